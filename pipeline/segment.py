"""Stage 2: cut the report into recommendations and the response into passages.

Recommendations are found wherever a report puts them: list items under an "Aanbevelingen"/"Recommendations"
heading, list items after a lead-in such as "Amnesty roept de minister van ... op om:", and inline sentences such as
"De ombudsman beveelt de minister aan om ...".  The same recommendation printed twice (summary and chapter) becomes
one record that keeps both locations.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .departments import resolve_departments
from .types import Block, BlockKind, ExtractedDocument, Location, Passage, Recommendation, Sentence

RECOMMENDATION_HEADING = re.compile(
    r"aanbeveling|recommendation|wat (?:moet|kan) er (?:gebeuren|beter)|wat moet (?:er )?anders|oproep", re.I
)
# A lead-in names an actor that recommends, calls on or asks someone, and ends before the list starts.
LEAD_IN = re.compile(
    r"\b(?:beveelt|bevelen|adviseert|adviseren|roept|roepen|verzoekt|verzoeken|vraagt|vragen|dringt|dringen|"
    r"recommends?|urges?|calls? (?:on|upon)|aanbevelingen|recommendations)\b",
    re.I,
)
INLINE_RECOMMENDATION = re.compile(
    r"(?:^|(?<=[.!?]\s))([^.!?]*?\b(?:beveelt|bevelen|adviseert|adviseren|roept|roepen)\b[^.!?]*?"
    r"\b(?:aan|op)\b\s*(?:om|dat|te)?\b[^.!?]*[.!?])",
    re.I,
)
INLINE_ACTOR = re.compile(
    r"\b(?:amnesty|de ombudsman|de nationale ombudsman|de inspectie|de inspecties|de commissie|het college|"
    r"de raad|wij|we|de onderzoekers|de rekenkamer|the working group|the committee)\b",
    re.I,
)
PARENT_ENDS_LEAD_IN = re.compile(r"[:：]\s*$")
MIN_PASSAGE_WORDS = 6


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


def segment_recommendations(document: ExtractedDocument) -> list[Recommendation]:
    """Every recommendation in the report, in document order, with its addressees and departments."""
    items = _list_recommendations(document.body)
    items += _inline_recommendations(document.body, items)
    items.sort(key=lambda item: (item.page, item.bbox[1]))
    return _merge_repeats(items)


def segment_response(document: ExtractedDocument, nlp) -> list[Passage]:
    """The response letter as passages: a paragraph under its heading, with its sentences and pages."""
    passages: list[Passage] = []
    heading = ""
    pending: list[Block] = []

    def flush() -> None:
        if pending:
            passage = _make_passage(pending, heading, len(passages) + 1, nlp)
            if len(passage.text.split()) >= MIN_PASSAGE_WORDS:
                passages.append(passage)
            pending.clear()

    for block in document.body:
        if block.kind is BlockKind.HEADING:
            flush()
            heading = block.text
            continue
        joins_previous = pending and (
            block.continues
            or (block.kind is BlockKind.LIST_ITEM and _ends_with_colon(pending[0]))
        )
        if not joins_previous:
            flush()
        pending.append(block)
    flush()
    return passages


def _list_recommendations(blocks: tuple[Block, ...]) -> list[_Item]:
    items: list[_Item] = []
    chapter, section, lead_in = "", "", ""
    in_recommendation_section = False
    open_items: dict[int, _Item] = {}  # nesting level -> last item at that level
    parents: dict[int, Block] = {}

    for block in blocks:
        if block.kind is BlockKind.HEADING:
            section = block.text
            if block.level <= 1:
                chapter = block.text
                in_recommendation_section = bool(RECOMMENDATION_HEADING.search(block.text))
            elif RECOMMENDATION_HEADING.search(block.text):
                in_recommendation_section = True
            lead_in, open_items, parents = "", {}, {}
            continue
        if block.kind is BlockKind.PARAGRAPH:
            if block.continues and open_items:
                level = max(open_items)
                previous = open_items[level]
                open_items[level] = replace(previous, text=_join(previous.text, block.text))
                items[_index_of(items, previous)] = open_items[level]
                continue
            if LEAD_IN.search(block.text) and _ends_with_colon(block):
                lead_in = block.text
            elif not block.text.rstrip().endswith(":"):
                lead_in = lead_in if not open_items else ""
            open_items, parents = {}, {}
            continue
        if block.kind is not BlockKind.LIST_ITEM:
            continue
        if block.continues and open_items:
            level = max(open_items)
            previous = open_items[level]
            open_items[level] = replace(previous, text=_join(previous.text, block.text))
            items[_index_of(items, previous)] = open_items[level]
            continue
        if not (in_recommendation_section or lead_in):
            continue
        parents = {level: parent for level, parent in parents.items() if level < block.level}
        parents[block.level] = block
        parent_text = " ".join(parents[level].text for level in sorted(parents) if level < block.level)
        if _ends_with_colon(block) and not parent_text:
            # "98. The following recommendations ...:" introduces its children; it is not one itself.
            lead_in = block.text
            open_items = {}
            continue
        parent_item = next((open_items[level] for level in sorted(open_items, reverse=True) if level < block.level), None)
        if parent_item is not None and not PARENT_ENDS_LEAD_IN.search(parent_item.text):
            # a sub-point of a recommendation is part of it, not a recommendation of its own
            merged = replace(parent_item, text=_join(parent_item.text, f"{block.marker} {block.text}".strip()))
            items[_index_of(items, parent_item)] = merged
            open_items[parent_item.level] = merged
            continue
        item_lead_in = parent_item.text if parent_item is not None else lead_in
        if parent_item is not None:
            items.remove(parent_item)  # a parent that ends with ":" was a lead-in after all
            del open_items[parent_item.level]
        number = _number_from_marker(block.marker, parent_item.number if parent_item else "")
        item = _Item(
            number=number,
            text=block.text,
            page=block.page,
            section=section or chapter,
            lead_in=item_lead_in,
            addressees_text=" ".join(filter(None, (lead_in, item_lead_in))),
            bbox=block.bbox,
            level=block.level,
        )
        items.append(item)
        open_items = {level: it for level, it in open_items.items() if level < block.level}
        open_items[block.level] = item
    return items


def _inline_recommendations(blocks: tuple[Block, ...], listed: list[_Item]) -> list[_Item]:
    """Sentences in running text that recommend, when no list already carries the same recommendation."""
    found: list[_Item] = []
    section = ""
    for block in blocks:
        if block.kind is BlockKind.HEADING:
            section = block.text
            continue
        if block.kind is not BlockKind.PARAGRAPH or _ends_with_colon(block):
            continue
        for match in INLINE_RECOMMENDATION.finditer(block.text):
            sentence = match.group(1).strip()
            if not INLINE_ACTOR.search(sentence[:80]) or len(sentence.split()) < 8:
                continue
            if any(_overlap(sentence, item.text) >= 0.5 for item in listed + found):
                continue
            found.append(_Item("", sentence, block.page, section, "", sentence, block.bbox, 0))
    return found


def _merge_repeats(items: list[_Item]) -> list[Recommendation]:
    """One record per recommendation; a repeat (summary and chapter) adds a location to the first."""
    groups: list[list[_Item]] = []
    for item in items:
        for group in groups:
            if _overlap(item.text, group[0].text) >= 0.8:
                group.append(item)
                break
        else:
            groups.append([item])
    records = []
    for index, group in enumerate(groups, start=1):
        first = group[0]
        numbered = next((item for item in group if item.number), first)
        addressee_source = next((item for item in group if item.addressees_text), first)
        addressees, departments = _addressees(addressee_source, numbered)
        records.append(
            Recommendation(
                id=f"R{index:02d}",
                number=numbered.number,
                text=max((item.text for item in group), key=len),
                page=first.page,
                section=numbered.section,
                addressees=addressees,
                departments=departments,
                lead_in=addressee_source.lead_in,
                locations=tuple(Location(item.page, item.section) for item in group),
                bbox=first.bbox,
            )
        )
    return records


ADDRESSEE_PHRASE = re.compile(
    r"\b(?:de |het )?(?:minister(?:s)?|staatssecretaris(?:sen)?|kabinet|regering|overheid|gemeenten?|"
    r"government|netherlands)\b[^,:;.]{0,90}",
    re.I,
)


def _addressees(source: _Item, item: _Item) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Who a recommendation addresses: the lead-in, else the item itself, else its section heading."""
    for text in (source.addressees_text, item.text[:160], item.section):
        if not text:
            continue
        departments = resolve_departments(text)
        if departments:
            phrases = tuple(dict.fromkeys(m.group(0).strip() for m in ADDRESSEE_PHRASE.finditer(text)))
            return phrases or (text[:120],), departments
    return (), ("KABINET",)


