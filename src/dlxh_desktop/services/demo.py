"""``dlxh demo``: fill an empty data folder with a living province to try the program on."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from itertools import islice

from dlxh_desktop.domain import ReportStatus
from dlxh_desktop.storage import reports_repo, settings_repo, units_repo

from .app import Services
from .demo_content import demo_reports, demo_tree
from .errors import ServiceError
from .progress import Progress
from .settings import OWN_UNIT

BATCH = 2_000


def build_demo(
    svc: Services, n_units: int, months: int, seed: int = 2026
) -> Iterator[Progress | str]:
    """Create the tree and ``months`` of report history in one transaction.

    Yields progress records, then a one-line summary. Refuses a folder that is already set up.
    """
    if svc.settings.own_unit_code() is not None:
        raise ServiceError("demo_not_empty", path=str(svc.home.root))
    from .keys import record_own_keys, try_ensure_identity

    # Keys first (as set-up does), so the demo province can receive packages; with no keyring
    # and no passphrase they are left to 'dlxh keys create'.
    identity = try_ensure_identity(svc.exchange)
    tree = demo_tree(n_units, seed)
    today = svc.clock.today()
    expected = len(tree.units) * months
    count = 0
    with svc.db.sessions.write() as s:
        units_repo.upsert_many(s, [tree.province, *tree.units])
        settings_repo.put(s, OWN_UNIT, tree.province.code)
        for code, lh in tree.letterheads.items():
            settings_repo.put(s, f"letterhead:{code}", lh.to_dict())
        yield Progress(0, expected, "Units")
        stream = demo_reports(tree, months, today, seed)
        while batch := list(islice(stream, BATCH)):
            rows = [
                replace(d.report, status=ReportStatus.SUPERSEDED)
                if d.superseded_by_next
                else d.report
                for d in batch
            ]
            mine = [r for r in rows if r.unit_code == tree.province.code]
            # A child's drafts live on the child's own PC: the province only holds what was sent.
            theirs = [
                r
                for r in rows
                if r.unit_code != tree.province.code and r.status is not ReportStatus.DRAFT
            ]
            reports_repo.add_many(s, mine, origin="local")
            for r in mine:  # later real reports must not reuse the demo's numbers
                if r.number and r.finalized_at:
                    used = int(r.number.split("/", 1)[0])
                    reports_repo.raise_number_floor(s, r.unit_code, r.finalized_at.year, "BC", used)
            reports_repo.add_many(s, theirs, origin="imported")
            count += len(mine) + len(theirs)
            expected = max(expected, count + 1)  # an estimate until the stream ends
            yield Progress(count, expected, "Reports")
        yield Progress(count, count, "Reports")
    if identity is not None:
        record_own_keys(svc.exchange, identity)
    keys_note = "" if identity else " No keys yet (no keyring or passphrase): 'dlxh keys create'."
    yield (
        f"Demo ready: {tree.province.name}, {len(tree.units)} units, "
        f"{count} reports over {months} months.{keys_note}"
    )
