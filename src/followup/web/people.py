"""Contacts in the browser (C4, C5, A2, A3): the list and its search, one person's details to
edit, duplicates merged, business cards (vCard) and LinkedIn's export imported with the same
choices as the command line. Every action is the command line's service call
(service/contacts); none of them is one `undo` takes back, so merging asks first."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Query
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from followup.core.errors import BadInput, FollowupError
from followup.service import contacts as service
from followup.web.forms import plain
from followup.web.posts import Form
from followup.web.runtime import Runtime, runtime, session
from followup.web.schemas import Id

router = APIRouter(include_in_schema=False)
PER_PAGE = 50
MAX_UPLOAD = 32 * 1024 * 1024  # a phone's address book with photos; LinkedIn's whole export
CHOICES = {"": None, "merge": "merge", "new": "new"}  # the command line's --merge and --new
LINES = ("emails", "phones")  # typed one a line in the form
FIELDS = ("name", "title", "company", "address", "linkedin", "prefers", "linkedin_ok", "notes")


@router.get("/contacts", response_class=HTMLResponse)
def contacts(request: Request, q: Annotated[str | None, Query(max_length=200)] = None,
             page: Annotated[int, Query(ge=1, le=100_000)] = 1) -> Response:
    rt = runtime(request)
    rows, total = service.contact_page(rt.store(), q, (page - 1) * PER_PAGE, PER_PAGE)
    return rt.render(request, "contacts.html", rows=rows, total=total, q=q or "", page=page,
                     per_page=PER_PAGE)


def _ids(raw: list[str]) -> list[int]:
    return [int(x) for x in raw if x.isdigit() and len(x) < 12]


@router.get("/contacts/merge", response_class=HTMLResponse)
def merge_form(request: Request, ids: Annotated[list[str], Query(max_length=20)]) -> Response:
    """Which of the people chosen on the list keeps their details; nothing changes yet."""
    rt = runtime(request)
    chosen = list(dict.fromkeys(_ids(ids)))
    if len(chosen) < 2:
        session(request).say("error", "Choose at least two people to merge, with the boxes "
                                      "beside their names.")
        return RedirectResponse("/contacts", status_code=303)
    people = [service.show_contact(rt.store(), i) for i in chosen]
    return rt.render(request, "contacts_merge.html", people=people)


@router.post("/contacts/merge")
async def merge(request: Request) -> Response:
    rt = runtime(request)
    form = await request.form()
    chosen = _ids([v for v in form.getlist("ids") if isinstance(v, str)])
    keep = _ids([str(form.get("keep") or "")])
    others = [i for i in chosen if i not in keep]
    try:
        if not keep:
            raise BadInput("choose whose details to keep")
        merged = await run_in_threadpool(lambda: service.merge_contacts(
            rt.store(), keep[0], others, rt.now()))
    except FollowupError as exc:
        session(request).say("error", plain(exc.message))
        return RedirectResponse("/contacts", status_code=303)
    n = len(others)
    session(request).say("ok", f"{n} {'duplicate' if n == 1 else 'duplicates'} folded into "
                               f"{merged.name}: one person now, with every interview.")
    return RedirectResponse(f"/contacts/{merged.id}", status_code=303)


_SAFE = re.compile(r"[^\w.-]+")


async def _upload(request: Request, default: str) -> tuple[Path | None, dict[str, str]]:
    """The file sent, copied into a private folder under its own base name; the other
    fields. The caller removes the folder (`_done`)."""
    form = await request.form()
    fields = {k: v for k, v in form.items() if isinstance(v, str)}
    upload = form.get("file")
    if not isinstance(upload, UploadFile):
        return None, fields
    data = await upload.read(MAX_UPLOAD + 1)
    if not data:
        return None, fields
    if len(data) > MAX_UPLOAD:
        raise BadInput(f"the file is too large (more than {MAX_UPLOAD // 1_048_576} MB); "
                       "nothing was imported")
    name = _SAFE.sub("_", Path(upload.filename or default).name).strip("._")[:80] or default
    from followup import private

    path = Path(tempfile.mkdtemp(prefix="followup-upload-")) / name
    private.write(path, data)
    return path, fields


def _done(path: Path | None) -> None:
    if path is not None:
        path.unlink(missing_ok=True)
        path.parent.rmdir()


def _import_cards(rt: Runtime, path: Path, decide: str | None) -> Any:
    store = rt.store()  # this thread's connection
    return service.import_vcards(store, path, rt.now(),
                                 service.default_region(store, rt.config.holidays), decide)


@router.get("/contacts/import", response_class=HTMLResponse)
def import_form(request: Request) -> Response:
    return runtime(request).render(request, "contacts_import.html", report=None, error=None,
                                   choice="")


@router.post("/contacts/import", response_class=HTMLResponse)
async def import_cards(request: Request) -> Response:
    """Business cards from a vCard file; a card that may be someone already kept is listed,
    added to them or kept apart, as chosen (the command line's --merge and --new)."""
    rt = runtime(request)
    path, report, choice, error = None, None, "", None
    try:
        path, fields = await _upload(request, "cards.vcf")
        choice = fields.get("conflicts", "")
        if choice not in CHOICES:
            raise BadInput("choose what to do with a card that may be someone you have")
        if path is None:
            raise BadInput("choose a vCard file to import")
        report = await run_in_threadpool(_import_cards, rt, path, CHOICES[choice])
    except FollowupError as exc:
        error = plain(exc.message)
    finally:
        _done(path)
    return rt.render(request, "contacts_import.html", status=400 if error else 200,
                     report=report, error=error, choice=choice, words=plain)


@router.get("/contacts/linkedin", response_class=HTMLResponse)
def linkedin_form(request: Request) -> Response:
    return runtime(request).render(request, "contacts_linkedin.html", report=None, error=None,
                                   limit=MAX_UPLOAD // 1_048_576)


@router.post("/contacts/linkedin", response_class=HTMLResponse)
async def import_linkedin(request: Request) -> Response:
    """LinkedIn's Connections.csv, or the whole export ZIP (A2): a newer export updates
    people, never doubles them."""
    rt = runtime(request)
    path, report, error = None, None, None
    try:
        path, _fields = await _upload(request, "Connections.csv")
        if path is None:
            raise BadInput("choose LinkedIn's Connections.csv file, or the export ZIP")
        report = await run_in_threadpool(lambda: service.import_network(
            rt.store(), path, rt.now()))
    except FollowupError as exc:
        error = plain(exc.message)
    finally:
        _done(path)
    return rt.render(request, "contacts_linkedin.html", status=400 if error else 200,
                     report=report, error=error, words=plain, limit=MAX_UPLOAD // 1_048_576)


def _typed(rt: Runtime, data: dict[str, Any]) -> dict[str, Any]:
    """The form's details as service.typed_changes takes them: emails and phones one a line."""
    typed: dict[str, Any] = {k: str(data.get(k) or "") for k in FIELDS}
    for key in LINES:
        typed[key] = str(data.get(key) or "").splitlines()
    store = rt.store()
    return service.typed_changes(typed, lambda: service.default_region(store,
                                                                       rt.config.holidays))


def _as_typed(data: dict[str, Any]) -> dict[str, str]:
    return {k: str(data.get(k) or "") for k in (*FIELDS, *LINES)}


@router.get("/contacts/new", response_class=HTMLResponse)
def new_form(request: Request) -> Response:
    return runtime(request).render(request, "contact_new.html", values={}, error=None)


@router.post("/contacts/new")
def add(request: Request, data: Form) -> Response:
    """A new person, as `followup contacts add` (C4): refused when already known."""
    from followup.core.contacts import Card

    rt = runtime(request)
    try:
        store = rt.store()
        person = service.add_contact(store, Card(**_typed(rt, data)), rt.now(),
                                     service.default_region(store, rt.config.holidays))
    except FollowupError as exc:
        return rt.render(request, "contact_new.html", status=400, values=_as_typed(data),
                         error=plain(exc.message))
    session(request).say("ok", f"{person.name} is added to your contacts.")
    return RedirectResponse(f"/contacts/{person.id}", status_code=303)


@router.get("/contacts/export.vcf")
def export(request: Request) -> Response:
    """Everyone as a vCard file (3.0) that phones and address books read."""
    rt = runtime(request)
    folder = Path(tempfile.mkdtemp(prefix="followup-export-"))
    path = folder / "contacts.vcf"
    try:
        service.export_vcards(rt.store(), path)
        body = path.read_bytes()
    finally:
        path.unlink(missing_ok=True)
        folder.rmdir()
    return Response(body, media_type="text/vcard; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="contacts.vcf"'})


def _values(c: Any) -> dict[str, str]:
    card = c.card
    ok = card.linkedin_ok
    return {"name": card.name, "title": card.title or "", "company": card.company or "",
            "emails": "\n".join(card.emails), "phones": "\n".join(card.phones),
            "address": card.address or "", "linkedin": card.linkedin_url or "",
            "prefers": card.preferred_channel.value if card.preferred_channel else "",
            "linkedin_ok": "" if ok is None else ("yes" if ok else "no"),
            "notes": card.notes or ""}


def _person(rt: Runtime, request: Request, contact_id: int, values: dict[str, str] | None,
            error: str | None = None) -> Response:
    c = service.show_contact(rt.store(), contact_id)
    return rt.render(request, "contact.html", status=400 if error else 200, c=c,
                     values=values or _values(c), error=error)


@router.get("/contacts/{contact_id}", response_class=HTMLResponse)
def contact(request: Request, contact_id: Id) -> Response:
    return _person(runtime(request), request, contact_id, None)


@router.post("/contacts/{contact_id}/edit")
def edit(request: Request, contact_id: Id, data: Form) -> Response:
    """Every detail as the form shows it; a blank one clears what was kept (but the name)."""
    rt = runtime(request)
    try:
        person = service.edit_contact(rt.store(), contact_id, _typed(rt, data), rt.now())
    except FollowupError as exc:
        return _person(rt, request, contact_id, _as_typed(data), plain(exc.message))
    session(request).say("undo", f"{person.name}'s details are saved; plans that reach them "
                               "were remade.")
    return RedirectResponse(f"/contacts/{contact_id}", status_code=303)
