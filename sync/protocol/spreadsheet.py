"""Spreadsheet cells both sides write (the server's audit CSV, the client's exports)."""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def inert(cell: str) -> str:
    """A cell Excel or LibreOffice will show as text, never run as a formula (OWASP's CSV
    injection advice: a leading apostrophe before = + - @ tab and carriage return)."""
    return f"'{cell}" if cell.startswith(FORMULA_STARTS) else cell


def restore(cell: str) -> str:
    """The text `inert` was given back: what a reader of an exported CSV (the import) keeps."""
    return cell[1:] if cell.startswith("'") and cell[1:].startswith(FORMULA_STARTS) else cell
