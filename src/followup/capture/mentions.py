"""The people an invitation's description names, with the title written beside each and the
part of the text that names them (issue 23). Pure: text in, `Mention`s out.

What a reader goes by, in any scheduling system's words:
- a schedule line ("1:00 PM - 1:45 PM Dr. Amara Okafor, Director of Data Science");
- a labelled list, on the label's line or the lines below it, in any script ("Interviewers:
  A, B and C", "Your interview panel: A (Head of Buying), B (Senior Buyer)", "面接官: A、B");
- a title written before or after a name ("Your recruiter, Delphine Okafor-Reyes, will …",
  "Your recruiting coordinator is Aoife Brennan", "Aoife Brennan, Talent Partner");
- a signature (a name alone on a line, its title on the next).
The text it reads is the writer's part of the description (capture/description.py).
"""

from __future__ import annotations

import re

from followup.capture.agency_people import leaves_early
from followup.capture.description import usable_text as usable_text
from followup.capture.label_lines import labels_joined
from followup.capture.lazy import lazy
from followup.capture.legal_footer import without_footer
from followup.capture.mention_bodies import without_bodies
from followup.capture.mention_cues import (
    AND,
    APPOSED,
    ARTICLE_FIRST,
    BULLET,
    CLOSING,
    COORD_LABEL,
    COORDINATES,
    ELSEWHERE,
    GIVEN_SIGNED,
    GREETING,
    GREETING_SLOT,
    HELPS,
    HOST,
    INTERVIEW_CUE,
    INTERVIEWERS_LABEL,
    JOB_NAMED,
    JOB_WORD_AFTER,
    LABEL_IN_LINE,
    MET_WITH,
    NAMED_FROM_TEAM,
    NOT_A_PERSON_AFTER,
    NOT_THERE,
    ONE_LABEL,
    ONLY_TO_GREET,
    PANEL_SENTENCE,
    PRONOUNS,
    REPORTS_TO,
    SEAT,
    SENTENCE_END,
    SIGNED_INLINE,
    SITS_IN,
    SPEAKS_WITH,
    TAKES_MINUTES,
    TAKES_PART,
    TIME,
    TIME_AFTER,
    TIMED,
    TITLE_BEFORE,
    TITLE_IS,
    WHO_FIELD,
    WILL_INTERVIEW,
    WITH_THE_WRITER,
    family_first,
    slot_family_first,
)
from followup.capture.mention_cues import (
    EMAIL as EMAIL,
)
from followup.capture.mention_cues import (
    HTML_TAG as HTML_TAG,
)
from followup.capture.mention_cues import alias as alias_rx
from followup.capture.mention_lists import (
    STRONG_SEPARATOR,
    given_word,
    in_caseless_script,
    list_items,
    list_person,
    listed_name,
    split_list,
)
from followup.capture.mention_lists import Mention as Mention
from followup.capture.names import (
    CREDENTIALS_IN_TEXT,
    NAME,
    NOT_NAME,
    NOT_TITLE_START,
    ORGANISING,
    PARTICLES,
    PLACE_SURNAMES,
    RANK,
    SOCIAL,
    TITLE_PART,
    UPPER,
    department,
    valid,
)
from followup.capture.names import (
    titled as titled,  # where the company reader (employer.py) asks for it
)
from followup.capture.role_words import STAGES
from followup.capture.slot_people import columns, second_in_brackets, slot_topic
from followup.capture.spelling import HONORIFICS, email_of, spells


