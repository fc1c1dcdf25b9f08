"""Alembic environment of the client replica; always run in-process by `app.replica`."""

from alembic import context

from app.local_tables import Local
from sync.protocol.entities import Entity

target_metadata = [Entity.metadata, Local.metadata]

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
