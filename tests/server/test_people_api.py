"""People managed in the app (issue 26, item 1), over real HTTP on SQLite and PostgreSQL: an
administrator adds a person with a one-time password, which signs in to nothing but choosing
one's own; resets a forgotten one; changes role and branch; reactivates. All audited."""

import uuid

from sqlalchemy import select

from server.models import AuditEntry, User
from sync.protocol.enums import Role
from tests.server.test_auth_http import assert_error, login, me


def _admin(http, server, make_account) -> dict[str, str]:
    pair = login(http, server, make_account(Role.ADMIN)).json()
    return {"Authorization": f"Bearer {pair['access_token']}"}


def _post(http, server, path, headers, json=None):
    return http.post(f"{server.url}/api/v1{path}", json=json, headers=headers, timeout=10)


def _password(http, server, username, password, new, device_id=None):
    body = {
        "username": username,
        "password": password,
        "new_password": new,
        "device_name": "new laptop",
        **({"device_id": device_id} if device_id else {}),
    }
    return http.post(f"{server.url}/api/v1/auth/password", json=body, timeout=10)


class Named:
    def __init__(self, username: str, password: str) -> None:
        self.username, self.password = username, password


def _new_person(http, server, admin, role="rep", branch="Shanghai") -> Named:
    username = f"p{uuid.uuid4().hex[:10]}"
    body = {"username": username, "display_name": "周敏 Zhou Min", "role": role, "branch": branch}
    answer = _post(http, server, "/admin/users", admin, body)
    assert answer.status_code == 201, answer.text
    made = answer.json()
    assert made["username"] == username and len(made["password"]) == 14
    return Named(username, made["password"])


def test_a_new_person_must_choose_a_password_before_anything_else(
    http, server, server_db, make_account
):
    make_account()  # the branch exists
    admin = _admin(http, server, make_account)
    person = _new_person(http, server, admin)

    assert_error(login(http, server, person), 403, "password_change_required")
    weak = _password(http, server, person.username, person.password, "short")
    assert weak.status_code == 422
    same = _password(http, server, person.username, person.password, person.password)
    assert_error(same, 422, "same_password")
    wrong = _password(http, server, person.username, "not it at all", "my own secret 1")
    assert_error(wrong, 401, "invalid_credentials")

    changed = _password(http, server, person.username, person.password, "my own secret 1")
    assert changed.status_code == 200, changed.text
    pair = changed.json()
    assert me(http, server, pair["access_token"]).json()["display_name"] == "周敏 Zhou Min"
    assert_error(login(http, server, person), 401, "invalid_credentials")  # one time only
    assert login(http, server, person, password="my own secret 1").status_code == 200

    with server_db.sessions() as session:
        user = session.scalar(select(User).where(User.username == person.username))
        actions = session.scalars(
            select(AuditEntry.action).where(AuditEntry.row_id == user.id)
        ).all()
        own = session.scalars(select(AuditEntry.action).where(AuditEntry.user_id == user.id))
        assert "user_created" in actions
        assert {"login_password_change_required", "password_changed", "login"} <= set(own)


def test_a_reset_signs_out_everywhere_and_gives_a_new_one_time_password(http, server, make_account):
    admin = _admin(http, server, make_account)
    account = make_account()
    pair = login(http, server, account).json()
    reset = _post(http, server, f"/admin/users/{account.username}/password-reset", admin)
    assert reset.status_code == 200, reset.text
    one_time = reset.json()["password"]
    assert_error(me(http, server, pair["access_token"]), 401, "token_revoked")
    assert_error(login(http, server, account), 401, "invalid_credentials")
    assert_error(login(http, server, account, password=one_time), 403, "password_change_required")
    assert _password(http, server, account.username, one_time, "fresh secret 22").status_code == 200

    own = _post(http, server, "/admin/users/nobody-here/password-reset", admin)
    assert_error(own, 404, "user_not_found")


def test_role_and_branch_changes_and_reactivation(http, server, server_db, make_account):
    admin = _admin(http, server, make_account)
    make_account(branch="Beijing")
    rep = make_account()
    url = f"{server.url}/api/v1/admin/users/{rep.username}"

    moved = http.patch(url, json={"branch": "Beijing"}, headers=admin, timeout=10)
    assert moved.status_code == 204, moved.text
    nowhere = http.patch(url, json={"branch": "Atlantis"}, headers=admin, timeout=10)
    assert_error(nowhere, 404, "branch_not_found")
    promoted = http.patch(url, json={"role": "manager"}, headers=admin, timeout=10)
    assert promoted.status_code == 204
    with server_db.sessions() as session:
        user = session.scalar(select(User).where(User.username == rep.username))
        assert user.role == "manager" and user.branch_id is not None

    deactivated = _post(http, server, f"/admin/users/{rep.username}/deactivate", admin)
    assert deactivated.status_code == 204
    assert_error(login(http, server, rep), 403, "account_disabled")
    back = _post(http, server, f"/admin/users/{rep.username}/reactivate", admin)
    assert back.status_code == 204
    assert login(http, server, rep).status_code == 200
    again = _post(http, server, f"/admin/users/{rep.username}/reactivate", admin)
    assert_error(again, 409, "already_active")
    with server_db.sessions() as session:
        actions = session.scalars(
            select(AuditEntry.action).where(AuditEntry.row_id == user.id)
        ).all()
    assert {"user_changed", "user_deactivated", "user_reactivated"} <= set(actions)


def test_only_administrators_manage_people(http, server, make_account):
    manager = login(http, server, make_account(Role.MANAGER)).json()
    headers = {"Authorization": f"Bearer {manager['access_token']}"}
    body = {"username": "sneaky.one", "display_name": "x", "role": "admin"}
    assert_error(_post(http, server, "/admin/users", headers, body), 403, "forbidden")
    rep = make_account()
    reset = _post(http, server, f"/admin/users/{rep.username}/password-reset", headers)
    assert reset.status_code == 403


def test_nobody_changes_their_own_role(http, server, make_account):
    """An administrator cannot demote themselves by a slip (so the company always keeps one);
    another administrator can."""
    first, second = make_account(Role.ADMIN), make_account(Role.ADMIN)
    url = f"{server.url}/api/v1/admin/users/{first.username}"
    body = {"role": "rep", "branch": "Shanghai"}
    own = _admin_headers(http, server, first)
    assert_error(http.patch(url, json=body, headers=own, timeout=10), 409, "own_role")
    other = _admin_headers(http, server, second)
    assert http.patch(url, json=body, headers=other, timeout=10).status_code == 204


def _admin_headers(http, server, account) -> dict[str, str]:
    pair = login(http, server, account).json()
    return {"Authorization": f"Bearer {pair['access_token']}"}
