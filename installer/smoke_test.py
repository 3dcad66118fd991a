"""Smoke test of the FROZEN programs (the PyInstaller one-folder build), offscreen.

    python installer/smoke_test.py [--bundle dist/dlxh-desktop] [--strict] [--measure]

Runs, each in temporary data folders (``--home``), never the user's own:

  bundle      resources/ (fonts, icons, topics, .qm for every .ts) reached the bundle
  help        dlxh --help
  demo        dlxh demo --units 12 --months 2
  list        dlxh report list --json            (a list of {id, kind, period, status})
  render      dlxh report render ID --format pdf|docx --out FILE   (a real PDF / DOCX)
  package     a second installation joins under the demo province and sends it a report:
              keys show --json, units list --json, directory export, setup unit,
              enroll export / import, report show --json | report new --from-json,
              report finalize, package export; the province runs package import
  gui         dlxh-desktop --home H        (QT_QPA_PLATFORM=offscreen, DLXH_SMOKE_EXIT_MS)
  gui-empty   dlxh-desktop on an empty data folder (what a fresh install shows)
  gui-open    dlxh-desktop --home H FILE.dlxh  (what double-clicking a package does)

Every step must exit 0. A step whose command the frozen `dlxh` does not have yet (``dlxh CMD
--help`` fails) is reported "not yet available" - visible, never counted as passed; with
``--strict`` it fails the run. ``--measure`` also times ``dlxh --help`` and the GUI's start to
its first window (median of several runs) for docs/installers.md.

The GUI contract this test relies on: with ``DLXH_SMOKE_EXIT_MS=N`` in the environment the
program shows its first window as usual, prints ``dlxh-smoke: window-shown`` on stderr (when
it has one), quits N ms later with exit status 0, and never blocks on a modal dialog.
Private keys never touch the OS keyring here: ``PYTHON_KEYRING_BACKEND`` selects keyring's
fail backend, so the passphrase-protected key file is used with ``DLXH_KEY_PASSPHRASE``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
IS_WIN = sys.platform.startswith("win")
EXE = ".exe" if IS_WIN else ""
SHOWN_MARK = "dlxh-smoke: window-shown"

PASS, FAIL, NA = "ok", "FAILED", "not yet available"


class StepFailed(Exception):
    pass


class NotAvailable(Exception):
    pass


@dataclass
class Result:
    name: str
    status: str
    seconds: float
    detail: str = ""


@dataclass
class Run:
    code: int
    out: str
    err: str
    seconds: float
    shown_after: float | None = None  # GUI: seconds until the "window-shown" line


@dataclass
class Smoke:
    bundle: Path
    tmp: Path
    timeout: float
    verbose: bool
    require_window: bool = False
    results: list[Result] = field(default_factory=list)
    available_cache: dict[tuple[str, ...], bool] = field(default_factory=dict)

    # ------------------------------------------------------------------ running programs
    @property
    def dlxh(self) -> Path:
        return self.bundle / f"dlxh{EXE}"

    @property
    def gui(self) -> Path:
        return self.bundle / f"dlxh-desktop{EXE}"

    def env(self, **extra: str) -> dict[str, str]:
        env = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith(("PYTHON", "VIRTUAL_ENV", "DLXH_", "QT_"))
            and k not in {"LD_LIBRARY_PATH", "UV_PROJECT_ENVIRONMENT"}
        }
        env.update(
            QT_QPA_PLATFORM="offscreen",
            DLXH_KEY_PASSPHRASE="smoke-test passphrase 1",
            PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
            PYTHONIOENCODING="utf-8",
            LANG=os.environ.get("LANG", "C.UTF-8"),
        )
        env.update(extra)
        return env

    def run(
        self,
        args: list[str | Path],
        *,
        exe: Path | None = None,
        env: dict[str, str] | None = None,
        timeout: float | None = None,
        check: bool = True,
    ) -> Run:
        cmd = [str(exe or self.dlxh), *map(str, args)]
        if self.verbose:
            print("  $", " ".join(cmd), flush=True)
        t0 = time.perf_counter()
        shown: list[float] = []
        proc = subprocess.Popen(
            cmd,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
            env=env or self.env(),
            cwd=self.tmp,
        )
        err_lines: list[str] = []

        def read_err() -> None:
            assert proc.stderr is not None
            for raw in proc.stderr:
                line = raw.decode("utf-8", "replace")
                if SHOWN_MARK in line and not shown:
                    shown.append(time.perf_counter() - t0)
                err_lines.append(line)

        out_chunks: list[bytes] = []

        def read_out() -> None:
            assert proc.stdout is not None
            out_chunks.append(proc.stdout.read())

        readers = [threading.Thread(target=f, daemon=True) for f in (read_err, read_out)]
        for t in readers:
            t.start()
        try:
            proc.wait(timeout=timeout or self.timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
            raise StepFailed(
                f"timed out after {timeout or self.timeout:.0f} s: {' '.join(cmd[1:])}"
            ) from None
        for t in readers:
            t.join(10)
        out_b = b"".join(out_chunks)
        elapsed = time.perf_counter() - t0
        res = Run(
            proc.returncode,
            out_b.decode("utf-8", "replace"),
            "".join(err_lines),
            elapsed,
            shown[0] if shown else None,
        )
        if check and res.code != 0:
            tail = (res.err.strip().splitlines() or ["(no stderr)"])[-1]
            raise StepFailed(f"exit {res.code}: {' '.join(cmd[1:])}: {tail}")
        return res

    def has(self, *command: str) -> bool:
        """True when the frozen dlxh knows COMMAND (``dlxh COMMAND --help`` exits 0)."""
        if command not in self.available_cache:
            try:
                r = self.run([*command, "--help"], check=False, timeout=60)
                self.available_cache[command] = r.code == 0
            except StepFailed:
                self.available_cache[command] = False
        return self.available_cache[command]

    def need(self, *commands: tuple[str, ...]) -> None:
        missing = [" ".join(c) for c in commands if not self.has(*c)]
        if missing:
            raise NotAvailable("dlxh " + ", dlxh ".join(missing))

    # ------------------------------------------------------------------ bookkeeping
    def step(self, name: str, fn) -> object:  # type: ignore[no-untyped-def]
        print(f"- {name} ...", flush=True)
        t0 = time.perf_counter()
        value = None
        try:
            value = fn()
            status, detail = PASS, (value if isinstance(value, str) else "")
        except NotAvailable as e:
            status, detail = NA, f"missing: {e}"
        except StepFailed as e:
            status, detail = FAIL, str(e)
        except Exception as e:  # a bug in an assertion below, or unexpected output
            status, detail = FAIL, f"{type(e).__name__}: {e}"
        res = Result(name, status, time.perf_counter() - t0, detail)
        self.results.append(res)
        print(f"  {status} ({res.seconds:.1f} s){': ' + detail if detail else ''}", flush=True)
        return value if status == PASS else None


# ---------------------------------------------------------------------- the steps
def json_out(r: Run) -> object:
    try:
        return json.loads(r.out)
    except json.JSONDecodeError as e:
        raise StepFailed(f"not JSON on stdout ({e}): {r.out[:200]!r}") from None


def last_token(text: str) -> str:
    """Commands that create something print the new id last."""
    tokens = text.split()
    if not tokens:
        raise StepFailed("printed no id")
    return tokens[-1]


def check_bundle(s: Smoke) -> str:
    internal = s.bundle / "_internal"
    res = internal / "resources"
    for exe in (s.dlxh, s.gui):
        if not exe.is_file():
            raise StepFailed(f"missing {exe.name}")
    if not res.is_dir():
        raise StepFailed("resources/ is not in the bundle (_internal/resources)")
    problems, counts = [], {}
    src = REPO / "resources"
    for sub in ("fonts", "icons", "topics", "translations"):
        want = (
            sorted(p.name for p in (src / sub).glob("*") if p.is_file())
            if (src / sub).is_dir()
            else []
        )
        have = {p.name for p in (res / sub).glob("*")} if (res / sub).is_dir() else set()
        lost = [n for n in want if n not in have]
        if lost:
            problems.append(f"{sub}: {', '.join(lost[:5])}")
        counts[sub] = len(have)
    for ts in sorted((src / "translations").glob("*.ts")):
        if not (res / "translations" / (ts.stem + ".qm")).is_file():
            problems.append(f"no compiled {ts.stem}.qm (run make translations before the build)")
    if problems:
        raise StepFailed("; ".join(problems))
    return ", ".join(f"{k} {v}" for k, v in counts.items())


def run_all(s: Smoke, measure: bool) -> dict[str, float]:
    province = s.tmp / "province"
    unit = s.tmp / "unit"
    empty = s.tmp / "empty"
    out = s.tmp / "out"
    out.mkdir()
    numbers: dict[str, float] = {}
    state: dict[str, object] = {}

    s.step("bundle: resources, fonts, translations", lambda: check_bundle(s))

    def help_() -> str:
        r = s.run(["--help"])
        if "demo" not in r.out and "usage" not in r.out.lower():
            raise StepFailed("--help printed no usage")
        numbers["dlxh --help, first run (s)"] = r.seconds
        return f"{r.seconds:.2f} s"

    s.step("dlxh --help", help_)

    def demo() -> str:
        s.need(("demo",))
        r = s.run(
            ["--home", province, "demo", "--units", "12", "--months", "2"],
            timeout=max(s.timeout, 300),
        )
        return f"{r.seconds:.1f} s"

    s.step("dlxh demo --units 12 --months 2", demo)

    def report_list() -> str:
        s.need(("report", "list"))
        data = json_out(s.run(["--home", province, "report", "list", "--json"]))
        if not isinstance(data, list) or not data:
            raise StepFailed("report list --json gave no reports after demo")
        for item in data:
            missing = {"id", "kind", "period", "status"} - set(item)
            if missing:
                raise StepFailed(f"report without {sorted(missing)}: {item}")
        state["reports"] = data
        return f"{len(data)} reports"

    s.step("dlxh report list --json", report_list)

    def pick(kind: str | None = None) -> dict:  # type: ignore[type-arg]
        reports = state.get("reports")
        if not reports:
            raise NotAvailable("a report from `report list --json` (earlier step)")
        ranked = sorted(
            reports,  # type: ignore[arg-type]
            key=lambda r: (kind is not None and r["kind"] != kind, r["status"] == "draft"),
        )
        return ranked[0]

    def render(fmt: str, magic: bytes) -> str:
        s.need(("report", "render"))
        rid = str(pick()["id"])
        target = out / f"report.{fmt}"
        s.run(["--home", province, "report", "render", rid, "--format", fmt, "--out", target])
        if not target.is_file() or target.read_bytes()[: len(magic)] != magic:
            raise StepFailed(f"{target.name} is not a {fmt.upper()} file")
        return f"{target.stat().st_size // 1024} KiB"

    s.step("dlxh report render ID --format pdf", lambda: render("pdf", b"%PDF"))
    s.step("dlxh report render ID --format docx", lambda: render("docx", b"PK"))

    def package_flow() -> str:
        s.need(
            ("keys", "show"),
            ("units", "list"),
            ("directory", "export"),
            ("setup", "unit"),
            ("enroll", "export"),
            ("enroll", "import"),
            ("report", "show"),
            ("report", "new"),
            ("report", "finalize"),
            ("package", "export"),
            ("package", "import"),
        )
        if not state.get("reports"):
            raise NotAvailable("the demo province (earlier steps)")
        P = ["--home", province]
        U = ["--home", unit]
        fp_province = json_out(s.run([*P, "keys", "show", "--json"]))["fingerprint"]  # type: ignore[index]
        units = json_out(s.run([*P, "units", "list", "--json"]))
        assert isinstance(units, list) and units, "units list --json is empty"
        top = next((u for u in units if not (u.get("parent") or u.get("parent_code"))), units[0])
        top_code = top.get("code")
        children = [u for u in units if (u.get("parent") or u.get("parent_code")) == top_code]
        if not children:
            raise StepFailed(f"no unit directly under {top_code} in units list --json")
        child = children[0]["code"]
        directory = out / "directory.dlxh"
        s.run([*P, "directory", "export", "--out", directory])
        s.run(
            [
                *U,
                "setup",
                "unit",
                "--directory",
                directory,
                "--code",
                child,
                "--fingerprint",
                fp_province,
            ]
        )
        enrollment = out / "enrollment.dlxh"
        s.run([*U, "enroll", "export", "--out", enrollment])
        fp_unit = json_out(s.run([*U, "keys", "show", "--json"]))["fingerprint"]  # type: ignore[index]
        s.run([*P, "enroll", "import", enrollment, "--fingerprint", fp_unit])
        # a plausible report: the JSON of a demo monthly report, as the unit's new draft
        src = pick("monthly")
        content = out / "report.json"
        content.write_text(
            s.run([*P, "report", "show", str(src["id"]), "--json"]).out, encoding="utf-8"
        )
        new = s.run(
            [
                *U,
                "report",
                "new",
                "--kind",
                str(src["kind"]),
                "--period",
                str(src["period"]),
                "--from-json",
                content,
            ]
        )
        rid = last_token(new.out)
        s.run([*U, "report", "finalize", rid])
        package = out / "report.dlxh"
        s.run([*U, "package", "export", rid, "--out", package])
        if not package.is_file():
            raise StepFailed("package export wrote no file")
        verdicts = s.run([*P, "package", "import", package, "--json"])
        state["package"] = package
        return f"unit {child} -> {top_code}: {verdicts.out.strip()[:120]}"

    s.step("package: join, enroll, export from unit, import at province", package_flow)

    def gui(home: Path, *extra: str | Path) -> Run:
        env = s.env(DLXH_SMOKE_EXIT_MS="300")
        try:
            return s.run(["--home", home, *extra], exe=s.gui, env=env, timeout=120)
        except StepFailed as e:
            if "timed out" in str(e):
                raise StepFailed(f"{e} - does dlxh-desktop honour DLXH_SMOKE_EXIT_MS?") from None
            raise

    def gui_main() -> str:
        if not province.exists():
            raise NotAvailable("the demo data folder (dlxh demo)")
        r = gui(province)
        shown = f", first window after {r.shown_after:.2f} s" if r.shown_after is not None else ""
        if r.shown_after is None:
            if s.require_window:
                raise StepFailed(f"no '{SHOWN_MARK}' line on stderr: was a window shown?")
            return f"exited 0 in {r.seconds:.2f} s (no '{SHOWN_MARK}' line on stderr)"
        return f"exited 0 in {r.seconds:.2f} s{shown}"

    s.step("dlxh-desktop --home DEMO (offscreen)", gui_main)

    def gui_empty() -> str:
        empty.mkdir(exist_ok=True)
        r = gui(empty)
        return f"exited 0 in {r.seconds:.2f} s"

    s.step("dlxh-desktop on an empty data folder", gui_empty)

    def gui_open() -> str:
        package = state.get("package")
        if not isinstance(package, Path):
            raise NotAvailable("a package file (package step)")
        r = gui(province, package)
        return f"exited 0 in {r.seconds:.2f} s"

    s.step("dlxh-desktop --home DEMO FILE.dlxh (file association)", gui_open)

    if measure:

        def timings() -> str:
            helps = [s.run(["--help"]).seconds for _ in range(5)]
            numbers["dlxh --help, median of 5 warm runs (s)"] = statistics.median(helps)
            if province.exists():
                runs = [gui(province) for _ in range(3)]
                shown = [r.shown_after for r in runs if r.shown_after is not None]
                numbers["dlxh-desktop start to exit with DLXH_SMOKE_EXIT_MS=300, median (s)"] = (
                    statistics.median(r.seconds for r in runs)
                )
                if shown:
                    numbers["dlxh-desktop start to first window, median of 3 (s)"] = (
                        statistics.median(shown)
                    )
            return ", ".join(f"{k}: {v:.2f}" for k, v in numbers.items())

        s.step("measure start times", timings)
    return numbers


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument(
        "--bundle", default=str(REPO / "dist" / "dlxh-desktop"), help="one-folder build"
    )
    ap.add_argument("--timeout", type=float, default=120, help="seconds per command")
    ap.add_argument("--strict", action="store_true", help="'not yet available' fails the run")
    ap.add_argument("--measure", action="store_true", help="also time --help and the GUI start")
    ap.add_argument(
        "--require-window",
        action="store_true",
        help=f"the GUI must print '{SHOWN_MARK}' (proof a window was shown)",
    )
    ap.add_argument("--json", help="write the results here")
    ap.add_argument("--keep", action="store_true", help="keep the temporary data folders")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every command")
    args = ap.parse_args(argv)

    bundle = Path(args.bundle).resolve()
    if not (bundle / f"dlxh{EXE}").is_file():
        print(f"smoke test: no frozen build in {bundle} (run `make dist` first)", file=sys.stderr)
        return 2
    tmp = Path(tempfile.mkdtemp(prefix="dlxh-smoke-"))
    print(f"smoke test of {bundle} (data folders in {tmp})", flush=True)
    t0 = time.perf_counter()
    smoke = Smoke(bundle, tmp, args.timeout, args.verbose, args.require_window)
    try:
        numbers = run_all(smoke, args.measure)
    finally:
        if args.keep:
            print(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    total = time.perf_counter() - t0

    width = max(len(r.name) for r in smoke.results)
    print(f"\n{'step':<{width}}  result")
    for r in smoke.results:
        note = f" - {r.detail}" if r.detail and r.status != PASS else ""
        print(f"{r.name:<{width}}  {r.status}{note}")
    failed = [r for r in smoke.results if r.status == FAIL]
    missing = [r for r in smoke.results if r.status == NA]
    print(
        f"\n{len(smoke.results) - len(failed) - len(missing)} ok, {len(failed)} failed, "
        f"{len(missing)} not yet available, {total:.0f} s"
    )
    if args.json:
        Path(args.json).write_text(
            json.dumps(
                {
                    "results": [r.__dict__ for r in smoke.results],
                    "measured": numbers,
                    "seconds": total,
                },
                ensure_ascii=False,
                indent=2,
            ),
            encoding="utf-8",
        )
    if failed or (args.strict and missing):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
