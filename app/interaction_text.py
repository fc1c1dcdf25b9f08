"""The full-text index over interactions' subjects, notes, outcomes and next steps (trigram
FTS5, replica migrations 0005 and 0007).

Triggers keep it in step with every write. A first download stores hundreds of thousands of
interactions, and tokenising them one trigger call at a time took a third of the download, so
the sync engine suspends the triggers for it and the index is rebuilt once at the end (see
`app.sync_hooks`). Suspending is transactional (SQLite DDL), so a download killed half-way
leaves the triggers off until the resumed download ends and rebuilds.
"""

from sqlalchemy import text
from sqlalchemy.orm import Session

TABLE = "interaction_text"
COLUMNS = ("subject", "body", "outcome", "next_step")  # replica migration 0007
_NAMES = ", ".join(COLUMNS)
_NEW = ", ".join(f"new.{c}" for c in COLUMNS)
_OLD = ", ".join(f"old.{c}" for c in COLUMNS)
TRIGGERS = {
    f"{TABLE}_ai": f"""
        CREATE TRIGGER IF NOT EXISTS {TABLE}_ai AFTER INSERT ON interactions BEGIN
            INSERT INTO {TABLE}(rowid, {_NAMES}) VALUES (new.rowid, {_NEW});
        END""",
    f"{TABLE}_ad": f"""
        CREATE TRIGGER IF NOT EXISTS {TABLE}_ad AFTER DELETE ON interactions BEGIN
            INSERT INTO {TABLE}({TABLE}, rowid, {_NAMES}) VALUES ('delete', old.rowid, {_OLD});
        END""",
    f"{TABLE}_au": f"""
        CREATE TRIGGER IF NOT EXISTS {TABLE}_au AFTER UPDATE OF {_NAMES} ON interactions
        BEGIN
            INSERT INTO {TABLE}({TABLE}, rowid, {_NAMES}) VALUES ('delete', old.rowid, {_OLD});
            INSERT INTO {TABLE}(rowid, {_NAMES}) VALUES (new.rowid, {_NEW});
        END""",
}


def suspend(session: Session) -> None:
    """Stop indexing writes (until `resume`)."""
    for name in TRIGGERS:
        session.execute(text(f"DROP TRIGGER IF EXISTS {name}"))


def resume(session: Session) -> None:
    """Index everything stored meanwhile in one pass and index writes again."""
    session.execute(text(f"INSERT INTO {TABLE}({TABLE}) VALUES ('rebuild')"))
    for sql in TRIGGERS.values():
        session.execute(text(sql))


def indexing(session: Session) -> bool:
    names = session.scalars(
        text("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE :prefix"),
        {"prefix": f"{TABLE}_%"},
    ).all()
    return set(names) == set(TRIGGERS)
