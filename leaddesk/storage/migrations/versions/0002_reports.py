"""reports: an index covering each lead's stages, for the funnel

Revision ID: 0002_reports
Revises: 0001
Create Date: 2026-11-25 13:15:00
"""

from __future__ import annotations

from alembic import op

revision = "0002_reports"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_stage_changes_lead_stage", "stage_changes", ["lead_id", "to_stage"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_stage_changes_lead_stage", table_name="stage_changes")
