"""Item 8 of issue 17: a morning's sign-ins and first downloads at once, zero 500s.

On the old main the default SQLite server answered 37 of 40 simultaneous sign-ins and 7 of 8
simultaneous first downloads with 500 "database is locked": login, refresh and the pull's
bookkeeping wrote in deferred transactions, which SQLite cannot upgrade to writing while
another connection writes. Run on PostgreSQL too.
"""

import threading
import uuid
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests

from server.db import Database
from sync.protocol.entities import Customer, Interaction
from tests.conftest import PASSWORD
from tests.security.robust_http import login
from tests.security.robust_servers import make_users, own_server, server_log_errors
from tests.support.clients import connect

SIGN_INS = 40
DOWNLOADS = 8
CUSTOMERS_EACH = 150


def give_customers(database_url: str, owners: list[str]) -> None:
    database = Database(database_url)
    try:
        with database.transaction() as session:
            for owner in owners:
                for index in range(CUSTOMERS_EACH):
                    customer = Customer(id=str(uuid.uuid4()), name=f"客户 {index}", owner_id=owner)
                    session.add(customer)
                    session.add(Interaction(customer_id=customer.id, subject="拜访", version=1))
    finally:
        database.dispose()


@pytest.mark.slow
def test_40_sign_ins_and_8_first_downloads_at_once(empty_database_url, tmp_path):
    people = make_users(empty_database_url, SIGN_INS, cheap=True)
    reps = make_users(empty_database_url, DOWNLOADS, cheap=True)
    give_customers(empty_database_url, [user_id for _name, user_id in reps])
    with own_server(empty_database_url, tmp_path) as server:
        devices = [
            connect(server.url, name, PASSWORD, tmp_path / f"{name}.sqlite3") for name, _ in reps
        ]
        start = threading.Barrier(SIGN_INS + DOWNLOADS)
        statuses: Counter[int] = Counter()

        def sign_in(name: str) -> None:
            with requests.Session() as http:
                http.trust_env = False
                start.wait()
                body = {"username": name, "password": PASSWORD, "device_name": "morning"}
                answer = http.post(f"{server.url}/api/v1/auth/login", json=body, timeout=120)
                statuses[answer.status_code] += 1

        def first_download(index: int) -> None:
            start.wait()
            devices[index].sync()
            statuses["download"] += 1

        try:
            with ThreadPoolExecutor(SIGN_INS + DOWNLOADS) as pool:
                jobs = [pool.submit(sign_in, name) for name, _ in people]
                jobs += [pool.submit(first_download, index) for index in range(DOWNLOADS)]
                for job in jobs:
                    job.result()
            for device in devices:
                assert len(device.records.find("customer")) == CUSTOMERS_EACH
        finally:
            for device in devices:
                device.close()
        assert statuses == {200: SIGN_INS, "download": DOWNLOADS}
        assert server_log_errors(server) == []


@pytest.mark.slow
def test_simultaneous_refreshes_and_sign_outs(empty_database_url, tmp_path):
    people = make_users(empty_database_url, 24, cheap=True)
    with own_server(empty_database_url, tmp_path) as server, requests.Session() as http:
        http.trust_env = False
        pairs = [login(http, server.url, name, PASSWORD) for name, _ in people]
        start = threading.Barrier(len(pairs))

        def refresh_then_sign_out(pair: dict) -> tuple[int, int]:
            with requests.Session() as own:
                own.trust_env = False
                start.wait()
                body = {"refresh_token": pair["refresh_token"]}
                fresh = own.post(f"{server.url}/api/v1/auth/refresh", json=body, timeout=60)
                token = fresh.json().get("access_token", "")
                out = own.post(
                    f"{server.url}/api/v1/auth/logout",
                    headers={"Authorization": f"Bearer {token}"},
                    timeout=60,
                )
                return fresh.status_code, out.status_code

        with ThreadPoolExecutor(len(pairs)) as pool:
            answers = list(pool.map(refresh_then_sign_out, pairs))
        assert answers == [(200, 204)] * len(pairs)
        assert server_log_errors(server) == []
