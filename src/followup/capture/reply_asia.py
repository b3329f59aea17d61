"""How an employer writing in Hindi (Latin script and Devanagari), Indonesian or Malay,
Vietnamese, Thai or Tagalog says the outcome of an application, the day of a decision and the
day an out-of-office writer is back (capture/reply_languages reads them). Plain words only,
each bounded as a whole word where the script spaces its words."""

from __future__ import annotations

import re

_I = re.IGNORECASE
# hi "hum kisi aur candidate ke saath aage badh rahe hain", "हमने किसी अन्य उम्मीदवार को चुना";
# id/ms "kami memutuskan untuk melanjutkan dengan kandidat lain", "belum dapat melanjutkan
# lamaran Anda", "posisi tersebut telah terisi"; vi "chúng tôi đã chọn ứng viên khác", "chưa
# phù hợp"; th "เราได้เลือกผู้สมัครท่านอื่น", "ไม่ผ่านการคัดเลือก"; tl "pumili kami ng ibang
# kandidato", "hindi ka namin maipagpapatuloy"
REJECTED = re.compile(
    r"\b(?:kisi\s+)?(?:aur|dusre|doosre|anya)\s+(?:candidate|ummeedvaar|umeedwar)\s+(?:ke\s+saath|"
    r"ko)\s+(?:aage|chun|select)\w*|"
    r"(?:किसी\s+)?(?:अन्य|दूसरे|और)\s+(?:उम्मीदवार|कैंडिडेट)\s+(?:को\s+चुन|के\s+साथ\s+आगे)|"
    r"आगे\s+नहीं\s+बढ़|"
    r"\b(?:melanjutkan|meneruskan)\s+(?:proses\s+)?dengan\s+(?:kandidat|calon|pelamar)\s+lain\b|"
    r"\b(?:belum|tidak)\s+dapat\s+(?:melanjutkan|meneruskan|memproses)\s+(?:lamaran|permohonan|"
    r"proses)\b|\bposisi\s+(?:tersebut\s+|ini\s+)?(?:telah|sudah)\s+terisi\b|"
    r"\btidak\s+(?:lolos|berjaya)\b|\bmemilih\s+(?:kandidat|calon)\s+lain\b|"
    r"\b(?:đã\s+)?chọn\s+(?:một\s+)?ứng\s+viên\s+khác\b|\bchưa\s+phù\s+hợp\b|"
    r"\bkhông\s+(?:thể\s+)?tiếp\s+tục\s+(?:với|hồ\s+sơ)|"
    r"เลือกผู้สมัคร(?:ท่าน|คน)อื่น|ไม่ผ่านการคัดเลือก|ตำแหน่งนี้ได้(?:มีผู้)?(?:ถูก)?(?:บรรจุ|คัดเลือก)แล้ว|"
    r"\bibang\s+kandidato\b|\bhindi\s+(?:ka\s+)?(?:namin\s+)?(?:maipagpapatuloy|itutuloy|"
    r"nakapasa)\b|\bnapunan\s+na\s+ang\s+posisyon\b", _I)
# hi "job offer dena chahte hain", "आपको ऑफर देना"; id "menawarkan posisi", "surat penawaran
# kerja"; vi "thư mời nhận việc", "mời bạn vào vị trí"; th "ข้อเสนองาน", "ยินดีเสนอตำแหน่ง";
# tl "alok na trabaho", "nais naming ialok sa iyo ang posisyon"
OFFER = re.compile(
    r"\boffer\s+(?:dena|dene)\s+(?:chahte|ja\s+rahe)\b|ऑफर\s+(?:देना|दे\s+रहे)|नौकरी\s+का\s+प्रस्ताव|"
    r"\bmenawarkan\s+(?:Anda\s+|kamu\s+)?(?:posisi|jawatan|pekerjaan)\b|\b(?:surat\s+)?tawaran\s+"
    r"kerja\b|\bpenawaran\s+kerja\b|\bthư\s+mời\s+nhận\s+việc\b|\bmời\s+(?:bạn|anh|chị)\s+"
    r"(?:về\s+làm|nhận\s+vị\s+trí)|ข้อเสนองาน|ยินดีเสนอตำแหน่ง|"
    r"\b(?:ialok|alukin)\s+(?:sa\s+iyo\s+|sa\s+inyo\s+)?ang\s+(?:posisyon|trabaho)\b|"
    r"\bjob\s+offer\s+(?:sa\s+iyo|para\s+sa\s+iyo)", _I)
