"""Issue 25, point 1, in-process: the settings area's pages do what the command line does,
through the same services. Mail (saved to the config file, passwords to the system keyring,
a connection test against a real aiosmtpd and dovecot, the inbox read now), the dashboard's
password (set, change, and a reset that needs a code from a private file on this machine),
time zone and holidays, backups (make, list, download, restore after a confirmation), and an
interviewer's greeting and postal address."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from web_helpers import PASSWORD, Web, add, fixed, text_of

from caldav_servers import FileKeyring
from followup.core.model import Person
from followup.web import WebConfig
from followup.web.config import hash_password, load_secrets, reset_path
from test_send_servers import Dovecot, Smtp, dovecot_server, no_mail_settings, smtp_server

__all__ = ["no_mail_settings"]  # autouse: no test reaches a real mail server


@pytest.fixture
def keys(tmp_path: Path) -> Iterator[FileKeyring]:
    """A keyring in a file, as the system's would keep the passwords."""
    import keyring

    kept = keyring.get_keyring()
    ring = FileKeyring(tmp_path / "keys.json")
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(kept)


@pytest.fixture
def servers() -> Iterator[tuple[Smtp, Dovecot]]:
    with smtp_server(auth=True, auth_require_tls=False) as out, dovecot_server() as box:
        yield out, box


def token(html: str) -> str:
    import re

    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found is not None
    return found.group(1)


def mail_form(out: Smtp, box: Dovecot, **more: str) -> dict[str, str]:
    return {"smtp_host": "127.0.0.1", "smtp_port": str(out.port), "smtp_security": "none",
            "smtp_user": "alex", "smtp_password": "app-password",
            "imap_host": "127.0.0.1", "imap_port": str(box.port), "imap_security": "none",
            "imap_user": box.user, "imap_password": box.password, "imap_folder": "", **more}


def test_mail_settings_go_to_the_config_file_and_passwords_to_the_keyring(
        web: Web, keys: Any, servers: tuple[Smtp, Dovecot]) -> None:
    out, box = servers
    page = web.get("/settings/mail")
    assert page.status_code == 200 and "Check my inbox now" in page.text
    done = web.post("/settings/mail", mail_form(out, box), follow=True)
    assert "Mail settings saved" in done.text, text_of(done.text)
    config = (Path(os.environ["FOLLOWUP_CONFIG_DIR"]) / "config.toml").read_text()
    assert f'smtp_port = "{out.port}"' in config and "password" not in config
    assert "app-password" not in config and box.password not in config
    assert keys.get_password("followup", "smtp:alex@127.0.0.1") == "app-password"
    assert keys.get_password("followup", f"imap:{box.user}@127.0.0.1") == box.password
    tried = web.post("/settings/mail/test")
    words = text_of(tried.text)
    assert "Outgoing: it works" in words and "Incoming: it works" in words, words
    assert out.logins == ["alex"] and out.received == [], "logged in, sent nothing"
    # a wrong password is said plainly, and nothing else changes
    keys.set_password("followup", f"imap:{box.user}@127.0.0.1", "wrong")
    words = text_of(web.post("/settings/mail/test").text)
    assert "Incoming: it does not work" in words and "refused the login" in words


def test_a_bad_mail_setting_changes_nothing(web: Web, keys: Any) -> None:
    refused = web.post("/settings/mail", {"smtp_host": "smtp.example.com", "smtp_user": "a",
                                          "smtp_security": "none", "imap_host": "",
                                          "smtp_password": "x"}, follow=True)
    assert refused.status_code == 400
    assert "unencrypted" in text_of(refused.text)
    assert not (Path(os.environ["FOLLOWUP_CONFIG_DIR"]) / "config.toml").exists()
    assert keys.get_password("followup", "smtp:a@smtp.example.com") is None
    nothing = web.post("/settings/mail/test", follow=True)
    assert "no mail server is set yet" in text_of(nothing.text)


@pytest.fixture
def later(web_config: WebConfig) -> Iterator[Web]:
    """A week after the interview of `add`: the thank-you went out, a reply may come."""
    w = Web(replace(web_config, clock=fixed("2026-11-30T09:00")))
    yield w
    w.close()


def test_check_my_inbox_now_logs_a_reply_with_undo(later: Web, keys: Any,
                                                     servers: tuple[Smtp, Dovecot]) -> None:
    from test_inbox import at, mail

    web, (out, box) = later, servers
    add(web.store, "Acme", people=(Person("Jane Doe", "jane@acme.example"),))
    web.post(f"/steps/{web.store.load(1).pending[0].id}/done")
    web.post("/settings/mail", mail_form(out, box))
    box.deliver(mail("Jane Doe <jane@acme.example>", "Re: our talk", "Tue, 24 Nov 2026 "
                     "09:00:00 -0500", msgid="<r1@acme.example>"), at("2026-11-24T09:00"))
    page = web.post("/inbox/check", follow=True)
    words = text_of(page.text)
    assert "Read 1 new message; 1 logged as replies" in words, words
    assert "Reply from Jane Doe &lt;jane@acme.example&gt; logged" in words
    assert web.store.load(1).status.value == "responded"
    undone = web.post("/undo", {"return_to": "/inbox"}, follow=True)
    assert undone.status_code == 200
    assert web.store.load(1).status.value == "active"


