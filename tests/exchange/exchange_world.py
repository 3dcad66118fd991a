"""A province and two grassroots children set up in-process (keys in memory, fixed clock),
and a fast builder of report packages from a child, for the import-rule tests."""

from __future__ import annotations

import json
import sqlite3
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from dlxh_desktop.domain import Period, ReportContent, ReportKind, Unit, UnitKind
from dlxh_desktop.domain.codec import encode
from dlxh_desktop.domain.reports import OpinionStream, Trend
from dlxh_desktop.exchange import Identity, ReportRef, build_package
from dlxh_desktop.paths import DataHome
from dlxh_desktop.secrets import MemoryStore
from dlxh_desktop.services.app import Services
from dlxh_desktop.services.clock import FixedClock
from dlxh_desktop.services.directory import export_directory, setup_unit
from dlxh_desktop.services.enrollment import export_enrollment, import_enrollment
from dlxh_desktop.services.exchange_context import ExchangeContext
from dlxh_desktop.services.setup import setup_province

NOW = datetime(2026, 10, 25, 2, 0, tzinfo=UTC)
PROVINCE, CHILD, OTHER = "NB", "CD-GIAY", "CD-DET"
PASSPHRASE = "correct horse battery"


def content(assessment: str = "Tình hình tư tưởng ổn định.") -> ReportContent:
    return ReportContent(
        assessment=assessment,
        streams=(
            OpinionStream(
                topic="tien-luong",
                content="Người lao động phấn khởi khi lương tăng.",
                trend=Trend.POSITIVE,
                cause="Nghị định mới.",
                proposal="Giám sát việc trả lương.",
            ),
        ),
    )


def open_unit(root: Path, keyfile: bool = False) -> Services:
    svc = Services.open(DataHome(root), FixedClock(NOW))
    store = None if keyfile else MemoryStore()
    svc.__dict__["exchange"] = ExchangeContext(
        svc, secret_store=store, passphrase=lambda purpose, new: PASSPHRASE
    )
    return svc


@dataclass
class World:
    tmp: Path
    province: Services
    child: Services
    other: Services

    @property
    def p(self) -> ExchangeContext:
        return self.province.exchange

    @property
    def c(self) -> ExchangeContext:
        return self.child.exchange

    def close(self) -> None:
        for svc in (self.province, self.child, self.other):
            svc.close()

    def report_package(
        self,
        *,
        signer: Identity | None = None,
        sender: str = CHILD,
        uid: str | None = None,
        revision: int = 1,
        sequence: int = 10,
        created_at: datetime = NOW,
        doc: dict[str, Any] | None = None,
        files: dict[str, bytes] | None = None,
        period: str = "2026-10",
    ) -> bytes:
        """A report package from ``sender`` to the province, built directly (no rendering)."""
        signer = signer or self.c.identity()
        body = doc or report_doc(sender, uid or uuid.uuid4().hex, revision, period)
        main = json.dumps(body, ensure_ascii=False).encode("utf-8")
        return build_package(
            "report",
            sender_unit=sender,
            signer=signer,
            sequence=sequence,
            files={"report.json": main, **(files or {})},
            recipient_unit=PROVINCE,
            recipients=[self.p.own_keys().encryption],
            report=ReportRef("monthly", period, revision),
            created_at=created_at,
        )


def report_doc(unit: str, uid: str, revision: int = 1, period: str = "2026-10") -> dict[str, Any]:
    return {
        "schema": "dlxh-report/1",
        "uid": uid,
        "unit": unit,
        "kind": "monthly",
        "period": period,
        "revision": revision,
        "status": "finalized",
        "number": "01/BC-CĐ",
        "content": encode(content()),
    }


def make_world(tmp: Path, *, province_keyfile: bool = False) -> World:
    """Province NB with children CD-GIAY and CD-DET, both joined and enrolled."""
    province = open_unit(tmp / "province", keyfile=province_keyfile)
    setup_province(province, PROVINCE, "Liên đoàn Lao động tỉnh Ninh Bình")
    for code, name in ((CHILD, "CĐCS Công ty Giày"), (OTHER, "CĐCS Công ty Dệt")):
        province.units.add(Unit(code, name, UnitKind.GRASSROOTS, PROVINCE))
    export_directory(province.exchange, tmp / "directory.dlxh")
    children = []
    for code in (CHILD, OTHER):
        svc = open_unit(tmp / code)
        setup_unit(svc.exchange, tmp / "directory.dlxh", code, lambda fp: fp)
        export_enrollment(svc.exchange, tmp / f"enroll-{code}.dlxh")
        import_enrollment(province.exchange, tmp / f"enroll-{code}.dlxh", lambda u, fp: fp)
        children.append(svc)
    return World(tmp, province, children[0], children[1])


def finalized_report(svc: Services, text: str = "Tình hình tư tưởng ổn định.") -> int:
    r = svc.reports.create(ReportKind.MONTHLY, Period.parse("2026-10"), content(text))
    assert r.id is not None
    return svc.reports.finalize(r.id).id or 0


def integrity_ok(home: Path) -> bool:
    con = sqlite3.connect(home / "dlxh.sqlite")
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        con.close()


def count(home: Path, sql: str) -> int:
    con = sqlite3.connect(home / "dlxh.sqlite")
    try:
        return int(con.execute(sql).fetchone()[0])
    finally:
        con.close()


def imported_reports(home: Path) -> int:
    return count(home, "SELECT count(*) FROM reports WHERE origin = 'imported'")
