"""Errors a user can meet, as typed exceptions; the UI turns them into clear messages."""

from __future__ import annotations


class LeadDeskError(Exception):
    """Base of every error a user can meet; ``str(err)`` is a complete sentence."""


class StageMoveRefused(LeadDeskError):
    """A stage move the lifecycle does not allow, or one missing its reason."""

    def __init__(self, message: str, *, needs: str | None = None) -> None:
        super().__init__(message)
        #: what would make the move acceptable: "reason", "call", "override" or None
        self.needs = needs


class LeadNotFound(LeadDeskError):
    def __init__(self, lead_id: int) -> None:
        super().__init__(f"Lead {lead_id} does not exist (it may have been deleted).")
        self.lead_id = lead_id


class EditConflict(LeadDeskError):
    """Someone (another window, another user) changed the lead since it was read."""

    def __init__(self, lead_id: int, expected: int, actual: int) -> None:
        super().__init__(
            f"Lead {lead_id} was changed by someone else since you opened it "
            f"(version {expected}, now {actual}). Reload it and apply your changes again."
        )
        self.lead_id = lead_id
        self.expected = expected
        self.actual = actual


class FieldInvalid(LeadDeskError):
    """A value that does not fit its field."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(f"{field}: {reason}")
        self.field = field
        self.reason = reason


class DatabaseOpenError(LeadDeskError):
    """The database cannot be opened: not ours, unreadable, too new, or unreachable."""


class ImportFileError(LeadDeskError):
    """A file that cannot be imported, with where the problem is."""

    def __init__(
        self,
        reason: str,
        *,
        file: str | None = None,
        sheet: str | None = None,
        row: int | None = None,
        column: str | None = None,
    ) -> None:
        where = [
            p
            for p in (
                file,
                f"sheet {sheet!r}" if sheet else None,
                f"row {row}" if row is not None else None,
                f"column {column!r}" if column else None,
            )
            if p
        ]
        super().__init__(f"{', '.join(where)}: {reason}" if where else reason)
        self.reason = reason
        self.file = file
        self.sheet = sheet
        self.row = row
        self.column = column


class OperationCancelled(LeadDeskError):
    def __init__(self) -> None:
        super().__init__("Cancelled; nothing was changed.")


class DatabaseUnavailable(LeadDeskError):
    """The database server cannot be reached (stopped, network down); nothing was written."""

    def __init__(self, where: str, detail: str = "") -> None:
        text = (
            f"The database server {where} cannot be reached; what you were doing was not "
            "saved and nothing was half-written. LeadDesk keeps retrying; your unsaved edits "
            "stay in their forms."
        )
        super().__init__(f"{text} ({detail})" if detail else text)
        self.where = where
        self.detail = detail
