"""Vietnamese is complete: every interface string and every error message is translated, with
the same placeholders; the .ts files are up to date with the code."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from dlxh_desktop.exchange.errors import PackageRejected
from dlxh_desktop.messages import catalogue, describe
from dlxh_desktop.services.errors import ServiceError
from dlxh_desktop.ui import i18n
from dlxh_desktop.ui.translations_tools import message_files, source_files, tool
from dlxh_desktop.ui.translations_ts import Entry, noop_strings, read_ts

TS_DIR = Path(__file__).resolve().parents[2] / "resources" / "translations"
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n|%\d")


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


@pytest.fixture(scope="module")
def vi() -> dict[tuple[str, str], Entry]:
    return read_ts(TS_DIR / "dlxh_vi.ts")


def check(entry: Entry | None, ctx: str, source: str) -> None:
    assert entry is not None, (
        f"no Vietnamese for [{ctx}] {source!r}: run `python -m dlxh_desktop.ui.translations_update`"
        " and translate it in resources/translations/dlxh_vi.ts (pyside6-linguist)"
    )
    assert entry.finished, f"unfinished: [{ctx}] {source!r}"
    for text in entry.translations:
        assert text.strip(), f"empty: [{ctx}] {source!r}"
        assert placeholders(text) == placeholders(source), f"placeholders differ: {source!r}"


def test_every_error_message_has_vietnamese(vi: dict[tuple[str, str], Entry]) -> None:
    for ctx, template in catalogue():
        check(vi.get((ctx, template)), ctx, template)
    for py in message_files():
        for ctx, texts in noop_strings(py).items():
            for text in texts:
                check(vi.get((ctx, text)), ctx, text)


def test_every_ts_source_has_vietnamese(vi: dict[tuple[str, str], Entry]) -> None:
    assert len(vi) > 100
    for (ctx, source), entry in vi.items():
        check(entry, ctx, source)


def test_ts_is_up_to_date_with_the_code(vi: dict[tuple[str, str], Entry], tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [
            tool("lupdate"),
            "-silent",
            "-locations",
            "none",
            *map(str, source_files()),
            "-ts",
            str(fresh),
        ],
        check=True,
    )
    missing = [key for key in read_ts(fresh) if key not in vi]
    assert not missing, "run python -m dlxh_desktop.ui.translations_update and translate"


def test_vietnamese_is_installed_and_used(qapp: QApplication) -> None:
    assert i18n.current_language() == "vi"
    assert QCoreApplication.translate("labels", "Draft") == "Bản nháp"
    err = ServiceError("home_in_use", path="/du-lieu")
    assert describe(err, QCoreApplication.translate) == (
        "Thư mục dữ liệu /du-lieu đang được mở trong một cửa sổ hoặc một lệnh DLXH khác."
    )
    assert i18n.error_text(err) == describe(err, QCoreApplication.translate)
    # a package refused outside an import: the sentence of "messages" around the reason of
    # "verdicts", both translated
    refused = PackageRejected("bad_magic", "not a DLXH package")
    assert i18n.error_text(refused) == "Không thể dùng gói này: không phải là gói dữ liệu DLXH."


def test_english_switch(qapp: QApplication) -> None:
    assert i18n.install("en")
    assert QCoreApplication.translate("labels", "Draft") == "Draft"
    assert QCoreApplication.translate("labels", "%n day(s) left", None, 1) == "1 day left"
    assert QCoreApplication.translate("labels", "%n day(s) left", None, 3) == "3 days left"
    assert i18n.install("vi")
    assert QCoreApplication.translate("labels", "%n day(s) left", None, 3) == "còn 3 ngày"


def test_qt_standard_buttons_speak_vietnamese(qapp: QApplication) -> None:
    """Qt ships no Vietnamese: resources/translations/qt_vi.ts covers its buttons and menus."""
    from PySide6.QtWidgets import QMessageBox

    assert i18n.current_language() == "vi"
    buttons = QMessageBox.StandardButton
    box = QMessageBox(
        QMessageBox.Icon.Question, "?", "?", buttons.Yes | buttons.No | buttons.Cancel
    )
    assert sorted(b.text() for b in box.buttons()) == ["&Có", "&Không", "Hủy"]
    box.deleteLater()
