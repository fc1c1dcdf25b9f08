"""Removing every copy of a replica from this computer: a departure, a device the company
marked lost, a sign-out.

The replica is not the only file with customers in it: SQLite's -wal beside it, the
pre-migration backups `app.replica` makes (`<name>.<when>.<why>.bak`), a replica being
rebuilt (`.recovering`), one being encrypted (`.encrypting`) and damaged copies put aside
(`app.recovery`) hold rows too. All go, and with them the replica's key (from the keyring, or
the `.key` file beside it where no keyring works).
"""

import glob
import logging
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from sync.client.http import ServerApi
from sync.client.tables import OutboxEntry

from .account import Account, Accounts
from .credentials import KEY_SUFFIX
from .recovery import KNOWN, SIDE_FILES, damaged_copies
from .replica import SUSPECT, Replica

log = logging.getLogger(__name__)

_SUFFIXES = (
    *SIDE_FILES,
    "-journal",
    KNOWN,
    SUSPECT,
    ".recovering",
    ".encrypting",
    KEY_SUFFIX,
    f"{KEY_SUFFIX}.tmp",
)


def replica_files(replica: Path) -> list[Path]:
    """The files on this computer that hold (or held) rows of the replica at `replica`."""
    beside = [Path(f"{replica}{suffix}") for suffix in _SUFFIXES]
    building = [
        Path(f"{replica}.{how}{suffix}")
        for how in ("recovering", "encrypting")
        for suffix in SIDE_FILES
    ]
    backups = sorted(replica.parent.glob(f"{glob.escape(replica.name)}.*.bak*"))
    found = [replica, *beside, *building, *backups, *damaged_copies(replica)]
    return [path for path in found if path.exists()]


def wipe(replica: Path) -> list[Path]:
    """Remove the replica at `replica` (closed) and every copy of it; returns what went."""
    removed = []
    for path in replica_files(replica):
        path.unlink(missing_ok=True)
        removed.append(path)
    return removed


@dataclass(frozen=True)
class SignOut:
    removed: list[Path]
    unsent: int  # changes not yet sent: the replica was kept for them


def unsent(replica: Replica) -> int:
    with replica.reading() as session:
        return session.scalar(select(func.count()).select_from(OutboxEntry)) or 0


def sign_out(
    accounts: Accounts, account: Account, replica: Replica, api: ServerApi | None
) -> SignOut:
    """Sign out and remove the customer data from this computer, unless changes are still
    waiting to be sent: those stay (and the replica with them) until a later sign-in sends
    them; removing them would lose the user's work."""
    waiting = unsent(replica)
    replica.close()
    accounts.sign_out(account, api)
    if waiting:
        log.warning("signed out with %d unsent changes: the replica stays", waiting)
        return SignOut([], waiting)
    removed = wipe(account.replica)
    accounts.forget_replica_key(account)
    return SignOut(removed, 0)
