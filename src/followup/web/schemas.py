"""The API's documented shapes: the JSON of CONTRACT.md (`followup.jsonout`), described for
the OpenAPI schema. Inputs are strings spelt as on the command line, so they go through the
same parsers and fail with the same messages."""

from __future__ import annotations

from typing import Annotated

from fastapi import Path
from pydantic import BaseModel, ConfigDict, Field

from followup.core.fields import FIELD
from followup.core.validate import ID_MAX

MAX_ID = ID_MAX
Id = Annotated[int, Path(ge=1, le=MAX_ID)]


class _Open(BaseModel):
    """Keys may be added to a shape later (CONTRACT.md): unknown ones pass through."""

    model_config = ConfigDict(extra="allow")


class PersonOut(_Open):
    name: str
    email: str | None
    id: int | None = None
    phone: str | None = None
    title: str | None = None
    preferred_channel: str | None = None
    linkedin_ok: bool | None = None


class TimelineOut(_Open):
    decision_by: str | None = None
    note: str | None = None
    all_contacted: bool | None = None
    follow_up_on: str | None = None
    call_in: int | None = None
    follow_up_by: str | None = None
    thank_you_by: str | None = None
    fit: bool = True
    needs: str | None = None


class InterviewOut(_Open):
    at: str
    interviewers: list[PersonOut]
    id: int | None = None
    round: int = 1
    tz: str | None = None
    coordinator: PersonOut | None = None
    timeline: TimelineOut | None = None


class StepOut(_Open):
    id: int
    kind: str
    channel: str
    to: list[str]
    due: str
    latest: str
    status: str
    rule: str
    why: str
    touch: int = 0
    via: str | None = None
    done_on: str | None = None
    projected: bool = False  # its day assumes the touch before it is made on time


class DueStepOut(StepOut):
    application_id: int
    company: str


class EventOut(_Open):
    id: int
    kind: str
    on: str
    note: str | None = None
    timeline: TimelineOut | None = None


class NoticeOut(_Open):
    rule: str
    text: str


class ApplicationOut(_Open):
    id: int
    company: str
    role: str
    status: str
    playbook: str
    interviews: list[InterviewOut]
    steps: list[StepOut]
    holidays: str | None = None
    holidays_from: str | None = None
    decision_by: str | None = None  # the current decision date (C1, F5)
    notes: str | None = None
    events: list[EventOut] = []
    notices: list[NoticeOut] = []


class OverviewOut(_Open):
    id: int
    company: str
    role: str
    status: str
    playbook: str
    next_due: str | None
    next_kind: str | None
    last_contact: str | None
    days_since_contact: int | None


class NudgeOut(BaseModel):
    rule: str = "A1"
    text: str | None = Field(description="Why to keep searching now; null when all is well.")


class PlaybookOut(_Open):
    name: str
    title: str
    source: str
    shape: str
    rules: list[str]


class SessionOut(BaseModel):
    csrf: str = Field(description="Send it back as the X-CSRF-Token header on every POST.")


class ErrorOut(BaseModel):
    error: str
    field: str | None = Field(None, description="the input the error is about, when one is")


def _about(name: str) -> str:
    """A capture field's API description: its command line's help (core.fields)."""
    return FIELD[name].help


class InterviewIn(BaseModel):
    """The capture questions (C1-C7), spelt as the command line's options."""

    model_config = ConfigDict(populate_by_name=True)

    interviewed: str = Field(max_length=100, description='"YYYY-MM-DD HH:MM", in tz')
    tz: str | None = Field(None, max_length=100, description=_about("tz"))
    with_: list[str] = Field(default=[], alias="with", max_length=50,
                             description=_about("with"))
    noted: list[str] = Field(default=[], max_length=50, description=_about("noted"))
    coordinator: str | None = Field(None, max_length=500, description=_about("coordinator"))
    decision_by: str | None = Field(None, max_length=40, description=_about("decision_by"))
    timeline: str | None = Field(None, max_length=4000, description=_about("timeline"))
    all_contacted: str | None = Field(None, max_length=10, description=_about("all_contacted"))
    follow_up_on: str | None = Field(None, max_length=40, description=_about("follow_up_on"))
    call_in: str | None = Field(None, max_length=10, description=_about("call_in"))
    follow_up_by: str | None = Field(None, max_length=40, description=_about("follow_up_by"))
    thank_you_by: str | None = Field(None, max_length=40, description=_about("thank_you_by"))
    fit: str | None = Field(None, max_length=10, description=_about("fit"))
    needs: str | None = Field(None, max_length=1000, description=_about("needs"))
    medium: str | None = Field(None, max_length=20, description=_about("medium"))
    final: str | None = Field(None, max_length=10, description=_about("final"))


class ApplicationIn(InterviewIn):
    company: str = Field(max_length=500, description=_about("company"))
    role: str = Field(max_length=500, description=_about("role"))
    playbook: str | None = Field(None, max_length=40, description=_about("playbook"))
    holidays: str | None = Field(None, max_length=20, description=_about("holidays"))


class EventIn(BaseModel):
    kind: str = Field(max_length=20, description="reply, rejected, offer or withdrawn")
    on: str | None = Field(None, max_length=40, description="YYYY-MM-DD (default: today)")
    note: str | None = Field(None, max_length=4000)
    decision_by: str | None = Field(None, max_length=40)
    follow_up_on: str | None = Field(None, max_length=40)
    call_in: str | None = Field(None, max_length=10)
    follow_up_by: str | None = Field(None, max_length=40)


class ReopenIn(BaseModel):
    on: str | None = Field(None, max_length=40)
    note: str | None = Field(None, max_length=4000)
    decision_by: str | None = Field(None, max_length=40)
    follow_up_on: str | None = Field(None, max_length=40)
    call_in: str | None = Field(None, max_length=10)
    follow_up_by: str | None = Field(None, max_length=40)


class DoneIn(BaseModel):
    on: str | None = Field(None, max_length=40, description="YYYY-MM-DD (default: today)")


class SnoozeIn(BaseModel):
    until: str = Field(max_length=40, description="YYYY-MM-DD; moved to a business day")
    reason: str = Field(max_length=500)
