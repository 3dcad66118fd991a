"""Key/value settings stored as JSON with the data."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.orm import Session

from .models import SettingRow


def get(s: Session, key: str, default: Any = None) -> Any:
    row = s.get(SettingRow, key)
    return default if row is None else json.loads(row.value)


def put(s: Session, key: str, value: Any) -> None:
    row = s.get(SettingRow, key) or SettingRow(key=key)
    row.value = json.dumps(value, ensure_ascii=False, sort_keys=True)
    s.add(row)
