"""The demo database's agenda: follow-ups due, overdue and ahead, and meetings this week."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import datetime, time, timedelta
from typing import Any

from leaddesk.core import history_text as text
from leaddesk.core.agenda.values import FollowUpKind
from leaddesk.core.demo import DemoLead
from leaddesk.core.stages import Stage

HAND_SET = [
    ("Send the price list", "Pricing page"),
    ("Check they received the brochure", ""),
    ("Ask who else decides", ""),
    ("Send the case study", "Webinar recording"),
    ("Confirm the budget for next quarter", ""),
]
NURTURE = [
    (text.FOLLOW_UP_AFTER_NURTURING, "White paper"),
    ("Invite to the next webinar", "Webinar"),
    ("Offer a free trial", "Free trial"),
]


def demo_agenda(
    leads: Sequence[DemoLead], now: datetime, seed: int = 20261203
) -> list[tuple[int, dict[str, Any]]]:
    """(index of the lead, item) pairs: what a team's agenda holds on an ordinary morning."""
    rng = random.Random(seed)
    today = now.astimezone().date()
    items: list[tuple[int, dict[str, Any]]] = []
    for index, lead in enumerate(leads):
        owner = lead.fields.get("owner", "")
        base = {"owner": owner, "created_at": now - timedelta(days=rng.randint(1, 20))}
        if lead.stage is Stage.NURTURE and rng.random() < 0.7:
            what, content = rng.choice(NURTURE)
            due = today + timedelta(days=rng.randint(-6, 25))
            items.append(
                (
                    index,
                    {
                        **base,
                        "kind": FollowUpKind.FOLLOW_UP,
                        "what": what,
                        "content": content,
                        "due_on": due,
                    },
                )
            )
        elif lead.stage is Stage.SQL and rng.random() < 0.6:
            day = today + timedelta(days=rng.randint(0, 6))
            local = datetime.combine(day, time(rng.choice([9, 10, 11, 14, 15, 16]), 0))
            at = local.astimezone().astimezone(now.tzinfo)
            items.append(
                (
                    index,
                    {
                        **base,
                        "kind": FollowUpKind.MEETING,
                        "what": text.DEMO_CALL,
                        "content": "",
                        "due_on": day,
                        "at": at,
                    },
                )
            )
        elif lead.stage in (Stage.LEAD, Stage.MQL, Stage.SAL) and rng.random() < 0.1:
            what, content = rng.choice(HAND_SET)
            due = today + timedelta(days=rng.randint(-3, 6))
            done = rng.random() < 0.15
            items.append(
                (
                    index,
                    {
                        **base,
                        "kind": FollowUpKind.FOLLOW_UP,
                        "what": what,
                        "content": content,
                        "due_on": due,
                        "done_at": now - timedelta(hours=2) if done else None,
                    },
                )
            )
    return items
