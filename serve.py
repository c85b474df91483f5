"""ASGI entry point: Streamlit's app plus a health route and start-up checks.

``streamlit run serve.py`` (what ``make run`` does) finds ``app`` below and serves it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import streamlit as st
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from facilitation.ops import startup
from ui.common import boot, routes, tuning
from ui.common.html_lang import HtmlLangMiddleware

tuning.apply()


@asynccontextmanager
async def lifespan(_app: Any) -> AsyncIterator[dict[str, Any]]:
    """Check the database, make sure a facilitator passphrase exists, start background jobs;
    once /healthz answers, print what to open (facilitator page, passphrase, phones' address)."""
    services = startup.start_or_exit()
    startup.announce_when_ready(services, health_url=_own_url("/healthz"))
    tuning.freeze_startup_objects()
    try:
        yield {}
    finally:
        services.stop()


def _own_url(path: str) -> str:
    """Return *path* on this server as the process itself reaches it."""
    address = st.get_option("server.address") or "127.0.0.1"
    host = "127.0.0.1" if address in ("0.0.0.0", "::", "") else address  # noqa: S104
    return f"http://{host}:{st.get_option('server.port')}{path}"


async def health(_request: Request) -> JSONResponse:
    """Return 200 with the database state, or 503 when the database does not answer."""
    report = startup.health()
    return JSONResponse(report, status_code=200 if report["status"] == "ok" else 503)


app = st.App(
    "app.py",
    lifespan=lifespan,
    on_script_error=boot.on_script_error,
    middleware=[Middleware(HtmlLangMiddleware)],  # <html lang> = the page's language (WCAG 3.1.1)
    routes=[
        Route("/healthz", health),
        Route("/auth/session", routes.session_handoff),
        Route("/auth/logout", routes.logout, methods=["GET", "POST"]),
        Route("/api/feed", routes.feed),
    ],
)
