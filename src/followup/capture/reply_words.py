"""The words an employer's reply uses for each outcome (issue 15), as patterns (an offer's
are in capture.reply_offer, a next round's in capture.reply_rounds).

Written against the development corpus only (tests/fixtures/replies/dev). A rejection needs
plain words about the candidate; a sentence that defers ("until", "yet", a delay) or that
still promises a decision on a date is not read as one, because a wrong "rejected" costs the
candidate a chance while a missed one costs a click.

Words are weighed in their clause (split at punctuation and at "but", "so", "and"): a "no" or
a next step denied or made conditional in its own clause ("we're not going with the other
applicants", "not sure whether there will be a second round") is not one; a "no" is taken
back by a sentence saying this process goes on ("the senior role is still open"); a next
step must be asked of the candidate ("we'd like you to", "please complete", "could you") and
not be one already done ("thanks for the case study you sent").
"""

from __future__ import annotations

import re

from followup.capture.reply_goes_on import REMAIN, goes_on
from followup.capture.reply_held import HELD, HIRE, NOW_CHOSEN

_I = re.IGNORECASE
# a plan of theirs dropped, not the candidate: "not to go ahead with the Leeds office move"
_THEIR_PLAN = (r"(?:with|on) (?:the|our|this|that|a|an) (?:[\w-]+ ){0,3}?(?:relocation|move|"
               r"refurb\w*|restructur\w*|merger|acquisition|launch|project|vendor|supplier|tool|"
               r"platform|system|software|event|trip|party|offsite|expansion|proposal|plan|"
               # a thing of the process itself: "not moving forward with the in-person day"
               r"slot|venue|location|room|format|booking|arrangement|schedule|timetable|"
               r"in-person \w+|day|date|time)\b(?! (?:for|with) you)")
# such a plan dropped in so many words: a learned "no" there is the rules' to judge
PLAN_DROPPED = re.compile(rf"(?:\bnot|n't)\s+(?:to\s+)?(?:[\w-]+ ){{0,3}}{_THEIR_PLAN}",
                          re.IGNORECASE)
# what a "no" is about: the candidate, their application, or moving on
_GOING = (r"(?:mov(?:e|ed|ing)|proceed(?:ed|ing)?|progress(?:ed|ing)?|advanc(?:e|ed|ing)|"
          r"tak(?:e|ing)|continu(?:e|ing)|go(?:ing)?|invit(?:e|ing)|pursu(?:e|ing)|"
          r"consider(?:ing)?)")
_OBJECT = r"(?:you|your|application|candida(?:cy|ture)|things|this|it|with|the|process|any|profile)"
_END = (r"(?:forward|ahead|further|on\b|to the next|with your|your application|your "
        r"candida(?:cy|ture)|you (?:to|for|any))")
_NOT_FEEDBACK = (r"(?! (?:you )?(?:any |much |more |a |an )?(?:feedback|update|details|"
                 r"information|news|insight|date|timeline|answer))")
_WHO = r"(?:candidates?|applicants?|people|profiles?|finalists?|persons?)"
# a person described by who they are: "a colleague who", "a fella who", "an internal hire with"
_PERSON = (r"(?:candidate|applicant|person|finalist|colleague|employee|individual|professional|"
           r"member of (?:staff|(?:the|our) team)|staff member|internal hire|guy|fella|fellow|"
           r"chap|gentleman|man|woman|lady|lad|gal|contractor|freelancer)")
# "another", "a different" and "an internal" stand for a person only alone or before one
# ("went with another, more senior candidate"), not before a thing ("chose another venue")
_ANOTHER = (rf"(?:another|a different|an internal)(?=\s*(?:[.,;:!)]|$)|\s+(?:[\w-]+\s+){{0,2}}?"
            rf"(?:{_PERSON}|{_WHO}|one|hire|appointee|profile|individual|internal|move|transfer|"
            rf"promotion|appointment|secondment)s?\b|\s+(?:for|"
            rf"on|this|at|who|with|in|as|instead|internally)\b)")
_OTHERS = (rf"(?:{_ANOTHER}|(?:someone|somebody) else(?! to (?:lead|run|manage|handle|cover|"
           rf"present|chair|host|organi[sz]e|coordinate|help|deliver|attend|speak)\b)|other "
           rf"(?:[\w-]+ ){{0,2}}?{_WHO}\b(?!')"
           rf"|(?:one of )?the other (?:[\w-]+ ){{0,2}}?{_WHO}\b(?!')|(?:someone|somebody|an? "
           rf"(?:[\w-]+ ){{0,2}}?{_PERSON}|the (?:candidate|applicant|person)|candidates|"
           rf"applicants) (?:who|whose|with|more|that|from)"
           # a person described in a clause without "who": "a candidate they'd worked with"
           rf"|(?:someone|somebody|an? (?:[\w-]+ ){{0,2}}?(?:candidate|applicant|person|finalist|"
           rf"contractor|freelancer)) (?:they|we|he|she|the "
           rf"(?:client|team|panel|board|business))\b)")
# one of their own, described by where they come from or how they came: "a planner from our
# Topeka plant", "one of the nurses already on the ward" (not "a second panel", "a vote")
_THEIRS = (r"(?:an?|one of (?:the|our)) (?!(?:[\w-]+ ){0,2}?(?:panel|committee|board|vote|"
           r"sign-?off|review|round|stage|interview|meeting|decision|approval|trustees|"
           r"shortlist)s?\b)(?:[\w-]+ ){0,2}?[\w-]+ (?:who\b|whose\b|from (?:our|within|inside|the|"
           r"another)\b|already\b|internally\b|(?:on|in|at|with) (?:our|the) (?:team|staff|ward|"
           r"company|business|plant|site|office|branch|store|shop|group|firm|practice|school)\b)")

# the job's title between "the" and "role": "offered the Finance Systems Analyst role to …"
_TITLE = r"(?:(?!other\b|another\b|same\b|second\b)[\w&/-]+ ){0,4}?"
# whoever the process picks, not a person picked: "the candidate who does best", "whoever"
_TO_WHOEVER = (r"the (?:candidate|applicant|person|one|finalist)s? (?:who|that|with)\b|whoever\b|"
               r"whichever\b|one of (?:the|our) (?:candidates|applicants|finalists)\b")
