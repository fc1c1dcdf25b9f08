"""Today: the date, then the user's work by when it is due: today's (and what fell overdue
this week), the next seven days, and older overdue work folded away under its count. A
manager also sees the branch: the team's overdue work by person, and the branch's customers
nobody has contacted for too long. Birthdays this week close the page.

Each line has its actions: tick a task done (with Undo for a few seconds), move it to
tomorrow, next week or a date picked, log the contact a promised follow-up asked for, open
the record or its customer. Lines are cut with "…" (whole in the tooltip), never wider than
the page, which scrolls only up and down.

The lists are read off the GUI thread (`ui/operations.py: query`): on a branch-sized replica
(100,000 customers) finding the dormant ones takes most of a second, and the window must
not wait for it. Change notices of the entities shown read them again.
"""

from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.agenda import LIMIT, Day, Entry
from app.schedule import rescheduled
from app.workspace import Workspace
from sync.protocol.entities import ENTITIES
from sync.protocol.enums import Role

from .dashboard import ManagerDashboard
from .editors import Editors
from .errors import report_bug
from .labels import label
from .notices import watch
from .operations import query, write
from .task_actions import set_done
from .today_rows import SHOWN, Group, Line, UndoLine, day_text, short_moment

CHILD_ENTITIES = tuple(entity for entity in ENTITIES if entity != "customer")
# The groups in their order; "team" and its people only for a manager.
GROUPS = ("notices", "due", "coming", "older", "team", "dormant", "birthdays")
# Lines shown at first (the rest behind "Show all"): one's own work in full, the rest short.
FIRST = {"notices": 5, "team": 5, "dormant": 5, "birthdays": 5}
FOLDED = frozenset({"older"})
BRANCH = ("team", "dormant")  # read apart: through the whole replica
OWN = tuple(
    key for key in GROUPS if key not in BRANCH
)  # closed until opened: their count says what waits there


