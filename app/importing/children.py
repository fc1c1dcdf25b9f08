"""Interactions, opportunities and tasks from further sheets or files, each row keyed to a
customer of the replica by its Outpost ID, a phone or its exact name (issue 18, item 1).

The same steps as customers: a mapping guessed from Chinese or English headers, values read
as the shared validation wants them, a row refused with its cells' error codes when its
values are refused or no customer matches (`customer_not_found`) or several do by name
(`customer_ambiguous`); the rows are created through `Records.create_many` in chunks and
recorded in an import batch, so "Undo import" removes them like the customers it created.
"""

import re
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select

from sync.protocol import dedupe, validation
from sync.protocol.entities import Customer

from . import mapping as m
from .plan import CellError, text_of
from .reading import Cell, Table

ENTITIES = ("interaction", "opportunity", "task")
CUSTOMER_ID, CUSTOMER_PHONE, CUSTOMER_NAME = "customer.id", "customer.phone", "customer.name"

_COMMON = {
    "outpostid": CUSTOMER_ID, "客户id": CUSTOMER_ID, "customerid": CUSTOMER_ID,
    "客户名称": CUSTOMER_NAME, "客户": CUSTOMER_NAME, "customer": CUSTOMER_NAME,
    "customername": CUSTOMER_NAME, "公司名称": CUSTOMER_NAME, "姓名": CUSTOMER_NAME,
    "手机": CUSTOMER_PHONE, "电话": CUSTOMER_PHONE, "客户电话": CUSTOMER_PHONE,
    "phone": CUSTOMER_PHONE, "mobile": CUSTOMER_PHONE,
}  # fmt: skip
_GUESSES: dict[str, dict[str, str]] = {
    "interaction": {
        "时间": "occurred_at", "日期": "occurred_at", "跟进时间": "occurred_at",
        "when": "occurred_at", "date": "occurred_at", "方式": "kind", "类型": "kind",
        "跟进方式": "kind", "kind": "kind",
        "type": "kind", "主题": "subject", "subject": "subject", "内容": "body", "跟进内容": "body",
        "记录": "body", "notes": "body", "body": "body", "结果": "outcome", "outcome": "outcome",
        "下一步": "next_step", "nextstep": "next_step", "下一步期限": "next_step_due",
    },
    "opportunity": {
        "商机": "title", "商机名称": "title", "标题": "title", "title": "title", "阶段": "stage",
        "stage": "stage", "金额": "amount", "amount": "amount", "币种": "currency",
        "currency": "currency", "概率": "probability", "赢率": "probability",
        "probability": "probability", "预计成交": "expected_close",
        "预计成交日期": "expected_close",
        "expectedclose": "expected_close", "产品线": "product_line", "productline": "product_line",
    },
    "task": {
        "任务": "title", "标题": "title", "title": "title", "task": "title", "截止": "due_at",
        "截止时间": "due_at", "到期": "due_at", "due": "due_at", "备注": "notes", "notes": "notes",
        "地点": "location", "location": "location", "开始": "starts_at", "结束": "ends_at",
        "完成": "done", "done": "done", "类型": "kind", "kind": "kind",
    },
}  # fmt: skip
_WORDS = {
    "kind": {
        "电话": "call", "拜访": "visit", "会议": "meeting", "邮件": "email", "电子邮件": "email",
        "消息": "message", "微信": "message", "笔记": "note", "备注": "note", "待办": "todo",
    },
    "stage": {
        "初步接触": "prospecting", "需求确认": "qualification", "方案报价": "proposal",
        "商务谈判": "negotiation", "赢单": "won", "丢单": "lost",
    },
    "done": {"是": "true", "否": "false", "yes": "true", "no": "false", "已完成": "true"},
}  # fmt: skip
_DATETIME = re.compile(
    r"^\s*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T](\d{1,2}):(\d{2}))?\s*$"
)


def targets(entity: str) -> list[str]:
    fields = [f for f in validation.writable_columns(entity) if not f.endswith("_id")]
    return [CUSTOMER_ID, CUSTOMER_PHONE, CUSTOMER_NAME, *fields]


def guess(entity: str, headers: Sequence[str]) -> m.Mapping:
    table = {**_COMMON, **_GUESSES[entity]}
    out: m.Mapping = {}
    taken: set[str] = set()
    for header in headers:
        target = table.get(m.normalise(header), m.IGNORE)
        if target in taken:
            target = m.IGNORE
        taken.add(target)
        out[header] = target
    return out


@dataclass
class ChildRow:
    index: int
    values: dict[str, Any]
    errors: list[CellError]


