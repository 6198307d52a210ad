"""Pair: a fictional Adviescollege Hoogwater en Ruimte advice on flood safety, and the minister of IenW's answer.

Layout traits of the report: serif font, a title page, a running header and body pages set in TWO columns (the
renderer's ``Columns``); the chapter headings run over the full width above the columns.  Every chapter ends with
one or two recommendations, each printed as a level-3 heading "Aanbeveling N" (numbered 1-14 across the chapters),
a bold one-line title and then an indented paragraph without a list label that carries the ask itself (a list
item with an empty label style, so the gold text is that paragraph; the bold title is not part of it).  A closing
chapter "Overzicht van de aanbevelingen" repeats the fourteen bold titles only, as a numbered list (duplicates).
The Samenvatting names the themes of the advice in prose but lists no recommendations.

The response is a beleidsreactie letter (sans, letterhead, no title page) of the minister of IenW, mede namens the
ministers of VRO and JenV: three context paragraphs without a position (thanks; state of affairs with agreement
with the analysis only; how the letter is built), then a three-column table "Aanbeveling | Reactie | Planning"
(rules between rows only).  Recommendations 5 and 6 share one row; recommendation 9 has no row at all.
Gold positions:
  1 (IenW, herijk normen)                 agree     "Ik neem deze aanbeveling over."
  2 (IenW, openbaar keringenregister)     agree     no cue word: register online 1 juli 2026, Planning "Q3 2026"
  3 (IenW + waterschappen, bundelen)      agree     no cue word: programma-allianties from 1 januari 2027
  4 (IenW, indexatie HWBP-budget)         disagree  "acht ik echter niet doelmatig" (after recognising the problem)
  5 (waterschappen, beheerdersoordeel)    not_addressed  passed on: "Dit is aan de waterschappen." (shared row)
  6 (IenW + waterschappen, vakmensen)     agree     no cue word: EUR 18 miljoen, 320 plaatsen (same row as 5)
  7 (VRO, instructieregel woningbouw)     partial   "neemt deze aanbeveling gedeeltelijk over" (toets yes, verbod no)
  8 (VRO, bouweisen in het Bbl)           partial   a pilot with six municipalities where a national rule was asked
  9 (provincies, risicozones)             not_addressed  no table row; letter text after the table only describes
                                                     what provinces already do (existing policy)
 10 (IenW + provincies, ruimte 2100)      disagree  shares the analysis, "neem ik echter niet over"
 11 (JenV, evacuatiestrategie)            agree     "De minister van JenV neemt deze aanbeveling over."
 12 (JenV, oefenplicht in de wet)         disagree  "ziet geen aanleiding", pointing at existing duties
 13 (VRO, risico bij koop en huur)        partial   only a study first ("laat eerst onderzoeken"), Planning a date
 14 (JenV, NL-Alert per buurt)            agree     no cue word: adapted before the storm season, EUR 4,5 miljoen
Traps besides these: the second context paragraph agrees with the analysis only ("Het kabinet deelt de analyse");
row 4 recognises the problem before refusing; row 13 endorses the aim before announcing only a study; the shared row
5/6 speaks to both, but only 6 gets a position.  The gold of 5 has no passages and evidence null, as the gold format
asks for not_addressed, although "Dit is aan de waterschappen." is the sentence a reviewer would check.
The report has 14 pages (each chapter opens a page), the response 5.  All prose is fictional and written for this
test set.
"""
from __future__ import annotations

