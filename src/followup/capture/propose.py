"""From an invitation to a proposed interview: who, for which company and role (pure).

Each field carries whether it was read plainly from the invitation or guessed, so that the
candidate can check the guesses before anything is stored (C4: people; C1: the date).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import NamedTuple

from followup.capture import name_likeness, small_employer
from followup.capture.invitations import Address, Invitation
from followup.capture.lazy import lazy
from followup.capture.mail_hosts import host
from followup.capture.mentions import HTML_TAG
from followup.capture.name_order import given_first
from followup.capture.org_domains import agrees, core_of, resembles, spells_words, squash

# the job's reading lives in capture/roles.py; these names are read from here by other modules
from followup.capture.roles import GENDER_TAG as GENDER_TAG
from followup.capture.roles import ROLE_LABEL as ROLE_LABEL
from followup.capture.roles import STAGES as STAGES
from followup.capture.roles import TITLES as TITLES
from followup.capture.roles import Guessed as Guessed
from followup.capture.roles import names_title as names_title
from followup.capture.roles import role
from followup.capture.roles import stage_spans as stage_spans
from followup.capture.small_employer import body_not_person
from followup.capture.stated_zone import taken
from followup.core.companies import best_keys, company_key, is_legal_form, without_legal_form
from followup.core.mailboxes import FREE_MAIL, domain, same_org
from followup.core.model import Person

# Calendar machinery, besides the services that write for employers (people.SERVICE_DOMAINS):
# their domains say nothing about the employer.
MACHINERY = ("microsoft.com", "google.com", "calendar.google.com", "apple.com")
COORDINATOR_HINT = lazy(r"recruit|talent|\bhr\b|^hr|careers|people|jobs|hiring|"
                              r"coordinat|schedul|staffing|acquisition", re.IGNORECASE)


class KnownApp(NamedTuple):
    app_id: int
    company: str
    role: str
    status: str
    domains: frozenset[str]


class Known(NamedTuple):
    """What the database already knows, for matching: a snapshot taken by the caller."""

    apps: tuple[KnownApp, ...]
    contact_companies: dict[str, str]  # domain -> company


class Proposal(NamedTuple):
    invitation: Invitation
    company: Guessed
    role: Guessed
    interviewers: tuple[Person, ...]
    coordinator: Person | None
    people_guessed: bool
    people_how: str
    app_id: int | None = None  # the application it belongs to, if one matched
    notes: tuple[str, ...] = ()


def _name(a: Address) -> tuple[str, bool]:
    if a.name:
        return a.name, False
    local = a.email.partition("@")[0]
    words = [w for w in re.split(r"[._\-+0-9]+", local) if w]
    return (" ".join(w.capitalize() for w in words) or a.email), True


def _is_service(address: str) -> bool:
    from followup.capture.people import service

    d = domain(address)
    return service(d) or any(same_org(d, s) or d.endswith("." + s) for s in MACHINERY)


def _person(a: Address) -> tuple[Person, bool]:
    name, guessed = _name(a)
    return Person(name=name, email=a.email), guessed


def people(inv: Invitation, own: frozenset[str]
           ) -> tuple[tuple[Person, ...], Person | None, bool, str]:
    """(interviewers, coordinator, guessed?, how), read as the candidate reads the
    invitation (capture/people.py): the organizer is the coordinator when the file says they
    set it up (a title, a label, "I won't be in the interviews"), rooms and relay addresses
    are nobody, and the schedule in the description names the interviewers."""
    from followup.capture.people import classify

    on_file = bool(own)
    own, assumed = _candidate(inv, own)
    everyone = classify(inv, own)
    from followup.capture.outside_the_list import outside_the_list

    everyone = outside_the_list(inv, everyone)  # a contact outside the list of the met
    staff: list[Person] = []
    coordinator, names_guessed, said_to = None, False, False
    made_up: set[str] = set()  # addresses whose names were made from them
    for s in everyone:
        if s.kind not in ("interviewer", "coordinator") or body_not_person(s.name or ""):
            continue
        name, guessed = (s.name, False) if s.name else _name(Address("", s.email or ""))
        names_guessed |= guessed
        if guessed and s.email:
            made_up.add(s.email.lower())
        p = Person(name=name, email=s.email)
        if s.kind == "coordinator":
            coordinator = p
            said_to = bool({"coordinator", "informed"} & set(s.how.split(", ")))
        else:
            staff.append(p)
    if coordinator is not None:  # listed with those met: met (capture/listed_together)
        from followup.capture.listed_together import listed_together

        met, coordinator = listed_together(staff, coordinator, HTML_TAG.sub(
            "\n", "\n".join((inv.description, inv.note))), said_to)
        staff = list(met)
    from followup.capture.delegate import sent_for

    met, coordinator = sent_for(inv, staff, coordinator, own)  # SENT-BY: who set it up
    from followup.capture.passed_on import passed_on

    met, coordinator = passed_on(inv, met, coordinator, own, everyone)  # a forward of theirs
    from followup.capture.off_calendar import off_calendar

    met, coordinator = off_calendar(inv, met, coordinator, own)  # not invited, written to
    staff = list(met)
    if coordinator is None:  # a hiring system's mail answered by a person of the employer
        from followup.capture.reply_to_person import coordinator_behind_relay

        behind = coordinator_behind_relay(
            inv, [(p.name, p.email) for p in staff] + [("", e) for e in own])
        coordinator = Person(name=behind[0], email=behind[1]) if behind else None
    from followup.capture.copied_named import met_when_none

    staff = list(met_when_none(inv, staff, coordinator, own))  # no one met: whom it copies
    from followup.capture.written_twice import once_each

    staff, coordinator = once_each(staff, coordinator, frozenset(made_up))  # "Krzysztofem
    # Zawadzkim" is Krzysztof Zawadzki; "Kasia Mazur" beside katarzyna.mazur@ is Kasia
    how = "the attendees and the people the description names"
    if coordinator is not None:
        how += f"; {coordinator.name} set it up (coordinator)"
    if names_guessed:
        how += "; some names made from their addresses"
    if assumed:
        how += (f"; you are taken to be {assumed}, which is not the address you gave"
                if on_file else
                f"; you are taken to be {assumed} (set yours: followup me --email)")
    return tuple(staff), coordinator, True, how


def _candidate(inv: Invitation, own: frozenset[str]) -> tuple[frozenset[str], str]:
    """The candidate's own addresses; when none is among the attendees, the one attendee
    from outside the organizer's organisation is taken to be the candidate (a guess)."""
    if any(a.email in own for a in inv.attendees) or inv.organizer is None:
        return own, ""
    home = domain(inv.organizer.email)
    mailed = {s.email.lower() for s in inv.senders}  # who mails it to you is not you (an
    # agency's recruiter forwarding the manager's invitation)
    outside = [a.email for a in inv.attendees
               if not same_org(domain(a.email), home) and a.cutype not in ("ROOM", "RESOURCE")
               and not small_employer.to_be_met(a.name, inv.summary)
               and a.email.lower() not in mailed]
    if len(outside) == 1 and not _is_service(inv.organizer.email) and home not in FREE_MAIL:
        return own | {outside[0]}, outside[0]
    # the one private address is yours (a scheduling system sent it, or the event is your
    # own copy); of several, not the organizer's (a small employer inviting you from their
    # own private mail), and of several still, the one the greeting names ("Hi Sam,")
    free = [a for a in inv.attendees if domain(a.email) in FREE_MAIL
            and not a.email.endswith(("@imip.me.com", "@icloud.com", "@me.com"))
            and not small_employer.to_be_met(a.name, inv.summary)
            and a.email.lower() not in mailed]  # (a friend forwarding what was sent to them)
    if len(free) > 1:
        free = [a for a in free if a.email.lower() != inv.organizer.email.lower()]
    if len(free) > 1:
        free = [a for a in free if a.name and _greeted(inv.description, a.name)]
    if len(free) == 1:
        return own | {free[0].email}, free[0].email
    return own, ""


