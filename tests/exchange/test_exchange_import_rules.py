"""Import rules of PACKAGE-DESIGN.md at the service level: ledger, rollback, keys, schema,
quarantine. Numbers in test names refer to its adversarial list. Each asserts the verdict, the
reason, what was (not) imported and that the database is still sound."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from exchange_world import (
    CHILD,
    NOW,
    OTHER,
    PROVINCE,
    World,
    count,
    finalized_report,
    imported_reports,
    integrity_ok,
    make_world,
    open_unit,
    report_doc,
)

from dlxh_desktop.domain import ReportStatus
from dlxh_desktop.exchange import Identity, make_rotation
from dlxh_desktop.messages import verdict_text
from dlxh_desktop.services import keys
from dlxh_desktop.services.directory import export_directory
from dlxh_desktop.services.enrollment import export_enrollment, import_enrollment
from dlxh_desktop.services.errors import ServiceError
from dlxh_desktop.services.package_export import export_report
from dlxh_desktop.services.package_import import Importer, ImportResult, import_paths
from dlxh_desktop.services.setup import setup_province


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    w = make_world(tmp_path)
    yield w
    w.close()


def run_import(w: World, data: bytes, name: str | None = None) -> ImportResult:
    path = w.tmp / (name or f"{uuid.uuid4().hex}.dlxh")
    path.write_bytes(data)
    result = Importer(w.p).import_file(path)
    assert verdict_text(result)  # every verdict has a sentence
    return result


def home(w: World) -> Path:
    return w.province.home.root


def assert_nothing_imported(w: World) -> None:
    assert imported_reports(home(w)) == 0
    assert count(home(w), "SELECT count(*) FROM package_ledger WHERE kind = 'report'") == 0
    assert integrity_ok(home(w))


def test_flow_export_import_marks_sent(world: World) -> None:
    rid = finalized_report(world.child)
    sent = export_report(world.c, rid, world.tmp / "r.dlxh")
    assert world.child.reports.get(rid).status is ReportStatus.SENT
    result = Importer(world.p).import_file(sent.path)
    assert (result.verdict, result.sender_unit) == ("imported", CHILD)
    stored = world.province.reports.get(result.report_id or 0)
    assert stored.unit_code == CHILD and stored.content.assessment.startswith("Tình hình")
    archived = home(world) / "archive" / sent.sha256[:2] / f"{sent.sha256}.dlxh"
    assert archived.read_bytes() == sent.path.read_bytes()
    assert integrity_ok(home(world))


def test_draft_report_is_not_packaged(world: World) -> None:
    from dlxh_desktop.domain import Period, ReportKind

    draft = world.child.reports.create(ReportKind.MONTHLY, Period.parse("2026-10"))
    with pytest.raises(ServiceError) as info:
        export_report(world.c, draft.id or 0, world.tmp / "draft.dlxh")
    assert info.value.code == "report_not_finalized"
    assert not (world.tmp / "draft.dlxh").exists()


def test_enrollment_for_unknown_code_is_refused(world: World, tmp_path: Path) -> None:
    # Another province, whose tree does not hold the child, receives the child's enrollment.
    from exchange_world import open_unit

    from dlxh_desktop.services.setup import setup_province

    stranger = open_unit(tmp_path / "stranger")
    try:
        setup_province(stranger, "HP", "LĐLĐ Hải Phòng")
        with pytest.raises(ServiceError) as info:
            import_enrollment(stranger.exchange, world.tmp / f"enroll-{CHILD}.dlxh", lambda u, f: f)
        # Addressed to NB, so HP could not even open it; the unit check comes first.
        assert info.value.code == "enroll_unit_unknown"
        assert count(tmp_path / "stranger", "SELECT count(*) FROM trust_keys") == 0
    finally:
        stranger.close()


# 8. revoked or expired key, or another unit's key
def test_08_revoked_key(world: World) -> None:
    keys.revoke(world.p, CHILD)
    result = run_import(world, world.report_package())
    assert (result.verdict, result.reason) == ("rejected", "key_revoked")
    assert_nothing_imported(world)


def test_08_another_units_key(world: World) -> None:
    data = world.report_package(sender=OTHER)  # signed with CHILD's key, claims OTHER
    result = run_import(world, data)
    assert (result.verdict, result.reason) == ("rejected", "unknown_sender_key")
    assert result.fingerprint == world.c.own_keys().fingerprint
    assert_nothing_imported(world)


def test_08_directory_signed_by_an_unknown_key_names_it(world: World) -> None:
    """A directory that claims to be the parent's, signed by another key and no rotation: the
    verdict names the unit and the key's fingerprint (to read out when calling them)."""
    impostor = open_unit(world.tmp / "impostor")
    setup_province(impostor, PROVINCE, "Liên đoàn Lao động tỉnh Ninh Bình")
    out = world.tmp / "impostor-directory.dlxh"
    export_directory(impostor.exchange, out)
    shown = impostor.exchange.own_keys().fingerprint
    impostor.close()
    (result,) = [r for r in import_paths(world.c, [out]) if isinstance(r, ImportResult)]
    assert (result.verdict, result.reason) == ("rejected", "unknown_sender_key")
    assert verdict_text(result) == f"signed by an unknown key of {PROVINCE} (fingerprint {shown})"


