"""The add-interview form (C1-C7): the same parsing and the same messages as the command line,
inline and on submit; the result shows the new plan."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest
from web_helpers import Web, add, text_of

from followup.core.model import AppStatus, StepKind
from followup.web.forms import plain


def form(**over: str) -> dict[str, str]:
    data = {
        "company": "Acme", "role": "Data Analyst", "interviewed": "2026-11-23T10:00",
        "tz": "America/New_York", "with": "Jane Doe <jane@acme.example>\r\nRaj Patel",
        "coordinator": "Sam Rivera <sam@acme.example>", "fit": "yes", "decision_by": "",
        "all_contacted": "", "timeline": "", "follow_up_on": "", "call_in": "",
        "follow_up_by": "", "needs": "", "thank_you_by": "email", "playbook": "default",
        "holidays": "US",
    }
    data.update(over)
    return data


def test_adding_an_interview_makes_the_plan_and_shows_it(web: Web) -> None:
    r = web.post("/applications", form(decision_by="2026-11-25", timeline="Decide Wednesday"))
    assert r.status_code == 303
    assert r.headers["location"] == "/applications/1?added=1"
    page = text_of(web.get(r.headers["location"]).text)
    assert "Acme is recorded. Here is your plan." in page
    assert "This is the plan" in page
    assert "Thank-you email to Jane Doe" in page
    assert "Thank-you email to Raj Patel via Sam Rivera" in page  # T6
    app = web.store.load(1)
    assert app.company == "Acme" and app.holidays == "US"
    assert app.interviews[0].timeline.note == "Decide Wednesday"
    assert [p.name for p in app.interviews[0].interviewers] == ["Jane Doe", "Raj Patel"]
    assert any(s.rule == "F5" for s in app.steps)


def test_the_form_and_the_cli_record_the_same_thing(web: Web, cli: Callable[..., Any]) -> None:
    web.post("/applications", form(decision_by="2026-11-25", call_in="", holidays="US"))
    cli("add", "Acme", "--role", "Data Analyst", "--interviewed", "2026-11-23 10:00",
        "--tz", "America/New_York", "--with", "Jane Doe <jane@acme.example>",
        "--with", "Raj Patel", "--coordinator", "Sam Rivera <sam@acme.example>",
        "--decision-by", "2026-11-25", "--holidays", "US")
    a, b = web.store.load(1), web.store.load(2)
    assert [(s.kind, s.due, s.rule, s.why) for s in a.steps] == \
        [(s.kind, s.due, s.rule, s.why) for s in b.steps]


@pytest.mark.parametrize(("over", "cli_args", "field"), [
    ({"company": "  "}, ["  ", "--role", "R", "--interviewed", "2026-11-23 10:00"], "company"),
    ({"interviewed": "2026-02-30T10:00"},
     ["Acme", "--role", "R", "--interviewed", "2026-02-30 10:00"], "interviewed"),
    ({"tz": "Mars/Olympus"},
     ["Acme", "--role", "R", "--interviewed", "2026-11-23 10:00", "--tz", "Mars/Olympus"], "tz"),
    ({"thank_you_by": "text"},
     ["Acme", "--role", "R", "--interviewed", "2026-11-23 10:00", "--thank-you-by", "text"],
     "thank_you_by"),
    ({"decision_by": "2026-11-01"},
     ["Acme", "--role", "R", "--interviewed", "2026-11-23 10:00", "--decision-by",
      "2026-11-01"], "decision_by"),
    ({"with": "Jane <not-an-address>"},
     ["Acme", "--role", "R", "--interviewed", "2026-11-23 10:00", "--with",
      "Jane <not-an-address>"], "with"),
    ({"follow_up_on": "2026-11-30", "call_in": "4"},
     ["Acme", "--role", "R", "--interviewed", "2026-11-23 10:00", "--follow-up-on",
      "2026-11-30", "--call-in", "4"], "_form"),
    ({"holidays": "ZZ"},
     ["Acme", "--role", "R", "--interviewed", "2026-11-23 10:00", "--holidays", "ZZ"],
     "holidays"),
    ({"playbook": "estimate"},
     ["Acme", "--role", "R", "--interviewed", "2026-11-23 10:00", "--playbook", "estimate"],
     "playbook"),
])
def test_bad_answers_say_what_the_cli_says_in_words_and_change_nothing(
    web: Web, cli: Callable[..., Any], over: dict[str, str], cli_args: list[str], field: str
) -> None:
    said = cli("add", *cli_args)
    assert said.code == 2
    message = plain(said.stderr.strip().removeprefix("followup: error: "))
    r = web.post("/applications", form(role="R", **over))
    assert r.status_code == 400
    shown = re.search(rf'id="err-{field}"[^>]*>([^<]*)<', r.text)
    assert shown and not re.search(r"(^|\s)--[a-z]", shown.group(1))  # words, not flags
    assert message in r.text.replace("&#34;", '"').replace("&#39;", "'").replace("&lt;", "<") \
        .replace("&gt;", ">")
    assert f'id="err-{field}"' in r.text
    assert web.store.application_ids() == []
    assert 'value="R"' in r.text  # what was typed stays in the form


def test_inline_check_of_one_field(web: Web) -> None:
    data = form(decision_by="2026-13-01")
    r = web.post("/forms/check", data, headers={"HX-Request": "true",
                                                "HX-Trigger-Name": "decision_by"})
    assert r.status_code == 200
    assert 'id="err-decision_by"' in r.text
    assert "is not a real date; choose it with the date picker" in r.text
    ok = web.post("/forms/check", form(), headers={"HX-Trigger-Name": "decision_by"})
    assert ">" + "</p>" in ok.text.replace("\n", "").replace(" ", "")
    assert web.post("/forms/check", form(), headers={"HX-Trigger-Name": "nope"}).text == ""


def test_inline_check_needs_the_csrf_token(web: Web) -> None:
    r = web.post("/forms/check", form(), csrf=False, headers={"HX-Trigger-Name": "tz"})
    assert r.status_code == 403


def test_not_a_fit_plans_only_the_thank_you(web: Web) -> None:
    web.post("/applications", form(fit="no"))
    kinds = {s.kind for s in web.store.load(1).pending}
    assert StepKind.FOLLOW_UP not in kinds and StepKind.THANK_YOU in kinds


def test_a_new_round_restarts_the_plan(web: Web) -> None:
    app = add(web.store, "Acme")
    r = web.post(f"/applications/{app.id}/interviews",
                 {"interviewed": "2026-11-23T15:00", "with": "Maria Garcia <m@acme.example>",
                  "fit": "yes", "thank_you_by": "email", "_round": "1"})
    assert r.status_code == 303
    after = web.store.load(app.id)
    assert len(after.interviews) == 2 and after.interviews[1].round == 2
    assert any("Maria Garcia" in s.to for s in after.pending)


def test_a_new_round_uses_the_at_option_in_messages(web: Web) -> None:
    app = add(web.store, "Acme")
    r = web.post(f"/applications/{app.id}/interviews", {"interviewed": "", "_round": "1"})
    assert r.status_code == 400
    assert "The interview&#39;s day and time is required" in r.text


def test_new_round_reactivates_a_rejected_application(web: Web) -> None:
    app = add(web.store, "Acme")
    web.post(f"/applications/{app.id}/events", {"kind": "rejected", "on": "2026-11-23"})
    web.post(f"/applications/{app.id}/interviews", {"interviewed": "2026-11-23T16:00"})
    assert web.store.load(app.id).status is AppStatus.ACTIVE


def test_what_stood_out_is_a_field_of_the_form(web: Web) -> None:
    """Issue 13: one line per note, as with --noted; a name that is nobody's is refused."""
    page = text_of(web.get("/applications/new").text)
    assert "What stood out?" in page
    r = web.post("/applications", form(noted="Jane: the dbt migration\r\nRaj: the on-call rota"))
    assert r.status_code == 303
    people = web.store.load(1).interviews[0].interviewers
    assert [p.noted for p in people] == ["the dbt migration", "the on-call rota"]
    bad = web.post("/applications", form(noted="Bobby: the roadmap"))
    assert bad.status_code in (200, 400, 422) and "Bobby" in text_of(bad.text)
    assert web.store.application_ids() == [1]
