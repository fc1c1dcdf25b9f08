"""Issue 17, items 3 and 4: nobody writes past their scope.

Item 3: a personal task (no customer) is its assignee's (or, unassigned, its author's):
nobody else may edit or delete it by its id, and a rep cannot assign one to someone of
another branch (it would land in that person's replica).

Item 4: every reference a new row makes (`branch_id`, `owner_id`, `assignee_id`,
`related_customer_id`, `contact_id`) must exist and lie within the author's scope.
"""

from sqlalchemy import select

from server.models import User
from sync.protocol.entities import Customer, Relation, Task
from tests.security.actors import new_id


def _branch_id(server_db, actor) -> str:
    with server_db.sessions() as session:
        return session.scalar(select(User.branch_id).where(User.id == actor.id))


def test_a_personal_task_is_only_its_owners(branches, server_db):
    owner, stranger = branches.rep_y, branches.rep_x
    task = owner.create(
        "task", {"title": "私人: 体检", "notes": "private", "assignee_id": owner.id}
    )
    unassigned = owner.create("task", {"title": "私人: 未分配"})
    for row_id in (task, unassigned):
        for who in (stranger, branches.mgr_x, branches.rep_x2):
            edit = who.one("task", row_id, changes={"title": "hijacked", "done": True})
            assert (edit["status"], edit["reason"], edit["row"]) == ("rejected", "not_found", None)
            delete = who.one("task", row_id, "delete")
            assert (delete["status"], delete["row"]) == ("rejected", None)
    with server_db.sessions() as session:
        for row_id in (task, unassigned):
            row = session.get(Task, row_id)
            assert row.title.startswith("私人") and row.deleted_at is None and not row.done

    # the owner still edits and deletes it, and the unassigned one is its author's
    assert (
        owner.one("task", task, changes={"done": True}, base={"done": False})["status"] == "applied"
    )
    assert owner.one("task", unassigned, "delete")["status"] == "applied"


def test_a_rep_cannot_assign_a_task_to_another_branch(branches):
    rep = branches.rep_x
    foreign = rep.one(
        "task", new_id(), "create", {"title": "去北京办事", "assignee_id": branches.rep_y.id}
    )
    assert (foreign["status"], foreign["reason"]) == ("rejected", "forbidden")
    nobody = rep.one("task", new_id(), "create", {"title": "幽灵", "assignee_id": new_id()})
    assert nobody["status"] == "rejected"
    assert "去北京办事" not in branches.rep_y.pull()["text"]

    # nor move one there afterwards
    own = rep.create("task", {"title": "自己的", "assignee_id": rep.id})
    moved = rep.one("task", own, changes={"assignee_id": branches.rep_y.id})
    assert moved["status"] == "rejected"
    assert own not in branches.rep_y.ids(branches.rep_y.pull(), "task")

    # a colleague of the same branch is fine, and the task is theirs to edit
    shared = rep.create("task", {"title": "帮忙拜访", "assignee_id": branches.rep_x2.id})
    assert shared in branches.rep_x2.ids(branches.rep_x2.pull(), "task")
    assert (
        branches.rep_x2.one("task", shared, changes={"done": True}, base={"done": False})["status"]
        == "applied"
    )


def test_a_new_customer_stays_in_the_authors_branch(branches, server_db):
    rep, y_branch = branches.rep_x, _branch_id(server_db, branches.rep_y)
    row_id = new_id()
    result = rep.one("customer", row_id, "create", {"name": "跨区客户", "branch_id": y_branch})
    assert (result["status"], result["reason"]) == ("rejected", "forbidden")
    for changes in (
        {"name": "无此分行", "branch_id": new_id()},
        {"name": "别人的", "owner_id": branches.rep_y.id},
        {"name": "同事的", "owner_id": branches.rep_x2.id},
    ):
        assert rep.one("customer", new_id(), "create", changes)["status"] == "rejected"
    with server_db.sessions() as session:
        assert session.get(Customer, row_id) is None
    assert "跨区客户" not in branches.mgr_y.pull()["text"]

    # a manager creates customers for the branches they answer for, not for others
    manager = branches.mgr_x
    x_branch = _branch_id(server_db, manager)
    for_rep = {"name": "给同事", "owner_id": branches.rep_x2.id, "branch_id": x_branch}
    assert manager.one("customer", new_id(), "create", for_rep)["status"] == "applied"
    elsewhere = {"name": "别的分行", "branch_id": y_branch}
    assert manager.one("customer", new_id(), "create", elsewhere)["status"] == "rejected"


def test_references_of_a_new_row_exist_and_are_in_scope(branches, server_db):
    rep, other = branches.rep_x, branches.rep_y
    mine = rep.create("customer", {"name": "我的客户"})
    theirs = other.create("customer", {"name": "他的客户"})
    their_contact = other.create("contact", {"customer_id": theirs, "name": "他的联系人"})
    refused = {
        "relation to another branch's customer": (
            "relation",
            {"customer_id": mine, "kind": "referrer", "related_customer_id": theirs},
        ),
        "relation to nobody": (
            "relation",
            {"customer_id": mine, "kind": "referrer", "related_customer_id": new_id()},
        ),
        "interaction with a contact of another customer": (
            "interaction",
            {"customer_id": mine, "subject": "拜访", "contact_id": their_contact},
        ),
        "interaction with a contact that does not exist": (
            "interaction",
            {"customer_id": mine, "subject": "拜访", "contact_id": new_id()},
        ),
        "opportunity owned by another branch's rep": (
            "opportunity",
            {"customer_id": mine, "title": "单子", "owner_id": other.id},
        ),
        "service request assigned to another branch": (
            "service_request",
            {"customer_id": mine, "subject": "投诉", "assignee_id": branches.mgr_y.id},
        ),
        "service request assigned to nobody known": (
            "service_request",
            {"customer_id": mine, "subject": "投诉", "assignee_id": new_id()},
        ),
    }
    for what, (entity, changes) in refused.items():
        result = rep.one(entity, new_id(), "create", changes)
        assert result["status"] == "rejected", what
        assert result["row"] is None, what

    # an update may not point an existing row elsewhere either
    relation = rep.create(
        "relation", {"customer_id": mine, "kind": "referrer", "related_name": "张"}
    )
    moved = rep.one("relation", relation, changes={"related_customer_id": theirs})
    assert moved["status"] == "rejected"
    with server_db.sessions() as session:
        assert session.get(Relation, relation).related_customer_id is None

    # references within scope are fine
    contact = rep.create("contact", {"customer_id": mine, "name": "我的联系人"})
    ok = {
        "relation": {
            "customer_id": mine,
            "kind": "referrer",
            "related_customer_id": rep.create("customer", {"name": "我的另一个客户"}),
        },
        "interaction": {"customer_id": mine, "subject": "拜访", "contact_id": contact},
        "opportunity": {"customer_id": mine, "title": "单子", "owner_id": rep.id},
        "service_request": {
            "customer_id": mine,
            "subject": "咨询",
            "assignee_id": branches.rep_x2.id,
        },
    }
    for entity, changes in ok.items():
        assert rep.one(entity, new_id(), "create", changes)["status"] == "applied", entity
