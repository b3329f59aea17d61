"""`followup demo`: a made-up job search, dated around today, in a throwaway database."""

from __future__ import annotations

import tempfile
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

from followup import service
from followup.core.calendar import localize
from followup.core.model import OPEN, EventKind, Person, StepKind, Timeline
from followup.store.sqlite import Store


def _at(day: date, hour: int, tz: str) -> datetime:
    while day.weekday() >= 5:  # interviews happen on weekdays
        day -= timedelta(days=1)
    return localize(datetime.combine(day, time(hour, 0)), tz)


def _mark(store: Store, app_id: int, kinds: tuple[StepKind, ...], on: date,
          now: datetime) -> None:
    """Mark steps done as the candidate would have: on the day, that evening."""
    then = min(now, localize(datetime.combine(on, time(18, 0)), str(now.tzinfo)))
    for kind in kinds:
        step = next(s for s in store.load(app_id).steps if s.kind is kind and s.status in OPEN)
        service.mark_done(store, step.id, on, then)


def _evening(at: datetime, now: datetime) -> datetime:
    """When the candidate records an interview: that evening (or now, if that is earlier)."""
    return min(now, at.replace(hour=18, minute=0).astimezone(now.tzinfo))


def build(store: Store, now: datetime, tz: str) -> int:
    """Fill `store` with six applications at different stages; return the one to show."""
    today = now.date()

    def add(company: str, role: str, interview: service.NewInterview, **extra: str) -> int:
        return service.add_application(store, company=company, role=role, interview=interview,
                                       now=_evening(interview.at, now), **extra).id  # type: ignore[arg-type]

    def iv(days_ago: int, hour: int, people: tuple[Person, ...], **timeline: object
           ) -> service.NewInterview:
        return service.NewInterview(
            at=_at(today - timedelta(days=days_ago), hour, tz), tz=tz, interviewers=people,
            coordinator=Person("Sam Rivera", "sam.rivera@acme.example")
            if not people or not people[-1].email else None,
            timeline=Timeline(**timeline),  # type: ignore[arg-type]
        )

    # The freshest interview: this morning on a weekday, else a few hours ago, so that its
    # thank-yous are due now, inside their 24 hours (T2).
    fresh = iv(0, 8, (Person("Jane Doe", "jane.doe@acme.example"), Person("Raj Patel")))
    if not (today.weekday() < 5 and now.hour >= 9):
        fresh = replace(fresh, at=(now - timedelta(hours=6)).replace(minute=0, second=0,
                                                                      microsecond=0))
    # Each one is recorded the evening of its interview and kept up as the candidate went.
    acme = add("Acme Analytics", "Data Analyst", fresh)
    globex_iv = iv(9, 14, (Person("Maria Garcia", "m.garcia@globex.example"),),
                   decision_by=today - timedelta(days=4), note="Decision by end of week.")
    globex = add("Globex", "Product Manager", globex_iv)
    _mark(store, globex, (StepKind.THANK_YOU,), globex_iv.at.date(), now)
    initech_iv = iv(4, 11, (Person("Bill Lumbergh", "bill@initech.example",
                                   phone="+1 555 0100"),), call_in=4)
    initech = add("Initech", "Backend Engineer", initech_iv)
    _mark(store, initech, (StepKind.THANK_YOU,), initech_iv.at.date(), now)
    umbrella_iv = iv(22, 9, (Person("Alice Wong", "alice@umbrella.example"),))
    umbrella = add("Umbrella Health", "UX Researcher", umbrella_iv, playbook="weekly")
    for week, kinds in enumerate(((StepKind.THANK_YOU,), (StepKind.FOLLOW_UP,),
                                  (StepKind.FOLLOW_UP,))):
        _mark(store, umbrella, kinds, umbrella_iv.at.date() + timedelta(days=7 * week), now)
    stark_iv = iv(12, 16, (Person("Pepper Potts", "pepper@stark.example"),))
    stark = add("Stark Industries", "QA Engineer", stark_iv)
    _mark(store, stark, (StepKind.THANK_YOU,), stark_iv.at.date(), now)
    replied = today - timedelta(days=2)
    service.log_event(store, stark, EventKind.REPLY, replied, min(now, localize(
        datetime.combine(replied, time(12, 0)), tz)),
        note="Still interviewing; decision next week.",
        timeline=Timeline(decision_by=today + timedelta(days=5)))
    wayne_iv = iv(30, 10, (Person("Lucius Fox", "lfox@wayne.example"),))
    wayne = add("Wayne Enterprises", "Analyst", wayne_iv)
    _mark(store, wayne, (StepKind.THANK_YOU,), wayne_iv.at.date(), now)
    rejected = today - timedelta(days=20)
    service.log_event(store, wayne, EventKind.REJECTED, rejected, min(now, localize(
        datetime.combine(rejected, time(12, 0)), tz)), note="Went with an internal candidate.")
    return acme


def run_demo(now: datetime, tz: str, keep: str | None = None) -> None:
    """Build the demo around `now` (the real clock unless --now was given) and show it."""
    from followup.cli import human
    with tempfile.TemporaryDirectory(prefix="followup-demo-") as tmp:
        path = Path(keep) if keep else Path(tmp) / "demo.db"
        store = Store(path)
        try:
            shown = build(store, now, tz)
            human.console.rule("followup demo: a made-up job search, dated around today")
            from followup.cli import listing

            rows, totals = service.list_page(store, now)
            human.console.print(listing.applications(rows, totals, now.date(), complete=True,
                                                     width=human.console.width),
                                markup=False, highlight=False)
            human.console.print()
            from followup.cli import agenda

            found = service.agenda(store, now, 30)
            human.console.print(agenda.today(found.late, found.due, found.late_total,
                                             found.due_total, now.date(),
                                             nudge=service.search_nudge(store, now.date()),
                                             days=found.days),
                                markup=False, highlight=False)
            human.console.print()
            human.console.rule(f"the full plan of application {shown}")
            human.application(service.show(store, shown, now), now.date())
            human.console.print()
            where = f"kept in {path}" if keep else "a temporary database, now deleted"
            human.console.print(
                f"This was {where}. Start your own: followup prepare, then followup add "
                "COMPANY --role ROLE --interviewed \"YYYY-MM-DD HH:MM\" --with \"Name <email>\"",
                markup=False, style="dim")
        finally:
            store.close()
