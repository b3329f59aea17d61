"""Who is who in an invitation, read the way the candidate reads it (issue 23).

Each person is the candidate, an interviewer, the coordinator or a resource (a room, a
bridge); relay addresses (no-reply senders, calendar relays, shared team mailboxes) are
nobody. Everything the file says counts: CUTYPE and ROLE, the addresses, titles written
beside a name (in CN, in the description, in a signature), room-like names, and the
schedules that scheduling systems write into the description ("1:00 PM - 1:45 PM Dr. Amara
Okafor, Director of Data Science", "Interviewers: A, B", "Meet with A (Engineering Manager)").
Pure: an `Invitation` in, `Someone`s out. What one attendee's own entry says (a room's
name, a display name's name and title) is capture/attendees.py's, which person of the file a
name the text writes is capture/people_match.py's; this module re-exports the
address and name readers that employer.py and propose.py ask for here.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from followup.capture.addresses import (
    RELAY_LOCAL as RELAY_LOCAL,
)
from followup.capture.addresses import (
    SERVICE_DOMAINS as SERVICE_DOMAINS,
)
from followup.capture.addresses import (
    is_relay as is_relay,
)
from followup.capture.addresses import (
    names_service,
    organisation,
    personal,
    spells_organisation,
)
from followup.capture.addresses import (
    service as service,
)
from followup.capture.addresses import (
    tenants as tenants,
)
from followup.capture.attendees import (
    PERSON_ROLE_WORDS,
    ROOM,
    display_name,
    envelope,
    informed,
    looks_like_room,
)
from followup.capture.attendees import (
    person_name as person_name,
)
from followup.capture.cjk_signature import cjk_signers, one_script
from followup.capture.family_firm import meets_others, names_the_business, written_as_a_place
from followup.capture.first_names import first_names
from followup.capture.invitations import Invitation
from followup.capture.lazy import lazy
from followup.capture.mail_people import give_addresses
from followup.capture.mention_more import read_more
from followup.capture.mentions import EMAIL, Mention, mentions, usable_text
from followup.capture.name_forms import bare, by_declension, unaddressed
from followup.capture.names import (
    ORGANISING,
    UPPER,
    department,
    name_words,
    titled,
)
from followup.capture.people_cues import (
    GROUP,
    NOBODY_TALKS,
    SCREEN,
    TO_FOLLOW,
    arranged_with,
    asked_to_contact,
    for_a_client,
    met_in_title,
    named_in_title,
    self_title,
    signed_title,
    signs_for_recruiters,
)
from followup.capture.people_match import (
    INITIALLED,
    by_address,
    by_family_name,
    by_first_name,
    by_initial,
    by_one_word,
    by_short_form,
    by_written_out,
)
from followup.capture.people_vouch import first_word_of_an_organisation, vouched
from followup.capture.person_shape import looks_like_person
from followup.capture.present_too import present_too
from followup.capture.small_employer import body_not_person, keeps_the_diary, keeps_the_office
from followup.capture.spelling import characters, spells, spells_given
from followup.capture.writer_present import WRITER_IN_IT, met_by_own_name

# Greeting, introducing, handing over: what someone does who sets the day up and then leaves
# it to the interviewers ("I'll meet you at reception", "Priya will say hello at the start and
# hand over to Gareth and Nkechi").
_INTRO = (r"(?:just\s+|only\s+|briefly\s+|first\s+)?(?:say hello|say hi|greet you|welcome you|"
          r"meet you (?:(?:at|in) (?:the )?(?:main )?(?:reception|lobby|front desk|entrance|foyer|"
          r"gate|security|door)|downstairs)|collect you|walk you(?!\s+through)|"
          r"bring you (?:up|in|over|to)|"
          r"kick (?:things|it|the day|us) off|open (?:the|things)|do (?:the )?introductions|"
          r"introduce (?:you|everyone|the)|hand (?:you )?over|"
          # … or keeps the day running and leaves ("Denise will coordinate and drop off after
          # introductions")
          r"coordinate\b|(?:drop|hop|step) (?:off|out|away) (?:after|once))")
ABSENT = lazy(r"\bI\s+(?:won['’]t|will not|shan['’]t)\s+(?:be\s+in|attend|join|be\s+"
                    r"joining|be\s+part)|"
                    # in the room only to introduce, keep time or take notes
                    # … in the languages invitations come in ("Ich selbst bin nicht dabei")
                    r"\bich\s+(?:selbst\s+)?(?:bin|werde)\s+(?:selbst\s+)?nicht\s+(?:dabei|"
                    r"teilnehmen|anwesend)|\bje ne (?:serai|participerai) pas\b|"
                    r"\bno (?:estaré|participaré|voy a estar)\b|\bnão (?:estarei|participarei)\b|"
                    r"\bnon (?:sarò|parteciperò)\b|\bik ben er (?:zelf )?niet bij\b|"
                    r"\bjeg (?:er|blir) (?:ikke|ikkje) med\b|\bjag (?:är|deltar) inte\b|"
                    r"\bI(?:['’]ll| will| am going to| shall)\s+(?:also\s+)?(?:join|be there|"
                    r"be present|sit in|attend|pop in|drop in|look in|stop by|come by|dial in|"
                    r"hop on|jump on)\b[^.]{0,40}?\bto\s+(?:introduce|do (?:the )?"
                    r"introductions|make introductions|look after|keep (?:time|track)|"
                    r"take (?:the )?notes|welcome|greet)", re.IGNORECASE)
# The writer greets the candidate, shows them in, hands them over: what whoever set the day
# up does, and what a manager who interviews them does too ("I'll meet you at reception").
GREETS = lazy(r"\bI['’]ll\s+(?:greet|walk|meet)\s+you\b(?!\s+through)|"
                    rf"(?<!and )(?<!& )\bI(?:['’]ll| will)\s+{_INTRO}|grab me from reception",
                    re.IGNORECASE)
HANDS_OVER = lazy(rf"\b([{UPPER}][\w'’-]+)(?:\s+[{UPPER}][\w'’-]+)?\s+"
                        rf"(?:will|['’]ll|is going to)\s+{_INTRO}")
# The writer says they alone hold the interview ("It'll just be me for this one").
ONLY_ME = lazy(r"\b(?:it['’]ll|it will|it['’]s|it is)\s+(?:just\s+)?(?:be\s+)?(?:just\s+)?"
               r"(?:me|myself)\b(?!\s+and)|\bjust (?:you and )?me\b", re.IGNORECASE)
# The writer says they hold it, alone or with others ("The panel is me and Ben Harris").
PRESENT = lazy(r"\b(?:it['’]ll|it will|it['’]s|it is)\s+(?:just\s+)?(?:be\s+)?(?:just\s+)?"
                     r"(?:me|myself)\b|\b(?:panel|interviewers)\s+(?:is|are|will be|:)\s+"
                     r"(?:me|myself)\b|\bI['’]ll be (?:interviewing|your interviewer|"
                     r"speaking with you)|\bjust (?:you and )?me\b|"
                     # "Final round with Beatriz Navarro (VP Merchandising) and me", "with me
                     # as chair", "I'll be chairing the panel"
                     r"\b(?:and|&)\s+(?:me|myself)\b|\bme as (?:the\s+)?(?:panel\s+)?chair\b|"
                     r"\bI(?:['’]ll| will) (?:be )?chair(?:ing)?\b|"
                     # "you'll speak with me", "Je spreekt met mij", "Sie sprechen mit mir"
                     r"\b(?:speak|talk|meet|spreekt|spreek|sprechen|sprichst)\s+(?:je\s+|sie\s+|you\s+)?"
                     r"(?:with|met|mit)\s+(?:me|mij|mir)\b|" + WRITER_IN_IT, re.IGNORECASE)

# A title of address a thank-you keeps ("Dr Amara Okafor", "Prof. Lindqvist").
DOCTOR = lazy(r"(?:Dr|Prof|Capt)\.?\s", re.IGNORECASE)


class Someone(NamedTuple):
    name: str
    email: str | None
    kind: str  # candidate | interviewer | coordinator | resource | relay
    title: str = ""
    how: str = ""


_key = name_words


class _Entry:
    __slots__ = ("attends", "contexts", "declined", "email", "is_org", "met_by_title", "name",
                 "title")

    def __init__(self, name: str, email: str | None, is_org: bool, attends: bool) -> None:
        self.name, self.email, self.is_org, self.attends = name, email, is_org, attends
        self.title = ""
        self.contexts: set[str] = set()
        self.declined = False
        self.met_by_title = False  # the one met only by the invitation's title


def classify(inv: Invitation, own: frozenset[str]) -> list[Someone]:
    """Everyone the invitation names, each with a kind."""
    out: list[Someone] = []
    entries: list[_Entry] = []
    seen: dict[str, _Entry] = {}
    org_email = inv.organizer.email if inv.organizer else ""
    listed = {a.email for a in inv.attendees}
    cores = organisation(inv)
    for a, is_org in ([(inv.organizer, True)] if inv.organizer else []) + \
            [(x, False) for x in inv.attendees]:
        if a.email in seen:
            seen[a.email].attends = True
            seen[a.email].declined |= a.partstat == "DECLINED"  # the organizer's own answer
            if a.name and not seen[a.email].name and seen[a.email].email:
                seen[a.email].name = envelope(a.name)  # named as attendee, not as organizer
            continue
        if a.email in own:
            out.append(Someone(a.name, a.email, "candidate"))
            seen[a.email] = _Entry(a.name, a.email, is_org, True)
            continue
        if a.cutype == "GROUP":  # a distribution list: nobody to thank
            out.append(Someone("", a.email, "relay"))
            seen[a.email] = _Entry("", None, is_org, True)
            continue
        if looks_like_room(a):
            out.append(Someone(a.name, a.email, "resource"))
            seen[a.email] = _Entry(a.name, a.email, is_org, True)
            continue
        email: str | None = a.email
        name, cn_title = display_name(a.name) if a.name else ("", "")
        if _employers(cn_title, cores, inv.summary):
            cn_title = ""  # "Okafor, Chidinma (Meridian Health)": the employer, no title
        team = bool(name) and (body_not_person(name) or ((  # (a household's, a unit's)
            not person_name(name) or _greets_all(a.email)) and bool(
            (PERSON_ROLE_WORDS.search(name) and not person_name(name))
            or spells_organisation(name, cores))))  # (or the employer's own name on its own
        # mailbox: "Cafe Lumo" <hello@cafelumo…>, "Kaffee Kanne" <hallo@kaffeekanne…>)
        if (is_relay(a.email) or team) and not _mailbox_of(name, a.email, inv.summary,
                                                            cores):
            out.append(Someone("", a.email, "relay"))
            if not (name and person_name(name)) or len(name.split()) == 1 or \
                    body_not_person(name) or \
                    _key(name) & {"sam", "candidate"} or \
                    spells_organisation(name, cores) or names_service(name, a.email) or \
                    not (a.also or looks_like_person(name, inv.description)) or (
                    _key(name) <= _key(inv.summary) and not _met_in(name, inv.summary)):
                # (a name the title spells whole is the event's or the employer's; one
                # family name in a family firm's is not: "Chidi Okonkwo", "Okonkwo & Sons";
                # one word on a system's address is the employer's brand, "Loopline"; a
                # name left with no address that is no person's, "Stadtwerke Rheinauen")
                seen[a.email] = _Entry("", None, is_org, True)
                continue
            email = a.also or None
        elif is_relay(a.email):
            cn_title = name.split()[-1]  # "Rita Recruiter" at recruiting@: she reads it
        twin = next((x for x in entries if len(_key(name)) >= 2 and _key(x.name) == _key(name)),
                    None)
        if twin is not None:  # the same person on a relay and on their own address
            twin.email = email if not twin.email or is_relay(twin.email) else twin.email
            twin.attends, twin.title = True, twin.title or cn_title
            seen[a.email] = twin
            continue
        e = _Entry(name, email, is_org, (not is_org or org_email in listed) and not informed(a))
        e.title = cn_title
        e.declined = a.partstat == "DECLINED"  # said no: will not be there
        if informed(a):
            e.contexts.add("informed")
        seen[a.email] = e
        entries.append(e)
    text = f"{inv.description}\n\n{inv.note}" if inv.note else inv.description
    text = one_script(unaddressed(characters(text)), [e.name for e in entries])  # ("&amp;")
    me = [_key(envelope(a.name)) for a in inv.attendees if a.email in own and a.name]
    found = read_more(mentions(text), text, inv.copied)  # (capture/mention_more.py)
    found += first_names(text, found, [e.name for e in entries])  # "Ask for Marcus (chef)"
    found += present_too(text, found) + cjk_signers(text, found)  # "Vai estar também a Inês"
    if me and all(a.name for a in inv.attendees if a.email in own):  # (else the title may
        # name the candidate, whose name the file does not give)
        found += [Mention(n, "", "met", None) for n in named_in_title(inv.summary)]
    for men in (m._replace(name=bare(m.name)) for m in found):
        if any((len(k) >= 2 and k <= _key(men.name)) or (
                len(_key(men.name)) == 1 and _key(men.name) < k) for k in me):
            continue  # the candidate's own name ("Interview with Aroha Smith, applicant"),
            # or given name ("as Sam and I discussed")
        hit = next((e for e in entries if e.name and (_key(e.name) == _key(men.name) or (
            _key(e.name) < _key(men.name)) or (
            len(_key(men.name)) >= 2 and _key(men.name) < _key(e.name)))), None) or \
            by_first_name(men.name, entries) or by_one_word(men.name, entries) or \
            by_address(men.name, entries) or \
            by_initial(men.name, entries) or by_family_name(men.name, entries) or \
            by_short_form(men.name, entries) or by_written_out(men.name, entries) or \
            by_declension(men.name, entries)
        if hit is None:
            if men.context == "away":
                continue  # "Dana is on leave", "Apologies from Dana": never a new person
            if (men.email and men.email in seen) or spells_organisation(men.name, cores) \
                    or _the_jobs_words(men, inv.summary) or (men.context == "prose" and
                                                             titled(men.name)) or \
                    ROOM.search(" ".join(men.name.split()[:-1])) or (
                    not men.email and not looks_like_person(men.name, text)):
                continue  # "the position with Sunpeak Outdoor Equipment": the employer;
                # "the position of Clinical Nurse Educator – …": a job, no one met; a
                # room the text names beside a slot ("(Salle Ampère)"; its word before the
                # last, where a family name never is: "Marco Sala" is a person); a name
                # with no address whose words are no person's ("Casa Azulejo", "Tower B")
            hit = _Entry(men.name, men.email, False, False)
            entries.append(hit)
        hit.contexts.add(men.context)
        if men.title and not hit.title:  # (a title ends with its sentence)
            hit.title = re.split(r"[.!?]\s", men.title, maxsplit=1)[0]
        if men.email and not hit.email:
            hit.email = men.email
        doctor = DOCTOR.match(men.name)
        if hit.name and INITIALLED.match(hit.name) and not INITIALLED.match(men.name) and \
                _key(hit.name) <= _key(men.name) | {hit.name[0].lower()}:
            hit.name = men.name  # "A. Okafor" on the invitation, "Amara Okafor" in its text
        if not hit.name or (doctor and not DOCTOR.match(hit.name)):
            hit.name = men.name if not hit.name or _key(hit.name) <= _key(men.name) else \
                f"{doctor.group(0) if doctor else ''}{hit.name}"  # "Dr. Okafor" of Amara
            # Okafor: "Dr. Amara Okafor"
    entries = _on_the_schedule(entries)
    _written_addresses(entries, text)
    _sent_for(inv, entries, own)
    give_addresses(entries, (*inv.senders, *inv.copied), own)  # an e-mail's Reply-To, Cc
    said = usable_text(text)
    for e in [e for e in entries if e.attends and e.name and not e.is_org and re.search(
            rf"(?<!\w){re.escape(e.name)}\s+(?:meeting\s+|conference\s+)?(?:room|suite|boardroom)\b",
            said, re.IGNORECASE)]:  # a room named for a person ("the Ada Lovelace room")
        entries.remove(e)
        out.append(Someone(e.name, e.email, "resource"))
    names = [e.name for e in entries if e.name]
    for e in entries:
        if e.name and not e.title:  # "Noor, Recruiting" under the letter
            e.title = signed_title(e.name, names, said)
        if _employers(e.title, cores, inv.summary):  # the employer's name under hers
            e.title = ""
        if e.name and met_in_title(e.name, names, inv.summary):  # "… w/ Hemi"
            e.met_by_title = "met" not in e.contexts
            e.contexts.add("met")
    org = next((e for e in entries if e.is_org), None)
    signers = [e for e in entries if "signature" in e.contexts]
    writer = org if org is not None and org.name else (  # else who signs the letter
        signers[0] if len(signers) == 1 else None)
    if writer is not None and not writer.title:  # "I'm the recruiter for this role"
        writer.title = self_title(said)
    if writer is not None and keeps_the_diary(said):  # "I just keep the calendar"
        writer.contexts.add("coordinator")
    if writer is not None and not writer.contexts & {"interviewers", "schedule", "met"} and \
            any(e is not writer and e.name for e in entries) and \
            signs_for_recruiters(writer.name, names, said):
        writer.contexts.add("coordinator")
    booked = [e for e in entries if e is not writer and e.name and
              arranged_with(said, e.name, names)]  # "I've set up a call with Bob Smith"
    for e in booked:
        e.contexts.add("met")
    if writer is not None and booked:
        writer.contexts.add("coordinator")
    for e in entries:  # "If you need to reschedule, contact Layla"
        if e.name and asked_to_contact(said, e.name, e.email, names):
            e.contexts.add("contact")
    entries = [e for e in entries if vouched(e, cores, said, entries, inv.summary,
                                             inv.location or "") and
               not names_the_business(e.name, e.email, cores) and
               not (e.email is None and not e.attends and written_as_a_place(e.name, said))]
    greets = bool(GREETS.search(said)) and not (org is not None and _holds_a_job(org))
    away = (bool(ABSENT.search(said)) or _others_interview(said, entries) or
            meets_others(said, entries)) and \
        not PRESENT.search(said)  # says so: not in the interview
    absent = away or (greets and not PRESENT.search(said))
    if not PRESENT.search(said) and not (org is not None and met_by_own_name(said, org.name)):
        _off_the_schedule(entries)  # ("you'll speak with me and …", "meet Camille and …")
    intro = {m.group(1).lower() for m in HANDS_OVER.finditer(said)}
    present = bool(PRESENT.search(said))
    alone = sum(bool(e.name) for e in entries) > 1 and any(e.is_org for e in entries) and \
        bool(NOBODY_TALKS.search(inv.summary))
    kinds = [_kind(e, e is writer, present, absent, intro, alone) for e in entries]
    if writer is not None and ONLY_ME.search(said):  # "It'll just be me": an attendee the
        # text says nothing of is not in the room
        kinds = ["none" if e is not writer and e.attends and not e.contexts and k ==
                 "interviewer" else k for e, k in zip(entries, kinds, strict=True)]
    for i in _other_candidates(entries, org_email, said):
        kinds[i] = "candidate"
    _writers_for_others(entries, kinds, for_a_client(said, cores, inv.summary))
    coords = sorted((i for i, k in enumerate(kinds) if k == "coordinator"),  # (whoever set
                    key=lambda i: (not entries[i].name, not (entries[i].is_org or "signature"
                                                             in entries[i].contexts)))
    # it up or wrote the letter first: "Recruiter: Carla … Coordinator: Dev …", signed "Dev";
    # a person the text names before a team's mailbox that names nobody)
    for i in coords[1:]:  # one coordinator: another attendee interviews, a name is dropped
        kinds[i] = "interviewer" if entries[i].attends and entries[i].name else "none"
    if "interviewer" not in kinds and coords:
        e = entries[coords[0]]
        if (((e.is_org or e.attends or e.contexts & {"sent", "host"})  # (the video meeting's
             and "coordinator" not in e.contexts  # host is in it)
             and not away and not TO_FOLLOW.search(said)) or  # (greeting the one candidate
                SCREEN.search(inv.summary)) and not NOBODY_TALKS.search(inv.summary) \
                and not GROUP.search(inv.summary):  # of a call is holding it)
            kinds[coords[0]] = "interviewer"  # a recruiter screen: the recruiter talks
    for e, k in zip(entries, kinds, strict=True):
        if k == "candidate":
            out.append(Someone(e.name, e.email, k))
        elif k != "none" and not (k == "interviewer" and e.declined):
            out.append(Someone(e.name, e.email, k, e.title, ", ".join(sorted(e.contexts))))
    return out


# A small employer's mailbox for everyone ("hello@", "info@", "kontakt@").
GREETING_MAILBOXES = frozenset(("hello", "hallo", "hola", "hi", "hey", "info", "contact",
                                "kontakt", "office", "bonjour", "ciao", "team", "admin",
                                "enquiries", "inquiries", "mail", "post", "studio"))


def _greets_all(email: str) -> bool:
    return email.partition("@")[0].lower() in GREETING_MAILBOXES


def _sent_for(inv: Invitation, entries: list[_Entry], own: frozenset[str]) -> None:
    """Who sent the invitation for its organizer (SENT-BY: an assistant for a manager, a
    recruiter behind the team's mailbox) set it up."""
    org = inv.organizer
    sender = org.sent_by if org else ""
    if org is None or not sender or sender in own or is_relay(sender) or sender == org.email:
        return
    local = sender.partition("@")[0]
    spelled = [e for e in entries if e.name and spells(local, e.name)] or [
        e for e in entries if e.name and not e.email and spells_given(local, e.name)]
    hit = next((e for e in entries if e.email == sender), None) or (
        spelled[0] if len(spelled) == 1 else None)
    if hit is None:
        named = next((s.name for s in inv.senders if s.email == sender and s.name), "")
        hit = _Entry(envelope(named) if named else "", sender, False, False)
        entries.append(hit)
    hit.email = hit.email if hit.email and not is_relay(hit.email) else sender
    hit.contexts.add("sent")


def _on_the_schedule(entries: list[_Entry]) -> list[_Entry]:
    """Where the description lists who interviews (a schedule, a labelled list), that list
    is whole: a name only met in passing in its prose, with no address, title or seat in the
    meeting, is no one to thank ("your interview with Norrland Timber for …")."""
    if not any(e.contexts & {"interviewers", "schedule"} for e in entries):
        return entries
    return [e for e in entries if e.attends or e.is_org or e.email or e.title
            or not e.contexts <= {"prose", "met"}]


def _written_addresses(entries: list[_Entry], text: str) -> None:
    """An address the description writes that spells one person's name, and no one else's,
    is that person's own ("Questions? Reach Elin Sjöberg at elin.sjoberg@…")."""
    written = [w.lower() for w in dict.fromkeys(EMAIL.findall(usable_text(text)))
               if not is_relay(w)]
    taken = {e.email for e in entries if e.email}
    for e in entries:
        if not e.name or (e.email and not is_relay(e.email)):
            continue
        own = [w for w in written if w not in taken and spells(w.partition("@")[0], e.name)]
        if len(own) == 1 and sum(spells(own[0].partition("@")[0], x.name)
                                 for x in entries if x.name) == 1:
            e.email = own[0]
            taken.add(own[0])


def _employers(title: str, cores: set[str], summary: str) -> bool:
    """Words beside a name that are the employer's, not a job title."""
    return bool(title) and not titled(title) and (spells_organisation(title, cores) or
                                                  _key(title) <= _key(summary))


def _the_jobs_words(men: Mention, summary: str) -> bool:
    """A name the description writes in prose that is the job's, not a person's: a place or
    field the invitation's title also carries (not as the one met), with no job title
    beside it ("Store Manager – Tamil Nadu (Chennai)"); or the job in other words, written
    beside the very title the invitation names ("Encarregado Armazém (Warehouse
    Supervisor)")."""
    if men.context != "prose" or not men.title or men.email:
        return False
    low = " ".join(summary.lower().split())
    if titled(men.title):  # (not whom the title says one meets: "Meeting with Group CFO")
        return f" {men.title.lower()} " in f" {low} " and men.name.lower() not in low and \
            f" with {men.title.lower()} " not in f" {low} "
    return bool(re.search(rf"(?<!\w){re.escape(men.name.lower())}(?!\w)", low)) and \
        not _met_in(men.name, summary)


def _met_in(name: str, summary: str) -> bool:
    """The title names this person as the one met ("… w/ Alicia Romero")."""
    return bool(re.search(rf"(?:\bwith|w/|\bx|\band|\bbetween|&)\s+{re.escape(name)}",
                          summary, re.IGNORECASE))


def _mailbox_of(name: str, email: str, summary: str, cores: set[str]) -> bool:
    """A team mailbox of the employer's own domain under one person's name ("Rita
    Recruiter" <recruiting@…>, not "Acme Scheduling" <scheduling@acme…>): that person
    reads it."""
    words = name.split()
    domain = email.rpartition("@")[2]
    return (len(words) == 2 and not service(domain) and not spells_organisation(name, cores)
        and not PERSON_ROLE_WORDS.fullmatch(words[0]) and words[0][:1].isupper()
        and not words[0].isupper()  # an acronym, the employer's initials ("MUH Interviews")
        and not first_word_of_an_organisation(name, cores)  # ("Brightwater Recruitment")
        and not department(words[0]) and not titled(words[0])
        and words[0].lower() not in AUDIENCES
        and bool(PERSON_ROLE_WORDS.fullmatch(words[1])) and not _key(name) & _key(summary))


# Whom a team recruits, or where, as the first word of its mailbox's name ("Graduate
# Recruitment", "Campus Recruiting", "Student Recruitment", "Global Talent"): no given name.
AUDIENCES = frozenset(("campus", "student", "students", "graduates", "university", "school",
                       "college", "early", "global", "corporate", "group", "central",
                       "regional", "national", "international", "medical", "clinical",
                       "volunteer", "volunteers", "academic", "faculty", "staff", "internal",
                       "external", "executive", "experienced", "professional", "seasonal"))


def _holds_a_job(e: _Entry) -> bool:
    """A title of the team's own work, not recruiting's ("Manager, Watershed Science")."""
    return bool(e.title) and titled(e.title) and not ORGANISING.search(e.title)


# What each thing the file says of a person weighs for "set it up" (above nought) against
# "in the room" (nought or below): one weighing of all of it, not a first cue that wins.
_IN_THE_ROOM = {"interviewers": 6, "schedule": 9, "met": 6, "joins": 4, "host": 2}
_SETS_UP = {"coordinator": 5, "informed": 5, "contact": 5, "sent": 5, "recruiting": 5}


def _kind(e: _Entry, writer: bool, said_present: bool, absent: bool, intro: set[str],
          alone: bool) -> str:
    """Interviewer, coordinator or none, from all the file says of the person: a slot, a
    list or a meeting of their own, or being said to sit in, weigh for the room; a title
    of recruiting's, being the one to contact, being copied, greeting and handing over,
    declining their own meeting, organising work the candidate does alone, for setting it
    up; the writer saying they are in it ("Panel: A, B and myself") for the room. One said
    to be away ("X sends his apologies", "can no longer make it") is no one met: the
    candidate never thanks someone who was not there."""
    if "away" in e.contexts and not e.contexts & {"interviewers", "schedule", "met", "joins",
                                                  "host"}:
        return "none"  # an attendee the description says will not be there
    room = max((w for c, w in _IN_THE_ROOM.items() if c in e.contexts), default=0)
    if room == 6 and e.met_by_title and not e.contexts & {"interviewers", "schedule"}:
        room = 2  # only the title's "A and B" (a booking page writes both names there)
    if writer and said_present:  # "Panel: A, B and myself", "it'll be just me"
        room = max(room, 8)
    up = max((w for c, w in _SETS_UP.items() if c in e.contexts), default=0)
    up += 5 if e.is_org and e.declined else 0  # declined their own meeting
    up += 3 if e.title and (ORGANISING.search(e.title) or keeps_the_office(e.title)) else 0
    up += 3 if e.is_org and absent else 0
    up += 3 if e.name and e.name.split()[0].lower() in intro and \
        "schedule" not in e.contexts else 0  # says hello and hands over
    up += 2 if e.is_org and alone else 0  # a take-home that others named review
    up += 5 if writer and e.contexts & {"welcome"} else 0  # "2:00 Welcome – Ana (me)"
    return "coordinator" if up > room else "interviewer"


# Someone else is said to hold the interview ("Bob from our data team will interview you",
# "Ana and Li will take you through the case study").
OTHERS_INTERVIEW = lazy(
    rf"\b([{UPPER}][\w'’-]+)(?:\s+[{UPPER}][\w'’-]+)?(?:,?\s+and\s+([{UPPER}][\w'’-]+)"
    rf"(?:\s+[{UPPER}][\w'’-]+)?)?(?:\s+(?:from|of|on)\s+[\w\s]{{1,30}}?)?\s+(?:will|['’]ll|"
    r"is going to|are going to)\s+(?:be\s+)?(?:interview(?:ing)?\s+you|take you through|"
    r"walk you through|run the|lead the|host the|(?:call|phone|ring|video-?call)(?:ing)?\s+you)")
PRONOUNS = frozenset(("He", "She", "They", "We", "It", "This", "That", "Who"))
SPEAKS_FOR_SELF = lazy(r"\bI(?:['’]ll| will| am going to)\b|\band I\b|\bme and\b",
                             re.IGNORECASE)


def _others_interview(said: str, entries: list[_Entry]) -> bool:
    """The organizer writes of the interviewers in the third person, never of themself:
    they set it up."""
    org = next((e for e in entries if e.is_org and e.name), None)
    if org is None or SPEAKS_FOR_SELF.search(said):
        return False
    first = org.name.split()[0].lower()
    return any(first not in {(g or "").lower() for g in m.groups()} and m.group(1) not in
               PRONOUNS for m in OTHERS_INTERVIEW.finditer(said))  # ("He will interview you")


def _writers_for_others(entries: list[_Entry], kinds: list[str], for_a_client: bool) -> None:
    """Who writes the invitation for others who interview set it up: the one who signs it
    without a title and is not in the meeting; the organizer or signer who books it for a
    client."""
    for i, e in enumerate(entries):
        if kinds[i] != "interviewer" or e.contexts & {"interviewers", "schedule", "met", "host"} \
                or not any(k == "interviewer" for j, k in enumerate(kinds) if j != i):
            continue
        signed = "signature" in e.contexts and e.contexts <= {"signature", "prose"}
        if (signed and not e.attends and not e.is_org and not e.title) or (
                (e.is_org or signed) and for_a_client):
            kinds[i] = "coordinator"


def _off_the_schedule(entries: list[_Entry]) -> None:
    """The organizer of an invitation whose description lists the interviewers, and who is
    not among them, set it up (the hiring manager puts themself on their own schedule; an
    organizer of another organisation than all of them, an agency's consultant, is none)."""
    listed = [e for e in entries if e.contexts & {"interviewers", "schedule", "met"}]
    theirs = {_domain(e.email) for e in listed if e.email and not is_relay(e.email)}
    for e in entries:
        if e.is_org and listed and e not in listed and e.contexts <= {"prose", "signature"} \
                and (not e.title or ORGANISING.search(e.title) or keeps_the_office(e.title) or (
                    theirs and e.email and not personal(e.email) and not is_relay(e.email)
                    and _domain(e.email) not in theirs)):
            e.contexts.add("coordinator")


def _domain(email: str) -> str:
    """The organisation an address is of ("acme" of jo@acme.com and jo@mail.acme.co.uk)."""
    from followup.capture.org_domains import core_of

    return core_of(email.rpartition("@")[2].lower())


def _other_candidates(entries: list[_Entry], org_email: str, said: str) -> list[int]:
    """A group interview: the attendees on private mail whom the description, which names
    the interviewers, does not name are other candidates, when it says it is for a group
    or there are several of them (one could be an interviewer on private mail)."""
    if personal(org_email) or not any(e.contexts & {"interviewers", "schedule", "met"}
                                       for e in entries):
        return []
    found = [i for i, e in enumerate(entries) if not e.contexts and not e.is_org and e.email
             and personal(e.email)]
    return found if len(found) >= 2 or (found and GROUP.search(said)) else []
