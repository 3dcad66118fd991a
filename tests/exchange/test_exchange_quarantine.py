"""A person decides about held packages: list, release (the hold reason waived), drop."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest
from exchange_world import NOW, World, imported_reports, integrity_ok, make_world

from dlxh_desktop.services import quarantine
from dlxh_desktop.services.errors import ServiceError
from dlxh_desktop.services.package_import import ImportResult, import_paths


@pytest.fixture
def world(tmp_path: Path):  # type: ignore[no-untyped-def]
    w = make_world(tmp_path)
    yield w
    w.close()


def _import(world: World, data: bytes, name: str) -> ImportResult:
    path = world.tmp / name
    path.write_bytes(data)
    (result,) = [r for r in import_paths(world.p, [path]) if isinstance(r, ImportResult)]
    return result


def test_release_a_package_from_a_pc_with_a_wrong_clock(world: World) -> None:
    held = _import(world, world.report_package(created_at=NOW + timedelta(days=30)), "a.dlxh")
    assert held.verdict == "quarantined"
    (q,) = quarantine.held(world.p)
    assert (q.reason, q.sender_unit) == ("created_in_future", "CD-GIAY")
    results = [r for r in quarantine.release(world.p, q.id or 0) if isinstance(r, ImportResult)]
    assert [r.verdict for r in results] == ["imported"]
    assert imported_reports(world.province.home.root) == 1
    assert quarantine.held(world.p) == []
    assert len(quarantine.held(world.p, include_resolved=True)) == 1
    assert integrity_ok(world.province.home.root)


def test_drop_keeps_the_original_and_imports_nothing(world: World) -> None:
    _import(world, world.report_package(created_at=NOW - timedelta(days=800)), "old.dlxh")
    (q,) = quarantine.held(world.p)
    quarantine.drop(world.p, q.id or 0)
    assert quarantine.held(world.p) == []
    assert imported_reports(world.province.home.root) == 0
    assert (world.province.home.archive / q.archive_path).is_file()


def test_conflicting_duplicate_cannot_be_waived(world: World) -> None:
    assert _import(world, world.report_package(sequence=5), "one.dlxh").verdict == "imported"
    second = _import(world, world.report_package(sequence=5), "two.dlxh")
    assert (second.verdict, second.reason) == ("quarantined", "conflicting_duplicate")
    (q,) = quarantine.held(world.p)
    with pytest.raises(ServiceError) as exc:
        list(quarantine.release(world.p, q.id or 0))
    assert exc.value.code == "quarantine_not_releasable"
    with pytest.raises(ServiceError) as exc:
        quarantine.drop(world.p, 999)
    assert exc.value.code == "quarantine_unknown"
    assert imported_reports(world.province.home.root) == 1


def test_the_cli_says_why_each_package_is_held(world: World, capsys) -> None:  # type: ignore[no-untyped-def]
    """``dlxh quarantine list`` fills each reason with the held package's details."""
    from dlxh_desktop.cli.main import main

    assert _import(world, world.report_package(sequence=5), "one.dlxh").verdict == "imported"
    assert _import(world, world.report_package(sequence=5), "two.dlxh").verdict == "quarantined"
    far = _import(world, world.report_package(sequence=900_000), "far.dlxh")
    assert (far.verdict, far.reason) == ("quarantined", "sequence_jump")
    world.province.close()  # the command opens the data folder itself
    home = ["--home", str(world.province.home.root)]
    assert main([*home, "quarantine", "list"]) == 0
    out = capsys.readouterr().out
    assert "another package with the same sequence number 5 was imported" in out
    assert "sequence number 900000 is far beyond the last one seen (5)" in out
    assert "{" not in out and "…" not in out
    assert main([*home, "quarantine", "list", "--json"]) == 0
    held = json.loads(capsys.readouterr().out)
    duplicate = next(q for q in held if q["reason"] == "conflicting_duplicate")
    assert duplicate["details"] == {"sequence": 5}
    assert main([*home, "quarantine", "release", str(duplicate["id"])]) == 1
    err = capsys.readouterr().err
    assert f"Package {duplicate['id']} cannot be released here" in err
    assert "dlxh quarantine drop" in err and "{" not in err
