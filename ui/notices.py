"""The one signal that says "an operation ran, these things changed" (app/changes.py).

Writes publish on the DB lane, rounds on the sync worker: `Notices` carries each `Changes`
to the GUI thread and emits `changed` there. A page hands `watch` the entities it shows and
its refresh: the refresh runs at once while the page is visible, otherwise the changes are
kept (merged) until it is next shown, so a hidden page costs nothing however many rounds run.
"""

import weakref
from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QWidget

from app.changes import ChangeFeed, Changes


class Notices(QObject):
    """One per change feed (`Notices.of(feed)`): the window and every page share it."""

    changed = Signal(object)  # Changes, on the GUI thread
    _arrived = Signal(object)  # from any thread

    _of_feed: "weakref.WeakKeyDictionary[ChangeFeed, Notices]" = weakref.WeakKeyDictionary()

    @classmethod
    def of(cls, feed: ChangeFeed) -> "Notices":
        notices = cls._of_feed.get(feed)
        if notices is None:
            notices = cls._of_feed[feed] = cls(feed)
        return notices

    def __init__(self, feed: ChangeFeed) -> None:
        super().__init__()
        self._arrived.connect(self.changed, Qt.ConnectionType.QueuedConnection)
        feed.subscribe(self._publish)

    def _publish(self, changes: Changes) -> None:
        """On the GUI thread at once (a sync round's notice); from a worker, queued to it."""
        if QThread.currentThread() is self.thread():
            self.changed.emit(changes)
        else:
            self._arrived.emit(changes)

    def watch(
        self, page: QWidget, entities: Iterable[str], refresh: Callable[[Changes], None]
    ) -> "Watch":
        return Watch(self, page, frozenset(entities), refresh)


def watch(
    feed: ChangeFeed, page: QWidget, entities: Iterable[str], refresh: Callable[[Changes], None]
) -> "Watch":
    """Refresh `page` with `refresh(changes)` when `entities` change (see the module)."""
    return Notices.of(feed).watch(page, entities, refresh)


class Watch(QObject):
    """Refreshes one page for changes of the entities it shows, when it can be seen."""

    def __init__(
        self,
        notices: Notices,
        page: QWidget,
        entities: frozenset[str],
        refresh: Callable[[Changes], None],
    ) -> None:
        super().__init__(page)
        self.page = page
        self.entities = entities
        self.refresh = refresh
        self.waiting: Changes | None = None  # seen while hidden, for the next show
        notices.changed.connect(self._changed)
        page.installEventFilter(self)

    def _changed(self, changes: Changes) -> None:
        if not changes.touches(self.entities):
            return
        if self.page.isVisible():
            self.refresh(changes)
        else:
            self.waiting = changes if self.waiting is None else self.waiting | changes

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.page and event.type() == QEvent.Type.Show and self.waiting:
            waiting, self.waiting = self.waiting, None
            self.refresh(waiting)
        return False
