"""The words of people's names and of their titles, as an invitation writes them (issue 23):
whether capitalised words are a person's name, a job title, a team; the particles inside
family names, the letters after them. Pure."""

from __future__ import annotations

import re

from followup.capture.lazy import lazy
from followup.capture.spelling import HONORIFICS, plain
from followup.capture.staff_words import RECRUITING_TITLES
from followup.core.companies import is_legal_form

# A recruiting team's own word in the languages invitations come in: a team calendar or a
# mailbox's name ("Rekruttering – Lumenfjord"), never a person's, never the employer's.
RECRUITING_ABROAD = (r"rekruttering|rekrytering|rekrutierung|rekrutacja|recrutement|"
                     r"reclutamiento|reclutamento|recrutamento|werving|karriere|"
                     r"bewerbung(?:en)?|personalabteilung|talento|"
                     # … and selection, the word of Spanish, Italian and French recruiting
                     # ("Equipo de Selección", "Ufficio Selezione", "Service Sélection")
                     r"selecci[oó]n|selezione|s[ée]lection|seleção|selecção")

# The capital letters of the Latin, Greek and Cyrillic alphabets ("Š", "Ć", "Ł", "Ö"), as
# ranges (a class of each letter costs more to compile than `add --from` spends reading);
# the blocks beyond Latin-1 mix capitals and small letters, so `valid` checks each word.
UPPER = "A-ZÀ-ÖØ-ÞĀ-ɏͰ-ϿЀ-ӿḀ-ỿ"
# Lower-case words inside a family name ("Ines de la Fuente", "Rhys ap Gwilym", "Nur Aisyah
# binti Kamal", "Maarten van der Berg"), and the "and" that joins two family names in Spanish,
# Catalan and Portuguese ("Ana Ruiz y Soto", "Pau Roca i Puig", "Ana Silva e Costa").
PARTICLES = ("van|von|de|der|den|des|du|da|di|del|della|do|dos|das|la|le|lo|ter|ten|op|zu|"
             "nic|ní|mac|mc|bin|binti|binte|bint|ibn|al|el|ap|ab|y|i|e|los|las|af|av|dei|degli|"
             "delle|dela|delos")  # (… "de la" written joined, as the Philippines write it)
PARTICLE_WORDS = frozenset(PARTICLES.split("|"))
AND_PARTICLES = frozenset(("y", "i", "e"))
# A capitalised word of a name, or an initial before another ("Michael T. Reyes", "J. Okafor").
_WORD = rf"[{UPPER}](?:\.(?=[ \t])|[\w'’-]*)"
# A name: two to four capitalised words, a title of address allowed in front.
# (two: "Frau Dr. Lucia Hart"; "Mme", "Herrn", "Sra.", "M." in the languages they come in)
NAME = lazy(  # (never from the middle of a word: "gặp Nguyễn", whose "ặ" is a capital's code)
    # (nor from inside an abbreviation: the "V." of "B.V. Anouk Visser" is no initial of hers)
    rf"(?<![\w'’-])(?<![{UPPER}]\.)(?:(?:Dr|Capt|Prof|Mag|Ing|Eng(?=\.)|Engr|Mr|Mrs|Ms|Mx|Miss|Sir|Dame|Rev|Cllr|Mdm|Madam|Encik|Puan|"
    r"Herr|Herrn|Frau|Mme|Mlle|M(?=\.)|Sr|Sra|Srta|Sig|Dhr|Mevr|Dott|Avv|Maître)\.?\s+){0,2}"
    rf"{_WORD}(?:[ \t]+(?:(?:{PARTICLES})[ \t]+)*{_WORD}){{1,3}}"
    # … and a generation after it ("Earl Washington Jr.", "Tyrone Beaumont III")
    r"(?:,?[ \t]+(?:Jr|Sr|Jnr|Snr)\b\.?|[ \t]+(?:II|III|IV)\b)?")
# A generation written after a family name: part of the name, never its last word's test.
GENERATION = lazy(r"(?:,?\s+(?:Jr|Sr|Jnr|Snr)\b\.?|\s+(?:II|III|IV)\b)$")
# A word that is a pronoun or a verb run together with another ("I'm", "we're", "You'll",
# "it's"): never a word of a name; a possessive ends the name before it ("Tui Rāwiri's").
CONTRACTION = lazy(r"^(?:i|we|you|they|he|she|it|let|here|there|that|what|who)['’]"
                         r"(?:m|re|ll|ve|d|s)$|n['’]t$", re.IGNORECASE)
