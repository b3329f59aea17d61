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
        r"car allowance|company car|allowance|days of (?:holiday|leave|annual leave|vacation)|"
        r"relocation (?:package|costs?|support|budget)|hourly rate|"
        r"day rate|(?<!touch )base\b|raise|13th month|overtime|tuition|parking|earn(?:s|ed|ing)?\b|"
        r"stipend|home internet|commision|gym membership|holidays\b(?= (?:do|would|will|does|per|a "
        r"year|each))|benefits? (?:booklet|guide|pack|summary|overview|statement|portal|details)|"
        # Issue 24, fourth round: more of what pay and benefits are called, and pay as a verb
        # ("what does the role pay", "would you pay for my move").
        r"(?:my|the|what|a|your) wages?\b|take-home (?:pay|salary)|six figures|earning potential|"
        r"share (?:options|scheme)|"
        r"rsus?\b|vesting|401\(?k\)?|(?:maternity|paternity|parental|sick|shared parental) "
        r"(?:pay|leave|policy)|private (?:medical|health\w*|dental)|childcare (?:vouchers?|scheme|"
        r"support|benefit|allowance)|cost of living|"
        r"pay (?:rise|increase|review|progression)s?|salary (?:increase|review|progression)s?|"
        r"(?:role|job|position|it) pays?\b|pays? (?:at least|more|less|well|for (?:my|the|a) "
        r"(?:move|relocation|travel|flights?|visa|course|training|parking|lunch))|full pay|"
        r"on-call (?:allowance|pay|rate)|days?['’]? (?:of )?(?:leave|holiday|annual leave|pto)|"
        r"free (?:lunch|lunches|food|meals|breakfast|snacks|parking|membership)|sign-on|"
        r"signing bonus|(?:learning|training|wellbeing|wellness|home office|equipment) "
        r"(?:budget|allowance|stipend)|sabbatical|"
        r"[$£€]\s?\d|\d+\s?k\b|\d{2,3},\d{3})")
# An ask or a condition about pay: a question, "I'd like to know", "I won't consider below".
_PAY_ASK = rx(
    rf"(?=.*\b{_PAY})(?:.*\?|.*\b(?:tell me|let me know|know (?:what|how|whether|if)|"
    r"wondering|wondered|curious|ask(?:ing)? (?:about|what|whether|if|how)|(?:to )?understand "
    r"(?:the|what|how)|share (?:the|what)|inform me|confirm (?:that|what|the)|clarify|"
    r"(?:won|wouldn)['’]?t (?:consider|accept|go|move)|nothing (?:below|under|less)|"
    r"anything (?:below|under|less)|at least|minimum|non-negotiable|expect(?:ing)?|reflect|"
    rf"need to know|be on the same page|before I|I{_Q}ll need|I need|how much|on the table|"
    r"(?:check|ask|see) (?:whether|if)|I hope (?:the|my|it|there)|negotiable|"
    # Asked in passing or as a condition: "and also whether the role comes with health cover",
    # "I'd love to hear more about the allowance", "not worth our time if the package is under".
    rf"also (?:whether|if|about|the)|whether (?:the|it|there|you)|if there{_Q}?s|if there is|"
    r"hear (?:more )?about|(?:forward to|love to|like to|keen to|hope to) hear(?:ing)? "
    r"(?:more )?about|rough idea|waste (?:either|both) of our|flexibility on|"
    r"below what|"
    r"out of curiosity|quick question|forgot to ask|"
    # Asked or laid down without a question mark: "I'd be grateful to know the full
    # remuneration", "just checking that private medical is included", "I'm after six
    # figures", "I should mention I'd need a four-day week at full pay".
    r"(?:like|love|want|grateful|glad|keen|interested) to (?:know|hear|learn|understand|see|get "
    r"a)|I(?:['’]d| would) (?:need|want|expect|require)|I(?:['’]m| am) (?:after|looking for|"
    r"hoping for|aiming for|targeting|assuming)|just (?:checking|confirming|wanted to check)|"
    r"(?:should|must|ought to) (?:mention|say|flag|add)|flag(?:ging)? that|just so you know|"
    r"for what it['’]s worth|bear (?:that|this|it) in mind|I (?:assume|presume|take it)|"
    r"presumably|(?:rough|ballpark|some) (?:sense|figure|idea)|sense of|my (?:minimum|floor|"
    r"bottom line|current (?:package|salary|pay|base|rate))|can I ask|may I ask|"
    r"anything (?:lower|less)|nothing (?:lower|less)|(?:won['’]t|wouldn['’]t|doesn['’]t|does not|"
    r"will not) work for me|currently (?:at|on)\b)"
    r").*", re.IGNORECASE)
# Flexibility on pay asked about outside a thank-you or a follow-up after an interview: a
# negotiation, which the writers call fine; inside one, it is pay raised too early.
_FLEX = rx(r"\bflexib\w+", re.IGNORECASE)
_EARLY = rx(r"\b(?:thank\w*|thanks|interview\w*|following up|follow(?:ing)?-up|met|meeting|"
            r"chat|conversation|appreciated)\b", re.IGNORECASE)
_PAY_EXCUSED = rx(
    r"\b(?:as (?:you )?(?:asked|requested)|you asked|you(?:['’]d| would) like my|asking about "
    r"my|(?:salary|pay) (?:history|expectations?) form|my (?:salary )?expectations? (?:is|are)|"
    r"happy to (?:share|discuss) my|asked (?:for|about) my|here they are|you requested|"
    r"I(?:['’]m| am|['’]d be| would be) (?:very |quite |fairly )?flexib\w+|when I asked|"
    r"(?:following|in (?:answer|response|reply) to|per|to answer) (?:your|"
    r"the)(?: [\w'’]+){0,2} (?:request|question)|you wanted to know|here (?:are|is) my|"
    r"(?:for|you) explain\w*|walk\w* me through|settle the|asking (?:for|about) my)\b",
    re.IGNORECASE)
# They have made an offer (not "what the role offers"): pay and start dates are fair game.
_OFFER = rx(r"\b(?:(?:the|an?|your|this|job|written|verbal|formal|revised|updated|their|"
            r"my) offer\b|offer (?:letter|pack|of|for)|offered (?:me|the)|signed|"
            r"(?:sen[dt]|sending|received|returned|reading|read|review\w*) (?:over )?(?:the |my )?"
            r"contract|contract (?:you sent|I signed)|with (?:the|my|your) contract|before signing|"
            r"accept(?:ed)?|paperwork|"
            r"negotiat\w* (?:the |my |your |this )?(?:offer|contract|terms))",
            re.IGNORECASE)

