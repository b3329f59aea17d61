"""One message about several applications at one company (issue 23): "we've filled the
Marketing Analyst position you also applied for … your Data Analyst process is still very
much active". Each application whose role the message names is read on the sentences about
it (capture/matching.about_role); the outcome goes to the application whose role it names,
and what the message decides about another application of the group is a proposal of its
own (`more`), confirmed or dismissed on its own in `followup inbox`.

Pure: the message's words and the applications' facts in, readings out."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from followup.capture.day_phrases import WD

OUTCOMES = ("rejected", "next_round", "offer")


def role_parts(group: list[Any], fresh: str, at: datetime, tz_of: Callable[[int], str],
               dmy_of: Callable[[int], bool]) -> list[tuple[Any, Any, str]]:
    """(application, reading, text about it) for each application of `group` the text names
    (by role; by employer too across several), in the group's order: each read on its own
    sentences."""
    from followup.capture import matching
    from followup.capture.replies import read_reply, sentences

    said = sentences(fresh)
    named = matching.apps_named(group, fresh)
    out = []
    for f in group:
        if f not in named:
            continue
        text = "\n".join(matching.about_role(said, f, [o for o in group if o is not f]))
        out.append((f, read_reply(text, at, tz_of(f.app_id), dmy=dmy_of(f.app_id),
                                  learned=False), text))
    return out


def names_its_role(f: Any, group: list[Any], evidence: str) -> bool:
    """Whether the sentence a reading came from names `f`'s role among the group's: what is
    said of one role in a message about two is never read for the other."""
    from followup.capture import matching

    return bool(evidence) and f in matching.apps_named(group, evidence)


def more(parts: list[tuple[Any, Any, str]], main: int | None, group: list[Any], why: str,
         at: datetime, dmy_of: Callable[[int], bool]) -> list[dict[str, Any]]:
    """The readings for the other applications of the group: an outcome said in a sentence
    that names that application's role ("… and for the Data Analyst role we'd like to invite
    you to a final round"), with the decision day beside it; or a decision day said in a
    sentence that names it ("for the Data Analyst role, the panel decides by Friday"), as the
    reply reader's one date rule read it on that role's sentences, when that day is named
    (`named_day`). A day in a sentence that does not name the role decides nothing about it
    ("your Data Analyst process is still active. We'll decide by Friday" may be about the
    other role), nor does a vague time ("we'll be in touch next week")."""
    from followup.capture.inbox import decision_day

    out = []
    for f, part, text in parts:
        if f.app_id == main or part.outcome not in (*OUTCOMES, "decision") or \
                not names_its_role(f, group, part.evidence):
            continue
        if part.outcome == "decision":
            day = part.day if named_day(part.evidence, part.day, at) else None
        else:
            day = None if part.outcome == "rejected" else decision_day(text, at,
                                                                        dmy_of(f.app_id))
        if part.outcome == "decision" and day is None:
            continue
        out.append({"app": f.app_id, "kind": part.outcome,
                    "outcome": part.outcome if part.outcome in OUTCOMES else None,
                    "evidence": part.evidence,
                    "day": day.isoformat() if day else None, "follow_up": None,
                    "why": f"{why}; it names the {f.role} role"})
    return out


# a time given only as a stretch ("next week", "in two weeks", "early in the new year")
_STRETCH = re.compile(r"\b(?:weeks?|fortnight|months?|days|year|holidays|christmas)\b",
                      re.IGNORECASE)
_NAMED = re.compile(rf"\d|\b(?:tomorrow|today|tonight)\b|\b{WD}\b", re.IGNORECASE)


def named_day(sentence: str, day: date | None, at: datetime) -> bool:
    """Whether the date reader's `day` for `sentence` comes from a day it names (a date,
    "the 11th", a weekday, "tomorrow"), not from a stretch of time ("next week"), which
    alone is too loose to be proposed for a second application of one message. The days
    are capture.day_phrases' own (`mentions`): one reader of days."""
    from followup.capture.day_phrases import mentions

    said = [sentence[m.start:m.end] for m in mentions(sentence, at.date()) if m.day == day]
    return any(_NAMED.search(t) and not _STRETCH.search(t) for t in said)
