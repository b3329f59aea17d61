"""Issue 24: the tone check judges sentence by sentence, knows the families a coach flags and
their near misses, and starts fast. Development data only (the passes' development parts and
the retired held-out parts, bench/tone.py RETIRED): a held-out part still blind is scored by
bench/tone_heldout.py, never here."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from typing import Any

import pytest

from followup.messages.tone import ADVICE, check
from followup.messages.tone_text import body, sentences

BENCH = Path(__file__).resolve().parents[1] / "bench" / "tone.py"
_spec = importlib.util.spec_from_file_location("bench_tone_24", BENCH)
assert _spec and _spec.loader
bench = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = bench
_spec.loader.exec_module(bench)

NEAR = bench.load_near_misses()


def flagged(text: str) -> bool:
    return any(f.rule in ("M5", "T5") for f in check(text))


@pytest.mark.parametrize("row", NEAR, ids=[r.text[:40] for r in NEAR])
def test_the_issues_cases_and_near_misses(row: Any) -> None:
    """Each case of the issue, alone and inside each short email, behaves as described."""
    for text in [row.text, *(w.format(row.text) for w in bench.WRAPPERS)]:
        found = [f for f in check(text) if f.rule in ("M5", "T5")]
        assert bool(found) is row.bad, (text, found)


def test_a_warning_quotes_the_sentence_and_names_its_family() -> None:
    email = ("Dear Ms. Carter,\n\nI hope you are well. Thank you again for Tuesday.\n"
             "This is my final email; reply or lose me.\n\nBest regards,\nAlex")
    found = check(email)
    assert found and all(f.rule == "M5" for f in found)
    assert all(f.phrase in email for f in found)
    assert {f.category for f in found} <= {*ADVICE, "demand", "pushy", "guilt", "hostile"}
    salary = check("Thank you for meeting me; just to be clear, I won't consider anything "
                   "below $140,000.")
    assert [(f.category, f.suggestion) for f in salary] == [("salary", ADVICE["salary"])]
    assert salary[0].phrase.startswith("Thank you for meeting me")


def test_greeting_sign_off_signature_and_quotes_are_not_judged() -> None:
    reply = ("Hi Sam,\n\nThat works for me, thank you.\n\nKind regards,\nJordan Lee\n"
             "Data Analyst | 555 0100\n\nOn Mon, 3 Jun 2026 at 09:12, Sam Hill <sam@example.org> "
             "wrote:\n> Why haven't you answered?? This is your LAST CHANCE.\n")
    assert sentences(reply) == ["That works for me, thank you."]
    assert check(reply) == []
    quoted = "Thanks, I will be there.\n> You must respond by Friday or else.\n"
    assert check(quoted) == []
    # A closing that says something is kept and judged.
    assert flagged("Hi Carol,\nThanks for today, I had a great time!\nLove and kisses xx\nJess")


def test_a_greeting_cannot_dilute_a_bad_sentence() -> None:
    """The model scores each sentence; the message takes the worst one."""
    from followup.messages.tone_model import model

    bad = "I'll be calling you every morning until I get an answer."
    m = model()
    padded = ("Dear Dr. Novak,\n\nI hope you had a good weekend. It was lovely to meet the "
              f"team and to hear about the new reporting work. {bad}\n\nMany thanks,\nChris")
    assert m.worst(padded) == (m.sentence_probability(bad, frozenset({"thanks"})), bad) or \
        m.worst(padded)[1] == bad


@pytest.mark.parametrize(("text", "expected"), [
    ("Dear Ms. Carter,\n\nI hope you are well. X.\n\nBest regards,\nAlex",
     ["I hope you are well.", "X."]),
    ("hi. I demand an answer", ["hi.", "I demand an answer"]),
    ("Hello, it's Marcus again. Fourth call today.", ["it's Marcus again.", "Fourth call today."]),
    ("Dear Dr. Novak, e.g. this. And that!", ["e.g. this.", "And that!"]),
])
def test_sentences(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected
    assert body("Subject: Hello\nHi Jo,\nX.\nThanks,\nAna") == "X."


def test_the_development_corpus_is_three_passes_of_every_family() -> None:
    rows = bench.development()
    assert len(rows) >= 1600
    for fam in bench.FAMILIES:
        mine = [r for r in rows if r.family == fam]
        assert {r.label for r in mine} == {"bad", "fine"} and {r.form for r in mine} == {
            "sentence", "email"}


def test_the_development_corpus_is_caught_bare_and_in_an_email() -> None:
    """On the text the patterns were written and the model trained on (a floor, not a
    measure: the held-out figures are in the README)."""
    rows = bench.development()
    for these in (rows, bench.wrapped(rows)):
        t = bench.totals(bench.by_family(these))
        assert t["fp"] <= 0.02 * (t["fp"] + t["tn"]) and t["tp"] >= 0.95 * (t["tp"] + t["fn"])


# The weak families of the first round, as the phenomenon rather than the corpus's sentences
# (written from general knowledge for issue 24's second round): each bad one caught, each
# near miss left alone, alone and inside a short email.
GENERAL = [
    ("bad", "I expect a decision from you by Thursday at the latest."),
    ("bad", "Please confirm my offer by close of play tomorrow."),
    ("bad", "I need you to call me back this afternoon."),
    ("bad", "Kindly expedite my application."),
    ("bad", "Please move me straight to the final round."),
    ("fine", "Please feel free to call me any time today or tomorrow."),
    ("fine", "I'd like to withdraw my application, effective immediately."),
    ("fine", "Please let me know if you need anything else from me today."),
    ("fine", "I'll send the completed task by Friday, as agreed."),
    ("bad", "Thanks a bunch, you legend!"),
    ("bad", "We should grab a pint after work some time, my shout."),
    ("bad", "You looked amazing in that blue blazer, by the way."),
    ("bad", "Give me a shout if you ever want to go for a run together."),
    ("bad", "Your husband is a lucky man."),
    ("fine", "I hope your team's away day goes well this weekend."),
    ("fine", "Thanks for the lunch with the team, it was a great way to meet everyone."),
    ("fine", "I enjoyed hearing about your hiking trip to Snowdonia."),
    ("bad", "I've resigned from my current job so I'm free to start whenever you need me."),
    ("bad", "I assume the offer letter is on its way."),
    ("bad", "I'll see you all on Monday morning!"),
    ("bad", "Could you set up my company email address ahead of Monday?"),
    ("fine", "Now that I've accepted, could you tell me where to send my bank details?"),
    ("fine", "I enjoyed hearing about what the first week usually looks like for new starters."),
    ("bad", "The interviewer was twenty minutes late and didn't apologise."),
    ("bad", "I didn't appreciate being asked about my family plans."),
    ("bad", "Five rounds of interviews for a junior role seems excessive."),
    ("fine", "I was pleasantly surprised that the team is so international."),
    ("fine", "I'd have liked more time on the last question, so I've added a note here."),
    ("bad", "Clearly your team doesn't know what it's doing."),
    ("bad", "You'll regret this decision."),
    ("bad", "Well, that was a waste of an afternoon."),
    ("fine", "Congratulations on a great quarter, the results looked impressive."),
    ("fine", "I hope you're pleased with how the launch went."),
    ("fine", "Your talent team was very helpful throughout."),
    ("bad", "I'm so sorry I wasn't good enough; I know I let you all down."),
    ("fine", "Apologies, I attached the wrong file; here is the correct one."),
    ("bad", "I'll be calling reception tomorrow and the day after to check on my application."),
    ("fine", "I called reception to confirm the address for Thursday's interview."),
    ("bad", "This job means everything to me and I don't know how I'd cope without it."),
    ("fine", "This role means everything I hoped it would after hearing about the team."),
    ("bad", "Two other firms are interested, so whoever moves first wins me."),
    ("fine", "I'm grateful for the offer and happy to accept whatever start date works for you."),
    ("fine", "Could you please forward my thanks to the rest of the panel?"),
    ("fine", "I've attached the paragraph I mentioned, copied from my report."),
]


# Issue 24, fourth round: the weakest families of pass 5's held-out figures, as phenomena,
# written for this test (not corpus rows): each bad one caught, each near miss left alone,
# alone and inside a short email.
ROUND4 = [
    ("bad", "Thanks for the interview; I'd be keen to know what the annual bonus usually is."),
    ("bad", "It was great to meet you, and just checking that dental cover comes with the role."),
    ("bad", "Thank you for your time; I should mention I'm after at least £70k."),
    ("bad", "Thanks for Tuesday! Would you cover my train fares, and does the role pay overtime?"),
    ("fine", "Thank you for the offer; could you confirm the pension contribution before I sign?"),
    ("fine", "In answer to your question, my current base salary is £58,000."),
    ("fine", "Thanks for the interview; the payroll project sounds like a real challenge."),
    ("fine", "I'll touch base again next month, as you suggested."),
    ("bad", "Who will be my buddy in the first month?"),
    ("bad", "I've already announced my new job to my network."),
    ("bad", "Count me in for the summer party!"),
    ("bad", "I'll be giving my notice on Monday, so the timing works well."),
    ("fine", "If I'm offered the role, I'd need to give one month's notice."),
    ("fine", "See you on Thursday for the final interview."),
    ("fine", "I'd love to hear how new starters are usually supported."),
    ("bad", "Cheers for today, chief!"),
    ("bad", "Hey gorgeous, thanks for the chat yesterday."),
    ("bad", "You have such a lovely smile, by the way."),
    ("bad", "Are you seeing anyone at the moment?"),
    ("fine", "Thanks for showing me around the office on Tuesday."),
    ("fine", "I hope the team's charity run goes well this weekend."),
    ("bad", "The assessment day was chaotic from start to finish."),
    ("bad", "I found it odd that nobody had read my application."),
    ("fine", "The assessment day was long, but I enjoyed every part of it."),
    ("bad", "Sorry, I know I rambled and I answered the budget question so badly."),
    ("fine", "Sorry for the awkward timing of this email; here is the document you asked for."),
    ("bad", "Another agency seemed much keener, just so you know."),
    ("fine", "I'm interviewing elsewhere too, but your role is my first choice."),
]


@pytest.mark.parametrize(("label", "text"), GENERAL + ROUND4,
                         ids=[t[:40] for _, t in GENERAL + ROUND4])
def test_the_weak_families_as_phenomena(label: str, text: str) -> None:
    for wrapped in [text, bench.WRAPPERS[1].format(text)]:
        assert flagged(wrapped) is (label == "bad"), (wrapped, check(wrapped))


def test_no_pattern_keeps_an_unfilled_apostrophe_slot() -> None:
    """A pattern written with {_Q} or {q} outside an f-string or .replace() would look for the
    braces themselves and never match (three did, unnoticed)."""
    from followup.messages import tone, tone_families, tone_patterns

    patterns = [p for _, p, _ in (*tone._M5, *tone_patterns.MORE)]
    patterns += [v.pattern for m in (tone, tone_families, tone_patterns)
                 for v in vars(m).values() if isinstance(v, re.Pattern)]
    assert len(patterns) > 60
    assert [p[:60] for p in patterns if "{_Q}" in p or "{q}" in p] == []


def test_the_held_out_bench_scores_only_blind_parts(tmp_path: Path) -> None:
    """bench/tone_heldout.py finds every held-out part of a pass that is not retired (a new
    writer's pass is scored once its file is in the folder); development() reads no blind
    part."""
    spec = importlib.util.spec_from_file_location("bench_tone_heldout_24",
                                                  BENCH.parent / "tone_heldout.py")
    assert spec and spec.loader
    heldout = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(heldout)
    for name in ("pass1_heldout.tsv", "pass3_heldout.tsv", "pass9_heldout.tsv",
                 "pass12_heldout.tsv", "pass9_dev.tsv", "notes.tsv"):
        (tmp_path / name).write_text("", encoding="utf-8")
    assert [p.name for p in heldout.blind_parts(tmp_path)] == ["pass9_heldout.tsv",
                                                               "pass12_heldout.tsv"]
    assert set(bench.RETIRED) <= set(bench.PASSES)
    blind = {p.name for p in heldout.blind_parts()}
    assert not any(f"pass{p}_heldout.tsv" in blind for p in bench.RETIRED)


def test_the_older_development_part_is_still_caught() -> None:
    s = bench.score([(label, t) for label, _, t in bench.load_part("dev")])
    assert s["precision"] >= 0.97 and s["recall"] >= 0.85, (s["misses"], s["false_alarms"])


def test_the_regex_cache_rebuilds_what_re_compiles(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """The fast path keeps the patterns' compiled programs in the user's cache folder; what it
    loads back matches as re.compile would."""
    from followup.messages import tone_patterns
    from followup.store import regex_cache

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    patterns = [(p.lower(), 0) for _, p, _ in tone_patterns.MORE[:5]] + [(r"\bhi\b", re.I)]
    assert regex_cache.load() == {}
    regex_cache.save(patterns)
    assert regex_cache.path().stat().st_mode & 0o777 == 0o600
    loaded = regex_cache.load()
    assert set(loaded) == set(patterns)
    for (p, flags), compiled in loaded.items():
        plain = re.compile(p, flags)
        assert compiled.pattern == p and compiled.flags == plain.flags
        for text in ("forever and a day", "HI there", "i'm done waiting", "nothing here"):
            assert bool(compiled.search(text)) == bool(plain.search(text))
    regex_cache.path().write_bytes(b"not a cache")
    assert regex_cache.load() == {}  # a bad file is ignored, then rebuilt


def test_check_on_standard_input_takes_the_fast_path(tmp_path: Path) -> None:
    """`followup check -` answers without the Typer app, fills the pattern cache (0600) on its
    first run and uses it on the next, with the same output either way."""
    import json
    import os
    import subprocess

    src = Path(__file__).resolve().parents[1] / "src"
    env = {**os.environ, "PYTHONPATH": str(src), "XDG_CACHE_HOME": str(tmp_path)}
    letter = "Dear Jo,\n\nThis is my final email; reply or lose me.\n\nBest,\nAna\n"
    runs = [subprocess.run([sys.executable, "-m", "followup", "check", "-"], input=letter,
                           capture_output=True, text=True, env=env, timeout=60)
            for _ in range(2)]
    assert [r.returncode for r in runs] == [1, 1] and runs[0].stdout == runs[1].stdout
    assert "lose me" in runs[0].stdout and runs[0].stderr == ""
    cache = tmp_path / "followup" / "tone-patterns.bin"
    assert cache.stat().st_mode & 0o777 == 0o600
    clean = subprocess.run([sys.executable, "-m", "followup", "check", "-", "--json"],
                           input="Thank you for your time on Monday.\n", capture_output=True,
                           text=True, env=env, timeout=60)
    assert clean.returncode == 0 and json.loads(clean.stdout) == {"clean": True, "findings": []}


def test_an_endearment_in_the_greeting_counts_and_a_long_greeting_is_not_one() -> None:
    """The greeting is not judged as a sentence, but "Hey buddy," is familiar; and a first line
    that runs on past a name ("Hi again — it's been two hours since…") is a sentence."""
    from followup.messages.tone_text import greeting

    found = check("Hey buddy,\n\nAny news on the job yet?\n\nCheers,\nSam")
    assert [f.category for f in found] == ["familiar"] and found[0].phrase == "Hey buddy,"
    assert check("Hi Sam,\n\nAny news on the analyst role?\n\nBest,\nJo") == []
    text = "Hi again — it's been two hours since my last message, did you see it?"
    assert greeting(text) == "" and sentences(text) == [text]
    assert flagged(text)
