"""Who is who when HR offices in Central Europe, Türkiye, Israel and East Asia write the
invitation in their own language or mix it with English: names declined or addressed in the
sentence, one person written in two scripts, a letter signed with the team before the name,
the team mailboxes and HR titles of those languages (issue 23, session 15). Each habit on an
invitation written for this test (new people, new organisations, another wording)."""

from __future__ import annotations

from tests.test_capture_people import ics
from tests.test_capture_people_rules import ME, esc, people_of

from followup.capture.addresses import is_relay
from followup.capture.cjk_signature import one_script
from followup.capture.name_forms import bare, declined
from followup.capture.names import titled
from followup.capture.spelling import plain, spells


def names(data: bytes) -> tuple[list[str], str | None]:
    staff, coord = people_of(data)
    return [n for n, _ in staff], coord[0] if coord else None


def test_a_name_declined_by_the_sentence_is_the_attendee_not_a_second_person() -> None:
    assert declined("Tomaszem Nowakiem", "Tomasz Nowak")
    assert declined("Kiss Annával", "Kiss Anna")
    assert declined("Fekete Balázst", "Fekete Balázs")
    assert not declined("Anna Nowak", "Tomasz Nowak")
    data = ics("Rozmowa – Data Engineer – Wisła Logistics",
               "CN=Ewa Zając:mailto:ewa.zajac@wislalogistics.example",
               [ME, "CN=Tomasz Nowak:mailto:tomasz.nowak@wislalogistics.example"],
               esc("Dzień dobry,\n\nzapraszamy na rozmowę z Tomaszem Nowakiem (Head of Data)."
                   "\n\nPozdrawiam,\nEwa Zając\nSpecjalistka ds. rekrutacji"))
    got, coord = names(data)
    assert got == ["Tomasz Nowak"] and coord == "Ewa Zając"


def test_a_form_of_address_after_or_before_a_name_is_not_part_of_it() -> None:
    assert bare("이서준님") == "이서준"
    assert bare("Mehmet Bey") == "Mehmet"
    assert bare("Mgr. Petra Svobodová") == "Petra Svobodová"
    assert bare("Pani Joanna Wiśniewska") == "Joanna Wiśniewska"
    assert bare("Pan Wei") == "Pan Wei"
    assert bare("Park Ji-hoon") == "Park Ji-hoon"
    data = ics("Teknik Mülakat – Veri Analisti",
               "CN=Selin Aydın:mailto:selin.aydin@egeenerji.example",
               [ME, "CN=Mehmet Öztürk:mailto:mehmet.ozturk@egeenerji.example"],
               esc("Merhaba Sam,\n\nMülakatınız Mehmet Bey (Mehmet Öztürk, Veri Ekibi "
                   "Lideri) ile yapılacaktır.\n\nSaygılarımızla,\nSelin Aydın\n"
                   "İnsan Kaynakları Uzmanı"))
    got, coord = names(data)
    assert got == ["Mehmet Öztürk"] and coord == "Selin Aydın"


def test_letters_an_address_writes_without_their_mark_spell_the_name() -> None:
    assert plain("Yıldız Łukasz Đặng") == "yildiz lukasz dang"
    assert spells("deniz.yildirim", "Deniz Yıldırım")
    assert spells("pawel.michalski", "Paweł Michalski")


def test_a_team_mailbox_in_the_local_language_is_nobody() -> None:
    for mailbox in ("toborzas@", "ik@", "kadry@", "nabor@", "recrutare@", "saiyo@",
                    "tuyendung@", "zhaopin@"):
        assert is_relay(f"{mailbox}someemployer.example"), mailbox
    assert not is_relay("ikram@someemployer.example")
    data = ics("Interjú – Backend fejlesztő",
               "CN=Tiszavíz Zrt. Toborzás:mailto:toborzas@tiszaviz.example;"
               "SENT-BY=\"mailto:molnar.reka@tiszaviz.example\"",
               [ME, "CN=Varga Bence:mailto:varga.bence@tiszaviz.example",
                "ROLE=OPT-PARTICIPANT;CN=Molnár Réka:mailto:molnar.reka@tiszaviz.example"],
               esc("Kedves Sam,\n\nAz interjút Varga Bence vezeti.\n\nÜdvözlettel,\n"
                   "Molnár Réka\nHR"))
    got, coord = names(data)
    assert got == ["Varga Bence"] and coord == "Molnár Réka"


