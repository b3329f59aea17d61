"""`followup add` with no options in a terminal: ask the capture questions (C1-C7).

Every answer is checked as it is given and asked again with the reason when it is wrong; at
the end the candidate sees a summary, may change any answer, and confirms. Ctrl-C offers to
keep the answers as a draft that the next `followup add` picks up, so nothing typed is lost.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from followup.core import parse
from followup.core.errors import BadInput, FollowupError, Unconfirmed
from followup.core.fields import FIELD

if TYPE_CHECKING:
    from followup.cli.context import Context
    from followup.core.model import Application


@dataclass(frozen=True)
class Question:
    name: str
    ask: str
    check: Callable[[str, dict[str, Any]], object]  # raises BadInput on a wrong answer
    default: Callable[[dict[str, Any]], str] = lambda answers: ""
    when: Callable[[dict[str, Any]], bool] = lambda answers: True
    required: bool = False


def _when(value: str, answers: dict[str, Any]) -> object:
    return parse.parse_when(value, answers.get("tz") or "UTC", FIELD["interviewed"].words)


def _fit_yes(answers: dict[str, Any]) -> bool:
    return not str(answers.get("fit") or "yes").lower().startswith("n")


def _zone_country(answers: dict[str, Any]) -> str:
    from followup.core.calendar import country_of_zone

    return country_of_zone(answers.get("tz") or "") or "none"


def _asked(name: str, check: Callable[[str, dict[str, Any]], object] | None = None,
           **flow: Any) -> Question:
    """A capture field as core.fields describes it: its question, its parser (mistakes
    named in words), whether it must be answered."""
    f = FIELD[name]
    return Question(name, f.question, check or (lambda v, a: f.read(v, f.words)),
                    required=f.required is not None, **flow)


QUESTIONS: tuple[Question, ...] = (
    _asked("company"),
    _asked("role"),
    _asked("tz"),
    _asked("interviewed", _when),
    _asked("medium", default=lambda a: "in person"),
    _asked("final", default=lambda a: "no"),
    _asked("fit", default=lambda a: "yes"),
    _asked("decision_by", when=_fit_yes),
    _asked("timeline", when=_fit_yes),
    _asked("all_contacted", when=_fit_yes),
    _asked("follow_up_on", when=_fit_yes),
    _asked("call_in", when=lambda a: _fit_yes(a) and not a.get("follow_up_on")),
    _asked("follow_up_by",
           when=lambda a: _fit_yes(a) and bool(a.get("follow_up_on") or a.get("call_in"))),
    _asked("needs", when=_fit_yes),
    _asked("thank_you_by", default=lambda a: "email"),
    _asked("holidays", default=_zone_country),
)
PEOPLE = ("with", "noted", "coordinator")  # asked together, after the interview's time


def _prompt(text: str, default: str) -> str:
    answer: str = typer.prompt(text, default=default, show_default=bool(default))
    return answer.strip()


def _ask(q: Question, answers: dict[str, Any]) -> None:
    """Ask until the answer passes its check (or is left empty where that is allowed)."""
    while True:
        value = _prompt(q.ask, answers.get(q.name) or q.default(answers))
        if not value and not q.required:
            answers[q.name] = None
            return
        try:
            if not value:
                raise FIELD[q.name].missing(plain=True)
            q.check(value, answers)
        except BadInput as exc:
            typer.echo(f"  {exc.message}; please try again.", err=True)
            continue
        answers[q.name] = value
        return


def _ask_people(answers: dict[str, Any]) -> None:
    people: list[str] = list(answers.get("with") or [])
    noted: list[str] = list(answers.get("noted") or [])
    interviewer, stood_out_field, coordinator = (FIELD[name] for name in PEOPLE)
    typer.echo("Interviewers so far: " + (", ".join(people) or "none"))
    while True:
        value = _prompt(interviewer.question, "")
        if not value:
            break
        try:
            person = interviewer.read(value, interviewer.words)
        except BadInput as exc:
            typer.echo(f"  {exc.message}; please try again.", err=True)
            continue
        people.append(value)
        stood_out = _prompt(stood_out_field.question, "")
        if stood_out:
            noted.append(f"{person.name}: {stood_out}")
    answers["with"] = people
    answers["noted"] = noted
    while True:
        value = _prompt(coordinator.question, answers.get("coordinator") or "")
        try:
            if value:
                coordinator.read(value, coordinator.words)
        except BadInput as exc:
            typer.echo(f"  {exc.message}; please try again.", err=True)
            continue
        answers["coordinator"] = value or None
        return


def _walk(answers: dict[str, Any], only: str | None = None) -> None:
    for q in QUESTIONS:
        if only is not None and q.name != only:
            continue
        if q.when(answers):
            _ask(q, answers)
        else:
            answers[q.name] = None
        if q.name == "interviewed" and only is None:
            _ask_people(answers)
    if only == "with":
        _ask_people(answers)


def _summary(answers: dict[str, Any]) -> list[str]:
    names = [q.name for q in QUESTIONS if q.when(answers)]
    names.insert(names.index("interviewed") + 1, "with")
    names.insert(names.index("with") + 1, "coordinator")
    return names


def _show(answers: dict[str, Any], names: list[str]) -> None:
    labels = {q.name: q.ask.split("?")[0].split(" (")[0] for q in QUESTIONS}
    labels |= {"with": "Interviewers", "coordinator": "Arranged by"}
    typer.echo("\nYour answers:")
    for n, name in enumerate(names, 1):
        value = answers.get(name)
        shown = ", ".join(value) if isinstance(value, list) else value
        typer.echo(f"  {n:>2}. {labels[name]}: {shown or '—'}")


def draft_path(c: Context) -> Path:
    return c.db_path.parent / "add-draft.json"


def _keep_draft(path: Path, answers: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump(answers, f)


def _load_draft(path: Path) -> dict[str, Any] | None:
    from followup.budgets import read_small

    try:
        data = json.loads(read_small(path, 100_000, str(path)))
    except (BadInput, OSError, ValueError):  # too large, not a file, not JSON: start afresh
        return None
    if not isinstance(data, dict):
        return None
    if "timeline_note" in data:  # a draft kept before the field took its form name
        data["timeline"] = data.pop("timeline_note")
    return {k: v for k, v in data.items() if isinstance(k, str)}


def _record(c: Context, answers: dict[str, Any]) -> Application:
    from followup import service
    from followup.cli.commands import new_interview
    from followup.core import fields

    given = fields.timeline(answers, plain=True)
    interview = new_interview(c, answers["interviewed"], answers.get("tz"),
                               answers.get("with") or [], answers.get("coordinator"), given,
                               FIELD["interviewed"].words, answers.get("noted") or [],
                               medium=answers.get("medium"), final=answers.get("final"))

    def store_it(confirmed: bool) -> Application:
        return service.add_application(
            c.store, company=answers["company"], role=answers["role"], interview=interview,
            now=c.now, playbook=c.settings.get("playbook") or "default",
            holidays=answers.get("holidays") or "none", holidays_from="option",
            confirmed=confirmed)

    try:
        return store_it(False)
    except Unconfirmed as exc:
        if typer.confirm(f"Note: {exc.message.split(';')[0]}. Record it anyway?", default=False):
            return store_it(True)
        raise


def add_interactively(c: Context) -> Application:
    """Ask, check, summarise, confirm, store; keep a draft on Ctrl-C."""
    path = draft_path(c)
    answers: dict[str, Any] = {"tz": c.tz}
    draft = _load_draft(path) if path.exists() else None
    try:
        if draft and typer.confirm(
                f"You have unfinished answers ({draft.get('company') or 'no company yet'}). "
                "Continue with them?", default=True):
            answers.update(draft)
        typer.echo("Record an interview. Press Enter to skip a question.\n")
        _walk(answers)
        while True:
            names = _summary(answers)
            _show(answers, names)
            choice = _prompt("Record it? yes, or the number of an answer to change", "yes")
            if choice.isdigit() and 1 <= int(choice) <= len(names):
                _walk(answers, only=names[int(choice) - 1])
                continue
            if choice.lower() not in ("y", "yes"):
                typer.echo("  Type yes, or a number from the list.", err=True)
                continue
            try:
                app = _record(c, answers)
            except FollowupError as exc:
                typer.echo(f"  {exc.message}", err=True)
                typer.echo("  Change the answer it is about, then confirm again.", err=True)
                continue
            path.unlink(missing_ok=True)
            return app
    except typer.Abort:
        typer.echo("", err=True)
        keep = False
        try:
            keep = typer.confirm("Keep your answers as a draft for next time?", default=True)
        except typer.Abort:
            keep = True
        if keep:
            _keep_draft(path, answers)
            raise BadInput("stopped; your answers are kept: run `followup add` to go on") \
                from None
        path.unlink(missing_ok=True)
        raise BadInput("stopped; nothing recorded") from None
