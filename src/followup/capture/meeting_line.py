"""A video service's heading is no employer (issue 23). Pure.

The block a calendar pastes under the invitation starts with the service's heading, in the
language of the sender's calendar ("Microsoft Teams-vergadering", "Réunion Microsoft
Teams", "Webex ミーティングに参加", "Zoom 회의 참가", "Google Meet に参加"): the name of a
meeting, which a reader looking for a capitalised name in the text must pass over.
"""

from __future__ import annotations

import re

from followup.capture.lazy import lazy

_SERVICES = r"(?:Microsoft[ \t]+)?Teams|Zoom|Webex|Google[ \t]+Meet|Skype|Whereby|GoTo[ \t]*Meeting"
_HEADING = lazy(
    rf"^(?:(?:{_SERVICES})(?![a-z]).*|.*\b(?:{_SERVICES}))$", re.IGNORECASE)
# (not \b after the service: a script written without spaces glues the heading to it,
# "Zoomミーティングに参加する")
# the words the heading adds to the service's name, in any language: a meeting, joining it
_MEETING = lazy(r"meeting|vergadering|besprechung|réunion|reunión|reunião|riunione|"
                      r"spotkanie|toplant|möte|møde|kokous|ミーティング|会議|参加|会议|회의|참가|"
                      r"join|deelnemen|teilnehmen|rejoindre|unirse|participar", re.IGNORECASE)


def service_heading(name: str) -> bool:
    """The name is a video service's heading: the service and a meeting's word, nothing
    more than a few words ("Microsoft Teams-vergadering", "Webex ミーティングに参加")."""
    text = name.strip()
    return (bool(_HEADING.match(text)) and bool(_MEETING.search(text))
            and len(text.split()) <= 5)
