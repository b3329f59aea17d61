"""A new user's whole search in the browser, at a phone size (390x844) and a laptop size
(1366x768): add interviews, Today (done, snooze, skip, undo), log a reply, the journal,
edit, the board (move a card, search, the table), delete and undo, a draft, settings.

On every page it reaches it looks for what issue 14 forbids: a command-line flag in the
words on the screen, a page wider than the screen, a tap target under 44 px (on the phone),
and a dead end (an error page, or a page with no way back to Today). It prints what it
found and exits 1 if anything was.

Run from the repository root with the project's virtualenv (needs Debian's chromium and
the `playwright` package; every request goes to 127.0.0.1):

    .venv/bin/python bench/web_walk.py [--shots DIR]
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from web_load import Server  # noqa: E402  (the same `followup web` child process)

CHROMIUM = "/usr/bin/chromium"
SIZES = {"phone": {"width": 390, "height": 844}, "laptop": {"width": 1366, "height": 768}}
FLAG = re.compile(r"(?<![\w-])--[a-z][a-z-]+")
TAP_TARGETS = """() => Array.from(document.querySelectorAll(
  'a, button, summary, select, input:not([type=hidden]), textarea, label.choice'))
  .filter(e => { const r = e.getBoundingClientRect();
                 return r.width > 0 && r.height > 0 && r.right > 0; })
  .filter(e => e.getBoundingClientRect().height < 44)
  .map(e => e.tagName + ' "' + (e.textContent || e.name || '').trim().slice(0, 30) + '" '
       + Math.round(e.getBoundingClientRect().height) + 'px')"""


class Walk:
    def __init__(self, page: Any, size: str, shots: Path | None) -> None:
        self.page, self.size, self.shots = page, size, shots
        self.found: list[str] = []
        self.seen = 0

    def check(self, name: str) -> None:
        """Everything a new user could trip on, on the page as it is now."""
        page = self.page
        page.wait_for_load_state()
        self.seen += 1
        where = f"{self.size} {name} ({page.url.split('//', 1)[-1].split('/', 1)[-1] or '/'})"
        words = page.inner_text("body")
        for flag in sorted(set(FLAG.findall(words))):
            self.found.append(f"{where}: shows the command-line flag {flag}")
        wide = page.evaluate("document.documentElement.scrollWidth")
        if wide > page.viewport_size["width"]:
            self.found.append(f"{where}: {wide} px wide on a {page.viewport_size['width']} "
                              "px screen")
        if self.size == "phone":
            for small in page.evaluate(TAP_TARGETS):
                self.found.append(f"{where}: tap target {small}")
        if page.locator(".error-page").count():
            self.found.append(f"{where}: an error page: {words[:160]!r}")
        if not page.get_by_role("navigation", name="Main").count():
            self.found.append(f"{where}: no way back (the main navigation is missing)")
        if self.shots is not None:
            self.shots.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(self.shots / f"{self.size}-{self.seen:02d}-{name}.png"),
                            full_page=True)


def add_interview(page: Any, url: str, company: str, role: str, person: str) -> None:
    page.goto(url + "/applications/new")
    page.fill("#f-company", company)
    page.fill("#f-role", role)
    page.fill("#f-interviewed", "2026-11-23T10:00")
    page.fill("#f-with", person)
    page.get_by_role("button", name="Record it and make the plan").click()
    page.wait_for_url(re.compile(r"/applications/\d+\?added=1$"))


def walk(browser: Any, url: str, size: str, shots: Path | None) -> Walk:
    context = browser.new_context(viewport=SIZES[size])
    page = context.new_page()
    w = Walk(page, size, shots)
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(url + "/")
    w.check("today-empty")
    page.goto(url + "/applications/new")
    w.check("add")
    page.get_by_role("button", name="Record it and make the plan").click()  # nothing filled
    w.check("add-with-nothing-filled")
    add_interview(page, url, f"Acme {size}", "Data Analyst", "Jane Doe <jane@acme.example>")
    w.check("plan")
    add_interview(page, url, f"Globex {size}", "Engineer", "Raj Patel <raj@globex.example>")
    add_interview(page, url, f"Initech {size}", "Analyst", "Bill Lum <bill@initech.example>")
    app_id = int(re.search(r"/applications/(\d+)", page.url).group(1))  # type: ignore[union-attr]

    # Today: done (htmx), undo, snooze with a reason, skip
    page.goto(url + "/")
    w.check("today")
    page.locator("article.step").first.get_by_role("button", name="Mark done").click()
    page.wait_for_selector("article.step--done")
    w.check("today-done")
    page.get_by_role("button", name="Undo").click()  # on the card that was just done
    page.wait_for_selector(".flash--ok")
    w.check("undone")
    page.goto(url + "/")
    card = page.locator("article.step").first
    card.locator("summary").click()
    card.locator("input[name=until]").fill("2026-11-28")  # a Saturday
    card.locator("input[name=reason]").fill("waiting for their answer")
    with page.expect_response(re.compile(r"/snooze$")):
        card.get_by_role("button", name="Snooze").click()
    w.check("snooze-refused")
    page.goto(url + "/")
    card = page.locator("article.step").first
    card.locator("summary").click()
    card.locator("input[name=until]").fill("2026-11-30")
    card.locator("input[name=reason]").fill("waiting for their answer")
    with page.expect_response(re.compile(r"/snooze$")):
        card.get_by_role("button", name="Snooze").click()
    w.check("snoozed")
    page.goto(url + "/")
    card = page.locator("article.step").first
    card.locator("summary").click()
    with page.expect_response(re.compile(r"/skip$")):
        card.get_by_role("button", name="Skip this step").click()
    w.check("skipped")

    # one application: log a reply, the journal, a new round, a draft
    page.goto(f"{url}/applications/{app_id}")
    w.check("application")
    page.get_by_label("What they said").fill("They will decide next week.")
    page.get_by_role("button", name="Log the reply").click()
    page.wait_for_selector(".flash--ok")
    w.check("reply-logged")
    page.locator("textarea[name=note]").fill("Ask about the team's roadmap next time.")
    page.get_by_role("button", name="Add to the journal").click()
    page.wait_for_selector(".flash--ok")
    w.check("journal")
    page.goto(f"{url}/applications/{app_id}/interviews/new")
    w.check("new-round")
    page.goto(f"{url}/applications/{app_id - 1}")
    draft = page.get_by_role("link", name="Read the draft")
    if draft.count():
        draft.first.click()
        w.check("draft")

    # edit, then delete with confirmation and undo it
    page.goto(f"{url}/applications/{app_id}/edit")
    w.check("edit")
    page.get_by_label("Role").fill("Senior Analyst")
    page.get_by_role("button", name="Save the changes").click()
    page.wait_for_selector(".flash--ok")
    w.check("edited")
    page.goto(f"{url}/applications/{app_id}/delete")
    w.check("delete")
    page.get_by_role("button", name="Yes, delete it").click()
    page.wait_for_selector(".flash--ok")
    w.check("deleted")
    if page.get_by_role("button", name="Undo").count():
        page.get_by_role("button", name="Undo").click()
        page.wait_for_selector(".flash--ok")
        w.check("delete-undone")

    # the board: search, move a card, the table
    page.goto(url + "/pipeline")
    w.check("board")
    page.get_by_label("Search by company, role or interviewer").fill("patel")
    page.get_by_role("button", name="Search").click()
    page.wait_for_url(re.compile(r"q=patel"))
    w.check("search")
    cards = page.locator("article.board-card")
    if cards.count():
        cards.first.get_by_label("What happened?").select_option("offer")
        cards.first.get_by_role("button", name="Move").click()
        page.wait_for_selector(".flash--ok")
        w.check("moved")
    page.goto(url + "/pipeline?view=table&sort=company")
    w.check("table")

    # the rest of the app
    for name, path in (("settings", "/settings"), ("inbox", "/inbox"),
                       ("today-all", "/?page=1"), ("missing", "/applications/999")):
        page.goto(url + path)
        if name != "missing":
            w.check(name)
        elif not page.get_by_role("navigation", name="Main").count():
            w.found.append(f"{size} missing: the not-found page has no way back")
    context.close()
    w.found += [f"{size}: script error {e}" for e in errors]
    return w


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--shots", type=Path, help="save a screenshot of every page here")
    args = ap.parse_args(argv)
    from playwright.sync_api import sync_playwright

    found: list[str] = []
    with tempfile.TemporaryDirectory(prefix="followup-walk-") as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM,
                                    args=["--headless", "--no-sandbox", "--disable-gpu"])
        server = Server(Path(tmp) / "followup.db", Path(tmp) / "config")
        try:
            server.wait()
            for size in SIZES:
                w = walk(browser, f"http://127.0.0.1:{server.port}", size, args.shots)
                print(f"{size}: {w.seen} pages checked, {len(w.found)} findings")
                found += w.found
        finally:
            server.stop()
            browser.close()
    for line in found:
        print(" -", line)
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main())
