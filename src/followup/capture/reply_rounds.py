"""The words of a next round (issue 15, split from capture.reply_words): an invitation to a
further step (another interview, a task, references, a meeting with someone senior), asked of
the candidate in a clause that is not negated or conditional, and not a round already
arranged, moved, held with others, under review or over ("thanks for attending the final
interview"). A "no" (capture.reply_words.REJECTED) is never one."""

from __future__ import annotations

import re

from followup.capture.reply_words import clause_start, is_rejection, spoken, unsaid

_I = re.IGNORECASE

# meeting someone of theirs: the candidate's round only when the sentence puts the candidate
# in it ("we'd like you to meet the store manager"), not "I'll speak with the director"
_MEET_THEM = (r"(?:meet|meet with|speak with|speak to|talk to|talk with|chat with|sit down with) "
              r"(?:the|our|a|one of our|some of the|two of (?:the|our)) (?:[\w-]+ ){0,2}(?:team|"
              r"hiring manager|manager|director|founders?|cto|ceo|vp|partners?|principal|head|"
              r"lead|chief|board|panel|committee|supervisor|chair|md|gm|owner|coo|cfo)s?\b")
_MEET_RX = re.compile(_MEET_THEM, re.IGNORECASE)
_THEY_ASK = re.compile(r"\binvit|\bnext (?:step|stage|round)\b|\bplease\b|\bkindly\b|"
                       r"\blet's\b",
                       re.IGNORECASE)
NEXT_ROUND = re.compile(
    r"(?:next|second|third|final|last|2nd|3rd|another|further|follow-up|onsite|on-site|video|"
    r"one-way|recorded|virtual|"
    r"panel|technical|on-campus|campus|in-person|face-to-face) (?:round|stage|interview|step|"
    r"conversation|call|meeting|chat|"
    r"session|phase)s?\b|\bthe next part (?:is|will be|of the process)\b"
    r".{0,80}?"
    r"|made it (?:through )?to the (?:next|last|final) (?:round|stage)"
    r"|through to the (?:next|final|last|onsite|on-site|(?:\w+ ){1,2}(?:stage|round))"
    # "one more 45-minute product session", "one last deep dive with our CTO"
    r"|one (?:more|last|final) (?:[\w-]+ ){0,3}?(?:conversation|interview|call|chat|meeting|"
    r"round|step|stage|session|deep[- ]dive|discussion|screen|panel|exercise|presentation)s?\b"
    r"|next up(?: is|\s*[:–-])"
    r"|(?:bring|get|have) you (?:back )?in (?:for|to)\b"
    # "we'd love to bring you into a panel", "get you into a final interview with our COO"
    r"|(?:bring|get) you (?:back )?into (?:a|an|our|the) (?:[\w-]+ ){0,2}?(?:panel|interview|"
    r"round|loop|session|onsite|on-site|conversation|stage|assessment)s?\b(?! rooms?\b)"
    r"|(?:get|have|see) you back (?:in|for|to (?:meet|see|talk|speak|chat|visit|present|tour|"
    r"walk))\b"
    r"|meet (?:\w+ )?more (?:people|members|colleagues|of the team)"
    r"|shortlisted for the (?:next|final|last)"
    r"|(?:(?<!calendar )(?<!meeting )(?<!zoom )(?<!teams )(?<!the )(?<!an )(?<!your )(?<!my )"
    r"(?<!our )(?<!this )(?<!that )(?<!original )(?<!earlier )(?<!previous )(?<!initial )"
    r"(?<!first )(?<!same )(?<!outlook )(?<!google )invite(?!'s\b)"
    r"(?!s? (?:link|was|is|has|email|coming|to follow|will|on its way|sent|going out|from|"
    r"should|incoming)\b)"
    r"(?! (?:a |your |other )?(?:friends?|colleagues?|others|someone|people|contacts?|anyone|"
    r"anybody|whoever|family|household|guests?)\b)"
    r"|inviting|like to (?:invite|schedule|set up|bring)|move you (?:forward|on|to)"
    r"|moving you (?:forward|on|to)|advance you|progress you|advancing you|bring you back)"
    rf"|{_MEET_THEM}|book(?:ing)? you in (?:with|for)\b"
    r"|final chat|\b(?:round|stage) (?:two|three|2|3)\b"
    # "would like to see you for the technical panel"
    r"|\b(?:like|love|want) to see you (?:again |back )?for (?:the|a|an|another) (?:[\w-]+ ){0,2}?"
    r"(?:panel|interview|round|stage|assessment)s?\b"
    # someone of theirs asks to meet the candidate: "Hana would like to meet you for coffee"
    r"|\b(?:would|'d) (?:like|love) to meet (?:with )?you\b(?! (?:at|on) (?:the|our) (?:careers?|"
    r"open|fair|event|stand))(?![^.;]{0,40}?\bas (?:arranged|agreed|planned|discussed|"
    r"scheduled|booked)\b)",
    _I)
