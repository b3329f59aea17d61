"""Hostile input: names that try to add mail headers, text that looks like HTML, and user
templates that reach for Python internals or misspell a variable."""

from __future__ import annotations

import email
import os
import subprocess
import sys
from collections.abc import Callable
from datetime import datetime
from email.policy import default
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followup import service
from followup.core.errors import BadInput
from followup.core.model import Person, Timeline
from followup.messages import drafts, forms, render
from followup.store.sqlite import Store

NY = ZoneInfo("America/New_York")
NOW = datetime(2026, 11, 23, 18, 0, tzinfo=NY)
INJECT = "Eve\r\nBcc: attacker@evil.example\r\nX-Evil: 1"


def _app(store: Store, company: str, role: str, person: Person) -> int:
    drafts.set_profile(store, {"name": "Ana Lima", "email": "ana@example.com",
                               "phone": "+12125550147"}, NOW)
    interview = service.NewInterview(
        at=datetime(2026, 11, 23, 10, 0, tzinfo=NY), tz="America/New_York",
        interviewers=(person,), timeline=Timeline())
    return service.add_application(store, company=company, role=role, interview=interview,
                                   now=NOW).id


def _first_step(store: Store, app_id: int, rule: str = "T2") -> int:
    return next(s.id for s in store.load(app_id).steps if s.rule == rule)


def test_no_name_or_subject_can_add_a_header(store: Store) -> None:
    """`add` refuses a company or role with a line break, but a database written before that
    check, or by hand, may hold one; a stored contact's name can be anything. None of it may
    break out of its header."""
    with pytest.raises(BadInput):
        _app(store, f"Acme{INJECT}", "Analyst", Person("Jane Doe", "jane@acme.example"))
    app_id = _app(store, "Acme", "Analyst", Person("Jane Doe", "jane@acme.example"))
    with store.write():
        store.update_application(app_id, NOW, company=f"Acme{INJECT}",
                                 role="Analyst\nBcc: x@evil.example")
    contact = store.load(app_id).interviews[0].interviewers[0].id
    assert contact is not None
    with pytest.raises(BadInput):  # issue 12.1: the service checks names now
        service.edit_person(store, contact, NOW, name=INJECT)
    with store.write():  # ... but an old database may hold one
        store.update_contact(contact, {"name": INJECT})
        service.replan(store, app_id, NOW)
    assert store.load(app_id).steps[0].to == (INJECT,)
    for rule in ("T2", "F2", "F3"):
        step = _first_step(store, app_id, rule)
        for phrasing in (1, 2, 3):
            d = drafts.draft(store, step, NOW, phrasing=phrasing)
            msg = email.message_from_bytes(forms.eml(d, NOW), policy=default)
            assert sorted(msg.keys()) == sorted([
                "X-Unsent", "From", "To", "Subject", "Date", "Content-Type",
                "Content-Transfer-Encoding", "MIME-Version"])
            assert msg["To"].addresses[0].addr_spec == "jane@acme.example"
            assert "\n" not in str(msg["Subject"]) and "\r" not in str(msg["Subject"])
            url = forms.mailto(d)
            assert "\r" not in url and "\n" not in url
            query = parse_qs(urlsplit(url).query, keep_blank_values=True)
            assert set(query) == {"subject", "body"} and "\n" not in query["subject"][0]
            head = forms.plain(d).split("\n\n", 1)[0].splitlines()
            assert [h.split(":", 1)[0] for h in head] == ["To", "Subject"]


def test_a_bad_stored_address_is_dropped_not_used(store: Store) -> None:
    app_id = _app(store, "Acme", "Analyst", Person("Jane Doe", "jane@acme.example"))
    contact = store.load(app_id).interviews[0].interviewers[0].id
    store.conn.execute("UPDATE contacts SET email = ? WHERE id = ?",
                       ("jane@acme.example\r\nBcc: x@evil.example", contact))
    d = drafts.draft(store, _first_step(store, app_id), NOW)
    assert d.to_email is None and any("not valid" in n.text for n in d.notices)
    msg = email.message_from_bytes(forms.eml(d, NOW), policy=default)
    assert "To" not in msg and "Bcc" not in msg


