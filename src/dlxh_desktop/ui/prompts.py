"""Questions put to the person, behind small hooks tests can answer.

A controller builds the question box (words, buttons) and hands it to its ``confirm`` hook; the
default shows it and waits. Tests pass a hook that records the box and answers, so the real
widgets and services run and nothing blocks.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

Confirm = Callable[[QMessageBox], bool]
"""Show a question box; True when the person chose Yes."""

AskPassphrase = Callable[[QWidget, str], "str | None"]
"""``ask(parent, problem)``: the key file's passphrase, or None when the person cancelled;
``problem`` is why it is asked again (a wrong passphrase), or empty."""


def exec_confirm(box: QMessageBox) -> bool:
    box.exec()
    return box.clickedButton() == box.button(QMessageBox.StandardButton.Yes)


def question(parent: QWidget, title: str, text: str, informative: str = "") -> QMessageBox:
    """A Yes/No box, No by default (the careful answer)."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setDefaultButton(QMessageBox.StandardButton.No)
    if informative:
        box.setInformativeText(informative)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    return box


def notice(
    parent: QWidget,
    icon: QMessageBox.Icon,
    text: str,
    informative: str = "",
    *,
    name: str,
) -> QMessageBox:
    """A non-blocking message box (deleted when closed)."""
    box = QMessageBox(icon, "DLXH Desktop", text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName(name)
    if informative:
        box.setInformativeText(informative)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def ask_passphrase_dialog(parent: QWidget, problem: str) -> str | None:
    label = QCoreApplication.translate(
        "prompts",
        "This computer has no system keyring, so this unit's keys are kept in a file "
        "protected by a passphrase. Type the passphrase of the key file:",
    )
    if problem:
        label = problem + "\n\n" + label
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("prompts", "Passphrase of the key file"),
        label,
        QLineEdit.EchoMode.Password,
    )
    return text if ok and text else None
