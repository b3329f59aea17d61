"""The rulebook in the code: every rule the product follows, with its id and the source
articles it comes from (numbered as in the project's seed folder). `followup rules` prints it
and `docs/rules.md` is generated from it (a test keeps the two the same)."""

from __future__ import annotations

from typing import NamedTuple


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

RULES: tuple[Rule, ...] = (
    Rule("C1", "C", "Ask when they expect to decide and when you should hear back; keep it as "
         "a decision date and their own words.", "001, 002, 004"),
    Rule("C2", "C", "Ask whether every candidate will hear back; if not, set your own "
         "follow-up date, if so, ask when.", "002"),
    Rule("C3", "C", "Ask whether, when and how you may follow up; an agreed time and channel "
         "beat every default.", "002, 004"),
    Rule("C4", "C", "Get each interviewer's contact details; without them, note how they "
         "prefer to be reached or who arranged the interview.", "000, 002, 004"),
    Rule("C5", "C", "Ask whether they are on LinkedIn and accept requests from candidates.",
         "002"),
    Rule("C6", "C", "Ask whether they need anything more from you.", "002"),
    Rule("C7", "C", "If it was clear you are not a fit, send only a thank-you, then move on.",
         "002"),
    Rule("T1", "T", "Thank every interviewer, each in a message of their own.", "004"),
    Rule("T2", "T", "By email: soon after the interview, within 24 hours at most.",
         "000, 004"),
    Rule("T3", "T", "A posted, handwritten note only when there is time: in the post within "
         "48 hours; if they decide within a day, email instead.", "004"),
    Rule("T4", "T", "Use the channel the recruiter prefers or uses; never a text message or "
         "social media.", "004"),
    Rule("T5", "T", "Short and professional; do not pitch yourself again.", "001"),
    Rule("T6", "T", "With no address for an interviewer, pass the thank-you on through the "
         "person who arranged the interview.", "000"),
    Rule("T7", "T", "The thank-you is the first touch of the sequence.", "000"),
    Rule("F1", "F", "The weekday the thank-you actually went out is the weekly follow-up day.",
         "000"),
    Rule("F2", "F", "Week +1: an email thanking them for last week, with any news, asking "
         "whether they need anything and to be kept posted.", "000"),
    Rule("F3", "F", "Week +2, nothing new: a short touch-base email, news included.", "000"),
    Rule("F4", "F", "Week +3: a call, with a voicemail if nobody answers; then let go: four "
         "touches in all.", "000"),
    Rule("F5", "F", "With a decision date, wait two or three days past it before following "
         "up.", "001"),
    Rule("F6", "F", "With an agreed time, follow up exactly then, the agreed way.",
         "002, 004"),
    Rule("F7", "F", "With no answer to a follow-up, wait three or four business days before "
         "the next.", "002"),
    Rule("F8", "F", "Decide up front how many tries and for how long (two weeks by default "
         "there); after that, move on.", "003"),
    Rule("F9", "F", "Two calls at most; a short voicemail when nobody answers.", "004"),
    Rule("F10", "F", "A week after the last call with no reply, move on.", "004"),
    Rule("F11", "F", "If they decide the same or the next day, follow up at once.", "004"),
    Rule("F12", "F", "When they answer, the sequence stops and the plan is made again from "
         "what they said.", "000"),
    Rule("M1", "M", "Say who you are (name, role, interview day) and exactly what you ask.",
         "002"),
    Rule("M2", "M", "When a follow-up was agreed, say so, with the time they gave.", "002"),
    Rule("M3", "M", "A status check asks, without pressure, whether you are still in the "
         "running or the role is filled; mention other interviews only if true.", "001"),
    Rule("M4", "M", "A voicemail is short: name, role, reason, and your number slowly, "
         "twice.", "004"),
    Rule("M5", "M", "Never hostile, aggressive or pushy, however long the silence.",
         "000, 003"),
    Rule("M6", "M", "A follow-up may bring news of your own.", "000"),
    Rule("A1", "A", "Keep applying, interviewing and networking while you wait on anyone.",
         "000, 001"),
    Rule("A2", "A", "Ask friends or former colleagues at the company, politely, what they "
         "know or whether they would put in a word.", "003"),
    Rule("A3", "A", "Moving on is not the end: keep the contacts; a late answer can still "
         "come, so a closed process can be reopened.", "000, 001"),
    Rule("A4", "A", "Write down how each process went, to do better next time.", "004"),
    Rule("A5", "A", "Most applicants never hear back (75% in a survey the sources cite): "
         "track your own response rate.", "003"),
)

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
