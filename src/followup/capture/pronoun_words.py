"""A personal pronoun is no one's name and no employer's (issue 23). Pure.

A reader that takes a capitalised word for the employer meets the pronoun that starts a
sentence: "They are hiring a manager", "Sie suchen …", "Ellos buscan …", "Oni hledají …".
Every language writes the people spoken of, and the speakers, with a handful of words; one
of them alone, written as a word of a sentence (capitalised or small, never in capitals as
an acronym is: "IT"), names nobody. Words that are also a common brand or a preposition
alone ("On", "Elle", "De", "O") are left out.
"""

from __future__ import annotations

PRONOUNS = frozenset((
    # English, German, French, Spanish, Catalan, Portuguese, Italian
    "they", "we", "he", "she", "you", "i",
    "sie", "wir", "er", "es", "ihr", "du",
    "ils", "elles", "nous", "vous", "il",
    "ellos", "ellas", "nosotros", "nosotras", "ustedes", "usted", "él", "ella",
    "ells", "nosaltres", "vostès",
    "eles", "elas", "nós", "vocês", "você", "ele", "ela",
    "loro", "noi", "voi", "lui", "lei",
    # Dutch, Afrikaans, Danish, Norwegian, Swedish, Icelandic, Finnish, Estonian
    "zij", "wij", "hij", "jullie", "ze",
    "hulle", "ons", "hy", "sy",
    "vi", "hun", "dere", "hon", "ni", "dem",
    "þeir", "þær", "við", "hann", "hún",
    "hän", "me", "te",
    "nad", "meie", "tema",
    # Latvian, Lithuanian, Polish, Czech, Slovak, Slovenian, Croatian/Serbian/Bosnian
    "viņi", "mēs", "viņš", "viņa",
    "jie", "mes", "jis", "ji", "jos",
    "oni", "one", "my", "ona", "wy", "ony", "vy", "mi", "ono",
    # Hungarian, Romanian, Turkish
    "ők", "ő", "ti", "ei", "ele", "noi", "ea",
    "onlar", "biz", "siz",
    # Bulgarian, Greek, Russian, Ukrainian
    "те", "ние", "той", "тя", "вие",
    "αυτοί", "εμείς", "αυτός", "αυτή", "εσείς",
    "они", "мы", "он", "она", "вы",
    "вони", "ми", "він", "вона", "ви",
    # Hebrew, Arabic, Hindi (Latin and Devanagari)
    "הם", "הן", "אנחנו", "הוא", "היא",
    "هم", "نحن", "هو", "هي",
    "ve", "hum", "vah", "woh", "वे", "हम", "वह",
    # Indonesian/Malay, Vietnamese, Thai, Tagalog, Swahili
    "mereka", "kami", "kita", "beliau",
    "họ", "chúng tôi", "anh ấy", "chị ấy",
    "พวกเขา", "เรา", "เขา",
    "sila", "tayo", "siya",
    "wao", "sisi", "yeye",
    # Japanese, Korean, Chinese (simplified and traditional)
    "彼ら", "私たち", "彼", "彼女",
    "그들", "우리", "그녀",
    "他们", "我们", "他們", "我們", "他", "她",
))


def is_pronoun(name: str) -> bool:
    """The whole name is a personal pronoun as a sentence writes it ("They", "Ellos",
    "Они"), not in capitals as an acronym ("IT", "HE" for higher education)."""
    text = name.strip(" .,;:!?\"'")
    if not text or (text.isupper() and len(text) > 1):
        return False
    return text.casefold() in PRONOUNS
