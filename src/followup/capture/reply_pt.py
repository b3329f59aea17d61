"""How an employer writing in Portuguese (Portugal and Brazil) says the outcome of an
application, beyond the Portuguese words reply_es already holds (capture/reply_languages reads
them; the months, weekdays and return words are reply_es's). Plain words only."""

from __future__ import annotations

import re

_I = re.IGNORECASE
# "optámos por outro candidato", "a equipa decidiu seguir com outro candidato", "não vamos
# dar continuidade à sua candidatura", "a função já foi ocupada"
REJECTED = re.compile(
    r"\bopt(?:ámos|amos|ado|aram)\s+por\s+(?:outr[oa]s?|um\s+perfil|uma\s+pessoa)\b|"
    r"\bdecidi(?:u|ram)\s+(?:seguir|avançar|continuar|prosseguir)\s+com\s+outr[oa]s?\s+"
    r"(?:candidat|perfi|pessoa)\w*|\bnão\s+(?:vamos|iremos|poderemos|podemos)\s+dar\s+"
    r"(?:continuidade|seguimento)\s+(?:a|à)\s+(?:sua|tua)\s+candidatura\b|"
    r"\b(?:posição|função)\s+(?:já\s+)?foi\s+(?:preenchida|ocupada|cancelada|suspensa)\b", _I)
# "temos o prazer de lhe oferecer a posição", "oferecer-lhe o cargo", "proposta de trabalho"
OFFER = re.compile(r"\boferecer(?:-lhe|-te)?\s+(?:a\s+você\s+|lhe\s+|te\s+)?(?:a\s+|o\s+)?"
                   r"(?:posição|vaga|cargo|lugar|função)\b|\bfazer(?:-lhe|-te)?\s+uma\s+proposta\s+de\s+"
                   r"(?:trabalho|emprego)\b", _I)
# "convidar para a próxima etapa", "convidá-lo para uma segunda entrevista", "teste técnico"
NEXT_ROUND = re.compile(
    r"\bconvid(?:ar|á-lo|á-la|amos|á-los)\s+(?:você\s+|te\s+)?(?:para|a)\s+(?:a\s+|uma\s+)?"
    r"(?:próxima|segunda|última)\s+(?:etapa|fase|entrevista)\b|\b(?:segue|passou|avançou)\s+"
    r"(?:para|à)\s+(?:a\s+)?próxima\s+(?:etapa|fase)\b|\bdesafio\s+técnico\b", _I)
NOT = re.compile(r"\b(?:não|se|caso)\b", _I)
IF = re.compile(r"\b(?:se|caso)\b", _I)
DECIDE = re.compile(r"\b(?:decisão|resposta|retorno|resultado)\b", _I)
BY = re.compile(r"\baté\b|\bno\s+máximo\b", _I)
BACK = re.compile(r"(?!)")  # reply_es reads a Portuguese return
MONTHS: dict[str, int] = {}
WEEKDAYS: dict[str, int] = {}
NEXT_WEEK = r"(?:na\s+)?(?:próxima\s+semana|semana\s+que\s+vem)"