HTML = '<script>alert("x")</script><b>Analyst</b>'


def test_html_looking_input_stays_inert_text(cli: Callable[..., Any], store: Store,
                                             tmp_path: Path) -> None:
    app_id = _app(store, "Acme & Sons", HTML, Person("Jane Doe", "jane@acme.example"))
    step = _first_step(store, app_id, "F2")
    update = "<img src=x onerror=alert(1)> I finished my course."
    plain = cli("draft", str(step), "--update", update)
    assert plain.code == 0, plain.stderr
    assert HTML in plain.stdout and "<img src=x onerror=alert(1)>" in plain.stdout
    assert "&lt;" not in plain.stdout and "&amp;" not in plain.stdout
    assert "Acme & Sons" in plain.stdout
    doc = cli("draft", str(step), "--update", update, "--json").json()
    assert HTML in doc["body"]
    out = tmp_path / "d.eml"
    assert cli("draft", str(step), "--update", update, "--eml", str(out)).code == 0
    msg = email.message_from_bytes(out.read_bytes(), policy=default)
    assert msg.get_content_type() == "text/plain" and HTML in msg.get_content()
    url = cli("draft", str(step), "--mailto").stdout.strip()
    assert "<" not in url and ">" not in url and '"' not in url and " " not in url
    assert HTML in unquote(url)


def _user_template(name: str, text: str) -> Path:
    path = render.user_path(name)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("payload", [
    "{{ ''.__class__.__mro__ }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ cycler.__init__.__globals__ }}",
    "{{ self.__init__ }}",
    "{{ dear.__class__ }}",
    "{% for c in ().__class__.__base__.__subclasses__() %}{{ c }}{% endfor %}",
    "{{ namespace.__init__.__globals__['os'] }}",
])
def test_the_sandbox_refuses_python_internals(cli: Callable[..., Any], store: Store,
                                              payload: str) -> None:
    app_id = _app(store, "Acme", "Analyst", Person("Jane Doe", "jane@acme.example"))
    path = _user_template("thank_you_email", f"Subject: Hi\n\nDear {{{{ dear }}}},\n{payload}\n")
    res = cli("draft", str(_first_step(store, app_id)))
    assert res.code == 2 and res.stdout == ""  # nothing half-filled
    assert len(res.stderr.strip().splitlines()) == 1
    assert "refused" in res.stderr or "undefined" in res.stderr
    assert str(path) in res.stderr and "line 4" in res.stderr


def test_a_typo_names_the_template_line_and_variable(cli: Callable[..., Any],
                                                     store: Store) -> None:
    app_id = _app(store, "Acme", "Analyst", Person("Jane Doe", "jane@acme.example"))
    _user_template("thank_you_email", "Subject: Thanks\n\nDear {{ dear }},\n\n"
                   "Thank you for the {{ rol }} interview.\n")
    res = cli("draft", str(_first_step(store, app_id)))
    assert res.code == 2 and res.stdout == ""
    assert "template thank_you_email" in res.stderr and "line 5" in res.stderr
    assert "'rol' is undefined" in res.stderr


def test_a_syntax_error_is_one_line(cli: Callable[..., Any], store: Store) -> None:
    app_id = _app(store, "Acme", "Analyst", Person("Jane Doe", "jane@acme.example"))
    _user_template("thank_you_email", "Subject: Thanks\n\n{% if dear %}\nHello\n")
    res = cli("draft", str(_first_step(store, app_id)))
    assert res.code == 2 and "syntax error" in res.stderr and res.stdout == ""
    assert len(res.stderr.strip().splitlines()) == 1