def _greeted(text: str, name: str) -> bool:
    """Whether the text opens by greeting this person by their first name ("Hi Sam,")."""
    from followup.capture.mention_cues import GREETING

    opening = text.lstrip()[:40]
    first = re.search(rf"\b{re.escape(name.split()[0])}\b", opening, re.IGNORECASE)
    return first is not None and bool(GREETING.search(opening[:first.start()]))


def _domains(inv: Invitation, own: frozenset[str]) -> list[str]:
    own_domains = {domain(a) for a in own}
    found: Counter[str] = Counter()
    everyone = ([inv.organizer] if inv.organizer else []) + list(inv.attendees)
    for i, a in enumerate(everyone):
        # a relay's person's own address, which the file carries beside it (Apple's EMAIL=)
        for email in (a.email, a.also) if "@" in a.also else (a.email,):
            d = domain(email)
            if (not d or d in own_domains or email in own or _is_service(email)
                    or "resource.calendar" in email or host(d)):  # host: free mail too
                continue
            found[d] += 3 if i == 0 else 1
    return [d for d, _ in found.most_common()]


def _written(inv: Invitation, own: frozenset[str], doms: list[str]) -> list[str]:
    """The domains of the addresses the mail's headers and the description write (a
    signature's, "Questions: amara@lagoonclinical…"), after the attendees': they spell the
    employer's name as the people's do, but name no attendee to match it by."""
    from followup.capture.addresses import personal
    from followup.capture.mentions import EMAIL, usable_text

    own_domains = {domain(a) for a in own}
    found = [*(s.email for s in inv.senders), *EMAIL.findall(usable_text(inv.description))]
    out = [domain(e) for e in found if domain(e) and "." in domain(e)
           and not personal(e) and not _is_service(e) and domain(e) not in own_domains]
    return [d for d in dict.fromkeys(out) if d not in doms]


