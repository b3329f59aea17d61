"""`contacts` at 80 columns: the "seen in" column is wrapped under itself, never past the
edge and never cut (session 12's new-user walk found rows of 81 to 91 characters)."""

from __future__ import annotations

from followup.contacts import table


def test_a_long_seen_in_wraps_under_itself_within_80_columns() -> None:
    seen = ["coordinator at Harrowgate Insurance (#15)",
            "interviewer at Harrowgate Insurance (#16)"]
    rows = [table.cells(27, "Tom Hargreaves", "Senior Talent Partner", "Harrowgate Insurance",
                        "tom.hargreaves@agency.example", seen),
            table.cells(3, "Ana", None, None, None, [])]
    text = table.lines(rows, None, 80)
    assert max(map(len, text.splitlines())) <= 80
    flat = " ".join(text.split())
    assert "(#15)" in flat and "(#16)" in flat  # nothing of it is cut
    start = text.splitlines()[1].index("coordinator")
    assert text.splitlines()[2].index("Insurance") == start  # under its column


def test_a_short_row_is_one_line() -> None:
    rows = [table.cells(3, "Ana Ruiz", "Recruiter", "Acme", "ana@acme.example",
                        ["coordinator at Acme (#1)"])]
    assert len(table.lines(rows, None, 80).splitlines()) == 2
