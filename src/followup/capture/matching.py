"""Which application a reply is about, from what it says (issue 23): the company and the
role named in the subject, the body or the sender's display name, the names of the
interviewers and the coordinator, and the senders of applicant-tracking systems, which
write for many employers from one domain. Pure: facts in, (application ids, reason) out.

The header matcher (mail/replies.classify) ties a reply to its thread or to a known
address; this reads on when it found nothing (mail from an ATS) or several applications
(one recruiter for two roles), and it moves an outcome to the application whose role it
names ("we've filled the Marketing Analyst position … your Data Analyst process is still
active")."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

# Applicant-tracking systems: the sender's domain says nothing about the employer.
ATS = ("greenhouse-mail.io", "greenhouse.io", "myworkday.com", "workday.com",
       "hire.lever.co", "lever.co", "ashbyhq.com", "smartrecruiters.com", "icims.com",
       "jobvite.com", "workablemail.com", "workable.com", "teamtailor.com", "recruitee.com",
       "bamboohr.com", "breezy.hr", "jazzhr.com", "pinpointhq.com", "personio.de",
       # enterprise and public-sector systems and job boards (US, UK, Ireland, Canada, Australia)
       "taleo.net", "successfactors.com", "successfactors.eu", "sapsf.com", "sapsf.eu",
       "oraclecloud.com", "csod.com", "avature.net", "ultipro.com", "ukg.com", "paylocity.com",
       "dayforcehcm.com", "applytojob.com", "hirebridge.com", "eightfold.ai", "comeet.co",
       "rippling.com", "jobs.nhs.uk", "trac.jobs", "jobtrain.co.uk", "tribepad.com",
       "eploy.co.uk", "jobadder.com", "livehire.com", "pageuppeople.com", "snaphire.com",
       "publicjobs.ie", "governmentjobs.com", "neogov.com", "peoplehr.net", "hibob.com",
       # more systems of Europe, the Americas, Asia and Africa, and the assessment and video
       # interview platforms that write for an employer
       "myworkdayjobs.com", "zohorecruit.com", "zohorecruit.eu", "freshteam.com",
       "manatal.com", "homerun.co", "join.com", "softgarden.io", "softgarden.de", "dvinci.de",
       "rexx-systems.com", "umantis.com", "prescreen.io", "talentsoft.com", "brassring.com",
       "kenexa.com", "silkroad.com", "clearcompany.com", "paycomonline.net", "adp.com",
       "ceipal.com", "bullhorn.com", "bullhornmail.com", "vincere.io", "jobdiva.com",
       "hireology.com", "hirehive.com", "occupop.com", "hiringthing.com", "jobscore.com",
       "beamery.com", "phenompeople.com", "oleeo.com", "oleeo.co.uk", "lumesse.com",
       "ciphr.com", "jobsoid.com", "recruitcrm.io", "factorialhr.com", "kenjo.io",
       "applicantpro.com", "applicantstack.com", "isolvedhire.com", "paradox.ai",
       "hirevue.com", "codility.com", "hackerrank.com", "testgorilla.com", "codesignal.com",
       "vervoe.com", "shl.com", "sparkhire.com", "modernhire.com", "harver.com",
       "pinpoint.com", "tal.net", "apply.gov.uk", "civilservicejobs.service.gov.uk",
       "apsjobs.gov.au", "jobs.gc.ca", "jobylon.com", "varbi.com", "reachmee.com",
       "webcruiter.no",
       # Japan, Korea, China, India, Latin America, Iberia, France and Poland
       "hrmos.co", "herp.cloud", "talentio.com", "jobcan.jp", "greetinghr.com", "mokahr.com",
       "keka.com", "darwinbox.in", "gupy.io", "kenoby.com", "pandape.com", "hiringroom.com",
       "bizneo.com", "welcomekit.co", "taleez.com", "flatchr.io", "digitalrecruiters.com",
       "erecruiter.pl", "traffit.com", "inrecruiting.com")


class Facts(NamedTuple):
    app_id: int
    company: str
    role: str
    names: tuple[str, ...]  # interviewers and coordinator


# the same systems' own sending domains: the name with "mail" joined to it
# (teamtailor-mail.com, workablemail.com, mail.recruitee.com, greenhousemail.io)
_BRANDS = frozenset(a.split(".")[-2] for a in ATS if a.count(".") == 1)


def is_ats(address: str) -> bool:
    """Mail from an applicant-tracking system: one of its domains, or its name with "mail"
    joined on (an ATS sends from its own mail domain, whatever it is called)."""
    from followup.capture.tool_names import tool_of

    d = address.rpartition("@")[2].lower()
    if tool_of(d, ATS) is not None:
        return True
    labels = d.split(".")
    name = labels[-2] if len(labels) >= 2 else ""
    joined = ("mail", "email", "mailer", "notifications", "notification")
    stems = {name.removeprefix(j).lstrip("-") for j in joined if name.startswith(j)}
    stems |= {name.removesuffix(j).rstrip("-") for j in joined if name.endswith(j)}
    return bool(stems & _BRANDS)


def answering_machine(automatic: str | None, address: str) -> bool:
    """Whether a machine-sent message (`automatic` says why, mail.replies.automatic) is an
    auto-reply with no news in it. An applicant-tracking system sends all its mail by machine
    (Auto-Submitted: auto-generated, List-Unsubscribe), the outcomes too, so its headers say
    nothing: its mail is read for what it says."""
    return automatic is not None and not is_ats(address)


def _named(text: str, words: str) -> bool:
    words = words.strip()
    return bool(words) and re.search(rf"(?<!\w){re.escape(words)}(?!\w)", text,
                                     re.IGNORECASE) is not None


def company_named(f: Facts, text: str) -> bool:
    """The company's name in the text, with or without its legal form, which mail often
    leaves out ("Harbour Foods" for "Harbour Foods Ltd"; core/companies knows the forms)."""
    from followup.core.companies import without_legal_form

    bare = without_legal_form(f.company.strip())
    return _named(text, f.company) or (bare != f.company.strip() and len(bare) > 2
                                       and not bare.endswith(("&", " and")) and _named(text, bare))


# what a title carries after its name: a grade, a team, a note in brackets ("Data Analyst II",
# "Software Engineer, Platform", "Information Analyst (Band 7)")
_GRADE = re.compile(r"(?:\s*\([^)]*\)|\s*,.*|\s+(?:[IVX]{1,4}|\d{1,2}|level \d+|band \d+\w?|"
                    r"grade \w+))+\s*$", re.IGNORECASE)
_LINK = frozenset({"of", "and", "&", "for", "the", "in", "to", "at", "-", "–", "/"})


def _short_names(title: str) -> list[str]:
    """The shorter names a writer gives a title: its last two words or more, grade, team and
    brackets left off ("Data Analyst" for "Data Analyst II", "informatics analyst" for
    "Clinical Informatics Analyst")."""
    words = _GRADE.sub("", title.strip()).split()
    return [" ".join(words[i:]) for i in range(len(words) - 1) if words[i].lower() not in _LINK]


def _initialisms(title: str) -> list[str]:
    """The title with two or three of its capitalised words written as their initials, as
    writers shorten a field before the job's noun ("BI Developer" for "Business Intelligence
    Developer", "QA Engineer", "HR Business Partner"); the last word always stays."""
    words = _GRADE.sub("", title.strip()).split()
    out = []
    for i in range(len(words)):
        for j in range(i + 2, min(i + 3, len(words) - 1) + 1):
            span = words[i:j]
            if all(w[:1].isupper() and w.isalpha() and w.lower() not in _LINK for w in span):
                out.append(" ".join([*words[:i], "".join(w[0] for w in span), *words[j:]]))
    return out


