"""Branches managed in the app (issue 26, item 2), over real HTTP with real replicas: an
administrator opens, renames and merges branches; a merge moves the branch's customers
(owners unchanged) onto the other branch's manager's replica, and its people, pool and the
managers who answered for it follow."""

import uuid

import pytest
from sqlalchemy import select

from server.models import AuditEntry, Branch, BranchPool, ManagedBranch
from sync.client.errors import ServerRefused
from sync.protocol.enums import Role
from tests.app.test_admin import Team, customers

pytestmark = pytest.mark.parametrize("database_url", ["sqlite", "postgres"], indirect=True)


@pytest.fixture
def team(server, server_db, tmp_path):
    made = Team(server.url, server_db, tmp_path)
    yield made
    made.close()


def _names(device) -> set[str]:
    return {row["id"] for row in device.records.find("customer")}


def test_an_administrator_opens_renames_and_merges_branches(team: Team, server_db):
    admin = team.admin_for(team.person(Role.ADMIN))
    old, new = f"旧 {uuid.uuid4().hex[:6]}", f"新 {uuid.uuid4().hex[:6]}"
    made = admin.add_branch(old, "苏州")
    assert (made.name, made.city) == (old, "苏州")
    with pytest.raises(ServerRefused) as taken:
        admin.add_branch(old)
    assert taken.value.code == "branch_exists"
    admin.add_branch(new, "上海")
    admin.change_branch(old, new_name=old + " 办", city="无锡")
    old += " 办"
    listed = {b.name: b.city for b in admin.branches()}
    assert listed[old] == "无锡" and listed[new] == "上海"

    rep = team.person(branch=old)
    boss_old = team.person(Role.MANAGER, branch=old)
    boss_new = team.person(Role.MANAGER, branch=new)
    elsewhere = team.person(Role.MANAGER)  # the team's own branch, answering for `old` too
    admin.set_managed_branches(elsewhere.username, [old])
    book = set(customers(laptop := team.device(rep), "苏州", "无锡"))
    watcher = team.device(elsewhere)
    watcher.sync()
    assert book <= _names(watcher)
    with server_db.transaction() as session:
        branch_id = session.scalar(select(Branch.id).where(Branch.name == old))
        session.add(BranchPool(branch_id=branch_id, enabled=True, days={"ordinary": 90}))

    merged = admin.merge_branch(old, new)
    assert (merged.customers, merged.people) == (2, 2)
    assert old not in {b.name for b in admin.branches()}

    newcomer = team.device(boss_new)
    newcomer.sync()
    assert book <= _names(newcomer)  # the merged branch's customers, on the new manager's
    laptop.sync()
    assert book <= _names(laptop)  # owners unchanged: the rep keeps them
    moved = team.device(boss_old)  # the old branch's manager now works in the new one
    moved.sync()
    assert book <= _names(moved)
    watcher.sync()
    assert book <= _names(watcher)  # who answered for the old office answers for the merged one
    with server_db.sessions() as session:
        new_id = session.scalar(select(Branch.id).where(Branch.name == new))
        managed = set(
            session.scalars(
                select(ManagedBranch.branch_id).where(ManagedBranch.user_id == elsewhere.id)
            )
        )
        assert new_id in managed  # they answer for the merged office now
        assert session.get(BranchPool, new_id).days == {"ordinary": 90}
        actions = session.scalars(select(AuditEntry.action).where(AuditEntry.row_id == new_id))
        assert {"branch_created", "branch_merged"} <= set(actions)


def test_merging_needs_two_branches_and_an_administrator(team: Team):
    admin = team.admin_for(team.person(Role.ADMIN))
    team.person()  # the team's branch exists
    with pytest.raises(ServerRefused) as same:
        admin.merge_branch(team.branch, team.branch)
    assert same.value.code == "same_branch"
    with pytest.raises(ServerRefused) as missing:
        admin.merge_branch(team.branch, "没有这个分公司")
    assert missing.value.code == "branch_not_found"
    manager = team.admin_for(team.person(Role.MANAGER))
    with pytest.raises(ServerRefused) as forbidden:
        manager.add_branch(f"x {uuid.uuid4().hex[:6]}")
    assert forbidden.value.status == 403
