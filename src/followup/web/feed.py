"""The calendar feed, at a secret URL a calendar program can subscribe to.

The URL carries a random token (compared in constant time); anyone with the URL can read the
plan, so the settings page can make a new one. The iCalendar text itself comes from the
calendar export (see seams.calendar_feed); until that lands the address answers 501.
"""

from __future__ import annotations

from fastapi import APIRouter
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response

from followup.web import seams
from followup.web.runtime import runtime
from followup.web.security import tokens_match

router = APIRouter(include_in_schema=False)


@router.get("/feed/{token}.ics")
async def calendar(request: Request, token: str) -> Response:
    rt = runtime(request)
    if not tokens_match(token, rt.feed_token):
        raise HTTPException(404, "There is nothing at this address.")
    export = seams.calendar_feed()
    if export is None:
        raise HTTPException(501, "The calendar feed is not available yet: it comes with the "
                                 "calendar export. This address will serve it then.")
    return Response(export(rt.store(), rt.now()), media_type="text/calendar; charset=utf-8",
                    headers={"Cache-Control": "no-store"})