def test_your_copy_wins_and_is_reloaded_when_it_changes(cli: Callable[..., Any],
                                                        store: Store) -> None:
    app_id = _app(store, "Acme", "Analyst", Person("Jane Doe", "jane@acme.example"))
    step = str(_first_step(store, app_id))
    edit = cli("templates", "edit", "thank_you_email")
    path = Path(edit.stdout.strip())  # not a terminal: the path is printed
    assert edit.code == 0 and path.read_text() == render.shipped_source("thank_you_email")
    assert cli("draft", step).stdout == cli("draft", step).stdout
    path.write_text("Subject: Thanks, {{ dear }}\n\nShort and mine, {{ dear }}.\n{{ signature }}\n")
    out = cli("draft", step).stdout
    assert "Subject: Thanks, Jane" in out and "Short and mine, Jane." in out
    listed = cli("templates", "list", "--json").json()
    assert {r["name"]: r["yours"] for r in listed}["thank_you_email"] == str(path)
    assert "Short and mine" in cli("templates", "show", "thank_you_email").stdout
    path.unlink()
    assert "Short and mine" not in cli("draft", step).stdout


def test_templates_list_and_show(cli: Callable[..., Any]) -> None:
    names = {r["name"] for r in cli("templates", "list", "--json").json()}
    assert len(names) == 16 and {"thank_you_letter", "call_agreed", "rejection_reply"} <= names
    shown = cli("templates", "show", "thank_you_letter")
    assert shown.code == 0 and "{{ my_name }}" in shown.stdout


@pytest.mark.parametrize("name", ["../config", "/etc/passwd", "Thank You", "x" * 80])
def test_template_names_are_never_paths(cli: Callable[..., Any], name: str) -> None:
    for command in ("show", "edit"):
        res = cli("templates", command, name)
        assert res.code == 2 and "is not a template name" in res.stderr


def test_unknown_template(cli: Callable[..., Any]) -> None:
    res = cli("templates", "show", "limerick")
    assert res.code == 1 and "no template named 'limerick'" in res.stderr


def test_startup_does_not_import_jinja_or_validators() -> None:
    """CLI start-up stays fast: Jinja2 loads only when a draft is rendered, the validators
    only when `followup me` checks a value."""
    code = ("import sys, followup.cli.app, followup.messages.drafts; "
            "print(' '.join(m for m in ('jinja2', 'phonenumbers', 'email_validator') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env={**os.environ}, check=True)
    assert out.stdout.strip() == ""


def test_rendering_refuses_a_path_as_a_name() -> None:
    with pytest.raises(Exception, match="not a template name"):
        render.render("../../etc/passwd", {})


def test_nothing_is_written_when_rendering_fails(cli: Callable[..., Any], store: Store,
                                                 tmp_path: Path) -> None:
    app_id = _app(store, "Acme", "Analyst", Person("Jane Doe", "jane@acme.example"))
    _user_template("thank_you_email", "Subject: x\n\n{{ nope }}\n")
    out = tmp_path / "draft.eml"
    res = cli("draft", str(_first_step(store, app_id)), "--eml", str(out))
    assert res.code == 2 and not out.exists()


@settings(max_examples=150, deadline=None)
@given(name=st.text(max_size=60), subject=st.text(max_size=80), body=st.text(max_size=200))
def test_no_text_at_all_breaks_out_of_its_header(name: str, subject: str, body: str) -> None:
    """Property: whatever the names, subject and body hold (CR, LF, NUL, U+2028, "Bcc:"...),
    the .eml has exactly its own headers and the mailto: URL exactly its two fields."""
    d = drafts.Draft(
        step_id=1, application_id=1, template="follow_up", variant=0, channel="email",
        title="t", subject=subject or None, body=body, to_name=name,
        to_email="jane@acme.example", from_name=name, from_email="ana@example.com",
        findings=(), notices=(), notes=None)
    msg = email.message_from_bytes(forms.eml(d, NOW), policy=default)
    assert sorted(msg.keys()) == sorted([
        "X-Unsent", "From", "To", "Subject", "Date", "Content-Type",
        "Content-Transfer-Encoding", "MIME-Version"])
    assert msg["To"].addresses[0].addr_spec == "jane@acme.example"
    url = forms.mailto(d)
    assert not any(c in url for c in "\r\n <>\"")
    assert set(parse_qs(urlsplit(url).query, keep_blank_values=True)) <= {"subject", "body"}
    head = forms.plain(d).split("\n\n", 1)[0].splitlines()
    assert [h.split(":", 1)[0] for h in head] == ["To", "Subject"][: len(head)]