def _full_names(title: str) -> list[str]:
    """The names that say the whole title: as given, and with its initialisms."""
    return [title, *_initialisms(title)] if title.strip() else []


_INITIALS = re.compile(r"[A-Z]{2,4}")


@lru_cache(maxsize=4096)
def _title_re(words: str) -> re.Pattern[str]:
    """A name as a writer may space it, with an initialism of the name as written or spelt
    out ("BI Developer" or "Business Intelligence Developer")."""
    parts = []
    for w in words.split():
        spelt = r"\s+".join(f"{c}[a-z]+" for c in w)
        parts.append(f"(?:{re.escape(w)}|(?-i:{spelt}))" if _INITIALS.fullmatch(w)
                     else re.escape(w))
    return re.compile(r"(?<!\w)" + r"\s+".join(parts) + r"(?!\w)", re.IGNORECASE)


def _spans(text: str, words: str) -> list[tuple[int, int]]:
    return [m.span() for m in _title_re(words.strip()).finditer(text)] if words.strip() else []


def roles_named(group: list[Facts], text: str) -> list[Facts]:
    """The applications of `group` whose role the text names: by its whole title (or an
    initialism of it), or by a shorter name that no other title of the group shares; a
    title found only inside another one's ("Data Analyst" in "Senior Data Analyst") names
    only the longer one."""
    spans = _role_spans(group, text)
    return [f for f in group if spans[f.app_id]]


