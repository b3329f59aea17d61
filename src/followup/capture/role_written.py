"""The job's qualifiers, as a person reads them (pure; issue 23, the role): what a title
writes after the job's name (a dash's words, one bracketed word), the job as the description
writes it in full ("Senior SRE" → "Senior Site Reliability Engineer (Network Platforms)"),
and what is never the job's (a kind of interview, a day, a place of work, a reference, the
file's people or company, a person's own title)."""

from __future__ import annotations

import re

from followup.capture.lazy import lazy
from followup.capture.role_words import TITLES, names_kind, names_title, stage_spans, word_spans

# The job's own qualifier after its title, up to the word that ends it ("Data Engineer
# (Analytics Platform) role", "Category Buyer – Fresh Produce position", "Staff Engineer,
# Platform onsite", "poste de Product Manager – Paiements.").
QUALIFIER = r"(?:,[ \t]*(?-i:[A-Z])[\w&'’-]*(?:[ \t]+[\w&'’-]+){0,3}?|[ \t]*\([^()\n]{2,60}\))"
DASHED = r"[ \t]+[–—][ \t]+(?-i:[A-Z])[\w&'’-]*(?:[ \t]+[\w&'’-]+){0,3}?"

def theirs(text: str, at: int, people_names: list[str]) -> bool:
    """What is written at `at` is a person's own title: after their name on its line
    ("10:45 – 11:30  Fiona Reyes, Senior iOS Engineer – Pairing"), or on the line under their
    name that signs the message ("Erik Lindqvist\nClaims Director, Prairie Mutual")."""
    start = text.rfind("\n", 0, at) + 1
    line = text[start:at]
    above = text[:start].rstrip().rpartition("\n")[2]
    for name in people_names:
        words = [w for w in key_words(name) if len(w) > 2]
        if not words:
            continue
        # their name, then only a comma before it (a dash after a name heads the candidate's
        # own job: "Hiring manager interview for Sam Candidate – Senior Product Manager")
        if re.search(rf"\b{re.escape(words[-1])}\W{{0,2}}[ \t]*,[ \t]*$", line,
                     re.IGNORECASE) and set(words) <= set(key_words(line)):
            return True
        if not line.strip() and set(words) <= set(key_words(above)) and \
                len(key_words(above)) <= len(key_words(name)) + 1:
            return True
    return False


def key_words(text: str) -> list[str]:
    return [w for _, _, w in word_spans(text)]


# What ends a job's name: a word for the job or a kind of interview, the end of a line or a
# sentence, a separator of the title, "at" the company. A qualifier after a dash ends only at
# a word for the job or a sentence's end ("Product Manager – Paiements.", not "Revenue Cycle
# Analyst – HM Interview" or "Biologist – Sam Candidate").
_JOB_WORD = r"[ \t]+(?:role|position|opening|vacancy|job|posting|post|ポジション|职位)\b"
_ENDS_ROLE = (rf"(?={_JOB_WORD}|[ \t]+(?:interviews?|onsite|on-site|loop|panel|screen|call|chat|"
              r"round)\b|[ \t]*(?:$|[.!?](?:\s|$)|[|:]|\s+(?:at|@|with|bei|chez)\s)|"
              r"(?<=\))[ \t]+[-–—][ \t])")  # a bracket closed, then the title's dash
_ENDS_DASHED = rf"(?={_JOB_WORD}|[.!?](?:\s|$))"


# When a job's dashed qualifier in the title ends: the title's end or its next separator.
_TITLE_QUALIFIER = (r"[ \t]+[-–—][ \t]+([A-Z0-9][\w&'’/-]*(?:[ \t]+(?:&[ \t]+)?[\w'’/-]+|,[ \t]*"
                    r"[A-Z][\w'’-]*){0,4})(?=[ \t]*$|[ \t]*[|:(\[]|[ \t]+[-–—][ \t]|[ \t]+"
                    r"(?:@|at|with|w/|bei|chez)[ \t])")
CALENDAR_WORDS = frozenset(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                            "sunday", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "today",
                            "tomorrow", "january", "february", "march", "april", "june",
                            "july", "august", "september", "october", "november", "december",
                            "remote", "hybrid", "online", "zoom", "teams", "meet"))


