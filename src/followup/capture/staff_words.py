"""Who sets an interview up, in every language invitations come in (issue 23): the titles of
the people who book interviews and do not hold them (an assistant to the management, an office
manager, a secretary, a recruiter or a personnel desk), and the words of a recruiting team's
shared mailbox (careers, jobs, talent, recruiting, HR, people, hiring). One table per concept,
each language in the two or three ways its offices write it; the readers that use them keep
their own homes (`names.ORGANISING`, `small_employer.OFFICE_KEEPER`, `addresses.RELAY_LOCAL`,
`small_employer.body_not_person`). Patterns only. Pure.

Every word here is bounded where it is used: whole words, in a title or a mailbox's name,
never in prose; no word that is also a common family name ("Carreras", "Personal" alone as a
display name are left to their existing homes)."""

from __future__ import annotations

# An assistant to the management, a secretary, whoever runs the office: they keep the
# diary of whoever interviews ("asistentka vedení", "Management Assistent Directie",
# "Kontorchef", "офис-менеджер", "秘書").
_OFFICE = (
    # English, German, Dutch, Afrikaans
    r"(?<!front )(?<!back )office\s+manager(?:in)?|officemanager|"  # (a hotel's front office
    r"b[üu]roleit(?:ung|er|erin)|teamassistenz|"  # manager runs a department, not the diary)
    r"vorstandsassisten(?:z|tin|t)|sekretärin|managementassistent(?:e)?|"
    r"management\s+assistent(?:e)?|directieassistent(?:e)?|teamassistent(?:e)?|"
    r"kantoormanager|kantoorbestuurder|persoonlike\s+assistent|sekretaresse|"
    # French, Spanish, Catalan, Portuguese, Italian
    r"assistante?\s+(?:de\s+direction|rh|administrative|de\s+gestion)|secr[ée]taire\s+de\s+direction|"
    r"asistente\s+(?:de\s+direcci[oó]n|ejecutiv[oa]|de\s+gerencia)|secretari[ao]\s+de\s+direcci[oó]n|"
    r"jef[ae]\s+de\s+oficina|responsable\s+de\s+oficina|assistent(?:a)?\s+de\s+direcci[oó]|"
    r"secret[àa]ria\s+de\s+direcci[oó]|assistente\s+de\s+dire[cç][aã]o|"
    r"secret[áa]ria\s+executiva|gestor[a]?\s+de\s+escrit[óo]rio|"
    r"assistente\s+di\s+direzione|segretaria\s+di\s+direzione|"
    # the Nordic languages ("Kontorchef", "ledningsassistent", "johdon assistentti",
    # "skrifstofustjóri")
    r"kontor(?:chef|leder|sjef|sansvarlig|sadministrat[öo]r|assistent)|"
    r"(?:direktions|ledelses|lednings|direktør|vd-?)(?:sekretær|assistent)|"
    r"sekreterare|toimisto(?:päällikkö|sihteeri)|johdon\s+(?:assistentti|sihteeri)|"
    r"skrifstofustj[óo]ri|"
    # the Baltic languages ("büroojuht", "juhiabi", "biroja vadītāja", "biuro vadovė")
    r"b[üu]rooj(?:uht|uhataja)|juhiabi|biroja\s+vad[īi]t[āa]j[sa]|vad[īi]t[āa]ja\s+asistent[es]?|"
    r"biuro\s+vadov(?:[ėe]|as)|vadovo\s+asistent(?:[ėe]|as)|"
    # Central Europe and the Balkans ("asystentka zarządu", "asistentka vedení",
    # "asistentka vedenia", "poslovna tajnica", "ügyvezetői asszisztens", "asistent manager")
    r"asystent(?:ka)?\s+(?:zarządu|dyrektora|prezesa|biura)|kierownik\s+biura|"
    r"kierowniczka\s+biura|sekretarka|asistent(?:ka)?\s+(?:vedení|vedenia|ředitele|riaditeľa|"
    r"jednatele|konatele|generálního)|sekretářka|sekretárka|vedoucí\s+kanceláře|"
    r"office\s+mana[žz][ée]r(?:ka)?|poslovna\s+(?:tajnica|sekretarica)|tajnica|sekretarica|"
    r"asistent(?:ica|kinja|ka)?\s+(?:uprave|direktor(?:ja|a)|direkcije)|"
    r"voditelj(?:ica)?\s+(?:ureda|pisarne)|vodja\s+pisarne|"
    r"(?:ügyvezetői|vezetői|igazgatói)\s+asszisztens|titkárnő|irodavezető|"
    r"asistent(?:ă)?\s+manager|secretar[ăa]\s+(?:general[ăa]|executiv[ăa])|"
    # Greek and the Cyrillic languages ("βοηθός διεύθυνσης", "офис-менеджер", "помічник
    # керівника", "асистент на управителя")
    r"γραμματέας|βοηθός\s+διεύθυνσης|υπεύθυνη\s+γραφείου|υπεύθυνος\s+γραφείου|"
    r"офис[- ]мен(?:е|и)дж(?:е|ъ)р|офіс[- ]менеджер|секретар[ья]?|"
    r"(?:помощник|ассистент)\s+руководителя|"
    r"(?:помічник|асистент)\s+керівника|асистент\s+на\s+управителя|"
    # Türkiye, Israel, the Gulf, India ("yönetici asistanı", "מנהלת משרד", "مدير المكتب")
    r"yönetici\s+asistanı|ofis\s+(?:yöneticisi|müdürü|sorumlusu)|sekreter|"
    r"מזכירה|מזכיר|עוזרת\s+אישית|מנהלת\s+משרד|מנהל\s+משרד|"
    r"سكرتير(?:ة)?|مدير(?:ة)?\s+المكتب|مساعد(?:ة)?\s+(?:المدير|تنفيذي(?:ة)?)|"
    r"कार्यालय\s+प्रबंधक|सचिव|"
    # South-East Asia and Africa ("sekretaris", "setiausaha", "thư ký", "เลขานุการ",
    # "kalihim", "katibu", "msaidizi wa mkurugenzi")
    r"sekretaris|setiausaha|asisten\s+direktur|pembantu\s+peribadi|pengurus\s+pejabat|"
    r"kepala\s+kantor|thư\s+ký|trợ\s+lý\s+giám\s+đốc|quản\s+lý\s+văn\s+phòng|"
    r"เลขานุการ|ผู้ช่วยผู้บริหาร|ผู้จัดการสำนักงาน|kalihim|katibu|msaidizi\s+wa\s+mkurugenzi|"
    r"meneja\s+wa\s+ofisi|"
    # the scripts without capitals ("秘書", "总务", "비서", "총무")
    r"秘書|秘书|総務|总务|總務|行政助理|비서|총무")
