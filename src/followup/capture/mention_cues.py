"""The words around a name in an invitation's text that say who the person is (issue 23):
the labels of a list of interviewers, a schedule's times, the sentences that say who sits on
the panel, who coordinates, who signs. Patterns only; capture.mentions reads them. Pure."""

from __future__ import annotations

import re
from functools import cache

from followup.capture.lazy import lazy
from followup.capture.names import ORGANISING, PARTICLES, UPPER
from followup.capture.staff_words import MEETS_WITH, SET_UP_BY

TIME = lazy(r"^\s*(?:\d{1,2}(?:[:.h]\d{2})?\s*(?:[ap]\.?m\.?|uhr)?)\s*(?:[-–—]|to|à|bis)?"
                  r"\s*(?:\d{1,2}(?:[:.h]\d{2})?\s*(?:[ap]\.?m\.?|uhr)?)?\s*"
                  r"(?:(?-i:[A-Z]{2,4})\b)?\s*[:|–—-]?\s*", re.IGNORECASE)
AND = r"(?:and|&|und|et|y|e|en|og|och|i|a|ja|és|ve|dan|at|na|và|και|и|і|та)"
# A title of address written short before a name ("Ing.", "Lic.", "Dra.", "Mag.").
_ABBR = r"(?:Ing|Lic|Dr|Dra|Prof|Sr|Sra|Srta|Mag|Arq|Mr|Mrs|Ms|Mme)"
# A slot of a schedule for greeting, not interviewing ("Welcome – Layla", "Wrap-up",
# "Check-in with your recruiter", "Office tour", "Lunch", "Q&A with your recruiter").
GREETING_SLOT = lazy(r"\b(?:welcome|wrap[- ]?up|check[- ]?in|kick[- ]?off|"
                           r"intro(?:duction)?s?|orientation|tour|lunch|break|close|closing|"
                           r"debrief|next steps|logistics|"
                           # … the candidate's questions to a recruiter ("Q&A with Dana
                           # Reyes, Recruiter"; with a hiring lead it is an interview)
                           rf"q ?& ?a(?=[^\n]*(?:{ORGANISING.pattern}))|"
                           r"bienvenida|boas-vindas|accueil|begrüßung|benvenuto|bienvenue|willkommen|welkom|välkommen|"
                           r"velkommen|"
                           # … and closing one in the other languages ("Échange de clôture",
                           # "Cierre y próximos pasos", "Abschlussgespräch")
                           r"cl[ôo]ture|cierre|encerramento|chiusura|abschluss\w*|afsluiting|"
                           r"afronding|próximos pasos|próximos passos|prochaines étapes|"
                           r"nächste schritte|prossimi passi)\b",
                           re.IGNORECASE)
# A line of a schedule: it starts with a time ("10:20 – 11:05", "9am", "14h00").
TIMED = lazy(r"^\s*\d{1,2}(?:[:.h]\d{2}|\s*[ap]\.?m)", re.IGNORECASE)
FOOTER = lazy(r"-::~|_{20,}|^Join Zoom Meeting|^Microsoft Teams meeting|"
                    r"^Need to make changes to this event|^Powered by|^Meeting (?:number|link)\b|"
                    r"^Join by (?:phone|video)|^Join (?:the )?Webex meeting", re.MULTILINE)