def _title_after(text: str, end: int) -> str:
    # (the person's address in brackets first, then the title: "Ingrid Holm (ingrid@…),
    # Recruitment Coordinator")
    rest = OWN_ADDRESS.sub("", text[end:end + 150], count=1)[:90]
    m = re.match(r"\s*\(([^)]*)\)", rest) or re.match(r"\s*,\s*([^,\n(|;]+)", rest) or \
        re.match(r"\s*[|–—-]\s*([^\n|]+?)\s*(?:\|[^|\n]*)?$", rest.split("\n")[0]) or \
        TITLE_IS.match(rest) or (  # "Name | Title | Company": the title is the first
            (team := FROM_TEAM.match(rest)) and ORGANISING.search(team.group(1)) and team)
    title = re.split(r"[.!?]\s+(?=[A-Z])", m.group(1))[0].strip() if m else ""
    # … and it ends where the list of people goes on ("A – Nurse Manager, Oncology, and B")
    title = re.split(r",\s*(?:and|&|und|et|y|e|en)\s+|;", title)[0].strip().rstrip(".")
    for joint in re.finditer(r"\s+(?:and|&|und|et|y|e|en)\s+", title):  # "… Finance Director
        nxt = NAME.match(title, joint.end())  # and John Roe, …": the next person's name
        if nxt and valid(nxt.group(0)):
            title = title[:joint.start()]
            break
    # the address written in the brackets beside the title ("(Smart Contract Lead,
    # jiahui.chen@…)")
    title = re.sub(rf"\s*[,;|/–—-]?\s*{EMAIL.pattern}\s*$", "", title)
    first = re.match(r"[\w'’]+", title.lower())
    if (first and first.group(0) in NOT_TITLE_START | HONORIFICS) or \
            any(c.isdigit() for c in title) \
            or EMAIL.search(title) or re.fullmatch(r"(?:he|she|they)/\w+", title) or \
            re.fullmatch(r"(?:organi[sz]er|optional|required|creator|guest)", title, re.I):
        return ""  # a clause ("has been scheduled"), a term ("12 months"), an address, a
        # calendar's note on a guest ("Anna Berg - organiser", "Tariq Aziz - optional"), the
        # next person's title of address ("Dr. Kwame Asante, Dr. Astrid Berg")
    return title


OWN_ADDRESS = lazy(rf"^\s*(?:[(<\[]\s*(?:mailto:)?{EMAIL.pattern}\s*[)>\]]|,\s*{EMAIL.pattern}"
                   r"(?=\s*,))")


# "Mona Hassan from Human Capital", "Li Wei of the Talent team": her team, as her title.
FROM_TEAM = lazy(rf"\s+(?:from|of)\s+(?:the\s+|our\s+)?((?-i:[{UPPER}])[\w'’-]*"
                       rf"(?:\s+(?:&\s+)?(?-i:[{UPPER}])[\w'’-]*){{0,3}})", re.IGNORECASE)


def _person_cue(name: str, text: str, before: str, end: int, slot: bool = False) -> bool:
    """Whether the words beside a name say it is a person's ("Ji-woo Park
    (jiwoo.park@…)", "our recruiter, Daniel Hall", "Grace Hall, Head of Finance"): a job
    title after or before it, an address after it that spells it, or, on a schedule's timed
    line, the dash between the slot and it, ending the line ("Meet the Director - Helen Park")."""
    own = EMAIL.match(text[end:].lstrip(" (<[:–-"))
    return titled(_title_after(text, end)) or bool(_title_before(before)) or bool(
        own and spells(own.group(0).partition("@")[0], name)) or (slot and bool(re.search(
            r"\w\s+[–—-]\s+$", before)) and not text[end:].partition("\n")[0].strip(" ."))


def _title_before(before: str) -> str:
    m = TITLE_BEFORE.search(before)
    found = m.group(1).strip() if m else ""
    return found if found and titled(found) else ""


