"""Pair: a fictional Inspectie Kinderbescherming en Jeugdketen report on the youth protection chain in the (invented)
jeugdregio Wolderland, and the "Plan van aanpak" of the minister voor Rechtsbescherming in reply.

Layout traits this pair tests: a sans report with a title page, a running header and page numbers.  The report never
uses the word "aanbeveling": each findings chapter (3-6) ends with a box titled "Verbeterpunten" (drawn as a shaded
one-cell table header, the renderer has no shaded frames; the numbered list follows right below it), and the
fourteen improvement points are numbered "1." to "14." straight through the report (start 1, 4, 8, 12).  Trap lists
with the same "1." labels come earlier: the numbered research questions ("1)") of chapter 1 and the ten numbered
"Normen" of the toetsingskader in chapter 2, written in the same indicative voice as the improvement points.  An
annex holds a small table of the examined files.  The improvement points are addressed to the Raad voor de
Kinderbescherming (JenV), the gecertificeerde instellingen (OTHER), the gemeenten in the region (GEMEENTEN), the
minister voor Rechtsbescherming (JenV) and the staatssecretaris of VWS (VWS), several to two of them at once.

The response is a "Plan van aanpak" (letterhead, no title page, serif) of the minister voor Rechtsbescherming, mede
namens the staatssecretaris of VWS and the municipalities.  A short introduction thanks the inspectorate and states
that the minister "onderschrijft de verbeterpunten op hoofdlijnen" (a general sentence that explicitly defers to the
table; it is not used as evidence), then a grid table "Verbeterpunt | Actie | Wie | Gereed" with one row per point,
where positions must be read from the Actie cell:
  1 agree (no cue: a flexteam paid from EUR 0.9 million, target date 1 July 2026);
  2 agree ("Wordt overgenomen: ...");
  3 agree (no cue: one information package by Raad and GI's, date 1 April 2026);
  4 partial ("Wordt verkend: ..." a pool of youth protection workers);
  5 disagree ("Geen actie: ..." caseload norm not feasible);
  6 agree: its row only says "Zie verbeterpunt 3."; the row 3 cell also covers the GI part of point 6, so that cell
    is its first passage and its evidence (the sentence on handing the package out at the start of the measure);
  7 agree (no cue: work instruction and monthly file checks, date 1 March 2026);
  8 partial (one sentence: the escalation team is set up, the four-week term is not taken over);
  9 partial ("Wordt verkend in het kader van de Hervormingsagenda Jeugd: ...");
  10 not addressed (no row: the table jumps from 9 to 11);
  11 not addressed (row "Aan de gemeenten; ..." with no action, "Gereed: –": passed on without a position);
  12 disagree ("Geen actie: de minister deelt de zorg ..., maar een wettelijke termijn ... voegt weinig toe");
  13 disagree ("Geen actie: ... past niet bij de verantwoordelijkheidsverdeling in de Jeugdwet");
  14 agree (no cue: monitor extended with regional lead times, EUR 450,000, Q3 2026).
A closing section on monitoring describes follow-up without positions.  All prose is fictional and written for this
test set.
"""
from __future__ import annotations

from docgen.model import (
    Answer,
    Cell,
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


def bullets(*texts: str) -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style="•")


def numbered(*texts: str, style: str = "1.") -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style=style)


def box(title: str = "Verbeterpunten") -> Table:
    """The shaded title bar of a 'Verbeterpunten' box: a one-cell table with only its (shaded) header row."""
    return Table(header=(title,), rows=(), widths=(1.0,), font_size=11.0)


def points(start: int, *items: tuple[str, tuple[str, ...]]) -> ItemList:
    return ItemList(
        items=tuple(ListItem(text, recommendation=R(str(start + i), *depts)) for i, (text, depts) in enumerate(items)),
        style="1.",
        start=start,
    )


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

VP = {
    "1": "De Raad voor de Kinderbescherming brengt de wachttijd tot de start van een raadsonderzoek in de regio "
         "Wolderland terug tot ten hoogste tien werkdagen en rondt raadsonderzoeken af binnen de eigen norm van "
         "vijftig werkdagen.",
    "2": "De Raad voor de Kinderbescherming en de gecertificeerde instellingen maken vaste afspraken over de "
         "overdracht na de uitspraak van de kinderrechter, zodat binnen vijf werkdagen een gezamenlijk "
         "overdrachtsgesprek met ouders en jeugdige plaatsvindt.",
    "3": "De Raad voor de Kinderbescherming informeert ouders en jeugdigen bij de start van het raadsonderzoek "
         "mondeling en schriftelijk, in begrijpelijke taal, over het doel van het onderzoek, hun rechten, de "
         "klachtmogelijkheden en de vertrouwenspersoon.",
    "4": "De gecertificeerde instellingen zorgen ervoor dat ieder kind binnen vijf werkdagen na de uitspraak van de "
         "kinderrechter een vaste jeugdbeschermer heeft, en houden geen kinderen meer op een wachtlijst zonder "
         "toegewezen jeugdbeschermer.",
    "5": "De gecertificeerde instellingen en de gemeenten in de regio brengen de caseload terug naar gemiddeld ten "
         "hoogste vijftien kinderen per fulltime jeugdbeschermer en leggen de financiering daarvan vast in de "
         "contracten vanaf 2026.",
    "6": "De gecertificeerde instellingen informeren ouders en jeugdigen bij de start van de maatregel in "
         "begrijpelijke taal over hun rechten, het klachtrecht en de vertrouwenspersoon, en gaan in het eerste "
         "gesprek na of die informatie is begrepen.",
    "7": "De gecertificeerde instellingen stellen uiterlijk zes weken na de start van de maatregel samen met ouders en "
         "jeugdige een plan van aanpak vast met concrete en toetsbare doelen, en evalueren dat plan ten minste elk "
         "half jaar.",
    "8": "De gemeenten in de jeugdregio Wolderland zorgen ervoor dat jeugdhulp die de jeugdbeschermer noodzakelijk "
         "acht binnen vier weken start, en richten een regionaal escalatieteam in dat bij vastgelopen plaatsingen "
         "knopen kan doorhakken.",
    "9": "De staatssecretaris van Volksgezondheid, Welzijn en Sport zorgt er in het kader van de Hervormingsagenda "
         "Jeugd voor dat er landelijk voldoende plekken zijn in de gespecialiseerde jeugdhulp voor kinderen met een "
         "kinderbeschermingsmaatregel, in het bijzonder in kleinschalige woonvoorzieningen voor jongeren met "
         "complexe problematiek.",
    "10": "De minister voor Rechtsbescherming en de staatssecretaris van Volksgezondheid, Welzijn en Sport regelen dat "
          "de kinderrechter wordt geïnformeerd wanneer een kind langer dan vier weken na de machtiging "
          "uithuisplaatsing op een crisis- of overbruggingsplek verblijft, zodat de rechter de voortgang kan toetsen.",
    "11": "De staatssecretaris van Volksgezondheid, Welzijn en Sport en de gemeenten in de regio zorgen samen voor "
          "meer pleeggezinnen en gezinshuisplekken, onder meer met een regionale wervingscampagne en een hogere "
          "vergoeding voor pleegouders die jongeren met complexe problematiek opvangen.",
    "12": "De minister voor Rechtsbescherming legt wettelijk een maximale termijn vast waarbinnen de gecertificeerde "
          "instelling na de uitspraak van de kinderrechter een jeugdbeschermer toewijst.",
    "13": "De minister voor Rechtsbescherming en de gemeenten in de regio wijzen voor de jeugdbeschermingsketen in "
          "Wolderland één bestuurlijk eindverantwoordelijke aan, met doorzettingsmacht wanneer de ketenpartners er "
          "samen niet uitkomen.",
    "14": "De minister voor Rechtsbescherming zorgt voor een ketenbrede monitor waarin de doorlooptijden van de "
          "melding tot de start van passende hulp per regio zichtbaar zijn, en maakt de uitkomsten ten minste "
          "halfjaarlijks openbaar.",
}