def named_last(group: list[Facts], text: str) -> list[Facts]:
    """The applications of `group` whose role the text names last (the one a later "that
    one" points back to); [] when it names none."""
    ends = {i: max(e for _, e in sp) for i, sp in _role_spans(group, text).items() if sp}
    return [f for f in group if ends and ends.get(f.app_id) == max(ends.values())]


def _role_spans(group: list[Facts], text: str) -> dict[int, list[tuple[int, int]]]:
    """Where the text names each application's role (as `roles_named` reads it)."""
    found: dict[int, list[tuple[int, int]]] = {}
    whole: dict[int, list[tuple[int, int]]] = {}
    for f in group:
        others = [g.role for g in group if g is not f]
        names = _full_names(f.role)
        whole[f.app_id] = spans = [sp for n in names for sp in _spans(text, n)]
        for short in dict.fromkeys(s for n in names for s in _short_names(n)):
            if not any(_spans(o, short) or any(_spans(v, short) for v in _initialisms(o))
                       for o in others):
                spans = spans + _spans(text, short)
        found[f.app_id] = spans
    kept = {f.app_id: [(s, e) for s, e in found[f.app_id] if not any(
        a <= s and e <= b and (a, b) != (s, e) for g, spans in whole.items()
        if g != f.app_id for a, b in spans)] for f in group}
    # "Separately from the Senior Data Analyst process, good news on your Analytics Engineer
    # application": a role named to be set aside, when the text names another; or when it
    # is the only one named ("don't worry about the Data Engineer process, that's a separate
    # team - this one is going ahead"): the text is then about the one it answers
    aside = {i: [sp for sp in spans if _ASIDE.search(text, max(0, sp[0] - 40), sp[0])]
             for i, spans in kept.items()}
    if any(aside.values()):
        return {i: [sp for sp in spans if sp not in aside[i]] for i, spans in kept.items()}
    return kept


_ASIDE = re.compile(r"\b(?:separate(?:ly)? (?:from|to)|apart from|aside from|unrelated to|"
                    r"independent(?:ly)? of|other than|outside of|nothing to do with|"
                    r"(?:don't|do not|no need to) worry about|"
                    r"not (?:about |for |on )?(?=the |your |this ))\s*"
                    r"(?:the |your |our |my |this )?(?:[\w-]+ )?$", re.IGNORECASE)


# words many employers' names share: never the short name of one
_COMMON = frozenset({"the", "st", "st.", "saint", "county", "city", "state", "university",
                     "college", "school", "bank", "group", "health", "hospital", "council",
                     "national", "royal", "new", "north", "south", "east", "west", "global",
                     "international", "first", "united", "american", "british", "general",
                     "capital", "central", "of", "and", "&", "data", "digital"})


