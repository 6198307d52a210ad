"""Stage 2: cut the report into recommendations and the response into passages.

Recommendations are found wherever a report puts them: list items under an "Aanbevelingen"/"Recommendations"
heading, list items after a lead-in such as "Amnesty roept de minister van ... op om:", and inline sentences such as
"De ombudsman beveelt de minister aan om ...".  The same recommendation printed twice (summary and chapter) becomes
one record that keeps both locations.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import islice

from .departments import find_departments, resolve_departments
from .extract import roman_value
from .types import Block, BlockKind, ExtractedDocument, Location, Passage, Recommendation, Sentence

RECOMMENDATION_HEADING = re.compile(
    # "Wat de Raad adviseert", not "Wat het Kinderrechtenverdrag vraagt" (what a treaty or law requires)
    r"aanbeveling|verbeterpunt|recommendation|\badviezen\b|wat (?:de|het) (?!\w*(?:verdrag|wet|richtlijn|verordening)\b)"
    r"\w+ (?:adviseert|aanbeveelt|vraagt|verwacht)|"
    r"wat (?:moet|kan) er "
    r"(?:gebeuren|beter)|wat moet (?:er )?anders|\bkan het beter\b|\bhoe het beter kan\b|oproep|"
    r"wat (?:er )?(?:nu |nog )?(?:moet|moeten) (?:er )?(?:gebeuren|veranderen)|\bonze verwachting(?:en)?\b|"
    r"wat (?:wij|we) verwachten"
    r"|^\W*(?:[\dIVX]+(?:\.\d+)*\.?\s+)?(?:(?:ons|onze|het)\s+)?(?:kern)?advie(?:s|zen)\b(?:\s+aan\b.*)?\W*$",  # "4 Advies", "Kernadvies"
    re.I,
)
RECOMMENDING_VERBS = r"beveelt|bevelen|adviseert|adviseren|roept|roepen|verzoekt|verzoeken|vraagt|vragen|dringt|dringen"
# A lead-in names an actor that recommends, calls on or asks someone, and ends before the list starts ("vroeg de Raad
# om te adviseren over ...:" introduces findings, not recommendations).
LEAD_IN = re.compile(
    rf"(?<!\bte )\b(?:{RECOMMENDING_VERBS}|verwacht(?:en)? van|verwacht(?:en)?(?=\s+(?:\w+\s+)?(?:het|de) volgende\b)|"
    r"(?<=\S\s)verwacht(?:en)?(?=\s+(?:de|het|wij|we)\b[^:]{0,40}:\s*$)|"  # "Van het COA verwacht de Inspectie:"
    r"recommends?|urges?|calls? (?:on|upon)|aanbevelingen|(?<=de volgende )adviezen|"
    r"recommendations)\b",
    re.I
)
INLINE_RECOMMENDATION = re.compile(
    r"(?:^|(?<=[.!?]\s))([^.!?]*?(?:"
    r"\b(?:beveelt|bevelen|beveel|adviseert|adviseren|adviseer|roept|roepen|roep)\b[^.!?]*?\b(?:aan|op)\b"
    r"|\b(?:vraagt|vragen|verzoekt|verzoeken)\b[^.!?]*?\bom\b"  # "De inspectie vraagt de NZa om ..."
    r"|\b(?:ik\s+(?:vraag|verzoek)|(?:vraag|verzoek)\s+ik)\b[^.!?]*?\bom\b"  # "Ik vraag de ACM om", "vraag ik ... om"
    r"|\b(?:verwacht|verwachten)\s+van\b[^.!?]*?\bdat\b"  # "De inspectie verwacht van gemeenten dat ..."
    r"|\b(?:mijn|onze)\s+(?:aanbeveling|advies)\b[^.!?]*?\bis\b"  # "Mijn aanbeveling aan gemeenten is om ..."
    r"|\b(?:doet|doen)\b[^.!?]{0,80}?\b(?:de|een|het)\s+(?:aanbeveling|advies)\b"  # "Wij doen de minister de aanbeveling om"
    r")\s*(?:om|dat|te)?\b[^.!?]*[.!?])",
    re.I,
)
# "De Afdeling adviseert de vergunningplicht te beperken ...": advice without "aan" or "om", read only in a report
# that has no list of recommendations (elsewhere it restates a listed one in other words)
ADVISES_TO = re.compile(
    r"(?:^|(?<=[.!?]\s))([^.!?]*?(?<!\bte )\b(?:adviseert|adviseren|adviseer)\b[^.!?]*?\bte\s+(?-i:[a-z])\w+[^.!?]*[.!?])",
    re.I)
ADVISES_OM = re.compile(r"(?:^|(?<=[.!?]\s))([^.!?]*?\b(?:adviseert|adviseren|adviseer)\b[^.!?]*?\bom\b[^.!?]*[.!?])",
                        re.I)
STRONG_INLINE = re.compile(r"\b(?:beveelt|bevelen|beveel|adviseert|adviseren|adviseer|roept|roepen|roep)\b|"
                           r"\bverwacht(?:en)?\s+van\b|\b(?:mijn|onze)\s+(?:aanbeveling|advies)\b|"
                           r"\b(?:doet|doen)\b[^.!?]{0,80}?\b(?:de|een|het)\s+(?:aanbeveling|advies)\b", re.I)
# whom a request asks: "vraagt de NZa om", "vraag ik de ACM om", and inverted "Aan de leveranciers vraag ik om"
REQUEST = re.compile(r"\b(?:vraagt|vragen|verzoekt|verzoeken|ik\s+vraag|ik\s+verzoek|vraag\s+ik|verzoek\s+ik)\s+(.{2,120}?)"
                     r"\s+om\b|\baan\s+(.{2,120}?)\s+(?:vraag|verzoek)\s+ik\b", re.I)
INLINE_ACTOR = re.compile(
    r"\b(?:amnesty|de ombudsman|de nationale ombudsman|de inspectie|de inspecties|de commissie|het college|"
    r"de raad|de afdeling|wij|we|ik|mijn|de onderzoekers|de rekenkamer|the working group|the committee)\b",
    re.I,
)
PRONOUN_ACTOR = re.compile(r"\b(?:hij|zij|ze)\b", re.I)
# the recommending verb names whom it asks: "beveelt de staatssecretaris daarnaast aan", not "beveelt aan ... te"
# or puts it first: "De minister van SZW beveelt hij aan om ..."
NAMES_WHOM = re.compile(r"\b(?:beveelt|bevelen|adviseert|adviseren|roept|roepen)\s+(?!aan\b|op\b|hij\b|zij\b|ze\b)\w|"
                        r"^\W*\w.{2,80}?\s(?:beveelt|bevelen|adviseert|adviseren|roept|roepen)\s+(?:hij|zij|ze)\s+(?:aan|op)\b",
                        re.I)
# "Aanbeveling aan de minister van SZW.", "Advies aan de sector:", "Aanbeveling 2.1", "Opdracht aan onszelf.": a
# bare "Advies" heading must end in a stop or colon, since it may head an introduction to several
RUN_IN_LABEL = re.compile(
    r"\W*(?:key concern and )?(?:aanbeveling|advies|oproep|opdracht|verzoek|recommendation)"
    r"(?:(?:\s+[A-Za-z]{0,2}\d+(?:\.\d+)*[a-z]?|\s+(?:aan|voor|to)\s+[^.:;]{3,100})+\s*[.:]?|\s*[.:])\s*$", re.I)
# a bullet set apart after the analysis that recommends in its own words: "We recommend that ProRail guarantee ..."
# the report's author speaking of itself: "we", "the Committee", "de Raad"
_AUTHOR = (r"(?:we|wij|the\s+(?:committee|panel|expert\s+group|group|council|board|inspectorate)|"
           r"de\s+(?:raad|commissie|inspectie|ombudsman|rekenkamer))")
SELF_RECOMMENDING = re.compile(
    rf"\W*(?:(?:as set out above|daarom|therefore|tot slot|finally),?\s+)?{_AUTHOR}\s+"
    r"(?:recommends?|urges?|bevelen|beveelt)\b", re.I)
# "The Committee considers that ... must be a priority for the Government": a judgement, next to items that recommend
JUDGES_OPENING = re.compile(
    rf"\W*{_AUTHOR}\s+(?:considers?|is\s+concerned|are\s+concerned|"
    r"welcomes?|notes?|believes?|concludes?|finds?|acknowledges?|recogni[sz]es?|is\s+of\s+the\s+view|constateert|"
    r"concludeert|is\s+bezorgd|verwelkomt)\b", re.I)
ABOUT_AS_FULL = 0.85
MAIN_LINE_WORDS = 20
FULLER_PRINTING = 1.5
RUN_IN_WORDS = 16
# a heading "Recommendation 1: Secure reserve sources" over the paragraph that asks: a label with a short title
TITLED_LABEL = re.compile(
    r"\W*(?:aanbeveling|advies|recommendation)\s+[A-Za-z]{0,2}\d+(?:\.\d+)*[a-z]?\s*[:.–—-]\s+([^.!?;]{3,100})", re.I)
LABEL_NUMBER = re.compile(r"^\W*(?:key concern and )?(?:aanbeveling|advies|recommendation)\s+([A-Za-z]{0,2}\d+(?:\.\d+)*[a-z]?)\b",
                          re.I)
# "In advies 3 vraagt de raad ...": a summary sentence that points to a numbered recommendation
NAMES_A_NUMBERED_ONE = re.compile(
    r"\W*(?:\w+\s+){0,2}?(?:in|met|via|with)\s+(?:aanbeveling|advies|recommendation)\s+\d", re.I)
# "Aanbeveling 4 – Maak een betalingsregeling mogelijk ...", "Recommendation 3: Ensure ...": a paragraph that opens with
# its own label is the recommendation, whatever its layout (a hanging indent the extractor did not take for a list)
LABELLED_PARAGRAPH = re.compile(
    r"\W*(?:aanbeveling|advies|recommendation)(?:\s+([A-Za-z]{0,2}\d+(?:\.\d+)*[a-z]?)\s*[–—:.-]|\s*:)\s+(\S.{15,})",
    re.I | re.S)  # "Aanbeveling 4 – ...", and unnumbered "Recommendation: The Minister should ..."
LABEL_ADDRESSEE = re.compile(
    r"\W*(?:aanbeveling|advies|oproep|opdracht|verzoek)\b[^:.]*?\s(?:aan|to)\s+(.{3,100}?)\s*[.:]?\s*$", re.I)
SELF_REFERENCE = re.compile(r"(?:ons|onszelf|ourselves|zichzelf|de raad zelf)", re.I)
MIN_PASSAGE_WORDS = 6
# "Progress on recommendations from the last report", "Opvolging van eerdere aanbevelingen": what was asked before
EARLIER_RECOMMENDATIONS = re.compile(
    r"\b(?:progress on|follow-up (?:of|on)|opvolging van|stand van zaken)\b|"
    r"\b(?:vorige|eerdere|voorgaande|previous|last|earlier)\b.{0,40}?\b(?:aanbeveling|recommendation|rapport|report|"
    r"onderzoek|inspection)", re.I)
ADDRESSED_TO = re.compile(
    r"^\W*(?:dit|deze|het)\s+(?:advies|aanbeveling)\s+(?:is|wordt)\s+(?:\w+\s+)?gericht\s+aan\s+([^.;:]{3,200})", re.I)
# labels that name what an item is, when it is not a recommendation: "Conclusie 3.", "Bevinding 2:", "Vraag 4."
NOT_A_RECOMMENDATION_LABEL = re.compile(
    r"\W*(?:conclusie|bevinding|constatering|observatie|vraag|onderzoeksvraag|deelvraag|uitgangspunt|stelling|"
    r"principe|les|stap|fase|hoofdstuk|paragraaf|bijlage|tabel|figuur|casus|voorbeeld)\b", re.I)
POWER_TO_ADVISE = re.compile(
    r"\b(?:kan|kunnen|kon|konden|mag|mogen|mocht|mochten)\s+(?:\w+\s+){0,4}?(?:adviseren|aanbevelen|vragen|verzoeken)\b",
    re.I)
# a sub-item that is an action of its own: "één centraal aanmeldpunt in te richten ...", "afspraken te maken over ..."
ACTION_CLAUSE = re.compile(
    r"^(?!(?:door|via|met|zonder|zoals|bijvoorbeeld|onder meer)\b)"  # a means ("door ... te gebruiken") is a sub-point
    r"(?!.*\b(?:wordt|worden|is|zijn|krijgt|krijgen|heeft|hebben|kan|kunnen)\b.{0,40}\bte\b)"
    r"(?:\S+\s+){0,8}?(?:\w+\s+)?te\s+\w+en\b", re.I)
# a call that is about the recommendations themselves (to read them, to report on them) is not one more of them
# "adviseert het voorstel niet in te dienen dan nadat met het vorenstaande rekening is gehouden": the advice as a whole
SUMS_UP_THE_ADVICE = re.compile(r"\b(?:met|aan) het (?:vorenstaande|voorgaande|bovenstaande)\b", re.I)
_RESPONSE_WORD = r"(?:\w*reageren|\w*reacties?|respond|responses?)"  # "een kabinetsreactie aan de Tweede Kamer"
_AFTER_PUBLICATION = r"(?:na|after)\s+(?:het\s+verschijnen|(?:de\s+)?publicatie|(?:the\s+)?publication)\b"
# "De aanbevelingen staan hieronder; ...", "Our recommendations are set out below": the next list is theirs, under
# whatever theme headings it is grouped
RECOMMENDATIONS_BELOW = re.compile(
    r"\b(?:aanbevelingen|adviezen|recommendations)\b[^.]{0,40}?\b(?:staan|volgen|vindt u|zijn|are|follow)\b[^.]{0,30}?"
    r"\b(?:hieronder|hierna|below|hereafter)\b"
    r"|\b(?:hieronder|hierna|below)\s+(?:staan|volgen|vindt u|zijn|are|follow)\s+(?:\w+\s+){0,2}?"
    r"(?:aanbevelingen|adviezen|recommendations)\b", re.I)
# "De aanbevelingen zijn hieronder verkort weergegeven; de volledige tekst staat in de hoofdstukken": a summary
SHORTENED = re.compile(r"\b(?:verkort|in het kort|samengevat|beknopt|in brief|summari[sz]ed|abridged)\b", re.I)
ABOUT_WHAT_THEY_ASK = re.compile(r"\s+(?:vragen|vergen|vereisen|betekenen|kosten|require|ask|demand|mean|cost)\b",
                                 re.I)
ABOUT_THE_RECOMMENDATIONS = re.compile(r"\b(?:de|deze|die|onze|haar|zijn|the|these|welke) (?:aanbevelingen|recommendations)\b"
                                       r"|\bwelke adviezen\b"
                                       r"|\bin (?:zijn|haar|hun|uw|de) reactie\b|\bper (?:aanbeveling|bouwsteen|advies)\b"
                                       r"|\b(?:uitvoering|opvolging)\s+van\s+(?:dit|het|ons)\s+(?:rapport|advies)\b"
                                       r"|\bte\s+reageren\s+op\s+(?:dit|het|ons)\s+(?:rapport|advies)\b"
                                       # "binnen drie maanden na het verschijnen van dit verslag te reageren"
                                       rf"|\b{_RESPONSE_WORD}\b[^.]{{0,120}}\b{_AFTER_PUBLICATION}"
                                       rf"|\b{_AFTER_PUBLICATION}[^.]{{0,120}}\b{_RESPONSE_WORD}\b",
                                       re.I)
RECOMMENDATIONS_FOLLOW = re.compile(r"\b(?:the following|de volgende)\s+(?:\w+\s+)?(?:aanbevelingen|recommendations|"
                                    r"adviezen)\b", re.I)
FOLLOW_UP = re.compile(r"\b(?:submit|present)\s+a\s+report\s+on\s+the\s+measures\s+taken\b|"
                       r"\b(?:authori[sz]e|permit|allow)\b[^.]{0,60}\bpublication of this report\b|"
                       r"\brapporteren over de (?:uitvoering|opvolging) van (?:deze|de bovenstaande) aanbevelingen\b|"
                       r"\btoestemming\b[^.]{0,60}\bpublicatie van dit rapport\b", re.I)
BLOCK_LETTER = re.compile(r"\s*([A-Z])[.)]\s+\S")  # "A. Aan het kabinet"
LABELLED_CHILD = re.compile(r"\W*(?:recommendations?|aanbeveling(?:en)?|advies)\s*:", re.I)
LIST_INTRODUCTION = re.compile(
    r"\b(?:aanbevelingen|recommendations|adviezen)\b"
    r"|\b(?:the following|de volgende)\s+(?:\w+\s+)?(?:aanbevelingen|recommendations|adviezen|acties|maatregelen)\b",
    re.I)
CONCLUSIONS = re.compile(r"\b(?:conclusies?|conclusions?|bevindingen|findings)\b", re.I)
# "Samengevat concludeert de ombudsman:", "The Committee concludes:": what follows are findings
# "heeft zich laten leiden door de volgende uitgangspunten:", "De Raad doet dertien aanbevelingen, verdeeld over drie
# pijlers:", "Sindsdien zijn de volgende maatregelen genomen:": the list names something other than what is asked
LISTS_SOMETHING_ELSE = re.compile(
    r"\b(?:volgende|twee|drie|vier|vijf|zes|\d+)\s+(?:uitgangspunten|principes|criteria|pijlers|thema'?s|clusters|"
    r"sporen|hoofdlijnen|onderzoeksvragen|vragen|doelen|waarden|principles|pillars|themes|questions)\s*:\s*$"
    r"|\b(?:zijn|is|werden|werd|heeft|hebben)\b[^:]{0,80}?\b(?:genomen|getroffen|ingevoerd|in gang gezet|gerealiseerd|"
    r"doorgevoerd)\s*:\s*$", re.I)
# "8.5 Wat de ACM zelf doet": the author's own steps, not what it asks of others
OWN_STEPS = re.compile(r"\bzelf\s+(?:doet|doen|gaat doen|onderneemt)\b|\beigen\s+(?:acties|stappen|inzet)\b|"
                       r"\bwhat\s+(?:we|the\s+\w+)\s+will\s+do\s+(?:ourselves|itself)\b", re.I)
# "De minister heeft de Raad gevraagd te adviseren over ...": the request for the advice, not a recommendation
ASKED_TO_ADVISE = re.compile(r"\b(?:gevraagd|verzocht|asked|requested)\s+(?:\w+\s+){0,3}?(?:te\s+adviseren|om\s+advies|"
                             r"advies\s+uit\s+te\s+brengen|to\s+advise)\b", re.I)
CONCLUDES = re.compile(r"\b(?:concludeert|concluderen|concludes|conclude)\b", re.I)
EXPLICIT_REQUEST = re.compile(r"\b(?:should|must|ought to|recommends?|urges?|calls? on)\b", re.I)
# "De inspectie verwacht daarom het volgende." introduces its list as a colon would
FOLLOWING = re.compile(r"\b(?:het volgende|de volgende \w+)\s*\.\s*$", re.I)
# "Verplicht aanbieders om een klant met een achterstand:" leaves its "om" open: the sub-items finish that sentence
OPEN_OM_CLAUSE = re.compile(r"\bom\b(?![^:]*\bte\s+\w+)[^:]*:\s*$", re.I)
# "... roept de minister op:" introduces recommendations; "Neem daarin ten minste op:" introduces its own conditions
CALL_INTRODUCTION = re.compile(r"\b(?:aan|op|om|to)\s*:\s*$", re.I)
# "Aan de minister van Infrastructuur en Waterstaat:" groups the recommendations that follow by addressee
ADDRESSEE_LEAD_IN = re.compile(r"^\s*(?:aan|to)\s+\S(?:\S*\s+){0,24}?\S*:\s*$", re.I)
# "To the Dutch Association of Chemical Storage Companies:" over recommendations: a body the table may not know
ADDRESSEE_LINE = re.compile(r"\s*(?:aan|to)\s+(?!(?:de|het)\s+(?:hand|orde|slag|eind)\b|this\b|that\b|sum\b|date\b)"
                            r"((?:\S+\s+){0,9}?\S+?)\s*:\s*$", re.I)
# "bevelen de gecertificeerde instellingen aan:" -> the addressee is what stands between the verb and aan/op
ADDRESSEE_SLOT = re.compile(
    rf"\b(?:{RECOMMENDING_VERBS}|(?:ik\s+)?(?:beveel|adviseer|vraag|verzoek)(?:\s+ik)?)\s+(?:er\s+)?(?:bij\s+)?"
    r"([^:]{3,160}?)(?:\s+(?:daarnaast|verder|ook|tevens|daarom|dan ook|nog))*\s+(?:aan|op|om)\b"
    r"|\b(?:verwacht|verwachten)\s+van\s+(.{3,120}?)\s+dat\b"  # "verwacht van ggz-aanbieders dat ..."
    r"|\b(?:beveelt|bevelen|adviseert|adviseren)\s+aan\s+dat\s+((?:\S+\s+){0,3}?\S+)\s",  # "beveelt aan dat gemeenten"
    re.I,
)


ANSWER_LABEL = re.compile(
    r"\s*(?:reactie op |ad |response to )?(?:aanbeveling(?:en)?|advie(?:s|zen)|recommendations?)\s+"
    r"[A-Za-z]{0,2}\d+(?:\.\d+)*[a-z]?"
    r"(?:\s*(?:,|en|t/m)\s*[A-Za-z]{0,2}\d+(?:\.\d+)*[a-z]?)*\s*[.:]?\s*", re.I)
REPORTED_REQUEST = re.compile(
    rf"\W*((?:\S+\s+){{0,6}}?)(?:{RECOMMENDING_VERBS}|bevelt|pleit|pleiten|stelt voor|stellen voor)\b", re.I)
AUTHOR_OPENING = re.compile(
    r"\W*(?:\w+\s+){0,2}?(?:de|het|the)\s+(?:afdeling|raad|commissie|inspectie|ombudsman|rekenkamer|adviescollege|"
    r"committee|panel|council|board|inspectorate)\s+(?!van\b|voor\b|of\b)(?-i:[a-z])\w+", re.I)
RESTATEMENT_SENTENCES = 6
RESPONDENT = re.compile(r"\b(?:ik|wij|we|kabinet|minister|staatssecretaris|regering)\b", re.I)
VERDICT_WORDS = 4
# a response set as questions and answers: "Wat adviseert de Raad?" before the restated advice, "Wat is de reactie
# van het kabinet?" before the answer
ASKED_QUESTION = re.compile(
    r"\W*wat\s+(?:adviseert|adviseren|vraagt|vragen|beveelt|bevelen|verwacht|wil)\b[^?]{0,60}\?\s*$|"
    r"\W*what\s+(?:does|did)\s+(?:the\s+)?[^?]{0,40}\b(?:recommend|ask|propose)\b[^?]{0,30}\?\s*$", re.I)
ANSWER_QUESTION = re.compile(
    r"\W*(?:wat\s+(?:is|zijn)\s+(?:de|het)\s+(?:reactie|standpunt|antwoord)|(?:de\s+)?(?:reactie|standpunt)\s+van|"
    r"kabinetsreactie|reactie\b|standpunt\b|what\s+is\s+the\s+(?:government'?s?\s+)?response|"
    r"(?:the\s+)?government'?s?\s+response|response\b)", re.I)
# the author's comment on the response, printed after it ("7.2 Nawoord Rekenkamer"): the body's voice, not the
# government's
AFTERWORD = re.compile(r"\W*(?:[\dIVX]+(?:\.\d+)*\.?\s+)?(?:nawoord|naschrift|afterword|(?:our|the \w+'s) rejoinder)\b",
                       re.I)
# a response paragraph whose words are nearly all one recommendation's, giving most of it, quotes that recommendation;
# a table row that quotes it and adds its own answer cells ("(–, Response to follow from the provider.)") does not
# (stricter than classify's QUOTE_SHARE for one sentence: joining moves an answer, so only a clear quote may)
PASSAGE_QUOTE_SHARE = 0.95
PASSAGE_QUOTE_COVERAGE = 0.6
PASSAGE_QUOTE_MIN_WORDS = 8
MAX_QUOTES_ANSWERED_TOGETHER = 3
QUOTE_LEAD_IN_WORDS = 8
# "Advies 3", "Aanbeveling 1: Beprijs primaire grondstoffen", "Advies 2 Zorg voor ...": the heading of one numbered
# recommendation, with or without its title
NUMBERED_TITLE = re.compile(r"(?:advies|aanbeveling|verbeterpunt|recommendation)\s+(\d+(?:\.\d+)*)"
                            r"(?:\W*|\s*[:.–—-]\s*\S.*|\s+(?-i:[A-ZÀ-Ý]).*)", re.I)
QUOTED_RECOMMENDATION = re.compile(  # "Aanbeveling: Zorg dat ..." quotes the report before the answer
    r"(?:aanbeveling|advies|recommendation)(?:\s+\d+(?:\.\d+)*[a-z]?)?\s*:\s*\S", re.I)


@dataclass(frozen=True)
class _Item:
    """A recommendation candidate before numbering and merging."""

    number: str
    text: str
    page: int
    section: str
    lead_in: str
    addressees_text: str
    bbox: tuple
    level: int
    order: int = 0  # the block's place in reading order: two columns read down the left one first
    opened_by: str = ""  # the heading that opened the recommendations section it stands in
    labelled: bool = False  # a paragraph that opens with its own label ("Aanbeveling 4 – ...")
    chapter_number: str = ""  # of the numbered chapter it stands in ("2" under "2 Transportduur")


def segment_recommendations(document: ExtractedDocument) -> list[Recommendation]:
    """Every recommendation in the report, in document order, with its addressees and departments."""
    listed = _without_conclusions(_without_procedure(_list_recommendations(document.body)))
    items = _numbered_by_heading(_per_block(_per_chapter(_without_group_summaries(listed))))
    items = _numbered_by_heading(items + _inline_recommendations(document.body, items))
    items.sort(key=lambda item: item.order)
    return _resolve_bare_titles(_merge_repeats(items), document)


def _resolve_bare_titles(recommendations: list[Recommendation], document: ExtractedDocument
                         ) -> list[Recommendation]:
    """ "Wij bevelen de staatssecretaris aan ...", "Aan de minister:" name no ministry: it is the one whose
    staatssecretaris (minister) the report's other recommendations name in full ("de staatssecretaris van Justitie
    en Veiligheid"), when they name exactly one, or else the one the whole report names with that title."""
    by_title: dict[str, set[str]] = {}
    for recommendation in recommendations:
        for addressee in recommendation.addressees:
            title = TITLE.match(addressee.strip())
            if title and not TITLE.fullmatch(addressee.strip()):
                ministries = {m.department for m in _named(addressee) if m.kind in ("ministry", "portfolio")}
                by_title.setdefault(title.group(1).lower(), set()).update(ministries)
    text = " ".join(block.text for block in document.body)
    if not by_title and any(TITLE.fullmatch(a.strip()) for r in recommendations for a in r.addressees):
        by_title = _titles_in(text)
    by_title.update(_defined_titles(text))
    # a report that speaks to one minister throughout ("Werven zonder wachten", to Defensie) addresses its
    # imperatives without an addressee ("Breng de doorlooptijd terug ...") to that ministry
    dominant = _titles_in(text, merge=True).get("") or _requester(text)
    municipal = MUNICIPAL_REPORT.search(text) is not None
    resolved = []
    for recommendation in recommendations:
        if municipal and recommendation.addressees and all(
                LOCAL_BODY.fullmatch(a.strip()) for a in recommendation.addressees):
            # a municipal rekenkamer's "Aan de raad" / "Aan het college" are the council and the college of B&W
            recommendation = replace(recommendation, departments=("GEMEENTEN",))
        if not recommendation.addressees and dominant:
            recommendation = replace(recommendation, departments=tuple(dominant))
        bare = [TITLE.fullmatch(a.strip()) for a in recommendation.addressees]
        candidates = [by_title.get(" ".join(match.group(1).lower().split()), set()) for match in bare if match]
        if candidates and all(len(c) == 1 for c in candidates):
            # "The Minister and the Minister of Economic Affairs": the bare title resolved, the named one kept
            named = () if all(bare) else tuple(d for d in recommendation.departments if d != "KABINET")
            ministries = tuple(dict.fromkeys([next(iter(c)) for c in candidates] + list(named)))
            recommendation = replace(recommendation, departments=ministries)
        resolved.append(recommendation)
    return resolved