# A qualifier ending in one of these says where the job is, not what it is ("Pharmacy Manager,
# Westgate branch", "Retail Operations Manager, Kailua-Kona store").
PLACES_OF_WORK = frozenset(("store", "branch", "office", "site", "campus", "location", "depot",
                            "warehouse", "outlet", "shop", "plant", "yard", "restaurant",
                            "hotel", "factory", "mill", "premises", "resort", "hospital",
                            "clinic", "school", "airport", "lodge", "casino", "mall",
                            "headquarters", "hq", "terminal", "facility", "center", "centre",
                            "roastery", "brewery", "bakery", "distillery", "winery", "farm",
                            "mine", "project", "station"))
# the same in the languages that write the place's word before its name ("Planta Nobsa",
# "Usine de Lyon", "Werk Ulm"); English writes "Site Reliability", "Store Operations" as units
PLACE_FIRST = frozenset(("hotel", "hôtel", "restaurante", "planta", "fábrica", "fabrica",
                         "sucursal", "tienda", "loja",
                         "usine", "werk", "filiale", "magasin", "fabriek", "vestiging"))


def placed_at(words: list[str]) -> bool:
    """A qualifier's words say where the job is: they end in a place of work ("Kailua-Kona
    store") or, in a language that writes it first, start with one ("Planta Nobsa")."""
    return bool(words) and (words[-1] in PLACES_OF_WORK or (
        words[0] in PLACE_FIRST and len(words) > 1))


def dashed_in_title(found: str, summary: str, noise: list[str], place: str,
                     description: str = "") -> str:
    """The job's qualifier after a dash in the title, to the title's end or next separator
    ("Registered Nurse – ICU, Nights", "Graduate Analyst - Pricing"): never a kind of
    interview, a day or a date, a way of meeting, the place, or a name of the file's people
    or company ("– Quill & Press Publishing", "- Sam Candidate"); the place only when the
    description does not write it so after the job too ("your interview for Store Manager –
    Kensington with …": the store the job is at)."""
    m = re.search(rf"(?<!\w){re.escape(found)}{_TITLE_QUALIFIER}", summary, re.IGNORECASE)
    if m is None:
        return found
    extra, words = m.group(1).strip(" ,"), key_words(m.group(1))
    written = " ".join(summary[m.start():m.start(1)].split()) + " " + extra
    placed = set(words) <= set(key_words(place)) and written not in " ".join(
        description.split())
    if names_kind(extra) or _CLIENT.search(summary[m.start(1):]) or any(
            n and (n.lower() in extra.lower() or extra.lower() in n.lower()) for n in noise):
        return found
    # the name a posting gives before its reference is the job's whole name ("interview for
    # Maintenance Planner – Fixed Plant (Job Requisition R-7731)"), a place's word in it too
    posted = re.search(rf"{_spaced(written)}[ \t]*\((?:job[ \t]+)?(?:req|requisition|ref|"
                       r"reference|posting|vacancy|job[ \t]+id)\b", description, re.IGNORECASE)
    if not posted and (set(words) & CALENDAR_WORDS or placed or placed_at(words)
                       or re.search(r"\d", _SHIFT.sub("", extra))):
        return found
    return summary[m.start():m.start(1)] + extra


# an ordinal before "shift" says when the job is worked ("2nd Shift"), not a day or a time
# and a level's number after its word ("– Tier 2", "(Band 5)", "– Grade 7")
_SHIFT = lazy(r"\b\d+(?:st|nd|rd|th)[ \t]+shifts?\b|\b(?:tier|level|grade|band|class)[ \t]*\d+"
              r"[a-z]?\b", re.IGNORECASE)
# a client the job is done for, after the dash: "– Client: Unilever", "– for Acme (client)",
# "– on behalf of Acme"
_CLIENT = lazy(r"^(?:(?:for|at|on behalf of)\b|(?:client|customer)s?\b[ \t]*(?:[:|–—-]|$)|"
               r"[^|–—]*\(clients?\))", re.IGNORECASE)