_PRESUME = rx(
    r"\b(?:my (?:first|start|starting) (?:day|date|weeks?|months?|quarter|sprint|90 days|"
    r"project)|(?:set up|create|activate) my (?:company |work )?(?:email|account|login)|"
    r"my first (?:90|100|30|60) days|(?:plan|planned|planning|roadmap|ideas|priorities) for "
    r"(?:my|the) first (?:90|100|30|60) days|before I start|"
    r"(?:once|when|after) I(?: start| join| am "
    rf"(?:on board|in post|in the role|part of)|{_Q}m (?:on board|in post|on the team|in the "
    rf"role|part of))|ahead of my start|when I{_Q}m on the team|my (?:future|new) "
    r"(?:colleagues|team(?:mates)?|manager|boss|desk|office|role|title|business cards)|"
    r"my (?:line manager|buddy|"
    r"laptop|login|id badge|badge|email account|system access|key ?card|access card|security "
    r"pass|uniform|locker|workstation|parking space)|(?:onboarding|induction) "
    r"(?:documents?|paperwork|pack|schedule|forms?|training|week)|"
    r"(?:handed|put) in my (?:notice|resignation)|"
    rf"I(?:{_Q}ve| have) (?:already )?(?:resigned|quit)\b|given "
    rf"(?:\w+ )?(?:weeks?{_Q}?|months?{_Q}?) notice|(?:told|informed) my (?:current )?(?:manager|"
    rf"boss|employer|clients|family|team|landlord)(?: that)? (?:I{_Q}ll be |I will be |I{_Q}m |"
    rf"I am )?"
    rf"(?:leaving|joining|moving|resigning|I got|I{_Q}ll be joining|about the new)|"
    rf"I got the job|booked (?:my|a) (?:flight|"
    r"train|movers)|looking at (?:flats|apartments|houses|schools)|new (?:marketing|sales|"
    r"data|team) lead|see you (?:all |both |guys )?(?:on|next) "
    r"(?![^.!?\n]*\b(?:round|interview|assessment|stage|call|presentation|meeting)\b)(?:monday|"
    r"tuesday|wednesday|"
    r"thursday|friday|the "
    rf"\d+)|I{_Q}ll see you on(?![^.!?\n]*\b(?:round|interview|assessment|stage|call|presentation|"
    rf"meeting)\b)|(?:working|to work) with you (?:and [\w ]{{0,30}})?from|be part of"
    r" the team from|start(?:ing)? on (?:the )?\d\w*|look(?:ing)? forward to (?:starting|"
    r"joining (?:you|the team) (?:on|from|next|in)|working with you (?:from|on|next))|"
    r"add me to (?:the|your) (?:team|slack|"
    rf"channel|mailing)|(?:right-to-work|payroll) (?:check|details)|we{_Q}re basically colleagues"
    r"|dress code (?:is )?(?:in the office|at work)|where (?:staff|"
    r"people) (?:usually )?park|"
    # The job as a fact to come: "by the time I start", "for when I take over", "on the first
    # day", payroll and bank details, telling the landlord, shadowing the one who leaves.
    r"(?:by the time|for when|the day|the moment|as soon as) I (?:start|join|take over|begin|"
    r"arrive|get started)|(?:once|when|after) I (?:take over|begin|arrive)|"
    rf"I(?:{_Q}ll| will) [^.!?\n]{{0,60}}\bon the first (?:day|morning)|(?:bank|payroll|tax) "
    r"details|"
    r"for payroll|(?:told|informed|let|notified|warned|mentioned to) my (?:current )?(?:manager|"
    r"boss|employer|clients|family|team|landlord|partner|colleagues|flatmates?)(?: here| at work)?"
    rf"(?: know)?(?: that)? (?:I(?:{_Q}ll| will|{_Q}m| am) )?(?:be )?(?:leaving|joining|moving|"
    r"resigning|starting)|"
    # The job's arrangements asked about as settled ("which desk will I be sitting at"), and
    # steps already taken as if hired ("I've already booked a course on your CRM").
    rf"(?:which|what|where|who)\b[^.!?\n]{{0,30}}\b(?:will I|I{_Q}ll|I will) be (?:getting|"
    r"sitting|placed|based|reporting to|using|given|issued|assigned)|"
    r"which (?:desk|laptop|ward|floor|office|shift|team) (?:will I|am I|"
    rf"I{_Q}ll|I will|I{_Q}m)|I(?:{_Q}ve| have) (?:already |gone ahead and )(?:ordered|bought|"
    r"drafted|enrolled|signed up|booked (?:a |my )?(?:course|training)|put [^.!?\n]{0,30} in my "
    r"(?:calendar|diary))|"
    r"shadow(?:ing)? \w+ before|handover from|look(?:ing)? forward to joining|"
    rf"can{_Q}t wait to (?:start|get started|join|begin|meet (?:my|the) (?:new )?(?:team|"
    r"colleagues))|"
    r"(?:which|what) (?:laptop|desk|equipment|team channel)[^.!?\n]{0,40}\b(?:I use|for me|"
    rf"I(?:{_Q}ll| will) (?:use|need|have)))\b", re.IGNORECASE)
