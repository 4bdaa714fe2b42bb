"""Alembic environment: runs on the connection storage.database.upgrade passes in,
or on BRIEFBOT_DATABASE_URL when called from the alembic command line."""
from __future__ import annotations

from alembic import context

from storage.tables import metadata


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=connection.dialect.name == "sqlite",  # SQLite can't ALTER much
    )
    with context.begin_transaction():
        context.run_migrations()


connection = context.config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    from bot.config import get_settings
    from storage.database import create_db_engine

    engine = create_db_engine(get_settings().database_url)
    with engine.connect() as conn:
        _run(conn)
        conn.commit()