# what is steered another way: "take things in a different direction", "steer the role …"
_STEERED = (r"(?: (?:things|it|this|matters|the (?:role|post|position|job|team|hire|search|"
            r"vacancy|brief|work)))?")
# the bar a candidate is measured against: "the essential criteria", "the appointable standard"
_BAR = (r"(?:all )?(?:of )?(?:the|our) (?:[\w-]+ ){0,2}(?:criteria|standard|threshold|requirements|"
        r"bar|benchmark|pass mark|competenc(?:ies|es))\b")

REJECTED = re.compile("|".join((
    rf"(?:\bnot|n't|\bunable to|\bcannot|\bcan not|\bno longer)"
    rf"(?:\s+(?:be|able|to|going|been)){{0,5}}"
    rf"\s+{_GOING}\s+(?:{_OBJECT}\s+){{0,3}}{_END}"
    rf"(?! with (?:the |any |all )?others?\b| with anyone else| {_THEIR_PLAN})",
    r"\b(?:going|gonna|decided|have|'ve) (?:to )?pass(?:ed)?(?: for now| on (?:your|you|moving)|"
    r"(?=\s*"
    r"(?:[.!;]|$)| this time| on this (?:one|occasion|role)))|"
    rf"\bfill(?:ed)? the [\w ,&/-]{{2,60}}? (?:role|position|post|vacancy) (?:internally|with "
    rf"(?:{_OTHERS}|an? (?:[\w-]+ ){{1,3}}?(?:who|whose)\b))|"
    r"\b(?:role|position|post|vacancy|job) (?:has been|was|will be|is being|is to be) filled "
    r"(?:internally|from within)|"
    # the same said of the employer, done: "they've appointed internally", "has hired from within"
    r"(?:'ve|\bhave|\bhas|'s) (?:now |just |since |already |finally |decided to )?(?:appointed|"
    r"hired|recruited|promoted|appoint|hire|recruit|promote|gone) (?:someone |somebody )?"
    r"(?:internally|from within|in-house)\b|"
    r"\b(?:go|going|gone|went) (?:in )?(?:a )?different direction|"
    r"\bhire the other (?:finalist|candidate)|"
    r"decided against (?:moving|proceeding|progressing|going|taking|continuing|offering|hiring|"
    r"inviting|your|you|it)",
    r"(?:you|your (?:skills?|experience|background|profile|application))\b[^.;]{0,30}?(?:do|"
    r"does|did)(?:n't| not) (?:quite |fully )?(?:match|meet|fit|align)",
    # a bar not reached: "your interview score did not reach the appointable standard", "the
    # panel did not consider that you met the essential criteria"
    rf"(?:\byou|\byour\b[^.;]{{0,30}}?)(?:\bnot|n't)\b[^.;]{{0,20}}?\b(?:meet|reach|achieve|"
    rf"satisfy|demonstrate)\b {_BAR}|(?:\bnot|n't)\b[^.;]{{0,25}}?\byou\b[^.;]{{0,15}}?\b(?:met|"
    rf"meet|reached|achieved|satisfied|demonstrated)\b {_BAR}",
    rf"(?:role|position|job|post) (?:has been|was|have been) offered to {_OTHERS}",
    r"(?:application|candida(?:cy|ture))\b[^.;]{0,15}?(?:has been|was|is|were) (?:declined|"
    r"rejected)\b",
    r"(?:not|n't) (?:be )?(?:making|make) you an? (?:\w+ )?offer",
    rf"\b(?:gone|go|going|went|proceed(?:ed|ing)?|mov(?:e|ed|ing)|continu(?:e|ing)|"
    rf"progress(?:ed|ing)?)\s+(?:forward\s+|ahead\s+|on\s+)?(?:(?:the|this|our) (?:[\w-]+ )?"
    rf"(?:process|recruitment|selection|search)\s+)?with\s+(?:{_OTHERS}|an? (?:[\w-]+ ){{0,2}}?"
    rf"(?:hire|appointee)\b)",
    rf"\b(?:decided|opted|settled|gone|went|going|plump(?:ed|ing)?|land(?:ed|ing)?) (?:for|on) "
    rf"{_OTHERS}",
    rf"\bpursu(?:e|ed|ing) {_OTHERS}",
    rf"\b(?:the|an|our|this) offer (?:to|for|with) {_OTHERS}",
    rf"\b(?:hired|selected|chosen|chose|picked|appointed|found|identified|preferred|recommended|"
    rf"offered (?:the|this) {_TITLE}"
    rf"(?:role|position|job|post) to|an offer to|offer (?:the|this) {_TITLE}(?:role|position|job|"
    rf"post) to|"
    rf"extended (?:an|the|our) offer(?: for (?:the|this) [^.;,]{{1,60}}?)? to|offer(?:ed)? the "
    rf"(?:role|position|job|post) to)\s+"
    rf"{_OTHERS}",
    r"\b(?:chose|chosen|selected|picked|hired|appointed) an? (?:candidate|applicant|person)\b",
    r"\bpursu(?:e|ing) other\b|decided to pursue other",
    r"(?:someone|candidates?|applicants?|person|profiles?|people|others|finalists?)\b"
    r"(?:(?!\bbut\b|\byou\b)[^.]){0,50}?\b(?:closer|better|more closely|stronger)\b",
    # the job or the offer denied: "we're not going to extend an offer this time"
    r"(?:not|n't|unable to|cannot|can not)\b(?:\s+(?:be|able|to|going|gonna)){0,3}\s+"
    r"(?:offer(?:ing)?|extend(?:ing)?|mak(?:e|ing))\s+(?:you\s+)?(?:the|this|a|an|any)\s+"
    r"(?:(?:formal|final|job|written|verbal) )?(?:role|position|job|offer|place)\b"
    r"(?! (?:yet|until|before|letter|call|meeting)\b)",
    rf"(?:not|n't|unable to) (?:be )?(?:able to |in (?:a )?position to )?(?:offer|propos)"
    rf"(?:e|ing)? you"
    rf"{_NOT_FEEDBACK}",
    rf"(?:cannot|can't|can not) offer{_NOT_FEEDBACK}(?! (?:any |the |you )?(?:travel|expenses|"
    rf"parking|relocation|accommodation|lunch|refreshments|reimbursement|visa|sponsorship|remote|"
    rf"flexible|hybrid|a later|an earlier|another (?:date|time|slot)|(?:more |other |alternative "
    rf")?(?:dates?|times?|slots?)))",
    r"not (?:be )?extend(?:ing)? (?:you )?an offer",
    r"(?<!other )(?:role|position|vacancy|job) (?:has|have|had) (?:now |since |already )?been "
    r"filled|(?<!other )(?:role|position|vacancy|post)(?: (?:at|with|in) [\w&' -]{1,40}?)? "
    r"(?:is|has been) (?:now |already )?(?:filled|"
    r"closed)|(?<!other )(?:role|position|vacancy|post|job) (?:is|has been|was) (?:now |already )?"
    r"(?:occupied|taken)\b|filled the (?:position|role|vacancy)|(?:we've|we have)(?: now| just| "
    r"since| already)? filled (?:the|this) |\bwe (?:just |already |recently |finally )?filled "
    rf"(?:the|this|that) {_TITLE}(?:role|position|post|vacancy|job|seat|opening|spot)\b",
    r"(?<!other )(?<!another )(?<!different )(?:role|position|job|post|vacancy|opening|"
    r"requisition|hiring|budget|headcount)"
    r"\b(?! ad| advert| posting| listing)(?:(?!\bother\b|\banother\b)[^.;,]){0,30}?\b(?:has "
    r"been|have been|'s been|was|were|is|are) (?:now )?(?:cancell?ed|withdrawn|frozen|put on hold|"
    r"closed|pulled|eliminated|abolished|scrapped|axed|cut|removed|dissolved|deleted)"
    r"(?! to (?:new )?(?:applications|applicants))"
    # the hire made from within: "so we won't be hiring externally"
    r"|(?:\bnot|n't)(?: be)? (?:hiring|recruiting|appointing|going) (?:externally|outside)\b"
    r"|on hold indefinitely|(?:not|n't|no longer)(?: be)? (?:hiring|recruiting) for (?:it|this|"
    r"the)(?![^.;,]{0,30}?\b(?:through|via|agenc\w*|on (?:linkedin|indeed|job boards?))\b)|"
    r"(?:role|position|vacancy|job) is "
    r"no longer (?:open|available)|(?:have|'ve|has|had) (?:had to )?(?:closed|cancell?ed|"
    r"stopped) (?:the|this|our) (?:role|position|vacancy|requisition|search|process)"
    r"|decided to close the (?:role|position|vacancy|requisition)|closing the process for all"
    r"|\bclos(?:e|ed|ing) out (?:all |the |every |any )?(?:remaining |other )?(?:candidates|"
    r"applicants|applications|finalists)",
    rf"(?:go|going|gone|went|(?:mov(?:e|ed|ing)|tak(?:e|en|ing)|steer(?:s|ed|ing)?)"
    rf"{_STEERED}|head(?:ed|ing)?) (?:in )?"
    r"(?:a different|another) (?:direction|way|route)(?=\s*(?:[.,;:!]|$|this time|on "
    r"this|for (?:this|the) (?:role|position|job)|with (?:this|the|your) (?:role|position|"
    r"hire|application)))",
    # the way taken already, its reason after a dash: "we've gone another way – someone with
    # more retail experience" (not "we might go another way - a shorter panel - if …")
    rf"(?:\bgone|\bwent|\btaken{_STEERED}|\bheaded|(?:decided|chosen|opted) to (?:go|"
    rf"(?:take|steer|move){_STEERED}|head)) (?:in )?"
    r"(?:a different|another) (?:direction|way|route)\s*(?:[—–]|-\s)",
    r"\b(?:it|things)(?:(?:'s| is|'re| are) not|(?: didn't| did not| won't| will not| isn't| is "
    r"not)) (?:going to )?work(?:ing)? out(?=\s*(?:[.,;:!]|$|this time|on "
    r"this|for (?:this|the) (?:role|position|job)|with (?:this|the|your) (?:role|position|"
    r"hire|application)))",
    r"(?:not|n't)\s+(?:(?:go|gone|been|be)\s+)?(?:your way|in your favou?r)|"
    # the decision against the candidate: "the decision has gone against you this time"
    r"\b(?:decision|vote|verdict|choice|it) (?:has |had )?(?:gone|went|goes|came down|fell|"
    r"was) against you\b",
    r"(?:outcome|result|status)\b[^.:]{0,120}:\s*(?:unsuccessful|not successful|declined|not "
    r"selected|not shortlisted|not progressed|rejected|(?:position |role |vacancy )?filled|no "
    r"longer under consideration|(?:position |role |vacancy |requisition |job )?(?:cancell?ed|"
    r"withdrawn|on hold))\b",
    # the other one of two chosen: "it came down to you and one other person, and they chose them"
    r"\byou and (?:one|another|an?|the) (?:other )?\w+\b[^.]{0,80}?\b(?:chose|picked|selected|"
    r"went with|gone with|preferred|hired|offered (?:it|the \w+) to) (?:them|him|her|the other)\b",
    r"(?:not|n't|unable to|cannot)(?:\s+(?:be|able|to|going)){0,3}\s+(?:continu|proceed)"
    r"\w*\s+(?:(?:the|this|our) (?:\w+ )?process\s+|further\s+)?with you\b",
    r"(?:you|your (?:application|candida(?:cy|ture)|profile))\b[^.;]{0,20}?(?:didn't|did not|"
    r"hasn't|has not|haven't|have not|were not|weren't) (?:quite )?(?:(?:make|made) it "
    r"(?:through|past|to the next|to the final|into the)|(?:get|got) "
    r"(?:through )?to the next|(?:make|made) (?:it (?:on|onto|on to) )?(?:the|our) (?:cut|"
    r"shortlist|short-list|short list|final (?:\w+ )?(?:list|cut|shortlist))\b)",
    # unless what is regretted is a meeting put off ("we regret to inform you that your
    # interview has to be rescheduled")
    r"regret to (?:inform|let you know|tell you|say|advise)(?![^.;]{0,15}?\b(?:the|our|this|that) "
    r"(?:[\w-]+ )?(?:offices?|building|library|site|venue|centre|center|event|system|portal|"
    r"website|parking|car park|room|format|location|schedule|timetable|fair|programme|program|"
    r"platform|tool|link|app|software|server|helpdesk|phone lines?|switchboard|mailbox|inbox)\b)"
    r"(?![^.;]{0,80}?\b(?:reschedul|postpon|"
    r"delay|(?:interview|call|meeting|panel|session)s? (?:has|have|will|is|are|must|needs?)\b))",
    r"(?:you|your (?:application|candida(?:cy|ture)|profile))\b[^.;]{0,40}?(?:\bnot|n't) (?:been )?"
    r"(?:selected|shortlisted|chosen|successful|retained|qualified|recommended|cleared|"
    r"progressed(?= (?:on this|this time|"
    r"further|any further)|\s*[.,;!]|$))",
    r"(?<!other )(?:role|position|job|post) has (?:now )?been offered (?:and accepted|to (?!you))|"
    r"decision not to (?:proceed|progress|move|continue|take|offer|invite|hire|pursue|advance)",
    r"keep (?:your|you) (?:cv|resume|résumé|details|profile|application|information)? ?on "
    r"(?:file|record)s?\b[^.;]{0,12}?\b(?:for (?:any )?future|should|in case|if (?:anything|"
    r"something|a))",
    r"(?:were|are|had|have|found|chose|selected|there's|there is) (?:some |other |a few |"
    r"several )?(?:stronger|better[- ]suited|better|more (?:suitable|qualified|experienced)) "
    r"(?:candidates?|applicants?|profiles?|matches|fits?)\b",
    r"(?:just|but|simply|only) not (?:for|right for) (?:this|the) (?:role|position|job)\b|"
    r"\byou(?:'re| are) not (?:right )?for (?:this|the) (?:role|position)\b|(?:don't|do not|no "
    r"longer) have (?:a|an|the) (?:role|position|place|opening|vacancy) for you\b",
    r"\bthe successful (?:candidate|applicant)\b[^.;]{0,20}?\b(?:has|have|was|were|is) (?:now )?"
    r"(?:been )?(?:notified|informed|appointed|offered|selected|chosen|identified|contacted)\b",
    r"\bthe successful (?:candidate|applicant)\b[^.;]{0,20}?\b(?:had|was|brought|came|has "
    r"(?:more|stronger|greater|deeper|broader|a (?:stronger|deeper|broader)))\b",
    r"\b(?:appointed|hired|found|selected|chosen) someone (?:to|for) (?:the|this) (?:role|"
    r"position|job|vacancy)|\b(?:give|gave|given|giving) (?:the|this) (?:role|position|job|post) "
    r"to (?!you)",
    r"(?:\byou|your (?:experience|background|profile|skills?|application)|\bit)\b[^.;]{0,20}?"
    r"(?:\bnot|n't) (?:quite |exactly )?what (?:we|the team|the role|this role|the position)\b"
    r"(?:\s+\w+){0,2}?\s+(?:looking for|needs?|needed|requires?|required)\b",
    r"\byou (?:didn't|did not|haven't|have not) (?:get|got|been offered) the (?:job|role|"
    r"position)|(?:outcome|result|decision)\b[^.;]{0,15}(?:not|n't) (?:a )?(?:positive|"
    r"favou?rable|successful)|\b(?:give|gave|giving|send|sent|sending) you (?:a|an|our) "
    r"(?:negative|unfavou?rable|unsuccessful) (?:answer|response|reply|decision|outcome|result)\b|"
    r"\b(?:give|gave|giving|send|sent|sending) you (?:a|our) rejection\b|"
    # the choice made, and not the candidate: "it isn't going to be you this time"
    r"\b(?:it|the (?:answer|decision|choice|pick))(?: is not| isn't| was not| wasn't| will not|"
    r" won't|'s not)(?: going to| gonna)?(?: be)? you\b(?! (?:doing|who|that|presenting|leading|"
    r"running|taking|giving|on the)\b)",
    # the candidate passed over in others' favour: "given preference to other candidates",
    # "the choice fell on another applicant"
    rf"\b(?:given|gave|give|giving) (?:the |our )?(?:preference|priority) to {_OTHERS}|"
    rf"\b(?:choice|selection|decision) (?:fell|has fallen|went|has gone) (?:on|to) {_OTHERS}",
    # the post advertised again: "we're going to re-advertise the role in the new year"
    r"\bre-?advertis(?:e|ed|ing) (?:the|this|that) (?:[\w-]+ ){0,3}?(?:role|post|position|"
    r"vacancy|job)\b|"
    # news told as not the hoped-for kind: "it's not the news we hoped for"
    r"(?:\bnot|n't) (?:the )?(?:news|outcome|result|answer) (?:we|I|you)(?:'d| had| were| was)? "
    r"(?:hoped|wanted|were hoping|was hoping|had hoped|would have liked)(?: for)?(?=\s*(?:[.,;!]|"
    r"$|this time|on this occasion|I'm afraid))",
    r"(?:decided to|going to|will|'ll|are|'re|and) (?:keep|continue|carry on) (?:looking|"
    r"searching)"
    r"(?=\s*(?:[.,;!]|$)| for (?:someone|somebody|a candidate|an applicant|other|the right "
    r"(?:person|candidate)))|(?:decided to|going to|will|'ll) (?:continue|reopen|re-open) (?:our|"
    r"the) search\b(?! for a (?:date|time|slot))",
    r"(?:don't|do not|didn't|did not) (?:think|feel|believe) (?:that )?(?:it's|it is|this is|"
    r"you're|you are|you were) (?:quite )?the right (?:fit|match|candidate|person)",
    # the same said of the job: "we don't think the role is the right step for you"
    r"(?:don't|do not|didn't|did not) (?:think|feel|believe) (?:that )?(?:(?:the|this) (?:role|"
    r"position|job|post) (?:is|was|would be)|it would be|this would be) (?:quite )?the right "
    r"(?:step|move|fit|match|role|opportunity|next step) for you\b",
    # the job needs someone else: "we've decided the role needs someone further along"
    r"\b(?:decided|concluded|realised|realized|feel|felt|agreed) (?:that )?the (?:role|position|"
    r"job|post|team) (?:needs|requires|calls for|would benefit from) (?:someone|somebody|a "
    r"candidate|a person|an applicant)\b",
    # this candidacy not taken on, or the hire made from within, in few words: "we won't be
    # progressing this one", "we've gone internal"
    r"(?:\bnot|n't)(?: be)? (?:progress|proceed|mov|tak|continu|go)\w* (?:ahead |forward |"
    r"further )?(?:with )?(?:this one|on this one)(?=\s*(?:[.,;!]|$))|"
    r"\b(?:gone|going|go|went|decided to go|opted to go) internal(?:ly)?(?=\s*(?:[.,;!]|$|for "
    r"(?:this|the) (?:role|position|post|job)|this time))",
    r"(?:application|candida(?:cy|ture))\b[^.;]{0,20}?(?:\bnot|n't) be (?:taken|moved|progressed|"
    r"considered|pursued|advanced)(?: (?:any )?(?:further|forward)|(?=\s*(?:[.,;!]|$|at this|"
    r"on this|this time)))|\bend of the (?:process|road) for you\b|"
    # the process ended for the candidate in other words: "stop the process with you here",
    # "this is where the process ends for you", "part ways", "it wasn't meant to be"
    r"\b(?:stop|end|close|conclude|discontinue)\w* (?:the|this|our) (?:[\w-]+ )?process with "
    r"you\b|\b(?:process|road|journey) (?:ends|stops|has ended|will end) (?:here )?for you\b|"
    r"\bpart(?:ing)? ways\b|\b(?:wasn't|was not|isn't|is not) meant to be(?=\s*(?:[.,;!]|$|this "
    r"time|on this occasion))",
    r"(?:decided|had|have|'ve|has) (?:had )?to (?:withdraw|cancel|close|freeze|pull) (?:the|"
    r"this) (?:role|position|vacancy|job|requisition|opening)\b(?! fair| posting| ad\b| advert| "
    r"board| title| description)",
    r"not (?:to )?(?:select|shortlist|choose) you|not (?:be )?(?:selecting|shortlisting) you",
    r"(?:your (?:application|candida(?:cy|ture)|interview)s?|\byou)(?:\s+(?:were|was|has|have|"
    r"had|been|is|are|sadly|unfortunately)){1,3}\s+unsuccessful|unsuccessful (?:on this "
    r"occasion|this time)",
    r"(?:will not|won't) be (?:taking|moving|proceeding)(?! (?:ahead |forward )?with (?:the |your |"
    r"our |this |tomorrow's |today's |\w+day's )?(?:[\w-]+ )?(?:interview|call|meeting|session|"
    r"chat|panel|assessment|test|presentation|visit)s?\b)",
    r"not (?:quite )?the right (?:fit|match)|(?:\bnot|n't) (?:quite )?(?:a|the) (?:good |great |"
    r"close |strong )?(?:fit|match) (?:for (?:what|this|the|us|our)\b|at this time)"
    r"|\byou(?:'re| are| were)? not (?:quite )?the (?:right|preferred|successful|strongest|"
    r"chosen|selected) (?:candidate|person|profile)|\b(?:the )?(?:decision|answer) (?:is|was) "
    r"(?:a )?no\b|(?:not|n't) (?:going to )?be (?:a|an) (?:\w+ )?yes\b(?! or\b)|"
    r"\b(?:it's|it is|that's|that is|the answer is|the answer's) not (?:a|an) (?:\w+ )?yes\b"
    r"(?! or\b)",
    # the job going to someone else, wherever it is: "the Planner role at Sablewood is going
    # to a planner from our Topeka plant", "the post ended up going to one of the nurses"
    # (an offer only to someone else as such: "the offer is going to a colleague in HR who
    # will send it" is the candidate's; and a job that "will go to the candidate who does best"
    # is promised to whoever wins, to no one yet)
    rf"(?<!other )(?:(?:role|position|job|post|vacancy)|(?P<paper>offer))(?: (?:at|with|in|on) "
    rf"[\w&'-]+(?: [\w&'-]+){{0,3}}?)? (?:(?:has |have )?ended up |is |'s |was |(?P<will>will be "
    rf"|'ll be ))?(?:went|has gone|is going|goes|going|(?P<future>will go|'ll go)) to "
    rf"(?(will)(?!{_TO_WHOEVER})|(?(future)(?!{_TO_WHOEVER})))"
    rf"(?:{_OTHERS}|(?(paper)(?!)|{_THEIRS}))",
    # the job filled, by name or as "it": "we ended up filling it with someone who …"
    rf"\b(?:filled|filling) (?:it|the (?:spot|role|position|post|vacancy|job|opening|seat|"
    rf"place)) (?:internally|from within|with (?:{_OTHERS}|{_THEIRS}))",
    r"(?:decided|resolved|agreed|determined|elected|opted) not to (?!rush|hurry|wait|decide|make "
    r"(?:a|the|any|our) decision|use|run|hold|"
    rf"have|add|include|do (?:a|an|the)|ask|require|set|(?:[\w-]+ ){{1,2}}{_THEIR_PLAN})",
    r"no longer (?:considering|under consideration)|declin\w* your (?:application|"
    r"candida(?:cy|ture))",
    r"pass(?:ing)? on your (?:application|candida(?:cy|ture)|profile)|\b(?:it's|it is) a no\b(?!-)"
    r"|(?:decided|chosen|going|be) (?:to )?(?:hir|promot|appoint|fill)(?:e|ing)? (?:the (?:role|"
    r"position) |someone |somebody )?(?:internally|from within)",
    rf"\b(?:decided|chosen|chose|going|opted) to (?:hire|appoint|offer the (?:role|job|"
    rf"position) to) {_OTHERS}",
    # the job put to someone else in any words: "we've asked another candidate to take on the
    # role", "invited an internal applicant to fill the post"
    rf"\b(?:asked|invited|approached|offered|chosen|chose|selected) {_OTHERS}[^.;]{{0,40}}?\bto "
    rf"(?:take (?:on |up )?|accept |fill |step into |join us in )(?:the|this|our) (?:[\w-]+ )?"
    rf"(?:role|position|job|post|vacancy)\b(?!-)",
    # a hire of the candidate denied: "the panel didn't feel able to appoint you"
    r"(?:\bnot|n't)(?:\s+(?:feel|felt|be|been|able|to|in a position)){0,4}\s+(?:appoint|hire|"
    r"employ|take on) you\b(?! (?:directly|ourselves|through|via|yet|until|before))",
    # the job given in the passive ("the role's been given to an internal candidate"), a hire
    # made or the search closed without one, an offer stage denied, a file not taken further
    # the same in the active, made or under way: "we offered the post to someone already in
    # the team", "we're giving the job to a colleague" (not one still to be made: "we plan
    # to offer the role to one candidate")
    r"(?<!will be )(?<!'ll be )\b(?:offered|offering|gave|given|giving|awarded|awarding|"
    r"(?:decided|chosen|chose|opted) to (?:offer|give)) "
    rf"(?:the|this|that) {_TITLE}(?:role|position|job|post|vacancy) to (?!you\b|yourself\b|"
    r"one of\b|"
    r"whoever\b|the (?:successful|strongest|best|preferred|right)\b)",
    # the job as "it", put to another: "in the end we've offered it to someone who's done
    # this job before", "we ended up giving it to the other finalist"
    rf"(?:'ve|\bhave|\bhas|\bhad|\bwe|\bthey|\bended up) (?:now |just |since |already |finally )?"
    rf"(?:offered|offering|given|giving|gave|awarded) it to {_OTHERS}",
    # the candidate not the one chosen: "you were not the candidate selected", "you weren't
    # our preferred applicant"
    r"\byou (?:were|are)(?:n't| not) (?:the|our) (?:(?:successful|preferred|chosen|selected|"
    r"final|top) (?:candidate|applicant|choice|pick)\b|(?:candidate|applicant|person|one) "
    r"(?:selected|chosen|picked|appointed|we (?:selected|chose|picked|went with|appointed))\b)",
    r"(?<!other )(?<!another )\b(?:role|position|job|post|vacancy)(?:'s| has| have| was| is)? "
    r"(?:now |just |since |already )?(?:been )?(?:given|awarded|offered) to (?!you\b)",
    r"(?:'ve|\bhave|\bhas|\bhad|\bwe) (?:now |just |since |already |finally )?(?:made|completed) "
    r"(?:a|an|the|our) hire\b(?= for (?:the|this|that) (?:[\w-]+ ){0,3}(?:role|position|job|post|"
    r"vacancy)|\s*(?:[.,;!]|$))|"
    r"(?:'ve|\bhave|\bhas|\bhad) (?:now |just |since |already )?appointed (?:to|for) (?:the|this|"
    r"that) (?:[\w-]+ ){0,3}(?:role|post|position|job|vacancy)\b|"
    r"\bwithout (?:making )?(?:a hire|an appointment|appointing (?:anyone|anybody)|hiring "
    r"(?:anyone|anybody))\b|\bwithout (?:hiring|appointing)(?=\s*(?:[.,;!]|$))",
    r"(?:\bnot|n't)(?:\s+be)?\s+(?:progress|proceed|mov|go|tak)(?:e|es|ing)?\s+(?:you\s+|your "
    r"(?:application|candida(?:cy|ture))\s+)?(?:forward\s+|ahead\s+)?(?:to|with) (?:an|the) "
    r"(?:\w+ )?offer\b",
    r"(?:\bnot|n't) (?:be )?(?:making|make|appointing) (?:an appointment|a hire|any (?:hire|"
    r"appointment)|anyone|anybody)(?= to (?:the|this)| for (?:the|this) (?:[\w-]+ ){0,3}(?:role|"
    r"post|position|job|vacancy)|\s*(?:[.,;!]|$)| this (?:time|round|year))",
    r"(?:\bnot|n't) (?:been |be )?(?:considered|shortlisted|taken forward|selected) (?:for )?"
    r"(?:any )?further (?:process(?:ing)?|rounds?|stages?|consideration|steps?)\b",
    # the candidate's advocate lost the argument: "I pushed for you but couldn't get them there"
    r"(?:couldn't|could not|wasn't able to|was not able to|didn't manage to|failed to) (?:quite )?"
    r"(?:get (?:them|the \w+|everyone|leadership|ownership) (?:there|over the line|on board)\b|"
    r"(?:convince|persuade|win over) (?:them|the \w+|everyone|leadership|ownership)(?=\s*(?:[.,;!]|"
    r"$| on you| to (?:hire|take|offer|appoint|go with|move forward with) you)))",
)), _I)
# The role put on hold, paused or frozen ends this process for the candidate, however long
# ("until further notice", "through Q1"), unless the sentence says it picks up again.
ON_HOLD = re.compile(
    rf"\b(?:put(?:ting)?|plac(?:ed|ing)|keep(?:ing)?|kept) (?:the|this|our|that) "
    rf"(?:[\w&/-]+ ){{0,4}}?{HIRE}"
    rf"\b[^.;]{{0,25}}?\bon (?:hold|pause)\b|\b{HIRE}\b[^.;,]{{0,30}}?\b(?:has been|have been|"
    rf"was|were|is|are|is being|'s been|'s) (?:now |currently )?(?:put |placed )?(?:on hold|"
    rf"paused|frozen)\b|"
    rf"\b(?:paus|freez|froze)\w* (?:the |our |all |this |that )?(?:[\w&-]+ ){{0,3}}{HIRE}\b"
    rf"(?! decisions?\b)|"
    rf"\bhiring freeze\b|\bhold(?:ing)? off (?:on )?(?:hiring|recruit\w*|filling|appointing)\b"
    rf"(?! decisions?\b)|"
    # the same in other words: "put the position on ice", "the vacancy has been shelved"
    rf"\b{HIRE}\b(?!-)[^.;]{{0,30}}?\b(?:on ice|on the back ?burner|shelved|mothballed)\b|"
    rf"\b(?:shelv|mothball|scrap|abandon|drop)(?:ed|ped|ing|ping|e)? (?:the|this|our|that) "
    rf"(?:\w+ )?{HIRE}\b|"
    # the opening itself closed or withdrawn: "to close the requisition", "the vacancy has been
    # withdrawn" (a search closed is a decision made: "we'll close the search by Friday")
    r"\b(?:close[ds]?|closing|cancel(?:l?ed|l?ing|s)?|withdr[ae]wn?|withdrawing|pull(?:ed|ing)?) "
    r"(?:the|this|our|that) (?:[\w&/-]+ ){0,3}?(?:req|requisition|vacancy|headcount)\b|"
    r"(?<!other )\b(?:req|requisition|vacancy|role|position|post|job|headcount)\b(?!-| ad\b| "
    r"adverts?\b| "
    r"advertisement| postings?\b| listings?\b| description| spec\b)[^.;,]{0,30}?\b(?:has been|"
    r"have been|was|were|is being|'s been) (?:now )?(?:cancell?ed|withdrawn|pulled|scrapped)\b|"
    # the process stopped for the candidate: "we're going to stop the process here for you"
    r"\b(?:stop|end|halt)(?:ping|ped|ing|s)? (?:the|your|our) (?:[\w-]+ )?process (?:here|at this "
    r"(?:point|stage))\b|"
    # the post not gone ahead with, or the candidate's file closed, "for now" or not
    rf"\b(?:decided|had|chosen|chose) not to (?:go ahead|proceed|continue|move forward) with "
    rf"(?:the|this|our) (?:[\w-]+ ){{0,3}}{HIRE}\b|\bclos(?:e|ed|ing) (?:out )?your "
    rf"(?:application|candida(?:cy|ture)|file)\b", _I)