# The label of a list of the people who interview, in the languages invitations come in.
_PANEL = (r"interviewers?(?:\(s\))?|interviewer:innen|panel(?:lists?|ists?)?|"
          r"interview panel|moderators?|assessors?|interviewing you|hiring team|interview team|"
          r"gesprächspartner(?:in|innen)?|gesprekspartners?|interviewpartner(?:in)?|"
          r"intervieweurs?|"
          r"jury|entrevistador(?:es|as?)?|intervistatori|selectors?|面接官|面试官|面談者|면접관|면접\s?위원|"
          r"teilnehmer(?:innen)?|participants|deelnemers|partecipanti|participantes|"
          r"(?:interview|selection|search|hiring|appointments?)\s+(?:board|committee)|"
          r"panel members?|board members?|selection panel|"
          r"committee|comité|komitee|komité|commissie|commissione|kommission|members|"
          # … a public body's selection board, with its adjective ("Commissione
          # esaminatrice", "Banca examinadora", "Tribunal calificador", "Teilnehmende")
          r"(?:commissione|comisi[oó]n|comiss[aã]o|commission|tribunal|banca|jury)\s+"
          r"(?:esaminatrice|giudicatrice|examinadora|avaliadora|julgadora|evaluadora|"
          r"calificador|de selecci[oó]n|de sele[cç][aã]o|de s[eé]lection|d['’][eé]valuation)|"
          r"teilnehmende|auswahlkommission|"
          # … "you'll meet" in the other languages ("Du träffar:", "Sie treffen:")
          r"du (?:kommer att )?träffar?|du (?:skal )?m[øo]de?r?|sie treffen|du triffst|"
          r"je (?:spreekt|ontmoet)(?: met)?|u (?:spreekt|ontmoet)(?: met)?|"
          r"vous rencontrerez|conocer[aá]s a|hablar[aá]s con|voc[eê] vai conhecer|"
          r"incontrerai|"
          # … and who leads it, in Central Europe and Türkiye ("Rozmowę poprowadzą:",
          # "Pohovor povedou:", "Intervievatori:", "Mülakatı yapacaklar:", "Görüşmeciler:")
          r"rozmowę (?:po|prze)prowadz[ią]|pohovor (?:povede|povedou)|intervievatori|"
          r"comisia|mülakat(?:ı|ınızı)? yapacak(?:lar)?|görüşmeciler|mülakatçılar|"
          r"beszélgetőpartnere(?:k|i)|interjúztatók|mülakat heyeti|pohovor povedie|"
          r"người phỏng vấn|hội đồng phỏng vấn|面試官|主考官|"
          # … and who will be with you, or watch ("Estarán contigo:", "Haastattelijat:",
          # "Beobachter:", "Partners on panel:", "ผู้สัมภาษณ์:")
          r"estar[aá]n? contigo|estar[aã]o com voc[eê]|haastattelijat?|intervjuare|"
          r"haastattelemassa|beobachter(?:innen)?|observers?|osservatori|observadores|"
          r"(?:partners|directors|members) on (?:the )?panel|ผู้สัมภาษณ์|"
          # … and who will be there, in more of them ("Aanwezig:", "Deltagere:", "Dabei
          # sind:", "Rozmówcy:", "Người phỏng vấn:", "Görüşmeciler:", "Pewawancara:")
          r"aanwezig(?:en)?|deltagere|deltagare|osallistujat|dabei sind|anwesend|"
          r"es erwarten sie|interviewere|intervjuere|saranno presenti|seront présents|"
          r"estar[aá]n presentes|sarai intervistat[oa] da|rozmówcy|prowadzący|komisja|"
          r"người phỏng vấn|görüşmeciler|mülakatçılar|pewawancara|penemuduga|"
          # … and who evaluates, in every language ("Evaluadores:", "Avaliadores:",
          # "Évaluateurs :", "Valutatori:", "Beoordelaars:", "Hodnotitelé:", "Оценители:")
          r"evaluators?|examiners?|évaluat(?:eur|rice)s?|examinat(?:eur|rice)s?|"
          r"evaluador(?:es|as?)?|avaluador(?:s|es|a)?|entrevistador(?:s)?|"
          r"avaliador(?:es|as?)?|valutatori|valutatrici|selezionatori|esaminatori|"
          r"bewerter(?:innen)?|prüfer(?:innen)?|interviewende|beoordelaars|bedømmere|"
          r"bedömare|arvioijat|matsmenn|hindajad|intervjueerijad|vērtētāji|intervētāji|"
          r"vertintojai|oceniający|rekruterzy|hodnotitelé|hodnotitelia|pohovor povedú|"
          r"ocjenjivači|ocenjivači|ocenjevalci|sugovornici|razgovor (?:vode|će voditi)|"
          r"értékelők|evaluatori|оценители|интервюиращи|αξιολογητές|συνεντευκτές|"
          r"интервьюеры|оценщики|собеседование провод[яу]т|інтерв['’]юери|оцінювачі|"
          r"співбесіду провод[яу]ть|değerlendiriciler|מראיינים|מראיינות|המראיינים|"
          r"المقابلون|المقيمون|لجنة المقابلة|साक्षात्कारकर्ता|penilai|người đánh giá|"
          r"ผู้ประเมิน|(?:mga )?tagapanayam|wahoji|wasaili|jopo la usaili|onderhoudvoerders|"
          r"beoordelaars|評価者|평가위원|评委|評審|考官|"
          r"hosts?|hosted by|also (?:joining|attending)|meet (?:the|your) (?:team|panel)|"
          r"joining you|meeting|you['’]ll (?:be )?meet(?:ing)?"
          r"(?: with)?|you will (?:be )?meet(?:ing)?(?: with)?|who you['’]ll meet|speaking with")
# A field of who, with the names on its own line ("With: A, B", "Interviewing: A"; not
# Google's "Who" heading over its list of guests, the organizer among them)
WHO_FIELD = lazy(r"^\s*(?:(?:(?:your\s+)?(?:interview|meeting|call|chat|conversation|session)"
                 r"\s+)?with|who|interviewing|staff(?:\s+member)?)\s*[:：]\s*(\S.*)$",
                 re.IGNORECASE)  # (a booking system's "Staff: Hamza Qureshi")
# … followed by a colon, or alone on its line as a heading (only the words that cannot end
# a letter: "The Hiring Team" under a signature is no list's heading)
_HEADING = (r"interviewers?|panel(?:lists|ists)|interview panel|gesprächspartner(?:in|innen)?|"
            r"gesprekspartners?|"
            r"panel interview|(?:interview|selection) (?:board|committee|panel)|"
            r"panel members|面接官|面试官")
# … and the words that may follow the label ("Assessors on the day:", "Panel for Thursday:")
# … or whose side they are on ("Teilnehmer seitens der Hochwald GmbH:", "Participants from
# Acme Foods:")
_QUALIFIED = (r"(?:\s+(?:on|for|at|in|beim|bei|chez)\s+(?:the\s+|this\s+|der\s+|dem\s+)?"
              r"[\w-]+(?:\s+[\w-]+)?|\s+today|"
              r"\s+(?:will be|are|is|include|includes|sind|seront|serán)|"  # "Your interviewers
              # will be:"
              r"\s+(?:seitens|from|von|de la part de)\s+(?:der\s+|des\s+|the\s+)?"
              r"[\w&.-]+(?:\s+[\w&.-]+){0,3})?")
INTERVIEWERS_LABEL = lazy(
    rf"^\s*(?:(?:your|the|our|ihre|deine|vos|tus)\s+)?(?:(?:{_PANEL})(?:\s*#?\d{{1,2}}|\s*\(\d{{1,2}}\))?"
    rf"{_QUALIFIED}\s*[:：]|(?:interviewers?|panel(?:l)?ists?|assessors?)\s+[–—-]\s+(?=\S)|"
    rf"(?:{_HEADING})\s*$)",
    re.IGNORECASE | re.MULTILINE)
# The same label inside a line of prose ("… on the day. Assessors: A, B.")
LABEL_IN_LINE = lazy(rf"(?:^|[.!;]\s+)(?:(?:your|the|our)\s+)?(?:{_PANEL}){_QUALIFIED}"
                           r"\s*[:：]",
                           re.IGNORECASE)
# Whoever will help with the arrangements is the one to write to about them ("… and
# Francesca Lo Russo will help", "Ana can reschedule", "Li Wei is happy to answer questions").
HELPS = lazy(r"\s+(?:will|['’]ll|can|could|is happy to|would be happy to|is glad to|"
                   r"is available to)\s+(?:(?:gladly|happily|also)\s+)?(?:help|assist|"
                   r"reschedule|rearrange|answer|sort|arrange|be your (?:main |first )?"
                   r"(?:point of )?contact|be in touch)\b", re.IGNORECASE)
