"""Reading input files for commands: limits before work, strict JSON."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from dlxh_desktop.domain import strict_json
from dlxh_desktop.services.errors import ServiceError

MAX_JSON_BYTES = 20 * 1024 * 1024


def read_json(path: Path) -> Any:
    """Strict JSON from a file: size-limited, UTF-8, no duplicate keys, no NaN."""
    try:
        size = path.stat().st_size
        if size > MAX_JSON_BYTES:
            raise ServiceError("file_too_large", path=str(path), limit=MAX_JSON_BYTES)
        raw = path.read_bytes()
    except OSError:
        raise ServiceError("file_unreadable", path=str(path)) from None
    try:
        return strict_json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise ServiceError("file_not_json", path=str(path)) from None
