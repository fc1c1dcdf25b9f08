"""Clients of different versions share data: what one does not know, it never erases."""

from sync.protocol.entities import Customer


def test_fields_and_entities_from_a_newer_server_are_ignored_not_fatal(client_for):
    client = client_for()
    client.records.create("customer", {"name": "Acme"})
    client.sync()
    real_pull = client.api.pull

    def newer_server(token, body):
        page = real_pull(token, body)
        for change in page["changes"]:
            change["row"]["loyalty_points"] = 1200
        page["changes"].append({"entity": "contract", "row": {"id": "k1", "version": 1}})
        return page

    client.api.pull = newer_server
    client.records.update("customer", client.records.find("customer")[0]["id"], {"city": "苏州"})
    client.sync()
    assert client.records.find("customer")[0]["city"] == "苏州"


def test_an_older_client_never_erases_a_field_it_does_not_know(client_for, make_account, server_db):
    account = make_account()
    new, old = client_for(account), client_for(account)
    row = new.records.create("customer", {"name": "Acme", "industry": "物流"})
    new.sync()
    old.sync()
    # The old client's version has no "industry" column: it edits other fields only.
    pushed = []
    real_push = old.api.push
    old.api.push = lambda token, body: pushed.extend(body.mutations) or real_push(token, body)
    old.records.update("customer", row["id"], {"name": "Acme Logistics"})
    old.sync()
    assert [m.changes for m in pushed] == [{"name": "Acme Logistics"}]
    with server_db.transaction() as session:
        stored = session.get(Customer, row["id"])
        assert (stored.name, stored.industry) == ("Acme Logistics", "物流")
    new.sync()
    assert new.records.get("customer", row["id"])["industry"] == "物流"
