"""The words of a job offered (issue 15), as patterns: an offer made, in any words ("we'd like
to offer you", "the job is yours", "welcome aboard", the letter or contract attached), not
one spoken of as a condition ("if successful, the offer letter will follow") nor denied.
Split from capture.reply_words, whose "no" (REJECTED) an offer must not say."""

from __future__ import annotations

import re

from followup.capture.reply_words import REJECTED, spoken

_I = re.IGNORECASE
# an offer "to"/"for" someone other than the candidate ("a verbal offer to the other
# finalist"); "for you", "for the Analyst role" and "for now" are the candidate's
_NOT_THEIRS = r"(?! (?:to|for) (?!you\b|now\b|the (?:[\w,&/-]+ ){0,4}(?:role|position|job|post)\b))"
OFFER = re.compile("|".join((
    r"(?:pleased|happy|delighted|thrilled|excited|glad) to (?:extend|offer|make) (?:you|the|this|"
    r"a|an|our|your)\b(?!\s*(?:[\w-]+\s+){0,3}?(?:invitations?|invites?|interviews?|rounds?|"
    r"stages?|deadlines?|thanks|apolog\w*|congratulations|welcome|"
    # a courtesy or a perk offered to anyone: "delighted to offer a range of benefits",
    # "happy to offer you some feedback", "pleased to offer the following slots"
    r"benefits|perks|range|variety|discounts?|feedback|tours?|reimburse\w*|expenses|travel|"
    r"parking|slots|times|dates|webinars?|workshops?|newsletters?|resources|tips|advice)\b)",
    # the panel's choice of the candidate, said actively: "the panel have recommended you for
    # appointment"; an applicant-tracking system's status: "Status update: Offer Extended"
    r"\b(?:recommended|selected|chosen|approved) you for (?:appointment|the (?:post|role|position|"
    r"job))\b|\b(?:status|stage)\b[^.:]{0,80}:\s*(?:offer(?: extended| made| sent| stage| "
    r"approved)?|hired)(?=\s*(?:[.,;!]|$))",
    # the contract on its way: "you will receive a contract of employment", "HR will issue
    # your contract"
    r"\b(?:receive|send(?:ing)? you|issue|issuing|prepare|preparing|draw(?:ing)? up) (?:a|your|"
    r"the) (?:contract of employment|employment contract|contract)\b|\b(?:your|the) (?:contract of "
    r"employment|employment contract) (?:will be|is being|has been) (?:issued|sent|prepared|drawn "
    r"up|posted)\b",
    r"offer of employment|extend (?:(?:to )?you )?an? (?:formal |verbal |written )?offer",
    # the letter or the agreement itself, sent or revised: "please find the revised Letter of
    # Offer", "attached the Individual Employment Agreement", "we're able to revise the offer"
    r"(?<!returning )(?<!returned )(?<!received )\b(?:your|the) (?:revised |updated |formal |"
    r"written )?letter of offer\b|\b(?:attached|enclosed|find)\s+(?:attached\s+)?(?:is\s+)?"
    r"(?:your|the)\s+(?:individual\s+|revised\s+|updated\s+)?employment\s+agreement\b|"
    r"\b(?:revise|improve|sweeten|increase|raise) (?:the|our|your) (?:\w+ )?offer\b",
    # the offer made as it is written: "we're extending you an offer for the Analyst role"
    rf"\bextending (?:you )?an? (?:formal |verbal |written )?offer\b{_NOT_THEIRS}",
    r"\b(?:wants?|like|decided|'d like) to move forward with an offer\b",
    # "we'd like to move ahead with an offer", "agreed to proceed with an offer for you"
    r"\b(?:move|moving|go|going|proceed|proceeding) (?:forward |ahead )?with an? (?:\w+ )?"
    rf"offer\b{_NOT_THEIRS}|\b(?:verbal|conditional|provisional) offer\b{_NOT_THEIRS}",
    r"(?:attached|enclosed|attaching|enclosing)\s+(?:(?:is|are|please find|you will find|you'll "
    r"find)\s+)?(?:your|the|our) (?:formal |written |official |employment |job )?offer|"
    r"(?:your|the) offer letter",
    r"(?:delighted|pleased|happy|glad|thrilled) if you (?:would |'d |will )?accept\b|\bbring "
    r"you on (?:board|as)\b|you (?:to )?(?:join|start|come on board) as (?:our|the) new\b",
    r"(?:like|love|want|wanted|wish|wishes|wished|glad|pleased|happy|delighted|thrilled|"
    r"excited) to offer you",
    # an applicant-tracking system's notice: "Acme has extended an offer to you", "review and
    # accept your offer"
    # ("extended you an offer for the Data role": "you" names whom, whatever follows)
    r"\bextended you an? (?:\w+ )?offer\b|"
    r"\bextended an? (?:\w+ )?offer\b(?! (?:to|for) (?!you\b))|\b(?:review|accept|"
    r"sign|respond to)(?: (?:and|or) (?:accept|sign|respond to|decline))? your (?:\w+ )?offer\b",
    r"(?:we are|we're) offering you|(?:offer|propose) you (?:the|a|this) (?:[\w-]+ ){0,2}"
    r"(?:position|role|job|post|place|appointment|traineeship|apprenticeship|internship|"
    r"placement|contract)\b",
    r"(?:like|love|want) (?:for )?you to (?:come|climb|get) (?:on ?board|aboard)\b",
    # the first day set: "we'd like to get you started on 11 January" (not "on the exercise")
    r"(?:like|love|want) to (?:get|have) you start(?:ed|ing)? (?:on|from|in) (?:the )?(?:\d|mon|"
    r"tue|wed|thu|fri|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|next|early|mid)",
    r"(?:send|sent|get|email|emailed|post|posted)(?:ing)? (?:over |you )?(?:over )?(?:an?|the|"
    r"your) (?:formal |written )?offer\b(?! to (?!you\b))"
    r"(?![^.;]{0,80}? to (?:an|the|another|one of|someone|somebody)\b)",
    r"(?:like|love|want|delighted|pleased|happy|thrilled) (?:for |to have )?you (?:to )?join "
    r"(?:us|the team|our team)(?! for| on| at| in)|"
    # the job named as the candidate's: "we'd love to have you join Acme as our Data Lead"
    r"(?:like|love|want|delighted|pleased|happy|thrilled) (?:for |to have )?you (?:to )?join "
    r"(?:[\w&'.-]+ ){1,4}?as (?:our|the|an?) (?:new )?(?!guest\b|speaker\b|observer\b)\w|"
    r"\b(?:want|like|love) (?:to have )?you (?:on|in) (?:the|our) (?:team|crew|squad|firm|"
    r"practice|company)\b(?! meeting| call| chat| lunch| event|'s)|"
    r"\b(?:want|need) you (?:on ?board|aboard)\b|\byou(?:'ve been| have been| are|'re| were) "
    r"accepted (?:for|as|to|into) (?:the|our) (?:[\w-]+ ){0,3}?(?:position|role|job|post)\b|"
    r"(?<!n't )(?<!not )(?<!cannot )\bgive you the (?:job|role|position|post)\b|"
    r"\b(?:like|want|love) you to accept (?:the|this|"
    r"our) (?:[\w-]+ ){0,3}(?:position|role|job|post|offer|appointment)\b|"
    r"\byou(?:'re| are) hired\b|\b(?:delighted|pleased|glad|happy|thrilled|excited) (?:that )?"
    r"you(?:'re| are| will be|'ll be) (?:joining|coming on board)\b|"
    r"\boffer (?:the|this) (?:[\w-]+ ){0,2}(?:role|position|job|post) to "
    r"you\b|\bmake you an? (?:formal |job )?proposal for (?:the|this|our) (?:[\w-]+ ){0,2}"
    r"(?:position|role|job|post)\b|"
    r"(?:role|position|job) (?:has been|is being|was) offered to you\b|"
    r"\boffered you the (?:role|position|job)\b",
    r"(?:like|love|want|ready|pleased|happy|delighted) to make (?:you )?an? (?:\w+ )?offer\b"
    r"|(?:like|love|want) (?:for )?you to come (?:and )?work (?:with|for) us\b|"
    r"(?:employment |your )?contract (?:is |has been )?(?:attached|enclosed)|(?:attached|"
    r"enclosed) (?:is )?(?:your|the) (?:employment )?contract|welcome you (?:to (?:the|our) "
    r"(?:company|team|firm|business)|on ?board|aboard)",
    r"\boffer(?:'s| is| has) (?:now |just |finally )?(?:been )?(?:approved|signed off)\b|"
    r"(?:your|the|our) (?:formal |written |official )?offer (?:has been|is|will be) (?:approved|"
    r"ready|signed off|on its way|in the post|sent)|"
    # an applicant-tracking system's notice that the offer waits for the candidate: "An offer
    # for the Data Steward position is now available in your candidate portal"
    r"\b(?:an?|your|the|our) (?:[\w-]+ )?offer (?:letter )?"
    r"(?:for (?:(?:the|this|your) )?[^.;]{1,80}? )?"
    r"(?:has been|is|'s) (?:now )?(?:ready|available|posted|released|published|waiting)\b"
    r"(?! (?:to|for) (?!you\b|your\b|review\b|view\b|sign))|"
    # yes said plainly: "We want you.", "we really want you for this role!"
    r"\bwe (?:really |definitely |all |both )?(?:want|need) you(?: (?:for|on) (?:this|the) "
    r"(?:job|role|position|post))?(?=\s*(?:[.!]|$))|"
    r"(?:formal |written |official )offer (?:will )?follows?"
    # the offer revised after a counter: "revised letter to follow from Kylie today"
    r"|\b(?:revised|updated|improved|new) (?:offer )?letter (?:will )?(?:to )?(?:follows?|"
    r"attached|enclosed|on its way|coming)\b"
    r"|(?:formal |written |official )offer (?:to follow|coming|on its way)"
    r"|(?:find|see) (?:the|your|our) (?:formal |written )?offer (?:letter )?attached|"
    r"\boffer (?:letter )?(?:is )?attached|confirm your (?:offer|appointment)\b"
    r"|\byou(?:'re| are|'ll be| will be| to be| to become) our (?:new|next)\b|"
    r"(?:like|love|want) you to start (?:on|in|with)\b",
    r"(?:you(?:'ve| have)? got|you've landed) the (?:job|role|position)\b|"
    r"(?:job|role|position|post)(?: is|'s) yours|making you an offer|make you an? (?:\w+ )?offer|"
    r"(?:want|would like|'d like|would love|'d love|decided|going) to hire you|"
    r"\byou(?:'ve been| have been| are|'re| were) (?:selected|chosen|recommended) for "
    r"appointment\b|"
    r"\byou(?:'ve been| have been| are|'re| were) (?:selected|chosen) (?:for|as) (?:the|our) "
    r"(?:post|position|"
    r"role|job)\b|"
    r"\byou(?:'re| are) (?:the|our) (?:\w+ )?(?:person|candidate|one|choice|pick) for (?:the|this) "
    r"(?:job|role|position|post)\b|"
    r"\byou (?:have|'ve) been successful (?:for|in (?:your application for|securing|being "
    r"appointed to)) the (?:role|position|post|job)\b",
    r"\boffer (?:letter|details|package|paperwork)\b|approved (?:your|an|the) (?:hire|offer|"
    r"appointment)(?! (?:to|for) (?!you))|(?:talk|go|walk) (?:you )?(?:through|over) the offer"
    r"|\bmake (?:it|this|things) official\b|confirm your appointment|your appointment as|"
    r"\bappoint you\b",
    r"(?:have|bring|welcome|get) you (?:on ?board|aboard)(?! with (?!us\b))|\bwelcome aboard\b"
    # aboard a list, not the team: "welcome aboard the Acme careers newsletter"
    r"(?!\s+(?:the|our)\s+(?:[\w&'-]+\s+){0,3}?(?:newsletter|mailing list|list|community|network|"
    r"portal|platform|app|club|programme|program|waitlist|pool)\b)|"
    r"welcome to the team"
    r"|(?:excited|thrilled|delighted|happy) to have you (?:join|as|on)\b"
    r"|\byou got (?:it|the (?:job|role|position|offer))(?=\s*(?:[!.,;:]|$))",
    # the offer handed over or already made: "please find your official offer",
    # "our offer is conditional on two references"
    r"\bplease find (?:attached |enclosed )?(?:your|the|our) (?:formal |written |official )?"
    r"offer\b(?! (?:of|for) (?:a|an|the) (?:call|chat|meeting|interview|slot|time)s?\b)|"
    r"\b(?:our|your|the) (?:formal |written |official )?offer is (?:conditional|contingent|"
    r"subject) (?:on|upon|to)\b",
)), _I)
OFFER_IF = re.compile(r"\b(?:if|once|when|after|should|whether|unless|any)\b", _I)
# "after" about what is done is no condition: "after careful consideration", "after speaking
# with the panel", "after the panel yesterday", "after your chat with Ben, the team wants to
# move forward with an offer" (a meeting of the candidate's, with nothing said to come after
# it: "after your final interview we will decide" still waits)
_DONE_THEN = re.compile(
    r"(?<=after)\s+(?:your|our|the)\s+(?:[\w-]+\s+)?(?:chat|call|conversation|interview|meeting|"
    r"visit|session|presentation|discussion|catch-up|catch up)s?\b(?![^.;!?]*\b(?:will|shall|"
    r"'ll|going to|once|if|whether|next|tomorrow)\b)|"
    r"(?<=after)\s+(?:(?:careful|much|long|lengthy|further|some|thorough|due|serious) )?"
    r"(?:consideration|deliberation|discussions?|reflection|review)\b|(?<=after)\s+(?:speaking|"
    r"talking|meeting|reviewing|interviewing|discussing|considering|deliberating|reflecting|"
    r"consulting|chatting)\b|(?<=after)[^.;,!?]{0,40}?\b(?:yesterday|last (?:week|night)|this "
    r"morning|earlier today)\b", _I)
