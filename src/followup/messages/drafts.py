"""Service functions for messages, one per user action, shared by every front end."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from followup.core.errors import BadInput
from followup.core.model import AppStatus, Notice
from followup.core.parse import parse_email
from followup.messages import catalog, facts, tone
from followup.messages.profile import Profile, one_line, validate
from followup.store import profile as profile_store
from followup.store.sqlite import Store


@dataclass(frozen=True, slots=True)
class Draft:
    step_id: int
    application_id: int
    template: str
    variant: int  # 0-based; people see it as phrasing 1-3
    channel: str  # email | letter | phone | note
    title: str  # what it is, for people and for a subject line when it has none
    subject: str | None
    body: str
    to_name: str | None
    to_email: str | None
    from_name: str | None
    from_email: str | None
    findings: tuple[tone.Finding, ...]
    notices: tuple[Notice, ...]
    notes: str | None

    @property
    def sent_by_email(self) -> bool:
        return self.channel == "email"


def get_profile(store: Store) -> Profile:
    return profile_store.get_profile(store)


def set_profile(store: Store, changes: Mapping[str, str | None], now: datetime,
                default_region: str | None = None) -> Profile:
    """Validate first, then write: a bad value changes nothing."""
    given = {k: v for k, v in changes.items() if v is not None}
    if not given:
        return get_profile(store)
    clean = validate(given, get_profile(store), default_region)
    return profile_store.save_profile(store, clean, now)


def _safe_email(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return parse_email(value)
    except BadInput:
        return None


def draft(store: Store, step_id: int, now: datetime, *, form: str | None = None,
          options: facts.Options | None = None, phrasing: int | None = None) -> Draft:
    """The message for a step, from its template, checked for tone (M5, T5, M1, M2, M4)."""
    from followup.messages import render

    opts = options or facts.Options()
    step = store.get_step(step_id)
    app = store.load(step.application_id)
    info = catalog.choose(step, form, rejected=app.status is AppStatus.REJECTED)
    variant = catalog.phrasing(step, info.name, phrasing)
    profile = get_profile(store)
    found = facts.build(app, step, profile, info, variant, now, opts)
    text = render.render(info.name, found.variables)
    subject, body = render.split_subject(text) if info.is_email else (None, text)
    to_name = found.variables["to_name"]
    to_email = _safe_email(found.to.email) if found.to else None
    notices = list(found.notices)
    if found.to is not None and found.to.email and to_email is None:
        notices.append(Notice("C4", f"The address recorded for {to_name} is not valid; "
                              "fill in To yourself."))
    if info.is_email and not subject:
        notices.append(Notice("M1", f"Template {info.name} gave no “Subject:” line: add one."))
    title = (f"{info.title}: {one_line(app.company)}, {one_line(app.role)}"
             + (f" ({to_name})" if to_name and info.delivery in ("phone", "letter") else ""))
    return Draft(
        step_id=step.id, application_id=app.id, template=info.name, variant=variant,
        channel=info.delivery, title=title, subject=subject, body=body,
        to_name=to_name if info.delivery != "note" else None,
        to_email=to_email if info.delivery != "note" else None,
        from_name=profile.name, from_email=profile.email,
        findings=tuple(tone.check(text, found.expect)), notices=tuple(notices),
        notes=app.notes,
    )


def check_text(text: str, expect: tone.Expect | None = None) -> list[tone.Finding]:
    return tone.check(text, expect)


def expectations(store: Store, step_id: int, now: datetime, form: str | None = None,
                 options: facts.Options | None = None) -> tone.Expect:
    """What a message for this step must say: to check a draft the user wrote or edited."""
    step = store.get_step(step_id)
    app = store.load(step.application_id)
    info = catalog.choose(step, form, rejected=app.status is AppStatus.REJECTED)
    return facts.build(app, step, get_profile(store), info, 0, now,
                       options or facts.Options(), strict=False).expect
