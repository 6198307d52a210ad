"""Pair: a fictional Adviescommissie Waterschaarste advice "Schaarste verdelen" on freshwater shortage and the
distribution of water in droughts, and the cabinet's response (kabinetsreactie) with an annex table.

Layout traits this pair tests: a sans report with a title page, a running header and a body set in TWO COLUMNS
(chapter headings full width above the columns; chapters 1, 3 and 4 open a new page, the others run on below the
previous chapter; two full-width tables with row rules and bold captions between column runs; level-2 headings
sometimes end a column).  The thirteen numbered recommendations are not list items with printed numbers and not
headings: each is a BOLD paragraph "Aanbeveling N" followed by one plain (slightly indented, unlabelled) paragraph
holding the recommendation text ("De commissie beveelt ... aan om ...").  Two more recommendations (14, 15) appear
only in the running text of the closing chapter "Conclusies" ("Wij bevelen de waterschappen daarom aan om ...", "Ook
bevelen wij de provincies aan om ..."), unnumbered in the report; the gold numbers them 14 and 15.  Bullet lists
(questions, interlocutors), level-3 headings and bold table captions are not recommendations.  The summary restates
the advice in prose without numbers.

The response is a letter (serif, letterhead, no title page, running header, "Pagina N van M") of the minister of
IenW, also on behalf of the minister of LVVN, followed by an annex grid table "Nr. | Aanbeveling (kort) | Reactie
kabinet" whose Reactie cells are prose (no verdict column).  The letter opens with thanks, context and existing
policy (no position); it agrees with the analysis of the coordination problem without taking a position on the
measure; one letter paragraph answers 11 and 12 by subject only with opposite positions (it comes first, so it
decides); a paragraph on drinking-water reserves only describes existing provincial policy (15 stays not addressed).
The table numbers the first implicit recommendation 14 and omits 15.

Gold positions:
 1 revise the verdringingsreeks, ranking in category 4 (IenW): agree ("neemt deze aanbeveling over").
 2 national drought director with doorzettingsmacht (IenW): disagree, polite ("acht het kabinet echter niet
   opportuun", "past niet bij"), after agreeing with the analysis.
 3 legal power for that director to limit withdrawals (IenW): disagree via "Zie de reactie op aanbeveling 2."
 4 extra 20 cm buffer IJsselmeer/Markermeer (IenW, Rijkswaterstaat): agree without cue words (date, peilbesluit).
 5 EUR 150 million a year from the Deltafonds (IenW): partial (EUR 90 million for 2026-2028, no structural series).
 6 salt barriers at all sea locks before 2030 (IenW, Rijkswaterstaat): partial (pilot at two locks, decide 2028).
 7 map all withdrawals per sector and region (IenW, LNV): agree without cue words (study asked, study committed).
 8 harmonise irrigation bans per river basin (OTHER, waterschappen): not addressed ("De waterschappen gaan hier
   zelf over." plus existing practice).
 9 national notification duty for irrigation wells (IenW): disagree (existing provincial powers; "voegt het kabinet
   daar niet aan toe").
10 quantitative water-retention targets in regional programmes (OTHER, provinces and water boards): partial
   ("verkent ... in 2026").
11 levy on groundwater for irrigation (LNV): disagree, blunt, in the letter by subject ("voert het kabinet niet in").
12 EUR 25 million programme for water-saving irrigation (LNV): agree without cue words, same letter paragraph.
13 supply-security standard for drinking water (IenW, OTHER drinkwaterbedrijven): agree ("onderschrijft").
14 (running text) higher spring levels in water boards' peilbesluiten (OTHER): agree ("steunt ... afgesproken").
15 (running text) protect strategic groundwater reserves (OTHER, provinces): not addressed (only existing policy
   described in the letter, no table row).
All prose is fictional and written for this test set.
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

H = Heading
P = Paragraph


def H2(text: str) -> Heading:
    return Heading(text, level=2)


def H3(text: str) -> Heading:
    return Heading(text, level=3)


def bullets(*texts: str) -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style="•")


def plain_rec(number: str, text: str, *departments: str) -> ItemList:
    """The recommendation text as an unlabelled paragraph (an item whose list style prints no label)."""
    return ItemList(items=(ListItem(text, recommendation=Recommendation(number, tuple(departments))),), style="")


def aanbeveling(number: int, text: str, *departments: str) -> tuple:
    """A bold paragraph "Aanbeveling N" followed by the plain recommendation text."""
    return (P(f"Aanbeveling {number}", bold=True), plain_rec(str(number), text, *departments))


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REC = {
    1: ("De commissie beveelt de minister van Infrastructuur en Waterstaat aan om de landelijke verdringingsreeks "
        "vóór 1 januari 2027 te herzien en daarin binnen categorie 4 een vaste rangorde aan te brengen, zodat vooraf "
        "duidelijk is welke gebruiksfuncties bij langdurige schaarste als eerste worden beperkt.", ("IenW",)),
    2: ("De commissie beveelt de minister van Infrastructuur en Waterstaat aan om een landelijke droogteregisseur "
        "aan te stellen die bij een dreigend watertekort de verdeling van water tussen de regio's coördineert en "
        "daarbij doorzettingsmacht heeft tegenover waterschappen en provincies.", ("IenW",)),
    3: ("De commissie beveelt de minister van Infrastructuur en Waterstaat aan om de droogteregisseur wettelijk de "
        "bevoegdheid te geven om bij een feitelijk watertekort de onttrekkingen in een regio tijdelijk te beperken "
        "wanneer een andere regio anders onomkeerbare schade lijdt.", ("IenW",)),
    4: ("De commissie beveelt Rijkswaterstaat aan om het peilbeheer in het IJsselmeer en het Markermeer zo aan te "
        "passen dat vanaf het voorjaar van 2026 aan het begin van het groeiseizoen een extra zoetwaterbuffer van ten "
        "minste twintig centimeter beschikbaar is.", ("IenW",)),
    5: ("De commissie beveelt de minister van Infrastructuur en Waterstaat aan om uit het Deltafonds structureel ten "
        "minste € 150 miljoen per jaar te reserveren voor maatregelen die de zoetwatervoorziening uit het "
        "hoofdwatersysteem robuuster maken.", ("IenW",)),
    6: ("De commissie beveelt Rijkswaterstaat aan om vóór 2030 bij alle zeesluizen in het hoofdwatersysteem "
        "zoutwerende voorzieningen aan te brengen, zoals bellenschermen of een zoet-zoutscheiding, zodat minder zout "
        "water landinwaarts dringt.", ("IenW",)),
    7: ("De commissie beveelt de minister van Infrastructuur en Waterstaat en de minister van Landbouw, Visserij, "
        "Voedselzekerheid en Natuur aan om vóór het einde van 2026 in kaart te brengen hoeveel grond- en "
        "oppervlaktewater er per sector en per regio feitelijk wordt onttrokken, inclusief de onttrekkingen die nu "
        "niet vergunning- of meldplichtig zijn.", ("IenW", "LNV")),
    8: ("De commissie beveelt de besturen van de waterschappen aan om hun beregeningsverboden per stroomgebied op "
        "elkaar af te stemmen, met gelijke ingangscriteria, gelijke uitzonderingen en één moment van bekendmaking.",
        ("OTHER",)),
    9: ("De commissie beveelt de minister van Infrastructuur en Waterstaat aan om in het Besluit activiteiten "
        "leefomgeving een landelijke meldplicht in te voeren voor alle grondwateronttrekkingen ten behoeve van "
        "beregening, ook voor onttrekkingen onder de huidige provinciale drempels.", ("IenW",)),
    10: ("De commissie beveelt de provincies en de waterschappen aan om bij de eerstvolgende herziening van de "
         "regionale waterprogramma's per deelgebied een kwantitatief doel op te nemen voor het vasthouden van water "
         "in de bodem en in het oppervlaktewater.", ("OTHER",)),
    11: ("De commissie beveelt de minister van Landbouw, Visserij, Voedselzekerheid en Natuur aan om een heffing in "
         "te voeren op het onttrekken van grondwater voor beregening, waarvan de opbrengst wordt teruggesluisd naar "
         "waterbesparende maatregelen in de landbouw.", ("LNV",)),
    12: ("De commissie beveelt de minister van Landbouw, Visserij, Voedselzekerheid en Natuur aan om een meerjarig "
         "stimuleringsprogramma op te zetten voor waterbesparende beregeningstechniek en droogtebestendige teelten, "
         "met een omvang van ten minste € 25 miljoen.", ("LNV",)),
    13: ("De commissie beveelt de minister van Infrastructuur en Waterstaat en de drinkwaterbedrijven aan om vóór "
         "2027 een gezamenlijke norm vast te stellen voor de leveringszekerheid van drinkwater bij langdurige "
         "droogte, inclusief de reservecapaciteit die elk bedrijf daarvoor moet aanhouden.", ("IenW", "OTHER")),
}

REC_14 = ("Wij bevelen de waterschappen daarom aan om hun peilbesluiten voor landbouwgebieden zo aan te passen dat in "
          "het voorjaar standaard een hoger peil wordt aangehouden, zodat het water van de winter langer in het gebied "
          "blijft.")
REC_15 = ("Ook bevelen wij de provincies aan om de aanvullende strategische grondwatervoorraden voor de "
          "drinkwatervoorziening uiterlijk in 2027 in hun omgevingsverordening te beschermen tegen andere "
          "onttrekkingen en tegen activiteiten die de kwaliteit van het grondwater bedreigen.")


def A(n: int) -> tuple:
    text, departments = REC[n]
    return aanbeveling(n, text, *departments)


FRONT = (
    H("Voorwoord"),
    P("Nederland is een waterland, en lange tijd was de vraag vooral hoe wij het water kwijt konden raken. De droge "
      "zomers van 2018, 2020 en 2022 hebben laten zien dat die vanzelfsprekendheid voorbij is. Boeren mochten niet "
      "beregenen, schepen voeren met halve lading, natuurgebieden vielen droog en op enkele plaatsen kwam de levering "
      "van drinkwater onder druk te staan. Wat in een nat land ondenkbaar leek, bleek in een paar warme weken "
      "werkelijkheid: er was niet genoeg zoet water voor iedereen."),
    P("De minister van Infrastructuur en Waterstaat heeft de Adviescommissie Waterschaarste in oktober 2024 gevraagd "
      "te adviseren over de manier waarop Nederland zich op langdurige droogte kan voorbereiden en hoe het schaarse "
      "water dan eerlijk en doelmatig kan worden verdeeld. De commissie sprak met ruim tachtig mensen: dijkgraven, "
      "gedeputeerden, sluismeesters, akkerbouwers, natuurbeheerders, schippers, directeuren van drinkwaterbedrijven "
      "en onderzoekers. Wij danken hen voor hun tijd en hun openhartigheid."),
    P("Onze boodschap laat zich kort samenvatten. Wie pas gaat verdelen als het water op is, verdeelt te laat. "
      "Nederland moet vooraf weten wat het in een droog jaar wil beschermen, moet meer water vasthouden zolang het er "
      "is, en moet weten wie er hoeveel gebruikt. Dat vraagt iets van het Rijk, van de provincies, van de "
      "waterschappen, van de drinkwaterbedrijven en van de gebruikers zelf."),
    P("Prof. dr. ir. A.M. ter Harmsel, voorzitter van de Adviescommissie Waterschaarste"),
    PageBreak(),
    H("Samenvatting"),
    Columns(blocks=(
        P("Zoet water is in Nederland niet langer vanzelfsprekend. Door klimaatverandering worden de zomers droger en "
          "warmer, terwijl de vraag naar water stijgt: voor drinkwater, voor de landbouw, voor de industrie en voor "
          "de natuur. In droge jaren voert de Rijn minder water aan, dringt zout water verder het land in en zakt het "
          "grondwater op de hoge zandgronden diep weg. De schade van de droogte van 2018 wordt geschat op meer dan "
          "een miljard euro, en die van 2022 lag in dezelfde orde van grootte."),
        P("De commissie concludeert dat Nederland goed is voorbereid op korte periodes van droogte, maar niet op een "
          "langdurig tekort. De regels voor de verdeling van water, vastgelegd in de verdringingsreeks, zijn op "
          "hoofdlijnen helder, maar laten juist de grootste groep gebruikers ongesorteerd. Wie in een droge zomer "
          "als eerste water moet inleveren, wordt nu per regio en per week bepaald. Dat leidt tot verschillen die "
          "voor gebruikers moeilijk te begrijpen zijn, en tot besluiten die onder grote tijdsdruk worden genomen."),
        P("Daarnaast ontbreekt het zicht op het gebruik. Niemand weet precies hoeveel grondwater er in Nederland "
          "wordt opgepompt, omdat een groot deel van de onttrekkingen niet vergunning- of meldplichtig is. Wie niet "
          "weet hoeveel er wordt gebruikt, kan ook niet goed verdelen."),
        P("De commissie doet in dit advies dertien genummerde aanbevelingen, verdeeld over de hoofdstukken 3 tot en "
          "met 6, en sluit af met een slotbeschouwing. Zij vraagt het Rijk om vooraf een rangorde vast te leggen, om "
          "de landelijke regie bij een tekort te versterken en om structureel te investeren in de aanvoer van zoet "
          "water via het hoofdwatersysteem. Rijkswaterstaat kan met een ander peilbeheer in het IJsselmeergebied "
          "een grotere buffer aanleggen. De waterschappen en de provincies moeten meer water vasthouden en hun "
          "regels beter op elkaar afstemmen. Voor de landbouw stelt de commissie een combinatie van beprijzing en "
          "steun voor, en voor de drinkwatervoorziening een heldere norm voor leveringszekerheid."),
        P("Geen van deze maatregelen is op zichzelf voldoende. Samen maken zij het mogelijk om een droge zomer door "
          "te komen zonder dat de verdeling van water een zaak van improvisatie wordt."),
    )),
    PageBreak(),
)

CH1 = (
    H("1  Inleiding"),
    Columns(blocks=(
        H2("1.1  Aanleiding"),
        P("In de zomer van 2022 kondigde het kabinet voor de derde keer in vijf jaar een officieel watertekort af. De "
          "Landelijke Coördinatiecommissie Waterverdeling kwam wekenlang wekelijks bijeen, waterschappen stelden "
          "beregeningsverboden in en Rijkswaterstaat moest keuzes maken over de verdeling van het Rijnwater over de "
          "rivieren. Bij de evaluatie van die zomer bleek dat de betrokken organisaties hard en goed hadden gewerkt, "
          "maar dat veel besluiten ad hoc werden genomen en dat gebruikers vaak laat wisten waar zij aan toe waren."),
        P("Het klimaat verandert sneller dan eerder werd aangenomen. De klimaatscenario's van het KNMI laten zien "
          "dat droge zomers zoals die van 2018 rond het midden van deze eeuw eerder regel dan uitzondering kunnen "
          "zijn. Tegelijk stijgt de vraag naar zoet water, onder meer door de groei van het aantal inwoners, de "
          "verduurzaming van de industrie en de uitbreiding van de drinkwaterproductie. De minister van "
          "Infrastructuur en Waterstaat heeft daarom een onafhankelijke commissie ingesteld om te adviseren over de "
          "verdeling van zoet water bij droogte."),
        H2("1.2  De adviesvraag"),
        P("De minister heeft de commissie de volgende vragen voorgelegd:"),
        bullets(
            "Hoe groot is het risico op langdurige zoetwatertekorten in Nederland, nu en rond 2050?",
            "Zijn de bestaande afspraken over de verdeling van water bij schaarste toereikend, en zo nee, wat moet er "
            "veranderen?",
            "Welke maatregelen in het hoofdwatersysteem en in de regionale watersystemen verkleinen de kans op "
            "tekorten het meest?",
            "Wat kunnen de grootste gebruikers, in het bijzonder de landbouw en de drinkwatersector, zelf bijdragen?",
        ),
        P("De commissie heeft de vragen breed opgevat. Zij kijkt niet alleen naar de verdeling op het moment dat het "
          "water schaars is, maar ook naar wat er in de jaren daarvoor nodig is om die schaarste te beperken."),
        H2("1.3  Werkwijze"),
        P("De commissie bestond uit zeven leden met achtergronden in het waterbeheer, de landbouw, de "
          "drinkwatervoorziening, het omgevingsrecht en de bestuurskunde. Zij werd ondersteund door een secretariaat "
          "van vier medewerkers. De commissie voerde tussen november 2024 en april 2025 gesprekken in vijf regio's: "
          "Zuidwest-Nederland, het rivierengebied, de hoge zandgronden in Oost- en Zuid-Nederland, het "
          "IJsselmeergebied en Noord-Nederland. Zij bezocht onder meer een gemaal, een drinkwaterwinning, een "
          "akkerbouwbedrijf met druppelirrigatie en de sluizen bij de monding van de grote rivieren."),
        P("Daarnaast heeft de commissie de evaluaties van de droge jaren 2018, 2020 en 2022 bestudeerd, evenals de "
          "rapportages van het Deltaprogramma Zoetwater en onderzoek van kennisinstituten. Zij liet twee korte "
          "studies uitvoeren: een juridische analyse van de bevoegdheden bij waterschaarste en een verkenning van "
          "de gegevens die over onttrekkingen beschikbaar zijn. Een lijst van gesprekspartners is opgenomen in de "
          "bijlage. Een conceptversie van de analyse is in april 2025 besproken met een klankbordgroep van "
          "deskundigen uit de betrokken sectoren."),
        H2("1.4  Leeswijzer"),
        P("Hoofdstuk 2 schetst de omvang van het probleem. Hoofdstuk 3 gaat over de regels en de regie bij de "
          "verdeling van water. Hoofdstuk 4 behandelt het hoofdwatersysteem dat Rijkswaterstaat beheert, hoofdstuk 5 "
          "de regionale watersystemen en het grondwater. Hoofdstuk 6 gaat in op de twee grootste gebruikers: de "
          "landbouw en de drinkwatervoorziening. Elk van deze hoofdstukken sluit af met de aanbevelingen van de "
          "commissie. Hoofdstuk 7 bevat de conclusies."),
    )),
)

TABLE_1 = Table(
    header=("Droogtejaar", "Grootste neerslagtekort (mm)", "Laagste Rijnafvoer Lobith (m³/s)",
            "Geschatte schade (mld. euro)"),
    rows=(
        ("2018", "ca. 310", "ca. 700", "1,0 – 1,5"),
        ("2020", "ca. 240", "ca. 950", "0,4 – 0,6"),
        ("2022", "ca. 280", "ca. 760", "0,8 – 1,2"),
        ("Gemiddeld jaar (1991-2020)", "ca. 140", "ca. 1.250", "–"),
    ),
    widths=(1.4, 1.2, 1.3, 1.1),
    rules="rows",
)

CH2 = (
    H("2  Droogte en zoetwatertekort"),
    Columns(blocks=(
        H2("2.1  Een nat land met een droog probleem"),
        P("Nederland ontvangt gemiddeld ruim achthonderd millimeter neerslag per jaar, en via de Rijn en de Maas "
          "stroomt daarnaast een grote hoeveelheid zoet water het land binnen. Over het jaar gemeten is er dus "
          "water genoeg. Het probleem zit in de verdeling over de seizoenen en over het land. In de zomer verdampt "
          "er meer water dan er valt, en juist dan is de vraag het grootst. Het neerslagtekort loopt in een "
          "gemiddeld jaar op tot ongeveer 140 millimeter; in een droog jaar kan het meer dan het dubbele bedragen."),
        P("Het westen van het land is voor zijn zoetwater grotendeels afhankelijk van de aanvoer via de rivieren en "
          "het IJsselmeer. De hoge zandgronden in het oosten en zuiden kunnen niet of nauwelijks water van elders "
          "aanvoeren en zijn aangewezen op regen en grondwater. In beide delen van het land doen zich in een droge "
          "zomer problemen voor, maar van een andere aard."),
        H2("2.2  De droge jaren vergeleken"),
        P("Tabel 1 geeft een indruk van de drie droge jaren die de commissie heeft bestudeerd. De cijfers zijn "
          "afgerond en moeten als indicatief worden gelezen; de schadebedragen lopen in de verschillende studies "
          "uiteen, onder meer omdat de schade aan natuur en aan funderingen moeilijk in geld is uit te drukken."),
    )),
    P("Tabel 1  Drie droge jaren vergeleken (afgeronde, indicatieve cijfers)", bold=True),
    TABLE_1,
    Columns(blocks=(
        P("Opvallend is dat de schade niet alleen afhangt van het neerslagtekort. In 2020 was het voorjaar "
          "uitzonderlijk droog, maar de Rijn voerde nog redelijk veel water aan, zodat de aanvoer naar het westen "
          "op peil bleef. In 2018 en 2022 vielen een groot neerslagtekort en een lage rivierafvoer samen. Dat is "
          "het scenario waar de commissie zich vooral zorgen over maakt: een tekort aan regen en tegelijk een "
          "tekort aan aanvoer."),
        H2("2.3  Gevolgen voor de gebruikers"),
        P("De landbouw is de grootste gebruiker van zoet water in droge perioden. Op de zandgronden wordt vooral "
          "grondwater opgepompt om te beregenen; in het westen wordt oppervlaktewater ingelaten via sloten en "
          "gemalen. Beregeningsverboden treffen akkerbouwers en tuinders direct, en de schade aan gewassen loopt in "
          "een droog jaar in de honderden miljoenen euro."),
        P("De scheepvaart ondervindt hinder van lage waterstanden op de rivieren: schepen moeten met minder lading "
          "varen, waardoor de vervoerskosten stijgen. De drinkwaterbedrijven zien in warme perioden de vraag met een "
          "derde toenemen, terwijl de kwaliteit van het rivierwater verslechtert en het innamepunt soms moet worden "
          "gesloten vanwege te hoge zoutgehalten. In 2022 hebben twee bedrijven hun klanten opgeroepen minder water "
          "te gebruiken, omdat de productie de vraag op piekdagen nauwelijks kon bijhouden."),
        P("De natuur heeft het moeilijkst, omdat zij zich niet kan aanpassen in het tempo waarin het klimaat "
          "verandert. Beken op de zandgronden vallen droog, venen klinken in en grondwaterafhankelijke natuur "
          "verdroogt. Een deel van die schade is onomkeerbaar."),
        H2("2.4  Vooruitblik"),
        P("De commissie heeft zich gebaseerd op de klimaatscenario's en op de knelpuntenanalyses van het "
          "Deltaprogramma. In de drogere scenario's neemt de kans op een jaar als 2018 rond 2050 toe tot eens in de "
          "vijf à tien jaar. De Rijnafvoer in de nazomer daalt in die scenario's met een vijfde tot een derde. De "
          "zoutindringing via de Nieuwe Waterweg en de sluizen neemt door de zeespiegelstijging toe. Tegelijk blijft "
          "de vraag naar water groeien."),
        P("De conclusie van dit hoofdstuk is dat een droge zomer geen incident meer is, maar een situatie waarop "
          "Nederland zich structureel moet voorbereiden. Daarbij gaat het niet alleen om het beperken van de schade, "
          "maar ook om de vraag wie er bij een tekort voorrang krijgt. Die vraag staat centraal in het volgende "
          "hoofdstuk."),
    )),
    PageBreak(),
)

TABLE_2 = Table(
    header=("Categorie", "Omschrijving", "Voorbeelden van gebruiksfuncties"),
    rows=(
        ("1", "Veiligheid en voorkomen van onomkeerbare schade",
         "stabiliteit van waterkeringen; klink en zetting van veen- en kleigronden; natuur die afhankelijk is van "
         "de bodemgesteldheid"),
        ("2", "Nutsvoorzieningen", "drinkwatervoorziening; energievoorziening"),
        ("3", "Kleinschalig hoogwaardig gebruik",
         "tijdelijke beregening van kapitaalintensieve gewassen; verwerking van industrieel proceswater"),
        ("4", "Overige belangen (economische afweging, ook voor natuur)",
         "scheepvaart; landbouw; natuur voor zover geen onomkeerbare schade; industrie; waterrecreatie; "
         "binnenvisserij"),
    ),
    widths=(0.9, 2.0, 3.1),
    rules="rows",
)

CH3 = (
    H("3  Verdelen bij schaarste: regels en regie"),
    Columns(blocks=(
        H2("3.1  De verdringingsreeks"),
        P("Wanneer er onvoldoende water is voor alle gebruikers, bepaalt de verdringingsreeks welke belangen "
          "voorgaan. De reeks is vastgelegd in de regelgeving onder de Omgevingswet en geldt voor het "
          "oppervlaktewater in heel Nederland. Zij kent vier categorieën, die in tabel 2 zijn samengevat. Binnen de "
          "eerste twee categorieën is de rangorde vastgelegd; binnen de derde en vierde categorie vindt een "
          "afweging plaats op basis van de maatschappelijke en economische schade."),
    )),
    P("Tabel 2  De landelijke verdringingsreeks op hoofdlijnen", bold=True),
    TABLE_2,
    Columns(blocks=(
        H3("Categorie 4 is ongesorteerd"),
        P("Het probleem zit vooral in de vierde categorie. Daarin vallen de scheepvaart, de landbouw, de natuur "
          "voor zover er geen onomkeerbare schade dreigt, de industrie en de recreatie: samen verreweg het grootste "
          "deel van het watergebruik. Voor deze categorie schrijft de reeks alleen voor dat de schade zo klein "
          "mogelijk moet blijven. Hoe dat moet worden bepaald, en wie daarover beslist, is niet vastgelegd."),
        P("In de praktijk maken de waterbeheerders die afweging per situatie. In 2022 leidde dat in het ene "
          "beheergebied tot een beperking voor de landbouw en in het aangrenzende gebied tot een beperking voor de "
          "scheepvaart. Beide besluiten waren verdedigbaar, maar voor gebruikers die over de grenzen heen werken, "
          "was het verschil niet uit te leggen. Verschillende gesprekspartners wezen erop dat de afweging bovendien "
          "onder grote tijdsdruk plaatsvindt, op een moment dat de belangen hoog zijn en de informatie beperkt."),
        P("De commissie vindt dat een keuze die zo ingrijpend is, niet midden in een crisis moet worden gemaakt. "
          "Vooraf kan worden bepaald welke functies bij langdurige schaarste als eerste worden beperkt en welke zo "
          "lang mogelijk worden ontzien. Dat geeft gebruikers de kans zich voor te bereiden, en het geeft de "
          "waterbeheerders houvast."),
        *A(1),
        H3("De regie bij een landelijk tekort"),
        P("Bij een dreigend watertekort komt de Landelijke Coördinatiecommissie Waterverdeling bijeen. Daarin zijn "
          "Rijkswaterstaat, de waterschappen, de provincies en de drinkwatersector vertegenwoordigd. De commissie "
          "adviseert over de verdeling van het water en over maatregelen; de besluiten worden genomen door de "
          "afzonderlijke waterbeheerders. Wanneer het tekort ernstig wordt, kan het besluit naar het Managementteam "
          "Watertekorten en uiteindelijk naar de minister worden getild."),
        P("Die structuur werkt goed zolang de betrokken partijen het eens zijn. In 2022 bleek echter dat "
          "besluiten die voor het ene gebied gunstig zijn en voor het andere nadelig, lang kunnen blijven liggen. "
          "Het doorzetten van een verdeling tegen de wens van een regio in is in de huidige structuur niet "
          "voorzien: iedere beheerder besluit over zijn eigen systeem. De juridische analyse die de commissie liet "
          "uitvoeren, bevestigt dat het Rijk bij een tekort weinig instrumenten heeft om in de regionale "
          "waterverdeling in te grijpen."),
        P("De commissie is van oordeel dat in een langdurig tekort iemand het overzicht moet hebben en de knoop "
          "moet kunnen doorhakken. Dat betekent niet dat de verantwoordelijkheid van de waterschappen en provincies "
          "verdwijnt. Het betekent wel dat er één aanspreekpunt is dat de belangen van de verschillende regio's "
          "tegen elkaar kan afwegen, en dat de bevoegdheid heeft om dat ook te doen."),
        *A(2),
        *A(3),
    )),
    PageBreak(),
)

CH4 = (
    H("4  Het hoofdwatersysteem"),
    Columns(blocks=(
        H2("4.1  De rol van Rijkswaterstaat"),
        P("Rijkswaterstaat beheert de grote rivieren, het IJsselmeer en het Markermeer, de kanalen en de grote "
          "wateren in het zuidwesten. Via dit hoofdwatersysteem wordt zoet water aangevoerd naar grote delen van "
          "West- en Noord-Nederland. De verdeling van het Rijnwater over de Waal, de Nederrijn en de IJssel wordt "
          "gestuurd met de stuwen in de Nederrijn en met het beheer van het IJsselmeer als grote zoetwatervoorraad."),
        H2("4.2  Het IJsselmeer als buffer"),
        P("Het IJsselmeer en het Markermeer zijn de grootste zoetwatervoorraad van Nederland. Sinds enkele jaren "
          "werkt Rijkswaterstaat met een flexibel peilbeheer, waarbij het peil in het voorjaar iets kan worden "
          "opgezet om een buffer voor de zomer te vormen. In de praktijk wordt die ruimte beperkt benut, onder meer "
          "omdat het peilbesluit strikte grenzen stelt en omdat bij een hoog voorjaarspeil rekening moet worden "
          "gehouden met de veiligheid van de oevers en met natuur in de buitendijkse gebieden."),
        P("Berekeningen die de commissie heeft laten maken, laten zien dat een buffer van twintig centimeter extra "
          "bij het begin van het groeiseizoen ongeveer vierhonderd miljoen kubieke meter water oplevert. Daarmee kan "
          "de aanvoer naar Noord-Nederland en naar een deel van West-Nederland in een droge zomer enkele weken langer "
          "op peil worden gehouden. De gevolgen voor oevers en natuur zijn beheersbaar, mits het peil in het najaar "
          "weer wordt verlaagd."),
        *A(4),
        H2("4.3  Investeringen in de aanvoer"),
        P("Het Deltaprogramma Zoetwater heeft in de afgelopen jaren een reeks maatregelen in gang gezet om de "
          "aanvoer van zoet water robuuster te maken, zoals de verbetering van de wateraanvoer naar West-Nederland "
          "en de aanpassing van inlaatpunten. Deze maatregelen worden gefinancierd uit het Deltafonds en door de "
          "regio's. De commissie constateert dat de beschikbare middelen na 2027 sterk afnemen, terwijl de "
          "knelpuntenanalyses laten zien dat de opgave groter wordt."),
        P("De commissie heeft de nog niet gefinancierde maatregelen uit de regionale zoetwaterstrategieën laten "
          "optellen. Het gaat om een bedrag van ruim anderhalf miljard euro tot 2040, waarvan het grootste deel "
          "betrekking heeft op het hoofdwatersysteem. Zonder een structurele reservering in het Deltafonds worden "
          "die maatregelen steeds opnieuw uitgesteld. Gemeenten, waterschappen en bedrijven hebben behoefte aan "
          "zekerheid over de financiering om hun eigen investeringen daarop af te stemmen."),
        *A(5),
        H2("4.4  Zoutindringing"),
        P("Door de zeespiegelstijging en de lagere rivierafvoeren dringt zout water steeds verder het land in, "
          "zowel via de open verbinding van de Nieuwe Waterweg als via de zeesluizen. Elke keer dat een zeesluis "
          "wordt geschut, komt er een hoeveelheid zout water het zoete kanaal of meer binnen. Bij de grote sluizen "
          "gaat het om aanzienlijke hoeveelheden, die met extra zoet water moeten worden weggespoeld."),
        P("Bij een aantal sluizen zijn in de afgelopen jaren met goed resultaat bellenschermen en andere "
          "zoutwerende voorzieningen beproefd. De commissie is van oordeel dat de tijd van proeven voorbij is. De "
          "techniek werkt en de kosten zijn beperkt in verhouding tot de hoeveelheid zoet water die ermee wordt "
          "bespaard."),
        *A(6),
    )),
)

CH5 = (
    H("5  Het regionale watersysteem en het grondwater"),
    Columns(blocks=(
        H2("5.1  Wie gaat waarover?"),
        P("De waterschappen beheren de regionale wateren: de sloten, vaarten, beken en boezems. Zij stellen de "
          "peilen vast en besluiten over de inlaat van water en over beregeningsverboden uit oppervlaktewater. De "
          "provincies zijn bevoegd gezag voor de grotere grondwateronttrekkingen, onder meer voor de "
          "drinkwatervoorziening en de industrie, en stellen in hun omgevingsverordening regels voor kleinere "
          "onttrekkingen. Voor beregening uit grondwater gelden per provincie verschillende drempels, waaronder "
          "geen vergunning nodig is en soms ook geen melding."),
        H2("5.2  Onbekend gebruik"),
        P("Een van de meest opvallende bevindingen van de commissie is hoe weinig bekend is over het feitelijke "
          "gebruik van water. Van de grote onttrekkingen voor drinkwater en industrie zijn de hoeveelheden goed "
          "bekend. Maar van de tienduizenden beregeningsputten in de landbouw is een groot deel niet geregistreerd, "
          "en waar zij wel geregistreerd zijn, wordt de onttrokken hoeveelheid vaak niet gemeten. Schattingen van "
          "het totale gebruik voor beregening in een droog jaar lopen uiteen van honderd tot meer dan "
          "driehonderd miljoen kubieke meter."),
        P("Dat gebrek aan zicht heeft gevolgen. Zonder betrouwbare gegevens kunnen waterschappen en provincies "
          "niet beoordelen of de grondwaterstand daalt door het weer of door het gebruik, en kunnen zij niet "
          "bepalen hoeveel ruimte er nog is voor nieuwe onttrekkingen. Ook voor de rangorde die de commissie in "
          "hoofdstuk 3 voorstelt, is kennis van het gebruik een voorwaarde."),
        *A(7),
        H2("5.3  Verschillende regels voor hetzelfde water"),
        P("In een droge zomer stellen de waterschappen beregeningsverboden in voor het onttrekken van "
          "oppervlaktewater. Zij doen dat op basis van hun eigen criteria en op hun eigen moment. Akkerbouwers met "
          "percelen aan weerszijden van een waterschapsgrens kregen in 2022 te maken met een verbod aan de ene kant "
          "en geen verbod aan de andere kant, terwijl het om hetzelfde water ging. Ook de uitzonderingen, "
          "bijvoorbeeld voor kapitaalintensieve teelten of voor het drenken van vee, verschillen per waterschap."),
        P("De waterschappen hebben in de afgelopen jaren al stappen gezet om hun beleid op elkaar af te stemmen. "
          "De commissie waardeert dat, maar stelt vast dat de afstemming nog vrijblijvend is en vooral afhangt van "
          "de goede wil in een bepaald stroomgebied."),
        *A(8),
        H2("5.4  Het grondwater op de zandgronden"),
        P("Op de hoge zandgronden is het grondwater de enige bron van betekenis in een droge zomer. Het grondwater "
          "is hier de afgelopen decennia gestaag gedaald, door ontwatering, door onttrekkingen en door de "
          "veranderende neerslag. De provincies hebben de bevoegdheid om onttrekkingen te reguleren, maar de "
          "drempels waaronder geen melding nodig is, verschillen sterk. In sommige provincies mag een agrariër zonder "
          "enige registratie tientallen kubieke meters per uur oppompen."),
        P("De commissie acht het niet houdbaar dat een zo belangrijke bron in een deel van het land buiten beeld "
          "blijft. Een meldplicht is een lichte verplichting die weinig administratieve last met zich meebrengt, "
          "maar die wel het noodzakelijke zicht geeft. Omdat het grondwater zich niet aan provinciegrenzen houdt, "
          "moet die plicht volgens de commissie landelijk gelden."),
        *A(9),
        H2("5.5  Water vasthouden"),
        P("De beste voorbereiding op een droge zomer is een natte winter benutten. In veel gebieden wordt het "
          "water in de winter en het voorjaar zo snel mogelijk afgevoerd, een erfenis van een tijd waarin "
          "wateroverlast het grootste probleem was. Door sloten minder diep te ontwateren, stuwen te plaatsen en "
          "de bodem beter water te laten opnemen, kan een aanzienlijk deel van dat water in het gebied worden "
          "gehouden."),
        P("De provincies en waterschappen onderschrijven het belang hiervan, en in de regionale waterprogramma's "
          "staan veel goede voornemens. Wat ontbreekt, is een meetbaar doel. Zonder zo'n doel is niet vast te "
          "stellen of de inspanningen voldoende zijn, en blijven de maatregelen afhankelijk van de beschikbare "
          "middelen in een bepaald jaar."),
        *A(10),
    )),
)

CH6 = (
    H("6  Landbouw en drinkwater"),
    Columns(blocks=(
        H2("6.1  De landbouw"),
        P("De landbouw gebruikt in een droge zomer het meeste zoete water, en ondervindt tegelijk de grootste "
          "schade van een tekort. De sector is zich daarvan bewust. Veel ondernemers investeren in "
          "bodemverbetering, in efficiëntere beregening en in de opslag van water. Toch wordt er op grote schaal "
          "beregend met technieken waarbij een groot deel van het water verdampt voordat het de plant bereikt, en "
          "wordt er weinig rekening gehouden met de beschikbaarheid van water bij de keuze van teelten."),
        P("De commissie ziet twee redenen waarom het tempo van verandering achterblijft. In de eerste plaats is "
          "grondwater voor de gebruiker vrijwel gratis: de kosten bestaan uit de pomp en de energie, niet uit het "
          "water zelf. De schaarste komt dus niet tot uitdrukking in de prijs. In de tweede plaats zijn "
          "waterbesparende technieken zoals druppelirrigatie duur in aanschaf en verdienen zij zich pas na een "
          "aantal jaren terug, terwijl veel ondernemers onzeker zijn over hun toekomst."),
        P("De commissie is ervan overtuigd dat een combinatie van beprijzing en ondersteuning nodig is. Een "
          "heffing maakt de schaarste zichtbaar; een stimuleringsprogramma helpt ondernemers de overstap te maken. "
          "Door de opbrengst van de heffing terug te laten vloeien naar de sector, wordt voorkomen dat de "
          "maatregel een lastenverzwaring wordt."),
        *A(11),
        *A(12),
        H2("6.2  De drinkwatervoorziening"),
        P("De drinkwatervoorziening staat in de verdringingsreeks in categorie 2 en heeft daarmee voorrang boven "
          "de meeste andere gebruiksfuncties. Dat betekent niet dat de levering vanzelfsprekend is. De "
          "drinkwaterbedrijven hebben in piekperioden weinig reservecapaciteit, en bij enkele bedrijven was die "
          "reserve in 2022 vrijwel volledig benut. Nieuwe winningen zijn moeilijk te realiseren, omdat de ruimte in "
          "de ondergrond en aan de oppervlakte schaars is en de procedures lang duren."),
        P("De wet verplicht de drinkwaterbedrijven tot een doelmatige en duurzame levering, maar bevat geen "
          "kwantitatieve norm voor de leveringszekerheid bij droogte. Elk bedrijf bepaalt zelf hoeveel reserve het "
          "aanhoudt. De commissie vindt dat voor een zo essentiële voorziening een gedeelde norm nodig is, zodat "
          "duidelijk is waarop de bedrijven zich moeten voorbereiden en waarop zij kunnen worden aangesproken."),
        *A(13),
    )),
)

CH7 = (
    H("7  Conclusies"),
    Columns(blocks=(
        P("Nederland heeft in de afgelopen jaren geleerd dat droogte geen zeldzaamheid is. De organisaties die "
          "het water beheren, hebben in de droge zomers hard gewerkt en veel schade voorkomen. De commissie "
          "concludeert echter dat de voorbereiding op een langdurig tekort tekortschiet. De regels voor de "
          "verdeling zijn niet af, de regie is te vrijblijvend, het zicht op het gebruik ontbreekt en de "
          "investeringen in de aanvoer zijn niet voor de lange termijn geborgd."),
        P("De aanbevelingen in de voorgaande hoofdstukken richten zich op deze vier punten. Zij vragen het meest "
          "van het Rijk, omdat de verdeling tussen regio's en de aanvoer via het hoofdwatersysteem landelijke "
          "vraagstukken zijn. Maar de commissie wil ook benadrukken dat het grootste deel van de winst in de "
          "regio te behalen valt: in het vasthouden van water, in het beheer van het grondwater en in de keuzes "
          "van de gebruikers zelf."),
        P("Het belangrijkste instrument waarover de waterschappen daarvoor beschikken, is het peilbesluit. In "
          "veel landbouwgebieden wordt het peil in het voorjaar nog laag gehouden om de percelen vroeg berijdbaar "
          "te maken. Daardoor verdwijnt juist in de weken voordat de droogte begint, veel water naar zee. Een "
          "enkele centimeter hoger peil in het voorjaar kan op de zandgronden het verschil maken tussen een "
          "beregeningsverbod in juni of in augustus."),
        plain_rec("14", REC_14, "OTHER"),
        P("Dat zal niet overal zonder gevolgen voor de landbouw kunnen, en de commissie erkent dat het aanpassen "
          "van peilbesluiten een zorgvuldige procedure vraagt. Juist daarom is het van belang er nu mee te beginnen."),
        P("Voor de drinkwatervoorziening op de lange termijn zijn de aanvullende strategische voorraden van "
          "belang: grondwatervoorraden die worden gereserveerd voor toekomstige winning. De provincies hebben deze "
          "voorraden in de afgelopen jaren aangewezen, maar de bescherming ervan is nog niet overal in regels "
          "vastgelegd. Andere onttrekkingen en bodemgebruik die de kwaliteit kunnen aantasten, zijn in die "
          "gebieden vaak nog toegestaan."),
        plain_rec("15", REC_15, "OTHER"),
        P("Ten slotte: een droge zomer is geen moment om over de verdeling van water te onderhandelen. Wie nu de "
          "keuzes maakt, hoeft ze straks niet in haast te maken. De commissie hoopt dat dit advies daaraan "
          "bijdraagt."),
    )),
)

ANNEX = (
    H("Bijlage  Samenstelling en gesprekspartners"),
    Columns(blocks=(
        H2("Samenstelling van de commissie"),
        bullets(
            "prof. dr. ir. A.M. ter Harmsel, voorzitter",
            "mr. J.K. Bouwhuis-Lammers, lid",
            "ir. R. de Vlieger, lid",
            "dr. S. Oudenhoven, lid",
            "ing. H.P. Wassink, lid",
            "drs. N. El Aoufi, lid",
            "dr. ir. T.W. Gerritsma, lid",
        ),
        P("Secretariaat: drs. L.M. Verhagen (secretaris), ir. K. Stoop, M. Zandbergen MSc en J. Hofman."),
        H2("Gesprekspartners"),
        P("De commissie sprak onder meer met vertegenwoordigers van de volgende organisaties:"),
        bullets(
            "Rijkswaterstaat (landelijk en drie regionale diensten)",
            "acht waterschappen en de Unie van Waterschappen",
            "zes provincies en het Interprovinciaal Overleg",
            "vijf drinkwaterbedrijven en hun koepelorganisatie",
            "land- en tuinbouworganisaties en individuele ondernemers",
            "natuurorganisaties en terreinbeheerders",
            "organisaties uit de binnenvaart",
            "kennisinstituten en universiteiten",
        ),
    )),
)

REPORT = Document(
    title="Schaarste verdelen",
    subtitle="Advies van de Adviescommissie Waterschaarste over de verdeling van zoet water bij droogte",
    blocks=FRONT + CH1 + CH2 + CH3 + CH4 + CH5 + CH6 + CH7 + ANNEX,
    running_header="Adviescommissie Waterschaarste  |  Schaarste verdelen  |  juni 2025",
    footer="{page}",
    font_size=10.0,
    title_page=True,
    font_family="sans",
    imprint=("Adviescommissie Waterschaarste", "Den Haag, juni 2025"),
)

# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV_11 = ("Die heffing voert het kabinet niet in: zij treft vooral ondernemers die nu nog weinig alternatieven "
         "hebben, en de opbrengst zou grotendeels opgaan aan de kosten van meting en inning.")
EV_12 = ("Wel stelt de minister van LVVN voor de jaren 2026 tot en met 2029 € 25 miljoen beschikbaar voor een "
         "stimuleringsprogramma voor waterbesparende beregening en droogtebestendige teelten.")

LETTER = (
    P("Geachte voorzitter,"),
    P("Op 26 juni 2025 heeft de Adviescommissie Waterschaarste mij haar advies 'Schaarste verdelen' aangeboden. Met "
      "deze brief bied ik u, mede namens de minister van Landbouw, Visserij, Voedselzekerheid en Natuur, de "
      "kabinetsreactie op dit advies aan. Ik dank de commissie, en in het bijzonder haar voorzitter, voor het "
      "heldere en goed onderbouwde advies, dat in korte tijd tot stand is gekomen."),
    P("De commissie schreef haar advies in een voorjaar dat opnieuw uitzonderlijk droog was. In mei 2025 was het "
      "neerslagtekort in grote delen van het land hoger dan in hetzelfde deel van het jaar 2018, en verschillende "
      "waterschappen stelden al vroeg in het seizoen beperkingen in. Dat onderstreept de urgentie van het "
      "onderwerp."),
    P("Het kabinet werkt al sinds geruime tijd aan een betere zoetwatervoorziening. In het Deltaprogramma "
      "Zoetwater werken Rijk, provincies, waterschappen en gebruikers samen aan maatregelen in het "
      "hoofdwatersysteem en in de regio's, en met het beleid 'Water en bodem sturend' is vastgelegd dat bij "
      "ruimtelijke keuzes rekening wordt gehouden met de beschikbaarheid van water. Het advies van de commissie "
      "komt op een moment dat het Deltaprogramma wordt herijkt en is daarvoor een waardevolle bouwsteen."),
    H2("Hoofdlijnen"),
    P("Het kabinet deelt de hoofdboodschap van de commissie: wie pas verdeelt als het water op is, verdeelt te laat. "
      "Nederland moet zich structureel voorbereiden op droge zomers, en daarbij hoort dat vooraf duidelijk is "
      "welke belangen voorgaan."),
    P("De commissie constateert dat de afstemming tussen de regio's bij een landelijk tekort te vrijblijvend is en "
      "dat besluiten in 2022 te lang bleven liggen. Dat beeld herken ik. Ook de betrokken waterbeheerders hebben "
      "dat in de evaluatie van die zomer naar voren gebracht. In de bijlage ga ik in op de vraag hoe de regie "
      "naar het oordeel van het kabinet het beste kan worden versterkt."),
    P("Ook de landbouw zal met minder water moeten leren werken. De commissie stelt voor een heffing in te voeren op "
      "het onttrekken van grondwater voor beregening. " + EV_11 + " " + EV_12 + " Het programma gaat op 1 maart "
      "2026 open en wordt samen met de sector en de waterschappen vormgegeven.",
      answers=(Answer("11", "disagree", EV_11), Answer("12", "agree", EV_12))),
    P("Voor de drinkwatervoorziening hebben de provincies op grond van de Drinkwaterwet een zorgplicht voor de "
      "beschikbaarheid van voldoende bronnen. Zij hebben daartoe in de afgelopen jaren aanvullende strategische "
      "voorraden aangewezen en stellen regels voor het gebruik van de grond boven die voorraden. Het Rijk "
      "ondersteunt de provincies daarbij met kennis en met de landelijke drinkwaterverkenning."),
    P("In de bijlage bij deze brief reageert het kabinet per aanbeveling op het advies. Ik zal uw Kamer in het "
      "voorjaar van 2026 informeren over de voortgang, in samenhang met de herijking van het Deltaprogramma."),
    P("Hoogachtend,"),
    P("de minister van Infrastructuur en Waterstaat,"),
    P("drs. P.J. Oosterwijk-Blom"),
)

EV_1 = "Het kabinet neemt deze aanbeveling over."
EV_2 = "Een droogteregisseur met doorzettingsmacht acht het kabinet echter niet opportuun."
EV_3 = "Zie de reactie op aanbeveling 2."
EV_4 = ("Rijkswaterstaat houdt vanaf 1 maart 2026 in het IJsselmeer en het Markermeer een voorjaarspeil aan dat "
        "twintig centimeter hoger ligt dan het huidige streefpeil.")
EV_5 = ("Het kabinet stelt voor de jaren 2026 tot en met 2028 in totaal € 90 miljoen extra beschikbaar, maar legt "
        "zich nu niet vast op een structurele reeks van € 150 miljoen per jaar.")
EV_6 = ("Rijkswaterstaat begint in 2026 bij twee zeesluizen met een proef met bellenschermen; of ook de overige "
        "zeesluizen zulke voorzieningen krijgen, besluit het kabinet na de evaluatie van de proef in 2028.")
EV_7 = ("De ministeries van IenW en LVVN laten in 2026 samen met de provincies en de waterschappen een landelijke "
        "inventarisatie uitvoeren van alle onttrekkingen van grond- en oppervlaktewater, ook van de onttrekkingen "
        "die nu niet vergunning- of meldplichtig zijn.")
EV_9 = "Een landelijke meldplicht voegt het kabinet daar niet aan toe."
EV_10 = ("Of een kwantitatief doel per deelgebied haalbaar en zinvol is, verkent het kabinet in 2026 met het "
         "Interprovinciaal Overleg en de Unie van Waterschappen.")
EV_11_TABLE = "Het kabinet neemt deze aanbeveling niet over."
EV_12_TABLE = ("De regeling wordt uitgevoerd door RVO; de eerste openstelling is op 1 maart 2026, met een budget van "
               "€ 8 miljoen.")
EV_13 = "Het kabinet onderschrijft deze aanbeveling."
EV_14 = ("Het kabinet steunt deze aanbeveling en heeft in het Bestuurlijk Overleg Water van oktober 2025 met de "
         "Unie van Waterschappen afgesproken dat alle waterschappen hun peilbesluiten voor landbouwgebieden vóór "
         "2028 op deze manier aanpassen.")

ANNEX_TABLE = Table(
    header=("Nr.", "Aanbeveling (kort)", "Reactie kabinet"),
    rows=(
        ("1", "Verdringingsreeks herzien; vaste rangorde binnen categorie 4",
         Cell(EV_1 + " De herziene verdringingsreeks wordt opgenomen in een wijziging van het Besluit kwaliteit "
              "leefomgeving, die in het voorjaar van 2026 in consultatie gaat en op 1 januari 2027 in werking "
              "treedt. Bij het bepalen van de rangorde binnen categorie 4 worden de gebruikers en de "
              "waterbeheerders nauw betrokken.",
              answers=(Answer("1", "agree", EV_1),))),
        ("2", "Landelijke droogteregisseur met doorzettingsmacht",
         Cell("Het kabinet deelt de analyse van de commissie dat de afstemming tussen de regio's in 2022 te veel tijd "
              "kostte en dat de rollen niet voor iedereen helder waren.\n" + EV_2 + " Zo'n functie past niet bij de "
              "verdeling van verantwoordelijkheden in het waterbeheer, waarin Rijkswaterstaat en de waterschappen "
              "elk hun eigen watersysteem beheren en de Landelijke Coördinatiecommissie Waterverdeling de "
              "afstemming verzorgt. Het kabinet versterkt in plaats daarvan die coördinatiecommissie: zij krijgt "
              "een vast secretariaat bij Rijkswaterstaat en komt bij een dreigend tekort voortaan binnen 48 uur "
              "bijeen.",
              answers=(Answer("2", "disagree", EV_2),))),
        ("3", "Wettelijke bevoegdheid om onttrekkingen in een regio te beperken",
         Cell(EV_3, answers=(Answer("3", "disagree", EV_3),))),
        ("4", "Extra buffer van 20 cm in IJsselmeer en Markermeer vanaf voorjaar 2026",
         Cell(EV_4 + " Het peilbesluit IJsselmeergebied wordt daartoe in december 2025 gewijzigd. De gevolgen "
              "voor oevers, natuur en buitendijkse gebieden zijn bij de voorbereiding onderzocht en blijken "
              "beheersbaar.",
              answers=(Answer("4", "agree", EV_4),))),
        ("5", "Structureel € 150 miljoen per jaar uit het Deltafonds voor zoetwater",
         Cell("Het kabinet erkent dat de zoetwateropgave in het hoofdwatersysteem groter is dan waarmee in het "
              "Deltafonds nu rekening wordt gehouden. " + EV_5 + " Over de middelen na 2028 besluit het kabinet "
              "op basis van de herijking van het Deltaprogramma.",
              answers=(Answer("5", "partial", EV_5),))),
        ("6", "Zoutwerende voorzieningen bij alle zeesluizen vóór 2030",
         Cell("Het beperken van de zoutindringing is voor de zoetwatervoorziening van West-Nederland van groot "
              "belang. " + EV_6,
              answers=(Answer("6", "partial", EV_6),))),
        ("7", "Onttrekkingen per sector en regio in kaart brengen",
         Cell(EV_7 + " De resultaten worden uiterlijk in december 2026 aan uw Kamer gezonden. Voor de "
              "inventarisatie is € 2,5 miljoen gereserveerd.",
              answers=(Answer("7", "agree", EV_7),))),
        ("8", "Beregeningsverboden per stroomgebied afstemmen",
         Cell("Agrariërs met percelen in het gebied van meer dan één waterschap krijgen nu soms met verschillende "
              "regels te maken. De Unie van Waterschappen heeft in 2024 een handreiking opgesteld voor de "
              "afstemming van beregeningsverboden tussen aangrenzende waterschappen. De waterschappen gaan hier "
              "zelf over.")),
        ("9", "Landelijke meldplicht voor grondwateronttrekkingen voor beregening",
         Cell("Provincies kunnen in hun omgevingsverordening nu al een meldplicht of vergunningplicht instellen "
              "voor onttrekkingen onder de drempels, en een aantal provincies doet dat ook. " + EV_9 + " De "
              "inventarisatie bij aanbeveling 7 zal laten zien waar het zicht op kleine onttrekkingen "
              "tekortschiet; de provincies kunnen die uitkomsten benutten.",
              answers=(Answer("9", "disagree", EV_9),))),
        ("10", "Kwantitatief doel voor het vasthouden van water in de regionale waterprogramma's",
         Cell("Het vasthouden van water is een kern van het beleid 'Water en bodem sturend'. " + EV_10 + " Op "
              "basis daarvan bezien de partijen of de regionale waterprogramma's worden aangepast.",
              answers=(Answer("10", "partial", EV_10),))),
        ("11", "Heffing op grondwateronttrekking voor beregening",
         Cell(EV_11_TABLE + " Zie de toelichting in de brief.",
              answers=(Answer("11", "disagree", EV_11_TABLE),))),
        ("12", "Stimuleringsprogramma waterbesparende beregening en droogtebestendige teelten",
         Cell("Zie de brief. " + EV_12_TABLE,
              answers=(Answer("12", "agree", EV_12_TABLE),))),
        ("13", "Norm voor leveringszekerheid van drinkwater bij droogte",
         Cell(EV_13 + " De minister van IenW stelt de norm op in overleg met de drinkwaterbedrijven en hun "
              "koepelorganisatie en legt haar vast in het Drinkwaterbesluit. Het ontwerpbesluit wordt in het "
              "najaar van 2026 aan uw Kamer voorgelegd.",
              answers=(Answer("13", "agree", EV_13),))),
        ("14", "Hoger voorjaarspeil in de peilbesluiten voor landbouwgebieden (hoofdstuk 7)",
         Cell(EV_14 + " Het Rijk draagt via het Deltaprogramma Zoetwater bij aan de kosten van de benodigde "
              "stuwen.",
              answers=(Answer("14", "agree", EV_14),))),
    ),
    widths=(0.55, 2.2, 4.6),
    rules="grid",
)

RESPONSE_BLOCKS = LETTER + (
    PageBreak(),
    H("Bijlage  Reactie per aanbeveling"),
    P("In deze bijlage reageert het kabinet op de aanbevelingen uit het advies 'Schaarste verdelen'. De korte "
      "omschrijving in de tweede kolom is van het kabinet; voor de volledige tekst wordt verwezen naar het advies. "
      "De aanbeveling over de peilbesluiten uit hoofdstuk 7 van het advies is als nummer 14 opgenomen."),
    ANNEX_TABLE,
)

RESPONSE = Document(
    title="Ministerie van Infrastructuur en Waterstaat",
    subtitle=("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n"
              "Datum: 14 november 2025\n"
              "Betreft: Kabinetsreactie op het advies 'Schaarste verdelen' van de Adviescommissie Waterschaarste"),
    blocks=RESPONSE_BLOCKS,
    running_header="Kabinetsreactie op het advies 'Schaarste verdelen'",
    footer="Pagina {page} van {pages}",
    font_size=10.5,
    title_page=False,
    font_family="serif",
)

PAIR = Pair(
    name="water_shortage_delta_committee",
    report=REPORT,
    response=RESPONSE,
    description=__doc__,
)
