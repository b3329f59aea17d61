"""What an invitation says of a person it already names (issue 23), and what its title says
of the meeting (a recruiter's screen, work done alone, a group). Pure: text in, answers out.

- A line of the description that is a known person's name (or their first name, when no one
  else of the file shares it), then a title after a comma, a dash, a bar or in brackets, or
  on the next line, is that person's signature: the title is theirs ("Noor, Recruiting",
  "Aoife – People team", "David Greenberg (he/him)" over "Manager, Watershed Science").
- A person the invitation's title joins to the candidate ("… w/ Hemi", "Hemi Walker <> Sam",
  "Sam / Hemi", "between Priya Raman and Sam Candidate") is the one met: they interview.
- What the writer says they are ("I'm the recruiter for this role", "PA to …") is their title.
- Whom the writer says they booked the candidate's meeting with is met; the writer set it up.
- Whom the text sends the candidate to about changes ("if you need to reschedule, contact
  Layla") set it up.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from followup.capture.lazy import lazy
from followup.capture.mention_cues import PRONOUNS
from followup.capture.names import CREDENTIALS, ORGANISING, name_words, titled
from followup.capture.spelling import HONORIFICS
from followup.capture.staff_words import CHANGES, CONTACT_VERBS

# What parts a name from the title that follows it on a signature's line.
_SIGN_SEP = r"\s*(?:,|\||[–—]|\s-\s|\()\s*"
# Not a title: an address, a telephone number, a link.
_NOT_TITLE = lazy(r"@|https?://|www\.|\d{3}")


def _words(name: str) -> list[str]:
    return [w for w in name.split() if w.lower().strip(".") not in HONORIFICS]


def forms(name: str, names: Sequence[str]) -> list[str]:
    """How a text may write a person of the file: their name, and their first name alone
    when no one else of the file has it."""
    words = _words(name)
    if not words:
        return []
    out = [" ".join(words)]
    first = words[0]
    if len(words) > 1 and len(first) >= 3 and sum(
            (_words(n) or [""])[0].lower() == first.lower() for n in names) == 1:
        out.append(first)
    return out


def _a_title(text: str) -> str:
    text = text.strip().rstrip(")").strip(" ,.")
    if not text or _NOT_TITLE.search(text) or len(text) > 80:
        return ""
    return text if titled(text) or ORGANISING.search(text) else ""


def signed_title(name: str, names: Sequence[str], text: str) -> str:
    """The title a known person signs with in the text, or ""."""
    lines = [ln.strip() for ln in text.split("\n")]
    for i, line in enumerate(lines):
        line = PRONOUNS.sub("", re.sub(r"^[-–—]+\s*", "", line))
        line = CREDENTIALS.sub("", line)
        for form in forms(name, names):
            m = re.fullmatch(rf"{re.escape(form)}(?:{_SIGN_SEP}(.+))?", line, re.IGNORECASE)
            if not m or not line[:1].isupper():
                continue
            below = next((x for x in lines[i + 1:i + 2] if x), "")
            found = _a_title(m.group(1)) if m.group(1) else _a_title(below)
            if found:
                return found
    return ""


def signs_for_recruiters(name: str, names: Sequence[str], text: str) -> bool:
    """Whether a line of the signature under the person's name is a recruiting firm's or
    team's ("Harbour & Finch Recruitment", "Harcourt Talent Partners"): an agency's
    consultant, whatever their own title, books the meeting for the employer's people."""
    lines = [ln.strip() for ln in text.split("\n")]
    for i, line in enumerate(lines):
        form = next((f for f in forms(name, names) if re.match(rf"{re.escape(f)}(?!\w)", line,
                                                             re.IGNORECASE)), None)
        if form is None or not line[:1].isupper() or len(line) > len(form) + 50 or \
                line.endswith((".", "!", "?", ",")):  # (a sentence, not a signature)
            continue
        block = "\n".join(ln for ln in "\n".join(lines[i + 1:i + 4]).split("\n\n")[0].split(
            "\n") if not re.match(r"[^:]{1,40}:\s*\S", ln))  # the signature's own lines (not
        # another's contact: "Executive Assistant: Mia Wong | +44 …")
        if ORGANISING.search(block) and not re.search(r"\bscheduled\b", block, re.IGNORECASE):
            return True  # (not "Scheduled with Lever", the system's line)
    return False


