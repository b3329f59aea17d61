"""A label of whoever arranges the interview alone on its line, the name on the line under
it, as hiring systems lay out their fields (issue 23): "Recruiter:\\nOkonkwo, Ngozi",
"Ihre Ansprechpartnerin:\\nJulia Brandt". Read as one line ("Recruiter: Okonkwo, Ngozi"),
as capture/mentions reads such a label beside its name. Pure."""

from __future__ import annotations

import re

from followup.capture.lazy import lazy

_ALONE = lazy(r"^\s*(?:(?:your|ihre?|votre|su|tu)\s+)?(?:recruiter(?:\s+contact)?|"
              r"recruiting\s+contact|(?:recruiting\s+|interview\s+)?coordinator|"
              r"contact(?:\s+person)?|ansprechpartner(?:in)?|scheduled\s+by|organi[sz]er|"
              r"scheduler)\s*[:：]\s*$", re.IGNORECASE)


def labels_joined(lines: list[str]) -> list[str]:
    """The lines, each such label joined by the one name under it (whose line is then
    empty, so that the lines keep their places)."""
    out = list(lines)
    for i, line in enumerate(out[:-1]):
        nxt = out[i + 1].strip()
        if _ALONE.match(line) and nxt and ":" not in nxt and "@" not in nxt and \
                len(nxt.split()) <= 5 and not re.search(r"\d", nxt):
            out[i], out[i + 1] = f"{line.strip()} {nxt}", ""
    return out
