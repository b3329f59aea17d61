"""Which application a reply is about when the headers found several (issue 23, session 8),
on applications and wordings of our own: an agency recruiter working for two employers goes
by the employer the text names, in full or by its own short name; one recruiter for two
roles goes by the role the text names, in full or by a shorter name no other title shares;
a title inside a longer one names only the longer one. When the text does not tell, no
application is guessed."""

from __future__ import annotations

from typing import Any

import pytest

from followup.capture import inbox
from followup.capture.matching import Facts, roles_named, short_company

OWN = frozenset({"sam@gmail.com"})


def _p(name: str, email: str) -> dict[str, str]:
    return {"name": name, "email": email}


AGENT = _p("Gemma Holt", "gemma@talentbridge.com.au")
HR = _p("Dana White", "dana@stbrigids.ie")
APPS = [
    {"id": 1, "company": "Orchid Bank", "role": "Risk Analyst",
     "interviewers": [_p("Tom Hale", "tom@orchidbank.com")], "coordinator": AGENT},
    {"id": 2, "company": "Copperleaf Mining Pty Ltd", "role": "Data Engineer",
     "interviewers": [_p("Ana Ruiz", "ana@copperleaf.com.au")], "coordinator": AGENT},
    {"id": 3, "company": "St Brigid's Hospital", "role": "Data Analyst II",
     "interviewers": [_p("Kevin Tran", "kevin@stbrigids.ie")], "coordinator": HR},
    {"id": 4, "company": "St Brigid's Hospital", "role": "Clinical Informatics Analyst",
     "interviewers": [_p("Renee Cole", "renee@stbrigids.ie")], "coordinator": HR},
    {"id": 5, "company": "Tern Software", "role": "Data Analyst",
     "interviewers": [_p("Li Wei", "li@tern.io")], "coordinator": _p("Mo Khan", "mo@tern.io")},
    {"id": 6, "company": "Tern Software", "role": "Senior Data Analyst",
     "interviewers": [_p("Jo Park", "jo@tern.io")], "coordinator": _p("Mo Khan", "mo@tern.io")},
]


def read(sender: dict[str, str], body: str, subject: str = "Update") -> dict[str, object]:
    raw = (f"From: {sender['name']} <{sender['email']}>\nTo: Sam <sam@gmail.com>\n"
           f"Subject: {subject}\nDate: Mon, 30 Nov 2026 10:00:00 +0000\nMessage-ID: <m@x>\n"
           f"Content-Type: text/plain; charset=utf-8\n\n{body}\n").encode()
    return inbox.evaluate(raw, APPS, OWN)


@pytest.mark.parametrize(("sender", "body", "app", "outcome"), [
    (AGENT, "Hi Sam, Orchid Bank came back to me: they've gone with another candidate.", 1,
     "rejected"),
    (AGENT, "Great news - Copperleaf want you back for a final interview with their CTO.", 2,
     "next_round"),
    (HR, "I'm sorry to say we won't be progressing your Data Analyst application.", 3,
     "rejected"),
    (HR, "We'd like to invite you to a second interview for the informatics analyst post.", 4,
     "next_round"),
    (_p("Mo Khan", "mo@tern.io"), "We'd like to invite you to the final round for the Senior "
     "Data Analyst role.", 6, "next_round"),
    (_p("Mo Khan", "mo@tern.io"), "We'd like to invite you to the final round for the Data "
     "Analyst role.", 5, "next_round"),
])
def test_the_application_the_text_names_among_those_the_headers_found(
        sender: dict[str, str], body: str, app: int, outcome: str) -> None:
    got = read(sender, body)
    assert (got["app"], got["outcome"]) == (app, outcome), got


