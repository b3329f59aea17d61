"""How a text spells days, made plain for reading (issues 15, 23): lower case, ordinals in
words as digits, the short forms of chat mail, and the month names of writers abroad."""

from __future__ import annotations

import re

MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
         r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")

# month names of continental writers, by month (English spellings are in MONTH); Finnish,
# Polish and Czech in the form a date takes ("13. tammikuuta", "13 stycznia", "13. ledna")
_MONTHS_ABROAD = (
    "januar jänner janvier januari enero gennaio janeiro tammikuu tammikuuta stycznia ledna",
    "februar février fevrier februari febrero febbraio fevereiro helmikuuta lutego února",
    "märz maerz mars maart marts marzo março maaliskuuta marca března",
    "avril aprile abril huhtikuuta kwietnia dubna",
    "mai mei maj mayo maggio maio toukokuuta maja května",
    "juni juin junio giugno junho kesäkuuta czerwca června",
    "juli juillet julio luglio julho heinäkuuta lipca července",
    "août aout augustus augusti agosto elokuuta sierpnia srpna",
    "septembre septiembre settembre setembro syyskuuta września září",
    "oktober octobre octubre ottobre outubro lokakuuta października října",
    "novembre noviembre novembro marraskuuta listopada listopadu",
    "dezember décembre decembre december desember diciembre dicembre dezembro joulukuuta "
    "grudnia prosince")
MONTH_ABROAD = {w: i + 1 for i, words in enumerate(_MONTHS_ABROAD) for w in words.split()}
FOREIGN = "|".join(sorted(MONTH_ABROAD, key=len, reverse=True))


_ORDINALS = ("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
             "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
             "seventeenth", "eighteenth", "nineteenth", "twentieth")
_TENS = {"twenty": 20, "thirty": 30}
_ORD_WORD = re.compile(
    rf"\b(the|{MONTH}) ((?:twenty|thirty)[- ](?:first|{'|'.join(_ORDINALS[:8])})|"
    rf"thirtieth|{'|'.join(_ORDINALS)})\b(?=\s*(?:$|[.,;:!?)]|-|–|of\b|at\b|or\b|and\b|to\b))")


def _ordinal_digits(m: re.Match[str]) -> str:
    """"the fourteenth" -> "the 14th", "December twenty-first" -> "december 21st"."""
    word = m.group(2)
    if word == "thirtieth":
        n = 30
    elif word[:6] in ("twenty", "thirty"):
        unit = word[7:]
        n = _TENS[word[:6]] + (1 if unit == "first" else _ORDINALS.index(unit) + 2)
    else:
        n = _ORDINALS.index(word) + 2
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(n % 10 if n not in (11, 12, 13) else 0, "th")
    return f"{m.group(1)} {n}{suffix}"


# the short forms of chat and phone mail: "tmrw", "2moro", "nxt wk"
_SHORT = re.compile(r"\b(tmrw?|tmw|tmrow|2mo?r+ow?|2mor+ow|tomoz|tom+or+ow|nxt|wk)\b")
_SHORTS = {"tmr": "tomorrow", "tmw": "tomorrow", "2mo": "tomorrow", "2mr": "tomorrow",
           "tom": "tomorrow", "nxt": "next", "wk": "week"}


def flat(text: str) -> str:
    """Lower case, "Dec." without its dot, curly quotes straight, one space, ordinals in
    words as digits ("the fourteenth"), "wks" and "hrs" spelt out."""
    text = " ".join(text.replace("’", "'").split()).lower()
    text = re.sub(rf"\b({MONTH}|mon|tues?|wed|thu|thurs|fri|sat|sun)\.(?=\s)", r"\1", text)
    text = _SHORT.sub(lambda m: _SHORTS[m.group(1)[:3]], text)
    text = re.sub(r"\b(\d+|a|one|two|three|four|five|six) (wk|hr)(s?)\b",
                  lambda m: f"{m.group(1)} {'week' if m.group(2) == 'wk' else 'hour'}"
                            f"{m.group(3)}", text)
    # "within 48h", "in 24hrs": a span of hours ("at 14h" stays a clock time)
    text = re.sub(r"\b(within|in|next|over|inside) (\d{1,3}) ?h(?:rs?)?\b", r"\1 \2 hours", text)
    return _ORD_WORD.sub(_ordinal_digits, text)
