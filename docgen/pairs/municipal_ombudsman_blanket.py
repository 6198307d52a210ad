"""Pair: a fictional municipal ombudsman report on nuisance complaints (short-stay rentals, events), and a short
letter of the burgemeester on behalf of the college that accepts the recommendations in one blanket sentence.

Layout traits this pair tests: a short sans report (title page with imprint, no running header, a page-number
footer) by the "Ombudsman Zuiderhaven".  Chapter 3 "Wat bewoners meemaakten" holds a numbered list "1." .. "6." of
klachten (cases, not recommendations: a trap for list detection), followed by a one-column ruled table that acts
as a text box "Wat zeggen bewoners?" with quoted complaints (some in the imperative).  Chapter 4 has a small grid
table of figures.  The twelve recommendations are a numbered list "1." .. "12." at the end of chapter 5 "Oordeel en
aanbevelingen", under a lead-in saying that they are addressed to the college unless stated otherwise; items 2, 7
and 10 carry nested "a." sub-items that belong to the item.  Addressees: the college (GEMEENTEN), the burgemeester
personally (5, 8; GEMEENTEN), the gemeenteraad (9; GEMEENTEN as departments.csv maps "gemeenteraad") and the
minister of Volkshuisvesting en Ruimtelijke Ordening (10; BZK).

The response is a short letter (letterhead, serif, under two pages) of the burgemeester on behalf of the college.
After thanks, a paragraph that only recognises the problem and a paragraph on steps already taken (app message,
talks with staff about frequent callers, a trial with a residents' line at Kaaipark events: existing practice
touching 3, 11 and 8, no position, not annotated), one sentence decides most rows: "Het college neemt
uw aanbevelingen over, met uitzondering van de aanbevelingen 4 en 7."  Only a few recommendations are then
discussed in prose, by number.  Gold positions:
  1 agree (blanket sentence only)
  2 partial (blanket, then "Bij aanbeveling 2 tekenen wij aan ..." postpones the night opening asked for 2026 to
    2027; the later paragraph decides, the blanket paragraph is not annotated for 2)
  3 agree (blanket sentence only)
  4 disagree (polite refusal to propose automatic expiry of the permit, existing powers given as reason)
  5 agree (blanket sentence only; addressed to the burgemeester)
  6 agree (blanket sentence only)
  7 partial (figures published per stadsdeel, not per wijk)
  8 agree (blanket sentence only; addressed to the burgemeester)
  9 not addressed ("Aanbeveling 9 is aan de gemeenteraad": the college takes no position and forwards the report)
  10 not addressed (passed on: "De aanbeveling over de huurwet (10) heb ik doorgestuurd naar de minister ...")
  11 agree (blanket sentence only)
  12 agree (blanket sentence; the closing paragraph repeats the commitment)
Odd by design: the blanket sentence literally also covers 9 and 10; the later sentences take them out.  All prose
is fictional and written for this test set.
"""
from __future__ import annotations

from docgen.model import (
    Answer,
    Document,
    Heading,
    ItemList,
    ListItem,
    PageBreak,
    Pair,
    Paragraph,
    Recommendation,
    Table,
)

H = Heading
P = Paragraph


def H2(text: str) -> Heading:
    return Heading(text, level=2)


def R(number: str, *departments: str) -> Recommendation:
    return Recommendation(number, tuple(departments))


def bullets(*texts: str, style: str = "•") -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style=style)


def sub(*texts: str) -> tuple[ListItem, ...]:
    return tuple(ListItem(text) for text in texts)


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