def test_a_job_written_in_the_local_language_is_no_person() -> None:
    for job in ("Yazılım Mühendisi", "Ürün Yöneticisi", "Vezető fejlesztő",
                "Inginer Software", "Inżynier danych"):
        assert titled(job), job
    data = ics("Mülakat – Yazılım Mühendisi",
               "CN=Kerem Şahin:mailto:kerem.sahin@bosforyazilim.example",
               [ME, "CN=Kerem Şahin:mailto:kerem.sahin@bosforyazilim.example"],
               esc("Merhaba,\n\nKıdemli Yazılım Mühendisi (Senior Software Engineer) "
                   "pozisyonu için görüşmemiz.\n\nKerem Şahin"))
    got, _ = names(data)
    assert got == ["Kerem Şahin"]


def test_who_leads_the_interview_in_czech_polish_or_romanian_is_met() -> None:
    data = ics("Pohovor – Data Analyst – Vltava Energy",
               "CN=Tereza Dvořáková:mailto:tereza.dvorakova@vltavaenergy.example",
               [ME, "CN=Martin Novotný:mailto:martin.novotny@vltavaenergy.example"],
               esc("Dobrý den,\n\npohovor povede Martin Novotný, vedoucí analytiky. "
                   "Za HR Tereza Dvořáková."))
    got, coord = names(data)
    assert got == ["Martin Novotný"] and coord == "Tereza Dvořáková"
    data = ics("Rozmowa – QA Engineer",
               "CN=Katarzyna Mazur:mailto:noreply@smartrecruiters.com",
               [ME, "CN=Adam Krawczyk:mailto:adam.krawczyk@baltykgames.example",
                "CN=Ola Sikora:mailto:ola.sikora@baltykgames.example"],
               esc("Dzień dobry,\n\nRozmowę przeprowadzą: Adam Krawczyk (QA Lead) i "
                   "Ola Sikora (Producer).\n\nZespół Rekrutacji"))
    got, coord = names(data)
    assert sorted(got) == ["Adam Krawczyk", "Ola Sikora"] and coord == "Katarzyna Mazur"


def test_a_letter_signed_with_the_team_then_the_name_in_cjk_is_signed_by_its_writer() -> None:
    data = ics("【面接】データエンジニア / Sam Candidate 様",
               "CN=noreply:mailto:noreply@workablemail.com",
               [ME, "CN=山本 大輔:mailto:yamamoto.daisuke@hikarilabs.example"],
               esc("Sam Candidate 様\n\n面接官：山本 大輔（テックリード）\n\n"
                   "よろしくお願いいたします。\n\n人事部 小川 美咲"))
    got, coord = names(data)
    assert got == ["山本 大輔"] and coord == "小川 美咲"
    data = ics("面試邀請：韌體工程師",
               "CN=noreply:mailto:noreply@workablemail.com",
               [ME, "CN=陳建宏:mailto:chen.jianhong@yushanchip.example"],
               esc("Sam 您好，\n\n面試官：陳建宏 經理\n\n人資部 林雅婷 敬上"))
    got, coord = names(data)
    assert got == ["陳建宏"] and coord == "林雅婷"


def test_one_person_written_in_two_scripts_is_one_person() -> None:
    assert one_script("Interviewers: 王志強 (Wang Chih-chiang), Lee Mei") == \
        "Interviewers: 王志強, Lee Mei"
    assert one_script("面接官：佐藤 (Product Lead)") == "面接官：佐藤 (Product Lead)"
    assert one_script("Best,\nKevin Liu 刘凯\nRecruiting") == "Best,\nKevin Liu\nRecruiting"
    data = ics("Interview – Firmware Engineer",
               "CN=Kevin Liu:mailto:kevin.liu@lotusdevices.example",
               [ME, "CN=王志強:mailto:wang.zhiqiang@lotusdevices.example"],
               esc("Hi Sam,\n\nYour interview with 王志強 (Wang Chih-chiang) is confirmed. "
                   "He will interview you himself.\n\nBest,\nKevin Liu 刘凯\n"
                   "Talent Acquisition"))
    got, coord = names(data)
    assert got == ["王志強"] and coord == "Kevin Liu"


def test_the_review_of_a_take_home_is_a_meeting_its_writer_holds() -> None:
    data = ics("Take-home review – Sam Candidate",
               "CN=Yael Ben-David:mailto:yaelb@carmelsoft.example",
               [ME, "ROLE=OPT-PARTICIPANT;CN=Noam Peretz:mailto:noamp@carmelsoft.example"],
               esc("Hi Sam,\n\nLooking forward to it. We'll go through your solution "
                   "together.\n\nThanks,\nYael Ben-David\nBackend Team Lead"))
    got, coord = names(data)
    assert sorted(got) == ["Noam Peretz", "Yael Ben-David"] and coord is None


