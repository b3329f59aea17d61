"""Issue 22.1: every reader of outside data, fuzzed with hypothesis under its budgets. Whatever
the bytes, a reader returns what it read or raises BadInput (one line for the candidate):
never another exception, never a hang (the time budget is lowered to one second here, so a
reader that would run on is stopped and counted as a refusal, and the run stays quick).
The examples mix random data with each format's own edge cases: RFC 5545 recurrence parts,
MIME nesting, vCard folding and parameters, CSV quoting, JSON nesting, TOML values and
Jinja2 loops. Bounded example counts keep the default run short."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from followup import budgets
from followup.core.errors import BadInput

FUZZ = settings(max_examples=40, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.function_scoped_fixture])
NOW = datetime(2026, 11, 23, 18, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _one_second(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(budgets, "SECONDS", 1.0)
    yield


def within_reason(call: object, *args: object) -> object:
    """The reader's answer, or None when it refused in its one line."""
    assert callable(call)
    try:
        return call(*args)
    except BadInput as exc:
        assert exc.message and "\n" not in exc.message.strip(), exc.message
        return None


# -- calendar invitations ---------------------------------------------------------------------

STAMPS = st.sampled_from([
    "20261124T100000Z", "20261124T100000", "20261124", "00000101T100000Z", "20260230",
    "99991231T235959Z", "19691231T235959Z", "20261124T240000", "2026-11-24T10:00:00Z", "",
    "20261124T100000+0100", "T100000", "20261124T100000ZZ", "1" * 40])
ZONES = st.sampled_from(["America/New_York", "EST", "Eastern Standard Time", "Custom",
                         '"Quoted: zone"', "/freeassociation.sourceforge.net/Europe/London",
                         "", "../../etc/passwd", "\x1b[2J"])
RULE_PARTS = st.lists(st.sampled_from([
    "FREQ=YEARLY", "FREQ=SECONDLY", "FREQ=MINUTELY", "FREQ=DAILY", "FREQ=MONTHLY",
    "BYMONTH=3", "BYMONTH=13", "BYDAY=2SU", "BYDAY=-1SU", "BYDAY=99MO", "COUNT=0",
    "COUNT=99999999999", "UNTIL=20371231T000000Z", "UNTIL=nonsense", "INTERVAL=0",
    "BYSETPOS=-1", "BYMONTHDAY=31", "BYHOUR=1,2,3", "WKST=XX", "BYYEARDAY=366"]),
    min_size=1, max_size=5).map(";".join)


@st.composite
def invitations(draw: st.DrawFn) -> bytes:
    zone = draw(ZONES)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//fuzz//EN",
             "METHOD:" + draw(st.sampled_from(["REQUEST", "CANCEL", "PUBLISH", "", "X"]))]
    if draw(st.booleans()):
        lines += ["BEGIN:VTIMEZONE", f"TZID:{zone}"]
        for _ in range(draw(st.integers(0, 3))):
            kind = draw(st.sampled_from(["STANDARD", "DAYLIGHT"]))
            lines += [f"BEGIN:{kind}", f"DTSTART:{draw(STAMPS)}", f"RRULE:{draw(RULE_PARTS)}",
                      "TZOFFSETFROM:" + draw(st.sampled_from(["-0400", "+2500", "x", ""])),
                      "TZOFFSETTO:-0500", f"END:{kind}"]
        lines.append("END:VTIMEZONE")
    for n in range(draw(st.integers(0, 3))):
        lines += ["BEGIN:VEVENT", f"UID:{n}@fuzz.example",
                  draw(st.sampled_from(["DTSTART:", f"DTSTART;TZID={zone}:",
                                        "DTSTART;VALUE=DATE:"])) + draw(STAMPS),
                  "SEQUENCE:" + draw(st.sampled_from(["0", "-1", "1" * 40, "x", ""])),
                  "SUMMARY:" + draw(st.text(max_size=40)).replace("\n", " "),
                  "ORGANIZER;CN=" + draw(st.text(max_size=20)).replace("\n", " ")
                  + ":mailto:" + draw(st.sampled_from(["jane@acme.example", "", "x"]))]
        lines += [f"ATTENDEE:mailto:p{i}@acme.example"
                  for i in range(draw(st.sampled_from([0, 1, 3, 250])))]
        lines += draw(st.lists(st.text(max_size=30).map(lambda t: t.replace("\n", " ")),
                               max_size=3))
        if draw(st.booleans()):
            lines.append("RRULE:" + draw(RULE_PARTS))
        lines.append("END:VEVENT")
    if draw(st.booleans()):
        lines.append("END:VCALENDAR")
    fold = draw(st.booleans())
    text = "\r\n".join((line[:30] + "\r\n " + line[30:]) if fold and len(line) > 30
                       else line for line in lines)
    return text.encode("utf-8", "surrogatepass")


