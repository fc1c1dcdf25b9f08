"""Database plumbing both sides need: SQLite pragmas and running Alembic in-process."""

from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson
from sqlalchemy import Connection, Engine, create_engine, event, inspect, text

from .revisions import newest_file_revision as newest_file_revision  # read here by both sides

if TYPE_CHECKING:
    from alembic.config import Config


def dump_json(value: Any) -> str:
    """JSON columns hold Chinese text (tags, phones' notes): stored as compact UTF-8, not
    escaped to ASCII, so it stays readable and matchable with instr()/LIKE, and takes a third
    of the space. orjson: a pull stores and reads tens of thousands of these a second."""
    return orjson.dumps(value).decode()


def make_engine(
    url: str,
    *,
    foreign_keys: bool = True,
    cache_mib: int | None = None,
    key: bytes | None = None,
    **kwargs: Any,
) -> Engine:
    """An engine for either side, with the same JSON encoding and SQLite tuning everywhere.

    `key` (the client's replica only; the server never passes one) opens the SQLite file
    through SQLCipher with that raw 256-bit key, applied before any other statement of each
    connection (`cipher_key_pragma`)."""
    if key is not None:
        kwargs["module"] = sqlcipher()
    engine = create_engine(url, json_serializer=dump_json, json_deserializer=orjson.loads, **kwargs)
    if key is not None:
        keyed(engine, key)
    tune_sqlite(engine, foreign_keys=foreign_keys, cache_mib=cache_mib)
    return engine


KEY_BYTES = 32  # AES-256


def sqlcipher() -> Any:
    """SQLCipher's DB-API module (the `sqlcipher3-binary` wheel): the stdlib's sqlite3
    interface over an SQLite that encrypts every page (AES-256-CBC, HMAC-SHA512 per page)."""
    from sqlcipher3 import dbapi2

    return dbapi2


def sqlite_errors() -> tuple[type[Exception], ...]:
    """The DB-API error base classes of both drivers: the stdlib's sqlite3 and SQLCipher's
    (its classes are copies, not subclasses)."""
    import sqlite3

    try:
        return (sqlite3.Error, sqlcipher().Error)
    except ImportError:  # the server's installation has no SQLCipher
        return (sqlite3.Error,)


# SQLCipher writes its own errors (a wrong key's "hmac check failed") to stderr; the app
# classifies them (`app.errors.storage_error`) and logs what matters.
QUIET = "PRAGMA cipher_log_level = NONE"


def cipher_key_pragma(key: bytes) -> str:
    """`PRAGMA key` with a raw key (`x'<hex>'`): SQLCipher uses it as it is, with no
    passphrase derivation (PBKDF2 with 256,000 rounds would cost every connection ~0.1 s)."""
    if len(key) != KEY_BYTES:
        raise ValueError(f"a replica key is {KEY_BYTES} bytes, not {len(key)}")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def connect_keyed(database: str, key: bytes | None, **kwargs: Any) -> Any:
    """A DB-API connection to `database` (a path or a `file:` URI with `uri=True`): SQLCipher
    with `key`, or the stdlib's sqlite3 without one."""
    if key is None:
        import sqlite3

        return sqlite3.connect(database, **kwargs)
    conn = sqlcipher().connect(database, **kwargs)
    try:
        conn.execute(cipher_key_pragma(key))
        conn.execute(QUIET)
    except BaseException:
        conn.close()
        raise
    return conn


def keyed(engine: Engine, key: bytes) -> None:
    """Apply `key` as the first statement of every new connection of `engine`."""
    pragma = cipher_key_pragma(key)

    @event.listens_for(engine, "do_connect")
    def _connect(dialect: Any, _record: Any, cargs: Any, cparams: Any) -> Any:
        conn = dialect.loaded_dbapi.connect(*cargs, **cparams)
        try:
            conn.execute(pragma)
            conn.execute(QUIET)
        except BaseException:
            conn.close()
            raise
        return conn


IMMEDIATE = {"sqlite_immediate": True}
"""Execution options of a transaction that will write: on SQLite it takes the write lock at
BEGIN, so two writers queue (busy_timeout) instead of failing when one upgrades its read lock."""


def tune_sqlite(
    engine: Engine,
    *,
    busy_timeout_ms: int = 10_000,
    foreign_keys: bool = True,
    cache_mib: int | None = None,
) -> None:
    """WAL (readers never block the writer), foreign keys, wait instead of 'locked', and
    optionally a page cache of `cache_mib` per connection instead of SQLite's 2 MiB.

    The driver's own transaction handling is switched off so that BEGIN is ours:
    plain BEGIN for reads, BEGIN IMMEDIATE for transactions opened with `IMMEDIATE`.
    """
    if engine.dialect.name != "sqlite":
        return

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cursor.execute(f"PRAGMA busy_timeout={busy_timeout_ms}")
        if cache_mib:
            cursor.execute(f"PRAGMA cache_size={-1024 * cache_mib}")  # negative: KiB
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        immediate = conn.get_execution_options().get("sqlite_immediate")
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def json_column_as_text(conn: Connection, table: str, column: str, default: str) -> None:
    """Migration step for SQLite: give a JSON column TEXT affinity (`types.JSONText`) and
    turn the numbers NUMERIC affinity made of its values back into their JSON text.

    The column is replaced in place (rename, add, copy, drop) rather than the table rebuilt:
    `customers` is the parent of every child table, and rebuilding it would drop it, which
    foreign keys refuse on the server, and lose the replica's SQL-only indexes. `default`
    (SQL, e.g. `'[]'`) only lets a NOT NULL column be added; every row gets its own value.
    """
    old = f"{column}__numeric"
    nullable = inspect(conn).get_columns(table)
    not_null = any(c["name"] == column and not c["nullable"] for c in nullable)
    conn.exec_driver_sql(f"ALTER TABLE {table} RENAME COLUMN {column} TO {old}")
    spec = f"TEXT NOT NULL DEFAULT {default}" if not_null else "TEXT"
    conn.exec_driver_sql(f"ALTER TABLE {table} ADD COLUMN {column} {spec}")
    conn.exec_driver_sql(
        f"UPDATE {table} SET {column} = CASE WHEN typeof({old}) IN ('integer', 'real') "
        f"THEN CAST({old} AS TEXT) ELSE {old} END"
    )
    conn.exec_driver_sql(f"ALTER TABLE {table} DROP COLUMN {old}")


def alembic_config(script_location: Path) -> "Config":
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(script_location))
    return config


# Alembic is imported only when a schema changes: it costs the desktop client ~0.2 s of
# every start, where checking that nothing needs doing takes a query and a directory listing.


def head_revision(script_location: Path) -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(script_location)).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        version = conn.scalar(text("SELECT version_num FROM alembic_version"))
        return None if version is None else str(version)


def upgrade(engine: Engine, script_location: Path, revision: str = "head") -> None:
    """Migrate the database behind `engine` to `revision` in one transaction."""
    from alembic import command

    config = alembic_config(script_location)
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
