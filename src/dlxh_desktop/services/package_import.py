"""``package import PATH...``: the receiving pipeline of PACKAGE-DESIGN.md, file by file.

size → framing → header → sender key lookup → outer signature → key validity at created-at →
ledger (same package id / same sequence / absurd jump / created-at window) → recipient →
decrypt → inner signature → manifest == header → hashes → schema → archive the original under
its SHA-256 (durable before the ledger row names it) → one BEGIN IMMEDIATE transaction (data +
ledger row). Each file gets a verdict;
a bad file never stops the batch. Database and passphrase trouble do stop it (they are not the
file's fault and would fail every file alike).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

from dlxh_desktop.atomic_file import make_dirs_durably, write_durably
from dlxh_desktop.domain import DomainError, Period, Report, ReportKind, ReportStatus, strict_json
from dlxh_desktop.domain.report_json import report_from_json
from dlxh_desktop.domain.validation import MAX_ROWS, MAX_TEXT
from dlxh_desktop.errors import DlxhError
from dlxh_desktop.exchange import (
    Envelope,
    ExchangeError,
    PackageRejected,
    PublicKeys,
    decrypt_and_verify,
    read_envelope,
    read_package_file,
)
from dlxh_desktop.exchange.keys import fingerprint
from dlxh_desktop.storage import exchange_repo
from dlxh_desktop.storage.engine import StorageError
from dlxh_desktop.storage.exchange_repo import LedgerEntry, Quarantined, TrustKey

from .errors import ServiceError
from .exchange_context import ExchangeContext, public_of
from .progress import Progress

VERDICTS = ("imported", "already_imported", "amended", "quarantined", "rejected")
MAX_SEQUENCE_JUMP = 100_000
FUTURE_TOLERANCE = timedelta(days=1)
MAX_AGE = timedelta(days=400)
MAX_REPORT_JSON = 20 << 20
_UID_RE = re.compile(r"^[0-9a-f]{32}$")


@dataclass(frozen=True)
class ImportResult:
    """The verdict on one file; ``reason`` is a stable code, ``details`` fill its sentence."""

    path: str
    verdict: str
    reason: str = ""
    details: dict[str, Any] = field(default_factory=dict)
    package_id: str | None = None
    kind: str | None = None
    sender_unit: str | None = None
    fingerprint: str | None = None
    sha256: str | None = None
    report_id: int | None = None

    def to_json(self) -> dict[str, Any]:
        """Codes and details only: the CLI and the UI word them (``messages.verdict_text``)."""
        return {
            "path": self.path,
            "verdict": self.verdict,
            "reason": self.reason,
            "details": dict(self.details),
            "package_id": self.package_id,
            "kind": self.kind,
            "sender": self.sender_unit,
            "fingerprint": self.fingerprint,
            "sha256": self.sha256,
            "report_id": self.report_id,
        }


class _Verdict(Exception):
    def __init__(self, verdict: str, reason: str, **details: Any) -> None:
        super().__init__(reason)
        self.verdict, self.reason, self.details = verdict, reason, details


@dataclass(frozen=True)
class _Store:
    """A report package that passed every check: its durable stage (archive + transaction)
    is all that is left."""

    path: Path
    data: bytes
    env: Envelope
    report: Report


def _unexpected(path: Path, exc: BaseException) -> ImportResult:
    """A bug must not stop the batch; say so in the verdict."""
    return ImportResult(str(path), "rejected", "unexpected_error", {"error": type(exc).__name__})


_FATAL = (StorageError, ServiceError, ExchangeError, KeyboardInterrupt)


def collect_files(paths: Iterable[Path]) -> list[Path]:
    """Files as given; folders contribute their ``*.dlxh`` files (recursively, sorted)."""
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*.dlxh") if f.is_file()))
        else:
            out.append(p)
    return out


def _strict_json(data: bytes) -> Any:
    if len(data) > MAX_REPORT_JSON:
        raise _Verdict("rejected", "report_schema", path="$")
    try:
        return strict_json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise _Verdict("rejected", "report_schema", path="$") from None


class Importer:
    """Imports files one by one into the data folder of ``ctx`` (registry loaded once)."""

    def __init__(self, ctx: ExchangeContext, waive: frozenset[str] = frozenset()) -> None:
        self.ctx = ctx
        self.waive = waive  # quarantine reasons a person has decided to accept (release)
        self.own = ctx.own_code()
        self.tree = ctx.svc.units.tree()
        with ctx.sessions.read() as s:
            self.keys: dict[tuple[str, str], TrustKey] = {
                (k.unit_code, k.key_id): k for k in exchange_repo.all_keys(s)
            }
        self._public: dict[tuple[str, str], PublicKeys] = {
            uk: public_of(k) for uk, k in self.keys.items()
        }
        link = ctx.parent()
        self.parent_code = link.parent_code if link else None
        # The ledger pre-check (before decrypting) runs against this index, kept up to date
        # as the batch goes; the transaction re-checks the package id itself.
        self.seen_ids: set[str] = set()
        self.seen_seq: set[tuple[str, int]] = set()
        self.top_seq: dict[str, int] = {}
        with ctx.sessions.read() as s:
            for package_id, unit, seq in exchange_repo.ledger_index(s):
                self._remember(package_id, unit, seq)
        self._shards_ready = False
        # Batch pipeline (see ``pipeline``): the report whose durable stage runs on the helper
        # thread, and results collected early, in file order.
        self._pool: ThreadPoolExecutor | None = None
        self._pending: tuple[_Store, Future[tuple[ImportResult, bool]]] | None = None
        self._ready: list[tuple[Path, ImportResult]] = []

    def _remember(self, package_id: str, unit: str, sequence: int) -> None:
        self.seen_ids.add(package_id)
        self.seen_seq.add((unit, sequence))
        self.top_seq[unit] = max(self.top_seq.get(unit, 0), sequence)

    def _lookup(self, unit: str, key_id: str) -> PublicKeys | None:
        return self._public.get((unit, key_id))

    # -- one file ---------------------------------------------------------------------------
    def import_file(self, path: Path) -> ImportResult:
        """Every step for one file, on this thread."""
        step = self.prepare(path)
        return step if isinstance(step, ImportResult) else self._finish(step, *self.store(step))

    def prepare(self, path: Path) -> ImportResult | _Store:
        """Every check up to and including the schema; a report that passes them comes back
        as a :class:`_Store` job, anything else as its verdict."""
        env: Envelope | None = None
        try:
            data = read_package_file(path)
            env = read_envelope(data, lookup_sender_key=self._lookup, allow_unregistered=True)
            return self._dispatch(path, data, env)
        except _Verdict as v:
            return self._result(path, env, v.verdict, v.reason, v.details)
        except PackageRejected as exc:
            return self._result(path, env, "rejected", exc.code, exc.details)
        except ExchangeError as exc:
            if exc.code != "read_failed":
                raise  # wrong passphrase, no identity…: not this file's fault
            return self._result(path, env, "rejected", "unreadable", {})

    def store(self, job: _Store) -> tuple[ImportResult, bool]:
        """The durable stage of a report: archive, then one transaction. Returns the verdict
        and whether a ledger row was written (the caller then updates the batch index)."""
        try:
            return self._store_report(job.path, job.data, job.env, job.report), True
        except _Verdict as v:
            return self._result(job.path, job.env, v.verdict, v.reason, v.details), False

    def _finish(self, job: _Store, result: ImportResult, recorded: bool) -> ImportResult:
        if recorded:
            h = job.env.header
            self._remember(h.package_id, h.sender_unit, h.sequence)
        return result

    # -- a batch ----------------------------------------------------------------------------
    def pipeline(self, files: Sequence[Path]) -> Iterator[tuple[Path, ImportResult]]:
        """Import ``files`` in order, yielding each file's verdict in that order.

        One report's durable stage (archive fsyncs, transaction, commit fsync) runs on a
        helper thread while the next file is read, verified, decrypted and validated here:
        the disk waits overlap the CPU work. Nothing else changes: still one transaction per
        package, each archive durable before its own transaction, transactions in file
        order, and at most one package in flight. Before anything that writes or reads the
        database (quarantine, directory, receipt) and before the ledger pre-check of a
        package from the same sender (or with the same package id) as the one in flight,
        the in-flight package is finished first (``_drain``), so every check sees exactly
        what the serial order would. When a result is handed out, no package is in flight:
        a caller that stops consuming leaves nothing half done and nothing unreported.
        """
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="dlxh-import") as pool:
            self._pool = pool
            try:
                for f in files:
                    try:
                        step = self._prepare_guarded(f)
                    except BaseException:
                        self._drain()  # its own fatal error, if any, takes precedence
                        yield from self._take_ready()
                        raise
                    self._drain()
                    yield from self._take_ready()
                    if isinstance(step, ImportResult):
                        yield f, step
                    else:
                        self._pending = (step, pool.submit(self.store, step))
                self._drain()
                yield from self._take_ready()
            finally:
                self._pool = None
                self._pending = None  # the executor's exit waits for a job still running

    def _prepare_guarded(self, path: Path) -> ImportResult | _Store:
        try:
            return self.prepare(path)
        except _FATAL:
            raise
        except Exception as exc:
            return _unexpected(path, exc)

    def _drain(self) -> None:
        """Finish the package in flight (if any) and keep its verdict for the batch."""
        if self._pending is None:
            return
        job, future = self._pending
        self._pending = None
        try:
            result, recorded = future.result()
        except _FATAL:
            raise
        except Exception as exc:
            result, recorded = _unexpected(job.path, exc), False
        self._ready.append((job.path, self._finish(job, result, recorded)))

    def _take_ready(self) -> list[tuple[Path, ImportResult]]:
        ready, self._ready = self._ready, []
        return ready

    def _settle_for(self, env: Envelope) -> None:
        """Drain unless the in-flight package cannot change what ``env``'s checks see."""
        if self._pending is None:
            return
        h, other = env.header, self._pending[0].env.header
        same = other.sender_unit == h.sender_unit or other.package_id == h.package_id
        if same or h.kind != "report":
            self._drain()

    def _result(
        self,
        path: Path,
        env: Envelope | None,
        verdict: str,
        reason: str,
        details: dict[str, Any],
        report_id: int | None = None,
    ) -> ImportResult:
        h = env.header if env else None
        return ImportResult(
            str(path),
            verdict,
            reason,
            {k: v for k, v in details.items() if isinstance(v, str | int)},
            h.package_id if h else None,
            h.kind if h else None,
            h.sender_unit if h else details.get("unit"),
            fingerprint(h.sender_key) if h else details.get("fingerprint"),
            env.sha256 if env else None,
            report_id,
        )

    def _dispatch(self, path: Path, data: bytes, env: Envelope) -> ImportResult | _Store:
        h = env.header
        self._settle_for(env)
        if h.kind == "enrollment":
            self._quarantine(data, env, "enrollment_needs_confirmation")
        if h.kind == "directory":
            return self._directory(path, env)
        if not env.sender_registered:  # only directory/enrollment get this far unregistered
            raise PackageRejected(
                "unknown_sender_key", unit=h.sender_unit, fingerprint=fingerprint(h.sender_key)
            )
        if h.kind == "report":
            if (
                h.sender_unit not in self.tree
                or self.tree.get(h.sender_unit).parent_code != self.own
            ):
                raise _Verdict("rejected", "not_our_child", unit=h.sender_unit)
        elif h.sender_unit != self.parent_code:
            raise _Verdict("rejected", "not_from_parent", unit=h.sender_unit)
        self._check_key(env)
        self._check_ledger(data, env)
        opened = decrypt_and_verify(
            env, identity=self.ctx.identity_for(h.recipient_key_ids), my_unit_code=self.own
        )
        if h.kind == "receipt":
            from .receipts import apply_receipt

            reason = apply_receipt(self.ctx, opened, self._archive(data, env))
            return self._result(path, env, "imported", reason, {})
        report = self._report(opened.files["report.json"], env)
        self._attachments(report, opened.files)
        return _Store(path, data, env, report)

    def _attachments(self, report: Report, files: Mapping[str, bytes]) -> None:
        """The files beside report.json must be exactly the attachments it lists (the
        manifest already proved their hashes); they are kept under their hash."""
        from . import attachments

        listed = {a.name: a for a in report.content.attachments}
        extra = set(files) - set(listed) - {"report.json", "report.pdf", "report.docx"}
        if extra:
            raise _Verdict("rejected", "attachment_undeclared", name=sorted(extra)[0])
        for name, att in listed.items():
            data = files.get(name)
            if data is None:
                raise _Verdict("rejected", "attachment_missing", name=name)
            if len(data) != att.size or hashlib.sha256(data).hexdigest() != att.sha256:
                raise _Verdict("rejected", "attachment_mismatch", name=name)
        for name in listed:
            attachments.store_bytes(self.ctx.home, files[name])

    def _check_key(self, env: Envelope) -> None:
        h = env.header
        k = self.keys[(h.sender_unit, h.sender_key_id)]
        if k.status == "revoked":
            raise _Verdict("rejected", "key_revoked", unit=h.sender_unit)
        if k.valid_until is not None and h.created_at >= k.valid_until:
            code = "key_rotated_out" if k.status == "rotated" else "key_expired"
            raise _Verdict("rejected", code, unit=h.sender_unit)
        if k.valid_from is not None and h.created_at < k.valid_from:
            raise _Verdict("rejected", "key_not_yet_valid", unit=h.sender_unit)

    def _check_ledger(self, data: bytes, env: Envelope) -> None:
        h = env.header
        top = self.top_seq.get(h.sender_unit, 0)
        if h.package_id in self.seen_ids:
            raise _Verdict("already_imported", "same_package")
        if (h.sender_unit, h.sequence) in self.seen_seq:
            self._quarantine(data, env, "conflicting_duplicate", sequence=h.sequence)
        if h.sequence > top + MAX_SEQUENCE_JUMP:
            self._quarantine(data, env, "sequence_jump", sequence=h.sequence, last=top)
        now = self.ctx.clock.now()
        if h.created_at > now + FUTURE_TOLERANCE:
            self._quarantine(data, env, "created_in_future", created=str(h.created_at))
        if h.created_at < now - MAX_AGE:
            self._quarantine(data, env, "created_too_old", created=str(h.created_at))

    def _archive(self, data: bytes, env: Envelope) -> str:
        """Keep the original under its SHA-256, durably, before the transaction that names it.

        Durability order (docs/package-format.md §9): the file's bytes (fsync of the file),
        then its name (fsync of its shard folder, which makes the rename durable), then the
        ledger row (the WAL commit). A crash in between leaves an archived file without a
        ledger row, which is harmless and reused; never a row naming a missing file. The 256
        shard folders are created once, on a batch's first archive, with one fsync of the
        archive folder, so each package needs only the file's and its folder's fsync.
        """
        rel = f"{env.sha256[:2]}/{env.sha256}.dlxh"
        target = self.ctx.home.archive / rel
        try:
            if not self._shards_ready:
                archive = self.ctx.home.archive
                make_dirs_durably([archive / f"{i:02x}" for i in range(256)])
                self._shards_ready = True
            if not target.exists():
                write_durably(target, data)
        except OSError as exc:
            raise ServiceError("archive_unwritable", path=str(target)) from exc
        return rel

    def _quarantine(self, data: bytes, env: Envelope, reason: str, **details: Any) -> None:
        if reason in self.waive:
            return
        h = env.header
        self._drain()  # database writes in file order, never beside the helper thread's
        rel = self._archive(data, env)
        detail = json.dumps(details, default=str, sort_keys=True)
        with self.ctx.sessions.write() as s:
            exchange_repo.add_quarantine(
                s,
                Quarantined(
                    env.sha256,
                    h.package_id,
                    h.kind,
                    h.sender_unit,
                    h.sequence,
                    h.created_at,
                    reason,
                    detail,
                    self.ctx.clock.now(),
                    rel,
                ),
            )
        raise _Verdict("quarantined", reason, **details)

    def _directory(self, path: Path, env: Envelope) -> ImportResult:
        from .directory import apply_update, parse_directory

        h = env.header
        if h.sender_unit != self.parent_code:
            raise _Verdict("rejected", "not_from_parent", unit=h.sender_unit)
        with self.ctx.sessions.read() as s:
            if exchange_repo.ledger_by_package(s, h.package_id) is not None:
                raise _Verdict("already_imported", "same_package")
        d = parse_directory(decrypt_and_verify(env, identity=None, my_unit_code=None))
        reason = apply_update(self.ctx, d, self.ctx.clock.now())
        return self._result(path, env, "imported", reason, {})

    def _report(self, raw: bytes, env: Envelope) -> Report:
        """Schema validation of report.json against the signed header."""
        h = env.header
        assert h.report is not None
        doc = _strict_json(raw)
        try:
            given = report_from_json(doc)
            uid, unit, number = doc["uid"], doc["unit"], doc.get("number") or ""
            period = Period.parse(h.report.period)
            kind = ReportKind(h.report.kind)
        except (DomainError, KeyError, TypeError, ValueError) as exc:
            path = exc.details.get("path", "$") if isinstance(exc, DlxhError) else "$"
            raise _Verdict("rejected", "report_schema", path=str(path)) from None
        if not isinstance(uid, str) or not _UID_RE.match(uid) or not isinstance(number, str):
            raise _Verdict("rejected", "report_schema", path="$.uid")
        if (
            unit != h.sender_unit
            or given.kind is not kind
            or given.period != period
            or doc.get("revision") != h.report.revision
        ):
            raise _Verdict("rejected", "report_mismatch")
        c = given.content
        if (
            len(c.streams) > MAX_ROWS
            or len(c.incidents) > MAX_ROWS
            or len(c.recommendations) > MAX_ROWS
        ):
            raise _Verdict("rejected", "report_too_many_rows")
        texts = [c.title, c.assessment, c.forecast, c.tasks, c.difficulties]
        if any(len(t) > MAX_TEXT for t in texts) or len(number) > 60:
            raise _Verdict("rejected", "report_text_too_long")
        try:
            return Report(
                id=None, uid=uid, unit_code=unit, kind=kind, period=period,
                revision=h.report.revision, status=ReportStatus.FINALIZED, content=c,
                number=number, created_at=h.created_at, updated_at=self.ctx.clock.now(),
                finalized_at=h.created_at, sent_at=h.created_at,
            )  # fmt: skip
        except DomainError:
            raise _Verdict("rejected", "report_mismatch") from None

    def _store_report(self, path: Path, data: bytes, env: Envelope, r: Report) -> ImportResult:
        h = env.header
        rel = self._archive(data, env)
        now = self.ctx.clock.now()
        with self.ctx.sessions.write() as s:
            if exchange_repo.ledger_has_package(s, h.package_id):
                raise _Verdict("already_imported", "same_package")
            revs = exchange_repo.report_revisions(s, r.uid)
            latest = max((rev for _, _, rev, _ in revs), default=0)
            if any(unit != r.unit_code for _, unit, _, _ in revs):
                raise _Verdict("rejected", "report_uid_conflict")
            if latest > r.revision:
                raise _Verdict("rejected", "older_revision", revision=r.revision, newer=latest)
            if latest == r.revision:
                verdict, reason = "already_imported", "same_revision"
                report_id: int | None = next(i for i, _, rev, _ in revs if rev == latest)
            else:
                older = [i for i, _, _, st in revs if st != ReportStatus.SUPERSEDED.value]
                exchange_repo.set_report_status(s, older, ReportStatus.SUPERSEDED.value)
                report_id = exchange_repo.insert_report(s, r, "imported")
                verdict = "amended" if latest else "imported"
                reason = "newer_revision" if latest else ""
            exchange_repo.add_ledger(
                s,
                LedgerEntry(
                    h.package_id,
                    env.sha256,
                    h.kind,
                    h.sender_unit,
                    h.sender_key_id,
                    h.sequence,
                    h.created_at,
                    verdict,
                    now,
                    reason,
                    r.uid,
                    r.revision,
                    report_id,
                    rel,
                ),
            )
        return self._result(path, env, verdict, reason, {}, report_id)


def import_paths(
    ctx: ExchangeContext, paths: Sequence[Path], *, waive: frozenset[str] = frozenset()
) -> Iterator[Progress | ImportResult]:
    """Import every file (folders: their ``*.dlxh``), yielding progress and one result each.
    ``waive`` names quarantine reasons to accept (a person's release of a held package)."""
    files = collect_files(paths)
    if not files:
        raise ServiceError("nothing_to_import")
    importer = Importer(ctx, waive)
    yield Progress(0, len(files), "Importing packages")
    for n, (f, result) in enumerate(importer.pipeline(files), start=1):
        yield result
        yield Progress(n, len(files), f.name)