def _label(d: str) -> str:
    from followup.capture.employer import domain_words

    return domain_words(d)


def _persons(people_names: tuple[str, ...]) -> set[str]:
    """The names of the people the reader found (interviewers, coordinator, candidate), as
    compared: a person of the invitation is never
    its employer, whatever the domain spells ("Priya Shah" at shahdental). Two words at
    least: one word alone is an organisation's display name as often ("Quillstack")."""
    from followup.capture.people import person_name

    return {squash(n) for n in people_names if len(n.split()) >= 2 and person_name(n)}


def _whole_name(found: str, whole: str, spell: list[str]) -> bool:
    """`whole` writes the title's `found` in full: it goes on from it with words of a
    company's name, and a domain of the file agrees with it and spells more than `found`
    ("fynboscoffee"; "pennickandsons" does not confirm "Pennick & Sons Stonemasons")."""
    from followup.capture.employer import TEAM_WORDS

    added = whole[len(found):].split()
    base = squash(found.replace("&", " and "))
    return whole.startswith(found + " ") and any(
        agrees(whole, d) and core_of(d).startswith(base) and len(core_of(d)) > len(base)
        for d in spell) and not (
        TEAM_WORDS.search(whole) or any(w.isupper() or w.lower() in _SITES for w in added))


_SITES = frozenset(("office", "offices", "depot", "warehouse", "campus", "site", "store",
                    "branch", "plant", "yard", "hub"))


