"""The writer closing the list of people the candidate meets with "and I" / "and me", in any
language (issue 23, session 18): "Aanwezig zijn Ruud Kramer (teamleider) en ik.", "Je praat
met Marco Pranger (Manager Supply Chain) en mij.", "Vous rencontrerez Antoine Leclerc,
directeur scientifique, et moi-même." Whoever writes "X and I" of a meeting is in it.

Why it holds for any invitation: a list of those present that ends with the first person is
the writer counting themself; the pronoun ends the list, so it ends the clause (a stop, a
comma, a colon, a line's end, after at most
the verb a language writes last), which keeps out "and I look forward to …". A role may stand
between the name and the pronoun, in brackets or between commas.
Pure: a pattern string that writer_present.WRITER_IN_IT takes in.
"""

from __future__ import annotations

from followup.capture.names import UPPER

# "and" + the first person, subject or object form, as a recruiter writes it in each language.
AND_ME = (
    "and me", "and myself", "and I",                                   # English
    "und mich", "sowie mir", "sowie ich",                              # German (*)
    "et moi", "et moi-même", "ainsi que moi", "ainsi que moi-même",    # French
    "y yo", "y conmigo", "y a mí", "y un servidor", "y una servidora",  # Spanish
    "i jo", "i amb mi", "i a mi",                                      # Catalan
    "e eu", "e comigo", "e a mim", "e mim",                            # Portuguese
    "e io", "e me", "e con me", "e me stessa", "e me stesso",          # Italian
    "en ik", "en mij", "en mijzelf", "en mezelf", "en met mij",        # Dutch
    "og jeg", "og mig", "og meg", "og mig selv", "og meg selv",        # Danish, Norwegian
    "och jag", "och mig", "och mig själv",                             # Swedish
    "og ég", "og mér",                                       # Icelandic
    "ja minä", "ja minut", "ja minun kanssani", "sekä minä", "ja mina", "ja minuga",  # fi, et
    "un es", "un mani", "un ar mani",                                  # Latvian
    "ir aš", "ir mane", "ir su manimi",                                # Lithuanian
    "i ja", "i mną", "i ze mną", "i mnie", "oraz ja", "oraz ze mną",   # Polish
    "a já", "a mnou", "a se mnou", "a mě", "a ja", "a so mnou", "a mňa",  # Czech, Slovak
    "in jaz", "in mene", "in z mano", "i mene", "i sa mnom",  # sl, hr/sr/bs
    "és én", "és velem", "valamint én", "valamint velem",              # Hungarian
    "și eu", "și cu mine", "și mine", "şi eu", "şi cu mine",           # Romanian
    "и аз", "и мен", "и с мен",                                        # Bulgarian
    "и я", "и мной", "и со мной", "и меня",                            # Russian
    "і я", "та я", "і мною", "і зі мною", "і мене",                    # Ukrainian
    "και εγώ", "κι εγώ", "και εμένα", "και με μένα",                   # Greek
    "ve ben", "ve benimle", "ile ben",                                 # Turkish
    "dan saya", "dan aku", "serta saya",                               # Indonesian, Malay
    "và tôi", "at ako", "na mimi", "en ek", "en my",                   # vi, tl, sw, af
    "aur main", "aur mein", "aur mai", "और मैं", "और मुझसे",             # Hindi
)
# (*) German "und ich", "und mir" are left to writer_present's name-beside-pronoun form: with
# a role in brackets between them they cost one development letter we did not read.
# Scripts without capitals: the conjunction is joined to the pronoun or stands after any word.
_UNCASED = ("ואני", "ואיתי", "وأنا", "ومعي", "และฉัน", "และผม", "และดิฉัน", "和我", "与我",
            "與我", "及我", "と私", "と僕", "そして私", "그리고 저", "그리고 제가")


def _alternatives(words: tuple[str, ...]) -> str:
    """The words as one alternation, longest first and then in their own order: the same
    pattern in every process (a set's order is not, and a pattern kept between runs is
    looked up by its text)."""
    return "|".join(w.replace(" ", r"\s+") for w in
                    sorted(dict.fromkeys(words), key=len, reverse=True))


# A name (a capitalised word), maybe its role in brackets or between commas, then "and I".
_NAME = rf"(?-i:[{UPPER}])[\w'’.-]+"
_ROLE = r"(?:\s*\([^()\n]{1,60}\)|\s*,[^,.;:\n]{1,60},)?"
# … then the clause ends, maybe after the verb a language puts last ("und ich teil", "en
# ik aanwezig", "ve ben olacağız", "aur main rahenge"): at most two words.
_END = r"(?=(?:[ \t]+[^\W\d_]+){0,2}\s*(?:[.;:!)]|\n|$)|\s*,)"
LISTED_LAST = (rf"{_NAME}{_ROLE}\s+(?:{_alternatives(AND_ME)}){_END}|"
               rf"\w\s*(?:{_alternatives(_UNCASED)})\s*(?=[。.,，、;；:：!！)\n]|です|입니다|$)")
