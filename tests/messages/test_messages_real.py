"""Real failures, caused the way a person would cause them, read as whole sentences."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from dlxh_desktop.domain import DomainError
from dlxh_desktop.domain.topics import Topic, TopicCatalogue
from dlxh_desktop.errors import DlxhError
from dlxh_desktop.exchange import ExchangeError, PublicKeys, read_envelope
from dlxh_desktop.exchange.errors import PackageRejected
from dlxh_desktop.messages import describe, verdict_text
from dlxh_desktop.storage.backup import backup_to
from dlxh_desktop.storage.engine import StorageError, classify


def test_a_topic_list_with_a_code_twice() -> None:
    with pytest.raises(DomainError) as info:
        TopicCatalogue([Topic("tien-luong", "Tiền lương"), Topic("tien-luong", "Lương")])
    assert describe(info.value) == (
        "Topic tien-luong appears twice: each topic code may be used only once."
    )


def test_a_damaged_public_key() -> None:
    with pytest.raises(ExchangeError) as info:
        PublicKeys.from_json({"ed25519": "not base64", "x25519": "age1"})
    assert describe(info.value).startswith("A public key is damaged or is not a DLXH key")


def test_a_database_that_cannot_be_opened(tmp_path: Path) -> None:
    with pytest.raises(sqlite3.OperationalError) as info:
        sqlite3.connect(tmp_path / "missing-folder" / "dlxh.sqlite")
    err = classify(info.value)
    assert err.code == "db_unopenable"
    assert describe(err).startswith("The database cannot be opened: check that the data folder")


def test_a_backup_that_cannot_be_made(tmp_path: Path) -> None:
    source = tmp_path / "dlxh.sqlite"
    source.write_bytes(b"this is not a database, " * 400)
    target = tmp_path / "backups" / "b.sqlite"
    with pytest.raises(StorageError) as info:
        backup_to(source, target)
    assert info.value.code == "backup_failed"
    assert describe(info.value).startswith(f"The backup {target} could not be made;")
    assert not target.exists()


def test_a_package_refused_outside_an_import_is_a_sentence() -> None:
    """A rejection raised to the CLI or UI (e.g. ``enroll import`` of a stray file) says what
    the file is, in the same words as the import results."""
    with pytest.raises(PackageRejected) as info:
        read_envelope(b"PK\x03\x04 a zip file", lookup_sender_key=lambda unit, key: None)
    err = info.value
    assert describe(err) == "This package cannot be used: not a DLXH package."
    assert verdict_text(_Result(err.code, err.details)) == "not a DLXH package"


def test_an_unknown_code_still_reads() -> None:
    """The fallback when a code has no sentence (tests/messages makes it unreachable)."""
    assert describe(DlxhError("some_new_code")) == "some new code"


class _Result:
    def __init__(self, reason: str, details: dict[str, object]) -> None:
        self.reason, self.details = reason, details
