"""Every endpoint, every role, own and foreign data: allowed, or 403/404 — never a leak.

Two branches (X and Y), each with a rep and a manager, and an administrator. Each case is
(who, request, expected status); listing answers are also searched for the other branch's
ids, which must never appear.
"""

import json
import uuid
from dataclasses import dataclass

from sqlalchemy import select

from server.models import ReviewItem
from sync.protocol.enums import Role

PROTOCOL = {"X-Outpost-Protocol": "99"}


@dataclass
class World:
    people: dict
    customers: dict
    items: dict
    branches: dict


def _customer(device) -> str:
    row = device.records.create("customer", {"name": f"客户 {uuid.uuid4().hex[:6]}"})
    device.sync()
    return row["id"]


def _review_item(device, customer_id: str, server_db) -> int:
    """A push the server refuses (changing the owner directly) lands in the review queue."""
    device.records.update("customer", customer_id, {"owner_id": str(uuid.uuid4())})
    device.sync()
    with server_db.sessions() as session:
        return session.scalar(
            select(ReviewItem.id)
            .where(ReviewItem.row_id == customer_id)
            .order_by(ReviewItem.id.desc())
        )


def _world(person, device, server_db) -> World:
    bx, by = f"X {uuid.uuid4().hex[:6]}", f"Y {uuid.uuid4().hex[:6]}"
    people = {
        "rep_x": person(in_branch=bx),
        "rep_x2": person(in_branch=bx),
        "mgr_x": person(Role.MANAGER, in_branch=bx),
        "rep_y": person(in_branch=by),
        "rep_y2": person(in_branch=by),
        "mgr_y": person(Role.MANAGER, in_branch=by),
        "admin": person(Role.ADMIN),
    }
    dx, dy = device(people["rep_x"]), device(people["rep_y"])
    customers = {"x": _customer(dx), "y": _customer(dy)}
    items = {
        "x": _review_item(dx, _customer(dx), server_db),
        "y": _review_item(dy, _customer(dy), server_db),
    }
    return World(people, customers, items, {"x": bx, "y": by})