# the candidate's yes acknowledged, not an offer made: "thank you for returning the signed
# Letter of Offer - we're so happy to have you on board!"
# an offer already made and dealt with: thanked for, or reminded of ("your offer letter is
# still awaiting your signature", "still needs your e-signature")
_SIGNED = re.compile(r"\bthank(?:s| you) for (?:returning|sending back|signing|accepting)\b|"
                     r"\bstill (?:awaiting|pending|waiting for|needs|requires) (?:your )?(?:e-?)?"
                     r"signature\b", _I)
NEGATION_NEAR = re.compile(r"\b(?:not|won't|unable|unfortunately|no longer)\b", _I)


# what is offered may be a round, a time or feedback, not the job: "we'd like to offer you a
# second interview", "a place at our assessment centre", "a few times for our call"
_OFFER_OF_ROUND = re.compile(
    r"\boffer(?:ing)? you (?:(?:a|an|the|some|a few|two|three|our|your|another)\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:interviews?|rounds?|stages?|slots?|calls?|chats?|conversations?|"
    r"meetings?|feedback|times?|dates?|sessions?|assessments?|tests?|place (?:at|on|in) (?:our|"
    r"the|an?) (?:[\w-]+ )?(?:assessment|interview|shortlist|open|final|selection))\b", _I)


