"""Sentences for error codes, in English; the UI shows them translated (Qt Linguist).

``QT_TRANSLATE_NOOP`` only marks strings for ``pyside6-lupdate``; this module stays Qt-free so
the CLI can use it. Templates use ``str.format`` fields from the error's details.
"""

from __future__ import annotations

from typing import Any

from dlxh_desktop.errors import DlxhError


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


C = "messages"

MESSAGES: dict[str, str] = {
    "not_set_up": QT_TRANSLATE_NOOP(
        C, "This data folder is not set up yet: run 'dlxh setup province' or 'dlxh setup unit'."
    ),
    "already_set_up": QT_TRANSLATE_NOOP(C, "This data folder is already set up as unit {unit}."),
    "report_unknown": QT_TRANSLATE_NOOP(C, "There is no report with id {report}."),
    "report_frozen": QT_TRANSLATE_NOOP(
        C, "Report {report} is {status} and cannot be changed; amend it to make a new revision."
    ),
    "report_invalid": QT_TRANSLATE_NOOP(
        C, "Report {report} is not complete: {count} problem(s) to fix first, e.g. at {first}."
    ),
    "amend_draft": QT_TRANSLATE_NOOP(C, "Report {report} is still a draft: edit it instead."),
    "amend_not_latest": QT_TRANSLATE_NOOP(
        C, "Report {report} already has a newer revision (id {newer})."
    ),
    "unit_unknown": QT_TRANSLATE_NOOP(C, "There is no unit with code {unit}."),
    "unit_parent_unknown": QT_TRANSLATE_NOOP(
        C, "Unit {unit} names parent {parent}, which is not in the tree."
    ),
    "unit_code_invalid": QT_TRANSLATE_NOOP(
        C, "Unit code '{unit}' is not valid: use up to 40 letters, digits, '-', '_' or '.'."
    ),
    "unit_cycle": QT_TRANSLATE_NOOP(C, "Unit {unit} would be its own ancestor."),
    "unit_duplicate": QT_TRANSLATE_NOOP(C, "Unit {unit} appears twice."),
    "unit_name_empty": QT_TRANSLATE_NOOP(C, "A unit needs a name."),
    "units_row_invalid": QT_TRANSLATE_NOOP(C, "Row {row} of {path} is not a valid unit."),
    "units_header_invalid": QT_TRANSLATE_NOOP(C, "{path} must start with the columns {expected}."),
    "units_file_empty": QT_TRANSLATE_NOOP(C, "{path} is empty."),
    "period_invalid": QT_TRANSLATE_NOOP(
        C, "'{period}' is not a period: write 2026-10, 2026-Q4, 2026-H1, 2026 or 2026-10-05."
    ),
    "period_kind_mismatch": QT_TRANSLATE_NOOP(
        C, "A {kind} report cannot cover the period {period}."
    ),
    "file_unreadable": QT_TRANSLATE_NOOP(C, "Cannot read {path}."),
    "file_too_large": QT_TRANSLATE_NOOP(C, "{path} is too large (limit {limit})."),
    "file_not_json": QT_TRANSLATE_NOOP(C, "{path} is not valid JSON."),
    "file_not_utf8": QT_TRANSLATE_NOOP(C, "{path} is not UTF-8 text."),
    "file_not_xlsx": QT_TRANSLATE_NOOP(C, "{path} is not an Excel (.xlsx) workbook."),
    "file_type_unsupported": QT_TRANSLATE_NOOP(C, "{path}: only .csv and .xlsx are supported."),
    "content": QT_TRANSLATE_NOOP(C, "The report data does not fit the schema at {path}."),
    "output_unwritable": QT_TRANSLATE_NOOP(C, "Cannot write {path}."),
    "output_is_folder": QT_TRANSLATE_NOOP(C, "{path} is a folder; give a file name."),
    "home_in_use": QT_TRANSLATE_NOOP(
        C, "The data folder {path} is already open in another DLXH window or command."
    ),
    "home_unwritable": QT_TRANSLATE_NOOP(C, "The data folder {path} cannot be written."),
    "db_locked": QT_TRANSLATE_NOOP(C, "The database is busy (locked by another program)."),
    "db_readonly": QT_TRANSLATE_NOOP(C, "The database is read-only; nothing was changed."),
    "disk_full": QT_TRANSLATE_NOOP(C, "The disk is full; nothing was changed."),
    "db_damaged": QT_TRANSLATE_NOOP(
        C, "The database is damaged; restore the newest backup ('dlxh restore')."
    ),
    "db_too_new": QT_TRANSLATE_NOOP(
        C, "The database was written by a newer version of DLXH Desktop; update the program."
    ),
    "no_database": QT_TRANSLATE_NOOP(C, "There is no database in {path}."),
    "backup_damaged": QT_TRANSLATE_NOOP(C, "The backup {path} is damaged."),
    "backup_too_new": QT_TRANSLATE_NOOP(
        C, "The backup {path} comes from a newer version of DLXH Desktop."
    ),
    "not_a_backup": QT_TRANSLATE_NOOP(C, "{path} is not a DLXH Desktop backup."),
    "restore_failed": QT_TRANSLATE_NOOP(C, "The restore failed; the database is unchanged."),
    "demo_not_empty": QT_TRANSLATE_NOOP(
        C, "The demo needs an empty data folder; {path} is already set up."
    ),
    "no_child_units": QT_TRANSLATE_NOOP(C, "Unit {unit} has no units below it to consolidate."),
    "format_unsupported": QT_TRANSLATE_NOOP(C, "Unknown document format {format}."),
    "kind_missing": QT_TRANSLATE_NOOP(C, "Say which kind of report: --kind or 'kind' in the JSON."),
    "kind_mismatch": QT_TRANSLATE_NOOP(
        C, "The JSON is for a {kind} report, but report {report} is of another kind."
    ),
    "period_mismatch": QT_TRANSLATE_NOOP(
        C, "The JSON is for period {period}, but report {report} covers another period."
    ),
}