DEPTS = {
    "1": ("JenV",),
    "2": ("JenV", "OTHER"),
    "3": ("JenV",),
    "4": ("OTHER",),
    "5": ("OTHER", "GEMEENTEN"),
    "6": ("OTHER",),
    "7": ("OTHER",),
    "8": ("GEMEENTEN",),
    "9": ("VWS",),
    "10": ("JenV", "VWS"),
    "11": ("VWS", "GEMEENTEN"),
    "12": ("JenV",),
    "13": ("JenV", "GEMEENTEN"),
    "14": ("JenV",),
}


def chapter_points(first: int, last: int) -> ItemList:
    return points(first, *((VP[str(n)], DEPTS[str(n)]) for n in range(first, last + 1)))


REPORT_BLOCKS = (
    H("Samenvatting"),
    P("Een kinderbeschermingsmaatregel is een van de zwaarste ingrepen die de overheid in een gezin kan doen. De "
      "kinderrechter legt zo'n maatregel alleen op als de ontwikkeling van een kind ernstig wordt bedreigd en vrijwillige "
      "hulp niet genoeg heeft opgeleverd. Op dat moment mag het gezin verwachten dat de overheid doet wat zij heeft "
      "aangekondigd: dat er snel een jeugdbeschermer is, dat die het gezin kent en dat de hulp die nodig is ook "
      "daadwerkelijk start."),
    P("In de jeugdregio Wolderland gebeurt dat te vaak niet, of te laat. De Inspectie Kinderbescherming en Jeugdketen "
      "(hierna: de inspectie) heeft tussen november 2024 en mei 2025 onderzocht hoe de keten van melding tot hulp in "
      "deze regio functioneert. Zij bestudeerde 64 dossiers van kinderen met een ondertoezichtstelling of voogdij en "
      "sprak met ruim zestig professionals, bestuurders, ouders en jongeren."),
    P("De inspectie ziet betrokken professionals die onder grote druk werken. Zij ziet ook een keten waarin iedere "
      "schakel wacht op de vorige. Een raadsonderzoek start gemiddeld pas na ruim zes weken en duurt daarna nog bijna "
      "vier maanden. Na de uitspraak van de kinderrechter staat een op de vier kinderen enige tijd op een wachtlijst "
      "zonder vaste jeugdbeschermer. Als de jeugdbeschermer er eenmaal is, lukt het vaak niet om passende jeugdhulp "
      "te vinden; vooral voor oudere jongeren met complexe problemen ontbreken plekken."),
    P("Ouders en jongeren vertelden de inspectie dat zij niet wisten waar zij aan toe waren, dat zij hun verhaal "
      "steeds opnieuw moesten doen en dat niemand hun uitlegde welke rechten zij hadden. Verschillende ouders wisten "
      "niet dat zij een klacht konden indienen of een vertrouwenspersoon konden inschakelen."),
    P("De inspectie formuleert in dit rapport veertien verbeterpunten. Zij zijn gericht aan de Raad voor de "
      "Kinderbescherming, de gecertificeerde instellingen, de gemeenten in de regio, de minister voor "
      "Rechtsbescherming en de staatssecretaris van Volksgezondheid, Welzijn en Sport. De verbeterpunten staan aan het "
      "eind van de hoofdstukken 3 tot en met 6 en zijn doorlopend genummerd. De inspectie verwacht binnen drie maanden "
      "na publicatie een gezamenlijk plan van aanpak van de betrokken partijen."),
    PageBreak(),
    H("1 Inleiding"),
    H2("1.1 Aanleiding"),
    P("In het voorjaar van 2024 ontving de inspectie signalen over de jeugdbeschermingsketen in de jeugdregio "
      "Wolderland. De kinderrechters van de rechtbank in Wolderhaven gaven in het periodieke ketenoverleg aan dat zij "
      "steeds vaker zittingen moesten aanhouden omdat het raadsonderzoek niet tijdig was afgerond. Jeugdbescherming "
      "Wolderland, de grootste gecertificeerde instelling in de regio, meldde een wachtlijst van meer dan tachtig "
      "kinderen. Daarnaast ontving de inspectie drie calamiteitenmeldingen waarin vertraging in de keten een rol "
      "speelde."),
    P("De jeugdregio Wolderland bestaat uit acht gemeenten: Wolderhaven, Ravensloot, Dijkhuizen, Vennebroek, "
      "Zandwijk, Esveld, Merkeland en Oosterwolde. Samen tellen zij ruim 410.000 inwoners, van wie ongeveer 88.000 "
      "jonger dan achttien jaar. De gemeenten kopen de jeugdbescherming gezamenlijk in bij twee gecertificeerde "
      "instellingen: Jeugdbescherming Wolderland en de landelijk werkende Stichting Kompas Jeugdbescherming, die zich "
      "richt op kinderen en ouders met een licht verstandelijke beperking."),
    P("Op 1 januari 2025 hadden in de regio 1.137 kinderen een kinderbeschermingsmaatregel: 941 een "
      "ondertoezichtstelling en 196 een voogdijmaatregel. Dat aantal is sinds 2021 vrijwel gelijk gebleven, maar de "
      "problematiek in de gezinnen is volgens alle partijen zwaarder en complexer geworden.",
      footnotes=("Bron: registratiegegevens van de gecertificeerde instellingen, peildatum 1 januari 2025.",)),
    H2("1.2 Vraagstelling"),
    P("De centrale vraag van dit onderzoek luidt: in hoeverre krijgen kinderen in de jeugdregio Wolderland voor wie "
      "de kinderrechter een kinderbeschermingsmaatregel heeft uitgesproken tijdig de bescherming en de hulp die zij "
      "nodig hebben? De inspectie heeft deze vraag uitgewerkt in vier deelvragen:"),
    numbered(
        "Hoe lang duurt het van het verzoek tot onderzoek tot de uitspraak van de kinderrechter, en waardoor wordt "
        "die doorlooptijd bepaald?",
        "Hoe snel krijgt een kind na de uitspraak een vaste jeugdbeschermer, en hoe wordt in de tussentijd de "
        "veiligheid bewaakt?",
        "In hoeverre start de jeugdhulp die de jeugdbeschermer nodig acht tijdig, en wat gebeurt er als die hulp er "
        "niet is?",
        "Hoe sturen de verantwoordelijke partijen op de keten als geheel?",
        style="1)",
    ),
    H2("1.3 Werkwijze"),
    P("De inspectie heeft een aselecte steekproef getrokken van 64 dossiers van kinderen bij wie in 2023 een "
      "ondertoezichtstelling of voogdijmaatregel is uitgesproken. Van elk dossier is de volledige route gereconstrueerd, "
      "vanaf de melding bij Veilig Thuis of het verzoek tot onderzoek tot het moment van het dossieronderzoek. Daarnaast "
      "heeft de inspectie 27 interviews en groepsgesprekken gevoerd met in totaal 63 personen: raadsonderzoekers, "
      "jeugdbeschermers, teamleiders, bestuurders, beleidsmedewerkers van gemeenten, kinderrechters, ouders en "
      "jongeren. Een overzicht staat in de bijlage."),
    P("De gesprekken met ouders en jongeren zijn gevoerd met hulp van een ervaringsdeskundige. Alle geïnterviewden "
      "hebben toestemming gegeven voor het gebruik van hun informatie; citaten zijn zo weergegeven dat zij niet "
      "herleidbaar zijn tot personen."),
    P("De betrokken organisaties hebben het conceptrapport op feitelijke juistheid kunnen controleren. Hun reacties "
      "zijn waar nodig verwerkt. Het oordeel over de bevindingen is uitsluitend dat van de inspectie."),
    H2("1.4 Leeswijzer"),
    P("Hoofdstuk 2 beschrijft het toetsingskader. De hoofdstukken 3 tot en met 6 bevatten de bevindingen, het "
      "oordeel van de inspectie en de verbeterpunten, telkens in een kader aan het eind van het hoofdstuk. Hoofdstuk 3 "
      "gaat over de route van melding tot maatregel, hoofdstuk 4 over de uitvoering van de maatregel door de "
      "gecertificeerde instellingen, hoofdstuk 5 over de beschikbaarheid van passende jeugdhulp en hoofdstuk 6 over de "
      "sturing op de keten. Hoofdstuk 7 bevat een slotbeschouwing."),
    PageBreak(),
    H("2 Toetsingskader"),
    P("De inspectie toetst de keten aan normen die zijn afgeleid van de Jeugdwet, het Burgerlijk Wetboek, het "
      "Kwaliteitskader Jeugdbescherming en de werkafspraken die de ketenpartners in de regio zelf hebben gemaakt. "
      "Waar een wettelijke termijn ontbreekt, gebruikt de inspectie de termijnen die de organisaties zichzelf "
      "hebben opgelegd.",
      footnotes=("Kwaliteitskader Jeugdbescherming, versie 2023, en de Regionale Werkafspraken Jeugdbeschermingsketen "
                 "Wolderland van 12 juni 2022.",)),
    H2("2.1 Normen"),
    P("Voor dit onderzoek hanteert de inspectie de volgende tien normen:", bold=True),
    numbered(
        "De Raad voor de Kinderbescherming start een raadsonderzoek binnen tien werkdagen na het verzoek tot "
        "onderzoek.",
        "De Raad rondt een raadsonderzoek binnen vijftig werkdagen af met een rapport en, waar nodig, een verzoek "
        "aan de kinderrechter.",
        "Ouders en jeugdigen worden bij de start van het raadsonderzoek en bij de start van de maatregel "
        "geïnformeerd over hun rechten, het klachtrecht en de vertrouwenspersoon.",
        "De gecertificeerde instelling wijst binnen vijf werkdagen na de uitspraak een vaste jeugdbeschermer toe.",
        "De jeugdbeschermer heeft binnen tien werkdagen na de uitspraak een eerste gesprek met de ouders en de "
        "jeugdige.",
        "Binnen zes weken na de start van de maatregel ligt er een plan van aanpak met doelen die met ouders en "
        "jeugdige zijn besproken.",
        "Het plan van aanpak wordt ten minste elk half jaar geëvalueerd en zo nodig bijgesteld.",
        "De jeugdhulp die de jeugdbeschermer noodzakelijk acht, start binnen vier weken na het besluit daartoe.",
        "Een kind dat uit huis wordt geplaatst, verblijft op een plek die past bij zijn leeftijd en problematiek.",
        "De ketenpartners hebben gezamenlijk zicht op de doorlooptijden in de keten en sturen daar aantoonbaar op.",
    ),
    P("De normen 1 en 2 betreffen de Raad voor de Kinderbescherming, de normen 4 tot en met 7 de gecertificeerde "
      "instellingen, de normen 8 en 9 vooral de gemeenten als verantwoordelijken voor het jeugdhulpaanbod en norm 10 "
      "alle partijen samen. Norm 3 geldt voor zowel de Raad als de gecertificeerde instellingen."),
    H2("2.2 Beoordeling"),
    P("Per norm geeft de inspectie een oordeel in drie categorieën:"),
    bullets(
        "voldoet: de norm wordt in ten minste 80 procent van de onderzochte dossiers gehaald;",
        "voldoet gedeeltelijk: de norm wordt in 50 tot 80 procent van de dossiers gehaald;",
        "voldoet niet: de norm wordt in minder dan de helft van de dossiers gehaald.",
    ),
    P("Bij de normen 9 en 10, die zich minder goed lenen voor telling in dossiers, heeft de inspectie haar oordeel "
      "mede gebaseerd op de interviews en op de documenten die de ketenpartners beschikbaar stelden."),
    PageBreak(),
    H("3 Van zorgmelding tot maatregel"),
    H2("3.1 Instroom"),
    P("Een kinderbeschermingsmaatregel begint bijna altijd met een zorg over de veiligheid van een kind. In de "
      "onderzochte dossiers kwam die zorg in 41 gevallen van Veilig Thuis Wolderland, in 15 gevallen van een "
      "gemeentelijk wijkteam en in 8 gevallen van de politie of een school. Als vrijwillige hulp niet voldoende "
      "helpt, vraagt de melder de Raad voor de Kinderbescherming om een onderzoek te doen naar de noodzaak van een "
      "maatregel."),
    P("De inspectie ziet dat wijkteams lang proberen om met vrijwillige hulp verder te komen. Dat is in beginsel "
      "goed: een maatregel is een uiterste middel. Maar in elf dossiers constateerde de inspectie dat de zorgen al "
      "meer dan een jaar bestonden en meerdere keren waren geëscaleerd voordat een verzoek tot onderzoek werd "
      "gedaan. Het kind was op dat moment al lang onveilig."),
    H2("3.2 Doorlooptijd van het raadsonderzoek"),
    P("De vestiging Wolderhaven van de Raad voor de Kinderbescherming kampt sinds 2023 met een hoog verloop en een "
      "structureel tekort aan raadsonderzoekers. In 2024 was gemiddeld 22 procent van de formatie niet bezet. Als "
      "gevolg daarvan is een wachtlijst ontstaan voor de start van onderzoeken."),
    P("In de onderzochte dossiers duurde het gemiddeld 31 werkdagen voordat een raadsonderzoek startte; de eigen norm "
      "van de Raad is tien werkdagen. Het onderzoek zelf duurde daarna gemiddeld 78 werkdagen, tegen een norm van "
      "vijftig. Van verzoek tot rapport verstreken daarmee gemiddeld ruim vijf maanden. Slechts in 9 van de 64 "
      "dossiers werden beide termijnen gehaald."),
    P("Kinderrechters gaven aan dat zij door de vertraging vaker een voorlopige ondertoezichtstelling uitspreken, "
      "omdat zij niet op het rapport kunnen wachten. Het gezin krijgt dan wel een jeugdbeschermer, maar de "
      "onderbouwing van de maatregel volgt pas later. Raadsonderzoekers vertelden dat zij wachtende zaken periodiek "
      "doorlopen om acute onveiligheid op te sporen, maar dat die screening door tijdsdruk niet altijd plaatsvindt."),
    H2("3.3 Overdracht na de uitspraak"),
    P("Na de uitspraak van de kinderrechter draagt de Raad de zaak over aan de gecertificeerde instelling. In de "
      "regionale werkafspraken staat dat de Raad en de instelling daarbij 'zo mogelijk' een gezamenlijk gesprek "
      "met het gezin voeren. In de praktijk gebeurde dat in 14 van de 64 dossiers. In de overige dossiers werd het "
      "raadsrapport digitaal overgedragen en nam de jeugdbeschermer, als die er was, zelf contact op met het gezin."),
    P("Ouders vertelden dat zij na de zitting 'in een gat vielen'. Een moeder zei: 'De rechter zei dat er iemand "
      "zou komen. Ik heb zes weken niets gehoord. Toen belde ik zelf, en bleek er nog niemand te zijn.' Jongeren gaven "
      "aan dat zij hun verhaal opnieuw moesten vertellen aan iemand die het rapport nog niet had gelezen."),
    H2("3.4 Informatie aan ouders en jeugdigen"),
    P("De Raad beschikt over een landelijke folder over het raadsonderzoek. In 38 van de 64 dossiers was vastgelegd "
      "dat de folder was meegegeven of verzonden. In geen van de dossiers was vastgelegd dat met ouders of jeugdige "
      "was besproken welke rechten zij hebben, hoe zij een klacht kunnen indienen of dat zij gebruik kunnen maken "
      "van een vertrouwenspersoon. De folder is bovendien alleen in het Nederlands beschikbaar en volgens de "
      "ervaringsdeskundige die de inspectie ondersteunde, voor veel ouders te moeilijk."),
    H2("3.5 Oordeel"),
    P("De Raad voor de Kinderbescherming voldoet niet aan de normen 1 en 2. De wachttijd voor de start van het "
      "raadsonderzoek en de duur van het onderzoek zelf liggen ver boven de termijnen die de Raad zichzelf stelt. "
      "Norm 3 wordt voor het raadsonderzoek gedeeltelijk gehaald: informatie wordt meestal verstrekt, maar niet op "
      "een manier die ouders en jeugdigen in staat stelt hun rechten te kennen en te gebruiken. De overdracht na de "
      "uitspraak is kwetsbaar omdat zij afhangt van de beschikbaarheid van een jeugdbeschermer."),
    box(),
    chapter_points(1, 3),
    PageBreak(),
    H("4 De uitvoering van de maatregel"),
    H2("4.1 Wachtlijst bij de gecertificeerde instellingen"),
    P("Jeugdbescherming Wolderland werkt sinds het najaar van 2023 met een wachtlijst. Kinderen die op de "
      "wachtlijst staan, hebben een maatregel, maar nog geen vaste jeugdbeschermer. Een centraal wachtlijstteam van "
      "vier medewerkers beoordeelt wekelijks de veiligheid van deze kinderen op basis van het dossier en, waar "
      "nodig, een telefonisch contact met de ouders of de school. Op 1 maart 2025 stonden 83 kinderen op de "
      "wachtlijst; de gemiddelde wachttijd was 34 werkdagen."),
    P("In 17 van de 64 dossiers stond het kind na de uitspraak op de wachtlijst. In vijf daarvan verslechterde de "
      "situatie in die periode zodanig dat alsnog een spoedmaatregel nodig was. De inspectie stelt vast dat het "
      "wachtlijstteam zijn werk zorgvuldig doet, maar dat het geen jeugdbeschermer kan vervangen: het kent het kind "
      "niet en heeft geen gezag tegenover ouders."),
    P("Stichting Kompas Jeugdbescherming heeft in de regio geen wachtlijst. Wel duurde het in drie van haar acht "
      "onderzochte dossiers langer dan vijf werkdagen voordat een vaste jeugdbeschermer was toegewezen."),
    H2("4.2 Caseload en personeel"),
    P("Een jeugdbeschermer bij Jeugdbescherming Wolderland had op 1 maart 2025 gemiddeld 17,6 kinderen in zijn of "
      "haar caseload, omgerekend naar een volledige werkweek. Bij Stichting Kompas was dat 14,2. Landelijk wordt een "
      "caseload van ongeveer vijftien kinderen als verantwoord beschouwd. Het ziekteverzuim bij Jeugdbescherming "
      "Wolderland bedroeg in 2024 9,8 procent en 23 procent van de jeugdbeschermers vertrok binnen twee jaar na "
      "indiensttreding."),
    P("Jeugdbeschermers schetsten een vicieuze cirkel: door de hoge caseload vertrekken collega's, waardoor de "
      "caseload van de blijvers verder stijgt. Nieuwe medewerkers krijgen door tijdgebrek te weinig begeleiding. "
      "Teamleiders gaven aan dat zij zaken soms 'moeten verdelen over wie er nog ruimte heeft, niet over wie het "
      "kind het beste kan helpen'."),
    P("De gemeenten betalen de gecertificeerde instellingen per kind per maand een vast tarief. Dat tarief is in "
      "2024 met 4,5 procent verhoogd. Volgens Jeugdbescherming Wolderland is het onvoldoende om de caseload "
      "structureel te verlagen. De gemeenten wijzen erop dat zij het tarief hebben gebaseerd op een landelijk "
      "kostprijsonderzoek en dat de instelling ook zelf keuzes maakt in de inzet van personeel.",
      footnotes=("Het landelijke onderzoek naar een normprijs voor de jeugdbescherming liep ten tijde van dit "
                 "onderzoek nog.",)),
    H2("4.3 Plan van aanpak en doelen"),
    P("Bij de start van de maatregel stelt de jeugdbeschermer samen met ouders en jeugdige een plan van aanpak op. "
      "Daarin staat wat er moet veranderen om de maatregel te kunnen beëindigen. In 29 van de 64 dossiers lag er "
      "binnen zes weken een plan van aanpak. In 18 dossiers duurde het langer dan drie maanden, en in vier dossiers "
      "ontbrak een plan van aanpak nog bij het dossieronderzoek."),
    P("Waar een plan er wel was, waren de doelen vaak algemeen geformuleerd, zoals 'het kind groeit veilig op' of "
      "'ouders werken mee aan hulpverlening'. Uit de plannen bleek zelden wat ouders concreet moesten doen en "
      "wanneer de jeugdbeschermer tevreden zou zijn. Halfjaarlijkse evaluaties vonden in iets meer dan de helft van "
      "de dossiers plaats. Ouders gaven aan dat zij daardoor niet wisten wat er van hen werd verwacht."),
    H2("4.4 Informatie en rechtspositie"),
    P("Beide instellingen hebben informatiemateriaal voor ouders en jongeren. In de dossiers van Jeugdbescherming "
      "Wolderland was in 21 van de 56 gevallen vastgelegd dat ouders over het klachtrecht waren geïnformeerd; bij "
      "Stichting Kompas in zes van de acht. Een van de jongeren zei: 'Ik wist niet eens dat ik mocht zeggen dat ik "
      "het er niet mee eens was.' Het contact met de vertrouwenspersoon van het Advies- en Klachtenbureau Jeugdzorg "
      "kwam in de dossiers nauwelijks voor."),
    H2("4.5 Oordeel"),
    P("De gecertificeerde instellingen voldoen niet aan norm 4: een kwart van de kinderen krijgt niet binnen vijf "
      "werkdagen een vaste jeugdbeschermer. Aan norm 5 voldoen zij gedeeltelijk. De normen 6 en 7 worden niet "
      "gehaald; het plan van aanpak komt te laat en is te weinig concreet om op te sturen. Voor norm 3 geldt "
      "hetzelfde als bij de Raad: informatie wordt wel verstrekt, maar niet zo dat ouders en jeugdigen weten wat hun "
      "rechten zijn. De inspectie vindt de hoge caseload bij Jeugdbescherming Wolderland een risico voor de "
      "kwaliteit en de continuïteit van de jeugdbescherming."),
    box(),
    chapter_points(4, 7),
    PageBreak(),
    H("5 Passende jeugdhulp"),
    H2("5.1 Beschikbaarheid van jeugdhulp in de regio"),
    P("Een maatregel is geen hulp. De jeugdbeschermer zet hulp in, maar is daarvoor afhankelijk van het aanbod dat "
      "de gemeenten hebben gecontracteerd. In de jeugdregio Wolderland hebben de gemeenten contracten met ruim "
      "honderd jeugdhulpaanbieders. Voor ambulante gezinshulp en lichte vormen van begeleiding is het aanbod over het "
      "algemeen voldoende."),
    P("Voor specialistische jeugdhulp ligt dat anders. In 36 van de 64 dossiers achtte de jeugdbeschermer "
      "specialistische hulp nodig, zoals traumabehandeling, intensieve ambulante gezinsbehandeling of verblijf. In 21 "
      "daarvan startte die hulp niet binnen vier weken; de mediane wachttijd was elf weken. In zeven dossiers was de "
      "hulp bij het dossieronderzoek nog altijd niet gestart."),
    P("Aanbieders wezen de inspectie op hun eigen personeelstekorten en op de zwaarte van de doelgroep. Verschillende "
      "aanbieders gaven aan dat zij jongeren met een combinatie van agressie, middelengebruik en een licht "
      "verstandelijke beperking niet meer aannemen, omdat zij hun medewerkers daar niet voor kunnen toerusten. "
      "Gemeenten zeiden dat zij de aanbieders daar contractueel moeilijk toe kunnen verplichten."),
    H2("5.2 Pleegzorg en gezinshuizen"),
    P("Van de 64 kinderen in de steekproef verbleven er 23 op enig moment buiten het eigen gezin. Elf van hen "
      "woonden in een pleeggezin, vier in een gezinshuis en acht in een residentiële voorziening. De "
      "pleegzorgaanbieder in de regio kampt met een tekort aan pleeggezinnen, vooral voor tieners en voor kinderen "
      "die intensieve zorg nodig hebben. In 2024 stonden gemiddeld 26 kinderen op de wachtlijst voor een "
      "pleeggezin."),
    P("Pleegouders vertelden dat zij zich onvoldoende ondersteund voelen wanneer een pleegkind zware problemen "
      "heeft. De vergoeding die zij ontvangen, is gebaseerd op een landelijke regeling en dekt volgens hen de extra "
      "kosten voor deze kinderen niet. Het aantal gezinshuisplekken in de regio is sinds 2022 gedaald van 38 naar "
      "29."),
    H2("5.3 Uithuisplaatsing zonder passende plek"),
    P("Als de kinderrechter een machtiging tot uithuisplaatsing afgeeft, moet de jeugdbeschermer een plek vinden. "
      "In zes dossiers verbleef een kind na de machtiging langer dan vier weken op een crisisplek of een "
      "overbruggingsplek die niet bij zijn leeftijd of problematiek paste. Een jongen van veertien verbleef "
      "veertien weken op een crisisgroep voor jonge kinderen; een meisje van vijftien werd drie keer binnen twee "
      "maanden overgeplaatst."),
    P("De kinderrechter hoort van zulke situaties doorgaans pas bij een verzoek tot verlenging. Kinderrechters "
      "gaven aan dat zij eerder zouden willen weten wanneer een plaatsing niet verloopt zoals bij de machtiging was "
      "voorzien. In de huidige wet- en regelgeving is daarvoor geen voorziening getroffen."),
    P("De inspectie heeft gezien dat professionals zich tot het uiterste inspannen om een plek te vinden. "
      "Jeugdbeschermers besteden daar echter veel tijd aan, die ten koste gaat van het contact met het kind en de "
      "andere kinderen in hun caseload. Een regionaal orgaan dat bij vastgelopen plaatsingen kan beslissen, "
      "ontbreekt. Er is wel een bovenregionaal expertteam, maar dat adviseert alleen en heeft geen middelen om een "
      "plek af te dwingen."),
    H2("5.4 Oordeel"),
    P("De keten voldoet niet aan norm 8: in een meerderheid van de dossiers waarin specialistische hulp nodig was, "
      "startte die niet binnen vier weken. Aan norm 9 wordt gedeeltelijk voldaan. De inspectie constateert dat het "
      "tekort aan passende plekken deels een regionaal en deels een landelijk vraagstuk is: voor sommige kleine "
      "doelgroepen is de regio te klein om zelf een voorziening in stand te houden."),
    box(),
    chapter_points(8, 11),
    PageBreak(),
    H("6 Sturing en samenwerking in de keten"),
    H2("6.1 Bestuurlijke afspraken"),
    P("De samenwerking in de jeugdbeschermingsketen Wolderland is vastgelegd in de Regionale Werkafspraken van 2022. "
      "Het Regionaal Ketenoverleg Jeugdbescherming, waarin de Raad, de gecertificeerde instellingen, Veilig Thuis, de "
      "gemeenten en de rechtbank zijn vertegenwoordigd, komt vier keer per jaar bijeen. Het overleg bespreekt "
      "knelpunten, maar heeft geen bevoegdheid om bindende besluiten te nemen."),
    P("Gesprekspartners beschreven het ketenoverleg als 'nuttig om elkaar te kennen, maar niet om problemen op te "
      "lossen'. Wanneer een knelpunt meerdere partijen raakt, zoals de wachtlijst bij de gecertificeerde instelling "
      "die mede door het tarief en mede door de arbeidsmarkt wordt veroorzaakt, wijzen partijen naar elkaar. De "
      "inspectie heeft geen voorbeelden gevonden van knelpunten die in het ketenoverleg zijn opgelost."),
    H2("6.2 Zicht op doorlooptijden"),
    P("Iedere ketenpartner registreert zijn eigen doorlooptijden. De Raad weet hoe lang zijn onderzoeken duren, de "
      "gecertificeerde instellingen weten hoe lang kinderen op de wachtlijst staan, en de gemeenten ontvangen van "
      "aanbieders informatie over wachttijden voor jeugdhulp. Niemand overziet de hele route van het kind. De "
      "inspectie moest de doorlooptijden in dit onderzoek zelf uit de dossiers reconstrueren; geen van de partijen "
      "kon haar die cijfers leveren."),
    P("Landelijk publiceert het ministerie van Justitie en Veiligheid jaarlijks een monitor met doorlooptijden in de "
      "jeugdbeschermingsketen. Die monitor geeft landelijke gemiddelden en kijkt niet verder dan de start van de "
      "maatregel. Regionale verschillen en de wachttijd voor jeugdhulp blijven daardoor buiten beeld."),
    H2("6.3 Landelijke kaders"),
    P("Voor de tijd tussen de uitspraak van de kinderrechter en de toewijzing van een jeugdbeschermer bestaat geen "
      "wettelijke termijn. De Jeugdwet schrijft voor dat de gecertificeerde instelling de maatregel uitvoert, maar "
      "zegt niet binnen welke tijd. De termijn van vijf werkdagen in norm 4 is afkomstig uit het Kwaliteitskader. "
      "Kinderrechters en advocaten gaven aan dat een wettelijke termijn de positie van ouders en kinderen zou "
      "versterken."),
    P("Het kabinet werkt landelijk aan een vereenvoudiging van de jeugdbescherming, waarin de rol van de Raad en de "
      "gecertificeerde instellingen opnieuw wordt bezien. Professionals in de regio gaven aan dat die "
      "stelselwijziging nodig is, maar dat zij de problemen van vandaag niet oplost. De inspectie deelt die "
      "opvatting."),
    H2("6.4 Oordeel"),
    P("De ketenpartners voldoen niet aan norm 10. Er is geen gezamenlijk zicht op de doorlooptijden en niemand is in "
      "staat om bij knelpunten die meerdere partijen raken een knoop door te hakken. De inspectie ziet dat iedere "
      "partij binnen de eigen verantwoordelijkheid probeert te verbeteren, maar dat het geheel daardoor niet "
      "verbetert."),
    box(),
    chapter_points(12, 14),
    PageBreak(),
    H("7 Slotbeschouwing"),
    P("De jeugdbeschermingsketen in Wolderland is een keten van wachtrijen. Elke schakel heeft haar eigen verklaring "
      "voor de vertraging, en die verklaringen zijn vaak begrijpelijk: personeelstekorten, zwaardere problematiek, "
      "beperkte budgetten. Voor het kind telt echter de optelsom. In de onderzochte dossiers verstreek tussen het "
      "verzoek tot onderzoek en de start van passende hulp gemiddeld ruim acht maanden."),
    P("De inspectie realiseert zich dat niet alle verbeterpunten op korte termijn volledig kunnen worden "
      "gerealiseerd. Het tekort aan jeugdbeschermers en raadsonderzoekers lost zich niet in een jaar op. Juist daarom "
      "is het van belang dat de partijen gezamenlijk prioriteiten stellen, elkaar aanspreken en zichtbaar maken wat "
      "zij doen."),
    P("De inspectie vraagt de betrokken partijen om binnen drie maanden na publicatie van dit rapport een "
      "gezamenlijk plan van aanpak op te stellen, waarin per verbeterpunt staat welke actie wordt ondernomen, wie "
      "daarvoor verantwoordelijk is en wanneer de actie gereed is. De inspectie zal in het najaar van 2026 "
      "nagaan welke verbeteringen zijn gerealiseerd."),
    PageBreak(),
    H("Bijlage Onderzochte dossiers en gesprekken"),
    P("De steekproef en de gesprekken zijn als volgt over de organisaties verdeeld."),
    Table(
        header=("Organisatie", "Dossiers", "Gesprekken", "Personen"),
        rows=(
            ("Raad voor de Kinderbescherming, vestiging Wolderhaven", "64", "4", "11"),
            ("Jeugdbescherming Wolderland", "56", "7", "19"),
            ("Stichting Kompas Jeugdbescherming", "8", "3", "6"),
            ("Gemeenten in de jeugdregio Wolderland", "–", "4", "9"),
            ("Rechtbank (kinderrechters)", "–", "2", "4"),
            ("Jeugdhulpaanbieders en pleegzorg", "–", "3", "7"),
            ("Ouders en jongeren", "–", "4", "7"),
            ("Totaal", "64", "27", "63"),
        ),
        widths=(3.4, 1.0, 1.1, 1.0),
    ),
    P("Alle 64 dossiers zijn zowel bij de Raad als bij de betrokken gecertificeerde instelling ingezien. Het "
      "onderzoek is uitgevoerd door een team van vijf inspecteurs."),
)