# The same, said in more ways (issue 24, third round, written from general knowledge of how
# candidates presume): notice handed in or about to be, a start date as settled, the desk or
# kit as theirs, relocation done for the role, family told, the first weeks planned, the team
# as theirs already, a sign-off as a colleague. Near misses stay clean: a notice period stated
# ("I'd need to give four weeks' notice"), willingness to relocate, questions about the role.
_PRESUME_MORE = rx(
    rf"\bI(?:{_Q}ve| have)? (?:already |just |now )?(?:given|handed in|put in|served|submitted|"
    r"tendered)\b[^.!?\n]{0,40}\b(?:notice|resignation)|"
    rf"\bI(?:{_Q}ll| will|{_Q}m going to| am going to| plan to|{_Q}m about to| am about to|"
    r" intend to) (?:hand in|give|put in|submit|tender|serve) (?:in )?(?:my )?(?:\w+ (?:weeks?|"
    rf"months?){_Q}? )?(?:notice|resignation)|\bI(?:{_Q}m| am) (?:resigning|quitting|handing in)|"
    rf"\bI(?:{_Q}ll| will|{_Q}m| am) (?:be )?start(?:ing)? (?:on|from|next|this|in|at|the)\b|"
    r"\b(?:what|which) (?:date|day|time) (?:should|do|shall|will|would) I (?:start|report|come "
    r"in|begin)|\bwhen (?:should|do|shall) I (?:start|report for duty|begin work)\b|"
    r"\bmy (?:desk|seat|workstation|laptop|equipment|badge|locker|login|email address|mac|"
    r"monitor) (?:will|would|is going to|could|can) be\b|\bmy (?:desk|seat|workstation) is\b|"
    r"\b(?:order|set up|prepare|reserve|get) (?:my|me a) (?:laptop|macbook|monitor|desk|chair|"
    r"headset|work phone|login|badge|parking space)\b|"
    rf"\bI(?:{_Q}ll| will|{_Q}m| am|{_Q}ve| have)(?: already)? (?:be )?(?:mov|relocat)\w* "
    r"[^.!?\n]{0,30}\b(?:for|to take|to start) (?:the|this|my new) (?:role|job|position)\b|"
    rf"\bI(?:{_Q}ve| have) (?:already )?(?:found|signed|rented|put (?:down )?a deposit on|"
    r"booked) (?:a |the |my )?(?:flat|apartment|house|place|lease|removal|movers|van)\b|"
    r"\b(?:told|telling|informed) (?:all )?(?:my|our) (?:family|friends|parents|wife|husband|"
    r"partner|mum|mom|dad|kids|landlord|flatmates?)\b[^.!?\n]{0,40}\b(?:new job|the job|"
    r"joining|start(?:ing)?|got|landed|moving|position|role)\b|"
    r"\b(?:our|my) first (?:team |lab |staff |department |group )?(?:meeting|stand-?up|sprint|"
    r"retro|one-to-one|1:1|week|"
    r"month|day|project|assignment|review)s?\b|\bmy first (?:few |couple of |two |three |six "
    r"|\d+ )?(?:days|weeks|months)\b|\bplan(?:s|ned|ning)? (?:for|out) my first\b|"
    rf"\b(?:once|when|after) I(?:{_Q}m| am| get| have been| get properly)? (?:hired|settled "
    r"in|up to speed|onboarded|officially (?:on|part|in))\b|"
    r"\b(?:meet|meeting|get to know|introduce me to) (?:the rest of )?my (?:new |future )?"
    r"(?:team|colleagues|teammates|reports|direct reports)\b|"
    r"\blook(?:ing)? forward to (?:working|starting|joining|being)\b[^.!?\n]{0,40}\b(?:from|"
    r"on|next|this|when I) (?:monday|tuesday|wednesday|thursday|friday|the \d|\d|next|join|"
    r"start|week|month|january|february|march|april|may|june|july|august|september|october|"
    r"november|december)|"
    r"\b(?:your|the team{q}s) (?:future|new|newest) (?:colleague|teammate|team member|hire|"
    r"recruit|starter|member of staff)\b|\bsoon-to-be (?:colleague|teammate|team member)\b|"
    rf"\b(?:see|speak to|catch) you (?:in|at) the office\b|"
    r"\bshould I (?:join|bring|wear|read|install|set up|prepare|complete)\b[^.!?\n]{0,40}\b(?:"
    r"before (?:monday|I start|my first|day one|the first)|on (?:my first|day one|the first "
    r"day))|\bso (?:that )?I\b[^.!?\n]{0,40}\b(?:from|on|by) (?:day one|day 1|my first day|"
    r"week one)\b".replace("{q}", _Q), re.IGNORECASE)
