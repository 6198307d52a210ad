"""Pair: a fictional network of municipal ombudsmen on Wmo complaints and disabled parking permits, answered in a
"verzamelbrief" of the staatssecretaris of VWS that also covers three unrelated Wmo topics.

Report layout: sans, title page with imprint, running header, chapters numbered in the heading text ("3 Klachten
over Wmo-ondersteuning") with level-2 sections, footnotes, a "1." numbered list of research questions in chapter 1
(not recommendations), bullet lists of findings, two tables (one grid, one with row rules), bold "Casus" lead-ins.
The fourteen recommendations sit in chapter 7 "Aanbevelingen" under three theme headings, one "1." list per theme,
numbered 1-14 continuously; every item ends with its addressee in brackets: "(VWS)", "(VNG)", "(gemeenten)",
"(IenW)", "(VWS en VNG)".  No recommendation is printed twice.

Response layout: a serif letter without title page headed "Verzamelbrief Wmo", with four numbered sections "1. Stand
van zaken Wmo-abonnementstarief", "2. Reactie op het rapport van de ombudsman", "3. Voortgang programma Langer Thuis",
"4. Overige toezeggingen".  Sections 1, 3 and 4 hold their own commitments and refusals (an "aanbeveling" of an
evaluation that is adopted, a refused VNG request, a refused national complaints desk for target-group transport,
a pass-on to a later mantelzorg letter ...): none of them answers the report.  Only section 2 does, by number for some and by subject for others:
  1 model complaint rules (VNG)          agree     - by subject, no cue word: agreement with VNG, 300.000 euro, date
  2 contact within five days (gemeenten) not_addressed - never mentioned
  3 annual complaint overview (gemeenten) disagree - same paragraph as 1, "zie geen aanleiding" after existing practice
  4 complaint about provider via gemeente (VWS) agree - "Deze aanbeveling neem ik over."
  5 study ombudsman jurisdiction (VWS)   agree     - recommendation asks a study; the study is committed with a date
  6 national complaints monitor (VWS, VNG) partial - no mandatory monitor, only a voluntary pilot (by subject)
  7 report of the kitchen-table talk (gemeenten) agree - "onderschrijf"
  8 decision letter mentions support (VWS) agree  - no cue: Uitvoeringsbesluit change per 1 juli 2026
  9 more and earmarked budget (VWS)      partial   - budget raised, earmarking refused, in one sentence
 10 statutory second opinion (VWS)       disagree  - blunt "neem ik niet over" after sympathy for the finding
 11 national assessment frame GPK (IenW) agree     - "De minister van IenW neemt aanbeveling 11 over."
 12 GPK without end date (IenW)          not_addressed - passed on: "Mijn collega van IenW zal u hierover separaat
                                                   informeren."
 13 one combined medical check (gemeenten) partial - only a pilot/exploration (by subject)
 14 statutory cap on fees (IenW)         disagree  - polite "acht het kabinet niet opportuun"
All prose is fictional and written for this test set.
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


def H3(text: str) -> Heading:
    return Heading(text, level=3)


def bullets(*texts: str, style: str = "•") -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style=style)


def recs(start: int, *items: tuple[str, tuple[str, ...]]) -> ItemList:
    return ItemList(
        items=tuple(ListItem(text, recommendation=Recommendation(str(start + i), tuple(depts)))
                    for i, (text, depts) in enumerate(items)),
        style="1.",
        start=start,
    )


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H("Voorwoord"),
    P("Wie ondersteuning nodig heeft om thuis te kunnen blijven wonen, of wie zonder parkeerkaart de eigen "
      "boodschappen niet meer kan doen, is afhankelijk van de gemeente. Dat maakt het extra belangrijk dat de "
      "gemeente goed luistert als het misgaat. Een klacht is voor een inwoner vaak de laatste manier om gehoord te "
      "worden voordat hij de moed opgeeft of naar de rechter stapt. Voor de gemeente is een klacht een gratis "
      "advies over de eigen uitvoering."),
    P("In de jaarverslagen van de aangesloten ombudsvoorzieningen keerden dezelfde signalen steeds terug: klachten "
      "over de Wmo die maanden bleven liggen, inwoners die tussen gemeente en zorgaanbieder heen en weer werden "
      "gestuurd, en aanvragers van een gehandicaptenparkeerkaart die na jaren opnieuw moesten aantonen dat hun "
      "beperking niet was verdwenen. Het Landelijk Netwerk Gemeentelijke Ombudsmannen heeft daarom besloten tot een "
      "gezamenlijk onderzoek in 38 gemeenten, het eerste in zijn soort."),
    P("Wij danken de inwoners die ons hun ervaringen toevertrouwden, en de medewerkers van de gemeenten, de "
      "zorgaanbieders, de keuringsbureaus en de organisaties voor cliëntondersteuning die openhartig met ons "
      "spraken. Veel van wat in dit rapport staat, hebben zij zelf als verbeterpunt benoemd."),
    P("mr. A.C. (Anneke) Wolters-Bakhuis, voorzitter van het Landelijk Netwerk Gemeentelijke Ombudsmannen"),
    PageBreak(),
    H("Samenvatting"),
    P("Gemeenten zijn sinds 2015 verantwoordelijk voor de maatschappelijke ondersteuning van inwoners die niet "
      "(meer) op eigen kracht kunnen deelnemen aan de samenleving. Zij geven ook de gehandicaptenparkeerkaart af. "
      "Over beide taken komen bij de gemeentelijke ombudsmannen veel klachten binnen. Dit onderzoek gaat na hoe "
      "gemeenten met die klachten omgaan en wat dat zegt over hun dienstverlening."),
    P("Het Netwerk bestudeerde 412 klachtdossiers uit 2023 en 2024 in 38 gemeenten, hield een enquête onder ruim "
      "1.100 inwoners en sprak met 64 medewerkers, aanbieders en belangenbehartigers. De belangrijkste bevindingen "
      "zijn:"),
    bullets(
        "Een op de drie Wmo-klachten wordt niet binnen de wettelijke termijn van zes weken afgehandeld; bij kleine "
        "gemeenten is dat bijna de helft.",
        "Slechts in een kwart van de dossiers heeft de gemeente de klager gebeld of gesproken voordat zij schriftelijk "
        "reageerde.",
        "Klachten over zorgaanbieders die de gemeente heeft ingehuurd, vallen vaak tussen wal en schip: de gemeente "
        "verwijst naar de aanbieder, de aanbieder naar de gemeente.",
        "Inwoners krijgen het verslag van het keukentafelgesprek vaak pas samen met het besluit te zien, of helemaal "
        "niet.",
        "Onafhankelijke cliëntondersteuning is bij weinig inwoners bekend; in de beschikking wordt zij zelden genoemd.",
        "De medische keuring voor de gehandicaptenparkeerkaart duurt lang en leidt bij vergelijkbare beperkingen tot "
        "verschillende uitkomsten; mensen met een blijvende beperking worden na vijf jaar opnieuw gekeurd.",
        "De leges voor een gehandicaptenparkeerkaart lopen uiteen van nul tot ruim 180 euro.",
    ),
    P("Het Netwerk doet veertien aanbevelingen. Zij zijn gericht aan de staatssecretaris van Volksgezondheid, "
      "Welzijn en Sport, de minister van Infrastructuur en Waterstaat, de Vereniging van Nederlandse Gemeenten en "
      "de gemeenten zelf, en staan in hoofdstuk 7. Wij vragen de bewindspersonen om binnen zes maanden te laten "
      "weten wat zij met de aanbevelingen doen. De gemeenteraden vragen wij het rapport te bespreken met hun "
      "college."),
    PageBreak(),
    H("1 Inleiding"),
    H2("1.1 Aanleiding"),
    P("De gemeentelijke ombudsmannen en ombudscommissies behandelen jaarlijks enkele duizenden klachten over het "
      "sociaal domein. Klachten over de Wet maatschappelijke ondersteuning 2015 (Wmo 2015) vormen daarvan de grootste "
      "groep. Het gaat om huishoudelijke ondersteuning, begeleiding, woningaanpassingen, hulpmiddelen zoals "
      "rolstoelen en scootmobielen, en vervoersvoorzieningen. Een tweede, kleinere maar hardnekkige groep klachten "
      "betreft de gehandicaptenparkeerkaart en de gehandicaptenparkeerplaats."),
    P("Elke ombudsvoorziening rapporteert afzonderlijk aan de eigen gemeenteraad. Daardoor blijven patronen die in "
      "veel gemeenten terugkeren, onzichtbaar. Het Landelijk Netwerk Gemeentelijke Ombudsmannen, waarin 21 "
      "ombudsvoorzieningen samenwerken die samen voor 96 gemeenten werken, heeft in 2024 besloten om één "
      "onderwerp gezamenlijk te onderzoeken. De keuze viel op de Wmo en de parkeerkaart, omdat de signalen daar het "
      "sterkst en het meest eensluidend waren."),
    H2("1.2 Onderzoeksvragen"),
    P("Het onderzoek beantwoordt de volgende vragen:", bold=True),
    ItemList(items=(
        ListItem("Hoeveel klachten over de Wmo 2015 en de gehandicaptenparkeerkaart ontvangen gemeenten, en waarover "
                 "gaan zij?"),
        ListItem("Hoe behandelen gemeenten die klachten, en voldoen zij daarbij aan de eisen van de wet en aan de "
                 "behoorlijkheidsnormen van de ombudsman?"),
        ListItem("Wat doen gemeenten met de uitkomsten van klachten om hun dienstverlening te verbeteren?"),
        ListItem("Welke knelpunten in de regelgeving of de samenwerking met anderen staan een goede "
                 "klachtbehandeling in de weg?"),
    ), style="1."),
    H2("1.3 Werkwijze"),
    P("Het onderzoek is uitgevoerd tussen september 2024 en maart 2025 door een projectgroep van zeven "
      "onderzoekers van de aangesloten ombudsvoorzieningen. Voor de selectie van de 38 gemeenten is gezorgd voor "
      "spreiding naar grootte en regio. De gemeenten zijn in dit rapport niet bij naam genoemd; het doel is lering, "
      "niet het vergelijken van individuele gemeenten. Het onderzoek bestond uit:"),
    bullets(
        "een analyse van 412 klachtdossiers over de Wmo en 97 dossiers over de gehandicaptenparkeerkaart uit 2023 en "
        "2024, aangeleverd door de gemeenten;",
        "een digitale enquête onder inwoners die in die jaren een Wmo-voorziening of parkeerkaart hadden aangevraagd "
        "(1.106 respondenten);",
        "64 interviews met klachtbehandelaars, Wmo-consulenten, afdelingshoofden, zorgaanbieders, keuringsartsen, "
        "cliëntondersteuners en leden van adviesraden sociaal domein;",
        "twee rondetafelgesprekken met ervaringsdeskundigen, georganiseerd met Ieder(in) en een regionaal "
        "platform van ouderenbonden.",
    ),
    P("De conceptbevindingen zijn in april 2025 voorgelegd aan de onderzochte gemeenten, de VNG en de ministeries "
      "van VWS en IenW. Hun reacties zijn waar nodig verwerkt. Het Netwerk is als enige verantwoordelijk voor de "
      "inhoud van dit rapport."),
    H2("1.4 Leeswijzer"),
    P("Hoofdstuk 2 beschrijft het wettelijk kader. Hoofdstuk 3 gaat over klachten over Wmo-ondersteuning, "
      "hoofdstuk 4 over de toegang tot ondersteuning en de informatie die inwoners krijgen, en hoofdstuk 5 over de "
      "gehandicaptenparkeerkaart. In hoofdstuk 6 trekken wij conclusies; hoofdstuk 7 bevat de aanbevelingen."),
    H("2 Wettelijk kader"),
    H2("2.1 Klachtrecht"),
    P("Iedereen heeft het recht om bij een bestuursorgaan een klacht in te dienen over de manier waarop dat orgaan "
      "of een medewerker zich in een bepaalde aangelegenheid heeft gedragen. Hoofdstuk 9 van de Algemene wet "
      "bestuursrecht (Awb) regelt hoe de gemeente zo'n klacht moet behandelen: de klager wordt gehoord, de klacht "
      "wordt binnen zes weken afgehandeld en de gemeente laat schriftelijk weten wat haar oordeel is en welke "
      "conclusies zij eraan verbindt.", footnotes=(
        "Artikelen 9:1 tot en met 9:12a Awb. De termijn kan met ten hoogste vier weken worden verdaagd.",)),
    P("Is de klager niet tevreden over de afhandeling, dan kan hij zich wenden tot de ombudsman. Iedere gemeente "
      "moet een eigen ombudsvoorziening hebben of zich aansluiten bij een andere, en anders valt zij onder de "
      "Nationale ombudsman. De ombudsman toetst niet alleen aan de wet, maar ook aan de behoorlijkheidsnormen, zoals "
      "de plicht om de burger actief te informeren, te luisteren en maatwerk te bieden.", footnotes=(
        "Artikel 9:17 Awb en artikel 81p Gemeentewet.",)),
    H2("2.2 De Wmo 2015"),
    P("Onder de Wmo 2015 moet een gemeente, nadat een inwoner zich heeft gemeld, onderzoeken welke ondersteuning "
      "hij nodig heeft. Dat gebeurt meestal in een gesprek, in de praktijk het keukentafelgesprek genoemd. De "
      "gemeente moet de inwoner wijzen op de mogelijkheid van gratis onafhankelijke cliëntondersteuning en een "
      "verslag van het onderzoek verstrekken. Na een aanvraag neemt de gemeente een besluit, waartegen bezwaar en "
      "beroep openstaan."),
    P("Gemeenten laten de ondersteuning zelf vaak uitvoeren door gecontracteerde aanbieders. Die aanbieders moeten "
      "een eigen klachtenregeling hebben. Voor de inwoner is echter niet altijd duidelijk wie waarvoor "
      "verantwoordelijk is: de gemeente besluit over de voorziening, de aanbieder levert haar. Anders dan bij de "
      "Jeugdwet kan de gemeentelijke ombudsman klachten over gecontracteerde aanbieders niet behandelen, omdat zij "
      "geen bestuursorgaan zijn.", footnotes=(
        "Bij de Jeugdwet hebben verschillende gemeenten de bevoegdheid van de ombudsman via de inkoopcontracten "
        "uitgebreid tot jeugdhulpaanbieders; zie paragraaf 3.4.",)),
    H2("2.3 De gehandicaptenparkeerkaart"),
    P("De gehandicaptenparkeerkaart is een Europees model parkeerkaart waarmee de houder onder meer op een "
      "algemene gehandicaptenparkeerplaats mag parkeren. De burgemeester en wethouders van de woongemeente geven de "
      "kaart af. De voorwaarden zijn landelijk geregeld door de minister van Infrastructuur en Waterstaat: de "
      "aanvrager moet een ziekte of aandoening hebben die ten minste zes maanden duurt en waardoor hij, met "
      "gebruik van hulpmiddelen, niet meer dan ongeveer honderd meter aaneengesloten kan lopen.", footnotes=(
        "Besluit administratieve bepalingen inzake het wegverkeer (BABW), artikel 49 en volgende, en de Regeling "
        "gehandicaptenparkeerkaart.",)),
    P("Voor de beoordeling laat de gemeente een medisch advies opstellen door een onafhankelijke keuringsarts, "
      "meestal via een extern keuringsbureau. De kaart wordt afgegeven voor ten hoogste vijf jaar. Daarna moet de "
      "houder een nieuwe aanvraag doen, ook als zijn beperking blijvend is. Voor de kaart en voor een "
      "gehandicaptenparkeerplaats op kenteken mag de gemeente leges heffen; de hoogte daarvan stelt de "
      "gemeenteraad vast."),
    H2("2.4 De rol van de gemeentelijke ombudsman"),
    P("De gemeentelijke ombudsman is onafhankelijk van het college en de raad. Hij onderzoekt klachten van "
      "inwoners en kan uit eigen beweging onderzoek doen. Zijn oordelen en aanbevelingen zijn niet bindend, maar "
      "worden in de praktijk meestal opgevolgd. Dit onderzoek is een eigen-initiatiefonderzoek van de "
      "samenwerkende ombudsvoorzieningen. Het Netwerk heeft geen eigen wettelijke status; zijn aanbevelingen aan het "
      "Rijk en de VNG hebben het karakter van een dringend verzoek."),
    H("3 Klachten over Wmo-ondersteuning"),
    H2("3.1 Omvang"),
    P("De 38 onderzochte gemeenten ontvingen in 2024 samen 1.874 klachten over Wmo-ondersteuning. Omgerekend is dat "
      "ruim één klacht per honderd inwoners met een Wmo-voorziening. Tabel 1 laat zien hoe de klachten en de "
      "behandelduur verschillen naar gemeentegrootte."),
    P("Tabel 1. Wmo-klachten in de onderzochte gemeenten, 2024", bold=True),
    Table(
        header=("Gemeentegrootte", "Gemeenten", "Klachten bij gemeente", "Doorgezet naar ombudsman",
                "Binnen zes weken afgehandeld"),
        rows=(
            ("minder dan 30.000 inwoners", "12", "211", "38", "54%"),
            ("30.000 tot 100.000 inwoners", "17", "702", "81", "66%"),
            ("100.000 inwoners of meer", "9", "961", "74", "71%"),
            ("Totaal", "38", "1.874", "193", "67%"),
        ),
        widths=(2.4, 1.2, 1.4, 1.5, 1.5),
        rules="grid",
    ),
    P("De cijfers zijn een ondergrens. Zes gemeenten registreren klachten over de Wmo niet afzonderlijk, en in "
      "veel gemeenten worden klachten die telefonisch naar tevredenheid worden opgelost niet vastgelegd. Uit de "
      "enquête blijkt bovendien dat ruim een derde van de inwoners die ontevreden waren, geen klacht heeft "
      "ingediend, vooral omdat zij dachten dat het toch niets zou uithalen of omdat zij bang waren dat hun "
      "ondersteuning erdoor in gevaar zou komen."),
    H2("3.2 Waar klachten over gaan"),
    P("De klachten in de dossiers gaan over uiteenlopende onderwerpen. De grootste groepen zijn:"),
    bullets(
        "de duur van de procedure, van melding tot besluit (31 procent);",
        "de bejegening en bereikbaarheid van de gemeente of de aanbieder (24 procent);",
        "de kwaliteit of de continuïteit van de geleverde ondersteuning, vooral huishoudelijke ondersteuning "
        "(22 procent);",
        "de uitkomst van het onderzoek, zoals een lagere indicatie dan verwacht (14 procent);",
        "overige onderwerpen, waaronder de eigen bijdrage en het hergebruik van hulpmiddelen (9 procent).",
    ),
    P("Opvallend is dat een deel van de klachten over de uitkomst in feite een bezwaar is. Inwoners die een klacht "
      "indienen over een afwijzing, worden door een aantal gemeenten correct gewezen op de bezwaarprocedure, maar "
      "in andere gemeenten blijft de klacht liggen totdat de bezwaartermijn is verstreken. Omgekeerd worden klachten "
      "over bejegening soms als bezwaar behandeld, waardoor de inwoner een formele hoorzitting krijgt terwijl hij "
      "vooral een gesprek wilde."),
    H2("3.3 Hoe gemeenten klachten behandelen"),
    P("Alle onderzochte gemeenten hebben een klachtenregeling. De regelingen verschillen sterk. Sommige gemeenten "
      "kennen een informele fase waarin een klachtbehandelaar de klager binnen enkele dagen belt; andere behandelen "
      "iedere klacht direct schriftelijk. In de dossiers zagen wij dat de klager maar in 26 procent van de gevallen "
      "werd gebeld of uitgenodigd voor een gesprek voordat de gemeente schriftelijk reageerde. Waar dat wel "
      "gebeurde, was de klager in ruim twee derde van de gevallen tevreden met de afloop."),
    P("Casus: de ontbrekende traplift", bold=True),
    P("Mevrouw K. (81) klaagde in maart 2024 dat de traplift die haar in januari was toegezegd, nog niet was "
      "geplaatst. Zij ontving na vier weken een ontvangstbevestiging en na elf weken een brief waarin stond dat de "
      "klacht ongegrond was, omdat de levertijd bij de aanbieder lag. Niemand had haar gebeld. Toen de ombudsman "
      "navraag deed, bleek dat de aanvraag bij de overdracht van de gemeente naar de aanbieder zoek was geraakt. De "
      "traplift werd binnen twee weken geplaatst. Mevrouw K. had in de tussentijd op de bank in de woonkamer "
      "geslapen."),
    P("Het verbeteren van de dienstverlening op basis van klachten gebeurt weinig systematisch. In slechts negen van "
      "de 38 gemeenten bespreekt het management periodiek een overzicht van klachten over de Wmo, en in vier "
      "gemeenten komt zo'n overzicht in de gemeenteraad. Klachtbehandelaars gaven aan dat terugkerende knelpunten "
      "wel bekend zijn, maar dat niemand verantwoordelijk is voor het oplossen ervan. Landelijk ontbreekt elk "
      "overzicht: noch het Rijk, noch de VNG weet hoeveel klachten er over de Wmo zijn en waarover zij gaan."),
    H2("3.4 Klachten over aanbieders"),
    P("Ongeveer een op de vijf klachten in de dossiers ging in de kern over de aanbieder en niet over de gemeente. "
      "Gemeenten verwezen de klager in die gevallen vrijwel altijd door naar de aanbieder. Dat is formeel juist, "
      "maar voor de inwoner onbevredigend: hij heeft zijn ondersteuning van de gemeente gekregen, kent de aanbieder "
      "vaak niet goed en weet niet dat die een eigen klachtenregeling heeft. Van de inwoners in de enquête die "
      "een klacht over een aanbieder hadden, wist 58 procent niet waar zij die konden indienen."),
    P("Casus: heen en weer", bold=True),
    P("De heer D. (54), die na een herseninfarct begeleiding kreeg, klaagde bij de gemeente over het steeds wisselen "
      "van begeleiders. De gemeente verwees hem naar de aanbieder. De aanbieder antwoordde dat het aantal uren dat de "
      "gemeente had toegekend geen vaste begeleider toeliet, en verwees terug naar de gemeente. Na drie maanden en "
      "zes brieven diende de heer D. een klacht in bij de ombudsman, die alleen het deel over de gemeente kon "
      "onderzoeken."),
    P("Bij de Jeugdwet hebben enkele regio's in de inkoopcontracten vastgelegd dat jeugdhulpaanbieders "
      "meewerken aan onderzoek door de gemeentelijke ombudsman. De ervaringen daarmee zijn volgens de betrokken "
      "ombudsmannen positief: de klager hoeft zijn verhaal maar één keer te doen, en de gemeente leert mee van wat "
      "er bij de aanbieder misgaat. Voor de Wmo bestaat zo'n constructie nergens."),
    H2("3.5 Tussenconclusie"),
    P("Gemeenten behandelen klachten over de Wmo te veel als een juridische procedure en te weinig als een kans om "
      "een probleem op te lossen. Een snel persoonlijk contact ontbreekt vaak, de termijnen worden geregeld "
      "overschreden en de lessen uit klachten blijven hangen bij de klachtbehandelaar. Klachten over aanbieders "
      "vallen tussen wal en schip, en niemand heeft een landelijk beeld."),
    H("4 Toegang, informatie en cliëntondersteuning"),
    H2("4.1 Het keukentafelgesprek en het verslag"),
    P("Het gesprek tussen de inwoner en de Wmo-consulent is de kern van de toegang tot ondersteuning. In dat "
      "gesprek wordt vastgesteld wat de inwoner nodig heeft en wat hij zelf of met hulp van zijn omgeving kan. De "
      "inwoners in de enquête waren over het gesprek zelf overwegend positief. Over het verslag waren zij dat veel "
      "minder."),
    P("In 23 van de 38 gemeenten ontvangt de inwoner het verslag pas samen met het besluit. Wie dan ontdekt dat het "
      "verslag onjuist is, bijvoorbeeld omdat de hulp van een buurvrouw als structureel is beschreven terwijl die "
      "eenmalig was, kan dat alleen nog in bezwaar rechtzetten. In vijf gemeenten kregen inwoners het verslag alleen "
      "op verzoek. Consulenten noemden tijdsdruk als voornaamste reden: het verslag wordt vaak pas geschreven als "
      "het besluit al voorligt."),
    H2("4.2 De beschikking"),
    P("De beschikkingen die wij bestudeerden, waren juridisch meestal in orde, maar voor veel inwoners slecht "
      "leesbaar. In 31 van de 38 gemeenten vermeldde de beschikking niet waar de inwoner terecht kon voor hulp of "
      "uitleg, en in 34 gemeenten ontbrak een verwijzing naar de klachtenregeling; alleen de bezwaarmogelijkheid "
      "werd genoemd, zoals de wet voorschrijft."),
    H2("4.3 Onafhankelijke cliëntondersteuning"),
    P("Gemeenten moeten zorgen dat inwoners gratis gebruik kunnen maken van onafhankelijke cliëntondersteuning. "
      "Toch kent maar 29 procent van de respondenten deze mogelijkheid, en maar 9 procent heeft er gebruik van "
      "gemaakt. Waar cliëntondersteuning wel werd ingezet, verliepen gesprek en besluitvorming aantoonbaar beter: "
      "er waren minder bezwaren en de inwoners waren vaker tevreden."),
    P("Gemeenten besteden zeer verschillende bedragen aan cliëntondersteuning, van ongeveer twee tot ruim elf euro "
      "per inwoner. Het budget maakt deel uit van de algemene uitkering uit het gemeentefonds en is niet "
      "geoormerkt. Meerdere organisaties voor cliëntondersteuning vertelden ons dat hun subsidie de afgelopen jaren "
      "is verlaagd omdat de gemeente elders moest bezuinigen.", footnotes=(
        "Berekend op basis van de begrotingen 2024 van de onderzochte gemeenten; het gaat om de uitgaven aan "
        "cliëntondersteuning die afzonderlijk herkenbaar zijn.",)),
    H2("4.4 Na een afwijzing"),
    P("Inwoners van wie de aanvraag wordt afgewezen, kunnen bezwaar maken. In de bezwaarprocedure wordt het besluit "
      "heroverwogen, vaak door dezelfde afdeling die het nam. Inwoners ervaren dat niet als een onafhankelijke "
      "toets. Een aantal gemeenten biedt in bezwaar een tweede medisch of ergotherapeutisch advies door een andere "
      "adviseur aan. Waar dat gebeurde, werd het besluit in ongeveer een op de vijf zaken aangepast. Een recht op "
      "zo'n second opinion bestaat niet; het hangt af van de gemeente."),
    H2("4.5 Tussenconclusie"),
    P("De toegang tot de Wmo staat of valt met goede informatie. Inwoners krijgen hun verslag te laat, weten niet "
      "dat zij hulp kunnen krijgen van een cliëntondersteuner en staan na een afwijzing met lege handen. Dat leidt "
      "tot klachten en bezwaren die voorkomen hadden kunnen worden."),
    H("5 De gehandicaptenparkeerkaart"),
    H2("5.1 Aanvraag en keuring"),
    P("De 97 dossiers over de gehandicaptenparkeerkaart gaan vooral over de duur van de procedure en de uitkomst "
      "van de medische keuring. Tabel 2 geeft de doorlooptijden weer in de gemeenten waarvan wij volledige gegevens "
      "ontvingen."),
    P("Tabel 2. Doorlooptijden aanvraag gehandicaptenparkeerkaart (kalenderdagen), 2024", bold=True),
    Table(
        header=("Fase", "Mediaan", "Kortste gemeente", "Langste gemeente"),
        rows=(
            ("Aanvraag tot uitnodiging keuring", "16", "4", "49"),
            ("Uitnodiging tot medisch advies", "21", "7", "63"),
            ("Medisch advies tot besluit", "9", "2", "34"),
            ("Totaal", "46", "15", "131"),
        ),
        widths=(3.0, 1.2, 1.6, 1.6),
        rules="rows",
    ),
    P("Een deel van de vertraging ontstaat bij de keuringsbureaus, die met een tekort aan artsen kampen. Een ander "
      "deel ontstaat doordat de gemeente de aanvraag pas na betaling van de leges in behandeling neemt, of het "
      "medisch advies pas doorstuurt na een interne controle."),
    H2("5.2 Verschillen in beoordeling"),
    P("De keuringsartsen beoordelen de loopafstand, de noodzaak van begeleiding en de duur van de beperking. Zij "
      "doen dat op basis van een gesprek, soms een lichamelijk onderzoek en soms informatie van de behandelaar. Een "
      "landelijk beoordelingskader is er niet. In de dossiers troffen wij vergelijkbare situaties aan die in de ene "
      "gemeente tot een kaart leidden en in de andere niet. Vooral bij aandoeningen die wisselend verlopen, zoals "
      "MS, COPD en reuma, liepen de beoordelingen uiteen."),
    P("Inwoners die ook een Wmo-vervoersvoorziening aanvragen, bijvoorbeeld een scootmobiel of regiotaxi, worden in "
      "veel gemeenten twee keer beoordeeld: eenmaal door de Wmo-consulent of een ergotherapeut, eenmaal door de "
      "keuringsarts voor de kaart. Zij moeten dan twee keer hetzelfde verhaal doen en soms twee keer medische "
      "informatie aanleveren."),
    H2("5.3 Herkeuring bij blijvende beperking"),
    P("De kaart is ten hoogste vijf jaar geldig. Mensen van wie de beperking vaststaat en niet meer zal verbeteren, "
      "bijvoorbeeld na een amputatie of bij een dwarslaesie, moeten na afloop een nieuwe kaart aanvragen. De meeste "
      "gemeenten keuren hen dan opnieuw, al is dat niet verplicht. Uit de enquête blijkt hoe zwaar dit wordt "
      "ervaren: 'Mijn been is niet teruggegroeid', schreef een respondent. Verschillende gemeenten gaven aan dat zij "
      "een kaart zonder einddatum zouden willen afgeven, maar dat de landelijke regels dat niet toelaten."),
    H2("5.4 Leges"),
    P("De leges voor een gehandicaptenparkeerkaart liepen in de onderzochte gemeenten in 2024 uiteen van nul tot "
      "183 euro, voor een gehandicaptenparkeerplaats op kenteken van nul tot ruim 420 euro. Negen gemeenten "
      "heffen geen leges. Voor inwoners met een laag inkomen, onder wie veel chronisch zieken, zijn de hoge bedragen "
      "een reden om af te zien van een aanvraag. De verschillen zijn moeilijk te verklaren uit de kosten: de "
      "keuring zelf kost gemeenten tussen 60 en 110 euro."),
    H2("5.5 Tussenconclusie"),
    P("De gehandicaptenparkeerkaart is voor veel mensen een voorwaarde om zelfstandig te blijven. De procedure "
      "duurt lang, de beoordeling verschilt per gemeente, mensen met een blijvende beperking worden steeds opnieuw "
      "gekeurd en de kosten lopen sterk uiteen. Voor een landelijk geregelde voorziening zijn de verschillen groot."),
    H("6 Conclusies"),
    P("Het Netwerk concludeert dat gemeenten zich in de meeste gevallen aan de formele regels voor "
      "klachtbehandeling houden, maar dat zij daarmee niet bereiken wat klachtbehandeling zou moeten opleveren: een "
      "opgelost probleem voor de inwoner en een betere uitvoering voor de volgende. De belangrijkste oorzaken zijn:"),
    bullets(
        "klachtbehandeling is ingericht als schriftelijke procedure en niet als gesprek;",
        "lessen uit klachten worden niet verzameld, niet besproken en niet gedeeld;",
        "de verantwoordelijkheid voor klachten over aanbieders is onduidelijk verdeeld;",
        "inwoners worden onvoldoende geïnformeerd over hun rechten en over de hulp die zij kunnen krijgen;",
        "landelijke regels voor de gehandicaptenparkeerkaart leiden tot onnodige herkeuringen en laten te veel "
        "ruimte voor verschillen.",
        style="–",
    ),
    P("Deze oorzaken liggen voor een deel bij de gemeenten zelf, en voor een deel bij het Rijk, dat de wettelijke "
      "kaders vaststelt en het gemeentefonds vult. De aanbevelingen in het volgende hoofdstuk richten zich daarom op "
      "beide."),
    PageBreak(),
    H("7 Aanbevelingen"),
    P("Op grond van zijn bevindingen doet het Netwerk veertien aanbevelingen. Achter iedere aanbeveling staat tussen "
      "haakjes aan wie zij is gericht. Aanbevelingen aan de gemeenten zijn gericht aan de colleges van burgemeester "
      "en wethouders; de Vereniging van Nederlandse Gemeenten vragen wij om hen daarbij te ondersteunen."),
    H2("Klachtbehandeling"),
    recs(1,
         ("Stel een model-klachtenregeling Wmo op die voorziet in een informele eerste fase, een vaste contactpersoon "
          "voor de klager en heldere afspraken over klachten die zowel de gemeente als de zorgaanbieder betreffen "
          "(VNG)", ("GEMEENTEN",)),
         ("Neem binnen vijf werkdagen na ontvangst van een klacht over de Wmo telefonisch of persoonlijk contact op "
          "met de klager, om te bespreken wat hij verwacht en of de klacht informeel kan worden opgelost "
          "(gemeenten)", ("GEMEENTEN",)),
         ("Maak jaarlijks openbaar hoeveel klachten over Wmo-ondersteuning zijn ontvangen, waarover zij gingen, hoe "
          "lang de behandeling duurde en wat met de uitkomsten is gedaan, en bespreek dat overzicht met de "
          "gemeenteraad en de adviesraad sociaal domein (gemeenten)", ("GEMEENTEN",)),
         ("Leg in de Wmo 2015 vast dat een inwoner een klacht over een door de gemeente gecontracteerde aanbieder "
          "ook bij de gemeente kan indienen, en dat de gemeente er dan voor zorgt dat de klacht wordt behandeld "
          "(VWS)", ("VWS",)),
         ("Onderzoek of de gemeentelijke ombudsman bevoegd kan worden gemaakt om klachten over gecontracteerde "
          "Wmo-aanbieders te behandelen nadat de klachtenregeling van de aanbieder is doorlopen, en betrek daarbij "
          "de ervaringen met de Jeugdwet (VWS)", ("VWS",)),
         ("Ontwikkel een landelijke monitor van Wmo-klachten, gebaseerd op een beperkte set gegevens die iedere "
          "gemeente aanlevert, zodat knelpunten in de uitvoering tijdig zichtbaar worden (VWS en VNG)",
          ("VWS", "GEMEENTEN")),
         ),
    H2("Toegang, informatie en cliëntondersteuning"),
    recs(7,
         ("Stuur de inwoner het verslag van het keukentafelgesprek voordat een besluit wordt genomen, en geef hem ten "
          "minste vijf werkdagen om het verslag aan te vullen of te corrigeren (gemeenten)", ("GEMEENTEN",)),
         ("Schrijf in het Uitvoeringsbesluit Wmo 2015 voor dat iedere beschikking over een maatwerkvoorziening "
          "vermeldt waar de inwoner terecht kan voor gratis onafhankelijke cliëntondersteuning en hoe hij een klacht "
          "kan indienen (VWS)", ("VWS",)),
         ("Verhoog het budget voor onafhankelijke cliëntondersteuning en stel het via een specifieke uitkering aan "
          "gemeenten beschikbaar, zodat het niet opgaat aan andere taken (VWS)", ("VWS",)),
         ("Geef inwoners van wie de aanvraag voor een maatwerkvoorziening geheel of gedeeltelijk wordt afgewezen, een "
          "wettelijk recht op een onafhankelijke second opinion op kosten van de gemeente (VWS)", ("VWS",)),
         ),
    H2("Gehandicaptenparkeerkaart"),
    recs(11,
         ("Stel een landelijk beoordelingskader op voor de medische keuring voor de gehandicaptenparkeerkaart, zodat "
          "keuringsartsen in alle gemeenten dezelfde maatstaf hanteren, en maak dat kader openbaar (IenW)",
          ("IenW",)),
         ("Maak het mogelijk de gehandicaptenparkeerkaart zonder einddatum af te geven aan mensen van wie vaststaat "
          "dat hun beperking blijvend is of toeneemt, en pas de Regeling gehandicaptenparkeerkaart daarop aan "
          "(IenW)", ("IenW",)),
         ("Laat de medische beoordeling voor de gehandicaptenparkeerkaart en voor een Wmo-vervoersvoorziening in één "
          "keuring plaatsvinden wanneer een inwoner beide aanvraagt, en gebruik bestaande medische gegevens waar dat "
          "mag (gemeenten)", ("GEMEENTEN",)),
         ("Stel een wettelijk maximum vast voor de leges die gemeenten in rekening mogen brengen voor de aanvraag van "
          "een gehandicaptenparkeerkaart en een gehandicaptenparkeerplaats (IenW)", ("IenW",)),
         ),
    P("Het Netwerk zal over twee jaar nagaan wat er met deze aanbevelingen is gedaan en daarover openbaar "
      "rapporteren. De aangesloten ombudsvoorzieningen zullen de aanbevelingen aan de gemeenten bovendien bespreken "
      "in hun jaarlijkse overleg met de colleges."),
    PageBreak(),
    H("Bijlage 1 Deelnemende ombudsvoorzieningen"),
    P("Aan dit onderzoek namen de volgende ombudsvoorzieningen deel (fictieve regio-aanduidingen):"),
    bullets(
        "Ombudsman Rivierenland-West (acht gemeenten);",
        "Ombudscommissie Kop van het Noorden (zes gemeenten);",
        "Gemeentelijke Ombudsman Stedendriehoek-Zuid (vijf gemeenten);",
        "Ombudsman Veenkoloniën en Kanaalstreek (zeven gemeenten);",
        "Ombudsfunctie Heuvelland-Oost (vier gemeenten);",
        "Ombudsman Kustgemeenten Zeeland-Noord (zes gemeenten);",
        "de ombudsmannen van twee grote steden en hun randgemeenten (twee gemeenten).",
    ),
    H("Bijlage 2 Begrippen"),
    bullets(
        "Maatwerkvoorziening: een op de persoon toegesneden voorziening onder de Wmo 2015, zoals begeleiding, "
        "huishoudelijke ondersteuning, een woningaanpassing of een rolstoel.",
        "Keukentafelgesprek: het gesprek tussen de inwoner en de gemeente waarin wordt onderzocht welke "
        "ondersteuning nodig is.",
        "Cliëntondersteuning: gratis, onafhankelijke informatie, advies en hulp bij het vinden van ondersteuning.",
        "Gehandicaptenparkeerkaart (GPK): de Europese parkeerkaart voor mensen met een loopbeperking, als "
        "bestuurder of als passagier.",
        "Leges: de vergoeding die de gemeente vraagt voor het behandelen van een aanvraag.",
        style="–",
    ),
)

REPORT = Document(
    title="Gehoord, maar niet geholpen",
    subtitle="Onderzoek naar de behandeling van klachten over Wmo-ondersteuning en de gehandicaptenparkeerkaart in "
             "38 gemeenten",
    blocks=REPORT_BLOCKS,
    running_header="Landelijk Netwerk Gemeentelijke Ombudsmannen  |  Gehoord, maar niet geholpen  |  juni 2025",
    footer="{page}",
    font_family="sans",
    font_size=10.5,
    imprint=("Landelijk Netwerk Gemeentelijke Ombudsmannen", "Rapport LNGO 2025/02", "Utrecht, juni 2025"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV4 = "Deze aanbeveling neem ik over."
EV5 = ("Ik laat daarom onderzoeken of en onder welke voorwaarden de gemeentelijke ombudsman bevoegd kan worden "
       "gemaakt voor klachten over gecontracteerde Wmo-aanbieders, en betrek daarbij nadrukkelijk de ervaringen met "
       "de Jeugdwet; de uitkomsten van dat onderzoek stuur ik u vóór 1 juli 2026.")
EV1 = ("Ik heb met de VNG afgesproken dat zij vóór 1 april 2026 een model-klachtenregeling Wmo publiceert met een "
       "informele eerste fase, een vaste contactpersoon voor iedere klager en afspraken over klachten die zowel de "
       "gemeente als de aanbieder raken; VWS draagt 300.000 euro bij aan de ontwikkeling en invoering ervan.")
EV3 = ("Ik zie geen aanleiding om gemeenten te vragen daarnaast een apart jaarlijks overzicht van klachten over de "
       "Wmo op te stellen en te publiceren.")
EV6 = ("Een landelijke monitor waaraan alle gemeenten verplicht gegevens aanleveren, richt ik op dit moment niet "
       "in; wel start ik in 2026 samen met de VNG een proef met twaalf gemeenten die op vrijwillige basis een kleine "
       "set klachtgegevens bijhouden.")
EV7 = "Ik onderschrijf aanbeveling 7."
EV8 = ("Met ingang van 1 juli 2026 schrijft het Uitvoeringsbesluit Wmo 2015 voor dat iedere beschikking over een "
       "maatwerkvoorziening de contactgegevens van de onafhankelijke cliëntondersteuning in de gemeente en een "
       "verwijzing naar de klachtenregeling bevat.")
EV9 = ("Ik verhoog het budget voor onafhankelijke cliëntondersteuning in het gemeentefonds vanaf 2026 structureel "
       "met 20 miljoen euro, maar een specifieke uitkering past niet bij de beleidsvrijheid die gemeenten onder de "
       "Wmo 2015 hebben.")
EV10 = "Aanbeveling 10 neem ik niet over."
EV11 = "De minister van Infrastructuur en Waterstaat neemt aanbeveling 11 over."
EV13 = ("De minister van Infrastructuur en Waterstaat en ik willen daarom eerst in een proef met vijf gemeenten, die "
        "in het voorjaar van 2026 start, verkennen of een gecombineerde keuring uitvoerbaar is en welke medische "
        "gegevens daarvoor mogen worden gedeeld.")
EV14 = "Een wettelijk maximum voor deze leges acht het kabinet niet opportuun."

RESPONSE_BLOCKS = (
    P("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal, Postbus 20018, 2500 EA Den Haag"),
    P("Datum: 18 november 2025"),
    P("Kenmerk: 4187320-1092214-DMO"),
    P("Betreft: Verzamelbrief Wmo, najaar 2025"),
    P("Geachte voorzitter,"),
    P("Met deze verzamelbrief informeer ik uw Kamer over een aantal onderwerpen op het terrein van de Wet "
      "maatschappelijke ondersteuning 2015 (Wmo 2015). In paragraaf 1 ga ik in op de stand van zaken rond het "
      "Wmo-abonnementstarief. In paragraaf 2 reageer ik, voor zover het de gehandicaptenparkeerkaart betreft mede "
      "namens de minister van Infrastructuur en Waterstaat, op het rapport 'Gehoord, maar niet geholpen' van het "
      "Landelijk Netwerk Gemeentelijke Ombudsmannen. Paragraaf 3 beschrijft de voortgang van het programma Langer "
      "Thuis. In paragraaf 4 doe ik een aantal toezeggingen gestand die ik in eerdere debatten met uw Kamer heb "
      "gedaan."),
    H2("1. Stand van zaken Wmo-abonnementstarief"),
    P("Sinds 2020 betalen inwoners voor een maatwerkvoorziening of een algemene voorziening met een duurzame "
      "hulpverleningsrelatie een vaste eigen bijdrage van ten hoogste het abonnementstarief, ongeacht hun inkomen "
      "en vermogen. Voor 2026 bedraagt dat tarief 21,80 euro per maand. Het abonnementstarief heeft de "
      "stapeling van zorgkosten beperkt, maar heeft ook geleid tot een groter beroep op huishoudelijke "
      "ondersteuning door inwoners die deze ondersteuning zelf hadden kunnen regelen en betalen."),
    P("Het wetsvoorstel dat de eigen bijdrage voor huishoudelijke ondersteuning weer inkomensafhankelijk maakt, is "
      "op 9 september 2025 bij uw Kamer ingediend. Het CAK heeft in zijn uitvoeringstoets aangegeven dat invoering "
      "per 1 januari 2027 haalbaar is, mits de wet uiterlijk 1 juli 2026 in het Staatsblad staat. Ik zeg toe dat ik "
      "uw Kamer vóór de plenaire behandeling een geactualiseerde uitvoeringstoets van het CAK stuur, zodat u de "
      "gevolgen voor de invoeringsdatum kunt betrekken bij uw oordeel."),
    P("In de evaluatie van het abonnementstarief die ik u in juni toezond, wordt aanbevolen om voor inwoners met "
      "een inkomen tot 130 procent van het sociaal minimum de eigen bijdrage op nul te stellen. Die aanbeveling "
      "neem ik over: ik regel dit in de lagere regelgeving bij het wetsvoorstel."),
    P("De VNG heeft gevraagd om gemeenten ook na 2027 te compenseren voor de extra vraag naar huishoudelijke "
      "ondersteuning die sinds 2020 is ontstaan. Dat verzoek neem ik niet over. De compensatie is bij de invoering "
      "van het abonnementstarief tot en met 2027 afgesproken, en met de inkomensafhankelijke bijdrage verwacht ik "
      "dat de extra vraag vanaf dat jaar afneemt. Ik blijf de ontwikkeling van de uitgaven wel volgen in het "
      "periodieke overleg met de VNG over het gemeentefonds."),
    H2("2. Reactie op het rapport van de ombudsman"),
    P("Op 24 juni 2025 bood het Landelijk Netwerk Gemeentelijke Ombudsmannen mij het rapport 'Gehoord, maar niet "
      "geholpen' aan. Het Netwerk heeft de behandeling van klachten over Wmo-ondersteuning en over de "
      "gehandicaptenparkeerkaart in 38 gemeenten onderzocht en doet veertien aanbevelingen, gericht aan mij, aan de "
      "minister van Infrastructuur en Waterstaat, aan de VNG en aan gemeenten. Ik dank het Netwerk voor dit "
      "zorgvuldige onderzoek. Het is bijzonder dat ombudsvoorzieningen uit het hele land de handen ineen hebben "
      "geslagen en daarmee patronen zichtbaar maken die in afzonderlijke jaarverslagen verborgen blijven."),
    P("Ik herken het beeld dat het Netwerk schetst. Ook uit de cliëntervaringsonderzoeken die gemeenten jaarlijks "
      "uitvoeren, blijkt dat inwoners die ontevreden zijn over hun ondersteuning lang niet altijd weten waar zij "
      "terecht kunnen, en dat zij de gemeente en de aanbieder vaak niet als afzonderlijke partijen zien. De casus "
      "van de mevrouw die maanden op haar traplift wachtte, laat zien wat er op het spel staat. Bij de "
      "voorbereiding van deze reactie heb ik gesproken met de VNG, Ieder(in), het Netwerk zelf en "
      "vertegenwoordigers van de aanbieders. Hieronder ga ik in op de aanbevelingen, in de volgorde van de drie "
      "thema's uit het rapport."),
    H3("Klachtbehandeling in de Wmo"),
    P("Aanbeveling 4 vraagt mij wettelijk vast te leggen dat een inwoner een klacht over een gecontracteerde "
      "aanbieder ook bij de gemeente kan indienen. Het rapport laat overtuigend zien dat inwoners nu van het kastje "
      "naar de muur worden gestuurd. " + EV4 + " In het wetsvoorstel versterking uitvoering Wmo, dat ik in het "
      "voorjaar van 2026 in internetconsultatie breng, neem ik een bepaling op die de gemeente verplicht zo'n klacht "
      "in ontvangst te nemen, de klager te informeren en erop toe te zien dat de aanbieder de klacht behandelt.",
      answers=(Answer("4", "agree", EV4),)),
    P("Het Netwerk vraagt verder om te onderzoeken of de gemeentelijke ombudsman ook klachten over aanbieders kan "
      "behandelen (aanbeveling 5). Dat raakt aan de vraag hoe ver de bevoegdheid van een ombudsman over private "
      "partijen kan reiken, een vraag die ik samen met de minister van Binnenlandse Zaken en Koninkrijksrelaties "
      "moet beantwoorden. " + EV5,
      answers=(Answer("5", "agree", EV5),)),
    P("Gemeenten verschillen sterk in de manier waarop zij klachten behandelen. Een gezamenlijk model kan hen helpen "
      "om klachtbehandeling meer als gesprek en minder als procedure in te richten. " + EV1 + " Gemeenten leggen over "
      "hun klachtbehandeling al verantwoording af aan de gemeenteraad, in het jaarverslag of in het jaarverslag van "
      "de ombudsman, en de adviesraden sociaal domein kunnen daarover zelf advies geven. " + EV3 + " De keuze om "
      "daarover meer te rapporteren laat ik aan de gemeenteraad.",
      answers=(Answer("1", "agree", EV1), Answer("3", "disagree", EV3))),
    P("Ik deel de constatering van het Netwerk dat landelijk geen beeld bestaat van het aantal en de aard van de "
      "klachten over de Wmo. Tegelijk wil ik gemeenten geen nieuwe registratielast opleggen zolang niet vaststaat "
      "welke gegevens werkelijk bruikbaar zijn. " + EV6 + " Na afloop van de proef, eind 2027, besluit ik samen "
      "met de VNG of een landelijke monitor zinvol is.",
      answers=(Answer("6", "partial", EV6),)),
    H3("Toegang, informatie en cliëntondersteuning"),
    P(EV7 + " Een inwoner moet kunnen nagaan of het verslag van het gesprek klopt voordat de gemeente daarop een "
      "besluit baseert. Ik neem dit op in de handreiking voor het onderzoek onder de Wmo 2015, die de VNG en VWS in "
      "het eerste kwartaal van 2026 actualiseren, en vraag gemeenten via de VNG om hun werkwijze hierop aan te "
      "passen.",
      answers=(Answer("7", "agree", EV7),)),
    P("Aanbeveling 8 betreft de informatie in de beschikking. " + EV8 + " Het ontwerpbesluit is op 3 november 2025 "
      "in internetconsultatie gegaan. De VNG past haar modelbeschikking daarop aan.",
      answers=(Answer("8", "agree", EV8),)),
    P("Onafhankelijke cliëntondersteuning is een belangrijk instrument om inwoners te helpen hun weg te vinden. Het "
      "Netwerk laat zien dat de bekendheid ervan laag is en dat gemeenten er zeer verschillende bedragen aan "
      "besteden. Aanbeveling 9 vraagt om meer geld en om een specifieke uitkering. " + EV9 + " Gemeenten zijn het "
      "best in staat om de middelen in het sociaal domein af te stemmen op de lokale situatie. Ik zal de besteding "
      "van de extra middelen wel volgen via de jaarlijkse rapportage van het programma Cliëntondersteuning.",
      answers=(Answer("9", "partial", EV9),)),
    P("Ik begrijp dat inwoners na een afwijzing behoefte hebben aan een onafhankelijke blik, en ik zie ook dat een "
      "tweede advies in een deel van de zaken tot een ander besluit leidt. " + EV10 + " De bezwaarprocedure is er "
      "juist voor bedoeld om een besluit volledig te heroverwegen, en gemeenten kunnen daarbij nu al een externe "
      "adviseur of een onafhankelijke bezwaarcommissie inschakelen. Een afzonderlijk wettelijk recht op een second "
      "opinion zou een extra procedure naast bezwaar en beroep creëren, met hogere kosten en langere doorlooptijden.",
      answers=(Answer("10", "disagree", EV10),)),
    H3("Gehandicaptenparkeerkaart"),
    P("De regels voor de gehandicaptenparkeerkaart vallen onder de verantwoordelijkheid van de minister van "
      "Infrastructuur en Waterstaat; gemeenten voeren ze uit. Het onderzoek van het Netwerk bevestigt signalen die "
      "ook via de Kamer en via organisaties van mensen met een beperking naar voren zijn gekomen."),
    P(EV11 + " Zij stelt samen met de VNG, de beroepsvereniging van keuringsartsen en de keuringsbureaus een "
      "landelijk beoordelingskader op dat de criteria voor loopafstand, begeleiding en wisselende aandoeningen "
      "uitwerkt. Het kader wordt uiterlijk 1 september 2026 openbaar gemaakt en daarna jaarlijks geëvalueerd.",
      answers=(Answer("11", "agree", EV11),)),
    P("Het Netwerk signaleert dat inwoners die zowel een parkeerkaart als een Wmo-vervoersvoorziening aanvragen, "
      "soms twee keer worden beoordeeld. Dat is niet nodig als de vragen grotendeels overlappen. Tegelijk zijn de "
      "criteria niet gelijk, en mag medische informatie niet zonder meer voor een ander doel worden gebruikt. "
      + EV13,
      answers=(Answer("13", "partial", EV13),)),
    P("Over de leges merk ik het volgende op. Gemeenten mogen op grond van de Gemeentewet niet meer leges heffen "
      "dan de kosten die zij maken, en een aantal gemeenten heft voor de parkeerkaart helemaal geen leges. " + EV14
      + " Wel zal de minister van Infrastructuur en Waterstaat gemeenten via de VNG wijzen op de mogelijkheid om de "
      "leges voor inwoners met een laag inkomen te verlagen of kwijt te schelden.",
      answers=(Answer("14", "disagree", EV14),)),
    P("Het voorstel van het Netwerk om de gehandicaptenparkeerkaart zonder einddatum af te geven aan mensen met een "
      "blijvende beperking, raakt aan de handhaving en aan de Europese afspraken over het model van de kaart. Mijn "
      "collega van IenW zal u hierover separaat informeren."),
    H2("3. Voortgang programma Langer Thuis"),
    P("Het programma Langer Thuis heeft tot doel dat ouderen zo lang mogelijk zelfstandig en veilig thuis kunnen "
      "wonen. In de voortgangsrapportage van mei 2025 meldde ik dat sinds de start van het programma ruim 38.000 "
      "nultredenwoningen en geclusterde woonvormen voor ouderen zijn gerealiseerd. Het tempo blijft achter bij de "
      "ambitie van 290.000 extra woningen in 2030, vooral door de hoge bouwkosten en het gebrek aan geschikte "
      "locaties."),
    P("Ik stel in 2026 en 2027 samen 45 miljoen euro beschikbaar voor de stimuleringsregeling voor "
      "ontmoetingsruimten in geclusterde woonvormen. De regeling wordt verlengd tot en met 2028 en gaat op 1 maart "
      "2026 opnieuw open. Ook zeg ik toe dat ik uw Kamer in het voorjaar van 2026 informeer over de resultaten van "
      "de pilots met preventieve huisbezoeken bij 75-plussers in twaalf gemeenten."),
    P("Het lid Bouwhuis heeft tijdens het commissiedebat van 2 oktober 2025 voorgesteld een landelijke norm in te "
      "voeren voor de maximale wachttijd voor woningaanpassingen. Dat voorstel neem ik niet over. Wachttijden "
      "hangen sterk af van de beschikbaarheid van aannemers en installateurs, waar gemeenten weinig invloed op "
      "hebben, en een norm zou vooral tot meer administratie leiden. Ik verken wel met de VNG en Aedes hoe "
      "woningcorporaties en gemeenten woningaanpassingen vaker kunnen combineren met geplande renovaties."),
    P("Voor de ondersteuning van mantelzorgers van thuiswonende ouderen verwijs ik naar de brief over de "
      "mantelzorgagenda die ik u samen met de minister van Sociale Zaken en Werkgelegenheid voor het einde van het "
      "jaar stuur."),
    H2("4. Overige toezeggingen"),
    H3("Motie-Van Ommeren over de reistijden in het doelgroepenvervoer"),
    P("De motie van het lid Van Ommeren vraagt de regering om met gemeenten afspraken te maken over maximale "
      "reistijden in het Wmo-vervoer. Ik heb met de VNG afgesproken dat zij gemeenten adviseert om in nieuwe "
      "aanbestedingen vanaf 2026 een maximale omrijtijd van dertig minuten op te nemen. Daarmee beschouw ik de motie "
      "als uitgevoerd."),
    H3("Landelijk klachtenloket doelgroepenvervoer"),
    P("Tijdens het commissiedebat van 2 oktober 2025 vroeg het lid De Ruiter om een landelijk klachtenloket voor "
      "het doelgroepenvervoer in te richten. Dat verzoek neem ik niet over. Klachten over het vervoer horen "
      "thuis bij de vervoerder en, als die er niet uitkomt, bij de gemeente die het vervoer heeft ingekocht; een "
      "landelijk loket zou daar een extra laag aan toevoegen zonder dat de klacht sneller wordt opgelost. Ik vraag "
      "de VNG wel om gemeenten te wijzen op het belang van één duidelijk loket per regio."),
    H3("Hergebruik van hulpmiddelen"),
    P("Ik zegde uw Kamer toe te onderzoeken hoe het hergebruik van Wmo-hulpmiddelen, zoals rolstoelen en "
      "scootmobielen, kan worden vergroot. Het onderzoek is afgerond en gaat als bijlage bij deze brief. Op basis "
      "daarvan stel ik in 2026 1,5 miljoen euro beschikbaar voor regionale hergebruikpunten in vier regio's, waar "
      "gemeenten hulpmiddelen gezamenlijk inzamelen, reviseren en opnieuw uitgeven."),
    H3("Tot slot"),
    P("Ik vertrouw erop u met deze brief voldoende te hebben geïnformeerd. Over de voortgang van de toezeggingen in "
      "deze brief informeer ik u in de volgende verzamelbrief Wmo, in het voorjaar van 2026."),
    P("De staatssecretaris van Volksgezondheid, Welzijn en Sport,"),
    P("mr. J.M. van Dalsum-Kroes"),
)

RESPONSE = Document(
    title="VERZAMELBRIEF WMO",
    subtitle="Brief van de staatssecretaris van Volksgezondheid, Welzijn en Sport aan de Tweede Kamer  |  "
             "Ministerie van Volksgezondheid, Welzijn en Sport, Directie Maatschappelijke Ondersteuning",
    blocks=RESPONSE_BLOCKS,
    running_header="Verzamelbrief Wmo, najaar 2025  |  Kenmerk 4187320-1092214-DMO",
    footer="Pagina {page} van {pages}",
    font_family="serif",
    font_size=10.5,
    title_page=False,
)

PAIR = Pair(
    name="collective_letter_ombudsman",
    report=REPORT,
    response=RESPONSE,
    description="Landelijk Netwerk Gemeentelijke Ombudsmannen report on Wmo complaints and the disabled parking card "
                "(14 recommendations, addressee in brackets at the end) answered only in section 2 of a four-section "
                "'Verzamelbrief Wmo' whose other sections hold unrelated commitments and refusals; 2 not mentioned, "
                "12 passed to the minister of IenW.",
)
