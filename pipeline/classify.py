"""Stage 4: the cabinet's position on each recommendation, with the sentence that decides it.

Two methods read each sentence of the linked passages: a Dutch cue lexicon with negation scope
(``data/stance_cues.csv``) and a logistic classifier on sentence embeddings trained on the project's labelled
response sentences (``data/stance_sentences.csv``).  Where they disagree the confidence drops and the row is marked
for review: a wrong "agree" that nobody checks is worse than an honest "uncertain".
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

import numpy as np

from .config import PACKAGE_DATA
from .departments import find_departments
from .match import (NUMBER, REFERENCE, LinkModel, load_link_model, named_numbers, opening_numbers,
                    recommendation_codes, referenced_numbers)
from .segment import QUOTED_RECOMMENDATION
from .types import Assessment, Evidence, Link, Passage, Position, Recommendation

LABELS = ("agree", "partial", "disagree", "none")
STANCE_POSITIONS = {"agree": Position.AGREE, "partial": Position.PARTIAL, "disagree": Position.DISAGREE}
NEGATOR = re.compile(r"\b(?:niet|geen|nooit|allerminst|geenszins|not|no|never)\b")
NOT_YET = re.compile(r"\b(?:nog|op dit moment|vooralsnog|voorlopig)\s+(?:niet|geen)\b")
# "cannot agree a multi-year settlement before the outcome of the next Spending Review is known": not yet, not never
UNTIL_DECIDED = re.compile(r"\b(?:before|until)\s+the\s+(?:outcome|results?|conclusions?|completion)\s+of\b|"
                           r"\bnot\s+yet\b|\bat\s+this\s+stage\b")
# "is een bijdrage voortaan geen voorwaarde meer": a change that stops something, not a refusal
NO_LONGER = re.compile(r"\bgeen\b[^,;:]{0,40}?\bmeer\b|\bniet langer\b")
NUMBER_WORDS = {word: float(value) for value, word in enumerate(
    ("nul", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf"))} | {
    word: float(value) for value, word in enumerate(
        ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
         "twelve"))} | {
    "twintig": 20.0, "dertig": 30.0, "veertig": 40.0, "vijftig": 50.0, "honderd": 100.0, "twenty": 20.0,
    "thirty": 30.0, "fifty": 50.0, "hundred": 100.0}
UNIT_NAMES = {"%": "procent", "percent": "procent", "per cent": "procent", "jaren": "jaar", "years": "jaar",
              "year": "jaar", "maanden": "maand", "months": "maand", "month": "maand", "weken": "week",
              "weeks": "week", "dagen": "dag", "days": "dag", "day": "dag", "uren": "uur", "hours": "uur",
              "hour": "uur", "metres": "meter", "meters": "meter", "metre": "meter", "million": "miljoen",
              "billion": "miljard", "places": "plaatsen"}
QUANTITY = re.compile(
    rf"(?<![\w.,])(\d+(?:[.,]\d+)*|{'|'.join(sorted(NUMBER_WORDS, key=len, reverse=True))})\s*"
    r"(%|procent|percent|per cent|meter|meters|metres?|jaar|jaren|years?|maanden|maand|months?|weken|week|weeks?|dagen|"
    r"dag|days?|uur|uren|hours?|miljoen|miljard|million|billion|euro|plaatsen|places|fte)(?!\w)", re.I)
# "binnen zes weken", "maximaal twee weken", "within 30 days": less is more than asked
CEILING = re.compile(r"\b(?:binnen|maximaal|hooguit|ten hoogste|uiterlijk|niet meer dan|within|at most|no more than|"
                     r"up to|maximum(?: of)?)\W+(?:\w+\W+)?$", re.I)
SECOND_LABEL = re.compile(r"(?<=\s)(\d+(?:\.\d+)*)\.\s+(?=[A-Z])")
ALREADY = re.compile(r"\b(?:al|reeds|inmiddels|already)\b")
ENSURES_THAT = re.compile(r"\b(?:zo|zodanig)\s+(?:\w+\s+)?(?:ingericht|geregeld|aangepast|ontworpen)\s+dat\b"
                          r"|\b(?:zorg|zorgt|zorgen)\s+(?:\w+\s+){0,3}?ervoor\s+dat\b|\bzodat\b")
PARENTHETICAL = re.compile(r",\s*(?:however|therefore|echter|evenwel|daarom|dan ook)\s*,")
CLAUSE_BREAK = re.compile(r"\s*;\s*|,\s*(?=(?:maar|wel|terwijl|echter|but)\b)")
# "in 2026", "vanaf 1 januari 2027", "vanaf de openstelling van 2026"
FOR_A_YEAR = re.compile(r"\b(?:in|vanaf|per|uiterlijk|voor|vóór|from|by)\s+"
                        r"(?:\d{1,2}\s+\w+\s+|(?:[^\W\d]+\s+){1,4}?)?"
                        r"20\d\d\b", re.I)
PAST = re.compile(r"\b(?:heb|heeft|hebben|had|hadden|was|waren|werd|werden|has|have|were)\b", re.I)
# "..., maar nemen een vaste termijn niet over": the refusal has no subject of its own, so whoever acts in the clause
# before it is the one answering
CONJOINED_REFUSAL = re.compile(r"\W*(?:maar|but)\s+(\w+)", re.I)
REVIEW_MARGIN = 0.15
BARE_VERDICT_WORDS = 4  # "Deels overgenomen; zie brief.": a verdict with no sentence around it
BACK_REFERENCE = re.compile(r"\b(?:such|this|that|these|those|it|dit|dat|deze|die|zo'n|zulke|daarvoor|hiervoor)\b",
                            re.I)
BACK_REFERENCE_WORDS = 10
NAMED_CUE_FLOOR = 0.5  # a cue in a sentence that names the recommendation's number ("aanbeveling 5 over te nemen")
OTHER_REPORT_HEADING = re.compile(r"\b(?:rapport|report|advies|onderzoek)\b.*?\b(?:van|of|from)\s+(?:de|het|the)\s+"
                                  r"([^\W\d_][\w-]+)", re.I)
MENTIONED_IN_PASSING = re.compile(r"\b(?:uit|van|in|bij|naast|met|zoals|volgens|onder|na|door|dan|als|from|of|under|"
                                  r"with|like|than|as)\s+(?:de|het|the|uw|your|onze|our)?\s*$", re.I)
OWNER = re.compile(r"\s+(?:van|uit|of|from)\s+(?:de|het|the)\s+([^\W\d_][\w-]+)", re.I)
# "Het eerste deel neem ik over, het tweede niet.": a part of the recommendation, so the sentence answers it as a whole
NAMES_A_PART = re.compile(r"\b(?:het|de)\s+(?:eerste|tweede|derde|laatste|ene|andere)\s+(?:deel|onderdeel|helft)\b"
                          r"|\bthe\s+(?:first|second|third|last|other)\s+part\b", re.I)
POINTS_AT_RECOMMENDATION = re.compile(
    r"\b(?:deze|die|dit|de|het|haar|zijn)\s+(?:aanbeveling(?:en)?|advie(?:s|zen)|voorstel(?:len)?|oproep|verzoek)\b"
    r"|\b(?:this|that|the)\s+recommendations?\b",
    re.I,
)
# "Het voorstel om aanbieders te verplichten ...", "het advies van de Raad om ...": the response names the proposal it
# answers, which tells which recommendation a paragraph answers as surely as its number would
NAMES_PROPOSAL = re.compile(
    r"\b(?:het|dit|dat|deze|uw|zijn|haar|the|this)\s+(?:advies|voorstel|aanbeveling|verzoek|oproep|suggestie|"
    r"recommendation|proposal)\s+(?:van\s+(?:de|het)\s+\w+\s+)?(?:om|tot|dat|to|that)\b",
    re.I,
)
# how far (in z over the response's sentences) the named proposal must be closer to this recommendation than to any
# other one
NAMED_MARGIN = 0.2
# a response sentence whose words are this share of the recommendation's own words quotes it
QUOTE_SHARE = 0.85
QUOTE_MIN_WORDS = 6
EXPLORATORY_REQUEST = re.compile(
    r"\b(?:onderzoek|onderzoeken|verken|verkennen|inventariseer|inventariseren|evalueer|evalueren|ga na|na te gaan|"
    r"in kaart|in beeld te brengen|laat onderzoeken|te laten onderzoeken)\b"
    r"|\b(?:laat|laten|voer|start)\b[^.;]{0,60}?\w*(?:onderzoek|evaluatie|verkenning)\b",  # "Laat ... een schattingsonderzoek uitvoeren"
    re.I)
EXPLORATORY_OPENING = 80  # the request, not a condition further on ("..., en evalueer na twee jaar")
REQUEST_OPENING = re.compile(
    r".{0,60}?\b(?:beveelt|bevelen|adviseert|adviseren|vraagt|vragen|verzoekt|verzoeken|roept|roepen)\b"
    r"[^.;:]{0,120}?\b(?:aan|op)?\s*om\b", re.I)
# "De minister voor Rechtsbescherming laat eens in de vijf jaar onderzoeken ...": the addressee opens the request
ADDRESSEE_SUBJECT = re.compile(r"\W*(?:de|het)\s+(?:minister|ministers|staatssecretaris|kabinet|regering)\b"
                               r"[^,.;]{0,50}?"
                               r"(?=\s+(?:laat|laten|voert|voeren|start|starten|brengt|brengen|gaat|gaan)\b)", re.I)
# "... opdracht geven om de effecten van ... meerjarig te onderzoeken.": the first sentence ends on the study it asks
EXPLORATORY_ENDING = re.compile(
    r"\bte\s+(?:laten\s+)?(?:onderzoeken|verkennen|evalueren|inventariseren|brengen|gaan)\s*[.;:]?\s*$", re.I)
WEL = re.compile(r"\bwel\b(?! degelijk)", re.I)
# after a refusal, "wel laat ik ... geen nieuwe wijzigingen ingaan", "maar voor jongeren bereid ik wel ... voor": what
# the government does instead, whatever negation its content carries; not what it only sees or understands
OFFERED_INSTEAD = re.compile(
    r"\W*(?:maar\s+)?(?:wel\s+(?:\w+\s+){1,2}?(?:ik|wij|we|het kabinet|de minister|de staatssecretaris)\b"
    r"|(?:\S+\s+){0,10}?(?:ik|wij|we|het kabinet|de minister|de staatssecretaris)\s+wel\b)", re.I)
ONLY_UNDERSTANDS = re.compile(r"\b(?:begrip|begrijp\w*|zie|ziet|zien|erken\w*|herken\w*|deel|deelt|delen|snap\w*|"
                              r"waardeer\w*|onderken\w*)\b", re.I)
ALTERNATIVE_OFFER = re.compile(
    r"\W*(?:wel|daarnaast wel|in plaats daarvan|wat wel kan|instead)\b"
    r"|.{0,60}?\b(?:kies|kiest|kiezen)\s+(?:er\s+)?(?:daarom\s+|in plaats daarvan\s+)?(?:ervoor|voor)\b"
    r"(?!.{0,60}\bniet\b)",
    re.I)
# a sentence is about another recommendation linked to the same paragraph when that one leads by this many z
ABOUT_OTHER_MARGIN = 0.5
# how far below the paragraph's mean similarity a refusal may sit and still limit an acceptance ("RVO trekt ... in;
# het budget opnieuw openstellen is echter niet mogelijk"); a hedge must be at least as relevant as the mean
REFUSAL_RELEVANCE_FLOOR = -1.0
IMPLICIT_STANCE_FLOOR = 0.4
# a paragraph that answers another recommendation may answer this one too (see _shared_paragraph) when its link
# score reaches this share of the threshold and one of its sentences is among this recommendation's closest
SHARED_PARAGRAPH_FLOOR = 0.33
CLOSEST_SENTENCES = 3
# weaker hedges ("in overleg met", "eerst") do not turn an acceptance in the same sentence into a partial one
HEDGE_FLOOR = 0.5  # below this share of non-"none" the best sentence only describes
# "Tot slot stelt de ombudsman voor ...": the separable verb with its subject between
_PROPOSES_SPLIT = r"(?:stelt|stellen)(?=\s+(?:\w+\s+){1,3}voor\b)"
# A sentence whose subject (not the government) asks, recommends or finds restates the report; it takes no position.
REPORTING_VERB = re.compile(
    r"\b(?:vraagt|vragen|verzoekt|verzoeken|beveelt|bevelen|adviseert|adviseren|pleit|pleiten|roept|roepen|"
    rf"stelt voor|stellen voor|{_PROPOSES_SPLIT}|constateert|constateren|concludeert|concluderen|signaleert|signaleren|"
    r"wijst|wijzen|stelt dat|stellen dat|"
    r"bevat|bevatten|beschrijft|beschrijven|noemt|raamt|ramen|schat|schatten|berekent|berekenen|"
    r"recommends?|asks?|urges?|finds?|concludes?|contains?|suggests?|proposes?|advises?)\b",
    re.I,
)
# "De eerste gaat over informatie ...", "De tweede aanbeveling betreft een vast aanspreekpunt.", "Wat betreft de
# aanbeveling over ...": a paragraph that takes two recommendations in turn announces each before answering it
ANNOUNCES_NEXT = re.compile(
    r"\W*(?:(?:de|het)\s+)?(?:eerste|tweede|derde|vierde|vijfde|andere|laatste|volgende)\s+(?:\w+\s+)?"
    r"(?:gaat over|betreft|ziet op|heeft betrekking op|richt zich op)\b"
    r"|\W*(?:wat betreft|ten aanzien van|met betrekking tot)\s+(?:de|het)\s+(?:\w+\s+)?(?:aanbeveling|advies)\b"
    r"|\W*(?:the\s+)?(?:first|second|third|fourth|other|last|next)\s+(?:\w+\s+)?(?:concerns|is about|relates to)\b",
    re.I)
# "Dit is aan de waterschappen.", "That is a matter for the regulator.": a short sentence about what the one before
# it said; "Deze aanbeveling ..." names the one under discussion
POINTS_BACK = re.compile(r"\W*(?:dit|dat|this|that)\b(?!\s+(?:aanbeveling|advies|voorstel|recommendation|proposal))",
                         re.I)
POINTING_BACK_WORDS = 10
# "aanbeveling 4 niet", "recommendation 4 not": a clause that refuses with the verb of the clause before it
ELLIPTICAL_REFUSAL = re.compile(
    rf"\W*(?:(?:en|maar|but|and)\s+)?(?:de\s+|the\s+)?(?:aanbeveling(?:en)?|advie(?:s|zen)|recommendations?)\s+{NUMBER}"
    r"(?:\s*(?:,|en|and)\s*\w+)*\s+(?:echter\s+|however\s+)?(?:niet|not)\b", re.I)
# a clause that concedes before the main clause says what counts: "Hoewel dit aan gemeenten is, ..."
CONCEDING = re.compile(r"\W*(?:although|though|even though|whilst|while|hoewel|ofschoon)\b[^,]*$", re.I)
# the reviewing body as the subject that judges: "De Afdeling acht ...", "De Raad merkt op dat ...", "The Panel
# considers ..."; a response says so when it restates the report before answering
AUTHOR_JUDGES = re.compile(
    r"\W*(?:\w+\s+){0,3}?(?:de|het|the)\s+(?:afdeling|raad|commissie|inspectie|ombudsman|rekenkamer|adviescollege|"
    r"committee|panel|council|board|inspectorate|review\s+team)\b[^.;]{0,60}?\b(?:acht|achten|merkt|merken|wijst|wijzen|"
    r"mist|missen|onderkent|meent|menen|vindt|vinden|noemt|considers|notes|points|believes|regards)\b", re.I)
# "De raad vraagt om ... vast te leggen": the report's author asking, whatever weak cue its words hold
AUTHOR_ASKS = re.compile(
    r"\W*(?:\w+\s+){0,3}?(?:de|het|the|uw|your)\s+(?:afdeling|raad|commissie|inspectie|ombudsman|rekenkamer|"
    r"adviescollege|adviesraad|committee|panel|council|board|inspectorate)\b[^.;]{0,40}?\b(?:vraagt|vragen|"
    r"verzoekt|beveelt|adviseert|pleit|roept|stelt\s+voor|asks|recommends|calls|urges|proposes)\b", re.I)
ASKING_VERB = re.compile(  # what the report's author asks or finds
    r"\b(?:vraagt|vragen|verzoekt|verzoeken|beveelt|bevelen|adviseert|adviseren|pleit|pleiten|roept|roepen|"
    rf"stelt voor|stellen voor|{_PROPOSES_SPLIT}|constateert|constateren|concludeert|concluderen|signaleert|"
    r"signaleren)\b", re.I)
# all the report's recommendations accepted in one sentence, perhaps with exceptions named after it
WHOLESALE = re.compile(
    r"\b(?:neemt|nemen|neem|onderschrijft|onderschrijven|onderschrijf)\s+(?:al\s+)?(?:uw|de|alle|haar|zijn)\s+"
    r"(?:aanbevelingen|adviezen)\b(?!\s+(?:van|aan|die|om)\b|\s+over\s+(?:de|het|een)\b)"
    r"|\b(?:alle|uw)\s+(?:aanbevelingen|adviezen)\s+(?:worden|zijn)\s+overgenomen\b"
    r"|\b(?:accepts?|accepted|agrees?\s+with)\s+(?:all\s+)?(?:the|your|its|their|all)\s+(?:\w+\s+)?recommendations\b"
    r"(?!\s+(?:on|of|about|to|that)\b)", re.I)
EXCEPT = re.compile(r"\b(?:met uitzondering van|behalve|uitgezonderd|except(?:\s+for)?|with the exception of)\b.*",
                    re.I)
# a step with a date to it: "vanaf 1 juli 2026", "per 2027", "uiterlijk 1 januari 2026"
DATED_STEP = re.compile(r"\b(?:vanaf|met ingang van|per|uiterlijk|voor|by|from|as of|before)\s+(?:\d{1,2}\s+\w+\s+)?\d{4}\b",
                        re.I)
# "De Pensioenfederatie heeft mij laten weten dat zij ...": what another body says it does
ANOTHER_TELLS = re.compile(
    r"\W*((?:\S+\s+){1,10}?)(?:heeft|hebben|laat|laten)\b(?:\s+\S+){0,2}?\s+(?:(?:laten\s+)?weten|aangegeven|meegedeeld)\b"
    r"|\W*((?:\S+\s+){1,10}?)(?:has|have)\s+(?:informed|told|indicated|confirmed)\b",  # "The Office has informed ..."
    re.I)
GOVERNMENT_SUBJECT = re.compile(
    r"\b(?:kabinet|minister|ministers|staatssecretaris|staatssecretarissen|regering|ik|wij|we|government|department|"
    r"nederland|netherlands)\b",  # "Nederland zal in de Raad pleiten voor ...": the government abroad
    re.I)

# "De minister van IenW verlengt de regeling ...", "Ik maak ... subsidiabel": the government doing something now, with
# no cue word; in a clause next to a refusal it is the part that is done
GOVERNMENT_ACTS = re.compile(
    r"\W*(?:(?:de|het)\s+)?(?:kabinet|minister|staatssecretaris|ik|wij|we)\b"
    # "van Binnenlandse Zaken en Koninkrijksrelaties", "van Onderwijs, Cultuur en Wetenschap"
    r"(?:\s+van\s+(?:(?-i:[A-Z])[\w-]*,?\s+(?:en\s+)?)*(?-i:[A-Z])[\w-]*)?"
    r"\s+(?!(?:heeft|hebben|had|hadden|is|zijn|was|waren|kan|kunnen|zou|zouden|vindt|vind|vinden|acht|achten|ziet|"
    r"zie|zien|deelt|deel|delen|begrijpt|begrijp|begrijpen|herkent|herken|herkennen|erkent|erken|erkennen|"
    r"onderschrijft|onderschrijf|onderschrijven|wil|wilt|willen|steunt|steun|steunen|waardeert|waardeer|"
    r"en|of|die|dat|van|in|op|met|voor|zelf|ook|al|nu)\b)"
    r"(?-i:[a-z])\w+\b", re.I)
# "Het verbod op een verplichte aanschaf leg ik vast in de wet": the object first, then the government's verb
INVERTED_ACTS = re.compile(
    r"\W*(?:[\w'-]+\s+){1,10}?(?!(?:heb|ben|kan|zou|vind|acht|zie|deel|begrijp|herken|erken|onderschrijf|wil|steun|"
    r"waardeer|moet)\b)(?-i:[a-z])\w+\s+(?:ik|wij|we)\b", re.I)
DECIDED = re.compile(r"\s+(?:\w+\s+){0,2}?(?:afgesproken|besloten|toegezegd|vastgelegd|aangekondigd|gestart|ingezet|"
                     r"begonnen|geregeld|opgenomen)\b")
STUDY = re.compile(r"\b(?:onderzoek|verkenning|evaluatie|inventarisatie|monitor)\w*\b", re.I)
DATED = re.compile(r"(?:vanaf|met ingang van|per|uiterlijk)\b")
# a terse verdict that sends the reader to a numbered part of the letter ("Overgenomen; zie paragraaf 2"); "zie
# toelichting" right under a table keeps the verdict itself as the evidence
# "Sinds 2021 melden energieleveranciers ...", "Iedere school is wettelijk verplicht ...": how things stand, unless the
# sentence also takes a new step ("inmiddels", "vanaf", "zal", "ik verleng") or tells of a change ("is sinds maart
# aangepast")
STANDING = re.compile(r"\bsinds\b|^\W*since\b|\bwettelijk\s+verplicht\b|\b(?:is|zijn)\s+(?:al\s+|nu\s+)?verplicht\b"
                      r"|\b(?:op grond van|onder|volgens) de (?:\w+\s+){0,3}?\w*wet\b"
                      r"|\b(?:daarin|hierin) (?:is|zijn|staat|staan)\b"  # "Daarin is bepaald dat ...": in an existing rule
                      # "Veel gemeenten organiseren al ...", "die de gedetineerde in de regel binnen drie dagen ziet"
                      r"|^\W*(?:veel|de meeste|vrijwel alle|alle|steeds meer|een aantal|verschillende|sommige)\s+"
                      r"(?:\w+\s+){1,2}?(?:al|reeds)\b|\bin de regel\b|\bas a rule\b"
                      # "The Board was established in 2020 and is consulted on ...": what exists
                      r"|\b(?:was|were)\s+(?:established|set up|created|introduced|founded)\s+in\s+(?:19|20)\d\d\b"
                      # "In 2024 voerden ... uit", "Op 1 mei 2025 stonden ...": a past year and a past tense
                      r"|^\W*(?:in|op \d{1,2} \w+)\s+(?:19|20)\d\d,?\s+(?:\w+(?:de|te|den|ten)|stond|stonden|was|waren|"
                      r"had|hadden|kwam|kwamen|ging|gingen|gaf|gaven|lag|lagen)\b", re.I)
# "Het kabinet vindt ...", "Daarom kiezen wij ...": the government is the one who speaks
GOVERNMENT_SPEAKS = re.compile(r"\W*(?:\w+\s+){0,3}?(?:het kabinet|de regering|de minister|de staatssecretaris|ik|wij|we|"
                               r"the government|the minister|i)\b", re.I)
# "In het wetsvoorstel wordt ... vastgelegd", "is afgesproken dat", "voor het eerst in maart 2026", "wordt alleen nog
# toegestaan", "worden pas weer ingezet nadat ...": a step that is set, whoever takes it
AGREED_STEP = re.compile(r"\b(?:wetsvoorstel|wetswijziging|afgesproken|besloten|toegezegd|voor het eerst|alleen nog|"
                         r"niet langer|niet meer|bill|no longer)\b"
                         r"|\bpas\b(?:\s+\w+){0,4}?\s+(?:nadat|als|wanneer|zodra)\b", re.I)
NEW_STEP = re.compile(r"\b(?:inmiddels|tegemoetgekomen|uitgevoerd|zal|zullen|wil|willen|voortaan|vanaf|"
                      r"per\s+\d+|uiterlijk|met ingang van|komend\w*|volgend\w*|nieuwe?|(?:ik|wij|we)\s+\w+|"
                      r"aangepast|ingevoerd|gewijzigd|veranderd|uitgebreid|aangescherpt|verscherpt|ingesteld|opgericht|"
                      r"gestart|begonnen|will|shall|from now on|new)\b", re.I)
# "Overgenomen; zie paragraaf 2", "Voor mijn reactie op deze aanbeveling verwijs ik naar paragraaf 2 van deze brief"
# "Zie hiervoor mijn reactie op aanbeveling 6", "See our response to recommendation 4"
SEE_ANSWER = re.compile(
    rf"\b(?:zie|verwijs|verwijst|verwijzen|see|refer)\b[^.;]{{0,60}}?\b(?:reactie|antwoord|beantwoording|response|answer)"
    rf"\s+(?:op|bij|to)\s+(?:aanbeveling|advies|verbeterpunt|recommendation)\s+({NUMBER})"
    # an answer cell that says only "Zie verbeterpunt 3." / "Zie aanbeveling 3"
    rf"|^\W*(?:zie|see)\s+(?:ook\s+|also\s+)?(?:aanbeveling|advies|verbeterpunt|recommendation)\s+({NUMBER})\W*$", re.I)
# "Zie de brief, onder 'Europese inzet'": the section of this letter that answers, by its heading
SEE_SECTION_NAMED = re.compile(r"\b(?:zie|see)\b[^.;]{0,40}?\b(?:onder|under)\s+['‘’\"“”]([^'‘’\"“”]{3,80})['‘’\"“”]", re.I)
SEE_ELSEWHERE = re.compile(r"\b(?:zie|verwijs|verwijst|verwijzen)\b.{0,40}?(?:\b(?:paragraaf|par\.|hoofdstuk|onderdeel)|§)"
                           r"\s*(\d+(?:\.\d+)*)", re.I)


@dataclass(frozen=True)
class Cue:
    pattern: re.Pattern
    label: str
    weight: float
    kind: str


@dataclass(frozen=True)
class CueReading:
    label: str | None  # agree | partial | disagree | none (no position) | None when no cue fired
    weight: float
    matched: str
    kind: str = "stance"  # "deferral": passed on elsewhere; "premise": agrees with a finding only; "procedure"

    @property
    def passes_on(self) -> bool:
        return self.label == "none" and self.kind == "deferral"


@dataclass(frozen=True)
class SentenceStance:
    text: str
    page: int
    passage_id: str
    probabilities: tuple[float, ...]  # over LABELS, the two methods combined
    classifier_label: str
    cue: CueReading
    classifier: tuple[float, ...] = ()  # over LABELS, the sentence classifier alone


def classify(
    recommendations: list[Recommendation],
    passages: list[Passage],
    links: list[Link],
    encoder,
    *,
    link_model: LinkModel | None = None,
    stance_model=None,
    report_opening: str = "",
) -> list[Assessment]:
    """One assessment per recommendation: position, confidence, linked passages and evidence sentence.

    ``report_opening`` is the text of the report's title page: a response that cites "aanbeveling 4 van de
    Inspectie" cites the report only when that page names the Inspectie."""
    model = link_model or load_link_model()
    stance_model = stance_model or train_stance_model(encoder)
    by_id = {p.id: p for p in passages}
    links_by_recommendation: dict[str, list[Link]] = {}
    for link in links:
        links_by_recommendation.setdefault(link.recommendation_id, []).append(link)
    readings = _read_sentences(passages, encoder, stance_model)
    queries = encoder.encode_queries([r.text for r in recommendations]) if recommendations else None
    topics = replace(_Topics.of(recommendations, queries, links, readings, model.threshold, passages),
                     author=frozenset(re.findall(r"\w+", report_opening.lower())))

    def assess_all(sentence_readings) -> list[Assessment]:
        return _accepted_wholesale(recommendations, sentence_readings, _answered_as_another(recommendations, [
            _assess(recommendation, row, links_by_recommendation.get(recommendation.id, []), by_id,
                    sentence_readings, model, topics)
            for row, recommendation in enumerate(recommendations)
        ]))

    assessments = assess_all(readings)
    if isinstance(stance_model, CueOnlyStanceModel):
        return assessments
    # the same aggregation over the cue lexicon alone: where the two methods end on different positions, a person
    # should look, whatever the sentence-level agreement said
    cues_alone = assess_all(_cue_only(readings))
    checked = []
    for assessment, alone in zip(assessments, cues_alone):
        if alone.position is not assessment.position:
            assessment = replace(assessment, needs_review=True, confidence=round(assessment.confidence * 0.8, 3),
                                 reasons=assessment.reasons + (f"the cue lexicon alone reads {alone.position.value}",))
        checked.append(assessment)
    return checked


