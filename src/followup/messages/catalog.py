"""Which template drafts which step: every (kind, rule, channel) the planner makes has one.

Each template ships with three phrasings; a step gets one chosen from its ids, so two
messages of one application never read the same, yet a step always drafts the same way.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from followup.core.errors import BadInput
from followup.core.model import Channel, Step, StepKind

PHRASINGS = 3


@dataclass(frozen=True, slots=True)
class TemplateInfo:
    name: str
    title: str  # what the draft is, for people: "Thank-you email"
    rules: str  # the rulebook rules it carries out
    check: str  # what the tone check expects: thank_you | follow_up | agreed | other
    delivery: str  # email | letter | phone | note (a private note, never sent)
    needs: tuple[str, ...] = ("name",)  # profile fields it cannot do without

    @property
    def is_email(self) -> bool:
        return self.delivery == "email"


_ALL = (
    TemplateInfo("thank_you_email", "Thank-you email", "T2 T4 F11 T5", "thank_you", "email"),
    TemplateInfo("late_thanks", "A short, late thank-you", "T7 T2 T5", "thank_you", "email"),
    TemplateInfo("thank_you_relay", "Thank-you relayed by the coordinator", "T6 T5",
                 "thank_you", "email"),
    TemplateInfo("thank_you_letter", "Thank-you letter, to write by hand or print", "T3 T5",
                 "thank_you", "letter"),
    TemplateInfo("thank_you_call", "Thank-you call with a voicemail", "T4 M4", "thank_you",
                 "phone", ("name", "phone")),
    TemplateInfo("follow_up", "Follow-up email a week on", "F2 F8 M1 M6", "follow_up", "email"),
    TemplateInfo("touch_base", "Short touch-base email", "F3 F7 F8 F12 M1 M6", "follow_up",
                 "email"),
    TemplateInfo("status_check", "Status check after their decision date", "F5 M3 M1",
                 "follow_up", "email"),
    TemplateInfo("agreed_follow_up", "The follow-up you agreed on", "F6 M2 M1", "agreed",
                 "email"),
    TemplateInfo("call_follow_up", "Follow-up call with a voicemail", "F4 F7 F9 M4 M1",
                 "follow_up", "phone", ("name", "phone")),
    TemplateInfo("call_status", "Status-check call with a voicemail", "F5 M3 M4 M1",
                 "follow_up", "phone", ("name", "phone")),
    TemplateInfo("call_agreed", "The call you agreed on, with a voicemail", "F6 M2 M4 M1",
                 "agreed", "phone", ("name", "phone")),
    TemplateInfo("network_note", "Note to a contact at the company", "A2", "other", "email"),
    TemplateInfo("moving_on", "Private note about moving on", "F8 F10 C7 A1 A3 A4", "other",
                 "note", needs=()),
    TemplateInfo("withdrawal", "Graceful withdrawal", "A3 M5", "other", "email"),
    TemplateInfo("rejection_reply", "Reply to a rejection that keeps the door open", "A3 M5",
                 "other", "email"),
)
TEMPLATES: dict[str, TemplateInfo] = {t.name: t for t in _ALL}

# `followup draft STEP --as FORM`: another message for the same step.
FORMS = {
    "note": "moving_on",
    "withdrawal": "withdrawal",
    "rejection-reply": "rejection_reply",
    "network": "network_note",
}


def _follow_up(step: Step) -> str:
    if step.rule == "F5":
        return "status_check"
    if step.rule == "F6":
        return "agreed_follow_up"
    if step.rule in ("F3", "F7", "F12") or (step.rule == "F8" and step.touch > 2):
        return "touch_base"
    return "follow_up"


def _call(step: Step) -> str:
    return {"F5": "call_status", "F6": "call_agreed"}.get(step.rule, "call_follow_up")


def _thank_you(step: Step) -> str:
    if step.rule == "T6" or step.via:
        return "thank_you_relay"
    if step.channel is Channel.LETTER:
        return "thank_you_letter"
    if step.rule == "T7" and step.channel is Channel.EMAIL:
        return "late_thanks"
    if step.channel is Channel.PHONE:
        return "thank_you_call"
    return "thank_you_email"


def choose(step: Step, form: str | None = None, rejected: bool = False) -> TemplateInfo:
    """The template for `step`, or for the other message asked for with --as."""
    if form is not None:
        key = form.strip().lower()
        if key not in FORMS:
            raise BadInput(f"--as {form!r}: choose one of {', '.join(FORMS)}")
        if key == "note" and step.kind is not StepKind.CLOSE:
            raise BadInput(f"--as note is the private note of a move-on step; step {step.id} "
                           f"is a {step.kind.value.replace('_', '-')}")
        return TEMPLATES[FORMS[key]]
    if step.kind is StepKind.THANK_YOU:
        return TEMPLATES[_thank_you(step)]
    if step.kind is StepKind.FOLLOW_UP:
        return TEMPLATES[_follow_up(step)]
    if step.kind is StepKind.CALL:
        return TEMPLATES[_call(step)]
    if step.kind is StepKind.NETWORK:
        return TEMPLATES["network_note"]
    return TEMPLATES["rejection_reply" if rejected else "moving_on"]


def phrasing(step: Step, template: str, wanted: int | None = None,
             avoid: frozenset[int] = frozenset()) -> int:
    """0, 1 or 2. Deterministic; never one in `avoid` (the phrasings of the drafts just
    before it to the same person), so consecutive drafts share no sentence."""
    if wanted is not None:
        if not 1 <= wanted <= PHRASINGS:
            raise BadInput(f"--phrasing {wanted}: choose 1 to {PHRASINGS}")
        return wanted - 1
    seed = hashlib.sha256(f"{step.application_id}:{template}".encode()).digest()
    first = int.from_bytes(seed[:4], "big") + step.id
    for k in range(PHRASINGS):
        if (first + k) % PHRASINGS not in avoid:
            return (first + k) % PHRASINGS
    return first % PHRASINGS


def history_phrasing(steps: list[Step], step: Step, template: str,
                     wanted: int | None = None) -> int:
    """The phrasing of `step`, given every step of its application: a step drafted with the
    same template to the same person just before it had another one."""
    if wanted is not None:
        return phrasing(step, template, wanted)
    same = sorted((s for s in steps if s.to == step.to and s.id != step.id
                   and (s.due, s.id) < (step.due, step.id)
                   and choose(s).name == template), key=lambda s: (s.due, s.id))
    used: int | None = None
    for earlier in same[-4:]:  # a short chain: each avoids the one before it
        used = phrasing(earlier, template, avoid=frozenset(() if used is None else (used,)))
    return phrasing(step, template, avoid=frozenset(() if used is None else (used,)))
