"""Alembic environment: always driven programmatically with a connection in attributes."""

from alembic import context

from dlxh_desktop.storage.models import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