def _answered_as_another(recommendations: list[Recommendation], assessments: list[Assessment]) -> list[Assessment]:
    """ "Zie hiervoor mijn reactie op aanbeveling 6.": the answer to another recommendation is this one's answer too,
    with the pointing sentence as evidence."""
    by_number = {r.number: a for r, a in zip(recommendations, assessments) if r.number}
    answered = []
    for recommendation, assessment in zip(recommendations, assessments):
        pointer = SEE_ANSWER.search(assessment.evidence.text) if assessment.evidence else None
        number = (pointer.group(1) or pointer.group(2)) if pointer else None
        other = by_number.get(number) if number else None
        if (assessment.position is Position.NOT_ADDRESSED and other is not None and number !=
                recommendation.number and other.position not in (Position.NOT_ADDRESSED, None)):
            assessment = replace(
                assessment, position=other.position, confidence=round(0.9 * other.confidence, 3),
                needs_review=other.needs_review,
                reasons=(f"points to the answer to recommendation {number}, which reads "
                         f"{other.position.value}: '{other.evidence.text[:80]}'",) + other.reasons)
        answered.append(assessment)
    return answered


def _accepted_wholesale(recommendations: list[Recommendation], readings, assessments: list[Assessment]
                        ) -> list[Assessment]:
    """ "Het college neemt uw aanbevelingen over, met uitzondering van de aanbevelingen 4 en 7.": every recommendation
    the response does not answer on its own is accepted by that sentence, which is its evidence; the exceptions and
    those answered or passed on elsewhere keep their own reading.  "neemt de meeste bouwstenen over" accepts none in
    particular."""
    wholesale = next((stance for sentences in readings.values() for stance, _ in sentences
                      if stance.cue.label in ("agree", "partial") and WHOLESALE.search(stance.text)
                      # "neemt de adviezen vi en vii over" names the ones it accepts
                      and not referenced_numbers(EXCEPT.split(stance.text)[0])), None)
    if wholesale is None:
        return assessments
    excepted = EXCEPT.search(wholesale.text)
    exceptions = referenced_numbers(excepted.group(0)) if excepted else set()
    accepted = []
    for recommendation, assessment in zip(recommendations, assessments):
        if (assessment.position is Position.NOT_ADDRESSED and assessment.evidence is None
                and (recommendation.number not in exceptions if recommendation.number else not excepted)):
            assessment = replace(
                assessment, position=Position.AGREE, confidence=0.6, needs_review=True,
                passage_ids=(wholesale.passage_id,) + assessment.passage_ids,
                evidence=Evidence(wholesale.text, wholesale.page, wholesale.passage_id),
                reasons=(f"not answered on its own; the response accepts the recommendations at once: "
                         f"'{wholesale.text[:80]}'",) + assessment.reasons)
        accepted.append(assessment)
    return accepted