def short_company(f: Facts, group: list[Facts]) -> str:
    """The name a writer shortens a company's to: its first word that is a name of its own
    ("Copperleaf" for "Copperleaf Mining", "Westmere" for "County of Westmere"), when no other
    company of `group` has it; "" when there is none."""
    from followup.core.companies import without_legal_form

    words = without_legal_form(f.company.strip()).split()
    word = next((w for w in words if w.lower() not in _COMMON and len(w) >= 4), "")
    if len(words) < 2 or not word or any(_named(g.company, word) for g in group
                                         if g.company.lower() != f.company.lower()):
        return ""
    return word


def role_named(f: Facts, text: str, group: list[Facts] | None = None) -> bool:
    """Whether the text names `f`'s role, among the titles of `group` (its siblings)."""
    return f in roles_named(group or [f], text)


def by_text(apps: list[Facts], sender_name: str, subject: str, text: str, signed: str = ""
            ) -> tuple[list[int], str]:
    """The applications the words name: company (or a person of it) first, in the text or
    its signature ("Talent Acquisition, Orchid Bank"), then the role among that company's
    applications, in the text alone (a signer's own title names no role)."""
    said = f"{sender_name}\n{subject}\n{text}"
    whole = f"{said}\n{signed}" if signed else said
    hits = [f for f in apps if company_named(f, whole)]
    how = "the company is named"
    if not hits:
        hits = [f for f in apps if any(len(n.split()) > 1 and _named(whole, n) for n in f.names)]
        how = "it names a person you met there"
    if not hits:
        hits = _by_short_name(apps, whole)
        how = "the company is named"
    if len(hits) > 1:
        roles = roles_named(hits, said)
        if roles:
            hits, how = roles, how + " and the role"
    return [f.app_id for f in hits], how


def short_named(f: Facts, apps: list[Facts], text: str) -> bool:
    """Whether the text names `f`'s company by its own short name, as written ("Larkspur"
    for "Larkspur Health System")."""
    short = short_company(f, apps)
    return bool(short) and any(not _another_company(f, text[m.end():]) for m in re.finditer(
        rf"(?<!\w){re.escape(short)}(?!\w)", text))


_NAME_AFTER = re.compile(r"(?:[ \t]+[A-Z][\w&.-]*){1,3}")


def _another_company(f: Facts, after: str) -> bool:
    """Whether the short name is the start of another company's full name: words of a name
    that are not the company's own, ending in a legal form or "Group" ("Kestrel Logistics
    Group" is not "Kestrel Freight Ltd")."""
    from followup.core.companies import is_legal_form

    tail = _NAME_AFTER.match(after)
    if tail is None:
        return False
    own = {w.lower() for w in f.company.split()}
    words = tail.group(0).split()
    return any(any(w.lower() not in own for w in words[:k]) and (
        is_legal_form(words[k]) or words[k].rstrip(".") in ("Group", "Holdings"))
        for k in range(1, len(words)))


def _by_short_name(apps: list[Facts], text: str) -> list[Facts]:
    """The applications whose company the text names by its own short name, when that is
    one company."""
    hits = [f for f in apps if short_named(f, apps, text)]
    return hits if len({f.company.lower() for f in hits}) == 1 else []


# first names that are words too ("Will you…", "May I…"): never a person's mention alone
_WORDS = frozenset({"will", "may", "june", "april", "august", "grace", "hope", "joy", "faith",
                    "mark", "bill", "rose", "summer", "art", "guy", "pat", "sue", "dawn", "eve",
                    "ray", "rob", "jack", "frank", "chase", "hunter", "page", "bob", "don",
                    "van", "sky", "max", "dean", "lee", "sterling", "king", "bishop", "major"})
