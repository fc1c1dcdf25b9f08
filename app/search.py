"""Global search over the replica: customers, contacts, tasks and interactions, as the user types.

Customers and contacts match on their search keys (name, pinyin, initials, phone digits,
e-mail: `app.search_index`), so 张伟, zhangwei, zhang wei, zw and 0013 all find 张伟: what is
typed with spaces (pinyin syllable by syllable) also matches without them. Matching uses
`instr()`, which works for any length and any script (SQLite 3.40's trigram index cannot
match two characters, and LIKE on it misses Chinese); names starting with the query come
first, off an index. Task titles are short and a Chinese word is two characters, so they are
matched with LIKE from two characters, off a narrow index of titles. Interactions (subject,
notes, outcome, next step) are searched for three characters or more, through a trigram
full-text index: their text is long, and shorter fragments match too much to be useful. A
text hit carries the words around the match (`Hit.excerpt`), so the user sees why it was found.
"""

import json
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import TextClause, text

from .replica import Replica

MIN_TEXT_QUERY = 3
MIN_TASK_QUERY = 2
EXCERPT_CONTEXT = 18  # characters each side of the match
_DIGITS = re.compile(r"[\s\-+()]")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Hit:
    """One result: what it is, which customer it belongs to, and how to show it."""

    kind: str  # "customer" | "contact" | "task" | "interaction"
    customer_id: str | None  # None: a task for no customer
    row_id: str
    title: str
    detail: str
    field: str | None = None  # the interaction field `excerpt` comes from
    excerpt: str = ""  # the words around the match, when the title does not show them


# Customers whose name starts with the query come first, straight off the live-name index.
_NAME_PREFIX = text(
    """
    SELECT c.id, c.name, coalesce(c.city, ''), c.phones
    FROM customers AS c
    WHERE c.deleted_at IS NULL AND c.name >= :q AND c.name < :q || char(1114111)
    ORDER BY c.name
    LIMIT :limit
    """
)
# Matching keys: the query as typed, and where it has spaces also without them (:compact).
_MATCH = "instr(s.keys, :q) > 0"
_MATCH_COMPACT = "(instr(s.keys, :q) > 0 OR instr(s.keys, :compact) > 0)"


def _customers(match: str) -> TextClause:
    """Any key (pinyin, initials, phone digits, e-mail) containing the query: the scan stops
    after CANDIDATES matches, of which the best (key starts with it, shortest name) are shown.
    CROSS JOIN keeps SQLite scanning the keys and probing customers, not the other way round."""
    return text(
        f"""
        SELECT id, name, city, phones FROM (
            SELECT c.id, c.name, coalesce(c.city, '') AS city, c.phones,
                   instr(s.keys, :q) = 1 AS first
            FROM customer_search AS s CROSS JOIN customers AS c ON c.id = s.customer_id
            WHERE {match} AND c.deleted_at IS NULL
            LIMIT :candidates
        )
        ORDER BY first DESC, length(name), name
        LIMIT :limit
        """
    )


def _contacts(match: str) -> TextClause:
    return text(
        f"""
        SELECT id, customer_id, name, customer FROM (
            SELECT k.id, k.customer_id, k.name, c.name AS customer,
                   instr(s.keys, :q) = 1 AS first
            FROM contact_search AS s CROSS JOIN contacts AS k ON k.id = s.contact_id
            JOIN customers AS c ON c.id = k.customer_id
            WHERE {match} AND k.deleted_at IS NULL AND c.deleted_at IS NULL
            LIMIT :candidates
        )
        ORDER BY first DESC, length(name), name
        LIMIT :limit
        """
    )


_CUSTOMERS = {False: _customers(_MATCH), True: _customers(_MATCH_COMPACT)}
_CONTACTS = {False: _contacts(_MATCH), True: _contacts(_MATCH_COMPACT)}
# Titles off their narrow index (replica migration 0008): the scan stops after CANDIDATES
# matches, of which open tasks are shown first. LIKE on a plain table matches Chinese as it
# is and ASCII in any case. A task of an archived customer is hidden with it.
_TASKS = text(
    r"""
    SELECT t.id, t.customer_id, t.title, t.done, coalesce(c.name, '')
    FROM tasks AS t INDEXED BY ix_tasks_live_title
    LEFT JOIN customers AS c ON c.id = t.customer_id
    WHERE t.deleted_at IS NULL AND c.deleted_at IS NULL AND t.title LIKE :pattern ESCAPE '\'
    LIMIT :candidates
    """
)
# The trigram index (replica migrations 0005, 0007) answers any fragment of three characters
# or more in any script, case-insensitively; newest interactions first.
_INTERACTIONS = text(
    """
    SELECT i.id, i.customer_id, coalesce(i.subject, ''), coalesce(i.body, ''),
           coalesce(i.outcome, ''), coalesce(i.next_step, ''), c.name
    FROM interaction_text AS f
    JOIN interactions AS i ON i.rowid = f.rowid
    JOIN customers AS c ON c.id = i.customer_id
    WHERE interaction_text MATCH :phrase AND i.deleted_at IS NULL AND c.deleted_at IS NULL
    ORDER BY f.rowid DESC
    LIMIT :limit
    """
)
CANDIDATES = 200
TEXT_FIELDS = ("subject", "body", "outcome", "next_step")


