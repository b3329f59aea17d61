"""What capture.mentions leaves in a description's people, read once more (issue 23):

- a title of courtesy after a name is not the name ("Mehmet Demir Bey", "中村様");
- a short name with the whole name beside it is that whole name ("Ask for Ma'am Cora
  (Corazon Villanueva, HR)": Corazon Villanueva, of HR);
- whoever from recruiting asked the writer to set the meeting up set it up ("Mei Ling from
  our talent team asked me to set this up"), and so did whoever joins at the end only to
  tell the next steps, and whoever greets the candidate at reception (in the languages
  other than English, which people.HANDS_OVER reads);
- the one the candidate is to contact, in Japanese, after the desk's name ("ご不明点は採用担当
  中村 までご連絡ください": Nakamura of recruiting).

Pure: the mentions and the text in, the mentions out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from followup.capture.invitations import Address
from followup.capture.lazy import lazy
from followup.capture.mentions import Mention
from followup.capture.name_forms import without_address_after
from followup.capture.names import NAME, ORGANISING, UPPER, name_words

_ASKED = lazy(
    rf"([{UPPER}][\w'’-]+(?:[ \t]+[{UPPER}][\w'’-]+){{0,2}})"
    r"(?:\s*\(([^()\n]{1,40})\)|,\s*([^,\n]{1,40}),|\s+(?:from|in|on|of|de|del|de la|do|da|"
    r"vom|von der|von|van|des|du|di|della|dal)\s+(?:(?:our|the|nuestro|nuestra|el|la|unserem|"
    r"unserer|dem|der|ons|het|notre|nostro|nostra|nosso|nossa)\s+)?"
    r"([\w& ]{1,30}?)(?:\s+(?:team|equipo|equipe|équipe|Team))?)\s+"
    r"(?:(?:has\s+|had\s+)?asked\s+(?:me|us)\s+to\s+(?:set|book|schedule|arrange|organi[sz]e|"
    r"send|sort)|me\s+(?:ha\s+)?pidió\s+que|me\s+pediu\s+(?:para|que)|m['’]a\s+demandé|"
    r"mi\s+ha\s+chiesto|hat\s+mich\s+gebeten|vroeg\s+(?:me|mij)|bad\s+mig)")
# Who greets the candidate on arrival and shows them in, in the languages invitations come
# in (English is people.HANDS_OVER's): "Marta te recibirá en la recepción", "holt Sie am
# Empfang ab", "vous accueillera", "ti accoglierà", "haalt je op", "möter dig i receptionen"
_GREETS = lazy(r"(?:,[^,\n]{1,40},\s*|\s*\([^()\n]{1,40}\)\s*|\s+)"
               r"(?:(?:te|le|la|lo|os|les)\s+"
               r"(?:recibirá|esperará|dará la bienvenida|acompañará)|"
               r"vai (?:te )?receb[eê]-?l?[oa]?|"
               r"(?:irá|vai) receb[eê]-l[oa]|te receberá|(?:vous|t['’])\s*accueillera|"
               r"viendra vous chercher|(?:holt|empfängt|begrüßt)\s+(?:Sie|dich)\b|"
               r"wird\s+(?:Sie|dich)\s+[^.\n]{0,40}(?:abholen|empfangen|begrüßen)|"
               r"(?:ti|la)\s+(?:accoglierà|riceverà|verrà a prendere)|"
               r"(?:haalt|ontvangt)\s+(?:je|u)\b|zal\s+(?:je|u)\s+(?:ontvangen|ophalen)|"
               r"(?:möter|hämtar)\s+dig|tar emot dig|(?:møter|henter)\s+(?:deg|dig)|"
               r"tar imot deg|tager imod dig|vastaanottaa sinut|tulee (?:sinua )?vastaan)")
# Who joins at the end only to tell the candidate the next steps ("Before we finish, Priya
# (HR) will join to walk you through next steps", "Antes de terminar se unirá Matías
# (Personas) para contarte los próximos pasos"): whoever sets it up, not an interviewer.
_NEXT_STEPS = lazy(r"next steps|the process from here|próximos pasos|próximos passos|"
                   r"prochaines étapes|nächsten schritte|volgende stappen|prossimi passi|"
                   r"nästa steg|neste steg|seuraavat vaiheet", re.IGNORECASE)
_JOINS_LATE = lazy(r"\bjoin|\bse unir[aá]|\bnos acompañar[aá]|\bse juntar[aá]|"
                   r"\bnous rejoindra|\brejoindra|\bdazu|\bsi unir[aà]|\bsluit\b.*\baan\b|"
                   r"\bansluter|\bat the end|\btowards the end|\bbefore (?:we )?(?:finish|wrap)|"
                   r"\bantes de terminar|\bal final|\bà la fin|\bam ende|\bzum schluss|"
                   r"\baan het eind|\balla fine|\bno final", re.IGNORECASE)
_CJK = r"[\u4e00-\u9fff\u3005]"
_CONTACT_JA = lazy(
    rf"(?:採用担当|人事担当|担当者?|窓口)(?:者|の)?\s*[：:]?\s*"
    rf"({_CJK}{{1,4}}(?:[ 　]{_CJK}{{1,4}})?)"
    r"\s*(?:様|さん)?\s*(?:まで|宛て?に?|へ)\s*(?:ご連絡|ご一報|お問い?合わせ|連絡)")


# … and in Chinese and Korean ("如有疑问，请联系HR 王芳", "인사팀 박서연 매니저에게 연락 주세요")
_CONTACT_ZH = lazy(r"(?:请|請)?(?:联系|聯繫|联络|聯絡)\s*(?:HR|人事|招聘)?\s*"
                   r"([\u4e00-\u9fff]{2,4})(?=\s*(?:[。，,.!！]|$|女士|先生|老师))")
_CONTACT_KO = lazy(r"(?:인사팀|채용팀|인사부|채용\s?담당자?|HR)\s+([가-힣]{2,4})"
                   r"(?:\s+[가-힣]{1,4})?\s*(?:님)?에게\s*(?:연락|문의)")


def read_more(found: list[Mention], text: str, copied: Sequence[Address] = ()
              ) -> list[Mention]:
    """The mentions, the whole names given where the text writes them, the people who
    set the meeting up that the sentences above name, and the copied people it names
    (capture/copied_named)."""
    out = [_whole_name(m._replace(name=without_address_after(m.name)))
           for m in found]
    known = [name_words(m.name) for m in out]
    for m in _ASKED.finditer(text):
        team = next((g for g in m.groups()[1:] if g), "")
        if not ORGANISING.search(team) or name_words(m.group(1)) in known:
            continue
        out.append(Mention(m.group(1), team.strip(), "coordinator", None))
        known.append(name_words(m.group(1)))
    for g in re.finditer(f"({NAME.pattern}){_GREETS.pattern}", text):
        name = re.sub(r"^(?:A|O|La|El|Le|Il|Die|Der)\s+", "", g.group(1))
        out.append(Mention(name, "", "coordinator", None))
        known.append(name_words(name))
    for sentence in re.split(r"(?<=[.!?])\s+|\n", text):
        if not (_NEXT_STEPS.search(sentence) and _JOINS_LATE.search(sentence)):
            continue
        named = {m.name for m in out if m.name in sentence}  # (the mentions it writes)
        if len(named) == 1:
            out.append(Mention(named.pop(), "", "coordinator", None))
    for m in [*_CONTACT_JA.finditer(text), *_CONTACT_ZH.finditer(text),
              *_CONTACT_KO.finditer(text)]:
        name = m.group(1)
        if not any(name_words(name) <= k or k <= name_words(name) for k in known if k):
            out.append(Mention(name, "", "coordinator", None))
            known.append(name_words(name))
    from followup.capture.copied_named import copied_named
    from followup.capture.met_in_list import met_in_list

    # ("meet the CFO, A, and the HR Director, B": B is met)
    return met_in_list(out + copied_named(copied, out, text), text)


def _whole_name(m: Mention) -> Mention:
    """A one-word name whose title begins with a whole name whose given name holds it
    ("Cora", "Corazon Villanueva, HR"; "Lyn", "Rosalyn …"): the whole name, the rest its
    title."""
    if len(m.name.split()) != 1 or not m.title:
        return m
    whole = NAME.match(m.title)
    if whole is None or len(whole.group(0).split()) < 2 or \
            len(m.name) < 3 or m.name.lower() not in whole.group(0).split()[0].lower():
        return m
    return m._replace(name=whole.group(0), title=m.title[whole.end():].strip(" ,;–—-"))