OFFICE_TITLES = rf"(?<!\w)(?:{_OFFICE})(?!\w)"

# A recruiter or a personnel desk, where the older tables leave a language out
# ("rekrutteringskonsulent" is there; "värbaja", "personāla speciāliste", "рекрутер",
# "kadrovnica", "perekrut", "sdm", "ajira" are not).
_RECRUITING = (
    r"værbaja|värbaja|värbamis\w*|personalijuht|personalispetsialist|"
    r"person[āa]la\s+(?:speci[āa]list\w*|vad[īi]t[āa]j\w*|atlase\w*|dienest\w*)|"
    r"personalo\s+(?:specialist\w*|vadov\w*|skyri\w*)|atrankos\s+\w+|"
    r"mannau[ðd]s\w*|r[áa][ðd]ningar\w*|henkilöstö\w*|"
    r"kadrovsk\w*|kadrovnica|kadrovik|ljudski\s+(?:potencijali|resursi)|zapo[šs]ljavanj\w*|"
    r"regrut\w*|munkaügy\w*|emberi\s+erőforrás\w*|"
    r"човешки\s+ресурси|подбор\w*|рекрут\w*|персонал\w*|отдел\s+кадров|відділ\s+кадрів|"
    r"підбір\w*|ανθρώπινο\s+δυναμικό|ανθρώπινου\s+δυναμικού|προσλήψε\w*|στελέχωση\w*|"
    r"רכזת\s+גיוס|רכז\s+גיוס|"
    r"भर्ती|मानव\s+संसाधन|manav\s+sansadhan|"
    r"perekrut|rekruter|rekrutmen|\bhrd\b|sumber\s+daya\s+manusia|sumber\s+manusia|"
    r"pengambilan\s+pekerja|สรรหา\w*|rasilimali\s+watu|menslike\s+hulpbronne|werwing|"
    r"recursos\s+humans|tècnic[a]?\s+de\s+selecció|"
    r"p&o[- ]advis\w*|personeelsadvis\w*|"
    r"인사\s?담당|채용\s?담당|人事担当|採用担当|招聘专员|招聘專員")
