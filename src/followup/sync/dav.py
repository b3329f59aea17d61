"""The CalDAV conversation: the few requests a sync needs written out here over one HTTP
session (one connection, kept open), so that each costs exactly one round trip; the `caldav`
library's client only to discover the task lists (and make one), on a first sync:

- what changed: a sync-collection REPORT from the last sync-token (RFC 6578); a server
  without it is asked for its ctag, and only when that moved for every ETag;
- the changed tasks' content: one calendar-multiget REPORT;
- writes: PUT (If-None-Match: * for a new task, If-Match for a known one) and DELETE.

Every failure becomes one `Unreachable` line naming the server; nothing is retried.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, unquote, urljoin, urlsplit

from followup.core.errors import FollowupError

DAV, CAL, CS = "DAV:", "urn:ietf:params:xml:ns:caldav", "http://calendarserver.org/ns/"
MAX_REPLY = 32 * 1024 * 1024  # a reply larger than this is not read
PARALLEL = 4  # writes in flight at once (each on its own connection)
XML = {"Content-Type": 'application/xml; charset="utf-8"'}
WRITES = ("PUT", "DELETE")
REFUSALS = {  # what a server's refusal of a write means, in plain words
    507: " (Insufficient Storage: the account is full; free some room there)",
    403: " (Forbidden: this login may not write to the list)",
    413: " (the task is larger than the server takes)",
    423: " (Locked: the list is in use; try again later)",
    429: " (Too Many Requests: try again later)",
    503: " (Service Unavailable: try again later)",
}


class Unreachable(FollowupError):
    """The server is down, slow, refuses the login or answers nonsense. Nothing changed;
    `reason` is the line without saying so (a sync stopped half-way says what it kept)."""

    def __init__(self, reason: str, after: str = "nothing changed") -> None:
        super().__init__(f"{reason}; {after}")
        self.reason = reason


def _q(name: str, ns: str = DAV) -> str:
    return f"{{{ns}}}{name}"


@dataclass
class Listing:
    """What the server holds that changed: href (a path) -> ETag, None when deleted.
    `complete`: every task is listed (a first sync or a ctag walk): one not listed is gone."""

    changed: dict[str, str | None]
    token: str | None
    ctag: str | None
    complete: bool


@dataclass(frozen=True, slots=True)
class Reply:
    status: int
    text: str  # at most MAX_REPLY bytes, decoded
    headers: Any  # case-insensitive

    @property
    def tree(self) -> Any:
        """The XML body's root element, or None when it is not XML."""
        from xml.etree.ElementTree import ParseError, fromstring

        try:
            return fromstring(self.text)  # expat: no external entities, no entity bombs
        except (ParseError, ValueError):
            return None


