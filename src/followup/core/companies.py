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
import sys
import unicodedata
from collections import Counter
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


# A pool this small is read letter by letter before rapidfuzz (~8 ms to import) is loaded:
# when no key could reach the threshold, it is not loaded at all (a new company's
# `add --from`, bench/README.md).
SMALL_POOL = 256


def _could_match(target: str, letters: Counter[str], numbers: str, key: str, pool: KeyPool,
                 threshold: float) -> bool:
    """Whether rapidfuzz's ratio of the two can reach `threshold`: the ratio is 200 times
    their longest common subsequence over both lengths, and that subsequence never holds
    more letters than the two share."""
    if key == target or len(key) < MIN_FUZZY_LENGTH or pool.digits.get(key, "") != numbers:
        return False
    shared = sum((letters & Counter(key)).values())
    return 200 * shared >= threshold * (len(target) + len(key)) - 1e-6


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
        numbers, letters = _digits(target), Counter(target)
        if len(target) >= MIN_FUZZY_LENGTH and (
                "rapidfuzz" in sys.modules or len(pool.keys) > SMALL_POOL
                or any(_could_match(target, letters, numbers, k, pool, threshold)
                       for k in pool.keys)):
            from rapidfuzz import fuzz, process  # lazy (~8 ms): short names match exactly

            hits += [(k, float(s)) for k, s, _ in process.extract(
                target, pool.keys, scorer=fuzz.ratio, score_cutoff=threshold, limit=None)
                if k != target and len(k) >= MIN_FUZZY_LENGTH
                and pool.digits.get(k, "") == numbers]
        out.append(sorted(hits, key=lambda ks: (-ks[1], ks[0])))
    return out
