"""Branch pools: customers nobody contacts return to the branch, and its reps claim them."""

from datetime import timedelta

from sqlalchemy import update

from sync.protocol.entities import Customer
from sync.protocol.enums import Role
from sync.protocol.types import utcnow
from tests.server.test_cli import cli


def _ago(days: int) -> str:
    return (utcnow() - timedelta(days=days)).isoformat()


def test_dormant_customers_return_to_the_pool_and_are_claimed(
    server, server_db, database_url, person, device, api_as, branch
):
    a, c, manager = person(), person(), person(Role.MANAGER)
    outsider = person(in_branch=f"{branch} other")
    laptop_a, laptop_c = device(a), device(c)
    records = laptop_a.records

    def customer(name: str, tier: str, contact_days_ago: int | None, by_someone_else=False):
        row = records.create("customer", {"name": name, "tier": tier})
        if contact_days_ago is not None:
            records.create(
                "interaction",
                {
                    "customer_id": row["id"],
                    "kind": "call",
                    "subject": f"call {name}",
                    "occurred_at": _ago(contact_days_ago),
                    "user_id": manager.id if by_someone_else else a.id,
                },
            )
        return row["id"]

    vip_quiet = customer("大客户 沉睡", "premium", 100)
    busy = customer("普通 活跃", "ordinary", 10)
    vip_recent = customer("大客户 活跃", "premium", 40)
    never = customer("从未联系", "ordinary", 5, by_someone_else=True)
    laptop_a.sync()
    with server_db.transaction() as session:  # created two months ago, never called by A
        session.execute(
            update(Customer)
            .where(Customer.id == never)
            .values(created_at=utcnow() - timedelta(days=60))
        )

    mapi = api_as(manager)
    off = mapi.call("POST", "/admin/pool/sweep")
    assert off.status_code == 403  # managers configure; the sweep is the server's (or an admin's)
    settings = {"enabled": True, "days": {"premium": 90, "ordinary": 30}}
    assert mapi.call("PUT", f"/admin/branches/{branch}/pool", json=settings).status_code == 204
    bad = mapi.call(
        "PUT", f"/admin/branches/{branch}/pool", json={"enabled": True, "days": {"gold": 0}}
    )
    assert bad.status_code == 422

    swept = cli(database_url, "pool-sweep")
    assert swept.returncode == 0, swept.stderr
    assert f"2  returned to the pool of {branch}" in swept.stdout

    laptop_a.sync()
    mine = {r["id"] for r in records.find("customer")}
    assert mine == {busy, vip_recent}

    capi = api_as(c)
    pool = {p["id"] for p in capi.call("GET", "/pool").json()}
    assert pool == {vip_quiet, never}
    assert api_as(outsider).call("GET", "/pool").json() == []
    assert api_as(outsider).call("POST", f"/pool/{vip_quiet}/claim").status_code == 404
    assert capi.call("POST", f"/pool/{vip_quiet}/claim").status_code == 204
    assert api_as(a).call("POST", f"/pool/{vip_quiet}/claim").status_code == 409

    laptop_c.sync()
    assert [r["name"] for r in laptop_c.records.find("customer")] == ["大客户 沉睡"]
    assert len(laptop_c.records.find("interaction")) == 1  # arrives with its history
    history = mapi.call("GET", f"/customers/{vip_quiet}/owners").json()
    assert [(h["from_owner"], h["to_owner"]) for h in history] == [
        (None, c.username),
        (a.username, None),
    ]
