"""Import of 1,000 report packages of real size into a province, with durable commits.

Each package comes from its own enrolled grassroots union and holds a report JSON and a
150 KB PDF-sized payload. The import runs the whole pipeline of ``dlxh package import``
(verify, ledger, decrypt, schema, archive the original with fsync, one BEGIN IMMEDIATE
transaction per package with synchronous=FULL). The floor is the same packages' signature
checks, decryption and hashing alone (``bench_exchange_floor``), measured in the same run.
Target: at least 100 packages/s and within 3x of the floor.
Run alone: ``uv run --frozen python benchmarks/bench_import.py``.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_exchange_floor import measure_floor
from dlxh_desktop.domain import Unit, UnitKind
from dlxh_desktop.domain.codec import encode
from dlxh_desktop.domain.reports import OpinionStream, ReportContent, Trend
from dlxh_desktop.exchange import Identity, PublicKeys, ReportRef, build_package
from dlxh_desktop.paths import DataHome
from dlxh_desktop.secrets import MemoryStore
from dlxh_desktop.services.app import Services
from dlxh_desktop.services.clock import FixedClock
from dlxh_desktop.services.exchange_context import ExchangeContext, trust_key
from dlxh_desktop.services.package_import import ImportResult, import_paths
from dlxh_desktop.services.setup import setup_province
from dlxh_desktop.storage import exchange_repo, units_repo

PROVINCE = "LDLD-HN"  # the code bench_exchange_floor.measure_floor opens packages as
NOW = datetime(2026, 10, 25, 2, 0, tzinfo=UTC)
TARGET_PER_SECOND = 100
TARGET_RATIO = 3.0
PDF_BYTES = 150_000


def _report_json(unit: str) -> bytes:
    content = ReportContent(
        assessment="Tình hình tư tưởng của đoàn viên, người lao động cơ bản ổn định. " * 20,
        streams=tuple(
            OpinionStream(
                topic="tien-luong",
                content="Người lao động phấn khởi khi lương tối thiểu vùng tăng 6%. " * 5,
                trend=Trend.POSITIVE,
                cause="Nghị định có hiệu lực.",
                proposal="Giám sát việc điều chỉnh thang, bảng lương.",
            )
            for _ in range(4)
        ),
    )
    doc = {
        "schema": "dlxh-report/1",
        "uid": uuid.uuid4().hex,
        "unit": unit,
        "kind": "monthly",
        "period": "2026-10",
        "revision": 1,
        "status": "finalized",
        "number": "05/BC-CĐCS",
        "content": encode(content),
    }
    return json.dumps(doc, ensure_ascii=False).encode("utf-8")


def _province(root: Path, count: int) -> tuple[Services, list[tuple[str, Identity]]]:
    svc = Services.open(DataHome(root), FixedClock(NOW))
    svc.__dict__["exchange"] = ExchangeContext(svc, secret_store=MemoryStore())
    setup_province(svc, PROVINCE, "Liên đoàn Lao động tỉnh Ninh Bình")
    children = [(f"CDCS-{i:04d}", Identity.generate()) for i in range(count)]
    with svc.db.sessions.write() as s:
        units_repo.upsert_many(
            s,
            [Unit(code, f"CĐCS số {code}", UnitKind.GRASSROOTS, PROVINCE) for code, _ in children],
        )
        for code, ident in children:
            exchange_repo.put_key(s, trust_key(code, ident.public, source="enrollment"))
    return svc, children


def run(count: int | None = None) -> list[dict[str, Any]]:
    n = count or int(os.environ.get("DLXH_BENCH_N", "1000"))
    with tempfile.TemporaryDirectory() as tmp:
        svc, children = _province(Path(tmp) / "province", n)
        try:
            parent = svc.exchange.identity()
            pdf = os.urandom(PDF_BYTES)  # incompressible, like a PDF with embedded fonts
            folder = Path(tmp) / "incoming"
            folder.mkdir()
            packages = []
            registry: dict[tuple[str, str], PublicKeys] = {}
            for i, (code, ident) in enumerate(children):
                registry[(code, ident.key_id)] = ident.public
                data = build_package(
                    "report",
                    sender_unit=code,
                    signer=ident,
                    sequence=2,
                    files={"report.json": _report_json(code), "report.pdf": pdf},
                    recipient_unit=PROVINCE,
                    recipients=[parent.public.encryption],
                    report=ReportRef("monthly", "2026-10", 1),
                    created_at=NOW,
                )
                (folder / f"{i:04d}.dlxh").write_bytes(data)
                packages.append(data)
            floor = measure_floor(packages, parent, registry)
            start = time.perf_counter()
            verdicts = [
                r.verdict
                for r in import_paths(svc.exchange, [folder])
                if isinstance(r, ImportResult)
            ]
            rate = n / (time.perf_counter() - start)
        finally:
            svc.close()
    imported = verdicts.count("imported")
    ratio = floor / rate
    met = rate >= TARGET_PER_SECOND and ratio <= TARGET_RATIO
    return [
        {
            "name": f"import {n} report packages ({PDF_BYTES // 1000} KB PDF), durable",
            "value": round(rate, 1),
            "unit": "packages/s",
            "floor": round(floor, 1),
            "ratio": round(ratio, 2),
            "note": (
                f"{imported}/{n} imported; target >= {TARGET_PER_SECOND}/s and ratio <= "
                f"{TARGET_RATIO}: {'met' if met else 'NOT met'}"
            ),
        }
    ]


if __name__ == "__main__":
    for row in run():
        print(row)
