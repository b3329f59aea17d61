"""The draft behind a step, as the draft page shows it: text to copy, a mailto: link, an .eml
file, and the tone check's findings. The words, the checks and the file forms all come from
`followup.messages`, the same functions as `followup draft`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from followup.core.errors import BadInput
from followup.core.model import Step
from followup.messages import drafts, facts, forms
from followup.messages.drafts import Draft
from followup.store.sqlite import Store
from followup.web.forms import plain as words


@dataclass(frozen=True)
class Finding:
    rule: str
    text: str
    phrase: str | None = None


@dataclass(frozen=True)
class DraftView:
    step: Step
    draft: Draft | None
    body: str = ""
    edited: bool = False
    findings: tuple[Finding, ...] = ()
    needs_profile: str | None = None  # the message saying what the profile lacks

    @property
    def mailto(self) -> str | None:
        if self.draft is None or not self.draft.sent_by_email:
            return None
        return forms.mailto(self._with_body())

    @property
    def eml_ready(self) -> bool:
        return self.draft is not None and bool(self.draft.from_email)

    def _with_body(self) -> Draft:
        assert self.draft is not None
        if not self.edited:
            return self.draft
        from dataclasses import replace

        return replace(self.draft, body=self.body)

    def eml(self, now: datetime) -> bytes:
        return forms.eml(self._with_body(), now)


def _findings(d: Draft) -> tuple[Finding, ...]:
    return tuple(Finding(f.rule, f.suggestion, f.phrase) for f in d.findings) + tuple(
        Finding(n.rule, words(n.text)) for n in d.notices)


def view(store: Store, step: Step, now: datetime, *, phrasing: int | None = None,
         update: str | None = None, edited_body: str | None = None,
         locale: str = "") -> DraftView:
    """The draft for `step`; with `edited_body`, the candidate's own text, checked again."""
    try:
        d = drafts.draft(store, step.id, now, options=facts.Options(
            update=update, locale=locale or None), phrasing=phrasing)
    except BadInput as exc:
        if "needs your" in exc.message and "followup me" in exc.message:
            from followup.web.views import page_words

            return DraftView(step, None, needs_profile=page_words(exc.message))
        raise
    if edited_body is None:
        return DraftView(step, d, d.body, findings=_findings(d))
    expect = drafts.expectations(store, step.id, now)
    found = drafts.check_text(edited_body, expect)
    findings = tuple(Finding(f.rule, f.suggestion, f.phrase) for f in found)
    return DraftView(step, d, edited_body, edited=True, findings=findings)


def profile(store: Store) -> dict[str, str | None]:
    return drafts.get_profile(store).as_dict()


def save_profile(store: Store, changes: dict[str, str | None], now: datetime,
                 holidays: str | None) -> None:
    region = (holidays or "").split("-")[0].upper() or None
    drafts.set_profile(store, changes, now, region)
