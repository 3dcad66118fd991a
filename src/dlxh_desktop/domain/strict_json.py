"""Strict JSON for data from outside (files people give us, reports inside packages):
no duplicate keys, no NaN or Infinity. Canonical-form checks are ``exchange.canonical_json``'s."""

from __future__ import annotations

import json
from typing import Any


def _pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(items)  # built in C; a duplicate key shows as a shorter dict
    if len(out) != len(items):
        raise ValueError("duplicate key")
    return out


def _constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def loads(text: str) -> Any:
    """Parse ``text``; raise ValueError (or RecursionError when absurdly deep) otherwise."""
    return json.loads(text, object_pairs_hook=_pairs, parse_constant=_constant)
