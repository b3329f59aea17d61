"""A1: keep searching. The threshold of the nudge is a setting (env var or config file)."""

from __future__ import annotations

import pytest

from followup import service, settings
from followup.core.errors import BadInput

ADD = ("--role", "Analyst", "--interviewed", "2026-11-23 10:00")


def _two_active(cli) -> None:  # type: ignore[no-untyped-def]
    for company in ("Acme", "Globex"):
        assert cli("add", company, *ADD).code == 0


def test_default_threshold_is_three(cli, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("FOLLOWUP_MIN_ACTIVE", raising=False)
    _two_active(cli)
    assert "A1" in cli("today").stdout
    assert "Only 2 active applications" in cli("list").stdout


@pytest.mark.parametrize(("value", "nudged"), [("2", False), ("5", True), ("0", False)])
def test_env_var_sets_the_threshold(cli, monkeypatch: pytest.MonkeyPatch, value: str,  # type: ignore[no-untyped-def]
                                    nudged: bool) -> None:
    monkeypatch.setenv("FOLLOWUP_MIN_ACTIVE", value)
    _two_active(cli)
    for command in ("today", "list"):
        assert ("Only 2 active applications" in cli(command).stdout) is nudged


def test_config_file_sets_the_threshold(cli, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("FOLLOWUP_MIN_ACTIVE", raising=False)
    config = settings.config_dir() / "config.toml"
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text("min_active = 1\n", encoding="utf-8")
    _two_active(cli)
    assert "active application" not in cli("today").stdout
    assert settings.load()["min_active"] == "1"


def test_the_quiet_week_nudge_still_applies(cli, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("FOLLOWUP_MIN_ACTIVE", "0")
    _two_active(cli)
    assert "No application added in 10 days" in cli("today", now="2026-12-03").stdout


def test_a_bad_value_is_one_clear_line(cli, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    _two_active(cli)
    monkeypatch.setenv("FOLLOWUP_MIN_ACTIVE", "many")  # every command now says so (issue 22)
    for command in (["today"], ["list"], ["add", "Initech", *ADD]):
        res = cli(*command)
        assert res.code == 2 and "min_active" in res.stderr and "whole number" in res.stderr


def test_service_takes_an_explicit_threshold(store, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    monkeypatch.setenv("FOLLOWUP_MIN_ACTIVE", "many")  # not read when given
    assert service.search_nudge(store, date(2026, 11, 23), min_active=0) is None
    said = service.search_nudge(store, date(2026, 11, 23), min_active=1) or ""
    assert "No active application" in said
    with pytest.raises(BadInput):
        service.search_nudge(store, date(2026, 11, 23))


def test_the_setting_is_documented() -> None:
    assert "FOLLOWUP_MIN_ACTIVE" in settings.reference()
