"""`followup demo`: a made-up job search, dated around today, in a throwaway database."""

from __future__ import annotations

import tempfile
from datetime import date, datetime, time, timedelta
from pathlib import Path

from followup import service
from followup.core.calendar import localize
from followup.core.model import EventKind, Person, StepKind, StepStatus, Timeline
from followup.store.sqlite import Store


def _at(day: date, hour: int, tz: str) -> datetime:
    while day.weekday() >= 5:  # interviews happen on weekdays
        day -= timedelta(days=1)
    return localize(datetime.combine(day, time(hour, 0)), tz)


def _mark(store: Store, app_id: int, kinds: tuple[StepKind, ...], on: date,
          now: datetime) -> None:
    for step in store.load(app_id).steps:
        if step.kind in kinds and step.status is StepStatus.PENDING:
            service.mark_done(store, step.id, on, now)


def build(store: Store, now: datetime, tz: str) -> int:
    """Fill `store` with six applications at different stages; return the one to show."""
    today = now.date()

    def iv(days_ago: int, hour: int, people: tuple[Person, ...], **timeline: object
           ) -> service.NewInterview:
        return service.NewInterview(
            at=_at(today - timedelta(days=days_ago), hour, tz), tz=tz, interviewers=people,
            coordinator=Person("Sam Rivera", "sam.rivera@acme.example")
            if not people or not people[-1].email else None,
            timeline=Timeline(**timeline),  # type: ignore[arg-type]
        )

    # The freshest interview: this morning on a weekday, else the last weekday afternoon, so
    # that its thank-yous are due now.
    fresh = (0, 8) if today.weekday() < 5 and now.hour >= 9 else (1, 16)
    acme = service.add_application(
        store, company="Acme Analytics", role="Data Analyst", now=now,
        interview=iv(*fresh, (Person("Jane Doe", "jane.doe@acme.example"), Person("Raj Patel"))),
    ).id
    globex = service.add_application(
        store, company="Globex", role="Product Manager", now=now,
        interview=iv(9, 14, (Person("Maria Garcia", "m.garcia@globex.example"),),
                     decision_by=today - timedelta(days=4), note="Decision by end of week."),
    ).id
    _mark(store, globex, (StepKind.THANK_YOU,), today - timedelta(days=9), now)
    initech = service.add_application(
        store, company="Initech", role="Backend Engineer", now=now,
        interview=iv(4, 11, (Person("Bill Lumbergh", "bill@initech.example",
                                    phone="+1 555 0100"),), call_in=4),
    ).id
    _mark(store, initech, (StepKind.THANK_YOU,), today - timedelta(days=4), now)
    umbrella = service.add_application(
        store, company="Umbrella Health", role="UX Researcher", now=now, playbook="weekly",
        interview=iv(22, 9, (Person("Alice Wong", "alice@umbrella.example"),)),
    ).id
    for week, kinds in enumerate(((StepKind.THANK_YOU,), (StepKind.FOLLOW_UP,),
                                  (StepKind.FOLLOW_UP,))):
        _mark(store, umbrella, kinds, today - timedelta(days=21 - 7 * week), now)
    stark = service.add_application(
        store, company="Stark Industries", role="QA Engineer", now=now,
        interview=iv(12, 16, (Person("Pepper Potts", "pepper@stark.example"),)),
    ).id
    _mark(store, stark, (StepKind.THANK_YOU,), today - timedelta(days=12), now)
    service.log_event(store, stark, EventKind.REPLY, today - timedelta(days=2), now,
                      note="Still interviewing; decision next week.",
                      timeline=Timeline(decision_by=today + timedelta(days=5)))
    wayne = service.add_application(
        store, company="Wayne Enterprises", role="Analyst", now=now,
        interview=iv(30, 10, (Person("Lucius Fox", "lfox@wayne.example"),)),
    ).id
    _mark(store, wayne, (StepKind.THANK_YOU,), today - timedelta(days=30), now)
    service.log_event(store, wayne, EventKind.REJECTED, today - timedelta(days=20), now,
                      note="Went with an internal candidate.")
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
            human.overview(service.list_applications(store, now.date()), now.date())
            human.console.print()
            human.today(service.today(store, now.date()), now.date(),
                        service.search_nudge(store, now.date()))
            human.console.print()
            human.console.rule(f"the full plan of application {shown}")
            human.application(service.show(store, shown), now.date())
            human.console.print()
            where = f"kept in {path}" if keep else "a temporary database, now deleted"
            human.console.print(
                f"This was {where}. Start your own: followup prepare, then followup add "
                "COMPANY --role ROLE --interviewed \"YYYY-MM-DD HH:MM\" --with \"Name <email>\"",
                markup=False, style="dim")
        finally:
            store.close()