def mentions(description: str) -> list[Mention]:
    """The people named in the description, with the title written beside each."""
    text = usable_text(description)
    emails = EMAIL.findall(text)
    out: list[Mention] = []
    lines = text.split("\n")
    in_list = False
    # a table's cells, as a list's columns ("10:00<TAB>Tomás Ruiz<TAB>Head of Finance");
    # the letters after a name, set aside ("Daniel Okoro FRCS, Consultant Surgeon")
    # … and the pronouns after a name ("Bongani Dube (he/him)")
    lines = [PRONOUNS.sub("", CREDENTIALS_IN_TEXT.sub("", re.sub(
        r"[ \t]*\t[ \t]*", " | ", columns(without_footer(raw.strip())))))
        for raw in labels_joined(lines)]
    closed = False  # the line before closed the letter ("Kind regards,")
    for i, line in enumerate(lines):
        if not line:
            in_list = False
            continue
        signed, closed = closed, bool(CLOSING.match(line))
        family = family_first().match(line) if "," in line and (
            ":" in line or "：" in line) else None
        if family and given_word(family.group(3)) and not titled(family.group(2)):
            line = f"{family.group(1)}{family.group(3)} {family.group(2)}{family.group(4) or ''}"
        if signed and not closed and (  # (not a second closing line: "Im Auftrag")
                (valid(line) and NAME.fullmatch(line)) or given_word(line)):  # "Warm wishes,
            # \n\nTariq Aziz", "Cheers,\nMaya"
            nxt = next((x for x in lines[i + 1:i + 2] if x), "")
            out.append(Mention(line, nxt if _title_line(nxt) else "", "signature",
                               email_of(line, emails)))
            continue
        inline = SIGNED_INLINE.match(line)
        name, title, _ = listed_name(inline.group(1)) if inline else ("", "", None)
        if name and valid(name) and NAME.fullmatch(name):
            out.append(Mention(name, title, "signature", email_of(name, emails)))
            continue
        given = GIVEN_SIGNED.match(line)
        if given and not in_list and given_word(given.group(1)) and _team_or_job(given.group(2)) \
                and any(lines[:i]) and len([x for x in lines[i + 1:] if x]) <= 2 and \
                given.group(1).lower() not in STAGES:  # "Noor, Recruiting" at the end (not
            # a heading: "Entrevista – Encarregado Armazém"; not a list's item)
            out.append(Mention(given.group(1), given.group(2).strip(), "signature",
                               email_of(given.group(1), emails)))
            continue
        seat = SEAT.match(line)  # "Presidente: Dr. A, …": a committee's member, or its clerk
        if seat:
            out += [x._replace(title=x.title or seat.group(1), context="coordinator" if
                               TAKES_MINUTES.search(seat.group(1)) else x.context)
                    for x in list_items(seat.group(2), True)]
            continue
        timed = TIMED.match(line)
        label = INTERVIEWERS_LABEL.match(TIME.sub("", line, count=1) if timed else line)
        caseless = re.match(r"^([^:：]{1,30})[:：]\s*(\S.*?)\s*$", line)
        if caseless and ORGANISING.search(caseless.group(1)) and \
                in_caseless_script(caseless.group(2)):
            out.append(Mention(caseless.group(2), "", "coordinator", None))  # "採用担当: 田中 美咲"
            continue
        field = WHO_FIELD.match(line)
        if field:  # (to its sentence's end: "Interviewing: A and B. C will host …")
            in_list, said = False, SENTENCE_END.split(field.group(1), maxsplit=1)
            out += list_items(said[0], False) + _in_line(said[-1], "", emails)[:len(said) - 1]
            continue
        if label:
            rest = label.string[label.end():].strip()
            in_list = not rest  # the names on the lines below
            out += _list_then_prose(rest, emails, bool(ONE_LABEL.search(label.group(0))))
            continue
        if re.match(r"^[\w ]{2,30}[:：]", line) or timed:
            in_list = False  # another label, the schedule's next slot
        if in_list:
            out += list_items(line, True)
            continue
        if out and out[-1].context == "signature" and out[-1].title == line:
            continue  # the title line under a signature's name
        out += _in_line(line, lines[i + 1].strip() if i + 1 < len(lines) else "", emails)
    out = [x._replace(name=SOCIAL.sub("", x.name), context="coordinator" if x.context ==
                      "interviewers" and TAKES_MINUTES.search(x.title) else x.context)
           for x in out]  # (a member who keeps the minutes organises: "B (Protokoll)")
    for m in SITS_IN.finditer(text):  # "Mhairi, who runs the bench, will sit in"
        name = m.group(1)
        if re.search(rf"[{UPPER}][\w'’-]*[ \t]+(?:(?:{PARTICLES})[ \t]+)*$", text[:m.start()]) \
                and not ARTICLE_FIRST.search(text[:m.start()]):
            continue  # within a name the text writes otherwise
        if NOT_A_PERSON_AFTER.search(text[:m.start()]):
            continue  # the team or place someone comes from ("Ana Ruiz from Actuarial will …")
        words = set(name.lower().split())
        if department(name.split()[0]) or not list_person(name):
            continue
        if not ONLY_TO_GREET.match(text[m.end():]):  # in the room: a seat of their own
            out.append(Mention(name, "", "joins", email_of(name, emails)))
        elif not any(words <= set(x.name.lower().split()) for x in out):
            out.append(Mention(name, "", "prose", email_of(name, emails)))  # with the writer
    for m in NAMED_FROM_TEAM.finditer(text):  # "Isabel from Recruiting is cc'd"
        name = m.group(1)
        if ORGANISING.search(m.group(2)) and (valid(name) or given_word(name)) and \
                not WILL_INTERVIEW.match(text[m.end():]) and not any(
                set(name.lower().split()) <= set(x.name.lower().split()) for x in out):
            out.append(Mention(name, m.group(2), "recruiting", email_of(name, emails)))
    for m in WITH_THE_WRITER.finditer(text):  # "Callum and I look forward to meeting you"
        name = m.group(1) or m.group(2) or m.group(3)
        if (valid(name) or given_word(name)) and not department(name.split()[0]):
            out.append(Mention(name, "", "joins", email_of(name, emails)))
    out += [Mention(two[0], two[1], x.context, email_of(two[0], emails)) for x in out
            if x.context == "schedule" and (two := second_in_brackets(x.title))]  # "(shadow: B)"
    return without_bodies(out + _apposed(text, out, emails), text)