class Customers:
    """The replica's live customers by id, phone key and exact name."""

    def __init__(self, session: Any) -> None:
        self.ids: set[str] = set()
        self.phones: dict[str, str] = {}
        self.names: dict[str, list[str]] = {}
        query = select(Customer.id, Customer.name, Customer.phones).where(
            Customer.deleted_at.is_(None)
        )
        for row_id, name, phones in session.execute(query):
            self.ids.add(row_id)
            self.names.setdefault(name.strip(), []).append(row_id)
            for phone in phones or []:
                key = dedupe.phone_key(phone)
                if key:
                    self.phones.setdefault(key, row_id)

    def find(self, keys: Mapping[str, str]) -> tuple[str | None, str]:
        """(customer id, "") or (None, the error code)."""
        found = keys.get(CUSTOMER_ID)
        if found and found in self.ids:
            return found, ""
        phone = dedupe.phone_key(keys.get(CUSTOMER_PHONE) or "")
        if phone and phone in self.phones:
            return self.phones[phone], ""
        named = self.names.get((keys.get(CUSTOMER_NAME) or "").strip(), [])
        if len(named) == 1:
            return named[0], ""
        return None, "customer_ambiguous" if named else "customer_not_found"


def _value(entity: str, field: str, cell: Cell) -> Any:
    column = validation.writable_columns(entity)[field]
    kind = type(column.type).__name__
    if isinstance(cell, datetime) and kind == "UTCDateTime":
        return cell if cell.tzinfo else cell.astimezone()  # local time as written
    if isinstance(cell, date) and not isinstance(cell, datetime) and kind == "Date":
        return cell
    if isinstance(cell, bool) and kind == "Boolean":
        return cell
    if isinstance(cell, int | float) and kind in ("Integer", "Numeric"):
        return cell
    text = text_of(cell)
    if text is None:
        return None
    word = _WORDS.get(field, {}).get(text.casefold())
    if word is not None:
        text = word
    if kind == "Boolean":
        return text.casefold() in ("true", "1", "y")
    found = _DATETIME.match(text)
    if found and kind in ("UTCDateTime", "Date"):
        y, mo, d, h, mi = found.groups()
        try:
            if kind == "Date":
                return date(int(y), int(mo), int(d))
            return datetime(int(y), int(mo), int(d), int(h or 0), int(mi or 0)).astimezone()
        except ValueError:
            return text
    return m.choice_value(field, text) if field in ("kind", "stage") else text


def plan_rows(
    entity: str, table: Table, mapping: m.Mapping, customers: Customers
) -> list[ChildRow]:
    columns = [(i, h, mapping.get(h, m.IGNORE)) for i, h in enumerate(table.headers)]
    columns = [c for c in columns if c[2]]
    first = {target: header for _, header, target in reversed(columns)}
    base = validation.defaults(entity)
    out: list[ChildRow] = []
    for index, cells in enumerate(table.rows):
        keys: dict[str, str] = {}
        values: dict[str, Any] = {}
        for i, _, target in columns:
            if cells[i] is None:
                continue
            if target.startswith("customer."):
                keys[target] = text_of(cells[i]) or ""
            else:
                values[target] = _value(entity, target, cells[i])
        if not keys and not values:
            continue
        errors: list[CellError] = []
        customer_id, problem = customers.find(keys)
        if customer_id is None:
            column = next((first[k] for k in (CUSTOMER_ID, CUSTOMER_PHONE, CUSTOMER_NAME)
                           if k in first), "")  # fmt: skip
            errors.append(CellError(column, "customer_id", problem))
        else:
            values["customer_id"] = customer_id
        try:
            typed = validation.validate(entity, values, {**base, "customer_id": customer_id or ""})
        except validation.ValidationError as exc:
            errors.extend(
                CellError(first.get(e.field, ""), e.field, e.code, e.params)
                for e in exc.errors
                if not (e.field == "customer_id" and customer_id is None)  # said above
            )
            typed = values
        out.append(ChildRow(index, typed, errors))
    return out


def create(
    importer: Any,
    batch_id: str,
    entity: str,
    rows: Sequence[ChildRow],
    cancel: threading.Event | None = None,
) -> int:
    """Creates the rows without errors in chunks, recorded in batch `batch_id`."""
    from .importer import CHUNK, recorder

    good = [row.values for row in rows if not row.errors]
    made = 0
    for start in range(0, len(good), CHUNK):
        if cancel is not None and cancel.is_set():
            break
        made += len(
            importer.records.create_many(
                entity,
                good[start : start + CHUNK],
                validated=True,
                on_written=recorder(batch_id, entity),
            )
        )
    return made
