"""How the candidate's follow-ups are working (A5), as a pure function over plain data.

Named tuples rather than dataclasses: `stats --json` is a fast read, and the dataclasses
module (with inspect) is ~10 ms of its start; at run time they are made by
collections.namedtuple (`_Record`), as typing.NamedTuple would make them without the ~5 ms of
importing typing.

No I/O and no clock: the store gathers the facts, `compute` turns them into numbers, and the
front ends draw them. Tests feed it fixed dates.

Definitions, chosen to be explainable in one sentence each:
- an employer *responds* when they reply, make an offer or reject; withdrawing is the
  candidate's own move and does not count;
- a *touch* is a thank-you, follow-up or call that was carried out (network steps reach
  friends, not the employer);
- a response *answers* the touch or touches made most recently before it (on or before its
  day) that no earlier response answered;
- a process was *ghosted* when it was closed (the candidate moved on) without any response.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, timedelta

TYPE_CHECKING = False  # mypy treats this name as True; `typing` stays unimported at run time
if TYPE_CHECKING:
    from typing import Any, NamedTuple
else:
    from collections import namedtuple

    class _Record(type):
        """typing.NamedTuple's class syntax: the annotated names are the fields (a class
        value is a field's default), the rest of the body (properties) is kept."""

        def __new__(mcls, name, bases, body):
            if not bases:
                return super().__new__(mcls, name, bases, body)
            fields = tuple(body.get("__annotations__", {}))
            base = namedtuple(name, fields, defaults=[body[f] for f in fields if f in body],
                              module=body.get("__module__"))
            kept = {k: v for k, v in body.items() if k not in fields and k != "__annotations__"}
            return type(name, (base,), {**kept, "__slots__": ()})

    class NamedTuple(metaclass=_Record):
        pass

NEVER_HEAR_BACK = 0.75  # A5: the share of applicants who never hear back (survey in 003)
STATUSES = ("active", "responded", "offer", "rejected", "withdrawn", "closed")
ENDED = ("closed", "rejected", "offer")  # ended by the employer, or by silence
MAX_WEEKS = 104


class TouchFact(NamedTuple):
    kind: str
    channel: str
    touch: int
    on: date


class AppFacts(NamedTuple):
    id: int
    playbook: str
    status: str
    created: date
    interviews: tuple[date, ...] = ()
    responses: tuple[tuple[str, date], ...] = ()  # (reply | offer | rejected, day)
    touches: tuple[TouchFact, ...] = ()

    @property
    def start(self) -> date:
        return min(self.interviews) if self.interviews else self.created


class Rate(NamedTuple):
    label: str
    hits: int
    total: int

    @property
    def rate(self) -> float | None:
        return self.hits / self.total if self.total else None


class Week(NamedTuple):
    start: date  # a Monday
    applications: int
    interviews: int
    touches: int


class Stats(NamedTuple):
    today: date
    since: date | None
    applications: int
    heard_back: Rate
    by_playbook: tuple[Rate, ...]
    by_channel: tuple[Rate, ...]
    by_touch: tuple[Rate, ...]
    median_days_to_first_reply: float | None
    ghosted: Rate
    by_status: tuple[tuple[str, int], ...]
    funnel: tuple[tuple[str, int], ...]
    weekly: tuple[Week, ...]


class Counts(NamedTuple):
    """What `compute` works out, counted by the store instead (store.reads_more.stats_counts:
    SQL, no object per application). Rates are (label, hits, total)."""
    applications: int
    heard: int
    by_playbook: tuple[tuple[str, int, int], ...]
    by_channel: tuple[tuple[str, int, int], ...]
    by_touch: tuple[tuple[int, int, int], ...]
    days_to_first_reply: tuple[int, ...]
    ghosted: int
    ended: int
    by_status: tuple[tuple[str, int], ...]
    interviewed: int
    more_rounds: int
    offers: int
    activity: tuple[tuple[date, int, int], ...]  # (day, 0 added | 1 interviews | 2 touches, n)


def from_counts(c: Counts, today: date, since: date | None = None, weeks: int = 8) -> Stats:
    """The same Stats as `compute` on the facts the counts were made from (a test holds them
    equal)."""
    def rates(rows: Iterable[tuple[str, int, int]]) -> tuple[Rate, ...]:
        return tuple(Rate(label, hits, total) for label, hits, total in sorted(rows))

    status = dict(c.by_status)
    return Stats(
        today=today, since=since, applications=c.applications,
        heard_back=Rate("all", c.heard, c.applications),
        by_playbook=rates(c.by_playbook), by_channel=rates(c.by_channel),
        by_touch=tuple(Rate(str(n), hits, total) for n, hits, total in sorted(c.by_touch)),
        median_days_to_first_reply=_median(c.days_to_first_reply),
        ghosted=Rate("closed with no response", c.ghosted, c.ended),
        by_status=tuple((s, status.get(s, 0)) for s in STATUSES),
        funnel=(("interviewed", c.interviewed), ("more than one round", c.more_rounds),
                ("heard back", c.heard), ("offer", c.offers)),
        weekly=_weeks(c.activity, today, since, weeks),
    )


def _median(values: Sequence[int]) -> float | None:
    """statistics.median, as a float (that module and its imports are ~4 ms of a fast read's
    start)."""
    if not values:
        return None
    ordered = sorted(values)
    mid = len(ordered) // 2
    return float(ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2)


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def answered_touches(app: AppFacts, today: date) -> list[tuple[TouchFact, bool]]:
    """Each touch made by `today`, and whether a response answered it."""
    touches = sorted((t for t in app.touches if t.on <= today), key=lambda t: t.on)
    answered = [False] * len(touches)
    used = 0  # touches before this index were already answered or passed over
    for _kind, on in sorted((r for r in app.responses if r[1] <= today), key=lambda r: r[1]):
        upto = used
        while upto < len(touches) and touches[upto].on <= on:
            upto += 1
        if upto > used:
            last = touches[upto - 1].on
            for i in range(used, upto):
                answered[i] = touches[i].on == last
        used = upto
    return list(zip(touches, answered, strict=True))


