"""Request dependencies: a database session per request and the authenticated caller."""

from collections.abc import Callable, Iterator
from typing import Annotated, TypeVar

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from ..auth.service import Caller, authenticate
from ..db import Database
from ..settings import Settings


def get_session(request: Request) -> Iterator[Session]:
    database: Database = request.app.state.database
    with database.sessions() as session:
        yield session


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_database(request: Request) -> Database:
    """For endpoints that open their own transactions (`Database.transaction()` to write)."""
    return request.app.state.database


SessionDep = Annotated[Session, Depends(get_session)]
DatabaseDep = Annotated[Database, Depends(get_database)]
SettingsDep = Annotated[Settings, Depends(get_settings)]

_bearer = HTTPBearer(auto_error=False, description="Access token from /auth/login")


def get_caller(
    session: SessionDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Caller:
    return authenticate(session, credentials.credentials if credentials else None)


CurrentCaller = Annotated[Caller, Depends(get_caller)]
Bearer = Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]
T = TypeVar("T")


async def as_caller(request: Request, credentials: Bearer, work: Callable[[Caller], T]) -> T:
    """Authenticate and run `work` in a single worker-thread hop.

    Sync dependencies each cost a hop to the thread pool and back; on the sync endpoints,
    which a client calls twice per round trip, those hops cost more than the work itself.
    """
    database: Database = request.app.state.database
    token = credentials.credentials if credentials else None

    def run() -> T:
        with database.sessions() as session:
            caller = authenticate(session, token)
            session.expunge(caller.user)  # `work` opens the session (or transaction) it needs
        return work(caller)

    return await run_in_threadpool(run)


def client_ip(request: Request) -> str | None:
    return request.client.host if request.client else None
