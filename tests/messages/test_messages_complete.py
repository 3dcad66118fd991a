"""Every code the source can produce has an English sentence and a Vietnamese translation, and
every place that produces it fills that sentence's placeholders.

The codes come from reading the source (``code_sites``), not from a list kept by hand: a new
``raise ServiceError("new_code", ...)``, finding or verdict reason fails here until
``dlxh_desktop/messages`` words it and ``resources/translations/dlxh_vi.ts`` translates it
(``python -m dlxh_desktop.ui.translations_update``, then Qt Linguist).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from code_sites import Site, sites

from dlxh_desktop import messages
from dlxh_desktop.messages import findings, verdicts
from dlxh_desktop.ui.translations_ts import Entry, read_ts

TS_VI = Path(__file__).resolve().parents[2] / "resources" / "translations" / "dlxh_vi.ts"
FIELD = re.compile(r"\{([^{}]*)\}")
# Error families worded by a verdict reason when they have no sentence of their own: they are
# a package's checks failing outside an import ("This package cannot be used: ...").
REJECTION_FAMILIES = {"exchange_error", "package_rejected", "json_invalid"}
# Codes raised without details only for the caller to re-raise them with its own:
# (file, code) -> who does.
FILLED_BY_CALLER = {
    ("exchange/keystore.py", "not_a_backup"): "services/keys.py: not_a_key_backup with the path",
}
# Templates no site names: the wrapper of a package rejection's reason (``describe``).
INDIRECT = {"package_unusable"}

SITES, UNREADABLE = sites()


@pytest.fixture(scope="module")
def vi() -> dict[tuple[str, str], Entry]:
    return read_ts(TS_VI)


def template_of(site: Site) -> tuple[str, str] | None:
    """(context, English template) that words ``site``'s code, as the CLI and UI look it up."""
    table: dict[str, str] = {
        "finding": findings.FINDINGS,
        "verdict": verdicts.REASONS,
        "rejection": verdicts.REASONS,
        "verdict_name": verdicts.NAMES,
        "outcome": verdicts.ENROLLMENT_OUTCOMES,
    }.get(site.kind, {})
    if site.kind != "error":
        ctx = findings.CONTEXT if site.kind == "finding" else verdicts.CONTEXT
        return (ctx, table[site.code]) if site.code in table else None
    found = messages.error_template(site.code, site.family)
    if found is None:
        return None
    ctx, table, key = found
    if table is verdicts.REASONS and site.family not in REJECTION_FAMILIES:
        return None  # a service's or the database's error needs a sentence of its own
    return ctx, table[key]


def test_the_scan_reads_every_code() -> None:
    assert UNREADABLE == [], "give these codes as literals (or add the pattern to code_sites)"
    kinds = {s.kind for s in SITES}
    assert kinds == {"error", "rejection", "finding", "verdict", "verdict_name", "outcome"}
    found = {(s.kind, s.code) for s in SITES}
    # one of each way a code is given: literal, a parameter passed on, a function's return,
    # a conditional, a tuple assignment, a nested helper's argument
    assert {
        ("error", "backup_failed"),
        ("error", "bad_public_key"),
        ("verdict", "sequence_jump"),
        ("verdict", "directory_updated"),
        ("error", "no_previous_identity"),
        ("verdict", "same_revision"),
        ("finding", "assessment_missing"),
        ("outcome", "rotated"),
    } <= found
    assert len(SITES) > 300


def test_every_code_has_an_english_sentence() -> None:
    missing = sorted({f"{s.kind} {s.code!r} ({s.where})" for s in SITES if not template_of(s)})
    assert not missing, "add a sentence in src/dlxh_desktop/messages/:\n" + "\n".join(missing)


def test_every_sentence_has_vietnamese(vi: dict[tuple[str, str], Entry]) -> None:
    wanted = {t for s in SITES if (t := template_of(s))} | set(messages.catalogue())
    problems = []
    for ctx, template in sorted(wanted):
        entry = vi.get((ctx, template))
        if entry is None or not entry.finished or not all(t.strip() for t in entry.translations):
            problems.append(f"no Vietnamese for [{ctx}] {template!r}")
        elif any(
            sorted(FIELD.findall(t)) != sorted(FIELD.findall(template)) for t in entry.translations
        ):
            problems.append(f"other placeholders in Vietnamese: [{ctx}] {template!r}")
    assert not problems, (
        "run python -m dlxh_desktop.ui.translations_update and translate:\n" + "\n".join(problems)
    )


def test_every_site_fills_its_sentence(vi: dict[tuple[str, str], Entry]) -> None:
    """Render each code's sentence, English and Vietnamese, with the details its site gives."""
    problems = []
    for s in SITES:
        found = template_of(s)
        if found is None:
            continue  # reported by test_every_code_has_an_english_sentence
        entry = vi.get(found)
        texts = [found[1], *(entry.translations if entry else ())]
        details = {key: "X" for key in s.keys}
        for text in texts:
            lacking = set(FIELD.findall(text)) - s.keys
            if (
                lacking
                and not s.open_keys
                and (s.where.split(":")[0], s.code) not in FILLED_BY_CALLER
            ):
                problems.append(f"{s.where}: {s.code} does not give {sorted(lacking)}")
            rendered = messages.fill(text, details)
            if "{" in rendered or "}" in rendered:
                problems.append(f"{s.where}: {s.code} renders {rendered!r}")
    assert not problems, "\n".join(problems)


def test_one_sentence_per_code() -> None:
    both = set(messages.errors.GENERAL_ERRORS) & set(messages.exchange_errors.EXCHANGE_ERRORS)
    assert not both, f"two sentences for {both}"


def test_no_sentence_is_left_without_a_code() -> None:
    """The reverse: a template no code can reach is dead text to translate."""
    used = {s.code for s in SITES} | {s.family for s in SITES} | INDIRECT
    tables = [
        messages.errors.ERRORS,
        findings.FINDINGS,
        verdicts.REASONS,
        verdicts.NAMES,
        verdicts.ENROLLMENT_OUTCOMES,
    ]
    dead = sorted(code for table in tables for code in table if code not in used)
    assert not dead, "no code names these templates: " + ", ".join(dead)
