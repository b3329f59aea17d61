"""Who is who and the company where a small employer arranges the interview by hand (issue
23, session 14): the owner, a manager or the office writes from a phone or a personal
mailbox, in their own language, and names the others by what they are to them. Each habit
on an invitation written for this test (new people, new firms, another wording), never a
fixture's."""

from __future__ import annotations

from tests.test_capture_company import company
from tests.test_capture_people import ics
from tests.test_capture_people_rules import ME, esc, people_of

from followup.capture.person_shape import looks_like_person
from followup.core.mailboxes import free_mail


def names(data: bytes) -> tuple[list[str], str | None]:
    staff, coord = people_of(data)
    return [n for n, _ in staff], coord[0] if coord else None


def test_a_mail_providers_name_joined_to_the_word_for_mail_is_nobodys_employer() -> None:
    assert free_mail("yahoo-mail.example") and free_mail("webmail.example")
    assert free_mail("posteo.net") and free_mail("mailbox.org")
    assert not free_mail("harbourmail-logistics.example")  # a firm's word beside it
    assert not free_mail("orange.example") and not free_mail("brightwater.example")
    got = company("Vorstellungsgespräch Sam Candidate",
                  "CN=Ulrike Haas:mailto:ulrike.haas@web-mail.example",
                  "Hallo Sam,\n\nbis Donnerstag!\n\nUlrike Haas\nGärtnerei Haas GmbH")
    assert got != "Web Mail" and "Mail" not in got


def test_a_small_firms_trade_word_is_never_part_of_a_persons_name() -> None:
    for firm in ("Kowalczyk Auto Repair", "Bramble Florals", "Juniper Kitchen",
                 "Pharmacie des Lilas", "Werkstatt Oberholz", "Lindqvist Bakery"):
        assert not looks_like_person(firm), firm
    assert looks_like_person("Dana Kitchener") and looks_like_person("Ines Baker")
    data = ics("Bench test – Bike Mechanic",
               "CN=Tomasz Kowal:mailto:tomasz.kowal@gmail.com",
               ["CN=Tomasz Kowal:mailto:tomasz.kowal@gmail.com", ME],
               esc("Sam - come to the workshop and we'll true a wheel together.\n\nTomasz\n"
                   "Kowal Cycle Repair\n12 Mill Lane"))
    got, _ = names(data)
    assert got == ["Tomasz Kowal"]


def test_whom_you_will_meet_is_said_in_the_writers_language_with_their_jobs_before() -> None:
    # Swedish: the organizer who signs and is not among those you meet set it up
    data = ics("Intervju: Servitör",
               "CN=Linnea Berg:mailto:linnea@kvarnkrogen.example",
               ["CN=Olof Strand:mailto:olof@kvarnkrogen.example",
                "CN=Maja Ek:mailto:maja@kvarnkrogen.example", ME],
               esc("Hej Sam!\n\nDu träffar hovmästare Olof Strand och kökschef Maja Ek.\n\n"
                   "Vänliga hälsningar\nLinnea Berg"))
    got, coord = names(data)
    assert sorted(got) == ["Maja Ek", "Olof Strand"] and coord == "Linnea Berg"
    # Spanish, a title of address written short before each name
    data = ics("Entrevista: Recepcionista",
               "CN=Lucía Marín:mailto:lmarin@grupoharo.example",
               ["CN=Andrés Haro:mailto:aharo@grupoharo.example",
                "CN=Elena Haro:mailto:eharo@grupoharo.example", ME],
               esc("Hola Sam:\n\nEstarán el Ing. Andrés Haro (Gerente) y la Lic. Elena Haro "
                   "(Contabilidad).\n\nSaludos,\nLucía Marín\nAsistente de Gerencia"))
    got, coord = names(data)
    assert sorted(got) == ["Andrés Haro", "Elena Haro"] and coord == "Lucía Marín"


def test_someone_named_by_what_they_are_to_the_writer_is_in_the_meeting() -> None:
    # "my foreman A", "our lead groomer A": named for the candidate to meet, with no address
    data = ics("Sam - tiler trial",
               "CN=Keith Darrow:mailto:keith.darrow@gmail.com",
               ["CN=Keith Darrow:mailto:keith.darrow@gmail.com", ME],
               esc("Sam - meet at the site, my foreman Gus Pellew will watch you set a "
                   "floor.\n\nKeith"))
    got, _ = names(data)
    assert sorted(got) == ["Gus Pellew", "Keith Darrow"]


