"""Pair: a fictional accountability audit (verantwoordingsonderzoek 2025) of the Algemene Rekenkamer on the Ministry
of Infrastructuur en Waterstaat (XII, Mobiliteitsfonds, Deltafonds), answered by a letter of the minister that quotes
the recommendations in bold and answers each with a paragraph opening "Reactie:".

Report layout: sans, title page with imprint, running header, numbered chapters with level-2 sections, footnotes.
The "Samenvatting" holds a bullet list of the eight onvolkomenheden (findings, not recommendations) and then, under
"Onze aanbevelingen", the thirteen recommendations as a "1." list (the first printing, annotated).  Chapter 1 has a
"1." list of three research questions (not recommendations) and table 1 "Kerncijfers 2025" (figures).  Chapter 2
treats every onvolkomenheid in its own section, with bullet lists of findings and of measures already taken, and says
in the running text, in other words, what the minister should do (not marked as recommendations); table 2 shows the
development of the onvolkomenheden 2023-2025, and section 2.10 closes with table 3, the two-column overview
"Onvolkomenheid | Aanbeveling" in which the recommendations are printed a second time with their numbers (rows A, B,
D, F and G hold two recommendations each, rows C, E and H one).  The renderer cannot mark a recommendation inside a
table cell, so the table copy is unannotated; its wording is identical to the summary list.  Chapter 3 holds table 4
of errors and uncertainties per budget article; chapter 4 is on policy information (no recommendations), chapter 5 a
short justification of the method with a bullet list of standards.

Response layout: a serif letter without title page to the president of the Algemene Rekenkamer ("Bestuurlijke
reactie"), with a general part (thanks, the unqualified opinion, a bullet list of measures taken in 2025, and one
paragraph that announces two refusals by subject), then "Reactie op de aanbevelingen" with one level-2 heading per
onvolkomenheid.  Under each heading the recommendation is quoted in bold, mostly as "Aanbeveling N: ..." (13 is
quoted without its number), followed by a paragraph "Reactie: ...".  Recommendations 3 and 4 and recommendations 6
and 7 are quoted together and answered in one paragraph.  The onvolkomenheid of the asset register (5) is skipped, and
under the ILT heading only recommendation 9 is quoted (10 is never mentioned).  The letter ends with remarks on
chapters 3 and 4 (no recommendations) and a closing.

   nr  subject (addressee)                          gold           why
   1  register of IT systems (IenW)                 agree          "Ik neem deze aanbeveling over: ..." with date
   2  BIO risk analyses by end 2026 (IenW)          partial        46 most critical systems in 2026, the others only
                                                                   by end 2028: part postponed
   3  timely re-tendering of contracts (IenW)       agree          answered with 4; "Aanbeveling 3 neem ik over ..."
   4  one central contract database (IenW)          disagree       same paragraph: "ga ik daarentegen niet inrichten";
                                                                   first answered (by subject) in the general part
                                                                   "Op twee punten kies ik een andere weg ..."
   5  asset register of structures (IenW)           not_addressed  the letter never mentions it
   6  on-the-spot checks for risky subsidies (IenW) agree          answered with 7; a concrete committed measure
                                                                   (5% checked from 2026), no cue word
   7  fraud risk analysis before each scheme (IenW) partial        only for schemes above 5 million euro, declined
                                                                   for the smaller ones
   8  report >10% estimate changes to the Kamer     disagree       first answered by subject in the general part;
      (IenW)                                                       the Reactie: "neem ik niet over"
   9  withdraw authorisations within 5 days (ILT,   agree          measure in place; "beschouw ... als overgenomen"
      IenW)
  10  analyse ILT log files (IenW)                  not_addressed  never quoted or mentioned
  11  monthly view of external hiring + steer on    partial        only a study whether monthly reporting is
      the 10% norm (IenW)                                          feasible; the norm decision deferred
  12  test on duration before hiring, convert to    disagree       "Ik zie geen aanleiding ..."
      permanent posts (IenW)
  13  settle advances older than three years        agree          quoted without number; "neem ik, in overleg met
      (IenW, FIN)                                                  de minister van Financiën, over"
All prose, names and figures are fictional and written for this test set.
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


def bullets(*texts: str, style: str = "•") -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style=style)


# --------------------------------------------------------------------------------------------------------------
# The recommendations, worded once: printed in the summary list (annotated) and in table 3 (a second printing)
# --------------------------------------------------------------------------------------------------------------

REC = {
    "1": "Stel een volledig overzicht op van alle IT-systemen van Rijkswaterstaat, met per systeem een eigenaar en een "
         "risicoclassificatie, en houd dat overzicht jaarlijks actueel.",
    "2": "Voer uiterlijk eind 2026 voor alle bedrijfskritische systemen, waaronder de systemen voor de bediening van "
         "sluizen, bruggen en tunnels, een risicoanalyse uit volgens de Baseline Informatiebeveiliging Overheid (BIO) "
         "en maak het lijnmanagement verantwoordelijk voor de opvolging ervan.",
    "3": "Zorg ervoor dat contracten voor beheer en onderhoud tijdig opnieuw worden aanbesteed, zodat Rijkswaterstaat "
         "geen prestaties meer afneemt nadat een contract is afgelopen of het plafondbedrag is bereikt.",
    "4": "Richt bij Rijkswaterstaat één centrale contractenbank in waarin van alle lopende contracten de looptijd, het "
         "plafondbedrag en de stand van de uitputting zijn vastgelegd.",
    "5": "Breng de registratie van bruggen, sluizen, tunnels en andere kunstwerken in het assetmanagementsysteem in "
         "overeenstemming met de werkelijkheid en stel per kunstwerk vast welke gegevens over de onderhoudstoestand "
         "ontbreken.",
    "6": "Voer bij subsidieregelingen met een hoog risico op misbruik en oneigenlijk gebruik steekproefsgewijs "
         "controles ter plaatse uit bij subsidieontvangers.",
    "7": "Stel voor elke subsidieregeling vóór de openstelling een risicoanalyse op misbruik en oneigenlijk gebruik op "
         "en leg deze vast in het regelingsdossier.",
    "8": "Informeer de Tweede Kamer in de eerstvolgende begrotingsstukken over elke wijziging van meer dan 10% in de "
         "raming van een project in het Mobiliteitsfonds, met de oorzaak van die wijziging.",
    "9": "Trek de autorisaties van vertrokken medewerkers en ingehuurde krachten van de ILT binnen vijf werkdagen na "
         "vertrek in en controleer ieder kwartaal of dat is gebeurd.",
    "10": "Laat de logbestanden van het zaaksysteem van de ILT periodiek analyseren op ongeautoriseerde of afwijkende "
          "handelingen en leg de opvolging van de bevindingen vast.",
    "11": "Breng de uitgaven aan externe inhuur maandelijks in beeld per directoraat-generaal en per "
          "uitvoeringsorganisatie, en stuur actief op de rijksbrede norm van 10%.",
    "12": "Toets vóór elke inhuuropdracht boven de Europese aanbestedingsdrempel of de werkzaamheden langer dan twee "
          "jaar zullen duren, en zet structurele functies die nu worden ingehuurd om in vaste formatie.",
    "13": "Reken de openstaande voorschotten aan medeoverheden die ouder zijn dan drie jaar vóór de jaarafsluiting "
          "2026 af, of licht in het jaarverslag per voorschot toe waarom dat niet mogelijk is; stem de wijze van "
          "toelichten af met de minister van Financiën.",
}

DEPARTMENTS = {number: ("IenW",) for number in REC}
DEPARTMENTS["13"] = ("IenW", "FIN")


def rec_cell(*numbers: str) -> str:
    return "\n".join(f"{n}. {REC[n]}" for n in numbers)


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H("Samenvatting"),
    P("De Algemene Rekenkamer onderzoekt ieder jaar of de ministeries hun geld rechtmatig en doelmatig besteden, of "
      "hun bedrijfsvoering op orde is en of zij betrouwbaar verslag doen van wat zij met dat geld hebben bereikt. Dit "
      "rapport bevat de resultaten van ons verantwoordingsonderzoek 2025 bij het Ministerie van Infrastructuur en "
      "Waterstaat (IenW). Het gaat over de begroting van het ministerie zelf (hoofdstuk XII) en over de twee fondsen "
      "die het beheert: het Mobiliteitsfonds (A) en het Deltafonds (J). In 2025 gaf IenW via deze drie begrotingen "
      "samen ruim 12,3 miljard euro uit."),
    P("Over de financiële informatie in het jaarverslag en de slotwetten geven wij een positief oordeel, met één "
      "beperking. Bij het Mobiliteitsfonds overschrijden de fouten en onzekerheden in de uitgaven voor het "
      "hoofdwegennet de tolerantiegrens op artikelniveau. Die fouten komen vrijwel geheel voort uit het afnemen van "
      "prestaties op contracten die al waren afgelopen of waarvan het plafondbedrag was bereikt."),
    P("In de bedrijfsvoering van het ministerie stellen wij acht onvolkomenheden vast. Drie daarvan zijn nieuw. De "
      "onvolkomenheid in de informatiebeveiliging van Rijkswaterstaat bestaat sinds 2022 en is in 2025 niet kleiner "
      "geworden; wij merken haar aan als ernstig. Het gaat om de volgende onvolkomenheden:"),
    bullets(
        "informatiebeveiliging en IT-beheer bij Rijkswaterstaat (sinds 2022, ernstig);",
        "inkoopbeheer bij Rijkswaterstaat (sinds 2023);",
        "beheer van kunstwerken in het assetmanagementsysteem van Rijkswaterstaat (nieuw);",
        "subsidiebeheer bij het bestuursdepartement (sinds 2024);",
        "beheer van de projectramingen in het Mobiliteitsfonds (nieuw);",
        "autorisatiebeheer bij de Inspectie Leefomgeving en Transport (sinds 2024);",
        "beheer van de externe inhuur (nieuw);",
        "beheer van voorschotten aan medeoverheden (sinds 2023).",
    ),
    P("De onvolkomenheid in het beheer van de bijdragen uit het Deltafonds aan de waterschappen, die wij in 2023 en "
      "2024 constateerden, is opgelost. Het ministerie heeft de afspraken met de waterschappen over de "
      "verantwoording van de bijdragen vastgelegd en de achterstand in de vaststelling weggewerkt."),
    P("Over de beleidsinformatie in het jaarverslag zijn wij kritisch. Het jaarverslag beschrijft de staat van de "
      "vaarwegen vooral in termen van uitgevoerde projecten en besteed geld. Hoeveel sluizen en bruggen achterlopen "
      "op hun onderhoud, en wat dat betekent voor de scheepvaart, blijkt er nauwelijks uit (hoofdstuk 4)."),
    H2("Onze aanbevelingen"),
    P("Wij doen de minister van Infrastructuur en Waterstaat de volgende dertien aanbevelingen. De laatste richten "
      "wij mede aan de minister van Financiën. Tabel 3 in paragraaf 2.10 zet de aanbevelingen naast de "
      "onvolkomenheden waarop zij betrekking hebben.", bold=True),
    ItemList(
        items=tuple(ListItem(REC[n], recommendation=Recommendation(n, DEPARTMENTS[n])) for n in REC),
        style="1.",
    ),
    PageBreak(),
    H("1 Over dit onderzoek"),
    H2("1.1 Wat wij onderzoeken"),
    P("Het verantwoordingsonderzoek is een wettelijke taak van de Algemene Rekenkamer. Op de derde woensdag van mei "
      "biedt de regering de Tweede Kamer de jaarverslagen over het voorgaande jaar aan. De Algemene Rekenkamer "
      "onderzoekt die jaarverslagen en rapporteert er op dezelfde dag over. Met de uitkomsten kan het parlement "
      "beslissen of het de minister décharge verleent voor het gevoerde financiële beheer.", footnotes=(
        "Artikel 7.14 en artikel 7.15 van de Comptabiliteitswet 2016.",)),
    P("Bij elk ministerie beantwoorden wij drie vragen:", bold=True),
    ItemList(items=(
        ListItem("Is de financiële informatie in het jaarverslag en de slotwet rechtmatig tot stand gekomen en "
                 "betrouwbaar weergegeven?"),
        ListItem("Voert de minister een ordelijk en controleerbaar financieel beheer en heeft hij zijn "
                 "bedrijfsvoering zo ingericht dat hij zijn taken goed kan uitvoeren?"),
        ListItem("Geeft de beleidsinformatie in het jaarverslag een getrouw beeld van wat met het beleid is "
                 "bereikt?"),
    ), style="1."),
    P("Als wij in het financieel beheer of de bedrijfsvoering een tekortkoming vinden die zo groot is dat de "
      "rechtmatigheid of de betrouwbaarheid van de verantwoording in gevaar kan komen, spreken wij van een "
      "onvolkomenheid. Een onvolkomenheid is ernstig als zij meerdere jaren aanhoudt en de risico's in die tijd "
      "niet kleiner zijn geworden, of als de gevolgen voor de uitvoering van de taken groot zijn."),
    H2("1.2 Het ministerie in cijfers"),
    P("Het Ministerie van IenW bestaat uit het bestuursdepartement, drie uitvoeringsorganisaties "
      "(Rijkswaterstaat, het KNMI en de Inspectie Leefomgeving en Transport) en een aantal agentschappen en "
      "zelfstandige bestuursorganen, waaronder de RDW en het CBR. Rijkswaterstaat is met ruim 10.000 medewerkers "
      "verreweg de grootste organisatie; het beheert het hoofdwegennet, de hoofdvaarwegen en het "
      "hoofdwatersysteem en voert het grootste deel van de projecten uit het Mobiliteitsfonds en het Deltafonds "
      "uit. Tabel 1 geeft de belangrijkste financiële gegevens."),
    P("Tabel 1. Kerncijfers 2025 (bedragen x € 1 miljoen)", bold=True),
    Table(
        header=("Begroting", "Verplichtingen", "Uitgaven", "Ontvangsten", "Onderzochte uitgaven (%)"),
        rows=(
            ("XII Infrastructuur en Waterstaat", "10.187", "10.412", "612", "100"),
            ("A Mobiliteitsfonds", "8.744", "9.036", "9.218", "100"),
            ("J Deltafonds", "1.969", "1.842", "1.874", "100"),
            ("Af: bijdragen van XII aan de fondsen", "-", "-8.991", "-8.991", "-"),
            ("Totaal", "20.900", "12.299", "2.713", ""),
        ),
        widths=(2.6, 1.7, 1.3, 1.8, 1.9),
        font_size=9,
        rules="rows",
    ),
    P("Het grootste deel van de uitgaven op de begroting van het ministerie zelf bestaat uit de bijdragen aan de "
      "twee fondsen. Om dubbeltellingen te voorkomen trekken wij die bijdragen in het totaal af. Van de uitgaven van "
      "het Mobiliteitsfonds ging 3,4 miljard euro naar beheer, onderhoud en vervanging van het hoofdwegennet en 1,6 "
      "miljard euro naar de hoofdvaarwegen. De uitgaven van het Deltafonds gingen voor ruim de helft naar het "
      "Hoogwaterbeschermingsprogramma."),
    H2("1.3 Leeswijzer"),
    P("In hoofdstuk 2 bespreken wij de bedrijfsvoering en de onvolkomenheden, met onze aanbevelingen; paragraaf 2.10 "
      "geeft daarvan een overzicht. Hoofdstuk 3 gaat over de rechtmatigheid en de betrouwbaarheid van de financiële "
      "informatie, hoofdstuk 4 over de beleidsinformatie. In hoofdstuk 5 verantwoorden wij kort onze werkwijze. De "
      "minister heeft op ons conceptrapport gereageerd; zijn reactie publiceren wij afzonderlijk op onze website."),
    H("2 Bedrijfsvoering en onvolkomenheden"),
    H2("2.1 Ons oordeel in het kort"),
    P("De bedrijfsvoering van IenW staat onder druk. Het ministerie voert een omvangrijk programma uit om de "
      "verouderde infrastructuur te vervangen en te renoveren, terwijl het moeite heeft om technisch personeel te "
      "werven en te behouden. Dat is in de bedrijfsvoering terug te zien: taken die voor de continuïteit van de "
      "organisatie van belang zijn, zoals het tijdig aanbesteden van contracten en het beheren van IT-systemen, "
      "krijgen niet altijd voorrang. Tabel 2 laat zien hoe de onvolkomenheden zich de afgelopen drie jaar hebben "
      "ontwikkeld."),
    P("Tabel 2. Ontwikkeling van de onvolkomenheden 2023-2025", bold=True),
    Table(
        header=("Onvolkomenheid", "2023", "2024", "2025"),
        rows=(
            ("Informatiebeveiliging en IT-beheer Rijkswaterstaat", "onvolkomenheid", "onvolkomenheid", "ernstig"),
            ("Inkoopbeheer Rijkswaterstaat", "onvolkomenheid", "onvolkomenheid", "onvolkomenheid"),
            ("Beheer kunstwerken in assetmanagementsysteem", "-", "-", "nieuw"),
            ("Subsidiebeheer bestuursdepartement", "-", "onvolkomenheid", "onvolkomenheid"),
            ("Beheer projectramingen Mobiliteitsfonds", "-", "-", "nieuw"),
            ("Autorisatiebeheer ILT", "-", "onvolkomenheid", "onvolkomenheid"),
            ("Beheer externe inhuur", "-", "-", "nieuw"),
            ("Beheer voorschotten medeoverheden", "onvolkomenheid", "onvolkomenheid", "onvolkomenheid"),
            ("Beheer bijdragen Deltafonds aan waterschappen", "onvolkomenheid", "onvolkomenheid", "opgelost"),
        ),
        widths=(2.8, 1.5, 1.5, 1.5),
        font_size=9,
        rules="grid",
    ),
    H2("2.2 Informatiebeveiliging en IT-beheer bij Rijkswaterstaat"),
    P("Rijkswaterstaat is voor zijn primaire taken sterk afhankelijk van IT. Sluizen, bruggen, tunnels en "
      "stormvloedkeringen worden grotendeels op afstand bediend vanuit verkeerscentrales en bedieningscentrales. "
      "Een storing of een digitale aanval op deze systemen kan de scheepvaart en het wegverkeer stilleggen en, in "
      "het ergste geval, de veiligheid van weggebruikers en omwonenden in gevaar brengen. Wij constateren sinds "
      "2022 dat Rijkswaterstaat de beveiliging en het beheer van deze systemen onvoldoende op orde heeft."),
    P("In 2025 zagen wij de volgende tekortkomingen:"),
    bullets(
        "Rijkswaterstaat heeft geen volledig overzicht van zijn IT-systemen. In het centrale register staan ruim "
        "1.900 applicaties; bij een steekproef in drie regionale organisatieonderdelen vonden wij 212 applicaties die "
        "niet in het register voorkwamen.",
        "Van 38 procent van de geregistreerde systemen is niet vastgelegd wie de eigenaar is, en voor ruim de helft "
        "ontbreekt een classificatie van de beschikbaarheid, integriteit en vertrouwelijkheid.",
        "Van de 347 systemen die Rijkswaterstaat zelf als bedrijfskritisch aanmerkt, is voor 61 een actuele "
        "risicoanalyse volgens de BIO beschikbaar. Voor de bedieningssystemen van sluizen en bruggen ligt dat "
        "percentage nog lager.",
        "Maatregelen uit eerdere risicoanalyses worden niet systematisch gevolgd. De CISO van Rijkswaterstaat "
        "signaleert risico's, maar de regionale directeuren worden niet aangesproken op de opvolging.",
    ),
    P("Rijkswaterstaat werkt sinds 2023 aan een verbeterprogramma. Wij zien dat er voortgang is in de centrale "
      "IT-omgeving, maar de bedieningssystemen in de regio blijven achter. Omdat de risico's in drie jaar niet "
      "kleiner zijn geworden, merken wij de onvolkomenheid dit jaar aan als ernstig."),
    P("Wat ons betreft begint verbetering bij een eenvoudig uitgangspunt: Rijkswaterstaat moet weten welke systemen "
      "het in gebruik heeft, wie er verantwoordelijk voor is en hoe kwetsbaar ze zijn. Zolang dat overzicht "
      "ontbreekt, kan de organisatie haar maatregelen niet richten op de plekken waar het risico het grootst is. Voor "
      "de systemen die kunstwerken bedienen is de urgentie het hoogst. Daar horen binnen afzienbare tijd "
      "risicoanalyses te liggen, en het zijn de lijnmanagers in de regio die moeten zorgen dat de uitkomsten daarvan "
      "ook worden opgevolgd, niet alleen de CISO."),
    H2("2.3 Inkoopbeheer bij Rijkswaterstaat"),
    P("Rijkswaterstaat besteedt jaarlijks ruim 5 miljard euro aan opdrachten voor aanleg, beheer en onderhoud. Het "
      "grootste deel daarvan loopt via meerjarige prestatiecontracten met aannemers. Bij afloop van zo'n contract "
      "moet het werk opnieuw worden aanbesteed. Lukt dat niet op tijd, dan loopt het onderhoud door zonder geldige "
      "overeenkomst, of wordt meer werk afgenomen dan het plafondbedrag toelaat. Beide zijn in strijd met de "
      "aanbestedingsregels en dus onrechtmatig."),
    P("In 2025 was dat het geval bij 41 contracten, met een totale waarde van 212 miljoen euro. Bij twaalf "
      "contracten liep het werk meer dan een jaar door na de einddatum. Volgens de betrokken afdelingen was er "
      "onvoldoende inkoopcapaciteit om de nieuwe aanbestedingen tijdig voor te bereiden. Ook bleek dat de gegevens "
      "over looptijd en uitputting van contracten verspreid zijn over het financiële systeem, het "
      "contractmanagementsysteem en lokale spreadsheets. De inkoopadviseurs zagen daardoor vaak pas laat dat een "
      "contract afliep.", footnotes=(
        "Het gaat om contracten voor de regio's Midden-Nederland, Zuid-Nederland en Noord-Holland. Wij hebben de "
        "contracten in de overige regio's in 2025 niet integraal onderzocht.",)),
    P("Wij verwachten van Rijkswaterstaat dat het de vervolgaanbesteding van contracten zo vroeg plant dat het werk "
      "zonder onderbreking en binnen de regels kan doorlopen. Daarvoor is ook nodig dat op één plek zichtbaar is "
      "welke contracten er lopen, tot wanneer, en hoeveel van het plafondbedrag al is gebruikt."),
    H2("2.4 Beheer van kunstwerken in het assetmanagementsysteem"),
    P("Rijkswaterstaat beheert ruim 4.200 kunstwerken: bruggen, viaducten, sluizen, tunnels, stuwen en gemalen. "
      "Voor de planning van onderhoud en vervanging is het assetmanagementsysteem de belangrijkste bron. Dat "
      "systeem bepaalt ook de waarde van de kunstwerken in de balans van het Mobiliteitsfonds en het Deltafonds. Wij "
      "hebben in 2025 voor het eerst onderzocht of de gegevens in dat systeem kloppen."),
    P("Dat is niet altijd het geval. Van de 180 kunstwerken in onze steekproef waren er 23 niet of onjuist "
      "geregistreerd: gesloopte bruggen stonden nog in het systeem, een nieuw aquaduct ontbrak. Bij 71 kunstwerken "
      "ontbrak de uitkomst van de meest recente inspectie of was die ouder dan de voorgeschreven zes jaar. "
      "Rijkswaterstaat kan daardoor niet onderbouwen dat de onderhoudsplanning is gebaseerd op de werkelijke staat "
      "van de kunstwerken. Wij vinden dat een onvolkomenheid. Het register moet de werkelijkheid weerspiegelen, en "
      "Rijkswaterstaat moet weten voor welke kunstwerken gegevens over de onderhoudstoestand ontbreken."),
    H2("2.5 Subsidiebeheer bij het bestuursdepartement"),
    P("Het bestuursdepartement van IenW verstrekte in 2025 voor 486 miljoen euro aan subsidies, verdeeld over 34 "
      "regelingen. De grootste zijn de regelingen voor walstroom, voor de verduurzaming van de binnenvaart en voor "
      "fietsenstallingen bij stations. De uitvoering ligt deels bij de Rijksdienst voor Ondernemend Nederland (RVO) "
      "en deels bij het ministerie zelf."),
    P("Al in 2024 constateerden wij dat de controle op misbruik en oneigenlijk gebruik (M&O) tekortschiet. Dat is "
      "in 2025 niet wezenlijk veranderd. Voor 19 van de 34 regelingen was bij de openstelling geen M&O-analyse "
      "opgesteld. Waar een analyse wel bestond, werd die niet gebruikt om de controle in te richten: controles ter "
      "plaatse, bijvoorbeeld om na te gaan of een gesubsidieerde walstroominstallatie er werkelijk staat, vonden in "
      "2025 niet plaats. Het ministerie heeft in 2025 wel de volgende maatregelen genomen:"),
    bullets(
        "het handboek subsidieverstrekking is herzien en bevat nu een model voor een M&O-analyse;",
        "de afdeling Subsidies heeft vier extra medewerkers gekregen;",
        "voor de drie grootste regelingen zijn de verantwoordingseisen aangescherpt.",
        style="–",
    ),
    P("Die maatregelen zijn een stap in de goede richting, maar ze zijn nog niet in de praktijk getoetst. Bij "
      "regelingen waar de kans op misbruik groot is, zouden controles ter plaatse ons inziens vanzelfsprekend moeten "
      "zijn. En zonder een analyse vooraf kan het ministerie niet onderbouwen dat het bij een regeling voldoende "
      "heeft gedaan om misbruik te voorkomen."),
    H2("2.6 Beheer van de projectramingen in het Mobiliteitsfonds"),
    P("In het Mobiliteitsfonds staan ruim 140 aanleg- en vervangingsprojecten. Voor elk project houdt IenW een "
      "raming bij van de verwachte kosten. Die ramingen veranderen in de loop van een project, door "
      "prijsontwikkelingen, tegenvallers in de uitvoering of aanpassingen van de scope. In 2025 stegen de ramingen "
      "van 37 projecten met meer dan 10 procent, samen met 2,1 miljard euro."),
    P("Voor 14 van die 37 projecten konden wij in de dossiers niet terugvinden waarom de raming was gewijzigd. In de "
      "begrotingsstukken aan de Tweede Kamer werden de wijzigingen bovendien veelal gesaldeerd per programma "
      "gepresenteerd, zodat een forse tegenvaller bij het ene project aan het zicht werd onttrokken door een "
      "meevaller bij een ander. De Kamer kan zo niet zien welke projecten duurder worden en waarom. Wij vinden dat "
      "forse ramingswijzigingen per project, met hun oorzaak, voor de Kamer zichtbaar moeten zijn, en wel zo snel "
      "mogelijk na het moment waarop zij bekend zijn."),
    H2("2.7 Autorisatiebeheer bij de Inspectie Leefomgeving en Transport"),
    P("De ILT houdt toezicht op onder meer het vervoer van gevaarlijke stoffen, de luchtvaart en de scheepvaart. "
      "Het zaaksysteem van de inspectie bevat vertrouwelijke gegevens over bedrijven en personen. Wie toegang heeft "
      "tot dat systeem, moet dus goed worden bijgehouden."),
    P("In 2025 hadden 57 medewerkers en ingehuurde krachten die de ILT al hadden verlaten, nog toegang tot het "
      "zaaksysteem; bij 19 van hen was het vertrek meer dan drie maanden eerder. Het systeem legt wel vast wie welke "
      "handelingen verricht, maar de ILT analyseert die gegevens niet. Zij kan dus niet vaststellen of iemand zonder "
      "recht gegevens heeft ingezien of gewijzigd. Autorisaties horen snel na vertrek te vervallen, en het "
      "vastleggen van handelingen heeft pas zin als iemand de vastgelegde gegevens ook bekijkt en actie onderneemt "
      "bij afwijkingen."),
    H2("2.8 Beheer van de externe inhuur"),
    P("IenW gaf in 2025 742 miljoen euro uit aan externe inhuur, 19 procent van de totale personele uitgaven. Bij "
      "Rijkswaterstaat was dat 24 procent. De rijksbrede norm, de zogeheten Roemernorm, is 10 procent. Het ministerie "
      "heeft geen actueel beeld van de inhuur per organisatieonderdeel: de cijfers worden eenmaal per jaar "
      "samengesteld, bij het opstellen van het jaarverslag."),
    P("Uit onze steekproef van 60 inhuuropdrachten bleek dat 22 externe krachten al langer dan drie jaar dezelfde "
      "functie vervulden, veelal in het projectmanagement en de techniek. Dat is duurder dan een medewerker in "
      "vaste dienst en maakt het ministerie afhankelijk van kennis die niet in de eigen organisatie blijft. Bij acht "
      "opdrachten was de maximale looptijd van het raamcontract overschreden. Het ministerie moet de omvang van de "
      "inhuur kunnen volgen terwijl het jaar loopt, en er bewust voor kiezen wanneer langdurige inhuur beter kan "
      "worden vervangen door eigen personeel."),
    H2("2.9 Beheer van voorschotten aan medeoverheden"),
    P("IenW verstrekt via specifieke uitkeringen en bijdragen voorschotten aan provincies, gemeenten en "
      "vervoerregio's, bijvoorbeeld voor regionale wegen en openbaar vervoer. Eind 2025 stond voor 1,3 miljard euro "
      "aan voorschotten open. Van 264 miljoen euro daarvan is de onderliggende bijdrage meer dan drie jaar geleden "
      "verleend. Voor een deel zijn de projecten al lang afgerond, maar is de eindafrekening nooit opgevraagd. Zolang "
      "voorschotten openstaan, weet het ministerie niet of het geld is besteed waarvoor het bedoeld was. Oude "
      "voorschotten moeten daarom worden afgerekend, en waar dat niet kan, moet het jaarverslag uitleggen waarom."),
    H2("2.10 Overzicht van onvolkomenheden en aanbevelingen"),
    P("Tabel 3 zet de aanbevelingen uit de samenvatting naast de onvolkomenheden waarop zij betrekking hebben."),
    P("Tabel 3. Onvolkomenheden en aanbevelingen", bold=True),
    Table(
        header=("Onvolkomenheid", "Aanbeveling"),
        rows=(
            ("A. Informatiebeveiliging en IT-beheer bij Rijkswaterstaat\n(sinds 2022; ernstig)", rec_cell("1", "2")),
            ("B. Inkoopbeheer bij Rijkswaterstaat\n(sinds 2023)", rec_cell("3", "4")),
            ("C. Beheer van kunstwerken in het assetmanagementsysteem\n(nieuw)", rec_cell("5")),
            ("D. Subsidiebeheer bij het bestuursdepartement\n(sinds 2024)", rec_cell("6", "7")),
            ("E. Beheer van de projectramingen in het Mobiliteitsfonds\n(nieuw)", rec_cell("8")),
            ("F. Autorisatiebeheer bij de ILT\n(sinds 2024)", rec_cell("9", "10")),
            ("G. Beheer van de externe inhuur\n(nieuw)", rec_cell("11", "12")),
            ("H. Beheer van voorschotten aan medeoverheden\n(sinds 2023)", rec_cell("13")),
        ),
        widths=(1.0, 2.3),
        rules="grid",
    ),
    H("3 Rechtmatigheid en financiële verantwoordingsinformatie"),
    H2("3.1 Oordeel"),
    P("De financiële verantwoordingsinformatie in het jaarverslag van IenW en in de jaarverslagen van het "
      "Mobiliteitsfonds en het Deltafonds is op begrotingsniveau rechtmatig tot stand gekomen en voldoet aan de "
      "verslaggevingsvoorschriften. Op één begrotingsartikel overschrijden de fouten en onzekerheden de "
      "tolerantiegrens. Tabel 4 geeft een overzicht van de artikelen waarop wij fouten of onzekerheden vonden."),
    P("Tabel 4. Fouten en onzekerheden in de verplichtingen en uitgaven 2025 (bedragen x € 1 miljoen)", bold=True),
    Table(
        header=("Begroting en artikel", "Uitgaven", "Fouten", "Onzekerheden", "Boven tolerantiegrens"),
        rows=(
            ("A 12 Hoofdwegennet", "3.412", "88,9", "7,5", "ja"),
            ("A 15 Hoofdvaarwegennet", "1.604", "31,6", "-", "nee"),
            ("A 14 Regionaal, lokaal en infrastructuur", "1.187", "-", "19,8", "nee"),
            ("J 1 Investeren in waterveiligheid", "1.021", "4,1", "-", "nee"),
            ("XII 16 Openbaar vervoer en spoor (subsidies)", "212", "1,8", "6,2", "nee"),
            ("XII 97 Algemeen departement (inhuur)", "148", "3,3", "-", "nee"),
        ),
        widths=(3.4, 1.2, 1.1, 1.4, 1.7),
        rules="rows",
    ),
    P("De fouten in de uitgaven voor het hoofdwegennet en de hoofdvaarwegen komen vrijwel geheel voort uit de "
      "contracten die na hun einddatum of boven het plafondbedrag zijn doorgelopen (paragraaf 2.3). De onzekerheid "
      "bij artikel 14 betreft voorschotten waarvan de afrekening ontbreekt (paragraaf 2.9). Bij de subsidies voor "
      "openbaar vervoer ging het om twee subsidies waarvan de vaststelling niet was onderbouwd met de "
      "voorgeschreven accountantsverklaring."),
    H2("3.2 Saldibalans en baten-lastendiensten"),
    P("De saldibalansen van de drie begrotingen sluiten aan op de financiële administratie. De jaarrekening van de "
      "baten-lastendienst KNMI geeft een getrouw beeld. Bij de RDW en het CBR, die als zelfstandig bestuursorgaan "
      "een eigen jaarrekening opstellen, hebben wij geen eigen controle uitgevoerd; wij hebben gesteund op de "
      "werkzaamheden van hun accountants en op het toezicht van het ministerie."),
    P("Bij de waardering van de kunstwerken in de balans van het Mobiliteitsfonds hebben wij de bevindingen uit "
      "paragraaf 2.4 betrokken. De afwijkingen die wij in de steekproef vonden, hebben geen materieel effect op de "
      "balanswaarde, maar zij onderstrepen wel dat de betrouwbaarheid van de onderliggende registratie aandacht "
      "vraagt."),
    H("4 Beleidsinformatie: de staat van de vaarwegen"),
    P("Dit jaar hebben wij de beleidsinformatie over de hoofdvaarwegen onderzocht. Over de vaarwegen gaat jaarlijks "
      "ruim 1,6 miljard euro uit het Mobiliteitsfonds, en de Tweede Kamer heeft de afgelopen jaren herhaaldelijk "
      "gevraagd naar de gevolgen van achterstallig onderhoud aan sluizen en bruggen voor de binnenvaart."),
    P("Het jaarverslag van het Mobiliteitsfonds geeft per vaarwegcorridor een overzicht van de uitgevoerde "
      "projecten en de bestede bedragen. Het vermeldt ook de zogeheten prestatie-indicatoren voor beschikbaarheid "
      "en betrouwbaarheid. Wij constateren het volgende:"),
    bullets(
        "De indicator voor beschikbaarheid meet alleen ongeplande stremmingen. Geplande stremmingen voor onderhoud, "
        "die in 2025 ruim drie keer zo lang duurden, tellen niet mee.",
        "Het jaarverslag vermeldt niet hoeveel kunstwerken in de vaarwegen achterlopen op hun onderhoud. "
        "Rijkswaterstaat beschikt wel over een schatting, maar die staat niet in het jaarverslag.",
        "De gevolgen voor de scheepvaart, zoals omvaarroutes en wachttijden bij sluizen, worden in het jaarverslag "
        "niet beschreven.",
    ),
    P("Het jaarverslag maakt daardoor niet duidelijk of het geld dat in de vaarwegen wordt gestoken, de beoogde "
      "betrouwbaarheid van het vaarwegennet oplevert. Wij zullen in ons verantwoordingsonderzoek over 2026 nagaan "
      "hoe de beleidsinformatie over de vaarwegen zich verder ontwikkelt."),
    H("5 Verantwoording van het onderzoek"),
    P("Wij hebben ons onderzoek uitgevoerd volgens de internationale standaarden voor rekenkamers (ISSAI) en onze "
      "eigen handleiding voor het verantwoordingsonderzoek. De rechtmatigheid en de betrouwbaarheid van de "
      "financiële informatie hebben wij onderzocht met statistische steekproeven per begroting, aangevuld met "
      "gerichte deelwaarnemingen. Voor de bedrijfsvoering hebben wij de volgende normen gebruikt:"),
    bullets(
        "de Comptabiliteitswet 2016 en de Regeling rijksbegrotingsvoorschriften;",
        "de Baseline Informatiebeveiliging Overheid (BIO) voor informatiebeveiliging;",
        "de Aanbestedingswet 2012 en het inkoopbeleid van het Rijk;",
        "het Kaderbesluit en de Kaderregeling subsidies van IenW;",
        "de rijksbrede afspraken over externe inhuur.",
    ),
    P("Waar wij gebruik maakten van de werkzaamheden van de Auditdienst Rijk (ADR), hebben wij die werkzaamheden "
      "beoordeeld. De bevindingen zijn in maart 2026 besproken met de betrokken directeuren van het ministerie en "
      "van Rijkswaterstaat en de ILT. Op 7 april 2026 hebben wij het conceptrapport aan de minister voorgelegd."),
)

REPORT = Document(
    title="Resultaten verantwoordingsonderzoek 2025",
    subtitle="Ministerie van Infrastructuur en Waterstaat (XII), Mobiliteitsfonds (A) en Deltafonds (J)",
    blocks=REPORT_BLOCKS,
    running_header="Algemene Rekenkamer  |  Resultaten verantwoordingsonderzoek 2025  |  Infrastructuur en Waterstaat",
    footer="{page}",
    font_family="sans",
    font_size=10.5,
    imprint=("Algemene Rekenkamer", "Rapport bij het Jaarverslag 2025 van het Ministerie van Infrastructuur en "
             "Waterstaat", "Den Haag, 20 mei 2026"),
)


# --------------------------------------------------------------------------------------------------------------
# Response: letter of the minister, bold quotes followed by "Reactie:"
# --------------------------------------------------------------------------------------------------------------

def quote(number: str | None, *numbers: str) -> Paragraph:
    """A bold quotation of a recommendation: 'Aanbeveling N: ...' or, without number, the text alone."""
    if number is None:
        return P(REC[numbers[0]], bold=True)
    return P(f"Aanbeveling {number}: {REC[number]}", bold=True)


EV_GENERAL = ("Op twee punten kies ik een andere weg dan u aanbeveelt: ik richt bij Rijkswaterstaat geen aparte "
              "contractenbank in, en ik voer geen extra meldingsdrempel in voor wijzigingen in projectramingen.")
EV1 = ("Ik neem deze aanbeveling over: het register wordt vóór 1 oktober 2026 aangevuld, iedere applicatie krijgt een "
       "eigenaar en een classificatie, en de Chief Information Officer van Rijkswaterstaat laat het register ieder "
       "jaar vóór 1 juli actualiseren.")
EV2 = ("Zo voer ik de aanbeveling voor de meest kritieke systemen binnen de door u gevraagde termijn uit, en voor de "
       "overige systemen twee jaar later.")
EV3 = ("Aanbeveling 3 neem ik over: vanaf 1 juli 2026 maakt elke regionale directie voor ieder contract uiterlijk "
       "achttien maanden voor de einddatum een aanbestedingsplanning, die de Inkoopraad van Rijkswaterstaat ieder "
       "kwartaal bewaakt.")
EV4 = "Een afzonderlijke centrale contractenbank ga ik daarentegen niet inrichten."
EV6 = ("Vanaf de openstelling in 2026 controleert de afdeling Subsidies bij iedere regeling die in de M&O-analyse als "
       "hoog risico is aangemerkt, jaarlijks bij ten minste vijf procent van de ontvangers ter plaatse of de "
       "gesubsidieerde activiteit werkelijk is uitgevoerd.")
EV7 = ("Een afzonderlijke M&O-analyse vóór openstelling wordt verplicht voor alle regelingen met een subsidieplafond "
       "boven 5 miljoen euro; voor kleinere regelingen, die samen minder dan drie procent van het subsidiebudget "
       "uitmaken, vind ik dat niet proportioneel en volsta ik met de algemene risicoparagraaf uit het handboek.")
EV8 = "Uw aanbeveling om daarnaast bij iedere wijziging van meer dan 10 procent een melding te doen, neem ik niet over."
EV9 = "Daarmee beschouw ik de aanbeveling als overgenomen."
EV11 = ("Ik heb de directie Financiën, Management en Control gevraagd te onderzoeken of een maandelijkse rapportage "
        "per directoraat-generaal en uitvoeringsorganisatie uitvoerbaar is zonder de administratieve lasten voor de "
        "organisatieonderdelen onevenredig te verhogen.")
EV12 = ("Ik zie geen aanleiding om bij iedere inhuuropdracht boven de Europese drempel een aparte toets op de "
        "verwachte duur voor te schrijven.")
EV13 = "Deze aanbeveling neem ik, in overleg met de minister van Financiën, over."

RESPONSE_BLOCKS = (
    P("Aan de president van de Algemene Rekenkamer, Postbus 20015, 2500 EA Den Haag"),
    P("Datum: 28 april 2026  |  Kenmerk: IENW/BSK-2026/118734  |  Betreft: Bestuurlijke reactie op het rapport "
      "Resultaten verantwoordingsonderzoek 2025 Infrastructuur en Waterstaat"),
    P("Geachte president,"),
    P("Op 7 april 2026 ontving ik het conceptrapport van uw verantwoordingsonderzoek 2025 bij mijn ministerie, het "
      "Mobiliteitsfonds en het Deltafonds. Ik dank u voor het zorgvuldige onderzoek en voor de constructieve "
      "gesprekken die uw medewerkers de afgelopen maanden met mijn organisatie hebben gevoerd. In deze brief geef ik "
      "mijn reactie op uw bevindingen en aanbevelingen."),
    H("Algemeen"),
    P("Ik ben verheugd dat u over de financiële verantwoordingsinformatie over 2025 een positief oordeel geeft. Dat "
      "de fouten op het artikel Hoofdwegennet de tolerantiegrens overschrijden, betreur ik. Zij hebben dezelfde "
      "oorzaak als de onvolkomenheid in het inkoopbeheer van Rijkswaterstaat, en ik kom daar hieronder op terug."),
    P("Ik ben ook blij dat u de onvolkomenheid in het beheer van de bijdragen uit het Deltafonds aan de "
      "waterschappen als opgelost beschouwt. Dat resultaat is bereikt doordat de waterschappen en mijn ministerie "
      "samen de afspraken over de verantwoording hebben herzien. Het laat zien dat hardnekkige problemen in de "
      "bedrijfsvoering met gerichte aandacht wel degelijk op te lossen zijn."),
    P("Tegelijk neem ik uw constatering serieus dat de bedrijfsvoering van IenW onder druk staat. De opgave om de "
      "infrastructuur uit de jaren zestig en zeventig te vervangen, is groot, en de arbeidsmarkt voor technici en "
      "inkopers is krap. In 2025 heeft mijn ministerie al verschillende maatregelen genomen om de bedrijfsvoering te "
      "versterken:"),
    bullets(
        "bij Rijkswaterstaat zijn 64 extra inkopers en contractmanagers aangenomen;",
        "de functie van Chief Information Officer bij Rijkswaterstaat is versterkt met een eigen bureau voor "
        "informatiebeveiliging van de bedieningssystemen;",
        "het handboek subsidieverstrekking is herzien;",
        "de Auditdienst Rijk voert op mijn verzoek een doorlichting uit van de verbijzonderde interne controle bij "
        "de ILT.",
    ),
    P("Ik deel uw analyse dat deze maatregelen tijd nodig hebben voordat zij zichtbaar resultaat opleveren. Uw "
      "aanbevelingen helpen mij om de prioriteiten scherp te stellen. " + EV_GENERAL + " In "
      "beide gevallen ben ik van mening dat het doel dat u voor ogen hebt, ook met bestaande instrumenten kan worden "
      "bereikt.", answers=(Answer("4", "disagree", EV_GENERAL), Answer("8", "disagree", EV_GENERAL))),
    H("Reactie op de aanbevelingen"),
    P("Hieronder ga ik per onvolkomenheid in op uw aanbevelingen. Ik geef telkens eerst uw aanbeveling weer en daarna "
      "mijn reactie."),
    H2("Informatiebeveiliging en IT-beheer bij Rijkswaterstaat"),
    P("Ik neem het zeer serieus dat u deze onvolkomenheid als ernstig aanmerkt. Rijkswaterstaat bedient dagelijks "
      "honderden sluizen, bruggen en tunnels op afstand. De veiligheid van die systemen is voor mij geen technisch "
      "detail, maar een voorwaarde voor de veiligheid van weggebruikers, schippers en omwonenden."),
    quote("1"),
    P("Reactie: Het register van applicaties van Rijkswaterstaat is op dit moment niet volledig, zoals u terecht "
      "constateert. Rijkswaterstaat heeft in maart 2026 een inventarisatie gestart in alle regionale "
      "organisatieonderdelen. " + EV1,
      answers=(Answer("1", "agree", EV1),)),
    P("De regionale directeuren leggen over de volledigheid van het register verantwoording af in hun "
      "kwartaalrapportage aan de directeur-generaal. Applicaties die na 1 oktober 2026 niet in het register staan, "
      "worden uitgefaseerd of alsnog geregistreerd.", answers=(Answer("1", "agree", "De regionale directeuren leggen "
      "over de volledigheid van het register verantwoording af in hun kwartaalrapportage aan de "
      "directeur-generaal."),)),
    quote("2"),
    P("Reactie: Ik deel uw opvatting dat de risicoanalyses voor de bedrijfskritische systemen niet langer op zich "
      "mogen laten wachten. Rijkswaterstaat heeft de 46 systemen die sluizen, bruggen, tunnels en "
      "stormvloedkeringen bedienen, als eerste prioriteit aangewezen; voor deze systemen worden de "
      "risicoanalyses volgens de BIO in 2026 afgerond. Voor de ongeveer driehonderd overige bedrijfskritische "
      "systemen is eind 2026 niet haalbaar zonder de capaciteit weg te halen bij het beheer en de bediening zelf. "
      "Die analyses worden uiterlijk eind 2028 afgerond. " + EV2 + " Het tweede deel van uw aanbeveling volg ik "
      "volledig: vanaf dit jaar zijn de regionale directeuren verantwoordelijk voor de opvolging van de "
      "maatregelen, en de CISO rapporteert over de voortgang rechtstreeks aan de directieraad.",
      answers=(Answer("2", "partial", EV2),)),
    H2("Inkoopbeheer bij Rijkswaterstaat"),
    P("Aanbevelingen 3 en 4:", bold=True),
    P(REC["3"], bold=True),
    P(REC["4"], bold=True),
    P("Reactie: Dat er in 2025 bij 41 contracten werk is afgenomen zonder geldige overeenkomst of boven het "
      "plafondbedrag, vind ik niet acceptabel, ook al ging het werk door om de veiligheid en de beschikbaarheid van "
      "wegen en vaarwegen te waarborgen. " + EV3 + " Waar een tijdige aanbesteding toch niet lukt, wordt vooraf "
      "een rechtmatige tijdelijke voorziening getroffen in plaats van het oude contract stilzwijgend te laten "
      "doorlopen. " + EV4 + " Alle contracten van Rijkswaterstaat staan al met looptijd en plafondbedrag in het "
      "contractmanagementsysteem. Het probleem dat u signaleert, is dat die gegevens niet goed worden bijgehouden "
      "en dat regio's daarnaast eigen overzichten gebruiken, niet dat er een register ontbreekt. Een nieuwe "
      "contractenbank zou een extra systeem opleveren dat ook weer moet worden gevuld; ik kies ervoor het "
      "bestaande systeem de enige bron te laten zijn.",
      answers=(Answer("3", "agree", EV3), Answer("4", "disagree", EV4))),
    H2("Subsidiebeheer"),
    P("Aanbeveling 6: " + REC["6"], bold=True),
    P("Aanbeveling 7: " + REC["7"], bold=True),
    P("Reactie: Ik herken het beeld dat u schetst. Het herziene handboek subsidieverstrekking is in december 2025 "
      "vastgesteld en wordt dit jaar voor het eerst volledig toegepast. " + EV6 + " Het gaat in 2026 om vijf "
      "regelingen, waaronder de regeling walstroom. " + EV7 + " Ook die paragraaf wordt vóór openstelling "
      "ingevuld en in het dossier vastgelegd.",
      answers=(Answer("6", "agree", EV6), Answer("7", "partial", EV7))),
    H2("Projectramingen in het Mobiliteitsfonds"),
    quote("8"),
    P("Reactie: U constateert terecht dat de oorzaak van een ramingswijziging niet bij alle projecten in het dossier "
      "is terug te vinden. Ik heb de directoraten-generaal gevraagd dat voortaan bij iedere wijziging vast te leggen. "
      "De Tweede Kamer wordt over de ramingen van projecten geïnformeerd via het MIRT-overzicht bij de begroting, "
      "de voortgangsrapportages van de grote projecten en de suppletoire begrotingen. In het MIRT-overzicht worden "
      "de grootste mutaties per project al toegelicht. " + EV8 + " Met ruim 140 projecten zou dat leiden tot een "
      "stroom aan meldingen over relatief kleine bedragen, waarbij de grote lijnen voor de Kamer juist minder "
      "zichtbaar worden.", answers=(Answer("8", "disagree", EV8),)),
    H2("Autorisatiebeheer bij de ILT"),
    quote("9"),
    P("Reactie: De ILT heeft de toegang van de 57 vertrokken medewerkers en ingehuurde krachten inmiddels "
      "ingetrokken. Met ingang van 1 april 2026 is het intrekken van autorisaties gekoppeld aan de uitdienstmelding "
      "in het personeelssysteem, zodat de toegang op de laatste werkdag automatisch vervalt; voor ingehuurde "
      "krachten gebeurt dat op de einddatum van de opdracht. De afdeling Informatiebeveiliging controleert ieder "
      "kwartaal of dat ook werkelijk is gebeurd. " + EV9, answers=(Answer("9", "agree", EV9),)),
    H2("Externe inhuur"),
    quote("11"),
    P("Reactie: Ik onderschrijf dat het ministerie gedurende het jaar zicht moet hebben op de omvang van de inhuur. "
      "De huidige jaarlijkse rapportage is daarvoor te grof. " + EV11 + " De uitkomsten verwacht ik in september "
      "2026. Over de vraag of en hoe Rijkswaterstaat, gelet op de vervangingsopgave, binnen afzienbare tijd naar de "
      "norm van 10 procent kan toewerken, neem ik een besluit als dat onderzoek is afgerond.",
      answers=(Answer("11", "partial", EV11),)),
    quote("12"),
    P("Reactie: " + EV12 + " Het merendeel van de inhuur bij IenW betreft tijdelijke projectcapaciteit, die "
      "eindigt als het project is opgeleverd. Bij het opstellen van de formatieplannen beoordelen de "
      "organisatieonderdelen al jaarlijks welke ingehuurde functies structureel zijn; in 2025 zijn zo 118 "
      "functies omgezet in vaste formatie. Die werkwijze zet ik voort.", answers=(Answer("12", "disagree", EV12),)),
    H2("Voorschotten aan medeoverheden"),
    quote(None, "13"),
    P("Reactie: " + EV13 + " De directie Financiën, Management en Control heeft alle openstaande voorschotten die "
      "ouder zijn dan drie jaar in kaart gebracht en vraagt de betrokken provincies, gemeenten en vervoerregio's "
      "vóór 1 september 2026 om de eindverantwoording. Voorschotten die vóór de jaarafsluiting 2026 niet kunnen "
      "worden afgerekend, licht ik in het jaarverslag 2026 per voorschot toe, op de wijze die wij met het "
      "Ministerie van Financiën hebben afgesproken.", answers=(Answer("13", "agree", EV13),)),
    H("Rechtmatigheid en beleidsinformatie"),
    P("De fouten op het artikel Hoofdwegennet en het artikel Hoofdvaarwegennet hangen samen met het inkoopbeheer "
      "van Rijkswaterstaat. De maatregelen die ik hierboven heb beschreven, moeten ertoe leiden dat deze fouten in "
      "2027 onder de tolerantiegrens blijven. Voor 2026 verwacht ik nog een overschrijding, omdat een deel van de "
      "vervolgaanbestedingen pas in de loop van dat jaar kan worden gegund."),
    P("Uw bevindingen over de beleidsinformatie over de vaarwegen neem ik ter harte. In het jaarverslag van het "
      "Mobiliteitsfonds over 2026 zal ik ook de duur van geplande stremmingen vermelden, en een overzicht opnemen "
      "van het aantal kunstwerken met achterstallig onderhoud per vaarwegcorridor. Over de gevolgen voor de "
      "binnenvaart ben ik in overleg met de sector, die daarover zelf gegevens verzamelt."),
    H("Tot slot"),
    P("Ik zie uw rapport als een steun voor de verbeteringen die in gang zijn gezet. Ik ga ervan uit dat u in uw "
      "verantwoordingsonderzoek over 2026 zult zien dat de bedrijfsvoering van mijn ministerie op de genoemde "
      "punten vooruitgaat. Een afschrift van deze brief stuur ik aan de Auditdienst Rijk."),
    P("Hoogachtend,"),
    P("De minister van Infrastructuur en Waterstaat,"),
    P("drs. R.J. Koelewijn"),
)

RESPONSE = Document(
    title="Bestuurlijke reactie verantwoordingsonderzoek 2025",
    subtitle="Ministerie van Infrastructuur en Waterstaat  |  Bestuursstaf",
    blocks=RESPONSE_BLOCKS,
    running_header="Bestuurlijke reactie verantwoordingsonderzoek 2025  |  IENW/BSK-2026/118734",
    footer="Pagina {page} van {pages}",
    font_family="serif",
    font_size=10.5,
    title_page=False,
)

PAIR = Pair(
    name="audit_table_reaction_bold_quotes",
    report=REPORT,
    response=RESPONSE,
    description="Algemene Rekenkamer accountability audit 2025 of IenW: eight onvolkomenheden, thirteen "
                "recommendations listed in the summary and repeated in a two-column table 'Onvolkomenheid | "
                "Aanbeveling' (paraphrased in the chapter text); the minister's letter quotes them in bold and "
                "answers with 'Reactie:' paragraphs, 3+4 and 6+7 together, 5 and 10 skipped.",
)