POSSESSIVE = lazy(r"['’]s?$")
# Titles of people who set interviews up rather than hold them.
ORGANISING = lazy(
    rf"{RECRUITING_TITLES}|"  # (every language's recruiter and personnel desk: staff_words)
    r"recruit|recrut|reclut|rekrut|\bwerving|talent(?!\s+(?:development|management))|"
    r"\bta\b|coordinat|schedul|\bhr\b|human capital|"
    r"early careers|resourcing|\bhiring\b(?!\s+manager)|"
    r"(?:personal|executive|administrative|team)\s+assistant|\bassistant to\b|"
    r"human resources|people (?:partner|team|ops)|sourc(?:er|ing)|ansprechpartner|"
    r"\bworkforce\b(?!\s+planning)|"  # ("Workforce Officer": a hospital's HR)
    r"personalabteilung|\bhr administrator|\bpeople\b|point of contact|"
    # … in the languages invitations come in: German compounds of "Personal-"
    # ("Personalreferentin"), "RH", "rekrytering", human resources
    r"\bpersonal(?:referent|sachbearbeit|betreu|beraterin|berater|beratung|vermittl|"
    r"dienstleist|leit|wesen|management|marketing|entwickl|abteilung)|\brh\b|rekry|"
    r"recursos humanos|risorse umane|ressources humaines|personeelszaken|"
    # … of Central Europe, Türkiye, Israel, the Gulf and Vietnam ("İnsan Kaynakları Uzmanı",
    # "İşe Alım Uzmanı", "Kadry", "Personalista", "Specialist resurse umane", "Nhân sự")
    r"insan kaynaklar|ınsan kaynaklar|İnsan Kaynaklar|\bik uzman|\bİK uzman|toborz|"
    r"\bkadry\b|\bkadrov|"
    r"personalist|resurse umane|\bnábor|nhân sự|tuyển dụng|işe alım|\bhrbp\b|"
    r"גיוס|משאבי אנוש|التوظيف|الموارد البشرية|"
    # … a Spanish or Portuguese desk of selection, a Latin American "People" team, and the
    # assistants of a management or an office ("Selección y Desarrollo", "(Personas)" alone,
    # "Management Assistant")
    r"\bselecci[oó]n (?:y|e) desarrollo|(?:analista|especialista|responsable|coordinador[a]?|"
    r"t[eé]cnic[oa]|jef[ea]|consultor[a]?) de (?:selecci[oó]n|sele[cç][aã]o)\b|"
    r"selecci[oó]n de personal|recrutamento e sele[cç][aã]o|\brrhh\b|"
    r"^(?:(?:equipo|área|time|equipe|gerencia) de\s+)?(?:personas|pessoas)$|"
    r"(?:management|office|board|directors?['’]?|executive)\s+assistant|"
    r"assistente executiv[ao]|secretaresse|directiesecretar|referent(?:in)? personal\b|"
    r"\bpersonal(?:konsulent|ansvarlig|afdeling|avdeling)|\bhrbp\b|gente (?:y|e|&) gesti[oó]n|"
    # … and whoever keeps another's diary ("Assistante de Me Duval", "PA to the Dean")
    # … and the desk of the management's assistants ("Assistenz der Geschäftsführung")
    r"\bass?ist(?:ant|ante|entin|ente|enz)\s+(?:to|de|of|du|della|di|van|der|des)\b|\bpa to\b|"
    r"\bsecretary to\b|\bsecr[ée]taire (?:de|du)\b|\bsekret(?:är|ariat)|\bstaffing\b|"
    # … and in the scripts without capitals (recruiting, HR, the person in charge, contact)
    r"採用|人事|人資|人资|担当者|招聘|人力资源|人力資源|联系人|聯絡人|채용|인사|"
    # … and Thai's coordinator and personnel desk ("ผู้ประสานงาน", "ฝ่ายบุคคล")
    r"ประสานงาน|ฝ่ายบุคคล|ฝ่ายทรัพยากรบุคคล|"
    # … and the desk that looks after candidates ("Candidate Experience", "Candidate Care"):
    # whoever writes from it books the interview
    r"\bcandidate (?:experience|care|relations|journey)\b",
    re.IGNORECASE)
