"""Field validation of the entities, used identically by the client and the server.

`coerce` turns user or wire input into typed Python values field by field;
`check_row` applies the rules that need the whole row (required fields,
end after start...). Errors carry a stable `code` and `params` so each side
can phrase them in the user's language; `message` is the English fallback.
"""

import dataclasses
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from functools import cache
from types import MappingProxyType
from typing import Any

from sqlalchemy import BigInteger, Boolean, Column, Date, Integer, Numeric, String
from sqlalchemy.types import JSON

from .business_hours import valid_holiday
from .entities import ENTITIES, SYNC_COLUMNS, Entity
from .storable import text_problem
from .types import UTCDateTime
from .values import parse_date, parse_datetime, parse_decimal

EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
PHONE_RE = re.compile(r"^\+?[0-9 ()\-]{3,24}$")
CURRENCY_RE = re.compile(r"^[A-Z]{3}$")
CLOCK_RE = re.compile(r"^([01][0-9]|2[0-3]):[0-5][0-9]$")
WEEKDAYS = frozenset("1234567")
MAX_LIST_ITEMS = 20
MAX_TAG_LENGTH = 50
MAX_NUMBER_TEXT = 40
"""Characters of a number written as text: a 5,000-digit one took the server down (issue 17)."""

MESSAGES = {
    "unknown_entity": "Unknown kind of record.",
    "unknown_field": "This field does not exist.",
    "read_only": "This field is managed by the system.",
    "required": "This field is required.",
    "invalid_type": "This value has the wrong type.",
    "invalid_text": "This text contains characters that cannot be stored.",
    "invalid_choice": "Not one of the allowed values.",
    "invalid_email": "Not a valid e-mail address.",
    "invalid_phone": "Not a valid phone number.",
    "invalid_currency": "Use a three-letter currency code such as CNY.",
    "invalid_date": "Not a valid date.",
    "invalid_datetime": "Not a valid date and time.",
    "invalid_number": "Not a valid number.",
    "too_long": "Too long (at most {max} characters).",
    "too_many": "Too many entries (at most {max}).",
    "too_small": "Must be at least {min}.",
    "too_large": "Must be at most {max}.",
    "end_before_start": "The end must be after the start.",
    "relation_target": "Choose a related customer or enter a name.",
    "relation_self": "A customer cannot be related to itself.",
}


@dataclass(frozen=True)
class FieldError:
    field: str
    code: str
    # dataclasses.field in full: the attribute `field` above hides the short name from mypy
    params: dict[str, Any] = dataclasses.field(default_factory=dict)

    @property
    def message(self) -> str:
        return MESSAGES.get(self.code, self.code).format(**self.params)

    def as_dict(self) -> dict[str, Any]:
        return {"field": self.field, "code": self.code, "message": self.message, **self.params}


class ValidationError(ValueError):
    """Input that must not be stored; nothing has been written when this is raised."""

    def __init__(self, entity: str, errors: Iterable[FieldError]) -> None:
        self.entity = entity
        self.errors = tuple(errors)
        super().__init__("; ".join(f"{e.field}: {e.message}" for e in self.errors))

    def codes(self) -> dict[str, str]:
        return {e.field: e.code for e in self.errors}


def entity_class(entity: str) -> type[Entity]:
    try:
        return ENTITIES[entity]
    except KeyError:
        raise ValidationError(entity, [FieldError("entity", "unknown_entity")]) from None


def writable_columns(entity: str) -> dict[str, Column[Any]]:
    """The fields a user may set: every column but the sync bookkeeping."""
    table = entity_class(entity).__table__
    return {c.name: c for c in table.columns if c.name not in SYNC_COLUMNS}


@cache
def _columns(entity: str) -> Mapping[str, Column[Any]]:
    """`writable_columns` built once per entity, for the checks here (read only: an import
    validates 100,000 rows)."""
    return MappingProxyType(writable_columns(entity))


@cache
def _required(entity: str) -> tuple[str, ...]:
    return tuple(name for name, column in _columns(entity).items() if _is_required(column))


def coerce(entity: str, values: Mapping[str, Any]) -> dict[str, Any]:
    """Typed, normalised copy of `values`; raises ValidationError listing every bad field."""
    typed, errors = _coerce_fields(entity, values)
    if errors:
        raise ValidationError(entity, errors)
    return typed


def validate(entity: str, values: Mapping[str, Any], current: Mapping[str, Any]) -> dict[str, Any]:
    """`coerce` and the whole-row rules at once, so a form can show every problem together.

    `current` is the row being edited (or `defaults(entity)` for a new one).
    """
    typed, errors = _coerce_fields(entity, values)
    bad = {e.field for e in errors}
    errors.extend(e for e in _row_errors(entity, {**current, **typed}) if e.field not in bad)
    if errors:
        raise ValidationError(entity, errors)
    return typed


