"""A small disk the test controls: a tmpfs mounted in the test's folder (root only), filled to
the last byte and freed again, so SQLite and Python meet a real ENOSPC."""

import errno
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

INODES = 512  # files and folders the small disk holds: a client needs a few dozen


class SmallDisk:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.filler = root / "filler"

    def fill(self, *, inodes: bool = False) -> None:
        """Write until the disk refuses (in 1 MiB steps, then smaller); with `inodes`, then
        also create empty files until no file or folder can be made."""
        fd = os.open(self.filler, os.O_WRONLY | os.O_CREAT | os.O_APPEND)
        try:
            for step in (1 << 20, 4096, 1):
                try:
                    while True:
                        os.write(fd, b"\0" * step)
                except OSError as exc:
                    if exc.errno != errno.ENOSPC:
                        raise
        finally:
            os.close(fd)
        if inodes:
            folder = self.root / "inodes"
            folder.mkdir()
            try:
                for n in range(INODES):
                    (folder / str(n)).touch()
            except OSError as exc:
                if exc.errno != errno.ENOSPC:
                    raise

    def free(self) -> None:
        self.filler.unlink(missing_ok=True)
        shutil.rmtree(self.root / "inodes", ignore_errors=True)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[SmallDisk]:
    root = tmp_path / "disk"
    root.mkdir()
    mounted = subprocess.run(
        [
            "mount",
            "-t",
            "tmpfs",
            "-o",
            f"size=16m,nr_inodes={INODES},mode=0755",
            "tmpfs",
            str(root),
        ],
        capture_output=True,
        text=True,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a small disk here: {mounted.stderr.strip()}")
    try:
        yield SmallDisk(root)
    finally:
        subprocess.run(["umount", "-l", str(root)], check=False)
