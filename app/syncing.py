"""The sync engine for one signed-in account: its replica, its server, its tokens."""

from sync.client.engine import SyncEngine
from sync.client.http import ServerApi

from .account import Account, Accounts
from .replica import Replica
from .sync_hooks import HOOKS


def engine_for(account: Account, replica: Replica, accounts: Accounts) -> SyncEngine:
    api = ServerApi(account.server_url, timeout=30)
    return SyncEngine(replica, api, lambda: accounts.access_token(account, api), hooks=HOOKS)


__all__ = ["SyncEngine", "engine_for"]
