"""A Streamlit websocket client that behaves like the browser, for load tests.

It opens ``/_stcore/stream``, asks for script runs with ``BackMsg.rerun_script`` and reads
``ForwardMsg``s until ``script_finished``. Like the browser it remembers the hashes of large
messages it has seen and reports them, so the server answers with short references.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.WidgetStates_pb2 import WidgetState

TRIGGER_SUFFIX = "__events"
INTERNAL_PREFIX = "$$STREAMLIT_INTERNAL_KEY"


@dataclass
class Run:
    """What one script run sent back."""

    texts: list[str] = field(default_factory=list)
    words: list[str] = field(default_factory=list)  # headings, markdown and alerts, as text
    # component name → (element id, data JSON, id of the fragment it lives in or "")
    components: dict[str, tuple[str, str, str]] = field(default_factory=dict)
    fragments: dict[str, float] = field(default_factory=dict)
    finished_at: float = 0.0
    status: int = 0


class StreamlitClient:
    """One browser tab: a websocket session on a page of a Streamlit app."""

    def __init__(self, url: str) -> None:
        parts = urlsplit(url)
        self.origin = f"{parts.scheme}://{parts.netloc}"
        self.page_name = parts.path.strip("/")
        self.query_string = parts.query
        self.page_script_hash = ""
        self.cookie = ""
        self.headers: dict[str, str] = {}  # extra handshake headers (a proxy's X-Forwarded-For)
        self.on_text: Callable[[str], None] | None = None
        self._socket: websockets.ClientConnection | None = None
        self._hashes: set[str] = set()
        self._lock = asyncio.Lock()

    async def connect(self, timeout: float = 60) -> Run:
        """Open the websocket and run the page once; return what the run rendered."""
        ws_url = self.origin.replace("http", "ws", 1) + "/_stcore/stream"
        headers = {**self.headers, **({"Cookie": self.cookie} if self.cookie else {})} or None
        self._socket = await websockets.connect(
            ws_url,
            subprotocols=["streamlit", "PLACEHOLDER_AUTH_TOKEN"],  # type: ignore[list-item]
            max_size=None,
            open_timeout=timeout,
            ping_interval=None,
            additional_headers=headers,
        )
        return await self.rerun(timeout=timeout)

    async def close(self) -> None:
        """Close the websocket (the server keeps the session for a while, like a locked phone)."""
        if self._socket is not None:
            await self._socket.close()

    async def rerun(
        self,
        widgets: list[WidgetState] | None = None,
        *,
        fragment_id: str = "",
        auto: bool = False,
        timeout: float = 60,
    ) -> Run:
        """Ask for a (fragment) run and read until it finishes; one request at a time."""
        async with self._lock:
            await self._send_rerun(widgets or [], fragment_id, auto)
            return await asyncio.wait_for(self._read_run(), timeout)

    async def _send_rerun(self, widgets: list[WidgetState], fragment_id: str, auto: bool) -> None:
        assert self._socket is not None
        message = BackMsg()
        state = message.rerun_script
        state.query_string = self.query_string
        state.page_name = self.page_name
        state.page_script_hash = self.page_script_hash
        state.fragment_id = fragment_id
        state.is_auto_rerun = auto
        state.widget_states.widgets.extend(widgets)
        state.cached_message_hashes.extend(self._hashes)
        await self._socket.send(message.SerializeToString())

    async def _read_run(self) -> Run:
        assert self._socket is not None
        run = Run()
        while True:
            message = ForwardMsg()
            message.ParseFromString(await self._socket.recv())
            if self._absorb(message, run):
                run.finished_at = time.monotonic()
                return run

    def _absorb(self, message: ForwardMsg, run: Run) -> bool:
        """Record one message; return True when it ends the run."""
        kind = message.WhichOneof("type")
        if message.metadata.cacheable and message.hash:
            self._hashes.add(message.hash)
        if kind == "navigation":
            self.page_script_hash = message.navigation.page_script_hash
        elif kind == "page_info_changed":
            self.query_string = message.page_info_changed.query_string
        elif kind == "auto_rerun":
            run.fragments[message.auto_rerun.fragment_id] = message.auto_rerun.interval
        elif kind == "delta" and message.delta.WhichOneof("type") == "new_element":
            self._element(message, run)
        elif kind == "script_finished":
            run.status = message.script_finished
            return True
        return False

    def _element(self, message: ForwardMsg, run: Run) -> None:
        element = message.delta.new_element
        which = element.WhichOneof("type")
        if which in ("heading", "markdown", "alert"):
            run.words.append(getattr(element, which).body)
        if which == "html":
            run.texts.append(element.html.body)
            if self.on_text is not None:
                self.on_text(element.html.body)
        elif which == "bidi_component":
            component = element.bidi_component
            run.components[component.component_name] = (
                component.id,
                component.json,
                message.delta.fragment_id,
            )


def trigger(component_id: str, event: str, value: object) -> WidgetState:
    """Return the widget state the browser sends when a component fires *event* with *value*."""
    state = WidgetState()
    state.id = f"{INTERNAL_PREFIX}_{component_id}{TRIGGER_SUFFIX}"
    state.json_trigger_value = json.dumps([{"event": event, "value": value}])
    return state


def receipts_of(component_json: str) -> tuple[dict[str, str], dict[str, str]]:
    """Return the (acks, rejects) a composer's data carries, each client id → message."""
    try:
        data = json.loads(component_json)
        return dict(data.get("acks") or {}), dict(data.get("rejects") or {})
    except (ValueError, AttributeError):
        return {}, {}