# A slot's time written after the name ("Jane Doe: 10:00–10:45", "Jane Doe – 2pm to 3pm").
TIME_AFTER = lazy(r"\s*[:|–—-]\s*\d{1,2}(?:[:.h]\d{2})?\s*(?:[ap]\.?m\.?)?\s*"
                        r"(?:[-–—]|to|bis|à)\s*\d{1,2}", re.IGNORECASE)
# A sentence that says who sits on the panel: the names after it, to the sentence's end, are
# its members ("The panel will comprise …", "You will be interviewed by …", "Ihre
# Gesprächspartner sind …", "Le jury sera composé de …").
PANEL_SENTENCE = lazy(
    r"\b(?:(?:the|your|our)\s+(?:interview\s+|selection\s+|assessment\s+)?(?:panel|"
    r"interviewers)\s+(?:will\s+)?(?:comprise|consist of|include|be|is|are)(?:\s+made up of)?|"
    r"you\s+will\s+be\s+interviewed\s+by|you['’]ll\s+be\s+interviewed\s+by|"
    r"(?:ihre|die)\s+gesprächspartner(?:innen)?\s+(?:sind|werden sein)|"
    r"le jury (?:sera composé de|comprend)|el (?:panel|tribunal) (?:estará formado por|lo forman)|"
    r"te entrevistarán|vous serez reçu(?:e)? par|"
    # … who conducts it, in more of the languages invitations come in ("Il colloquio sarà
    # condotto da", "Het gesprek wordt gevoerd door", "Intervjun hålls av", "Rozmowę
    # przeprowadzą", "Haastattelijoina toimivat", "Participarán de la entrevista")
    r"(?:il colloquio|l['’]intervista) sarà (?:condott[oa]|tenut[oa]) da|ti intervisteranno|"
    r"sarai intervistat[oa] da|het gesprek wordt (?:gevoerd|afgenomen) door|"
    r"u wordt ontvangen door|je wordt ontvangen door|"
    r"intervjun (?:hålls|genomförs|leds) av|du (?:kommer att )?intervjuas av|"
    r"intervjuet (?:holdes|gjennomføres|ledes) av|interviewet (?:holdes|foretages) af|"
    r"du bliver interviewet af|haastattelij(?:oina|ana) toimi(?:vat|i)|"
    r"sinua haastattele(?:vat|e)|rozmow[eę] (?:przeprowadz[ąi]|poprowadz[ąi])|"
    r"participar[aá]n (?:de|en) la entrevista|la entrevista (?:será|estará) a cargo de|"
    r"la entrevista la (?:realizarán|realizará|harán|hará)|"
    r"a entrevista será (?:conduzida|realizada|feita) por|você será entrevistad[oa] por|"
    r"participar[aã]o da entrevista|l['’]entretien sera (?:mené|conduit|animé) par|"
    r"das gespräch (?:führen|führt)|anda akan diwawancarai oleh|"
    r"anda akan ditemuduga oleh|bạn sẽ được phỏng vấn bởi)\s*:?\s*", re.IGNORECASE)
# (not after a short word in capitals, an abbreviated title: "Dr.", "Sra.", "Prof.", "J.")
SENTENCE_END = lazy(r"(?<!\b[A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})"
                          r"(?<!\b[A-Z][a-z]{3})\.\s+(?=[A-Z])")
# A video meeting's host ("Rajiv Malhotra is inviting you to a scheduled Zoom meeting.")
HOST = lazy(r"^\s*(?:is inviting|invites) you to\b", re.IGNORECASE)
COORD_LABEL = lazy(
    rf"(?:{SET_UP_BY}|"  # (words between the verb and "by", every language: staff_words)
    r"coordinator|recruiter(?: contact)?|contact(?: person| point)?|logistics|(?:scheduled|"
    r"coordinated|arranged|organi[sz]ed|set up|booked) by|organi[sz]er|scheduler|"
    r"ansprechpartner(?:in)?|your recruiter,?|questions\?? (?:contact|reach)|"
    # … of Central Europe, Türkiye and Vietnam ("Osoba kontaktowa:", "Kontaktní osoba:",
    # "Kapcsolattartó:", "Persoană de contact:", "İletişim kişisi:", "Người liên hệ:")
    r"kontakt|osoba kontaktowa|kontaktní osoba|kapcsolattartó|persoan[ăa] de contact|"
    r"ileti[şs]im(?: kişisi)?|người liên hệ|"
    # … and the one the candidate is told to write to, in the languages invitations come in
    # ("please reach out to", "wenden Sie sich gerne an", "contactez", "escríbele a", "fale
    # com a", "neem contact op met", "kontakta")
    r"reach out to|e-?mail|write to|wenden sie sich (?:gerne |bitte )?an|kontaktieren sie|"
    r"melden sie sich (?:gerne |bitte )?bei|contactez|contacter|écrivez à|adressez-vous à|"
    r"escr[ií]bele a|escribe a|escr[ií]banos a|contacta(?:r)? (?:a|con)|comun[ií]cate con|"
    r"fale com(?: a| o)?|contate(?: a| o)?|entre em contato com(?: a| o)?|contattare|contatta|"
    r"scrivi a|scrivere a|rivolgiti a|neem contact op met|contact opnemen met|kontakta|"
    r"kontakt|ota yhteyttä|skontaktuj się z|"
    # … and the contact's label ("İletişim:", "Kontaktperson:", "Persona de contacto:")
    r"iletişim|kontaktperson|osoba kontaktowa|persona de contacto|pessoa de contato|"
    r"contacto|contato|ansprechperson|yhteyshenkilö|"
    # … and who scheduled it ("Agendado por:", "Organisé par", "Ingepland door",
    # "Coordinadora:")
    r"(?:agendad[oa]|programad[oa]|organizad[oa]|coordinad[oa]|marcad[oa]) por|"
    r"(?:organisé|planifié|coordonné)e? par|(?:organisiert|geplant|koordiniert) von|"
    r"(?:georganiseerd|ingepland|gepland) door|(?:organizzat|pianificat|coordinat)[oa] da|"
    r"coordinador[a]?|coordinaci[oó]n|coordenador[a]?|coordenação|coordinat(?:rice|ore)|"
    r"koordinator(?:in)?|coördinator|organisat(?:rice|eur))\s*:?\s*$",
    re.IGNORECASE)
