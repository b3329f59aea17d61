"""The draft page of an application whose role and company nobody has given (issues 20, 23):
nothing unknown in the draft, and one notice that says where to give them."""

from __future__ import annotations

import html
import re

from web_helpers import NOW, TZ, Web, add, text_of

from followup.core.model import Person
from followup.core.parse import parse_now
from followup.core.unknown import UNKNOWN_COMPANY, UNKNOWN_ROLE
from followup.messages import drafts


def test_the_draft_page_says_where_to_give_the_unknowns(web: Web) -> None:
    app = add(web.store, UNKNOWN_COMPANY, role=UNKNOWN_ROLE,
              people=(Person("Jane Doe", "jane@acme.example"),))
    drafts.set_profile(web.store, {"name": "Jordan Ellis", "email": "jordan@example.com"},
                       parse_now(NOW, TZ))
    page = web.get(f"/steps/{app.steps[0].id}/draft")
    assert page.status_code == 200
    words = text_of(page.text)
    for field in ("role", "company"):
        assert (f"The {field} is unknown (the invitation did not say), so the draft does "
                "without it: fill it in on the application's page") in html.unescape(words)
    body = "".join(re.findall(r"<textarea[^>]*>(.*?)</textarea>", page.text, re.S))
    assert "Jordan Ellis" in body and "unknown" not in body.lower()
