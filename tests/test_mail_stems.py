"""A mail provider's name with the word for mail joined to it (issue 23): one home,
core/mailboxes.mail_stems, asked by free mail (the inbox, replies, invitations) and by
capture's mail hosts (providers and hiring systems)."""

from __future__ import annotations

import pytest

from followup.capture import mail_hosts
from followup.core.mailboxes import free_mail, mail_stems


def test_the_stems_are_the_name_less_a_word_for_mail_at_either_end() -> None:
    assert mail_stems("icloud-mail.example") == {"icloud-mail", "icloud"}
    assert mail_stems("mail.Orange.FR") == {"orange"}
    assert mail_stems("webmail.net") == {"webmail", "web"}
    assert mail_stems("jobvitemail.com") >= {"jobvitemail", "jobvite"}
    assert mail_stems("mailer-posteo.example") >= {"posteo"}


@pytest.mark.parametrize("dom", ["gmail.com", "yahoo.com.au", "webmail.example",
                                 "t-online-mail.example", "orange-mail.example",
                                 "sfrmail.example", "posteo-email.example", "mail.example"])
def test_a_households_mailbox_is_free_mail(dom: str) -> None:
    assert free_mail(dom) and mail_hosts.provider(dom)


@pytest.mark.parametrize("dom", ["acme-mail.example", "harrowfoods.co.uk", "mailchimp.com",
                                 "emailworks.example", "webster.example"])
def test_an_employers_domain_with_mail_in_it_is_not(dom: str) -> None:
    assert not free_mail(dom)


def test_a_hiring_system_with_mail_joined_is_the_systems() -> None:
    assert mail_hosts.hiring_system("jobvite-mail.example")
    assert mail_hosts.hiring_system("greenhouse-mail.io")
    assert not mail_hosts.provider("greenhouse-mail.io")
