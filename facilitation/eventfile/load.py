"""Reading an event file: YAML → validated model, with errors that name the line and the field."""

from __future__ import annotations

import re
from typing import Any

import yaml
from pydantic import ValidationError

from facilitation.core.errors import InvalidEventFile
from facilitation.eventfile.schema import EventFileModel
from facilitation.i18n import CATALOGUE, t

MAX_FILE_BYTES = 5_000_000
# Deeper than any event file goes (meeting > agenda > kinds > actions > drivers is five); the
# composer recurses per level, so a file of 50,000 "[" would end in a RecursionError.
MAX_DEPTH = 50
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def parse_event_file(data: bytes | str, *, lang: str = "nl") -> EventFileModel:
    """Return the validated event file; raises InvalidEventFile naming line and field."""
    if isinstance(data, bytes):
        if len(data) > MAX_FILE_BYTES:
            raise InvalidEventFile(line=1, field="-", problem=t("eventfile.too_big", lang))
        try:
            source = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise InvalidEventFile(
                line=1, field="-", problem=t("eventfile.not_utf8", lang)
            ) from exc
    else:
        source = data
    loader = GuardedLoader(source)
    try:
        root = _compose(loader, lang)
        if not isinstance(root, yaml.MappingNode):
            raise InvalidEventFile(line=1, field="-", problem=t("eventfile.not_mapping", lang))
        document = loader.construct_document(root)
    except yaml.YAMLError as exc:  # the composer accepted it, but e.g. a tag did not construct
        raise InvalidEventFile(line=_line_of(exc), field="-", problem=str(exc)[:200]) from exc
    finally:
        loader.dispose()
    try:
        return EventFileModel.model_validate(_without_surrogates(document))
    except ValidationError as exc:
        error = exc.errors()[0]
        location = tuple(error["loc"])
        raise InvalidEventFile(
            line=_node_line(root, location),
            field=_field_path(location) or "-",
            problem=_problem(error, lang),
        ) from exc


def _without_surrogates(value: Any) -> Any:
    """Return *value* with lone surrogates (escaped in YAML as \\udXXX) replaced by U+FFFD."""
    if isinstance(value, str):
        return _LONE_SURROGATE.sub("\ufffd", value)
    if isinstance(value, list):
        return [_without_surrogates(item) for item in value]
    if isinstance(value, dict):
        return {key: _without_surrogates(item) for key, item in value.items()}
    return value


class _Refused(Exception):
    """A construct the guarded loader does not compose: *key* names it, *mark* where it is."""

    def __init__(self, key: str, mark: Any) -> None:
        super().__init__(key)
        self.key, self.line = key, int(mark.line) + 1 if mark is not None else 1


class GuardedLoader(yaml.SafeLoader):
    """YAML's safe loader without aliases and with at most MAX_DEPTH levels of nesting.

    Both are refused while composing, before anything walks the tree: an alias makes a node
    reachable many times, so nine anchors of nine aliases each (under 450 bytes) expand to 387 million
    strings for whoever walks the result.
    """

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._depth = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        """Compose one node; raises _Refused at an alias or past MAX_DEPTH."""
        event = self.peek_event()  # type: ignore[no-untyped-call]
        if isinstance(event, yaml.AliasEvent):
            raise _Refused("eventfile.alias", event.start_mark)
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                raise _Refused("eventfile.too_deep", event.start_mark)
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


def _compose(loader: GuardedLoader, lang: str) -> Any:
    try:
        root = loader.get_single_node()
    except _Refused as exc:
        problem = t(exc.key, lang, limit=MAX_DEPTH)
        raise InvalidEventFile(line=exc.line, field="-", problem=problem) from None
    except yaml.YAMLError as exc:
        context = getattr(exc, "context", None)
        problem = getattr(exc, "problem", None) or str(exc)
        problem = f"{context}: {problem}" if context else problem
        raise InvalidEventFile(
            line=_line_of(exc), field="-", problem=t("eventfile.yaml_syntax", lang, detail=problem)
        ) from exc
    if root is None:
        raise InvalidEventFile(line=1, field="-", problem=t("eventfile.empty", lang))
    return root


def _line_of(exc: yaml.YAMLError) -> int:
    # The start of the unfinished construct (an open quote or bracket) is where to look.
    mark = getattr(exc, "context_mark", None) or getattr(exc, "problem_mark", None)
    return int(mark.line) + 1 if mark is not None else 1


def _node_line(root: yaml.Node, location: tuple[Any, ...]) -> int:
    """Return the 1-based line of the node at *location* (the deepest one that exists)."""
    node = root
    for part in location:
        child = _child(node, part)
        if child is None:
            break
        node = child
    return int(node.start_mark.line) + 1


def _child(node: yaml.Node, part: Any) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if key.value == part:
                return value  # type: ignore[no-any-return]
        return None
    if isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
        return node.value[part]  # type: ignore[no-any-return]
    return None


def _field_path(location: tuple[Any, ...]) -> str:
    path = ""
    for part in location:
        if isinstance(part, int):
            path += f"[{part + 1}]"
        elif not str(part).startswith(("function-", "model-")):
            path += ("." if path else "") + str(part)
    return path


def _problem(error: Any, lang: str) -> str:
    key = f"eventfile.problem.{error['type']}"
    if key in CATALOGUE:
        return t(
            key,
            lang,
            **{
                k: v
                for k, v in (error.get("ctx") or {}).items()
                if isinstance(v, (int, float, str))
            },
        )
    message = str(error.get("msg", ""))
    return message.removeprefix("Value error, ")
