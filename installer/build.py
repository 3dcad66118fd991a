"""Build the frozen one-folder bundle (both programs) and the platform package.

    uv run --frozen --group dist python installer/build.py [--nsis] [--no-archive] [--clean]

Linux:   dist/dlxh-desktop/ and dist/dlxh-desktop-linux-<arch>.tar.gz
Windows: dist/dlxh-desktop/ and, with --nsis (or when makensis is on PATH),
         dist/dlxh-desktop-<version>-setup.exe

`make dist` calls this after building the translations (.qm). Exit status is non-zero on any
failure. Options for development and CI:

  --src DIR      take the `dlxh_desktop` package from DIR instead of src/ (e.g. a stub)
  --keep-all-qt  do not prune Qt plugins / translations (debugging a missing plugin)
  --nsis         also compile installer/windows/dlxh.nsi against the bundle (any OS with
                 makensis; on Linux the result only checks the script, it cannot run)
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
APP = "dlxh-desktop"
IS_WIN = sys.platform.startswith("win")
EXE_SUFFIX = ".exe" if IS_WIN else ""


def log(msg: str) -> None:
    print(f"[build] {msg}", flush=True)


def version() -> str:
    with (REPO / "pyproject.toml").open("rb") as f:
        return str(tomllib.load(f)["project"]["version"])


def vi_version() -> str:
    """Windows version resources want exactly four numbers: 0.1.0 -> 0.1.0.0, 1.2rc1 -> 1.2.0.0."""
    nums = []
    for part in version().split("."):
        digits = "".join(ch for ch in part if ch.isdigit()) if part else ""
        nums.append(digits.lstrip("0") or "0" if digits else "0")
    return ".".join((nums + ["0"] * 4)[:4])


def make_ico(work: Path) -> Path | None:
    """Windows icon from resources/icons (an .ico there wins; else made from the 256 px PNG)."""
    icons = REPO / "resources" / "icons"
    for name in (f"{APP}.ico", "dlxh.ico"):
        if (icons / name).is_file():
            return icons / name
    png = icons / f"{APP}.png"
    if not png.is_file():
        return None
    try:
        from PIL import Image
    except ImportError:
        log("Pillow not available: executables get the default icon")
        return None
    out = work / f"{APP}.ico"
    out.parent.mkdir(parents=True, exist_ok=True)
    with Image.open(png) as img:
        img.convert("RGBA").save(
            out, sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (256, 256)]
        )
    return out


def check_translations() -> None:
    """Every .ts source should have its compiled .qm (built by `make translations`)."""
    tdir = REPO / "resources" / "translations"
    missing = [ts.name for ts in sorted(tdir.glob("*.ts")) if not ts.with_suffix(".qm").exists()]
    if missing:
        log(
            "WARNING: no .qm for "
            + ", ".join(missing)
            + " - run `python -m dlxh_desktop.ui.translations_build` (make translations) first"
        )


def run_pyinstaller(
    dist: Path, work: Path, src: Path | None, keep_all_qt: bool, clean: bool
) -> Path:
    env = dict(os.environ)
    ico = make_ico(work)
    if ico is not None:
        env["DLXH_ICON"] = str(ico)
    if src is not None:
        env["DLXH_SRC"] = str(src.resolve())
    if keep_all_qt:
        env["DLXH_KEEP_ALL_QT"] = "1"
    cmd = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        str(HERE / "dlxh.spec"),
    ]
    if clean:
        cmd.insert(3, "--clean")
    log("PyInstaller: " + " ".join(cmd[2:]))
    t0 = time.monotonic()
    subprocess.run(cmd, check=True, env=env, cwd=REPO)
    log(f"PyInstaller done in {time.monotonic() - t0:.0f} s")
    bundle = dist / APP
    for exe in ("dlxh", APP):
        if not (bundle / (exe + EXE_SUFFIX)).is_file():
            raise SystemExit(f"[build] missing {exe}{EXE_SUFFIX} in {bundle}")
    return bundle


def add_linux_files(bundle: Path) -> None:
    """Desktop entry, MIME type, icon and the ~/.local install script, next to the programs."""
    share = bundle / "share"
    if share.exists():
        shutil.rmtree(share)
    (share / "applications").mkdir(parents=True)
    (share / "mime" / "packages").mkdir(parents=True)
    shutil.copy2(HERE / "linux" / f"{APP}.desktop", share / "applications" / f"{APP}.desktop")
    shutil.copy2(
        HERE / "linux" / "dlxh-package.xml", share / "mime" / "packages" / "dlxh-package.xml"
    )
    # Icon: the product's own if resources/ has one, else the installer's fallback.
    icons = REPO / "resources" / "icons"
    svg = next(
        (p for p in (icons / f"{APP}.svg", icons / "dlxh.svg", icons / "app.svg") if p.is_file()),
        None,
    )
    svg = svg or HERE / "linux" / f"{APP}.svg"
    icon_dir = share / "icons" / "hicolor" / "scalable" / "apps"
    icon_dir.mkdir(parents=True)
    shutil.copy2(svg, icon_dir / f"{APP}.svg")
    shutil.copy2(svg, icon_dir / "application-x-dlxh-package.svg")
    for script in ("install.sh",):
        shutil.copy2(HERE / "linux" / script, bundle / script)
        (bundle / script).chmod(0o755)


def make_tarball(bundle: Path, dist: Path) -> Path:
    arch = platform.machine().lower() or "x86_64"
    arch = {"amd64": "x86_64", "arm64": "aarch64"}.get(arch, arch)
    out = dist / f"{APP}-linux-{arch}.tar.gz"
    tmp = out.with_suffix(".tmp")
    t0 = time.monotonic()

    def norm(ti: tarfile.TarInfo) -> tarfile.TarInfo:
        ti.uid = ti.gid = 0
        ti.uname = ti.gname = ""
        return ti

    with tarfile.open(tmp, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=APP, filter=norm)
    tmp.replace(out)
    log(f"tarball {out} ({out.stat().st_size / 1e6:.1f} MB) in {time.monotonic() - t0:.0f} s")
    return out


def find_makensis() -> str | None:
    found = shutil.which("makensis")
    if found:
        return found
    if IS_WIN:
        for base in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES")):
            if base and (Path(base) / "NSIS" / "makensis.exe").is_file():
                return str(Path(base) / "NSIS" / "makensis.exe")
    return None


def make_nsis(bundle: Path, dist: Path, makensis: str, fast: bool = False) -> Path:
    out = dist / f"{APP}-{version()}-setup.exe"
    ico = make_ico(REPO / "build" / "pyinstaller")
    defs = [f"-DAPP_ICON={ico.resolve()}"] if ico is not None else []
    defs += [
        f"-DPAYLOAD_DIR={bundle.resolve()}",
        f"-DOUTFILE={out.resolve()}",
        f"-DVERSION={version()}",
        f"-DVIVERSION={vi_version()}",
    ]
    if fast:  # no compression: checks the script in seconds (the output is for testing only)
        defs.append("-DNOCOMPRESS")
    if not IS_WIN:  # the Linux bundle as a stand-in payload: executables without .exe
        defs.append("-DPAYLOAD_EXE_SUFFIX=")
    # makensis on Linux takes -D; on Windows both /D and -D work.
    cmd = [makensis, "-V2", "-INPUTCHARSET", "UTF8", *defs, str(HERE / "windows" / "dlxh.nsi")]
    log("makensis: " + " ".join(cmd[1:]))
    t0 = time.monotonic()
    subprocess.run(cmd, check=True)
    log(f"installer {out} ({out.stat().st_size / 1e6:.1f} MB) in {time.monotonic() - t0:.0f} s")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--dist", default=str(REPO / "dist"), help="output folder (default: dist/)")
    ap.add_argument(
        "--work", default=str(REPO / "build" / "pyinstaller"), help="PyInstaller work folder"
    )
    ap.add_argument("--src", help="folder holding the dlxh_desktop package (default: src/)")
    ap.add_argument("--clean", action="store_true", help="drop PyInstaller's cache first")
    ap.add_argument("--keep-all-qt", action="store_true", help="do not prune Qt plugins")
    ap.add_argument("--no-archive", action="store_true", help="Linux: skip the tarball")
    ap.add_argument("--nsis", action="store_true", help="compile the NSIS installer too")
    ap.add_argument(
        "--nsis-fast", action="store_true", help="with --nsis: no compression (CI check)"
    )
    ap.add_argument("--no-nsis", action="store_true", help="Windows: skip the NSIS installer")
    args = ap.parse_args(argv)

    dist = Path(args.dist).resolve()
    check_translations()
    bundle = run_pyinstaller(
        dist,
        Path(args.work).resolve(),
        Path(args.src) if args.src else None,
        args.keep_all_qt,
        args.clean,
    )
    if not IS_WIN:
        add_linux_files(bundle)
        if not args.no_archive:
            make_tarball(bundle, dist)
    want_nsis = args.nsis or (IS_WIN and not args.no_nsis)
    if want_nsis:
        makensis = find_makensis()
        if makensis is None:
            if args.nsis:
                raise SystemExit("[build] makensis not found (Debian: apt-get install nsis)")
            log("makensis not found: no installer built")
        else:
            make_nsis(bundle, dist, makensis, fast=args.nsis_fast)
    log(f"bundle: {bundle}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