# Issue 24, fourth round, from general knowledge of how many different candidates presume:
# getting ready for a first day or week as settled; the kit, the rota, the mentor and the
# probation as theirs ("will my work phone be", "who will be my mentor"); a start with them
# ("I'll start with you on the 17th", "ahead of joining you"); notice about to be given
# ("I will be giving my notice"); the news made public (a LinkedIn headline, "tell the team
# I'll see them soon"); the team's events joined ("count me in for the offsite"). A notice
# period stated, a question about how new starters are usually supported, stay clean.
_PRESUME_S7 = rx(
    r"\b(?:ready|prepared|up to speed|set up) (?:for|from|by|on) (?:the |my )?(?:very )?"
    r"(?:first (?:day|week|morning|month)|day (?:one|1)|week (?:one|1))\b|"
    r"\b(?:will|would|is) my (?:work |company |new |own )?(?:phone|mobile|laptop|computer|desk|"
    r"seat|mentor|buddy|manager|line manager|office|hours|shifts?|rota|schedule|title|email|"
    r"contract|team|salary|pay|start)\b|\bwho (?:will|would|is going to) be my (?:mentor|buddy|"
    r"manager|line manager|supervisor|boss|team lead|lead)\b|\bmy (?:probation(?:ary)?"
    r"(?: period)?|induction|onboarding|new starter|new-starter|first (?:morning|shift|payday|pay "
    r"day|pay ?check|week|month))\b|(?<!flexible )(?<!flexibility )\b(?:for|before|after|on|at) "
    r"my start(?: date)?\b|\b(?:new[- ]starter|new[- ]hire|joiner|starter) (?:forms?|pack|"
    r"paperwork|documents?|checklist|details)\b|\b(?:can['’]t|cannot) wait to (?:get stuck in|"
    r"get going|dive in|hit the ground running|roll up my sleeves)\b|\b(?:since|as|now that|"
    r"because) I['’]ll be (?:with you|joining|part of|on your team|one of)\b|\bstop (?:sending|"
    r"putting) me (?:forward )?(?:for )?(?:other|more|any more|new) (?:roles|jobs|vacancies|"
    r"opportunities)\b|"
    r"\b(?:do|will|would|shall) I (?:get|have|be (?:on|given|issued|assigned)) (?:my own|a|an|"
    r"the|my) (?:\w+ )?(?:office|desk|rota|shifts?|parking|laptop|phone|locker|badge|mentor|"
    r"buddy|days)\b|"
    r"\bstart(?:ing)? with you\b|\b(?:ahead of|before|in preparation for|prior to) (?:joining|"
    r"starting with) (?:you|the team|your team|[A-Z]\w+)\b|"
    r"\bI(?:['’]ll| will|['’]m| am) (?:be )?(?:giving|handing in|putting in|submitting|"
    r"tendering|serving) (?:in )?(?:my )?(?:\w+ (?:weeks?|months?)['’]? )?(?:notice|"
    r"resignation)\b|\b(?:tell|telling|told|let|letting) my (?:current )?(?:manager|boss|"
    r"employer|team|line manager)\b[^.!?\n]{0,30}\b(?:moving on|leaving|I['’]m off|handing in)\b|"
    r"\b(?:updat|chang|edit)\w* my (?:linkedin|profile|headline|bio|email signature|cv|status)"
    r"\b[^.!?\n]{0,60}\b(?:your|join\w*|new (?:role|job)|company|start\w*)\b|"
    r"\b(?:say|saying|announc\w*|post\w*)\b[^.!?\n]{0,20}\bI(?:['’]m| am| will be|['’]ll be) "
    r"(?:joining|starting (?:at|with)|moving to)\b|\bI(?:['’]m| am) (?:officially )?joining "
    r"(?:you|your|the team)\b|"
    r"\b(?:tell|let) (?:the (?:rest of the )?team|everyone|them all|them|the others)(?: know)? "
    r"(?:that )?I(?:['’]ll| will|['’]m| am) (?:see|join|be (?:joining|there|with)|looking "
    r"forward to working)|"
    r"\b(?:count me in|sign me up|I(?:['’]ll| will) (?:be there|come along)|see you) (?:for|at|"
    r"to) (?:the |your )?(?:team(?:['’]s)? |company |christmas |summer |office )?(?:offsite|"
    r"off-site|away ?day|party|social|drinks|retreat|kick-?off|all-hands|quiz)\b|"
    r"\bwill I be (?:on|in) (?:the |your )?(?:\S+ ){0,2}(?:rota|shift|team)\b|"
    r"\blook(?:ing)? forward to being (?:part|a member) of\b|\bsee you (?:all|both|guys|"
    r"everyone) (?:soon|then|shortly)\b|\bbooked (?:my |a |the )?(?:\w+ )?(?:flights?|trains?|"
    r"movers|removals?|removal van|van)\b|\bpencil me in\b|"
    r"\b(?:date of joining|joining (?:date|formalities)|my reporting (?:time|manager|date))\b|"
    r"\bwhich (?:laptop|desk|equipment)[^.!?\n]{0,20}\blike me to use\b|"
    r"\bI(?:['’]ve| have) (?:already )?(?:ordered|bought|got|purchased)\b[^.!?\n]{0,40}\bso "
    r"(?:that )?I(?:['’]ll| will| can|['’]m| am) (?:be )?(?:ready|set|prepared) (?:for|to start)"
    r"\b|\blook(?:ing)? forward to the (?:team(?:['’]s)? |company |christmas |summer |office )"
    r"(?:party|offsite|off-site|away ?day|social|drinks|retreat|quiz)\b|"
    r"\b(?:told|telling|tell|shared with|let) (?:my|our) (?:\w+ )?(?:family|friends|parents|"
    r"wife|husband|partner|mum|mom|dad|kids|landlord|flatmates?|colleagues|manager|boss)\b"
    r"[^.!?\n]{0,30}\b(?:good news|great news|the news|I['’]m going to be|I['’]ll be (?:your|"
    r"the|a|joining|working)|I got|about (?:the|my) new (?:job|role))|"
    r"\b(?:booked|taken|take|book|asked for|requested) (?:[\w'’]+ ){0,6}off\b[^.!?\n]{0,40}\b"
    r"(?:induction|onboarding|first (?:day|week)|join)|\bI(?:['’]m| am) going to be (?:your|the "
    r"(?:new|next))\b|\bI(?:['’]ll| will) be your (?:new|next)\b|"
    r"\b(?:already|gone ahead and) (?:arranged|organi[sz]ed|sorted(?: out)?|set up|planned|"
    r"bought|booked|found|started)\b[^.!?\n]{0,40}\bfor (?:the |my |your )?(?:\w+ )?(?:shifts?|"
    r"role|job|start|commute|move|new (?:job|role|position)|first (?:day|week))\b|"
    r"(?<!would be )(?<!be )\b(?:honou?red|thrilled|delighted|excited|proud|happy|pleased) to be "
    r"joining (?:you\b|your (?:team|company|firm|organi[sz]ation)|the (?:team|company|firm)|"
    r"\w+\s*(?:[.!]|$))|\bannounc\w* (?:the|my) (?:move|news|new (?:job|role|position))\b|"
    r"\bmy (?:new |future )?(?:class|classroom|pupils|students|patients|clients|residents|caseload|"
    r"direct reports|reports)\b(?=[^.!?\n]{0,40}\b(?:january|september|next|will be|mine|"
    r"start|first|in the (?:new|autumn|spring))|[^.!?\n]{0,3}$)|(?:meet|meeting|connected "
    r"with|get to know) my (?:new |future )?(?:class|pupils|students|patients|direct reports|"
    r"reports|clients)\b|\b(?:already )?(?:started|begun|begin) (?:planning|preparing|"
    r"working on|reviewing) (?:the |my )?(?:first|opening) (?:term|week|month|quarter|sprint|"
    r"lessons?|project)\b|\bfor my (?:setup|set-up|desk|workstation)\b|\bI(?:['’]d| would) "
    r"prefer (?:a |an |the )?(?:macbook|mac|pc|windows laptop|laptop|standing desk)\b|"
    r"\b(?:once|when|after) I(?:['’]m| am) in(?: the (?:seat|chair|role|post|job)| post|"
    r" the door)?(?=\s*(?:[.!,;]|$))|\b(?:once|when|after) I(?:['’]m| am) in the (?:seat|chair|"
    r"role|post|job)\b|\b(?:blocked|cleared|booked) (?:off )?my "
    r"(?:calendar|diary)\b[^.!?\n]{0,40}\b(?:onboarding|induction|start|first)\b|\btold my "
    r"(?:clients|customers|team|students|patients)\b[^.!?\n]{0,20}\b(?:transitioning|leaving|"
    r"moving|handing)\b|\bplan my start\b|\bwhich (?:room|office|desk|locker|classroom) will "
    r"be mine\b", re.IGNORECASE)
# The offer itself taken for granted: no offer in the message excuses this.
_ASSUMED = rx(
    rf"\b(?:next|only|last) (?:step|thing)(?: left)? is (?:just |simply )?(?:the )?(?:paperwork|"
    r"contract|offer|signing|formalit\w+)|\b(?:just|only|merely) a formality\b|\bwe both "
    rf"know (?:it{_Q}s|I{_Q}m|I am|that)|"
    rf"\bI(?:{_Q}m| am)? (?:assume|assuming|take it|presume|gather) (?:that )?"
    rf"(?:I(?:{_Q}ve| have) got|I got|the "
    r"(?:job|role|position)|the offer|my offer|the contract|my contract|you(?:['’]ll| will) "
    r"(?:be )?(?:offer|hir|send))|\bI trust you(?:['’]ll| will) (?:be )?(?:send|offer|confirm)|"
    r"\b(?:when|once|after) you (?:offer|hire) me\b|\bthe (?:job|"
    r"role|position) is (?:mine|in the bag)\b", re.IGNORECASE)
