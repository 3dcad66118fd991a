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
    "attachment_name_invalid": QT_TRANSLATE_NOOP(
        C, "'{name}' cannot be attached: use a plain file name ending in .pdf, .docx, .jpg..."
    ),
    "attachment_exists": QT_TRANSLATE_NOOP(C, "A file named '{name}' is already attached."),
    "attachments_too_many": QT_TRANSLATE_NOOP(C, "A report can carry at most {limit} files."),
    "attachments_too_large": QT_TRANSLATE_NOOP(
        C, "The attached files would exceed {limit} in total."
    ),
    "attachment_unknown": QT_TRANSLATE_NOOP(C, "Report {report} has no attached file '{name}'."),
    "attachment_damaged": QT_TRANSLATE_NOOP(
        C, "The stored copy of '{name}' is damaged; attach the file again."
    ),
    "attachment_unwritable": QT_TRANSLATE_NOOP(C, "Cannot store the attached file in {path}."),
    "quarantine_unknown": QT_TRANSLATE_NOOP(C, "No held package has the number {id}."),
    "quarantine_not_releasable": QT_TRANSLATE_NOOP(
        C,
        "Package {id} was held because: {reason}. That cannot be waived here: ask the sender "
        "(a conflicting duplicate) or use 'enroll import' (an enrollment).",
    ),
    "set_by_parent": QT_TRANSLATE_NOOP(
        C,
        "The calendar and topics come from the parent's directory: the top unit changes them.",
    ),
    "calendar_invalid": QT_TRANSLATE_NOOP(C, "That calendar is not possible ({field})."),
    "topic_label_empty": QT_TRANSLATE_NOOP(C, "A topic needs a label."),
    "topic_code_invalid": QT_TRANSLATE_NOOP(
        C, "Topic code '{topic}' is not valid: use letters, digits and '-'."
    ),
    "topic_unknown": QT_TRANSLATE_NOOP(C, "There is no topic {topic}."),
    "no_child_units": QT_TRANSLATE_NOOP(C, "Unit {unit} has no units below it to consolidate."),
    "nothing_to_change": QT_TRANSLATE_NOOP(C, "Nothing to change: give at least one setting."),
    "number_invalid": QT_TRANSLATE_NOOP(C, "A document number must be between 1 and 9999."),
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
    "letterhead_missing": QT_TRANSLATE_NOOP(
        F, "A unit setting for the document header or signature is empty (shown as a placeholder)."
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
    return MESSAGES.get(code) or VERDICT_REASONS.get(code, "")


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


# Exchange: keys, directories, enrollments, packages, receipts (services/exchange_*.py etc.).
MESSAGES.update(
    {
        "no_keys": QT_TRANSLATE_NOOP(C, "This unit has no keys yet: set it up first."),
        "no_identity": QT_TRANSLATE_NOOP(
            C,
            "This unit's private keys are missing: restore them from the key backup "
            "('dlxh keys restore FILE').",
        ),
        "no_previous_identity": QT_TRANSLATE_NOOP(
            C, "The keys from before the last rotation are missing; restore them from a backup."
        ),
        "identity_exists": QT_TRANSLATE_NOOP(
            C, "This data folder already has keys; they were not replaced."
        ),
        "identity_mismatch": QT_TRANSLATE_NOOP(
            C, "The stored private keys (key id {key_id}) are not this unit's registered keys."
        ),
        "passphrase_unavailable": QT_TRANSLATE_NOOP(
            C,
            "No keyring is available, so the keys are in a passphrase-protected file in {path}: "
            "run this in a terminal to type the passphrase, or set DLXH_KEY_PASSPHRASE. "
            "Nothing was changed. Lost the passphrase? Restore the key backup "
            "('dlxh keys restore FILE').",
        ),
        "passphrase_required": QT_TRANSLATE_NOOP(
            C, "A passphrase is needed for the key file; nothing was changed."
        ),
        "weak_passphrase": QT_TRANSLATE_NOOP(C, "The passphrase needs at least 8 characters."),
        "wrong_passphrase": QT_TRANSLATE_NOOP(
            C, "Wrong passphrase (or a damaged key file); nothing was changed."
        ),
        "bad_secret": QT_TRANSLATE_NOOP(C, "The stored keys are damaged; restore the key backup."),
        "bad_key_file": QT_TRANSLATE_NOOP(C, "The key file is damaged; restore the key backup."),
        "keyring_error": QT_TRANSLATE_NOOP(C, "The system keyring refused access; is it locked?"),
        "keyring_unavailable": QT_TRANSLATE_NOOP(C, "No system keyring is available."),
        "not_a_key_backup": QT_TRANSLATE_NOOP(C, "{path} is not a DLXH key backup."),
        "backup_other_unit": QT_TRANSLATE_NOOP(
            C, "This key backup belongs to unit {unit}, not to {own}; nothing was changed."
        ),
        "backup_other_key": QT_TRANSLATE_NOOP(
            C, "This key backup holds other keys (key id {key_id}) than this unit's."
        ),
        "no_parent": QT_TRANSLATE_NOOP(
            C, "This unit has no parent (it is the top unit, or not joined with 'setup unit')."
        ),
        "no_key_for_unit": QT_TRANSLATE_NOOP(
            C, "Unit {unit} has no registered key: import its enrollment first."
        ),
        "package_too_large": QT_TRANSLATE_NOOP(C, "The package would be larger than allowed."),
        "report_not_ours": QT_TRANSLATE_NOOP(
            C, "Report {report} was written by unit {unit}; only a unit's own reports are sent."
        ),
        "report_not_finalized": QT_TRANSLATE_NOOP(
            C, "Report {report} is a draft: finalize it before sending ('dlxh report finalize')."
        ),
        "report_superseded": QT_TRANSLATE_NOOP(
            C, "Report {report} has a newer revision; send that one."
        ),
        "recovery_not_top": QT_TRANSLATE_NOOP(
            C, "Only the top unit sets the recovery key; others take it from their parent."
        ),
        "recovery_key_invalid": QT_TRANSLATE_NOOP(C, "The recovery key is not an age1… key."),
        "unit_not_in_directory": QT_TRANSLATE_NOOP(
            C, "Unit {unit} is not a direct member of {parent}'s directory; ask {parent} to add it."
        ),
        "fingerprint_required": QT_TRANSLATE_NOOP(
            C,
            "Confirm the fingerprint of {unit} (read by phone or from the official letter): "
            "pass --fingerprint or run in a terminal.",
        ),
        "fingerprint_mismatch": QT_TRANSLATE_NOOP(
            C,
            "The fingerprint does not match {unit}'s key: do not use this file; call the "
            "sender. Nothing was changed.",
        ),
        "not_an_enrollment": QT_TRANSLATE_NOOP(C, "{path} is not an enrollment request."),
        "enroll_unit_unknown": QT_TRANSLATE_NOOP(
            C, "Unit {unit} is not in the unit tree: add it ('dlxh units add') before enrolling."
        ),
        "enroll_not_child": QT_TRANSLATE_NOOP(
            C, "Unit {unit} is not directly under {own}; it enrolls with its own parent."
        ),
        "unit_already_enrolled": QT_TRANSLATE_NOOP(
            C,
            "Unit {unit} already has a registered key; a new key needs a rotation by the old "
            "one, or revoke the old key first ('dlxh keys revoke {unit}').",
        ),
        "rotation_invalid": QT_TRANSLATE_NOOP(
            C, "The key rotation of {unit} is not certified by its registered key."
        ),
        "nothing_to_import": QT_TRANSLATE_NOOP(C, "No .dlxh file was found to import."),
        "nothing_to_receipt": QT_TRANSLATE_NOOP(
            C, "No received report is waiting for a receipt (use --all to send them again)."
        ),
        "archive_unwritable": QT_TRANSLATE_NOOP(
            C, "Cannot keep the original in the archive ({path}); nothing was imported."
        ),
        "not_a_receipt": QT_TRANSLATE_NOOP(C, "{path} is not a receipt."),
        "write_failed": QT_TRANSLATE_NOOP(C, "Cannot write {path}; nothing was left there."),
        "write_verify_failed": QT_TRANSLATE_NOOP(
            C, "{path} did not read back correctly (removed); try another disk or USB stick."
        ),
        "read_failed": QT_TRANSLATE_NOOP(C, "Cannot read {path}."),
        "passphrase_mismatch": QT_TRANSLATE_NOOP(C, "The two passphrases differ; try again."),
    }
)

V = "verdicts"

VERDICT_REASONS: dict[str, str] = {
    # accepted
    "": QT_TRANSLATE_NOOP(V, "imported"),
    "newer_revision": QT_TRANSLATE_NOOP(V, "a newer revision; the older one stays readable"),
    "same_package": QT_TRANSLATE_NOOP(V, "this package was imported before; nothing changed"),
    "same_revision": QT_TRANSLATE_NOOP(V, "this revision of the report is already here"),
    "directory_updated": QT_TRANSLATE_NOOP(V, "the parent's directory was updated"),
    "parent_key_rotated": QT_TRANSLATE_NOOP(V, "the parent's new key was certified and saved"),
    "receipt_applied": QT_TRANSLATE_NOOP(V, "receipt: the reports listed are acknowledged"),
    # quarantined
    "conflicting_duplicate": QT_TRANSLATE_NOOP(
        V,
        "another package with the same sequence number {sequence} was imported: a person "
        "must decide which is genuine",
    ),
    "sequence_jump": QT_TRANSLATE_NOOP(
        V, "sequence number {sequence} is far beyond the last one seen ({last})"
    ),
    "created_in_future": QT_TRANSLATE_NOOP(V, "dated in the future ({created}): check the clock"),
    "created_too_old": QT_TRANSLATE_NOOP(V, "dated long ago ({created}): check before using it"),
    "enrollment_needs_confirmation": QT_TRANSLATE_NOOP(
        V, "an enrollment: confirm its fingerprint with 'dlxh enroll import FILE'"
    ),
    # rejected (ledger, keys, content)
    "key_revoked": QT_TRANSLATE_NOOP(V, "signed with a revoked key of {unit}"),
    "key_rotated_out": QT_TRANSLATE_NOOP(V, "signed with {unit}'s old key after it was replaced"),
    "key_expired": QT_TRANSLATE_NOOP(V, "signed with an expired key of {unit}"),
    "key_not_yet_valid": QT_TRANSLATE_NOOP(V, "signed before {unit}'s key was valid"),
    "not_our_child": QT_TRANSLATE_NOOP(V, "{unit} does not report to this unit"),
    "not_from_parent": QT_TRANSLATE_NOOP(V, "not from this unit's parent"),
    "older_revision": QT_TRANSLATE_NOOP(
        V, "revision {revision} is older than revision {newer} already here (kept)"
    ),
    "report_schema": QT_TRANSLATE_NOOP(V, "the report data does not fit the schema at {path}"),
    "report_mismatch": QT_TRANSLATE_NOOP(V, "the report inside disagrees with the signed header"),
    "attachment_undeclared": QT_TRANSLATE_NOOP(
        V, "the package holds a file ({name}) the report does not list"
    ),
    "attachment_missing": QT_TRANSLATE_NOOP(V, "an attached file ({name}) is missing"),
    "attachment_mismatch": QT_TRANSLATE_NOOP(
        V, "an attached file ({name}) differs from what the report lists"
    ),
    "report_too_many_rows": QT_TRANSLATE_NOOP(V, "the report has an absurd number of rows"),
    "report_text_too_long": QT_TRANSLATE_NOOP(V, "a text of the report is absurdly long"),
    "report_uid_conflict": QT_TRANSLATE_NOOP(V, "the report id belongs to another unit"),
    "unreadable": QT_TRANSLATE_NOOP(V, "the file cannot be read"),
    "unexpected_error": QT_TRANSLATE_NOOP(V, "unexpected error ({error}); please report it"),
    "directory_invalid": QT_TRANSLATE_NOOP(V, "the directory content is not valid"),
    "older_directory": QT_TRANSLATE_NOOP(V, "older than the directory in use"),
    "bad_rotation": QT_TRANSLATE_NOOP(V, "the key change is not certified by the known key"),
    "receipt_invalid": QT_TRANSLATE_NOOP(V, "the receipt content is not valid"),
    "enrollment_invalid": QT_TRANSLATE_NOOP(V, "the enrollment content is not valid"),
    "not_a_directory": QT_TRANSLATE_NOOP(V, "not a directory file"),
    # rejected by the envelope checks (docs/package-format.md section 6)
    "too_large": QT_TRANSLATE_NOOP(V, "larger than any package may be"),
    "empty": QT_TRANSLATE_NOOP(V, "the file is empty"),
    "bad_magic": QT_TRANSLATE_NOOP(V, "not a DLXH package"),
    "unknown_version": QT_TRANSLATE_NOOP(V, "made by a newer program version"),
    "truncated": QT_TRANSLATE_NOOP(V, "the file is cut short (incomplete copy?)"),
    "trailing_data": QT_TRANSLATE_NOOP(V, "extra bytes after the end of the package"),
    "header_json": QT_TRANSLATE_NOOP(V, "damaged or forged header"),
    "header_invalid": QT_TRANSLATE_NOOP(V, "damaged or forged header"),
    "too_many_recipients": QT_TRANSLATE_NOOP(V, "too many recipients"),
    "unknown_sender_key": QT_TRANSLATE_NOOP(
        V, "signed by an unknown key of {unit} (fingerprint {fingerprint})"
    ),
    "sender_key_mismatch": QT_TRANSLATE_NOOP(V, "the sender's key is not the registered one"),
    "bad_outer_signature": QT_TRANSLATE_NOOP(V, "the signature does not verify (altered file)"),
    "not_for_us": QT_TRANSLATE_NOOP(V, "addressed to another unit or key"),
    "age_header": QT_TRANSLATE_NOOP(V, "damaged encryption header"),
    "passphrase_stanza": QT_TRANSLATE_NOOP(V, "encrypted with a passphrase, not to this unit"),
    "recipient_mismatch": QT_TRANSLATE_NOOP(V, "the recipients disagree with the header"),
    "decrypt_failed": QT_TRANSLATE_NOOP(V, "cannot be decrypted (damaged or not for us)"),
    "container_framing": QT_TRANSLATE_NOOP(V, "damaged contents"),
    "too_many_files": QT_TRANSLATE_NOOP(V, "too many files inside"),
    "bad_inner_signature": QT_TRANSLATE_NOOP(V, "the inner signature does not verify"),
    "manifest_invalid": QT_TRANSLATE_NOOP(V, "damaged list of contents"),
    "manifest_mismatch": QT_TRANSLATE_NOOP(V, "the contents disagree with the header"),
    "bad_entry_name": QT_TRANSLATE_NOOP(V, "a file inside has a forbidden name"),
    "missing_file": QT_TRANSLATE_NOOP(V, "a file is missing inside"),
    "extra_file": QT_TRANSLATE_NOOP(V, "an unlisted file is inside"),
    "hash_mismatch": QT_TRANSLATE_NOOP(V, "a file inside was altered"),
}

VERDICT_NAMES: dict[str, str] = {
    "imported": QT_TRANSLATE_NOOP(V, "imported"),
    "already_imported": QT_TRANSLATE_NOOP(V, "already imported"),
    "amended": QT_TRANSLATE_NOOP(V, "amended"),
    "quarantined": QT_TRANSLATE_NOOP(V, "quarantined"),
    "rejected": QT_TRANSLATE_NOOP(V, "rejected"),
}


def verdict_text(result: Any, translate: Any = None) -> str:
    """One sentence for an import verdict: ``result`` has ``verdict``, ``reason``, ``details``."""
    tpl = VERDICT_REASONS.get(result.reason) or result.reason.replace("_", " ")
    if translate is not None:
        tpl = translate(V, tpl)
    try:
        return tpl.format(**result.details)
    except (KeyError, IndexError, ValueError):
        return tpl
