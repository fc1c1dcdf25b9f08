"""When the company closes a user's account, their device hands on what it holds and forgets it;
when it marks a device lost, that device forgets what it holds.

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
from .replica import Replica
from .wipe import wipe

log = logging.getLogger(__name__)

CLOSED = "account_disabled"
# An administrator marked this device lost (server.devices): it wipes like a departure, hands
# nothing over (whoever holds it may not be the user), and the account stays open.
LOST = "device_lost"


@dataclass(frozen=True)
class Departure:
    handed_over: int  # edits queued for a manager's review
    removed: list[Path]
    lost: bool = False  # the device was marked lost: the account is still open


def is_departure(exc: Exception) -> bool:
    return isinstance(exc, ServerRefused) and exc.code in (CLOSED, LOST)


def hand_over(accounts: Accounts, account: Account, replica: Replica, api: ServerApi) -> int:
    """Upload the outbox to the review queue; returns how many edits the server queued."""
    tokens = accounts.tokens(account)
    if tokens is None:
        raise ServerRefused(401, "signed_out", "This computer holds no sign-in to hand over.")
    with replica.reading() as session:
        entries = session.scalars(select(OutboxEntry).order_by(OutboxEntry.seq)).all()
        mutations = [mutation_of(entry) for entry in entries]
    queued = 0
    # at least one request, even with nothing to hand over: the answer may be `device_lost`
    for start in range(0, max(len(mutations), 1), MAX_PUSH):
        batch = mutations[start : start + MAX_PUSH]
        body = SurrenderRequest(refresh_token=tokens["refresh_token"], mutations=batch)
        queued += api.surrender(body)["queued"]
    return queued


def leave(accounts: Accounts, account: Account, replica: Replica, api: ServerApi) -> Departure:
    """Hand over, then remove the replica (closed here) and every stored trace of the account.
    A device marked lost hands nothing over (the server refuses it) and is wiped all the same."""
    try:
        handed_over, lost = hand_over(accounts, account, replica, api), False
    except ServerRefused as exc:
        if exc.code != LOST:
            raise
        handed_over, lost = 0, True
    replica.close()
    removed = wipe(account.replica)  # with its backups and damaged copies
    accounts.forget(account)
    log.warning(
        "%s %s: %d edits handed over, replica removed",
        "device marked lost by the company, user" if lost else "account closed by the company,",
        account.username,
        handed_over,
    )
    return Departure(handed_over, removed, lost)
