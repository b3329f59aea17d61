"""Who a person is: the one place that decides whether two descriptions are one person.

Every path that creates or edits a person asks this module (`contacts add/edit/import`,
`add --with`, `interview --with/--coordinator`, `interviewer`, the web forms, and the
migration that folds the duplicates made before it existed). The keys, strongest first:

1. an email address, any of a person's addresses, compared case-blind, but only under a name
   that can be theirs (`same_name`: "J. Doe" and "Jane" can be Jane Doe, "Bob Other" cannot):
   an address shared under another name (a team inbox, a typo, a stranger's card) is a
   conflict for the candidate to settle, never a reason to rename someone;
2. a phone number in E.164, but only together with the same name: people share office lines,
   so a phone alone is a conflict to report, never a match to act on;
3. the name, folded (case, accents, spaces), with the company's normal form from the company
   matcher ("Stripe" and "Stripe, Inc." are one company), unless both have addresses and
   they have none in common: two people of one name may work in one company.

Pure: no I/O, no clock; the store hands the known people in.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence

from followup.core.companies import company_key
from followup.core.contacts import Card
from followup.core.errors import BadInput
from followup.core.model import Value, fill, replace


def fold(text: str | None) -> str:
    """A name as compared: accents and case dropped, runs of spaces made one."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return " ".join(plain.split())


def email_key(address: str) -> str:
    return address.strip().lower()


def phone_key(number: str, region: str | None = None) -> str:
    """E.164 when the number can be read, else its digits (and a leading +)."""
    from followup.core import details as fields

    try:
        return fields.phone(number, region)
    except BadInput:
        return "".join(ch for ch in number if ch.isdigit() or ch == "+")


def normal_phone(raw: str, region: str | None = None) -> str:
    """A typed number as every card keeps it: E.164 by the one normaliser (details.phone; a
    number without +CC is read in the profile's region) when that gives a valid number, so
    that the same number typed two ways is one number everywhere. Anything else stays as
    typed (an extension, a number this library cannot place); drafts and call scripts group
    the digits for reading (core/profile.phone_display)."""
    import phonenumbers

    from followup.core import details as fields

    text = raw.strip()
    try:
        e164 = fields.phone(text, region)
    except BadInput:
        return text
    try:
        extension = phonenumbers.parse(text, region).extension
    except phonenumbers.NumberParseException:  # "00 44 ...", "tel:...": read by fields.phone
        extension = None
    if extension:  # E.164 has no room for it
        return text
    return e164 if phonenumbers.is_valid_number(phonenumbers.parse(e164)) else text


_NAMED_ADDRESS = re.compile(r"^[^<>]*<[^<>\s@]+@[^<>\s@]+>$")


def split_name(name: str, what: str = "NAME") -> tuple[str, str | None]:
    """ "Zed Q <zed@q.example>" -> ("Zed Q", "zed@q.example"); a plain name is kept."""
    text = name.strip()
    if not _NAMED_ADDRESS.match(text):  # "<b>Jane</b>" is a (strange) name, not an address
        return text, None
    from followup.core.parse import parse_person

    person = parse_person(text, what)
    return person.name, person.email


def card_from_typed(card: Card) -> Card:
    """A card whose name was typed as "Name <email>": the address moves to the emails,
    first unless the card already has it."""
    name, email = split_name(card.name)
    if email is None:
        return card if name == card.name else replace(card, name=name)
    known = {email_key(e) for e in card.emails}
    emails = card.emails if email_key(email) in known else (email, *card.emails)
    return replace(card, name=name, emails=emails)


def combine(first: Card, second: Card, *, keep_order_of: Card | None = None) -> Card:
    """One card from two of the same person: `first`'s details win where it has them,
    emails and phones are united (the list of `keep_order_of` first), notes are kept."""
    lead = keep_order_of or first
    other = second if lead is first else first

    def unite(a: Sequence[str], b: Sequence[str], key: Callable[[str], str] = str.lower
              ) -> tuple[str, ...]:
        seen = {key(y) for y in a}  # a set: linear, however many a card collects
        return (*a, *(x for x in b if key(x) not in seen))

    notes = first.notes
    if second.notes and (not notes or second.notes not in notes):
        notes = f"{notes}\n{second.notes}" if notes else second.notes
    return Card(
        name=first.name or second.name, title=first.title or second.title,
        company=first.company or second.company,
        emails=unite(lead.emails, other.emails),
        phones=unite(lead.phones, other.phones, phone_key) if other.phones else lead.phones,
        address=first.address or second.address,
        adr=first.adr if first.address else second.adr,
        linkedin_url=first.linkedin_url or second.linkedin_url,
        preferred_channel=first.preferred_channel or second.preferred_channel,
        linkedin_ok=first.linkedin_ok if first.linkedin_ok is not None else second.linkedin_ok,
        notes=notes,
    )


def _words(name: str | None) -> list[str]:
    return [w.strip(".") for w in fold(name).replace(",", " ").split() if w.strip(".")]


