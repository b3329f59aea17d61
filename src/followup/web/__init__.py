"""The local web dashboard (`followup web`): pages, a JSON API and a calendar feed over the
same service functions as the command line. Importing it loads FastAPI, so only the `web`
command and the tests do."""

from __future__ import annotations

from followup.web.app import create_app
from followup.web.config import WebConfig

__all__ = ["WebConfig", "create_app"]