def segment_response(document: ExtractedDocument, nlp) -> list[Passage]:
    """The response letter as passages: a paragraph under its heading, with its sentences and pages."""
    passages: list[Passage] = []
    heading = ""
    pending: list[Block] = []

    def flush() -> None:
        if pending:
            passage = _make_passage(pending, heading, len(passages) + 1, nlp)
            if _is_prose(passage.text) or any(block.table for block in pending):
                passages.append(passage)  # an answer in a table cell may be a few words ("Wordt overgenomen.")
            pending.clear()

    verdict_lines: set[int] = set()  # positions in `pending` of verdict lines under a quote
    afterword_level = None  # inside the reviewing body's afterword ("Nawoord Rekenkamer"): not the response
    asked = False  # under "Wat adviseert de Raad?": the report restated, its answer follows under the next question
    answer_joins = False
    for block in document.body:
        if block.kind is BlockKind.HEADING and (afterword_level is not None or AFTERWORD.match(block.text)):
            if afterword_level is None or block.level <= afterword_level:
                flush()
                afterword_level = block.level if AFTERWORD.match(block.text) else None
        if afterword_level is not None:
            continue
        paragraphs = _paragraphs(pending, verdict_lines)
        quoting = bool(paragraphs) and (
            all(map(_quotes_a_recommendation, paragraphs))
            # under "Aanbeveling 2", the recommendation set in bold (a box) before the answer in plain text
            or len(paragraphs) == 1 and pending[0].bold and bool(ANSWER_LABEL.fullmatch(heading))
            and not block.bold
            # under "Recommendation 4", the committee's words ("The committee recommends that ...") before the verdict
            or len(paragraphs) == 1 and bool(ANSWER_LABEL.fullmatch(heading)) and bool(
                SELF_RECOMMENDING.match(paragraphs[0]) or ENGLISH_SUBJECT.match(paragraphs[0])))
        if block.kind is BlockKind.HEADING and len(paragraphs) == 1 and _opens_a_quote(paragraphs[0]):
            pending.append(replace(block, kind=BlockKind.PARAGRAPH, continues=True))  # a quote broken over a page
            continue
        if (block.kind is BlockKind.HEADING and quoting and len(block.text.split()) <= VERDICT_WORDS
                and not ANSWER_LABEL.fullmatch(block.text)):
            # the verdict under a quoted recommendation ("Accepted", "Deels overgenomen"), set like a heading, belongs
            # with the quote and the answer under it
            verdict_lines.add(len(pending))
            pending.append(replace(block, kind=BlockKind.PARAGRAPH))
            continue
        if block.kind is BlockKind.HEADING and ASKED_QUESTION.match(block.text):
            # "Wat adviseert de Raad?" | what it advises | "Wat is de reactie van het kabinet?" | the answer: the
            # restatement and the answer are one passage under the subject's heading, as a quote and its answer are
            flush()
            asked, answer_joins = True, False
            continue
        if block.kind is BlockKind.HEADING and asked and pending and ANSWER_QUESTION.match(block.text):
            asked, answer_joins = False, True
            continue
        asked = asked and block.kind is not BlockKind.HEADING
        if block.kind is BlockKind.HEADING or (block.kind is BlockKind.PARAGRAPH and ANSWER_LABEL.fullmatch(block.text)):
            # a bold line "Aanbeveling 4.1" before its answer is a heading, whatever its font size
            flush()
            heading = block.text
            continue
        joins_previous = pending and (
            answer_joins
            or block.continues
            or (block.kind is BlockKind.LIST_ITEM and _ends_with_colon(pending[0]))
            # "Aanbeveling: <the recommendation quoted>" (one or more) is followed by its answer: one passage, so
            # the quote does not draw the link away from the answer
            or ((block.kind is BlockKind.PARAGRAPH or _quotes_a_recommendation(_labelled(block))) and quoting)
            # "Recommendation 4" | the committee's words | "Not supported" | the paragraphs that explain the verdict:
            # one answer, up to the next heading or quotation
            or (verdict_lines and block.kind is BlockKind.PARAGRAPH and not _quotes_a_recommendation(_labelled(block))
                and not SELF_RECOMMENDING.match(block.text))
            # "U beveelt aan ... . Uit uw onderzoek blijkt ..." introduces the answer that follows it
            or (len(pending) == 1 and block.kind is BlockKind.PARAGRAPH and _introduces_an_answer(pending[0].text))
        )
        if not joins_previous:
            flush()
            verdict_lines.clear()
        answer_joins = False
        pending.append(block)
    flush()
    return passages


