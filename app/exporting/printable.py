"""A customer file as HTML for printing (the UI lays it out with QTextDocument): the facts,
contacts, open work (tasks, opportunities, service requests) and the timeline."""

from collections.abc import Callable, Iterable
from datetime import date, datetime
from decimal import Decimal
from html import escape
from typing import Any

from ..customer_file import CLOSED_STAGES, CustomerFile
from ..records import Records
from ..service_desk import OPEN as OPEN_REQUEST
from .lists import FACT_FIELDS, kind_of
from .table import Captions, display

Money = Callable[[Decimal, str], str]
FONT = "'WenQuanYi Micro Hei', 'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', sans-serif"
STYLE = f"""
body {{ font-family: {FONT}; font-size: 10pt; }}
h1 {{ font-size: 18pt; margin-bottom: 2px; }}
h2 {{ font-size: 12pt; margin-top: 14px; border-bottom: 1px solid #999; }}
table {{ border-collapse: collapse; }}
td, th {{ padding: 2px 6px; vertical-align: top; text-align: left; }}
th {{ background: #eef2f7; }}
.field {{ color: #555; }}
.muted {{ color: #777; }}
"""


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _table(headers: list[str], rows: Iterable[list[str]]) -> str:
    body = "".join(
        "<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in row) + "</tr>" for row in rows
    )
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    return f'<table width="100%" border="1" cellspacing="0"><tr>{head}</tr>{body}</table>'


def customer_file_html(
    records: Records,
    files: CustomerFile,
    customer_id: str,
    captions: Captions,
    field: Callable[[str], str],
    money: Money,
) -> str:
    """The page's HTML; `captions.words` gives the headings (contacts, open_work, timeline,
    tasks, opportunities, service_requests, printed, none) in the user's language."""
    word = captions.word
    facts = files.facts(customer_id)
    customer = facts.customer

    def shown(entity: str, key: str, value: Any) -> str:
        return _text(display(kind_of(entity, key), value, captions))

    parts = [f"<html><head><style>{STYLE}</style></head><body>"]
    parts.append(f"<h1>{escape(customer['name'])}</h1>")
    summary = " · ".join(
        shown("customer", key, customer[key]) for key in ("tier", "status") if customer[key]
    )
    parts.append(f'<p class="muted">{escape(summary)}</p>')
    rows = [
        f'<tr><td class="field">{escape(field(key))}</td>'
        f"<td>{escape(shown('customer', key, customer[key]))}</td></tr>"
        for key in FACT_FIELDS
        if key not in ("name", "tier", "status") and customer.get(key) not in (None, "", [])
    ]
    if facts.last_contact is not None:
        rows.append(
            f'<tr><td class="field">{escape(word("last_contact", "Last contact"))}</td>'
            f"<td>{escape(_text(display('datetime', facts.last_contact, captions)))}</td></tr>"
        )
    for currency, amount in facts.open_values.items():
        rows.append(
            f'<tr><td class="field">{escape(word("open_value", "Open opportunities"))}</td>'
            f"<td>{escape(money(amount, currency))}</td></tr>"
        )
    parts.append(f'<table width="100%">{"".join(rows)}</table>')

    contacts = records.find("contact", customer_id=customer_id)
    parts.append(f"<h2>{escape(word('contacts', 'Contacts'))}</h2>")
    if contacts:
        keys = ("name", "title", "phones", "email")
        parts.append(
            _table(
                [field(k) for k in keys],
                ([shown("contact", k, c[k]) for k in keys] for c in contacts),
            )
        )
    else:
        parts.append(f'<p class="muted">{escape(word("none", "None"))}</p>')

    parts.append(f"<h2>{escape(word('open_work', 'Open work'))}</h2>")
    tasks = [t for t in records.find("task", customer_id=customer_id) if not t["done"]]
    tasks.sort(key=lambda t: t["starts_at"] or t["due_at"] or t["created_at"])
    deals = [
        o
        for o in records.find("opportunity", customer_id=customer_id)
        if o["stage"] not in CLOSED_STAGES
    ]
    requests = [
        r
        for r in records.find("service_request", customer_id=customer_id)
        if r["status"] in OPEN_REQUEST
    ]
    if not (tasks or deals or requests):
        parts.append(f'<p class="muted">{escape(word("none", "None"))}</p>')
    if tasks:
        parts.append(f"<h3>{escape(word('tasks', 'Tasks'))}</h3>")
        parts.append(
            _table(
                [field("when"), field("kind"), field("title"), field("location")],
                (
                    [
                        shown("task", "starts_at", t["starts_at"] or t["due_at"]),
                        shown("task", "kind", t["kind"]),
                        t["title"],
                        t["location"] or "",
                    ]
                    for t in tasks
                ),
            )
        )
    if deals:
        parts.append(f"<h3>{escape(word('opportunities', 'Opportunities'))}</h3>")
        parts.append(
            _table(
                [field("title"), field("stage"), field("amount"), field("expected_close")],
                (
                    [
                        o["title"],
                        shown("opportunity", "stage", o["stage"]),
                        money(o["amount"], o["currency"]),
                        shown("opportunity", "expected_close", o["expected_close"]),
                    ]
                    for o in deals
                ),
            )
        )
    if requests:
        parts.append(f"<h3>{escape(word('service_requests', 'Service requests'))}</h3>")
        parts.append(
            _table(
                [field("subject"), field("priority"), field("status"), field("sla_due_at")],
                (
                    [
                        r["subject"],
                        shown("service_request", "priority", r["priority"]),
                        shown("service_request", "status", r["status"]),
                        shown("service_request", "sla_due_at", r["sla_due_at"]),
                    ]
                    for r in requests
                ),
            )
        )

    parts.append(f"<h2>{escape(word('timeline', 'Timeline'))}</h2>")
    events = files.timeline(customer_id)
    if events:
        parts.append(
            _table(
                [field("when"), field("kind"), field("subject"), field("outcome")],
                (
                    [
                        _text(display("datetime", e.at, captions)),
                        f"{captions.label(e.entity)} · {captions.label(e.kind)}",
                        e.title,
                        money(e.amount, e.currency or "") if e.amount is not None else e.detail,
                    ]
                    for e in events
                ),
            )
        )
    else:
        parts.append(f'<p class="muted">{escape(word("none", "None"))}</p>')
    printed = word("printed", "")
    if printed:
        parts.append(f'<p class="muted">{escape(printed)}</p>')
    parts.append("</body></html>")
    return "".join(parts)
