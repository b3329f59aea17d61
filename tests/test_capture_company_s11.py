"""The employer of an invitation, session 11's round (issue 23, point 1's company): general
habits behind people_dev20/21's misses, each with a new example (no fixture's)."""

from __future__ import annotations

import pytest
from tests.conftest import bench_module
from tests.test_capture_company import company
from tests.test_capture_company_s10b import _with_note


def test_the_mails_signature_spells_out_what_the_domain_abbreviates() -> None:
    # initials after a whole word: "tarn-bh" for Tarnwood Bathroom Holdings, written only in
    # the mail's signature, beats the domain's letters ("Tarn Bh")
    assert _with_note("Screening call - Sam Candidate",
                      "CN=Ada Fenn:mailto:ada.fenn@tarnwood-bh.example",
                      "Hi Sam,\n\nSpeak soon.\n\nAda Fenn | Talent Partner\n"
                      "Tarnwood Bathroom Holdings Ltd\n") == "Tarnwood Bathroom Holdings Ltd"
    # a domain's letters taken from inside a word ("qsf" for Quillside Forge), the trade
    # word after it the domain's own
    assert _with_note("Screening call - Sam Candidate",
                      "CN=Ada Fenn:mailto:ada.fenn@qsf-metals.example",
                      "Hi Sam,\n\nThanks for applying with Quillside Forge Ltd. Speak soon."
                      "\n\nAda").rstrip(".") == "Quillside Forge Ltd"
    # a place a street address follows is no employer, whatever its initials
    assert _with_note("Screening call - Sam Candidate",
                      "CN=Ada Fenn:mailto:ada.fenn@mha.example",
                      "We are at Manor House Annex, 3 Hill Rd.") != "Manor House Annex"
    # a recruitment firm's signature is no employer, whatever its domain abbreviates
    assert _with_note("Screening call - Sam Candidate",
                      "CN=Ada Fenn:mailto:ada.fenn@nrs.example",
                      "Ada Fenn\nNorthgate Recruitment Services") == ""
    # two such words alone may be a person's name: no guess from them
    assert _with_note("Screening call - Sam Candidate",
                      "CN=Ada Fenn:mailto:ada.fenn@qsf-metals.example",
                      "Hi Sam,\n\nYou will meet Quinn Safford. Speak soon.\n\nAda") == ""
    # the domain is the name's start, the company's word after it in the signature
    assert _with_note("Screening call - Sam Candidate",
                      "CN=Ada Fenn:mailto:ada.fenn@brackenmoor.example",
                      "Hi Sam,\n\nSpeak soon.\n\nAda Fenn\nBrackenmoor Analytics") == \
        "Brackenmoor Analytics"
    # the domain is the name's first word, the name ends in an institution's word
    assert _with_note("Screening call - Sam Candidate",
                      "CN=Ada Fenn:mailto:ada.fenn@harlow.ac.example",
                      "Thanks for applying to Harlow Valley College.\n\nAda") == \
        "Harlow Valley College"
    # a person's name the domain happens to start is no employer ("Harlow Quint")
    assert _with_note("Screening call - Sam Candidate",
                      "CN=Ada Fenn:mailto:ada.fenn@harlowbreads.example",
                      "Thanks, Sam.\n\nHarlow Quint") != "Harlow Quint"
    # an accent the domain folds
    assert _with_note("Screening call - Sam Candidate",
                      "CN=Ada Fenn:mailto:ada.fenn@tuigardens.example",
                      "Ada Fenn, People at Tūī Gardens") == "Tūī Gardens"


def test_a_domains_letters_with_no_vowel_are_no_name() -> None:
    # "ptk" spells nobody's name: no guess (asked, flagged) rather than "Ptk Group"
    assert _with_note("Screening call - Sam Candidate",
                      "CN=Ada Fenn:mailto:ada.fenn@ptk-group.example",
                      "Hi Sam,\n\nSpeak soon.\n\nAda") == ""
    # a domain of words is still the guess for want of a better one
    assert _with_note("Screening call - Sam Candidate",
                      "CN=Ada Fenn:mailto:ada.fenn@heronfield-homes.example",
                      "Hi Sam,\n\nSpeak soon.\n\nAda") == "Heronfield Homes"