KLACHTEN = ItemList(style="1.", items=(
    ListItem("Mevrouw A. woont in de Lindenbuurt naast een benedenwoning die vrijwel elk weekend aan groepen "
             "toeristen wordt verhuurd. Zij belde tussen april en september 2023 elf keer het algemene "
             "telefoonnummer van de gemeente, meestal na middernacht. Zij kreeg steeds een keuzemenu te horen met "
             "het verzoek de volgende werkdag terug te bellen. Toen zij een klacht indiende, kreeg zij na negen weken "
             "een brief waarin stond dat haar meldingen waren doorgestuurd naar de afdeling Wonen. Van die afdeling "
             "hoorde zij niets meer. De ombudsman achtte de klacht gegrond."),
    ListItem("De heer en mevrouw B. wonen aan het Kaaipark, waar in 2024 zeven meerdaagse evenementen plaatsvonden. "
             "Bij een festival in juni hield de muziek volgens hen tot half een 's nachts aan, terwijl de "
             "vergunning tot elf uur liep. Hun melding via de app werd de volgende ochtend gesloten met de tekst "
             "'afgehandeld'. Op hun vraag wat er was gedaan, kregen zij geen antwoord. De gemeente liet de "
             "ombudsman later weten dat er die avond geen handhaver beschikbaar was. De ombudsman achtte de klacht "
             "gegrond."),
    ListItem("Meneer C. meldde in de Schelpenhoek een woning die volgens hem zonder registratienummer werd "
             "aangeboden. Hij stuurde schermafbeeldingen van de advertentie mee. De gemeente antwoordde dat zij "
             "geen onderzoek kon doen op basis van een advertentie alleen. Drie maanden later bleek uit een eigen "
             "controle van de gemeente dat de woning inderdaad zonder registratie werd verhuurd. Meneer C. is "
             "daarover nooit geïnformeerd. De ombudsman achtte de klacht gedeeltelijk gegrond: de gemeente mocht "
             "eigen onderzoek doen, maar had de melder moeten informeren."),
    ListItem("Mevrouw D. meldde in 2024 zesentwintig keer overlast van dezelfde woning in de Oude Haven. Een "
             "medewerker van het meldpunt zei haar aan de telefoon dat zij 'inmiddels bekend was' en dat zij beter "
             "minder vaak kon bellen, omdat haar meldingen 'anders niet meer serieus genomen worden'. De gemeente "
             "heeft haar excuses aangeboden nadat de ombudsman de klacht in behandeling nam. De ombudsman achtte de "
             "klacht gegrond."),
    ListItem("Een vereniging van eigenaren in de Molenwijk klaagde erover dat een evenementenorganisator geen "
             "aanspreekpunt had tijdens een driedaags dancefestival. Het telefoonnummer op de bewonersbrief bleek "
             "dat van het kantoor van de organisator, dat in het weekend gesloten was. De politie verwees de "
             "bewoners naar de gemeente, de gemeente naar de organisator. De ombudsman achtte de klacht gegrond."),
    ListItem("De heer E. klaagde dat hij niet wist wat de gemeente deed met de meldingen uit zijn straat. Hij vroeg om "
             "een overzicht van het aantal meldingen en van de opgelegde sancties. De gemeente verwees hem naar een "
             "Woo-verzoek. De ombudsman achtte de klacht ongegrond, omdat de gemeente niet verplicht is zulke "
             "overzichten op verzoek te maken, maar merkte op dat het ontbreken van openbare cijfers het "
             "wantrouwen van bewoners voedt."),
))

QUOTES = Table(
    header=("Wat zeggen bewoners?",),
    rows=(
        ("'Om twee uur 's nachts krijg je een bandje dat je maandag maar terug moet bellen. Maandag is het feest al "
         "lang voorbij.' (bewoner Lindenbuurt)",),
        ("'Ik wil geen boete voor die verhuurder. Ik wil gewoon slapen. Zorg nou dat er iemand komt als je belt.' "
         "(bewoonster Oude Haven)",),
        ("'Je meldt iets in de app en een dag later staat er: afgehandeld. Wat is er dan afgehandeld?' (bewoner "
         "Kaaipark)",),
        ("'Ze zeiden dat ik te vaak belde. Maar het is ook te vaak lawaai.' (bewoonster Oude Haven)",),
        ("'Geef ons gewoon het nummer van de organisator, dan bellen we zelf.' (bewoner Molenwijk)",),
    ),
    widths=(1.0,),
    rules="grid",
)

FIGURES = Table(
    header=("Meldingen en klachten", "2021", "2022", "2023", "2024"),
    rows=(
        ("Meldingen overlast vakantieverhuur", "1.204", "1.688", "2.133", "2.517"),
        ("Meldingen overlast evenementen", "1.031", "1.240", "1.562", "1.806"),
        ("Klachten bij de gemeente over de afhandeling", "48", "71", "96", "118"),
        ("Klachten bij de ombudsman", "9", "14", "27", "34"),
        ("Opgelegde boetes vakantieverhuur", "22", "31", "37", "41"),
    ),
    widths=(3.2, 1.0, 1.0, 1.0, 1.0),
    rules="grid",
)

