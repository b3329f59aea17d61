"""Sentences that more than one layer writes, kept in one place (no imports: the fast read
path of `today --json` uses them too)."""

# T2, T7: said with the first touch after a thank-you whose window passed unsent.
MISSED_THANKS = ("Your thank-you did not go out in time: thank them for the interview in "
                 "this message (T2, T7).")

QUIET_DAYS = 7  # A1: a search with no new application for longer than this has stalled


def search_nudge(active: int, days_since_newest: int | None, min_active: int) -> str | None:
    """A1: one silent employer must not stall the search; None when the search is moving."""
    if active < min_active:
        said = ("No active application" if active == 0 else
                f"Only {active} active application{'s' if active > 1 else ''}")
        return f"{said}: keep applying, interviewing and networking while you wait."
    if days_since_newest is not None and days_since_newest > QUIET_DAYS:
        return (f"No application added in {days_since_newest} days: keep the search moving "
                "while you wait on these.")
    return None

# An application's status (core.model.AppStatus, whose values a test compares with these):
# here too so that `list --status` is checked without importing the model.
STATUSES = ("active", "responded", "offer", "rejected", "withdrawn", "closed")


def entries(table: str) -> list[tuple[str, str, str]]:
    """A table written as prose, one entry a paragraph: `key [bracketed] text`, a continuation
    line indented (the rule table, the settings). (key, bracketed, text) for each entry."""
    paragraphs: list[str] = []
    for line in table.strip().splitlines():
        if line.startswith("    "):
            paragraphs[-1] += " " + line.strip()
        else:
            paragraphs.append(line)
    found = []
    for text in paragraphs:
        key, rest = text.split(" ", 1)
        bracketed, words = rest[1:].split("] ", 1)
        found.append((key, bracketed, words))
    return found
