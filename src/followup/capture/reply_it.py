"""How an employer writing in Italian says the outcome of an application, the day of a
decision and the day an out-of-office writer is back (capture/reply_languages reads them).
Plain words only."""

from __future__ import annotations

import re

_I = re.IGNORECASE
# "abbiamo deciso di proseguire con un altro profilo", "si è conclusa con esito non positivo"
REJECTED = re.compile(r"\bproseguire\s+con\s+(?:un\s+|una\s+)?altr[oaie]\s+(?:profil|candidat)|"
                      r"\besito\s+non\s+positivo\b|\bnon\s+(?:è\s+stat[oa]\s+)?selezionat|"
                      r"\bnon\s+potremo\s+proseguire\b|\bnon\s+(?:proseguiremo|procederemo|"
                      r"andremo\s+avanti)\s+con\s+la\s+(?:tua|sua)\s+candidatura\b|"
                      # the hire frozen ends it: "il budget per la posizione è stato congelato"
                      r"\b(?:posizione|budget|ricerca|selezione|assunzion[ei])\b[^.]{0,50}?\bè\s+"
                      r"stat[oa]\s+(?:congelat|sospes|annullat)|"
                      # "non potremo dare seguito", "abbiamo scelto un altro candidato", "la
                      # posizione è stata coperta", "la tua candidatura non è stata accolta"
                      r"\bnon\s+(?:potremo|possiamo|potremmo)\s+dar(?:e|vi|ti|le)?\s+seguito\b|"
                      r"\b(?:scelto|optato\s+per|individuato)\s+(?:un|una|un['’])\s*altr[oa]\s+"
                      r"(?:candidat|profil|persona)|\bposizione\s+è\s+stata\s+(?:coperta|chiusa)\b|"
                      r"\bcandidatura\s+non\s+è\s+stata\s+(?:accolta|selezionata)\b|"
                      # a system's status: "Non più in fase di valutazione"
                      r"\bnon\s+(?:è\s+)?più\s+(?:in\s+fase\s+di\s+valutazione|in\s+considerazione|"
                      r"considerat[oa])\b", _I)
OFFER = re.compile(r"\bproposta\s+di\s+assunzione\b|\bofferta\s+di\s+lavoro\b|"
                   r"\bfar(?:ti|le)\s+un['’]offerta\b|\boffrir(?:ti|le)\s+(?:la\s+posizione|il\s+ruolo|"
                   r"il\s+posto)\b|\blettera\s+di\s+(?:offerta|assunzione)\b", _I)
NEXT_ROUND = re.compile(r"\b(?:invitarti|invitarla)\s+(?:a|al|per)\s+(?:un\s+)?(?:(?:secondo|"
                        r"prossimo|ultimo)\s+colloquio|colloquio\s+(?:finale|successivo|tecnico))|"
                        # "il prossimo step è un piccolo esercizio tecnico"
                        r"\bil\s+prossimo\s+(?:step|passo)\s+(?:è|sarà)\b|"
                        r"\bpassare\s+alla\s+(?:fase|selezione)\s+successiva|\bpassat[oa]\s+alla\s+(?:fase|selezione)\s+"
                        r"successiva", _I)
NOT = re.compile(r"\b(?:non|se)\b", _I)
DECIDE = re.compile(r"\b(?:riscontro|risposta|decisione|far(?:ti|le)\s+sapere|facciamo\s+sapere|"
                    r"(?:ti|vi|le)\s+faremo\s+sapere|aggiornamento|"
                    r"esito)\b", _I)
BY = re.compile(r"\bentro\b", _I)
BACK = re.compile(r"\brientr\w*\b|\btornerò\b|\bdi\s+ritorno\b|\bsarò\s+di\s+nuovo\b", _I)
MONTHS = {"gennaio": 1, "febbraio": 2, "marzo": 3, "aprile": 4, "maggio": 5, "giugno": 6,
          "luglio": 7, "agosto": 8, "settembre": 9, "ottobre": 10, "novembre": 11,
          "dicembre": 12}
WEEKDAYS = {"lunedì": 0, "martedì": 1, "mercoledì": 2, "giovedì": 3, "venerdì": 4,
            "sabato": 5, "domenica": 6}
NEXT_WEEK = r"(?:della\s+)?(?:prossima\s+settimana|settimana\s+prossima)"
CORRECTS = re.compile(r"\b(?:mi\s+)?correggo\b|\brettifico\b|\bcorrezione\b", _I)
# "fuori ufficio fino al 22/02 compreso": away through that day
UNTIL = re.compile(r"\bfino\s+a(?:l|ll['’])?\b", _I)
THROUGH = re.compile(r"\bcompres[oa]\b|\bincluso\b", _I)