# what is offered to anyone who joins, not to the candidate: "happy to offer a relocation
# package to whoever joins the team", "to all new starters"
_TO_ANYONE = re.compile(r"[^.;]{0,60}?\bto (?:whoever|anyone|everyone|everybody|all (?:our )?"
                        r"(?:staff|employees|new)|the successful (?:candidate|applicant)|new "
                        r"(?:joiners|starters|hires|employees))\b", _I)


# a hedge of the writer's own before the news, in a clause of its own: "I'm not supposed to
# steal Jordan's thunder, but I couldn't resist: the team wants to move forward with an offer!"
_OWN_CLAUSE = re.compile(r"(?::|;|,?\s+but|\s[-–—])\s+", _I)
_DENIED = re.compile(r"n't\b|\b(?:cannot|no|never)\b", _I)


def _own_clause(sentence: str, at: int) -> int:
    """Where the clause of the offer's words at `at` starts: after the last colon, semicolon,
    dash or "but" before them (a "not" before that is the writer's hedge, not the offer's)."""
    return max((b.end() for b in _OWN_CLAUSE.finditer(sentence, 0, at)), default=0)


# another employer's offer, a paper the candidate is asked for: "payslips, relieving letter,
# current offer letter", "a copy of any competing offer"
_THEIR_OFFER = re.compile(r"\b(?:current|previous|last|existing|competing|other|outside|"
                          r"prior|counter)[- ](?:job )?offers?(?: letters?)?\b", _I)
