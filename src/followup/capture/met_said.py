"""People a letter says the candidate will meet, in the languages invitations come in
(issue 23). Every invitation names the people met in one of two ways, whatever its language:
a verb of meeting before the names ("you will speak with A and B", "Je spreekt met A",
"du skal tale med A", "pohovor povede A", "vraag naar A of B", "utakutana na A"), or a name
before a verb of being there ("A will also join", "A sera également présente", "A cũng sẽ
ngồi cùng", "A de katılacak"). The one table of both, per language, in the two or three ways
recruiters write them (formal, informal, singular, plural); a title of address, an article
or a family word before the name is no part of it ("mevrouw Henny Vos", "o Nuno", "Anh
Tuấn", "mein Sohn Florian").

Only names no mention already gives, spelled as a person's (person_shape), each with a seat
of its own ("met"). Scripts without capitals (Japanese, Chinese, Korean, Thai, Arabic,
Hebrew, Devanagari) are read by their labels elsewhere (cjk_units, mention_cues). Pure."""

from __future__ import annotations

import re
from collections.abc import Sequence

from followup.capture.lazy import lazy
from followup.capture.mention_cues import NOT_A_PERSON_AFTER
from followup.capture.mention_lists import given_word
from followup.capture.mentions import Mention
from followup.capture.names import NOT_SITTER, PARTICLES, UPPER, department, titled, valid
from followup.capture.person_shape import looks_like_person

