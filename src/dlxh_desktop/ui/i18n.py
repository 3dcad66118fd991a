"""Interface language: Qt Linguist translators (``resources/translations/dlxh_<lang>.qm``).

Source strings are English; Vietnamese is the default language. Switching installs another
translator, which sends ``QEvent.LanguageChange`` to every widget so views retranslate.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from dlxh_desktop.errors import DlxhError
from dlxh_desktop.messages import describe
from dlxh_desktop.resources import resource_path

log = logging.getLogger(__name__)

LANGUAGES = ("vi", "en")
DEFAULT_LANGUAGE = "vi"

_state: dict[str, object] = {"lang": DEFAULT_LANGUAGE, "translators": []}


def current_language() -> str:
    return str(_state["lang"])


def qm_path(lang: str) -> str:
    return str(resource_path("translations", f"dlxh_{lang}.qm"))


def install(lang: str) -> bool:
    """Make ``lang`` the interface language; returns False if its translation is missing.

    English works without its file (the sources are English), so it always succeeds.
    """
    if lang not in LANGUAGES:
        lang = DEFAULT_LANGUAGE
    app = QCoreApplication.instance()
    assert app is not None, "install() needs a QApplication"
    old: list[QTranslator] = _state["translators"]  # type: ignore[assignment]
    for tr in old:
        QCoreApplication.removeTranslator(tr)
    new: list[QTranslator] = []
    ok = True
    ours = QTranslator(app)
    if ours.load(qm_path(lang)):
        new.append(ours)
    elif lang != "en":  # English only needs its file for plural forms ("1 day", "2 days")
        log.warning("translation %s not found (run make translations)", qm_path(lang))
        ok = False
    if lang != "en":
        # Qt's own strings (Yes/No buttons, file dialogs): Qt ships no Vietnamese, so ours
        # (resources/translations/qt_vi.ts), else Qt's file for other languages.
        qt = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(str(resource_path("translations", f"qt_{lang}.qm"))) or qt.load(
            f"qtbase_{lang}", qt_dir
        ):
            new.append(qt)
    for tr in new:
        QCoreApplication.installTranslator(tr)
    _state["translators"] = new
    _state["lang"] = lang
    QLocale.setDefault(
        QLocale(QLocale.Language.Vietnamese if lang == "vi" else QLocale.Language.English)
    )
    return ok


def error_text(err: BaseException) -> str:
    """One sentence for an error, in the interface language."""
    if isinstance(err, DlxhError):
        return describe(err, QCoreApplication.translate)
    return QCoreApplication.translate(
        "errors", "Something went wrong inside the program: %1"
    ).replace("%1", f"{type(err).__name__}: {err}")