NOT_NAME = frozenset((
    # a time zone's words, in the languages a calendar writes them under the date
    # ("Horário Padrão de Brasília", "Mitteleuropäische Zeit", "Heure normale d'Europe
    # centrale", "Waktu Indonesia Barat", "Türkiye Saati"; English's are below)
    "horário", "horario", "padrão", "estándar", "heure", "normale", "zeit", "normalzeit",
    "sommerzeit", "tijd", "standaardtijd", "zomertijd", "tid", "normaltid", "sommertid",
    "sommartid", "kesäaika", "talviaika", "waktu", "giờ", "saati", "время", "време",
    "ώρα", "laiks", "laikas", "vrijeme", "daylight", "barat", "tengah",
    # ("your interview", "the conversation" opening a sentence, in Turkish, Polish, Czech,
    # Hungarian and Romanian: "Mülakatınız Burak Bey ile …")
    "mülakat", "mülakatınız", "görüşme", "görüşmeniz", "görüşmemiz", "rozmowa", "rozmowę",
    "pohovor", "interjú", "interjúja", "interviu", "interviul", "spotkanie",
    "interview", "interviews", "schedule", "scheduled", "time", "pacific", "eastern",
    "central", "mountain", "standard", "european", "greenwich", "india", "ist", "cet",
    "est", "pst", "pt", "et", "cst", "gmt", "bst", "am", "pm", "google", "meet", "zoom",
    "teams", "microsoft", "join", "link", "venue", "location", "meeting", "session",
    "round", "panel", "onsite", "loop", "virtual", "video", "phone", "screen", "call",
    "chat", "coffee", "case", "study", "design", "system", "systems", "coding",
    "architecture", "welcome", "tour", "lunch", "team", "leadership", "values", "wrap",
    "up", "deep", "dive", "controls", "quant", "research", "vp", "data", "product",
    "senior", "staff", "principal", "ml", "hiring", "manager", "office", "platform",
    "growth", "technical", "final", "first", "second", "third", "debrief", "intro",
    "introduction", "behavioural", "behavioral", "culture", "fit", "portfolio", "review",
    "presentation", "recruiting", "recruiter", "talent", "acquisition", "partner",
    "coordinator", "director", "engineer", "engineering", "analyst", "analytics", "lead",
    "head", "of", "and", "the", "with", "for", "at", "to", "your", "our", "dear", "hi",
    "hello", "regards", "best", "thanks", "cheers", "questions", "contact", "need",
    "reschedule", "sam", "candidate", "interviewer", "interviewers", "meet", "hr",
    "business", "general", "operations", "fleet", "clinical", "health", "sr", "jr", "new",
    "york", "london", "reception", "front", "desk", "floor", "level", "building", "studio",
    "please", "note", "details", "dial", "passcode", "id", "one", "tap", "mobile", "find",
    "number", "local", "powered", "by", "calendly", "event", "name",
    # a mail program's line above a forwarded or quoted letter ("-------- Forwarded Message
    # --------", "-----Original Message-----")
    "forwarded", "original", "message",
    # … in the languages mail programs write it ("Weitergeleitete Nachricht", "Mensaje
    # reenviado", "Message transféré", "Doorgestuurd bericht", "Messaggio inoltrato")
    "weitergeleitete", "nachricht", "ursprüngliche", "reenviado", "mensaje", "transféré",
    "doorgestuurd", "inoltrato", "messaggio", "encaminhada", "mensagem", "vidarebefordrat",
    # the word "interview" opening an event's title that a description repeats on its own
    # line ("Entrevista Ingeniero de Confiabilidad", "Entretien Chargé de projet")
    "entrevista", "entretien", "vorstellungsgespräch", "sollicitatiegesprek",
    "intervju", "haastattelu",
    # "you'll meet" opening a Finnish sentence ("Tapaat Aino Virtasen"): a verb, no name
    "tapaat", "tapaatte", "tapaa",
    # the offices a letter names where the meeting is ("Bureaux du Maarif", "Oficinas de
    # Polanco"): a place, however a name's particle joins its words
    "bureaux", "locaux", "oficinas", "escritórios", "kantoren",
    # the tools a slot is held in ("Coding (HackerRank CodePair)", "Whiteboard on Miro")
    "hackerrank", "codepair", "coderpad", "codility", "codesignal", "hirevue", "testgorilla",
    "leetcode", "karat", "replit", "miro", "figma", "excalidraw", "lucidchart", "webex",
    "whereby", "jitsi", "slack", "github", "gitlab", "jupyter", "colab",
    # whose it is, in the languages invitations come in ("Ihre Fragen", "Vos questions")
    "ihre", "ihr", "unsere", "vos", "votre", "nos", "notre", "sus", "su", "suas", "sua",
    "seu", "uw", "jouw", "onze", "din", "dine", "deres", "fragen", "preguntas", "perguntas",
    "vragen", "frågor", "spørsmål", "domande",
    # what the candidate does on the day ("Teaching Demonstration", "Group Exercise")
    "demonstration", "demo", "seminar", "workshop", "exercise", "task", "test", "assessment",
    "observation", "lesson", "trial", "tasting", "visit", "briefing", "induction",
    # a small firm's trade, never a word of a person's name ("Stillwater Yoga, Fitzroy" is
    # the studio and its suburb under a signature, not "Fitzroy Stillwater")
    "yoga", "pilates", "fitness", "florals", "bakery", "repairs", "pharmacy", "pharmacie",
    "grooming", "plumbing", "brewing", "brewery",
    # a team, and the words of a letter's closing, in the languages invitations come in
    # ("Equipo de Selección", "Freundliche Grüsse", "Vriendelijke groeten")
    "equipo", "équipe", "equipe", "equipa", "squadra", "zespół", "tiimi", "teamet",
    "grüße", "grüsse", "grüßen", "grüssen", "gruesse", "groeten", "groet", "saludos", "saludo",
    "hälsningar", "hilsen", "terveisin", "saluti", "cordialement", "atentamente",
    "atenciosamente", "pozdrawiam", "wishes",
    # … and an office or a department ("Ufficio Selezione", "Oficina de Personal")
    "ufficio", "oficina", "bureau", "büro", "kantoor", "departamento", "département",
    "dipartimento", "abteilung", "servicio", "serviço", "direzione", "direção"
))
# The last word of a place or an organisation, never of a person's name ("Liberty Plaza",
# "Parrotfish Labs"); the words of job titles (propose.TITLES) count too.
NOT_SURNAME = frozenset((
    "specialist", "pilot", "officer", "programme", "program", "plaza", "street", "road",
    "avenue", "tower", "house", "park", "square", "centre", "center", "hall", "campus",
    "depot", "wharf", "quay", "lane", "place", "court", "gardens", "station", "terminal",
    "cover", "leave", "contract", "internship", "apprenticeship", "estate", "drive",
    "crescent", "boulevard", "mall", "arcade", "parade", "terrace", "industrial",
    # … and of a document to bring ("Working with Children Check", "Police Clearance")
    "check", "clearance", "certificate", "licence", "license", "permit", "visa", "card",
    "passport", "registration", "transcript", "form",
    # … of a street, a toll line, an organisation ("Fairway Rd S", "Canada Toll", "Pinecrest
    # Unified School District")
    "st", "rd", "ave", "av", "blvd", "hwy", "ln", "ct", "pl", "pkwy", "cres", "tce", "n", "s",
    "e", "w", "ne", "nw", "se", "sw", "toll", "district", "authority", "ministry",
    "department", "commission", "institute", "academy", "society", "association",
    "corporation", "museum", "library", "elementary",
    # … of a place on a map ("Victoria Island", "Marina Bay", "Airport Residential Area")
    "island", "islands", "isle", "bay", "beach", "harbour", "harbor", "valley", "river",
    "heights", "springs", "falls", "creek", "village", "town", "city", "county", "province",
    "region", "coast", "airport", "marina", "lagoon", "peninsula", "area", "zone", "quarter",
    "junction", "cove", "annex", "annexe", "resort", "campus", "mountains", "hills", "downs",
    "bay",
    # … of a team or a field, written after a job ("Director, Cell Line Development")
    "development", "infrastructure", "management", "operations", "services", "relations",
    "affairs", "planning", "compliance", "logistics", "assurance", "analytics",
    "communications", "partnerships", "procurement", "sciences", "technology", "technologies",
    "solutions", "delivery", "enablement", "governance", "experience", "insights"))
