"""How an employer writing in Spanish or Portuguese says the outcome of an application, the
day of a decision and the day an out-of-office writer is back (capture/reply_languages reads
them). Plain words only."""

from __future__ import annotations

import re

_I = re.IGNORECASE
# "hemos decidido seguir adelante con otros candidatos", "no vamos a avanzar con tu
# candidatura", "han decidido no avanzar contigo", "hemos optado por una persona con más…";
# Portuguese "avançar com outro candidato"
REJECTED = re.compile(r"\b(?:decidido|optado\s+por)\s+(?:seguir\s+adelante|continuar|avanzar|"
                      r"seguir)\s+con\s+otr[oa]s?\s+(?:candidat|perfil|persona)|"
                      r"\boptado\s+por\s+(?:otr[oa]s?|una\s+persona|un\s+perfil)\b|"
                      r"\bno\s+(?:vamos\s+a\s+|podemos\s+|poder\s+|avanzaremos|seguiremos)?"
                      r"(?:avanzar|continuar|seguir)\s+(?:adelante\s+)?(?:con\s+(?:tu|su)\s+"
                      r"candidatura|contigo|con\s+usted)|\bdecidid[oa]s?\s+no\s+(?:avanzar|"
                      r"continuar|seguir)|\bno\s+(?:has|ha)\s+sido\s+seleccionad|"
                      r"\bavançar\s+com\s+outr[oa]s?\s+(?:candidat|perfi)|"
                      r"\bnão\s+(?:vamos|iremos)\s+avançar|"
                      # "el equipo decidió seguir con otra persona", "optamos por una persona",
                      # "nos hemos decantado por un perfil con más experiencia"
                      r"\bdecidi(?:ó|mos|eron)\s+(?:seguir\s+adelante|continuar|avanzar|seguir)\s+"
                      r"con\s+otr[oa]s?\s+(?:candidat|perfil|persona)|\b(?:optamos|optaron)\s+por\s+"
                      r"(?:otr[oa]s?|una\s+persona|un\s+perfil)\b|\bdecantad[oa]s?\s+por\s+(?:otr[oa]s?|"
                      r"una\s+persona|un\s+perfil|un\s+candidat)|"
                      # "no vamos a seguir adelante con tu postulación", "no hayamos podido
                      # seguir adelante contigo"
                      r"\bno\s+(?:vamos\s+a\s+|hemos\s+podido\s+|hayamos\s+podido\s+)?(?:avanzar|"
                      r"continuar|seguir)\s+(?:adelante\s+)?(?:con\s+(?:tu|su)\s+(?:postulación|"
                      r"proceso|candidatura)|contigo)|"
                      # a system's status: "ha cambiado a: Ya no se está considerando"
                      r"\bya\s+no\s+(?:se\s+está|estás|está)\s+(?:siendo\s+)?considerad?|"
                      # "la vacante ya ha sido cubierta", "no continuarás en el proceso";
                      # Portuguese "optamos por seguir com outro candidato", "não seguiremos
                      # com a sua candidatura", "a vaga já foi preenchida"
                      r"\b(?:vacante|puesto|posición)\s+(?:ya\s+)?(?:ha\s+sido|fue)\s+(?:cubiert|"
                      r"congelad|cancelad)|\bno\s+(?:continuarás|seguirás|avanzarás)\s+en\s+el\s+"
                      r"proceso\b|\b(?:optamos|decidimos)\s+(?:por\s+)?(?:seguir|prosseguir|continuar)\s+com\s+"
                      r"outr[oa]s?\s+(?:candidat|perfi|pessoa)|\bnão\s+(?:vamos\s+|iremos\s+|poderemos\s+)?"
                      r"(?:seguir|prosseguir|continuar)\s+com\s+(?:a\s+)?(?:sua|tua)\s+candidatura|"
                      r"\bvaga\s+(?:já\s+)?foi\s+(?:preenchida|congelada|cancelada)\b|"
                      r"\bnão\s+foi\s+selecionad|"
                      # a system's status: "Não está mais sendo considerado"
                      r"\bnão\s+(?:está|estás)\s+mais\s+sendo\s+considerad|"
                      # the search itself paused, with no day it comes back: "hemos decidido
                      # pausar el proceso de selección para esta posición"
                      r"\b(?:pausar|suspender|congelar|cancelar)\s+(?:el\s+)?proceso\s+de\s+"
                      r"selección\b(?![^.;]{0,40}\bhasta\b)", _I)
