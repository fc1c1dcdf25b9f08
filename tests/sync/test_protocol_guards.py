"""Old clients, admins and bad cursors get a clear answer; nothing local is lost."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from sync.client.errors import ServerRefused
from sync.client.http import PROTOCOL_HEADER
from sync.protocol.enums import Role


def test_too_old_client_is_asked_to_upgrade_and_keeps_its_outbox(client_for):
    client = client_for()
    client.records.create("customer", {"name": "Acme"})
    client.sync()
    client.records.create("customer", {"name": "Beta"})
    client.api._http.headers[PROTOCOL_HEADER] = "0"
    with pytest.raises(ServerRefused) as refused:
        client.sync()
    assert refused.value.code == "upgrade_required" and refused.value.status == 426
    assert client.engine.status().state == "error"
    assert client.engine.status().error_code == "upgrade_required"
    assert client.records.pending_count() == 1


def test_admin_has_no_replica(client_for):
    admin = client_for(role=Role.ADMIN)
    with pytest.raises(ServerRefused) as refused:
        admin.sync()
    assert refused.value.code == "no_replica"


@pytest.mark.parametrize("cursor", ["nonsense", "1:99:x", "-1:0:a"])
def test_bad_cursor_is_a_clear_refusal(client_for, cursor):
    client = client_for()
    with pytest.raises(ServerRefused) as refused:
        client.api.pull(client.token, {"cursor": cursor})
    # the cursor's form is in the OpenAPI (issue 17, Schemathesis): a malformed request
    assert (refused.value.status, refused.value.code) == (422, "invalid_request")


def test_unreachable_server_leaves_everything_in_place(client_for):
    client = client_for()
    client.records.create("customer", {"name": "Acme"})
    client.api.base_url = "http://127.0.0.1:9"
    with pytest.raises(Exception) as failure:
        client.sync()
    assert getattr(failure.value, "code", "") == "server_unreachable"
    status = client.engine.status()
    assert (status.state, status.pending) == ("offline", 1)
    assert client.engine.next_delay() <= 30


class _Portal(BaseHTTPRequestHandler):
    """A hotel Wi-Fi login page: answers every request with 200 and HTML."""

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        body = b"<html><body>Please sign in to the Wi-Fi</body></html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


def test_an_answer_that_is_not_json_is_a_clear_error_and_loses_nothing(client_for):
    client = client_for()
    client.records.create("customer", {"name": "Acme"})
    portal = ThreadingHTTPServer(("127.0.0.1", 0), _Portal)
    threading.Thread(target=portal.serve_forever, daemon=True).start()
    try:
        client.api.base_url = f"http://127.0.0.1:{portal.server_address[1]}"
        with pytest.raises(ServerRefused) as refused:
            client.sync()
    finally:
        portal.shutdown()
        portal.server_close()
    assert refused.value.code == "bad_answer"
    assert "could not be read" in str(refused.value)
    assert client.records.pending_count() == 1
    assert client.engine.status().error_code == "bad_answer"


class _WrongShape(_Portal):
    """A server of another make that answers JSON, but not the objects Outpost expects."""

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        body = b'["ok"]'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def test_json_of_the_wrong_shape_is_a_clear_error_and_loses_nothing(client_for):
    client = client_for()
    client.records.create("customer", {"name": "Acme"})
    other = ThreadingHTTPServer(("127.0.0.1", 0), _WrongShape)
    threading.Thread(target=other.serve_forever, daemon=True).start()
    try:
        client.api.base_url = f"http://127.0.0.1:{other.server_address[1]}"
        with pytest.raises(ServerRefused) as refused:
            client.sync()
    finally:
        other.shutdown()
        other.server_close()
    assert refused.value.code == "bad_answer"
    assert "list where an object was expected" in str(refused.value)
    assert client.records.pending_count() == 1
