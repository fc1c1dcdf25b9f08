"""`outpost-server offboard`: IT closes a leaver's account from the server's command line."""

from sqlalchemy import func, select

from server.models import User
from sync.protocol.entities import Customer
from tests.server.test_cli import cli


def test_offboard_spreads_the_book_over_the_branch_and_prints_a_report(
    server, server_db, database_url, person, device, branch
):
    leaver, first, second = person(), person(), person()
    laptop = device(leaver)
    for n in range(5):
        laptop.records.create("customer", {"name": f"客户{n}"})
    other = device(first)
    other.records.create("customer", {"name": "已有客户"})  # first already has one
    other.sync()
    laptop.sync()

    done = cli(database_url, "offboard", leaver.username, "--spread", branch)
    assert done.returncode == 0, done.stderr
    assert f"{leaver.username} is deactivated" in done.stdout
    assert "5 customers moved with their whole history:" in done.stdout

    with server_db.sessions() as session:
        counts = dict(
            session.execute(
                select(Customer.owner_id, func.count())
                .where(Customer.owner_id.in_([leaver.id, first.id, second.id]))
                .group_by(Customer.owner_id)
            ).all()
        )
        gone = session.get(User, leaver.id)
        assert gone is not None and not gone.active and gone.successor_id in (first.id, second.id)
    # fewest customers first: the one who had none gets three, the other two (3 each now)
    assert counts == {second.id: 3, first.id: 3}

    again = cli(database_url, "offboard", leaver.username, "--to", leaver.username)
    assert again.returncode == 2 and "successor cannot be the leaver" in again.stderr
    missing = cli(database_url, "offboard", "nobody-here", "--to", first.username)
    assert missing.returncode == 2 and "No user named" in missing.stderr
