"""What a message shows of its writer's date order besides the address: its Content-Language
and the UTC offset of its Date header. A writer's mail program stamps the Date in the writer's
own zone: an offset of Europe, Africa, the Middle East, South and South-East Asia (+01:00 to
+07:00) or of Australia and New Zealand (+09:30 to +13:45) is a place that writes the day
first ("3/2" is 3 February). +00:00 (a server's clock as often as a writer's), +08:00 and
+09:00 (month-first or year-first places among them) and the Americas' offsets say nothing.
capture.replies.day_first reads the text this gives (capture.day_numbers knows its words)."""

from __future__ import annotations

import re

DAY_FIRST_ZONE = "(written at a day-first offset)"
_LANGUAGE = re.compile(rb"^content-language:[ \t]*([\w,; -]{1,40})", re.I | re.M)
_OFFSET = re.compile(rb"^date:[^\r\n]*?\s([+-])(\d{2})(\d{2})\s*(?:\([^)]*\)\s*)?$", re.I | re.M)


def day_first_offset(raw: bytes) -> bool:
    """Whether the Date header's offset is one of a place that writes the day first."""
    m = _OFFSET.search(raw[:8000])
    if m is None or m.group(1) == b"-":
        return False
    minutes = int(m.group(2)) * 60 + int(m.group(3))
    return 60 <= minutes <= 7 * 60 or 9 * 60 + 30 <= minutes <= 13 * 60 + 45


def signs(raw: bytes, body: str) -> str:
    """The Content-Language, the offset's word and the body, one after the other."""
    m = _LANGUAGE.search(raw[:8000])
    lang = m.group(1).decode("ascii", "replace") if m else ""
    zone = DAY_FIRST_ZONE if day_first_offset(raw) else ""
    return "\n".join(p for p in (lang, zone, body) if p)
