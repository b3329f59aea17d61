"""The one person a letter names who will call the candidate holds that call (issue 23,
session 18, second round): "Recruiter: Dana Whitfield will call you at the number on your
application", "Lotte Brouwer belt je op het afgesproken tijdstip", "Dana Whitfield vous
appellera". A phone interview is the call: whoever places it is the one the candidate talks
to, whatever their title says, so they have a seat of their own ("schedule").

Only where the letter names no one else (else the caller may only be setting things up for
those others), and not a call made to settle the meeting ("will call you to confirm the
time"). Pure."""

from __future__ import annotations

import re
from collections.abc import Sequence

from followup.capture.lazy import lazy
from followup.capture.mentions import Mention
from followup.capture.names import UPPER

# "will call you", per language, the way a recruiter writes it (formal and informal).
_CALLS = (
    r"will\s+(?:call|phone|ring)\s+you|will\s+give\s+you\s+a\s+(?:call|ring)|"      # en
    r"(?:ruft|wird)\s+(?:Sie|dich)\s+(?:an|anrufen)|"                             # de
    r"vous\s+appellera|t['’]appellera|"                                           # fr
    r"(?:te|le|lo|la)\s+llamará|et\s+trucarà|"                                    # es, ca
    r"(?:vai|irá)\s+(?:te\s+ligar|ligar-te|ligar\s+para\s+(?:você|si)|ligar-lhe)|te\s+ligará|"  # pt
    r"(?:ti|la|vi)\s+chiamerà|"                                                   # it
    r"(?:belt|zal)\s+(?:je|jou|u)\s+(?:op|bellen)|belt\s+(?:je|u)\b|"             # nl
    r"ringer\s+(?:dig|deg)(?:\s+op|\s+opp|\s+upp)?|ringer\s+upp\s+dig|"           # da, no, sv
    r"soittaa\s+(?:sinulle|teille)|helistab\s+(?:teile|sulle)|"                   # fi, et
    r"mun\s+hringja\s+í\s+þig|jums\s+piezvanīs|jums\s+paskambins|"                # is, lv, lt
    r"zadzwoni\s+do\s+(?:Pana|Pani|ciebie|Ciebie)|(?:vám|ti)\s+zavolá|zavolá\s+vám|"  # pl, cs, sk
    r"(?:vas|te)\s+bo\s+poklical[a]?|će\s+(?:vas|te)\s+nazvati|"                  # sl, hr/sr/bs
    r"(?:fel\s+fogja\s+hívni|felhívja)\s+(?:Önt|önt|téged)|"                      # hu
    r"(?:vă|te)\s+va\s+suna|ще\s+ви\s+се\s+обади|θα\s+σας\s+(?:καλέσει|τηλεφωνήσει)|"  # ro, bg, el
    r"(?:вам|тебе)\s+позвонит|позвонит\s+вам|(?:вам|тобі)\s+зателефонує|"         # ru, uk
    r"(?:sizi|seni)\s+arayacak|akan\s+menelepon\s+(?:Anda|kamu)|sẽ\s+gọi(?:\s+điện)?\s+cho\s+bạn|"
    r"tatawag\s+sa\s+(?:iyo|inyo)|atakupigia\s+simu|sal\s+(?:jou|u)\s+bel")      # tl, sw, af
_NAME = rf"((?-i:[{UPPER}][\w'’-]+(?:[ \t]+[{UPPER}][\w'’-]+){{0,2}}))"
CALLS_YOU = lazy(rf"{_NAME}[ \t]+(?:{_CALLS})\b([^.\n]{{0,60}})", re.IGNORECASE)
# … to settle the meeting, not to hold it.
_TO_SETTLE = lazy(r"\b(?:to|um|pour|para|per|om|for\s+to|at)\s+(?:confirm|arrange|schedule|"
                  r"book|reschedul|bestätig|vereinbar|confirmer|fixer|confirmar|agendar|"
                  r"concordar|confermar|fissar|bevestig|afspr|inplann)", re.IGNORECASE)


def calls_you(text: str, found: Sequence[Mention]) -> list[Mention]:
    """The person the letter says will call the candidate, when it names no one else: a seat
    for someone the letter already names, never a new person."""
    hits = [m for m in CALLS_YOU.finditer(text) if not _TO_SETTLE.search(m.group(2))]
    if len(hits) != 1:
        return []
    name = hits[0].group(1)
    words = {w.lower() for w in name.split()}
    named = [m for m in found if m.name and m.context != "prose"]  # (a name only in running
    # prose may be the firm's)
    if any(not ({w.lower() for w in m.name.split()} & words) for m in named):
        return []  # someone else is named: the caller may be setting it up for them
    if not any({w.lower() for w in m.name.split()} == words for m in named):
        return []  # only a person the letter gives already ("Recruiter: A"), never a new one
    return [Mention(name, "", "schedule", None)]
