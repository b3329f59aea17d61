"""A team written before a name in a script without capitals (issue 23): "開発本部 佐藤 健一"
(the development division's Sato Ken'ichi), "인사팀 김 민준". The team is where the person
sits, never a part of their name. Pure."""

from __future__ import annotations

from followup.capture.lazy import lazy

# The endings of an organisation's units: division, department, section, office, bureau,
# team, group, centre (Japanese and Chinese), team, department, division (Korean).
_UNIT = lazy(r"^(\S{2,}(?:本部|事業部|部門|部|課|室|局|チーム|グループ|センター|组|組|"
                   r"中心|팀|본부|부서|실))\s+(\S+\s+\S+)$")


def unit_dropped(item: str) -> str:
    """The name without the unit before it, when a family and a given name follow the unit
    ("開発本部 佐藤 健一": "佐藤 健一"); a two-word name alone stays whatever its ending
    ("阿部 健一": 阿部 is a family name)."""
    found = _UNIT.match(item.strip())
    if not found or any(c.isascii() and c.isalpha() for c in item):
        return item
    return found.group(2)