_TITLES = frozenset({"dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "prof", "prof.",
                     "professor", "sir", "dame"})


def _first_name(name: str) -> str:
    words = [w for w in name.split() if w.lower() not in _TITLES]
    return words[0] if len(words) >= 2 else ""


def people_named(group: list[Facts], text: str) -> list[Facts]:
    """The applications of `group` whose people the text names, by full name or by a first
    name no other application of the group shares (a recruiter for both is no one's):
    "Amy would like you back" for the role Amy interviewed for."""
    def firsts(f: Facts) -> set[str]:
        return {n for p in f.names if (n := _first_name(p)) and len(n) >= 3
                and n.lower() not in _WORDS}

    out = []
    for f in group:
        others = [g for g in group if g is not f]
        mine = {" ".join(p.split()) for p in f.names if len(p.split()) > 1}
        mine -= {" ".join(p.split()) for g in others for p in g.names}
        own = firsts(f) - {n for g in others for n in firsts(g)}
        if any(_named(text, p) for p in mine) or any(
                re.search(rf"(?<!\w){re.escape(n)}(?!\w)", text) for n in own):
            out.append(f)
    return out


def by_role(apps: list[Facts], candidates: list[int], text: str) -> tuple[list[int], str]:
    """Among several applications (one recruiter for two roles, or an agency's for two
    employers), the ones whose company, then whose role, then whose people the text
    names."""
    mine = [f for f in apps if f.app_id in candidates]
    how = []
    named = [f for f in mine if company_named(f, text) or short_named(f, mine, text)]
    if named and len(named) < len(mine):
        mine, how = named, ["the company is named"]
    named = roles_named(mine, text)
    if named and len(named) < len(mine):
        mine, how = named, [*how, "the role is named"]
    elif len(mine) > 1 and len(named := people_named(mine, text)) == 1:
        mine, how = named, [*how, f"it names someone you met for the {named[0].role} role"]
    if how:
        return [f.app_id for f in mine], " and ".join(how)
    return candidates, ""


# what a display name adds to the writer's own name: a system or a team it writes through
# ("Rita Moss via Greenhouse", "Careers on behalf of Rita Moss", "Rita Moss | Lumen Health",
# "Rita Moss (Talent, Lumen)", "Rita Moss - Lumen Health")
_THROUGH = re.compile(r"\s+(?:via|on behalf of|obo|for|from|at|@)\s+|\s*[|()\[\]/]\s*|"
                      r"\s+[-–—]\s+", re.IGNORECASE)


def sender_people(sender_name: str) -> list[str]:
    """The person names a display name may hold, in lower case: the whole name, each part
    around "via", "on behalf of", a bar or brackets, and "Last, First" turned round."""
    name = " ".join(sender_name.replace('"', "").replace("'", "").split())
    parts = [name, *_THROUGH.split(name)]
    if name.count(",") == 1:
        last, first = (p.strip() for p in name.split(","))
        parts.append(f"{first} {last}")
    return [k for p in dict.fromkeys(parts) if len((k := p.strip(" ,").lower()).split()) >= 2]


def by_sender_name(apps: list[Facts], sender_name: str) -> list[int]:
    """The applications where someone of the sender's full name was met (two words or
    more, case and order of spaces aside), however the display name wraps it."""
    keys = set(sender_people(sender_name))
    return [f.app_id for f in apps if any(" ".join(n.lower().split()) in keys
                                          for n in f.names)]


# a job board's or a system's mail to everyone: an alert, a saved search, jobs recommended
# (not a rejection's courtesy: "you may create job alerts on our careers site")
_ALERT = re.compile(r"(?<!create )(?<!create a )(?<!to set up )(?<!to set up a )(?<!sign up for )"
                    r"(?<!sign up for a )(?<!subscribe to )\bjob alerts?\b|"
                    r"\bsaved search(?:es)?\b|\bjobs? you (?:may|might) (?:like|"
                    r"be interested)|\b(?:jobs|vacancies|roles) (?:matching|that match) your "
                    r"(?:search|alert|profile|preferences|criteria)\b|\bnew (?:jobs|vacancies) "
                    r"(?:matching|that match|match|for you|in your area)\b", re.IGNORECASE)
