"""Units of the union hierarchy. The tree is data: any depth, any names."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum

from .errors import DomainError

_CODE_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$")


class UnitKind(StrEnum):
    PROVINCE = "province"
    DISTRICT = "district"
    SECTOR = "sector"
    INDUSTRIAL_ZONE = "industrial_zone"
    CIVIL_SERVANTS = "civil_servants"
    GRASSROOTS = "grassroots"
    OTHER = "other"


@dataclass(frozen=True)
class Unit:
    """One union unit: code is its stable identity across installations."""

    code: str
    name: str
    kind: UnitKind
    parent_code: str | None = None
    symbol: str = ""
    active: bool = True

    def __post_init__(self) -> None:
        validate_code(self.code)
        if not self.name.strip():
            raise DomainError("unit_name_empty", unit=self.code)
        if self.parent_code == self.code:
            raise DomainError("unit_cycle", unit=self.code)


def validate_code(code: str) -> str:
    """Unit codes are short ASCII identifiers (they appear in file names and packages)."""
    if not _CODE_RE.match(code):
        raise DomainError("unit_code_invalid", unit=code)
    return code


class UnitTree:
    """An in-memory view of units keyed by code, with tree queries."""

    def __init__(self, units: Iterable[Unit]) -> None:
        self._by_code: dict[str, Unit] = {}
        for u in units:
            if u.code in self._by_code:
                raise DomainError("unit_duplicate", unit=u.code)
            self._by_code[u.code] = u
        self._children: dict[str | None, list[Unit]] = {}
        for u in self._by_code.values():
            self._children.setdefault(u.parent_code, []).append(u)
        for kids in self._children.values():
            kids.sort(key=lambda x: x.code)
        self._check_acyclic()

    def _check_acyclic(self) -> None:
        for u in self._by_code.values():
            seen = {u.code}
            p = u.parent_code
            while p is not None and p in self._by_code:
                if p in seen:
                    raise DomainError("unit_cycle", unit=u.code)
                seen.add(p)
                p = self._by_code[p].parent_code

    def __contains__(self, code: object) -> bool:
        return code in self._by_code

    def __len__(self) -> int:
        return len(self._by_code)

    def __iter__(self) -> Iterator[Unit]:
        return iter(self._by_code.values())

    def get(self, code: str) -> Unit:
        try:
            return self._by_code[code]
        except KeyError:
            raise DomainError("unit_unknown", unit=code) from None

    def children(self, code: str | None) -> list[Unit]:
        return list(self._children.get(code, []))

    def descendants(self, code: str) -> list[Unit]:
        """All units below ``code``, depth first."""
        out: list[Unit] = []
        stack = list(reversed(self.children(code)))
        while stack:
            u = stack.pop()
            out.append(u)
            stack.extend(reversed(self.children(u.code)))
        return out

    def ancestors(self, code: str) -> list[Unit]:
        """Parents of ``code`` from the nearest up to the root that is present."""
        out: list[Unit] = []
        p = self.get(code).parent_code
        while p is not None and p in self._by_code:
            out.append(self._by_code[p])
            p = self._by_code[p].parent_code
        return out

    def roots(self) -> list[Unit]:
        return sorted(
            (u for u in self._by_code.values() if u.parent_code not in self._by_code),
            key=lambda x: x.code,
        )
