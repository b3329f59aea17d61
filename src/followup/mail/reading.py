"""Reading the inbox: the one path from the settings to the mailbox and back to the store,
for `followup inbox` and the dashboard's "Check my inbox now" alike (F12)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime

from followup.mail.inbox import Report
from followup.store.sqlite import Store


def read_inbox(store: Store, settings: Mapping[str, str | None], now: datetime, tz: str, *,
               since: date | None = None, folder: str | None = None,
               dry_run: bool = False) -> Report:
    """Read the new mail of the IMAP folder (read-only), log the replies it finds and keep
    what it is unsure of, with the proposals read from each message, for the candidate."""
    from followup.capture import inbox as cap
    from followup.capture.apply import own_addresses
    from followup.mail import config, imap
    from followup.mail import inbox as box

    values = dict(settings)
    srv = config.server("imap", values)
    name = folder or values.get("imap_folder") or "INBOX"
    start = since if since is not None else box.earliest(box.prospects(store))
    if start is None:
        return box.Report(imap.mailbox_key(srv, name), 0, dry_run)
    got = imap.read_new(srv, config.password(srv), name, start, box.marker(store))
    heads, skipped = box.read_heads([(m.uid, m.header, m.received) for m in got.messages],
                                    now, got.too_large)
    own = own_addresses(store, values)
    raws = {h.uid: raw for h, raw in heads}
    report = box.run(store, now, mailbox=got.mailbox, uidvalidity=got.uidvalidity,
                     messages=[h for h, _ in heads], own=own, dry_run=dry_run,
                     skipped=skipped, texts=lambda h: cap.fresh_text(raws[h.uid], signed=True))
    if not dry_run:
        rows = {int(e["uid"]): (int(e["id"]), tuple(e["applications"]), outcome)
                for outcome, found in (("reply", report.replies), ("unsure", report.unsure),
                                       ("ignored", report.ignored))
                for e in found if e.get("id") is not None}
        report.proposals = cap.propose(
            store, now, mailbox=got.mailbox, uidvalidity=got.uidvalidity,
            mails=[cap.Mail(h, raw) for h, raw in heads],
            rows=rows, own=own, fallback_tz=tz, skipped=report.skipped)
    return report
