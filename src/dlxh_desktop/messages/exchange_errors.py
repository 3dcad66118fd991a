"""Sentences for the error codes of the exchange: keys, directories, enrollments, packages,
receipts (part of ``errors.ERRORS``, same Qt Linguist context ``"messages"``)."""

from __future__ import annotations

from .noop import QT_TRANSLATE_NOOP

EXCHANGE_ERRORS: dict[str, str] = {
    "no_keys": QT_TRANSLATE_NOOP("messages", "This unit has no keys yet: set it up first."),
    "no_identity": QT_TRANSLATE_NOOP(
        "messages",
        "This unit's private keys are missing: restore them from the key backup "
        "('dlxh keys restore FILE').",
    ),
    "no_previous_identity": QT_TRANSLATE_NOOP(
        "messages",
        "The keys from before the last rotation are missing; restore them from a backup.",
    ),
    "identity_exists": QT_TRANSLATE_NOOP(
        "messages", "This data folder already has keys; they were not replaced."
    ),
    "identity_mismatch": QT_TRANSLATE_NOOP(
        "messages", "The stored private keys (key id {key_id}) are not this unit's registered keys."
    ),
    "passphrase_unavailable": QT_TRANSLATE_NOOP(
        "messages",
        "No keyring is available, so the keys are in a passphrase-protected file in {path}: "
        "run this in a terminal to type the passphrase, or set DLXH_KEY_PASSPHRASE. "
        "Nothing was changed. Lost the passphrase? Restore the key backup "
        "('dlxh keys restore FILE').",
    ),
    "passphrase_required": QT_TRANSLATE_NOOP(
        "messages", "A passphrase is needed for the key file; nothing was changed."
    ),
    "weak_passphrase": QT_TRANSLATE_NOOP("messages", "The passphrase needs at least 8 characters."),
    "wrong_passphrase": QT_TRANSLATE_NOOP(
        "messages", "Wrong passphrase (or a damaged key file); nothing was changed."
    ),
    "bad_secret": QT_TRANSLATE_NOOP(
        "messages", "The stored keys are damaged; restore the key backup."
    ),
    "bad_key_file": QT_TRANSLATE_NOOP(
        "messages", "The key file is damaged; restore the key backup."
    ),
    "bad_public_key": QT_TRANSLATE_NOOP(
        "messages",
        "A public key is damaged or is not a DLXH key; nothing was changed. If it came in a"
        " file, ask the sender for a new copy.",
    ),
    "keyring_error": QT_TRANSLATE_NOOP(
        "messages", "The system keyring refused access; is it locked?"
    ),
    "keyring_unavailable": QT_TRANSLATE_NOOP("messages", "No system keyring is available."),
    "not_a_key_backup": QT_TRANSLATE_NOOP("messages", "{path} is not a DLXH key backup."),
    "backup_other_unit": QT_TRANSLATE_NOOP(
        "messages", "This key backup belongs to unit {unit}, not to {own}; nothing was changed."
    ),
    "backup_other_key": QT_TRANSLATE_NOOP(
        "messages", "This key backup holds other keys (key id {key_id}) than this unit's."
    ),
    "no_parent": QT_TRANSLATE_NOOP(
        "messages", "This unit has no parent (it is the top unit, or not joined with 'setup unit')."
    ),
    "rotation_needs_out": QT_TRANSLATE_NOOP(
        "messages",
        "This unit has a parent, which must learn the new key: give a file to send it "
        "('dlxh keys rotate --out FILE').",
    ),
    "no_key_for_unit": QT_TRANSLATE_NOOP(
        "messages", "Unit {unit} has no registered key: import its enrollment first."
    ),
    "package_too_large": QT_TRANSLATE_NOOP("messages", "The package would be larger than allowed."),
    "package_unusable": QT_TRANSLATE_NOOP("messages", "This package cannot be used: {reason}."),
    "report_not_ours": QT_TRANSLATE_NOOP(
        "messages",
        "Report {report} was written by unit {unit}; only a unit's own reports are sent.",
    ),
    "report_not_finalized": QT_TRANSLATE_NOOP(
        "messages",
        "Report {report} is a draft: finalize it before sending ('dlxh report finalize').",
    ),
    "report_superseded": QT_TRANSLATE_NOOP(
        "messages", "Report {report} has a newer revision; send that one."
    ),
    "recovery_not_top": QT_TRANSLATE_NOOP(
        "messages", "Only the top unit sets the recovery key; others take it from their parent."
    ),
    "recovery_key_invalid": QT_TRANSLATE_NOOP("messages", "The recovery key is not an age1… key."),
    "unit_not_in_directory": QT_TRANSLATE_NOOP(
        "messages",
        "Unit {unit} is not a direct member of {parent}'s directory; ask {parent} to add it.",
    ),
    "fingerprint_required": QT_TRANSLATE_NOOP(
        "messages",
        "Confirm the fingerprint of {unit} (read by phone or from the official letter): "
        "pass --fingerprint or run in a terminal.",
    ),
    "fingerprint_mismatch": QT_TRANSLATE_NOOP(
        "messages",
        "The fingerprint does not match {unit}'s key: do not use this file; call the "
        "sender. Nothing was changed.",
    ),
    "not_an_enrollment": QT_TRANSLATE_NOOP("messages", "{path} is not an enrollment request."),
    "enroll_unit_unknown": QT_TRANSLATE_NOOP(
        "messages",
        "Unit {unit} is not in the unit tree: add it ('dlxh units add') before enrolling.",
    ),
    "enroll_not_child": QT_TRANSLATE_NOOP(
        "messages", "Unit {unit} is not directly under {own}; it enrolls with its own parent."
    ),
    "unit_already_enrolled": QT_TRANSLATE_NOOP(
        "messages",
        "Unit {unit} already has a registered key; a new key needs a rotation by the old "
        "one, or revoke the old key first ('dlxh keys revoke {unit}').",
    ),
    "rotation_invalid": QT_TRANSLATE_NOOP(
        "messages", "The key rotation of {unit} is not certified by its registered key."
    ),
    "nothing_to_import": QT_TRANSLATE_NOOP("messages", "No .dlxh file was found to import."),
    "nothing_to_receipt": QT_TRANSLATE_NOOP(
        "messages", "No received report is waiting for a receipt (use --all to send them again)."
    ),
    "archive_unwritable": QT_TRANSLATE_NOOP(
        "messages", "Cannot keep the original in the archive ({path}); nothing was imported."
    ),
    "not_a_receipt": QT_TRANSLATE_NOOP("messages", "{path} is not a receipt."),
    "write_failed": QT_TRANSLATE_NOOP("messages", "Cannot write {path}; nothing was left there."),
    "write_verify_failed": QT_TRANSLATE_NOOP(
        "messages", "{path} did not read back correctly (removed); try another disk or USB stick."
    ),
    "read_failed": QT_TRANSLATE_NOOP("messages", "Cannot read {path}."),
    "passphrase_mismatch": QT_TRANSLATE_NOOP("messages", "The two passphrases differ; try again."),
}
