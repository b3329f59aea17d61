"""capture.lazy: a module-level pattern is compiled at its first use, and behaves as compiled."""

from __future__ import annotations

import re
import subprocess
import sys

from followup.capture.lazy import lazy


def test_a_lazy_pattern_behaves_as_the_compiled_one() -> None:
    pat = lazy(r"(?P<who>[A-Z]\w+) will (?:join|meet)", re.IGNORECASE)
    assert pat.pattern == r"(?P<who>[A-Z]\w+) will (?:join|meet)"  # the source, uncompiled
    m = pat.search("Then Wanjiru will JOIN you")
    assert m is not None and m.group("who") == "Wanjiru"
    assert pat.sub("x", "Ana will meet") == "x"
    assert pat.flags & re.IGNORECASE
    assert [m.group(1) for m in pat.finditer("Ana will join, Bo will meet")] == ["Ana", "Bo"]
    assert m.re.pattern == pat.pattern  # a match's pattern is the compiled one, never `is` the lazy


def test_importing_the_capture_readers_compiles_none_of_their_patterns() -> None:
    code = ("import re, sys\n"
            "seen = []\n"
            "real = re.compile\n"
            "def spy(p, flags=0):\n"
            "    f = sys._getframe(1)\n"
            "    if f.f_code.co_name == '<module>' and "
            "f.f_globals.get('__name__', '').startswith('followup.capture.'):\n"
            "        seen.append(f.f_globals['__name__'])\n"
            "    return real(p, flags)\n"
            "re.compile = spy\n"
            "import followup.capture.apply, followup.capture.people, followup.capture.employer\n"
            "print(sorted(set(seen)))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    # only the one bytes pattern of the invitation splitter is compiled at import
    assert out.stdout.strip() in ("[]", "['followup.capture.invitations']"), out.stdout


def test_character_references_are_read_and_plain_text_is_left_alone() -> None:
    from followup.capture.spelling import characters

    assert characters("Pike &amp; Rowan, Caf&eacute; &#8211; Leeds") == "Pike & Rowan, Café – Leeds"
    assert characters("Pike & Rowan") == "Pike & Rowan"  # no reference: nothing to read
    assert characters("R&D; Ops") == "R&D; Ops"  # not a known reference: left as written
