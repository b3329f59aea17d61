"""An outcome read from what a sentence means, not from one set phrase: each language module
(reply_de, reply_nl, reply_fr) names its words for a few meanings, and this puts them together
the same way for every language, so a new wording of the same meaning is caught:

- "no": the writers do not go on with the candidate ("we" … "not" … "go on" in one clause:
  "besloten om niet met jou verder te gaan", "nous ne pourrons pas y donner une suite"); they
  chose an applicant who is not the reader ("gekozen voor een kandidaat met meer ervaring",
  "nous avons retenu un profil plus orienté"); the other applicant said as the one who made the
  difference, with nothing still to come ("die Erfahrung der anderen Kandidatin"); the post
  filled otherwise ("die Position anderweitig besetzen"); the post or its search stopped or
  put on hold, with nothing said to come ("de vacature voorlopig on hold te zetten", "le
  recrutement est suspendu"); the regret said ("au regret de vous informer");
- a next step: an invitation to a further step or to a task ("je vous propose un second
  entretien", "zur zweiten Runde einladen", "vous proposer un cas pratique").

Read conservatively (a question, a condition or a "not" before it says nothing). Pure: a
sentence in, a match out. capture/reply_languages asks it after each language's own phrases."""

from __future__ import annotations

import re
from functools import cache
from types import ModuleType

_I = re.IGNORECASE
_CLAUSE = r"[^.;:?!–—]"


@cache
def _rules(lang: ModuleType) -> dict[str, list[re.Pattern[str]]]:
    g = {k: getattr(lang, k) for k in ("WE", "YOU", "NEG", "GO_ON", "CHOSE", "APPLICANT",
                                       "THE_OTHER", "FILLED", "FURTHER", "STEP", "TASK",
                                       "INVITE")}
    not_you = rf"(?:(?!\b(?:{g['YOU']})\b){_CLAUSE})"
    rejected = [
        # "we" … "not" … "go on", in one clause
        rf"\b(?:{g['WE']})\b{_CLAUSE}{{0,60}}?\b(?:{g['NEG']})(?:\b|(?<=['’])){_CLAUSE}{{0,40}}?"
        rf"\b(?:{g['GO_ON']})\b",
        # chose an applicant who is not the reader
        rf"\b(?:{g['CHOSE']})\b{not_you}{{0,30}}?\b(?:{g['APPLICANT']})\b",
        rf"\b(?:{g['FILLED']})\b",
    ]
    if hasattr(lang, "REGRET"):
        rejected.append(rf"\b(?:{lang.REGRET})\b")
    if hasattr(lang, "STOPPED"):  # the post or its search stopped: "procedure stopgezet"
        not_neg = rf"(?:(?!\b(?:{g['NEG']})\b){_CLAUSE})"
        rejected.append(rf"\b(?:{lang.STOP_WHAT})\b{not_neg}{{0,60}}?\b(?:{lang.STOPPED})\b"
                        rf"(?!{_CLAUSE}{{0,60}}\b(?:{lang.PENDING})\b)")
    chose_for = [rf"\b(?:{lang.CHOSE_FOR})\b{not_you}{{0,50}}?\b(?:{g['CHOSE']})\b"] if \
        hasattr(lang, "CHOSE_FOR") else []  # the verb last
    further = rf"\b(?:{g['FURTHER']})\s+(?:\w+\s+)?(?:{g['STEP']})\b|\b(?:{g['TASK']})\b"
    next_round = [rf"\b(?:{g['INVITE']})\b{_CLAUSE}{{0,80}}?(?:{further})",
                  rf"(?:{further}){_CLAUSE}{{0,80}}?\b(?:{g['INVITE']})\b"]
    return {"REJECTED": [re.compile(p, _I) for p in (*rejected, *chose_for)],
            "CHOSE_FOR": [re.compile(p, _I) for p in chose_for],
            "NEXT_ROUND": [re.compile(p, _I) for p in next_round],
            "OTHER": [re.compile(rf"\b(?:{g['THE_OTHER']})\b", _I)],
            "HELD": [re.compile(rf"\b(?:{lang.NEG}|{lang.COND}|{lang.PENDING})\b", _I)],
            "DECIDE": [lang.DECIDE],
            "CHOSEN": [re.compile(rf"\b(?:{g['CHOSE']})\b", _I)],
            "NOT_YOU": [re.compile(rf"\b(?:{g['YOU']}|{g['NEG']})\b", _I)]}


def _goes_on_with_you(lang: ModuleType, s: str, m: re.Match[str]) -> bool:
    """Not going on is a "no" when it is with the reader or the application, or says with whom
    not at all ("dat we niet verder gaan –"); never with a meeting or a plan ("das Gespräch
    nicht wie geplant fortsetzen", "niet verder met de planning")."""
    clause = re.match(rf"{_CLAUSE}*", s[m.start():]).group(0)  # type: ignore[union-attr]
    rest = s[m.end():m.start() + len(clause)]
    if re.search(rf"\b(?:{lang.STEP}|{lang.TASK}|planning|Planung|plan)\b", clause, _I):
        return False
    return bool(re.search(rf"\b(?:{lang.YOU}|{lang.PROCESS})\b", clause, _I)) or \
        re.fullmatch(r"\s*(?:\w+\s*){0,2}", rest) is not None


def said(lang: ModuleType, kind: str, s: str) -> re.Match[str] | None:
    """The match of a meaning of `kind` ("REJECTED", "NEXT_ROUND") in sentence `s` written in
    `lang`, or None (also when the language names no words for meanings)."""
    if not hasattr(lang, "GO_ON") or kind not in ("REJECTED", "NEXT_ROUND") or "?" in s:
        return None
    rules = _rules(lang)
    held = rules["HELD"][0]
    for rule in rules[kind]:
        m = rule.search(s)
        if m is None:
            continue
        before = s[:m.start()]
        if kind == "NEXT_ROUND" and held.search(before):
            continue  # "nicht zur zweiten Runde", "si nous vous proposons…"
        if kind == "REJECTED" and re.search(rf"\b(?:{lang.COND})\b", before, _I):
            continue  # "falls wir nicht weitermachen"
        if rule is rules["REJECTED"][0] and not _goes_on_with_you(lang, s, m):
            continue  # "nicht wie geplant fortsetzen" (a meeting), "niet verder met de planning"
        chose = rules["CHOSEN"][0].match(s, m.start()) or rule in rules["CHOSE_FOR"]
        if chose and rules["NOT_YOU"][0].search(s, max(0, m.start() - 30), m.start()):
            continue  # "Sie wurden ausgewählt …", "noch nicht entschieden, welche Kandidaten"
        return m
    if kind == "REJECTED" and (m := rules["OTHER"][0].search(s)) is not None and not (
            held.search(s) or rules["DECIDE"][0].search(s)):
        return m  # "de andere kandidaat had jaren ervaring met …": who made the difference
    return None
