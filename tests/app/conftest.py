from pathlib import Path

import pytest

from app.records import Records
from app.replica import Replica


@pytest.fixture
def replica(tmp_path: Path):
    rep = Replica(tmp_path / "replica.sqlite3")
    yield rep
    rep.close()


@pytest.fixture
def records(replica: Replica) -> Records:
    return Records(replica, user_id="00000000-0000-4000-8000-000000000001")
