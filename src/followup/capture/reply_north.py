"""How an employer writing in Finnish, Icelandic, Estonian, Latvian or Lithuanian says the
outcome of an application, the day of a decision and the day an out-of-office writer is back
(capture/reply_languages reads them). Plain words only, each bounded as a whole word."""

from __future__ import annotations

import re

_I = re.IGNORECASE
# fi "olemme päättäneet valita toisen hakijan", "emme jatka kanssasi", "valinta kohdistui
# toiseen hakijaan", "tehtävä on täytetty"; is "ákveðið að ráða annan umsækjanda", "höfum
# ákveðið að halda ekki áfram", "starfið hefur verið ráðið í"; et "otsustasime teise kandidaadi
# kasuks", "me ei jätka"; lv "izvēlējāmies citu kandidātu", "neturpināsim"; lt "pasirinkome kitą
# kandidatą", "nusprendėme nebetęsti"
REJECTED = re.compile(
    r"\bvalinta\s+(?:on\s+)?kohdistu\w*\s+toise\w*|\bvalitsi\w*\s+toise\w*\s+(?:hakija|ehdokka)\w*|"
    r"\bpäättäneet\s+valita\s+toise\w*|\bemme\s+(?:voi\s+)?jatka\w*\s+(?:kanssa|rekrytoin|prosess|"
    r"hakemuks)\w*|\b(?:tehtävä|paikka)\s+on\s+(?:jo\s+)?täytetty\b|\bet\s+tullut\s+valituksi\b|"
    r"\bráða\s+annan\s+umsækj\w*|\bhalda\s+ekki\s+áfram\b|\bstarfið\s+hefur\s+verið\s+ráðið\b|"
    r"\bvaldi[rð]?\s+annan\s+umsækj\w*|"
    r"\bteise\s+kandidaadi\s+kasuks\b|\b(?:me\s+)?ei\s+jätka\s+(?:teiega|sinuga|teie\s+kandidatuuriga)|"
    r"\bvalisime\s+teise\s+kandidaadi\b|\bametikoht\s+on\s+(?:juba\s+)?täidetud\b|"
    r"\bizvēlējāmies\s+cit\w*\s+kandidāt\w*|\bneturpināsim\b|\bnolēmām\s+neturpināt\b|"
    r"\bpasirinkome\s+kit\w*\s+kandidat\w*|\bnusprendėme\s+(?:nebe)?(?:tęsti|nebetęsti)\b|"
    r"\bnebetęsime\b|\bpozicija\s+(?:jau\s+)?užimta\b", _I)
# fi "haluamme tarjota sinulle paikkaa", "työtarjous"; is "bjóða þér starfið", "atvinnutilboð";
# et "pakkuda teile ametikohta", "tööpakkumine"; lv "piedāvāt jums amatu", "darba piedāvājums";
# lt "pasiūlyti jums darbo vietą", "darbo pasiūlymas"
OFFER = re.compile(
    r"\btarjota\s+(?:sinulle|teille)\s+(?:paikka|tehtävä|työ)\w*|\btyötarjou\w*|"
    r"\bbjóða\s+þér\s+starf\w*|\batvinnutilboð\w*|\bpakkuda\s+(?:teile|sulle)\s+(?:ametikohta|"
    r"tööd|kohta)|\btööpakkumi\w*|\bpiedāvāt\s+(?:jums|tev)\s+(?:amatu|darbu)|\bdarba\s+"
    r"piedāvājum\w*|\bpasiūlyti\s+(?:jums|tau)\s+(?:darbo\s+vietą|pareigas|darbą)|\bdarbo\s+"
    r"pasiūlym\w*", _I)
