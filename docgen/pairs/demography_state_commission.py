"""Pair: a fictional Staatscommissie Bevolking en Voorzieningen 2050 on demographic change, and the cabinet's answer.

Layout traits this pair tests: a serif report with a title page and a running header, numbered chapters, a
two-column summary that repeats the fifteen "bouwstenen" in one sentence each (a "1)" list, duplicates of chapter
7), bulleted lists of questions and working methods, a ruled table of population figures, and a chapter 6
"Scenario's" with a lettered list (a.-d.) whose items read like policy ("In dit scenario verhoogt het kabinet ...")
but are no recommendations.  Chapter 7 "Bouwstenen voor beleid" numbers the bouwstenen 1-15 continuously across
five themed level-2 sections, each item 2-3 sentences.

The response is a sans letter (no title page) from the minister of SZW, also on behalf of VRO, VWS, OCW and AenM.
It opens with the blanket "Het kabinet onderschrijft de richting van het advies en neemt de meeste bouwstenen
over." (no position on any single one), describes the state of affairs and picks scenario b (a position on a
scenario, not a bouwsteen), then answers per number in paragraphs opening "Bouwsteen N.".  Gold positions:
 1 agree    - no cue word: a bill with consultation and commencement dates (loondoorbetaling 13 -> 6 weeks).
 2 partial  - higher arbeidskorting yes, toeslagen phase-out no ("neemt deze bouwsteen daarom slechts voor een deel over").
 3 not_addressed - "is in lijn met de Arbeidsmarktagenda" followed only by existing programmes.
 4 disagree - polite: "acht het kabinet niet wenselijk", after describing the existing labour-market test.
 5 agree    - "omarmt deze bouwsteen" plus a regulation from 2027.
 6 partial  - takes over the target of 20.000 homes a year but no binding provincial quota.
 7 agree    - "neemt deze bouwsteen mee in de Nota Ruimte: ..." with a concrete commitment in the same sentence
              (nine regions designated, investment test) -> counted as agree.
 8 partial  - "Ook deze bouwsteen neemt het kabinet mee in de Nota Ruimte." with nothing concrete after it -> partial
              (choice: "meenemen" without a commitment is a half-accept, not an acceptance).
 9 disagree - "gaat niet over tot" a statutory accessibility norm, after sharing the concern (analysis, not measure).
10 partial  - OCW only "verkent" a shorter procedure; in ONE paragraph with 9 (different positions).
11 agree    - answered by subject without its number: existing policy ("sluit aan bij het bestaande beleid") plus a
              new step (EUR 60 million a year from 2027).
12 not_addressed - never mentioned (addressed to provinces and municipalities).
13 not_addressed - "betrekt deze bouwsteen bij de besluitvorming in het voorjaar" (no position now).
14, 15 agree - answered together in one sentence with one verb ("neemt de bouwstenen 14 en 15 over: ...").
All prose is fictional and written for this test set.
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


def H2(text: str) -> Heading:
    return Heading(text, level=2)


def H3(text: str) -> Heading:
    return Heading(text, level=3)


def bullets(*texts: str, style: str = "•") -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style=style)


# number -> (departments, chapter text, summary sentence)
BOUWSTENEN: dict[str, tuple[tuple[str, ...], str, str]] = {
    "1": (("SZW",),
          "Maak het voor werkgevers aantrekkelijker om werknemers die de AOW-leeftijd hebben bereikt in dienst te "
          "houden of te nemen. De minister van Sociale Zaken en Werkgelegenheid beperkt daartoe met ingang van 2027 "
          "de verplichting tot loondoorbetaling bij ziekte voor deze werknemers van dertien tot zes weken. Zo "
          "verdwijnt een financieel risico dat werkgevers nu vaak doet afzien van het langer in dienst houden van "
          "ouderen.",
          "Beperk de loondoorbetaling bij ziekte voor werknemers boven de AOW-leeftijd vanaf 2027 tot zes weken."),
    "2": (("SZW", "FIN"),
          "Zorg dat meer uren werken loont voor deeltijders met een laag of middeninkomen. Het kabinet verhoogt de "
          "arbeidskorting voor inkomens tussen het minimumloon en anderhalf keer modaal en bouwt tegelijk de "
          "inkomensafhankelijkheid van de zorgtoeslag en de huurtoeslag stapsgewijs af. De ministers van Sociale "
          "Zaken en Werkgelegenheid en van Financiën leggen hiervoor uiterlijk bij het Belastingplan 2027 een "
          "uitgewerkt voorstel voor.",
          "Laat meer uren werken lonen door een hogere arbeidskorting en een geleidelijke afbouw van de "
          "inkomensafhankelijkheid van zorg- en huurtoeslag."),
    "3": (("VWS", "OCW"),
          "Benut de mogelijkheden van technologie om arbeid te besparen in de sectoren met de grootste tekorten. De "
          "ministers van Volksgezondheid, Welzijn en Sport en van Onderwijs, Cultuur en Wetenschap stellen daartoe "
          "een gezamenlijk fonds van € 500 miljoen in voor de invoering van arbeidsbesparende innovaties in zorg en "
          "onderwijs, en maken een bijdrage uit dat fonds afhankelijk van aantoonbare tijdwinst voor professionals.",
          "Richt een fonds van € 500 miljoen op voor arbeidsbesparende innovatie in zorg en onderwijs."),
    "4": (("AenM", "SZW"),
          "Stel jaarlijks een indicatief kader vast voor de arbeidsmigratie van buiten de Europese Unie, gebaseerd "
          "op de tekorten per sector en de beschikbare huisvesting. De minister voor Asiel en Migratie en de "
          "minister van Sociale Zaken en Werkgelegenheid verankeren dit kader in de Wet arbeid vreemdelingen en "
          "betrekken gemeenten bij de vaststelling ervan.",
          "Stel jaarlijks een indicatief kader vast voor arbeidsmigratie van buiten de Europese Unie."),
    "5": (("GEMEENTEN", "BZK"),
          "Zorg voor fatsoenlijke huisvesting van arbeidsmigranten. Gemeenten nemen de huisvestingsopgave voor "
          "arbeidsmigranten expliciet op in hun volkshuisvestingsprogramma, en de minister van Volkshuisvesting en "
          "Ruimtelijke Ordening maakt dit verplicht. Dat voorkomt dat arbeidsmigranten terechtkomen in overbewoonde "
          "panden die buiten elk toezicht vallen.",
          "Verplicht gemeenten de huisvesting van arbeidsmigranten op te nemen in hun volkshuisvestingsprogramma."),
    "6": (("BZK",),
          "Versnel de bouw van woningen die geschikt zijn voor ouderen. De minister van Volkshuisvesting en "
          "Ruimtelijke Ordening legt in de woondeals per provincie een bindende taakstelling vast voor geclusterde "
          "en levensloopbestendige woningen, oplopend tot in totaal 20.000 woningen per jaar vanaf 2027. Zo komen "
          "ook gezinswoningen vrij en ontstaat doorstroming op de woningmarkt.",
          "Leg in de woondeals een bindende taakstelling per provincie vast voor 20.000 ouderenwoningen per jaar."),
    "7": (("BZK",),
          "Geef de regio's waar de bevolking de komende decennia krimpt een eigen plaats in het ruimtelijk beleid. De "
          "minister van Volkshuisvesting en Ruimtelijke Ordening wijst in de Nota Ruimte krimp- en "
          "anticipeerregio's aan en stemt de rijksinvesteringen in wonen, infrastructuur en voorzieningen in die "
          "regio's af op de verwachte bevolkingsontwikkeling.",
          "Wijs in de Nota Ruimte krimp- en anticipeerregio's aan en stem rijksinvesteringen af op de "
          "bevolkingsprognose."),
    "8": (("BZK", "OTHER"),
          "Houd kleine kernen leefbaar door jongeren en jonge gezinnen de kans te geven er te blijven wonen. De "
          "minister van Volkshuisvesting en Ruimtelijke Ordening en de provincies maken in de Nota Ruimte en in de "
          "provinciale omgevingsverordeningen kleinschalige woningbouw aan de rand van kernen met minder dan 5.000 "
          "inwoners mogelijk, ook waar die nu buiten het bestaand stads- en dorpsgebied valt.",
          "Maak kleinschalige woningbouw aan de rand van kleine kernen mogelijk."),
    "9": (("VWS",),
          "Waarborg dat inwoners van dunbevolkte regio's binnen een redelijke reistijd zorg kunnen krijgen. De "
          "minister van Volksgezondheid, Welzijn en Sport legt een wettelijke bereikbaarheidsnorm vast voor "
          "huisartsenzorg en spoedeisende hulp, met als uitgangspunt dat iedere inwoner binnen twintig minuten een "
          "huisartsenpost en binnen dertig minuten een afdeling spoedeisende hulp kan bereiken.",
          "Leg een wettelijke bereikbaarheidsnorm vast voor huisartsenzorg en spoedeisende hulp."),
    "10": (("OCW",),
           "Geef scholen in krimpgebieden de ruimte om samen te werken in plaats van te sluiten. De minister van "
           "Onderwijs, Cultuur en Wetenschap maakt het voor openbare en bijzondere scholen eenvoudiger om op te gaan "
           "in één samenwerkingsschool, onder meer door de instemmingsprocedure te verkorten tot ten hoogste zes "
           "maanden.",
           "Maak het voor scholen in krimpgebieden eenvoudiger om een samenwerkingsschool te vormen."),
    "11": (("VWS", "GEMEENTEN"),
           "Investeer in gezond ouder worden, zodat ouderen langer zelfstandig en actief kunnen blijven. De minister "
           "van Volksgezondheid, Welzijn en Sport en de gemeenten breiden het aanbod van valpreventie, "
           "beweegprogramma's en vroegtijdige signalering van kwetsbaarheid uit, en het Rijk stelt daarvoor "
           "structureel extra middelen beschikbaar.",
           "Investeer structureel in valpreventie, beweegprogramma's en vroegsignalering bij ouderen."),
    "12": (("OTHER", "GEMEENTEN"),
           "Maak per regio een voorzieningenagenda die uitgaat van de verwachte bevolkingsopbouw. Provincies en "
           "gemeenten brengen samen in kaart welke voorzieningen over tien en twintig jaar nodig zijn, van scholen "
           "en huisartsen tot winkels en openbaar vervoer, en maken bindende afspraken over de spreiding en bundeling "
           "ervan.",
           "Stel per regio een voorzieningenagenda op die uitgaat van de verwachte bevolkingsopbouw."),
    "13": (("BZK", "FIN"),
           "Houd in de verdeling van het gemeentefonds beter rekening met bevolkingsdaling. De ministers van "
           "Binnenlandse Zaken en Koninkrijksrelaties en van Financiën voeren een krimpfactor in het verdeelmodel "
           "in, zodat gemeenten met een dalend inwonertal hun voorzieningen niet sneller hoeven af te bouwen dan de "
           "vraag daalt.",
           "Voer een krimpfactor in het verdeelmodel van het gemeentefonds in."),
    "14": (("KABINET",),
           "Toets nieuw beleid en nieuwe wetgeving op de gevolgen voor de demografische ontwikkeling en voor regio's "
           "met een krimpende bevolking. Het kabinet neemt daartoe een demografietoets op in het Beleidskompas, die "
           "verplicht is voor voorstellen met gevolgen voor voorzieningen, de arbeidsmarkt of de woningmarkt.",
           "Neem een verplichte demografietoets op in het Beleidskompas."),
    "15": (("KABINET",),
           "Zorg voor een gedeeld en actueel beeld van de bevolkingsontwikkeling. Het kabinet laat het CBS en het "
           "PBL elke vier jaar een gezamenlijke Demografische Verkenning opstellen, met regionale prognoses tot "
           "2050, en zendt bij iedere verkenning een kabinetsstandpunt aan de Tweede Kamer.",
           "Laat CBS en PBL elke vier jaar een Demografische Verkenning met regionale prognoses opstellen."),
}


def bouwstenen(first: int, last: int) -> ItemList:
    """Chapter 7: the bouwstenen ``first``..``last`` as printed, numbered continuously across the sections."""
    items = tuple(ListItem(BOUWSTENEN[str(n)][1], recommendation=Recommendation(str(n), BOUWSTENEN[str(n)][0]))
                  for n in range(first, last + 1))
    return ItemList(items=items, style="1.", start=first)


def summary_list() -> ItemList:
    """The summary: every bouwsteen once more in one sentence, a duplicate of its chapter 7 item."""
    items = tuple(ListItem(summary, recommendation=Recommendation(number, departments, duplicate_of=number))
                  for number, (departments, _, summary) in BOUWSTENEN.items())
    return ItemList(items=items, style="1)")


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H("Voorwoord"),
    P("Nederland verandert van samenstelling, en sneller dan veel mensen beseffen. Het aantal inwoners groeit nog, "
      "maar die groei komt vrijwel geheel voor rekening van migratie. Het aantal ouderen neemt toe, het aantal "
      "mensen in de werkende leeftijd blijft gelijk of daalt. En terwijl de steden en hun randgemeenten blijven "
      "groeien, loopt de bevolking in delen van Groningen, Zeeland, Limburg en de Achterhoek al jaren terug."),
    P("Die twee bewegingen, groei en krimp, vinden tegelijk plaats in één klein land. Zij vragen om beleid dat "
      "verder kijkt dan een kabinetsperiode en dat durft te kiezen. Het kabinet heeft de Staatscommissie Bevolking en "
      "Voorzieningen 2050 gevraagd om die keuzes in beeld te brengen. Wij hebben dat gedaan in de vorm van "
      "bouwstenen: voorstellen die samen een samenhangende aanpak vormen, maar die ook afzonderlijk kunnen worden "
      "opgepakt door het Rijk, de provincies en de gemeenten."),
    P("De commissie heeft in anderhalf jaar tijd gesproken met bestuurders, ondernemers, zorgverleners, "
      "schoolleiders, woningcorporaties, jongeren en ouderen in alle provincies. Wij zijn hun dankbaar voor de tijd "
      "die zij ons gaven en voor de openheid waarmee zij vertelden over wat er in hun dorp, wijk of organisatie "
      "verandert. Hun verhalen hebben ons advies scherper gemaakt."),
    P("Demografie is geen lot. De omvang en de samenstelling van de bevolking worden mede bepaald door keuzes over "
      "migratie, wonen, werk en voorzieningen. Wie nu niet kiest, kiest ook: voor een toekomst waarin de druk op de "
      "Randstad verder toeneemt en de voorzieningen in de regio stap voor stap verdwijnen. Met dit advies hopen wij "
      "bij te dragen aan een bewuste keuze."),
    P("Namens de Staatscommissie Bevolking en Voorzieningen 2050,"),
    P("prof. dr. M.A. Tjoelker-Hendriks, voorzitter"),
    PageBreak(),
    H("Samenvatting"),
    P("Nederland telt in 2025 bijna 18 miljoen inwoners. Volgens de middenvariant van de prognoses die de commissie "
      "heeft laten opstellen, groeit de bevolking tot ongeveer 19,7 miljoen in 2050. Het aantal 67-plussers stijgt in "
      "die periode van 3,1 naar 4,6 miljoen. De groei is ongelijk verdeeld: in 58 gemeenten daalt het inwonertal."),
    P("De commissie trekt drie hoofdconclusies. Ten eerste is de krapte op de arbeidsmarkt geen tijdelijk verschijnsel "
      "maar een blijvend gegeven, dat vooral de zorg, het onderwijs en de techniek raakt. Ten tweede botst de "
      "woningvraag van een vergrijzende bevolking met een woningvoorraad die vooral uit gezinswoningen bestaat. Ten "
      "derde staan voorzieningen in regio's met een dalende bevolking onder druk, terwijl de financiering van "
      "gemeenten en voorzieningen nog grotendeels uitgaat van groei."),
    P("De commissie reikt het kabinet, de provincies en de gemeenten vijftien bouwstenen aan, die samenhangen maar "
      "elk afzonderlijk kunnen worden uitgevoerd. Zij worden in hoofdstuk 7 toegelicht; in het kort luiden zij:"),
    Columns(blocks=(summary_list(),)),
    PageBreak(),
    H("1 Inleiding"),
    H2("1.1 Aanleiding en opdracht"),
    P("In het voorjaar van 2024 besloot het kabinet een staatscommissie in te stellen die zou adviseren over de "
      "gevolgen van demografische veranderingen voor de arbeidsmarkt, het wonen en de voorzieningen. Aanleiding was "
      "het groeiende besef dat vraagstukken die lang afzonderlijk werden behandeld, zoals de krapte op de "
      "arbeidsmarkt, het woningtekort, de toename van arbeidsmigratie en de leefbaarheid van kleine kernen, een "
      "gemeenschappelijke oorzaak hebben in de veranderende omvang en samenstelling van de bevolking."),
    P("De commissie werd ingesteld bij besluit van de minister van Sociale Zaken en Werkgelegenheid, mede namens de "
      "ministers van Binnenlandse Zaken en Koninkrijksrelaties, van Volkshuisvesting en Ruimtelijke Ordening en van "
      "Volksgezondheid, Welzijn en Sport. Zij kreeg de opdracht om te adviseren over de volgende vragen:"),
    bullets(
        "Hoe ontwikkelen de omvang, de leeftijdsopbouw en de regionale spreiding van de bevolking zich tot 2050, en "
        "welke onzekerheden spelen daarbij een rol?",
        "Wat betekenen die ontwikkelingen voor het arbeidsaanbod en voor de sectoren waarin nu al tekorten bestaan?",
        "Welke woningen en welke ruimte zijn nodig voor een bevolking die ouder wordt en deels uit arbeidsmigranten "
        "bestaat?",
        "Hoe kunnen voorzieningen als zorg, onderwijs en openbaar vervoer bereikbaar blijven in regio's waar de "
        "bevolking daalt?",
        "Welke rol hebben het Rijk, de provincies en de gemeenten bij het inspelen op deze ontwikkelingen?",
    ),
    P("De commissie is uitdrukkelijk niet gevraagd om een gewenste bevolkingsomvang vast te stellen. Wel heeft zij de "
      "vrijheid gekregen om de gevolgen van uiteenlopende ontwikkelingen in beeld te brengen, en daarbij ook "
      "keuzes over migratie te betrekken."),
    H2("1.2 Werkwijze"),
    P("De commissie bestond uit negen leden met een achtergrond in de demografie, de economie, het openbaar bestuur, "
      "de ruimtelijke ordening en de zorg (bijlage A). Zij werd ondersteund door een secretariaat van zes "
      "medewerkers. De commissie heeft haar advies opgesteld op basis van:"),
    bullets(
        "regionale bevolkingsprognoses tot 2050, die op haar verzoek in vier varianten zijn opgesteld;",
        "tweeëntwintig werkbezoeken, verspreid over alle provincies, met gesprekken met bestuurders, inwoners en "
        "professionals;",
        "drie rondetafelgesprekken met jongeren uit krimpregio's en met ouderen in stedelijke wijken;",
        "een verkenning van de aanpak in Denemarken, Duitsland en Japan, landen die eerder met vergrijzing en "
        "regionale krimp te maken kregen;",
        "een openbare consultatie over de tussenbalans, waarop 318 reacties binnenkwamen.",
        style="–",
    ),
    P("In februari 2025 publiceerde de commissie een tussenbalans met de voorlopige analyse. De reacties daarop, "
      "onder meer van de VNG, het Interprovinciaal Overleg, werkgevers- en werknemersorganisaties en "
      "patiëntenorganisaties, zijn in dit eindadvies verwerkt."),
    H2("1.3 Leeswijzer"),
    P("Hoofdstuk 2 schetst de demografische ontwikkelingen tot 2050. De hoofdstukken 3, 4 en 5 behandelen de gevolgen "
      "voor respectievelijk werk en inkomen, wonen en ruimte, en voorzieningen. Hoofdstuk 6 beschrijft vier scenario's "
      "die de bandbreedte van mogelijke ontwikkelingen laten zien. Hoofdstuk 7 bevat de bouwstenen voor beleid die de "
      "commissie het kabinet, de provincies en de gemeenten aanreikt."),
    PageBreak(),
    H("2 Bevolking in beweging"),
    H2("2.1 Groei door migratie, vergrijzing door een lange levensduur"),
    P("Sinds 2000 is de Nederlandse bevolking met ruim twee miljoen inwoners gegroeid. Waar die groei tot ongeveer "
      "2010 nog voor een belangrijk deel voortkwam uit een geboorteoverschot, komt zij sindsdien voor het overgrote "
      "deel voort uit migratie. Het aantal geboorten ligt al jaren rond de 165.000 per jaar, het aantal sterfgevallen "
      "nadert dat niveau. Zonder migratie zou de bevolking binnen tien jaar beginnen te krimpen.",
      footnotes=("Berekeningen van de commissie op basis van de bevolkingsstatistiek over de jaren 2000-2024.",)),
    P("Tegelijk wordt de bevolking ouder. De naoorlogse geboortegolf bereikt de leeftijd waarop de behoefte aan zorg "
      "en aangepaste woningen sterk toeneemt, en de levensverwachting blijft stijgen. De commissie verwacht dat het "
      "aantal 80-plussers tussen 2025 en 2050 verdubbelt, van ongeveer 900.000 naar 1,8 miljoen. De tabel hieronder "
      "laat de ontwikkeling per leeftijdsgroep zien in de middenvariant."),
    Table(
        header=("Leeftijdsgroep", "2025", "2035", "2050", "Verandering 2025-2050"),
        rows=(
            ("0 tot 20 jaar", "3,8 mln", "3,8 mln", "3,7 mln", "– 3 %"),
            ("20 tot 67 jaar", "11,0 mln", "11,2 mln", "11,4 mln", "+ 4 %"),
            ("67 tot 80 jaar", "2,2 mln", "2,5 mln", "2,8 mln", "+ 27 %"),
            ("80 jaar en ouder", "0,9 mln", "1,3 mln", "1,8 mln", "+ 100 %"),
            ("Totaal", "17,9 mln", "18,8 mln", "19,7 mln", "+ 10 %"),
        ),
        widths=(2.2, 1.0, 1.0, 1.0, 1.8),
        rules="rows",
    ),
    P("De verhouding tussen het aantal ouderen en het aantal mensen in de werkende leeftijd, de grijze druk, stijgt "
      "daarmee van 33 naar 41 procent. Dat betekent dat steeds minder werkenden de zorg, de pensioenen en de "
      "voorzieningen voor steeds meer ouderen moeten opbrengen en uitvoeren."),
    H2("2.2 Twee bewegingen: stad en regio"),
    P("De groei en de vergrijzing zijn ongelijk over het land verdeeld. Jongeren trekken voor hun opleiding en hun "
      "eerste baan naar de steden en keren daarna maar ten dele terug. Arbeidsmigranten vestigen zich vooral in de "
      "regio's met veel werk in de logistiek, de tuinbouw en de voedingsindustrie. Het gevolg is een land met twee "
      "gezichten: stedelijke regio's die blijven groeien en waar de druk op woningen en ruimte toeneemt, en regio's "
      "aan de randen van het land waar de bevolking krimpt en snel vergrijst."),
    P("In de regio's met een dalende bevolking is het effect op de voorzieningen al zichtbaar. Basisscholen fuseren "
      "of sluiten, dorpswinkels verdwijnen en buslijnen worden ingekort. Huisartsen die met pensioen gaan, vinden "
      "moeilijk een opvolger. Tegelijk laten de gesprekken die de commissie voerde zien dat de betrokkenheid van "
      "inwoners bij hun dorp of wijk groot is, en dat veel initiatieven van onderop ontstaan om voorzieningen "
      "overeind te houden."),
    P("De commissie benadrukt dat krimp niet overal hetzelfde betekent. In sommige regio's daalt vooral het aantal "
      "jongeren, terwijl het aantal huishoudens nog enige tijd stijgt. In andere regio's daalt het aantal inwoners en "
      "huishoudens tegelijk. Beleid moet daarom regionaal worden gedifferentieerd en mag niet uitgaan van één "
      "landelijk beeld.",
      footnotes=("De commissie gebruikt het begrip krimpregio voor regio's waar het aantal inwoners tussen 2025 en "
                 "2040 naar verwachting met meer dan 5 procent daalt, en anticipeerregio voor regio's waar die daling "
                 "na 2030 inzet.",)),
    H2("2.3 Migratie als motor van groei"),
    P("Migratie is de belangrijkste bron van bevolkingsgroei en tegelijk de meest onzekere. Het migratiesaldo "
      "schommelde de afgelopen tien jaar tussen 60.000 en 220.000 per jaar. Arbeidsmigranten uit andere EU-lidstaten "
      "vormen de grootste groep, gevolgd door studenten, kennismigranten en gezinsmigranten. De asielmigratie is in "
      "omvang kleiner, maar trekt de meeste politieke aandacht."),
    P("Arbeidsmigratie vult tekorten op de arbeidsmarkt, maar vraagt ook om huisvesting, onderwijs voor kinderen en "
      "zorg. De commissie constateert dat de kosten en de lasten van arbeidsmigratie vooral bij gemeenten terechtkomen, "
      "terwijl de opbrengsten vooral bij werkgevers en de rijksbegroting neerslaan. Over de omvang en de samenstelling "
      "van arbeidsmigratie worden bovendien weinig bewuste keuzes gemaakt: die volgen grotendeels uit de vraag van "
      "werkgevers."),
    PageBreak(),
    H("3 Werk en inkomen in een vergrijzende samenleving"),
    H2("3.1 Krapte als blijvend gegeven"),
    P("Het aantal mensen in de werkende leeftijd groeit de komende decennia nauwelijks, terwijl de vraag naar arbeid "
      "in de zorg en het onderwijs door de vergrijzing en de groei van de bevolking blijft toenemen. Als de huidige "
      "trends doorzetten, werkt in 2050 een op de vier werkenden in de zorg, tegen een op de zeven nu. Dat is niet "
      "alleen onbetaalbaar, maar ook onhaalbaar: die mensen zijn er simpelweg niet."),
    P("De commissie ziet drie wegen om de krapte het hoofd te bieden: meer mensen aan het werk en meer uren per "
      "werkende, arbeidsbesparing door technologie en een andere organisatie van het werk, en een bewuste inzet van "
      "arbeidsmigratie. Geen van die wegen is op zichzelf toereikend. De commissie bepleit daarom een combinatie, "
      "waarbij de nadruk ligt op de eerste twee."),
    H2("3.2 Langer doorwerken en meer uren"),
    P("Steeds meer mensen werken na hun AOW-leeftijd door, maar hun aantal blijft klein. Werkgevers noemen in "
      "gesprekken met de commissie vooral het risico van langdurige loondoorbetaling bij ziekte als reden om "
      "terughoudend te zijn. Voor werknemers die de AOW-leeftijd hebben bereikt, geldt nu een "
      "loondoorbetalingsverplichting van dertien weken. Dat is korter dan voor andere werknemers, maar in de "
      "beleving van vooral kleine werkgevers nog altijd een aanzienlijk risico."),
    P("Nederland kent daarnaast een van de hoogste percentages deeltijdwerk in Europa. Veel deeltijders zouden meer "
      "uren willen werken, maar zien daarvan weinig terug in hun inkomen. Bij inkomens rond modaal leidt een extra "
      "werkdag door het wegvallen van toeslagen soms tot minder dan vijftig euro netto per maand extra. De commissie "
      "spreekt in dit verband van een deeltijdval: een stelsel dat meer werken ontmoedigt juist in de groepen die "
      "het meest kunnen bijdragen aan het verminderen van de krapte.",
      footnotes=("Berekeningen van de commissie voor een alleenstaande ouder en voor een tweeverdienershuishouden met "
                 "twee kinderen, op basis van de regelgeving per 1 januari 2025.",)),
    H2("3.3 Arbeidsbesparing in zorg en onderwijs"),
    P("De zorg en het onderwijs zijn arbeidsintensief, en zullen dat ook blijven. Toch ziet de commissie ruimte om "
      "de druk te verlichten. Technologie voor medicatiebewaking, slimme zorgplanning en spraakgestuurde verslaglegging "
      "kan het werk van zorgprofessionals aanzienlijk verlichten. In het onderwijs kunnen gedeelde lesmethoden, "
      "digitale toetsing en een andere inrichting van roosters tijd vrijmaken voor lesgeven."),
    P("Dergelijke innovaties worden nu vaak als proef gestart en daarna niet breed ingevoerd. Zorgaanbieders en "
      "schoolbesturen missen de middelen en de tijd om de invoering te organiseren, en de financiering is versnipperd "
      "over vele kleine regelingen. De commissie is van oordeel dat een gerichte en ruime investering nodig is, "
      "gekoppeld aan een harde voorwaarde: de innovatie moet aantoonbaar tijd besparen."),
    H("4 Wonen en ruimte"),
    H2("4.1 Een woningvoorraad die niet past bij de bevolking"),
    P("Het aantal eenpersoonshuishoudens groeit snel, vooral onder ouderen. Tegelijk bestaat de woningvoorraad voor "
      "een groot deel uit eengezinswoningen, die vaak niet zijn aangepast aan de behoeften van ouderen. Veel ouderen "
      "zouden willen verhuizen naar een kleinere, gelijkvloerse woning in de buurt van voorzieningen, maar vinden "
      "die niet. De commissie schat het tekort aan geschikte woningen voor ouderen in 2030 op ruim 200.000."),
    P("Geclusterde woonvormen, waarin ouderen zelfstandig wonen maar gemeenschappelijke ruimten en zorg dichtbij "
      "hebben, blijken in de praktijk goed te werken. Zij verminderen eenzaamheid, stellen de vraag naar intramurale "
      "zorg uit en maken gezinswoningen vrij voor jongere huishoudens. De bouw ervan komt echter moeizaam op gang: "
      "de afspraken in de woondeals zijn vrijblijvend en de aantallen blijven ver achter bij de behoefte."),
    H2("4.2 Huisvesting van arbeidsmigranten"),
    P("Naar schatting 400.000 arbeidsmigranten verblijven op enig moment in Nederland. Een aanzienlijk deel van hen "
      "woont in huisvesting die door of via de werkgever is geregeld, vaak in overbewoonde woningen in "
      "stadswijken of op recreatieparken. De commissie trof bij haar werkbezoeken situaties aan die in strijd zijn "
      "met elke norm van fatsoenlijk wonen. Gemeenten voelen zich vaak overvallen door de komst van grote groepen "
      "arbeidsmigranten en hebben de huisvesting ervan niet in hun woonbeleid opgenomen."),
    H2("4.3 Ruimte in groei- en krimpregio's"),
    P("In de groeiende regio's is de ruimte schaars en moeten woningbouw, bedrijvigheid, landbouw en natuur een "
      "plaats krijgen op dezelfde vierkante kilometers. In de krimpende regio's is ruimte er genoeg, maar ontbreekt "
      "het aan perspectief. Daar gaat het niet om uitbreiding, maar om herstructurering: het slopen of samenvoegen "
      "van woningen die niet meer nodig zijn, en het bundelen van voorzieningen in de kernen die dat kunnen dragen."),
    P("De commissie stelt vast dat het ruimtelijk beleid van het Rijk nog vooral is ingericht op groei. Rijksinvesteringen "
      "in infrastructuur en woningbouw volgen de prognoses voor de groeiregio's, terwijl de krimpregio's vooral "
      "afhankelijk zijn van tijdelijke programma's. Tegelijk horen wij in kleine kernen de wens om juist daar een "
      "beperkt aantal woningen te bouwen, zodat jongeren en jonge gezinnen niet hoeven te vertrekken. Het huidige "
      "beleid om woningbouw te concentreren binnen bestaand stads- en dorpsgebied maakt dat vaak onmogelijk."),
    H("5 Voorzieningen in een krimpende regio"),
    H2("5.1 Zorg op afstand"),
    P("In dunbevolkte regio's nemen de reistijden naar de huisartsenpost en de spoedeisende hulp toe. Ziekenhuizen "
      "concentreren hun acute zorg, huisartsenposten fuseren en ambulances moeten grotere afstanden afleggen. Voor "
      "ouderen zonder eigen vervoer wordt de afstand tot de zorg een reële belemmering. De commissie constateert dat "
      "er geen wettelijke norm bestaat voor de bereikbaarheid van de huisartsenzorg, en dat de bestaande norm voor "
      "de acute zorg in sommige regio's nauwelijks wordt gehaald."),
    P("Tegelijk is preventie de belangrijkste sleutel om de zorgvraag te beperken. Valincidenten bij ouderen leiden "
      "jaarlijks tot meer dan 100.000 bezoeken aan de spoedeisende hulp. Beweegprogramma's en valpreventie blijken "
      "effectief, maar worden door gemeenten in wisselende mate aangeboden, vaak met tijdelijke middelen."),
    H2("5.2 Scholen die verdwijnen"),
    P("Het aantal leerlingen in het basisonderwijs daalt in de krimpregio's de komende tien jaar met 15 tot 25 "
      "procent. Voor veel dorpsscholen betekent dat het einde. De commissie ziet in de samenwerkingsschool, waarin "
      "een openbare en een bijzondere school samengaan, een goede mogelijkheid om onderwijs in de kern te behouden. "
      "De procedure om tot een samenwerkingsschool te komen duurt echter vaak meer dan twee jaar, onder meer door "
      "de vereiste instemming van ouders en personeel bij beide scholen en de lange besluitvorming bij de besturen."),
    H2("5.3 Gemeentefinanciën en regionale afstemming"),
    P("Gemeenten worden voor een groot deel gefinancierd uit het gemeentefonds, waarvan de verdeling sterk afhangt "
      "van het aantal inwoners. Krimpgemeenten zien hun inkomsten daardoor dalen, terwijl de kosten van voorzieningen "
      "niet in hetzelfde tempo afnemen: een school met minder leerlingen of een sporthal met minder gebruikers kost "
      "nagenoeg evenveel. De commissie noemt dit de remanente kosten van krimp."),
    P("Ook ontbreekt het vaak aan regionale afstemming. Gemeenten beslissen elk afzonderlijk over de spreiding van "
      "scholen, sportvoorzieningen en zorglocaties, terwijl inwoners zich over gemeentegrenzen heen verplaatsen. In "
      "de regio's die de commissie bezocht, werkten de provincies en gemeenten waar het goed ging met een gezamenlijk "
      "beeld van de toekomstige bevolking en de voorzieningen die daarbij passen."),
    H2("5.4 Beleid dat demografie over het hoofd ziet"),
    P("Ten slotte stelt de commissie vast dat de gevolgen van beleid voor de bevolkingsontwikkeling zelden worden "
      "meegewogen. Besluiten over de spreiding van rijksdiensten, over de financiering van het openbaar vervoer of "
      "over de toelating van arbeidsmigranten hebben grote demografische gevolgen, maar die komen in de "
      "besluitvorming nauwelijks aan bod. Er is ook geen vaste plek waar de kennis over de demografische ontwikkeling "
      "periodiek wordt gebundeld en van een politieke reactie wordt voorzien."),
    PageBreak(),
    H("6 Scenario's"),
    P("De toekomst van de bevolking is onzeker, vooral door de onzekerheid over migratie. De commissie heeft daarom "
      "vier scenario's uitgewerkt die de bandbreedte van mogelijke ontwikkelingen tot 2050 laten zien. De scenario's "
      "zijn geen voorspellingen en evenmin voorstellen: zij laten zien wat er gebeurt als bepaalde keuzes worden "
      "gemaakt of juist achterwege blijven."),
    ItemList(style="a.", items=(
        ListItem("Doorgaande groei. De bevolking groeit tot ruim 20,5 miljoen inwoners in 2050, vooral door "
                 "arbeidsmigratie. In dit scenario stuurt het kabinet nauwelijks op de omvang van migratie en blijft "
                 "de woningbouw geconcentreerd in de Randstad. De druk op woningen en voorzieningen in de stedelijke "
                 "regio's neemt sterk toe, terwijl de krimp in de grensregio's doorzet."),
        ListItem("Gerichte groei. De bevolking groeit tot ongeveer 19,5 miljoen inwoners. In dit scenario stuurt het "
                 "Rijk actief op de spreiding van wonen en werk, investeert het gericht in regio's buiten de Randstad "
                 "en koppelt het arbeidsmigratie aan tekortsectoren en beschikbare huisvesting."),
        ListItem("Stabilisatie. De bevolking stabiliseert rond 18,5 miljoen inwoners. In dit scenario beperkt het "
                 "kabinet de arbeidsmigratie sterk en verhoogt het de AOW-leeftijd sneller dan nu is voorzien. De "
                 "krapte op de arbeidsmarkt neemt toe en in de zorg en het onderwijs ontstaan grote tekorten."),
        ListItem("Krimp en concentratie. De bevolking daalt na 2040. In dit scenario worden voorzieningen "
                 "geconcentreerd in de steden en de grotere kernen, en trekt de overheid zich terug uit kleine kernen "
                 "die niet meer zelfstandig voorzieningen kunnen dragen."),
    )),
    P("De commissie acht scenario b het meest wenselijk, omdat het de groei in goede banen leidt zonder de regio's "
      "aan hun lot over te laten. Dat scenario vraagt echter om actieve keuzes van het Rijk, de provincies en de "
      "gemeenten. Zonder die keuzes beweegt Nederland zich eerder in de richting van scenario a, met in de "
      "krimpregio's trekken van scenario d."),
    P("De bouwstenen in het volgende hoofdstuk zijn zo gekozen dat zij in alle scenario's zinvol zijn, maar zij "
      "dragen vooral bij aan het realiseren van scenario b."),
    PageBreak(),
    H("7 Bouwstenen voor beleid"),
    P("De commissie reikt vijftien bouwstenen aan. Zij zijn doorlopend genummerd en gegroepeerd naar thema. Bij elke "
      "bouwsteen is aangegeven wie naar het oordeel van de commissie aan zet is. De commissie vraagt het kabinet om "
      "in zijn reactie per bouwsteen aan te geven of het deze overneemt."),
    H2("7.1 Werk en inkomen"),
    bouwstenen(1, 3),
    H2("7.2 Arbeidsmigratie"),
    bouwstenen(4, 5),
    H2("7.3 Wonen en ruimte"),
    bouwstenen(6, 8),
    H2("7.4 Zorg, onderwijs en voorzieningen"),
    bouwstenen(9, 12),
    H2("7.5 Bestuur, financiering en kennis"),
    bouwstenen(13, 15),
    P("De commissie is zich ervan bewust dat verschillende bouwstenen geld kosten. Zij heeft de kosten waar mogelijk "
      "geraamd in een afzonderlijke financiële bijlage, die op de website van de commissie is gepubliceerd. De "
      "commissie wijst erop dat de kosten van niets doen op termijn hoger zijn: een vastlopende arbeidsmarkt, "
      "een woningmarkt zonder doorstroming en regio's waar voorzieningen verdwijnen."),
    PageBreak(),
    H("Bijlage A Samenstelling van de commissie"),
    bullets(
        "prof. dr. M.A. Tjoelker-Hendriks, voorzitter, hoogleraar demografie",
        "drs. J.P. van Asperen, oud-gedeputeerde van de provincie Zeeland",
        "dr. S. El Idrissi, arbeidseconoom",
        "ir. B.G. Hoekstra-Lindeboom, planoloog",
        "mr. R.W. Dijkgraaf, oud-burgemeester",
        "drs. A.C. Veldkamp, bestuurder van een zorgorganisatie in Oost-Groningen",
        "dr. T. Nowak, onderzoeker arbeidsmigratie",
        "L.M. Brouwer MSc, lid namens de jongerenadviesraad",
        "prof. dr. H.F. Scholtens, hoogleraar bestuurskunde",
        style="–",
    ),
    P("Secretaris van de commissie was mr. drs. E.J. Koopmans-Rietveld."),
    H("Bijlage B Geraadpleegde organisaties"),
    P("De commissie sprak onder meer met vertegenwoordigers van de VNG, het Interprovinciaal Overleg, de Unie van "
      "Waterschappen, Aedes, ActiZ, de Landelijke Huisartsen Vereniging, de PO-Raad, de VO-raad, VNO-NCW, MKB-Nederland, "
      "FNV, CNV, ABU, de ouderenbonden, de Nationale Jeugdraad en het Sociaal en Cultureel Planbureau, en met "
      "bestuurders en inwoners van 31 gemeenten."),
)

REPORT = Document(
    title="Eén land, twee bewegingen",
    subtitle="Eindadvies van de Staatscommissie Bevolking en Voorzieningen 2050 over vergrijzing, regionale "
             "bevolkingsdaling, arbeidsmigratie en wonen",
    blocks=REPORT_BLOCKS,
    running_header="Staatscommissie Bevolking en Voorzieningen 2050  |  Eén land, twee bewegingen",
    footer="– {page} –",
    font_family="serif",
    font_size=10.5,
    title_page=True,
    imprint=("Staatscommissie Bevolking en Voorzieningen 2050", "Den Haag, september 2025"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV1 = ("Het wetsvoorstel waarmee de verplichting tot loondoorbetaling bij ziekte voor werknemers die de AOW-leeftijd "
       "hebben bereikt, wordt teruggebracht van dertien naar zes weken, gaat in april 2026 in internetconsultatie en "
       "treedt op 1 januari 2027 in werking.")
EV2 = "Het kabinet neemt deze bouwsteen daarom slechts voor een deel over."
EV4 = ("Een vast getalsmatig kader bovenop deze toetsing acht het kabinet niet wenselijk, omdat het de uitvoering door "
       "UWV en IND verzwaart en in tekortsectoren als de zorg en de techniek tot onnodige vertraging leidt.")
EV5 = ("Het kabinet omarmt deze bouwsteen en legt in de Regeling volkshuisvestingsprogramma's vast dat gemeenten "
       "vanaf 2027 de huisvestingsopgave voor arbeidsmigranten in hun volkshuisvestingsprogramma opnemen.")
EV6 = ("Het kabinet neemt het doel van 20.000 geclusterde en levensloopbestendige woningen per jaar vanaf 2027 over, "
       "maar legt in de woondeals geen bindende taakstelling per provincie vast.")
EV7 = ("Het kabinet neemt deze bouwsteen mee in de Nota Ruimte: in de ontwerp-Nota Ruimte, die in mei 2026 ter "
       "inzage wordt gelegd, wijst het kabinet negen krimp- en anticipeerregio's aan en legt het vast dat "
       "rijksinvesteringen in wonen, infrastructuur en voorzieningen in deze regio's worden getoetst aan de "
       "regionale bevolkingsprognose.")
EV8 = "Ook deze bouwsteen neemt het kabinet mee in de Nota Ruimte."
EV9 = ("De minister van VWS gaat niet over tot een aanvullende wettelijke bereikbaarheidsnorm voor de huisartsenzorg "
       "en de spoedeisende hulp, omdat een strengere norm bij de huidige personeelstekorten eerder tot sluiting dan "
       "tot behoud van kleine posten zou leiden.")
EV10 = ("De minister van OCW verkent samen met de PO-Raad en de VO-raad of de instemmingsprocedure voor "
        "samenwerkingsscholen kan worden verkort, en informeert uw Kamer daarover in het najaar van 2026.")
EV11 = ("Aanvullend stelt het kabinet vanaf 2027 structureel € 60 miljoen per jaar beschikbaar voor gemeenten, "
        "bestemd voor valpreventie, beweegprogramma's en het vroegtijdig signaleren van kwetsbaarheid bij ouderen.")
EV1415 = ("Het kabinet neemt de bouwstenen 14 en 15 over: per 1 januari 2027 wordt een demografietoets opgenomen in "
          "het Beleidskompas, en het CBS en het PBL krijgen de opdracht om vanaf 2027 elke vier jaar een gezamenlijke "
          "Demografische Verkenning met regionale prognoses tot 2050 op te stellen, waarop het kabinet telkens een "
          "standpunt aan uw Kamer zendt.")

RESPONSE_BLOCKS = (
    P("Den Haag, 27 januari 2026"),
    P("Onderwerp: kabinetsreactie op het eindadvies van de Staatscommissie Bevolking en Voorzieningen 2050"),
    P("Geachte voorzitter,"),
    P("Op 18 september 2025 heeft de Staatscommissie Bevolking en Voorzieningen 2050 haar eindadvies 'Eén land, twee "
      "bewegingen' aangeboden aan het kabinet. Met deze brief bied ik u, mede namens de minister van Volkshuisvesting "
      "en Ruimtelijke Ordening, de minister van Volksgezondheid, Welzijn en Sport, de minister van Onderwijs, Cultuur "
      "en Wetenschap en de minister voor Asiel en Migratie, de reactie van het kabinet op dit advies aan."),
    P("Het kabinet is de commissie, en in het bijzonder haar voorzitter, prof. dr. M.A. Tjoelker-Hendriks, zeer "
      "erkentelijk voor het zorgvuldige en toegankelijke advies. De commissie heeft het land doorkruist en met een "
      "grote verscheidenheid aan mensen gesproken. Dat is aan het advies te zien: het verbindt cijfers en prognoses "
      "met wat inwoners, bestuurders en professionals dagelijks ervaren."),
    P("Het kabinet onderschrijft de richting van het advies en neemt de meeste bouwstenen over. Hieronder schetst het "
      "kabinet eerst hoe het de analyse van de commissie weegt. Daarna gaat het per bouwsteen in op de voorstellen "
      "van de commissie. Waar dat nodig is, geeft het kabinet aan welke minister verantwoordelijk is voor de "
      "uitwerking."),
    H2("1. Het beeld van de commissie"),
    P("De commissie laat overtuigend zien dat de demografische ontwikkeling geen randvoorwaarde is die het beleid "
      "passief moet volgen. De omvang, de leeftijdsopbouw en de spreiding van de bevolking worden mede bepaald door "
      "keuzes over migratie, wonen en werk, en hebben op hun beurt grote gevolgen voor de arbeidsmarkt, de "
      "woningmarkt en de bereikbaarheid van voorzieningen. Het kabinet herkent het beeld van een land met twee "
      "bewegingen: groei en toenemende druk in de stedelijke regio's, krimp en vergrijzing aan de randen van het "
      "land."),
    P("De afgelopen jaren heeft het kabinet al verschillende stappen gezet die aansluiten bij de analyse van de "
      "commissie. Met de Arbeidsmarktagenda 2030 zet het kabinet in op het beter benutten van het arbeidspotentieel "
      "en het verminderen van de krapte in de publieke sectoren. Met de woondeals hebben Rijk, provincies en "
      "gemeenten afspraken gemaakt over de bouw van ruim 900.000 woningen tot 2030. Voor de regio's met een dalende "
      "bevolking lopen de Regio Deals en het programma Leefbaarheid Kleine Kernen, waarmee het Rijk tot en met 2028 "
      "in totaal € 310 miljoen investeert."),
    P("De commissie werkt vier scenario's uit en geeft aan dat scenario b, gerichte groei, het meest wenselijk is. Het "
      "kabinet kiest eveneens voor scenario b als uitgangspunt voor het ruimtelijk en het sociaal-economisch beleid op "
      "de lange termijn. Dat betekent dat het kabinet bewust wil sturen op de spreiding van wonen en werk en op de "
      "samenstelling van de arbeidsmigratie, zonder een gewenste bevolkingsomvang vast te stellen."),
    P("Het kabinet tekent daarbij aan dat de budgettaire ruimte beperkt is. Niet alle bouwstenen die geld kosten, "
      "kunnen daarom op korte termijn of in de door de commissie voorgestelde omvang worden uitgevoerd. Waar het "
      "kabinet keuzes maakt, licht het die hieronder toe."),
    H2("2. Reactie per bouwsteen"),
    H3("Werk en inkomen"),
    P("Bouwsteen 1. De commissie wijst erop dat werkgevers terughoudend zijn met het in dienst houden van werknemers "
      "die de AOW-leeftijd hebben bereikt, vooral vanwege het risico van langdurige loondoorbetaling bij ziekte. Uit "
      "de gesprekken die ik in het najaar met werkgeversorganisaties heb gevoerd, komt hetzelfde beeld naar voren. "
      + EV1 + " Over de gevolgen voor de Ziektewet wordt uw Kamer bij het wetsvoorstel geïnformeerd.",
      answers=(Answer("1", "agree", EV1),)),
    P("Bouwsteen 2. Het kabinet deelt de analyse dat meer uren werken voor veel deeltijders met een middeninkomen te "
      "weinig oplevert, doordat toeslagen afnemen zodra het inkomen stijgt. Het kabinet verhoogt in het Belastingplan "
      "2027 de arbeidskorting voor inkomens tussen het minimumloon en anderhalf keer modaal met gemiddeld € 180 per "
      "jaar. Een stapsgewijze afbouw van de inkomensafhankelijkheid van de zorgtoeslag en de huurtoeslag vergt echter "
      "een herziening van het hele toeslagenstelsel, waarvoor binnen de huidige budgettaire kaders geen ruimte is. "
      + EV2,
      answers=(Answer("2", "partial", EV2),)),
    P("Bouwsteen 3 is in lijn met de Arbeidsmarktagenda 2030. In dat kader ondersteunt de minister van VWS "
      "zorgaanbieders al bij het invoeren van zorgtechnologie, onder meer via de regeling Digitale Zorg Thuis en het "
      "programma Zorgtechnologie in de Wijk. De minister van OCW stimuleert met de Regeling Slim Organiseren dat "
      "scholen hun lesmateriaal, roosters en toetsing efficiënter inrichten. Beide ministers volgen de resultaten van "
      "deze programma's nauwgezet en rapporteren daarover in de jaarlijkse voortgangsrapportage van de "
      "Arbeidsmarktagenda."),
    H3("Arbeidsmigratie"),
    P("Bouwsteen 4 vraagt om een jaarlijks indicatief kader voor arbeidsmigratie van buiten de Europese Unie, "
      "vastgelegd in de Wet arbeid vreemdelingen. De commissie maakt goed duidelijk dat arbeidsmigratie gevolgen "
      "heeft voor huisvesting en voorzieningen, en het kabinet herkent dat gemeenten daarbij vaak te laat worden "
      "betrokken. Werkgevers die een werknemer van buiten de EU willen aannemen, moeten echter nu al aantonen dat de "
      "vacature niet binnen Nederland of de EU kan worden vervuld, en UWV toetst dat per aanvraag. " + EV4,
      answers=(Answer("4", "disagree", EV4),)),
    P("Bouwsteen 5. Het kabinet deelt de verontwaardiging van de commissie over de omstandigheden waarin een deel van "
      "de arbeidsmigranten woont. " + EV5 + " Gemeenten worden daarbij ondersteund door het expertiseteam "
      "Huisvesting Arbeidsmigranten, en de VNG is betrokken bij de uitwerking van de regeling.",
      answers=(Answer("5", "agree", EV5),)),
    H3("Wonen en ruimte"),
    P("Bouwsteen 6. Het tekort aan geschikte woningen voor ouderen is groot en loopt met de vergrijzing verder op. "
      + EV6 + " Provincies en regio's verschillen te veel in bevolkingsopbouw en bouwmogelijkheden om één landelijke "
      "verdeelsleutel te hanteren; de aantallen per regio worden daarom in de woondeals in overleg vastgesteld.",
      answers=(Answer("6", "partial", EV6),)),
    P("Bouwsteen 7. " + EV7 + " Welke regio's dat zijn, stelt de minister van VRO vast in overleg met de betrokken "
      "provincies en gemeenten.",
      answers=(Answer("7", "agree", EV7),)),
    P("Bouwsteen 8. " + EV8 + " Het kabinet begrijpt de wens van veel kleine kernen om jongeren en jonge gezinnen te "
      "behouden. Tegelijk is de ruimte buiten bestaand stads- en dorpsgebied schaars en moet woningbouw daar worden "
      "afgewogen tegen landbouw, natuur en de bereikbaarheid van voorzieningen. Het is bovendien in de eerste plaats "
      "aan de provincies om in hun omgevingsverordening te bepalen waar uitbreiding van kernen mogelijk is.",
      answers=(Answer("8", "partial", EV8),)),
    H3("Zorg, onderwijs en voorzieningen"),
    P("Bouwstenen 9 en 10. Het kabinet deelt de zorg van de commissie over de bereikbaarheid van zorg in dunbevolkte "
      "regio's. Voor de acute zorg geldt al de norm dat iedere inwoner binnen 45 minuten een afdeling spoedeisende "
      "hulp moet kunnen bereiken, en zorgverzekeraars hebben een zorgplicht die ook de bereikbaarheid van de "
      "huisartsenzorg omvat. " + EV9 + " Dan de scholen in krimpgebieden. " + EV10,
      answers=(Answer("9", "disagree", EV9), Answer("10", "partial", EV10))),
    P("De commissie vraagt ook aandacht voor preventie en gezond ouder worden. Dit sluit aan bij het bestaande beleid: "
      "in het Akkoord Gezond Ouder Worden hebben Rijk en gemeenten al afspraken gemaakt over valpreventie en een "
      "passend beweegaanbod voor ouderen. " + EV11 + " De middelen worden verdeeld via een specifieke uitkering, "
      "zodat zij ook daadwerkelijk voor dit doel worden ingezet.",
      answers=(Answer("11", "agree", EV11),)),
    H3("Bestuur, financiering en kennis"),
    P("Bouwsteen 13. De verdeling van het gemeentefonds wordt op dit moment herijkt voor de periode vanaf 2027. De "
      "fondsbeheerders hebben daarbij ook onderzoek laten doen naar de kosten van gemeenten met een dalend "
      "inwonertal. Het kabinet betrekt deze bouwsteen bij de besluitvorming in het voorjaar over de financiële "
      "verhoudingen met gemeenten vanaf 2027."),
    P("Bouwstenen 14 en 15. " + EV1415 + " De minister van SZW coördineert namens het kabinet de uitvoering.",
      answers=(Answer("14", "agree", EV1415), Answer("15", "agree", EV1415))),
    H2("3. Tot slot"),
    P("De demografische veranderingen die de commissie beschrijft, voltrekken zich geleidelijk, maar hun gevolgen zijn "
      "ingrijpend. Het advies van de commissie helpt het kabinet om die gevolgen tijdig onder ogen te zien en "
      "samenhangende keuzes te maken. Veel bouwstenen vragen om een gezamenlijke inzet van het Rijk, de provincies en "
      "de gemeenten. Het kabinet zal het advies daarom ook bespreken in het eerstvolgende bestuurlijk overleg met het "
      "Interprovinciaal Overleg en de VNG."),
    P("Het kabinet informeert uw Kamer jaarlijks over de voortgang van de uitvoering van deze reactie, voor het eerst "
      "bij de Voorjaarsnota 2027."),
    P("De minister van Sociale Zaken en Werkgelegenheid,"),
    P("mr. drs. P.J.M. van Oosterhout-Claessen"),
)

RESPONSE = Document(
    title="Kabinetsreactie op het eindadvies 'Eén land, twee bewegingen'",
    subtitle="Brief van de minister van Sociale Zaken en Werkgelegenheid, mede namens de ministers van VRO, VWS, OCW "
             "en voor Asiel en Migratie, aan de Voorzitter van de Tweede Kamer der Staten-Generaal",
    blocks=RESPONSE_BLOCKS,
    running_header="Kabinetsreactie Staatscommissie Bevolking en Voorzieningen 2050",
    footer="Pagina {page} van {pages}",
    font_family="sans",
    font_size=10.0,
    title_page=False,
)

PAIR = Pair(
    name="demography_state_commission",
    report=REPORT,
    response=RESPONSE,
    description="Staatscommissie Bevolking en Voorzieningen 2050 advice (15 bouwstenen numbered 1-15 across themed "
                "sections, summary duplicates in two columns, a lettered scenario list as trap) and the SZW "
                "minister's letter: blanket opener, 'Bouwsteen N.' paragraphs with soft vocabulary (Nota Ruimte "
                "with and without commitment, voorjaar, Arbeidsmarktagenda), 9+10 in one paragraph, 14+15 in one "
                "sentence, 11 by subject, 12 never mentioned.",
)
