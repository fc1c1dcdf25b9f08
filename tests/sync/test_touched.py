"""A round says what it stored or removed, so the UI refreshes only that (issue 15)."""

from sync.client import touched as touched_module
from sync.client.touched import Touched


def test_a_round_names_the_rows_it_stored_and_an_empty_round_names_none(client_for, make_account):
    account = make_account()
    laptop, desktop = client_for(account), client_for(account)
    laptop.sync()
    desktop.sync()
    row = laptop.records.create("customer", {"name": "Acme"})
    laptop.records.create("interaction", {"customer_id": row["id"], "subject": "call"})
    laptop.sync()

    report = desktop.sync()
    changed = report.touched.as_dict()
    assert changed["customer"] == frozenset({row["id"]})
    assert set(changed) == {"customer", "interaction"}

    assert not desktop.sync().touched  # nothing new: nothing to refresh


def test_past_the_limit_an_entity_counts_as_changed_throughout(monkeypatch):
    monkeypatch.setattr(touched_module, "LIMIT", 3)
    touched = Touched()
    touched.add("task", ["a", "b"])
    assert touched.as_dict() == {"task": frozenset({"a", "b"})}
    touched.add("task", ["c", "d"])
    touched.add("task", ["e"])
    assert touched.as_dict() == {"task": None}
