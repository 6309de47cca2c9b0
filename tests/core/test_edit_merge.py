"""Merging my edits with someone else's, field by field (base, mine, theirs)."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from leaddesk.core.edit_merge import merge_edits
from leaddesk.core.leads import Lead
from leaddesk.core.stages import Stage

BASE = Lead(
    id=7,
    stage=Stage.MQL,
    first_name="Tereza",
    city="Brno",
    job_title="Recepční",
    phone="+420 1",
    budget=Decimal("12000.00"),
    custom={"Zdroj": "veletrh", "Jazyk": "cs"},
    version=3,
)


def theirs(**changes) -> Lead:
    return replace(BASE, version=4, **changes)


def test_fields_only_one_side_changed_merge_without_a_clash() -> None:
    merge = merge_edits(BASE, {"city": "Olomouc"}, theirs(job_title="Ředitelka"))
    assert merge.clashes == ()
    assert merge.fields() == {"city": "Olomouc"}  # their job title is not written over
    assert merge.theirs_only == ("job_title",)


def test_a_field_both_changed_differently_is_a_clash_settled_by_the_choice() -> None:
    merge = merge_edits(BASE, {"city": "Zlín", "phone": "+420 2"}, theirs(phone="+420 3"))
    ((clash,),) = (merge.clashes,)
    assert (clash.name, clash.label, clash.base, clash.mine, clash.theirs) == (
        "phone", "Phone", "+420 1", "+420 2", "+420 3",
    )  # fmt: skip
    assert merge.fields() == {"city": "Zlín"}  # keep theirs
    assert merge.fields(reapply=["phone"]) == {"city": "Zlín", "phone": "+420 2"}


def test_the_same_change_on_both_sides_is_no_clash_and_needs_no_write() -> None:
    merge = merge_edits(BASE, {"city": "Praha"}, theirs(city="Praha"))
    assert merge.clashes == () and merge.fields() == {}


def test_unchanged_fields_in_my_form_are_not_my_changes() -> None:
    """A whole form may be passed: "12000" equals 12000.00, and stays theirs if they changed it."""
    mine = {"first_name": "Tereza", "city": "Brno", "budget": Decimal("12000")}
    merge = merge_edits(BASE, mine, theirs(budget=Decimal("15000"), city="Ostrava"))
    assert merge.clashes == () and merge.fields() == {}


def test_custom_fields_merge_one_by_one() -> None:
    mine = {"custom": {"Zdroj": "web", "Jazyk": "cs", "Licence": "25"}}
    merge = merge_edits(BASE, mine, theirs(custom={"Zdroj": "veletrh", "Jazyk": "de"}))
    assert merge.clashes == ()
    assert merge.fields() == {"custom": {"Zdroj": "web", "Jazyk": "de", "Licence": "25"}}


def test_a_custom_field_i_removed_is_removed_unless_they_changed_it() -> None:
    removed = {"custom": {"Zdroj": "veletrh"}}  # "Jazyk" deleted in my form
    merged = merge_edits(BASE, removed, theirs(custom={"Zdroj": "tel", "Jazyk": "cs"}))
    assert merged.fields() == {"custom": {"Zdroj": "tel"}}
    clashing = merge_edits(BASE, removed, theirs(custom={"Zdroj": "veletrh", "Jazyk": "de"}))
    ((clash,),) = (clashing.clashes,)
    assert (clash.name, clash.mine, clash.theirs) == ("custom.Jazyk", None, "de")
    assert clashing.fields() == {}
    assert clashing.fields(reapply=["custom.Jazyk"]) == {"custom": {"Zdroj": "veletrh"}}


def test_an_emptied_custom_field_differs_from_a_removed_one() -> None:
    mine = {"custom": {"Zdroj": "", "Jazyk": "cs"}}
    merge = merge_edits(BASE, mine, theirs(custom={"Jazyk": "cs"}))
    ((clash,),) = (merge.clashes,)
    assert (clash.mine, clash.theirs) == ("", None)