# ("meet" and "with" in the languages invitations come in: "Vous rencontrerez", "Sie
# treffen", "conocerás a", "du träffar")
INTERVIEW_CUE = lazy(r"(?:interview(?:s|ed)?|meet|present|talk|speak|chat)\s+"
                           r"(?:\w+\s+){0,4}(?:with|to)\s*$|"
                           # "you will meet our partners A and B", "meet my co-founder A"
                           r"\bmeet\s+(?:my|our|your|the)\s+(?:[a-z][\w-]*\s+){1,2}$|(?:with|and|avec|et|mit|und|con|met|"
                           r"en|rencontrerez|rencontrer|treffen|treffen sie|conocerás a|"
                           r"conocerá a|conhecerá|ontmoet|incontrerai|incontrerà|träffar|møter|"
                           r"tapaat)(?:\s+(?:la|le|el|die|den|der|a|o))?\s*$|"
                           # a family member or a colleague the writer names by what they are
                           # to them ("my foreman A", "mio padre A", "mein Mann A")
                           r"\b(?:my|our|mein|meine|unser|unsere|mon|notre|nuestro|nuestra|"
                           r"meu|minha|nosso|nossa|mijn|onze|mitt|vår|vårt|(?-i:mio|mia|mi))"
                           r"\s+(?-i:[a-zà-ÿ][\w-]*\s+){1,2}$",
                           re.IGNORECASE)
# "Your interview with X", "the interview is with X": who the interview is with.
# (any article, or none at a line's start: "a video interview with X", "Phone interview with X")
# (and where or what for between: "your interview at Westgate with X", "a technical
# interview for the Senior Grain Logistics Planner position with X"), and of a round or a
# call too ("This round is with X", "a quick call with X")
MET_WITH = lazy(r"(?:\b(?:your|the|a|an|this|our)\s+|^\s*)(?:\w+\s+){0,2}(?:interview|round|"
                r"call|chat|conversation)\s+"
                # (an aside in brackets between: "Technical interview (pair programming, ~75
                # min) with A and B")
                r"(?:\([^()\n]{1,60}\)\s+)?"
                r"(?:[^\s.!?,;:]+\s+){0,7}?with\s+(?:Dr\.?\s+|Prof\.?\s+)?$", re.IGNORECASE)
# Whom the candidate will speak or meet with, in the same sentence: each one met, from HR too
# ("Je spreekt met A (afdelingshoofd) en B (HR-adviseur)", "You will meet with the hiring
# manager, Jane Doe, and …").
_MIDDLE = rf"(?:\s(?:[^.!?\n]|\b{_ABBR}\.)*?(?:,|\s(?i:{AND})))?"
SPEAKS_WITH = lazy(r"(?i:\b(?:you(?:['’]ll|\s+will)?\s+(?:speak|meet)\s+with|"
                   r"you(?:['’]ll|\s+will)\s+(?:also\s+)?meet|"
                   r"you(?:['’]re|\s+are|['’]ll be|\s+will be)\s+(?:meeting|speaking)"
                   r"(?:\s+(?:with|to))?|(?:je|u)\s+"
                   r"spreekt\s+met|sie\s+sprechen\s+mit|du\s+sprichst\s+mit))"
                   rf"{_MIDDLE}\s*$|"
                   # … and meeting, shadowing or being received by them, in the languages a
                   # small employer writes, a job's words or a title of address before each
                   # name ("Du träffar köksmästare A och restaurangchef B", "Estarán el Ing. A
                   # y la Lic. B", "Incontrerà mio padre A", "You'll shadow Dr. A and our
                   # lead assistant B")
                   rf"(?i:\b(?:{MEETS_WITH})){_MIDDLE}(?:\s+(?:[a-zà-ÿ][\w-]*|{_ABBR}\.)){{0,3}}\s*$|"
                   r"(?i:\b(?:you(?:['’]ll|\s+will)\s+(?:shadow|be\s+shadowing|work\s+"
                   r"alongside)|(?:du|ni)\s+(?:träffar|möter|treffer|møter|møder|"
                   r"kommer\s+att\s+träffa)|estar[áa]n(?:\s+presentes)?|"
                   r"conocer[áa]s?\s+a|te\s+entrevistar[áa]n?|(?:conversar[áa]s?|"
                   r"hablar[áa]s?|te\s+reunir[áa]s)\s+con|(?:voc[êe]\s+)?(?:vai\s+"
                   r"(?:conhecer|conversar\s+com|falar\s+com)|conhecer[áa]|"
                   r"conversar[áa]\s+com)|vous\s+(?:rencontrerez|allez\s+rencontrer|"
                   r"échangerez\s+avec|serez\s+reçue?\s+par)|tu\s+rencontreras|"
                   r"incontrer(?:ai|à)|conoscer(?:ai|à)|parler(?:ai|à)\s+con|"
                   r"(?:je|u)\s+(?:ontmoet|maakt\s+kennis\s+met)|(?:sie|du)\s+(?:treffen|"
                   r"triffst|lernen)|spotka\s+się\s+pan(?:i)?\s+z|"
                   r"spotkasz\s+się\s+z|porozmawiasz\s+z|rozmowę\s+(?:poprowadz[ią]|"
                   r"przeprowadz[ią])|pohovor\s+(?:s\s+vámi\s+)?(?:povede|povedou)|"
                   r"setkáte\s+se\s+s|interviul\s+va\s+fi\s+(?:susținut|condus)\s+de|"
                   r"vă\s+veți\s+întâlni\s+cu|veți\s+discuta\s+cu))"
                   rf"{_MIDDLE}(?:\s+(?:[a-zà-ÿ][\w-]*|{_ABBR}\.)){{0,3}}\s*$")
