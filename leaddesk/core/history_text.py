"""The sentences core stores in a lead's history: stage-change reasons, interaction details,
agenda items. Each is a catalogued English template filled with values (dates as ISO, codes'
English labels), so the text stored is a code plus parameters: the ui matches it back to its
template and shows it in the reader's language. What a user typed goes in as a value, as typed.

Databases written before this catalogue hold exactly these sentences, so they read the same.
"""

from __future__ import annotations

from datetime import date, datetime

# -- stage-change reasons ------------------------------------------------------------------
CREATED = "created"
IMPORTED = "imported"
ACCEPTED_BY_SALES = "accepted by sales"
SIGNED = "signed the order"
SCORE_CROSSED = "score crossed the MQL threshold"
SCORE_FELL = "score fell below the MQL threshold"
SCORE_REACHED = "score {score} reached the MQL threshold ({threshold})"
SCORE_BELOW_MARGIN = "score {score} fell below the MQL threshold minus the margin ({line})"
CALL_REASON = "qualification call: {outcome}"
CALL_REASON_WHY = "qualification call: {outcome} — {reason}"
CALL_REASON_WHY_NOTE = "qualification call: {outcome} — {reason} ({note})"
AGAINST_PROPOSAL = "against the proposal ({proposed}): {why}"
OVERRIDE = "override: {why}"
REPAIRED = "Check database: {why}"
UNKNOWN_STAGE = "unknown stage {stage}"

# -- interaction details ---------------------------------------------------------------------
CALL_TITLE = "Qualification call — {outcome} ({stage})"
CALL_TITLE_SHORT = "Qualification call — {outcome}"
CALL_PROPOSED = "Proposed: {reason}"
CALL_CHOSEN_AGAINST = "Chosen against the proposal: {why}"
CALL_MEETING = "Meeting: {at}"
CALL_FOLLOW_UP = "Follow up on {date} with: {offer}"
CALL_FOLLOW_UP_NOTE = "Follow up on {date} with: {offer} — {note}"
CALL_DISQUALIFY = "Reason: {reason}"
CALL_DISQUALIFY_NOTE = "Reason: {reason} — {note}"
CALL_OVERRIDE = "Override: {why}"
CALL_DURATION = "Duration: {time}"
NOT_REACHED = "Qualification call: could not reach them"
NOT_REACHED_NOTE = "Qualification call: could not reach them — {note}"
MEETING_BOOKED = "Demo / sales call booked for {at}"
FOLLOW_UP_SET = "Follow-up on {date}: {what}"
FOLLOW_UP_SET_CONTENT = "Follow-up on {date}: {what} — {content}"
DOWNLOADED = "Downloaded: {offer}"
#: one line of a call's answers: "Need: Yes · Urgency: High" (last: it matches widely)
ANSWER = "{label}: {value}"

# -- agenda items core writes ----------------------------------------------------------------
CALL_AGAIN = "Call again"
FOLLOW_UP_AFTER_NURTURING = "Follow up after nurturing"
DEMO_CALL = "Demo / sales call"

#: Templates with values, the most specific first (the ui tries them in this order).
STORED_TEMPLATES: tuple[str, ...] = (
    SCORE_REACHED,
    SCORE_BELOW_MARGIN,
    CALL_REASON_WHY_NOTE,
    CALL_REASON_WHY,
    CALL_REASON,
    AGAINST_PROPOSAL,
    OVERRIDE,
    REPAIRED,
    UNKNOWN_STAGE,
    CALL_TITLE,
    CALL_TITLE_SHORT,
    CALL_PROPOSED,
    CALL_CHOSEN_AGAINST,
    CALL_MEETING,
    CALL_FOLLOW_UP_NOTE,
    CALL_FOLLOW_UP,
    CALL_DISQUALIFY_NOTE,
    CALL_DISQUALIFY,
    CALL_OVERRIDE,
    CALL_DURATION,
    NOT_REACHED_NOTE,
    MEETING_BOOKED,
    FOLLOW_UP_SET_CONTENT,
    FOLLOW_UP_SET,
    DOWNLOADED,
    ANSWER,
)
#: Fixed sentences.
STORED_PHRASES: tuple[str, ...] = (
    CREATED,
    IMPORTED,
    ACCEPTED_BY_SALES,
    SIGNED,
    SCORE_CROSSED,
    SCORE_FELL,
    NOT_REACHED,
    CALL_AGAIN,
    FOLLOW_UP_AFTER_NURTURING,
    DEMO_CALL,
)


def stored_date(day: date) -> str:
    """A date as stored in a sentence (ISO; the ui shows it the reader's way)."""
    return f"{day:%Y-%m-%d}"


def stored_minute(moment: datetime) -> str:
    """A date and time as stored in a sentence (ISO to the minute, the time as given)."""
    return f"{moment:%Y-%m-%d %H:%M}"
