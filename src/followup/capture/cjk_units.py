"""A team written before a name in a script without capitals (issue 23): "開発本部 佐藤 健一"
(the development division's Sato Ken'ichi), "인사팀 김 민준". The team is where the person
sits, never a part of their name; nor is a post written between the team and the name or
alone before it ("製造部 部長 田中 健一", "部長 田中 健一", "인사팀 팀장 김 민준"). Pure."""

from __future__ import annotations

from followup.capture.lazy import lazy

# The posts of a company's ladder and of hiring, in Japanese, Korean and Chinese (simplified
# and traditional): head of department, section chief, manager, director, in charge of.
POSTS = (r"部長|副部長|課長|係長|主任|室長|所長|工場長|社長|副社長|専務|常務|取締役|"
         r"マネージャー|マネジャー|リーダー|担当|採用担当|人事担当|"
         r"팀장|부장|차장|과장|대리|실장|본부장|이사|상무|전무|대표|매니저|책임|선임|수석|"
         r"经理|總經理|总经理|經理|总监|總監|主管|部长|组长|組長|厂长|廠長|董事长|董事長")
# The endings of an organisation's units: division, department, section, office, bureau,
# team, group, centre (Japanese and Chinese), team, department, division (Korean).
_UNIT = lazy(r"^(\S{2,}(?:本部|事業部|部門|部|課|室|局|チーム|グループ|センター|组|組|"
             r"中心|팀|본부|부서|실))\s+(?:(?:" + POSTS + r")\s+)?(\S+\s+\S+)$")
_POST = lazy(r"^(?:" + POSTS + r")\s+(\S+\s+\S+)$")


def unit_dropped(item: str) -> str:
    """The name without the unit or the post before it, when a family and a given name
    follow ("開発本部 佐藤 健一", "製造部 部長 田中 健一": "佐藤 健一", "田中 健一"); a two-word
    name alone stays whatever its ending ("阿部 健一": 阿部 is a family name)."""
    found = _UNIT.match(item.strip()) or _POST.match(item.strip())
    if not found or any(c.isascii() and c.isalpha() for c in item):
        return item
    return found.group(found.lastindex or 1)