def _rates(pairs: Iterable[tuple[str, bool]], order: Sequence[str] | None = None
           ) -> tuple[Rate, ...]:
    hits: dict[str, int] = {}
    totals: dict[str, int] = {}
    for label, hit in pairs:
        totals[label] = totals.get(label, 0) + 1
        hits[label] = hits.get(label, 0) + int(hit)
    labels = [x for x in order if x in totals] if order else sorted(totals)
    return tuple(Rate(x, hits[x], totals[x]) for x in labels)


def compute(apps: Sequence[AppFacts], today: date, since: date | None = None,
            weeks: int = 8) -> Stats:
    """The statistics of the applications whose process began on or after `since`."""
    cohort = [a for a in apps if since is None or a.start >= since]
    heard = {a.id: [r for r in a.responses if r[1] <= today] for a in cohort}
    touches = [(a, t, hit) for a in cohort for t, hit in answered_touches(a, today)]
    first_reply = [(min(d for _k, d in heard[a.id]) - a.start).days
                   for a in cohort if heard[a.id]]
    ended = [a for a in cohort if a.status in ENDED]
    by_touch = _rates(((str(t.touch), hit) for _a, t, hit in touches))
    return Stats(
        today=today, since=since, applications=len(cohort),
        heard_back=Rate("all", sum(1 for a in cohort if heard[a.id]), len(cohort)),
        by_playbook=_rates((a.playbook, bool(heard[a.id])) for a in cohort),
        by_channel=_rates((t.channel, hit) for _a, t, hit in touches),
        by_touch=tuple(sorted(by_touch, key=lambda r: int(r.label))),
        median_days_to_first_reply=_median(first_reply),
        ghosted=Rate("closed with no response",
                     sum(1 for a in ended if a.status == "closed" and not heard[a.id]),
                     len(ended)),
        by_status=tuple((s, sum(1 for a in cohort if a.status == s)) for s in STATUSES),
        funnel=(
            ("interviewed", sum(1 for a in cohort if a.interviews)),
            ("more than one round", sum(1 for a in cohort if len(a.interviews) > 1)),
            ("heard back", sum(1 for a in cohort if heard[a.id])),
            ("offer", sum(1 for a in cohort
                          if a.status == "offer" or any(k == "offer" for k, _d in heard[a.id]))),
        ),
        weekly=_weekly(apps, today, since, weeks),
    )


def _weekly(apps: Sequence[AppFacts], today: date, since: date | None, weeks: int
            ) -> tuple[Week, ...]:
    activity = [(d, slot, 1) for a in apps for slot, days in
                ((0, (a.created,)), (1, a.interviews), (2, tuple(t.on for t in a.touches)))
                for d in days]
    return _weeks(activity, today, since, weeks)


def first_week(today: date, since: date | None, weeks: int) -> date:
    """The Monday of the first week shown: the week of `since`, else `weeks` weeks back to
    today's, and never more than MAX_WEEKS."""
    last = _monday(today)
    first = _monday(since) if since else last - timedelta(weeks=max(weeks, 1) - 1)
    return max(first, last - timedelta(weeks=MAX_WEEKS - 1))


def _weeks(activity: Iterable[tuple[date, int, int]], today: date, since: date | None,
           weeks: int) -> tuple[Week, ...]:
    """Applications added, interviews and touches per week, from (day, slot, how many)."""
    last = _monday(today)
    first = first_week(today, since, weeks)
    counts: dict[date, list[int]] = {}
    day = first
    while day <= last:
        counts[day] = [0, 0, 0]
        day += timedelta(weeks=1)
    for on, slot, n in activity:
        bucket = counts.get(_monday(on))
        if bucket is not None and on <= today:
            bucket[slot] += n
    return tuple(Week(start, *c) for start, c in counts.items())


# -- the JSON document ---------------------------------------------------------------------


def _rate(r: Rate, hits: str, total: str) -> dict[str, Any]:
    return {hits: r.hits, total: r.total, "rate": None if r.rate is None else round(r.rate, 4)}


def to_json(s: Stats) -> dict[str, Any]:
    """The stable shape printed by `followup stats --json` (documented in the README)."""
    return {
        "today": s.today.isoformat(),
        "since": s.since.isoformat() if s.since else None,
        "applications": s.applications,
        "response_rate": _rate(s.heard_back, "responded", "applications"),
        "by_playbook": [{"playbook": r.label, **_rate(r, "responded", "applications")}
                        for r in s.by_playbook],
        "by_channel": [{"channel": r.label, **_rate(r, "answered", "touches")}
                       for r in s.by_channel],
        "by_touch": [{"touch": int(r.label), **_rate(r, "answered", "touches")}
                     for r in s.by_touch],
        "median_days_to_first_reply": s.median_days_to_first_reply,
        "ghosting": _rate(s.ghosted, "ghosted", "ended"),
        "by_status": dict(s.by_status),
        "funnel": [{"stage": name, "applications": n} for name, n in s.funnel],
        "weekly": [{"week": w.start.isoformat(), "applications": w.applications,
                    "interviews": w.interviews, "touches": w.touches} for w in s.weekly],
        "context": {"rule": "A5", "never_hear_back": NEVER_HEAR_BACK,
                    "you_never_heard_back": None if s.heard_back.rate is None
                    else round(1 - s.heard_back.rate, 4)},
    }
