"""The day's queue as plain text and as JSON: for the command line, a morning e-mail, cron."""

from __future__ import annotations

from typing import Any

from leaddesk.core.agenda.values import AgendaDay, FollowUp, Section, WaitingLead


def wait_text(lead: WaitingLead) -> str:
    """'30 h of 24 h (late)': the wait against the limit, as a rep reads it."""
    late = " (late)" if lead.is_late else ""
    return f"{lead.waited_hours:.0f} h of {lead.limit_hours} h{late}"


def _waiting_json(lead: WaitingLead) -> dict[str, Any]:
    return {
        "lead_id": lead.lead_id,
        "name": lead.name,
        "company": lead.company,
        "owner": lead.owner,
        "score": lead.score,
        "waited_hours": round(lead.waited_hours, 1),
        "limit_hours": lead.limit_hours,
        "late": lead.is_late,
    }


def _follow_up_json(item: FollowUp) -> dict[str, Any]:
    return {
        "id": item.id,
        "lead_id": item.lead_id,
        "name": item.lead_name,
        "company": item.company,
        "kind": item.kind.value,
        "due_on": item.due_on.isoformat(),
        "at": item.at.isoformat() if item.at else None,
        "what": item.what,
        "content": item.content,
        "owner": item.owner,
    }


def _section_json(section: Section, row: Any) -> dict[str, Any]:
    return {"total": section.total, "rows": [row(r) for r in section.rows]}


def day_json(day: AgendaDay) -> dict[str, Any]:
    """Everything in the day, with totals (rows are capped, totals are not)."""
    return {
        "date": day.day.isoformat(),
        "user": day.user or None,
        "limits": day.limits.to_json(),
        "calls_to_make": _section_json(day.calls, _waiting_json),
        "follow_ups": {
            "overdue": _section_json(day.overdue, _follow_up_json),
            "today": _section_json(day.today, _follow_up_json),
            "this_week": _section_json(day.this_week, _follow_up_json),
        },
        "mqls_waiting": _section_json(day.mqls, _waiting_json),
        "meetings": {
            "today": _section_json(day.meetings_today, _follow_up_json),
            "tomorrow": _section_json(day.meetings_tomorrow, _follow_up_json),
        },
    }


def _follow_up_line(item: FollowUp) -> str:
    when = f"{item.at.astimezone():%H:%M} " if item.at else f"{item.due_on:%Y-%m-%d} "
    content = f" — {item.content}" if item.content else ""
    company = f" ({item.company})" if item.company else ""
    return f"  {when}{item.lead_name}{company}: {item.what}{content}  [#{item.lead_id}]"


def _waiting_line(lead: WaitingLead) -> str:
    company = f" ({lead.company})" if lead.company else ""
    return (
        f"  {lead.name}{company}  score {lead.score}, waiting {wait_text(lead)}  [#{lead.lead_id}]"
    )


def _block(title: str, section: Section, line: Any, limit: int) -> list[str]:
    lines = [f"{title}: {section.total}"]
    lines += [line(r) for r in section.rows[:limit]]
    if section.total > limit:
        lines.append(f"  … and {section.total - limit} more")
    return lines


def day_text(day: AgendaDay, limit: int = 20) -> str:
    """The day's queue, section by section, the first ``limit`` rows of each."""
    who = day.user or "everyone"
    lines = [f"My day — {day.day:%Y-%m-%d} — {who}", ""]
    blocks = (
        ("Calls to make", day.calls, _waiting_line),
        ("Follow-ups overdue", day.overdue, _follow_up_line),
        ("Follow-ups due today", day.today, _follow_up_line),
        ("Follow-ups this week", day.this_week, _follow_up_line),
        ("MQLs waiting for sales", day.mqls, _waiting_line),
        ("Meetings today", day.meetings_today, _follow_up_line),
        ("Meetings tomorrow", day.meetings_tomorrow, _follow_up_line),
    )
    for title, section, line in blocks:
        lines += _block(title, section, line, limit)
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
