"""agenda: follow-ups, meetings and call-backs as first-class items on a lead; an index
for the MQLs waiting longest

Revision ID: 0003_agenda
Revises: 0002_team
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import leaddesk.storage.models

revision = "0003_agenda"
down_revision = "0002_team"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "follow_ups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("lead_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("at", leaddesk.storage.models.UTCDateTime(), nullable=True),
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("owner", sa.String(length=100), nullable=False),
        sa.Column("created_at", leaddesk.storage.models.UTCDateTime(), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("done_at", leaddesk.storage.models.UTCDateTime(), nullable=True),
        sa.Column("done_by", sa.String(length=100), nullable=False),
        sa.Column("interaction_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["interaction_id"],
            ["interactions.id"],
            name=op.f("fk_follow_ups_interaction_id_interactions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["lead_id"],
            ["leads.id"],
            name=op.f("fk_follow_ups_lead_id_leads"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_follow_ups")),
    )
    op.create_index("ix_follow_ups_open", "follow_ups", ["done_at", "kind", "due_on"])
    op.create_index(op.f("ix_follow_ups_lead_id"), "follow_ups", ["lead_id"])
    op.create_index(op.f("ix_follow_ups_interaction_id"), "follow_ups", ["interaction_id"])
    op.create_index("ix_leads_stage_entered", "leads", ["stage", "archived", "stage_entered_at"])


def downgrade() -> None:
    op.drop_index("ix_leads_stage_entered", table_name="leads")
    op.drop_index(op.f("ix_follow_ups_interaction_id"), table_name="follow_ups")
    op.drop_index(op.f("ix_follow_ups_lead_id"), table_name="follow_ups")
    op.drop_index("ix_follow_ups_open", table_name="follow_ups")
    op.drop_table("follow_ups")