RECRUITING_TITLES = rf"(?<!\w)(?:{_RECRUITING})(?!\w)"

# A recruiting team's shared mailbox, by its local part, folded to ASCII as addresses are
# written ("talento@", "cariere@", "rekry@", "karjera@", "lowongan@", "tuyendung@").
MAILBOX_LOCALS = (
    r"talento|talentos|talents|carreiras|carrieres|carriere|loopbane|"
    r"vacatures|sollicitaties|sollicitatie|werken-?bij|werkenbij|jobb|job|stellen|"
    r"emploi|empleo|empleos|emprego|empregos|vagas|feina|treball|lavoro|"
    r"lavoraconnoi|candidature|candidaturas|rekry|rekrytointi|tyopaikat|radningar|"
    r"storf|mannaudur|varbamine|karjaar|personal|personale|personalas|personals|karjera|"
    r"atranka|atlase|kariera|kariery|praca|prace|kariyer|karier|karir|kerjaya|lowongan|"
    r"rekrutmen|sdm|hrd|pengambilan|tuyendung|nhansu|vieclam|zaposlitev|zaposlovanje|"
    r"zaposljavanje|karijera|posao|karrier|allas|toborzas|joburi|cariera|kariery|"
    r"podbor|vakansii|kadry|werwing|ajira|naukri|rekrutacja|rekrutering")

# The same words as a team mailbox's display name ("Talento", "Cariere Carpați", "Kariera
# Vltava", "Rekry – Kuusi Oy", "Lowongan PT Nusa"): a team's, never a person's.
TEAM_NAME_WORDS = frozenset((
    "talento", "talentos", "talents", "carreiras", "carrières", "carrieres", "loopbane",
    "vacatures", "sollicitaties", "werken", "jobb", "stellen", "emploi", "empleo",
    "empleos", "emprego", "empregos", "vagas", "candidaturas", "rekry", "rekrytointi",
    "työpaikat", "ráðningar", "störf", "mannauður", "värbamine", "karjäär", "karjera",
    "atranka", "atlase", "kariera", "kariéra", "kariery", "kariyer", "karier", "karir",
    "kerjaya", "lowongan", "rekrutmen", "tuyển", "zaposlitev", "zaposlovanje",
    "zapošljavanje", "karijera", "karrier", "állás", "toborzás", "cariere", "cariera",
    "joburi", "recrutare", "ajira", "naukri", "karriere", "karriär", "rekrytering",
    "rekruttering", "rekrutacja", "nábor", "recrutement", "reclutamiento", "recrutamento",
    "werving", "selección", "selezione", "sélection", "seleção", "rrhh", "hr", "careers",
    "recruiting", "recruitment", "hiring", "talent", "кариера", "карьера", "кар'єра",
    "werwing", "lavora", "вакансии", "вакансії", "подбор", "підбір", "кадры", "καριέρα",
    "προσλήψεις",
    "גיוס", "דרושים", "التوظيف", "وظائف", "भर्ती", "नौकरी", "สมัครงาน", "สรรหา"))