# A verb of meeting, the names after it, per language.
_BEFORE: dict[str, str] = {
    "en": r"you(?:['’]ll|\s+will)\s+(?:also\s+)?(?:be\s+)?(?:meet(?:ing)?(?:\s+with)?|"
          r"speak(?:ing)?\s+(?:with|to)|talk(?:ing)?\s+(?:with|to)|chat(?:ting)?\s+with)|"
          r"you(?:['’]re|\s+are)\s+(?:meeting|speaking\s+with)|please\s+ask\s+for",
    "de": r"(?:Sie|du)\s+(?:treffen|triffst|sprechen\s+mit|sprichst\s+mit|lernen\s+kennen)|"
          r"(?:fragen\s+Sie|frag|fragt)\s+nach|Ihr(?:e)?\s+Gesprächspartner(?:in)?\s+(?:ist|sind|wird)",
    "fr": r"(?:vous|tu)\s+(?:rencontrerez|rencontreras|allez\s+rencontrer|vas\s+rencontrer|"
          r"échangerez\s+avec|échangeras\s+avec|serez\s+reçue?s?\s+par|seras\s+reçue?\s+par)|"
          r"demandez(?:\s+à\s+voir)?|(?:l['’]entretien\s+sera\s+(?:mené|conduit)\s+par)",
    "es": r"(?:te\s+reunirás|se\s+reunirá|te\s+vas\s+a\s+reunir|vas\s+a\s+reunirte)\s+con|"
          r"conocerás\s+a|(?:hablarás|vas\s+a\s+hablar|conversarás)\s+con|"
          r"(?:pregunta|pregunte|preguntar|preguntá)\s+por|te\s+entrevistará(?:n)?|"
          r"la\s+entrevista\s+(?:la\s+)?(?:hará|harán|llevará|dirigirá)",
    "ca": r"(?:parlaràs|parlarà|parlareu)\s+amb|coneixeràs\s+(?:a\s+)?|"
          r"et\s+reuniràs\s+amb|pregunta\s+per|t['’]entrevistarà(?:n)?",
    "pt": r"(?:vais|vai|você\s+vai|irá|vão)\s+(?:conhecer|falar\s+com|conversar\s+com|"
          r"reunir-se\s+com|te\s+entrevistar)|(?:conversará|falará)\s+com|"
          r"(?:pergunte|pergunta|perguntar|procure|procura)\s+(?:por|pelo|pela)|"
          r"a\s+entrevista\s+será\s+(?:conduzida|feita)\s+(?:por|pelo|pela)",
    "it": r"(?:incontrerai|incontrerà|conoscerai|parlerai\s+con|parlerà\s+con|"
          r"avrai\s+un\s+colloquio\s+con|chiedi\s+di|chieda\s+di|chiedere\s+di)|"
          r"il\s+colloquio\s+sarà\s+(?:condotto|tenuto)\s+da",
    "nl": r"(?:je|u)\s+(?:spreekt|gaat\s+in\s+gesprek)\s+met|spreek\s+je\s+met|"
          r"(?:je|u)\s+maakt\s+kennis\s+met|(?:vraag|vraagt\s+u)\s+naar|"
          r"(?:het\s+)?gesprek\s+(?:wordt\s+gevoerd\s+)?met",
    "da": r"du\s+(?:skal\s+)?(?:møde|møder|tale\s+med|taler\s+med|snakke\s+med)|"
          r"spørg\s+efter|samtalen\s+(?:holdes|føres)\s+af",
    "sv": r"du\s+(?:kommer\s+att\s+|ska\s+)?(?:träffa|träffar|prata\s+med|tala\s+med)|"
          r"fråga\s+efter|intervjun\s+(?:hålls|görs)\s+av",
    "no": r"du\s+(?:skal\s+|vil\s+)?(?:møte|møter|treffe|snakke\s+med)|spør\s+etter|"
          r"intervjuet\s+(?:holdes|gjennomføres)\s+av",
    "fi": r"(?:tapaat|tapaatte)|kysy(?:kää)?|haastattelijana\s+(?:toimii|on)|"
          r"haastattelijoina\s+(?:toimivat|ovat)",
    "is": r"þú\s+(?:munt\s+)?(?:hittir|hitta)|spurðu\s+(?:eftir|um)|viðtalið\s+tekur",
    "et": r"(?:sa\s+)?kohtud|(?:te\s+)?kohtute|küsi|(?:intervjuu|vestluse)\s+viib\s+läbi",
    "lv": r"(?:tu\s+|jūs\s+)?(?:tiksies|tiksieties|runāsi|runāsiet)\s+ar|"
          r"interviju\s+vadīs",
    "lt": r"(?:susitiksite|susitiksi|kalbėsite|kalbėsi)\s+su|pokalbį\s+ves",
    "pl": r"(?:spotkasz|spotka\s+się\s+Pan|spotka\s+się\s+Pani|spotkasz\s+się)\s+z|"
          r"porozmawiasz\s+z|(?:rozmowę|spotkanie)\s+(?:poprowadzi|poprowadzą|"
          r"przeprowadzi|przeprowadzą)|zapytaj\s+o",
    "cs": r"(?:setkáte|setkáš)\s+se\s+s|budete\s+(?:mluvit|hovořit)\s+s|"
          r"(?:pohovor|rozhovor)\s+(?:povede|povedou)|zeptejte\s+se\s+na|"
          r"přítom(?:en|na|ni)\s+(?:bude|budou)\s+(?:i|také)",
    "sk": r"(?:stretnete|stretneš)\s+sa\s+s|budete\s+(?:hovoriť|sa\s+rozprávať)\s+s|"
          r"(?:pohovor|rozhovor)\s+(?:povedie|povedú)|opýtajte\s+sa\s+na|"
          r"prítomn(?:ý|á|í)\s+(?:bude|budú)\s+(?:aj|tiež)",
    "sl": r"(?:srečali|srečala|srečal)\s+se\s+boste\s+z|"
          r"(?:pogovor|razgovor)\s+(?:bo\s+)?(?:vodil|vodila|vodi|vodili)|vprašajte\s+za|"
          r"(?:prisoten|prisotna|prisotni)\s+(?:bo|bodo)\s+(?:tudi|še)",
    "hr": r"(?:upoznat\s+ćeš|upoznat\s+ćete|upoznaćeš|upoznaćete)|"
          r"(?:razgovarat\s+ćeš|razgovarat\s+ćete|razgovaraćete)\s+(?:s|sa)|"
          r"(?:razgovor|intervju)\s+(?:će\s+voditi|vodi|vode)|pitajte\s+za|"
          r"(?:bit\s+će|biće)\s+(?:prisut(?:an|na|ni)\s+|tu\s+|s\s+nama\s+)?i|"
          r"javi(?:te)?\s+se|(?:upoznat\s+ćete|upoznaćete)\s+se\s+s",
    "hu": r"az\s+(?:interjút|beszélgetést)\s+(?:vezeti|tartja)",
    "ro": r"(?:vei|veți)\s+(?:discuta|vorbi)\s+cu|(?:te\s+vei|vă\s+veți)\s+întâlni\s+cu|"
          r"interviul\s+va\s+fi\s+(?:susținut|condus)\s+de|întreabă\s+de|"
          r"va\s+(?:fi\s+prezent(?:ă)?|participa)\s+și",
    "bg": r"ще\s+се\s+срещнете\s+с|ще\s+разговаряте\s+с|интервюто\s+ще\s+(?:води|проведе)|"
          r"ще\s+присъства\s+и",
    "el": r"θα\s+συναντήσετε(?:\s+(?:τον|την|τους))?|θα\s+μιλήσετε\s+με(?:\s+(?:τον|την))?",
    "ru": r"вы\s+(?:встретитесь|поговорите)\s+с|с\s+вами\s+(?:будет\s+говорить|встретится|"
          r"побеседует)|собеседование\s+проведёт|собеседование\s+проведет|"
          r"также\s+будет\s+присутствовать",
    "uk": r"ви\s+(?:зустрінетеся|поговорите)\s+з|співбесіду\s+проведе|"
          r"також\s+буде\s+присутн(?:ій|я)",
    "id": r"(?:anda|kamu)\s+akan\s+(?:bertemu|berbicara|berbincang)\s+dengan|"
          r"(?:wawancara\s+akan\s+(?:dilakukan|dipandu)|akan\s+diwawancarai)\s+oleh|"
          r"tanyakan|minta\s+bertemu\s+dengan",
    "vi": r"(?:bạn|em|anh|chị)\s+sẽ\s+(?:gặp|nói\s+chuyện\s+với|trao\s+đổi\s+với)|"
          r"hỏi\s+gặp|được\s+phỏng\s+vấn\s+bởi",
    "tl": r"(?:makakausap|makikilala)\s+(?:mo|ninyo|niyo)\s+si|hanapin\s+(?:mo\s+)?si|"
          r"kasama\s+(?:rin|din)\s+si|kakausapin\s+ka\s+ni",
    "sw": r"(?:utakutana|mtakutana|utazungumza|mtazungumza)\s+na|ulizia|"
          r"usaili\s+utaongozwa\s+na",
    "af": r"jy\s+(?:sal|gaan)\s+(?:praat|gesels)\s+met|jy\s+praat\s+met|vra\s+vir|"
          r"die\s+onderhoud\s+(?:sal\s+)?(?:gevoer\s+word\s+)?deur",
}
# A name, then a verb of being there or of holding the talk, per language.
_AFTER: dict[str, str] = {
    "en": r"will\s+(?:also\s+)?(?:be\s+)?(?:interview(?:ing)?\s+you|lead(?:ing)?\s+the\s+"
          r"interview|show(?:ing)?\s+you\s+around|walk(?:ing)?\s+(?:you|the\s+\w+)\s+"
          r"(?:around|through|with\s+(?:us|you)))",
    "de": r"wird\s+(?:auch\s+|ebenfalls\s+)?(?:dabei\s+sein|teilnehmen|anwesend\s+sein|"
          r"das\s+Gespräch\s+führen|dazukommen|dazustoßen)|"
          r"ist\s+(?:auch|ebenfalls)\s+(?:mit\s+)?(?:dabei|anwesend)|"
          r"nimmt\s+(?:auch|ebenfalls)\s+teil|kommt\s+(?:auch\s+)?dazu|"
          r"führt\s+das\s+Gespräch|zeigt\s+(?:Ihnen|dir|euch)",
    "fr": r"sera\s+(?:également|aussi)\s+(?:présente?|là|de\s+la\s+partie)|"
          r"se\s+joindra\s+à\s+nous|nous\s+rejoindra|participera(?:\s+(?:aussi|également))?|"
          r"(?:mènera|conduira)\s+l['’]entretien|vous\s+recevra",
    "es": r"(?:también\s+)?estará\s+(?:presente|también)|se\s+nos\s+unirá|"
          r"participará|(?:te|le|lo|la)\s+entrevistará|(?:dirigirá|llevará)\s+la\s+entrevista|"
          r"nos\s+acompañará",
    "ca": r"(?:també\s+)?hi\s+serà|s['’]unirà|participarà|t['’]entrevistarà|"
          r"ens\s+acompanyarà",
    "pt": r"(?:também\s+)?(?:vai|irá)\s+(?:estar|participar)|estará\s+(?:presente|também)|"
          r"participará|vai\s+te\s+entrevistar|vai\s+conduzir\s+a\s+entrevista|"
          r"(?:nos\s+)?acompanhará|também\s+vem",
    "it": r"sarà\s+(?:anche\s+)?presente|parteciperà|si\s+unirà|(?:ti|la|vi)\s+intervisterà|"
          r"condurrà\s+il\s+colloquio|ci\s+raggiungerà",
    "nl": r"(?:is|zal|komt)\s+ook\s+(?:aanwezig|erbij|mee)|sluit\s+(?:ook\s+)?aan|"
          r"neemt\s+het\s+(?:gesprek|interview)\s+af|voert\s+het\s+gesprek|doet\s+ook\s+mee|"
          r"zit\s+ook\s+bij\s+het\s+gesprek",
    "da": r"(?:er|vil\s+være)\s+også\s+med|deltager\s+også|sidder\s+også\s+med|"
          r"vil\s+interviewe\s+dig|holder\s+samtalen",
    "sv": r"är\s+också\s+med|deltar\s+också|sitter\s+också\s+med|"
          r"kommer\s+(?:också\s+)?att\s+(?:delta|intervjua\s+dig)|håller\s+i\s+intervjun",
    "no": r"er\s+også\s+med|deltar\s+også|sitter\s+også\s+med|blir\s+også\s+med|"
          r"vil\s+intervjue\s+deg",
    "fi": r"on\s+myös\s+mukana|osallistuu\s+myös|haastattelee\s+sinut",
    "is": r"verður\s+(?:einnig|líka)\s+með|tekur\s+(?:einnig|líka)\s+þátt",
    "et": r"osaleb\s+ka|on\s+(?:ka|samuti)\s+kohal",
    "lv": r"arī\s+piedalīsies",
    "lt": r"taip\s+pat\s+dalyvaus",
    "pl": r"(?:również|też|także)\s+(?:będzie\s+obecn[ya]|weźmie\s+udział|dołączy)|"
          r"dołączy\s+do\s+nas|(?:poprowadzi|przeprowadzi)\s+rozmowę",
    "cs": r"bude\s+(?:také|taky|rovněž)\s+přítom(?:en|na)|se\s+(?:také\s+)?připojí|"
          r"povede\s+pohovor",
    "sk": r"bude\s+(?:tiež|taktiež|aj)\s+prítomn(?:ý|á)|sa\s+(?:tiež\s+)?pripojí|"
          r"povedie\s+pohovor",
    "sl": r"bo\s+(?:prav\s+tako|tudi)\s+prisot(?:en|na)|se\s+nam\s+bo\s+pridružil(?:a)?",
    "hr": r"će\s+(?:također|isto|takođe)\s+biti\s+prisut(?:an|na)|"
          r"će\s+(?:nam\s+)?se\s+pridružiti|(?:će\s+voditi|vodi)\s+razgovor",
    "hu": r"is\s+(?:jelen\s+lesz|részt\s+vesz|csatlakozik)|vezeti\s+az\s+interjút",
    "ro": r"va\s+fi\s+(?:de\s+asemenea\s+|și\s+el\s+|și\s+ea\s+)?prezent(?:ă)?|"
          r"se\s+va\s+alătura|va\s+participa|va\s+conduce\s+interviul",
    "bg": r"също\s+ще\s+присъства|ще\s+се\s+присъедини|ще\s+води\s+интервюто",
    "el": r"θα\s+είναι\s+(?:επίσης\s+)?(?:παρών|παρούσα)|θα\s+συμμετάσχει",
    "ru": r"(?:также|тоже)\s+(?:будет|примет\s+участие)|присоединится|"
          r"проведёт\s+собеседование|проведет\s+собеседование",
    "uk": r"(?:також|теж)\s+(?:буде|візьме\s+участь)|приєднається|проведе\s+співбесіду",
    "tr": r"(?:Bey|Hanım)?\s*(?:de|da)\s+(?:katılacak|bulunacak|(?:orada\s+)?olacak)|"
          r"(?:Bey|Hanım)?\s*ile\s+(?:görüşeceksiniz|görüşeceksin|tanışacaksınız)|"
          r"görüşmeyi\s+yapacak",
    "id": r"(?:juga\s+)?akan\s+(?:turut\s+)?(?:hadir|bergabung)|akan\s+mewawancarai\s+"
          r"(?:anda|kamu)",
    "vi": r"(?:cũng\s+)?sẽ\s+(?:tham\s+gia|ngồi\s+cùng|có\s+mặt|dự|phỏng\s+vấn\s+(?:bạn|em))|"
          r"cũng\s+(?:tham\s+gia|ngồi\s+cùng|có\s+mặt)",
    "sw": r"(?:pia\s+)?(?:atahudhuria|atakuwepo|atajiunga\s+nasi)",
    "af": r"sal\s+(?:ook\s+)?(?:daar\s+wees|teenwoordig\s+wees|aansluit|deelneem)|"
          r"sal\s+jou\s+onderhou",
    "hi": r"bhi\s+(?:shaamil|shamil|maujood|mojud)\s+(?:honge|hongi|hoga|hogi|rahenge|rahengi)|"
          r"(?:aapka|aap\s+ka)\s+interview\s+lenge",
}
# Before a name, no part of it: a title of address or a degree ("mevrouw", "Anh", "Ing.",
# "pani"), an article a given name takes in speech ("o Nuno", "la Maria", "en Pau", "der
# Florian", "si Marco"), a family word after "my" ("mein Sohn", "mi socio").
_COURTESY = (r"(?:mr|mrs|ms|dr|dra|dña|srta|lic|lcda|licda|mtro|mtra|dott\.ssa|dr\.ssa|"
             r"dott|ssa|doc|prof|herr|herrn|frau|mevrouw|meneer|mevr|dhr|mme|m|monsieur|"
             r"madame|sr|sra|señor|señora|don|doña|dona|senhor|senhora|sig|sig\.ra|"
             r"signor|signora|pan|pani|paní|pán|pana|panią|gospođa|gospodin|g|ga|gđa|fru|"
             r"rouva|herra|anh|chị|ông|bà|cô|chú|si|kay|bapak|pak|ibu|bu|mas|mbak|khun|"
             r"sayın|shri|smt|ing|mgr|dipl\.-ing|arq|eng|drs|mag|"
             r"o|a|la|el|en|na|il|der|die|г-н|г-жа|κ|κα|κος)\.?")