# The first word of a place or a street, never a given name ("Lake Louise", "Port Harcourt",
# "Saint Lucia", "Vila Madalena", "Rua Augusta", "Calle Mayor", "Piazza Navona").
PLACE_FIRST = frozenset(("lake", "mount", "mt", "port", "fort", "cape", "saint", "sainte",
                         "são", "puerto", "porto", "lago", "monte", "cabo", "playa", "ciudad",
                         "isla", "ilha", "île", "ile", "bad", "sankt", "st", "vila", "colonia",
                         "barrio", "bairro", "quartier", "rua", "calle", "avenida", "av", "rue",
                         "viale", "corso", "piazza", "praça", "largo", "travessa", "carrer",
                         "paseo", "camino", "strada", "ulica", "ul", "plac", "aleja"))
# Family names that are also the words of jobs ("Paul Nurse", "Ana Driver", "Li Porter").
SURNAMES_TOO = frozenset((
    "nurse", "driver", "baker", "cook", "smith", "taylor", "turner", "mason", "fisher",
    "porter", "walker", "carpenter", "butcher", "cooper", "fletcher", "hunter", "miller",
    "potter", "shepherd", "wright", "barber", "brewer", "carter", "clark", "clerk", "farmer",
    "parker", "sawyer", "skinner", "slater", "steward", "stewart", "tanner", "tucker", "ward",
    "webster", "draper", "fowler", "knight", "page", "bishop", "dean", "judge", "king",
    "marshall", "chamberlain", "chandler", "painter", "gardener", "gardner", "weaver",
    "archer", "chapman", "butler", "chef", "pilot", "teller", "plumber", "trainer", "coach",
    "head", "lead", "broker", "reporter", "president", "kaufmann"))
