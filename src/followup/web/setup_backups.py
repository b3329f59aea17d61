"""Backups from the browser: make one, list them, download one, and put one back after a
confirmation (a copy of what is there now is made first, so the restore can be taken back)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

from fastapi import APIRouter, Path
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, RedirectResponse, Response

from followup.core.errors import FollowupError
from followup.web.forms import plain
from followup.web.runtime import runtime, session

if TYPE_CHECKING:
    from followup.insights.backups import Copy

router = APIRouter(include_in_schema=False)
Name = Annotated[str, Path(max_length=200, pattern=r"^[\w.-]+\.db$")]


def _when(c: Copy) -> str:
    return f"{c.made:%a} {c.made.day} {c.made:%b %Y, %H:%M}"


@router.get("/settings/backups", response_class=HTMLResponse)
def backups_page(request: Request) -> Response:
    from followup.insights.backups import KEEP, copies

    rt = runtime(request)
    found = copies(rt.config.db_path)
    return rt.render(request, "settings_backups.html", copies=found, when=_when, keep=KEEP)


@router.post("/settings/backups")
def make_backup(request: Request) -> Response:
    """The same copy as the command line's backup: checked, private, beside the database."""
    from followup.insights.backups import backup

    rt = runtime(request)
    rt.store()  # opening it brings an old schema up to date first, as the command does
    try:
        made = backup(rt.config.db_path, None, rt.now())
    except FollowupError as exc:
        session(request).say("error", plain(exc.message))
    else:
        size = made.stat().st_size
        session(request).say("ok", f"Backup made: {made.name} ({size:,} bytes), in the "
                                   "backups folder beside your data.")
    return RedirectResponse("/settings/backups", status_code=303)


@router.get("/settings/backups/{name}")
def download(request: Request, name: Name) -> Response:
    from followup.insights.backups import find

    rt = runtime(request)
    c = find(rt.config.db_path, name)
    return FileResponse(c.path, media_type="application/vnd.sqlite3", filename=c.name)


@router.get("/settings/backups/{name}/restore", response_class=HTMLResponse)
def confirm_restore(request: Request, name: Name) -> Response:
    from followup.insights.backups import find

    rt = runtime(request)
    c = find(rt.config.db_path, name)
    return rt.render(request, "backup_restore.html", c=c, when=_when(c))


@router.post("/settings/backups/{name}/restore")
def restore(request: Request, name: Name) -> Response:
    from followup.insights.backups import find
    from followup.insights.backups import restore as put_back

    rt = runtime(request)
    try:
        made = _when(find(rt.config.db_path, name))
        kept = put_back(rt.config.db_path, name, rt.now())
    except FollowupError as exc:
        session(request).say("error", plain(exc.message))
        return RedirectResponse("/settings/backups", status_code=303)
    session(request).say("ok", f"Restored the backup of {made}. What you had just before is "
                               f"kept as the backup {kept.name}: restore that one to take "
                               "this back.")
    return RedirectResponse("/settings/backups", status_code=303)