_KIN = (r"(?:my|mein|meine|mi|mon|ma|mio|mia|mijn|min|mitt|moja|mój|můj|moje|meu|minha|"
        r"moj|mog|moga|naš|naša|naše|nasz|nasza|náš|vår|vores|mano|mūsų|"
        r"o\s+meu|a\s+minha|il\s+mio|la\s+mia|our|unser|unsere|nuestro|nuestra|notre|onze)"
        r"\s+\w+")
_NAME = (rf"(?-i:([{UPPER}][\w'’-]+(?:[ \t]+(?:(?:{PARTICLES})[ \t]+)*"
         rf"[{UPPER}][\w'’-]+){{0,2}}))")
_LEAD = rf"(?:(?i:{_KIN}|{_COURTESY})[ \t]+)*"
_AND = (r"(?i:and|&|or|und|oder|et|ou|y|o|e|i|a|en|of|og|eller|och|ja|tai|és|vagy|și|sau|и|"
        r"или|ve|veya|dan|atau|và|hoặc|at|na|au)")
_JOIN = rf"[ \t]*(?:,?[ \t]*[ \t]{_AND}[ \t]+|,[ \t]*)"
# (the verb may end in a colon, the names listed after it: "Pohovor povedou: A a B")
_MET_BEFORE = lazy(r"(?i:\b(?:" + "|".join(_BEFORE.values()) + r"))(?:[ \t]*:)?[ \t]+" +
                   _LEAD + _NAME)
