"""The JSON shapes of CONTRACT.md. Keys listed there are stable; others may be added."""

from __future__ import annotations

import json

TYPE_CHECKING = False  # mypy treats this name as True; `typing` stays unimported at run time
if TYPE_CHECKING:
    from datetime import date
    from typing import Any

    from followup.core.journal import JournalEntry
    from followup.core.model import (
        Application,
        Event,
        Interview,
        Notice,
        Person,
        Playbook,
        Step,
        Timeline,
    )


def dumps(document: Any) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2)


def person(p: Person) -> dict[str, Any]:
    return {
        "name": p.name, "email": p.email, "id": p.id, "phone": p.phone, "title": p.title,
        "preferred_channel": p.preferred_channel.value if p.preferred_channel else None,
        "linkedin_ok": p.linkedin_ok,
    }


def timeline(t: Timeline) -> dict[str, Any]:
    return {
        "decision_by": t.decision_by.isoformat() if t.decision_by else None,
        "note": t.note,
        "all_contacted": t.all_contacted,
        "follow_up_on": t.follow_up_on.isoformat() if t.follow_up_on else None,
        "call_in": t.call_in,
        "follow_up_by": t.follow_up_by.value if t.follow_up_by else None,
        "thank_you_by": t.thank_you_by.value if t.thank_you_by else None,
        "fit": t.fit,
        "needs": t.needs,
    }


def interview(i: Interview, decision_by: date | None = None) -> dict[str, Any]:
    """One round; `decision_by`: the round's decision date as it stands (a reply may have
    moved it, F12), shown in its timeline; what was said at the interview is `said`."""
    said = i.timeline.decision_by
    now = timeline(i.timeline)
    if decision_by is not None:
        now["decision_by"] = decision_by.isoformat()
    return {
        "at": i.at.isoformat(),
        "interviewers": [person(p) for p in i.interviewers],
        "id": i.id, "round": i.round, "tz": i.tz,
        "coordinator": person(i.coordinator) if i.coordinator else None,
        "timeline": now,
        "said": {"decision_by": said.isoformat() if said else None},
        "location": i.location, "video": i.video,  # from an invitation (issue 15), else null
        "medium": i.medium, "final": i.final,  # issue 20: --medium (null: not said), --final
        "cancelled": i.cancelled,  # issue 23: the employer cancelled it
    }


def step(s: Step) -> dict[str, Any]:
    return {
        "id": s.id, "kind": s.kind.value, "channel": s.channel.value, "to": list(s.to),
        "due": s.due.isoformat(), "latest": s.latest.isoformat(), "status": s.status.value,
        "rule": s.rule, "why": s.why,
        "touch": s.touch, "via": s.via, "done_on": s.done_on.isoformat() if s.done_on else None,
        "projected": s.projected,
    }


def due_step(s: Step) -> dict[str, Any]:
    return {**step(s), "application_id": s.application_id, "company": s.company}


def event(e: Event) -> dict[str, Any]:
    return {"id": e.id, "kind": e.kind.value, "on": e.on.isoformat(), "note": e.note,
            "timeline": timeline(e.timeline) if e.timeline else None}


def notice(n: Notice) -> dict[str, str]:
    return {"rule": n.rule, "text": n.text}


def application(a: Application) -> dict[str, Any]:
    return {
        "id": a.id, "company": a.company, "role": a.role, "status": a.status.value,
        "playbook": a.playbook,
        "interviews": [interview(i, a.decided_by(i)) for i in a.interviews],
        "steps": [step(s) for s in a.steps],
        "holidays": a.holidays, "holidays_from": a.holidays_from,
        "decision_by": a.decision_by.isoformat() if a.decision_by else None,
        "notes": a.notes,
        "events": [event(e) for e in a.events],
        "notices": [notice(n) for n in a.notices],
        "journal": [journal_entry(j) for j in a.journal],
    }


def journal_entry(j: JournalEntry) -> dict[str, Any]:
    """A4: one entry of the journal, oldest first in an application's "journal"."""
    return {"id": j.id, "on": j.on.isoformat(), "interview_round": j.interview_round,
            "note": j.text.note, "went_well": j.text.went_well, "questions": j.text.questions,
            "improve": j.text.improve, "outcome": j.text.outcome}


def playbook(p: Playbook) -> dict[str, Any]:
    return {"name": p.name, "title": p.title, "source": p.source, "shape": p.shape,
            "rules": list(p.rules), "max_touches": p.max_touches, "max_calls": p.max_calls,
            "period_days": p.period_days, "requires": list(p.requires)}