class TodayPage(QWidget):
    opened = Signal(str)  # customer id
    loaded = Signal()

    def __init__(self, workspace: Workspace, editors: Editors | None = None) -> None:
        super().__init__()
        self.workspace = workspace
        self.agenda = workspace.agenda
        self.records = workspace.records
        self.team_view = workspace.account.role == Role.MANAGER.value
        self.editors = editors or Editors(workspace, self)
        watch(workspace.feed, self, ["customer", *CHILD_ENTITIES], lambda _c: self.refresh())
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.date_label = QLabel()
        self.date_label.setStyleSheet("font-size: 15pt; font-weight: 700;")
        self.status = QLabel()
        self.status.setStyleSheet("color: palette(placeholder-text);")
        heading = QHBoxLayout()
        heading.addWidget(self.title)
        heading.addSpacing(12)
        heading.addWidget(self.date_label)
        heading.addStretch(1)
        heading.addWidget(self.status)
        self.undo = UndoLine()
        self.undo.undo_requested.connect(self._undo_done)
        self.groups: dict[str, Group] = {}
        self.people: dict[str, Group] = {}  # the team's groups, by person id
        self.opened_groups: dict[str, bool] = {}  # what the user folded or unfolded, kept
        content = QWidget()
        self.column = QVBoxLayout(content)
        self.column.setContentsMargins(0, 0, 8, 0)
        for key in GROUPS:
            group = self.groups[key] = Group(key)
            group.first = FIRST.get(key, SHOWN)
            group.set_open(key not in FOLDED)
            group.toggled.connect(lambda on, k=key: self.opened_groups.__setitem__(k, on))
            group.hide()
            self.column.addWidget(group)
        self.team_box = QVBoxLayout()
        self.team_box.setContentsMargins(18, 0, 0, 0)
        self.groups["team"].lines.addLayout(self.team_box)
        self.column.addStretch(1)
        self.dashboard: ManagerDashboard | None = None  # a manager's figures on top (issue 19)
        if self.team_view:
            self.dashboard = ManagerDashboard(workspace.replica, workspace.reports.engine)
            self.dashboard.opened.connect(self.opened)
            self.column.insertWidget(0, self.dashboard)
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Page Up/Down scroll it
        self.scroller.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(self.undo)
        layout.addWidget(self.scroller, 1)
        self._asked = 0  # the newest request wins: an older answer never overwrites it
        self._rendering: dict[str, int] = {}  # likewise for each group being filled
        self._parts: dict[str, object] = {}  # the newest request's answers: own, branch
        self._shown_branch = False
        self._filling: set[object] = set()  # groups being filled a few at a time
        self._reading = 0  # reads under way
        self._again: date | None = None  # a refresh asked for meanwhile
        self.day: Day | None = None
        self.retranslate()

    # --- reading -------------------------------------------------------------------------------

    def refresh(self, today: date | None = None) -> None:
        """Read the lists in the background; they appear (and `loaded` fires) when ready.

        One's own work, then the branch (the team's overdue work, the quiet customers: read
        through the whole replica, seconds on a branch of 100,000 customers): today's work
        shows without waiting for the branch, and the other thread of the query lane stays
        free for the rest of the window meanwhile.

        While a read is under way another waits for it to end (a burst of change notices
        reads once more, not once each)."""
        today = today or date.today()
        if self.dashboard is not None:
            self.dashboard.refresh(today)
        if self._reading:
            self._again = today
            return
        self._reading = 1
        self._asked += 1
        asked = self._asked
        self._parts = {}
        if self.day is None:
            self.status.setText(self.tr("Loading…"))
        agenda, team = self.agenda, self.team_view
        query(self, lambda: agenda.day(today, team=team, branch=False)).success(
            lambda day: self._arrived(asked, "own", day)
        ).failure(lambda exc: self._failed(exc, asked)).run()

    def _read_branch(self, asked: int, today: date) -> None:
        self._reading = 1
        agenda, team = self.agenda, self.team_view
        query(self, lambda: agenda.branch(today, team=team)).success(
            lambda branch: self._arrived(asked, "branch", branch)
        ).failure(lambda exc: self._failed(exc, asked)).run()

    def _failed(self, exc: Exception, asked: int) -> None:
        if asked == self._asked and not self._read_again():
            report_bug(exc, self)

    def _read_again(self) -> bool:
        """A read has ended; True when its answer is stale (a refresh was asked for
        meanwhile): then the lists are read again."""
        self._reading -= 1
        if self._again is None:
            return False
        if not self._reading:
            again, self._again = self._again, None
            self.refresh(again)
        return True

    def _arrived(self, asked: int, part: str, answer: object) -> None:
        """One of the two reads: own work first (the branch kept as shown until its own
        read is in), then the branch; `loaded` once both of the newest request are shown."""
        if asked != self._asked or self._read_again():
            return
        self._parts[part] = answer
        own, branch = self._parts.get("own"), self._parts.get("branch")
        if not isinstance(own, Day):
            return

        def done() -> None:  # the last filling of the newest request to end says so
            if asked == self._asked and len(self._parts) == 2 and not self._filling:
                self.loaded.emit()

        if part == "own":
            self._read_branch(asked, own.date)
            if self.day is not None and branch is None:  # the branch as it was, meanwhile
                own = replace(own, team=self.day.team, dormant=self.day.dormant)
            self.day = own
            keys = OWN if branch is None and self._shown_branch else GROUPS
            if branch is None and not self._shown_branch:
                self._loading_branch(own)
                keys = OWN
        else:
            keys = BRANCH
        if isinstance(branch, tuple):
            team, dormant = branch
            self.day = replace(self.day or own, team=team, dormant=dormant)
            self._shown_branch = True
        self._render(self.day or own, done, keys)

    def _loading_branch(self, day: Day) -> None:
        """The branch's groups say they are still being read (the first time only)."""
        self.groups["team"].setVisible(day.team_view)
        for key in BRANCH:
            group = self.groups[key]
            group.fill(self._titles(day)[key], [], empty=self.tr("Loading…"))
        self.groups["dormant"].show()

    def _titles(self, day: Day) -> dict[str, str]:
        return {
            "team": self.tr("Your team's overdue work"),
            "dormant": self.tr("Branch customers with no contact for too long")
            if day.team_view
            else self.tr("No contact for too long"),
        }

    # --- showing -------------------------------------------------------------------------------

    def _render(
        self, day: Day, then: Callable[[], object] | None = None, keys: Iterable[str] = GROUPS
    ) -> None:
        """Fill the groups `keys` a few at a time, the event loop running in between: the
        lines are widgets, and building a full page of them at once would hold the window for
        a noticeable moment. The work on top comes first; `then` runs once all are filled."""
        keys = [key for key in GROUPS if key in set(keys)]
        rendering = {key: self._rendering.get(key, 0) + 1 for key in keys}
        self._rendering.update(rendering)  # a group's older filling, still under way, stops
        self.status.setText("")
        self.date_label.setText(day_text(day.date, self.tr("dddd, d MMMM")))
        metrics = self.fontMetrics()
        widest = max(metrics.horizontalAdvance(self.tr(t)) for t in ("Reschedule ▾", "Log contact"))
        Line.action_width = widest + 16
        fillers: dict[str, Callable[[], None]] = {
            "notices": lambda: self._fill(
                "notices", self.tr("Reminders"), [*day.returning, *day.notices], self._notice_line
            ),
            "due": lambda: self._fill(
                "due",
                self.tr("Today"),
                day.due,
                self._work_line,
                empty=self.tr("Nothing due today."),
                shown=True,
            ),
            "coming": lambda: self._fill(
                "coming",
                self.tr("Next 7 days"),
                day.coming,
                self._work_line,
                empty=self.tr("Nothing due in the next 7 days."),
                shown=True,
            ),
            "older": lambda: self._fill(
                "older", self.tr("Overdue for more than a week"), day.older, self._work_line
            ),
            "team": lambda: self._fill_team(day),
            "dormant": lambda: self._fill(
                "dormant",
                self._titles(day)["dormant"],
                day.dormant,
                self._dormant_line,
                empty=self.tr("Every customer has been contacted recently."),
                shown=True,
            ),
            "birthdays": lambda: self._fill(
                "birthdays",
                self.tr("Birthdays this week"),
                day.birthdays,
                self._birthday_line,
                empty=self.tr("No birthdays this week."),
                shown=True,
            ),
        }
        steps = list(keys)
        chain = object()
        self._filling.add(chain)

        def fill(key: str) -> None:
            if rendering[key] == self._rendering.get(key):  # else a newer answer shows there
                fillers[key]()

        def step() -> None:
            if steps:
                fill(steps.pop(0))
            if steps:
                QTimer.singleShot(0, self, step)
                return
            self._filling.discard(chain)
            if then is not None:
                then()

        while steps and steps[0] in ("notices", "due"):  # today's work at once
            fill(steps.pop(0))
        step()

    def _fill(
        self,
        key: str,
        title: str,
        entries: list[Entry],
        line: Callable[[Entry], QWidget],
        *,
        empty: str = "",
        shown: bool = False,
        group: Group | None = None,
    ) -> None:
        group = group or self.groups[key]
        count = f"{LIMIT}+" if len(entries) >= LIMIT else None
        makers = [lambda e=entry: line(e) for entry in entries]
        group.fill(
            title, makers, empty=empty, count_text=count, more_text=self.tr("Show all %1 more")
        )
        group.setVisible(shown or bool(entries))
        if key in self.opened_groups:
            group.set_open(self.opened_groups[key])

    def _fill_team(self, day: Day) -> None:
        """A manager's team: one folding group per person, theirs oldest first."""
        team = self.groups["team"]
        team.setVisible(day.team_view)
        if not day.team_view:
            return
        by_person: dict[str, list[Entry]] = {}
        for entry in day.team:
            by_person.setdefault(entry.person or "", []).append(entry)
        for group in self.people.values():
            group.deleteLater()
        self.people = {}
        team.fill(
            self._titles(day)["team"],
            [],
            empty="" if day.team else self.tr("Nobody in your branch has overdue work."),
            count_text=f"{LIMIT}+" if len(day.team) >= LIMIT else str(len(day.team)),
        )
        names = {person: self._person(person) for person in by_person}
        for person in sorted(by_person, key=lambda p: names[p].casefold()):
            group = self.people[person] = Group(f"team:{person}")
            group.first = FIRST["team"]
            self.team_box.addWidget(group)
            self._fill(
                f"team:{person}",
                names[person],
                by_person[person],
                self._work_line,
                group=group,
                shown=True,
            )
        if "team" in self.opened_groups:
            team.set_open(self.opened_groups["team"])

    def _person(self, user_id: str) -> str:
        if not user_id:
            return self.tr("Nobody")
        return self.workspace.directory.name(user_id) or self.tr("Someone else (%1)").replace(
            "%1", user_id[:8]
        )

    def _formats(self) -> tuple[str, str]:
        return (self.tr("ddd d MMM"), self.tr("d MMM yyyy"))

    def _moment(self, entry: Entry) -> str:
        assert self.day is not None
        if entry.when == self.day.date:  # a follow-up due today: a date, no hour
            return self.tr("Today")
        shown = short_moment(entry.when, self.day.date, self._formats())
        return self.tr("Overdue · %1").replace("%1", shown) if entry.overdue else shown

    def _work_line(self, entry: Entry) -> QWidget:
        """A task or a promised follow-up of one's own or (a manager's) of the team."""
        promise = entry.entity == "interaction"
        text = self.tr("Promised: %1").replace("%1", entry.title) if promise else entry.title
        line = Line(
            moment=self._moment(entry),
            text=text,
            customer=entry.customer,
            overdue=entry.overdue,
        )
        line.setProperty("entry", entry)
        if entry.customer_id:
            customer_id = entry.customer_id
            line.on_customer(lambda: self.opened.emit(customer_id))
            line.customer_label.setToolTip(
                self.tr("Open customer %1").replace("%1", entry.customer)
            )
        task_id = entry.row_id
        if entry.entity == "task" and task_id:
            line.add_done(self.tr("Mark as done"), lambda: self.mark_done(task_id, entry.title))
            line.add_menu(
                "reschedule", self.tr("Reschedule ▾"), lambda: self._reschedule_menu(line, entry)
            )
        elif promise and entry.customer_id:
            customer_id = entry.customer_id
            line.add_button(
                "log",
                self.tr("Log contact"),
                lambda: self.editors.log_interaction(customer_id, self),
            )
        line.add_button("open", self.tr("Open"), lambda: self.open_entry(entry))
        return line

    def _reschedule_menu(self, line: Line, entry: Entry) -> QMenu:
        assert self.day is not None and entry.row_id is not None
        menu = QMenu(line)
        today, task_id = self.day.date, entry.row_id
        monday = today + timedelta(days=7 - today.weekday())
        fmt = self._formats()[0]
        choices = [
            (self.tr("Tomorrow (%1)"), today + timedelta(days=1)),
            (self.tr("Next week (%1)"), monday),
        ]
        for text, day in choices:
            action = menu.addAction(text.replace("%1", day_text(day, fmt)))
            action.triggered.connect(lambda _=False, d=day: self.move_to(task_id, d))
        pick = menu.addAction(self.tr("Pick a date…"))
        pick.triggered.connect(lambda: self.editors.reschedule_task(task_id, self))
        return menu

    def _notice_line(self, entry: Entry) -> QWidget:
        text = entry.title if entry.countdown is None else countdown(self, entry.countdown)
        if entry.flag is not None:  # a service request (issue 21)
            text = self._service_text(entry.flag).replace("%1", entry.title)
        line = Line(moment=self._moment(entry), text=text, customer=entry.customer)
        line.setProperty("entry", entry)
        if entry.customer_id:
            customer_id = entry.customer_id
            line.on_customer(lambda: self.opened.emit(customer_id))
            line.add_button("open", self.tr("Open"), lambda: self.opened.emit(customer_id))
        return line

    def _service_text(self, flag: str) -> str:
        if flag == "complaint":
            return self.tr("⚠ Open complaint: %1")
        if flag == "overdue":
            return self.tr("⚠ Service request overdue: %1")
        return self.tr("Service request due soon: %1")

    def _dormant_line(self, entry: Entry) -> QWidget:
        assert self.day is not None
        when = entry.when
        if when:
            last = short_moment(
                when.astimezone().date() if isinstance(when, datetime) else when,
                self.day.date,
                self._formats(),
            )
            said = self.tr("last contact %1").replace("%1", last)
        else:
            said = self.tr("never contacted")
        facts = [label(entry.title), said]
        if self.day.team_view and entry.person != self.records.user_id:
            facts.append(self._person(entry.person or ""))
        line = Line(moment="", text=" · ".join(facts), customer=entry.customer)
        line.moment.hide()
        line.layout_.removeWidget(line.customer_label)
        line.layout_.insertWidget(0, line.customer_label, 2)
        line.setProperty("entry", entry)
        customer_id = entry.customer_id or ""
        line.on_customer(lambda: self.opened.emit(customer_id))
        line.add_button(
            "log", self.tr("Log contact"), lambda: self.editors.log_interaction(customer_id, self)
        )
        line.add_button("open", self.tr("Open"), lambda: self.opened.emit(customer_id))
        return line

    def _birthday_line(self, entry: Entry) -> QWidget:
        assert self.day is not None
        when = entry.when
        shown = day_text(when, self.tr("d MMMM")) if isinstance(when, date) else ""
        line = Line(moment=shown, text="", customer=entry.customer)
        line.layout_.setStretchFactor(line.text, 0)
        line.text.hide()
        line.setProperty("entry", entry)
        customer_id = entry.customer_id or ""
        line.on_customer(lambda: self.opened.emit(customer_id))
        line.add_button("open", self.tr("Open"), lambda: self.opened.emit(customer_id))
        return line

    # --- acting --------------------------------------------------------------------------------

    def open_entry(self, entry: Entry) -> object:
        """The entry's own record (a task, an interaction) or its customer."""
        if entry.entity != "customer" and entry.row_id:
            return self.editors.open_record(entry.entity, entry.row_id, self)
        if entry.customer_id:
            self.opened.emit(entry.customer_id)
        return None

    def mark_done(self, task_id: str, title: str) -> None:
        """Done, with Undo; a complaint's return visit asks its outcome first."""
        said = self.tr("“%1” marked done.").replace("%1", title)
        set_done(
            self,
            self.records,
            task_id,
            True,
            desk=self.workspace.desk,
            written=lambda: self.undo.offer(task_id, said, self.tr("Undo")),
        )

    def _undo_done(self, task_id: str) -> None:
        records = self.records
        write(self, lambda: records.update("task", task_id, {"done": False})).run()

    def move_to(self, task_id: str, day: date) -> None:
        """Move a task to `day`, at the hour it had (a to-do stays due, an appointment keeps
        its length)."""
        records = self.records

        def move() -> object:
            row = records.get("task", task_id)
            current = row.get("starts_at") or row.get("due_at")
            clock = current.astimezone().time() if current is not None else time(9)
            moment = datetime.combine(day, clock).astimezone(UTC)
            return records.update("task", task_id, rescheduled(row, moment))

        write(self, move).run()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Today"))
        if self.dashboard is not None:
            self.dashboard.retranslate()
        if self.day is not None:
            self._render(self.day)
        else:
            self.date_label.setText(day_text(date.today(), self.tr("dddd, d MMMM")))


def countdown(widget: QWidget, days: int) -> str:
    """The pool's reminder: how soon the sweep takes a customer back (issue 23)."""
    if days <= 0:
        return widget.tr("returns to the pool at the next sweep")
    return widget.tr("returns to the pool in %n day(s)", "", days)