F = "findings"

FINDINGS: dict[str, str] = {
    "assessment_missing": QT_TRANSLATE_NOOP(F, "The general assessment is empty."),
    "title_missing": QT_TRANSLATE_NOOP(F, "A thematic report needs a title."),
    "quick_without_subject": QT_TRANSLATE_NOOP(
        F, "A quick report needs at least one incident or opinion stream."
    ),
    "no_streams": QT_TRANSLATE_NOOP(F, "No opinion stream has been recorded."),
    "text_too_long": QT_TRANSLATE_NOOP(F, "This text is too long."),
    "too_many_rows": QT_TRANSLATE_NOOP(F, "Too many rows."),
    "stream_empty": QT_TRANSLATE_NOOP(F, "An opinion stream has no content."),
    "topic_unknown": QT_TRANSLATE_NOOP(F, "The topic is not in the catalogue."),
    "negative_number": QT_TRANSLATE_NOOP(F, "A number is negative."),
    "stream_cause_missing": QT_TRANSLATE_NOOP(F, "The cause of an opinion stream is missing."),
    "stream_proposal_missing": QT_TRANSLATE_NOOP(F, "No solution is proposed for a stream."),
    "incident_title_missing": QT_TRANSLATE_NOOP(F, "An incident has no title."),
    "date_outside_period": QT_TRANSLATE_NOOP(
        F, "An incident's date is outside the report's period."
    ),
    "end_before_start": QT_TRANSLATE_NOOP(F, "An incident ends before it starts."),
    "involved_exceeds_workforce": QT_TRANSLATE_NOOP(
        F, "More workers involved than the enterprise employs."
    ),
    "recommendation_empty": QT_TRANSLATE_NOOP(F, "A recommendation has no content."),
    "recommendation_addressee_missing": QT_TRANSLATE_NOOP(
        F, "A recommendation does not say to whom it is addressed."
    ),
    "collaborators_inconsistent": QT_TRANSLATE_NOOP(
        F, "New or trained collaborators exceed the total."
    ),
}

CONTENT_CODES = {
    "expected_object",
    "expected_list",
    "expected_str",
    "expected_int",
    "expected_bool",
    "expected_date",
    "bad_choice",
    "unknown_field",
    "missing_field",
    "json_too_deep",
    "number_out_of_range",
    "schema_unsupported",
}


def template_for(code: str) -> str:
    """The English template of a code (content-schema codes share one)."""
    if code in CONTENT_CODES:
        return MESSAGES["content"]
    return MESSAGES.get(code, "")


def describe(err: DlxhError, translate: Any = None) -> str:
    """One sentence for an error; ``translate(context, text)`` localises the template."""
    tpl = template_for(err.code)
    if not tpl:
        return err.message or err.code.replace("_", " ")
    if translate is not None:
        tpl = translate(C, tpl)
    try:
        return tpl.format(**err.details)
    except (KeyError, IndexError, ValueError):
        return tpl