# "On behalf of" before the name of the one the writer books for, in every language whose
# names are written with capitals ("namens", "im Auftrag von", "au nom de", "en nombre de",
# "w imieniu", "от имени", "atas nama", "thay mặt"): the one named is met, the writer set
# it up. (The languages that put it after the name, "X adına", "X nevében", "X puolesta",
# leave it to the name's own cues.)
ON_BEHALF_OF = (
    r"on behalf of|im (?:auftrag|namen) von|in vertretung von|au nom de|de la part de|"
    r"pour le compte de|en nombre de|de parte de|en nom de|de part de|em nome de|"
    r"a pedido de|a nome di|per conto di|da parte di|namens|in opdracht van|"
    r"p[åa] vegne af|p[åa] vegne av|p[åa] uppdrag av|fyrir h[öo]nd|w imieniu|jménem|"
    r"z pověření|v mene|v imenu|u ime|[îi]n numele(?: lui)?|din partea(?: lui)?|от името на|"
    r"εκ μέρους (?:του|της)|от имени|від імені|atas nama|bagi pihak|thay mặt(?: cho)?|"
    r"sa ngalan ni|kwa niaba ya|ten behoewe van")

# Who booked it, with words between the verb and its agent ("Scheduled via Lever on behalf
# of Acme by X", "Agendado pelo Gupy por X", "Ingepland via Recruitee door X", "organisé
# pour l'équipe par X"), in every language that puts the agent after the verb: the one
# named after it set it up. (The words between stay in one clause: no full stop, no colon.)
_BOOKED = (
    r"(?:scheduled|coordinated|arranged|organi[sz]ed|set up|booked|sent)\b(?!\s+for\s+you\b)"
    r"[^.!?:\n]{1,60}?\bby|"  # ("Scheduled for you by X" is a booking page's, X may hold it)
    r"(?:agendad[oa]|programad[oa]|organizad[oa]|coordinad[oa]|marcad[oa]|enviad[oa])\b"
    r"[^.!?:\n]{1,60}?\b(?:por|pel[oa])|"
    r"(?:organisée?|planifiée?|coordonnée?|programmée?|envoyée?)\b[^.!?:\n]{1,60}?\bpar|"
    r"(?:organisiert|geplant|koordiniert|vereinbart|eingeplant|gesendet|verschickt)\b"
    r"[^.!?:\n]{1,60}?\bvon|"
    r"(?:georganiseerd|ingepland|gepland|verstuurd|verzonden)\b[^.!?:\n]{1,60}?\bdoor|"
    r"(?:organizzat[oa]|pianificat[oa]|coordinat[oa]|programmat[oa]|inviat[oa])\b"
    r"[^.!?:\n]{1,60}?\bda|"
    r"(?:bokad|planerad|skickad|booket|planlagt|sendt|organiseret|organisert)\b"
    r"[^.!?:\n]{1,60}?\ba[fv]|"
    r"(?:zorganizowan[aey]|umówion[aey]|zaplanowan[aey]|wysłan[aey])\b[^.!?:\n]{1,60}?\bprzez|"
    r"(?:programat|organizat|trimis)[ăa]?\b[^.!?:\n]{1,60}?\bde|"
    r"(?:dijadwalkan|diatur|dikirim|diuruskan)\b[^.!?:\n]{1,60}?\boleh|"
    r"(?:được\s+)?(?:sắp xếp|lên lịch|gửi)\b[^.!?:\n]{1,60}?\bbởi")
SET_UP_BY = rf"(?i:\b(?:{_BOOKED}))"

