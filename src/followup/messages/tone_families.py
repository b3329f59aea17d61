"""Families a coach flags that depend on what the whole message is about (M5, T5, issue 24).

Asking about pay in a thank-you is a mistake, and fine once they have made an offer; "my first
day" presumes the job, unless the offer is signed or the sentence says "if I am successful".
Each family here is a cue (a pattern over one sentence) and what excuses it: the message
speaks of an offer, the sentence is conditional or was asked for. The patterns are written
from general knowledge of how such messages go wrong, and checked on the development part of
the tone corpus only. Pure functions over the sentences of tone_text.
"""

from __future__ import annotations

import re

from followup.messages.tone_regex import rx

_Q = "['’]"

_PAY = (r"(?:salary|salaries|pay (?:band|range|review|rise|scale|grade)|the pay\b|paid|"
        r"compensation|remuneration|package|bonus(?:es)?|commission|pension|equity|stock "
        r"options?|shares|annual leave|holiday (?:allowance|entitlement|days)|vacation|pto|"
        r"days? off|paid (?:leave|time off)|parental leave|health (?:insurance|cover|care|"
        r"plan)|healthcare|dental|medical (?:insurance|cover)|gym|benefits? package|perks|"
        r"car allowance|allowance|relocation (?:package|costs?|support|budget)|hourly rate|"
        r"day rate|base\b|raise|13th month|overtime|tuition|parking|"
        r"[$£€]\s?\d|\d+\s?k\b|\d{2,3},\d{3})")
# An ask or a condition about pay: a question, "I'd like to know", "I won't consider below".
_PAY_ASK = rx(
    rf"(?=.*\b{_PAY})(?:.*\?|.*\b(?:tell me|let me know|know (?:what|how|whether|if)|"
    r"wondering|wondered|curious|ask(?:ing)? (?:about|what|whether|if|how)|(?:to )?understand "
    r"(?:the|what|how)|share (?:the|what)|inform me|confirm (?:that|what|the)|clarify|"
    r"(?:won|wouldn)['’]?t (?:consider|accept|go|move)|nothing (?:below|under|less)|"
    r"anything (?:below|under|less)|at least|minimum|non-negotiable|expect(?:ing)?|reflect|"
    rf"need to know|be on the same page|before I|I{_Q}ll need|I need|how much|on the table)"
    r").*", re.IGNORECASE)
_PAY_EXCUSED = rx(
    r"\b(?:as (?:you )?(?:asked|requested)|you asked|you(?:['’]d| would) like my|asking about "
    r"my|(?:salary|pay) (?:history|expectations?) form|my (?:salary )?expectations? (?:is|are)|"
    r"happy to (?:share|discuss) my|here they are|you requested|flexib\w+|when I asked|"
    r"(?:for|you) explain\w*|walk\w* me through|settle the)\b", re.IGNORECASE)
# They have made an offer (not "what the role offers"): pay and start dates are fair game.
_OFFER = rx(r"\b(?:(?:the|an?|your|this|job|written|verbal|formal|revised|updated|their|"
            r"my) offer\b|offer (?:letter|pack|of|for)|offered (?:me|the)|contract|signed|"
            r"accept(?:ed)?|paperwork|negotiat\w*)", re.IGNORECASE)