# a next round named by what it is (a task, a meeting with someone senior or more of the
# team) and asked for ("we'd like you to", "could you", "book a slot")
_TASK = (r"take-home|case study|(?:coding|technical|written|home|skills?|aptitude|online|"
         r"personality|psychometric|numerical|verbal|reasoning|cognitive|situational|"
         r"practical|paid|sample) "
         r"(?:[\w-]+ ){0,2}(?:assignment|exercise|test|"
         r"challenge|screen|task)|(?:assessment|selection) (?:centre|center|"
         r"day|event)|interview (?:centre|center|day)|pair[- ]programming|"
         r"presentation to|present (?:your|it|them|to)|half-day|onsite|on-site|work trial|"
         r"trial (?:day|shift|week|session|period|project)|paid trial|referees?\b|"
         r"reference (?:checks?|calls?|stage)\b|"
         r"(?:send|provide|share|give|"
         r"forward)\b[^.;?]{0,80}?\b(?:references|referees)\b|(?:ask|asking|request|requesting|"
         r"take up|taking up|check|checking|contact|contacting|collect|collecting|obtain|"
         r"obtaining|need|require) (?:for )?(?:[\w-]+ ){0,2}?(?:references|referees)\b|"
         r"(?:online |attached |short |written |skills? |technical )?assessment\b"
         r"(?! of)|\byou to (?:come (?:and |over and |down and |along and |by and )?)?(?:meet|"
         r"present|attend|visit)\b|\byou to (?:come (?:in|back|by|over|along)|prepare|join us "
         r"for)\b|"
         # come by and meet someone of theirs: "could you pop into the shop and meet my
         # partner", "would you be free to swing by to talk with the owners"
         r"(?:\byou(?: to| be able to| be free to| be available to| like to| be up for)?|\bto) "
         r"(?:come|coming|pop|popping|drop|dropping|"
         r"swing|swinging|stop|stopping|call|calling) (?:in|by|over|round|around|along|down|"
         r"into)\b[^.;?]{0,60}?\b(?:and|"
         r"to) (?:meet|see|chat|talk|speak|sit down)\b|"
         # time spent with someone of theirs: "I'd like you to spend an hour with the team"
         r"\byou (?:to )?spend (?:[\w-]+ ){1,4}?with\b|"
         # a task asked of the candidate, whatever it is called: "we'd love you to do a short
         # paper exercise", "could you have a go at a quick brief" (not "a test of your mic")
         r"(?:\byou to|\b(?:could|can|would|will) you|\bplease|\bkindly)(?: (?:also|first|now|"
         r"next|then))? (?:do|complete|take on|tackle|try|attempt|work (?:on|through)|have a go "
         r"at|prepare|sit|put together) (?:a|an|our|the|one|this|that) (?!(?:[\w-]+ ){0,2}?"
         r"(?:video|sound|audio|mic\w*|camera|tech\w*|connection|link|wi-?fi|system|speed|"
         r"internet)\b)(?:[\w-]+ ){0,3}?"
         r"(?:exercise|task|assignment|challenge|test|case|brief|presentation|assessment|"
         r"project|session|deck|slides|write-up|mock-?up|prototype|proposal)s?\b"
         r"(?! (?:of|on) (?:your|the)\b)")
_SOMEONE = (r"(?:meet|call|chat|speak|talk|meeting|lunch|coffee|session|conversation)\b"
            r"[^.;]{0,40}?\b(?:rest of the|wider team|(?:two|three|a few|some|more) of (?:our|"
            r"the|your)|head of|vp\b|ceo\b|cto\b|coo\b|cfo\b|founders?\b|(?:managing |"
            r"sales |engineering )?director\b|president\b|peers\b|board\b|lead engineer|"
            # a person of theirs named by what they lead ("a chat with Anjali, who heads up
            # data"), not by the errand they run ("Tom, who manages our travel bookings")
            r"who (?:heads|leads|runs|manages|oversees)\b(?! (?:up )?(?:our |the |all )?"
            r"(?:payroll|travel|bookings?|expenses|onboarding|facilities|reception|it|hr|people "
            r"ops|scheduling|logistics|recruit\w*|talent|interview)\b))")
_SENIOR = (r"(?:head of|vp|ceo|cto|coo|cfo|founders?|(?:managing )?director|president)\b"
           r"[^.;]{0,60}?\b(?:call|meet|speak|talk|chat|coffee|lunch|catch up|sit down|"
           r"conversation|discussion)\b"
           r"[^.;]{0,15}?\byou\b")
NEXT_ASKED = re.compile(rf"(?:{_TASK}|{_SOMEONE}|{_SENIOR}|in front of (?:the|our) (?:wider |"
                        rf"whole |full )?(?:team|panel|board|ceo|cto|coo|cfo|founders?|vp|"
                        rf"director|head of|leadership|hiring committee))", _I)
# "let's do a take-home" (or "lets", without the apostrophe) asks the candidate along
# and so does a question whose "do you" is left out, at its start or after a greeting and a
# dash: "Want to come in for a trial shift?", "Hi Sam - up for a case study?"
# (or after a sentence that ran on in lower case: "loved the chat too. want to do a trial day?")
_LETS = re.compile(r"\blet'?s (?:do|set up|get|book|schedule|arrange|have|plan|organi[sz]e)\b|"
                   r"(?:^\W*|\s[-–—]+\s*|[.!]\s+)(?:fancy|wanna|want to|keen to|care to|up "
                   r"for)\b", _I)