# "You will speak with / meet X", in the languages the older table leaves out or writes in
# one way only ("Du skal tale med", "Du kommer att prata med", "Budete mluvit s", "Вы
# встретитесь с", "Anda akan bertemu dengan", "Makakausap mo si"): whom the candidate meets.
# (Written by someone else than X: the writer is then not met, which the readers of the
# writer already weigh.)
MEETS_WITH = (
    r"you(?:['’]ll|\s+will)\s+(?:be\s+)?(?:talk(?:ing)?|chat(?:ting)?)\s+(?:with|to)|"
    r"(?:du|ni)\s+skal\s+(?:tale|snakke|prate)\s+med|(?:du|ni)\s+skal\s+m[øo]te|"
    r"(?:du|ni)\s+kommer\s+(?:att|til\s+[aå])\s+(?:prata|snakke|tale|tr[äa]ffa|m[øo]te)(?:\s+med)?|"
    r"(?:du|ni)\s+(?:pratar|snakker|taler)\s+med|sie\s+sprechen\s+mit|"
    r"sie\s+(?:werden|lernen)\s+(?:mit\s+)?(?:\w+\s+)?(?:sprechen|kennen)(?:\s+mit)?|"
    r"vous\s+(?:allez\s+)?(?:échanger|discuter|parler)\s+avec|vous\s+serez\s+en\s+entretien\s+avec|"
    r"vas\s+a\s+(?:hablar|conversar|reunirte)\s+con|te\s+vas\s+a\s+reunir\s+con|"
    r"parlar[àa]s\s+amb|coneixer[àa]s\s+(?:a\s+)?|et\s+reunir[àa]s\s+amb|"
    r"avrai\s+un\s+colloquio\s+con|sosterrai\s+(?:il|un)\s+colloquio\s+con|"
    r"(?:je|u)\s+(?:gaat|hebt|heeft)\s+(?:in\s+gesprek|een\s+gesprek)\s+met|"
    r"(?:voc[êe]\s+)?(?:ir[áa]|vai)\s+(?:conversar|falar|reunir-se)\s+com|"
    r"(?:voc[êe]\s+)?ter[áa]\s+uma\s+conversa\s+com|"
    r"þú\s+(?:munt\s+)?(?:hitta|hittir|ræða\s+við)|sa\s+kohtud|kohtute|"
    r"(?:jūs\s+)?tiksieties\s+ar|(?:jūs\s+)?susitiksite\s+su|"
    r"budete\s+(?:mluvit|hovořit)\s+s|setkáš\s+se\s+s|stretnete\s+sa\s+s|"
    r"porozpráva(?:te|š)\s+sa\s+s|budete\s+(?:hovoriť|sa\s+rozprávať)\s+s|"
    r"(?:srečali|pogovarjali)\s+se\s+boste\s+[sz]|"
    r"razgovarat\s+ćete\s+s|upoznat\s+ćete|sastat\s+ćete\s+se\s+s|"
    r"ще\s+(?:се\s+срещнете|разговаряте|говорите)\s+с|"
    r"θα\s+(?:συναντήσετε|μιλήσετε\s+με)(?:\s+(?:τον|την|τους))?|"
    r"вы\s+(?:встретитесь|будете\s+(?:общаться|говорить|беседовать))\s+с|"
    r"с\s+вами\s+(?:будет\s+беседовать|побеседует|встретится)|"
    r"ви\s+(?:зустрінетеся|будете\s+спілкуватися|поспілкуєтеся)\s+з|з\s+вами\s+(?:говоритиме|поспілкується)|"
    r"(?:anda\s+)?akan\s+(?:bertemu|berbicara|berbincang)\s+dengan|"
    r"(?:anda\s+)?akan\s+berjumpa\s+dengan|bạn\s+sẽ\s+(?:gặp|trao\s+đổi\s+với|nói\s+chuyện\s+với)|"
    r"makakausap\s+mo\s+(?:si|sina)|makikilala\s+mo\s+(?:si|sina)|"
    r"utakutana\s+na|utazungumza\s+na|jy\s+sal\s+(?:met|gesels\s+met)|"
    r"u\s+sal\s+(?:met|gesels\s+met)")