RECOMMENDATIONS = ItemList(style="1.", items=(
    ListItem("Behandel een melding over overlast van vakantieverhuur of van een evenement als klacht volgens de "
             "gemeentelijke klachtenregeling zodra de melder laat weten dat hij ontevreden is over de reactie van de "
             "gemeente, en bevestig de ontvangst van zo'n klacht binnen vijf werkdagen.",
             recommendation=R("1", "GEMEENTEN")),
    ListItem("Zorg dat vóór het zomerseizoen van 2026 alle meldingen over overlast van vakantieverhuur en evenementen "
             "bij één meldpunt binnenkomen, waarbij:",
             children=sub(
                 "meldingen van het meldpunt, de handhavers en het team Evenementen in één registratiesysteem worden "
                 "vastgelegd, zodat iedere medewerker de voorgeschiedenis van een adres kan zien;",
                 "het meldpunt in de nachten van vrijdag op zaterdag en van zaterdag op zondag tot 03.00 uur "
                 "bereikbaar is en direct een handhaver kan inzetten."),
             recommendation=R("2", "GEMEENTEN")),
    ListItem("Laat iedere melder binnen drie werkdagen weten wat er met zijn melding is gedaan, ook wanneer de gemeente "
             "besluit niet op te treden, en vermeld daarbij de reden van dat besluit.",
             recommendation=R("3", "GEMEENTEN")),
    ListItem("Stel de gemeenteraad voor de Huisvestingsverordening zo te wijzigen dat een vergunning voor "
             "vakantieverhuur van rechtswege vervalt wanneer binnen twaalf maanden drie meldingen over hetzelfde "
             "adres gegrond zijn bevonden.",
             recommendation=R("4", "GEMEENTEN")),
    ListItem("Aan de burgemeester: neem in iedere evenementenvergunning voor een evenement met versterkte muziek in of "
             "bij een woonwijk een geluidsnorm op aan de gevel van de dichtstbijzijnde woningen, en laat tijdens zo'n "
             "evenement het geluid meten door of namens de gemeente.",
             recommendation=R("5", "GEMEENTEN")),
    ListItem("Wijs één afdeling aan die verantwoordelijk is voor de afhandeling van klachten over overlast van "
             "vakantieverhuur en evenementen, zodat bewoners niet langer tussen Wonen, Vergunningen en Handhaving "
             "worden doorverwezen.",
             recommendation=R("6", "GEMEENTEN")),
    ListItem("Maak ieder jaar per wijk openbaar:",
             children=sub(
                 "het aantal meldingen over overlast van vakantieverhuur en evenementen;",
                 "het aantal handhavingsbesluiten en opgelegde boetes;",
                 "de gemiddelde tijd tussen melding en terugkoppeling."),
             recommendation=R("7", "GEMEENTEN")),
    ListItem("Aan de burgemeester: verbind aan iedere evenementenvergunning de voorwaarde dat de organisator tijdens "
             "het hele evenement een aanspreekpunt voor omwonenden heeft dat telefonisch bereikbaar is, en dat hij "
             "het nummer uiterlijk een week van tevoren aan de omwonenden bekendmaakt.",
             recommendation=R("8", "GEMEENTEN")),
    ListItem("Aan de gemeenteraad: vraag het college ieder jaar om verantwoording over de afhandeling van meldingen en "
             "klachten over overlast, en betrek daarbij de jaarverslagen van de ombudsman.",
             recommendation=R("9", "GEMEENTEN")),
    ListItem("Aan de minister van Volkshuisvesting en Ruimtelijke Ordening: pas de landelijke huur- en "
             "huisvestingswetgeving zo aan dat gemeenten:",
             children=sub(
                 "in straten met aantoonbaar structurele overlast een lager maximum aantal nachten vakantieverhuur "
                 "per woning kunnen vaststellen dan in de rest van de gemeente;",
                 "van verhuurplatforms per adres het aantal verhuurde nachten kunnen opvragen."),
             recommendation=R("10", "BZK")),
    ListItem("Train de medewerkers van het meldpunt en de handhavers in het omgaan met bewoners die vaak melden, en "
             "leg vast dat een melder nooit te horen krijgt dat hij te vaak meldt.",
             recommendation=R("11", "GEMEENTEN")),
    ListItem("Laat de ombudsman binnen een jaar na het verschijnen van dit rapport schriftelijk weten hoe de "
             "aanbevelingen zijn uitgevoerd.",
             recommendation=R("12", "GEMEENTEN")),
))