# the candidate's own interest is no condition of the round: "if you haven't been snapped up
# already, would you be up for another chat?", "if you're still keen, we'd like …"
_IF_STILL_YOURS = re.compile(
    r"^\W*if (?:you(?:'re| are) still (?:interested|keen|available|looking|open to it|up for it)|"
    r"you haven't (?:already )?(?:been snapped up|found (?:something|a (?:new )?(?:role|job))|"
    r"accepted (?:another|an) (?:offer|role))(?: already)?|so|that's the case),?\s*", _I)
ASKING = re.compile(
    r"(?:would|'d) (?:like|love)|\bwants? (?:to|you)\b|\bkeen to\b|\bplease\b|\bkindly\b|"
    r"\b(?:could|can|"
    r"would) you\b|\blet's\b|next step|\bbook\b|\bpick\b|(?<!confirmed )(?<!your )schedul|set up|"
    r"\barrange|\binvit|"
    r"\bcome (?:in|back)\b(?! to (?:you|us)\b)|\bget you\b|\basks\b|\bwilling to\b|"
    r"\boffer(?:ing)? you\b|\b(?:are|were) you (?:around|free|available|able|up for|game)\b|"
    r"\bup for\b|^\W*fancy\b|\bhow would you feel about\b", _I)
MEET_NEXT = (r"(?:like|love|want) you to meet \w+ next|"
             # "would like you back for the final round", after good feedback
             r"\b(?:like|love|want) you back (?:for|in) (?:the|a|an|another) (?:[\w-]+ ){0,2}?"
             r"(?:round|stage|interview|panel|conversation|session)s?\b|"
             r"(?:move|moving|proceed|proceeding|go|going|progress|progressing|advance|"
             r"advancing) (?:you )?(?:on |ahead |forward )?(?:to|"
             r"with) (?:the |your )?(?:reference|referee)s?(?: (?:stage|checks?))?\b"
             r"(?! (?:for|of) (?!you\b|the (?:[\w&/-]+ ){0,4}?(?:role|position|job|post)\b))|"
             # the process at its reference stage: "we're down to references", "we're now at
             # the reference stage"
             r"\b(?:we're|we are|you're|you are|it's|it is|things are)(?: now)? (?:down to|at|on "
             r"to|onto|up to|moving to) (?:the )?(?:reference|referee)s?(?: (?:stage|checks?))?\b|"
             # put before someone of theirs: "I want to get you in front of our VP"
             r"\b(?:get|put|bring|have|getting|putting|bringing) you in front of\b|"
             # references taken up for the candidate: "asked me to start reference checks"
             r"\b(?:to|will|'ll|now|about to|(?:are|'re|is) (?:now )?)\s*(?:start|begin|run|"
             r"initiate|kick off|carry out|conduct|take up)(?:ning|ing)? (?:the |your )?reference "
             r"(?:checks?|stage)\b|"
             # an applicant-tracking system's status: "Status: Finalist - Campus Interview"
             r"\b(?:status|stage)\b[^.:]{0,80}:\s*(?:finalist|shortlisted|short-listed|"
             r"selected for interview|invited to interview|(?:[\w-]+ ){0,2}?(?:interview|"
             r"assessment|test|challenge|exercise|case study|references?|reference checks?))\b"
             r"(?! (?:scheduled|booked|confirmed|completed|done|cancell?ed|held|attended))")
