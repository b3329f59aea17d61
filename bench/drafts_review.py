"""One example of every draft kind, written to a plain text file for a reviewer to grade as a
career coach would (issue 20). Runs on a throwaway database; prints the file's path.

    python bench/drafts_review.py [OUT.txt]
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from followup import service
from followup.core.model import Channel, EventKind, Person, StepKind, Timeline
from followup.messages import drafts
from followup.messages.facts import Options
from followup.store.sqlite import Store

LONDON = ZoneInfo("Europe/London")
AT = datetime(2026, 11, 20, 10, 0, tzinfo=LONDON)


def _at(day: date) -> datetime:
    return datetime.combine(day, AT.timetz())


def _add(store: Store, people: tuple[Person, ...], tl: Timeline, playbook: str,
         coordinator: Person | None = None, noted: tuple[str, ...] = ()) -> int:
    iv = service.NewInterview(at=AT, tz="Europe/London", interviewers=people,
                              coordinator=coordinator, timeline=tl, noted=noted)
    return service.add_application(store, company="Northwind", role="Data Engineer",
                                   interview=iv, now=AT, playbook=playbook).id


def _show(out: list[str], kind: str, d: drafts.Draft) -> None:
    head = f"==== {kind} · {d.template} ({d.channel})"
    to = f"To: {d.to_name}\n" if d.to_name else ""
    subject = f"Subject: {d.subject}\n" if d.subject else ""
    out.append(f"{head}\n{to}{subject}\n{d.body}")


def build(store: Store) -> str:
    drafts.set_profile(store, {"name": "Alex Doe", "email": "alex@example.com",
                               "phone": "+44 7911 123456", "region": "GB",
                               "address": "4 Mill Lane\\nLeeds LS1 4AB"}, AT)
    out: list[str] = []
    sean = Person("Seán Ó Briain", "sean@northwind.example", phone="+44 20 7946 0001")
    mary = Person("Mary-Kate Nic Aodha", "mk@northwind.example")
    noted = ("Seán: the move to streaming ingestion", "Mary-Kate: the on-call rota")
    app = _add(store, (sean, mary), Timeline(), "weekly", noted=noted)
    steps = store.load(app).steps
    _show(out, "Thank-you email", drafts.draft(store, steps[0].id, _at(AT.date())))
    _show(out, "Thank-you email, panel member", drafts.draft(store, steps[1].id,
                                                             _at(AT.date())))
    service.mark_done(store, steps[0].id, AT.date(), _at(AT.date()))
    late_day = AT.date() + timedelta(days=3)
    service.replan(store, app, _at(late_day))
    late = next(s for s in store.load(app).steps if s.rule == "T7")
    _show(out, "Late thank-you (missed, nobody else writes to her)",
          drafts.draft(store, late.id, _at(late_day)))
    seq = {s.rule: s for s in store.load(app).steps}
    opts = Options(update="I have a second interview elsewhere next week.")
    _show(out, "Week +1 follow-up", drafts.draft(store, seq["F2"].id, _at(seq["F2"].due),
                                                 options=opts))
    service.mark_done(store, seq["F2"].id, seq["F2"].due, _at(seq["F2"].due))
    seq = {s.rule: s for s in store.load(app).steps}
    _show(out, "Touch-base (week +2)", drafts.draft(store, seq["F3"].id, _at(seq["F3"].due)))
    service.mark_done(store, seq["F3"].id, seq["F3"].due, _at(seq["F3"].due))
    seq = {s.rule: s for s in store.load(app).steps}
    _show(out, "Follow-up call with voicemail (week +3)",
          drafts.draft(store, seq["F4"].id, _at(seq["F4"].due)))
    close = seq["F10"]
    _show(out, "Private note: moving on", drafts.draft(store, close.id, _at(close.due)))
    _show(out, "Withdrawal", drafts.draft(store, close.id, _at(close.due), form="withdrawal"))
    _show(out, "Note to a contact (LinkedIn)", drafts.draft(
        store, close.id, _at(close.due), form="network",
        options=Options(to=Person("Priya Shah"))))

    app2 = _add(store, (Person("Jane Doe", "jane@northwind.example"),),
                Timeline(decision_by=date(2026, 12, 4)), "default")
    status = next(s for s in store.load(app2).steps if s.rule == "F5")
    _show(out, "Status check after their date", drafts.draft(store, status.id,
                                                             _at(status.due)))
    app3 = _add(store, (Person("Jane Doe", "jane@northwind.example", phone="+44 20 7946 0002"),),
                Timeline(call_in=4, thank_you_by=Channel.PHONE), "agreed",
                noted=("Jane: the plan to retire the nightly batch jobs",))
    steps3 = store.load(app3).steps
    _show(out, "Thank-you call with voicemail", drafts.draft(store, steps3[0].id,
                                                             _at(AT.date())))
    service.mark_done(store, steps3[0].id, AT.date(), _at(AT.date()))
    call = next(s for s in store.load(app3).steps if s.kind is StepKind.CALL)
    _show(out, "The call you agreed on", drafts.draft(store, call.id, _at(call.due)))
    # Two scenarios keep no --noted specifics (the status checks, the F12 thread), so the
    # drafts without a detail are reviewed too.
    for title, person, tl, playbook, rule, said in (
            ("The follow-up email you agreed on", Person("Jane Doe", "jane@northwind.example"),
             Timeline(follow_up_on=date(2026, 12, 1)), "agreed", "F6",
             ("Jane: the data contracts with the product teams",)),
            ("Status-check call (a US interviewer)",
             Person("Jane Doe", "jane@northwind.example", phone="+1 212 555 0100"),
             Timeline(decision_by=date(2026, 12, 4)), "call", "F5", ())):
        app_id = _add(store, (person,), tl, playbook, noted=said)
        thanks = store.load(app_id).steps[0]
        service.mark_done(store, thanks.id, AT.date(), _at(AT.date()))
        step = next(s for s in store.load(app_id).steps if s.rule == rule)
        _show(out, title, drafts.draft(store, step.id, _at(step.due)))
    app4 = _add(store, (Person("Mrs Margaret Ellis"),), Timeline(), "weekly",
                noted=("Margaret: moving the forecasting models to the cloud",))
    letter = store.load(app4).steps[0]
    _show(out, "Thank-you letter (formal, UK)", drafts.draft(
        store, letter.id, _at(AT.date()), options=Options(
            to_address="Northwind Ltd\\n1 Quay Street\\nManchester M3 3JE")))
    app5 = _add(store, (Person("Raj Patel"),), Timeline(),
                "weekly", coordinator=Person("Sam Rivera", "sam@northwind.example"),
                noted=("Raj: the data quality checks the team is building",))
    relay = store.load(app5).steps[0]
    _show(out, "Thank-you relayed by the coordinator", drafts.draft(store, relay.id,
                                                                    _at(AT.date())))
    app6 = _add(store, (Person("Elena Rossi", "elena@northwind.example"),), Timeline(),
                "weekly")
    reply_day = AT.date() + timedelta(days=10)  # Monday 30 November
    service.log_event(store, app6, EventKind.REPLY, reply_day, _at(reply_day),
                      note="private: they said maybe")
    wait = next(s for s in store.load(app6).steps if s.rule == "F12")
    _show(out, "Asking once after an answer without a date (F12)",
          drafts.draft(store, wait.id, _at(wait.due)))
    end = reply_day + timedelta(days=3)
    service.log_event(store, app6, EventKind.REJECTED, end, _at(end))
    _show(out, "Reply to a rejection", drafts.draft(
        store, drafts.step_for_app(store, app6), _at(end), form="rejection-reply"))
    back = end + timedelta(days=60)  # Monday 1 February
    service.reopen(store, app6, back, _at(back), note="private: internal candidate left")
    now6 = store.load(app6)
    first = next(s for s in now6.steps if s.rule == "F2" and s.key.startswith(now6.phase))
    _show(out, "First message after a reopening", drafts.draft(store, first.id,
                                                               _at(first.due)))
    return "\n\n".join(out) + "\n"


def main() -> None:
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(
        tempfile.gettempdir()) / "followup-drafts-review.txt"
    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder) / "review.db")
        text = build(store)
    target.write_text(text, encoding="utf-8")
    print(target)


if __name__ == "__main__":
    main()
