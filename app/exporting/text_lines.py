"""Content lines of vCard (RFC 2426/6350) and iCalendar (RFC 5545): escaped values, lines
folded at 75 octets without splitting a UTF-8 character, CRLF line ends."""

from datetime import UTC, datetime

LIMIT = 75  # octets of a line, CRLF not counted


def escape(value: str) -> str:
    """TEXT value escaping: backslash, comma, semicolon and line breaks."""
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\r", "\\n")
        .replace("\n", "\\n")
    )


def fold(line: str) -> str:
    """One content line, folded: each further line starts with a space (which counts)."""
    out: list[str] = []
    current: list[str] = []
    size, limit = 0, LIMIT
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            out.append("".join(current))
            current, size = [" "], 1
        current.append(char)
        size += width
    out.append("".join(current))
    return "\r\n".join(out) + "\r\n"


def content(name: str, value: str, *, raw: bool = False) -> str:
    return fold(f"{name}:{value if raw else escape(value)}")


def utc_stamp(value: datetime) -> str:
    """20261129T020000Z: a UTC date-time (FORM #2), seconds kept, fractions dropped."""
    return value.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
