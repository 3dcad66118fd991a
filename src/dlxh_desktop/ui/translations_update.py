"""Refresh ``resources/translations/*.ts`` from the source code (developers run this).

    python -m dlxh_desktop.ui.translations_update

Runs ``pyside6-lupdate`` over ``ui/*.py`` and ``messages/*.py``: new strings appear unfinished
in the ``.ts`` files (translate them in Qt Linguist, ``pyside6-linguist``), strings no longer in
the code are dropped. The templates of ``messages/`` (contexts "messages", "findings"...) are
also put in place by ``translations_ts.ensure_context``, keeping their translations. Then
``make translations`` builds the ``.qm``.
"""

from __future__ import annotations

import subprocess
import sys

from .translations_tools import message_files, source_files, tool, translations_dir
from .translations_ts import context_entries, ensure_context, noop_strings

LANGUAGES = ("vi", "en")


def main(argv: list[str] | None = None) -> int:
    folder = translations_dir()
    sources = [str(p) for p in source_files()]
    marked: dict[str, list[str]] = {}
    for py in message_files():
        for ctx, texts in noop_strings(py).items():
            marked.setdefault(ctx, []).extend(texts)
    for lang in LANGUAGES:
        ts = folder / f"dlxh_{lang}.ts"
        previous = {ctx: context_entries(ts, ctx) for ctx in marked}
        subprocess.run(
            [
                tool("lupdate"),
                "-no-obsolete",
                "-locations",
                "none",
                "-target-language",
                lang,
                *sources,
                "-ts",
                str(ts),
            ],
            check=True,
        )
        for ctx, texts in marked.items():
            ensure_context(ts, ctx, texts, previous[ctx])
        print(f"translations: updated {ts.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
