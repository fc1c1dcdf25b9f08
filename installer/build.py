"""Build the desktop client for IT: `python -m installer.build [options]`.

    python -m installer.build --server-url https://crm.example.com --organisation "Example" --deb

writes `dist/outpost/` (PyInstaller, one folder; `outpost --self-test` checks it) with IT's
preset as `preset.toml` beside the executable, and with `--deb` on Debian/Ubuntu
`dist/outpost_<version>_<arch>.deb`. The preset is checked with the same rules the app
applies, so a typo fails the build instead of every laptop.
"""

import argparse
import json
import shutil
import subprocess
import sys
import time
import tomllib
from pathlib import Path

from app import preset

from . import deb

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "installer" / "outpost.spec"


def version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "version"
    ]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m installer.build",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--server-url", help="the company's Outpost server, e.g. https://crm.example.com"
    )
    parser.add_argument("--organisation", help="shown on the sign-in screen")
    parser.add_argument("--ca-certificate", type=Path, help="PEM of a private CA; copied in")
    parser.add_argument("--language", choices=preset.LANGUAGES, help="default UI language")
    parser.add_argument("--sync-interval", type=int, help="default seconds between checks")
    parser.add_argument(
        "--allow-server-change",
        action="store_true",
        help="users may sign in to another server (the preset one is only prefilled)",
    )
    parser.add_argument("--deb", action="store_true", help="also build the Debian package")
    parser.add_argument("--deb-compression", choices=("zstd", "xz", "gzip"), default="zstd")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="PyInstaller's cache")
    return parser


def preset_values(args: argparse.Namespace) -> dict[str, object]:
    values: dict[str, object] = {
        "server_url": args.server_url,
        "organisation": args.organisation,
        "ca_certificate": args.ca_certificate.name if args.ca_certificate else None,
        "language": args.language,
        "sync_interval": args.sync_interval,
    }
    if args.server_url and args.allow_server_change:
        values["lock_server"] = False
    return {key: value for key, value in values.items() if value is not None}


def write_preset(folder: Path, values: dict[str, object], ca_certificate: Path | None) -> Path:
    """`preset.toml` (and the CA file) beside the executable, validated like the app does."""
    if ca_certificate is not None:
        shutil.copyfile(ca_certificate, folder / ca_certificate.name)
    path = folder / preset.FILE_NAME
    lines = ['# Written by `python -m installer.build`; see README, "Installers".']
    lines += [f"{key} = {_toml(value)}" for key, value in values.items()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    loaded = preset.load([path])
    if loaded.errors:
        raise SystemExit(f"error: {loaded.errors[0].message}")
    return path


def _toml(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    return json.dumps(str(value), ensure_ascii=False)  # a valid TOML basic string


def build_bundle(dist: Path, work: Path) -> Path:
    """Run PyInstaller on the spec; returns the bundle folder (`dist/outpost`)."""
    command = [sys.executable, "-m", "PyInstaller", str(SPEC), "--noconfirm", "--log-level=WARN"]
    command += ["--distpath", str(dist), "--workpath", str(work)]
    subprocess.run(command, check=True, cwd=ROOT)
    return dist / "outpost"


def folder_size(folder: Path) -> int:
    """Bytes on disk, each file once (the bundle links its Qt libraries to the top)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.deb and shutil.which("dpkg-deb") is None:
        raise SystemExit("error: --deb needs dpkg-deb (Debian or Ubuntu)")
    values = preset_values(args)
    started = time.monotonic()
    bundle = build_bundle(args.dist.resolve(), args.work.resolve())
    mac_app = args.dist.resolve() / "Outpost.app" / "Contents" / "Resources"  # macOS only
    for folder in (bundle, mac_app):
        if values and folder.is_dir():
            write_preset(folder, values, args.ca_certificate)
    size = folder_size(bundle)
    print(f"bundle: {bundle} ({size / 1e6:.0f} MB, {time.monotonic() - started:.0f} s)")
    if args.deb:
        package = deb.build(bundle, args.dist.resolve(), version(), args.deb_compression)
        print(f"package: {package} ({package.stat().st_size / 1e6:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
