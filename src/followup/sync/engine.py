"""`followup sync`: the next actions as tasks on a CalDAV list, and the phone's changes back.

One sync: ask what changed on the server since the last sync-token (one request when nothing
did), read the changed tasks, check everything read before changing anything, then carry
out what the phone did through the services (each change undoable, as if typed): a task
ticked off is the step done on that day, a due date moved is a snooze to that day. A task
deleted on the phone, or a change to a step followup changed too since the last sync, waits
as a proposal on Today (followup's facts win on the server). Last, the server is made to
match the next actions: new tasks, changed ones, and the tasks of steps that are no longer
next completed (done) or removed.

Killed at any moment, a sync run again neither duplicates a task (its address comes from its
UID, fixed per step) nor loses a completion (the sync-token is saved last, so the change is
read again; a change already carried out agrees with followup and is not proposed).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import TYPE_CHECKING, Any

from followup.core.errors import FollowupError, NotFound
from followup.core.model import Step, StepStatus
from followup.store import tasks
from followup.sync import vtodo
from followup.sync.dav import Unreachable

if TYPE_CHECKING:
    from followup.store.sqlite import Store
    from followup.sync.dav import Listing, Server

FROM_PHONE = "ticked off on your phone"


@dataclass
class Report:
    list_url: str = ""
    made_list: bool = False
    created: int = 0
    updated: int = 0
    completed: int = 0  # tasks of steps done in followup, completed on the server
    removed: int = 0
    applied: list[str] = field(default_factory=list)
    proposed: list[str] = field(default_factory=list)
    requests: int = 0

    def to_json(self) -> dict[str, Any]:
        return {"list": self.list_url, "made_list": self.made_list, "created": self.created,
                "updated": self.updated, "completed": self.completed, "removed": self.removed,
                "applied": self.applied, "proposed": self.proposed, "requests": self.requests}


def _step(store: Store, step_id: int) -> Step | None:
    try:
        return store.get_step(step_id)
    except NotFound:
        return None


def _uid(item: tasks.Item) -> str:
    return item.href.rstrip("/").rpartition("/")[2].removesuffix(".ics")


def _words(step: Step) -> str:
    return f"step {step.id} ({vtodo.summary(step)})"


def _day(d: date) -> str:
    return f"{d:%a} {d.day} {d:%b}"


class _Sync:
    def __init__(self, store: Store, server: Server, now: datetime, alarm: time,
                 list_name: str) -> None:
        self.store, self.server, self.now, self.alarm = store, server, now, alarm
        self.list_name = list_name
        self.conn = store.conn
        self.today = now.date()
        self.report = Report()
        self.filled = False  # the list was filled in one request
        self.zones = tasks.zones(self.conn)

    def zone(self, step: Step | None) -> str:
        found = self.zones.get(step.application_id) if step else None
        return found or "UTC"

    # -- the phone's side --------------------------------------------------------------------

    def read(self, state: tasks.State, collection: str) -> tuple[Listing, list[Any]]:
        """What changed on the server, read and checked, before anything is changed here."""
        listing = self.server.changes(collection, state.sync_token, state.ctag)
        known = {i.href: i for i in tasks.items(self.conn).values()}
        changed = dict(listing.changed)
        if listing.complete:
            for href in known:
                changed.setdefault(href, None)
        wanted = [h for h, e in changed.items() if e is not None and h in known
                  and e != known[h].etag]
        found = self.server.fetch(collection, wanted)
        readings: list[Any] = []
        for href in wanted:
            if href not in found:
                continue  # gone between the two requests: the next sync sees it deleted
            etag, data = found[href]
            item = known[href]
            step = _step(self.store, item.step_id)
            readings.append((item, step, etag, vtodo.read(data, _uid(item), self.zone(step),
                                                         self.today)))
        for href, etag in changed.items():
            if etag is None and href in known and not known[href].gone:
                item = known[href]
                readings.append((item, _step(self.store, item.step_id), None, None))
        return listing, readings

    def apply(self, item: tasks.Item, step: Step | None, etag: str | None,
              reading: vtodo.Reading | None) -> None:
        """One task's change on the phone, in one transaction with what is kept of it."""
        with self.store.write():
            if reading is None or reading.cancelled:
                self._deleted(item, step, "cancelled" if reading else "deleted")
                return
            local = step is None or step.status.value != item.status or step.due != item.due
            phone: tuple[str, date] | None = None
            if reading.completed is not None and item.status != "done":
                phone = ("done", reading.completed)
            elif reading.completed is None and reading.due and reading.due != item.due:
                phone = ("snooze", reading.due)
            if phone is None or step is None or _agrees(step, phone):
                tasks.set_etag(self.conn, item.step_id, etag)  # a change of its own words
                return
            kind, day = phone
            what = (f"ticked off on {_day(day)}" if kind == "done" else
                    f"moved to {_day(day)}")
            if local or step.status is not StepStatus.PENDING:
                self._propose(step, kind, day, f"{what} on your phone, while followup "
                              "changed this step too: followup's plan was kept")
                tasks.put_item(self.conn, _stale(item, etag), self.now)
                return
            try:
                with self.store.savepoint():
                    self._carry_out(step, kind, day)
            except FollowupError as exc:
                # the phone's words, not the command line's (no option was typed)
                why = exc.message.replace("--until ", "the day ")
                self._propose(step, kind, day, f"{what} on your phone, not carried out: {why}")
                tasks.put_item(self.conn, _stale(item, etag), self.now)
                return
            if kind == "done":
                tasks.drop_item(self.conn, item.step_id)  # the server shows it done already
                tasks.close_proposals_of(self.conn, item.step_id)
            else:
                tasks.put_item(self.conn, _stale(item, etag), self.now)

    def _carry_out(self, step: Step, kind: str, day: date) -> None:
        from followup import service

        if kind == "done":
            service.mark_done(self.store, step.id, day, self.now)
            self.report.applied.append(f"{_words(step)}: done on {_day(day)} ({FROM_PHONE})")
        else:
            app = service.snooze(self.store, step.id, day, "moved on your phone", self.now)
            new = next((s.due for s in app.steps if s.id == step.id), day)
            self.report.applied.append(f"{_words(step)}: snoozed to {_day(new)} (moved on "
                                       "your phone)")

    def _deleted(self, item: tasks.Item, step: Step | None, how: str) -> None:
        if step is None or step.status is not StepStatus.PENDING:
            tasks.drop_item(self.conn, item.step_id)
            return
        self._propose(step, "skip", None, f"{how} on your phone: skip it?")
        tasks.put_item(self.conn, tasks.Item(item.step_id, item.href, None, item.due,
                                             item.status, item.fingerprint, True), self.now)

    def _propose(self, step: Step, kind: str, day: date | None, reason: str) -> None:
        tasks.propose(self.conn, step.id, kind, day, reason, self.now)
        self.report.proposed.append(f"{_words(step)}: {reason}")

    # -- followup's side ---------------------------------------------------------------------

    def task(self, step: Step, uid: str) -> vtodo.Task:
        subject, opening = _draft(self.store, step, self.now)
        return vtodo.build(step, uid, self.zone(step), self.alarm, vtodo.summary(step),
                           vtodo.description(step, subject, opening), self.now)

    def push(self, collection: str, salt: str) -> bool:
        """Make the server hold the next actions. Returns whether anything was written."""
        from followup import service

        known = tasks.items(self.conn)
        want = {s.id: s for s in service.today(self.store, self.now)}
        for step_id in known:
            if step_id not in want:
                step = _step(self.store, step_id)
                if step is not None and step.status is StepStatus.PENDING:
                    want[step_id] = step  # moved later: it stays on the phone, with its day
        wrote = False
        base = self.server.path(collection, collection).rstrip("/")
        if self.report.made_list and not known and len(want) > 1:
            wrote = self.filled = self._fill(collection, base, salt, list(want.values()))
            if wrote:
                return True
        jobs: list[tuple[Step, tasks.Item | None, str, vtodo.Task]] = []
        for step in want.values():
            item = known.get(step.id)
            if item is not None and item.gone:
                continue  # deleted on the phone: its proposal decides
            if item is not None and item.fingerprint == vtodo.fingerprint(
                    step, self.zone(step), self.alarm):
                continue
            uid = _uid(item) if item else f"followup-{salt}-{step.id}"
            href = item.href if item else f"{base}/{uid}.ics"
            jobs.append((step, item, href, self.task(step, uid)))
        wrote = bool(jobs)
        answers = self.server.write_many([(href, made.text, item.etag if item else None,
                                           item is None) for _, item, href, made in jobs])
        for i, ok, etag in answers:  # each remembered as soon as the server has it
            step, item, href, made = jobs[i]
            if not ok:
                continue  # changed on the phone meanwhile: the next sync reads it
            with self.store.write():
                tasks.put_item(self.conn, tasks.Item(step.id, href, etag, step.due,
                                                     step.status.value, made.fingerprint,
                                                     False), self.now)
            if item is None:
                self.report.created += 1
            else:
                self.report.updated += 1
        for step_id, item in known.items():
            if step_id in want:
                continue
            step = _step(self.store, step_id)
            if item.gone:
                pass
            elif step is not None and step.status is StepStatus.DONE:
                made = self.task(step, _uid(item))
                self.server.put(item.href, made.text, etag=None, new=False)
                self.report.completed += 1
            else:
                self.server.delete(item.href)
                self.report.removed += 1
            wrote = wrote or not item.gone
            with self.store.write():
                tasks.drop_item(self.conn, step_id)
                tasks.close_proposals_of(self.conn, step_id)
        return wrote

    def _fill(self, collection: str, base: str, salt: str, steps: list[Step]) -> bool:
        """A list this sync made is empty: send every task in one request when the server
        takes a whole calendar; their ETags are read back by `settle`."""
        made = [(step, self.task(step, f"followup-{salt}-{step.id}")) for step in steps]
        if not self.server.put_all(collection, vtodo.bundle([t for _, t in made],
                                                            self.list_name)):
            return False
        with self.store.write():
            for step, task in made:
                tasks.put_item(self.conn, tasks.Item(step.id, f"{base}/{task.uid}.ics", None,
                                                     step.due, step.status.value,
                                                     task.fingerprint, False), self.now)
        self.report.created += len(made)
        return True

    def settle(self, collection: str, listing: Listing) -> None:
        """Remember where the server is now, so the next sync with nothing new costs one
        request. A change by someone else in between keeps the older mark: read next time.

        A list filled in one request, or read by its ctag, is settled by its ctag: on Radicale
        a whole-calendar PUT voids the list's sync-token, and the first sync-collection after
        it builds a history of every task (a write per task, 15 s for 1,000 here), which the
        phone's own first sync then pays, in the background, instead of this command."""
        if listing.token is not None and not self.filled:
            after = self.server.changes(collection, listing.token, None)
            clean = self._learn(after)
            token, ctag = (after.token if clean else listing.token), None
        else:
            after = self.server.by_ctag(collection, None)
            clean = self._learn(after)
            token, ctag = None, (after.ctag if clean else listing.ctag)
        with self.store.write():
            tasks.set_marks(self.conn, token, ctag, self.now)

    def _learn(self, after: Listing) -> bool:
        """Take the server's ETags of the tasks written without one; whether every other task
        is as this sync left it."""
        known = {i.href: i for i in tasks.items(self.conn).values()}
        clean = not after.complete or all(h in after.changed for h, i in known.items()
                                          if not i.gone)
        with self.store.write():
            for href, etag in after.changed.items():
                item = known.get(href)
                if item is None:
                    continue
                if item.etag is None and etag is not None:
                    tasks.set_etag(self.conn, item.step_id, etag)  # the server's word
                elif etag != item.etag:
                    clean = False
        return clean