# "ofrecerte el puesto", "hacerte una oferta"; Portuguese "apresentar uma proposta para a
# posição"
OFFER = re.compile(r"\b(?:ofrecerte|ofrecerle)\s+(?:el\s+puesto|la\s+posición|una\s+oferta)|"
                   r"\bhacer(?:te|le)\s+una\s+oferta\b|\bcarta\s+de\s+oferta\b|"
                   r"\bapresentar\s+uma\s+proposta\s+para\b|\bcarta-proposta\b|"
                   # "te compartimos la carta oferta", "nos encantaría que te unieras al equipo
                   # como …"; "te mandar a proposta formal", "queremos muito você no time"
                   r"\bcarta\s+oferta\b|\bnos\s+encantaría\s+que\s+te\s+unieras\s+al\s+equipo\b|"
                   r"\bproposta\s+formal\b|\bqueremos\s+(?:muito\s+)?(?:você|te\s+ter)\s+no\s+"
                   r"(?:time|nosso\s+time|equipe)\b|"
                   # "nos complace ofrecerte", "oferta formal"; "proposta de emprego"
                   r"\bnos\s+complace\s+ofrecer(?:te|le)\b|\boferta\s+formal\b|"
                   r"\bproposta\s+de\s+(?:emprego|trabalho|contratação)\b|\boferecer\s+(?:a\s+você|"
                   r"lhe)\s+a\s+(?:vaga|posição)\b", _I)
# "has pasado a la siguiente fase", "el siguiente paso sería una entrevista técnica"
NEXT_ROUND = re.compile(r"\bpasado\s+a\s+la\s+(?:siguiente|próxima)\s+(?:fase|etapa|ronda)|"
                        r"\b(?:el\s+)?siguiente\s+paso\s+(?:es|será|sería)\s+(?:una|la)\s+"
                        r"(?:entrevista|prueba)|\bsegunda\s+entrevista\b|"
                        r"\bpróxima\s+(?:fase|etapa)\s+(?:é|será)\b|"
                        # "tu perfil fue seleccionado para la siguiente etapa", "invitarte a la
                        # siguiente etapa", "avanzar contigo a la última etapa", "você avançou
                        # para a etapa final"
                        r"\b(?:seleccionad[oa]|invitarte|invitarle|avanzar\s+contigo|avançou|"
                        r"avançad[oa]|aprovad[oa]|selecionad[oa])\s+(?:\w+\s+){0,3}?(?:a|para)\s+"
                        r"(?:la|a)\s+(?:(?:siguiente|próxima|última)\s+(?:fase|etapa|ronda)|"
                        r"etapa\s+(?:final|seguinte)|fase\s+final)\b|"
                        # "te invitamos a una entrevista final", "convidar você para uma
                        # entrevista final", "segunda entrevista" in Portuguese
                        r"\b(?:invitarte|te\s+invitamos|convidar\s+você|te\s+convidar|convidamos\s+"
                        r"você)\s+(?:a|para)\s+(?:una|uma)\s+(?:entrevista\s+(?:final|técnica)|"
                        r"segunda\s+entrevista)\b", _I)
NOT = re.compile(r"\b(?:no|não|si|se)\b", _I)
DECIDE = re.compile(r"\b(?:decisión|respuesta|decidir|resultado|decisão|resposta|retorno|"
                    r"te\s+decimos|te\s+diremos)\b", _I)
BY = re.compile(r"\bantes\s+del?\b|\bcomo\s+(?:muy\s+)?tarde\b|\baté\b|\ba\s+más\s+tardar\b|"
               r"\bno\s+máximo\b", _I)
BACK = re.compile(r"\bde\s+vuelta\b|\bvolveré\b|\bme\s+reincorpor|"
                  r"\bregreso\s+(?:a\s+la\s+oficina\s+)?el\b|"
                  # Portuguese "retorno ao escritório em 11/01", "volto no dia 11"
                  r"\b(?:retorno|volto)\s+(?:ao\s+escritório\s+)?(?:em|no\s+dia|dia|na|no)\b|"
                  r"\bestarei\s+de\s+volta\b", _I)
MONTHS = {"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
          "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
          "diciembre": 12, "janeiro": 1, "fevereiro": 2, "março": 3, "maio": 5, "junho": 6,
          "julho": 7, "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12}
WEEKDAYS = {"lunes": 0, "martes": 1, "miércoles": 2, "jueves": 3, "viernes": 4, "sábado": 5,
            "domingo": 6, "segunda-feira": 0, "terça-feira": 1, "quarta-feira": 2,
            "quinta-feira": 3, "sexta-feira": 4}
NEXT_WEEK = r"(?:de\s+)?la\s+(?:semana\s+que\s+viene|próxima\s+semana)"
CORRECTS = re.compile(r"\b(?:me\s+)?corrijo\b|\bcorrección\b|\bcorrigindo\b|\bcorreção\b", _I)
UNTIL = re.compile(r"\bhasta\s+el\b|\baté\s+(?:o\s+dia\s+)?", _I)
THROUGH = re.compile(r"\binclusive\b|\bincluido\b", _I)
