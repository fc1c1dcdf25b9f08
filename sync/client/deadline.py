"""Every request has a total deadline, and `abort()` cuts the ones under way (issue 17, item 10).

`requests`' timeout bounds each wait for bytes, not the whole answer: a server (or a proxy)
dripping one byte every half second kept a sync round running for minutes, and the engine's
abort flag is only looked at between requests. Here the connection a thread is using is
noted when it sends, so a timer, or `abort()` from the UI thread, can shut its socket down:
the blocked read returns at once, and the call reports why.
"""

import contextlib
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

DEADLINE = "deadline"
ABORTED = "aborted"


class Calls:
    """The requests under way, by thread, and why any of them was cut."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._active: dict[int, object] = {}  # thread inside `bounded` -> that call's token
        self._using: dict[int, Any] = {}  # thread -> the urllib3 connection it sends on
        self._cut: dict[int, str] = {}  # thread -> DEADLINE or ABORTED

    def adapter(self) -> HTTPAdapter:
        """A transport adapter whose connections report to this registry."""
        return _Adapter(self)

    @contextmanager
    def bounded(self, seconds: float) -> Iterator[None]:
        """Run one request of this thread; cut it when `seconds` have passed."""
        thread = threading.get_ident()
        call = object()  # a late timer of an earlier call must not cut this one
        with self._lock:
            self._cut.pop(thread, None)
            self._active[thread] = call
        timer = threading.Timer(seconds, self._cut_one, (thread, DEADLINE, call))
        timer.daemon = True
        timer.start()
        try:
            yield
        finally:
            timer.cancel()
            with self._lock:
                self._using.pop(thread, None)
                self._active.pop(thread, None)

    def why_cut(self) -> str | None:
        """DEADLINE or ABORTED if this thread's last request was cut, else None."""
        with self._lock:
            return self._cut.get(threading.get_ident())

    def cut_all(self) -> None:
        """Cut every request under way (the user stopped the sync)."""
        with self._lock:
            calls = list(self._active.items())
        for thread, call in calls:
            self._cut_one(thread, ABORTED, call)

    def using(self, connection: Any) -> None:
        thread = threading.get_ident()
        with self._lock:
            if thread in self._cut:  # cut before it could send: do not send at all
                raise ConnectionAbortedError(self._cut[thread])
            self._using[thread] = connection

    def _cut_one(self, thread: int, why: str, call: object) -> None:
        with self._lock:
            if self._active.get(thread) is not call:
                return  # that request already ended
            self._cut[thread] = why
            connection = self._using.get(thread)
        sock = getattr(connection, "sock", None)
        if sock is not None:
            with contextlib.suppress(OSError):  # already closed
                sock.shutdown(socket.SHUT_RDWR)  # the blocked recv returns; the pool drops it


class _Noted:
    """Mixin for urllib3 connections: tell the registry which thread sends on this one."""

    calls: Calls

    def request(self, *args: Any, **kwargs: Any) -> None:
        self.calls.using(self)
        super().request(*args, **kwargs)  # type: ignore[misc]


class _Adapter(HTTPAdapter):
    def __init__(self, calls: Calls) -> None:
        self._calls = calls  # before super().__init__, which builds the pool manager
        super().__init__()

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        extra = {"calls": self._calls}
        http = type("NotedHTTPConnection", (_Noted, HTTPConnection), extra)
        https = type("NotedHTTPSConnection", (_Noted, HTTPSConnection), extra)
        self.poolmanager.pool_classes_by_scheme = {
            "http": type("NotedHTTPPool", (HTTPConnectionPool,), {"ConnectionCls": http}),
            "https": type("NotedHTTPSPool", (HTTPSConnectionPool,), {"ConnectionCls": https}),
        }