def _spaced(text: str) -> str:
    """A pattern for the text however it is spaced."""
    return r"\s+".join(re.escape(w) for w in text.split())


def bracketed_in_title(found: str, summary: str, noise: list[str], place: str) -> str:
    """One bracketed word after the job in the title is the job's own (its team, speciality
    or branch: "Acme | Data Scientist (Pricing)", "Interview – Senior Radiographer (CT)")
    when the employer is known and the word is not of its name or its initials
    ("Interview: Data Analyst (Northwind)" at Northwind Traders). Never a way of working, a
    day, the place or a name of the file's people."""
    m = re.search(rf"(?<!\w){re.escape(found)}[ \t]*\((\w[\w-]*)\)", summary, re.IGNORECASE)
    company = noise[0] if noise else ""
    if m is None or not company:
        return found
    word = m.group(1)
    initials = "".join(w[0] for w in company.split() if w[:1].isupper())
    if (stage_spans(word) or word.lower() in CALENDAR_WORDS or word.isdigit()
            or word.upper() == initials or word.lower() in key_words(place) or any(
                n and word.lower() in key_words(n) for n in noise)):
        return found
    return summary[m.start():m.end()]


def in_full(found: str, texts: str, noise: list[str], place: str) -> str:
    """The job with the qualifier the file writes after it, the longest written. Not a
    kind of interview ("Final Round"), a name of the file's people or company, the place,
    or one bracketed word ending the line, which is a place or a way of working more often
    than the job's ("(Galway)", "(Remote)")."""
    best = found
    where = set(key_words(place))
    for m in re.finditer(rf"(?<!\w){re.escape(found)}(?:({QUALIFIER}){_ENDS_ROLE}|"
                         rf"({DASHED}){_ENDS_DASHED})", texts, re.IGNORECASE | re.MULTILINE):
        extra = m.group(1) or m.group(2)
        words = key_words(extra)
        lone = re.fullmatch(r"\s*\(\w+\)", extra) and not re.match(_JOB_WORD, texts[m.end():])
        initials = all(len(w) == 1 for w in words)  # "– S. Candidate": a person's initial
        if stage_spans(extra) or lone or initials or set(words) & where or placed_at(words) or any(
                n and n.lower() in extra.lower() for n in noise) or (
                "(" not in extra and any(c.isdigit() for c in extra)):
            continue
        if len(found + extra) > len(best):
            best = found + extra
    return best.strip()


# A qualifier the description writes after the job's name, joined by a bracket, a comma, a
# dash, a bar, a colon or a slash: capitalised words or numbers ("(2–4 PQE)", ", Grade 3",
# "– Intensive Care", "| Credit Modelling", ": Payouts"), small joining words between them.
_CHUNK = (r"[A-Z0-9][\w&'’+–-]*(?:[ \t]+(?:(?:&|and|of|in|the|de|du|des|et|y|und|für)[ \t]+)?"
          r"[A-Z0-9][\w&'’+–-]*)*")
_TAIL = lazy(rf"[ \t]*\(([^()\n]{{1,50}})\)|(?:,[ \t]*|[ \t]+[-–—|][ \t]+|:[ \t]+|"
                   rf"[ \t]*/[ \t]*)({_CHUNK})")
# words that make a qualifier something else: a reference, a time, a way of working
_NOT_QUALIFIER = frozenset(("ref", "reference", "req", "requisition", "advt", "id", "no",
                            "am", "pm", "she", "her", "he", "him", "they", "them",
                            # the terms and the place of the work: "(home-based, Africa
                            # region)", "(2 yrs, fixed term)", "(20 hrs/wk)"
                            "based", "region", "yrs", "years", "hours", "hrs", "wk", "week",
                            "fte", "relocation", "travel"))
_TIME_OR_NUMBER = lazy(r"\d{1,2}[:.]\d{2}|\d{4,}|#")
# a year that says which cohort the job joins is the job's ("(2029 intake)", "(September
# 2028 start)", "(Class of 2030)"), not a reference number
_COHORT = lazy(r"\b(?:19|20)\d\d[ \t]+(?:intake|cohort|entry|start|graduates?)\b|"
                     r"\b(?:intake|cohort|entry|class[ \t]+of)[ \t]+(?:19|20)\d\d\b", re.I)
