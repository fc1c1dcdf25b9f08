"""An interrupted first download resumes after the last stored page instead of starting over."""

import pytest

from sync.client.errors import ServerUnreachable


def test_initial_sync_resumes_after_the_last_applied_page(client_for, make_account):
    account = make_account()
    writer = client_for(account)
    for n in range(40):
        writer.records.create("customer", {"name": f"C{n:02}"})
    writer.sync()

    reader = client_for(account, page_size=5)
    cursors: list[str] = []
    real_pull = reader.api.pull

    def flaky_pull(token, body):
        cursors.append(body["cursor"])
        if len(cursors) == 4:
            raise ServerUnreachable("network gone")
        return real_pull(token, body)

    reader.api.pull = flaky_pull
    with pytest.raises(ServerUnreachable):
        reader.sync()
    assert len(reader.records.find("customer")) == 15  # three pages stored

    report = reader.sync()
    assert cursors[4] == cursors[3] != ""  # the retry asked for page four, not page one
    assert report.received == 25
    assert len(reader.records.find("customer")) == 40
