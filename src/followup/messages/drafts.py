"""Service functions for messages, one per user action, shared by every front end."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from followup.core.errors import BadInput
from followup.core.model import Application, AppStatus, Notice, Step, StepKind
from followup.core.parse import parse_email
from followup.core.profile import Profile, one_line, validate
from followup.core.unknown import without_flags
from followup.messages import catalog, facts, tone
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


LINKEDIN_NOTE = 300  # characters LinkedIn takes in a connection request's note (A2)


def get_profile(store: Store) -> Profile:
    return store.profile.get_profile()



def set_profile(store: Store, changes: Mapping[str, str | None], now: datetime,
                default_region: str | None = None) -> Profile:
    """Validate first, then write: a bad value changes nothing."""
    given = {k: v for k, v in changes.items() if v is not None}
    if not given:
        return get_profile(store)
    clean = validate(given, get_profile(store), default_region)
    return store.profile.save_profile(clean, now)


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
    app, step = _as_it_stands(store, step_id, now)
    info = catalog.choose(step, form, rejected=app.status is AppStatus.REJECTED)
    profile = get_profile(store)
    if info.name == "network_note":
        who = opts.to.name if opts.to else (step.to[0] if step.to else None)
        if who:
            opts = _with_connection(store, app.id, who, opts)
    variant, found, text = _compose(app, step, info, profile, now, opts, phrasing)
    linkedin = found.context.linkedin
    channel = "linkedin" if linkedin and info.is_email else info.delivery
    subject, body = (render.split_subject(text) if info.is_email and not linkedin
                     else (None, text))
    if linkedin and body.lower().startswith("subject:"):
        body = body.partition("\n")[2].lstrip("\n")
    if subject and found.thread is not None:
        subject = _in_thread(app, found.thread, profile, now, opts) or subject
    to_name = found.context.to_name
    to_email = _safe_email(found.to.email) if found.to else None
    notices = [*_stale(app, step, form), *found.notices]
    if found.to is not None and found.to.email and to_email is None:
        notices.append(Notice("C4", f"The address recorded for {to_name} is not valid; "
                              "fill in To yourself."))
    if linkedin and len(body.strip()) > LINKEDIN_NOTE:
        notices.append(Notice("A2", f"This note has {len(body.strip())} characters; LinkedIn "
                              f"takes at most {LINKEDIN_NOTE} with a connection request: "
                              "shorten it, or send it as a message once you are connected."))
    if info.is_email and not subject and not linkedin:
        notices.append(Notice("M1", f"Template {info.name} gave no “Subject:” line: add one."))
    title = (f"{info.title}: {one_line(app.company)}, {one_line(app.role)}"
             + (f" ({to_name})" if to_name and info.delivery in ("phone", "letter") else ""))
    return Draft(
        step_id=step.id, application_id=app.id, template=info.name, variant=variant,
        channel=channel, title=title, subject=subject, body=body,
        to_name=to_name if info.delivery != "note" else None,
        to_email=to_email if info.delivery != "note" else None,
        from_name=profile.name, from_email=profile.email,
        findings=tuple(tone.check(body if linkedin else text, found.expect)),
        notices=tuple(notices),
        notes=without_flags(app.notes),
    )


def _in_thread(app: Application, earlier: Step, profile: Profile, now: datetime,
               opts: facts.Options) -> str | None:
    """"Re: " and the subject the product drafted for the candidate's earlier email, so a
    nudge goes in the same thread (F3, F7); None when that draft cannot be made again."""
    from followup.messages import render

    info = catalog.choose(earlier, rejected=app.status is AppStatus.REJECTED)
    if not info.is_email:
        return None
    try:
        _, _, text = _compose(app, earlier, info, profile, now, facts.Options(
            locale=opts.locale), None)
    except BadInput:
        return None
    subject, _ = render.split_subject(text)
    if not subject:
        return None
    return subject if subject.lower().startswith("re:") else f"Re: {subject}"


def _as_it_stands(store: Store, step_id: int, now: datetime) -> tuple[Application, Step]:
    """The application and the step as the plan stands on `now` (the rolling plan): a
    thank-you whose window passed is missed, or has become a late note (T2, T7)."""
    from followup.core.rolling import rolled

    step = store.get_step(step_id)
    app = rolled(store.load(step.application_id), now)  # on the day of its plan's zone
    return app, next((s for s in app.steps if s.id == step.id), step)


def _rendered(app: Application, step: Step, info: catalog.TemplateInfo, profile: Profile,
              now: datetime, opts: facts.Options, variant: int) -> tuple[facts.Facts, str]:
    from followup.messages import render, voice

    found = facts.build(app, step, profile, info, variant, now, opts)
    text = render.render(info.name, found.context)
    return found, voice.localise(text, found.context.locale)


def content_sentences(text: str) -> set[str]:
    """The sentences a reader would notice seeing twice: five words or more, not a call
    script's own instructions, not the number a voicemail has to repeat (M4)."""
    import re

    if "If they answer:" in text:
        text = text.split("If they answer:", 1)[1]
    out = set()
    for m in re.finditer(r"[^.!?\n]+[.!?]", text):
        sentence = " ".join(m.group().strip(" \"").split())
        if len(sentence.split()) >= 5 and not re.search(r"\b(?:zero|one|two|three|four|five|"
                                                      r"six|seven|eight|nine),", sentence):
            out.add(sentence)
    return out


