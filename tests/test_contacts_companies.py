"""A2: company names are compared in a normal form, then by similarity, against a table of
labelled pairs: the same employer written differently must match, look-alikes must not."""

from __future__ import annotations

import pytest

from followup.core.companies import (
    MATCH_THRESHOLD,
    best_keys,
    company_key,
    match_many,
    same_company,
    similarity,
)

SAME = [
    ("Stripe, Inc.", "Stripe"),
    ("STRIPE", "stripe inc"),
    ("Apple Inc.", "Apple"),
    ("Meta Platforms, Inc.", "Meta"),
    ("The Boston Consulting Group", "Boston Consulting Group (BCG)"),
    ("Procter & Gamble", "Procter and Gamble Co."),
    ("Ernst & Young LLP", "Ernst and Young"),
    ("Linked In", "LinkedIn Corporation"),
    ("Amazon.com, Inc.", "Amazon"),
    ("Google LLC", "Google"),
    ("SAP SE", "SAP"),
    ("Siemens AG", "Siemens"),
    ("Nestlé S.A.", "Nestle"),
    ("Spotify AB", "Spotify"),
    ("Microsoft Corporation", "Mircosoft"),  # a swapped letter in a long name
    ("Volkswagen AG", "Volkswagon"),  # a wrong letter in a long name
    ("Salesforce.com", "Salesforce"),
    ("Notion Labs, Inc.", "Notion"),
    ("Über Technologies", "Uber"),
    ("ACME Corp.", "Acme Corporation"),
    ("The Home Depot", "Home Depot"),
    ("Johnson & Johnson", "Johnson and Johnson"),
    ("Deloitte LLP", "Deloitte"),
    ("Goldman Sachs Group", "Goldman Sachs"),
    ("Toyota Motor Corporation", "Toyota Motor Corp"),
    ("Shopify Inc", "Shopify"),
    ("Accenture plc", "Accenture"),
    ("Unilever N.V.", "Unilever"),
    ("L'Oréal", "L'Oreal"),
    ("Booking.com", "Booking"),
    ("Wells Fargo & Company", "Wells Fargo"),
    ("Airbnb, Inc.", "AirBnB"),
    ("Hewlett-Packard", "Hewlett Packard"),
    ("AT&T Inc.", "AT and T"),
    ("Société Générale S.A.", "Societe Generale"),
    ("Mercedes-Benz Group AG", "Mercedes Benz"),
    ("The Stripe Company", "Stripe, Inc."),
]

DIFFERENT = [
    ("Meta", "Metaview"),
    ("Metaview", "Meta Platforms"),
    ("Apple", "Applied Materials"),
    ("Applied Materials", "Apple Inc."),
    ("Apple", "Applied"),
    ("Apple", "Pineapple Labs"),
    ("Box", "Dropbox"),
    ("Intel", "Intellia"),
    ("Lyft", "Lift"),
    ("IBM", "HBM"),
    ("Shell", "Shelly Group"),
    ("Stripe", "Stripes"),
    ("Stripe", "Strava"),
    ("Stripe", "Stripe Partners"),
    ("Alphabet", "Google"),
    ("Facebook", "Meta"),
    ("Amazon", "Amazon Web Services"),
    ("Amazon", "Amazonas Energia"),
    ("General Motors", "General Mills"),
    ("Johnson & Johnson", "Johnson Controls"),
    ("Bank of America", "Bank of the West"),
    ("Square", "Squarespace"),
    ("Snap Inc.", "Snapdeal"),
    ("Meta", "Metabase"),
    ("Notion", "Motion"),
    ("Uber", "Upwork"),
    ("Ford", "Oxford"),
    ("Visa", "Avis"),
    ("Twitter", "Twilio"),
    ("Adobe", "Adore Me"),
    ("Target", "Targus"),
    ("Intuit", "Intuitive Surgical"),
    ("Palantir", "Plantronics"),
    ("The Trade Desk", "TradeStation"),
    ("Oracle", "Oracle Health"),
    ("Studio 54 Productions", "Studio 45 Productions"),  # near as text, other numbers
    ("Unknown Firm 12", "Unknown Firm 13"),
]