# An academic rank written before a name: the person's title, not their name ("Associate
# Professor Anjali Rao"; "Prof." and "Dr" stay, as titles of address).
RANK = lazy(r"(?:(?:(?:Associate|Assistant|Adjunct|Emeritus|Clinical|Visiting|Honorary|"
                  r"Full|Deputy|Vice|Acting|Interim|Executive|Senior)\s+)?(?:Professor|Dean|Provost|"
                  r"Chancellor|Vice-Chancellor|Principal|Superintendent|Registrar|Sister|Matron)|"
                  # … and the short forms of a professor's rank ("A/Prof.", "Assoc Prof")
                  r"(?:A/|(?:Assoc|Asst|Adj|Clin)\.?\s*)Prof(?:essor)?\.?)\s+"
                  rf"(?=(?:Dr\.?\s+|Prof\.?\s+)?[{UPPER}])")
TITLE_PART = lazy(r"leiter|leitung|geschäftsführ|gerente|jef[ae]\b|manager|direct|"
                        r"responsable|hoofd\b|diretor|coordenador|coordinador|encargad|"
                        # Polish, Czech, Finnish ("Kierownik Magazynu", "Ředitel Pivovaru")
                        r"kierownik|dyrektor|specjalist|koordynator|vedoucí|ředitel|"
                        r"johtaja|päällikkö|"
                        # … Turkish, Hungarian, Romanian, Polish and Czech job words
                        # ("Gömülü Yazılım Mühendisi", "Ürün Yöneticisi", "vezető fejlesztő",
                        # "Inginer Software", "Programista", "Inženýr")
                        r"mühendis|yönetici|müdür|uzman[ıi]\b|geliştirici|mérnök|fejlesztő|"
                        r"\binginer|dezvoltator|programist|inżynier|inženýr|vývojář|"
                        # Dutch and Scandinavian compounds of "leader" ("Teamleider
                        # Hydraulica", "Afdelingsleder", "Projektledare"), never a name alone
                        r"\w(?:leider|leder|ledare)\b|"
                        r"officer|chief|president|engineer|analyst|"
                        r"specialist|consultant|partner\b|lead\b|head\b|ivist\b|"
                        # a seat on a board or a body, held by no job ("Tenant Board Member",
                        # "School Governor", "Trustee", "Chairperson", "Co-founder")
                        r"\bmember\b|\btrustee|\bgovernor|\bcouncill?or|\bchair(?:person|man|"
                        r"woman)?\b|\bfounder|\bowner\b|\bcommissioner|\bdelegate\b",
                        re.IGNORECASE)
# What starts a clause, never a job title ("Cordell Ambrose-Lutz, has been scheduled").
NOT_TITLE_START = frozenset((
    "has", "have", "had", "will", "would", "is", "are", "was", "were", "can", "could", "may",
    "might", "should", "shall", "who", "whom", "which", "that", "and", "or", "but", "please",
    "to", "i", "we", "you", "they", "he", "she", "it", "if", "so", "then", "as", "at", "on",
    "in", "from", "thanks", "thank", "regards", "best", "about", "regarding", "re"))

def titled(text: str) -> bool:
    """Whether the words are a job title's ("Senior Buyer", "Head of Buying", "VP
    Engineering"), not a name's."""
    from followup.capture.propose import names_title

    return bool(TITLE_PART.search(text) or ORGANISING.search(text) or names_title(text))


