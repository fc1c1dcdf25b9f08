"""Tasks and appointments to iCalendar (RFC 5545): appointments as events, to-dos as to-dos,
UID the record's id (a calendar that imports the file twice updates, not duplicates), times
in UTC."""

from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sync.protocol.types import utcnow

from .files import written
from .text_lines import content, utc_stamp

PRODID = "-//Outpost CRM//Outpost//EN"
DEFAULT_LENGTH = timedelta(hours=1)


def is_appointment(task: Mapping[str, Any]) -> bool:
    return task.get("kind") != "todo" and task.get("starts_at") is not None


def component(task: Mapping[str, Any], stamp: datetime) -> str:
    """A VEVENT for an appointment, a VTODO for a to-do (due, or undated)."""
    lines: list[str] = []
    event = is_appointment(task)
    lines.append("BEGIN:VEVENT\r\n" if event else "BEGIN:VTODO\r\n")
    lines.append(content("UID", str(task["id"])))
    lines.append(content("DTSTAMP", utc_stamp(stamp), raw=True))
    if event:
        start: datetime = task["starts_at"]
        end: datetime = task.get("ends_at") or start + DEFAULT_LENGTH
        lines.append(content("DTSTART", utc_stamp(start), raw=True))
        lines.append(content("DTEND", utc_stamp(max(end, start)), raw=True))
    elif task.get("due_at") is not None:
        lines.append(content("DTSTART", utc_stamp(task["due_at"]), raw=True))
        lines.append(content("DUE", utc_stamp(task["due_at"]), raw=True))
    lines.append(content("SUMMARY", str(task.get("title") or "")))
    if task.get("location"):
        lines.append(content("LOCATION", str(task["location"])))
    description = "\n".join(str(part) for part in (task.get("customer"), task.get("notes")) if part)
    if description:
        lines.append(content("DESCRIPTION", description))
    if event:
        lines.append(content("STATUS", "CONFIRMED", raw=True))
    else:
        lines.append(
            content("STATUS", "COMPLETED" if task.get("done") else "NEEDS-ACTION", raw=True)
        )
    if task.get("updated_at"):
        lines.append(content("LAST-MODIFIED", utc_stamp(task["updated_at"]), raw=True))
    lines.append("END:VEVENT\r\n" if event else "END:VTODO\r\n")
    return "".join(lines)


def calendar_text(
    tasks: Iterable[Mapping[str, Any]], stamp: datetime | None = None
) -> tuple[str, int]:
    stamp = stamp or utcnow()
    parts = [
        "BEGIN:VCALENDAR\r\n",
        "VERSION:2.0\r\n",
        content("PRODID", PRODID, raw=True),
        "CALSCALE:GREGORIAN\r\n",
        "METHOD:PUBLISH\r\n",
    ]
    count = 0
    for task in tasks:
        parts.append(component(task, stamp))
        count += 1
    parts.append("END:VCALENDAR\r\n")
    return "".join(parts), count


def write_ics(path: Path, tasks: Iterable[Mapping[str, Any]]) -> int:
    """The tasks as one .ics file; how many."""
    text, count = calendar_text(tasks)
    with written(path) as part:
        part.write_bytes(text.encode("utf-8"))
    return count