class Search:
    def __init__(self, replica: Replica) -> None:
        self.replica = replica
        # further kinds of hit, each (query, limit) -> hits: knowledge-base articles (issue 21)
        self.more: list[Callable[[str, int], list[Hit]]] = []

    def find(self, query: str, limit: int = 8) -> list[Hit]:
        """Best matches of each kind, customers first; an empty query finds nothing."""
        typed = unicodedata.normalize("NFKC", query).strip()
        q = typed.lower()
        if not q:
            return []
        key, compact = key_terms(typed)
        spaced = compact != key
        keys = {
            "q": key,
            "compact": compact,
            "limit": limit,
            "candidates": CANDIDATES,
        }
        with self.replica.reading() as session:
            found = list(session.execute(_NAME_PREFIX, {"q": typed, "limit": limit}))
            if len(found) < limit:
                seen = {row[0] for row in found}
                more = session.execute(_CUSTOMERS[spaced], keys)
                found += [row for row in more if row[0] not in seen][: limit - len(found)]
            hits = [
                Hit("customer", row_id, row_id, name, _customer_detail(city, phones))
                for row_id, name, city, phones in found
            ]
            hits += [
                Hit("contact", customer_id, row_id, name, customer)
                for row_id, customer_id, name, customer in session.execute(_CONTACTS[spaced], keys)
            ]
            if len(q) >= MIN_TASK_QUERY:
                params = {"pattern": _contains(q), "candidates": CANDIDATES}
                tasks = sorted(session.execute(_TASKS, params), key=lambda row: bool(row[3]))
                hits += [
                    Hit("task", customer_id, row_id, title, customer)
                    for row_id, customer_id, title, _done, customer in tasks[:limit]
                ]
            if len(q) >= MIN_TEXT_QUERY:
                phrase = '"' + q.replace('"', '""') + '"'
                rows = session.execute(_INTERACTIONS, {"phrase": phrase, "limit": limit})
                hits += [_interaction(row, q) for row in rows]
        for provider in self.more:
            hits += provider(typed, limit)
        return hits


def key_terms(query: str) -> tuple[str, str]:
    """What a typed query looks for in the search keys: as typed (lower case; a phone
    fragment as its digits) and without spaces (pinyin typed syllable by syllable); the
    two are the same when there was nothing to take out. The customer list's quick filter
    matches with these too (`app.customer_list`)."""
    q = unicodedata.normalize("NFKC", query).strip().lower()
    digits = _DIGITS.sub("", q)
    if digits.isdigit() and len(digits) >= 3:
        return digits, digits
    return q, _SPACES.sub("", q)


def _contains(q: str) -> str:
    """A LIKE pattern matching `q` anywhere, its own % and _ taken literally."""
    escaped = q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _customer_detail(city: str, phones: object) -> str:
    return " · ".join(p for p in (city, ", ".join(_phones(phones))) if p)


def _interaction(row: tuple[str, ...], q: str) -> Hit:
    row_id, customer_id, *texts, customer = row
    values = dict(zip(TEXT_FIELDS, texts, strict=True))
    title = values["subject"] or values["body"][:60]
    for field in ("body", "outcome", "next_step"):  # the title shows a match in the subject
        shown = excerpt(values[field], q)
        if shown:
            return Hit("interaction", customer_id, row_id, title, customer, field, shown)
    return Hit("interaction", customer_id, row_id, title, customer)


def excerpt(value: str, q: str, context: int = EXCERPT_CONTEXT) -> str:
    """The words around the first match of `q` in `value` on one line, with … where cut;
    "" when `q` is not in it."""
    at = value.lower().find(q)
    if at < 0:
        return ""
    start, end = max(0, at - context), min(len(value), at + len(q) + context)
    words = _SPACES.sub(" ", value[start:end]).strip()
    return ("…" if start else "") + words + ("…" if end < len(value) else "")


def _phones(raw: object) -> list[str]:
    """Phones as stored (JSON text through a raw query) -> list."""
    if isinstance(raw, str):
        try:
            raw = json.loads(raw)
        except ValueError:
            return []
    return [str(p) for p in raw] if isinstance(raw, list) else []
