"""A damaged replica is found on open, put aside with its log, and replaced by a new one that
holds the outbox salvaged from it; a full disk is an expected error. Real SQLite files,
damaged the ways disks damage them."""

import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from app import pages, recovery, salvage
from app.errors import DiskFull, ReplicaDamaged
from app.records import Records
from app.replica import SALVAGED, Replica
from sync.client.tables import OutboxEntry
from tests.support.disks import small_disk  # noqa: F401 (a fixture)

USER = "00000000-0000-4000-8000-000000000001"
PAGE = 4096


def _replica_with_edits(path: Path, customers: int = 40, notes: int = 10) -> list[int]:
    """A replica whose outbox holds `customers` creates (a few with long notes, which spill
    onto overflow pages); returns the outbox's change numbers."""
    replica = Replica(path)
    records = Records(replica, USER)
    for n in range(customers):
        long = n % 10 == 0
        records.create(
            "customer", {"name": f"客户{n:04d}", "notes": "备注" * (3000 if long else notes)}
        )
    with replica.reading() as session:
        seqs = list(session.scalars(select(OutboxEntry.seq).order_by(OutboxEntry.seq)))
    replica.close()
    return seqs


def _copy_open(path: Path, target: Path) -> None:
    """The files as a crash leaves them: the main file and its write-ahead log."""
    for suffix in ("", "-wal", "-shm"):
        if Path(f"{path}{suffix}").exists():
            shutil.copyfile(f"{path}{suffix}", f"{target}{suffix}")


