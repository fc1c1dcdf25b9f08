"""A round with local edits is one request to a protocol-2 server, two to an older one."""

import json
from typing import Any

import pytest
import requests

from sync.client import http
from sync.client.errors import ServerRefused
from sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION


def _record_requests(client) -> list[tuple[str, dict[str, Any] | None]]:
    """(path, JSON body) of every request the client's API sends from now on."""
    sent: list[tuple[str, dict[str, Any] | None]] = []

    def keep(response: requests.Response, *_args: Any, **_kwargs: Any) -> requests.Response:
        body = response.request.body
        path = response.request.path_url.split("/api/v1", 1)[-1]
        sent.append((path, json.loads(body) if body else None))
        return response

    client.api._http.hooks["response"].append(keep)
    return sent


def test_a_round_with_an_edit_pushes_and_pulls_in_one_request(client_for, make_account):
    account = make_account()
    mine, theirs = client_for(account), client_for(account)
    acme = mine.records.create("customer", {"name": "Acme"})
    mine.sync()
    theirs.sync()
    theirs.records.update("customer", acme["id"], {"city": "上海"})
    theirs.sync()
    mine.records.update("customer", acme["id"], {"notes": "called back"})
    sent = _record_requests(mine)

    report = mine.sync()

    assert [path for path, _ in sent] == ["/sync/push"]
    assert report.pushed == 1 and report.received >= 1
    row = mine.records.get("customer", acme["id"])
    assert (row["city"], row["notes"]) == ("上海", "called back")
    assert mine.records.pending_count() == 0


def test_a_round_without_edits_only_pulls(client_for):
    client = client_for()
    client.sync()
    sent = _record_requests(client)
    client.sync()
    assert [path for path, _ in sent] == ["/sync/pull"]


def test_against_a_protocol_1_server_the_pull_is_a_request_of_its_own(
    client_for, make_account, monkeypatch
):
    """A server that does not name protocol 2 must never see `pull` in a push (it would
    refuse the unknown field): the client pulls separately and still converges."""
    monkeypatch.setattr(http, "_protocol", lambda _response: 1)
    account = make_account()
    mine, theirs = client_for(account), client_for(account)
    mine.sync()  # the first round also checks the device
    theirs.records.create("customer", {"name": "Beta"})
    theirs.sync()
    mine.records.create("customer", {"name": "Acme"})
    sent = _record_requests(mine)

    mine.sync()

    assert [path for path, _ in sent] == ["/sync/push", "/sync/pull"]
    assert "pull" not in sent[0][1]
    assert sorted(r["name"] for r in mine.records.find("customer")) == ["Acme", "Beta"]


def test_every_answer_names_the_server_protocol_errors_included(server):
    answers = [
        requests.get(f"{server.url}/api/v1/health", timeout=5),
        requests.post(f"{server.url}/api/v1/sync/pull", json={}, timeout=5),  # no version: 426
        requests.get(f"{server.url}/api/v1/no-such-thing", timeout=5),  # 404
    ]
    assert [a.headers.get(PROTOCOL_HEADER) for a in answers] == [str(PROTOCOL_VERSION)] * 3
    assert [a.status_code for a in answers] == [200, 426, 404]


def _asked_counts(sent: list[tuple[str, dict[str, Any] | None]]) -> list[bool]:
    pulls = [body if path == "/sync/pull" else (body or {}).get("pull") for path, body in sent]
    return [pull["counts"] for pull in pulls if pull]


def test_counts_are_verified_once_per_interval_not_on_every_round(client_for):
    """The scope count scans every row in scope on the server: a busy round of edits every
    few seconds must not pay for it each time, but it still comes round."""
    client = client_for()
    sent = _record_requests(client)
    client.engine.verify_interval = 3600
    client.sync()  # the first download verifies
    for number in range(3):
        client.records.create("customer", {"name": f"C{number}"})
        client.sync()
    assert _asked_counts(sent) == [True, False, False, False]

    client.engine.verify_interval = 0  # the interval has passed
    client.records.create("customer", {"name": "Late"})
    client.sync()
    assert _asked_counts(sent)[-1] is True


def test_a_push_whose_pull_part_fails_loses_nothing_when_sent_again(client_for):
    """A round whose pull part is malformed is refused whole, before anything is applied (its
    form is in the OpenAPI since issue 17): sent again, the mutation applies once; sent once
    more (an acknowledgement lost), the server answers `duplicate`."""
    client = client_for()
    acme = client.records.create("customer", {"name": "Acme"})
    client.sync()
    mutation = {
        "seq": 10_000,
        "entity": "customer",
        "row_id": acme["id"],
        "op": "update",
        "changes": {"city": "杭州"},
        "base": {"city": None},
    }
    with pytest.raises(ServerRefused) as refused:
        client.api.push(client.token, {"mutations": [mutation], "pull": {"cursor": "nonsense"}})
    assert refused.value.code == "invalid_request"  # its form is in the OpenAPI: 422

    answer = client.api.push(client.token, {"mutations": [mutation]})
    assert answer["results"][0]["status"] == "applied"
    answer = client.api.push(client.token, {"mutations": [mutation]})
    assert answer["results"] == [{"seq": 10_000, "status": "duplicate"}]  # no reason, no row
    [row] = client.api.rows(client.token, "customer", [acme["id"]])
    assert row["city"] == "杭州"