RESUMES = re.compile(r"\bresum|\brestart|\bpick\w* (?:\w+ )?(?:back )?up\b|\bback (?:to you|in "
                     r"touch)\b|\bbe in touch\b|\bkeep you (?:posted|updated|in the loop)\b|"
                     r"\bget back to you\b|\b(?:over|during|for) the (?:holidays?|break|festive|"
                     r"christmas|summer)\b|\bconsideration\b|\b(?:doesn't|does not|won't|will "
                     r"not|isn't|is not|hasn't|has not)\s+(?:\w+\s+)?(?:affect|apply|impact|"
                     r"include|touch|change)\b|\bexcept\b", _I)
# a sentence that puts a decision off is not a rejection, whatever else it says
DEFERRAL = re.compile(
    r"\buntil\b|\byet\b|\bdelay|\bpostpon|\bpushed (?:back|out)|\bslip|longer than|"
    r"\bany (?:hiring )?decisions?\b|\brush\b|\bhurry\b|\bstill (?:very much )?in\b|"
    rf"{REMAIN}|\byou(?:'re| are) still\b|one of (?:our|the) top\b|\bfor now\b|"
    r"\bfor the (?:time being|moment)\b|\bapplications?\b(?:\s+\w+){0,4}\s+(?:are|is|were|"
    r"have been|has been) (?:now )?closed|\bclos\w* (?:the |this |our )?(?:\w+ )?to (?:new "
    r")?applica|\btemporar|\bresume\b|"
    r"\bincluding you\b|"
    r"\byou(?:'re| are) (?:one of|among)\b", _I)
