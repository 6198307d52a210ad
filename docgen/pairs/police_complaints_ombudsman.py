"""Pair: a Nationale ombudsman report on how the police handle complaints from citizens, and the minister's answer.

Layout traits this pair tests: a sans-serif report with "Conclusies en aanbevelingen" up front; the sixteen
recommendations are bulleted ("•") without printed numbers, in three lists under bold lead-ins that name the
addressee (the minister of Justitie en Veiligheid, the korpschef of the Nationale Politie, the burgemeesters); the
gold numbers them 1-16 in printed order.  The rest of the report holds bulleted lists that are not recommendations
(research questions, method), a two-column block on how the complaint procedure works, quotes from complainants,
footnotes, a figures table and an annex table.

The response is a letter from the minister of Justitie en Veiligheid to the Nationale ombudsman (no title page),
written on behalf of the korpschef as well.  It answers under short headings that paraphrase the recommendations,
never by number and in another order than the report.  Four recommendations to the korpschef are answered together
in a dash list; docgen does not allow ``Answer`` annotations on list items, so each dash item is a short paragraph
that starts with "–".  The letter agrees without cue words (a date, a course, a publication), agrees with "Ik ben
het met u eens dat ... en zal daarom ...", and with an 'already done' practice that the korpschef commits to keep
and report on; refuses politely on the ground that the complaint procedure is the korpschef's own and independent,
refuses by "voegt naar mijn oordeel weinig toe" pointing to existing help, and refuses in a dash item; adopts
partly (one-off money with the structural decision postponed, a pilot in two units, formal handling as a default
without excluding informal settlement, one part done and the other studied); answers recommendations 7 and 8 in
one paragraph with different positions; only describes existing practice for 'leren van klachten'
(not_addressed); and passes the recommendation to the burgemeesters on to the Nederlands Genootschap van
Burgemeesters without a position (not_addressed).  All prose is fictional and written for this test set.
"""
from __future__ import annotations

