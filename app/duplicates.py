"""Duplicate check (客户查重) over the replica, as the customer form is typed, and the server's
check across the company (online only).

The replica keeps every customer's keys (`sync.protocol.dedupe`: phone, registration number,
e-mail, company or person name) in `duplicate_keys`, one row each, written in the transaction
that stores the customer whichever way it comes (`Records`, pulled pages, a full download:
`app.search_index` calls `store`), and for the customers already there by migration 0010.
A check looks the typed keys up off the table's primary key, reads the few candidates and
decides with `dedupe.duplicate_reasons`: a few milliseconds on a 100,000-customer replica.

The server's check (`Duplicates.remote`) answers for the whole company: the user's own matches
in full, others masked (张* / 138****8000 / the owner's branch and name), each with a `ref`
to "Ask the owner" about, never the record.
"""

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session

from sync.client.http import ServerApi, read_answer
from sync.protocol import dedupe
from sync.protocol.dedupe import Key, Reason
from sync.protocol.duplicates import AskRequest, DuplicateAnswer, DuplicateMatch, DuplicateQuery

from .replica import Replica

__all__ = ["DuplicateMatch", "Duplicates", "Match", "Probe", "Reason", "RemoteCheck"]

CANDIDATES = 50
"""At most this many customers are read per check (a switchboard number shared by many)."""
_CHUNK = 500

_INSERT = "INSERT OR IGNORE INTO duplicate_keys (tag, value, customer_id) VALUES (?, ?, ?)"
_CANDIDATES = text(
    """
    SELECT DISTINCT customer_id FROM duplicate_keys
    WHERE tag = :tag AND value IN :values
    LIMIT :limit
    """
).bindparams(bindparam("values", expanding=True))
_CUSTOMERS = text(
    """
    SELECT id, kind, name, phones, email, registration_no, city, owner_id
    FROM customers WHERE id IN :ids AND deleted_at IS NULL
    """
).bindparams(bindparam("ids", expanding=True))


@dataclass(frozen=True)
class Probe:
    """What the form holds so far."""

    kind: str = "person"
    name: str = ""
    phones: tuple[str, ...] = ()
    email: str | None = None
    registration_no: str | None = None

    def keys(self) -> frozenset[Key]:
        return dedupe.customer_keys(
            self.kind, self.name, self.phones, self.email, self.registration_no
        )

    def query(self, exclude_id: str | None = None) -> DuplicateQuery:
        return DuplicateQuery(
            kind=self.kind,
            name=self.name.strip()[:200],
            phones=[p[:40] for p in self.phones if p.strip()][:10],
            email=(self.email or "").strip()[:254] or None,
            registration_no=(self.registration_no or "").strip()[:64] or None,
            exclude_id=exclude_id,
        )


@dataclass(frozen=True)
class Match:
    """A customer of the replica that is probably the one being typed."""

    id: str
    name: str
    kind: str
    city: str
    phones: tuple[str, ...]
    owner_id: str | None
    reasons: tuple[Reason, ...]


def store(session: Session, rows: Sequence[Mapping[str, Any]]) -> None:
    """The keys of these customers, replacing what they had (rows without a name — a partial
    row — are left alone)."""
    named = [row for row in rows if "name" in row]
    if not named:
        return
    conn = session.connection()
    ids = [row["id"] for row in named]
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        conn.exec_driver_sql(
            f"DELETE FROM duplicate_keys WHERE customer_id IN ({marks})", tuple(chunk)
        )
    keys = [
        (tag, value, row["id"])
        for row in named
        for tag, value in dedupe.customer_keys(
            row.get("kind") or "person",
            row["name"],
            _phones(row.get("phones")),
            row.get("email"),
            row.get("registration_no"),
        )
    ]
    if keys:
        conn.exec_driver_sql(_INSERT, keys)


def forget(session: Session, customer_ids: Sequence[str]) -> None:
    conn = session.connection()
    for start in range(0, len(customer_ids), _CHUNK):
        chunk = list(customer_ids[start : start + _CHUNK])
        marks = ",".join("?" * len(chunk))
        conn.exec_driver_sql(
            f"DELETE FROM duplicate_keys WHERE customer_id IN ({marks})", tuple(chunk)
        )


def _phones(raw: Any) -> list[str]:
    if isinstance(raw, str):  # as stored (JSON text)
        try:
            raw = json.loads(raw)
        except ValueError:
            return []
    return [str(p) for p in raw] if isinstance(raw, list) else []


class Duplicates:
    """The check over the replica (quick: call it as the user types, off the GUI thread)."""

    def __init__(self, replica: Replica) -> None:
        self.replica = replica

    def find(self, probe: Probe, *, exclude_id: str | None = None, limit: int = 5) -> list[Match]:
        """Live customers that are probably `probe`, strongest reason first."""
        keys = probe.keys()
        lookup = dedupe.lookup_keys(keys)
        if not lookup:
            return []
        by_tag: dict[str, list[str]] = {}
        for tag, value in lookup:
            by_tag.setdefault(tag, []).append(value)
        with self.replica.reading() as session:
            ids: set[str] = set()
            for tag, values in by_tag.items():
                params = {"tag": tag, "values": values, "limit": CANDIDATES}
                ids.update(session.scalars(_CANDIDATES, params))
            ids.discard(exclude_id or "")
            if not ids:
                return []
            rows = session.execute(_CUSTOMERS, {"ids": sorted(ids)[:CANDIDATES]}).all()
        found = []
        for row in rows:
            phones = _phones(row.phones)
            theirs = dedupe.customer_keys(
                row.kind, row.name, phones, row.email, row.registration_no
            )
            reasons = dedupe.duplicate_reasons(keys, theirs)
            if reasons:
                found.append(
                    Match(
                        id=row.id,
                        name=row.name,
                        kind=row.kind,
                        city=row.city or "",
                        phones=tuple(phones),
                        owner_id=row.owner_id,
                        reasons=reasons,
                    )
                )
        strength = list(Reason)
        found.sort(key=lambda m: (strength.index(m.reasons[0]), m.name, m.id))
        return found[:limit]


class RemoteCheck:
    """The server's check across the company and "Ask the owner" (online; each call blocks,
    so the UI runs them on its network lane)."""

    def __init__(self, api: ServerApi, token: Callable[[], str]) -> None:
        self.api = api
        self.token = token

    @classmethod
    def sharing(cls, engine: Any) -> "RemoteCheck":
        return cls(engine.api, engine.token)

    def find(self, probe: Probe, *, exclude_id: str | None = None) -> list[DuplicateMatch]:
        body = probe.query(exclude_id)
        answer = self.api.call("POST", "/customers/duplicates", token=self.token(), json=body)
        return read_answer(DuplicateAnswer, answer).matches

    def ask(self, probe: Probe, ref: str) -> None:
        """Ask the owner of the masked match `ref` (and their manager) about it: a task for
        each, on their Today after their next sync."""
        body = AskRequest(query=probe.query(), ref=ref)
        self.api.call("POST", "/customers/duplicates/ask", token=self.token(), json=body)


def own(matches: Iterable[DuplicateMatch]) -> list[DuplicateMatch]:
    return [m for m in matches if not m.masked]