# a wait apologised for is over ("sorry for the delay; we have hired another candidate"), and
# ", yet" is a "but"
_PAST_WAIT = re.compile(r"\b(?:sorry|apologi[sz]e|apologies|excuse)\b[^.;]{0,25}?\b(?:delay|"
                        r"wait|slow)\w*|,\s*yet\b|\b(?:keep|hold|retain) (?:your|you)\b[^.;]{0,40}"
                        r"(?:until|till)\b|\b(?:took|taken|was|were)\b[^.;]{0,20}?longer than|"
                        r"\buntil (?:now|recently|today|last)\b|\b(?:was|were|been) delayed\b", _I)
CONDITION = re.compile(r"\b(?:if|whether|in case|should we)\b", _I)


_UNSAID = re.compile(r"\b(?:not|no|never|if|whether|unless|unable|cannot)\b|n't\b", _I)
_NEGATED = re.compile(r"\b(?:not|no|never)\b|n't\b", _I)
_CLAUSE = re.compile(r"[;:,!?]|\s[-–—]\s|\b(?:but|so|and)\b", _I)
AUTO_BODY = re.compile(
    r"out of (?:the )?office|(?:mailbox|inbox|address) is (?:not |un)monitored|do not reply "
    r"to this (?:e-?mail|message)|automatic(?:ally generated)? (?:reply|response)|automated "
    r"(?:message|reply|response|e-?mail)|on (?:annual |parental )?leave (?:until|and will)|"
    r"limited access to (?:e-?mail|my inbox)|currently (?:travell?ing|away|out of)", _I)
