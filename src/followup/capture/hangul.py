"""A Korean name with the title written after it, as Korean letters list people (issue 23):
"김대성 공장장", "박지훈 공정기술팀장", "이수민 매니저". Pure."""

from __future__ import annotations

from followup.capture.lazy import lazy

# A name of two to four syllables, a space, then a word that ends in a title of rank or
# office (팀장 team lead, 부장, 과장, 공장장 plant manager, 이사, 대표, 매니저, 책임, 님 …), or
# any word of Hangul of three syllables or more: a Korean name is one word of two to four
# syllables (the family name joined to a given name of one or two), so a second word that
# long is what they do ("이서연 책임연구원"), never the rest of a name.
_NAME_THEN_TITLE = lazy(r"^([\uac00-\ud7af]{2,4})\s+([\uac00-\ud7af\w]*(?:장|이사|대표|상무|전무|"
                        r"사장|회장|대리|주임|사원|매니저|책임|선임|수석|위원|교수|님)|"
                        r"[\uac00-\ud7af]{3,})$")


def name_then_title(item: str) -> tuple[str, str] | None:
    """(name, title) of a Korean list item written name first, title after; else None."""
    m = _NAME_THEN_TITLE.match(item.strip())
    return (m.group(1), m.group(2)) if m else None

