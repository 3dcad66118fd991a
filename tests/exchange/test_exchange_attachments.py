"""Attached files travel with the report: stored by hash, packaged, checked and kept on import."""

from __future__ import annotations

import hashlib
import json
import uuid
from pathlib import Path

import pytest
from exchange_world import (
    CHILD,
    World,
    content,
    imported_reports,
    integrity_ok,
    make_world,
    report_doc,
)

from dlxh_desktop.domain import Attachment, Period, ReportKind
from dlxh_desktop.domain.codec import encode
from dlxh_desktop.messages import verdict_text
from dlxh_desktop.services import attachments
from dlxh_desktop.services.errors import ServiceError
from dlxh_desktop.services.package_export import export_report
from dlxh_desktop.services.package_import import import_paths

MINUTES = b"%PDF-1.7 bien ban doi thoai " * 100


@pytest.fixture
def world(tmp_path: Path):  # type: ignore[no-untyped-def]
    w = make_world(tmp_path)
    yield w
    w.close()


def _draft_with_file(world: World, tmp_path: Path) -> int:
    r = world.child.reports.create(ReportKind.MONTHLY, Period.parse("2026-10"), content())
    assert r.id is not None
    f = tmp_path / "Biên bản đối thoại.pdf"
    f.write_bytes(MINUTES)
    attachments.attach(world.child, r.id, f)
    return r.id


def test_attached_file_travels_and_is_kept_by_the_parent(world: World, tmp_path: Path) -> None:
    rid = _draft_with_file(world, tmp_path)
    world.child.reports.finalize(rid)
    out = tmp_path / "bao-cao.dlxh"
    export_report(world.c, rid, out)
    (result,) = list(r for r in import_paths(world.p, [out]) if not hasattr(r, "done"))
    assert result.verdict == "imported", result
    received = world.province.reports.get(result.report_id or 0)
    (att,) = received.content.attachments
    assert att.name == "Biên bản đối thoại.pdf"
    assert attachments.read_bytes(world.province.home, att) == MINUTES
    assert integrity_ok(world.province.home.root)


def test_attach_rules(world: World, tmp_path: Path) -> None:
    rid = _draft_with_file(world, tmp_path)
    again = tmp_path / "Biên bản đối thoại.pdf"
    with pytest.raises(ServiceError) as exc:
        attachments.attach(world.child, rid, again)
    assert exc.value.code == "attachment_exists"
    bad = tmp_path / "virus.exe"
    bad.write_bytes(b"MZ")
    with pytest.raises(ServiceError) as exc:
        attachments.attach(world.child, rid, bad)
    assert exc.value.code == "attachment_name_invalid"
    with pytest.raises(ServiceError) as exc:
        attachments.attach(world.child, rid, again, name="report.pdf")
    assert exc.value.code == "attachment_name_invalid"
    big = tmp_path / "lon.pdf"
    big.write_bytes(b"0" * (attachments.MAX_ATTACHMENT_BYTES + 1))
    with pytest.raises(ServiceError) as exc:
        attachments.attach(world.child, rid, big)
    assert exc.value.code == "file_too_large"
    world.child.reports.finalize(rid)
    with pytest.raises(ServiceError) as exc:
        attachments.attach(world.child, rid, again, name="khac.pdf")
    assert exc.value.code == "report_frozen"
    assert len(world.child.reports.get(rid).content.attachments) == 1


def _package(world: World, listed: list[Attachment], files: dict[str, bytes]) -> bytes:
    doc = report_doc(CHILD, uuid.uuid4().hex)
    doc["content"]["attachments"] = [encode(a) for a in listed]
    return world.report_package(doc=doc, files=files)


@pytest.mark.parametrize("case", ["undeclared", "missing", "mismatch"])
def test_attachments_must_match_what_the_report_lists(
    world: World, tmp_path: Path, case: str
) -> None:
    good = Attachment("anh.jpg", hashlib.sha256(b"jpeg").hexdigest(), 4, "image/jpeg")
    listed, files = {
        "undeclared": ([], {"anh.jpg": b"jpeg"}),
        "missing": ([good], {}),
        "mismatch": ([good], {"anh.jpg": b"JPEG"}),
    }[case]
    path = tmp_path / f"{case}.dlxh"
    path.write_bytes(_package(world, listed, files))
    (result,) = list(r for r in import_paths(world.p, [path]) if not hasattr(r, "done"))
    assert (result.verdict, result.reason) == ("rejected", f"attachment_{case}")
    assert imported_reports(world.province.home.root) == 0
    assert integrity_ok(world.province.home.root)
    assert json.dumps(result.to_json())  # codes and details, JSON-ready
    said = {  # the verdict has a readable message, naming the file
        "undeclared": "the package holds a file (anh.jpg) the report does not list",
        "missing": "an attached file (anh.jpg) is missing",
        "mismatch": "an attached file (anh.jpg) differs from what the report lists",
    }
    assert verdict_text(result) == said[case]