class HttpClient:
    """A browser's keep-alive HTTP/1.1 connection for small JSON GETs (the phone's feed)."""

    def __init__(self, origin: str, cookie: str = "") -> None:
        parts = urlsplit(origin)
        self.host = parts.hostname or "127.0.0.1"
        self.port = parts.port or 80
        self.cookie = cookie
        self._streams: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None

    async def get_json(self, path: str, timeout: float = 30) -> tuple[int, object]:
        """GET *path*; return (status, parsed JSON body). Reconnects once if the server closed."""
        for attempt in (1, 2):
            try:
                # asyncio.timeout, not wait_for: 3.11's wait_for can swallow a cancellation.
                async with asyncio.timeout(timeout):
                    return await self._get(path)
            except (ConnectionError, asyncio.IncompleteReadError):
                await self.close()
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    async def _get(self, path: str) -> tuple[int, object]:
        if self._streams is None:
            self._streams = await asyncio.open_connection(self.host, self.port)
        reader, writer = self._streams
        cookie = f"Cookie: {self.cookie}\r\n" if self.cookie else ""
        writer.write(
            f"GET {path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n{cookie}"
            "Accept: application/json\r\n\r\n".encode()
        )
        await writer.drain()
        status = int((await reader.readuntil(b"\r\n")).split()[1])
        length, chunked = 0, False
        while (line := await reader.readuntil(b"\r\n")) != b"\r\n":
            name, _, value = line.decode("latin-1").partition(":")
            if name.strip().lower() == "content-length":
                length = int(value)
            elif name.strip().lower() == "transfer-encoding" and "chunked" in value:
                chunked = True
        if chunked:
            parts = []
            while size := int((await reader.readuntil(b"\r\n")).strip(), 16):
                parts.append(await reader.readexactly(size))
                await reader.readexactly(2)
            await reader.readuntil(b"\r\n")
            body = b"".join(parts)
        else:
            body = await reader.readexactly(length)
        return status, json.loads(body) if body else None

    async def close(self) -> None:
        """Close the connection."""
        if self._streams is not None:
            writer = self._streams[1]
            self._streams = None
            writer.close()
            with contextlib.suppress(Exception):
                async with asyncio.timeout(2):
                    await writer.wait_closed()