from docgen.model import (
    Answer,
    Cell,
    Columns,
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

P = Paragraph

COLLEGE = "Adviescollege Hoogwater en Ruimte"
TITLE = "Hoog water, lage grond"


def chapter(title: str) -> Heading:
    return Heading(title, level=1)


def section(title: str) -> Heading:
    return Heading(title, level=2)


def aanbeveling(number: int, title: str, text: str, *departments: str) -> tuple:
    """Heading "Aanbeveling N", a bold one-line title and the explanatory paragraph that carries the ask."""
    return (
        Heading(f"Aanbeveling {number}", level=3),
        P(title, bold=True),
        ItemList(items=(ListItem(text, recommendation=Recommendation(str(number), tuple(departments))),), style=""),
    )


# --------------------------------------------------------------------------------------------------------------
# The fourteen recommendations: (number, bold title, paragraph with the ask, departments)
# --------------------------------------------------------------------------------------------------------------

RECS = (
    (1, "Herijk de waterveiligheidsnormen eerder dan gepland",
     "Het Adviescollege beveelt de minister van Infrastructuur en Waterstaat aan de evaluatie van de normen voor de "
     "primaire waterkeringen niet uit te stellen tot rond 2050, maar uiterlijk in 2027 te beginnen met een "
     "herijking die uitgaat van de hogere klimaatscenario's en van de nieuwste inzichten over een versnelde "
     "zeespiegelstijging, en de Tweede Kamer vóór 2030 een voorstel voor aangepaste normen voor te leggen.",
     ("IenW",)),
    (2, "Maak de staat van alle primaire keringen openbaar",
     "Het Adviescollege beveelt de minister van Infrastructuur en Waterstaat aan Rijkswaterstaat een openbaar "
     "landelijk register te laten bijhouden waarin voor ieder dijktraject de uitkomst van de laatste beoordeling, "
     "de geplande versterking en de stand van de uitvoering zijn te vinden, en dat register ten minste eenmaal per "
     "jaar bij te werken.",
     ("IenW",)),
    (3, "Bundel dijkversterkingen in regionale programma's",
     "Het Adviescollege beveelt de minister van Infrastructuur en Waterstaat en de waterschappen aan dijkversterkingen "
     "niet langer project voor project aan te besteden, maar per regio te bundelen in meerjarige programma's met vaste "
     "marktpartijen en standaardontwerpen, zodat ontwerp- en voorbereidingskosten worden gedeeld en de doorlooptijd "
     "per kilometer dijk ten minste een derde korter wordt.",
     ("IenW", "OTHER")),
    (4, "Indexeer het budget van het Hoogwaterbeschermingsprogramma met de bouwkosten",
     "Het Adviescollege beveelt de minister van Infrastructuur en Waterstaat aan het budget van het "
     "Hoogwaterbeschermingsprogramma in het Deltafonds voortaan jaarlijks automatisch te indexeren met de "
     "bouwkostenindex in plaats van met de algemene prijsbijstelling, zodat gestegen bouwkosten niet langer ten koste "
     "gaan van het aantal kilometers dijk dat wordt versterkt.",
     ("IenW",)),
    (5, "Geef jaarlijks een openbaar beheerdersoordeel",
     "Het Adviescollege beveelt de waterschappen aan voor iedere primaire kering in hun beheer jaarlijks een "
     "beheerdersoordeel op te stellen over de actuele sterkte van de kering en de gevolgen van uitgesteld onderhoud, "
     "en dat oordeel openbaar te maken en aan de algemene vergadering voor te leggen.",
     ("OTHER",)),
    (6, "Investeer in vakmensen voor de waterveiligheid",
     "Het Adviescollege beveelt de minister van Infrastructuur en Waterstaat en de waterschappen aan gezamenlijk een "
     "meerjarig opleidingsprogramma voor dijkbeheerders, geotechnici en toezichthouders te financieren, met ten "
     "minste driehonderd opleidingsplaatsen per jaar, zodat het tekort aan vakmensen de versterking van de dijken "
     "niet langer vertraagt.",
     ("IenW", "OTHER")),
    (7, "Laat water en bodem de keuze van woningbouwlocaties bepalen",
     "Het Adviescollege beveelt de minister van Volkshuisvesting en Ruimtelijke Ordening aan in het Besluit kwaliteit "
     "leefomgeving een instructieregel op te nemen die voor iedere nieuwe woningbouwlocatie van meer dan vijfhonderd "
     "woningen in een gebied met een groot overstromingsrisico een waterveiligheidstoets verplicht stelt, en daarnaast "
     "geen nieuwe grootschalige woningbouwlocaties meer aan te wijzen in polders die dieper liggen dan twee meter "
     "onder NAP.",
     ("BZK",)),
    (8, "Stel landelijke eisen aan overstromingsbestendig bouwen",
     "Het Adviescollege beveelt de minister van Volkshuisvesting en Ruimtelijke Ordening aan in het Besluit bouwwerken "
     "leefomgeving landelijke eisen op te nemen voor nieuwbouw in overstromingsgevoelige gebieden, zoals een minimaal "
     "vloerpeil, een hoog geplaatste meterkast en ten minste één verblijfsruimte boven het te verwachten "
     "waterniveau.",
     ("BZK",)),
    (9, "Wijs risicozones aan in de omgevingsverordening",
     "Het Adviescollege beveelt de provincies aan in hun omgevingsverordening de gebieden aan te wijzen waar het "
     "overstromingsrisico zo groot is dat nieuwe bebouwing alleen is toegestaan als de initiatiefnemer compenserende "
     "maatregelen treft, en gemeenten daarbij kaarten met de te verwachten waterdiepte en de "
     "evacuatiemogelijkheden ter beschikking te stellen.",
     ("OTHER",)),
    (10, "Reserveer nu de ruimte voor de dijk van 2100",
     "Het Adviescollege beveelt de minister van Infrastructuur en Waterstaat en de provincies aan langs alle primaire "
     "keringen de ruimte te reserveren die nodig is voor de versterkingen tot 2100, en die reservering wettelijk te "
     "verankeren, zodat in die strook geen nieuwe bebouwing meer kan worden toegestaan.",
     ("IenW", "OTHER")),
    (11, "Stel een landelijke evacuatiestrategie vast",
     "Het Adviescollege beveelt de minister van Justitie en Veiligheid aan vóór eind 2027 een landelijke "
     "evacuatiestrategie voor grootschalige overstromingen vast te stellen, waarin is bepaald wanneer wordt gekozen "
     "voor preventieve evacuatie en wanneer voor verticale evacuatie of schuilen, en hoe de besluitvorming tussen de "
     "veiligheidsregio's en het Rijk verloopt als meerdere regio's tegelijk worden getroffen.",
     ("JenV",)),
    (12, "Leg een oefenplicht voor overstromingen vast in de wet",
     "Het Adviescollege beveelt de minister van Justitie en Veiligheid aan in de Wet veiligheidsregio's vast te leggen "
     "dat iedere veiligheidsregio met een overstromingsrisico ten minste eens in de twee jaar een oefening houdt op "
     "basis van een doorbraakscenario, samen met de waterbeheerders en de vitale sectoren.",
     ("JenV",)),
    (13, "Maak het overstromingsrisico zichtbaar bij koop en huur",
     "Het Adviescollege beveelt de minister van Volkshuisvesting en Ruimtelijke Ordening aan wettelijk te regelen dat "
     "kopers en huurders van een woning vóór het sluiten van de overeenkomst een gestandaardiseerde opgave ontvangen "
     "van het overstromingsrisico en de mogelijke waterdiepte op dat adres.",
     ("BZK",)),
    (14, "Geef bewoners een handelingsperspectief voor hun eigen buurt",
     "Het Adviescollege beveelt de minister van Justitie en Veiligheid aan NL-Alert en de bijbehorende "
     "informatievoorziening zo uit te breiden dat bewoners bij een dreigende overstroming een advies voor hun eigen "
     "buurt ontvangen: vertrekken, naar een hogere verdieping gaan of binnen blijven.",
     ("JenV",)),
)

BY_NUMBER = {number: (title, text, departments) for number, title, text, departments in RECS}


def rec(number: int) -> tuple:
    title, text, departments = BY_NUMBER[number]
    return aanbeveling(number, title, text, *departments)


def overview() -> ItemList:
    return ItemList(
        items=tuple(ListItem(title, recommendation=Recommendation(str(number), tuple(departments), str(number)))
                    for number, title, _, departments in RECS),
        style="1.",
    )


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    chapter("Voorwoord"),
    Columns(blocks=(
        P("Nederland leeft met het water, en meestal gaat dat goed. De laatste overstroming met grote aantallen "
          "slachtoffers ligt ruim zeventig jaar achter ons, en de dijken zijn sindsdien hoger, breder en sterker "
          "geworden. Juist dat succes maakt ons kwetsbaar. Wie nooit natte voeten heeft gehad, rekent er niet op, "
          "en bouwt, woont en plant alsof het water altijd buiten blijft."),
        P("De klimaatverandering verandert die rekensom. De zeespiegel stijgt sneller dan lang werd aangenomen, de "
          "rivieren moeten in natte winters meer water afvoeren en in droge zomers drogen veendijken uit en "
          "scheuren. Tegelijk wordt er volop gebouwd, ook in de diepste polders van het land, omdat daar de ruimte "
          "is die elders ontbreekt."),
        P("Het Adviescollege Hoogwater en Ruimte heeft zich in dit advies afgevraagd of het stelsel van "
          "bescherming, ruimtelijke ordening en rampenbestrijding op die nieuwe werkelijkheid is ingericht. Ons "
          "antwoord is: grotendeels wel, maar niet snel genoeg en niet overal. Wij doen veertien aanbevelingen, "
          "gericht aan drie ministers, aan de waterschappen en aan de provincies. Ze staan aan het eind van ieder "
          "hoofdstuk en zijn achter in dit advies nog eens samengevat."),
        P("Wij zijn dank verschuldigd aan de dijkgraven, dijkwerkers, projectleiders, burgemeesters, "
          "gedeputeerden, brandweercommandanten, ontwikkelaars en bewoners die ons hun tijd en hun zorgen gaven. "
          "Zonder hun openheid had dit advies niet geschreven kunnen worden."),
        P("prof. dr. ir. M.C. Zwanenburg-Aldering, voorzitter"),
        P("mr. P.J. Haverkamp, secretaris"),
    )),
    chapter("Samenvatting"),
    Columns(blocks=(
        P("Nederland heeft sinds 2017 normen voor de primaire waterkeringen die uitgaan van de kans op overstroming "
          "en de gevolgen daarvan. Die normen zijn een grote stap vooruit geweest, maar ze rusten op "
          "klimaatverwachtingen die inmiddels zijn ingehaald. Bovendien weten bewoners en volksvertegenwoordigers "
          "nauwelijks hoe het met hun eigen dijk is gesteld. Het Adviescollege vindt dat de normen eerder moeten "
          "worden herijkt en dat de staat van de keringen voor iedereen inzichtelijk moet zijn."),
        P("Het Hoogwaterbeschermingsprogramma moet tot 2050 ongeveer vijftienhonderd kilometer dijk versterken, "
          "maar haalt nog niet de helft van het tempo dat daarvoor nodig is. Elk project begint opnieuw, de "
          "bouwkosten lopen sneller op dan het budget en er zijn te weinig vakmensen. Versnelling vraagt om "
          "bundeling van projecten, een eerlijke indexatie van het budget en een gezamenlijke investering in "
          "opleiding. De waterschappen kunnen als beheerder bovendien beter laten zien hoe hun keringen er "
          "tussen twee beoordelingsrondes voor staan."),
        P("Er wordt gebouwd in gebieden waar het water bij een doorbraak meters hoog kan komen te staan. Het "
          "principe dat water en bodem sturend zijn voor de ruimtelijke inrichting wordt breed onderschreven, maar "
          "is nergens afdwingbaar geregeld. Het Adviescollege pleit voor bindende regels van het Rijk en de "
          "provincies bij de keuze van woningbouwlocaties, voor eenvoudige bouwkundige eisen aan nieuwbouw en voor "
          "het tijdig vrijhouden van de ruimte die de dijken van de toekomst nodig hebben."),
        P("Als het toch misgaat, is een grootschalige preventieve evacuatie van het westen van het land niet "
          "uitvoerbaar. Toch ontbreekt een landelijke strategie die zegt wanneer mensen moeten vertrekken en "
          "wanneer zij beter kunnen blijven, en wordt er weinig met overstromingen geoefend. Bewoners weten zelden "
          "hoe diep het water bij hen kan komen en wat zij dan moeten doen. Het Adviescollege vraagt om een "
          "landelijke evacuatiestrategie, om regelmatig oefenen en om informatie die bewoners werkelijk helpt."),
    )),
    chapter("Inleiding"),
    Columns(blocks=(
        section("Adviesvraag"),
        P("De minister van Infrastructuur en Waterstaat vroeg het Adviescollege in januari 2025, mede namens de "
          "minister van Volkshuisvesting en Ruimtelijke Ordening en de minister van Justitie en Veiligheid, te "
          "adviseren over de vraag hoe de bescherming tegen overstromingen de komende decennia op orde kan blijven "
          "nu het klimaat sneller verandert en de druk op de ruimte toeneemt. De vraag had drie delen: de snelheid "
          "en betaalbaarheid van de dijkversterking, de ruimtelijke keuzes in laaggelegen gebieden en de "
          "voorbereiding op een overstroming als de bescherming tekortschiet."),
        section("Werkwijze"),
        P("Het Adviescollege heeft dossiers en evaluaties bestudeerd, drie expertsessies georganiseerd en "
          "werkbezoeken afgelegd aan dijkversterkingsprojecten langs de Lek, de IJssel, het Markermeer en de "
          "Waddenkust. Wij spraken met vertegenwoordigers van elf waterschappen, zes provincies, negen gemeenten, "
          "vijf veiligheidsregio's, Rijkswaterstaat, aannemers en ingenieursbureaus, en met bewoners van "
          "dijkdorpen en nieuwe wijken in diepe polders.", footnotes=(
              "Een overzicht van de gesprekspartners is op te vragen bij het secretariaat van het Adviescollege.",)),
        P("Het advies is als volgt opgebouwd. Hoofdstuk 1 gaat over de normen en de kennis van de keringen, "
          "hoofdstuk 2 over het tempo van de dijkversterking en hoofdstuk 3 over de rol van de waterschappen. De "
          "hoofdstukken 4 en 5 behandelen de ruimtelijke keuzes, de hoofdstukken 6 en 7 de voorbereiding op een "
          "overstroming. Elk hoofdstuk sluit af met de aanbevelingen die uit de analyse volgen."),
    )),
    PageBreak(),

    # Chapter 1
    chapter("1  Normen en kennis van de keringen"),
    Columns(blocks=(
        section("Een stelsel dat op risico is gebouwd"),
        P("Sinds 1 januari 2017 heeft ieder dijktraject langs de kust, de grote rivieren en de meren een eigen norm. "
          "Die norm drukt uit hoe groot de kans op een overstroming mag zijn, gegeven het aantal mensen dat achter "
          "de dijk woont en de economische waarde die daar ligt. Voor iedere inwoner geldt daarnaast een "
          "basisbeschermingsniveau: de kans om door een overstroming om het leven te komen mag niet groter zijn "
          "dan één op honderdduizend per jaar. Alle primaire keringen moeten uiterlijk in 2050 aan hun norm "
          "voldoen."),
        P("Dat stelsel is internationaal een voorbeeld. Het heeft de discussie verschoven van de vraag hoe hoog een "
          "dijk moet zijn naar de vraag hoeveel risico een samenleving aanvaardt. De normen zijn echter afgeleid "
          "van klimaatverwachtingen uit het begin van dit decennium en van een zeespiegelstijging die destijds "
          "als bovengrens gold. In de hogere scenario's die sindsdien zijn gepubliceerd, ligt de stijging rond 2100 "
          "aanzienlijk hoger, en de onzekerheid over het afsmelten van het landijs op Antarctica is groter "
          "geworden.", footnotes=(
              "Het Adviescollege baseert zich hier op de meest recente klimaatscenario's voor Nederland en op de "
              "internationale literatuur over versnelde zeespiegelstijging.",)),
        section("Een evaluatie die te laat komt"),
        P("De wet schrijft voor dat de normen periodiek worden geëvalueerd. In de huidige planning vindt die "
          "evaluatie pas plaats als de eerste versterkingsronde nagenoeg is afgerond, rond het midden van deze eeuw. "
          "Dat is volgens het Adviescollege te laat. Een dijk die nu wordt ontworpen, moet vijftig tot honderd jaar "
          "meegaan. Wie vandaag bouwt op basis van verouderde uitgangspunten, loopt het risico dat dezelfde dijk "
          "over twintig jaar opnieuw moet worden aangepakt, met alle kosten en overlast van dien."),
        P("Een eerdere herijking betekent niet dat alle normen omhoog moeten. Het kan ook blijken dat sommige "
          "trajecten ruimer zijn genormeerd dan nodig, of dat voor bepaalde gebieden andere maatregelen dan "
          "dijkversterking doelmatiger zijn. Juist die afweging moet tijdig worden gemaakt, zodat ontwerpers en "
          "bestuurders weten waar zij aan toe zijn."),
        section("Wie weet hoe het met de dijk staat?"),
        P("De eerste landelijke beoordeling volgens de nieuwe normen is in 2023 afgerond. Daaruit bleek dat een "
          "groot deel van de primaire keringen nog niet aan de norm voldoet. Die uitkomst is op zichzelf geen "
          "reden tot paniek: de normen zijn strenger dan de oude, en de versterking is juist daarom in gang gezet. "
          "Wel valt op hoe moeilijk het is om na te gaan hoe het met een bepaald dijktraject gesteld is. De "
          "gegevens zijn verspreid over de waterschappen, Rijkswaterstaat en het programmabureau van het "
          "Hoogwaterbeschermingsprogramma, en worden in verschillende vormen bijgehouden."),
        P("Raadsleden en statenleden die wij spraken, konden niet zeggen of de dijk in hun gemeente of provincie "
          "aan de norm voldoet en wanneer de versterking aan de beurt is. Bewoners weten het nog minder. Dat "
          "ondermijnt het gesprek over de ruimtelijke keuzes die in de volgende hoofdstukken aan de orde komen. "
          "Openbaarheid is geen doel op zichzelf, maar een voorwaarde om in de regio verstandig te kunnen kiezen."),
        *rec(1),
        *rec(2),
    )),

    # Chapter 2
    PageBreak(),
    chapter("2  Het tempo van de dijkversterking"),
    Columns(blocks=(
        section("Een opgave die groeit"),
        P("Het Hoogwaterbeschermingsprogramma is het gezamenlijke programma van het Rijk en de waterschappen om "
          "de primaire keringen op de nieuwe normen te brengen. Het Rijk betaalt de helft van de kosten, de "
          "waterschappen samen de andere helft, deels uit een solidariteitsbijdrage en deels als eigen bijdrage "
          "per project. Om in 2050 klaar te zijn, moeten jaarlijks ruim vijftig kilometer dijk worden versterkt. "
          "In de afgelopen vijf jaar was dat gemiddeld minder dan vijfentwintig kilometer per jaar."),
        P("De oorzaken zijn bekend en worden door alle betrokkenen herkend. Ieder project doorloopt afzonderlijk "
          "een verkenning, een planuitwerking en een aanbesteding, vaak met een eigen projectteam, een eigen "
          "ontwerp en een eigen marktpartij. Kennis die in het ene project is opgedaan, gaat bij de overdracht naar "
          "het volgende grotendeels verloren. Een dijkversterking van tien kilometer duurt van eerste verkenning tot "
          "oplevering gemiddeld twaalf jaar, waarvan minder dan een derde aan de eigenlijke uitvoering."),
        section("Bundelen en standaardiseren"),
        P("In de bouw van tunnels, sluizen en viaducten heeft het Rijk goede ervaringen opgedaan met programmatisch "
          "werken: een reeks vergelijkbare objecten wordt met vaste partners en herhaalbare ontwerpen aangepakt. "
          "De dijken lenen zich daar eveneens voor. Veel trajecten hebben een vergelijkbare opbouw en een "
          "vergelijkbaar faalmechanisme, zoals piping of macrostabiliteit. Een standaardontwerp dat per locatie "
          "wordt aangepast, bespaart ontwerptijd en maakt het voor aannemers aantrekkelijk om in materieel en "
          "mensen te investeren."),
        P("Enkele waterschappen werken al samen in een alliantie met een vaste combinatie van aannemers en "
          "ingenieurs. De eerste resultaten zijn bemoedigend: de voorbereidingstijd van de tweede en derde "
          "versterking in zo'n alliantie was ruim een derde korter dan die van de eerste. Dat zijn echter "
          "uitzonderingen, afhankelijk van de inzet van individuele bestuurders. Ook de omgeving heeft baat bij "
          "bundeling: bewoners en bedrijven langs de dijk krijgen te maken met één aanspreekpunt en één planning "
          "in plaats van met een reeks losse projecten."),
        section("Bouwkosten die het programma uithollen"),
        P("Sinds 2020 zijn de kosten van grond-, weg- en waterbouw met bijna een derde gestegen. Het budget van het "
          "programma in het Deltafonds wordt geïndexeerd met de algemene prijsbijstelling die het Rijk voor zijn "
          "begroting hanteert, en die bleef daar ver bij achter. Het gevolg is dat voor hetzelfde geld minder "
          "kilometers worden versterkt en dat projecten worden doorgeschoven naar later jaren. Daarmee komt het "
          "doel voor 2050 verder buiten bereik zonder dat daar ooit uitdrukkelijk voor is gekozen."),
        P("Het Adviescollege realiseert zich dat een andere indexatie geld kost en dat het Deltafonds ook andere "
          "opgaven kent, zoals de zoetwatervoorziening. Maar een programma dat een wettelijke norm moet halen, "
          "hoort niet afhankelijk te zijn van de toevallige verhouding tussen twee prijsindexen. Het budget moet "
          "meebewegen met de werkelijke kosten, en niet met een index die daar structureel van afwijkt. Alleen "
          "dan kan het programma de beloofde kilometers ook werkelijk opleveren."),
        *rec(3),
        *rec(4),
    )),

    # Chapter 3
    PageBreak(),
    chapter("3  De waterschappen als beheerder"),
    Columns(blocks=(
        section("Zorgplicht tussen twee beoordelingen"),
        P("De waterschappen beheren het overgrote deel van de primaire keringen. Zij inspecteren de dijken, "
          "onderhouden de bekleding en de grasmat, bestrijden muskusratten en bevers die gangen graven, en "
          "organiseren de dijkbewaking bij hoogwater. Die dagelijkse zorg is minstens zo belangrijk als de grote "
          "versterkingen, maar trekt veel minder aandacht."),
        P("Tussen twee landelijke beoordelingen liggen twaalf jaar. In die periode kan de toestand van een kering "
          "merkbaar veranderen. De droge zomers van de afgelopen jaren lieten scheuren en verzakkingen in "
          "veenkaden zien, graafwerk voor kabels en leidingen verzwakt plaatselijk het dijklichaam en uitgesteld "
          "onderhoud stapelt zich op. Het beheerdersoordeel, waarin de beheerder zijn eigen kennis van de kering "
          "vastlegt, maakt nu alleen deel uit van de periodieke beoordeling en wordt zelden openbaar gemaakt.",
          footnotes=("Waarnemingen tijdens werkbezoeken en gesprekken met waterschappen in het rivierengebied en "
                     "het veenweidegebied, voorjaar 2025.",)),
        P("Het Adviescollege vindt dat de algemene besturen van de waterschappen, en via hen de ingezetenen, "
          "jaarlijks moeten kunnen zien hoe het met de keringen staat. Dat versterkt ook de positie van het "
          "waterschap zelf in het gesprek met gemeenten en provincies over de ruimte rond de dijk."),
        section("Te weinig vakmensen"),
        P("Vrijwel alle waterschappen melden openstaande vacatures voor dijkbeheerders, geotechnici, "
          "projectbeheersers en toezichthouders. Een aanzienlijk deel van het huidige personeel gaat binnen tien "
          "jaar met pensioen. Ingenieursbureaus en aannemers vissen in dezelfde vijver en bieden doorgaans hogere "
          "salarissen. Het gevolg is dat projecten wachten op mensen in plaats van op geld. Projectleiders "
          "vertelden ons dat zij een versterking soms een jaar moesten uitstellen omdat er geen geotechnicus "
          "beschikbaar was om het ontwerp te toetsen."),
        P("Ook de dijkwachten, vaak vrijwilligers die bij hoogwater de dijken aflopen, worden ouder en minder "
          "talrijk. Bij het hoogwater van de winter van 2023 op 2024 moesten sommige waterschappen mensen uit andere "
          "afdelingen inzetten om de bewaking rond te krijgen."),
        P("Opleidingen in de waterbouw bestaan, maar zijn versnipperd en sluiten niet aan op de specifieke kennis "
          "die het beheer van keringen vraagt. Een gezamenlijke investering van het Rijk en de waterschappen kan "
          "daar verandering in brengen, bijvoorbeeld met duale trajecten waarin studenten leren en werken bij een "
          "waterschap of een aannemer."),
        *rec(5),
        *rec(6),
    )),

    # Chapter 4
    PageBreak(),
    chapter("4  Bouwen in laaggelegen gebied"),
    Columns(blocks=(
        section("Woningbouw in de diepste polders"),
        P("Om het woningtekort terug te dringen, moeten er de komende jaren honderdduizenden woningen bij komen. "
          "Een aanzienlijk deel van de grote locaties ligt in het westen van het land, in polders die vier tot "
          "zes meter onder zeeniveau liggen. Bij een dijkdoorbraak kan het water daar binnen een dag meters hoog "
          "komen te staan."),
        P("Sinds 2022 geldt als uitgangspunt van het Rijk dat water en bodem sturend zijn bij de ruimtelijke "
          "inrichting. In de praktijk blijkt dat uitgangspunt weinig houvast te bieden. De watertoets is een "
          "procedurele stap waarin de waterbeheerder advies geeft, maar "
          "dat advies is niet bindend, en het overstromingsrisico weegt bij de keuze van een locatie zelden zwaar "
          "mee naast bereikbaarheid, grondprijs en tempo."),
        P("Het Adviescollege bepleit geen bouwstop in laag Nederland. Goed ingerichte wijken kunnen de gevolgen "
          "van een overstroming sterk beperken. Maar voor de "
          "grootste locaties in de diepste polders moeten de gevolgen van een overstroming vooraf en volgens een "
          "vaste methode worden onderzocht, en in de allerdiepste delen van het land hoort grootschalige nieuwbouw "
          "niet thuis."),
        section("Goedkope maatregelen"),
        P("Een woning die bij de bouw wat hoger wordt gezet, waarvan de meterkast en de installaties op de eerste "
          "verdieping staan en die een veilige verblijfsruimte boven het verwachte waterniveau heeft, lijdt bij "
          "een overstroming veel minder schade en biedt haar bewoners een uitweg. Bij nieuwbouw kosten zulke "
          "maatregelen een fractie van wat achteraf aanpassen kost."),
        P("Het Besluit bouwwerken leefomgeving bevat geen enkele eis die met overstromingen te maken heeft. "
          "Gemeenten kunnen in hun omgevingsplan weliswaar regels stellen, maar doen dat nauwelijks, uit vrees "
          "voor hogere kosten. Een landelijke "
          "ondergrens voorkomt die concurrentie en geeft ontwikkelaars duidelijkheid."),
        *rec(7),
        *rec(8),
    )),

    # Chapter 5
    PageBreak(),
    chapter("5  Ruimte voor de dijk van morgen"),
    Columns(blocks=(
        section("De provincie als regisseur"),
        P("De provincies maken de regionale afwegingen in de ruimtelijke ordening. Zij stellen omgevingsvisies "
          "vast, wijzen in hun omgevingsverordening gebieden aan en geven gemeenten instructies. Daarmee zijn zij "
          "bij uitstek de bestuurslaag die het overstromingsrisico in de ruimtelijke keuzes kan vertalen."),
        P("In de praktijk verschilt de aandacht sterk. Een enkele provincie heeft in haar verordening regels "
          "opgenomen over bouwen in gebieden waar het water diep kan komen te staan; de meeste beperken zich tot "
          "algemene passages in hun omgevingsvisie. Gemeenten die wij spraken, misten vooral concrete kaarten: "
          "hoe diep kan het water op een locatie komen, hoe snel, en kunnen bewoners dan nog weg?"),
        section("De dijk heeft ruimte nodig"),
        P("Elke dijkversterking vraagt ruimte: een bredere voet, een steunberm of een pipingscherm. Waar huizen, "
          "bedrijven of wegen tot vlak tegen de dijk staan, moet die ruimte worden gekocht of moeten dure "
          "constructies als damwanden worden toegepast. Bij de projecten die wij bezochten, was de beperkte ruimte "
          "steeds een van de grootste kostenposten en een bron van langdurige procedures."),
        P("De legger van het waterschap beschermt de kering en een beperkte zone daaromheen, maar houdt geen "
          "rekening met de breedte die een dijk over vijftig of tachtig jaar nodig heeft. Ondertussen worden langs "
          "de dijken nog steeds woningen en bedrijfsgebouwen vergund die een volgende versterking duurder maken. "
          "Wat nu vrij wordt gehouden, hoeft later niet te worden onteigend."),
        *rec(9),
        *rec(10),
    )),

    # Chapter 6
    PageBreak(),
    chapter("6  Evacuatie bij een grote overstroming"),
    Columns(blocks=(
        section("Vertrekken is niet altijd mogelijk"),
        P("Bij een dreigende overstroming van de kust of de grote rivieren is er meestal een voorspellingstijd "
          "van één tot enkele dagen. Voor een beperkt gebied, zoals een deel van het rivierengebied, is dat genoeg "
          "om de bevolking preventief te evacueren. Het rivierengebied heeft dat in 1995 laten zien. Voor de "
          "dichtbevolkte delen van het westen is het dat niet: berekeningen laten zien dat bij een dreigende "
          "doorbraak aan de kust slechts een klein deel van de inwoners tijdig het bedreigde gebied zou kunnen "
          "verlaten, omdat wegen vastlopen en het onduidelijk is waar mensen naartoe moeten."),
        P("Voor veel mensen is verticale evacuatie, het opzoeken van een hogere verdieping of een hoog gebouw in "
          "de buurt, dan het veiligste alternatief. Dat vraagt echter om een andere voorbereiding: mensen moeten "
          "weten waar zij terechtkunnen, zorginstellingen moeten plannen hebben voor bewoners die niet kunnen "
          "lopen, en hulpverleners moeten na de overstroming mensen uit het getroffen gebied kunnen halen."),
        section("Wie beslist?"),
        P("De veiligheidsregio's zijn verantwoordelijk voor de rampenbestrijding in hun gebied. Een grote "
          "overstroming houdt zich echter niet aan regiogrenzen. Het is onvoldoende uitgewerkt wie besluit tot een "
          "evacuatie die meerdere regio's raakt, hoe de opvang buiten het getroffen gebied wordt verdeeld en welke "
          "rol het Rijk dan speelt. De plannen die er zijn, verschillen sterk per regio en zijn vaak niet op "
          "elkaar afgestemd."),
        P("Oefenen met een overstromingsscenario gebeurt weinig. Van de veiligheidsregio's met een substantieel "
          "overstromingsrisico heeft minder dan de helft de afgelopen vijf jaar een oefening gehouden waarin een "
          "dijkdoorbraak het uitgangspunt was. Waar wel werd geoefend, bleek steeds opnieuw hoe moeilijk de "
          "afstemming met de waterbeheerders, de netbeheerders en de vervoerders is."),
        *rec(11),
        *rec(12),
    )),

    # Chapter 7
    PageBreak(),
    chapter("7  Bewoners die weten wat hen te doen staat"),
    Columns(blocks=(
        section("Een laag risicobewustzijn"),
        P("Uit enquêtes blijkt steeds weer dat een ruime meerderheid van de Nederlanders in een overstroombaar "
          "gebied woont, maar dat slechts een klein deel denkt zelf risico te lopen. Minder dan één op de tien "
          "ondervraagden weet hoe hoog het water bij een overstroming in de eigen straat kan komen. Dat is "
          "begrijpelijk, want in het dagelijks leven speelt het risico geen rol."),
        P("Bij de aankoop of huur van een woning krijgen mensen uitgebreide informatie over het energielabel, de "
          "bodem en de erfpacht, maar niet over het overstromingsrisico. Kaarten met waterdiepten zijn openbaar, "
          "maar wie ze niet zoekt, vindt ze niet. Een vaste plek voor die informatie op het moment dat mensen een "
          "belangrijke beslissing nemen, vergroot het bewustzijn zonder dat daar een campagne voor nodig is."),
        section("Handelingsperspectief op het moment zelf"),
        P("Als een overstroming dreigt, is de belangrijkste vraag voor bewoners eenvoudig: moet ik weg, of kan ik "
          "beter blijven? NL-Alert kan nu alleen een algemene boodschap versturen aan iedereen in een gebied. Bij "
          "een overstroming verschilt het juiste advies echter van wijk tot wijk, afhankelijk van de verwachte "
          "waterdiepte, de hoogte van de bebouwing en de beschikbare uitvalswegen."),
        P("Een advies op het niveau van de buurt, gekoppeld aan een eenvoudige keuze tussen vertrekken, naar "
          "boven gaan of binnen blijven, kan levens redden en voorkomt dat wegen verstopt raken door mensen die "
          "beter hadden kunnen blijven."),
        *rec(13),
        *rec(14),
    )),
    PageBreak(),
    chapter("Overzicht van de aanbevelingen"),
    P("Hieronder staan de aanbevelingen van dit advies nog eens op een rij. De toelichting bij iedere aanbeveling "
      "en de partij tot wie zij zich richt, staan aan het eind van het hoofdstuk waarin zij is opgenomen."),
    overview(),
    section("Over het Adviescollege"),
    P("Het Adviescollege Hoogwater en Ruimte adviseert de regering en de medeoverheden gevraagd en ongevraagd over "
      "de bescherming tegen overstromingen en de aanpassing aan het veranderende klimaat. Dit advies is vastgesteld "
      "in de vergadering van 23 september 2025 en op 14 oktober 2025 aangeboden aan de minister van Infrastructuur "
      "en Waterstaat."),
)

