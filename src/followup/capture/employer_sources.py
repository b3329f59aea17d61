"""Where the employer's name is said in an invitation (issue 23): the pieces of its title,
the names its description says and how (after a cue, alone on a line, after a bar), its
company field, the organizer's display name. employer.employer weighs them. Pure."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from followup.capture.employer import (
    FOR_THE_JOB,
    RUN,
    RUN_WORD,
    TEAM_WORDS,
    WHEN_TAIL,
    by_suffix,
    file_addresses,
    plain,
    plausible,
    spelled_out,
    unpossessed,
)
from followup.capture.invitations import Invitation
from followup.capture.lazy import lazy
from followup.capture.names import RECRUITING_ABROAD
from followup.capture.org_domains import agrees, core_of, squash

PIECES = lazy(r",\s+(?=[a-z])|\s+<-?>\s+|\s+[|–—:/·•-]\s+|\s*[|–—:·•\[\]()【】［］（）]\s*|"
                    r"\s+-\s+|\s+@\s+|"
                    r"\s+(?:at|with|for|between|and|x|×|re|w/|bei|chez|bij|presso)\s+|\s+w/|"
                    r"(?<=\w):\s+")


# Where a name is said: after a cue (a), alone on its line (b), after a comma or a bar at a
# line's end (c), in brackets at its end (d), as the one hiring (e), heading a line before a
# dash (f). The name's pattern is written once and each place's tail follows it by a
# conditional: six copies of it cost 4 ms to compile at every `add --from`.
IN_TEXT = lazy(
    rf"(?:(?P<a>(?:\bat|\bfrom|\bjoin|\bto|\bapplying to|\bwith|\bfit in at|\bfor|"
    rf"\bbei(?: der| dem)?|"
    rf"\binterest in|\b[Oo]n behalf of(?: (?:our|my) client,?)?(?: the)?|"
    rf"\b(?:[Oo]ur|[Mm]y) client,?(?: the)?|\b[Cc]lient of (?:ours|mine),?(?: the)?|"
    rf"\bchez|\bbij|\bpresso|\bau sein de|\bin der|"
    rf"\b(?:company|firm|empresa|escritório|escritorio|despacho|compañía|companhia|firma|"
    rf"kanzlei|cabinet|société|entreprise|azienda|bedrijf))\s+(?:the\s+)?)|"
    rf"(?P<b>(?:^|\n)\s*)|(?P<c>[,|]\s*)|(?P<d>\(\s*)|(?P<e>(?:^|(?<=[.!?] )))|"
    rf"(?P<f>(?:^|\n)[ \t]*))(?P<run>{RUN})"
    rf"(?(b)\s*$|(?(c)\s*$|(?(d)\s*\)\s*$|(?(e)\s+(?:is|are)\s+(?:hiring|recruiting)\b|"
    rf"(?(f)(?=[ \t]+[–—|-][ \t])|)))))", re.MULTILINE)  # "X is hiring an Agronomy
# Lead": the employer, introduced; a line that starts with a name and a dash is a heading
# ("Ostrava Glassworks – Panel for Sam"), as a title is


# where somebody is, not who employs them: "Diego joins from Madrid", "calling in from Lagos"
_WHERE_FROM = lazy(r"\b(?:join(?:s|ing)?|dial(?:s|l?ing)?(?: in)?|call(?:s|ing)?(?: in)?|"
                         r"travel(?:s|l?ing)?|fl(?:y|ies|ying)|com(?:es|ing)|connect(?:s|ing)?|"
                         r"remote(?:ly)?|based|relocat(?:es|ing))\s+(?:in\s+)?$", re.IGNORECASE)


# a piece of an address: a house number or a postcode that starts it ("1440 Broadway,
# Oakland", "75010 Paris"), not a grade in a job's name ("Clerk Grade 9/10")
_STREET = lazy(r"(?:^|[,–—|-])[ \t]*\d+[\w/-]*[ \t]+\w")


VIA = lazy(r"\s*\(?\bvia\s+[\w .-]+\)?\s*$", re.IGNORECASE)  # "Acme (via Lever)"


# "Talent at Aotearoa Connect", "Recruiting @ Acme", "Careers team, Acme": a team of X
TEAM_OF = lazy(r"^(?:the\s+)?(?:recruiting|recruitment|talent(?: acquisition)?|careers|"
                     r"hiring|hr|people|jobs|interviews?|scheduling|human resources|resourcing|"
                     rf"{RECRUITING_ABROAD})"
                     r"(?:\s+team)?\s*(?:at|@|,|of|[-–—|])\s+",
                     re.IGNORECASE)


# A field of the description that names the employer ("Company: Mercadia", "Empresa: …").
COMPANY_LABEL = lazy(r"^[ \t]*(?:company|employer|organi[sz]ation|hiring company|client|"
                           r"empresa|"
                           r"entreprise|société|unternehmen|arbeitgeber|azienda|bedrijf|"
                           r"werkgever|organização|organización)[ \t]*[:：][ \t]*(.+?)[ \t]*$",
                           re.IGNORECASE | re.MULTILINE)
# A line of a conference bridge's dial-in numbers: no company's name on it.
PHONE_LINE = lazy(r"^.*\+?\d[\d ().-]{6,}\d.*$", re.MULTILINE)
# A line of a postal address ("1412 S Flores St, San Antonio TX"): its town is no employer.
ADDRESS_LINE = lazy(r"^[ \t]*\d+(?:-\d+)?[ \t]+\S.*$", re.MULTILINE)


def _trimmed(piece: str, domains: Sequence[str] = ()) -> str:
    """A title piece less the trailing words that are no company's, a kind of interview
    ("Lakeshore Mutual Interview", "Harbourline Assessment Day", "Kestrel Final Round")."""
    from followup.capture.roles import stage_spans

    piece = piece.strip(" .'\"")
    cut = len(piece)
    for a, b in reversed(stage_spans(piece)):  # the kinds' words that end it
        if piece[b:cut].strip():
            break
        cut = a
    kind, keep = piece[cut:].split(), piece[:cut].split()
    if kind and (len(keep) >= 2 or (keep and len(kind) >= 2)):  # not "Kitchen interview"
        piece = " ".join(keep)
    # a kind of interview before the name ("Entretien Maison Olvera", "Interview Acme
    # Foods"): the heading's, when a name follows
    lead = stage_spans(piece)
    rest = piece[lead[0][1]:].strip() if lead and lead[0][0] == 0 else ""
    # (or one word the people's domain spells: "Entretien Pamplemousse" at pamplemousse)
    if rest[:1].isupper() and (len(rest.split()) >= 2 or any(agrees(rest, d) for d in domains)):
        piece = rest
    # the employer's team after its name ("Harbourline Talent Team", "Acme Careers"), not a
    # kind of interview ("Kitchen interview")
    team = TEAM_WORDS.search(piece)
    if team and piece[:team.start()] and not stage_spans(team.group(0)):
        piece = piece[:team.start()]
    return piece


def _signed(inv: Invitation) -> list[str]:
    """The names the description writes that an address's local part of the file spells:
    whole ("celine.lefebvre"), or by a first initial and the family name ("clefebvre")."""
    from followup.capture.people import is_relay, service

    locals_ = {squash(a.partition("@")[0]) for a in file_addresses(inv)
               if not is_relay(a) and not service(a.rpartition("@")[2])}
    out = []
    for m in re.finditer(rf"{RUN_WORD}(?:[ \t]+{RUN_WORD}){{1,3}}", inv.description or ""):
        words = [squash(w) for w in m.group(0).split()]
        if {"".join(words), words[0][:1] + words[-1], words[-1] + words[0][:1]} & locals_:
            out.append(m.group(0))
    return out


def _names_service(name: str, core: str) -> bool:
    """A display name is the sending service's own when it spells the start of the
    service's domain or the domain spells it anywhere ("Ashby" at ashbyhq.com, "Workday" at
    myworkday.com, "Calendly"), or it names a calendar ("Google Calendar")."""
    s = squash(name)
    return bool(re.search(r"calendar|notification", name, re.IGNORECASE)) or (
        len(core) >= 4 and len(s) >= 4 and (s.startswith(core) or s in core))


def _address_town(line: str, people: Sequence[str]) -> bool:
    """The piece after a line's last comma is the town of an address when a number comes
    before it on the line (a street's, a postcode's) or when the line writes a name and two
    or more places after it ("Lagoon Clinical Research Ltd, Victoria Island, Lagos"); not
    a signature's employer after a person and their job ("Ana Ruiz, Head of Talent, Acme")."""
    from followup.capture.roles import names_title

    pieces = [p.strip() for p in re.split(r"[,|]", line.strip())]
    if _STREET.search(", ".join(pieces[:-1])):
        return True
    first = pieces[0]
    return len(pieces) >= 3 and plausible(first, people) and not any(
        names_title(p) for p in pieces[:-1])


