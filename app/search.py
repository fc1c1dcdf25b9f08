"""Global search over the replica: customers, contacts and interactions, as the user types.

Customers match on their search keys (name, pinyin, initials, phone digits, e-mail), so 张伟,
zhangwei, zw and 0013 all find 张伟. Matching uses `instr()`, which works for any length
and any script (SQLite 3.40's trigram index cannot match two characters, and LIKE on it
misses Chinese); names starting with the query come first, off an index. Interactions are
searched for three characters or more, through a trigram full-text index: their text is long,
and shorter fragments match too much to be useful.
"""

import json
import re
from dataclasses import dataclass

from sqlalchemy import text

from .replica import Replica

MIN_TEXT_QUERY = 3
_DIGITS = re.compile(r"[\s\-+()]")


@dataclass(frozen=True)
class Hit:
    """One result: what it is, which customer it belongs to, and how to show it."""

    kind: str  # "customer" | "contact" | "interaction"
    customer_id: str
    row_id: str
    title: str
    detail: str


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
# Then any key (pinyin, initials, phone digits, e-mail) containing it: the scan stops after
# CANDIDATES matches, of which the best (key starts with it, shortest name) are shown.
# CROSS JOIN keeps SQLite scanning the keys and probing customers, not the other way round.
_CUSTOMERS = text(
    """
    SELECT id, name, city, phones FROM (
        SELECT c.id, c.name, coalesce(c.city, '') AS city, c.phones, instr(s.keys, :q) AS at
        FROM customer_search AS s CROSS JOIN customers AS c ON c.id = s.customer_id
        WHERE instr(s.keys, :q) > 0 AND c.deleted_at IS NULL
        LIMIT :candidates
    )
    ORDER BY at = 1 DESC, length(name), name
    LIMIT :limit
    """
)
_CONTACTS = text(
    """
    SELECT k.id, k.customer_id, k.name, c.name
    FROM contacts AS k JOIN customers AS c ON c.id = k.customer_id
    WHERE k.deleted_at IS NULL AND c.deleted_at IS NULL
      AND (instr(lower(k.name), :q) > 0 OR instr(lower(coalesce(k.email, '')), :q) > 0
           OR (:digits != '' AND instr(replace(replace(k.phones, '-', ''), ' ', ''), :digits) > 0))
    LIMIT :limit
    """
)
# The trigram index (replica migration 0005) answers any fragment of three characters or
# more in any script, case-insensitively; newest interactions first.
_INTERACTIONS = text(
    """
    SELECT i.id, i.customer_id, coalesce(i.subject, ''), coalesce(i.body, ''), c.name
    FROM interaction_text AS f
    JOIN interactions AS i ON i.rowid = f.rowid
    JOIN customers AS c ON c.id = i.customer_id
    WHERE interaction_text MATCH :phrase AND i.deleted_at IS NULL AND c.deleted_at IS NULL
    ORDER BY f.rowid DESC
    LIMIT :limit
    """
)
CANDIDATES = 200


class Search:
    def __init__(self, replica: Replica) -> None:
        self.replica = replica

    def find(self, query: str, limit: int = 8) -> list[Hit]:
        """Best matches of each kind, customers first; an empty query finds nothing."""
        q = query.strip().lower()
        if not q:
            return []
        digits = _DIGITS.sub("", q)
        digits = digits if digits.isdigit() and len(digits) >= 3 else ""
        params = {"q": digits or q, "digits": digits, "limit": limit, "candidates": CANDIDATES}
        hits: list[Hit] = []
        with self.replica.reading() as session:
            found = list(session.execute(_NAME_PREFIX, {"q": query.strip(), "limit": limit}))
            if len(found) < limit:
                seen = {row[0] for row in found}
                more = session.execute(_CUSTOMERS, params)
                found += [row for row in more if row[0] not in seen][: limit - len(found)]
            for row_id, name, city, phones in found:
                detail = " · ".join(p for p in (city, ", ".join(_phones(phones))) if p)
                hits.append(Hit("customer", row_id, row_id, name, detail))
            params["q"] = q
            params["phrase"] = '"' + q.replace('"', '""') + '"'
            for row_id, customer_id, name, customer in session.execute(_CONTACTS, params):
                hits.append(Hit("contact", customer_id, row_id, name, customer))
            if len(q) >= MIN_TEXT_QUERY:
                for row in session.execute(_INTERACTIONS, params):
                    row_id, customer_id, subject, body, customer = row
                    hits.append(
                        Hit("interaction", customer_id, row_id, subject or body[:60], customer)
                    )
        return hits


def _phones(raw: object) -> list[str]:
    """Phones as stored (JSON text through a raw query) -> list."""
    if isinstance(raw, str):
        try:
            raw = json.loads(raw)
        except ValueError:
            return []
    return [str(p) for p in raw] if isinstance(raw, list) else []
