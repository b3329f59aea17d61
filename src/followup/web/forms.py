"""What a web form or a JSON body says, turned into the values the service takes.

Every field goes through the same `followup.core.parse` function, with the same option name,
as on the command line, so a mistake reads the same in the terminal, on the page and in the
API. Errors are collected per field so a form can show each one next to its input.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from typing import Any

from followup.core import parse, validate
from followup.core.calendar import check_country
from followup.core.errors import BadInput
from followup.core.model import Timeline
from followup.core.playbooks import get_playbook
from followup.service import NewInterview

# field name -> the command-line option whose message it shares
OPTION = {
    "company": "COMPANY", "role": "--role", "interviewed": "--interviewed", "tz": "--tz",
    "with": "--with", "coordinator": "--coordinator", "decision_by": "--decision-by",
    "timeline": "--timeline", "all_contacted": "--all-contacted",
    "follow_up_on": "--follow-up-on", "call_in": "--call-in", "follow_up_by": "--follow-up-by",
    "thank_you_by": "--thank-you-by", "fit": "--fit", "needs": "--needs",
    "playbook": "--playbook", "holidays": "--holidays", "on": "--on", "note": "--note",
    "until": "--until", "reason": "--reason", "noted": "--noted",
}
TIMELINE_FIELDS = ("decision_by", "timeline", "all_contacted", "follow_up_on", "call_in",
                   "follow_up_by", "thank_you_by", "fit", "needs")
REPLY_FIELDS = ("decision_by", "follow_up_on", "call_in", "follow_up_by")
FORM_ERROR = "_form"
# what each option is called in a sentence, for messages shown in the browser
WORDS = {
    "COMPANY": "the company", "--role": "the role", "--interviewed": "the interview's day and time",
    "--at": "the interview's day and time", "--tz": "the time zone", "--with": "an interviewer",
    "--coordinator": "the coordinator", "--decision-by": "the decision date",
    "--timeline": "their words about next steps", "--all-contacted": "whether everyone hears back",
    "--follow-up-on": "the agreed follow-up day", "--call-in": "the days until the call",
    "--follow-up-by": "the agreed channel", "--thank-you-by": "the way to thank them",
    "--fit": "the fit answer", "--needs": "what they asked for", "--playbook": "the playbook",
    "--holidays": "the holiday country", "--on": "the date", "--note": "the note",
    "--until": "the new day", "--reason": "the reason", "--name": "the name",
    "--email": "the email address", "--phone": "the phone number", "--title": "the job title",
    "--prefers": "the preferred channel", "--linkedin-ok": "the LinkedIn answer",
    "--update": "the update",
}
_OPTION_WORD = re.compile(r"(?<![\w-])(--[a-z][a-z-]*|COMPANY)(?![\w-])")
_RAW_KINDS = {"follow_up": "follow-up", "thank_you": "thank-you", "in_person": "in person"}


class FieldError(BadInput):
    """Bad input that belongs to one field of a form or a JSON body."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


def plain(message: str) -> str:
    """A message for a person reading a page: options become the words for what they are."""
    def word(m: re.Match[str]) -> str:
        text = WORDS.get(m.group(1), m.group(1))
        return text[0].upper() + text[1:] if m.start() == 0 else text

    out = _OPTION_WORD.sub(word, message)
    for raw, words in _RAW_KINDS.items():
        out = out.replace(raw, words)
    return out
_LOCAL_INPUT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")


def _call_in(raw: str, what: str) -> int:
    try:
        days = int(raw.strip())
    except ValueError:
        raise BadInput(f"{what}: {raw!r} is not a number of days from 1 to 365") from None
    return parse.parse_days(days, what)


_TIMELINE_PARSERS: dict[str, tuple[str, Callable[[str, str], Any]]] = {
    "decision_by": ("decision_by", parse.parse_date),
    "timeline": ("note", lambda v, w: parse.text(v, w, limit=2000)),
    "all_contacted": ("all_contacted", parse.parse_yes_no),
    "follow_up_on": ("follow_up_on", parse.parse_date),
    "call_in": ("call_in", _call_in),
    "follow_up_by": ("follow_up_by", parse.parse_channel),
    "thank_you_by": ("thank_you_by", lambda v, w: parse.parse_channel(v, w, thank_you=True)),
    "fit": ("fit", parse.parse_yes_no),
    "needs": ("needs", parse.text),
}


@dataclass
class Parsed:
    """Values parsed so far, and one message per field that failed."""

    values: dict[str, Any] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)

    def run(self, name: str, fn: Callable[[], Any]) -> Any:
        try:
            value = fn()
        except BadInput as exc:
            self.errors.setdefault(name, exc.message)
            return None
        self.values[name] = value
        return value

    @property
    def ok(self) -> bool:
        return not self.errors

    def first_error(self) -> str:
        return next(iter(self.errors.values()))

    def raise_first(self) -> None:
        """Raise the first error with the field it belongs to."""
        if self.errors:
            name, message = next(iter(self.errors.items()))
            raise FieldError(name, message)