_LABELLED = lazy(r"^[ \t]*[A-Z][\w ]{0,20}:[ \t]+")  # "Event Name: "


def title_copies(text: str, summary: str) -> str:
    """The description less its lines that copy the title, whole or in part ("Event Name:
    Store Leadership Interview (Maui)" under "Store Leadership Interview (Maui) - Sam"): the
    title's copy confirms none of the title's pieces."""
    low = " ".join(summary.split()).lower()
    kept = []
    for line in text.split("\n"):
        body = " ".join(_LABELLED.sub("", line).split()).lower()
        kept.append("" if len(body) >= 12 and body in low else line)
    return "\n".join(kept)


class Sources(NamedTuple):
    """The candidates for the employer's name, by where the invitation says them."""
    title: list[str]  # the title's pieces that could be a name
    said: list[str]  # the names the description says
    introduced: list[str]  # of those, the ones after "at", "with", "on behalf of" ...
    field: str = ""  # the description's company field ("Company: Mercadia")
    client: str = ""  # the employer an agency books for ("on behalf of our client, Arden Foods")
    org: str = ""  # the organizer's (or a relay sender's) display name, as a company's


def sources(inv: Invitation, people: Sequence[str], domains: list[str]) -> Sources:
    """The employer's candidates by source; the company field, or an agency's client, ends
    the reading (the surest)."""
    from followup.capture.employer_where import described_as_job
    from followup.capture.people import is_relay, person_name
    from followup.capture.propose import GENDER_TAG

    summary = re.sub(r"[^|–—:/·•()\[\]]+?" + GENDER_TAG.pattern, " | ",
                     WHEN_TAIL.sub("", inv.summary), flags=re.IGNORECASE)  # "… (w/m/d)": a job
    title = [_trimmed(p, domains) for p in PIECES.split(summary) if p and p.strip(" .'\"")]
    # a "person" whose name the people's domain spells is the organisation ("Pinecrest
    # Unified School District" at pinecrestusd)
    people = [p for p in people if not any(agrees(p, d) for d in domains)]
    # a name an address of the file spells is its owner's, a person's ("Céline Lefebvre"
    # signing for celine.lefebvre@): the signature is no employer
    people += [p for p in _signed(inv) if not any(agrees(p, d) for d in domains)]
    # whoever the file writes a person's display name for is a person, whatever their part
    # ("Sam / Duarte" when Duarte Mendonça organises it)
    # ("Sam / Duarte" when Duarte Mendonça organises it); a relay's display name is its
    # sender's team or employer as often, unless the relay carries the person's own address
    shown = [re.split(r"\s+[|–—-]\s+|\s*\(", a.name)[0] for a in [
        inv.organizer, *inv.attendees, *inv.senders] if a and a.name and (
        a.also or not is_relay(a.email))]  # the person, not "| Acme" after them
    people += [n for n in shown if person_name(n) and not any(agrees(n, d) for d in domains)]
    # not an abbreviated job the description spells out ("SPO Water Security": a Senior
    # Policy Officer's)
    described = plain(inv.description)
    from followup.capture.roles import names_title as _job

    # nor the piece an interview is "for", the job ("Interview for Claims Handler – Sam"),
    # unless it ends in a company's word
    from_title = [p for p in title if plausible(p, people)
                  and not _job(spelled_out(p, described)) and not (
                      FOR_THE_JOB.search(summary[:max(0, summary.find(p))]) and not by_suffix(p))
                  and not described_as_job(p, described)]
    from followup.capture.employer_footer import without_asides

    text = without_asides(plain(inv.description))
    from followup.capture.employer_where import signature_block

    # free mail: the mail's signature under the sender's name, where the firm's name is
    signed = "" if domains else signature_block(inv)
    text += f"\n\n{signed}" if signed and " ".join(signed.split()) not in " ".join(
        text.split()) else ""
    field = COMPANY_LABEL.search(text)
    if field and plausible(field.group(1).strip(" .,;"), people):
        return Sources(from_title, [], [], field=field.group(1).strip(" .,;"))
    from followup.capture.mentions import titled
    from followup.capture.propose import ROLE_LABEL, names_title

    # not the job's field ("Role: Growth Lead, Iberia") nor a dial-in line ("+65 6555 0128,,
    # 330175448# Singapore, Singapore")
    text = ADDRESS_LINE.sub("", PHONE_LINE.sub("", ROLE_LABEL.sub("", text)))
    from followup.capture.employer_spelled import spelled_like

    if spelled_like(inv, domains):  # the domain names the employer: the title's copy in the
        text = title_copies(text, inv.summary)  # description confirms none of the title's
    said, introduced = [], []  # introduced: after "at", "with", "on behalf of" ...
    client = ""  # the employer an agency books for ("on behalf of our client, Arden Foods")

    for m in IN_TEXT.finditer(text):
        value = m.group("run")
        said_at = {k for k in "abcdef" if m.group(k) is not None}  # where the name is said
        value = TEAM_WORDS.sub("", value).strip(" .,!")
        # after a comma, the unit of the job the title names ("Senior Accountant, Office of
        # Finance"), not the employer; a signer's title is not the job ("General Manager, Te
        # Awa Community Trust")
        line = text[:m.start()].rpartition("\n")[2]
        job = re.split(r"[|–—:/]|\s-\s", line)[-1].strip()
        unit = "c" in said_at and names_title(job) and job.lower() in inv.summary.lower()
        value = unpossessed(value)
        # "Trust for the Band 7 Pharmacist post": an institution's "for" that leads to the job
        joined = re.search(r"\s+for(?: the)?\s+", value)
        if joined and names_title(value[joined.end():] + re.split(r"[.,;!?\n(]", text[
                m.end():], maxsplit=1)[0]):
            value = value[:joined.start()]
        if re.search(r"\s[A-Z]$", value) and text[m.end():m.end() + 1] == ".":
            value = value[:-2]  # a dotted legal form's first letter ("… Logistiek B.V."):
            # the form is added as written (employer_full.in_full)
        if _WHERE_FROM.search(text, max(0, m.start() - 30), m.start()) or (
                "c" in said_at and _address_town(line + m.group(0), people)) or (
                "d" in said_at and any(p and p in line for p in people)):
            continue  # a panel member's part in brackets: "… Solberg, UiB (External Assessor)"
        for_client = "a" in said_at and bool(re.search(r"behalf|client", m.group(0), re.I))
        # "on behalf of our client X": an agency's client is an organisation, whoever else
        # the people's reader took X for ("on behalf of Jo Bell" may be a person)
        client_word = for_client and "client" in m.group(0).lower()
        if _CLIENT_AFTER.match(text, m.end("run")):  # "with Ostrava Glassworks, our client"
            for_client = client_word = True
        if "b" in said_at and _signer(text, m.start("run")) and person_name(value) and not any(
                agrees(value, d) for d in domains):
            continue  # the name under "Kind regards," is the writer's ("Elif Yıldız"), not
            # a firm signing as itself ("Tallow & Wick")
        if plausible(value, [] if client_word else people) and not unit and not (
                said_at & {"c", "d", "f"} and titled(value)) and not (
                "f" in said_at and names_title(value) and not by_suffix(value)):
            said.append(value)  # after a bar: "Head of Product | Acme", not "| HR Partner"
            if said_at & {"a", "e"}:
                introduced.append(value)
            if for_client:
                client = client or value
    client = client or _client_in_note(plain(inv.note), people) if inv.note else client
    if client:
        return Sources(from_title, said, introduced, client=client)
    return Sources(from_title, said, introduced, org=organizer_name(inv, people))