# A title written before the name: "Your recruiter, X", "the hiring manager, X", "Your
# recruiting coordinator is X": the clause before the name, led by "your", "the", "our" …
TITLE_BEFORE = lazy(r"(?:^|[.,;:!?(]\s*|\s)(?:(?:your|our|the|my)\s+)"
                          r"((?:[\w/&-]+\s+){0,3}[\w/&-]+)\s*(?:,|\bis|\bwill be)\s*$",
                          re.IGNORECASE)
# A title written after the name in a sentence: "X is your recruiter", "X, our talent partner"
TITLE_IS = lazy(r"\s+(?:is|will be)\s+(?:your|our|the)\s+([\w /&-]{2,40}?)\s*(?:[,.;\n(]|$)",
                      re.IGNORECASE)
# An address as it is written (an apostrophe inside its local part: "o'neill@…", never before it:
# "'jo@…'" is jo@… in quotes). The one shape of an address the capture reads in text.
ADDRESS_SHAPE = r"[\w.+-]+(?:'[\w.+-]+)*@[\w-]+(?:\.[\w-]+)+"
EMAIL = lazy(ADDRESS_SHAPE)
# A list's bullet or number ("• ", "- ", "2) ", "1. ") and pronouns ("(she/her)").
BULLET = lazy(r"^\s*(?:[•·▪◦‣*>-]|\d{1,2}[.)])\s+")
# … in any language, and in two at once ("(elle/she)", "(sie/ihr)", "(they/elle)")
PRONOUNS = lazy(r"\s*\((?:he|she|they|ze|xe|il|elle|iel|er|sie|ella|él|ela|ele|hen|hän|hij|"
                r"zij|hon|han)(?:\s*/\s*\w+)+\)", re.IGNORECASE)
# An HTML tag, not an address in angle brackets ("Jane Doe <jane@acme.example>").
HTML_TAG = lazy(r"</?[A-Za-z][\w-]*(?:\s[^<>]*)?/?>")
# Someone named by a first name alone who will be in the room beside the writer ("Fatima, our
# head baker, will sit in", "Kenji will join us").
# A full name will do as well ("My daughter Inês Ribeiro Marques, who runs the bindery, will
# join us", "Tadhg Mac Giolla Phádraig will sit in").
_MEETING = r"(?:interview|panel|call|meeting|conversation|discussion|session)"
SITS_IN = lazy(rf"\b([{UPPER}][\w'’-]+(?:[ \t]+(?:(?:{PARTICLES})[ \t]+)*[{UPPER}][\w'’-]+)"
                     rf"{{0,3}})(?:,[^,.\n]{{1,60}},|\s*\([^()\n]{{1,40}}\)|\s+from\s+(?:the\s+|our\s+)?"
                     r"[\w&]+(?:\s+(?:team|side|department|desk))?)?\s+"
                     r"(?:(?:will|['’]ll)\s+(?:also\s+)?(?:sit in|"
                     rf"(?:join|be joining) (?:us|you|me|in|the {_MEETING})|take part|"
                     # … said alone, the meeting understood ("Giulia will join too.")
                     r"(?:join|be joining)(?:\s+(?:too|as well))?(?=\s*[.!;\n]|\s*$)|"
                     rf"be (?:on|part of) the {_MEETING}|"
                     # … or does a part of it with the candidate ("Thanh (our pastry lead)
                     # will run the trial bake with you", "Wiremu will lead the practical")
                     r"(?:run|lead|conduct|host)\s+(?:the|a|your)\s+[\w-]+(?:\s+[\w-]+){0,2}"
                     r"\s+with\s+you)|(?:will|['’]ll)\s+also\s+(?:attend|join)\b|"
                     r"(?:will|['’]ll)\s+also\s+be\s+(?:there|"
                     r"present|in the room|on the call|attending)|(?:will|['’]ll)\s+be\s+(?:there|"
                     r"present|in the room|on the call) (?:too|as well)|"
                     # … in the languages invitations come in ("Anouk (HR) schuift ook aan",
                     # "Frau Roth ist auch dabei", "Léa sera également présente")
                     r"(?:schuift|sluit|zit)\s+(?:ook\s+)?(?:aan|erbij)|is\s+ook\s+(?:aanwezig|"
                     r"erbij)|ist\s+(?:auch\s+)?dabei|nimmt\s+(?:auch\s+)?(?:am Gespräch\s+)?teil|"
                     r"sera\s+(?:là\s+)?(?:également|aussi)(?:\s+présente?)?|se joindra|"
                     # ("A Inês também vai estar presente", "Iker va a estar también")
                     r"(?:também\s+)?(?:vai|va a)\s+estar\s+"
                     r"(?:(?:também|también)(?:\s+presente)?|presente)|"
                     r"(?:también\s+)?(?:estará presente|se unirá|participará)|"
                     # … in the present tense ("Siobhán (Commercial Director) joins for the
                     # last 15 min", "Ravi is joining from Bengaluru")
                     r"(?:also\s+)?(?:joins|is (?:also\s+)?joining|sits in))\b")
# The article Portuguese and Spanish put before a given name, starting the sentence ("A Inês
# também vai estar presente"): no part of a name.
ARTICLE_FIRST = lazy(r"(?:^|[.!?]\s+|\n)(?:A|O|La|El)[ \t]+$")
# … only for a moment of it ("will join us to say hello", "will join for the intros"): no
# seat in the interview
ONLY_TO_GREET = lazy(r"^\s*(?:(?:only|just|briefly)\s+)?(?:at the (?:start|beginning|end)|"
                     r"(?:to|for)\s+(?:say|introduc|do (?:the )?intro|make intro|welcome|greet|"
                     r"kick|open|close|start|the (?:first|last|opening|closing|intro|welcome|"
                     r"wrap)|intro|a few minutes|the tour|lunch|a coffee))", re.IGNORECASE)
