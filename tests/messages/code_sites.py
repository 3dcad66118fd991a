"""Every place in the source that produces a coded outcome, found by reading the code (AST).

A *site* is a call that gives a code: a ``DlxhError`` subclass (``ServiceError("no_keys",
unit=...)``), or a record whose field is a code shown to people (an import verdict's reason, a
validation finding, an enrollment's outcome). With each code comes the set of detail keys the
site fills, so a test can render the code's sentence exactly as a person would see it.

The code argument must be something the scanner can read: a string literal, ``a if c else b``,
a local variable bound to such, the value a function returns, or a parameter of the enclosing
function (then every call of that function is a site, with the keys that call gives). A code
taken from another coded object (``exc.code``, ``v.reason``) is passed on, not made, and is
checked where it was made. Anything else is reported as *unreadable*, so that no code can
escape the check.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

PKG = Path(__file__).resolve().parents[2] / "src" / "dlxh_desktop"

# Records (not exceptions) with a field that is a code people read: (name, kind, code position,
# code keyword, details position, details keyword, keyword arguments are details).
# Exceptions are found by their base class, ``DlxhError``.
RECORDS = [
    ("_Verdict", "verdict", 1, "reason", None, None, True),
    ("_Verdict", "verdict_name", 0, "verdict", None, None, False),
    ("ImportResult", "verdict", 2, "reason", 3, "details", False),
    ("ImportResult", "verdict_name", 1, "verdict", None, None, False),
    ("Finding", "finding", 0, "code", None, None, False),
    ("Enrollment", "outcome", 4, "outcome", None, None, False),
]
PASSED_ON = {"code", "reason", "outcome", "verdict"}  # attributes holding a code made elsewhere
NOT_DETAILS = {"code", "message", "reason_en"}


@dataclass(frozen=True)
class Site:
    kind: str  # "error", "rejection" (a PackageRejected: an error and a verdict), "verdict"...
    code: str
    keys: frozenset[str]
    where: str  # file:line of the call that gives the code
    open_keys: bool = False  # details also spread from an object (keys unknown here)
    family: str = ""  # an error's class default code (``ContentError`` -> "content")


@dataclass
class _Spec:
    """How a callable takes its code and details; derived for functions that pass theirs on."""

    kind: str
    code_pos: int | None
    code_kw: str | None
    family: str = ""
    fixed: frozenset[str] = frozenset()
    details_pos: int | None = None  # a dict argument
    details_kw: str | None = None
    kwargs_details: bool = False  # the call's extra keyword arguments are the details
    open_keys: bool = False


@dataclass
class _Module:
    path: Path
    tree: ast.Module
    parents: dict[ast.AST, ast.AST] = field(default_factory=dict)
    imported: set[str] = field(default_factory=set)

    def where(self, node: ast.AST) -> str:
        return f"{self.path.relative_to(PKG)}:{getattr(node, 'lineno', 0)}"


def _load() -> list[_Module]:
    out = []
    for path in sorted(PKG.rglob("*.py")):
        m = _Module(path, ast.parse(path.read_text(encoding="utf-8")))
        for node in ast.walk(m.tree):
            for child in ast.iter_child_nodes(node):
                m.parents[child] = node
            if isinstance(node, ast.ImportFrom):
                m.imported.update(a.asname or a.name for a in node.names)
        out.append(m)
    return out


def _callee(call: ast.Call) -> str | None:
    f = call.func
    if isinstance(f, ast.Name):
        return f.id
    if isinstance(f, ast.Attribute):
        return f.attr
    return None


def _arg(call: ast.Call, pos: int | None, kw: str | None) -> ast.expr | None:
    for k in call.keywords:
        if k.arg is not None and k.arg == kw:
            return k.value
    if pos is not None and pos < len(call.args):
        a = call.args[pos]
        return None if isinstance(a, ast.Starred) else a
    return None


def _functions(m: _Module, node: ast.AST) -> Iterator[ast.FunctionDef | ast.AsyncFunctionDef]:
    """The functions enclosing ``node``, innermost first."""
    while node in m.parents:
        node = m.parents[node]
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            yield node


def _params(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> list[str]:
    """Parameter names as callers give them: positional ones in order, then keyword-only."""
    a = fn.args
    names = [p.arg for p in [*a.posonlyargs, *a.args]]
    names = names[1:] if names and names[0] in ("self", "cls") else names
    return names + [p.arg for p in a.kwonlyargs]


def _position(fn: ast.FunctionDef | ast.AsyncFunctionDef, name: str) -> int | None:
    """Where callers may give ``name`` positionally (``None`` for a keyword-only one)."""
    if any(p.arg == name for p in fn.args.kwonlyargs):
        return None
    return _params(fn).index(name)


def _bound(node: ast.Assign, name: str) -> list[ast.expr]:
    """The values ``node`` binds to ``name`` (``a = x``, ``a, b = x, y``)."""
    out: list[ast.expr] = []
    for t in node.targets:
        if isinstance(t, ast.Name) and t.id == name:
            out.append(node.value)
        elif isinstance(t, ast.Tuple):
            names = [e.id if isinstance(e, ast.Name) else None for e in t.elts]
            if name not in names:
                continue
            v = node.value
            if isinstance(v, ast.Tuple) and len(v.elts) == len(names):
                out.append(v.elts[names.index(name)])
            else:
                out.append(ast.Name("?"))  # an unpacked call or variable: unreadable
    return out


def _error_classes(mods: list[_Module]) -> dict[str, tuple[str | None, str]]:
    """``DlxhError`` and its subclasses: name -> (default code, kind)."""
    classes: dict[str, tuple[list[str], str | None]] = {}
    for m in mods:
        for node in ast.walk(m.tree):
            if isinstance(node, ast.ClassDef):
                bases = [
                    b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in node.bases
                ]
                default = None
                for stmt in node.body:
                    if (
                        isinstance(stmt, ast.Assign | ast.AnnAssign)
                        and isinstance(stmt.value, ast.Constant)
                        and isinstance(stmt.value.value, str)
                    ):
                        targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
                        if any(isinstance(t, ast.Name) and t.id == "code" for t in targets):
                            default = stmt.value.value
                classes[node.name] = (bases, default)
    out: dict[str, tuple[str | None, str]] = {}

    def kind_of(name: str) -> str | None:
        if name == "DlxhError":
            return "error"
        if name not in classes:
            return None
        for base in classes[name][0]:
            k = kind_of(base)
            if k is not None:
                return "rejection" if name == "PackageRejected" else k
        return None

    for name, (_, default) in classes.items():
        kind = kind_of(name)
        if kind is not None:
            out[name] = (default, kind)
    return out


class Scanner:
    def __init__(self) -> None:
        self.mods = _load()
        self.errors = _error_classes(self.mods)
        self.sites: list[Site] = []
        self.unreadable: list[str] = []
        self._derived: set[tuple[str, str]] = set()

    # -- codes ------------------------------------------------------------------------------
    def _codes(self, m: _Module, expr: ast.expr, at: ast.AST, depth: int = 0) -> set[str] | None:
        """The literal codes ``expr`` can be; ``None`` when unreadable; raises _Param when it
        is a parameter of the enclosing function (the callers give it)."""
        if depth > 8:
            return None
        if isinstance(expr, ast.Constant) and isinstance(expr.value, str):
            return {expr.value}
        if isinstance(expr, ast.IfExp):
            a, b = (
                self._codes(m, expr.body, at, depth + 1),
                self._codes(m, expr.orelse, at, depth + 1),
            )
            return None if a is None or b is None else a | b
        if isinstance(expr, ast.Attribute) and expr.attr in PASSED_ON:
            return set()
        if isinstance(expr, ast.Call):
            return self._returns(m, expr, depth)
        if isinstance(expr, ast.Name):
            for fn in _functions(m, at):
                values = [
                    v for n in ast.walk(fn) if isinstance(n, ast.Assign) for v in _bound(n, expr.id)
                ]
                if values:
                    return self._union(m, values, depth)
                if expr.id in _params(fn):
                    raise _Param(fn, expr.id)
            module_level = [
                v for n in m.tree.body if isinstance(n, ast.Assign) for v in _bound(n, expr.id)
            ]
            if module_level:
                return self._union(m, module_level, depth)
        return None

    def _union(self, m: _Module, values: list[ast.expr], depth: int) -> set[str] | None:
        out: set[str] = set()
        for v in values:
            got = self._codes(m, v, v, depth + 1)
            if got is None:
                return None
            out |= got
        return out

    def _returns(self, m: _Module, call: ast.Call, depth: int) -> set[str] | None:
        name = _callee(call)
        out: set[str] = set()
        found = False
        for other in self.mods:
            if other is not m and name not in m.imported:
                continue
            for fn in ast.walk(other.tree):
                if isinstance(fn, ast.FunctionDef) and fn.name == name:
                    found = True
                    for r in ast.walk(fn):
                        if isinstance(r, ast.Return) and r.value is not None:
                            got = self._codes(other, r.value, r, depth + 1)
                            if got is None:
                                return None
                            out |= got
        return out if found else None

    # -- details ----------------------------------------------------------------------------
    def _keys(self, call: ast.Call, spec: _Spec) -> tuple[frozenset[str], bool, _Source | None]:
        """Keys the call gives, whether some are unknown, and the parameter they come from."""
        keys = set(spec.fixed)
        open_keys = spec.open_keys
        source: _Source | None = None
        if spec.kwargs_details:
            for k in call.keywords:
                if k.arg is None:
                    source = source or _Source.of(k.value, "kwargs")
                    open_keys = open_keys or source is None
                elif k.arg not in NOT_DETAILS and k.arg != spec.code_kw:
                    keys.add(k.arg)
        d = _arg(call, spec.details_pos, spec.details_kw)
        if d is not None:
            if isinstance(d, ast.Dict) and all(isinstance(k, ast.Constant) for k in d.keys):
                keys |= {str(k.value) for k in d.keys if isinstance(k, ast.Constant)}
            else:
                source = _Source.of(d, "dict")
                open_keys = open_keys or source is None
        return frozenset(keys), open_keys, source

    # -- sites ------------------------------------------------------------------------------
    def _visit(self, name: str, spec: _Spec, only: _Module | None = None) -> None:
        for m in self.mods:
            if only is not None and m is not only:
                continue
            for call in ast.walk(m.tree):
                if not isinstance(call, ast.Call) or _callee(call) != name:
                    continue
                self._site(m, call, spec)

    def _site(self, m: _Module, call: ast.Call, spec: _Spec) -> None:
        keys, open_keys, source = self._keys(call, spec)
        expr = _arg(call, spec.code_pos, spec.code_kw)
        if expr is None:
            default = self.errors.get(_callee(call) or "", (None, ""))[0]
            if default is None:
                self.unreadable.append(m.where(call))
            else:
                self.sites.append(
                    Site(spec.kind, default, keys, m.where(call), open_keys, spec.family)
                )
            return
        try:
            codes = self._codes(m, expr, call)
        except _Param as p:
            self._derive(m, p, call, spec, keys, open_keys, source)
            return
        if codes is None:
            self.unreadable.append(m.where(call))
            return
        for code in sorted(codes):
            self.sites.append(Site(spec.kind, code, keys, m.where(call), open_keys, spec.family))

    def _derive(
        self,
        m: _Module,
        p: _Param,
        call: ast.Call,
        spec: _Spec,
        keys: frozenset[str],
        open_keys: bool,
        source: _Source | None,
    ) -> None:
        """The code is a parameter of ``p.fn``: every call of ``p.fn`` is a site."""
        marker = (m.where(p.fn), p.name)
        if marker in self._derived:
            return
        self._derived.add(marker)
        derived = _Spec(spec.kind, _position(p.fn, p.name), p.name, spec.family, keys)
        derived.open_keys = open_keys
        if source is not None:
            if source.kind == "kwargs" and p.fn.args.kwarg and p.fn.args.kwarg.arg == source.name:
                derived.kwargs_details = True
            elif source.name in _params(p.fn):
                derived.details_pos = _position(p.fn, source.name)
                derived.details_kw = source.name
            else:
                derived.open_keys = True
        nested = any(True for _ in _functions(m, p.fn))
        private = p.fn.name.startswith("_") or nested
        self._visit(p.fn.name, derived, only=m if private else None)

    def scan(self) -> Scanner:
        for name, (default, kind) in self.errors.items():
            self._visit(name, _Spec(kind, 0, "code", default or "", kwargs_details=True))
        for name, kind, pos, kw, dpos, dkw, kwargs in RECORDS:
            self._visit(
                name, _Spec(kind, pos, kw, details_pos=dpos, details_kw=dkw, kwargs_details=kwargs)
            )
        return self


class _Param(Exception):
    def __init__(self, fn: ast.FunctionDef | ast.AsyncFunctionDef, name: str) -> None:
        self.fn, self.name = fn, name


@dataclass(frozen=True)
class _Source:
    kind: str  # "kwargs" (spread with **) or "dict"
    name: str

    @staticmethod
    def of(expr: ast.expr, kind: str) -> _Source | None:
        """The parameter name details come from (``**details``, ``details``, a filter of it)."""
        if isinstance(expr, ast.Name):
            return _Source(kind, expr.id)
        if isinstance(expr, ast.DictComp) and expr.generators:
            it = expr.generators[0].iter
            if isinstance(it, ast.Call) and isinstance(it.func, ast.Attribute):
                return _Source.of(it.func.value, kind)
        return None


def sites() -> tuple[list[Site], list[str]]:
    """Every coded site of the package, and the calls whose code could not be read."""
    s = Scanner().scan()
    return s.sites, s.unreadable
