"""Company names: one normal form, and a similarity that tells "Meta" from "Metaview" (A2).

People write an employer many ways ("Stripe, Inc.", "STRIPE", "The Stripe Company"). The
normal form drops what does not identify the company: case, accents, punctuation, a leading
"The", "&" versus "and", and legal suffixes and generic descriptors at the end. Two names then
match when their normal forms are equal, or nearly equal as whole strings (a typo, a space):
a prefix alone never matches, so "Meta" stays apart from "Metaview" and "Apple" from
"Applied Materials".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache

# A normal form at or above this similarity (0-100, rapidfuzz's ratio) is the same company.
# 88 lets one wrong or swapped letter through in a name of nine letters or more
# ("Mircosoft"), and nothing that differs by a whole extra word or syllable.
MATCH_THRESHOLD = 88.0
# Below this many letters a near miss is another company ("Shell" and "Shelly", "Lyft" and
# "Lift"): short names must be equal.
MIN_FUZZY_LENGTH = 8

# Legal forms, as single tokens after punctuation is removed ("L.L.C." -> "llc").
_LEGAL = frozenset((
    "inc", "incorporated", "corp", "corporation", "co", "company", "cos", "llc", "lc", "llp",
    "lp", "ltd", "limited", "plc", "pllc", "pc", "gmbh", "mbh", "ag", "kg", "ohg", "ug", "se",
    "sa", "sas", "sarl", "sca", "srl", "spa", "sl", "bv", "nv", "ab", "asa", "as", "aps", "oy",
    "oyj", "kk", "pte", "pty", "bhd", "sdn", "ltda", "eirl", "sab",
))
# Words that describe rather than name, dropped only at the end and never down to nothing.
_DESCRIPTORS = frozenset((
    "group", "holding", "holdings", "international", "intl", "global", "worldwide",
    "technologies", "technology", "platforms", "labs", "systems", "solutions", "services",
))
# Multi-word legal forms, written as tokens.
_LEGAL_PHRASES = (("s", "a"), ("s", "p", "a"), ("b", "v"), ("n", "v"), ("l", "l", "c"),
                  ("de", "c", "v"), ("pty", "ltd"), ("co", "ltd"), ("sa", "de", "cv"))
# Legal forms as a file writes them after a name ("Ltd.", "Pvt. Ltd.", "GmbH", "a.s.",
# "PJSC", "SAOG", ", Inc.", Poland's "s.c."): what a name may carry or leave out and still
# be the same employer. Dots and case as written vary; the list is of the forms, one home for them.
WRITTEN_FORMS = (
    "ltd", "limited", "inc", "incorporated", "llc", "llp", "plc", "pllc", "gmbh", "mbh", "ag",
    "kg", "pty", "pvt", "pte", "private", "corp", "corporation", "co", "company", "pjsc",
    "psc", "qsc", "qpsc", "saog", "saoc", "wll", "sae", "sa", "sas", "sarl", "spa", "srl",
    "sl", "as", "sro", "bv", "nv", "se", "ab", "oy", "oyj", "asa", "aps", "kk", "sdn", "bhd",
    "ulc", "dac", "uc", "cic", "ltda", "lda", "eirl", "sab", "cv", "sp", "sc",
    "zrt", "nyrt", "kft", "jsc", "tbk", "sac",  # Hungary's, Vietnam's, Indonesia's, Peru's
    "berhad",  # Malaysia's public company (its private one "Sdn. Bhd.")
)
# The local forms of every country invitations come from, written after the name. Many are
# also a word or a name in some language ("vos", "ans", "sia", Dutch "Vos" and "Ans"): these
# count only in capitals or with dots ("SIA", "V.O.S."), never as a capitalised word.
# (Estonia's "OÜ" is left out: its writers call the firm by the name without it, and a form
# makes the reader prefer the registered name a footer writes.)
LOCAL_FORMS = (
    "ug", "ohg", "kgaa", "gesmbh",  # Germany's, Austria's
    "sasu", "eurl", "snc", "sca", "sprl", "bvba", "vzw", "asbl", "vof",  # France, Belgium
    "slu", "sll", "sccl", "sapi",  # Spain's, Catalonia's, Mexico's
    "unipessoal", "eireli",  # Portugal's one-member company, Brazil's
    "srls", "scarl", "sapa",  # Italy's
    "hb", "kb", "ivs", "ans", "enk",  # Sweden's, Denmark's, Norway's
    "ehf", "ohf", "uab", "sia", "doo", "jdoo", "vos",  # Iceland … the Balkans, Czechia
    "bt", "kkt",  # Hungary's
    "оод", "еоод", "еад", "ооо", "зао", "пао", "оао", "тов",  # Bulgaria's, Russia's, Ukraine's
    "αε", "επε", "ικε",  # Greece's
    "tnhh", "pcl", "opc", "npc",  # Vietnam's, Thailand's, India's and the Philippines', S. Africa's
)
_MIXED = ("GmbH", "gGmbH", "mbH", "ApS", "SpA", "S.p.A", "SAOG", "PJSC", "A/S", "sp",
          "A.Ş", "AŞ")  # Turkey's joint-stock company, its own letter
_LOCAL_MIXED = (
          "Şti", "ŞTİ", "e.V", "eG", "e.U", "KGaA", "GesmbH", "Sàrl", "SàRL", "S.à r.l", "S/A",
          "I/S", "K/S", "P/S", "ehf", "hf", "ohf", "d.d", "D.D", "a.d", "ПрАТ", "ТОВ", "АД",
          "sp.j", "sp.k", "Sp.j", "Sp.k", "s.p", "CommV", "בע\"מ", "בע״מ",
          "ش.م.م", "ذ.م.م", "ش.م.ع", "ش.م.ل", "จำกัด", "(มหาชน)", "Tbk")


def _spellings(form: str) -> set[str]:
    """How a form is written, less a final dot: as a word in capitals, capitalised or (short
    ones, "plc") in lower case, or with a dot after each letter ("a.s", "S.A", "B.V")."""
    out = {form.upper(), form.capitalize()}
    if 3 <= len(form) <= 4:
        out.add(form)
    if 2 <= len(form) <= 4:
        dotted = ".".join(form)
        out |= {dotted, dotted.upper(), dotted.capitalize()}  # "S.r.l", "A.s"
    return out


# a set, not one regular expression: compiling some two hundred spellings would cost every
# command that imports this module more than its start-up budget (bench/README.md)
def _capitals(form: str) -> set[str]:
    """A local form in capitals, or dotted ("SIA", "d.o.o", "D.O.O", "V.O.S")."""
    out = {form.upper()}
    if 2 <= len(form) <= 4:
        dotted = ".".join(form)
        out |= {dotted, dotted.upper(), dotted.capitalize()}
    return out


# The forms written BEFORE the name, in capitals: Indonesia's "PT", "CV", "UD", the Baltics'
# "UAB", "SIA", "AS", Romania's "SC", Russia's, Kazakhstan's, Ukraine's in their script
# ("ООО", "АО", "ТОО", "ТОВ"; in Latin letters they are as often a firm's own initials) and
# "JSC", "PJSC" as their English: never initials of words the file writes out ("PT
# Nusantara Kopi" is no "Posting Title").
LEADING_FORMS = frozenset((
    "PT", "CV", "UD", "UAB", "SIA", "AS", "SC", "JSC", "PJSC",
    "ООО", "ЗАО", "ПАО", "АО", "ТОО", "ТОВ", "ПП",
))


_LOCAL = frozenset({w for f in LOCAL_FORMS for w in _capitals(f)} | set(_LOCAL_MIXED) |
                   {"Unipessoal", "Eireli", "Bt", "Kkt"})
_SPELLED = frozenset({w for f in WRITTEN_FORMS for w in _spellings(f)} | set(_MIXED) | _LOCAL)


def local_form(word: str) -> bool:
    """One of the local forms ("d.o.o.", "ehf.", "UAB", "Şti."), not the forms every reader
    already drops ("Ltd", "GmbH", "S.A.")."""
    word = word.strip(",()")
    return word.rstrip(".") in _LOCAL and word.rstrip(".") not in (_SPELLED - _LOCAL)
_NEXT_WORD = re.compile(r",?[ \t]+([^\s,]+)")
# the forms written in words of their own, one of them a lone letter no form is alone
# ("Sp. z o.o.", Poland's limited company)
# and Türkiye's "Sanayi ve Ticaret" ("industry and trade") written into a registered name,
# Czechia's "spol. s r.o.", Mexico's "S. de R.L."
_SPACED = re.compile(r",?[ \t]+(?:[Ss][Pp]\.[ \t]*[Zz][ \t]*[Oo]\.[ \t]?[Oo]\.?|"
                     r"(?:San\.|Sanayi)[ \t]+ve[ \t]+(?:Tic\.|Ticaret)|"
                     r"(?:Tic\.|Ticaret)[ \t]+ve[ \t]+(?:San\.|Sanayi)|"
                     r"spol\.[ \t]+s[ \t]+r\.[ \t]?o\.?|S\.[ \t]+de[ \t]+R\.[ \t]?L\.?)(?!\w)")


def is_legal_form(word: str) -> bool:
    """ "Ltd.", "a.s.", "PJSC", "S.A.": a legal form as written."""
    word = word.strip(",")
    if word[:1] == "(" and word[-1:] == ")":  # "(Pty) Ltd", "(Pvt.) Ltd."
        word = word[1:-1]
    return word.rstrip(".") in _SPELLED and not word.endswith("..")


def legal_tail(text: str) -> str:
    """The legal forms `text` starts with, as written (", Ltd.", " Pvt. Ltd.", " a.s."), or
    "" (what follows a name in a file)."""
    pos = 0
    while (m := _SPACED.match(text, pos) or _NEXT_WORD.match(text, pos)) and (
            m.re is _SPACED or is_legal_form(m.group(1))):
        pos = m.end()
    return text[:pos]


def without_legal_form(name: str) -> str:
    """The name less the legal forms written at its end ("Harbour Foods" for "Harbour Foods
    Ltd", "Koyo Heavy Industries" for "Koyo Heavy Industries, Ltd.", "Grupo Bimbo" for "Grupo
    Bimbo S.A.B. de C.V.", "Boğaziçi Tekstil" for "… San. ve Tic. A.Ş."); never down to
    nothing."""
    rest = name
    while True:
        spaced = re.search(_SPACED.pattern + "$", rest)
        words = (rest[:spaced.start()] if spaced and spaced.start() else rest).split()
        k = len(words)
        while k > 1 and (is_legal_form(words[k - 1]) or (words[k - 1] == "de" and
                                                        k < len(words))):
            k -= 1
        shorter = " ".join(words[:k]).strip(" ,")
        if not shorter or shorter == rest:
            return rest.strip() or name.strip()
        rest = shorter


_WEB = re.compile(r"\.(com|net|org|io|ai|co|de|fr|uk|app|dev)\b")
_PARENS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_NON_WORD = re.compile(r"[^0-9a-z]+")
_NON_DIGIT = re.compile(r"[^0-9]+")


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def company_tokens(name: str | None) -> tuple[str, ...]:
    """The identifying words of a company name, in order."""
    if not name:
        return ()
    text = _fold(name)
    text = _PARENS.sub(" ", text)
    text = text.replace("&", " and ").replace("+", " and ")
    text = _WEB.sub(" ", text)
    text = re.sub(r"(?<=\b\w)\.(?=\w\b)", "", text)  # initials: "l.l.c." -> "llc."
    tokens = [t for t in _NON_WORD.split(text) if t]
    if tokens[:1] == ["the"] and len(tokens) > 1:
        tokens = tokens[1:]
    changed = True
    while changed and len(tokens) > 1:
        changed = False
        for phrase in _LEGAL_PHRASES:
            n = len(phrase)
            if len(tokens) > n and tuple(tokens[-n:]) == phrase:
                tokens = tokens[:-n]
                changed = True
        if len(tokens) > 1 and (tokens[-1] in _LEGAL or tokens[-1] in _DESCRIPTORS):
            tokens = tokens[:-1]
            changed = True
        if len(tokens) > 1 and tokens[-1] == "and":  # "Smith & Co" -> "smith and"
            tokens = tokens[:-1]
            changed = True
    return tuple(tokens)


@lru_cache(maxsize=65536)
def company_key(name: str | None) -> str:
    """The normal form used to compare companies: identifying words run together, so that
    "Linked In" and "LinkedIn" agree. Empty when the name says nothing."""
    return "".join(company_tokens(name))


def _digits(key: str) -> str:
    return _NON_DIGIT.sub("", key)


def _may_differ(a: str, b: str) -> bool:
    """Whether two different normal forms may still be one company: only long names, and
    only with the same numbers ("Studio 54" is not "Studio 45", "Firm 12" not "Firm 13")."""
    return min(len(a), len(b)) >= MIN_FUZZY_LENGTH and _digits(a) == _digits(b)


def similarity(a: str, b: str) -> float:
    """0-100: how alike two normal forms (company_key) are; 100 when equal. Pairs that
    cannot be one company (see _may_differ) score below the threshold."""
    if not a or not b:
        return 0.0
    if a == b:
        return 100.0
    from rapidfuzz import fuzz

    score = float(fuzz.ratio(a, b))
    return score if _may_differ(a, b) else min(score, MATCH_THRESHOLD - 1)


def same_company(a: str | None, b: str | None, threshold: float = MATCH_THRESHOLD) -> bool:
    return similarity(company_key(a), company_key(b)) >= threshold


class KeyPool:
    """Normal forms to match against, prepared once for many look-ups."""

    __slots__ = ("digits", "keys", "present")

    def __init__(self, keys: Iterable[str]) -> None:
        self.present = frozenset(k for k in keys if k)
        self.keys = sorted(self.present)
        self.digits = {k: d for k in self.keys if (d := _digits(k))}


def best_keys(
    target: str, keys: Iterable[str] | KeyPool, threshold: float = MATCH_THRESHOLD
) -> list[tuple[str, float]]:
    """The keys that match `target` (a company_key), best first."""
    return match_many([target], keys, threshold)[0]


def match_many(
    targets: Sequence[str], keys: Iterable[str] | KeyPool, threshold: float = MATCH_THRESHOLD
) -> list[list[tuple[str, float]]]:
    """For each target key, the matching keys, best first: a whole search at once
    (bench/network.py). Equal keys are found by lookup; only the rest are scored."""
    pool = keys if isinstance(keys, KeyPool) else KeyPool(keys)
    if not pool.keys:
        return [[] for _ in targets]
    out: list[list[tuple[str, float]]] = []
    for target in targets:
        hits: list[tuple[str, float]] = [(target, 100.0)] if target in pool.present else []
        if len(target) >= MIN_FUZZY_LENGTH:
            numbers = _digits(target)
            letters = {c: target.count(c) for c in set(target)}
            near = [k for k in pool.keys if k != target and len(k) >= MIN_FUZZY_LENGTH
                    and pool.digits.get(k, "") == numbers
                    and may_reach(target, k, threshold, letters)]
            if near:
                from rapidfuzz import fuzz, process  # lazy (~10 ms): most names have no near miss

                hits += [(k, float(s)) for k, s, _ in process.extract(
                    target, near, scorer=fuzz.ratio, score_cutoff=threshold, limit=None)]
        out.append(sorted(hits, key=lambda ks: (-ks[1], ks[0])))
    return out


def may_reach(a: str, b: str, threshold: float = MATCH_THRESHOLD,
              letters: dict[str, int] | None = None) -> bool:
    """Whether rapidfuzz's ratio of `a` and `b` may reach `threshold`. The ratio is
    200 * (longest common subsequence) / (len(a) + len(b)), and that subsequence is no longer
    than the letters the two share, repeats counted: a pair below this bound cannot match, and
    is left out without loading rapidfuzz. `letters`: a's letter counts, when known."""
    total = len(a) + len(b)
    if 200 * min(len(a), len(b)) < threshold * total:
        return False
    counts = letters if letters is not None else {c: a.count(c) for c in set(a)}
    shared = sum(min(n, b.count(c)) for c, n in counts.items())
    return 200 * shared >= threshold * total - 1e-6
