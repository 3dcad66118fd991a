"""Limits checked before any work is done, and the rules for file names inside a package.

Names are flat (no folders), from an allow-list per package kind, and unique after Unicode NFC
and case-folding, so that extracting a package can never write outside a folder, overwrite
another entry on a case-insensitive file system, or create a device name on Windows.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from dlxh_desktop.exchange.errors import PackageRejected

MiB = 1 << 20


@dataclass(frozen=True)
class Limits:
    """Upper bounds for one package. The defaults fit a report with PDF, DOCX and attachments."""

    max_package_bytes: int = 48 * MiB
    max_header_bytes: int = 16 * 1024
    max_manifest_bytes: int = 256 * 1024
    max_json_depth: int = 8
    max_recipients: int = 4
    # age implementations add "grease" stanzas of random types; allow a few beyond recipients.
    max_age_stanzas: int = 8
    max_age_header_bytes: int = 8 * 1024
    max_files: int = 64
    max_plaintext_bytes: int = 64 * MiB
    max_name_chars: int = 120


DEFAULT_LIMITS = Limits()

# The main file of each kind (required) and what else may accompany it.
MAIN_FILE = {
    "directory": "directory.json",
    "enrollment": "enrollment.json",
    "report": "report.json",
    "receipt": "receipt.json",
}
_FIXED_EXTRAS = {
    "directory": frozenset(),
    "enrollment": frozenset({"rotation.json"}),
    "report": frozenset({"report.pdf", "report.docx"}),
    "receipt": frozenset(),
}
# Reports may also carry attachments with any safe name and one of these extensions.
ATTACHMENT_EXTENSIONS = frozenset(
    {"pdf", "docx", "doc", "xlsx", "xls", "odt", "ods", "csv", "txt", "json", "png", "jpg", "jpeg"}
)
_RESERVED_STEMS = frozenset(
    {"con", "prn", "aux", "nul", "conin$", "conout$"}
    | {f"{dev}{n}" for dev in ("com", "lpt") for n in [*"0123456789", "¹", "²", "³"]}
)
_SAFE_PUNCTUATION = frozenset(" ._-()")


def _bad(name: str, why: str) -> PackageRejected:
    return PackageRejected("bad_entry_name", f"bad file name in package: {why}", name=name)


def check_entry_name(kind: str, name: str, limits: Limits = DEFAULT_LIMITS) -> None:
    """Raise PackageRejected ``bad_entry_name`` unless ``name`` is allowed in a ``kind`` package."""
    if not name or len(name) > limits.max_name_chars:
        raise _bad(name, "empty or too long")
    if not unicodedata.is_normalized("NFC", name):
        raise _bad(name, "not in Unicode NFC")
    for ch in name:
        # Letters and digits of any script, plus a few punctuation marks: this excludes
        # '/', '\\', ':', NUL, control and format characters, '..'-traversal separators.
        if not (unicodedata.category(ch)[0] in "LN" or ch in _SAFE_PUNCTUATION):
            raise _bad(name, f"character U+{ord(ch):04X} not allowed")
    if name[0] in " ." or name[-1] in " .":
        raise _bad(name, "leading or trailing dot or space")
    stem = name.split(".", 1)[0].casefold()
    if stem in _RESERVED_STEMS:
        raise _bad(name, "reserved device name on Windows")
    if name == MAIN_FILE.get(kind) or name in _FIXED_EXTRAS.get(kind, ()):
        return
    if (
        kind == "report"
        and re.fullmatch(r".+\.[A-Za-z]+", name)
        and name.rsplit(".", 1)[1].lower() in ATTACHMENT_EXTENSIONS
    ):
        return
    raise _bad(name, f"not an allowed file of a {kind} package")


def check_entry_names(kind: str, names: Iterable[str], limits: Limits = DEFAULT_LIMITS) -> None:
    """Check every name, the count, uniqueness after NFC + casefold, and the main file."""
    seen: set[str] = set()
    for count, name in enumerate(names, start=1):
        if count > limits.max_files:
            raise PackageRejected("too_many_files", "too many files", limit=limits.max_files)
        check_entry_name(kind, name, limits)
        folded = unicodedata.normalize("NFC", name.casefold())
        if folded in seen:
            raise _bad(name, "two files with the same name (ignoring case)")
        seen.add(folded)
    if MAIN_FILE[kind] not in seen:
        raise PackageRejected("missing_file", "main file missing", name=MAIN_FILE[kind])
