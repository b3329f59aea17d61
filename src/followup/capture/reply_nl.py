"""How an employer writing in Dutch (or Flemish) says the outcome of an application, the day
of a decision and the day an out-of-office writer is back (capture/reply_languages reads
them). Plain words only."""

from __future__ import annotations

import re

_I = re.IGNORECASE
# "we gaan helaas niet verder met je sollicitatie", "besloten om met een andere kandidaat
# verder te gaan", "gekozen voor iemand met meer ervaring"
REJECTED = re.compile(r"\bhelaas\s+niet\s+verder\b|\bniet\s+verder\s+(?:te\s+)?(?:gaan\s+)?met\s+"
                      r"(?:je|jouw|uw)\s+sollicitatie|\b(?:besloten|gekozen)\b[^.]{0,40}?\bmet\s+(?:een\s+)?"
                      r"andere?\s+(?:kandida\w*|persoon|profiel)|\bgekozen\s+voor\s+(?:iemand|"
                      r"een\s+andere?)\b|\b(?:hebben|moeten)\s+(?:je|u)\s+(?:helaas\s+)?"
                      r"(?:af\s+te\s+wijzen|afwijzen)"
                      # "jammer dat het niet gelukt is", "je sollicitatie … is gesloten"
                      r"|\bjammer\s+dat\s+het\s+(?:deze\s+keer\s+|helaas\s+)?niet\s+"
                      r"(?:gelukt|gelopen|geworden)\b"
                      r"|\b(?:je|jouw|uw)\s+sollicitatie\b[^.]{0,60}?\bis\s+"
                      r"(?:gesloten|afgesloten|afgewezen)\b"
                      # "we zijn voor een andere kandidaat gegaan"
                      r"|\b(?:zijn|hebben)\s+(?:\w+\s+)?voor\s+een\s+andere\s+(?:kandida\w*|persoon)\s+"
                      r"(?:gegaan|gekozen)\b|"
                      # "moeten we je helaas teleurstellen", "de vacature is inmiddels
                      # vervuld", "besloten je niet uit te nodigen voor een tweede gesprek"
                      r"\b(?:moeten|moet)\s+(?:we|wij|ik)\s+(?:je|u)\s+(?:helaas\s+)?teleurstellen\b|"
                      r"\bvacature\s+is\s+(?:inmiddels\s+|al\s+)?(?:vervuld|ingevuld|bezet)\b|"
                      r"\b(?:je|u)\s+niet\s+uit\s+te\s+nodigen\b|"
                      # a system's status: "Niet meer in overweging"
                      r"\bniet\s+meer\s+in\s+overweging\b", _I)
# "een aanbod doen", "Aanbodbrief", "uw aanbod staat klaar"
OFFER = re.compile(r"\b(?:een|het|ons)\s+(?:\w+\s+)?aanbod\s+(?:te\s+)?doen\b|\baanbodbrief\b|"
                   r"\b(?:uw|je|jouw)\s+aanbod\s+staat\b|\bcontractvoorstel\b|"
                   # "we bieden je graag de functie aan", "je de baan aan te bieden"
                   r"\b(?:bieden|bied)\s+(?:we|wij|ik)\s+(?:je|u)\s+(?:graag\s+)?de\s+(?:functie|baan|"
                   r"rol|positie)\b[^.]{0,40}?\baan\b|\b(?:je|u)\s+de\s+(?:functie|baan|rol|positie)\s+aan\s+te\s+"
                   r"bieden\b", _I)
# "uitnodigen voor de volgende stap", "een tweede gesprek"
NEXT_ROUND = re.compile(r"\b(?:nodigen\s+(?:wij|we)\s+(?:u|je)\s+(?:graag\s+)?uit|uitnodigen)\s+"
                        r"voor\s+(?:de\s+volgende|een\s+tweede|een\s+laatste|een\s+vervolg)|"
                        r"\btweede\s+gesprek\b|\b(?:naar|door\s+naar)\s+de\s+(?:volgende|tweede|"
                        r"laatste)\s+ronde\b|\bvervolggesprek\b", _I)
NOT = re.compile(r"\b(?:niet|geen|of)\b", _I)
DECIDE = re.compile(r"\b(?:beslissing|besluit|terugkoppeling|antwoord|resultaat|uitslag|"
                    r"laten\s+weten|"
                    r"horen|gedeeld|(?:(?:hoor|hoort)\s+(?:je|u|jij)|(?:je|u|jij)\s+(?:hoort|hoor))\b"
                    r"[^.]{0,40}?\bvan\s+(?:ons|mij|me))\b",
                    _I)
BY = re.compile(r"\buiterlijk\b|\bvóór\b|\btegen\b", _I)
BACK = re.compile(r"\b(?:ben|zijn)\s+(?:ik|we|wij)\s+(?:weer\s+)?terug\b|\bterug\s+op\s+kantoor|"
                  r"\bweer\s+(?:aanwezig|bereikbaar|op\s+kantoor)", _I)
MONTHS = {"januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7,
          "augustus": 8, "september": 9, "oktober": 10, "november": 11, "december": 12}
WEEKDAYS = {"maandag": 0, "dinsdag": 1, "woensdag": 2, "donderdag": 3, "vrijdag": 4,
            "zaterdag": 5, "zondag": 6}
NEXT_WEEK = r"volgende\s+week"
CORRECTS = re.compile(r"\bcorrectie\b|\bik\s+corrigeer\b", _I)
UNTIL = re.compile(r"\btot\s+en\s+met\b|\bt/m\b|\btot\b", _I)
THROUGH = re.compile(r"\btot\s+en\s+met\b|\bt/m\b", _I)
# The meaning classes capture/reply_meaning composes (a new wording of the same meaning is
# caught): who writes, "not", going on, choosing, another applicant, a further step, a task
WE = r"we|wij|ons"
YOU = r"je|jij|jou|jouw|u|uw"
NEG = r"niet|geen"
COND = r"of|als|indien|wanneer"
GO_ON = r"verder(?!e)|doorgaan|door\s+te\s+gaan|door\s+met|voortzetten|voort\s+te\s+zetten"
CHOSE = r"gekozen|geselecteerd|besloten"
APPLICANT = r"kandida\w*|sollicitant\w*|profiel"
THE_OTHER = r"de\s+andere\s+(?:kandida\w*|sollicitant\w*)"
FILLED = (r"(?:vacature|functie|rol|positie)\s+(?:is\s+)?(?:inmiddels\s+|intern\s+)?"
          r"(?:vervuld|ingevuld)")
FURTHER = r"tweede|volgende|laatste|derde|vervolg|finale|nieuwe"
STEP = r"ronde|gesprek\w*|interview|stap|fase"
TASK = r"opdracht|case(?:opdracht)?|praktijkcase|assessment"
INVITE = r"uitnodig\w*|nodigen|uit\s+te\s+nodigen|voorstellen|voor\s+te\s+stellen"
PENDING = r"nog|uiterlijk|zodra|tot"
PROCESS = r"sollicitatie\w*|kandidatuur|procedure|proces|sollicitatieprocedure"
# the verb last: "voor een kandidaat uit de regio gekozen"
CHOSE_FOR = r"voor\s+(?:een|iemand)"
# the post or its search stopped (capture/reply_meaning): "de vacature on hold te zetten"
STOP_WHAT = r"vacature|functie|rol|positie|procedure|wervingsprocedure|selectieprocedure|werving"
STOPPED = r"stopgezet|stop\s+te\s+zetten|stopzetten|on\s+hold|ingetrokken|geannuleerd|bevroren"
