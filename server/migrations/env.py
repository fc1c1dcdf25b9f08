"""Alembic environment of the server; run in-process by `server.db.migrate`."""

from alembic import context

from server.models import ServerBase
from sync.protocol.entities import Entity

target_metadata = [Entity.metadata, ServerBase.metadata]

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=target_metadata,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
