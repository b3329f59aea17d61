"""How an employer writing in Hungarian, Romanian, Greek or Turkish says the outcome of an
application, the day of a decision and the day an out-of-office writer is back
(capture/reply_languages reads them). Plain words only, each bounded as a whole word."""

from __future__ import annotations

import re

_I = re.IGNORECASE
# hu "más jelölt mellett döntöttünk", "nem folytatjuk", "a pozíciót betöltöttük";
# ro "am decis să mergem mai departe cu un alt candidat", "nu vom continua", "postul a fost
# ocupat"; el "επιλέξαμε άλλον υποψήφιο", "δεν θα προχωρήσουμε"; tr "başka bir adayla devam
# etmeye karar verdik", "olumsuz", "pozisyon doldu"
REJECTED = re.compile(
    r"\b(?:más|egy\s+másik)\s+(?:jelölt|pályázó)\w*\s+mellett\s+döntött\w*|\bnem\s+(?:tudjuk\s+)?"
    r"folytat\w*\s+(?:a\s+)?(?:folyamat|jelentkezés|önnel|veled|együttműköd)\w*|"
    r"\b(?:pozíciót|állást)\s+(?:már\s+)?betöltöttük\b|\bnem\s+(?:Önt|téged)\s+választottuk\b|"
    r"\b(?:mergem|merge)\s+(?:mai\s+)?departe\s+cu\s+(?:un\s+)?alt\w*\s+candida\w*|"
    r"\bnu\s+vom\s+(?:putea\s+)?(?:continua|merge\s+mai\s+departe)\b|\bpostul\s+a\s+fost\s+(?:deja\s+)?"
    r"ocupat\b|\bam\s+ales\s+(?:un\s+)?alt\w*\s+candida\w*|\bnu\s+ați\s+fost\s+selectat|"
    r"επιλέξαμε\s+(?:έναν?\s+)?άλλ\w+\s+υποψήφι\w+|δεν\s+θα\s+(?:μπορέσουμε\s+να\s+)?προχωρήσουμε|"
    r"η\s+θέση\s+(?:έχει\s+)?καλύφθηκε|"
    r"\bbaşka\s+(?:bir\s+)?(?:aday|adayla|adaylarla)\w*\s+(?:ile\s+)?(?:devam|ilerle)\w*|"
    r"\bolumsuz\s+(?:sonuçlan|olduğunu|yönde|dönüş)\w*|\b(?:pozisyon|pozisyonu|kadro)\w*\s+"
    r"(?:doldu|doldurulmuştur|kapandı|askıya\s+alın)\w*|\bsizinle\s+devam\s+(?:edemeyeceğimizi|"
    r"etmeyeceğimizi|edemiyoruz)", _I)
# hu "állásajánlat", "szeretnénk Önnek felajánlani a pozíciót"; ro "ofertă de angajare",
# "să vă oferim postul"; el "πρόταση εργασίας", "να σας προσφέρουμε τη θέση"; tr "iş teklifi",
# "size pozisyonu teklif etmek"
OFFER = re.compile(
    r"\bállásajánlat\w*|\bfelajánl\w*\s+(?:Önnek\s+|neked\s+)?(?:a\s+)?(?:pozíció|állás)\w*|"
    r"\bofert\w+\s+de\s+(?:angajare|muncă)|\bvă\s+oferim\s+(?:postul|poziția|un\s+post)|"
    r"πρόταση\s+(?:εργασίας|απασχόλησης)|σας\s+προσφέρουμε\s+(?:τη|μια)\s+θέση|"
    r"\biş\s+teklif\w*|\bteklif\s+mektub\w*|\bpozisyon\w*\s+teklif\s+et\w*", _I)
