"""A long first download keeps the window alive and shows how far it got."""

import time
from argparse import Namespace
from itertools import pairwise

import pytest
from PySide6.QtCore import QTimer

from app.workspace import Workspace
from bench.sync import PASSWORD, seed
from tests.support.clients import connect
from tests.ui.ops import settle
from ui.main_window import MainWindow

pytestmark = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)

CUSTOMERS = 1500


def test_window_stays_responsive_and_shows_progress_during_a_long_pull(
    qtbot, server, server_db, tmp_path, account
):
    book = Namespace(customers=CUSTOMERS, interactions_per_customer=2, batch_customers=100, seed=7)
    seeded = seed(server_db, book)
    # small pages: many round trips, as a slow line would make them
    client = connect(server.url, seeded.username, PASSWORD, tmp_path / "r.sqlite3", page_size=100)
    window = MainWindow(Workspace(account, client.records, client.engine))
    qtbot.addWidget(window)
    window.show()

    beats: list[float] = []
    seen: list[str] = []
    heartbeat = QTimer(interval=10)
    heartbeat.timeout.connect(lambda: beats.append(time.monotonic()))

    def watch() -> None:
        if window.progress.isVisible():
            seen.append(window.sync_label.text())

    heartbeat.timeout.connect(watch)
    heartbeat.start()
    window.sync_now()
    qtbot.waitUntil(lambda: window.sync_label.text().startswith("Synced at"), timeout=120_000)
    heartbeat.stop()

    gaps = [later - earlier for earlier, later in pairwise(beats)]
    assert len(beats) > 20
    assert max(gaps) < 0.5, f"the event loop stalled for {max(gaps):.2f} s"
    assert any(text.startswith("Downloading…") for text in seen), seen
    assert not window.progress.isVisible()
    window.show_customers()  # a hidden page reads what changed when it is shown
    settle()
    assert window.customers.model.rowCount() == CUSTOMERS
    window.close()
    client.close()