def _previous_to_same(app: Application, step: Step) -> Step | None:
    before = [s for s in app.steps if s.to == step.to and s.kind is not StepKind.CLOSE
              and (s.due, s.id) < (step.due, step.id)
              and str(getattr(s.status, "value", s.status)) != "cancelled"]
    return max(before, key=lambda s: (s.due, s.id), default=None)


def _compose(app: Application, step: Step, info: catalog.TemplateInfo, profile: Profile,
             now: datetime, opts: facts.Options, wanted: int | None, depth: int = 0
             ) -> tuple[int, facts.Facts, str]:
    """The phrasing for `step` and its text: the one chosen for it, unless it shares a
    sentence with the draft just before it to the same person; then the next that does not."""
    first = catalog.history_phrasing(list(app.steps), step, info.name, wanted)
    found, text = _rendered(app, step, info, profile, now, opts, first)
    prev = _previous_to_same(app, step) if wanted is None and step.kind is not StepKind.CLOSE \
        else None
    if prev is None or depth > 6:
        return first, found, text
    prev_info = catalog.choose(prev, rejected=app.status is AppStatus.REJECTED)
    try:
        _, _, prev_text = _compose(app, prev, prev_info, profile, now, opts, None, depth + 1)
    except BadInput:  # the earlier draft cannot be made (a missing profile field): no clash
        return first, found, text
    before = content_sentences(prev_text)
    for k in range(catalog.PHRASINGS):
        variant = (first + k) % catalog.PHRASINGS
        if k:
            found, text = _rendered(app, step, info, profile, now, opts, variant)
        if not content_sentences(text) & before:
            return variant, found, text
    found, text = _rendered(app, step, info, profile, now, opts, first)
    return first, found, text


def _stale(app: Application, step: Step, form: str | None) -> list[Notice]:
    """A step already done, skipped, cancelled or missed: say so before drafting for it."""
    status = str(getattr(step.status, "value", step.status))
    if status == "pending" or (form is not None and step.kind is StepKind.CLOSE):
        return []
    why = {
        "done": f"step {step.id} is already done"
                + (f" (on {step.done_on.isoformat()})" if step.done_on else ""),
        "skipped": f"step {step.id} was skipped",
        "missed": f"the window for step {step.id} has passed",
    }.get(status, f"step {step.id} was cancelled")
    if status == "cancelled" and app.status is not AppStatus.ACTIVE:
        why += ", because " + {
            AppStatus.RESPONDED: "they replied and the plan was remade (F12)",
            AppStatus.REJECTED: "you logged a rejection",
            AppStatus.OFFER: "you logged an offer",
            AppStatus.WITHDRAWN: "you withdrew",
        }.get(app.status, "the application is closed")
    out = [Notice("F12", f"{why}: this draft is probably not needed.")]
    if app.status is AppStatus.REJECTED and form != "rejection-reply":
        out.append(Notice("A3", "To answer the rejection and keep the door open: followup "
                          f"draft --app {app.id} --as rejection-reply"))
    return out


def _with_connection(store: Store, app_id: int, name: str, opts: facts.Options
                     ) -> facts.Options:
    """A network contact's address from the LinkedIn import, when the note has none (A2)."""
    from dataclasses import replace as _replace

    from followup.contacts.network import who_do_i_know
    from followup.core.model import Person

    for a in who_do_i_know(store, app_id).people:
        if a.name.strip().lower() != name.strip().lower():
            continue
        if a.source == "linkedin":  # the only relationship the record holds (A2)
            known = (f"it's been a while since we connected in {a.connected_on.year}"
                     if a.connected_on else None)
            opts = _replace(opts, connection=opts.connection or known)
        if a.position and not opts.position:  # why they are the one to ask (A2)
            opts = _replace(opts, position=a.position)
        if a.email and not (opts.to and opts.to.email):
            opts = _replace(opts, to=Person(name=a.name, email=a.email))
        return opts
    return opts


def step_for_app(store: Store, app_id: int) -> int:
    """The step a whole-application message hangs on (`draft --app ID --as FORM`): the day to
    move on when there is one, else the latest step."""
    app = store.load(app_id)
    if not app.steps:
        raise BadInput(f"application {app_id} has no steps to draft from")
    close = [s for s in app.steps if s.kind is StepKind.CLOSE]
    pick = max(close or list(app.steps), key=lambda s: (s.due, s.id))
    return pick.id


def check_text(text: str, expect: tone.Expect | None = None) -> list[tone.Finding]:
    return tone.check(text, expect)


def expectations(store: Store, step_id: int, now: datetime, form: str | None = None,
                 options: facts.Options | None = None) -> tone.Expect:
    """What a message for this step must say: to check a draft the user wrote or edited."""
    app, step = _as_it_stands(store, step_id, now)
    info = catalog.choose(step, form, rejected=app.status is AppStatus.REJECTED)
    return facts.build(app, step, get_profile(store), info, 0, now,
                       options or facts.Options(), strict=False).expect