def company(inv: Invitation, own: frozenset[str], known: Known,
            people_names: tuple[str, ...] = ()) -> tuple[Guessed, int | None]:
    """The employer as read (_company), settled on what the file's sources agree on and
    refused when it is a person's, a unit's, a job's or a place's (employer_settle)."""
    from followup.capture.employer_called import as_called
    from followup.capture.employer_settle import settle
    from followup.capture.meeting_line import service_heading
    from followup.capture.people import tenants
    from followup.capture.registered_script import over

    got, app_id = _company(inv, own, known, people_names)
    if got.guessed and not got.value:
        from followup.capture.signed_firm import signed_firm

        firm = signed_firm(inv)  # "Henk Mulder" over "Bakkerij Mulder & Zn."
        if firm and firm not in people_names:  # (refused below once: the retry names it)
            got = Guessed(firm, True, "the firm under the signer's name")
    if got.guessed and not got.value and not _domains(inv, own):  # free mail: the business
        from followup.capture.written_as_place import named_at_address  # at the address

        firm = named_at_address(inv.location or "", [inv.description, inv.note], people_names)
        got = Guessed(firm, True, "the business written at the location's address") \
            if firm else got
    if not got.guessed:
        return got, app_id
    doms = _domains(inv, own)
    spell = doms + tenants(inv) + _written(inv, own, doms)
    # the name the title and the sentences call it, over a footer's registered name
    value = as_called(settle(got.value, got.how, inv, people_names, spell), inv)
    value = over(value, inv)  # "株式会社…", "…有限公司", "…(주)" in the file's script
    from followup.capture.employer_evidence import greeting_or_closing, weighed
    from followup.capture.pronoun_words import is_pronoun

    # "Hi Sam"; "They are hiring …": a pronoun names no employer
    if value and (greeting_or_closing(value) or is_pronoun(value)) and value not in people_names:
        return company(inv, own, known, (*people_names, value))
    from followup.capture.common_word import written_small

    if value and written_small(value, inv) and value not in people_names:  # "enoturismo"
        return company(inv, own, known, (*people_names, value))
    from followup.capture.spelled_in_full import in_full as written_in_full

    value = written_in_full(value, inv) or value  # "MSZ – Moravské strojírny Zlín a.s."
    value = weighed(value, inv, doms)
    from followup.capture.employer import file_addresses
    from followup.capture.employer_evidence import file_texts
    from followup.capture.name_edges import common_lead, mailbox_tail

    value = common_lead(mailbox_tail(value, file_addresses(inv)), file_texts(inv),
                        file_addresses(inv)) if value else value
    from followup.capture.unit_edges import edges_off

    value = edges_off(value, file_addresses(inv)) if value else value  # "Acme Interview"
    from followup.capture.employer_called import as_titled

    value = as_titled(value, inv)  # "Acme Data" titled, "Acme Data, UAB" in the footer
    from followup.capture.employer_instead import job_was_read, premises
    from followup.capture.job_said import said_as_job

    if value and said_as_job(value, file_texts(inv)[1:]):  # "the position of Buyer": the
        value = job_was_read(inv, spell)  # name the domain spells, or none
    from followup.capture.written_as_place import town_of_address

    if value and town_of_address(value, inv.location or ""):  # "21300 Makarska": the
        value = premises(inv, people_names)  # business the location names, or none
    from followup.capture.employer_holds_person import holds_given_name
    from followup.capture.venue_named import is_venue

    # (not the premises the location names before its address: "Pâtisserie Margaux", the
    # shop its owner Margaux named, is where the candidate goes, no line to her)
    if value and holds_given_name(value, people_names) and value not in people_names and \
            not is_venue(value, inv.location):
        return company(inv, own, known, (*people_names, value))  # "Interview Sam – …"
    from followup.capture.client_of_sender import client_premises, senders_own

    # (not a firm the title names as the meeting's own: a consultancy's case interview)
    if senders_own(value, inv, doms) and squash(value) not in squash(inv.summary):
        # "our client, a leading …": not the firm's own name; the premises' business, if any
        value = client_premises(value, inv, people_names)
    if value and service_heading(value) and value not in people_names:  # "Teams-vergadering"
        return company(inv, own, known, (*people_names, value))
    if value == got.value:
        return got, app_id
    how = got.how if value else f"{got.value!r} refused: no employer's name"
    return Guessed(value, True, how), next(
        (a.app_id for a in sorted(known.apps, key=lambda a: -a.app_id)
         if value and company_key(a.company) == company_key(value)), None)


