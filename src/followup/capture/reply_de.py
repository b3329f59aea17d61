"""How an employer writing in German says the outcome of an application, the day of a
decision and the day an out-of-office writer is back (capture/reply_languages reads them).
Plain words only: a sentence that could be about anything else is left to the candidate."""

from __future__ import annotations

import re

_I = re.IGNORECASE
# "haben uns für eine andere Kandidatin entschieden", "den Prozess mit einer anderen
# Kandidatin weiterzuführen", "die Position intern nachzubesetzen", "die Stelle mit einem
# Kollegen besetzt", "keine positivere Nachricht", "dass es nicht geklappt hat"
REJECTED = re.compile(
    r"\b(?:für|mit)\s+(?:eine[nmr]?|die|den)\s+(?:andere[nmr]?|interne[nmr]?)\s+"
    r"(?:Kandidat|Bewerber|Kolleg|Lösung|Person|Profil)\w*\b[^.]{0,60}?\b(?:entschieden|"
    r"weiterzuführen|fortzusetzen|fortzufahren|weiterzugehen|besetzt|besetzen)|"
    r"\bentschieden\b[^.]{0,80}?\bmit\s+(?:einer|einem|anderen)\s+(?:anderen\s+)?"
    r"(?:Kandidat|Bewerber|Profil)|"
    r"\bintern\s+(?:nach)?(?:zu\s*)?besetz|\bintern\s+nachzubesetzen|"
    r"\bStelle\b[^.]{0,40}\bmit\s+(?:einer|einem)\s+\w*\s*(?:Kolleg|Kandidat|Bewerber)\w*"
    r"[^.]{0,60}\bbesetzt|"
    r"\bkeine\s+(?:positivere|positive|bessere)\s+(?:Nachricht|Rückmeldung)|"
    r"\bdass\s+es\s+(?:leider\s+)?(?:diesmal\s+|dieses\s+Mal\s+)?(?:(?:für|mit|bei)\s+"
    r"(?:de[nmr]|die|das|Ihre[nmr]?|deine[nmr]?)\s+(?:[\w-]+\s+){1,3}?(?:leider\s+)?)?"
    r"nicht\s+geklappt\s+hat|"
    # the choice made the other way: "haben wir uns für die Stelle leider anders entschieden"
    r"\b(?:haben|hat)\s+(?:wir\s+uns|sich\s+(?:das\s+Team|die\s+Firma|\w+))\s+(?:[^.;]{0,60}?\s+)?"
    r"anders\s+entschieden\b|"
    r"\b(?:nicht\s+(?:weiter\s+)?berücksichtigen|nicht\s+weiterverfolgen)\b|"
    r"\b(?:die|eine|unsere|meine)\s+Absage\b(?!\s+(?:des|der|unseres|für\s+den|zum)\s)|"
    # someone else chosen, unnamed: "haben uns für jemanden mit mehr dbt-Erfahrung entschieden"
    r"\bfür\s+jemand(?:en)?\s+(?:anderen|mit)\b[^.]{0,60}?\bentschieden\b|"
    # the decision fell in someone else's favour: "fiel zugunsten von jemandem mit mehr
    # Erfahrung aus", "zugunsten einer anderen Kandidatin"
    r"\bzugunsten\s+(?:von\s+)?(?:jemand(?:em|en)?\b|(?:eine[rsm]?\s+)?(?:anderen?|internen?)\s+"
    r"(?:Kandidat|Bewerber|Person|Profil|Lösung)\w*)|"
    # "für andere Bewerberinnen entschieden", "keine Zusage geben können", "nicht in die
    # engere Auswahl", "die Stelle wurde bereits besetzt", "den Prozess nicht fortzusetzen"
    r"\bfür\s+andere\s+(?:Kandidat|Bewerber|Profil)\w*\b[^.]{0,40}?\bentschieden\b|"
    r"\bkeine\s+Zusage\s+(?:geben|erteilen|machen|aussprechen)\b|\bnicht\s+in\s+die\s+"
    r"engere\s+Auswahl\b|\b(?:Stelle|Position|Vakanz)\s+(?:wurde|ist)\s+(?:bereits\s+|inzwischen\s+)?"
    r"(?:anderweitig\s+)?(?:besetzt|vergeben)\b|\b(?:Prozess|Bewerbungsprozess|Verfahren)\s+"
    r"(?:mit\s+(?:Ihnen|dir)\s+)?nicht\s+(?:weiter\s+)?(?:fortzusetzen|fortführen|fortzuführen|"
    r"weiterzuführen)\b|"
    # a system's status: "Status geändert: Wird nicht mehr berücksichtigt"
    r"\bnicht\s+mehr\s+(?:berücksichtigt|in\s+Betracht\s+gezogen|im\s+Auswahlverfahren)\b", _I)
