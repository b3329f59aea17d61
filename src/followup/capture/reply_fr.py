"""How an employer writing in French says the outcome of an application, the day of a
decision and the day an out-of-office writer is back (capture/reply_languages reads them).
Plain words only."""

from __future__ import annotations

import re

_I = re.IGNORECASE
# "nous ne donnerons pas suite", "ne pourrons donc pas donner une suite favorable", "fait le
# choix d'un profil plus orienté", "retenu une autre candidature"
REJECTED = re.compile(r"\bne\s+(?:\w+\s+){0,2}pas\s+(?:\w+\s+){0,2}suite\b|"
                      r"\bfait\s+le\s+choix\s+d['’]un(?:e)?\s+(?:autre\s+)?(?:profil|candidat)|"
                      r"\b(?:retenu|choisi|privilégié)\s+(?:un|une)\s+autre\s+(?:candidat|profil)|"
                      r"\bpoursuivre\s+avec\s+(?:un|une|d['’]autres)\s+(?:autre\s+)?"
                      r"(?:candidat|profil)|\bn['’]a(?:\s+\w+)?\s+pas\s+été\s+retenue?\b|"
                      # "avons le regret de vous informer", "le poste a été pourvu", "de ne
                      # pas poursuivre avec vous", "le recrutement est gelé"
                      r"\ble\s+regret\s+de\s+vous\s+(?:informer|annoncer|faire\s+part)\b|"
                      r"\b(?:poste|recrutement)\b(?:\s+de\s+[\w\s-]{1,40}?)?(?:\s+auquel\s+vous\s+"
                      r"avez\s+postulé)?\s+(?:a\s+été|est)\s+(?:déjà\s+|finalement\s+)?"
                      r"(?:pourvu|gelé|suspendu|annulé|clôturé|fermé)\b|"
                      # the hiring frozen, said as a choice: "décidé de geler ce recrutement"
                      r"\b(?:geler|suspendre|annuler)\s+(?:ce|le|notre)\s+(?:recrutement|poste)\b|\bde\s+ne\s+pas\s+(?:poursuivre|donner\s+suite|"
                      r"retenir\s+votre)\b|"
                      # a system's status: "n'est plus à l'étude", "plus pris en considération"
                      r"\bn['’]est\s+plus\s+(?:à\s+l['’]étude|retenue?|considérée?)\b|"
                      r"\bplus\s+pris(?:e|es)?\s+en\s+considération\b", _I)
# "vous faire une proposition pour le poste", "promesse d'embauche"
OFFER = re.compile(r"\bvous\s+(?:faire|adresser|proposer)\s+une\s+(?:proposition|offre)\b"
                   r"(?!\s+d['’](?:entretien|rendez))|\b(?:promesse|proposition)\s+d['’]embauche\b"
                   # "vous proposer le poste de …", "lettre d'offre", "offre d'emploi ci-jointe"
                   r"|\bvous\s+proposer\s+le\s+poste\b|\blettre\s+d['’]offre\b|\bcontrat\s+de\s+"
                   r"travail\s+ci-joint\b",
                   _I)
# "vous proposer un dernier entretien", "vous inviter à un deuxième entretien"
NEXT_ROUND = re.compile(r"\bvous\s+(?:proposer|inviter\s+(?:à|pour)|convier\s+à)\s+(?:un|une)\s+"
                        r"(?:dernier|deuxième|second|nouvel|prochain|troisième|autre)\s+"
                        r"(?:entretien|échange|étape|rencontre)|\bprochaine\s+étape\s+(?:sera|est)|"
                        # "vous avez été retenu(e) pour l'étape suivante", "passer à
                        # l'étape suivante"
                        r"\bretenue?\s+pour\s+(?:la\s+prochaine\s+étape|l['’]étape\s+suivante|"
                        r"le\s+(?:prochain|dernier|second)\s+(?:tour|entretien))|\bpass(?:er|ez)\s+à\s+"
                        r"l['’]étape\s+suivante\b"
                        # "Mathilde aimerait vous revoir pour un dernier échange"
                        r"|\b(?:aimerai[st]|aimerions|souhaiterai[st]|souhaiterions|voudrai[st]|"
                        r"voudrions)\s+vous\s+(?:revoir|rencontrer|recevoir)\s+(?:à\s+nouveau\s+)?"
                        r"pour\s+(?:un|une)\s+(?:dernier|dernière|deuxième|second|seconde|nouvel|"
                        r"nouveau|nouvelle|prochain|troisième|autre)\s+(?:entretien|échange|"
                        r"étape|rencontre)",
                        _I)
NOT = re.compile(r"\b(?:ne|n['’]|pas|si)\b", _I)
DECIDE = re.compile(r"\b(?:décision|reviendr\w*|réponse|(?<!de\s)retour|informer|"
                    r"tenir\s+au\s+courant)\b", _I)
BY = re.compile(r"\bau\s+plus\s+tard\b|\bd['’]ici\b|\bavant\b|\bpour\s+le\b", _I)
BACK = re.compile(r"\bde\s+retour\b|\bretour\s+au\s+bureau\b|\bserai\s+à\s+nouveau\b", _I)
MONTHS = {"janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
          "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
          "décembre": 12, "decembre": 12}
WEEKDAYS = {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5,
            "dimanche": 6}
NEXT_WEEK = r"(?:de\s+)?la\s+semaine\s+prochaine"
CORRECTS = re.compile(r"\bje\s+me\s+corrige\b|\brectification\b|\bcorrection\b", _I)
UNTIL = re.compile(r"\bjusqu['’]au\b", _I)
THROUGH = re.compile(r"\binclus\b", _I)
# The meaning classes capture/reply_meaning composes (a new wording of the same meaning is
# caught): who writes, "not", going on, choosing, another applicant, a further step, a task
WE = r"nous"
YOU = r"vous|votre|vos|te|ton|ta|tes"
NEG = r"ne|n['’]|pas"
COND = r"si|s['’]il"
# "ne pourrons pas y donner une suite favorable", "nous ne poursuivrons pas"
GO_ON = r"donner\s+(?:une\s+)?suite|poursuiv\w*|continu\w*|aller\s+plus\s+loin"
CHOSE = r"retenu|choisi|privilégié|opté\s+pour|sélectionné"
APPLICANT = r"candidat\w*|profil\w*|personne"
THE_OTHER = r"l['’]autre\s+(?:candidat\w*|profil)"
FILLED = r"poste\s+(?:a\s+été|est)\s+(?:déjà\s+)?pourvu"
FURTHER = (r"second|seconde|deuxième|prochain\w*|dernier|dernière|troisième|nouvel|nouveau|"
           r"nouvelle|autre")
STEP = r"entretien|échange|étape|rencontre|tour"
TASK = r"cas\s+pratique|étude\s+de\s+cas|test\s+technique|exercice|mise\s+en\s+situation"
INVITE = r"vous\s+(?:propos\w*|invit\w*|convi\w*)|propos\w*\s+(?:de\s+vous|un|une)|invit\w*\s+à"
PENDING = r"encore|d['’]ici|avant|dès\s+que"
# "nous sommes au regret de vous informer": the regret said is the "no"
REGRET = r"(?:au|le)\s+regret\s+de\s+vous\s+(?:informer|annoncer|faire\s+part)"
PROCESS = r"candidature|processus|démarche|recrutement"
# the post or its search stopped (capture/reply_meaning): "de vacature on hold te zetten"
STOP_WHAT = r"poste|recrutement|processus\s+de\s+recrutement"
STOPPED = r"suspendu|annulé|gelé|mis\s+en\s+(?:pause|suspens)|on\s+hold|interrompu"