REPORT_BLOCKS = (
    H("Samenvatting"),
    P("Zuiderhaven trekt ieder jaar meer bezoekers. Dat is goed voor de stad, maar niet iedereen merkt alleen de "
      "voordelen. Bewoners van de binnenstad en het Havenkwartier klagen al jaren over geluidsoverlast van toeristen "
      "die via online platforms een woning huren, en over evenementen in parken en op pleinen die tot laat in de "
      "avond doorgaan. In 2024 kreeg de gemeente ruim 4.300 meldingen over deze twee vormen van overlast, bijna "
      "twee keer zoveel als in 2021."),
    P("De ombudsman heeft op eigen initiatief onderzocht hoe de gemeente met die meldingen en met klachten daarover "
      "omgaat. Aanleiding was het groeiende aantal klachten dat bij de ombudsman zelf binnenkwam: 27 in 2023 en 34 in "
      "2024. In veel van die klachten ging het niet in de eerste plaats om de overlast, maar om de manier waarop de "
      "gemeente op meldingen reageerde. Bewoners voelden zich niet gehoord, wisten niet wat er met hun melding "
      "gebeurde en werden van het ene loket naar het andere verwezen."),
    P("De ombudsman concludeert dat de gemeente meldingen en klachten over deze overlast niet behoorlijk behandelt. "
      "De behandeling is verdeeld over drie afdelingen die elk een eigen registratie bijhouden. 's Nachts, wanneer "
      "de meeste overlast optreedt, is de gemeente vrijwel onbereikbaar. Melders krijgen zelden te horen wat er met "
      "hun melding is gedaan. En wie vaak meldt, loopt het risico niet meer serieus te worden genomen."),
    P("De ombudsman doet twaalf aanbevelingen. De meeste zijn gericht aan het college van burgemeester en "
      "wethouders. Twee zijn gericht aan de burgemeester, die over de evenementenvergunningen gaat, één aan de "
      "gemeenteraad en één aan de minister van Volkshuisvesting en Ruimtelijke Ordening, omdat een deel van de "
      "oplossing in landelijke wetgeving ligt. De aanbevelingen staan aan het slot van hoofdstuk 5."),
    PageBreak(),

    H("1 Aanleiding en vraagstelling"),
    H2("1.1 Aanleiding"),
    P("Sinds 2019 is het aantal woningen in Zuiderhaven dat geheel of gedeeltelijk aan toeristen wordt verhuurd "
      "sterk gestegen. De gemeente schat dat er in 2024 ongeveer 2.900 adressen waren waarvan de woning ten minste "
      "een keer via een platform werd aangeboden. Ruim de helft daarvan ligt in de stadsdelen Centrum en "
      "Havenkwartier. In dezelfde periode nam ook het aantal evenementen in de openbare ruimte toe. Het Kaaipark, de "
      "Visserskade en het Molenplein zijn populaire locaties voor festivals, markten en concerten geworden."),
    P("Overlast van vakantieverhuur en evenementen is geen nieuw onderwerp. De gemeenteraad sprak er in 2022 en 2023 "
      "over, en het college voerde in 2023 een registratieplicht en een vergunningplicht voor vakantieverhuur in. "
      "Sinds 1 januari 2024 mag een woning in Zuiderhaven ten hoogste dertig nachten per jaar aan toeristen worden "
      "verhuurd. De ombudsman heeft die regels niet beoordeeld. Het gaat haar in dit onderzoek om de vraag hoe de "
      "gemeente omgaat met de bewoners die overlast melden en die zich over de afhandeling beklagen."),
    H2("1.2 Vraagstelling"),
    P("De centrale vraag van het onderzoek luidt: behandelt de gemeente Zuiderhaven meldingen en klachten over "
      "overlast van vakantieverhuur en evenementen op een behoorlijke manier? Om die vraag te beantwoorden, heeft de "
      "ombudsman drie deelvragen gesteld:"),
    bullets("Hoe komen meldingen en klachten bij de gemeente binnen, en wie behandelt ze?",
            "Wat doet de gemeente met een melding, en hoe hoort de melder daarvan?",
            "Wat merken bewoners van de behandeling van hun meldingen en klachten?"),
    H2("1.3 Toetsingskader"),
    P("De ombudsman toetst aan de behoorlijkheidsnormen die zij in al haar onderzoeken gebruikt. In dit onderzoek "
      "staan vier normen centraal:"),
    bullets("luisteren naar de burger: de gemeente neemt een melding serieus, ook als de melder vaker meldt;",
            "goede informatieverstrekking: de gemeente laat de melder uit zichzelf weten wat zij met een melding doet;",
            "voortvarendheid: de gemeente reageert op een melding binnen een termijn die past bij de aard van de "
            "overlast;",
            "coördinatie: de burger merkt niets van de interne verdeling van taken binnen de gemeente.",
            style="–"),
    P("Daarnaast gelden de regels over klachtbehandeling uit de Algemene wet bestuursrecht en de gemeentelijke "
      "klachtenregeling. Die regels zijn van toepassing zodra een bewoner zich beklaagt over de manier waarop de "
      "gemeente zich tegenover hem heeft gedragen, ook wanneer hij dat niet uitdrukkelijk een klacht noemt."),

    H("2 Hoe het onderzoek is gedaan"),
    P("Het onderzoek liep van november 2024 tot en met mei 2025. De ombudsman heeft daarbij gebruikgemaakt van de "
      "volgende bronnen:"),
    bullets("de 61 klachten over dit onderwerp die de ombudsman in 2023 en 2024 behandelde;",
            "een steekproef van 240 meldingen uit 2024 in de registratiesystemen van het meldpunt, de afdeling "
            "Handhaving en het team Evenementen;",
            "gesprekken met 22 medewerkers van de gemeente, onder wie medewerkers van het meldpunt, handhavers en "
            "vergunningverleners;",
            "vier bewonersavonden in de stadsdelen Centrum, Havenkwartier en Oost, met in totaal 130 deelnemers;",
            "gesprekken met de politie, twee evenementenorganisatoren en een vereniging van verhuurders."),
    P("De ombudsman heeft het conceptrapport op 1 juli 2025 aan het college voorgelegd. Het college heeft op 18 juli "
      "2025 gereageerd. Die reactie heeft geleid tot enkele feitelijke correcties, die in dit rapport zijn "
      "verwerkt. In het rapport zijn geen namen van bewoners of medewerkers opgenomen."),

    H("3 Wat bewoners meemaakten"),
    P("De cijfers in hoofdstuk 4 laten zien hoe vaak bewoners overlast melden. Wat zij daarbij meemaken, blijkt "
      "beter uit de klachten die bij de ombudsman binnenkwamen. Hieronder staan zes klachten die de ombudsman in "
      "2023 en 2024 behandelde. Zij zijn zo beschreven dat de betrokkenen niet herkenbaar zijn."),
    KLACHTEN,
    P("De klachten hebben een paar dingen gemeen. Bijna altijd gaat het om overlast 's avonds of 's nachts, wanneer "
      "de gemeente het slechtst bereikbaar is. Melders weten niet wat er met hun melding is gebeurd. En ze worden "
      "verwezen naar een ander loket, een andere organisatie of een latere dag. Op de bewonersavonden hoorde de "
      "ombudsman hetzelfde beeld."),
    QUOTES,

    H("4 Hoe de gemeente meldingen en klachten behandelt"),
    H2("4.1 Drie loketten"),
    P("Een bewoner die overlast van een vakantiewoning of een evenement wil melden, kan dat op drie manieren doen: "
      "via het algemene telefoonnummer, via de app 'Meld het Zuiderhaven' of via een webformulier. Het telefoonnummer "
      "is op werkdagen van 8.00 tot 20.00 uur bereikbaar en op zaterdag van 9.00 tot 17.00 uur. Daarbuiten hoort de "
      "beller een bandje. Meldingen via de app en het webformulier komen binnen bij het meldpunt, dat ze de "
      "volgende werkdag doorstuurt naar de afdeling die het aangaat."),
    P("Welke afdeling dat is, hangt af van het soort overlast. Meldingen over vakantieverhuur gaan naar de afdeling "
      "Wonen, die over de registratie en de vergunningen gaat. Meldingen over evenementen gaan naar het team "
      "Evenementen van de afdeling Vergunningen. Als er ter plaatse iets moet gebeuren, komt daar de afdeling "
      "Handhaving bij. Elk van deze onderdelen houdt een eigen registratie bij. In de steekproef van de ombudsman "
      "kwam het bij 38 procent van de meldingen voor dat een melding in meer dan één systeem stond, zonder dat de "
      "registraties naar elkaar verwezen."),
    P("Klachten over de afhandeling van een melding komen binnen bij de centrale klachtencoördinator. Die stuurt de "
      "klacht door naar de afdeling waar de melding ligt. Als de klacht over meer afdelingen gaat, is niet "
      "vastgelegd wie de klacht behandelt. In vier van de zes klachten in hoofdstuk 3 leidde dat tot vertraging."),
    H2("4.2 Vakantieverhuur: registratie en handhaving"),
    P("Sinds 2023 moet wie zijn woning aan toeristen wil verhuren, de woning registreren en een vergunning "
      "aanvragen. Het registratienummer moet in iedere advertentie staan. De afdeling Wonen controleert de "
      "advertenties steekproefsgewijs en kan bij overtreding een last onder dwangsom of een boete opleggen. Bij "
      "herhaalde overtreding kan de vergunning worden ingetrokken. In 2024 gebeurde dat bij zes adressen."),
    P("Meldingen van bewoners spelen bij de handhaving een beperkte rol. Medewerkers vertelden de ombudsman dat een "
      "melding over geluidsoverlast 'weinig zegt' als er niemand ter plaatse is geweest om de overlast vast te "
      "stellen. Omdat de handhavers 's nachts niet werken, is dat zelden het geval. De ombudsman begrijpt dat een "
      "sanctie een zorgvuldige vaststelling van de feiten vraagt. Maar zij stelt ook vast dat de gemeente zo een "
      "belangrijke bron van informatie onbenut laat, en dat melders dat niet te horen krijgen."),
    H2("4.3 Evenementen"),
    P("Voor een evenement met meer dan vijfhonderd bezoekers is een vergunning van de burgemeester nodig. In de "
      "vergunning staan eindtijden en, bij grotere evenementen, een geluidsnorm. Bij kleinere evenementen ontbreekt "
      "die norm vaak. Het team Evenementen vertelde de ombudsman dat het geluid in 2024 bij negen van de 64 "
      "vergunde evenementen werd gemeten. Organisatoren moeten omwonenden vooraf met een brief informeren, maar de "
      "vergunning schrijft niet voor welke gegevens daarin moeten staan."),
    P("Tijdens een evenement is de organisator verantwoordelijk voor de naleving van de vergunning. De politie "
      "treedt op bij verstoring van de openbare orde, maar niet bij geluidsoverlast die binnen de vergunning valt. "
      "Bewoners weten dat onderscheid meestal niet, en worden dan, zoals in klacht 5, van de een naar de ander "
      "verwezen."),
    H2("4.4 Terugkoppeling aan melders"),
    P("De app stuurt na een melding automatisch een ontvangstbevestiging. Als de melding is behandeld, krijgt de "
      "melder een bericht met de tekst 'Uw melding is afgehandeld'. Wat er is gedaan, staat niet in dat bericht. "
      "Wie telefonisch meldt, krijgt geen bericht. In de steekproef van de ombudsman kreeg de melder in 17 procent "
      "van de gevallen inhoudelijk te horen wat de gemeente met de melding had gedaan."),
    P("Verschillende medewerkers zeiden dat zij het lastig vinden om te reageren op bewoners die heel vaak melden. "
      "Zij gaven aan dat er geen afspraken zijn over de manier waarop zij met deze melders moeten omgaan. Het "
      "voorval in klacht 4 is volgens de gemeente geen beleid, maar de ombudsman hoorde op de bewonersavonden vaker "
      "dat melders te horen kregen dat zij 'wel erg vaak' belden."),
    H2("4.5 Cijfers"),
    P("De gemeente publiceert geen cijfers over meldingen en handhaving op het gebied van vakantieverhuur en "
      "evenementen. De ombudsman heeft de cijfers in de tabel hieronder bij de gemeente opgevraagd. Zij laten zien "
      "dat het aantal meldingen sneller stijgt dan het aantal boetes, en dat ook het aantal klachten over de "
      "afhandeling toeneemt."),
    FIGURES,
    P("Bron: gemeente Zuiderhaven, bewerking Ombudsman Zuiderhaven. Het aantal klachten bij de gemeente betreft "
      "klachten die door de klachtencoördinator als zodanig zijn geregistreerd."),

    H("5 Oordeel en aanbevelingen"),
    H2("5.1 Oordeel"),
    P("De ombudsman begrijpt dat de gemeente voor een lastige opgave staat. Overlast van vakantieverhuur en "
      "evenementen is vaak kortstondig, gebeurt op tijden dat weinig medewerkers aan het werk zijn, en is moeilijk "
      "achteraf vast te stellen. De gemeente heeft de afgelopen jaren ook stappen gezet: de registratieplicht, de "
      "vergunningplicht en het maximum aantal nachten zijn ingevoerd om de overlast te beperken."),
    P("Toch oordeelt de ombudsman dat de gemeente meldingen en klachten over deze overlast niet behoorlijk behandelt. "
      "De gemeente luistert onvoldoende naar bewoners: meldingen worden niet als bron van informatie gebruikt, en "
      "wie vaak meldt, wordt soms ontmoedigd. De gemeente informeert melders niet goed: een bericht dat een melding "
      "is 'afgehandeld' zegt niets. De gemeente is niet voortvarend: 's nachts is zij vrijwel onbereikbaar, terwijl "
      "dan de meeste overlast optreedt. En de taken zijn zo verdeeld dat bewoners er last van hebben, in plaats van "
      "dat de gemeente de coördinatie zelf oplost."),
    P("De ombudsman wil benadrukken dat bewoners in de meeste gevallen niet om sancties vragen. Zij willen dat de "
      "overlast stopt, en dat zij weten waar zij aan toe zijn. Juist daarom kan de gemeente met betrekkelijk "
      "eenvoudige maatregelen veel bereiken. Een deel van de oplossing ligt niet bij de gemeente, maar in de "
      "landelijke wetgeving: de gemeente kan nu geen onderscheid maken tussen straten en heeft geen zicht op het "
      "aantal nachten dat een woning via een platform wordt verhuurd."),
    H2("5.2 Aanbevelingen"),
    P("Op grond van dit onderzoek doet de ombudsman de volgende aanbevelingen. Waar niet anders is vermeld, zijn zij "
      "gericht aan het college van burgemeester en wethouders.", bold=True),
    RECOMMENDATIONS,
)

