"""HTTP access to the Outpost server: one pooled `requests` session, JSON in and out.

Every failure becomes a `ClientError`: `ServerUnreachable` when no answer came (a
`CertificateProblem` when TLS could not verify the server, `server_timeout` when the answer
did not come whole within the deadline), `SyncAborted` when `abort()` cut the request,
`ServerRefused` with the server's own `code` when it answered with an error.
"""

import ssl
from typing import Any, TypeVar, cast

import orjson
import requests
from pydantic import BaseModel, TypeAdapter, ValidationError

from sync.protocol import API_PREFIX, PROTOCOL_HEADER, PROTOCOL_VERSION
from sync.protocol.staff import (
    Colleague,
    CustomerSelection,
    DirectoryAnswer,
    OwnerChange,
    ReassignRequest,
    ReassignResult,
)
from sync.protocol.wire import (
    DeviceReport,
    IdsRequest,
    PullPage,
    PullRequest,
    PushRequest,
    PushResponse,
    SurrenderAnswer,
    SurrenderRequest,
    Versions,
    WireRow,
)

from .deadline import ABORTED, Calls
from .errors import CertificateProblem, ServerRefused, ServerUnreachable, SyncAborted

DEADLINE_S = 120.0
"""Longest a request may take as a whole, answer included: a 5,000-row page is a few MB,
a few seconds on office links and well under a minute on a poor mobile one."""


class ServerApi:
    def __init__(
        self,
        base_url: str,
        *,
        timeout: float = 15.0,
        verify: bool | str = True,
        deadline: float = DEADLINE_S,
    ) -> None:
        """`verify`: True checks TLS against the public CAs, a path against that CA bundle
        (a company's private CA, from IT's preset). `timeout` bounds each wait for bytes,
        `deadline` a whole request."""
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.deadline = deadline
        self._calls = Calls()
        self._http = requests.Session()
        self._http.mount("http://", self._calls.adapter())
        self._http.mount("https://", self._calls.adapter())
        # Without this, requests re-reads proxy settings from the environment on every call.
        self._http.trust_env = False
        self._http.verify = verify
        self._http.headers[PROTOCOL_HEADER] = str(PROTOCOL_VERSION)
        # What the server speaks, from the header of its last answer (absent: 1). Until the
        # first answer, assume 1: the oldest server still understands every request.
        self.server_protocol = 1

    def close(self) -> None:
        self._http.close()

    def abort(self) -> None:
        """Cut the requests under way, from any thread: each raises `SyncAborted`."""
        self._calls.cut_all()

    def call(self, method: str, path: str, *, token: str | None = None, json: Any = None) -> Any:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        data = None
        if json is not None:
            headers["Content-Type"] = "application/json"
            data = _encode(json)
        url = f"{self.base_url}{API_PREFIX}{path}"
        response = self._send(method, url, data=data, headers=headers)
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

    def _send(self, method: str, url: str, **kwargs: Any) -> requests.Response:
        """One request within the deadline; every way it can fail as a ClientError."""
        with self._calls.bounded(self.deadline):
            try:
                return self._http.request(method, url, timeout=self.timeout, **kwargs)
            except requests.exceptions.SSLError as exc:
                raise _certificate_problem(self.base_url, exc) from exc
            except (requests.RequestException, OSError) as exc:
                why = self._calls.why_cut()
                if why == ABORTED:
                    raise SyncAborted("Sync was stopped.") from exc
                if why is not None:
                    raise _too_slow(self.base_url, self.deadline) from exc
                raise _unreachable(self.base_url) from exc

    def health(self) -> dict[str, Any]:
        return _object(self.call("GET", "/health"))

    def login(
        self, username: str, password: str, device_name: str, device_id: str | None = None
    ) -> dict[str, Any]:
        body = {"username": username, "password": password, "device_name": device_name}
        if device_id:
            body["device_id"] = device_id
        return _object(self.call("POST", "/auth/login", json=body))

    def change_password(
        self,
        username: str,
        password: str,
        new_password: str,
        device_name: str,
        device_id: str | None = None,
    ) -> dict[str, Any]:
        """Replace the password and sign in, as `login` answers."""
        body = {
            "username": username,
            "password": password,
            "new_password": new_password,
            "device_name": device_name,
        }
        if device_id:
            body["device_id"] = device_id
        return _object(self.call("POST", "/auth/password", json=body))

    def refresh(self, refresh_token: str) -> dict[str, Any]:
        return _object(self.call("POST", "/auth/refresh", json={"refresh_token": refresh_token}))

    def logout(self, access_token: str) -> None:
        self.call("POST", "/auth/logout", token=access_token)

    def me(self, access_token: str) -> dict[str, Any]:
        return _object(self.call("GET", "/auth/me", token=access_token))

    def directory(self, access_token: str) -> list[Colleague]:
        """The colleagues the signed-in user may hand work to."""
        answer = self.call("GET", "/directory", token=access_token)
        return read_answer(DirectoryAnswer, answer).people

    # --- sync ----------------------------------------------------------------------------

    def push(self, access_token: str, body: PushRequest) -> PushResponse:
        answer = self.call("POST", "/sync/push", token=access_token, json=body)
        return _shaped(PushResponse, answer)

    def pull(self, access_token: str, body: PullRequest) -> PullPage:
        return _shaped(PullPage, self.call("POST", "/sync/pull", token=access_token, json=body))

    def versions(self, access_token: str, entity: str) -> Versions:
        return _versions(self.call("GET", f"/sync/versions/{entity}", token=access_token))

    def rows(self, access_token: str, entity: str, ids: list[str]) -> list[WireRow]:
        body = IdsRequest(entity=entity, ids=ids)
        return _objects(self.call("POST", "/sync/rows", token=access_token, json=body))

    def surrender(self, body: SurrenderRequest) -> SurrenderAnswer:
        """A closed account's device hands its unsynced edits to the review queue."""
        return _shaped(SurrenderAnswer, self.call("POST", "/sync/surrender", json=body))

    # --- staff administration (managers and admins, online) ------------------------------

    def reassign(
        self,
        access_token: str,
        customer_ids: list[str],
        to_username: str,
        reason: str = "",
        selection: CustomerSelection | None = None,
    ) -> ReassignResult:
        """Listed customers, or those `selection` matches (owner, branch, city, tier, status)."""
        body = ReassignRequest(
            customer_ids=customer_ids,
            to_username=to_username,
            reason=reason,
            **(selection.given() if selection is not None else {}),
        )
        answer = self.call("POST", "/customers/reassign", token=access_token, json=body)
        return read_answer(ReassignResult, answer)

    def owners(self, access_token: str, customer_id: str) -> list[OwnerChange]:
        answer = self.call("GET", f"/customers/{customer_id}/owners", token=access_token)
        return read_answer(_OWNER_CHANGES, answer)

    def report(self, access_token: str, body: DeviceReport) -> None:
        """Tell the server this device's version, unsent edits and replica size."""
        self.call("POST", "/sync/report", token=access_token, json=body)

    def admin(self, access_token: str, method: str, path: str, json: Any = None) -> Any:
        """`/admin/...`: users, branches, offboarding, review queue, audit (server docs)."""
        return self.call(method, f"/admin/{path}", token=access_token, json=json)

    def audit_csv(self, access_token: str, query: str = "") -> bytes:
        url = f"{self.base_url}{API_PREFIX}/admin/audit.csv{query}"
        headers = {"Authorization": f"Bearer {access_token}"}
        response = self._send("GET", url, headers=headers)
        if response.status_code >= 400:
            raise _refusal(response)
        return response.content


