"""The lifecycle: the stages, the moves between them, and why a move is refused."""

from __future__ import annotations

from enum import StrEnum

from leaddesk.core.errors import EditConflict, StageMoveRefused


class Stage(StrEnum):
    LEAD = "lead"
    MQL = "mql"
    SAL = "sal"
    SQL = "sql"
    CUSTOMER = "customer"
    NURTURE = "nurture"
    DISQUALIFIED = "disqualified"

    @property
    def label(self) -> str:
        return STAGE_LABELS[self]


STAGE_LABELS: dict[Stage, str] = {
    Stage.LEAD: "Lead",
    Stage.MQL: "MQL",
    Stage.SAL: "SAL",
    Stage.SQL: "SQL",
    Stage.CUSTOMER: "Customer",
    Stage.NURTURE: "Nurture",
    Stage.DISQUALIFIED: "Disqualified",
}

#: Board order: the funnel first, then the two side stages.
BOARD_ORDER: tuple[Stage, ...] = (
    Stage.LEAD,
    Stage.MQL,
    Stage.SAL,
    Stage.SQL,
    Stage.CUSTOMER,
    Stage.NURTURE,
    Stage.DISQUALIFIED,
)
FUNNEL: tuple[Stage, ...] = BOARD_ORDER[:5]
SIDE_STAGES: frozenset[Stage] = frozenset({Stage.NURTURE, Stage.DISQUALIFIED})


class MoveVia(StrEnum):
    """Who or what asks for a move."""

    MANUAL = "manual"  # a rep drags or picks a stage
    AUTOMATIC = "automatic"  # the score crossed a threshold
    CALL = "call"  # the outcome of a qualification call
    UNDO = "undo"  # undoing an earlier move: restores the previous stage as it was


#: Moves a rep may make by hand (drag, menu). Into SQL and Disqualified need more; see below.
MANUAL_MOVES: dict[Stage, frozenset[Stage]] = {
    Stage.LEAD: frozenset({Stage.MQL, Stage.NURTURE, Stage.DISQUALIFIED}),
    Stage.MQL: frozenset({Stage.LEAD, Stage.SAL, Stage.NURTURE, Stage.DISQUALIFIED}),
    Stage.SAL: frozenset({Stage.MQL, Stage.SQL, Stage.NURTURE, Stage.DISQUALIFIED}),
    Stage.SQL: frozenset({Stage.CUSTOMER, Stage.NURTURE, Stage.DISQUALIFIED}),
    Stage.CUSTOMER: frozenset({Stage.SQL}),
    Stage.NURTURE: frozenset({Stage.MQL, Stage.LEAD, Stage.DISQUALIFIED}),
    Stage.DISQUALIFIED: frozenset({Stage.LEAD, Stage.NURTURE}),
}

#: Moves the scoring thresholds may make on their own. They never touch SAL, SQL, Customer
#: or Disqualified.
AUTOMATIC_MOVES: dict[Stage, frozenset[Stage]] = {
    Stage.LEAD: frozenset({Stage.MQL}),
    Stage.NURTURE: frozenset({Stage.MQL}),
    Stage.MQL: frozenset({Stage.NURTURE}),
}

#: The three outcomes of a qualification call, from SAL.
CALL_MOVES: frozenset[Stage] = frozenset({Stage.SQL, Stage.NURTURE, Stage.DISQUALIFIED})

#: Moves out of SAL that are the business of the qualification call.
CALL_DECIDES: frozenset[Stage] = frozenset({Stage.SQL, Stage.NURTURE})


def check_move(
    current: Stage,
    target: Stage,
    *,
    via: MoveVia = MoveVia.MANUAL,
    reason: str | None = None,
    override: bool = False,
) -> None:
    """Raise :class:`StageMoveRefused` unless moving ``current`` → ``target`` is allowed.

    ``override`` with a written ``reason`` lets a rep put a lead into SQL (or out of SAL)
    without a call; the override is recorded as such by the caller.
    """
    has_reason = bool(reason and reason.strip())
    if current == target:
        raise StageMoveRefused(f"The lead is already in {target.label}.")
    if via is MoveVia.UNDO:
        return
    if via is MoveVia.AUTOMATIC:
        if target not in AUTOMATIC_MOVES.get(current, frozenset()):
            raise StageMoveRefused(
                f"Scores never move a lead from {current.label} to {target.label}."
            )
        return
    if via is MoveVia.CALL:
        if current is not Stage.SAL and not (override and has_reason):
            raise StageMoveRefused(
                f"A qualification call decides for leads in SAL; this lead is in "
                f"{current.label}. Confirm an override with a reason.",
                needs="override",
            )
        if target not in CALL_MOVES:
            raise StageMoveRefused(f"A qualification call cannot move a lead to {target.label}.")
        if target is Stage.DISQUALIFIED and not has_reason:
            raise StageMoveRefused("Disqualifying a lead needs a reason.", needs="reason")
        return
    # By hand.
    if target is Stage.DISQUALIFIED and not has_reason:
        raise StageMoveRefused("Disqualifying a lead needs a reason.", needs="reason")
    if target is Stage.SQL and current is not Stage.CUSTOMER and not (override and has_reason):
        raise StageMoveRefused(
            "A lead becomes SQL through a qualification call whose outcome is "
            "'ready' (or an override with a written reason).",
            needs="call" if current is Stage.SAL else "override",
        )
    if current is Stage.SAL and target in CALL_DECIDES and not (override and has_reason):
        raise StageMoveRefused(
            f"Moving a lead from SAL to {target.label} is decided by a qualification call.",
            needs="call",
        )
    if target not in MANUAL_MOVES[current] and not (override and has_reason):
        raise StageMoveRefused(
            f"A lead cannot move from {current.label} to {target.label}.", needs="override"
        )
    if target is Stage.CUSTOMER and current is not Stage.SQL:
        raise StageMoveRefused("Only an SQL lead can become a customer.")


class LeadMovedMeanwhile(EditConflict):
    """A move refused because someone else already moved the lead: says where it is now."""

    def __init__(
        self, lead_id: int, expected: int, actual: int, current: Stage, name: str = ""
    ) -> None:
        super().__init__(lead_id, expected, actual)
        who = f"{name} (lead {lead_id})" if name else f"Lead {lead_id}"
        # Replace the generic sentence: the user needs to know where the card went.
        self.args = (
            f"{who} was already moved by someone else: it is now in {current.label}. "
            "Nothing was changed; the board shows where it is now.",
        )
        self.current = current
