"""Whose an address is, in an invitation (issue 23): a scheduling service's relay or a team
mailbox (nobody), a personal mailbox, the employer's own domain or its account at the service
that sent it. Pure."""

from __future__ import annotations

import re

from followup.capture.invitations import Invitation
from followup.capture.lazy import lazy
from followup.capture.mentions import EMAIL, usable_text
from followup.capture.staff_words import MAILBOX_LOCALS

# Services that write invitations and mail for employers (applicant-tracking, scheduling,
# video, calendar relays): their addresses are nobody, their domains say nothing about the
# employer. The one list, used by the people and the company readers alike.
SERVICE_DOMAINS = (
    "imip.me.com", "email.apple.com", "group.calendar.google.com",
    "resource.calendar.google.com", "greenhouse.io", "greenhouse-mail.io", "lever.co",
    "goodtime.io", "ashbyhq.com", "myworkday.com", "workday.com", "myworkdayjobs.com",
    "calendly.com", "smartrecruiters.com", "icims.com", "jobvite.com", "taleo.net",
    "successfactors.com", "successfactors.eu", "oraclecloud.com", "avature.net",
    "teamtailor.com", "teamtailor-mail.com", "workable.com", "workablemail.com",
    "bamboohr.com", "recruitee.com", "personio.de", "personio.com", "gem.com",
    "modernloop.io", "prelude.co", "paradox.ai", "zohorecruit.com", "zohorecruit.eu",
    "zohorecruit.in", "breezy.hr", "jazzhr.com", "applytojob.com", "pinpointhq.com",
    "hirevue.com", "cronofy.com", "rippling.com", "ultipro.com", "ukg.com", "phenompeople.com",
    "beamery.com", "eightfold.ai", "hibob.com", "dover.com", "zoom.us", "webex.com",
    "gotomeeting.com", "bluejeans.com", "whereby.com", "doodle.com", "zcal.co", "cal.com",
    "savvycal.com", "youcanbook.me", "acuityscheduling.com", "hubspot.com", "x.ai",
    "softgarden.io", "softgarden.de", "jobylon.com", "homerun.co", "comeet.co",
    "dvinci-easy.com", "rexx-systems.com")
RELAY_LOCAL = lazy(
    r"^(?:no-?reply|do-?not-?reply|notifications?|notify|calendar|scheduling|invites?|mailer|"
    r"talent|interviews?|careers|recruiting|recruitment|jobs|hr|people|hiring|bookings?|"
    r"appointments?|"
    r"talentscheduling|talent-?team|zoom[-\w]*|recruit[-\w]*|[-\w]*-?recruiting\d*|"
    r"calendar-notification|bewerbung(?:en)?|karriere|candidates?|recrutement|emploi|"
    r"reclutamiento|reclutamento|recrutamento|empleo|werving|vacatures|rekrytering|"
    r"rekruttering|selecci[oó]n|selezione|selection|rrhh|personal|personalabteilung|"
    r"humanresources|human-resources|peopleops|"
    # … of Central Europe, Türkiye and East Asia (Hungarian "toborzás", Polish "kadry",
    # Czech "nábor", Romanian "recrutare", Turkish "İK"/"insan kaynakları", Japanese
    # "saiyō"/"jinji", Korean "chaeyong"/"insa", Chinese "zhaopin", Vietnamese "tuyển dụng")
    r"toborzas|kadry|nabor|kariera|recrutare|cariere|resurseumane|ik|insankaynaklari|"
    r"kariyer|saiyo|jinji|chaeyong|insa|zhaopin|renshi|tuyendung|nhansu|"
    rf"{MAILBOX_LOCALS})"  # (… and every language's team mailbox: capture/staff_words)
    # … and the team's word after it, joined or not ("talentacquisition@", "hrteam@")
    r"(?:[-_.]?(?:team|ops|office|desk|dept|acquisition|operations|services|partners?))?"
    r"(?:[-+.]\w*)?@",
    re.IGNORECASE)
# Providers of personal mail, by the first label of the domain (gmail.com, yahoo.co.in).
PERSONAL = frozenset(("gmail", "googlemail", "yahoo", "ymail", "hotmail", "outlook", "live",
                      "msn", "aol", "icloud", "protonmail", "proton", "gmx", "yandex",
                      "rediffmail", "naver", "qq"))

# A mailbox that says it takes no answer, wherever the words sit in its name
# ("sfnoreply@", "ucb-careers-noreply@", "hr.donotreply@"): nobody's.
NO_ANSWER_LOCAL = lazy(r"^[-\w.+]*(?:no-?reply|do-?not-?reply)[-\w.+]*@", re.IGNORECASE)