from docgen.model import (
    Answer,
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

H = Heading
P = Paragraph


def R(number: str, *departments: str) -> Recommendation:
    return Recommendation(number, tuple(departments))


def B(text: str) -> Paragraph:
    """A bold lead-in."""
    return Paragraph(text, bold=True)


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

RECS_MINISTER = ItemList(style="•", items=(
    ListItem("Stel een wettelijke maximumtermijn vast voor de volledige behandeling van een klacht over de politie, "
             "inclusief de fase bij de klachtadviescommissie, en neem daarbij de termijnen van de Algemene wet "
             "bestuursrecht als uitgangspunt.", recommendation=R("1", "JenV")),
    ListItem("Zorg ervoor dat de politie-eenheden structureel voldoende capaciteit hebben om klachten binnen die "
             "termijn te behandelen, en stel daarvoor zo nodig aanvullende middelen beschikbaar.",
             recommendation=R("2", "JenV")),
    ListItem("Breng het secretariaat en de benoeming van de klachtadviescommissies onder bij een organisatie buiten "
             "de politie, zodat de onafhankelijkheid van de commissies ook voor klagers zichtbaar is.",
             recommendation=R("3", "JenV")),
    ListItem("Zorg dat klagers die door een klachtadviescommissie worden gehoord, zich kosteloos kunnen laten "
             "bijstaan door een onafhankelijke klachtondersteuner.", recommendation=R("4", "JenV")),
    ListItem("Laat twee jaar na de publicatie van dit rapport onafhankelijk onderzoeken of de klachtbehandeling "
             "door de politie is verbeterd, en betrek daarbij de ervaringen van klagers.",
             recommendation=R("5", "JenV")),
))

RECS_KORPSCHEF = ItemList(style="•", items=(
    ListItem("Neem binnen vijf werkdagen na ontvangst van een klacht telefonisch of persoonlijk contact op met de "
             "klager om de klacht te bespreken en samen te bepalen hoe deze verder wordt behandeld.",
             recommendation=R("6", "JenV")),
    ListItem("Leg in een landelijke werkinstructie vast wanneer een klacht informeel kan worden afgehandeld, en "
             "bevestig de afspraken met de klager altijd schriftelijk, met de mededeling dat de klager de klacht "
             "alsnog formeel kan laten behandelen.", recommendation=R("7", "JenV")),
    ListItem("Behandel klachten over discriminatie en over geweldsaanwending altijd formeel, met advies van de "
             "klachtadviescommissie, en sluit informele afhandeling voor deze klachten uit.",
             recommendation=R("8", "JenV")),
    ListItem("Registreer alle klachten, ook mondelinge klachten aan de balie en klachten die informeel worden "
             "afgehandeld, in één landelijk registratiesysteem met eenduidige categorieën.",
             recommendation=R("9", "JenV")),
    ListItem("Publiceer jaarlijks per eenheid het aantal klachten, de doorlooptijden, het aandeel gegronde klachten "
             "en de maatregelen die naar aanleiding daarvan zijn genomen.", recommendation=R("10", "JenV")),
    ListItem("Zorg dat alle klachtbehandelaars zijn opgeleid in gespreksvoering en bemiddeling, en dat zij daarvoor "
             "tijd krijgen naast hun andere taken.", recommendation=R("11", "JenV")),
    ListItem("Zorg dat de behandeling van een klacht nooit in handen ligt van de directe leidinggevende van de "
             "medewerker over wie wordt geklaagd.", recommendation=R("12", "JenV")),
    ListItem("Maak het mogelijk om een klacht zonder DigiD digitaal in te dienen, en bied het klachtformulier en de "
             "belangrijkste informatie over de procedure ook aan in eenvoudige taal en in de meest gesproken talen "
             "naast het Nederlands.", recommendation=R("13", "JenV")),
    ListItem("Laat de klager na afloop schriftelijk en in begrijpelijke taal weten wat met de klacht is gedaan en "
             "welke maatregelen zijn genomen, ook als de klacht informeel is afgehandeld.",
             recommendation=R("14", "JenV")),
    ListItem("Bespreek gegronde klachten in de teams van de betrokken medewerkers en gebruik de klachtinformatie "
             "structureel in de sturing en het opleidingsaanbod van de eenheden.", recommendation=R("15", "JenV")),
))

RECS_BURGEMEESTERS = ItemList(style="•", items=(
    ListItem("Bespreek de klachtrapportage van de politie ten minste eenmaal per jaar in de lokale driehoek en "
             "informeer de gemeenteraad over de klachten over het politieoptreden in uw gemeente.",
             recommendation=R("16", "GEMEENTEN")),
))

PROCEDURE_COLUMNS = Columns(blocks=(
    H("Wie kan klagen?", 3),
    P("Iedereen kan een klacht indienen over de manier waarop een politiemedewerker zich in een bepaalde situatie "
      "heeft gedragen. De klacht moet binnen een jaar na de gebeurtenis worden ingediend. Dat kan schriftelijk, via "
      "het webformulier op de website van de politie of mondeling, bijvoorbeeld aan de balie van een politiebureau. "
      "Een mondelinge klacht moet volgens de regeling worden vastgelegd, ook als de klager geen prijs stelt op een "
      "formele behandeling."),
    H("De informele route", 3),
    P("Na ontvangst van de klacht beoordeelt een klachtbehandelaar van de eenheid of de klacht in een gesprek kan "
      "worden opgelost. Dat gesprek voert de klachtbehandelaar zelf of de leidinggevende van de medewerker over wie "
      "is geklaagd. Is de klager tevreden met de uitkomst, dan wordt de klacht als informeel afgehandeld "
      "geregistreerd en gesloten. De politie hoort dat de klager schriftelijk te bevestigen."),
    H("De formele route", 3),
    P("Lukt informele afhandeling niet, of kiest de klager daar niet voor, dan wordt de klacht formeel behandeld. In "
      "de meeste eenheden wordt een formele klacht voorgelegd aan een klachtadviescommissie. Elke eenheid heeft een "
      "of meer van die commissies. De leden zijn geen politiemedewerkers; het zijn vaak oud-rechters, advocaten of "
      "oud-bestuurders. De commissie hoort de klager en de betrokken medewerker en brengt advies uit."),
    H("Het oordeel", 3),
    P("De korpschef, of namens hem de politiechef van de eenheid, beslist over de klacht. Hij kan afwijken van het "
      "advies van de commissie, maar moet dat dan motiveren. De klager ontvangt een brief met het oordeel: gegrond, "
      "ongegrond of gedeeltelijk gegrond. Welke maatregelen de politie naar aanleiding van een gegronde klacht "
      "neemt, staat niet altijd in die brief."),
    H("En daarna?", 3),
    P("Is de klager het niet eens met de uitkomst, dan kan hij zich wenden tot de Nationale ombudsman. Die beoordeelt "
      "of de politie zich behoorlijk heeft gedragen, zowel bij de gebeurtenis zelf als bij de behandeling van de "
      "klacht. Het oordeel van de Ombudsman is niet bindend, maar wordt door de politie in de regel gevolgd."),
))

FIGURES_TABLE = Table(
    header=("Jaar", "Ontvangen klachten", "Informeel afgehandeld", "Voorgelegd aan commissie",
            "Gem. doorlooptijd formeel (weken)"),
    rows=(
        ("2021", "11.040", "7.290", "2.180", "13"),
        ("2022", "11.870", "7.720", "2.350", "14"),
        ("2023", "12.910", "8.260", "2.610", "16"),
        ("2024", "13.640", "8.870", "2.790", "17"),
    ),
    widths=(0.7, 1.0, 1.0, 1.0, 1.3),
    rules="rows",
)

ANNEX_TABLE = Table(
    header=("Eenheid", "Dossiers", "Informeel afgehandeld", "Formeel behandeld", "Gem. doorlooptijd formeel (weken)"),
    rows=(
        ("Noord-Holland", "104", "70", "34", "15"),
        ("Den Haag", "112", "71", "41", "19"),
        ("Oost-Nederland", "108", "74", "34", "14"),
        ("Limburg", "88", "56", "32", "20"),
        ("Totaal", "412", "271", "141", "17"),
    ),
    widths=(1.3, 0.8, 1.0, 1.0, 1.3),
)

REPORT_BLOCKS = (
    H("Voorwoord"),
    P("Wie een klacht indient over de politie, doet dat zelden lichtvaardig. Vaak gaat er een ingrijpende ervaring "
      "aan vooraf: een aanhouding die als vernederend werd ervaren, een aangifte die niet werd opgenomen, een agent "
      "die niet luisterde. Een klacht is dan een poging om alsnog gehoord te worden. Voor de politie is diezelfde "
      "klacht een kans om te laten zien dat zij bereid is naar zichzelf te kijken en te leren van wat er misging."),
    P("In dit onderzoek heb ik gekeken hoe de politie met die kans omgaat. Ik zie veel goede wil bij "
      "klachtbehandelaars en bij de leden van de klachtadviescommissies. Tegelijk zie ik een procedure die voor "
      "burgers moeilijk te vinden is, die te lang duurt en waarvan de uitkomst voor klagers vaak onduidelijk blijft. "
      "Klagers haken af, niet omdat hun klacht is opgelost, maar omdat zij de moed verliezen."),
    P("Ik doe in dit rapport aanbevelingen aan de minister van Justitie en Veiligheid, aan de korpschef van de "
      "Nationale Politie en aan de burgemeesters. Ik vraag hen de klachtbehandeling niet te zien als een "
      "administratieve verplichting, maar als een onderdeel van het vertrouwen tussen politie en samenleving. Ik "
      "dank alle klagers die ons hun verhaal hebben verteld, en de medewerkers van de politie die ons openhartig "
      "inzage gaven in hun werk."),
    P("De Nationale ombudsman"),
    PageBreak(),
    H("Conclusies en aanbevelingen"),
    H("Wat wij onderzochten", 2),
    P("De Nationale ombudsman ontvangt elk jaar ruim zevenhonderd klachten over de politie. Bij de meeste daarvan "
      "heeft de klager eerst de interne klachtprocedure van de politie doorlopen en is hij daarover ontevreden: niet "
      "alleen over de uitkomst, maar vaak ook over de manier waarop de klacht werd behandeld. Dat was voor ons "
      "aanleiding om de klachtbehandeling door de politie zelf te onderzoeken. Wij bestudeerden 412 klachtdossiers "
      "uit de eenheden Noord-Holland, Den Haag, Oost-Nederland en Limburg, spraken met 38 klagers, 27 "
      "klachtbehandelaars en leidinggevenden en 11 leden van klachtadviescommissies, en legden onze bevindingen "
      "naast de Politiewet 2012, de Regeling klachtbehandeling politie 2013 en de Algemene wet bestuursrecht."),
    H("Conclusies", 2),
    H("De weg naar een klacht is niet voor iedereen begaanbaar", 3),
    P("Wie wil klagen over de politie, moet eerst uitzoeken hoe dat kan. Het klachtformulier op de website van de "
      "politie is pas na inloggen met DigiD te gebruiken, wat mensen zonder DigiD en mensen die zich liever niet "
      "digitaal bij de politie identificeren afschrikt. Aan de balie van politiebureaus werden klagers in een kwart "
      "van de gevallen die wij onderzochten weggestuurd of doorverwezen naar de website. Informatie over de procedure "
      "is alleen beschikbaar in het Nederlands en het Engels en is voor veel mensen moeilijk te begrijpen."),
    H("Informele afhandeling helpt, als de klager weet waar hij aan toe is", 3),
    P("Ongeveer twee derde van de klachten wordt informeel afgehandeld, meestal in een gesprek tussen de klager en "
      "een klachtbehandelaar of de leidinggevende van de betrokken medewerker. Klagers waarderen dat gesprek vaak "
      "meer dan een formeel oordeel. Maar in bijna een derde van de informeel afgehandelde dossiers was niet "
      "vastgelegd wat met de klager was afgesproken, en veel klagers wisten niet dat hun klacht daarmee was "
      "afgesloten. Ook klachten over discriminatie en over geweld werden regelmatig informeel afgedaan, zonder dat "
      "bleek dat de klager bewust voor die route had gekozen."),
    H("Klagers wachten te lang", 3),
    P("Een klacht die formeel wordt behandeld, was in de onderzochte dossiers gemiddeld zeventien weken in "
      "behandeling; een op de vijf duurde langer dan zes maanden. De termijnen van de Algemene wet bestuursrecht "
      "worden daarmee ruim overschreden. De belangrijkste oorzaak is een tekort aan klachtbehandelaars en "
      "secretarissen, die de klachtbehandeling vaak naast ander werk doen. Klagers horen in die periode weinig en "
      "lezen het uitblijven van nieuws als onverschilligheid."),
    H("De klachtadviescommissie is onafhankelijk, maar wordt zo niet ervaren", 3),
    P("De leden van de klachtadviescommissies zijn geen politiemedewerkers en wij hebben geen aanwijzingen gevonden "
      "dat zij hun oordeel niet zelfstandig vormen. Voor klagers is dat echter moeilijk te zien. De hoorzitting vindt "
      "meestal plaats op een politiebureau, de secretaris van de commissie is een politiemedewerker en de uitnodiging "
      "komt op briefpapier van de politie. Klagers staan er bij de hoorzitting doorgaans alleen voor, terwijl de "
      "betrokken medewerker vaak wordt bijgestaan door een collega of een vakbondsvertegenwoordiger."),
    H("De politie leert te weinig van klachten", 3),
    P("De eenheden registreren klachten op verschillende manieren en mondelinge klachten aan de balie worden vrijwel "
      "nooit vastgelegd. Daardoor weet de politie niet hoeveel klachten zij werkelijk ontvangt en waarover die gaan. "
      "Gegronde klachten worden niet stelselmatig teruggekoppeld naar de teams. Ook de burgemeesters, die samen met "
      "de officier van justitie het gezag over de politie uitoefenen, krijgen zelden zicht op de klachten over het "
      "politieoptreden in hun gemeente."),
    H("Aanbevelingen", 2),
    P("Op basis van deze conclusies doet de Nationale ombudsman de volgende aanbevelingen. Wij vragen de minister, de "
      "korpschef en de burgemeesters om binnen drie maanden te laten weten wat zij met deze aanbevelingen doen."),
    B("Aan de minister van Justitie en Veiligheid:"),
    RECS_MINISTER,
    B("Aan de korpschef van de Nationale Politie:"),
    RECS_KORPSCHEF,
    B("Aan de burgemeesters:"),
    RECS_BURGEMEESTERS,
    PageBreak(),
    H("1 Aanleiding en aanpak"),
    H("1.1 Aanleiding", 2),
    P("Het vertrouwen van burgers in de politie is in Nederland relatief hoog, maar niet vanzelfsprekend. Uit eerder "
      "onderzoek blijkt dat ongeveer een op de vijf mensen die in de afgelopen twaalf maanden contact had met de "
      "politie, ontevreden was over de manier waarop hij werd behandeld. Een klein deel van hen dient een klacht in. "
      "In 2024 ontving de politie landelijk ruim 13.600 klachten, bijna een kwart meer dan in 2021."),
    P("Klachten over de politie gaan over uiteenlopende onderwerpen: een onheuse bejegening aan de telefoon of aan de "
      "balie, een aangifte die niet werd opgenomen, een verkeerscontrole die uit de hand liep, of het gebruik van "
      "geweld bij een aanhouding. De Politiewet 2012 bepaalt dat de korpschef verantwoordelijk is voor de "
      "behandeling van deze klachten. De uitwerking staat in de Regeling klachtbehandeling politie 2013 en in de "
      "algemene regels over klachtbehandeling in hoofdstuk 9 van de Algemene wet bestuursrecht.",
      footnotes=("Artikel 67 Politiewet 2012; Regeling klachtbehandeling politie 2013; artikelen 9:1 tot en met "
                 "9:18 Algemene wet bestuursrecht.",)),
    P("Wie het niet eens is met de afhandeling van zijn klacht door de politie, kan zich wenden tot de Nationale "
      "ombudsman. In de afgelopen drie jaar zagen wij bij die klachten een terugkerend patroon. Klagers beklaagden "
      "zich niet alleen over het optreden van de politie, maar ook over de klachtbehandeling zelf: zij wachtten "
      "maanden op een reactie, wisten niet dat hun klacht was afgesloten of hadden het gevoel dat de politie 'de "
      "eigen mensen de hand boven het hoofd hield'. Dat signaal was voor de Ombudsman reden om een eigen onderzoek "
      "te starten."),
    H("1.2 Onderzoeksvragen", 2),
    P("Het onderzoek had de volgende vragen:"),
    ItemList(style="•", items=(
        ListItem("Hoe toegankelijk is de klachtprocedure van de politie voor burgers?"),
        ListItem("Hoe verloopt de informele afhandeling van klachten, en weten klagers waar zij aan toe zijn?"),
        ListItem("Hoe lang duurt de behandeling van klachten, en wat zijn de oorzaken van vertraging?"),
        ListItem("Hoe ervaren klagers de klachtadviescommissie en de hoorzitting?"),
        ListItem("In hoeverre gebruiken de politie en het lokale gezag klachten om te leren en te verbeteren?"),
    )),
    H("1.3 Werkwijze", 2),
    P("Wij hebben voor dit onderzoek verschillende bronnen gebruikt:"),
    ItemList(style="•", items=(
        ListItem("een analyse van 412 klachtdossiers uit 2023 en 2024 van de eenheden Noord-Holland, Den Haag, "
                 "Oost-Nederland en Limburg, geselecteerd met een aselecte steekproef per eenheid;"),
        ListItem("gesprekken met 38 klagers, van wie 21 hun klacht informeel en 17 hun klacht formeel hadden laten "
                 "behandelen;"),
        ListItem("interviews met 19 klachtbehandelaars en 8 teamchefs en andere leidinggevenden;"),
        ListItem("gesprekken met 11 leden en 4 secretarissen van klachtadviescommissies;"),
        ListItem("het bijwonen van zes hoorzittingen van klachtadviescommissies;"),
        ListItem("een schriftelijke uitvraag bij twaalf burgemeesters in het werkgebied van de vier eenheden;"),
        ListItem("een analyse van de klachtcijfers die de politie landelijk en per eenheid registreert."),
    )),
    P("Wij hebben de klagers geworven via de eenheden zelf en via de klachtenlijn van de Nationale ombudsman. Dat "
      "betekent dat klagers met een uitgesproken ervaring, positief of negatief, mogelijk oververtegenwoordigd zijn. "
      "De dossieranalyse geeft een evenwichtiger beeld; waar de bevindingen uit de gesprekken en de dossiers "
      "uiteenlopen, vermelden wij dat. Citaten van klagers zijn met hun toestemming opgenomen.",
      footnotes=("Namen en herkenbare details van klagers en medewerkers zijn weggelaten. Bij elk citaat is alleen "
                 "de eenheid vermeld.",)),
    P("Wij toetsten de bevindingen aan de behoorlijkheidsnormen die de Nationale ombudsman hanteert, in het "
      "bijzonder aan de vereisten van goede klachtbehandeling: de burger wordt gehoord, hij krijgt binnen een "
      "redelijke termijn een reactie, het oordeel is begrijpelijk gemotiveerd en de organisatie leert van de klacht. "
      "De korpschef en de minister van Justitie en Veiligheid hebben een conceptversie van dit rapport ontvangen en "
      "daarop feitelijk gereageerd. Hun opmerkingen zijn waar nodig verwerkt."),
    H("1.4 Leeswijzer", 2),
    P("Hoofdstuk 2 beschrijft hoe de klachtprocedure van de politie in elkaar zit. In hoofdstuk 3 staan onze "
      "bevindingen, geordend naar de fasen die een klager doorloopt. Hoofdstuk 4 bevat een beschouwing. De "
      "conclusies en aanbevelingen staan voorin dit rapport. In de bijlage staan de kerngegevens van de onderzochte "
      "dossiers per eenheid."),
    H("2 Hoe klagen over de politie werkt"),
    P("De klachtprocedure van de politie kent een informele en een formele route. Hieronder beschrijven wij kort hoe "
      "beide routes volgens de regels verlopen. In hoofdstuk 3 laten wij zien hoe dat in de praktijk gaat."),
    PROCEDURE_COLUMNS,
    P("Het aantal klachten over de politie is de afgelopen jaren gestaag gestegen. Het aandeel klachten dat informeel "
      "wordt afgehandeld, is met ongeveer twee derde stabiel. De gemiddelde doorlooptijd van formeel behandelde "
      "klachten liep in dezelfde periode op van dertien naar zeventien weken."),
    B("Tabel 1. Klachten over de politie, landelijk, 2021-2024"),
    FIGURES_TABLE,
    P("Bron: jaarcijfers klachtbehandeling politie, bewerking Nationale ombudsman. Een klacht die eerst informeel is "
      "opgepakt en daarna alsnog formeel is behandeld, telt in beide kolommen mee."),
    PageBreak(),
    H("3 Bevindingen"),
    H("3.1 De weg naar de klacht", 2),
    P("Veel klagers vertelden ons dat zij lang hebben getwijfeld voordat zij een klacht indienden. Sommigen waren "
      "bang dat een klacht gevolgen zou hebben voor een lopende zaak of voor een aangifte die zij zelf hadden gedaan. "
      "Anderen dachten dat klagen 'toch geen zin heeft'. Wie de stap wel zette, liep vaak tegen praktische drempels "
      "aan."),
    P("Het webformulier op de website van de politie is alleen te gebruiken na inloggen met DigiD. De politie wil "
      "daarmee zeker weten wie de klager is. Voor een deel van de klagers is dat een belemmering: mensen zonder "
      "DigiD, zoals toeristen, grensarbeiders en mensen zonder verblijfsvergunning, maar ook mensen die het "
      "ongemakkelijk vinden om zich digitaal bij de politie te identificeren. Zij moeten een brief schrijven of naar "
      "een politiebureau gaan. Van de 38 klagers die wij spraken, gaven er negen aan dat zij het formulier niet "
      "konden of wilden gebruiken."),
    P("„Ik heb geen DigiD, ik woon pas twee jaar in Nederland. Aan de balie zeiden ze dat ik het online moest doen. "
      "Toen heb ik het opgegeven, tot een buurvrouw mij hielp een brief te schrijven.” (klager, eenheid Den Haag)"),
    P("Aan de balie van het politiebureau kan een klacht mondeling worden ingediend. In de praktijk gebeurt dat "
      "weinig. In 23 van de 94 dossiers waarin de klager eerst een politiebureau had bezocht, blijkt uit het dossier "
      "of uit het gesprek met de klager dat hij daar werd doorverwezen naar de website of werd gevraagd 'het op "
      "papier te zetten'. Baliemedewerkers vertelden ons dat zij niet goed weten wat zij met een mondelinge klacht "
      "moeten doen en dat er geen formulier of registratiecode voor bestaat."),
    P("De informatie over de klachtprocedure op de website van de politie is uitsluitend beschikbaar in het "
      "Nederlands en het Engels. Uit een taalscan die wij lieten uitvoeren, blijkt dat de teksten zijn geschreven op "
      "taalniveau C1, terwijl een groot deel van de bevolking teksten op B1-niveau beter begrijpt. De folder die op "
      "politiebureaus ligt, was in twee van de vier onderzochte eenheden verouderd."),
    H("3.2 Het eerste contact en informele afhandeling", 2),
    P("Het eerste contact na het indienen van een klacht is voor klagers van grote betekenis. Klagers die snel werden "
      "gebeld door een klachtbehandelaar, waren in de gesprekken met ons beduidend positiever over de hele procedure "
      "dan klagers die eerst weken niets hoorden, ook als de uitkomst voor hen teleurstellend was. In de onderzochte "
      "dossiers varieerde de tijd tot het eerste contact van twee dagen tot ruim acht weken. De mediaan lag op "
      "negentien dagen."),
    P("„Na twee dagen belde er een vrouw van de politie. Ze had mijn brief goed gelezen en vroeg wat ik wilde. Dat ik "
      "mijn verhaal kwijt kon, was eigenlijk al genoeg.” (klager, eenheid Oost-Nederland)"),
    P("Twee derde van de klachten in de onderzochte dossiers werd informeel afgehandeld. Dat is op zichzelf positief. "
      "Een goed gesprek, een uitleg over waarom de politie zo handelde of een excuus van de betrokken medewerker doet "
      "voor veel klagers meer recht aan hun klacht dan een formeel oordeel. Klachtbehandelaars gaven aan dat zij in "
      "zo'n gesprek ook beter kunnen achterhalen wat de klager eigenlijk dwarszit."),
    P("Tegelijk zagen wij dat de informele route niet altijd met de nodige zorgvuldigheid wordt gevolgd. In 84 van de "
      "271 informeel afgehandelde dossiers (31 procent) was niet vastgelegd wat met de klager was besproken of "
      "afgesproken. In 62 dossiers ontbrak de schriftelijke bevestiging aan de klager. Van de 21 klagers die wij "
      "spraken en van wie de klacht informeel was afgehandeld, wisten er acht niet dat hun klacht daarmee was "
      "afgesloten. Geen van hen wist dat hij alsnog om een formele behandeling had kunnen vragen."),
    P("De eenheden hebben verschillende opvattingen over de vraag wanneer een klacht zich leent voor informele "
      "afhandeling. In één eenheid werden ook klachten over de inzet van de wapenstok en over etnisch profileren "
      "standaard eerst informeel opgepakt; in een andere eenheid werden zulke klachten altijd aan de "
      "klachtadviescommissie voorgelegd. Een landelijke werkinstructie ontbreekt. In elf dossiers over discriminatie "
      "of geweld bleek niet dat aan de klager was uitgelegd welke routes er waren en wat het verschil tussen die "
      "routes was."),
    P("„Ik kreeg een gesprek met de chef van die agent. Hij zei dat het hem speet dat ik het zo had ervaren. Pas "
      "later begreep ik dat mijn klacht daarmee klaar was. Niemand heeft onderzocht of die agent mij echt vanwege "
      "mijn huidskleur had aangehouden.” (klager, eenheid Noord-Holland)"),
    P("In de basisteams wordt het informele gesprek vaak gevoerd door de directe leidinggevende van de medewerker "
      "over wie is geklaagd. Leidinggevenden zien dat als een vanzelfsprekend onderdeel van hun rol: zij kennen de "
      "situatie en moeten met de medewerker afspraken maken. Verschillende klagers vertelden ons echter dat zij "
      "twijfelden aan de openheid van dat gesprek, omdat de leidinggevende volgens hen 'zijn eigen collega "
      "verdedigde'."),
    H("3.3 Wachten op een oordeel", 2),
    P("Als een klacht niet informeel kan worden afgehandeld, begint voor veel klagers een lange periode van wachten. "
      "In de onderzochte dossiers duurde de formele behandeling, van ontvangst van de klacht tot het oordeel van de "
      "korpschef, gemiddeld zeventien weken. In 28 van de 141 formeel behandelde dossiers (20 procent) duurde het "
      "langer dan zes maanden. De Algemene wet bestuursrecht gaat uit van zes weken, of tien weken als een "
      "adviescommissie wordt ingeschakeld, met een mogelijkheid tot verlenging van vier weken.",
      footnotes=("Artikel 9:11 Algemene wet bestuursrecht.",)),
    P("De Regeling klachtbehandeling politie 2013 bevat geen eigen termijn voor de procedure als geheel. De eenheden "
      "hanteren in de praktijk interne streeftermijnen, die van eenheid tot eenheid verschillen. Verlengingen worden "
      "zelden aan de klager gemeld. In de helft van de dossiers met een doorlooptijd van meer dan zes maanden had de "
      "klager in die periode geen enkel bericht van de politie ontvangen."),
    P("Klachtbehandelaars en secretarissen noemen als belangrijkste oorzaak van de vertraging een gebrek aan "
      "capaciteit. In drie van de vier onderzochte eenheden doen klachtbehandelaars hun werk naast andere taken, "
      "zoals het behandelen van verzoeken om schadevergoeding of het begeleiden van nieuwe collega's. Bij ziekte of "
      "vakantie valt de klachtbehandeling soms weken stil. Het aantal klachten is sinds 2021 met bijna een kwart "
      "toegenomen, terwijl de capaciteit voor klachtbehandeling gelijk is gebleven. Klachtbehandelaars krijgen "
      "bovendien geen specifieke opleiding in bemiddeling of gespreksvoering; de meesten leerden het vak al doende."),
    P("„Ik heb na vier maanden zelf maar gebeld. Toen bleek mijn dossier bij iemand te liggen die al weken ziek was. "
      "Niemand had het overgenomen.” (klager, eenheid Limburg)"),
    H("3.4 De klachtadviescommissie", 2),
    P("De klachtadviescommissies zijn bedoeld als onafhankelijke toets. Wij hebben zes hoorzittingen bijgewoond en met "
      "elf commissieleden gesproken. Het beeld dat daaruit naar voren komt, is dat de commissieleden hun taak serieus "
      "nemen, zich goed voorbereiden en zich in hun advies niet laten leiden door het belang van de politie. In 31 "
      "procent van de onderzochte adviezen oordeelde de commissie dat de klacht geheel of gedeeltelijk gegrond was. "
      "De korpschef week in vier van de 118 adviezen af van het oordeel van de commissie."),
    P("Voor klagers is die onafhankelijkheid echter nauwelijks zichtbaar. De hoorzittingen vinden in drie van de vier "
      "onderzochte eenheden plaats in een politiebureau. De secretaris van de commissie, die de zitting voorbereidt "
      "en het advies opstelt, is een medewerker van de politie. De uitnodiging voor de hoorzitting wordt op "
      "briefpapier van de politie verstuurd en ondertekend door de klachtbehandelaar. Van de veertien klagers die een "
      "hoorzitting hadden bijgewoond, dachten er negen dat de commissieleden bij de politie werkten."),
    P("„Ik zat daar aan tafel met drie mensen van de commissie, de agent en zijn teamchef. Ik was de enige die niet "
      "bij de politie hoorde, zo voelde het.” (klager, eenheid Den Haag)"),
    P("Klagers staan er tijdens de hoorzitting vaak alleen voor. De betrokken medewerker neemt regelmatig zijn "
      "leidinggevende of een vertegenwoordiger van een politievakbond mee. Klagers kunnen zich laten bijstaan door "
      "iemand van hun keuze, maar weten dat vaak niet of kennen niemand die hen kan helpen. Het Juridisch Loket geeft "
      "algemeen advies, maar begeleidt klagers niet bij de hoorzitting. Enkele klagers met een klacht over "
      "discriminatie werden ondersteund door een antidiscriminatievoorziening; zij waren aanzienlijk beter "
      "voorbereid."),
    H("3.5 Het oordeel en wat daarna gebeurt", 2),
    P("De brief waarin de korpschef zijn oordeel geeft, is in de meeste onderzochte dossiers zorgvuldig gemotiveerd. "
      "Voor klagers is hij echter vaak moeilijk te lezen: de brieven verwijzen naar artikelen uit de regeling en de "
      "ambtsinstructie, en bevatten lange citaten uit het advies van de commissie. Welke maatregelen de politie naar "
      "aanleiding van een gegronde klacht heeft genomen, stond in slechts 23 van de 37 brieven met een gegrond "
      "oordeel. Bij informeel afgehandelde klachten ontvingen klagers meestal geen brief met een uitkomst."),
    P("„Er stond dat mijn klacht gegrond was. Mooi, dacht ik. Maar wat gebeurt er nu met die agent? Doet hij het de "
      "volgende keer anders? Daar stond niets over.” (klager, eenheid Oost-Nederland)"),
    P("Wij begrijpen dat de politie terughoudend is met informatie over disciplinaire maatregelen tegen individuele "
      "medewerkers. Dat hoeft er echter niet aan in de weg te staan dat de klager in algemene termen hoort dat er iets "
      "met zijn klacht is gedaan, bijvoorbeeld dat de werkwijze van het team is aangepast of dat de medewerker een "
      "gesprek met zijn leidinggevende heeft gehad."),
    H("3.6 Registratie en leren van klachten", 2),
    P("De eenheden registreren klachten niet op dezelfde manier. Drie van de vier onderzochte eenheden gebruiken het "
      "landelijke klachtensysteem, de vierde een eigen registratie, en de eenheden hanteren verschillende "
      "categorieën. Zo registreert de ene eenheid een klacht over een aanhouding met geweld als 'geweldsaanwending', "
      "de andere als 'bejegening'. Informeel afgehandelde klachten worden in twee eenheden pas geregistreerd als het "
      "gesprek met de klager heeft plaatsgevonden. Mondelinge klachten aan de balie worden, op een enkele "
      "uitzondering na, helemaal niet geregistreerd."),
    P("Daardoor zijn de klachtcijfers van de eenheden niet goed met elkaar te vergelijken en geeft de landelijke "
      "rapportage een onvolledig beeld. De politie publiceert bovendien alleen landelijke totalen, zonder "
      "uitsplitsing naar eenheid of onderwerp en zonder informatie over de maatregelen die naar aanleiding van "
      "klachten zijn genomen."),
    P("Het leren van klachten hangt sterk af van individuele leidinggevenden. In sommige teams worden gegronde "
      "klachten besproken in het werkoverleg, in andere teams hoort alleen de betrokken medewerker van de uitkomst. "
      "Klachtbehandelaars signaleren terugkerende patronen, zoals klachten over de bejegening van slachtoffers van "
      "huiselijk geweld bij het doen van aangifte, maar weten niet bij wie zij die signalen kwijt kunnen. Een "
      "stelselmatige analyse van klachten ten behoeve van de sturing of het opleidingsaanbod troffen wij in geen van "
      "de onderzochte eenheden aan."),
    H("3.7 De rol van de burgemeester", 2),
    P("De burgemeester heeft het gezag over de politie bij de handhaving van de openbare orde en de hulpverlening. In "
      "de lokale driehoek bespreekt hij met de officier van justitie en de politiechef de inzet van de politie in "
      "zijn gemeente. Klachten over het politieoptreden komen in die driehoek zelden aan de orde. Van de twaalf "
      "burgemeesters die wij bevroegen, ontvingen er twee periodiek een overzicht van de klachten die over het "
      "politieoptreden in hun gemeente waren ingediend. De andere tien kenden alleen klachten die via de media of via "
      "de gemeenteraad hun aandacht hadden getrokken."),
    P("Dat is een gemiste kans. Klachten geven burgemeesters informatie over hoe inwoners het optreden van de politie "
      "ervaren, bijvoorbeeld bij evenementen, demonstraties of de handhaving in wijken waar de verhouding tussen "
      "politie en bewoners onder druk staat. Gemeenteraden stellen daarover regelmatig vragen, maar de burgemeester "
      "kan die nu vaak niet met cijfers beantwoorden."),
    H("4 Beschouwing"),
    P("Klachtbehandeling wordt binnen de politie nog te vaak gezien als een administratieve verplichting die naast "
      "het 'echte' politiewerk moet worden gedaan. Dat is begrijpelijk in een organisatie die onder grote druk staat, "
      "maar het is ook een misverstand. Een burger die klaagt, geeft de politie kosteloos informatie over hoe haar "
      "werk wordt ervaren. Een politie die daar zorgvuldig mee omgaat, bouwt vertrouwen op, ook bij mensen die zich "
      "onrechtvaardig behandeld voelen."),
    P("De Ombudsman ziet dat de politie dit zelf ook beseft. Tijdens ons onderzoek kondigde de korpschef aan dat de "
      "eenheden vanaf 1 januari 2025 iedere klager binnen vijf werkdagen zouden bellen, en startte de politie het "
      "programma 'Klacht als kompas' om de werkwijze van de eenheden op elkaar af te stemmen. Dat zijn goede stappen. "
      "Of zij het verschil maken, hangt af van de vraag of de politie er de mensen en de tijd voor vrijmaakt, en of "
      "de klager ook in de praktijk centraal komt te staan."),
    P("Een goede klachtbehandeling vraagt om meer dan regels. Zij vraagt om klachtbehandelaars die kunnen luisteren "
      "en bemiddelen, om leidinggevenden die een klacht niet opvatten als een aanval op hun team, en om een "
      "bestuurlijke omgeving die oog heeft voor wat klachten zeggen over het politiewerk. Daarom richten "
      "wij onze aanbevelingen niet alleen aan de korpschef, maar ook aan de minister van Justitie en Veiligheid als "
      "beheerder van de politie en aan de burgemeesters als gezagsdragers."),
    P("Het zou goed zijn als de politie, de minister en de burgemeesters de aanbevelingen in samenhang oppakken. "
      "Kortere termijnen zonder extra capaciteit leiden tot haastwerk; meer informele afhandeling zonder heldere "
      "regels leidt tot klagers die niet weten waar zij aan toe zijn. De Ombudsman zal de opvolging van de "
      "aanbevelingen volgen en daarover in zijn jaarverslag rapporteren."),
    PageBreak(),
    H("Bijlage. Onderzochte dossiers per eenheid"),
    P("De tabel hieronder geeft per onderzochte eenheid het aantal dossiers in de steekproef, de verdeling over "
      "informele en formele behandeling en de gemiddelde doorlooptijd van de formeel behandelde klachten. De "
      "dossiers zijn aselect getrokken uit alle klachten die in 2023 en 2024 bij de eenheid zijn afgesloten."),
    ANNEX_TABLE,
    P("Van de 141 formeel behandelde klachten werden er 118 voorgelegd aan de klachtadviescommissie van de eenheid. De overige 23 "
      "werden door de eenheid zelf formeel afgedaan, meestal omdat de klacht kennelijk ongegrond was of omdat de "
      "klager de klacht tijdens de procedure introk."),
)

REPORT = Document(
    title="Een klacht is geen last",
    subtitle="Onderzoek naar de behandeling van klachten over de politie",
    blocks=REPORT_BLOCKS,
    running_header="Nationale ombudsman – Een klacht is geen last",
    footer="{page}",
    font_family="sans",
    imprint=("De Nationale ombudsman", "Rapportnummer 2025/047", "Den Haag, 24 juni 2025"),
)

# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV1 = ("Ik ben het met u eens dat een klager moet kunnen weten wanneer hij uiterlijk een oordeel krijgt, en zal "
       "daarom in de Regeling klachtbehandeling politie 2013 de termijnen van de Algemene wet bestuursrecht "
       "verplicht stellen voor de procedure als geheel: zes weken, of tien weken als de klacht aan een "
       "klachtadviescommissie wordt voorgelegd.")
