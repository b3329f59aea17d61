"""What a web form or a JSON body says, turned into the values the service takes.

Every capture field is read as `followup.core.fields` describes it, with the same parser and
option name as on the command line, so a mistake reads the same in the terminal, on the page and
in the API. Errors are collected per field so a form can show each one next to its input; an
error from the service says its field itself (`BadInput.field`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from typing import Any

from followup.core import parse, validate
from followup.core.errors import BadInput
from followup.core.fields import ACTION, ACTIONS, FIELD, FIELDS, REPLY, TIMELINE
from followup.core.model import Timeline
from followup.service import NewInterview

# field name -> the command-line option whose message it shares
OPTION = {f.name: f.option for f in (*FIELDS, *ACTIONS)}
TIMELINE_FIELDS = TIMELINE
REPLY_FIELDS = REPLY
FORM_ERROR = "_form"
# what each option is called in a sentence, for messages shown in the browser
WORDS = {f.option: f.words for f in (*FIELDS, *ACTIONS)} | {
    "--at": FIELD["interviewed"].words, "--name": "the name",
    "--email": "the email address", "--phone": "the phone number", "--title": "the job title",
    "--prefers": "the preferred channel", "--linkedin-ok": "the LinkedIn answer",
    "--update": "the update", "--greeting": "the greeting", "--address": "the postal address",
    "--since": "the first day", "--linkedin": "the LinkedIn address",
    "--company": "the company", "--notes": "the notes",
    "--locale": "the drafts' English",
}
_OPTION_WORD = re.compile(r"(?<![\w-])(--[a-z][a-z-]*|COMPANY)(?![\w-])")
_RAW_KINDS = {"follow_up": "follow-up", "thank_you": "thank-you", "in_person": "in person"}
# terminal phrasings the service and the message builders use, as a page says them; applied
# before the option words, in this order (the first ones are the most specific)
_PHRASES: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p), w) for p, w in (
    (r"set FOLLOWUP_\w+_PASSWORD, or store it once in your system keyring with: keyring set "
     r"followup \S+", "type it on the mail settings page (it is kept in your system keyring)"),
    (r"set FOLLOWUP_\w+_PASSWORD instead", "give it where the dashboard is started instead"),
    (r"--holidays CC sets one", "choose a country under Holidays to count its public holidays"),
    (r"give it with: followup edit \d+ --(?:role|company) [A-Z]+",  # core.unknown
     "fill it in on the application's page"),
    (r"record it with:? --noted(?: \"[^\"]*\")?", "note it in the interview form"),
    (r",? or (?:set|record) it with:? followup (?:\w+ \d+ |draft \.\.\. |me )?--[\w-]+"
     r"(?: \"[^\"]*\")?", ""),
    (r"(?:use|give) an IANA name such as", "choose one from the list, such as"),
    (r"""(?:; )?write it as "YYYY-MM-DD HH:MM\"""", "; choose the date and time in the box"),
    (r'"YYYY-MM-DD HH:MM"|YYYY-MM-DD HH:MM', "a date and time"),
    (r"\b(?:write|give) it as YYYY-MM-DD\b", "choose it with the date picker"),
    (r"\bas YYYY-MM-DD\b", "with the date picker"),
    (r"YYYY-MM-DD", "a date"),
    (r"`(rejected|withdrawn|offer|reply)`", r"“\1”"),
    (r"\blog “", "record “"),
    (r"\bstep \d+ \((?P<kind>[^,()→]+?)(?: → (?P<to>[^()]*?))?, (?P<co>[^,()]+)\)",
     r"the \g<kind> at \g<co>"),
    (r"\blogged reply for application \d+ \(([^()]+)\)", r"logged the reply from \1"),
    (r"\blogged (\w+) for application \d+ \(([^()]+)\)", r"logged “\1” for \2"),
    (r"\bapplication \d+ \(([^()]+)\)", r"the application at \1"),
    (r"\bapplication \d+", "this application"),
    (r"\bstep \d+", "this step"),
    (r"; write it as \+CC\.\.\. or give --region \([^)]*\)",
     "; write it with + and the country code, such as +1 212 555 0100"),
    (r"^NAME\b", "The name"),
    (r"`followup contacts (?:edit|merge)[^`]*`", "the Contacts page"),
    (r"\bcontact #\d+", "one of your contacts"),
    (r"`?followup undo`?", "Undo"),
    (r"`?followup (\w+)`?", r"the \1 page"),
    (r"`([^`]*)`", r"\1"),
    (r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun) 0(\d)\b", r"\1 \2"),
))


# the weekday the terminal writes before an ISO day ("Mon 2026-12-21") is part of the day
_ISO_DAY = re.compile(r"\b(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) )?(\d{4})-(\d{2})-(\d{2})\b"
                      r"(?![T:\d])")


def _day_words(m: re.Match[str]) -> str:
    """An ISO day as the pages write days ("Mon 7 Dec 2026"), its weekday said once; a
    non-day stays as typed."""
    try:
        day = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return m.group(0)
    return f"{day:%a} {day.day} {day:%b %Y}"


_STARTS_ID = re.compile(r"(?:application|step) \d")


