"""``QT_TRANSLATE_NOOP(context, text)``: marks a template for ``pyside6-lupdate``, returns it.

The message tables stay Qt-free so the CLI can use them; the context is a literal so that
``lupdate`` files each template under the context the UI translates it with.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text