_MET_AFTER = lazy(r"(?<![\w'’-])" + _LEAD + _NAME +
                  r"(?:,[^,.\n]{1,60},|[ \t]*\([^()\n]{1,40}\)|[ \t]+(?i:from|von|vom|de|du|"
                  r"van|bên|từ|dari|z|iz|из|з|del|da|do)[ \t]+[^,.;\n()]{1,30}?)?"
                  r"[ \t]+(?i:" + "|".join(_AFTER.values()) + r")(?!\w)")
# (or a job, its holder's name in brackets after it: "javi se šefu kuhinje (Ante Perić)",
# "you'll meet our head chef (Ante Perić)", "vraag naar de chef-kok (Ante Perić)")
_MET_BRACKET = lazy(r"(?i:\b(?:" + "|".join(_BEFORE.values()) + r"))[ \t]+" +
                    r"((?:[^\W\d_][\w'’-]*[ \t]+){0,4}[^\W\d_][\w'’-]*)[ \t]*\([ \t]*" +
                    _LEAD + _NAME +
                    r"[ \t]*\)")
_NEXT = lazy(_JOIN + _LEAD + _NAME)
# The cues that send the candidate to someone ("ask for A", "vraag naar A", "pregunta por
# A"): often the desk that receives them, so read only where the letter names no one else.
_ASKING = lazy(r"^(?:please\s+ask|fragen|frag|demandez|pregunt|procur|chied|vraag|spørg|"
               r"fråga|spør|kysy|spurðu|küsi|zapytaj|zeptejte|opýtajte|vprašajte|pitajte|"
               r"întreabă|tanyakan|hanapin|ulizia|vra\s+vir|hỏi|minta|javi)", re.IGNORECASE)
