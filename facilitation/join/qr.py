"""Join URLs and their QR codes (PNG for screens and Word, SVG for print)."""

from __future__ import annotations

import io
from functools import lru_cache
from urllib.parse import urlencode

import qrcode
import qrcode.image.svg
from qrcode.constants import ERROR_CORRECT_M

from facilitation.meeting.targets import Target
from facilitation.models import Event


def join_url(base_url: str, code: str, target: Target | None = None) -> str:
    """Return the URL a phone opens: the event, or straight at one table/case."""
    params = {"event": code}
    if target is not None and target.case is not None:
        params["case"] = target.key[1:]
    elif target is not None and target.theme is not None:
        params["table"] = str(target.theme.number)
    return f"{base_url.rstrip('/')}/join?{urlencode(params)}"


def agenda_url(base_url: str, code: str) -> str:
    """Return the URL of the phone's agenda page: actions to sign up for, the open vote."""
    return f"{base_url.rstrip('/')}/agenda?{urlencode({'event': code})}"


def wall_url(base_url: str, event: Event) -> str:
    """Return the read-only wall URL; it carries the event's wall secret."""
    return f"{base_url.rstrip('/')}/wall?{urlencode({'event': event.code, 'key': event.wall_key})}"


def _make(url: str) -> qrcode.QRCode:
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=2, box_size=12)
    code.add_data(url)
    code.make(fit=True)
    return code


@lru_cache(maxsize=512)
def qr_png(url: str) -> bytes:
    """Return a PNG of the QR code for *url*."""
    buffer = io.BytesIO()
    _make(url).make_image().save(buffer, "PNG")
    return buffer.getvalue()


@lru_cache(maxsize=512)
def qr_svg(url: str) -> bytes:
    """Return an SVG of the QR code for *url* (scales without blur on posters)."""
    buffer = io.BytesIO()
    _make(url).make_image(image_factory=qrcode.image.svg.SvgPathImage).save(buffer)
    return buffer.getvalue()
