"""Why a column goes where it goes, in the user's language."""

from __future__ import annotations

from leaddesk.core.importing import recognise as rec
from leaddesk.core.importing.recognise import Reason
from leaddesk.ui.i18n import ui_tr


def tr(text: str) -> str:
    return ui_tr(text)


def _templates() -> dict[str, str]:
    # Literal tr() calls, so that lupdate finds every sentence the core can give.
    return {
        rec.R_HEADER: tr("header is “{words}”"),
        rec.R_HEADER_WORDS: tr("header words “{words}”"),
        rec.R_CHOSEN: tr("chosen by you"),
        rec.R_REMEMBERED: tr("remembered from your last import of these columns"),
        rec.R_UNKNOWN: tr("no field matches; kept as a custom field"),
        rec.R_EMAIL: tr("values are email addresses"),
        rec.R_PHONE: tr("values are phone numbers"),
        rec.R_URL: tr("values are web addresses"),
        rec.R_COUNTRY: tr("values are countries"),
        rec.R_DATE: tr("values are dates"),
        rec.R_BOOL: tr("values are yes/no"),
        rec.R_AMOUNT: tr("values are amounts"),
        rec.R_COMPANY: tr("values end in company legal forms (S.L., S.p.A., s.r.o., GmbH, Inc …)"),
        rec.R_JOB: tr("values are job titles"),
        rec.R_CARD: tr(
            "sensitive: values are payment card numbers; ignored unless you choose otherwise"
        ),
        rec.R_SENSITIVE: tr("sensitive: header “{words}”; ignored unless you choose otherwise"),
        rec.R_REFERENCE: tr("numeric references to another table, not a name or a company"),
        rec.R_SALUTATION: tr("values are salutations (Mr., Ms. …), not job titles"),
        rec.R_REDUNDANT: tr("a full name beside first and last names; kept as a custom field"),
        rec.R_DERIVED: tr("computed by LeadDesk on export; not imported"),
        rec.R_WEAK_HEADER: tr("{words}; the header only partly matched"),
        rec.R_ACCOUNT: tr("names of companies: company facts beside them and no person columns"),
        rec.R_OUTCOME: tr("values are outcomes or stages (won, lost, customer …)"),
        rec.R_HEADERLESS: tr("no header row: the column is named for its values"),
    }


def reason_text(reason: Reason | None) -> str:
    """The reason as a sentence in the interface's language."""
    if reason is None:
        return ""
    template = _templates().get(reason.template, reason.template)
    words = reason.words
    # A weak match's words embed a value sentence: translate that part too.
    for core, shown in _templates().items():
        if "{" not in core and core in words:
            words = words.replace(core, shown)
    words = words.replace("header words “", tr("header words “{words}”").split("{")[0])
    return template.format(words=words)
