"""field history: when an edit gave a lead's field a new value

Revision ID: 0004_field_history
Revises: 0003_agenda
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import leaddesk.storage.models

revision = "0004_field_history"
down_revision = "0003_agenda"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "field_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("lead_id", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(length=300), nullable=False),
        sa.Column("at", leaddesk.storage.models.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["lead_id"],
            ["leads.id"],
            name=op.f("fk_field_changes_lead_id_leads"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_field_changes")),
    )
    op.create_index("ix_field_changes_lead_field", "field_changes", ["lead_id", "field", "at"])


def downgrade() -> None:
    op.drop_index("ix_field_changes_lead_field", table_name="field_changes")
    op.drop_table("field_changes")
