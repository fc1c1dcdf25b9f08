"""The company directory (LDAP or Active Directory), asked at sign-in and at token refresh.

Optional per deployment: off unless `OUTPOST_DIRECTORY_URL` is set (docs/DEPLOYMENT.md,
"Directory sign-in"). Outpost never stores a directory person's password: it finds the person
with a service account (`directory_bind_dn`), checks that the directory has not disabled them
(`directory_disabled_filter`; Active Directory's "account disabled" bit by default), binds as
them with the password they typed, and reads their groups (`memberOf`, and the groups under
`directory_group_base` that list them) to pick a role and a branch from `directory_groups`.
Only this module talks LDAP (with `ldap3`, pure Python); `auth.service` turns its answers
into accounts and sessions.
"""

import contextlib
import logging
from dataclasses import dataclass
from enum import Enum
from typing import Any

from ldap3 import BASE, NONE, SUBTREE, Connection, Server
from ldap3.core.exceptions import LDAPException
from ldap3.utils.conv import escape_filter_chars
from ldap3.utils.dn import safe_dn

from sync.protocol.enums import Role

from ..errors import ApiError
from ..settings import DirectoryGrant, Settings

log = logging.getLogger(__name__)

RANK = {Role.REP: 0, Role.CREDIT: 1, Role.MANAGER: 2, Role.ADMIN: 3}  # the widest grant wins


class Standing(Enum):
    ACTIVE = "active"
    DISABLED = "disabled"
    GONE = "gone"  # no such entry any more


@dataclass(frozen=True)
class Person:
    """A directory entry that the password opened."""

    dn: str
    username: str
    display_name: str
    disabled: bool
    grant: DirectoryGrant | None  # None: in no group that may use Outpost


def enabled(settings: Settings) -> bool:
    return bool(settings.directory_url)


def unavailable() -> ApiError:
    return ApiError(
        503,
        "directory_unavailable",
        "The company directory does not answer; try again in a few minutes or ask IT.",
        retry_after_s=60,
    )


def sign_in(settings: Settings, username: str, password: str) -> Person | None:
    """The person behind `username` when `password` is theirs in the directory; None when the
    directory has no such person or the password is wrong. Raises `unavailable()` when the
    directory cannot be reached or the service account is refused."""
    if not password:  # an LDAP bind with a name and no password is anonymous and "succeeds"
        return None
    with _service(settings) as conn:
        entry = _find(settings, conn, username)
        if entry is None:
            return None
        dn = entry["dn"]
        if not _bind_as(settings, dn, password):
            return None
        disabled = _matches(settings, conn, dn, settings.directory_disabled_filter)
        groups = _groups(settings, conn, dn, entry)
    attributes = entry["attributes"]
    return Person(
        dn=dn,
        username=_first(attributes.get(settings.directory_username_attribute)) or username,
        display_name=_first(attributes.get(settings.directory_name_attribute))
        or _first(attributes.get("cn"))
        or username,
        disabled=disabled,
        grant=grant_for(settings, groups),
    )


def standing(settings: Settings, dn: str) -> Standing:
    """Whether the directory still has `dn`, enabled. Raises `unavailable()` when it cannot
    be asked."""
    with _service(settings) as conn:
        if not _exists(settings, conn, dn):
            return Standing.GONE
        if _matches(settings, conn, dn, settings.directory_disabled_filter):
            return Standing.DISABLED
        return Standing.ACTIVE


def grant_for(settings: Settings, groups: set[str]) -> DirectoryGrant | None:
    """The widest role among the person's mapped groups; the branch of the first mapped group
    (in `directory_groups` order) that names one."""
    mapped = [grant for group, grant in settings.directory_groups.items() if _norm(group) in groups]
    if not mapped:
        return None
    role = max((grant.role for grant in mapped), key=lambda role: RANK[role])
    branch = next((grant.branch for grant in mapped if grant.branch), None)
    return DirectoryGrant(role=role, branch=branch)


