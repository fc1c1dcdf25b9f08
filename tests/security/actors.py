"""People of the scope tests and the raw HTTP they speak: a device numbering its mutations,
pulling with a cursor it keeps, and a staff member calling the admin API.

Raw HTTP rather than the sync engine, because these tests send what an attacker (or a
confused client) would send: ids of rows they never held, values of other branches.
"""

import uuid
from dataclasses import dataclass, field
from typing import Any

import requests

from sync.protocol import API_PREFIX, PROTOCOL_HEADER, PROTOCOL_VERSION
from tests.conftest import Account

HEADERS = {PROTOCOL_HEADER: str(PROTOCOL_VERSION)}


def new_id() -> str:
    return str(uuid.uuid4())


@dataclass
class Actor:
    """One signed-in device of one account."""

    account: Account
    http: requests.Session
    url: str
    token: str = ""
    refresh_token: str = ""
    device_id: str = ""
    seq: int = 0
    cursor: str = ""
    answers: list[requests.Response] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.account.id

    def sign_in(self) -> "Actor":
        answer = self.http.post(
            f"{self.url}{API_PREFIX}/auth/login",
            json={
                "username": self.account.username,
                "password": self.account.password,
                "device_name": "security test",
            },
            timeout=30,
        )
        assert answer.status_code == 200, answer.text
        pair = answer.json()
        self.token, self.refresh_token = pair["access_token"], pair["refresh_token"]
        self.device_id = pair["device_id"]
        return self

    def call(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        headers = {**HEADERS, "Authorization": f"Bearer {self.token}"}
        answer = self.http.request(
            method, f"{self.url}{API_PREFIX}{path}", headers=headers, timeout=60, **kwargs
        )
        self.answers.append(answer)
        assert answer.status_code < 500, f"{method} {path}: {answer.status_code} {answer.text}"
        return answer

    # --- sync ------------------------------------------------------------------------------

    def mutation(
        self,
        entity: str,
        row_id: str,
        op: str = "update",
        changes: dict[str, Any] | None = None,
        base: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        self.seq += 1
        return {
            "seq": self.seq,
            "entity": entity,
            "row_id": row_id,
            "op": op,
            "changes": changes or {},
            "base": base or {},
        }

    def push_raw(self, *mutations: dict[str, Any]) -> requests.Response:
        return self.call("POST", "/sync/push", json={"mutations": list(mutations)})

    def push(self, *mutations: dict[str, Any]) -> list[dict[str, Any]]:
        answer = self.push_raw(*mutations)
        assert answer.status_code == 200, answer.text
        return answer.json()["results"]

    def one(
        self,
        entity: str,
        row_id: str,
        op: str = "update",
        changes: dict[str, Any] | None = None,
        base: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Push one mutation; its result."""
        [result] = self.push(self.mutation(entity, row_id, op, changes, base))
        return result

    def create(self, entity: str, changes: dict[str, Any]) -> str:
        row_id = new_id()
        result = self.one(entity, row_id, "create", changes)
        assert result["status"] == "applied", result
        return row_id

    def pull(self) -> dict[str, Any]:
        """Pull from the kept cursor until the server has nothing more: every change and
        removal, and the text of every answer (to search it for what must not be there)."""
        out: dict[str, Any] = {"changes": [], "removed": [], "arrived": [], "text": ""}
        while True:
            answer = self.call("POST", "/sync/pull", json={"cursor": self.cursor, "limit": 500})
            assert answer.status_code == 200, answer.text
            page = answer.json()
            out["changes"] += page["changes"]
            out["removed"] += page["removed"]
            out["arrived"] += page.get("arrived", [])
            out["text"] += answer.text
            self.cursor = page["cursor"]
            if not page["more"]:
                return out

    def ids(self, pulled: dict[str, Any], entity: str) -> set[str]:
        return {c["row"]["id"] for c in pulled["changes"] if c["entity"] == entity}


def signed_in(url: str, account: Account) -> Actor:
    http = requests.Session()
    http.trust_env = False
    return Actor(account, http, url).sign_in()