NEXT_ROUND = re.compile(
    r"\bkutsu\w*\s+(?:sinut\s+|teidät\s+)?(?:toise\w*|seuraava\w*|viimeise\w*|jatko)\w*\s*"
    r"(?:haastattelu|vaihee|kierrok)\w*|\bjatkohaastattelu\w*|\bennakkotehtävä\w*|"
    r"\bbjóða\s+þér\s+í\s+(?:annað|seinna|lokaviðtal)\w*|\bannað\s+viðtal\b|"
    r"\bkutsu\w*\s+(?:teid|sind)\s+(?:teise|järgmise|viimase)\s+(?:vooru|intervjuu|etapp)\w*|"
    r"\bkoduülesan\w*|\baicināt\s+(?:jūs|tevi)\s+uz\s+(?:otr|nākam|fināl)\w+\s+(?:intervij|kārt)\w*|"
    r"\bpakviesti\s+(?:jus|tave)\s+į\s+(?:antr|kit|baigiam)\w+\s+(?:pokalb|etap)\w*", _I)
NOT = re.compile(r"\b(?:ei|emme|jos|ekki|ef|kui|ne|jei|ar)\b", _I)
# a condition before a "no" (a question is one too): it says nothing yet
IF = re.compile(r"\b(?:jos|ef|kui|jei|ar)\b", _I)
DECIDE = re.compile(r"\b(?:päätö\w*|vastau\w*|ilmoitamme|ákvörðun\w*|svar\w*|otsus\w*|vastus\w*|"
                    r"lēmum\w*|atbild\w*|sprendim\w*|atsakym\w*)\b", _I)
BY = re.compile(r"\bmennessä\b|\bviimeistään\b|\bfyrir\b|\bhiljemalt\b|\blīdz\b|\bvėliausiai\b|"
                r"\biki\b", _I)
BACK = re.compile(r"\bolen\s+(?:taas\s+)?(?:tavoitettavissa|toimistolla|paikalla)\b|\bpalaan\b|"
                  r"\bkem\s+aftur\b|\bverð\s+við\b|\bolen\s+tagasi\b|\bnaasen\b|\batgriezīšos\b|"
                  r"\bbūšu\s+(?:atpakaļ|pieejam)|\bgrįšiu\b|\bgrįžtu\b", _I)
# "29. tammikuuta", "29. jaanuariks"; month-first Latvian and Lithuanian days are left out
MONTHS = {"tammikuuta": 1, "helmikuuta": 2, "maaliskuuta": 3, "huhtikuuta": 4,
          "toukokuuta": 5, "kesäkuuta": 6, "heinäkuuta": 7, "elokuuta": 8, "syyskuuta": 9,
          "lokakuuta": 10, "marraskuuta": 11, "joulukuuta": 12,
          "janúar": 1, "febrúar": 2, "mars": 3, "apríl": 4, "júní": 6, "júlí": 7,
          "ágúst": 8, "september": 9, "október": 10, "nóvember": 11, "desember": 12,
          "jaanuar": 1, "veebruar": 2, "märts": 3, "aprill": 4, "juuni": 6, "juuli": 7,
          # Estonian "on the day": "1. veebruaril"
          "jaanuaril": 1, "veebruaril": 2, "märtsil": 3, "aprillil": 4, "juunil": 6, "juulil": 7,
          "augustil": 8, "septembril": 9, "oktoobril": 10, "novembril": 11, "detsembril": 12}
WEEKDAYS = {"perjantaihin": 4, "perjantai": 4, "föstudag": 4, "föstudags": 4, "reedeks": 4,
            "reede": 4, "piektdienai": 4, "piektdien": 4, "penktadienio": 4}
NEXT_WEEK = r"ensi\s+viikolla|í\s+næstu\s+viku|järgmisel\s+nädalal|nākamnedēļ|kitą\s+savaitę"
_ISO = re.compile(r"(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])")


def normal(s: str) -> str:
    """A sentence with its year-first days (Lithuanian, Swedish and Canadian mail write
    "2027-02-01") as day-first ones: "1.2.2027"."""
    return _ISO.sub(lambda m: f"{int(m.group(3))}.{int(m.group(2))}.{m.group(1)}", s)
