"""How an employer writing in Polish says the outcome of an application, the day of a
decision and the day an out-of-office writer is back (capture/reply_languages reads them).
Plain words only."""

from __future__ import annotations

import re

_I = re.IGNORECASE
# "zdecydowaliśmy się na innego kandydata", "nie będziemy kontynuować procesu z Panem",
# "wybraliśmy inną osobę"
REJECTED = re.compile(r"\bzdecydowali[śs]my\s+si[ęe]\s+na\s+(?:inn(?:ego|ą|a)|kandydat\w*\s+z)\b|"
                      r"\bwybrali[śs]my\s+(?:inn(?:ego|ą)|kogo[śs]\s+innego)\b|"
                      r"\bnie\s+(?:b[ęe]dziemy|mo[żz]emy)\s+kontynuowa[ćc]\s+(?:procesu|rekrutacji|"
                      r"wsp[óo]łpracy)\b|\bnie\s+zosta[łl]\w*\s+(?:Pan\w*\s+)?zakwalifikowan|"
                      # "stanowisko zostało już obsadzone", "rekrutacja została wstrzymana"
                      r"\b(?:stanowisko|wakat)\s+zosta[łl]o\s+(?:ju[żz]\s+)?obsadzon|"
                      r"\brekrutacj[aę]\s+zosta[łl]a\s+(?:wstrzymana|zawieszona|anulowana)\b", _I)
# "przedstawiamy ofertę współpracy na stanowisku", "oferta pracy", "złożyć Panu ofertę"
OFFER = re.compile(r"\b(?:przedstawi\w*|przesy[łl]\w*|z[łl]o[żz]y[ćc]\s+\w+|z[łl]o[żz]ymy\s+\w+)\s+"
                   r"ofert[ęe]\b|\bofert[ęay]\s+(?:wsp[óo][łl]pracy|pracy|zatrudnienia)\b", _I)
# "zaprosić Pana na kolejny etap", "zapraszamy na rozmowę finałową", "przechodzi Pan do
# kolejnego etapu"
NEXT_ROUND = re.compile(r"\bzapr(?:asz|os)\w*\s+(?:\w+\s+)?(?:na|do)\s+(?:kolejn|nast[ęe]pn|drug|"
                        r"ostatni|fina[łl]ow)\w*\s+(?:etap|rozmow|spotkani)\w*|\bprzechodzi\w*\s+(?:\w+\s+)?"
                        r"do\s+(?:kolejnego|nast[ęe]pnego|ostatniego)\s+etapu\b", _I)
NOT = re.compile(r"\b(?:nie|czy)\b", _I)
# "Decyzję … podejmiemy do 17.02.2027", "odezwiemy się do piątku"
DECIDE = re.compile(r"\b(?:decyzj\w*|odezwiemy|odpowied[źz]\w*|wynik\w*)\b", _I)
BY = re.compile(r"\bdo\s+(?:dnia\s+)?\b|\bnajp[óo][źz]niej\b", _I)
BACK = re.compile(r"\bwracam\b|\bwr[óo]c[ęe]\b|\bb[ęe]d[ęe]\s+(?:ponownie\s+)?dost[ęe]pn\w*|"
                  r"\bpo\s+powrocie\b", _I)
MONTHS = {"stycznia": 1, "lutego": 2, "marca": 3, "kwietnia": 4, "maja": 5, "czerwca": 6,
          "lipca": 7, "sierpnia": 8, "września": 9, "października": 10, "listopada": 11,
          "grudnia": 12}
WEEKDAYS = {"poniedziałek": 0, "wtorek": 1, "środa": 2, "środę": 2, "czwartek": 3,
            "piątek": 4, "sobota": 5, "sobotę": 5, "niedziela": 6, "niedzielę": 6}
NEXT_WEEK = r"w\s+przysz[łl]ym\s+tygodniu"
CORRECTS = re.compile(r"\bpoprawka\b|\bkorekta\b|\bpoprawiam\s+si[ęe]\b", _I)
UNTIL = re.compile(r"\bdo\s+(?:dnia\s+)?\b", _I)
THROUGH = re.compile(r"\bw[łl][ąa]cznie\b", _I)
