"""Two meanings said alike in every language, read from one table rather than each language's
phrases (capture/reply_languages reads this module as one more language):

- the hire paused or called off, with no day it comes back: the search's noun and its
  "paused" verb in one clause ("rekryteringen har pausats", "výběrové řízení bylo
  pozastaveno", "该职位的招聘已暂停"), which ends the process as "on hold" does in English;
- a task or references as the next step: the words of a next step beside a task's noun
  ("als volgende stap sturen we je een thuisopdracht", "次のステップとして、課題をお送りします"),
  or references asked for ("Könnten Sie uns zwei Referenzen nennen?").

Read conservatively: a condition, a "not" or a question before the pause says nothing, nor a
pause said to last until a day. Pure: a sentence in, a match out."""

from __future__ import annotations

import re

_I = re.IGNORECASE
# the search or the hire, as each language names it
_HIRING = (r"\b(?:rekryteringen|rekrutteringen|rekrytointi|processo(?:\s+seletivo|\s+de\s+"
           r"recrutamento)?|proceso(?:\s+de\s+selección)?|výběrové\s+řízení|výberové\s+konanie|"
           r"natje[čc]aj|nate[čc]aj|вакансию|вакансия|вакансію|набір|toborzás\w*|procesul\s+de\s+"
           r"recrutare|recrutarea|proses\s+rekrutmen|rekrutmen|işe\s+alım\s+süreci|"
           r"rekrutacj[aęi]|rekruttering|werving|werving\s+en\s+selectie)\b|"
           r"διαδικασία\s+πρόσληψης|招聘|採用|채용")
# paused, frozen or called off
_PAUSED = (r"\b(?:pausats|pausat|sat\s+på\s+(?:pause|hold)|satt\s+på\s+(?:vent|pause|hold)|"
           r"suspens[oa]|suspendid[oa]|quedado\s+en\s+pausa|pozastaven\w*|zrušen\w*|"
           r"obustavljen\w*|призупинен\w*|приостановлен\w*|keskeytetty|jäädytetty|"
           r"felfüggeszt\w*|suspendat\w*|ditunda|dibekukan|durduruldu|askıya\s+alın\w*|"
           r"wstrzyman\w*|zawieszon\w*|stopgezet|bevroren)\b|ανασταλεί|已?暂停|已?暫停|見合わせ|보류")
# a condition, a "not" or a day it lasts to, in any of the languages
# (not the words that are everyday words in another language of the list: "ha", "se", "om",
# "nu", "als")
_HELD = (r"\b(?:if|not|wenn|falls|nicht|si|pas|no|não|inte|ikke|jos|ei|pokud|ne|если|не|"
         r"nem|dacă|jika|tidak|belum|değil|eğer|nie|czy|niet|indien)\b|\?|不|没|未|않|안")
_UNTIL = (r"\b(?:until|till|til|bis|hasta|até|jusqu|tot|fino|kunnes|până|до|do|až|sampai|"
          r"kadar|tot\s+en\s+met)\b|まで|까지|之前|直到")
REJECTED = re.compile(rf"^(?:(?!{_HELD}).)*?(?:(?:{_HIRING})(?:(?!{_HELD})[^.;:!?]){{0,40}}?"
                      rf"(?:{_PAUSED})|(?:{_PAUSED})[^.;:!?]{{0,20}}?(?:{_HIRING}))"
                      rf"(?![^.;]{{0,60}}(?:{_UNTIL}))", _I)
# the words of a next step, and a task's noun
_NEXT = (r"\b(?:siguiente\s+paso|volgende\s+stap|kolejn\w+\s+(?:etap\w*|krok\w*)|dalším\s+krokem|"
         r"další\s+krok|ďalším\s+krokom|nästa\s+steg|næste\s+skridt|neste\s+steg|próximo\s+passo|"
         r"prossimo\s+passo|étape\s+suivante|prochaine\s+étape|nächste[nr]?\s+Schritt\w*|"
         r"следующ\w+\s+(?:этап\w*|шаг\w*)|наступн\w+\s+(?:етап\w*|крок\w*)|seuraava\w*\s+vaihe\w*|"
         r"sonraki\s+(?:adım|aşama)\w*|langkah\s+selanjutnya|bước\s+tiếp\s+theo)\b|"
         r"次のステップ|下一步|다음\s*단계")
_TASK = (r"\b(?:prueba\s+técnica|caso\s+práctico|thuisopdracht|opdracht|zadani\w+\s+rekrutacyjn\w*|"
         r"zadani\w*|testovací\s+úkol|úkol\w*|arbetsprov|kodtest|hjemmeopgave|case(?:\s+study|"
         r"opgave)?|prova\s+tecnica|teste\s+técnico|cas\s+pratique|Fallstudie|Probeaufgabe|"
         r"тестов\w+\s+задани\w*|ennakkotehtävä\w*|tugas|bài\s+test)\b|課題|笔试|筆試|作业|과제")
_REFERENCES = (r"\b(?:Referenzen|références|referencias|referências|referenties|referenser|"
               r"referencer|referanser|referencje|referencí|reference|референции|рекомендаци\w+|"
               r"referenssi\w*|referanslar\w*)\b|推荐人|推薦人|레퍼런스|평판\s*조회")
_ASK = (r"\b(?:nennen|angeben|schicken|senden|transmettre|envoyer|fournir|enviar\w*|"
        r"proporcionar\w*|sturen|doorgeven|skicka|sende|podać|przesłać|poslat|uvést|"
        r"предоставить|прислать|надіслати|lähettää|göndermen\w*|kirim\w*)\b")
NEXT_ROUND = re.compile(rf"(?:{_NEXT})[^.;!]{{0,60}}?(?:{_TASK})|(?:{_TASK})[^.;!]{{0,40}}?"
                        rf"(?:{_NEXT})|(?:{_REFERENCES})[^.;!]{{0,40}}?(?:{_ASK})|"
                        rf"(?:{_ASK})[^.;!]{{0,40}}?(?:{_REFERENCES})", _I)
OFFER = re.compile(r"(?!)")
NOT = re.compile(rf"(?:{_HELD})(?<!\?)", _I)
DECIDE = re.compile(r"(?!)")
BY = re.compile(r"(?!)")
BACK = re.compile(r"(?!)")
MONTHS: dict[str, int] = {}
WEEKDAYS: dict[str, int] = {}
NEXT_WEEK = r"(?!)"
