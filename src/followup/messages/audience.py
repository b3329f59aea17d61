"""Every fact has an audience: what may be said to an employer is a `Said`; what the candidate
wrote for themselves is not, and a template can only ever see the first.

The draft context (`context.DraftContext`) types every text it holds as `Said`, and a `Said` is
made only here, from an explicit allow-list of sources: names, the role and the company, dates
the product understood, the candidate's `--noted` specifics, their own `--update` news, what the
employer asked them to send (`--needs`), their own profile (how they sign), and the product's
own words. Nothing here reads a log or reopen note, the journal, the `--timeline` free text,
the application's notes, a snooze reason or a step's `why`; mypy refuses a plain `str` where a
`Said` is expected, so a private note cannot reach a template by accident, and
tests/test_messages_audience.py keeps `Said(` out of every other module. Pure.
"""

from __future__ import annotations

from datetime import date

from followup.core.model import Application, Person
from followup.core.profile import Profile, one_line
from followup.core.unknown import known


class Said(str):
    """Text that may be said to the employer."""

    __slots__ = ()


def words(text: str) -> Said:
    """The product's own words (a phrase written in the code, never a user's text)."""
    return Said(text)


def compose(pattern: str, *parts: Said) -> Said:
    """The product's own phrase with employer-facing parts filled in: "my interview with {}"."""
    return Said(pattern.format(*parts))


def company(app: Application) -> Said:
    """The company, or an empty `Said` when nobody has given it (core.unknown): an unknown
    is not a fact, so a template leaves the company out ("the role")."""
    return Said(one_line(known(app.company) or ""))


def role(app: Application) -> Said:
    """The role, or an empty `Said` when nobody has given it: "the {{ role }} role" then
    reads "the role"."""
    return Said(one_line(known(app.role) or ""))


def name(person: Person) -> Said:
    return Said(one_line(person.name))


def name_text(text: str) -> Said:
    """A person's name as a step records it (step.to, step.via): names are said."""
    return Said(one_line(text))


def position(text: str) -> Said:
    """A network contact's job title as their own record gives it, said back to them (A2)."""
    return Said(one_line(text)[:80])


def greeting_text(text: str) -> Said:
    """How a person is greeted, as voice.greeting works it out from their name."""
    return Said(text)


def day(text: str) -> Said:
    """A date the product understood, written out by voice.long_day."""
    return Said(text)


def when(on: date) -> date:
    """A date is a fact the product understood (it is said only through `day`)."""
    return on


def noted(text: str | None) -> Said | None:
    """The candidate's `--noted` specifics: written to be recalled in the messages."""
    return Said(text) if text else None


def update(text: str | None) -> Said | None:
    """The candidate's own `--update` news (M6): written to be said."""
    return Said(text) if text else None


def needs(text: str | None) -> Said | None:
    """What the employer asked the candidate to send (C6): the thank-you says it is coming."""
    return Said(one_line(text)) if text else None


def mine(profile: Profile, value: str | None) -> Said | None:
    """The candidate's own profile (name, number, address, signature): how they sign."""
    del profile  # only fields of the profile come here
    return Said(value) if value else None


def address(text: str) -> Said:
    """A postal address line for a letter: the recipient's, or the placeholder."""
    return Said(text)


def number(text: str) -> Said:
    """A phone number as the product formatted it (phonenumbers)."""
    return Said(text)


def rule(rule_id: str) -> Said:
    """A rule id (F8, C7): the product's own code, used by the private moving-on note."""
    return Said(rule_id if rule_id.isalnum() and len(rule_id) <= 4 else "")