# --- LDAP --------------------------------------------------------------------------------


class _service:
    """A connection bound as the service account, closed on exit."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.conn: Connection | None = None

    def __enter__(self) -> Connection:
        self.conn = _connection(
            self.settings, self.settings.directory_bind_dn, self.settings.directory_bind_password
        )
        try:
            bound = self.conn.bind()
        except (LDAPException, OSError) as exc:
            log.warning("directory %s: %s", self.settings.directory_url, exc)
            raise unavailable() from exc
        if not bound:
            log.warning("directory refused the service account: %s", self.conn.result)
            raise unavailable()
        return self.conn

    def __exit__(self, *exc: object) -> None:
        if self.conn is not None:
            with contextlib.suppress(LDAPException):
                self.conn.unbind()


def _connection(settings: Settings, user: str | None, password: str | None) -> Connection:
    timeout = settings.directory_timeout_s
    server = Server(settings.directory_url, connect_timeout=timeout, get_info=NONE)
    return Connection(
        server,
        user=user or None,
        password=password or None,
        receive_timeout=timeout,
        read_only=True,
        raise_exceptions=False,
    )


def _search(
    conn: Connection, base: str, query: str, scope: str, attributes: list[str]
) -> list[dict[str, Any]]:
    try:
        conn.search(base, query, search_scope=scope, attributes=attributes, size_limit=50)
    except (LDAPException, OSError) as exc:
        log.warning("directory search %s %s: %s", base, query, exc)
        raise unavailable() from exc
    if conn.result.get("result") not in (0, 4, 32):  # success, size limit, no such object
        log.warning("directory search %s %s: %s", base, query, conn.result)
        raise unavailable()
    return [item for item in conn.response or [] if item.get("type") == "searchResEntry"]


def _find(settings: Settings, conn: Connection, username: str) -> dict[str, Any] | None:
    query = settings.directory_user_filter.replace("{username}", escape_filter_chars(username))
    attributes = [
        settings.directory_username_attribute,
        settings.directory_name_attribute,
        "cn",
        "memberOf",
    ]
    found = _search(conn, settings.directory_user_base, query, SUBTREE, attributes)
    if len(found) != 1:  # none, or a filter that is not unique: nobody to sign in as
        if len(found) > 1:
            log.warning("directory: %d entries match %s", len(found), query)
        return None
    return found[0]


def _bind_as(settings: Settings, dn: str, password: str) -> bool:
    conn = _connection(settings, dn, password)
    try:
        return bool(conn.bind())
    except (LDAPException, OSError) as exc:
        log.warning("directory bind as %s: %s", dn, exc)
        raise unavailable() from exc
    finally:
        with contextlib.suppress(LDAPException):
            conn.unbind()


def _exists(settings: Settings, conn: Connection, dn: str) -> bool:
    return bool(_search(conn, dn, "(objectClass=*)", BASE, ["1.1"]))


def _matches(settings: Settings, conn: Connection, dn: str, query: str) -> bool:
    return bool(query) and bool(_search(conn, dn, query, BASE, ["1.1"]))


def _groups(settings: Settings, conn: Connection, dn: str, entry: dict[str, Any]) -> set[str]:
    groups = {_norm(group) for group in entry["attributes"].get("memberOf") or []}
    if settings.directory_group_base:
        uid = _first(entry["attributes"].get(settings.directory_username_attribute)) or ""
        member = escape_filter_chars(dn)
        query = f"(|(member={member})(uniqueMember={member})(memberUid={escape_filter_chars(uid)}))"
        found = _search(conn, settings.directory_group_base, query, SUBTREE, ["1.1"])
        groups |= {_norm(item["dn"]) for item in found}
    return groups


def _norm(dn: str) -> str:
    try:
        return str(safe_dn(dn)).lower()
    except LDAPException:
        return dn.strip().lower()


def _first(value: object) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    return str(value) if value else None