# A name, then the team it comes from ("Isabel from Recruiting is copied", "Ana Ruiz of our
# Talent team"): the reader keeps it only for an attendee, and only for a recruiting team.
NAMED_FROM_TEAM = lazy(
    rf"\b([{UPPER}][\w'’-]+(?:[ \t]+[{UPPER}][\w'’-]+)?)[ \t]+(?:from|of|in|on)[ \t]+"
    rf"(?:(?:the|our)[ \t]+)?([{UPPER}][\w'’-]*(?:[ \t]+(?:&[ \t]+)?[{UPPER}][\w'’-]*){{0,2}})")
# … unless the sentence goes on to say that person interviews ("Priya from People Analytics
# will interview you").
WILL_INTERVIEW = lazy(r"^[ \t]+(?:team[ \t]+)?(?:will|['’]ll|is going to)[ \t]+"
                            r"(?:also[ \t]+)?(?:be[ \t]+)?(?:interview|meet|run|lead|host|take|"
                            r"walk|chat|talk|speak|sit|join)", re.IGNORECASE)
# What comes before a place or an organisation, never before a person: "at", "from",
# "join", "of", a house number ("1412 S Flores St"), the employer one applied to ("interest
# in", "interés en", "applying to", "welcome to", "our client").
NOT_A_PERSON_AFTER = lazy(
    r"(?:\b(?:at|from|join|of)|\b(?:institute|centre|center|ministry|department|office|"
    r"council|foundation|society|association|commission|school|college|agency|trust|fund|"
    r"board|authority|federation|alliance|network|league|union|programme|program)\s+for|"
    r"\b\d+[a-z]?(?:[-/]\d+)?,?|\b(?:interest|interés|interesse|intérêt)"
    r"\s+(?:in|en|em|pour|an|voor)|\bappl(?:y|ied|ying|ication)\s+(?:to|at|with)|"
    r"\bwelcome to|\bbienvenid[oa]s? a|"
    # … a thing the text names with its article ("Seeing the Big Picture"); a unit after a
    # job's title ("Gerente de Cumplimiento Regulatorio", "Directrice des Achats")
    r"(?-i:\bthe)|\b(?:gerente|director|directora|subdirector|subdirectora|jef[ea]|"
    r"responsable|directeur|directrice|responsabile|diretor|diretora|head|chef)\s+"
    r"(?:de|del|de la|des|du|di|della|do|da)|"
    # … the client a search firm recruits for ("on behalf of our client, the Marlowe Hotel")
    r"\b(?:our|my|the|a|your)\s+client,?(?:\s+the)?|"
    # … and the job one interviews or applied for ("your interview for Staff Nurse, Renal")
    r"\binterview(?:ing)?\s+for|\bappl(?:y|ied|ying)\s+for|\bapplication\s+for)\s*$",
    re.IGNORECASE)
# The job named just before, a comma, then more of its name ("the position of Staff Nurse,
# Cardiac Care", "the role Account Executive, Public Sector", "your interview for Product
# Owner, Home Loans"): no person.
JOB_NAMED = lazy(r"\b(?:role|position|post|job|vacancy|opening|puesto|poste|stelle|vaga|"
                       r"posizione|functie|vacature|interview(?=\s+for))"
                       r"(?:\s+(?:of|as|for|de|als|di))?\s+"
                       rf"(?-i:[{UPPER}])[^.;:!?\n]{{0,60}},\s*$|"
                       # … or a colon or a dash, then more of it ("the position of Senior
                       # Engineer - Grid Modernization", "el puesto de Gerente de Marca:
                       # Snacks Saludables")
                       r"\b(?:role|position|post|vacancy|opening|puesto|poste|stelle|vaga|"
                       r"vacante|posizione|functie|vacature)(?:\s+(?:of|as|for|de|als|di))?\s+"
                       rf"(?-i:[{UPPER}])[^.;:!?\n–—]{{0,60}}?(?::|\s[–—-])\s*$|"
                       # … or its one job word before the rest ("die Position Teamleiter
                       # Funktionale Sicherheit": no one's name after "Teamleiter")
                       r"\b(?:position|stelle|vacancy|vacature|functie|poste|puesto|vaga)"
                       r"(?:\s+(?:of|as|als|de))?\s+"
                       rf"(?-i:[{UPPER}])[\w/:*-]+\s+$", re.IGNORECASE)


# The words that close a letter, above the writer's name, in the languages invitations come in.
_CLOSE = (
    r"(?:(?:kind(?:est)?|warm(?:est)?|best|many|with|all the|yours|sincerely|respectfully)"
    r"\s+)?(?:regards|wishes|thanks|thank you|cheers|best|sincerely|yours(?: sincerely| "
    r"faithfully| truly)?|cordially|speak soon|see you (?:then|soon)|"
    r"(?:bien )?cordialement|bien à vous|(?:mit )?(?:freundliche|herzliche|viele|beste|"
    r"liebe)n? gr(?:ü|ue)(?:ß|ss)en?|(?:met )?vriendelijke groet(?:en)?|"
    r"med vänlig(?:a)? hälsning(?:ar)?|"
    r"vänliga hälsningar|med venlig hilsen|vennlig hilsen|ystävällisin terveisin|"
    r"un saludo|saludos(?: cordiales)?|atentamente|atenciosamente|abraços?|"
    r"cordiali saluti|distinti saluti|un caro saluto|pozdrawiam|s pozdravem|"
    # … and the line that says the writer signs for the body, under the closing ("Im
    # Auftrag", "i. A.", "In Vertretung", "p.p.", "por orden")
    r"im auftrag|in vertretung|i\.\s?[av]\.|p\.\s?p\.|per pro|por orden|p\.\s?o\.)")