@FUZZ
@given(data=st.one_of(invitations(), st.binary(max_size=300)))
def test_any_invitation_is_read_or_refused(data: bytes) -> None:
    from followup.capture.invitations import read

    found = within_reason(read, data, "Europe/Paris")
    assert found is None or (isinstance(found, list) and found)


# -- e-mail messages --------------------------------------------------------------------------

HEADERS = st.sampled_from([
    "From: Jane Doe <jane@acme.example>", "From: =?utf-8?b?SmFuZQ==?= <jane@acme.example>",
    "From: <>", "From: \"a\\\" <b@c", "Subject: =?x-unknown?q?abc?=", "Date: yesterday",
    "Date: Mon, 30 Feb 2026 10:00:00 +9999", "Message-ID: <a@b>", "References: <" * 20,
    "Content-Transfer-Encoding: base64", "Content-Transfer-Encoding: quoted-printable",
    "Content-Type: text/plain; charset=x-unknown", "Content-Type: text/html",
    "Auto-Submitted: auto-replied", "X-Long: " + "x" * 2000])


@st.composite
def mime(draw: st.DrawFn, depth: int = 0) -> str:
    head = draw(st.lists(HEADERS, max_size=4))
    if depth < 60 and draw(st.integers(0, 3)) > 0:
        boundary = f"b{depth}"
        parts = [draw(mime(depth + 1)) for _ in range(draw(st.integers(0, 2)))]
        body = "".join(f"--{boundary}\r\n{p}\r\n" for p in parts) + f"--{boundary}--\r\n"
        kind = draw(st.sampled_from(["mixed", "alternative", "report"]))
        return "\r\n".join([*head, f'Content-Type: multipart/{kind}; boundary="{boundary}"',
                            "", body])
    text = draw(st.one_of(st.text(max_size=80), st.sampled_from(
        ["BEGIN:VCALENDAR\r\nEND:VCALENDAR", "=?utf-8?q?=FF?=", "=ZZ=\r\n", "@@@@"])))
    return "\r\n".join([*head, "", text])


@FUZZ
@given(data=st.one_of(mime().map(lambda t: t.encode("utf-8", "surrogatepass")),
                      st.binary(max_size=300)))
def test_any_message_is_read_or_skipped(data: bytes) -> None:
    from followup.capture.inbox import body_text
    from followup.mail.inbox import read_heads

    heads, skipped = read_heads([(7, data, None)], NOW)
    assert len(heads) + len(skipped) == 1
    if skipped:
        assert skipped[0]["uid"] == 7 and skipped[0]["reason"]
    text = within_reason(body_text, data)
    assert text is None or isinstance(text, str)


# -- vCards -----------------------------------------------------------------------------------

CARD_LINES = st.sampled_from([
    "FN:Jane Doe", "N:Doe;Jane;;;", "EMAIL;TYPE=work:jane@acme.example", "EMAIL:not-an-address",
    "TEL;TYPE=cell:+1 212 555 0100", "TEL:++++", "ORG:Acme;Data", "TITLE:Lead\\nAnalyst",
    "ADR;TYPE=work:;;1 Main St;Springfield;IL;62701;USA", "NOTE;ENCODING=QUOTED-PRINTABLE:=1B=5B",
    "PHOTO;ENCODING=b:AAAA", "item1.EMAIL:x@y.example", "X-FOLLOWUP-PREFERRED-CHANNEL:fax",
    "BEGIN:VCARD", "END:VCARD", "VERSION:2.1", "VERSION:9.9", ":", ";;;", " folded", "N:\x1b[2J"])


@FUZZ
@given(cards=st.lists(st.lists(st.one_of(CARD_LINES, st.text(max_size=40)), max_size=8),
                      max_size=4))
def test_any_address_book_is_read_or_refused(cards: list[list[str]]) -> None:
    from followup.contacts.vcard import parse

    text = "".join("BEGIN:VCARD\r\nVERSION:3.0\r\n" + "\r\n".join(c) + "\r\nEND:VCARD\r\n"
                   for c in cards)
    parsed = within_reason(parse, text, "cards.vcf")
    if parsed is not None:
        for _, card in parsed.cards:  # type: ignore[attr-defined]
            assert "\x1b" not in card.name