# A change to the meeting the candidate may need, in every language ("umbuchen", "annuler",
# "reagendar", "verzetten", "boka om", "przełożyć", "přesunout", "перенести", "dời lịch",
# "日程変更"): whoever the candidate is sent to about it set the meeting up.
CHANGES = (
    r"absagen|umbuchen|verlegen|verhindert|annuler|empêchement|modifier\s+(?:le|la)\s+"
    r"(?:date|rendez-vous|créneau|horaire)|cancelar|imprevisto|no\s+pudieras\s+asistir|"
    r"canviar\s+(?:la\s+|l['’])?(?:data|hora)|imprevist|anul·lar|reagendar|desmarcar|"
    r"annullare|imprevisti|disdire|cambiare\s+(?:la\s+)?data|verzetten|verplaatsen|"
    r"afzeggen|annuleren|verhinderd|ander\s+tijdstip|aflyse|forhindret|ændre\s+tidspunkt|"
    r"boka\s+om|omboka|avboka|förhinder|flytte\s+(?:tidspunktet|samtalen|intervjuet|aftalen|avtalen)|"
    r"flytta\s+(?:tiden|intervjun|mötet)|avlyse|endre\s+tidspunkt|siirtää|siirtämään|perua|"
    r"peruuttaa|breyta\s+tímanum|forföll|muuta\s+aega|edasi\s+lükata|tühistada|pārcelt|"
    r"atcelt|perkelti|atšaukti|przełożyć|przesunąć|odwołać|zmian[aęy]\s+terminu|"
    r"zmienić\s+termin|přesunout|přeložit|zrušit|změn[au]\s+termínu|změnit\s+termín|"
    r"presunúť|preložiť|zrušiť|zmen[au]\s+termínu|prestaviti|odpovedati|spremeniti\s+termin|"
    r"pomaknuti|promijeniti\s+termin|otkazati|odgoditi|átütemez\w*|lemond\w*|"
    r"időpont\w*\s+módosít\w*|reprogram\w*|anula|modifica\s+data|пренасроч\w*|отмен\w*|"
    r"промяна\s+на\s+час|αλλαγή\s+(?:ώρας|ημερομηνίας)|ακύρωση|μετάθεση|перенест\w*|"
    r"перенос\w*|не\s+сможете|скасуват\w*|не\s+зможете|ertele\w*|iptal|"
    r"(?:saati|tarihi)\s+değiştir\w*|לשנות\s+את\s+המועד|לבטל|לדחות|إعادة\s+جدولة|"
    r"تغيير\s+الموعد|إلغاء|تأجيل|समय\s+बदल|रद्द|menjadwalkan\s+ulang|jadwal\s+ulang|"
    r"mengubah\s+jadwal|membatalkan|menukar\s+tarikh|dời\s+lịch|đổi\s+lịch|hủy|"
    r"thay\s+đổi\s+thời\s+gian|เลื่อนนัด|เปลี่ยนเวลา|ยกเลิก|i-reschedule|ipagpaliban|"
    r"kanselahin|kubadilisha\s+muda|kuahirisha|kughairi|herskeduleer|verskuif|kanselleer|"
    r"ander\s+tyd|日程変更|日程の変更|ご都合が悪|일정\s?변경|일정\s?조율|改期|更改时间|更改時間|"
    r"调整时间|調整時間")

