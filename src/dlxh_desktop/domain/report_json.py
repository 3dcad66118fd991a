"""The report JSON document: what ``report show --json`` prints and ``--from-json`` reads.

Schema ``dlxh-report/1`` (published in docs/report.schema.json). Metadata fields (id, status,
timestamps) are informative on input; only ``content``, and ``kind``/``period`` for a new
report, are taken from it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from . import codec
from .errors import ContentError, DomainError
from .periods import Period
from .reports import Report, ReportContent, ReportKind, ReportStatus

SCHEMA_ID = "dlxh-report/1"
_META = (
    "schema",
    "id",
    "uid",
    "unit",
    "kind",
    "period",
    "revision",
    "status",
    "number",
    "created_at",
    "updated_at",
    "finalized_at",
    "sent_at",
    "acknowledged_at",
    "content",
)


def report_to_json(report: Report) -> dict[str, Any]:
    """The whole report as a JSON-compatible dict."""
    return {
        "schema": SCHEMA_ID,
        "id": report.id,
        "uid": report.uid,
        "unit": report.unit_code,
        "kind": report.kind.value,
        "period": str(report.period),
        "revision": report.revision,
        "status": report.status.value,
        "number": report.number,
        "created_at": codec.encode(report.created_at),
        "updated_at": codec.encode(report.updated_at),
        "finalized_at": codec.encode(report.finalized_at),
        "sent_at": codec.encode(report.sent_at),
        "acknowledged_at": codec.encode(report.acknowledged_at),
        "content": codec.encode(report.content),
    }


@dataclass(frozen=True)
class ReportInput:
    """What an input document asks for."""

    content: ReportContent
    kind: ReportKind | None = None
    period: Period | None = None


def report_from_json(data: Any) -> ReportInput:
    """Read a report document (or a bare content object) strictly."""
    if not isinstance(data, dict):
        raise ContentError("expected_object", path="$")
    if "content" not in data:  # a bare content object
        return ReportInput(codec.decode(ReportContent, data, "$.content"))
    unknown = sorted(set(data) - set(_META))
    if unknown:
        raise ContentError("unknown_field", path=f"$.{unknown[0]}")
    if "schema" in data and data["schema"] != SCHEMA_ID:
        raise ContentError("schema_unsupported", path="$.schema", value=str(data["schema"])[:40])
    kind = codec.decode(ReportKind | None, data.get("kind"), "$.kind")
    period_text = data.get("period")
    period = None
    if period_text is not None:
        if not isinstance(period_text, str):
            raise ContentError("expected_str", path="$.period")
        try:
            period = Period.parse(period_text)
        except DomainError:
            raise ContentError("period_invalid", path="$.period", period=period_text) from None
    if "status" in data:
        codec.decode(ReportStatus, data["status"], "$.status")
    content = codec.decode(ReportContent, data["content"], "$.content")
    return ReportInput(content=content, kind=kind, period=period)


def report_schema() -> dict[str, Any]:
    """JSON Schema of the report document."""
    content = codec.json_schema(ReportContent)
    nullable_str = {"anyOf": [{"type": "string"}, {"type": "null"}]}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://dlxh.invalid/schemas/report-1.json",
        "title": "DLXH report document (dlxh-report/1)",
        "type": "object",
        "additionalProperties": False,
        "required": ["content"],
        "properties": {
            "schema": {"const": SCHEMA_ID},
            "id": {"anyOf": [{"type": "integer"}, {"type": "null"}]},
            "uid": {"type": "string"},
            "unit": {"type": "string"},
            "kind": {"type": "string", "enum": [k.value for k in ReportKind]},
            "period": {
                "type": "string",
                "pattern": r"^\d{4}(-(\d{2}|Q[1-4]|H[12]|\d{2}-\d{2}))?$",
            },
            "revision": {"type": "integer", "minimum": 1},
            "status": {"type": "string", "enum": [s.value for s in ReportStatus]},
            "number": {"type": "string"},
            "created_at": nullable_str,
            "updated_at": nullable_str,
            "finalized_at": nullable_str,
            "sent_at": nullable_str,
            "acknowledged_at": nullable_str,
            "content": content,
        },
    }
