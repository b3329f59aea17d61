"""People a letter says may drop in on the talk for a while (issue 23): "Kim Park from Docs
Eng may pop in for the last 10 minutes", "Our CTO, Lena Vos, might stop by to say hello",
"Raj will swing by at the end". Each is someone named in the letter who will be there for
part of it: one of the people met, never the one who set it up. Only for a moment of it
("to say hi", "for the last ten minutes") the seat is not their own ("prose"); else it is
("joins"). Pure."""

from __future__ import annotations

from collections.abc import Sequence

from followup.capture.lazy import lazy
from followup.capture.mention_cues import NOT_A_PERSON_AFTER, ONLY_TO_GREET
from followup.capture.mentions import Mention
from followup.capture.names import NOT_SITTER, PARTICLES, UPPER, valid
from followup.capture.person_shape import looks_like_person

# A name (a given name, up to three more capitalised words), what the letter puts between
# it and the verb (", our CTO,", "(Docs)", "from the Docs Eng team"), a modal, then a
# verb of coming in for a while: pop, drop, stop, swing, look, dip in or by.
DROPS_IN = lazy(
    rf"\b([{UPPER}][\w'’-]+(?:[ \t]+(?:(?:{PARTICLES})[ \t]+)*[{UPPER}][\w'’-]+){{0,3}})"
    r"(?:,[^,.\n]{1,60},|[ \t]*\([^()\n]{1,40}\)|"
    # (a team in small letters: "Dev Raman from the firmware team")
    r"[ \t]+(?:from|of|in)[ \t]+(?:the|our)[ \t]+[\w&'’-]+(?:[ \t]+[\w&'’-]+)?[ \t]+"
    r"(?:team|side|group)|[ \t]+(?:from|of|in)[ \t]+(?:the[ \t]+|our[ \t]+)?"
    rf"[{UPPER}][\w&'’-]*(?:[ \t]+[{UPPER}&][\w&'’-]*){{0,2}}(?:[ \t]+(?:team|side|group))?)?"
    r"[ \t]+(?:(?:may|might|will|['’]ll|could|should|is going to|plans to|hopes to|"
    r"(?:will|may|might)[ \t]+(?:also|probably|likely))[ \t]+(?:also[ \t]+)?"
    r"(?:pop|drop|stop|swing|look|dip)|(?:also[ \t]+)?(?:pops|drops|stops|swings|is popping|"
    r"is dropping))[ \t]+(?:in|by)\b")


def drop_ins(text: str, found: Sequence[Mention]) -> list[Mention]:
    """Each person the text says may drop in whom no mention the text already gives names
    (their seat is read where they are)."""
    known = {frozenset(m.name.lower().split()) for m in found}
    out: list[Mention] = []
    for m in DROPS_IN.finditer(text):
        name = m.group(1)
        while len(name.split()) > 2 and not valid(name, True) and valid(
                rest := name.split(None, 1)[1], True):
            name = rest  # (a post before the name: "our QS Charlene van Wyk")
        words = frozenset(name.lower().split())
        if any(words <= k or k <= words for k in known if k) or \
                name.split()[0].lower() in NOT_SITTER or \
                NOT_A_PERSON_AFTER.search(text[:m.start()]) or \
                not (valid(name, True) or len(name.split()) == 1) or \
                not looks_like_person(name, text):  # (coming in is a person's: "Kim Park")
            continue
        known.add(words)
        seat = "prose" if ONLY_TO_GREET.match(text[m.end():]) else "joins"
        out.append(Mention(name, "", seat, None))
    return out
