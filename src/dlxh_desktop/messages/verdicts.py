"""Import verdicts: what happened to a received file and why, in English.

``REASONS`` words the ``reason`` code of an import result (``services.package_import``): why
it was accepted, quarantined (held for a person's decision) or rejected. A reason is a clause
("signed with a revoked key of {unit}"), filled from the result's details; it also words a
``PackageRejected`` raised outside an import (inside ``errors.ERRORS["package_unusable"]``).
``NAMES`` words the verdict itself, ``ENROLLMENT_OUTCOMES`` the outcome of ``enroll import``.
The UI translates them all in the Qt Linguist context ``"verdicts"``.
"""

from __future__ import annotations

from .noop import QT_TRANSLATE_NOOP

CONTEXT = "verdicts"

REASONS: dict[str, str] = {
    # accepted
    "": QT_TRANSLATE_NOOP("verdicts", "imported"),
    "newer_revision": QT_TRANSLATE_NOOP(
        "verdicts", "a newer revision; the older one stays readable"
    ),
    "same_package": QT_TRANSLATE_NOOP(
        "verdicts", "this package was imported before; nothing changed"
    ),
    "same_revision": QT_TRANSLATE_NOOP("verdicts", "this revision of the report is already here"),
    "directory_updated": QT_TRANSLATE_NOOP("verdicts", "the parent's directory was updated"),
    "parent_key_rotated": QT_TRANSLATE_NOOP(
        "verdicts", "the parent's new key was certified and saved"
    ),
    "receipt_applied": QT_TRANSLATE_NOOP(
        "verdicts", "receipt: the reports listed are acknowledged"
    ),
    # quarantined
    "conflicting_duplicate": QT_TRANSLATE_NOOP(
        "verdicts",
        "another package with the same sequence number {sequence} was imported: a person "
        "must decide which is genuine",
    ),
    "sequence_jump": QT_TRANSLATE_NOOP(
        "verdicts", "sequence number {sequence} is far beyond the last one seen ({last})"
    ),
    "created_in_future": QT_TRANSLATE_NOOP(
        "verdicts", "dated in the future ({created}): check the clock"
    ),
    "created_too_old": QT_TRANSLATE_NOOP(
        "verdicts", "dated long ago ({created}): check before using it"
    ),
    "enrollment_needs_confirmation": QT_TRANSLATE_NOOP(
        "verdicts", "an enrollment: confirm its fingerprint with 'dlxh enroll import FILE'"
    ),
    # rejected (ledger, keys, content)
    "key_revoked": QT_TRANSLATE_NOOP("verdicts", "signed with a revoked key of {unit}"),
    "key_rotated_out": QT_TRANSLATE_NOOP(
        "verdicts", "signed with {unit}'s old key after it was replaced"
    ),
    "key_expired": QT_TRANSLATE_NOOP("verdicts", "signed with an expired key of {unit}"),
    "key_not_yet_valid": QT_TRANSLATE_NOOP("verdicts", "signed before {unit}'s key was valid"),
    "not_our_child": QT_TRANSLATE_NOOP("verdicts", "{unit} does not report to this unit"),
    "not_from_parent": QT_TRANSLATE_NOOP("verdicts", "not from this unit's parent"),
    "older_revision": QT_TRANSLATE_NOOP(
        "verdicts", "revision {revision} is older than revision {newer} already here (kept)"
    ),
    "report_schema": QT_TRANSLATE_NOOP(
        "verdicts", "the report data does not fit the schema at {path}"
    ),
    "report_mismatch": QT_TRANSLATE_NOOP(
        "verdicts", "the report inside disagrees with the signed header"
    ),
    "attachment_undeclared": QT_TRANSLATE_NOOP(
        "verdicts", "the package holds a file ({name}) the report does not list"
    ),
    "attachment_missing": QT_TRANSLATE_NOOP("verdicts", "an attached file ({name}) is missing"),
    "attachment_mismatch": QT_TRANSLATE_NOOP(
        "verdicts", "an attached file ({name}) differs from what the report lists"
    ),
    "report_too_many_rows": QT_TRANSLATE_NOOP(
        "verdicts", "the report has an absurd number of rows"
    ),
    "report_text_too_long": QT_TRANSLATE_NOOP("verdicts", "a text of the report is absurdly long"),
    "report_uid_conflict": QT_TRANSLATE_NOOP("verdicts", "the report id belongs to another unit"),
    "unreadable": QT_TRANSLATE_NOOP("verdicts", "the file cannot be read"),
    "unexpected_error": QT_TRANSLATE_NOOP(
        "verdicts", "unexpected error ({error}); please report it"
    ),
    "directory_invalid": QT_TRANSLATE_NOOP("verdicts", "the directory content is not valid"),
    "older_directory": QT_TRANSLATE_NOOP("verdicts", "older than the directory in use"),
    "bad_rotation": QT_TRANSLATE_NOOP(
        "verdicts", "the key change is not certified by the known key"
    ),
    "receipt_invalid": QT_TRANSLATE_NOOP("verdicts", "the receipt content is not valid"),
    "enrollment_invalid": QT_TRANSLATE_NOOP("verdicts", "the enrollment content is not valid"),
    "not_a_directory": QT_TRANSLATE_NOOP("verdicts", "not a directory file"),
    # rejected by the envelope checks (docs/package-format.md section 6)
    "too_large": QT_TRANSLATE_NOOP("verdicts", "larger than any package may be"),
    "empty": QT_TRANSLATE_NOOP("verdicts", "the file is empty"),
    "bad_magic": QT_TRANSLATE_NOOP("verdicts", "not a DLXH package"),
    "unknown_version": QT_TRANSLATE_NOOP("verdicts", "made by a newer program version"),
    "truncated": QT_TRANSLATE_NOOP("verdicts", "the file is cut short (incomplete copy?)"),
    "trailing_data": QT_TRANSLATE_NOOP("verdicts", "extra bytes after the end of the package"),
    "header_json": QT_TRANSLATE_NOOP("verdicts", "damaged or forged header"),
    "header_invalid": QT_TRANSLATE_NOOP("verdicts", "damaged or forged header"),
    "too_many_recipients": QT_TRANSLATE_NOOP("verdicts", "too many recipients"),
    "unknown_sender_key": QT_TRANSLATE_NOOP(
        "verdicts", "signed by an unknown key of {unit} (fingerprint {fingerprint})"
    ),
    "sender_key_mismatch": QT_TRANSLATE_NOOP(
        "verdicts", "the sender's key is not the registered one"
    ),
    "bad_outer_signature": QT_TRANSLATE_NOOP(
        "verdicts", "the signature does not verify (altered file)"
    ),
    "not_for_us": QT_TRANSLATE_NOOP("verdicts", "addressed to another unit or key"),
    "age_header": QT_TRANSLATE_NOOP("verdicts", "damaged encryption header"),
    "passphrase_stanza": QT_TRANSLATE_NOOP(
        "verdicts", "encrypted with a passphrase, not to this unit"
    ),
    "recipient_mismatch": QT_TRANSLATE_NOOP("verdicts", "the recipients disagree with the header"),
    "decrypt_failed": QT_TRANSLATE_NOOP("verdicts", "cannot be decrypted (damaged or not for us)"),
    "container_framing": QT_TRANSLATE_NOOP("verdicts", "damaged contents"),
    "too_many_files": QT_TRANSLATE_NOOP("verdicts", "too many files inside"),
    "bad_inner_signature": QT_TRANSLATE_NOOP("verdicts", "the inner signature does not verify"),
    "manifest_invalid": QT_TRANSLATE_NOOP("verdicts", "damaged list of contents"),
    "manifest_mismatch": QT_TRANSLATE_NOOP("verdicts", "the contents disagree with the header"),
    "bad_entry_name": QT_TRANSLATE_NOOP("verdicts", "a file inside has a forbidden name"),
    "missing_file": QT_TRANSLATE_NOOP("verdicts", "a file is missing inside"),
    "extra_file": QT_TRANSLATE_NOOP("verdicts", "an unlisted file is inside"),
    "hash_mismatch": QT_TRANSLATE_NOOP("verdicts", "a file inside was altered"),
}

NAMES: dict[str, str] = {
    "imported": QT_TRANSLATE_NOOP("verdicts", "Imported"),
    "already_imported": QT_TRANSLATE_NOOP("verdicts", "Imported before"),
    "amended": QT_TRANSLATE_NOOP("verdicts", "Amended version"),
    "quarantined": QT_TRANSLATE_NOOP("verdicts", "To be reviewed (quarantined)"),
    "rejected": QT_TRANSLATE_NOOP("verdicts", "Rejected"),
}

ENROLLMENT_OUTCOMES: dict[str, str] = {
    "enrolled": QT_TRANSLATE_NOOP("verdicts", "registered"),
    "already_enrolled": QT_TRANSLATE_NOOP("verdicts", "was already registered"),
    "rotated": QT_TRANSLATE_NOOP("verdicts", "key rotation accepted"),
}
