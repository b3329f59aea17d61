"""People a letter says will be there too with the verb before the name, as Portuguese,
Spanish, French and Italian write it (issue 23): "Vai estar também a Inês, que gere a loja",
"Va a estar también Facundo, el jefe de cocina", "Sera aussi présente Mme Roux", "Also
joining us will be Priya". A seat of their own in the talk, like "X will sit in"
(capital-first name after, an article allowed before it). Pure."""

from __future__ import annotations

from collections.abc import Sequence

from followup.capture.booked_for import booked_for
from followup.capture.calls_you import calls_you
from followup.capture.drop_ins import drop_ins
from followup.capture.forwarder import forwarder
from followup.capture.lazy import lazy
from followup.capture.mentions import Mention
from followup.capture.met_said import met_said
from followup.capture.names import UPPER
from followup.capture.panel_prose import panel_prose
from followup.capture.person_shape import looks_like_person
from followup.capture.present_list import present_list

_NAME = rf"([{UPPER}][\w'’-]+(?:[ \t]+[{UPPER}][\w'’-]+){{0,2}})"
_TOO = r"(?:também|también|aussi|également|anche|presente|présente?|là)"
# … who they are to the writer, before the name ("Ci sarà anche mia figlia Francesca",
# "Estará también mi socio Andrés", "Sera aussi présente ma collègue Léa")
_KIN = (r"(?:(?i:my|mia|mio|mi|ma|mon|minha|meu|meine|mein|la mia|il mio|a minha|o meu)\s+"
        r"(?i:daughter|son|wife|husband|partner|business partner|brother|sister|colleague|"
        r"figlia|figlio|moglie|marito|socio|socia|fratello|sorella|collega|hija|hijo|esposa|"
        r"esposo|hermana|hermano|compañer[ao]|colega|fille|fils|femme|mari|associée?|sœur|"
        r"frère|collègue|filha|filho|marido|irmã|irmão|sócia|sócio|tochter|sohn|frau|mann|"
        r"partnerin|bruder|schwester|kollegin|kollege),?\s+)?")
VERB_FIRST = lazy(
    r"(?i:\b(?:(?:vai|irá|va\s+a|van\s+a)\s+estar|estará|estarán|estarà|sarà|sera|seront)"
    rf"(?:\s+{_TOO}){{1,2}}|\b(?:also\s+joining(?:\s+us)?\s+(?:will\s+be|is)|"
    r"joining\s+us\s+(?:also\s+)?will\s+be))"
    rf"\s+(?:(?:a|o|la|el|le|il|Mme|M\.|Mrs\.?|Ms\.?|Mr\.?)\s+)?{_KIN}{_NAME}")
_NOT = frozenset(("zoom", "teams", "google", "meet"))


def present_too(text: str, found: Sequence[Mention]) -> list[Mention]:
    """Each person the text says will also be there, the verb first, whom no mention the
    text already gives names (their seat is read where they are)."""
    known = {w.lower() for m in found for w in m.name.split()}
    out: list[Mention] = []
    for m in VERB_FIRST.finditer(text):
        name = m.group(1)
        words = name.split()
        if words[0].lower() in known | _NOT or not looks_like_person(words[0]):
            continue
        if len(words) > 1 and not looks_like_person(name):
            name = words[0]
        known.update(w.lower() for w in name.split())
        out.append(Mention(name, "", "joins", None))
    # … and who may drop in ("Kim may pop in at the end"), whom an assistant books for, who
    # chairs or sits on a panel a sentence names
    return out + drop_ins(text, [*found, *out]) + booked_for(text, found) + \
        panel_prose(text, found) + present_list(text, found) + forwarder(text) + \
        met_said(text, [*found, *out]) + calls_you(text, found)  # ("Je spreekt met A")
