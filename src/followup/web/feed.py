"""The calendar feed, at a secret URL a calendar program can subscribe to.

The URL carries a random token (compared in constant time); anyone with the URL can read the
plan, so the settings page can make a new one. The iCalendar text is the calendar export's
(`followup.ics.feed`), imported when the address is first read.
"""

from __future__ import annotations

from fastapi import APIRouter
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response

from followup.web.runtime import runtime
from followup.web.security import tokens_match

router = APIRouter(include_in_schema=False)


@router.get("/feed/{token}.ics")
async def calendar(request: Request, token: str) -> Response:
    rt = runtime(request)
    if not rt.feed_on or not tokens_match(token, rt.feed_token):
        raise HTTPException(404, "There is nothing at this address.")
    from followup.ics import feed

    return Response(feed(rt.store(), rt.now()), media_type="text/calendar; charset=utf-8",
                    headers={"Cache-Control": "no-store"})
