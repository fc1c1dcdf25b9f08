"""Item 6 of issue 17: every value the server cannot store is a rejection of that mutation
(or a 4xx for a malformed request), never a 500 that leaves the device's outbox stuck.

Each case pushes the bad mutation followed by a good one in the same request: the bad one
comes back `rejected / invalid`, the good one is applied, and the server keeps answering.
"""

import json
import uuid
from unittest.mock import patch

import pytest

from app.records import Records
from app.replica import Replica
from server.api.routes.sync import _apply_with_retries
from server.auth.service import Caller
from server.models import Device as Device_
from server.models import User
from server.sync import push as push_module
from sync.protocol import validation
from sync.protocol.enums import Role
from sync.protocol.validation import ValidationError
from sync.protocol.wire import Mutation, PushRequest
from tests.security.robust_http import Device

EDGE_DATETIMES = ["0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-01:00"]
DEEP = json.loads("[" * 300 + "]" * 300)


def bad_values(customer: str) -> list[tuple[str, dict, str]]:
    """(entity, changes of a create, what it is) for every unstorable value the run found."""
    return [
        ("task", {"title": "t", "starts_at": EDGE_DATETIMES[0]}, "datetime before year 1 UTC"),
        ("task", {"title": "t", "due_at": EDGE_DATETIMES[1]}, "datetime after 9999 UTC"),
        ("opportunity", {"customer_id": customer, "title": "o", "amount": 1e30}, "1e30"),
        ("opportunity", {"customer_id": customer, "title": "o", "amount": "1e30"}, "'1e30'"),
        ("opportunity", {"customer_id": customer, "title": "o", "amount": "9" * 5000}, "5000"),
        ("opportunity", {"customer_id": customer, "title": "o", "probability": "7" * 5000}, "int"),
        ("opportunity", {"customer_id": customer, "title": "o", "probability": 2**63}, "2^63"),
        (
            "service_request",
            {"customer_id": customer, "subject": "s", "satisfaction": -(2**70)},
            "",
        ),
        ("customer", {"name": "deep", "notes": DEEP}, "JSON nested 300 deep"),
        ("customer", {"name": "deep", "tags": [DEEP]}, "nested in a list field"),
        ("customer", {"name": "\ud800 lone surrogate"}, "lone surrogate"),
        ("customer", {"name": "ok", "tags": ["\udfff"]}, "lone surrogate in a list"),
        ("customer", {"name": "NUL\x00in the middle"}, "NUL"),
        ("customer", {"name": "ok", "phones": ["\x00"]}, "NUL in a list"),
        ("interaction", {"customer_id": customer, "contact_id": str(uuid.uuid4())}, "contact"),
    ]


@pytest.fixture
def rep_device(http, server, make_account) -> Device:
    rep = make_account()
    return Device.sign_in(http, server.url, rep.username, rep.password)


def test_each_unstorable_value_is_one_rejected_mutation(rep_device):
    device = rep_device
    customer = device.create("customer", {"name": "值的边界"})
    for entity, changes, what in bad_values(customer):
        bad = device.mutation(entity, str(uuid.uuid4()), "create", changes=changes)
        good = device.mutation("interaction", str(uuid.uuid4()), "create")
        good["changes"] = {"customer_id": customer, "subject": what or entity}
        first, second = device.push(bad, good)
        assert first["status"] == "rejected", (what, first)
        assert first["reason"] in ("invalid", "not_found"), (what, first)
        assert second["status"] == "applied", (what, second)
    subjects = {c["row"]["subject"] for c in device.pull_all() if c["entity"] == "interaction"}
    assert len(subjects) == len(bad_values(customer))


