"""Mail: send a step's email, a daily digest, and read replies from the inbox.

Nothing here is imported at start-up: smtplib, ssl, imapclient and keyring load only inside
the commands that use them.
"""

from __future__ import annotations

from followup.core.errors import FollowupError


class MailError(FollowupError):
    """The mail server could not be reached or refused; what was recorded is said."""

    exit_code = 1