def customer_pages(path: Path) -> list[int]:
    """The leaf pages of the customers table (rows of more than 12 columns; an outbox row
    has 8), as the file has them once its log is folded in."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    found = []
    with pages.Pages.open(path) as source:
        for number in range(2, source.count + 1):
            page = source.read(number)
            if page[0] == 0x0D and int.from_bytes(page[3:5], "big"):
                _rowid, payload = pages._cell(source, page, int.from_bytes(page[8:10], "big"))
                if len(pages.decode(payload)) > 12:
                    found.append(number)
    assert found
    return found


def flip(path: Path, pages: list[int]) -> None:
    """Flip every bit of the page header and cell pointers of `pages`."""
    with path.open("r+b") as file:
        for page in pages:
            file.seek((page - 1) * PAGE)
            head = file.read(32)
            file.seek((page - 1) * PAGE)
            file.write(bytes(b ^ 0xFF for b in head))


def _outbox(replica: Replica) -> list[int]:
    with replica.reading() as session:
        return list(session.scalars(select(OutboxEntry.seq).order_by(OutboxEntry.seq)))


def test_a_sound_replica_passes_and_is_remembered(tmp_path):
    path = tmp_path / "r.sqlite3"
    Replica(path).close()
    assert recovery.find_damage(path) is None
    assert recovery.known(path)


def test_the_salvage_knows_the_outbox_columns(replica):
    with replica.reading() as session:
        names = [row[1] for row in session.execute(text("PRAGMA table_info(outbox)"))]
    assert tuple(names) == salvage.COLUMNS


def test_an_emptied_replica_is_damage_only_where_one_was_opened(tmp_path):
    known, new = tmp_path / "known.sqlite3", tmp_path / "new.sqlite3"
    _replica_with_edits(known, customers=3)
    known.write_bytes(b"")
    Path(f"{known}-wal").unlink(missing_ok=True)
    new.write_bytes(b"")  # a first start on a full disk leaves this behind
    assert recovery.find_damage(known) == recovery.Damage("empty", "the file is empty (0 bytes)")
    assert recovery.find_damage(new) is None

    replica = Replica(known)
    assert replica.recovery is not None and replica.recovery.damaged_copy.stat().st_size == 0
    assert (replica.recovery.saved, replica.recovery.complete) == (0, False)
    assert _outbox(replica) == []
    replica.close()


def test_damage_in_the_customers_pages_is_found_and_the_whole_outbox_kept(tmp_path):
    path = tmp_path / "r.sqlite3"
    seqs = _replica_with_edits(path, customers=200)
    flip(path, customer_pages(path)[:3])
    assert recovery.find_damage(path).kind == "structure"

    replica = Replica(path)
    found = replica.recovery
    assert found is not None and found.damage.kind == "structure"
    assert (found.saved, found.complete) == (len(seqs), True)
    assert _outbox(replica) == seqs
    assert replica.get_meta(SALVAGED) == seqs
    with replica.reading() as session:  # new changes are numbered after the salvaged ones
        assert (
            session.scalar(text("SELECT seq FROM sqlite_sequence WHERE name = 'outbox'"))
            == seqs[-1]
        )
        assert session.scalar(select(func.count()).select_from(text("customers"))) == 0
    copy = found.damaged_copy
    assert copy.parent == path.parent and copy.name.startswith("r.damaged-")
    assert copy.name.endswith(".sqlite3") and copy in recovery.damaged_copies(path)
    assert recovery.find_damage(path) is None
    replica.close()
    assert Replica(path).recovery is None  # and it stays sound


def test_a_broken_header_is_read_page_by_page(tmp_path):
    path = tmp_path / "r.sqlite3"
    seqs = _replica_with_edits(path, customers=30)  # closed: no log left
    with path.open("r+b") as file:
        file.write(b"\0" * 100)
    assert recovery.find_damage(path).kind == "header"

    found = salvage.salvage_outbox(path)
    assert [row[0] for row in found.entries] == seqs
    assert found.complete is False and found.sequence == 30
    long = next(row for row in found.entries if "备注" * 3000 in row[6])  # from overflow pages
    assert long[1] == "customer" and long[3] == "create"

    replica = Replica(path)
    assert replica.recovery is not None
    assert (replica.recovery.saved, replica.recovery.complete) == (30, False)
    assert _outbox(replica) == seqs
    replica.close()


def test_an_emptied_file_gives_back_the_changes_its_log_still_holds(tmp_path):
    made, path = tmp_path / "made.sqlite3", tmp_path / "r.sqlite3"
    Replica(made).close()  # the schema in the main file, what follows in the log
    replica = Replica(made)
    records = Records(replica, USER)
    for n in range(30):
        records.create("customer", {"name": f"客户{n}", "notes": "长" * (4000 if n == 7 else 5)})
    _copy_open(made, path)  # as a crash leaves it
    replica.close()
    recovery.note_known(path)
    path.write_bytes(b"")

    reopened = Replica(path)
    assert reopened.recovery is not None and reopened.recovery.damage.kind == "empty"
    assert reopened.recovery.saved == 30
    assert Path(f"{reopened.recovery.damaged_copy}-wal").exists()  # the log went with it
    assert _outbox(reopened) == list(range(1, 31))
    reopened.close()


def test_rows_of_other_tables_and_deleted_rows_are_not_taken_for_changes(tmp_path):
    path = tmp_path / "r.sqlite3"
    replica = Replica(path)
    records = Records(replica, USER)
    for n in range(300):
        records.create("customer", {"name": f"客户{n}", "notes": "x" * 50})
    with replica.transaction() as session:  # acknowledged: gone from the outbox, kept in `sent`
        session.execute(
            text(
                "INSERT INTO sent (seq, entity, row_id, op, created_at, acked_at, changes, base) "
                "SELECT seq, entity, row_id, op, created_at, created_at, changes, base FROM outbox "
                "WHERE seq <= 290"
            )
        )
        session.execute(text("DELETE FROM outbox WHERE seq <= 290"))
    replica.close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    found, _ = salvage._by_pages(path)
    assert sorted(found) == list(range(291, 301))


def test_a_full_disk_is_an_expected_error_and_writes_nothing(tmp_path):
    replica = Replica(tmp_path / "r.sqlite3")
    records = Records(replica, USER)
    records.create("customer", {"name": "张伟"})

    @__import__("sqlalchemy").event.listens_for(replica.engine, "connect")
    def _small(dbapi_conn, _record):
        dbapi_conn.execute("PRAGMA max_page_count = 1")  # SQLite's own 'disk full'

    replica.engine.dispose()
    with pytest.raises(DiskFull):
        records.create("customer", {"name": "李娜", "notes": "满" * 20_000})
    assert records.pending_count() == 1
    assert [row["name"] for row in records.find("customer")] == ["张伟"]


def test_a_replica_left_as_it_was_closed_is_not_read_through_at_every_start(tmp_path, monkeypatch):
    """quick_check reads every page (seconds for a large replica from a cold cache): a file as
    Outpost left it at a clean close, checked lately, gets the header check alone. Damage that
    changes neither its size nor its time is found when SQLite meets it, then repaired."""
    path = tmp_path / "r.sqlite3"
    seqs = _replica_with_edits(path, customers=200)
    Replica(path).close()  # checked (the file changed since the first close), closed cleanly
    pages_of_customers = customer_pages(path)[:3]
    checks: list[Path] = []
    real = recovery._quick_check
    monkeypatch.setattr(recovery, "_quick_check", lambda p: checks.append(p) or real(p))
    Replica(path).close()
    assert checks == []

    stat = path.stat()
    flip(path, pages_of_customers)
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # bits rotting on the disk
    replica = Replica(path)
    assert replica.recovery is None and checks == []
    with pytest.raises(ReplicaDamaged):
        Records(replica, USER).find("customer", limit=1000)
    replica.close()
    reopened = Replica(path)
    assert reopened.recovery is not None and reopened.recovery.saved == len(seqs)
    reopened.close()


def test_a_crash_or_another_program_means_a_full_check(tmp_path, monkeypatch):
    path = tmp_path / "r.sqlite3"
    _replica_with_edits(path, customers=3)
    Replica(path).close()
    checks: list[Path] = []
    real = recovery._quick_check
    monkeypatch.setattr(recovery, "_quick_check", lambda p: checks.append(p) or real(p))
    open_elsewhere = Replica(path)  # its -wal stays, as after a crash
    Replica(path).close()
    open_elsewhere.close()
    assert len(checks) == 1
    with path.open("r+b") as file:  # a sync tool writes the file back, unchanged
        head = file.read(16)
        file.seek(0)
        file.write(head)
    Replica(path).close()
    assert len(checks) == 2


def test_no_room_to_rebuild_leaves_the_damaged_replica_for_the_next_start(small_disk):  # noqa: F811
    path = small_disk.root / "r.sqlite3"
    seqs = _replica_with_edits(path, customers=30)
    with path.open("r+b") as file:
        file.write(b"\0" * 100)
    small_disk.fill()
    with pytest.raises(DiskFull):
        Replica(path)
    assert recovery.find_damage(path).kind == "header"  # still there, as it was
    assert not list(small_disk.root.glob("*.recovering*"))
    assert recovery.damaged_copies(path) == []

    small_disk.free()
    replica = Replica(path)
    assert replica.recovery is not None and replica.recovery.saved == len(seqs)
    replica.close()
