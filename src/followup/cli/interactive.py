"""`followup add` with no options in a terminal: ask the capture questions (C1-C7)."""

from __future__ import annotations

from typing import Any

import typer


def _ask(question: str, default: str = "") -> str | None:
    answer: str = typer.prompt(question, default=default, show_default=bool(default))
    return answer.strip() or None


def ask_capture(tz: str) -> dict[str, Any]:
    """The answers as the same strings the options take; parsing happens in one place."""
    typer.echo("Record an interview. Press Enter to skip a question.\n")
    company = _ask("Company")
    role = _ask("Role")
    interviewed = _ask("When was the interview? (YYYY-MM-DD HH:MM)")
    zone = _ask("Time zone", tz)
    people: list[str] = []
    noted: list[str] = []
    while True:
        person = _ask('Interviewer, as "Name <email>" (C4; Enter when done)')
        if not person:
            break
        people.append(person)
        stood_out = _ask("One thing you talked about with them? (Enter to skip)")
        if stood_out:
            noted.append(f"{person.split('<')[0].strip()}: {stood_out}")
    coordinator = _ask('Who arranged it, as "Name <email>" (T6)')
    fit = _ask("Is this role a fit for you? yes/no (C7)", "yes")
    answers: dict[str, Any] = {
        "company": company, "role": role, "interviewed": interviewed, "tz": zone,
        "with": people, "coordinator": coordinator, "fit": fit,
        "noted": noted,
    }
    if fit and fit.lower().startswith("n"):
        return answers
    answers["decision_by"] = _ask("When do they expect to decide? YYYY-MM-DD (C1)")
    answers["timeline_note"] = _ask("Their words about next steps (C1)")
    answers["all_contacted"] = _ask("Will every candidate hear back? yes/no (C2)")
    answers["follow_up_on"] = _ask("Did you agree a date to follow up? YYYY-MM-DD (C3)")
    if not answers["follow_up_on"]:
        days = _ask('Or did they say "call me in N days"? N (C3)')
        answers["call_in"] = int(days) if days and days.isdigit() else None
    if answers["follow_up_on"] or answers.get("call_in"):
        answers["follow_up_by"] = _ask("How: email or phone? (C3)")
    answers["needs"] = _ask("Anything they asked you to send? (C6)")
    answers["thank_you_by"] = _ask("Thank-you by email or letter? (T3)", "email")
    return answers
