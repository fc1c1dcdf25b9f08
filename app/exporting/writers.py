"""Sheets to .xlsx (xlsxwriter, constant memory: one row in memory at a time) and to .csv
(UTF-8 with a BOM, so Excel opens Chinese correctly; cells that would run as formulas made
inert)."""

import csv
from collections.abc import Callable, Iterator, Mapping
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sync.protocol.spreadsheet import inert

from .files import classified, written
from .table import OUTPOST_ID, Captions, Column, Sheet, display

Progress = Callable[[int], None]  # rows written so far
PROGRESS_EVERY = 1000
_WIDTHS = {"text": 24, "enum": 12, "list": 24, "date": 12, "datetime": 17, "money": 14}
_FORBIDDEN = str.maketrans({c: " " for c in "[]:*?/\\"})


def write_table(
    path: Path, sheet: Sheet, captions: Captions, progress: Progress | None = None
) -> int:
    """.csv or .xlsx by the file's suffix; the rows written."""
    if path.suffix.lower() == ".csv":
        return write_csv(path, sheet, captions, progress)
    return write_xlsx(path, [sheet], captions, progress)[0]


def write_xlsx(
    path: Path, sheets: list[Sheet], captions: Captions, progress: Progress | None = None
) -> list[int]:
    """One worksheet per sheet, header row bold and frozen, with a filter; dates and amounts as
    spreadsheet dates and numbers. The rows written, per sheet."""
    # Imported here, not at start-up (~50 ms); xlsxwriter ships no type information (3.3).
    import xlsxwriter  # type: ignore[import-untyped]
    from xlsxwriter.exceptions import FileCreateError  # type: ignore[import-untyped]

    counts: list[int] = []
    with written(path) as part:
        book = xlsxwriter.Workbook(
            str(part),
            {"constant_memory": True, "tmpdir": str(path.parent), "strings_to_formulas": False},
        )
        formats = {
            "header": book.add_format({"bold": True, "bg_color": "#EEF2F7", "bottom": 1}),
            "date": book.add_format({"num_format": "yyyy-mm-dd"}),
            "datetime": book.add_format({"num_format": "yyyy-mm-dd hh:mm"}),
            "money": book.add_format({"num_format": "#,##0.00"}),
        }
        done, names = 0, set[str]()
        for sheet in sheets:
            columns = _columns(sheet)
            worksheet = book.add_worksheet(_sheet_name(sheet.title, names))
            for i, column in enumerate(columns):
                worksheet.set_column(i, i, _WIDTHS.get(column.kind, 12))
                worksheet.write_string(0, i, column.caption, formats["header"])
            worksheet.freeze_panes(1, 0)
            count = 0
            for count, row in enumerate(sheet.rows, start=1):
                for i, column in enumerate(columns):
                    _write_cell(worksheet, count, i, column, row, captions, formats)
                done += 1
                if progress is not None and done % PROGRESS_EVERY == 0:
                    progress(done)
            worksheet.autofilter(0, 0, max(count, 1), len(columns) - 1)
            counts.append(count)
        try:
            book.close()
        except FileCreateError as exc:
            original = exc.args[0] if exc.args else exc
            if isinstance(original, OSError):
                raise classified(original, path) from exc
            raise
    return counts


def write_csv(
    path: Path, sheet: Sheet, captions: Captions, progress: Progress | None = None
) -> int:
    """UTF-8 with a BOM and CRLF line ends (what Excel writes); text starting with = + - @,
    a tab or a carriage return gets a leading apostrophe (OWASP), so it is never run."""
    columns = _columns(sheet)
    count = 0
    with written(path) as part, part.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow([inert(column.caption) for column in columns])
        for count, row in enumerate(sheet.rows, start=1):
            writer.writerow([_csv_cell(column, row, captions) for column in columns])
            if progress is not None and count % PROGRESS_EVERY == 0:
                progress(count)
    return count


def _columns(sheet: Sheet) -> list[Column]:
    return [*sheet.columns, Column("id", OUTPOST_ID)] if sheet.with_id else list(sheet.columns)


def _value(column: Column, row: Mapping[str, Any], captions: Captions) -> Any:
    return display(column.kind, row.get(column.key), captions)


def _write_cell(
    worksheet: Any,  # xlsxwriter's Worksheet
    r: int,
    c: int,
    column: Column,
    row: Mapping[str, Any],
    captions: Captions,
    formats: dict[str, Any],
) -> None:
    value = _value(column, row, captions)
    if value is None:
        return
    if isinstance(value, datetime):
        worksheet.write_datetime(r, c, value, formats["datetime"])
    elif isinstance(value, date):
        worksheet.write_datetime(
            r, c, datetime(value.year, value.month, value.day), formats["date"]
        )
    elif isinstance(value, bool):
        worksheet.write_string(r, c, captions.yes if value else captions.no)
    elif isinstance(value, (int, float, Decimal)):
        money = formats["money"] if column.kind == "money" else None
        worksheet.write_number(r, c, float(value), money)
    else:  # a string cell: never a formula, whatever it starts with
        worksheet.write_string(r, c, str(value))


def _csv_cell(column: Column, row: Mapping[str, Any], captions: Captions) -> str:
    value = _value(column, row, captions)
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        return str(value)
    return inert(str(value))


def _sheet_name(title: str, taken: set[str]) -> str:
    """Excel's rules: at most 31 characters, none of []:*?/\\, not empty, each once."""
    name = title.translate(_FORBIDDEN).strip().strip("'")[:28] or "Sheet"
    unique, n = name, 1
    while unique.lower() in taken:
        n += 1
        unique = f"{name[:26]} {n}"
    taken.add(unique.lower())
    return unique


def chunks(ids: list[str], size: int) -> Iterator[list[str]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]