def _cue_only(readings: dict[str, list[tuple]]) -> dict[str, list[tuple]]:
    none = np.eye(len(LABELS))[LABELS.index("none")]
    return {passage_id: [(replace(stance, probabilities=tuple(float(p) for p in _combine(none, stance.cue)),
                                  classifier_label="none"), vector) for stance, vector in sentences]
            for passage_id, sentences in readings.items()}


@dataclass(frozen=True)
class _Topics:
    """Which recommendation each response sentence is about, when one paragraph answers several.

    Raw cosines of different recommendations are not comparable (a long recommendation sits higher against every
    sentence), so each recommendation's similarities are z-scored over all response sentences first.
    """

    queries: np.ndarray  # one row per recommendation
    means: np.ndarray
    spreads: np.ndarray
    rows_by_passage: dict[str, tuple[int, ...]]  # the recommendations each passage is (nearly) linked to
    answering: frozenset[str]  # passages linked above the threshold to some recommendation
    closest: tuple[frozenset[str], ...]  # per recommendation: the texts of its most similar response sentences
    best_row: dict[str, int]  # per passage: the recommendation it is linked to most strongly
    adopted: frozenset[str] = frozenset()  # positioned passages below the threshold for every recommendation
    codes: frozenset[str] = frozenset()  # recommendation numbers a sentence may cite bare ("We accept S2.")
    numbers: frozenset[str] = frozenset()  # every recommendation number the report gives
    author: frozenset[str] = frozenset()  # the words of the report's title page, where its author is named

    @classmethod
    def of(cls, recommendations, queries, links, readings, threshold: float, passages=()) -> "_Topics":
        sentences = [(stance.text, vector) for sentences in readings.values() for stance, vector in sentences]
        if queries is None or not sentences:
            return cls(np.zeros((0, 1)), np.zeros(0), np.ones(0), {}, frozenset(), (), {})
        similarity = queries @ np.stack([vector for _, vector in sentences]).T
        row_of = {r.id: row for row, r in enumerate(recommendations)}
        rows_by_passage: dict[str, set[int]] = {}
        for link in links:
            if link.rank == 1 or link.score >= threshold:
                rows_by_passage.setdefault(link.passage_id, set()).add(row_of[link.recommendation_id])
        closest = tuple(frozenset(sentences[j][0] for j in np.argsort(-row, kind="stable")[:CLOSEST_SENTENCES])
                        for row in similarity)
        strongest: dict[str, Link] = {}
        for link in links:
            if link.passage_id not in strongest or link.score > strongest[link.passage_id].score:
                strongest[link.passage_id] = link
        # a paragraph that takes a firm position answers something: when it reaches the threshold for no
        # recommendation, it answers the one it is closest to, if that one has no closer paragraph (an answer given
        # by subject in other words than the report's)
        # ... or whose only closer paragraph is the one right before it under the same heading, restating the
        # report without taking a position ("De raad vraagt om ... . Het kabinet herkent de onzekerheden.")
        restated_before = _restated_before(passages, links, readings)
        adopted = frozenset(pid for pid, link in strongest.items()
                            if link.score < threshold and (link.rank == 1 or link.rank == 2 and pid in restated_before)
                            and any(stance.cue.label in STANCE_POSITIONS and stance.cue.weight >= 0.7
                                    and stance.classifier_label == stance.cue.label and not _another_voice(stance)
                                    for stance, _ in readings.get(pid, [])))
        return cls(queries, similarity.mean(axis=1), similarity.std(axis=1) + 1e-6,
                   {pid: tuple(sorted(rows)) for pid, rows in rows_by_passage.items()},
                   frozenset(link.passage_id for link in links if link.score >= threshold) | adopted, closest,
                   {pid: row_of[link.recommendation_id] for pid, link in strongest.items()}, adopted,
                   recommendation_codes(recommendations), frozenset(r.number for r in recommendations if r.number))

    def lead_of_others(self, row: int, passage_id: str, vectors: np.ndarray) -> np.ndarray:
        """Per sentence: how far (in z) the closest other recommendation linked to this passage is more about it
        than this one; negative when this recommendation is the closest."""
        rivals = [r for r in self.rows_by_passage.get(passage_id, ()) if r != row]
        if not rivals or len(vectors) == 0:
            return np.full(len(vectors), -np.inf)
        own = (vectors @ self.queries[row] - self.means[row]) / self.spreads[row]
        others = (vectors @ self.queries[rivals].T - self.means[rivals]) / self.spreads[rivals]
        return others.max(axis=1) - own


