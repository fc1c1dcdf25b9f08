"""The SLA clock on a business-hours calendar (issue 21): 9:00-18:00 Monday-Friday, UTC+8,
one holiday. 2026-03-06 is a Friday."""

from datetime import UTC, date, datetime, time, timedelta

import pytest

from sync.protocol.business_hours import Calendar, NoBusinessHours, parse_holidays

CHINA = timedelta(hours=8)
HOLIDAY = date(2026, 3, 9)  # a Monday off
CAL = Calendar(holidays=frozenset({HOLIDAY}), utc_offset=CHINA)
PLAIN = Calendar(utc_offset=CHINA)


def local(day: int, hour: int, minute: int = 0, month: int = 3) -> datetime:
    """2026-month-day hour:minute in China, as the aware UTC time it is."""
    return datetime(2026, month, day, hour, minute, tzinfo=UTC) - CHINA


def test_four_hours_from_friday_ten_is_friday_two():
    assert PLAIN.add(local(6, 10), timedelta(hours=4)) == local(6, 14)


def test_four_hours_from_friday_five_is_monday_noon():
    assert PLAIN.add(local(6, 17), timedelta(hours=4)) == local(9, 12)


def test_the_holiday_is_skipped():
    # Friday 17:00 with Monday a holiday: one hour on Friday, three on Tuesday
    assert CAL.add(local(6, 17), timedelta(hours=4)) == local(10, 12)
    # created the day before the holiday (Sunday, off anyway): due Tuesday
    assert CAL.add(local(8, 11), timedelta(hours=4)) == local(10, 13)


def test_edges():
    assert PLAIN.add(local(6, 14), timedelta(hours=4)) == local(6, 18)  # closing time itself
    assert PLAIN.add(local(7, 3), timedelta(hours=1)) == local(9, 10)  # Saturday night
    assert PLAIN.add(local(6, 7), timedelta(minutes=30)) == local(6, 9, 30)  # before opening
    assert PLAIN.add(local(6, 20), timedelta(hours=18)) == local(10, 18)  # two whole days
    assert PLAIN.add(local(6, 10), timedelta(0)) == local(6, 10)
    with pytest.raises(NoBusinessHours):
        Calendar(workdays=frozenset()).add(local(6, 10), timedelta(hours=1))


def test_working_time_between_is_the_inverse():
    start = local(6, 17)
    for hours in (1, 4, 9, 20, 45):
        due = CAL.add(start, timedelta(hours=hours))
        assert CAL.between(start, due) == timedelta(hours=hours)
    assert CAL.between(local(9, 10), local(9, 17)) == timedelta(0)  # the holiday


def test_holidays_and_ranges():
    assert parse_holidays(["2026-10-01..2026-10-07", "2026-05-01", "nonsense"]) == frozenset(
        {date(2026, 10, d) for d in range(1, 8)} | {date(2026, 5, 1)}
    )
    golden_week = Calendar(holidays=parse_holidays(["2026-10-01..2026-10-07"]), opens=time(9))
    # Wednesday 30 September 17:00 + 2 h: one hour then, one on Thursday 8 October
    assert golden_week.add(local(30, 17, month=9), timedelta(hours=2)) == local(8, 10, month=10)
