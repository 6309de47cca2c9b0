"""initial schema

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-25 12:18:40.581092
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import leaddesk.storage.models

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "import_batches",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=500), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("created_at", leaddesk.storage.models.UTCDateTime(), nullable=False),
        sa.Column("counts", sa.JSON(), nullable=False),
        sa.Column("mapping", sa.JSON(), nullable=False),
        sa.Column("undone_at", leaddesk.storage.models.UTCDateTime(), nullable=True),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_batches")),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("value", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_settings")),
    )
    op.create_table(
        "leads",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("stage", sa.String(length=20), nullable=False),
        sa.Column("first_name", sa.String(length=200), nullable=False),
        sa.Column("last_name", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("email_key", sa.String(length=320), nullable=False),
        sa.Column("phone", sa.String(length=100), nullable=False),
        sa.Column("phone_key", sa.String(length=40), nullable=False),
        sa.Column("company", sa.String(length=300), nullable=False),
        sa.Column("job_title", sa.String(length=300), nullable=False),
        sa.Column("company_size", sa.Integer(), nullable=True),
        sa.Column("industry", sa.String(length=200), nullable=False),
        sa.Column("country", sa.String(length=100), nullable=False),
        sa.Column("city", sa.String(length=200), nullable=False),
        sa.Column("website", sa.String(length=500), nullable=False),
        sa.Column("source_channel", sa.String(length=200), nullable=False),
        sa.Column("campaign", sa.String(length=200), nullable=False),
        sa.Column("budget", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("owner", sa.String(length=100), nullable=False),
        sa.Column("email_status", sa.String(length=50), nullable=False),
        sa.Column("custom", sa.JSON(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("fit_score", sa.Integer(), nullable=False),
        sa.Column("engagement_score", sa.Integer(), nullable=False),
        sa.Column("fit_grade", sa.String(length=1), nullable=False),
        sa.Column("stage_entered_at", leaddesk.storage.models.UTCDateTime(), nullable=True),
        sa.Column("last_interaction_at", leaddesk.storage.models.UTCDateTime(), nullable=True),
        sa.Column("created_at", leaddesk.storage.models.UTCDateTime(), nullable=False),
        sa.Column("updated_at", leaddesk.storage.models.UTCDateTime(), nullable=False),
        sa.Column("import_batch_id", sa.Integer(), nullable=True),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["import_batch_id"],
            ["import_batches.id"],
            name=op.f("fk_leads_import_batch_id_import_batches"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_leads")),
    )
    with op.batch_alter_table("leads", schema=None) as batch_op:
        batch_op.create_index("ix_leads_board", ["archived", "stage", "score"], unique=False)
        batch_op.create_index(batch_op.f("ix_leads_campaign"), ["campaign"], unique=False)
        batch_op.create_index(batch_op.f("ix_leads_email_key"), ["email_key"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_leads_import_batch_id"), ["import_batch_id"], unique=False
        )
        batch_op.create_index("ix_leads_name_key", ["last_name", "first_name"], unique=False)
        batch_op.create_index(batch_op.f("ix_leads_owner"), ["owner"], unique=False)
        batch_op.create_index(batch_op.f("ix_leads_phone_key"), ["phone_key"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_leads_source_channel"), ["source_channel"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_leads_stage"), ["stage"], unique=False)

    op.create_table(
        "import_undo",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=False),
        sa.Column("lead_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.Column("old_values", sa.JSON(), nullable=False),
        sa.Column("version_after", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["import_batches.id"],
            name=op.f("fk_import_undo_batch_id_import_batches"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["lead_id"], ["leads.id"], name=op.f("fk_import_undo_lead_id_leads"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_undo")),
    )
    with op.batch_alter_table("import_undo", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_import_undo_batch_id"), ["batch_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_import_undo_lead_id"), ["lead_id"], unique=False)

    op.create_table(
        "interactions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("lead_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("occurred_at", leaddesk.storage.models.UTCDateTime(), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("offer", sa.String(length=30), nullable=True),
        sa.Column("campaign", sa.String(length=200), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("import_batch_id", sa.Integer(), nullable=True),
        sa.Column("natural_key", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["import_batch_id"],
            ["import_batches.id"],
            name=op.f("fk_interactions_import_batch_id_import_batches"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["lead_id"],
            ["leads.id"],
            name=op.f("fk_interactions_lead_id_leads"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interactions")),
        sa.UniqueConstraint("natural_key", name=op.f("uq_interactions_natural_key")),
    )
    with op.batch_alter_table("interactions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_interactions_import_batch_id"), ["import_batch_id"], unique=False
        )
        batch_op.create_index("ix_interactions_kind", ["kind"], unique=False)
        batch_op.create_index("ix_interactions_lead_time", ["lead_id", "occurred_at"], unique=False)

    op.create_table(
        "stage_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("lead_id", sa.Integer(), nullable=False),
        sa.Column("from_stage", sa.String(length=20), nullable=True),
        sa.Column("to_stage", sa.String(length=20), nullable=False),
        sa.Column("at", leaddesk.storage.models.UTCDateTime(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("automatic", sa.Boolean(), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("override", sa.Boolean(), nullable=False),
        sa.Column("interaction_id", sa.Integer(), nullable=True),
        sa.Column("score", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["interaction_id"],
            ["interactions.id"],
            name=op.f("fk_stage_changes_interaction_id_interactions"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["lead_id"],
            ["leads.id"],
            name=op.f("fk_stage_changes_lead_id_leads"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stage_changes")),
    )
    with op.batch_alter_table("stage_changes", schema=None) as batch_op:
        batch_op.create_index("ix_stage_changes_lead_at", ["lead_id", "at"], unique=False)
        batch_op.create_index("ix_stage_changes_to_at", ["to_stage", "at"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("stage_changes", schema=None) as batch_op:
        batch_op.drop_index("ix_stage_changes_to_at")
        batch_op.drop_index("ix_stage_changes_lead_at")

    op.drop_table("stage_changes")
    with op.batch_alter_table("interactions", schema=None) as batch_op:
        batch_op.drop_index("ix_interactions_lead_time")
        batch_op.drop_index("ix_interactions_kind")
        batch_op.drop_index(batch_op.f("ix_interactions_import_batch_id"))

    op.drop_table("interactions")
    with op.batch_alter_table("import_undo", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_import_undo_lead_id"))
        batch_op.drop_index(batch_op.f("ix_import_undo_batch_id"))

    op.drop_table("import_undo")
    with op.batch_alter_table("leads", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_leads_stage"))
        batch_op.drop_index(batch_op.f("ix_leads_source_channel"))
        batch_op.drop_index(batch_op.f("ix_leads_phone_key"))
        batch_op.drop_index(batch_op.f("ix_leads_owner"))
        batch_op.drop_index("ix_leads_name_key")
        batch_op.drop_index(batch_op.f("ix_leads_import_batch_id"))
        batch_op.drop_index(batch_op.f("ix_leads_email_key"))
        batch_op.drop_index(batch_op.f("ix_leads_campaign"))
        batch_op.drop_index("ix_leads_board")

    op.drop_table("leads")
    op.drop_table("settings")
    op.drop_table("import_batches")
