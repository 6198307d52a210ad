"""Pair: a fictional Raad voor Ruimte, Water en Bodem advice on soil subsidence, and the cabinet's letter in reply.

Layout traits this pair tests: a serif report with a title page, a running header and numbered chapters ("1
Inleiding" ... "6 Kennis, kosten en financiering") with numbered sections.  The report prints NO numbers for its
fifteen recommendations: every chapter from 3 on closes with a section "Wat de raad adviseert" in which short plain
(not bold) lead-in paragraphs name the addressee and end in a colon ("De raad adviseert de minister van IenW:",
"Aan de provincies en waterschappen:", "Aan de gemeenten:", "Aan het kabinet:"), each followed by a "•" list of one
to three recommendations, some with a second, explaining sentence.  Gold numbers 1-15 are ids in report order only.
Traps in the report: chapter 2 ends with a "•" list of five knelpunten (findings) under a lead-in ending in a colon;
chapter 1 and the Verantwoording have "–" lists of questions and consulted organisations; the Samenvatting repeats
four recommendations (1, 6, 11, 15) in shortened words in running prose (no list, so no duplicate_of).  The
list of chapter 5 breaks across pages 12-13, and the last lead-in "Aan het kabinet:" opens page 15.

The response is a letter (letterhead, sans) of the minister of IenW, also on behalf of the ministers of VRO and
LVVN.  After thanks and context paragraphs without a position it answers by subject only, under five numbered
level-2 theme headings ("1. Funderingsherstel", "2. Sturen op water en bodem", "3. Een toekomst voor de boer in het
veenweidegebied", "4. Bouwen op slappe bodem", "5. Kennis, kosten en financiering") that follow neither the report's
order nor its count.  Gold positions:
  1  (IenW, grondwaterstand leidend in NWP)      agree: "Het kabinet neemt dit advies over."
  2  (IenW, landelijk verbod peilverlaging)      disagree: "Een landelijk verbod acht het kabinet niet proportioneel."
  3  (provincies/waterschappen, zones aanwijzen) not_addressed: passed on ("Het is aan de provincies en ...")
  4  (provincies/waterschappen, peilbesluit CO2) not_addressed: never mentioned
  5  (LVVN, verdienmodel 15 jaar)               partial: "Het kabinet deelt de analyse, maar kiest voor ... zeven jaar"
  6  (VRO, landelijk funderingsfonds)           agree without cue word: opens 1 July 2026 with 450 million euro
  7  (VRO, verplicht funderingslabel)           disagree: "past daarentegen niet bij" (same paragraph as 6)
  8  (VRO, wijkgerichte aanpak)                 agree: "onderschrijft daarom het advies"
  9  (gemeenten, openbare risicokaarten)        agree: cabinet supports it and funds it (15 million euro)
  10 (gemeenten, grondwater bij rioolwerk)      partial: existing zorgplicht described, then only a pilot
  11 (VRO, harde randvoorwaarde woningbouw)     disagree, blunt: "neemt deze aanbeveling ... niet over"
  12 (VRO, kaart in Nota Ruimte)                partial: "verkent daarom of"
  13 (IenW, kostenraming)                       agree: a requested study, committed (answered after 14)
  14 (IenW + LVVN, landelijk meetnet)           agree: "De ministers van IenW en LVVN nemen dit advies over."
  15 (kabinet, Bodemdalingsfonds)               disagree, polite: "niet opportuun"
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
)

H = Heading
P = Paragraph


def H2(text: str) -> Heading:
    return Heading(text, level=2)


def lead(text: str) -> Paragraph:
    """A plain lead-in paragraph naming the addressee, ending in a colon."""
    return Paragraph(text)


def bullets(*texts: str, style: str = "•") -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style=style)


def recs(*items: tuple[str, str, tuple[str, ...]]) -> ItemList:
    """A bulleted list of recommendations: (gold number, text, department codes) per item."""
    return ItemList(
        items=tuple(ListItem(text, recommendation=Recommendation(number, departments))
                    for number, text, departments in items),
        style="•",
    )


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H("Voorwoord"),
    P("Wie door het Groene Hart fietst, ziet het niet meteen: de bodem zakt. Toch ligt een groot deel van het "
      "veenweidegebied inmiddels twee tot drie meter lager dan toen de eerste polders werden ontgonnen. In oude "
      "binnensteden en in naoorlogse wijken op veen en klei wordt hetzelfde proces zichtbaar in scheuren in gevels, "
      "klemmende deuren en scheefgezakte stoepen. Bodemdaling is een sluipend probleem, en juist daardoor een "
      "probleem dat gemakkelijk wordt doorgeschoven naar later."),
    P("De raad heeft dit advies op eigen initiatief opgesteld. Aanleiding was de constatering dat er veel kennis is "
      "over de oorzaken van bodemdaling, maar dat de keuzes die nodig zijn om de daling te remmen en de gevolgen te "
      "beperken steeds opnieuw worden uitgesteld. Wij hebben gesproken met boeren, bewoners, wethouders, "
      "gedeputeerden, dijkgraven, funderingsherstellers, bankiers en onderzoekers. Wij danken hen voor hun tijd en "
      "hun openheid, ook waar de gesprekken ongemakkelijk waren."),
    P("Het advies vraagt om keuzes die niet eenvoudig zijn. Maar uitstel maakt ze niet eenvoudiger: iedere "
      "centimeter die de bodem daalt, is onomkeerbaar, en iedere woning die vandaag op de verkeerde plek wordt "
      "gebouwd, vraagt morgen om onderhoud dat niemand heeft begroot."),
    P("Namens de Raad voor Ruimte, Water en Bodem,"),
    P("prof. dr. ir. A.M. Schellekens-de Bruin, voorzitter"),
    PageBreak(),
    H("Samenvatting"),
    P("Nederland zakt. In het veenweidegebied daalt de bodem op veel plaatsen met een halve tot anderhalve "
      "centimeter per jaar. In steden en dorpen op slappe bodem zakken straten, tuinen en leidingen, en lopen "
      "honderdduizenden woningen met houten of ondiepe funderingen risico op schade. De kosten daarvan lopen tot "
      "2050 op tot vele miljarden euro’s, en ze komen terecht bij partijen die daar niet op zijn voorbereid: "
      "eigenaren van woningen, boeren, waterschappen en gemeenten."),
    P("De raad constateert dat de oorzaken van bodemdaling goed bekend zijn, maar dat de aanpak blijft steken. Het "
      "waterpeil in het veenweidegebied volgt nog altijd het grondgebruik, in plaats van dat het grondgebruik zich "
      "aanpast aan een peil dat de bodem spaart. Eigenaren met funderingsschade staan er financieel alleen voor. "
      "Nieuwe woonwijken worden gepland op plekken waar de bodem de komende eeuw nog sterk zal dalen, zonder dat "
      "duidelijk is wie de rekening van het onderhoud betaalt. En niemand heeft een volledig overzicht van de "
      "kosten."),
    P("In het veenweidegebied moet het roer om. De raad adviseert de minister van Infrastructuur en Waterstaat om "
      "het grondwaterpeil in veenweidegebieden leidend te maken voor het grondgebruik en om per gebied een "
      "streefwaarde vast te leggen. Provincies en waterschappen moeten op korte termijn aanwijzen waar het peil "
      "omhooggaat, en boeren die daardoor hun bedrijf moeten omvormen, verdienen een langjarig perspectief."),
    P("In de stad vraagt de raad vooral om hulp voor eigenaren. Wie funderingsschade heeft, moet ongeacht zijn "
      "inkomen terecht kunnen bij een landelijk funderingsfonds. Herstel moet zoveel mogelijk per wijk worden "
      "aangepakt, en gemeenten moeten openbaar maken waar de risico’s liggen."),
    P("Bij de keuze van nieuwe woningbouwlocaties moet bodemdaling een harde randvoorwaarde worden. Wie bouwt op "
      "plekken waar de bodem sterk blijft dalen, legt de kosten bij toekomstige bewoners en bij de gemeente."),
    P("Tot slot vraagt de raad het kabinet om een Bodemdalingsfonds in te stellen met een looptijd tot 2050, zodat "
      "de aanpak niet afhangt van de begroting van het moment. Een landelijk meetnet en een betrouwbare raming van "
      "de kosten moeten daarbij de basis vormen. De aanbevelingen van de raad staan aan het slot van de hoofdstukken "
      "3 tot en met 6, gerangschikt naar de partij tot wie zij zich richten."),
    PageBreak(),
    H("1 Inleiding"),
    H2("1.1 Aanleiding"),
    P("Bodemdaling staat al lang op de agenda van waterbeheerders en onderzoekers. Al in de jaren zeventig werd "
      "vastgesteld dat het veenweidegebied door ontwatering in een gestaag tempo daalt. Sindsdien is er veel "
      "onderzocht, zijn er proefprojecten geweest en zijn er beleidsvoornemens geformuleerd. Toch gaat de "
      "bodemdaling in veel gebieden in hetzelfde tempo door als dertig jaar geleden."),
    P("Tegelijk is de urgentie toegenomen. Door klimaatverandering komen droge zomers vaker voor, en juist in droge "
      "perioden zakt het grondwater onder het veen en onder houten funderingspalen verder weg. De droge zomers van "
      "2018, 2020 en 2022 leidden in verschillende gemeenten tot een zichtbare toename van meldingen van "
      "funderingsschade. Ook de oxidatie van veen verloopt sneller bij hogere temperaturen."),
    P("Daarnaast staan de komende jaren grote ruimtelijke keuzes op het programma. Er moeten honderdduizenden "
      "woningen worden gebouwd, het landelijk gebied wordt heringericht en het watersysteem moet klimaatbestendig "
      "worden. Wat nu wordt besloten, bepaalt voor decennia hoe Nederland met zijn slappe bodem omgaat. De raad "
      "vindt het daarom van belang om juist op dit moment te adviseren."),
    H2("1.2 Vraagstelling"),
    P("De raad heeft dit advies op eigen initiatief voorbereid, als onderdeel van zijn werkprogramma 2024-2025. "
      "Daarbij stonden drie vragen centraal:"),
    bullets(
        "Hoe kan de bodemdaling in het veenweidegebied worden afgeremd, en wat vraagt dat van het waterbeheer en van "
        "de landbouw?",
        "Hoe kunnen de gevolgen van bodemdaling voor woningen, infrastructuur en openbare ruimte in stedelijk gebied "
        "worden beperkt?",
        "Hoe kunnen de kosten van bodemdaling eerlijk en voor de lange termijn worden verdeeld?",
        style="–",
    ),
    P("Het advies gaat niet over bodemdaling door de winning van gas en zout. Die vorm van bodemdaling heeft een "
      "andere oorzaak en wordt langs andere wegen geregeld en gecompenseerd.",
      footnotes=("Voor bodemdaling door mijnbouw gelden eigen wettelijke regels voor aansprakelijkheid en "
                 "schadeafhandeling; de raad gaat daar in dit advies niet op in.",)),
    H2("1.3 Werkwijze en leeswijzer"),
    P("Voor dit advies heeft de raad literatuur en beleidsdocumenten bestudeerd en ruim zestig gesprekken gevoerd. "
      "Daarnaast bezocht de raad drie gebieden: een veenpolder in de Krimpenerwaard, de binnenstad van Gouda en een "
      "naoorlogse wijk in Zaandam. Een overzicht van de geraadpleegde organisaties is opgenomen in de verantwoording "
      "achter in dit advies."),
    P("Hoofdstuk 2 beschrijft de oorzaken en gevolgen van bodemdaling en sluit af met de knelpunten die de raad "
      "ziet. In de hoofdstukken 3 tot en met 6 werkt de raad deze knelpunten uit voor het veenweidegebied, voor "
      "funderingen in de stad, voor de woningbouw en voor de kennis en financiering van de aanpak. Elk van die "
      "hoofdstukken sluit af met een paragraaf waarin de raad zijn aanbevelingen doet, per partij tot wie zij zich "
      "richten."),
    PageBreak(),
    H("2 Bodemdaling: een sluipend probleem"),
    H2("2.1 Oorzaken"),
    P("Bodemdaling heeft in Nederland verschillende oorzaken. In het veenweidegebied is de belangrijkste oorzaak de "
      "oxidatie van veen. Veen bestaat uit plantenresten die onder water zijn opgehoopt en nauwelijks zijn verteerd. "
      "Zolang het veen nat blijft, is het stabiel. Wordt het ontwaterd, dan dringt zuurstof door in de bodem en "
      "breken bacteriën het organisch materiaal af. Daarbij komt koolstofdioxide vrij en verdwijnt het veen "
      "letterlijk in de lucht."),
    P("Een tweede oorzaak is klink en zetting. Klei- en veenlagen worden samengedrukt onder het gewicht van "
      "bovenliggende lagen, van ophogingen en van gebouwen. Vooral waar nieuwe wijken op slappe bodem met zand zijn "
      "opgehoogd, gaat de zetting nog decennia door. Een derde, kleinere oorzaak is het krimpen van kleilagen in "
      "droge perioden."),
    P("De snelheid van de daling verschilt sterk per plek. In het veenweidegebied van Friesland, Noord-Holland, "
      "Utrecht en Zuid-Holland daalt de bodem gemiddeld met zo’n acht millimeter per jaar, maar plaatselijk kan dat "
      "oplopen tot meer dan twee centimeter. In stedelijk gebied varieert de daling van enkele millimeters tot meer "
      "dan een centimeter per jaar in recent opgehoogde wijken.",
      footnotes=("Deze cijfers zijn ontleend aan metingen van waterschappen en aan satellietgegevens; zij geven een "
                 "orde van grootte en geen exacte waarden per locatie.",)),
    H2("2.2 Gevolgen in het landelijk gebied"),
    P("In het veenweidegebied versterkt de bodemdaling zichzelf. Om het land met zware machines te kunnen bewerken "
      "en te kunnen beweiden, houden waterschappen het waterpeil in de sloten op een vaste afstand onder het "
      "maaiveld. Daalt het maaiveld, dan wordt het peil verlaagd, waardoor opnieuw veen droogvalt en oxideert. Dit "
      "mechanisme, ook wel peilindexatie genoemd, is decennialang de gangbare praktijk geweest."),
    P("De gevolgen stapelen zich op. Polders komen steeds dieper te liggen ten opzichte van het omringende water, "
      "waardoor de kosten van bemaling en dijkonderhoud toenemen. De kwel van brak grondwater neemt toe, wat de "
      "waterkwaliteit en de landbouw schaadt. Veenweidegebieden stoten bovendien jaarlijks enkele megatonnen CO2 "
      "uit, een aanzienlijk deel van de broeikasgasuitstoot van de Nederlandse landbouw. En het karakteristieke open "
      "landschap verliest op termijn zijn samenhang wanneer percelen op verschillende hoogtes komen te liggen."),
    H2("2.3 Gevolgen in de stad"),
    P("In steden en dorpen op slappe bodem raakt bodemdaling vooral funderingen, leidingen en de openbare ruimte. "
      "Veel woningen die vóór 1970 zijn gebouwd, staan op houten palen. Zolang de koppen van die palen onder het "
      "grondwater blijven, zijn zij goed beschermd. Zakt het grondwater, dan kunnen schimmels en bacteriën het hout "
      "aantasten. Andere woningen staan op een ondiepe fundering op staal, die bij ongelijke zetting van de "
      "ondergrond scheef gaat staan."),
    P("Naar schatting lopen tot 2050 tussen de 750.000 en een miljoen woningen risico op funderingsschade. Herstel "
      "kost gemiddeld 80.000 tot 150.000 euro per woning, en bij aaneengesloten bouw is herstel van één woning vaak "
      "niet mogelijk zonder de buren. Voor veel eigenaren gaat het om een bedrag dat zij niet kunnen opbrengen, "
      "zeker niet wanneer de woning door de schade in waarde is gedaald."),
    P("Ook de openbare ruimte heeft te lijden. In wijken die in de jaren zestig en zeventig op opgespoten zand zijn "
      "gebouwd, moeten straten, riolering en kabels om de tien tot vijftien jaar worden opgehoogd of vervangen. "
      "Gemeenten op slappe bodem geven daar jaarlijks miljoenen euro’s aan uit. Die kosten drukken zwaar op de "
      "gemeentelijke begroting en worden zelden meegewogen bij besluiten over nieuwe wijken."),
    H2("2.4 Knelpunten"),
    P("Uit de analyse en uit de gesprekken die de raad voerde, komt een samenhangend beeld naar voren. Er is veel "
      "kennis en er zijn veel goede initiatieven, maar zij leiden niet tot een structurele aanpak. De raad ziet de "
      "volgende knelpunten:"),
    bullets(
        "Het waterpeil in het veenweidegebied volgt nog steeds het grondgebruik, in plaats van dat het grondgebruik "
        "zich aanpast aan een peil dat de bodem spaart.",
        "Boeren die willen overschakelen op een bedrijfsvoering bij hogere waterpeilen, hebben daarvoor geen zeker "
        "verdienmodel.",
        "Eigenaren met funderingsschade staan er financieel en organisatorisch grotendeels alleen voor.",
        "Bij de keuze van woningbouwlocaties wegen de kosten van toekomstige bodemdaling nauwelijks mee.",
        "Niemand heeft een volledig beeld van de omvang en de kosten van bodemdaling, en de financiering van de "
        "aanpak is versnipperd en kortlopend.",
    ),
    P("In de volgende hoofdstukken gaat de raad op elk van deze knelpunten in."),
    PageBreak(),
    H("3 Water en bodem sturend in het veenweidegebied"),
    H2("3.1 Het peil volgt de koe"),
    P("Het uitgangspunt dat water en bodem sturend moeten zijn bij ruimtelijke keuzes, wordt inmiddels breed "
      "onderschreven. In het veenweidegebied betekent dit dat het waterpeil zo hoog moet zijn dat de bodemdaling "
      "sterk afneemt. Onderzoek laat zien dat de daling met de helft of meer kan worden teruggebracht wanneer de "
      "zomergrondwaterstand niet dieper zakt dan twintig tot dertig centimeter onder het maaiveld."),
    P("In de praktijk is daar nog weinig van te zien. Peilbesluiten van waterschappen zijn in de regel afgestemd op "
      "het huidige grondgebruik, en dat is in het veenweidegebied overwegend melkveehouderij. Waterschappen geven aan "
      "dat zij het peil niet eenzijdig kunnen verhogen zolang de provincie het gebied als landbouwgebied aanwijst en "
      "er geen perspectief is voor de boeren die het aangaat. Provincies wijzen op hun beurt naar het Rijk voor "
      "kaders en middelen. Zo houden de bestuurslagen elkaar in een patstelling."),
    P("Een boer in de Krimpenerwaard vatte het tijdens het werkbezoek van de raad samen met de woorden ‘het peil "
      "volgt de koe’. Zolang het grondgebruik vastligt, past het waterbeheer zich daaraan aan, en niet andersom. De "
      "raad vindt dat het Rijk die patstelling moet doorbreken door duidelijker te maken wat ‘water en bodem "
      "sturend’ in het veenweidegebied betekent. Een algemeen principe is niet genoeg; er is een concrete norm nodig "
      "waarop provincies en waterschappen kunnen bouwen en waarop zij kunnen worden aangesproken."),
    P("Tegelijk is maatwerk nodig. Niet in iedere polder is een hoog peil op korte termijn haalbaar, en de "
      "gevolgen voor bewoners, wegen en natuur verschillen per gebied. De raad ziet daarom een rol voor provincies "
      "en waterschappen om per gebied te bepalen waar en in welk tempo het peil omhooggaat, binnen een landelijk "
      "kader dat duidelijk maakt welke richting onomkeerbaar is."),
    H2("3.2 Ruimte voor andere landbouw"),
    P("Een hoger waterpeil maakt de gangbare melkveehouderij op veen lastiger. Het gras groeit minder, het land is "
      "later in het voorjaar begaanbaar en zware machines kunnen minder vaak het land op. Er zijn alternatieven: "
      "extensieve veehouderij met minder koeien per hectare, natte teelten zoals lisdodde, riet en veenmos, en "
      "combinaties met natuurbeheer. Die alternatieven leveren nu echter te weinig op om een gezin van te laten "
      "leven."),
    P("Boeren die de stap zetten, nemen een groot risico. Zij moeten investeren in andere machines, stallen of "
      "afzetkanalen, terwijl subsidieregelingen doorgaans voor enkele jaren gelden. Banken zijn terughoudend met "
      "financiering zolang er geen zekerheid is over inkomsten op lange termijn. De raad sprak met boeren die graag "
      "willen omschakelen, maar niet weten of de vergoeding over vijf jaar nog bestaat."),
    P("Tegelijk leveren deze boeren een dienst aan de samenleving: minder bodemdaling, minder uitstoot van "
      "broeikasgassen, lagere kosten voor het waterbeheer en behoud van het landschap. Het is redelijk dat zij "
      "daarvoor langjarig worden beloond, en niet alleen zolang een tijdelijke regeling loopt."),
    H2("3.3 Wat de raad adviseert"),
    P("Om de bodemdaling in het veenweidegebied af te remmen, moet het waterpeil in grote delen van het gebied "
      "omhoog, en moeten de boeren in die gebieden een toekomst hebben. De raad doet daarvoor de volgende "
      "aanbevelingen."),
    lead("De raad adviseert de minister van IenW:"),
    recs(
        ("1", "Leg in het Nationaal Water Programma vast dat in veenweidegebieden de grondwaterstand bepaalt welk "
              "grondgebruik mogelijk is, en niet andersom. Neem daarin per veenweidegebied een streefwaarde op "
              "voor de gemiddelde zomergrondwaterstand.", ("IenW",)),
        ("2", "Verbied met ingang van 2030 landelijk dat het oppervlaktewaterpeil in veenweidegebieden verder wordt "
              "verlaagd om een dalend maaiveld te volgen.", ("IenW",)),
    ),
    lead("Aan de provincies en waterschappen:"),
    recs(
        ("3", "Wijs uiterlijk in 2026 in de omgevingsverordening en het waterbeheerprogramma de gebieden aan waar "
              "het waterpeil stapsgewijs wordt verhoogd. Betrek de agrarische ondernemers in die gebieden vanaf het "
              "begin bij deze keuze.", ("OTHER",)),
        ("4", "Maak bij ieder nieuw peilbesluit zichtbaar hoeveel bodemdaling en CO2-uitstoot het gekozen peil de "
              "komende dertig jaar naar verwachting veroorzaakt.", ("OTHER",)),
    ),
    lead("De raad adviseert de minister van LVVN:"),
    recs(
        ("5", "Zorg voor een langjarig verdienmodel voor boeren die overschakelen op natte teelten of extensieve "
              "veehouderij bij hoge waterpeilen, met een vergoeding voor de maatschappelijke diensten die zij "
              "leveren. Garandeer die vergoeding voor ten minste vijftien jaar, zodat boeren en banken erop kunnen "
              "bouwen.", ("LNV",)),
    ),
    PageBreak(),
    H("4 Funderingen en de stad op slappe bodem"),
    H2("4.1 De omvang van het probleem"),
    P("Funderingsproblemen zijn lange tijd gezien als een zaak van individuele eigenaren. Die benadering past niet "
      "meer bij de omvang van het probleem. In sommige wijken heeft meer dan de helft van de woningen een fundering "
      "die op termijn moet worden hersteld. Het gaat dan niet meer om pech van een enkele eigenaar, maar om een "
      "opgave voor de hele wijk."),
    P("De oorzaken van funderingsschade zijn divers. Bij houten paalfunderingen gaat het meestal om paalrot door "
      "droogstand of om aantasting door bacteriën. Bij funderingen op staal gaat het om ongelijke zakking. In beide "
      "gevallen spelen de grondwaterstand en de bodemdaling een rol, en daarmee ook het beheer van water en "
      "riolering door gemeenten en waterschappen.",
      footnotes=("Van droogstand is sprake wanneer de koppen van houten funderingspalen boven de grondwaterstand "
                 "komen te liggen en aan zuurstof worden blootgesteld.",)),
    H2("4.2 Eigenaren staan er alleen voor"),
    P("Een eigenaar die ontdekt dat zijn fundering moet worden hersteld, staat voor een ingewikkelde opgave. Hij "
      "moet onderzoek laten doen, een aannemer vinden, met de buren afspraken maken en vooral: het herstel betalen. "
      "Schade aan funderingen is in de regel niet verzekerd, en de schade is zelden op een ander te verhalen, omdat "
      "de oorzaak meestal niet aan één partij is toe te rekenen."),
    P("Voor de financiering bestaat sinds enkele jaren een landelijke funderingslening, maar die is beperkt "
      "toegankelijk. Eigenaren met een laag inkomen of een hoge leeftijd komen er vaak niet voor in aanmerking, "
      "omdat zij de lening niet kunnen terugbetalen. Juist deze groep woont relatief vaak in oudere woningen in "
      "wijken met funderingsproblemen. Het gevolg is dat herstel wordt uitgesteld, de schade toeneemt en de woning "
      "onverkoopbaar wordt."),
    P("Ook de organisatie van het herstel is een knelpunt. Bij aaneengesloten bouw hangen de funderingen van "
      "buurwoningen met elkaar samen. Als één eigenaar wil herstellen en de buren niet willen of kunnen, komt het "
      "herstel niet van de grond. Gemeenten die een wijkaanpak hebben georganiseerd, laten zien dat herstel dan "
      "sneller en goedkoper kan: onderzoek wordt per blok uitgevoerd, een procesbegeleider brengt de eigenaren bij "
      "elkaar en aannemers kunnen efficiënter werken."),
    P("Bij de verkoop van een woning is de staat van de fundering vaak onbekend. Kopers nemen daardoor onbewust een "
      "groot risico, en verkopers hebben weinig reden om onderzoek te laten doen. Een funderingslabel, vergelijkbaar "
      "met het energielabel, zou hier duidelijkheid scheppen en eigenaren een prikkel geven om tijdig in te grijpen."),
    H2("4.3 De rol van gemeenten"),
    P("Gemeenten beheren de openbare ruimte en de riolering, en hebben een zorgplicht voor het grondwater in "
      "stedelijk gebied. Zij beschikken daarmee over belangrijke instrumenten om funderingsschade te voorkomen. In "
      "de praktijk is de aandacht voor de grondwaterstand bij werkzaamheden aan riolering en openbare ruimte "
      "wisselend. Lekkende riolen en nieuwe drainage kunnen de grondwaterstand plaatselijk verlagen, met alle "
      "gevolgen van dien voor de houten palen in de buurt."),
    P("Veel gemeenten weten bovendien niet precies waar in hun gemeente de risico’s liggen. Sommige gemeenten "
      "hebben een funderingsrisicokaart, andere niet. Waar een kaart bestaat, is die niet altijd openbaar, uit vrees "
      "voor waardedaling van woningen. De raad begrijpt die zorg, maar vindt dat eigenaren en kopers recht hebben op "
      "informatie over risico’s die hun woning en hun vermogen raken."),
    H2("4.4 Wat de raad adviseert"),
    P("Eigenaren met funderingsschade moeten kunnen herstellen, ook als zij dat niet zelf kunnen betalen, en "
      "nieuwe schade moet zoveel mogelijk worden voorkomen. Daarvoor is een gezamenlijke inzet van Rijk en gemeenten "
      "nodig."),
    lead("De raad adviseert de minister van VRO:"),
    recs(
        ("6", "Richt een landelijk funderingsfonds op, waaruit alle eigenaar-bewoners met funderingsschade een lening "
              "of een bijdrage kunnen krijgen, ongeacht hun inkomen of leeftijd. Zo voorkomt u dat noodzakelijk "
              "herstel uitblijft omdat een eigenaar geen lening kan afsluiten.", ("BZK",)),
        ("7", "Verplicht een funderingslabel bij de verkoop van woningen die vóór 1970 zijn gebouwd in gebieden met "
              "een verhoogd risico op funderingsschade.", ("BZK",)),
        ("8", "Ontwikkel samen met gemeenten een wijkgerichte aanpak van funderingsherstel, waarin buren gelijktijdig "
              "kunnen herstellen en de kosten van onderzoek en procesbegeleiding gezamenlijk worden gedragen.",
         ("BZK",)),
    ),
    lead("Aan de gemeenten:"),
    recs(
        ("9", "Breng vóór 2027 in kaart welke wijken een verhoogd risico op funderingsschade hebben en maak die kaart "
              "openbaar. Gebruik daarbij de gegevens van de waterschappen over grondwaterstanden.", ("GEMEENTEN",)),
        ("10", "Bewaak bij de aanleg en vervanging van riolering en bij werkzaamheden in de openbare ruimte de "
               "grondwaterstand in wijken met houten paalfunderingen, en herstel lekkende riolen in die wijken met "
               "voorrang.", ("GEMEENTEN",)),
    ),
    PageBreak(),
    H("5 Bouwen op slappe bodem"),
    H2("5.1 De woningbouwopgave en de ondergrond"),
    P("Nederland moet de komende tien jaar honderdduizenden woningen bouwen. Een groot deel daarvan is gepland in het "
      "westen van het land, in en rond de steden van de Randstad. Juist daar bestaat de ondergrond voor een "
      "belangrijk deel uit klei en veen. Uit een verkenning die de raad liet uitvoeren, blijkt dat ongeveer een op "
      "de vijf geplande woningen buiten bestaand stedelijk gebied op een locatie ligt waar de bodem tot het einde "
      "van deze eeuw naar verwachting meer dan een halve meter daalt.",
      footnotes=("De verkenning is in opdracht van de raad uitgevoerd door een onafhankelijk ingenieursbureau, op "
                 "basis van landelijke voorspellingen van bodemdaling en de woningbouwplannen van de provincies uit "
                 "2024.",)),
    P("Bouwen op slappe bodem is technisch goed mogelijk. Ontwikkelaars hogen het terrein op, bouwen op palen of "
      "kiezen voor lichte constructies. De woningen zelf zijn daardoor meestal goed beschermd. De problemen ontstaan "
      "in de openbare ruimte eromheen: straten, tuinen, leidingen en groen zakken ten opzichte van de woningen, die "
      "op palen staan. Het herhaaldelijk ophogen en herstellen daarvan komt voor rekening van de gemeente, en "
      "uiteindelijk van de bewoners."),
    P("Bewoners merken dat pas jaren na de oplevering. Voordeuren komen hoger te liggen dan de stoep, tuinen "
      "verzakken en aansluitingen van leidingen breken. In enkele wijken die de raad bezocht, hebben bewoners hun "
      "tuin binnen twintig jaar al twee keer moeten ophogen."),
    H2("5.2 Wie betaalt de rekening van morgen?"),
    P("De kosten van bodemdaling worden bij de keuze van een woningbouwlocatie zelden volledig in beeld gebracht. In "
      "grondexploitaties worden de kosten van de aanleg meegenomen, maar de beheerkosten voor de komende decennia "
      "niet. Daardoor lijken locaties op slappe bodem goedkoper dan zij zijn. De rekening komt pas later, wanneer "
      "de ontwikkelaar allang is vertrokken."),
    P("De raad vindt dat die kosten zichtbaar moeten zijn op het moment dat de keuze wordt gemaakt. Op locaties "
      "waar de bodem zeer sterk daalt, zou alleen moeten worden gebouwd als de extra kosten van ophogen en beheer "
      "bij de ontwikkeling zelf worden belegd. Het Rijk heeft met de Nota Ruimte en met de afspraken over "
      "woningbouwlocaties de instrumenten in handen om daarop te sturen."),
    H2("5.3 Wat de raad adviseert"),
    lead("De raad adviseert de minister van VRO:"),
    recs(
        ("11", "Maak bodemdaling een harde randvoorwaarde bij de keuze van nieuwe woningbouwlocaties: bouw niet op "
               "locaties waar de bodem tot 2100 naar verwachting meer dan een meter daalt, tenzij de extra kosten "
               "van ophogen en beheer bij de ontwikkeling zelf worden belegd.", ("BZK",)),
        ("12", "Neem in de Nota Ruimte een kaart op van de gebieden waar bodemdaling de ruimtelijke keuzes beperkt, en "
               "gebruik die kaart bij de afspraken met provincies over woningbouwlocaties.", ("BZK",)),
    ),
    PageBreak(),
    H("6 Kennis, kosten en financiering"),
    H2("6.1 Wat we weten en wat niet"),
    P("Over de mechanismen van bodemdaling is veel bekend. Kennisinstellingen en universiteiten hebben de afgelopen "
      "jaren veel onderzoek gedaan naar veenoxidatie, funderingsschade en maatregelen als onderwaterdrainage. Toch "
      "ontbreekt een landelijk en actueel beeld van waar en hoe snel de bodem daalt. Metingen worden gedaan door "
      "verschillende partijen, met verschillende methoden, en de gegevens zijn versnipperd."),
    P("Nog minder bekend zijn de kosten. Schattingen van de maatschappelijke kosten van bodemdaling lopen uiteen van "
      "enkele tot tientallen miljarden euro’s tot 2050, afhankelijk van de aannames. Er is geen raming die de kosten "
      "voor het Rijk, de decentrale overheden en particulieren in samenhang laat zien. Zonder zo’n raming is het "
      "moeilijk om maatregelen op hun kosten en baten te beoordelen, en blijft bodemdaling in de begroting een "
      "onzichtbare post."),
    H2("6.2 Een lange adem"),
    P("De aanpak van bodemdaling vraagt om investeringen die pas na tientallen jaren renderen. De huidige "
      "financiering past daar slecht bij. Middelen komen uit verschillende begrotingen en programma’s, met "
      "looptijden van een paar jaar, en worden telkens opnieuw afgewogen tegen andere opgaven. Provincies, "
      "waterschappen en gemeenten kunnen daardoor niet op langjarige rijksbijdragen rekenen, en stellen investeringen "
      "uit."),
    P("De raad ziet in het Deltafonds een voorbeeld van hoe het anders kan. Door middelen voor waterveiligheid "
      "langjarig te reserveren, is het mogelijk geworden om een programma voor decennia te plannen. Een vergelijkbare "
      "constructie voor bodemdaling zou de aanpak de stabiliteit geven die zij nodig heeft, en zou voorkomen dat "
      "de aanpak bij iedere kabinetswisseling opnieuw ter discussie staat."),
    H2("6.3 Wat de raad adviseert"),
    P("Een aanpak die decennia moet volhouden, vraagt om een gedeeld beeld van de feiten en om financiering die niet "
      "ieder jaar opnieuw onzeker is."),
    lead("De raad adviseert de minister van IenW:"),
    recs(
        ("13", "Laat vóór het einde van 2026 ramen wat bodemdaling tot 2050 kost voor het Rijk, de decentrale "
               "overheden en particulieren, en laat die raming iedere vijf jaar actualiseren.", ("IenW",)),
    ),
    lead("De raad adviseert de ministers van IenW en LVVN:"),
    recs(
        ("14", "Zet een landelijk meetnet voor bodemdaling op dat satellietmetingen combineert met metingen in "
               "peilbuizen en op de grond, en publiceer de gegevens jaarlijks.", ("IenW", "LNV")),
    ),
    lead("Aan het kabinet:"),
    recs(
        ("15", "Stel een Bodemdalingsfonds in met een looptijd tot ten minste 2050, naar het voorbeeld van het "
               "Deltafonds. Uit dit fonds kunnen Rijk, provincies, waterschappen en gemeenten de langjarige aanpak "
               "van bodemdaling bekostigen.", ("KABINET",)),
    ),
    PageBreak(),
    H("Verantwoording"),
    P("De raad heeft dit advies voorbereid met een commissie uit zijn midden, bestaande uit drie raadsleden en twee "
      "externe deskundigen op het gebied van waterbeheer en funderingstechniek. De commissie werd ondersteund door "
      "een projectteam van het secretariaat van de raad."),
    P("Voor dit advies heeft de raad gesproken met vertegenwoordigers van onder meer de volgende organisaties:"),
    bullets(
        "het Interprovinciaal Overleg en vier provincies in het veenweidegebied;",
        "de Unie van Waterschappen en vijf waterschappen;",
        "de Vereniging van Nederlandse Gemeenten en zeven gemeenten op slappe bodem;",
        "agrarische collectieven, land- en tuinbouworganisaties en individuele melkveehouders;",
        "bewonersorganisaties, funderingsherstellers, makelaars en banken;",
        "universiteiten, kennisinstituten en adviesbureaus.",
        style="–",
    ),
    P("De raad heeft het advies vastgesteld in zijn vergadering van 12 maart 2025. De verantwoordelijkheid voor de "
      "inhoud ligt uitsluitend bij de raad."),
)

REPORT = Document(
    title="Op slappe grond",
    subtitle="Advies over bodemdaling in het veenweidegebied en in steden en dorpen op slappe bodem",
    blocks=REPORT_BLOCKS,
    running_header="Raad voor Ruimte, Water en Bodem  |  Op slappe grond",
    footer="{page}",
    font_family="serif",
    title_page=True,
    imprint=("Raad voor Ruimte, Water en Bodem", "Advies 2025/04", "Den Haag, maart 2025"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV1 = "Het kabinet neemt dit advies over."
EV2 = "Een landelijk verbod acht het kabinet niet proportioneel."
EV5 = ("Het kabinet deelt de analyse, maar kiest voor een vergoeding met een looptijd van zeven jaar in plaats van de "
       "door de raad gevraagde vijftien jaar.")
EV6 = ("Per 1 juli 2026 opent het Landelijk Funderingsfonds, waaruit eigenaar-bewoners met funderingsschade ongeacht "
       "hun inkomen of leeftijd een lening of een bijdrage kunnen krijgen; het kabinet trekt daarvoor tot en met 2030 "
       "in totaal 450 miljoen euro uit.")
EV7 = ("Een verplicht funderingslabel bij de verkoop van een woning past daarentegen niet bij het streven van het "
       "kabinet om de lasten en regels rond de woningverkoop te beperken.")
EV8 = ("Het kabinet onderschrijft daarom het advies om funderingsherstel wijkgericht aan te pakken en werkt die aanpak "
       "in 2026 samen met de VNG en vijf gemeenten uit.")
EV9 = ("Het kabinet steunt de aanbeveling aan gemeenten om vóór 2027 openbare kaarten op te stellen van wijken met een "
       "verhoogd risico op funderingsschade, en stelt hun daarvoor in 2026 en 2027 samen 15 miljoen euro "
       "beschikbaar.")
EV10 = ("Of aanvullende afspraken over het bewaken van de grondwaterstand bij rioolvervanging nodig zijn, onderzoekt "
        "het kabinet eerst in een pilot met vijf gemeenten, die in 2026 start en in 2028 wordt geëvalueerd.")
EV11 = "Het kabinet neemt deze aanbeveling over het uitsluiten van woningbouwlocaties niet over."
EV12 = ("Het kabinet verkent daarom of in de Nota Ruimte een kaart kan worden opgenomen van de gebieden waar "
        "bodemdaling de ruimtelijke keuzes beperkt.")
EV13 = ("Het kabinet laat het Planbureau voor de Leefomgeving deze kosten tot 2050 ramen voor het Rijk, de "
        "decentrale overheden en particulieren; de eerste raming verschijnt in het najaar van 2026 en wordt daarna "
        "iedere vijf jaar geactualiseerd.")
EV14 = "De ministers van IenW en LVVN nemen dit advies over."
EV15 = "Het kabinet acht een apart Bodemdalingsfonds niet opportuun."

RESPONSE_BLOCKS = (
    P("Datum: 18 september 2025"),
    P("Betreft: Kabinetsreactie op het advies ‘Op slappe grond’ van de Raad voor Ruimte, Water en Bodem"),
    P("Geachte voorzitter,"),
    P("Op 27 maart 2025 heeft de Raad voor Ruimte, Water en Bodem (hierna: de raad) het advies ‘Op slappe grond’ "
      "uitgebracht over bodemdaling in het veenweidegebied en in steden en dorpen op slappe bodem. Met deze brief "
      "bied ik u, mede namens de minister van Volkshuisvesting en Ruimtelijke Ordening en de minister van Landbouw, "
      "Visserij, Voedselzekerheid en Natuur, de reactie van het kabinet op dit advies aan."),
    P("Het kabinet dankt de raad voor een helder en urgent advies. De raad laat overtuigend zien dat bodemdaling geen "
      "probleem van de verre toekomst is, maar nu al schade veroorzaakt: aan woningen, wegen, leidingen en dijken, en "
      "aan het inkomen van boeren in het veenweidegebied. Het advies is tot stand gekomen in gesprek met veel "
      "betrokkenen, van bewoners met scheurende gevels tot dijkgraven en melkveehouders, en dat is in de analyse "
      "terug te zien."),
    H2("Bodemdaling in perspectief"),
    P("Ongeveer een kwart van Nederland heeft te maken met bodemdaling. In het veenweidegebied daalt de bodem op veel "
      "plaatsen met een halve tot anderhalve centimeter per jaar, doordat veen bij lage waterpeilen in contact komt "
      "met zuurstof en oxideert. In steden en dorpen op klei en veen veroorzaken bodemdaling en wisselende "
      "grondwaterstanden schade aan funderingen. De raad schat dat tot 2050 tussen de 750.000 en een miljoen "
      "woningen risico lopen op funderingsschade; het kabinet herkent die orde van grootte."),
    P("Het kabinet werkt sinds enkele jaren volgens het uitgangspunt dat water en bodem sturend zijn bij ruimtelijke "
      "keuzes. Dat uitgangspunt is opgenomen in de Nota Ruimte en in de afspraken die Rijk en provincies hebben "
      "gemaakt over de inrichting van het landelijk gebied. Daarnaast ondersteunt het Rijk het Informatiepunt "
      "Funderingen, waar eigenaren terechtkunnen met vragen over onderzoek naar en herstel van hun fundering, en "
      "bestaat er een landelijke funderingslening voor eigenaren die zelf kunnen lenen."),
    P("De raad richt zijn aanbevelingen aan het kabinet, aan drie ministers en aan provincies, waterschappen en "
      "gemeenten. Hieronder gaat het kabinet per thema op het advies in. Waar een aanbeveling is gericht aan een "
      "medeoverheid, geeft het kabinet aan hoe het Rijk zich daartoe verhoudt. Over deze reactie is overleg gevoerd "
      "met het Interprovinciaal Overleg, de Unie van Waterschappen en de Vereniging van Nederlandse Gemeenten."),
    H2("1. Funderingsherstel"),
    P("Funderingsschade is voor een eigenaar een ingrijpende gebeurtenis. Herstel kost al snel 80.000 tot 150.000 "
      "euro per woning, en de schade is vaak pas zichtbaar als het te laat is voor eenvoudige maatregelen. Het "
      "kabinet herkent het beeld dat de raad schetst van eigenaren die geen lening kunnen krijgen en het herstel "
      "daardoor uitstellen, met verdere schade als gevolg."),
    P("Het kabinet wil voorkomen dat herstel afhangt van de draagkracht van de eigenaar. " + EV6 + " Het fonds wordt "
      "uitgevoerd door de organisatie die nu ook de funderingslening verstrekt, zodat eigenaren met één aanvraag "
      "kunnen volstaan. " + EV7 + " Kopers kunnen nu al zelf een funderingsonderzoek laten uitvoeren, en makelaars "
      "wijzen hen in risicogebieden op die mogelijkheid.",
      answers=(Answer("6", "agree", EV6), Answer("7", "disagree", EV7))),
    P("Herstel gaat sneller en goedkoper als buren tegelijk aan de slag gaan, omdat de funderingen van aaneengesloten "
      "woningen met elkaar samenhangen. " + EV8 + " Voor de inzet van procesbegeleiders in deze wijken trekt de "
      "minister van VRO vanaf 2026 jaarlijks 5 miljoen euro uit.",
      answers=(Answer("8", "agree", EV8),)),
    P("Gemeenten hebben een belangrijke rol in het tijdig signaleren van risico’s. " + EV9 + " Het Informatiepunt "
      "Funderingen levert daarvoor een standaardmethode, zodat de kaarten van verschillende gemeenten met elkaar "
      "kunnen worden vergeleken.",
      answers=(Answer("9", "agree", EV9),)),
    P("Lekkende riolen en drainage kunnen de grondwaterstand onder houten paalfunderingen plaatselijk verlagen, met "
      "paalrot als gevolg. Gemeenten hebben op grond van de Omgevingswet al een zorgplicht voor het grondwater in "
      "stedelijk gebied, en veel gemeenten houden bij rioleringswerken rekening met de grondwaterstand. " + EV10,
      answers=(Answer("10", "partial", EV10),)),
    H2("2. Sturen op water en bodem"),
    P("In het veenweidegebied is de bodemdaling het directe gevolg van het waterbeheer. Om het land geschikt te "
      "houden voor de melkveehouderij is het waterpeil decennialang met de dalende bodem mee verlaagd. Daardoor "
      "blijft het veen oxideren en daalt de bodem verder. De raad vat dit treffend samen als ‘het peil volgt de "
      "koe’."),
    P("De raad adviseert om in het Nationaal Water Programma vast te leggen dat in veenweidegebieden de "
      "grondwaterstand bepalend is voor het grondgebruik, met een streefwaarde per gebied. " + EV1 + " In de "
      "herziening van het Nationaal Water Programma, die in het voorjaar van 2027 aan uw Kamer wordt aangeboden, "
      "wordt voor ieder veenweidegebied een streefwaarde voor de gemiddelde zomergrondwaterstand opgenomen. De "
      "provincies werken deze streefwaarden uit in hun omgevingsverordeningen.",
      answers=(Answer("1", "agree", EV1),)),
    P("De raad adviseert daarnaast om verdere verlaging van het waterpeil in veenweidegebieden vanaf 2030 landelijk "
      "te verbieden. Het kabinet begrijpt de gedachte achter dit advies: zolang het peil het maaiveld blijft volgen, "
      "gaat de bodemdaling door. De omstandigheden verschillen echter sterk per polder, en op veel plaatsen is een "
      "geleidelijke verhoging van het peil al voorzien in de gebiedsprocessen. " + EV2 + " Met de streefwaarden in "
      "het Nationaal Water Programma ontstaat bovendien een kader waaraan peilbesluiten moeten voldoen.",
      answers=(Answer("2", "disagree", EV2),)),
    P("Het aanwijzen van de gebieden waar het peil stapsgewijs omhooggaat, vraagt om kennis van de situatie per "
      "polder en om gesprekken met de agrarische ondernemers die het aangaat. Het is aan de provincies en "
      "waterschappen om deze gebieden in hun omgevingsverordeningen en waterbeheerprogramma’s aan te wijzen en de "
      "termijn daarvoor te bepalen."),
    H2("3. Een toekomst voor de boer in het veenweidegebied"),
    P("Hogere waterpeilen hebben grote gevolgen voor de melkveehouders in het veenweidegebied. Het gras groeit "
      "minder goed, het land is later in het voorjaar begaanbaar en de opbrengst per hectare daalt. Het kabinet "
      "beseft dat van deze ondernemers veel wordt gevraagd, en dat zij zekerheid nodig hebben om te kunnen "
      "investeren."),
    P("De raad vraagt om een langjarig verdienmodel voor boeren die overschakelen op natte teelten of extensieve "
      "veehouderij, met een vergoeding die ten minste vijftien jaar is gegarandeerd. " + EV5 + " De minister van "
      "LVVN opent in 2026 een regeling waaruit boeren in aangewezen veenweidegebieden een jaarlijkse vergoeding "
      "ontvangen voor het hoger zetten van het waterpeil. Een langere garantie zou de begroting voor lange tijd "
      "vastleggen en verhoudt zich slecht tot de Europese regels voor staatssteun.",
      answers=(Answer("5", "partial", EV5),)),
    P("Daarnaast investeert de minister van LVVN in de ontwikkeling van natte teelten zoals lisdodde en veenmos, "
      "onder meer via proeftuinen in Friesland, Utrecht en Zuid-Holland. Die proeftuinen moeten duidelijk maken "
      "onder welke voorwaarden deze teelten op grotere schaal rendabel kunnen worden."),
    H2("4. Bouwen op slappe bodem"),
    P("De raad stelt voor om bodemdaling een harde randvoorwaarde te maken bij de keuze van nieuwe "
      "woningbouwlocaties, en niet te bouwen waar de bodem tot 2100 meer dan een meter daalt, tenzij de ontwikkeling "
      "de extra kosten draagt. " + EV11 + " Een groot deel van de woningbouwopgave ligt in het westen van het land, "
      "juist waar de bodem slap is. Een harde grens zou een aanzienlijk deel van de geplande locaties uitsluiten, "
      "terwijl met ophogen, licht bouwen en een goed ontwerp van de openbare ruimte ook daar verantwoord kan worden "
      "gebouwd.",
      answers=(Answer("11", "disagree", EV11),)),
    P("Wel is het kabinet het met de raad eens dat de gevolgen van bodemdaling bij ruimtelijke keuzes beter "
      "zichtbaar moeten worden. " + EV12 + " De uitkomst daarvan betrekt de minister van VRO bij de eerstvolgende "
      "actualisatie van de nota.",
      answers=(Answer("12", "partial", EV12),)),
    H2("5. Kennis, kosten en financiering"),
    P("Voor een goede aanpak is betrouwbare informatie over de snelheid en de spreiding van bodemdaling onmisbaar. De "
      "raad adviseert een landelijk meetnet voor bodemdaling, dat satellietmetingen combineert met metingen in "
      "peilbuizen en op de grond, met een jaarlijkse publicatie van de gegevens. " + EV14 + " Het meetnet wordt "
      "ondergebracht bij Rijkswaterstaat en is vanaf 2027 operationeel; de eerste jaarlijkse rapportage verschijnt "
      "in 2028.",
      answers=(Answer("14", "agree", EV14),)),
    P("De raad constateert terecht dat er geen volledig beeld bestaat van de maatschappelijke kosten van "
      "bodemdaling. " + EV13,
      answers=(Answer("13", "agree", EV13),)),
    P("De raad pleit ten slotte voor een Bodemdalingsfonds met een looptijd tot ten minste 2050. Het kabinet erkent "
      "dat de kosten van bodemdaling over lange tijd oplopen en ongelijk zijn verdeeld. " + EV15 + " Middelen voor de "
      "aanpak van bodemdaling lopen via de bestaande begrotingen en fondsen, waaronder het Deltafonds en de middelen "
      "voor het landelijk gebied, zodat zij in samenhang met andere opgaven kunnen worden afgewogen.",
      answers=(Answer("15", "disagree", EV15),)),
    H2("Tot slot"),
    P("Bodemdaling is een opgave van lange adem, die niet in één kabinetsperiode kan worden opgelost. Het advies van "
      "de raad helpt om de keuzes die nu nodig zijn scherper te maken. Het kabinet zet daarbij in op samenwerking "
      "met provincies, waterschappen en gemeenten, die ieder vanuit hun eigen verantwoordelijkheid aan de aanpak "
      "bijdragen."),
    P("Het kabinet informeert uw Kamer jaarlijks over de voortgang van de aanpak van bodemdaling, voor het eerst in "
      "het voorjaar van 2026."),
    P("De minister van Infrastructuur en Waterstaat,"),
    P("ir. M.C. van Houten-Bakker"),
)

RESPONSE = Document(
    title="Ministerie van Infrastructuur en Waterstaat",
    subtitle="Aan de Voorzitter van de Tweede Kamer der Staten-Generaal, Postbus 20018, 2500 EA Den Haag",
    blocks=RESPONSE_BLOCKS,
    running_header="Kabinetsreactie advies ‘Op slappe grond’  |  Kenmerk IenW/BSK-2025/218344",
    footer="Pagina {page} van {pages}",
    font_family="sans",
    title_page=False,
)

PAIR = Pair(
    name="soil_subsidence_council",
    report=REPORT,
    response=RESPONSE,
    description="Raad voor Ruimte, Water en Bodem advice on soil subsidence (15 unnumbered bullet recommendations "
                "under addressee lead-ins in each chapter's 'Wat de raad adviseert', a knelpunten bullet list as trap) "
                "and the IenW minister's letter answering by subject under five numbered theme headings; 3 passed on "
                "to provinces and water boards, 4 not mentioned.",
)
