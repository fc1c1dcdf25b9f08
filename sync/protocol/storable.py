"""What a JSON value must be for both databases to store it, and a copy that always is.

Found by an attack run (issue 17, item 6): a lone surrogate (`"\\ud800"`) cannot be encoded
as UTF-8, so neither SQLite nor PostgreSQL takes it; PostgreSQL refuses NUL in text; integers
beyond 64 bits overflow every integer column; JSON nested a few hundred deep is past what the
JSON encoder writes. A mutation carrying any of these is refused by itself, and kept for
review as `storable_copy` of what was sent, so nothing in it can fail a second time.
"""

import math
from typing import Any

MAX_DEPTH = 6
"""A mutation's values nest at most 3 deep (changes -> field -> list -> item); room to spare."""
INT64 = 2**63


def text_problem(text: str) -> str | None:
    """Why `text` cannot be stored, or None."""
    if "\x00" in text:
        return "NUL character"
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return "lone surrogate (not Unicode text)"
    return None


def problem(value: Any, depth: int = 0) -> str | None:
    """Why a JSON value (a mutation's changes or base) cannot be stored, or None."""
    if isinstance(value, str):
        return text_problem(value)
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        return None if -INT64 <= value < INT64 else "integer beyond 64 bits"
    if isinstance(value, float):
        return None if math.isfinite(value) else "number that is not finite"
    if depth >= MAX_DEPTH:
        return f"value nested more than {MAX_DEPTH} deep"
    if isinstance(value, dict):
        items: list[Any] = [*value.keys(), *value.values()]
    elif isinstance(value, list | tuple):
        items = list(value)
    else:
        return f"value of type {type(value).__name__}"
    return next((p for item in items if (p := problem(item, depth + 1)) is not None), None)


def storable_text(text: str) -> str:
    """`text` with what cannot be stored written as escapes (`\\ud800`, `\\x00`)."""
    if text_problem(text) is None:
        return text
    return text.encode("utf-8", "backslashreplace").decode("utf-8").replace("\x00", "\\x00")


def storable_copy(value: Any, depth: int = 0) -> Any:
    """`value` with every part `problem` would name replaced by a readable stand-in."""
    if isinstance(value, str):
        return storable_text(value)
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int):
        return value if -INT64 <= value < INT64 else f"<integer of {value.bit_length()} bits>"
    if isinstance(value, float):
        return value if math.isfinite(value) else str(value)
    if depth >= MAX_DEPTH:
        return "<nested too deep>"
    if isinstance(value, dict):
        return {storable_text(str(k)): storable_copy(v, depth + 1) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [storable_copy(item, depth + 1) for item in value]
    return f"<{type(value).__name__}>"