def test_two_people_on_one_slot_parted_by_a_comma_both_hold_it() -> None:
    data = ics("Onsite – Security Analyst",
               "CN=Tamar Shani:mailto:tamar.shani@galilsec.example",
               [ME],
               esc("Your schedule:\n\n09:00 - 09:45  Avi Ronen - Hiring manager\n"
                   "09:45 - 10:30  Maya Dror, Itay Levin - Threat hunting exercise\n\n"
                   "Best,\nTamar Shani\nRecruiting Coordinator"))
    got, coord = names(data)
    assert sorted(got) == ["Avi Ronen", "Itay Levin", "Maya Dror"] and coord == "Tamar Shani"


def test_a_team_that_signs_alone_in_korean_or_japanese_is_no_person() -> None:
    from followup.capture.cjk_signature import cjk_signers

    assert cjk_signers("감사합니다.\n동해에너지 인사팀 드림", []) == []
    assert cjk_signers("よろしくお願いいたします。\n採用チーム 一同", []) == []
    assert [m.name for m in cjk_signers("감사합니다.\n인사팀 최민지 드림", [])] == ["최민지"]


def test_of_a_name_and_its_romanisation_the_form_the_attendees_use_stays() -> None:
    assert one_script("Interviewer: 松本 翔 (Sho Matsumoto)", ["Sho Matsumoto"]) == \
        "Interviewer: Sho Matsumoto"
    assert one_script("Interviewer: 松本 翔 (Sho Matsumoto)", ["松本 翔"]) == \
        "Interviewer: 松本 翔"


def test_a_vietnamese_form_of_address_before_a_listed_name_is_not_the_name() -> None:
    from followup.capture.name_forms import unaddressed

    assert unaddressed("Người phỏng vấn: anh Lê Văn Nam, chị Trần Mai") == \
        "Người phỏng vấn: Lê Văn Nam, Trần Mai"
    assert unaddressed("Kính gửi anh/chị Sam") == "Kính gửi anh/chị Sam"
    data = ics("Phỏng vấn: Kế toán trưởng – Sông Hồng Foods",
               "CN=noreply:mailto:noreply@icims.com",
               [ME],
               esc("Kính gửi anh/chị Sam Candidate,\n\nNgười phỏng vấn: anh Lê Văn Nam "
                   "(CFO), chị Trần Thị Mai (Kế toán trưởng)\n\nNgười liên hệ: Hoàng Bảo "
                   "Ngọc – Chuyên viên tuyển dụng"))
    got, coord = names(data)
    assert sorted(got) == ["Lê Văn Nam", "Trần Thị Mai"] and coord == "Hoàng Bảo Ngọc"


def test_the_team_or_the_contact_label_in_the_local_language_sets_it_up() -> None:
    for title in ("İşe Alım Uzmanı", "HRBP", "Kadry i płace", "Personalistka"):
        assert titled(title), title
    assert not titled("Kadri Tamm")
    data = ics("Rozmowa – Analityk danych",
               "CN=Jan Kowalski:mailto:jan.kowalski@mazowszedata.example",
               [ME, "CN=Jan Kowalski:mailto:jan.kowalski@mazowszedata.example"],
               esc("Dzień dobry,\n\nzapraszam na rozmowę.\n\nOsoba kontaktowa: Zofia "
                   "Lis\n\nJan Kowalski\nKierownik Analityki"))
    got, coord = names(data)
    assert got == ["Jan Kowalski"] and coord == "Zofia Lis"


def test_one_home_strips_a_form_of_address_after_a_name() -> None:
    # (capture.name_forms.without_address_after: asked by the declined-name match and by
    # capture.mention_more for the names a text writes)
    from followup.capture.name_forms import bare, without_address_after

    assert without_address_after("Ayşe Yılmaz Hanımefendi") == "Ayşe Yılmaz"
    assert without_address_after("中村 様") == "中村"
    assert without_address_after("김민수님") == "김민수"
    assert without_address_after("Tanaka-san") == "Tanaka"
    assert without_address_after("様") == "様"
    assert bare("Pani Agnieszka Wróbel") == "Agnieszka Wróbel"
    assert bare("Sayın Emre Kaya Bey") == "Emre Kaya"