# -- CSV and JSON -----------------------------------------------------------------------------

CELLS = st.sampled_from(['"', '""', '"a,b"', "a\r\nb", "\x00", "=cmd|' /C calc'!A0", "", ",",
                         "2026-11-24 10:00", "x" * 1000, "\ufeffcompany"])


@FUZZ
@given(rows=st.lists(st.lists(st.one_of(CELLS, st.text(max_size=20)), max_size=6),
                     max_size=20))
def test_any_csv_is_read_or_refused(rows: list[list[str]]) -> None:
    from followup.insights.csvio import read_rows

    found = within_reason(read_rows, "\n".join(",".join(r) for r in rows), ",")
    assert found is None or isinstance(found, list)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                 max_size=4), max_leaves=20)


@FUZZ
@given(text=st.one_of(
    JSON_VALUES.map(json.dumps),
    st.builds(lambda d: json.dumps({"format": "followup", "version": 1, "schema": 1,
                                    "tables": d}), JSON_VALUES),
    st.integers(1, 200_000).map(lambda n: "[" * n + "]" * n),
    st.text(max_size=200)))
def test_any_json_export_is_read_or_refused(text: str, tmp_path_factory: pytest.TempPathFactory
                                            ) -> None:
    from followup.insights import transfer
    from followup.store.sqlite import Store

    document = within_reason(transfer.loads, text, "export.json")
    if isinstance(document, dict):
        store = Store(tmp_path_factory.mktemp("json") / "f.db")
        try:
            within_reason(transfer.import_document, store, document)
        finally:
            store.close()


# -- config.toml ------------------------------------------------------------------------------

SETTING_NAMES = st.sampled_from(["tz", "holidays", "playbook", "min_active", "smtp_port",
                                 "imap_security", "calendar_alarm", "remind_to", "colour"])
TOML_VALUES = st.one_of(st.integers(-10, 100_000).map(str), st.text(max_size=20).map(json.dumps),
                        st.sampled_from(["true", "[1, 2]", "{a = 1}", "1979-05-27", "nan",
                                         '"\\u001b[2J"', "'''x'''", "= 3", "[" * 3000]))


@FUZZ
@given(entries=st.lists(st.tuples(SETTING_NAMES, TOML_VALUES), max_size=4))
def test_any_config_file_is_read_or_refused(entries: list[tuple[str, str]],
                                            tmp_path_factory: pytest.TempPathFactory,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from followup import settings as spec

    folder = tmp_path_factory.mktemp("config")
    (folder / "config.toml").write_text("".join(f"{k} = {v}\n" for k, v in entries),
                                        encoding="utf-8")
    monkeypatch.setenv("FOLLOWUP_CONFIG_DIR", str(folder))
    values = within_reason(spec.load)
    if isinstance(values, dict):
        for name, value in values.items():
            assert value is None or spec.check(name, value) == value


# -- templates --------------------------------------------------------------------------------

SNIPPETS = st.sampled_from([
    "{{ dear }}", "{% for i in range(10**6) %}x{% endfor %}", "{{ 'x' * 10**7 }}",
    "{{ 9 ** 999 }}", "{% for a in range(1000) %}{% for b in range(1000) %}{% endfor %}"
    "{% endfor %}", "{{ dear.__class__ }}", "{{ lipsum(1000, False, 10000, 10000) }}",
    "{% set ns = namespace(v='ab') %}{% for i in range(40) %}{% set ns.v = ns.v ~ ns.v %}"
    "{% endfor %}", "{% include 'nope' %}", "{{", "{% if %}", "\x1b[2J", "plain words"])


class _Context:
    """A draft's context as render() reads it (messages.context.DraftContext.variables)."""

    def variables(self) -> dict[str, str]:
        return {"dear": "Jane"}


@FUZZ
@given(parts=st.lists(SNIPPETS, min_size=1, max_size=3))
def test_any_template_renders_or_is_refused(parts: list[str]) -> None:
    from followup.messages import render

    path: Path = render.user_path("thank_you_email")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("Subject: Hi\n\n" + "\n".join(parts) + "\n", encoding="utf-8")
    text = within_reason(render.render, "thank_you_email", _Context())
    assert text is None or (isinstance(text, str) and "\x1b" not in text)