def _client_in_note(note: str, people: Sequence[str]) -> str:
    """The client an agency's recruiter names in the e-mail's own words, beside a calendar
    that does not ("the opening with our client Osprey Renewables (…)"): the employer."""
    for m in IN_TEXT.finditer(note):
        cue = (m.group("a") or "").lower()
        if "client" in cue or _CLIENT_AFTER.match(note, m.end("run")):
            value = TEAM_WORDS.sub("", m.group("run")).strip(" .,!")
            if plausible(value, []) and not any(squash(value) == squash(p) for p in people):
                return value
    return ""


def organizer_name(inv: Invitation, people: Sequence[str]) -> str:
    """The organizer's display name, then a relay's sender name in an e-mail ("Tessellate
    Labs via Greenhouse"), as a company's: a team's or the employer's, never "Notifications"
    or "No Reply"; or ""."""
    from followup.capture.mentions import titled
    from followup.capture.people import RELAY_LOCAL, is_relay, person_name, service

    for who in [*([inv.organizer] if inv.organizer else []),
                *(s for s in inv.senders if is_relay(s.email))]:
        name = VIA.sub("", who.name).strip()
        cn = TEAM_WORDS.sub("", TEAM_OF.sub("", name)).strip(" -–—|")
        # "Lim Jia Hui | Merlion Payments", "Rafael Ortega - Vela Robotics"
        barred = re.match(r"^(.+?)\s+[|–—-]\s+(.+)$", name)
        if barred and person_name(barred.group(1)) and not titled(barred.group(2)) and \
                plausible(barred.group(2), people):
            return barred.group(2).strip()
        sender_core = core_of(who.email.rpartition("@")[2])
        bracket = re.search(r"\s\(([^()]*)\)$", name)
        if bracket and person_name(name[:bracket.start()]) and (
                is_relay(who.email) or not titled(bracket.group(1))):
            # a person and, in brackets, the relay's service ("Femi Adeyemi (Google
            # Calendar)") or their employer ("Hana Kobayashi (Tidewell)")
            if not _names_service(bracket.group(1), sender_core) and plausible(
                    bracket.group(1), people):
                return bracket.group(1).strip()
            continue
        if not cn or RELAY_LOCAL.match(re.sub(r"\W+", "", cn) + "@") or (
                _names_service(cn, sender_core) and service(who.email.rpartition("@")[2])):
            continue  # "No Reply", "Calendly", "Google Calendar": nobody's company
        # a relay's person ("Jo Bell via Greenhouse") is nobody's company
        personal = name != who.name.strip() and cn == name and len(cn.split()) >= 2 and \
            person_name(cn)
        if (cn != name or is_relay(who.email)) and plausible(cn, people) and not personal:
            return cn
    return ""


_CLIENT_AFTER = lazy(r",?[ \t]*\(?(?:our|my)[ \t]+client\b", re.IGNORECASE)


def _signer(text: str, at: int) -> bool:
    """The line at `at` is the one under the letter's closing ("Best regards,", "Ngā mihi,"):
    its writer's name, a person's."""
    from followup.capture.mention_cues import CLOSING

    before = [x.strip() for x in text[:at].split("\n")[:-1] if x.strip()]
    return bool(before) and bool(CLOSING.match(before[-1]))
