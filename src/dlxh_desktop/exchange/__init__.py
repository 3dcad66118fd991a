"""Keys, fingerprints, signing, encryption and the package envelope (see docs/package-format.md).

Only stdlib, cryptography, pyrage, keyring and the package's errors/domain/paths are imported
here: no Qt, no database.
"""

from dlxh_desktop.exchange.atomic_write import write_atomically
from dlxh_desktop.exchange.build import build_package, make_header
from dlxh_desktop.exchange.envelope import (
    Envelope,
    OpenedPackage,
    SenderLookup,
    decrypt_and_verify,
    open_package,
    read_envelope,
    read_package_file,
)
from dlxh_desktop.exchange.errors import ExchangeError, PackageRejected
from dlxh_desktop.exchange.header import PackageHeader, ReportRef
from dlxh_desktop.exchange.keys import Identity, PublicKeys, fingerprint_matches
from dlxh_desktop.exchange.keystore import IdentityVault, export_backup, restore_backup
from dlxh_desktop.exchange.limits import DEFAULT_LIMITS, Limits
from dlxh_desktop.exchange.rotation import RotationRecord, make_rotation, verify_rotation

__all__ = [
    "DEFAULT_LIMITS",
    "Envelope",
    "ExchangeError",
    "Identity",
    "IdentityVault",
    "Limits",
    "OpenedPackage",
    "PackageHeader",
    "PackageRejected",
    "PublicKeys",
    "ReportRef",
    "RotationRecord",
    "SenderLookup",
    "build_package",
    "decrypt_and_verify",
    "export_backup",
    "fingerprint_matches",
    "make_header",
    "make_rotation",
    "open_package",
    "read_envelope",
    "read_package_file",
    "restore_backup",
    "verify_rotation",
    "write_atomically",
]
