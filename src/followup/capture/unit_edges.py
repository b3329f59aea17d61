"""The words of a team or of the meeting at the edges of an employer's name (issue 23).
Pure: no I/O.

Whoever writes an invitation signs as a unit of the firm or names the meeting beside the
firm: "Team Recruitment Meridiaan", "Equipo de Selección Alba", "Parallax AI Interview",
"Kanto Denki 面接". The firm's own mail spells its name and not those words: where an address
of the file spells the rest of the name from its start and spells none of the words taken
off, the words are the unit's or the meeting's, not the firm's, in any language.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from followup.capture.org_domains import squash

# A team, a department or a function that writes for the firm, in the languages
# invitations come in (singular and plural, the short forms recruiters sign with).
TEAM = frozenset((
    # English
    "team", "teams", "recruiting", "recruitment", "talent", "acquisition", "hr", "people",
    "careers", "jobs", "hiring", "human", "resources", "culture", "staffing", "resourcing",
    # German, Dutch, Afrikaans
    "personalabteilung", "personalwesen", "recruiting-team", "personalteam",
    "werving", "personeelszaken", "selectie", "span", "menslike", "hulpbronne",
    # French, Spanish, Catalan, Portuguese, Italian, Romanian
    "équipe", "equipe", "recrutement", "rh", "ressources", "humaines", "talents", "equipo",
    "selección", "seleccion", "reclutamiento", "rrhh", "recursos", "humanos", "talento",
    "equip", "selecció", "humans", "equipa", "recrutamento", "seleção", "selecao",
    "selezione", "risorse", "umane", "personale", "recrutare", "resurse", "echipa",
    "echipă", "cariere",
    # Nordic, Baltic
    "rekruttering", "rekrytering", "rekrytointi", "tiimi", "henkilöstö", "ráðningar",
    "mannauður", "mannauðssvið", "värbamine", "personal", "meeskond", "personāla",
    "atlase", "atranka", "personalas", "komanda",
    # Central Europe, the Balkans, Hungary
    "rekrutacja", "kadry", "zespół", "nábor", "náboru", "tým", "tím", "personální",
    "personálne", "kadrovska", "kadrovska", "zaposlovanje", "zapošljavanje", "ljudski",
    "potencijali", "resursi", "toborzás", "csapat", "hr-csapat",
    # Greek, Cyrillic
    "προσλήψεις", "ομάδα", "подбор", "команда", "екип", "рекрутинг", "кадров", "персонала",
    # Türkiye, Hebrew, Arabic, Hindi
    "ik", "insan", "kaynakları", "ekip", "ekibi", "alım", "גיוס", "צוות", "التوظيف", "فريق",
    "भर्ती",
    # South-east Asia, East Africa
    "rekrutmen", "sdm", "tim", "perekrutan", "pengambilan", "tuyển", "dụng", "nhân", "sự",
    "ajira", "timu",
))
# the meeting's own nouns, written beside the firm's name in a title
MEETING = frozenset((
    "interview", "interviews", "gespräch", "vorstellungsgespräch", "bewerbungsgespräch",
    "entretien", "entrevue", "entrevista", "entrevistas", "colloquio", "intervista",
    "gesprek", "sollicitatiegesprek", "samtale", "jobsamtale", "intervju", "samtal",
    "haastattelu", "työhaastattelu", "viðtal", "intervjuu", "vestlus", "intervija",
    "pārrunas", "pokalbis", "interviu", "rozmowa", "pohovor", "razgovor", "interjú",
    "állásinterjú", "интервю", "συνέντευξη", "собеседование", "интервью", "співбесіда",
    "mülakat", "görüşme", "ראיון", "مقابلة", "साक्षात्कार", "इंटरव्यू", "wawancara",
    "onderhoud", "usaili", "mahojiano", "panayam", "phỏng", "vấn", "สัมภาษณ์",
    "面接", "面談", "面试", "面試", "면접", "인터뷰",
))
# the small words that join a unit to its firm ("Equipo de Selección de Alba")
_JOINS = frozenset(("de", "del", "da", "do", "di", "du", "des", "of", "at", "von", "van",
                    "bei", "chez", "der", "w", "v", "ve", "&", "and", "und", "et", "y", "e",
                    "i", "og", "och", "ja", "a", "-", "–", "|", ":", "·"))


def _unit(word: str, kinds: frozenset[str]) -> bool:
    return word.lower().strip(",:;()") in kinds or word in _JOINS


def edges_off(name: str, addresses: Sequence[str]) -> str:
    """The name less the team's words before it and the meeting's words after it, where an
    address spells the rest from its start and none of the words taken off; else the name."""
    words = name.split()
    lead = 0
    while lead < len(words) - 1 and _unit(words[lead], TEAM):
        lead += 1
    end = len(words)
    while end > lead + 1 and _unit(words[end - 1], MEETING | TEAM):
        end -= 1
    if (lead, end) == (0, len(words)):
        return name
    rest = words[lead:end]
    off = [w for w in (*words[:lead], *words[end:]) if w not in _JOINS]
    if not rest or not rest[0][:1].isupper() or not off or not any(
            not _unit(w, TEAM) for w in rest[:1]):
        return name
    core = squash(" ".join(rest))
    labels = [squash(a.rpartition("@")[2].split(".")[0]) for a in addresses if "@" in a]
    if len(core) >= 3 and any(x.startswith(core) and not any(
            squash(w) and squash(w) in x for w in off) for x in labels):
        return re.sub(r"^[\s,:;|–-]+|[\s,:;|–-]+$", "", " ".join(rest))
    return name

