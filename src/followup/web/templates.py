"""The message templates in the browser: each one to read, edit with a preview, and take back
to the shipped text; the same service calls (service/templates) and so the same sandbox and
limits as the command line's template editing."""

from __future__ import annotations

import re
from typing import Annotated

from fastapi import APIRouter, Path
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from followup.core.errors import BadInput
from followup.service import templates as service
from followup.web.forms import plain
from followup.web.posts import Form
from followup.web.runtime import Runtime, runtime, session

router = APIRouter(include_in_schema=False)
# the command line's words for a template's mistake, as this page says them: the page names
# the template already, and a draft page has the profile
_SAID = ((re.compile(r"^template [a-z0-9_]+(?: \(your copy: [^)]*\))?(?: line (\d+))?: "),
          lambda m: f"Line {m.group(1)}: " if m.group(1) else ""),
         (re.compile(r"^template [a-z0-9_]+ "), lambda m: "The template "),
         (re.compile(r" \(followup templates show [a-z0-9_]+\)"), lambda m: ""),
         (re.compile(r"; no draft was made$"), lambda m: "; nothing was saved"),
         (re.compile(r": set it with: .*$"),
          lambda m: ": add it to your profile on any draft page first"))


def _said(message: str) -> str:
    for pattern, words in _SAID:
        message = pattern.sub(words, message)
    return message[:1].upper() + message[1:]
Name = Annotated[str, Path(max_length=70)]
MAX_FORM_TEXT = 200_000  # characters: the request cap (security.MAX_BODY) comes first anyway


@router.get("/templates", response_class=HTMLResponse)
def templates(request: Request) -> Response:
    return runtime(request).render(request, "templates.html", rows=service.list_templates())


def _page(rt: Runtime, request: Request, name: str, text: str | None = None,
          preview: service.Preview | None = None, error: str | None = None) -> Response:
    row, current, shipped = service.one_template(name)
    return rt.render(request, "template.html", status=400 if error else 200, row=row,
                     text=current if text is None else text, shipped=shipped,
                     preview=preview, error=plain(error) if error else None)


@router.get("/templates/{name}", response_class=HTMLResponse)
def template(request: Request, name: Name) -> Response:
    return _page(runtime(request), request, name)


@router.post("/templates/{name}")
def edit_template(request: Request, name: Name, data: Form) -> Response:
    """Preview the text as a draft would fill it, or save it as the candidate's own copy."""
    rt = runtime(request)
    text = str(data.get("text") or "")[:MAX_FORM_TEXT]
    try:
        if data.get("action") == "save":
            service.save_template(rt.store(), name, text, rt.now())
        else:
            found = service.preview_template(rt.store(), name, text, rt.now())
            return _page(rt, request, name, text, preview=found)
    except BadInput as exc:
        return _page(rt, request, name, text, error=_said(exc.message))
    session(request).say("ok", "Your copy of this template is saved: drafts use it from now "
                               "on.")
    return RedirectResponse(f"/templates/{name}", status_code=303)


@router.post("/templates/{name}/reset")
def reset_template(request: Request, name: Name, data: Form) -> Response:
    removed = service.reset_template(name)
    session(request).say("ok", "Your copy is removed: drafts use the shipped template again."
                         if removed else "You had no copy of this template: nothing changed.")
    return RedirectResponse(f"/templates/{name}", status_code=303)
