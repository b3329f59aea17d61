"""An out-of-office said in words, in any language of the kit's list (issue 23: "Out-of-office
replies propose pausing the chase until their return date plus a business day"). A responder
set by hand, or one whose tool sends no automatic-reply headers, is known only by what it says,
and every responder says the same few things in its first lines: its writer is out of the
office, on leave or on holiday (until a day), has limited access to e-mail, the message will not
be forwarded, in urgent cases someone else is to be written to; its subject or first line calls
it an automatic reply. `SAID` is that concept written once per language, in the present or
future of its writer ("I am away", "ich bin abwesend"), never in the past: a person who writes
"I was on holiday last week" in a real reply is no out-of-office. `AWAY` is all of them, the
one pattern capture.inbox, away_alone and away_many ask of a message's first lines. Pure."""

from __future__ import annotations

import re
from datetime import date

# English: the words the reader has always known, then the responder's other sentences
# (an absence said of another person, "Tomasi is on leave until Thursday", is not the writer's)
ENGLISH = (r"\b(?:(?<!\bis )(?<!\bare )(?<!\bwas )(?:out of (?:the )?office|on (?:annual )?"
           r"leave)|away from (?:my|the) "
           r"(?:desk|office)|automatic reply|auto-?reply|I am (?:currently )?away|"
           r"I'?m (?:currently )?(?:away|out)|"
           # a responder set by hand from a personal account: "Vacation responder: I'm
           # traveling through Jan 11th"
           r"vacation (?:responder|reply|auto-?reply)|I(?:'m| am) (?:currently )?"
           r"(?:travell?ing|on (?:vacation|holiday|pto|leave))|"
           r"offices? (?:is|are|will be) (?:now )?closed)\b|"
           r"\b(?:with |have )?limited access to (?:my )?e-?mails?\b|"
           r"\b(?:your )?(?:e-?mail|message) will not be forwarded\b")

