"""Canonical JSON: one byte string per value, and a strict parser that accepts only that string.

Canonical form: UTF-8, object keys sorted by code point, no insignificant whitespace, non-ASCII
characters written as themselves (``ensure_ascii=False``), every string in Unicode NFC, no
floating-point numbers (integers within ±2**53 only), no NaN or Infinity. A document is accepted
only if re-encoding the parsed value gives back exactly the same bytes, so two implementations
that sign the same value sign the same bytes, and no parser differential (duplicate keys, escapes,
number spellings) can hide a second meaning.
"""

from __future__ import annotations

import json
import re
import unicodedata
from typing import Any

from dlxh_desktop.exchange.errors import ExchangeError

MAX_SAFE_INT = 2**53 - 1
DEFAULT_MAX_BYTES = 1 << 20
DEFAULT_MAX_DEPTH = 16

# A JSON string literal; used to blank strings out before counting brackets.
_STRING_RE = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_BRACKETS_RE = re.compile(r"[\[\]{}]")


class CanonicalJsonError(ExchangeError):
    """The bytes are not canonical JSON (``code`` says why)."""

    code = "json_invalid"


def _reject_constant(name: str) -> Any:
    raise CanonicalJsonError("json_nan", f"non-finite number {name}")


def _reject_float(text: str) -> Any:
    raise CanonicalJsonError("json_float", "floating-point numbers are not allowed")


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise CanonicalJsonError("json_duplicate_key", f"duplicate key {key!r}")
        result[key] = value
    return result


def _check_depth(text: str, max_depth: int) -> None:
    # Counted before json.loads so deep nesting cannot exhaust the recursion limit.
    depth = 0
    for bracket in _BRACKETS_RE.findall(_STRING_RE.sub('""', text)):
        if bracket in "[{":
            depth += 1
            if depth > max_depth:
                raise CanonicalJsonError("json_too_deep", f"nesting deeper than {max_depth}")
        else:
            depth -= 1


def _check_value(value: Any) -> None:
    if isinstance(value, str):
        if not unicodedata.is_normalized("NFC", value):
            raise CanonicalJsonError("json_not_nfc", "string not in Unicode NFC")
    elif isinstance(value, bool) or value is None:
        return
    elif isinstance(value, int):
        if not -MAX_SAFE_INT <= value <= MAX_SAFE_INT:
            raise CanonicalJsonError("json_int_range", "integer outside ±2**53")
    elif isinstance(value, list | tuple):
        for item in value:
            _check_value(item)
    elif isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str):
                raise CanonicalJsonError("json_key_type", "object keys must be strings")
            _check_value(key)
            _check_value(item)
    else:
        raise CanonicalJsonError("json_type", f"unsupported type {type(value).__name__}")


def dumps(value: Any) -> bytes:
    """Encode ``value`` canonically; raises CanonicalJsonError for floats, non-NFC strings etc."""
    _check_value(value)
    try:
        text = json.dumps(
            value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
        )
        return text.encode("utf-8")
    except (ValueError, UnicodeEncodeError) as exc:
        raise CanonicalJsonError("json_type", str(exc)) from exc


def loads(
    data: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES, max_depth: int = DEFAULT_MAX_DEPTH
) -> Any:
    """Parse canonical JSON strictly: size, UTF-8, depth, duplicates, NaN, floats, form."""
    if len(data) > max_bytes:
        raise CanonicalJsonError("json_too_large", f"more than {max_bytes} bytes")
    try:
        text = data.decode("utf-8", errors="strict")
    except UnicodeDecodeError as exc:
        raise CanonicalJsonError("json_bad_utf8", "not valid UTF-8") from exc
    _check_depth(text, max_depth)
    try:
        value = json.loads(
            text,
            object_pairs_hook=_pairs,
            parse_constant=_reject_constant,
            parse_float=_reject_float,
        )
    except CanonicalJsonError:
        raise
    except (ValueError, RecursionError) as exc:
        raise CanonicalJsonError("json_syntax", str(exc)) from exc
    if dumps(value) != data:
        raise CanonicalJsonError("json_not_canonical", "JSON is not in canonical form")
    return value
