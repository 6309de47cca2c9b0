"""How a fit rule compares a field value: operators, case- and accent-free text, numbers."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from leaddesk.core.number_text import normalise_number_text
from leaddesk.core.placeholders import fold as fold_text
from leaddesk.core.placeholders import is_missing


class Operator(StrEnum):
    EQUALS = "equals"
    NOT_EQUALS = "not_equals"
    CONTAINS = "contains"
    STARTS_WITH = "starts_with"
    IN_LIST = "in_list"
    BETWEEN = "between"
    GREATER_THAN = "greater_than"
    LESS_THAN = "less_than"
    IS_EMPTY = "is_empty"
    IS_NOT_EMPTY = "is_not_empty"
    FREE_MAIL = "free_mail"
    DOMAIN_IN = "domain_in"


OPERATOR_LABELS: dict[Operator, str] = {
    Operator.EQUALS: "equals",
    Operator.NOT_EQUALS: "does not equal",
    Operator.CONTAINS: "contains",
    Operator.STARTS_WITH: "starts with",
    Operator.IN_LIST: "is one of",
    Operator.BETWEEN: "is between",
    Operator.GREATER_THAN: "is greater than",
    Operator.LESS_THAN: "is less than",
    Operator.IS_EMPTY: "is empty",
    Operator.IS_NOT_EMPTY: "is not empty",
    Operator.FREE_MAIL: "email domain is free-mail",
    Operator.DOMAIN_IN: "email domain is one of",
}
NUMERIC_OPERATORS = frozenset({Operator.BETWEEN, Operator.GREATER_THAN, Operator.LESS_THAN})
VALUELESS_OPERATORS = frozenset({Operator.IS_EMPTY, Operator.IS_NOT_EMPTY, Operator.FREE_MAIL})


FREE_MAIL_DOMAINS = frozenset(
    [
        "gmail.com",
        "googlemail.com",
        "yahoo.com",
        "yahoo.co.uk",
        "yahoo.es",
        "yahoo.it",
        "ymail.com",
        "hotmail.com",
        "hotmail.co.uk",
        "hotmail.es",
        "hotmail.it",
        "outlook.com",
        "outlook.es",
        "outlook.it",
        "live.com",
        "live.co.uk",
        "live.it",
        "msn.com",
        "aol.com",
        "icloud.com",
        "me.com",
        "mac.com",
        "gmx.com",
        "gmx.net",
        "gmx.de",
        "web.de",
        "mail.com",
        "protonmail.com",
        "proton.me",
        "zoho.com",
        "yandex.com",
        "yandex.ru",
        "mail.ru",
        "seznam.cz",
        "email.cz",
        "centrum.cz",
        "atlas.cz",
        "volny.cz",
        "post.cz",
        "libero.it",
        "virgilio.it",
        "tiscali.it",
        "alice.it",
        "tin.it",
        "fastwebnet.it",
        "inwind.it",
        "telefonica.net",
        "terra.es",
        "orange.fr",
        "wanadoo.fr",
        "free.fr",
        "btinternet.com",
        "sky.com",
    ]
)


def fold(text: Any) -> str:
    """Text as rules compare it: trimmed, case-folded, accents removed ('Číňan' → 'cinan')."""
    return "" if text is None else fold_text(str(text))


def to_number(value: Any) -> float | None:
    """A field value as a number (''3,5'', '12.500', Decimal, int), or None if it is not one."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value) if math.isfinite(value) else None
    if isinstance(value, Decimal):
        return float(value) if value.is_finite() else None
    text = str(value).strip().replace(" ", "").replace("\u00a0", "")
    if not text:
        return None
    try:
        number = float(Decimal(normalise_number_text(text)))
    except (InvalidOperation, ValueError):
        return None
    return number if math.isfinite(number) else None


LIST_SPLIT = re.compile(r"\s*[;,|\n]\s*")
BETWEEN_SPLIT = re.compile(r"^\s*(-?[\d.,]+)\s*(?:\.\.|…|to|–|—)\s*(-?[\d.,]+)\s*$")


def split_list(value: str) -> tuple[str, ...]:
    """'Owner; CEO, Director' → the folded items."""
    return tuple(item for item in (fold(p) for p in LIST_SPLIT.split(value or "")) if item)


def parse_between(value: str) -> tuple[float, float] | None:
    """'10..50' (also '10 to 50', '10–50') → (10, 50), low first; None when unreadable."""
    match = BETWEEN_SPLIT.match(value or "")
    if not match:
        return None
    low, high = to_number(match.group(1)), to_number(match.group(2))
    if low is None or high is None:
        return None
    return (min(low, high), max(low, high))


def email_domain(value: Any) -> str:
    """The folded domain of an email address (the whole value when it has no @)."""
    return fold("" if value is None else str(value).rpartition("@")[2])


class Projection(StrEnum):
    """What an operator looks at in a field value: folded text, an email domain, a number."""

    TEXT = "text"
    DOMAIN = "domain"
    NUMBER = "number"


PROJECT: dict[Projection, Callable[[Any], Any]] = {
    Projection.TEXT: fold,
    Projection.DOMAIN: email_domain,
    Projection.NUMBER: to_number,
}


def projection_of(op: Operator) -> Projection:
    if op in NUMERIC_OPERATORS:
        return Projection.NUMBER
    if op in (Operator.FREE_MAIL, Operator.DOMAIN_IN):
        return Projection.DOMAIN
    return Projection.TEXT


def fit_predicate(op: Operator, value: str) -> Callable[[Any], bool]:
    """The test a fit rule applies to one raw field value."""
    project, test = PROJECT[projection_of(op)], projected_predicate(op, value)
    return lambda v: test(project(v))


def projected_predicate(op: Operator, value: str) -> Callable[[Any], bool]:
    """The test on a value already projected (see :func:`projection_of`), built once."""
    target = fold(value)
    if op is Operator.EQUALS:
        return lambda v: v == target
    if op is Operator.NOT_EQUALS:
        return lambda v: v != target
    if op is Operator.CONTAINS:
        return lambda v: target in v
    if op is Operator.STARTS_WITH:
        return lambda v: v.startswith(target)
    if op is Operator.IN_LIST:
        items = frozenset(split_list(value))
        return lambda v: v in items
    if op is Operator.IS_EMPTY:
        return is_missing
    if op is Operator.IS_NOT_EMPTY:
        return lambda v: not is_missing(v)
    if op is Operator.FREE_MAIL:
        return lambda v: v in FREE_MAIL_DOMAINS
    if op is Operator.DOMAIN_IN:
        domains = split_list(value)
        return lambda v: _domain_in(v, domains)
    return _numeric_predicate(op, value)


def _domain_in(domain: str, domains: Sequence[str]) -> bool:
    return bool(domain) and any(domain == d or domain.endswith("." + d) for d in domains)


def _numeric_predicate(op: Operator, value: str) -> Callable[[Any], bool]:
    if op is Operator.BETWEEN:
        bounds = parse_between(value)
        if bounds is None:
            return lambda v: False
        low, high = bounds
        return lambda n: n is not None and low <= n <= high
    limit = to_number(value)
    if limit is None:
        return lambda v: False
    if op is Operator.GREATER_THAN:
        return lambda n: n is not None and n > limit
    return lambda n: n is not None and n < limit
