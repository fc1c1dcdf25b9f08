"""Business-hours arithmetic (issue 21): the one definition the laptop and the server use to
turn an SLA target ("4 working hours") into a due time.

Pure Python, no database: a `Calendar` is opening hours on some weekdays, minus holidays, in a
fixed offset from UTC (the company's local time; China keeps no daylight saving). Times in
and out are aware UTC datetimes, as every stored time is.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

WEEK = frozenset({1, 2, 3, 4, 5})  # ISO weekdays: Monday 1 ... Sunday 7
MAX_DAYS = 3660  # a target never needs ten years; a calendar with no working day ends here


class NoBusinessHours(ValueError):
    """The calendar has no working time at all (no weekday open, or opening at closing)."""


@dataclass(frozen=True)
class Calendar:
    opens: time = time(9)
    closes: time = time(18)
    workdays: frozenset[int] = WEEK
    holidays: frozenset[date] = field(default_factory=frozenset)
    utc_offset: timedelta = timedelta(hours=8)

    def is_workday(self, day: date) -> bool:
        return day.isoweekday() in self.workdays and day not in self.holidays

    def _window(self, day: date) -> tuple[datetime, datetime] | None:
        """The working hours of a local day, as naive local datetimes."""
        if not self.is_workday(day) or self.closes <= self.opens:
            return None
        return datetime.combine(day, self.opens), datetime.combine(day, self.closes)

    def _local(self, moment: datetime) -> datetime:
        if moment.tzinfo is None:
            raise ValueError("naive datetime given; use an aware UTC datetime")
        return moment.astimezone(UTC).replace(tzinfo=None) + self.utc_offset

    def _utc(self, local: datetime) -> datetime:
        return (local - self.utc_offset).replace(tzinfo=UTC)

    def add(self, start: datetime, duration: timedelta) -> datetime:
        """`start` plus `duration` of working time: the first moment at which that much
        working time has passed since `start`. Friday 10:00 + 4 h is Friday 14:00; Friday
        17:00 + 4 h is Monday 12:00 (9:00-18:00, Monday to Friday); holidays are skipped."""
        if duration <= timedelta(0):
            return start
        cursor = self._local(start)
        left = duration
        for _ in range(MAX_DAYS):
            window = self._window(cursor.date())
            if window is not None:
                begin = max(cursor, window[0])
                if begin < window[1]:
                    available = window[1] - begin
                    if left <= available:
                        return self._utc(begin + left)
                    left -= available
            cursor = datetime.combine(cursor.date() + timedelta(days=1), time())
        raise NoBusinessHours("no working time within ten years")

    def between(self, start: datetime, end: datetime) -> timedelta:
        """Working time from `start` to `end` (zero when `end` is not later)."""
        low, high = self._local(start), self._local(end)
        total = timedelta(0)
        day = low.date()
        while day <= high.date():
            window = self._window(day)
            if window is not None:
                begin, finish = max(low, window[0]), min(high, window[1])
                if finish > begin:
                    total += finish - begin
            day += timedelta(days=1)
        return total


def parse_holidays(items: Iterable[str]) -> frozenset[date]:
    """ "2026-10-01" or a range "2026-10-01..2026-10-07" (inclusive) per item; an item that is
    neither is ignored (validated where it is entered)."""
    days: set[date] = set()
    for item in items:
        first, _, last = item.strip().partition("..")
        try:
            low = date.fromisoformat(first.strip())
            high = date.fromisoformat(last.strip()) if last else low
        except ValueError:
            continue
        if (high - low).days > 366:
            continue
        while low <= high:
            days.add(low)
            low += timedelta(days=1)
    return frozenset(days)


def valid_holiday(item: str) -> bool:
    first, _, last = item.strip().partition("..")
    try:
        low = date.fromisoformat(first.strip())
        high = date.fromisoformat(last.strip()) if last else low
    except ValueError:
        return False
    return 0 <= (high - low).days <= 366


def parse_clock(text: str | None, default: time) -> time:
    """ "09:00" -> 09:00; anything else the default."""
    try:
        return time.fromisoformat((text or "").strip())
    except ValueError:
        return default
