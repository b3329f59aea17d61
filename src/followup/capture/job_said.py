"""A name a sentence writes as the job is no employer's (issue 23). Pure: no I/O.

An invitation's title often joins the job and the firm with a dash ("Intervju Havbruksbiolog
– Havbris Marine"), and which piece is which is not in the title. The letter says it: the
job is what it calls the position ("søknaden din på stillingen som Havbruksbiolog", "your
application for the role of Buyer", "la candidature au poste de Caviste", "X pozisyonu
için"). Every language has a noun for the position and a small word that joins the job to
it; the name written right there is the job, whichever piece of the title it was.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# the position's noun and its joining word, before the job, in the languages invitations
# come in (singular, definite and inflected forms as letters write them)
_BEFORE = (
    r"(?:position|role|job|post|vacancy|opening)(?:[ \t]+(?:of|as))?|"  # English
    r"(?:stelle|position|rolle)[ \t]+als|"  # German
    r"(?:functie|vacature|rol)(?:[ \t]+(?:van|als))?|(?:pos|posisie)[ \t]+as|"  # Dutch, Afr.
    r"(?:poste|emploi|fonction)[ \t]+(?:de[ \t]+|d['’])|"  # French
    r"(?:puesto|cargo|vacante|plaza|posición|lloc|plaça|vaga|função|posição)[ \t]+de|"
    r"(?:posizione|ruolo|posto)[ \t]+(?:di|da)|"  # Italian
    r"(?:stillingen|stilling|jobbet|rollen|tjänsten|tjänst|starfið|starfi)[ \t]+(?:som|sem)|"
    r"(?:ametikohale|ametikoht|positsioonile|amatam|amatu|pareigoms|pareigas)|"  # Baltic
    r"(?:stanowisko|stanowiska|stanowisku|pozice|pozici|pozícia|pozíciu|pozíciou)|"
    r"(?:delovno[ \t]+mesto|radno[ \t]+mjesto|radno[ \t]+mesto|poziciju|pozicija)|"
    r"(?:postul|poziția|pozitia|rolul)[ \t]+de|"  # Romanian
    r"(?:позиция|позицию|позиции|должность|вакансию|вакансия|посаду|посада|позиція)|"
    r"(?:θέση)|(?:משרת|לתפקיד|תפקיד)|(?:وظيفة|لوظيفة|منصب)|"  # Greek, Hebrew, Arabic
    r"(?:posisi|jawatan|lowongan)(?:[ \t]+sebagai)?|vị[ \t]+trí|posisyon(?:[ \t]+bilang)?|"
    r"nafasi[ \t]+ya|ตำแหน่ง|職位|职位|岗位|포지션")
# the noun after the job, where the language puts it there ("X pozisyonu", "X pozícióra",
# "X-tehtävään", "X職", "X 직무")
_AFTER = (r"(?:pozisyonu|pozisyonuna|pozisyonu[ \t]+için|pozícióra|pozíció|munkakörre|"
          r"-?tehtävään|-?tehtävä|職|직무|직)")


def said_as_job(name: str, texts: Sequence[str]) -> bool:
    """A sentence of the file writes `name` as the position it is about."""
    if not name.strip():
        return False
    n = re.escape(name.strip())
    before = re.compile(rf"(?<!\w)(?:{_BEFORE})[ \t]*[«\"“„']?{n}(?![\w&])", re.IGNORECASE)
    after = re.compile(rf"(?<![\w&]){n}[»\"”']?[ \t]*(?:{_AFTER})(?!\w)", re.IGNORECASE)
    return any(before.search(t) or after.search(t) for t in texts)
