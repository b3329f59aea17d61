"""A4: the candidate writes down how each interview and process went, and reads it back."""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from followup.core.errors import BadInput, NotFound
from followup.core.journal import JournalText
from followup.insights import journal
from followup.store.sqlite import Store

ADD = ("add", "Acme", "--role", "Data Analyst", "--interviewed", "2026-11-23 10:00",
       "--with", "Jane Doe <jane@acme.example>")
NOW = datetime(2026, 11, 23, 18, tzinfo=ZoneInfo("America/New_York"))


@pytest.fixture
def acme(cli):  # type: ignore[no-untyped-def]
    assert cli(*ADD).code == 0
    assert cli("interview", "1", "--at", "2026-11-23 15:00").code == 0
    return cli


def test_write_with_options_then_read_as_json(acme, store: Store) -> None:  # type: ignore[no-untyped-def]
    res = acme("journal", "1", "--interview", "2", "--went-well", "Rapport with Jane",
               "--questions", "Why this team?\nHow do you test SQL?", "--improve",
               "Shorter answers", "--outcome", "Waiting to hear", "--json")
    assert res.code == 0, res.stderr
    assert res.json() == {"id": 1, "on": "2026-11-23", "interview_round": 2, "note": None,
                          "went_well": "Rapport with Jane",
                          "questions": "Why this team?\nHow do you test SQL?",
                          "improve": "Shorter answers", "outcome": "Waiting to hear"}
    assert acme("journal", "1", "--note", "  Send the case study  ").code == 0
    shown = acme("journal", "1", "--show", "--json").json()
    assert [(e["interview_round"], e["note"]) for e in shown] == [
        (2, None), (None, "Send the case study")]
    assert [e.text.outcome for e in journal.read(store, 1)] == ["Waiting to hear", None]


def test_human_output_of_write_and_show(acme) -> None:  # type: ignore[no-untyped-def]
    res = acme("journal", "1", "--interview", "1", "--went-well", "Clear answers",
               "--improve", "Ask about the team")
    assert res.code == 0
    assert "Written to the journal of #1 (entry 1)" in res.stdout
    shown = acme("journal", "1", "--show").stdout
    assert "Journal A4" in shown and "round 1" in shown
    assert "What went well: Clear answers" in shown and "What to improve: Ask about the team" \
        in shown


def test_show_lists_the_journal_with_the_application(acme, cli_proc) -> None:  # type: ignore[no-untyped-def]
    acme("journal", "1", "--note", "Sent the slides", "--outcome", "Second round booked")
    human = acme("show", "1").stdout
    assert "Journal A4" in human and "Notes: Sent the slides" in human
    for res in (acme("show", "1", "--json"), cli_proc("show", "1", "--json")):  # Typer, fast
        doc = res.json()
        assert [(j["note"], j["outcome"]) for j in doc["journal"]] == [
            ("Sent the slides", "Second round booked")]
        assert doc["company"] == "Acme" and doc["steps"]
    pending = next(s["id"] for s in doc["steps"] if s["status"] == "pending")
    assert acme("done", str(pending), "--json").json()["journal"][0]["id"] == 1


def test_an_empty_journal_shows_an_empty_list(acme) -> None:  # type: ignore[no-untyped-def]
    assert acme("show", "1", "--json").json()["journal"] == []
    assert acme("journal", "1", "--show", "--json").json() == []
    assert "Nothing in the journal of #1 yet" in acme("journal", "1", "--show").stdout


@pytest.mark.parametrize(("args", "code", "message"), [
    (("journal", "9", "--note", "x"), 1, "no application with id 9"),
    (("journal", "9", "--show"), 1, "no application with id 9"),
    (("journal", "1", "--interview", "7", "--note", "x"), 1, "no interview round 7"),
    (("journal", "1", "--note", "   "), 2, "nothing to write"),
    (("journal", "1"), 2, "give --note"),
    (("journal", "1", "--show", "--note", "x"), 2, "--show reads the journal"),
    (("journal", "1", "--note", "x", "--on", "2026-12-01"), 2, "in the future"),
    (("journal", "1", "--note", "x\x00y"), 2, "NUL"),
    (("journal", "1", "--note", "x" * 20_001), 2, "too long"),
])
def test_refusals_are_one_line_and_change_nothing(acme, store: Store, args: tuple[str, ...],  # type: ignore[no-untyped-def]
                                                  code: int, message: str) -> None:
    res = acme(*args)
    assert res.code == code
    assert message in res.stderr and len(res.stderr.strip().splitlines()) == 1
    assert store.conn.execute("SELECT count(*) FROM journal").fetchone()[0] == 0