@pytest.mark.parametrize(("sender", "body"), [
    (AGENT, "Hi Sam, the client has decided to go with another candidate."),
    (HR, "Hi Sam, we'd like to invite you to a second interview."),
    (_p("Mo Khan", "mo@tern.io"), "Sadly the analyst role went to someone else."),
])
def test_no_application_is_guessed_when_the_text_does_not_tell(
        sender: dict[str, str], body: str) -> None:
    got = read(sender, body)
    assert got["app"] is None and got["outcome"] is None, got
    assert "could answer" in str(got["why"])
    assert "it does not say which of" in str(got["why"]) and "not guessed" in str(got["why"])


def test_shorter_names_of_a_title_and_of_a_company() -> None:
    a = Facts(1, "Kiwa Water", "Asset Engineer (Band 6)", ())
    b = Facts(2, "Kiwa Water", "Senior Asset Engineer", ())
    c = Facts(3, "Kiwa Water", "Network Planner, Wellington", ())
    assert roles_named([a, b, c], "the network planner job") == [c]
    assert roles_named([a, b, c], "your Senior Asset Engineer interview") == [b]
    # a's short name is inside b's title: it could be either, so it names neither
    assert roles_named([a, b, c], "the asset engineer roles") == []
    assert roles_named([a, c], "the asset engineer roles") == [a]
    assert short_company(Facts(1, "County of Westmere", "x", ()), []) == "Westmere"
    assert short_company(Facts(1, "City National Bank", "x", ()), []) == ""
    assert short_company(Facts(1, "Harbour Foods", "x", ()),
                         [Facts(2, "Harbour Logistics", "y", ())]) == ""


@pytest.mark.parametrize(("sender", "body", "app"), [
    ({"name": "Copperleaf Careers", "email": "no-reply@myworkday.com"},
     "Hi Sam, Copperleaf would like to invite you to a final interview for the Data Engineer "
     "role.", 2),
    ({"name": "Careers", "email": "no-reply@myworkday.com"},
     "Hi Sam, thank you for interviewing with Orchid. Unfortunately we have decided not to "
     "progress your application.", 1),
    # two roles at one employer, named only by its short name and no role: no guess
    ({"name": "Tern", "email": "jobs@tern.teamtailor-mail.com"},
     "Hi Sam, unfortunately Tern has decided not to progress your application.", None),
])
def test_an_ats_mail_names_its_employer_by_its_own_short_name(
        sender: dict[str, str], body: str, app: int | None) -> None:
    got = read(sender, body)
    assert got["app"] == app, got


def test_a_job_boards_alert_is_tied_to_no_application() -> None:
    alert = read({"name": "Careers Alerts", "email": "alerts@myworkday.com"},
                 "New vacancies matching your search: Data Engineer - Copperleaf Mining - "
                 "closes 20/12/2026.", subject="Jobs you may like")
    assert alert["app"] is None, alert
    filled = read({"name": "Copperleaf Mining", "email": "no-reply@myworkday.com"},
                  "The Data Engineer position has now been filled. We encourage you to apply "
                  "for other roles that match your experience.")
    assert (filled["app"], filled["outcome"]) == (2, "rejected"), filled


def two_roles(company: str, dom: str, first: tuple[str, str], second: tuple[str, str],
              recruiter: str, sent: str) -> list[dict[str, Any]]:
    """Two applications at one employer, (role, interviewer) each, with one recruiter; the
    candidate's email `sent` is in the first one's thread."""
    def person(name: str) -> dict[str, str]:
        return _p(name, f"{name.lower().replace(' ', '.')}@{dom}")

    return [{"id": i, "company": company, "role": role, "interviewers": [person(who)],
             "coordinator": person(recruiter),
             "sent": [{"message_id": sent, "subject": role, "to": recruiter}] if i == 1 else []}
            for i, (role, who) in enumerate((first, second), start=1)]