# Asking them to send the offer or its paperwork is not having one.
_OFFER_ASK = rx(r"\b(?:(?:could|can|would|will) you (?:please |kindly )?|please |kindly )(?:send|"
                r"email|forward|share) (?:over |me |through |across )*(?:the |my |an? )?(?:offer|"
                r"onboarding|contract)\b(?: (?:offer )?(?:paperwork|pack|documents?|forms?|letter|"
                r"schedule|details))?", re.IGNORECASE)
_IF = rx(rf"\b(?:if I(?:{_Q}m| am)? (?:am )?(?:successful|fortunate|lucky|offered|"
                 rf"selected|chosen)|if (?:I am|I{_Q}m) (?:offered|successful)|should I be|should "
                 r"things|if things|were I|if (?:it|this) (?:goes|moves)|if helpful|in case it)"
                 r"\b", re.IGNORECASE)

_FAMILIAR = rx(
    r"(?:(?:,\s*|\b(?:thanks|thank you|cheers|hi|hey|today|again|so much|bye)\s+)(?:babe|"
    r"darling|sweetie|sweetheart|hun|hon|honey|gorgeous|lovely|my dear|dear|buddy|pal|mate|"
    r"love|my friend|dude|bro|bestie)\b(?=\s*[,!.]|\s*$|\s+(?:xx|😘))|\bx{2,}\b|\bxoxo\b|"
    r"\bkisses\b|\bhugs\b|\b(?:big|a) hug\b|\bwink\b|😘|😍|"
    r"\b(?:beautiful|pretty|gorgeous|lovely|stunning|nice) (?:eyes|smile|voice|hair|legs)|"
    r"\byou (?:are|were|looked|look) (?:very |so |really |absolutely )?(?:beautiful|pretty|"
    r"gorgeous|stunning|hot|cute|great in|handsome|sharp|amazing|fantastic|younger|fit)|"
    r"\b(?:colou?r|dress|suit|look|hair|style) (?:really )?suit(?:s|ed) you\b|(?:too young|old "
    r"enough) to\b|\b(?:prettiest|most beautiful|hottest|cutest|best-looking|sexiest)\b|"
    r"\blov(?:e|ed) your (?:smile|eyes|hair|dress|outfit|look|voice|laugh|legs)\b|\bthat smile\b|"
    r"\b(?:lose|losing) (?:a bit of |some )?weight\b|\bwedding ring\b|\bpersonal life\b|"
    r"\beverything(?:['’]s| is)? (?:ok|okay|alright|all right) at home\b|\btell your (?:husband|"
    r"wife|partner|kids|boyfriend|girlfriend) I said\b|\byou should come(?: along)?\b|"
    r"\bjoin us\b(?=[^.!?\n]{0,40}\b(?:bar|pub|drinks?|party|night|weekend)\b)|"
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
    r"(?:mum|mom|mother|dad|ex)\b|"
    # Socialising: an outing and a time off work ("golf this weekend", "coffee together"),
    # taking them out, their home or mine, personal social media.
    r"(?<!team['’]s )(?<!your )(?<!charity )(?<!fun )\b(?:coffee|drinks?|dinner|lunch|brunch|"
    r"beers?|pints?|golf|hike|hiking|trail|walk|"
    r"climb\w*|run|gig|concert|match|game|party|barbecue|bbq|movie|film|bar|pub|club)\b"
    r"[^.!?\n]{0,50}\b(?:together|sometime|some time|some weekend|this weekend|at the weekend|"
    r"on (?:saturday|sunday)|(?:friday|saturday) night|after work|if you fancy|not about the "
    r"job|just to hang|outside work|you should come)\b|"
    r"\b(?:take|treat|invite) you (?:out\b|up (?:the|a|to)\b|to (?:dinner|lunch|drinks|a "
    r"(?:drink|meal|game|match|gig))|for (?:dinner|lunch|drinks|a (?:drink|meal|pint|coffee)))|"
    r"\b(?:fancy|up for) (?:a|an|some) (?:round|game|drink|pint|beer|coffee|walk|hike|night|"
    r"meal)\b|\bhang out\b|\b(?:stay(?:ing)?|crash(?:ing)?) (?:at|with) (?:mine|me|us)\b|"
    r"\bat my place\b|\b(?:add|follow|friend) you on\b(?! linkedin)|\b(?:instagram|"
    r"facebook|snapchat|tiktok)\b|\byou seem (?:super |so |really )?(?:fun|cool|sweet)\b|"
    r"\byou(?:['’]re| are)? (?:a |an |such a |such an |a total |a real |an absolute )?"
    r"(?:legend|sweetheart|star|gem|darling|angel|babe|doll|rockstar|superstar|diamond)\b|"
    r"\b(?:catch you later|see ya|laters|ttfn|toodles|peace out)\b|"
    # Remarks on looks, and on their private life.
    r"\byour (?:new )?(?:haircut|hair|hairstyle|outfit|dress|shoes|perfume|aftershave|"
    r"tattoos?|smile|eyes|figure|style|look|tan)\b[^.!?\n]{0,30}\b(?:suits|lovely|great|"
    r"amazing|beautiful|gorgeous|stunning|elegant|nice|fantastic|sexy|cute)|\byou have (?:a |"
    r"such a |such )?(?:very |really |so )?(?:elegant|lovely|beautiful|great|gorgeous|"
    r"stunning|nice|amazing|pretty|cute) (?:style|smile|eyes|voice|laugh|hair|figure|legs|"
    r"taste in)|\byour (?:divorce|separation|break-?up|ex-(?:wife|husband)|pregnancy|love "
    r"life|dating|marriage|boyfriend|girlfriend|fianc\w+)\b|\blucky (?:man|woman|guy|girl|"
    r"lady|fellow)\b|\bmeet your (?:family|husband|wife|partner|kids|children|parents)\b)",
    re.IGNORECASE)

