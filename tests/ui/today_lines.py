"""Reading the Today page as a user sees it: each group's heading and its lines."""

from ui.today_page import TodayPage
from ui.today_rows import Line


def lines(page: TodayPage, key: str) -> list[Line]:
    """The lines a group shows (a manager's team member: "team:<user id>")."""
    group = page.people[key[5:]] if key.startswith("team:") else page.groups[key]
    return [row for row in group.rows if isinstance(row, Line)]


def said(line: Line) -> tuple[str, str, str]:
    """(when, what, customer) as written on the line, whole (before any "…")."""
    return line.moment.text(), line.text.full, line.customer_label.full


def find(page: TodayPage, key: str, text: str) -> Line:
    [line] = [line for line in lines(page, key) if text in line.text.full]
    return line
