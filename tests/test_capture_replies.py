"""What a reply says (issue 15): outcomes, decision dates and agreed days, read from the new
text only. A table of phrasings, the development corpus as a regression check (the held-out
part is scored by bench/capture_eval.py alone), and the start-up rule: no other command
imports dateparser or the reply parser."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, datetime
from email import message_from_bytes
from email.policy import default
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from tests.conftest import bench_module

from followup.capture.replies import new_text, read_reply, resolve
from followup.mail.replies import parse

NY = ZoneInfo("America/New_York")
TUE = date(2026, 12, 1)
DEV = Path(__file__).parent / "fixtures" / "replies" / "dev"
SRC = Path(__file__).resolve().parents[1] / "src"


@pytest.mark.parametrize(("text", "want"), [
    ("We will decide by the end of next week.", date(2026, 12, 11)),
    ("by the end of the week", date(2026, 12, 4)),
    ("by next Friday", date(2026, 12, 11)),
    ("on Thursday", date(2026, 12, 3)),
    ("within two weeks", date(2026, 12, 15)),
    ("within 3 business days", date(2026, 12, 4)),
    ("by December 18th", date(2026, 12, 18)),
    ("by 21 December", date(2026, 12, 21)),
    ("by 12/16", date(2026, 12, 16)),
    ("on January 8", date(2027, 1, 8)),
    ("by the end of the month", date(2026, 12, 31)),
    ("early next week", date(2026, 12, 7)),
    ("Thursday next week", date(2026, 12, 10)),
    ("on Monday the 14th", date(2026, 12, 14)),
    ("soon", None),
])
def test_dates_are_read_against_the_message_day(text: str, want: date | None) -> None:
    assert resolve(text, TUE) == want


@pytest.mark.parametrize(("body", "outcome", "day"), [
    ("We have decided to move forward with other candidates.", "rejected", None),
    ("Unfortunately the manager is away, so we will decide by Friday.", "decision",
     date(2026, 12, 4)),
    ("We're pleased to extend you an offer!", "offer", None),
    ("We are not able to offer you the role.", "rejected", None),
    ("We'd like to invite you to a second interview.", "next_round", None),
    ("Give me a call on Thursday.", "follow_up", date(2026, 12, 3)),
    ("Thanks, got it.", "reply", None),
    ("", "reply", None),
])
def test_outcomes_need_plain_words(body: str, outcome: str, day: date | None) -> None:
    r = read_reply(f"Hi Alex,\n\n{body}\n\nBest,\nJane\n", datetime(2026, 12, 1, 10, tzinfo=NY),
                   "America/New_York")
    assert (r.outcome, r.day) == (outcome, day)


SENT = {  # Date headers; the day each was written in New York is in the comment
    "tue": "Tue, 01 Dec 2026 10:12:00 -0500",  # Tue 1 Dec
    "thu": "Thu, 03 Dec 2026 15:40:00 -0500",  # Thu 3 Dec
    "fri": "Fri, 11 Dec 2026 16:20:00 -0500",  # Fri 11 Dec
    "sat": "Sat, 05 Dec 2026 11:00:00 -0500",  # Sat 5 Dec
    "sun": "Sun, 13 Dec 2026 20:15:00 -0500",  # Sun 13 Dec
    "utc": "Tue, 08 Dec 2026 03:30:00 +0000",  # Mon 7 Dec, 22:30
    "pst": "Thu, 10 Dec 2026 22:10:00 -0800",  # Fri 11 Dec, 01:10 (the writer's Thu 10)
    "late": "Mon, 21 Dec 2026 09:00:00 -0500",  # Mon 21 Dec
    "nov": "Wed, 18 Nov 2026 14:00:00 -0500",  # Wed 18 Nov
}


@pytest.mark.parametrize(("sent", "text", "want"), [
    # a weekday alone: the next such day after the message's day
    ("tue", "We'll decide by Friday.", "2026-12-04"),
    ("fri", "We'll let you know on Friday.", "2026-12-18"),
    ("sat", "Expect our answer on Tuesday.", "2026-12-08"),
    # "next <weekday>": that weekday of the following Monday-Sunday week
    ("tue", "We'll have news next Tuesday.", "2026-12-08"),
    ("sun", "We'll have news next Tuesday.", "2026-12-15"),
    ("tue", "We'll decide on Friday the 18th.", "2026-12-18"),
    ("tue", "We'll decide a week from Friday.", "2026-12-11"),
    # weeks: this week's Friday, next week's Monday / Wednesday / Friday
    ("tue", "We'll be in touch this week.", "2026-12-04"),
    ("thu", "We'll decide by the end of the week.", "2026-12-04"),
    ("sat", "We'll decide by the end of the week.", "2026-12-11"),
    ("thu", "We'll decide next week.", "2026-12-11"),
    ("sun", "We'll decide next week.", "2026-12-18"),
    ("thu", "We'll decide early next week.", "2026-12-07"),
    ("thu", "We'll decide by the middle of next week.", "2026-12-09"),
    ("thu", "We'll decide at the end of next week.", "2026-12-11"),
    # counted spans
    ("tue", "We'll decide within 5 days.", "2026-12-06"),
    ("thu", "We'll decide within 3 business days.", "2026-12-08"),
    ("thu", "We'll decide within three working days.", "2026-12-08"),
    ("tue", "We'll decide within a week.", "2026-12-08"),
    ("tue", "We'll get back to you in a couple of weeks.", "2026-12-15"),
    ("tue", "We'll get back to you within two weeks.", "2026-12-15"),
    ("tue", "We'll get back to you in the next 2-3 days.", "2026-12-04"),
    ("tue", "We'll decide tomorrow.", "2026-12-02"),
    # months, the year, the holidays
    ("tue", "We'll decide by the end of the month.", "2026-12-31"),
    ("late", "We'll decide early next month.", "2027-01-01"),
    ("late", "We'll decide by mid next month.", "2027-01-15"),
    ("late", "We'll decide by the end of next month.", "2027-01-31"),
    ("nov", "We'll decide by the end of next month.", "2026-12-31"),
    ("tue", "We'll decide before the holidays.", "2026-12-24"),
    ("tue", "We'll decide before Christmas.", "2026-12-24"),
    ("late", "We'll come back to you in the new year.", "2027-01-04"),
    # calendar dates, with and without a month
    ("tue", "We'll decide on the 18th.", "2026-12-18"),
    ("fri", "We'll decide by the 5th.", "2027-01-05"),
    ("tue", "We'll decide by Dec 18.", "2026-12-18"),
    ("tue", "We'll decide by 18 December.", "2026-12-18"),
    ("tue", "We'll decide by 12/18.", "2026-12-18"),
    ("tue", "We'll decide by 18/12.", "2026-12-18"),
    ("tue", "We'll decide by 10/12.", "2026-12-10"),  # 12 October is past: day first
    ("tue", "Decision by: Friday 11/12.", "2026-12-11"),  # the weekday says day first
    ("tue", "We'll get back to you by Thursday next.", "2026-12-10"),
    ("tue", "We'll decide on the 7th or 8th.", "2026-12-08"),
    ("tue", "We'll decide by the 1st.", "2027-01-01"),  # the 1st written on the 1st
    ("thu", "We'll decide by EOW.", "2026-12-04"),
    ("tue", "We'll let you know before the weekend.", "2026-12-04"),
    ("tue", "Expect to hear back in the latter half of next week.", "2026-12-11"),
    ("late", "We'll decide by January 8.", "2027-01-08"),
    # the Date header is read in its own offset, the writer's; at +0000 (often a server's
    # clock) in the application's zone
    ("utc", "We'll decide tomorrow.", "2026-12-08"),
    ("pst", "We'll decide tomorrow.", "2026-12-11"),
])
def test_decision_days_in_the_forms_employers_use(sent: str, text: str, want: str) -> None:
    """The README's conventions for vague days, one row each (the message's day in New
    York is the base; a range counts as its later end)."""
    from email.utils import parsedate_to_datetime

    r = read_reply(f"Hi Sam,\n\n{text}\n\nBest,\nRita\n", parsedate_to_datetime(SENT[sent]),
                   "America/New_York")
    assert (r.outcome, r.day) == ("decision", date.fromisoformat(want))


@pytest.mark.parametrize(("text", "outcome", "day"), [
    # days that are not the decision's
    ("I'm out of the office until the 9th, but the team will decide by Friday.", "decision",
     "2026-12-04"),
    ("I'm out until the 9th and will pick this up when I'm back.", "reply", None),
    ("I am out of the office until December 7. For urgent matters, contact Jane, who will "
     "respond within 24 hours.", "auto", None),
    ("We posted this role on Nov 2 and will decide by December 18.", "decision", "2026-12-18"),
    ("We first advertised the position on November 2.", "reply", None),
    ("Thank you for coming in on Monday. We will be in touch by the 18th.", "decision",
     "2026-12-18"),
    ("We have two more interviews on Thursday and expect to decide by Friday.", "decision",
     "2026-12-04"),
    ("Last Friday's panel ran over, so we now expect to decide this Friday.", "decision",
     "2026-12-04"),
    ("I'll check with the panel and get back to you. They met on Monday.", "reply", None),
    ("The directors meet on Wednesday, and we'll come back to you the day after.",
     "decision", "2026-12-03"),
    ("We'll come back to you in a day or two, by Friday at the latest.", "decision",
     "2026-12-04"),
    ("We'll be in touch within two weeks, on December 14.", "decision", "2026-12-14"),
    ("We'd like to invite you back for a final interview on Friday at 2pm.", "next_round",
     "2026-12-04"),
    ("We'll be back in touch early next week, probably Tuesday.", "decision", "2026-12-08"),
    ("You will hear either way by Friday.", "decision", "2026-12-04"),
    ("We'll share next steps by Thursday.", "decision", "2026-12-03"),
    ("Friday is our target.", "decision", "2026-12-04"),
    ("You'll get a call from me on Thursday.", "decision", "2026-12-03"),
    ("The panel sits on the 14th; outcome the day after.", "decision", "2026-12-15"),
    ("Thanks for the call on Monday; I'll be in touch.", "reply", None),
    ("We will call you by 10 a.m. Friday with our decision.", "decision", "2026-12-04"),
    ("We will decide on Thu. Dec 10 and let you know.", "decision", "2026-12-10"),
    ("It was great to meet you on Monday and we'll be in touch soon.", "reply", None),
    # a day put off: the new one
    ("We had planned to decide on the 4th, but it's now going to be the 11th.", "decision",
     "2026-12-11"),
    ("We had hoped to decide this week, but it will now be next week.", "decision",
     "2026-12-11"),
    ("The decision, originally due on Friday, has moved to December 14.", "decision",
     "2026-12-14"),
    # an agreed day: the candidate is asked to make the next move
    ("Let's plan to speak again on Tuesday.", "follow_up", "2026-12-08"),
    ("Check back with me on Monday.", "follow_up", "2026-12-07"),
    ("Reach back out next week if you haven't heard anything.", "follow_up", "2026-12-11"),
    ("Please get in touch with me on Monday.", "follow_up", "2026-12-07"),
])
def test_days_that_are_not_the_decision_are_set_aside(text: str, outcome: str,
                                                       day: str | None) -> None:
    r = read_reply(f"Hi Sam,\n\n{text}\n\nBest,\nRita\n", datetime(2026, 12, 1, 10, tzinfo=NY),
                   "America/New_York")
    assert (r.outcome, r.day) == (outcome, date.fromisoformat(day) if day else None)


@pytest.mark.parametrize(("body", "outcome", "day"), [
    # a wrong "rejected" is the costliest error: these mention a "no" without saying one
    ("I regret to tell you that our decision has been delayed until January 8.", "decision",
     date(2027, 1, 8)),
    ("We are not moving forward with any hiring decisions until the budget is signed off.",
     "reply", None),
    ("I tried to call you this morning but was unsuccessful.", "reply", None),
    ("I can't offer you any feedback until the panel meets on Friday.", "decision",
     date(2026, 12, 4)),
    ("We're going ahead with the other candidates' interviews this week.", "reply", None),
    ("We've decided not to fill the role until the new year, but you remain one of our top "
     "candidates.", "reply", None),
    ("A few candidates were not selected, but you are through to the final round!",
     "next_round", None),
    ("If we decide not to move forward, I will tell you myself.", "reply", None),
    # and these say it plainly
    ("We won't be inviting you to the next stage.", "rejected", None),
    ("We won't be able to take things further with your application.", "rejected", None),
    ("The panel felt another candidate was a stronger fit for the role.", "rejected", None),
    ("Not the news you were hoping for, I'm afraid: we've selected someone else.", "rejected",
     None),
    ("Congratulations, you got the job!", "offer", None),
    ("The hiring manager would like one more conversation with you.", "next_round", None),
])
def test_a_no_needs_plain_words_about_the_candidate(body: str, outcome: str,
                                                    day: date | None) -> None:
    r = read_reply(f"Hi Alex,\n\n{body}\n\nBest,\nJane\n",
                   datetime(2026, 12, 1, 10, tzinfo=NY), "America/New_York")
    assert (r.outcome, r.day) == (outcome, day)


@pytest.mark.parametrize(("body", "outcome"), [
    # near misses: a process step, a different role, a thing done, an offer still to come
    ("Applications for the role are closed and we are now interviewing the shortlist.",
     "reply"),
    ("The job posting has been closed to new applicants, but interviews continue.", "reply"),
    ("Hiring is frozen for now, but we hope to resume in January.", "reply"),
    ("The other position we discussed has been cancelled, but this role continues as "
     "planned.", "reply"),
    ("We won't be moving forward with you for the sales role. For the analyst role you are "
     "still in the running.", "reply"),
    ("Friday is not going to work for the panel, so could we do Monday?", "reply"),
    ("I'm not the right person to answer that, but Kim can help.", "reply"),
    ("You didn't get through to reception, so I'm writing instead.", "reply"),
    ("I can't continue the call with you today, sorry about that.", "reply"),
    ("We are pursuing candidates from several backgrounds, including you.", "reply"),
    ("Thanks for completing the case study; please bear with us while the panel reviews it.",
     "reply"),
    ("It was great to see you again last week.", "reply"),
    ("Glad you made it to the office despite the snow.", "reply"),
    ("Please note our on-site parking is limited, so arrive early.", "reply"),
    ("We'd like to talk to the founders before making a decision about your application.",
     "reply"),
    ("The team has not decided whether to add a take-home exercise.", "reply"),
    ("Thanks, you got it right: the start date would be flexible.", "reply"),
    ("If successful, the offer letter will be sent by HR.", "reply"),
    # and the plain forms, in words the corpus does not use
    ("We have decided to proceed with a candidate whose skills better match the role.",
     "rejected"),
    ("Sadly the vacancy has been closed.", "rejected"),
    ("The team decided to hire an internal candidate.", "rejected"),
    ("We've opted for a candidate with more startup experience.", "rejected"),
    ("Could you complete a short written exercise by Monday?", "next_round"),
    ("You've made it to the final round!", "next_round"),
    ("Our CEO would like to meet you before we make a decision.", "next_round"),
    ("Your offer letter is attached.", "offer"),
    ("Welcome to the team, Sam!", "offer"),
    ("The successful candidate had more experience with Kubernetes.", "rejected"),
    ("Your application will not be taken further.", "rejected"),
    ("We don't think it's the right fit at this stage.", "rejected"),
    ("The panel decided that your experience wasn't quite what we were looking for.",
     "rejected"),
    ("We have closed the role to new applications while we interview.", "reply"),
    ("You've passed the first round and we'd like to book you in for round two.",
     "next_round"),
    ("Sadly we're not moving forward. I can set up a follow-up call to share feedback.",
     "rejected"),
    ("Congratulations! You're our new product manager.", "offer"),
    ("Please find the offer attached.", "offer"),
    ("The role was put on hold last month but has now reopened, and we'd still like to talk.",
     "reply"),
    ("We're moving in a different direction with the team structure, but your role is "
     "unaffected.", "reply"),
    ("Things are not working out with the scheduling tool, so I'll email times instead.",
     "reply"),
    ("Unfortunately we had to cancel the job fair, so we'll interview everyone online.",
     "reply"),
    ("While your background is impressive, we have decided to go in a different direction.",
     "rejected"),
    ("Could you send the case study slides you presented?", "reply"),
    ("Please note our on-site parking is limited, so arrive early.", "reply"),
    ("Your start date would be January 4 if all goes well, and we'll confirm by December 18.",
     "reply"),
    ("Please complete the attached assessment by Friday.", "next_round"),
    ("You have been selected to move forward in the process.", "next_round"),
    ("Next, we'd like you to meet with Tom, our engineering manager.", "next_round"),
    ("We'd love you to come and work with us.", "offer"),
    ("The contract is attached for your signature.", "offer"),
    ("Unfortunately your skills and experience do not match the requirements of the role.",
     "rejected"),
    ("I'm sorry to let you know that the position has been offered to another applicant.",
     "rejected"),
    ("Your application has been declined.", "rejected"),
    ("The decision was not in your favour this time.", "rejected"),
    ("We're not moving forward with the other applicants, so it's down to you and one more "
     "person.", "reply"),
    ("We haven't hired another candidate, and we won't before we've met everyone.", "reply"),
    ("We decided not to use a take-home test this time.", "reply"),
    ("No, I'm afraid we've gone with someone else.", "rejected"),
    ("Apologies for the delay; we have decided to move forward with other candidates.",
     "rejected"),
    ("We were impressed, yet we have chosen another candidate.", "rejected"),
    ("Sorry for the delay: we have not made a decision yet.", "reply"),
    ("After careful review, we will not be taking your application further, but we will keep "
     "your CV on file until next summer.", "rejected"),
    ("We regret to say that your profile was not retained for the next steps.", "rejected"),
    ("Unfortunately on this occasion you were not the preferred candidate.", "rejected"),
    ("I'm sorry to tell you the role went to an internal applicant.", "rejected"),
    ("The other role went to an internal applicant; yours is still open.", "reply"),
    ("After a lot of back and forth, the decision is no.", "rejected"),
    ("At this stage we will not progress your candidature.", "rejected"),
    ("The hiring manager asked if you would be willing to do a short presentation to the "
     "team.", "next_round"),
    ("Your experience is impressive, but it is not what this role requires.", "rejected"),
    ("I'm sorry but you didn't get the job.", "rejected"),
    ("We've decided to keep searching.", "rejected"),
    ("We will keep looking at applications this week and get back to you.", "reply"),
    ("We'll continue our search for a date that suits the panel.", "reply"),
    ("Your application will not be progressed.", "rejected"),
    ("Your application will not be considered until we receive your portfolio.", "reply"),
    ("We'd like you to do a short skills test online.", "next_round"),
    ("We're pleased to tell you that you are through to the interview stage.", "next_round"),
    ("We would be delighted if you would accept the position.", "offer"),
    ("If you would accept a slightly lower salary, we could make this work.", "reply"),
    ("I've attached the offer; let me know if you have any questions.", "offer"),
    ("The role has now been offered and accepted.", "rejected"),
    ("Sadly, we have had to make the difficult decision not to proceed.", "rejected"),
    ("The team felt there were stronger candidates for this role.", "rejected"),
    ("There are stronger candidates in the pool, but you are one of them.", "reply"),
    ("You're a great candidate, just not for this role.", "rejected"),
    ("We don't have a role for you yet, but one is opening soon.", "reply"),
    ("Regrettably, on this occasion your application has not progressed.", "rejected"),
    ("Your application hasn't progressed because the hiring manager is away.", "reply"),
    ("I'd like to book you in with our CTO for a technical discussion.", "next_round"),
    ("We'd love to have you join the team as our new analyst.", "offer"),
    ("We want you in the team meeting on Friday.", "reply"),
    ("It's official: you're hired!", "offer"),
    ("The position has been offered to you, pending references.", "offer"),
    # a round spoken of as over is not a next one; a day a no was made on does not defer it
    ("Thanks for completing the second interview. Unfortunately we have decided to go with "
     "another candidate.", "rejected"),
    ("It was great to meet you at the panel interview. I'm sorry to say the role has been "
     "filled.", "rejected"),
    ("Thank you for your time, and we'd like to invite you to the final round.", "next_round"),
    ("Following the first interview, we would like to invite you to a second interview.",
     "next_round"),
    ("We decided on Monday to go with another candidate.", "rejected"),
    ("I'm currently out of the office, but wanted to let you know we've decided to go with "
     "another candidate.", "rejected"),
    ("The process took longer than we expected, but we have now hired another candidate.",
     "rejected"),
    ("We have been delayed and won't be moving forward with anyone until January.", "reply"),
    ("We're moving forward with the process and will have next steps for you soon.", "reply"),
    ("The next steps are a panel interview and a case study.", "next_round"),
    ("Unfortunately there was a mix-up with the calendar invite; I've sent a new one.",
     "reply"),
    ("It would be great to set up a second interview with you next week.", "next_round"),
    ("We'll keep your details on file for future opportunities.", "rejected"),
    ("We will keep your CV on file while we finish the interviews.", "reply"),
])
def test_outcomes_are_read_by_clause_and_subject(body: str, outcome: str) -> None:
    """Issue 15, outcome recall: a "no", a next step or an offer is read from the clause that
    says it (not negated, not conditional, about this role and this candidate)."""
    r = read_reply(f"Hi Alex,\n\n{body}\n\nBest,\nJane\n",
                   datetime(2026, 12, 1, 10, tzinfo=NY), "America/New_York")
    got = r.outcome if r.outcome in ("rejected", "next_round", "offer") else "reply"
    assert got == outcome


@pytest.mark.parametrize(("text", "today", "want"), [
    ("early next month", date(2026, 11, 16), date(2026, 12, 1)),
    ("by the middle of next month", date(2026, 11, 16), date(2026, 12, 15)),
    ("by the end of next month", date(2026, 11, 16), date(2026, 12, 31)),
    ("by mid-month", TUE, date(2026, 12, 15)),
    ("before the holidays", TUE, date(2026, 12, 24)),
    ("before Christmas", TUE, date(2026, 12, 24)),
    ("until the end of January", TUE, date(2027, 1, 31)),
    ("at the beginning of December", date(2026, 11, 16), date(2026, 12, 1)),
    ("a week from Friday", TUE, date(2026, 12, 11)),
    ("in the next 48 hours", TUE, date(2026, 12, 3)),
    ("within a fortnight", TUE, date(2026, 12, 15)),
    ("sometime next week", TUE, date(2026, 12, 11)),
    ("by Dec. 18", TUE, date(2026, 12, 18)),
    ("two weeks from today at the latest, on December 18", date(2026, 12, 3),
     date(2026, 12, 18)),
])
def test_periods_and_holidays_resolve(text: str, today: date, want: date) -> None:
    from followup.capture.replies import sentences

    assert resolve(" ".join(sentences(text)), today) == want


def test_quoted_history_and_signature_are_not_read() -> None:
    body = ("Thanks, we are still talking to candidates.\n\nBest regards,\nJane Doe\nWe decide "
            "by Friday, always.\n\nOn Mon, Nov 30, 2026 Alex wrote:\n> Have you decided to move "
            "forward with other candidates?\n")
    assert new_text(body) == "Thanks, we are still talking to candidates."
    r = read_reply(body, datetime(2026, 12, 1, 10, tzinfo=NY), "America/New_York")
    assert r.outcome == "reply"


def test_the_development_corpus_meets_the_targets() -> None:
    labels = json.loads((DEV / "labels.json").read_text())
    right = dated = dates_ok = 0
    for name, want in labels.items():
        raw = (DEV / name).read_bytes()
        head = parse(1, raw, None, datetime(2026, 12, 1, tzinfo=NY))
        if head.automatic:
            got, day = "auto", None
        else:
            msg = message_from_bytes(raw, policy=default)
            part = msg.get_body(preferencelist=("plain",))
            text = part.get_content() if part is not None else ""  # type: ignore[attr-defined]
            r = read_reply(text, head.at, "America/New_York")
            got, day = r.outcome, r.day.isoformat() if r.day else None
        right += got == want["outcome"]
        if want["date"]:
            dated += 1
            dates_ok += day == want["date"]
    assert len(labels) >= 100
    assert right / len(labels) >= 0.97 and dates_ok / dated >= 0.9


@pytest.mark.parametrize("args", [["today"], ["list"], ["show", "1"], ["inbox", "--pending"],
                                  ["add", "--from", "missing.ics", "--yes"]])
def test_no_other_command_imports_the_heavy_readers(args: list[str], tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(SRC), "FOLLOWUP_TZ": "UTC",
           "FOLLOWUP_CONFIG_DIR": str(tmp_path)}
    code = ("import sys; from followup.cli import main\ntry: main(sys.argv[1:])\n"
            "except SystemExit: pass\n"
            "print(sorted(m for m in ('dateparser', 'mailparser_reply', 'email_reply_parser',"
            " 'followup.capture.reply_dates')"
            " if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code, "--db", str(tmp_path / "f.db"), *args],
                         env=env, capture_output=True, text=True, timeout=120).stdout
    assert out.strip().splitlines()[-1] == "[]"


def test_the_development_figures_meet_the_targets() -> None:
    """The first held-out part was retired into development on 2026-11-30 (scored twice and
    partly read, it no longer measures anything); the development figures over dev/ and that
    part are kept at the targets here. A new held-out part, written blind, is scored by
    bench/capture_eval.py alone."""
    ev = bench_module("capture_eval")
    got = ev.replies("development", False) | ev.invitations("development", False)
    assert got["replies"] >= 1340 and got["dated"] >= 684 and got["invitations"] >= 66
    assert got["precision"] >= 0.995 and got["recall"] >= 0.95
    assert got["dates_exact"] >= 0.99 and got["right"] >= 0.98
    assert got["false_dates"] == 0

