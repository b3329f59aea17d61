"""A sentence about another of the candidate's applications is not about this one (issue
23): an agency's recruiter writing of two clients ("Polderdata went with another finalist.
Wisła is still very much live on my side") says "still live" of the other employer, which
does not take back the "no" of this one. Pure: text and the applications' facts in."""

from __future__ import annotations

from typing import Any


def without_others(text: str, me: Any, facts: list[Any]) -> str | None:
    """`text` without its sentences that name another employer's application and not this
    one's employer, or None when it has none."""
    from followup.capture.matching import company_named, short_named
    from followup.capture.replies import sentences

    def names(f: Any, s: str) -> bool:
        return company_named(f, s) or short_named(f, [me, f], s)

    others = [f for f in facts if f.company.strip().lower() != me.company.strip().lower()]
    kept = [s for s in sentences(text)
            if names(me, s) or not any(names(f, s) for f in others)]
    return "\n\n".join(kept) if len(kept) < len(sentences(text)) and kept else None
