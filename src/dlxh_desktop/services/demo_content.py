"""Demo data: a living province (``dlxh demo``, ``make run``, benchmarks).

``demo_tree`` builds the unit tree; ``demo_reports`` yields, for the last ``months`` monthly periods
whose deadline has passed, every unit's monthly report — with a share missing, late or amended —
plus annual, quick (incident) and thematic reports, then the current period's early reports and
drafts. Everything is deterministic for a given seed and uses only the standard library.

Report revisions that a later one supersedes carry status ``superseded`` (their ``sent_at`` stays)
and ``superseded_by_next=True``; the amending revision follows immediately.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta, timezone

from dlxh_desktop.domain.calendar import ReportingCalendar
from dlxh_desktop.domain.letterhead import Letterhead
from dlxh_desktop.domain.periods import Period, PeriodKind
from dlxh_desktop.domain.reports import (
    Incident,
    Report,
    ReportContent,
    ReportKind,
    ReportStatus,
)
from dlxh_desktop.domain.units import Unit, UnitKind

from . import demo_texts as tx
from .demo_units import Workplace, build_letterheads, build_units
from .demo_writer import ContentWriter, DemoRandom

VN_TZ = timezone(timedelta(hours=7), "ICT")

MISSING_SHARE = 0.07  # before the per-unit diligence factor (mean 0.875): about 6 %
LATE_SHARE = 0.14  # about 12 %
AMEND_SHARE = 0.02
INCIDENT_RATE = {
    "fdi": 0.07,
    "dom": 0.015,
    "coop": 0.004,
    "school": 0.003,
    "health": 0.004,
    "agency": 0.003,
}


@dataclass(frozen=True)
class DemoReport:
    report: Report
    superseded_by_next: bool = False  # a later revision of the same uid follows in the list


@dataclass(frozen=True)
class DemoTree:
    province: Unit
    units: list[Unit]  # all below the province, parents before children
    letterheads: dict[str, Letterhead]  # every unit code, the province included
    workplaces: dict[str, Workplace] = field(default_factory=dict)  # employer behind each unit


def demo_tree(n_units: int = 48, seed: int = 2026) -> DemoTree:
    """A province federation with ``n_units`` units below it (6–10 intermediate, the rest CĐCS)."""
    rng = random.Random(seed)
    province, units, places = build_units(n_units, rng)
    return DemoTree(province, units, build_letterheads(province, units, rng), places)


def demo_reports(
    tree: DemoTree, months: int, today: date, seed: int = 2026
) -> Iterator[DemoReport]:
    """Reports of the last ``months`` monthly periods whose deadline is before ``today``, in
    roughly chronological order, then the current period (partly drafts)."""
    if months < 0:
        raise ValueError("months must not be negative")
    return _Generator(tree, today, seed).run(months)


class _Generator:
    def __init__(self, tree: DemoTree, today: date, seed: int) -> None:
        self.rng = rng = DemoRandom(seed * 7919 + 17)
        self.cal = ReportingCalendar()
        self.today = today
        self.limit = datetime.combine(today, time(0), VN_TZ)  # everything happened before today
        self.units = [tree.province, *tree.units]
        self.by_code = {u.code: u for u in self.units}
        self.places = {u.code: tree.workplaces.get(u.code) or _fallback(u) for u in self.units}
        self.writer = ContentWriter(rng, self.units, self.places)
        # Diligence: most units report on time; a few are chronically late or missing.
        self.factor = {u.code: rng.choices((0.3, 1.0, 2.5), (50, 35, 15))[0] for u in self.units}
        self.numbers: dict[tuple[str, int], int] = {}
        self.monthly_incidents: dict[tuple[str, Period], list[Incident]] = {}
        self.yearly_incidents: dict[tuple[str, int], list[Incident]] = {}

    # ---- the timeline -------------------------------------------------------------------
    def run(self, months: int) -> Iterator[DemoReport]:
        cal = self.cal
        last = Period.month(self.today.year, self.today.month)
        while cal.deadline(last) > self.today:
            last = last.previous()
        periods = [last]
        for _ in range(months - 1):
            periods.append(periods[-1].previous())
        periods = periods[::-1] if months else []
        start = cal.window(periods[0]).start if periods else self.today
        years = [
            y
            for y in range(start.year, self.today.year + 1)
            if start <= cal.deadline(Period(PeriodKind.YEAR, y)) <= self.today
        ]
        for p in periods:
            while years and cal.deadline(Period(PeriodKind.YEAR, years[0])) < cal.deadline(p):
                yield from self.annual(years.pop(0))
            yield from self.incidents(p)
            if p.index in (5, 10):
                yield from self.thematic(p)
            for u in self.units:
                yield from self.monthly(u, p)
        for y in years:
            yield from self.annual(y)
        current = periods[-1] if periods else last
        current = (
            Period.month(current.year + 1, 1)
            if current.index == 12
            else Period.month(current.year, current.index + 1)
        )
        yield from self.incidents(current)
        for u in self.units:
            yield from self.current(u, current)

    # ---- helpers ------------------------------------------------------------------------
    def at(self, d: date) -> datetime:
        r = self.rng
        return datetime(d.year, d.month, d.day, r.randint(7, 16), r.randint(0, 59), tzinfo=VN_TZ)

    def uid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def number(self, u: Unit, when: datetime) -> str:
        key = (u.code, when.year)
        n = self.numbers[key] = self.numbers.get(key, 0) + 1
        return f"{n:02d}/BC-{u.symbol or 'CĐCS'}"

    def submitted(
        self,
        u: Unit,
        kind: ReportKind,
        p: Period,
        content: ReportContent,
        final: datetime,
        ack_share: float,
        earliest: datetime | None = None,
    ) -> Report | None:
        """A finalized (and usually sent, often acknowledged) report, or None if not yet."""
        r = self.rng
        if final >= self.limit:
            return None
        created = final - timedelta(minutes=r.randint(40, 4 * 24 * 60))
        if earliest is not None and created < earliest:
            created = min(earliest, final - timedelta(minutes=10))
        sent: datetime | None = final + timedelta(minutes=r.randint(2, 90))
        status = ReportStatus.SENT
        if sent is not None and sent >= self.limit:
            sent, status = None, ReportStatus.FINALIZED
        ack = None
        if sent is not None and r.random() < ack_share:
            ack = sent + timedelta(minutes=r.randint(30, 3 * 24 * 60))
            if ack < self.limit:
                status = ReportStatus.ACKNOWLEDGED
            else:
                ack = None
        return Report(
            None,
            self.uid(),
            u.code,
            kind,
            p,
            1,
            status,
            content,
            self.number(u, final),
            created,
            final - timedelta(minutes=r.randint(1, 30)),
            final,
            sent,
            ack,
        )

    def draft(
        self, u: Unit, kind: ReportKind, p: Period, content: ReportContent, begun: date
    ) -> Report | None:
        r = self.rng
        created = self.at(begun)
        if created >= self.limit:
            return None
        updated = created + timedelta(minutes=r.randint(5, 3 * 24 * 60))
        updated = min(updated, self.limit - timedelta(minutes=r.randint(5, 600)))
        updated = max(updated, created)
        return Report(
            None,
            self.uid(),
            u.code,
            kind,
            p,
            1,
            ReportStatus.DRAFT,
            content,
            created_at=created,
            updated_at=updated,
        )

    def emit(self, rep: Report | None) -> Iterator[DemoReport]:
        """Yield ``rep``; a few sent reports are amended by a second revision."""
        if rep is None:
            return
        r = self.rng
        if rep.sent_at is None or r.random() >= AMEND_SHARE:
            yield DemoReport(rep)
            return
        final = rep.sent_at + timedelta(days=r.randint(1, 8), hours=r.randint(0, 6))
        if final + timedelta(hours=2) >= self.limit:
            yield DemoReport(rep)
            return
        unit = self.by_code[rep.unit_code]
        extra = self.writer.streams(unit, rep.period, 1)
        note = (
            f" Báo cáo này thay thế Báo cáo số {rep.number} để bổ sung, điều chỉnh thông tin"
            " theo đề nghị của cấp trên."
        )
        c = rep.content
        streams = (c.streams if len(c.streams) < 6 else c.streams[:-1]) + extra
        content = replace(c, assessment=c.assessment + note, streams=streams)
        sent = final + timedelta(minutes=r.randint(2, 60))
        amended = replace(
            rep.next_revision(),
            status=ReportStatus.SENT,
            content=content,
            number=self.number(unit, final),
            created_at=rep.sent_at + timedelta(days=1),
            updated_at=final,
            finalized_at=final,
            sent_at=sent,
        )
        if amended.created_at is not None and amended.created_at > final:
            amended = replace(amended, created_at=final - timedelta(hours=1))
        yield DemoReport(replace(rep, status=ReportStatus.SUPERSEDED), True)
        yield DemoReport(amended)

    # ---- report kinds -------------------------------------------------------------------
    def monthly(self, u: Unit, p: Period) -> Iterator[DemoReport]:
        r, dl = self.rng, self.cal.deadline(p)
        f = self.factor[u.code]
        roll = r.random()
        incidents = tuple(self.monthly_incidents.get((u.code, p), ()))
        if roll < MISSING_SHARE * f:
            if r.random() < 0.3:  # begun, never finished
                content = self.writer.monthly(u, p, incidents, draft=True)
                yield from self.emit(
                    self.draft(
                        u, ReportKind.MONTHLY, p, content, dl - timedelta(days=r.randint(1, 6))
                    )
                )
            return
        late = roll < (MISSING_SHARE + LATE_SHARE) * f
        day = (
            dl + timedelta(days=r.randint(0, 12)) if late else dl - timedelta(days=r.randint(1, 5))
        )
        content = self.writer.monthly(u, p, incidents)
        recent = (self.today - dl).days < 45
        rep = self.submitted(
            u, ReportKind.MONTHLY, p, content, self.at(day), 0.5 if recent else 0.85
        )
        if rep is None:  # late and still being written today
            rep = self.draft(
                u, ReportKind.MONTHLY, p, replace(content, forecast=""), dl - timedelta(days=2)
            )
        yield from self.emit(rep)

    def current(self, u: Unit, p: Period) -> Iterator[DemoReport]:
        """The open period: some units already sent, some drafting, the rest not started."""
        r, w, dl = self.rng, self.cal.window(p), self.cal.deadline(p)
        span = max(1, (dl - w.start).days)
        progress = min(1.0, max(0.0, (self.today - w.start).days / span))
        roll = r.random()
        incidents = tuple(self.monthly_incidents.get((u.code, p), ()))
        if self.today > w.end and roll < 0.6 * progress:
            day = w.end + timedelta(days=r.randint(0, max(0, (self.today - w.end).days - 1)))
            content = self.writer.monthly(u, p, incidents)
            rep = self.submitted(u, ReportKind.MONTHLY, p, content, self.at(day), 0.3)
            if rep is not None:
                yield DemoReport(rep)
                return
        if roll < 0.15 + 0.7 * progress:
            begun = w.start + timedelta(days=r.randint(0, max(0, (self.today - w.start).days - 1)))
            content = self.writer.monthly(u, p, incidents, draft=True)
            yield from self.emit(self.draft(u, ReportKind.MONTHLY, p, content, begun))

    def annual(self, year: int) -> Iterator[DemoReport]:
        r = self.rng
        p = Period(PeriodKind.YEAR, year)
        dl = self.cal.deadline(p)
        for u in self.units:
            f = self.factor[u.code]
            roll = r.random()
            if roll < MISSING_SHARE * f:
                continue
            late = roll < (MISSING_SHARE + LATE_SHARE) * f
            day = (
                dl + timedelta(days=r.randint(0, 9))
                if late
                else dl - timedelta(days=r.randint(1, 12))
            )
            incidents = tuple(self.yearly_incidents.get((u.code, year), ())[:12])
            content = self.writer.annual(u, year, incidents)
            yield from self.emit(
                self.submitted(u, ReportKind.ANNUAL, p, content, self.at(day), 0.85)
            )

    def thematic(self, p: Period) -> Iterator[DemoReport]:
        r = self.rng
        i = (p.year * 2 + (p.index == 10)) % len(tx.THEMES)
        title, topic = tx.THEMES[i], tx.THEME_TOPICS[i]
        quarter = Period(PeriodKind.QUARTER, p.year, (p.index + 2) // 3)
        for u in self.units:
            if u.kind is UnitKind.GRASSROOTS and r.random() > 0.08:
                continue
            content = self.writer.thematic(u, p, title, topic)
            day = self.cal.window(p).end + timedelta(days=r.randint(6, 20))
            yield from self.emit(
                self.submitted(u, ReportKind.THEMATIC, quarter, content, self.at(day), 0.7)
            )

    def incidents(self, p: Period) -> Iterator[DemoReport]:
        """Plan the period's incidents and yield their quick reports."""
        r, w = self.rng, self.cal.window(p)
        last = min(w.end, self.today - timedelta(days=1))
        if last < w.start:
            return
        days = (last - w.start).days
        for u in self.units:
            wp = self.places[u.code]
            rate = INCIDENT_RATE.get(wp.category)
            if u.kind is not UnitKind.GRASSROOTS or rate is None or r.random() >= rate:
                continue
            start = w.start + timedelta(days=r.randint(0, days))
            quick, final = self.writer.incident(u, wp, start)
            parent = self.by_code.get(u.parent_code or "", self.units[0])
            owners = [u.code, parent.code]
            if final.sensitive and parent is not self.units[0]:
                owners.append(self.units[0].code)
            year = start.year + ((start.month, start.day) > (11, 14))
            for code in owners:
                self.monthly_incidents.setdefault((code, p), []).append(final)
                self.yearly_incidents.setdefault((code, year), []).append(final)
            reporters = [parent] + ([u] if r.random() < 0.5 else [])
            for rep_unit in reporters:
                late = r.random() < 0.12
                when = start + timedelta(days=r.randint(2, 4) if late else r.randint(0, 1))
                content = self.writer.quick(rep_unit, quick)
                day_p = Period.of_day(start)
                begun = datetime.combine(start, time(7), VN_TZ)
                rep = self.submitted(
                    rep_unit, ReportKind.QUICK, day_p, content, self.at(when), 0.8, begun
                )
                if rep is None:
                    rep = self.draft(rep_unit, ReportKind.QUICK, day_p, content, start)
                yield from self.emit(rep)


def _fallback(u: Unit) -> Workplace:
    cat = "province" if u.parent_code is None else "mixed"
    return Workplace(cat, u.name, None, "", "Ninh Bình", 0, ())


__all__ = ["DemoReport", "DemoTree", "demo_reports", "demo_tree"]