CLOSING = lazy(rf"^{_CLOSE}[,.!]?$", re.IGNORECASE)
# … and the name on the same line ("Kind regards, Tariq Aziz, Recruitment Officer")
SIGNED_INLINE = lazy(rf"^{_CLOSE}\s*[,–—-][ \t]*(\S.{{0,80}})$", re.IGNORECASE)
# The job's own word after the words of its name ("the Risk Analyst, Commercial Lending role").
JOB_WORD_AFTER = lazy(r"\s+(?:role|position|vacancy|post|job|opening|opportunity|"
                            r"requisition|stelle|poste|puesto|vaga|vacature|tjänst|stilling)\b",
                            re.IGNORECASE)
# A label in the singular, then a name written family name first ("Interviewer: van Wyk,
# Hendrik (Chief Actuary)", "Recruiter: Botha, Anri"): one person, given name first.
# (compiled when first needed, as the two below: a line with no comma never needs them)
_FAMILY_FIRST = (
    rf"^(.{{0,40}}?\b(?:interviewer|recruiter|coordinator|contact|host|chair|"
    rf"manager|assessor|panellist|panelist|organi[sz]er|scheduler|lead)\s*[:：]\s*)"
    rf"((?:(?:{PARTICLES})\s+)*[{UPPER}][\w'’-]+(?:\s+[{UPPER}][\w'’-]+)?)\s*,\s*"
    rf"([{UPPER}][\w'’-]+)(\s*\([^()]*\))?\s*$")
# A name written family name first, then the given name used with it in English, alone on
# its line ("Lau Chi Keung, Peter", "CHAN Tai Man, Winnie"): one person.
_ALIAS = (rf"^\s*((?-i:[{UPPER}])[\w'’-]+(?:\s+(?-i:[{UPPER}])[\w'’-]+){{1,3}})\s*,"
          rf"\s*((?-i:[{UPPER}])[a-z]+)\s*$")


# A slot of a schedule that names its person family name first, as HR systems write them
# ("9:00 AM - 9:45 AM CST  Okafor, Ngozi - Manager"): one family name, one given name.
_SLOT_FAMILY_FIRST = (rf"^((?:(?:{PARTICLES})\s+)*[{UPPER}][\w'’-]+)\s*,\s*"
                      rf"([{UPPER}][\w'’-]+)(?=\s*(?:$|[(|–—]|-\s))")


@cache
def family_first() -> re.Pattern[str]:
    return re.compile(_FAMILY_FIRST, re.IGNORECASE)


@cache
def alias() -> re.Pattern[str]:
    return re.compile(_ALIAS)


@cache
def slot_family_first() -> re.Pattern[str]:
    return re.compile(_SLOT_FAMILY_FIRST)

# A given name alone, then a comma, a dash or a bar, then a title or a team, at the end of the
# text: the writer signs ("Noor, Recruiting", "Aoife – People team, Kerrow Foods", "– Kiri | HR").
GIVEN_SIGNED = lazy(rf"^(?:[–—-]\s*)?([{UPPER}][\w'’-]+)\s*(?:,|\s[–—|-])\s*(\S.{{1,60}})$")
# Who coordinates, said after the name in the languages invitations come in ("Paula Ibáñez
# (paula@…), que coordina el proceso", "Chloé Dubuc, qui coordonne les entrevues").
COORDINATES = lazy(r"^\s*(?:\([^()]*\)|<[^<>]*>)?\s*,?\s*(?:(?:who|que|qui|der|die|che|"
                         r"welche[rs]?|som)\s+(?:coordinates|is coordinating|will coordinate|"
                         r"coordina|coordonne|koordiniert|coordena|coördineert|koordinerer|"
                         r"koordinerar|organi[sz]es|is organi[sz]ing|schedules|organiza)|"
                         # … or that they set this one up ("Priya Natarajan scheduled this
                         # interview", "… has arranged your visit")
                         r"(?:has\s+)?(?:scheduled|arranged|booked|set up|organi[sz]ed|"
                         r"coordinated)\s+(?:this|the|your)(?!\s+(?:role|team|company|firm|"
                         r"department|business|studio|practice)\b))\b", re.IGNORECASE)
# "my" and "our" in the languages invitations come in.
_MY = (r"(?i:my|our|mi|mis|meu|minha|o meu|a minha|mon|ma|notre|nuestr[oa]|mein(?:e|em|en)?|"
       r"unser(?:e|em|en)?|mijn|onze|il mio|la mia|mitt|min|mój|moja|nasz|nasza)")
# A given name beside what it is to the writer: "my father, Joaquim", "Iñaki, mi socio".
# (any word: the reader checks that the name's is capitalised)
# (or in brackets after it: "Aroha (our head barista)")
APPOSED = lazy(rf"\b{_MY}\s+((?:[\w-]+\s+){{0,2}}[\w-]+),\s+(\w[\w'’-]*)"
                     r"(?=\s*[,.;!?)]|\s*$)|"
                     rf"\b(\w[\w'’-]*)(,\s+|\s*\(){_MY}\s+((?:[\w-]+\s+){{0,2}}[\w-]+)"
                     r"(?=\s*[,.;!?)]|\s*$)", re.MULTILINE)
# A greeting before the candidate's name ("Dear Sam, my apologies").
GREETING = lazy(r"\b(?:dear|hi|hello|hey|hiya|greetings|hola|olá|ola|oi|bonjour|salut|"
                      r"hallo|hej|hei|moi|ciao|caro|cara|querid[oa]|estimad[oa]|prezado|"
                      r"prezada|liebe|lieber|beste|kia ora|dzień dobry|witam)\W*$",
                      re.IGNORECASE)
# A label in the singular: one person follows ("Interviewer:", "Entrevistadora:").
ONE_LABEL = lazy(r"\b(?:interviewer|entrevistador[a]?|intervistatore|intervistatrice|"
                       r"intervieweu(?:r|se)|interviewpartner(?:in)?|gesprächspartner(?:in)?|"
                       r"assessor|moderator|panell?ist|host)\s*(?:#?\d{1,2}\s*)?[:：–—-]",
                       re.IGNORECASE)
# "and" in the languages invitations come in ("Nowak i Zieliński", "Minh Khai và Văn Nam").

