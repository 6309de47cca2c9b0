"""team: index leads.updated_at so other users' copies can poll for changes cheaply

Revision ID: 0002_team
Revises: 0002_reports
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_team"
down_revision = "0002_reports"
branch_labels = None
depends_on = None


def upgrade() -> None:
    indexes = {ix["name"] for ix in sa.inspect(op.get_bind()).get_indexes("leads")}
    if "ix_leads_updated_at" in indexes:  # already there (a database stamped back by hand)
        return
    op.create_index("ix_leads_updated_at", "leads", ["updated_at"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_leads_updated_at", table_name="leads")
