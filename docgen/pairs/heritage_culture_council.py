"""Pair: a Raad voor Cultuur-style advice on the future of museums and heritage institutions, and the OCW response.

Layout traits this pair tests: a serif report with a title page; the advice is organised in numbered themes
("1 Collecties" ... "5 Vrijwilligers en personeel") with numbered sub-sections ("1.1", "1.2", ...), and the
recommendations of each theme are printed at the end of the theme as "1a.", "1b.", ... in a short list after a bold
lead-in ("De Raad adviseert:"); the addressee sits in the lead-in for some themes and at the start of the item for
others.  The report also holds a table of museum figures, bulleted key messages in the summary, a bulleted method
list and annexes with bulleted lists, none of which are recommendations.

The response is a beleidsreactie letter of the minister of OCW (no title page) following the Raad's themes.  It
answers some advices by number ("advies 2b", "(3b)") and others only by subject; one paragraph answers 1a, 1b and 1c
at once with three different positions; 2c is refused by pointing to the provinces ("Dat is aan de provincies");
3a is agreed as "dat doen wij al en breiden wij uit"; 2b is postponed to the next cultuurnota period with only a
promise to consider it (partial); 5b is passed on to the staatssecretaris van Financiën without a position, and 4b
is not answered (a paragraph on the subject only describes what museums already do).  All prose is fictional and
written for this test set.
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


def R(number: str, *departments: str) -> Recommendation:
    return Recommendation(number, tuple(departments))


def bullets(*texts: str) -> ItemList:
    return ItemList(tuple(ListItem(text) for text in texts), style="•")


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H("Samenvatting"),
    P("Nederland telt ruim vierhonderd geregistreerde musea en daarnaast honderden kleinere erfgoedinstellingen, "
      "oudheidkamers en historische verenigingen. Samen beheren zij een collectie van naar schatting 60 miljoen "
      "objecten, van archeologische vondsten en schilderijen tot stoomgemalen, klederdrachten en digitale "
      "archieven. Die rijkdom is niet vanzelfsprekend. De Raad voor Cultuur constateert in dit advies dat het "
      "fundament onder veel instellingen smaller wordt, terwijl de verwachtingen van overheden en publiek "
      "toenemen."),
    P("De minister van Onderwijs, Cultuur en Wetenschap vroeg de Raad in januari 2025 om te adviseren over de "
      "toekomst van het museale bestel. De Raad heeft daarvoor gesproken met directeuren, conservatoren, "
      "vrijwilligers, bestuurders van provincies en gemeenten, vertegenwoordigers van gemeenschappen van herkomst "
      "en deskundigen uit binnen- en buitenland. Zijn belangrijkste bevindingen zijn:"),
    bullets(
        "De depots van musea raken vol, en een groot deel van de collecties wordt bewaard in ruimten die niet aan "
        "de eisen voor klimaat, veiligheid en brandpreventie voldoen.",
        "Musea buiten de grote steden zijn sterk afhankelijk van de begroting van één gemeente en van incidentele "
        "projectsubsidies; hun financiële positie is sinds 2019 verslechterd.",
        "Digitalisering gaat snel bij grote instellingen en traag bij kleine; de kloof tussen beide groeit.",
        "Het beleid voor de teruggave van koloniale collecties heeft vertrouwen gewekt, maar bereikt nog niet alle "
        "gemeenschappen en niet alle collecties.",
        "Zonder de inzet van ruim 60.000 vrijwilligers zou een groot deel van de musea de deuren moeten sluiten, "
        "terwijl het werven van nieuwe vrijwilligers steeds moeilijker wordt.",
    ),
    P("De Raad ordent zijn advies in vijf thema's: collecties, financiering, digitalisering, koloniale collecties "
      "en vrijwilligers en personeel. Per thema beschrijft hij wat hij aantrof, hoe hij dat beoordeelt en wat er "
      "volgens hem moet gebeuren. De adviezen staan aan het slot van elk thema en zijn genummerd met het nummer van "
      "het thema en een letter. Zij zijn gericht aan de minister van OCW, aan provincies en gemeenten, aan de "
      "museumsector zelf en, voor één fiscaal onderwerp, aan de staatssecretaris van Financiën."),
    P("De Raad beseft dat niet alles tegelijk kan. Hij vraagt de minister om de adviezen over collectiezorg en "
      "regionale financiering voorrang te geven, omdat daar de risico's voor het behoud van het erfgoed het "
      "grootst zijn. Veel van wat de Raad voorstelt, vraagt geen nieuw geld maar betere afspraken tussen Rijk, "
      "provincies, gemeenten en instellingen."),
    PageBreak(),

    H("Inleiding"),
    H("Aanleiding", 2),
    P("Het museale bestel in Nederland is in de loop van meer dan een eeuw gegroeid uit particulier initiatief, "
      "gemeentelijke trots en rijksbeleid. Het Rijk is eigenaar van de rijkscollectie en financiert een beperkt "
      "aantal musea via de basisinfrastructuur (BIS). Provincies ondersteunen vooral regionale musea en het "
      "provinciale archeologische depot. Gemeenten zijn verreweg de grootste financier: zij zijn eigenaar van veel "
      "collecties en gebouwen en dragen bij aan de exploitatie van het merendeel van de musea."),
    P("Die verdeling van taken werkte lange tijd redelijk. In de afgelopen tien jaar is zij onder druk komen te "
      "staan. De coronajaren hebben reserves uitgeput, de energiekosten stegen sterk, en de eisen aan beveiliging, "
      "verduurzaming en toegankelijkheid namen toe. Tegelijk vragen overheden van musea dat zij nieuwe publieksgroepen "
      "bereiken, hun collecties digitaal ontsluiten en rekenschap afleggen over de herkomst van objecten die in "
      "koloniale context zijn verworven."),
    H("Adviesvraag", 2),
    P("De minister vroeg de Raad in te gaan op drie vragen. Ten eerste: hoe kan de zorg voor de collecties die in "
      "Nederland worden bewaard, ook op de lange termijn worden gewaarborgd? Ten tweede: welke verdeling van "
      "verantwoordelijkheden en middelen tussen Rijk, provincies en gemeenten past bij een gezond museaal bestel in "
      "alle delen van het land? En ten derde: wat is nodig om musea voor te bereiden op de opgaven van de komende "
      "jaren, in het bijzonder digitalisering, de omgang met koloniale collecties en de veranderende rol van "
      "vrijwilligers?"),
    P("De Raad heeft de vraag breed opgevat. Hij richt zich niet alleen op de geregistreerde musea, maar ook op "
      "erfgoedinstellingen die geen museum zijn in de zin van de Museumnorm, zoals oudheidkamers en "
      "streekarchieven met een objectcollectie. Archieven en bibliotheken vallen buiten dit advies, behalve waar "
      "hun digitale voorzieningen ook door musea worden gebruikt."),
    H("Werkwijze", 2),
    P("Voor dit advies heeft de Raad een tijdelijke commissie ingesteld, bestaande uit vijf leden van de Raad en "
      "vier externe deskundigen (zie bijlage 2). De commissie heeft tussen februari en juli 2025 de volgende "
      "activiteiten uitgevoerd:"),
    bullets(
        "een schriftelijke enquête onder alle geregistreerde musea, waarop 271 musea reageerden (een respons van "
        "66 procent);",
        "werkbezoeken aan 24 musea en erfgoedinstellingen in acht provincies, waaronder zes musea die volledig "
        "door vrijwilligers worden gedragen;",
        "vier rondetafelgesprekken, over collectiezorg, financiering, digitalisering en koloniale collecties;",
        "gesprekken met vertegenwoordigers van het Interprovinciaal Overleg, de Vereniging van Nederlandse "
        "Gemeenten, de Museumvereniging, het Mondriaan Fonds en de Rijksdienst voor het Cultureel Erfgoed;",
        "een analyse van de Erfgoedmonitor en van de jaarverslagen van 80 musea over de periode 2018-2024.",
    ),
    P("Daarnaast heeft de Raad gesproken met vertegenwoordigers van gemeenschappen van herkomst in Nederland, "
      "Indonesië, Suriname en het Caribisch deel van het Koninkrijk. Hun inbreng heeft vooral het vierde thema "
      "van dit advies gevormd, maar klonk ook door in de andere thema's."),
    H("Leeswijzer", 2),
    P("Het volgende hoofdstuk schetst in enkele cijfers het museumlandschap. Daarna volgen de vijf thema's, elk in "
      "een eigen hoofdstuk. De thema's zijn genummerd van 1 tot en met 5, en de adviezen binnen een thema dragen "
      "het nummer van dat thema en een letter. Het advies sluit af met een slotbeschouwing en twee bijlagen."),

    H("Het museumlandschap in beeld"),
    P("Het Nederlandse museumlandschap is groot en gevarieerd. Een klein aantal instellingen trekt het grootste "
      "deel van de bezoekers, terwijl de meeste musea klein zijn en sterk op hun eigen streek gericht. Tabel 1 "
      "geeft een beeld van de verdeling naar soort museum."),
    P("Tabel 1. Geregistreerde musea naar soort, 2024", bold=True),
    Table(
        header=("Soort museum", "Aantal", "Bezoeken (mln)", "Aandeel vrijwilligers in de bezetting"),
        rows=(
            ("Rijksmusea en musea in de BIS", "31", "13,9", "9 %"),
            ("Gemeentelijke musea", "98", "7,2", "24 %"),
            ("Regionale en provinciale musea", "64", "2,8", "41 %"),
            ("Particuliere musea (stichtingen)", "143", "5,1", "58 %"),
            ("Vrijwilligersmusea", "75", "0,6", "100 %"),
            ("Totaal", "411", "29,6", "46 %"),
        ),
        widths=(3.2, 1.2, 1.6, 2.6),
    ),
    P("Uit de enquête blijkt dat 58 procent van de musea een jaarbegroting heeft van minder dan € 500.000. Bij deze "
      "kleinere musea komt gemiddeld 52 procent van de inkomsten van één gemeente, 11 procent van de provincie en "
      "minder dan 3 procent van het Rijk. De rest bestaat uit entreegelden, winkelverkopen, sponsoring en giften. "
      "Bij de grotere musea is het beeld anders: daar is het aandeel eigen inkomsten hoger en dragen Rijk en fondsen "
      "meer bij."),
    P("Het aantal museumbezoeken lag in 2024 weer op het niveau van voor de coronapandemie. Dat herstel is echter "
      "ongelijk verdeeld. De grote musea in de Randstad ontvingen meer bezoekers dan in 2019; ruim de helft van de "
      "musea buiten de Randstad bleef daaronder.", footnotes=(
        "Bron: Erfgoedmonitor en de eigen enquête van de Raad. De cijfers over 2024 zijn voorlopig.",)),
    P("De Raad merkt op dat cijfers over het museale bestel verspreid zijn. Gegevens over collecties, bezoekers, "
      "financiën en personeel worden door verschillende organisaties verzameld, met verschillende definities. Dat "
      "maakt het moeilijk om ontwikkelingen tijdig te zien. In de thema's hieronder gebruikt de Raad daarom waar "
      "nodig zijn eigen enquête als aanvulling."),
    PageBreak(),

    # Theme 1 ---------------------------------------------------------------------------------------------------
    H("1 Collecties"),
    H("1.1 Wat de Raad aantrof", 2),
    P("Collecties zijn de kern van ieder museum. Zij worden verzameld om te worden bewaard, bestudeerd en getoond, "
      "en dat bewaren is bedoeld voor onbepaalde tijd. Juist die lange termijn staat onder druk. Van de musea die de "
      "enquête invulden, gaf 62 procent aan dat het depot vol of bijna vol is. Een op de drie musea bewaart een deel "
      "van de collectie op zolders, in kelders of in gehuurde loodsen die niet zijn ingericht voor het bewaren van "
      "kwetsbare objecten."),
    P("Tijdens de werkbezoeken zag de Raad textiel dat door motten was aangetast, schilderijen in ruimten zonder "
      "klimaatbeheersing en archeologisch materiaal in dozen die sinds de opgraving niet meer waren geopend. Dat is "
      "geen verwijt aan de mensen die deze collecties beheren. Zij doen met beperkte middelen wat zij kunnen, vaak "
      "met grote deskundigheid. Maar het laat zien dat het bewaren van collecties een structurele opgave is die "
      "niet uit de exploitatie van een klein museum kan worden betaald."),
    P("Een aantal provincies heeft de afgelopen jaren geïnvesteerd in gezamenlijke collectiecentra, waar "
      "meerdere musea hun depot onderbrengen. De ervaringen daarmee zijn goed: de omstandigheden verbeteren, de "
      "kosten per object dalen en musea gaan meer samenwerken bij registratie en conservering. Tegelijk zijn de "
      "investeringen hoog en blijven andere provincies achter, zodat de kwaliteit van de collectiezorg sterk "
      "afhangt van de plek waar een museum staat."),
    H("1.2 Analyse", 2),
    P("De Raad ziet drie oorzaken. De eerste is dat collecties blijven groeien. Musea verwerven nieuwe objecten, "
      "krijgen schenkingen en nemen soms collecties over van instellingen die sluiten. Afstoten gebeurt weinig, "
      "ook omdat de Leidraad voor het Afstoten van Museale Objecten als ingewikkeld wordt ervaren en omdat musea "
      "bang zijn voor reputatieschade. De tweede oorzaak is dat niemand overziet wat er in Nederland wordt "
      "bewaard. Daardoor bewaren musea soms vergelijkbare objecten, terwijl belangrijke onderwerpen in geen enkele "
      "collectie goed vertegenwoordigd zijn."),
    P("De derde oorzaak is dat de verantwoordelijkheid voor de depots versnipperd is. Het Rijk zorgt voor de "
      "rijkscollectie, sommige provincies voor een regionaal collectiecentrum en gemeenten voor hun eigen musea. "
      "Voor de vele particuliere musea is niemand verantwoordelijk. Een landelijke aanpak ontbreekt. De Raad "
      "vindt dat de zorg voor collecties van algemeen belang een gedeelde verantwoordelijkheid van overheden en "
      "sector moet zijn, met duidelijke afspraken over wie wat doet."),
    P("Ook de kwaliteitseisen voor musea verdienen aandacht. De Museumnorm vraagt van geregistreerde musea dat "
      "zij een collectiebeleid hebben, maar niet dat dit beleid actueel is of openbaar. In de praktijk bleek bij "
      "een derde van de musea die de Raad bezocht het collectiebeleidsplan ouder dan tien jaar."),
    H("1.3 Adviezen", 2),
    P("De Raad adviseert:", bold=True),
    ItemList((
        ListItem("De minister van OCW: stel samen met de Museumvereniging, de Stichting Museumregister en de "
                 "provincies uiterlijk in 2027 een landelijk collectieplan op, waarin musea afspreken welke "
                 "collecties zij als kern bewaren, welke zij met andere musea delen en hoe zij verantwoord "
                 "afstoten.", recommendation=R("1a", "OCW")),
        ListItem("De minister van OCW en de provincies: richt samen een depotfonds op waaruit de bouw en "
                 "verduurzaming van gedeelde regionale collectiecentra worden gefinancierd, met een rijksbijdrage "
                 "van ten minste € 25 miljoen per jaar gedurende tien jaar.", recommendation=R("1b", "OCW", "OTHER")),
        ListItem("De minister van OCW en de Stichting Museumregister: neem in de Museumnorm de eis op dat ieder "
                 "geregistreerd museum beschikt over een openbaar collectiebeleidsplan dat ten minste eens in de "
                 "vijf jaar wordt herzien.", recommendation=R("1c", "OCW", "OTHER")),
    ), style="1."),

    # Theme 2 ---------------------------------------------------------------------------------------------------
    H("2 Financiering"),
    H("2.1 Wat de Raad aantrof", 2),
    P("De financiering van musea is in Nederland grotendeels een zaak van gemeenten. Dat heeft voordelen: "
      "gemeenten kennen hun musea en voelen zich ervoor verantwoordelijk. Het nadeel is dat de positie van een museum "
      "sterk afhangt van de financiële ruimte en de keuzes van één gemeente. In de enquête meldden 87 musea dat hun "
      "gemeentelijke bijdrage sinds 2019 is verlaagd of niet is geïndexeerd. Vooral musea in krimpregio's en in "
      "kleine gemeenten met een beperkte begroting hebben het moeilijk."),
    P("Het Rijk financiert via de BIS een klein aantal musea met een landelijke functie. Daarnaast verstrekt het "
      "Mondriaan Fonds projectsubsidies, waarvoor alle musea kunnen aanvragen. Regionale musea vallen in de praktijk "
      "vaak tussen wal en schip: zij zijn te klein voor de BIS, en projectsubsidies helpen hen niet aan de vaste "
      "basis die zij nodig hebben om personeel te behouden en hun collecties te verzorgen."),
    P("De rol van provincies verschilt sterk. Sommige provincies voeren een actief museumbeleid, met "
      "meerjarige subsidies, een steunpunt voor erfgoed en investeringen in depots. Andere provincies beperken "
      "zich tot het wettelijk verplichte archeologische depot en incidentele projectsubsidies. In drie provincies "
      "is het budget voor musea sinds 2015 met meer dan een kwart gedaald."),
    H("2.2 Analyse", 2),
    P("De Raad vindt dat ieder inwoner van Nederland binnen redelijke afstand toegang moet hebben tot een museum "
      "van goede kwaliteit, en dat het erfgoed van een regio ook in die regio moet kunnen worden verzorgd en "
      "getoond. Dat vraagt om een stabielere financiering van musea buiten de grote steden, waarbij alle drie "
      "bestuurslagen hun deel doen. Een regeling waarin het Rijk bijdraagt onder de voorwaarde dat provincies en "
      "gemeenten hetzelfde doen, kan zo'n gedeelde verantwoordelijkheid zichtbaar maken."),
    P("Voor een beperkt aantal regionale musea geldt bovendien dat zij een taak vervullen die verder reikt dan "
      "hun eigen regio. Zij beheren collecties van nationaal belang of zijn het enige museum voor een bepaald "
      "onderwerp. Die musea horen volgens de Raad in de landelijke structuur thuis. De Raad realiseert zich dat "
      "de BIS voor 2025-2028 is vastgesteld, maar vindt het wachten op de volgende periode te lang."),
    P("Ten slotte vindt de Raad dat de taak van provincies duidelijker moet worden vastgelegd. Waar provincies "
      "zich terugtrekken, ontstaan gaten die gemeenten en Rijk niet kunnen opvangen. Een wettelijke basis voor "
      "het provinciale museumbeleid zou die gaten kunnen voorkomen."),
    H("2.3 Adviezen", 2),
    P("De Raad adviseert de minister van OCW:", bold=True),
    ItemList((
        ListItem("Richt een regeling ‘Musea in de regio’ in, waarmee het Rijk vanaf 2026 structureel bijdraagt aan "
                 "de exploitatie van musea buiten de grote steden, onder de voorwaarde dat provincies en gemeenten "
                 "samen eenzelfde bedrag bijdragen.", recommendation=R("2a", "OCW")),
        ListItem("Neem in de basisinfrastructuur een aparte categorie op voor regionale musea die een taak van "
                 "nationaal belang vervullen, en reserveer daarvoor al in de lopende cultuurnotaperiode middelen.",
                 recommendation=R("2b", "OCW")),
        ListItem("Leg in de Erfgoedwet vast dat iedere provincie een provinciaal museumbeleid voert en daarvoor "
                 "een minimumbudget per inwoner reserveert.", recommendation=R("2c", "OCW")),
    ), style="1."),

    # Theme 3 ---------------------------------------------------------------------------------------------------
    H("3 Digitalisering"),
    H("3.1 Wat de Raad aantrof", 2),
    P("Digitalisering heeft de manier waarop musea werken in korte tijd veranderd. Grote musea hebben hun "
      "collecties voor een groot deel online gezet, met beelden van hoge kwaliteit en uitgebreide beschrijvingen. "
      "Onderzoekers, docenten en geïnteresseerden over de hele wereld maken daar gebruik van. De landelijke "
      "voorzieningen voor erfgoed, die onder meer zorgen voor gemeenschappelijke termenlijsten, duurzame opslag en "
      "vindbaarheid, zijn in de afgelopen jaren sterk verbeterd."),
    P("Bij kleine musea is het beeld anders. Een derde van de musea met minder dan vijf betaalde medewerkers heeft "
      "de collectie niet of slechts gedeeltelijk digitaal geregistreerd. Veel van hen werken met verouderde "
      "systemen die niet aansluiten op de landelijke voorzieningen, of met spreadsheets die door één vrijwilliger "
      "worden bijgehouden. Wanneer die vrijwilliger stopt, gaat kennis verloren."),
    P("Ook waar collecties wel gedigitaliseerd zijn, zijn ze niet altijd vrij te gebruiken. De Raad trof musea aan "
      "die beelden van objecten uit het publieke domein alleen tegen betaling ter beschikking stellen, en musea die "
      "niet weten onder welke voorwaarden zij hun beelden mogen publiceren. Voor objecten waarop nog auteursrecht "
      "rust, is het publiceren onder een open licentie bovendien niet zonder meer mogelijk."),
    H("3.2 Analyse", 2),
    P("De Raad vindt dat de digitale ontsluiting van collecties een publieke taak is, die niet mag afhangen van de "
      "omvang van een museum. Dat vraagt in de eerste plaats om een stevige en blijvend gefinancierde landelijke "
      "infrastructuur, waar ook kleine musea zonder hoge kosten op kunnen aansluiten. In de tweede plaats vraagt het "
      "om ondersteuning van die kleine musea zelf: met gedeelde systemen, opleiding en hulp bij vragen."),
    P("De Raad vindt daarnaast dat wat met publiek geld wordt gedigitaliseerd, in beginsel ook vrij beschikbaar "
      "moet zijn. Hij ziet dat sommige musea inkomsten uit beeldlicenties niet willen missen, maar acht die "
      "inkomsten klein in verhouding tot de publieke waarde van open collecties."),
    H("3.3 Adviezen", 2),
    P("De Raad adviseert:", bold=True),
    ItemList((
        ListItem("De minister van OCW: financier de gezamenlijke digitale infrastructuur voor erfgoed structureel, "
                 "en vergroot die bijdrage zodat ook kleine musea zonder kosten kunnen aansluiten op de landelijke "
                 "voorzieningen voor registratie, duurzame opslag en vindbaarheid.", recommendation=R("3a", "OCW")),
        ListItem("De minister van OCW: verbind aan iedere rijkssubsidie voor digitalisering de voorwaarde dat de "
                 "gedigitaliseerde collectie onder een open licentie online beschikbaar komt, en pas die voorwaarde "
                 "ook toe op de rijkscollectie.", recommendation=R("3b", "OCW")),
        ListItem("De museumsector: ontwikkel met steun van het Rijk een gezamenlijk digitaliseringsprogramma voor "
                 "kleine musea en vrijwilligersmusea, met een gedeeld systeem voor collectieregistratie en een "
                 "helpdesk.", recommendation=R("3c", "OTHER")),
    ), style="1."),

    # Theme 4 ---------------------------------------------------------------------------------------------------
    H("4 Koloniale collecties"),
    H("4.1 Wat de Raad aantrof", 2),
    P("Nederlandse musea beheren honderdduizenden objecten die tijdens de koloniale periode zijn verworven. "
      "Een deel daarvan is zonder instemming van de oorspronkelijke eigenaren meegenomen, bijvoorbeeld als "
      "oorlogsbuit. Sinds 2021 voert Nederland een beleid waarin objecten die onvrijwillig zijn verworven, op "
      "verzoek van het land van herkomst onvoorwaardelijk worden teruggegeven. Een onafhankelijke adviescommissie "
      "beoordeelt de verzoeken en een expertisecentrum doet herkomstonderzoek."),
    P("De gesprekken die de Raad voerde, laten zien dat dit beleid in binnen- en buitenland als een belangrijke stap "
      "wordt gezien. Er zijn inmiddels enkele honderden objecten teruggegeven. Tegelijk kwamen er kritische geluiden. "
      "Gemeenschappen van herkomst, zoals inheemse groepen en nazaten van de oorspronkelijke eigenaren, kunnen zelf "
      "geen verzoek indienen: dat kan alleen de regering van het land van herkomst. Wanneer die regering geen "
      "prioriteit geeft aan teruggave, of wanneer een gemeenschap zich niet door haar vertegenwoordigd voelt, staat "
      "zij met lege handen."),
    P("Verder geldt het beleid alleen voor de rijkscollectie. Musea met collecties van gemeenten, provincies of "
      "particulieren kunnen zich bij het beleid aansluiten, maar zijn daartoe niet verplicht. Uit de enquête blijkt "
      "dat van de musea met een koloniale collectie die niet in rijkseigendom is, minder dan een kwart "
      "herkomstonderzoek heeft laten doen.", footnotes=(
        "Het gaat om 41 musea die aangaven objecten uit koloniale context te beheren die eigendom zijn van een "
        "gemeente, een provincie of een particuliere stichting.",)),
    H("4.2 Analyse", 2),
    P("De Raad vindt dat het beleid moet aansluiten bij de mensen om wie het gaat. Dat betekent dat ook "
      "gemeenschappen van herkomst een verzoek moeten kunnen indienen, uiteraard in overleg met de regering van het "
      "land waar zij wonen. Zij hebben daarbij ondersteuning nodig, omdat het opstellen van een verzoek kennis van "
      "collecties en procedures vraagt die zij vaak niet hebben."),
    P("De Raad vindt ook dat overheden die eigenaar zijn van koloniale collecties, dezelfde verantwoordelijkheid "
      "dragen als het Rijk. Het is moeilijk uit te leggen dat een object uit de rijkscollectie wel en een "
      "vergelijkbaar object in een gemeentelijk museum niet wordt onderzocht. Ten slotte ziet de Raad dat kennis "
      "over herkomstonderzoek verspreid is over universiteiten, musea en het expertisecentrum. Een onafhankelijk "
      "kenniscentrum dat deze kennis bundelt en musea adviseert, zou het onderzoek kunnen versnellen."),
    H("4.3 Adviezen", 2),
    P("De Raad adviseert:", bold=True),
    ItemList((
        ListItem("De minister van OCW: maak het mogelijk dat ook gemeenschappen van herkomst, en niet alleen "
                 "staten, een verzoek tot teruggave indienen, en bied hun ondersteuning bij het opstellen van zo'n "
                 "verzoek.", recommendation=R("4a", "OCW")),
        ListItem("Gemeenten en provincies: laat de koloniale collecties in uw eigendom uiterlijk in 2028 op herkomst "
                 "onderzoeken en maak de resultaten openbaar.", recommendation=R("4b", "GEMEENTEN", "OTHER")),
        ListItem("De minister van OCW: richt naast de bestaande adviescommissie een onafhankelijk kenniscentrum "
                 "koloniale collecties op, dat herkomstonderzoek uitvoert, kennis bundelt en musea adviseert.",
                 recommendation=R("4c", "OCW")),
    ), style="1."),

    # Theme 5 ---------------------------------------------------------------------------------------------------
    H("5 Vrijwilligers en personeel"),
    H("5.1 Wat de Raad aantrof", 2),
    P("Musea zijn in Nederland voor een groot deel het werk van vrijwilligers. Zij ontvangen bezoekers, geven "
      "rondleidingen, registreren collecties en restaureren objecten. In 75 musea zijn uitsluitend vrijwilligers "
      "actief, en in de particuliere musea maken zij gemiddeld meer dan de helft van de bezetting uit. Veel "
      "vrijwilligers zijn al jarenlang betrokken en beschikken over kennis die nergens anders te vinden is."),
    P("Het werven van nieuwe vrijwilligers wordt steeds moeilijker. De gemiddelde leeftijd van museumvrijwilligers "
      "ligt boven de 67 jaar, en jongeren en mensen met een migratieachtergrond zijn sterk ondervertegenwoordigd. "
      "Musea besteden weinig tijd aan scholing en begeleiding, omdat daar geen geld en geen personeel voor is. "
      "Vrijwilligers gaven in gesprekken aan dat zij zich gewaardeerd voelen, maar dat de onkostenvergoeding "
      "sinds jaren niet is verhoogd."),
    P("Voor het betaalde personeel geldt dat de beloning in kleinere musea vaak achterblijft bij de Museum-cao. "
      "Van de musea buiten de BIS past ongeveer de helft de Fair Practice Code toe. Medewerkers werken regelmatig "
      "op tijdelijke contracten die gekoppeld zijn aan projectsubsidies."),
    H("5.2 Analyse", 2),
    P("De Raad ziet vrijwilligers als een grote kracht van het museale bestel, maar ook als een kwetsbaarheid. "
      "Een museum dat volledig afhankelijk is van een kleine groep oudere vrijwilligers, kan van het ene op het "
      "andere jaar in de problemen komen. Het werven, opleiden en begeleiden van vrijwilligers vraagt om "
      "professionele aandacht en om een landelijke aanpak waar musea bij kunnen aansluiten."),
    P("De vrijwilligersvergoeding is een fiscaal onderwerp, maar de hoogte ervan heeft directe gevolgen voor "
      "musea. De Raad vindt dat de maximale onbelaste vergoeding moet meegroeien met de kosten van levensonderhoud. "
      "Voor het betaalde personeel vindt de Raad dat een eerlijke beloning niet alleen bij de grote musea mag gelden. "
      "Het Rijk kan daarbij het goede voorbeeld geven door het als voorwaarde aan zijn subsidies te verbinden."),
    H("5.3 Adviezen", 2),
    P("De Raad adviseert:", bold=True),
    ItemList((
        ListItem("De minister van OCW: ondersteun samen met de Museumvereniging een landelijk programma voor de "
                 "werving, scholing en begeleiding van vrijwilligers in musea, met bijzondere aandacht voor jongeren "
                 "en nieuwe Nederlanders.", recommendation=R("5a", "OCW")),
        ListItem("De staatssecretaris van Financiën: verhoog de maximale onbelaste vrijwilligersvergoeding en "
                 "indexeer die voortaan jaarlijks.", recommendation=R("5b", "FIN")),
        ListItem("De minister van OCW en de museumsector: maak toepassing van de Fair Practice Code en beloning "
                 "volgens de Museum-cao een voorwaarde voor iedere rijkssubsidie aan musea, en maak daarvoor "
                 "middelen vrij.", recommendation=R("5c", "OCW", "OTHER")),
    ), style="1."),

    # Closing ---------------------------------------------------------------------------------------------------
    H("Slotbeschouwing"),
    P("Musea bewaren wat een samenleving belangrijk vindt om door te geven. Dat vraagt om een lange adem, en om "
      "overheden die ook op de lange termijn hun verantwoordelijkheid nemen. De Raad heeft in dit advies laten zien "
      "dat het museale bestel veel kracht heeft, maar op onderdelen kwetsbaar is geworden. De zorg voor collecties, "
      "de financiering van musea in de regio en de afhankelijkheid van vrijwilligers vragen om gezamenlijke "
      "keuzes van Rijk, provincies, gemeenten en de sector."),
    P("De Raad wil benadrukken dat zijn adviezen samenhangen. Een landelijk collectieplan heeft weinig zin zonder "
      "depots waarin collecties goed kunnen worden bewaard; een regeling voor regionale musea verliest haar werking "
      "als provincies zich tegelijk terugtrekken. Hij vraagt de minister daarom om de adviezen niet los van elkaar "
      "te beoordelen, en om in de beleidsreactie aan te geven hoe Rijk, provincies en gemeenten de komende jaren "
      "samen optrekken."),
    P("De Raad is graag bereid zijn advies toe te lichten, en zal de uitwerking ervan volgen in zijn "
      "sectoradviezen voor de volgende cultuurnotaperiode."),
    PageBreak(),

    H("Bijlage 1. Geraadpleegde organisaties"),
    P("De Raad heeft voor dit advies onder meer gesproken met vertegenwoordigers van de volgende organisaties:"),
    bullets(
        "de Museumvereniging en de Stichting Museumregister;",
        "het Interprovinciaal Overleg en de Vereniging van Nederlandse Gemeenten;",
        "het Mondriaan Fonds;",
        "de Rijksdienst voor het Cultureel Erfgoed;",
        "het Netwerk Digitaal Erfgoed;",
        "de provinciale steunpunten voor erfgoed in zes provincies;",
        "vierentwintig musea en erfgoedinstellingen, waarvan zes vrijwilligersmusea;",
        "vertegenwoordigers van gemeenschappen van herkomst in Nederland, Indonesië, Suriname en Caribisch "
        "Nederland.",
    ),
    H("Bijlage 2. Samenstelling van de commissie", 1),
    P("De commissie bestond uit vijf leden van de Raad voor Cultuur en vier externe deskundigen op het gebied van "
      "collectiebeheer, museumfinanciering, digitaal erfgoed en herkomstonderzoek. De commissie werd ondersteund "
      "door het secretariaat van de Raad. De namen van de leden zijn in deze testversie van het advies weggelaten."),
)

REPORT = Document(
    title="Zorg voor wat blijft",
    subtitle="Advies over de toekomst van musea en erfgoedinstellingen",
    blocks=REPORT_BLOCKS,
    running_header="Raad voor Cultuur  |  Zorg voor wat blijft",
    footer="{page}",
    font_family="serif",
    font_size=10.5,
    imprint=("Raad voor Cultuur", "Den Haag, oktober 2025"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV_1A = ("Het advies om samen met de Museumvereniging, de Stichting Museumregister en de provincies een landelijk "
         "collectieplan op te stellen, neem ik over.")
EV_1B = "Een landelijk depotfonds met een rijksbijdrage van € 25 miljoen per jaar neem ik echter niet over."
EV_1C = ("Ik laat de Stichting Museumregister eerst onderzoeken wat die eis zou betekenen voor kleine musea die "
         "met vrijwilligers werken, en besluit daarna of ik de Raad hierin volg.")
EV_2A = ("Vanaf 2026 stel ik daarom structureel € 12 miljoen per jaar beschikbaar voor een nieuwe regeling ‘Musea in "
         "de regio’, die door het Mondriaan Fonds wordt uitgevoerd.")
EV_2B = ("Ik zal bij de voorbereiding van de cultuurnotaperiode 2029-2032 bezien of zo'n categorie in de BIS kan "
         "worden opgenomen.")
EV_2C = "Dat is aan de provincies, en ik ga de Erfgoedwet daarvoor niet wijzigen."
EV_3A = "Dat doen wij al en breiden wij uit."
EV_3B = ("Het advies neem ik daarom gedeeltelijk over: voor nieuwe digitaliseringsprojecten met rijkssubsidie wordt "
         "publicatie onder een open licentie vanaf 1 januari 2026 de regel, maar voor de rijkscollectie als geheel "
         "stel ik die eis niet.")
EV_3C = ("Ik ben het met de Raad eens dat zij die stap niet op eigen kracht kunnen zetten, en zal daarom de "
         "Museumvereniging in de jaren 2026 tot en met 2028 jaarlijks € 1 miljoen verstrekken voor een gezamenlijk "
         "digitaliseringsprogramma met een gedeeld registratiesysteem en een helpdesk.")
EV_4A = "Tegen advies 4a heb ik geen bezwaar, en ik pas het beleidskader daarop aan."
EV_4C = "Een apart kenniscentrum voegt naar mijn oordeel weinig toe en zou vooral een extra bestuurslaag opleveren."
EV_5A = ("Samen met de Museumvereniging start ik in 2026 het programma ‘Vrijwilligers aan zet’, waarvoor ik voor "
         "drie jaar in totaal € 1,8 miljoen beschikbaar stel.")
EV_5C = ("Of dezelfde voorwaarden ook kunnen gelden voor musea die alleen projectsubsidie van het Mondriaan Fonds "
         "ontvangen, verken ik het komende jaar met het fonds en de Museumvereniging.")

RESPONSE_BLOCKS = (
    P("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal"),
    P("Datum: 9 februari 2026. Betreft: beleidsreactie op het advies ‘Zorg voor wat blijft’ van de Raad voor "
      "Cultuur."),
    P("Op 14 oktober 2025 heeft de Raad voor Cultuur zijn advies ‘Zorg voor wat blijft’ uitgebracht over de "
      "toekomst van musea en erfgoedinstellingen. Met deze brief bied ik u mijn beleidsreactie op dat advies "
      "aan. Ik dank "
      "de Raad voor zijn grondige en betrokken advies, en voor de vele gesprekken die hij daarvoor heeft gevoerd "
      "met musea, vrijwilligers, provincies, gemeenten en gemeenschappen van herkomst."),
    H("Het advies in het kort", 2),
    P("De Raad constateert dat het museale bestel in Nederland veel kracht heeft, maar op onderdelen kwetsbaar is "
      "geworden. Depots raken vol, musea buiten de grote steden staan financieel onder druk, kleine musea lopen "
      "achter met digitalisering en het werven van vrijwilligers wordt moeilijker. De Raad doet vijftien adviezen, "
      "verdeeld over vijf thema's: collecties, financiering, digitalisering, koloniale collecties en vrijwilligers "
      "en personeel. De adviezen zijn gericht aan mij, aan provincies en gemeenten, aan de museumsector en aan de "
      "staatssecretaris van Financiën."),
    H("Algemene reactie", 2),
    P("Ik deel de hoofdlijn van het advies. Musea zijn dragers van ons gezamenlijk geheugen, en de zorg daarvoor "
      "is een verantwoordelijkheid van alle overheden samen. De Raad laat overtuigend zien dat die gedeelde "
      "verantwoordelijkheid in de praktijk niet altijd wordt waargemaakt, en dat vooral kleinere musea in de regio "
      "daarvan de gevolgen ondervinden."),
    P("Niet alle adviezen kan ik in deze vorm overnemen. Een deel vraagt om middelen die binnen de huidige "
      "cultuurbegroting niet beschikbaar zijn, en een ander deel ligt op het terrein van provincies, gemeenten of "
      "de sector zelf. Waar ik een advies niet of niet volledig volg, licht ik hieronder toe waarom. Ik volg daarbij "
      "de indeling van de Raad in vijf thema's."),

    H("1. Collecties"),
    P("De Raad beschrijft hoe vol de depots van veel musea zijn en in welke omstandigheden een deel van de "
      "collecties wordt bewaard. Dat beeld herken ik. Ook de Rijksdienst voor het Cultureel Erfgoed signaleert "
      "al enkele jaren dat de collectiezorg bij kleinere musea achterblijft, en de Erfgoedinspectie heeft in haar "
      "laatste jaarverslag op dezelfde risico's gewezen.", footnotes=(
        "Erfgoedinspectie, Jaarverslag 2024, hoofdstuk 3 (fictieve verwijzing voor deze testset).",)),
    P("De adviezen 1a, 1b en 1c hangen nauw samen, en ik beantwoord ze daarom in één keer. Ik ben het met de Raad "
      "eens dat musea hun collecties alleen goed kunnen verzorgen als zij landelijk afspraken maken over wat zij "
      "bewaren. " + EV_1A + " Het eerste overleg vindt dit voorjaar plaats, en het plan is uiterlijk eind 2027 "
      "gereed. " + EV_1B + " Zo'n fonds zou een verplichting voor tien jaar betekenen die ik binnen de "
      "cultuurbegroting niet kan dekken. Dat betekent niet dat de rijksoverheid geen rol speelt bij de depots: het "
      "Collectiecentrum Nederland blijft beschikbaar voor de rijkscollectie, en de Rijksdienst voor het Cultureel "
      "Erfgoed deelt zijn kennis over gezamenlijke depots met provincies die zelf een collectiecentrum willen "
      "bouwen. Over een verplicht collectiebeleidsplan voor geregistreerde musea heb ik nog geen oordeel. "
      + EV_1C,
      answers=(Answer("1a", "agree", EV_1A), Answer("1b", "disagree", EV_1B), Answer("1c", "partial", EV_1C))),

    H("2. Financiering"),
    P("Het Rijk draagt nu op drie manieren bij aan de financiering van musea: via de BIS, waarin "
      "in de periode 2025-2028 elf musea zijn opgenomen, via de rijksmusea, en via de projectsubsidies van het "
      "Mondriaan Fonds. Daarnaast ontvangen gemeenten via het Gemeentefonds middelen voor hun algemene taken, "
      "waaronder cultuur. De Raad laat zien dat musea buiten de grote steden met deze verdeling niet altijd de vaste "
      "basis hebben die zij nodig hebben."),
    P("Ik wil regionale musea meer zekerheid geven, en ik zie daarbij net als de Raad een rol voor alle drie "
      "bestuurslagen. " + EV_2A + " Een provincie kan aan de regeling deelnemen wanneer zij samen met de "
      "betrokken gemeenten eenzelfde bedrag inbrengt. De regeling wordt in het najaar van 2026 voor het eerst "
      "opengesteld; over de voorwaarden overleg ik de komende maanden met het Interprovinciaal Overleg en de "
      "Vereniging van Nederlandse Gemeenten.",
      answers=(Answer("2a", "agree", EV_2A),)),
    P("In advies 2b vraagt de Raad om al in de lopende cultuurnotaperiode een aparte categorie in de BIS op te "
      "nemen voor regionale musea met een taak van nationaal belang. Ik deel de opvatting van de Raad dat een "
      "aantal van deze musea een plaats in de landelijke structuur verdient. Ik begrijp ook de wens om daar niet "
      "mee te wachten, maar de BIS voor 2025-2028 is vastgesteld, en een tussentijdse uitbreiding zou ten koste "
      "gaan van instellingen die op hun meerjarige subsidie rekenen. " + EV_2B + " Ik vraag de Raad om dit "
      "onderwerp in zijn sectoradvies voor die periode te betrekken.",
      answers=(Answer("2b", "partial", EV_2B),)),
    P("Advies 2c vraagt mij om in de Erfgoedwet vast te leggen dat iedere provincie een museumbeleid voert en "
      "daarvoor een minimumbudget per inwoner reserveert. Provincies hebben een eigen verantwoordelijkheid voor het "
      "regionale erfgoed, en de meeste voeren al jaren een actief museumbeleid. Welke musea een provincie steunt en "
      "hoeveel geld zij daarvoor uittrekt, is een afweging die Provinciale Staten zelf maken. " + EV_2C + " Wel "
      "zal ik de bevindingen van de Raad over de verschillen tussen provincies bespreken in het bestuurlijk overleg "
      "met het Interprovinciaal Overleg.",
      answers=(Answer("2c", "disagree", EV_2C),)),

    H("3. Digitalisering"),
    P("De Raad vraagt in advies 3a om de gezamenlijke digitale infrastructuur voor erfgoed structureel te "
      "financieren en die bijdrage te vergroten, zodat ook kleine musea kunnen aansluiten. " + EV_3A + " Sinds "
      "2021 ontvangt het Netwerk Digitaal Erfgoed een structurele bijdrage van € 4,5 miljoen per jaar. Vanaf 2026 "
      "verhoog ik die bijdrage met € 2 miljoen per jaar, zodat musea met minder dan tien betaalde medewerkers "
      "zonder kosten kunnen aansluiten op de landelijke voorzieningen voor registratie, duurzame opslag en "
      "vindbaarheid.",
      answers=(Answer("3a", "agree", EV_3A),)),
    P("Kleine musea en musea die volledig door vrijwilligers worden gedragen, hebben vaak geen collectieregistratie "
      "die aansluit op deze voorzieningen. " + EV_3C + " De Museumvereniging werkt het programma uit met de "
      "provinciale steunpunten voor erfgoed, die de musea in hun provincie al goed kennen.",
      answers=(Answer("3c", "agree", EV_3C),)),
    P("Over de open beschikbaarheid van gedigitaliseerde collecties (3b) merk ik het volgende op. Ik deel de "
      "opvatting dat wat met publiek geld is gedigitaliseerd, zo vrij mogelijk beschikbaar moet zijn. " + EV_3B +
      " Een groot deel van de rijkscollectie bestaat uit werk van kunstenaars op wie nog auteursrecht rust, en "
      "dat werk kan niet zonder toestemming van de rechthebbenden onder een open licentie worden gepubliceerd. "
      "Dat is geen onwil van de musea; de Rijksdienst voor het Cultureel Erfgoed publiceert de beelden waarop geen "
      "rechten meer rusten al sinds enkele jaren vrij.",
      answers=(Answer("3b", "partial", EV_3B),)),

    H("4. Koloniale collecties"),
    P("Sinds 2021 geeft Nederland objecten uit de rijkscollectie die in koloniale context onvrijwillig zijn "
      "verworven, op verzoek onvoorwaardelijk terug. De Commissie Koloniale Collecties adviseert over de verzoeken, "
      "en het Expertisecentrum Herkomst Koloniale Collecties doet het herkomstonderzoek. Inmiddels zijn op advies "
      "van de commissie objecten teruggegeven aan Indonesië en Sri Lanka, en zijn verzoeken van twee andere landen "
      "in behandeling."),
    P("De Raad wijst er terecht op dat gemeenschappen van herkomst nu alleen via hun regering een verzoek kunnen "
      "doen. " + EV_4A + " Vanaf 1 juli 2026 kunnen ook gemeenschappen van herkomst een verzoek tot teruggave "
      "indienen, in overleg met de regering van het land waar zij wonen. Het expertisecentrum krijgt daarvoor "
      "€ 400.000 per jaar extra, zodat het deze gemeenschappen kan helpen bij het opstellen van hun verzoek.",
      answers=(Answer("4a", "agree", EV_4A),)),
    P("Ook buiten de rijkscollectie wordt herkomstonderzoek gedaan. Verschillende gemeentelijke en provinciale musea "
      "hebben de afgelopen jaren hun koloniale collecties laten onderzoeken, soms met steun van het Mondriaan "
      "Fonds. Het expertisecentrum stelt zijn handreiking voor herkomstonderzoek aan alle musea beschikbaar, en "
      "organiseert twee keer per jaar een bijeenkomst voor musea die met dit onderzoek beginnen."),
    P("De Raad adviseert daarnaast een onafhankelijk kenniscentrum koloniale collecties op te richten. Ik begrijp "
      "de wens om de kennis over herkomstonderzoek te bundelen, maar die functie vervult het expertisecentrum al "
      "sinds 2022, in nauwe samenwerking met de adviescommissie, universiteiten en onderzoekers uit de landen van "
      "herkomst. " + EV_4C + " Ik kies er daarom voor het bestaande expertisecentrum te versterken.",
      answers=(Answer("4c", "disagree", EV_4C),)),

    H("5. Vrijwilligers en personeel"),
    P("Zonder vrijwilligers zou een groot deel van de Nederlandse musea niet kunnen bestaan. Ik onderschrijf wat de "
      "Raad schrijft over hun betekenis, en over de zorg dat nieuwe generaties vrijwilligers moeilijker te vinden "
      "zijn. " + EV_5A + " Het programma richt zich op de werving van jongere vrijwilligers en nieuwe "
      "Nederlanders, op een gezamenlijk scholingsaanbod en op de begeleiding van vrijwilligerscoördinatoren in "
      "kleine musea.",
      answers=(Answer("5a", "agree", EV_5A),)),
    P("De hoogte van de onbelaste vrijwilligersvergoeding is een fiscale regeling, waarvoor de staatssecretaris "
      "van Financiën verantwoordelijk is. Hij laat de regeling dit jaar evalueren en zal uw Kamer na de zomer over "
      "de uitkomsten informeren. Hij gaat daarbij ook in op het advies van de Raad."),
    P("Ten aanzien van eerlijke beloning (5c): voor de musea in de BIS is toepassing van de Fair Practice Code al "
      "sinds 2021 een subsidievoorwaarde, en de middelen om de beloning op het niveau van de Museum-cao te brengen "
      "zijn voor de periode 2025-2028 toegekend. " + EV_5C + " Ik wil voorkomen dat kleine musea door zo'n eis juist "
      "buiten de regelingen van het fonds komen te vallen.",
      answers=(Answer("5c", "partial", EV_5C),)),

    H("Tot slot"),
    P("De Raad vraagt om zijn adviezen in samenhang te bezien, en om duidelijk te maken hoe Rijk, provincies en "
      "gemeenten de komende jaren samen optrekken. Die oproep neem ik ter harte. Met het landelijke collectieplan, "
      "de regeling ‘Musea in de regio’ en de uitbreiding van de digitale infrastructuur zet ik stappen die alleen "
      "samen met provincies, gemeenten en de sector tot resultaat leiden."),
    P("Ik zal uw Kamer over de voortgang informeren in de jaarlijkse erfgoedbrief, voor het eerst in het najaar "
      "van 2026. Ik dank de Raad voor Cultuur nogmaals voor zijn advies, en alle musea, medewerkers en "
      "vrijwilligers voor hun dagelijkse inzet voor ons erfgoed."),
    P("De minister van Onderwijs, Cultuur en Wetenschap,"),
)

RESPONSE = Document(
    title="Ministerie van Onderwijs, Cultuur en Wetenschap",
    subtitle="Beleidsreactie op het advies ‘Zorg voor wat blijft’ van de Raad voor Cultuur",
    blocks=RESPONSE_BLOCKS,
    running_header="Beleidsreactie advies Raad voor Cultuur ‘Zorg voor wat blijft’",
    footer="Pagina {page} van {pages}",
    font_family="sans",
    font_size=10.5,
    title_page=False,
)

PAIR = Pair(
    name="heritage_culture_council",
    report=REPORT,
    response=RESPONSE,
    description="Raad voor Cultuur-style advice on museums and heritage (15 advices '1a'-'5c' in five numbered "
                "themes) and the OCW minister's beleidsreactie letter.",
)
