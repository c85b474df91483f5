"""HTTP routes next to Streamlit (no Streamlit session here): facilitator cookie hand-off and
logout, and the phone's live state and table feed as JSON."""

from __future__ import annotations

import contextlib
import threading
import time
from html import escape
from urllib.parse import urlparse

from sqlmodel import Session
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from facilitation.access import sessions as access
from facilitation.core.codes import normalise_join_code
from facilitation.core.db import get_engine, read_session, write_session
from facilitation.core.errors import DatabaseUnavailable, EventNotFound, TooManyAttempts
from facilitation.core.settings import get_settings
from facilitation.i18n import normalise_language, t
from facilitation.live.wall import phone_feed
from facilitation.meeting.events import find_event
from facilitation.meeting.participants import find_participant
from ui.common import scan_keys
from ui.common.context import wall_cache
from ui.common.guard import client_from, code_limiter

NO_STORE = {"Cache-Control": "no-store"}
CODE_MEMORY_SECONDS = 60.0  # a join code's event id is remembered this long per process
_codes: dict[str, tuple[int, float]] = {}
_codes_lock = threading.Lock()
PHONES_REMEMBERED = 20_000  # tokens whose participant id is kept per process (~2 MB)
_phones: dict[tuple[int, str], int | None] = {}


def _engine():
    return get_engine(get_settings().resolved_database_url)


def _safe_next(value: str | None) -> str:
    """Return a same-site path to go to next; anything else becomes '/'."""
    parsed = urlparse(value or "/")
    if (
        parsed.scheme
        or parsed.netloc
        or not (value or "/").startswith("/")
        or (value or "").startswith("//")
    ):
        return "/"
    return value or "/"


def _secure(request: Request) -> bool:
    return request.url.scheme == "https" or request.headers.get("x-forwarded-proto") == "https"


async def session_handoff(request: Request) -> Response:
    """Exchange a hand-off code for an HttpOnly session cookie, then go to ``next``."""
    with write_session(_engine()) as session:
        token = access.complete_handoff(session=session, code=request.query_params.get("code", ""))
    if token is None:
        return RedirectResponse("/facilitator?expired=1", status_code=303)
    response = RedirectResponse(_safe_next(request.query_params.get("next")), status_code=303)
    response.set_cookie(
        access.COOKIE,
        token,
        max_age=access.SESSION_HOURS * 3600,
        httponly=True,
        samesite="lax",
        secure=_secure(request),
        path="/",
    )
    return response


async def logout(request: Request) -> Response:
    """End the facilitator session and clear its cookie: only on a POST from this site.

    A GET (a link, an ``<img src>`` on another page) only shows a button that posts here, so
    nobody is logged out by opening a URL. The session cookie is SameSite=Lax, so another site's
    form posts without it; an ``Origin`` from another host is refused as well.
    """
    if request.method != "POST":
        return HTMLResponse(_logout_form(), headers=NO_STORE)
    origin = request.headers.get("origin")
    if origin and urlparse(origin).netloc != request.headers.get("host", ""):
        return Response(status_code=403, headers=NO_STORE)
    with write_session(_engine()) as session:
        access.end(session=session, token=request.cookies.get(access.COOKIE))
    response = RedirectResponse("/", status_code=303)
    response.delete_cookie(access.COOKIE, path="/")
    return response


def _logout_form() -> str:
    language = get_settings().language
    label = escape(t("login.logout", language))
    return (
        f'<!doctype html><html lang="{language}"><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{label}</title>"
        '<form method="post" action="/auth/logout">'
        f'<button type="submit" style="font-size:1.2rem;padding:.6em 1.2em">{label}</button>'
        "</form></html>"
    )


