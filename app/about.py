"""Facts about this installation that the About box shows and the device report sends."""

from importlib import metadata
from pathlib import Path


def client_version() -> str:
    """The installed package's version; a bundle without its metadata says so."""
    try:
        return metadata.version("outpost-crm")
    except metadata.PackageNotFoundError:
        return "unknown"


def replica_bytes(path: Path) -> int:
    """Bytes of a replica with its write-ahead log and shared-memory file."""
    names = (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"))
    return sum(p.stat().st_size for p in names if p.exists())
