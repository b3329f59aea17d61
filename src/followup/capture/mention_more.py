"""What capture.mentions leaves in a description's people, read once more (issue 23):

- a short name with the whole name beside it is that whole name ("Ask for Ma'am Cora
  (Corazon Villanueva, HR)": Corazon Villanueva, of HR);
- whoever from recruiting asked the writer to set the meeting up set it up ("Mei Ling from
  our talent team asked me to set this up");
- the one the candidate is to contact, in Japanese, after the desk's name ("ご不明点は採用担当
  中村 までご連絡ください": Nakamura of recruiting).

Pure: the mentions and the text in, the mentions out.
"""

from __future__ import annotations

from followup.capture.lazy import lazy
from followup.capture.mentions import Mention
from followup.capture.names import NAME, ORGANISING, UPPER, name_words

_ASKED = lazy(
    rf"([{UPPER}][\w'’-]+(?:[ \t]+[{UPPER}][\w'’-]+){{0,2}})"
    r"(?:\s*\(([^()\n]{1,40})\)|,\s*([^,\n]{1,40}),|\s+(?:from|in|on|of)\s+(?:our|the)\s+"
    r"([\w& ]{1,30}?)(?:\s+team)?)\s+(?:has\s+|had\s+)?asked\s+(?:me|us)\s+to\s+"
    r"(?:set|book|schedule|arrange|organi[sz]e|send|sort)")
_CJK = r"[\u4e00-\u9fff\u3005]"
_CONTACT_JA = lazy(
    rf"(?:採用担当|人事担当|担当者?|窓口)(?:者|の)?\s*[：:]?\s*"
    rf"({_CJK}{{1,4}}(?:[ 　]{_CJK}{{1,4}})?)"
    r"\s*(?:様|さん)?\s*(?:まで|宛て?に?|へ)\s*(?:ご連絡|ご一報|お問い?合わせ|連絡)")


def read_more(found: list[Mention], text: str) -> list[Mention]:
    """The mentions, the whole names given where the text writes them, and the people who
    set the meeting up that the sentences above name."""
    out = [_whole_name(m) for m in found]
    known = [name_words(m.name) for m in out]
    for m in _ASKED.finditer(text):
        team = next((g for g in m.groups()[1:] if g), "")
        if not ORGANISING.search(team) or name_words(m.group(1)) in known:
            continue
        out.append(Mention(m.group(1), team.strip(), "coordinator", None))
        known.append(name_words(m.group(1)))
    for m in _CONTACT_JA.finditer(text):
        name = m.group(1)
        if not any(name_words(name) <= k or k <= name_words(name) for k in known if k):
            out.append(Mention(name, "", "coordinator", None))
            known.append(name_words(name))
    return out


def _whole_name(m: Mention) -> Mention:
    """A one-word name whose title begins with a whole name whose given name holds it
    ("Cora", "Corazon Villanueva, HR"; "Lyn", "Rosalyn …"): the whole name, the rest its
    title."""
    if len(m.name.split()) != 1 or not m.title:
        return m
    whole = NAME.match(m.title)
    if whole is None or len(whole.group(0).split()) < 2 or \
            len(m.name) < 3 or m.name.lower() not in whole.group(0).split()[0].lower():
        return m
    return m._replace(name=whole.group(0), title=m.title[whole.end():].strip(" ,;–—-"))
