"""Reading and completing Qt Linguist ``.ts`` files.

The tables of ``messages/`` mark their templates with ``QT_TRANSLATE_NOOP(context, ...)``
("messages", "findings", "verdicts"); ``noop_strings`` finds them (the context a literal, which
``lupdate`` also reads, or a module-level name, which it cannot follow) and ``ensure_context``
puts them into the ``.ts`` itself, keeping the translations already made.
"""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Entry:
    context: str
    source: str
    translations: tuple[str, ...]  # one, or the numerus forms
    numerus: bool
    finished: bool


def read_ts(path: Path) -> dict[tuple[str, str], Entry]:
    """Every message of a ``.ts`` file by (context, source); obsolete/vanished ones skipped."""
    root = ET.parse(path).getroot()
    out: dict[tuple[str, str], Entry] = {}
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source = msg.findtext("source") or ""
            tr = msg.find("translation")
            kind = tr.get("type", "") if tr is not None else "unfinished"
            if kind in ("obsolete", "vanished"):
                continue
            numerus = msg.get("numerus") == "yes"
            if tr is None:
                texts: tuple[str, ...] = ("",)
            elif numerus:
                texts = tuple(f.text or "" for f in tr.iter("numerusform")) or ("",)
            else:
                texts = (tr.text or "",)
            out[(name, source)] = Entry(name, source, texts, numerus, kind != "unfinished")
    return out


def noop_strings(py_file: Path) -> dict[str, list[str]]:
    """``QT_TRANSLATE_NOOP(context, "text")`` calls of a module, by context; the context may be
    a literal or a module-level name bound to a literal."""
    tree = ast.parse(py_file.read_text(encoding="utf-8"))
    names: dict[str, str] = {}
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        ):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    names[target.id] = node.value.value
    out: dict[str, list[str]] = {}
    for call in ast.walk(tree):
        if not (
            isinstance(call, ast.Call)
            and isinstance(call.func, ast.Name)
            and call.func.id == "QT_TRANSLATE_NOOP"
            and len(call.args) == 2
        ):
            continue
        ctx_node, text_node = call.args
        if isinstance(ctx_node, ast.Constant) and isinstance(ctx_node.value, str):
            ctx = ctx_node.value
        elif isinstance(ctx_node, ast.Name) and ctx_node.id in names:
            ctx = names[ctx_node.id]
        else:
            continue
        if isinstance(text_node, ast.Constant) and isinstance(text_node.value, str):
            out.setdefault(ctx, []).append(text_node.value)
    return out


def context_entries(path: Path, context: str) -> dict[str, ET.Element]:
    """The entries of one context by source (read them before ``lupdate`` drops them)."""
    if not path.is_file():
        return {}
    root = ET.parse(path).getroot()
    out: dict[str, ET.Element] = {}
    for ctx in root.iter("context"):
        if ctx.findtext("name") == context:
            for msg in ctx.findall("message"):
                out[msg.findtext("source") or ""] = msg
    return out


def ensure_context(
    path: Path,
    context: str,
    templates: list[str],
    previous: dict[str, ET.Element] | None = None,
) -> int:
    """Make ``context`` in ``path`` hold exactly ``templates``, reusing the entries in
    ``previous`` (or in the file); returns how many were added as unfinished."""
    tree = ET.parse(path)
    root = tree.getroot()
    old = dict(previous or {})
    for ctx in [c for c in root.iter("context") if c.findtext("name") == context]:
        for msg in ctx.findall("message"):
            tr = msg.find("translation")
            if tr is not None and tr.get("type") in ("obsolete", "vanished"):
                continue
            old.setdefault(msg.findtext("source") or "", msg)
        root.remove(ctx)
    ctx = ET.SubElement(root, "context")
    ET.SubElement(ctx, "name").text = context
    added = 0
    for text in dict.fromkeys(templates):
        if text in old:
            ctx.append(old[text])
            continue
        msg = ET.SubElement(ctx, "message")
        ET.SubElement(msg, "source").text = text
        ET.SubElement(msg, "translation", type="unfinished")
        added += 1
    write_ts(tree, path)
    return added


def write_ts(tree: ET.ElementTree[Any], path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