# ... and its subject, which offers openings ("Research roles you might like", "Vacancies for
# you"); a rejection's body may too ("other roles you may be interested in"), never its subject
_ALERT_SUBJECT = re.compile(r"\b(?:jobs|roles|vacancies|positions|openings|opportunities) (?:you "
                            r"(?:may|might|could) (?:like|be interested in)|for you)\b",
                            re.IGNORECASE)


def settle(ids: list[int], reason: str, found_none: bool, address: str, sender_name: str,
           subject: str, fresh: str, apps: list[Facts], signed: str = ""
           ) -> tuple[list[int], str]:
    """The applications a message is about once its words are read, and why: mail from an
    applicant-tracking system that the headers tied to nothing goes by the company and role
    it names; mail from any other address by the full name of someone met there (a hiring
    manager writing from a personal account, an interviewer from the group's or the health
    service's domain); a message the headers tie to several
    applications goes by the role it names. `signed`: the new text with its signature."""
    from followup.core.mailboxes import free_mail

    if found_none and is_ats(address):
        if _ALERT.search(f"{subject}\n{fresh}") or _ALERT_SUBJECT.search(subject):
            return [], ""  # a job board's alert names employers and roles to everyone
        hits, how = by_text(apps, sender_name, subject, fresh, signed)
        hits = [i for i in hits if not other_job(next(f for f in apps if f.app_id == i),
                                                  f"{subject}\n{fresh}")]
        return hits, f"{how}, in mail from {address.rpartition('@')[2]}" if hits else ""
    if found_none:  # a person met there, writing from a personal or another address
        dom = address.rpartition("@")[2]
        hits = by_sender_name(apps, sender_name)
        if len(hits) > 1:
            hits, _ = by_role(apps, hits, f"{subject}\n{fresh}")
        where = "a personal address" if free_mail(dom) else f"another address ({dom})"
        return hits, (f"from {sender_name}, whom you met there, writing from {where}"
                      if hits else "")
    if len(ids) > 1:
        hits, how = by_role(apps, ids, f"{sender_name}\n{subject}\n{fresh}")
        return hits, f"{reason}; {how}" if how else reason
    return ids, reason


# the job a system's mail is about, as its templates name it: "your application for the Data
# Engineer role", "interest in the Data Engineer position at Acme", "applying for Data
# Engineer at Acme" (a title is written in capitals; case matters here)
_ITS_JOB = re.compile(r"\b(?:[Aa]ppl(?:ication|ying|ied)|[Ii]nterest|[Cc]andidacy)\s+(?:for|to|in)"
                      r"\s+(?:the\s+)?(?:(?:role|position|post|job) of\s+)?"
                      r"(?P<t>(?:[A-Z][\w&/.-]*\s+){0,5}?[A-Z][\w&/.-]*)(?=\s+(?:role|position|"
                      r"job|opening|vacancy|post)\b|\s+(?:at|with)\s+[A-Z]|\s*\()")
# words of any title, which say nothing of which job it is
_ANY_TITLE = frozenset({"senior", "junior", "lead", "principal", "staff", "head", "chief", "sr",
                        "jr", "associate", "assistant", "deputy", "the", "and", "of", "for"})


