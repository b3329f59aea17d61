"""Sentences that more than one layer writes, kept in one place (no imports: the fast read
path of `today --json` uses them too)."""

# T2, T7: said with the first touch after a thank-you whose window passed unsent.
MISSED_THANKS = ("Your thank-you did not go out in time: thank them for the interview in "
                 "this message (T2, T7).")
