"""One truth about what is next (issue 21): over random histories and random days, every
reader says what core.upnext says. The command line (`today --json`, `list --json`, `list`),
`/api/today`, the Today page (its short view and its pages), `/api/applications`, the board,
the digest and the calendar export agree on every next action and next step; and the kept
answers (store.upnext) equal the definition worked out from the application itself.
"""

from __future__ import annotations

import contextlib
import io
import json
import re
from datetime import date, datetime, time, timedelta
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from followup import jsonout, service
from followup.core.calendar import localize
from followup.core.errors import FollowupError
from followup.core.model import EventKind, Person
from followup.core.upnext import standing
from followup.store.sqlite import Store

TZ = "America/New_York"
START = date(2026, 11, 2)


def _at(day: date, hour: int = 10) -> datetime:
    return localize(datetime.combine(day, time(hour)), TZ)


def _cli(db: Path, day: date, *args: str) -> str:
    from followup.cli import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.suppress(SystemExit):
        main(["--db", str(db), "--now", f"{day.isoformat()}T09:00", *args])
    return out.getvalue()


# one application: (days after START it was interviewed, days late it was recorded), then
# what the candidate did: (kind, which step of its open ones, days after the recording)
APPS = st.lists(st.tuples(st.integers(0, 40), st.integers(0, 9)), min_size=1, max_size=3)
ACTS = st.lists(st.tuples(st.sampled_from(["done", "skip", "snooze", "reply"]),
                          st.integers(0, 4), st.integers(0, 30)), max_size=5)


def _live(db: Path, apps: list[tuple[int, int]], acts: list[tuple[str, int, int]]) -> date:
    """A history written through the services; returns the day of its last change."""
    store = Store(db)
    last = START
    try:
        for n, (held, late) in enumerate(apps):
            on = START + timedelta(days=held)
            recorded = on + timedelta(days=late)
            last = max(last, recorded)
            service.add_application(
                store, company=f"Co {n}", role="Analyst", now=_at(recorded, 18),
                interview=service.NewInterview(
                    at=_at(on), tz=TZ, interviewers=(Person(f"P {n}", f"p{n}@co.example"),)))
        ids = store.application_ids()
        for i, (kind, which, after) in enumerate(acts):
            app = store.load(ids[i % len(ids)])
            day = max(last, *(s.due for s in app.steps)) if kind == "reply" else last
            day = day + timedelta(days=after % 10)
            open_ = [s for s in app.steps if s.status.value in ("pending", "missed")]
            with contextlib.suppress(FollowupError):
                if kind == "reply":
                    service.log_event(store, app.id, EventKind.REPLY, day, _at(day, 18),
                                      "soon")
                elif open_:
                    step = open_[which % len(open_)]
                    if kind == "done":
                        service.mark_done(store, step.id, day, _at(day, 18))
                    elif kind == "skip":
                        service.skip(store, step.id, _at(day, 18))
                    else:
                        service.snooze(store, step.id, day + timedelta(days=3), "away",
                                       _at(day, 18))
                last = max(last, day)
    finally:
        store.close()
    return last


def _truth(db: Path, day: date) -> tuple[list[dict[str, Any]], dict[int, Any]]:
    """What core.upnext says from each application itself (no kept answer read)."""
    store = Store(db)
    try:
        actions, steps = [], {}
        for app_id in store.application_ids():
            s = standing(store.load(app_id), _at(day, 9))  # the moment the readers are asked at
            actions.extend(s.actions)
            steps[app_id] = (None if s.step is None else
                             (s.step.due.isoformat(), s.step.kind.value, s.step.latest.isoformat()))
    finally:
        store.close()
    actions.sort(key=lambda a: (a.due, a.id))
    return [jsonout.due_step(a) for a in actions], steps


def _web(db: Path, tmp: Path, day: date) -> Any:
    from fastapi.testclient import TestClient

    from followup.web import WebConfig, create_app
    from followup.web.config import Secrets

    moment = _at(day, 9)
    config = WebConfig(db_path=db, tz=TZ, clock=lambda: moment,
                       secrets=Secrets("s" * 43, "t" * 40), secrets_file=tmp / "web.json")
    return TestClient(create_app(config))


_CARD = re.compile(r'id="step-(\d+)"')


