"""A small CalDAV server on loopback that answers in the words of Nextcloud (sabre/dav) or
iCloud, for what Radicale does not show: their sync-tokens, prefixes, quoting, an iCloud PUT
without an ETag, a server without sync-collection (ctag only), and Apple Reminders' and
Nextcloud Tasks' own way of writing a completed or moved task (tests/fixtures/caldav).
It also plays a broken server: one that answers garbage."""

from __future__ import annotations

import base64
import hashlib
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

FIXTURES = Path(__file__).parent / "fixtures" / "caldav"

FLAVOURS: dict[str, dict[str, Any]] = {
    "nextcloud": {
        "collection": "/remote.php/dav/calendars/alex/followup/",
        "open": ('<?xml version="1.0"?>\n<d:multistatus xmlns:d="DAV:" '
                 'xmlns:s="http://sabredav.org/ns" xmlns:cal="urn:ietf:params:xml:ns:caldav" '
                 'xmlns:cs="http://calendarserver.org/ns/" xmlns:oc="http://owncloud.org/ns" '
                 'xmlns:nc="http://nextcloud.org/ns">'),
        "p": "d:", "c": "cal:", "cs": "cs:", "close": "</d:multistatus>",
        "token": lambda n: f"http://sabre.io/ns/sync/{n}",
        "put_etag": True,
    },
    "icloud": {
        "collection": "/1234567890/calendars/4A1BC2D3-5E6F-4A7B-8C9D-0E1F2A3B4C5D/",
        "open": '<?xml version="1.0" encoding="UTF-8"?>\n<multistatus xmlns="DAV:">',
        "p": "", "c": "", "cs": "", "close": "</multistatus>",
        "token": lambda n: "HwoQEgwAA" + base64.b64encode(f"{n:08d}".encode()).decode(),
        "put_etag": False,  # iCloud answers a PUT without an ETag
    },
}