PROGRESSED = re.compile(
    rf"{MEET_NEXT}|"
    r"\b(?:like|love|want|keen|happy|pleased|glad) to continue (?:the|our) (?:conversation|"
    r"discussions?|process|interview process|interviews?)(?! (?:about|on|around|regarding|over))"
    r"(?= with you|\s*[-–—.,;:!?]|$)|"
    r"\b(?:you|your (?:application|candida(?:cy|ture)|profile)(?: (?:for|to|with|at) "
    r"[^.;,]{1,60}?)?)(?:'ve| have| has)? (?:now )?"
    r"(?:been )?(?:progressed|passed|moved|made it|advanced) (?:on )?(?:to|through|"
    r"into) the (?:next|final|last|second|third|following|onsite|on-site|assessment|"
    r"shortlist|interview|(?!review\b)(?:\w+ ){1,2}(?:round|stage|phase))\b"
    r"|\byou(?:'ve| have| have now| are|'re) (?:been )?shortlisted\b"
    r"|\byou (?:should |will |can |'ll )?(?:go|move|"
    r"progress|proceed) (?:on )?(?:to|through to|into) the (?:next|final|last|\w+) (?:stage|"
    r"round|step)\b"
    # the candidate taken on to a stage: "they'd like to move you forward to the final stage"
    r"|\b(?:move|moving|progress|progressing|advance|advancing|take|taking|bring|bringing) you "
    r"(?:forward |on |through )?(?:to|into) (?:the|a|an|our) (?:next|final|last|second|third|"
    r"onsite|on-site|assessment|interview|panel|[\w-]+ (?:interview|panel)) (?:stage|round|step|"
    r"interview|phase)s?\b"
    r"|\byou(?:'ve| have)? (?:successfully )?(?:passed|cleared) the (?:first|initial|\w+) "
    r"(?:round|stage|interview|screen|screening|test|assessment|exam|call)s?\b"
    r"|\byou(?:'ve| have)?(?: been| are|'re| were)? (?:selected|chosen|shortlisted|retained) for "
    r"(?:the|a|an) (?:[\w-]+ ){0,2}(?:round|stage|interview|step|phase|assessment|test|"
    r"discussion)s?\b|\b(?:go|move|proceed|continue) further with you\b(?!r)"
    r"|\b(?:want|wants|like|love|keen) to see you again\b|\byou(?:'ve| have| are|'re| will "
    r"be)? (?:been )?(?:selected|chosen) to (?:move|go|progress|proceed|advance)\b|\byou(?:'re| "
    r"are| will be|'d be| would be) (?:moving|progressing|advancing|going) (?:forward|on|ahead|"
    r"through)\b|"
    # the stage named: "you're moving to the technical round", "you've made the shortlist"
    r"\byou(?:'re| are| will be|'ll be|'d be| would be) (?:moving|progressing|advancing|going|"
    r"through) (?:on )?(?:to|into) the (?:[\w-]+ ){0,2}?(?:round|stage|step|phase|interview)s?\b|"
    r"\byou(?:'ve| have)? made (?:it (?:on)?to |onto )?the (?:short ?-?list|cut)\b", _I)
# a task done already is not a next step ("thanks for the case study you sent")
_DONE = re.compile(r"\b(?:completed|finished|submitted|reviewed|reviewing|received|sent|enjoyed|"
                   r"liked|loved|for (?:completing|doing|submitting|sending))\s+(?:(?:the|your|"
                   r"a|an|this)\s+)?(?:\w+\s+)?$", _I)
_ASKED_IF = re.compile(r"\b(?:asked|asking|wondering|wondered|wonder) (?:if|whether)\b", _I)
# a round spoken of as over: "thank you for attending the final interview", "great to meet
# you at the panel interview"
_PAST_ROUND = re.compile(r"\b(?:thank(?:s| you)|(?:was|were) (?:great|good|nice|lovely|a "
                         r"pleasure)|how (?:was|were|did)|enjoyed|after|following|during|since|"
                         # a round praised is over: "they were really pleased with the second
                         # stage", "impressed by your final interview"
                         r"(?:pleased|impressed|happy|delighted|thrilled) (?:with|by)|"
                         r"from|attending|completing|attended|completed|review|reviewing|"
                         r"reviewed|discussing|discussed|debriefing|evaluating|assessing|going "
                         r"(?:over|through))\b", _I)


def _past_round(flat: str, at: int) -> bool:
    """The round named at `at` is spoken of as over ("thanks for attending the final
    interview", "still reviewing your final conversations"), unless an invitation comes
    between ("after your second interview we would like to go to the next step")."""
    past = list(_PAST_ROUND.finditer(flat, clause_start(flat, at), at))
    return bool(past) and not _INVITING.search(flat, past[-1].end(), at)


# a round held with other people or already under way is the employer's own: "another
# interview day for the internal candidates", "final conversations are taking place this week"
_THEIR_ROUND = re.compile(
    r"[\w-]*\s*(?:(?:[\w-]+\s+){0,3}?(?:for|with) (?:the |our |all |a few |some |two |three |"
    r"several |other |remaining |internal |external |shortlisted |\w+ )*(?:candidates|"
    r"applicants|finalists|interviewees|people)\b|(?:[\w-]+\s+){0,3}?(?:are|is) (?:now |"
    r"currently |still |already )?(?:taking place|being held|happening|under ?way|going on|in "
    r"progress|ongoing)\b)", _I)
# a round already arranged ("a reminder of your final interview", "just confirming your
# second interview", "your upcoming interview"), or the employer's own ("we're wrapping up
# final interviews"): no news
_ARRANGED = re.compile(
    r"\bupcoming\b|\breminder\b(?:\s*[:–-]| (?:of|about|for) (?:your|the|our|tomorrow|today)|"
    r" that your)|"
    r"\bremind(?:ing)? you (?:of|about|that your)\b|\blook(?:ing)? forward to (?:seeing|meeting|"
    r"welcoming|hosting|speaking (?:with|to)|talking (?:with|to)) you (?:at|on|for|in)\b|"
    r"\bjust confirming\b|\b(?:interview|call|meeting|booking|appointment|slot)s? (?:is |has "
    r"been )?(?:confirmed|booked|scheduled)\b|(?<!like to )(?<!love to )(?<!want to )"
    r"(?<!keen to )\bsee you (?:at|on|then)\b|"
    r"\bas (?:discussed|agreed|mentioned|promised|arranged|planned)\b|"
    r"\bconfirm (?:that )?you(?:'re| are) still\b|\bstill (?:available|free|good|ok|okay) "
    r"for\b|\bconfirm(?:s|ed|ing)? "
    r"(?:your|the|our|this|that|tomorrow's|today's)\b|\bconfirmation of\b|\breschedul|"
    r"\bwrap(?:ping)? up\b|"
    r"\b(?:finish|complet|finali[sz])(?:ed|ing|e)? (?:up |off )?(?:our|the|all|a few|some)\b|"
    r"\bstill (?:have|holding|running|"
    r"conducting|doing|got)\b|\b(?:are|'re) (?:conducting|holding|running)\b", _I)
