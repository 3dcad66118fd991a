"""The floor of package import: verify, decrypt and hash N real-size packages, nothing else.

The import benchmark compares its packages/s with this number measured in the same run
(target: within 3x). Run alone: ``uv run --frozen python benchmarks/bench_exchange_floor.py``.
"""

from __future__ import annotations

import os
import time
from collections.abc import Sequence

from dlxh_desktop.exchange import (
    Identity,
    PublicKeys,
    ReportRef,
    build_package,
    decrypt_and_verify,
    read_envelope,
)


def make_packages(
    count: int, pdf_bytes: int = 200_000
) -> tuple[list[bytes], Identity, dict[tuple[str, str], PublicKeys]]:
    """``count`` report packages from distinct children to one parent, with a PDF inside."""
    parent = Identity.generate()
    registry: dict[tuple[str, str], PublicKeys] = {}
    packages = []
    pdf = os.urandom(pdf_bytes)
    for i in range(count):
        child = Identity.generate()
        unit = f"CDCS-{i:04d}"
        registry[(unit, child.key_id)] = child.public
        packages.append(
            build_package(
                "report",
                sender_unit=unit,
                signer=child,
                sequence=1,
                files={"report.json": b'{"streams":[]}', "report.pdf": pdf},
                recipient_unit="LDLD-HN",
                recipients=[parent.public.encryption],
                report=ReportRef("monthly", "2026-10", 1),
            )
        )
    return packages, parent, registry


def measure_floor(
    packages: Sequence[bytes], parent: Identity, registry: dict[tuple[str, str], PublicKeys]
) -> float:
    """Packages per second for signature checks, decryption and hashing alone."""
    start = time.perf_counter()
    for data in packages:
        env = read_envelope(data, lookup_sender_key=lambda u, k: registry.get((u, k)))
        decrypt_and_verify(env, identity=parent, my_unit_code="LDLD-HN")
    return len(packages) / (time.perf_counter() - start)


if __name__ == "__main__":
    pkgs, parent_identity, keys = make_packages(int(os.environ.get("DLXH_BENCH_N", "1000")))
    print(f"exchange floor: {measure_floor(pkgs, parent_identity, keys):.0f} packages/s")
