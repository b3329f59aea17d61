"""Readable API docs at /api/docs, with every asset served from this machine (issue 14, 8)."""

from __future__ import annotations

import re

from web_helpers import Web


def test_the_api_docs_load_only_local_assets(web: Web) -> None:
    page = web.get("/api/docs")
    assert page.status_code == 200
    sources = re.findall(r'(?:src|href)="([^"]+)"', page.text)
    assert sources and all(s.startswith("/") for s in sources)  # no CDN, no other host
    for src in sources:
        if src.endswith((".js", ".css")):
            asset = web.get(src)
            assert asset.status_code == 200 and len(asset.content) > 100, src
    assert "'unsafe-eval'" not in page.headers["content-security-policy"]


def test_the_schema_lives_under_api(web: Web) -> None:
    assert web.get("/api/openapi.json").json()["info"]["title"] == "followup"
    assert web.get("/openapi.json").status_code == 404
