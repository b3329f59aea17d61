"""What a career coach marked down in the draft review (issue 20, drafts-grades), one test per
point, on the review's own scenarios (bench/drafts_review.py builds them on a throwaway
database) and on the planning cases behind them: a late note through the coordinator, thanks
owed after a reply, a decision date recorded after it passed."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from tests.conftest import bench_module

from followup import service
from followup.core.model import EventKind, Person, StepKind, StepStatus, Timeline
from followup.messages import drafts
from followup.store.sqlite import Store

LONDON = ZoneInfo("Europe/London")
AT = datetime(2026, 11, 20, 10, 0, tzinfo=LONDON)
_RULE_ID = re.compile(r"\([A-Z]\d{1,2}(?:,\s*[A-Z]\d{1,2})*\)")
_THANKS = re.compile(r"\b(?:thank you|many thanks|thanks|thank)\b", re.IGNORECASE)


def _review(tmp_path: Path) -> dict[str, tuple[str, str]]:
    """Every draft of the review: title -> (subject, body)."""
    bench = bench_module("drafts_review")
    text = bench.build(Store(tmp_path / "review.db"))
    out = {}
    for part in text.split("==== ")[1:]:
        head, _, rest = part.partition("\n")
        subject = next((line[9:] for line in rest.splitlines() if line.startswith("Subject: ")),
                       "")
        body = rest.split("\n\n", 1)[1] if "\n\n" in rest else rest
        out[head.split(" · ")[0]] = (subject, body)
    return out


@pytest.fixture(scope="module")
def review(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[str, str]]:
    return _review(tmp_path_factory.mktemp("review"))


def _body(review: dict[str, tuple[str, str]], start: str) -> str:
    return next(b for k, (_, b) in review.items() if k.startswith(start))


def _subject(review: dict[str, tuple[str, str]], start: str) -> str:
    return next(s for k, (s, _) in review.items() if k.startswith(start))


def _main(body: str) -> str:
    """The message without its closing and signature."""
    return re.split(r"\n(?:Best regards|Kind regards|With thanks|Warm regards|With best wishes|"
                    r"Yours sincerely|Sincerely),", body)[0]


def test_every_kind_is_reviewed(review: dict[str, tuple[str, str]]) -> None:
    assert len(review) == 19


def test_no_placeholder_in_any_draft(review: dict[str, tuple[str, str]]) -> None:
    """But the documented one: after a reopening, a line for the answer to what their
    message asked, which only the candidate knows (coaches, s7e)."""
    from test_messages_histories import ANSWER

    for title, (subject, body) in review.items():
        if title.startswith("First message after a reopening"):
            body = body.replace(ANSWER, "", 1)
        assert "[" not in body and "[" not in subject, title


def test_no_rule_id_in_anything_the_candidate_reads_or_sends(
        review: dict[str, tuple[str, str]]) -> None:
    for title, (subject, body) in review.items():
        assert not _RULE_ID.search(body) and not _RULE_ID.search(subject), title


def test_moving_on_speaks_plainly_with_one_numbering(
        review: dict[str, tuple[str, str]]) -> None:
    body = _body(review, "Private note")
    # What to do, in words: no command syntax at all.
    assert "reopen this application in the tool" in body and "withdrawal" in body
    assert "followup " not in body and "(" not in body
    assert "--" not in body and "(Application" not in body and "number" not in body


def test_ms_unless_mrs_is_recorded(review: dict[str, tuple[str, str]]) -> None:
    body = _body(review, "Thank-you letter")
    assert "Dear Ms Ellis," in body and "Mrs" not in body
    assert "Yours sincerely," in body


def test_subjects_carry_the_role_and_who_writes(review: dict[str, tuple[str, str]]) -> None:
    for title, (subject, _) in review.items():
        if subject:
            assert "Data Engineer" in subject, title
    for title in ("Thank-you email", "Late thank-you", "Week +1", "Touch-base",
                  "Withdrawal", "Thank-you relayed"):
        assert "Alex Doe" in _subject(review, title), title
    # An answer to their message goes in their thread (F12).
    assert _subject(review, "Asking once").startswith("Re: ")


def test_asking_once_thanks_first_and_asks_last(review: dict[str, tuple[str, str]]) -> None:
    first, second = _body(review, "Asking once").split("\n\n")[1:3]
    assert first.startswith("Thank you for the update") and "?" not in first
    assert second.count("?") == 1 and second.endswith("?") and second.count(" role") <= 1


def test_a_thank_you_thanks_once_and_says_it_is_interested(
        review: dict[str, tuple[str, str]]) -> None:
    for title in ("Thank-you email", "Thank-you email, panel member"):
        body = _main(review[title][1])
        assert len(_THANKS.findall(body)) == 1, title
        assert "your side of the role" not in body and "highlight" not in body
        assert re.search(r"interest", body), title


def test_late_thanks_apologises_plainly(review: dict[str, tuple[str, str]]) -> None:
    body = _body(review, "Late thank-you")
    # The apology first in its own short sentence, then the thanks (coach, s7d); no
    # "remain" or "still" interested to someone who never heard it (coach, seventh round).
    assert "I'm sorry this note is a little late. Thank you for" in body
    assert "no less sincere" not in body and "again" not in body
    assert "remain" not in body and "still" not in body


def test_follow_up_asks_one_clear_question_and_no_leverage(
        review: dict[str, tuple[str, str]]) -> None:
    body = _body(review, "Week +1")
    assert "elsewhere" not in body and "kept thinking" not in body
    assert "?" in body


def test_touch_base_asks_instead_of_hinting(review: dict[str, tuple[str, str]]) -> None:
    _, body = review["Touch-base (week +2)"]
    assert "touching base" not in body.lower() and "?" in body


def test_a_call_points_to_the_latest_email_and_names_the_company(
        review: dict[str, tuple[str, str]]) -> None:
    body = _body(review, "Follow-up call")
    live = body.split("If you reach voicemail:")[0].split("If they answer:")[1]
    # Said aloud so that it is true on any day of the call: "my email on Friday the 4th",
    # never "last Friday" and never a full written date.
    assert "my email on Friday the 4th" in live and "on Friday the 20th" in live
    # The month is named when it is not the call's (coach, s7d).
    assert "on Friday the 20th of November" in live
    assert "last " not in body and "December" not in body
    assert "Northwind" in live
    question, _, after = live.partition("?")
    assert "(Pause" in after.split('"')[1] and question.count("?") == 0  # one, then a pause


def test_withdrawal_and_network_note_wording(review: dict[str, tuple[str, str]]) -> None:
    assert "clear picture" not in _body(review, "Withdrawal")
    note = _body(review, "Note to a contact").lower()
    assert "on the inside" not in note and "no pressure" not in note
    # Not transactional, one ask only (a short chat), no full date in a chat message.
    assert "you work at northwind" not in note and note.count("?") == 1
    assert "mention" not in note and "a word" not in note and "november" not in note
    assert "chat" in note and "so you can plan" not in _body(review, "Withdrawal")


def test_status_check_thanks_then_one_ask(review: dict[str, tuple[str, str]]) -> None:
    body = _body(review, "Status check after")
    first = body.split("\n\n")[1]
    # Thanks and context first (the thanks was missed), then one ask, then a close.
    # Her thanks was missed: a proper thank-you, never "again" (T7).
    # A short opener, then the thanks (coach, fifth round).
    assert first.startswith("I hope you are well. Thank you for meeting me on")
    assert "First," not in body
    assert "again" not in first
    assert first.count("November") == 1  # the interview's date said once
    asks = re.findall(r"whether I am still|still under consideration|any news on|\?", body)
    assert len(asks) == 1 and "also wanted to say thank" not in body


def test_thank_you_voicemail_does_not_contradict_itself(
        review: dict[str, tuple[str, str]]) -> None:
    assert "No need to call back" not in _body(review, "Thank-you call")


def test_agreed_call_names_the_day(review: dict[str, tuple[str, str]]) -> None:
    body = _body(review, "The call you agreed")
    live, _, mail = body.partition("If you reach voicemail:")
    assert "four days" not in body and "today" in live and "on Friday the 20th" in body
    assert "last Friday" not in body and "speak soon" not in body
    # Nothing read out as a date: no "today, Tuesday 24 November", no "Friday 20 November".
    assert "November" not in body and mail.count("as agreed") <= 1


def test_agreed_email_has_no_filler(review: dict[str, tuple[str, str]]) -> None:
    body = _body(review, "The follow-up email you agreed")
    assert "writing now" not in body and "Tuesday 1 December" not in body
    assert not body.startswith("Dear Jane,\n\nI interviewed")
    # One natural opening says it was agreed, once; the subject stays plain.
    subject = _subject(review, "The follow-up email you agreed")
    assert body.lower().count("agree") == 1 and "agree" not in subject.lower()
    assert "I said I would" not in body and len(body.split("\n\n")) >= 5  # not one sentence


def test_call_abroad_waits_for_their_answer_and_gives_their_hours(
        review: dict[str, tuple[str, str]]) -> None:
    body = _body(review, "Status-check call")
    live, _, mail = body.partition("If you reach voicemail:")
    assert "letting me know" not in live and "I know you" not in live
    assert "New York time, 5 hours behind you" in body
    assert "email me at alex at example dot com – that's A-L-E-X" in mail
    assert "between 15:00 and 21:00 your time (10:00 to 16:00 theirs)" in body


def test_relayed_thanks_has_no_slot_and_signs_the_note(
        review: dict[str, tuple[str, str]]) -> None:
    body = _body(review, "Thank-you relayed")
    inner = body.split("---")[1]
    assert "Best regards,\nAlex Doe" in inner and "[" not in inner
    assert "I don't have Raj's email address." in body and "directly" not in body


def test_after_an_undated_reply_one_thanks_one_request(
        review: dict[str, tuple[str, str]]) -> None:
    subject, body = review["Asking once after an answer without a date (F12)"]
    main = _main(body)
    # ONE thank-you sentence: the missed interview thanks rides in it (coach, s7d).
    assert len(re.findall(r"\bthank", main, re.IGNORECASE)) == 1
    assert ("Thank you for the update, and for your time at the interview on Friday 20 "
            "November." in main)
    assert "belatedly" not in main and "sooner" not in main and "sorry" not in main
    assert main.count("?") == 1
    assert not re.search(r"\d", subject)
    for day in ("30 November", "20 November"):
        assert main.count(day) <= 1


def test_first_message_after_a_reopening_answers_in_their_thread(
        review: dict[str, tuple[str, str]]) -> None:
    subject, body = review["First message after a reopening"]
    assert subject.startswith("Re: ") and not re.search(r"20\d\d", subject + body)
    assert "getting back in touch" in body
    assert "Would a call work for you on Tuesday 9 February" in body
    assert "In the meantime" not in body


def test_rejection_reply_asks_for_feedback(review: dict[str, tuple[str, str]]) -> None:
    assert "feedback" in _body(review, "Reply to a rejection")


# -- the planning behind the drafts --------------------------------------------------------

def _store(tmp_path: Path) -> Store:
    store = Store(tmp_path / "f.db")
    drafts.set_profile(store, {"name": "Alex Doe", "email": "alex@example.com",
                               "phone": "+44 7911 123456", "region": "GB"}, AT)
    return store


def _add(store: Store, people: tuple[Person, ...], coordinator: Person | None = None,
         tl: Timeline = Timeline(), playbook: str = "weekly") -> int:
    iv = service.NewInterview(at=AT, tz="Europe/London", interviewers=people,
                              coordinator=coordinator, timeline=tl)
    return service.add_application(store, company="Northwind", role="Data Engineer",
                                   interview=iv, now=AT, playbook=playbook).id


def _on(day: date) -> datetime:
    return datetime.combine(day, AT.timetz())


def test_a_late_note_through_the_coordinator_says_it_is_late(tmp_path: Path) -> None:
    """(a) Raj has no address: the missed thanks goes through Sam, worded as late."""
    store = _store(tmp_path)
    app = _add(store, (Person("Raj Patel"),), Person("Sam Rivera", "sam@northwind.example"))
    later = AT.date() + timedelta(days=4)
    service.replan(store, app, _on(later))
    late = next(s for s in store.load(app).steps if s.rule == "T7")
    d = drafts.draft(store, late.id, _on(late.due))
    assert d.template == "thank_you_relay" and "a little late" in d.body
    assert "today" not in d.body


def test_thanks_owed_after_a_reply_goes_through_the_coordinator(tmp_path: Path) -> None:
    """(b) After a reply, Raj (no address) is still owed thanks: Sam passes it on."""
    store = _store(tmp_path)
    app = _add(store, (Person("Raj Patel"), Person("Jo King", "jo@northwind.example")),
               Person("Sam Rivera", "sam@northwind.example"))
    reply = AT.date() + timedelta(days=10)
    service.log_event(store, app, EventKind.REPLY, reply, _on(reply))
    owed = [s for s in store.load(app).steps if s.rule == "T7" and s.to == ("Raj Patel",)]
    assert owed and owed[0].via == "Sam Rivera" and owed[0].channel.value == "email"
    d = drafts.draft(store, owed[0].id, _on(owed[0].due))
    assert d.template == "thank_you_relay" and d.to_name == "Sam Rivera"
    assert "a little late" in d.body and "Dear Raj," in d.body


def test_a_decision_date_recorded_after_it_passed_plans_from_now(tmp_path: Path) -> None:
    """(c) Their date was 4 December; it is recorded on 7 January: nothing starts overdue."""
    store = _store(tmp_path)
    app = _add(store, (Person("Jane Doe", "jane@northwind.example"),))
    thanks = store.load(app).steps[0]
    service.mark_done(store, thanks.id, AT.date(), _on(AT.date()))
    reply = AT.date() + timedelta(days=10)
    service.log_event(store, app, EventKind.REPLY, reply, _on(reply))
    today = date(2027, 1, 7)
    service.edit_application(store, app, _on(today), timeline={"decision_by": date(2026, 12, 4)})
    pending = [s for s in store.load(app).steps if s.status is StepStatus.PENDING
               and s.kind is not StepKind.THANK_YOU]
    assert pending and min(s.due for s in pending) >= today
    f5 = next(s for s in pending if s.rule == "F5")
    assert f5.due == today and "already passed" in f5.why


# -- s6 grades: how people say days, one voice per thread, one ask to a contact -------------

def test_days_are_said_as_people_say_them() -> None:
    from followup.messages.voice import relative_day, spoken_ago, spoken_date

    fri, tue = date(2026, 11, 20), date(2026, 11, 24)
    assert relative_day(fri, tue) == "last Friday"
    assert relative_day(date(2026, 11, 23), tue) == "yesterday"
    assert relative_day(date(2026, 11, 30), date(2026, 12, 2)) == "on Monday"
    assert relative_day(date(2026, 11, 27), date(2026, 12, 4)) == "last Friday"  # a week on
    assert relative_day(fri, date(2026, 12, 1)) is None  # more than a week: the full date
    assert spoken_ago(date(2026, 11, 26), date(2026, 12, 4)) == "last week"
    assert spoken_ago(fri, date(2026, 12, 1)) == "a couple of weeks ago"
    assert spoken_ago(fri, date(2026, 12, 10)) == "a few weeks ago"
    assert spoken_ago(fri, date(2027, 2, 1)) is None
    assert spoken_date(date(2026, 12, 4), "en-US") == "December 4th"
    assert spoken_date(date(2026, 12, 22), "en-GB") == "the 22nd of December"


def test_a_us_listener_hears_a_us_date(review: dict[str, tuple[str, str]]) -> None:
    body = _body(review, "Status-check call")
    assert "December 4th" in body and "Friday 4 December" not in body
    assert "21:00 your time" in body


def test_one_sign_off_across_a_thread(review: dict[str, tuple[str, str]]) -> None:
    to_sean = [review[t][1] for t in review if t.startswith(("Week +1", "Touch-base",
                                                           "Withdrawal", "Thank-you email"))
               and "Seán" in review[t][1].split("\n")[0]]
    closes = {re.findall(r"^(\w[\w ]*),\nAlex Doe", b, re.MULTILINE)[-1] for b in to_sean}
    assert len(to_sean) >= 3 and closes == {"Best regards"}


def test_touch_base_points_to_last_fridays_email(review: dict[str, tuple[str, str]]) -> None:
    body = _body(review, "Touch-base (week +2)")
    # It may go out on another day than drafted: the date, never "last Friday".
    assert "my email of Friday 27 November" in body and "last Friday" not in body


def test_reopening_offers_days_with_a_window(review: dict[str, tuple[str, str]]) -> None:
    body = _body(review, "First message after a reopening")
    assert re.search(r"Wednesday 10 February, between 10am and 4pm", body)
    assert "Best regards,\nAlex Doe" in body


def test_a_contact_note_says_how_they_know_each_other_when_recorded(tmp_path: Path) -> None:
    from followup.messages.facts import Options

    store = _store(tmp_path)
    step = store.load(_add(store, (Person("Jane Doe", "j@n.example"),))).steps[0].id
    known = drafts.draft(store, step, AT, form="network", options=Options(
        to=Person("Priya Shah"), connection="it's been a while since we connected in 2021"))
    plain = drafts.draft(store, step, AT, form="network",
                         options=Options(to=Person("Priya Shah")))
    assert "since we connected in 2021" in known.body
    # Nothing recorded: a warm opener that invents no history, and one ask only.
    assert "connected" not in plain.body and "we met" not in plain.body.lower()
    assert plain.body.count("?") == 1 and "mention" not in plain.body


def test_an_agreed_call_made_on_its_day_says_today_and_passes_the_check(
        tmp_path: Path) -> None:
    store = _store(tmp_path)
    app = _add(store, (Person("Jane Doe", "jane@northwind.example"),),
               tl=Timeline(call_in=4), playbook="agreed")
    service.mark_done(store, store.load(app).steps[0].id, AT.date(), AT)
    call = next(s for s in store.load(app).steps if s.kind is StepKind.CALL)
    d = drafts.draft(store, call.id, AT + timedelta(days=4))
    assert "today" in d.body and "on Friday the 20th" in d.body and "November" not in d.body
    assert "last Friday" not in d.body
    assert not [f for f in d.findings if f.rule == "M2"]
    late = drafts.draft(store, call.id, AT + timedelta(days=11))
    assert "keeping to that" not in late.body and "the 24th of November" in late.body


def test_calls_ask_for_a_minute_before_the_question(
        review: dict[str, tuple[str, str]]) -> None:
    for title in ("Follow-up call", "The call you agreed"):
        live = _body(review, title).split("If you reach voicemail:")[0]
        live = live.split("If they answer:")[1]
        first, _, rest = live.partition("?")
        assert first.endswith(("Have you got a minute", "Is now still a good time")), title
        assert "?" in rest, title  # the question comes after their answer
    agreed = _body(review, "The call you agreed").split("If you reach voicemail:")[0]
    # The role was named in the line before: the question does not say it again.
    assert "is there any news on the decision or the timing?" in agreed
    assert agreed.count("Data Engineer") == 1
    live, _, mail = _body(review, "The call you agreed").partition("If you reach voicemail:")
    assert "as we agreed" in live and "as we agreed" in mail  # one framing in both
    assert "asked me to" not in live
    assert "following up on my email" not in _body(review, "Follow-up call")


def test_touch_base_names_one_day_per_sentence(review: dict[str, tuple[str, str]]) -> None:
    first = _body(review, "Touch-base").split("\n\n")[1]
    for sentence in first.split(". "):
        assert sentence.count("Friday") <= 1, sentence


def test_relayed_note_names_the_role_and_breathes(review: dict[str, tuple[str, str]]) -> None:
    note = _body(review, "Thank-you relayed").split("---")[1]
    assert "Data Engineer" in note and "\n\nBest regards," in note


def test_small_points_of_the_second_round(review: dict[str, tuple[str, str]]) -> None:
    assert "paths cross again" in _body(review, "Withdrawal")
    note = _body(review, "Note to a contact")
    assert note.rstrip().endswith("Thanks, Alex") and "? And " not in note
    late = _body(review, "Late thank-you").split("\n\n")[1]
    assert sum(s.startswith("I ") for s in late.split(". ")) <= 1
    first = _body(review, "First message after").split("\n\n")[1]
    # One opener, not the same thanks said twice (coach, fifth round); it answers what they
    # did (got back in touch), and its sentences start differently (seventh round).
    assert first.startswith("Thank you for getting back in touch")
    assert first.count("Thank") == 1 and "pick up where we left off" not in first
    starts = [s.split()[0] for s in re.split(r"(?<=[.?!])\s+", first.strip())]
    assert len(set(starts)) == len(starts), first


def test_moving_on_names_the_call_and_the_main_contact_first(
        review: dict[str, tuple[str, str]]) -> None:
    note = _body(review, "Private note: moving on")
    assert "your last call" not in note
    assert note.index("Seán") < note.index("Mary-Kate")  # recorded order: main contact first


# -- the fourth round of the coach's notes (bench/drafts_grades.md, 4.32) -------------------

_STOCK = ("how the team works", "learning more about the team and its work",
          "I enjoyed our conversation and", "even keener")


def test_no_stock_phrase_pads_a_draft(review: dict[str, tuple[str, str]]) -> None:
    """A draft with nothing recorded says less, not something generic; "meeting me" in en-GB."""
    for title, (_, body) in review.items():
        for phrase in _STOCK:
            assert phrase not in body, (title, phrase)
        assert "meeting with me" not in body, title


def test_agreed_email_is_two_short_paragraphs(review: dict[str, tuple[str, str]]) -> None:
    body = _main(_body(review, "The follow-up email you agreed"))
    paragraphs = body.split("\n\n")[1:]
    assert len(paragraphs) == 3, paragraphs
    first, ask, second = paragraphs
    # "As we agreed" first and once, then the thanks and the recorded point; the concrete
    # question in a paragraph of its own (coach, sixth round); never "this week".
    assert first.startswith("As we agreed, I'm getting back in touch")
    assert first.count("agreed") == 1 and "Thank you again for meeting me on" in first
    assert "data contracts" in first and ask.startswith("Is there any news on the decision")
    assert "this week" not in body and "I'd be glad to" in second


def test_week_one_does_not_reuse_the_thank_you_detail(
        review: dict[str, tuple[str, str]]) -> None:
    body = _body(review, "Week +1")
    assert "streaming ingestion" in _body(review, "Thank-you email")
    assert "streaming ingestion" not in body and "still very keen" in body


def test_a_nudge_goes_in_the_thread_of_the_email_before_it(
        review: dict[str, tuple[str, str]]) -> None:
    assert _subject(review, "Touch-base") == "Re: " + _subject(review, "Week +1")


def test_thank_you_call_leaves_room_for_the_other_person(
        review: dict[str, tuple[str, str]]) -> None:
    live = _body(review, "Thank-you call").split("If you reach voicemail:")[0].split(
        "If they answer:")[1]  # whoever else picks up has lines of their own (s8)
    lines = [x for x in live.splitlines() if x.startswith(('"', "("))]
    assert len(lines) == 3 and "(Stop and let them answer.)" in lines[1]
    assert "nightly batch jobs" in live and "really keen on the role" in live
    assert "very keen on the position at" not in live


def test_status_call_asks_for_a_minute_softly_and_closes(
        review: dict[str, tuple[str, str]]) -> None:
    live = _body(review, "Status-check call").split("If you reach voicemail:")[0]
    first, _, rest = live.partition("?")
    assert first.endswith("Do you have a quick minute")  # a US listener (coach, round 5)
    assert "filled" not in live and "any news on where things stand?" in rest
    assert live.rstrip().endswith('have a good day."')


def test_letter_and_relay_carry_one_concrete_point(review: dict[str, tuple[str, str]]) -> None:
    assert "forecasting models" in _body(review, "Thank-you letter")
    note = _body(review, "Thank-you relayed").split("---")[1]
    assert "data quality checks" in note and "interested in the Data Engineer role" in note
    assert "pleasure" not in note and note.count("Thank you") == 1


def test_an_answer_without_a_date_gets_two_sentences(review: dict[str, tuple[str, str]]) -> None:
    first = _body(review, "Asking once").split("\n\n")[1]
    sentences = re.split(r"(?<=[.?!])\s+", first.strip())
    # ONE thanks sentence, the thanks she is owed (T7) dated inside it (coach, s7d): never
    # stacked, never "belatedly"; the question in the second paragraph.
    assert len(sentences) == 1, first
    assert "pleasure to meet" not in first and "30 November" not in first
    assert "on Friday 20 November" in first and "sooner" not in first


def test_panel_notes_do_not_mirror_each_other(review: dict[str, tuple[str, str]]) -> None:
    sean, mary = _body(review, "Thank-you email"), _body(review, "Thank-you email, panel")
    assert "I was glad to meet Mary-Kate as well." in sean and "Between you and Seán" in mary
    assert "each approach the work" not in sean  # filler after the hook (coach, round 5)
    assert "valued" not in mary and "how openly you talked about the on-call rota" in mary
    assert "together with what" not in mary and "perspective" not in mary


def test_small_points_of_the_fourth_round(review: dict[str, tuple[str, str]]) -> None:
    late = _body(review, "Late thank-you")
    assert "has stayed with me" not in late and "how openly you described the on-call" in late
    assert "last Friday" not in late and "on Friday 20 November" in late  # it may wait
    assert "oh-seven-nine-one-one, one-two-three, four-five-six" in _body(
        review, "Follow-up call")
    assert "No worries at all if you can't." in _body(review, "Note to a contact")  # 300
    assert "or whether the role has been filled" not in _body(review, "Status check after")
    assert _body(review, "First message after").split("\n\n")[1].startswith(
        "Thank you for getting back in touch")


def test_a_nudge_starts_its_own_thread_when_no_email_went_before(tmp_path: Path) -> None:
    """F3 with the week +1 email never sent: nothing to reply to, so the touch-base keeps its
    own subject; once the week +1 is sent, the nudge is a reply to it ("Re:" its subject)."""
    store = _store(tmp_path)
    app_id = _add(store, (Person("Seán Ó Briain", "sean@northwind.example"),))
    steps = {s.rule: s for s in store.load(app_id).steps}
    service.mark_done(store, steps["T2"].id, AT.date(), AT)
    nudge = steps["F3"]
    alone = drafts.draft(store, nudge.id, _on(nudge.due))
    assert alone.subject and not alone.subject.startswith("Re:")
    week1 = drafts.draft(store, steps["F2"].id, _on(steps["F2"].due))
    service.mark_done(store, steps["F2"].id, steps["F2"].due, _on(steps["F2"].due))
    nudge = next(s for s in store.load(app_id).steps if s.rule == "F3")
    assert drafts.draft(store, nudge.id, _on(nudge.due)).subject == f"Re: {week1.subject}"