# one entry per language: "I am away / out of the office / on leave / on holiday", "limited
# access to e-mail", "your message will not be forwarded", "in urgent cases contact …",
# "automatic reply"; the verb in the present or future, as a responder writes it
_SAID: dict[str, str] = {
    "en": ENGLISH,
    "de": r"\b(?:ich\s+bin|ich\s+befinde\s+mich|wir\s+sind)\s+§{0,5}?(?:abwesend|"
          r"nicht\s+im\s+(?:büro|haus|hause)|außer\s+haus|im\s+urlaub|in\s+(?:elternzeit|"
          r"urlaub)|auf\s+dienstreise|nicht\s+erreichbar)\b|\babwesenheitsnotiz\b|"
          r"\bautomatische\s+antwort\b|\beingeschränkt\w*\s+zugriff\s+auf\s+(?:meine\s+)?"
          r"e-?mails?|\b(?:wird|werden)\s+nicht\s+weitergeleitet|\bin\s+dringenden\s+fällen\b",
    "nl": r"\b(?:ik\s+ben|wij\s+zijn|we\s+zijn)\s+§{0,4}?(?:afwezig|niet\s+(?:op\s+"
          r"kantoor|aanwezig|bereikbaar)|(?:met|op)\s+vakantie|met\s+verlof)\b|"
          r"\bafwezig\s+(?:t/m|tot\s+en\s+met|tot)\b|\bbeperkte?\s+toegang\s+tot\s+(?:mijn\s+)?"
          r"e-?mail|\b(?:wordt|worden)\s+niet\s+doorgestuurd|\bin\s+dringende\s+gevallen\b|"
          r"\bautomatisch\s+antwoord\b",
    "af": r"\bek\s+is\s+§{0,3}?(?:met\s+verlof|nie\s+op\s+kantoor|buite\s+kantoor|"
          r"afwesig|op\s+vakansie)\b|\bbeperkte\s+toegang\s+tot\s+(?:my\s+)?e-?pos|"
          r"\bsal\s+nie\s+aangestuur\s+word|\bin\s+dringende\s+gevalle\b|"
          r"\boutomatiese\s+antwoord\b",
    "fr": r"\bje\s+(?:suis|serai)\s+§{0,3}?(?:absente?|en\s+(?:congés?|vacances|"
          r"déplacement)|hors\s+du\s+bureau|en\s+dehors\s+du\s+bureau)\b|"
          r"\babsente?\s+(?:jusqu['’](?:au|à|a)|du\s+\d)|\baccès\s+limité\s+(?:à|a|aux)\s+(?:mes\s+)?"
          r"(?:e-?mails?|courriels?|messagerie)|\bne\s+sera\s+pas\s+(?:transféré|transmis)|"
          r"\ben\s+cas\s+d['’]urgence\b|\bréponse\s+automatique\b|\bmessage\s+d['’]absence\b",
    "es": r"\b(?:estoy|estaré|me\s+encuentro)\s+§{0,3}?(?:fuera\s+de\s+(?:la\s+)?"
          r"oficina|de\s+vacaciones|ausente|de\s+viaje|de\s+permiso|de\s+baja)\b|"
          r"\bausente\s+hasta\b|\bacceso\s+limitado\s+(?:al|a\s+mi)\s+correo|"
          r"\bno\s+será\s+reenviado|\ben\s+caso\s+de\s+urgencia\b|\bpara\s+(?:temas|asuntos)\s+"
          r"urgentes\b|\brespuesta\s+automática\b",
    "ca": r"\b(?:sóc|estic|seré)\s+§{0,3}?(?:fora\s+de\s+l['’]oficina|de\s+vacances|"
          r"absent|de\s+permís)\b|\baccés\s+limitat\s+al\s+correu|\bno\s+serà\s+reenviat|"
          r"\ben\s+cas\s+d['’]urgència\b|\bresposta\s+automàtica\b",
    "pt": r"\b(?:estou|estarei|encontro-me|me\s+encontro)\s+§{0,3}?(?:ausente|fora\s+do\s+"
          r"escritório|de\s+férias|em\s+férias|de\s+licença|em\s+viagem)\b|"
          r"\bausente\s+até\b|\bacesso\s+limitado\s+(?:ao|a|aos)\s+(?:meu\s+|meus\s+)?e-?mails?|"
          r"\bnão\s+será\s+(?:reencaminhad|encaminhad)|\bem\s+caso\s+de\s+urgência\b|"
          r"\bresposta\s+automática\b",
    "it": r"\b(?:sono|sarò)\s+§{0,3}?(?:fuori\s+(?:ufficio|sede)|assente|in\s+(?:ferie|"
          r"vacanza|congedo|trasferta))\b|\bfuori\s+(?:ufficio|sede)\s+fino\b|\bassente\s+fino\b|"
          r"\baccesso\s+limitato\s+(?:alla|alle)\s+(?:posta|e-?mail)|\bnon\s+sarà\s+inoltrat|"
          r"\bper\s+urgenze\b|\bin\s+caso\s+di\s+urgenza\b|\brisposta\s+automatica\b",
    "da": r"\bjeg\s+er\s+§{0,3}?(?:ikke\s+på\s+kontoret|på\s+(?:ferie|barsel)|"
          r"fraværende|bortrejst)\b|\bbegrænset\s+adgang\s+til\s+(?:min\s+)?(?:e-?mail|mail)|"
          r"\bbliver\s+ikke\s+videresendt|\bi\s+(?:akutte|presserende)\s+tilfælde\b|"
          r"\bautosvar\b|\bautomatisk\s+svar\b",
    "sv": r"\bjag\s+är\s+§{0,3}?(?:ledig|på\s+semester|frånvarande|inte\s+på\s+kontoret|"
          r"tjänstledig|föräldraledig|bortrest)\b|\bbegränsad\s+tillgång\s+till\s+(?:min\s+)?"
          r"(?:e-?post|mejl|mail)|\b(?:vidarebefordras|skickas)\s+inte\s+vidare|"
          r"\bvidarebefordras\s+inte\b|\bi\s+brådskande\s+ärenden\b",
    "no": r"\bjeg\s+er\s+§{0,3}?(?:på\s+(?:ferie|reise)|ikke\s+på\s+kontoret|"
          r"fraværende|borte|i\s+permisjon)\b|\bbegrenset\s+tilgang\s+til\s+(?:min\s+)?"
          r"(?:e-?post|mail)|\bblir\s+ikke\s+videresendt|\bi\s+(?:hastesaker|hastende\s+saker)\b",
    "fi": r"\bolen\s+§{0,3}?(?:lomalla|poissa|pois\s+toimistolta|työmatkalla|"
          r"vuosilomalla)\b|\bpoissa\s+toimistolta\b|\brajoitetusti\s+sähköpost|"
          r"\bei\s+välitetä\s+eteenpäin|\bkiireellisissä\s+asioissa\b|"
          r"\bautomaattinen\s+vastaus\b",
    "is": r"\bég\s+er\s+§{0,3}?(?:í\s+fríi|fjarverandi|í\s+leyfi)\b|"
          r"\btakmarkaðan\s+aðgang\s+að\s+tölvupósti|\bverður\s+ekki\s+áframsend|"
          r"\bí\s+brýnum\s+(?:málum|erindum)\b|\bsjálfvirkt\s+svar\b",
    "et": r"\bolen\s+§{0,3}?(?:puhkusel|kontorist\s+eemal|eemal|lähetuses)\b|"
          r"\bpiiratud\s+ligipääs\w*\s+e-?posti|\bei\s+edastata\b|\bkiireloomuliste\s+"
          r"küsimuste\w*\b|\bautomaat(?:ne\s+)?vastus\b",
    "lv": r"\besmu\s+§{0,3}?(?:atvaļinājumā|prom|ārpus\s+biroja|komandējumā)\b|"
          r"\bierobežota\s+piekļuve\s+e-?pastam|\bnetiks\s+pārsūtīt|\bsteidzamos\s+gadījumos\b|"
          r"\bautomātiskā\s+atbilde\b",
    "lt": r"\besu\s+§{0,3}?(?:atostogose|išvykęs|išvykusi|ne\s+biure|komandiruotėje)\b|"
          r"\bribota\s+prieiga\s+prie\s+el\.\s*pašto|\bnebus\s+persiųst|"
          r"\bskubiais\s+(?:atvejais|klausimais)\b|\bautomatinis\s+atsakymas\b",
    "pl": r"\b(?:jestem|przebywam|będę)\s+§{0,3}?(?:na\s+urlopie|poza\s+biurem|"
          r"nieobecn[ya]|w\s+podróży\s+służbowej|na\s+zwolnieniu)\b|\bnieobecn[ya]\s+do\b|"
          r"\bograniczony\s+dostęp\s+do\s+(?:poczty|e-?maila|skrzynki)|"
          r"\bnie\s+(?:będzie|będą)\s+przekazywan|\bw\s+pilnych\s+sprawach\b|"
          r"\bautomatyczna\s+odpowiedź\b",
    "cs": r"\bjsem\s+§{0,3}?(?:na\s+dovolené|mimo\s+kancelář|nepřítomn[ýá]|"
          r"na\s+služební\s+cestě|mimo\s+kancelar)\b|\bnepřítomn[ýá]\s+do\b|"
          r"\bomezený\s+přístup\s+k\s+e-?mailu|\bnebude\s+přeposlán|"
          r"\bv\s+naléhavých\s+případech\b|\bautomatická\s+odpověď\b",
    "sk": r"\bsom\s+§{0,3}?(?:na\s+dovolenke|mimo\s+(?:kancelárie|úradu)|neprítomn[ýá]|"
          r"na\s+služobnej\s+ceste)\b|\bobmedzený\s+prístup\s+k\s+e-?mailu|"
          r"\bnebude\s+preposlan|\bv\s+(?:naliehavých|súrnych)\s+prípadoch\b|"
          r"\bautomatická\s+odpoveď\b",
    "sl": r"\bsem\s+§{0,3}?(?:na\s+dopustu|odsoten|odsotna|izven\s+pisarne)\b|"
          r"\bomejen\s+dostop\s+do\s+e-?pošte|\bne\s+bo\s+posredovan|\bv\s+nujnih\s+primerih\b|"
          r"\bsamodejni\s+odgovor\b",
    "hr": r"\b(?:sam|nalazim\s+se|bit\s+ću|biću)\s+§{0,3}?(?:na\s+(?:godišnjem\s+)?"
          r"odmoru|na\s+godišnjem|odsutan|odsutna|(?:iz)?van\s+(?:ureda|kancelarije))\b|"
          r"\bograničen\w*\s+pristup\w*\s+(?:e-?pošti|e-?mailu|mejlu)|"
          r"\bneće\s+biti\s+(?:proslijeđen|prosleđen)|\bu\s+hitnim\s+slučajevima\b|"
          r"\bautomatski\s+odgovor\b",
    "hu": r"\b(?:szabadságon|házon\s+kívül|irodán\s+kívül|távol)\s+vagyok\b|"
          r"\bkorlátozottan\s+(?:férek\s+hozzá|érem\s+el|olvasom)|"
          r"\bnem\s+kerül\s+továbbításra|\bsürgős\s+(?:esetben|ügyben|ügyekben)\b|"
          r"\bautomatikus\s+válasz\b",
    "ro": r"\b(?:sunt|voi\s+fi)\s+§{0,3}?(?:în\s+concediu|plecat[ăa]?|în\s+afara\s+"
          r"biroului|absent[ăa]?)\b|\bacces\s+limitat\s+la\s+e-?mail|"
          r"\bnu\s+va\s+fi\s+(?:redirec[țţ]ionat|transmis)|\bpentru\s+urgen[țţ]e\b|"
          r"\bîn\s+caz\s+de\s+urgen[țţ][ăa]\b|\brăspuns\s+automat\b",
    "bg": r"(?:съм|ще\s+бъда)\s+§{0,3}?(?:в\s+отпуск|извън\s+офиса|в\s+командировка)|"
          r"ограничен\s+достъп\s+до\s+(?:имейл|електронната\s+поща|пощата)|"
          r"няма\s+да\s+бъде\s+препратен|при\s+спешни\s+случаи|за\s+спешни\s+въпроси|"
          r"автоматичен\s+отговор",
    "el": r"(?:είμαι|θα\s+είμαι|βρίσκομαι|θα\s+βρίσκομαι)\s+§{0,3}?(?:εκτός\s+γραφείου|"
          r"σε\s+άδεια|σε\s+διακοπές)|περιορισμένη\s+πρόσβαση|δεν\s+θα\s+προωθηθεί|"
          r"για\s+επείγοντα|σε\s+επείγουσα\s+περίπτωση|αυτόματη\s+απάντηση",
    "ru": r"\bя\s+§{0,2}?(?:нахожусь\s+)?(?:в\s+отпуске|в\s+командировке|вне\s+офиса|"
          r"отсутствую)|\bнахожусь\s+(?:в\s+отпуске|вне\s+офиса|в\s+командировке)|"
          r"\bбуду\s+отсутствовать\b|\bограниченный\s+доступ\s+к\s+(?:почте|электронной\s+почте)|"
          r"\bне\s+будет\s+переслан|\bпо\s+срочным\s+вопросам\b|\bв\s+срочных\s+случаях\b|"
          r"\bавтоматический\s+ответ\b",
    "uk": r"\b(?:я\s+)?перебуваю\s+(?:у|в)\s+(?:відпустці|відрядженні)|\bя\s+(?:у|в)\s+"
          r"відпустці|\bпоза\s+офісом\b|\bбуду\s+відсутн|\bобмежений\s+доступ\s+до\s+"
          r"(?:пошти|електронної\s+пошти)|\bне\s+буде\s+переслано|\bз\s+термінових\s+питань\b|"
          r"\bу\s+термінових\s+випадках\b|\bавтоматична\s+відповідь\b",
    "tr": r"\b(?:yıllık\s+)?izindeyim\b|\bofis\s+dışındayım\b|\bofiste\s+değilim\b|"
          r"\btatildeyim\b|\be-?postalarıma\s+sınırlı\s+erişim|\biletilmeyecektir\b|"
          r"\bacil\s+(?:durumlarda|konularda)\b|\botomatik\s+(?:yanıt|cevap)\b",
    "he": r"מחוץ\s+למשרד|(?:אני|נמצא|נמצאת)\s+בחופשה|גישה\s+מוגבלת\s+ל|לא\s+תועבר|"
          r"(?:בנושאים|במקרים|בעניינים)\s+דחופים|מענה\s+אוטומטי|תשובה\s+אוטומטית",
    "ar": r"خارج\s+المكتب|(?:أنا|انا)\s+في\s+إجازة|في\s+إجازة\s+(?:حتى|حتي)|"
          r"وصول\s+محدود\s+إلى\s+البريد|لن\s+يتم\s+(?:إعادة\s+)?(?:توجيه|تحويل)|"
          r"(?:في\s+الحالات|للأمور|للحالات)\s+(?:العاجلة|الطارئة)|رد\s+تلقائي",
    "hi": r"\b(?:main|mai)\s+§{0,2}?(?:chh?utti|leave)\s+par\s+h(?:oon|un|u)\b|"
          r"\boffice\s+se\s+bahar\s+h(?:oon|un|u)\b|कार्यालय\s+से\s+बाहर|दफ़?्तर\s+से\s+बाहर|"
          r"(?:छुट्टी|अवकाश)\s+पर\s+(?:हूँ|हूं|रहूँगा|रहूँगी|रहूंगा|रहूंगी)|सीमित\s+पहु[ँं]च|"
          r"अग्रेषित\s+नहीं|स्वचालित\s+उत्तर|(?:आपात|तत्काल)\s+(?:स्थिति|मामलों)",
    "id": r"\bsaya\s+(?:sedang\s+)?(?:cuti|tidak\s+berada\s+di\s+(?:kantor|pejabat)|di\s+luar\s+"
          r"(?:kantor|pejabat)|bercuti)\b|\bsedang\s+(?:cuti|bercuti)\b|\bdi\s+luar\s+"
          r"(?:kantor|pejabat)\s+(?:hingga|sampai)\b|\bakses\s+(?:terbatas|terhad)\s+ke\s+"
          r"e-?mel|\bakses\s+(?:terbatas|terhad)\s+ke\s+e-?mail|\btidak\s+akan\s+"
          r"(?:diteruskan|dimajukan)\b|\b(?:balasan|jawaban)\s+(?:otomatis|automatik)\b|"
          r"\buntuk\s+(?:hal|keperluan|urusan)\s+(?:yang\s+)?(?:mendesak|segera)\b",
    "vi": r"\btôi\s+(?:đang\s+)?(?:nghỉ\s+phép|vắng\s+mặt|không\s+có\s+mặt|đi\s+công\s+tác)|"
          r"\bngoài\s+văn\s+phòng\b|\bhạn\s+chế\s+truy\s+cập\b|\btruy\s+cập\s+email\s+hạn\s+chế|"
          r"\bsẽ\s+không\s+được\s+chuyển\s+tiếp|\btrường\s+hợp\s+khẩn\s+cấp\b|"
          r"\btrả\s+lời\s+tự\s+động\b",
    "th": r"ไม่อยู่(?:ที่|ใน)สำนักงาน|ลาพัก(?:ร้อน|ผ่อน).{0,20}?(?:ถึง|จนถึง|และจะกลับ)|"
          r"(?:ติดต่อ|เข้าถึงอีเมล)ได้(?:อย่าง)?จำกัด|จะไม่ถูกส่งต่อ|กรณีเร่งด่วน|ตอบกลับอัตโนมัติ",
    "tl": r"\b(?:ako\s+ay\s+)?(?:naka-?leave|nasa\s+bakasyon|wala\s+sa\s+opisina)\s+ako\b|"
          r"\bako\s+ay\s+(?:naka-?leave|nasa\s+bakasyon|wala\s+sa\s+opisina)\b|"
          r"\bhindi\s+(?:maipapasa|ipapasa)\b|\bawtomatikong\s+(?:tugon|sagot)\b",
    "sw": r"\b(?:niko|nipo|nitakuwa)\s+(?:likizo|nje\s+ya\s+ofisi|safarini)\b|"
          r"\bnje\s+ya\s+ofisi\b|\bsitaweza\s+kufikia\s+barua\s+pepe|\bhaitatumwa\b|"
          r"\bkwa\s+(?:mambo\s+ya\s+)?dharura\b|\bjibu\s+la\s+kiotomatiki\b",
    "ja": r"不在に(?:して|いた)(?:おります|います)|不在です|"
          r"休暇(?:を(?:いただいて|頂いて|取って)(?:おります|います)|中)|"
          r"(?:お休み|休み)を(?:いただいて|頂いて)(?:おります|います)|(?:メール|メールの)確認(?:が|は)(?:遅れ|でき)|"
          r"転送されません|お急ぎの(?:場合|方|ご用件)|緊急の(?:場合|ご用件)|自動(?:返信|応答)",
    "ko": r"부재\s?중|휴가\s?중(?:입니다|이며|이라|으로|이어서)|사무실에\s?없|"
          r"출장\s?중(?:입니다|이며)|"
          r"이메일\s?확인이\s?(?:어렵|제한)|전달되지\s?않|급한\s?용무|긴급한\s?(?:용무|사항|경우)|"
          r"자동\s?(?:회신|응답)",
    "zh": r"不在(?:办公室|辦公室)|(?:正在|目前)休假|休假中|出差中|(?:查看|查阅|查閱)(?:邮件|郵件)"
          r"(?:的)?(?:时间|時間)?(?:有限|受限)|不[会會]被?[转轉]发|不[会會]被?[转轉]發|"
          r"如有急事|(?:紧急|緊急)(?:事宜|事項|事项|情况|情況)|自[动動](?:回复|回覆|回復)",
}

