"""Session tokens in the OS keyring, never in plain files.

Where no keyring backend exists (a headless Linux box, a locked-down desktop)
the tokens stay in memory for this run only: the user signs in at each start
and `warning` says why and how to fix it (see README, "No keyring").
"""

import json
import logging

import keyring
from keyring.errors import KeyringError, PasswordDeleteError

log = logging.getLogger(__name__)

SERVICE = "Outpost CRM"
NO_KEYRING = (
    "No system keyring is available, so Outpost cannot remember your sign-in and will ask "
    "for your password at each start. Install and unlock a keyring (GNOME Keyring, KWallet, "
    "or the one built into Windows and macOS) to stay signed in."
)


class CredentialStore:
    def __init__(self, service: str = SERVICE, *, persist: bool = True) -> None:
        """`persist=False` keeps sessions in memory only (a self-test leaves no trace)."""
        self.service = service
        self.persist = persist
        self.warning: str | None = None
        self._memory: dict[str, str] = {}

    def save(self, account: str, secret: dict[str, str]) -> None:
        payload = json.dumps(secret)
        self._memory[account] = payload
        if not self.persist:
            return
        try:
            keyring.set_password(self.service, account, payload)
        except (KeyringError, RuntimeError) as exc:
            self._fall_back(exc)

    def load(self, account: str) -> dict[str, str] | None:
        payload = None
        try:
            if self.persist:
                payload = keyring.get_password(self.service, account)
        except (KeyringError, RuntimeError) as exc:
            self._fall_back(exc)
        payload = payload or self._memory.get(account)
        if payload is None:
            return None
        try:
            secret = json.loads(payload)
        except ValueError:
            secret = None
        # Another program (or an old version) may have written under our name: only an object
        # of strings is a secret of ours.
        if isinstance(secret, dict) and all(isinstance(value, str) for value in secret.values()):
            return secret
        log.warning("unreadable keyring entry for %s; ignoring it", account)
        return None

    def delete(self, account: str) -> None:
        self._memory.pop(account, None)
        if not self.persist:
            return
        try:
            keyring.delete_password(self.service, account)
        except PasswordDeleteError:
            pass
        except (KeyringError, RuntimeError) as exc:
            self._fall_back(exc)

    def _fall_back(self, exc: Exception) -> None:
        if self.warning is None:
            log.warning("keyring unavailable (%s); keeping the session in memory only", exc)
        self.warning = NO_KEYRING
