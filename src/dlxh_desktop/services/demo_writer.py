"""Writes the content of demo reports from the phrase banks: cheap choices, no formatting loops."""

from __future__ import annotations

import random
from bisect import bisect
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from itertools import permutations
from typing import TypeVar

from dlxh_desktop.domain.periods import Period
from dlxh_desktop.domain.reports import (
    CollaboratorNetwork,
    Incident,
    IncidentKind,
    IncidentStatus,
    OpinionStream,
    Recommendation,
    ReportContent,
    SourceChannel,
    Trend,
)
from dlxh_desktop.domain.units import Unit, UnitKind

from . import demo_texts as tx
from .demo_units import Workplace

T = TypeVar("T")


class DemoRandom(random.Random):
    """``random.Random`` with cheaper ``choice``/``randint``/``choices`` (one C call each):
    the demo draws millions of them. Still fully determined by the seed."""

    def choice(self, seq: Sequence[T]) -> T:  # type: ignore[override]
        return seq[int(self.random() * len(seq))]

    def randint(self, a: int, b: int) -> int:
        return a + int(self.random() * (b - a + 1))

    def pick_cum(self, items: Sequence[T], cum: list[float]) -> T:
        """One item drawn with cumulative weights ``cum``."""
        return items[bisect(cum, self.random() * cum[-1])]


_S = SourceChannel
CHANNELS: dict[str, tuple[tuple[SourceChannel, ...], ...]] = {
    "e": (
        (_S.DIRECT, _S.COLLABORATOR),
        (_S.ZALO,),
        (_S.COLLABORATOR, _S.ZALO),
        (_S.MEETING, _S.DIRECT),
        (_S.FACEBOOK, _S.ZALO),
        (_S.DIRECT,),
        (_S.COLLABORATOR,),
        (_S.MEETING,),
        (_S.ZALO, _S.FACEBOOK, _S.COLLABORATOR),
        (_S.OTHER_NETWORK, _S.DIRECT),
    ),
    "p": (
        (_S.MEETING,),
        (_S.DIRECT, _S.MEETING),
        (_S.COLLABORATOR,),
        (_S.ZALO,),
        (_S.PRESS, _S.FACEBOOK),
        (_S.DIRECT,),
        (_S.MEETING, _S.ZALO),
        (_S.PRESS,),
    ),
}
# Base weight of each topic per audience; seasonal boosts are applied in ``_weights``.
_BASE = {
    "e": {
        "viec-lam": 10,
        "thu-nhap": 8,
        "tien-luong": 9,
        "thuong-tet": 2,
        "bhxh-bhyt": 6,
        "nha-o": 5,
        "gia-ca": 5,
        "atvsld": 4,
        "bua-an-ca": 5,
        "thoi-gio-lam-viec": 4,
        "quan-he-lao-dong": 4,
        "chinh-sach-phap-luat": 3,
        "hoat-dong-cong-doan": 5,
        "su-kien-chinh-tri-xa-hoi": 3,
        "sap-xep-bo-may": 1,
        "mang-xa-hoi": 4,
        "phong-chong-tham-nhung": 1,
        "giao-duc-y-te": 2,
        "khac": 1,
    },
    "p": {
        "viec-lam": 5,
        "thu-nhap": 6,
        "tien-luong": 8,
        "thuong-tet": 1,
        "bhxh-bhyt": 3,
        "nha-o": 1,
        "gia-ca": 5,
        "atvsld": 2,
        "thoi-gio-lam-viec": 3,
        "chinh-sach-phap-luat": 5,
        "hoat-dong-cong-doan": 5,
        "su-kien-chinh-tri-xa-hoi": 6,
        "sap-xep-bo-may": 3,
        "mang-xa-hoi": 3,
        "phong-chong-tham-nhung": 4,
        "giao-duc-y-te": 3,
        "khac": 1,
    },
}
_INCIDENT_TOPIC = {
    "work_stoppage": "tien-luong",
    "strike": "tien-luong",
    "dispute": "quan-he-lao-dong",
    "wage_arrears": "tien-luong",
    "employer_absconding": "tien-luong",
    "mass_layoff": "viec-lam",
    "accident": "atvsld",
    "food_poisoning": "bua-an-ca",
    "hostile_online": "mang-xa-hoi",
    "other": "quan-he-lao-dong",
}
_PUBLIC = frozenset({"school", "health", "agency"})
QUICK_TAILS = (
    "Tình hình an ninh trật tự được bảo đảm, không có hành vi quá khích; công đoàn tiếp tục "
    "theo dõi, nắm bắt tâm tư người lao động.",
    "Vụ việc đã được báo cáo cấp ủy, chính quyền địa phương; các lực lượng chức năng có mặt kịp "
    "thời tại hiện trường.",
    "Công đoàn đã có mặt, nắm tình hình, hướng dẫn người lao động thực hiện yêu cầu theo đúng "
    "quy định của pháp luật.",
)
QUICK_FORECASTS = (
    "Vụ việc có khả năng được giải quyết trong 1–2 ngày tới nếu doanh nghiệp chấp nhận đối thoại.",
    "Có nguy cơ lan sang các doanh nghiệp lân cận có cùng điều kiện; cần theo dõi chặt chẽ.",
    "Dư luận trong công nhân sẽ ổn định khi thông tin chính thức được cung cấp kịp thời.",
)
ANNUAL_OPENINGS = (
    "Năm {y}, tình hình tư tưởng của đoàn viên, CNVCLĐ cơ bản ổn định; đoàn viên tin tưởng vào "
    "sự lãnh đạo của Đảng, sự quản lý của Nhà nước và sự chăm lo của tổ chức công đoàn.",
    "Trong năm {y}, mặc dù còn nhiều khó khăn về việc làm, thu nhập, đoàn viên, người lao động "
    "vẫn đoàn kết, khắc phục khó khăn, hoàn thành tốt nhiệm vụ được giao.",
)


