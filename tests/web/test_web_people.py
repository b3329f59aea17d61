"""The application page's "Who you know there" panel shows the network match (A2)."""

from __future__ import annotations

from pathlib import Path

from web_helpers import Web, add, text_of

from followup.core.parse import parse_now
from followup.service.contacts import import_network

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "contacts"


def test_people_you_know_at_the_company_are_listed(web: Web) -> None:
    import_network(web.store, FIXTURES / "Connections.csv", parse_now("2026-11-23", "UTC"))
    app = add(web.store, "Stripe")
    page = text_of(web.get(f"/applications/{app.id}").text)
    assert "Who you know there" in page
    assert "Priya Raman" in page and "Product Manager" in page and "Sam Lee" in page
    assert "priya.raman@mail.example" in page


def test_nobody_known_says_what_would_help_in_words(web: Web) -> None:
    app = add(web.store, "Acme")
    page = text_of(web.get(f"/applications/{app.id}").text)
    assert "Nobody in your contacts works at Acme yet" in page
    assert "import your LinkedIn connections or your business cards" in page
    html = web.get(f"/applications/{app.id}").text  # issue 25: a link to each import page
    assert 'href="/contacts/linkedin"' in html and 'href="/contacts/import"' in html
    assert "followup network import" not in page