def test_a_title_is_named_by_its_initials_or_spelt_out() -> None:
    """Writers shorten a field before the job's noun to its initials ("QA Engineer" for
    "Quality Assurance Engineer") and spell out a title kept as initials ("Human Resources
    Business Partner" for "HR Business Partner"); the other title of the company stays out."""
    qa = Facts(1, "Marrow Foods", "Quality Assurance Engineer", ())
    dev = Facts(2, "Marrow Foods", "Software Engineer", ())
    hr = Facts(3, "Marrow Foods", "HR Business Partner", ())
    group = [qa, dev, hr]
    assert roles_named(group, "Kofi would like you back for the QA Engineer post.") == [qa]
    assert roles_named(group, "the Human Resources Business Partner vacancy") == [hr]
    assert roles_named(group, "your software engineer interview") == [dev]
    # an initialism is read as one, never inside a longer word or as a plain word
    assert roles_named(group, "the QAE role") == []
    assert roles_named(group, "the hr business partnership") == []


def test_a_reply_in_one_roles_thread_about_the_other_role_goes_to_the_other() -> None:
    """A recruiter answers in the old thread of one role but writes about the other, by its
    initials: the outcome goes to the role the outcome's sentence names."""
    apps = two_roles("Kestrel Water", "kestrelwater.no", ("Data Analyst", "Ola Berg"),
                     ("Quality Assurance Lead", "Per Lund"), "Ines Duarte", "<da1@gmail.com>")
    raw = (b"From: Ines Duarte <ines.duarte@kestrelwater.no>\nTo: Sam <sam@gmail.com>\n"
           b"Subject: Re: Data Analyst\nDate: Mon, 30 Nov 2026 10:00:00 +0000\n"
           b"Message-ID: <r1@kestrelwater.no>\nIn-Reply-To: <da1@gmail.com>\n"
           b"Content-Type: text/plain; charset=utf-8\n\nHi Sam, I'm using this thread, sorry, "
           b"but this is about the QA Lead job.\n\nPer wants to invite you to a final interview "
           b"for the QA Lead role next week.\n\nInes\n")
    got = inbox.evaluate(raw, apps, OWN)
    assert (got["app"], got["outcome"]) == (2, "next_round"), got


TWO_AT_ONE = two_roles("Harrow Council", "harrowcouncil.gov.uk", ("Payroll Officer", "Dev Patel"),
                       ("Finance Systems Analyst", "Amy Cole"), "Sue Bell", "<pay1@gmail.com>")


@pytest.mark.parametrize(("body", "kind", "day"), [
    ("Quick note on the Finance Systems Analyst post: the panel will decide by Friday "
     "11 December.", "decision", "2026-12-11"),
    ("Good news about your finance systems analyst application - Amy would like to see you "
     "for a second interview.", "next_round", None),
])
def test_a_reply_in_one_roles_thread_naming_only_the_other_role_is_about_the_other(
        body: str, kind: str, day: str | None) -> None:
    raw = ("From: Sue Bell <sue.bell@harrowcouncil.gov.uk>\nTo: Sam <sam@gmail.com>\n"
           "Subject: Re: Payroll Officer\nDate: Mon, 30 Nov 2026 10:00:00 +0000\n"
           "Message-ID: <r2@harrowcouncil.gov.uk>\nIn-Reply-To: <pay1@gmail.com>\n"
           f"Content-Type: text/plain; charset=utf-8\n\nHi Sam,\n\n{body}\n\nSue\n").encode()
    got = inbox.evaluate(raw, TWO_AT_ONE, OWN)
    assert (got["app"], got["kind"], got["day"]) == (2, kind, day), got


