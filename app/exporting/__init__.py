"""Exports: any list as the user sees it, a customer's whole file, contacts and tasks, to the
formats people open elsewhere (.xlsx, .csv, vCard, iCalendar) and HTML for printing. No Qt:
the UI passes the words (captions) and runs these off the GUI thread.
"""

from .audit_log import ExportLog, new_record
from .calendar import write_ics
from .files import ExportCancelled, ExportDenied, ExportFailed
from .lists import (
    calendar_sheet,
    customer_file_sheets,
    customer_sheet,
    pipeline_sheet,
    service_sheet,
)
from .printable import customer_file_html
from .table import LIST_SEPARATOR, OUTPOST_ID, Captions, Column, Sheet
from .vcard import write_vcards
from .writers import write_csv, write_table, write_xlsx

__all__ = [
    "LIST_SEPARATOR",
    "OUTPOST_ID",
    "Captions",
    "Column",
    "ExportCancelled",
    "ExportDenied",
    "ExportFailed",
    "ExportLog",
    "Sheet",
    "calendar_sheet",
    "customer_file_html",
    "customer_file_sheets",
    "customer_sheet",
    "new_record",
    "pipeline_sheet",
    "service_sheet",
    "write_csv",
    "write_ics",
    "write_table",
    "write_vcards",
    "write_xlsx",
]
