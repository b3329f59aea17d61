"""The numbers page (A5): the same figures as the command line's stats, each chart drawn as
SVG on the server (no script needed), with its numbers as a table beside it."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from followup.core.errors import BadInput
from followup.core.stats import NEVER_HEAR_BACK, Rate, Stats
from followup.web.forms import plain
from followup.web.runtime import runtime

router = APIRouter(include_in_schema=False)
Weeks = Annotated[int, Query(ge=1, le=104)]


def _pct(r: Rate) -> str:
    return "—" if r.rate is None else f"{r.rate:.0%}"


def _rate_words(rows: tuple[Rate, ...], prefix: str = "") -> str:
    return "; ".join(f"{prefix}{r.label.replace('_', ' ')}: {r.hits} of {r.total} "
                     f"({_pct(r)})" for r in rows) or "nothing to show yet"


def figures(s: Stats) -> list[dict[str, Any]]:
    """Each chart of the page: its SVG, and the rows of the table that says the same."""
    from followup.insights.charts import figure, panels

    by_touch, by_channel, by_playbook, funnel, weekly = panels(s)
    rates = (("touch", by_touch, s.by_touch, "answered", "touches", "touch "),
             ("channel", by_channel, s.by_channel, "answered", "touches", ""),
             ("playbook", by_playbook, s.by_playbook, "heard back", "applications", ""))
    out: list[dict[str, Any]] = []
    for key, panel, rows, hits, total, prefix in rates:
        out.append({
            "key": key, "title": panel.title, "svg": figure(panel, f"c-{key}",
                                                            _rate_words(rows, prefix)),
            "head": (key.capitalize(), hits.capitalize(), total.capitalize(), "Rate"),
            "rows": [(prefix + r.label.replace("_", " "), r.hits, r.total, _pct(r))
                     for r in rows]})
    words = "; ".join(f"{name}: {n}" for name, n in s.funnel)
    out.append({"key": "funnel", "title": funnel.title,
                "svg": figure(funnel, "c-funnel", words or "nothing to show yet"),
                "head": ("Stage", "Applications"), "rows": list(s.funnel)})
    weeks = "; ".join(f"week of {w.start:%-d %b}: {w.applications} applications, "
                      f"{w.interviews} interviews, {w.touches} touches" for w in s.weekly)
    out.append({"key": "weekly", "title": weekly.title,
                "svg": figure(weekly, "c-weekly", weeks or "nothing to show yet"),
                "head": ("Week of", "Applications", "Interviews", "Touches"),
                "rows": [(f"{w.start:%a %-d %b}", w.applications, w.interviews, w.touches)
                         for w in s.weekly]})
    return out


@router.get("/stats", response_class=HTMLResponse)
def stats_page(request: Request, since: Annotated[str | None, Query(max_length=10)] = None,
               weeks: Weeks = 8) -> Response:
    from datetime import date

    from followup.insights.numbers import stats

    rt = runtime(request)
    error, start = None, None
    if since:
        try:
            start = date.fromisoformat(since)
        except ValueError:
            error = ("The first day is not a date the page understands: pick one with the "
                     "date field.")
    try:
        numbers = stats(rt.store(), rt.today(), start, weeks)
    except BadInput as exc:
        error, start = plain(exc.message), None
        numbers = stats(rt.store(), rt.today(), None, weeks)
    return rt.render(request, "stats.html", status=400 if error else 200, s=numbers,
                     error=error, weeks=weeks, pct=_pct, figures=figures(numbers),
                     never=NEVER_HEAR_BACK,
                     share=lambda x: f"{x:.0%}")
