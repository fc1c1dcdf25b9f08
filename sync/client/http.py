"""HTTP access to the Outpost server: one pooled `requests` session, JSON in and out.

Every failure becomes a `ClientError`: `ServerUnreachable` when no answer came,
`ServerRefused` with the server's own `code` when it answered with an error.
"""

from typing import Any

import orjson
import requests

from sync.protocol import API_PREFIX, PROTOCOL_HEADER, PROTOCOL_VERSION

from .errors import ServerRefused, ServerUnreachable


class ServerApi:
    def __init__(self, base_url: str, *, timeout: float = 15.0, verify: bool | str = True) -> None:
        """`verify`: True checks TLS against the public CAs, a path against that CA bundle
        (a company's private CA, from IT's preset)."""
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self._http = requests.Session()
        # Without this, requests re-reads proxy settings from the environment on every call.
        self._http.trust_env = False
        self._http.verify = verify
        self._http.headers[PROTOCOL_HEADER] = str(PROTOCOL_VERSION)
        # What the server speaks, from the header of its last answer (absent: 1). Until the
        # first answer, assume 1: the oldest server still understands every request.
        self.server_protocol = 1

    def close(self) -> None:
        self._http.close()

    def call(self, method: str, path: str, *, token: str | None = None, json: Any = None) -> Any:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        data = None
        if json is not None:
            headers["Content-Type"] = "application/json"
            data = orjson.dumps(json)
        url = f"{self.base_url}{API_PREFIX}{path}"
        try:
            response = self._http.request(
                method, url, data=data, headers=headers, timeout=self.timeout
            )
        except requests.RequestException as exc:
            raise _unreachable(self.base_url) from exc
        self.server_protocol = _protocol(response)
        if response.status_code >= 400:
            raise _refusal(response)
        if response.status_code == 204 or not response.content:
            return None
        try:
            # orjson: a pull page decodes several times faster than with the standard library
            return orjson.loads(response.content)
        except orjson.JSONDecodeError as exc:
            raise ServerRefused(
                response.status_code,
                "bad_answer",
                "The answer from the server could not be read (a Wi-Fi sign-in page or a proxy "
                "may be in the way). Check the network and try again.",
                None,
            ) from exc

    def health(self) -> dict[str, Any]:
        return _object(self.call("GET", "/health"))

    def login(
        self, username: str, password: str, device_name: str, device_id: str | None = None
    ) -> dict[str, Any]:
        body = {"username": username, "password": password, "device_name": device_name}
        if device_id:
            body["device_id"] = device_id
        return _object(self.call("POST", "/auth/login", json=body))

    def refresh(self, refresh_token: str) -> dict[str, Any]:
        return _object(self.call("POST", "/auth/refresh", json={"refresh_token": refresh_token}))

    def logout(self, access_token: str) -> None:
        self.call("POST", "/auth/logout", token=access_token)

    def me(self, access_token: str) -> dict[str, Any]:
        return _object(self.call("GET", "/auth/me", token=access_token))

    def directory(self, access_token: str) -> list[dict[str, Any]]:
        """The colleagues the signed-in user may hand work to (id, username, display_name,
        role, branch_name)."""
        return _objects(_object(self.call("GET", "/directory", token=access_token))["people"])

    # --- sync ----------------------------------------------------------------------------

    def push(self, access_token: str, body: dict[str, Any]) -> dict[str, Any]:
        return _object(self.call("POST", "/sync/push", token=access_token, json=body))

    def pull(self, access_token: str, body: dict[str, Any]) -> dict[str, Any]:
        return _object(self.call("POST", "/sync/pull", token=access_token, json=body))

    def versions(self, access_token: str, entity: str) -> dict[str, int]:
        return _versions(self.call("GET", f"/sync/versions/{entity}", token=access_token))

    def rows(self, access_token: str, entity: str, ids: list[str]) -> list[dict[str, Any]]:
        body = {"entity": entity, "ids": ids}
        return _objects(self.call("POST", "/sync/rows", token=access_token, json=body))

    def surrender(self, body: dict[str, Any]) -> dict[str, Any]:
        """A closed account's device hands its unsynced edits to the review queue."""
        return _object(self.call("POST", "/sync/surrender", json=body))

    # --- staff administration (managers and admins, online) ------------------------------

    def reassign(
        self,
        access_token: str,
        customer_ids: list[str],
        to_username: str,
        reason: str = "",
        **filters: str,
    ) -> dict[str, Any]:
        """Listed customers, or by `filters` (owner, branch, city, tier, status)."""
        body = {"customer_ids": customer_ids, "to_username": to_username, "reason": reason}
        answer = self.call("POST", "/customers/reassign", token=access_token, json=body | filters)
        return _object(answer)

    def owners(self, access_token: str, customer_id: str) -> list[dict[str, Any]]:
        return _objects(self.call("GET", f"/customers/{customer_id}/owners", token=access_token))

    def admin(self, access_token: str, method: str, path: str, json: Any = None) -> Any:
        """`/admin/...`: users, branches, offboarding, review queue, audit (server docs)."""
        return self.call(method, f"/admin/{path}", token=access_token, json=json)

    def audit_csv(self, access_token: str, query: str = "") -> bytes:
        url = f"{self.base_url}{API_PREFIX}/admin/audit.csv{query}"
        headers = {"Authorization": f"Bearer {access_token}"}
        try:
            response = self._http.get(url, headers=headers, timeout=self.timeout)
        except requests.RequestException as exc:
            raise _unreachable(self.base_url) from exc
        if response.status_code >= 400:
            raise _refusal(response)
        return response.content


def _object(answer: Any) -> dict[str, Any]:
    """`answer` if it is a JSON object: what each call expects, checked once at the edge."""
    if isinstance(answer, dict):
        return answer
    raise _bad_shape("an object", answer)


def _objects(answer: Any) -> list[dict[str, Any]]:
    if isinstance(answer, list) and all(isinstance(item, dict) for item in answer):
        return answer
    raise _bad_shape("a list of objects", answer)


def _versions(answer: Any) -> dict[str, int]:
    """`{id: version}`; checked whole, as a wrong version would be stored in the replica."""
    versions = _object(answer)
    if all(type(version) is int for version in versions.values()):
        return versions
    raise _bad_shape("versions", answer)


def _bad_shape(wanted: str, answer: Any) -> ServerRefused:
    return ServerRefused(
        200,
        "bad_answer",
        f"The server sent {type(answer).__name__} where {wanted} was expected; it may be of "
        "another version. Try again later or ask IT.",
        None,
    )


def _protocol(response: requests.Response) -> int:
    try:
        return int(response.headers.get(PROTOCOL_HEADER, 1))
    except ValueError:
        return 1


def _unreachable(base_url: str) -> ServerUnreachable:
    return ServerUnreachable(
        f"Cannot reach the server at {base_url}. Check the network or the server "
        "address; your work is kept on this computer meanwhile."
    )


def _refusal(response: requests.Response) -> ServerRefused:
    try:
        body = response.json()
        code, message = str(body["code"]), str(body["message"])
    except (ValueError, KeyError, TypeError):
        body = None
        code = "server_error" if response.status_code >= 500 else "http_error"
        message = f"The server answered {response.status_code}; try again later."
    return ServerRefused(response.status_code, code, message, body)