# "dir ein Angebot machen", "das folgende Angebot machen zu können", "Vertragsangebot"
OFFER = re.compile(r"\b(?:ein|das|unser)\s+(?:\w+\s+){0,2}Angebot\s+(?:zu\s+)?(?:machen|"
                   r"unterbreiten)|\bVertragsangebot\b|\bArbeitsvertrag\s+(?:anbieten|zusenden)|"
                   # the contract itself sent: "Anbei der aktualisierte Arbeitsvertrag"
                   r"\b(?:anbei|im\s+Anhang)\b[^.]{0,30}?\b(?:der|den|dein\w*|Ihr\w*)\s+"
                   r"(?:\w+\s+)?Arbeitsvertrag\b"
                   # "dass wir Ihnen die Stelle als Data Engineer anbieten möchten"
                   r"|\b(?:Ihnen|dir|euch)\s+(?:gerne?\s+)?die\s+(?:Stelle|Position)\b"
                   r"(?:(?!\bnicht\b|\bkein)[^.]){0,100}?\banbieten\b"
                   # the offer on its way or attached: "Svenja schickt Ihnen das Angebot",
                   # "Das Angebot hängt an"; the hire said: "würden dich gern als … einstellen"
                   r"|\b(?:schick|send)\w*\s+(?:Ihnen|dir|euch)\b[^.]{0,40}?\b(?:das|ein|unser)\s+"
                   r"(?:\w+\s+)?Angebot\b|\b(?:das|unser|dein|Ihr)\s+(?:\w+\s+)?Angebot\s+"
                   r"(?:hängt\s+an|ist\s+angehängt|im\s+Anhang|anbei)\b|\banbei\s+(?:das|ein|unser|"
                   r"Ihr|dein)\s+(?:\w+\s+)?Angebot\b|\b(?:würden|möchten)\s+"
                   r"(?:Sie|dich|euch)\s+(?:sehr\s+)?(?:gerne?\s+)?als\s+[^.]{1,60}?\beinstellen\b"
                   # "Ihnen eine Zusage für die Stelle geben", "unser Angebot im Anhang"
                   r"|\b(?:Ihnen|dir|euch)\s+(?:heute\s+)?(?:eine|die|unsere)\s+Zusage\b"
                   r"|\bunser\s+(?:\w+\s+)?Angebot\s+für\s+(?:die|Sie|dich)\b",
                   _I)
# "zur nächsten Runde einladen", "zu einem zweiten Gespräch … einladen", "als letzten Schritt"
NEXT_ROUND = re.compile(r"\b(?:zur|in\s+die)\s+nächsten?\s+Runde\b|\bzu\s+einem\s+(?:zweiten|"
                        r"weiteren|dritten|finalen|letzten)\s+(?:Gespräch|Interview|Termin)|"
                        r"\bEinladung\s+zu[mr]\s+(?:zweiten|weiteren|nächsten|finalen)|"
                        r"\bals\s+(?:letzten|nächsten)\s+Schritt\b"
                        # one word for a further talk: "zu einem Zweitgespräch … einladen",
                        # "Einladung zum Fachinterview"
                        r"|\bzu(?:m|\s+(?:einem|unserem))\s+(?:\w+\s+)?(?:Zweit|Fach|Folge|"
                        r"Abschluss|Final|Dritt)(?:gespräch|interview)\b[^.]{0,160}?\beinladen\b"
                        # "zum nächsten Schritt im Bewerbungsprozess … einladen"
                        r"|\bzum\s+nächsten\s+Schritt\b[^.]{0,80}?\bein(?:zu)?laden\b"
                        # "in die nächste Phase", "eine Runde weiter", "zu einem
                        # Vorstellungsgespräch vor Ort einladen"
                        r"|\b(?:in\s+die|zur)\s+nächsten?\s+(?:Phase|Stufe|Auswahlrunde)\b"
                        r"|\beine\s+Runde\s+weiter\b|\bzu\s+einem\s+(?:\w+\s+){0,2}?"
                        r"(?:Vorstellungsgespräch|Kennenlernen|Gespräch)\b[^.]{0,80}?\beinladen\b",
                        _I)
