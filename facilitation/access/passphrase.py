"""Facilitator access: one passphrase per installation, stored only as an argon2 hash.

If no passphrase is configured (OOGST_FACILITATOR_PASSPHRASE or st.secrets), one is generated at
first start, its hash stored in the database and the passphrase printed once on the console.
Failed attempts slow the next ones down (per client), so guessing is impractical.
"""

from __future__ import annotations

import hashlib
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlmodel import Session

from facilitation.access.limiter import AttemptLimiter
from facilitation.core.errors import WrongPassphrase
from facilitation.models import InstallationSetting, utcnow

_HASH_KEY = "facilitator_passphrase_hash"
_WORDS = [
    "appel",
    "boom",
    "dijk",
    "eik",
    "gras",
    "haven",
    "ijs",
    "kaas",
    "linde",
    "molen",
    "noord",
    "oogst",
    "polder",
    "regen",
    "storm",
    "tulp",
    "veld",
    "wind",
    "zee",
    "zon",
    "bries",
    "duin",
    "heide",
    "kreek",
    "mist",
    "paard",
    "rivier",
    "schuur",
    "terp",
    "wilg",
]
_hasher = PasswordHasher()


def generate_passphrase() -> str:
    """Return a new passphrase of five Dutch words and a number (easy to type, ~30 bits + salt)."""
    words = [secrets.choice(_WORDS) for _ in range(5)]
    return "-".join(words) + f"-{secrets.randbelow(100):02d}"


def hash_passphrase(passphrase: str) -> str:
    """Return the argon2 hash of *passphrase*."""
    return _hasher.hash(passphrase)


def stored_hash(*, session: Session) -> str | None:
    """Return the stored passphrase hash, if any."""
    row = session.get(InstallationSetting, _HASH_KEY)
    return row.value if row and row.value else None


def set_passphrase(*, session: Session, passphrase: str) -> None:
    """Store the hash of a new facilitator passphrase (replacing the old one)."""
    row = session.get(InstallationSetting, _HASH_KEY) or InstallationSetting(key=_HASH_KEY)
    row.value, row.updated_at = hash_passphrase(passphrase), utcnow()
    session.add(row)


def ensure_passphrase(*, session: Session, configured: str | None) -> str | None:
    """Make sure a passphrase exists; return a newly generated one (to print once), else None."""
    if configured or stored_hash(session=session):
        return None
    passphrase = generate_passphrase()
    set_passphrase(session=session, passphrase=passphrase)
    return passphrase


def check_passphrase(*, session: Session, given: str, configured: str | None) -> bool:
    """Return True when *given* is the facilitator passphrase (constant-time comparison)."""
    if configured:
        # Compare digests so that timing depends on neither the length nor the matching prefix.
        return secrets.compare_digest(_digest(given), _digest(configured))
    hashed = stored_hash(session=session)
    if not hashed:
        return False
    try:
        return _hasher.verify(hashed, given)
    except (VerificationError, InvalidHashError):
        return False


def _digest(value: str) -> bytes:
    return hashlib.sha256(value.encode("utf-8")).digest()


def login(
    *, session: Session, given: str, configured: str | None, client: str, limiter: AttemptLimiter
) -> None:
    """Check a login attempt; raises TooManyAttempts or WrongPassphrase."""
    limiter.check(client)
    if not check_passphrase(session=session, given=given, configured=configured):
        limiter.failed(client)
        raise WrongPassphrase()
    limiter.succeeded(client)