def test_08_expired_key(world: World) -> None:
    from dataclasses import replace

    from dlxh_desktop.storage import exchange_repo

    with world.province.db.sessions.write() as s:
        (k,) = exchange_repo.keys_of(s, CHILD)
        exchange_repo.put_key(s, replace(k, valid_until=NOW - timedelta(days=1)))
    result = run_import(world, world.report_package())
    assert (result.verdict, result.reason) == ("rejected", "key_expired")
    assert_nothing_imported(world)


# 18. exact replay
def test_18_exact_replay(world: World) -> None:
    data = world.report_package()
    assert run_import(world, data).verdict == "imported"
    again = run_import(world, data)
    assert (again.verdict, again.reason) == ("already_imported", "same_package")
    assert imported_reports(home(world)) == 1
    assert integrity_ok(home(world))


def test_18_same_revision_sent_twice_is_already_imported(world: World) -> None:
    uid = uuid.uuid4().hex
    assert run_import(world, world.report_package(uid=uid, sequence=3)).verdict == "imported"
    second = run_import(world, world.report_package(uid=uid, sequence=4))
    assert (second.verdict, second.reason) == ("already_imported", "same_revision")
    assert imported_reports(home(world)) == 1


# 19. older revision after a newer one
def test_19_older_revision_after_newer(world: World) -> None:
    uid = uuid.uuid4().hex
    assert run_import(world, world.report_package(uid=uid, revision=2, sequence=5)).verdict == (
        "imported"
    )
    old = run_import(world, world.report_package(uid=uid, revision=1, sequence=4))
    assert (old.verdict, old.reason) == ("rejected", "older_revision")
    assert "older" in verdict_text(old)
    revs = count(home(world), f"SELECT max(revision) FROM reports WHERE uid = '{uid}'")
    assert revs == 2 and imported_reports(home(world)) == 1
    assert integrity_ok(home(world))


def test_newer_revision_is_amended_and_older_stays_readable(world: World) -> None:
    uid = uuid.uuid4().hex
    first = run_import(world, world.report_package(uid=uid, revision=1, sequence=4))
    newer = run_import(world, world.report_package(uid=uid, revision=2, sequence=5))
    assert newer.verdict == "amended"
    assert world.province.reports.get(first.report_id or 0).status is ReportStatus.SUPERSEDED
    assert world.province.reports.get(newer.report_id or 0).revision == 2


# 20. same sequence, different content
def test_20_same_sequence_different_content(world: World) -> None:
    assert run_import(world, world.report_package(sequence=7)).verdict == "imported"
    clash = run_import(world, world.report_package(sequence=7))
    assert (clash.verdict, clash.reason) == ("quarantined", "conflicting_duplicate")
    assert imported_reports(home(world)) == 1
    assert count(home(world), "SELECT count(*) FROM quarantine") == 1
    assert integrity_ok(home(world))


# 21. absurd sequence jump
def test_21_absurd_sequence_jump(world: World) -> None:
    result = run_import(world, world.report_package(sequence=10**9))
    assert (result.verdict, result.reason) == ("quarantined", "sequence_jump")
    assert_nothing_imported(world)
    assert count(home(world), "SELECT count(*) FROM quarantine") == 1


# 22. created-at in the future or very old
@pytest.mark.parametrize(
    ("shift", "reason"),
    [(timedelta(days=30), "created_in_future"), (timedelta(days=-800), "created_too_old")],
)
def test_22_created_at_far_off(world: World, shift: timedelta, reason: str) -> None:
    result = run_import(world, world.report_package(created_at=NOW + shift))
    assert (result.verdict, result.reason) == ("quarantined", reason)
    assert_nothing_imported(world)
    # The original is kept for the person who decides.
    (path,) = (home(world) / "archive").rglob("*.dlxh")
    assert path.name.startswith(result.sha256 or "-")