def read_cues(text: str, cues: tuple[Cue, ...] | None = None) -> CueReading:
    """What the cue lexicon says of one sentence, with negation inside a cue's span flipping it."""
    lowered = " ".join(text.lower().split())
    cues = cues if cues is not None else load_cues()
    masked = lowered
    best = CueReading(None, 0.0, "")
    premise = None
    for cue in (c for c in cues if c.kind in ("double_negation", "premise", "procedure", "mask")):
        for found in cue.pattern.finditer(lowered):
            if cue.kind == "mask":
                pass  # cue words that speak of others ("Als UWV en een gemeente het oneens zijn"): read as nothing
            elif cue.kind in ("premise", "procedure"):
                # agreeing with a finding ("herkent het probleem dat ...") or promising progress reports takes no
                # position on the measure; it masks the verb's stronger cue and speaks only when nothing else does
                premise = _stronger(premise or CueReading(None, 0.0, ""),
                                    CueReading("none", cue.weight, found.group(0), cue.kind))
            else:
                best = _stronger(best, CueReading(cue.label, cue.weight, found.group(0)))
            masked = masked[: found.start()] + " " * (found.end() - found.start()) + masked[found.end():]
    negator = _negator(cues)
    readings = []
    for cue in (c for c in cues if c.kind in ("stance", "hedge")):
        for found in cue.pattern.finditer(masked):
            # a date ("vanaf 1 februari 2026") is no acceptance to negate: "leggen vanaf 2026 geen beslag" commits
            if (cue.label == "agree" and cue.kind == "stance" and not DATED.match(found.group(0))
                    and _negated(masked, found, negator)
                    and not NO_LONGER.search(masked[max(0, found.start() - 30): found.end() + 50])):
                if (NOT_YET.search(masked[max(0, found.start() - 30): found.end() + 30])
                        or UNTIL_DECIDED.search(masked[found.end(): found.end() + 80])):
                    # "legt zich nu nog niet vast op een verruiming": postponed, not refused
                    readings.append(CueReading("partial", 0.6, found.group(0), "hedge"))
                else:
                    # a negated acceptance ("kiest er niet voor", "niet toezeggen") is a clear refusal
                    readings.append(CueReading("disagree", max(cue.weight, 0.75), found.group(0)))
            else:
                readings.append(CueReading(cue.label, cue.weight, found.group(0), cue.kind))
    labels = {r.label for r in readings}
    contrast = _strong_contrast(masked, cues)
    refused_after_contrast = contrast is not None and bool(negator.search(masked[contrast.end():]))
    if "agree" in labels and contrast is not None and ("disagree" in labels or refused_after_contrast):
        matched = "; ".join(r.matched for r in readings)
        agreeing = max(r.weight for r in readings if r.label == "agree")
        refusing = max((r.weight for r in readings if r.label == "disagree"), default=0.0)
        # "onderschrijft de aanbeveling, maar ... niet" is partial; "deelt de analyse, maar niet de conclusie"
        # agrees only weakly (with the analysis), so the refusal decides
        # "verleng ik X, maar Y kan ik op dit moment niet toezeggen" postpones the rest: partial as well
        postponed = any(r.label == "partial" and r.kind == "hedge" for r in readings)
        # "voert het tweede deel uit, maar kan het eerste deel niet waarmaken" says itself which part is done
        in_part = any(r.label == "partial" and r.kind == "stance" and r.weight >= 0.85 for r in readings)
        # "maakt X vanaf 1 januari 2027 verplicht voor het Rijk, maar legt die verplichting niet op aan ...": a step
        # set for a date before the refusal of the rest
        # (a clause of its own: in "Een beëindiging per 1 juli acht ik echter niet haalbaar" the date is refused)
        before = masked[:contrast.start()]
        step = before if re.match(r"\W*(?:maar|but)\b", contrast.group(0)) else before.rpartition(";")[0]
        # or the other way round: "X is niet haalbaar, maar voor ouders tot 130 procent verlaagt het kabinet per
        # 1 januari 2027 de eigen bijdrage"
        dated_step = any(r.label == "agree" and DATED.match(r.matched) for r in readings) and (
            _dated_change(step) or NEGATOR.search(before) is not None and _dated_change(masked[contrast.end():]))
        label = ("partial" if (agreeing >= 0.7 or postponed or in_part or dated_step) and refusing < 1.0
                 else "disagree")
        negation = negator.search(masked[contrast.end():])
        return CueReading(label, max(agreeing, refusing, 0.7),
                          f"{matched}; {contrast.group(0)} ... {negation.group(0) if negation else 'niet'}")
    for reading in readings:
        best = _stronger(best, reading)
    deferral = _deferral(masked, cues)
    if deferral is not None and best.label in (None, "agree") and _commits_before_deferring(lowered, deferral, cues):
        # "Wij verlengen de regeling met twee jaar; over structurele financiering besluit het kabinet bij de
        # Voorjaarsnota": one part done, the rest left to a later decision
        return CueReading("partial", 0.75, f"{best.matched}; {deferral.matched}", "hedge")
    if deferral is not None and (best.label is None or best.weight < 0.8):
        # "De minister van IenW stuurt u daarover een eigen reactie": the answer is given elsewhere, so this sentence
        # takes no position; a firm stance next to it ("neemt over en stuurt een aparte brief") still decides
        return deferral
    hedges = [r for r in readings if r.label == "partial" and r.weight >= HEDGE_FLOOR]
    if best.label == "agree" and hedges:
        partial = max(hedges, key=lambda r: r.weight)
        return CueReading("partial", max(best.weight, partial.weight), f"{best.matched}; {partial.matched}")
    if best.label is None and premise is not None:
        return premise
    return best


def _commits_before_deferring(text: str, deferral: CueReading, cues: tuple[Cue, ...]) -> bool:
    """The sentence commits in a clause of its own before the clause that leaves the rest to later."""
    clauses = CLAUSE_BREAK.split(text)
    at = next((i for i, clause in enumerate(clauses) if deferral.matched in clause), 0)
    return at > 0 and any(read_cues(clause, cues).label == "agree"
                          # "Ik heb deze aanbeveling aan hem doorgeleid; ...": what was done commits to nothing new
                          or GOVERNMENT_ACTS.match(clause) and not PAST.search(clause)
                          for clause in clauses[:at])


def _deferral(text: str, cues: tuple[Cue, ...]) -> CueReading | None:
    # "Although this recommendation is addressed to transport companies, the government can help": conceded, not
    # passed on
    found = [(c, m) for c in cues if c.kind == "deferral" for m in [c.pattern.search(text)]
             if m and not CONCEDING.match(re.split(r"[.;:]", text[:m.start()])[-1])]
    if not found:
        return None
    cue, match = max(found, key=lambda f: f[0].weight)
    return CueReading("none", cue.weight, match.group(0), "deferral")


def _negator(cues: tuple[Cue, ...]) -> re.Pattern:
    patterns = [c.pattern.pattern for c in cues if c.kind == "negator"]
    return re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else NEGATOR


def _strong_contrast(text: str, cues: tuple[Cue, ...]) -> re.Match | None:
    """The first adversative ("maar", "echter", "wel ... niet"), not a mere concessive ("hoewel")."""
    matches = [m for c in cues if c.kind == "contrast" and c.weight >= 0.5 for m in [c.pattern.search(text)] if m]
    return min(matches, key=lambda m: m.start(), default=None)


def _negated(text: str, found: re.Match, negator: re.Pattern = NEGATOR) -> bool:
    """A negator inside an agreeing cue's span ("neemt ... niet over") or just before it in the same clause
    ("zal de aanbeveling niet overnemen").  Refusal cues are never flipped: double negatives have cues of their own."""
    # "does not, however, consider it appropriate": a parenthetical between negator and cue does not end the clause
    window = PARENTHETICAL.sub(" ", text[max(0, found.start() - 45): found.start()])
    before = re.split(r"[,;:()]", window[-30:])[-1]
    if negator.search(found.group(0)):
        return True
    if negator.search(before):
        # "Het systeem wordt zo ingericht dat een verplichting zonder toets niet kan worden vastgelegd": what the
        # measure prevents, not a refusal
        return not ENSURES_THAT.search(text[max(0, found.start() - 120): found.start()])
    # inverted order puts the negator right after the cue: "De aanbeveling om ... steun ik niet"
    if re.match(rf"\s+(?:{negator.pattern})\b(?!\s+(?:alleen|enkel|slechts|langer|meer)\b)", text[found.end():]):
        return True
    # a separable verb can close later than the lazy match thinks: "neemt de aanbeveling over een afbouwpad ...
    # niet over" -- a negator right before the cue's last word further on in the clause negates it too
    last_word = found.group(0).split()[-1] if found.group(0).split() else ""
    rest = re.split(r"[,;:()]", text[found.end():])[0]
    return bool(last_word) and bool(re.search(rf"(?:{negator.pattern})\W+(?:\w+\W+)?{re.escape(last_word)}\b", rest))


def load_cues(path: Path | None = None) -> tuple[Cue, ...]:
    """The cue lexicon: a CSV of regular expressions with label, weight and kind."""
    return _load_cues(str(path or PACKAGE_DATA / "stance_cues.csv"))


@lru_cache(maxsize=4)
def _load_cues(path: str) -> tuple[Cue, ...]:
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return tuple(
        Cue(re.compile(row["pattern"]), row["label"].strip(), float(row["weight"]), row["kind"].strip())
        for row in rows
        if row.get("pattern")
    )


@dataclass(frozen=True)
class StanceModel:
    """Logistic regression over sentence embeddings, as plain arrays."""

    coefficients: np.ndarray
    intercepts: np.ndarray
    encoder_name: str
    training_size: int

    def predict(self, vectors: np.ndarray) -> np.ndarray:
        logits = vectors @ self.coefficients.T + self.intercepts
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        return exp / exp.sum(axis=1, keepdims=True)


class CueOnlyStanceModel(StanceModel):
    """The baseline without a classifier: a sentence without a cue phrase reads as "none"."""

    def __init__(self) -> None:
        super().__init__(np.zeros((len(LABELS), 0)), np.zeros(len(LABELS)), "none (cue lexicon only)", 0)

    def predict(self, vectors: np.ndarray) -> np.ndarray:
        probabilities = np.zeros((len(vectors), len(LABELS)))
        probabilities[:, LABELS.index("none")] = 1.0
        return probabilities


def train_stance_model(encoder, path: Path | None = None) -> StanceModel:
    """Fit the sentence stance classifier on the shipped labelled sentences with this encoder."""
    from sklearn.linear_model import LogisticRegression

    from .stance_embeddings import embed_stance_sentences

    texts, labels = _labelled_sentences(path)
    vectors = embed_stance_sentences(encoder, texts)  # shipped vectors for the default encoder: ~20 s less per cold run
    classifier = LogisticRegression(max_iter=2000, C=4.0, class_weight="balanced")
    classifier.fit(vectors, [LABELS.index(label) for label in labels])
    coefficients = np.zeros((len(LABELS), vectors.shape[1]), dtype=np.float64)
    intercepts = np.full(len(LABELS), -1e3)
    for row, label_index in enumerate(classifier.classes_):
        coefficients[label_index] = classifier.coef_[row]
        intercepts[label_index] = classifier.intercept_[row]
    return StanceModel(coefficients, intercepts, getattr(encoder, "name", type(encoder).__name__), len(texts))