def test_unstorable_updates_and_bases_are_rejected_too(rep_device):
    device = rep_device
    customer = device.create("customer", {"name": "更新"})
    cases = [
        {"changes": {"notes": "\ud800"}},
        {"changes": {"city": "上海\x00"}},
        {"changes": {"city": "上海"}, "base": {"city": DEEP}},
        {"changes": {"city": "上海"}, "base": {"city": "\udc00"}},
        {"changes": {"city": "上海"}, "base": {"notes": 10**5000 // 10**4990}},
    ]
    for case in cases:
        [result] = device.push(device.mutation("customer", customer, **case))
        assert result["status"] in ("rejected", "applied", "conflict"), (case, result)
    [last] = device.push(device.mutation("customer", customer, changes={"city": "杭州"}))
    assert last["status"] in ("applied", "conflict")


def test_a_5000_digit_json_number_is_a_4xx_and_the_next_push_works(rep_device):
    device = rep_device
    customer = device.create("customer", {"name": "长数字"})
    device.seq += 1
    digits = "9" * 5000
    body = (
        f'{{"mutations": [{{"seq": {device.seq}, "entity": "opportunity", "row_id": '
        f'"{uuid.uuid4()}", "op": "create", "changes": {{"customer_id": "{customer}", '
        f'"title": "o", "amount": {digits}}}}}]}}'
    )
    answer = device.request(
        "POST", "/sync/push", data=body, headers={"Content-Type": "application/json"}
    )
    assert 400 <= answer.status_code < 500
    device.seq -= 1
    device.create("interaction", {"customer_id": customer, "subject": "still syncing"})


@pytest.mark.parametrize("seq", [2**63, 2**64 + 5])
def test_a_sequence_number_beyond_64_bits_is_refused_as_malformed(rep_device, seq):
    device = rep_device
    customer = device.create("customer", {"name": "序号"})
    mutation = {"seq": seq, "entity": "customer", "row_id": customer, "op": "update"}
    mutation["changes"] = {"city": "上海"}
    answer = device.request("POST", "/sync/push", json={"mutations": [mutation]})
    assert answer.status_code == 422
    device.create("interaction", {"customer_id": customer, "subject": "after"})


def test_malformed_wire_strings_are_4xx(http, server, rep_device):
    device = rep_device
    malformed = [
        {"row_id": "\ud800"},
        {"row_id": "a\x00b"},
        {"row_id": str(uuid.uuid4()), "changes": {"\ud800": "a field name"}},
    ]
    for fields in malformed:
        mutation = {"seq": 1, "entity": "customer", "op": "update", **fields}
        answer = device.request("POST", "/sync/push", json={"mutations": [mutation]})
        assert 400 <= answer.status_code < 500
    for username in ["\ud800", "nul\x00name"]:
        answer = http.post(
            f"{server.url}/api/v1/auth/login",
            json={"username": username, "password": "x\x00\udc00", "device_name": "d\x00"},
            timeout=30,
        )
        assert answer.status_code in (401, 422), answer.text


def test_admin_parameters_at_the_edges_are_4xx(http, server, make_account):
    admin = make_account(role=Role.ADMIN)
    device = Device.sign_in(http, server.url, admin.username, admin.password)
    for since in ["0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00"]:
        for path in ["/admin/audit", "/admin/audit.csv"]:
            answer = device.request("GET", path, params={"since": since})
            assert answer.status_code in (200, 422), answer.text
    for query in [{"username": "a\x00"}, {"action": "\x00"}]:
        assert device.request("GET", "/admin/audit", params=query).status_code in (200, 400, 422)
    for item in [2**63, 2**64, -(2**63) - 1]:
        for verb in ["apply", "discard"]:
            answer = device.request("POST", f"/admin/review/{item}/{verb}")
            assert answer.status_code in (404, 422), answer.text
    answer = device.request("POST", "/admin/review/1/discard", json={"note": "a\x00\ud800"})
    assert 400 <= answer.status_code < 500


def test_what_the_database_refuses_rejects_that_mutation_alone(server_db, make_account):
    """The safety net behind the checks: with the reference check switched off, an interaction
    pointing at a missing contact reaches the database, whose foreign key refuses it; the
    request is applied again one mutation at a time and only that one is rejected."""
    rep = make_account()
    with server_db.transaction() as session:
        user = session.get(User, rep.id)
        device = Device_(user_id=rep.id, name="in-process")
        session.add(device)
        session.flush()
        caller = Caller(user=user, session_id="none", device_id=device.id)
        session.expunge(user)
    customer, contact = str(uuid.uuid4()), str(uuid.uuid4())
    mutations = [
        Mutation(seq=1, entity="customer", row_id=customer, op="create", changes={"name": "c"}),
        Mutation(
            seq=2,
            entity="interaction",
            row_id=str(uuid.uuid4()),
            op="create",
            changes={"customer_id": customer, "contact_id": contact, "subject": "fk"},
        ),
        Mutation(
            seq=3,
            entity="interaction",
            row_id=str(uuid.uuid4()),
            op="create",
            changes={"customer_id": customer, "subject": "fine"},
        ),
    ]
    with patch.object(push_module, "check_references", lambda *args, **kwargs: None):
        answer = _apply_with_retries(server_db, caller, PushRequest(mutations=mutations))
    statuses = [(r["seq"], r["status"]) for r in answer["results"]]
    assert statuses == [(1, "applied"), (2, "rejected"), (3, "applied")]
    assert answer["last_applied"] == 3


@pytest.mark.parametrize(
    ("entity", "values", "field", "code"),
    [
        ("task", {"title": "t", "starts_at": EDGE_DATETIMES[0]}, "starts_at", "invalid_datetime"),
        ("task", {"title": "t", "due_at": EDGE_DATETIMES[1]}, "due_at", "invalid_datetime"),
        ("customer", {"name": "n", "notes": "a\x00b"}, "notes", "invalid_text"),
        ("customer", {"name": "n", "tags": ["\ud800"]}, "tags", "invalid_text"),
    ],
)
def test_the_clients_own_validation_says_what_is_wrong(tmp_path, entity, values, field, code):
    """The old client raised OverflowError on the first of these (a crash dialog): the same
    rules as the server's now answer with a field error the form can show."""
    replica = Replica(tmp_path / "replica.sqlite3")
    try:
        records = Records(replica, "u1")
        parent = records.create("customer", {"name": "客户"})["id"]
        row = {**values, "customer_id": parent} if entity != "customer" else values
        with pytest.raises(ValidationError) as caught:
            records.create(entity, row)
        assert caught.value.codes()[field] == code
        assert records.pending_count() == 1  # only the customer
    finally:
        replica.close()


@pytest.mark.parametrize("amount", [1e30, "1e30", "9" * 5000, "-1e30"])
def test_the_clients_validation_bounds_amounts(amount):
    with pytest.raises(ValidationError) as caught:
        validation.coerce("opportunity", {"amount": amount})
    assert caught.value.codes()["amount"] in ("too_large", "too_small", "invalid_number")