# Family names that are also the last word of a place ("Hyun-woo Park", "Grace Hall"): a
# name when a job title follows it, a place otherwise ("Riverside Park").
PLACE_SURNAMES = frozenset(("park", "hall", "lane", "court", "field", "house", "bay", "hills",
                            "downs"))


def valid(name: str, titled_after: bool = False) -> bool:
    """Whether capitalised words are a person's name (not "AVP Pricing", "Category Buyer",
    "Liberty Plaza", "Parrotfish Labs")."""
    from followup.capture.employer import INSTITUTIONS, SUFFIXES
    from followup.capture.propose import TITLES

    name = GENERATION.sub("", name)  # "Earl Washington Jr.": the name is before it
    raw = [w.strip(".") for w in re.findall(r"[\w'’-]+", name)]
    if any(CONTRACTION.search(w) or POSSESSIVE.search(w) for w in raw):
        return False  # "I'm Ingrid", "Harbour Lights'": a clause, a possessive
    lead = next((i for i, w in enumerate(raw) if w.lower() not in HONORIFICS), len(raw))
    if any(w.lower() in HONORIFICS for w in raw[lead:]) or (raw and (
            raw[lead:lead + 1] == [] or raw[lead][:1].islower() or
            raw[lead].lower() in PLACE_FIRST)):
        return False  # a title of address starts a name ("Auftrag von Herrn Brunner"), a
        # capitalised word does ("de Operaciones"), never a place's ("Lake Louise")
    if any(w in AND_PARTICLES for w in raw[lead:lead + 2]):
        return False  # "and" joins two family names after a given name ("Pau Roca i Puig"),
        # never two nouns ("Alimentos e Bebidas", "Recursos y Personas")
    if sum(w[:1].isupper() for w in raw[lead:]) < 2:
        return False  # two capitalised words at least, particles aside
    capital = [w for w in raw if w.isupper() and len(w) >= 2]
    if len(capital) == 1 and capital[0] in (raw[0], raw[-1]) and capital[0].isalpha() and \
            capital[0].lower() not in NOT_NAME | TITLES | ACRONYMS and \
            len(raw) - 1 >= (1 if len(capital[0]) >= 5
                                                                    else 2) and \
            all(w[:1].isupper() and not w.isupper() for w in raw if w != capital[0]):
        raw = [w if w != capital[0] else w.capitalize() for w in raw]  # "CHAN Tai Man"
        name = " ".join(raw)
    if any(2 <= len(w) <= 4 and w.isupper() for w in raw) or TITLE_PART.search(name) or \
            any(is_legal_form(w) for w in name.split()):
        return False  # "AVP Pricing", "Teamleiter Batteriesysteme": a job title; a legal form
        # ends a company's name, never a person's ("Mainfeld Bank AG", "Lumbini Textiles Pvt")
    if raw and re.fullmatch(INSTITUTIONS, raw[0], re.IGNORECASE):
        return False  # an organisation's first word ("Grupo Logístico Ebro", "Banco Andino")
    if any(w[:1].islower() and w[:1] > "ÿ" for w in raw):
        return False  # "ść…": a small letter of a block that mixes both (UPPER)
    words = [w.lower() for w in raw]
    if words and words[-1] in HONORIFICS:
        return False  # a title of address comes first, never last ("Associate Dean Dr")
    core = [w for w in words if w not in HONORIFICS]
    last = core[-1] if core else ""
    return len(core) >= 2 and not any((w in NOT_NAME and not (
        i == len(core) - 1 and w in WHOSE)) or not w.replace("-", "").replace(
        "'", "").replace("’", "").isalpha() for i, w in enumerate(core)) and \
        (last not in NOT_SURNAME or (titled_after and last in PLACE_SURNAMES)) and \
        not ABSTRACT.search(last) and \
        last not in SUFFIXES and (last in SURNAMES_TOO or (
            last not in TITLES and not (last.endswith("s") and last[:-1] in TITLES)))


# Whose it is: a word that begins a phrase ("Vos questions", "Su equipo"), never ends one;
# after a given name it is a family name ("Henny Vos", "Mei Su", "Amir Din").
WHOSE = frozenset(("vos", "nos", "su", "sua", "din"))