def _labelled_sentences(path: Path | None) -> tuple[list[str], list[str]]:
    with open(path or PACKAGE_DATA / "stance_sentences.csv", encoding="utf-8", newline="") as handle:
        rows = [row for row in csv.DictReader(handle) if row.get("text") and row.get("label") in LABELS]
    return [row["text"] for row in rows], [row["label"] for row in rows]


def _read_sentences(passages: list[Passage], encoder, stance_model: StanceModel) -> dict[str, list[tuple]]:
    """Per passage id: (SentenceStance, embedding) for each of its sentences."""
    sentences = [(passage.id, sentence) for passage in passages for sentence in passage.sentences]
    if not sentences:
        return {}
    vectors = encoder.encode_passages([sentence.text for _, sentence in sentences])
    classifier_probabilities = stance_model.predict(vectors)
    cues = [_split_decision(sentence.text, read_cues(sentence.text)) for _, sentence in sentences]
    readings: dict[str, list[tuple]] = {}
    for (passage_id, sentence), vector, probabilities, cue in zip(sentences, vectors, classifier_probabilities, cues):
        stance = SentenceStance(
            text=sentence.text,
            page=sentence.page,
            passage_id=passage_id,
            probabilities=tuple(float(p) for p in _combine(probabilities, cue)),
            classifier_label=LABELS[int(np.argmax(probabilities))],
            cue=cue,
            classifier=tuple(float(p) for p in probabilities),
        )
        readings.setdefault(passage_id, []).append((stance, vector))
    return readings


def _split_decision(text: str, cue: CueReading) -> CueReading:
    """A refusal that shares its sentence with a commitment or a pilot ("Voor 2026 verhoog ik X naar 920; de groei
    naar 1.000 neem ik niet over", "X vind ik geen goed instrument; wel stel ik een actieprogramma op", "begint met een
    proef ..., maar neemt het samenvoegen niet over") declines part and does part: partial.  What already happens
    ("De NZa houdt al toezicht ...; ik zie daarom geen noodzaak") is no commitment, and neither is understanding
    ("heeft er begrip voor dat ..., maar kiest daar niet voor")."""
    if cue.label not in ("agree", "disagree") or cue.weight >= 1.0:
        return cue
    clauses = [c for c in CLAUSE_BREAK.split(text) if len(c.split()) >= 4]
    if len(clauses) < 2:
        return cue
    readings = [(clause, read_cues(clause)) for clause in clauses]
    if cue.label == "agree":
        # "De uitbreiding neem ik over; het openbaar maken per gemeente acht ik niet wenselijk": each clause firm
        firm = {reading.label for _, reading in readings if reading.weight >= 0.7}
        if {"agree", "disagree"} <= firm:
            return CueReading("partial", 0.85, "; ".join(r.matched for _, r in readings if r.label), cue.kind)
        return cue
    refuses = any(reading.label == "disagree" for _, reading in readings)
    first_refusal = next((i for i, (_, reading) in enumerate(readings) if reading.label == "disagree"), len(readings))
    commits = [clause for i, (clause, reading) in enumerate(readings)
               if (reading.label in ("agree", "partial") and reading.weight >= 0.5
                   or reading.label is None and (GOVERNMENT_ACTS.match(clause) or INVERTED_ACTS.match(clause)
                                                 or _subject_refuses_next(readings, i)
                                                 or i < first_refusal and _dated_change(clause))
                   or i > first_refusal and (offer := OFFERED_INSTEAD.match(clause))
                   and not ONLY_UNDERSTANDS.search(offer.group(0)))
               and not ALREADY.search(clause.lower())]
    if refuses and commits:
        return CueReading("partial", max(cue.weight, 0.75), f"{cue.matched}; commits: {commits[0][:40]}")
    return cue


def _dated_change(clause: str) -> bool:
    """"De RVO verhoogt het aandeel controles in 2026 naar 2,5 procent, maar ...": a step set for a year, before the
    refusal of the rest; not what has been done ("heeft in 2023 verhoogd")."""
    return bool(FOR_A_YEAR.search(clause) and not PAST.search(clause) and not NEGATOR.search(clause.lower()))


def _subject_refuses_next(readings: list[tuple[str, CueReading]], index: int) -> bool:
    """"De gemeenten richten het escalatieteam in, maar nemen de termijn niet over": the next clause refuses without
    a subject of its own, so this clause's subject is the one answering, and what it does here it commits to."""
    own = readings[index][0]
    if index + 1 >= len(readings) or NEGATOR.search(own.lower()) or ONLY_UNDERSTANDS.search(own):
        return False  # "heeft er begrip voor dat ..., maar kiest daar niet voor" understands, and does nothing
    clause, reading = readings[index + 1]
    verb = CONJOINED_REFUSAL.match(clause)
    return (reading.label == "disagree" and verb is not None
            and reading.matched.lower().startswith(verb.group(1).lower()))


def _combine(classifier: np.ndarray, cue: CueReading) -> np.ndarray:
    if cue.label is None:
        return classifier
    one_hot = np.zeros(len(LABELS))
    one_hot[LABELS.index(cue.label)] = 1.0
    share = 0.65 * cue.weight
    return (1 - share) * classifier + share * one_hot


def _assess(recommendation, row, links, passages_by_id, readings, model: LinkModel, topics: _Topics) -> Assessment:
    # a passage under a heading that names this recommendation ("Aanbeveling 3: ...", "Reactie op aanbeveling 3"), or
    # opened by its number, answers it, however few words it shares with it ("Deels overgenomen")
    accepted = [link for link in sorted(links, key=lambda l: l.rank)
                if (link.score >= model.threshold
                    or _labelled_for(recommendation, passages_by_id[link.passage_id])
                    and not _another_reports_section(passages_by_id[link.passage_id].heading, topics)
                    or (link.passage_id in topics.adopted and topics.best_row.get(link.passage_id) == row))
                and not (_titled_for_another(recommendation, passages_by_id[link.passage_id])
                         and topics.best_row.get(link.passage_id) != row)]
    accepted += _pointed_to(recommendation, row, accepted, passages_by_id, readings, topics)
    accepted += _naming(row, links, accepted, readings, topics)
    accepted += _decided_by_number(recommendation, links, accepted, passages_by_id, readings, topics)
    best_score = max((link.score for link in links), default=0.0)
    near_threshold = abs(best_score - model.threshold) < REVIEW_MARGIN
    shared = None if accepted else _shared_paragraph(row, links, readings, model, topics)
    if shared is not None:
        accepted = [shared]
    if not accepted:
        return Assessment(
            recommendation_id=recommendation.id,
            position=Position.NOT_ADDRESSED,
            confidence=round(1.0 - best_score, 3),
            needs_review=near_threshold,
            reasons=(f"no passage above the link threshold {model.threshold:.2f} (best {best_score:.2f})",),
        )
    passage_ids = tuple(link.passage_id for link in accepted)
    verdicts = [
        verdict
        for link in accepted
        if (verdict := _passage_verdict(recommendation, row, link, readings.get(link.passage_id, []), topics,
                                        passages_by_id[link.passage_id].heading))
        is not None
    ]
    pointing = next((stance for link in accepted for stance, _ in readings.get(link.passage_id, [])
                     if SEE_ANSWER.search(stance.text)), None)
    # "Business sites fall under the same instructions. We refer to the response to recommendation 4.": where no
    # sentence takes a clear stance, the pointer is the answer
    if not verdicts or pointing is not None and all(
            v.stance.cue.label is None and not _names_number(
                recommendation, v.stance.text, passages_by_id[v.stance.passage_id].heading, topics) for v in verdicts):
        passed_on = next((stance for link in accepted for stance, _ in readings.get(link.passage_id, [])
                          if stance.cue.passes_on), None)
        if passed_on is not None:
            return Assessment(
                recommendation.id, Position.NOT_ADDRESSED, round(0.5 + 0.4 * accepted[0].score, 3), passage_ids,
                evidence=Evidence(passed_on.text, passed_on.page, passed_on.passage_id),
                needs_review=accepted[0].score < model.threshold + REVIEW_MARGIN,
                reasons=(f"passed on, no position in this response: '{passed_on.cue.matched}'",),
            )
        return Assessment(
            recommendation.id, Position.NOT_ADDRESSED, round(0.5 * (1.0 - accepted[0].score) + 0.25, 3), passage_ids,
            # "Zie verbeterpunt 3.": kept as evidence, so that the answer it points to can be read for this one
            evidence=Evidence(pointing.text, pointing.page, pointing.passage_id) if pointing else None,
            needs_review=True,
            reasons=(f"linked passages ({', '.join(passage_ids)}) describe policy but take no position",),
        )
    # an explicit answer under the recommendation's own heading (an overview table's "Deels overgenomen") is the
    # response's own summary of its position: it decides over the explaining prose; so, where there is none, does a
    # sentence that names the recommendation by number ("De aanbevelingen 1 en 5 over te nemen;")
    titled = ([v for v in verdicts if v.stance.cue.label == v.label and v.stance.cue.weight >= 0.7
               and _titled(recommendation, passages_by_id[v.stance.passage_id])]
              or [v for v in verdicts if v.stance.cue.label == v.label and v.stance.cue.weight >= NAMED_CUE_FLOOR
                  and _names_number(recommendation, v.stance.text, passages_by_id[v.stance.passage_id].heading,
                                    topics)])
    decisive = max(titled or verdicts, key=lambda v: v.weight)
    conflicting = [v for v in verdicts if v.label != decisive.label and v.weight >= 0.5 * decisive.weight]
    passage = passages_by_id[decisive.stance.passage_id]
    stance = decisive.stance
    explained = [v for v in verdicts if v.label == decisive.label and v is not decisive]
    order = list(passages_by_id)
    summed_up = [v for v in explained if order.index(v.stance.passage_id) < order.index(stance.passage_id)]
    if titled and (SEE_ELSEWHERE.search(stance.text) and explained
                   or len(re.findall(r"\w+", stance.text)) <= BARE_VERDICT_WORDS and summed_up):
        # "Overgenomen; zie paragraaf 2": the table decides, the paragraph it points to says what is done; a bare
        # "Deels overgenomen." in an overview after the letter sums up what the letter said: the letter's sentence with
        # the same position is the evidence a reader can check
        stance = max(explained if SEE_ELSEWHERE.search(stance.text) else summed_up, key=lambda v: v.weight).stance
        passage = passages_by_id[stance.passage_id]
    methods_disagree = stance.cue.label is not None and stance.cue.label != stance.classifier_label
    confidence = decisive.link_score * decisive.probability
    confidence *= 0.6 if methods_disagree else 1.0
    confidence *= 0.85 if stance.cue.label is None else 1.0
    confidence *= 0.7 if conflicting else 1.0
    reasons = [f"link {decisive.link_score:.2f} to {passage.id} (p. {passage.page})", decisive.why]
    reasons.append(f"cue {stance.cue.label}: '{stance.cue.matched}'" if stance.cue.label else "no cue phrase")
    reasons.append(f"classifier {stance.classifier_label}")
    if conflicting:
        reasons.append("other linked passages read " + ", ".join(sorted({v.label for v in conflicting})))
    if shared is not None:
        reasons.insert(1, f"below the link threshold {model.threshold:.2f}, but a sentence of this paragraph, which "
                          "answers another recommendation, is about this one and takes a position")
    elif decisive.link_score < model.threshold and decisive.stance.passage_id in topics.adopted:
        reasons.insert(1, f"below the link threshold {model.threshold:.2f}, but this paragraph takes a position, "
                          "answers no other recommendation and is closest to this one")
    return Assessment(
        recommendation_id=recommendation.id,
        position=STANCE_POSITIONS[decisive.label],
        confidence=round(float(min(max(confidence, 0.0), 1.0)), 3),
        passage_ids=passage_ids,
        evidence=Evidence(stance.text, stance.page, passage.id),
        needs_review=bool(methods_disagree or near_threshold or conflicting or confidence < 0.5 or shared),
        reasons=tuple(reasons),
    )