def test_a_recruitment_firm_books_for_the_employer_it_introduces() -> None:
    # the firm signs, a sentence introduces the employer without "our client"
    attendee = "CN=Ines Varga:mailto:ines.varga@lowmoor.example"
    assert company("Interview: Senior Surveyor (Lowmoor)",
                   "CN=Tom Reyes:mailto:tom.reyes@brightwork-staffing.example",
                   "Hi Sam,\n\nYour interview with Lowmoor Water Authority for the Senior "
                   "Surveyor post is booked.\n\nTom Reyes\nBrightwork Staffing\n",
                   (attendee,)) == "Lowmoor Water Authority"
    # the firm's name alone is no reason to look past it when nobody else is introduced
    assert company("Interview: Senior Surveyor",
                   "CN=Tom Reyes:mailto:tom.reyes@brightwork-staffing.example",
                   "Hi Sam,\n\nSee you then.\n\nTom Reyes\nBrightwork Staffing\n") == \
        "Brightwork Staffing"
    # a panel member's domain confirms the client a sentence introduces
    assert company("Interview: Payroll Clerk",
                   "CN=Tom Reyes:mailto:tom.reyes@brightwork-recruitment.example",
                   "You will meet the finance team at Oakhurst Dairies.\n\nTom Reyes\n"
                   "Brightwork Recruitment",
                   ("CN=Meg Lowe:mailto:meg.lowe@oakhurstdairies.example",)) == "Oakhurst Dairies"
    # a place a sentence introduces is no client
    assert company("Interview: Payroll Clerk",
                   "CN=Tom Reyes:mailto:tom.reyes@brightwork-staffing.example",
                   "See you at Kings Cross.\n\nTom Reyes\nBrightwork Staffing") != "Kings Cross"
    # a search engine's "Search" is no headhunter's
    assert company("Interview – Ranking Engineer",
                   "CN=Ida Holm:mailto:ida.holm@brightsearch.example",
                   "Join us at Bright Search Labs! You'll meet Tom from Data Platform.") == \
        "Bright Search Labs"

    # a lone recruiter writes "my client", as a firm writes "our client"
    assert company("Interview – Finance Manager",
                   "CN=Rae Cole:mailto:rae@coleassociates.example",
                   "Hi Sam, my client Dunmore Foods would like to meet you.\n\nRae Cole\n"
                   "Cole Associates") == "Dunmore Foods"


def test_an_institutions_for_that_leads_to_the_job_is_not_its_name() -> None:
    # "Trust for the … post": the job, not "the Fund for Rural Resilience"
    assert company("Interview - Sam Candidate",
                   "CN=Ola Berg:mailto:ola.berg@kelsotrust.example",
                   "Your interview with Kelso Heritage Trust for the Collections Officer post "
                   "is confirmed.") == "Kelso Heritage Trust"
    assert company("Interview - Sam Candidate",
                   "CN=Ola Berg:mailto:ola.berg@frr.example",
                   "Your interview with the Fund for Rural Resilience is confirmed.") == \
        "Fund for Rural Resilience"


def test_a_lone_title_piece_the_domain_does_not_name_is_no_employer() -> None:
    # "Interview: Pot Washer" from pellmell-hotels: the job, whatever the role's word list
    assert company("Interview: Pot Washer",
                   "CN=Jo Pike:mailto:jo.pike@pellmell-hotels.example") != "Pot Washer"
    # a piece the domain starts is the employer's
    assert company("Interview: Pellmell Grand",
                   "CN=Jo Pike:mailto:jo.pike@pellmell-hotels.example") == "Pellmell Grand"
    # a piece that ends in a company's word is a name, whatever the domain (a brand's)
    assert company("Interview: Tarrow Pet Insurance",
                   "CN=Jo Pike:mailto:jo.pike@furcover.example") == "Tarrow Pet Insurance"
    # what an interview is "for" is the job, with free mail too
    assert company("Interview for Pot Washer – Sam Candidate",
                   "CN=Jo Pike:mailto:jo.pike@gmail.com") != "Pot Washer"
    assert company("Interview for Pot Washer – Pellmell Grand Hotel",
                   "CN=Jo Pike:mailto:jo.pike@gmail.com") == "Pellmell Grand Hotel"


def test_a_panel_members_part_in_brackets_is_no_employer() -> None:
    # "(External Examiner)" after a panel member's line is their part on the panel
    assert company("Interview: Lecturer in History - REF-2027-04",
                   "CN=HR Recruitment:mailto:recruitment@marrick.ie.example",
                   "Interview Board:\nProf. Ruth Amis, Dean of Arts (Chair)\n"
                   "Prof. Ken Oduya, Lakeland College (External Examiner)\n",
                   ("CN=Ruth Amis:mailto:ruth.amis@marrick.ie.example",
                    "CN=Ken Oduya:mailto:ken.oduya@gmail.com")) != "External Examiner"


def test_a_person_of_the_invitation_is_never_its_employer() -> None:
    # the organizer signs with their own name, which the domain happens to start
    assert company("Interview – Junior Analyst",
                   "CN=Marlow Quint:mailto:marlow@marlowbakes.example",
                   "Marlow Quint\nOwner") != "Marlow Quint"


