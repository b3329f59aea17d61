"""Issue 23: whoever is taken out of an application's interviews (a coordinator replaced by
`interviewer ID --role coordinator`, someone removed with --remove who is a contact still) is
the employer's side of that application, never its network: the A2 step never proposes
asking the recruiter of this very hiring process to put in a word. They may be network for
another application at the same company that they were never part of. Undo takes it all
back, through the CLI and the service alike (the web's correction is the same service:
tests/web/test_roles_former_web.py)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from tests.test_capture_beside import ROOM, _file
from tests.test_capture_told import PANEL

from followup.store.sqlite import Store

Cli = Callable[..., Any]
NOW = "2027-01-10T10:00"
LATER = ["2027-01-13T18:00", "2027-01-19T18:00", "2027-01-27T10:00"]  # a week on and more


@pytest.fixture(autouse=True)
def _eighty(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")


def _panel(tmp_path: Path) -> str:
    return _file(tmp_path, "panel.ics", PANEL.format(seq=0, start="20270112T140000",
                                                     end="20270112T150000", extra=""))


def _ids(doc: dict[str, Any]) -> dict[str, int]:
    iv = doc["interviews"][0]
    people = {p["name"]: p["id"] for p in iv["interviewers"]}
    if iv["coordinator"]:
        people[iv["coordinator"]["name"]] = iv["coordinator"]["id"]
    return people


def _asked(cli: Cli, app: int, now: str = NOW) -> list[str]:
    """Whom the plan's A2 step proposes asking."""
    doc = cli("show", str(app), "--json", now=now).json()
    return [name for s in doc["steps"] if s["kind"] == "network" and s["status"] == "pending"
            for name in s["to"]]


def _known(cli: Cli, app: int) -> list[str]:
    res = cli("network", str(app), "--json", now=NOW)
    assert res.code == 0, res.stderr
    return [p["name"] for p in res.json()["people"]]


def _replace_grace(cli: Cli, tmp_path: Path) -> tuple[int, int, int]:
    doc = cli("add", "--from", _panel(tmp_path), "--yes", "--json", now=NOW).json()
    people = _ids(doc)
    grace, tomasz = people["Grace Mensah"], people["Tomasz Wójcik"]
    assert cli("interviewer", str(grace), "--role", "coordinator", now=NOW).code == 0
    res = cli("interviewer", str(tomasz), "--role", "coordinator", now=NOW)
    assert res.code == 0, res.stderr
    assert "Grace Mensah, the coordinator until now, is no longer in" in " ".join(
        res.stdout.split())
    return int(doc["id"]), grace, tomasz


def test_a_replaced_coordinator_is_never_proposed_as_network_of_that_application(
        cli: Cli, tmp_path: Path) -> None:
    app, _grace, _ = _replace_grace(cli, tmp_path)
    # As found: "network email → Grace Mensah (A2): ask whether they would put in a word"
    assert "Grace Mensah" in cli("contacts", "list", now=NOW).stdout, "a contact still"
    assert _known(cli, app) == []
    for moment in (NOW, *LATER):  # a late day, nothing done in between
        assert _asked(cli, app, moment) == []
        today = cli("today", now=moment)
        assert today.code == 0 and "Grace" not in today.stdout, moment
    assert "Grace" not in cli("network", str(app), now=NOW).stdout


def test_another_application_she_was_never_part_of_may_have_her_as_network(
        cli: Cli, tmp_path: Path) -> None:
    app, _, _ = _replace_grace(cli, tmp_path)
    other = cli("add", "Fenwick Rowe", "--role", "Research Lead", "--interviewed",
                "2027-01-11 10:00", "--tz", "Europe/London", "--with",
                "Ann Lee <ann.lee@fenwick.example>", "--json", now=NOW).json()
    assert _known(cli, other["id"]) == ["Grace Mensah", "Tomasz Wójcik"]
    assert _asked(cli, other["id"]) == ["Grace Mensah"]
    assert "Grace Mensah" not in _known(cli, app)  # still not for her own process
    assert "Grace Mensah" not in _asked(cli, app)


def test_made_interviewer_again_she_is_in_it_and_still_no_network(
        cli: Cli, tmp_path: Path) -> None:
    app, grace, _ = _replace_grace(cli, tmp_path)
    assert cli("interviewer", str(grace), "--role", "interviewer", "--app", str(app),
               now=NOW).code == 0
    assert _known(cli, app) == [] and _asked(cli, app) == []