def _pointed_to(recommendation, row: int, accepted: list[Link], passages_by_id, readings, topics: _Topics
                ) -> list[Link]:
    """An answer that points to a section of the letter ("zie paragraaf 2") links this recommendation to the passage
    of that section that is most about it, at the pointing answer's score."""
    if not len(topics.queries):
        return []
    known = {link.passage_id for link in accepted}
    pointed = []
    for link in accepted:
        for stance, _ in readings.get(link.passage_id, []):
            numbered, named = SEE_ELSEWHERE.search(stance.text), SEE_SECTION_NAMED.search(stance.text)
            if numbered:
                under = re.compile(rf"\W*(?:§\s*)?{re.escape(numbered.group(1))}(?:\.\d+)*\.?\s")
                section = [p for p in passages_by_id.values() if under.match(p.heading) and readings.get(p.id)]
            elif named:
                title = " ".join(named.group(1).split()).casefold()
                section = [p for p in passages_by_id.values()
                           if " ".join(p.heading.split()).casefold().rstrip(".: ") == title and readings.get(p.id)]
            else:
                continue
            if not section:
                continue
            closest = max(section, key=lambda p: max(float(vector @ topics.queries[row]) for _, vector in readings[p.id]))
            if closest.id not in known:
                known.add(closest.id)
                pointed.append(Link(recommendation.id, closest.id, link.score, link.rank))
    return pointed


def _naming(row: int, links: list[Link], accepted: list[Link], readings, topics: _Topics) -> list[Link]:
    """A passage that names this recommendation's proposal ("De Raad adviseert om ...", "Het voorstel om ... neem ik
    niet over") answers it, however low the link model scored the paragraph as a whole (it may answer two)."""
    known = {link.passage_id for link in accepted}
    naming = []
    for link in links:
        if link.passage_id in known:
            continue
        owner = topics.best_row.get(link.passage_id)
        for stance, vector in readings.get(link.passage_id, []):
            if not (NAMES_PROPOSAL.search(stance.text) or restates_report(stance.text, asking_only=True)):
                continue
            closeness = (topics.queries @ vector - topics.means) / topics.spreads
            others = np.delete(closeness, row)
            # the sentence that names the proposal of the recommendation the paragraph answers is that one's
            if (stance.text in topics.closest[row]
                    and not (owner not in (None, row) and link.passage_id in topics.answering
                             and stance.text in topics.closest[owner])
                    and closeness[row] - (others.max() if len(others) else -np.inf) > NAMED_MARGIN
                    and _takes_position(row, link.passage_id, readings, topics)):
                naming.append(link)
                break
    return naming


def _decided_by_number(recommendation, links: list[Link], accepted: list[Link], passages_by_id, readings,
                       topics: _Topics) -> list[Link]:
    """A passage with a sentence that names this recommendation by number and takes a position on it ("De
    aanbevelingen 1 en 5 tot en met 7 over te nemen;" in a council decision that decides on several) answers it,
    however low the link model scored the passage as a whole."""
    known = {link.passage_id for link in accepted}
    return [link for link in links if link.passage_id not in known and any(
        _decides_by_number(recommendation, stance, passages_by_id[link.passage_id].heading, topics)
        for stance, _ in readings.get(link.passage_id, []))]


def _decides_by_number(recommendation, stance: SentenceStance, heading: str, topics: "_Topics") -> bool:
    """The sentence names this recommendation by number and takes a position, and is not a quotation of it."""
    return (stance.cue.label in STANCE_POSITIONS and stance.cue.weight >= NAMED_CUE_FLOOR
            and _names_number(recommendation, stance.text, heading, topics)
            and not quotes_recommendation(stance.text, recommendation.text, stance.cue.matched))


def _names_number(recommendation, sentence: str, heading: str, topics: "_Topics") -> bool:
    """The sentence names this recommendation's number ("aanbeveling 7", "de onderdelen a tot en met c" under
    "Aanbeveling 2"), and not as another report's: "aanbeveling 4 van de Inspectie", in a letter that answers a
    commission's report too, names the Inspectie's, a body the report's title page does not name."""
    return bool(recommendation.number) and recommendation.number in _cited_numbers(sentence, heading, topics)


def _another_reports_section(heading: str, topics: "_Topics") -> bool:
    """ "2. Rapport van de Inspectie" in a letter on a commission's report: the numbers cited under it are the
    Inspectie's."""
    section = OTHER_REPORT_HEADING.search(heading)
    return bool(section and topics.author and section.group(1).lower() not in topics.author)


def _cited_numbers(sentence: str, heading: str, topics: "_Topics") -> set[str]:
    """The report's recommendation numbers a sentence names; under a heading "Rapport van de Inspectie", or as
    "aanbeveling 4 van de Inspectie", they are another report's when the report's title page does not name that
    body."""
    numbers = named_numbers(sentence, heading, topics.codes)
    if not numbers:
        return numbers
    if _another_reports_section(heading, topics):
        return set()
    for found in REFERENCE.finditer(sentence):
        owner = OWNER.match(sentence, found.end())
        # "de meldplicht uit aanbeveling 1", "met uitzondering van de aanbevelingen 4 en 7": a mention, not the line
        # that decides on it
        if (owner and topics.author and owner.group(1).lower() not in topics.author
                or MENTIONED_IN_PASSING.search(sentence[:found.start()])):
            numbers -= referenced_numbers(found.group(0))
    return numbers


def _restated_before(passages, links, readings) -> frozenset[str]:
    """Passages whose predecessor under the same heading ranks first for the same recommendation while taking no
    position of its own: that predecessor restates what the report asks, and this passage answers it."""
    first = {(link.recommendation_id, link.passage_id) for link in links if link.rank == 1}
    second = {(link.recommendation_id, link.passage_id) for link in links if link.rank == 2}
    found = set()
    for before, passage in zip(passages, passages[1:]):
        if (before.heading == passage.heading
                and any((rid, before.id) in first for rid, pid in second if pid == passage.id)
                and not any(stance.cue.label in STANCE_POSITIONS and stance.cue.weight >= 0.7
                            for stance, _ in readings.get(before.id, []))):
            found.add(passage.id)
    return frozenset(found)


def _takes_position(row: int, passage_id: str, readings, topics: _Topics) -> bool:
    """Some sentence of the passage that is not more about another recommendation takes an explicit position: a
    paragraph that only names a concern ("De Raad vraagt aandacht voor ...") and describes is no answer."""
    sentences = readings.get(passage_id, [])
    lead = topics.lead_of_others(row, passage_id, np.stack([vector for _, vector in sentences]))
    return any(stance.cue.label in STANCE_POSITIONS and stance.cue.weight >= 0.7 and ahead < ABOUT_OTHER_MARGIN
               for (stance, _), ahead in zip(sentences, lead))


def _titled(recommendation, passage: Passage) -> bool:
    return bool(recommendation.number) and heading_numbers(passage.heading) == {recommendation.number}


def heading_numbers(heading: str) -> set[str]:
    """The recommendations a heading names: "Aanbeveling 5: Doorlopende behandeling 6. Wachttijdbemiddeling", the
    first cell of a table row that answers two, names 5 and 6."""
    numbers = referenced_numbers(heading)
    return numbers | set(SECOND_LABEL.findall(heading)) if numbers else numbers


def _labelled_for(recommendation, passage: Passage) -> bool:
    """ "Aanbeveling 10 en 11. ..." opens the answer to both: each is answered there, however the paragraph as a
    whole resembles one of them more."""
    return bool(recommendation.number) and recommendation.number in (opening_numbers(passage.text)
                                                                     | heading_numbers(passage.heading))


def _titled_for_another(recommendation, passage: Passage) -> bool:
    """Under "Aanbeveling 4.1" the answer is 4.1's: it answers 4.2 only when it names 4.2 itself or is more about
    4.2 than about anything else (an answer given by subject under a neighbour's heading)."""
    titles = heading_numbers(passage.heading)
    # "Advies 1: ..." heads the answer to its parts 1a, 1b and 1c too
    parent = re.sub(r"(?<=\d)(?:[a-z]|[ivx]+)$", "", recommendation.number)
    return (bool(recommendation.number) and bool(titles) and not {recommendation.number, parent} & titles
            and recommendation.number not in referenced_numbers(passage.text))


def _shared_paragraph(row: int, links: list[Link], readings, model: LinkModel, topics: _Topics) -> Link | None:
    """The paragraph that answers this recommendation next to another one, when the link model scored it low.

    A paragraph that answers two recommendations ("Ik onderschrijf uw aanbeveling om X ... Y vind ik daarentegen te
    zwaar") looks, as a whole, like the one it spends most words on.  It still answers this one when one of its
    sentences is among the closest to this recommendation in the whole response, is more about this recommendation
    than about any other linked there, and takes an explicit position.
    """
    candidates = [link for link in links if link.rank == 1 and link.passage_id in topics.answering
                  and link.score >= SHARED_PARAGRAPH_FLOOR * model.threshold]
    for link in candidates:
        sentences = readings.get(link.passage_id, [])
        if not sentences:
            continue
        lead = topics.lead_of_others(row, link.passage_id, np.stack([vector for _, vector in sentences]))
        for (stance, _), ahead in zip(sentences, lead):
            if (stance.text in topics.closest[row] and ahead < -ABOUT_OTHER_MARGIN
                    and stance.cue.label in STANCE_POSITIONS and stance.cue.weight >= 0.7):
                return Link(link.recommendation_id, link.passage_id, link.score, link.rank)
    return None


@dataclass(frozen=True)
class _Verdict:
    label: str  # agree | partial | disagree
    stance: SentenceStance  # the evidence sentence
    probability: float
    weight: float  # how strongly this passage decides the recommendation
    link_score: float
    why: str


