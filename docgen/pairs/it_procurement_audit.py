"""Pair: a fictional Nationale Rekenraad audit of large government IT procurement, and the cabinet's answer.

Layout traits this pair tests: a serif report with a title page and running header; a "Samenvatting" in prose that
ends with a numbered list of the fifteen recommendations (the only place docgen can annotate them: it marks
recommendations on list items only, so this list is the gold's first printing and page); chapters with a figures
table and lettered research questions (not recommendations); a chapter "5 Conclusies" with bold labels "Conclusie
1" ... "Conclusie 6" set above a paragraph (findings that look like numbered recommendations); and chapter
"6 Aanbevelingen" in which the same fifteen recommendations are printed, word for word, as the rows of a grid table
"Nr. | Aanbeveling | Gericht aan" that breaks over pages, with cells of five to seven lines.  An annex has a dash
list of abbreviations.

The response is a letter of the minister of BZK, also on behalf of the ministers of JenV and Defensie (letterhead,
no title page).  After thanks, context and a sketch of existing policy (no position) the answers are paragraphs that
open with "Ad N." under level-2 headings per case; "Ad 4 en 5." answers two recommendations with different
positions.  The letter ends with "Samenvattend neemt het kabinet de meeste aanbevelingen ... over", a summary that
takes no position on any single recommendation.
  1  JenV      agree          - go/no-go decision before 1 July and the work halted; no cue word
  2  JenV      partial        - key roles in permanent employment yes, the 30 % cap on external hiring no
  3  JenV      agree          - "onderschrijft het kabinet"; a continuation paragraph answers it too
  4  Defensie  agree          - "neemt de aanbeveling over" (first half of "Ad 4 en 5.")
  5  Defensie  disagree       - outside programme director "neemt hij niet over" (second half of "Ad 4 en 5.")
  6  Defensie  agree          - repair first, automatic back pay with a date and 14 million euro; no cue word
  7  Defensie  disagree       - shares the analysis, but simplifying the allowances "acht hij niet opportuun"
  8  BZK       disagree       - binding TDP advice "past niet bij de ministeriele verantwoordelijkheid"
  9  BZK       agree          - "Deze aanbeveling neem ik over."
  10 BZK       partial        - only explores a standard exit clause
  11 BZK       not_addressed  - "Ad 11." only describes the existing CIO decree
  12 BZK, FIN  not_addressed  - passed on to the minister of Financien and the Voorjaarsnota
  13 BZK       agree          - evaluations and yearly publication from 2026 with money; no cue word
  14 BZK       partial        - a pilot pool; structural pool decided after evaluation
  15 OTHER     not_addressed  - to the Tweede Kamer: "Het is aan uw Kamer ..."
All prose is fictional and written for this test set.
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

P = Paragraph


def H1(text: str) -> Heading:
    return Heading(text, level=1)


def H2(text: str) -> Heading:
    return Heading(text, level=2)


def label(text: str) -> Paragraph:
    return Paragraph(text, bold=True)


# number, text as printed, addressee as printed in the table, department codes
RECOMMENDATIONS = (
    ("1", "Neem vóór 1 juli 2025 een expliciet go/no-go-besluit over JUNO op basis van een onafhankelijke "
          "herbeoordeling van de technische staat, de resterende kosten en de alternatieven, en zet de "
          "doorontwikkeling tot dat besluit stil. Informeer de Tweede Kamer over het besluit en de onderbouwing "
          "daarvan.",
     "Minister van Justitie en Veiligheid", ("JenV",)),
    ("2", "Versterk het opdrachtgeverschap van het CBJZ door sleutelfuncties als lead architect, product owner en "
          "contractmanager in vaste dienst te beleggen, en beperk het aandeel externe inhuur in het programmateam "
          "tot ten hoogste 30 procent.",
     "Minister van Justitie en Veiligheid", ("JenV",)),
    ("3", "Vereenvoudig eerst de werkprocessen van het CBJZ voordat zij in software worden vastgelegd, en betrek "
          "medewerkers die dagelijks met zaken werken vanaf het begin structureel bij het ontwerp en het testen van "
          "het systeem, in plaats van pas bij de acceptatietest.",
     "Minister van Justitie en Veiligheid", ("JenV",)),
    ("4", "Stel voor SALDO een integrale business case op die de totale kosten over tien jaar omvat, inclusief "
          "beheer, maatwerk en de kosten van het parallel draaien van het oude systeem, en stuur deze vóór "
          "Prinsjesdag 2025 aan de Tweede Kamer.",
     "Minister van Defensie", ("Defensie",)),
    ("5", "Beleg de leiding van het programma SALDO bij een programmadirecteur van buiten de defensieorganisatie, "
          "die rechtstreeks verantwoording aflegt aan de secretaris-generaal en niet afhankelijk is van de "
          "lijnorganisatie die het systeem moet gaan gebruiken.",
     "Minister van Defensie", ("Defensie",)),
    ("6", "Herstel de fouten in de salarisberekening voordat SALDO verder wordt uitgerold, en compenseer militairen "
          "die te weinig of te laat zijn betaald ambtshalve, zonder dat zij daarvoor zelf een verzoek of bezwaar "
          "hoeven in te dienen.",
     "Minister van Defensie", ("Defensie",)),
    ("7", "Vereenvoudig het stelsel van toelagen en vergoedingen voor militairen zodanig dat het standaardpakket van "
          "SALDO zonder of met zeer beperkt maatwerk kan worden gebruikt, en betrek deze vereenvoudiging bij het "
          "eerstvolgende arbeidsvoorwaardenoverleg.",
     "Minister van Defensie", ("Defensie",)),
    ("8", "Maak het advies van de Toetsingscommissie Digitale Projecten (TDP) bindend voor ICT-projecten met een "
          "omvang van meer dan 5 miljoen euro, zodat een project met een negatief advies niet kan starten of "
          "doorgaan zonder dat het eerst is aangepast.",
     "Minister van Binnenlandse Zaken en Koninkrijksrelaties (coördinerend voor de ICT van het Rijk)", ("BZK",)),
    ("9", "Verbeter de ICT-portfoliomonitor: rapporteer per project zowel de oorspronkelijke als de actuele raming "
          "en planning, neem ook stopgezette projecten op en laat de departementale CIO's de juistheid van de "
          "gegevens jaarlijks bevestigen.",
     "Minister van Binnenlandse Zaken en Koninkrijksrelaties", ("BZK",)),
    ("10", "Neem in alle ICT-contracten van het Rijk met een waarde van meer dan 10 miljoen euro een uitgewerkte "
           "exitstrategie op, met afspraken over de overdracht van gegevens, broncode en documentatie, zodat het "
           "Rijk niet afhankelijk blijft van één leverancier.",
     "Minister van Binnenlandse Zaken en Koninkrijksrelaties (coördinerend voor de rijksinkoop)", ("BZK",)),
    ("11", "Geef de departementale CIO's in het Besluit CIO-stelsel Rijksdienst de bevoegdheid om een ICT-project "
           "tijdelijk stil te leggen wanneer de risico's niet langer beheersbaar zijn, totdat de verantwoordelijke "
           "bewindspersoon een besluit heeft genomen.",
     "Minister van Binnenlandse Zaken en Koninkrijksrelaties", ("BZK",)),
    ("12", "Schrijf voor dat de raming van elk groot ICT-project wordt getoetst aan de werkelijke kosten en "
           "doorlooptijden van vergelijkbare eerdere projecten (referentieklassen), en neem de uitkomst van die "
           "toets op in de toelichting bij de begroting.",
     "Minister van Binnenlandse Zaken en Koninkrijksrelaties en minister van Financiën", ("BZK", "FIN")),
    ("13", "Laat elk afgebroken of sterk ontspoord ICT-project onafhankelijk evalueren en maak de lessen daaruit "
           "jaarlijks rijksbreed openbaar, zodat volgende projecten er aantoonbaar gebruik van maken.",
     "Minister van Binnenlandse Zaken en Koninkrijksrelaties", ("BZK",)),
    ("14", "Richt een rijksbrede pool in van ervaren opdrachtgevers en programmadirecteuren voor grote ICT-projecten, "
           "die departementen kunnen inzetten wanneer zij die kennis en ervaring zelf niet in huis hebben.",
     "Minister van Binnenlandse Zaken en Koninkrijksrelaties", ("BZK",)),
    ("15", "Wijs ICT-projecten met een omvang van meer dan 100 miljoen euro vaker aan als groot project in de zin van "
           "de Regeling grote projecten, zodat de Kamer halfjaarlijks wordt geïnformeerd over voortgang, kosten en "
           "risico's.",
     "Tweede Kamer der Staten-Generaal", ("OTHER",)),
)


def summary_list() -> ItemList:
    return ItemList(style="1.", items=tuple(
        ListItem(text, recommendation=Recommendation(number, departments))
        for number, text, _, departments in RECOMMENDATIONS))


def recommendation_table() -> Table:
    return Table(
        header=("Nr.", "Aanbeveling", "Gericht aan"),
        rows=tuple((number, text, addressee) for number, text, addressee, _ in RECOMMENDATIONS),
        widths=(0.08, 0.64, 0.28),
        rules="grid",
    )


REPORT = Document(
    title="Groot, duur en niet af",
    subtitle="Verwerving en sturing van grote ICT-projecten bij het Rijk: het zaaksysteem JUNO, het "
             "salarissysteem SALDO en het rijksbrede ICT-portfolio",
    imprint=("Nationale Rekenraad", "Rapport 2025/04", "Den Haag, 12 maart 2025"),
    running_header="Nationale Rekenraad  |  Groot, duur en niet af",
    footer="{page}",
    font_family="serif",
    font_size=10.5,
    blocks=(
        H1("Samenvatting"),
        P("Het Rijk geeft elk jaar ruim 6 miljard euro uit aan ICT. Een groot deel daarvan gaat op aan beheer en "
          "onderhoud van bestaande systemen, maar ongeveer een kwart wordt besteed aan vernieuwing: nieuwe systemen "
          "die oude, vaak tientallen jaren oude applicaties moeten vervangen. Juist bij die vernieuwing gaat het "
          "geregeld mis. Projecten lopen jaren uit, kosten een veelvoud van het oorspronkelijke budget of worden "
          "na jaren van ontwikkeling stopgezet zonder dat er een bruikbaar systeem is opgeleverd."),
        P("De Nationale Rekenraad heeft onderzocht hoe dat komt. Wij hebben twee grote projecten in detail "
          "bestudeerd: JUNO, het nieuwe zaaksysteem van het Centraal Bureau Justitiële Zaakbehandeling (CBJZ), en "
          "SALDO, het nieuwe personeels- en salarissysteem van Defensie. Daarnaast hebben wij onderzocht hoe de "
          "minister van Binnenlandse Zaken en Koninkrijksrelaties (BZK), die de ICT van het Rijk coördineert, met "
          "de Chief Information Officer (CIO) Rijk zicht houdt op het rijksbrede portfolio van grote ICT-projecten."),
        P("JUNO had in 2018 een budget van 48 miljoen euro en zou in 2021 in gebruik worden genomen. Eind 2024 was "
          "131 miljoen euro uitgegeven en was het systeem nog altijd niet in gebruik. De medewerkers van het CBJZ "
          "werken nog steeds met het verouderde systeem BRAVO, waarvan de leverancier de ondersteuning in 2026 "
          "beëindigt. SALDO is in 2023 bij de landmacht in gebruik genomen, maar berekende in de eerste acht "
          "maanden het salaris van ongeveer 9.400 militairen verkeerd. Een deel van hen kreeg maandenlang te weinig "
          "betaald en moest zelf bezwaar maken om het tekort vergoed te krijgen."),
        P("De problemen bij beide projecten hebben gemeenschappelijke oorzaken. Het opdrachtgeverschap was zwak: de "
          "organisaties wisten onvoldoende wat zij wilden en waren voor kennis afhankelijk van de leveranciers en "
          "van ingehuurde adviseurs. De werkprocessen en regels waren zo complex dat standaardsoftware alleen met "
          "veel maatwerk kon worden gebruikt. Kostenramingen waren te optimistisch en zijn pas laat bijgesteld. "
          "Waarschuwingen, ook van de Toetsingscommissie Digitale Projecten (TDP), leidden niet tot bijsturing."),
        P("Rijksbreed constateren wij dat de minister van BZK wel informatie verzamelt over grote ICT-projecten, "
          "maar dat die informatie onvolledig is en weinig gevolgen heeft. In de ICT-portfoliomonitor ontbreken "
          "stopgezette projecten, oorspronkelijke ramingen worden overschreven door actuele ramingen, en de TDP-"
          "adviezen worden in een derde van de gevallen niet of slechts gedeeltelijk opgevolgd. Lessen uit "
          "eerdere mislukkingen worden niet systematisch vastgelegd."),
        P("Wij doen vijftien aanbevelingen. In hoofdstuk 6 zijn zij opgenomen in een overzicht waarin per "
          "aanbeveling staat aan wie zij is gericht. Samengevat bevelen wij het volgende aan:"),
        summary_list(),
        PageBreak(),
        H1("1  Inleiding"),
        H2("1.1  Aanleiding"),
        P("Grote ICT-projecten van de rijksoverheid staan al lange tijd in de belangstelling van de Tweede Kamer. "
          "Na een parlementair onderzoek in 2014 zijn verschillende maatregelen genomen: de oprichting van een "
          "onafhankelijk toetsingscollege, de invoering van een openbaar overzicht van grote projecten en de "
          "versterking van de rol van de CIO's bij de departementen. Tien jaar later is de vraag gerechtvaardigd "
          "of die maatregelen hebben gewerkt."),
        P("Aanleiding voor dit onderzoek waren signalen over twee projecten die in de afgelopen jaren herhaaldelijk "
          "in het nieuws kwamen. Bij JUNO meldde de minister van Justitie en Veiligheid in vijf opeenvolgende "
          "voortgangsbrieven een nieuwe vertraging. Bij SALDO ontvingen de Kamer en de militaire vakbonden in "
          "2023 honderden klachten van militairen over onjuiste salarisstroken. Wij wilden weten of deze projecten "
          "op zichzelf staan of iets zeggen over de manier waarop het Rijk grote ICT-projecten verwerft en stuurt."),
        H2("1.2  Onderzoeksvragen"),
        P("Het onderzoek beantwoordt de volgende vragen:"),
        ItemList(style="a.", items=(
            ListItem("Hoe zijn de projecten JUNO en SALDO voorbereid, aanbesteed en uitgevoerd, en wat hebben zij "
                     "tot nu toe gekost?"),
            ListItem("Welke factoren verklaren de vertragingen, kostenoverschrijdingen en problemen in het gebruik?"),
            ListItem("Hoe houdt de minister van BZK zicht op het rijksbrede portfolio van grote ICT-projecten, en "
                     "wat doet hij met die informatie?"),
            ListItem("In hoeverre worden lessen uit eerdere projecten benut bij nieuwe projecten?"),
        )),
        H2("1.3  Aanpak en afbakening"),
        P("Wij hebben voor beide projecten de projectdossiers bestudeerd, waaronder business cases, "
          "aanbestedingsstukken, contracten, voortgangsrapportages en verslagen van stuurgroepen, over de periode "
          "2017 tot en met 2024. Wij hebben 64 gesprekken gevoerd met betrokkenen bij de ministeries, het CBJZ, "
          "Defensie, de leveranciers, de TDP en het CIO Rijk. Bij het CBJZ en bij twee landmachteenheden hebben "
          "wij medewerkers geïnterviewd die met de systemen werken of zouden moeten werken.",
          footnotes=("Een overzicht van de geraadpleegde documenten en gesprekspartners staat in bijlage 1.",)),
        P("Voor het rijksbrede deel hebben wij de gegevens in de ICT-portfoliomonitor over de jaren 2019 tot en "
          "met 2024 geanalyseerd en vergeleken met de begrotingen en jaarverslagen van de departementen. Ook hebben "
          "wij alle 37 adviezen van de TDP uit die periode en de reacties van de betrokken ministers bestudeerd. "
          "Wij hebben ons niet uitgesproken over de keuze voor een bepaald softwarepakket of een bepaalde "
          "leverancier; die keuze is aan de departementen."),
        H2("1.4  Leeswijzer"),
        P("Hoofdstuk 2 beschrijft het project JUNO en hoofdstuk 3 het project SALDO. In hoofdstuk 4 gaan wij in op "
          "de rijksbrede sturing door de minister van BZK. Hoofdstuk 5 bevat onze conclusies en hoofdstuk 6 onze "
          "aanbevelingen. De bestuurlijke reactie van de betrokken ministers wordt door het kabinet afzonderlijk "
          "aan de Tweede Kamer gezonden."),
        H1("2  JUNO: het zaaksysteem van het CBJZ"),
        H2("2.1  Voorgeschiedenis"),
        P("Het Centraal Bureau Justitiële Zaakbehandeling behandelt jaarlijks ongeveer 310.000 zaken, van "
          "verzoeken om gratie en schadevergoeding tot de afhandeling van in beslag genomen goederen. Sinds 2003 "
          "gebruikt het CBJZ daarvoor het zaaksysteem BRAVO. BRAVO is in de loop der jaren uitgebreid met tientallen "
          "koppelingen en aanpassingen, waardoor het moeilijk te onderhouden is. De leverancier heeft aangekondigd "
          "de ondersteuning van de onderliggende software per 1 januari 2026 te beëindigen."),
        P("In 2017 besloot de toenmalige minister van Justitie en Veiligheid BRAVO te vervangen door een nieuw "
          "systeem op basis van een standaard zaakbehandelingsplatform. De business case ging uit van een budget "
          "van 48 miljoen euro en een ingebruikname in 2021. Het nieuwe systeem zou de doorlooptijd van zaken met "
          "een kwart verkorten en de beheerkosten met 3 miljoen euro per jaar verlagen."),
        H2("2.2  Aanbesteding en contract"),
        P("De aanbesteding vond plaats in 2018 via een concurrentiegerichte dialoog. Twee partijen schreven in; de "
          "opdracht werd gegund aan een consortium van een softwareleverancier en een integrator. Het contract was "
          "opgesteld als een resultaatverplichting met vaste prijs voor de eerste fase en een inspanningsverplichting "
          "voor de latere fasen. In de praktijk bleek deze constructie weinig houvast te bieden: vrijwel alle "
          "functionaliteit werd uiteindelijk in de latere fasen gebouwd, op basis van nacalculatie."),
        P("Het CBJZ beschikte bij de start over weinig eigen ICT-kennis. Het programmateam bestond in 2019 voor 74 "
          "procent uit externe medewerkers; in 2023 was dat nog 68 procent. De rol van lead architect is gedurende "
          "het hele project door een externe adviseur vervuld, die in die periode vier keer is vervangen. Daardoor "
          "ontbrak continuïteit in de ontwerpkeuzes en kon het CBJZ de voorstellen van de leverancier moeilijk op "
          "hun merites beoordelen."),
        H2("2.3  Uitvoering"),
        P("Het project is uitgevoerd volgens een agile werkwijze, met sprints van drie weken. In de eerste twee jaar "
          "zijn vooral technische basisvoorzieningen gebouwd. Toen in 2021 de eerste zaakstromen werden getest, "
          "bleek dat de werkprocessen van het CBJZ veel complexer waren dan in de business case was aangenomen. Er "
          "bleken 46 verschillende zaaktypen te bestaan, elk met eigen uitzonderingen, die medewerkers in BRAVO met "
          "handmatige omwegen afhandelden."),
        P("In plaats van de werkprocessen te vereenvoudigen, is gekozen om alle uitzonderingen in het nieuwe "
          "systeem na te bouwen. Medewerkers van het CBJZ werden pas bij de acceptatietests betrokken. Zij "
          "constateerden dat het systeem voor veel zaaktypen meer handelingen vergde dan BRAVO. In 2022 en opnieuw "
          "in 2023 is de ingebruikname daarom uitgesteld. De TDP adviseerde in 2022 het project te herijken en de "
          "scope sterk te beperken; dat advies is slechts gedeeltelijk opgevolgd."),
        H2("2.4  Kosten en stand van zaken"),
        P("Tabel 1 laat zien hoe de raming van JUNO zich sinds de start heeft ontwikkeld."),
        Table(
            header=("Moment", "Raming totale kosten (mln euro)", "Geplande ingebruikname"),
            rows=(
                ("Business case 2017", "48", "2021"),
                ("Gunning 2018", "55", "2021"),
                ("Voortgangsbrief 2020", "72", "2022"),
                ("Herijking 2022", "104", "2023"),
                ("Voortgangsbrief 2023", "139", "2025"),
                ("Voortgangsbrief 2024", "162", "onbekend"),
            ),
            widths=(0.4, 0.35, 0.25),
            rules="rows",
        ),
        P("Tot en met 2024 is 131 miljoen euro uitgegeven. Volgens de meest recente raming is nog ten minste 31 "
          "miljoen euro nodig, maar de leverancier en het CBJZ verschillen van mening over de hoeveelheid werk die "
          "resteert. Een datum voor ingebruikname wordt niet meer genoemd. Intussen moet het CBJZ extra kosten maken "
          "om BRAVO na 2025 in de lucht te houden, omdat de reguliere ondersteuning dan vervalt."),
        H1("3  SALDO: het personeels- en salarissysteem van Defensie"),
        H2("3.1  Voorgeschiedenis"),
        P("Defensie betaalt maandelijks het salaris van ongeveer 70.000 militairen en burgermedewerkers. Het oude "
          "personeels- en salarissysteem dateert uit de jaren negentig en draait op een verouderd platform. In 2016 "
          "besloot de minister van Defensie het te vervangen door een standaard softwarepakket voor personeels- en "
          "salarisadministratie, zoals dat ook bij grote private werkgevers wordt gebruikt."),
        P("Het uitgangspunt was 'standaard, tenzij': Defensie zou haar processen zo veel mogelijk aanpassen aan het "
          "pakket. Dat uitgangspunt bleek in de praktijk moeilijk vol te houden. Militairen hebben een eigen "
          "rechtspositie met ruim 140 verschillende toelagen en vergoedingen, bijvoorbeeld voor oefeningen, "
          "uitzendingen, wachtdiensten en verhuizingen. Voor vrijwel al deze regelingen is maatwerk gebouwd."),
        H2("3.2  Uitvoering en governance"),
        P("Het programma SALDO is ondergebracht bij de defensieorganisatie zelf. De programmadirecteur was "
          "afkomstig uit de lijnorganisatie die het systeem zou gaan gebruiken en legde verantwoording af aan een "
          "stuurgroep van vertegenwoordigers van de krijgsmachtdelen. In de stuurgroep stond het belang van de "
          "eigen eenheden vaak voorop; verzoeken om extra maatwerk werden zelden afgewezen. Een overkoepelende "
          "business case met de totale kosten van aanschaf, maatwerk en beheer is nooit opgesteld."),
        P("Het oude systeem moest langer blijven draaien dan voorzien, omdat de krijgsmachtdelen gefaseerd zouden "
          "overgaan. De kosten daarvan, ruim 11 miljoen euro per jaar, zijn niet aan het programma toegerekend en "
          "komen in geen enkele voortgangsrapportage voor. De totale kosten van SALDO tot en met 2024 schatten wij "
          "op 212 miljoen euro, tegenover 86 miljoen euro in het oorspronkelijke besluit."),
        H2("3.3  Ingebruikname bij de landmacht"),
        P("In april 2023 is SALDO bij de landmacht in gebruik genomen. Al in de eerste maand bleken de toelagen "
          "voor oefeningen en wachtdiensten bij een deel van de militairen niet of verkeerd te worden berekend. In "
          "de eerste acht maanden is het salaris van ongeveer 9.400 militairen minstens één keer onjuist berekend. "
          "Bij 3.100 van hen ging het om een tekort van meer dan 250 euro netto in een maand."),
        P("Militairen die te weinig hadden ontvangen, moesten zelf een melding doen bij het dienstencentrum of "
          "bezwaar maken. Volgens de militaire vakbonden hebben veel militairen dat niet gedaan, omdat zij de fout "
          "niet opmerkten of omdat zij tijdens een uitzending geen toegang hadden tot hun salarisgegevens. Eind 2024 "
          "was ongeveer 60 procent van de tekorten hersteld. Ondanks deze problemen stond de overgang van de "
          "Koninklijke Marechaussee naar SALDO gepland voor het voorjaar van 2025."),
        H1("4  Sturing op het rijksbrede ICT-portfolio"),
        H2("4.1  Rol van de minister van BZK en het CIO Rijk"),
        P("Iedere minister is verantwoordelijk voor de ICT-projecten van het eigen ministerie. De minister van BZK "
          "heeft een coördinerende rol: hij stelt rijksbrede kaders vast, bevordert samenwerking en informeert de "
          "Tweede Kamer jaarlijks over het portfolio van grote ICT-projecten. Het CIO Rijk ondersteunt hem daarbij "
          "en zit het CIO-beraad voor, waarin de CIO's van alle departementen zitting hebben."),
        P("De departementale CIO's geven over elk ICT-project van meer dan 5 miljoen euro een CIO-oordeel. Dat "
          "oordeel is een advies aan de bewindspersoon en de secretaris-generaal. Uit onze gesprekken blijkt dat "
          "CIO's zich bij kritische oordelen kwetsbaar voelen, omdat zij hiërarchisch onder de secretaris-generaal "
          "vallen die het project vaak zelf heeft geïnitieerd. Bij JUNO was het CIO-oordeel in 2022 negatief; het "
          "project is ongewijzigd voortgezet."),
        H2("4.2  De ICT-portfoliomonitor"),
        P("Sinds 2019 publiceert de minister van BZK jaarlijks de ICT-portfoliomonitor, een overzicht van alle "
          "ICT-projecten van het Rijk met een omvang van meer dan 5 miljoen euro. Eind 2024 stonden er 94 projecten "
          "in, met een totale geraamde omvang van 4,3 miljard euro. Tabel 2 vat de ontwikkeling samen."),
        Table(
            header=("Jaar", "Projecten in de monitor", "Waarvan met kostenoverschrijding > 25%",
                    "Stopgezet in dat jaar"),
            rows=(
                ("2019", "71", "14", "niet vermeld"),
                ("2020", "78", "17", "niet vermeld"),
                ("2021", "83", "19", "niet vermeld"),
                ("2022", "88", "24", "niet vermeld"),
                ("2023", "91", "26", "niet vermeld"),
                ("2024", "94", "29", "niet vermeld"),
            ),
            widths=(0.16, 0.26, 0.34, 0.24),
            rules="rows",
        ),
        P("De monitor heeft drie tekortkomingen. In de eerste plaats wordt bij een herijking de oorspronkelijke "
          "raming vervangen door de nieuwe; de monitor laat daardoor geen overschrijding zien ten opzichte van het "
          "eerste besluit. Bij JUNO toont de monitor van 2024 een overschrijding van 16 procent, terwijl de "
          "kosten ten opzichte van 2017 ruim zijn verdrievoudigd. In de tweede plaats verdwijnen stopgezette "
          "projecten zonder toelichting uit de monitor. Wij telden in de periode 2019-2024 ten minste elf projecten "
          "die zijn beëindigd zonder dat de monitor dit vermeldt. In de derde plaats worden de gegevens door de "
          "departementen zelf aangeleverd, zonder dat iemand de juistheid ervan bevestigt."),
        H2("4.3  Adviezen van de TDP"),
        P("De Toetsingscommissie Digitale Projecten adviseert over ICT-projecten met een hoog risico. De TDP bracht "
          "tussen 2019 en 2024 37 adviezen uit. Ministers moeten binnen zes weken op een advies reageren, maar zijn "
          "niet verplicht het op te volgen. In twaalf gevallen werd het advies niet of slechts gedeeltelijk "
          "opgevolgd. Bij zeven van die twaalf projecten deden zich later de problemen voor waarvoor de TDP had "
          "gewaarschuwd."),
        P("Wij hebben ook gekeken naar de contracten die aan de onderzochte projecten ten grondslag liggen. In geen "
          "van beide contracten waren afspraken gemaakt over wat er zou gebeuren als het Rijk het contract zou "
          "willen beëindigen. Bij JUNO is de broncode van het maatwerk eigendom van de integrator. Overstappen "
          "naar een andere leverancier zou betekenen dat een groot deel van het werk opnieuw moet worden gedaan."),
        H2("4.4  Leren van eerdere projecten"),
        P("Na het parlementaire onderzoek van 2014 is veel gezegd over leren van fouten. Wij hebben geen rijksbreed "
          "overzicht aangetroffen van evaluaties van afgebroken of ontspoorde ICT-projecten. Waar evaluaties zijn "
          "uitgevoerd, zijn zij meestal niet openbaar gemaakt en niet gedeeld met andere departementen. De "
          "projectleiders van JUNO en SALDO kenden de evaluaties van vergelijkbare eerdere projecten niet, hoewel "
          "deze op belangrijke punten dezelfde risico's beschreven."),
        P("Ook bij het ramen van kosten wordt weinig gebruikgemaakt van ervaringen met eerdere projecten. "
          "Internationaal onderzoek laat zien dat ramingen realistischer worden als zij worden vergeleken met de "
          "werkelijke uitkomsten van een groep vergelijkbare projecten. Geen van de departementen die wij spraken "
          "past deze methode toe. De kennis om grote ICT-projecten als opdrachtgever te leiden is schaars en "
          "verspreid over de departementen; ervaren programmadirecteuren stappen na afloop van een project vaak "
          "over naar de markt."),
        P("Tot slot merken wij op dat de Tweede Kamer zelf over een instrument beschikt om intensiever zicht te "
          "houden op grote projecten. Met de Regeling grote projecten kan de Kamer een project aanwijzen, waarna "
          "de minister halfjaarlijks rapporteert. Van de projecten in de monitor met een omvang van meer dan 100 "
          "miljoen euro is er op dit moment één als groot project aangewezen."),
        H1("5  Conclusies"),
        P("Op basis van ons onderzoek komen wij tot de volgende zes conclusies. De eerste drie gaan over de twee "
          "onderzochte projecten, de laatste drie over de rijksbrede sturing."),
        label("Conclusie 1"),
        P("Bij JUNO en SALDO was het opdrachtgeverschap onvoldoende ontwikkeld. Het CBJZ en Defensie wisten bij de "
          "start niet goed wat zij nodig hadden en hebben het ontwerp grotendeels overgelaten aan leveranciers en "
          "ingehuurde adviseurs. Daardoor konden zij de voorstellen van de leveranciers niet kritisch beoordelen."),
        label("Conclusie 2"),
        P("In beide projecten werden complexe werkprocessen en regels één op één in software vertaald. Het "
          "uitgangspunt om standaardsoftware te gebruiken werd daardoor uitgehold. Het maatwerk is een "
          "belangrijke oorzaak van de vertraging, van de kostenstijging en van de fouten na de ingebruikname."),
        label("Conclusie 3"),
        P("De gevolgen van de problemen bij SALDO zijn in de eerste plaats door militairen gedragen. Het herstel "
          "van de fouten verloopt traag en is afhankelijk van de vraag of militairen zelf aan de bel trekken. Dat "
          "de uitrol naar andere krijgsmachtdelen desondanks is voortgezet, achten wij onverantwoord."),
        label("Conclusie 4"),
        P("De ICT-portfoliomonitor geeft een te rooskleurig beeld. Doordat oorspronkelijke ramingen worden "
          "overschreven en stopgezette projecten verdwijnen, kan de Tweede Kamer de werkelijke ontwikkeling van "
          "kosten en planning niet volgen."),
        label("Conclusie 5"),
        P("Waarschuwingen binnen het stelsel hebben te weinig gevolgen. Negatieve adviezen van de TDP en van "
          "departementale CIO's hebben in meerdere gevallen niet tot bijsturing geleid, en ramingen worden niet "
          "getoetst aan de ervaringen met eerdere projecten."),
        label("Conclusie 6"),
        P("Het Rijk leert te weinig van zijn eigen fouten. Evaluaties van mislukte projecten worden zelden "
          "uitgevoerd of gedeeld, en de schaarse kennis van ervaren opdrachtgevers is niet rijksbreed "
          "beschikbaar."),
        H1("6  Aanbevelingen"),
        P("Op basis van onze conclusies doen wij de volgende aanbevelingen. De aanbevelingen 1 tot en met 3 gaan "
          "over JUNO en zijn gericht aan de minister van Justitie en Veiligheid. De aanbevelingen 4 tot en met 7 "
          "gaan over SALDO en zijn gericht aan de minister van Defensie. De aanbevelingen 8 tot en met 14 gaan over "
          "de rijksbrede sturing; aanbeveling 15 richten wij tot de Tweede Kamer zelf."),
        recommendation_table(),
        P("Wij zullen over drie jaar nagaan in hoeverre deze aanbevelingen zijn opgevolgd en wat dat heeft "
          "betekend voor de beheersing van grote ICT-projecten bij het Rijk."),
        PageBreak(),
        H1("Bijlage 1  Verantwoording van het onderzoek"),
        P("Het onderzoek is uitgevoerd tussen maart en november 2024. De bevindingen zijn in december 2024 voor "
          "een feitelijke controle voorgelegd aan de ministeries van Justitie en Veiligheid, Defensie en "
          "Binnenlandse Zaken en Koninkrijksrelaties, aan het CBJZ en aan de TDP. Hun opmerkingen hebben wij waar "
          "nodig verwerkt. De kostenanalyse van SALDO is gebaseerd op de financiële administratie van Defensie en "
          "omvat ook de kosten van het parallel draaien van het oude systeem, die in de eigen rapportages van "
          "Defensie ontbreken."),
        P("Voor de analyse van de ICT-portfoliomonitor hebben wij de gepubliceerde monitors van 2019 tot en met 2024 "
          "per project aan elkaar gekoppeld. Projecten die in een volgend jaar ontbraken, hebben wij nagetrokken in "
          "de jaarverslagen van de departementen en in Kamerbrieven."),
        H1("Bijlage 2  Afkortingen"),
        ItemList(style="–", items=(
            ListItem("BZK: Binnenlandse Zaken en Koninkrijksrelaties"),
            ListItem("CBJZ: Centraal Bureau Justitiële Zaakbehandeling"),
            ListItem("CIO: Chief Information Officer"),
            ListItem("JUNO: het nieuwe zaaksysteem van het CBJZ"),
            ListItem("SALDO: het nieuwe personeels- en salarissysteem van Defensie"),
            ListItem("TDP: Toetsingscommissie Digitale Projecten"),
        )),
    ),
)


A = Answer

RESPONSE = Document(
    title="Ministerie van Binnenlandse Zaken en Koninkrijksrelaties",
    subtitle="Directoraat-generaal Digitalisering en Overheidsorganisatie – CIO Rijk\n"
             "Turfmarkt 147, Den Haag – Postbus 20011, 2500 EA Den Haag",
    title_page=False,
    font_family="sans",
    font_size=10.0,
    running_header="Kenmerk 2025-0000318842  |  Kabinetsreactie op het rapport 'Groot, duur en niet af'",
    footer="Pagina {page} van {pages}",
    blocks=(
        P("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal"),
        P("Postbus 20018, 2500 EA Den Haag"),
        P("Datum: 22 mei 2025"),
        P("Betreft: Kabinetsreactie op het rapport 'Groot, duur en niet af' van de Nationale Rekenraad"),
        P("Geachte voorzitter,"),
        P("Op 12 maart 2025 heeft de Nationale Rekenraad het rapport 'Groot, duur en niet af' gepubliceerd over "
          "de verwerving en sturing van grote ICT-projecten bij het Rijk. Met deze brief reageer ik, mede namens de "
          "minister van Justitie en Veiligheid en de minister van Defensie, op de aanbevelingen uit het rapport."),
        P("Het kabinet dankt de Rekenraad voor het grondige en heldere onderzoek. Het rapport legt pijnlijk bloot "
          "wat er bij JUNO en SALDO is misgegaan en wat de gevolgen daarvan zijn geweest, niet alleen voor de "
          "schatkist, maar vooral voor de medewerkers van het CBJZ en voor de militairen die maandenlang een "
          "onjuist salaris ontvingen. Het kabinet herkent het beeld dat grote ICT-projecten bij het Rijk te vaak "
          "vastlopen op onduidelijke eisen, te veel maatwerk en te optimistische ramingen."),
        P("Het kabinet heeft de afgelopen jaren al verschillende stappen gezet. Met de Rijksbrede "
          "Digitaliseringsagenda 2024-2027 investeert het Rijk in eigen ICT-vakmanschap, onder meer via het "
          "traineeprogramma voor ICT-talent en een rijksbrede vakgroep voor architecten. De departementale CIO's "
          "geven over elk project boven de 5 miljoen euro een openbaar CIO-oordeel, en sinds 2023 wordt in de "
          "Rijksinkoopstrategie gestreefd naar minder afhankelijkheid van grote leveranciers. Het rapport laat zien "
          "dat deze maatregelen nog onvoldoende doorwerken in de praktijk."),
        P("Hieronder ga ik per aanbeveling in op de reactie van het kabinet. De nummering volgt die van hoofdstuk 6 "
          "van het rapport."),
        H2("JUNO bij het Centraal Bureau Justitiële Zaakbehandeling"),
        P("Ad 1. De minister van Justitie en Veiligheid heeft de doorontwikkeling van JUNO op 1 april 2025 "
          "stilgezet, met uitzondering van het beheer van de testomgeving. Een onafhankelijk adviesbureau voert op "
          "dit moment een herbeoordeling uit van de technische staat van het systeem, de resterende kosten en de "
          "alternatieven, waaronder een doorstart met een kleinere scope en de aanschaf van een ander pakket. Op "
          "basis daarvan neemt de minister vóór 1 juli 2025 een go/no-go-besluit, dat hij met de volledige "
          "herbeoordeling aan uw Kamer zendt.",
          answers=(A("1", "agree", "Op basis daarvan neemt de minister vóór 1 juli 2025 een go/no-go-besluit, dat "
                                   "hij met de volledige herbeoordeling aan uw Kamer zendt."),)),
        P("Ad 2. Het kabinet deelt de opvatting van de Rekenraad dat het CBJZ te afhankelijk is geworden van "
          "ingehuurde externen. Het CBJZ neemt in 2025 en 2026 een lead architect, twee product owners en een "
          "contractmanager in vaste dienst; de werving daarvoor is gestart. De minister van Justitie en Veiligheid "
          "neemt het eerste deel van deze aanbeveling daarmee over, maar een vast maximum van 30 procent externe "
          "inhuur binnen het programmateam neemt hij niet over. Voor specialistische onderdelen, zoals de migratie "
          "van gegevens uit BRAVO, blijft tijdelijke inhuur van buiten nodig.",
          answers=(A("2", "partial", "De minister van Justitie en Veiligheid neemt het eerste deel van deze "
                                     "aanbeveling daarmee over, maar een vast maximum van 30 procent externe inhuur "
                                     "binnen het programmateam neemt hij niet over."),)),
        P("Ad 3. Deze aanbeveling onderschrijft het kabinet volledig. De Rekenraad laat zien dat het nabouwen van 46 "
          "zaaktypen met al hun uitzonderingen een belangrijke oorzaak van de problemen was.",
          answers=(A("3", "agree", "Deze aanbeveling onderschrijft het kabinet volledig."),)),
        P("Het CBJZ brengt daarom, los van het besluit over JUNO, het aantal zaaktypen in 2025 terug tot ten "
          "hoogste twintig. Bij een eventuele doorstart werkt een vast panel van medewerkers uit alle afdelingen "
          "vanaf de eerste sprint mee aan het ontwerp en het testen van het systeem.",
          answers=(A("3", "agree", "Bij een eventuele doorstart werkt een vast panel van medewerkers uit alle "
                                   "afdelingen vanaf de eerste sprint mee aan het ontwerp en het testen van het "
                                   "systeem."),)),
        H2("SALDO bij Defensie"),
        P("Ad 4 en 5. De minister van Defensie neemt de aanbeveling over om voor SALDO een integrale business case "
          "op te stellen, inclusief de kosten van beheer, maatwerk en het parallel draaien van het oude systeem; uw "
          "Kamer ontvangt deze vóór Prinsjesdag 2025. Aanbeveling 5, om de leiding van het programma te beleggen "
          "bij een programmadirecteur van buiten de defensieorganisatie, neemt hij niet over. Kennis van de "
          "militaire rechtspositie en van de werking van de krijgsmacht is voor de leiding van dit programma "
          "onmisbaar. Wel laat de programmadirecteur zich voortaan bijstaan door een externe kwaliteitsadviseur, "
          "die ook rechtstreeks aan de secretaris-generaal rapporteert.",
          answers=(A("4", "agree", "De minister van Defensie neemt de aanbeveling over om voor SALDO een integrale "
                                   "business case op te stellen, inclusief de kosten van beheer, maatwerk en het "
                                   "parallel draaien van het oude systeem; uw Kamer ontvangt deze vóór Prinsjesdag "
                                   "2025."),
                   A("5", "disagree", "Aanbeveling 5, om de leiding van het programma te beleggen bij een "
                                      "programmadirecteur van buiten de defensieorganisatie, neemt hij niet "
                                      "over."))),
        P("Ad 6. De overgang van de Koninklijke Marechaussee naar SALDO, die voor het voorjaar van 2025 gepland "
          "stond, is uitgesteld totdat de berekening van alle toelagen foutloos verloopt; een onafhankelijke "
          "salarisaudit moet dat eerst bevestigen. Alle militairen bij wie het salaris sinds april 2023 te laag "
          "is vastgesteld, ontvangen uiterlijk 1 oktober 2025 automatisch een nabetaling met wettelijke rente en "
          "een vaste tegemoetkoming van 500 euro, zonder dat zij daarvoor iets hoeven te doen. Defensie heeft "
          "hiervoor 14 miljoen euro gereserveerd.",
          answers=(A("6", "agree", "Alle militairen bij wie het salaris sinds april 2023 te laag is vastgesteld, "
                                   "ontvangen uiterlijk 1 oktober 2025 automatisch een nabetaling met wettelijke "
                                   "rente en een vaste tegemoetkoming van 500 euro, zonder dat zij daarvoor iets "
                                   "hoeven te doen."),)),
        P("Ad 7. De minister van Defensie deelt de analyse van de Rekenraad dat de complexiteit van het stelsel "
          "van toelagen en vergoedingen een grote rol heeft gespeeld bij de problemen met SALDO. Het stelsel "
          "vereenvoudigen met als doel dat een softwarepakket zonder maatwerk kan worden gebruikt, acht hij echter "
          "niet opportuun. De toelagen zijn in het sectoroverleg met de militaire vakbonden afgesproken en "
          "vergoeden reële bezwaren van het militaire beroep, zoals langdurige afwezigheid en onregelmatige "
          "diensten; de inrichting van de ICT moet volgen uit de arbeidsvoorwaarden en niet andersom.",
          answers=(A("7", "disagree", "Het stelsel vereenvoudigen met als doel dat een softwarepakket zonder "
                                      "maatwerk kan worden gebruikt, acht hij echter niet opportuun."),)),
        H2("Rijksbrede sturing op ICT"),
        P("Ad 8. De Rekenraad constateert terecht dat adviezen van de TDP niet altijd worden opgevolgd, en dat "
          "projecten daarna soms in de problemen komen waarvoor de TDP had gewaarschuwd. Een bindend advies van een "
          "adviescollege past echter niet bij de ministeriële verantwoordelijkheid die iedere minister voor de "
          "projecten van het eigen ministerie draagt. Ministers blijven wel verplicht binnen zes weken gemotiveerd "
          "op een TDP-advies te reageren; die reactie wordt, net als het advies zelf, openbaar gemaakt.",
          answers=(A("8", "disagree", "Een bindend advies van een adviescollege past echter niet bij de "
                                      "ministeriële verantwoordelijkheid die iedere minister voor de projecten van "
                                      "het eigen ministerie draagt."),)),
        P("Ad 9. Deze aanbeveling neem ik over. Vanaf de monitor over 2025 toont de ICT-portfoliomonitor per "
          "project zowel de oorspronkelijke als de actuele raming en planning. Projecten die zijn stopgezet, "
          "blijven met een toelichting in de monitor staan, en de departementale CIO's bevestigen jaarlijks "
          "schriftelijk de juistheid van de gegevens van hun departement.",
          answers=(A("9", "agree", "Deze aanbeveling neem ik over."),)),
        P("Ad 10. Afhankelijkheid van één leverancier is een reëel risico, zoals ook in de inkoopstrategie van "
          "het Rijk wordt onderkend. Tegelijk verschillen ICT-contracten sterk in aard en omvang, en kan een uitgewerkte "
          "exitstrategie bij kleinere of kortlopende contracten onevenredig veel vragen van leveranciers en "
          "inkopers. Ik ga daarom samen met de categoriemanagers ICT verkennen of een standaardexitclausule in de "
          "rijksbrede inkoopvoorwaarden kan worden opgenomen, en vanaf welke contractwaarde. Over de uitkomst "
          "informeer ik uw Kamer eind 2025.",
          answers=(A("10", "partial", "Ik ga daarom samen met de categoriemanagers ICT verkennen of een "
                                      "standaardexitclausule in de rijksbrede inkoopvoorwaarden kan worden "
                                      "opgenomen, en vanaf welke contractwaarde."),)),
        P("Ad 11. De rol van de departementale CIO's is vastgelegd in het Besluit CIO-stelsel Rijksdienst 2021. "
          "Daarin is bepaald dat de CIO over elk ICT-project van meer dan 5 miljoen euro een CIO-oordeel geeft, dat "
          "de bewindspersoon bij de besluitvorming betrekt. Sinds 2023 worden de CIO-oordelen ook gepubliceerd, "
          "zodat uw Kamer kan zien of een project met een kritisch oordeel is voortgezet. Het CIO-beraad bespreekt "
          "twee keer per jaar de projecten met de hoogste risico's."),
        P("Ad 12. De aanbeveling om de ramingen van grote ICT-projecten te toetsen aan de uitkomsten van "
          "vergelijkbare eerdere projecten raakt aan de begrotingsregels van het Rijk. De minister van Financiën "
          "betrekt deze aanbeveling bij de herziening van de Rijksbegrotingsvoorschriften en informeert uw Kamer "
          "daarover bij de Voorjaarsnota 2026."),
        P("Ad 13. Vanaf 2026 laat het CIO Rijk elk afgebroken of sterk ontspoord ICT-project binnen een jaar "
          "onafhankelijk evalueren en publiceert het de lessen daaruit jaarlijks in een openbaar rapport, dat in "
          "het CIO-beraad wordt besproken. Nieuwe projecten boven de 20 miljoen euro moeten in hun projectplan "
          "aangeven welke lessen zij hebben benut. Hiervoor is structureel 1,5 miljoen euro per jaar vrijgemaakt "
          "op de begroting van BZK.",
          answers=(A("13", "agree", "Vanaf 2026 laat het CIO Rijk elk afgebroken of sterk ontspoord ICT-project "
                                    "binnen een jaar onafhankelijk evalueren en publiceert het de lessen daaruit "
                                    "jaarlijks in een openbaar rapport, dat in het CIO-beraad wordt besproken."),)),
        P("Ad 14. Ervaren opdrachtgevers voor grote ICT-projecten zijn schaars, en het kabinet ziet de "
          "meerwaarde van het rijksbreed delen van hun kennis. Ik start in het najaar van 2025 met een pilot: een "
          "kleine pool van vijf ervaren programmadirecteuren, die departementen gedurende twee jaar bij grote "
          "projecten kunnen inzetten. Of de pool daarna een vaste voorziening wordt, besluit ik na de evaluatie van "
          "de pilot in 2027.",
          answers=(A("14", "partial", "Ik start in het najaar van 2025 met een pilot: een kleine pool van vijf "
                                      "ervaren programmadirecteuren, die departementen gedurende twee jaar bij grote "
                                      "projecten kunnen inzetten."),)),
        H2("Aanbeveling aan de Tweede Kamer"),
        P("Ad 15. De Rekenraad beveelt uw Kamer aan om grote ICT-projecten vaker aan te wijzen als groot project in "
          "de zin van de Regeling grote projecten. Het is aan uw Kamer om te bepalen of zij van dit instrument "
          "vaker gebruik wil maken. Op dit moment is één ICT-project als groot project aangewezen; daarover "
          "ontvangt uw Kamer halfjaarlijks een voortgangsrapportage."),
        H2("Tot slot"),
        P("Samenvattend neemt het kabinet de meeste aanbevelingen van de Nationale Rekenraad over. Waar het kabinet "
          "een aanbeveling niet of niet geheel overneemt, heeft het in deze brief toegelicht waarom. Grote "
          "ICT-projecten zullen altijd risico's met zich meebrengen, maar het kabinet wil dat de overheid die "
          "risico's eerder ziet, er eerlijker over rapporteert en er sneller naar handelt. Over de voortgang "
          "informeer ik uw Kamer in de jaarlijkse rapportage over het ICT-portfolio van het Rijk."),
        P("De minister van Binnenlandse Zaken en Koninkrijksrelaties,"),
        P("mr. H.J. (Hanneke) Verschoor-Dalmeijer"),
    ),
)


PAIR = Pair(
    name="it_procurement_audit",
    report=REPORT,
    response=RESPONSE,
    description="Nationale Rekenraad audit of IT procurement (JUNO at JenV, SALDO at Defensie, the IT portfolio "
                "at BZK): 15 recommendations in a summary list and again as rows of a grid table 'Nr. | Aanbeveling "
                "| Gericht aan'; the BZK minister's letter answers in 'Ad N.' paragraphs ('Ad 4 en 5.' mixed), 11 "
                "existing policy only, 12 passed on to Financien, 15 left to the Kamer.",
)
