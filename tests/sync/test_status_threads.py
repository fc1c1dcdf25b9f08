"""The status bar reads the engine's status from the GUI thread while a round runs in a worker
(issue 15, item 5): what the GUI thread read before a push must not be stored over what the
worker read after it."""

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm import Session


class _Watched:
    """A lock that says when a second thread waits for it."""

    def __init__(self, lock: threading.Lock, contended: threading.Event) -> None:
        self._lock, self._contended = lock, contended

    def __enter__(self) -> None:
        if not self._lock.acquire(blocking=False):
            self._contended.set()
            self._lock.acquire()

    def __exit__(self, *exc: object) -> None:
        self._lock.release()


def test_counts_read_before_a_push_never_overwrite_those_read_after_it(client_for):
    client = client_for()
    client.records.create("customer", {"name": "Acme"})  # one edit waits
    engine = client.engine
    engine.status()  # what it keeps in memory is read: the next call reads only the counts
    gui = threading.current_thread()
    counted = threading.Event()  # the GUI thread has read the counts (1 pending)
    go_on = threading.Event()  # the round ended, or waits for the GUI thread to finish
    if hasattr(engine, "_counts_lock"):
        engine._counts_lock = _Watched(engine._counts_lock, go_on)
    reading = client.replica.reading

    @contextmanager
    def slow_for_the_gui() -> Iterator[Session]:
        with reading() as session:
            yield session
        if threading.current_thread() is gui and not counted.is_set():
            counted.set()
            assert go_on.wait(timeout=30)

    client.replica.reading = slow_for_the_gui
    reports = []

    def worker() -> None:
        counted.wait()
        reports.append(engine.sync_now())
        go_on.set()

    thread = threading.Thread(target=worker)
    thread.start()
    engine.status()  # reads "1 pending", then lets the round run before storing it
    thread.join()

    assert reports[0].pushed == 1
    assert client.records.pending_count() == 0
    assert (engine.snapshot().state, engine.snapshot().pending) == ("idle", 0)
    assert engine.status().pending == 0