# The ending of an abstract noun, never of a family name ("Cross-functional Partnership",
# "Final Presentation", "Culture Conversation").
ABSTRACT = lazy(r"\w{3,}(?:ship|tion|sion)$")


# … and not a pronoun or a department ("Finance will sit in"; a long word in -ing, such as
# "Marketing" or "Nursing", is one too)
NOT_SITTER = frozenset(("i", "we", "she", "he", "they", "someone", "everyone", "nobody", "who",
                        "it", "this", "that", "you", "our", "my", "your", "one", "finance",
                        "legal", "sales", "product", "design", "operations", "security",
                        "compliance", "procurement", "research", "hr", "ops", "support",
                        "data", "analytics", "people", "talent", "facilities", "accounts",
                        "payroll", "logistics", "quality", "audit", "risk", "treasury",
                        "strategy", "management", "leadership", "admin", "estates", "pharmacy",
                        "radiology", "surgery", "theatres", "housekeeping", "kitchen", "team"))


def department(word: str) -> bool:
    """Whether a word names a team or a kind of organisation, not a person ("Finance",
    "Nursing", "Marketing", "Council")."""
    from followup.capture.employer import SUFFIXES

    low = word.lower()
    return low in NOT_SITTER or low in SUFFIXES or (len(low) >= 7 and low.endswith("ing"))


# Letters after a name are credentials, not the name ("MD", "PhD", "RN, MSN", "FRCS", "OBE").
POSTNOMINAL = (r"(?:MD|PhD|Ph\.D\.|DPhil|MPhil|EdD|RN|RGN|RMN|RM|MSN|BSN|NP|APRN|FNP|DNP|CNM|"
               r"DDS|DMD|BDS|MBBS|MBChB|MBA|CPA|CFA|CA|ACA|FCA|ACCA|FCCA|CIMA|FRCS|MRCS|FRCP|"
               r"MRCP|MRCGP|FRCA|FRCPath|FRACS|FRACP|FCPS|MSc|BSc|MA|BA|BEd|MEd|PGCE|MPH|PEng|"
               r"CEng|PE|Esq\.?|JD|LLB|LLM|KC|QC|SC|CIPD|MCIPD|FCIPD|Assoc CIPD|SPHR|PHR|SHRM-CP|"
               r"SHRM-SCP|CHRP|CPHR|OBE|MBE|CBE|FRICS|MRICS|RIBA|FHEA|SFHEA|PMP|CISSP|PharmD|"
               r"RPh|LCSW|PA-C|SAN)")
# … at the end of a display name ("Pillai, Ravindra MD", "Aiko Tanaka, RN")
CREDENTIALS = lazy(rf"(?:,?\s+{POSTNOMINAL}\b\.?)+(?=\s*(?:$|[(\[|–—]))")
# … after a name in a line of text, before its title ("Mr Daniel Okoro FRCS, Consultant
# Surgeon", "Aoife Byrne RGN MSc – Ward Manager")
CREDENTIALS_IN_TEXT = lazy(rf"(?<=[^\W\d_])(?:,?[ \t]+{POSTNOMINAL}(?![\w-])\.?)+"
                                 r"(?=[ \t]*(?:$|[,;(\[|–—]|-\s)|[ \t]+(?:and|&)[ \t])",
                                 re.MULTILINE)  # (… or another name: "A SAN and Mr. B")


# Capitals that are no family name written in capitals ("SVP Jane Doe", "NHS Lothian").
ACRONYMS = frozenset(("svp", "evp", "avp", "cio", "cmo", "chro", "cpo", "cco", "cso", "cdo",
                      "gm", "md", "pm", "hr", "it", "uk", "us", "eu", "usa", "nhs", "ai", "ml",
                      "qa", "ux", "ui", "bd", "pr", "ops", "ta", "rh"))


# A title of address for anyone, not kept in the name as on an envelope ("Mme", "Herrn",
# "Mr"); a doctor's, a professor's, a captain's stay ("Frau Dr. Lucia Hart": "Dr. Lucia Hart").
# "Sir", "Ma'am" are said before a colleague's name as a courtesy ("Sir Ramon", "Ma'am Cora").
SOCIAL = lazy(r"^(?:(?:Mr|Mrs|Ms|Mx|Miss|Sir|Ma['’]am|Madam|Herr|Herrn|Frau|Mme|Mlle|M(?=\.)|"
                    r"Sr|Sra|Srta|Sig|Dhr|Mevr|Don|Doña|Dña|Maître|"
                    # … and in the languages of South and Southeast Asia ("Khun Napat", "Ibu
                    # Sari", "Shri Anil"), Thai's written on to the name ("คุณสมชาย")
                    r"Khun|Bapak|Ibu|Encik|Puan|Shri|Smt|Ông|Bà|Sayın|Pani|"
                    # … and the degrees Latin America writes before a name ("Lic. María
                    # López", "Mtra. Ana Ruiz"; an engineer's "Ing." and an Italian "Dott."
                    # are kept, as a doctor's "Dr." is)
                    r"Lic|Licda|Arq|Mtro|Mtra)\.?\s+|คุณ\s*)+"
                    r"(?=\S)")