EV2 = ("Een besluit over structurele middelen neem ik daarom pas bij de voorjaarsbesluitvorming van 2027, op basis "
       "van de eerste ervaringen met de nieuwe termijnen.")
EV3 = ("Ik begrijp de wens om de onafhankelijkheid van de commissies beter zichtbaar te maken, maar ik acht het "
       "niet wenselijk om hun secretariaat en benoeming buiten de politie te beleggen.")
EV4 = ("Een aparte voorziening voor klachtondersteuning naast deze bestaande hulp voegt naar mijn oordeel weinig toe "
       "en zou de procedure eerder zwaarder dan toegankelijker maken.")
EV5 = ("Ik heb de Inspectie Justitie en Veiligheid daarom gevraagd om in 2027 de klachtbehandeling door de politie "
       "te onderzoeken en daarbij ook klagers te spreken.")
EV6 = ("De korpschef houdt aan deze werkwijze vast en laat vanaf 2026 per kwartaal in de managementrapportage zien "
       "hoeveel klagers daadwerkelijk binnen vijf werkdagen zijn gesproken.")
EV7 = ("De korpschef stelt uiterlijk 1 april 2026 een landelijke werkinstructie vast waarin staat wanneer een klacht "
       "informeel kan worden afgehandeld; na elke informele afhandeling ontvangt de klager een brief met de gemaakte "
       "afspraken en met de mededeling dat hij de klacht alsnog formeel kan laten behandelen.")