# Issue 24, fourth round, from general knowledge of how many different candidates get too
# familiar: more endearments and nicknames ("boss", "chief", "my man", "lovely —", "Jonny
# boy", "hope you don't mind me calling you that"); remarks on their looks, voice, accent,
# charm or private life ("you have very kind eyes", "are you single", "you must work out");
# invitations and plans outside work ("show me around the city", "swap numbers", "the best
# bars in town", a hangover); mateyness ("a proper character", "mates outside work", "a good
# laugh"). Warm near misses stay clean: their talk, their team, a holiday, a promotion.
_FAMILIAR_S7 = rx(
    r"(?:,\s*|\b(?:thanks|thank you|cheers|hi|hey|again|so much|bye|ta)\s+)(?:boss|chief|"
    r"my man|big man|champ|sunshine|petal|pet|chuck|duck|lovely|my lovely|cutie|handsome|"
    r"beautiful|gorgeous|sweetpea|matey|pal|buddy|boss lady|lovely lady|young man|"
    r"[a-z]+ (?:boy|girl|lad))\b(?=\s*(?:[,!.]|—|–|-\s|$))|"
    r"\b(?:mind|okay|ok|alright|all right) (?:me|if I) call(?:ing)? you\b|\bcall(?:ing)? you "
    r"that\b|"
    r"\byou(?:['’]ve| have)(?: got)? (?:a |such a |such |the most |very |really |so |lovely |"
    r"gorgeous |beautiful |great |amazing )*(?:kind|warm|calming|soothing|sexy|charming|"
    r"infectious|dazzling|gorgeous|beautiful|lovely|amazing|great|stunning|pretty|nice|"
    r"sparkling|twinkly|dreamy) (?:eyes|smile|voice|laugh|dimples|accent|hair|skin|figure|"
    r"legs|physique|cheekbones|style|dress sense|taste in \w+)\b|"
    r"\byour (?:\w+ )?(?:dimples|accent|eyes|voice|laugh|beard|freckles|cheekbones|smile|"
    r"hair|perfume|cologne|aftershave|outfit|tie|shoes|legs)\b[^.!?\n]{0,25}\b(?:adorable|"
    r"charming|cute|sexy|dreamy|lovely|gorgeous|beautiful|stunning|amazing|irresistible|"
    r"hypnotic|to die for|what is it)\b|\b(?:great|good|lovely|nice|excellent|impeccable) "
    r"taste in (?:ties|clothes|shoes|suits|shirts|jewellery|jewelry|glasses|music)\b|"
    r"\byou(?:['’]re| are| were)(?: easily)? (?:the most|so|very|really|such an?) (?:charming|"
    r"attractive|handsome|beautiful|good-looking|cute|sexy|adorable|dreamy|charmer|catch)\b|"
    r"\byou (?:look|looked) (?:great|amazing|fantastic|stunning|gorgeous|lovely|hot|fit|"
    r"good)\b(?! in (?:the|your) (?:role|job|position))|\byou (?:must )?work out\b|\bare "
    r"you (?:single|married|seeing anyone|taken|attached|dating)\b|\basked out\b|\bask "
    r"you out\b|\bgo out with me\b|\b(?:on|for) a date\b|\bwearing a (?:wedding )?ring\b|"
    r"\b(?:too|a bit) forward\b|\bflip side\b|\blater,? alligator\b|\bciao for now\b|"
    r"\b(?:be|become|make|being) (?:good |great |best )?(?:mates|friends|pals|buddies) "
    r"(?:with|outside|in real life|irl)\b|\b(?:friends|mates) outside (?:of )?work\b|"
    r"\b(?:virtual|warm|huge|massive) hugs?\b|\bhugs? (?:to you|from me)\b|\bsending (?:you )?"
    r"(?:\w+ ){0,3}hugs?\b|\bhang ?over\b|\bhungover\b|\bsore head\b|\bhead (?:wasn['’]t|isn['’]t|"
    r"was"
    r"n['’]t) too sore\b|\bafter (?:\w+['’]s )?(?:drinks|party|night out|big night)\b|"
    r"\bshow (?:me|you) (?:around|round) (?:the |your |my )?(?:city|town|area|neighbourhood|"
    r"neighborhood)\b|\b(?:best|good|great) (?:bars|pubs|clubs|restaurants|nightlife)\b|"
    r"\bfancy (?:celebrating|meeting up|catching up|grabbing|getting|going)\b|\bcelebrat\w* "
    r"(?:with|over) (?:a |some )?(?:drinks?|pint|dinner|meal|bottle)\b|\b(?:swap|exchange) "
    r"(?:numbers|phone numbers|socials)\b|\bgive me your (?:personal )?number\b|\bkeep in "
    r"touch outside\b|\b(?:tell|give) your (?:\w+ )?(?:husband|wife|partner|kids|boyfriend|"
    r"girlfriend|missus|other half) (?:I said|my (?:love|best))\b|\byour (?:gorgeous|beautiful|"
    r"lovely|handsome|hot|stunning) (?:wife|husband|partner|girlfriend|boyfriend)\b|"
    r"\byou(?:['’]re| are) (?:a |such a )?(?:proper|real|total|right|absolute) (?:character|"
    r"laugh|charmer|hoot|card|sweetie|treat|sweetheart|doll)\b|\b(?:such|what) a laugh\b|"
    r"\ba (?:good|great|right|proper) laugh\b|\bmy (?:birthday|leaving|house|engagement) "
    r"(?:drinks|party|do|bash)\b|\bthe more the merrier\b|\bxx+\b|\bmwah\b|"
    r"\b(?:beautiful|lovely|gorgeous|pretty|charming|attractive) (?:lady|woman|girl|man|guy|"
    r"gentleman)\b|\bhow (?:fit|attractive|gorgeous|beautiful|handsome|pretty|young|good) you "
    r"(?:are|look|looked)\b|\b(?:work out|train|go running|hit the gym|go to the gym|swim|"
    r"cycle|ride|dance) together\b(?! (?:which|what|how|when|where|whether|a|the)\b)|\b(?:meet|"
    r"see you|catch up|coffee|drinks?|dinner)\b"
    r"[^.!?\n]{0,40}\b(?:outside (?:of )?(?:the )?(?:office|work)|in person,? preferably|over "
    r"(?:cocktails|drinks|wine|dinner))\b|\b(?:we|us)\b[^.!?\n]{0,20}\bknow each other\b|"
    r"\bto know each other more\b|"
    r"\bboss man\b|\b(?:best )?bud(?:s|dies)\b|\bbesties\b|\bfeel (?:like )?(?:we(?:['’]re| "
    r"are|['’]ve| have)|old) (?:already )?(?:friends|mates|pals|buddies|known each other)\b|"
    r"\bcraic\b|\bthe lads\b|\b(?:come along|join you|join in) (?:to |for |"
    r"at )?your (?:five-a-side|"
    r"football|run|running club|gym|yoga|book club|pub quiz|quiz night|climbing|game|match)\b|"
    r"\bshort (?:of )?a player\b|\b(?:go for|have|grab) (?:a |some |a few )?(?:beers?|"
    r"drinks?|pints?|dinner) with(?: (?:you|me|us)\b|(?=\s*[.!]))|\bfun (?:guy|girl|person|lady|"
    r"man|bloke) to\b|"
    r"\bspare ticket\b|\bcome (?:along )?with me\b|\b(?:brought|"
    r"brings) out your (?:eyes|figure|smile)\b|"
    r"\bstart calling you\b", re.IGNORECASE)
