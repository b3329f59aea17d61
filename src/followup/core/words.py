"""Sentences that more than one layer writes, kept in one place (no imports: the fast read
path of `today --json` uses them too)."""

# T2, T7: said with the first touch after a thank-you whose window passed unsent.
MISSED_THANKS = ("Your thank-you did not go out in time: thank them for the interview in "
                 "this message (T2, T7).")


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
