"""Who is who when an English letter names people in prose (issue 23, session 15): who is
away or sends apologies (no one met), who may pop in, who only takes the candidate's questions, a
welcome and a close by the same person, a first name to contact, a forwarded letter. Each
habit on invitations written for this test (other names, companies and wordings than the
development folders')."""

from __future__ import annotations

from tests.test_capture_people import ics
from tests.test_capture_people_rules import ME, esc, people_of


def names(data: bytes) -> tuple[list[str], str | None]:
    staff, coord = people_of(data)
    return sorted(n for n, _ in staff), coord[0] if coord else None


def test_a_panellist_who_sends_apologies_is_no_one_met() -> None:
    # blind writers list them as interviewers (their truth has no kind for someone named who
    # will not be there); the product must not thank someone who was not in the room
    data = ics("Interview – Grants Officer", "CN=Moana Reweti:mailto:moana@awhina-trust.example",
               ["CN=Moana Reweti:mailto:moana@awhina-trust.example",
                "CN=Tui Harawira:mailto:tui@awhina-trust.example", ME],
               esc("Kia ora Sam,\n\nTui Harawira and I will interview you; Ropata Kingi is on "
                   "leave that week and sends his apologies.\n\nMoana Reweti\nGrants Manager"))
    assert names(data) == (["Moana Reweti", "Tui Harawira"], None)
    data = ics("Updated: Panel – Site Engineer",
               "CN=Gareth Pugh:mailto:gareth.pugh@cambrian-civils.example",
               ["CN=Ffion Lloyd:mailto:ffion.lloyd@cambrian-civils.example", ME],
               esc("Hi Sam,\n\nA quick change: Owain Davies can no longer make it. Ffion Lloyd, "
                   "our Senior Site Manager, will join me instead.\n\nGareth Pugh\nContracts "
                   "Manager"))
    assert names(data) == (["Ffion Lloyd", "Gareth Pugh"], None)


def test_someone_who_may_pop_in_is_one_of_the_people_met() -> None:
    data = ics("Sam / Rosa – Data Engineer call",
               "CN=Rosa Lindqvist:mailto:rosa.lindqvist@tallgrass-data.example",
               ["CN=Rosa Lindqvist:mailto:rosa.lindqvist@tallgrass-data.example", ME],
               esc("Hi Sam, just the two of us today, though Arjun Mehta from Platform Eng "
                   "might drop by for the last few minutes to say hello.\n\nRosa"))
    assert names(data) == (["Arjun Mehta", "Rosa Lindqvist"], None)
    data = ics("Chat – Barista", "CN=Nell Quigley:mailto:nell@corner-roast.example",
               ["CN=Nell Quigley:mailto:nell@corner-roast.example", ME],
               esc("Hi Sam,\n\nOur head roaster, Declan Foy, will also swing by at the end.\n\n"
                   "Nell"))
    assert names(data) == (["Declan Foy", "Nell Quigley"], None)


def test_nobody_pops_in_when_the_text_names_a_team_or_a_pronoun() -> None:
    data = ics("Chat – Barista", "CN=Nell Quigley:mailto:nell@corner-roast.example",
               ["CN=Nell Quigley:mailto:nell@corner-roast.example", ME],
               esc("Hi Sam,\n\nSomeone from the Kitchen may pop in, and We may drop by the "
                   "roastery after.\n\nNell"))
    assert names(data) == (["Nell Quigley"], None)


def test_a_recruiters_question_slot_is_no_interview_but_a_leads_is() -> None:
    data = ics("Interview – Claims Adjuster", "CN=Bea Lund:mailto:fjellmutual@myworkday.com",
               [ME],
               esc("Schedule (Mountain Time):\n9:00 AM  Carl Novak, Claims Director\n"
                   "9:45 AM  Q&A with Bea Lund, Talent Acquisition Partner\n"))
    assert names(data) == (["Carl Novak"], "Bea Lund")
    data = ics("Onsite – Firmware Engineer", "CN=Loop:mailto:c_77ab@group.calendar.google.com",
               [ME],
               esc("Schedule:\n10:00  Yusuf Kaya, Firmware Lead\n"
                   "10:45  Q&A - Hana Sato, Test Engineer\n"))
    assert names(data) == (["Hana Sato", "Yusuf Kaya"], None)


def test_who_welcomes_and_closes_a_day_sets_it_up_before_a_teams_mailbox() -> None:
    data = ics("Graduate Assessment Day", "CN=:mailto:graduates@brightwater-energy.example",
               [ME],
               esc("Schedule:\n09:00  Welcome - Ines Carvalho (Graduate Recruitment Lead)\n"
                   "09:30  Case study - assessors Femi Bello and Ruth Amsel\n"
                   "12:00  Close - Ines Carvalho\n"))
    assert names(data) == (["Femi Bello", "Ruth Amsel"], "Ines Carvalho")


def test_a_first_name_to_contact_in_the_people_team_set_it_up() -> None:
    data = ics("Interview – QA Analyst", "CN=:mailto:careers@moorland-games.example",
               [ME, "CN=Pavel Novak:mailto:pavel.novak@moorland-games.example"],
               esc("Hi Sam,\n\nYou will meet Pavel Novak (QA Lead).\n\nTo move the time, "
                   "email Bronwen on our Talent team at careers@moorland-games.example."))
    assert names(data) == (["Pavel Novak"], "Bronwen")