def _apposed(text: str, found: list[Mention], emails: list[str]) -> list[Mention]:
    """A given name alone, beside "my" or "our" and what they are to the writer ("my father,
    Joaquim", "Iñaki, mi socio"): a person, not the greeted candidate ("Dear Sam, my …")."""
    out = []
    for m in APPOSED.finditer(text):
        name, noun = (m.group(2), m.group(1)) if m.group(2) else (m.group(3), m.group(5))
        line_before = text[:m.start(2) if m.group(2) else m.start()].rpartition("\n")[2]
        if not given_word(name) or not noun.islower() or GREETING.search(line_before) or (
                m.group(3) and not line_before.strip()) or any(
                name.lower() in x.name.lower().split() for x in found):
            continue
        said = re.split(r"[.!?]\s", line_before)[-1]
        if m.group(4) and "(" in m.group(4) and not TAKES_PART.search(said) and not re.search(
                r"\byou\b.*\bwith\s*$", said, re.IGNORECASE):
            continue  # "Aroha (our head barista)": in the meeting only where the sentence
            # says the candidate meets her ("You'll meet Aroha (…)", "you will cook with
            # Odile (…)"), not "Thanks! Priya (our office manager) will send the link"
        out.append(Mention(name, noun, "prose", email_of(name, emails)))
    return out



def _named_with_title(text: str) -> bool:
    """Whether the words begin with a person's name and then their job title after a comma
    ("Beatriz Lozano Quintero, SRE Manager")."""
    m = NAME.match(text)
    if m is None:
        return False
    rest = text[m.end():]
    return valid(m.group(0)) and rest.startswith(",") and titled(rest)


def _team_or_job(text: str) -> bool:
    """Whether words signed under a given name are a team's or a job's: one of them is a
    job's word or starts as a recruiting team's ("Recruiting", "People team", "HR"; not
    the "Reschedule" of a booking page's "Cancel | Reschedule")."""
    from followup.capture.role_words import names_title

    return any(names_title(w) or ORGANISING.match(w) or TITLE_PART.match(w) or (
        len(w) > 4 and w.endswith("s") and bool(names_title(w[:-1]) or TITLE_PART.match(w[:-1])))
        for w in re.findall(r"[\w&-]+", text))  # (and in the plural: "Partners A and B")


def _list_then_prose(body: str, emails: list[str], single: bool = False) -> list[Mention]:
    """A list written after its label in a line of prose ends with its sentence ("Your
    panel: A (…) and B (…). Please bring …"); what follows is prose."""
    first, *rest = SENTENCE_END.split(body, maxsplit=1)
    return list_items(first, False, single) + (_in_line(rest[0], "", emails) if rest else [])


def _title_line(line: str) -> bool:
    """Whether the line under a signature's name is its title (not another name, not a
    telephone number)."""
    return bool(re.search(r"[^\W\d_]{2}", line)) and (not valid(line) or
                                                   bool(ORGANISING.search(line)))


def _away(before: str, after: str) -> str:
    """Whether the sentence says the person it names takes no part in the meeting: they are
    away or cannot come ("Kofi Mensah, Head of Payroll, is on leave that week"), or, unless
    it says they meet the candidate too, the job only reports to them ("the role reports to
    Kofi Mensah"), they are copied for information ("I've cc'd our CEO, X") or the job was
    theirs ("when X moved to our Geelong store"). Which of the two: "away", "elsewhere" or
    "" (neither)."""
    rest = re.split(r"(?<=[.!?;])\s", after, maxsplit=1)[0]
    if NOT_THERE.search(rest):
        return "away"  # (an attendee too: "Dana Cho can no longer make it")
    return "elsewhere" if bool(REPORTS_TO.search(before) or ELSEWHERE.search(rest)) and \
        not TAKES_PART.search(rest) else ""


