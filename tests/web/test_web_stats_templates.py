"""The numbers page and the message templates in the browser (issue 25, point 1): the same
figures as `followup stats`, drawn as SVG on the server with a table alternative; templates
read, previewed and saved through the same sandbox and limits as the command line's."""

from __future__ import annotations

import os
import re
import stat
from datetime import date
from html import unescape

from web_helpers import Web, add, body_of, text_of

from followup import service
from followup.core import stats as st
from followup.core.model import EventKind, Person
from followup.core.parse import parse_now
from followup.insights.numbers import stats
from followup.messages import render

TERMINAL = re.compile(r"(?<![\w-])--[a-zA-Z]|`|followup ")


def _body(html: str) -> str:
    """The page's words; a template's own text (in its box, the candidate's to edit) aside."""
    html = re.sub(r"<textarea[^>]*>.*?</textarea>", " ", body_of(html), flags=re.S)
    page = unescape(text_of(html))
    assert TERMINAL.findall(page) == [], TERMINAL.findall(page)
    return page


def _seed(web: Web) -> None:
    acme = add(web.store, "Acme", at="2026-11-02 10:00", now="2026-11-02T18:00")
    add(web.store, "Globex", role="Engineer", at="2026-11-09 10:00", now="2026-11-09T18:00",
        people=(Person("Raj Patel", "raj@globex.example"),))
    add(web.store, "Hooli", role="Designer", at="2026-11-16 10:00", now="2026-11-16T18:00")
    service.log_event(web.store, acme.id, EventKind.REPLY, date(2026, 11, 6),
                      parse_now("2026-11-06T10:00", "America/New_York"))


def test_the_numbers_are_the_command_lines_with_charts_and_tables(web: Web) -> None:
    _seed(web)
    r = web.get("/stats")
    assert r.status_code == 200
    page = _body(r.text)
    doc = st.to_json(stats(web.store, date(2026, 11, 23)))
    rate = doc["response_rate"]
    assert f"Heard back from the employer {rate['responded']} of {rate['applications']}" in page
    assert "1 of 3" in page
    # each chart: an SVG the server drew, named for a screen reader, and the same numbers
    # as a table
    svgs = re.findall(r"<svg [^>]*>.*?</svg>", r.text, re.S)
    assert len(svgs) >= 3
    for svg in svgs:
        assert 'role="img"' in svg and "<title id=" in svg and "<desc id=" in svg
        assert "<script" not in svg and "<style" not in svg  # the page's CSP allows neither
    assert r.text.count("The numbers as a table") == len(svgs)
    for row in doc["funnel"]:
        assert (f'<th scope="row">{row["stage"]}</th><td data-label="Applications">'
                f'{row["applications"]}</td>') in r.text
    for row in doc["by_playbook"]:
        assert f'<th scope="row">{row["playbook"]}</th>' in r.text
    for week in doc["weekly"]:
        day = date.fromisoformat(week["week"])
        assert f'<th scope="row">{day:%a} {day.day} {day:%b}</th>' in r.text
    assert "Mon 16 Nov" in page and "Weekly activity" in page
    assert "<script" not in r.text.split("</head>", 1)[1]  # no script in the page's body


def test_a_period_and_a_bad_date_on_the_numbers_page(web: Web) -> None:
    _seed(web)
    since = _body(web.get("/stats?since=2026-11-09&weeks=4").text)
    assert "Applications since Mon 9 Nov 2026" in since and "1 of 3" not in since
    assert "0 of 2" in since
    for bad in ("since=2027-01-01", "since=yesterday"):
        r = web.get(f"/stats?{bad}")
        assert r.status_code == 400 and 'role="alert"' in r.text
        _body(r.text)
    assert web.get("/stats?weeks=0").status_code in (400, 422)


def test_a_template_is_previewed_saved_used_and_taken_back(web: Web) -> None:
    app = add(web.store, "Acme", people=(Person("Jane Doe", "jane@acme.example"),))
    web.post("/profile", {"name": "Alex Candidate", "email": "alex@mail.example"})
    listing = _body(web.get("/templates").text)
    assert "Thank-you email" in listing and "As shipped" in listing
    shipped = render.shipped_source("thank_you_email")
    page = web.get("/templates/thank_you_email")
    assert page.status_code == 200 and "You are using the template as shipped" in _body(page.text)
    mine = shipped.replace("Subject:", "Subject: [WEB-EDIT]")
    preview = web.post("/templates/thank_you_email", {"text": mine, "action": "preview"})
    shown = _body(preview.text)
    assert preview.status_code == 200 and "[WEB-EDIT]" in shown and "Jane" in shown, shown[-1500:]
    assert "to Jane Doe at Acme" in shown
    assert not render.user_path("thank_you_email").exists()  # a preview saves nothing
    saved = web.post("/templates/thank_you_email", {"text": mine, "action": "save"}, follow=True)
    assert "drafts use it from now on" in _body(saved.text)
    path = render.user_path("thank_you_email")
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    step = next(s for s in web.store.load(app.id).pending if s.kind.value == "thank_you")
    draft = web.get(f"/steps/{step.id}/draft")
    assert "[WEB-EDIT]" in draft.text and 'href="/templates/thank_you_email"' in draft.text
    back = web.post("/templates/thank_you_email/reset", {}, follow=True)
    assert "shipped template again" in _body(back.text) and not path.exists()
    assert "[WEB-EDIT]" not in web.get(f"/steps/{step.id}/draft").text


def test_the_sandbox_and_the_limits_refuse_as_on_the_command_line(web: Web) -> None:
    add(web.store, "Acme")
    unnamed = web.post("/templates/thank_you_email", {"text": "Hello", "action": "preview"})
    assert "needs your name: add it to your profile" in _body(unnamed.text)
    web.post("/profile", {"name": "Alex Candidate", "email": "alex@mail.example"})
    for text, words in (("{{ ''.__class__.__mro__ }}", "refused"),
                        ("Hello {{ company", "syntax error"),
                        ("{{ no_such_variable }}", "undefined"),
                        ("{% for i in range(10**9) %}x{% endfor %}", ""),
                        ("bell \x07 here", "control character"),
                        ("   ", "empty")):
        for action in ("preview", "save"):
            r = web.post("/templates/thank_you_email", {"text": text, "action": action})
            assert r.status_code == 400, (text, action)
            assert words in _body(r.text).lower(), (text, _body(r.text)[-900:])
            assert not render.user_path("thank_you_email").exists()
    assert web.get("/templates/no_such_one").status_code == 404
    assert web.get("/templates/..%2F..%2Fetc").status_code in (400, 404, 422)
    big = "x" * (300 * 1024)
    assert web.post("/templates/thank_you_email", {"text": big, "action": "save"}
                    ).status_code in (400, 413)
