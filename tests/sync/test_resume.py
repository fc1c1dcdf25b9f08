"""An interrupted first download resumes after the last stored page instead of starting over."""

import gc
from dataclasses import replace

import pytest

from app import interaction_text
from app.search import Search
from sync.client.errors import ServerUnreachable


def _writer_with_customers(client_for, account, count: int):
    writer = client_for(account)
    for n in range(count):
        writer.records.create("customer", {"name": f"C{n:02}"})
    writer.sync()
    return writer


def _cut_at(reader, call: int, watch) -> None:
    """Make the reader's `call`-th pull fail as a lost network would; `watch(body)` sees
    every pull first."""
    real_pull = reader.api.pull
    calls: list[int] = []

    def flaky_pull(token, body):
        watch(body)
        calls.append(1)
        if len(calls) == call:
            raise ServerUnreachable("network gone")
        return real_pull(token, body)

    reader.api.pull = flaky_pull


@pytest.mark.parametrize(
    ("commit_rows", "kept", "resumed_from"),
    [(5, 15, 3), (10, 10, 2)],  # a transaction per page of 5 / per two pages
)
def test_initial_sync_resumes_after_the_last_committed_page(
    client_for, make_account, commit_rows, kept, resumed_from
):
    account = make_account()
    _writer_with_customers(client_for, account, 40)
    reader = client_for(account, page_size=5, commit_rows=commit_rows)
    cursors: list[str] = []
    _cut_at(reader, 4, lambda body: cursors.append(body.cursor))
    with pytest.raises(ServerUnreachable):
        reader.sync()
    assert len(reader.records.find("customer")) == kept  # the committed pages

    report = reader.sync()
    assert cursors[4] == cursors[resumed_from] != ""  # not from the first page
    assert report.received == 40 - kept
    assert len(reader.records.find("customer")) == 40


def test_interaction_search_index_is_rebuilt_after_an_interrupted_first_download(
    client_for, make_account
):
    """The full-text triggers are off during a long first download (it is quicker to index
    once at the end); a download cut half-way leaves them off until the resumed one ends."""
    account = make_account()
    writer = client_for(account)
    for n in range(12):
        customer = writer.records.create("customer", {"name": f"C{n:02}"})
        writer.records.create(
            "interaction",
            {"customer_id": customer["id"], "kind": "call", "subject": f"续约报价 {n:02}"},
        )
    writer.sync()

    reader = client_for(account, page_size=5, commit_rows=5)
    _cut_at(reader, 3, lambda body: None)
    with pytest.raises(ServerUnreachable):
        reader.sync()
    with reader.replica.reading() as session:
        assert not interaction_text.indexing(session)
    here = reader.records.find("customer")[0]["id"]  # one that arrived before the cut
    reader.records.create(  # written offline while indexing is off
        "interaction",
        {"customer_id": here, "kind": "note", "subject": "续约报价 offline"},
    )

    reader.sync()
    with reader.replica.reading() as session:
        assert interaction_text.indexing(session)
    hits = Search(reader.replica).find("续约报价", limit=50)
    assert len([hit for hit in hits if hit.kind == "interaction"]) == 13
    reader.records.create(  # and indexed at once again afterwards
        "interaction", {"customer_id": here, "kind": "visit", "subject": "续约报价 new"}
    )
    hits = Search(reader.replica).find("续约报价", limit=50)
    assert len([hit for hit in hits if hit.kind == "interaction"]) == 14


@pytest.fixture
def automatic_collection():
    """On for this test: the UI tests' session turns it off (ui/collector.py) and may run first."""
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_a_download_pauses_the_cycle_collector_and_always_restores_it(
    client_for, make_account, automatic_collection
):
    """Paused for speed while a full download runs, on again however the download ends."""
    account = make_account()
    writer = _writer_with_customers(client_for, account, 12)
    reader = client_for(account, page_size=5, commit_rows=5)
    collecting: list[bool] = []
    _cut_at(reader, 2, lambda body: collecting.append(gc.isenabled()))
    with pytest.raises(ServerUnreachable):
        reader.sync()
    assert collecting == [False, False] and gc.isenabled()

    reader.sync()  # the resumed download
    assert collecting[2:] == [False, False] and gc.isenabled()
    writer.records.create("customer", {"name": "later"})
    writer.sync()
    reader.sync()  # an ordinary round leaves the collector alone
    assert collecting[-1] is True and gc.isenabled()
    assert len(reader.records.find("customer")) == 13


def test_a_failing_prepare_hook_costs_nothing_but_its_head_start(client_for, make_account):
    account = make_account()
    _writer_with_customers(client_for, account, 12)
    reader = client_for(account, page_size=5)
    prepared: list[int] = []

    def broken(changes):
        prepared.append(len(changes))
        raise ValueError("a name pypinyin chokes on")

    reader.engine.hooks = replace(reader.engine.hooks, prepare=broken)
    report = reader.sync()
    assert prepared == [5, 5, 2] and report.received == 12
    assert Search(reader.replica).find("C07", limit=5)  # search keys made while storing
