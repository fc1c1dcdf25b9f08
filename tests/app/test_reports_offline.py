"""Reports run on the replica with no network (issue 19, item 5): a rep's and a manager's
replicas are filled by real syncs, the server is stopped, and every ready report and every
pivot (each measure by each pair of its dimensions) runs on both, each total equal to the sum
of its drill-down records; the rep sees their book, the manager the branch."""

from datetime import date
from decimal import Decimal as D

from app.commerce import Commerce, LineDraft
from app.reports import MEASURES, READY, PivotEngine, PivotSpec, Reports, dimensions_of
from server.db import Database, migrate
from server.users.service import create_user
from sync.protocol.enums import Role
from tests.app.test_reports import aggregate
from tests.support.clients import connect
from tests.support.servers import ServerProcess

PASSWORD = "secret-pass-1"


def test_every_report_and_pivot_runs_offline_for_a_rep_and_a_manager(tmp_path):
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    database = Database(url)
    migrate(database.engine)
    with database.transaction() as session:
        for name, role in (("rep1", Role.REP), ("rep2", Role.REP), ("boss", Role.MANAGER)):
            create_user(session, username=name, password=PASSWORD, role=role, branch="Beijing")
    database.dispose()
    server = ServerProcess(url, tmp_path / "server.log").start()
    try:
        boss = connect(server.url, "boss", PASSWORD, tmp_path / "boss.sqlite3")
        catalogue = Commerce(boss.records, "manager")
        product = catalogue.save_product(
            None, {"code": "P1", "name": "ERP", "product_line": "软件", "list_price": "1000"}
        )
        boss.sync()
        reps = [
            connect(server.url, n, PASSWORD, tmp_path / f"{n}.sqlite3") for n in ("rep1", "rep2")
        ]
        for n, rep in enumerate(reps, start=1):
            rep.sync()  # the catalogue
            customer = rep.records.create(
                "customer", {"name": f"客户{n}", "tier": "major", "city": "北京"}
            )
            contract = Commerce(rep.records, "rep").save_contract(
                None,
                {"customer_id": customer["id"], "number": f"HT-{n}", "signed_on": "2026-05-02",
                 "payment_due": "2026-05-30"},
                [LineDraft(product["id"], D(n), D(1000))],
            )  # fmt: skip
            rep.records.create(
                "payment",
                {"customer_id": customer["id"], "contract_id": contract["id"],
                 "received_on": "2026-05-20", "amount": "500"},
            )  # fmt: skip
            rep.records.create(
                "opportunity",
                {"customer_id": customer["id"], "title": "续约", "stage": "proposal",
                 "amount": "800"},
            )  # fmt: skip
            rep.records.create(
                "interaction", {"customer_id": customer["id"], "kind": "visit", "subject": "拜访"}
            )
            rep.sync()
        boss.sync()
    finally:
        server.stop()  # from here on: no network

    for client, contribution in ((reps[0], D(1000)), (boss, D(3000))):
        reports = Reports(PivotEngine(client.replica, today=lambda: date(2026, 6, 15)))
        for key in READY:
            report = reports.ready(key)
            assert report.pivot.rows, (client.username, key)
        assert reports.ready("contribution_product_line").pivot.total == contribution
        assert reports.ready("overdue_ageing").pivot.row_totals == {
            "0-30": contribution - D(500) * (1 if client is reps[0] else 2)
        }
        engine = reports.engine
        for measure in MEASURES:
            dims = dimensions_of(measure)
            for rows, columns in zip(dims, [*dims[1:], None], strict=True):
                spec = PivotSpec(rows, columns, measure)
                pivot = engine.pivot(spec)
                drilled = engine.drill(spec, None, None)
                assert aggregate(measure, drilled) == pivot.total, (client.username, spec)
    for client in (boss, *reps):
        client.close()