def _company(inv: Invitation, own: frozenset[str], known: Known,
             people_names: tuple[str, ...] = ()) -> tuple[Guessed, int | None]:
    """The employer, from the people's domains: a contact or an application that shares the
    domain names it; else the company matcher compares the domain's name with the companies
    already known; else the domain's name itself, marked as a guess."""
    from followup.capture.employer import by_suffix

    # a display name that ends in a company's word and is no person's ("Fenwick & Doyle
    # Accountants" organizing from free mail) is the firm's, whoever the people reader took
    # it for: it vetoes no name of the employer
    # nor one an institution's or a trade's word starts ("Pharmacie du Canal" signing)
    from followup.capture.employer_guess import ORG_HEAD
    from followup.capture.people import person_name

    people_names = tuple(n for n in people_names if (person_name(n) or not by_suffix(n)) and not (
        len(n.split()) >= 2 and ORG_HEAD.match(n)))
    doms = _domains(inv, own)
    for d in doms:
        for app in sorted(known.apps, key=lambda a: -a.app_id):
            if any(same_org(d, x) for x in app.domains):
                return Guessed(app.company, False, f"{d}: people of application "
                                                   f"#{app.app_id}"), app.app_id
        for cd, name in known.contact_companies.items():
            if same_org(d, cd):
                return Guessed(name, False, f"{d}: your contacts there work at {name}"), None
    from followup.capture.employer import ORGANIZERS, employer
    from followup.capture.employer_full import in_full
    from followup.capture.employer_where import at_location
    from followup.capture.people import tenants

    spell = doms + tenants(inv) + _written(inv, own, doms)  # what the employer's name may spell
    found, how = employer(inv, people_names, spell)
    if how and not found:  # the file says the employer is kept back: no guess at it
        return Guessed("", True, how), None
    if how.endswith("(a guess)"):  # a name the domain spells is surer than a guess
        from followup.capture.employer_spelled import spelled_like

        spelled = spelled_like(inv, spell, mail=True)  # (the mail's signature too)
        found, how = (spelled, "the name its domain spells") if spelled else (found, how)
    if how.endswith("(a guess)") and not doms:  # free mail: a guess that is the town a
        from followup.capture.employer_seat import seat_of  # firm's legal form is written
        # before ("Jadran Nautika d.o.o., Punat"): the firm's seat; the firm is the employer
        formal = seat_of(found, inv)
        if formal and squash(formal) not in _persons(people_names):
            found, how = formal, "named with its legal form"
    persons = _persons(people_names)
    from followup.capture.employer_full import written_whole

    # a guess from the domain yields to the line that writes the name whole; any other
    # source only to a line that goes on from it to the legal form, the registered name's
    whole = written_whole(found, inv, people_names) if found else ""
    # and a title's short name to the whole one a line or the location writes that the
    # domain agrees with ("Fynbos" → "Fynbos Coffee Roasters, Unit 4 …" at fynboscoffee),
    # not with a team's, a site's or an acronym's words after it ("… HQ", "… Hiring Team")
    # (the title's own name stays when the line adds to it only the legal form)
    if whole and (how == "the name its domain spells" or (whole.startswith(found) and
                  is_legal_form(whole.split()[-1]) and not (how == "named in the title" and
                  without_legal_form(whole) == found)) or (
            how == "named in the title" and _whole_name(found, whole, spell))):
        found = whole
    found = in_full(found, inv) if found else ""
    # "Kestrel Moran" signing at kestrelbreads; an organizer's display name the reader took
    # as the employer's was weighed as one already ("Mairie de Lyon")
    # as was an agency's client ("with Ostrava Glassworks, our client"), whoever the people
    # reader took it for
    if squash(found) in persons and how != ORGANIZERS and "client" not in how:
        found = ""
    from followup.capture.employer_settle import refused

    if refused(found, inv, people_names, spell):  # the other sources are heard
        found = ""
    if found:
        return Guessed(found, True, how), next(
            (a.app_id for a in sorted(known.apps, key=lambda a: -a.app_id)
             if company_key(a.company) == company_key(found)), None)
    from followup.capture.employer_spelled import spelled_like

    spelled = spelled_like(inv, spell)
    if spelled and squash(spelled) not in persons:
        return Guessed(spelled, True, "the name its domain spells"), next(
            (a.app_id for a in sorted(known.apps, key=lambda a: -a.app_id)
             if company_key(a.company) == company_key(spelled)), None)
    keys = {company_key(a.company): a for a in known.apps}
    for d in doms if keys else ():  # rapidfuzz is loaded only when there is a name to match
        label = _label(d)
        hits = best_keys(company_key(label), list(keys))
        if hits:
            app = keys[hits[0][0]]
            return Guessed(app.company, True, f"{d} looks like {app.company} "
                                              f"(#{app.app_id})"), app.app_id
    from followup.capture.employer_spelled import started_like, written_out

    written = written_out(inv, spell, people_names)
    if written:  # "Kestrel Mining Services" in the signature, at kestrel-ms
        return Guessed(in_full(written, inv), True, "written out as its domain abbreviates"), \
            None
    started = started_like(inv, spell)
    if started:  # "Hollowbrook Vineyards" at hollowbrookwines
        return Guessed(started, True, "the name its domain starts"), None
    place = at_location(inv, people_names) if not tenants(inv) else ""
    # the premises the location names before its address: with free mail, or when the
    # domain starts like it, where the domain runs its words together ("Harbourside
    # Ventures, 9 Queen Square" at harboursidevc)
    if place and (not doms or resembles(place, doms[0])):
        return Guessed(in_full(place, inv), True, "the business the location names"), None
    if doms and spells_words(doms[0]):  # a line that writes the label whole is surer
        from followup.capture.employer_full import written_whole

        return Guessed(written_whole(_label(doms[0]), inv, people_names) or _label(doms[0]),
                       True, f"from the domain {doms[0]}"), None
    for app in sorted(known.apps, key=lambda a: -a.app_id):
        if app.company and re.search(rf"\b{re.escape(app.company)}\b", inv.summary, re.I):
            return Guessed(app.company, True, "named in the title"), app.app_id
    if doms:  # letters, or words run together: no guess at their spelling
        return Guessed("", True, f"no name the file writes that {doms[0]} spells"), None
    from followup.capture.employer import with_legal_form

    formal = with_legal_form(inv, [], "", anywhere=True)  # free mail: the one firm written
    if formal and squash(formal) not in persons:  # with its legal form ("… Ltda.") is it
        return Guessed(formal, True, "named with its legal form"), None
    return Guessed("", True, "no company address (free mail or a scheduling service)"), None




