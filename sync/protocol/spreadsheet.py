"""Spreadsheet cells both sides write (the server's audit CSV, the client's exports)."""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def inert(cell: str) -> str:
    """A cell Excel or LibreOffice will show as text, never run as a formula (OWASP's CSV
    injection advice: a leading apostrophe before = + - @ tab and carriage return)."""
    return f"'{cell}" if cell.startswith(FORMULA_STARTS) else cell