# The person a sentence names takes no part: away, or unable to come ("who is on leave that
# week", "can't make it", "sends her apologies").
NOT_THERE = lazy(r"\b(?:(?:is|are|will be)\s+(?:away|(?:(?:away\s+)?on\s+)?(?:annual\s+|"
                 r"parental\s+|maternity\s+|paternity\s+|sick\s+|study\s+)?leave|out of (?:the\s+)?"
                 r"office|out\s+(?:until|till|that|this|next|on)|unavailable)|(?:can(?:no|['’])t|"
                 r"won['’]t|will not|is unable to|isn['’]t able to|can no longer|"
                 r"(?:is|will)\s+no longer\s+(?:be\s+)?able to)\s+"
                 r"(?:join|attend|make it|be there|be present|be joining|be attending)|"
                 r"sends?\s+(?:her|his|their)\s+apologies|has (?:since\s+)?left)\b",
                 re.IGNORECASE)
# … copied for information, gone from the job the candidate would do ("Ana Beltrán is
# copied for visibility", "when Daniel Osei moved to our Geelong store"), met in an earlier
# round, or only perhaps looking in, unless the sentence says they meet the candidate too.
ELSEWHERE = lazy(r"\b(?:(?:is|are|has been|have been)\s+(?:also\s+)?(?:copied|cc['’]?d|in cc|"
                 r"in copy|looped in|kept in the loop)|moved\s+(?:on|to)|retired|"
                 r"(?:previously|formerly)\s+held|"
                 # … met before, not in this meeting ("speaking with Ana Ruiz last week")
                 r"last\s+(?:week|month|time)|yesterday|"
                 # … or said only perhaps to look in, or to say hello ("might pop in briefly
                 # to say hello")
                 r"(?:might|may|could)\s+(?:also\s+)?(?:briefly\s+)?(?:pop|drop|stop|look|"
                 r"swing)\s+(?:in|by))\b", re.IGNORECASE)
# … the job only reports to them ("The role reports to Kofi Mensah"), unless the sentence
# says the candidate meets them too.
REPORTS_TO = lazy(r"\b(?:(?:reports?|reporting)\s+(?:in)?to|"
                  # … or the writer copies them in, or the job was theirs ("I've cc'd our CEO,
                  # X", "you'd be replacing X", "taking over from X"), or the firm's
                  # history names them ("Priya founded Halcyon with X")
                  r"cc['’]?d|bcc['’]?d|copied(?:\s+in)?|copying(?:\s+in)?|looped\s+in|"
                  r"replac(?:e|es|ing)|tak(?:e|es|ing)\s+over\s+from|(?:co-?)?founded)"
                  r"\s+(?:[\w'’-]+,?\s+){0,4}$",
                  re.IGNORECASE)
TAKES_PART = lazy(r"\b(?:meet|interview|join|speak|talk|chat|panel|sit in|be there|present)",
                  re.IGNORECASE)
# Someone paired with the writer, who is in the meeting with them ("Callum and I look forward
# to meeting you", "Callum Fraser and I will then interview you", "with me and Callum",
# "I'll be joined by Callum").
WITH_THE_WRITER = lazy(rf"(?<![\w'’-])([{UPPER}][\w'’-]+(?:[ \t]+[{UPPER}][\w'’-]+){{0,2}})[ \t]+"
                       r"(?:and|&)[ \t]+(?:I|myself)\b(?!['’])|"
                       rf"\b(?:me|myself)[ \t]+(?:and|&)[ \t]+"
                       # (who they are to the writer between: "me and my sister Maria do
                       # Carmo Ferreira", "me and our co-founder Ana")
                       rf"(?:{_MY}[ \t]+(?:[a-z][\w-]*[ \t]+){{1,2}})?([{UPPER}][\w'’-]+"
                       rf"(?:[ \t]+(?:(?:{PARTICLES})[ \t]+)*[{UPPER}][\w'’-]+){{0,3}})\b|"
                       # … or joining the writer's meeting ("I will be joined by Thibault
                       # Nguyen from the perception team", "we'll be accompanied by Dr Ama")
                       r"\b(?:I|[Ww]e)(?:['’]ll|\s+will|\s+shall)\s+(?:also\s+)?be\s+"
                       r"(?:joined|accompanied)\s+by\s+(?:(?:Dr|Prof)\.?\s+)?"
                       rf"([{UPPER}][\w'’-]+(?:[ \t]+(?:(?:{PARTICLES})[ \t]+)*"
                       rf"[{UPPER}][\w'’-]+){{0,3}})\b")


# A seat of a selection committee, as a line of its list ("Presidente: Dr. Alberto Ruggeri,
# Direttore …", "Chair: Dana Reyes", "Independent member: …", "Segretario verbalizzante: …")
SEAT = lazy(r"^\s*(?:[-•*]\s*)?((?:(?:independent|external|internal|lay)\s+)?member|"
            r"chair(?:person)?|"
            r"presidente|presidenta|présidente?|vorsitz(?:ende[rn]?)?|componente|membro(?:\s+"
            r"(?:esterno|externo|interno))?|miembro|vocal|membre|mitglied|beisitzer(?:in)?|"
            r"(?:secretari[oa]|segretari[oa]|secrétaire)(?:\s+verbalizzante|\s+de actas)?|"
            r"schriftführer(?:in)?|protokoll(?:führer(?:in)?)?|minute[- ]?taker|"
            r"note[- ]?taker)\s*[:：]\s*(\S.*)$", re.IGNORECASE)
# Who keeps the minutes of a committee: the one who organises it, not a member who
# interviews ("(Protokoll)", "Segretario verbalizzante", "minute-taker", "taking notes")
TAKES_MINUTES = lazy(r"\bprotokoll|verbalizzante|\bminute[- ]?tak|\bnote[- ]?tak|"
                     r"\btaking (?:the )?(?:notes|minutes)|\bsecretari[oa]\b|\bsegretari[oa]\b|"
                     r"\bsecrétaire\b|schriftführer|\bde actas\b", re.IGNORECASE)