@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(apps=APPS, acts=ACTS, later=st.integers(0, 70), before=st.integers(0, 30))
def test_every_reader_agrees_with_core_upnext(apps: list[tuple[int, int]],
                                              acts: list[tuple[str, int, int]],
                                              later: int, before: int) -> None:
    pytest.importorskip("fastapi")
    with TemporaryDirectory() as folder:
        tmp = Path(folder)
        db = tmp / "f.db"
        day = _live(db, apps, acts) + timedelta(days=later)
        # an earlier day's read keeps answers that must not be taken for today's
        early = day - timedelta(days=before)
        assert json.loads(_cli(db, early, "today", "--json")) == _truth(db, early)[0]
        actions, steps = _truth(db, day)
        ids = [a["id"] for a in actions]

        assert json.loads(_cli(db, day, "today", "--json")) == actions
        listed = json.loads(_cli(db, day, "list", "--json"))
        assert {r["id"]: None if r["next_due"] is None else
                (r["next_due"], r["next_kind"], r["next_latest"]) for r in listed} == steps

        with _web(db, tmp, day) as web:
            assert web.get("/api/today").json() == actions
            got = web.get("/api/applications").json()  # (no latest day in its rows)
            assert {r["id"]: None if r["next_due"] is None else (r["next_due"], r["next_kind"])
                    for r in got} == {k: v and v[:2] for k, v in steps.items()}
            page = web.get("/").text
            assert [int(i) for i in _CARD.findall(page)] == sorted(
                ids, key=lambda i: next(a["latest"] >= day.isoformat() for a in actions
                                        if a["id"] == i))
            assert [int(i) for i in _CARD.findall(web.get("/?page=1").text)] == ids

        store = Store(db)
        try:
            from followup import pipeline
            from followup.ics import export
            from followup.mail import digest

            made = digest.build(store, _at(day, 9), "me@example.com", "me@example.com")
            found = [] if made is None else [i.step.id for i in (*made.overdue, *made.due)]
            assert sorted(found) == sorted(ids)
            board = pipeline.board(store, _at(day, 9))
            cards = {r.id: None if r.next_due is None else (r.next_due.isoformat(), r.next_kind)
                     for lane in board.lanes.values() for r in lane.rows}
            assert cards == {k: v and v[:2] for k, v in steps.items()}
            # the calendar: the next actions of the last 30 days, the next steps ahead
            events = {int(m) for m in re.findall(r"UID:step-(\d+)-", export(store, _at(day, 9)))}
            recent = (day - timedelta(days=30)).isoformat()
            upcoming = {s.step.id for s in (standing(store.load(i), _at(day, 9))
                                            for i in store.application_ids())
                        if s.step and day < s.step.due <= day + timedelta(days=90)}
            assert events == {a["id"] for a in actions if a["due"] >= recent} | upcoming
        finally:
            store.close()


def test_the_kept_answer_ends_when_a_step_becomes_due(tmp_path: Path) -> None:
    """The issue's case: recorded a week late, never acted on, read on 24 Nov, 10 Dec and 6
    Jan: one next action each day on every reader (not every pending step)."""
    db = tmp_path / "f.db"
    _live(db, [(8, 7)], [])
    for day in (date(2026, 11, 24), date(2026, 12, 10), date(2027, 1, 6)):
        actions, _ = _truth(db, day)
        assert len(actions) == 1 and actions[0]["kind"] == "follow_up"
        assert json.loads(_cli(db, day, "today", "--json")) == actions
        with _web(db, tmp_path, day) as web:
            assert web.get("/api/today").json() == actions
            assert "1 step to take" in web.get("/").text


def test_the_feed_is_made_once_per_state_and_answers_304(tmp_path: Path) -> None:
    """Issue 21, point 4: the feed holds the steps within its horizon, is made off the event
    loop once per state of the database, and a calendar that has it gets 304."""
    from fastapi.testclient import TestClient

    from followup.web import WebConfig, create_app
    from followup.web.config import Secrets

    db = tmp_path / "f.db"
    _live(db, [(8, 0)], [])
    moment = _at(START + timedelta(days=8), 18)
    config = WebConfig(db_path=db, tz=TZ, clock=lambda: moment,
                       secrets=Secrets("s" * 43, "t" * 40), secrets_file=tmp_path / "web.json")
    with TestClient(create_app(config)) as web:
        first = web.get(f"/feed/{'t' * 40}.ics")
        assert first.status_code == 200 and first.headers["etag"]
        again = web.get(f"/feed/{'t' * 40}.ics", headers={"If-None-Match": first.headers["etag"]})
        assert again.status_code == 304 and again.content == b""
    from followup.ics import export

    store = Store(db)
    try:
        soon = export(store, moment)
        far = export(store, moment - timedelta(days=120))  # every step beyond its horizon
        everything = export(store, moment - timedelta(days=120), everything=True)
    finally:
        store.close()
    assert soon.count("BEGIN:VEVENT") >= 1
    assert far.count("BEGIN:VEVENT") == 0 < everything.count("BEGIN:VEVENT")