# 28. schema violations, absurd row counts, formula and SQL text (stored inert)
@pytest.mark.parametrize(
    "mutate",
    [
        lambda d: d.update(extra_field=1),
        lambda d: d["content"].update(streams="not a list"),
        lambda d: d.update(uid="../../etc/passwd"),
        lambda d: d.update(unit=OTHER),  # not the signer
        lambda d: d.update(revision=9),  # disagrees with the signed header
        lambda d: d["content"].update(streams=[d["content"]["streams"][0]] * 2500),
        lambda d: d["content"].update(assessment="x" * 30_000),
    ],
)
def test_28_schema_violations(world: World, mutate) -> None:  # type: ignore[no-untyped-def]
    doc = report_doc(CHILD, uuid.uuid4().hex)
    mutate(doc)
    result = run_import(world, world.report_package(doc=doc))
    assert result.verdict == "rejected"
    assert result.reason in (
        "report_schema", "report_mismatch", "report_too_many_rows", "report_text_too_long",
    )  # fmt: skip
    assert_nothing_imported(world)


def test_28_not_json_at_all(world: World) -> None:
    data = world.report_package(files={"report.pdf": b"%PDF"}, doc={"a": 1})
    result = run_import(world, data)
    assert (result.verdict, result.reason) == ("rejected", "report_schema")
    assert_nothing_imported(world)


def test_28_formula_and_sql_text_is_stored_inert(world: World) -> None:
    hostile = "=cmd|' /C calc'!A0'); DROP TABLE reports; -- @SUM(1+1) +HYPERLINK(\"x\")"
    doc = report_doc(CHILD, uuid.uuid4().hex)
    doc["content"]["assessment"] = hostile
    result = run_import(world, world.report_package(doc=doc))
    assert result.verdict == "imported"
    assert world.province.reports.get(result.report_id or 0).content.assessment == hostile
    assert count(home(world), "SELECT count(*) FROM reports") == 1
    assert integrity_ok(home(world))


# 34. package signed with a rotated-out key after the rotation
def test_34_rotated_out_key(world: World) -> None:
    old = world.c.identity()
    rotated_at = NOW - timedelta(days=2)
    new = Identity.generate()
    rec = make_rotation(old, new, CHILD, rotated_at)
    world.c.replace_identity(new, old)
    from dlxh_desktop.services.exchange_context import OWN_KEYS, ROTATION, keys_record
    from dlxh_desktop.storage import settings_repo

    with world.child.db.sessions.write() as s:
        settings_repo.put(s, OWN_KEYS, keys_record(new.public, rotated_at))
        import base64

        settings_repo.put(s, ROTATION, base64.b64encode(rec).decode())
    export_enrollment(world.c, world.tmp / "rotation.dlxh")
    outcome = import_enrollment(world.p, world.tmp / "rotation.dlxh", lambda u, f: None)
    assert outcome.outcome == "rotated"  # certified by the old key: no phone call needed
    after = run_import(world, world.report_package(signer=old, sequence=20))
    assert (after.verdict, after.reason) == ("rejected", "key_rotated_out")
    assert_nothing_imported(world)
    in_transit = world.report_package(signer=old, sequence=21, created_at=rotated_at - timedelta(1))
    assert run_import(world, in_transit).verdict == "imported"
    assert run_import(world, world.report_package(signer=new, sequence=22)).verdict == "imported"
    assert integrity_ok(home(world))


def test_34_rotation_through_the_service(world: World) -> None:
    new, _ = keys.rotate(world.c)
    export_enrollment(world.c, world.tmp / "rot.dlxh")
    assert import_enrollment(world.p, world.tmp / "rot.dlxh", lambda u, f: None).outcome == (
        "rotated"
    )
    rid = finalized_report(world.child)
    sent = export_report(world.c, rid, world.tmp / "after-rotation.dlxh")
    assert Importer(world.p).import_file(sent.path).verdict == "imported"
    assert keys.show(world.c)["key_id"] == new.key_id


def test_34_rotation_on_the_command_line_needs_a_file_for_the_parent(  # type: ignore[no-untyped-def]
    world: World, capsys
) -> None:
    from dlxh_desktop.cli.main import main

    before = keys.show(world.c)["key_id"]
    world.child.close()  # the command opens the data folder itself
    assert main(["--home", str(world.child.home.root), "keys", "rotate"]) == 1
    err = capsys.readouterr().err
    assert "give a file to send it ('dlxh keys rotate --out FILE')" in err
    world.child = open_unit(world.child.home.root)
    assert keys.show(world.c)["key_id"] == before  # nothing was rotated


def test_enrollment_of_a_second_key_without_rotation_is_refused(world: World) -> None:
    world.c._identity = Identity.generate()  # a second identity, as if made silently
    from dlxh_desktop.services.exchange_context import OWN_KEYS, keys_record
    from dlxh_desktop.storage import settings_repo

    with world.child.db.sessions.write() as s:
        settings_repo.put(s, OWN_KEYS, keys_record(world.c._identity.public, NOW))
    world.c._own_keys = None
    export_enrollment(world.c, world.tmp / "second.dlxh")
    with pytest.raises(ServiceError) as info:
        import_enrollment(world.p, world.tmp / "second.dlxh", lambda u, f: f)
    assert info.value.code == "unit_already_enrolled"
