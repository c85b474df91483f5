"""Turning untyped input (a form, a grid row, a file) into a typed update model.

Pydantic's ValidationError becomes the domain's InvalidField naming the first bad field, so every
entry point says it in the user's language.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from facilitation.core.errors import InvalidField

M = TypeVar("M", bound=BaseModel)


def validated(model: type[M], values: Mapping[str, Any]) -> M:
    """Return *model* built from *values*; raises InvalidField naming the first bad field."""
    try:
        return model.model_validate(dict(values))
    except ValidationError as exc:
        first = exc.errors()[0]
        field = str(first["loc"][0]) if first["loc"] else model.__name__
        raise InvalidField(field=field, value=str(first.get("input", ""))[:40]) from exc
