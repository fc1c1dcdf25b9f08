"""A real OpenLDAP directory on loopback for the directory sign-in tests (Debian's `slapd`,
installed by `./dev.sh`): its own configuration, database and port in a temporary folder,
filled and changed through `ldap3` as the directory's administrator."""

import shutil
import subprocess
import time
from pathlib import Path

from ldap3 import MODIFY_ADD, MODIFY_REPLACE, Connection, Server

from .servers import free_port

SLAPD = "/usr/sbin/slapd"
SUFFIX = "dc=example,dc=com"
ADMIN_DN = f"cn=admin,{SUFFIX}"
ADMIN_PASSWORD = "directory-admin"
PEOPLE = f"ou=people,{SUFFIX}"
GROUPS = f"ou=groups,{SUFFIX}"

CONFIG = """\
include /etc/ldap/schema/core.schema
include /etc/ldap/schema/cosine.schema
include /etc/ldap/schema/inetorgperson.schema
include /etc/ldap/schema/nis.schema
modulepath /usr/lib/ldap
moduleload back_mdb
pidfile {folder}/slapd.pid
database mdb
maxsize 10485760
suffix "{suffix}"
rootdn "{admin}"
rootpw {password}
directory {folder}/data
"""


def available() -> bool:
    return shutil.which(SLAPD) is not None or Path(SLAPD).exists()


class Slapd:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.port = free_port()
        self.url = f"ldap://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> "Slapd":
        (self.folder / "data").mkdir(parents=True)
        config = self.folder / "slapd.conf"
        config.write_text(
            CONFIG.format(
                folder=self.folder, suffix=SUFFIX, admin=ADMIN_DN, password=ADMIN_PASSWORD
            )
        )
        log = (self.folder / "slapd.log").open("wb")
        self.proc = subprocess.Popen(  # -d 0: stay in the foreground, log nothing
            [SLAPD, "-f", str(config), "-h", f"{self.url}/", "-d", "0"],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 20
        while True:
            try:
                self.admin().unbind()
                break
            except Exception:
                if self.proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError((self.folder / "slapd.log").read_text()[-2000:]) from None
                time.sleep(0.1)
        with self.admin() as conn:
            conn.add(SUFFIX, ["dcObject", "organization"], {"o": "Example", "dc": "example"})
            conn.add(PEOPLE, ["organizationalUnit"], {"ou": "people"})
            conn.add(GROUPS, ["organizationalUnit"], {"ou": "groups"})
        return self

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.terminate()
            self.proc.wait(10)

    def admin(self) -> Connection:
        return Connection(Server(self.url), ADMIN_DN, ADMIN_PASSWORD, auto_bind=True)

    def add_person(self, uid: str, password: str, name: str) -> str:
        dn = f"uid={uid},{PEOPLE}"
        with self.admin() as conn:
            assert conn.add(
                dn,
                ["inetOrgPerson"],
                {"uid": uid, "cn": name, "sn": name, "displayName": name, "userPassword": password},
            ), conn.result
        return dn

    def add_group(self, cn: str, *members: str) -> str:
        dn = f"cn={cn},{GROUPS}"
        with self.admin() as conn:  # groupOfNames needs a member: the admin stands in
            assert conn.add(
                dn, ["groupOfNames"], {"cn": cn, "member": list(members) or [ADMIN_DN]}
            ), conn.result
        return dn

    def add_member(self, group_dn: str, member: str) -> None:
        with self.admin() as conn:
            assert conn.modify(group_dn, {"member": [(MODIFY_ADD, [member])]}), conn.result

    def disable(self, dn: str) -> None:
        with self.admin() as conn:
            assert conn.modify(dn, {"employeeType": [(MODIFY_REPLACE, ["disabled"])]}), conn.result

    def settings(self, groups: dict[str, dict[str, str]]) -> dict[str, str]:
        """The server's OUTPOST_DIRECTORY_* environment for this directory."""
        import json

        return {
            "OUTPOST_DIRECTORY_URL": self.url,
            "OUTPOST_DIRECTORY_BIND_DN": ADMIN_DN,
            "OUTPOST_DIRECTORY_BIND_PASSWORD": ADMIN_PASSWORD,
            "OUTPOST_DIRECTORY_USER_BASE": PEOPLE,
            "OUTPOST_DIRECTORY_USER_FILTER": "(&(objectClass=inetOrgPerson)(uid={username}))",
            "OUTPOST_DIRECTORY_USERNAME_ATTRIBUTE": "uid",
            "OUTPOST_DIRECTORY_DISABLED_FILTER": "(employeeType=disabled)",
            "OUTPOST_DIRECTORY_GROUP_BASE": GROUPS,
            "OUTPOST_DIRECTORY_GROUPS": json.dumps(groups, ensure_ascii=False),
            "OUTPOST_DIRECTORY_TIMEOUT_S": "3",
        }