def _passage_verdict(recommendation, row: int, link: Link, sentences: list[tuple], topics: _Topics, heading: str = ""
                     ) -> _Verdict | None:
    """The position one passage takes on a recommendation, from the sentences that concern it.

    The strongest voiced sentence decides, except that an explicit refusal or hedge next to an acceptance makes the
    answer partial.  Sentences that only restate what the report asks ("De ombudsman vraagt ...") take no position.
    """
    if not sentences:
        return None
    sentences = [(_own_clause(_without_echo(stance, recommendation.text), recommendation.number), vector)
                 for stance, vector in sentences]
    vectors = np.stack([vector for _, vector in sentences])
    similarity = vectors @ topics.queries[row]
    lead = topics.lead_of_others(row, link.passage_id, vectors)
    about_other = about_others(lead, [stance.text for stance, _ in sentences])
    # in a paragraph that opens by naming one of the report's recommendations ("Aanbeveling 4 vraagt mij ..."),
    # "Deze aanbeveling neem ik over." speaks of that one, whatever another recommendation's words nearby
    titles = referenced_numbers(heading) or (opening_numbers(sentences[0][0].text) & topics.numbers)
    titled_here = bool(recommendation.number) and titles == {recommendation.number}
    titled_other = bool(recommendation.number) and bool(titles) and recommendation.number not in titles
    about_other = np.array([(other and not titled_here or titled_other)
                            if POINTS_AT_RECOMMENDATION.search(stance.text) else other
                            for (stance, _), other in zip(sentences, about_other)], dtype=bool)
    announced = [i for i, (stance, _) in enumerate(sentences) if ANNOUNCES_NEXT.match(stance.text)]
    if len(announced) >= 2:
        # each announced part is about the recommendation its announcing sentence is closest to
        for start, end in zip(announced, announced[1:] + [len(sentences)]):
            about_other[start:end] = lead[start] > 0
    # "..., en vanaf dat moment analyseren de medische diensten alle incidenten (V5 en V6)": a sentence that names this
    # recommendation's number is about it, whichever other recommendation its words are closer to
    about_other &= ~np.array([_names_number(recommendation, stance.text, heading, topics) for stance, _ in sentences])
    # "The review also suggests that ... be made conditional on a training plan. The Government does not intend to
    # attach such a condition ...": the answer right after this recommendation is restated is about it
    for index in range(1, len(sentences)):
        before = sentences[index - 1][0].text
        text = sentences[index][0].text
        if (about_other[index] and not about_other[index - 1] and restates_report(before)
                and BACK_REFERENCE.search(" ".join(text.split()[:BACK_REFERENCE_WORDS]))
                and not NAMES_PROPOSAL.search(text)
                and not (named_numbers(text, heading, topics.codes) - {recommendation.number})):
            about_other[index] = False
    if len(sentences) > 2:
        relevance = (similarity - similarity.mean()) / (similarity.std() + 1e-6)
    else:
        relevance = np.zeros(len(sentences))
    voiced = [replace(v, other_lead=float(lead_here))
              for (stance, _), relevant, other, lead_here in zip(sentences, relevance, about_other, lead)
              if (v := _voice(recommendation, stance, float(relevant), bool(other), heading, topics.codes))
              is not None]
    lines = [stance for stance, _ in sentences if _decides_by_number(recommendation, stance, heading, topics)]
    if lines and (not voiced or any(_cited_numbers(stance.text, heading, topics) - {recommendation.number}
                                    and not _names_number(recommendation, stance.text, heading, topics)
                                    for stance, _ in sentences)):
        # "De aanbevelingen 1 en 5 tot en met 7 over te nemen; ... De aanbevelingen 10 en 11 niet over te nemen;": in
        # a passage that decides on several recommendations line by line, the line that names this one decides it;
        # so it does where nothing else in the passage takes a position
        line = max(lines, key=lambda stance: stance.cue.weight)
        return _Verdict(line.cue.label, line, line.cue.weight, link.score * line.cue.weight, link.score,
                        "the line of the decision that names it")
    if any(stance.cue.passes_on for (stance, _), other in zip(sentences, about_other) if not other):
        # an explicit "X answers this elsewhere" outweighs what the classifier alone reads into the other sentences
        voiced = [v for v in voiced if v.explicit]
        if not voiced:
            return None
    if not voiced:
        return _implicit_verdict(recommendation, link, sentences, relevance, about_other)
    voiced.sort(key=lambda v: -v.score)
    named = ([v for v in voiced if v.stance in lines and v.stance.cue.label == v.label]
             # of sentences that read the same, the one that names the recommendation and says what is done ("DJI
             # stelt in 2026 een protocol vast (V3).") is the evidence; not an introduction ("Aanbeveling 2.")
             or [v for v in voiced if v.label == voiced[0].label
                 and _names_number(recommendation, v.stance.text, heading, topics)
                 and (v.stance.cue.label == v.label or _dated_change(v.stance.text))])
    if named and not _names_number(recommendation, voiced[0].stance.text, heading, topics):
        voiced = [named[0]] + [v for v in voiced if v is not named[0]]
    if any(v.label == "disagree" and v.explicit for v in voiced):
        # next to an explicit refusal, what already exists ("Aanbieders zijn nu al verplicht ...") is its reason,
        # not an acceptance; and "Wij nemen X niet over. Wel ondersteunen wij Y." offers an alternative: the refusal
        # is the answer
        voiced = [v for v in voiced
                  if not (v.label == "agree" and not v.explicit and ALREADY.search(v.stance.text.lower()))]
        voiced.sort(key=lambda v: (v.alternative, -v.score))
    top = voiced[0]
    verdict = next((v for v in voiced if v.label == "partial" and v.explicit and v.stance.cue.weight >= 0.85
                    and v.other_lead < 0 and (POINTS_AT_RECOMMENDATION.search(v.stance.text)
                                              or NAMES_A_PART.search(v.stance.text))), None)
    if verdict is not None:
        # "Ik neem deze aanbeveling gedeeltelijk over." is the answer on the whole; what is refused or done next to
        # it ("Een individuele berekening neem ik niet over") is the part it speaks of
        return _Verdict("partial", verdict.stance, verdict.probability, link.score * max(top.score, verdict.score),
                        link.score, "the answer calls itself partial")
    refusal_first = top.label == "disagree" and _answers_back(top.stance.text)
    if recommendation.number and recommendation.number in named_numbers(top.stance.text, heading, topics.codes):
        # "Aanbeveling 7.2 neem ik niet over" names its recommendation: what the paragraph says that is more about
        # another one (7.1's commitment before it) does not limit it
        voiced = [top] + [v for v in voiced[1:] if v.other_lead < 0]
    limits = [
        v for v in voiced[1:]
        if (v.relevance >= 0 or v.relevance >= REFUSAL_RELEVANCE_FLOOR
            and (v.label == "disagree" or refusal_first or v.label == "partial" and _contrasts(v.stance.text)))
        and not v.alternative and (
            (top.label == "agree" and v.label in ("partial", "disagree")
                and (v.explicit or _contrasts(v.stance.text) and v.stance.cue.label == v.label))
            or (top.label == "disagree" and v.label == "partial" and v.explicit and v.stance.cue.kind == "stance"
                and v.relevance >= REFUSAL_RELEVANCE_FLOOR)  # "doet X waar gemeenten dat willen, maar niet overal"
            or (top.label == "disagree" and v.label == "agree"
                and (v.explicit or refusal_first or _accepts_first(v, top, sentences))
                and (v.relevance >= 0 or refusal_first and v.relevance >= REFUSAL_RELEVANCE_FLOOR))
        )
    ]
    if top.label == "partial" or limits:
        limit = top if top.label in ("partial", "disagree") else limits[0]
        why = "hedged or partial" if limit.label == "partial" else "passage accepts part and declines part"
        return _Verdict("partial", limit.stance, max(limit.probability, 0.5), link.score * top.score, link.score, why)
    why = f"strongest stance sentence reads {top.label}" + (" (no cue phrase)" if not top.explicit else "")
    return _Verdict(top.label, top.stance, top.probability, link.score * top.score, link.score, why)


def about_others(lead: np.ndarray, texts: list[str] | None = None) -> np.ndarray:
    """Per sentence of a paragraph, in order: is it about another recommendation answered there?  Clearly so when
    it is more about that one by the margin; also when it leans that way right after a sentence that clearly is, as
    it carries on that subject ("We have considered the proposal that all staff be searched. ... we will not
    introduce it."), or when it is a short sentence that points back to it ("Dit is aan de waterschappen.")."""
    clearly = lead > ABOUT_OTHER_MARGIN
    pointing_back = np.array([bool(POINTS_BACK.match(text)) and len(text.split()) <= POINTING_BACK_WORDS
                              for text in texts]) if texts else np.zeros_like(clearly)
    carried = np.zeros_like(clearly)
    carried[1:] = ((lead[1:] > 0) | pointing_back[1:]) & clearly[:-1]
    return clearly | carried


def _accepts_first(acceptance: "_Voice", refusal: "_Voice", sentences: list[tuple]) -> bool:
    """An acceptance with a cue of its own that comes before the refusal ("zal het CJIB vragen X voortaan niet meer te
    doen ... Y wil de minister niet") takes part of the recommendation; a "Wel ..." after a refusal only offers
    something else."""
    order = [stance.text for stance, _ in sentences]
    return (acceptance.stance.cue.label == "agree" and acceptance.stance.cue.weight >= 0.5
            and order.index(acceptance.stance.text) < order.index(refusal.stance.text))


def _implicit_verdict(recommendation, link: Link, sentences: list[tuple], relevance: np.ndarray,
                      about_other: np.ndarray) -> _Verdict | None:
    """No sentence takes a clear stance: the classifier's lean on the most relevant sentence, flagged as weak; a
    passage that only describes (the classifier reads mostly "none") answers nothing."""
    none = LABELS.index("none")
    candidates = [
        (1.0 - stance.probabilities[none] + 0.1 * float(relevant), stance)
        for (stance, _), relevant, other in zip(sentences, relevance, about_other)
        if not (other or stance.cue.label == "none"
                # what already is or may be done, with no firm cue of a new step ("financiert al ... tot en met 2027")
                or stance.cue.weight < 0.7 and (_describes_what_is(stance.text) or _describes_standing(stance.text))
                or quotes_recommendation(stance.text, recommendation.text, stance.cue.matched)
                or _another_voice(stance) or AUTHOR_ASKS.match(stance.text))
    ]
    candidates = [
        (lean, stance) for lean, stance in candidates
        if 1.0 - stance.probabilities[none] >= IMPLICIT_STANCE_FLOOR
        # without a cue phrase, no position may be more likely than none
        and not (stance.cue.label is None and max(stance.probabilities[LABELS.index(l)] for l in STANCE_POSITIONS)
                 <= stance.probabilities[none])
        # "De NVWA controleert dit bij de audits": how things are done, with no step and no one deciding
        and (_takes_a_step(stance.text) or stance.cue.weight >= 0.7 or _leans_to(stance) != "agree")]
    if not candidates:
        return None
    lean, stance = max(candidates, key=lambda c: c[0])
    label = _leans_to(stance)
    probability = stance.probabilities[LABELS.index(label)] / max(1.0 - stance.probabilities[none], 1e-6)
    label = _studied_as_asked(recommendation, stance, label)
    return _Verdict(label, stance, 0.5 * probability, 0.5 * link.score * lean, link.score,
                    f"no sentence takes a clear stance; leaning {label}")


def _describes_what_is(sentence: str) -> bool:
    """ "Gemeenten kunnen op grond van de Huisvestingswet al voorrang verlenen": what already is, not a new step.
    "al" in a relative clause ("leerlingen die al op de school zitten") describes someone, and what has already been
    agreed or decided ("is al afgesproken dat ...") is a commitment."""
    lowered = " ".join(sentence.lower().split())
    for found in ALREADY.finditer(lowered):
        before = lowered[max(0, found.start() - 40): found.start()].split()[-4:]
        if any(word in ("die", "dat", "wat", "wie", "waar", "waarin", "waarvoor") for word in before):
            continue
        if DECIDED.match(lowered[found.end():]):
            continue
        return True
    return False


def _leans_to(stance: SentenceStance) -> str:
    return max(("agree", "partial", "disagree"), key=lambda l: stance.probabilities[LABELS.index(l)])


def _takes_a_step(sentence: str) -> bool:
    """A new step, a date to it, a bill or an agreement, or the government as the one who speaks ("Het kabinet vindt
    X een goed middel")."""
    return bool(NEW_STEP.search(sentence) or DATED_STEP.search(sentence) or GOVERNMENT_SPEAKS.match(sentence)
                or AGREED_STEP.search(sentence))


def _describes_standing(sentence: str) -> bool:
    return bool(STANDING.search(sentence)) and not NEW_STEP.search(sentence)


@dataclass(frozen=True)
class _Voice:
    label: str
    stance: SentenceStance
    probability: float
    score: float
    relevance: float
    explicit: bool  # a cue phrase of weight >= 0.7 backs it
    alternative: bool  # "Wel ...": offers or considers something else next to a refusal
    other_lead: float = 0.0  # how much more the sentence is about another recommendation than about this one


def less_than_asked(recommendation: str, sentence: str) -> bool:
    """The sentence commits to less of something the recommendation asks a floor of: a smaller amount, a shorter
    term, a narrower zone ("een onderzoeksprogramma van vier jaar" where "ten minste tien jaar" was asked; "rond
    woningen kies ik voor een zone van 25 meter" where 50 was asked).  A ceiling ("binnen zes weken", "maximaal
    twee weken") is met by less, so it does not count."""
    asked = [(value, unit, of) for value, unit, ceiling, of in _quantities(recommendation) if not ceiling]
    given = [(value, unit, of) for value, unit, _, of in _quantities(sentence)]
    # of the same thing: "een zone van 50 meter" and "een zone van 25 meter", not "130 procent van het minimumloon"
    # and "het afbouwpercentage van 33 naar 27 procent"
    return any(unit == asked_unit and value < asked_value and of & asked_of
               for asked_value, asked_unit, asked_of in asked for value, unit, of in given)