EV8 = ("Klachten over discriminatie en over geweldsaanwending worden in die werkinstructie standaard aan de "
       "klachtadviescommissie voorgelegd, maar informele afhandeling wordt voor deze klachten niet uitgesloten: als "
       "een klager na uitleg over beide routes uitdrukkelijk kiest voor een gesprek en een snelle oplossing, moet dat "
       "mogelijk blijven.")
EV9 = ("De korpschef start daarom in 2026 in de eenheden Oost-Nederland en Zeeland-West-Brabant een proef met de "
       "registratie van mondelinge klachten en beslist na evaluatie van die proef of de werkwijze landelijk wordt "
       "ingevoerd.")
EV10 = ("De politie publiceert vanaf het jaarverslag over 2025 per eenheid het aantal klachten, de gemiddelde "
        "doorlooptijd, het aandeel gegronde klachten en een overzicht van de maatregelen die daarop zijn gevolgd.")
EV11 = ("Alle klachtbehandelaars volgen in 2026 de vierdaagse leergang 'Bemiddelen bij klachten' van de "
        "Politieacademie; de eenheden roosteren daarvoor uren vrij en nemen de klachtbehandeling als vaste taak op in "
        "het takenpakket van deze medewerkers, zodat zij er ook na de opleiding tijd voor hebben.")
