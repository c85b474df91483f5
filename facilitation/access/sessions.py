"""Facilitator browser sessions and co-host links.

After a passphrase login (or a co-host link, or OIDC) the page creates a hand-off code valid for one
minute; the browser is sent to ``/auth/session?code=…`` which exchanges it for a session token in an
HttpOnly cookie. Only SHA-256 hashes of codes and tokens are stored. A co-host session is limited to
one event.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import timedelta

from sqlmodel import Session, col, delete, select

from facilitation.core.codes import secrets_equal
from facilitation.core.errors import NotAllowed
from facilitation.models import Event, FacilitatorSession, as_utc, utcnow

COOKIE = "oogst_facilitator"
HANDOFF_SECONDS = 60
SESSION_HOURS = 14


@dataclass(frozen=True)
class Access:
    """What a facilitator session may do: everything, or one event as co-host."""

    event_id: int | None

    @property
    def is_cohost(self) -> bool:
        return self.event_id is not None

    def may_open(self, event_id: int | None) -> bool:
        """Return True when this session may work on *event_id*."""
        return self.event_id is None or self.event_id == event_id


def _hash(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


def start_handoff(*, session: Session, event_id: int | None = None) -> str:
    """Create a one-minute hand-off code for a new facilitator (or co-host) session."""
    code = secrets.token_urlsafe(24)
    session.add(
        FacilitatorSession(
            handoff_hash=_hash(code),
            event_id=event_id,
            expires_at=utcnow() + timedelta(seconds=HANDOFF_SECONDS),
        )
    )
    return code


def complete_handoff(*, session: Session, code: str) -> str | None:
    """Exchange a hand-off code (once, within a minute) for a session token; None when invalid."""
    row = session.exec(
        select(FacilitatorSession).where(FacilitatorSession.handoff_hash == _hash(code or ""))
    ).first()
    if row is None or as_utc(row.expires_at) < utcnow():
        return None
    token = secrets.token_urlsafe(32)
    row.handoff_hash, row.token_hash = None, _hash(token)
    row.expires_at = utcnow() + timedelta(hours=SESSION_HOURS)
    session.add(row)
    return token


def resolve(*, session: Session, token: str | None) -> Access | None:
    """Return the access a cookie token grants, or None for a missing/expired/forged token."""
    if not token or len(token) > 100:
        return None
    row = session.exec(
        select(FacilitatorSession).where(FacilitatorSession.token_hash == _hash(token))
    ).first()
    if row is None or as_utc(row.expires_at) < utcnow():
        return None
    return Access(event_id=row.event_id)


def end(*, session: Session, token: str | None) -> None:
    """Forget a session token (logout) and every expired session."""
    if token:
        session.exec(
            delete(FacilitatorSession).where(col(FacilitatorSession.token_hash) == _hash(token))
        )
    session.exec(delete(FacilitatorSession).where(col(FacilitatorSession.expires_at) < utcnow()))


def cohost_event(*, session: Session, code: str, key: str) -> Event:
    """Return the event a co-host link opens; raises NotAllowed for a wrong key."""
    from facilitation.meeting.events import find_event

    event = find_event(session=session, code=code)
    if not secrets_equal(key, event.cohost_key):
        raise NotAllowed()
    return event


def cohost_still_valid(*, session: Session, event_id: int, key: str) -> bool:
    """Return True while *key* is still the co-host key of *event_id* (not rotated since)."""
    event = session.get(Event, event_id)
    return event is not None and secrets_equal(key, event.cohost_key)


def wall_key_valid(*, session: Session, event_id: int, key: str | None) -> bool:
    """Return True while *key* is the wall key of *event_id* (not rotated since)."""
    event = session.get(Event, event_id)
    return event is not None and secrets_equal(key, event.wall_key)


def rotate_cohost_key(*, session: Session, event_id: int) -> str:
    """Give an event a new co-host key (old co-host links stop working) and end co-host sessions."""
    from facilitation.core.codes import new_secret
    from facilitation.core.db import bump_revision

    event = session.get(Event, event_id)
    if event is None:
        raise NotAllowed()
    bump_revision(session=session, event_id=event_id)  # open co-host walls check again
    event.cohost_key = new_secret()
    session.add(event)
    session.exec(delete(FacilitatorSession).where(col(FacilitatorSession.event_id) == event_id))
    return event.cohost_key


def rotate_wall_key(*, session: Session, event_id: int) -> str:
    """Give an event a new wall key: walls opened with the old wall URL stop at their next tick."""
    from facilitation.core.codes import new_secret
    from facilitation.core.db import bump_revision

    event = session.get(Event, event_id)
    if event is None:
        raise NotAllowed()
    bump_revision(session=session, event_id=event_id)
    event = session.get(Event, event_id)
    assert event is not None
    event.wall_key = new_secret()
    session.add(event)
    return event.wall_key


def oidc_allowed(email: str | None, allowed: str) -> bool:
    """Return True when an OIDC-verified *email* is in the comma-separated allow-list."""
    wanted = {e.strip().lower() for e in allowed.split(",") if e.strip()}
    return bool(email) and (email or "").strip().lower() in wanted
