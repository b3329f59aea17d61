"""An out-of-office that answers no single application (issue 23): an auto-reply from someone
who is nobody's interviewer ("Automatic reply: drinks on Friday?"), or from a recruiter who
works on several of the candidate's applications. No application is proposed, but the day
its writer says they are back is still read, as for any out-of-office: the inbox shows it
only beside an application (capture.inbox), and says nothing of an outcome. Pure."""

from __future__ import annotations

from typing import Any


def away_alone(out: dict[str, Any], head: Any, body: str, fresh: str) -> dict[str, Any]:
    """`out` with the writer's return day when the message is an out-of-office: sent by a
    machine as an auto-reply, or saying in its first lines that its writer is away."""
    from followup.capture.away_said import AWAY
    from followup.capture.matching import answering_machine
    from followup.capture.replies import back_day, day_first

    if not (answering_machine(head.automatic, head.address) or AWAY.search(fresh[:400])):
        return out
    back = back_day(body, head.at, "UTC", day_first(head.address, text=body))
    return out | {"back": back.isoformat() if back else None}
