"""Python's cycle collector, run on the GUI thread only.

Automatic collection runs in whichever thread happens to allocate when a threshold is passed:
a replica read on the query lane could then free Qt widgets caught in a reference cycle (a
line of Today holding a slot that holds the line), and destroying a widget outside the GUI
thread crashes the process. So automatic collection is off while the app runs, and a timer
collects on the GUI thread instead (qutebrowser and Anki do the same).
"""

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 5_000  # the youngest generation; every tenth tick all of them


class Collector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ticks = 0
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.collect)
        self.timer.start()

    def collect(self) -> int:
        self.ticks += 1
        return gc.collect(2 if self.ticks % 10 == 0 else 0)
