"""The rulebook lives in the code (core/rules.py): docs/rules.md is generated from it, every
rule id the product names is in it, and `followup rules` prints it."""

from __future__ import annotations

import re
from pathlib import Path

from followup.core.rules import BY_ID, RULES, markdown

ROOT = Path(__file__).resolve().parents[1]


def test_docs_rules_is_generated_from_the_code() -> None:
    assert (ROOT / "docs" / "rules.md").read_text(encoding="utf-8") == markdown(), (
        "docs/rules.md is stale: regenerate it from followup.core.rules.markdown()")


def test_every_rule_id_named_in_the_code_is_in_the_rulebook() -> None:
    named: set[str] = set()
    for path in (ROOT / "src" / "followup").rglob("*.py"):
        named |= set(re.findall(r"\(([CTFMA]\d{1,2})[,)]", path.read_text(encoding="utf-8")))
    assert named <= set(BY_ID), sorted(named - set(BY_ID))
    assert len(RULES) == len(BY_ID) == 37


def test_followup_rules_prints_them(cli) -> None:  # type: ignore[no-untyped-def]
    res = cli("rules")
    assert res.code == 0
    assert "F10" in res.stdout and "A week after the last call" in res.stdout
    doc = cli("rules", "--json").json()
    assert [r["id"] for r in doc] == [r.id for r in RULES]
    assert doc[0] == {"id": "C1", "group": "C", "text": RULES[0].text,
                      "sources": "001, 002, 004"}
