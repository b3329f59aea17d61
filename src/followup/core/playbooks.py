"""The six playbooks: named sets of rules that produce a plan (RULEBOOK, Playbooks)."""

from __future__ import annotations

from followup.core.errors import BadInput
from followup.core.model import Playbook

PLAYBOOKS: dict[str, Playbook] = {
    p.name: p
    for p in (
        Playbook(
            name="default",
            title="Best of all five",
            source="000-004",
            shape="thank-you → the agreed time if any (F6), else 2–3 business days past the "
            "decision date (F5), else the weekly cadence (F1–F4) → move on; caps F8–F10 hold",
            rules=("T1", "T2", "T3", "T4", "T6", "T7", "F1", "F2", "F3", "F4", "F5", "F6",
                   "F7", "F8", "F9", "F10", "F11", "C7"),
        ),
        Playbook(
            name="weekly",
            title="Same day every week",
            source="000",
            shape="thank-you (day 0) → email (week +1) → touch-base email (week +2) → call "
            "(week +3) → let go",
            rules=("T2", "T6", "T7", "F1", "F2", "F3", "F4", "F10"),
        ),
        Playbook(
            name="estimate",
            title="After their decision date",
            source="001",
            shape="thank-you → follow-up 2–3 business days past the employer's date → keep "
            "searching",
            rules=("C1", "T2", "T5", "F5", "F8", "F11", "A1"),
            requires=("decision_by",),
        ),
        Playbook(
            name="agreed",
            title="When and how they said",
            source="002",
            shape="thank-you → follow-up at the agreed time → retry after 3–4 business days "
            "→ move on",
            rules=("C2", "C3", "T2", "F6", "F7", "F8", "M2"),
            requires=("follow_up_on|call_in",),
        ),
        Playbook(
            name="two-weeks",
            title="A fixed number of tries in two weeks",
            source="003",
            shape="thank-you and a fixed number of follow-ups inside two weeks → move on",
            rules=("T2", "F7", "F8", "A2", "A5"),
            max_touches=3,
            period_days=14,
        ),
        Playbook(
            name="call",
            title="Pick up the phone",
            source="004",
            shape="thank-you to each interviewer within 48 h → call when told → at most two "
            "calls → move on a week later",
            rules=("T1", "T3", "T4", "F6", "F9", "F10", "F11", "M4"),
            max_touches=3,
        ),
    )
}

DEFAULT_PLAYBOOK = "default"


def get_playbook(name: str) -> Playbook:
    try:
        return PLAYBOOKS[name.strip().lower()]
    except KeyError:
        known = ", ".join(PLAYBOOKS)
        raise BadInput(f"unknown playbook {name!r}: choose one of {known}") from None