# a round moved, put off or called off is one arranged before: "we need to push your final
# interview to the 17th", "we've had to postpone the panel interviews until January"
MOVED = re.compile(r"\b(?:push|shift|bump|mov|postpon|delay|reschedul|cancel|re-?arrang|chang|"
                    r"switch|swap)(?:e|es|ed|ing|led|ling)? (?:back |out )?(?:your|our|the|"
                    r"this|that|tomorrow's|today's|monday's|tuesday's|wednesday's|thursday's|"
                    r"friday's) (?:[\w-]+ ){0,3}(?:interview|call|slot|meeting|session|time|chat|"
                    r"date|round|stage|panel|onsite|on-site|visit|assessment|conversation|"
                    r"presentation)s?\b", _I)
# a round said to be confirmed, booked or scheduled, with no invitation beside it, was
# arranged before ("Your onsite interview with Acme is confirmed")
_IS_SET = re.compile(r"\b(?:will be|'ll be|must be|(?:has|have|had|needs?) to be) (?:postponed|"
                     r"moved|rescheduled|pushed (?:back|out)|cancell?ed|brought forward|changed|"
                     r"shifted|delayed|put (?:back|off)|held over)\b|"
                     r"\b(?:is|are|has been|have been|'s) (?:now |all )?(?:confirmed|booked|"
                     r"scheduled|set|locked in|in the diary|in the calendar|moved|changed|"
                     r"brought forward|pushed (?:back|out)|postponed|cancell?ed|rescheduled|"
                     r"shifted|bumped)\b|\bha(?:s|ve) (?:now )?changed\b|"
                     # a detail of it changed ("will now be in Room 3 rather than Room 5", "Jane
                     # will run it instead"), or it goes ahead "as planned"
                     r"\b(?:will|'ll) now be\b|\brather than\b|\binstead\b|\bas (?:planned|"
                     r"arranged|agreed|booked|scheduled)\b|\bchange of (?:room|"
                     r"venue|time|date|location|plan|format)\b", _I)
# a round agreed before ("the final round we'd talked about") or perhaps not happening at
# all ("might not happen until January")
_SPOKEN_OF = re.compile(
    r"\s*(?:that |which )?(?:we|I|you)(?:'d| had|'ve| have)? (?:talked|spoke|spoken|discussed|"
    r"mentioned|agreed)\b|[^.;]{0,40}?\b(?:(?:might|may|could)(?: not)? (?:happen|go ahead|take "
    r"place|be needed|be necessary)|(?:won't|will not|isn't|is not) (?:going to )?(?:happen|go "
    r"ahead|take place))\b", _I)
# a step only perhaps wanted: "who may want to set up a second chat", "we might"
_MAYBE = re.compile(r"\b(?:might|maybe|perhaps|possibly)\b|\b(?:we|they|he|she|who|it|there|"
                    r"I) may\b", _I)


def _not_said(flat: str, at: int) -> bool:
    """The clause leading up to `at` is negated, conditional or only a maybe."""
    return unsaid(flat, at) or _MAYBE.search(flat, clause_start(flat, at), at) is not None


# the next step is the employer's own ("our next step will be to make a final decision", "the
# next step is for the panel to compare notes") or offered on the employer's condition ("a
# second interview if the panel wants one", "should we need it")
_THEIR_STEP = re.compile(
    r"[\w-]*\s*(?:(?:is|will be|would be)\s+(?:for (?:us|the|our)\b|to (?:make|decide|review|"
    r"discuss|collate|consider|gather|finali[sz]e|wait|compare|meet as|debrief|agree|"
    r"deliberate)\b|to (?:speak|talk|meet|interview|see|catch up)\s+(?:with |to )?(?:the |our |all "
    r"|other |remaining |\w+ ){0,3}(?:candidates|applicants|finalists|interviewees)\b|"
    r"to\s*(?=[,.;!]|$))|[^.;]{0,40}?(?:\b(?:if|in case)\b(?! (?:you|you're|you "
    r"are|that|this|it|so)\b)|\bshould (?:we|the|our|it be|one be)\b))", _I)
_INVITING = re.compile(r"\binvit|\b(?:would|'d) (?:like|love)\b|\bwant (?:to|you)\b|"
                       r"\bpleased to\b|\bnext (?:step|stage)\b", _I)
# its logistics: the calendar invitation, the video link, where it is, where to park
_LOGISTICS = re.compile(r"\bcalendar invit|\binvite(?:'s| link| was| is| has)\b|"
                        r"\breceived the invit|"
                        r"\b(?:new|updated|fresh|revised|amended) (?:calendar )?invit|"
                        r"\b(?:zoom|teams|meet|video|dial-in) link\b|\bparking\b", _I)
