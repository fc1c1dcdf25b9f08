"""When the company closes a user's account, their device hands on what it holds and forgets it.

The server answers a closed account's old tokens with `account_disabled`. The device then
uploads every edit still in its outbox to the server's review queue (authenticated by the
refresh token of its revoked session; retrying is safe, each edit is queued once), and only
after the server confirmed all of them removes the replica and the stored sign-in. If the
server cannot be reached nothing is removed: the next start tries again.
"""

import logging
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from sync.client.errors import ServerRefused
from sync.client.http import ServerApi
from sync.client.push import mutation_of
from sync.client.tables import OutboxEntry
from sync.protocol.wire import MAX_PUSH, SurrenderRequest

from .account import Account, Accounts
from .recovery import KNOWN, damaged_copies
from .replica import SUSPECT, Replica

log = logging.getLogger(__name__)

CLOSED = "account_disabled"


@dataclass(frozen=True)
class Departure:
    handed_over: int  # edits queued for a manager's review
    removed: list[Path]


def is_departure(exc: Exception) -> bool:
    return isinstance(exc, ServerRefused) and exc.code == CLOSED


def hand_over(accounts: Accounts, account: Account, replica: Replica, api: ServerApi) -> int:
    """Upload the outbox to the review queue; returns how many edits the server queued."""
    tokens = accounts.tokens(account)
    if tokens is None:
        raise ServerRefused(401, "signed_out", "This computer holds no sign-in to hand over.")
    with replica.reading() as session:
        entries = session.scalars(select(OutboxEntry).order_by(OutboxEntry.seq)).all()
        mutations = [mutation_of(entry) for entry in entries]
    queued = 0
    for start in range(0, len(mutations), MAX_PUSH):
        batch = mutations[start : start + MAX_PUSH]
        body = SurrenderRequest(refresh_token=tokens["refresh_token"], mutations=batch)
        queued += api.surrender(body)["queued"]
    return queued


def leave(accounts: Accounts, account: Account, replica: Replica, api: ServerApi) -> Departure:
    """Hand over, then remove the replica (closed here) and every stored trace of the account."""
    handed_over = hand_over(accounts, account, replica, api)
    replica.close()
    removed = []
    replica_files = (f"{account.replica}{s}" for s in ("-wal", "-shm", KNOWN, SUSPECT))
    # copies of a damaged replica hold customers too
    aside = damaged_copies(account.replica)
    for path in (account.replica, *map(Path, replica_files), *aside):
        if path.exists():
            path.unlink()
            removed.append(path)
    accounts.forget(account)
    log.warning(
        "account %s closed by the company: %d edits handed over, replica removed",
        account.username,
        handed_over,
    )
    return Departure(handed_over, removed)
