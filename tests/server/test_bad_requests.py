"""Malformed, mistyped and oversized requests get a clear 4xx JSON answer, never a 500."""

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

LOGIN = "/api/v1/auth/login"


def check(response, status, code):
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert body["code"] == code and body["message"]
    return body


def test_malformed_json(http, server):
    response = http.post(
        f"{server.url}{LOGIN}",
        data=b'{"username": "a", "pass',
        headers={"Content-Type": "application/json"},
        timeout=10,
    )
    check(response, 400, "malformed_json")


def test_wrong_types_name_the_fields(http, server):
    response = http.post(
        f"{server.url}{LOGIN}",
        json={"username": 5, "password": ["x"], "device_name": "d"},
        timeout=10,
    )
    body = check(response, 422, "invalid_request")
    assert {f["field"] for f in body["fields"]} == {"username", "password"}


@pytest.mark.parametrize("payload", [[], "text", 3, None, {"username": "a"}, {"x": 1}])
def test_wrong_shapes(http, server, payload):
    response = http.post(f"{server.url}{LOGIN}", json=payload, timeout=10)
    check(response, 422, "invalid_request")


def test_overlong_fields(http, server):
    response = http.post(
        f"{server.url}{LOGIN}",
        json={"username": "u" * 65, "password": "p", "device_name": "d"},
        timeout=10,
    )
    check(response, 422, "invalid_request")


def test_oversized_body_with_length(http, server):
    body = json.dumps({"username": "a", "password": "x" * 9_000_000, "device_name": "d"})
    check(
        http.post(
            f"{server.url}{LOGIN}",
            data=body,
            headers={"Content-Type": "application/json"},
            timeout=30,
        ),
        413,
        "body_too_large",
    )


def test_oversized_chunked_body(http, server):
    def chunks():
        for _ in range(100):
            yield b"x" * 100_000

    check(
        http.post(
            f"{server.url}{LOGIN}",
            data=chunks(),
            headers={"Content-Type": "application/json"},
            timeout=30,
        ),
        413,
        "body_too_large",
    )


def test_unknown_endpoint_and_method(http, server):
    check(http.get(f"{server.url}/api/v1/nothing-here", timeout=10), 404, "not_found")
    check(http.get(f"{server.url}{LOGIN}", timeout=10), 405, "method_not_allowed")


@pytest.mark.parametrize("header", ["Bearer garbage", "Bearer ", "Basic abc", "garbage"])
def test_bad_authorization_headers(http, server, header):
    response = http.get(
        f"{server.url}/api/v1/auth/me", headers={"Authorization": header}, timeout=10
    )
    assert response.status_code == 401
    assert response.json()["code"] in {"invalid_token", "not_authenticated"}


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=80),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=12,
)
login_like = st.fixed_dictionaries(
    {},
    optional={
        "username": json_values,
        "password": json_values,
        "device_name": json_values,
        "device_id": json_values,
    },
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(payload=json_values | login_like)
def test_any_json_gets_a_json_4xx(http, server, payload):
    for path in (LOGIN, "/api/v1/auth/refresh"):
        response = http.post(f"{server.url}{path}", json=payload, timeout=10)
        assert 400 <= response.status_code < 500, response.text
        assert response.json()["code"]