# its details, when nothing in the sentence invites: where and when it is held, its agenda,
# its interviewers ("the second interview will be held at our Salford office")
_DETAILS = re.compile(r"\bdetails\b|\bvenue\b|\blocation\b|\bdress code\b|\bformat\b|\bagenda\b|"
                      r"\bitinerary\b|\byour interviewers?\b|\b(?:be held|take place|takes place|"
                      r"is held|starts?|begins?|kicks? off) (?:at|in|via|over|on)\b", _I)
# a round known by its day is arranged: "Thursday's final round", "tomorrow's interview"
_ITS_DAY = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|"
                      r"today|tonight)'s\s+$", _I)
# what to bring, wear or where to go is for a round arranged before ("please bring ID to your
# assessment day")
_BRING = re.compile(r"\b(?:bring|wear|arrive|park|dress code|report to reception|sign in at)\b",
                    _I)
_PLEASE_DO = re.compile(r"\b(?:please|kindly) (?:complete|do|prepare|book|pick|choose|schedule|"
                        r"take|"
                        r"attend|join|come|use|fill|return|submit)\b", _I)
_DONE_AFTER = re.compile(r"\W*(?:\w+\s+){0,3}(?:that )?you (?:presented|sent|did|completed|"
                         r"submitted|shared|gave|prepared)\b", _I)
# a step proposed as "we" do it, the candidate one of the "we": "we'd like to do a paid
# trial", "could we do a 45-minute conversation with me and Anil?"
_WE_DO = re.compile(r"\b(?:could|can|shall) we (?:do|set up|book|schedule|arrange|have)\b|"
                    r"\bwe(?:'d| would) (?:like|love) to (?:do|set up|book|schedule|arrange|run)\b",
                    _I)
_WITH_ME_AND = re.compile(r"[^.;?]{0,60}?\b(?:conversation|interview|session|call|chat)s? "
                          r"with me and\b", _I)


# what makes a step not happen in its own clause: "not sure whether there will be a second
# round", "if we go ahead with a second interview", "didn't get to speak with the team"
_BEFORE = re.compile(r"\bbefore (?:we|making|deciding|reaching|a decision|the decision)", _I)
_WITH_YOU = re.compile(r"\b(?:meet|see|speak (?:with|to)|talk (?:with|to)|call|invite|join) "
                       r"you\b|\byou (?:to|and)\b|\bwith you\b", _I)
NEXT_CONFIRM = re.compile(
    r"invite|inviting|schedul|set up|move you|moving you|advance|progress you|next (?:round|"
    r"stage|step|part|phase)|second|third|final|another|onsite|on-site|panel|meet|availability|"
    r"available|speak with|speak to|talk with|talk to|chat with|sit down with|again|"
    r"made it|calendar|one (?:more|last)|next up|you back|"
    r"through to|shortlisted|bring you|\bbook\b|\bpick\b|\bslot|\blink\b|"
    r"(?:ahead|forward|on) with you\b|\b(?:kindly|please) (?:appear|attend|report|join|come)\b|"
    r"\bappear for\b|\barrang|\borgani[sz]e|\b(?:would|'d) (?:like|love) (?:an?|to (?:do|have|"
    r"book) an?) |continue (?:the process )?with "
    r"an?\b", _I)
THE_CALL = re.compile(r"\b(?:make|making|made) (?:the|a|our) (?:final )?(?:call|decision)\b|"
                      r"\b(?:final|last) call (?:on|about|regarding|over|re)\b|"
                      r"\b(?:on|with|about|regarding|re|of|share|outline|send you) "
                      r"(?:the |our |any )?next steps\b|\bnext steps\b(?! (?:is|are|will be|would "
                      r"be|include|involve))|"
                      # news of it still to come: "we hope to update you about the next stage"
                      r"\b(?:let you know|update you|be in touch|get back to you|come back to you|"
                      r"inform you|advise you|contact you|write to you|intimate you|(?:be|been) "
                      r"(?:informed|notified|contacted|updated|advised|intimated|told))\b[^.;]{0,20}?\b(?:about|on|"
                      r"regarding|re|with|of|from) (?:the |any |our |your )?(?:next|second|third|"
                      r"final|last) (?:steps?|stages?|rounds?|phase|interviews?)\b", _I)
def _with_them(sentence: str, at: int) -> bool:
    """The candidate is in the meeting named at `at`: "you" before it, or it is asked for."""
    return re.search(r"\byou\b", sentence[:at], re.IGNORECASE) is not None or \
        _THEY_ASK.search(sentence) is not None