def _make_passage(blocks: list[Block], heading: str, index: int, nlp) -> Passage:
    text, page_starts = "", []
    for block in blocks:
        page_starts.append((len(text) + (1 if text else 0), block.page))
        text = _join(text, block.text) if block.kind is BlockKind.PARAGRAPH or not text else f"{text} {block.text}"
    sentences = []
    for sentence in nlp(text).sents:
        page = max((page for start, page in page_starts if start <= sentence.start_char), default=blocks[0].page)
        if sentence.text.strip():
            sentences.append(Sentence(sentence.text.strip(), page))
    return Passage(
        id=f"P{index:03d}",
        page=blocks[0].page,
        heading=heading,
        text=text,
        sentences=tuple(sentences),
        departments=resolve_departments(f"{heading} {text}"),
        bbox=blocks[0].bbox,
    )


def _number_from_marker(marker: str, parent_number: str) -> str:
    label = marker.strip().strip("()").rstrip(".)").strip()
    if parent_number and re.fullmatch(r"[a-z]|[ivx]+", label):
        return f"{parent_number}{label}"
    return label


def _join(first: str, second: str) -> str:
    if not first:
        return second
    if first.endswith("-") and second[:1].islower():
        return first[:-1] + second
    return f"{first} {second}"


def _ends_with_colon(block: Block) -> bool:
    return block.text.rstrip().endswith(":")


def _index_of(items: list[_Item], item: _Item) -> int:
    for index in range(len(items) - 1, -1, -1):
        if items[index] is item:
            return index
    raise ValueError("item not in list")


WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)


def _overlap(first: str, second: str) -> float:
    """Share of the shorter text's words that the longer one also has: 1.0 for a repeat."""
    words_a, words_b = set(WORD.findall(first.lower())), set(WORD.findall(second.lower()))
    if not words_a or not words_b:
        return 0.0
    return len(words_a & words_b) / min(len(words_a), len(words_b))
