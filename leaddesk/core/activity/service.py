"""Importing activity files: the use cases (read, map, test, import, undo) over ports."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import replace
from pathlib import Path
from typing import Any

from leaddesk.core.activity.column_roles import Role, guess_fixed_kind, suggest_roles
from leaddesk.core.activity.event_types import EventType, suggest_values
from leaddesk.core.activity.events import parse_event_time
from leaddesk.core.activity.mapping import ActivityMapping, check_mapping, people_index
from leaddesk.core.activity.plan import ActivityPlan, chunked
from leaddesk.core.activity.planner import EventPlanner
from leaddesk.core.activity.ports import ActivityStore
from leaddesk.core.activity.report import ActivityReport
from leaddesk.core.bulk import paused_gc
from leaddesk.core.changes import Changes
from leaddesk.core.errors import ImportFileError
from leaddesk.core.leads import InteractionKind, Offer
from leaddesk.core.progress import NO_PROGRESS, Progress
from leaddesk.core.source_table import SourceTable, normalise_header
from leaddesk.core.stages import Stage
from leaddesk.core.values import DateOrder, ValueProblem, cell_text


class ActivityImportService:
    """The activity import; the wizard and the CLI both go through these."""

    def __init__(
        self,
        store: ActivityStore,
        reader: Callable[[Path, str | None], SourceTable],
        settings: Any,
        leads: Any,
        error_writer: Callable[[Path, Sequence[str], Sequence[Any]], Path] | None = None,
        backup: Callable[[str], object] | None = None,
    ) -> None:
        self.store = store
        self._reader = reader
        self.settings = settings
        self.leads = leads  # the LeadService: clock, actor, rescorer
        self._error_writer = error_writer
        self._backup = backup  # a safety copy before every import and undo (SQLite)

    def read(self, path: Path | str, sheet: str | None = None) -> SourceTable:
        return self._reader(Path(path), sheet)

    # -- mapping -------------------------------------------------------------------------
    def suggest_mapping(self, table: SourceTable) -> ActivityMapping:
        """The remembered mapping for these headers, or one guessed from names and values."""
        remembered = self.settings.get_setting(_mapping_key(table.headers))
        roles = suggest_roles(table.headers, table.preview)
        fixed_kind = None
        if isinstance(remembered, dict):
            saved = remembered.get("roles", {})
            roles = tuple(
                Role(saved.get(h, r.value)) for h, r in zip(table.headers, roles, strict=True)
            )
            fixed_kind = _enum(InteractionKind, remembered.get("fixed_kind"))
        if Role.WHAT not in roles and not any(
            r in (Role.OPENS, Role.CLICKS, Role.VISITS, Role.FORMS) for r in roles
        ):
            fixed_kind = fixed_kind or guess_fixed_kind(table.headers, table.file_name)
        mapping = ActivityMapping(table.headers, roles, fixed_kind=fixed_kind)
        return replace(mapping, values=self.value_table(table, mapping))

    def value_table(self, table: SourceTable, mapping: ActivityMapping) -> dict[str, EventType]:
        """Each distinct "what" value in the preview → its meaning (remembered ones first)."""
        column = mapping.column(Role.WHAT)
        if column is None:
            return {}
        distinct = sorted({cell_text(r[column]) for r in table.preview if column < len(r)} - {""})
        remembered = self.remembered_values()
        guessed = suggest_values(distinct)
        return {v: remembered.get(normalise_header(v), guessed[v]) for v in distinct}

    def remembered_values(self) -> dict[str, EventType]:
        saved = self.settings.get_setting("activity.values") or {}
        return {
            k: EventType(_enum(InteractionKind, v[0]), _enum(Offer, v[1])) for k, v in saved.items()
        }

    def remember(self, mapping: ActivityMapping) -> None:
        """Remember the roles for these headers and the meaning of each value, for next time."""
        self.settings.set_setting(_mapping_key(mapping.headers), mapping.as_json())
        saved = dict(self.settings.get_setting("activity.values") or {})
        for value, meaning in mapping.values.items():
            saved[normalise_header(value)] = [
                meaning.kind.value if meaning.kind else None,
                meaning.offer.value if meaning.offer else None,
            ]
        self.settings.set_setting("activity.values", saved)

    def with_people(
        self, mapping: ActivityMapping, path: Path | str, key_column: str, ref_column: str
    ) -> ActivityMapping:
        """Resolve ``ref_column`` (the tool's person id) through a people file's ``key_column``
        (``#row`` for its row order) to emails."""
        if ref_column not in mapping.headers:
            raise ImportFileError("the activity file has no such column", column=ref_column)
        people_table = self.read(path)
        try:
            people = people_index(people_table.headers, people_table.rows(), key_column)
        except ValueProblem as err:
            raise ImportFileError(str(err), file=people_table.file_name) from None
        roles = [Role.IGNORE if r in (Role.EMAIL, Role.PERSON_REF) else r for r in mapping.roles]
        roles[mapping.headers.index(ref_column)] = Role.PERSON_REF
        return replace(mapping, roles=tuple(roles), people=people)

    def mapping_from_json(self, table: SourceTable, chosen: Mapping[str, Any]) -> ActivityMapping:
        """A mapping given as JSON: {"roles": {header: role}, "values": {value: [kind, offer]},
        "fixed_kind": kind, "when": "2024-05-01"} over the suggestion."""
        base = self.suggest_mapping(table)
        roles = dict(zip(table.headers, base.roles, strict=True))
        for header, role in (chosen.get("roles") or {}).items():
            if header not in roles:
                raise ImportFileError(
                    "the mapping names a column the file does not have",
                    file=table.file_name,
                    column=header,
                )
            try:
                roles[header] = Role(role)
            except ValueError:
                raise ImportFileError(
                    f"{role!r} is not a role; roles: {', '.join(r.value for r in Role)}",
                    file=table.file_name,
                    column=header,
                ) from None
        values = dict(base.values)
        for value, (kind, offer) in (chosen.get("values") or {}).items():
            values[value] = EventType(_enum(InteractionKind, kind), _enum(Offer, offer))
        mapping = replace(
            base,
            roles=tuple(roles[h] for h in table.headers),
            values=values,
            fixed_kind=_enum(InteractionKind, chosen.get("fixed_kind")) or base.fixed_kind,
        )
        if chosen.get("when"):
            try:
                when = parse_event_time(chosen["when"], DateOrder.DAY_FIRST)
            except ValueProblem as err:
                raise ImportFileError(f"the date given for the events: {err}") from None
            mapping = replace(mapping, fixed_time=when)
        return replace(mapping, values={**self.value_table(table, mapping), **values})

    # -- dry run and import --------------------------------------------------------------
    def dry_run(
        self,
        table: SourceTable,
        mapping: ActivityMapping,
        *,
        create_missing: bool = False,
        progress: Progress = NO_PROGRESS,
    ) -> ActivityReport:
        """Everything the import would do, without writing."""
        with paused_gc():
            return self._run(table, mapping, create_missing, "", progress, None, write=False)

    def run_import(
        self,
        table: SourceTable,
        mapping: ActivityMapping,
        *,
        create_missing: bool = False,
        source_channel: str = "",
        progress: Progress = NO_PROGRESS,
        error_path: Path | None = None,
    ) -> ActivityReport:
        """Import in one transaction; then rescore the touched leads."""
        with paused_gc():
            report = self._run(
                table, mapping, create_missing, source_channel, progress, error_path, write=True
            )
        self.remember(mapping)
        return report

    def undo_import(self, batch_id: int) -> Changes:
        if self._backup is not None:
            self._backup("undo-import")
        with self._atomic():  # the removal and the rescore it causes: one transaction
            removed, gone, kept = self.store.undo(batch_id, self.leads.clock())
            touched = frozenset(self.store.stages(kept))
            changes = Changes(removed=frozenset(gone), interactions=touched, batches=True)
            if self.leads.rescorer is not None and touched:
                changes = changes | self.leads.rescorer.rescore(touched)
            return changes

    def _atomic(self) -> AbstractContextManager[None]:
        atomic = getattr(self.leads, "atomic", None)
        return nullcontext() if atomic is None else atomic()

    def _run(
        self,
        table: SourceTable,
        mapping: ActivityMapping,
        create_missing: bool,
        source_channel: str,
        progress: Progress,
        error_path: Path | None,
        *,
        write: bool,
    ) -> ActivityReport:
        try:
            check_mapping(mapping)
        except ValueProblem as err:
            raise ImportFileError(str(err), file=table.file_name, sheet=table.sheet) from None
        if mapping.is_count_shaped and mapping.column(Role.WHEN) is None and not mapping.fixed_time:
            mapping = replace(mapping, fixed_time=self.leads.clock())
        planner = EventPlanner(mapping, table.preview)
        by_email, ids = self.store.lead_index()
        plan = ActivityPlan(by_email, ids, create_missing)
        total = table.row_count or 0
        if not write:
            for chunk in chunked(table.rows()):
                progress.update(plan.counts["rows"], total, "Testing…")
                events = plan.take(planner, chunk)
                plan.count_existing(events, self.store.existing_keys)
            return ActivityReport(plan.result_counts(), tuple(plan.problems))
        at, actor = self.leads.clock(), self.leads.actor
        if self._backup is not None:
            self._backup("import")
        # The events, the leads they create, the scores and automatic moves and the
        # rejected rows' workbook: one transaction, all or nothing.
        written: list[Path] = []
        try:
            with self._atomic():
                with self.store.transaction(table.file_name, at, actor) as tx:
                    for chunk in chunked(table.rows()):
                        progress.update(plan.counts["rows"], total, "Importing…")
                        events = plan.take(planner, chunk)
                        fresh = plan.count_existing(events, tx.existing_keys)
                        plan.ids_for_new(tx.create_leads(plan.pending_people(), source_channel))
                        tx.insert_events(plan.with_lead_ids(fresh))
                    progress.check()
                    kept = tx.finish(plan.result_counts(), mapping.as_json())
                    batch_id, touched = (tx.batch_id if kept else None), frozenset(tx.touched)
                before = self.store.stages(sorted(touched))
                changes = Changes(
                    added=frozenset(plan.created.values()),
                    interactions=touched,
                    leads=touched,
                    batches=True,
                )
                if self.leads.rescorer is not None and touched:
                    progress.update(total, total, "Rescoring…")
                    changes = changes | self.leads.rescorer.rescore(touched)
                    after = self.store.stages(sorted(touched))
                    plan.counts["moved_to_mql"] = sum(
                        1 for i, s in after.items() if s == Stage.MQL.value and before.get(i) != s
                    )
                workbook = None
                if error_path is not None and plan.problems and self._error_writer is not None:
                    workbook = self._error_writer(error_path, table.headers, plan.problems)
                    written.append(workbook)
                return ActivityReport(
                    plan.result_counts(),
                    tuple(plan.problems),
                    dry_run=False,
                    batch_id=batch_id,
                    error_workbook=workbook,
                    changes=changes,
                )
        except BaseException:
            for path in written:  # a workbook for an import that did not happen
                path.unlink(missing_ok=True)
            raise


def _mapping_key(headers: Sequence[str]) -> str:
    names = "\x1f".join(sorted(normalise_header(h) for h in headers))
    return "activity.mapping." + hashlib.sha1(names.encode()).hexdigest()[:20]


def _enum(kind: Any, value: Any) -> Any:
    if value in (None, ""):
        return None
    try:
        return kind(value)
    except ValueError:
        return None
