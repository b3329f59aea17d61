"""How an employer writing in Swedish, Norwegian or Danish says the outcome of an
application, the day of a decision and the day an out-of-office writer is back
(capture/reply_languages reads them). Plain words only."""

from __future__ import annotations

import re

_I = re.IGNORECASE
# "valt att gå vidare med andra kandidater", "går vi videre med en annen kandidat"
REJECTED = re.compile(r"\bgå(?:r)?\s+(?:vi\s+)?vid[ae]re\s+med\s+(?:en\s+|ett\s+|et\s+)?(?:annan|"
                      r"annen|andra|andre|anden)\s+(?:kandidat|søker|sökande|person)|"
                      # "har tyvärr inte möjlighet att gå vidare med din ansökan", "det blev inte
                      # du den här gången"
                      r"\binte\s+(?:\w+\s+){0,2}?gå\s+vidare\s+med\s+din\s+ansökan|\bikke\s+"
                      r"(?:\w+\s+){0,2}?gå\s+videre\s+med\s+(?:din|di)\s+søknad|\bdet\s+(?:blev\s+inte|"
                      r"inte\s+blev)\s+du\b|\bdet\s+(?:ble\s+ikke|ikke\s+ble)\s+deg\b|"
                      # "tjänsten har tillsatts", "stillingen er besatt"; Danish "ikke gå videre
                      # med din ansøgning"
                      r"\btjänsten\s+(?:har\s+(?:nu\s+)?tillsatts|är\s+tillsatt)\b|\bstillingen\s+"
                      r"(?:er|har\s+blitt|er\s+blevet)\s+besat\w*\b|\bikke\s+(?:\w+\s+){0,2}?gå\s+"
                      r"videre\s+med\s+din\s+ansøgning|"
                      # a system's status: "Inte längre aktuell"
                      r"\binte\s+längre\s+(?:aktuell|under\s+övervägande)\b|"
                      # "vi har valgt en anden kandidat", "går vi inte vidare med din ansökan"
                      r"\bvalgt\s+(?:en\s+|et\s+)?(?:anden|annen|andre)\s+(?:kandidat|søker|"
                      r"ansøger|profil)|\bvalt\s+(?:en\s+|ett\s+)?(?:annan|andra)\s+(?:kandidat|"
                      r"sökande|profil)|\bgår\s+vi\s+inte\s+vidare\s+med\s+din\b|\bgår\s+vi\s+"
                      r"ikke\s+videre\s+med\s+(?:din|deg|dig)\b", _I)
# "vi vill gärna erbjuda dig tjänsten", "tilby deg stillingen"
OFFER = re.compile(r"\berbjuda\s+dig\s+(?:tjänsten|en\s+anställning|jobbet)|\btilby\s+deg\s+"
                   r"(?:stillingen|jobben)|\btilbyde\s+dig\s+(?:stillingen|jobbet)|"
                   r"\bjobb?(?:erbjudande|tilbud)\b|"
                   # the offer attached: "Vedlagt finner du vårt tilbud for stillingen",
                   # "Bifogat finns vårt erbjudande"
                   r"\b(?:vårt|ditt)\s+(?:\w+\s+)?(?:tilbud|erbjudande)\s+(?:for|för|om)\s+"
                   r"(?:stillingen|tjänsten|jobben|jobbet|rollen)\b|\banställningsavtal\b|\bansettelseskontrakt\b|"
                   r"\bansættelseskontrakt\b", _I)
# "du har gått vidare till sista steget", "neste steg er et intervju"
NEXT_ROUND = re.compile(r"\bgått\s+vidare\s+till\s+(?:sista|nästa)\s+steg|\bnästa\s+steg\s+är\s+"
                        r"(?:en|ett)\b|\bneste\s+steg\s+(?:er|blir)\s+(?:en|et)\b|"
                        r"\bgått\s+videre\s+til\s+(?:siste|neste)\s+(?:steg|runde)|"
                        # "vi bjuder in dig till en slutintervju", "vi vill gärna träffa dig igen
                        # för en teknisk intervju"
                        r"\bbjuder\s+in\s+dig\s+till\s+(?:en\s+|ett\s+)?(?:\w+\s+)?\w*(?:intervju|samtal)|"
                        r"\bträffa\s+dig\s+igen\s+för\s+(?:en|ett)\b|\bgår\s+vidare\s+till\s+"
                        r"(?:nästa|sista)\s+(?:steg|runda)|\b(?:gået|går)\s+videre\s+til\s+(?:næste|sidste)\s+"
                        r"(?:runde|trin)\b|"
                        # "bjuda in dig till en andra intervju", "invitere dig til en anden samtale"
                        r"\b(?:bjuda\s+in|invitere)\s+(?:dig|deg)\s+(?:till?)\s+(?:en|et|ett)\s+"
                        r"(?:andra|anden|annen|andre|ny|nytt|sista|sidste|siste|avslutande)\s+"
                        r"(?:intervju|samtale?|runde?|interview)\b", _I)
NOT = re.compile(r"\b(?:inte|ikke|om)\b", _I)
DECIDE = re.compile(r"\b(?:besked|beslut|beslutning|svar|afgørelse|återkoppling|återkomma|"
                    r"återkommer)\b", _I)
BY = re.compile(r"\bsenast\b|\bsenest\b|\binnen\b|\binden\b", _I)  # "innen fredag 29.01"
BACK = re.compile(r"\btillbaka\b|\båter\b|\btilbake\b|\btilbage\b", _I)
MONTHS = {"januari": 1, "januar": 1, "februari": 2, "februar": 2, "mars": 3, "marts": 3,
          "april": 4, "maj": 5, "mai": 5, "juni": 6, "juli": 7, "augusti": 8, "august": 8,
          "september": 9, "oktober": 10, "november": 11, "december": 12, "desember": 12}
WEEKDAYS = {"måndag": 0, "mandag": 0, "tisdag": 1, "tirsdag": 1, "onsdag": 2, "torsdag": 3,
            "fredag": 4, "lördag": 5, "lørdag": 5, "söndag": 6, "søndag": 6}
NEXT_WEEK = r"nästa\s+vecka|neste\s+uke|næste\s+uge"
CORRECTS = re.compile(r"\brättelse\b|\bkorrigering\b|\bjag\s+menar\b|\bjeg\s+mener\b", _I)
UNTIL = re.compile(r"\btill\s+och\s+med\b|\bt\.o\.m\.?|\btil\s+og\s+med\b", _I)
THROUGH = UNTIL