NEXT_ROUND = re.compile(
    r"\b(?:agle|doosre|dusre|final)\s+(?:round|interview|charan)\s+(?:ke\s+liye|mein)\b|"
    r"(?:अगले|दूसरे|अंतिम)\s+(?:राउंड|इंटरव्यू|चरण)\s+(?:के\s+लिए|में)|"
    r"\bmengundang\s+(?:Anda\s+|kamu\s+)?(?:ke\s+|untuk\s+)?(?:tahap|wawancara|interview)\s+"
    r"(?:selanjutnya|berikutnya|kedua|akhir|final|lanjut)\b|\blolos\s+ke\s+tahap\b|"
    r"\bvòng\s+(?:phỏng\s+vấn\s+)?(?:tiếp\s+theo|thứ\s+hai|cuối)\b|\bbài\s+test\b|"
    r"สัมภาษณ์รอบ(?:ที่สอง|ถัดไป|สุดท้าย|สอง)|"
    r"\b(?:susunod|ikalawang|huling)\s+(?:na\s+)?(?:round|interview|panayam)\b", _I)
NOT = re.compile(r"\b(?:nahin|nahi|agar|yadi|tidak|belum|jika|apabila|jikalau|không|chưa|nếu|"
                 r"hindi|kung)\b|नहीं|अगर|ไม่|หาก|ถ้า", _I)
# a condition before a "no" (a question is one too): it says nothing yet
IF = re.compile(r"\b(?:agar|yadi|jika|apabila|kalau|nếu|kung)\b|अगर|यदि|หาก|ถ้า", _I)
DECIDE = re.compile(r"\b(?:faisla|nirnay|keputusan|hasil|kabar|quyết\s+định|kết\s+quả|desisyon|"
                    r"resulta|sagot)\b|फ़ैसला|फैसला|निर्णय|ผลการ|แจ้งผล", _I)
BY = re.compile(r"\btak\b|\bselambat-lambatnya\b|\bsebelum\b|\bpaling\s+lambat\b|\btrước\b|"
                r"\bchậm\s+nhất\b|\bbago\b|\bhanggang\b|तक|ภายใน", _I)
BACK = re.compile(r"\bwapas\s+(?:aaunga|aaungi|aa\s+jaunga)\b|\bkembali\s+(?:bertugas|ke\s+kantor|"
                  r"pada|tanggal)\b|\bsẽ\s+(?:quay\s+lại|trở\s+lại)\b|\bbabalik\s+(?:ako|sa)\b|"
                  r"वापस\s+(?:आऊंगा|आऊँगा|आऊंगी)|จะกลับมา", _I)
MONTHS = {"januari": 1, "februari": 2, "maret": 3, "april": 4, "mei": 5, "juni": 6,
          "juli": 7, "agustus": 8, "ogos": 8, "oktober": 10, "nopember": 11, "desember": 12,
          "disember": 12,
          "जनवरी": 1, "फ़रवरी": 2, "फरवरी": 2, "मार्च": 3, "अप्रैल": 4, "मई": 5, "जून": 6,
          "जुलाई": 7, "अगस्त": 8, "सितंबर": 9, "अक्टूबर": 10, "नवंबर": 11, "दिसंबर": 12,
          "enero": 1, "pebrero": 2, "marso": 3, "abril": 4, "mayo": 5, "hunyo": 6, "hulyo": 7,
          "agosto": 8, "setyembre": 9, "oktubre": 10, "nobyembre": 11, "disyembre": 12}
WEEKDAYS = {"jumat": 4, "jum'at": 4, "biyernes": 4, "shukravar": 4, "शुक्रवार": 4}
NEXT_WEEK = r"minggu\s+depan|tuần\s+sau|agle\s+hafte|susunod\s+na\s+linggo"
