"""Item 5 of issue 17: a conflict entry holding a number must not break pulls.

SQLite gave columns declared JSON NUMERIC affinity, so the JSON text `50` was stored as the
integer 50 and every pull whose page held that conflict entry answered 500.
"""

from sqlalchemy import text

from app.customer_file import CustomerFile
from tests.security.robust_http import Device
from tests.support.clients import connect


def test_a_number_in_the_conflict_log_is_pulled_back(http, server, make_account):
    rep = make_account()
    device = Device.sign_in(http, server.url, rep.username, rep.password)
    customer = device.create("customer", {"name": "数值冲突"})
    deal = device.create(
        "opportunity", {"customer_id": customer, "title": "Deal", "probability": 10}
    )
    first, second = device.push(
        device.mutation("opportunity", deal, changes={"probability": 50}, base={"probability": 10}),
        device.mutation("opportunity", deal, changes={"probability": 70}, base={"probability": 10}),
    )
    assert (first["status"], second["status"]) == ("applied", "conflict")

    changes = device.pull_all()

    [conflict] = [c["row"] for c in changes if c["entity"] == "conflict"]
    assert (conflict["lost_value"], conflict["kept_value"]) == (50, 70)
    [row] = [c["row"] for c in changes if c["entity"] == "opportunity"]
    assert row["probability"] == 70


def test_the_replica_keeps_and_restores_a_lost_number(http, server, make_account, tmp_path):
    """The client side of the same fault: the pulled entry is stored as JSON text and the
    record's history reads it back, so one click restores 50."""
    rep = make_account()
    client = connect(server.url, rep.username, rep.password, tmp_path / "rep.sqlite3")
    try:
        customer = client.records.create("customer", {"name": "数值历史"})
        deal = client.records.create("opportunity", {"customer_id": customer["id"], "title": "D"})
        client.sync()
        device = Device(http, server.url, client.token, seq=10_000)  # same device, later numbers
        device.push(
            device.mutation(
                "opportunity", deal["id"], changes={"probability": 50}, base={"probability": 10}
            ),
            device.mutation(
                "opportunity", deal["id"], changes={"probability": 70}, base={"probability": 10}
            ),
        )
        client.sync()

        history = CustomerFile(client.records).conflicts(customer["id"])
        assert [(c["field"], c["lost_value"]) for c in history] == [("probability", 50)]
        assert CustomerFile(client.records).restore(history[0])["probability"] == 50
        client.sync()
        with client.replica.reading() as session:
            assert session.scalar(text("SELECT typeof(lost_value) FROM conflicts")) == "text"
    finally:
        client.close()