@pytest.mark.parametrize(("sender", "app"), [
    # a hiring manager at home, on a country's free mail or home broadband
    (_p("Tom Hale", "tomhale62@yahoo.com.au"), 1),
    (_p("Ana Ruiz", "ana.ruiz@bigpond.com"), 2),
    # the display name wraps the person: a relay, a shared mailbox, "Last, First"
    (_p("Ana Ruiz via Copperleaf Careers", "careers@copperleafgroup.com"), 2),
    (_p("Recruitment on behalf of Kevin Tran", "recruitment@hse.ie"), 3),
    (_p('"Hale, Tom"', "t.hale@orchid-group.com"), 1),
    (_p("Tom Hale | Orchid", "tom@orchid-holdings.net"), 1),
    # a stranger of the same first name only, or a team: nobody met
    (_p("Tom Baker", "tom@orchid-holdings.net"), None),
    (_p("Talent Team", "talent@orchid-holdings.net"), None),
])
def test_a_person_met_there_writing_from_another_address(sender: dict[str, str],
                                                          app: int | None) -> None:
    got = read(sender, "Hi Sam, sorry for the delay - we'd like you to come back for a final "
               "interview next week.")
    assert got["app"] == app, got
    if app is not None:
        assert "whom you met there" in str(got["why"])


def test_a_free_mailbox_abroad_is_nobodys_company() -> None:
    """An interviewer who wrote from hotmail.co.za does not make every hotmail.co.za sender
    someone of that employer."""
    from followup.mail.replies import free_mail

    assert free_mail("hotmail.co.za") and free_mail("outlook.ie") and free_mail("gmx.at")
    assert free_mail("yahoo.com.sg") and free_mail("btinternet.com")
    assert not free_mail("orchidbank.com") and not free_mail("mail.orchidbank.com")
    apps = [{**APPS[0], "interviewers": [_p("Tom Hale", "tomhale@hotmail.co.za")]}]
    raw = (b"From: Lerato Dube <lerato.d@hotmail.co.za>\nTo: Sam <sam@gmail.com>\n"
           b"Subject: hi\nDate: Mon, 30 Nov 2026 10:00:00 +0000\nMessage-ID: <m9@x>\n\n"
           b"Hi Sam, unfortunately we went with another candidate.\n")
    assert inbox.evaluate(raw, apps, OWN)["app"] is None


@pytest.mark.parametrize(("sender", "subject", "body", "app"), [
    # systems beyond the big American ones, and a test platform writing for the employer
    ({"name": "Orchid Bank Careers", "email": "notifications@zohorecruit.eu"},
     "Your application", "Dear Sam, thank you for your time. Orchid Bank has decided not to "
     "take your Risk Analyst application further.", 1),
    ({"name": "Copperleaf Mining", "email": "no-reply@softgarden.io"}, "Next steps",
     "Hello Sam, Copperleaf Mining would like to invite you to a second interview for the "
     "Data Engineer position.", 2),
    ({"name": "Codility", "email": "no-reply@codility.com"}, "Coding test",
     "Copperleaf Mining has invited you to complete a coding test for the Data Engineer "
     "role.", 2),
    # a system's mail offering openings, named in its subject: nobody's reply
    ({"name": "Workday Jobs", "email": "jobs@myworkdayjobs.com"}, "Roles you might like",
     "Data Engineer - Copperleaf Mining - Perth. Risk Analyst - Orchid Bank - Sydney.", None),
])
def test_more_systems_write_for_an_employer(sender: dict[str, str], subject: str, body: str,
                                            app: int | None) -> None:
    got = read(sender, body, subject=subject)
    assert got["app"] == app, got


def test_an_employers_domain_under_another_countrys_suffix() -> None:
    """Mail from the employer's own name under another country's suffix is theirs (for the
    candidate to confirm); a short name is too common to say so."""
    from followup.mail.replies import same_employer

    assert same_employer("copperleaf.com", "copperleaf.com.au")
    assert same_employer("harrowfoods.co.uk", "mail.harrowfoods.ie")
    assert not same_employer("tern.io", "tern.com") and not same_employer("gov.uk", "gov.ie")
    got = read(_p("Lina Park", "lina.park@copperleaf.com"), "Hi Sam, Copperleaf would like to "
               "offer you the Data Engineer role.")
    assert (got["app"], got["outcome"]) == (2, "offer"), got
    assert "from their domain copperleaf.com" in str(got["why"])