def is_relay(email: str) -> bool:
    d = email.rpartition("@")[2]
    return bool(RELAY_LOCAL.match(email) or NO_ANSWER_LOCAL.match(email)) or service(d)


def service_base(domain: str) -> tuple[str, str]:
    """The service's domain the address is at, as written and as SERVICE_DOMAINS spells it
    ("wd5.myworkday.example" -> ("myworkday.example", "myworkday.com")); ("", "") for none.
    A service is known by its own name whatever its top-level domain (capture/tool_names)."""
    from followup.capture.tool_names import tool_at

    return tool_at(domain, SERVICE_DOMAINS) or ("", "")


def service(domain: str) -> bool:
    """Whether the domain is a service's that writes for employers (SERVICE_DOMAINS), by its
    name whatever its top-level domain."""
    return bool(service_base(domain)[0])


def names_service(name: str, email: str) -> bool:
    """A relay's display name that is the service's own ("BambooHR" at bamboohr.com,
    "Personio" at personio.de): nobody."""
    from followup.capture.employer import squash

    base = service_base(email.rpartition("@")[2])[1]
    label = re.sub(r"[^a-z]", "", base.split(".")[0])
    return len(label) >= 4 and squash(name).startswith(label)


def personal(email: str) -> bool:
    """An address at a provider of personal mail, whatever its suffix (capture/mail_hosts)."""
    from followup.capture.mail_hosts import provider

    d = email.rpartition("@")[2].lower()
    return d.split(".")[0] in PERSONAL or provider(d)


def organisation(inv: Invitation) -> set[str]:
    """What the employer's name is spelled as in the file's addresses: the domains of its
    people, the tenant of a scheduling system's address (sunpeak@myworkday.com)."""
    from followup.capture.employer import core_of
    from followup.capture.mail_hosts import hiring_system

    out = set(tenants(inv))
    written = EMAIL.findall(usable_text(inv.description))  # "Questions: jobs@marula.example"
    for email in [a.email for a in ([inv.organizer] if inv.organizer else []) +
                  [*inv.attendees, *inv.senders]] + written:
        d = email.rpartition("@")[2].lower()
        if not hiring_system(d) and not personal(email) and "." in d:
            out.add(core_of(d))
    return {c for c in out if len(c) >= 3}


# Services that name the employer's account in the local part of their address
# (acme@myworkday.com); the others name it, if at all, in a subdomain (acme.bamboohr.com).
TENANT_LOCAL = ("myworkday.com",)
NOT_TENANT = frozenset(("mail", "email", "e", "em", "mg", "notifications", "notification",
                        "hire", "app", "us", "eu", "www", "jobs", "careers", "send", "bounce",
                        "reply", "calendar", "invite", "invites", "messages", "system"))


def tenants(inv: Invitation) -> list[str]:
    """The employer's account at the scheduling system that sent the invitation: a name the
    employer's own name may spell, never the employer's name by itself."""
    out: list[str] = []
    for a in ([inv.organizer] if inv.organizer else []) + [*inv.attendees, *inv.senders]:
        local, _, d = a.email.lower().partition("@")
        written, base = service_base(d)
        sub = d[:-len(written)].rstrip(".").split(".")[0] if base and d != written else ""
        if sub and sub not in NOT_TENANT and sub.isalpha():
            out.append(sub)
        elif base in TENANT_LOCAL and local.isalpha() and not RELAY_LOCAL.match(a.email):
            out.append(local.lower())
    return [t for t in dict.fromkeys(out) if len(t) >= 4]


_FROM = frozenset(("von", "vom", "van", "de", "du", "des", "of", "from", "da", "di", "do",
                   "del", "della", "för", "fra", "från", "z", "ze", "od"))


def spells_organisation(name: str, cores: set[str]) -> bool:
    """ "Sunpeak Outdoor Equipment" for sunpeak.example, "Vossberg Medical" for
    vossberg-med.example, "Gulf Star Airways" for gsa.example, "Einladung von Polderlicht"
    for polderlicht.example: a company, or a thing of it, not a person."""
    from followup.capture.employer import squash

    words = name.split()
    initials = "".join(w[0] for w in words if w[:1].isupper()).lower()
    if len(words) >= 3 and words[-2].lower() in _FROM and squash(words[-1]) in cores \
            and len(words[-1]) >= 5:
        return True  # "Einladung von Polderlicht", "Team de Lumière" for polderlicht.example:
        # a thing of the organisation, a person's family name never its domain's whole name
        # after a noun
    return bool(words) and any((len(c) >= 4 and (squash(words[0]) == c or (
        len(words) > 1 and squash(" ".join(words[:2])) == c))) or (
        len(c) >= 5 and squash(name).startswith(c)) or (
        len(words) >= 3 and initials == c) for c in cores)
