"""A sentence quoted as the reason for a proposal, cut to fit a line: at word boundaries,
never through the day it justifies ("…expect to decide by Friday, January ”" said nothing).
Pure."""

from __future__ import annotations

import re

_DAYISH = re.compile(
    r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|"
    r"nov|dec)[a-z]*\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?|\b\d{1,4}(?:[/.-]\d{1,4})"
    r"{0,2}(?:st|nd|rd|th)?\b|\b(?:tomorrow|today|tonight|week|month|year)\b",
    re.IGNORECASE)


def quote(text: str, limit: int = 160) -> str:
    """`text` whole when it fits, else a part of at most `limit` characters (and "…" for
    each end cut), cut between words, holding the last day-like words ("Friday, January
    29", "3/12", "next week") the sentence has."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    days = list(_DAYISH.finditer(text))
    end = days[-1].end() if days else 0
    if end <= limit - 1:
        return _head(text, limit - 1) + "…"
    start = max(0, end - (limit - 2))
    part = text[start:]
    if start:
        space = part.find(" ")
        part = part[space + 1:] if 0 <= space < end - start else part
    part = _head(part, limit - 2) if len(part) > limit - 2 else part
    return "…" + part + ("…" if not text.endswith(part) else "")


def _head(text: str, room: int) -> str:
    """The words of `text` that fit in `room` characters (a single long word is cut)."""
    cut = text[:room + 1]
    space = cut.rfind(" ")
    return (text[:space] if space > 0 and len(text) > room else text[:room]).rstrip(" ,;:")