def field_of(message: str) -> str:
    """The field a service message is about, from the option it names (else the form)."""
    for name, option in OPTION.items():
        if message.startswith(option) or f" {option} " in message or f"give {option}" in message:
            return name
    lowered = message.lower()
    if "company name" in lowered:
        return "company"
    if "time zone" in lowered or "does not exist in" in lowered:
        return "tz" if "unknown time zone" in lowered else "interviewed"
    if lowered.startswith(("unknown playbook", "playbook ")):
        return "playbook"
    if "holiday calendar" in lowered:
        return "holidays"
    if "preferred channel" in lowered:
        return "with"
    return FORM_ERROR


def blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def lines(value: Any) -> list[str]:
    """A list field: JSON gives a list, a form a textarea with one entry a line."""
    if value is None:
        return []
    items = value if isinstance(value, list) else str(value).splitlines()
    return [str(i) for i in items if str(i).strip()]


def timeline_fields(data: Mapping[str, Any], names: tuple[str, ...], out: Parsed) -> dict[str, Any]:
    """The timeline fields that were given, parsed; blanks mean "not said"."""
    fields: dict[str, Any] = {}
    for name in names:
        raw = data.get(name)
        if blank(raw):
            continue
        attr, fn = _TIMELINE_PARSERS[name]
        value = out.run(name, partial(fn, str(raw), OPTION[name]))
        if value is not None or name not in out.errors:
            fields[attr] = value
    return fields


def interview(data: Mapping[str, Any], default_tz: str, *, what: str = "--interviewed",
              out: Parsed | None = None) -> tuple[NewInterview | None, Parsed]:
    """The capture questions (C1-C7) as a NewInterview, or the errors per field."""
    out = out or Parsed()
    tz: str = out.run("tz", lambda: validate.time_zone(
        None if data.get("tz") is None else str(data["tz"]), default=default_tz)) or ""
    tz_ok = bool(tz)
    raw_when = data.get("interviewed")
    at = None
    if blank(raw_when):
        out.errors["interviewed"] = f'{what} is required: "YYYY-MM-DD HH:MM"'
    elif tz_ok:
        when = str(raw_when).strip()
        if _LOCAL_INPUT.fullmatch(when):  # a browser's datetime-local: "YYYY-MM-DDTHH:MM"
            when = when.replace("T", " ")
        at = out.run("interviewed", lambda: parse.parse_when(when, tz, what))
    people = []
    for entry in lines(data.get("with")):
        person = out.run("with", partial(parse.parse_person, entry))
        if person is not None:
            people.append(person)
    coordinator = None
    if not blank(data.get("coordinator")):
        coordinator = out.run("coordinator", lambda: parse.parse_person(
            str(data["coordinator"]), "--coordinator"))
    fields = timeline_fields(data, TIMELINE_FIELDS, out)
    noted = tuple(lines(data.get("noted")))
    if noted:
        from followup.messages.noted import assign

        out.run("noted", lambda: assign(tuple(people), noted))
    if not out.ok or at is None:
        return None, out
    return NewInterview(at=at, tz=tz, interviewers=tuple(people), coordinator=coordinator,
                        timeline=Timeline(**fields), noted=noted), out


def application(data: Mapping[str, Any], default_tz: str, default_playbook: str,
                default_holidays: str | None) -> tuple[dict[str, Any] | None, Parsed]:
    """A new application: the company, the role and the first interview."""
    out = Parsed()
    company = str(data.get("company") or "")
    role = str(data.get("role") or "")
    if not company.strip():
        out.errors["company"] = "the company name must not be empty"
    else:
        out.run("company", lambda: parse.text(company, "COMPANY", required=True))
    if not role.strip():
        out.errors["role"] = "--role is required: the job you interviewed for"
    else:
        out.run("role", lambda: parse.text(role, "--role", required=True))
    playbook = str(data.get("playbook") or "").strip() or default_playbook
    out.run("playbook", lambda: get_playbook(playbook))
    raw_holidays = data.get("holidays")
    holidays = (str(raw_holidays).strip() or None) if raw_holidays is not None else None
    holidays = holidays or default_holidays  # blank: the saved default, else the time zone's
    if holidays is not None and holidays.lower() != "none":
        out.run("holidays", lambda: check_country(holidays))
    new, out = interview(data, default_tz, out=out)
    if new is None or not out.ok:
        return None, out
    return {"company": company, "role": role, "interview": new, "playbook": playbook,
            "holidays": holidays}, out


def day(data: Mapping[str, Any], name: str, default: date, out: Parsed) -> date | None:
    raw = data.get(name)
    if blank(raw):
        return default
    parsed: date | None = out.run(name, lambda: parse.parse_date(str(raw), OPTION[name]))
    return parsed


def note(data: Mapping[str, Any], name: str, out: Parsed, *, required: bool = False
         ) -> str | None:
    raw = data.get(name)
    if blank(raw):
        if required:
            out.errors[name] = f"{OPTION[name]} must not be empty"
        return None
    value: str | None = out.run(name, lambda: parse.text(str(raw), OPTION[name], limit=2000))
    return value


def check_field(data: Mapping[str, Any], name: str, default_tz: str) -> str | None:
    """One field's message for inline validation as the user types (None: fine)."""
    if name in ("company", "role", "playbook", "holidays"):
        _, out = application(data, default_tz, "default", None)
    else:
        what = "--at" if data.get("_round") else "--interviewed"
        _, out = interview(data, default_tz, what=what)
    return out.errors.get(name)