def _editor(tmp_path: Path, body: str) -> str:
    """A stand-in for $EDITOR that replaces the template's empty sections with `body`."""
    script = tmp_path / "editor.py"
    script.write_text(
        "import sys, pathlib\n"
        "p = pathlib.Path(sys.argv[1])\n"
        "t = p.read_text()\n"
        f"p.write_text(t + {body!r})\n")
    return f"{sys.executable} {script}"


def test_edit_opens_the_editor_on_the_template(acme, tmp_path: Path,  # type: ignore[no-untyped-def]
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    # The template ends with the last heading (Outcome); text after it is the outcome.
    monkeypatch.setenv("EDITOR", _editor(tmp_path, "Offer expected next week\n"))
    monkeypatch.delenv("VISUAL", raising=False)
    res = acme("journal", "1", "--edit", "--interview", "2", "--json")
    assert res.code == 0, res.stderr
    doc = res.json()
    assert doc["outcome"] == "Offer expected next week" and doc["interview_round"] == 2
    assert doc["note"] is None


def test_an_untouched_template_writes_nothing(acme, tmp_path: Path,  # type: ignore[no-untyped-def]
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EDITOR", _editor(tmp_path, ""))
    monkeypatch.delenv("VISUAL", raising=False)
    res = acme("journal", "1", "--edit")
    assert res.code == 0 and "Nothing written" in res.stdout
    assert acme("journal", "1", "--show", "--json").json() == []


def test_a_failing_editor_writes_nothing(acme, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("EDITOR", f"{sys.executable} -c 'raise SystemExit(3)'")
    monkeypatch.delenv("VISUAL", raising=False)
    res = acme("journal", "1", "--edit")
    assert res.code == 2 and "exited with status 3" in res.stderr


def test_template_round_trips_through_parse(store: Store) -> None:
    from followup import service
    from followup.core.model import Person

    app = service.add_application(
        store, company="Acme", role="Analyst", now=NOW, interview=service.NewInterview(
            at=NOW.replace(hour=10), tz="America/New_York", interviewers=(Person("Jane"),)))
    blank = journal.template(app, 1)
    assert "interview round 1 on Mon 23 Nov 2026" in blank and "(A4)" in blank
    assert journal.parse_template(blank).empty
    filled = blank.replace("## What went well\n", "## What went well\nThe case study\n# aside\n"
                           "## second level stays\n") \
        .replace("## Questions they asked\n", "## Questions they asked\nWhy us?\n\nSalary?\n")
    with pytest.raises(BadInput, match="unknown heading"):
        journal.parse_template(filled)
    filled = filled.replace("## second level stays\n", "")
    text = journal.parse_template(filled)
    assert text == JournalText(went_well="The case study", questions="Why us?\n\nSalary?")
    assert "--interview ROUND" in journal.template(app, None)


def test_clean_keeps_text_as_written_but_trims_and_unifies_line_ends() -> None:
    text = journal.clean(JournalText(note="  a\r\nb\rc  ", outcome="   ", improve="{{ x }} ';--"))
    assert text == JournalText(note="a\nb\nc", improve="{{ x }} ';--")


def test_service_refuses_unknown_ids_before_writing(store: Store) -> None:
    with pytest.raises(NotFound):
        journal.write(store, 3, JournalText(note="x"), date(2026, 11, 23), NOW)


def test_the_web_seam_gets_day_and_text(acme, store: Store) -> None:  # type: ignore[no-untyped-def]
    acme("journal", "1", "--interview", "1", "--went-well", "Good", "--note", "Call Sam")
    assert journal.entries(store, 1) == [{
        "on": "2026-11-23", "text": "Round 1. Notes: Call Sam What went well: Good", "id": "1",
        "round": "1"}]
