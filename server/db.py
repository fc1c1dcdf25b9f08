"""The server's database: engine, sessions and migrations (SQLite or PostgreSQL)."""

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.orm import Session, sessionmaker

from sync.protocol import db

MIGRATIONS = Path(__file__).parent / "migrations"


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        return db.make_engine(url, connect_args={"check_same_thread": False})
    return db.make_engine(url, pool_size=10, max_overflow=20, pool_pre_ping=True)


# pg_advisory_lock key of schema upgrades ("outpost" in ASCII)
MIGRATION_LOCK = 0x6F7574706F7374


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest revision (no-op when already there).

    Server processes started together against one PostgreSQL take turns: the first upgrades,
    the others then find the schema current. (Without the lock both create the same tables.)
    """
    with _migration_lock(engine):
        if db.current_revision(engine) != db.newest_file_revision(MIGRATIONS):  # no Alembic
            db.upgrade(engine, MIGRATIONS)


@contextmanager
def _migration_lock(engine: Engine) -> Iterator[None]:
    if engine.dialect.name != "postgresql":
        yield  # SQLite serves one process; its writers queue on the file lock anyway
        return
    with engine.connect() as conn:
        conn.execute(text("SELECT pg_advisory_lock(:key)"), {"key": MIGRATION_LOCK})
        conn.commit()
        try:
            yield
        finally:
            conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": MIGRATION_LOCK})
            conn.commit()


class Database:
    """Engine plus session factory; one session per request or unit of work."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._writers = sessionmaker(
            self.engine.execution_options(**db.IMMEDIATE), expire_on_commit=False
        )

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A writing transaction (on SQLite it holds the write lock from the start)."""
        with self._writers() as session, session.begin():
            yield session

    def dispose(self) -> None:
        self.engine.dispose()