REPORT = Document(
    title=TITLE,
    subtitle="Advies over dijkversterking, bouwen in laaggelegen gebieden en evacuatie bij overstromingen",
    blocks=REPORT_BLOCKS,
    running_header=f"{COLLEGE}  ·  {TITLE}",
    footer="{page}",
    font_family="serif",
    font_size=10.0,
    imprint=(COLLEGE, "Den Haag, oktober 2025"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV1 = "Ik neem deze aanbeveling over."
EV2 = ("De eerste versie gaat op 1 juli 2026 online en wordt daarna ieder voorjaar bijgewerkt met de gegevens die de "
       "waterschappen en Rijkswaterstaat aanleveren.")
EV3 = ("Samen met de Unie van Waterschappen heb ik afgesproken dat het Hoogwaterbeschermingsprogramma vanaf "
       "1 januari 2027 de versterkingen in vier regio's bundelt in meerjarige programma-allianties, met "
       "standaardontwerpen voor de meest voorkomende dijktypen.")
EV4 = ("Een automatische indexatie met de bouwkostenindex acht ik echter niet doelmatig: zij zet het Deltafonds vast "
       "op één kostensoort, vermindert de prikkel tot kostenbeheersing in de projecten en laat minder ruimte voor de "
       "andere opgaven in het fonds.")
EV6 = ("Vanaf het studiejaar 2026-2027 financieren mijn ministerie en de waterschappen ieder de helft van een "
       "opleidingsprogramma Waterveiligheid van € 18 miljoen over vier jaar, met jaarlijks 320 "
       "opleidingsplaatsen bij mbo-instellingen, hogescholen en de waterschappen zelf.")
EV7 = "De minister van VRO neemt deze aanbeveling gedeeltelijk over."
EV8 = ("De minister van VRO start daarom eerst een pilot met zes gemeenten die in hun omgevingsplan regels stellen "
       "over het vloerpeil en de plaats van installaties, en besluit na de evaluatie in 2028 of een landelijke "
       "regeling in het Besluit bouwwerken leefomgeving nodig is.")
EV10 = "Een wettelijke reservering tot 2100 langs alle primaire keringen neem ik echter niet over."
EV11 = "De minister van JenV neemt deze aanbeveling over."
EV12 = ("De minister van JenV ziet geen aanleiding om een oefenplicht voor overstromingen in de Wet "
        "veiligheidsregio's op te nemen.")
EV13 = ("Zij laat eerst onderzoeken hoe een gestandaardiseerde risico-opgave zich verhoudt tot de informatie die nu "
        "al openbaar is en tot de mededelingsplicht van de verkoper, en welke lasten een verplichting voor makelaars "
        "en verhuurders met zich meebrengt.")
EV14 = ("NL-Alert wordt vóór het stormseizoen 2026-2027 zo aangepast dat de veiligheidsregio's bij een dreigende "
        "overstroming per buurt een van drie adviezen kunnen versturen: vertrekken, naar een hogere verdieping gaan "
        "of binnen blijven.")

TABLE_ROWS = (
    ("1. Normen voor de primaire keringen eerder herijken",
     Cell(f"{EV1} De snelheid waarmee de zeespiegel in de hogere klimaatscenario's stijgt, rechtvaardigt dat de normen "
          "niet pas rond 2050 tegen het licht worden gehouden. Ik start de herijking in 2027, samen met de "
          "waterschappen en de provincies, en stuur uw Kamer vóór 2030 een voorstel. Daarbij kijk ik niet alleen "
          "naar de hoogte van de normen, maar ook naar gebieden waar andere maatregelen doelmatiger zijn dan "
          "versterking.",
          answers=(Answer("1", "agree", EV1),)),
     "Start 2027; voorstel vóór 2030"),
    ("2. Openbaar landelijk register van de staat van de keringen",
     Cell("Rijkswaterstaat brengt de uitkomsten van de beoordeling, de programmering van het "
          "Hoogwaterbeschermingsprogramma en de voortgang van de versterkingen samen in één openbare viewer, het "
          f"Landelijk Keringenregister. {EV2} Zo kunnen bewoners, raadsleden en statenleden per dijktraject zien "
          "waar het traject staat.",
          answers=(Answer("2", "agree", EV2),)),
     "Q3 2026"),
    ("3. Dijkversterkingen per regio bundelen",
     Cell(f"{EV3} De waterschappen blijven opdrachtgever; het programmabureau ondersteunt hen bij de aanbesteding "
          "en beheert de standaardontwerpen. Voor de allianties is binnen het bestaande programmabudget € 35 miljoen "
          "voor voorbereiding gereserveerd. In 2029 laat ik evalueren in hoeverre de doorlooptijd daadwerkelijk is "
          "verkort.",
          answers=(Answer("3", "agree", EV3),)),
     "1 januari 2027; evaluatie 2029"),
    ("4. Budget HWBP indexeren met de bouwkostenindex",
     Cell("De bouwkosten zijn de afgelopen jaren sneller gestegen dan de algemene prijzen, en dat heeft het programma "
          f"geraakt. Dat beeld herken ik. {EV4} Bij iedere begroting weeg ik, zoals nu ook gebeurt, de "
          "prijsontwikkeling mee in de programmering van het Deltafonds.",
          answers=(Answer("4", "disagree", EV4),)),
     "—"),
    ("5 en 6. Jaarlijks beheerdersoordeel; vakmensen voor de waterveiligheid",
     Cell("Het opstellen en openbaar maken van een jaarlijks beheerdersoordeel raakt aan de eigen verantwoordelijkheid "
          "van de waterschappen als beheerder en aan hun verantwoording aan de algemene vergadering. Dit is aan de "
          "waterschappen.\n"
          f"Het tekort aan vakmensen pakken het Rijk en de waterschappen wel gezamenlijk aan. {EV6} De Unie van "
          "Waterschappen en de brancheorganisaties in de waterbouw stellen het programma samen op.",
          answers=(Answer("6", "agree", EV6),)),
     "5: niet van toepassing\n6: studiejaar 2026-2027"),
    ("7. Waterveiligheidstoets en geen grootschalige woningbouw in de diepste polders",
     Cell(f"{EV7} Zij neemt in de eerstvolgende wijziging van het Besluit kwaliteit leefomgeving een "
          "instructieregel op die een waterveiligheidstoets verplicht stelt voor nieuwe woningbouwlocaties van meer "
          "dan vijfhonderd "
          "woningen in gebieden met een groot overstromingsrisico. Een algemeen verbod op grootschalige woningbouw in "
          "polders dieper dan twee meter onder NAP gaat haar te ver: juist daar ligt een deel van de locaties die "
          "nodig zijn om het woningtekort in te lopen, en met een goede inrichting kan er verantwoord worden gebouwd.",
          answers=(Answer("7", "partial", EV7),)),
     "Wijziging Bkl 2027"),
    ("8. Landelijke eisen aan overstromingsbestendig bouwen",
     Cell("Landelijke bouweisen voor alle overstromingsgevoelige gebieden doen geen recht aan de grote verschillen in "
          f"waterdiepte en overstromingskans tussen gebieden. {EV8} De Rijksdienst voor Ondernemend Nederland "
          "ondersteunt de deelnemende gemeenten met een handreiking.",
          answers=(Answer("8", "partial", EV8),)),
     "Pilot 2026–2028"),
    ("10. Ruimte reserveren voor de versterkingen tot 2100",
     Cell("Ik deel de analyse van het Adviescollege dat de ruimte naast de dijken op veel plaatsen schaars wordt "
          f"en dat toekomstige versterkingen daardoor duurder en ingewikkelder worden. {EV10} De waterschappen "
          "leggen in hun "
          "legger al beschermingszones en een profiel van vrije ruimte vast, en provincies en gemeenten moeten daar in "
          "hun omgevingsplannen rekening mee houden. Een reservering over een zo lange termijn zou grote gebieden op "
          "slot zetten zonder dat vaststaat welke versterking daar nodig is.",
          answers=(Answer("10", "disagree", EV10),)),
     "—"),
    ("11. Landelijke evacuatiestrategie voor grootschalige overstromingen",
     Cell(f"{EV11} Hij stelt samen met het Veiligheidsberaad en de waterbeheerders een landelijke evacuatiestrategie "
          "op, waarin de keuze tussen preventieve evacuatie, verticale evacuatie en schuilen per type gebied wordt "
          "uitgewerkt. De strategie regelt ook de verdeling van bevoegdheden tussen de veiligheidsregio's en het Rijk "
          "bij een overstroming die meerdere regio's treft.",
          answers=(Answer("11", "agree", EV11),)),
     "Eind 2027"),
    ("12. Wettelijke oefenplicht met een overstromingsscenario",
     Cell(f"{EV12} De veiligheidsregio's zijn nu al verplicht om overstromingen in hun risicoprofiel te betrekken en "
          "hun crisisorganisatie te beoefenen, en de Inspectie Justitie en Veiligheid houdt daar toezicht op. Een "
          "aparte wettelijke frequentie voor één scenario doet afbreuk aan de ruimte die regio's nodig hebben om hun "
          "oefenprogramma op hun eigen risico's af te stemmen.",
          answers=(Answer("12", "disagree", EV12),)),
     "Niet van toepassing"),
    ("13. Overstromingsrisico vermelden bij koop en huur",
     Cell("De minister van VRO vindt het een belangrijk doel dat kopers en huurders beter zicht krijgen op het "
          f"overstromingsrisico van hun woning. {EV13} Op basis van dat onderzoek besluit zij of een wettelijke "
          "regeling nodig is.",
          answers=(Answer("13", "partial", EV13),)),
     "Onderzoek gereed Q2 2027"),
    ("14. Advies per buurt via NL-Alert",
     Cell(f"{EV14} De minister van JenV trekt daarvoor € 4,5 miljoen uit; de nieuwe functie wordt in juni 2026 "
          "voor het eerst met twee veiligheidsregio's beproefd.",
          answers=(Answer("14", "agree", EV14),)),
     "Stormseizoen 2026-2027"),
)

RESPONSE_BLOCKS = (
    P("Geachte voorzitter,"),
    P("Hierbij ontvangt u, mede namens de minister van Volkshuisvesting en Ruimtelijke Ordening en de minister van "
      "Justitie en Veiligheid, de beleidsreactie op het advies 'Hoog water, lage grond' dat het Adviescollege "
      "Hoogwater en Ruimte mij op 14 oktober 2025 heeft aangeboden. Ik dank het Adviescollege voor een helder en "
      "prikkelend advies, dat de bescherming tegen overstromingen in samenhang bekijkt: van de dijk zelf tot de "
      "vraag wat bewoners moeten doen als het water toch komt."),
    P("Nederland investeert fors in zijn waterveiligheid. Via het Deltafonds is tot 2050 jaarlijks gemiddeld ruim "
      "een half miljard euro beschikbaar voor het Hoogwaterbeschermingsprogramma, en de eerste landelijke "
      "beoordeling volgens de normen van 2017 heeft duidelijk gemaakt waar de grootste opgaven liggen. Het kabinet "
      "deelt de analyse van het Adviescollege dat die opgave de komende decennia groter wordt, door de stijging "
      "van de zeespiegel, door bodemdaling en door de woningbouw in laaggelegen gebieden. Bij de ruimtelijke keuzes "
      "is het sinds 2022 kabinetsbeleid dat water en bodem sturend zijn."),
    P("In de tabel hieronder reageren wij per aanbeveling. De kolom Planning geeft aan wanneer een maatregel gereed "
      "is of wanneer uw Kamer nader wordt geïnformeerd. Waar een aanbeveling aan een andere overheid is gericht, "
      "geef ik aan hoe het Rijk zich daartoe verhoudt. Na de tabel ga ik kort in op de rol van de medeoverheden."),
    section("Reactie per aanbeveling"),
    Table(
        header=("Aanbeveling", "Reactie", "Planning"),
        rows=TABLE_ROWS,
        widths=(1.35, 3.4, 1.05),
        rules="rows",
    ),
    section("De rol van de medeoverheden"),
    P("Provincies, gemeenten en waterschappen hebben elk een eigen rol bij het waterbestendig inrichten van Nederland. "
      "De provincies stellen op grond van de Omgevingswet regels in hun omgevingsverordening, en verschillende "
      "provincies hebben daarin al regels opgenomen voor bouwen in gebieden waar het water bij een overstroming diep "
      "kan komen te staan. Het Interprovinciaal Overleg werkt aan een gezamenlijke handreiking voor het aanwijzen van "
      "zulke gebieden, en gemeenten kunnen voor kaarten met waterdiepten terecht bij de bestaande landelijke "
      "klimaatatlas."),
    P("Het Rijk maakt met de medeoverheden afspraken over de uitwerking van water en bodem sturend in het "
      "Bestuurlijk Overleg Water, dat tweemaal per jaar bijeenkomt."),
    section("Tot slot"),
    P("Het advies van het Adviescollege komt op een goed moment. De komende jaren worden de keuzes gemaakt over waar "
      "en hoe wij bouwen, en over de dijken die daar de bescherming voor moeten bieden. Wij informeren uw Kamer over "
      "de voortgang van de maatregelen in deze brief via de jaarlijkse voortgangsrapportage over de waterveiligheid, "
      "voor het eerst op Prinsjesdag 2026."),
    P("Hoogachtend,"),
    P("De minister van Infrastructuur en Waterstaat,"),
    P("ir. A.M. Kroeskamp-Veldhuis"),
)

RESPONSE = Document(
    title="Beleidsreactie op het advies 'Hoog water, lage grond' van het Adviescollege Hoogwater en Ruimte",
    subtitle="Brief van de minister van Infrastructuur en Waterstaat, mede namens de minister van Volkshuisvesting en "
             "Ruimtelijke Ordening en de minister van Justitie en Veiligheid, aan de Voorzitter van de Tweede Kamer "
             "der Staten-Generaal. Den Haag, 12 februari 2026. Kenmerk IENW/BSK-2026/31877",
    blocks=RESPONSE_BLOCKS,
    running_header="Beleidsreactie advies 'Hoog water, lage grond'",
    footer="Pagina {page} van {pages}",
    font_family="sans",
    title_page=False,
)

PAIR = Pair(
    name="flood_safety_delta_advice",
    report=REPORT,
    response=RESPONSE,
    description="Adviescollege Hoogwater en Ruimte advice on flood safety (serif, two-column body, 14 recommendations "
                "as 'Aanbeveling N' headings with a bold title and an unlabelled paragraph, repeated as titles in an "
                "overview) and the IenW minister's letter with an 'Aanbeveling | Reactie | Planning' table: 5 and 6 "
                "share a row (5 passed to the waterschappen), 9 has no row and only existing policy in the text.",
)
