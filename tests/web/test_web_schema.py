"""Schemathesis against the API's own OpenAPI schema: generated requests, few examples per
operation, and no answer may be a server error or break the documented shapes."""

from __future__ import annotations

from pathlib import Path

import pytest

schemathesis = pytest.importorskip("schemathesis")

from hypothesis import HealthCheck, given, settings  # noqa: E402
from schemathesis.specs.openapi.checks import (  # noqa: E402
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)
from web_helpers import TZ, add, fixed  # noqa: E402

from followup.core.model import Person  # noqa: E402
from followup.store.sqlite import Store  # noqa: E402
from followup.web import WebConfig, create_app  # noqa: E402
from followup.web.config import Secrets  # noqa: E402
from followup.web.security import COOKIE, Session, SessionCodec  # noqa: E402

KEY = "k" * 43
TOKEN = "schemathesis-csrf-token"


def _app(folder: Path) -> object:
    db = folder / "followup.db"
    store = Store(db)
    for company in ("Acme", "Globex", "Initech"):  # ids 1-3 exist, with steps 1..n
        add(store, company, people=(Person("Jane Doe", "jane@acme.example"), Person("Raj")))
    store.close()
    return create_app(WebConfig(db_path=db, tz=TZ, clock=fixed(),
                                secrets=Secrets(KEY, "f" * 40), secrets_file=folder / "w.json"))


COOKIES = {COOKIE: SessionCodec(KEY).dump(Session(csrf=TOKEN))}
CHECKS = [schemathesis.checks.not_a_server_error, status_code_conformance,
          content_type_conformance, response_schema_conformance]


def test_api_never_fails_on_generated_requests(tmp_path: Path) -> None:
    schema = schemathesis.openapi.from_asgi("/api/openapi.json", _app(tmp_path))
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 12
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=8, deadline=None, derandomize=True, database=None,
                  suppress_health_check=list(HealthCheck))
        def run(case: schemathesis.Case) -> None:
            case.call_and_validate(headers={"X-CSRF-Token": TOKEN}, cookies=COOKIES,
                                   checks=CHECKS)

        run()