def _agrees(step: Step, phone: tuple[str, date]) -> bool:
    kind, day = phone
    if kind == "done":
        return step.status is StepStatus.DONE
    return step.status is StepStatus.PENDING and step.due == day


def _stale(item: tasks.Item, etag: str | None) -> tasks.Item:
    """Known at `etag`, but to be written again with followup's facts."""
    return tasks.Item(item.step_id, item.href, etag, item.due, item.status, "", item.gone)


def _draft(store: Store, step: Step, now: datetime) -> tuple[str | None, str | None]:
    """The draft's subject and its first lines, when the step has a draft."""
    if step.kind.value == "close":
        return None, None
    from followup.messages import drafts

    try:
        d = drafts.draft(store, step.id, now)
    except FollowupError:
        return None, None
    lines = [line for line in d.body.splitlines() if line.strip()]
    return d.subject, "\n".join(lines[:3]) or None


def sync(store: Store, server: Server, account: str, list_name: str, now: datetime,
         alarm: time) -> Report:
    """One two-way sync with the task list `list_name` of `server` (see the module's doc)."""
    import secrets

    from followup import service

    service.refresh_plans(store, now)
    run = _Sync(store, server, now, alarm, list_name)
    state = tasks.state(store.conn)
    if state is None or state.account != account:
        with store.write():
            tasks.start(store.conn, account, secrets.token_hex(4))
        state = tasks.state(store.conn)
    assert state is not None
    collection = state.collection
    if collection is None:
        collection, run.report.made_list = server.find_list(list_name)
        with store.write():
            tasks.set_collection(store.conn, collection)
        state = tasks.state(store.conn)
        assert state is not None
    run.report.list_url = collection
    listing, readings = run.read(state, collection)
    for item, step, etag, reading in readings:
        run.apply(item, step, etag, reading)
    try:
        wrote = run.push(collection, state.salt)
        if wrote:
            run.settle(collection, listing)
        elif listing.token != state.sync_token or listing.ctag != state.ctag:
            _mark(store, listing, now)
    except Unreachable as exc:
        kept = _kept(run.report)
        if not kept:
            raise
        # Refused half-way (a full account, a lock, an outage): what is done stays done and
        # remembered; the sync-token is not moved on, so the next sync reads again and
        # carries on with the rest.
        raise Unreachable(exc.reason, f"the sync stopped there; kept: {kept}; the next sync "
                          "carries on with the rest") from None
    run.report.requests = server.requests
    return run.report