# the candidates under any name: "get back to folks", "come back to all finalists"
_PEOPLE = r"(?:candidates?|applicants?|finalists?|interviewees?|shortlist)"
THEM = (r"(?:you|ya|y'all|folks|everyone|everybody|people|you all|all of you|"
        r"(?:all|every|each) (?:of )?"
        rf"(?:the |our )?(?:[\w-]+ ){{0,2}}{_PEOPLE}|(?:the |our )?(?:[\w-]+ ){{0,2}}{_PEOPLE})")
DECISION_CUE = re.compile(
    rf"(?:get|getting|come|coming|got|gets|comes) back to {THEM}\b|"
    rf"\b(?:go|goes|going|sent|be|are|is) out to {THEM}\b|"
    r"decid|decision|final call|\ba yes or (?:a )?no\b|\bclose (?:this|it|things|the \w+) "
    r"(?:out|off)\b|"
    # the process closed by a day, by the employer: "we should be able to close this by 22/1"
    # (not "applications close this Friday", nor "please close this by Friday" of the
    # candidate)
    r"\b(?:we|i)(?:'ll|'d|'re|'ve)?\s(?:(?!you\b)[\w-]+ ){0,5}?clos(?:e|ing) (?:this|it|things) "
    r"(?=(?:by|before|on or before|no later than)\b)|"
    r"mak(?:e|ing) (?:our|a|the|any|their|its|his|her) (?:final )?selection|"
    r"appoint(?:ing|ment)? (?:to|a|the|our|for)\b|hear (?:back )?from us|hear back|get back to you|"
    r"be in touch|update|answer(?! (?:any|your|all|the|some)? ?(?:\w+ )?questions?)|"
    # "we'll know by Friday", not "I know waiting is no fun", "as you know"
    r"(?<!\bI )(?<!\byou )\bknow\b|"
    r"respond|"
    r"let you know|reach out|back to you|timeline|expect|feedback|news|wrap up|"
    r"finali[sz]e|come back to you|touch base with you|close the search|choice|choose|"
    r"conclu[sd]|outcome|result|verdict|confirm|\binform|notify|contact|in touch|circle back|"
    r"revert|sign[- ]?off|made up our minds?|make up our minds?|wrap (?:this|things|it) up|"
    r"shortlist|\bword\b|\bhear\b|clarity|next steps|mak(?:e|ing) (?:a|the|our) (?:final )?call|"
    r"in a position to|target|deadline|\baim(?:ing)? for|wrap(?:ped|ping)? (?:this |things |it )?"
    r"up|(?:call|ring|phone|email|e-mail|write to|reach|get back to) you|"
    r"clos(?:e|ing) (?:the|this|our) "
    r"(?:role|position|search|process|loop)|(?:a call|an email|a note|word) from (?:me|us)|"
    r"take (?:until|till)|(?:won't|will not) be (?:until|till)|follow(?:ing)? up with you\b|"
    r"\b(?:a )?yes ?(?:/|or) ?(?:a )?no\b|(?:write|e-?mail|reach out) to (?:all|every|each)"
    r"(?: of the)? (?:candidates?|interviewees?|applicants?|finalists?)\b|"
    # "we aim to write to everyone by 29/01", "should be able to tell you something by Tues"
    rf"(?:write|e-?mail)(?: to)? {THEM}\b|\btell you (?:something|anything|where|what we|how it|"
    r"either way|if|whether|more(?! about))", _I)