NEXT_ROUND = re.compile(
    r"\b(?:meghív\w*|hívjuk)\s+(?:Önt\s+|téged\s+)?(?:a\s+)?(?:második|következő|utolsó|"
    r"záró)\s+(?:forduló|interjú|kör|állásinterjú)\w*|\bházi\s+feladat\w*|"
    r"\bvă\s+invităm\s+(?:la\s+)?(?:al\s+doilea|următo|etapa\s+(?:următoare|final))\w*|"
    r"\binterviu(?:l)?\s+(?:final|tehnic)\b|\betapa\s+următoare\b|"
    r"σας\s+προσκαλέσουμε\s+(?:σε|στη|στο)\s+(?:δεύτερ|επόμεν|τελικ)\w+|επόμενο\s+στάδιο|"
    r"\b(?:ikinci|sonraki|bir\s+sonraki|final)\s+(?:mülakat|görüşme|aşama)\w*\s+(?:davet|"
    r"için)\w*|\bsonraki\s+aşamaya\s+(?:geçtiniz|geçmeniz|davet)\w*|\bvaka\s+çalışması\w*", _I)
NOT = re.compile(r"\b(?:nem|ha|nu|dacă|δεν|αν|μήπως|değil|eğer)\b", _I)
# a condition before a "no" (a question is one too): it says nothing yet
IF = re.compile(r"\b(?:ha|amennyiben|dacă|αν|εάν|eğer)\b", _I)
DECIDE = re.compile(r"\b(?:döntés\w*|visszajelz\w*|decizi\w*|răspuns\w*|απόφαση|απάντηση|"
                    r"karar\w*|dönüş\w*|sonuç\w*)\b", _I)
BY = re.compile(r"\blegkésőbb\b|\bpână\s+(?:pe|la|cel\s+târziu)?\b|\bcel\s+târziu\b|"
                r"έως|μέχρι|\ben\s+geç\b|\btarihine\s+kadar\b", _I)
BACK = re.compile(r"\bismét\s+elérhető\b|\bvisszatérek\b|\bmă\s+întorc\b|"
                  r"\bvoi\s+reveni\s+la\s+birou|"
                  r"επιστρέφω|θα\s+επιστρέψω|\bdöneceğim\b|\btekrar\s+ofiste\b|\bofiste\s+olacağım\b",
                  _I)
MONTHS = {"ianuarie": 1, "februarie": 2, "martie": 3, "aprilie": 4, "iunie": 6, "iulie": 7,
          "septembrie": 9, "octombrie": 10, "noiembrie": 11, "decembrie": 12,
          "ιανουαρίου": 1, "φεβρουαρίου": 2, "μαρτίου": 3, "απριλίου": 4, "μαΐου": 5,
          "ιουνίου": 6, "ιουλίου": 7, "αυγούστου": 8, "σεπτεμβρίου": 9, "οκτωβρίου": 10,
          "νοεμβρίου": 11, "δεκεμβρίου": 12,
          "ocak": 1, "şubat": 2, "nisan": 4, "mayıs": 5, "haziran": 6, "temmuz": 7,
          "ağustos": 8, "eylül": 9, "ekim": 10, "kasım": 11, "aralık": 12}
WEEKDAYS = {"vineri": 4, "παρασκευή": 4, "cuma": 4, "péntek": 4, "péntekig": 4}
NEXT_WEEK = r"săptămâna\s+viitoare|την\s+επόμενη\s+εβδομάδα|gelecek\s+hafta|jövő\s+héten"
_YEAR_FIRST = re.compile(r"(?<![\d.])(\d{4})\.\s?(\d{1,2})\.\s?(\d{1,2})\.?(?![\d])")
_ORDINAL = re.compile(r"(?<!\d)(\d{1,2})η\b")


def normal(s: str) -> str:
    """A sentence with a Hungarian year-first day ("2027.02.01-től", "2027. 02. 01.") as a
    day-first one ("1.2.2027"), and a Greek ordinal day ("την 1η Φεβρουαρίου") as its number."""
    s = _YEAR_FIRST.sub(lambda m: f"{int(m.group(3))}.{int(m.group(2))}.{m.group(1)}", s)
    return _ORDINAL.sub(r"\1", s)