T = TypeVar("T")
_OWNER_CHANGES = TypeAdapter(list[OwnerChange])


def read_answer(kind: type[T] | TypeAdapter[T], answer: Any) -> T:
    """An answer read into the protocol's model `kind` (sync.protocol.staff), or `bad_answer`."""
    adapter = kind if isinstance(kind, TypeAdapter) else TypeAdapter(kind)
    try:
        return adapter.validate_python(answer)
    except ValidationError as exc:
        raise _bad_shape(str(kind), answer) from exc


def _encode(body: Any) -> bytes:
    """A request model with the fields that were set (an older server refuses a field it does
    not know, even null); anything else as it is."""
    if isinstance(body, BaseModel):
        return body.model_dump_json(exclude_unset=True).encode()
    return orjson.dumps(body)


def _shaped(kind: type[T], answer: Any) -> T:
    """`answer` as the TypedDict `kind` (sync.protocol.wire) if it is an object with every key
    `kind` requires: checked at the edge in constant time, a page's rows are not walked."""
    data = _object(answer)
    required: frozenset[str] = getattr(kind, "__required_keys__", frozenset())
    missing = required - data.keys()
    if missing:
        raise _bad_shape(f"{kind.__name__} (without {', '.join(sorted(missing))})", answer)
    return cast(T, data)


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


def _certificate_problem(base_url: str, exc: requests.exceptions.SSLError) -> CertificateProblem:
    return CertificateProblem(
        f"The server at {base_url} answered, but its certificate could not be verified "
        f"({_ssl_reason(exc)}). Nothing was sent. Check the server address; if it is right, "
        "ask IT to install the company's certificate on this computer."
    )


def _ssl_reason(exc: BaseException) -> str:
    """What TLS said (e.g. 'self-signed certificate'), found in the chain of wrappers."""
    todo, seen = [exc], set()
    while todo:
        error = todo.pop()
        if id(error) in seen:
            continue
        seen.add(id(error))
        if isinstance(error, ssl.SSLCertVerificationError):
            return error.verify_message or "certificate verify failed"
        if isinstance(error, ssl.SSLError):
            return str(error.reason or error)
        todo += [arg for arg in error.args if isinstance(arg, BaseException)]
        todo += [inner for inner in (error.__cause__, error.__context__) if inner is not None]
    return "TLS error"


def _too_slow(base_url: str, seconds: float) -> ServerUnreachable:
    return ServerUnreachable(
        f"The server at {base_url} did not finish answering within {seconds:.0f} seconds; "
        "the connection may be very slow. Your work is kept on this computer; sync will "
        "try again.",
        code="server_timeout",
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
