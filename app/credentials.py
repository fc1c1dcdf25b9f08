"""Session tokens and the replica's key in the OS keyring, never in plain files.

Where no keyring backend exists (a headless Linux box, a locked-down desktop)
the tokens stay in memory for this run only: the user signs in at each start
and `warning` says why and how to fix it (see README, "No keyring").

The replica's key (`replica_key`: 256 random bits per replica, made the first time it is
asked for) cannot live in memory only: the replica, and the changes in it not yet sent, would
be unreadable at the next start. Where no keyring works it is written to `<replica>.key`
(0600, in the 0700 data folder) instead, which protects the replica from other accounts on
the computer, but from someone holding the disk only if the disk or home folder is encrypted
(docs/DEPLOYMENT.md, "The replica at rest"). When a keyring appears later the key moves
into it and the file goes.
"""

import json
import logging
import os
from pathlib import Path

import keyring
from keyring.errors import KeyringError, PasswordDeleteError

from .paths import private_file

log = logging.getLogger(__name__)

SERVICE = "Outpost CRM"
NO_KEYRING = (
    "No system keyring is available, so Outpost cannot remember your sign-in and will ask "
    "for your password at each start. Install and unlock a keyring (GNOME Keyring, KWallet, "
    "or the one built into Windows and macOS) to stay signed in."
)


class CredentialStore:
    def __init__(self, service: str = SERVICE, *, persist: bool = True) -> None:
        """`persist=False` keeps sessions in memory only (a self-test leaves no trace in the
        keyring; a replica's key then goes to its key file, beside the replica it leaves)."""
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

    def replica_key(self, replica: Path, *, create: bool = True) -> bytes | None:
        """The key of the replica at `replica`: from the keyring, else from the key file
        beside it; a new random one if there is none and `create` (None otherwise)."""
        entry = _key_entry(replica)
        file = key_file(replica)
        stored, keyring_works = self._keyring_get(entry)
        key = _parse_key(stored) if stored is not None else None
        if stored is not None and key is None:
            log.warning("unreadable replica key in the keyring for %s; ignoring it", replica)
        if key is None:
            key = _read_key_file(file)
            if key is not None and keyring_works and self._keyring_set(entry, key.hex()):
                file.unlink(missing_ok=True)  # a keyring appeared: the key moves into it
        if key is None and create:
            key = os.urandom(KEY_BYTES)
            log.debug("made a new key for the replica %s", replica)
            if not (keyring_works and self._keyring_set(entry, key.hex())):
                # In memory only (a self-test) the keyring is left alone, but the replica stays
                # on disk: its key goes beside it too, so the next run can open it.
                _write_key_file(file, key)
        if key is not None:
            self._memory[entry] = key.hex()
        return key

    def delete_replica_key(self, replica: Path) -> None:
        """Forget the key of a replica that was removed (with its key file, if any)."""
        self.delete(_key_entry(replica))
        key_file(replica).unlink(missing_ok=True)

    def _keyring_get(self, entry: str) -> tuple[str | None, bool]:
        """The keyring's value for `entry` and whether the keyring works; in memory only
        (a self-test) the keyring is never touched."""
        if not self.persist:
            return self._memory.get(entry), False
        try:
            return keyring.get_password(self.service, entry), True
        except (KeyringError, RuntimeError) as exc:
            self._fall_back(exc)
            return self._memory.get(entry), False

    def _keyring_set(self, entry: str, value: str) -> bool:
        self._memory[entry] = value
        try:
            keyring.set_password(self.service, entry, value)
        except (KeyringError, RuntimeError) as exc:
            self._fall_back(exc)
            return False
        return True

    def _fall_back(self, exc: Exception) -> None:
        if self.warning is None:
            log.warning("keyring unavailable (%s); keeping the session in memory only", exc)
        self.warning = NO_KEYRING


KEY_BYTES = 32
KEY_SUFFIX = ".key"  # the key file beside a replica, where no keyring works


def key_file(replica: Path) -> Path:
    return Path(f"{replica}{KEY_SUFFIX}")


def _key_entry(replica: Path) -> str:
    """The keyring entry of a replica's key: its file name names the server and the user."""
    return f"replica-key:{replica.name}"


def _parse_key(text: str) -> bytes | None:
    try:
        key = bytes.fromhex(text.strip())
    except ValueError:
        return None
    return key if len(key) == KEY_BYTES else None


def _read_key_file(file: Path) -> bytes | None:
    try:
        text = file.read_text("ascii")
    except (OSError, UnicodeDecodeError):
        return None
    key = _parse_key(text)
    if key is None:
        log.warning("unreadable replica key file %s; ignoring it", file)
    return key


def _write_key_file(file: Path, key: bytes) -> None:
    """Written 0600 (before the key goes in) and replaced atomically, in the 0700 folder."""
    file.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    tmp = file.with_name(f"{file.name}.tmp")
    private_file(tmp)
    with tmp.open("w", encoding="ascii") as out:
        out.write(key.hex() + "\n")
        out.flush()
        os.fsync(out.fileno())
    os.replace(tmp, file)
    log.warning("no keyring: the replica's key is kept in %s", file)
