"""Turning source rows into leads to create or update: validation, duplicates, merging.

:class:`RowPlanner` works chunk by chunk, so a million-row file never sits in memory as
leads; it remembers only the duplicate keys it has seen and the rows it rejected.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from leaddesk.core.importing.content import LEGAL_SUFFIX
from leaddesk.core.importing.converters import cell_converter
from leaddesk.core.importing.duplicates import LeadUpdate, MatchIndex, merge_into, name_company_key
from leaddesk.core.importing.mapping import (
    CUSTOM,
    FULL_NAME,
    IGNORE,
    IS_COMPANY,
    LEADDESK_ID,
    OUTCOME,
    ColumnMapping,
)
from leaddesk.core.importing.options import DuplicatePolicy, ImportOptions
from leaddesk.core.placeholders import (
    PLACEHOLDER_COUNTRY_TEXTS,
    PLACEHOLDER_NAME_TEXTS,
    PLACEHOLDER_TEXTS,
)
from leaddesk.core.source_table import Row
from leaddesk.core.stages import Stage
from leaddesk.core.values import (
    DateOrder,
    ValueProblem,
    cell_text,
    email_key,
    phone_match_key,
)


@dataclass(frozen=True, slots=True)
class RowProblem:
    """Why a row was not imported, naming the column when one is to blame."""

    row: int
    column: str | None
    reason: str
    cells: tuple[Any, ...] = ()
    kept: bool = False  # the lead was imported with this cell left empty

    @property
    def message(self) -> str:
        where = f"column {self.column!r}: " if self.column else ""
        kept = "; left empty, the lead was imported" if self.kept else ""
        return f"row {self.row}: {where}{self.reason}{kept}"


@dataclass
class ChunkPlan:
    new: list[dict[str, Any]] = field(default_factory=list)  # field values incl. "custom"
    updates: list[LeadUpdate] = field(default_factory=list)


Matched = tuple[int, int, dict[str, Any]]  # (row, lead id, values)


@dataclass
class ChunkDraft:
    """A chunk's rows decided as far as they can be without the database, with the counts,
    problems and LeadDesk-ID matches found while deciding them."""

    new: list[dict[str, Any]]
    matched: list[Matched]
    counts: dict[str, int]
    problems: list[RowProblem]
    by_id: set[int]


COUNT_KEYS = (
    "new", "updated", "duplicates_existing", "duplicates_in_file", "invalid", "values_cleared",
)  # fmt: skip
LEAD_STAGE = Stage.LEAD.value
STAGE = "stage"  # a new lead's stage, from the column mapped to the outcome
NAME_TARGETS = frozenset({"first_name", "last_name", FULL_NAME})


def _placeholders(target: str) -> frozenset[str]:
    """The cell texts that are placeholders in a column for ``target``: a name column keeps
    'Nan' or 'Nic', a country column 'NA' (Namibia)."""
    if target in NAME_TARGETS:
        return PLACEHOLDER_NAME_TEXTS
    return PLACEHOLDER_COUNTRY_TEXTS if target == "country" else PLACEHOLDER_TEXTS


LoadCurrent = Callable[[list[int]], Mapping[int, Mapping[str, Any]]]


def split_full_name(text: str) -> tuple[str, str]:
    """'Ann Marie Lee' → ('Ann Marie', 'Lee'); 'Lee, Ann' → ('Ann', 'Lee')."""
    if "," in text:
        last, _, first = text.partition(",")
        return first.strip(), last.strip()
    parts = text.split()
    if len(parts) < 2:
        return text.strip(), ""
    return " ".join(parts[:-1]), parts[-1]


@dataclass(frozen=True, slots=True)
class _Column:
    index: int
    header: str
    target: str
    convert: Callable[[Any], Any]


class RowPlanner:
    """Validates rows, finds duplicates and decides new/update, one chunk at a time."""

    def __init__(
        self,
        mapping: ColumnMapping,
        options: ImportOptions,
        index: MatchIndex,
        sample: Sequence[Sequence[Any]] = (),
    ) -> None:
        self.mapping = mapping
        self.options = options
        self.index = index
        self.date_orders: dict[str, DateOrder] = {}
        self.columns = [
            self._column(i, h, t, sample)
            for i, (h, t) in enumerate(zip(mapping.headers, mapping.targets, strict=True))
            if t != IGNORE
        ]
        self.width = len(mapping.headers)
        self.columns_by_index = {c.index: c for c in self.columns}
        self._plan = [
            (
                c.index,
                (c.header or f"column {c.index + 1}") if c.target == CUSTOM else c.target,
                c.target == CUSTOM,
                c.convert is cell_text,
                _placeholders(c.target),
                c.convert,
            )
            for c in self.columns
        ]
        self.counts = dict.fromkeys(COUNT_KEYS, 0)
        self.problems: list[RowProblem] = []
        # key → first row with it (email key → row; others → row or (row, its email))
        self._seen_email: dict[str, int] = {}
        self._seen_phone: dict[str, int | tuple[int, str]] = {}
        self._seen_name: dict[str, int | tuple[int, str]] = {}
        self._seen_existing: dict[int, int] = {}  # lead id → first row that matched it
        self._by_id: set[int] = set()  # rows with a LeadDesk ID always update their lead

    # -- compiling the columns -------------------------------------------------------------
    def _column(self, index: int, header: str, target: str, sample: Sequence[Sequence[Any]]):
        values = [row[index] for row in sample if index < len(row)]
        convert = cell_converter(header, target, values, self.options, self.date_orders)
        return _Column(index, header, target, convert)

    # -- one chunk -------------------------------------------------------------------------
    def plan(self, rows: Sequence[Row], load_current: LoadCurrent) -> ChunkPlan:
        """Decide each row of ``rows``; ``load_current`` reads matched leads' fields."""
        new, matched = self._classify(rows)
        plan = ChunkPlan(new)
        if matched:
            self._plan_updates(matched, load_current, plan)
        return plan

    def draft(self, rows: Sequence[Row]) -> ChunkDraft:
        """The part of :meth:`plan` that needs no database, for a planner in another
        process: what it found since the last draft, handed over and forgotten here."""
        new, matched = self._classify(rows)
        draft = ChunkDraft(new, matched, self.counts, self.problems, self._by_id)
        self.counts = dict.fromkeys(COUNT_KEYS, 0)
        self.problems = []
        self._by_id = set()
        return draft

    def adopt(self, draft: ChunkDraft, load_current: LoadCurrent) -> ChunkPlan:
        """The rest of :meth:`plan` for a chunk another planner drafted."""
        for key, count in draft.counts.items():
            self.counts[key] += count
        self.problems.extend(draft.problems)
        self._by_id |= draft.by_id
        plan = ChunkPlan(draft.new)
        if draft.matched:
            self._plan_updates(draft.matched, load_current, plan)
        return plan

    def _classify(self, rows: Sequence[Row]) -> tuple[list[dict[str, Any]], list[Matched]]:
        """New leads' values, and the rows that match a stored lead."""
        new: list[dict[str, Any]] = []
        matched: list[Matched] = []
        read_row, match = self._read_row, self._match
        for number, cells in rows:
            values = read_row(number, cells)
            if values is None:
                continue
            lead_id = match(number, cells, values)
            if lead_id is None:
                continue
            if lead_id == 0:
                new.append(values)
            else:  # a stored lead keeps its stage and history: the outcome is for new leads
                values.pop(STAGE, None)
                matched.append((number, lead_id, values))
        self.counts["new"] += len(new)
        return new, matched

    def _read_row(self, number: int, cells: Sequence[Any]) -> dict[str, Any] | None:
        values: dict[str, Any] = {}
        custom: dict[str, str] = {}
        problems: list[RowProblem] = []
        width = len(cells)
        if width > self.width and any(cell_text(c) for c in cells[self.width :]):
            self._reject(
                number,
                None,
                f"has {width} values but the header has {self.width} columns "
                "(a separator inside an unquoted value?)",
                cells,
            )
            return None
        # The hot loop: plain text needs no converter call; only other cells pay for one.
        # A placeholder ('Select', '--', 'N/A' …) is an empty cell, not a value nor an error:
        # one set lookup per text cell.
        for index, key, is_custom, text_only, blanks, convert in self._plan:
            cell = cells[index] if index < width else None
            if cell is None:
                continue
            if cell.__class__ is str:
                if text_only:
                    cell = cell.strip()
                    if cell and cell not in blanks:
                        if is_custom:
                            custom[key] = cell
                        else:
                            values[key] = cell
                    continue
                if not cell or cell.isspace() or cell.strip() in blanks:
                    continue
            try:
                value = convert(cell)
            except ValueProblem as err:
                problems.append(RowProblem(number, self.columns_by_index[index].header, str(err)))
                continue
            if value == "" or value is None:
                continue
            if is_custom:
                custom[key] = value
            else:
                values[key] = value
        outcome = values.pop(OUTCOME, None)
        if outcome is not None and outcome != LEAD_STAGE:  # the default needs no record
            values[STAGE] = outcome
        is_company = values.pop(IS_COMPANY, False)
        full = values.pop(FULL_NAME, "")
        if full and (is_company or self._company_name(full, values)):
            # A company's row ('Is a company' = 1, or 'Acme S.L.' with nothing personal):
            # its name is the company, never a person split in two.
            values["company"] = full
        elif full and "first_name" not in values and "last_name" not in values:
            values["first_name"], values["last_name"] = split_full_name(full)
        if self.options.source_channel:
            values["source_channel"] = self.options.source_channel
        if self.options.campaign:
            values["campaign"] = self.options.campaign
        if custom:
            values["custom"] = custom
        if not (
            LEADDESK_ID in values
            or values.get("email")
            or values.get("phone")
            or values.get("first_name")
            or values.get("last_name")
            or values.get("company")
        ):
            if problems:  # what it had was unreadable
                self._reject(number, problems[0].column, problems[0].reason, cells, problems)
                return None
            reason = "has no name, email, phone or company"
            if width < self.width:
                reason += f" (the row has {width} of the {self.width} columns)"
            self._reject(number, None, reason, cells)
            return None
        # A bad optional value never costs the lead: the cell stays empty, the workbook
        # keeps its text and why.
        for problem in problems:
            self.counts["values_cleared"] += 1
            self.problems.append(
                RowProblem(number, problem.column, problem.reason, tuple(cells), kept=True)
            )
        return values

    @staticmethod
    def _company_name(full: str, values: dict[str, Any]) -> bool:
        personal = ("first_name", "last_name", "email", "job_title", "company")
        # the cheap test first: most rows have an email or a company beside the name
        return not any(values.get(k) for k in personal) and bool(LEGAL_SUFFIX.search(full))

    def _reject(
        self,
        number: int,
        column: str | None,
        reason: str,
        cells: Sequence[Any],
        problems: list[RowProblem] | None = None,
    ) -> None:
        self.counts["invalid"] += 1
        if problems and len(problems) > 1:
            reason = "; ".join(f"column {p.column!r}: {p.reason}" for p in problems)
            column = None
        self.problems.append(RowProblem(number, column, reason, tuple(cells)))

    def _match(self, number: int, cells: Sequence[Any], values: dict[str, Any]) -> int | None:
        """0 for a new lead, a lead id for a duplicate of a stored lead, None when skipped."""
        lead_id = values.pop(LEADDESK_ID, None)
        if lead_id is not None:
            if lead_id not in self.index.ids:
                self._reject(number, "LeadDesk ID", f"no lead has the id {lead_id}", cells)
                return None
            self._by_id.add(lead_id)
            return self._existing(number, cells, lead_id, "LeadDesk ID")
        email = email_key(values.get("email", ""))
        keys = (
            (email, self.index.by_email, self._seen_email, "email"),
            (phone_match_key(values.get("phone", "")), self.index.by_phone, self._seen_phone,
             "phone"),
            (name_company_key(values.get("first_name", ""), values.get("last_name", ""),
                              values.get("company", "")),
             self.index.by_name_company, self._seen_name, "name and company"),
        )  # fmt: skip
        for key, stored, seen, what in keys:
            if not key:
                continue
            lead_id = stored.get(key)
            if lead_id is not None and self._same_person(email, self.index.emails.get(lead_id)):
                return self._existing(number, cells, lead_id, what)
            first = seen.get(key)
            if first is not None:
                first_row, first_email = first if first.__class__ is tuple else (first, "")
                if seen is self._seen_email or self._same_person(email, first_email):
                    self._duplicate_in_file(number, cells, first_row, what)
                    return None
        # Remembered compactly (a million rows fit): the email only where it matters.
        if email:
            self._seen_email.setdefault(email, number)
        mark = (number, email) if email else number
        for key, _, seen, _ in keys[1:]:
            if key:
                seen.setdefault(key, mark)
        return 0

    @staticmethod
    def _same_person(email: str, other_email: str | None) -> bool:
        """A shared phone or company is no match when both sides have different emails:
        colleagues share switchboards, and an email match was already looked for."""
        return not (email and other_email) or email == other_email

    def _existing(self, number: int, cells: Sequence[Any], lead_id: int, what: str) -> int | None:
        first = self._seen_existing.get(lead_id)
        if first is not None:
            self._duplicate_in_file(number, cells, first, what)
            return None
        self._seen_existing[lead_id] = number
        return lead_id

    def _duplicate_in_file(self, number: int, cells: Sequence[Any], first: int, what: str):
        self.counts["duplicates_in_file"] += 1
        self.problems.append(
            RowProblem(number, None, f"duplicate of row {first} (same {what})", tuple(cells))
        )

    # -- merging into stored leads ---------------------------------------------------------
    def _plan_updates(
        self,
        matched: list[Matched],
        load_current: LoadCurrent,
        plan: ChunkPlan,
    ) -> None:
        policy = self.options.on_duplicate
        if policy is DuplicatePolicy.SKIP:
            skipped = [m for m in matched if m[1] not in self._by_id]
            self.counts["duplicates_existing"] += len(skipped)
            matched = [m for m in matched if m[1] in self._by_id]
            if not matched:
                return
        current = load_current([lead_id for _, lead_id, _ in matched])
        for _, lead_id, values in matched:
            stored = current.get(lead_id)
            if stored is None:
                continue
            by_id = lead_id in self._by_id
            update = merge_into(stored, values, DuplicatePolicy.OVERWRITE if by_id else policy)
            if update is None:
                self.counts["duplicates_existing"] += 1
            else:
                changed, before = update
                plan.updates.append(LeadUpdate(lead_id, changed, before, stored["version"]))
                self.counts["updated"] += 1