def _kept(r: Report) -> str:
    """What a sync stopped half-way has done, in words ("" for nothing)."""
    done = [f"{n} {what}" for n, what in (
        (r.created, "new task(s)"), (r.updated, "task(s) updated"),
        (r.completed + r.removed, "taken off"), (len(r.applied), "change(s) from your phone"),
        (len(r.proposed), "proposal(s)")) if n]
    return ", ".join(done)


def _mark(store: Store, listing: Listing, now: datetime) -> None:
    with store.write():
        tasks.set_marks(store.conn, listing.token, listing.ctag, now)


# -- proposals ---------------------------------------------------------------------------


def proposals(store: Store) -> list[tasks.Proposal]:
    """What the phone changed that waits for the candidate (shown on Today)."""
    return tasks.proposals(store.conn)


def waiting(store: Store) -> int:
    return tasks.open_count(store.conn)


def _proposal(store: Store, proposal_id: int) -> tasks.Proposal:
    for p in tasks.proposals(store.conn):
        if p.id == proposal_id:
            return p
    raise NotFound(f"no proposal {proposal_id} from your phone waits (see: followup sync "
                   "--proposals)")


def accept(store: Store, proposal_id: int, now: datetime) -> str:
    """Carry out a proposal, through the same service as the typed command (undoable)."""
    from followup import service

    p = _proposal(store, proposal_id)
    with store.write():
        if p.kind == "done":
            app = service.mark_done(store, p.step_id, p.day, now)  # None: now, in its zone
            on = next(s.done_on for s in app.steps if s.id == p.step_id) or now.date()
            said = f"step {p.step_id} done on {_day(on)}"
        elif p.kind == "snooze":
            assert p.day is not None
            service.snooze(store, p.step_id, p.day, "moved on your phone", now)
            said = f"step {p.step_id} snoozed to {_day(p.day)}"
        else:
            service.skip(store, p.step_id, now)
            said = f"step {p.step_id} skipped"
        tasks.close_proposal(store.conn, p.id, "accepted")
        tasks.close_proposals_of(store.conn, p.step_id)
    return said


def dismiss(store: Store, proposal_id: int) -> str:
    """Forget a proposal; a task deleted on the phone is put back by the next sync."""
    p = _proposal(store, proposal_id)
    with store.write():
        tasks.close_proposal(store.conn, p.id, "dismissed")
        if p.kind == "skip":
            tasks.drop_item(store.conn, p.step_id)
    return f"proposal {p.id} dismissed: step {p.step_id} stays as the plan has it"