# a word between the verb and its absence ("ich bin ab Montag, 22.03. nicht im Büro"), written
# "§" in the table: a comma ends the clause ("ich bin froh, dass Sie im Urlaub waren")
WORD = r"(?:[^\s,;:]+\s+)"
SAID = {lang: said.replace("§", WORD) for lang, said in _SAID.items()}
AWAY = re.compile("|".join(f"(?:{p})" for p in SAID.values()), re.IGNORECASE)


def says_away(text: str) -> bool:
    """Whether `text` (a message's first lines) says its writer is away, in any language."""
    return AWAY.search(text) is not None


def said_back(said: list[str], today: date) -> date | None:
    """The day an out-of-office said in words gives, when no language's own words of return
    or of "until" read it: the last day its away sentence writes, if not past ("jestem na
    urlopie od 10.02 do 19.02", "olen lomalla 19.2. asti"; the writer's last day written is
    read as the return, as capture.reply_languages.away_through reads an "until"). Only a
    sentence that says its writer is away, and only the first such: a day in any other
    sentence is of something else."""
    from followup.capture.reply_languages import dates

    for s in said[:6]:
        if AWAY.search(s) is None:
            continue
        ahead = [d for _, d in dates(s, today) if d >= today]
        return ahead[-1] if ahead else None
    return None