def _people_alike(inv: Invitation, staff: tuple[Person, ...], coord: Person | None, how: str
                  ) -> tuple[tuple[Person, ...], Person | None, str]:
    """Only entries that are people (capture/name_likeness), and the organizer who writes
    the letter naming only others the coordinator."""
    said = HTML_TAG.sub("\n", "\n".join((inv.description, inv.note)))
    from followup.capture.joined_to_met import joined_to_met
    from followup.capture.venue_named import venue_dropped

    staff = joined_to_met(staff, [*([coord.name] if coord else []), *(
        a.name for a in (*inv.attendees, *inv.copied, inv.organizer) if a)], said)
    staff, coord = name_likeness.vetted(staff, coord, said)
    staff = venue_dropped(staff, inv.location)  # "Konoba Mareta, Obala 4": the venue
    had = coord
    staff, coord = name_likeness.organizer_sets_up(
        staff, coord, inv.organizer.email if inv.organizer else None,
        HTML_TAG.sub("\n", inv.description or inv.note))
    if coord is not None and had is None:
        how += f"; {coord.name} wrote it for the others (coordinator)"
    if staff and re.search(r"\)[ \t]*(?:,|[ \t]\w{1,3})[ \t]+\w", said):
        from followup.capture.listed_beside import listed_beside
        from followup.capture.mentions import mentions

        everyone = [a.name for a in (*inv.attendees, *inv.copied, inv.organizer) if a]
        staff = listed_beside(staff, mentions(inv.description) + mentions(inv.note),
                              [*everyone, *([coord.name] if coord else [])], said)
    return staff, coord, how