def join_quotes_to_answers(passages: list[Passage], recommendations: list[Recommendation]) -> list[Passage]:
    """A paragraph that only quotes a recommendation of the report ("5. We recommend that ...", set in bold) and the
    answer printed right under it ("Partially accepted. ...") are one passage, as "Aanbeveling: ..." and its answer
    already are: otherwise the quote draws the link and the answer goes unread.  Up to three quotes answered together
    join the answer after them; a longer run of quotes lists the recommendations and answers none of them."""
    word_sets = [set(_words(recommendation.text)) for recommendation in recommendations]
    quotes = [_quotes_one(passage, word_sets) for passage in passages]
    joined: list[Passage] = []
    index = 0
    while index < len(passages):
        end = index
        while end < len(passages) and quotes[end]:
            end += 1
        run = passages[index:end + 1]
        if (0 < end - index <= MAX_QUOTES_ANSWERED_TOGETHER and end < len(passages)
                and all(passage.heading == passages[end].heading for passage in run)):
            joined.append(_joined(run))
            index = end + 1
        elif end - index > MAX_QUOTES_ANSWERED_TOGETHER:
            joined.extend(passages[index:end])  # a listing of quotes stays as it is, whole
            index = end
        else:
            joined.append(passages[index])
            index += 1
    return [replace(passage, id=f"P{number:03d}") for number, passage in enumerate(joined, start=1)]


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", text.lower())


def _quotes_one(passage: Passage, word_sets: list[set[str]]) -> bool:
    """Each sentence's words are nearly all one recommendation's, and the passage gives most of each recommendation
    it quotes; a short lead-in before a colon ("Ook adviseert de inspectie: ‘...’") introduces the quote, and one
    paragraph may quote two ("‘...’ Daarnaast adviseert de inspectie de staatssecretaris ‘om ...’")."""
    sentences = [sentence.text for sentence in passage.sentences] or [passage.text]
    quoted: set[int] = set()
    for sentence in sentences:
        lead_in, colon, rest = sentence.partition(":")
        words = _words(rest if colon and len(lead_in.split()) <= QUOTE_LEAD_IN_WORDS else sentence)
        shares = [sum(word in recommended for word in words) / max(len(words), 1) for recommended in word_sets]
        best = max(range(len(word_sets)), key=shares.__getitem__, default=None)
        if best is None or shares[best] < PASSAGE_QUOTE_SHARE:
            return False
        quoted.add(best)
    words = set(_words(passage.text))
    return (len(_words(passage.text)) >= PASSAGE_QUOTE_MIN_WORDS
            and all(len(word_sets[row] & words) >= PASSAGE_QUOTE_COVERAGE * len(word_sets[row]) for row in quoted))


def _joined(passages: list[Passage]) -> Passage:
    first = passages[0]
    return replace(first, text=" ".join(passage.text for passage in passages),
                   sentences=tuple(sentence for passage in passages for sentence in passage.sentences),
                   departments=tuple(dict.fromkeys(d for passage in passages for d in passage.departments)))


def _list_recommendations(blocks: tuple[Block, ...]) -> list[_Item]:
    items: list[_Item] = []
    chapter, section, lead_in, paragraph = "", "", "", ""
    recommendation_level = None  # level of the heading that opened a recommendations section, while inside it
    opened_by = ""
    open_items: dict[int, _Item] = {}  # nesting level -> last item at that level
    directive = _directive_lists(blocks)
    run_in = ""  # a line that labels the one paragraph under it as a recommendation
    group_lead_in = ""  # a heading "Aan het CJIB" over recommendations set as labelled paragraphs
    last_heading = -1
    announced = ""  # a paragraph that said the recommendations follow, while only headings came after it
    own_steps = False  # under "Wat de ACM zelf doet": the author's own steps
    findings = False  # under "De inspectie vat haar bevindingen samen in vijf conclusies:" the items are findings
    chapter_number = ""

    for index, block in enumerate(blocks):
        if block.kind is BlockKind.HEADING:
            # under "Main findings" or "Conclusies" the items are findings, even inside "Assessment and recommendations"
            findings = bool(CONCLUSIONS.search(block.text) and not LIST_INTRODUCTION.search(block.text)
                            and not RECOMMENDATION_HEADING.search(block.text))
            own_steps = bool(OWN_STEPS.search(block.text))
            section, last_heading = block.text, index
            chapter_opening = re.match(r"\W*(\d+)\.?\s", block.text)  # "2 Transportduur", not "2.1 Kader"
            if chapter_opening:
                chapter_number = chapter_opening.group(1)
                announced = ""
            if block.level <= 1:
                chapter = block.text
            if RECOMMENDATION_HEADING.search(block.text) and not EARLIER_RECOMMENDATIONS.search(block.text):
                if recommendation_level is None or block.level < recommendation_level:
                    opened_by = block.text
                recommendation_level = min(block.level, recommendation_level or block.level)
            elif recommendation_level is not None and block.level <= recommendation_level:
                recommendation_level = None
            lead_in, open_items = "", {}
            if (recommendation_level is not None or _names_addressees(block.text)) and _is_lead_in(
                    block.text.rstrip(":") + ":"):
                lead_in = block.text  # a heading "Aan de minister van Klimaat en Groene Groei" groups by addressee
            group_lead_in = lead_in
            run_in = block.text if _labels_next_paragraph(blocks, index) else ""
            continue
        if block.kind is BlockKind.PARAGRAPH:
            if block.continues and open_items:
                level = max(open_items)
                previous = open_items[level]
                open_items[level] = replace(previous, text=_join(previous.text, block.text))
                items[_index_of(items, previous)] = open_items[level]
                continue
            addressed = ADDRESSED_TO.search(block.text)
            if addressed and items and items[-1].order > last_heading:
                # "Dit advies is gericht aan de minister voor Rechtsbescherming en de DJI." under an item names its
                # addressees as a lead-in would
                items[-1] = replace(items[-1], addressees_text=f"Aan {addressed.group(1)}:")
            labelled = LABELLED_PARAGRAPH.match(block.text)
            if (labelled and not block.continues
                    and (recommendation_level is not None or _asks(labelled.group(2)))):
                item_lead_in = lead_in or group_lead_in
                item = _Item(labelled.group(1) or "", labelled.group(2), block.page, section or chapter, item_lead_in,
                             item_lead_in, block.bbox, 0, index,
                             opened_by if recommendation_level is not None else "", labelled=True)
                items.append(item)
                run_in, paragraph, open_items = "", "", {0: item}
                continue
            # "Aanbeveling 1" | a bold title | the paragraph that asks, or "Key concern and recommendation 3.1" |
            # the concern | what is asked: the paragraph that asks is the recommendation, and a title is how a
            # summary may list it
            title_line = (block.bold and len(block.text.split()) <= RUN_IN_WORDS
                          and not re.search(r"[.;:!?]\s*$", block.text))
            if (run_in and not block.continues and (title_line or block.text[:1].isupper() and not _asks(block.text))
                    and _asks_next(blocks, index)):
                if title_line and not TITLED_LABEL.fullmatch(run_in):
                    run_in = f"{run_in.strip()}: {block.text.strip()}"
                continue
            if run_in and not block.continues and len(block.text.split()) >= MIN_PASSAGE_WORDS:
                labelled = LABEL_NUMBER.search(run_in)  # "Recommendation 3.2", "Aanbeveling 2.1": the item's number
                item = _Item(labelled.group(1) if labelled else "", block.text, block.page, section or chapter,
                             run_in, run_in, block.bbox, 0, index)
                items.append(item)
                run_in, lead_in, paragraph, open_items = "", "", "", {0: item}
                continue
            run_in = block.text if _labels_next_paragraph(blocks, index) else ""
            if not block.continues:
                announced = (block.text if RECOMMENDATIONS_BELOW.search(block.text) and not SHORTENED.search(block.text)
                             else "")
                last = _last_sentence(block.text)
                findings = bool(block.text.rstrip().endswith(":") and not LIST_INTRODUCTION.search(block.text)
                                and (CONCLUSIONS.search(last)
                                     or CONCLUDES.search(last) and not any(_recommends(last, found)
                                                                           for found in LEAD_IN.finditer(last))))
            # a lead-in broken over a page ("Daarnaast adviseert de raad de minister ..." | "om:") is read whole
            paragraph = _join(paragraph, block.text) if block.continues and paragraph else block.text
            if (_is_lead_in(paragraph) or block.bold and _names_addressees(paragraph)
                    or recommendation_level is not None and ADDRESSEE_LINE.fullmatch(paragraph)):
                lead_in = paragraph  # a bold line "Aan de minister van OCW" without colon heads a group too
            elif not paragraph.rstrip().endswith(":"):
                lead_in = lead_in if not open_items else ""
            open_items = {}
            continue
        if block.kind is not BlockKind.LIST_ITEM:
            continue
        if block.continues and open_items:
            level = max(open_items)
            previous = open_items[level]
            open_items[level] = replace(previous, text=_join(previous.text, block.text))
            items[_index_of(items, previous)] = open_items[level]
            continue
        # "27." after a numbered paragraph that recommended in its own words ("26. We recommend that ...") is the
        # next paragraph of a report that numbers all its paragraphs, not one more recommendation
        counts_on = (bool(items) and block.level == 0 and not SELF_RECOMMENDING.match(items[-1].text)
                     and _follows(items[-1].number, _number_from_marker(block.marker, "")))
        if (recommendation_level is None and not lead_in and index not in directive and not counts_on
                and not announced and not SELF_RECOMMENDING.match(block.text)):
            continue  # "Actie 5." under the next theme heading counts on from "Actie 4.": it is one more
        if (block.text.rstrip().endswith("?") or NOT_A_RECOMMENDATION_LABEL.match(block.marker) or findings
                or own_steps):
            continue  # research questions, "Conclusie 3." and the like: a recommendation never asks or concludes
        parent_item = next((open_items[level] for level in sorted(open_items, reverse=True) if level < block.level), None)
        # once a parent introduced its list (and left the items), each of its children is a recommendation
        if parent_item is not None and parent_item in items and not _item_introduces_list(parent_item.text,
                                                                                           block.text):
            # a sub-point of a recommendation is part of it, not a recommendation of its own
            merged = replace(parent_item, text=_join(parent_item.text, f"{block.marker} {block.text}".strip()))
            items[_index_of(items, parent_item)] = merged
            open_items[parent_item.level] = merged
            continue
        item_lead_in = parent_item.text if parent_item is not None else lead_in
        if parent_item is not None and parent_item in items:
            items.remove(parent_item)  # "98. The following recommendations ...:" introduces its children
        number = _number_from_marker(block.marker, parent_item.number if parent_item else "")
        item = _Item(
            number=number,
            text=block.text,
            page=block.page,
            section=section or chapter,
            lead_in=item_lead_in,
            addressees_text=" ".join(dict.fromkeys(filter(None, (lead_in, item_lead_in)))),
            bbox=block.bbox,
            level=block.level,
            order=index,
            opened_by=opened_by if recommendation_level is not None else announced,
            chapter_number=chapter_number,
        )
        items.append(item)
        open_items = {level: it for level, it in open_items.items() if level < block.level}
        open_items[block.level] = item
    return items