@dataclass
class Server:
    url: str
    user: str | None
    password: str | None
    timeout: float
    requests: int = 0
    _client: Any = field(default=None, repr=False)
    _sessions: list[Any] = field(default_factory=list, repr=False)
    _local: threading.local = field(default_factory=threading.local, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def session(self) -> Any:  # a requests.Session: one kept-open connection per thread
        found = getattr(self._local, "session", None)
        if found is None:
            import requests
            from requests.auth import HTTPBasicAuth

            found = self._local.session = requests.Session()
            # Basic authentication from the first request: no 401 round trip (TLS or this
            # machine only, checked with the settings).
            if self.user:
                found.auth = HTTPBasicAuth(self.user, self.password or "")
            found.headers["User-Agent"] = "followup (CalDAV task sync)"
            with self._lock:
                self._sessions.append(found)
        return found

    @property
    def client(self) -> Any:  # a caldav.DAVClient, for discovery only
        if self._client is None:
            import logging

            import caldav
            from requests.auth import HTTPBasicAuth

            logging.getLogger("caldav").setLevel(logging.CRITICAL)  # we say it in one line
            auth = HTTPBasicAuth(self.user, self.password or "") if self.user else None
            make: Any = caldav.DAVClient
            self._client = make(url=self.url, username=self.user, password=self.password,
                                 auth=auth, timeout=self.timeout)
        return self._client

    def close(self) -> None:
        for held in (self._client, *self._sessions):
            if held is not None:
                held.close()

    # -- one request ---------------------------------------------------------------------

    def send(self, method: str, url: str, body: str = "", headers: dict[str, str] | None
             = None) -> Reply:
        """One request, its reply read up to MAX_REPLY; any status."""
        with self._lock:
            self.requests += 1
        try:
            response = self.session.request(method, url, data=body.encode("utf-8"),
                                            headers=headers or {}, timeout=self.timeout,
                                            stream=True, allow_redirects=False)
            try:
                data = response.raw.read(MAX_REPLY + 1, decode_content=True)
            finally:
                response.close()
        except Exception as exc:
            raise self._failure(exc) from None
        if len(data) > MAX_REPLY:
            raise Unreachable(f"the CalDAV server at {self.where} sent more than "
                              f"{MAX_REPLY // 2**20} MiB")
        return Reply(int(response.status_code), data.decode("utf-8", "replace"),
                     response.headers)

    def request(self, method: str, url: str, body: str = "", headers: dict[str, str] | None
                = None, ok: tuple[int, ...] = (200, 207)) -> Reply:
        reply = self.send(method, url, body, headers)
        if reply.status not in ok:
            raise self._status(reply.status, method)
        return reply

    @property
    def where(self) -> str:
        parts = urlsplit(self.url)
        return f"{parts.scheme}://{parts.hostname}" + (f":{parts.port}" if parts.port else "")

    def _failure(self, exc: Exception) -> Unreachable:
        name = type(exc).__name__
        text = str(exc)
        if "Authoriz" in name or "401" in text[:40]:
            return Unreachable(f"the CalDAV server at {self.where} refused the login for "
                               f"{self.user}: check caldav_user and the password")
        if "Timeout" in name or "timed out" in text:
            return Unreachable(f"the CalDAV server at {self.where} did not answer within "
                               f"{self.timeout:g} s (try again later)")
        if "Connect" in name or "refused" in text.lower():
            return Unreachable(f"cannot reach the CalDAV server at {self.where} (is it up? is "
                               "caldav_url right?)")
        return Unreachable(f"the CalDAV server at {self.where} sent a reply followup cannot "
                           f"read ({name})")

    def _status(self, status: int, method: str) -> Unreachable:
        if status == 401 or (status == 403 and method not in WRITES):
            return Unreachable(f"the CalDAV server at {self.where} refused the login for "
                               f"{self.user}: check caldav_user and the password")
        said = REFUSALS.get(status, "")
        return Unreachable(f"the CalDAV server at {self.where} answered {method} with HTTP "
                           f"{status}{said}")

    def _tree(self, response: Any, what: str) -> Any:
        tree = response.tree
        if tree is None or tree.tag != _q("multistatus"):
            raise Unreachable(f"the CalDAV server at {self.where} sent a reply to {what} that "
                              "followup cannot read (not a WebDAV multistatus)")
        return tree

    def path(self, href: str, base: str) -> str:
        """A server's href as an unquoted path, the key of a task."""
        return unquote(urlsplit(urljoin(base, href)).path)

    def absolute(self, path: str) -> str:
        parts = urlsplit(self.url)
        return f"{parts.scheme}://{parts.netloc}{quote(path)}"

    # -- the task list -------------------------------------------------------------------

    def find_list(self, name: str, make: bool = True) -> tuple[str, bool]:
        """The URL of the task list called `name` (or that caldav_url names itself), made when
        missing; and whether it was made now. With `make` False a missing list is not made:
        ("", False)."""
        body = ('<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="DAV:">'
                "<d:prop><d:resourcetype/></d:prop></d:propfind>")
        tree = self._tree(self.request("PROPFIND", self.url, body, {**XML, "Depth": "0"}),
                          "PROPFIND")
        if tree.find(f".//{_q('resourcetype')}/{_q('calendar', CAL)}") is not None:
            return self.url, False
        try:
            principal = self.client.principal()
            self.requests += 2
            for calendar in principal.calendars():
                self.requests += 1
                if (calendar.get_display_name() or "") == name:
                    return str(calendar.url), False
            if not make:
                return "", False
            made = principal.make_calendar(name=name,
                                           supported_calendar_component_set=["VTODO"])
            self.requests += 2
        except Unreachable:
            raise
        except Exception as exc:
            raise self._failure(exc) from None
        return str(made.url), True

    # -- reading ---------------------------------------------------------------------------

    def changes(self, collection: str, token: str | None, ctag: str | None) -> Listing:
        """What changed since `token` (or, without sync-collection, since `ctag`). A list read
        by its ctag last time (no token) is read by its ctag again: one request when nothing
        changed."""
        if token is None and ctag is not None:
            return self.by_ctag(collection, ctag)
        body = ('<?xml version="1.0" encoding="utf-8"?><d:sync-collection xmlns:d="DAV:">'
                f"<d:sync-token>{_escape(token or '')}</d:sync-token>"
                "<d:sync-level>1</d:sync-level><d:prop><d:getetag/></d:prop>"
                "</d:sync-collection>")
        response = self.send("REPORT", collection, body, {**XML, "Depth": "1"})
        if response.status in (403, 409) and token and "valid-sync-token" in response.text:
            return self.changes(collection, None, None)  # the token expired: start afresh
        if response.status in (401, 403):
            raise self._status(response.status, "REPORT")
        if response.status != 207:
            return self.by_ctag(collection, ctag)
        tree = self._tree(response, "sync-collection")
        changed: dict[str, str | None] = {}
        for item in tree.findall(_q("response")):
            href = item.findtext(_q("href"))
            if not href:
                continue
            path = self.path(href.strip(), collection)
            if path.rstrip("/") == self.path(collection, collection).rstrip("/"):
                continue
            status = item.findtext(_q("status")) or ""
            etag = item.findtext(f".//{_q('getetag')}")
            changed[path] = None if " 404" in status else (etag or "").strip() or None
        new_token = tree.findtext(_q("sync-token"))
        if not new_token:
            raise Unreachable(f"the CalDAV server at {self.where} answered sync-collection "
                              "without a sync-token")
        return Listing(changed, new_token.strip(), None, complete=not token)

    def by_ctag(self, collection: str, ctag: str | None) -> Listing:
        """The ctag (one PROPFIND); when it moved from `ctag`, every task's ETag (another)."""
        body = ('<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="DAV:" '
                f'xmlns:cs="{CS}"><d:prop><cs:getctag/></d:prop></d:propfind>')
        tree = self._tree(self.request("PROPFIND", collection, body, {**XML, "Depth": "0"}),
                          "PROPFIND")
        found = (tree.findtext(f".//{_q('getctag', CS)}") or "").strip() or None
        if found is not None and found == ctag:
            return Listing({}, None, found, complete=False)
        body = ('<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="DAV:">'
                "<d:prop><d:getetag/><d:resourcetype/></d:prop></d:propfind>")
        tree = self._tree(self.request("PROPFIND", collection, body, {**XML, "Depth": "1"}),
                          "PROPFIND")
        changed: dict[str, str | None] = {}
        for item in tree.findall(_q("response")):
            href = item.findtext(_q("href"))
            if not href or item.find(f".//{_q('collection')}") is not None:
                continue
            etag = (item.findtext(f".//{_q('getetag')}") or "").strip() or None
            changed[self.path(href.strip(), collection)] = etag
        return Listing(changed, None, found, complete=True)

    def fetch(self, collection: str, paths: list[str]) -> dict[str, tuple[str | None, str]]:
        """The content of these tasks: path -> (ETag, text). One missing is left out."""
        if not paths:
            return {}
        hrefs = "".join(f"<d:href>{_escape(quote(p))}</d:href>" for p in paths)
        body = ('<?xml version="1.0" encoding="utf-8"?><c:calendar-multiget xmlns:d="DAV:" '
                f'xmlns:c="{CAL}"><d:prop><d:getetag/><c:calendar-data/></d:prop>{hrefs}'
                "</c:calendar-multiget>")
        tree = self._tree(self.request("REPORT", collection, body, {**XML, "Depth": "1"}),
                          "calendar-multiget")
        out: dict[str, tuple[str | None, str]] = {}
        for item in tree.findall(_q("response")):
            href = item.findtext(_q("href"))
            data = item.findtext(f".//{_q('calendar-data', CAL)}")
            if not href or data is None:
                continue
            etag = (item.findtext(f".//{_q('getetag')}") or "").strip() or None
            out[self.path(href.strip(), collection)] = (etag, data)
        return out

    # -- writing ---------------------------------------------------------------------------

    def put(self, path: str, text: str, *, etag: str | None, new: bool) -> tuple[bool, str | None]:
        """Write a task. Returns (written, its new ETag if the server said). Not written:
        it changed on the server since `etag` (or, for a new one, it is there already)."""
        headers = {"Content-Type": "text/calendar; charset=utf-8"}
        if new:
            headers["If-None-Match"] = "*"
        elif etag:
            headers["If-Match"] = etag
        response = self.request("PUT", self.absolute(path), text, headers,
                                ok=(200, 201, 204, 412))
        if response.status == 412:
            return False, None
        return True, (response.headers.get("ETag") or "").strip() or None

    def write(self, path: str, text: str, etag: str | None, new: bool
              ) -> tuple[bool, str | None]:
        """`put`; a new task found there already (written by a sync that was killed before
        it could remember so) is written over: its address is fixed, so never twice."""
        written, tag = self.put(path, text, etag=etag, new=new)
        if not written and new:
            written, tag = self.put(path, text, etag=None, new=False)
        return written, tag

    def write_many(self, jobs: list[tuple[str, str, str | None, bool]]
                   ) -> Iterator[tuple[int, bool, str | None]]:
        """`write` each (path, text, etag, new), PARALLEL at a time; yields (index, written,
        ETag) as each is answered, for the caller to remember at once. After a failure no
        other write is sent; those answered are yielded, then the failure is raised."""
        if len(jobs) < 2:
            for i, job in enumerate(jobs):
                yield (i, *self.write(*job))
            return
        from concurrent.futures import CancelledError, ThreadPoolExecutor, as_completed

        pool = ThreadPoolExecutor(PARALLEL, thread_name_prefix="caldav-put")
        failure: Unreachable | None = None
        try:
            futures = {pool.submit(self.write, *job): i for i, job in enumerate(jobs)}
            for done in as_completed(futures):
                try:
                    written, tag = done.result()
                except CancelledError:
                    continue
                except Unreachable as exc:
                    failure = failure or exc
                    for waiting in futures:
                        waiting.cancel()
                    continue
                yield futures[done], written, tag
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
        if failure is not None:
            raise failure

    def put_all(self, collection: str, text: str) -> bool:
        """Fill a list made by this sync, still empty, in one request: a PUT of the whole
        calendar on the list (Radicale takes it; a server that does not says so, and the
        tasks go one by one). Returns whether it was taken."""
        response = self.request("PUT", collection, text,
                                {"Content-Type": "text/calendar; charset=utf-8"},
                                ok=(200, 201, 204, 400, 403, 405, 409, 412, 415, 501))
        return int(response.status) < 300

    def delete(self, path: str) -> None:
        self.request("DELETE", self.absolute(path), "", {}, ok=(200, 204, 404))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