def test_a_title_that_is_the_office_itself_books_the_interview() -> None:
    from followup.capture.small_employer import keeps_the_office

    assert keeps_the_office("Büro & Buchhaltung") and keeps_the_office("Office")
    assert not keeps_the_office("Head of Office Design")
    data = ics("Vorstellungsgespräch: Gärtner (m/w/d)",
               "CN=Petra Lohse:mailto:bewerbung@gaertnerei-lohse.example",
               ["CN=Jens Lohse:mailto:jens@gaertnerei-lohse.example", ME],
               esc("Guten Tag,\n\nIhre Gesprächspartner:\nJens Lohse (Inhaber)\n\n"
                   "Mit freundlichen Grüßen\nPetra Lohse\nBüro & Buchhaltung"))
    got, coord = names(data)
    assert got == ["Jens Lohse"] and coord == "Petra Lohse"


def test_an_interview_team_heading_lists_who_interviews() -> None:
    data = ics("Interview with Sam Candidate for Shift Lead",
               "CN=:mailto:noreply@workablemail.com",
               ["CN=Rosa Vint:mailto:rosa@copperkettle.example",
                "CN=Ade Bello:mailto:ade@copperkettle.example", ME],
               esc("Interview team:\nRosa Vint\nAde Bello\n\nScheduled by Rosa Vint via "
                   "Workable."))
    got, coord = names(data)
    assert sorted(got) == ["Ade Bello", "Rosa Vint"] and coord is None


def test_the_writer_who_only_welcomes_and_wraps_up_set_the_day_up() -> None:
    data = ics("[Onsite] Sam Candidate – Copywriter – Lantern Row Studio",
               "CN=Aiko Mori:mailto:aiko@lanternrow.example",
               ["CN=Aiko Mori:mailto:aiko@lanternrow.example",
                "CN=Femi Ade:mailto:femi@lanternrow.example", ME],
               esc("Hi Sam, the afternoon:\n\n1:00pm  Welcome – Aiko Mori (me)\n1:15pm  Writing "
                   "exercise – Femi Ade (Creative Director)\n2:30pm  Wrap-up – Aiko Mori\n\n"
                   "Aiko Mori\nStudio Manager"))
    got, coord = names(data)
    assert got == ["Femi Ade"] and coord == "Aiko Mori"


def test_a_slot_of_ones_own_on_the_schedule_is_an_interview_whatever_the_title() -> None:
    # the head of people holds the second half hour and is also the one to write to
    data = ics("Interview with Brightloom: Support Engineer",
               "CN=Brightloom:mailto:notifications@app.bamboohr.com",
               ["CN=Ola Nwosu:mailto:ola@brightloom.example",
                "CN=Hana Sato:mailto:hana@brightloom.example", ME],
               esc("Schedule\n10:00 AM - 10:30 AM ET  Ola Nwosu, Support Lead\n"
                   "10:30 AM - 11:00 AM ET  Hana Sato, Head of People\n\nQuestions? Contact "
                   "Hana Sato at people@brightloom.example"))
    got, coord = names(data)
    assert sorted(got) == ["Hana Sato", "Ola Nwosu"] and coord is None


