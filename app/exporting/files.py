"""Writing a file so that a failure leaves nothing half-written, and says why in codes."""

import errno
import os
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from ..errors import DiskFull, KnownError

_DENIED = {errno.EACCES, errno.EPERM, errno.EROFS}


class ExportDenied(KnownError):
    """The folder may not be written (permissions, a read-only disk, a file open in Excel)."""

    code = "export_denied"


class ExportFailed(KnownError):
    """Any other reason the operating system gave for not writing the file."""

    code = "export_failed"


class ExportCancelled(KnownError):
    """The user stopped the export; nothing was written."""

    code = "export_cancelled"


@contextmanager
def written(path: Path) -> Iterator[Path]:
    """A temporary file beside `path` to write; it replaces `path` only when the block ends
    well, and is removed otherwise."""
    part = path.with_name(f".{path.name}.part")
    try:
        yield part
        os.replace(part, path)
    except OSError as exc:
        _remove(part)
        raise classified(exc, path) from exc
    except BaseException:
        _remove(part)
        raise


def classified(exc: OSError, path: Path) -> KnownError:
    reason = exc.strerror or str(exc)
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFull(f"The disk is full ({reason}: {path}).")
    if exc.errno in _DENIED or isinstance(exc, PermissionError):
        return ExportDenied(f"Outpost may not write {path} ({reason}).")
    return ExportFailed(f"{path} could not be written ({reason}).")


def _remove(part: Path) -> None:
    with suppress(OSError):
        part.unlink(missing_ok=True)
