"""The message templates as the candidate sees and changes them: the shipped ones, and their own
copies in the config folder (which win). One function per action, for the command line and the
web alike; the sandbox, the limits and the checks are messages/render's."""

from __future__ import annotations

from dataclasses import dataclass

TYPE_CHECKING = False  # mypy treats this name as True; `typing` stays unimported at run time
if TYPE_CHECKING:
    from datetime import datetime
    from typing import Any

    from followup.store.sqlite import Store


@dataclass(frozen=True)
class TemplateRow:
    name: str
    title: str
    rules: tuple[str, ...]
    yours: str | None  # where the candidate's own copy is, when there is one
    delivery: str = "email"


@dataclass(frozen=True)
class Preview:
    text: str | None  # what a draft would say; None when there is nothing to fill it from
    about: str  # whose draft it is ("the thank-you email to Jane Doe at Acme"), or why none


def list_templates() -> list[TemplateRow]:
    """Every template, what it drafts, its rules, and whether the candidate has a copy."""
    from followup.messages import catalog, render

    rows = []
    for name in render.shipped_names():
        info = catalog.TEMPLATES.get(name)
        mine = render.user_path(name)
        rows.append(TemplateRow(name, info.title if info else "",
                                tuple(info.rules.split()) if info else (),
                                str(mine) if mine.is_file() else None,
                                info.delivery if info else "email"))
    return rows


def one_template(name: str) -> tuple[TemplateRow, str, str]:
    """The template as drafts use it now, and the shipped text (to compare, or go back to)."""
    from followup.core.errors import NotFound
    from followup.messages import render

    name = render.check_name(name)
    row = next((r for r in list_templates() if r.name == name), None)
    if row is None:
        raise NotFound(f"no template named {name!r}: see `followup templates list`")
    return row, render.source(name)[0], render.shipped_source(name)


def save_template(store: Store, name: str, text: str, now: datetime) -> str:
    """Keep `text` as the candidate's own copy of `name` (0600), once it passes the checks
    of the sandbox and, when there is an open step to fill it from, renders there as a
    draft would (a reach past the sandbox, an unknown variable or a runaway loop is refused
    now, not at the next draft); drafts use it from then on. Returns where it is."""
    from followup import private
    from followup.core.errors import BadInput
    from followup.messages import render

    one_template(name)  # a shipped template's name only
    text = render.check_text(name, text)
    try:
        filled = _context(store, name, now)
    except BadInput:  # a profile still to fill in: nothing to try the text on
        filled = None
    if filled is not None:
        render.render_text(name, text, filled[1])
    path = render.user_path(name)
    private.write(path, (text if text.endswith("\n") else text + "\n").encode("utf-8"))
    render.validate(name)
    return str(path)


def reset_template(name: str) -> bool:
    """Remove the candidate's own copy: drafts use the shipped template again. Whether there
    was one."""
    from followup.messages import render

    one_template(name)
    path = render.user_path(name)
    if not path.is_file():
        return False
    path.unlink()
    return True


def _context(store: Store, name: str, now: datetime) -> tuple[str, Any] | None:
    """Whose draft a preview of `name` shows (the first open step that uses it, else the
    first open step of all) and its variables, or None without any open step. BadInput when
    the profile lacks what the template needs."""
    from followup.core.rolling import rolled
    from followup.messages import catalog, facts
    from followup.messages.drafts import get_profile

    info = catalog.TEMPLATES.get(name)
    if info is None:
        return None
    with store.read():
        live = store.live_with_open_steps()
    chosen = fallback = None
    for app_id in live[:200]:  # a preview needs one step, not a walk over the whole search
        app = rolled(store.load(app_id), now.date())
        for step in app.pending:
            if fallback is None:
                fallback = (app, step)
            if catalog.choose(step).name == name:
                chosen = (app, step)
                break
        if chosen:
            break
    chosen = chosen or fallback
    if chosen is None:
        return None
    app, step = chosen
    variant = catalog.history_phrasing(list(app.steps), step, name, None)  # as its draft
    found = facts.build(app, step, get_profile(store), info, variant, now, facts.Options())
    who = f" to {found.context.to_name}" if found.context.to_name else ""
    return f"the {info.title.lower()}{who} at {app.company}", found.context


def preview_template(store: Store, name: str, text: str, now: datetime) -> Preview:
    """What `text` (not saved yet) would draft for the first open step that uses template
    `name` (else the first open step of all), with the same sandbox and limits as a draft."""
    from followup.messages import render, voice

    one_template(name)
    text = render.check_text(name, text)
    filled = _context(store, name, now)
    if filled is None:
        return Preview(None, "record an interview first: the preview fills the template with "
                             "its details")
    about, context = filled
    made = voice.localise(render.render_text(name, text, context), context.locale)
    return Preview(made, about)
