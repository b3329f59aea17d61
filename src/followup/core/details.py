"""One person's details in normal form: phone numbers in E.164, checked email addresses,
LinkedIn profile addresses, postal addresses. Pure functions; each raises BadInput with a
sentence the user can act on."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from followup.core.errors import BadInput

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def region_of(country: str | None) -> str | None:
    """The phone region implied by a country setting: "US-CA" -> "US"; None when unset."""
    if not country:
        return None
    code = country.strip().split("-")[0].upper()
    return code or None


def check_region(region: str | None) -> str | None:
    """A two-letter region that phonenumbers knows, upper-cased, or BadInput."""
    if region is None or not region.strip():
        return None
    import phonenumbers

    code = region.strip().upper()
    if code not in phonenumbers.SUPPORTED_REGIONS:
        raise BadInput(f"--region {region!r}: not a country code phonenumbers knows; use a "
                       "two-letter ISO code such as US, GB or DE")
    return code


def phone(raw: str, region: str | None = None, what: str = "phone") -> str:
    """E.164 ("+14155550134"). A number without a country code needs `region`."""
    import phonenumbers

    text = raw.strip()
    if text.lower().startswith("tel:"):
        text = text[4:]
    text = text.split(";", 1)[0]  # tel: URI parameters (";ext=12" stays out of E.164)
    if text.startswith("00") and not text.startswith("000"):
        text = "+" + text[2:]
    if not any(ch.isdigit() for ch in text):
        raise BadInput(f"{what}: {raw!r} has no digits")
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        if not text.startswith("+") and region is None:
            raise BadInput(f"{what}: {raw!r} has no country code; write it as +CC... or give "
                           "--region (default: the country of your holidays setting)") from None
        raise BadInput(f"{what}: {raw!r} is not a phone number") from None
    if not phonenumbers.is_possible_number(number):
        raise BadInput(f"{what}: {raw!r} is not a possible phone number"
                       + (f" in {region}" if region and not text.startswith("+") else ""))
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def email(raw: str, what: str = "email") -> str:
    """A syntactically valid address (no network look-up), with its domain lower-cased."""
    from email_validator import EmailNotValidError, validate_email

    text = raw.strip()
    if text.lower().startswith("mailto:"):
        text = text[7:]
    try:
        checked = validate_email(text, check_deliverability=False)
    except EmailNotValidError as exc:
        raise BadInput(f"{what}: {raw!r} is not an email address ({exc})") from None
    return str(checked.normalized)


def linkedin_url(raw: str, what: str = "--linkedin") -> str:
    """A LinkedIn profile address in one form: https://www.linkedin.com/in/NAME."""
    text = raw.strip()
    if not text:
        raise BadInput(f"{what}: the address is empty")
    if "://" not in text:
        text = "https://" + text
    parts = urlsplit(text)
    host = (parts.hostname or "").lower()
    path = parts.path.rstrip("/")
    if not (host == "linkedin.com" or host.endswith(".linkedin.com")) or not path.startswith(
        ("/in/", "/pub/")
    ):
        raise BadInput(f"{what}: {raw!r} is not a LinkedIn profile address "
                       "(https://www.linkedin.com/in/NAME)")
    return f"https://www.linkedin.com{path}"


def is_linkedin(raw: str) -> bool:
    try:
        linkedin_url(raw)
    except BadInput:
        return False
    return True


def profile_key(url: str) -> str:
    """What identifies a LinkedIn profile across exports: its path, lower-cased."""
    return urlsplit(linkedin_url(url)).path.lower()


def one_line(raw: str | None, what: str, limit: int = 500) -> str | None:
    """Trimmed text without control characters; None when empty."""
    if raw is None:
        return None
    text = " ".join(raw.split())
    if not text:
        return None
    if len(text) > limit:
        raise BadInput(f"{what} is too long ({len(text)} characters; at most {limit})")
    return text


def notes(raw: str | None, limit: int = 5000) -> str | None:
    """Free text that may span lines."""
    if raw is None:
        return None
    text = _CONTROL.sub("", raw.replace("\r\n", "\n")).strip()
    if len(text) > limit:
        raise BadInput(f"notes are too long ({len(text)} characters; at most {limit})")
    return text or None


def split_name(name: str) -> tuple[str, str]:
    """(given, family) for a vCard N: the last word is the family name."""
    words = name.split()
    if len(words) < 2:
        return name, ""
    return " ".join(words[:-1]), words[-1]