def _title_words(title: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", title.lower()) if len(w) > 2} - _ANY_TITLE


def other_job(f: Facts, text: str) -> bool:
    """Whether an applicant-tracking system's mail names, as the job it is about, one that
    shares no word of `f`'s title (the candidate applied to the same employer for a job
    they do not track here): "Thank you for your interest in the Data Engineer role at
    Lumen Health" is not about the Senior Product Analyst application."""
    named = [m.group("t") for m in _ITS_JOB.finditer(text)
             if not company_named(f, m.group("t")) and not _named(f.company, m.group("t"))]
    mine = _title_words(f.role)
    return bool(named) and bool(mine) and not roles_named([f], text) and all(
        not (_title_words(t) & mine) for t in named)


def siblings(apps: list[Facts], app_id: int) -> list[Facts]:
    """The other applications at the same company."""
    me = next((f for f in apps if f.app_id == app_id), None)
    if me is None:
        return []
    return [f for f in apps if f.app_id != app_id and f.company.lower() == me.company.lower()]


_TURN = re.compile(r",?\s+(?:but|while|whereas|although|though|however)\s+|;\s*|\s[-–—]\s",
                   re.IGNORECASE)


def apps_named(group: list[Facts], text: str) -> list[Facts]:
    """The applications of `group` the text names: by role at one employer; by employer or
    role across several (an agency's recruiter writing of two clients)."""
    if len({f.company.lower() for f in group}) <= 1:
        return roles_named(group, text)
    roles = roles_named(group, text)
    return [f for f in group if f in roles or company_named(f, text)
            or short_named(f, group, text)]


# a sentence that points back at a role named before it: "they won't be progressing you for
# that one", "sorry it's not better news on that front", "the latter has been filled"
POINTS_BACK = re.compile(r"\bthat (?:one|role|position|post|job|vacancy|opening|application|"
                         r"process|front|side)\b|\bthe latter\b", re.IGNORECASE)


def about_role(sentences: list[str], f: Facts, others: list[Facts]) -> list[str]:
    """The sentences about `f`'s application: those naming it (its role, or its employer
    among several), and those naming none, unless they point back at the role named last
    before them ("… on the Senior Data Engineer application. Sadly they won't be progressing
    you for that one."). A sentence naming two is read clause by clause ("we've filled the
    Data Manager role, but your Data Analyst application is still alive")."""
    out, group = [], [f, *others]
    last: list[Facts] = []
    for s in sentences:
        parts = [s]
        if named := apps_named(group, s):
            last = named_last(group, s) or (named if len(named) == 1 else [])
            if f in named and len(named) > 1:
                parts = [p for p in _TURN.split(s) if p.strip()]
        elif last and POINTS_BACK.search(s):
            parts = [s] if f in last else []
        out += [p for p in parts if f in (named := apps_named(group, p)) or not named]
    return out


# words of a hiring process, any of which mail about an application has somewhere
_HIRING = re.compile(
    r"\b(?:appl(?:y|ied|ying|ications?|icants?)|interview\w*|roles?|positions?|posts?|jobs?|"
    r"vacanc\w+|candida\w+|recruit\w*|hiring|hired?|offer\w*|shortlist\w*|assessments?|"
    r"referen\w+|referees?|cv|r[eé]sum[eé]s?|talent|opportunit\w+|careers?|panel|stages?|"
    r"rounds?|feedback|decision|decide|process|onboard\w*|contracts?|start date|salary|team|"
    r"meet\w*|chat|call|conversation|next steps?|thank(?:s| you)|catch up|update)\b",
    re.IGNORECASE)


# a word of it written as a person's surname after a first name ("Dear Sam Candidate")
_SURNAME = re.compile(r"\b[A-Z][a-z]+ (?-i:Candidate|Hire|Post|Offer|Team|Call)\b")


def about_hiring(group: list[Facts], sender_name: str, subject: str, text: str) -> bool:
    """Whether a message may be about an application of `group` at all: it names the role
    or someone met, or speaks of hiring in any word. An employer that serves the public
    writes to its customers from the same domain (a council's tax bill, a bank's
    statement): such mail from someone unknown there, answering nothing, is not a reply."""
    said = f"{sender_name}\n{subject}\n{text}"
    return _HIRING.search(_SURNAME.sub(" ", said)) is not None or bool(
        roles_named(group, said)) or bool(people_named(group, said)) or bool(
        by_sender_name(group, sender_name))