def _cases(w: World, fresh) -> list[tuple[str, str, str, dict | None, set[int]]]:
    cx, cy = w.customers["x"], w.customers["y"]
    ix, iy = w.items["x"], w.items["y"]
    p = w.people
    rows_x = {"entity": "customer", "ids": [cx]}
    rows_y = {"entity": "customer", "ids": [cy]}
    pull = {"cursor": "", "limit": 100}
    cases = []
    for who in ("rep_x", "mgr_x", "admin"):
        cases += [(who, "GET", "/auth/me", None, {200}), (who, "GET", "/directory", None, {200})]
    for who in ("rep_x", "mgr_x"):
        cases += [
            (who, "POST", "/sync/pull", pull, {200}),
            (who, "GET", "/sync/versions/customer", None, {200}),
            (who, "POST", "/sync/rows", rows_x, {200}),
            (who, "POST", "/sync/rows", rows_y, {200}),  # answered, but empty (checked below)
            (who, "GET", f"/customers/{cx}/owners", None, {200}),
            (who, "GET", f"/customers/{cy}/owners", None, {404}),
        ]
    cases += [
        ("admin", "POST", "/sync/pull", pull, {403}),
        ("admin", "POST", "/sync/rows", rows_x, {403}),
        ("admin", "GET", f"/customers/{cy}/owners", None, {200}),
        # reassignment
        (
            "rep_x",
            "POST",
            "/customers/reassign",
            {"customer_ids": [cx], "to_username": p["rep_x2"].username},
            {403},
        ),
        (
            "mgr_x",
            "POST",
            "/customers/reassign",
            {"customer_ids": [cy], "to_username": p["rep_x2"].username},
            {404},
        ),
        (
            "mgr_x",
            "POST",
            "/customers/reassign",
            {"customer_ids": [cx], "to_username": p["rep_y2"].username},
            {403},
        ),
        (
            "mgr_x",
            "POST",
            "/customers/reassign",
            {"customer_ids": [cx], "to_username": p["rep_x2"].username},
            {200},
        ),
        (
            "admin",
            "POST",
            "/customers/reassign",
            {"customer_ids": [cy], "to_username": p["rep_y2"].username},
            {200},
        ),
        # people and branches
        ("rep_x", "GET", "/admin/users", None, {403}),
        ("mgr_x", "GET", "/admin/users", None, {200}),
        ("admin", "GET", "/admin/users", None, {200}),
        ("rep_x", "GET", "/admin/branches", None, {403}),
        ("mgr_x", "GET", "/admin/branches", None, {200}),
        (
            "mgr_x",
            "PUT",
            f"/admin/users/{p['mgr_x'].username}/managed-branches",
            {"branches": [w.branches["y"]]},
            {403},
        ),
        ("rep_x", "POST", f"/admin/users/{fresh('x')}/deactivate", None, {403}),
        ("mgr_x", "POST", f"/admin/users/{fresh('x')}/deactivate", None, {403}),
        ("admin", "POST", f"/admin/users/{fresh('x')}/deactivate", None, {204}),
        # offboarding
        (
            "rep_x",
            "POST",
            f"/admin/users/{fresh('x')}/offboard",
            {"to_username": p["rep_x2"].username},
            {403},
        ),
        (
            "mgr_x",
            "POST",
            f"/admin/users/{fresh('y')}/offboard",
            {"to_username": p["rep_y2"].username},
            {403},
        ),
        (
            "mgr_x",
            "POST",
            f"/admin/users/{fresh('x')}/offboard",
            {"to_username": p["rep_y2"].username},
            {403},
        ),
        (
            "mgr_x",
            "POST",
            f"/admin/users/{fresh('x')}/offboard",
            {"to_username": p["rep_x2"].username},
            {200},
        ),
        (
            "admin",
            "POST",
            f"/admin/users/{fresh('y')}/offboard",
            {"spread_branch": w.branches["y"]},
            {200},
        ),
        # review queue
        ("rep_x", "GET", "/admin/review", None, {403}),
        ("mgr_x", "GET", "/admin/review", None, {200}),
        ("rep_x", "POST", f"/admin/review/{ix}/discard", {}, {403}),
        ("mgr_x", "POST", f"/admin/review/{iy}/discard", {}, {404}),
        ("mgr_x", "POST", f"/admin/review/{iy}/apply", {}, {404}),
        ("mgr_x", "POST", f"/admin/review/{ix}/discard", {"note": "not needed"}, {200}),
        ("mgr_y", "POST", f"/admin/review/{ix}/discard", {}, {404}),
        ("admin", "POST", f"/admin/review/{iy}/discard", {}, {200}),
        # audit log
        ("rep_x", "GET", "/admin/audit", None, {403}),
        ("mgr_x", "GET", "/admin/audit", None, {403}),
        ("mgr_x", "GET", "/admin/audit.csv", None, {403}),
        ("admin", "GET", "/admin/audit", None, {200}),
        ("admin", "GET", "/admin/audit.csv", None, {200}),
        # a departed device's hand-over needs a closed account's token
        (
            "rep_x",
            "POST",
            "/sync/surrender",
            {"refresh_token": "opr_guess", "mutations": []},
            {401},
        ),
    ]
    return cases


def test_authorization_matrix(server, server_db, person, device, api_as):
    world = _world(person, device, server_db)
    apis = {who: api_as(account) for who, account in world.people.items()}

    def fresh(branch_key: str) -> str:
        return person(in_branch=world.branches[branch_key]).username

    foreign_ids = {world.customers["y"], world.people["rep_y"].id, world.people["mgr_y"].id}
    failures = []
    for who, method, path, body, expected in _cases(world, fresh):
        answer = apis[who].call(method, path, json=body, headers=PROTOCOL)
        if answer.status_code not in expected:
            failures.append(f"{who} {method} {path}: {answer.status_code} {answer.text[:120]}")
            continue
        if who.endswith("_x") and answer.status_code == 200:
            leaked = [i for i in foreign_ids if i in answer.text]
            if leaked and not path.startswith("/customers/reassign"):
                failures.append(f"{who} {method} {path}: leaks {leaked} of branch Y")
    assert failures == []
    rows = apis["rep_x"].call(
        "POST",
        "/sync/rows",
        json={"entity": "customer", "ids": [world.customers["y"]]},
        headers=PROTOCOL,
    )
    assert rows.json() == []
    people = {p["username"] for p in apis["mgr_x"].call("GET", "/admin/users").json()}
    assert world.people["rep_x"].username in people and world.people["rep_y"].username not in people
    everyone = {p["username"] for p in apis["admin"].call("GET", "/admin/users").json()}
    assert world.people["rep_y"].username in everyone
    assert json.loads(apis["mgr_y"].call("GET", "/admin/review").text) == []
