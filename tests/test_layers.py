"""The layer rules of ARCHITECTURE.md, checked on every module's imports."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parents[1] / "src" / "dlxh_desktop"

# What each layer may import from our own package (root modules are cross-cutting).
ALLOWED = {
    "domain": {"domain", "errors"},
    "messages": {"messages", "errors"},  # sentences for codes: Qt-free, for the CLI and UI
    "storage": {"domain", "storage", "errors", "paths", "resources"},
    "exchange": {"domain", "exchange", "errors", "paths", "resources", "secrets", "atomic_file"},
    "documents": {"domain", "documents", "errors", "resources", "atomic_file"},
    "services": {
        "domain",
        "storage",
        "exchange",
        "documents",
        "services",
        "errors",
        "paths",
        "resources",
        "secrets",
        "messages",
        "atomic_file",
    },
    "cli": {"domain", "services", "cli", "errors", "paths", "messages", "atomic_file", "resources"},
    "ui": {"domain", "services", "ui", "errors", "paths", "messages", "resources", "atomic_file"},
}
THIRD_PARTY_FORBIDDEN = {
    "domain": {"PySide6", "sqlalchemy", "alembic", "docx", "reportlab", "pyrage", "keyring"},
    "messages": {"PySide6", "sqlalchemy", "alembic", "docx", "reportlab", "pyrage", "keyring"},
    "storage": {"PySide6"},
    "exchange": {"PySide6", "sqlalchemy"},
    "documents": {"PySide6", "sqlalchemy"},
    "services": {"PySide6"},
    "cli": {"PySide6"},
}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _modules() -> list[tuple[str, Path]]:
    out = []
    for path in sorted(PKG.rglob("*.py")):
        rel = path.relative_to(PKG).parts
        layer = rel[0] if len(rel) > 1 else "root"
        out.append((layer, path))
    return out


@pytest.mark.parametrize(("layer", "path"), _modules(), ids=lambda v: str(v))
def test_module_respects_layers(layer: str, path: Path) -> None:
    imported = _imports(path)
    if layer in THIRD_PARTY_FORBIDDEN:
        bad = {n for n in imported if n.split(".")[0] in THIRD_PARTY_FORBIDDEN[layer]}
        assert not bad, f"{path.relative_to(PKG)} imports {bad}"
    if layer == "root":
        assert not any(n.startswith("PySide6") for n in imported), path
        return
    ours = {n.split(".")[1] for n in imported if n.startswith("dlxh_desktop.")}
    forbidden = ours - ALLOWED[layer]
    assert not forbidden, f"{path.relative_to(PKG)} ({layer}) imports layers {forbidden}"


def test_pyside_only_under_ui() -> None:
    offenders = [
        str(p.relative_to(PKG))
        for layer, p in _modules()
        if layer != "ui" and any(n.startswith("PySide6") for n in _imports(p))
    ]
    assert offenders == []