def name_words(name: str) -> frozenset[str]:
    """The words of a name, whatever their order, case and accents ("Nguyễn Minh Châu" is
    "Nguyen Minh Chau"), less titles of address."""
    return frozenset(w for w in re.findall(r"\w+", plain(name)) if w not in HONORIFICS)


# Given names and the short forms people go by that do not begin the same way ("Bob" for
# Robert); a short form that does ("Alex", "Kat", "Chris") is its full name's beginning.
_SHORT = ("robert:bob,bobby,rob,robbie william:bill,billy,will,liam katherine:kate,katie,kathy,"
          "kat catherine:kate,katie,cathy kathryn:kate,katie,kathy elizabeth:liz,lizzie,beth,"
          "betty,eliza,libby margaret:peggy,maggie,meg,greta richard:dick,rick,ricky,rich "
          "edward:ted,ed,eddie,ned anthony:tony antonio:toni,tony james:jim,jimmy,jamie "
          "michael:mike,mick,mikey stephen:steve steven:steve john:jack,johnny henry:harry,"
          "hank susan:sue,susie andrew:andy,drew jennifer:jen,jenny david:dave joseph:joe,jo "
          "charles:charlie,chuck lawrence:larry patricia:patty,trish,pat theodore:ted,teddy,theo "
          "alexander:sasha,sandy alexandra:sasha,sandy,lexi rebecca:becky,becca deborah:debbie,"
          "deb francisco:paco,pancho josé:pepe ignacio:nacho guillermo:memo dorothy:dot,dottie "
          # … and the short forms people go by in the other languages invitations come in
          # (Spanish, Portuguese, Catalan, Italian, German, Dutch, Polish, Russian written in
          # Latin letters): "Lucho" for Luis, "Zé" for José, "Kuba" for Jakub, "Sasha" …
          "luis:lucho jose:pepe,chepe,ze josé:chepe,zé francisco:curro,kiko,chico "
          "jesús:chucho,chuy jesus:chucho,chuy enrique:quique antonio:toño,nino,totò "
          "manuel:manolo dolores:lola rosario:charo concepción:concha,conchi consuelo:chelo "
          "guadalupe:lupe alberto:beto roberto:beto eduardo:lalo fernando:nando "
          "mercedes:meche joaquim:quim josep:pep francesc:cesc giuseppe:beppe,peppe,pino "
          "luigi:gino,gigi giovanni:gianni,nanni salvatore:totò beatrice:bice josef:sepp "
          "johann:hans johannes:hannes,hans,jan theresia:resi elisabeth:sisi,lisl "
          "cornelis:kees jacobus:koos,jaap hendrik:henk katarzyna:kasia małgorzata:gosia,"
          "małgosia jakub:kuba jerzy:jurek aleksander:olek stanisław:staś aleksandr:sasha,shura "
          "mikhail:misha dmitri:dima dmitry:dima pavel:pasha yevgeny:zhenya evgeny:zhenya "
          "ekaterina:katya yekaterina:katya maria:masha nikolai:kolya ivan:vanya "
          "vladimir:volodya,vova sergei:seryozha anastasia:nastya")
SHORT_FORMS = frozenset((full, short) for item in _SHORT.split()
                        for full, _, shorts in [item.partition(":")]
                        for short in shorts.split(","))


def one_given_name(a: str, b: str) -> bool:
    """Whether two given names can be one person's: the same, one the other's beginning
    ("Alex", "Alexandra"), or a short form of it ("Bob", "Robert"; "Lucho", "Luis", the
    short form the longer)."""
    a, b = a.lower(), b.lower()
    short, full = sorted((a, b), key=len)
    return a == b or (len(short) >= 3 and full.startswith(short)) or (
        (full, short) in SHORT_FORMS) or (short, full) in SHORT_FORMS  # ("Lucho": Luis)