def check_row(entity: str, row: Mapping[str, Any]) -> None:
    """Whole-row rules on coerced values; raises ValidationError."""
    errors = _row_errors(entity, row)
    if errors:
        raise ValidationError(entity, errors)


def defaults(entity: str) -> dict[str, Any]:
    """The value each writable field has in a new row before the user sets it."""
    out: dict[str, Any] = {}
    for name, column in writable_columns(entity).items():
        default = column.default
        if default is None:
            out[name] = None
        elif default.is_callable:
            out[name] = default.arg(None)  # type: ignore[attr-defined]
        else:
            out[name] = default.arg  # type: ignore[attr-defined]
    return out


def _coerce_fields(
    entity: str, values: Mapping[str, Any]
) -> tuple[dict[str, Any], list[FieldError]]:
    columns = _columns(entity)
    out: dict[str, Any] = {}
    errors: list[FieldError] = []
    for name, raw in values.items():
        column = columns.get(name)
        if column is None:
            code = "read_only" if name in SYNC_COLUMNS else "unknown_field"
            errors.append(FieldError(name, code))
            continue
        try:
            out[name] = _coerce_value(column, raw)
        except _Invalid as exc:
            errors.append(FieldError(name, exc.code, exc.params))
    return out, errors


def _row_errors(entity: str, row: Mapping[str, Any]) -> list[FieldError]:
    errors = [
        FieldError(name, "required")
        for name in _required(entity)
        if row.get(name) in (None, "", [])
    ]
    errors.extend(_ROW_RULES.get(entity, _no_rule)(row))
    return errors


def _is_required(column: Column[Any]) -> bool:
    return bool(column.info.get("required")) or (not column.nullable and column.default is None)


class _Invalid(Exception):
    def __init__(self, code: str, **params: Any) -> None:
        self.code = code
        self.params = params


def _coerce_value(column: Column[Any], raw: Any) -> Any:
    if raw is None:
        if column.nullable:
            return None
        if isinstance(column.type, JSON):
            return []
        raise _Invalid("required")
    kind = column.type
    if isinstance(kind, JSON):
        return _coerce_list(column, raw)
    if isinstance(kind, Boolean):
        if not isinstance(raw, bool):
            raise _Invalid("invalid_type")
        return raw
    if isinstance(kind, Integer):
        return _check_bits(column, _check_range(column, _as_int(raw)))
    if isinstance(kind, Numeric):
        return _quantize(column, _check_range(column, _as_decimal(raw)))
    if isinstance(kind, UTCDateTime):
        return _as_datetime(raw)
    if isinstance(kind, Date):
        return _as_date(raw)
    return _coerce_text(column, raw)


def _coerce_text(column: Column[Any], raw: Any) -> str | None:
    if not isinstance(raw, str):
        raise _Invalid("invalid_type")
    if text_problem(raw):
        raise _Invalid("invalid_text")
    text = raw.strip()
    if text == "" and column.nullable:
        return None
    limit = getattr(column.type, "length", None)
    if isinstance(column.type, String) and limit and len(text) > limit:
        raise _Invalid("too_long", max=limit)
    choices: type[StrEnum] | None = column.info.get("choices")
    if choices is not None and text not in choices._value2member_map_:
        raise _Invalid("invalid_choice", choices=[c.value for c in choices])
    fmt = column.info.get("format")
    if fmt == "email" and not EMAIL_RE.match(text):
        raise _Invalid("invalid_email")
    if fmt == "clock" and not CLOCK_RE.match(text):
        raise _Invalid("invalid_datetime")
    if fmt == "currency":
        text = text.upper()
        if not CURRENCY_RE.match(text):
            raise _Invalid("invalid_currency")
    return text


def _coerce_list(column: Column[Any], raw: Any) -> list[str]:
    if isinstance(raw, str):
        raw = re.split(r"[,;，；]", raw)
    if not isinstance(raw, list | tuple) or not all(isinstance(v, str) for v in raw):
        raise _Invalid("invalid_type")
    if any(text_problem(v) for v in raw):
        raise _Invalid("invalid_text")
    items = list(dict.fromkeys(v.strip() for v in raw if v.strip()))
    if len(items) > MAX_LIST_ITEMS:
        raise _Invalid("too_many", max=MAX_LIST_ITEMS)
    fmt = column.info.get("format")
    if fmt == "phones" and any(not _valid_phone(v) for v in items):
        raise _Invalid("invalid_phone")
    if fmt == "tags" and any(len(v) > MAX_TAG_LENGTH for v in items):
        raise _Invalid("too_long", max=MAX_TAG_LENGTH)
    if fmt == "weekdays" and any(v not in WEEKDAYS for v in items):
        raise _Invalid("invalid_choice", choices=sorted(WEEKDAYS))
    if fmt == "holidays" and any(not valid_holiday(v) for v in items):
        raise _Invalid("invalid_date")
    return items


