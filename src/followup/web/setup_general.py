"""You and your calendar: your profile (who signs the drafts), your time zone, the country
whose public holidays are not business days, the playbook for new applications and the day a
week starts on. Saved to the same config file the command line reads, and used at once."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from followup.core.errors import BadInput, FollowupError
from followup.web.forms import plain
from followup.web.posts import Form
from followup.web.runtime import runtime, session

router = APIRouter(include_in_schema=False)
LOCALE_NAMES = (("", "As my profile's country writes it"), ("en-US", "American English"),
                ("en-GB", "British English"))
NAMES = ("tz", "holidays", "playbook", "week_start", "locale")


def _page(request: Request, values: dict[str, Any], errors: dict[str, str],
          status: int = 200) -> Response:
    from followup.core.activity import WEEKDAYS
    from followup.core.playbooks import PLAYBOOKS
    from followup.web import drafts
    from followup.web.pages import CAPTURE_HINTS, CAPTURE_NOTES

    rt = runtime(request)
    return rt.render(request, "settings_general.html", status=status, values=values,
                     errors=errors, weekdays=WEEKDAYS, locales=LOCALE_NAMES,
                     playbooks=PLAYBOOKS.values(),
                     hints=CAPTURE_HINTS, notes=CAPTURE_NOTES,
                     profile=drafts.profile(rt.store()), full_profile=True)


@router.get("/settings/general", response_class=HTMLResponse)
def general_page(request: Request) -> Response:
    cfg = runtime(request).config
    return _page(request, {"tz": cfg.tz, "holidays": cfg.holidays or "",
                           "playbook": cfg.playbook, "week_start": cfg.week_start,
                           "locale": cfg.locale}, {})


@router.post("/settings/general")
def save_general(request: Request, data: Form) -> Response:
    """Each value checked as the command line checks it; all or nothing is saved."""
    from followup import settings

    rt = runtime(request)
    given = {k: str(data.get(k) or "").strip() for k in NAMES}
    given["holidays"] = given["holidays"] or "none"
    checked, errors = {}, {}
    for name, value in given.items():
        try:
            checked[name] = settings.check(name, value)
            if name == "week_start" and checked[name].lower() not in _weekdays():
                raise BadInput("choose the day a week starts on from the list")
        except FollowupError as exc:
            errors[name] = plain(exc.message.replace(f"setting {name}", _label(name)))
    if errors:
        return _page(request, given, errors, status=400)
    try:
        for name, value in checked.items():
            settings.save(name, value)
    except FollowupError as exc:
        session(request).say("error", plain(exc.message))
        return _page(request, given, {}, status=400)
    holidays = None if checked["holidays"] == "none" else checked["holidays"]
    rt.reconfigure(tz=checked["tz"], holidays=holidays, playbook=checked["playbook"],
                   week_start=checked["week_start"].lower(), locale=checked["locale"])
    session(request).say("ok", "Saved: new applications and the work-search record use "
                               "these from now on.")
    return RedirectResponse("/settings/general", status_code=303)


def _weekdays() -> tuple[str, ...]:
    from followup.core.activity import WEEKDAYS

    return WEEKDAYS


def _label(name: str) -> str:
    return {"tz": "the time zone", "holidays": "the holidays", "playbook": "the playbook",
            "week_start": "the first day of the week", "locale": "the drafts' English"}[name]
