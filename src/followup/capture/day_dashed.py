"""A day written as two padded numbers joined by a dash, without a year ("by 29-01",
"vóór 05-02"): how much of Europe writes a short date (issue 23).

Two numbers joined by a dash are usually a range ("2-3 weeks", "10-12 people", "9-5"); a
range goes up. A pair that goes down ("29-01") or whose second number is written with a
leading zero ("12-03", "05-02") is no range: it is a day and its month, read in the writer's
order like "29/01" (`day_numbers.numeric`). A pair followed by a unit, an hour or a score's
words stays a range.
"""

from __future__ import annotations

import re
from datetime import date

from followup.capture.day_numbers import WD, numeric

PATTERN = (rf"(?:\b(?P<wd>{WD}),? )?(?<![\d./:-])(?P<a>\d{{2}})-(?P<b>\d{{2}})(?P<y>)"
           r"(?![\d/:-])"
           r"(?!\s?(?:[ap]\.?m\b|h\b|hrs?\b|uhr\b|u\b|(?:years?|months?|weeks?|days?|hours?|"
           r"minutes?|mins?|people|candidates?|k|%|x)\b|%|\.\d))")


def dashed(m: re.Match[str], today: date) -> date | None:
    """The day of a padded, falling or zero-led "dd-mm"; None for what reads as a range."""
    a, b = m.group("a"), m.group("b")
    if not (int(a) > int(b) or b.startswith("0")) or a == b:
        return None
    return numeric(m, today)
