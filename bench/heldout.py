"""The release check of the held-out figures (issue 21): run once per release, never by the
default test run, so that a held-out part stays held out.

    python bench/heldout.py

Scores the tone check (bench/tone_heldout.py), the reply reader on the blind part
`tests/fixtures/replies/heldout2` and the invitation reader on `tests/fixtures/invites/heldout`,
and compares the totals with the floors reported in bench/README.md. It prints the totals only
(never a miss or a false alarm, so nobody tunes on one) and exits 1 when a figure fell below
its floor. The development parts are checked by the test suite (tests/test_tone.py,
tests/test_capture_replies.py).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent


def _bench(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"bench_{name}", HERE / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def tone() -> list[str]:
    """Tone (M5, T5): bench/tone_heldout.py prints its held-out figures (the blind held-out
    parts of the tone corpus, totals per family); the figures shipped are in bench/README.md."""
    _bench("tone_heldout").main()
    return []


def capture() -> list[str]:
    """Replies (the blind part, second scoring) and invitations, as reported."""
    ev = _bench("capture_eval")
    r = ev.replies("heldout2", False)
    i = ev.invitations("heldout", False)
    print(f"replies, held out: {r['replies']:.0f} messages, {r['dated']:.0f} dated; outcome "
          f"precision {r['precision']:.3f}, recall {r['recall']:.3f}; dates exact "
          f"{r['dates_exact']:.3f}")
    print(f"invitations, held out: {i['invitations']:.0f} files, {i['right']:.3f} right")
    failed = []
    if (r["replies"], r["dated"], i["invitations"]) != (322, 144, 26):
        failed.append("capture: the held-out parts changed size (they are written once)")
    floors = (("outcome precision", r["precision"], 1.0), ("outcome recall", r["recall"], 0.903),
              ("dates exact", r["dates_exact"], 0.972), ("invitations right", i["right"], 1.0))
    failed += [f"capture: {what} {got:.3f} below the reported {floor}"
               for what, got, floor in floors if round(got, 3) < floor]
    return failed


def main() -> int:
    failed = tone() + capture()
    for line in failed:
        print(f"FAIL {line}")
    print("held-out figures: " + ("below what was reported" if failed else "as reported"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    raise SystemExit(main())
