"""Raw HTTP helpers of the robustness tests: sign in, push and pull as a device would,
with every answer checked for the one thing these tests care about first (never a 500)."""

import uuid
from dataclasses import dataclass, field
from typing import Any

import requests

from sync.protocol import API_PREFIX, PROTOCOL_HEADER, PROTOCOL_VERSION

HEADERS = {PROTOCOL_HEADER: str(PROTOCOL_VERSION)}


def login(http: requests.Session, url: str, username: str, password: str) -> dict[str, Any]:
    answer = http.post(
        f"{url}{API_PREFIX}/auth/login",
        json={"username": username, "password": password, "device_name": "robustness"},
        timeout=30,
    )
    assert answer.status_code == 200, answer.text
    return answer.json()


@dataclass
class Device:
    """A signed-in device speaking the sync protocol over real HTTP, numbering its mutations."""

    http: requests.Session
    url: str
    token: str
    seq: int = 0
    answers: list[requests.Response] = field(default_factory=list)

    @classmethod
    def sign_in(cls, http: requests.Session, url: str, username: str, password: str) -> "Device":
        return cls(http, url, login(http, url, username, password)["access_token"])

    def request(
        self, method: str, path: str, headers: dict[str, str] | None = None, **kwargs: Any
    ) -> requests.Response:
        headers = {**HEADERS, "Authorization": f"Bearer {self.token}", **(headers or {})}
        answer = self.http.request(
            method, f"{self.url}{API_PREFIX}{path}", headers=headers, timeout=60, **kwargs
        )
        self.answers.append(answer)
        assert answer.status_code < 500, f"{method} {path}: {answer.status_code} {answer.text}"
        return answer

    def mutation(self, entity: str, row_id: str, op: str = "update", **fields: Any) -> dict:
        self.seq += 1
        return {"seq": self.seq, "entity": entity, "row_id": row_id, "op": op, **fields}

    def push(self, *mutations: dict[str, Any]) -> list[dict[str, Any]]:
        answer = self.request("POST", "/sync/push", json={"mutations": list(mutations)})
        assert answer.status_code == 200, answer.text
        return answer.json()["results"]

    def create(self, entity: str, changes: dict[str, Any]) -> str:
        row_id = str(uuid.uuid4())
        [result] = self.push(self.mutation(entity, row_id, "create", changes=changes))
        assert result["status"] == "applied", result
        return row_id

    def pull_all(self) -> list[dict[str, Any]]:
        """Every change from an empty cursor, page by page."""
        changes, cursor = [], ""
        while True:
            answer = self.request("POST", "/sync/pull", json={"cursor": cursor, "limit": 500})
            assert answer.status_code == 200, answer.text
            page = answer.json()
            changes += page["changes"]
            cursor = page["cursor"]
            if not page["more"]:
                return changes
