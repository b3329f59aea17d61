"""The candidate's profile: the name that signs every draft and the ways to reach them.

Validation happens here, once, so that a stored profile is always usable: the address by
`email-validator` (no DNS look-up), the phone by `phonenumbers`, kept in E.164. Both libraries
are imported only when a value is checked, to keep the command line quick to start.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from followup.core.errors import BadInput
from followup.core.parse import text

FIELDS = ("name", "email", "phone", "region", "address", "signature", "linkedin")
LABELS = {
    "name": "name", "email": "email address", "phone": "phone number",
    "region": "phone region", "address": "postal address", "signature": "signature",
    "linkedin": "LinkedIn profile",
}
SET_WITH = {
    "name": '--name "Your Name"',
    "email": "--email you@example.com",
    "phone": '--phone "+1 212 555 0147"',
    "address": '--address "12 Orchard Lane\\nBrooklyn, NY 11201"',
    "linkedin": "--linkedin https://www.linkedin.com/in/your-name",
}
_DIGITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_LINKEDIN = re.compile(
    r"^(?:https?://)?(?:[a-z]{2,3}\.)?linkedin\.com/in/([A-Za-z0-9_%-]{3,100})/?$|"
    r"^([A-Za-z0-9_-]{3,100})$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Profile:
    name: str | None = None
    email: str | None = None
    phone: str | None = None  # E.164, e.g. +12125550147
    region: str | None = None  # where the candidate lives: decides how the number is said
    address: str | None = None  # postal address, one line per "\n"
    signature: str | None = None  # replaces the default sign-off block when set
    linkedin: str | None = None  # https://www.linkedin.com/in/...

    def as_dict(self) -> dict[str, str | None]:
        return {f: getattr(self, f) for f in FIELDS}


def missing(field: str, what: str) -> BadInput:
    """A draft needs a field the profile lacks: say which, and how to set it."""
    return BadInput(f"{what} needs your {LABELS[field]}: set it with: followup me "
                    f"{SET_WITH.get(field, '--' + field + ' ...')}")


def multiline(value: str, what: str, max_lines: int) -> list[str]:
    """Multi-line text typed on one line: a literal backslash-n also breaks the line."""
    lines = [line.strip() for line in value.replace("\\n", "\n").splitlines()]
    lines = [line for line in lines if line]
    if len(lines) > max_lines:
        raise BadInput(f"{what}: at most {max_lines} lines, not {len(lines)}")
    for line in lines:
        text(line, what, limit=120)
    return lines


def _email(value: str) -> str:
    from email_validator import EmailNotValidError, validate_email

    try:
        return validate_email(value.strip(), check_deliverability=False).normalized
    except EmailNotValidError as exc:
        raise BadInput(f"--email {value.strip()!r} is not an email address: {exc}") from None


def _region(value: str) -> str:
    import phonenumbers

    code = value.strip().upper().split("-")[0]
    if code not in phonenumbers.SUPPORTED_REGIONS:
        raise BadInput(f"--region {value!r}: give a two-letter country code such as US, GB, DE")
    return code


def _phone(value: str, region: str | None) -> str:
    import phonenumbers

    raw = value.strip()
    if not raw.startswith("+") and region is None:
        raise BadInput(f"--phone {raw!r} has no country code: write it with + and the code "
                       "(e.g. +1 212 555 0147) or give --region US")
    try:
        number = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException as exc:
        raise BadInput(f"--phone {raw!r} is not a phone number: {exc}") from None
    if not phonenumbers.is_valid_number(number):
        where = f" in {region}" if region and not raw.startswith("+") else ""
        raise BadInput(f"--phone {raw!r} is not a valid phone number{where}")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _linkedin(value: str) -> str:
    match = _LINKEDIN.match(value.strip())
    if not match:
        raise BadInput(f"--linkedin {value.strip()!r}: give your profile address, "
                       "https://www.linkedin.com/in/your-name, or just your-name")
    return f"https://www.linkedin.com/in/{match.group(1) or match.group(2)}"


def validate(changes: Mapping[str, str | None], current: Profile,
             default_region: str | None) -> dict[str, str | None]:
    """Checked and normalised values for the fields given; an empty string clears a field."""
    out: dict[str, str | None] = {}
    region = changes.get("region")
    if region is not None:
        out["region"] = _region(region) if region.strip() else None
    for field, value in changes.items():
        if field == "region" or value is None:
            continue
        if field not in FIELDS:
            raise BadInput(f"unknown profile field {field!r}")
        if not value.strip():
            out[field] = None
        elif field == "name":
            out[field] = text(value, "--name", limit=100)
        elif field == "email":
            out[field] = _email(value)
        elif field == "phone":
            parse_region = out.get("region") or current.region or default_region
            out[field] = _phone(value, parse_region)
            if not (out.get("region") or current.region):
                out["region"] = parse_region or region_of(out[field] or "")
        elif field == "address":
            out[field] = "\n".join(multiline(value, "--address", 6)) or None
        elif field == "signature":
            out[field] = "\n".join(multiline(value, "--signature", 6)) or None
        elif field == "linkedin":
            out[field] = _linkedin(value)
    return out


def region_of(e164: str) -> str | None:
    import phonenumbers

    try:
        return phonenumbers.region_code_for_number(phonenumbers.parse(e164))
    except phonenumbers.NumberParseException:
        return None


def phone_display(e164: str, region: str | None) -> str:
    """The number as people at home write it; with its country code when it is foreign."""
    import phonenumbers

    try:
        number = phonenumbers.parse(e164)
    except phonenumbers.NumberParseException:
        return e164
    # One country code is one national numbering plan: +44 7911 is GB's and GG's alike.
    home = bool(region) and number.country_code == phonenumbers.country_code_for_region(
        (region or "").upper())
    fmt = (phonenumbers.PhoneNumberFormat.NATIONAL if home
           else phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    return phonenumbers.format_number(number, fmt)


def phone_spoken(e164: str, region: str | None, zero: str = "zero") -> str:
    """The number written out digit by digit, in the groups it is said in (M4): the groups
    of the listener's national format, a long one said in threes ("123456" is "one-two-three,
    four-five-six"), and 0 said as `zero` ("oh" to a British ear): "two-one-two,
    five-five-five, zero-one-four-seven"."""
    digits = (zero, *_DIGITS[1:])
    words = []
    for group in re.findall(r"\+|\d+", phone_display(e164, region)):
        if group == "+":
            words.append("plus")
            continue
        words += ["-".join(digits[int(d)] for d in chunk) for chunk in _said_in(group)]
    return ", ".join(words).replace("plus, ", "plus ")


def _said_in(group: str) -> list[str]:
    """A run of digits in the chunks a voice pauses between: up to five at once (a UK
    prefix, "07911"), eight as two fours, else threes with the last chunk taking the rest."""
    if len(group) <= 5:
        return [group]
    if len(group) == 8:
        return [group[:4], group[4:]]
    return [group[:3], *_said_in(group[3:])]


def one_line(value: str) -> str:
    """Any control or line-separator character becomes a space: names and subjects stay on
    one line wherever they go (mail headers above all)."""
    return " ".join(_CONTROL.sub(" ", value).split())
