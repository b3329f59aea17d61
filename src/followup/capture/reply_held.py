"""More plain words of a "no" (issue 23), beside capture.reply_words (at its size limit): the
hire held off or the role pulled ("we're going to hold off on this hire for now", "the SRE
role got pulled"), which ends the process as a hold does; a "no" said again after the fact
("sorry it wasn't a yes this time", "sorry the news wasn't better", "bummer it didn't shake
out"); and a profile kept in a talent pool, which says nothing of this process going on
("your profile remains active in our system for other roles")."""

from __future__ import annotations

import re

_I = re.IGNORECASE
# the process that did not work out, said alone or with its reason ("this time", "with the
# visa timing"), not a day or a slot ("didn't work out for Tuesday", "work out a time")
_NOT_A_TIME = (r"(?=\s*(?:[.,;!]|\s[-–—]|$)|\s+(?:this (?:time|round)|in the end|on (?:our|their|"
               r"the (?:company|team|client|hiring)'s) (?:end|side)|on this "
               r"(?:one|occasion)|with (?:the|your) (?:[\w-]+ )?(?:visa|timing|role|position|"
               r"job|offer|salary|package)\b))")
# the job that is held, paused or frozen
HIRE = (r"(?:role|position|post|job|req|requisition|search|hiring|vacancy|opening|headcount|"
        r"recruitment|hire)")