# the offer told of by a colleague: "Ananya tells me the offer is out"
OFFER_OUT = re.compile(r"\b(?:the|your) offer(?:'s| is| has gone| went| has been sent) out\b"
                       r"(?!\s+(?:of|to|for)\b)", _I)


def is_offer(sentence: str) -> bool:
    """An offer made, not one spoken of as a condition ("if successful, the offer letter"),
    and not an offer of a round, a time or feedback, nor another employer's."""
    sentence = _THEIR_OFFER.sub("papers", _OFFER_OF_ROUND.sub("offers", spoken(sentence)))
    if OFFER_OUT.search(sentence) and not NEGATION_NEAR.search(sentence):
        return True
    m = OFFER.search(sentence)
    if m is None:
        return False
    own = _own_clause(sentence, m.start())
    if REJECTED.search(sentence) or NEGATION_NEAR.search(sentence, own) or _SIGNED.search(
            sentence) or (
            own and _DENIED.search(sentence, own, m.start())) or _TO_ANYONE.match(sentence,
                                                                                   m.end()):
        return False
    conditions = [c for c in OFFER_IF.finditer(sentence, 0, m.start())
                  if not _DONE_THEN.match(sentence, c.end())]
    return not conditions and not re.search(
        r"\b(?:once|after) (?:the|we|our|all|every)\b", sentence[m.end():], _I)