def test_a_forwarded_letters_separator_is_no_one() -> None:
    data = ics("Fwd: Interview – Plant Manager",
               "CN=Hugo Brandt:mailto:hugo.brandt@elbe-foods.example",
               ["CN=Hugo Brandt:mailto:hugo.brandt@elbe-foods.example", ME],
               esc("Sam - resending this myself.\n\nHugo\n\n-----Original Message-----\n"
                   "From: Kerstin Ahl\n\nDear Sam, please find below your interview with Hugo "
                   "Brandt, COO.\n\nKerstin Ahl\nExecutive Assistant to the COO"))
    staff, _ = names(data)
    assert "Original Message" not in staff and "Hugo Brandt" in staff


def test_whom_you_will_meet_is_met_and_a_writer_named_among_them_is_too() -> None:
    org = "CN=Hannah Ford:mailto:hannah.ford@larchfield.example"
    data = ics("Interview – Financial Analyst", org, [org.replace("ORGANIZER", ""), ME],
               esc("Hi Sam,\n\nYou'll meet Sarah Jones, who leads our Data team, and James "
                   "Lee from Engineering.\n\nThanks,\nHannah Ford\nRecruiter"))
    assert names(data) == (["James Lee", "Sarah Jones"], "Hannah Ford")
    org = "CN=Ilse Vermaak:mailto:ilse@karoo-olives.example"
    data = ics("Interview – Farm Manager", org, ["CN=Johan Botes:mailto:johan@karoo-olives."
                                                 "example", ME],
               esc("Hi Sam, you'll meet me (owner) and Johan Botes (grove manager), then a "
                   "walk through the orchard. Ilse"))
    assert names(data) == (["Ilse Vermaak", "Johan Botes"], None)
    org = "CN=Margaux Petit:mailto:margaux.petit@rivage-logistique.example"
    data = ics("Second interview – Demand Planner", org,
               ["CN=Lucas Moreau:mailto:lucas.moreau@rivage-logistique.example", ME],
               esc("Hello Sam,\n\nYou will meet Lucas Moreau and Margaux from the planning "
                   "team.\n\nBest,\nMargaux"))
    assert names(data) == (["Lucas Moreau", "Margaux Petit"], None)


def test_whom_an_assistant_books_for_is_met_and_the_assistant_set_it_up() -> None:
    org = "CN=Tamsin Blake:mailto:tamsin.blake@harrowgate-law.example"
    data = ics("Meeting – Trainee Solicitor", org, [org, ME],
               esc("Dear Sam,\n\nI am writing on behalf of Rupert Vance, Senior Partner, who "
                   "would like to meet you.\n\nKind regards,\nTamsin Blake\nPA to Rupert "
                   "Vance"))
    assert names(data) == (["Rupert Vance"], "Tamsin Blake")
    data = ics("Meeting – Trainee Solicitor", org, [org, ME],
               esc("Dear Sam,\n\nPlease find the invitation for Thursday at our Leeds office."
                   "\n\nKind regards,\nTamsin Blake\nExecutive Assistant to Dr. Ngozi Adebayo"))
    assert names(data) == (["Ngozi Adebayo"], "Tamsin Blake")


def test_an_employer_written_after_on_behalf_of_is_no_one() -> None:
    org = "CN=Tamsin Blake:mailto:tamsin.blake@harrowgate-law.example"
    data = ics("Interview – Paralegal", org, [org, ME],
               esc("Dear Sam,\n\nI am writing on behalf of Harrowgate Vance, who would like "
                   "to invite you to interview.\n\nTamsin Blake\nPartner"))
    assert names(data) == (["Tamsin Blake"], None)


def test_a_panel_a_sentence_names_chair_members_and_apologies() -> None:
    org = "CN=Resourcing:mailto:resourcing@tarnside-council.example"
    data = ics("Interview – Senior Planning Officer", org, [ME],
               esc("Dear Sam,\n\nThe panel will be chaired by Cllr Bethan Rhys, with Owen "
                   "Pryce and Carys Morgan. Apologies from Idris Bowen, who is on leave.\n\n"
                   "Resourcing Team"))
    got, _ = names(data)
    assert sorted(n.removeprefix("Cllr ") for n in got) == [
        "Bethan Rhys", "Carys Morgan", "Owen Pryce"]
    data = ics("Interview – Lab Technician", org, [ME],
               esc("Dear Sam,\n\nDr. Farah Iqbal will chair the panel. You will be "
                   "interviewed by a panel of Gethin Lloyd and two colleagues.\n\n"
                   "Resourcing Team"))
    got, _ = names(data)
    assert sorted(got) == ["Dr. Farah Iqbal", "Gethin Lloyd"]


def test_a_team_led_by_someone_is_not_their_interview() -> None:
    org = "CN=Resourcing:mailto:resourcing@tarnside-council.example"
    data = ics("Interview – Planning Officer", org, [ME],
               esc("Dear Sam,\n\nThe role sits in the Planning team, led by Gwen Harries. "
                   "You will meet Aled Evans.\n\nResourcing Team"))
    assert names(data)[0] == ["Aled Evans"]
