"""The scoring engine: operators, decay, caps, negatives, grades, thresholds, explanations."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import numpy as np
import pytest

from leaddesk.core.leads import Interaction, InteractionKind, Lead, Offer
from leaddesk.core.scoring.batch import (
    KIND_CODES,
    NO_OFFER,
    OFFER_CODES,
    LeadBatch,
    build_interactions,
    score_batch,
)
from leaddesk.core.scoring.engine import (
    Activity,
    GradeBoundaries,
    Rule,
    RulePart,
    RuleSet,
    score_lead,
    threshold_move,
)
from leaddesk.core.scoring.match import Operator, fold
from leaddesk.core.scoring.service import default_rules
from leaddesk.core.scoring.validation import validate_rule, validate_ruleset
from leaddesk.core.stages import Stage

NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def fit(field: str, op: Operator, value: str = "", points: float = 10) -> RuleSet:
    return RuleSet(rules=(Rule("r", RulePart.FIT, points, field=field, operator=op, value=value),))


def lead(**fields) -> Lead:
    return Lead(id=1, stage=Stage.LEAD, **fields)


def visit(n: int, days_ago: float, kind=InteractionKind.VISIT, **kw) -> Interaction:
    return Interaction(n, 1, kind, NOW - timedelta(days=days_ago), **kw)


def fit_points(rules: RuleSet, **fields) -> int:
    return score_lead(rules, lead(**fields), [], NOW).fit


@pytest.mark.parametrize(
    ("op", "value", "field_value", "matches"),
    [
        (Operator.EQUALS, "Gerente", "gérente", True),
        (Operator.EQUALS, "Gerente", "Gerente general", False),
        (Operator.NOT_EQUALS, "Spain", "Italy", True),
        (Operator.NOT_EQUALS, "Spain", " SPAIN ", False),
        (Operator.CONTAINS, "director", "Directora Comercial", True),
        (Operator.CONTAINS, "zubni", "Zubní klinika Úsměv", True),
        (Operator.CONTAINS, "ceo", "Owner", False),
        (Operator.STARTS_WITH, "head", "Head of Sales", True),
        (Operator.STARTS_WITH, "sales", "Head of Sales", False),
        (Operator.IN_LIST, "Owner; CEO, Fundador", "fundador", True),
        (Operator.IN_LIST, "Owner; CEO", "Assistant", False),
        (Operator.IS_EMPTY, "", "  ", True),
        (Operator.IS_EMPTY, "", "x", False),
        (Operator.IS_NOT_EMPTY, "", "x", True),
    ],
)
def test_text_operators_ignore_case_and_accents(op, value, field_value, matches) -> None:
    assert fit_points(fit("job_title", op, value), job_title=field_value) == (10 if matches else 0)


@pytest.mark.parametrize(
    ("op", "value", "size", "matches"),
    [
        (Operator.BETWEEN, "10..50", 10, True),
        (Operator.BETWEEN, "10..50", 50, True),
        (Operator.BETWEEN, "50 to 10", 30, True),
        (Operator.BETWEEN, "10..50", 51, False),
        (Operator.BETWEEN, "10..50", None, False),
        (Operator.GREATER_THAN, "100", 101, True),
        (Operator.GREATER_THAN, "100", 100, False),
        (Operator.LESS_THAN, "10", 3, True),
        (Operator.LESS_THAN, "10", 10, False),
    ],
)
def test_number_operators(op, value, size, matches) -> None:
    assert fit_points(fit("company_size", op, value), company_size=size) == (10 if matches else 0)


def test_numbers_in_custom_text_fields_are_read_as_numbers() -> None:
    rules = fit("custom.visits", Operator.GREATER_THAN, "2,5")
    assert fit_points(rules, custom={"visits": "2.67"}) == 10
    assert fit_points(rules, custom={"visits": "2"}) == 0
    assert fit_points(rules, custom={"visits": "n/a"}) == 0
    assert fit_points(fit("budget", Operator.GREATER_THAN, "1000"), budget=Decimal("1000.5")) == 10


def test_free_mail_and_domain_list() -> None:
    free = fit("email", Operator.FREE_MAIL, points=-5)
    assert fit_points(free, email="Ana@GMAIL.com") == -5
    assert fit_points(free, email="ana@seznam.cz") == -5
    assert fit_points(free, email="ana@talleres-ebro.es") == 0
    rival = fit("email", Operator.DOMAIN_IN, "rival.com; other.it", points=-50)
    assert fit_points(rival, email="x@sales.rival.com") == -50
    assert fit_points(rival, email="x@notrival.com") == 0


def test_fold_removes_accents_and_case() -> None:
    assert fold("  Černý Ñandú ") == "cerny nandu"


def test_points_per_occurrence_and_cap() -> None:
    rule = Rule("Opens", RulePart.ENGAGEMENT, 3, activity=Activity.EMAIL_OPEN, cap=7)
    opens = [visit(n, 1, InteractionKind.EMAIL_OPEN) for n in range(5)]
    score = score_lead(RuleSet(rules=(rule,)), lead(), opens, NOW)
    assert score.engagement == 7
    assert score.items[0].occurrences == 5
    uncapped = RuleSet(rules=(Rule("Opens", RulePart.ENGAGEMENT, 3, activity=Activity.EMAIL_OPEN),))
    assert score_lead(uncapped, lead(), opens, NOW).engagement == 15


def test_half_life_halves_points_as_activity_ages() -> None:
    rule = Rule(
        "Demo", RulePart.ENGAGEMENT, 40, activity=Activity.FORM_CONVERSION, half_life_days=10
    )
    rules = RuleSet(rules=(rule,))
    fresh = [visit(1, 0, InteractionKind.FORM_CONVERSION)]
    assert score_lead(rules, lead(), fresh, NOW).engagement == 40
    assert (
        score_lead(rules, lead(), [visit(1, 10, InteractionKind.FORM_CONVERSION)], NOW).engagement
        == 20
    )
    assert (
        score_lead(rules, lead(), [visit(1, 20, InteractionKind.FORM_CONVERSION)], NOW).engagement
        == 10
    )


def test_window_ignores_older_activity() -> None:
    rule = Rule("Recent visits", RulePart.ENGAGEMENT, 2, activity=Activity.VISIT, window_days=30)
    history = [visit(1, 5), visit(2, 29), visit(3, 31), visit(4, 200)]
    assert score_lead(RuleSet(rules=(rule,)), lead(), history, NOW).engagement == 4


def test_first_and_repeat_visits_are_told_apart() -> None:
    rules = RuleSet(
        rules=(
            Rule("First", RulePart.ENGAGEMENT, 5, activity=Activity.FIRST_VISIT),
            Rule("Repeat", RulePart.ENGAGEMENT, 2, activity=Activity.REPEAT_VISIT),
        )
    )
    score = score_lead(rules, lead(), [visit(3, 1), visit(1, 40), visit(2, 10)], NOW)
    assert [(i.rule_name, i.points, i.occurrences) for i in score.items] == [
        ("First", 5, 1),
        ("Repeat", 4, 2),
    ]


def test_form_conversion_rule_looks_at_the_offer_and_detail() -> None:
    rules = RuleSet(
        rules=(
            Rule(
                "Demo",
                RulePart.ENGAGEMENT,
                30,
                activity=Activity.FORM_CONVERSION,
                offer=Offer.DEMO_REQUEST,
            ),
            Rule(
                "Pricing page",
                RulePart.ENGAGEMENT,
                4,
                activity=Activity.VISIT,
                detail_contains="/PRICING",
            ),
        )
    )
    history = [
        visit(1, 1, InteractionKind.FORM_CONVERSION, offer=Offer.WHITE_PAPER),
        visit(2, 1, InteractionKind.FORM_CONVERSION, offer=Offer.DEMO_REQUEST),
        visit(3, 1, detail="/pricing/teams"),
        visit(4, 1, detail="/blog"),
    ]
    assert score_lead(rules, lead(), history, NOW).engagement == 34


def test_negative_points_and_negative_cap() -> None:
    rules = RuleSet(
        rules=(
            Rule(
                "Student",
                RulePart.FIT,
                -30,
                field="job_title",
                operator=Operator.CONTAINS,
                value="student",
            ),
            Rule("Call attempts", RulePart.ENGAGEMENT, -4, activity=Activity.CALL_ATTEMPT, cap=10),
        )
    )
    history = [visit(n, 1, InteractionKind.CALL_ATTEMPT) for n in range(4)]
    score = score_lead(rules, lead(job_title="Estudiante / Student"), history, NOW)
    assert (score.fit, score.engagement, score.total) == (-30, -10, -40)


def test_grade_comes_from_the_fit_part_with_editable_boundaries() -> None:
    grades = GradeBoundaries(a=30, b=20, c=10)
    assert [grades.grade(x) for x in (45, 30, 29, 20, 10, 9, -5)] == list("AABBCDD")
    rules = RuleSet(
        rules=(
            Rule(
                "Owner",
                RulePart.FIT,
                25,
                field="job_title",
                operator=Operator.EQUALS,
                value="owner",
            ),
            Rule("Demo", RulePart.ENGAGEMENT, 100, activity=Activity.MEETING),
        ),
        grades=GradeBoundaries(a=40, b=25, c=5),
    )
    score = score_lead(rules, lead(job_title="Owner"), [visit(1, 1, InteractionKind.MEETING)], NOW)
    assert score.grade == "B"  # engagement does not lift the grade


def test_disabled_rules_do_nothing() -> None:
    rule = Rule("Owner", RulePart.FIT, 25, enabled=False, field="job_title", value="owner")
    assert fit_points(RuleSet(rules=(rule,)), job_title="owner") == 0


def test_explanation_adds_up_to_the_total_after_decay() -> None:
    rules = default_rules()
    rng = random.Random(3)
    for _ in range(50):
        history = [
            visit(
                n,
                rng.uniform(0, 200),
                rng.choice(list(InteractionKind)),
                offer=rng.choice([None, *Offer]),
            )
            for n in range(rng.randint(0, 30))
        ]
        score = score_lead(rules, lead(job_title="Owner", company_size=40), history, NOW)
        assert sum(i.points for i in score.items) == score.total
        assert sum(i.points for i in score.items if i.part == "fit") == score.fit


# -- thresholds ---------------------------------------------------------------------------
RULES = RuleSet(mql_threshold=50, margin=5, recycle=True)


def test_crossing_the_threshold_moves_lead_and_nurture_into_mql() -> None:
    assert threshold_move(Stage.LEAD, 40, 50, RULES, RULES) is Stage.MQL
    assert threshold_move(Stage.NURTURE, 10, 70, RULES, RULES) is Stage.MQL
    assert threshold_move(Stage.LEAD, 40, 49, RULES, RULES) is None


def test_thresholds_never_touch_sal_sql_customer_or_disqualified() -> None:
    for stage in (Stage.SAL, Stage.SQL, Stage.CUSTOMER, Stage.DISQUALIFIED):
        assert threshold_move(stage, 0, 100, RULES, RULES) is None
        assert threshold_move(stage, 100, 0, RULES, RULES) is None


def test_no_flapping_at_the_line() -> None:
    stage, old = Stage.LEAD, 0
    moves = []
    for new in [50, 49, 50, 48, 51, 46, 50, 45, 49]:  # wobbles inside the margin
        target = threshold_move(stage, old, new, RULES, RULES)
        if target is not None:
            moves.append(target)
            stage = target
        old = new
    assert moves == [Stage.MQL]


def test_recycle_sends_an_mql_below_threshold_minus_margin_to_nurture_once() -> None:
    assert threshold_move(Stage.MQL, 50, 45, RULES, RULES) is None
    assert threshold_move(Stage.MQL, 50, 44, RULES, RULES) is Stage.NURTURE
    assert threshold_move(Stage.MQL, 30, 20, RULES, RULES) is None  # already under: a rep's call
    no_recycle = RuleSet(mql_threshold=50, margin=5, recycle=False)
    assert threshold_move(Stage.MQL, 50, 0, no_recycle, no_recycle) is None


def test_a_lowered_threshold_moves_leads_now_over_it() -> None:
    lower = RuleSet(mql_threshold=40, margin=5)
    assert threshold_move(Stage.LEAD, 45, 45, RULES, lower) is Stage.MQL
    assert threshold_move(Stage.LEAD, 45, 45, lower, lower) is None


# -- validation and storage format --------------------------------------------------------
def test_validation_names_the_problem_and_the_column() -> None:
    bad_number = Rule(
        "Size", RulePart.FIT, 5, field="company_size", operator=Operator.GREATER_THAN, value="many"
    )
    assert [(p.column, p.message) for p in validate_rule(0, bad_number)] == [
        ("value", "'many' is not a number")
    ]
    unknown = Rule(
        "X", RulePart.FIT, 5, field="custom.shoe_size", operator=Operator.EQUALS, value="4"
    )
    assert validate_rule(0, unknown)[0].column == "target"
    assert validate_rule(0, unknown, ["shoe_size"]) == []
    between = Rule("B", RulePart.FIT, 5, field="budget", operator=Operator.BETWEEN, value="10")
    assert validate_rule(0, between)[0].column == "value"
    no_activity = Rule("E", RulePart.ENGAGEMENT, 5)
    assert validate_rule(0, no_activity)[0].column == "target"
    bad_cap = Rule("E", RulePart.ENGAGEMENT, 5, activity=Activity.SOCIAL, cap=0)
    assert validate_rule(0, bad_cap)[0].column == "cap"


def test_default_rules_are_valid_and_survive_json() -> None:
    rules = default_rules()
    assert len(rules.rules) >= 20
    assert validate_ruleset(rules) == []
    assert RuleSet.from_json(rules.to_json()) == rules
    assert any(r.points < 0 for r in rules.rules)
    assert {r.part for r in rules.rules} == {RulePart.FIT, RulePart.ENGAGEMENT}


# -- the bulk path agrees with the per-lead reference -------------------------------------
def test_bulk_scores_match_the_per_lead_reference() -> None:
    rng = random.Random(7)
    rules = default_rules()
    titles = ["Owner", "CEO", "Student", "IT Manager", "Asistente", "", "Gerente"]
    leads, history = [], []
    for n in range(300):
        leads.append(
            Lead(
                id=n + 1,
                stage=Stage.LEAD,
                job_title=rng.choice(titles),
                company_size=rng.choice([None, 3, 15, 400, 900]),
                budget=rng.choice([None, Decimal(0), Decimal(5000)]),
                email=rng.choice(["a@gmail.com", "b@firma.cz", "c@competitor.example"]),
                email_status=rng.choice(["subscribed", "Unsubscribed"]),
                source_channel=rng.choice(["Referral", "Social", "trade show"]),
            )
        )
        for _ in range(rng.randint(0, 12)):
            history.append(
                Interaction(
                    id=len(history) + 1,
                    lead_id=n + 1,
                    kind=rng.choice(list(InteractionKind)),
                    occurred_at=NOW - timedelta(days=rng.uniform(-1, 300)),
                    detail=rng.choice(["/", "/pricing", "/Pricing/plans"]),
                    offer=rng.choice([None, *Offer]),
                )
            )
    batch = batch_of(leads, history)
    bulk = score_batch(rules, batch)
    for i, one in enumerate(leads):
        own = [h for h in history if h.lead_id == one.id]
        ref = score_lead(rules, one, own, NOW)
        assert (ref.fit, ref.engagement, ref.grade) == (
            bulk.fit[i],
            bulk.engagement[i],
            bulk.grade[i],
        ), one


def batch_of(leads: list[Lead], history: list[Interaction]) -> LeadBatch:
    pos = {lead.id: n for n, lead in enumerate(leads)}
    fields = ("job_title", "company_size", "budget", "email", "email_status", "source_channel")
    interactions = build_interactions(
        lead_pos=np.array([pos[h.lead_id] for h in history], dtype=np.int64),
        kind=np.array([KIND_CODES[h.kind] for h in history]),
        offer=np.array([OFFER_CODES[h.offer] if h.offer else NO_OFFER for h in history]),
        occurred_epoch=np.array([h.occurred_at.timestamp() for h in history]),
        ids=np.array([h.id for h in history]),
        now_epoch=NOW.timestamp(),
        detail=[h.detail for h in history],
    )
    return LeadBatch(
        ids=[lead.id for lead in leads],
        stages=[lead.stage for lead in leads],
        old_scores=[0] * len(leads),
        standard={f: [getattr(lead, f) for lead in leads] for f in fields},
        custom=[lead.custom for lead in leads],
        interactions=interactions,
    )


def random_rule(rng: random.Random, n: int) -> Rule:
    """Any operator or activity, with random caps, windows and half-lives."""
    points = rng.choice([-20, -3.5, 1, 2.5, 7, 15])
    if rng.random() < 0.5:
        op = rng.choice(list(Operator))
        field, value = rng.choice(
            [
                ("job_title", rng.choice(["owner", "Gérente", "man", "Owner; CEO", ""])),
                ("company_size", rng.choice(["10..100", "50", "5 to 500"])),
                ("budget", rng.choice(["1000", "0..5000"])),
                ("email", rng.choice(["firma.cz", "gmail.com; seznam.cz"])),
                ("custom.origin", rng.choice(["Form", "api", "Lead Add Form; Import"])),
            ]
        )
        return Rule(f"fit {n}", RulePart.FIT, points, field=field, operator=op, value=value)
    activity = rng.choice(list(Activity))
    return Rule(
        f"eng {n}",
        RulePart.ENGAGEMENT,
        points,
        activity=activity,
        offer=rng.choice([None, *Offer]) if activity is Activity.FORM_CONVERSION else None,
        detail_contains=rng.choice(["", "", "pricing"]),
        cap=rng.choice([None, 5, 12.5]),
        window_days=rng.choice([None, 30, 90]),
        half_life_days=rng.choice([None, 7, 45]),
    )


def test_bulk_matches_the_reference_for_random_rule_sets() -> None:
    rng = random.Random(11)
    leads, history = [], []
    for n in range(120):
        leads.append(
            Lead(
                id=n + 1,
                stage=Stage.LEAD,
                job_title=rng.choice(["Owner", "Gerente", "Manager", "", "CEO"]),
                company_size=rng.choice([None, 5, 50, 600]),
                budget=rng.choice([None, Decimal("999.5"), Decimal(4000)]),
                email=rng.choice(["a@firma.cz", "b@Gmail.com", "c@mail.seznam.cz", "nomail"]),
                custom={"origin": rng.choice(["Form", "API", "lead add form", ""])},
            )
        )
        for _ in range(rng.randint(0, 15)):
            history.append(
                Interaction(
                    id=len(history) + 1,
                    lead_id=n + 1,
                    kind=rng.choice(list(InteractionKind)),
                    occurred_at=NOW - timedelta(days=rng.choice([0, 1, 3.3, 30, 95, 400])),
                    detail=rng.choice(["/", "/Pricing", "webinar"]),
                    offer=rng.choice([None, *Offer]),
                )
            )
    batch = batch_of(leads, history)
    for _ in range(15):
        rules = RuleSet(rules=tuple(random_rule(rng, n) for n in range(12)))
        bulk = score_batch(rules, batch)
        for i, one in enumerate(leads):
            ref = score_lead(rules, one, [h for h in history if h.lead_id == one.id], NOW)
            assert (ref.fit, ref.engagement) == (bulk.fit[i], bulk.engagement[i]), (rules, one)
