"""The calendar feed, at a secret URL a calendar program can subscribe to.

The URL carries a random token (compared in constant time); anyone with the URL can read the
plan, so the settings page can make a new one. The iCalendar text is the calendar export's
(`followup.ics.feed`: the steps to do within its horizon), imported when the address is first
read. It is made in a worker thread, never on the event loop (a plain `def`), once per state
of the database and day: kept with its ETag until the database changes (its file or its
write-ahead log, whichever program wrote) or the day does, and a calendar that already has
it gets 304. One feed is made at a time; requests that come meanwhile wait and share it.
"""

from __future__ import annotations

import hashlib
import threading

from fastapi import APIRouter
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response

from followup.web.runtime import runtime
from followup.web.security import tokens_match

TYPE_CHECKING = False
if TYPE_CHECKING:
    from followup.store.sqlite import Store

router = APIRouter(include_in_schema=False)


_made: dict[str, tuple[tuple[object, ...], str, bytes]] = {}  # the feed made last
_making = threading.Lock()


def _version(store: Store) -> tuple[int, ...]:
    """The database's state as every connection sees it: a commit (by any program) grows or
    rewrites the write-ahead log, a checkpoint the file itself."""
    import os

    out: list[int] = []
    for part in ("", "-wal"):
        try:
            st = os.stat(f"{store.path}{part}")  # noqa: PTH116 (one stat, no Path object)
        except OSError:
            out += [0, 0]
        else:
            out += [st.st_mtime_ns, st.st_size]
    return tuple(out)


@router.get("/feed/{token}.ics")
def calendar(request: Request, token: str) -> Response:
    rt = runtime(request)
    if not rt.feed_on or not tokens_match(token, rt.feed_token):
        raise HTTPException(404, "There is nothing at this address.")
    store, now = rt.store(), rt.now()
    with _making:
        key = (str(store.path), _version(store), now.date())
        held = _made.get("feed")
        if held is None or held[0] != key:
            from followup.ics import feed

            body = feed(store, now).encode("utf-8")
            etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
            held = _made["feed"] = ((str(store.path), _version(store), now.date()), etag, body)
    _, etag, body = held
    headers = {"Cache-Control": "no-cache", "ETag": etag}
    if etag in request.headers.get("if-none-match", ""):
        return Response(status_code=304, headers=headers)
    return Response(body, media_type="text/calendar; charset=utf-8", headers=headers)
