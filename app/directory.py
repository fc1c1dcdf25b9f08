"""The colleagues the user may hand work to, as last fetched from the server.

The list lives in the replica's Meta table, so names and the reassign choices work
offline; `app.syncing` refreshes it after a sync round every few minutes.
"""

import logging
import threading
from datetime import datetime
from typing import ClassVar

from pydantic import TypeAdapter, ValidationError
from sqlalchemy import select

from sync.client.http import ServerApi
from sync.protocol.staff import Colleague
from sync.protocol.types import utcnow

from .local_tables import Meta
from .replica import Replica
from .search_keys import sort_key

log = logging.getLogger(__name__)

PEOPLE, FETCHED_AT = "directory.people", "directory.fetched_at"
_KEPT = TypeAdapter(list[Colleague])  # as kept in the replica: the server's answer itself


class Directory:
    """Reads are served from memory; a refresh through any `Directory` of the same replica
    file (e.g. the sync worker's) makes every other one re-read on its next use."""

    _generations: ClassVar[dict[str, int]] = {}
    _lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self, replica: Replica) -> None:
        self.replica = replica
        self._key = str(replica.path.resolve())
        self._seen = -1
        self._people: list[Colleague] = []
        self._by_id: dict[str, Colleague] = {}

    def refresh(self, api: ServerApi, token: str) -> list[Colleague]:
        """Fetch the list from the server and keep it; raises the ClientError of the call."""
        people = api.directory(token)
        with self.replica.transaction() as session:
            session.merge(Meta(key=PEOPLE, value=_KEPT.dump_python(people, mode="json")))
            session.merge(Meta(key=FETCHED_AT, value=utcnow().isoformat()))
        with self._lock:
            self._generations[self._key] = self._generations.get(self._key, 0) + 1
        return people

    def people(self) -> list[Colleague]:
        """Everyone in the last fetched list, by name in pinyin order (drop-downs list them
        so); empty if the app never synced online."""
        self._load()
        return list(self._people)

    def name(self, user_id: str | None, default: str | None = None) -> str | None:
        """The display name of a user, or `default` for nobody or someone not in the list
        (a user of another branch, or one who left)."""
        if not user_id:
            return default
        self._load()
        person = self._by_id.get(user_id)
        return person.display_name if person else default

    def fetched_at(self) -> datetime | None:
        raw = self.replica.get_meta(FETCHED_AT)
        return datetime.fromisoformat(raw) if raw else None

    def _load(self) -> None:
        generation = self._generations.get(self._key, 0)
        if generation == self._seen:
            return
        with self.replica.reading() as session:
            raw = session.scalar(select(Meta.value).where(Meta.key == PEOPLE)) or []
        try:
            people = _KEPT.validate_python(raw)
            self._people = sorted(people, key=lambda p: sort_key(p.display_name, person=True))
        except ValidationError:  # kept by a version that stored something else: refetched soon
            log.warning("the kept colleague list cannot be read; waiting for the next refresh")
            self._people = []
        self._by_id = {p.id: p for p in self._people}
        self._seen = generation
