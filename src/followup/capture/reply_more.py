"""How an employer writing in Catalan, Hebrew, Arabic, Swahili or Afrikaans says the outcome of
an application, the day of a decision and the day an out-of-office writer is back
(capture/reply_languages reads them). Plain words only, each bounded as a whole word where the
script spaces its words."""

from __future__ import annotations

import re

_I = re.IGNORECASE
# ca "hem decidit continuar amb un altre candidat", "no continuarem amb la teva candidatura",
# "la posició ja s'ha cobert"; he "החלטנו להתקדם עם מועמד אחר", "לא נוכל להתקדם"; ar "قررنا
# المضي قدماً مع مرشح آخر", "لم يتم اختيارك", "تم شغل الوظيفة"; sw "tumeamua kuendelea na
# mgombea mwingine", "hukufanikiwa"; af "besluit om met 'n ander kandidaat voort te gaan",
# "nie verder gaan nie", "die pos is reeds gevul"
REJECTED = re.compile(
    r"\b(?:continuar|avançar|seguir(?:\s+endavant)?)\s+amb\s+(?:un\s+)?(?:altre|altra|altres)\s+"
    r"(?:candidat|perfil|persona)\w*|\bno\s+(?:podem\s+|podrem\s+)?(?:continuarem|avançarem|"
    r"continuar|avançar)\s+amb\s+(?:la\s+teva|la\s+seva|tu|vostè)\b|\bhem\s+optat\s+per\s+(?:un\s+)?"
    r"(?:altre|altra)\b|\bla\s+(?:posició|plaça|vacant)\s+ja\s+(?:s'ha|ha\s+estat)\s+coberta?\b|"
    r"להתקדם\s+עם\s+(?:מועמד|מועמדת|מועמדים)\s+(?:אחר|אחרת|אחרים)|לא\s+נוכל\s+להתקדם|"
    r"בחרנו\s+(?:במועמד|במועמדת)\s+(?:אחר|אחרת)|המשרה\s+(?:כבר\s+)?אוישה|"
    r"مع\s+(?:مرشح|مرشحين|متقدم)\s+(?:آخر|اخر|آخرين)|لم\s+يتم\s+(?:اختيارك|اختياركم|قبول)|"
    r"تم\s+شغل\s+(?:الوظيفة|المنصب)|لن\s+نتمكن\s+من\s+(?:المضي|الاستمرار)|"
    r"\bkuendelea\s+na\s+mgombea\s+mwingine\b|\bhukufanikiwa\b|\bnafasi\s+(?:hiyo\s+)?imeshajazwa\b|"
    r"\bhatutaweza\s+kuendelea\b|\bmet\s+'n\s+ander\s+kandida\w*\s+(?:voort|aan)|"
    r"\bnie\s+(?:verder\s+gaan|voortgaan)\s+(?:met\s+(?:jou|u)\s+\w+\s+)?nie\b|"
    r"\bdie\s+pos\s+is\s+(?:reeds\s+|al\s+)?gevul\b", _I)
# ca "oferir-te la posició", "oferta de feina"; he "הצעת עבודה"; ar "عرض عمل", "عرض وظيفي";
# sw "kukupa ofa ya kazi", "barua ya ofa"; af "werksaanbod", "die pos aan te bied"
OFFER = re.compile(
    r"\boferir-(?:te|li|vos)\s+(?:la\s+)?(?:posició|plaça|feina)\b|\boferta\s+de\s+feina\b|"
    r"הצעת\s+(?:עבודה|העסקה)|عرض\s+(?:عمل|وظيفي|التوظيف)|"
    r"\bofa\s+ya\s+kazi\b|\bbarua\s+ya\s+ofa\b|\bwerksaanbod\w*|\bdie\s+pos\s+aan\s+(?:te\s+)?bied\b",
    _I)
NEXT_ROUND = re.compile(
    r"\bconvidar-(?:te|vos|la|lo)\s+a\s+(?:una\s+)?(?:segona|següent|darrera|última|final)\s+"
    r"(?:entrevista|fase|ronda)\b|\bpassat\s+a\s+la\s+(?:següent|propera)\s+fase\b|"
    r"(?:לראיון|לשלב)\s+(?:שני|הבא|הסופי|נוסף)|למטלת\s+בית|"
    r"(?:المرحلة|المقابلة)\s+(?:التالية|الثانية|النهائية)|"
    r"\b(?:usaili|mahojiano)\s+(?:ya\s+|wa\s+)?(?:pili|mwisho|awamu\s+ijayo)\b|"
    r"\bhatua\s+inayofuata\b|\b(?:tweede|volgende|finale)\s+(?:onderhoud|rondte|fase)\b", _I)
NOT = re.compile(r"\b(?:no|si|nie|as|ikiwa|kama)\b|\bלא\b|\bאם\b|\bلا\b|\bلم\b|\bإذا\b|\bلن\b", _I)
# a condition before a "no" (a question is one too): it says nothing yet
IF = re.compile(r"\b(?:si|as|ikiwa|kama)\b|\bאם\b|\bإذا\b|\bلو\b", _I)
DECIDE = re.compile(r"\b(?:decisió|resposta|resultat|besluit|terugvoer|uamuzi|jibu)\b|"
                    r"החלטה|תשובה|قرار|رد", _I)
BY = re.compile(r"\bcom\s+a\s+(?:molt\s+)?tard\b|\babans\s+del?\b|\bteen\b|\bnie\s+later\s+nie\b|"
                r"\bkabla\s+ya\b|\bifikapo\b|עד|قبل|بحلول", _I)
BACK = re.compile(r"\btornaré\b|\bestaré\s+de\s+tornada\b|\bis\s+(?:ek\s+)?terug\b|\bweer\s+"
                  r"beskikbaar\b|\bnitarudi\b|אחזור|אשוב|سأعود|سأكون\s+متاح", _I)
MONTHS = {"gener": 1, "febrer": 2, "març": 3, "maig": 5, "juny": 6, "juliol": 7, "agost": 8,
          "setembre": 9, "octubre": 10, "novembre": 11, "desembre": 12,
          "januarie": 1, "februarie": 2, "maart": 3, "junie": 6, "julie": 7,
          "augustus": 8, "desember": 12}
WEEKDAYS = {"divendres": 4, "vrydag": 4, "ijumaa": 4}
NEXT_WEEK = r"la\s+setmana\s+que\s+ve|volgende\s+week|wiki\s+ijayo"
