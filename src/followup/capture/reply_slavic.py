"""How an employer writing in a Slavic language other than Polish says the outcome of an
application, the day of a decision and the day an out-of-office writer is back (Czech, Slovak,
Slovenian, Croatian/Serbian/Bosnian in Latin script, Russian, Ukrainian, Bulgarian;
capture/reply_languages reads them). Plain words only, each bounded as a whole word."""

from __future__ import annotations

import re

_I = re.IGNORECASE
# chose another applicant, not going on, the post filled or put on hold:
# cs "rozhodli jsme se pro jiného kandidáta", "nebudeme pokračovat", "pozice byla obsazena";
# sk "rozhodli sme sa pre iného uchádzača", "nebudeme pokračovať"; sl "odločili smo se za
# drugega kandidata", "ne bomo nadaljevali"; hr/sr/bs "odlučili smo se za drugog kandidata",
# "nećemo nastaviti", "pozicija je popunjena"; ru "выбрали другого кандидата", "не готовы
# продолжить", "вакансия закрыта"; uk "обрали іншого кандидата", "не продовжуватимемо";
# bg "избрахме друг кандидат", "няма да продължим"
REJECTED = re.compile(
    r"\b(?:rozhodli\s+(?:jsme|sme)\s+(?:se|sa)|(?:jsme|sme)\s+(?:se|sa)\s+rozhodli)\s+(?:pro|pre)\s+(?:jin|in)\w+\s+(?:kandid|uchaze|uchádza|"
    r"řešen|profil)\w*|\bvybrali\s+(?:jsme|sme)\s+(?:jin|in)\w+\s+(?:kandid|uchaze|uchádza)\w*|"
    r"\bnebudeme\s+(?:(?:s\s+\w+\s+|v\s+\w+\s+)?(?:dále\s+|ďalej\s+)?)pokra[čc]ovat|"
    r"\b(?:pozice|pozícia|místo|miesto)\s+(?:již\s+|už\s+)?(?:byla|bola|je)\s+(?:již\s+|už\s+)?"
    r"obsazen|\b(?:pozícia|pozice)\s+(?:bola|byla)\s+(?:už\s+)?obsaden|"
    r"\b(?:nebyl|nebyla|neboli|nebol)[ai]?\s+(?:jste|ste)\s+(?:vybrán|vybran|úspěšn|úspešn)|"
    r"\bodlo[čc]ili\s+smo\s+se\s+za\s+drug\w+\s+(?:kandidat|profil)\w*|"
    r"\bne\s+bomo\s+nadaljevali\b|\bizbrali\s+smo\s+drug\w+\s+kandidat|"
    r"\bodlu[čc]ili\s+smo\s+se\s+za\s+drug\w+\s+(?:kandidat|profil)\w*|"
    r"\b(?:ne[ćc]emo|ne\s+[ćc]emo)\s+nastaviti\b|\bizabrali\s+smo\s+drug\w+\s+kandidat|"
    r"\b(?:pozicija|radno\s+mjesto|radno\s+mesto)\s+je\s+(?:ve[ćc]\s+)?popunjen|"
    r"\b(?:выбрали|остановили\s+(?:свой\s+)?выбор\s+на)\s+друг\w+\s+(?:кандидат|соискател)\w*|"
    r"\bне\s+(?:готовы|сможем|будем)\s+(?:сделать\s+вам\s+предложение|продолж\w+|двигаться\s+дальше)|"
    r"\bваканси[яи]\s+(?:уже\s+)?(?:закрыта|заполнена|приостановлена)|"
    r"\bобрали\s+інш\w+\s+кандидат\w*|\bне\s+(?:продовжуватимемо|зможемо\s+продовжити|будемо\s+"
    r"продовжувати)|\bваканси[яю]\s+(?:вже\s+)?(?:закрито|закрита|заповнена|призупинено)|"
    r"\bизбрахме\s+друг\w*\s+кандидат|\bняма\s+да\s+продължим\b|\bпозицията\s+(?:вече\s+)?е\s+"
    r"(?:заета|попълнена)", _I)
# cs "rádi bychom vám nabídli pozici", "pracovní nabídka"; sk "radi by sme vám ponúkli";
# sl "z veseljem vam ponujamo delovno mesto"; hr "ponuditi vam posao", "ponuda za posao";
# ru "предложение о работе", "рады предложить вам должность"; uk "пропозицію про роботу";
# bg "предложение за работа"
OFFER = re.compile(
    r"\b(?:nabídnout|nabídli|nabídnout|ponúknuť|ponúkli|ponudit[ei]|ponuditi|ponujamo)\s+(?:vám\s+|"
    r"vam\s+|ti\s+)?(?:pozici|pozíciu|místo|miesto|práci|prácu|posao|delovno\s+mesto|zaposlitev|"
    r"poziciju|radno\s+mjesto)\b|\b(?:pracovní\s+nabídk|pracovnú\s+ponuk|ponud[ua]\s+za\s+(?:posao|"
    r"zaposlenje)|ponudbo\s+za\s+zaposlitev)\w*|"
    r"\bпредлож\w+\s+(?:вам\s+|тебе\s+)?(?:должность|позицию|работу|оффер)|\bоффер\w*|"
    r"\bпредложение\s+о\s+работе|\bпропозиці\w+\s+(?:про|щодо)\s+(?:роботу|працевлаштування)|"
    r"\bзапропонувати\s+(?:вам\s+)?(?:посаду|позицію|роботу)|\bпредложение\s+за\s+работа|"
    r"\bда\s+ви\s+предложим\s+(?:позицията|работа)", _I)