EV12 = ("De korpschef ziet geen aanleiding om de directe leidinggevende uit te sluiten van de behandeling van "
        "klachten over zijn teamleden.")
EV13 = ("Het webformulier voor klachten is vanaf 1 maart 2026 ook zonder DigiD te gebruiken en wordt, net als de "
        "informatie over de procedure, herschreven in eenvoudige taal; of het formulier en die informatie ook in "
        "andere talen dan het Nederlands en het Engels kunnen worden aangeboden, laat de korpschef onderzoeken.")
EV14 = ("Vanaf 1 januari 2026 ontvangt iedere klager na afloop een brief in eenvoudige taal waarin staat wat er met "
        "de klacht is gedaan, wat het oordeel is en welke maatregelen zijn genomen, ook als de klacht informeel is "
        "afgehandeld.")

RESPONSE_BLOCKS = (
    P("Geachte Nationale ombudsman,"),
    P("Op 24 juni 2025 ontving ik uw rapport 'Een klacht is geen last' (rapportnummer 2025/047) over de behandeling "
      "van klachten over de politie. Met deze brief geef ik, mede namens de korpschef van de Nationale Politie, mijn "
      "reactie op het rapport en op de aanbevelingen die u aan ons beiden hebt gericht. Een afschrift van deze brief "
      "zend ik aan de Tweede Kamer."),
    P("Ik dank u voor het zorgvuldige onderzoek en voor de open gesprekken die uw medewerkers hebben gevoerd met "
      "klagers, klachtbehandelaars en leden van de klachtadviescommissies. Het rapport laat zien hoe belangrijk het "
      "is dat burgers die zich onheus bejegend voelen, serieus worden genomen. Een politie die goed met klachten "
      "omgaat, versterkt het vertrouwen dat zij voor haar werk nodig heeft."),
    H("Algemeen", 2),
    P("De korpschef en ik herkennen het beeld dat u schetst. Veel klagers worden goed geholpen, vaak al in een eerste "
      "gesprek met een klachtbehandelaar. Tegelijk duurt de formele procedure te lang, verschillen de eenheden "
      "onderling sterk in hun werkwijze en weten klagers na afloop niet altijd wat er met hun klacht is gebeurd. Dat "
      "moet beter, en daarvoor is meer nodig dan een aanpassing van de regels."),
    P("Dat betekent niet dat er tot nu toe niets gebeurt. De politie werkt sinds 2024 aan het programma 'Klacht als "
      "kompas', waarin de tien regionale eenheden en de Landelijke Eenheid hun werkwijze bij klachten op elkaar "
      "afstemmen. Een deel van uw aanbevelingen sluit aan op maatregelen uit dat programma; waar dat zo is, geef ik "
      "dat hieronder aan. De korpschef is op grond van de Politiewet 2012 verantwoordelijk voor de behandeling van "
      "klachten over de politie. Waar uw aanbevelingen aan hem zijn gericht, geef ik zijn reactie weer."),
    P("Het aantal klachten over de politie is de afgelopen jaren gestegen, tot ruim 13.600 in 2024. Dat hoeft niet "
      "alleen een teken te zijn van meer onvrede; het laat ook zien dat burgers de weg naar de klachtprocedure beter "
      "weten te vinden. De korpschef en ik willen dat klagers die weg ook na hun eerste stap als begaanbaar ervaren. "
      "Ik loop uw aanbevelingen hieronder langs, geordend naar de fasen van de klachtprocedure."),
    H("Snel contact met de klager", 2),
    P("U beveelt aan om binnen vijf werkdagen na ontvangst van een klacht contact op te nemen met de klager. Uit uw "
      "onderzoek blijkt dat dit eerste gesprek voor veel klagers bepalend is: wie snel wordt gebeld, voelt zich "
      "gehoord, en een groot deel van de klachten kan dan al in overleg worden opgelost."),
    P("Sinds 1 januari 2025 is dit in alle eenheden de vaste werkwijze: een klachtbehandelaar neemt binnen vijf "
      "werkdagen telefonisch contact op met de klager, en als de klager dat wil, volgt een persoonlijk gesprek. In de "
      "periode waarop uw onderzoek betrekking had, gold deze norm nog niet overal. " + EV6 + " In de eerste helft van "
      "2025 lukte dat in 81 procent van de gevallen; de eenheden die achterblijven, worden daarop aangesproken.",
      answers=(Answer("6", "agree", EV6),)),
    H("Een maximale termijn voor de hele procedure", 2),
    P("U constateert dat de behandeling van een klacht die formeel wordt behandeld, gemiddeld zeventien weken duurt "
      "en in een op de vijf gevallen langer dan een half jaar. De Regeling klachtbehandeling politie 2013 kent wel "
      "termijnen voor afzonderlijke stappen, maar geen termijn voor de procedure als geheel."),
    P(EV1 + " Deze termijn kan eenmaal met ten hoogste vier weken worden verlengd, met een schriftelijke motivering "
      "aan de klager. De gewijzigde regeling treedt op 1 juli 2026 in werking. Een klager hoeft dan niet langer "
      "maanden te wachten zonder te weten waar hij aan toe is.",
      answers=(Answer("1", "agree", EV1),)),
    H("Capaciteit voor klachtbehandeling", 2),
    P("Kortere termijnen vragen om voldoende klachtbehandelaars en secretarissen. De korpschef heeft mij laten weten "
      "dat in 2024 landelijk ongeveer 96 fte beschikbaar was voor klachtbehandeling, terwijl het aantal klachten "
      "sinds 2021 met bijna een kwart is gestegen. Ik deel uw conclusie dat de achterstanden voor een belangrijk deel "
      "uit dat verschil voortkomen."),
    P("Om de achterstanden weg te werken, stel ik voor 2026 eenmalig € 3,1 miljoen beschikbaar, waarmee de eenheden "
      "tijdelijk extra klachtbehandelaars kunnen aantrekken. Of er daarnaast structureel meer geld nodig is, hangt af "
      "van de effecten van de nieuwe werkwijze en van de andere prioriteiten binnen de politiebegroting. " + EV2,
      answers=(Answer("2", "partial", EV2),)),
    H("Informele afhandeling en klachten over discriminatie en geweld", 2),
    P("U bent positief over de informele afhandeling van klachten, maar wijst erop dat klagers niet altijd weten dat "
      "hun klacht daarmee is afgesloten en dat zij een formele behandeling kunnen vragen. Ook stelt u vast dat "
      "klachten over discriminatie en geweld in sommige eenheden informeel werden afgedaan zonder dat de klager goed "
      "begreep wat dat betekende."),
    P(EV7 + " " + EV8 + " Uw eigen onderzoek laat zien dat klagers een goed gesprek vaak meer waarderen dan een "
      "formeel oordeel, en de korpschef wil hun die keuze niet ontnemen. Zo'n keuze wordt dan wel altijd "
      "schriftelijk vastgelegd, met de uitleg die de klager heeft gekregen.",
      answers=(Answer("7", "agree", EV7), Answer("8", "partial", EV8))),
    H("Eén registratie van alle klachten", 2),
    P("U stelt vast dat eenheden klachten verschillend registreren en dat mondelinge klachten aan de balie vaak "
      "helemaal niet worden vastgelegd. Daardoor is niet bekend hoeveel klachten de politie werkelijk ontvangt."),
    P("Sinds 1 januari 2025 registreren alle eenheden de klachten die schriftelijk of via het webformulier "
      "binnenkomen, formeel en informeel, in hetzelfde landelijke systeem en met dezelfde indeling in categorieën. "
      "Voor mondelinge klachten aan de balie ligt dat ingewikkelder, omdat baliemedewerkers niet altijd kunnen "
      "beoordelen of iemand een klacht wil indienen of alleen zijn onvrede uit. " + EV9,
      answers=(Answer("9", "partial", EV9),)),
    H("De positie van de klachtadviescommissies", 2),
    P("U beveelt aan het secretariaat en de benoeming van de klachtadviescommissies onder te brengen bij een "
      "organisatie buiten de politie. Klagers ervaren de commissie nu als een onderdeel van de politie, onder meer "
      "omdat de hoorzittingen vaak op een politiebureau plaatsvinden en de secretaris een politiemedewerker is."),
    P(EV3 + " De Politiewet 2012 legt de behandeling van klachten bewust bij de korpschef, die daarover zelf "
      "verantwoording aflegt en die daarbij een onafhankelijke commissie om advies vraagt. De leden van die "
      "commissies werken niet bij de politie en oordelen zonder last of ruggespraak; ook uw onderzoek heeft geen "
      "aanwijzingen opgeleverd dat dit anders is. Het onderbrengen van de commissies bij een organisatie onder mijn "
      "verantwoordelijkheid zou die verhouding juist vertroebelen, omdat de minister dan indirect invloed krijgt op "
      "de beoordeling van individuele klachten.",
      answers=(Answer("3", "disagree", EV3),)),
    H("Ondersteuning van klagers bij de hoorzitting", 2),
    P("Klagers die worden gehoord door de klachtadviescommissie, kunnen zich nu al laten bijstaan door iemand van hun "
      "keuze, zoals een familielid, een vertrouwenspersoon of een advocaat. Het Juridisch Loket geeft kosteloos "
      "advies over de procedure, en de antidiscriminatievoorzieningen in de gemeenten helpen klagers bij klachten "
      "over discriminatie. " + EV4 + " Wel zal de politie in de uitnodiging voor de hoorzitting duidelijker vermelden "
      "dat de klager iemand mag meenemen en waar hij hulp kan vinden.",
      answers=(Answer("4", "disagree", EV4),)),
    H("Terugkoppeling aan de klager", 2),
    P("Een gegronde klacht zonder zichtbaar gevolg is voor een klager niet bevredigend; dat ziet de korpschef ook. " +
      EV14 + " Over maatregelen tegen een individuele medewerker wordt in algemene termen bericht, op de manier die u "
      "in uw rapport zelf beschrijft. De standaardbrieven zijn samen met een groep oud-klagers getest en worden in "
      "alle eenheden gebruikt.",
      answers=(Answer("14", "agree", EV14),)),
    H("Leren van klachten", 2),
    P("Binnen de politie wordt op verschillende manieren gewerkt aan het leren van klachten. In de eenheid Rotterdam "
      "bespreekt de teamchef gegronde klachten in het teamoverleg, en de eenheid Limburg stelt elk halfjaar een "
      "overzicht op van terugkerende klachtthema's, dat in het managementteam van de eenheid wordt besproken. De "
      "Politieacademie gebruikt geanonimiseerde klachtdossiers in de leergang over bejegening en professionele "
      "weerbaarheid. Binnen het programma 'Klacht als kompas' wisselen de eenheden deze ervaringen met elkaar uit."),
    H("Overige aanbevelingen aan de korpschef", 2),
    P("Over vier aanbevelingen die in het bijzonder de werkwijze van de politie betreffen, kan ik kort zijn:"),
    P("– " + EV10, answers=(Answer("10", "agree", EV10),)),
    P("– " + EV11, answers=(Answer("11", "agree", EV11),)),
    P("– " + EV12 + " De leidinggevende kent de situatie, kan met de medewerker bespreken wat er misging en is "
      "degene die afspraken over diens gedrag moet maken en bewaken; de klachtbehandelaar, die geen deel uitmaakt "
      "van het team, ziet toe op een onpartijdige behandeling.",
      answers=(Answer("12", "disagree", EV12),)),
    P("– " + EV13 + " Hij betrekt daarbij de ervaringen met de meertalige aangifte-app.",
      answers=(Answer("13", "partial", EV13),)),
    H("De rol van de burgemeesters", 2),
    P("Eén aanbeveling richt u aan de burgemeesters, die in de lokale driehoek het gezag over de politie uitoefenen "
      "bij de handhaving van de openbare orde. Ik heb uw rapport onder de aandacht gebracht van het Nederlands "
      "Genootschap van Burgemeesters, dat u rechtstreeks zal antwoorden."),
    H("Vinger aan de pols", 2),
    P("De korpschef en ik willen na verloop van tijd weten of de maatregelen in deze brief voor klagers werkelijk "
      "verschil maken. " + EV5 + " De Inspectie heeft laten weten dit onderzoek op te nemen in haar jaarplan voor "
      "2027 en het rapport zal, zoals gebruikelijk, openbaar worden gemaakt.",
      answers=(Answer("5", "agree", EV5),)),
    H("Tot slot", 2),
    P("De korpschef en ik zien uw rapport als een steun in de rug voor de verbeteringen die binnen de politie al in "
      "gang zijn gezet. Klachten zijn geen last, maar een bron van informatie over hoe burgers de politie ervaren. Ik "
      "zal de Tweede Kamer over de voortgang van de maatregelen in deze brief informeren in de halfjaarlijkse "
      "voortgangsbrief politie."),
    P("Hoogachtend,"),
    P("de minister van Justitie en Veiligheid,"),
    P("M.C. van Duijvenbode"),
)

RESPONSE = Document(
    title="Ministerie van Justitie en Veiligheid",
    subtitle=("Aan de Nationale ombudsman\n"
              "Datum 7 oktober 2025\n"
              "Betreft Reactie op het rapport 'Een klacht is geen last' over de klachtbehandeling door de politie"),
    blocks=RESPONSE_BLOCKS,
    running_header="Reactie op het rapport 'Een klacht is geen last'",
    footer="Pagina {page} van {pages}",
    title_page=False,
    font_family="sans",
)

PAIR = Pair(
    name="police_complaints_ombudsman",
    report=REPORT,
    response=RESPONSE,
    description=("Nationale ombudsman-style report on police complaint handling with sixteen unnumbered bulleted "
                 "recommendations up front (minister of JenV, korpschef, burgemeesters), and the minister's letter "
                 "answering under paraphrasing headings, four in a dash list, one passed on to the NGB."),
)