# The verb that sends the candidate to someone, in every language ("melden Sie sich bei",
# "prévenez", "avisa a", "neem contact op met", "hör av dig till", "skontaktuj się z",
# "свяжитесь с", "hubungi", "liên hệ với").
CONTACT_VERBS = (
    r"melden\s+sie\s+sich\s+(?:gerne\s+|bitte\s+)?bei|melde\s+dich\s+(?:gerne\s+)?bei|"
    r"rufen\s+sie|prévenez|joignez|adressez-vous\s+à|appelez|avisa(?:\s+a)?|"
    r"comun[ií]cate\s+con|escr[ií]banos\s+a|contacte\s+con|llame\s+a|contacta\s+amb|"
    r"escriu\s+a|truca\s+a|entre\s+em\s+contato\s+com|ligue\s+para|avise|escreva\s+para|"
    r"contacte|contattare|chiama|scrivere\s+a|rivolgiti\s+a|avvisa|"
    r"neem\s+(?:gerust\s+)?contact\s+op\s+met|mail|bel|stuur|ring\s+til|skriv\s+til|"
    r"giv\s+besked\s+til|kontakta|mejla|hör\s+av\s+dig\s+till|ta\s+kontakt\s+med|"
    r"gi\s+beskjed\s+til|ota\s+yhteyttä|soita|hafðu\s+samband\s+við|hringdu\s+í|"
    r"võta\s+ühendust|helista|sazinieties\s+ar|susisiekite\s+su|"
    r"skontaktuj\s+się\s+z|napisz\s+do|zadzwoń\s+do|prosimy\s+o\s+kontakt\s+z|"
    r"kontaktujte|napište|zavolejte|ozvěte\s+se|napíšte|zavolajte|pokličite|pišite|"
    r"kontaktirajte|javite\s+se|nazovite|keresse|hívja|contacta[țţ]i|suna[țţ]i|scrie[țţ]i|"
    r"свържете\s+се\s+с|обадете\s+се\s+на|пишете\s+на|επικοινωνήστε\s+με|"
    r"свяжитесь\s+с|напишите|позвоните|зв['’]яжіться\s+з|напишіть|зателефонуйте|"
    r"hubungi|sila\s+hubungi|liên\s+hệ(?:\s+với)?|gọi\s+cho|kontakin|tawagan\s+si|"
    r"wasiliana\s+na|mpigie|kontak|skakel")

# The writer says they coordinate the process or the interviews, in every language ("I'm
# coordinating your interviews", "ich koordiniere den Bewerbungsprozess", "je coordonne le
# recrutement", "coordino el proceso", "koordinuję proces rekrutacji", "я координирую
# процесс"): the writer set it up. (Only with the process's own nouns after the verb: "I
# coordinate the platform team" is a manager's work.)
_PROCESS = (r"(?:the\s+|your\s+|this\s+|den\s+|die\s+|das\s+|le\s+|la\s+|les\s+|el\s+|los\s+|"
            r"o\s+|os\s+|il\s+|i\s+|het\s+|de\s+|en\s+)?(?:\w+\s+)?"
            r"(?:process|interviews?|recruitment|recruiting|hiring|scheduling|"
            r"bewerbungsprozess|auswahlprozess|prozess|gespräche|termine|"
            r"processus|recrutement|entretiens|proceso|procesos|entrevistas|selecci[oó]n|"
            r"processo|recrutamento|colloqui|selezione|sollicitatieprocedure|procedure|"
            r"gesprekken|rekrutteringen|processen|samtalerne|rekryteringen|intervjuerna|"
            r"intervjuene|proces\w*|rekrutacj\w*|rozmow\w*|pohovor\w*|nábor\w*|razgovor\w*|"
            r"procesul|recrutarea|interviurile|процес\w*|подбор\w*|собеседован\w*|співбесід\w*|"
            r"süreci|mülakatları|proses|rekrutmen|wawancara|quy\s+trình|buổi\s+phỏng\s+vấn|"
            r"mchakato|usaili|onderhoude)")
SELF_COORDINATES = (
    rf"\bI(?:['’]m|\s+am)?\s+(?:coordinating|organi[sz]ing|scheduling|coordinate|organi[sz]e|"
    rf"schedule)\s+{_PROCESS}|"
    rf"(?i:\b(?:ich\s+(?:koordiniere|organisiere|betreue)|je\s+(?:coordonne|organise)|"
    rf"(?:yo\s+)?coordino|(?:eu\s+)?coordeno|(?:io\s+)?coordino|ik\s+(?:coördineer|co[öo]rdineer|"
    rf"begeleid|organiseer)|jeg\s+(?:koordinerer|organiserer)|jag\s+(?:koordinerar|samordnar)|"
    rf"koordynuję|koordinuji|koordinujem|koordiniram|koordinálom|coordonez|координирам|"
    rf"συντονίζω|я\s+координирую|я\s+координую|saya\s+(?:mengoordinasikan|"
    rf"mengkoordinasikan|menyelaraskan)|tôi\s+(?:điều\s+phối|phụ\s+trách)|ninaratibu|"
    rf"ek\s+koördineer)\s+{_PROCESS})")
