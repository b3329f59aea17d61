"""What an application was stored without (issue 23: ask less, never refuse what can be
stored): a company or role an invitation did not say, the time of an all-day event. The flag
lives in the application's notes until it is answered; this module says which flags stand
and how to answer each, with the application's own number. Pure."""

from __future__ import annotations

UNKNOWN_COMPANY = "(company unknown)"
UNKNOWN_ROLE = "(role unknown)"
TIME = "time unknown"


def time_unknown(notes: str | None) -> bool:
    """Whether the newest interview's time is still to be given (an all-day event)."""
    return bool(notes) and f"{TIME}:" in (notes or "")


def without_time(notes: str | None) -> str | None:
    """The notes once the time is given: the flag is dropped, the rest kept."""
    kept = [p for p in (notes or "").split("; ") if p and not p.startswith(f"{TIME}:")]
    return "; ".join(kept) or None


def with_number(text: str, app_id: int | None) -> str:
    """A flag's "followup edit ID ..." with the application's number in it."""
    return text if app_id is None else text.replace("followup edit ID ", f"followup edit {app_id} ")


def standing(app_id: int, company: str, role: str, notes: str | None,
             day: str | None = None) -> list[str]:
    """The flags that still stand, each with the one command that answers it (`day`: the
    all-day interview's day, ISO)."""
    out = []
    if company == UNKNOWN_COMPANY:
        out.append(f"company unknown: the invitation did not say: followup edit {app_id} "
                   "--company NAME")
    if role == UNKNOWN_ROLE:
        out.append(f"role unknown: the invitation did not say: followup edit {app_id} "
                   "--role ROLE")
    if time_unknown(notes):
        out.append(f"time unknown: an all-day event, kept at 09:00 until you give the time: "
                   f'followup edit {app_id} --interviewed "{day or "YYYY-MM-DD"} HH:MM"')
    return out
