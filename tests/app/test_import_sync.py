"""An import and its undo reach the server (issue 18): after undo and a sync, the server's live
rows of this rep are what they were before the import, field for field."""

import pytest
from sqlalchemy import select

from app.importing import mapping
from app.importing.importer import Importer
from app.importing.plan import UpdateKey
from sync.protocol import validation
from sync.protocol.entities import Contact, Customer
from tests.app.test_import import EXISTING, SAME_REG, book_rows, seed, write_csv, write_xlsx
from tests.support.clients import connect


def server_live(server_db, owner_id: str) -> dict[str, dict]:
    out = {}
    with server_db.transaction() as session:
        ids = list(session.scalars(select(Customer.id).where(Customer.owner_id == owner_id)))
        fields = list(validation.writable_columns("customer"))
        for obj in session.scalars(
            select(Customer).where(Customer.id.in_(ids), Customer.deleted_at.is_(None))
        ):
            out[obj.id] = {f: getattr(obj, f) for f in fields if f != "branch_id"}
        fields = list(validation.writable_columns("contact"))
        for obj in session.scalars(
            select(Contact).where(Contact.customer_id.in_(ids), Contact.deleted_at.is_(None))
        ):
            out[obj.id] = {f: getattr(obj, f) for f in fields}
    return out


ROWS = 1_000  # of the 10,000-row book: its held, updated and refused rows and 550 new ones


@pytest.mark.slow
@pytest.mark.timeout(900)
@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_undo_after_sync_restores_the_servers_live_rows(
    server, server_db, make_account, tmp_path, kind
):
    rep = make_account()
    client = connect(
        server.url, rep.username, rep.password, tmp_path / "rep.sqlite3", push_batch=500
    )
    try:
        tag = 1 if kind == "xlsx" else 2  # the server checks duplicates across reps
        seed(client.records, tag)
        client.sync()
        before = server_live(server_db, client.user_id)
        assert len(before) == EXISTING

        rows = book_rows(tag)[:ROWS]
        path = (
            write_xlsx(tmp_path / "book.xlsx", rows)
            if kind == "xlsx"
            else write_csv(tmp_path / "book.csv", rows, "gb18030")
        )
        importer = Importer(client.records)
        table = importer.read(path)
        plan = importer.plan(table, mapping.guess(table.headers), UpdateKey.REGISTRATION_NO)
        summary = importer.run(plan)
        assert summary.updated == SAME_REG
        client.sync()
        imported = server_live(server_db, client.user_id)
        assert len(imported) == len(before) + summary.created + summary.contacts

        importer.undo(summary.batch_id)
        client.sync()
        assert client.records.pending_count() == 0
        assert server_live(server_db, client.user_id) == before
    finally:
        client.close()