# "we are not in a position to decide this week": a day named only to say it is not then
NOT_DECIDING = re.compile(r"(?:\bnot\b|n't\b|\bunable\b)[^.;,:]{0,40}?\b(?:decid|decision)",
                          _I)
NOT_BY = re.compile(r"\b(?:before|until|till|after|prior to|earlier than)\b", _I)
FOLLOW_CUE = re.compile(
    r"(?:give|gimme) (?:me|us) a (?:call|ring|shout)|call me|ring me|check in with me|"
    r"follow up with me|follow up on|reach out (?:to me )?(?:again )?on|ping me|"
    r"email me (?:again )?on|touch base (?:again|with me)\b|touch base on|"
    r"feel free to (?:call|follow up|check in|reach out)|(?:drop|send) me (?:a|an) (?:line|"
    r"note|message|quick (?:note|email)|e-?mail)|"
    r"write to me|(?:speak|talk|chat) again|reconnect|(?:let's|let us) (?:speak|talk|chat|"
    r"connect|catch up)|check back|nudge me|reach (?:back )?out to me|reach back out|"
    r"get in touch with me|shoot me|(?:welcome|free) to (?:follow up|check in|call|reach out|"
    r"email|get in touch|nudge|ping)", _I)
SIGNOFF = re.compile(
    r"^\s*(?:best|best regards|kind regards|regards|warm regards|warmly|thanks|thank you|"
    r"many thanks|cheers|sincerely|all the best|talk soon|speak soon|br|--|—)[,.!]?\s*$",
    re.IGNORECASE | re.MULTILINE)