def same_name(a: str | None, b: str | None) -> bool:
    """Whether two names can be one person's: equal once folded, or one a shorter way of
    writing the other (a first name alone, initials for given names, a middle name left
    out), their first and last words agreeing. A missing name agrees with any."""
    x, y = _words(a), _words(b)
    if not x or not y or x == y:
        return True
    if len(x) > len(y):
        x, y = y, x

    def agree(u: str, v: str) -> bool:
        return u == v or (len(u) == 1 and v.startswith(u)) or (len(v) == 1 and u.startswith(v))

    if len(x) == 1:  # "Jane" for Jane Doe
        return agree(x[0], y[0])
    return agree(x[0], y[0]) and x[-1] == y[-1]


def fuller_name(known: str, given: str) -> str:
    """The name to keep when `given` (same_name as `known`) comes in: the one with more to
    it, so "J. Doe" becomes "Jane Doe" and never the other way round."""
    return given if len(_words(given)) >= len(_words(known)) and len(
        "".join(_words(given))) > len("".join(_words(known))) else known


class Match(Value):
    """Who a card is, by which key ("email", "phone", "name"; "" for nobody). `sure` is
    False for an address or a phone shared under another name, or a name and company whose
    addresses differ: a conflict to show the user, not the same person."""

    __slots__ = ("id", "how", "sure")  # noqa: RUF023 (the order of __init__)
    id: int | None
    how: str
    sure: bool

    def __init__(self, id: int | None, how: str = "", sure: bool = False) -> None:
        fill(self, id, how, sure)


NOBODY = Match(None)


def _emails_clash(a: Card, b: Card) -> bool:
    if not a.emails or not b.emails:
        return False
    return not {email_key(e) for e in a.emails} & {email_key(e) for e in b.emails}


class Identity:
    """Known people, indexed by every key above: built once, asked many times."""

    def __init__(self, people: Iterable[tuple[int, Card]] = (),
                 region: str | None = None) -> None:
        self.region = region
        self.cards: dict[int, Card] = {}
        self.email: dict[str, list[int]] = {}
        self.phone: dict[str, list[int]] = {}
        self.name: dict[tuple[str, str], list[int]] = {}
        for contact_id, card in people:
            self.add(contact_id, card)

    def add(self, contact_id: int, card: Card) -> None:
        self.cards[contact_id] = card
        for e in card.emails:  # several people only when the candidate said so (--new)
            owners = self.email.setdefault(email_key(e), [])
            if contact_id not in owners:
                owners.append(contact_id)
        for p in card.phones:
            ids = self.phone.setdefault(phone_key(p, self.region), [])
            if contact_id not in ids:
                ids.append(contact_id)
        ids = self.name.setdefault((fold(card.name), company_key(card.company)), [])
        if contact_id not in ids:
            ids.append(contact_id)

    def match(self, card: Card) -> Match:
        for e in card.emails:
            if email_key(e) in self.email:
                owners = self.email[email_key(e)]
                mine = [i for i in owners if same_name(card.name, self.cards[i].name)]
                return Match(mine[0], "email", True) if mine else Match(owners[0], "email")
        name = fold(card.name)
        by_phone = [i for p in card.phones for i in self.phone.get(phone_key(p, self.region),
                                                                    [])]
        for i in by_phone:
            if fold(self.cards[i].name) == name:
                return Match(i, "phone", True)
        by_name = self.name.get((name, company_key(card.company)), [])
        for i in by_name:
            if not _emails_clash(card, self.cards[i]):
                return Match(i, "name", True)
        if by_phone:
            return Match(by_phone[0], "phone", False)
        if by_name:
            return Match(by_name[0], "name", False)
        return NOBODY


def duplicate_groups(people: Sequence[tuple[int, Card]],
                     region: str | None = None) -> list[list[int]]:
    """Sets of ids that are one person by the sure rules above, each sorted, the oldest
    (lowest id) first; people who are nobody else's duplicate are left out."""
    parent: dict[int, int] = {i: i for i, _ in people}

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    index = Identity(region=region)
    emails: dict[int, set[str]] = {}  # each group's addresses, by its root
    for contact_id, card in sorted(people):
        found = index.match(card)
        mine = {email_key(e) for e in card.emails}
        if found.sure and found.id is not None:
            theirs = emails.get(root(found.id), set())
            # A name found in a group that has other addresses is someone else of that name.
            if found.how == "email" or not mine or not theirs or mine & theirs:
                a, b = root(found.id), root(contact_id)
                parent[max(a, b)] = min(a, b)
        emails.setdefault(root(contact_id), set()).update(mine)
        if root(contact_id) != contact_id:
            emails[root(contact_id)].update(emails.pop(contact_id, set()))
        index.add(contact_id, card)
    groups: dict[int, list[int]] = {}
    for i in sorted(parent):
        groups.setdefault(root(i), []).append(i)
    return [g for g in groups.values() if len(g) > 1]
