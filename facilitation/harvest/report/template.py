"""Opening a Word template: the organiser's .docx (or .dotx), or Oogst's default in templates_docx/.

The report is built on ``Document(template)``: its styles, fonts, numbering, header, footer and
logo stay; only the body is emptied (the last section properties, which point at the header and
footer, are kept).
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from docx import Document
from docx.document import Document as DocumentObject
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from lxml.etree import XMLSyntaxError

from facilitation.core.errors import InvalidTemplate, TemplateTooLarge, TemplateUnpacksTooLarge
from facilitation.harvest.report.styles import MissingStyle, missing_styles

DEFAULT_TEMPLATE = Path(__file__).resolve().parents[3] / "templates_docx" / "oogst.docx"
MAX_TEMPLATE_BYTES = 10 * 1024 * 1024
# A zip bomb packs a part of zeros a thousand times smaller. These limits are read from the
# zip's central directory before anything is unpacked; zipfile never unpacks more than the
# directory declares for a part (it stops there and fails the CRC check).
MAX_UNPACKED_BYTES = 50 * 1024 * 1024  # all parts together; Word's own XML packs ~10x
MAX_RATIO = 100  # unpacked / packed, for a part larger than RATIO_FROM_BYTES
RATIO_FROM_BYTES = 1024 * 1024
MAX_PARTS = 2000
_TEMPLATE_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
_DOCUMENT_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def open_template(data: bytes | None, *, filename: str = "") -> DocumentObject:
    """Return a document on template *data* (None: the default) with an empty body.

    Raises InvalidTemplate when *data* is not a Word document or template, TemplateTooLarge
    beyond 10 MB.
    """
    document = _open(data, filename) if data is not None else _default()
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    return document


def check_template(data: bytes | None, *, filename: str = "") -> list[MissingStyle]:
    """Return the report styles template *data* lacks; raises InvalidTemplate/TemplateTooLarge."""
    return missing_styles(open_template(data, filename=filename))


def _default() -> DocumentObject:
    # An installation without templates_docx/ (e.g. a wheel) still gets python-docx's own styles.
    return Document(str(DEFAULT_TEMPLATE)) if DEFAULT_TEMPLATE.exists() else Document()


def _open(data: bytes, filename: str) -> DocumentObject:
    if len(data) > MAX_TEMPLATE_BYTES:
        raise TemplateTooLarge(filename=filename, limit=MAX_TEMPLATE_BYTES // (1024 * 1024))
    _check_unpacked_sizes(data, filename)
    try:
        document = Document(io.BytesIO(_as_document(data)))
        document.element.body  # noqa: B018 - a package without a body is no template
    except (
        zipfile.BadZipFile,
        PackageNotFoundError,
        KeyError,
        ValueError,
        AttributeError,
        XMLSyntaxError,
    ) as exc:
        raise InvalidTemplate(filename=filename or "?") from exc
    return document


def _check_unpacked_sizes(data: bytes, filename: str) -> None:
    """Raise TemplateUnpacksTooLarge when the zip's directory declares too much, or too tightly
    packed, to unpack; a file that is no zip is left to python-docx to refuse."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, ValueError):
        return
    total = sum(part.file_size for part in parts)
    packed_too_tightly = any(
        part.file_size > RATIO_FROM_BYTES and part.file_size > MAX_RATIO * part.compress_size
        for part in parts
    )
    if total > MAX_UNPACKED_BYTES or packed_too_tightly or len(parts) > MAX_PARTS:
        raise TemplateUnpacksTooLarge(
            filename=filename or "?", limit=MAX_UNPACKED_BYTES // (1024 * 1024), ratio=MAX_RATIO
        )


def _as_document(data: bytes) -> bytes:
    """Return *data* with a Word template (.dotx) relabelled as a document, which python-docx opens."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as source:
            types = source.read("[Content_Types].xml")
            if _TEMPLATE_TYPE not in types:
                return data
            out = io.BytesIO()
            with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
                for info in source.infolist():
                    content = source.read(info.filename)
                    if info.filename == "[Content_Types].xml":
                        content = content.replace(_TEMPLATE_TYPE, _DOCUMENT_TYPE)
                    target.writestr(info, content)
            return out.getvalue()
    except (zipfile.BadZipFile, KeyError):
        return data  # python-docx reports it below, as for any broken file