_PRESUME = rx(
    r"\b(?:my (?:first|start|starting) (?:day|date|week|month|sprint|90 days|project)|(?:my|"
    r"the) first (?:90|100|30|60) days|before I start|(?:once|when|after) I (?:start|join|am "
    rf"(?:on board|in post|in the role|part of)|{_Q}m (?:on board|in post|on the team|in the "
    rf"role|part of))|ahead of my start|when I{_Q}m on the team|my (?:future|new) "
    r"(?:colleagues|team(?:mates)?|manager|boss|desk|office|role)|my (?:line manager|buddy|"
    r"laptop|login|id badge|badge|email account|system access)|(?:onboarding|induction) "
    r"(?:documents?|paperwork|pack|schedule|forms?|training|week)|handed in my notice|given "
    rf"(?:\w+ )?(?:weeks?{_Q}?|months?{_Q}?) notice|(?:told|informed) my (?:current )?(?:manager|"
    rf"boss|employer|clients|family|team|landlord)(?: that)? (?:I{_Q}ll be |I will be |I{_Q}m |"
    rf"I am )?"
    rf"(?:leaving|joining|moving|resigning|I got|I{_Q}ll be joining|about the new)|"
    rf"I got the job|booked (?:my|a) (?:flight|"
    r"train|movers)|looking at (?:flats|apartments|houses|schools)|new (?:marketing|sales|"
    r"data|team) lead|see you (?:on|next) (?:monday|tuesday|wednesday|thursday|friday|the "
    rf"\d+)|I{_Q}ll see you on|(?:working|to work) with you (?:and [\w ]{{0,20}})?from|be part of"
    r" the team from|start(?:ing)? on (?:the )?\d\w*|look(?:ing)? forward to (?:starting|"
    r"joining (?:you|the team) (?:on|from|next|in)|working with you (?:from|on|next))|"
    r"add me to (?:the|your) (?:team|slack|"
    rf"channel|mailing)|(?:right-to-work|payroll) (?:check|details)|we{_Q}re basically colleagues"
    r"|dress code (?:is )?(?:in the office|at work)|where (?:staff|"
    r"people) (?:usually )?park)\b", re.IGNORECASE)
_IF = rx(rf"\b(?:if I(?:{_Q}m| am)? (?:am )?(?:successful|fortunate|lucky|offered|"
                 rf"selected|chosen)|if (?:I am|I{_Q}m) (?:offered|successful)|should I be|should "
                 r"things|if things|were I|if (?:it|this) (?:goes|moves)|if helpful|in case it)"
                 r"\b", re.IGNORECASE)

_FAMILIAR = rx(
    r"(?:(?:,\s*|\b(?:thanks|thank you|cheers|hi|hey|today|again|so much|bye)\s+)(?:babe|"
    r"darling|sweetie|sweetheart|hun|hon|honey|gorgeous|lovely|my dear|dear|buddy|pal|mate|"
    r"love)\b(?=\s*[,!.]|\s*$|\s+(?:xx|😘))|\bx{2,}\b|\bxoxo\b|"
    r"\bkisses\b|\bhugs\b|😘|😍|"
    r"\b(?:beautiful|pretty|gorgeous|lovely|stunning|nice) (?:eyes|smile|voice|hair|legs)|"
    r"\byou (?:are|were|looked|look) (?:very |so |really )?(?:beautiful|pretty|gorgeous|"
    r"stunning|hot|cute|great in|handsome)|\b(?:colou?r|dress|suit|look|hair|"
    r"style) (?:really )?suits you\b|(?:too young|old enough) to\b|"
    r"\b(?:grab|get|have) (?:a |some |a few )?(?:drinks?|beers?|pints?|coffee|dinner|lunch|"
    r"brunch|bite)\b(?=.*\b(?:sometime|some time|weekend|friday|saturday|sunday|tonight|after"
    r" work|together|us|just the two|me|soon|regardless|interview or not)\b)|"
    r"\b(?:drinks|dinner|brunch|a barbecue|a bbq|a party|pints) (?:on|this|next|some|at|with|"
    r"are on me|on me)\b|\bjust the two of us\b|\bjoin me for\b|\bwe should (?:totally |"
    r"definitely |really )?(?:be friends|hang out|go|get|grab|meet up)|\bmeet up for\b|"
    r"\bfriend request\b|\badded you on (?:instagram|facebook|snapchat|tiktok)|\bsaw on "
    r"(?:facebook|instagram)|\byour (?:instagram|facebook)\b|\bholiday pics\b|\bsay hi to "
    r"your\b|\byour date\b|\bpraying for you\b|\bfelt (?:a|such a) connection\b|\bwe (?:really"
    rf" )?clicked\b|\bfriends for years\b|\byou(?:{_Q}re| are) a legend\b|\breminded me of my "
    r"(?:mum|mom|mother|dad|ex)\b)", re.IGNORECASE)