def _in_line(line: str, nxt: str, emails: list[str]) -> list[Mention]:
    """The people one line of prose, schedule or signature names."""
    line = BULLET.sub("", line) if not re.match(r"\s*-", line) else line  # "- Ruth": signed
    timed = bool(TIMED.match(line))
    body = TIME.sub("", line, count=1) if timed else line
    family = slot_family_first().match(body) if timed and "," in body else None
    if family and given_word(family.group(2)) and not titled(family.group(1)) and \
            not department(family.group(1)):  # "9:00 AM  Okafor, Ngozi - Manager, Grid"
        body = f"{family.group(2)} {family.group(1)}{body[family.end():]}"
    if re.match(r"^(?:location|venue|address|where|when|room|date|time|meeting|position|role|"
                r"event(?: name| type)?|subject|title|meeting (?:name|type)|interview type|"
                r"format|duration|agenda|stage|"
                r"wann|quand|cu[aá]ndo|quando|fecha|datum|hora|heure|uhrzeit|"
                r"job|stelle|poste|puesto|office|site|local|lugar|lieu|ort|adresse|"
                r"direcci[oó]n|ubicaci[oó]n|endere[cç]o|sede|indirizzo|"
                # … and who is copied, not in the meeting ("CC: Lars Eriksen", "In Kopie: …")
                r"b?cc|copy|fyi|(?:in |en |con )?(?:kopie|copie|copia)|"
                # … and a letter's legal footer, whose officers are no one met ("Sitz der
                # Gesellschaft: … Geschäftsführer: …", "Privacy notice: … DPO: …")
                r"sitz(?: der gesellschaft)?|registergericht|amtsgericht|handelsregister|"
                r"geschäftsführ(?:er|ung)|vorstand|aufsichtsrat|registered (?:office|in)|"
                r"company (?:no|number|registration)|directors|privacy(?: notice)?|"
                r"datenschutz\w*|data protection officer|disclaimer|confidentiality notice)"
                r"\s*:", line,
                re.IGNORECASE):
        return []
    alias = alias_rx().match(line) if "," in line else None
    if alias and valid(alias.group(1)) and alias.group(2).lower() not in NOT_NAME \
            and not titled(alias.group(2)):  # "Lau Chi Keung, Peter": Peter Lau signs
        name = f"{alias.group(2)} {alias.group(1).split()[0]}"
        return [Mention(name, nxt if _title_line(nxt) else "", "signature",
                        email_of(name, emails))]
    from followup.capture.roles import GENDER_TAG

    out: list[Mention] = []
    taken = 0
    last = (0, "")  # where the last person named ends, and how they were named
    labelled = LABEL_IN_LINE.search(body)
    if labelled:  # "… on the day. Assessors: A, B."
        return _in_line(body[:labelled.start()], "", emails) + _list_then_prose(
            body[labelled.end():], emails)
    panel = PANEL_SENTENCE.search(body)
    if panel:  # "The panel will comprise A (Chair), B and C (HR Advisor). Please bring …"
        rest = SENTENCE_END.split(body[panel.end():], maxsplit=1)
        return _in_line(body[:panel.start()], "", emails) + list_items(rest[0], False) + (
            _in_line(rest[1], nxt, emails) if len(rest) > 1 else [])
    parted = len(split_list(body, STRONG_SEPARATOR)) > 1
    joined = rf"\)?\s*(?:,\s*(?:{AND}\s+)?|{AND}\s+)"  # what joins the next name of a list
    for m in NAME.finditer(body):
        if m.start() < taken:
            continue
        name, start = m.group(0), m.start()
        rank = RANK.match(name)
        if rank:
            name, start = name[rank.end():], start + rank.end()
            longer = NAME.match(body, start)  # (and the rest of the name after it)
            name = longer.group(0) if longer and len(longer.group(0)) > len(name) else name
        while len(name.split()) > 2 and (not valid(name) or (_team_or_job(name.split()[0])
                                                             and valid(name.split(None, 1)[1]))):
            first = name.split()[0]  # (a job's word before a name: "Accountant Pieter Botha")
            start += len(first) + (len(name) - len(name.lstrip()))
            name = name[len(first):].lstrip()
            start = body.index(name, start)
            longer = NAME.match(body, start)  # … and the name goes on where the job's words
            # took its place ("Assistant Principal Seán Mac Cárthaigh")
            name = longer.group(0) if longer and len(longer.group(0)) > len(name) else name
        before = body[:start]
        end = start + len(name)
        job = body[m.start():start].strip()  # "Lead Engineer Tomás Ortega": his title
        if not valid(name) and not (name.split()[-1].lower() in PLACE_SURNAMES and valid(
                name, _person_cue(name, body, before, start + len(name), timed))):
            continue
        if NOT_A_PERSON_AFTER.search(before) or JOB_NAMED.search(before) or \
                (timed and slot_topic(body, start, end)) or \
                GENDER_TAG.match(body[end:]) or JOB_WORD_AFTER.match(body[end:]):
            continue  # a place, an employer, a job ("Backend-Entwickler (m/w/d)")
        gone = _away(body[:start], body[end:])
        if gone == "away":  # said not to take part ("Kofi Mensah, who is on leave that week")
            out.append(Mention(name, "", "away", email_of(name, emails)))
        if gone:
            continue
        title = _title_after(body, end)
        if timed and _named_with_title(title) and re.match(r"\s*[–—-]", body[end:]):
            continue  # "Incident Response – Beatriz Lozano, SRE Manager": the slot's subject
        if timed and re.fullmatch(r"[\s:–—|-]*(?:\([^()]*\)[\s:–—|-]*)?", body[:start]) \
                and re.match(rf"[ \t]+(?:with|w/)[ \t]+[{UPPER}]", body[end:]):
            continue  # "Stakeholder Roleplay with Kwame Boateng": the slot's subject, then
            # whom it is with
        taken = end + (body[end:].find(title) + len(title) if title else 0)
        own = EMAIL.match(body[end:].lstrip(" (<[:–-").strip())
        if title and valid(re.split(r"\s+[–—-]\s+", title)[0]) and not titled(title) and \
                not parted and not body[end:].lstrip().startswith("("):
            title = ""  # "Hye-jin Kim, Yaw Boateng": a second name, not a title (but where
            # semicolons part the people, a comma parts a name from its title)
            taken = end
        more = re.match(rf"\s*,(?!\s*{AND}\s)\s*([^,;()|\n]+?)[\s.]*"
                        r"(\([^()]*\))?[\s.]*$", body[taken:], re.IGNORECASE) if title else None
        if more:  # "Joseph Osei, Head of Compliance, Wholesale Banking": its department
            # (and a remark after it: "Manager, Grid Integration (hiring manager)")
            title, taken = f"{title}, {more.group(1)} {more.group(2) or ''}".strip(), len(body)
        ahead = _title_before(before) or (job if job and _team_or_job(job) else "")
        if not title and line == name and _title_line(nxt):
            title = nxt  # a signature: the name, then the title on the next line
            context = "signature"
        elif leaves_early(body[end:]):  # "… will admit you, then leave the meeting"
            context = "coordinator"
        elif HOST.match(body[end:]):
            context = "host"  # the video meeting's own host: in the meeting
        elif COORD_LABEL.search(before) or HELPS.match(body[end:]) or (
                (lab := re.search(r"([\w ]+)[:：]\s*$", before))
                and ORGANISING.search(lab.group(1))) or (ahead and ORGANISING.search(ahead)) or \
                COORDINATES.match(body[end:]) or (
                (dash := re.fullmatch(r"\s*([\w ]+?)\s+[–—-]\s*", before))  # "Recruiting
                and ORGANISING.search(dash.group(1))):  # Coordinator – Jane Doe"
            context = "coordinator"
        elif timed or TIME_AFTER.match(body[end:]):  # a slot of the schedule: the
            # person's own ("10:00 Jane Doe", "Jane Doe: 10:00–10:45"), or a welcome
            context = "welcome" if GREETING_SLOT.search(body) else "schedule"
        elif MET_WITH.search(before) or SPEAKS_WITH.search(before) or (
                last[1] == "met" and re.fullmatch(joined, body[last[0]:start])):  # "your
            # interview with X", "you will meet with X and Y", "… with X, Head of Y, and Z"
            context = "met"
        elif lab and titled(lab.group(1)):  # "Hiring Manager: Jane Doe", "Team Lead: …"
            context, ahead = "prose", lab.group(1).strip()
        elif INTERVIEW_CUE.search(before) or title or ahead:
            context = "prose"
        elif re.match(r"^\s*[—–-]\s*$", before) or (before.strip() == "" and title):
            context = "signature"
        elif own and spells(own.group(0).partition("@")[0], name):
            context = "prose"  # "write to Paula Ibáñez (paula.ibanez@…)": her own address
        elif out and last[1] not in ("signature", "host") and re.fullmatch(
                joined, body[last[0]:start]):
            context = last[1]  # "with Dr. Lena von Hoff & Jonas Weber-Kühn", "Dr. A, Dr. B
            # and Prof. C": the same
        else:
            continue
        email = own.group(0).lower() if own else email_of(name, emails)
        out.append(Mention(name, title or ahead, context, email))
        last = (max(taken, end), context)
    return out