def _valid_phone(text: str) -> bool:
    return bool(PHONE_RE.match(text)) and sum(ch.isdigit() for ch in text) >= 3


def _as_int(raw: Any) -> int:
    if isinstance(raw, bool):
        raise _Invalid("invalid_type")
    if isinstance(raw, int):
        return raw
    if isinstance(raw, str) and len(raw) <= MAX_NUMBER_TEXT and re.fullmatch(r"\s*-?\d+\s*", raw):
        return int(raw)
    raise _Invalid("invalid_number")


def _check_bits(column: Column[Any], value: int) -> int:
    """Integers beyond what the column holds on PostgreSQL (32 or 64 bits)."""
    bits = 63 if isinstance(column.type, BigInteger) else 31
    if value >= 2**bits:
        raise _Invalid("too_large", max=2**bits - 1)
    if value < -(2**bits):
        raise _Invalid("too_small", min=-(2**bits))
    return value


def _as_decimal(raw: Any) -> Decimal:
    if isinstance(raw, bool) or not isinstance(raw, int | float | str | Decimal):
        raise _Invalid("invalid_type")
    if isinstance(raw, str) and len(raw) > MAX_NUMBER_TEXT:
        raise _Invalid("invalid_number")
    try:
        value = raw if isinstance(raw, Decimal) else parse_decimal(raw)
    except (InvalidOperation, ValueError):  # ValueError: an int of more than 4,300 digits
        raise _Invalid("invalid_number") from None
    if not value.is_finite():
        raise _Invalid("invalid_number")
    return value


def _quantize(column: Column[Any], value: Decimal) -> Decimal:
    """To the column's scale, once the value is known to fit its precision (quantizing 1e30
    to cents is itself an error: more digits than the decimal context holds)."""
    kind = column.type
    scale = getattr(kind, "scale", None) or 2
    precision = getattr(kind, "precision", None) or 28
    limit = Decimal(10) ** (precision - scale)
    if value >= limit:
        raise _Invalid("too_large", max=str(limit - Decimal(10) ** -scale))
    if value <= -limit:
        raise _Invalid("too_small", min=str(-limit + Decimal(10) ** -scale))
    return value.quantize(Decimal(10) ** -scale)


def _check_range(column: Column[Any], value: Any) -> Any:
    low, high = column.info.get("min"), column.info.get("max")
    if low is not None and value < low:
        raise _Invalid("too_small", min=low)
    if high is not None and value > high:
        raise _Invalid("too_large", max=high)
    return value


def _as_datetime(raw: Any) -> datetime:
    if isinstance(raw, datetime):
        if raw.tzinfo is None:
            raise _Invalid("invalid_datetime")
        value = raw
    elif isinstance(raw, str):
        try:
            value = parse_datetime(raw)
        except (ValueError, OverflowError):  # past year 1 or 9999 once in UTC
            raise _Invalid("invalid_datetime") from None
    else:
        raise _Invalid("invalid_type")
    try:
        return value.astimezone(UTC)  # it is stored in UTC: it must exist in UTC
    except OverflowError:
        raise _Invalid("invalid_datetime") from None


def _as_date(raw: Any) -> date:
    if isinstance(raw, datetime):
        raise _Invalid("invalid_date")
    if isinstance(raw, date):
        return raw
    if not isinstance(raw, str):
        raise _Invalid("invalid_type")
    try:
        return parse_date(raw)
    except ValueError:
        raise _Invalid("invalid_date") from None


def _no_rule(row: Mapping[str, Any]) -> list[FieldError]:
    return []


def _task_rule(row: Mapping[str, Any]) -> list[FieldError]:
    start, end = row.get("starts_at"), row.get("ends_at")
    if start is not None and end is not None and end <= start:
        return [FieldError("ends_at", "end_before_start")]
    return []


def _relation_rule(row: Mapping[str, Any]) -> list[FieldError]:
    target = row.get("related_customer_id")
    if not target and not row.get("related_name"):
        return [FieldError("related_name", "relation_target")]
    if target and target == row.get("customer_id"):
        return [FieldError("related_customer_id", "relation_self")]
    return []


_ROW_RULES = {"task": _task_rule, "relation": _relation_rule}