_PERSIST = rx(
    r"\b(?:until (?:I|you|someone"
    rf"|somebody|there{_Q}s|there is|a decision|something|I{_Q}ve)\b[^.!?\n]{{0,40}}(?:answer|"
    r"reply|respond|decision|news|hear|picks? up|puts? me through|job|role|get|gets|see|"
    r"comes?)|keep (?:calling|emailing|writing|following up|trying|checking|ringing|pinging)|"
    rf"won{_Q}t (?:stop|give up)|not (?:the type|someone|one) to give up|will not give up|"
    r"(?:pop|drop|stop) (?:in|by|into|round)\b|stopping by|(?:come|go) to (?:the|your) "
    r"(?:office|lobby|reception|site|building)|outside (?:the|your) (?:building|office)|wait "
    r"in (?:the )?(?:lobby|reception)|personal (?:email|number|mobile|phone|address)|your "
    r"(?:home|private) (?:number|address)|messaged everyone|(?:sent|send|emailed) (?:the same|"
    r"this) (?:message|email) to|everyone on (?:your|the) team|(?:third|fourth|fifth|sixth|"
    r"\d+(?:st|nd|rd|th)) (?:email|call|message|voicemail|attempt)|try your (?:mobile|cell|"
    r"personal)|(?:ping|call|ring|text|email) you (?:again )?(?:tomorrow|tonight|later|in an "
    r"hour)[^.!?\n]{0,30}(?:and|until|again)|persistently|expect to hear from me|hear from "
    r"me (?:a lot|often|again and again))\b", re.IGNORECASE)

# How often, and a way of getting in touch: "I'll follow up daily", "ping you every afternoon".
_FREQ = rx(r"\b(?:every (?:day|morning|afternoon|evening|hour|week|couple of days|few "
                   r"days|other day|single day)|each (?:day|morning|afternoon|week)|daily|"
                   r"hourly|nonstop|round the clock)\b", re.IGNORECASE)
_CONTACT = rx(r"\b(?:call\w*|ring\w*|email(?:ing)? (?:you|again)|writ\w+|follow\w*|check\w* in|"
              r"ping\w*|"
                      r"text\w*|contact\w*|chas\w+|tr(?:y|ying) (?:you|again)|remind\w*)\b",
                      re.IGNORECASE)

_SORRY = rx(r"\b(?:sorry|apolog\w+|forgive me|pardon me)\b", re.IGNORECASE)
_ABASE = rx(
    rf"\b(?:such an? (?:idiot|fool|mess)|I{_Q}m an idiot|mortified|(?:so |deeply |truly |really )"
    rf"embarrassed|beating myself up|can{_Q}t stop thinking about|not (?:as )?(?:qualified|"
    r"experienced|good|smart|talented) (?:as|enough)|not good enough|someone like me|wasting "
    r"your time|ruined my chances|let(?:ting)? you down|a (?:nuisance|pain|bother)|hate to "
    r"(?:be a bother|bother|trouble)|humblest|profusely|bottom of my heart|forgive me|feel "
    r"(?:awful|terrible|so bad)|(?:terrible|awful|poor|horrible) (?:answers?|performance|"
    r"interview)|what a mess I|hold (?:my|it) against me|my English is (?:not good|bad|very bad|"
    rf"poor)|I (?:know I{_Q}m|am) (?:probably )?(?:annoying|bothering) you|just one applicant|"
    r"apologise for (?:everything|my whole))\b", re.IGNORECASE)


def family_cues(sentences: list[str], whole: str) -> list[tuple[str, str]]:
    """(family, sentence) for each sentence a family's cue finds and nothing excuses."""
    offer = bool(_OFFER.search(whole))
    out: list[tuple[str, str]] = []
    sorry = len(_SORRY.findall(whole))
    for s in sentences:
        if not offer and _PAY_ASK.match(s) and not _PAY_EXCUSED.search(whole):
            out.append(("salary", s))
        elif not offer and _PRESUME.search(s) and not _IF.search(s):
            out.append(("presuming", s))
        elif _FAMILIAR.search(s):
            out.append(("familiar", s))
        elif _PERSIST.search(s) or (_FREQ.search(s) and _CONTACT.search(s)):
            out.append(("persistence", s))
        elif _ABASE.search(s) or (sorry >= 2 and _SORRY.search(s)):
            out.append(("apology", s))
    return out