def test_undo_takes_it_all_back(cli: Cli, tmp_path: Path, db_path: Path) -> None:
    app, grace, _ = _replace_grace(cli, tmp_path)
    assert _rows(db_path) == [(app, grace, "coordinator")]
    assert cli("undo", now=NOW).code == 0
    assert _rows(db_path) == []
    shown = cli("show", str(app), "--json", now=NOW).json()["interviews"][0]
    assert shown["coordinator"]["name"] == "Grace Mensah"
    assert _known(cli, app) == []  # in the interview again: the employer, as before


def _rows(db_path: Path) -> list[tuple[Any, ...]]:
    store = Store(db_path)
    try:
        return [tuple(r) for r in store.conn.execute(
            "SELECT application_id, contact_id, was FROM former_people ORDER BY 1, 2")]
    finally:
        store.close()


def test_someone_removed_who_is_a_contact_still_is_no_network_of_that_application(
        cli: Cli, tmp_path: Path) -> None:
    first = cli("add", "--from", _file(tmp_path, "room.ics", ROOM), "--yes", "--json",
                now=NOW).json()
    everest = next(p["id"] for p in first["interviews"][0]["interviewers"]
                   if p["name"] == "Everest")
    second = cli("add", "Quarrystone", "--role", "Analytics Engineer", "--interviewed",
                 "2027-01-08 10:00", "--with", f"#{everest}", "--json", now=NOW).json()
    assert "Everest" not in _known(cli, second["id"])  # in its interview: the employer
    res = cli("interviewer", str(everest), "--remove", "--app", str(first["id"]), now=NOW)
    assert res.code == 0, res.stderr
    assert "Everest" in cli("contacts", "list", now=NOW).stdout  # the second has them
    for moment in (NOW, *LATER):
        assert "Everest" not in _asked(cli, first["id"], moment)
    assert "Everest" not in _known(cli, first["id"])
    assert cli("undo", now=NOW).code == 0
    names = [p["name"] for p in cli("show", str(first["id"]), "--json", now=NOW).json()[
        "interviews"][0]["interviewers"]]
    assert "Everest" in names


def test_the_service(store: Store, cli: Cli, tmp_path: Path) -> None:
    """set_role itself: the former coordinator is kept, the A2 choice leaves them out, and
    the service's undo entry takes both back."""
    from followup.contacts.network import acquaintances
    from followup.service import undo
    from followup.service.roles import set_role

    doc = cli("add", "--from", _panel(tmp_path), "--yes", "--json", now=NOW).json()
    people = _ids(doc)
    now = datetime(2027, 1, 10, 10, tzinfo=ZoneInfo("Europe/London"))
    set_role(store, people["Grace Mensah"], now, role="coordinator")
    done = set_role(store, people["Tomasz Wójcik"], now, role="coordinator")
    assert done.replaced == ((people["Grace Mensah"], doc["id"]),)
    assert store.contacts.former_of(doc["id"]) == [(people["Grace Mensah"], "Grace Mensah")]
    with store.read():
        assert acquaintances(store, store.load(doc["id"])) == []
    assert [s.key for s in done.apps[0].steps if s.kind.value == "network"] == []
    undo(store, now)
    assert store.contacts.former_of(doc["id"]) == []


def test_the_people_of_a_round_the_employer_cancelled_are_no_network_of_it(
        cli: Cli, tmp_path: Path) -> None:
    first = cli("add", "--from", _panel(tmp_path), "--yes", "--json", now=NOW).json()
    second = PANEL.format(seq=0, start="20270119T140000", end="20270119T150000", extra="")
    second = second.replace("UID:told-panel@", "UID:round-two@").replace(
        "Tomasz Wójcik:mailto:tomasz.wojcik@", "Ruth Adeyemi:mailto:ruth.adeyemi@")
    path = _file(tmp_path, "two.ics", second)
    res = cli("add", "--from", path, "--yes", "--json", now=NOW)
    assert res.code == 0 and len(res.json()["interviews"]) == 2, res.stderr
    gone = second.replace("METHOD:REQUEST", "METHOD:CANCEL").replace(
        "SEQUENCE:0", "SEQUENCE:1").replace("END:VEVENT", "STATUS:CANCELLED\nEND:VEVENT")
    res = cli("add", "--from", _file(tmp_path, "gone.ics", gone), "--yes", "--json", now=NOW)
    assert res.code == 0 and len(res.json()["interviews"]) == 1, res.stderr
    assert "Ruth Adeyemi" in cli("contacts", "list", now=NOW).stdout
    assert "Ruth Adeyemi" not in _known(cli, first["id"])
    for moment in (NOW, *LATER):
        assert "Ruth Adeyemi" not in _asked(cli, first["id"], moment)
