"""Which application a message answers (F12): pure functions over headers, no I/O.

Sure: a message in the thread of an email we sent (In-Reply-To / References), or from the
address of a person at the company, to a live application, after its last interview or
reply. Unsure, for the candidate to confirm: a message from the company's domain but not
from a known person, one that could be for several applications, one for a process the
candidate had moved on from (A3), or one that came before the thank-you went out.
Automatic replies (out of office, bounces, mailing lists) never count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime

# whose a mailbox is has one home, core.mailboxes (reading an invitation needs no more)
from followup.core.mailboxes import FREE_BRANDS as FREE_BRANDS
from followup.core.mailboxes import FREE_MAIL as FREE_MAIL
from followup.core.mailboxes import domain as domain
from followup.core.mailboxes import free_mail as free_mail
from followup.core.mailboxes import same_employer as same_employer
from followup.core.mailboxes import same_org as same_org

AUTO_SUBJECT = re.compile(
    r"^\s*auto:|out of (?:the )?office|automatic reply|auto[- ]?repl|auto[- ]?respon|"
    r"abwesenheitsnotiz|réponse automatique|respuesta automática|risposta automatica|"
    r"automatisch antwoord|undeliverable|undelivered mail|delivery status notification|"
    r"mail delivery (?:failed|subsystem)|returned mail|vacation reply", re.IGNORECASE)
BULK = frozenset({"bulk", "junk", "list", "auto_reply"})
_ID = re.compile(r"<[^<>\s]+>")
LIVE = ("active", "responded")


@dataclass(frozen=True, slots=True)
class Incoming:
    uid: int
    message_id: str | None
    sender: str  # as shown: "Jane Doe <jane@acme.example>"
    address: str  # lower case
    subject: str
    at: datetime  # aware
    refs: tuple[str, ...]  # In-Reply-To and References
    automatic: str | None  # why it is an automatic message, if it is one

    @property
    def display_name(self) -> str:
        """The name shown before the address ("Jane Doe"), or "" when there is none."""
        return self.sender.partition("<")[0].strip() if "<" in self.sender else ""


@dataclass(frozen=True, slots=True)
class Prospect:
    """An application a message could answer."""

    app_id: int
    company: str
    status: str
    tz: str
    after: datetime  # only mail after this counts (its last interview, or reply day)
    addresses: frozenset[str]
    thanks_pending: bool
    role: str = ""
    names: tuple[str, ...] = ()  # its interviewers' and coordinators' names

    @property
    def domains(self) -> frozenset[str]:
        return frozenset(d for a in self.addresses if (d := domain(a)) and not free_mail(d))


@dataclass(frozen=True, slots=True)
class Verdict:
    outcome: str  # reply | unsure | ignored | none
    app_ids: tuple[int, ...]
    reason: str


NONE = Verdict("none", (), "")


# An employer's mailboxes that never write about an application: its news, events, shop and
# bills (news@, newsletter@, events@, billing@, counciltax@, a news. or marketing. subdomain).
# Its people, its careers and recruiting mailboxes, and hello@ or info@ (a small firm's one
# address for everything) still count.
_NOT_HIRING = re.compile(
    r"^(?:news|newsletters?|e?news|events?|marketing|insights|digest|press|media|pr|"
    r"billing|invoices?|payments?|accounts(?:-?payable)?|shop|store|orders?|offers|deals|"
    r"promo(?:tions?)?|community|webinars?|counciltax|ctax|rates|revenues|parking|"
    r"customer-?(?:service|care)|service-?desk|surveys?|alumni|fundraising|donations?|"
    r"membership|subscriptions?)(?:[._+-].*)?@|"
    r"@(?:news|newsletters?|marketing|promo|offers|events|e?mail-?news)\.", re.IGNORECASE)


def not_hiring(address: str) -> bool:
    """Whether an employer's address is one of its mailboxes that never write about an
    application (its newsletter, its events, its bills)."""
    return _NOT_HIRING.search(address) is not None


def automatic(headers: dict[str, str], subject: str, address: str) -> str | None:
    """Why a message was sent by a machine rather than a person (RFC 3834 and habits)."""
    auto = headers.get("auto-submitted", "").strip().lower()
    if auto and not auto.startswith("no"):
        return f"automatic ({auto})"
    for name in ("x-autoreply", "x-autorespond", "x-autoresponder"):
        if name in headers:
            return "an auto-reply"
    if headers.get("precedence", "").strip().lower() in BULK:
        return "bulk or list mail"
    if "list-id" in headers or "list-unsubscribe" in headers:
        return "a mailing list"
    if "x-failed-recipients" in headers or "multipart/report" in headers.get(
            "content-type", "").lower():
        return "a delivery report"
    local = address.partition("@")[0]
    if local in ("mailer-daemon", "postmaster"):
        return "a delivery report"
    if AUTO_SUBJECT.search(subject):
        return "an out-of-office or automatic reply"
    return None


def parse(uid: int, header: bytes, received: datetime | None, now: datetime) -> Incoming:
    """The parts of a message header that matching uses, tolerant of malformed mail."""
    from email import message_from_bytes
    from email.header import decode_header, make_header
    from email.policy import compat32
    from email.utils import getaddresses, parsedate_to_datetime

    msg = message_from_bytes(header, policy=compat32)

    def text(name: str) -> str:
        raw = msg.get(name)
        if raw is None:
            return ""
        try:
            return " ".join(str(make_header(decode_header(str(raw)))).split())
        except (ValueError, LookupError, UnicodeError):
            return " ".join(str(raw).split())

    headers = {k.lower(): text(k) for k in msg}
    name, address = (getaddresses([headers.get("from", "")]) or [("", "")])[0]
    address = address.strip().lower()
    name = " ".join(name.split())
    sender = f"{name} <{address}>" if name else address
    subject = headers.get("subject", "")
    try:
        at = parsedate_to_datetime(headers["date"]) if headers.get("date") else None
    except (TypeError, ValueError, IndexError):
        at = None
    at = at or received or now
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    ids = _ID.findall(headers.get("message-id", ""))
    refs = tuple(dict.fromkeys(_ID.findall(headers.get("in-reply-to", "") + " "
                                           + headers.get("references", ""))))
    return Incoming(uid, ids[0] if ids else None, sender, address, subject, at, refs,
                    automatic(headers, subject, address))


def classify(msg: Incoming, prospects: list[Prospect], sent: dict[str, int],
             own: frozenset[str]) -> Verdict:
    """Whether `msg` is a reply from an employer, for which application, and how sure."""
    if not msg.address or msg.address in own:
        return NONE
    threaded = {sent[r] for r in msg.refs if r in sent}
    found = [p for p in prospects if p.app_id in threaded]
    how, sure = "in reply to your email", True
    if not found:
        found = [p for p in prospects if msg.address in p.addresses]
        how = f"from {msg.address}, a person you know there"
    if not found:
        dom = domain(msg.address)
        if not dom or free_mail(dom) or not_hiring(msg.address):
            return NONE
        found = [p for p in prospects if any(same_employer(dom, d) for d in p.domains)]
        how, sure = f"from their domain {dom}, but not from anyone you know there", False
    found = [p for p in found if msg.at > p.after]
    if not found:
        return NONE
    ids = tuple(p.app_id for p in found)
    if msg.automatic:
        return Verdict("ignored", ids, f"{msg.automatic}, {how}")
    if len(found) > 1:
        names = ", ".join(f"#{p.app_id} {p.company}" for p in found)
        return Verdict("unsure", ids, f"{how}; it could answer {names}")
    p = found[0]
    if p.status not in LIVE:
        return Verdict("unsure", ids, f"{how}; you had moved on from {p.company}: confirming "
                                      "reopens its plan (A3)")
    if p.thanks_pending:
        return Verdict("unsure", ids, f"{how}; it came before your thank-you went out")
    if not sure:
        return Verdict("unsure", ids, how)
    return Verdict("reply", ids, how)