# an invitation to a further interview, a task or references
NEXT_ROUND = re.compile(
    r"\b(?:pozvat|pozvali|pozveme|pozývame|pozvati|vabimo|povabiti|pozivamo|pozvati)\s+(?:vás\s+|vas\s+|"
    r"tě\s+|ťa\s+|te\s+)?(?:na|do|k)\s+(?:další|ďalšie|druh|finální|záverečn|sledeč|naslednj|"
    r"drug|završn|sljedeć|sledeć)\w*\s+(?:kolo|pohovor|rozhovor|razgovor|intervju|krog|fázi|fázu)\w*|"
    r"\bpostoupil[ai]?\s+(?:jste\s+)?do\s+dalšího\s+kola|\bpostúpil[ai]?\s+(?:ste\s+)?do\s+ďalšieho\s+kola|"
    r"\b(?:пригласить|приглашаем|приглашение)\s+(?:вас\s+)?(?:на\s+)?(?:следующ|второ|финальн)\w+\s+"
    r"(?:этап|собеседован|интервью)\w*|\bзапрошуємо\s+(?:вас\s+)?(?:на\s+)?(?:наступн|друг|фінальн)\w+\s+"
    r"(?:етап|співбесід|інтерв)\w*|\b(?:по)?каним\s+(?:ви\s+|те\s+)?на\s+"
    r"(?:следващ|второ|финал)\w*\s+"
    r"(?:интервю|етап|кръг)|\bтестово\w*\s+задани\w*|\bтестов\w+\s+задани\w*|"
    r"\breference\s+od\s+(?:předchozích|bývalých)|"
    r"\bрекомендаци\w+\s+(?:с|від)\s+(?:прошл|попередн)", _I)
NOT = re.compile(r"\b(?:ne|ni|zda|jestli|pokud|kdyby|ak|ako|li|не|ни|если|якщо|ако|дали|чи)\b", _I)
# a condition before a "no" (a question is one too): it says nothing yet
IF = re.compile(r"\b(?:pokud|kdyby|jestli|zda|ak|ako|če|если|якщо|ако|ли)\b|-li\b", _I)
DECIDE = re.compile(r"\b(?:rozhodnut\w*|rozhodneme|odpověď|odpoveď|ozveme|odločitev|odluk\w*|"
                    r"javimo|javit[ćc]emo|решени\w*|ответ\w*|рішення|відповідь|решение(?:то)?|"
                    r"отговор)\b", _I)
BY = re.compile(r"\bdo\b|\bnejpozději\b|\bnajneskôr\b|\bnajkasnije\b|\bnajpozneje\b|\bдо\b|"
                r"\bне\s+позднее\b|\bнайпізніше\b|\bнай-късно\b", _I)
BACK = re.compile(r"\bjsem\s+zpět\b|\bbudu\s+(?:zpět|opět\s+k\s+dispozici)|\bvrátím\s+se\b|"
                  r"\bsom\s+späť\b|\bbudem\s+späť\b|\bvrnem\s+se\b|\bvra[ćc]am\s+se\b|\bbit[ćc]u\s+"
                  r"ponovo\s+dostupn|\bвернусь\b|\bбуду\s+(?:на\s+связи|в\s+офисе|доступ)|"
                  r"\bповернуся\b|\bвръщам\s+се\b|\bще\s+бъда\s+(?:на\s+разположение|в\s+офиса)",
                  _I)
# genitive forms ("do 29. ledna", "до 29 января"); the Croatian names that mean another month
# in Czech or Polish (listopad) are left out
MONTHS = {"ledna": 1, "února": 2, "března": 3, "dubna": 4, "května": 5, "června": 6,
          "července": 7, "srpna": 8, "září": 9, "října": 10, "listopadu": 11, "prosince": 12,
          "januára": 1, "februára": 2, "apríla": 4, "mája": 5, "júna": 6, "júla": 7,
          "septembra": 9, "októbra": 10, "novembra": 11, "decembra": 12,
          "siječnja": 1, "veljače": 2, "ožujka": 3, "travnja": 4, "svibnja": 5, "lipnja": 6,
          "srpnja": 7, "kolovoza": 8, "rujna": 9, "studenoga": 11, "prosinca": 12,
          "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7,
          "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
          "січня": 1, "лютого": 2, "березня": 3, "квітня": 4, "травня": 5, "червня": 6,
          "липня": 7, "серпня": 8, "вересня": 9, "жовтня": 10, "грудня": 12,
          "януари": 1, "февруари": 2, "октомври": 10, "ноември": 11, "декември": 12}
WEEKDAYS = {"pátku": 4, "pátek": 4, "piatku": 4, "piatok": 4, "petka": 4, "petek": 4,
            "пятницы": 4, "пятница": 4, "пятницу": 4, "п'ятниці": 4, "п'ятниця": 4,
            "петък": 4}
NEXT_WEEK = r"příští\s+týden|budúci\s+týždeň|следующей\s+неделе|наступного\s+тижня"
_SPACED = re.compile(r"(?<![\d.])(\d{1,2})\.\s(\d{1,2})\.(?:\s(\d{4}))?(?![\d])")


def normal(s: str) -> str:
    """A sentence with its days written with a space after each dot (Czech, Slovak, Slovenian,
    Croatian: "1. 2. 2027", "do 5. 3.") as they are read elsewhere: "1.2.2027", "5.3."."""
    return _SPACED.sub(lambda m: f"{m.group(1)}.{m.group(2)}." + (m.group(3) or ""), s)