def test_a_given_name_alone_with_its_job_in_brackets_is_a_person() -> None:
    from followup.capture.first_names import first_names

    # sent to them: they hold the trial; the owner who wrote it set it up
    data = ics("Trial shift - Sam (bar)",
               "CN=Rhona Kerr:mailto:rhona@thecrookedpike.example", [ME],
               esc("Trial shift behind the bar, 5pm till close. Ask for Declan (bar "
                   "manager).\n\nRhona\nThe Crooked Pike"))
    got, coord = names(data)
    assert got == ["Declan"] and coord == "Rhona Kerr"
    # a family member the writer names by what they are to her, who holds the talk, while
    # she only keeps the office
    data = ics("Vorstellungsgespräch Sam Candidate",
               "CN=Birgit Moll:mailto:birgit.moll@gmx.de", [ME],
               esc("Hallo Sam,\n\nMeine Schwester Anke (Konditormeisterin) führt das Gespräch, "
                   "ich bin nur fürs Büro zuständig.\n\nViele Grüße\nBirgit Moll"))
    got, coord = names(data)
    assert got == ["Anke"] and coord == "Birgit Moll"
    # no one's job in the brackets, or the last word of a full name: nobody new
    assert first_names("Parking (free) behind the shop.\nLunch (provided).", []) == []
    assert first_names("Teresa Okoro (Office Manager) will meet you.", []) == []
    # a signature line: who arranges it, by the job in brackets
    said = first_names("See you then.\n\nMaren (volunteer, bookings)\n", [])
    assert [(m.name, m.context) for m in said] == [("Maren", "coordinator")]


def test_the_front_desk_in_the_writers_language_books_the_interview() -> None:
    from followup.capture.small_employer import keeps_the_office

    for title in ("Recepción / Administración", "Rezeption", "Accueil", "Administrativa"):
        assert keeps_the_office(title), title
    data = ics("Entrevista - Auxiliar de farmácia",
               "CN=Farmácia Boa Vista:mailto:contato@farmaciaboavista.example",
               ["CN=Jorge Pacheco:mailto:jorge.pacheco@farmaciaboavista.example", ME],
               esc("Olá Sam,\n\nA entrevista será com o Dr. Jorge Pacheco.\n\nAbraço,\n"
                   "Bianca Lopes\nRecepção / Administrativo"))
    got, coord = names(data)
    assert got == ["Jorge Pacheco"] and coord == "Bianca Lopes"


def test_a_studio_and_its_suburb_under_a_signature_are_no_one_and_the_suburb_no_employer() -> None:
    from followup.capture.small_employer import the_town

    assert the_town("Carlton", "Tallow Pilates 12 Rathdowne St, Carlton VIC 3053")
    assert not the_town("Tallow Pilates", "Tallow Pilates 12 Rathdowne St, Carlton VIC 3053")
    data = ics("Class audition - Sam",
               "CN=Mira Osei:mailto:mira.osei@icloud.com",
               ["CN=Mira Osei:mailto:mira.osei@icloud.com", ME],
               esc("Hi Sam, teach me a 20 min mat flow and then we'll chat.\nxx Mira\n"
                   "Tallow Pilates, Carlton"))
    got, coord = names(data)
    assert got == ["Mira Osei"] and coord is None
    got_company = company("Class audition - Sam",
                          "CN=Mira Osei:mailto:mira.osei@icloud.com",
                          "Hi Sam, teach me a 20 min mat flow.\nxx Mira\nTallow Pilates, Carlton",
                          location="Tallow Pilates 12 Rathdowne St, Carlton VIC 3053")
    assert got_company != "Carlton"


def test_a_meeting_field_lists_whom_the_candidate_meets() -> None:
    data = ics("Sam Candidate - interview at Harrow & Finch (Head Barista)",
               "CN=Nia Bright:mailto:nia.bright@brewstaff.example",
               ["CN=Nia Bright:mailto:nia.bright@brewstaff.example", ME],
               esc("Client: Harrow & Finch Coffee\nMeeting: Ollie Grant (Owner) and Priya "
                   "Varma (Head Roaster)\nAsk for Ollie at the counter.\n\nNia Bright\n"
                   "Consultant | Brew Staffing"))
    got, coord = names(data)
    assert sorted(got) == ["Ollie Grant", "Priya Varma"] and coord == "Nia Bright"


def test_a_given_name_that_is_also_a_possessive_somewhere_is_still_a_name() -> None:
    # "Mia", "Mio", "Ma", "Min": given names, never read as "my" before a job
    data = ics("Interview", "CN=Mia Lund:mailto:mia@fjordhaven.example",
               ["CN=Mia Lund:mailto:mia@fjordhaven.example", ME],
               esc("Hi Sam,\n\nScheduled for you by Mia Lund (People Partner).\n\nMia"))
    got, _ = names(data)
    assert got == ["Mia Lund"]
    assert "Lund" not in got
