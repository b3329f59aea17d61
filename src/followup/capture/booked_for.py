"""The person an assistant books the interview for (issue 23): "I am writing on behalf of
Robert Klein, Managing Partner, who would like to meet you", a signature "PA to Robert
Klein", "Executive Assistant to Dr. Amara Obi". The one named is met (unless the job beside
the name is recruiting's: "on behalf of Renata Kowalski (Recruiting Coordinator)"); the
assistant who writes set it up, which their own title already says. A name after "on behalf
of" is an employer's as often as a person's, so one is read only with a person's cue: a
title of address, or a job beside it. Pure."""

from __future__ import annotations

from collections.abc import Sequence

from followup.capture.lazy import lazy
from followup.capture.mentions import Mention
from followup.capture.names import ORGANISING, UPPER, titled, valid
from followup.capture.person_shape import looks_like_person
from followup.capture.staff_words import ON_BEHALF_OF

_SOCIAL = (r"(?:(?:Mr|Mrs|Ms|Mx|Dr|Prof|Professor|Cllr|Herr|Herrn|Frau|Mme|M(?=\.)|Sr|Sra|Dhr|"
           r"Mevr|Ing|Mgr|Dott|Pan|Pani|Bapak|Ibu|Ông|Bà)\.?[ \t]+)")  # (as each language writes)
# (a title of address is no given name: "PA to Professor Mwangi" names a family name alone)
_ADDRESS_FIRST = lazy(r"(?:Mr|Mrs|Ms|Mx|Dr|Prof|Professor|Cllr)\b")
_NAME = rf"([{UPPER}][\w'’-]+(?:[ \t]+[{UPPER}][\w'’-]+){{1,3}})"
# "on behalf of [Dr.] A B", then what the letter says beside the name
ON_BEHALF = lazy(rf"(?<!\w)(?i:{ON_BEHALF_OF})[ \t]+({_SOCIAL})?{_NAME}")  # (every language)
# a job beside it: ", Managing Partner," or "(CFO)"
_JOB_AFTER = lazy(r"^\s*(?:,\s*(?:our\s+|the\s+)?([^,.;\n()]{2,50})|\(([^()\n]{2,50})\))")
# an assistant's title naming whom they assist ("PA to Robert Klein", "EA to Dr. Obi Ndu")
ASSISTS = lazy(rf"\b(?:PA|EA|(?:[Ee]xecutive|[Pp]ersonal)\s+[Aa]ssistant|[Aa]ssistant|"
               rf"[Ss]ecretary)[ \t]+to[ \t]+(?:the[ \t]+\w+[ \t]*,?[ \t]*)?{_SOCIAL}?{_NAME}")


def booked_for(text: str, found: Sequence[Mention]) -> list[Mention]:
    """Each person the text says an assistant writes for, as a mention: met, or a recruiting
    colleague's ("coordinator") when the job beside the name says so."""
    out: list[Mention] = []
    for m in ON_BEHALF.finditer(text):
        social, name = m.group(1), m.group(2)
        job_m = _JOB_AFTER.match(text[m.end():])
        job = (job_m.group(1) or job_m.group(2) or "").strip() if job_m else ""
        if job and not (titled(job) or ORGANISING.search(job)):
            job = ""
        if not (social or job) or _ADDRESS_FIRST.match(name) or not valid(name) or \
                not looks_like_person(name, text):
            continue
        out.append(Mention(name, job, "coordinator" if ORGANISING.search(job) else "met",
                           None))
    for m in ASSISTS.finditer(text):
        name = m.group(1)
        if not _ADDRESS_FIRST.match(name) and valid(name) and looks_like_person(name, text):
            out.append(Mention(name, "", "met", None))
    known = {m.name for m in found}
    return [x for x in out if x.context == "met" or x.name not in known]