REPORT = Document(
    title="Wachten op bescherming",
    subtitle="Toezicht op de jeugdbeschermingsketen in de jeugdregio Wolderland",
    blocks=REPORT_BLOCKS,
    running_header="Inspectie Kinderbescherming en Jeugdketen  |  Wachten op bescherming",
    footer="{page}",
    font_family="sans",
    font_size=10.0,
    title_page=True,
    imprint=("Inspectie Kinderbescherming en Jeugdketen", "Den Haag, september 2025"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV1 = ("De wachttijd tot de start van een raadsonderzoek is uiterlijk 1 juli 2026 teruggebracht tot ten hoogste tien "
       "werkdagen en de duur van het onderzoek zelf tot ten hoogste vijftig werkdagen.")
EV2 = ("Wordt overgenomen: de Raad en de twee gecertificeerde instellingen leggen in het regionale werkproces vast dat "
       "binnen vijf werkdagen na de uitspraak een gezamenlijk overdrachtsgesprek met ouders en jeugdige plaatsvindt.")
EV3 = ("De Raad en de gecertificeerde instellingen ontwikkelen samen één informatiepakket voor ouders en jeugdigen "
       "(een brief in eenvoudige taal, een korte animatie en een gesprekskaart) over hun rechten, het klachtrecht en "
       "de vertrouwenspersoon.")
EV6 = ("Het pakket wordt uitgereikt bij de start van het raadsonderzoek en opnieuw bij de start van de maatregel; de "
       "jeugdbeschermer bespreekt het in het eerste gesprek en gaat na of het is begrepen.")
EV4 = ("Wordt verkend: de gecertificeerde instellingen en de gemeenten onderzoeken of een regionale pool van "
       "jeugdbeschermers haalbaar is, waaruit kinderen direct na de uitspraak een vaste jeugdbeschermer krijgen.")
EV5 = ("Geen actie: een caseloadnorm van vijftien kinderen is met het huidige aantal jeugdbeschermers niet haalbaar "
       "zonder dat de wachtlijst verder oploopt.")
EV7 = ("De gecertificeerde instellingen nemen in hun werkinstructie op dat het plan van aanpak uiterlijk zes weken na "
       "de start van de maatregel met ouders en jeugdige is vastgesteld en ten minste elk half jaar wordt "
       "geëvalueerd.")
EV8 = ("De gemeenten richten het gevraagde escalatieteam in, maar nemen een vaste termijn van vier weken voor de "
       "start van alle jeugdhulp niet over, omdat zij de wachttijden bij aanbieders niet rechtstreeks kunnen "
       "afdwingen.")
EV9 = ("Wordt verkend in het kader van de Hervormingsagenda Jeugd: VWS onderzoekt met de jeugdregio's en de "
       "aanbieders of voor kleine doelgroepen met complexe problematiek landelijke afspraken over de beschikbaarheid "
       "van plekken nodig zijn.")
EV12 = ("Geen actie: de minister deelt de zorg over de wachttijd na de uitspraak, maar een wettelijke termijn voor de "
        "toewijzing van een jeugdbeschermer voegt weinig toe.")
EV13 = ("Geen actie: een bestuurlijk eindverantwoordelijke met doorzettingsmacht past niet bij de "
        "verantwoordelijkheidsverdeling in de Jeugdwet, waarin de gemeenten opdrachtgever zijn en de Raad en de "
        "gecertificeerde instellingen hun wettelijke taak zelfstandig uitvoeren.")
EV14 = ("Het ministerie van Justitie en Veiligheid breidt de Monitor Jeugdbeschermingsketen uit met doorlooptijden per "
        "jeugdregio, van de melding tot de start van de jeugdhulp; daarvoor is € 450.000 gereserveerd.")


def row(number: str, title: str, actie: str, wie: str, gereed: str, *answers: Answer) -> tuple:
    return (f"{number}. {title}", Cell(actie, answers=answers), wie, gereed)


PLAN_ROWS = (
    row("1", "Wachttijd en doorlooptijd raadsonderzoek",
        "De Raad zet vanaf 1 februari 2026 een tijdelijk flexteam van zes raadsonderzoekers in bij de vestiging "
        "Wolderhaven, bekostigd uit een incidentele bijdrage van € 0,9 miljoen van het ministerie van Justitie en "
        "Veiligheid. " + EV1 + " De Raad rapporteert maandelijks over de voortgang aan het Regionaal Ketenoverleg.",
        "Raad voor de Kinderbescherming; JenV (financiering)", "1 juli 2026",
        Answer("1", "agree", EV1)),
    row("2", "Overdracht na de uitspraak",
        EV2 + " Als de vaste jeugdbeschermer nog niet bekend is, neemt de teamleider van de instelling aan het "
        "gesprek deel.",
        "Raad, Jeugdbescherming Wolderland, Stichting Kompas", "1 maart 2026",
        Answer("2", "agree", EV2)),
    row("3", "Informatie over rechten (Raad)",
        EV3 + " " + EV6 + "\nOuders en jongeren uit de cliëntenraad van Jeugdbescherming Wolderland testen het "
        "pakket vooraf; het komt ook beschikbaar in het Engels, Arabisch en Pools.",
        "Raad, gecertificeerde instellingen", "1 april 2026",
        Answer("3", "agree", EV3), Answer("6", "agree", EV6)),
    row("4", "Vaste jeugdbeschermer binnen vijf werkdagen",
        EV4 + " Tot die tijd blijft het wachtlijstteam de veiligheid van kinderen op de wachtlijst wekelijks "
        "beoordelen.",
        "GI's, gemeenten", "Verkenning: 1 juni 2026",
        Answer("4", "partial", EV4)),
    row("5", "Caseload jeugdbeschermers",
        EV5 + " De instellingen sturen op werkdruk via de weging van zaken in het landelijke normenkader; de "
        "gemeenten volgen de uitkomsten van het landelijke onderzoek naar een normprijs voor de jeugdbescherming.",
        "GI's, gemeenten", "–",
        Answer("5", "disagree", EV5)),
    row("6", "Informatie over rechten (GI's)",
        "Zie verbeterpunt 3.",
        "GI's", "1 april 2026",
        Answer("6", "agree", "Zie verbeterpunt 3.")),
    row("7", "Plan van aanpak binnen zes weken",
        EV7 + " Teamleiders controleren maandelijks een steekproef van tien dossiers per team; de uitkomsten worden "
        "ieder kwartaal aan de gemeenten gerapporteerd.",
        "Jeugdbescherming Wolderland, Stichting Kompas", "1 maart 2026",
        Answer("7", "agree", EV7)),
    row("8", "Tijdige start jeugdhulp en escalatieteam",
        EV8 + " Het Regionaal Expertteam Jeugd Wolderland start op 1 januari 2026 en krijgt mandaat om een "
        "vastgelopen plaatsing binnen tien werkdagen op te lossen; de gemeenten trekken daarvoor € 1,2 miljoen per jaar "
        "uit.\nDe gemeenten rapporteren ieder kwartaal over de wachttijden voor specialistische jeugdhulp.",
        "Gemeenten jeugdregio Wolderland", "1 januari 2026",
        Answer("8", "partial", EV8)),
    row("9", "Landelijke beschikbaarheid gespecialiseerde jeugdhulp",
        EV9 + " De uitkomst wordt betrokken bij de voortgangsrapportage over de Hervormingsagenda.",
        "VWS", "Eind 2026",
        Answer("9", "partial", EV9)),
    row("11", "Pleegzorg en gezinshuizen",
        "Aan de gemeenten; pleegzorg en gezinshuizen vallen op grond van de Jeugdwet onder hun verantwoordelijkheid.",
        "Gemeenten", "–"),
    row("12", "Wettelijke termijn toewijzing jeugdbeschermer",
        EV12 + " De gecertificeerde instelling is nu al gehouden de maatregel onverwijld uit te voeren, en het "
        "tekort aan jeugdbeschermers, dat de eigenlijke oorzaak van de wachttijd is, wordt door een termijn niet "
        "kleiner. Het landelijke arbeidsmarktprogramma voor de jeugdbescherming loopt door tot 2027.",
        "JenV", "–",
        Answer("12", "disagree", EV12)),
    row("13", "Bestuurlijk eindverantwoordelijke keten",
        EV13 + " Het Regionaal Ketenoverleg Jeugdbescherming blijft het gremium waarin knelpunten worden "
        "besproken.",
        "JenV, gemeenten", "–",
        Answer("13", "disagree", EV13)),
    row("14", "Ketenbrede monitor doorlooptijden",
        EV14 + " De eerste regionale cijfers, ook voor Wolderland, verschijnen in het derde kwartaal van 2026 en "
        "worden daarna halfjaarlijks openbaar gemaakt.",
        "JenV, met VWS, Raad en GI's", "Q3 2026",
        Answer("14", "agree", EV14)),
)

RESPONSE_BLOCKS = (
    P("Aan: de inspecteur-generaal van de Inspectie Kinderbescherming en Jeugdketen"),
    P("Afschrift: de vaste commissie voor Justitie en Veiligheid en de vaste commissie voor Volksgezondheid, "
      "Welzijn en Sport van de Tweede Kamer"),
    P("Den Haag, 16 december 2025"),
    H("1 Inleiding", level=2),
    P("Op 23 september 2025 publiceerde de Inspectie Kinderbescherming en Jeugdketen het rapport 'Wachten op "
      "bescherming' over de jeugdbeschermingsketen in de jeugdregio Wolderland. De inspectie vroeg de betrokken "
      "partijen om binnen drie maanden een gezamenlijk plan van aanpak op te stellen. Dit document is dat plan. Het "
      "is opgesteld door het ministerie van Justitie en Veiligheid, in overleg met het ministerie van "
      "Volksgezondheid, Welzijn en Sport, de acht gemeenten in de regio, de Raad voor de Kinderbescherming en de "
      "gecertificeerde instellingen Jeugdbescherming Wolderland en Stichting Kompas Jeugdbescherming."),
    P("De minister voor Rechtsbescherming dankt de inspectie voor het zorgvuldige onderzoek. Hij dankt in het "
      "bijzonder de ouders en jongeren die hun ervaringen met de inspectie hebben gedeeld. Hun verhalen maken pijnlijk "
      "duidelijk wat het betekent als de overheid een kind beschermt op papier, maar niet in de praktijk."),
    H("2 Reactie op hoofdlijnen", level=2),
    P("De inspectie schetst een keten waarin iedere schakel wacht op de vorige. Dat beeld wordt door alle partijen "
      "herkend. De tekorten aan raadsonderzoekers, jeugdbeschermers en passende plekken in de jeugdhulp spelen niet "
      "alleen in Wolderland, maar komen hier samen met een groeiende zwaarte van de problematiek in gezinnen."),
    P("De minister voor Rechtsbescherming onderschrijft de verbeterpunten op hoofdlijnen; wat dat per verbeterpunt "
      "betekent, staat in de tabel in paragraaf 3. Dat geldt ook voor de staatssecretaris van Volksgezondheid, "
      "Welzijn en Sport en de colleges van burgemeester en wethouders van de gemeenten in de regio, namens wie dit "
      "plan mede wordt aangeboden. Bij enkele verbeterpunten kiezen de partijen een andere weg dan de inspectie "
      "voorstelt; de redenen daarvoor zijn in de tabel toegelicht."),
    P("Landelijk werken de minister voor Rechtsbescherming en de staatssecretaris van VWS aan een vereenvoudiging van "
      "de jeugdbescherming, zoals uitgewerkt in het Toekomstscenario kind- en gezinsbescherming, en aan de "
      "Hervormingsagenda Jeugd. Die trajecten vragen meerdere jaren. Dit plan richt zich op wat in de regio op korte "
      "termijn kan worden verbeterd, binnen de huidige wettelijke kaders."),
    H("3 Plan van aanpak per verbeterpunt", level=2),
    P("De tabel volgt de nummering van het inspectierapport. In de kolom 'Wie' staat de partij die voor de actie "
      "verantwoordelijk is; in de kolom 'Gereed' de datum waarop de actie is afgerond of, bij een verkenning, de "
      "datum waarop de uitkomst bekend is."),
    Table(
        header=("Verbeterpunt", "Actie", "Wie", "Gereed"),
        rows=PLAN_ROWS,
        widths=(1.35, 3.4, 1.3, 1.2),
        font_size=8.8,
        rules="grid",
    ),
    H("4 Voortgang en verantwoording", level=2),
    P("De uitvoering van dit plan wordt gevolgd in het Regionaal Ketenoverleg Jeugdbescherming Wolderland, dat de "
      "voortgang ieder kwartaal bespreekt. De gemeenten informeren hun gemeenteraden via de reguliere "
      "voortgangsrapportage jeugd. Het ministerie van Justitie en Veiligheid stuurt de inspectie in september 2026 een "
      "overzicht van de stand van zaken, voorafgaand aan het vervolgonderzoek dat de inspectie in het najaar van 2026 "
      "heeft aangekondigd."),
    P("De minister voor Rechtsbescherming informeert de Tweede Kamer over de landelijke lessen uit dit rapport in de "
      "eerstvolgende voortgangsbrief over de jeugdbescherming."),
    P("De minister voor Rechtsbescherming,"),
    P("mede namens de staatssecretaris van Volksgezondheid, Welzijn en Sport en "
      "de colleges van burgemeester en wethouders van Wolderhaven, Ravensloot, Dijkhuizen, Vennebroek, Zandwijk, "
      "Esveld, Merkeland en Oosterwolde"),
)

RESPONSE = Document(
    title="Plan van aanpak jeugdbeschermingsketen Wolderland",
    subtitle="Naar aanleiding van het rapport 'Wachten op bescherming' van de Inspectie Kinderbescherming en "
             "Jeugdketen",
    blocks=RESPONSE_BLOCKS,
    running_header="Plan van aanpak jeugdbeschermingsketen Wolderland  –  december 2025",
    footer="{page}/{pages}",
    font_family="serif",
    font_size=10.0,
    title_page=False,
)

PAIR = Pair(
    name="child_protection_improvement_plan",
    report=REPORT,
    response=RESPONSE,
    description="Inspectie Kinderbescherming en Jeugdketen report on the youth protection chain in Wolderland "
                "(14 'Verbeterpunten' numbered 1-14 across chapters 3-6, each chapter's list under a shaded "
                "'Verbeterpunten' bar; numbered 'Normen' and research questions as traps) and the minister voor "
                "Rechtsbescherming's 'Plan van aanpak' table 'Verbeterpunt | Actie | Wie | Gereed': 6 agree (5 "
                "without cue, 6 via 'Zie verbeterpunt 3'), 3 partial, 3 disagree, 11 passed on 'Aan de gemeenten', "
                "10 missing from the table.",
)