# An endearment in the greeting ("Hey buddy,", "Hi gorgeous,"): the greeting is not judged
# otherwise, but this is what the greeting says about the writer.
_FAMILIAR_GREETING = rx(
    r"^\s*(?:hi|hey|hello|hiya|morning|evening|yo|alright)\s+(?:there\s+)?(?:babe|darling|sweetie|"
    r"sweetheart|hun|hon|honey|gorgeous|lovely|my dear|dear \w+|buddy|pal|mate|love|dude|bro|"
    r"bestie|boss|chief|sunshine|petal|champ|handsome|beautiful|my friend|big man)\b",
    re.IGNORECASE)

_PERSIST = rx(
    r"(?<!wait )(?<!waiting )\b(?:until (?:I|you|someone"
    rf"|somebody|there{_Q}s|there is|a decision|something|I{_Q}ve)\b[^.!?\n]{{0,40}}(?:answer|"
    r"reply|respond|decision|news|hear|picks? up|puts? me through|job|role|get|gets|see|"
    r"comes?)|keep (?:calling|emailing|writing|following up|trying|checking|ringing|pinging)|"
    rf"won{_Q}t (?:stop|give up)|not (?:the type|someone|one) to give up|will not give up|"
    r"(?:pop|drop|stop) (?:in|by|into|round)\b|stopping by|come (?:by|round|over|down to) "
    r"(?:the|your) (?:office|reception|building|site)|(?:come|go) to (?:the|your) "
    r"(?:office|lobby|reception|site|building)|outside (?:the|your) (?:building|office)|wait "
    r"in (?:the )?(?:lobby|reception)|personal (?:email|number|mobile|phone|address)|your "
    r"(?:home|private) (?:number|address)|messaged everyone|"
    r"come and find you|find you (?:there|at the|in person)|(?:texted|messaged|called|rang|"
    r"tried) your (?:work |personal |private |office )?(?:phone|mobile|cell|number)|"
    r"(?:try|on|via) whatsapp|(?:sent|send|emailed) (?:the same|"
    r"this) (?:message|email) to|everyone on (?:your|the) team|(?:third|fourth|fifth|sixth|"
    r"\d+(?:st|nd|rd|th)) (?:email|call|message|voicemail|attempt)|try your (?:mobile|cell|"
    r"personal)|(?:ping|call|ring|text|email) you (?:again )?(?:tomorrow|tonight|later|in an "
    r"hour)[^.!?\n]{0,30}(?:and|until|again)|persistently|expect to hear from me|hear from "
    r"me (?:a lot|often|again and again)|"
    # Going round them: everyone on the panel, their colleagues or their boss, reception.
    r"(?:each|every|all the|other) members? of (?:the|your) (?:panel|team)|(?:messaged|"
    r"contacted|emailed|reached out to|called|rung|written to) (?:your|two of your|several of "
    r"your|some of your|the other) (?:colleagues|panel|team members|ceo|director|hr director|"
    r"boss|manager)|(?:reach out to|contact|write to|message|email|call) your (?:ceo|hr "
    r"director|managing director|founder|colleagues)|"
    r"(?:I(?:['’]ll| will)|going to|plan to) (?:be )?(?:call|ring|phon)\w* (?:your )?reception|"
    # A plan to try again, and again: "again after lunch and again before five".
    r"again (?:after|before|in an? |this|later|tomorrow|on)[^.!?\n]{0,40}\band again|"
    r"(?:tomorrow|today) and the day after|and the day before)\b", re.IGNORECASE)

# How often, and a way of getting in touch: "I'll follow up daily", "ping you every afternoon".
_FREQ = rx(r"\b(?:every (?:day|morning|afternoon|evening|hour|week|couple of days|few "
                   r"days|other day|single day)|each (?:day|morning|afternoon|week)|daily|"
                   r"hourly|nonstop|round the clock|every (?:monday|tuesday|wednesday|thursday|"
                   r"friday|weekday|\w+ minutes|day this week))\b", re.IGNORECASE)
_CONTACT = rx(r"\b(?:call\w*|ring\w*|email(?:ing)? (?:you|again)|writ\w+|follow\w*|check\w* in|"
              r"send\w* (?:you |a |an )(?:\w+ )?(?:note|message|email|update|line)|"
              r"ping\w*|"
                      r"text\w*|contact\w*|chas\w+|tr(?:y|ying) (?:you|again)|remind\w*|"
                      r"send(?:ing)? you|check\w* my (?:email|inbox|phone))\b",
                      re.IGNORECASE)

_SORRY = rx(r"\b(?:sorry|apolog\w+|forgive me|pardon me)\b", re.IGNORECASE)
# Running oneself down, which an apology makes self-abasing: "sorry I'm not more experienced".
_LOWLY = rx(
    r"\b(?:not (?:more|as|good|qualified|experienced|polished|smart)|wasn['’]t good|long shot|"
    r"above me|ashamed|embarrassed|let (?:you|myself|the \w+|everyone) down|wast\w* your|"
    r"someone better|not qualified|poorly|disappointing answers|replayed|deeply regret|more "
    r"important things|even (?:looked|applying|considered)|no real experience|big ask|only an? "
    r"|came across|rules? me out|completely wrong|in advance|any inconvenience|overstepping|"
    r"(?:silly|stupid|dumb|daft) question|all over the place|(?:so|really|very) nervous|"
    r"sorry if I am|sorry if I (?:was|seemed|came|sounded)|bother(?:ing)? you|"
    # Issue 24, fourth round: the interview run down, oneself run down, the chance given up.
    r"I (?:rambled|froze|stumbled|waffled|blanked|panicked)|rambl(?:ed|ing) (?:on|terribly|so)|"
    r"(?:I|it|that|my answers?|my interview|my performance) (?:was|were) (?:so |really |just )?"
    r"(?:terrible|awful|hopeless|useless|weak|poor|a mess|all over the place)|I(?:['’]m| am) "
    r"(?:so |just |really )?(?:hopeless|useless|awkward|terrible|rubbish)|nobody important|weak "
    r"answers?|badly I (?:answered|did|performed|explained|presented)|(?:answered|did|performed|"
    r"explained|presented) (?:\w+ ){0,4}(?:so |really |very )?"
    r"badly|tongue-tied|incoherent|not very (?:technical|good|strong|experienced|confident|"
    r"bright)|not what you['’]re looking for|(?:wasn['’]t|was not|couldn['’]t be) (?:more|better|"
    r"stronger|sharper|as good)|blown it|blew it|messed (?:it )?up|(?:everything|all) I got wrong|"
    r"got (?:everything|it all|so much|so many things|so many answers) wrong|poor showing|a mess "
    r"of|(?:feel|felt) (?:dreadful|awful|terrible|bad|guilty|horrible) (?:about|emailing|writing|"
    r"for|asking|chasing)|to trouble you again|even asking|for (?:even )?asking|once more for|"
    r"if you(?:['’]ve| have) (?:already )?moved on|rules? me out|wast\w* (?:the|your|"
    r"everyone['’]s) \w*['’]?s? ?time)",
    re.IGNORECASE)
