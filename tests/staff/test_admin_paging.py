"""The review queue and the audit log at company size (issue 26, item 5), over HTTP on both
databases: pages taken by key cover every item once, filters (author, branch, entity, reason,
date) narrow them, the audit log's actions are the ones it holds, and bad filters are 422."""

import uuid
from datetime import timedelta

from server import audit
from server.models import AuditEntry, ReviewItem
from sync.protocol.enums import Role
from sync.protocol.types import utcnow


def _item(author_id: str, n: int, *, entity="customer", reason="forbidden", days_ago=0):
    return ReviewItem(
        user_id=author_id,
        device_id=str(uuid.uuid4()),
        seq=n,
        entity=entity,
        row_id=str(uuid.uuid4()),
        op="update",
        changes={"notes": f"第{n}条"},
        base={},
        reason=reason,
        message="refused",
        at=utcnow() - timedelta(days=days_ago),
    )


def _all_pages(api, query: str, size: int) -> list[list[int]]:
    pages, after = [], None
    while True:
        key = f"&after={after}" if after is not None else ""
        answer = api.call("GET", f"/admin/review?limit={size}{query}{key}")
        assert answer.status_code == 200, answer.text
        page = [item["id"] for item in answer.json()]
        if not page:
            return pages
        pages.append(page)
        after = page[-1]


def test_review_queue_pages_and_filters(server_db, person, api_as, branch):
    a, b = person(), person()
    other = person(in_branch=f"{branch} far")
    manager, admin = person(Role.MANAGER), person(Role.ADMIN)
    with server_db.transaction() as session:
        for n in range(12):
            session.add(_item(a.id, n, days_ago=n))
        for n in range(5):
            session.add(_item(b.id, n, entity="task", reason="invalid"))
        session.add(_item(other.id, 0))
    api = api_as(manager)

    pages = _all_pages(api, "", 5)
    ids = [i for page in pages for i in page]
    assert [len(p) for p in pages] == [5, 5, 5, 2]  # the far branch is not the manager's
    assert ids == sorted(ids) and len(set(ids)) == 17  # oldest first, each once

    def count(query: str, who=api) -> int:
        return sum(len(p) for p in _all_pages(who, query, 4))

    assert count(f"&author={a.username}") == 12
    assert count(f"&author={a.username.upper()}&entity=customer&reason=forbidden") == 12
    assert count("&entity=task") == 5 and count("&reason=invalid") == 5
    week = (utcnow() - timedelta(days=7, hours=1)).isoformat().replace("+00:00", "Z")
    assert count(f"&author={a.username}&since={week}") == 8  # 0-7 days ago
    assert count(f"&until={week}") == 4
    assert count(f"&branch={branch}") == 17
    admin_api = api_as(admin)
    assert count(f"&branch={branch} far", admin_api) == 1
    assert count("&branch=nowhere", admin_api) == 0 and count("&author=nobody", admin_api) == 0

    for bad in (
        "entity=customers",
        "reason=Forbidden",
        "limit=0",
        "limit=501",
        "after=-1",
        "author=a%20b",
        "since=yesterday",
    ):
        answer = api.call("GET", f"/admin/review?{bad}")
        assert answer.status_code == 422, (bad, answer.text)


def test_audit_log_pages_by_key_and_lists_its_actions(server_db, person, api_as):
    admin, rep = person(Role.ADMIN), person()
    action = f"test_{uuid.uuid4().hex[:6]}"
    with server_db.transaction() as session:
        for n in range(7):
            audit.record(session, action, user_id=rep.id, n=n)
    api = api_as(admin)

    seen, before = [], None
    while True:
        key = f"&before={before}" if before else ""
        answer = api.call("GET", f"/admin/audit?action={action}&limit=3{key}")
        assert answer.status_code == 200, answer.text
        page = answer.json()
        if not page:
            break
        seen += [row["detail"]["n"] for row in page]
        before = page[-1]["id"]
    assert seen == [6, 5, 4, 3, 2, 1, 0]
    mine = api.call("GET", f"/admin/audit?username={rep.username.upper()}&limit=100").json()
    assert [row["action"] for row in mine] == [action] * 7

    actions = api.call("GET", "/admin/audit/actions")
    assert actions.status_code == 200
    listed = actions.json()["actions"]
    with server_db.sessions() as session:
        from sqlalchemy import select

        held = sorted(set(session.scalars(select(AuditEntry.action))))
    assert listed == held and action in listed and "login" in listed
    assert api_as(rep).call("GET", "/admin/audit/actions").status_code == 403
    assert api.call("GET", "/admin/audit?before=0").status_code == 422