# a step asked of the candidate in so many words ("could you", "please")
_ASKED_YOU = re.compile(r"\b(?:could|can|would|will) you\b|\bplease\b|\bkindly\b", _I)
# a round promised to a group, on being chosen or to those still to be chosen is no
# invitation: "successful candidates will be invited", "if you're selected", "in case we move
# to a final round", "we haven't decided who to invite yet"
_CHOSEN_IF = re.compile(
    r"\b(?:haven't|have not|not yet|yet to|still to)\b[^.;]{0,20}?\b(?:decided|chosen|selected|"
    r"confirmed|know|agreed|decide|choose|select|confirm) (?:who|which|whom)\b|"
    r"\b(?:successful|shortlisted|selected|chosen|strongest|top) (?:candidates|applicants|"
    r"people|few)\b|\b(?:candidates|applicants|those|anyone|people) (?:who|that) (?:progress|"
    r"advance|pass|succeed|get through|go through|go forward|move forward)\b|"
    r"\bwho(?:'s| is|'re| are| goes| gets)? (?:through|progressing|going through)\b|"
    r"\b(?:candidates|applicants|those|anyone|people) (?:who|that) (?:are|get|"
    r"have been|were|make it) (?:\w+ )?(?:successful|selected|shortlisted|chosen|progressed|"
    r"through)\b|\b(?:if|should|once|when|in case|provided|assuming) (?:you(?:'re| are)?|you "
    r"(?:get|are|were)) (?:\w+ )?(?:selected|successful|shortlisted|chosen|progressed)\b|"
    r"\bin case (?:we|they|you)\b|\bif (?:successful|selected|shortlisted)\b|"
    # the same said the other way round: "should you progress", "were you to be selected"
    r"\b(?:should|if|once|when|were|in case|provided|assuming) you (?:to )?(?:be )?(?:progress|"
    r"advance|proceed|succeed|make it|get through|go through|pass|move (?:on|forward|through)|"
    r"selected|successful|shortlisted|chosen|invited|progressed)\b|"
    # a round for a group still to be chosen: "we'll invite a handful of applicants back"
    r"\b(?:invit|ask|bring|call)\w* (?:back )?(?:a handful of|a few|a small number of|a number "
    r"of|some|several|two|three|four|five|\d+|the top|our shortlisted)\b(?:\s+[\w-]+){0,2}?\s+"
    r"(?:candidates|applicants|people|finalists|interviewees)\b|\binvit\w* a shortlist\b|"
    # who goes on still to be decided: "the board meets to decide who goes through"
    r"\b(?:decid|choos|select|agree|determin|discuss|work out|figure out)\w* (?:on )?(?:who|whom|"
    r"which (?:candidates|applicants|people))\b", _I)


# what is asked of everyone, not of a candidate in a process: to apply, to come to a careers
# fair or an open evening, to take "the next step in your career", to refer a friend
_NOT_A_ROUND = re.compile(
    r"\bto apply\b|\bapply (?:now|today|here|online)\b|"
    r"\bcareers? (?:fair|event|evening|day|site|page|portal)\b|\bopen (?:day|evening|house)\b|"
    r"\bwebinar\b|\bprize draw\b|\braffle\b|\bgiveaway\b|\bsweepstakes?\b|\bjob alerts?\b|"
    r"\btalent (?:community|pool|network)\b|\bnext (?:step|move) "
    r"(?:in|of|for) your career\b|\breferral\b|\brefer a friend\b|"
    r"\b(?:christmas |holiday |summer |office |launch )?(?:party|celebration)\b|"
    r"\b(?:christmas|holiday|festive|summer|end-of-year|friday) (?:drinks|social|do|lunch)\b|"
    # a new job pitched, by an agency or a headhunter: "an exciting role with a client of mine"
    r"\ba client of (?:mine|ours)\b|"
    # a job recommended: "a role you may be interested in", "jobs you might like"
    r"\b(?:roles?|jobs?|positions?|opportunit\w+|openings?|vacanc\w+) (?:that )?(?:you|which) "
    r"(?:may|might|could) (?:be interested in|like|suit|enjoy)\b|"
    r"\ban? (?:exciting|fantastic|great|interesting|amazing) (?:new )?(?:[\w-]+ ){0,3}?"
    r"(?:role|opportunit\w+|position|opening|vacancy)\b", _I)


# the process described as it goes for anyone ("offers are normally made within ten days of
# the final round", "our process has three stages: … a final interview"), or a round given to
# the other candidates ("has progressed other applicants to the final round"): no step asked
# of this candidate, unless the sentence asks it too (capture.reply_rounds._ASKED_YOU)
_IN_GENERAL = re.compile(
    r"\b(?:normally|usually|typically|generally|customarily|as a rule|in most cases|tends? to)\b|"
    r"\b(?:our|the) (?:[\w-]+ )?process (?:has|includes|involves|consists|is made up|usually|"
    r"normally|typically)\b|\bif there(?:'s| is) a (?:match|fit)\b|"
    r"\b(?:progress|advanc|mov|invit|tak|bring|brought|put|shortlist)\w* (?:(?:the|our|a few|"
    r"some|two|three|several) )?(?:other|remaining|rest of the) (?:[\w-]+ )?(?:candidates|"
    r"applicants|finalists|interviewees|people)\b", _I)
_ASKS_YOU = re.compile(r"\b(?:could|can|would|will) you\b|\bplease\b|\bkindly\b|"
                       r"\b(?:like|love|want|keen) to (?:invite |have |see |bring )?you\b|"
                       r"\b(?:invite|inviting) you\b", _I)


