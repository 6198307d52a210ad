"""Pair: a SER-style advice on energy poverty (energiearmoede) and the cabinet's response to it.

Layout traits this pair tests: a serif report with a title page; an executive summary that lists the three themes
but no recommendation; a lettered list of advisory questions, bulleted method and findings lists that are not
recommendations; sixteen recommendations coded per theme ("A1." ... "C6." as list markers) in lists at the end of
chapters 3, 4 and 5, each introduced by a bold lead-in, with the addressee written into the item itself.

The response is a kabinetsreactie letter from the minister of Klimaat en Groene Groei, mede namens SZW and BZK,
organised by the SER's themes. It refers to some advices by code ("advies A2") and to others only by subject,
agrees without cue words (a date, money, a law change) and with them ("neemt dit advies over", "Ik ben het met de
SER eens ... en zal daarom"), refuses politely ("Wij begrijpen de wens ..., maar ... voegt ... weinig toe"), by
sharing the analysis but not the conclusion, and by pointing to existing supervision; it adopts partly (two years
instead of six, a trial in two grid areas, one more winter instead of a structural fund) and promises only a study
for A5. One paragraph answers B3, B4 and B5 with three different positions (in the order B4, B3, B5). B2 is only
deferred to the Voorjaarsbesluitvorming after a long paragraph on the history of the energy allowance that takes
no position, and C4 (addressed to the energy suppliers) is passed on to Energie-Nederland; both are not addressed.
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


def R(number: str, *departments: str) -> Recommendation:
    return Recommendation(number, tuple(departments))


def bullets(*texts: str) -> ItemList:
    return ItemList(tuple(ListItem(text) for text in texts), style="•")


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H("Samenvatting"),
    P("Een warm huis en een energierekening die je kunt betalen, zijn voor de meeste Nederlanders vanzelfsprekend. "
      "Voor naar schatting 520.000 huishoudens zijn ze dat niet. Zij wonen in een slecht geïsoleerde woning, hebben "
      "een laag inkomen en kunnen weinig doen om hun verbruik of hun rekening omlaag te brengen. Een deel van hen "
      "houdt de rekening betaalbaar door de verwarming laag te zetten, minder vaak te douchen of in één kamer te "
      "leven. Die verborgen energiearmoede komt in de statistieken nauwelijks voor, maar heeft gevolgen voor "
      "gezondheid, schoolprestaties van kinderen en deelname aan de samenleving."),
    P("De prijscrisis van 2022 heeft het probleem zichtbaar gemaakt, maar niet veroorzaakt. Ook nu de prijzen weer "
      "lager liggen dan op hun hoogtepunt, blijft energiearmoede bestaan, omdat de oorzaken structureel zijn. Het "
      "kabinet heeft met tijdelijke maatregelen als de energietoeslag, het prijsplafond en het Noodfonds Energie veel "
      "huishoudens door de crisis geholpen. De raad constateert dat die maatregelen elk jaar opnieuw moesten worden "
      "ingericht, dat zij de huishoudens die ze het hardst nodig hadden niet altijd bereikten en dat zij weinig "
      "deden aan de oorzaak: de woning."),
    P("In dit advies beantwoordt de Sociaal-Economische Raad (SER) de vraag van de minister van Klimaat en Groene "
      "Groei hoe energiearmoede structureel kan worden teruggedrongen. De raad kiest voor een aanpak die de woning "
      "vooropstelt, de rekening betaalbaar houdt voor wie dat zelf niet kan en voorkomt dat betalingsproblemen "
      "uitmonden in schulden of afsluiting. Het advies is opgebouwd rond drie thema's:", bold=True),
    bullets(
        "Thema A – De woning eerst: isoleren waar de nood het hoogst is.",
        "Thema B – Een betaalbare energierekening voor huishoudens met een laag inkomen.",
        "Thema C – Achterstanden voorkomen en huurders goed informeren.",
    ),
    P("Per thema beschrijft de raad wat er speelt, wat werkt en waar het schuurt. De adviezen staan aan het slot van "
      "de hoofdstukken 3, 4 en 5 en zijn per thema gecodeerd. Zij zijn gericht aan het kabinet, in het bijzonder aan "
      "de ministers van Klimaat en Groene Groei, van Sociale Zaken en Werkgelegenheid en van Binnenlandse Zaken en "
      "Koninkrijksrelaties, aan gemeenten en aan de energieleveranciers."),
    P("De raad realiseert zich dat een structurele aanpak geld kost, op een moment dat de overheidsfinanciën onder "
      "druk staan. Tegelijk kost niets doen ook geld: in zorgkosten, in schuldhulpverlening en in gemiste kansen. "
      "Elke euro die nu in de isolatie van de slechtste huurwoningen wordt gestoken, verlaagt de rekening van de "
      "bewoners voor tientallen jaren."),
    PageBreak(),

    H("1 Inleiding"),
    H("1.1 Aanleiding en adviesvraag", 2),
    P("In september 2024 vroeg de minister van Klimaat en Groene Groei de SER om advies over een structurele aanpak "
      "van energiearmoede. Aanleiding was de vaststelling dat de tijdelijke steunmaatregelen uit de jaren 2022 en "
      "2023 zouden aflopen, terwijl een aanzienlijke groep huishoudens moeite bleef houden met het betalen van de "
      "energierekening. De minister stelde de raad drie vragen:"),
    ItemList((
        ListItem("Hoe groot is de groep huishoudens die structureel met energiearmoede te maken heeft, en wat zijn "
                 "de belangrijkste oorzaken?"),
        ListItem("Welke combinatie van maatregelen op het gebied van de woning, het inkomen en de energierekening "
                 "is nodig om energiearmoede duurzaam terug te dringen?"),
        ListItem("Hoe kan worden voorkomen dat huishoudens met een betalingsachterstand in de schulden raken of "
                 "worden afgesloten?"),
    ), style="a."),
    P("De raad heeft de adviesaanvraag voorbereid in een tijdelijke commissie, waarin werkgevers, werknemers en "
      "onafhankelijke leden zitting hadden. De samenstelling van de commissie staat in de bijlage. De raad heeft het "
      "advies vastgesteld in zijn openbare vergadering van 21 maart 2025."),
    H("1.2 Werkwijze", 2),
    P("De commissie heeft zich breed laten informeren. Zij heeft daarbij nadrukkelijk ook de ervaringen van "
      "huishoudens zelf betrokken, omdat cijfers alleen niet laten zien hoe energiearmoede in het dagelijks leven "
      "uitwerkt. Concreet heeft de commissie:"),
    bullets(
        "bestaande onderzoeken en evaluaties van de steunmaatregelen uit de periode 2022-2024 bestudeerd;",
        "gegevens van het CBS over inkomens, woningkenmerken en energieverbruik laten analyseren op het niveau "
        "van wijken;",
        "gesprekken gevoerd met 42 huishoudens in Rotterdam-Zuid, Heerlen, Emmen en Zaandam, van wie de meesten "
        "een woning huren;",
        "drie rondetafelgesprekken georganiseerd met woningcorporaties, particuliere verhuurders, "
        "energieleveranciers, netbeheerders, gemeenten en schuldhulpverleners;",
        "werkbezoeken afgelegd aan twee wijkaanpakken waarin energiecoaches huishoudens thuis bezoeken.",
    ),
    P("De gesprekken met huishoudens zijn gevoerd door twee onderzoekers van een onafhankelijk bureau, aan de hand "
      "van een vaste gespreksleidraad. Deelnemers kregen een vergoeding. Citaten in dit advies zijn geanonimiseerd "
      "en met toestemming van de betrokkenen opgenomen."),
    H("1.3 Afbakening en leeswijzer", 2),
    P("Dit advies gaat over huishoudens, niet over bedrijven of instellingen. De nadruk ligt op huurders, omdat zij "
      "de grootste groep vormen onder de huishoudens in energiearmoede en omdat zij, anders dan eigenaar-bewoners, "
      "zelf weinig aan hun woning kunnen veranderen. Waar eigenaar-bewoners met een laag inkomen in een "
      "vergelijkbare positie verkeren, besteedt de raad daar aandacht aan."),
    P("Hoofdstuk 2 schetst wat energiearmoede is, hoe groot de groep is en wie het treft. De hoofdstukken 3, 4 en 5 "
      "behandelen de drie thema's van dit advies en sluiten elk af met de adviezen van de raad. Hoofdstuk 6 bevat "
      "enkele slotopmerkingen over samenhang en uitvoering."),
    PageBreak(),

    H("2 Energiearmoede in beeld"),
    H("2.1 Wat verstaan we onder energiearmoede?", 2),
    P("Er bestaat geen wettelijke definitie van energiearmoede. De raad sluit aan bij de benadering die in "
      "Nederlands onderzoek gangbaar is geworden. Een huishouden verkeert in energiearmoede wanneer het een laag "
      "inkomen heeft en daarnaast ten minste een van de volgende kenmerken vertoont: een hoge energiequote, dat "
      "wil zeggen dat meer dan 10 procent van het besteedbaar inkomen opgaat aan energie, of een woning met een "
      "lage energetische kwaliteit, waardoor het huishouden weinig mogelijkheden heeft om het verbruik te "
      "verlagen.", footnotes=("De raad hanteert als grens voor een laag inkomen 130 procent van het sociaal "
                              "minimum, in lijn met de meeste gemeentelijke regelingen voor inkomensondersteuning.",)),
    P("Naast deze meetbare vorm onderscheidt de raad verborgen energiearmoede. Daarvan is sprake wanneer een "
      "huishouden de energierekening laag houdt door zich kosten te ontzeggen die voor een gezond leven nodig zijn: "
      "de woning niet voldoende verwarmen, niet ventileren om warmte vast te houden of bezuinigen op warme "
      "maaltijden. Deze huishoudens hebben soms een lage energiequote, maar leven in omstandigheden die de raad "
      "onaanvaardbaar vindt."),
    H("2.2 Omvang en ontwikkeling", 2),
    P("Volgens de meest recente cijfers verkeerden in 2023 ongeveer 520.000 huishoudens in energiearmoede, ruim "
      "6,5 procent van alle huishoudens. Dat is minder dan in 2022, toen het aantal door de sterk gestegen prijzen "
      "opliep tot ongeveer 680.000, maar meer dan in 2019, toen het om circa 470.000 huishoudens ging. De daling na "
      "2022 is grotendeels toe te schrijven aan de tijdelijke steunmaatregelen en aan de daling van de "
      "energieprijzen, niet aan een verbetering van de woningen.", footnotes=(
        "Cijfers ontleend aan de Monitor Energiearmoede 2024 en eigen bewerkingen van het secretariaat op basis van "
        "microdata van het CBS. De cijfers over 2023 zijn voorlopig.",)),
    P("Energiearmoede is sterk geconcentreerd. In ongeveer 250 wijken verkeert meer dan een op de acht huishoudens "
      "in energiearmoede. Die wijken liggen vooral in het noorden en oosten van Groningen, in Parkstad Limburg, in "
      "de oude stadswijken van de grote steden en in delen van Twente en Drenthe. Het gaat vaak om wijken met veel "
      "vooroorlogse en vroeg-naoorlogse woningen, die nooit ingrijpend zijn geïsoleerd."),
    P("De raad heeft ook gekeken naar de ontwikkeling van de energiequote van huishoudens met een laag inkomen. "
      "Gemiddeld gaven zij in 2023 8,9 procent van hun besteedbaar inkomen uit aan energie, tegen 4,1 procent voor "
      "alle huishoudens. Voor huishoudens met een laag inkomen in een woning met een E-, F- of G-label lag dat "
      "aandeel op 12,7 procent."),
    H("2.3 Wie worden getroffen?", 2),
    P("Energiearmoede treft niet alleen huishoudens met een uitkering. Ook werkenden met een laag loon, "
      "gepensioneerden met alleen AOW en zzp'ers met een wisselend inkomen vallen onder de groep. Huurders zijn "
      "sterk oververtegenwoordigd: ruim drie kwart van de huishoudens in energiearmoede huurt, van wie ongeveer "
      "een derde van een particuliere verhuurder. Het aandeel particuliere huurders is de afgelopen jaren gestegen, "
      "omdat de particuliere huursector achterblijft bij het verbeteren van de woningen."),
    P("Uit de gesprekken met huishoudens komt een beeld naar voren dat de cijfers aanvult. De belangrijkste "
      "bevindingen zijn:", bold=True),
    bullets(
        "Veel huishoudens weten niet welk energielabel hun woning heeft en wat zij van hun verhuurder mogen "
        "verwachten.",
        "Huurders aarzelen om hun verhuurder aan te spreken op tocht, vocht of schimmel, uit angst voor een "
        "huurverhoging of een verslechterde relatie.",
        "De jaarnota van de energieleverancier is voor een groot deel van de geïnterviewden moeilijk te lezen; een "
        "onverwachte eindafrekening is vaak het begin van een betalingsachterstand.",
        "Wie al schulden heeft, stelt het contact met de leverancier uit; het eerste echte gesprek met de "
        "leverancier vindt dan vaak pas plaats als afsluiting dreigt.",
        "Tijdelijke regelingen worden als ingewikkeld ervaren; wie een jaar heeft gemist, weet vaak niet dat er een "
        "nieuwe ronde is.",
    ),
    P("Een bewoonster uit Heerlen verwoordde het zo: ‘We zitten 's avonds met z'n drieën onder een deken op de "
      "bank. De kachel gaat pas aan als de kleine thuiskomt. Ik weet dat het huis lekt, maar als ik bel, krijg ik een "
      "bandje.’ Dergelijke ervaringen maken duidelijk dat energiearmoede niet alleen een kwestie van geld is, maar "
      "ook van zeggenschap en van de vraag of iemand de weg weet te vinden."),
    H("2.4 Drie oorzaken die elkaar versterken", 2),
    P("De raad ziet drie oorzaken die in samenhang moeten worden aangepakt. De eerste is de woning. Een slecht "
      "geïsoleerde woning vraagt veel energie om op een gezonde temperatuur te komen; bewoners kunnen daar met "
      "hun gedrag weinig aan veranderen. De tweede is het inkomen. Huishoudens met een laag inkomen hebben geen "
      "buffer om een hoge rekening of een onverwachte eindafrekening op te vangen. De derde is de energierekening "
      "zelf: de vaste kosten voor netbeheer en levering wegen voor kleine verbruikers relatief zwaar, en de manier "
      "waarop voorschotten worden vastgesteld, leidt geregeld tot verrassingen."),
    P("Deze oorzaken versterken elkaar. Wie in een slechte woning woont en een laag inkomen heeft, kan niet "
      "investeren in besparende maatregelen en heeft ook geen invloed op de investeringsbeslissingen van de "
      "verhuurder. Een betalingsachterstand leidt tot incassokosten en soms tot een hoger voorschot, waardoor de "
      "achterstand verder oploopt. Maatregelen die slechts een van de drie oorzaken aanpakken, hebben daardoor "
      "minder effect dan zij zouden kunnen hebben."),

    H("3 Thema A: De woning eerst"),
    H("3.1 De staat van de huurvoorraad", 2),
    P("Nederland telt ongeveer 3,3 miljoen huurwoningen. Daarvan had begin 2024 naar schatting 11 procent een "
      "energielabel E, F of G. In de corporatiesector is dat aandeel de afgelopen jaren snel gedaald, dankzij de "
      "afspraken die corporaties en het Rijk in de Nationale Prestatieafspraken hebben gemaakt. In de particuliere "
      "huursector gaat de verbetering langzamer. Vooral kleine verhuurders, met één tot tien woningen, blijven "
      "achter: van hun woningen heeft bijna een kwart een slecht label."),
    P("Het label alleen zegt niet alles. Ook woningen met een label D of C kunnen tochtig zijn of last hebben van "
      "vocht, en de werkelijke kwaliteit van de isolatie wijkt soms af van wat het label doet vermoeden. Voor "
      "huishoudens met een laag inkomen is vooral van belang dat de slechtste woningen als eerste worden "
      "aangepakt en dat het verbeteren van de woning niet leidt tot hogere woonlasten."),
    H("3.2 Wat werkt", 2),
    P("In verschillende gemeenten is ervaring opgedaan met een wijkgerichte aanpak. Daarbij bezoeken "
      "energiecoaches of energiefixers huishoudens thuis, geven zij advies op maat en brengen zij direct kleine "
      "maatregelen aan, zoals tochtstrips, radiatorfolie en een waterbesparende douchekop. Uit evaluaties blijkt dat "
      "deze huishoudens gemiddeld 5 tot 10 procent minder energie verbruiken. Minstens zo belangrijk is dat de "
      "huisbezoeken andere problemen aan het licht brengen, zoals betalingsachterstanden of gezondheidsklachten, "
      "waarvoor dan hulp kan worden ingeschakeld."),
    P("Het Nationaal Isolatieprogramma heeft gemeenten de afgelopen jaren middelen gegeven om woningen in "
      "kwetsbare wijken te isoleren, ook als de bewoners de maatregelen niet zelf kunnen betalen. Gemeenten en "
      "corporaties die de commissie sprak, zijn positief over de lokale aanpak, maar wijzen op de onzekerheid over "
      "de financiering na 2026. Projecten met een lange voorbereidingstijd worden daardoor uitgesteld of niet "
      "gestart."),
    H("3.3 Wat schuurt", 2),
    P("Bij huurwoningen speelt het bekende probleem van de gespleten prikkel: de verhuurder investeert, de huurder "
      "profiteert van een lagere energierekening. Voor corporaties is dat probleem grotendeels ondervangen met "
      "prestatieafspraken. Voor particuliere verhuurders ontbreekt een vergelijkbare prikkel. Een wettelijke "
      "ondergrens voor de energetische kwaliteit van huurwoningen is al jaren in voorbereiding, maar nog niet "
      "ingevoerd."),
    P("Kleine particuliere verhuurders geven aan dat zij de investering niet kunnen financieren, vooral wanneer "
      "de woning al zwaar met een hypotheek is belast. Bestaande leningen zijn vooral gericht op eigenaar-bewoners. "
      "Huurders zijn bovendien bang dat de kosten van isolatie via een huurverhoging bij hen terechtkomen, waardoor "
      "de woonlasten per saldo niet dalen."),
    P("Ten slotte ervaren huurders weinig mogelijkheden om zelf verbetering af te dwingen. Zij kunnen bij de "
      "Huurcommissie een huurverlaging vragen wanneer de woning gebreken vertoont, maar het ontbreken van isolatie "
      "geldt niet als gebrek. In de gesprekken gaven meerdere huurders aan dat zij na een klacht maandenlang niets "
      "hoorden."),
    H("3.4 Adviezen", 2),
    P("De SER adviseert:", bold=True),
    ItemList((
        ListItem("De minister van Binnenlandse Zaken en Koninkrijksrelaties moet de verhuur van woningen met een "
                 "energielabel E, F of G uiterlijk per 1 januari 2029 wettelijk verbieden, voor woningcorporaties "
                 "én particuliere verhuurders, en gemeenten de bevoegdheid geven dat verbod te handhaven.",
                 recommendation=R("A1", "BZK")),
        ListItem("De minister van Klimaat en Groene Groei moet de middelen voor de lokale isolatieaanpak van het "
                 "Nationaal Isolatieprogramma vastleggen tot en met 2030 en ten minste de helft daarvan bestemmen "
                 "voor wijken met een bovengemiddeld aandeel huishoudens in energiearmoede.",
                 recommendation=R("A2", "EZ")),
        ListItem("Gemeenten zouden in elke wijk met veel energiearmoede een wijkgerichte aanpak moeten opzetten, "
                 "met energiecoaches die huishoudens thuis bezoeken, advies op maat geven en kleine "
                 "besparingsmaatregelen direct aanbrengen.",
                 recommendation=R("A3", "GEMEENTEN")),
        ListItem("De minister van Binnenlandse Zaken en Koninkrijksrelaties moet huurders een afdwingbaar recht op "
                 "verduurzaming geven, zodat een huurder van een woning met een slecht energielabel via de "
                 "Huurcommissie isolatiemaatregelen kan afdwingen.",
                 recommendation=R("A4", "BZK")),
        ListItem("De ministers van Klimaat en Groene Groei en van Binnenlandse Zaken en Koninkrijksrelaties moeten "
                 "kleine particuliere verhuurders via het Nationaal Warmtefonds een renteloze lening aanbieden om "
                 "hun woningen te isoleren, op voorwaarde dat de kosten niet via de huur op de huurder worden "
                 "afgewenteld.",
                 recommendation=R("A5", "EZ", "BZK")),
    )),
    PageBreak(),

    H("4 Thema B: Een betaalbare energierekening"),
    H("4.1 De ontwikkeling van de energierekening", 2),
    P("De gemiddelde energierekening van een huishouden steeg tussen 2021 en 2022 van ongeveer € 1.900 naar ruim "
      "€ 3.500 per jaar, vóór aftrek van de tijdelijke steun. Sindsdien zijn de prijzen gedaald, maar ze liggen "
      "nog steeds boven het niveau van voor de crisis. Tegelijk zijn de vaste kosten gestegen. De netbeheerkosten voor "
      "een gemiddelde aansluiting namen sinds 2021 met ruim 30 procent toe, en een verdere stijging is voorzien "
      "door de investeringen die nodig zijn om het elektriciteitsnet te verzwaren."),
    P("Voor huishoudens met een laag verbruik wegen de vaste kosten zwaar. Wie alleen in een kleine "
      "flatwoning woont, betaalt per kilowattuur in feite meer dan een groot huishouden in een vrijstaande "
      "woning, omdat de vaste kosten over een kleiner verbruik worden verdeeld. De vermindering van de "
      "energiebelasting per aansluiting dempt dit effect, maar heft het niet op."),
    P("Daarnaast wijst de raad op de wijze waarop voorschotten worden vastgesteld. Leveranciers mogen het "
      "maandelijkse voorschot aanpassen als de prijzen of het verwachte verbruik veranderen. In de gesprekken "
      "beschreven huishoudens hoe een verhoging zonder duidelijke uitleg hun budget in de war bracht. Omgekeerd "
      "leidt een te laag voorschot tot een hoge eindafrekening, waar huishoudens met een laag inkomen geen buffer "
      "voor hebben."),
    H("4.2 Ervaringen met tijdelijke steun", 2),
    P("De energietoeslag die gemeenten in 2022 en 2023 uitkeerden, heeft veel huishoudens geholpen. De uitvoering "
      "verschilde echter sterk per gemeente. Sommige gemeenten keerden de toeslag automatisch uit aan bij hen "
      "bekende huishoudens, andere werkten met een aanvraagformulier. Het niet-gebruik wordt geschat op 20 tot 30 "
      "procent, vooral onder werkenden met een laag inkomen en onder ouderen. Omgekeerd ontvingen ook huishoudens "
      "met een laag inkomen in een goed geïsoleerde woning de volledige toeslag, terwijl hun energiekosten "
      "beperkt waren."),
    P("Het prijsplafond van 2023 bereikte alle huishoudens, maar was daardoor ook duur en weinig gericht. De raad "
      "trekt uit deze ervaringen de les dat steun voor de energierekening structureel moet zijn, automatisch moet "
      "worden toegekend waar dat kan, en zich moet richten op de huishoudens met de hoogste energiequote."),
    H("4.3 Voorbeelden uit het buitenland", 2),
    P("Verschillende Europese landen kennen een vorm van structurele steun voor de energierekening. In België "
      "bestaat al lange tijd een sociaal tarief voor gas en elektriciteit, dat automatisch wordt toegekend aan "
      "huishoudens met bepaalde uitkeringen en dat door alle leveranciers moet worden toegepast. Frankrijk werkt "
      "met een jaarlijkse energiecheque, die op basis van belastinggegevens wordt verstuurd. Beide systemen hebben "
      "voor- en nadelen: het Belgische tarief is eenvoudig voor de huishoudens, maar vergt gegevensuitwisseling met "
      "leveranciers; de Franse cheque is minder gericht op de hoogte van het verbruik."),
    P("De raad heeft deze voorbeelden betrokken bij zijn afweging. De werkgevers in de raad hebben daarbij "
      "aandacht gevraagd voor de uitvoerbaarheid voor leveranciers en voor de prikkel om energie te besparen. De "
      "werknemers hebben benadrukt dat steun zonder aanvraag de enige manier is om het niet-gebruik terug te "
      "dringen. De adviezen hieronder zijn het resultaat van die afweging en worden door de gehele raad gedragen."),
    H("4.4 Adviezen", 2),
    P("De SER adviseert:", bold=True),
    ItemList((
        ListItem("De minister van Klimaat en Groene Groei moet een sociaal energietarief invoeren: een lager tarief "
                 "per kilowattuur en per kubieke meter gas voor huishoudens met een inkomen tot 130 procent van het "
                 "sociaal minimum, dat zonder aanvraag door de energieleveranciers wordt toegepast.",
                 recommendation=R("B1", "EZ")),
        ListItem("Het kabinet moet, onder regie van de minister van Sociale Zaken en Werkgelegenheid, de "
                 "jaarlijks wisselende energietoeslag vervangen door een structurele, landelijk geregelde "
                 "tegemoetkoming die automatisch wordt uitgekeerd aan huishoudens met een laag inkomen en een hoge "
                 "energiequote.",
                 recommendation=R("B2", "SZW")),
        ListItem("De minister van Klimaat en Groene Groei moet de tariefstructuur van de netbeheerkosten voor "
                 "kleinverbruikers zo aanpassen dat huishoudens met een laag verbruik minder vaste kosten betalen "
                 "en de kosten meer met het verbruik meebewegen.",
                 recommendation=R("B3", "EZ")),
        ListItem("De minister van Klimaat en Groene Groei moet energieleveranciers verplichten een verhoging van het "
                 "voorschot vooraf te motiveren en de jaarnota zo in te richten dat klanten in begrijpelijke taal "
                 "zien hoe hun verbruik en kosten zich verhouden tot vergelijkbare huishoudens.",
                 recommendation=R("B4", "EZ")),
        ListItem("De minister van Klimaat en Groene Groei moet een maximum stellen aan de vaste leveringskosten die "
                 "energieleveranciers aan kleinverbruikers in rekening mogen brengen.",
                 recommendation=R("B5", "EZ")),
    )),
    PageBreak(),

    H("5 Thema C: Achterstanden voorkomen en huurders informeren"),
    H("5.1 Betalingsachterstanden en afsluitingen", 2),
    P("Een betalingsachterstand bij de energieleverancier is vaak een van de eerste tekenen van financiële "
      "problemen. Sinds 2021 zijn energieleveranciers, net als woningverhuurders, zorgverzekeraars en "
      "drinkwaterbedrijven, verplicht betalingsachterstanden te melden bij de gemeente, zodat die hulp kan "
      "aanbieden. Gemeenten ontvangen jaarlijks enkele honderdduizenden van deze signalen. De opvolging verschilt "
      "sterk: sommige gemeenten nemen binnen enkele dagen contact op, andere pas na weken, en een deel van de "
      "signalen wordt niet opgevolgd."),
    P("De Regeling afsluitbeleid voor kleinverbruikers bepaalt onder welke voorwaarden een leverancier een "
      "huishouden mag afsluiten. Zo moet de leverancier de klant tijdig aanmanen, een betalingsregeling aanbieden "
      "en de gemeente informeren. In de winter gelden aanvullende beschermingsregels. Het aantal afsluitingen "
      "wegens wanbetaling is de afgelopen jaren gedaald, maar schuldhulpverleners melden dat het persoonlijke "
      "contact met de klant vóór afsluiting in de praktijk vaak ontbreekt.", footnotes=(
        "In 2024 werden volgens opgave van de sector ongeveer 3.400 huishoudens afgesloten wegens "
        "betalingsachterstanden, tegen ruim 5.000 in 2021.",)),
    P("Leveranciers verschillen in de ruimte die zij bieden voor betalingsregelingen. Sommige bieden standaard een "
      "regeling van zes maanden, andere maken maatwerk mogelijk als een schuldhulpverlener betrokken is. Een vast "
      "aanspreekpunt voor schuldhulpverleners ontbreekt bij een deel van de leveranciers, waardoor afspraken "
      "moeizaam tot stand komen."),
    H("5.2 Het Noodfonds Energie", 2),
    P("In de winters van 2022-2023 en 2023-2024 konden huishoudens met een laag inkomen en een hoge energierekening "
      "een bijdrage aanvragen bij het Noodfonds Energie, dat werd gefinancierd door het Rijk, energieleveranciers "
      "en maatschappelijke partners. Het fonds heeft veel huishoudens geholpen, maar kende ook beperkingen. De "
      "criteria wijzigden per jaar, het fonds ging pas laat in het seizoen open en een groot deel van de "
      "doelgroep wist niet van het bestaan ervan. Voor gemeenten en hulpverleners was het lastig om huishoudens "
      "tijdig te wijzen op een regeling waarvan niet vaststond of en wanneer zij zou terugkeren."),
    H("5.3 Informatie voor huurders", 2),
    P("Huurders die willen weten wat zij kunnen doen aan een hoge energierekening of een slecht geïsoleerde woning, "
      "vinden informatie op tientallen websites: van de Rijksoverheid, gemeenten, corporaties, leveranciers, "
      "huurdersorganisaties en stichtingen. Die informatie is vaak gericht op eigenaar-bewoners, niet altijd actueel "
      "en zelden beschikbaar in eenvoudige taal of in andere talen dan het Nederlands. Voor huishoudens met beperkte "
      "digitale vaardigheden is een telefonisch aanspreekpunt onmisbaar."),
    P("Daarnaast ontbreekt het huurders vaak aan informatie op het moment dat die het meest nodig is: bij het "
      "zoeken naar een woning. Wie een huurwoning accepteert, weet doorgaans niet welk energielabel die heeft en "
      "wat de energiekosten ongeveer zullen zijn. Het energielabel wordt bij verhuur in de praktijk lang niet altijd "
      "verstrekt, hoewel dat wettelijk verplicht is."),
    H("5.4 Adviezen", 2),
    P("De SER adviseert:", bold=True),
    ItemList((
        ListItem("De ministers van Klimaat en Groene Groei en van Sociale Zaken en Werkgelegenheid moeten het "
                 "Noodfonds Energie omvormen tot een structureel, publiek gefinancierd energiefonds voor huishoudens "
                 "met betalingsachterstanden, met vaste toegangscriteria die niet elk jaar wijzigen.",
                 recommendation=R("C1", "EZ", "SZW")),
        ListItem("De minister van Klimaat en Groene Groei moet de Regeling afsluitbeleid voor kleinverbruikers "
                 "aanscherpen, zodat afsluiting pas mogelijk is na persoonlijk contact met het huishouden en "
                 "huishoudens met een medische noodzaak in de wintermaanden nooit worden afgesloten.",
                 recommendation=R("C2", "EZ")),
        ListItem("Gemeenten zouden een melding van een betalingsachterstand bij een energieleverancier binnen vijf "
                 "werkdagen moeten opvolgen met persoonlijk contact met het huishouden.",
                 recommendation=R("C3", "GEMEENTEN")),
        ListItem("Energieleveranciers zouden huishoudens met een betalingsachterstand altijd een betalingsregeling "
                 "van ten minste twaalf maanden moeten aanbieden en een vast aanspreekpunt voor "
                 "schuldhulpverleners moeten inrichten.",
                 recommendation=R("C4", "OTHER")),
        ListItem("De ministers van Klimaat en Groene Groei en van Binnenlandse Zaken en Koninkrijksrelaties moeten "
                 "zorgen voor één herkenbaar informatiepunt voor huurders over energiebesparing, hun rechten en "
                 "beschikbare steun, in eenvoudige taal, in meerdere talen en ook telefonisch bereikbaar.",
                 recommendation=R("C5", "EZ", "BZK")),
        ListItem("De minister van Binnenlandse Zaken en Koninkrijksrelaties moet verhuurders verplichten om bij het "
                 "aanbieden van een huurwoning het energielabel en een indicatie van de maandelijkse energiekosten "
                 "te vermelden.",
                 recommendation=R("C6", "BZK")),
    )),

    H("6 Tot slot"),
    P("De adviezen in dit rapport hangen samen. Een verhuurverbod voor de slechtste woningen werkt alleen als "
      "verhuurders de verbetering kunnen financieren. Een structurele tegemoetkoming voor de energierekening is "
      "nodig zolang de woningen niet op orde zijn, maar wordt goedkoper naarmate de isolatie vordert. En zonder "
      "goede informatie en snelle hulp bij achterstanden bereiken de maatregelen niet de huishoudens voor wie ze "
      "bedoeld zijn."),
    P("De raad is zich ervan bewust dat de uitvoering van dit advies veel vraagt van gemeenten, corporaties, "
      "verhuurders en leveranciers, en dat niet alles tegelijk kan. Hij vraagt het kabinet daarom de adviezen in "
      "samenhang te bezien en een meerjarig tijdpad op te stellen, zodat alle betrokken partijen weten waar zij aan "
      "toe zijn. De raad is graag bereid daaraan bij te dragen."),
    PageBreak(),

    H("Bijlage: Samenstelling van de commissie"),
    P("De adviesaanvraag is voorbereid door de tijdelijke commissie Energiearmoede. De commissie was als volgt "
      "samengesteld:"),
    bullets(
        "prof. dr. H.J. (Hanneke) Oosterbeek, kroonlid, voorzitter;",
        "drs. A.M. (Arjen) Dijkhuis, kroonlid;",
        "mr. L. (Latifa) El Amrani, namens de werknemersorganisaties;",
        "W.P. (Wouter) Krijgsman, namens de werknemersorganisaties;",
        "ir. M.C. (Marieke) Vonk, namens de werkgeversorganisaties;",
        "drs. J.B. (Joost) Terpstra, namens de werkgeversorganisaties;",
        "dr. E.F. (Esra) Demir, adviserend lid namens de Vereniging van Nederlandse Gemeenten.",
    ),
    P("Het secretariaat van de commissie was in handen van drs. T. (Tessa) van Rijswijk en R. (Ruben) Achterberg "
      "MSc."),
)

REPORT = Document(
    title="Warm thuis, zonder zorgen",
    subtitle="Advies over een structurele aanpak van energiearmoede",
    blocks=REPORT_BLOCKS,
    running_header="SER-advies Warm thuis, zonder zorgen | maart 2025",
    footer="{page}",
    font_family="serif",
    font_size=10.5,
    imprint=("Sociaal-Economische Raad", "Advies 25/03 – maart 2025", "Commissie Energiearmoede"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV_A1 = ("Het verbod geldt vanaf 1 januari 2029 voor woningcorporaties én particuliere verhuurders, en gemeenten "
         "krijgen de bevoegdheid om het met een last onder dwangsom te handhaven.")
EV_A2 = ("Ik verleng de lokale isolatieaanpak daarom met twee jaar, tot en met 2027, maar een vastlegging van "
         "middelen tot en met 2030 kan ik op dit moment niet toezeggen.")
EV_A3 = ("Het kabinet stelt in 2026 en 2027 jaarlijks € 40 miljoen beschikbaar via een specifieke uitkering, zodat "
         "iedere gemeente met wijken met veel energiearmoede energiecoaches aan huis kan inzetten.")
EV_A4 = ("Wij begrijpen de wens van de SER om de positie van huurders te versterken, maar een afzonderlijk "
         "afdwingbaar recht op isolatie voegt naar ons oordeel weinig toe naast het verhuurverbod uit advies A1.")
EV_A5 = ("Ik laat het Nationaal Warmtefonds onderzoeken of een renteloze lening voor verhuurders met ten hoogste "
         "tien woningen uitvoerbaar is en wat die zou kosten.")
EV_B1 = ("Het kabinet deelt de analyse dat een vaste groep huishoudens structureel moeite heeft de energierekening "
         "te betalen, maar niet de conclusie dat een sociaal tarief daarvoor het juiste middel is.")
EV_B4 = ("Advies B4 neemt het kabinet over: met ingang van 1 januari 2026 moeten leveranciers een verhoging van het "
         "voorschot vooraf motiveren en in de jaarnota in begrijpelijke taal laten zien hoe het verbruik van de "
         "klant zich verhoudt tot dat van vergelijkbare huishoudens.")
EV_B3 = ("Op advies B3 ga ik gedeeltelijk in: in twee netgebieden laat ik vanaf 2026 een lager vastrecht voor "
         "kleinverbruikers beproeven, maar over een landelijke aanpassing van de tariefstructuur besluit ik pas "
         "als de uitkomsten van die proef in 2028 bekend zijn.")
EV_B5 = ("Een maximum voor de vaste leveringskosten, waar advies B5 om vraagt, acht het kabinet niet nodig, omdat "
         "de ACM op grond van de Energiewet al toeziet op redelijke tarieven en een leverancier kan verplichten "
         "onredelijke vaste kosten te verlagen.")
EV_C1 = ("Het kabinet stelt voor de winter van 2025-2026 opnieuw € 60 miljoen beschikbaar en houdt de "
         "toegangscriteria van vorig jaar ongewijzigd, maar kiest er niet voor het fonds nu al om te vormen tot een "
         "structurele voorziening.")
EV_C2 = "Het kabinet neemt dit advies over."
EV_C3 = ("De minister van Sociale Zaken en Werkgelegenheid neemt een termijn van vijf werkdagen voor het eerste "
         "persoonlijke contact op in het Besluit gemeentelijke schuldhulpverlening, dat per 1 juli 2026 wordt "
         "gewijzigd.")
EV_C5 = ("Ik ben het met de SER eens dat huurders op één plek terecht moeten kunnen en zal daarom het landelijke "
         "informatiepunt Verbeterjehuis vanaf 1 maart 2026 uitbreiden met een apart deel voor huurders, in "
         "eenvoudige taal, in vijf talen en met een telefonische hulplijn.")
EV_C6 = ("Daarom legt de minister van BZK in de Wet goed verhuurderschap vast dat verhuurders bij het aanbieden van "
         "een woning het energielabel en een indicatie van de maandelijkse energiekosten vermelden; het "
         "wijzigingsvoorstel gaat dit najaar in internetconsultatie.")


def answer(number: str, position: str, evidence: str) -> tuple[Answer, ...]:
    return (Answer(number, position, evidence),)


RESPONSE_BLOCKS = (
    P("Geachte voorzitter,"),
    P("Op 10 april 2025 heeft de Sociaal-Economische Raad (SER) zijn advies ‘Warm thuis, zonder zorgen’ "
      "uitgebracht over een structurele aanpak van energiearmoede. Het advies is opgesteld op verzoek van mijn "
      "ambtsvoorganger. Met deze brief bied ik u, mede namens de minister van Sociale Zaken en Werkgelegenheid en "
      "de minister van Binnenlandse Zaken en Koninkrijksrelaties, de kabinetsreactie op het advies aan."),
    P("Ik dank de SER en de leden van de commissie Energiearmoede voor het zorgvuldige en breed gedragen advies. "
      "Bijzondere waardering heb ik voor de gesprekken die de raad heeft gevoerd met huishoudens die zelf met "
      "energiearmoede te maken hebben. Hun ervaringen maken zichtbaar wat achter de cijfers schuilgaat."),

    H("Algemene reactie", 2),
    P("Het kabinet deelt de kern van de analyse van de SER. Energiearmoede is geen tijdelijk verschijnsel dat met "
      "de dalende energieprijzen vanzelf verdwijnt. Zij is het gevolg van een combinatie van een slecht "
      "geïsoleerde woning, een laag inkomen en weinig mogelijkheden om zelf het verbruik of de rekening te "
      "beïnvloeden. Het kabinet onderschrijft daarom ook de volgorde die de raad aanbrengt: eerst de woning, dan de "
      "rekening, en intussen zorgen dat niemand door een achterstand in de problemen komt."),
    P("Tegelijkertijd moet het kabinet keuzes maken binnen een krappe begroting. Niet elk advies kan daarom nu "
      "volledig worden uitgevoerd, en sommige adviezen vragen om een afweging die het kabinet in samenhang met "
      "andere uitgaven wil maken. Hieronder ga ik per thema in op de adviezen, in de volgorde die de SER heeft "
      "gekozen."),

    H("Thema A: De woning eerst", 2),
    P("Een goed geïsoleerde woning is de meest duurzame oplossing voor energiearmoede. Sinds de start van het "
      "Nationaal Isolatieprogramma in 2022 zijn ruim 260.000 woningen geïsoleerd, waarvan ongeveer 90.000 via de "
      "lokale aanpak in wijken met veel huishoudens met een laag inkomen. Woningcorporaties hebben in de Nationale "
      "Prestatieafspraken toegezegd dat zij uiterlijk in 2028 geen woningen met een E-, F- of G-label meer "
      "verhuren, en liggen op koers om die afspraak te halen."),
    P("In advies A1 vraagt de SER de verhuur van woningen met een E-, F- of G-label wettelijk te verbieden. Het "
      "wetsvoorstel van de minister van BZK dat dit regelt, is op 14 mei 2025 bij uw Kamer ingediend. " + EV_A1 +
      " Verhuurders die aantoonbaar met de verbetering van hun woningen bezig zijn, kunnen ten hoogste een jaar "
      "uitstel krijgen.", answers=answer("A1", "agree", EV_A1)),
    P("Advies A2 gaat over de financiering van de lokale isolatieaanpak. De SER vraagt de middelen vast te leggen "
      "tot en met 2030 en ten minste de helft te bestemmen voor wijken met veel energiearmoede. Gemeenten hebben "
      "zekerheid nodig om projecten met een lange voorbereidingstijd te kunnen starten. " + EV_A2 + " Bij de "
      "verdeling van de middelen voor 2026 en 2027 krijgen gemeenten met veel kwetsbare wijken een groter aandeel. "
      "Over de periode na 2027 besluit een volgend kabinet.", answers=answer("A2", "partial", EV_A2)),
    P("De SER vraagt gemeenten om in wijken met veel energiearmoede huishoudens thuis te bezoeken met "
      "energiecoaches die advies geven en direct kleine maatregelen aanbrengen. Gemeenten die zo werken, zien dat "
      "huishoudens na een huisbezoek gemiddeld 8 procent minder energie verbruiken. Dat betekent niet dat iedere "
      "gemeente het wiel opnieuw hoeft uit te vinden; de VNG en Platform31 delen de werkwijzen die het beste "
      "werken. " + EV_A3 + " De middelen worden verdeeld op basis van het aantal huishoudens in energiearmoede per "
      "gemeente.", answers=answer("A3", "agree", EV_A3)),
    P("Advies A4 vraagt huurders een afdwingbaar recht op verduurzaming te geven, zodat zij via de Huurcommissie "
      "isolatie kunnen afdwingen. " + EV_A4 + " Het energielabel telt al mee in het woningwaarderingsstelsel, "
      "zodat de huurder van een woning met een slecht label een lagere maximale huur betaalt en die via de "
      "Huurcommissie kan laten toetsen. Met het verbod komt de verplichting om te verbeteren bovendien bij de "
      "verhuurder te liggen, waar zij hoort, en hoeft de huurder die strijd niet zelf te voeren.",
      answers=answer("A4", "disagree", EV_A4)),
    P("Kleine particuliere verhuurders blijven achter bij het verbeteren van hun woningen, onder meer omdat zij de "
      "investering moeilijk kunnen financieren. Het Nationaal Warmtefonds verstrekt al leningen aan "
      "eigenaar-bewoners en verenigingen van eigenaars, maar nog niet tegen nul procent rente aan verhuurders. "
      + EV_A5 + " Daarbij wordt ook bezien hoe kan worden voorkomen dat de kosten via de huur bij de huurder "
      "terechtkomen. De uitkomsten verwacht ik begin 2026.", answers=answer("A5", "partial", EV_A5)),

    H("Thema B: Een betaalbare energierekening", 2),
    P("De afgelopen jaren heeft het kabinet op verschillende manieren bijgedragen aan de betaalbaarheid van de "
      "energierekening. In 2022 ontvingen huishoudens met een inkomen tot 120 procent van het sociaal minimum via "
      "hun gemeente een eenmalige energietoeslag van € 800, die later dat jaar werd verhoogd naar € 1.300. In "
      "datzelfde jaar werden de energiebelasting en de btw op energie tijdelijk verlaagd en ontvingen alle "
      "huishoudens in november en december een tegemoetkoming van € 190 per maand op hun energierekening. In 2023 "
      "volgden een tweede energietoeslag van € 1.300 en het prijsplafond voor gas en elektriciteit, dat voor alle "
      "huishoudens de prijs tot een bepaald verbruik begrensde. Voor 2024 is geen landelijke energietoeslag meer "
      "vastgesteld; gemeenten konden uit de extra middelen voor armoedebestrijding wel een eigen regeling treffen, "
      "en ruim 190 gemeenten hebben dat gedaan. In de winters van 2022-2023 en 2023-2024 konden huishoudens "
      "daarnaast een beroep doen op het Noodfonds Energie. De uitvoering van de energietoeslag lag steeds bij "
      "gemeenten, die elk jaar opnieuw een regeling moesten inrichten en daarbij verschillende keuzes maakten over "
      "automatische toekenning en de inkomensgrens. Het niet-gebruik wordt, zoals ook de SER opmerkt, geschat op 20 "
      "tot 30 procent."),
    P("Advies B2, een structurele en automatisch uitgekeerde tegemoetkoming voor huishoudens met een laag inkomen en "
      "een hoge energiequote, heeft gevolgen voor de begroting van meerdere departementen. Dit advies betrekken wij "
      "bij de uitwerking van de Voorjaarsbesluitvorming."),
    P("De SER adviseert daarnaast een sociaal energietarief in te voeren voor huishoudens met een inkomen tot 130 "
      "procent van het sociaal minimum, naar Belgisch voorbeeld. " + EV_B1 + " Een sociaal tarief vraagt dat "
      "energieleveranciers inkomensgegevens van hun klanten verwerken, het vermindert de prikkel om energie te "
      "besparen en het helpt huishoudens net boven de inkomensgrens niet. Bovendien profiteren huishoudens met een "
      "hoog verbruik het meest, terwijl het kabinet juist wil bereiken dat het verbruik daalt. Het kabinet blijft "
      "daarom inzetten op verlaging van het verbruik door isolatie en op gerichte inkomensondersteuning via "
      "gemeenten.", answers=answer("B1", "disagree", EV_B1)),
    P("De adviezen B3, B4 en B5 gaan over de vaste kosten en de voorschotten op de energierekening. " + EV_B4 +
      " Niet elke verhoging van het voorschot is onterecht; het gaat erom dat de klant haar kan volgen en tijdig "
      "zijn uitgaven kan aanpassen. " + EV_B3 + " " + EV_B5,
      answers=(Answer("B4", "agree", EV_B4), Answer("B3", "partial", EV_B3), Answer("B5", "disagree", EV_B5))),

    H("Thema C: Achterstanden voorkomen en huurders informeren", 2),
    P("Het aantal huishoudens dat wegens een betalingsachterstand wordt afgesloten, is de afgelopen jaren gedaald. "
      "Sinds 2021 melden energieleveranciers een betalingsachterstand bij de gemeente op grond van de Wet "
      "gemeentelijke schuldhulpverlening, zodat gemeenten hulp kunnen aanbieden voordat de schulden oplopen. In 2024 "
      "ontvingen gemeenten ruim 410.000 van deze meldingen, waarvan ongeveer een vijfde afkomstig was van "
      "energieleveranciers."),
    P("Het Noodfonds Energie heeft in de afgelopen winters ongeveer 140.000 huishoudens geholpen. In advies C1 "
      "vraagt de SER het fonds om te vormen tot een structureel, publiek gefinancierd energiefonds met vaste "
      "criteria. " + EV_C1 + " Het fonds blijft daarmee een aanvulling op de reguliere hulp door gemeenten. Over "
      "de jaren daarna beslist het kabinet op basis van een evaluatie van het fonds, die in het voorjaar van 2026 "
      "beschikbaar komt.", answers=answer("C1", "partial", EV_C1)),
    P("Advies C2 vraagt de Regeling afsluitbeleid voor kleinverbruikers aan te scherpen. " + EV_C2 + " Vanaf 1 "
      "oktober 2025 mag een leverancier een huishouden alleen afsluiten als er persoonlijk contact is geweest, "
      "telefonisch of aan de deur, en de gemeente ten minste tien werkdagen tevoren is geïnformeerd. Huishoudens "
      "met een medische noodzaak worden in de periode van 1 oktober tot 1 april in het geheel niet meer "
      "afgesloten.", answers=answer("C2", "agree", EV_C2)),
    P("Snel en persoonlijk opvolgen van signalen is de kern van vroegsignalering. Veel gemeenten nemen binnen een "
      "week contact op met een huishouden waarvan een achterstand is gemeld, maar niet overal gaat dat even snel. "
      + EV_C3 + " Gemeenten ontvangen voor de extra inzet een bijdrage via het Gemeentefonds.",
      answers=answer("C3", "agree", EV_C3)),
    P("Advies C4 is gericht aan de energieleveranciers zelf. Ik heb het advies onder de aandacht gebracht van "
      "Energie-Nederland, de brancheorganisatie van de leveranciers, die heeft laten weten voor het einde van dit "
      "jaar met een eigen reactie te komen."),
    P("De SER constateert terecht dat de informatie voor huurders versnipperd is over tientallen websites en vaak "
      "is geschreven voor eigenaar-bewoners. " + EV_C5 + " Gemeenten, corporaties en huurdersorganisaties kunnen "
      "naar dit informatiepunt verwijzen.", answers=answer("C5", "agree", EV_C5)),
    P("Huurders moeten vóór het tekenen van een huurcontract weten waar zij aan toe zijn, ook wat hun energiekosten "
      "betreft. De verplichting om bij verhuur een energielabel te verstrekken bestaat al, maar wordt niet altijd "
      "nageleefd, en het label alleen zegt huurders weinig over de kosten. " + EV_C6,
      answers=answer("C6", "agree", EV_C6)),

    H("Tot slot", 2),
    P("Energiearmoede vraagt om een lange adem. De maatregelen in deze brief richten zich op de woning, op de "
      "rekening en op snelle hulp bij achterstanden, zoals de SER heeft bepleit. Het kabinet blijft daarover in "
      "gesprek met de SER, gemeenten, woningcorporaties, verhuurders en energieleveranciers."),
    P("Ik zal uw Kamer voor het einde van 2026 informeren over de voortgang van de aanpak van energiearmoede, "
      "inclusief de uitkomsten van het onderzoek naar leningen voor kleine verhuurders en van de evaluatie van het "
      "Noodfonds Energie."),
    P("De minister van Klimaat en Groene Groei,"),
    P("drs. M.A. van Velzen"),
)

RESPONSE = Document(
    title="Kabinetsreactie op het SER-advies ‘Warm thuis, zonder zorgen’",
    subtitle=("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n"
              "Datum: 3 juli 2025\n"
              "Betreft: Kabinetsreactie op het SER-advies over een structurele aanpak van energiearmoede"),
    blocks=RESPONSE_BLOCKS,
    running_header="Ministerie van Klimaat en Groene Groei | Kenmerk KGG/25184632",
    footer="Pagina {page} van {pages}",
    title_page=False,
    font_family="sans",
    font_size=10.5,
)


PAIR = Pair(
    name="energy_poverty_advice",
    report=REPORT,
    response=RESPONSE,
    description="SER-style advice on energy poverty (16 advices coded A1-C6 in three themes) and the cabinet "
                "response by the minister of KGG mede namens SZW and BZK.",
)