# read as a hold (reply_words.is_rejection): "hold off on this hire", "the role got pulled"
HELD = re.compile(
    rf"\bhold(?:ing)? off on (?:this|the|that|our) (?:[\w&/-]+ ){{0,2}}?{HIRE}\b"
    rf"(?! decisions?\b)|\b{HIRE}\b[^.;,]{{0,20}}?\b(?:got|has been|have been|was|were|'s been) "
    r"pulled\b(?! (?:forward|up|together|in|into|from|out of)\b)|"
    # the outcome said again, after it was given: "sorry it wasn't a yes", "sorry the news
    # yesterday wasn't better", "bummer it didn't shake out"
    r"\b(?:sorry|shame|bummer|pity|gutted)\b[^.;?]{0,12}?\b(?:it|the news|things|this)\b"
    r"(?: \w+)? (?:wasn't|was not|didn't|did not) (?:a yes\b|better\b|shake out\b|pan out\b|"
    r"go (?:your|our) way\b)|"
    # and in other words: "sorry it didn't work out this round", "gutted we couldn't make it
    # work", "sorry again about how this one ended" (not a time that did not suit: "sorry
    # Tuesday didn't work out for you", "it didn't work out on the 4th")
    rf"\b(?:sorry|shame|bummer|pity|gutted)\b[^.;?]{{0,12}}?\b(?:it|things|this|we)\b(?: one)? "
    rf"(?:didn't|did not|couldn't|could not|wasn't able to) (?:work out|make it work)\b"
    rf"{_NOT_A_TIME}|"
    # the same news passed on by a colleague, the regret after it: "Ben mentioned it didn't
    # work out on our end - I'm sorry!", "Ana told me it didn't work out this time"
    rf"\b(?:mentioned|said|told me|tells me|let me know|heard)(?: that)? (?:it|things)(?: one)? "
    rf"(?:didn't|did not) (?:work out|pan out){_NOT_A_TIME}|"
    rf"\b(?:it|things)(?: one)? (?:didn't|did not) (?:work out|pan out){_NOT_A_TIME}[^.;?]{{0,20}}?"
    rf"\b(?:I'm|I am|we're|we are|really|so) (?:so |really |very |truly )?sorry\b|"
    r"\bsorry\b[^.;?]{0,10}?\b(?:about|for) how (?:it|this|things|that)(?: one)? "
    r"(?:ended|turned out)\b|"
    # the news heard of by someone else at the employer: "just heard about the freeze"
    r"\b(?:heard|news|sorry) (?:about|of) the (?:hiring |headcount |budget )?freeze\b|"
    # the role filled from inside, in a phone's words: "we ended up going internal"
    # (not a panel or a step done in-house: "we went internal for the panel")
    r"\b(?:went|gone|going|go) internal\b(?=\s*(?:[.,;!]|\s[-–—]|$)|\s+(?:in the end|this time|"
    r"instead|after all|with (?:the|this) (?:role|position|post|job|hire))\b)|"
    # another way named for the role: "the team went another way for the platform role"
    rf"\b(?:went|gone|going|go) (?:another|a different) (?:way|direction|route) (?:for|on|with) "
    rf"(?:the|this|that|your) (?:[\w-]+ ){{0,2}}?{HIRE}\b|"
    # the other way said alone, its reason before it: "which is why we went the other way"
    r"\b(?:went|gone) (?:the other|another|a different) (?:way|direction|route)\b"
    r"(?=\s*(?:[.,;!]|$))|"
    # the hire not possible now: "funding got pushed so we can't hire for the role right now"
    rf"(?:\bcan't|\bcannot|\bcan not|\bwon't be able to|(?:'re| are) unable to|aren't able "
    rf"to) (?:hire|recruit|fill)\b(?: (?:for )?(?:the|this|that|our|your) "
    rf"(?:[\w-]+ ){{0,2}}?{HIRE})?"
    r"(?: (?:right now|at the moment|at (?:this|the) (?:time|moment|stage)|for now|at present))"
    r"(?=\s*(?:[.,;!]|\s[-–—]|$))|"
    # an offer taken back: "withdrawing the offer we made you", "Archived (Offer withdrawn)"
    r"\b(?:withdr[ae]w(?:n|ing)?|rescind(?:ed|ing)?|revok(?:ed|ing)|pull(?:ed|ing)) (?:the|our|"
    r"your|this) (?:job |written |verbal )?offer\b(?! (?:letter )?(?:to|for) (?:a|an|the) "
    r"(?:second|further|next))|\boffer (?:has been |was |is )?(?:withdrawn|rescinded|revoked)\b|"
    # the regret said for a "no": "gutted we can't move ahead right now"
    r"\b(?:sorry|shame|bummer|pity|gutted)\b[^.;?]{0,12}?\bwe (?:can't|cannot|can not|won't be "
    r"able to) (?:move|go) (?:ahead|forward)\b(?! (?:on|with) (?:the|that|this) (?:date|time|"
    r"day|slot))|"
    # the outcome apologised for: "sorry about yesterday's outcome, not the call I'd have made"
    r"\bsorry (?:again )?about (?:the|yesterday's|today's|this|that|our) (?:final )?(?:outcome|"
    r"decision)\b(?=\s*(?:[.,;!]|\s[-–—]|$))|"
    # the next try encouraged: "I'd genuinely encourage you to apply again next year"
    r"\bencourage you to (?:re-?apply|apply again)\b(?=[^.;?]{0,20}?\b(?:next|in (?:a|six|"
    r"twelve|\d+) (?:year|months?)|later|in future|in the future)\b)|"
    # the choice said by who was chosen: "close call, the other lad had a lot more Kotlin"
    r"\bthe other (?:lad|guy|gal|chap|fella|bloke|candidate|applicant|person|finalist)\b "
    r"(?:just )?(?:edged it|pipped you|was (?:just )?(?:stronger|a better fit)|had\b[^.;?]{0,25}?"
    r"\b(?:more|stronger|deeper|the edge))\b", _I)
# what follows "remains active" when it is the talent pool's, not this process's
POOL = re.compile(r"[^.;]{0,30}?\b(?:in|on) our (?:system|database|talent pool|records|files?)\b|"
                  r"[^.;]{0,30}?\bfor (?:other|future) (?:roles|positions|opportunities|"
                  r"vacancies|openings)\b", _I)
# a choice already made, "for now" only its hedge: "I'll pass for now", "but for now we've
# gone with the other candidate" (the words kept, the "for now" dropped)
NOW_CHOSEN = re.compile(r"\b(pass) for now\b|\bfor now,? ((?:we|they|I|the team)(?:'ve| have)? "
                        r"(?:gone|went|decided to go|chosen|chose|opted|decided to move "
                        r"forward) with)\b", _I)