# Words a capital starts that are no one: the tools and the letter's own words.
_NOT = frozenset(("zoom", "teams", "google", "meet", "skype", "webex", "sie", "ihnen", "du",
                  "you", "vous", "usted", "voi", "lei", "u", "je", "jij", "anda", "bạn",
                  "reception", "recepción", "réception", "rezeption", "receptie", "receptie",
                  "recepção", "reception", "hr", "rh", "team", "equipo", "équipe"))


def _person(name: str, text: str) -> bool:
    words = name.split()
    if not words or words[0].lower() in _NOT | NOT_SITTER or not name[:1].isupper():
        return False
    if len(words) == 1:
        return len(name) >= 2 and looks_like_person(name, text)
    return valid(name, True) and looks_like_person(name, text)


def met_said(text: str, found: Sequence[Mention]) -> list[Mention]:
    """Each person the text says the candidate meets, by a verb of meeting before the names
    or a verb of being there after one, whom no mention the text already gives names."""
    known = [frozenset(m.name.lower().split()) for m in found if m.name]
    out: list[Mention] = []

    def add(name: str, at: int | None) -> None:
        words = frozenset(name.lower().split())
        if any(words <= k or k <= words for k in known) or not _person(name, text) or \
                (at is not None and NOT_A_PERSON_AFTER.search(text[:at])):
            return
        known.append(words)
        out.append(Mention(name, "", "joins", None))

    for m in _MET_BEFORE.finditer(text):
        if _ASKING.match(m.group(0)) and found:
            continue  # sent to someone, where the letter names others: the desk
        add(m.group(1), m.start(1))
        end, listed = m.end(), []
        while (more := _NEXT.match(text, end)) is not None:  # "… met A, B en C"
            name = more.group(1)
            if titled(name) or department(name.split()[0]) or (
                    len(name.split()) == 1 and not given_word(name)):
                break  # the first's title, a team: the list of names ends
            listed.append((name, bool(re.search(rf"(?<!\w){_AND}(?!\w)",
                                                text[end:more.start(1)]))))
            end = more.end()
        while listed and not listed[-1][1]:
            listed.pop()  # (a list ends with its "and": "A, B" alone is a name and a title)
        for name, _ in listed:
            add(name, None)  # ("A of B": a list)
    for m in _MET_BRACKET.finditer(text):
        job, name = m.group(1), m.group(2)
        if len(name.split()) >= 2 and any(w[:1].islower() for w in job.split()[:-1] or [
                job.lower()]) and not (_ASKING.match(m.group(0)) and found):
            add(name, m.start(2))  # (the job in small letters, or one noun: "Küchenchef")
    for m in _MET_AFTER.finditer(text):
        before = text[:m.start()]
        if re.search(rf"[{UPPER}][\w'’-]*[ \t]+$", before) and not re.search(
                r"(?:^|[.!?:;\n]\s*)\S+[ \t]+$", before):
            continue  # the last words of a longer name
        add(m.group(1), m.start(1))
    return out


def said_there(word: str, text: str) -> bool:
    """Whether the text says `word`, as a name, will be in the talk ("Kyle (our lead
    animator) will sit in too", "du skal tale med Kyle"): a person, whatever their address
    looks like."""
    from followup.capture.mention_cues import SITS_IN

    return any(m.group(1).split()[-1] == word for rx in (SITS_IN, _MET_AFTER, _MET_BEFORE)
               for m in rx.finditer(text))
