"""One description of each capture field (C1-C7), read by every front end.

The command line builds its options' help from it, the interactive add its questions, the web
form its labels and hints, the API and the form their parsing; `prepare` its checklist. Each
field says how the command line names it (`--role`) and how a sentence does ("the role"), so a
message is written once and reads as a flag in the terminal and as words on a page. An error
raised while a field is read carries that field (`BadInput.field`).

Pure: no I/O, no clock. Light to import (the parsers load core.parse when first used), so
describing the command line's options costs nothing.
"""

from __future__ import annotations

from followup.core.errors import BadInput, on_field
from followup.core.model import Value, fill

TYPE_CHECKING = False  # mypy treats this name as True; `typing` stays unimported at run time
if TYPE_CHECKING:
    from collections.abc import Callable, Mapping
    from typing import Any

    from followup.core.model import EventKind, Timeline

    Parser = Callable[[Any, str], Any]  # (what was typed, the name used in messages) -> value


class Field(Value):
    """One question of the capture, as each front end shows and reads it."""

    __slots__ = (  # noqa: RUF023 (the order of __init__)
        "name", "option", "label", "words", "question", "help", "rules", "parse", "attr",
        "metavar", "hint", "required", "flag",
    )
    name: str  # the key in a web form, a JSON body and the interactive answers
    option: str  # the command line's option or argument: "--role", "COMPANY"
    label: str  # the web form's label, in plain words
    words: str  # the field inside a sentence: "the role"
    question: str  # what the interactive add asks
    help: str  # the option's --help
    rules: tuple[str, ...]  # the rulebook ids it serves
    parse: Parser | None  # None: read by the front end as a list or with the zone
    attr: str | None  # its Timeline attribute, for the timeline fields
    metavar: str | None
    hint: str | None  # the web form's line under the label
    required: str | None  # a missing answer's message, "{}" standing for the field
    flag: str | None  # how command-line messages name it, when not by its option

    def __init__(self, name: str, option: str, label: str, words: str, question: str,
                 help: str, rules: tuple[str, ...] = (), parse: Parser | None = None,
                 attr: str | None = None, metavar: str | None = None, hint: str | None = None,
                 required: str | None = None, flag: str | None = None) -> None:
        fill(self, name, option, label, words, question, help, rules, parse, attr, metavar,
             hint, required, flag)

    @property
    def said_as(self) -> str:
        """The field's name in a command-line message."""
        return self.flag or self.option

    def read(self, raw: str | int, what: str | None = None) -> Any:
        """The value typed for this field, parsed; a mistake carries this field."""
        assert self.parse is not None, self.name
        with on_field(self.name):
            return self.parse(raw, what or self.said_as)

    def missing(self, *, plain: bool = False, what: str | None = None) -> BadInput:
        """The error for a required answer left out: a flag on the command line and in the
        API, words on a page and in the terminal's questions."""
        assert self.required is not None, self.name
        subject = _capital(self.words) if plain else (what or self.said_as)
        return BadInput(self.required.format(subject), field=self.name)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _date(raw: str, what: str) -> Any:
    from followup.core.parse import parse_date

    return parse_date(raw, what)


def _yes_no(raw: str, what: str) -> bool:
    from followup.core.parse import parse_yes_no

    return parse_yes_no(raw, what)


def _channel(raw: str, what: str) -> Any:
    from followup.core.parse import parse_channel

    return parse_channel(raw, what)


def _text(raw: str, what: str) -> str | None:
    from followup.core.parse import text

    return text(raw, what)


def _note(raw: str, what: str) -> str | None:
    from followup.core.parse import text

    return text(raw, what, limit=2000)


MEDIUMS = {"in person": "in_person", "in-person": "in_person", "in_person": "in_person",
           "on site": "in_person", "onsite": "in_person", "video": "video",
           "video call": "video", "phone": "phone", "call": "phone", "phone call": "phone"}


def _medium(raw: str, what: str) -> str:
    """How the interview was held: in person, video or phone (the drafts say "speaking
    with you" for the last two)."""
    key = " ".join(str(raw).strip().lower().split())
    if key not in MEDIUMS:
        raise BadInput(f"{what} {str(raw).strip()[:40]!r}: choose in-person, video or phone")
    return MEDIUMS[key]


