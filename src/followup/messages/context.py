"""The draft context: every variable a template can see, each typed. A text is a `Said`
(audience.py), so only what may be said to the employer can be put here; the candidate's own
notes have no field and no way in. Pure."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from followup.messages.audience import Said


@dataclass(frozen=True, slots=True)
class DraftContext:
    variant: int  # 0-2: which phrasing
    app_id: int
    step_id: int
    reason: Said  # the step's rule id (the private moving-on note picks its words by it)
    locale: str  # en-US or en-GB
    british: bool
    # The candidate, as they sign.
    my_name: Said
    my_email: Said | None
    my_phone: Said | None
    my_phone_spoken: Said | None  # read the way the listener's country writes it (M4)
    my_linkedin: Said | None
    signature: Said
    my_address_lines: tuple[Said, ...]
    # Who the message goes to.
    to_name: Said | None
    dear: Said  # the greeting: their name as the locale's letter form asks
    formal: bool  # a letter: title and family name, "Yours sincerely" / "Sincerely"
    sign_off: Said  # the closing a formal letter needs in this locale
    to_address_lines: tuple[Said, ...]
    dial: Said | None
    linkedin_ok: bool
    linkedin: bool  # the note goes on LinkedIn: short, no subject
    # The interview and the relationship.
    interviewer: Said | None  # the person the message is about (the one met)
    direct: bool  # writing to the person met
    met_dear: Said | None
    interview_ref: Said
    company: Said
    role: Said
    round: int
    final: bool  # the final round
    again: bool  # the recipient was met in an earlier round: seen again, not met
    spoke: bool  # by phone or video: "speaking with you", never "meeting"
    medium: Said  # in person, video or phone
    panel: Said | None  # the others on the panel, by name
    panel_turn: int  # 1 for the fourth to sixth of a large panel: their note closes otherwise
    interview_date: Said
    interview_when: Said  # today, yesterday or on <date>, true on the draft's day
    when_they_said: Said
    decision_date: Said | None  # the employer's date, as the product understood it
    decision_ahead: Said | None  # the same, only while it is still ahead
    agreed_when: Said | None
    agreed_channel: Said | None
    connection: Said | None  # how the candidate knows a network contact (A2)
    position: Said | None  # their recorded job at the company: why they are the one to ask
    previous: Said | None  # the candidate's last follow-up before this one
    last_reply: Said | None  # their reply that set no new date
    reopened: Said | None  # the day the process came back to life: a fresh, present-tense plan
    needs: Said | None
    update: Said | None
    keep: Said | None  # the names to keep (the private moving-on note)
    today: Said
    week_end: bool  # Thursday or later: "I hope you've had a good week"
    noted: Said | None  # None: nothing specific recorded; the sentence is left out
    fit: bool
    # Thanks (T2, T7): owed to this recipient (their thank-you was missed), or already given.
    thanks_missed: bool
    thanked: bool
    thanks_relayed: bool  # through a coordinator: the interviewer's missed thanks, passed on
    late: bool  # a late thank-you (T7), whatever way it goes
    agreed_today: bool  # the agreed day is the draft's day: "today" (M2)
    pressure: bool  # the update speaks of another process with a deadline (M3)
    hours: Said | None  # a call to another time zone: when their working day is
    email_instead: Said | None  # a voicemail to someone abroad: an email to answer instead
    us_ear: bool  # a call heard by an American: "Do you have a minute?", "My number is"
    available: Said | None  # after a reopening: days the candidate offers to talk

    def variables(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


NAMES = frozenset(f.name for f in fields(DraftContext))
