"""Sentences for the codes of validation findings (``domain.validation.Finding``), in English.

The UI translates them in the Qt Linguist context ``"findings"``; they take no details (the
finding's path says where, and the UI names the field).
"""

from __future__ import annotations

from .noop import QT_TRANSLATE_NOOP

CONTEXT = "findings"

FINDINGS: dict[str, str] = {
    "assessment_missing": QT_TRANSLATE_NOOP("findings", "The general assessment is empty."),
    "title_missing": QT_TRANSLATE_NOOP("findings", "A thematic report needs a title."),
    "quick_without_subject": QT_TRANSLATE_NOOP(
        "findings", "A quick report needs at least one incident or opinion stream."
    ),
    "no_streams": QT_TRANSLATE_NOOP("findings", "No opinion stream has been recorded."),
    "text_too_long": QT_TRANSLATE_NOOP("findings", "This text is too long."),
    "too_many_rows": QT_TRANSLATE_NOOP("findings", "Too many rows."),
    "stream_empty": QT_TRANSLATE_NOOP("findings", "An opinion stream has no content."),
    "topic_unknown": QT_TRANSLATE_NOOP("findings", "The topic is not in the catalogue."),
    "negative_number": QT_TRANSLATE_NOOP("findings", "A number is negative."),
    "stream_cause_missing": QT_TRANSLATE_NOOP(
        "findings", "The cause of an opinion stream is missing."
    ),
    "stream_proposal_missing": QT_TRANSLATE_NOOP(
        "findings", "No solution is proposed for a stream."
    ),
    "incident_title_missing": QT_TRANSLATE_NOOP("findings", "An incident has no title."),
    "date_outside_period": QT_TRANSLATE_NOOP(
        "findings", "An incident's date is outside the report's period."
    ),
    "end_before_start": QT_TRANSLATE_NOOP("findings", "An incident ends before it starts."),
    "involved_exceeds_workforce": QT_TRANSLATE_NOOP(
        "findings", "More workers involved than the enterprise employs."
    ),
    "recommendation_empty": QT_TRANSLATE_NOOP("findings", "A recommendation has no content."),
    "recommendation_addressee_missing": QT_TRANSLATE_NOOP(
        "findings", "A recommendation does not say to whom it is addressed."
    ),
    "letterhead_missing": QT_TRANSLATE_NOOP(
        "findings",
        "A unit setting for the document header or signature is empty (shown as a placeholder).",
    ),
    "collaborators_inconsistent": QT_TRANSLATE_NOOP(
        "findings", "New or trained collaborators exceed the total."
    ),
}
