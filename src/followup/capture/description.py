"""The part of an invitation's description that a person wrote (issue 23): as text (HTML
tags, tables and emphasis read as a reader sees them), less the video service's block of
links, dial-in numbers and instructions, keeping what the writer adds after it. Pure.
"""

from __future__ import annotations

import re

from followup.capture.lazy import lazy
from followup.capture.mention_cues import CLOSING, EMAIL, FOOTER, HTML_TAG
from followup.capture.names import NAME, valid
from followup.capture.spelling import characters

# An HTML tag that ends a line: a break, a paragraph, an item of a list, a row, a heading.
# (an opening one: "<p>Interviewers:</p>\nJane" stays one paragraph)
BLOCK_TAG = lazy(r"<(?:br|p|li|div|tr|h[1-6]|ul|ol|table)\b[^<>]*>", re.IGNORECASE)
# A paragraph of a video service's block: a link, a dial-in number, its words.
SERVICE_PART = lazy(r"https?://|\+?\d[\d ()-]{7,}|[-_=~:]{8,}|^\s*-{3}\s*$|"
                          r"\b(?:meeting id|passcode|password|pin|dial|tap mobile|sip|h\.323|"
                          r"conference id|meeting options|do not edit|powered by)\b",
                          re.IGNORECASE | re.MULTILINE)
# … and its words, which a writer uses too ("Hemi Walker will join you"): the service's only
# in a paragraph that names nobody.
SERVICE_WORDS = lazy(r"\b(?:join|learn more|help|microsoft teams|zoom|google meet|"
                           r"webex)\b", re.IGNORECASE)


def _services(paragraph: str) -> bool:
    """Whether a paragraph after the video block is the service's, not the writer's: a
    phone number marks none where the paragraph names someone with their own address
    ("Your contact is Lachlan Moore, Recruitment Advisor, lachlan.moore@…, (02) 5550 1183"),
    or lists people after a label and writes its numbers inside its sentences ("Panel: A
    (…), B (…). Your recruiter is C - call 021 455 902": a service's block lists no one and
    starts its lines with its numbers)."""
    from followup.capture.person_shape import looks_like_person
    from followup.capture.spelling import email_of

    if CLOSING.match(paragraph.strip().split("\n", 1)[0].strip()):
        return False  # "Best,\nGrant …": a letter's close and signature, no service's
    marks = {m.group(0) for m in SERVICE_PART.finditer(paragraph)}
    names = [m.group(0) for m in NAME.finditer(paragraph) if valid(m.group(0))]
    listed = [n for n in names if looks_like_person(n, paragraph) and re.search(
        rf"(?m)^[^\W\d_][^\n:]{{0,30}}:[ \t]*{re.escape(n)}[ \t]*\(", paragraph)]
    reached = any(email_of(n, EMAIL.findall(paragraph)) for n in names) or (bool(listed) and all(
        _in_a_sentence(paragraph, m.start()) for m in PHONE.finditer(paragraph)))
    return (bool(marks) and not (reached and all(PHONE.fullmatch(x) for x in marks))) or (
        bool(SERVICE_WORDS.search(paragraph)) and not names)


PHONE = lazy(r"\+?\d[\d ()-]{7,}")


def _in_a_sentence(text: str, at: int) -> bool:
    """A number written inside the writer's sentence ("call 021 455 902 if …"), not at the
    head of a service's dial-in line ("+64 4 886 0026 New Zealand")."""
    line = text[text.rfind("\n", 0, at) + 1:at]
    return len(re.findall(r"[^\W\d_]{2,}", line)) >= 2


# Between two cells of a row of an HTML table; emphasis written with stars or underscores.
CELL_BREAK = lazy(r"</t[dh]>\s*<t[dh]\b[^<>]*>", re.IGNORECASE)
EMPHASIS = lazy(r"(?<!\w)(?:\*\*|__)([^*_\n]+?)(?:\*\*|__)(?!\w)")


# What parts the paragraphs of a block: a blank line, or a line drawn with dashes, rules, stars
# or equals signs ("---", "——————", "* * *") under which the writer adds their own words.
RULE_LINE = lazy(r"^[ \t]*(?:[-—–_=~*][ \t]*){3,}$|\n\s*\n", re.MULTILINE)


def usable_text(description: str) -> str:
    """The description as text, less the video service's block (its paragraphs of links,
    numbers and instructions; what the writer adds after it is kept)."""
    text = description.replace("\r", "")
    text = CELL_BREAK.sub(" | ", text)  # a table's cells: its columns
    text = BLOCK_TAG.sub("\n", text)
    text = HTML_TAG.sub(" ", text)
    text = EMPHASIS.sub(r"\1", text)  # "**Jane Doe** – Staff Engineer"
    text = characters(text)  # a character reference is its character ("&amp;")
    cut = FOOTER.search(text)
    if not cut:
        return text
    after = [p for p in RULE_LINE.split(text[cut.start():])
             if p.strip() and not _services(p)]
    return "\n\n".join([text[:cut.start()], *after])
