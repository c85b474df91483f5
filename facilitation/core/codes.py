"""Join codes, participant tokens and link secrets."""

from __future__ import annotations

import hmac
import re
import secrets

# 32 symbols without the look-alikes 0/O and 1/I: 8 symbols = 40 bits, read aloud without doubt.
JOIN_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
JOIN_CODE_LENGTH = 8
_NOT_CODE = re.compile(r"[^A-Z0-9]")


def new_join_code() -> str:
    """Return a fresh random join code (40 bits; rate-limited lookups make it unguessable)."""
    return "".join(secrets.choice(JOIN_ALPHABET) for _ in range(JOIN_CODE_LENGTH))


def normalise_join_code(value: str | None) -> str:
    """Return *value* as stored: upper case, without spaces or dashes; '' when it cannot be one."""
    code = _NOT_CODE.sub("", (value or "").upper())
    return code if 4 <= len(code) <= 16 else ""


def display_join_code(code: str) -> str:
    """Return *code* grouped for reading aloud: 'K7QF-M2XP'."""
    return f"{code[:4]}-{code[4:]}" if len(code) == JOIN_CODE_LENGTH else code


def new_token() -> str:
    """Return a participant token: 192 random bits, URL-safe."""
    return secrets.token_urlsafe(24)


def new_secret() -> str:
    """Return a link secret (wall, co-host, driver update link): 192 random bits."""
    return secrets.token_urlsafe(24)


def secrets_equal(given: str | None, expected: str | None) -> bool:
    """Return True when both are set and equal, compared in constant time."""
    if not given or not expected:
        return False
    return hmac.compare_digest(given.encode(), expected.encode())


def looks_like_token(value: str | None) -> bool:
    """Return True when *value* has the shape of a token (cheap check before any lookup)."""
    return (
        bool(value)
        and 20 <= len(value or "") <= 64
        and re.fullmatch(r"[A-Za-z0-9_-]+", value or "") is not None
    )