NOT = re.compile(r"\b(?:nicht|kein\w*|ob)\b", _I)
DECIDE = re.compile(r"\b(?:Entscheid(?:ung)?|entscheiden|Rückmeldung|Antwort|Bescheid|melden|"
                    r"meldet|melde|informieren|Ergebnis)\b", _I)
BY = re.compile(r"\bbis\b|\bspätestens\b", _I)
BACK = re.compile(r"\b(?:bin|sind)\s+(?:ich|wir)\s+wieder\b|\bwieder\s+(?:im|erreichbar|da|"
                  r"zurück|für)\b|\bzurück\s+(?:im|am|ab)\b", _I)
MONTHS = {"januar": 1, "jänner": 1, "jan": 1, "februar": 2, "feber": 2, "märz": 3, "april": 4,
          "mai": 5, "juni": 6, "juli": 7, "august": 8, "september": 9, "oktober": 10,
          "november": 11, "dezember": 12}
WEEKDAYS = {"montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4,
            "samstag": 5, "sonntag": 6}
NEXT_WEEK = r"nächster\s+Woche|nächste\s+Woche"
# a day put right in the next words ("Ach nein, Korrektur: … sagen wir bis Montag, 22.02.")
CORRECTS = re.compile(r"\bKorrektur\b|\bkorrigiere\b|\bich\s+meinte\b", _I)
# "bis einschließlich 15.01. abwesend": away through that day
UNTIL = re.compile(r"\bbis\s+(?:einschließlich|inklusive|zum|einschl\.)?", _I)
THROUGH = re.compile(r"\beinschließlich\b|\binklusive\b|\beinschl\.", _I)
# The meaning classes capture/reply_meaning composes (a new wording of the same meaning is
# caught): who writes, "not", going on, choosing, another applicant, a further step, a task
WE = r"wir|uns"
YOU = r"Sie|Ihnen|Ihre[nmrs]?|dich|dir|dein\w*"
NEG = r"nicht|kein\w*"
COND = r"ob|falls|wenn|sofern"
GO_ON = (r"weiter(?:gehen|zugehen|machen|zumachen|führen|zuführen|verfolgen|zuverfolgen)?"
         r"(?!\s*helfen)|fortsetzen|fortzusetzen|fortführen|fortzuführen|fortfahren")
CHOSE = r"entschieden|gewählt|ausgewählt"
APPLICANT = r"Kandidat\w*|Bewerber\w*|Profil\w*"
THE_OTHER = r"(?:der|die|den|dem|des)\s+anderen?\s+(?:Kandidat|Bewerber)\w*"
# the post filled otherwise: "die Position anderweitig besetzen", "intern besetzt"
FILLED = r"(?:anderweitig|intern|extern)\s+(?:zu\s+)?(?:nach)?(?:besetz\w*|vergeben)"
FURTHER = r"zweite[nmrs]?|nächste[nmrs]?|weitere[nmrs]?|finale[nmrs]?|letzte[nmrs]?|dritte[nmrs]?"
STEP = r"Runde|Gespräch\w*|Interview\w*|Schritt|Phase|Etappe"
TASK = r"Fallstudie|Case[\s-]*Study|Probeaufgabe|Testaufgabe|Coding[\s-]*Challenge|Probearbeit\w*"
INVITE = r"einladen|einzuladen|Einladung|lade[nt]?\s+(?:wir\s+)?(?:Sie|dich)|vorschlagen|anbieten"
PENDING = r"noch|bis|spätestens|sobald"
PROCESS = r"Bewerbung\w*|Kandidatur|Prozess|Bewerbungsprozess|Verfahren|Auswahlverfahren"
# the verb last: "für ein Profil mit mehr Cloud-Erfahrung entschieden"
CHOSE_FOR = r"für\s+(?:ein\w*|jemand\w*)"
# the post or its search stopped (capture/reply_meaning): "de vacature on hold te zetten"
STOP_WHAT = r"Stelle|Position|Vakanz|Ausschreibung|Verfahren|Auswahlverfahren|Besetzung"
STOPPED = r"gestoppt|on\s+hold|auf\s+Eis|zurückgezogen|gestrichen|pausiert|abgebrochen"
