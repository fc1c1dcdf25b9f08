"""Reading a customer book: .xlsx/.xls through python-calamine, .csv in UTF-8, UTF-8 with BOM or
GB18030 (what Excel writes on a Chinese Windows).

A table is its header row (text) and the rows below it, each cell as the reader gives it:
text, a number (int when whole), a date or datetime, a bool, or None for an empty cell.

Reader choice (measured on a 100,000-row, 16-column .xlsx, `python -m bench.io --readers`):
calamine reads it several times faster than openpyxl's read-only mode and is a 2.3 MB wheel
without dependencies, so it is the run-time reader; openpyxl only writes test and bench files.
"""

import codecs
import csv
import io
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sync.protocol.spreadsheet import restore

Cell = str | int | float | bool | date | datetime | None

EXCEL = (".xlsx", ".xlsm", ".xls", ".xlsb", ".ods")
CSV = (".csv", ".txt")
SNIFF_BYTES = 64 * 1024


class UnreadableFile(ValueError):
    """A file that is no spreadsheet this import reads; `code` names why."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


@dataclass
class Table:
    """One sheet: its header row and the rows under it (trailing empty rows dropped)."""

    sheet: str
    headers: list[str]
    rows: list[list[Cell]]
    encoding: str | None = None  # a CSV's encoding as detected
    header_row: int = 0
    sheets: list[str] = field(default_factory=list)


def sheet_names(path: Path) -> list[str]:
    """The sheets of a workbook; a CSV file has one, named after the file."""
    if path.suffix.lower() in CSV:
        return [path.stem]
    workbook = _open_workbook(path)
    try:
        return list(workbook.sheet_names)
    finally:
        workbook.close()


def read_table(path: Path, sheet: str | None = None, header_row: int = 0) -> Table:
    """The sheet (the first if None) with row `header_row` (0-based) as its headers."""
    suffix = path.suffix.lower()
    encoding: str | None = None
    if suffix in CSV:
        grid, encoding = read_csv(path)
        names = [path.stem]
    else:
        grid, names = _read_excel(path, sheet)
    name = sheet or names[0] if names else path.stem
    grid = _trim(grid)
    if header_row >= len(grid):
        return Table(name, [], [], encoding, header_row, names)
    headers = [_header_text(cell) for cell in grid[header_row]]
    width = len(headers)
    rows = [_fit(row, width) for row in grid[header_row + 1 :]]
    return Table(name, headers, rows, encoding, header_row, names)


def detect_encoding(head: bytes) -> str:
    """BOM first, then strict UTF-8, else GB18030 (a superset of GBK and GB2312)."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A multi-byte character cut at the end of the sample is still UTF-8.
        if exc.start < len(head) - 3:
            return "gb18030"
    return "utf-8"


def read_csv(path: Path) -> tuple[list[list[Cell]], str]:
    data = path.read_bytes()
    encoding = detect_encoding(data[:SNIFF_BYTES])
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        if encoding != "utf-8":
            raise UnreadableFile("bad_encoding", encoding) from None
        encoding = "gb18030"  # valid UTF-8 in the first 64 KB only
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            raise UnreadableFile("bad_encoding", encoding) from None
    # Only the delimiter is sniffed: the sniffer takes the apostrophes of escaped cells for
    # quotes. Quoting is Excel's ("...").
    try:
        delimiter = csv.Sniffer().sniff(text[:SNIFF_BYTES], delimiters=",;\t").delimiter
    except csv.Error:
        delimiter = ","
    # A cell the export escaped against formulas ('=1+1, '+86 ...) is read back as written.
    rows: list[list[Cell]] = [
        [restore(cell) if cell.strip() else None for cell in row]
        for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    ]
    return rows, encoding


def _open_workbook(path: Path) -> Any:
    from python_calamine import CalamineError, CalamineWorkbook

    try:
        return CalamineWorkbook.from_path(str(path))
    except (CalamineError, OSError, ValueError) as exc:
        raise UnreadableFile("not_a_workbook", str(exc)) from None


def _read_excel(path: Path, sheet: str | None) -> tuple[list[list[Cell]], list[str]]:
    from python_calamine import CalamineError

    workbook = _open_workbook(path)
    try:
        names = list(workbook.sheet_names)
        if not names:
            return [], names
        try:
            data = workbook.get_sheet_by_name(sheet or names[0]).to_python(skip_empty_area=False)
        except CalamineError as exc:
            raise UnreadableFile("not_a_workbook", str(exc)) from None
    finally:
        workbook.close()
    return [[_cell(value) for value in row] for row in data], names


def _cell(value: Any) -> Cell:
    if value == "" or value is None:
        return None
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    if isinstance(value, time):
        return value.isoformat()
    if isinstance(value, timedelta):
        return str(value)
    if isinstance(value, str | int | float | bool | date | datetime):
        return value
    return str(value)


def _header_text(cell: Cell) -> str:
    return "" if cell is None else str(cell).strip()


def _fit(row: Sequence[Cell], width: int) -> list[Cell]:
    out = list(row[:width])
    out.extend([None] * (width - len(out)))
    return out


def _trim(grid: list[list[Cell]]) -> list[list[Cell]]:
    end = len(grid)
    while end and all(cell is None for cell in grid[end - 1]):
        end -= 1
    return grid[:end]


def iter_cells_text(row: Sequence[Cell]) -> Iterator[str]:
    for cell in row:
        yield "" if cell is None else str(cell)
