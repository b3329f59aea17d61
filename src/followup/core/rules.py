"""The rulebook in the code: every rule the product follows, with its id and the source
articles it comes from (numbered as in the project's seed folder). `followup rules` prints it
and `docs/rules.md` is generated from it (a test keeps the two the same)."""

from __future__ import annotations

from typing import NamedTuple

from followup.core.words import entries


class Rule(NamedTuple):
    id: str
    group: str
    text: str
    sources: str


GROUPS = {
    "C": "Capture, at the end of the interview",
    "T": "The thank-you",
    "F": "The timing of later touches",
    "M": "What the messages say",
    "A": "Around the process",
}

# One rule a paragraph: its id, its sources in brackets, then the rule; a continuation line
# is indented. The group is the id's letter.
_TABLE = """
C1 [001, 002, 004] Ask when they expect to decide and when you should hear back; keep it as a
    decision date and their own words.
C2 [002] Ask whether every candidate will hear back; if not, set your own follow-up date, if
    so, ask when.
C3 [002, 004] Ask whether, when and how you may follow up; an agreed time and channel beat
    every default.
C4 [000, 002, 004] Get each interviewer's contact details; without them, note how they prefer
    to be reached or who arranged the interview.
C5 [002] Ask whether they are on LinkedIn and accept requests from candidates.
C6 [002] Ask whether they need anything more from you.
C7 [002] If it was clear you are not a fit, send only a thank-you, then move on.
T1 [004] Thank every interviewer, each in a message of their own.
T2 [000, 004] By email: soon after the interview, within 24 hours at most.
T3 [004] A posted, handwritten note only when there is time: in the post within 48 hours; if
    they decide within a day, email instead.
T4 [004] Use the channel the recruiter prefers or uses; never a text message or social media.
T5 [001] Short and professional; do not pitch yourself again.
T6 [000] With no address for an interviewer, pass the thank-you on through the person who
    arranged the interview.
T7 [000] The thank-you is the first touch of the sequence.
F1 [000] The weekday the thank-you actually went out is the weekly follow-up day.
F2 [000] Week +1: an email thanking them for last week, with any news, asking whether they need
    anything and to be kept posted.
F3 [000] Week +2, nothing new: a short touch-base email, news included.
F4 [000] Week +3: a call, with a voicemail if nobody answers; then let go: four touches in all.
F5 [001] With a decision date, wait two or three days past it before following up.
F6 [002, 004] With an agreed time, follow up exactly then, the agreed way.
F7 [002] With no answer to a follow-up, wait three or four business days before the next.
F8 [003] Decide up front how many tries and for how long (two weeks by default there); after
    that, move on.
F9 [004] Two calls at most; a short voicemail when nobody answers.
F10 [004] A week after the last call with no reply, move on.
F11 [004] If they decide the same or the next day, follow up at once.
F12 [000] When they answer, the sequence stops and the plan is made again from what they said.
M1 [002] Say who you are (name, role, interview day) and exactly what you ask.
M2 [002] When a follow-up was agreed, say so, with the time they gave.
M3 [001] A status check asks, without pressure, whether you are still in the running or the
    role is filled; mention other interviews only if true.
M4 [004] A voicemail is short: name, role, reason, and your number slowly, twice.
M5 [000, 003] Never hostile, aggressive or pushy, however long the silence.
M6 [000] A follow-up may bring news of your own.
A1 [000, 001] Keep applying, interviewing and networking while you wait on anyone.
A2 [003] Ask friends or former colleagues at the company, politely, what they know or whether
    they would put in a word.
A3 [000, 001] Moving on is not the end: keep the contacts; a late answer can still come, so a
    closed process can be reopened.
A4 [004] Write down how each process went, to do better next time.
A5 [003] Most applicants never hear back (75% in a survey the sources cite): track your own
    response rate.
"""


RULES: tuple[Rule, ...] = tuple(Rule(key, key[0], text, sources)
                                for key, sources, text in entries(_TABLE))

BY_ID = {r.id: r for r in RULES}


def markdown() -> str:
    """docs/rules.md: the rules by group, each with its id and sources."""
    lines = ["# The rules followup follows", "",
             "Generated from `src/followup/core/rules.py` (`followup rules` prints the same). "
             "Every step, notice and warning names the rule behind it. Sources are the "
             "numbered articles the rules were distilled from.", ""]
    for key, title in GROUPS.items():
        lines += [f"## {key}: {title}", "", "| id | rule | sources |", "|---|---|---|"]
        lines += [f"| {r.id} | {r.text} | {r.sources} |" for r in RULES if r.group == key]
        lines.append("")
    return "\n".join(lines)
