"""One helper for slow work: run a function off the GUI thread, get the result back on it.

Two lanes (STYLE.md 4): `DB_LANE`, one thread, serialises writes to the
replica; `NET_LANE` runs network calls in parallel. Results come back through
a queued signal, so callbacks run on the GUI thread and may touch widgets.
"""

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from shiboken6 import isValid

log = logging.getLogger(__name__)

NET_LANE = QThreadPool()
NET_LANE.setMaxThreadCount(4)
DB_LANE = QThreadPool()
DB_LANE.setMaxThreadCount(1)


class _Relay(QObject):
    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn = fn
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # handed to the GUI thread, which decides how to show it
            self.relay.failed.emit(exc)
        else:
            self.relay.succeeded.emit(result)


_live: set[_Relay] = set()


def run_in_background(
    fn: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[Exception], None],
    *,
    lane: QThreadPool = NET_LANE,
    owner: QObject | None = None,
) -> None:
    """`owner`: the widget the callbacks belong to; if it is gone by the time the work
    ends (the window was closed meanwhile), the result is dropped instead of delivered."""
    relay = _Relay()
    _live.add(relay)  # keep the relay alive until one of its signals has been delivered

    def done(callback: Callable[[Any], None]) -> Callable[[Any], None]:
        def deliver(value: Any) -> None:
            _live.discard(relay)
            if owner is not None and not isValid(owner):
                log.debug("dropped a result for a closed window: %r", value)
                return
            callback(value)

        return deliver

    relay.succeeded.connect(done(on_success))
    relay.failed.connect(done(on_failure))
    lane.start(_Job(fn, relay))