def propose(inv: Invitation, own: frozenset[str], known: Known) -> Proposal:
    inv = taken(inv)  # the zone its words state, when its times are in UTC (stated_zone)
    inv = given_first(inv)  # "Nowak Katarzyna" as the file writes her (capture/name_order)
    staff, coord, guessed, how = people(inv, own)
    staff, coord, how = _people_alike(inv, staff, coord, how)
    names = [p.name for p in staff] + ([coord.name] if coord else [])
    mine = _candidate(inv, own)[0]
    # the candidate's own name, else the words of their own address ("sam.k@…": "Sam K")
    me = [a.name for a in inv.attendees if a.email in mine and a.name and "@" not in a.name] or [
        " ".join(w.capitalize() for w in re.split(r"[._-]+", a.partition("@")[0])
                 if w.isalpha() and len(w) > 2) for a in sorted(mine)]
    me = [n for n in me if n]
    if coord is None:  # a recruiter the text alone names ("your recruiter Jenna Park")
        from followup.capture.recruiter_named import from_text

        coord, how = from_text(inv, staff, me, mine, how)
        names += [coord.name] if coord else []
    # nobody's name is the employer's: "Jordan Ellis and Sarah Lindgren" (Calendly)
    comp, app_id = company(inv, mine, known, (*names, *me))
    from followup.capture.employer_holds_person import holds_candidate

    if holds_candidate(comp.value, me):  # "RDV Sam Candidate": the meeting's subject
        comp, app_id = company(inv, mine, known, (*names, *me, comp.value))
    comp, app_id, staff, coord = small_employer.vetted(
        (comp, app_id), inv, me, staff, coord,
        lambda no: company(inv, mine, known, (*names, *me, no)))
    staff, coord = name_likeness.books_a_day_for_a_client(
        staff, coord, inv.organizer.email if inv.organizer else None, inv.all_day, comp.value)
    said = HTML_TAG.sub("\n", "\n".join((inv.summary, inv.description, inv.note)))
    staff, coord = name_likeness.employer_named(staff, coord, comp.value, said)
    staff, coord = name_likeness.titles_of_others(staff, coord, said)
    staff, coord = name_likeness.glued_words(staff, coord, said)
    from followup.capture.employer import DEPARTMENTS

    # the company as the title writes it, with the department the reader set aside after
    # it ("w/ Northwind Robotics Engineering"): no job's words (no pattern made per name: it
    # would be compiled at every `add --from`)
    at = inv.summary.find(comp.value) if comp.value else -1
    after = inv.summary[at + len(comp.value):].split()[:1] if at >= 0 else []
    team = f"{comp.value} {after[0]}" if after and after[0].lower() in DEPARTMENTS.split(
        "|") and (at == 0 or not inv.summary[at - 1].isalnum()) else ""
    rl = role(inv.summary, team or comp.value, [*names, *me],
              HTML_TAG.sub("\n", inv.description), inv.location or "")
    staff, better = name_likeness.role_words(staff, inv.summary, lambda no: role(
        inv.summary, team or comp.value, [n for n in (*names, *me) if n != no],
        HTML_TAG.sub("\n", inv.description), inv.location or "").value)
    rl = rl if better is None else Guessed(better, rl.guessed, rl.how)
    if app_id is not None and not rl.value:
        app = next(a for a in known.apps if a.app_id == app_id)
        rl = Guessed(app.role, False, f"as in application #{app_id}")
    notes = []
    if inv.recurring:
        notes.append("a recurring event: only its first occurrence is used")
    if inv.all_day:
        notes.append("an all-day event: no time given; give it with --interviewed "
                     "(else 09:00 is kept, flagged)")
    return Proposal(inv, comp, rl, staff, coord, guessed, how, app_id, tuple(notes))
