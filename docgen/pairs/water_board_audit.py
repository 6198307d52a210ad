"""Pair: a fictional Rekenkamer Waterschap Lage Landen audit of a water board's dike reinforcement programme, and the
bestuurlijke reactie of the dagelijks bestuur (dijkgraaf en heemraden).

Layout traits this pair tests: a serif report with a title page and a running header.  The "Bestuurlijke
samenvatting" prints all thirteen recommendations first, in shortened wording, in a grid TABLE "Nr. | Aanbeveling |
Gericht aan" (A1-A13).  Table cells cannot carry a Recommendation annotation in docgen, so the annotated (gold)
recommendations are the numbered list items of chapter 7 "Aanbevelingen" (numbers "A1".."A13", printed as labels
"A1." ...), grouped under level-2 theme headings with bold lead-ins naming the addressee; the summary table is
context only.  Consequence: gold "page" is the page of the chapter-7 printing, not of the earlier table printing.
The report also has a numbered list of research questions (1.-4.) and bulleted lists that are not recommendations,
and argues for measures in running prose in the analysis chapters.

The response is a letter (letterhead, no title page, sans) "Bestuurlijke reactie" of the dagelijks bestuur: two
paragraphs that agree with the analysis without a position, one paragraph that answers A4 in more detail than the
table, then a grid table "Aanbeveling | Standpunt | Toelichting | Gereed" (answers annotated on the Toelichting cell),
and a closing without positions.  Gold positions:
A1 agree (Eens; a dated reporting commitment, no cue word); A2 disagree (Oneens; shares the finding, "past echter
niet bij"); A3 partial (Deels eens; 10 % now instead of the 15 % asked); A4 partial (decided by the paragraph before
the table: only five of eight projects re-planned now, while the table row just says "Eens"); A5 agree (DB plus the
five municipalities; a dated bestuursovereenkomst, no cue word); A6 agree (the recommendation asks for a study, which
is commissioned); A7 agree ("Wij onderschrijven deze aanbeveling", money and date); A8 agree ("Wij nemen deze
aanbeveling over"); A9 disagree ("Wij zien geen aanleiding", existing complaint route and Nationale ombudsman as the
reason); A10 partial (Deels eens; only a pilot, decision later); A11 not addressed (missing from the table, never
mentioned); A12 not addressed (to the algemeen bestuur, "Ter kennisname"); A13 not addressed (to the minister of
IenW / HWBP partners, "Ter kennisname", passed on to the HWBP programme directorate).  All prose is fictional and
written for this test set.
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

DB = ("OTHER",)
AB = ("OTHER",)
DB_GEM = ("OTHER", "GEMEENTEN")
IENW = ("IenW",)


def H2(text: str) -> Heading:
    return Heading(text, level=2)


def H3(text: str) -> Heading:
    return Heading(text, level=3)


def lead(text: str) -> Paragraph:
    return Paragraph(text, bold=True)


def bullets(*texts: str) -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style="•")


def numbered(*texts: str) -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style="1.")


def recs(*items: tuple[str, str, tuple[str, ...]]) -> ItemList:
    return ItemList(
        items=tuple(ListItem(text, recommendation=Recommendation(number, departments))
                    for number, text, departments in items),
        style="1.",
    )


# --------------------------------------------------------------------------------------------------------------
# Recommendations (full text as printed in chapter 7)
# --------------------------------------------------------------------------------------------------------------

A1 = ("Stel per dijktraject een actuele, integrale kostenraming op, inclusief de risicoreservering en de kosten die "
      "niet voor subsidie uit het Hoogwaterbeschermingsprogramma in aanmerking komen, en rapporteer deze ramingen "
      "halfjaarlijks aan het algemeen bestuur, met een toelichting op iedere afwijking van meer dan vijf procent ten "
      "opzichte van de vorige rapportage.")
A2 = ("Leg in het beleidskader meekoppelkansen een plafond vast voor het deel van de niet-subsidiabele kosten dat "
      "het waterschap per project voor eigen rekening neemt, zodat het algemeen bestuur vooraf weet tot welk bedrag "
      "het waterschap bijdraagt aan wensen van gemeenten, provincie en andere partners.")
A3 = ("Breng de programmabrede risicoreservering binnen twee begrotingsjaren op ten minste vijftien procent van de "
      "nog te maken projectkosten, in lijn met wat bij vergelijkbare dijkversterkingsprogramma's gebruikelijk is.")
A4 = ("Herijk vóór eind 2026 de planning van alle acht projecten, met expliciete marges voor vergunningverlening en "
      "voor het verleggen van kabels en leidingen, en leg de herijkte planning als nieuwe basisplanning ter "
      "vaststelling voor aan het algemeen bestuur.")
A5 = ("Maak per project bindende afspraken over de doorlooptijd van gemeentelijke vergunningen en over tijdelijke "
      "verkeersmaatregelen, en wijs daarvoor bij iedere gemeente één vast aanspreekpunt voor de dijkversterking aan.")
A6 = ("Onderzoek of het bundelen van de realisatie van meerdere projecten in een meerjarige samenwerking met een of "
      "meer aannemers de kosten en de doorlooptijd verlaagt, en betrek daarbij de ervaringen van andere waterschappen "
      "die deze werkwijze al toepassen.")
A7 = ("Zorg dat bewoners in ieder project vanaf de start van de planuitwerking kunnen beschikken over een "
      "onafhankelijke bewonersadviseur, die niet door het projectteam wordt aangestuurd en die bewoners bijstaat bij "
      "gesprekken over inpassing, grondverwerving en schade.")
A8 = ("Handel schademeldingen van bewoners binnen acht weken na de melding af, geef iedere melder één vaste "
      "contactpersoon en neem het aantal meldingen en de doorlooptijden op in de voortgangsrapportage.")
A9 = ("Stel een onafhankelijke ombudsfunctie voor de dijkversterking in, waar bewoners terechtkunnen wanneer zij er "
      "met het programmabureau niet uitkomen.")
A10 = ("Richt vóór eind 2026 voor het hele programma één digitaal informatiepunt in, waar bewoners per adres kunnen "
       "zien welke werkzaamheden, tijdelijke maatregelen en grondverwerving hun perceel raken en wanneer.")
A11 = ("Evalueer na afronding van de planuitwerking van ieder project samen met de betrokken bewoners hoe de "
       "participatie is verlopen, en maak de uitkomsten openbaar, met daarbij wat het waterschap ermee doet.")
A12 = ("Stel bij de behandeling van de begroting 2027 vast welke kostenstijging en welke vertraging per project het "
       "algemeen bestuur nog aanvaardbaar acht voordat het dagelijks bestuur het algemeen bestuur vooraf moet "
       "raadplegen, en leg dit vast in een controleprotocol voor het programma.")
A13 = ("Maak de kosten van onafhankelijke bewonersbegeleiding en van een ruimhartige, snelle schadeafhandeling "
       "subsidiabel binnen het Hoogwaterbeschermingsprogramma, zodat waterschappen deze kosten niet langer volledig "
       "uit eigen middelen hoeven te betalen.")


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

SUMMARY_TABLE = Table(
    header=("Nr.", "Aanbeveling", "Gericht aan"),
    rows=(
        ("A1", "Actuele integrale kostenraming per dijktraject, halfjaarlijks aan het algemeen bestuur",
         "Dagelijks bestuur"),
        ("A2", "Plafond voor de eigen bijdrage aan niet-subsidiabele kosten (meekoppelkansen)", "Dagelijks bestuur"),
        ("A3", "Risicoreservering binnen twee jaar naar ten minste 15 procent van de resterende projectkosten",
         "Dagelijks bestuur"),
        ("A4", "Planning van alle acht projecten herijken en als basisplanning laten vaststellen",
         "Dagelijks bestuur"),
        ("A5", "Bindende afspraken over vergunningen en verkeersmaatregelen; vast aanspreekpunt per gemeente",
         "Dagelijks bestuur en colleges van B&W van de dijkgemeenten"),
        ("A6", "Onderzoek naar bundeling van projecten in een meerjarige samenwerking met aannemers",
         "Dagelijks bestuur"),
        ("A7", "Onafhankelijke bewonersadviseur in ieder project vanaf de planuitwerking", "Dagelijks bestuur"),
        ("A8", "Schademeldingen binnen acht weken afhandelen, met één vaste contactpersoon", "Dagelijks bestuur"),
        ("A9", "Onafhankelijke ombudsfunctie voor de dijkversterking", "Dagelijks bestuur"),
        ("A10", "Eén digitaal informatiepunt per adres voor het hele programma", "Dagelijks bestuur"),
        ("A11", "Participatie per project met bewoners evalueren en de uitkomsten openbaar maken",
         "Dagelijks bestuur"),
        ("A12", "Grenzen voor kostenstijging en vertraging vastleggen in een controleprotocol", "Algemeen bestuur"),
        ("A13", "Bewonersbegeleiding en schadeafhandeling subsidiabel maken binnen het HWBP",
         "Minister van IenW en partners in het HWBP"),
    ),
    widths=(0.55, 3.6, 1.75),
    rules="grid",
)

REPORT_BLOCKS = (
    H("Voorwoord"),
    P("Wie achter een dijk woont, staat er zelden bij stil dat die dijk ook onderhoud en versterking nodig heeft. "
      "Dat verandert wanneer het waterschap aanbelt met tekeningen, proefsleuven en soms een aankoopvoorstel voor de "
      "tuin of het huis. Voor de bewoners langs de Lek, de Vliet en de boezemkaden van Waterschap Lage Landen is "
      "dat moment de afgelopen jaren voor een deel aangebroken. Voor anderen staat het nog te gebeuren."),
    P("De Rekenkamer Waterschap Lage Landen heeft het programma Sterke Dijken onderzocht omdat het de grootste "
      "investering is die het waterschap in zijn bestaan heeft gedaan, en omdat de kosten, de planning en de "
      "ervaringen van bewoners in de afgelopen jaren regelmatig aanleiding gaven tot vragen in het algemeen "
      "bestuur. Wij wilden weten of het algemeen bestuur voldoende grip heeft op het programma en of bewoners "
      "serieus worden betrokken."),
    P("Wij danken de medewerkers van het programmabureau Dijkversterking, de leden van het dagelijks bestuur, de "
      "ambtenaren van de vijf dijkgemeenten en vooral de bewoners die hun ervaringen met ons wilden delen. Zonder "
      "hun openheid was dit onderzoek niet mogelijk geweest."),
    P("drs. M.A. Hoekstra-van Dijk RA, voorzitter van de Rekenkamer Waterschap Lage Landen"),
    PageBreak(),

    H("Bestuurlijke samenvatting"),
    H2("Waarom dit onderzoek"),
    P("Waterschap Lage Landen moet tot 2050 ruim 61 kilometer primaire en regionale waterkeringen versterken om te "
      "voldoen aan de overstromingsnormen die sinds 2017 in de wet staan. Het waterschap doet dat in het programma "
      "Sterke Dijken, dat acht projecten omvat. Het grootste deel van de kosten wordt gefinancierd uit het "
      "Hoogwaterbeschermingsprogramma (HWBP), het gezamenlijke programma van het Rijk en de waterschappen. Het "
      "waterschap betaalt zelf een eigen bijdrage en de kosten die niet voor subsidie in aanmerking komen."),
    P("De Rekenkamer onderzocht drie vragen: hoe de kosten zich hebben ontwikkeld en hoe goed het algemeen bestuur "
      "daarover is geïnformeerd, waarom projecten vertraging oplopen, en hoe bewoners het programma ervaren. Het "
      "onderzoek liep van januari tot september 2025."),
    H2("Wat wij vonden"),
    P("De kosten van het programma zijn gestegen van € 486 miljoen in de programmabegroting van 2019 naar € 742 "
      "miljoen in de raming van juni 2025, een stijging van 53 procent. Een deel van die stijging komt door "
      "prijsontwikkeling in de bouw, die het waterschap niet in de hand heeft. Een ander deel komt door een "
      "onderschatting van de technische opgave en door wensen van partners die het waterschap heeft meegenomen in "
      "de projecten. De kosten die het waterschap zelf draagt, zijn daardoor sneller gestegen dan de totale kosten. "
      "Het algemeen bestuur werd over de stijging wel geïnformeerd, maar in totalen per programma en niet per "
      "dijktraject, waardoor niet zichtbaar was waar de stijging vandaan kwam."),
    P("Drie van de acht projecten lopen twee jaar of meer achter op de oorspronkelijke planning. De belangrijkste "
      "oorzaken zijn langere procedures voor vergunningen, het verleggen van kabels en leidingen, en de beperkte "
      "beschikbaarheid van aannemers. De planningen die het algemeen bestuur kent, houden met deze risico's weinig "
      "rekening."),
    P("Bewoners zijn over het algemeen tevreden over de bereikbaarheid van de omgevingsmanagers, maar veel minder "
      "over hun invloed op de plannen en over de afhandeling van schade. Een op de drie schademeldingen was na "
      "zes maanden nog niet afgehandeld. Bewoners die ingrijpend worden geraakt, bijvoorbeeld doordat een deel van "
      "hun perceel moet worden verworven, voelen zich vaak alleen staan tegenover een professionele "
      "projectorganisatie."),
    H2("Onze aanbevelingen"),
    P("De Rekenkamer doet dertien aanbevelingen. De meeste zijn gericht aan het dagelijks bestuur. Eén aanbeveling "
      "richt zich tot het dagelijks bestuur en de colleges van burgemeester en wethouders van de vijf dijkgemeenten "
      "samen, één tot het algemeen bestuur en één tot de minister van Infrastructuur en Waterstaat en de andere "
      "partners in het Hoogwaterbeschermingsprogramma. De tabel geeft de aanbevelingen in het kort weer; de "
      "volledige tekst en de onderbouwing staan in hoofdstuk 7."),
    SUMMARY_TABLE,
    P("Het dagelijks bestuur heeft op het conceptrapport gereageerd met een bestuurlijke reactie. Die reactie is als "
      "afzonderlijk document bij dit rapport gevoegd."),
    PageBreak(),

    H("1 Inleiding"),
    H2("1.1 Aanleiding"),
    P("Met de inwerkingtreding van de nieuwe normering voor primaire waterkeringen in 2017 werd duidelijk dat een "
      "groot deel van de dijken van Waterschap Lage Landen niet aan de norm voldoet. Het waterschap startte in 2019 "
      "het programma Sterke Dijken, waarin alle versterkingsopgaven voor de primaire keringen en de belangrijkste "
      "regionale keringen zijn samengebracht. Het programma is de grootste investering in de geschiedenis van het "
      "waterschap: de raming is hoger dan vijf keer de jaarlijkse belastingopbrengst."),
    P("In de afgelopen jaren stelden leden van het algemeen bestuur bij verschillende gelegenheden vragen over de "
      "stijging van de kosten, over vertragingen en over klachten van bewoners. Bij de behandeling van de "
      "jaarrekening 2023 verzocht een meerderheid van het algemeen bestuur de Rekenkamer om het programma te "
      "onderzoeken. De Rekenkamer heeft dat verzoek overgenomen en het onderzoek in haar onderzoeksprogramma voor "
      "2025 opgenomen.", footnotes=("Motie 2024-07 van de fracties Water Natuurlijk, Ongebouwd en Algemene "
                                   "Waterschapspartij, aangenomen op 14 maart 2024.",)),
    H2("1.2 Onderzoeksvragen"),
    P("De centrale vraag van het onderzoek luidt: in hoeverre heeft het waterschap grip op de kosten en de planning "
      "van het programma Sterke Dijken, en worden bewoners daarbij op een goede manier betrokken? Wij hebben deze "
      "vraag uitgewerkt in vier deelvragen:"),
    numbered(
        "Hoe hebben de kosten van het programma zich sinds 2019 ontwikkeld, en hoe is het algemeen bestuur daarover "
        "geïnformeerd?",
        "In hoeverre verlopen de projecten volgens planning, en wat zijn de oorzaken van vertraging?",
        "Hoe ervaren bewoners hun betrokkenheid bij de projecten, de informatievoorziening en de afhandeling van "
        "schade?",
        "Hoe geven het dagelijks bestuur en het algemeen bestuur invulling aan hun rol bij de sturing van en de "
        "verantwoording over het programma?",
    ),
    H2("1.3 Afbakening en aanpak"),
    P("Het onderzoek betreft de periode van de start van het programma in 2019 tot en met juni 2025. Wij hebben "
      "alle acht projecten in het onderzoek betrokken, maar de participatie van bewoners onderzochten wij vooral bij "
      "de drie projecten waar de gevolgen voor bewoners het grootst zijn: Ooster-Lekdijk, Hamdijk-Oost en "
      "Sluizerwaard. De technische kwaliteit van de ontwerpen viel buiten het onderzoek; die wordt beoordeeld in het "
      "kader van het Hoogwaterbeschermingsprogramma."),
    P("Wij hebben gebruikgemaakt van de volgende bronnen:"),
    bullets(
        "de programmabegrotingen, voortgangsrapportages en jaarverslagen van 2019 tot en met 2025;",
        "de projectdossiers, risicoregisters en planningen van de acht projecten;",
        "37 interviews met medewerkers van het waterschap, bestuurders, ambtenaren van de dijkgemeenten en "
        "vertegenwoordigers van de programmadirectie van het HWBP;",
        "een enquête onder 1.130 huishoudens langs de drie verdiepingsprojecten, waarop 412 huishoudens reageerden;",
        "vier bewonersavonden in Lekkerveen, Hoeksluis, Molendaal en Zuidvliet.",
    ),
    P("Het conceptrapport is voor een feitelijke controle voorgelegd aan de ambtelijke organisatie. Daarna is het "
      "voor een bestuurlijke reactie aan het dagelijks bestuur gezonden."),
    H2("1.4 Leeswijzer"),
    P("Hoofdstuk 2 beschrijft het programma. De hoofdstukken 3, 4 en 5 bevatten onze bevindingen over de kosten, de "
      "planning en de participatie van bewoners. In hoofdstuk 6 gaan wij in op de sturing en de verantwoording. "
      "Hoofdstuk 7 bevat onze aanbevelingen."),

    H("2 Het programma Sterke Dijken"),
    H2("2.1 De opgave"),
    P("Het beheergebied van Waterschap Lage Landen ligt grotendeels onder zeeniveau en wordt begrensd door de Lek "
      "in het zuiden en de Vliet in het oosten. De primaire keringen langs deze rivieren beschermen ruim 240.000 "
      "inwoners. Uit de eerste landelijke beoordeling van de waterkeringen bleek dat 49 kilometer primaire kering "
      "niet aan de norm voldoet, vooral vanwege het risico op piping en op instabiliteit van het binnentalud. Daar "
      "komen 12 kilometer regionale kering bij die het waterschap in hetzelfde programma versterkt."),
    P("Het programma omvat acht projecten, die zich in verschillende fasen bevinden:"),
    bullets(
        "Ooster-Lekdijk (9,4 km): in realisatie sinds 2023;",
        "Gorsdijk Noord (6,1 km): in realisatie sinds 2024;",
        "Hamdijk-Oost (8,2 km): in planuitwerking;",
        "Bergerdijk (7,5 km): in planuitwerking;",
        "Sluizerwaard (5,8 km): in planuitwerking;",
        "Rietveldse Dijk (11,9 km): in verkenning;",
        "Benedenkade Zuidpolder (6,3 km, regionale kering): in verkenning;",
        "Wijkerwaard–Hoeksluis (5,9 km, deels regionale kering): in verkenning.",
    ),
    H2("2.2 Financiering"),
    P("Versterkingen van primaire keringen komen in aanmerking voor subsidie uit het Hoogwaterbeschermingsprogramma. "
      "Het HWBP vergoedt 90 procent van de subsidiabele kosten; de overige 10 procent betaalt het waterschap zelf. "
      "Subsidiabel zijn de kosten van een sobere en doelmatige versterking. Kosten van extra wensen, zoals een "
      "fietspad op de kruin, natuurontwikkeling of een bredere inpassing in het landschap, zijn dat niet. Die "
      "zogeheten meekoppelkansen worden betaald door het waterschap of door de partner die de wens heeft, vaak een "
      "gemeente of de provincie. De versterking van regionale keringen betaalt het waterschap volledig zelf."),
    P("De eigen bijdrage, de niet-subsidiabele kosten en de kosten van de regionale keringen vormen samen het "
      "deel van het programma dat ten laste komt van de begroting van het waterschap en daarmee van de "
      "waterschapsbelastingen."),
    H2("2.3 Organisatie en sturing"),
    P("Het programma wordt uitgevoerd door het programmabureau Dijkversterking, dat rechtstreeks onder de "
      "secretaris-directeur valt. Binnen het dagelijks bestuur is de heemraad met de portefeuille Waterveiligheid "
      "verantwoordelijk. Het algemeen bestuur stelt de programmabegroting en de projectbesluiten vast en wordt "
      "halfjaarlijks geïnformeerd via een voortgangsrapportage, die wordt besproken in de commissie "
      "Waterveiligheid. Het waterschap legt daarnaast verantwoording af aan de programmadirectie van het HWBP, die "
      "is ondergebracht bij Rijkswaterstaat."),

    H("3 Kosten en financiering"),
    H2("3.1 Kostenontwikkeling"),
    P("Bij de start in 2019 raamde het waterschap de kosten van het programma op € 486 miljoen. In de raming van "
      "juni 2025 bedragen de kosten € 742 miljoen. Van de stijging van € 256 miljoen is volgens onze analyse "
      "ongeveer € 118 miljoen toe te schrijven aan de algemene prijsontwikkeling in de grond-, weg- en waterbouw. "
      "Ongeveer € 87 miljoen komt door een grotere technische opgave dan bij de start werd aangenomen, vooral bij "
      "Hamdijk-Oost en Sluizerwaard, waar aanvullend grondonderzoek een zwakkere ondergrond liet zien. De overige "
      "€ 51 miljoen komt door extra wensen en door de verlegging van kabels en leidingen."),
    P("Het algemeen bestuur is over de stijging geïnformeerd in de voortgangsrapportages. Die rapportages geven "
      "echter alleen het totaal van het programma en de verdeling over de fasen. Een uitsplitsing per dijktraject "
      "ontbreekt, evenals een onderscheid tussen subsidiabele en niet-subsidiabele kosten. Leden van het algemeen "
      "bestuur gaven in interviews aan dat zij daardoor niet konden beoordelen of een stijging bij één project "
      "incidenteel was of op een structureel probleem wees. De Rekenkamer is van oordeel dat een raming per "
      "dijktraject, waarin ook de niet-subsidiabele kosten en de risicoreservering zichtbaar zijn, onmisbaar is "
      "voor een bestuur dat moet sturen op een programma van deze omvang."),
    H2("3.2 Niet-subsidiabele kosten en meekoppelkansen"),
    P("Het deel van de kosten dat niet voor subsidie in aanmerking komt, is sterker gestegen dan de totale kosten: "
      "van € 9 miljoen in 2019 naar € 31 miljoen in 2025. De stijging komt voor ruim de helft door meekoppelkansen. "
      "Het waterschap heeft sinds 2021 een beleidskader meekoppelkansen, dat bepaalt dat de partner met de wens in "
      "beginsel de kosten draagt. In de praktijk heeft het waterschap in vijf gevallen een deel van de kosten zelf "
      "op zich genomen, omdat een gemeente of de provincie de wens niet volledig kon financieren en het waterschap "
      "de samenwerking niet wilde belasten.", footnotes=("Beleidskader meekoppelkansen Waterschap Lage Landen, "
                                                         "vastgesteld door het algemeen bestuur op 8 juli 2021.",)),
    P("Het beleidskader kent geen bovengrens voor deze bijdragen. Iedere bijdrage is afzonderlijk door het "
      "dagelijks bestuur besloten, en in drie van de vijf gevallen is het algemeen bestuur er pas achteraf via de "
      "voortgangsrapportage over geïnformeerd. Het algemeen bestuur weet daardoor vooraf niet tot welk bedrag het "
      "waterschap zal bijdragen aan wensen van anderen."),
    H2("3.3 Risicoreservering"),
    P("Het programma kent een programmabrede risicoreservering voor tegenvallers. Die bedroeg in juni 2025 € 28 "
      "miljoen, ongeveer 6 procent van de nog te maken projectkosten. Bij vergelijkbare programma's van andere "
      "waterschappen die wij hebben bestudeerd, ligt de reservering tussen 12 en 20 procent. Uit het risicoregister "
      "van het programma zelf blijkt dat de verwachtingswaarde van de geïdentificeerde risico's bij de projecten in "
      "planuitwerking al hoger is dan de huidige reservering. De Rekenkamer acht de reservering daarom te laag."),
    H2("3.4 Conclusie"),
    P("De kosten van het programma zijn fors gestegen, voor een belangrijk deel door oorzaken buiten de invloed "
      "van het waterschap. De informatie aan het algemeen bestuur is echter te grofmazig om te kunnen sturen, de "
      "bijdragen aan meekoppelkansen zijn niet begrensd en de risicoreservering is te laag in verhouding tot de "
      "bekende risico's."),

    H("4 Planning en voortgang"),
    H2("4.1 Vertraging"),
    P("Bij de start van het programma was het streven om alle projecten in 2031 af te ronden. In de planning van "
      "juni 2025 is dat 2034 geworden. De vertraging zit vooral bij de drie projecten in planuitwerking. "
      "Hamdijk-Oost loopt tweeënhalf jaar achter, Bergerdijk twee jaar en Sluizerwaard drie jaar. Gorsdijk Noord "
      "ligt een jaar achter; Ooster-Lekdijk ligt op schema. Voor de drie projecten in verkenning bestaat nog geen "
      "gedetailleerde planning; voor deze projecten geldt alleen een indicatief jaar van oplevering."),
    H2("4.2 Oorzaken"),
    P("Uit de projectdossiers en de interviews komen vier oorzaken naar voren:"),
    bullets(
        "de procedures voor vergunningen, waaronder de natuurvergunning voor stikstofdepositie, duurden bij vier "
        "projecten aanzienlijk langer dan gepland;",
        "het verleggen van kabels en leidingen vergde meer tijd, omdat netbeheerders eigen planningen en "
        "capaciteitsproblemen hebben;",
        "bij twee aanbestedingen schreven te weinig aannemers in, waarna opnieuw moest worden aanbesteed;",
        "aanvullend grondonderzoek leidde bij Hamdijk-Oost en Sluizerwaard tot een nieuw ontwerp.",
    ),
    P("De planningen die het algemeen bestuur kent, bevatten voor deze risico's nauwelijks marges. Na iedere "
      "vertraging is een nieuwe einddatum gecommuniceerd, zonder dat de oorspronkelijke planning als referentie "
      "bleef bestaan. Daardoor is voor het algemeen bestuur niet meer te zien hoeveel vertraging een project in "
      "totaal heeft opgelopen. De Rekenkamer vindt dat de planningen opnieuw moeten worden opgesteld op basis van "
      "de kennis die nu beschikbaar is, en dat het algemeen bestuur die planning als vast referentiepunt moet "
      "kunnen gebruiken."),
    H2("4.3 Samenwerking met gemeenten"),
    P("Voor de uitvoering heeft het waterschap vergunningen en medewerking nodig van de vijf dijkgemeenten "
      "Lekkerveen, Hoeksluis, Molendaal, Bergerwaard en Zuidvliet, bijvoorbeeld voor de sloop en herbouw van "
      "bijgebouwen, de kap van bomen en tijdelijke verkeersmaatregelen. De afspraken daarover worden per project "
      "en soms per vergunning gemaakt. Bij twee gemeenten wisselde het aanspreekpunt in de onderzoeksperiode "
      "meerdere keren. Ambtenaren van de gemeenten gaven aan dat zij de dijkversterking vaak pas laat in beeld "
      "krijgen en weinig capaciteit hebben om vergunningen met voorrang te behandelen."),
    H2("4.4 Marktbenadering"),
    P("Het waterschap besteedt ieder project afzonderlijk aan. Andere waterschappen zijn de afgelopen jaren "
      "overgestapt op meerjarige samenwerkingen met een of meer aannemers, waarin meerdere projecten na elkaar "
      "worden uitgevoerd. De eerste ervaringen daarmee wijzen op kortere voorbereidingstijden en minder "
      "mislukte aanbestedingen, al zijn de effecten op de kosten nog niet goed bekend. Het waterschap heeft deze "
      "werkwijze niet onderzocht."),
    H2("4.5 Conclusie"),
    P("De vertraging in het programma heeft grotendeels oorzaken die bij de start onderschat zijn. De planningen "
      "bevatten te weinig marges en bieden het algemeen bestuur geen vast referentiepunt. De samenwerking met de "
      "gemeenten is te weinig geborgd, en het waterschap heeft nog niet verkend of een andere marktbenadering de "
      "doorlooptijd kan verkorten."),

    H("5 Participatie van bewoners"),
    H2("5.1 Kader"),
    P("Het waterschap heeft in 2021 de participatieaanpak Samen aan de dijk vastgesteld. Daarin belooft het "
      "waterschap bewoners vroeg te betrekken, hen in iedere fase te laten meedenken over de inpassing van de "
      "versterking en schade snel en ruimhartig af te handelen. Ieder project heeft een omgevingsmanager en een of "
      "meer omgevingsadviseurs. Onder de Omgevingswet moet het waterschap bij een projectbesluit bovendien laten "
      "zien hoe het bewoners en andere belanghebbenden heeft betrokken."),
    H2("5.2 Ervaringen van bewoners"),
    P("Van de huishoudens die de enquête invulden, voelde 58 procent zich goed geïnformeerd over de plannen. "
      "Slechts 31 procent had het gevoel invloed te hebben gehad op het ontwerp. Bewoners waarderen de "
      "bereikbaarheid en de inzet van de omgevingsmanagers, maar merken ook op dat die managers deel uitmaken van "
      "het projectteam en dus niet hun belangen behartigen. Vooral bewoners met wie het waterschap over de "
      "verwerving van grond of over sloop van een bijgebouw moest onderhandelen, voelden zich ongelijk "
      "toegerust. Bij Sluizerwaard hebben bewoners op eigen kosten een deskundige ingehuurd om hen bij te staan."),
    P("Het waterschap heeft bij geen enkel project na afloop van een fase samen met bewoners geëvalueerd hoe de "
      "participatie is verlopen. De lessen van Ooster-Lekdijk zijn daardoor niet systematisch gebruikt bij de "
      "latere projecten."),
    H2("5.3 Schadeafhandeling"),
    P("Tussen 2022 en juni 2025 ontving het waterschap 214 schademeldingen, vooral over scheuren in woningen door "
      "trillingen en over schade aan tuinen en opritten. De gemiddelde afhandeltermijn bedroeg negentien weken; "
      "37 procent van de meldingen was na zes maanden nog niet afgehandeld. Bewoners kregen bij een melding "
      "wisselende contactpersonen en wisten vaak niet in welk stadium hun melding zich bevond. De "
      "voortgangsrapportages bevatten geen informatie over schademeldingen.",
      footnotes=("Het waterschap heeft de afhandeling in 2023 uitbesteed aan een extern schadebureau; de termijnen "
                 "zijn daarna iets korter geworden, maar de spreiding bleef groot.",)),
    H2("5.4 Klachten"),
    P("Het waterschap ontving in de onderzoeksperiode 46 klachten over het programma. Klachten worden behandeld "
      "volgens de klachtenregeling van het waterschap door de klachtencoördinator. Bewoners die niet tevreden zijn "
      "over de afhandeling, kunnen zich wenden tot de Nationale ombudsman; dat gebeurde drie keer. Verschillende "
      "bewoners gaven aan dat zij de klachtenregeling niet als onafhankelijk ervaren, omdat de behandeling "
      "plaatsvindt binnen de organisatie waarover zij klagen. Enkele andere waterschappen hebben voor hun "
      "dijkversterkingen een aparte, onafhankelijke ombudspersoon aangesteld."),
    H2("5.5 Informatievoorziening"),
    P("Het waterschap informeert bewoners via bewonersbrieven, informatieavonden en een projectwebsite per project. "
      "Bewoners vinden het echter lastig om te achterhalen wat de versterking voor hun eigen perceel betekent: "
      "welke bomen verdwijnen, of hun oprit tijdelijk onbereikbaar wordt en wanneer het waterschap grond wil "
      "verwerven. Die informatie staat verspreid over technische documenten. Een informatiepunt waarop bewoners "
      "per adres kunnen zien wat er gaat gebeuren, zou volgens de Rekenkamer veel vragen en zorgen voorkomen."),
    H2("5.6 Conclusie"),
    P("Het waterschap doet veel om bewoners te informeren, maar bewoners ervaren weinig invloed, staan bij "
      "ingrijpende gevolgen alleen en wachten te lang op de afhandeling van schade. Het waterschap leert te weinig "
      "van de ervaringen van bewoners tussen de projecten."),

    H("6 Sturing en verantwoording"),
    H2("6.1 Informatie aan het algemeen bestuur"),
    P("De halfjaarlijkse voortgangsrapportage is het belangrijkste instrument van het algemeen bestuur om het "
      "programma te volgen. Zoals in hoofdstuk 3 en 4 beschreven, bevat die rapportage te weinig informatie per "
      "project om te kunnen sturen. Het dagelijks bestuur heeft het algemeen bestuur bovendien niet vooraf "
      "geraadpleegd toen de kosten van Hamdijk-Oost met 40 procent stegen. Er zijn geen afspraken over de "
      "afwijkingen waarbij het dagelijks bestuur het algemeen bestuur vooraf moet betrekken."),
    H2("6.2 Rol van het algemeen bestuur"),
    P("Het algemeen bestuur heeft de kaders voor het programma in 2019 vastgesteld en sindsdien vooral "
      "projectbesluiten en begrotingswijzigingen goedgekeurd. Het heeft niet vastgelegd welke informatie het wil "
      "ontvangen en bij welke afwijkingen het een besluit wil nemen. Bij andere grote programma's van overheden is "
      "het gebruikelijk dat het bestuur dit in een controleprotocol vastlegt. Het is aan het algemeen bestuur zelf "
      "om die keuze te maken."),
    H2("6.3 De rol van het Rijk en het HWBP"),
    P("Het waterschap is voor het grootste deel van de financiering afhankelijk van de subsidievoorwaarden van het "
      "HWBP. Die voorwaarden vergoeden de kosten van een sobere en doelmatige versterking, maar niet de kosten van "
      "onafhankelijke bewonersbegeleiding of van een ruimhartiger schadeafhandeling dan wettelijk vereist. "
      "Waterschappen die bewoners beter willen ondersteunen, betalen dat dus uit eigen middelen. De Rekenkamer "
      "vindt dat dit niet past bij het landelijke belang van de waterveiligheid en bij de lasten die bewoners langs "
      "de dijken dragen. De subsidieregeling wordt vastgesteld door de minister van Infrastructuur en Waterstaat, "
      "in overleg met de Unie van Waterschappen."),

    H("7 Aanbevelingen"),
    P("Op basis van onze bevindingen doen wij dertien aanbevelingen. Wij hebben ze gegroepeerd naar de thema's van "
      "dit rapport. Bij iedere groep staat aan wie de aanbevelingen zijn gericht."),
    H2("7.1 Kosten en financiering"),
    lead("Aan het dagelijks bestuur:"),
    recs(("A1", A1, DB), ("A2", A2, DB), ("A3", A3, DB)),
    H2("7.2 Planning en uitvoering"),
    lead("Aan het dagelijks bestuur:"),
    recs(("A4", A4, DB)),
    lead("Aan het dagelijks bestuur en de colleges van burgemeester en wethouders van Lekkerveen, Hoeksluis, "
         "Molendaal, Bergerwaard en Zuidvliet:"),
    recs(("A5", A5, DB_GEM)),
    lead("Aan het dagelijks bestuur:"),
    recs(("A6", A6, DB)),
    H2("7.3 Participatie en omgeving"),
    lead("Aan het dagelijks bestuur:"),
    recs(("A7", A7, DB), ("A8", A8, DB), ("A9", A9, DB), ("A10", A10, DB), ("A11", A11, DB)),
    H2("7.4 Sturing en verantwoording"),
    lead("Aan het algemeen bestuur:"),
    recs(("A12", A12, AB)),
    lead("Aan de minister van Infrastructuur en Waterstaat en de andere partners in het "
         "Hoogwaterbeschermingsprogramma:"),
    recs(("A13", A13, IENW)),
    P("De Rekenkamer zal over twee jaar nagaan wat er met deze aanbevelingen is gedaan."),
    PageBreak(),

    H("Bijlage 1 Onderzoeksverantwoording"),
    P("De enquête is in maart en april 2025 schriftelijk en online afgenomen bij alle huishoudens binnen 250 meter "
      "van de dijk bij Ooster-Lekdijk, Hamdijk-Oost en Sluizerwaard. De respons bedroeg 36 procent. De uitkomsten "
      "zijn niet gewogen; huishoudens die direct met grondverwerving te maken hebben, zijn in de respons "
      "oververtegenwoordigd. Waar wij in dit rapport percentages noemen, gaat het om percentages van de "
      "respondenten."),
    P("Voor de vergelijking van de risicoreservering hebben wij de programmabegrotingen van vier andere "
      "waterschappen bestudeerd en met de programmamanagers van twee van die waterschappen gesproken. De "
      "vergelijking is indicatief, omdat de programma's verschillen in omvang en fase."),
    H("Bijlage 2 Gesprekspartners"),
    bullets(
        "de dijkgraaf en de heemraad met de portefeuille Waterveiligheid;",
        "de secretaris-directeur en de programmadirecteur Dijkversterking;",
        "de omgevingsmanagers en projectmanagers van de acht projecten;",
        "de voorzitter en leden van de commissie Waterveiligheid van het algemeen bestuur;",
        "ambtenaren van de gemeenten Lekkerveen, Hoeksluis, Molendaal, Bergerwaard en Zuidvliet;",
        "twee medewerkers van de programmadirectie van het HWBP;",
        "de klachtencoördinator van het waterschap en het externe schadebureau;",
        "vertegenwoordigers van bewonersgroepen bij Sluizerwaard en Hamdijk-Oost.",
    ),
)

REPORT = Document(
    title="Sterk genoeg?",
    subtitle="Onderzoek naar kosten, planning en bewonersparticipatie in het programma Sterke Dijken van "
             "Waterschap Lage Landen",
    blocks=REPORT_BLOCKS,
    running_header="Rekenkamer Waterschap Lage Landen  |  Sterk genoeg? Het programma Sterke Dijken",
    footer="{page}",
    font_family="serif",
    title_page=True,
    imprint=("Rekenkamer Waterschap Lage Landen", "Rapport 2025-3", "Vastgesteld op 18 november 2025"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV4 = ("Voor de drie projecten die nog in de verkenningsfase zitten, achten wij een herijking vóór eind 2026 niet "
       "zinvol; hun planning herijken wij pas bij de overgang naar de planuitwerking, wanneer het "
       "voorkeursalternatief bekend is.")

T1 = ("Vanaf de voortgangsrapportage over het eerste halfjaar van 2026 bevat iedere rapportage per dijktraject een "
      "actuele integrale raming, inclusief de risicoreservering en de niet-subsidiabele kosten. Afwijkingen van meer "
      "dan vijf procent lichten wij toe.")
E1 = T1.split(". ")[0] + "."
E2 = "Een vast plafond per project past echter niet bij de manier waarop meekoppelkansen tot stand komen."
T2 = ("Wij delen de constatering dat de niet-subsidiabele kosten sterk zijn gestegen. " + E2 + " Vaak ontstaat de "
      "kans pas in de planuitwerking, en de waarde ervan voor het waterschap verschilt sterk per project. Wij kiezen "
      "er daarom voor om iedere bijdrage boven € 250.000 vooraf aan het algemeen bestuur voor te leggen.")
E3 = ("Wij verhogen de risicoreservering in de begroting 2027 naar tien procent van de nog te maken projectkosten, "
      "maar leggen nu geen norm van vijftien procent vast.")
T3 = ("Wij erkennen dat de huidige reservering krap is. " + E3 + " Bij de programmabrede risicoanalyse van 2027 "
      "bepalen wij opnieuw welk niveau nodig is.")
E4T = ("Wij herijken de planning van de vijf projecten in planuitwerking en realisatie en leggen de herijkte "
       "basisplanning ter vaststelling voor aan het algemeen bestuur.")
T4 = E4T + " Zie voor de projecten in de verkenningsfase onze toelichting voorafgaand aan deze tabel."
E5 = ("Met de vijf dijkgemeenten sluiten wij vóór 1 oktober 2026 een bestuursovereenkomst met per project "
      "afspraken over vergunningtermijnen en tijdelijke verkeersmaatregelen.")
T5 = (E5 + " Alle vijf gemeenten hebben inmiddels een vast aanspreekpunt voor de dijkversterking aangewezen.")
E6 = ("Wij laten in 2026 door een extern bureau onderzoeken of bundeling van de realisatie van Hamdijk-Oost, "
      "Bergerdijk en Sluizerwaard in een meerjarige samenwerking met aannemers kosten en doorlooptijd bespaart.")
T6 = (E6 + " Daarbij betrekken wij de ervaringen van twee waterschappen die al zo werken. De uitkomsten bespreken "
      "wij in de commissie Waterveiligheid.")
E7 = "Wij onderschrijven deze aanbeveling."
T7 = (E7 + " Vanaf 1 januari 2027 kunnen bewoners in ieder project in planuitwerking een beroep doen op een "
      "bewonersadviseur die wordt ingehuurd via een raamovereenkomst buiten het programmabureau. De kosten, "
      "ongeveer € 350.000 per jaar, nemen wij op in de begroting 2027.")
E8 = "Wij nemen deze aanbeveling over."
T8 = (E8 + " Per 1 juli 2026 krijgt iedere schademelding een vaste contactpersoon en geldt een afhandeltermijn van "
      "acht weken. Het aantal meldingen en de doorlooptijden nemen wij op in de voortgangsrapportage.")
E9 = ("Wij zien geen aanleiding om daarnaast een aparte ombudsfunctie voor de dijkversterking in te stellen.")
T9 = ("Bewoners kunnen met klachten terecht bij de klachtencoördinator van het waterschap en, als zij daarna niet "
      "tevreden zijn, bij de Nationale ombudsman, bij wie het waterschap is aangesloten. " + E9)
E10 = ("In het tweede kwartaal van 2026 starten wij bij de Ooster-Lekdijk met een proef met een digitaal "
       "informatiepunt per adres; op basis van de ervaringen besluiten wij of wij het informatiepunt voor het hele "
       "programma invoeren.")
T10 = "Wij delen het belang van goede informatie per adres. " + E10
T12 = ("Deze aanbeveling is gericht aan het algemeen bestuur. Het is aan het algemeen bestuur om hierover te "
       "besluiten; wij leveren desgevraagd de informatie aan die daarvoor nodig is.")
T13 = ("Deze aanbeveling is gericht aan de minister van Infrastructuur en Waterstaat en de partners in het HWBP. "
       "Wij hebben het rapport onder de aandacht gebracht van de programmadirectie van het HWBP bij "
       "Rijkswaterstaat. De subsidievoorwaarden worden daarnaast betrokken bij de evaluatie van de HWBP-regeling "
       "die in 2026 plaatsvindt.")


def row(number: str, title: str, standpunt: str, text: str, gereed: str, *answers: Answer) -> tuple:
    return (f"{number}\n{title}", standpunt, Cell(text, answers=answers), gereed)


RESPONSE_TABLE = Table(
    header=("Aanbeveling", "Standpunt", "Toelichting", "Gereed"),
    rows=(
        row("A1", "Kostenraming per dijktraject", "Eens", T1, "Q3 2026", Answer("A1", "agree", E1)),
        row("A2", "Plafond meekoppelkansen", "Oneens", T2, "-", Answer("A2", "disagree", E2)),
        row("A3", "Risicoreservering", "Deels eens", T3, "Q4 2026", Answer("A3", "partial", E3)),
        row("A4", "Herijking planning", "Eens", T4, "Q4 2026", Answer("A4", "partial", E4T)),
        row("A5", "Afspraken met gemeenten", "Eens", T5, "Q3 2026", Answer("A5", "agree", E5)),
        row("A6", "Bundeling en marktbenadering", "Eens", T6, "Q4 2026", Answer("A6", "agree", E6)),
        row("A7", "Onafhankelijke bewonersadviseur", "Eens", T7, "Q1 2027", Answer("A7", "agree", E7)),
        row("A8", "Schadeafhandeling", "Eens", T8, "Q3 2026", Answer("A8", "agree", E8)),
        row("A9", "Ombudsfunctie", "Oneens", T9, "-", Answer("A9", "disagree", E9)),
        row("A10", "Digitaal informatiepunt", "Deels eens", T10, "Q4 2026", Answer("A10", "partial", E10)),
        row("A12", "Controleprotocol", "Ter kennisname", T12, "-"),
        row("A13", "Subsidiabiliteit HWBP", "Ter kennisname", T13, "-"),
    ),
    widths=(1.6, 1.15, 3.3, 0.8),
    rules="grid",
)

RESPONSE_BLOCKS = (
    P("Aan de Rekenkamer Waterschap Lage Landen, t.a.v. de voorzitter, drs. M.A. Hoekstra-van Dijk RA"),
    P("Datum: 3 november 2025. Kenmerk: DB/2025/1187. Onderwerp: bestuurlijke reactie op het rapport "
      "'Sterk genoeg?'"),
    H("Bestuurlijke reactie"),
    P("Geachte voorzitter,"),
    P("Op 6 oktober 2025 ontvingen wij het conceptrapport 'Sterk genoeg?' over het programma Sterke Dijken. Wij "
      "danken de Rekenkamer voor het grondige onderzoek en voor de zorgvuldige manier waarop zij bewoners, "
      "gemeenten en medewerkers van het programmabureau heeft gesproken. Wij herkennen ons in het beeld dat de "
      "Rekenkamer schetst. Het programma is groter en complexer dan wij in 2019 voorzagen, en de prijsontwikkeling "
      "in de bouw, de stikstofproblematiek en de krapte bij aannemers en netbeheerders hebben het er niet "
      "eenvoudiger op gemaakt."),
    P("Wij onderschrijven de conclusie van de Rekenkamer dat de informatie aan het algemeen bestuur te grofmazig "
      "is geweest om goed te kunnen sturen, en dat bewoners langs de verschillende trajecten het programma heel "
      "verschillend hebben ervaren. De vertraging van de projecten in de planuitwerkingsfase baart ook ons zorgen. "
      "Tegelijk willen wij benadrukken dat de veiligheid van de inwoners achter de dijken voor ons voorop blijft "
      "staan: liever een zorgvuldig ontwerp dan een snel ontwerp dat later moet worden aangepast."),
    P("Over aanbeveling A4, de herijking van de planning, willen wij iets meer zeggen dan in de tabel past. Wij "
      "delen de opvatting van de Rekenkamer dat de planningen van Hamdijk-Oost, Bergerdijk en Sluizerwaard niet "
      "meer realistisch zijn, en ook Gorsdijk Noord en Ooster-Lekdijk nemen wij mee in de herijking. " + EV4 +
      " Een planning die nu wordt vastgesteld, zou voor die projecten op aannames berusten die over een jaar "
      "alweer achterhaald zijn, en zou het algemeen bestuur daarmee schijnzekerheid bieden.",
      answers=(Answer("A4", "partial", EV4),)),
    P("In de tabel hieronder geven wij per aanbeveling ons standpunt, een korte toelichting en het kwartaal waarin "
      "wij verwachten de maatregel te hebben uitgevoerd. Bij de aanbevelingen die niet aan ons zijn gericht, "
      "nemen wij geen standpunt in."),
    RESPONSE_TABLE,
    H2("Uitvoering en verantwoording"),
    P("Over de uitvoering van de maatregelen uit deze reactie rapporteren wij in de halfjaarlijkse "
      "voortgangsrapportage van het programma, voor het eerst in de rapportage over het eerste halfjaar van 2026. "
      "De programmadirecteur Dijkversterking is ambtelijk verantwoordelijk voor de uitvoering; binnen ons college "
      "ligt de verantwoordelijkheid bij de heemraad met de portefeuille Waterveiligheid."),
    P("Wij sturen een afschrift van deze reactie aan het algemeen bestuur, zodat het rapport en onze reactie "
      "samen in de commissie Waterveiligheid van december 2025 kunnen worden besproken. Wij zien uit naar dat "
      "gesprek."),
    P("Met vriendelijke groet,"),
    P("Het dagelijks bestuur van Waterschap Lage Landen,"),
    P("ir. J.H. van Lingen, dijkgraaf"),
    P("mr. E.C. Bosman-Terpstra, secretaris-directeur"),
)

RESPONSE = Document(
    title="Waterschap Lage Landen",
    subtitle="Dagelijks bestuur (dijkgraaf en heemraden)",
    blocks=RESPONSE_BLOCKS,
    running_header="Bestuurlijke reactie dagelijks bestuur op het rapport 'Sterk genoeg?'",
    footer="Pagina {page} van {pages}",
    font_family="sans",
    title_page=False,
)

PAIR = Pair(
    name="water_board_audit",
    report=REPORT,
    response=RESPONSE,
    description="Rekenkamer Waterschap Lage Landen audit of a dike reinforcement programme (13 recommendations "
                "A1-A13: first in a summary table 'Nr. | Aanbeveling | Gericht aan', annotated as a numbered list "
                "in chapter 7) and the dagelijks bestuur's bestuurlijke reactie: an A4 paragraph with a nuance, then "
                "a table 'Aanbeveling | Standpunt | Toelichting | Gereed'; A11 missing, A12/A13 'Ter kennisname'.",
)
