"""Migrations create exactly the tables the code uses, and start-up applies them."""
from __future__ import annotations

from sqlalchemy import inspect

from storage.database import HEAD_REVISION, create_db_engine, current_revision, ensure_schema, upgrade
from storage.tables import metadata


def test_head_constant_matches_alembic_head():
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from storage.database import MIGRATIONS_DIR

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    assert ScriptDirectory.from_config(cfg).get_current_head() == HEAD_REVISION


def test_migrated_schema_matches_table_definitions(database_url):
    engine = create_db_engine(database_url)
    assert current_revision(engine) is None
    ensure_schema(engine)
    assert current_revision(engine) == HEAD_REVISION
    insp = inspect(engine)
    for table in metadata.sorted_tables:
        migrated = {c["name"] for c in insp.get_columns(table.name)} - {"search"}
        assert migrated == {c.name for c in table.columns}, table.name
    ensure_schema(engine)  # second start: nothing to do, no error
    upgrade(engine)
    engine.dispose()


def test_sqlite_runs_in_wal_mode_with_foreign_keys(sqlite_url):
    engine = create_db_engine(sqlite_url)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
    engine.dispose()