@pytest.mark.parametrize(("body", "app"), [
    ("Amy has asked me to pass on that she'd like you back for a second interview.", 2),
    ("Quick one: Mr Dev Patel would like to see you again for a final chat.", 1),
    # the recruiter for both is nobody's clue, nor a first name that is a word
    ("Sue here - we'd like you back for a second interview.", None),
    ("Will you be free for a second interview next week?", None),
])
def test_one_recruiter_for_two_roles_goes_by_the_interviewer_named(body: str,
                                                                   app: int | None) -> None:
    apps = [{**a, "sent": []} for a in TWO_AT_ONE]
    apps[0]["interviewers"] = [*apps[0]["interviewers"], _p("Will Foster", "will@harrow.gov.uk")]
    apps[1]["interviewers"] = [*apps[1]["interviewers"], _p("Will Grant", "wg@harrow.gov.uk")]
    raw = ("From: Sue Bell <sue.bell@harrowcouncil.gov.uk>\nTo: Sam <sam@gmail.com>\n"
           "Subject: Update\nDate: Mon, 30 Nov 2026 10:00:00 +0000\nMessage-ID: <r3@x>\n"
           f"Content-Type: text/plain; charset=utf-8\n\nHi Sam,\n\n{body}\n\nSue\n").encode()
    got = inbox.evaluate(raw, apps, OWN)
    assert got["app"] == app, got
    if app is not None:
        assert got["outcome"] == "next_round" and "someone you met" in str(got["why"])


@pytest.mark.parametrize(("body", "app"), [
    # the employer only in the signature of a system's mail
    ("Dear Sam,\n\nThank you for your interest in the Risk Analyst position. Unfortunately we "
     "will not be taking your application further.\n\nKind regards,\nTalent Acquisition "
     "Team\nOrchid Bank", 1),
    ("Hello Sam,\n\nWe would like to invite you to a final interview.\n\nBest regards,\n"
     "Ana Ruiz\nHead of Data", 2),
    # an employer the candidate never applied to, with a title like one of theirs: nobody's
    ("Dear Sam,\n\nThank you for applying for the Data Engineer role. Unfortunately we will "
     "not be progressing.\n\nRegards,\nRecruitment\nBluegum Minerals", None),
])
def test_a_systems_mail_signed_by_its_employer(body: str, app: int | None) -> None:
    got = read({"name": "Careers", "email": "no-reply@myworkday.com"}, body)
    assert got["app"] == app, got


@pytest.mark.parametrize(("address", "app"), [
    # the employer's newsletter, events, bills and shop never write about an application
    ("rates@orchidbank.com", None),
    ("events@copperleaf.com.au", None),
    ("offers@news.orchidbank.com", None),
    ("billing.team@copperleaf.com.au", None),
    # its recruiting mailboxes, and a small firm's one address for everything, do
    ("careers@orchidbank.com", 1),
    ("hello@orchidbank.com", 1),
    ("newhires@orchidbank.com", 1),
])
def test_an_employers_mailboxes_that_never_write_about_an_application(
        address: str, app: int | None) -> None:
    from followup.mail.replies import not_hiring

    assert not_hiring(address) == (app is None)
    got = read({"name": "Orchid Bank", "email": address}, "Hi Sam, we'd like to invite you "
               "to a final interview for the Risk Analyst role.")
    assert got["app"] == app, got


def test_an_agencys_news_of_two_clients_is_a_proposal_for_each() -> None:
    """A recruiter working for two employers writes of both: each outcome goes to the
    application of the employer its sentence names."""
    got = read(AGENT, "Hi Sam, a mixed bag I'm afraid. Orchid Bank have gone with an internal "
               "candidate. Better news from Copperleaf though: they'd like you back for a "
               "final interview with their CTO.")
    assert (got["app"], got["outcome"]) == (1, "rejected"), got
    assert [(m["app"], m["outcome"]) for m in got["more"]] == [(2, "next_round")], got
    neither = read(AGENT, "Hi Sam, one of my clients has gone with another candidate.")
    assert neither["app"] is None and "not guessed" in str(neither["why"])