def test_free_mail_signs_with_the_firms_name() -> None:
    # a small firm's owner writes from gmail; the firm is in the signature under their name
    assert _with_note("Trial shift - Sam",
                      "CN=Rosa Quell:mailto:rosa.quell@gmail.com",
                      "Hi Sam,\n\nCome by at ten.\n\nRosa Quell\nOwner, Lantern Lane Deli\n"
                      "07700 900123") == "Lantern Lane Deli"
    # with an employer's domain the signature adds nothing the domain does not say
    assert _with_note("Trial shift - Sam",
                      "CN=Rosa Quell:mailto:rosa.quell@lanternlane.example",
                      "Hi Sam,\n\nRosa Quell | Brightside Staffing") != "Brightside Staffing"


def test_a_comma_inside_the_title_before_a_sentences_words_ends_the_name() -> None:
    # "(Firm, the job's words)" on a personal calendar
    assert company("Lunch – Sam / Ines (Corvo Bindery, junior binder role)",
                   "CN=Ines Vaz:mailto:ines.vaz@icloud.com") == "Corvo Bindery"


def test_a_sentence_introduces_an_organisation_that_looks_like_a_persons_name() -> None:
    # "Riverbank Kitchens" could be two names; "your interest in" says it is a firm, and
    # "rbk" abbreviates it
    assert _with_note("Interview: Service Technician",
                      "CN=Lia Moss:mailto:lia.moss@rbk.example",
                      "Thank you for your interest in Riverbank Kitchens. See you soon.") == \
        "Riverbank Kitchens"


def test_a_relays_display_name_its_domain_writes_anywhere_is_the_service() -> None:
    # "Workday" at myworkday.com is the service, not the employer the sentence names
    assert company("Interview (Sam Candidate) - Staff Nurse",
                   "CN=Workday:mailto:noreply@myworkday.com",
                   "Your interview with Larchfield Hospice has been scheduled.") == \
        "Larchfield Hospice"


# Session 11's floors of the employer: people_dev20 and people_dev21 were written blind for
# this round and scored before their misses were read (company 0.975 / 0.975: the round's
# unseen estimate); the older folders these rules raised keep their new figure.
# The second round read people_dev18/19 (held-out set 9) and people_dev22/23/24 (set 10),
# retired unread; before it 0.95 / 0.875 / 0.875 / 0.975 / 0.90 (test_capture_company_s11b).
# Session 12 read people_dev25/26, written blind for it (company 0.85 / 0.90 before, strict;
# 0.90 / 0.925 by any name the file writes): 0.95 / 0.975 after (1.0 / 1.0 by any name),
# and the rules raised dev14, dev19 and dev24 to 0.975 (test_capture_company_s12).
# Its second round read people_dev27..30 (dev29/30 held-out set 11, retired): company 0.80 /
# 0.95 / 0.90 / 0.925 before, 0.90 / 0.95 / 0.975 / 0.925 after (test_capture_company_s12b).
COMPANY_FLOOR = {"dev3": 0.975, "dev6": 0.975, "dev9": 1.0, "dev14": 0.975, "dev15": 0.975,
                 "dev16": 1.0, "dev20": 1.0, "dev21": 1.0, "dev18": 1.0, "dev19": 1.0,
                 "dev22": 1.0, "dev23": 0.975, "dev24": 0.975, "dev25": 0.95, "dev26": 1.0,
                 "dev27": 0.95, "dev28": 0.95, "dev29": 1.0, "dev30": 0.95,
                 "dev31": 1.0, "dev32": 1.0, "dev33": 0.95, "dev34": 0.875,  # 33-34 unread
                 # 35-37: session 13, 0.75 / 0.75 / 0.85 unread; its small-employer round
                 # read 35/36 (capture/small_employer.py), 37 scored only
                 "dev35": 0.95, "dev36": 0.95, "dev37": 0.875,  # merged with employer_settle
                 # held-out set 13, retired unread after its second score
                 "dev38": 0.925, "dev39": 0.975, "dev40": 0.975, "dev41": 0.825, "dev42": 0.925,
                 "dev43": 0.85, "dev44": 0.925,  # session 13: 0.70 / 0.80 unread, then read
                 # session 14 read dev45..47 (0.675 / 0.65 / 0.725 before), dev38, dev39,
                 # dev41 and dev43: small employers, agencies' clients, the company's own round
                 # (tests/test_capture_r14_*.py)
                 # session 15 (r15-company: the name the file calls the employer by, over
                 # its footer's registered name) raised dev32, dev42, dev45 and dev46
                 # session 17 (r17b-company, scored only: a one-word common noun is no name) dev41
                 "dev45": 0.80, "dev46": 0.825, "dev47": 0.85}
# dev27..30 were read by session 12's second round (before it 0.80 / 0.95 / 0.90 / 0.925);
# dev31..32 by session 13's (before it 0.80 / 0.825; dev33..34 only scored, unmoved)


@pytest.mark.parametrize("part", sorted(COMPANY_FLOOR))
def test_session_11s_company_floor(part: str) -> None:
    got = bench_module("capture_blind").invitations(part, False)
    assert got["company"] >= COMPANY_FLOOR[part] - 1e-9, (part, got)
    assert got["stored_with_yes"] == 1.0, (part, got)
