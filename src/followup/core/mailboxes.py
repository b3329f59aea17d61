"""Whose a mailbox is, from its address alone: free and home mail, which says nothing of an
employer; a domain's own name under its country's suffix; two domains of one employer. Pure:
read by invitations (the company) and by the inbox (which application a message answers)."""

from __future__ import annotations

# Free mail providers: a shared domain says nothing about the employer.
FREE_MAIL = frozenset({
    "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com",
    "yahoo.com", "ymail.com", "icloud.com", "me.com", "mac.com", "aol.com", "proton.me",
    "protonmail.com", "pm.me", "gmx.com", "gmx.de", "gmx.net", "web.de", "mail.com",
    "zoho.com", "yandex.com", "yandex.ru", "fastmail.com", "hey.com", "qq.com", "163.com",
    "126.com", "tutanota.com", "hotmail.co.uk", "yahoo.co.uk", "outlook.fr", "orange.fr",
    "free.fr", "libero.it", "t-online.de", "comcast.net", "verizon.net", "att.net",
    # home broadband and national mailboxes a hiring manager writes from at night
    "btinternet.com", "virginmedia.com", "ntlworld.com", "blueyonder.co.uk", "talktalk.net",
    "eircom.net", "bigpond.com", "bigpond.net.au", "optusnet.com.au", "iinet.net.au",
    "xtra.co.nz", "sympatico.ca", "wanadoo.fr", "laposte.net", "sfr.fr", "bluewin.ch",
    "telenet.be", "ziggo.nl", "kpnmail.nl", "freenet.de", "posteo.de", "seznam.cz", "wp.pl",
    "o2.pl", "onet.pl", "interia.pl", "mail.ru", "mweb.co.za", "telkomsa.net",
    "singnet.com.sg", "sbcglobal.net", "bellsouth.net", "earthlink.net", "cox.net",
})
# Mailbox brands that are free mail under every country's suffix (yahoo.com.au,
# hotmail.co.za, outlook.ie, gmx.at): the name before the suffix says it.
FREE_BRANDS = frozenset({
    "gmail", "googlemail", "yahoo", "ymail", "hotmail", "outlook", "live", "msn", "aol",
    "icloud", "protonmail", "proton", "gmx", "yandex", "rediffmail", "naver", "hanmail",
    "daum", "libero", "virgilio", "tiscali", "wanadoo", "posteo", "mailbox", "fastmail",
    "tutanota", "tuta", "zoho", "seznam"})
# A provider's name with the word for mail joined to it ("icloud-mail", "orange-mail",
# "webmail", "t-online-mail"): a household's mailbox too, under whatever suffix it has.
_MAIL_PARTS = FREE_BRANDS | {"web", "orange", "free", "laposte", "sfr", "telenet", "bluewin",
                             "btinternet", "t-online"}
_MAIL_WORDS = frozenset({"mail", "email", "webmail"})
_JOINED = ("webmail", "email", "mailer", "mail")
_SECOND = frozenset({"co", "com", "net", "org", "ne", "or", "ac"})


def mail_stems(dom: str) -> set[str]:
    """The domain's own name, and that name less a word for mail joined to either end
    ("icloud" of "icloud-mail", "jobvite" of "jobvitemail", "web" of "webmail"): the one
    home of that rule, asked by free mail here and by capture's mail hosts."""
    name = name_of(dom.lower().strip("."))
    out = {name}
    for j in _JOINED:
        if name.endswith(j) and len(name) > len(j):
            out.add(name.removesuffix(j).rstrip("-_"))
        if name.startswith(j) and len(name) > len(j):
            out.add(name.removeprefix(j).lstrip("-_"))
    return out


def free_mail(dom: str) -> bool:
    """Whether a domain is a free or home mailbox, which says nothing of an employer."""
    dom = dom.lower().strip(".")
    if dom in FREE_MAIL:
        return True
    if dom.count(".") < 1:
        return False
    name = name_of(dom)
    return name in FREE_BRANDS or name in _MAIL_WORDS or bool(
        (mail_stems(dom) - {name}) & (_MAIL_PARTS | _MAIL_WORDS))


def domain(address: str) -> str:
    return address.rpartition("@")[2].lower().strip(".")


def same_org(a: str, b: str) -> bool:
    """acme.example and talent.acme.example belong together; example and acme.example not."""
    return a == b or (a.count(".") >= 1 and b.endswith("." + a)) or (
        b.count(".") >= 1 and a.endswith("." + b))


def name_of(dom: str) -> str:
    """A domain's own name, its country's suffix aside ("harrowfoods" of harrowfoods.co.uk)."""
    labels = dom.split(".")
    if len(labels) < 2:
        return dom
    return labels[-3] if len(labels) >= 3 and labels[-2] in _SECOND else labels[-2]


def same_employer(a: str, b: str) -> bool:
    """Mail domains of one employer: one inside the other, or one name of six letters or
    more under another country's suffix (harrowfoods.co.uk and harrowfoods.com)."""
    return same_org(a, b) or (len(name_of(a)) >= 6 and name_of(a) == name_of(b))