def _per_chapter(items: list[_Item]) -> list[_Item]:
    """Lettered items under a heading that names a number ("Advies 3", "Aanbeveling 3.2") are known by it and their
    letter ("3a", "3.2b"); lettered lists that start again at "a." in every chapter by the chapter's number ("2a"),
    as such reports number them in their overviews."""
    titled = {id(item): heading.group(1) for item in items if re.fullmatch(r"[a-z]", item.number)
              and (heading := NUMBERED_TITLE.fullmatch(item.section.strip()))}
    items = [replace(item, number=titled[id(item)] + item.number) if id(item) in titled else item for item in items]
    letters = [item for item in items if re.fullmatch(r"[a-z]", item.number)]
    chapters_by_letter: dict[str, set[str]] = {}
    for item in letters:
        chapters_by_letter.setdefault(item.number, set()).add(item.chapter_number)
    if not any(len(chapters) > 1 for chapters in chapters_by_letter.values()) or not all(
            item.chapter_number for item in letters):
        return items
    return [replace(item, number=item.chapter_number + item.number) if re.fullmatch(r"[a-z]", item.number) else item
            for item in items]


def _per_block(items: list[_Item]) -> list[_Item]:
    """Numbers that start again under each lettered block ("A. Aan het kabinet" 1, 2, 3; "B. Aan de minister" 1, 2)
    are known by the block's letter and their number ("A1", "B2"), as such reports cite them."""
    letter_of = {id(item): found.group(1) for item in items
                 if re.fullmatch(r"\d+", item.number) and (found := BLOCK_LETTER.match(item.section))}
    sections: dict[str, set[str]] = {}
    for item in items:
        if id(item) in letter_of:
            sections.setdefault(item.number, set()).add(item.section)
    if not any(len(found) > 1 for found in sections.values()):
        return items
    return [replace(item, number=letter_of[id(item)] + item.number) if id(item) in letter_of else item
            for item in items]


def _numbered_by_heading(items: list[_Item]) -> list[_Item]:
    """An unnumbered item alone under a heading "Advies 5" is advice 5."""
    unnumbered: dict[str, list[_Item]] = {}
    for item in items:
        if not item.number and NUMBERED_TITLE.fullmatch(item.section.strip()):
            unnumbered.setdefault(item.section, []).append(item)
    alone = {id(group[0]): NUMBERED_TITLE.fullmatch(section.strip()).group(1)
             for section, group in unnumbered.items() if len(group) == 1}
    return [replace(item, number=alone[id(item)]) if id(item) in alone else item for item in items]


def _without_group_summaries(items: list[_Item]) -> list[_Item]:
    """ "Aanbeveling 1 – Zorg voor stages zonder discriminatie." in a summary, when the chapters number what it asks
    as 1a, 1b, ...: the labelled paragraph names a group of recommendations, it is not one of them."""
    numbers = {item.number for item in items}
    return [item for item in items
            if not (item.labelled and item.number
                    and any(re.fullmatch(rf"{re.escape(item.number)}(?:[a-z]|\.\d+)", n) for n in numbers))]


def _without_procedure(items: list[_Item]) -> list[_Item]:
    """A report that numbers every paragraph ends with its procedure: "81. ... addresses the following
    recommendations to the Netherlands:", "82. ... invites the authorities to submit a report on the measures taken to
    implement the above-mentioned recommendations", "... to authorise the publication of this report".  These
    introduce or follow up the recommendations; they are none themselves."""
    return [item for item in items
            if not (item.text.rstrip().endswith(":") and RECOMMENDATIONS_FOLLOW.search(_last_sentence(item.text)))
            and not FOLLOW_UP.search(item.text)]


def _without_conclusions(items: list[_Item]) -> list[_Item]:
    """Under "Conclusions and recommendations" an English report may number both in one list: where a third or more
    of its items ask in so many words ("The Government should ...", "We recommend that ..."), the items that do not
    are conclusions.  A list whose items mostly ask by imperative ("Ratify ...", and Dutch lists, whose requests take
    too many forms to tell apart this way) is left whole."""
    mixed: dict[str, list[_Item]] = {}
    for item in items:
        if CONCLUSIONS.search(item.opened_by):
            mixed.setdefault(item.opened_by, []).append(item)
    dropped = set()
    for group in mixed.values():
        recommending = any(SELF_RECOMMENDING.match(item.text) for item in group)
        asking = [item for item in group if EXPLICIT_REQUEST.search(item.text)
                  and not (recommending and JUDGES_OPENING.match(item.text))]
        if 3 * len(asking) >= len(group) and len(asking) < len(group):
            dropped.update(id(item) for item in group if item not in asking)
    return [item for item in items if id(item) not in dropped]


def _inline_recommendations(blocks: tuple[Block, ...], listed: list[_Item]) -> list[_Item]:
    """Sentences in running text that recommend, when no list already carries the same recommendation."""
    if any(RECOMMENDATIONS_BELOW.search(item.opened_by) for item in listed):
        return []  # the report said where its recommendations are listed: what advises elsewhere explains them
    found: list[_Item] = []
    section = ""
    advice: tuple[int, int] | None = None  # (level, block index) of the heading "Advies 2 <title>" read under
    for index, block in enumerate(blocks):
        if block.kind is BlockKind.HEADING:
            section = block.text
            if NUMBERED_TITLE.fullmatch(block.text.strip()):
                advice = (block.level, index)
            elif advice is not None and block.level <= advice[0]:
                advice = None
            continue
        lone_item = (block.kind is BlockKind.LIST_ITEM and _stands_alone(blocks, index)
                     and not any(item.order == index for item in listed))  # not one the list reading took
        if (block.kind is not BlockKind.PARAGRAPH and not lone_item) or _ends_with_colon(block) or block.continues:
            continue
        text = block.text
        for following in blocks[index + 1:]:  # a paragraph or item that runs on over a page or column is read whole
            if following.kind not in (BlockKind.PARAGRAPH, block.kind) or not following.continues:
                break
            text = _join(text, following.text)
        matches = list(INLINE_RECOMMENDATION.finditer(text))
        if lone_item and not matches:
            # "De inspectie adviseert de minister om ...", set apart: in running text next to a list it may sum up a
            # listed recommendation in other words, so only a sentence set apart counts
            matches = list(ADVISES_OM.finditer(text))
        modal = DIRECTIVE_MODAL.match(text) or ENGLISH_SUBJECT.match(text)
        who = modal and modal.group(1 if modal.re is DIRECTIVE_MODAL else "who")
        number = _number_from_marker(block.marker, "") if lone_item else ""
        if lone_item and not matches and who and (number or _named(who) or TITLE.search(who)
                                                  or ENGLISH_GOVERNMENT.match(who)):
            # set apart from the conclusion it follows: "Gemeenten zouden de intake met een tolk moeten afnemen.",
            # "S1: The Minister of Social Affairs should ..." (its label is its number)
            found.append(_Item(number, text, block.page, section, "", text, block.bbox, 0, index))
            continue
        if not lone_item and advice is not None and any(
                item.order > advice[1] for item in found + listed if item.order < index):
            # "De commissie adviseert daarom ..." in the explanation under "Advies 2", after advice 2 itself was set
            # apart: it explains that advice in other words
            continue
        if not listed:
            starts = {match.start(1) for match in matches}
            matches += [match for match in ADVISES_TO.finditer(text) if match.start(1) not in starts]
        for match in matches:
            sentence = match.group(1).strip()
            # next to a list of recommendations, a short inline call ("roept allen op daar werk van te maken") is
            # an appeal that sums up, not one more recommendation
            # "Hij beveelt de staatssecretaris daarnaast aan om ...": the author, named in the sentence before
            actor = INLINE_ACTOR.search(sentence[:80]) or (PRONOUN_ACTOR.search(sentence[:80])
                                                          and NAMES_WHOM.search(sentence))
            if not actor or len(sentence.split()) < (12 if listed else 8):
                continue
            if POWER_TO_ADVISE.search(sentence) or ASKED_TO_ADVISE.search(sentence):
                continue  # "zij kan de minister adviseren om ...": what someone may do, not what the report asks
            if ABOUT_THE_RECOMMENDATIONS.search(sentence) or SUMS_UP_THE_ADVICE.search(sentence):
                continue  # "vraagt ... binnen drie maanden te laten weten wat zij met deze aanbevelingen doen"
            if NAMES_A_NUMBERED_ONE.match(sentence):
                continue  # "In advies 3 beveelt de raad aan om ...": a summary of a recommendation set out elsewhere
            if not STRONG_INLINE.search(sentence) and not _asks_someone(sentence):
                continue  # "De ombudsman vraagt daarnaast om ..." in a response restates; a request names whom it asks

            # a list item restated in running text, or the same sentence printed twice; two asks of one report share
            # many of their words ("De Afdeling adviseert ... in de wet op te nemen").  A paragraph that opens with
            # a much fuller version of a short list item ("Onze aanbevelingen in het kort") is the recommendation
            # itself, printed twice: the repeats are merged later
            restated = [item for item in listed if _overlap(sentence, item.text) >= 0.5]
            # a sentence set apart as a one-item list is a printing of its own, merged with the summary's later
            if restated and not lone_item and not (match.start(1) == 0 and all(
                    len(sentence.split()) >= FULLER_PRINTING * len(item.text.split()) for item in restated)):
                continue
            if any(_overlap(sentence, item.text) >= 0.7 for item in found):
                continue
            found.append(_Item("", sentence, block.page, section, "", sentence, block.bbox, 0, index))
    return found


def _stands_alone(blocks: tuple[Block, ...], index: int) -> bool:
    """A list of one item between paragraphs: a sentence set apart from the running text, not a list."""
    before = next((b for b in reversed(blocks[:index]) if b.kind is not BlockKind.FOOTNOTE), None)
    after = next((b for b in blocks[index + 1:] if not b.continues and b.kind is not BlockKind.FOOTNOTE), None)
    return all(b is None or b.kind is not BlockKind.LIST_ITEM for b in (before, after))


def _directive_lists(blocks: tuple[Block, ...]) -> set[int]:
    """The list items of lists that recommend by their own wording, under any heading and without a lead-in: most
    of their items tell someone to act ("Zorg dat ...", "De minister van BZK moet ...", "Gemeenten: ...", "Wij
    adviseren gemeenten om ...").  Findings, criteria and achievements listed as items do not."""
    vocabulary = {word.lower() for block in blocks for word in re.findall(r"[^\W\d_]+", block.text)}
    runs: list[list[int]] = []
    run: list[int] = []
    for index, block in enumerate(blocks):
        if block.kind is BlockKind.LIST_ITEM:
            run.append(index)
        elif not (block.kind is BlockKind.PARAGRAPH and block.continues and run) \
                and block.kind is not BlockKind.FOOTNOTE:
            runs.append(run)
            run = []
    runs.append(run)
    directive: set[int] = set()
    for run in filter(None, runs):
        top = min(blocks[index].level for index in run)
        heads = [blocks[index].text for index in run if blocks[index].level == top and not blocks[index].continues]
        if heads and all(_is_title(text) for text in heads):
            # themes over their items: the items one level down are what must tell someone to act
            heads = [blocks[index].text for index in run
                     if blocks[index].level == top + 1 and not blocks[index].continues]
        told = sum(_tells_to_act(text, vocabulary) for text in heads)
        if len(heads) >= 2 and told * 3 >= len(heads) * 2:
            directive.update(run)
    return directive


