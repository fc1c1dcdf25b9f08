"""Item 10 and part of 11 of issue 17: a request has a total deadline, `abort()` cuts the one
under way, and a certificate problem is reported as one (not as "cannot reach the server").

The dripping server sends a valid start of an answer, then one byte every 0.2 s: each wait
for bytes is short, so `requests`' timeout never fires; on the old main a sync round against
it ran for minutes and `abort()` could not stop it.
"""

import shutil
import socket
import ssl
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.replica import Replica
from sync.client.engine import SyncEngine
from sync.client.errors import CertificateProblem, ServerUnreachable, SyncAborted
from sync.client.http import ServerApi


class Dripper:
    """A server that accepts, reads the request, then answers one byte at a time."""

    def __init__(self, *, in_headers: bool = False) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.in_headers = in_headers
        self.dripping = threading.Event()
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._drip, args=(conn,), daemon=True).start()

    def _drip(self, conn: socket.socket) -> None:
        with conn:
            conn.recv(65536)
            head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
            body = b'{"status": "ok", "padding": "' + b"x" * 10_000 + b'"}'
            head += b"Content-Length: %d\r\n\r\n" % len(body)
            if not self.in_headers:
                conn.sendall(head)
                head = b""
            for byte in head + body:
                self.dripping.set()
                if self.stop.wait(0.2):
                    return
                try:
                    conn.sendall(bytes([byte]))
                except OSError:
                    return  # the client hung up: what the deadline and abort must do

    def close(self) -> None:
        self.stop.set()
        self.sock.close()


@pytest.fixture
def dripper() -> Iterator[Dripper]:
    server = Dripper()
    yield server
    server.close()


@pytest.mark.timeout(60)
@pytest.mark.parametrize("in_headers", [False, True])
def test_a_dripping_answer_ends_at_the_deadline(in_headers):
    server = Dripper(in_headers=in_headers)
    api = ServerApi(server.url, timeout=5, deadline=2)
    try:
        with pytest.raises(ServerUnreachable) as caught:
            api.health()
        assert caught.value.code == "server_timeout"
        assert "did not finish answering within 2 seconds" in caught.value.message
    finally:
        api.close()
        server.close()


@pytest.mark.timeout(60)
def test_abort_stops_a_round_stuck_in_a_dripping_pull(dripper, tmp_path):
    replica = Replica(tmp_path / "replica.sqlite3")
    engine = SyncEngine(replica, ServerApi(dripper.url, timeout=5), lambda: "token")
    outcome: list[BaseException] = []

    def round_() -> None:
        try:
            engine.sync_now()
        except BaseException as exc:
            outcome.append(exc)

    worker = threading.Thread(target=round_)
    worker.start()
    try:
        assert dripper.dripping.wait(30)
        engine.abort()
        worker.join(30)
        assert not worker.is_alive()
        assert len(outcome) == 1 and isinstance(outcome[0], SyncAborted)
    finally:
        dripper.close()
        worker.join(30)
        engine.api.close()
        replica.close()


@pytest.fixture
def self_signed_server(tmp_path: Path) -> Iterator[str]:
    """An HTTPS listener whose certificate no CA signed."""
    if shutil.which("openssl") is None:
        pytest.skip("needs the openssl command")
    subprocess.run(
        [
            "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
            "-keyout", "key.pem", "-out", "cert.pem", "-subj", "/CN=127.0.0.1",
            "-addext", "subjectAltName=IP:127.0.0.1",
        ],
        cwd=tmp_path, check=True, capture_output=True,
    )  # fmt: skip
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(tmp_path / "cert.pem", tmp_path / "key.pem")
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]

    def serve() -> None:
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            try:
                with context.wrap_socket(conn, server_side=True):
                    pass
            except (ssl.SSLError, OSError):
                pass  # the client refuses the certificate: what the test wants

    threading.Thread(target=serve, daemon=True).start()
    yield f"https://127.0.0.1:{port}"
    listener.close()


def test_a_certificate_problem_is_named_as_one(self_signed_server):
    api = ServerApi(self_signed_server, timeout=5)
    try:
        with pytest.raises(CertificateProblem) as caught:
            api.health()
    finally:
        api.close()
    assert caught.value.code == "certificate_error"
    assert "certificate could not be verified" in caught.value.message
    assert "self-signed" in caught.value.message
    assert "Cannot reach" not in caught.value.message
