"""No lost update: random pairs of edits to one lead, saved over each other, merge field by field.

Through the service and the repository, on SQLite and (with LEADDESK_TEST_DB_URL) PostgreSQL.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from leaddesk.core.errors import EditConflict
from leaddesk.core.leads import Lead
from leaddesk.core.stages import Stage
from tests.team.helpers import open_as

TEXT = st.one_of(
    st.sampled_from(["", "Brno", "Praha", "Zlín"]),
    st.text(alphabet="abcřž-1", min_size=1, max_size=6),
)
VALUES: dict[str, Any] = {
    "city": TEXT,
    "job_title": TEXT,
    "phone": TEXT,
    "company": TEXT,
    "company_size": st.one_of(st.none(), st.sampled_from([10, 250]), st.integers(0, 10_000)),
    "budget": st.one_of(
        st.none(),
        st.sampled_from([Decimal("12000.00"), Decimal("500")]),
        st.decimals(min_value=0, max_value=100_000, places=2),
    ),
    # custom fields; None: the field does not exist (removed, or never added)
    "custom.Zdroj": st.one_of(st.none(), TEXT),
    "custom.Jazyk": st.one_of(st.none(), TEXT),
}
NAMES = tuple(VALUES)
NEW_LEAD = Lead(id=0, stage=Stage.LEAD)  # no custom fields yet


def edits() -> st.SearchStrategy[dict[str, Any]]:
    """A random subset of the fields, each with a random new value (maybe the same as now)."""
    return st.sets(st.sampled_from(NAMES)).flatmap(
        lambda names: st.fixed_dictionaries({n: VALUES[n] for n in sorted(names)})
    )


def same(a: Any, b: Any) -> bool:
    if isinstance(a, Decimal) or isinstance(b, Decimal):
        return (a is None and b is None) or (
            a is not None and b is not None and Decimal(a) == Decimal(b)
        )
    return a == b


def stored(lead: Any, name: str) -> Any:
    if name.startswith("custom."):
        return lead.custom.get(name.removeprefix("custom."))
    return getattr(lead, name)


def as_form(base: Any, changes: dict[str, Any]) -> dict[str, Any]:
    """What a form holding ``changes`` over ``base`` saves: fields, and all custom ones."""
    fields = {k: v for k, v in changes.items() if not k.startswith("custom.")}
    custom = dict(base.custom)
    for key, value in changes.items():
        if key.startswith("custom."):
            name = key.removeprefix("custom.")
            if value is None:
                custom.pop(name, None)
            else:
                custom[name] = value
    if custom != base.custom:
        fields["custom"] = custom
    return fields


@pytest.fixture
def alice_and_bob(db_url, clock):
    alice, bob = open_as(db_url, "alice", clock), open_as(db_url, "bob", clock)
    yield alice, bob
    alice.close()
    bob.close()


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],  # one new lead per example
)
@given(start=edits(), mine=edits(), theirs=edits(), reapply=st.data())
def test_saving_over_another_users_edit_loses_no_field(
    alice_and_bob, start, mine, theirs, reapply
) -> None:
    alice, bob = alice_and_bob
    created = alice.leads.create_lead(as_form(NEW_LEAD, {"first_name": "Ana", **start}))
    base = alice.leads.lead(created.value.id)
    my_changes = {k: v for k, v in mine.items() if not same(v, stored(base, k))}
    their_changes = {k: v for k, v in theirs.items() if not same(v, stored(base, k))}
    if their_changes:
        bob.leads.edit_lead(base.id, as_form(base, their_changes), base.version)

    both = {k for k in my_changes if k in their_changes and not same(my_changes[k], theirs[k])}
    chosen = {k for k in sorted(both) if reapply.draw(st.booleans(), label=f"reapply {k}")}
    try:
        alice.leads.edit_lead(base.id, as_form(base, my_changes), base.version)
        assert not their_changes, "a save over someone else's edit went through unchecked"
    except EditConflict:
        merge = alice.leads.merge_with_saved(base, as_form(base, my_changes))
        assert {c.name for c in merge.clashes} == both  # only real overlaps are asked
        fields = merge.fields(reapply=chosen)
        if fields:
            alice.leads.edit_lead(base.id, fields, merge.theirs.version)

    final = bob.leads.lead(base.id)
    lost = []
    for name in NAMES:
        if name in my_changes and (name not in their_changes or name in chosen):
            expected = my_changes[name]
        elif name in their_changes:
            expected = their_changes[name]
        else:
            expected = stored(base, name)
        if not same(stored(final, name), expected):
            lost.append((name, stored(final, name), expected))
    assert lost == []