def test_the_password_is_set_changed_and_reset_with_a_code_from_a_private_file(
        web_config: WebConfig, tmp_path: Path) -> None:
    w = Web(web_config)
    try:
        assert "Set a password" in w.get("/settings/password").text
        short = w.post("/settings/password", {"new": "short", "again": "short"})
        assert short.status_code == 400 and "too short" in text_of(short.text)
        w.post("/settings/password", {"new": PASSWORD, "again": PASSWORD})
        stored = load_secrets(web_config.secrets_file).password_hash
        assert stored is not None
        assert w.get("/").status_code == 200, "this browser stays signed in"
        w._csrf = None  # signing in gives the session a new token
        wrong = w.post("/settings/password", {"current": "nope", "new": "another one",
                                              "again": "another one"})
        assert wrong.status_code == 400 and "not right" in text_of(wrong.text)
        w.post("/settings/password", {"current": PASSWORD, "new": "another one",
                                      "again": "another one"})
        w._csrf = None
        w.post("/logout")
        w._csrf = None
        assert w.get("/settings", follow_redirects=False).status_code == 303
        # forgotten: the sign-in page writes a code to a 0600 file on this machine
        login = w.get("/login").text
        assert "Forgot the password?" in login
        w._csrf = token(login)  # signed out: the page's own form carries it
        written = w.post("/login/reset/code")
        path = reset_path(web_config.secrets_file)
        assert str(path) in text_of(written.text)
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        import json

        code = json.loads(path.read_text())["code"]
        guessed = w.post("/login/reset", {"code": "aaaaaa-bbbbbb-cccccc", "new": "third one!",
                                          "again": "third one!"})
        assert guessed.status_code == 400 and not path.exists(), "one try per code"
        w.post("/login/reset/code")
        code = json.loads(path.read_text())["code"]
        done = w.post("/login/reset", {"code": code, "new": "third one!",
                                       "again": "third one!"}, follow=True)
        assert "New password saved" in text_of(done.text)
        w._csrf = None
        assert w.get("/settings").status_code == 200, "signed in"
        from followup.web.config import verify_password

        now = load_secrets(web_config.secrets_file).password_hash
        assert now is not None and verify_password(now, "third one!")
    finally:
        w.close()


def test_a_reset_code_is_refused_once_it_is_old(locked_web: Web,
                                                web_config: WebConfig) -> None:
    from datetime import timedelta

    from followup.web.config import use_reset_code, write_reset_code

    now = web_config.clock()
    write_reset_code(now, web_config.secrets_file)
    import json

    code = json.loads(reset_path(web_config.secrets_file).read_text())["code"]
    from followup.core.errors import BadInput

    with pytest.raises(BadInput, match="15 minutes"):
        use_reset_code(code, "new password", now + timedelta(minutes=16),
                       web_config.secrets_file)


def test_time_zone_holidays_and_week_start_are_saved_and_used_at_once(web: Web) -> None:
    page = web.get("/settings/general")
    assert 'list="zones"' in page.text and '<option value="Europe/Berlin">' in page.text
    bad = web.post("/settings/general", {"tz": "Mars/Olympus", "holidays": "ZZ",
                                         "playbook": "default", "week_start": "monday"})
    assert bad.status_code == 400
    words = text_of(bad.text)
    assert "unknown time zone" in words and "IANA" not in words
    assert "no holiday calendar for" in words
    ok = web.post("/settings/general", {"tz": "Europe/Berlin", "holidays": "DE",
                                        "playbook": "default", "week_start": "monday"},
                  follow=True)
    assert "Saved" in text_of(ok.text)
    config = (Path(os.environ["FOLLOWUP_CONFIG_DIR"]) / "config.toml").read_text()
    assert 'tz = "Europe/Berlin"' in config and 'holidays = "DE"' in config
    assert 'week_start = "monday"' in config
    form = web.get("/applications/new").text
    assert 'value="Europe/Berlin"' in form and 'value="DE"' in form
    assert '<option value="monday" selected>' in web.get("/report").text


def test_the_profile_takes_an_address_and_a_signature(web: Web) -> None:
    web.post("/profile", {"name": "Alex Candidate", "email": "alex@example.com",
                          "phone": "", "address": "12 Orchard Lane\nBrooklyn, NY 11201",
                          "signature": "Alex\n(555) 010-0147", "linkedin": "",
                          "return_to": "/settings/general"})
    page = web.get("/settings/general").text
    assert "12 Orchard Lane" in page and "(555) 010-0147" in page


def companies(web: Web) -> list[str]:
    import sqlite3

    conn = sqlite3.connect(web.config.db_path)
    try:
        return [r[0] for r in conn.execute("SELECT company FROM applications ORDER BY id")]
    finally:
        conn.close()


