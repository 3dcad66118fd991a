"""Unit tree maintenance: add, import from CSV or Excel, list."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from dlxh_desktop.domain import DomainError, Unit, UnitKind, UnitTree
from dlxh_desktop.storage import units_repo
from dlxh_desktop.storage.engine import SessionFactory

from .errors import ServiceError

MAX_IMPORT_BYTES = 5 * 1024 * 1024
MAX_IMPORT_ROWS = 20_000
COLUMNS = ("code", "name", "kind", "parent", "symbol")


class UnitService:
    def __init__(self, sessions: SessionFactory) -> None:
        self._sessions = sessions

    def tree(self) -> UnitTree:
        with self._sessions.read() as s:
            return units_repo.tree(s)

    def get(self, code: str) -> Unit:
        with self._sessions.read() as s:
            u = units_repo.get(s, code)
        if u is None:
            raise ServiceError("unit_unknown", unit=code)
        return u

    def add(self, unit: Unit) -> Unit:
        with self._sessions.write() as s:
            if unit.parent_code is not None and units_repo.get(s, unit.parent_code) is None:
                raise ServiceError("unit_parent_unknown", unit=unit.code, parent=unit.parent_code)
            units_repo.upsert_many(s, [unit])
        return unit

    def import_file(self, path: Path) -> int:
        """Import units from CSV (UTF-8) or XLSX with columns code, name, kind, parent, symbol.
        All rows or none."""
        units = read_units_file(path)
        with self._sessions.write() as s:
            return units_repo.upsert_many(s, units)


def read_units_file(path: Path) -> list[Unit]:
    """Parse a unit list; raise ServiceError naming the row on any bad value."""
    try:
        size = path.stat().st_size
    except OSError:
        raise ServiceError("file_unreadable", path=str(path)) from None
    if size > MAX_IMPORT_BYTES:
        raise ServiceError("file_too_large", path=str(path), limit=MAX_IMPORT_BYTES)
    if path.suffix.lower() == ".xlsx":
        rows = _xlsx_rows(path)
    elif path.suffix.lower() == ".csv":
        try:
            text = path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError:
            raise ServiceError("file_not_utf8", path=str(path)) from None
        rows = list(csv.reader(io.StringIO(text)))
    else:
        raise ServiceError("file_type_unsupported", path=str(path))
    if not rows:
        raise ServiceError("units_file_empty", path=str(path))
    header = [h.strip().lower() for h in rows[0]]
    if header[:3] != list(COLUMNS[:3]):
        raise ServiceError("units_header_invalid", path=str(path), expected=",".join(COLUMNS))
    if len(rows) > MAX_IMPORT_ROWS:
        raise ServiceError("file_too_large", path=str(path), limit=MAX_IMPORT_ROWS)
    units: list[Unit] = []
    for n, row in enumerate(rows[1:], start=2):
        if not any(c.strip() for c in row):
            continue
        cells = [c.strip() for c in row] + [""] * (len(COLUMNS) - len(row))
        code, name, kind, parent, symbol = cells[:5]
        try:
            units.append(Unit(code, name, UnitKind(kind), parent or None, symbol))
        except (DomainError, ValueError):
            raise ServiceError("units_row_invalid", path=str(path), row=n) from None
    try:
        UnitTree(units)
    except DomainError as exc:
        raise ServiceError(exc.code, path=str(path), **exc.details) from None
    return units


def _xlsx_rows(path: Path) -> list[list[str]]:
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception:  # openpyxl raises many types for a bad file
        raise ServiceError("file_not_xlsx", path=str(path)) from None
    try:
        ws = wb.worksheets[0]
        return [
            ["" if v is None else str(v) for v in row]
            for row in ws.iter_rows(max_row=MAX_IMPORT_ROWS + 2, values_only=True)
        ]
    finally:
        wb.close()