async def feed(request: Request) -> Response:
    """Return a phone's live state and its table's feed:
    ``/api/feed?event=CODE&target=t2&p=TOKEN&lang=nl`` (JSON, no-store).

    Every phone at a table polls it, feed shown or not: ``closed``/``reason`` say whether it can
    send now and why not (the meeting, table or round closed), so the composer follows within a
    poll. With ``p`` the phone's own texts are left out of the feed ("what others wrote").
    The join code is the authorisation, as for the join page: anyone with the code may read what
    the table wrote when the facilitator shows it on phones. Wrong codes count towards the same
    per-client slow-down as on the join page. It runs on the event loop, not in a worker thread: a poll is a
    dictionary look-up and, at most every 0.25 s per event, a one-row revision read (the shared
    wall cache), cheaper than handing a thousand phones' polls to threads that fight for the GIL.
    """
    code = normalise_join_code(request.query_params.get("event"))
    try:
        with read_session(_engine()) as session:
            event_id = _event_id(session, code)
            if event_id is None:
                return _unknown(request)
            view = wall_cache().view(session, event_id)
            me = _participant_id(session, event_id, request.query_params.get("p", ""))
    except EventNotFound:  # deleted since its code was remembered
        with _codes_lock:
            _codes.pop(code, None)
        return JSONResponse({"error": "unknown_event"}, status_code=404, headers=NO_STORE)
    except DatabaseUnavailable:
        return JSONResponse({"error": "unavailable"}, status_code=503, headers=NO_STORE)
    payload = phone_feed(view, request.query_params.get("target", ""), me)
    with contextlib.suppress(DatabaseUnavailable):  # the phone asks again at its next poll
        _scan_keys(payload, event_id, view.revision, request.query_params.get("scan", ""))
    closed = str(payload["closed"])
    lang = normalise_language(request.query_params.get("lang"))
    payload["reason"] = t(closed, lang) if closed else ""
    return JSONResponse(payload, headers=NO_STORE)


def _unknown(request: Request) -> Response:
    """A wrong code: 404, or 429 with Retry-After once this client has guessed too often.

    The right code is looked up first and always answered, so a room behind one address is
    never locked out of its own meeting by someone's typos there.
    """
    try:
        code_limiter().failed(_client(request))
    except TooManyAttempts as error:
        wait = str(error.params.get("seconds", 1))
        return JSONResponse(
            {"error": "too_many_attempts"},
            status_code=429,
            headers={**NO_STORE, "Retry-After": wait},
        )
    return JSONResponse({"error": "unknown_event"}, status_code=404, headers=NO_STORE)


def _scan_keys(payload: dict[str, object], event_id: int, revision: int, scan: str) -> None:
    """Add what the phone compares to follow scans (ui/phone/scan_watch.py): read once per
    revision for every phone of this process."""
    database = get_settings().resolved_database_url
    payload["scans"] = scan_keys.open_scans_key(database, event_id, revision)
    if scan.isdigit():
        payload["scan_state"] = scan_keys.scan_state(database, event_id, int(scan), revision)


def _participant_id(session: Session, event_id: int, token: str) -> int | None:
    """Return the participant id behind a phone's token, remembered per process; None if none."""
    if not token:
        return None
    key = (event_id, token)
    if key in _phones:
        return _phones[key]
    found = find_participant(session=session, event_id=event_id, token=token)
    with _codes_lock:
        if len(_phones) >= PHONES_REMEMBERED:
            _phones.clear()
        _phones[key] = found.id if found is not None else None
    return _phones[key]


def _event_id(session: Session, code: str) -> int | None:
    """Return the event id of a join code, remembered for a minute; None when unknown."""
    if not code:
        return None
    now = time.monotonic()
    known = _codes.get(code)
    if known is not None and now - known[1] < CODE_MEMORY_SECONDS:
        return known[0]
    try:
        event_id = find_event(session=session, code=code).id
    except EventNotFound:
        return None
    if event_id is not None:
        with _codes_lock:
            _codes[code] = (event_id, now)
    return event_id


def _client(request: Request) -> str:
    forwarded = ", ".join(request.headers.getlist("x-forwarded-for"))  # several = one, joined
    return client_from(forwarded, request.client.host if request.client else None)