# spoken contractions, written as said: "we're not gonna move forward", "we wanna get you in"
_SPOKEN = re.compile(r"\b(gon|wan|got)na\b", _I)


def spoken(sentence: str) -> str:
    """The sentence with "gonna", "wanna" and "gotta" written out ("going to", "want to",
    "got to"), for the patterns of every outcome."""
    return _SPOKEN.sub(lambda m: {"gon": "going to", "wan": "want to", "got": "got to"}[
        m.group(1).lower()], sentence)


def is_rejection(sentence: str) -> bool:
    """Plain words of a "no", not put off, not conditional, not a question, and not denied in
    its own clause ("we're not going with the other applicants")."""
    sentence = spoken(sentence)
    if sentence.rstrip().endswith("?") or goes_on(sentence):
        return False
    hold = ON_HOLD.search(sentence) or HELD.search(sentence)
    if hold and not RESUMES.search(sentence) and not unsaid(sentence, hold.start()):
        return True
    if DEFERRAL.search(_PAST_WAIT.sub(" ", _WITH_THE_REST.sub(" ", _CHOSEN_FOR_NOW.sub(
            r"\1", NOW_CHOSEN.sub(r"\1\2", before_its_reason(sentence)))))):
        return False
    cond = CONDITION.search(sentence)
    for m in REJECTED.finditer(sentence):
        if cond is not None and cond.start() < m.start():
            return False
        if _NEGATED.search(m.group()) or not _NEGATED.search(sentence, clause_start(
                sentence, m.start()), m.start()):
            return True
    return False