# an applicant-tracking system's status that is a wait or a step done, whatever stage it
# names: "updated to: Under Review - Final Stage", "moved to the status: Interview Complete"
_STATUS_WAIT = re.compile(r"\b(?:status|stage)\b[^.:]{0,120}:[^.:]{0,60}?\b(?:(?:under|in) "
                          r"review|complete|completed|pending|received|on hold|in progress|"
                          r"awaiting|waiting|being (?:reviewed|considered))\b", _I)
# a round's name as the label of a line of an agenda ("Final Round: Technical Demo + VP
# Conversation" under "your interviews are confirmed"): a round arranged, when nothing asks
_LABEL = re.compile(r"[ \t]*:", _I)


# references are only ever the candidate's, so asking for them needs no "you": "We'd like to
# take up references as the last step", unless they are another applicant's
_REFERENCES_ASKED = re.compile(
    r"\b(?:take up|taking up|check|checking|contact|contacting|collect|collecting|obtain|"
    r"obtaining|request|requesting|seek|seeking|approach|approaching|run|do|start|begin) "
    r"(?:the |a |(?:two|three|2|3|a few|some|a couple of) )?(?:references|referees|reference "
    r"(?:checks?|calls?))\b(?![^.;]*\b(?:other|another|"
    r"preferred|successful|chosen|selected|top|remaining|all) (?:candidates?|applicants?|"
    r"finalists?|hires?)\b)", _I)


def is_next_round(sentence: str) -> bool:
    """An invitation to a further step, in a clause that is not negated or conditional."""
    sentence = _IF_STILL_YOURS.sub("", spoken(sentence))
    if _CHOSEN_IF.search(sentence) or _NOT_A_ROUND.search(sentence) or _STATUS_WAIT.search(
            sentence) or (_IN_GENERAL.search(sentence) and not _ASKS_YOU.search(sentence)):
        return False
    flat = _ASKED_IF.sub("asks", THE_CALL.sub(" ", sentence))  # "asked if you would do"
    if sentence.lstrip().lower().startswith(("if ", "should ")) or is_rejection(sentence):
        return False
    if re.search(r"\bfeedback\b", sentence, _I) and not re.search(MEET_NEXT, sentence, _I):
        # "a follow-up call to share feedback" closes a process, unless the sentence says the
        # candidate goes on ("the feedback was positive and we wish to go further with you")
        return any(not _not_said(flat, m.start()) for m in PROGRESSED.finditer(flat))
    for m in NEXT_ROUND.finditer(flat):
        if _MEET_RX.match(flat, m.start()) and not _with_them(flat, m.start()):
            continue
        if _LABEL.match(flat, m.end()) and not ASKING.search(flat):
            continue
        if _ITS_DAY.search(flat, 0, m.start()) or (
                _DETAILS.search(flat) and not _INVITING.search(flat)):
            continue
        if _ARRANGED.search(flat, 0, m.start()) or _LOGISTICS.search(flat) or MOVED.search(
                flat) or (_THEIR_ROUND.match(flat, m.end()) and not _INVITING.search(flat)) or (
                _THEIR_STEP.match(flat, m.end())) or _SPOKEN_OF.match(flat, m.end()) or (
                _IS_SET.search(flat, m.start()) and not _INVITING.search(flat)):
            continue
        if NEXT_CONFIRM.search(flat) and not _not_said(flat, m.start()) and not _past_round(
                flat, m.start()):
            return True
    for m in PROGRESSED.finditer(flat):
        if not _not_said(flat, m.start()):
            return True
    we_do = _WE_DO.search(flat)
    if we_do and _WITH_ME_AND.match(flat, we_do.end()) and not _not_said(flat, we_do.start()):
        return True  # "could we do a system design conversation with me and Anil?"
    of_them = re.search(r"\byour?\b", flat, _I) or _PLEASE_DO.search(flat) or _LETS.search(
        flat) or we_do or _REFERENCES_ASKED.search(flat)
    if not (ASKING.search(flat) or _LETS.search(flat) or we_do) or not of_them or (
            _BEFORE.search(sentence) and not _WITH_YOU.search(sentence)
            and not _ASKED_YOU.search(sentence) and not _REFERENCES_ASKED.search(sentence)):
        return False  # asked of the candidate, not "we'd like to talk to the founders"
    if _BRING.search(flat) and not re.search(r"\binvit", flat, _I):
        return False  # "please bring ID to your assessment day"
    return any(not _not_said(flat, m.start()) and not (re.match(_TASK, m.group(), _I) and (
        _DONE.search(flat, 0, m.start()) or _DONE_AFTER.match(flat, m.end()) or _past_round(
            flat, m.start())))  # "following your onsite, …"
        for m in NEXT_ASKED.finditer(flat))


# what the rules know of a round arranged before, or of a round at all: a learned "next round"
# in such a sentence is theirs to judge (capture.reply_model.vetoed)
ROUND_WORDS = (_ARRANGED, _LOGISTICS, _DETAILS, MOVED, _PAST_ROUND, NEXT_ROUND, PROGRESSED,
               NEXT_ASKED, _NOT_A_ROUND)