REPORT = Document(
    title="Stilte na tienen?",
    subtitle="Onderzoek naar de behandeling van meldingen en klachten over overlast van vakantieverhuur en "
             "evenementen in Zuiderhaven",
    blocks=REPORT_BLOCKS,
    running_header="",
    footer="Ombudsman Zuiderhaven  ·  rapport 2025/06  ·  {page}",
    font_family="sans",
    title_page=True,
    imprint=("Ombudsman Zuiderhaven", "Rapportnummer 2025/06", "Zuiderhaven, 2 september 2025"),
)

# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

BLANKET = "Het college neemt uw aanbevelingen over, met uitzondering van de aanbevelingen 4 en 7."
EV2 = ("Bij aanbeveling 2 tekenen wij aan dat de bereikbaarheid van het meldpunt in de weekendnachten pas vanaf 2027 "
       "kan worden gerealiseerd.")
EV4 = ("Het college kiest er daarom niet voor de raad een automatisch verval van de vergunning voor vakantieverhuur "
       "voor te stellen.")
EV7 = "Aanbeveling 7 nemen wij voor een deel over."
EV12 = ("Zoals u in uw laatste aanbeveling vraagt, laat het college u binnen een jaar schriftelijk weten hoe het met "
        "de uitvoering staat.")

RESPONSE_BLOCKS = (
    P("Aan de Ombudsman Zuiderhaven, t.a.v. mevrouw mr. S.E. Dekker-Aydin, Postbus 4410, 3190 AK Zuiderhaven"),
    P("Datum: 14 oktober 2025    Kenmerk: BSD/2025/118734    Bijlage: geen"),
    P("Onderwerp: reactie op uw rapport 'Stilte na tienen?' (rapport 2025/06)"),
    P("Geachte mevrouw Dekker-Aydin,"),
    P("Op 2 september 2025 ontvingen wij uw rapport over de behandeling van meldingen en klachten over overlast van "
      "vakantieverhuur en evenementen. Ik dank u, ook namens de wethouders, voor het zorgvuldige onderzoek en voor "
      "de tijd die u en uw medewerkers hebben genomen om met bewoners te spreken. Ik schrijf u deze brief namens het "
      "college. Waar uw aanbevelingen aan mij als burgemeester zijn gericht, spreek ik in deze brief ook voor "
      "mijzelf."),
    P("Uw rapport is geen prettige lectuur, en dat hoort ook zo. Het college herkent het beeld dat u schetst van "
      "bewoners die 's nachts niemand te pakken krijgen en die niet weten wat er met hun melding is gebeurd. Het "
      "aantal meldingen is de afgelopen jaren sneller gegroeid dan onze organisatie is meegegroeid. Dat verklaart "
      "veel, maar het maakt het niet minder vervelend voor de bewoners die het betreft. De excuses die wij mevrouw D. "
      "al hebben aangeboden, gelden in de kern voor meer bewoners."),
    P("Sinds uw conceptrapport hebben wij niet stilgezeten. Sinds juli 2025 vermeldt het bericht dat melders via de "
      "app ontvangen, welke afdeling de melding behandelt en hoe die afdeling bereikbaar is. De teamleiders van het "
      "meldpunt hebben met alle medewerkers besproken hoe zij omgaan met bewoners die vaak bellen. En voor de "
      "evenementen in het Kaaipark geldt dit najaar al een proef waarbij de organisator tijdens het evenement een "
      "bewonerslijn openhoudt. Die stappen zijn een begin, niet meer dan dat."),
    P(BLANKET + " De uitvoering leggen wij bij de directie Toezicht en Handhaving, die in het eerste kwartaal van 2026 "
      "een uitvoeringsplan aan de gemeenteraad stuurt. Hieronder licht ik de twee uitzonderingen toe. Daarnaast ga ik "
      "in op drie aanbevelingen waarbij iets meer te zeggen valt.",
      answers=tuple(Answer(n, "agree", BLANKET) for n in ("1", "3", "5", "6", "8", "11", "12"))),
    P("Aanbeveling 4 vraagt het college om de raad voor te stellen dat een vergunning voor vakantieverhuur van "
      "rechtswege vervalt na drie gegronde meldingen in twaalf maanden. Wij begrijpen de wens om snel en duidelijk op "
      "te treden tegen verhuurders die steeds opnieuw overlast veroorzaken. Een vergunning die automatisch vervalt, "
      "laat echter geen ruimte om de omstandigheden van het geval te wegen, en de vraag of een melding 'gegrond' is, "
      "leent zich niet voor een automatisme. " + EV4 + " De huidige regels bieden al de mogelijkheid om bij herhaalde "
      "overtreding eerst een last onder dwangsom op te leggen en de vergunning daarna in te trekken; van die "
      "mogelijkheid zullen wij vaker gebruikmaken.",
      answers=(Answer("4", "disagree", EV4),)),
    P(EV7 + " Vanaf 2026 maken wij ieder jaar het aantal meldingen, het aantal handhavingsbesluiten en boetes en de "
      "gemiddelde tijd tot terugkoppeling openbaar. Wij doen dat echter per stadsdeel en niet per wijk. In een aantal "
      "wijken gaat het om zo weinig adressen met een vergunning dat de cijfers tot individuele verhuurders zijn te "
      "herleiden.",
      answers=(Answer("7", "partial", EV7),)),
    P(EV2 + " Om het meldpunt in die nachten te laten werken, zijn extra handhavers nodig die in nachtdiensten kunnen "
      "worden ingezet. De werving daarvan is gestart, maar de opleiding duurt ruim een jaar. Het gezamenlijke "
      "registratiesysteem voor het meldpunt, de handhavers en het team Evenementen gaat wel op 1 april 2026 in "
      "gebruik.",
      answers=(Answer("2", "partial", EV2),)),
    P("Aanbeveling 9 is aan de gemeenteraad. Het is niet aan het college om daarover een standpunt in te nemen. Ik heb "
      "uw rapport en deze brief ter kennisname aan de raad gezonden."),
    P("De aanbeveling over de huurwet (10) heb ik doorgestuurd naar de minister van Volkshuisvesting en Ruimtelijke "
      "Ordening. In Zuiderhaven geldt sinds 1 januari 2024 een maximum van dertig nachten vakantieverhuur per jaar "
      "voor de hele gemeente."),
    P(EV12 + " Ik stel het op prijs als u ons daarna blijft wijzen op klachten van bewoners die laten zien waar het "
      "nog niet goed gaat.",
      answers=(Answer("12", "agree", EV12),)),
    P("Met vriendelijke groet,"),
    P("namens het college van burgemeester en wethouders van Zuiderhaven,"),
    P("de burgemeester, drs. M.A. Verhoeven-Lindqvist"),
)

RESPONSE = Document(
    title="Gemeente Zuiderhaven",
    subtitle="De burgemeester  ·  Stadhuisplein 1, 3190 AA Zuiderhaven",
    blocks=RESPONSE_BLOCKS,
    running_header="",
    footer="{page}/{pages}",
    font_family="serif",
    title_page=False,
)

PAIR = Pair(
    name="municipal_ombudsman_blanket",
    report=REPORT,
    response=RESPONSE,
    description="Ombudsman Zuiderhaven report on nuisance complaints (12 recommendations at the end of chapter 5, a "
                "numbered list of klachten and a quote box earlier) and a short letter of the burgemeester: one "
                "blanket sentence accepts all but 4 and 7; 2 limited to 2027 (partial), 9 to the raad and 10 "
                "forwarded to the minister (not addressed).",
)