def plain(message: str) -> str:
    """A message for a person reading a page: no option, command or internal id; options
    become the words for what they are (the one home for the terminal-to-page wording)."""
    def word(m: re.Match[str]) -> str:
        text = WORDS.get(m.group(1), m.group(1))
        return text[0].upper() + text[1:] if m.start() == 0 else text

    out = message
    for pattern, words in _PHRASES:
        out = pattern.sub(words, out)
    out = _ISO_DAY.sub(_day_words, out)
    out = _OPTION_WORD.sub(word, out)
    for raw, words in _RAW_KINDS.items():
        out = out.replace(raw, words)
    return out[:1].upper() + out[1:] if _STARTS_ID.match(message) else out


_LOCAL_INPUT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")


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
            raise BadInput(message, field=name)


def error_of(exc: BadInput) -> dict[str, str]:
    """A refusal as a form shows it: under the field it names, else above the buttons."""
    return {exc.field or FORM_ERROR: exc.message}


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
        f = FIELD[name]
        value = out.run(name, partial(f.read, str(raw)))
        if value is not None or name not in out.errors:
            fields[str(f.attr)] = value
    return fields


def reply_timeline(data: Mapping[str, Any], out: Parsed) -> Timeline | None:
    """What a reply (or a reopening) said about the next touch, if anything (F12, A3)."""
    fields = timeline_fields(data, REPLY_FIELDS, out)
    return Timeline(**fields) if fields else None


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
        out.errors["interviewed"] = FIELD["interviewed"].missing(what=what).message
    elif tz_ok:
        when = str(raw_when).strip()
        if _LOCAL_INPUT.fullmatch(when):  # a browser's datetime-local: "YYYY-MM-DDTHH:MM"
            when = when.replace("T", " ")
        at = out.run("interviewed", lambda: parse.parse_when(when, tz, what))
    people = []
    for entry in lines(data.get("with")):
        person = out.run("with", partial(FIELD["with"].read, entry))
        if person is not None:
            people.append(person)
    coordinator = None
    if not blank(data.get("coordinator")):
        coordinator = out.run("coordinator", lambda: FIELD["coordinator"].read(
            str(data["coordinator"])))
    fields = timeline_fields(data, TIMELINE_FIELDS, out)
    noted = tuple(lines(data.get("noted")))
    if noted:
        from followup.messages.noted import assign

        out.run("noted", lambda: assign(tuple(people), noted))
    medium = None if blank(data.get("medium")) else out.run(
        "medium", lambda: FIELD["medium"].read(str(data["medium"])))
    final = False if blank(data.get("final")) else out.run(
        "final", lambda: FIELD["final"].read(str(data["final"])))
    if not out.ok or at is None:
        return None, out
    shared = data.get("shared")  # an address known under another name: the choice made
    return NewInterview(at=at, tz=tz, interviewers=tuple(people), coordinator=coordinator,
                        timeline=Timeline(**fields), noted=noted,
                        shared=shared if shared in ("merge", "new") else None, medium=medium,
                        final=bool(final)), out


def application(data: Mapping[str, Any], default_tz: str, default_playbook: str,
                default_holidays: str | None) -> tuple[dict[str, Any] | None, Parsed]:
    """A new application: the company, the role and the first interview."""
    out = Parsed()
    company = str(data.get("company") or "")
    role = str(data.get("role") or "")
    for name, raw in (("company", company), ("role", role)):
        if not raw.strip():
            out.errors[name] = FIELD[name].missing().message
        else:
            out.run(name, partial(FIELD[name].read, raw))
    playbook = str(data.get("playbook") or "").strip() or default_playbook
    out.run("playbook", lambda: FIELD["playbook"].read(playbook))
    raw_holidays = data.get("holidays")
    holidays = (str(raw_holidays).strip() or None) if raw_holidays is not None else None
    holidays = holidays or default_holidays  # blank: the saved default, else the time zone's
    if holidays is not None and holidays.lower() != "none":
        out.run("holidays", lambda: FIELD["holidays"].read(holidays))
    new, out = interview(data, default_tz, out=out)
    if new is None or not out.ok:
        return None, out
    return {"company": company, "role": role, "interview": new, "playbook": playbook,
            "holidays": holidays}, out


def day(data: Mapping[str, Any], name: str, default: date | None, out: Parsed, *,
        blank_ok: bool = False) -> date | None:
    """A day field (`on`, `until`); blank: `default`, or refused when there is none (unless
    `blank_ok`: None, as `done` takes it: now, dated in the plan's zone)."""
    raw = data.get(name)
    if blank(raw):
        if default is None and not blank_ok:
            out.errors[name] = ACTION[name].missing().message
        return default
    parsed: date | None = out.run(name, partial(ACTION[name].read, str(raw)))
    return parsed


def note(data: Mapping[str, Any], name: str, out: Parsed, *, required: bool = False
         ) -> str | None:
    raw = data.get(name)
    if blank(raw):
        if required:
            out.errors[name] = ACTION[name].missing().message
        return None
    value: str | None = out.run(name, partial(ACTION[name].read, str(raw)))
    return value


def check_field(data: Mapping[str, Any], name: str, default_tz: str) -> str | None:
    """One field's message for inline validation as the user types (None: fine)."""
    if name in ("company", "role", "playbook", "holidays"):
        _, out = application(data, default_tz, "default", None)
    else:
        what = "--at" if data.get("_round") else "--interviewed"
        _, out = interview(data, default_tz, what=what)
    return out.errors.get(name)