def test_backups_are_made_listed_downloaded_and_restored_after_a_confirmation(
        web: Web) -> None:
    add(web.store, "Acme")
    made = web.post("/settings/backups", follow=True)
    assert "Backup made" in text_of(made.text)
    folder = web.config.db_path.parent / "backups"
    (first,) = sorted(folder.glob("followup-*.db"))
    assert stat.S_IMODE(first.stat().st_mode) == 0o600
    page = web.get("/settings/backups").text
    assert f"/settings/backups/{first.name}/restore" in page
    got = web.get(f"/settings/backups/{first.name}")
    assert got.status_code == 200 and got.content == first.read_bytes()
    assert web.get("/settings/backups/..%2Fweb.json").status_code in (404, 422)
    assert web.get("/settings/backups/other.db").status_code == 404
    add(web.store, "Globex")  # after the backup
    ask = web.get(f"/settings/backups/{first.name}/restore")
    assert "Restore the backup of" in ask.text and "Yes, restore it" in ask.text
    assert companies(web) == ["Acme", "Globex"], "asking changes nothing"
    done = web.post(f"/settings/backups/{first.name}/restore", follow=True)
    words = text_of(done.text)
    assert "Restored the backup of" in words, words
    assert companies(web) == ["Acme"]
    assert "Globex" not in web.get("/pipeline").text
    # what there was just before is a backup too: restoring it takes the restore back
    kept = words.split("kept as the backup ")[1].split(":")[0]
    web.post(f"/settings/backups/{kept}/restore")
    assert "Globex" in web.get("/pipeline").text


def test_a_file_that_is_not_a_backup_is_refused(web: Web) -> None:
    add(web.store, "Acme")
    folder = web.config.db_path.parent / "backups"
    folder.mkdir(mode=0o700)
    (folder / "followup-junk.db").write_bytes(b"not a database at all" * 100)
    done = web.post("/settings/backups/followup-junk.db/restore", follow=True)
    assert "cannot restore" in text_of(done.text)
    assert "Acme" in web.get("/pipeline").text


def test_an_interviewers_greeting_and_address_are_edited_on_the_application(
        web: Web) -> None:
    add(web.store, "Acme", people=(Person("Ngozi Okafor", "ngozi@acme.example"),))
    person = web.store.load(1).interviews[0].interviewers[0]
    page = web.get("/applications/1").text
    assert 'name="greeting"' in page and 'name="address"' in page
    done = web.post(f"/contacts/{person.id}", {
        "name": "Ngozi Okafor", "email": "ngozi@acme.example", "greeting": "Dr Okafor",
        "address": "Acme Ltd\n1 Main Street\nSpringfield", "return_to": "/applications/1"},
        follow=True)
    assert "details are saved" in text_of(done.text)
    again = web.store.get_contact(person.id)
    assert again.greeting == "Dr Okafor"
    assert again.address == "Acme Ltd\n1 Main Street\nSpringfield"
    undone = web.post("/undo", {"return_to": "/applications/1"}, follow=True)
    assert undone.status_code == 200 and web.store.get_contact(person.id).greeting is None


def test_the_settings_pages_sit_behind_the_password(locked_web: Web) -> None:
    for path in ("/settings/mail", "/settings/general", "/settings/password",
                 "/settings/backups"):
        assert locked_web.get(path, follow_redirects=False).status_code == 303
    assert locked_web.get("/login/reset").status_code == 200


def test_a_locked_dashboard_changes_its_password_in_place(web_config: WebConfig) -> None:
    secrets = replace(web_config.secrets, password_hash=hash_password(PASSWORD))
    w = Web(replace(web_config, secrets=secrets))
    try:
        w._csrf = token(w.get("/login").text)
        w.post("/login", {"password": PASSWORD})
        w._csrf = None
        changed = w.post("/settings/password", {"current": PASSWORD, "new": "a new one!",
                                                "again": "a new one!"}, follow=True)
        assert "Password saved" in text_of(changed.text)
        w._csrf = None
        w.post("/logout")
        w._csrf = token(w.get("/login").text)
        assert w.post("/login", {"password": PASSWORD}).status_code == 401
        assert w.post("/login", {"password": "a new one!"}).status_code == 303
    finally:
        w.close()


def test_the_drafts_english_is_a_setting(web: Web) -> None:
    """Issue 25.1: the locale, saved where `settings set locale` saves it and used at once."""
    page = web.get("/settings/general")
    assert 'name="locale"' in page.text and "British English" in text_of(page.text)
    base = {"tz": "Europe/London", "holidays": "GB", "playbook": "default",
            "week_start": "monday"}
    bad = web.post("/settings/general", {**base, "locale": "fr-FR"})
    assert bad.status_code == 400 and "--" not in text_of(bad.text)
    ok = web.post("/settings/general", {**base, "locale": "en-GB"}, follow=True)
    assert "Saved" in text_of(ok.text)
    config = (Path(os.environ["FOLLOWUP_CONFIG_DIR"]) / "config.toml").read_text()
    assert 'locale = "en-GB"' in config
    assert '<option value="en-GB" selected>' in web.get("/settings/general").text
