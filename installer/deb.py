"""The Debian package around the bundle, built with `dpkg-deb` (no maintainer scripts).

    /opt/outpost/                       the bundle (IT's preset.toml beside the executable)
    /usr/bin/outpost                    -> /opt/outpost/outpost
    /usr/share/applications/outpost.desktop
    /usr/share/icons/hicolor/{256x256,scalable}/apps/outpost.{png,svg}

Menus and icon caches are refreshed by the dpkg triggers of desktop-file-utils and
hicolor-icon-theme, so installing and removing leave nothing behind. Site settings go to
/etc/outpost/preset.toml, which the package never touches.
"""

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
# What the bundled Qt loads from the system (dev.sh's SYSTEM_PACKAGES less xvfb), and a font
# with Chinese glyphs.
DEPENDS = [
    "libegl1",
    "libgl1",
    "libfontconfig1",
    "libfreetype6",
    "libdbus-1-3",
    "libglib2.0-0t64 | libglib2.0-0",  # renamed in Debian 13 and Ubuntu 24.04
    "libx11-6",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-randr0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-xinerama0",
    "libxcb-xkb1",
    "libx11-xcb1",
    "fonts-wqy-microhei",
]
DESKTOP = """\
[Desktop Entry]
Type=Application
Name=Outpost CRM
Name[zh_CN]=Outpost 客户管理
GenericName=Customer relationship management
GenericName[zh_CN]=客户关系管理
Comment=Your customers, online or offline
Comment[zh_CN]=客户资料随身带，离线也能用
Exec=outpost
Icon=outpost
Terminal=false
Categories=Office;
StartupWMClass=outpost
"""
CONTROL = """\
Package: outpost
Version: {version}
Section: misc
Priority: optional
Architecture: {arch}
Maintainer: Outpost CRM <outpost@localhost>
Installed-Size: {size_kb}
Depends: {depends}
Description: Outpost CRM desktop client
 An offline-first CRM: each person works on a local replica of their
 customers and syncs with the company's Outpost server. Run
 `outpost --self-test --username NAME --password-stdin` to check an install.
"""


def glibc_needed(bundle: Path) -> str | None:
    """The newest glibc symbol version the bundle's binaries use (that of the build machine's
    libstdc++ and friends, which the bundle carries): the package's libc6 dependency."""
    if shutil.which("objdump") is None:
        return None
    versions: set[tuple[int, ...]] = set()
    for path in bundle.rglob("*"):
        if path.is_symlink() or not (".so" in path.name or path.name == "outpost"):
            continue
        symbols = subprocess.run(["objdump", "-T", str(path)], capture_output=True, text=True)
        found = re.findall(r"GLIBC_([\d.]+)", symbols.stdout)
        versions.update(tuple(int(n) for n in version.split(".")) for version in found)
    return ".".join(map(str, max(versions))) if versions else None


def architecture() -> str:
    return subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()


def build(bundle: Path, out_dir: Path, version: str, compression: str = "zstd") -> Path:
    """`out_dir/outpost_<version>_<arch>.deb` holding `bundle` under /opt/outpost."""
    arch = architecture()
    target = out_dir / f"outpost_{version}_{arch}.deb"
    with tempfile.TemporaryDirectory(prefix="outpost-deb-") as tmp:
        root = Path(tmp) / "root"
        shutil.copytree(bundle, root / "opt" / "outpost", symlinks=True)
        (root / "usr" / "bin").mkdir(parents=True)
        (root / "usr" / "bin" / "outpost").symlink_to("/opt/outpost/outpost")
        apps = root / "usr" / "share" / "applications"
        apps.mkdir(parents=True)
        (apps / "outpost.desktop").write_text(DESKTOP, encoding="utf-8")
        icons = root / "usr" / "share" / "icons" / "hicolor"
        for size, name in (("256x256", "outpost.png"), ("scalable", "outpost.svg")):
            (icons / size / "apps").mkdir(parents=True)
            shutil.copyfile(ICONS / name, icons / size / "apps" / name)
        _normalise_modes(root)
        files = [p for p in root.rglob("*") if p.is_file() and not p.is_symlink()]
        size_kb = sum(p.stat().st_size for p in files) // 1024 + 1
        control = root / "DEBIAN"
        control.mkdir(mode=0o755)
        glibc = glibc_needed(bundle)
        depends = [f"libc6 (>= {glibc})"] if glibc else []
        (control / "control").write_text(
            CONTROL.format(
                version=version, arch=arch, size_kb=size_kb, depends=", ".join(depends + DEPENDS)
            ),
            encoding="utf-8",
        )
        command = ["dpkg-deb", "--root-owner-group", f"-Z{compression}", "--build"]
        subprocess.run([*command, str(root), str(target)], check=True, capture_output=True)
    return target


def _normalise_modes(root: Path) -> None:
    """Owner-writable, world-readable: 755 for folders and programs, 644 for the rest."""
    for path in root.rglob("*"):
        if path.is_symlink():
            continue
        executable = path.is_dir() or path.stat().st_mode & 0o111
        path.chmod(0o755 if executable else 0o644)