def test_the_table_is_large_enough() -> None:
    assert len(SAME) + len(DIFFERENT) >= 30
    assert len(SAME) >= 15 and len(DIFFERENT) >= 15


@pytest.mark.parametrize(("a", "b"), SAME, ids=[f"{a}={b}" for a, b in SAME])
def test_same_company_matches(a: str, b: str) -> None:
    assert same_company(a, b), (company_key(a), company_key(b))
    assert same_company(b, a)


@pytest.mark.parametrize(("a", "b"), DIFFERENT, ids=[f"{a}!={b}" for a, b in DIFFERENT])
def test_look_alikes_do_not_match(a: str, b: str) -> None:
    score = similarity(company_key(a), company_key(b))
    assert score < MATCH_THRESHOLD, (company_key(a), company_key(b), score)
    assert not same_company(b, a)


@pytest.mark.parametrize(("name", "key"), [
    ("Stripe, Inc.", "stripe"),
    ("The Boston Consulting Group", "bostonconsulting"),
    ("Procter & Gamble Co.", "procterandgamble"),
    ("ACME L.L.C.", "acme"),
    ("Smith & Co.", "smith"),
    ("Ünïcode GmbH", "unicode"),
    ("The Company", "company"),  # never normalised down to nothing
    ("Group", "group"),
    ("", ""),
    (None, ""),
    ("  ,  ", ""),
])
def test_normal_form(name: str | None, key: str) -> None:
    assert company_key(name) == key


def test_exact_normal_forms_score_100_and_empty_ones_0() -> None:
    assert similarity(company_key("Stripe, Inc."), company_key("stripe")) == 100
    assert similarity("", "stripe") == 0
    assert not same_company("", "")


def test_best_keys_ranks_the_exact_form_first_and_leaves_look_alikes_out() -> None:
    keys = [company_key(n) for n in ("Meta", "Metaview", "Metabase", "Meta Platforms")]
    assert best_keys("meta", keys) == [("meta", 100.0)]
    long_keys = ["microsoft", "mircosoft", "microsoftware"]
    found = best_keys("microsoft", long_keys)
    assert found[0] == ("microsoft", 100.0)
    assert [k for k, _ in found] == ["microsoft", "mircosoft"]


def test_match_many_answers_each_target_in_order() -> None:
    keys = ["stripe", "acme", "appliedmaterials", "apple"]
    assert match_many(["apple", "", "nobody", "stripe"], keys) == [
        [("apple", 100.0)], [], [], [("stripe", 100.0)]]
    assert match_many(["apple"], []) == [[]]


def test_the_bound_that_spares_rapidfuzz_never_drops_a_match() -> None:
    """match_many leaves out, before rapidfuzz, the keys whose shared letters cannot reach
    the threshold: its answers are those of scoring every key."""
    import random

    from rapidfuzz import fuzz, process

    from followup.core.companies import MATCH_THRESHOLD, KeyPool, match_many

    rnd = random.Random(20261130)
    letters = "abcdefghijklmnopqrstuvwxyz"

    def typo(k: str) -> str:
        i = rnd.randrange(len(k))
        return rnd.choice([k[:i] + k[i + 1:], k[:i] + rnd.choice(letters) + k[i:],
                           k[:i] + rnd.choice(letters) + k[i + 1:]])

    base = ["".join(rnd.choice(letters[:12]) for _ in range(rnd.randrange(6, 22)))
            for _ in range(150)]
    pool = KeyPool([*base, *(typo(k) for k in base), *(typo(typo(k)) for k in base)])
    targets = [*base, *(typo(k) for k in base)]
    for target, found in zip(targets, match_many(targets, pool), strict=True):
        every = [(k, float(s)) for k, s, _ in process.extract(
            target, pool.keys, scorer=fuzz.ratio, score_cutoff=MATCH_THRESHOLD, limit=None)
            if k != target and len(k) >= 8 and len(target) >= 8
            and pool.digits.get(k, "") == ""]
        expected = sorted([*([(target, 100.0)] if target in pool.present else []), *every],
                          key=lambda ks: (-ks[1], ks[0]))
        assert found == expected, target