# a capitalised word just before the name makes it another job's ("Deputy Manager")
_ANOTHER_JOB = lazy(r"(?<![\w.])[A-Z][^\W\d_]*(?:[-'’][^\W\d_]+)*[ \t]+$")
# unless it is the word for a job itself, capitalised as German nouns are ("für die Position
# Senior Backend Engineer (Go)")
_JOB_NOUNS = frozenset(("position", "stelle", "rolle", "role", "post", "job", "funktion",
                        "vacancy", "vakanz", "positie", "functie",
                        # or a sentence's small word capitalised at its start ("The Data
                        # Engineer (Analytics Platform) role sits in …")
                        "the", "a", "an", "our", "your", "this", "for", "as", "re", "new"))


def qualifier(text: str, noise: list[str], place: str) -> bool:
    """A qualifier of the job's name ("Intensive Care", "Level B", "Cash & Liquidity"): not a
    kind of interview, a day or a date, a reference or a time, the place or the place of
    work, a name of the file's people or company."""
    words = key_words(text)
    where = set(key_words(place))
    return bool(words) and not (
        # a client ("Client: Network Rail") or a proper name of a place or a firm ("The Ivy
        # Chelsea Garden"), never a speciality
        set(words) <= {"client", "clients", "customer", "customers"} or words[0] == "the"
        or names_kind(text) or set(words) & (CALENDAR_WORDS | _NOT_QUALIFIER)
        or _TIME_OR_NUMBER.search(_COHORT.sub("", text)) or placed_at(words)
        or {w for w in words if not w.isdigit()} <= where
        or any(_names(n, words, i > 0) for i, n in enumerate(noise) if n))


def _names(name: str, words: list[str], person: bool) -> bool:
    """The words name the file's company (all its words) or one of its people (a word of
    their name)."""
    theirs = {w for w in key_words(name) if len(w) > 2} or set(key_words(name))
    return theirs <= set(words) or (person and bool(theirs & set(words)))


def _spelled(found: str) -> str:
    """A pattern for the job as the description may write it: spaced differently around a
    slash ("bookkeeper/office manager"), its abbreviations written out ("Senior SRE" →
    "Senior Site Reliability Engineer", "M&E Specialist" → "Monitoring & Evaluation
    Specialist", "Senior PM" → "Senior Product Manager")."""
    out = []
    for token in re.split(r"(\s+|\s*/\s*)", found):
        if not token.strip():
            out.append(r"\s+")
        elif token.strip() == "/":
            out.append(r"\s*/\s*")
        elif re.fullmatch(r"[A-Z]{2,4}|[A-Z]&[A-Z]", token):
            initials = [c for c in token if c != "&"]
            joint = r"\s*&\s*" if "&" in token else r"(?:,\s+|\s+)"
            words = [rf"{c}[a-z]+" for c in initials]
            # "MEL": "Monitoring, Evaluation & Learning": a list's last joined by "&" or "and"
            last = r"\s*&\s*" if "&" in token else r"(?:,?\s+(?:&|and)\s+|,\s+|\s+)"
            written = joint.join(words[:-1]) + last + words[-1]
            out.append(rf"(?:{re.escape(token)}|{written})")
        elif _CLIPPED.fullmatch(token) and token.lower() not in TITLES:
            # a word clipped to its first letters and consonants ("Ops" → "Operations",
            # "Mgr" → "Manager", "Sr" → "Senior", "Mktg" → "Marketing")
            letters = [re.escape(c) for c in token]
            out.append(rf"(?:{re.escape(token)}|(?=[a-z]{{{len(token) + 2},}})"
                       rf"{'[a-z]*'.join(letters)}[a-z]*)")
        else:
            out.append(re.escape(token))
    return "".join(out)


# a clipped word: a capital, then two or three letters with one vowel at most ("Ops", "Mgr",
# "Mktg", "Dev"), never a whole short word ("Data", "Lead", "Area")
_CLIPPED = lazy(r"(?-i:[A-Z])(?=[a-z]{1,3}$)(?![a-z]*[aeiou][a-z]*[aeiou])[a-z]+\.?")


