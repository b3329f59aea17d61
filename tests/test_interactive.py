"""`followup add -i` asks the capture questions (C1-C7) and stores the same plan as options."""

from __future__ import annotations

from followup.store.sqlite import Store

ANSWERS = "\n".join([
    "Initech", "Backend Engineer", "2026-11-23 10:00", "",   # company, role, when, zone
    "Bill Lumbergh <bill@initech.example>",                  # an interviewer (C4)
    "the TPS report cover sheets",                           # what stood out with him
    "",                                                      # no more interviewers
    "Joan <joan@initech.example>",                           # coordinator (T6)
    "yes",                                                   # fit (C7)
    "2026-11-27", "After the team offsite",                  # decision date and words (C1)
    "no",                                                    # all contacted? (C2)
    "", "",                                                  # no agreed date, no call-in (C3)
    "The portfolio link",                                    # what they need (C6)
    "email",                                                 # thank-you channel (T3)
]) + "\n"


def test_interactive_add_records_the_capture_answers(cli, db_path) -> None:  # type: ignore[no-untyped-def]
    res = cli("add", "-i", input=ANSWERS)
    assert res.code == 0, res.stderr
    store = Store(db_path)
    app = store.load(1)
    store.close()
    tl = app.interviews[0].timeline
    assert (app.company, app.role) == ("Initech", "Backend Engineer")
    assert str(tl.decision_by) == "2026-11-27" and tl.note == "After the team offsite"
    assert tl.all_contacted is False and tl.needs == "The portfolio link"
    assert [n.rule for n in app.notices] == ["C2"]
    thank_you = app.steps[0]
    assert thank_you.rule == "T2" and "portfolio" in thank_you.why  # C6 in the thank-you
    assert next(s.rule for s in app.steps if s.kind.value != "thank_you") == "F5"
    assert app.interviews[0].interviewers[0].noted == "the TPS report cover sheets"


def test_interactive_add_for_a_poor_fit_asks_nothing_more(cli, db_path) -> None:  # type: ignore[no-untyped-def]
    answers = "Hooli\nAnalyst\n2026-11-23 10:00\n\nGavin <gavin@hooli.example>\n\n\n\nno\n"
    res = cli("add", "-i", input=answers)
    assert res.code == 0, res.stderr
    store = Store(db_path)
    kinds = [s.kind.value for s in store.load(1).steps]
    store.close()
    assert kinds == ["thank_you", "close"]  # C7


def test_add_without_company_outside_a_terminal_is_refused(cli) -> None:  # type: ignore[no-untyped-def]
    res = cli("add")
    assert res.code == 2
    assert "give the COMPANY" in res.stderr
