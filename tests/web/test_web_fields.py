"""One description of each capture field (issue 11, point 2): the command line, the web form
and the API read core.fields, so one wrong answer is refused with one message, the page shows it
under its own input (the error carries its field) and `log` checks an event once for all."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest
from web_helpers import Web, add, text_of

from followup.core.fields import FIELD, FIELDS
from followup.core.model import AppStatus
from followup.web.forms import plain
from followup.web.schemas import ApplicationIn

# One wrong answer for each field; a new field must bring its own.
BAD = {
    "company": "Acme\x07", "role": "Analyst\x07", "interviewed": "2026-02-30 10:00",
    "tz": "Mars/Olympus", "with": "Jane <not-an-address>", "noted": "Bobby: the roadmap",
    "coordinator": "Sam <nope>", "decision_by": "2026-13-01", "timeline": "soon\x07",
    "all_contacted": "perhaps", "follow_up_on": "next week", "call_in": "0",
    "follow_up_by": "sms", "thank_you_by": "text", "fit": "maybe", "needs": "cv\x07",
    "playbook": "aggressive", "holidays": "ZZ", "medium": "carrier pigeon", "final": "maybe",
}
GOOD = {"company": "Acme", "role": "Data Analyst", "interviewed": "2026-11-23 10:00",
        "tz": "America/New_York", "with": "Jane Doe <jane@acme.example>"}
LISTS = {"with", "noted"}


def _cli_args(name: str, value: str) -> list[str]:
    given = {**GOOD, name: value}
    args = [given.pop("company")]
    for key, raw in given.items():
        args += [FIELD[key].option, raw]
    return args


def _api_body(name: str, value: str) -> dict[str, Any]:
    body: dict[str, Any] = {**GOOD, name: value}
    return {k: [v] if k in LISTS else v for k, v in body.items()}


def test_every_field_has_a_wrong_answer_here() -> None:
    assert set(BAD) == set(FIELD)


def test_the_api_takes_every_field() -> None:
    keys = {f.alias or n for n, f in ApplicationIn.model_fields.items()}
    assert set(FIELD) <= keys
    assert ApplicationIn.model_fields["decision_by"].description == FIELD["decision_by"].help


def test_the_form_asks_every_field_with_its_label(web: Web) -> None:
    page = web.get("/applications/new").text
    for f in FIELDS:
        assert f'name="{f.name}"' in page, f.name
        assert f.label.replace("'", "&#39;").replace('"', "&#34;") in page, f.name


@pytest.mark.parametrize("name", sorted(BAD))
def test_one_wrong_answer_one_refusal_under_its_field(
        web: Web, cli: Callable[..., Any], name: str) -> None:
    said = cli("add", *_cli_args(name, BAD[name]))
    assert said.code == 2, said.stdout
    message = said.stderr.strip().removeprefix("followup: error: ")
    api = web.api("POST", "/api/applications", _api_body(name, BAD[name]))
    assert api.status_code == 400
    assert api.json() == {"error": message, "field": name}
    form = {**GOOD, "fit": "yes", "thank_you_by": "email", name: BAD[name]}
    page = web.post("/applications", form)
    assert page.status_code == 400
    shown = re.search(rf'id="err-{name}"[^>]*>([^<]*)<', page.text)
    assert shown is not None and shown.group(1).strip(), name
    assert text_of(shown.group(1)) == text_of(plain(message).replace("&", "&amp;")
                                              .replace("<", "&lt;").replace(">", "&gt;")
                                              .replace('"', "&#34;").replace("'", "&#39;"))
    assert web.store.application_ids() == []


def test_a_missing_answer_reads_as_a_flag_in_the_terminal_and_as_words_on_a_page(
        web: Web, cli: Callable[..., Any]) -> None:
    said = cli("add", "Acme", "--interviewed", "2026-11-23 10:00")
    assert said.stderr.strip().endswith("--role is required: the job you interviewed for")
    page = web.post("/applications", {**GOOD, "role": " "})
    shown = re.search(r'id="err-role"[^>]*>([^<]*)<', page.text)
    assert shown and shown.group(1) == "The role is required: the job you interviewed for"


# -- one check of an event, wherever it is logged ---------------------------------------------

@pytest.mark.parametrize(("event", "dates", "message"), [
    ("rejected", {"decision_by": "2026-12-04"},
     "dates can be given only with a reply: what did they say?"),
    ("offer", {"follow_up_on": "2026-12-01", "call_in": ""},
     "dates can be given only with a reply: what did they say?"),
    ("hired", {}, "unknown event 'hired': choose one of reply, rejected, offer, withdrawn"),
])
def test_the_same_event_is_refused_alike_by_the_cli_the_form_and_the_api(
        web: Web, cli: Callable[..., Any], event: str, dates: dict[str, str],
        message: str) -> None:
    add(web.store)
    before = web.store.load(1)
    options = [x for k, v in dates.items() if v for x in (FIELD[k].option, v)]
    said = cli("log", "1", event, "--on", "2026-11-23", *options)
    assert said.code == 2
    assert said.stderr.strip() == f"followup: error: {message}"
    api = web.api("POST", "/api/applications/1/events",
                  {"kind": event, "on": "2026-11-23", **dates})
    assert api.status_code == 400 and api.json() == {"error": message, "field": "kind"}
    page = web.post("/applications/1/events", {"kind": event, "on": "2026-11-23", **dates},
                    follow=True)
    assert message in text_of(page.text).replace("&#39;", "'")
    assert web.store.load(1) == before
    assert before.status is AppStatus.ACTIVE


def test_a_reply_may_give_the_dates_everywhere(web: Web, cli: Callable[..., Any]) -> None:
    add(web.store)
    add(web.store, "Globex")
    add(web.store, "Initech")
    dates = {"decision_by": "2026-12-04"}
    assert cli("log", "1", "reply", "--on", "2026-11-23", "--decision-by", "2026-12-04").code == 0
    assert web.api("POST", "/api/applications/2/events",
                   {"kind": "reply", "on": "2026-11-23", **dates}).status_code == 200
    web.post("/applications/3/events", {"kind": "reply", "on": "2026-11-23", **dates})
    for app_id in (1, 2, 3):
        app = web.store.load(app_id)
        assert app.status is AppStatus.RESPONDED
        assert str(app.decision_by) == "2026-12-04"