# What joins the one met to the candidate in a title, in the languages titles come in.
_WITH = (r"(?:\bwith|\bw/|\bmit|\bavec|\bcon|\bcom|\bmet|\bmed|\bbetween|\bentre|\bx|<>|<->|"
         r"&|/|\+|\band|\bund|\bet|\by|\be)")


def met_in_title(name: str, names: Sequence[str], summary: str) -> bool:
    """Whether the invitation's title names this person as the one met: after "with" (or
    "w/", "x", "<>", "/", "&", "and" …, up to the title's next part), or before one of them."""
    for form in forms(name, names):
        word = re.escape(form)
        if re.search(rf"{_WITH}(?:\s+|(?<=/))(?:[^–—:|()\[\]]*?[\s,])?{word}(?!\w)", summary,
                     re.IGNORECASE) or re.search(rf"(?<!\w){word}\s*(?:<>|<->|\bx\b|/|&|\+|"
                                                 rf"\band\b)\s*\w", summary, re.IGNORECASE):
            return True
    return False


# A title's words that join the one met to the candidate ("Interview with Nomvula Dlamini",
# "Chat w/ Hemi Walker", "between Priya Raman and Sam"), up to the title's next part.
_MET_PART = lazy(r"(?:\b(?:with|mit|avec|con|com|met|med|between|entre)\s|\bw/|<>)\s*"
                       r"([^–—:|()\[\]]+)", re.IGNORECASE)


def named_in_title(summary: str) -> list[str]:
    """The people the invitation's title says the candidate meets, as whole names."""
    from followup.capture.names import NAME, valid

    return [m.group(0) for part in _MET_PART.finditer(summary)
            for m in NAME.finditer(part.group(1)) if valid(m.group(0))]


# The writer says what they are ("I'm the recruiter for this role", "as your talent partner,
# I …", "I am PA to Professor Keane", "I'll be your point of contact", "Soy la reclutadora").
_SELF = lazy(r"\b(?:I['’]m|I am|I work as|I['’]ll be|I will be|soy|je suis|ich bin|"
                   r"sou|sono|ik ben|as(?=\s+(?:the|your|a|an)\s+[^,.;:!?()\n]{2,60}?,?\s+"
                   r"I\b))\s+(?:(the|your|a|an|la|el|le|die|der|o|il|de)\s+)?"
                   r"([^,.;:!?()\n]{2,60})", re.IGNORECASE)  # ("as your X, I …": the writer)
# … up to the clause's next part ("… recruiter for this role and will …", "… recruiter I'll")
_CLAUSE_END = lazy(r"\s+(?:and|who|which|that|I|I['’]\w+|here|today|for|at|on|in|with|"
                         r"y|et|und|e|en|que|qui|der|die)\b.*$", re.IGNORECASE)


def self_title(text: str) -> str:
    """The title the writer gives themself in the first person, or ""."""
    for m in _SELF.finditer(text):
        said = _CLAUSE_END.sub("", m.group(2)).strip()
        words = said.split()
        if not words or len(words) > 6:
            continue
        # with an article, a title's words; without one, a title's first word ("PA to …",
        # "Recruiter for …"), never a state ("free to reschedule")
        if (m.group(1) and titled(said)) or titled(words[0]) or \
                ORGANISING.match(" ".join(words[:2])):
            return said
    return ""


# The writer says they arranged the meeting, in the languages invitations come in ("I've set
# up a call with …", "I have booked your interview with …", "He programado tu entrevista con
# …", "J'ai organisé un entretien avec …").
_ARRANGED = lazy(r"\b(?:I(?:['’]ve| have)\s+(?:now\s+|just\s+|also\s+|gone ahead and\s+)?"
                       r"(?:set up|scheduled|booked|arranged|organi[sz]ed|lined up|put in|"
                       r"confirmed)|he\s+(?:programado|organizado|agendado|concertado|"
                       r"reservado)|j['’]ai\s+(?:organisé|planifié|programmé|fixé|réservé)|"
                       r"ho\s+(?:organizzato|fissato|programmato)|"
                       r"(?:eu\s+)?(?:agendei|marquei|organizei))\b([^.!?\n]{0,100})",
                       re.IGNORECASE)
