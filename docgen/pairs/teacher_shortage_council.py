"""Pair: a fictional Raad voor Onderwijs en Arbeidsmarkt advice on the teacher shortage, and the OCW minister's letter.

Layout traits this pair tests: a sans report with a title page, no running header, an unnumbered "Samenvatting" and
chapters numbered "1." to "6." in essay-like prose.  The analysis chapters argue for measures ("De raad ziet ...",
"Dat pleit voor ...") without recommending in the explicit form, and contain bulleted lists that are not
recommendations.  All sixteen recommendations sit in the last chapter "6. Wat er nodig is", grouped under level-2
theme headings (6.1 instroom, 6.2 behoud, 6.3 anders organiseren, 6.4 zicht en sturing), each theme a BULLETED list
("•") with no printed numbers, so the gold numbers are ids 1-16 in document order.  The bullets open with their
addressee in varied forms ("De minister van OCW moet ...", "Schoolbesturen: ...", "Lerarenopleidingen zouden ...",
"Wij adviseren gemeenten om ...").  Recommendations 3 and 15 each carry a nested "–" sub-list of conditions that
belongs to them.  The same chapter opens with a bulleted list "Wat al goed gaat:" of achievements (not
recommendations).

The response is a serif letter of the minister of OCW (letterhead, no title page, no running header), also on behalf
of the minister voor Primair en Voortgezet Onderwijs.  It never uses numbers: it answers by ordinal and subject
("Uw eerste advies, over ...", "Het advies aan schoolbesturen om ...", "Wat betreft de lerarenopleidingen ...")
under the council's own theme headings, after thanks and context paragraphs without a position (and one that agrees
with the analysis only).  Gold positions:
  1 agree (no cue word: collegegeld abolished from 2026-2027, EUR 78 million a year)
  2 partial (matter for the hogescholen; the minister only explores a national exemption framework)
  3 agree ("neem ik over", with the three conditions)
  4 agree ("steun ik")
  5 agree and 6 disagree, answered in ONE paragraph (support for induction by school boards; no legal duty)
  7 partial (structural allowance for primary education, not for secondary)
  8 not addressed (housing by municipalities: only what the Rijk already funds is described)
  9 not addressed (larger part-time jobs: never mentioned)
  10 agree ("neem ik over", bill announced)
  11 disagree (polite refusal citing artikel 23 Grondwet, freedom of choice of teaching materials)
  12 disagree (blunt: four-day school week "neem ik niet over")
  13 agree ("onderschrijf ik", regional pools become a condition for regional funds)
  14 partial (regional measurement yes, publication per school and a new duty to deliver data no)
  15 agree (no cue word: the inspectorate assesses from 2026-2027 on the three points)
  16 agree (the study is commissioned from the NRO, EUR 3.5 million, spring 2026)
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


def bullets(*texts: str) -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style="•")


def rec(number: str, departments: tuple[str, ...], text: str, *conditions: str) -> ListItem:
    return ListItem(text, children=tuple(ListItem(c) for c in conditions),
                    recommendation=Recommendation(number, departments))


def recs(*items: ListItem) -> ItemList:
    return ItemList(items=items, style="•")


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H("Samenvatting"),
    P("Nederland heeft te weinig leraren. In het schooljaar 2024-2025 stonden in het primair onderwijs naar schatting "
      "9.600 voltijdbanen niet of niet volledig bevoegd ingevuld, en in het voortgezet onderwijs liep het tekort in "
      "vakken als wiskunde, natuurkunde, Duits en informatica verder op. Het tekort is ongelijk verdeeld: in de grote "
      "steden en op scholen met veel leerlingen die een steuntje in de rug nodig hebben, is het twee tot drie keer zo "
      "groot als elders. Juist de leerlingen die het meest van goed onderwijs afhangen, krijgen het vaakst les van "
      "steeds wisselende invallers, of krijgen helemaal geen les."),
    P("Het tekort is geen tijdelijke hobbel. De vergrijzing van het lerarenkorps, de krappe arbeidsmarkt en een "
      "instroom in de lerarenopleidingen die al jaren achterblijft, maken dat het tekort zonder extra inzet ook in "
      "2030 nog groot zal zijn. Er is de afgelopen jaren veel gedaan, en een deel daarvan werkt. Maar de inzet is "
      "versnipperd, vaak tijdelijk en te weinig gericht op de plekken waar de nood het hoogst is."),
    P("De raad ziet vier opgaven. Er moeten meer mensen worden opgeleid en sneller in de klas kunnen staan. Wie "
      "eenmaal leraar is, moet dat willen en kunnen blijven. Scholen moeten de ruimte krijgen om het werk anders te "
      "organiseren, zonder dat de kwaliteit van het onderwijs uit het oog raakt. En overheid en schoolbesturen moeten "
      "veel beter zicht hebben op waar het tekort zit, zodat zij daar gericht op kunnen sturen."),
    P("In het laatste hoofdstuk van dit advies beschrijft de raad per opgave wat er nodig is en van wie. Dat vraagt "
      "iets van de minister van Onderwijs, Cultuur en Wetenschap en de minister voor Primair en Voortgezet Onderwijs, "
      "maar evenzeer van schoolbesturen, lerarenopleidingen, gemeenten en de Inspectie van het Onderwijs. Geen van "
      "hen kan het tekort alleen oplossen."),
    PageBreak(),
    H("1. Inleiding"),
    H2("De adviesvraag"),
    P("In januari 2025 vroeg de minister van Onderwijs, Cultuur en Wetenschap de Raad voor Onderwijs en Arbeidsmarkt "
      "om advies over de aanpak van het lerarentekort op langere termijn. Aanleiding was de constatering in de "
      "jaarlijkse Staat van het Onderwijs dat het tekort in de grote steden de kwaliteit van het onderwijs aantast, en "
      "dat de verschillen tussen scholen daardoor groter worden. De minister legde de raad drie vragen voor:"),
    bullets(
        "Welke maatregelen dragen het meest bij aan een duurzame vergroting van het aantal bevoegde leraren in het "
        "primair en voortgezet onderwijs?",
        "Hoe kan worden voorkomen dat het tekort vooral terechtkomt bij leerlingen en scholen die toch al in een "
        "kwetsbare positie verkeren?",
        "Welke ruimte is er om het onderwijs zo te organiseren dat scholen met minder leraren toch goed onderwijs "
        "kunnen geven, en waar liggen daarbij de grenzen?",
    ),
    P("De raad heeft die vragen breed opgevat. Het lerarentekort is niet alleen een kwestie van aantallen, maar ook "
      "van de aantrekkelijkheid van het beroep, van de manier waarop scholen zijn georganiseerd en van de verdeling "
      "van verantwoordelijkheden tussen Rijk, besturen en opleidingen. Waar het advies die verdeling raakt, heeft de "
      "raad rekening gehouden met de vrijheid van onderwijs die de Grondwet aan scholen en besturen toekent."),
    H2("Werkwijze"),
    P("Voor dit advies heeft de raad de beschikbare cijfers over het tekort, de instroom in de lerarenopleidingen en "
      "de uitstroom uit het beroep opnieuw geanalyseerd. Hij heeft gesproken met ruim zestig leraren, schoolleiders, "
      "bestuurders, opleiders, wethouders en studenten, in Amsterdam, Rotterdam, Almere, Heerlen, Zwolle en Gouda. "
      "Daarnaast organiseerde de raad twee werkbijeenkomsten met de sectorraden, de lerarenvakbonden en de vereniging "
      "van lerarenopleiders. Een conceptversie van de analyse is besproken met een klankbordgroep van zes leraren uit "
      "het primair en voortgezet onderwijs."),
    P("De raad dankt allen die aan dit advies hebben bijgedragen. Veel gesprekspartners spraken over hun werk met een "
      "betrokkenheid die de raad heeft getroffen, en tegelijk met een vermoeidheid die laat zien hoe lang het tekort al "
      "op scholen drukt."),
    H2("Leeswijzer"),
    P("Hoofdstuk 2 brengt het tekort in beeld: hoe groot het is, waar het zit en wat het voor leerlingen betekent. De "
      "hoofdstukken 3, 4 en 5 gaan achtereenvolgens over de instroom van nieuwe leraren, het behoud van leraren en de "
      "organisatie van het onderwijs. In hoofdstuk 6 brengt de raad zijn conclusies samen en beschrijft hij, per "
      "opgave, wat er nodig is."),
    PageBreak(),
    H("2. Het tekort in beeld"),
    H2("Omvang"),
    P("Het lerarentekort laat zich moeilijk in één getal vangen. Het zichtbare tekort bestaat uit vacatures die niet "
      "worden vervuld. Daarnaast is er een verborgen tekort: lessen die worden gegeven door iemand zonder de juiste "
      "bevoegdheid, klassen die worden samengevoegd, lesuren die uitvallen of die worden opgevangen door de "
      "intern begeleider of de schoolleider. Voor het primair onderwijs wordt het totale tekort, zichtbaar en verborgen "
      "samen, geschat op ongeveer 9.600 voltijdbanen, bijna tien procent van de werkgelegenheid in de sector. Voor het "
      "voortgezet onderwijs ontbreekt een vergelijkbare schatting, omdat niet wordt bijgehouden hoeveel lessen "
      "onbevoegd worden gegeven."),
    P("De raad ziet in dat laatste een ernstige lacune. Wat niet wordt gemeten, blijft buiten beeld bij besturen, bij "
      "het ministerie en bij ouders. Meerdere bestuurders vertelden de raad dat zij zelf niet precies weten hoeveel "
      "lessen op hun scholen door onbevoegden worden gegeven: de roosters worden per school en soms per week "
      "aangepast, en niemand houdt het overzicht bij."),
    P("De prognoses bieden weinig hoop op een spoedig herstel. Ruim een kwart van de leraren in het voortgezet "
      "onderwijs is ouder dan 55 jaar en gaat in de komende tien jaar met pensioen. De instroom in de pabo is na een "
      "korte stijging rond 2020 weer gedaald, en het aantal studenten aan de tweedegraads lerarenopleidingen in de "
      "tekortvakken is al jaren te klein om de uitstroom op te vangen. Tegelijk daalt in sommige regio's het aantal "
      "leerlingen, wat het tekort daar verkleint, maar niet in de steden waar het tekort het grootst is."),
    H2("Ongelijk verdeeld"),
    P("Het tekort is sterk geconcentreerd. In de vijf grootste steden is het in het primair onderwijs gemiddeld "
      "ruim vijftien procent, en op scholen met veel leerlingen met een risico op onderwijsachterstand loopt het op "
      "tot boven de twintig procent. In delen van het oosten en noorden van het land is het tekort in het primair "
      "onderwijs daarentegen beperkt. In het voortgezet onderwijs is de verdeling minder naar regio en meer naar vak "
      "bepaald: vrijwel overal is het moeilijk een bevoegde docent voor natuurkunde, scheikunde, Duits of informatica "
      "te vinden."),
    P("Die concentratie is geen toeval. Scholen waar het werk zwaarder is, hebben meer moeite om leraren te vinden en "
      "vast te houden. Leraren die kunnen kiezen, kiezen vaker voor een school waar de klassen kleiner zijn, de "
      "leerlingen minder zorg vragen en de woning betaalbaar is. Zo versterkt het tekort zichzelf: waar het tekort "
      "groot is, neemt de werkdruk voor de overblijvende leraren toe, en daarmee de kans dat ook zij vertrekken."),
    H2("Wat het betekent voor leerlingen"),
    P("Voor leerlingen is het tekort geen abstractie. De raad hoorde over groepen die in één schooljaar vijf of zes "
      "verschillende leraren voor de klas kregen, over vierdaagse lesweken die scholen uit nood invoerden, en over "
      "examenklassen die maandenlang geen bevoegde wiskundedocent hadden. De gevolgen die de raad in de gesprekken en "
      "in onderzoek het vaakst tegenkwam, zijn:"),
    bullets(
        "minder onderwijstijd, doordat lessen uitvallen of groepen worden naar huis gestuurd;",
        "minder doorgaande lijnen, omdat wisselende invallers niet weten wat de groep al heeft gehad;",
        "minder aandacht voor leerlingen die extra ondersteuning nodig hebben, omdat intern begeleiders en "
        "remedial teachers voor de klas worden gezet;",
        "lagere leerresultaten, met name bij rekenen en begrijpend lezen, op scholen waar het tekort al jaren groot is.",
    ),
    P("Die gevolgen treffen vooral leerlingen die thuis minder ondersteuning krijgen. Het tekort vergroot daarmee de "
      "kansenongelijkheid die het onderwijs juist zou moeten verkleinen. Dat maakt de aanpak ervan niet alleen een "
      "kwestie van arbeidsmarktbeleid, maar ook van rechtvaardigheid."),
    PageBreak(),
    H("3. Instroom: meer mensen naar de klas"),
    H2("Een opleiding die drempels opwerpt"),
    P("De meeste leraren komen nog altijd via de reguliere lerarenopleidingen het onderwijs binnen. Het aantal "
      "studenten dat aan de pabo of een tweedegraads lerarenopleiding begint, schommelt al jaren rond hetzelfde "
      "niveau, terwijl de vraag toeneemt. Van wie begint, haalt bovendien een aanzienlijk deel het diploma niet: "
      "ongeveer een derde van de pabostudenten stopt in het eerste jaar of stapt over naar een andere opleiding."),
    P("Sinds enkele jaren betalen studenten aan een lerarenopleiding in het eerste jaar een verlaagd collegegeld. "
      "Uit de gesprekken blijkt dat die maatregel wordt gewaardeerd, maar dat zij voor de keuze voor het vak weinig "
      "uitmaakt. Studenten wegen vooral de totale kosten van een vierjarige opleiding af tegen een beroep dat in hun "
      "ogen zwaar is en matig betaalt. Voor wie al een andere studie heeft gevolgd en dus het hogere instellingscollegegeld "
      "betaalt, is de drempel nog hoger. De raad ziet in het collegegeld dan ook een drempel die het Rijk zelf in de "
      "hand heeft en die het met een beperkte investering kan wegnemen. Dat pleit voor een ruimere en langere "
      "vrijstelling dan nu geldt, juist ook voor wie een tweede studie kiest."),
    H2("Zij-instroom: veelbelovend, maar kwetsbaar"),
    P("Een groeiend deel van de nieuwe leraren komt uit een ander beroep. In het voortgezet onderwijs is inmiddels "
      "bijna een op de vijf nieuwe docenten een zij-instromer; in het primair onderwijs is dat ongeveer een op de "
      "acht. Zij brengen kennis en levenservaring mee die scholen goed kunnen gebruiken, vooral in de technische "
      "vakken. Maar de route is zwaar. Zij-instromers moeten tegelijk lesgeven, een opleiding volgen en zich een nieuw "
      "beroep eigen maken. Ongeveer een kwart van hen haakt voortijdig af, vaak in het eerste jaar."),
    P("Twee factoren spelen daarbij een grote rol. De eerste is de duur en de inrichting van de opleiding. "
      "Zij-instromers met een afgeronde hbo- of wo-opleiding moeten vaak vakken volgen die zij inhoudelijk al "
      "beheersen, terwijl zij juist behoefte hebben aan didactiek en klassenmanagement. Opleidingen verschillen sterk "
      "in de vrijstellingen die zij verlenen; het komt voor dat een zij-instromer op de ene opleiding in twee jaar "
      "bevoegd is en op de andere pas na drie of vier jaar. De raad vindt dat verschil niet te verdedigen."),
    P("De tweede factor is de begeleiding op school. De huidige subsidie voor zij-instroom is bedoeld om scholen in "
      "staat te stellen de zij-instromer te begeleiden en vrij te roosteren voor de opleiding. In de praktijk dekt de "
      "subsidie maar een deel van de kosten, en besteden scholen onder druk van het tekort het geld vaak aan het "
      "gewone rooster. Zij-instromers staan dan in het eerste jaar vrijwel fulltime voor de klas, met een begeleider "
      "die daar zelf geen tijd voor heeft. Scholen voor speciaal en voortgezet speciaal onderwijs, waar het tekort "
      "bijzonder groot is, vallen bovendien in een aantal gevallen buiten de regeling. Dat pleit voor een hogere "
      "subsidie, met duidelijke voorwaarden over de begeleiding en de lestaak in het eerste jaar."),
    H2("Leren in de school"),
    P("Studenten die tijdens hun opleiding al een betaalde baan in de school hebben, blijven vaker in het onderwijs. "
      "Verschillende besturen werken al met zulke leerwerkplekken, vaak in het laatste jaar van de opleiding. Zij "
      "zien dat studenten daardoor sneller zelfstandig worden en dat de overgang van opleiding naar beroep minder "
      "abrupt is. Elders lopen studenten stage zonder vergoeding, terwijl zij in de praktijk gewoon een groep draaien. "
      "De raad ziet hier een kans die schoolbesturen zelf kunnen grijpen: wie studenten een echte baan biedt, bindt "
      "ze aan de school en aan het vak."),
    PageBreak(),
    H("4. Behoud: leraren voor het vak behouden"),
    H2("Een moeizame start"),
    P("Het tekort wordt niet alleen bepaald door hoeveel leraren er bijkomen, maar ook door hoeveel er vertrekken. "
      "Van de leraren die net van de opleiding komen, verlaat ongeveer een op de vijf binnen vijf jaar het onderwijs. "
      "In het voortgezet onderwijs in de grote steden ligt dat aandeel nog hoger. Starters noemen in onderzoek steeds "
      "dezelfde redenen: een te zware lestaak vanaf de eerste dag, weinig begeleiding, onzekere tijdelijke "
      "contracten en het gevoel er alleen voor te staan."),
    P("Schoolbesturen hebben in de cao voor het primair en voor het voortgezet onderwijs afspraken gemaakt over "
      "begeleiding van startende leraren. In de praktijk worden die afspraken lang niet overal nagekomen: bij een "
      "groot tekort gaat de tijd voor begeleiding als eerste op aan het vullen van het rooster. Waar scholen een goed "
      "inductieprogramma bieden, met vrijgeroosterde tijd en een opgeleide coach, blijven starters aantoonbaar vaker. "
      "De raad ziet goede begeleiding daarom niet als luxe, maar als een van de meest effectieve maatregelen tegen "
      "het tekort."),
    P("De raad heeft overwogen of begeleiding van starters, net als in een aantal andere landen, een wettelijke "
      "plicht zou moeten zijn. Het feit dat cao-afspraken niet worden nagekomen, en dat juist de scholen met het "
      "grootste tekort er het minst aan toekomen, pleit ervoor om het niet langer aan de afzonderlijke besturen over "
      "te laten. Een wettelijke plicht moet dan wel gepaard gaan met geld, want anders blijft zij een papieren "
      "verplichting."),
    H2("Werkdruk, deeltijd en beloning"),
    P("Leraren in Nederland werken vaak in deeltijd: in het primair onderwijs is de gemiddelde baan kleiner dan vier "
      "dagen per week. Veel leraren kiezen daar bewust voor, bijvoorbeeld vanwege de zorg voor kinderen of omdat zij "
      "het werk anders niet volhouden. Een deel zou echter graag meer uren werken, maar krijgt die ruimte niet, of "
      "wordt er niet naar gevraagd. Schoolbesturen bieden vacatures nog vaak aan in de omvang van het gat in het "
      "rooster, in plaats van uit te gaan van een grote baan. Als leraren die dat willen een dag per week meer zouden "
      "werken, zou het tekort in het primair onderwijs naar schatting met een derde afnemen. De raad ziet hier een "
      "bron van capaciteit die snel kan worden aangeboord, zonder dat er een nieuwe leraar hoeft te worden opgeleid."),
    P("Over beloning is de afgelopen jaren veel gezegd en ook veel gedaan. De salarissen in het primair onderwijs "
      "zijn gelijkgetrokken met die in het voortgezet onderwijs, en leraren op scholen met veel leerlingen met een "
      "risico op onderwijsachterstand ontvangen sinds 2022 een tijdelijke arbeidsmarkttoelage. Die toelage lijkt te "
      "werken: op de scholen die haar ontvangen, is het verloop van leraren gedaald. Maar de toelage is tijdelijk en "
      "de financiering ervan loopt af. Besturen gaven aan dat zij leraren daardoor geen zekerheid kunnen bieden, en "
      "dat een deel van het effect verloren gaat. Dat pleit voor een structurele regeling, in het primair en in het "
      "voortgezet onderwijs."),
    H2("Een woning in de buurt van de school"),
    P("In de grote steden is wonen voor veel leraren onbetaalbaar geworden. Starters met een lerarensalaris komen "
      "niet in aanmerking voor een sociale huurwoning en kunnen een koopwoning of een vrije-sectorhuur niet betalen. "
      "Zij gaan buiten de stad wonen, en zodra zich dichter bij huis een baan aandient, vertrekken zij. Een aantal "
      "gemeenten heeft inmiddels afspraken gemaakt met woningcorporaties over woningen voor leraren, politieagenten "
      "en verpleegkundigen. De raad ziet in die afspraken een belangrijke bijdrage aan het behoud van leraren in de "
      "steden, en vindt dat meer gemeenten die weg zouden moeten inslaan."),
    PageBreak(),
    H("5. Het werk anders organiseren"),
    H2("Niet elke les vraagt om dezelfde leraar"),
    P("Ook met alle inspanningen om de instroom te vergroten en het vertrek te beperken, zal het tekort de komende "
      "jaren niet verdwijnen. Scholen zoeken daarom naar andere manieren om het onderwijs te organiseren. Zij zetten "
      "onderwijsassistenten in, laten vakspecialisten uit het bedrijfsleven gastlessen geven, werken met grotere "
      "groepen waarin meerdere volwassenen samenwerken, of bieden delen van het programma digitaal aan."),
    P("De raad ziet daarin een logische en vaak verstandige reactie op de schaarste. Tegelijk stuiten scholen op "
      "grenzen in de wet. De onderwijswetten gaan ervan uit dat het onderwijs in beginsel wordt gegeven door een "
      "bevoegde leraar. Onbevoegden mogen alleen onder strikte voorwaarden voor de klas staan. Scholen die bewust "
      "kiezen voor een andere organisatie, met een bevoegde leraar die de regie houdt en anderen die een deel van het "
      "onderwijs verzorgen, bevinden zich daardoor in een grijs gebied. Dat pleit voor een heldere wettelijke ruimte, "
      "met een duidelijke bovengrens en met de bevoegde leraar als eindverantwoordelijke."),
    P("Het risico van zo'n ruimte is dat de kwaliteit onder druk komt te staan, zeker als scholen haar gebruiken om "
      "gaten in het rooster te dichten zonder een doordacht plan. De raad ziet daarom ook een taak voor het Rijk om "
      "scholen houvast te bieden. Invallers en onderwijsassistenten die niet zijn opgeleid in een vak, kunnen beter "
      "lesgeven als zij kunnen terugvallen op een uitgewerkt programma met goed lesmateriaal. Op scholen waar het "
      "tekort structureel is, valt te overwegen om het gebruik van zo'n programma niet vrijblijvend te laten. De raad "
      "is zich ervan bewust dat de keuze van lesmateriaal tot de vrijheid van inrichting van scholen behoort, maar "
      "meent dat het belang van leerlingen op scholen waar het tekort al jaren groot is zwaarder moet wegen."),
    H2("De vierdaagse lesweek"),
    P("Een aantal scholen heeft uit nood een vierdaagse lesweek ingevoerd, meestal met een vijfde dag waarop "
      "leerlingen worden opgevangen of een activiteitenprogramma volgen. Formeel is dat alleen toegestaan als de "
      "school over het jaar voldoende onderwijstijd haalt. De Inspectie van het Onderwijs heeft scholen daar in "
      "enkele gevallen op aangesproken. De raad is geen voorstander van een vierdaagse lesweek als structurele "
      "oplossing. Maar hij ziet dat scholen met een acuut tekort soms alleen de keuze hebben tussen een vierdaagse "
      "week met een goed programma op de vijfde dag, of vijf dagen waarin groepen telkens onverwacht naar huis worden "
      "gestuurd. Voor leerlingen en ouders is het eerste voorspelbaarder. Dat pleit ervoor om het eerste als uiterste "
      "noodmaatregel wettelijk mogelijk te maken, tijdelijk en onder voorwaarden."),
    H2("Samenwerken in de regio"),
    P("Schoolbesturen concurreren op een krappe arbeidsmarkt om dezelfde leraren. Dat is begrijpelijk, maar het "
      "werkt averechts. Invallers die bij een pool van het ene bestuur staan ingeschreven, zijn voor de scholen van "
      "een ander bestuur in dezelfde wijk niet beschikbaar. Leraren die tussen besturen willen wisselen, verliezen "
      "soms rechten. In een aantal regio's hebben besturen hun vervangingspools samengevoegd, met gelijke "
      "arbeidsvoorwaarden voor invallers. Daar is het aandeel lessen dat uitvalt merkbaar gedaald. De raad ziet in "
      "zulke samenwerking een van de weinige maatregelen die op korte termijn effect heeft, en die vooral scholen "
      "met een groot tekort ten goede komt."),
    H2("Zicht en sturing"),
    P("Wie het tekort wil aanpakken, moet weten waar het zit. Dat klinkt vanzelfsprekend, maar is het niet. Zoals in "
      "hoofdstuk 2 beschreven, is het verborgen tekort in het voortgezet onderwijs niet bekend, en ook in het primair "
      "onderwijs berust het op schattingen. De gegevens die scholen aan DUO leveren, zeggen wel wie er in dienst is, "
      "maar niet wie welke lessen geeft. De raad ziet daarin de belangrijkste reden waarom het beleid van de "
      "afgelopen jaren zo weinig gericht was: het geld ging naar de regio's, niet naar de scholen waar de nood het "
      "grootst was. Dat pleit voor een jaarlijkse meting per school en per regio, waarvan de uitkomsten openbaar zijn."),
    P("Ook het toezicht kan een grotere rol spelen. De Inspectie van het Onderwijs beoordeelt de kwaliteit van het "
      "onderwijs en de financiële continuïteit van besturen, maar kijkt tot nu toe nauwelijks naar het "
      "personeelsbeleid. Terwijl juist daar, bij besturen die het tekort laten gebeuren in plaats van het aan te "
      "pakken, de kwaliteit van het onderwijs op lange termijn op het spel staat. De raad ziet in het toezicht op "
      "het strategisch personeelsbeleid een prikkel die nu ontbreekt."),
    P("Ten slotte weten we nog te weinig over wat de nieuwe vormen van organisatie voor leerlingen betekenen. Dat "
      "onderwijsassistenten en grotere groepen met meerdere volwassenen het rooster helpen vullen, is duidelijk. Of "
      "leerlingen er evenveel van leren als in een gewone klas met een bevoegde leraar, is niet bekend. Zonder dat "
      "inzicht kan het beleid de ruimte die het scholen geeft niet verantwoord bijstellen."),
    PageBreak(),
    H("6. Wat er nodig is"),
    P("Het lerarentekort vraagt om een lange adem. De raad heeft in de voorgaande hoofdstukken laten zien dat het "
      "tekort niet vanzelf verdwijnt, dat het het zwaarst drukt op leerlingen die het meest van de school afhangen, en "
      "dat een deel van de huidige aanpak te tijdelijk en te weinig gericht is. Dat betekent niet dat er niets "
      "gebeurt. Integendeel: de afgelopen jaren is er veel in gang gezet, en een deel daarvan werpt vruchten af."),
    P("Wat al goed gaat:", bold=True),
    bullets(
        "de salarissen in het primair onderwijs zijn gelijkgetrokken met die in het voortgezet onderwijs, waardoor "
        "het loonverschil tussen de sectoren is verdwenen;",
        "in alle onderwijsregio's werken besturen, opleidingen en gemeenten samen in een regionale aanpak van het "
        "personeelstekort, met een gezamenlijk plan;",
        "het aantal zij-instromers is sinds 2019 ruim verdubbeld, vooral in de technische vakken;",
        "op scholen die de arbeidsmarkttoelage ontvangen, is het verloop van leraren gedaald;",
        "steeds meer besturen bieden startende leraren direct een vaste aanstelling aan.",
    ),
    P("Die vooruitgang is waardevol en moet worden vastgehouden. Maar zij is niet genoeg. De raad beschrijft hieronder "
      "per opgave wat er volgens hem daarnaast nodig is. Bij elke maatregel staat wie aan zet is. Het gaat om samenhang: "
      "de maatregelen versterken elkaar, en het effect van de ene hangt vaak af van de andere. De raad vraagt de "
      "betrokken partijen dan ook om de maatregelen niet los van elkaar te beoordelen."),
    H2("6.1 Meer mensen opleiden en laten instromen"),
    P("De instroom in het beroep moet omhoog, en de weg naar de klas moet korter en beter begeleid zijn. Daarvoor is "
      "het volgende nodig."),
    recs(
        rec("1", ("OCW",),
            "De minister van OCW moet het collegegeld voor studenten aan de pabo en de tweedegraads "
            "lerarenopleidingen in de eerste twee studiejaren volledig laten vervallen, ook voor studenten die eerder "
            "een andere opleiding hebben gevolgd."),
        rec("2", ("OTHER",),
            "Lerarenopleidingen zouden hun deeltijd- en duale trajecten zo moeten inrichten dat zij-instromers met een "
            "afgeronde hbo- of wo-opleiding binnen twee jaar hun bevoegdheid kunnen halen, met vrijstellingen voor wat "
            "zij al kennen en kunnen."),
        rec("3", ("OCW",),
            "De minister voor Primair en Voortgezet Onderwijs moet de subsidie zij-instroom verhogen tot 30.000 euro "
            "per zij-instromer en de voorwaarden zo aanpassen dat:",
            "de school een begeleider aanwijst die daarvoor is opgeleid en daar ook tijd voor krijgt;",
            "de zij-instromer in het eerste jaar niet meer dan de helft van een volledige lestaak verzorgt;",
            "ook scholen voor speciaal en voortgezet speciaal onderwijs er aanspraak op kunnen maken."),
        rec("4", ("OTHER",),
            "Schoolbesturen: bied iedere student in het laatste jaar van een lerarenopleiding een betaalde "
            "leerwerkplek aan, met een arbeidsovereenkomst van ten minste acht uur per week en een vaste begeleider "
            "in de school."),
    ),
    H2("6.2 Leraren behouden"),
    P("Elke leraar die blijft, hoeft niet te worden vervangen. De raad vraagt daarom ten minste evenveel aandacht "
      "voor het behoud van leraren als voor de werving van nieuwe."),
    recs(
        rec("5", ("OTHER",),
            "Schoolbesturen moeten iedere startende leraar gedurende de eerste drie jaar een begeleidingsprogramma "
            "bieden, met ten minste tien procent vrijgeroosterde tijd en een coach die daarvoor is opgeleid."),
        rec("6", ("OCW",),
            "De minister van OCW moet de begeleiding van startende leraren in de onderwijswetten vastleggen als plicht "
            "van het schoolbestuur, en daarvoor een aparte bekostiging in het leven roepen."),
        rec("7", ("OCW",),
            "De minister voor Primair en Voortgezet Onderwijs zou de arbeidsmarkttoelage voor leraren op scholen met "
            "veel leerlingen met een risico op onderwijsachterstand structureel moeten maken, zowel in het primair "
            "als in het voortgezet onderwijs."),
        rec("8", ("GEMEENTEN",),
            "Wij adviseren gemeenten om leraren die op een school in de gemeente werken voorrang te geven bij de "
            "toewijzing van sociale en middeldure huurwoningen, en daarover afspraken te maken met "
            "woningcorporaties."),
        rec("9", ("OTHER",),
            "Schoolbesturen: bied leraren met een kleine deeltijdbaan actief een grotere aanstelling aan, en stel "
            "vacatures standaard open voor een omvang van ten minste vier dagen per week, tenzij de leraar zelf "
            "anders wil."),
    ),
    H2("6.3 Het werk anders organiseren"),
    P("Scholen hebben ruimte nodig om het onderwijs anders te organiseren, maar ook houvast, zodat die ruimte niet "
      "ten koste gaat van wat leerlingen leren."),
    recs(
        rec("10", ("OCW",),
            "De minister van OCW moet in de onderwijswetten regelen dat scholen een deel van de onderwijstijd, tot ten "
            "hoogste een vijfde, mogen laten verzorgen door onderwijsassistenten en vakspecialisten zonder "
            "lesbevoegdheid, onder de verantwoordelijkheid van een bevoegde leraar."),
        rec("11", ("OCW",),
            "De minister van OCW moet scholen met een structureel lerarentekort verplichten om voor rekenen, taal en "
            "de tekortvakken gebruik te maken van landelijk ontwikkelde lesprogramma's en lesmateriaal, zodat ook "
            "invallers en onbevoegden op een vaste basis kunnen lesgeven."),
        rec("12", ("OCW",),
            "De minister voor Primair en Voortgezet Onderwijs moet het als uiterste noodmaatregel wettelijk mogelijk "
            "maken dat scholen in het primair onderwijs met een acuut tekort voor ten hoogste twee schooljaren een "
            "vierdaagse lesweek invoeren, mits zij op de vijfde dag een opvang- of activiteitenprogramma bieden."),
        rec("13", ("OTHER",),
            "Schoolbesturen in een regio zouden hun vervangingspools moeten samenvoegen tot één regionale pool met "
            "gelijke arbeidsvoorwaarden, zodat invallers niet langer tussen besturen hoeven te kiezen."),
    ),
    H2("6.4 Zicht op het tekort en sturing"),
    P("Gericht beleid begint bij goede informatie. De raad vraagt om een beter beeld van het tekort, om toezicht dat "
      "ook het personeelsbeleid omvat, en om kennis over wat werkt."),
    recs(
        rec("14", ("OCW",),
            "De minister van OCW moet ervoor zorgen dat het verborgen tekort jaarlijks per school en per regio wordt "
            "gemeten en openbaar gemaakt, en schoolbesturen verplichten de daarvoor benodigde gegevens aan DUO te "
            "leveren."),
        rec("15", ("OCW",),
            "De Inspectie van het Onderwijs moet in haar toezicht op schoolbesturen voortaan expliciet beoordelen of "
            "het strategisch personeelsbeleid op orde is, en daarbij in elk geval nagaan:",
            "of het bestuur weet hoeveel lessen op zijn scholen onbevoegd of niet worden gegeven;",
            "welke maatregelen het bestuur neemt om startende leraren te behouden;",
            "hoe het bestuur met andere besturen in de regio samenwerkt."),
        rec("16", ("OCW",),
            "De minister van OCW moet het Nationaal Regieorgaan Onderwijsonderzoek opdracht geven om de effecten van "
            "nieuwe vormen van organisatie, zoals de inzet van onderwijsassistenten en grotere groepen met meerdere "
            "volwassenen, op de leerresultaten meerjarig te onderzoeken."),
    ),
    H2("Tot besluit"),
    P("Het lerarentekort is in tien jaar ontstaan en zal niet in één kabinetsperiode verdwijnen. Juist daarom is het "
      "van belang dat de maatregelen die nu worden genomen, niet opnieuw tijdelijk zijn. Leraren, schoolleiders en "
      "besturen hebben de afgelopen jaren veel veerkracht getoond. Zij verdienen een overheid die hen niet alleen "
      "in crisistijd bijspringt, maar die zich voor lange tijd aan een aanpak verbindt. De raad hoopt dat dit advies "
      "daaraan bijdraagt."),
)

REPORT = Document(
    title="Elke klas een leraar",
    subtitle="Advies over de aanpak van het lerarentekort in het primair en voortgezet onderwijs",
    blocks=REPORT_BLOCKS,
    running_header="",
    footer="{page}",
    font_family="sans",
    imprint=("Raad voor Onderwijs en Arbeidsmarkt", "Den Haag, oktober 2025"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV1 = ("Vanaf het studiejaar 2026-2027 betalen studenten aan de pabo en de tweedegraads lerarenopleidingen in de "
       "eerste twee studiejaren geen collegegeld meer, ook als zij eerder een andere opleiding hebben gevolgd; "
       "daarvoor is in de begroting van OCW structureel 78 miljoen euro per jaar gereserveerd.")
EV2 = ("Wel zal ik met de Vereniging Hogescholen en de Universiteiten van Nederland verkennen of een landelijk kader "
       "voor vrijstellingen voor zij-instromers haalbaar is.")
EV3 = "Dit advies neem ik over, inclusief de drie voorwaarden die de raad eraan verbindt."
EV4 = ("Het advies aan schoolbesturen om iedere student in het laatste jaar een betaalde leerwerkplek te bieden, "
       "steun ik van harte.")
EV5 = ("Het advies aan schoolbesturen om iedere startende leraar drie jaar lang te begeleiden, met vrijgeroosterde "
       "tijd en een opgeleide coach, onderschrijf ik volledig.")
EV6 = ("Een wettelijke plicht met een eigen bekostiging voeg ik daar echter niet aan toe, omdat die de "
       "verantwoordelijkheid van sociale partners voor de cao zou doorkruisen en besturen nieuwe "
       "verantwoordingslasten zou opleggen.")
EV7 = "Het advies neem ik daarom over voor het primair onderwijs, maar niet voor het voortgezet onderwijs."
EV10 = "Het eerste advies onder dit thema, over de inzet van onderwijsassistenten en vakspecialisten, neem ik over."
EV11 = ("Een verplichting om bepaald lesmateriaal te gebruiken verdraagt zich daar niet mee, en ik zie daarom met "
        "respect voor de overwegingen van de raad af van dit advies.")
EV12 = "Dit advies neem ik niet over."
EV13 = ("Het advies aan schoolbesturen om hun vervangingspools per regio samen te voegen, onderschrijf ik "
        "nadrukkelijk.")
EV14 = ("Dit advies neem ik daarom gedeeltelijk over: het verborgen tekort wordt vanaf 2026 jaarlijks per regio "
        "gemeten, maar een openbare meting per school en een nieuwe leveringsplicht voor besturen komen er niet.")
EV15 = ("De Inspectie van het Onderwijs beoordeelt vanaf het schooljaar 2026-2027 in het vierjaarlijks onderzoek "
        "bij besturen het strategisch personeelsbeleid, en gaat daarbij in elk geval na of het bestuur zicht heeft "
        "op onbevoegd gegeven en uitgevallen lessen, hoe het startende leraren behoudt en hoe het in de regio "
        "samenwerkt.")
EV16 = ("Het Nationaal Regieorgaan Onderwijsonderzoek start in het voorjaar van 2026 in mijn opdracht een "
        "onderzoek van vijf jaar naar de effecten van nieuwe vormen van organisatie op de leerresultaten, waarvoor "
        "ik 3,5 miljoen euro beschikbaar stel.")

RESPONSE_BLOCKS = (
    P("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal, Postbus 20018, 2500 EA Den Haag"),
    P("Datum: 12 februari 2026"),
    P("Betreft: Reactie op het advies 'Elke klas een leraar' van de Raad voor Onderwijs en Arbeidsmarkt"),
    P("Geachte voorzitter,"),
    P("Op 14 oktober 2025 heeft de Raad voor Onderwijs en Arbeidsmarkt zijn advies 'Elke klas een leraar' "
      "uitgebracht. Het advies is opgesteld op verzoek van mijn ambtsvoorganger en gaat over de aanpak van het "
      "lerarentekort in het primair en voortgezet onderwijs op langere termijn. Met deze brief bied ik u, mede "
      "namens de minister voor Primair en Voortgezet Onderwijs, de reactie van het kabinet op het advies aan."),
    P("Wij zijn de raad erkentelijk voor een advies dat de urgentie van het tekort laat voelen zonder te vervallen "
      "in somberheid. De raad heeft met veel leraren, schoolleiders en bestuurders gesproken, en dat is in het advies "
      "terug te lezen. Ook de nadruk die de raad legt op de ongelijke verdeling van het tekort, en op de gevolgen "
      "daarvan voor leerlingen die het meest van goed onderwijs afhangen, spreekt ons aan."),
    P("Het kabinet deelt de analyse van de raad in grote lijnen. Het tekort is geen tijdelijk verschijnsel, het treft "
      "de grote steden en de scholen met een zware leerlingpopulatie het hardst, en de aanpak van de afgelopen jaren "
      "was te vaak tijdelijk van aard. Dat neemt niet weg dat wij op onderdelen andere keuzes maken dan de raad "
      "voorstelt. Die keuzes lichten wij hieronder toe, aan de hand van de vier thema's waarin de raad zijn advies "
      "heeft geordend."),
    P("Een deel van de adviezen is gericht aan schoolbesturen, lerarenopleidingen en gemeenten. Zij zijn zelf "
      "verantwoordelijk voor de keuzes die zij maken. Waar het kabinet die keuzes kan ondersteunen of waar het een "
      "opvatting heeft over het advies, geef ik die hieronder wel weer."),
    H("Meer mensen opleiden en laten instromen", level=2),
    P("Uw eerste advies, over het collegegeld voor de lerarenopleidingen, raakt aan een drempel waar de raad terecht "
      "op wijst. Het verlaagde collegegeld in het eerste jaar heeft de instroom niet merkbaar vergroot, en voor wie "
      "een tweede studie kiest, blijft de financiële last groot. " + EV1 + " De wijziging van de Wet op het hoger "
      "onderwijs en wetenschappelijk onderzoek die daarvoor nodig is, ligt in april 2026 bij uw Kamer.",
      answers=(Answer("1", "agree", EV1),)),
    P("Wat betreft de lerarenopleidingen: ik herken het beeld dat zij-instromers op de ene opleiding aanzienlijk "
      "sneller hun bevoegdheid halen dan op de andere. Het advies om de trajecten zo in te richten dat een "
      "zij-instromer met een afgeronde hbo- of wo-opleiding binnen twee jaar bevoegd kan zijn, is gericht aan de "
      "opleidingen zelf, en de inrichting van het onderwijs is primair een zaak van de instellingen. " + EV2 + " Ik "
      "betrek daarbij ook de vraag of de toetsing van eerder verworven competenties landelijk kan worden "
      "gelijkgetrokken, en informeer uw Kamer voor het einde van dit jaar over de uitkomst.",
      answers=(Answer("2", "partial", EV2),)),
    P("Het derde advies in dit deel gaat over de subsidie zij-instroom. De raad stelt vast dat de subsidie te laag is "
      "om de begeleiding van zij-instromers werkelijk te bekostigen, en dat scholen het geld onder druk van het tekort "
      "aan het rooster besteden. " + EV3 + " De subsidie gaat per 1 januari 2027 omhoog naar 30.000 euro per "
      "zij-instromer. Scholen die subsidie aanvragen, moeten voortaan een opgeleide begeleider aanwijzen en de "
      "lestaak van de zij-instromer in het eerste jaar tot de helft beperken. Scholen voor speciaal en voortgezet "
      "speciaal onderwijs kunnen vanaf dezelfde datum een aanvraag indienen.",
      answers=(Answer("3", "agree", EV3),)),
    P(EV4 + " Studenten die in hun laatste jaar al een echte baan in de school hebben, blijven aantoonbaar vaker "
      "in het onderwijs. Uit de middelen voor de regionale aanpak van het personeelstekort kunnen besturen vanaf het "
      "schooljaar 2026-2027 een bijdrage van 4.000 euro per leerwerkplek ontvangen, zodat ook kleinere besturen "
      "deze stap kunnen zetten.",
      answers=(Answer("4", "agree", EV4),)),
    H("Leraren behouden", level=2),
    P("De eerste twee adviezen in dit deel gaan over de begeleiding van startende leraren. De raad laat overtuigend "
      "zien dat goede begeleiding een van de meest effectieve middelen is om te voorkomen dat starters het onderwijs "
      "verlaten. " + EV5 + " Besturen hebben daarover in de cao's al afspraken gemaakt, en de middelen daarvoor maken "
      "deel uit van de lumpsum. " + EV6 + " Ik zal de sectorraden wel vragen om in hun jaarverslagen te laten zien "
      "hoe besturen de afspraken over begeleiding nakomen.",
      answers=(Answer("5", "agree", EV5), Answer("6", "disagree", EV6))),
    P("Over de arbeidsmarkttoelage voor leraren op scholen met veel leerlingen met een risico op "
      "onderwijsachterstand merkt de raad terecht op dat de toelage werkt, maar dat haar tijdelijke karakter een deel "
      "van het effect tenietdoet. In het primair onderwijs is het tekort op deze scholen het grootst en is het "
      "effect van de toelage het duidelijkst. In het voortgezet onderwijs hangt het tekort veel minder samen met de "
      "leerlingpopulatie en veel meer met het vak; daar is een toelage per school een minder gericht instrument. "
      + EV7 + " Vanaf 2027 is voor de toelage in het primair onderwijs structureel 110 miljoen euro per jaar "
      "beschikbaar. Voor het voortgezet onderwijs zetten wij de middelen in op de tekortvakken.",
      answers=(Answer("7", "partial", EV7),)),
    P("Een betaalbare woning in de buurt van de school is voor veel leraren in de grote steden een groot probleem. "
      "Het Rijk financiert via de middelen voor de aanpak van het lerarentekort in de vijf grootste steden al "
      "tijdelijke huisvestingsregelingen voor leraren in Amsterdam, Rotterdam, Den Haag, Utrecht en Almere, in totaal "
      "12 miljoen euro per jaar tot en met 2027. Daarnaast kunnen gemeenten op grond van de Huisvestingswet 2014 in "
      "hun huisvestingsverordening al voorrang verlenen aan woningzoekenden met een beroep dat voor de gemeente van "
      "belang is, en een aantal gemeenten doet dat ook voor leraren."),
    H("Het werk anders organiseren", level=2),
    P(EV10 + " De raad wijst er terecht op dat scholen die bewust kiezen voor een andere organisatie van het "
      "onderwijs zich nu in een grijs gebied bevinden. De minister voor Primair en Voortgezet Onderwijs zendt uw "
      "Kamer in het voorjaar van 2027 een wetsvoorstel dat scholen uitdrukkelijk de ruimte geeft om ten hoogste een "
      "vijfde van de onderwijstijd te laten verzorgen door onderwijsassistenten en vakspecialisten, onder de "
      "verantwoordelijkheid van een bevoegde leraar.",
      answers=(Answer("10", "agree", EV10),)),
    P("Het tweede advies onder dit thema vraagt scholen met een structureel tekort te verplichten landelijk "
      "ontwikkelde lesprogramma's en lesmateriaal te gebruiken voor rekenen, taal en de tekortvakken. Ik begrijp de "
      "gedachte erachter: invallers en onbevoegden kunnen beter lesgeven als zij op een uitgewerkt programma kunnen "
      "terugvallen. De raad onderkent zelf al dat de keuze van lesmateriaal tot de vrijheid van inrichting behoort. "
      "Artikel 23 van de Grondwet waarborgt die vrijheid voor het bijzonder onderwijs, en zij is ook voor het "
      "openbaar onderwijs een groot goed. " + EV11 + " Wel blijft de Stichting Leerplanontwikkeling uitgewerkte "
      "voorbeeldprogramma's voor rekenen en taal vrij beschikbaar stellen, die scholen op eigen keuze kunnen "
      "gebruiken.",
      answers=(Answer("11", "disagree", EV11),)),
    P("De raad noemt een vierdaagse lesweek zelf geen structurele oplossing, maar wil haar als uiterste noodmaatregel "
      "wettelijk mogelijk maken. Ik zie dat anders. Een vierdaagse lesweek betekent voor leerlingen een vijfde minder "
      "onderwijs, en het zijn juist de leerlingen op scholen met een groot tekort die dat verlies het minst kunnen "
      "dragen. Een wettelijke uitzondering zou bovendien de druk wegnemen om andere oplossingen te zoeken. " + EV12,
      answers=(Answer("12", "disagree", EV12),)),
    P(EV13 + " Waar besturen dat al hebben gedaan, valt aantoonbaar minder onderwijs uit. Bij de verdeling van de "
      "middelen voor de regionale aanpak van het personeelstekort geldt vanaf 2027 als voorwaarde dat de besturen in "
      "de regio één gezamenlijke vervangingspool hebben ingericht, met gelijke arbeidsvoorwaarden voor invallers.",
      answers=(Answer("13", "agree", EV13),)),
    H("Zicht op het tekort en sturing", level=2),
    P("Ik deel de opvatting van de raad dat gericht beleid begint bij goede informatie, en dat het verborgen tekort "
      "te lang buiten beeld is gebleven. Tegelijk wil ik voorkomen dat besturen opnieuw een registratie moeten "
      "bijhouden die veel tijd kost, en dat een openbare lijst per school vooral scholen met een groot tekort "
      "stigmatiseert, zonder dat hun leerlingen daarmee zijn geholpen. " + EV14 + " De meting gebeurt via een "
      "steekproef onder scholen en via de gegevens die DUO al ontvangt.",
      answers=(Answer("14", "partial", EV14),)),
    P("Ook de oproep van de raad om het personeelsbeleid van besturen in het toezicht te betrekken, is in overleg met de "
      "inspectie uitgewerkt. " + EV15 + " De inspectie past daarvoor haar onderzoekskader aan; het gewijzigde kader "
      "wordt in de zomer van 2026 gepubliceerd.",
      answers=(Answer("15", "agree", EV15),)),
    P("Uw laatste advies betreft de kennis over wat nieuwe vormen van organisatie voor leerlingen betekenen. Juist "
      "omdat het kabinet scholen meer ruimte wil geven, moet die ruimte worden gevolgd. " + EV16 + " De eerste "
      "tussenresultaten worden in 2028 verwacht.",
      answers=(Answer("16", "agree", EV16),)),
    H("Tot slot", level=2),
    P("Het lerarentekort vraagt, zoals de raad schrijft, om een lange adem. Het kabinet kiest ervoor om de middelen "
      "die het de komende jaren inzet, structureel te maken waar dat kan, en ze te richten op de plekken waar het "
      "tekort het grootst is. Daarbij blijven schoolbesturen, opleidingen en gemeenten onmisbare partners."),
    P("Over de voortgang van de aanpak informeren wij uw Kamer jaarlijks in de voortgangsrapportage over het "
      "lerarenbeleid, voor het eerst in het najaar van 2026."),
    P("De minister van Onderwijs, Cultuur en Wetenschap,"),
    P("drs. M.A. van Leeuwen-Brink"),
    P("mede namens de minister voor Primair en Voortgezet Onderwijs,"),
    P("J.H.P. Oosterhout"),
)

RESPONSE = Document(
    title="Ministerie van Onderwijs, Cultuur en Wetenschap",
    subtitle="De minister van Onderwijs, Cultuur en Wetenschap, mede namens de minister voor Primair en Voortgezet "
             "Onderwijs",
    blocks=RESPONSE_BLOCKS,
    running_header="",
    footer="Pagina {page} van {pages}",
    font_family="serif",
    title_page=False,
    font_size=10.5,
)

PAIR = Pair(
    name="teacher_shortage_council",
    report=REPORT,
    response=RESPONSE,
    description="Raad voor Onderwijs en Arbeidsmarkt advice on the teacher shortage (16 unnumbered bullet "
                "recommendations in the last chapter, grouped by theme, two with sub-lists) and the OCW minister's "
                "serif letter answering by ordinal and subject under the council's theme headings; 8 (housing, "
                "gemeenten) answered only by existing funding, 9 never mentioned.",
)