class ContentWriter:
    """Composes report content for the demo; state is only the shared RNG and the tree."""

    def __init__(self, rng: DemoRandom, units: list[Unit], places: dict[str, Workplace]) -> None:
        self.r = rng
        self.places = places
        self.children: dict[str, list[Unit]] = {}
        for u in units:
            if u.parent_code is not None:
                self.children.setdefault(u.parent_code, []).append(u)
        self.workforce: dict[str, int] = {}
        for u in reversed(units):  # parents come first, so children are summed before them
            own = places[u.code].workforce
            self.workforce[u.code] = own + sum(
                self.workforce.get(c.code, 0) for c in self.children.get(u.code, ())
            )
        self.collab_base = {
            u.code: (
                rng.randint(1, 3) + min(5, places[u.code].workforce // 1500)
                if u.kind is UnitKind.GRASSROOTS
                else rng.randint(35, 60)
                if u.parent_code is None
                else rng.randint(8, 25)
            )
            for u in units
        }
        self._weight_cache: dict[tuple[str, int, int], tuple[list[str], list[float]]] = {}
        self._tasks: dict[int, list[str]] = {}
        self._kids_by_audience: dict[tuple[str, str], list[Unit]] = {}
        for code, kids in self.children.items():
            for aud in ("e", "p"):
                self._kids_by_audience[(code, aud)] = [
                    k for k in kids if self._audience_of(places[k.code].category) in (aud, "")
                ]
        # Every (content, cause, forecast, proposal) combination, drawn with one call.
        self._combos = {
            key: [
                (c, t, n, f, p)
                for c, t in b.contents
                for n in b.causes
                for f in b.forecasts
                for p in b.proposals
            ]
            for key, b in tx.TOPIC_BANKS.items()
        }
        # For incidents: only worried or negative opinion fits.
        self._worried = {
            key: [x for x in combos if x[1] is not Trend.POSITIVE] or combos
            for key, combos in self._combos.items()
        }

    # ---- pieces -------------------------------------------------------------------------
    @staticmethod
    def _audience_of(category: str) -> str:
        """``e`` or ``p`` for a workplace category; empty for mixed ones."""
        if category in _PUBLIC:
            return "p"
        return "" if category in ("mixed", "province") else "e"

    def fixed_audience(self, u: Unit) -> str:
        return "p" if self.places[u.code].category in _PUBLIC else "e"

    def audience(self, u: Unit) -> str:
        cat = self.places[u.code].category
        if cat in ("mixed", "province"):
            return "e" if self.r.random() < 0.6 else "p"
        return "p" if cat in _PUBLIC else "e"

    def _weights(self, aud: str, year: int, month: int) -> tuple[list[str], list[float]]:
        key = (aud, year, month)
        hit = self._weight_cache.get(key)
        if hit is not None:
            return hit
        topics, cum, total = [], [], 0.0
        reorganising = (2024, 12) <= (year, month) <= (2025, 10)
        for topic, w in _BASE[aud].items():
            if (topic, aud) not in tx.TOPIC_BANKS:
                continue
            x = float(w)
            if topic == "thuong-tet" and month in (11, 12, 1, 2):
                x *= 6
            elif topic == "tien-luong" and month in (6, 7, 12, 1):
                x *= 1.8
            elif topic == "atvsld" and month in (5, 6, 7, 8):
                x *= 3
            elif topic == "sap-xep-bo-may" and reorganising:
                x *= 6
            elif topic == "giao-duc-y-te" and month in (8, 9):
                x *= 3
            total += x
            topics.append(topic)
            cum.append(total)
        self._weight_cache[key] = (topics, cum)
        return topics, cum

    def bank(self, topic: str, aud: str) -> tx.TopicBank:
        return tx.TOPIC_BANKS.get((topic, aud)) or tx.TOPIC_BANKS[(topic, "ep".replace(aud, ""))]

    def scope(self, u: Unit, aud: str) -> str:
        """Where the opinion was heard: sections of the workplace, or units below ``u``."""
        r = self.r
        if u.kind is UnitKind.GRASSROOTS:
            sections = self.places[u.code].sections
            if not sections:
                return self.places[u.code].enterprise
            s = r.choice(sections)
            if r.random() < 0.4:
                other = r.choice(sections)
                s = s if other == s else f"{s}, {other}"
            return s[0].upper() + s[1:]
        kids = self._kids_by_audience.get((u.code, aud)) or self.children.get(u.code, [])
        if not kids:
            return u.name
        picked = r.sample(kids, min(len(kids), r.randint(1, 3)))
        return ", ".join(k.name.replace("Công đoàn cơ sở ", "CĐCS ") for k in picked)

    def stream(self, u: Unit, topic: str, aud: str, worried: bool = False) -> OpinionStream:
        r = self.r
        pool = self._worried if worried else self._combos
        combos = pool.get((topic, aud)) or pool[(topic, "ep".replace(aud, ""))]
        content, trend, cause, forecast, proposal = r.choice(combos)
        wf = self.workforce[u.code]
        people = max(1, int(wf * (0.03 + 0.47 * r.random()))) if wf else r.randint(20, 300)
        return OpinionStream(
            topic,
            content,
            trend,
            people,
            self.scope(u, aud),
            r.choice(CHANNELS[aud]),
            cause,
            forecast,
            proposal,
        )

    def streams(self, u: Unit, p: Period, k: int) -> tuple[OpinionStream, ...]:
        """``k`` streams on distinct topics, drawn with the period's seasonal weights."""
        out: list[OpinionStream] = []
        seen: set[str] = set()
        aud = self.audience(u)
        for _ in range(6 * k):
            if len(out) >= k:
                break
            topics, cum = self._weights(aud, p.year, p.index)
            topic = self.r.pick_cum(topics, cum)
            if topic not in seen:
                seen.add(topic)
                out.append(self.stream(u, topic, aud))
                aud = self.audience(u)
        for topic in self._weights(aud, p.year, p.index)[0]:  # unlucky draws: fill in order
            if len(out) >= k:
                break
            if topic not in seen:
                seen.add(topic)
                out.append(self.stream(u, topic, aud))
        return tuple(out)

    def recommendations(
        self, u: Unit, streams: tuple[OpinionStream, ...], share: float
    ) -> tuple[Recommendation, ...]:
        out: dict[str, Recommendation] = {}
        aud = self.fixed_audience(u)
        for s in streams:
            if self.r.random() < share:
                recs = self.bank(s.topic, aud).recommendations
                if recs:
                    a, c = self.r.choice(recs)
                    out[c] = Recommendation(a, c)
        return tuple(out.values())

    def collaborators(self, u: Unit, p: Period, annual: bool = False) -> CollaboratorNetwork:
        r = self.r
        months = max(0, (p.year - 2020) * 12 + p.index)
        grow = months // (24 if u.kind is UnitKind.GRASSROOTS else 9)
        total = self.collab_base[u.code] + grow
        if annual:
            new = r.randint(0, max(1, total // 5))
            received = total * r.randint(6, 15)
        else:
            new = 1 if r.random() < 0.12 else 0
            received = r.randint(0, 2 * total)
        trained = total - r.randint(0, total // 3)
        return CollaboratorNetwork(total, new, trained, received, r.choice(tx.COLLAB_NOTES))

    def assessment(self, u: Unit, p: Period, n_incidents: int) -> str:
        r = self.r
        wp = self.places[u.code]
        if u.kind is UnitKind.GRASSROOTS:
            parts = [r.choice(tx.OPENINGS[self.fixed_audience(u)])]
            ctx = tx.CONTEXT.get(wp.category)
            if ctx:
                parts.append(r.choice(ctx))
        else:
            parts = [r.choice(tx.CONSOLIDATED_OPENINGS)]
        event = tx.EVENTS.get((p.year, p.index))
        if event:
            parts.append(event)
        elif r.random() < 0.6:
            parts.append(tx.SEASONAL[p.index])
        if n_incidents:
            parts.append(
                f"Trong kỳ phát sinh {n_incidents} vụ việc phức tạp, đã được báo cáo nhanh và "
                "phối hợp giải quyết kịp thời."
            )
        else:
            parts.append(r.choice(tx.CLOSINGS))
        return " ".join(parts)

    def tasks(self, k: int) -> str:
        lists = self._tasks.get(k)
        if lists is None:
            lists = self._tasks[k] = [
                "\n".join("- " + t for t in ts) for ts in permutations(tx.TASKS, k)
            ]
        return self.r.choice(lists)

    # ---- whole contents -----------------------------------------------------------------
    def monthly(
        self, u: Unit, p: Period, incidents: tuple[Incident, ...], draft: bool = False
    ) -> ReportContent:
        r = self.r
        grass = u.kind is UnitKind.GRASSROOTS
        k = r.choice((2, 3, 3, 3, 4, 4, 4, 5, 5, 6)) if grass else r.choice((4, 5, 5, 6))
        if draft:
            k = max(1, k - r.randint(0, 2))
        streams = self.streams(u, p, k)
        assessment = self.assessment(u, p, len(incidents))
        if draft and r.random() < 0.15:
            assessment = ""
        return ReportContent(
            assessment=assessment,
            streams=streams,
            incidents=incidents if grass else incidents[:6],
            recommendations=self.recommendations(u, streams, 0.3 if grass else 0.5),
            collaborators=self.collaborators(u, p),
            forecast="" if draft and r.random() < 0.5 else r.choice(tx.FORECASTS),
            tasks="" if draft else self.tasks(3),
            difficulties=r.choice(tx.DIFFICULTIES),
        )

    def annual(self, u: Unit, year: int, incidents: tuple[Incident, ...]) -> ReportContent:
        r = self.r
        p = Period.month(year, r.randint(1, 11))
        streams = self.streams(u, p, r.randint(4, 6))
        opening = r.choice(ANNUAL_OPENINGS).replace("{y}", str(year))
        closing = (
            f"Trong năm có {len(incidents)} vụ việc phức tạp được báo cáo nhanh và xử lý kịp thời."
            if incidents
            else "Trong năm không phát sinh vụ việc phức tạp, điểm nóng về tư tưởng."
        )
        return ReportContent(
            assessment=f"{opening} {r.choice(tx.CLOSINGS)} {closing}",
            streams=streams,
            incidents=incidents,
            recommendations=self.recommendations(u, streams, 0.6),
            collaborators=self.collaborators(u, Period.month(year, 11), annual=True),
            forecast=r.choice(tx.FORECASTS),
            tasks=f"Nhiệm vụ năm {year + 1}:\n" + self.tasks(5),
            difficulties=r.choice(tx.DIFFICULTIES),
        )

    def thematic(self, u: Unit, p: Period, title: str, topic: str) -> ReportContent:
        r = self.r
        aud = self.fixed_audience(u)
        first = self.stream(u, topic, aud)
        streams = (first, *(s for s in self.streams(u, p, 2) if s.topic != topic))
        return ReportContent(
            title=title,
            assessment="Thực hiện hướng dẫn của công đoàn cấp trên, đơn vị đã tổ chức khảo sát, "
            "nắm bắt ý kiến của đoàn viên, người lao động về nội dung chuyên đề. "
            + r.choice(tx.OPENINGS[aud]),
            streams=streams,
            recommendations=self.recommendations(u, streams[:1], 1.0),
            collaborators=self.collaborators(u, p),
            forecast=first.forecast,
            tasks=self.tasks(2),
        )

    def incident(self, u: Unit, wp: Workplace, start: date) -> tuple[Incident, Incident]:
        """The incident as first reported (ongoing) and as known at the month's end."""
        r = self.r
        group = "pub" if wp.category in _PUBLIC else ("fdi" if wp.category == "fdi" else "dom")
        weights = tx.INCIDENT_WEIGHTS[group]
        kind = r.choices([k for k, _ in weights], [w for _, w in weights])[0]
        b = tx.INCIDENTS[kind]
        wf = wp.workforce or 50
        if kind == "accident":
            involved = min(wf, r.randint(1, 3))
        else:
            involved = min(wf, max(2, round(wf * r.uniform(*b.share_involved))))
        first = Incident(
            kind=IncidentKind(kind),
            title=b.title.replace("{dn}", wp.enterprise),
            start=start,
            enterprise=wp.enterprise,
            ownership=wp.ownership,
            origin_country=wp.origin_country,
            place=wp.place,
            workers_involved=involved,
            workforce=wf,
            cause_demands=r.choice(b.causes),
            actions=r.choice(b.actions),
            handled_by=r.choice(b.handled_by),
            status=IncidentStatus.ONGOING,
            union_role=r.choice(b.union_roles),
            sensitive=b.sensitive,
        )
        lingering = kind in ("wage_arrears", "employer_absconding") and r.random() < 0.6
        final = replace(
            first,
            end=None if lingering else start + timedelta(days=r.randint(0, 3)),
            status=IncidentStatus.MONITORING if lingering else IncidentStatus.RESOLVED,
            resolution=r.choice(b.resolutions),
        )
        return first, final

    def quick(self, u: Unit, inc: Incident) -> ReportContent:
        r = self.r
        topic = _INCIDENT_TOPIC[str(inc.kind)]
        aud = self.fixed_audience(u)
        stream = replace(
            self.stream(u, topic, aud, worried=True),
            scope_people=inc.workers_involved,
            scope_units=inc.enterprise,
        )
        d = inc.start
        return ReportContent(
            assessment=f"Ngày {d.day:02d}/{d.month:02d}/{d.year}: {inc.title} "
            f"(khoảng {inc.workers_involved}/{inc.workforce} lao động liên quan). "
            + r.choice(QUICK_TAILS),
            streams=(stream,),
            incidents=(inc,),
            recommendations=self.recommendations(u, (stream,), 1.0),
            forecast=r.choice(QUICK_FORECASTS),
        )