# … a meeting the writer is in ("with Bob and me", "for us")
_WITH_ME = lazy(r"\b(?:me|myself|us|mí|moi|mim|me stesso)\b", re.IGNORECASE)


def arranged_with(said: str, name: str, names: Sequence[str]) -> bool:
    """Whether the writer says they arranged the candidate's meeting with this person, and
    not with themself too ("I've set up a call with Bob Smith, our Head of Data")."""
    for m in _ARRANGED.finditer(said):
        span = m.group(1)
        if _WITH_ME.search(span):
            continue
        if any(re.search(rf"(?<!\w){re.escape(form)}(?!\w)", span)
               for form in forms(name, names)):
            return True
    return False


# Changes to the meeting, in the languages invitations come in: what the one who set it up
# is asked about ("if you need to reschedule", "running late", "for directions or parking").
_LOGISTICS = lazy(rf"(?<!\w)(?:{CHANGES})|"  # (every language's change of plan: staff_words)
                  r"reschedul|rearrang|re-?book|cancel|postpone|running late|be late|"
                        r"can(?:no|['’])t make|unable to (?:make|attend|join)|directions|"
                        r"parking|access(?:ibility)?\b|adjustments?\b|accommodations?\b|"
                        r"(?:change|move) the (?:time|date|day|slot)|trouble (?:joining|finding)|"
                        r"reprogramar|cambiar (?:la |el )?(?:fecha|hora|cita|d[ií]a)|"
                        r"cualquier cambio|"
                        r"changement|reporter|décaler|verschieben|terminänderung|remarcar|"
                        r"alterar a data|spostare|riprogrammare|"
                        # … and the journey there ("Transport from Uttara can be arranged")
                        r"\btransport(?:ation)?\b|\bshuttle\b|pick[- ]?up from|"
                        r"visitor (?:pass|badge)", re.IGNORECASE)
_CONTACT = lazy(rf"\b(?:{CONTACT_VERBS}|"  # (every language's "contact": staff_words)
                r"contact|e-?mail|call|phone|ring|reach(?: out to)?|write to|"
                      r"reply to|let|ask|message|text|get in touch with|speak to|"
                      r"escribe a|escríbele a|contacta(?:r)?(?: a| con)?|llama a|contactez|"
                      r"écrivez à|kontaktieren sie|wenden sie sich an|schreiben sie|"
                      r"fale com|contate|contatta|scrivi a)\b", re.IGNORECASE)
_COORDINATES = lazy(r"^,?\s+(?:who|que|qui|die|der|che|som)\s+(?:is\s+|will be\s+|est\s+|"
                          r"ist\s+|è\s+)?\w*(?:coord(?:in|on)|organi[sz]|schedul|arrang|plan)",
                          re.IGNORECASE)


def asked_to_contact(said: str, name: str, email: str | None, names: Sequence[str]) -> bool:
    """Whether the text sends the candidate to this person about changes to the meeting
    ("If you need to reschedule, contact Layla", "reply to grace@… to rearrange"), or says
    they coordinate it ("Paula Ibáñez, que coordina el proceso")."""
    spots = [re.escape(f) for f in forms(name, names)] + ([re.escape(email)] if email else [])
    if not spots:
        return False
    who = re.compile(rf"(?<![\w@.]){'|'.join(spots)}(?![\w@])", re.IGNORECASE)
    for sentence in re.split(r"(?<=[.!;])\s+|\n", said):  # ("Running late? Call …")
        found = who.search(sentence)
        if found and _COORDINATES.match(sentence[found.end():]):
            return True
        # the name a few words after the verb ("contact our coordinator Layla", "reply to
        # grace@…"), not someone else the sentence names ("meet Ana at reception; call her …")
        if _LOGISTICS.search(sentence) and any(who.search(sentence[c.end():c.end() + 40])
                                               for c in _CONTACT.finditer(sentence)):
            return True
    return False