def _call_in(raw: str | int, what: str) -> int:
    """The command line hands over a number; a form, the API and the terminal text."""
    from followup.core.parse import parse_days

    if isinstance(raw, int):
        return parse_days(raw, what)
    try:
        days = int(raw.strip())
    except ValueError:
        raise BadInput(f"{what}: {raw!r} is not a number of days from 1 to 365") from None
    return parse_days(days, what)


def _thank_you_by(raw: str, what: str) -> Any:
    from followup.core.parse import parse_channel

    return parse_channel(raw, what, thank_you=True)


def _required_text(raw: str, what: str) -> str | None:
    from followup.core.parse import text

    return text(raw, what, required=True)


def _zone(raw: str, what: str) -> str:
    from followup.core.validate import time_zone

    return time_zone(raw, what)


def _playbook(raw: str, _: str) -> str:
    from followup.core.playbooks import get_playbook

    return get_playbook(raw).name


def _holidays(raw: str, _: str) -> str | None:
    from followup.core.calendar import check_country

    return None if raw.strip().lower() == "none" else check_country(raw)


def _person(raw: str, what: str) -> Any:
    from followup.core.parse import parse_person

    return parse_person(raw, what)


PERSON = '"Name <email>"'
FIELDS: tuple[Field, ...] = (
    Field("company", "COMPANY", "Company", "the company", "Company", "The employer.",
          parse=_required_text, required="{} must not be empty", flag="the company name"),
    Field("role", "--role", "Role", "the role", "Role", "The job title.",
          parse=_required_text, required="{} is required: the job you interviewed for"),
    Field("interviewed", "--interviewed", "When was it?", "the interview's day and time",
          "When was the interview? (YYYY-MM-DD HH:MM)", "When the interview was.",
          rules=("T2", "T3"), metavar='"YYYY-MM-DD HH:MM"',
          required='{} is required: "YYYY-MM-DD HH:MM"'),
    Field("tz", "--tz", "Time zone", "the time zone", "Time zone of the interview",
          "IANA time zone of the interview (default: yours).", parse=_zone, metavar="ZONE"),
    Field("with", "--with", "Who interviewed you? One per line", "an interviewer",
          'Interviewer, as "Name <email>" (C4; Enter when done)',
          "An interviewer; repeat for each one (T1, C4). \"#12\" names contact 12 (see "
          "`followup contacts`); a bare address a contact already has is that contact.",
          rules=("C4", "T1"), parse=_person, metavar=PERSON,
          hint='"Name <email>", or just the name if you have no card (C4). Each gets their '
               "own thank-you (T1)."),
    Field("noted", "--noted", "What stood out? One per line", "what stood out",
          "One thing you talked about with them? (Enter to skip)",
          'One thing you talked about with an interviewer, e.g. "Jane: the dbt migration"; '
          "the thank-you and the week +1 note recall it. Repeatable; without a name it fits "
          "the whole conversation.", rules=("M1",), metavar='"Name: what stood out"',
          hint='"Jane: the dbt migration": the thank-you recalls it; without one it leaves a '
               "slot to fill in."),
    Field("medium", "--medium", "How was it held?", "how it was held",
          "In person, video or phone? (Enter: in person, or the invitation's video link)",
          "in-person, video or phone: how the interview was held (default: in person, or "
          "video when its invitation has a video link); the drafts thank a call for "
          '"speaking with" you, not for meeting.', rules=("M1",), parse=_medium,
          metavar="in-person|video|phone",
          hint="A phone or video interview is thanked for speaking with you, not for "
               "meeting."),
    Field("final", "--final", "Was this the final round?", "the final-round answer",
          "Was this the final round? yes/no (Enter: no)",
          "yes: this was the final round; the thank-you says so.", rules=("M1",),
          parse=_yes_no, metavar="yes|no"),
    Field("coordinator", "--coordinator", "Who arranged it?", "the coordinator",
          'Who arranged it, as "Name <email>" (T6; Enter if nobody)',
          'Who set up the interview ("#ID" for a known contact); thank-yous are relayed '
          "through them when an interviewer's address is unknown (C4, T6).",
          rules=("C4", "T6"), parse=_person, metavar=PERSON,
          hint='"Name <email>": thank-yous go through them when an interviewer has no address '
               "(C4, T6)."),
    Field("decision_by", "--decision-by", "When do they expect to decide? (C1)",
          "the decision date", "When do they expect to decide? YYYY-MM-DD (C1)",
          "When they expect to decide (C1, F5).", rules=("C1", "F5"), parse=_date,
          attr="decision_by", metavar="DATE"),
    Field("timeline", "--timeline",
          "Their words about next steps and when you will hear back (C1)",
          "their words about next steps", "Their words about next steps (C1)",
          "Their words about next steps (C1).", rules=("C1",), parse=_note, attr="note",
          metavar="TEXT"),
    Field("all_contacted", "--all-contacted",
          "Will every candidate be contacted either way? (C2)", "whether everyone hears back",
          "Will every candidate hear back? yes/no (C2)", "Will every candidate hear back? (C2)",
          rules=("C2",), parse=_yes_no, attr="all_contacted", metavar="yes|no"),
    Field("follow_up_on", "--follow-up-on", "Did you agree a day to follow up? (C3)",
          "the agreed follow-up day", "Did you agree a date to follow up? YYYY-MM-DD (C3)",
          "The follow-up date you agreed on (C3, F6).", rules=("C3", "F6"),
          parse=_date, attr="follow_up_on", metavar="DATE"),
    Field("call_in", "--call-in", 'Or did they say "call me in N days"? (C3)',
          "the days until the call", 'Or did they say "call me in N days"? N (C3)',
          'They said "call me in N days" (C3, F6).', rules=("C3", "F6"), parse=_call_in,
          attr="call_in", metavar="N"),
    Field("follow_up_by", "--follow-up-by", "On which channel did you agree to follow up? (C3)",
          "the agreed channel", "How: email or phone? (C3)",
          "The agreed channel: email, phone, letter (C3).", rules=("C3",),
          parse=_channel, attr="follow_up_by", metavar="CHANNEL"),
    Field("thank_you_by", "--thank-you-by", "How will you thank them? (T3, T4)",
          "the way to thank them", "Thank-you by email, letter or phone? (T3, T4)",
          "email (default), letter or phone; never text or social media (T3, T4).",
          rules=("T3", "T4"), parse=_thank_you_by, attr="thank_you_by", metavar="CHANNEL",
          hint="Never by text message or social media (T4)."),
    Field("fit", "--fit", "Was it clear that you lack the qualifications or are not a fit? "
          "(C7)", "the fit answer", "Is this role a fit for you? yes/no (C7)",
          "no: it was clear you are not a fit; thank and move on (C7).", rules=("C7",),
          parse=_yes_no, attr="fit", metavar="yes|no"),
    Field("needs", "--needs", "Did they ask you to send anything? (C6)", "what they asked for",
          "Anything they asked you to send? (C6)", "What they asked you to send (C6).",
          rules=("C6",), parse=_text, attr="needs", metavar="TEXT"),
    Field("playbook", "--playbook", "Playbook", "the playbook", "Playbook",
          "weekly, estimate, agreed, two-weeks, call or default.", parse=_playbook),
    Field("holidays", "--holidays", "Holidays of (country code)", "the holiday country",
          "Whose public holidays are days off? country code, or none",
          "Country whose public holidays are not business days (default: the country of the "
          "time zone; none: weekends only).", parse=_holidays, metavar="CC",
          hint="e.g. US, GB, DE-BY; blank: the country of the time zone (US for "
               "America/New_York); none: weekends only"),
)
FIELD: Mapping[str, Field] = {f.name: f for f in FIELDS}
# The answers of the smaller forms (a step done or snoozed, an event logged), described alike.
ACTIONS: tuple[Field, ...] = (
    Field("on", "--on", "On", "the date", "On which day? YYYY-MM-DD", "When (default: today).",
          parse=_date, metavar="DATE"),
    Field("note", "--note", "Note", "the note", "What did they say?", "What they said.",
          parse=_note),
    Field("until", "--until", "Until", "the new day", "Until which day? YYYY-MM-DD",
          "The day to do it instead.", parse=_date, metavar="DATE",
          required="{} is required: the business day to snooze to"),
    Field("reason", "--reason", "Why it waits", "the reason", "Why does it wait?",
          "Why it waits (shown with the step).", parse=_note, metavar="TEXT",
          required="{} must not be empty"),
)
ACTION: Mapping[str, Field] = {f.name: f for f in ACTIONS}
# What an interview's end settles (C1-C3, C6, C7, T3): the Timeline.
TIMELINE = tuple(f.name for f in FIELDS if f.attr is not None)
# What a reply or a reopening may say about the next touch (F12, A3).
REPLY = ("decision_by", "follow_up_on", "call_in", "follow_up_by")


