"""Pair: a fictional Commissie Water en Landbouw advice on manure, nitrate and water quality, and the cabinet's answer.

Layout traits of the report: sans, a title page, a running header.  The summary ("Samenvatting") is set in two
columns and repeats the five most important recommendations word for word as "•" bullets (duplicates of 1, 2, 4, 6
and 11).  The analysis chapters contain a "–" list of market effects that are not recommendations and prose in which
the Commissie already argues for measures.  The fifteen recommendations sit in chapter 6 "Aanbevelingen", section 6.2,
as "–" items under level-3 headings that name the addressee in short form ("Rijk", "NVWA", "Provincies en
waterschappen", "Drinkwaterbedrijven", "Sector"); nothing is numbered, so the gold numbers 1-15 are ids in document
order.  Under "Rijk" four items start "Het Rijk ..." (the cabinet); their departments were chosen by content: 1 (a
binding KRW reduction per river basin) IenW, which leads the Kaderrichtlijn Water, and LNV for the agricultural load;
2 (ten-metre unfertilised and unsprayed buffer strips) LNV for the manure rules and IenW for the spraying rules; 4 (a
ban on leaching-prone crops) LNV, a manure-law measure; 7 (a conversion fund for dairy farmers after the derogation)
LNV, an agricultural budget.  Items addressed to the NVWA are LNV; provinces, water boards, drinking water companies
and the sector are OTHER.

The response is a letter of the minister of LVVN, also on behalf of the minister of IenW (letterhead, serif, running
header).  After thanks it gives an "Appreciatie op hoofdlijnen" in prose (agreeing with analyses and aims, which takes
no position, and adopting recommendation 1), then answers by subject under bold lead-ins, in separate paragraphs that
begin with a typed "• " and a short restatement of the recommendation followed by a colon and the answer (the model
annotates paragraphs, not list items, so the "bullets" are paragraphs).  No recommendation is cited by number.
Gold positions:
  1 agree (neemt over, in the appreciation and again in its bullet)
  2 disagree (a generic ten-metre strip "acht het kabinet niet proportioneel"; keeps the strips of the 7th programme)
  3 agree ("Het kabinet heeft hierover al besloten in het Zevende actieprogramma ..." doing exactly what is asked)
  4 partial (the crop ban only in groundwater protection areas and drinking water catchments)
  5 disagree (exempting good performers "past niet binnen de Nitraatrichtlijn")
  6 agree without cue words (obligation from 1 January 2026 and 14 million euro)
  7 not addressed ("Hierover besluit het kabinet bij de Voorjaarsnota")
  8 not addressed (the bullet only describes the Bkl and the Drinkwaterwet as they are)
  9 partial (NVWA grows by a third; doubling "niet haalbaar") - same paragraph as 10
 10 disagree (naming fined firms "acht het kabinet niet opportuun")
 11 agree ("Het kabinet steunt de provincies hierin met 40 miljoen euro ...")
 12 not addressed (water boards' monitoring networks are never mentioned)
 13 agree ("heeft er geen bezwaar tegen")
 14 partial (the cabinet will only "verkennen" a milk-price premium with the dairy sector)
 15 agree (supports sector certification and backs it with a registration requirement)
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
)

P = Paragraph


def H1(text: str) -> Heading:
    return Heading(text, level=1)


def H2(text: str) -> Heading:
    return Heading(text, level=2)


def H3(text: str) -> Heading:
    return Heading(text, level=3)


def bullets(*texts: str) -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style="•")


def dashes(*texts: str) -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style="–")


# --------------------------------------------------------------------------------------------------------------
# The recommendations: number (an id in document order) -> (text, departments)
# --------------------------------------------------------------------------------------------------------------

RECS = {
    "1": ("Het Rijk legt uiterlijk eind 2025 per stroomgebied vast hoeveel de belasting van het oppervlaktewater met "
          "stikstof en fosfaat uit de landbouw moet dalen om de doelen van de Kaderrichtlijn Water in 2027 te halen, "
          "en vertaalt die opgave in een bindende reductie per deelstroomgebied.", ("IenW", "LNV")),
    "2": ("Het Rijk verplicht vanaf het teeltseizoen 2027 een onbemeste en onbespoten bufferstrook van ten minste tien "
          "meter langs alle watervoerende sloten, beken en kanalen in het landelijk gebied.", ("LNV", "IenW")),
    "3": ("De minister van LVVN verplicht vanaf 2026 op zand- en lössgrond het inzaaien van een vanggewas uiterlijk "
          "1 oktober na de teelt van maïs, zonder uitzondering voor late rassen of een late oogst.", ("LNV",)),
    "4": ("Het Rijk verbiedt vanaf 2027 de teelt van uitspoelingsgevoelige gewassen, zoals bloembollen, aardappelen "
          "en snijmaïs, op zand- en lössgrond in gebieden waar het bovenste grondwater meer dan 50 milligram nitraat "
          "per liter bevat.", ("LNV",)),
    "5": ("De minister van LVVN stelt bedrijven die met metingen aantonen dat de nitraatuitspoeling onder hun percelen "
          "ruim onder de norm blijft, vrij van de generieke maatregelen van het actieprogramma Nitraatrichtlijn, zoals "
          "de voorgeschreven uitrijperioden en vanggewassen.", ("LNV",)),
    "6": ("De minister van LVVN maakt uiterlijk in 2026 realtime registratie van ieder transport van dierlijke mest "
          "verplicht, met automatische plaatsbepaling, weging en bemonstering, zodat de mestboekhouding op elk moment "
          "controleerbaar is.", ("LNV",)),
    "7": ("Het Rijk stelt voor de periode 2026–2030 een omschakelfonds van ten minste 500 miljoen euro beschikbaar "
          "voor melkveehouders die na het vervallen van de derogatie willen extensiveren of omschakelen naar "
          "grondgebonden, natuurinclusieve landbouw.", ("LNV",)),
    "8": ("De minister van IenW neemt in het Besluit kwaliteit leefomgeving een signaleringswaarde van 25 milligram "
          "nitraat per liter op voor het grondwater bij drinkwaterwinningen en verplicht provincies om bij "
          "overschrijding binnen een jaar aanvullende maatregelen te nemen.", ("IenW",)),
    "9": ("De NVWA verdubbelt vóór 2027 het aantal fysieke inspecties bij mesttransporteurs, intermediairs en "
          "mestverwerkers en richt die inspecties risicogericht in op basis van de gegevens uit de mestboekhouding.",
          ("LNV",)),
    "10": ("De NVWA maakt de namen openbaar van bedrijven die een onherroepelijke bestuurlijke boete of een "
           "strafrechtelijke veroordeling voor mestfraude hebben gekregen.", ("LNV",)),
    "11": ("Provincies wijzen vóór 2027 voor alle grondwaterwinningen voor de openbare drinkwatervoorziening het "
           "volledige intrekgebied aan als beschermingsgebied en stellen daarvoor in de omgevingsverordening "
           "aanvullende regels over bemesting en teeltkeuze.", ("OTHER",)),
    "12": ("Waterschappen breiden hun meetnetten in landbouwgebieden uit, zodat van ieder KRW-waterlichaam jaarlijks "
           "bekend is hoeveel stikstof en fosfaat uit de landbouw afkomstig is, en maken de meetgegevens openbaar.",
           ("OTHER",)),
    "13": ("Drinkwaterbedrijven sluiten in de intrekgebieden van hun winningen langjarige contracten van ten minste "
           "tien jaar met agrariërs over extensief grondgebruik, en financieren die mede uit het drinkwatertarief.",
           ("OTHER",)),
    "14": ("Zuivelondernemingen nemen vanaf 2026 het stikstofbodemoverschot per bedrijf op in hun "
           "duurzaamheidsprogramma's en belonen melkveehouders met een laag overschot met een toeslag op de "
           "melkprijs.", ("OTHER",)),
    "15": ("Mestintermediairs, loonwerkers en mestverwerkers zetten met hun brancheorganisaties een sectorbreed "
           "certificatieschema op en werken vanaf 2027 alleen nog met gecertificeerde partijen.", ("OTHER",)),
}

SUMMARY_TOP_FIVE = ("1", "2", "4", "6", "11")


def rec_item(number: str) -> ListItem:
    text, departments = RECS[number]
    return ListItem(text, recommendation=Recommendation(number, departments))


def rec_dashes(*numbers: str) -> ItemList:
    return ItemList(items=tuple(rec_item(n) for n in numbers), style="–")


def summary_bullets() -> ItemList:
    return ItemList(
        items=tuple(ListItem(RECS[n][0], recommendation=Recommendation("", RECS[n][1], duplicate_of=n))
                    for n in SUMMARY_TOP_FIVE),
        style="•",
    )


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H1("Samenvatting"),
    Columns(blocks=(
        P("Nederland heeft zich verplicht om uiterlijk in 2027 de doelen van de Kaderrichtlijn Water (KRW) te halen. "
          "Na die datum biedt de richtlijn geen ruimte meer voor uitstel. Met nog twee jaar te gaan is duidelijk dat "
          "de doelen in een groot deel van de waterlichamen niet worden gehaald. Stikstof en fosfaat uit de "
          "landbouw zijn daarvan een belangrijke oorzaak, naast gewasbeschermingsmiddelen, de inrichting van "
          "beken en sloten en lozingen uit andere bronnen."),
        P("Tegelijk loopt de derogatie af. Vanaf 2026 mogen melkveehouders niet langer meer dierlijke mest op hun "
          "grasland gebruiken dan de Europese norm van 170 kilogram stikstof per hectare. Dat is op zichzelf goed "
          "voor het water, maar het vergroot het mestoverschot, drijft de afzetkosten op en maakt fraude "
          "lonender. De Commissie ziet al signalen dat mest op papier anders wordt afgezet dan in werkelijkheid."),
        P("De drinkwatervoorziening voelt de gevolgen het eerst: bij ruim een kwart van de grondwaterwinningen in "
          "zandgebieden stijgt het nitraatgehalte in het opgepompte water."),
        P("De Commissie concludeert dat het huidige beleid te vrijblijvend is om de doelen in 2027 nog binnen "
          "bereik te brengen. Zij doet vijftien aanbevelingen aan het Rijk, de NVWA, provincies en waterschappen, "
          "drinkwaterbedrijven en de agrarische sector."),
        P("De vijf belangrijkste aanbevelingen zijn:", bold=True),
        summary_bullets(),
        P("De overige aanbevelingen gaan onder meer over vanggewassen, toezicht, drinkwaterbronnen en de rol van "
          "de zuivel- en mestketen. Alle aanbevelingen staan in hoofdstuk 6."),
    )),
    PageBreak(),
    H1("1. Inleiding"),
    H2("1.1 Aanleiding"),
    P("De kwaliteit van het Nederlandse oppervlakte- en grondwater is sinds de jaren tachtig sterk verbeterd. De "
      "concentraties fosfaat en stikstof in de grote rivieren zijn gedaald, rioolwater wordt vrijwel overal "
      "gezuiverd en veel industriële lozingen zijn gestopt. Die vooruitgang is de laatste vijftien jaar echter "
      "gestokt. In de landbouwgebieden op zand, löss en klei is de kwaliteit van het water in veel beken en sloten "
      "nauwelijks nog vooruitgegaan, en op sommige plaatsen is zij weer achteruitgegaan."),
    P("De Kaderrichtlijn Water verplicht de lidstaten om alle waterlichamen uiterlijk in 2027 in een goede "
      "ecologische en chemische toestand te brengen. Uitstel na 2027 is alleen mogelijk als natuurlijke "
      "omstandigheden verbetering in de weg staan, en dan alleen als alle nodige maatregelen wel zijn genomen. "
      "Nederland heeft de eerdere uitstelmogelijkheden volledig benut. De Europese Commissie heeft in haar "
      "beoordeling van de stroomgebiedbeheerplannen bovendien vastgesteld dat de Nederlandse maatregelen tegen "
      "nutriënten uit de landbouw onvoldoende zijn.", footnotes=(
          "Europese Commissie, beoordeling van de derde generatie stroomgebiedbeheerplannen, lidstaatrapport "
          "Nederland (fictieve verwijzing ten behoeve van dit advies).",)),
    P("Daar komt bij dat de derogatie van de Nitraatrichtlijn afloopt. Sinds 2006 mochten Nederlandse "
      "graslandbedrijven onder voorwaarden meer dierlijke mest gebruiken dan de Europese norm. De Europese "
      "Commissie heeft besloten die afwijking niet te verlengen; vanaf 2026 geldt voor alle bedrijven de norm van "
      "170 kilogram stikstof uit dierlijke mest per hectare. Dat heeft grote gevolgen voor de melkveehouderij en "
      "voor de mestmarkt, en daarmee indirect ook voor het water."),
    H2("1.2 Adviesvraag"),
    P("De minister van Landbouw, Visserij, Voedselzekerheid en Natuur en de minister van Infrastructuur en "
      "Waterstaat hebben de Commissie Water en Landbouw in juni 2024 gevraagd te adviseren over de vraag welke "
      "maatregelen nodig zijn om de bijdrage van de landbouw aan de waterkwaliteitsopgave zo te verkleinen dat de "
      "doelen van de Kaderrichtlijn Water zo dicht mogelijk worden benaderd. De ministers vroegen daarbij in het "
      "bijzonder aandacht voor:"),
    bullets(
        "de gevolgen van het vervallen van de derogatie voor de mestmarkt en de waterkwaliteit;",
        "de bescherming van bronnen voor de drinkwatervoorziening;",
        "het toezicht op en de handhaving van de mestregelgeving;",
        "de verdeling van verantwoordelijkheden tussen Rijk, provincies, waterschappen en de sector.",
    ),
    H2("1.3 Werkwijze"),
    P("De Commissie bestond uit zes leden met achtergronden in de waterbeheerpraktijk, de landbouwkunde, het "
      "omgevingsrecht, de drinkwatervoorziening en het openbaar bestuur. Zij sprak met meer dan zeventig "
      "vertegenwoordigers van ministeries, provincies, waterschappen, drinkwaterbedrijven, agrarische "
      "organisaties, loonwerkers, mestverwerkers, de NVWA, het Openbaar Ministerie en kennisinstellingen. Zij "
      "bracht werkbezoeken aan melkveebedrijven in de Achterhoek en Drenthe, aan een akkerbouwbedrijf in Zeeland, "
      "aan een mestverwerkingsinstallatie in Noord-Brabant en aan een grondwaterwinning in Overijssel."),
    P("De Commissie heeft geen eigen onderzoek laten doen, maar zich gebaseerd op bestaande monitoring, "
      "evaluaties en wetenschappelijke literatuur. Waar gegevens ontbraken of elkaar tegenspraken, heeft zij dat in "
      "de tekst aangegeven. Het advies is onafhankelijk tot stand gekomen; de ministeries hebben de tekst niet "
      "vooraf ingezien."),
    H2("1.4 Leeswijzer"),
    P("Hoofdstuk 2 beschrijft de toestand van het water en wat er tot 2027 nog moet gebeuren. Hoofdstuk 3 gaat over "
      "de mestmarkt na de derogatie en over maatregelen op het perceel. Hoofdstuk 4 behandelt de bescherming van "
      "drinkwaterbronnen en hoofdstuk 5 het toezicht op en de handhaving van de mestregels. In hoofdstuk 6 staan de "
      "aanbevelingen, geordend naar degene tot wie zij zich richten. De bijlagen bevatten de samenstelling van de "
      "Commissie en een overzicht van de gesprekspartners."),

    H1("2. De waterkwaliteit richting 2027"),
    H2("2.1 Waar staan we?"),
    P("Nederland telt ruim zevenhonderd KRW-waterlichamen: rivieren, kanalen, meren, beken en de grotere sloten en "
      "vaarten. Bij de laatste beoordeling verkeerde minder dan een op de tien daarvan in een goede ecologische "
      "toestand. Voor stikstof en fosfaat voldeed ongeveer de helft van de waterlichamen aan de normen die de "
      "waterbeheerders zelf hebben afgeleid; in de landbouwgebieden van Zuid- en Oost-Nederland was dat aandeel "
      "aanzienlijk lager.", footnotes=(
          "Gegevens ontleend aan de landelijke KRW-rapportage over de toestand van het water; de Commissie heeft de "
          "percentages afgerond.",)),
    P("De waterbeheerders en de kennisinstituten verwachten dat met het huidige beleid ook in 2027 slechts een "
      "beperkt deel van de waterlichamen aan alle normen voldoet. Voor nutriënten is de belangrijkste reden dat de "
      "maatregelen van de actieprogramma's Nitraatrichtlijn niet genoeg opleveren en dat het effect ervan in het "
      "water met vertraging zichtbaar wordt: stikstof en fosfaat die nu in de bodem zitten, spoelen nog jaren uit."),
    P("De Commissie benadrukt dat de KRW een resultaatsverplichting kent, geen inspanningsverplichting. Het "
      "Hof van Justitie van de Europese Unie heeft meermaals bevestigd dat lidstaten projecten en activiteiten "
      "niet mogen toestaan als die de toestand van een waterlichaam verslechteren of het bereiken van de goede "
      "toestand in gevaar brengen. Wanneer de doelen in 2027 niet worden gehaald, kan dat gevolgen hebben voor "
      "vergunningverlening in de landbouw, maar ook voor woningbouw, infrastructuur en industrie."),
    H2("2.2 Nitraat in het grondwater"),
    P("De Nitraatrichtlijn schrijft voor dat het grondwater niet meer dan 50 milligram nitraat per liter bevat. Op "
      "de zandgronden in het zuiden wordt die norm in het bovenste grondwater onder landbouwpercelen nog op veel "
      "plaatsen overschreden, vooral onder akkerbouw- en tuinbouwgewassen die laat in het seizoen worden geoogst "
      "en veel stikstof in de bodem achterlaten. Onder grasland is de uitspoeling doorgaans veel lager."),
    P("Het bovenste grondwater van vandaag is het drinkwater van over tien tot vijftig jaar. In kwetsbare "
      "intrekgebieden bereikt nitraat de winputten al na enkele jaren. Zelfs als de uitspoeling vandaag zou "
      "stoppen, zou de belasting van een deel van de winningen daardoor nog decennia aanhouden."),
    H2("2.3 Fosfaat en het oppervlaktewater"),
    P("In het oppervlaktewater is fosfaat vaak belangrijker dan stikstof. Veel landbouwbodems zijn door decennia "
      "van hoge bemesting verzadigd met fosfaat. Bij hevige regen spoelt fosfaat samen met bodemdeeltjes af naar "
      "sloten en beken, en via drainagebuizen komt het ook rechtstreeks in het water. De afspoeling is het "
      "grootst op percelen die tot aan de slootkant worden bemest en bewerkt."),
    P("Bufferstroken langs waterlopen zijn een van de weinige maatregelen waarvan het effect op de "
      "fosfaatbelasting snel zichtbaar is. Ze vangen afspoelend bodemmateriaal op, voorkomen dat mest en "
      "gewasbeschermingsmiddelen direct in het water terechtkomen en bieden ruimte voor oeverplanten en insecten. "
      "Het Zevende actieprogramma Nitraatrichtlijn heeft bufferstroken van twee tot vijf meter ingevoerd, "
      "afhankelijk van het type waterloop en het grondgebruik. Volgens de Commissie zijn die stroken op veel "
      "plaatsen te smal om het beoogde effect te bereiken."),
    H2("2.4 Geen uitstel meer"),
    P("De stroomgebiedbeheerplannen 2022–2027 bevatten een groot aantal maatregelen van waterschappen en "
      "provincies, zoals de herinrichting van beken en het aanleggen van natuurvriendelijke oevers. Wat ontbreekt, "
      "is een heldere koppeling tussen de opgave in het water en de bijdrage die van de landbouw in een bepaald "
      "gebied wordt verwacht. Boeren weten daardoor niet waar zij aan toe zijn, en waterbeheerders kunnen niet "
      "sturen op het resultaat."),
    P("De Commissie is van oordeel dat het Rijk die koppeling zelf moet maken. Alleen het Rijk kan per stroomgebied "
      "bepalen welke reductie nodig is en die opgave bindend maken. Provincies en waterschappen kunnen vervolgens "
      "in hun gebieden bepalen met welke maatregelen de opgave het best wordt gehaald."),

    H1("3. Mest en bodem na de derogatie"),
    H2("3.1 Het einde van de derogatie"),
    P("Onder de derogatie mochten graslandbedrijven tot 230 of 250 kilogram stikstof uit graasdiermest per hectare "
      "gebruiken. De afbouw ervan begon in 2023 en eindigt op 1 januari 2026. Vanaf dat moment moet een melkveehouder "
      "met een intensief bedrijf de mest die hij niet op eigen grond kwijt kan, afvoeren of meer grond in gebruik "
      "nemen."),
    P("De Commissie heeft de afgelopen maanden veel melkveehouders gesproken die zich zorgen maken over hun "
      "toekomst. De afvoerkosten voor mest zijn in twee jaar tijd ruim verdubbeld, en grond is in veel regio's "
      "schaars en duur. Jonge boeren met een hoge schuldenlast en weinig eigen grond worden het hardst geraakt."),
    H2("3.2 Druk op de mestmarkt"),
    P("Het vervallen van de derogatie heeft volgens de gesprekspartners van de Commissie de volgende gevolgen voor "
      "de mestmarkt:"),
    dashes(
        "het mestoverschot op landelijk niveau neemt toe met naar schatting 25 tot 30 miljoen kilogram stikstof per "
        "jaar;",
        "de prijs voor het afzetten van een kuub drijfmest stijgt in de concentratiegebieden tot boven de 30 euro;",
        "de capaciteit voor mestverwerking en export groeit minder snel dan het overschot;",
        "het verschil tussen de kosten van legale afzet en die van illegale afzet wordt groter, en daarmee de prikkel "
        "om te frauderen.",
    ),
    P("De Commissie neemt waar dat het debat over de derogatie zich vooral richt op de economische gevolgen voor de "
      "sector. Dat is begrijpelijk, maar het vervallen van de derogatie is geen doel op zich. Het gaat erom dat de "
      "hoeveelheid stikstof en fosfaat die in het water terechtkomt daadwerkelijk afneemt. Dat lukt alleen als de "
      "mest die niet meer op het eigen land mag, ook echt op een verantwoorde plek terechtkomt."),
    H2("3.3 Maatregelen op het perceel"),
    P("Naast het volume aan mest bepaalt de wijze van bemesting en teelt hoeveel nutriënten in het water komen. De "
      "Commissie heeft de effectiviteit van een reeks maatregelen op een rij gezet. De grootste winst is te behalen "
      "met drie maatregelen: bredere bufferstroken langs waterlopen, een vanggewas na maïs dat vroeg genoeg wordt "
      "ingezaaid om nog stikstof op te nemen, en het weren van uitspoelingsgevoelige teelten op de meest kwetsbare "
      "gronden."),
    P("Voor vanggewassen is de zaaidatum beslissend. Een vanggewas dat half oktober of later wordt ingezaaid, neemt "
      "voor de winter nauwelijks nog stikstof op. De huidige regels laten uitzonderingen toe voor late maïsrassen "
      "en natte najaren; in de praktijk wordt daarvan veel gebruikgemaakt. De Commissie bepleit daarom een "
      "harde uiterste zaaidatum zonder uitzonderingen."),
    P("Voor teeltkeuze ligt het gevoeliger. Bloembollen, aardappelen en maïs zijn voor veel bedrijven op zand "
      "en löss economisch onmisbaar. Toch laten metingen zien dat juist onder deze gewassen de nitraatnorm het "
      "vaakst wordt overschreden. De Commissie vindt het niet langer verantwoord deze teelten toe te staan op "
      "gronden waar het grondwater al boven de norm zit."),
    P("Verschillende gesprekspartners wezen de Commissie erop dat het actieprogramma met zijn vele "
      "middelvoorschriften ook boeren raakt die het goed doen. Sommige melkveehouders op kleigrond meten al jaren "
      "nitraatgehalten die ver onder de norm liggen, maar moeten dezelfde uitrijperioden en vanggewassen hanteren "
      "als bedrijven op droge zandgrond. De Commissie ziet in doelsturing, waarbij een boer wordt afgerekend op "
      "het resultaat in plaats van op de middelen, een manier om draagvlak te behouden en goed gedrag te belonen."),
    P("Ten slotte vraagt de omschakeling van intensieve naar grondgebonden melkveehouderij om kapitaal. De "
      "Commissie heeft geraamd dat voor de circa vierduizend bedrijven die na het vervallen van de derogatie "
      "willen extensiveren, over een periode van vijf jaar ten minste 500 miljoen euro nodig is aan "
      "investeringssteun en compensatie voor gederfde inkomsten. Zonder zo'n fonds blijft omschakelen voor veel "
      "bedrijven financieel onhaalbaar, en wordt de druk op de mestmarkt nog groter."),

    H1("4. Drinkwaterbronnen onder druk"),
    H2("4.1 Kwetsbare winningen"),
    P("Ongeveer twee derde van het Nederlandse drinkwater wordt uit grondwater gemaakt, de rest uit oppervlaktewater "
      "en oevergrondwater. Grondwaterwinningen in zandgebieden zijn het kwetsbaarst voor nitraat. De "
      "drinkwaterbedrijven rapporteren dat bij ruim een kwart van deze winningen het nitraatgehalte in het "
      "ruwe water stijgt, en dat bij een tiental winningen de norm voor drinkwater binnen tien jaar in zicht "
      "komt."),
    P("Voor drinkwaterbedrijven is een stijgend nitraatgehalte meer dan een technisch probleem. Zuiveren van "
      "nitraat is kostbaar en levert een reststroom op die moet worden afgevoerd. Het sluiten van een winning en "
      "het openen van een nieuwe kost jaren en vraagt ruimte die er vaak niet is. De Drinkwaterwet bepaalt dat de "
      "zorg voor de duurzame veiligstelling van de drinkwatervoorziening een dwingende reden van groot openbaar "
      "belang is; de Commissie stelt vast dat die bepaling in de praktijk nog te weinig gewicht krijgt."),
    H2("4.2 Bescherming in de praktijk"),
    P("Provincies wijzen rond grondwaterwinningen beschermingsgebieden aan en stellen daarvoor regels in hun "
      "omgevingsverordening. Die gebieden beslaan meestal alleen de zone waaruit het water binnen 25 jaar de "
      "winputten bereikt. Het volledige intrekgebied, waaruit het water op langere termijn komt, is vaak vele "
      "malen groter en valt grotendeels buiten iedere bescherming. In die gebieden gelden alleen de landelijke "
      "mestregels."),
    P("De Commissie heeft gezien dat vrijwillige afspraken tussen drinkwaterbedrijven en boeren in sommige "
      "intrekgebieden goede resultaten opleveren. Waar drinkwaterbedrijven langjarige afspraken maken en boeren "
      "een vergoeding bieden voor extensiever gebruik van hun grond, daalt het nitraatgehalte in het grondwater "
      "aantoonbaar. Zulke afspraken blijven echter vaak beperkt tot pilots van drie tot vijf jaar, omdat "
      "drinkwaterbedrijven onzeker zijn of zij de kosten mogen doorberekenen in het tarief."),
    P("Ook het Rijk heeft een rol. In het Besluit kwaliteit leefomgeving staan instructieregels voor provincies "
      "over de bescherming van drinkwaterbronnen. Een landelijke signaleringswaarde, waarboven provincies "
      "verplicht in actie moeten komen, ontbreekt. De Commissie acht een waarde van 25 milligram nitraat per liter, "
      "de helft van de norm, passend om tijdig te kunnen ingrijpen."),

    H1("5. Toezicht en handhaving"),
    H2("5.1 Fraude is geen randverschijnsel"),
    P("De mestregelgeving is een van de meest fraudegevoelige stelsels in het Nederlandse omgevingsrecht. De "
      "waarde van een vracht mest is negatief: wie mest heeft, betaalt om die kwijt te raken. Elke kuub die op "
      "papier wordt afgevoerd maar in werkelijkheid op het eigen land of bij een buurman wordt uitgereden, "
      "levert geld op. Na het vervallen van de derogatie neemt die opbrengst verder toe."),
    P("Uit de gesprekken met de NVWA en het Openbaar Ministerie maakt de Commissie op dat fraude met mest niet "
      "beperkt blijft tot enkele incidenten. Onderzoeken van de afgelopen jaren lieten zien dat vervoerders "
      "vrachten dubbel registreerden, monsters manipuleerden en mest met valse papieren over de grens brachten. "
      "In een aantal zaken ging het om georganiseerde netwerken van intermediairs, transporteurs en verwerkers.",
      footnotes=("De Commissie baseert zich op gesprekken en op openbare jaarverslagen; zij heeft geen toegang "
                 "gehad tot lopende strafzaken.",)),
    H2("5.2 Pakkans en sancties"),
    P("De pakkans voor mestfraude is laag. Het aantal fysieke controles van mesttransporten door de NVWA is de "
      "afgelopen tien jaar gedaald, terwijl het aantal transporten en de complexiteit van de mestketen zijn "
      "toegenomen. De bestaande registratie met het systeem van vervoersbewijzen dierlijke meststoffen en "
      "satellietplaatsbepaling geeft wel een beeld, maar pas achteraf; manipulatie van weging en bemonstering "
      "wordt daarmee zelden ontdekt."),
    P("Realtime registratie, waarbij plaats, gewicht en samenstelling van iedere vracht automatisch en direct "
      "worden vastgelegd, maakt fraude veel moeilijker. Daarnaast is meer toezicht ter plaatse nodig. De Commissie "
      "heeft geen precieze norm voor het aantal inspecties, maar acht een verdubbeling binnen enkele jaren "
      "noodzakelijk om de pakkans op een geloofwaardig niveau te brengen."),
    H2("5.3 Transparantie en zelfregulering"),
    P("De Commissie heeft ook gekeken naar transparantie over handhaving. Andere toezichthouders maken de namen van "
      "beboete ondernemingen in bepaalde gevallen openbaar. Dat heeft een preventieve werking en laat zien dat "
      "overtredingen gevolgen hebben. Voor de mestregels gebeurt dit tot nu toe niet."),
    P("De mestketen zelf kan ook meer doen. Loonwerkers, intermediairs en verwerkers hebben er belang bij dat "
      "malafide concurrenten van de markt verdwijnen. Een sectorbreed certificatieschema, met onafhankelijke "
      "audits en uitsluiting van partijen die de regels overtreden, kan het overheidstoezicht aanvullen. In de "
      "zuivelketen zijn duurzaamheidsprogramma's al gemeengoed; het stikstofbodemoverschot speelt daarin nog een "
      "bescheiden rol."),

    PageBreak(),
    H1("6. Aanbevelingen"),
    H2("6.1 Samenhang"),
    P("De Commissie heeft haar aanbevelingen zo opgesteld dat zij elkaar versterken. Een bindende opgave per "
      "stroomgebied geeft richting; maatregelen op het perceel en bescherming van drinkwaterbronnen zorgen dat die "
      "opgave wordt gehaald; toezicht en handhaving maken dat eerlijke boeren niet worden benadeeld door wie de "
      "regels ontduikt. Ondersteuning van omschakeling en een actieve rol van de ketenpartijen zijn nodig om de "
      "opgave haalbaar te maken."),
    P("De aanbevelingen zijn hieronder geordend naar de partij die aan zet is. Waar de Commissie het Rijk "
      "aanspreekt, bedoelt zij het kabinet als geheel; het is aan het kabinet om te bepalen welke bewindspersoon "
      "het voortouw neemt."),
    H2("6.2 Aanbevelingen per adressaat"),
    H3("Rijk"),
    rec_dashes("1", "2", "3", "4", "5", "6", "7", "8"),
    H3("NVWA"),
    rec_dashes("9", "10"),
    H3("Provincies en waterschappen"),
    rec_dashes("11", "12"),
    H3("Drinkwaterbedrijven"),
    rec_dashes("13"),
    H3("Sector"),
    rec_dashes("14", "15"),
    P("De Commissie beveelt aan de uitvoering van deze aanbevelingen jaarlijks te volgen in de voortgangsrapportage "
      "over de Kaderrichtlijn Water, zodat tijdig zichtbaar wordt waar bijsturing nodig is."),

    PageBreak(),
    H1("Bijlage 1. Samenstelling van de Commissie"),
    P("prof. dr. ir. M.A. Hofstede-Vink, voorzitter; ir. J.W. Brouwer; mr. dr. S. el Amrani; drs. H. Tjeerdsma; "
      "dr. ir. C.M. van Lingen; ing. R.P. Oude Wesselink."),
    P("Secretariaat: drs. L.K. Verhoef en mr. A. Boersma."),
    H1("Bijlage 2. Gesprekspartners"),
    P("De Commissie sprak onder meer met vertegenwoordigers van de volgende organisaties:"),
    bullets(
        "het ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur en het ministerie van Infrastructuur en "
        "Waterstaat;",
        "Rijksdienst voor Ondernemend Nederland, de NVWA en het Openbaar Ministerie;",
        "het Interprovinciaal Overleg, vijf provincies en de Unie van Waterschappen;",
        "acht waterschappen en vijf drinkwaterbedrijven;",
        "agrarische belangenorganisaties, loonwerkers, mestverwerkers en zuivelondernemingen;",
        "natuur- en milieuorganisaties en kennisinstellingen.",
    ),
)

REPORT = Document(
    title="Schoon water begint op het erf",
    subtitle="Advies over mest, nitraat en waterkwaliteit op weg naar 2027",
    blocks=REPORT_BLOCKS,
    running_header="Commissie Water en Landbouw  |  Schoon water begint op het erf",
    footer="{page}",
    font_family="sans",
    title_page=True,
    imprint=("Commissie Water en Landbouw", "Den Haag, maart 2025"),
)

# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV1 = ("Het kabinet neemt de aanbeveling over om per stroomgebied vast te leggen hoeveel de belasting met stikstof "
       "en fosfaat uit de landbouw moet dalen, en die opgave bindend te vertalen naar de deelstroomgebieden.")
EV1B = ("Een bindende reductieopgave per stroomgebied: zoals hierboven aangegeven neemt het kabinet deze aanbeveling "
        "over; de minister van IenW legt de opgave vast in de ontwerp-stroomgebiedbeheerplannen die in december "
        "2025 ter inzage gaan.")
EV2 = ("Een generieke bufferstrook van tien meter langs alle waterlopen acht het kabinet niet proportioneel, omdat "
       "daarmee naar schatting 35.000 hectare landbouwgrond uit productie gaat terwijl het extra effect op veel "
       "plaatsen klein is.")
EV3 = ("Het kabinet heeft hierover al besloten in het Zevende actieprogramma Nitraatrichtlijn: vanaf 1 januari 2026 "
       "moet op zand- en lössgrond na maïs uiterlijk 1 oktober een vanggewas zijn ingezaaid, en de uitzonderingen "
       "voor late rassen en een late oogst vervallen per die datum.")
EV4 = ("Het kabinet voert een dergelijk verbod in, maar alleen in grondwaterbeschermingsgebieden en in de "
       "intrekgebieden van drinkwaterwinningen.")
EV5 = ("Een vrijstelling van de verplichte maatregelen voor afzonderlijke bedrijven past niet binnen de "
       "Nitraatrichtlijn, die deze maatregelen voorschrijft voor alle landbouwbedrijven in de aangewezen kwetsbare "
       "zones, en Nederland heeft zijn hele grondgebied als kwetsbare zone aangewezen.")
EV6 = ("Vanaf 1 januari 2026 moet ieder transport van dierlijke mest realtime worden gemeld aan RVO, met automatische "
       "plaatsbepaling, weging en bemonstering; het kabinet trekt hiervoor 14 miljoen euro uit voor de bouw van het "
       "systeem en de ondersteuning van vervoerders.")
EV9 = ("De NVWA breidt het toezicht op mesttransporteurs, intermediairs en mestverwerkers in 2026 uit met 30 fte, "
       "ongeveer een derde meer dan nu; een verdubbeling van het aantal inspecties vóór 2027 is met de huidige "
       "arbeidsmarkt niet haalbaar.")
EV10 = "Het openbaar maken van de namen van beboete of veroordeelde bedrijven acht het kabinet niet opportuun."
EV11 = ("Het kabinet steunt de provincies hierin met 40 miljoen euro voor de periode 2025–2028, bedoeld voor "
        "gebiedsdossiers, de aanpassing van omgevingsverordeningen en de begeleiding van boeren in de "
        "intrekgebieden.")
EV13 = ("Langjarige contracten tussen drinkwaterbedrijven en agrariërs in intrekgebieden: het kabinet heeft er geen "
        "bezwaar tegen dat drinkwaterbedrijven zulke contracten sluiten en de kosten daarvan in het drinkwatertarief "
        "verwerken.")
EV14 = ("Het kabinet zal met de zuivelondernemingen en de Nederlandse Zuivel Organisatie verkennen of en hoe het "
        "bodemoverschot in de duurzaamheidsprogramma's kan worden opgenomen.")
EV15 = ("Het kabinet ondersteunt dit initiatief en maakt certificering vanaf 1 januari 2027 een voorwaarde voor de "
        "inschrijving van intermediairs en loonwerkers bij RVO.")

RESPONSE_BLOCKS = (
    P("Datum: 22 mei 2025"),
    P("Betreft: Kabinetsreactie op het advies 'Schoon water begint op het erf'"),
    P("Geachte Voorzitter,"),
    P("Op 27 maart 2025 heeft de Commissie Water en Landbouw haar advies 'Schoon water begint op het erf' "
      "uitgebracht. Het advies is op verzoek van de minister van Infrastructuur en Waterstaat en mij opgesteld en is "
      "u bij brief van 28 maart 2025 toegezonden. Met deze brief ontvangt u, mede namens de minister van "
      "Infrastructuur en Waterstaat, de reactie van het kabinet."),
    P("Het kabinet dankt de Commissie voor haar heldere en goed onderbouwde advies. De Commissie heeft in korte tijd "
      "met veel betrokkenen gesproken, van melkveehouders en loonwerkers tot waterbeheerders en drinkwaterbedrijven. "
      "Dat is aan het advies af te lezen: het benoemt de spanningen zonder ze te verbloemen."),
    H2("Appreciatie op hoofdlijnen"),
    P("Het kabinet deelt de conclusie van de Commissie dat de doelen van de Kaderrichtlijn Water in 2027 in een groot "
      "deel van de waterlichamen niet zullen worden gehaald als het beleid niet verandert. Het kabinet deelt ook de "
      "analyse dat de bijdrage van de landbouw aan de belasting met stikstof en fosfaat daarbij een belangrijke rol "
      "speelt, en dat de vertraging waarmee maatregelen in het water zichtbaar worden tot haast dwingt."),
    P("De kern van het advies is dat de waterkwaliteitsopgave concreet en bindend moet worden gemaakt. " + EV1 + " "
      "Daarmee krijgen provincies, waterschappen en boeren duidelijkheid over wat in hun gebied van hen wordt "
      "verwacht, en kan op het resultaat worden gestuurd.",
      answers=(Answer("1", "agree", EV1),)),
    P("Op een aantal punten kiest het kabinet een andere route dan de Commissie. De Commissie stelt verschillende "
      "generieke maatregelen voor die in het hele land zouden gelden. Het kabinet geeft de voorkeur aan maatregelen "
      "die gericht zijn op de plekken waar de waterkwaliteit het meest onder druk staat, en in het bijzonder op de "
      "bronnen van onze drinkwatervoorziening. Een generieke aanpak legt lasten op bedrijven die daar weinig aan "
      "kunnen bijdragen en kan het draagvlak voor de noodzakelijke maatregelen ondermijnen."),
    P("Het vervallen van de derogatie per 1 januari 2026 is een gegeven. Het kabinet heeft de Europese Commissie om "
      "een zorgvuldige overgang gevraagd, maar zal geen nieuwe derogatie aanvragen. Het kabinet erkent, net als de "
      "Commissie, dat de gevolgen voor veel melkveehouders groot zijn en dat de druk op de mestmarkt de komende "
      "jaren toeneemt."),
    P("Het kabinet deelt ten slotte de zorg van de Commissie over fraude in de mestketen. Wie de regels ontduikt, "
      "benadeelt niet alleen het water, maar ook de vele boeren, loonwerkers en verwerkers die zich er wel aan houden. "
      "De aanpak van mestfraude heeft voor het kabinet daarom een hoge prioriteit."),
    H2("Reactie op de aanbevelingen"),
    P("Hieronder gaat het kabinet in op de aanbevelingen van de Commissie. Het kabinet heeft de aanbevelingen daarvoor "
      "naar onderwerp geordend, zodat samenhangende voorstellen in één keer worden besproken; de volgorde wijkt "
      "daardoor af van die in het advies."),
    P("Waterkwaliteit en maatregelen op het perceel", bold=True),
    P("• " + EV1B + " De provincies en waterschappen worden nauw betrokken bij de verdeling van de "
      "opgave over de deelstroomgebieden.",
      answers=(Answer("1", "agree", EV1B),)),
    P("• Bufferstroken van tien meter langs alle waterlopen: het kabinet kiest voor het behoud van de gedifferentieerde "
      "bufferstroken uit het Zevende actieprogramma, die afhankelijk van het type waterloop twee tot vijf meter breed "
      "zijn. " + EV2 + " Wel stimuleert het kabinet via het agrarisch natuur- en landschapsbeheer bredere stroken op "
      "plaatsen waar de fosfaatafspoeling het grootst is.",
      answers=(Answer("2", "disagree", EV2),)),
    P("• Een vanggewas na maïs zonder uitzonderingen: dit punt vraagt geen nieuw besluit. " + EV3 + " Dit voorstel van de Commissie is daarmee al "
      "uitgevoerd.",
      answers=(Answer("3", "agree", EV3),)),
    P("• Een teeltverbod voor uitspoelingsgevoelige gewassen waar de nitraatnorm wordt overschreden: het kabinet "
      "erkent dat juist deze teelten het vaakst tot overschrijdingen leiden. " + EV4 + " Daar weegt de bescherming "
      "van de drinkwatervoorziening voor het kabinet het zwaarst. Buiten deze gebieden zet het kabinet in op de "
      "gebiedsgerichte aanpak die hierboven is beschreven.",
      answers=(Answer("4", "partial", EV4),)),
    P("• Vrijstelling van generieke maatregelen voor bedrijven met aantoonbaar lage uitspoeling: het kabinet begrijpt "
      "de wens om boeren die goed presteren te belonen. " + EV5 + " Het kabinet wil goede prestaties wel belonen via "
      "de ecoregeling in het Gemeenschappelijk Landbouwbeleid.",
      answers=(Answer("5", "disagree", EV5),)),
    P("Drinkwaterbronnen", bold=True),
    P("• Bescherming van de volledige intrekgebieden van grondwaterwinningen: de aanwijzing van "
      "beschermingsgebieden is een taak van de provincies, en het Interprovinciaal Overleg heeft laten weten dat "
      "de provincies deze aanbeveling willen uitvoeren. " + EV11 + " De minister van Infrastructuur en Waterstaat "
      "zal de voortgang volgen in het bestuurlijk overleg over de drinkwatervoorziening.",
      answers=(Answer("11", "agree", EV11),)),
    P("• " + EV13 + " De minister van Infrastructuur en Waterstaat zal in de Drinkwaterregeling verduidelijken dat "
      "deze kosten behoren tot de kosten van de drinkwatervoorziening, zodat de onzekerheid die de Commissie "
      "signaleert verdwijnt.",
      answers=(Answer("13", "agree", EV13),)),
    P("• Een signaleringswaarde voor nitraat bij drinkwaterwinningen: in het Besluit kwaliteit leefomgeving is "
      "vastgelegd dat provincies voor iedere winning een gebiedsdossier opstellen waarin de risico's voor de bron "
      "en de benodigde maatregelen worden beschreven. Drinkwaterbedrijven meten de kwaliteit van het ruwe water en "
      "rapporteren daarover aan de provincie en de Inspectie Leefomgeving en Transport. Op grond van de "
      "Drinkwaterwet moet de provincie bij een dreigende overschrijding van de kwaliteitseisen met het "
      "drinkwaterbedrijf in overleg treden over aanvullende maatregelen."),
    P("Mestfraude, toezicht en handhaving", bold=True),
    P("• Realtime registratie van mesttransporten: dit is voor het kabinet een kernonderdeel van de aanpak van "
      "mestfraude. " + EV6 + " De vervoerders zijn hierover inmiddels geïnformeerd.",
      answers=(Answer("6", "agree", EV6),)),
    P("• Toezicht door de NVWA en openbaarmaking van sancties: het kabinet onderschrijft dat de pakkans omhoog moet. "
      + EV9 + " Bij de inzet van de extra capaciteit gebruikt de NVWA de gegevens uit de mestboekhouding om "
      "risicovolle transporten te selecteren. " + EV10 + " Bestuurlijke boetes zijn bedoeld om de overtreding te "
      "bestraffen, niet om de overtreder publiekelijk aan te spreken, en de NVWA publiceert al jaarlijks "
      "geanonimiseerde handhavingscijfers.",
      answers=(Answer("9", "partial", EV9), Answer("10", "disagree", EV10))),
    P("• Een certificatieschema voor de mestketen: het kabinet is verheugd dat brancheorganisaties van loonwerkers "
      "en intermediairs hier zelf het initiatief toe nemen. " + EV15 + " Zo kunnen malafide partijen niet langer "
      "meeliften op de goede naam van de keten.",
      answers=(Answer("15", "agree", EV15),)),
    P("Omschakeling en de rol van de zuivelketen", bold=True),
    P("• Een omschakelfonds voor melkveehouders na het vervallen van de derogatie: het kabinet herkent het beeld dat "
      "de Commissie schetst van bedrijven die willen extensiveren maar daarvoor de middelen missen. De Commissie "
      "raamt de benodigde middelen op ten minste 500 miljoen euro over vijf jaar. Hierover besluit het kabinet bij "
      "de Voorjaarsnota."),
    P("• Beloning van een laag bodemoverschot via de melkprijs: het kabinet vindt het waardevol dat ketenpartijen "
      "goede prestaties belonen. " + EV14 + " Het kabinet zal uw Kamer over de uitkomst informeren.",
      answers=(Answer("14", "partial", EV14),)),
    H2("Tot slot"),
    P("Het advies van de Commissie komt op een moment waarop voor de landbouw en het water veel tegelijk verandert. "
      "Het kabinet zal de keuzes uit deze brief uitwerken in het Achtste actieprogramma Nitraatrichtlijn, dat in het "
      "voorjaar van 2026 aan de Europese Commissie wordt voorgelegd, en in de stroomgebiedbeheerplannen voor de "
      "periode na 2027. Wij doen dat in nauw overleg met provincies, waterschappen, drinkwaterbedrijven en de "
      "agrarische sector."),
    P("De minister van Landbouw, Visserij, Voedselzekerheid en Natuur,"),
    P("ir. B.J. Scholten-Dijkhuis"),
)

RESPONSE = Document(
    title="Kabinetsreactie op het advies van de Commissie Water en Landbouw",
    subtitle="Brief van de minister van Landbouw, Visserij, Voedselzekerheid en Natuur, mede namens de minister van "
             "Infrastructuur en Waterstaat, aan de Voorzitter van de Tweede Kamer der Staten-Generaal",
    blocks=RESPONSE_BLOCKS,
    running_header="Kabinetsreactie advies Commissie Water en Landbouw",
    footer="Pagina {page} van {pages}",
    font_family="serif",
    title_page=False,
)

PAIR = Pair(
    name="manure_water_quality",
    report=REPORT,
    response=RESPONSE,
    description="Commissie Water en Landbouw advice on manure, nitrate and water quality (15 unnumbered dash "
                "recommendations under addressee headings, five repeated in a two-column summary) and the LVVN "
                "minister's letter answering by subject in typed-bullet paragraphs; 7 postponed to the Voorjaarsnota, "
                "8 only existing policy, 12 not mentioned.",
)
