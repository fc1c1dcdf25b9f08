"""Signing in, staying signed in (offline too) and signing out.

Tokens live in the keyring (`CredentialStore`); the non-secret facts of the
last account (server, username, user info, device id) live in
`account.json`, so the app can open straight into the user's replica with no
network. An expired access token is refreshed on demand.
"""

import json
import logging
import platform
import threading
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sync.client.errors import ServerRefused
from sync.client.http import ServerApi
from sync.protocol.values import parse_datetime

from .credentials import CredentialStore
from .errors import storage_error
from .paths import private_dir, private_file, replica_path
from .preset import Preset

log = logging.getLogger(__name__)

ACCOUNT_FILE = "account.json"
# Refresh a little early so a token never expires in the middle of a sync.
EXPIRY_MARGIN = timedelta(seconds=60)
# The stored sign-in is useless after these. A closed account ("account_disabled") keeps it:
# its refresh token is what hands the unsynced edits over (app.departure), which then forgets.
TERMINAL_CODES = {"token_revoked", "session_expired", "invalid_token", "token_reused"}


@dataclass(frozen=True)
class Account:
    """The signed-in user as the UI sees it: plain data, no secrets."""

    server_url: str
    username: str
    user_id: str
    display_name: str
    role: str
    branch_name: str | None
    device_id: str
    replica: Path


class Accounts:
    def __init__(
        self, data_dir: Path, store: CredentialStore | None = None, preset: Preset | None = None
    ) -> None:
        self.data_dir = data_dir
        self.store = store or CredentialStore()
        self.preset = preset or Preset()
        self._refreshing = threading.Lock()

    def api(self, server_url: str, *, timeout: float = 15.0) -> ServerApi:
        """A client for `server_url`, trusting the private CA of IT's preset for its server."""
        return ServerApi(server_url, timeout=timeout, verify=self.preset.verify_for(server_url))

    def sign_in(
        self, server_url: str, username: str, password: str, new_password: str | None = None
    ) -> Account:
        """Log in online; raises ClientError subclasses with the server's reason. With
        `new_password`, the password is replaced first: a one-time password from an
        administrator answers `password_change_required` until it is."""
        previous = self.last_account()
        device_id = previous.device_id if previous and previous.server_url == server_url else None
        api = self.api(server_url)
        try:
            if new_password is None:
                pair = api.login(username, password, _device_name(), device_id)
            else:
                pair = api.change_password(
                    username, password, new_password, _device_name(), device_id
                )
        finally:
            api.close()
        account = self._account(server_url, pair)
        self.store.save(_key(account), _secret(pair))
        self._write(account)
        return account

    def resume(self) -> Account | None:
        """The remembered account if its tokens are still in the keyring; works offline."""
        account = self.last_account()
        if account is None or self.store.load(_key(account)) is None:
            return None
        return account

    def access_token(self, account: Account, api: ServerApi) -> str:
        """A valid access token, refreshed through `api` when it is about to expire.

        One refresh at a time: the sync round and an admin screen may both ask as the token
        expires, and a second refresh with the already swapped refresh token would be refused
        as unknown, signing the user out."""
        with self._refreshing:
            return self._access_token(account, api)

    def _access_token(self, account: Account, api: ServerApi) -> str:
        secret = self.store.load(_key(account))
        if secret is None:
            raise ServerRefused(401, "signed_out", "You are signed out; please sign in again.")
        if parse_datetime(secret["access_expires_at"]) - EXPIRY_MARGIN > datetime.now(UTC):
            return secret["access_token"]
        try:
            pair = api.refresh(secret["refresh_token"])
        except ServerRefused as exc:
            if exc.code in TERMINAL_CODES:
                self.store.delete(_key(account))
            raise
        secret = _secret(pair)
        self.store.save(_key(account), secret)
        return secret["access_token"]

    def sign_out(self, account: Account, api: ServerApi | None = None) -> None:
        """Forget the tokens locally; revoke them on the server when it can be reached."""
        secret = self.store.load(_key(account))
        if api is not None and secret is not None:
            try:
                api.logout(secret["access_token"])
            except Exception as exc:  # signing out must work offline too
                log.info("logout not confirmed by the server: %s", exc)
        self.store.delete(_key(account))

    def replica_key(self, account: Account) -> bytes:
        """The key the account's replica is encrypted with on this computer, made when the
        replica is first opened (after the first sign-in, or at the first start of a version
        that encrypts)."""
        key = self.store.replica_key(account.replica)
        assert key is not None  # made when missing
        return key

    def forget_replica_key(self, account: Account) -> None:
        """The replica was removed: its key goes too."""
        self.store.delete_replica_key(account.replica)

    def tokens(self, account: Account) -> dict[str, str] | None:
        return self.store.load(_key(account))

    def forget(self, account: Account) -> None:
        """Remove the stored sign-in and the remembered account (a departure)."""
        self.store.delete(_key(account))
        self.forget_replica_key(account)
        (self.data_dir / ACCOUNT_FILE).unlink(missing_ok=True)

    def last_account(self) -> Account | None:
        path = self.data_dir / ACCOUNT_FILE
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            raw["replica"] = Path(raw["replica"])
            return Account(**raw)
        except FileNotFoundError:
            return None
        except (ValueError, TypeError, KeyError) as exc:
            log.warning("ignoring unreadable %s: %s", path, exc)
            return None

    def _account(self, server_url: str, pair: dict[str, Any]) -> Account:
        user = pair["user"]
        return Account(
            server_url=server_url,
            username=user["username"],
            user_id=user["id"],
            display_name=user["display_name"],
            role=user["role"],
            branch_name=user.get("branch_name"),
            device_id=pair["device_id"],
            replica=replica_path(self.data_dir, server_url, user["id"]),
        )

    def _write(self, account: Account) -> None:
        raw = {**asdict(account), "replica": str(account.replica)}
        path = self.data_dir / ACCOUNT_FILE
        tmp = path.with_suffix(".tmp")
        try:
            private_dir(self.data_dir)
            private_file(tmp)
            tmp.write_text(json.dumps(raw, ensure_ascii=False, indent=2), encoding="utf-8")
            tmp.replace(path)
        except OSError as exc:  # a full disk is said as such; the old file stays whole
            tmp.unlink(missing_ok=True)
            known = storage_error(exc)
            if known is None:
                raise
            raise known from exc


def _key(account: Account) -> str:
    return f"{account.username}@{account.server_url}"


def _secret(pair: dict[str, Any]) -> dict[str, str]:
    """The tokens and their expiry times (ISO text) of the server's token pair."""
    keys = ("access_token", "access_expires_at", "refresh_token", "refresh_expires_at")
    return {k: str(pair[k]) for k in keys}


def _device_name() -> str:
    return f"{platform.node() or 'computer'} ({platform.system()})"
