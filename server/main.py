"""The FastAPI application factory."""

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib.metadata import PackageNotFoundError, version

from fastapi import FastAPI

from sync.protocol import API_PREFIX

from .api.routes import (
    admin,
    audit,
    auth,
    credit,
    customers,
    directory,
    health,
    pool,
    sync,
    tiers,
)
from .db import Database, migrate
from .errors import install_handlers
from .limits import BodySizeLimit
from .no_store import NoStore
from .openapi import document_errors
from .protocol_header import ProtocolHeader
from .settings import Settings

log = logging.getLogger(__name__)


def _version() -> str:
    try:
        return version("outpost-crm")
    except PackageNotFoundError:
        return "0.0.0"


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()
    database = Database(settings.database_url)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        if settings.migrate_on_start:
            migrate(database.engine)
        yield
        database.dispose()

    app = FastAPI(title="Outpost CRM server", version=_version(), lifespan=lifespan)
    app.state.settings = settings
    app.state.database = database
    install_handlers(app)
    app.add_middleware(BodySizeLimit, max_bytes=settings.max_body_bytes)
    app.add_middleware(NoStore, prefix=f"{API_PREFIX}/auth/")
    app.add_middleware(ProtocolHeader)  # outermost: the 413 of BodySizeLimit carries it too
    routers = (health, auth, sync, customers, directory, admin, pool, audit, tiers, credit)
    for router in (module.router for module in routers):
        app.include_router(router, prefix=API_PREFIX)
    document_errors(app)
    return app
