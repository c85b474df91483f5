"""HTTP routes next to Streamlit: facilitator cookie hand-off and logout (no Streamlit session here)."""

from __future__ import annotations

from urllib.parse import urlparse

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from facilitation import access
from facilitation.db import get_engine, write_session
from facilitation.settings import get_settings


def _engine():  # type: ignore[no-untyped-def]
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
    """End the facilitator session and clear its cookie."""
    with write_session(_engine()) as session:
        access.end(session=session, token=request.cookies.get(access.COOKIE))
    response = RedirectResponse("/", status_code=303)
    response.delete_cookie(access.COOKIE, path="/")
    return response