# a choice made "for now" is made: "we've decided to go with another candidate for now", and
# so is a "no" ("it's a no from my side for now")
_CHOSEN_FOR_NOW = re.compile(r"(\b(?:decided to (?:go|proceed|move forward|continue) with|gone "
                             r"with|went with|chose|chosen|hired|appointed|selected|offered "
                             r"(?:it|the \w+) to|(?:it's|it is|that's|that is) a (?:firm |clear )?"
                             r"no|(?:decided|chosen|chose) not to (?:[\w-]+ ){1,3}?(?:with )?"
                             r"(?:you|your (?:[\w-]+ )?(?:application|candida(?:cy|ture)|"
                             r"profile)))\b(?!-)[^.;]{0,60}?)\s*"
                             r"\bfor now\b", _I)


def before_its_reason(sentence: str) -> str:
    """The sentence up to a "no" that a dash ends ("we've gone another way - we'll keep the
    work in-house for now"): what the reason after the dash puts off or waits for is the
    reason's, not the "no"'s."""
    for m in REJECTED.finditer(sentence):
        if m.group().rstrip()[-1:] in ("-", "–", "—"):
            return sentence[:m.end()]
        if (dash := _DASH.match(sentence, m.end())) is not None:
            return sentence[:dash.end()]
    return sentence


_DASH = re.compile(r"\s*(?:[—–]|-\s)")


# "we won't be moving forward with the current candidates, including you": a "no" said to a
# group the candidate is in (a group merely considered, "including you", is no "no")
_WITH_THE_REST = re.compile(
    r"(?:\bnot|n't|\bno longer|\bclos(?:e|ed|ing) out)\b[^.;]{0,60}?\b(?:candidates|applicants|"
    r"applications|"
    r"finalists|shortlist|slate|everyone|anyone)\b[^.;]{0,30}?,?\s*including (?:you|yours|"
    r"yourself)\b",
    _I)


def clause_start(sentence: str, at: int) -> int:
    return max((m.end() for m in _CLAUSE.finditer(sentence, 0, at)), default=0)


def unsaid(sentence: str, at: int) -> bool:
    """The clause that leads up to `at` is negated or conditional."""
    return _UNSAID.search(sentence, clause_start(sentence, at), at) is not None
