"""Alembic migrations run at start-up, after a backup, and refusal of newer databases.

Alembic is imported only when a migration is due: an up-to-date database is recognised by
``HEAD`` alone, which keeps every command's start-up short. A test keeps ``HEAD`` equal to the
newest migration script.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from .engine import StorageError

if TYPE_CHECKING:
    from alembic.config import Config

HEAD = "0002"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def _config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    """The newest schema revision among the migration scripts."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        has_table = conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).first()
        if not has_table:
            return None
        row = conn.exec_driver_sql("SELECT version_num FROM alembic_version").first()
        return None if row is None else str(row[0])


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_config())
    return {rev.revision for rev in script.walk_revisions()}


def needs_upgrade(engine: Engine) -> bool:
    """True when the schema is older than head; raises for a newer or unknown schema."""
    cur = current_revision(engine)
    if cur == HEAD:
        return False
    if cur is not None and cur not in known_revisions():
        raise StorageError("db_too_new", revision=cur)
    return True


def upgrade(engine: Engine) -> None:
    """Bring the schema to head in one transaction."""
    from alembic import command

    cfg = _config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
