"""The work-search record's page and its downloads (issue 25, point 5)."""

from __future__ import annotations

import csv
import io
from datetime import date

from web_helpers import Web, add, text_of

from followup import service
from followup.core.model import EventKind, Person
from followup.core.parse import parse_now

MARK = "PRIVATE-91c2"


def test_the_record_page_shows_weeks_and_offers_every_file(web: Web) -> None:
    app = add(web.store, "Acme", people=(Person("Jane Doe", "jane@acme.example"),),
              at="2026-11-16 10:00", now="2026-11-16T18:00")
    service.log_event(web.store, app.id, EventKind.REPLY, date(2026, 11, 20),
                      parse_now("2026-11-20T10:00", "America/New_York"), note=MARK)
    r = web.get("/report?from=2026-11-15&to=2026-11-28")
    assert r.status_code == 200
    page = text_of(r.text)
    assert "Week of Sun 15 Nov to Sat 21 Nov 2026" in page
    assert "Acme" in page and "acme.example" in page and "Reply from the employer" in page
    assert MARK not in r.text
    for fmt in ("format=pdf&paper=letter", "format=pdf&paper=a4", "format=csv",
                "format=html"):
        assert fmt.replace("&", "&amp;") in r.text or fmt in r.text
    got = web.get("/report/activity?from=2026-11-15&to=2026-11-28&week=sunday&format=csv")
    assert got.status_code == 200
    assert got.headers["content-disposition"].startswith("attachment;")
    rows = list(csv.DictReader(io.StringIO(got.text)))
    assert [r["Activity"] for r in rows] == ["Interview", "Reply from the employer"]
    pdf = web.get("/report/activity?from=2026-11-15&to=2026-11-28&format=pdf&paper=a4")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    assert MARK.encode() not in pdf.content


def test_a_bad_period_is_said_on_the_page(web: Web) -> None:
    r = web.get("/report?from=2026-12-05&to=2026-11-01")
    assert r.status_code == 400
    assert "after its end" in text_of(r.text)
    assert web.get("/report/activity?format=docx").status_code == 400
    assert web.get("/report?from=not-a-day").status_code == 400
