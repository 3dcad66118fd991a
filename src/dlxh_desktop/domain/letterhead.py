"""What a unit prints in the header and signature block of its documents."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

from . import codec


@dataclass(frozen=True)
class Letterhead:
    """Unit settings used by documents (Decree 30/2020 header and signature block).

    Empty fields still render, with a visible placeholder; ``missing()`` names them.
    """

    parent_body: str = ""  # cơ quan chủ quản, e.g. "TỔNG LĐLĐ VIỆT NAM"
    issuing_body: str = ""  # e.g. "LIÊN ĐOÀN LAO ĐỘNG TỈNH NINH BÌNH"
    symbol: str = ""  # issuer symbol in the number, e.g. "LĐLĐ"
    place: str = ""  # place name in the date line, e.g. "Ninh Bình"
    signing_authority: str = "TM. BAN THƯỜNG VỤ"  # TM./KT. line
    position: str = ""  # e.g. "PHÓ CHỦ TỊCH THƯỜNG TRỰC"
    signer: str = ""  # e.g. "Trần Kim Long"
    recipients: tuple[str, ...] = ()  # Kính gửi
    distribution: tuple[str, ...] = field(default=("Như trên", "Lưu: VT"))  # Nơi nhận

    REQUIRED = ("issuing_body", "symbol", "place", "position", "signer")

    def missing(self) -> list[str]:
        """Names of required fields that are empty."""
        return [n for n in self.REQUIRED if not str(getattr(self, n)).strip()]

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = codec.encode(self)
        return out

    @staticmethod
    def from_dict(data: Any) -> Letterhead:
        known = {f.name for f in fields(Letterhead)}
        clean = {k: v for k, v in dict(data).items() if k in known}
        result: Letterhead = codec.decode(Letterhead, clean, "$.letterhead")
        return result
