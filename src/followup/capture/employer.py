"""The employer's name as the invitation writes it (issue 23): whether a piece of text
could be a company's name, and how the candidates employer_sources finds (title,
description, the organizer's display name) are weighed, in that order of trust; the caller
falls back on the e-mail domain, never a relay's. Pure."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from followup.capture.invitations import Invitation
from followup.capture.lazy import lazy
from followup.capture.mentions import HTML_TAG
from followup.capture.org_domains import CONNECTORS as CONNECTORS
from followup.capture.org_domains import SUFFIX_KEYS as SUFFIX_KEYS
from followup.capture.org_domains import SUFFIXES as SUFFIXES
from followup.capture.org_domains import a_service, covers
from followup.capture.org_domains import agrees as agrees
from followup.capture.org_domains import core_of as core_of
from followup.capture.org_domains import domain_words as domain_words
from followup.capture.org_domains import initials as initials
from followup.capture.org_domains import name_words as name_words
from followup.capture.org_domains import org_label as org_label
from followup.capture.org_domains import resembles as resembles
from followup.capture.org_domains import squash as squash
from followup.capture.spelling import characters
from followup.core.companies import is_legal_form, legal_tail, without_legal_form

# one capitalised run, "&" and "and" inside ("Ember & Oak", "Okeke & Partners")
# a capital letter, Latin-1's too ("Ó Ceallaigh", "Élan")
UP = r"[^\W\d_a-zß-öø-ÿ]"
# its words: "St." and "Mt." abbreviated first, the small words of names in other languages inside
# ("Panadería Hernández e Hijos", "Banco de la Plata")
RUN_WORD = rf"{UP}[\w'’-]*"
# the small words inside a name ("Banco de la Plata", "Van den Berg Bloemen", "Institute for
# Marine Science", "Office of the Regulator", "Smit & de Wit"), in the languages invitations
# come in
SMALL = (r"(?:&(?: de| van| von| du| le)?|and|of(?: the)?|for(?: the)?|"
         r"de(?: la| los| las)?|del|den|der|"
         r"van(?: der| den| de)?|"
         r"von(?: der| dem)?|la|e|y|et|und|da|do|di|du|dos|das)")
# "for" joins a name only after the word of an institution ("Institute for Marine Science",
# "Fund for Rural Resilience"); elsewhere it leads to the job ("Acme for the Analyst role")
_FOR = "".join(rf"(?<={w})" + ("|" if i < 12 else "") for i, w in enumerate((
    "Institute", "Fund", "Centre", "Center", "Foundation", "Society", "Council", "Office",
    "Agency", "Commission", "Trust", "Authority", "Association")))
RUN = (rf"(?:{UP}[a-z]{{1,2}}\.(?=[ \t]+{UP})|{RUN_WORD})(?:[ \t]+(?!for\b){SMALL}[ \t]+"
       rf"{RUN_WORD}|(?:{_FOR})[ \t]+for(?: the)?[ \t]+{RUN_WORD}|[ \t]+{RUN_WORD}){{0,6}}")
# what comes before the job in a title: "Interview for", "Application for the"
FOR_THE_JOB = lazy(r"\b(?:interview(?:ing)?|application|screen(?:ing)?|call|chat)\s+for\s+"
                    r"(?:the\s+|an?\s+)?$", re.IGNORECASE)
NUMBERED = lazy(r"\d")
# Google's subject tail: "… @ Thu 3 Dec 2026 10am - 11am (EST) (sam@gmail.com)"
WHEN_TAIL = lazy(r"\s@\s(?:mon|tue|wed|thu|fri|sat|sun|\d)\w*\b.*$", re.IGNORECASE)
# a department before the team's word ("Fjordpay Engineering Interviews", "Acme Sales Hiring")
DEPARTMENTS = ("engineering|sales|marketing|finance|product|operations|design|data|legal|it|"
               "support|clinical|nursing|retail|tech|technology")
# a run of them ("Interview Scheduling", "Talent Acquisition Team"): each goes
TEAM_WORDS = lazy(rf"(?:\s+(?:{DEPARTMENTS})(?=\s+\S))?(?:\s+(?:recruiting|recruitment|"
                        r"talent(?: acquisition)?|careers|team|"
                        r"hiring|hr|people|jobs|interviews?|headquarters|hq|head office|campus|"
                        r"scheduling|interviewing|calendar|resourcing|human resources|"
                        r"people (?:and|&) culture|p&c|admissions|"
                        # … in the languages of Central Europe and Türkiye ("Anadolu Savunma
                        # İK", "Dunakapu Bank Toborzás", "Orlik Games Rekrutacja")
                        r"(?-i:İK)|insan kaynaklar[ıi]|toborzás|kadry|rekrutacja|nábor|"
                        r"recrutare|resurse umane)){1,3}\s*$",
                  re.IGNORECASE)
NOT_COMPANY = frozenset((
    "interview", "interviews", "onsite", "virtual", "loop", "round", "panel", "final",
    "technical", "phone", "screen", "recruiter", "chat", "coffee", "meeting", "call",
    "session", "minute", "minutes", "hiring", "manager", "portfolio", "review", "design",
    "scheduled", "invitation", "updated", "sam", "candidate", "google", "meet", "zoom",
    "teams", "microsoft", "the", "your", "our", "in-person", "in", "person", "hm", "1st",
    "2nd", "3rd", "first", "second", "third", "conversation", "intro", "introduction",
    "day", "offsite", "welcome", "regards", "kind", "best", "thanks", "dear", "hi", "hello",
    "greetings", "please", "location", "venue", "studio", "office", "reception", "schedule",
    "pacific", "eastern", "central", "time", "vp", "svp", "head", "confirmed", "confirmation",
    "reminder", "rescheduled", "invite", "new", "event", "update", "details", "booked",
    "join", "webex", "skype", "dial", "click", "link", "assessment", "centre", "center",
    "trial", "shift", "probearbeiten", "probearbeit", "probetag", "vorstellung", "gesprek",
    "entrevista", "inicial", "selection", "selectie",
    # a recruiting team's word in the languages invitations come in ("Selección | Acme")
    "selección", "seleção", "sélection", "selezione", "reclutamiento", "recrutement",
    "recrutamento", "reclutamento", "werving", "personalabteilung",
    # a meal or a drink is a kind of meeting, as coffee is
    "lunch", "breakfast", "brunch", "dinner", "drinks", "tea"
))


# the words of a booking's state: a piece with one is a heading ("Lever Confirmed Interview")
BOOKED = frozenset(("scheduled", "confirmed", "booked", "rescheduled", "cancelled", "canceled",
                    "updated", "requested"))


# "Invitation to …" in the languages invitations come in: never a company's words.
INVITING = frozenset(("einladung", "zum", "zur", "invitation", "invitación", "convite",
                      "uitnodiging", "voor", "invito", "al", "à", "a", "para", "de", "du",
                      "pour", "un", "une", "ein", "das", "le", "la", "el"))


# how the employer was found when it is the organizer's display name
ORGANIZERS = "the organizer's display name"


def plain(description: str | None) -> str:
    """A description as its reader sees it: an HTML one's tags are line breaks and its
    entities their characters ("Lumen &amp; Vale")."""
    return characters(HTML_TAG.sub("\n", description or ""))




def plausible(piece: str, people: Sequence[str]) -> bool:
    """Whether a piece of text could be an employer's name (not a job, a person, a day, a
    sentence or an id)."""
    from followup.capture.propose import STAGES, names_title, stage_spans

    piece = piece.strip(" .'\"")
    words = name_words(piece)
    if not words or len(words) > 7 or not (piece[:1].isupper() or CJK.match(piece)):
        return False  # (a script without capitals starts a name too: "東海ミライ銀行")
    if all(w in NOT_COMPANY or w in STAGES or w in INVITING or w in CALENDAR or w.isdigit()
           for w in words):  # "Wednesday", "January"
        return False  # "Interview", "Entretien", "Einladung zum Interview"
    if any(w[:1].islower() and w.lower() not in CONNECTORS for w in piece.split()):
        return False  # a sentence ("Your interview is confirmed"), not a name
    if any(any(c.isdigit() for c in w) for w in words):  # "R-10234", "Req 4471": an id
        return False
    if ADDRESSEE.search(piece):  # the one written to, with the honorific after the name
        return False  # ("Sam Candidate 様", "김민준 님"): a person
    if a_service(piece):  # "Scheduled with Greenhouse", "Booked via Calendly": the vendor
        return False
    # a meeting and where it is ("Interview in Rotterdam", "Panel at HQ"): the place's
    if len(words) >= 3 and words[1] in ("in", "at") and (
            words[0] in NOT_COMPANY or words[0] in STAGES):
        return False
    if set(words) & BOOKED:  # a heading ("Greenhouse Scheduled Interview"), not a name
        return False
    # a job ("Grants & Development Coordinator"), not a firm named for its trade ("Dueck &
    # Friesen Accountants", "Ferreira & Moura Arquitetos")
    job = names_title(piece) and (" & " not in piece or (
        names_title(words[-1]) and words[-1] not in SUFFIXES))
    if job or (stage_spans(piece) and len(words) <= 2 and any(w in NOT_COMPANY for w in words)):
        return False
    keys = {w for p in people for w in name_words(p)}
    # given names joined by "and" ("You will speak with Marcus and Priya"), one of them a
    # person of the invitation's: the people one meets, not a firm named for its founders
    # ("Dueck & Friesen" joins family names)
    given = {name_words(p)[0] for p in people if name_words(p)}
    singles = [w for w in words if w not in CONNECTORS]
    if {"and", "&"} & set(words) and 2 <= len(singles) <= 4 and len(piece.split()) == len(
            words) and any(w in given for w in singles):
        return False
    # the short form of a person's given name ("Rafa" for Rafael, "Chris" for Christine)
    if len(words) == 1 and len(words[0]) >= 3 and any(
            g.startswith(words[0]) for g in given):
        return False
    # family names joined by "&" or "and", each a different person's of the invitation: the
    # firm its partners named ("Fenwick & Doyle" where Peadar Fenwick and Gráinne Doyle meet
    # the candidate), not one person
    family = {name_words(p)[-1] for p in people if len(name_words(p)) >= 2}
    if {"and", "&"} & set(piece.split()) and len(singles) >= 2 and set(singles) <= family \
            and not set(singles) & given:
        return True
    # a person's name, or their meeting ("Wei Chen's Zoom Meeting", "Ana's Personal Room")
    own = {re.sub(r"['’]s$", "", w) for w in words}
    return not (own & keys and not own - keys - NOT_COMPANY - {"personal", "room"})




# a name as written with its legal form: capitalised words, hyphenated ones ("Tele-Systems",
# "Co-operative"), the small words inside a name ("Bank of Ireland", "Halden & Gray"), the
# forms' dots and commas ("Koyo Heavy Industries, Ltd.") and a form in lower case ("a.s.")
# and a form in brackets before another ("Karoo Trails (Pty) Ltd", "Lanka Tea (Pvt.) Ltd.")
FORMAL = lazy(rf"(?<![\w&-]){UP}[\w'’-]*(?:(?:,?[ \t]+|[ \t]+(?!for\b){SMALL}[ \t]+)(?:{UP}"
                    rf"[\w'’./-]*|\({UP}[a-z]{{1,3}}\.?\)(?=[ \t]+{UP})))*"
                    rf"(?:,?[ \t]+[a-z][a-z./]{{1,5}})?")
_TOKEN = lazy(r"(,?\s*)([^\s,]+)")


def _named_with_form(text: str) -> Iterator[tuple[list[str], str]]:
    """(the words of a name, its legal forms as written) for each name the text writes with
    a legal form; the name starts after the comma before it ("Talent Partner, Kovalam Health
    Tech Pvt. Ltd.")."""
    for m in FORMAL.finditer(text):
        run = m.group(0)
        toks = list(_TOKEN.finditer(run))
        i = 1
        while i < len(toks):
            # "…, CO" after a town is Colorado, not a company's "Co." ("Larkspur Springs, CO")
            if not is_legal_form(toks[i].group(2)) or (
                    toks[i].group(2) == "CO" and "," in toks[i].group(1)) or (
                    # a sentence's first word after a full stop ("… Yerba Labs. Se suma …")
                    toks[i - 1].group(2).endswith(".") and not toks[i].group(2).isupper()
                    and not is_legal_form(toks[i - 1].group(2))):
                i += 1
                continue
            start = max((k for k in range(1, i) if "," in toks[k].group(1)), default=0)
            j = i
            while j < len(toks) and is_legal_form(toks[j].group(2)):
                j += 1
            yield [t.group(2) for t in toks[start:i]], legal_tail(
                text[m.start() + toks[i].start():]) or run[toks[i].start():toks[j - 1].end()]
            i = j


def with_legal_form(inv: Invitation, domains: list[str], org: str,
                    anywhere: bool = False) -> str:
    """The employer's name as the file writes it with its legal form ("Ostrava Glassworks
    a.s.", "Koyo Heavy Industries, Ltd."), when the people's domain or the organizer's name
    agrees with it: a legal form marks a company's name, where a title's other pieces may
    be a team ("Payments") or a shift. Else one on a line of its own; else, `anywhere`, the
    first the file writes, not a service's nor an agency's."""
    from followup.capture.employer_where import agency

    texts = [inv.summary, plain(inv.description), inv.location or "",
             *(a.name for a in [inv.organizer, *inv.senders] if a and a.name),
             *([plain(inv.note)] if anywhere and not domains else [])]  # free mail: its signature
    single = first = ""
    title = " ".join(inv.summary.split()).lower()
    from followup.capture.employer_footer import footer_names

    for text in texts:
        for words, tail in [*_named_with_form(text), *footer_names(text)]:
            for i in range(len(words)):
                if words[i][:1].islower():
                    continue
                name = " ".join(words[i:]) + tail
                base = squash(without_legal_form(name))
                if len(base) < 3 or (i < len(words) - 1 and words[i].lower() in INVITING):
                    continue
                # a line of its own, a footer's or a signature's, needs no other source
                if i == 0 and not single and re.search(
                        rf"(?m)^[ \t]*{re.escape(name.strip(' ,'))}[ \t]*$", text):
                    single = undotted(name.strip(" ,"))
                if i == 0 and not first and not agency(name) and not a_service(
                        without_legal_form(name)) and not set(name_words(name)) & NOT_COMPANY:
                    first = undotted(name.strip(" ,"))
                if any(agrees(name, d) for d in domains) or (
                        org and (base.startswith(squash(org)) or squash(org).startswith(base))):
                    # with the words before it that the title writes with it ("Maison
                    # Verlaine Group SA" at verlaine-group, titled "Maison Verlaine | …")
                    lead = next((k for k in range(i) if words[k][:1].isupper() and " ".join(
                        words[k:i + 1]).lower() in title), i)
                    return undotted((" ".join(words[lead:]) + tail).strip(" ,"))
    return single or (first if anywhere else "")


def undotted(name: str) -> str:
    """Less a full stop that ends the sentence, not the name: "GmbH." and "SAOG." lose it,
    the abbreviations "Ltd.", "Co." and "a.s." keep it."""
    last = name.split()[-1]
    if last.endswith(".") and "." not in last[:-1] and squash(last) not in ABBREVIATED:
        return name[:-1]
    return name


ABBREVIATED = frozenset(("co", "inc", "ltd", "corp", "bros", "intl", "pvt", "pty", "pte",
                         "bhd", "sdn", "ltda", "lda", "zrt", "nyrt", "kft", "tbk", "ehf", "hf",
                         "ohf", "şti", "bt", "kkt"))
CAPITALISED = lazy(rf"{UP}[\w'’.-]*(?:[ \t]+(?:{SMALL}|\+)[ \t]+{UP}[\w'’.-]*"
                         rf"|[ \t]+{UP}[\w'’.-]*)*")


def by_suffix(name: str) -> bool:
    """The name ends in a company's word ("Delvaux-Mertens Engineering", "Halden Group")."""
    words = name.split()
    return len(words) > 1 and squash(words[-1]) in SUFFIX_KEYS


def unpossessed(name: str) -> str:
    """A name less the possessive a sentence puts on it ("Fernhill Studio's talent lead")."""
    return re.sub(r"['’]s$", "", name)


# capitals only, a word or a few: a region's, a unit's or a qualification's as often as an
# employer's ("EMEA", "EU MDR", "ACCA")
ACRONYMS = lazy(r"[A-Z]{2,5}(?:[ \t]+[A-Z]{2,5})*")


# the words before a name that make it an institution's ("University of Eastmere",
# "Stichting Waterlicht", "Grupo Alfa"): part of the name it writes to
CJK = lazy(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
# The honorific written after the name of the one a letter is to, in Japanese and Korean.
ADDRESSEE = lazy(r"(?:様|さま|殿|님|씨)\s*$")
INSTITUTIONS = ("University|College|Institute|Stichting|Stiftung|Fundación|Fundação|Fondation|"
                "City|County|Town|State|Borough|Municipality|Province|Department|Ministry|"
                "Office|Council|District|Cabinet|Kanzlei|Despacho|Bufete|Escritório|Oficina|"
                "Atelier|Studio|Étude|Clínica|Clinique|Cooperativa|Asociación|Associação|"
                "Fondazione|Universidad|Universidade|Université|Università|Universität|"
                "Hochschule|Grupo|Groupe|Gruppo|Banco|Banque|Bank|Hospital|Hôpital|Klinikum|"
                # … and a public body's, in the languages its letters come in
                "Landeshauptstadt|Stadt|Gemeinde|Landkreis|Bezirksamt|Freistaat|Kanton|"
                "Comune|Regione|Provincia|Ayuntamiento|Diputación|Prefeitura|Município|"
                "Mairie|Commune|Région|Region|Gemeente|Provincie|Kommune|Kommun|"
                "Landsting|Commonwealth|Azienda|Ospedale|Agenzia|Consorzio")


CALENDAR = frozenset(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                      "sunday", "today", "tomorrow", "january", "february", "march", "april",
                      "may", "june", "july", "august", "september", "october", "november",
                      "december", "zoom", "teams", "meet", "webex", "room"))




def file_addresses(inv: Invitation) -> list[str]:
    return [x for a in [inv.organizer, *inv.attendees, *inv.senders] if a
            for x in (a.email, a.also) if x and "@" in x]


def spelled_out(name: str, texts: str) -> str:
    """An acronym ("KIH", "FCA Headquarters") as the file writes it in full elsewhere
    ("Kallang Infrastructure Holdings"): the capitalised words whose initials it is, else
    whose initials are all of it but a last letter ("TBRX": Tiong Bahru Robotics)."""
    from followup.core.companies import LEADING_FORMS

    acronym = name.split()[0]
    if not re.fullmatch(r"[A-Z]{2,5}", acronym) or (
            acronym in LEADING_FORMS and len(name.split()) > 1):  # "PT Nusantara Kopi": a form
        return ""
    for whole in (acronym.lower(), acronym.lower()[:-1] if len(acronym) >= 4 else ""):
        for m in CAPITALISED.finditer(texts) if whole else ():
            words = m.group(0).split()
            for i in range(len(words)):
                for j in range(i + 2, min(len(words), i + 7) + 1):
                    run = " ".join(words[i:j]).strip(" .,")
                    if words[i][:1].isupper() and words[j - 1][:1].isupper() and \
                            whole in initials(run) and not is_legal_form(words[j - 1]):
                        return run
    return ""


def employer(inv: Invitation, people: Sequence[str], domains: list[str]) -> tuple[str, str]:
    """(company, how) from the text of the invitation, or ("", ""): the candidates of
    employer_sources, weighed by how many sources agree and how sure each is."""
    from followup.capture.employer_sources import sources
    from followup.capture.employer_spelled import spelled_like
    from followup.capture.employer_where import (
        after_job,
        every_word,
        for_the_agency,
        qualifies_job,
    )
    from followup.capture.propose import names_title

    found = sources(inv, people, domains)
    if found.field:
        return found.field, "the description's company field"
    if found.client:
        return found.client, "named in the description as the client"
    from_title, said, introduced, org = found.title, found.said, found.introduced, found.org
    client, how = for_the_agency(inv, found, domains)
    if how:
        return client, how
    from followup.capture.agency import beside_sender

    brand = beside_sender(inv, found, domains, spelled_like(inv, domains) or org, people)
    if brand:  # the agency's client or the group's brand the title names
        return brand, "named in the title beside the sender's own name"
    confirms = [*said, org]

    def by_domain(c: str) -> bool:
        return any(resembles(c, d) or agrees(c, d) or any(
            len(squash(w)) >= 4 and core_of(d).startswith(squash(w)) for w in c.split())
            for d in domains)  # "Clínica Aurora" at aurora-salud

    def confirmed(c: str, confirms: list[str] = confirms, domain: bool = True) -> bool:
        return any(squash(x).startswith(squash(c)) or squash(c).startswith(squash(x))
                   for x in confirms if x) or (domain and by_domain(c))

    # the organizer's name carries the domain's: a piece after the job that only the domain
    # confirms is the employer's site ("Sous Chef – Hotel Marisma Sevilla" when "Grupo
    # Hotelero Marisma" sends it from marisma-hoteles)
    org_named = (bool(org) and by_domain(org)) or any(
        every_word(x, d) for x in said for d in domains)  # or a name the text says that
    # writes each word of the domain ("Grupo Almadraba Hoteles" at almadraba-hoteles, "Hotel
    # Almadraba Barcelona" the site after the job)

    summary_text = WHEN_TAIL.sub("", inv.summary)
    for c in from_title:  # "Senior iOS Engineer @ Mercado Nube": the job's employer
        at = re.search(rf"([^|:–—()<>]*)\s(?:@|at)\s+{re.escape(c)}", summary_text)
        if at and names_title(at.group(1)):
            return c, "named in the title after the job"
    from followup.capture.employer_sources import title_copies

    prose = squash(title_copies(plain(inv.description), inv.summary))
    where = squash(inv.location or "")

    def corroborated(c: str) -> bool:
        """The title's piece is written again by the location and by the description's own
        words: three places, where an agency's signature and domain are one voice, the
        sender's ("Kerrowdale Hospital interview" booked by Brightpath Talent Partners)."""
        return len(squash(c)) >= 4 and squash(c) in where and (squash(c) in prose or agency)

    from followup.capture.employer_settle import agency_notice

    agency = agency_notice(plain(inv.description))  # (a firm that says it is an agency:
    # the place its client receives the candidate is the client's)

    from followup.capture.employer_guess import institution_of, named_by_domain

    # a name the text writes that the domain spells: a piece after the job that nothing but
    # the text's own copies confirms is the job's unit ("Clinical Manager - Surgical Services"
    # where "Prairie Lakes Health" is the tenant's), not the employer
    # (not when the firm says it is an agency: then the name its domain spells is its own)
    spelled_in_text = [] if agency else [x for x in said if named_by_domain(x, domains)]
    site = ""  # the job's site or team after it, which a sentence names: "– Lincoln Elementary"
    # the piece the domain spells whole first: the employer, before its group's name that
    # only starts alike ("Hollis Group – Hollis Hotels – …" at hollishotels)
    for c in sorted(from_title, key=lambda c: not any(
            covers(core_of(d), c.split()) for d in domains)):
        # a team after the job ("… Designer | Payments") is confirmed by the domain, the
        # organizer or a sentence that introduces it, not by the description's copy of the
        # title; and only by the domain when the domain names another ("Pinecrest USD")
        qualifier = qualifies_job(c, summary_text)
        if spelled_in_text and after_job(c, summary_text) and not by_domain(c) and not (
                confirmed(c, [*introduced, org], False)):
            continue
        if qualifier and confirmed(c, [*introduced, org]) and not confirmed(c, [org]):
            site = site or c
        elif (confirmed(c) or (not qualifier and corroborated(c))) and not (
                qualifier and not confirmed(c, [*introduced, org])) and not (
                qualifier and org_named and not confirmed(c, [*introduced, org], False)):
            longer = [x for x in said if squash(x).startswith(squash(c)) and len(x) > len(c)
                      and c not in inv.summary.split(" | ")]
            formal = with_legal_form(inv, domains, org) if longer else ""
            if formal and any(squash(formal).startswith(squash(x)) for x in longer):
                return formal, "named with its legal form"  # the title's short name, the
                # text's whole one with its legal form ("… & Filhos Contabilidade, Lda.")
            return (longer[0] if longer and len(from_title) > 1 else c), "named in the title"
    # a name with its legal form that the organizer's display name starts, whoever the
    # people reader took that name for ("Stadtwerke Rheinauen" sending from a relay, "…
    # Stadtwerke Rheinauen GmbH, Hafenstraße 12" in the description): two sources agree
    shown = inv.organizer.name if inv.organizer and inv.organizer.name else ""
    formal = with_legal_form(inv, domains, org or (shown if len(shown.split()) >= 2 else ""))
    if formal:
        return formal, "named with its legal form"
    # a name the domain spells, or one the organizer's domain abbreviates ("Delvaux-Mertens
    # Engineering" at dm-eng), not another body's a panel member comes from
    for c in said:
        if any(resembles(c, d) for d in domains) or c == org or (
                domains and agrees(c, domains[0])) or institution_of(c, domains):
            return c, "named in the description"
    spelled = spelled_like(inv, domains)
    if spelled and org and squash(org).startswith(squash(spelled)):
        return org, ORGANIZERS  # "Tamarisk Assurance (Scheduling)"
    if spelled:
        return spelled, "the name its domain spells"
    if site:
        return site, "named in the title"
    own = [c for c in from_title if not qualifies_job(c, summary_text)]
    # the one piece that is not the job's unit; the organizer's team names the employer
    # before a piece after the job might; and where the people's domain names another
    # organisation, the lone piece nothing confirms is the job as often ("Interview: Line
    # Cook" from harbourgrp), unless it ends in a company's word ("Orbital Pet Insurance")
    # a lone piece that nothing else writes yields to a name written with its legal form
    # ("Erstgespräch: …" booked through Calendly by "…, Lindenau Energiehandel GmbH")
    from followup.capture.employer_sources import title_copies

    elsewhere = [*said, org, title_copies(plain(inv.description), inv.summary)]
    formal = with_legal_form(inv, domains, org, anywhere=True) if len(own) == 1 and not any(
        squash(own[0]) in squash(x) for x in elsewhere if x) else ""
    if formal and not org:
        return formal, "named with its legal form"
    # … and yields to the name a relay sends under when that ends in a company's word and
    # the piece does not ("Interview: Credit Risk Modeller" from "Umhlanga Commercial Bank"
    # <careers-noreply@…>): the system's account is the employer's, the piece the job
    if len(own) == 1 and not (org and after_job(own[0], summary_text)) and not (
            domains and not by_domain(own[0]) and not by_suffix(own[0]) and not any(
                agrees(own[0], d) for d in domains)) and not (
            org and not domains and by_suffix(org) and not by_suffix(own[0])):
        return own[0], "named in the title"
    if org:
        return org, ORGANIZERS
    # a guess is never a bare acronym, which is a region's, a unit's or a qualification's
    # as often ("(EMEA)", "(EU MDR)", "ACCA")
    # nor a job's title, the signer's ("Talent Partner" under their name)
    from followup.capture.mentions import titled
    from followup.capture.name_edges import a_street

    guesses = [c for c in said  # (nor a street the location numbers: "Telliskivi 60a")
               if not ACRONYMS.fullmatch(c) and not (titled(c) and not by_suffix(c))
               and not a_street(c, inv.location or "")]
    if guesses:
        from followup.capture.employer_guess import before_guess

        better, how = before_guess(inv, domains, org, guesses, people)
        return (better, how) if better else (guesses[0], "named in the description (a guess)")
    if len(from_title) == 1 and not domains and not ACRONYMS.fullmatch(from_title[0]):
        # no employer's address: "Barista – Kopi Kita"
        return from_title[0], "named in the title"
    return "", ""