_ABASE = rx(
    rf"\b(?:such an? (?:idiot|fool|mess)|I{_Q}m an idiot|mortified|(?:so |deeply |truly |really )"
    rf"embarrassed|beating myself up|can{_Q}t stop thinking about|not (?:as )?(?:qualified|"
    r"experienced|good|smart|talented) (?:as|enough)|not good enough|someone like me|wasting "
    r"your time|ruined my chances|let(?:ting)? you down|a (?:nuisance|pain|bother)|hate to "
    r"(?:be a bother|bother|trouble)|humblest|profusely|bottom of my heart|forgive me|feel "
    r"(?:awful|terrible|so bad)|(?:terrible|awful|poor|horrible) (?:answers?|performance|"
    r"interview)|what a mess I|hold (?:my|it) against me|my English is (?:not good|bad|very bad|"
    rf"poor)|I (?:know I{_Q}m|am) (?:probably )?(?:annoying|bothering) you|just one applicant|"
    r"apologise for (?:everything|my whole)|just one of (?:hundreds|thousands|many|the many|"
    rf"so many)|(?:don{_Q}t|do not) deserve|"
    rf"I(?:{_Q}m| am) (?:so |just |completely |totally )?(?:hopeless|useless|rubbish|an "
    r"embarrassment|a failure|a disaster|such a failure)|nobody important|not worth your "
    rf"time|I know I(?:{_Q}m| am) (?:probably )?not what you(?:{_Q}re| are) looking for|"
    rf"I hate myself|I{_Q}m so sorry you had to)\b", re.IGNORECASE)


# Pushy: a demand (not a question, not softened) with a timing or a scope imposed on them:
# "I'd like the contract sent over before the weekend", "kindly revert by EOD", "please have
# someone call me within the hour", "I'd like full written feedback on every stage".
_DEMAND = rx(
    rf"\b(?:I(?:{_Q}d| would) like|I want|I need|I expect|I require)\b(?= (?:you|an?|the|your|"
    r"full|written|it|them|confirmation|to (?:know|hear|have|get|receive|speak))\b)|"
    r"\b(?:please|kindly)\b(?! (?:excuse|forgive|note|ignore|find|see|accept|bear))|"
    r"\b(?:send me|call me|revert|get back to me|have someone|escalate)\b", re.IGNORECASE)
_IMPOSED = rx(
    r"\b(?:immediately|right away|at once|straight away|today|tonight|this (?:morning|"
    r"afternoon|evening|week)|before the weekend|(?:by|before) (?:eod|cob|close of business|"
    r"end of (?:day|play|today|the day|the week|this week)|the end of (?:the )?(?:day|today|"
    r"this week|the week)|tomorrow|tonight|noon|lunch(?:time)?|\d|monday|tuesday|wednesday|"
    r"thursday|friday)|within (?:the|an|the next|\d+|two|three|24|48) (?:hours?|days?)|at the "
    r"earliest|no later than|asap|firm (?:answer|decision|date|commitment|yes)|every (?:stage|"
    r"round|interview)|(?:full|complete|detailed) (?:written )?(?:feedback|breakdown|"
    r"explanation|scores?)|my scores|regardless of|expedite|fast-track|prioriti[sz]e my|"
    r"over the others|straight to)\b", re.IGNORECASE)
_SOFT = rx(
    rf"\?|\b(?:could you|would you|would it be|if (?:possible|that{_Q}s|it{_Q}s|you can|you could|"
    rf"convenient|your)|whenever|when (?:convenient|you (?:can|have|get|are able))|no rush|as "
    rf"(?:requested|agreed|discussed)|I{_Q}d be (?:grateful|glad|happy)|I would be (?:grateful|"
    rf"glad|happy)|I{_Q}d appreciate|I would appreciate|understand|happy to|glad to|"
    r"anything (?:else|further|more)|if you need|from me|my side|if I can|feel free|any ?time|"
    r"I(?:['’]d| would) like to (?:thank|say|add|mention|confirm that|let you|withdraw|decline))"
    r"\b", re.IGNORECASE)


def family_cues(sentences: list[str], whole: str, greeting: str = "") -> list[tuple[str, str]]:
    """(family, sentence) for each sentence a family's cue finds and nothing excuses; an
    endearment in the `greeting` line is familiar too."""
    offer = any(_OFFER.search(_OFFER_ASK.sub(" ", s)) for s in sentences) and \
        not _ASSUMED.search(whole)
    out: list[tuple[str, str]] = []
    if greeting and _FAMILIAR_GREETING.match(greeting):
        out.append(("familiar", greeting.strip()))
    sorry = len(_SORRY.findall(whole))
    for s in sentences:
        if not offer and _PAY_ASK.match(s) and not _PAY_EXCUSED.search(whole) and not (
                _FLEX.search(s) and not _EARLY.search(whole)):
            out.append(("salary", s))
        elif (_ASSUMED.search(s) or (not offer and (_PRESUME.search(s) or
                                                     _PRESUME_MORE.search(s) or
                                                     _PRESUME_S7.search(s)))) and \
                not _IF.search(s):
            out.append(("presuming", s))
        elif _FAMILIAR.search(s) or _FAMILIAR_S7.search(s):
            out.append(("familiar", s))
        elif _PERSIST.search(s) or (_FREQ.search(s) and _CONTACT.search(s)):
            out.append(("persistence", s))
        elif _ABASE.search(s) or (_SORRY.search(s) and (sorry >= 2 or _LOWLY.search(s))):
            out.append(("apology", s))
        elif _DEMAND.search(s) and _IMPOSED.search(s) and not _SOFT.search(s):
            out.append(("pushy", s))
    return out
