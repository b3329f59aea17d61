"""The README stays true: its settings table comes from the spec, its quick start has exactly
two commands, and CI runs the second one verbatim."""

from __future__ import annotations

import re
from pathlib import Path

from followup import settings

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _quick_start() -> list[str]:
    section = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return [block.strip() for block in re.findall(r"```sh\n(.*?)```", section, re.S)]


def test_settings_table_is_generated_from_the_spec() -> None:
    block = README.split("<!-- settings:start -->\n", 1)[1].split("<!-- settings:end -->")[0]
    assert block.strip() == settings.reference().strip()


def test_quick_start_has_exactly_two_commands() -> None:
    commands = _quick_start()
    assert len(commands) == 2
    assert all("\n" not in c for c in commands)
    assert commands[0].endswith("followup demo")
    assert "pytest" in commands[1]


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert _quick_start()[1] in ci.splitlines()


def test_every_command_is_documented_in_the_readme() -> None:
    from typer.main import get_command

    from followup.cli.app import app

    group = get_command(app)
    names = set(getattr(group, "commands", {}))
    missing = [n for n in names if f"followup {n}" not in README and f"`{n}`" not in README]
    assert not missing, f"commands missing from the README: {missing}"


def test_the_contract_page_names_only_commands_that_exist() -> None:
    from typer.main import get_command

    from followup.cli.app import app

    page = (ROOT / "docs" / "contract.md").read_text(encoding="utf-8")
    named = set(re.findall(r"`followup ([a-z]+)", page))
    names = set(getattr(get_command(app), "commands", {}))
    assert {"add", "show", "today", "done", "log", "playbooks", "snooze", "undo"} <= named
    assert named <= names, named - names


def test_no_link_leaves_the_repository() -> None:
    for page in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]:
        text = page.read_text(encoding="utf-8")
        assert "../shared" not in text, page