# A title that says the recruiter holds this one ("Recruiter Screen", "Phone screen",
# "Intro call with Talent", "Recruiter chat").
SCREEN = lazy(r"\b(?:recruiter|recruiting|talent|hr|phone|intro(?:ductory)?)\s+"
                    r"(?:screen(?:ing)?|call|chat|conversation)\b|"
                    # … an interview with HR, in any language ("HR interview", "Entretien
                    # RH", "Entrevista con RRHH", "HR-Gespräch")
                    r"\b(?:hr|rh|rrhh|recruiter)[- ](?:interview|round|gespr[äa]ch)\b|"
                    r"\b(?:entretien|entrevista|colloquio|gespr[äa]ch|gesprek)\s+(?:avec\s+|con\s+|"
                    r"mit\s+|met\s+)?(?:les\s+|la\s+|der\s+)?(?:rh|rrhh|hr)\b", re.IGNORECASE)
# Work the candidate does alone, or a day that assessors run (GROUP): whoever set it up
# stays its coordinator.
NOBODY_TALKS = lazy(r"\b(?:take-?home|written\s+(?:test|assessment|exercise)|"
                          r"online\s+(?:test|assessment)|assignment|exercise|"
                          r"(?:aptitude|psychometric|skills?)\s+test)\b"
                          # (its review is a meeting: "Home assignment review", "take-home
                          # debrief", "exercise walkthrough")
                          r"(?!\s+(?:review|debrief|walk-?through|discussion|presentation))",
                          re.IGNORECASE)
GROUP = lazy(r"\b(?:dear|all|other|fellow)\s+candidates\b|\bgroup\s+(?:discussion|"
                   r"interview|exercise|session|task)|\bassessment\s+(?:centre|center|day)\b",
                   re.IGNORECASE)


# Who interviews is still to be sent: the invitation holds the day ("A detailed agenda will
# follow", "panel names to be confirmed", "this is a placeholder"); whoever sent it alone is
# not its interviewer.
TO_FOLLOW = lazy(r"\bplaceholder\b|\b(?:a|this)\s+(?:calendar\s+|diary\s+)?hold\s+for\b|"
                 r"\b(?:run-?sheet|agenda|schedule|itinerary|timetable|programme|"
                 r"line-?up|panel|interviewers?|names?|who you['’]ll (?:meet|see))\b"
                 r"[^.!?\n]{0,40}?(?:\b(?:will|to) follow\b|\bto come\b|\b(?:will be|to be|"
                 r"are being) (?:sent|shared|confirmed|circulated|provided|finali[sz]ed)\b|"
                 r"\b(?:TBC|TBD|TBA)\b)|\b(?:folgt|folgen) (?:noch|separat)\b|"
                 # … or the writer promises it ("I'll confirm who you're meeting")
                 r"\b(?:I|we)(?:['’]ll| will)\s+(?:confirm|send|share|let you know)\s+(?:you\s+)?"
                 r"(?:who|the (?:panel|interviewers|names|schedule|agenda|line-?up))\b|"
                 r"\b(?:suivra|à suivre|seguirá|a seguir)\b", re.IGNORECASE)


# An agency or an assistant books the interview for someone else ("with my client",
# "on behalf of our client", "für unseren Kunden").
FOR_A_CLIENT = lazy(r"\b(?:my|our)\s+client(?:['’]s)?\b|\bon behalf of\b|"
                          r"\bact(?:s|ing)\s+as\s+an?\s+(?:employment|recruitment)\s+"
                          r"(?:agency|business)\b|"
                          r"\b(?:notre|nuestro|nosso|unseren?|onze)\s+(?:client|cliente|kunden?|"
                          r"klant)\b", re.IGNORECASE)


def for_a_client(said: str, cores: set[str], summary: str) -> bool:
    """Whether the text books the meeting for someone else ("with my client", "on behalf of
    Dr Okafor"); "on behalf of" the employer itself is what its own people and its
    scheduling system say ("Scheduled with Ashby on behalf of Acme Foods")."""
    from followup.capture.addresses import spells_organisation

    for m in FOR_A_CLIENT.finditer(said):
        if not m.group(0).lower().startswith("on behalf"):
            return True
        whom = re.split(r"[.,;:!?()\n]|\s[–—-]\s", said[m.end():], maxsplit=1)[0].strip()
        if not whom or not (spells_organisation(whom, cores) or (
                name_words(whom) and name_words(whom) <= name_words(summary))):
            return True
    return False
