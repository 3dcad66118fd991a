"""Dataclass <-> JSON-compatible values, driven by type hints, with strict checking.

One codec serves the report JSON (``report show --json``, ``--from-json``, packages) and the
published JSON Schema, so the three cannot drift apart.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from datetime import date, datetime
from enum import Enum
from functools import cache
from typing import Any

from .errors import ContentError

MAX_DEPTH = 12


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def encode(value: Any) -> Any:
    """Turn a dataclass tree into dicts, lists, str, int, bool and None."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [encode(v) for v in value]
    return value


def decode(tp: Any, data: Any, path: str = "$", depth: int = 0) -> Any:
    """Build a value of type ``tp`` from JSON data; raise ContentError naming the path."""
    if depth > MAX_DEPTH:
        raise ContentError("json_too_deep", path=path)
    origin = typing.get_origin(tp)
    if origin in (types.UnionType, typing.Union):
        args = typing.get_args(tp)
        if data is None and type(None) in args:
            return None
        (inner,) = [a for a in args if a is not type(None)]
        return decode(inner, data, path, depth)
    if origin is tuple:
        if not isinstance(data, list):
            raise ContentError("expected_list", path=path)
        (item, _ellipsis) = typing.get_args(tp)
        return tuple(decode(item, v, f"{path}[{i}]", depth + 1) for i, v in enumerate(data))
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        return _decode_dataclass(tp, data, path, depth)
    if isinstance(tp, type) and issubclass(tp, Enum):
        try:
            return tp(data)
        except ValueError:
            raise ContentError("bad_choice", path=path, value=str(data)[:40]) from None
    if tp is bool:
        if not isinstance(data, bool):
            raise ContentError("expected_bool", path=path)
        return data
    if tp is int:
        if isinstance(data, bool) or not isinstance(data, int):
            raise ContentError("expected_int", path=path)
        if not -(2**53) < data < 2**53:
            raise ContentError("number_out_of_range", path=path)
        return data
    if tp is str:
        if not isinstance(data, str):
            raise ContentError("expected_str", path=path)
        return data
    if tp is datetime:
        return _parse_time(datetime.fromisoformat, data, path)
    if tp is date:
        return _parse_time(date.fromisoformat, data, path)
    raise TypeError(f"codec cannot decode {tp!r}")  # a bug, not bad input


def _parse_time(parse: Any, data: Any, path: str) -> Any:
    if not isinstance(data, str) or len(data) > 40:
        raise ContentError("expected_date", path=path)
    try:
        return parse(data)
    except ValueError:
        raise ContentError("expected_date", path=path) from None


def _decode_dataclass(cls: type, data: Any, path: str, depth: int) -> Any:
    if not isinstance(data, dict):
        raise ContentError("expected_object", path=path)
    hints = _hints(cls)
    fields = {f.name: f for f in dataclasses.fields(cls)}
    unknown = sorted(set(data) - set(fields))
    if unknown:
        raise ContentError("unknown_field", path=f"{path}.{unknown[0]}")
    kwargs: dict[str, Any] = {}
    for name, f in fields.items():
        if name in data:
            kwargs[name] = decode(hints[name], data[name], f"{path}.{name}", depth + 1)
        elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            raise ContentError("missing_field", path=f"{path}.{name}")
    return cls(**kwargs)


def json_schema(tp: Any) -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of a dataclass tree, matching ``decode``."""
    origin = typing.get_origin(tp)
    if origin in (types.UnionType, typing.Union):
        (inner,) = [a for a in typing.get_args(tp) if a is not type(None)]
        return {"anyOf": [json_schema(inner), {"type": "null"}]}
    if origin is tuple:
        return {"type": "array", "items": json_schema(typing.get_args(tp)[0])}
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        hints = _hints(tp)
        fields = dataclasses.fields(tp)
        return {
            "type": "object",
            "title": tp.__name__,
            "additionalProperties": False,
            "properties": {f.name: json_schema(hints[f.name]) for f in fields},
            "required": [
                f.name
                for f in fields
                if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
            ],
        }
    if isinstance(tp, type) and issubclass(tp, Enum):
        return {"type": "string", "enum": [e.value for e in tp]}
    simple = {bool: {"type": "boolean"}, int: {"type": "integer"}, str: {"type": "string"}}
    if tp in simple:
        return dict(simple[tp])
    if tp is datetime:
        return {"type": "string", "format": "date-time"}
    if tp is date:
        return {"type": "string", "format": "date"}
    raise TypeError(f"no schema for {tp!r}")
