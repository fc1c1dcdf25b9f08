"""The newest migration of a folder, read from its file names: no SQLAlchemy, no Alembic.

Start-up checks (the client's replica, `outpost-server init-db`) compare it with the revision
a database records; importing Alembic to ask the same costs most of a second.
"""

from pathlib import Path


def newest_file_revision(script_location: Path) -> str | None:
    """The head of a linear history whose revision ids are the files' number prefixes
    (0001_..., 0002_...): what Alembic's head is (a test checks both agree)."""
    numbers = [p.name[:4] for p in (script_location / "versions").glob("[0-9][0-9][0-9][0-9]_*")]
    return max(numbers, default=None)