def _tells_to_act(text: str, vocabulary: set[str]) -> bool:
    words = re.findall(r"[^\W\d_]+", text[:80])
    if len(words) >= 2 and words[0][:1].isupper() and _is_imperative(words[0].lower(), words[1], vocabulary):
        return True
    if _item_addressees(text) or REPORTED_REQUEST.match(text) and INLINE_ACTOR.search(text[:60]):
        return True
    modal = DIRECTIVE_MODAL.match(text)
    if modal and _named(modal.group(1)):
        return True
    # "De NZa verplicht aanbieders om ... maandelijks te publiceren", "Gemeenten stellen uiterlijk ... een plan op":
    # a named body doing something from now on, in the indicative
    return bool(_opening_subject(text) and FORWARD.search(text[:200]))


def _is_imperative(stem: str, following: str, vocabulary: set[str]) -> bool:
    if stem in IMPERATIVES:
        return True
    if not IMPERATIVE_OBJECT.match(following):
        return False
    undoubled = re.sub(r"(aa|ee|oo|uu)(?=[^aeiou]$)", lambda vowel: vowel.group(1)[0], stem)
    voiced = re.sub(r"f$", "v", re.sub(r"s$", "z", undoubled))
    forms = {stem + "en", stem + stem[-1] + "en", undoubled + "en", voiced + "en"}
    return any(form in vocabulary for form in forms)


def _asks_someone(sentence: str) -> bool:
    found = REQUEST.search(sentence)
    asked = found and (found.group(1) or found.group(2))
    # "Ik vraag de minister daarnaast om ...": a bare title is someone too (which ministry: _resolve_bare_titles)
    return bool(asked and (_named(asked) or re.search(r"\b(?:minister|staatssecretaris)\b", asked, re.I)))


def _merge_repeats(items: list[_Item]) -> list[Recommendation]:
    """One record per recommendation; a repeat (summary and chapter) adds a location to the first."""
    groups: list[list[_Item]] = []
    for item in items:
        # the closest printing, not the first that is close enough: a short summary bullet ("Voer een landelijke
        # mantelzorgvergoeding in") shares many words with its neighbours' chapter texts too
        candidates = [group for group in groups
                      if _is_repeat(item, group[0]) or _is_numbered_reprint(item, group[0], groups)]
        if candidates:
            max(candidates, key=lambda group: _overlap(item.text, group[0].text)).append(item)
        else:
            recalled = _recalled(item, groups)
            if recalled is not None:
                recalled.append(item)
            else:
                groups.append([item])
    groups = _paired_by_order(groups)
    records = []
    for index, group in enumerate(groups, start=1):
        # the numbered, fullest printing is the one people cite; the others stay as locations.  Of printings about as
        # full, the first: "As set out above, we recommend that ..." in the conclusion repeats the chapter's words
        numbered = [item for item in group if item.number]
        if len({item.number for item in numbered}) > 1:
            # "26. We recommend that ..." in a report that numbers every paragraph, repeated as "4." in its list of
            # recommendations: the list's number is the one the response cites
            numbered = [item for item in numbered if item.opened_by] or numbered
        numbered = numbered or group
        fullest = max(len(item.text) for item in numbered)
        primary = min((item for item in numbered if len(item.text) >= ABOUT_AS_FULL * fullest),
                      key=lambda item: item.order)
        addressee_source = next((item for item in group if item.addressees_text), primary)
        addressees, departments = _addressees(group, primary)
        records.append(
            Recommendation(
                id=f"R{index:02d}",
                number=primary.number,
                text=primary.text,
                page=primary.page,
                section=primary.section,
                addressees=addressees,
                departments=departments,
                lead_in=addressee_source.lead_in,
                locations=tuple(Location(item.page, item.section) for item in group),
                bbox=primary.bbox,
            )
        )
    return records


def _addressees(group: list[_Item], primary: _Item) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Who a recommendation addresses, from the most specific statement of it: the item's own opening ("Wij bevelen
    de minister van IenW en de minister van LVVN aan om ..."), a tag on any of its printings ("... (IenW en LVVN)"),
    the lead-in of its list, then its first words and its section.

    A lead-in that names an addressee the table does not know ("de gecertificeerde instellingen") gives OTHER, not a
    guess.  Bodies it must act with ("samen met de waterschappen") are added.  When only the cabinet as a whole is
    named, the ministries and agencies the item names, or own the policy field it is about, say who must act.
    """
    own = ADDRESSEE_SLOT.search(primary.text[:OWN_OPENING])
    if own and _names_what(own, primary.text[:OWN_OPENING]):
        own = None
    if own and _opens_with_actor(primary.text[:own.start()]) and _is_addressee(_slot(own)):
        asked_next = _asked_next(primary.text, own.end())
        if mentions := _named(_slot(own)):
            return _with_partners(mentions + asked_next, primary.text)
        # "beveelt de gecertificeerde instellingen aan om": named, not known
        named_next = _from_mentions(asked_next) if asked_next else ((), ())
        return (_slot(own).strip(),) + named_next[0], tuple(dict.fromkeys(("OTHER",) + named_next[1]))
    # "Verhoog als minister van SZW het minimumloon ...": the item names the role in which its addressee acts
    role = ROLE_TITLE.match(primary.text[:OWN_OPENING])
    if role and (mentions := [m for m in _named(role.group(1)) if m.kind in ("ministry", "portfolio")]):
        return _with_partners(mentions, primary.text)
    # "Recommendation: The Executive Council should ...": who is asked stands after the label
    label = LABELLED_CHILD.match(primary.text)
    if english := _english_addressees(primary.text[label.end():] if label else primary.text):
        return english
    for item in [primary] + [item for item in group if item is not primary]:
        tag = ADDRESSEE_TAG.search(item.text)
        if tag and (mentions := _named(tag.group(1))):
            return _with_partners(mentions, primary.text)
    if mentions := _item_addressees(primary.text):
        return _from_mentions(mentions)  # "Gemeenten: zorg, samen met de schoolbesturen, dat ..."
    if unknown := _unknown_item_addressee(primary.text):
        return (unknown,), ("OTHER",)  # "Luchthaven Schiphol: publiceer ...": a body the table does not know
    lead_ins = [primary.addressees_text] + [item.addressees_text for item in group if item is not primary]
    for text in filter(None, lead_ins):
        labelled = LABEL_ADDRESSEE.match(_last_sentence(text))
        if labelled and not SELF_REFERENCE.fullmatch(labelled.group(1)):
            if mentions := _named(labelled.group(1)):
                return _with_partners(mentions, primary.text)
            return (labelled.group(1),), ("OTHER",)  # "Advies aan de sector:": named, not a body the table knows
        if mentions := _lead_in_addressees(text):
            opening = _opening_subject(primary.text)
            if len({m.department for m in mentions}) > 1 and (role := _in_the_role_of(primary.text, mentions)):
                # "Aan gemeenten en energieleveranciers:" over "Bied als energieleverancier ...": the item says which
                return _with_partners(role, primary.text)
            if len({m.department for m in mentions}) > 1 and opening:
                # "Het College geeft de minister, UWV en de staatssecretaris de volgende adviezen:" over "UWV knipt
                # het werk op ...": the item names which of them acts
                return _with_partners(opening, primary.text)
            return _with_partners(_who_can_do_it(mentions, primary.text), primary.text)
        slot = ADDRESSEE_SLOT.search(text)
        if slot and _is_addressee(_slot(slot)) and not _names_what(slot, text):
            return (_slot(slot).strip(),), ("OTHER",)
        if title := _bare_title(text):
            return (title,), ("OTHER",)  # which ministry: see _resolve_bare_titles
        if line := ADDRESSEE_LINE.fullmatch(text):
            return (line.group(1),), ("OTHER",)  # "To the Dutch Association of ...:": named, not a body the table knows
    subject = ITEM_SUBJECT.match(primary.text)
    if subject and (mentions := _named(subject.group(1))):
        return _with_partners(mentions, primary.text)  # "De minister van KGG moet energieleveranciers verplichten"
    if mentions := _opening_subject(primary.text):
        return _with_partners(mentions, primary.text)  # "Het kabinet verhoogt ...", "Gemeenten en mbo-instellingen spreken ..."
    if unknown := UNKNOWN_BODIES.match(primary.text):
        # "Drinkwaterbedrijven sluiten ...", "Mestintermediairs, loonwerkers en mestverwerkers zetten ... op": bodies
        # the table does not know, acting themselves; not the cabinet
        return (unknown.group(1),), ("OTHER",)
    for sentence in re.split(r"(?<=[.!?])\s+(?=[A-Z])", primary.text)[1:3]:
        # an imperative title, then who does it: "Verplicht iedere gemeente tot een hitteplan. De minister van VWS
        # neemt deze plicht op in de wet ..."
        if mentions := _opening_subject(sentence):
            return _with_partners(mentions, primary.text)
    for text in (primary.text[:160], primary.section):
        # "Stuur de Tweede Kamer jaarlijks een rapportage": parliament receives, it is not who must act
        if text and (mentions := [m for m in _named(text) if not PARLIAMENT.fullmatch(m.text.strip())]):
            return _from_mentions(mentions)
    # a section headed by whom it addresses ("Aan de raad", "D. Aan online platforms"): a body the table does not
    # know is OTHER; which council "de raad" is, see _resolve_bare_titles
    section = re.sub(r"^\W*[A-Z0-9]{1,3}[.)]\s+", "", primary.section.strip()).rstrip(":")
    if line := ADDRESSEE_LINE.fullmatch(f"{section}:"):
        return (line.group(1),), ("OTHER",)
    acting = _acting(primary.text)
    if not acting and (body := DEFINITE_BODY.match(primary.text)):
        # "De raad van bestuur zorgt ervoor dat ...": a body the table does not know, acting itself
        return (body.group(1),), ("OTHER",)
    return _from_mentions(acting) if acting else ((), ("KABINET",))


def _in_the_role_of(item: str, mentions) -> list:
    """The lead-in's addressees the item names in an opening "als ..." ("Zet als gemeente een energieteam in")."""
    found = IN_THE_ROLE_OF.match(item)
    if not found:
        return []

    def stem(word: str) -> str:
        return re.sub(r"(?:en|e|s)$", "", word.lower())

    roles = {stem(word) for word in re.findall(r"\w+", found.group(1))}
    return [m for m in mentions if stem(m.text.split()[-1]) in roles]


def _who_can_do_it(mentions, item: str):
    """A lead-in to a minister, an agency and the municipalities, over an item that asks for a law ("wettelijk
    vastleggen dat iedere gemeente ..."): only the ministry can do that."""
    ministries = [m for m in mentions if m.kind in ("ministry", "portfolio")]
    if ministries and len(ministries) < len(mentions) and LEGISLATE.match(item):
        return ministries
    return mentions


def _opening_subject(text: str):
    """The bodies an item opens with, when nothing but articles and "en" stands between them ("Het kabinet maakt
    ...", "Gemeenten en mbo-instellingen spreken ... af", "UWV biedt ...")."""
    mentions, position = [], 0
    for mention in _named(text[:OWN_OPENING]):
        # "De ministers van SZW, van OCW en van Financiën": "van" may stand between coordinated ministries
        between = r"\W*(?:(?:de|het|en|,)\s*)*" if not mentions else r"\W*(?:(?:de|het|en|van|,)\s*)*"
        if re.fullmatch(between, text[position:mention.start], re.I) is None:
            break
        mentions.append(mention)
        position = mention.end
    return mentions


def _lead_in_addressees(lead_in: str):
    """Who a lead-in names, except its author: "De Kinderombudsman beveelt aan:" names nobody else, "Aan de
    minister van KGG bevelen wij aan:" names the minister."""
    inverted = re.match(r"\W*van\s+(.{2,120}?)\s+verwacht(?:en)?\b", _last_sentence(lead_in), re.I)
    if inverted:
        return _named(inverted.group(1))  # "Van het COA verwacht de Inspectie:"
    if re.match(r"\W*(?:aan|to)\s", _last_sentence(lead_in), re.I):
        lead_in = _last_sentence(lead_in)
        # "Aan de minister van KGG en de staatssecretaris van Financiën bevelen wij aan:": the addressees come
        # first, the author after the verb
        verb = re.search(rf"\b(?:{RECOMMENDING_VERBS})\b", lead_in, re.I)
        return [m for m in _named(lead_in) if verb is None or m.end <= verb.start()]
    return [m for m in _named(lead_in) if not AUTHOR_FOLLOWS.match(lead_in[m.end:])]


def _item_addressees(text: str):
    """ "Gemeenten: zorg ...", "De staatssecretaris en de VNG: ..." open with their addressees and a colon; "Geef
    gemeenteraden zeggenschap over:" does not."""
    opening = ITEM_ADDRESSEE.match(text)
    if not opening:
        return []
    mentions = _named(opening.group(1))
    rest = opening.group(1)
    for mention in sorted(mentions, key=lambda m: -m.start):
        rest = rest[:mention.start] + rest[mention.end:]
    return mentions if mentions and not re.sub(r"\b(?:en|de|het|alle|ook|samen met)\b|[\s,]", "", rest, flags=re.I) else []


