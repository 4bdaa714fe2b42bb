"""Slack multi-workspace installs: slack_sdk's SQLAlchemy installation and OAuth state
tables, built by slack_sdk's own builder functions so its stores read them as they are.

Revision ID: 0002
Revises: 0001
"""
from alembic import op
import sqlalchemy as sa

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

INSTALLATIONS = "slack_installations"
BOTS = "slack_bots"
STATES = "slack_oauth_states"


def _tables(metadata: sa.MetaData) -> list[sa.Table]:
    from slack_sdk.oauth.installation_store.sqlalchemy import SQLAlchemyInstallationStore
    from slack_sdk.oauth.state_store.sqlalchemy import SQLAlchemyOAuthStateStore

    return [
        SQLAlchemyInstallationStore.build_installations_table(metadata, INSTALLATIONS),
        SQLAlchemyInstallationStore.build_bots_table(metadata, BOTS),
        SQLAlchemyOAuthStateStore.build_oauth_states_table(metadata, STATES),
    ]


def upgrade() -> None:
    bind = op.get_bind()
    for table in _tables(sa.MetaData()):
        table.create(bind, checkfirst=True)


def downgrade() -> None:
    for name in (STATES, BOTS, INSTALLATIONS):
        op.drop_table(name)