def timeline(given: Mapping[str, str | int | None], names: tuple[str, ...] = TIMELINE, *,
             plain: bool = False) -> dict[str, Any]:
    """The timeline answers that were given (None or blank: not said), parsed, keyed by
    their Timeline attribute. `plain`: messages name each field in words."""
    out: dict[str, Any] = {}
    for name in names:
        raw = given.get(name)
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            continue
        f = FIELD[name]
        assert f.attr is not None, name
        out[f.attr] = f.read(raw, f.words if plain else None)
    return out


def web_labels() -> dict[str, str]:
    """Each field's label on a page (the timeline fields are asked as questions)."""
    return {f.name: f.label for f in FIELDS}


# -- before leaving the interview --------------------------------------------------------------

class Ask(Value):
    """A question to put to the interviewer (`followup prepare`), and where its answer goes."""

    __slots__ = ("rule", "question", "answers")  # noqa: RUF023 (the order of __init__)
    rule: str
    question: str
    answers: tuple[str, ...]  # the capture fields it fills; () when kept on the person

    def __init__(self, rule: str, question: str, answers: tuple[str, ...]) -> None:
        fill(self, rule, question, answers)


CHECKLIST: tuple[Ask, ...] = (
    Ask("C1", "What are the next steps, and when do you expect to decide? When should I "
              "expect to hear back?", ("decision_by", "timeline")),
    Ask("C2", "Will every candidate be contacted either way? If so, roughly when?",
        ("all_contacted",)),
    Ask("C3", "May I follow up if I have not heard by then, and how would you like me to: "
              "email or a call?", ("follow_up_on", "call_in", "follow_up_by")),
    Ask("C4", "Could I have your card or your email? (If not: how would you prefer I follow "
              "up, or should I go through the person who arranged today?)",
        ("with", "coordinator")),
    Ask("C5", "Are you on LinkedIn, and do you accept connection requests from candidates?",
        ()),  # kept on the person: `followup interviewer ID --linkedin-ok`
    Ask("C6", "Is there anything else you need from me?", ("needs",)),
)


# -- what happened next: one check for `log`, wherever it comes from ---------------------------

EVENT = "kind"  # the field an event's name is given in (a form, a JSON body)


def event(raw: str, timeline: Timeline | None = None) -> EventKind:
    """The event `log` records, checked the same way for the command line, the web form and
    the API: one of the loggable names, and dates only with a reply (F12), since only a reply
    says when to follow up next."""
    from followup.core.model import LOGGABLE_EVENTS, EventKind

    names = [e.value for e in LOGGABLE_EVENTS]
    word = raw.strip().lower()
    if word not in names:
        raise BadInput(f"unknown event {raw!r}: choose one of {', '.join(names)}", field=EVENT)
    kind = EventKind(word)
    dated(kind, timeline)
    return kind


def dated(kind: EventKind, timeline: Timeline | None) -> None:
    """Only a reply says when to follow up next (F12): dates with any other event, the
    tool's own included, are refused."""
    from followup.core.model import EventKind

    if timeline is not None and kind is not EventKind.REPLY:
        raise BadInput("dates can be given only with a reply: what did they say?",
                       field=EVENT)
