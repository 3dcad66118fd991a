"""``make bench``: run every benchmark module, print one table, save the rows as JSON.

Each ``bench_*.py`` exposes ``run() -> list[dict]``; a row has ``name``, a measured value
(``value`` + ``unit``, or ``seconds``), the floor measured in the same run (``floor`` or
``floor_seconds``), their ``ratio``, and a ``note``. Ratios against a floor measured in the
same run stay meaningful on a busy or slow machine; absolute numbers are for the record.
Run one module: ``python -m benchmarks documents``.
"""

from __future__ import annotations

import importlib
import json
import platform
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
MODULES = ["startup", "demo", "documents", "import"]


def _fmt(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.4g}"
    return str(value)


def _normalise(row: dict[str, Any]) -> dict[str, Any]:
    if "seconds" in row and "value" not in row:
        row = {**row, "value": row["seconds"], "unit": "s", "floor": row.get("floor_seconds")}
    return row


def main(argv: list[str]) -> int:
    wanted = argv or MODULES
    rows: list[dict[str, Any]] = []
    for name in wanted:
        try:
            module = importlib.import_module(f"benchmarks.bench_{name}")
        except ModuleNotFoundError as exc:
            print(f"[{name}] not available: {exc}", file=sys.stderr)
            continue
        started = time.perf_counter()
        for row in module.run():
            rows.append({"group": name, **_normalise(row)})
        print(f"[{name}] done in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    header = f"{'benchmark':<52} {'value':>10} {'unit':<6} {'floor':>10} {'ratio':>7}  note"
    print(header)
    print("-" * len(header))
    for r in rows:
        print(
            f"{r['group'] + ': ' + r['name']:<52.52} {_fmt(r.get('value')):>10} "
            f"{r.get('unit', ''):<6} {_fmt(r.get('floor')):>10} {_fmt(r.get('ratio')):>7}  "
            f"{r.get('note', '')}"
        )
    out = HERE / "results"
    out.mkdir(exist_ok=True)
    record = {"machine": platform.platform(), "python": platform.python_version(), "rows": rows}
    (out / "latest.json").write_text(json.dumps(record, ensure_ascii=False, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