def _placed(tail: re.Match[str], text: str, title: str) -> bool:
    """A qualifier that says where the job is: one followed by a place of work (", Kailua-Kona
    store"), or one bracketed word ending a line the title does not write ("(Galway)")."""
    # the next word, right after it ("Kailua-Kona store"; not "(Grants) - Office of …")
    after = key_words(m.group(1)) if (m := re.match(r"[ \t]+(\w+)", text[tail.end():])) else []
    line_end = not text[tail.end():].partition("\n")[0].strip()
    return bool(after and after[0] in PLACES_OF_WORK) or bool(
        tail.group(1) and " " not in tail.group(1).strip() and line_end
        and tail.group(0).strip().lower() not in title.lower())


# the words of a level, which a bracket may add to the job's name ("(Graduate)", "(Team Lead)")
_LEVELS = frozenset(("lead", "head", "senior", "junior", "graduate", "associate", "trainee",
                     "intern", "principal", "staff", "apprentice", "assistant", "deputy"))


def _another_name(bracketed: str) -> bool:
    """Words in brackets that name a job of their own are the job's other name, in another
    language or another firm's words ("Front of House Manager (Jefe/a de Sala)", "Support
    Engineer (Helpdesk Technician)"), not a qualifier of it."""
    words = key_words(bracketed)  # a grade's number is the job's ("(Clerk Grade 9/10)")
    return len(words) > 1 and not re.search(r"\d", bracketed) and any(
        names_title(w) and w not in _LEVELS for w in words)


def fullest(found: str, text: str, noise: list[str], place: str, title: str) -> str:
    """The job as the description writes it in full, from the title's name for it or from
    that name's head ("Associate, Corporate; 2-4 PQE" → "Associate (Corporate), 2–4 PQE")."""
    head = re.split(r"\s*[,;–—|:]\s*|\s+\(|\s+-\s+", found)[0]
    best = _written_out(found, text, noise, place, title) or (
        _written_out(head, text, noise, place, title) if head != found else "")
    # the lower-case words the title writes after it, to its end or next separator, are
    # still its own ("Chef de projet | Transformation digitale")
    more = re.search(rf"(?<!\w){re.escape(best)}((?:[ \t]+(?-i:[^\W\d_A-Z])[\w'’-]*)+)"
                     r"(?=[ \t]*$|[ \t]+[|–—-][ \t])", title) if best else None
    lower = more is not None and all(w[:1].islower() for w in more.group(1).split())
    return best + more.group(1) if more and lower and not stage_spans(more.group(1)) else best


def _written_out(found: str, description: str, noise: list[str], place: str,
                 title: str = "") -> str:
    """The job as the description writes it in full, the longest such: the name the title
    gives, written out, with its qualifiers ("Senior SRE" in the title, "Senior Site
    Reliability Engineer (Network Platforms)" in the text). "" when the description adds
    nothing to the name."""
    best = ""
    for m in re.finditer(rf"(?<![\w/]){_spelled(found)}(?![\w/])", description, re.IGNORECASE):
        if theirs(description, m.start(), noise[1:]):
            continue  # a person's own title ("Fiona Reyes, Senior iOS Engineer – Pairing")
        other = _ANOTHER_JOB.search(description, 0, m.start())
        if other and other.group(0).strip().lower() not in _JOB_NOUNS:
            continue  # "Deputy Manager" is not the "Manager" of the title
        end = m.end()
        # more of its words before the word for a job ("… - Behavioral Health Services
        # position")
        more = re.match(r"(?:[ \t]+[A-Z][\w&'’-]*){1,3}(?=[ \t]+(?:position|role|job|post|"
                        r"vacancy|opening)\b)", description[end:])
        end += more.end() if more and qualifier(more.group(0), noise, place) else 0
        while tail := _TAIL.match(description, end):
            if not qualifier(tail.group(1) or tail.group(2), noise, place) or _placed(
                    tail, description, title) or _another_name(tail.group(1) or ""):
                break
            end = tail.end()
        written = " ".join(description[m.start():end].split())
        if len(written) > len(best) and (end > m.end() or m.group(0) != found):
            best = written
    return best
