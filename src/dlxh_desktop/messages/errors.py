"""Sentences for the codes of errors (``DlxhError`` and its subclasses), in English.

Templates are ``str.format`` strings filled from the error's details; the UI translates them in
the Qt Linguist context ``"messages"``. A subclass's own default code (``ContentError.code``,
``CanonicalJsonError.code``) names the sentence for the codes of its family that have none of
their own. ``tests/messages`` proves that every code raised anywhere has a sentence here (or in
``verdicts.py`` for a package rejection) and that each raise site fills its placeholders.
"""

from __future__ import annotations

from .exchange_errors import EXCHANGE_ERRORS
from .noop import QT_TRANSLATE_NOOP

CONTEXT = "messages"

GENERAL_ERRORS: dict[str, str] = {
    # Data folder, database, reports, units, files, attachments, settings, documents.
    "not_set_up": QT_TRANSLATE_NOOP(
        "messages",
        "This data folder is not set up yet: run 'dlxh setup province' or 'dlxh setup unit'.",
    ),
    "already_set_up": QT_TRANSLATE_NOOP(
        "messages", "This data folder is already set up as unit {unit}."
    ),
    "report_unknown": QT_TRANSLATE_NOOP("messages", "There is no report with id {report}."),
    "report_frozen": QT_TRANSLATE_NOOP(
        "messages",
        "Report {report} is {status} and cannot be changed; amend it to make a new revision.",
    ),
    "report_invalid": QT_TRANSLATE_NOOP(
        "messages",
        "Report {report} is not complete: {count} problem(s) to fix first, e.g. at {first}.",
    ),
    "amend_draft": QT_TRANSLATE_NOOP(
        "messages", "Report {report} is still a draft: edit it instead."
    ),
    "amend_not_latest": QT_TRANSLATE_NOOP(
        "messages", "Report {report} already has a newer revision (id {newer})."
    ),
    "revision_invalid": QT_TRANSLATE_NOOP(
        "messages", "Revision {revision} is not valid: revisions are numbered from 1."
    ),
    "unit_unknown": QT_TRANSLATE_NOOP("messages", "There is no unit with code {unit}."),
    "unit_parent_unknown": QT_TRANSLATE_NOOP(
        "messages", "Unit {unit} names parent {parent}, which is not in the tree."
    ),
    "unit_code_invalid": QT_TRANSLATE_NOOP(
        "messages",
        "Unit code '{unit}' is not valid: use up to 40 letters, digits, '-', '_' or '.'.",
    ),
    "unit_cycle": QT_TRANSLATE_NOOP("messages", "Unit {unit} would be its own ancestor."),
    "unit_duplicate": QT_TRANSLATE_NOOP("messages", "Unit {unit} appears twice."),
    "unit_name_empty": QT_TRANSLATE_NOOP("messages", "A unit needs a name."),
    "units_row_invalid": QT_TRANSLATE_NOOP("messages", "Row {row} of {path} is not a valid unit."),
    "units_header_invalid": QT_TRANSLATE_NOOP(
        "messages", "{path} must start with the columns {expected}."
    ),
    "units_file_empty": QT_TRANSLATE_NOOP("messages", "{path} is empty."),
    "period_invalid": QT_TRANSLATE_NOOP(
        "messages",
        "'{period}' is not a period: write 2026-10, 2026-Q4, 2026-H1, 2026 or 2026-10-05.",
    ),
    "period_kind_mismatch": QT_TRANSLATE_NOOP(
        "messages", "A {kind} report cannot cover the period {period}."
    ),
    "period_not_a_day": QT_TRANSLATE_NOOP(
        "messages", "The period {period} is not a single day: give a date such as 2026-10-05."
    ),
    "file_unreadable": QT_TRANSLATE_NOOP("messages", "Cannot read {path}."),
    "file_too_large": QT_TRANSLATE_NOOP("messages", "{path} is too large (limit {limit})."),
    "file_not_json": QT_TRANSLATE_NOOP("messages", "{path} is not valid JSON."),
    "file_not_utf8": QT_TRANSLATE_NOOP("messages", "{path} is not UTF-8 text."),
    "file_not_xlsx": QT_TRANSLATE_NOOP("messages", "{path} is not an Excel (.xlsx) workbook."),
    "file_type_unsupported": QT_TRANSLATE_NOOP(
        "messages", "{path}: only .csv and .xlsx are supported."
    ),
    "content": QT_TRANSLATE_NOOP("messages", "The report data does not fit the schema at {path}."),
    "json_invalid": QT_TRANSLATE_NOOP(
        "messages",
        "The data in the file is damaged or was not written by DLXH Desktop; ask the sender"
        " for a new copy.",
    ),
    "output_unwritable": QT_TRANSLATE_NOOP("messages", "Cannot write {path}."),
    "output_is_folder": QT_TRANSLATE_NOOP("messages", "{path} is a folder; give a file name."),
    "home_in_use": QT_TRANSLATE_NOOP(
        "messages", "The data folder {path} is already open in another DLXH window or command."
    ),
    "home_unwritable": QT_TRANSLATE_NOOP("messages", "The data folder {path} cannot be written."),
    "db_locked": QT_TRANSLATE_NOOP("messages", "The database is busy (locked by another program)."),
    "db_readonly": QT_TRANSLATE_NOOP("messages", "The database is read-only; nothing was changed."),
    "disk_full": QT_TRANSLATE_NOOP("messages", "The disk is full; nothing was changed."),
    "db_damaged": QT_TRANSLATE_NOOP(
        "messages", "The database is damaged; restore the newest backup ('dlxh restore')."
    ),
    "db_unopenable": QT_TRANSLATE_NOOP(
        "messages",
        "The database cannot be opened: check that the data folder is still there and can "
        "be read, then try again.",
    ),
    "db_too_new": QT_TRANSLATE_NOOP(
        "messages",
        "The database was written by a newer version of DLXH Desktop; update the program.",
    ),
    "db_error": QT_TRANSLATE_NOOP(
        "messages",
        "The database reported an unexpected problem; nothing was changed. Try again, and "
        "if it happens again, copy the data folder and report the problem.",
    ),
    "no_database": QT_TRANSLATE_NOOP("messages", "There is no database in {path}."),
    "backup_damaged": QT_TRANSLATE_NOOP("messages", "The backup {path} is damaged."),
    "backup_failed": QT_TRANSLATE_NOOP(
        "messages",
        "The backup {path} could not be made; nothing was changed. Check that the disk has "
        "free space and the folder can be written, then try again.",
    ),
    "backup_too_new": QT_TRANSLATE_NOOP(
        "messages", "The backup {path} comes from a newer version of DLXH Desktop."
    ),
    "not_a_backup": QT_TRANSLATE_NOOP("messages", "{path} is not a DLXH Desktop backup."),
    "restore_failed": QT_TRANSLATE_NOOP(
        "messages", "The restore failed; the database is unchanged."
    ),
    "demo_not_empty": QT_TRANSLATE_NOOP(
        "messages", "The demo needs an empty data folder; {path} is already set up."
    ),
    "attachment_name_invalid": QT_TRANSLATE_NOOP(
        "messages",
        "'{name}' cannot be attached: use a plain file name ending in .pdf, .docx, .jpg...",
    ),
    "attachment_exists": QT_TRANSLATE_NOOP(
        "messages", "A file named '{name}' is already attached."
    ),
    "attachments_too_many": QT_TRANSLATE_NOOP(
        "messages", "A report can carry at most {limit} files."
    ),
    "attachments_too_large": QT_TRANSLATE_NOOP(
        "messages", "The attached files would exceed {limit} in total."
    ),
    "attachment_unknown": QT_TRANSLATE_NOOP(
        "messages", "Report {report} has no attached file '{name}'."
    ),
    "attachment_missing": QT_TRANSLATE_NOOP(
        "messages", "The stored copy of '{name}' is missing; attach the file again."
    ),
    "attachment_damaged": QT_TRANSLATE_NOOP(
        "messages", "The stored copy of '{name}' is damaged; attach the file again."
    ),
    "attachment_unwritable": QT_TRANSLATE_NOOP(
        "messages", "Cannot store the attached file in {path}."
    ),
    "quarantine_unknown": QT_TRANSLATE_NOOP("messages", "No held package has the number {id}."),
    "quarantine_not_releasable": QT_TRANSLATE_NOOP(
        "messages",
        "Package {id} cannot be released here. An enrollment is imported with 'dlxh enroll "
        "import FILE' once its fingerprint is checked; of two packages with the same number, "
        "ask the sender which one is genuine and drop the other ('dlxh quarantine drop ID').",
    ),
    "quarantine_original_missing": QT_TRANSLATE_NOOP(
        "messages",
        "The kept copy of held package {id} is missing ({path}), so it cannot be released: "
        "ask the sender to send the package again.",
    ),
    "set_by_parent": QT_TRANSLATE_NOOP(
        "messages",
        "The calendar and topics come from the parent's directory: the top unit changes them.",
    ),
    "calendar_invalid": QT_TRANSLATE_NOOP("messages", "That calendar is not possible ({field})."),
    "topic_label_empty": QT_TRANSLATE_NOOP("messages", "A topic needs a label."),
    "topic_code_invalid": QT_TRANSLATE_NOOP(
        "messages", "Topic code '{topic}' is not valid: use letters, digits and '-'."
    ),
    "topic_unknown": QT_TRANSLATE_NOOP("messages", "There is no topic {topic}."),
    "topic_duplicate": QT_TRANSLATE_NOOP(
        "messages", "Topic {topic} appears twice: each topic code may be used only once."
    ),
    "topic_record_invalid": QT_TRANSLATE_NOOP(
        "messages", "A topic in the list is incomplete: each topic needs a code and a label."
    ),
    "no_child_units": QT_TRANSLATE_NOOP(
        "messages", "Unit {unit} has no units below it to consolidate."
    ),
    "nothing_to_change": QT_TRANSLATE_NOOP(
        "messages", "Nothing to change: give at least one setting."
    ),
    "number_invalid": QT_TRANSLATE_NOOP(
        "messages", "A document number must be between 1 and 9999."
    ),
    "format_unsupported": QT_TRANSLATE_NOOP("messages", "Unknown document format {format}."),
    "kind_missing": QT_TRANSLATE_NOOP(
        "messages", "Say which kind of report: --kind or 'kind' in the JSON."
    ),
    "kind_mismatch": QT_TRANSLATE_NOOP(
        "messages", "The JSON is for a {kind} report, but report {report} is of another kind."
    ),
    "period_mismatch": QT_TRANSLATE_NOOP(
        "messages", "The JSON is for period {period}, but report {report} covers another period."
    ),
}

ERRORS: dict[str, str] = {**GENERAL_ERRORS, **EXCHANGE_ERRORS}  # tests: no code in both
