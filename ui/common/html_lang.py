"""The page's language for assistive technology (WCAG 3.1.1 Language of Page, level A).

Streamlit 1.67 serves its shell as ``<html lang="en">`` for every page and has no setting for it
(streamlit/streamlit#15726), so a screen reader reads Oogst's Dutch with English pronunciation.
Two small parts fix it:

- ``HtmlLangMiddleware`` rewrites the shell as it is served: the ``?lang=`` of the URL, else the
  configured default language. Same length ("en" -> "nl"), so Content-Length stays right.
- ``sync()`` sets ``document.documentElement.lang`` from the session's language after the NL/EN
  switch, which changes the URL without reloading the shell.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import parse_qs

from facilitation.core.settings import get_settings
from facilitation.i18n import normalise_language
from ui.common.context import lang
from ui.common.html import script

_SHELL = b'<html lang="en">'


class HtmlLangMiddleware:
    """Pure ASGI middleware: set the ``lang`` of Streamlit's HTML shell."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope.get("method") != "GET" or _not_a_page(scope["path"]):
            await self.app(scope, receive, send)
            return
        query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
        language = normalise_language((query.get("lang") or [get_settings().language])[0])
        wanted = f'<html lang="{language}">'.encode()
        # The shell is small: ask for it uncompressed so it can be rewritten in place.
        headers = [(k, v) for k, v in scope["headers"] if k.lower() != b"accept-encoding"]
        scope = {**scope, "headers": headers}

        async def send_rewritten(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.body" and _SHELL in message.get("body", b""):
                message = {**message, "body": message["body"].replace(_SHELL, wanted, 1)}
            await send(message)

        await self.app(scope, receive, send_rewritten)


def _not_a_page(path: str) -> bool:
    return path.startswith(
        ("/_stcore", "/static", "/media", "/component", "/api", "/auth", "/healthz")
    ) or (
        "." in path.rsplit("/", 1)[-1]  # files: favicon.png, manifest.json, ...
    )


def sync() -> None:
    """Keep ``<html lang>`` equal to the viewer's language after a switch without reload."""
    script(f"document.documentElement.lang = {json.dumps(lang())};")