def _quantities(text: str) -> list[tuple[float, str, bool, set[str]]]:
    """(value, unit, is a ceiling, the words just before it) for each "50 meter", "tien jaar", "17 procent", "€ 20
    miljoen" in the text."""
    found = []
    for match in QUANTITY.finditer(text):
        number, unit = match.group(1).lower(), match.group(2).lower()
        value = NUMBER_WORDS.get(number)
        if value is None:
            value = float(number.replace(".", "").replace(",", "."))
        before = text[max(0, match.start() - 40): match.start()]
        ceiling = bool(CEILING.search(before[-25:]))
        found.append((value, UNIT_NAMES.get(unit, unit), ceiling, set(re.findall(r"[^\W\d_]{4,}", before.lower()))))
    return found


def _studied_as_asked(recommendation, stance: SentenceStance, label: str) -> str:
    """ "Breng in kaart ..." answered with "Wij gaan na ...": the study is what was asked, so it agrees."""
    study = stance.cue.kind == "hedge" or stance.cue.label is None and STUDY.search(stance.text)
    if label == "partial" and study and asks_to_explore(recommendation.text):
        return "agree"
    return label


def asks_to_explore(recommendation: str) -> bool:
    """The recommendation's own request is to study, map or explore ("in kaart te brengen bij welke ...",
    "Onderzoek of ..."), so a response that commits to the study agrees rather than hedges."""
    first = re.split(r"(?<=[.;])\s+", recommendation.strip(), maxsplit=1)[0]
    # "De ombudsman beveelt de ministers van VWS en Defensie aan om gezamenlijk te laten onderzoeken ...": the request
    # starts after who asks whom
    asking = REQUEST_OPENING.match(recommendation) or ADDRESSEE_SUBJECT.match(recommendation)
    opening = recommendation[asking.end():] if asking else recommendation
    return bool(EXPLORATORY_REQUEST.search(opening[:EXPLORATORY_OPENING])
                or EXPLORATORY_ENDING.search(first) and EXPLORATORY_REQUEST.search(first[-60:]))


def quotes_recommendation(sentence: str, recommendation: str, cue: str = "") -> bool:
    """ "Aanbeveling: Zorg dat ..." before the answer, or a sentence nearly every word of which is a word of the
    recommendation: it quotes the report, whatever cue words the quote contains, unless its cue phrase is not the
    report's ("Ik neem over dat ..." followed by the recommendation's words)."""
    if QUOTED_RECOMMENDATION.match(sentence):
        return True
    if cue and cue not in " ".join(recommendation.lower().split()):
        return False
    words = re.findall(r"\w+", sentence.lower())
    if len(words) < QUOTE_MIN_WORDS:
        return False
    recommended = set(re.findall(r"\w+", recommendation.lower()))
    return sum(word in recommended for word in words) >= QUOTE_SHARE * len(words)


def restates_report(sentence: str, asking_only: bool = False) -> bool:
    """ "De ombudsman vraagt daarnaast om ..." says what the report wants, not what the government will do.  With
    ``asking_only`` only what the author asks or finds counts ("In aanbeveling 4.1 vraagt de Inspectie om ...",
    "De Raad constateert dat ..."), not "bevat"."""
    found = (ASKING_VERB if asking_only else REPORTING_VERB).search(sentence)
    if found is None or len(sentence[: found.start()].split()) > 8:
        return False
    # "Tot slot stelt de ombudsman voor ...", but not "Daarom stelt het kabinet voor ...": the subject after the verb
    after = " ".join(sentence[found.end():].split()[:3])
    return not GOVERNMENT_SUBJECT.search(sentence[: found.start()]) and not (
        len(sentence[: found.start()].split()) and GOVERNMENT_SUBJECT.search(after))


def _answers_back(sentence: str) -> bool:
    """The refusal sets itself against an earlier sentence ("... is echter niet mogelijk", "Maar ..."), not against
    its own opening ("Ik begrijp de wens ..., maar een verplichting voegt weinig toe")."""
    lowered = " ".join(sentence.lower().split())
    return bool(re.match(r"\W*maar\b", lowered) or re.search(r"\b(?:echter|daarentegen)\b", lowered))


def _contrasts(sentence: str) -> bool:
    """The sentence sets itself against what came before ("... gaat ons echter te ver")."""
    return _strong_contrast(" ".join(sentence.lower().split()), load_cues()) is not None


def _voice(recommendation, stance: SentenceStance, relevance: float, about_other: bool, heading: str = "",
           codes: frozenset[str] = frozenset()) -> _Voice | None:
    """A sentence's stance when it clearly takes one, else None (description, context, restatement, a sentence
    passed on to another body, or one about another recommendation answered in the same paragraph)."""
    if (stance.cue.label == "none" or quotes_recommendation(stance.text, recommendation.text, stance.cue.matched)
            or _speaks_for_the_report(stance)):
        return None
    numbers = named_numbers(stance.text, heading, codes)
    named = bool(recommendation.number) and recommendation.number in numbers
    if (about_other or numbers and recommendation.number) and not named:
        return None  # about another recommendation, or names another one ("Aanbeveling 7.2 neem ik niet over")
    label = max(("agree", "partial", "disagree"), key=lambda l: stance.probabilities[LABELS.index(l)])
    probability = stance.probabilities[LABELS.index(label)]
    explicit = stance.cue.label == label and stance.cue.weight >= 0.7
    # a stance phrase decides even when its sentence is short and shares few words with the recommendation
    if not (explicit or probability >= 0.5) or (relevance < -0.75 and not named and not explicit):
        return None
    if not explicit and _describes_standing(stance.text):
        return None  # how things stand is no answer, however much it reads like one
    # the deciding sentence usually carries the stance phrase and points at the recommendation ("deze aanbeveling"),
    # even when a neighbouring sentence shares more words with it
    cue_strength = stance.cue.weight if stance.cue.label == label else 0.0
    label = _studied_as_asked(recommendation, stance, label)
    if label == "agree" and less_than_asked(recommendation.text, stance.text):
        label = "partial"  # "Ik stel 9 miljoen euro beschikbaar voor een programma van vier jaar" where ten were asked
    # naming the recommendation counts for a sentence that takes a stance of its own, not for an introduction
    # ("Uw eerste advies, over het collegegeld, raakt aan een bredere afweging")
    score = probability + 0.5 * cue_strength + 0.1 * relevance + (0.5 if named and explicit else 0.0)
    score += 0.15 if POINTS_AT_RECOMMENDATION.search(stance.text) else 0.0
    alternative = label in ("agree", "partial") and bool(
        ALTERNATIVE_OFFER.match(stance.text) or WEL.search(stance.text) and not NEGATOR.search(stance.text.lower()))
    return _Voice(label, stance, probability, score, relevance, explicit, alternative)


def _speaks_for_the_report(stance: SentenceStance) -> bool:
    """The sentence tells what the report says: in any words when no cue speaks for the government; when the report's
    author asks or finds ("In aanbeveling 4.1 vraagt de Inspectie om ...", "De Raad constateert dat de vergoeding
    niet in verhouding staat"), also over a weak cue or, with no government subject, over any cue."""
    return _another_voice(stance) or ((stance.cue.weight < 0.7 or not GOVERNMENT_SUBJECT.search(stance.text))
                                      and restates_report(stance.text, asking_only=True))


def _another_voice(stance: SentenceStance) -> bool:
    """The report restated without a cue, another body telling what it does, or the reviewing body's judgement."""
    return (stance.cue.label is None and restates_report(stance.text) or _another_body_tells(stance)
            or _author_judges(stance))


def _author_judges(stance: SentenceStance) -> bool:
    """ "De Afdeling acht de termijn niet realistisch": the report's judgement, not the government's; but "De inspectie
    wijst terecht op ..." is the government agreeing with it."""
    return (bool(AUTHOR_JUDGES.match(stance.text)) and not stance.cue.passes_on
            and not re.search(r"\b(?:terecht|rightly|correctly)\b", stance.text, re.I))


def _another_body_tells(stance: SentenceStance) -> bool:
    """A sector body's word on what it will do ("De Vereniging heeft laten weten dat de herziening in voorbereiding
    is") is not the government's position; an agency of the government telling its step ("De NZa heeft mij laten
    weten dat zij per 1 januari ... voorschrijft") is part of the answer, and so is a body's step with a date to it
    ("Veilig Thuis Nederland heeft ons laten weten dat ... vanaf 1 juli 2026 iedere melder ... informeren"), and so
    is a body's firm word on the recommendation itself, which was addressed to it ("De Rechtspraak laat weten dat zij
    de aanbeveling om ... niet overneemt")."""
    sentence, cue = stance.text, stance.cue
    found = ANOTHER_TELLS.match(sentence)
    teller = found and (found.group(1) or found.group(2))
    if not teller or GOVERNMENT_SUBJECT.search(teller) or DATED_STEP.search(sentence):
        return False
    if (POINTS_AT_RECOMMENDATION.search(sentence[found.end():]) and cue.label in ("agree", "disagree")
            and cue.weight >= 0.6):
        return False
    return not any(m.kind in ("ministry", "portfolio", "agency") for m in find_departments(teller))


def _without_echo(stance: SentenceStance, recommendation: str) -> SentenceStance:
    """ "Het kabinet onderschrijft de aanbeveling dat gemeenten geen modellen inkopen waarvan de leverancier de
    werking niet volledig openbaar maakt": a limiting or negating phrase that the recommendation itself contains
    ("niet volledig") restates what is asked; the sentence is read again without it."""
    if stance.cue.label not in ("partial", "disagree") or not stance.classifier:
        return stance
    asked = " ".join(re.findall(r"\w+", recommendation.lower()))
    lowered = " ".join(stance.text.lower().split())
    echoed = [part for part in stance.cue.matched.split("; ")
              if len(words := re.findall(r"\w+", part)) >= 2 and f" {' '.join(words)} " in f" {asked} "]
    if not echoed:
        return stance
    for part in echoed:
        lowered = lowered.replace(part, " " * len(part))
    return _read_again(stance, lowered)


def _own_clause(stance: SentenceStance, number: str) -> SentenceStance:
    """ "Ja, wat betreft advies 8; gedeeltelijk wat betreft advies 9.": a sentence that answers several numbered
    recommendations clause by clause is read, for each, by the clause that names it."""
    if not number or len(referenced_numbers(stance.text)) < 2 or not stance.classifier:
        return stance
    parts = re.split(r"\s*;\s*", stance.text)
    clauses = [clause for clause in parts if number in referenced_numbers(clause)]
    if len(clauses) != 1:
        return stance
    own = _read_again(stance, " ".join(clauses[0].lower().split()))
    if own.cue.label is None and ELLIPTICAL_REFUSAL.match(clauses[0]):
        # "Aanbeveling 3 neem ik over; aanbeveling 4 niet, omdat ...": the verb of the other clause, refused
        accepted = [cue for part in parts if part is not clauses[0]
                    for cue in [read_cues(part)] if cue.label == "agree" and cue.weight >= 0.7]
        if accepted:
            cue = CueReading("disagree", accepted[0].weight, f"{accepted[0].matched}; {clauses[0][:30]}")
            return replace(own, cue=cue, probabilities=tuple(float(p) for p in _combine(np.array(stance.classifier),
                                                                                          cue)))
    return own


def _read_again(stance: SentenceStance, text: str) -> SentenceStance:
    """The sentence's cues read from part of it, combined with the classifier's reading of the whole sentence."""
    cue = _split_decision(text, read_cues(text))
    probabilities = tuple(float(p) for p in _combine(np.array(stance.classifier), cue))
    return replace(stance, cue=cue, probabilities=probabilities)


def _stronger(first: CueReading, second: CueReading) -> CueReading:
    return second if second.weight > first.weight else first