class Fake:
    def __init__(self, flavour: str, *, sync_collection: bool = True, broken: str | None = None
                 ) -> None:
        self.f = FLAVOURS[flavour]
        self.flavour = flavour
        self.sync_collection = sync_collection
        self.broken = broken  # "xml": REPORT answers garbage; "task": a task that is not one
        self.room: int | None = None  # tasks it takes; a new one past that: HTTP 507
        self.refuse: int | None = None  # the status every PUT gets (503: an outage)
        self.lock = threading.Lock()
        self.items: dict[str, tuple[str, str]] = {}  # href -> (etag, data)
        self.log: list[tuple[int, str]] = []  # (version, href) of each change
        self.version = 1
        self.requests: list[str] = []
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def _answer(self, code: int, body: str = "", headers: dict[str, str] | None = None
                        ) -> None:
                data = body.encode()
                self.send_response(code)
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                if body:
                    self.send_header("Content-Type", "application/xml; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def _body(self) -> str:
                return self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode()

            def do_PROPFIND(self) -> None:
                fake.requests.append("PROPFIND")
                self._answer(207, fake.propfind(self._body(), self.headers.get("Depth", "0")))

            def do_REPORT(self) -> None:
                fake.requests.append("REPORT")
                self._answer(*fake.report(self._body()))

            def do_PUT(self) -> None:
                fake.requests.append("PUT")
                code, etag = fake.put(self.path, self._body(), self.headers)
                headers = {"ETag": etag} if etag and fake.f["put_etag"] and code < 300 else {}
                self._answer(code, "", headers)

            def do_DELETE(self) -> None:
                fake.requests.append("DELETE")
                fake.delete(self.path)
                self._answer(204)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}{self.f['collection']}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    # -- the server's state ------------------------------------------------------------------

    def _store(self, href: str, data: str) -> str:
        self.version += 1
        etag = '"' + hashlib.sha1(f"{data}{self.version}".encode()).hexdigest()[:16] + '"'
        self.items[href] = (etag, data)
        self.log.append((self.version, href))
        return etag

    def put(self, href: str, data: str, headers: Any) -> tuple[int, str | None]:
        with self.lock:  # PUTs come several at a time
            return self._put(href, data, headers)

    def _put(self, href: str, data: str, headers: Any) -> tuple[int, str | None]:
        there = self.items.get(href)
        if self.refuse is not None:
            return self.refuse, None
        if there is None and self.room is not None and len(self.items) >= self.room:
            return 507, None  # Insufficient Storage: the account is full
        if headers.get("If-None-Match") == "*" and there:
            return 412, None
        if headers.get("If-Match") and (not there or there[0] != headers["If-Match"]):
            return 412, None
        return (204 if there else 201), self._store(href, data)

    def delete(self, href: str) -> None:
        if self.items.pop(href, None) is not None:
            self.version += 1
            self.log.append((self.version, href))

    def phone(self, summary: str, fixture: str) -> None:
        """The phone rewrites the task of `summary` as in `fixture` ({UID} filled in)."""
        href, (_, data) = next((h, v) for h, v in self.items.items()
                               if f"SUMMARY:{summary}" in v[1].replace("\r\n ", ""))
        uid = re.search(r"^UID:(.+?)\r?$", data, re.M)
        assert uid is not None
        text = (FIXTURES / fixture).read_text(encoding="utf-8")
        self._store(href, text.replace("{UID}", uid.group(1)).replace("\n", "\r\n"))

    # -- answers -----------------------------------------------------------------------------

    def _wrap(self, inner: str, token: str | None = None) -> str:
        p = self.f["p"]
        tail = f"<{p}sync-token>{escape(token)}</{p}sync-token>" if token else ""
        return self.f["open"] + inner + tail + self.f["close"]

    def _etag_response(self, href: str, etag: str | None) -> str:
        p = self.f["p"]
        if etag is None:
            return (f"<{p}response><{p}href>{href}</{p}href><{p}status>HTTP/1.1 404 Not Found"
                    f"</{p}status></{p}response>")
        return (f"<{p}response><{p}href>{href}</{p}href><{p}propstat><{p}prop><{p}getetag>"
                f"{escape(etag)}</{p}getetag></{p}prop><{p}status>HTTP/1.1 200 OK</{p}status>"
                f"</{p}propstat></{p}response>")

    def propfind(self, body: str, depth: str) -> str:
        p, c, cs = self.f["p"], self.f["c"], self.f["cs"]
        col = self.f["collection"]
        if depth == "1":
            return self._wrap("".join(self._etag_response(h, e)
                                      for h, (e, _) in self.items.items()))
        ns = ' xmlns:cal="urn:ietf:params:xml:ns:caldav"' if not c else ""
        cns = ' xmlns:cs="http://calendarserver.org/ns/"' if not cs else ""
        cal = c or "cal:"
        ctag = cs or "cs:"
        return self._wrap(
            f"<{p}response><{p}href>{col}</{p}href><{p}propstat><{p}prop>"
            f"<{p}resourcetype><{p}collection/><{cal}calendar{ns}/></{p}resourcetype>"
            f"<{ctag}getctag{cns}>ctag-{self.version}</{ctag}getctag>"
            f"</{p}prop><{p}status>HTTP/1.1 200 OK</{p}status></{p}propstat></{p}response>")

    def report(self, body: str) -> tuple[int, str]:
        if self.broken == "xml":
            return 207, "<html><body>Service Temporarily Unavailable</body>"
        if "sync-collection" in body:
            if not self.sync_collection:
                return 501, ""
            found = re.search(r"<d:sync-token>(.*?)</d:sync-token>", body)
            raw = found.group(1) if found else ""
            since = 0
            if raw:
                since = (int(raw.rsplit("/", 1)[1]) if raw.startswith("http") else
                         int(base64.b64decode(raw[9:]).decode()))
            hrefs = {h for v, h in self.log if v > since}
            inner = "".join(self._etag_response(h, self.items[h][0] if h in self.items
                                                else None) for h in sorted(hrefs))
            return 207, self._wrap(inner, self.f["token"](self.version))
        p, c = self.f["p"], self.f["c"]
        cal = c or "C:"
        ns = ' xmlns:C="urn:ietf:params:xml:ns:caldav"' if not c else ""
        out = []
        for href in re.findall(r"<d:href>(.*?)</d:href>", body):
            etag, data = self.items[href]
            if self.broken == "task":
                data = "BEGIN:VCALENDAR\r\nBEGIN:VTODO\r\nDUE:not a date\r\n"
            out.append(f"<{p}response><{p}href>{href}</{p}href><{p}propstat><{p}prop>"
                       f"<{p}getetag>{escape(etag)}</{p}getetag><{cal}calendar-data{ns}>"
                       f"{escape(data)}</{cal}calendar-data></{p}prop><{p}status>HTTP/1.1 200"
                       f" OK</{p}status></{p}propstat></{p}response>")
        return 207, self._wrap("".join(out))
