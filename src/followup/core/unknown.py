"""What the candidate has not told us yet: a role or a company an invitation did not say,
the time of an all-day event (issue 23: stored with `--yes` rather than refused).

The store keeps a sentinel text in the application's company or role column (old databases
hold it too, so it stays as it is, with no migration); every reader asks here whether a
value is known instead of comparing strings itself. An unknown is not a fact: no draft
says it (issue 20), and the candidate is told how to give it. Pure.
"""

from __future__ import annotations

UNKNOWN_COMPANY = "(company unknown)"
UNKNOWN_ROLE = "(role unknown)"
_SENTINELS = {"company": UNKNOWN_COMPANY, "role": UNKNOWN_ROLE}
# The flag capture stores in the application's notes (the candidate's own), word for word as
# older databases hold it.
_FLAGS = {"company": "company unknown: the invitation does not say (followup edit ID "
                     "--company NAME)",
          "role": "role unknown: the invitation does not say (followup edit ID --role ROLE)"}
FIELDS = tuple(_SENTINELS)  # in the order the candidate is asked
TIME = "time unknown"  # the flag of an all-day event's time, in the application's notes
_TIME_SAID = f"{TIME}: an all-day event, kept at 09:00 until you give the time"
# the flag capture stores for it, answered with `edit ID --interviewed`
TIME_FLAG = f'{_TIME_SAID} (followup edit ID --interviewed "YYYY-MM-DD HH:MM")'


def sentinel(field: str) -> str:
    """What the store keeps for an unknown `field` ("company" or "role")."""
    return _SENTINELS[field]


def is_unknown(value: str | None) -> bool:
    """True for a company or role nobody has given: empty, or the stored sentinel."""
    return value is None or not value.strip() or value.strip() in _SENTINELS.values()


def known(value: str | None) -> str | None:
    """The value when it is a real company or role, else None."""
    return None if is_unknown(value) else value


def unknown_fields(company: str | None, role: str | None) -> tuple[str, ...]:
    """Which of an application's company and role are unknown ("company", "role")."""
    return tuple(f for f, v in (("company", company), ("role", role)) if is_unknown(v))


def how_to_give(field: str, app_id: int | None) -> str:
    """The command that gives it: "followup edit 4 --role ROLE"."""
    number = str(app_id) if app_id is not None else "ID"
    return f"followup edit {number} --{field} {field.upper()}"


def before_storing(field: str) -> str:
    """Before an invitation is stored (no number yet): what it did not say ("company",
    "role" or "time") and how to give it then."""
    what = (f"{TIME}: an all-day event" if field == "time"
            else f"{field} unknown: the invitation does not say")
    how = {"time": 'give --interviewed "YYYY-MM-DD HH:MM" beside --from',
           # `add` takes the company as its argument, not as an option
           "company": "give it first: followup add COMPANY --from FILE"
           }.get(field, f"give --{field} {field.upper()} beside --from")
    return f"{what} ({how}, or answer when asked at a terminal)"


def missing_line(field: str, app_id: int | None) -> str:
    """One line for the candidate: the field is unknown, the draft does without it, and
    how to give it."""
    return (f"The {field} is unknown (the invitation did not say), so the draft does "
            f"without it: give it with: {how_to_give(field, app_id)}")


def flag(field: str) -> str:
    """The note capture keeps on an application stored without `field` (issue 23)."""
    return _FLAGS[field]


def without_flags(notes: str | None) -> str | None:
    """The candidate's notes without capture's unknown flags: beside a draft, the draft's
    own line (missing_line, with the real number) says it while it is true, and a flag
    left after the field was given would only mislead."""
    if not notes:
        return notes
    for text in _FLAGS.values():  # stored joined by "; " with capture's other flags
        notes = notes.replace(text + "; ", "").replace("; " + text, "").replace(text, "")
    return notes.strip() or None


def time_unknown(notes: str | None) -> bool:
    """Whether the newest interview's time is still to be given (an all-day event)."""
    return bool(notes) and f"{TIME}:" in (notes or "")


def is_time_flag(text: str) -> bool:
    """Whether one of capture's flags is the all-day event's time."""
    return text.startswith(TIME)


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
    out = [f"{field} unknown: the invitation did not say: {how_to_give(field, app_id)}"
           for field in unknown_fields(company, role)]
    if time_unknown(notes):
        out.append(f'{_TIME_SAID}: followup edit {app_id} --interviewed '
                   f'"{day or "YYYY-MM-DD"} HH:MM"')
    return out