def _english_addressees(text: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """ "The Department should ...", "We recommend that the Office of Water Regulation and the Rivers and Environment
    Agency require ...": the government and its departments are the cabinet; regulators, agencies and companies the
    table does not know are OTHER."""
    # "Set out a growth path up to 2030. The Minister of Finance should ...": a lead in the imperative, then who;
    # "Crown witnesses are indispensable ... . We recommend that the Minister ...": a conclusion, then the request
    found = None
    for sentence in re.split(r"(?<=[.;])\s+", text)[:3]:
        found = ENGLISH_SUBJECT.match(sentence) or ENGLISH_RECOMMENDS.search(sentence)
        if found is not None:
            break
    if found is None:
        return None
    if found.group("who").split()[0].lower() in ENGLISH_IMPERATIVES:
        return None  # "Lay down a period within which violations must ...": a clause of the request, not who is asked
    # ", who is responsible for ...,", "School boards whose reserves exceed ...": the subject without its clause
    who = re.sub(r",?\s+(?:who|which|whose|that)\b.*", "", found.group("who"))
    # "the Minister of Education, Culture and Science": a comma inside a name does not separate two addressees
    names = [name.strip() for name in re.split(r",\s*(?=(?:the|and)\b)|\s+and\s+(?=the\b)", who, flags=re.I)
             if name.strip()]
    departments = []
    for name in names:
        known = [m.department for m in _named(name)]
        # "the Minister of Finance" is a ministry; "the Minister", "the Department" the government as a whole
        departments += known or (["KABINET"] if ENGLISH_GOVERNMENT.match(name) else ["OTHER"])
    if set(departments) == {"KABINET"} and (acting := _acting(text)):
        # "The Government should provide funding in the budget of the Ministry of Justice and Security ...": the
        # ministry it names, or that owns what it is about ("amend the Criminal Code"), must act
        return tuple(names) + _from_mentions(acting)[0], _from_mentions(acting)[1]
    # "the Minister of Finance, together with the Minister of Justice and Security, bring ...": asked jointly; "...
    # exercise it together with ProRail" later in the sentence names whom they act with, not whom the report asks
    after = sentence[found.end("who"):]
    if re.match(r",?\s*(?:together|jointly)\s+with\b", after) and (partners := _joint_partners(after)):
        return tuple(names) + partners[0], tuple(dict.fromkeys(departments + list(partners[1])))
    return tuple(names), tuple(dict.fromkeys(departments))


def _unknown_item_addressee(text: str) -> str:
    """ "Luchthaven Schiphol: bied bewoners ...": a short name before a colon and a lower-case request, that names no
    body the table knows; not a label such as "Thema 2:" or "Toelichting:"."""
    opening = ITEM_ADDRESSEE.match(text)
    if opening is None or _named(opening.group(1)):
        return ""
    # "Aan GS: Actualiseer ...": the addressee named as such, whatever the case of the request after it
    addressed = re.match(r"(?:aan|to)\s+(.+)", opening.group(1).strip(), re.I)
    if not (addressed or text[opening.end():][:1].islower()):
        return ""
    name = addressed.group(1).strip() if addressed else opening.group(1).strip()
    if len(name.split()) > 5 or not name[:1].isupper() or NOT_AN_ADDRESSEE_LABEL.match(name):
        return ""
    return name


ASKED_NEXT = re.compile(r"\ben\s+(?:adviseert|adviseren|beveelt|bevelen|vraagt|vragen|verzoekt|verzoeken)\s+"
                        r"(.{3,120}?)\s+(?:om|aan|op|erop|ervoor)\b", re.I)


def _asked_next(text: str, start: int) -> list:
    """ "De raad adviseert huisartsen om ..., en adviseert de minister van VWS om ...": the same verb again, after
    "en", asks a second addressee its part."""
    return [mention for found in ASKED_NEXT.finditer(text, start) for mention in _named(found.group(1))]


def _opens_with_actor(before_verb: str) -> bool:
    """"De Inspectie beveelt", "Wij bevelen daarom": the report's author right before the recommending verb, not
    a body that happens to stand earlier ("de Inspectie van het Onderwijs te vragen")."""
    return bool(re.search(rf"(?:{INLINE_ACTOR.pattern})\s+(?:\w+\s+)?$", before_verb[-80:], re.I))


def _names_what(found: re.Match, text: str) -> bool:
    """ "De Afdeling adviseert de groepsgrootte in de wet op te nemen", "adviseert in de toelichting in te gaan op":
    the words before "op"/"aan" are what is to be done, not whom the advice is for."""
    slot = _slot(found)
    return not _named(slot) and (text[found.end():].startswith(" te ") or bool(re.search(r"\bte\s+\w+\s*$", slot))
                                 or bool(re.match(r"\s*(?:in|voor|bij|op|met|over|naar)\b", slot)))


def _is_addressee(slot: str) -> bool:
    """What stands between "beveelt" and "aan" names an addressee, unless it is the report's author in inverted order
    ("Verder beveelt de Inspectie aan:") or a filler word."""
    slot = slot.strip()
    return not (NOT_AN_ADDRESSEE.fullmatch(slot) or INLINE_ACTOR.fullmatch(slot))


def _slot(found: re.Match) -> str:
    return next(group for group in found.groups() if group is not None)


def _with_partners(mentions, text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    addressees, departments = _from_mentions(mentions)
    if set(departments) == {"KABINET"}:
        acting = _acting(text)
        return (addressees + _from_mentions(acting)[0], _from_mentions(acting)[1]) if acting else (addressees, departments)
    partners = _joint_partners(text)
    if partners:
        return addressees + partners[0], tuple(dict.fromkeys(departments + partners[1]))
    return addressees, departments


def _named(text: str):
    """Who a text names: ministries, agencies, municipalities; not the policy fields it mentions."""
    return [m for m in find_departments(text) if m.kind != "domain"]


LOCAL_OPENING = 20  # characters: "gemeenten te ondersteunen", "de veiligheidsregio's op te dragen"


def _acting(text: str):
    """For a recommendation to the cabinet as a whole: the ministries and agencies it names, else the ministries
    that own the policy fields it is about ("risicoprofielen in de bijstand" is SZW's).  Municipalities and other
    local bodies count when the item opens with them ("gemeenten te ondersteunen bij ..."); named further on
    ("een fonds waaruit gemeenten ...", "één regio-indeling voor veiligheidsregio's") they are what the cabinet acts
    on, not who acts."""
    mentions = [m for m in find_departments(text) if m.department not in ("KABINET", "OTHER")
                and (m.kind != "local" or m.start < LOCAL_OPENING)]
    named = [m for m in mentions if m.kind != "domain"]
    fields = [m for m in mentions if m.kind == "domain" and m.department not in {n.department for n in named}]
    return named + fields


LOCAL_BODY = re.compile(r"(?:de |het |uw )?(?:raad|college)", re.I)
MUNICIPAL_REPORT = re.compile(r"\b(?:gemeenteraad|raadsleden|wethouders?)\b|\bgemeente\s+(?-i:[A-Z])\w+"
                              r"|\bcollege van (?:burgemeester en wethouders|B\s*&\s*W)\b", re.I)


def _defined_titles(text: str) -> dict[str, set[str]]:
    defined = {}
    for found in DEFINED_TITLE.finditer(text):
        title = found.group("title") or found.group("title2") or found.group("title3") or found.group("title4")
        whom = found.group("whom") or found.group("whom2") or found.group("whom3") or found.group("whom4")
        ministries = {m.department for m in _named(whom) if m.kind in ("ministry", "portfolio")}
        if len(ministries) == 1:
            defined[" ".join(title.lower().split())] = ministries
    return defined


def _requester(text: str) -> set[str] | None:
    """The ministry that asked for the advice ("op voordracht van de Minister van Sociale Zaken", "De minister van
    BZK vroeg de Raad ...", "at the request of the Minister of ..."), to whom advice that names no one is given."""
    found = REQUESTER.search(text)
    if found is None:
        return None
    who = found.group("who") or found.group("who2")
    ministries = {m.department for m in _named(who) if m.kind in ("ministry", "portfolio")}
    return ministries if len(ministries) == 1 else None


def _titles_in(text: str, merge: bool = False) -> dict[str, set[str]]:
    """Per title, the ministry the text names with it, when one ministry has at least two thirds of those mentions;
    with ``merge``, under "", the ministry that has two thirds of all the ministries the text names."""
    counts: dict[str, dict[str, int]] = {}
    for mention in _named(text):
        title = TITLE.match(mention.text.strip())
        if (title or merge) and mention.kind in ("ministry", "portfolio"):
            tally = counts.setdefault("" if merge else title.group(1).lower(), {})
            tally[mention.department] = tally.get(mention.department, 0) + 1
    return {title: {max(tally, key=tally.get)} for title, tally in counts.items()
            if max(tally.values()) >= 2 / 3 * sum(tally.values())}


# a title, and with fullmatch a bare one ("de staatssecretaris", no ministry)
TITLE = re.compile(r"(?:de |het |the )?(minister|staatssecretaris|secretary of state)\b", re.I)
# the report says whom a bare title means: "‘the Minister’ refers to the Minister of Infrastructure and Water
# Management", "Met ‘de minister’ bedoelen wij de minister van OCW", "de minister van SZW (hierna: de minister)"
TITLES = r"minister|staatssecretaris|secretary of state"
MINISTER_OF = rf"(?:de|het|the)\s+(?:{TITLES})\s+(?:van|voor|of|for)\s+[^.;()]{{3,80}}?"
REQUESTER = re.compile(
    rf"\b(?:op\s+voordracht\s+van|op\s+verzoek\s+van|at\s+the\s+request\s+of)\s+(?P<who>{MINISTER_OF})"
    r"(?=[,.;(]|\s+(?:heeft|has|om|to|is)\b)"
    rf"|(?P<who2>{MINISTER_OF})\s+(?:vroeg|verzocht|asked|requested|heeft\s+(?:\w+\s+){{0,8}}?(?:gevraagd|verzocht))\b",
    re.I)
DEFINED_TITLE = re.compile(
    rf"[‘'\"“](?:the|de)\s+(?P<title>{TITLES})[’'\"”],?\s+(?:refers\s+to|means|denotes|stands\s+for|staat\s+voor|"
    rf"betekent)\s+(?P<whom>[^.;]{{5,120}})"
    rf"|\b(?:met|onder)\s+[‘'\"“]de\s+(?P<title2>{TITLES})[’'\"”]\s+(?:bedoelen|bedoelt|verstaan|verstaat)\s+\w+\s+"
    rf"(?P<whom2>[^.;]{{5,120}})"
    rf"|(?P<whom3>\b(?:de|the)\s+(?:{TITLES})\s+(?:van|voor|of|for)\s+[^().;]{{3,100}}?)"
    rf"\s*\((?:hierna|hereafter|hereinafter)[:,]?\s*[‘'\"“]?(?:de|the)\s+(?P<title3>{TITLES})\b"
    # "Waar in dit rapport 'de staatssecretaris' staat, is de staatssecretaris van Financiën ... bedoeld."
    rf"|[‘'\"“]de\s+(?P<title4>{TITLES})[’'\"”]\s+staat,?\s+(?:is|wordt)\s+(?P<whom4>[^.;]{{5,120}}?)\s+bedoeld\b",
    re.I)
# the author right before its recommending verb ("De Kinderombudsman beveelt", "De SER doet de volgende ...")
AUTHOR_FOLLOWS = re.compile(
    rf"\s*(?:\w+\s+)?(?:{RECOMMENDING_VERBS}|verwacht|verwachten|doet|doen|formuleert|formuleren|komt tot|pleit|pleiten)\b",
    re.I)
PARLIAMENT = re.compile(r"(?:de |het )?(?:tweede kamer|eerste kamer|kamer|staten-generaal|parlement)", re.I)
# an item whose subject is its addressee: "De minister van KGG moet ...", "Gemeenten zouden ..."
ITEM_SUBJECT = re.compile(r"([^,;:]{3,120}?)\s+(?:moet|moeten|zou|zouden|dient|dienen|zorgt|zorgen)\b", re.I)
# an item that opens with its addressee and a colon: "Gemeenten: zorg ...", "De staatssecretaris en de VNG: ..."
ITEM_ADDRESSEE = re.compile(r"^([^:;.]{3,100}):\s")
ENGLISH_SUBJECT = re.compile(r"\W*(?P<who>(?:the\s+)?[A-Z][^.;:]{1,160}?)\s+(?:should|must|shall|ought to)\b")
ENGLISH_RECOMMENDS = re.compile(
    r"\b(?:recommends?|urges?)\s+(?:that\s+)?(?P<who>(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of|and|for|the|[A-Z][\w'’-]*|(?<=\band the )[a-z]+))*"
    r"|(?:every|each|all)\s+[a-z]+)")  # "We recommend that every mayor adopt ..."
# verbs that open an English recommendation in the imperative ("Lay down in law that ...", "Make sure that ...")
ENGLISH_IMPERATIVES = frozenset(
    "abolish adopt align allow amend appoint assess change check close commission consider contribute create "
    "designate develop draw end ensure establish extend finance fix fold fund give have improve increase introduce "
    "invest keep lay let limit make monitor offer provide publish put raise reduce replace report require review "
    "set share shift simplify start stop strengthen take use".split())
ENGLISH_GOVERNMENT = re.compile(r"(?:the\s+)?(?:government|department|ministers?|secretary of state|cabinet|treasury)\b",
                                re.I)
NOT_AN_ADDRESSEE_LABEL = re.compile(
    r"(?:thema|doel|let op|toelichting|aanbeveling|advies|actie|maatregel|voorstel|kern|samenvatting|waarom|hoe|wat|"
    r"wie|wanneer|termijn|kosten|stap|fase|deel|onderdeel|prioriteit|noot|nb)\b", re.I)
# Imperatives that open recommendations in any field; other verbs count when the report itself uses their infinitive
# and the next word is one an imperative takes ("Verplicht alle ...", "Herzie de ...").
IMPERATIVES = frozenset(
    "zorg stel maak breng neem leg geef ga houd richt verplicht voer onderzoek betrek investeer ontwikkel verbeter "
    "versterk vergroot verhoog verlaag beperk verbied schaf start stop begin bied regel evalueer herzie kies zet laat "
    "wijs bevorder borg werk help creëer verduidelijk vereenvoudig veranker publiceer informeer monitor registreer "
    "toets beoordeel verken benut erken verminder voorkom pas spreek overleg organiseer financier stimuleer "
    "communiceer deel verzamel meet rapporteer wijzig schrap".split())
IMPERATIVE_OBJECT = re.compile(
    r"(?:de|het|een|dat|ervoor|er|alle|deze|dit|elke|elk|uw|hun|zo|geen|niet|meer|minder|samen|tijdig|snel|voortaan|"
    r"jaarlijks|structureel|expliciet|wettelijk|duidelijk|in|op|voor|bij|met|werk)$", re.I)
UNKNOWN_BODIES = re.compile(
    r"((?-i:[A-Z])[a-zëï-]{3,}(?:en|s)(?:,\s+[a-zëï-]{3,}(?:en|s))*(?:\s+en\s+[a-zëï-]{3,}(?:en|s))?)"
    r"\s+(?!(?:die|dat|van|in|op|met|voor|zijn|worden|hebben|kunnen)\b)(?-i:[a-z])\w+(?:en|t)\b")
DEFINITE_BODY = re.compile(
    r"\W*((?:de|het)\s+(?!(?:minister|ministers|staatssecretaris|kabinet|regering|overheid|rijk)\b)[a-zëï-]{3,}"
    r"(?:\s+(?:van|voor)\s+[a-zëï-]{3,}){0,2})\s+(?:zorgt|stelt|legt|voert|maakt|richt|neemt|zet|brengt|past|geeft|"
    r"houdt|biedt|ontwikkelt|publiceert|registreert|evalueert|investeert|verbetert|treft|spreekt|start|laat)\b", re.I)
LEGISLATE = re.compile(r"\W*(?:\w+\s+){0,3}?(?:wettelijk|bij wet|in de wet|in wet- en regelgeving)\b", re.I)
FORWARD = re.compile(
    r"\b(?:zorgt|zorgen) ervoor\b|\buiterlijk\b|\bvoortaan\b|\bbinnen (?:\w+ )?(?:dagen|weken|maanden|jaar)\b|"
    r"\b(?:iedere|elke|ieder|elk|alle)\b.{0,60}?\b(?:een|hun|haar|zijn)\b|\bjaarlijks\b|\bmaandelijks\b|"
    r"\bmaakt\b.{0,60}?\bmogelijk\b|\bvanaf (?:\d|januari|1 )", re.I)
DIRECTIVE_MODAL = re.compile(r"^\W*((?:\S+\s+){0,8}?)(?:moet|moeten|dient|dienen|zou|zouden|behoort|behoren)\b", re.I)
ROLE_TITLE = re.compile(r"\W*\w+,?\s+(?:\w+\s+){0,2}?als\s+((?:minister|staatssecretaris)\s+(?:van|voor)\s+[^.;:]{3,120}?)"
                        r"(?=,|\s+(?:samen|het|de|een|uw|in|op|bij|om|te)\b)", re.I)
IN_THE_ROLE_OF = re.compile(
    r"\W*\w+\s+(?:\w+\s+){0,2}?als\s+((?:(?:de|het|een)\s+)?\w+(?:\s*(?:,|en|of)\s+(?:(?:de|het)\s+)?\w+)*)", re.I)
ADDRESSEE_TAG = re.compile(r"\(([^()]{2,80})\)\s*[.;]?\s*$")
NOT_AN_ADDRESSEE = re.compile(
    r"(?:het volgende|de volgende \w+|dat|om|u|wij|we|hij|zij|ze|aan|op|er|daarom|verder|ook|tevens|daarnaast|voorts)",
    re.I)  # "De minister van SZW beveelt hij aan": the author, with whom it asks before the verb
OWN_OPENING = 240  # an item that opens with its own "Wij bevelen X aan om" names its addressee itself
JOINT = re.compile(r"(?:\b(?:samen met|gezamenlijk met|in samenwerking met|together with)|(?:^|(?<=\bom ))met)\b(.{0,80})", re.I)


def _joint_partners(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Bodies the recommendation says must act jointly with its addressee ("samen met de provincies ...")."""
    phrases = [re.split(r"[,;:.]|\s(?:een|om|te|dat|voor|die|waarin|zodat|op|in)\s", found.group(1))[0]
               for found in JOINT.finditer(text)]
    mentions = [m for phrase in phrases for m in _named(phrase) if m.department != "KABINET"]
    return _from_mentions(mentions) if mentions else ()


def _from_mentions(mentions) -> tuple[tuple[str, ...], tuple[str, ...]]:
    return (
        tuple(dict.fromkeys(" ".join(m.text.split()) for m in mentions)),
        tuple(dict.fromkeys(m.department for m in mentions)),
    )


def _make_passage(blocks: list[Block], heading: str, index: int, nlp) -> Passage:
    text, page_starts, breaks = "", [], []
    for block in blocks:
        page_starts.append((len(text) + (1 if text else 0), block.page))
        if text and not block.continues:
            breaks.append(len(text) + 1)  # a new paragraph starts a new sentence, even after "(Paragraph 14)"
        own = _labelled(block)
        text = _join(text, own) if block.kind is BlockKind.PARAGRAPH or not text else f"{text} {own}"
    sentences = []
    for sentence in nlp(text).sents:
        cuts = [sentence.start_char] + [b for b in breaks if sentence.start_char < b < sentence.end_char]
        for start, end in zip(cuts, cuts[1:] + [sentence.end_char]):
            page = max((page for first, page in page_starts if first <= start), default=blocks[0].page)
            if text[start:end].strip():
                sentences.append(Sentence(text[start:end].strip(), page))
    return Passage(
        id=f"P{index:03d}",
        page=blocks[0].page,
        heading=heading,
        text=text,
        sentences=tuple(sentences),
        departments=resolve_departments(f"{heading} {text}"),
        bbox=blocks[0].bbox,
    )


def _labelled(block: Block) -> str:
    """A label that is a word ("Ad 4.", "Aanbeveling 3:") says what the item answers or quotes: it stays in the text."""
    return f"{block.marker} {block.text}" if re.search(r"[^\W\d_]{2}", block.marker) else block.text


def _quotes_a_recommendation(text: str) -> bool:
    """ "Aanbeveling: Zorg dat ...", "Advies 3: ...", or a paragraph that is one quotation."""
    stripped = text.strip()
    return bool(QUOTED_RECOMMENDATION.match(stripped)) or (
        stripped[:1] in "„“\"'‘" and stripped.rstrip(".").endswith(("”", "\"", "’", "'")))


def _paragraphs(blocks: list[Block], skipped: set[int]) -> list[str]:
    """The labelled text of each paragraph, with the lines that continue it over a page or column."""
    paragraphs: list[str] = []
    for index, block in enumerate(blocks):
        if index in skipped:
            continue
        if block.continues and paragraphs:
            paragraphs[-1] = _join(paragraphs[-1], block.text)
        else:
            paragraphs.append(_labelled(block))
    return paragraphs


def _opens_a_quote(text: str) -> bool:
    """ "“The Minister should ... by law." ": a quotation that has not closed yet."""
    stripped = text.strip()
    return stripped[:1] in "„“\"‘" and not stripped.rstrip(".").endswith(("”", "\"", "’"))


def _introduces_an_answer(text: str) -> bool:
    """A short paragraph that opens by saying what the report recommends ("U beveelt aan ...", "De raad adviseert
    ...") and leaves the answer to the next one."""
    found = REPORTED_REQUEST.match(text)
    if (found is not None and not RESPONDENT.search(found.group(1))
            and not RESPONDENT.search(text[found.end():].split(". ", 1)[-1] if ". " in text else "")
            and len(re.findall(r"[.!?](?:\s|$)", text)) <= 2):
        return True
    # a nader rapport restates each point in the reviewing body's words ("De Afdeling merkt op dat ... Zij adviseert
    # ...") before answering it; the government does not speak in it
    return (AUTHOR_OPENING.match(text) is not None and not RESPONDENT.search(text)
            and len(re.findall(r"[.!?](?:\s|$)", text)) <= RESTATEMENT_SENTENCES)


def _is_prose(text: str) -> bool:
    """Sentences, not an address line, salutation or signature ("De minister voor ..., " has no full stop)."""
    words = len(text.split())
    return words >= MIN_PASSAGE_WORDS and (words >= 15 or bool(re.search(r"[.!?;:]\s*$|[.!?]\s", text)))


def _number_from_marker(marker: str, parent_number: str) -> str:
    label = marker.strip().strip("()[]").rstrip(".):]").strip()
    label = re.sub(r"^[A-Z][a-z]+\.?\s+(?=\S*\d)", "", label)  # "Aanbeveling 3" is recommendation 3
    if not any(character.isalnum() for character in label):
        return ""  # bullets and dashes carry no number
    if parent_number and re.fullmatch(r"[a-z]|[ivx]+", label):
        return f"{parent_number}{label}"
    return label


def _join(first: str, second: str) -> str:
    if not first:
        return second
    if first.endswith("-") and second[:1].islower():
        return first[:-1] + second
    return f"{first} {second}"


def _is_lead_in(text: str) -> bool:
    """ "Amnesty roept de minister ... op om:" introduces a list of recommendations, and so does an addressee heading
    such as "Aan de minister van Infrastructuur en Waterstaat:"; "een procedure die:" does not."""
    last = _last_sentence(text)
    if LISTS_SOMETHING_ELSE.search(last):
        return False
    # "Wij doen de staatssecretaris de volgende aanbevelingen. Waar een aanbeveling zich tot een ander richt, ..."
    if not text.rstrip().endswith(":") and not any(
            FOLLOWING.search(sentence) for sentence in re.split(r"(?<=[.!?])\s+", text.strip())):
        return False
    return any(_recommends(text, found) for found in LEAD_IN.finditer(text)) or (
        last.rstrip().endswith(":") and _names_addressees(last))


def _asks(text: str) -> bool:
    words = re.findall(r"[^\W\d_]+", text[:40].lower())
    return bool(EXPLICIT_REQUEST.search(text) or DIRECTIVE_MODAL.match(text) or words and words[0] in IMPERATIVES)


def _asks_next(blocks: tuple[Block, ...], index: int) -> bool:
    """The next paragraph asks, or opens by recommending ("Het Adviescollege beveelt de minister ... aan ...")."""
    at = next((i for i in range(index + 1, len(blocks))
               if not blocks[i].continues and blocks[i].kind is not BlockKind.FOOTNOTE), None)
    if at is None or blocks[at].kind is not BlockKind.PARAGRAPH:
        return False
    following = blocks[at]
    text = following.text
    for block in blocks[at + 1:]:  # its first sentence may run on into the next column
        if block.kind is not BlockKind.PARAGRAPH or not block.continues:
            break
        text = _join(text, block.text)
    opening = INLINE_RECOMMENDATION.match(text)
    return _asks(following.text) or bool(opening and STRONG_INLINE.search(opening.group(1)))


def _labels_next_paragraph(blocks: tuple[Block, ...], index: int) -> bool:
    """ "Aanbeveling aan de minister van SZW." or "Wij bevelen pensioenfondsen aan:" set apart above one paragraph,
    or a bold opening "Wij vragen de minister daarnaast" that the paragraph under it finishes ("om ... te regelen"):
    that paragraph is the recommendation.  A lead-in over a list introduces the list instead."""
    block = blocks[index]
    nearby = list(islice((b for b in blocks[index + 1:] if b.kind is not BlockKind.FOOTNOTE), 2))
    following, after = (nearby + [None, None])[:2]
    if following is None or following.kind is not BlockKind.PARAGRAPH or following.continues:
        return False
    if after is not None and after.kind is BlockKind.LIST_ITEM and not after.continues:
        return False
    text = block.text.strip()
    set_apart = block.bold or block.kind is BlockKind.HEADING
    if len(text.split()) > RUN_IN_WORDS or not (set_apart or text.endswith(":")):
        return False
    if RUN_IN_LABEL.fullmatch(text) or _is_lead_in(text) or _names_addressees(text):
        return True
    if set_apart and TITLED_LABEL.fullmatch(text) and _asks(following.text):
        return True
    # a bold opening that the paragraph under it finishes: "Wij vragen de minister van SZW daarnaast" | "om ..."
    return (set_apart and not re.search(r"[.;:!?]$", text) and following.text[:1].islower()
            and any(_recommends(text, found) for found in LEAD_IN.finditer(text)))


def _recommends(text: str, found: re.Match) -> bool:
    """ "vragen" recommends when the report's author asks ("De ombudsman vraagt de minister om:"), not in "Ze vragen
    om verschillende antwoorden:"."""
    if found.group(0).lower() in ("aanbevelingen", "recommendations"):
        # "De aanbevelingen vragen van iedere betrokkene een eigen inzet:" sums them up by whom they ask
        return not ABOUT_WHAT_THEY_ASK.match(text[found.end():])
    if found.group(0).lower() not in ("vraagt", "vragen", "verzoekt", "verzoeken"):
        return True
    # the author before the verb, or right after it when something else opens the sentence ("Tot slot vragen wij")
    return bool(INLINE_ACTOR.search(text[max(0, found.start() - 60): found.start()])
                or INLINE_ACTOR.match(text[found.end():].lstrip()))


def _last_sentence(text: str) -> str:
    """ "Thema B – Perspectief voor boeren. Aan de minister van LVVN:" -> "Aan de minister van LVVN:"."""
    return re.split(r"(?<=[.!?])\s+(?=[A-Z])", text.strip())[-1]


def _bare_title(lead_in: str) -> str:
    """ "Aan de minister:" names a title without its ministry."""
    found = re.match(r"\W*(?:aan|to)\s+((?:de |het )?(?:minister|staatssecretaris))\s*:\s*$", _last_sentence(lead_in),
                     re.I)
    return found.group(1) if found else ""


def _item_introduces_list(text: str, child: str = "") -> bool:
    """An item that introduces recommendations ("98. The following recommendations ...:", "... roept op:", "afspraken
    te maken en daarbij in ieder geval:" followed by "één aanmeldpunt in te richten;") rather than one that is a
    recommendation with sub-points (conditions: "waarbij: iedere patiënt een contactpersoon krijgt;")."""
    if _is_title(text) and _is_sentence(child):
        return True  # "1. Snellere toegang" over "a. De NZa verplicht aanbieders ...": a theme over its items
    if LABELLED_CHILD.match(child):
        return True  # "3. <a conclusion>" over "a. Recommendation: The Executive Council should ...": the parts ask
    if (_is_sentence(text) and len(text.split()) <= MAIN_LINE_WORDS and text.rstrip().endswith(".")
            and _tagged_with_addressee(child)):
        # "1. Breng de opvang op een stabiele basis." over "a. Stel jaarlijks ... (minister van Asiel en Migratie)":
        # a main line over parts that each name whom they ask
        return True
    if not text.rstrip().endswith(":"):
        return False
    if OPEN_OM_CLAUSE.search(text) and not LEAD_IN.search(text):
        return False
    introduces = LIST_INTRODUCTION.search(text) or CALL_INTRODUCTION.search(text) and LEAD_IN.search(text)
    return bool(introduces) or bool(ACTION_CLAUSE.match(child))


def _tagged_with_addressee(text: str) -> bool:
    tag = ADDRESSEE_TAG.search(text)
    return bool(tag and (_named(tag.group(1)) or TITLE.search(tag.group(1))))


def _names_addressees(text: str) -> bool:
    """ "Aan de schoolbesturen in het vo en het mbo", "Aan de minister voor PVO en de minister van OCW": a line that
    only says whom the list below it is for."""
    line = text.strip().rstrip(":") + ":"
    return bool(ADDRESSEE_LEAD_IN.match(line) and (_named(line) or _bare_title(line)))


def _follows(previous: str, number: str) -> bool:
    """ "Actie 5" after "Actie 4", "R12" after "R11", "IX" after "VIII": the next number of the same scheme."""
    before, after = re.match(r"(.*?)(\d+|[IVXivx]+)$", previous or ""), re.match(r"(.*?)(\d+|[IVXivx]+)$", number or "")
    if not before or not after or before.group(1) != after.group(1):
        return False
    if before.group(2).isdigit() and after.group(2).isdigit():
        return int(after.group(2)) == int(before.group(2)) + 1
    return bool(roman_value(before.group(2))) and roman_value(after.group(2)) == roman_value(before.group(2)) + 1


def _is_title(text: str) -> bool:
    """A theme title set as a list item: a few words, no sentence ("Snellere toegang", "Regie en toezicht")."""
    return 0 < len(text.split()) <= 8 and not re.search(r"[.;:!?]\s*$", text)


def _is_sentence(text: str) -> bool:
    return len(text.split()) >= 6 and bool(re.search(r"[.;]\s*$", text))


def _ends_with_colon(block: Block) -> bool:
    return block.text.rstrip().endswith(":")


def _index_of(items: list[_Item], item: _Item) -> int:
    for index in range(len(items) - 1, -1, -1):
        if items[index] is item:
            return index
    raise ValueError("item not in list")


def _is_repeat(item: _Item, first: _Item) -> bool:
    """Printed again elsewhere: near-identical words, and not two numbered items of one list; or a summary that lists
    the titles the recommendations carry as headings ("Secure reserve sources" for "Recommendation 1: Secure reserve
    sources")."""
    if _title(item) == _normalised(first.text) or _title(first) == _normalised(item.text):
        return True
    if item.number and first.number and item.section == first.section and item.number != first.number:
        return False
    if item.section != first.section and not (item.number and first.number):
        # a summary bullet repeats a numbered recommendation in fewer, differently inflected words
        return _overlap(item.text, first.text) >= 0.6
    return _overlap(item.text, first.text) >= 0.85 and _jaccard(item.text, first.text) >= 0.6


def _paired_by_order(groups: list[list[_Item]]) -> list[list[_Item]]:
    """A summary bullet worded too differently to match its chapter text by words ("Maak het zorgverlof flexibeler"
    for "De minister van SZW verruimt het langdurend zorgverlof ...") still stands in the same order: when the bullets
    next to it are paired with printings elsewhere, and one unpaired recommendation stands between those printings
    (or, of several, one clearly shares most word stems with it), that one is it."""
    group_of = {id(item): group for group in groups for item in group}

    def printed_elsewhere(neighbour: _Item, item: _Item) -> list[int]:
        return [other.order for other in group_of[id(neighbour)] if not _same_list(other, item)]

    for group in [g for g in groups if len(g) == 1]:
        item = group[0]
        if item.number or group_of[id(item)] is not group:
            continue  # numbered, or already taken as another bullet's printing
        same_list = sorted((i for g in groups for i in g if _same_list(i, item)), key=lambda i: i.order)
        position = next(index for index, other in enumerate(same_list) if other is item)
        before = printed_elsewhere(same_list[position - 1], item) if position > 0 else []
        after = printed_elsewhere(same_list[position + 1], item) if position + 1 < len(same_list) else []
        if (position > 0 and not before) or (position + 1 < len(same_list) and not after) or not (before or after):
            continue
        low, high = max(before, default=-1), min(after, default=float("inf"))
        between = sorted(((_stem_overlap(item.text, g[0].text), g) for g in groups
                          if len(g) == 1 and g is not group and low < g[0].order < high and not _same_list(g[0], item)),
                         key=lambda pair: -pair[0])
        # the one unpaired recommendation there, or of several the one that clearly shares most word stems with it
        if between and between[0][0] >= RECAP_MIN_OVERLAP and (len(between) == 1 or between[0][0] >= 2 * between[1][0]):
            chosen = between[0][1]
            group.append(chosen[0])
            group_of[id(chosen[0])] = group
            groups = [g for g in groups if g is not chosen]
    return _runs_paired_by_order(groups)


def _runs_paired_by_order(groups: list[list[_Item]]) -> list[list[_Item]]:
    """Two or more summary bullets in a row, unpaired, between bullets paired with printings elsewhere: when as many
    unpaired recommendations stand between those printings, each sharing some word stems with its bullet, they are
    the same ones in the same order."""
    group_of = {id(item): group for group in groups for item in group}
    singles = [g[0] for g in groups if len(g) == 1 and not g[0].number]
    for item in singles:
        same_list = sorted((i for g in groups for i in g if _same_list(i, item)), key=lambda i: i.order)
        start = next(index for index, other in enumerate(same_list) if other is item)
        if start > 0 and len(group_of[id(same_list[start - 1])]) == 1:
            continue  # not the first of its run
        end = start
        while end < len(same_list) and len(group_of[id(same_list[end])]) == 1:
            end += 1
        run = same_list[start:end]
        elsewhere = [[o.order for o in group_of[id(same_list[i])] if not _same_list(o, item)]
                     for i in (start - 1, end) if 0 <= i < len(same_list)]
        if len(run) < 2 or not all(elsewhere) or len(elsewhere) < (start > 0) + (end < len(same_list)):
            continue
        low = max(elsewhere[0]) if start > 0 else -1
        high = min(elsewhere[-1]) if end < len(same_list) else float("inf")
        between = sorted((g for g in groups if len(g) == 1 and low < g[0].order < high
                          and not _same_list(g[0], item)), key=lambda g: g[0].order)
        if len(between) != len(run) or any(_stem_overlap(bullet.text, g[0].text) < RECAP_MIN_OVERLAP
                                           for bullet, g in zip(run, between)):
            continue
        for bullet, chosen in zip(run, between):
            group_of[id(bullet)].append(chosen[0])
            group_of[id(chosen[0])] = group_of[id(bullet)]
        groups = [g for g in groups if not any(g is chosen for chosen in between)]
    return groups


def _same_list(item: _Item, other: _Item) -> bool:
    return item.section == other.section and item.lead_in == other.lead_in and not item.number and not other.number


def _title(item: _Item) -> str | None:
    titled = TITLED_LABEL.fullmatch(item.lead_in.strip())
    return _normalised(titled.group(1)) if titled else None


def _normalised(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def _recalled(item: _Item, groups: list[list[_Item]]) -> list[_Item] | None:
    """A list that sums up what came before ("In de voorgaande hoofdstukken doen wij aanbevelingen ... De
    belangrijkste daarvan zijn:") repeats earlier recommendations in a few words of its own: each bullet belongs to
    the earlier recommendation it shares most word stems with."""
    # the recap's own earlier bullets are not what it recalls ("De aanbevelingen op een rij:" before the chapters)
    earlier = [group for group in groups if not (group[0].lead_in == item.lead_in and group[0].section == item.section)]
    if not (earlier and RECAP.search(item.lead_in)):
        return None
    shared, group = max(((_stem_overlap(item.text, group[0].text), group) for group in earlier), key=lambda g: g[0])
    return group if shared >= RECAP_MIN_OVERLAP else None


def _is_numbered_reprint(item: _Item, first: _Item, groups: list[list[_Item]]) -> bool:
    """The same number in another section, reworded: a summary that lists "1. Beoordeel binnen een jaar de toelating
    ... (IenW)" for the chapter's "1. ... ervoor te zorgen dat de toelating van ieder middel ...".

    Reports that number per chapter print different recommendations under the same number, so the number alone is not
    enough: the two must share word stems, and more than the item shares with any other recommendation found so far.
    """
    if not (item.number and item.number == first.number and item.section != first.section):
        return False
    if any(member.section == item.section for group in groups if group[0] is first for member in group):
        return False
    if _titles_the_other(item, first) or _titles_the_other(first, item):
        return True  # "S1. Closing the gap to the social minimum (3)" in an annex, the heading over S1 in chapter 3
    shared = _stem_overlap(item.text, first.text)
    if shared > 0 and _numbers_already_paired(item, first, groups) >= 2:
        return True  # the summary's list and the chapter's follow one numbering: a terse rewording is still the same
    if shared < REPRINT_MIN_OVERLAP:
        return False
    return all(_stem_overlap(item.text, group[0].text) < shared for group in groups if group[0] is not first)


def _titles_the_other(short: _Item, full: _Item) -> bool:
    """The short printing is the title the full one stands under, give or take a chapter reference "(3)"."""
    title = re.sub(r"\s*\(\d+\)\W*$", "", short.text)
    return bool(full.section) and _normalised(title) == _normalised(full.section)


def _numbers_already_paired(item: _Item, first: _Item, groups: list[list[_Item]]) -> int:
    """How many recommendations of ``first``'s section already have their same-numbered reprint in ``item``'s."""
    return sum(1 for group in groups if group[0].section == first.section
               and any(m.section == item.section and m.number == group[0].number for m in group[1:]))


REPRINT_MIN_OVERLAP = 0.25
RECAP = re.compile(
    r"\b(?:voorgaande|vorige|eerdere|bovenstaande)\s+(?:hoofdstukk?en|paragra(?:af|fen)|delen|pagina's)\b|\bhierboven\b|"
    r"\beerder in (?:dit|deze) (?:rapport|advies|verkenning|onderzoek|brief)\b|\bde belangrijkste daarvan\b|"
    r"\b(?:kort )?samengevat\b|\bop een rij\b|\bpreceding (?:chapters|sections)\b|\babove\b", re.I)
RECAP_MIN_OVERLAP = 0.15
STEM = re.compile(r"[^\W\d_]{4,}", re.UNICODE)
# frequent words of recommendations that say nothing of their subject
STEM_STOPWORDS = frozenset(
    "minister ministers staatssecretaris kabinet bevelen beveelt aanbeveling aanbevelingen zorg zorgen ervoor "
    "daarbij daarvoor hierbij waarbij welke deze dit die dat zijn haar hun worden wordt onze ook alle iedere "
    "zodat binnen tussen over naar voor door met samen maak maken neem nemen laat laten geef geven".split()
)


def _stem_overlap(first: str, second: str) -> float:
    """Share of the shorter text's content-word stems (first five letters) the other text also has; inflection
    and compounding ("gewasbeschermingsmiddel", "gewasbeschermingsmiddelen") do not matter."""
    def stems(text: str) -> set[str]:
        return {word[:5] for word in (w.lower() for w in STEM.findall(text)) if word not in STEM_STOPWORDS}

    stems_a, stems_b = stems(first), stems(second)
    if not stems_a or not stems_b:
        return 0.0
    return len(stems_a & stems_b) / min(len(stems_a), len(stems_b))


def _jaccard(first: str, second: str) -> float:
    words_a, words_b = set(WORD.findall(first.lower())), set(WORD.findall(second.lower()))
    return len(words_a & words_b) / max(len(words_a | words_b), 1)


WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)


def _overlap(first: str, second: str) -> float:
    """Share of the shorter text's words that the longer one also has: 1.0 for a repeat."""
    words_a, words_b = set(WORD.findall(first.lower())), set(WORD.findall(second.lower()))
    if not words_a or not words_b:
        return 0.0
    return len(words_a & words_b) / min(len(words_a), len(words_b))
