"""Pair: an RVS-style advice on loneliness among older people, and the VWS minister's beleidsreactie.

Layout traits this pair tests: a sans-serif essay-style advice with few headings, a numbered list of three forms of
loneliness and a bulleted list of risk moments in the analysis (neither are recommendations), and fifteen advices
printed as one numbered list "1." .. "15." in the final chapter "Wat de raad adviseert", each item opening with a
short title sentence followed by its explanation in the same item; several advices are addressed to more than one
party (VWS, the minister for VRO, gemeenten, zorgverzekeraars).  A bulleted list of conversations in the
verantwoording is not a list of recommendations either.

The response is a letter of the minister of VWS (no title page) with a general opening and closing, a summary of the
advice that takes no position, and level-2 headings "Advies N – titel".  Advices 5 and 6 are answered under one
heading and in one paragraph with opposite positions; advice 13 has no heading of its own and is answered by
subject under advice 2; advice 7 is passed on to the minister for VRO without a position; advice 11 is not answered
at all.  It agrees without cue words (money and dates), with "Ik ben het met de Raad eens dat ... en zal daarom" and
with "Ik onderschrijf"; refuses politely by pointing to gemeentelijke autonomie, by pointing to existing policy and
by "acht ik niet wenselijk"; adopts partly (thirty municipalities, a pilot in ten regions, a neighbourhood breakdown
but no more frequent measurement) and hedges ("laat ik onderzoeken of").  All prose is fictional and written for
this test set.
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


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

RECOMMENDATIONS = ItemList(style="1.", items=(
    ListItem(
        "Maak eenzaamheid een vast onderdeel van het gemeentelijk gezondheidsbeleid. Gemeenten nemen in hun nota "
        "gezondheidsbeleid op hoe zij eenzaamheid onder ouderen willen voorkomen en verminderen, met doelen die na "
        "vier jaar te toetsen zijn. De minister van VWS legt deze verplichting vast in de Wet publieke gezondheid, "
        "zodat de aanpak niet langer afhangt van de ambitie van een individuele wethouder.",
        recommendation=R("1", "GEMEENTEN", "VWS")),
    ListItem(
        "Geef de aanpak van eenzaamheid een structurele basis. Het actieprogramma Eén tegen eenzaamheid draait sinds "
        "2018 op tijdelijke middelen. De raad adviseert de minister van VWS om vanaf 2026 een vast bedrag op de "
        "begroting te reserveren voor de landelijke ondersteuning van lokale coalities, zodat gemeenten en hun "
        "maatschappelijke partners op meerjarige financiering kunnen bouwen.",
        recommendation=R("2", "VWS")),
    ListItem(
        "Investeer in plekken om elkaar te ontmoeten. Gemeenten zorgen ervoor dat ouderen in iedere wijk en iedere "
        "kern binnen loopafstand een laagdrempelige ontmoetingsplek vinden, zoals een buurthuis, een huiskamer in "
        "een woonzorgcentrum of een bibliotheek. De minister van VWS ondersteunt hen met een landelijke "
        "stimuleringsregeling voor de inrichting en de exploitatie van zulke plekken.",
        recommendation=R("3", "GEMEENTEN", "VWS")),
    ListItem(
        "Zorg voor vrijwilligers die het lang kunnen volhouden. Veel initiatieven tegen eenzaamheid leunen op een "
        "kleine groep vrijwilligers, die zelf vaak al de zeventig gepasseerd zijn. Gemeenten bieden deze "
        "vrijwilligers scholing, begeleiding en een vast aanspreekpunt. De minister van VWS maakt de landelijke "
        "ondersteuning van vrijwilligersorganisaties structureel en richt die nadrukkelijk ook op het werven van "
        "jongere vrijwilligers.",
        recommendation=R("4", "GEMEENTEN", "VWS")),
    ListItem(
        "Help ouderen de digitale wereld in. Wie niet digitaal meekan, raakt steeds vaker buitengesloten, ook van "
        "het contact met familie en buurt. De minister van VWS zorgt er samen met gemeenten voor dat in iedere "
        "gemeente persoonlijke hulp bij digitale vaardigheden beschikbaar is, bijvoorbeeld in de bibliotheek of het "
        "buurthuis, en dat deze hulp voor wie slecht ter been is ook aan huis kan worden geboden.",
        recommendation=R("5", "VWS", "GEMEENTEN")),
    ListItem(
        "Houd de deur open voor wie niet digitaal meekan. Zorgverzekeraars en zorgaanbieders houden voor ouderen "
        "altijd een telefonisch en een fysiek contactpunt beschikbaar, met een mens aan de andere kant. De minister "
        "van VWS legt dit recht op een niet-digitaal alternatief wettelijk vast.",
        recommendation=R("6", "OTHER", "VWS")),
    ListItem(
        "Bouw meer woonvormen waar ouderen naar elkaar kunnen omkijken. De minister voor Volkshuisvesting en "
        "Ruimtelijke Ordening stelt een landelijk doel voor het aantal geclusterde woningen voor ouderen, zoals "
        "hofjes, ouderenwoningen rond een gemeenschappelijke ruimte en woongemeenschappen, en maakt daarover "
        "concrete afspraken in de woondeals.",
        recommendation=R("7", "BZK")),
    ListItem(
        "Maak het aantrekkelijker om op tijd te verhuizen. Veel ouderen blijven wonen in een huis dat te groot, "
        "slecht toegankelijk of ver van voorzieningen is. Gemeenten geven ouderen die naar een geschikte woning in de "
        "eigen buurt willen verhuizen voorrang bij de woningtoewijzing. De minister voor VRO en de minister van VWS "
        "zorgen samen voor een landelijke verhuisbijdrage en voor persoonlijke begeleiding bij de verhuizing.",
        recommendation=R("8", "GEMEENTEN", "BZK", "VWS")),
    ListItem(
        "Geef de huisarts een vaste route naar het sociaal domein. Huisartsen en hun praktijkondersteuners zien "
        "eenzaamheid vaak als eersten, maar weten niet altijd waarheen zij kunnen verwijzen. Zorgverzekeraars en "
        "gemeenten financieren samen Welzijn op Recept voor iedere huisartsenpraktijk, en de minister van VWS zorgt "
        "ervoor dat deze gezamenlijke bekostiging een vaste basis krijgt in plaats van projectgeld.",
        recommendation=R("9", "OTHER", "GEMEENTEN", "VWS")),
    ListItem(
        "Maak signaleren een gedeelde taak. Niet alleen de huisarts, ook wijkverpleegkundigen, thuiszorgmedewerkers, "
        "apothekers en woonconsulenten komen achter de voordeur. De minister van VWS zorgt ervoor dat het herkennen "
        "en bespreken van eenzaamheid een vast onderdeel wordt van de opleidingen en de nascholing van deze "
        "beroepsgroepen.",
        recommendation=R("10", "VWS")),
    ListItem(
        "Neem eenzaamheid mee in de regionale plannen voor zorg en welzijn. Zorgverzekeraars en gemeenten stellen "
        "in het kader van het Integraal Zorgakkoord samen regiobeelden en regioplannen op. De raad adviseert hen om "
        "eenzaamheid onder ouderen daarin als gezamenlijk vraagstuk op te nemen, met afspraken over wie welk deel "
        "van de aanpak financiert.",
        recommendation=R("11", "OTHER", "GEMEENTEN")),
    ListItem(
        "Zie ook de mantelzorger. Partners en kinderen die voor een oudere zorgen, raken zelf vaak geïsoleerd. "
        "Gemeenten garanderen iedere mantelzorger van een oudere met een langdurige zorgvraag binnen vier weken "
        "passende respijtzorg. De minister van VWS neemt die termijn op in de Wmo 2015.",
        recommendation=R("12", "GEMEENTEN", "VWS")),
    ListItem(
        "Laat ouderen zelf meebepalen. Ouderen zijn geen doelgroep maar medeontwerpers van de aanpak. Gemeenten en "
        "de minister van VWS betrekken seniorenraden, ouderenbonden en ook ouderen die zich niet in een organisatie "
        "hebben verenigd structureel bij het ontwerpen en evalueren van hun beleid tegen eenzaamheid.",
        recommendation=R("13", "GEMEENTEN", "VWS")),
    ListItem(
        "Meet vaker en dichter bij huis. De Gezondheidsmonitor Volwassenen en Ouderen meet eenzaamheid eens in de "
        "vier jaar en rapporteert per gemeente. De minister van VWS laat eenzaamheid voortaan elke twee jaar meten "
        "en de uitkomsten ook per wijk beschikbaar maken, zodat gemeenten het effect van hun aanpak kunnen volgen.",
        recommendation=R("14", "VWS")),
    ListItem(
        "Blijf eenzaamheid bespreekbaar maken. De Week tegen Eenzaamheid en de landelijke publiekscampagne hebben "
        "het taboe kleiner gemaakt, maar bereiken vooral mensen boven de vijfenzeventig. De minister van VWS zet de "
        "campagne voort en richt haar ook op mensen rond de pensioenleeftijd, een moment waarop het sociale netwerk "
        "vaak ongemerkt kleiner wordt.",
        recommendation=R("15", "VWS")),
))

REPORT_BLOCKS = (
    H("Samenvatting"),
    P("Ongeveer een op de tien ouderen in Nederland voelt zich ernstig eenzaam. Onder 75-plussers is dat bijna een op "
      "de zes, en onder alleenwonende 85-plussers nog meer. Eenzaamheid is geen onvermijdelijk bijverschijnsel van de "
      "ouderdom en evenmin een persoonlijk tekortschieten. Het is een teken dat de verbinding tussen mensen en hun "
      "omgeving zwakker is geworden, en het heeft gevolgen voor de gezondheid die in omvang vergelijkbaar zijn met "
      "die van roken of ernstig overgewicht."),
    P("De minister van Volksgezondheid, Welzijn en Sport heeft de Raad voor Volksgezondheid & Samenleving gevraagd "
      "te adviseren over de vraag hoe de aanpak van eenzaamheid onder ouderen kan worden versterkt nu het "
      "actieprogramma Eén tegen eenzaamheid in zijn huidige vorm afloopt. De raad sprak daarvoor met ouderen, "
      "vrijwilligers, huisartsen, wijkverpleegkundigen, woningcorporaties, gemeenten en zorgverzekeraars, en bezocht "
      "initiatieven in zes gemeenten van verschillende omvang."),
    P("Het beeld dat de raad aantrof, is tweeslachtig. Er gebeurt veel: in de meeste gemeenten is een lokale coalitie "
      "actief, bibliotheken houden digitale spreekuren, huisartsen verwijzen naar welzijnswerk en buurtbewoners "
      "zetten zich in voor hun oudere buren. Maar veel van wat werkt, hangt af van tijdelijk geld, van een kleine "
      "groep vrijwilligers en van toevallige verbindingen tussen zorg en welzijn. De ouderen die het hardst worden "
      "getroffen – mensen die slecht ter been zijn, weinig geld hebben of niet digitaal vaardig zijn – worden het "
      "minst bereikt."),
    P("De raad pleit voor een aanpak die minder van toeval afhangt. Dat vraagt om een stevige plaats voor eenzaamheid "
      "in het lokale beleid, om investeringen in ontmoeting en in de mensen die ontmoeting mogelijk maken, om "
      "woningen waar ouderen naar elkaar kunnen omkijken en om een zorg die eenzaamheid herkent en weet waarheen zij "
      "kan verwijzen. In het slothoofdstuk werkt de raad dit uit in vijftien adviezen, gericht aan de minister van "
      "VWS, de minister voor Volkshuisvesting en Ruimtelijke Ordening, gemeenten en zorgverzekeraars."),
    PageBreak(),

    H("1  Een vraag die ertoe doet"),
    P("Mevrouw De Waal is 84 jaar. Sinds haar man drie jaar geleden overleed, woont zij alleen in het rijtjeshuis "
      "waar zij haar kinderen heeft grootgebracht. Haar dochter woont in Groningen, haar zoon in het buitenland. Twee "
      "keer per week komt de thuiszorg, op dinsdag gaat zij met de buurtbus naar de supermarkt. ‘Het is niet dat er "
      "niemand is,’ zegt zij. ‘Maar er is niemand die écht weet hoe het met me gaat.’ Mevrouw De Waal is een van de "
      "ruim honderd ouderen met wie de raad voor dit advies sprak. Haar verhaal is niet uitzonderlijk, en juist "
      "daarom begint de raad ermee."),
    P("Eenzaamheid is het subjectieve gevoel dat je minder of minder betekenisvolle contacten hebt dan je zou willen. "
      "Het is iets anders dan alleen zijn. Wie alleen woont, kan een rijk sociaal leven hebben; wie in een druk gezin "
      "leeft, kan zich diep eenzaam voelen. Juist daarom is eenzaamheid lastig te zien. Het speelt zich voor een "
      "groot deel af achter de voordeur en in het hoofd van mensen, en wie het ervaart, praat er niet gemakkelijk "
      "over."),
    P("In de afgelopen jaren is eenzaamheid hoger op de politieke agenda gekomen. In 2018 startte het actieprogramma "
      "Eén tegen eenzaamheid, dat gemeenten helpt een lokale coalitie op te zetten van welzijnsorganisaties, "
      "zorgaanbieders, woningcorporaties, kerken, bedrijven en vrijwilligers. De coronapandemie maakte zichtbaar hoe "
      "kwetsbaar het sociale netwerk van veel ouderen is. Tegelijkertijd is de aanpak sterk afhankelijk gebleven van "
      "tijdelijke middelen en van de inzet van een relatief kleine groep mensen.", footnotes=(
        "Het actieprogramma is sinds de start drie keer verlengd. Zie de jaarlijkse voortgangsbrieven van de "
        "minister van VWS aan de Tweede Kamer over de periode 2019-2024.",)),
    P("Tegen die achtergrond vroeg de minister van VWS de raad om te adviseren over de vraag hoe de aanpak van "
      "eenzaamheid onder ouderen na afloop van het actieprogramma kan worden versterkt en verankerd. De minister "
      "vroeg daarbij uitdrukkelijk om aandacht voor de rol van het wonen, van de digitalisering en van de zorg, en "
      "voor de taakverdeling tussen Rijk, gemeenten en maatschappelijke partners."),
    P("De raad richt zich in dit advies op thuiswonende ouderen van 65 jaar en ouder. Eenzaamheid in verpleeghuizen "
      "kent eigen oorzaken en vraagt om een eigen benadering; de raad gaat daar slechts zijdelings op in. Ook "
      "eenzaamheid onder jongeren, die in de afgelopen jaren sterk is toegenomen, valt buiten dit advies, al zijn "
      "veel van de lessen die de raad trekt ook voor andere leeftijdsgroepen van belang."),
    P("Voor dit advies heeft de raad literatuur bestudeerd, gesprekken gevoerd met ouderen, professionals, "
      "bestuurders en onderzoekers, en werkbezoeken afgelegd in zes gemeenten: twee grote steden, twee middelgrote "
      "gemeenten en twee plattelandsgemeenten met veel kleine kernen. Een uitgebreide verantwoording is opgenomen in "
      "de bijlage. In hoofdstuk 2 schetst de raad wat bekend is over eenzaamheid onder ouderen. Hoofdstuk 3 beschrijft "
      "wat de raad tijdens de werkbezoeken zag, hoofdstuk 4 analyseert waar de aanpak vastloopt en hoofdstuk 5 bevat "
      "de adviezen."),

    H("2  Eenzaamheid onder ouderen: wat we weten"),
    P("Volgens de meest recente Gezondheidsmonitor voelt 48 procent van de 65-plussers zich in enige mate eenzaam en "
      "11 procent ernstig eenzaam. Die cijfers zijn in de afgelopen tien jaar opvallend stabiel gebleven. Met de "
      "leeftijd neemt vooral de ernstige eenzaamheid toe: onder 85-plussers voelt bijna een op de vijf zich ernstig "
      "eenzaam. Omdat het aantal ouderen de komende twintig jaar sterk groeit, zal het absolute aantal eenzame "
      "ouderen bij ongewijzigd beleid toenemen tot ruim een half miljoen mensen in 2040.", footnotes=(
        "GGD'en, CBS en RIVM, Gezondheidsmonitor Volwassenen en Ouderen 2022. De prognose voor 2040 is een eigen "
        "bewerking van de raad op basis van de bevolkingsprognose van het CBS.",)),
    P("In de wetenschappelijke literatuur worden doorgaans drie vormen van eenzaamheid onderscheiden. Ze komen vaak "
      "samen voor, maar vragen om verschillende antwoorden:"),
    ItemList(style="1.", items=(
        ListItem("sociale eenzaamheid: het gemis aan een bredere kring van mensen met wie men contact heeft, zoals "
                 "buren, vrienden, collega's of leden van een vereniging;"),
        ListItem("emotionele eenzaamheid: het gemis aan een hechte, intieme band met één persoon, vaak na het "
                 "overlijden van een partner;"),
        ListItem("existentiële eenzaamheid: het gevoel dat het leven geen betekenis meer heeft of dat men er niet "
                 "meer toe doet, los van het aantal contacten."),
    )),
    P("Sociale eenzaamheid is het meest toegankelijk voor beleid: een ontmoetingsplek, een maatje of een "
      "buurtactiviteit kan het netwerk weer vergroten. Emotionele eenzaamheid laat zich veel moeilijker "
      "verhelpen; een nieuw contact vervangt een overleden partner niet. Bij existentiële eenzaamheid gaat het om "
      "zingeving, en daarmee om vragen die eerder in een gesprek met een geestelijk verzorger of een naaste thuishoren "
      "dan in een activiteitenprogramma. De raad constateert dat het huidige aanbod zich vooral op de eerste vorm "
      "richt."),
    P("Eenzaamheid ontstaat zelden uit het niets. Vaak is er een gebeurtenis die het sociale netwerk in korte tijd "
      "doet krimpen. Uit de gesprekken en de literatuur komen de volgende risicomomenten naar voren:"),
    ItemList(style="•", items=(
        ListItem("het overlijden van een partner, een broer of zus of een goede vriend;"),
        ListItem("de overgang van werk naar pensioen, waarmee dagelijkse contacten wegvallen;"),
        ListItem("een verhuizing, bijvoorbeeld naar een kleinere woning buiten de vertrouwde buurt;"),
        ListItem("het inleveren van het rijbewijs of het stoppen met fietsen;"),
        ListItem("gehoorverlies, slechtziendheid of beginnende geheugenproblemen;"),
        ListItem("de start van intensieve zorg voor een partner met dementie."),
    )),
    P("Deze momenten zijn voorspelbaar, en daarmee ook aangrijpingspunten voor beleid. De huisarts weet wanneer een "
      "partner overlijdt, de gemeente weet wanneer iemand een scootmobiel aanvraagt, de woningcorporatie weet wanneer "
      "een huurder verhuist. Toch wordt die kennis zelden gebruikt om op het juiste moment een hand uit te steken."),
    P("De gevolgen van langdurige eenzaamheid zijn ernstig. Eenzame ouderen hebben een grotere kans op hart- en "
      "vaatziekten, depressie en cognitieve achteruitgang. Zij bewegen minder, eten minder gevarieerd en maken vaker "
      "gebruik van de huisarts en de spoedeisende hulp. Buitenlandse studies laten zien dat eenzaamheid de kans op "
      "vroegtijdig overlijden met een kwart tot een derde verhoogt. Eenzaamheid is daarmee niet alleen een kwestie van "
      "welzijn, maar ook van volksgezondheid.", footnotes=(
        "Zie voor een overzicht van de internationale literatuur het achtergrondrapport bij dit advies, dat op de "
        "website van de raad beschikbaar is.",)),
    P("Niet alle ouderen lopen hetzelfde risico. Ouderen met een laag inkomen, met een migratieachtergrond, met een "
      "lichamelijke beperking of met beperkte digitale vaardigheden zijn vaker eenzaam dan gemiddeld. Ook in "
      "plattelandsgemeenten waar voorzieningen zijn verdwenen en het openbaar vervoer is uitgedund, zien "
      "professionals een groeiende groep ouderen die zonder auto nauwelijks nog buiten de deur komt. Eenzaamheid "
      "volgt daarmee bekende lijnen van sociale ongelijkheid."),
    P("Wat werkt tegen eenzaamheid? Het eerlijke antwoord is dat de wetenschappelijke onderbouwing van veel "
      "interventies beperkt is. Dat betekent niet dat er niets bekend is. Interventies die aansluiten bij de eigen "
      "wensen van ouderen, die langere tijd doorlopen en die mensen een rol geven in plaats van ze alleen iets aan te "
      "bieden, laten de beste resultaten zien. Eenmalige activiteiten en aanbod dat zonder inbreng van ouderen is "
      "bedacht, hebben weinig effect. Bovendien blijkt steeds weer dat de fysieke en sociale omgeving ertoe doen: een "
      "bankje op de route naar de supermarkt, een ontmoetingsruimte in een wooncomplex en een buurthuis dat open is "
      "als mensen er behoefte aan hebben, maken het verschil."),

    H("3  Wat de raad zag in de wijk"),
    P("In de zes gemeenten die de raad bezocht, trof hij een grote verscheidenheid aan initiatieven. In een wijk in "
      "een van de grote steden runt een groep buurtbewoners een huiskamer in een voormalige winkel, waar dagelijks "
      "koffie wordt geschonken en één keer per week wordt gekookt. In een plattelandsgemeente in het oosten van het "
      "land rijdt een vrijwilliger met een busje langs de kernen om ouderen naar de weekmarkt te brengen. In een "
      "middelgrote gemeente heeft de bibliotheek een ‘digicafé’ ingericht waar ouderen hulp krijgen bij het "
      "videobellen met hun kleinkinderen."),
    P("Wat deze initiatieven gemeen hebben, is dat zij klein beginnen, dicht bij huis plaatsvinden en door mensen "
      "worden gedragen die de buurt kennen. Ze hebben ook gemeen dat zij kwetsbaar zijn. De huiskamer in de "
      "voormalige winkel kan blijven zolang de eigenaar geen huurder vindt. Het busje rijdt zolang de vrijwilliger "
      "gezond blijft. Het digicafé draait op een subsidie die aan het eind van het jaar afloopt."),
    P("Ontmoetingsplekken zijn de afgelopen vijftien jaar in veel wijken verdwenen. Buurthuizen zijn gesloten of "
      "verkocht, kerkgebouwen hebben een andere bestemming gekregen en in kleine kernen zijn de laatste winkel en het "
      "café dichtgegaan. Een wethouder in een plattelandsgemeente vertelde de raad dat in zeven van de elf kernen "
      "geen openbare ruimte meer is waar mensen binnen kunnen zitten. ‘Als ouderen elkaar willen zien, moeten ze bij "
      "elkaar op bezoek. Maar wie slecht ter been is, komt nergens meer.’"),
    P("Vrijwilligers vormen de ruggengraat van de aanpak. Maatjesprojecten, telefooncirkels, bezoekdiensten en "
      "buurtactiviteiten draaien grotendeels op hun inzet. De raad sprak met vrijwilligers die al tientallen jaren "
      "actief zijn en met veel toewijding werken. Tegelijk hoorde hij hoe zwaar het werk kan zijn. Vrijwilligers "
      "krijgen te maken met ouderen die ernstig somber zijn, met beginnende dementie of met verwaarlozing, zonder dat "
      "zij daarop zijn voorbereid of weten bij wie zij terechtkunnen. Een coördinator van een bezoekdienst zei: ‘We "
      "vragen van vrijwilligers bijna wat we van een wijkverpleegkundige vragen, maar ze hebben niemand om op terug "
      "te vallen.’"),
    P("Opvallend is hoe oud veel vrijwilligers zelf zijn. In meerdere gemeenten is de helft van de vrijwilligers "
      "ouder dan zeventig. Dat heeft voordelen – zij kennen de leefwereld van de mensen die zij bezoeken – maar het "
      "maakt de aanpak ook kwetsbaar. De werving van jongere vrijwilligers verloopt moeizaam; werkenden hebben weinig "
      "tijd, en vrijwilligerswerk bij ouderen heeft in hun ogen een stoffig imago. Waar het wel lukt, bijvoorbeeld "
      "via maatschappelijke stages of bedrijven die hun medewerkers een dag per jaar vrij geven, ontstaan "
      "verbindingen die voor beide generaties waardevol zijn."),
    P("De digitalisering van de samenleving pakt voor ouderen dubbel uit. Voor wie digitaal vaardig is, biedt zij "
      "nieuwe manieren om contact te houden: videobellen met familie, een buurtapp, een online cursus. Voor wie dat "
      "niet is, wordt de wereld kleiner. De raad sprak met ouderen die hun bank niet meer konden bereiken, die een "
      "afspraak bij de huisarts alleen via een app konden maken en die door hun zorgverzekeraar naar een website "
      "werden verwezen die zij niet konden gebruiken. ‘Je voelt je dom,’ zei een man van 79. ‘En dan vraag je het "
      "maar niet meer.’"),
    P("Hulp bij digitale vaardigheden is er wel, maar versnipperd. Bibliotheken, welzijnsorganisaties, "
      "ouderenbonden en vrijwilligersgroepen bieden cursussen en spreekuren, vaak op tijdelijke basis en niet "
      "overal. Ouderen die het meest hulp nodig hebben, komen er het minst: zij weten niet dat de hulp bestaat of "
      "kunnen de bibliotheek niet bereiken. Tegelijk maakte de raad kennis met initiatieven waar vrijwilligers aan "
      "huis komen om te helpen met een tablet, en waar die hulp vaak ook een begin van een vriendschap werd."),
    P("Het wonen speelt een grotere rol dan vaak wordt gedacht. Veel ouderen wonen in een eengezinswoning die niet "
      "meer bij hun situatie past: te groot, met een trap, ver van winkels en voorzieningen. Zij zouden wel willen "
      "verhuizen, maar vinden geen geschikte woning in de buurt, zien op tegen de kosten en de rompslomp, of willen "
      "hun vertrouwde omgeving niet verlaten. Wie uiteindelijk wel verhuist, doet dat vaak pas als het niet anders "
      "kan, en komt dan in een omgeving terecht waar hij niemand kent.", footnotes=(
        "Uit het WoonOnderzoek Nederland blijkt dat ongeveer een op de vijf 65-plussers in een woning woont die "
        "niet of onvoldoende toegankelijk is; een derde van hen zegt te willen verhuizen maar geen geschikte woning "
        "te kunnen vinden.",)),
    P("De raad bezocht ook woonvormen waar ouderen bewust bij elkaar in de buurt wonen: een hofje van een "
      "woningcorporatie met twintig seniorenwoningen rond een gemeenschappelijke tuin, een woongemeenschap die door "
      "de bewoners zelf is opgezet en een complex met een ontmoetingsruimte die door een vrijwilliger wordt beheerd. "
      "De bewoners vertelden dat zij elkaar dagelijks zien, op elkaar letten en elkaar helpen als dat nodig is, "
      "zonder dat iemand dat organiseert. Het aanbod van zulke woonvormen is echter klein en de wachtlijsten zijn "
      "lang. Initiatiefnemers lopen aan tegen hoge grondprijzen, lange procedures en financiers die het risico niet "
      "willen dragen."),
    P("In de zorg is eenzaamheid een bekend maar lastig thema. Huisartsen zien het vaak, maar meestal verstopt achter "
      "een andere klacht: slecht slapen, pijn op de borst, een val. Een huisarts in een middelgrote gemeente schatte "
      "dat een op de vijf consulten met ouderen ‘eigenlijk over eenzaamheid gaat’. Tegelijk voelen huisartsen zich "
      "niet goed toegerust. Zij hebben weinig tijd en weten niet altijd waarnaar zij kunnen verwijzen. Waar Welzijn "
      "op Recept bestaat – een vaste route van de huisarts naar een welzijnscoach – zijn huisartsen er over het "
      "algemeen positief over. Maar de financiering is vaak tijdelijk, en zorgverzekeraars en gemeenten kijken naar "
      "elkaar als het gaat om de vraag wie betaalt."),
    P("Andere professionals komen minstens zo vaak bij ouderen thuis als de huisarts. Wijkverpleegkundigen, "
      "thuiszorgmedewerkers, apothekers, fysiotherapeuten en woonconsulenten van corporaties zien hoe iemand woont, "
      "of de post zich opstapelt en of er bezoek komt. Zij vertelden de raad dat zij signalen van eenzaamheid wel "
      "opmerken, maar dat zij niet weten of het hun taak is om er iets mee te doen, en zo ja, wat. In hun opleidingen "
      "is er nauwelijks aandacht voor."),
    P("Ten slotte viel de raad op hoe zwaar mantelzorgers van ouderen het kunnen hebben. Een vrouw die al zes jaar "
      "voor haar man met dementie zorgt, vertelde dat haar eigen vriendenkring in die jaren is verdwenen. ‘Ik kan "
      "nergens meer naartoe, want ik kan hem niet alleen laten.’ Respijtzorg – tijdelijke overname van de zorg zodat "
      "de mantelzorger even op adem kan komen – is in de meeste gemeenten beschikbaar, maar mantelzorgers weten dat "
      "vaak niet, of moeten er maanden op wachten."),

    H("4  Waar het vastloopt"),
    P("De initiatieven die de raad zag, laten zien dat het mogelijk is eenzaamheid te verminderen. Maar zij laten ook "
      "zien dat succes vaak afhangt van toevallige omstandigheden: een bevlogen wethouder, een vrijwilliger die "
      "alles regelt, een huisarts die toevallig de welzijnscoach kent. De raad ziet vier knelpunten die een "
      "duurzame aanpak in de weg staan."),
    P("Het eerste knelpunt is de tijdelijkheid van de financiering. Het actieprogramma heeft veel in beweging gezet, "
      "maar is steeds met één of twee jaar verlengd. Gemeenten en hun partners hebben daardoor moeite om meerjarig "
      "te plannen. Projecten beginnen met een subsidie en stoppen als die afloopt, ook als ze goed werken. "
      "Professionals besteden een aanzienlijk deel van hun tijd aan het aanvragen en verantwoorden van geld. En "
      "ouderen die aan een activiteit gewend zijn geraakt, zien die weer verdwijnen."),
    P("Het tweede knelpunt is de vrijblijvendheid van het lokale beleid. Gemeenten zijn op grond van de Wet publieke "
      "gezondheid verplicht om eens in de vier jaar een nota gezondheidsbeleid vast te stellen, en op grond van de "
      "Wmo 2015 om de participatie en zelfredzaamheid van inwoners te bevorderen. Eenzaamheid wordt in die kaders "
      "niet genoemd. Sommige gemeenten hebben een ambitieuze aanpak; andere beperken zich tot deelname aan de Week "
      "tegen Eenzaamheid. De raad respecteert de beleidsvrijheid van gemeenten, maar vindt dat een vraagstuk met "
      "deze gezondheidseffecten niet in de vrijblijvendheid kan blijven steken.", footnotes=(
        "Uit een inventarisatie die de raad liet uitvoeren, blijkt dat ongeveer een derde van de gemeentelijke "
        "nota's gezondheidsbeleid eenzaamheid niet of slechts in één zin noemt.",)),
    P("Het derde knelpunt is de kloof tussen zorg en sociaal domein. Eenzaamheid valt tussen de stelsels in. De "
      "huisarts wordt bekostigd via de Zorgverzekeringswet, het welzijnswerk via de gemeente. Een verwijzing van de "
      "een naar de ander vraagt om afspraken die nu per regio en vaak per project worden gemaakt. In het Integraal "
      "Zorgakkoord is afgesproken dat zorgverzekeraars en gemeenten samen optrekken, maar in de regionale plannen "
      "die de raad inzag, komt eenzaamheid nauwelijks voor."),
    P("Het vierde knelpunt is dat ouderen zelf te weinig meepraten. Veel aanbod is bedacht vóór ouderen in plaats van "
      "mét ouderen. Dat leidt tot activiteiten waar de doelgroep niet op zit te wachten, en tot een beeld van ouderen "
      "als mensen die geholpen moeten worden in plaats van als mensen die iets te bieden hebben. De ouderen met wie "
      "de raad sprak, wilden niet in de eerste plaats ‘bezig worden gehouden’. Zij wilden ertoe doen: iets betekenen "
      "voor een ander, gevraagd worden om mee te denken, nodig zijn."),
    P("Daar komt bij dat eenzaamheid nog altijd een taboe is. Veel ouderen schamen zich ervoor en zeggen het niet, "
      "ook niet tegen hun kinderen of hun huisarts. De landelijke campagnes hebben het gesprek erover op gang "
      "gebracht, maar bereiken vooral mensen die al op leeftijd zijn. Mensen rond de pensioenleeftijd, die op een "
      "belangrijk risicomoment staan, voelen zich er niet door aangesproken."),
    P("Ten slotte wijst de raad op het ontbreken van goed zicht op de ontwikkeling van eenzaamheid op lokaal niveau. "
      "De Gezondheidsmonitor levert eens in de vier jaar cijfers per gemeente. Voor een wethouder die wil weten of "
      "de aanpak in een bepaalde wijk werkt, is dat te grof en te traag. Gemeenten die dat willen, laten daarom "
      "eigen metingen doen, die onderling niet vergelijkbaar zijn."),
    P("De raad trekt uit deze analyse de conclusie dat de aanpak van eenzaamheid niet in de eerste plaats meer "
      "projecten nodig heeft, maar een steviger fundament. Dat fundament bestaat uit vaste financiering, een "
      "duidelijke plaats in het lokale beleid, een fysieke en digitale omgeving die ontmoeting mogelijk maakt, zorg "
      "en welzijn die op elkaar aansluiten, en ouderen die zelf aan tafel zitten."),
    PageBreak(),

    H("5  Wat de raad adviseert"),
    P("Eenzaamheid onder ouderen is geen probleem dat één partij kan oplossen. Het vraagt om inzet van het Rijk, van "
      "gemeenten, van zorgverzekeraars en zorgaanbieders, van woningcorporaties en niet in de laatste plaats van "
      "buren, familie en vrijwilligers. De raad richt zijn adviezen aan de partijen die de voorwaarden kunnen "
      "scheppen waaronder die inzet duurzaam wordt. Sommige adviezen zijn aan één partij gericht, andere aan "
      "meerdere partijen tegelijk, omdat de oplossing alleen in samenwerking tot stand komt."),
    P("De raad heeft zijn adviezen zo concreet mogelijk geformuleerd. Bij elk advies staat eerst in één zin wat de "
      "raad vraagt, gevolgd door een korte toelichting. De volgorde loopt van het fundament – beleid en financiering "
      "– via de wijk, het wonen en de zorg naar de vraag hoe ouderen zelf een stem krijgen en hoe de voortgang kan "
      "worden gevolgd."),
    RECOMMENDATIONS,
    P("Tot slot. Eenzaamheid laat zich niet wegorganiseren. Geen enkele maatregel zorgt ervoor dat mevrouw De Waal "
      "zich morgen niet meer eenzaam voelt. Wel kan de overheid, samen met de samenleving, de omstandigheden "
      "scheppen waaronder mensen elkaar vinden, naar elkaar omkijken en op het juiste moment hulp krijgen. Dat is "
      "geen kwestie van één programma of één kabinetsperiode, maar van een lange adem. De raad hoopt dat dit advies "
      "daaraan bijdraagt."),
    PageBreak(),

    H("Bijlage  Verantwoording"),
    P("Dit advies is voorbereid door een commissie uit de raad, ondersteund door een projectteam van het bureau van "
      "de raad. De commissie kwam tussen maart en december 2024 negen keer bijeen. Het advies is in februari 2025 "
      "door de voltallige raad vastgesteld."),
    P("Het advies is gebaseerd op een literatuurstudie, op een inventarisatie van gemeentelijke nota's "
      "gezondheidsbeleid en op gesprekken en werkbezoeken. De raad sprak onder meer met:"),
    ItemList(style="•", items=(
        ListItem("ruim honderd ouderen, individueel en in groepsgesprekken, in zes gemeenten;"),
        ListItem("vrijwilligers en coördinatoren van maatjesprojecten, bezoekdiensten en telefooncirkels;"),
        ListItem("huisartsen, praktijkondersteuners, wijkverpleegkundigen en welzijnscoaches;"),
        ListItem("wethouders en beleidsmedewerkers van gemeenten en van de VNG;"),
        ListItem("vertegenwoordigers van zorgverzekeraars, woningcorporaties en ouderenorganisaties;"),
        ListItem("onderzoekers op het gebied van eenzaamheid, sociale netwerken en gezond ouder worden."),
    )),
    P("De werkbezoeken vonden plaats in twee grote steden, twee middelgrote gemeenten en twee "
      "plattelandsgemeenten. De gemeenten zijn geselecteerd op spreiding in omvang, regio en de mate waarin zij al "
      "ervaring hebben met een lokale aanpak. Op verzoek van de betrokkenen worden de gemeenten in dit advies niet "
      "bij naam genoemd. De citaten in dit advies zijn met toestemming van de geïnterviewden opgenomen; hun namen "
      "zijn gefingeerd."),
    P("Een conceptversie van het advies is voorgelegd aan een klankbordgroep van ouderen en aan drie externe "
      "deskundigen. De raad dankt allen die hebben bijgedragen voor hun tijd, hun openheid en hun kritische "
      "vragen."),
)

REPORT = Document(
    title="Samen oud, niet alleen",
    subtitle="Advies over eenzaamheid onder thuiswonende ouderen",
    blocks=REPORT_BLOCKS,
    running_header="Raad voor Volksgezondheid & Samenleving  |  Samen oud, niet alleen",
    footer="{page}",
    font_family="sans",
    font_size=10.5,
    imprint=("Raad voor Volksgezondheid & Samenleving", "Den Haag, maart 2025", "Publicatie 25-03"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV1 = ("Ik begrijp de wens om de aanpak minder afhankelijk te maken van lokale keuzes, maar een wettelijke "
       "verplichting acht ik niet de juiste weg.")
EV2 = ("Vanaf 2026 is in de begroting van VWS structureel € 11 miljoen per jaar opgenomen voor de landelijke "
       "ondersteuning van lokale coalities tegen eenzaamheid, waaronder de adviseurs die gemeenten begeleiden en het "
       "kennisplatform.")
EV13 = ("Vanaf 2026 stel ik daarom een vast ouderenpanel in, met leden van seniorenraden en ouderenbonden maar ook "
        "met ouderen die niet georganiseerd zijn, dat het programma twee keer per jaar toetst en meedenkt over nieuwe "
        "onderdelen; in overleg met de VNG wordt bovendien de handreiking voor lokale coalities zo aangepast dat "
        "gemeenten ouderen vanaf het begin betrekken bij het ontwerp en de evaluatie van hun aanpak.")
EV3 = ("In 2026 start ik een stimuleringsregeling voor de inrichting van ontmoetingsplekken, in eerste instantie in "
       "dertig gemeenten met relatief veel alleenwonende ouderen; een bijdrage aan de exploitatie van die plekken hoort "
       "daar niet bij.")
EV3B = ("Na afloop van de regeling bezie ik op basis van de evaluatie of uitbreiding naar meer gemeenten zinvol "
        "is.")
EV4 = ("Ik ben het met de Raad eens dat vrijwilligers beter moeten worden toegerust en zal daarom vanaf 2026 de landelijke "
       "ondersteuning van vrijwilligersorganisaties structureel financieren, met een vast budget van "
       "€ 3,5 miljoen per jaar.")
EV5 = ("Ik ben het met de Raad eens dat persoonlijke hulp bij digitale vaardigheden dicht bij huis beschikbaar moet "
       "zijn en zal daarom de subsidie voor het programma Digitaal Dichtbij, waarmee bibliotheken en "
       "welzijnsorganisaties digitale spreekuren en hulp aan huis aanbieden, met drie jaar verlengen en uitbreiden "
       "naar alle gemeenten, met € 4 miljoen per jaar.")
EV6 = ("Ik begrijp dat de Raad wil voorkomen dat ouderen die niet digitaal meekunnen de weg naar hun zorgverzekeraar "
       "of zorgaanbieder kwijtraken, maar een wettelijk recht op een niet-digitaal alternatief acht ik niet "
       "wenselijk.")
EV8 = ("Samen met de minister voor VRO laat ik daarom onderzoeken of een landelijke verhuisbijdrage met persoonlijke "
       "begeleiding voor ouderen doelmatig is en hoe zo'n regeling kan aansluiten bij bestaande lokale regelingen.")
EV9 = ("Een landelijke, gezamenlijke bekostiging in iedere huisartsenpraktijk gaat mij op dit moment te ver, maar ik "
       "start in 2026 met Zorgverzekeraars Nederland en de VNG in tien regio's wel een proef met een gezamenlijke, "
       "meerjarige bekostiging van Welzijn op Recept.")
EV10 = "Ik onderschrijf dit advies."
EV12 = "Ik zie daarom geen aanleiding om de Wmo 2015 op dit punt te wijzigen."
EV14 = ("De meting blijft daarom vierjaarlijks, maar ik laat het RIVM de uitkomsten vanaf de meting van 2026 wel op "
        "wijkniveau beschikbaar maken, zodat gemeenten beter kunnen zien waar eenzaamheid zich concentreert.")
EV15 = ("De landelijke publiekscampagne en de Week tegen Eenzaamheid lopen in 2026 en 2027 door, en vanaf de campagne "
        "van 2026 komt er een aparte campagnelijn voor mensen tussen 60 en 70 jaar, die ik samen met werkgevers en "
        "pensioenuitvoerders laat ontwikkelen.")

RESPONSE_BLOCKS = (
    P("Geachte voorzitter,"),
    P("Op 26 maart 2025 heeft de Raad voor Volksgezondheid & Samenleving (hierna: de Raad) mij het advies ‘Samen oud, "
      "niet alleen’ aangeboden. Het advies gaat over de vraag hoe de aanpak van eenzaamheid onder ouderen kan worden "
      "versterkt nu het actieprogramma Eén tegen eenzaamheid in zijn huidige vorm eind 2025 afloopt. Met deze brief "
      "bied ik u het advies aan en geef ik mijn reactie. Het advies raakt op enkele punten ook aan het beleid van de "
      "minister voor Volkshuisvesting en Ruimtelijke Ordening; waar dat het geval is, geef ik dat hieronder aan."),
    P("Ik dank de Raad voor dit zorgvuldige en betrokken advies. De Raad heeft niet alleen met bestuurders en "
      "professionals gesproken, maar vooral ook met ouderen zelf, en dat is in het advies terug te lezen. De "
      "verhalen van mensen als mevrouw De Waal, die zegt dat er ‘niemand is die écht weet hoe het met me gaat’, maken "
      "duidelijk waar het bij eenzaamheid om draait."),

    H("1. Het advies in het kort"),
    P("De Raad stelt vast dat ongeveer een op de tien ouderen zich ernstig eenzaam voelt, en dat dit aandeel in de "
      "afgelopen tien jaar nauwelijks is veranderd. Omdat het aantal ouderen groeit, neemt het aantal eenzame "
      "ouderen bij ongewijzigd beleid toe. Eenzaamheid heeft volgens de Raad gevolgen voor de gezondheid die "
      "vergelijkbaar zijn met die van roken, en is daarmee ook een volksgezondheidsvraagstuk."),
    P("De Raad ziet dat er lokaal veel gebeurt, maar dat de aanpak kwetsbaar is. Zij steunt op tijdelijke middelen, "
      "op een vergrijzende groep vrijwilligers en op toevallige verbindingen tussen zorg en welzijn. Ouderen die het "
      "meest kwetsbaar zijn, worden het minst bereikt. De Raad pleit daarom voor een steviger fundament en doet "
      "vijftien adviezen aan het Rijk, gemeenten en zorgverzekeraars, die ik hieronder afzonderlijk bespreek."),

    H("2. Wat er al gebeurt"),
    P("Sinds 2018 ondersteunt het actieprogramma Eén tegen eenzaamheid gemeenten bij het opzetten van een lokale "
      "coalitie tegen eenzaamheid. Inmiddels doen ruim 320 gemeenten mee. Regionale adviseurs helpen gemeenten bij "
      "het opstellen van een lokale aanpak, en het kennisplatform bundelt wat bekend is over werkzame interventies. "
      "Jaarlijks vindt in het najaar de Week tegen Eenzaamheid plaats, met duizenden activiteiten in het hele land."),
    P("Daarnaast hebben gemeenten op grond van de Wet maatschappelijke ondersteuning 2015 (Wmo 2015) de taak om de "
      "zelfredzaamheid en participatie van hun inwoners te bevorderen en mantelzorgers te ondersteunen. Veel "
      "gemeenten zetten hun Wmo-middelen ook in voor de aanpak van eenzaamheid, bijvoorbeeld voor welzijnswerk, "
      "buurtcentra en vrijwilligerssteunpunten. In het Integraal Zorgakkoord hebben partijen afgesproken dat "
      "huisartsenzorg en sociaal domein beter op elkaar moeten aansluiten."),
    P("De Raad vraagt in de kern om een aanpak die minder van toeval afhangt. Die ambitie deel ik. Tegelijk wil ik "
      "realistisch zijn over wat het Rijk kan en moet doen. Veel van wat werkt tegen eenzaamheid gebeurt in de buurt, "
      "en gemeenten zijn het best in staat om te bepalen wat hun inwoners nodig hebben. Mijn rol zie ik vooral in het "
      "scheppen van randvoorwaarden: meerjarige ondersteuning, kennis en een goede verbinding tussen zorg en "
      "sociaal domein."),

    H("3. Reactie op de adviezen"),

    H("Advies 1 – Eenzaamheid in het gemeentelijk gezondheidsbeleid", level=2),
    P("De Raad adviseert gemeenten om eenzaamheid onder ouderen een vaste plaats te geven in hun nota "
      "gezondheidsbeleid, en vraagt mij die verplichting in de Wet publieke gezondheid (Wpg) vast te leggen. Ik deel "
      "de analyse van de Raad dat eenzaamheid een volksgezondheidsvraagstuk is en niet alleen een kwestie van "
      "welzijn. " + EV1 + " De Wpg laat gemeenten bewust de ruimte om op basis van hun eigen gezondheidsprofiel "
      "prioriteiten te stellen, en het is aan de gemeenteraad om te bepalen welke plaats eenzaamheid in het lokale "
      "gezondheidsbeleid krijgt. Dat betekent niet dat gemeenten er alleen voor staan; de adviseurs van het "
      "actieprogramma helpen gemeenten die dat willen om eenzaamheid in hun nota op te nemen.",
      answers=(Answer("1", "disagree", EV1),)),

    H("Advies 2 – Een structurele basis voor de aanpak", level=2),
    P("Het actieprogramma Eén tegen eenzaamheid is in 2018 gestart als tijdelijke impuls en sindsdien drie keer "
      "verlengd. De Raad stelt terecht vast dat lokale coalities daardoor van jaar tot jaar moesten plannen. " + EV2 +
      " Gemeenten en hun partners weten daarmee waar zij de komende jaren op kunnen rekenen.",
      answers=(Answer("2", "agree", EV2),)),
    P("Bij de voortzetting van het programma wil ik ouderen zelf een grotere stem geven. De Raad wijst er terecht op "
      "dat ouderen te vaak als doelgroep worden benaderd en te weinig als medeontwerpers van de aanpak. " + EV13,
      answers=(Answer("13", "agree", EV13),)),

    H("Advies 3 – Ontmoeting in de wijk", level=2),
    P("Een ontmoetingsplek in de buurt is voor veel ouderen de eerste stap uit het isolement. De Raad laat zien dat "
      "zulke plekken in veel wijken en kleine kernen zijn verdwenen, vaak omdat een gebouw werd verkocht of de "
      "subsidie voor de beheerder stopte. " + EV3 + " De regeling heeft een omvang van € 6 miljoen en loopt tot en "
      "met 2028.",
      answers=(Answer("3", "partial", EV3),)),
    P("De exploitatie van buurthuizen en andere ontmoetingsplekken is en blijft een taak van gemeenten, die daarvoor "
      "middelen ontvangen via het gemeentefonds. " + EV3B,
      answers=(Answer("3", "partial", EV3B),)),

    H("Advies 4 – Vrijwilligers", level=2),
    P("Vrijwilligers zijn het hart van veel initiatieven tegen eenzaamheid, en de Raad wijst er terecht op dat die "
      "groep vergrijst en zwaar belast wordt. " + EV4 + " Een deel van dat budget is bestemd voor een meerjarige "
      "wervingsaanpak gericht op werkenden en studenten, zodat de inzet minder leunt op vrijwilligers die zelf al op "
      "leeftijd zijn. Scholing en begeleiding van vrijwilligers blijven onderdeel van de lokale ondersteuning die "
      "gemeenten op grond van de Wmo 2015 bieden; in de handreiking voor lokale coalities neem ik op wat gemeenten "
      "daarbij minimaal kunnen bieden.",
      answers=(Answer("4", "agree", EV4),)),

    H("Advies 5 en 6 – Digitale inclusie en niet-digitale kanalen", level=2),
    P("Ruim een miljoen 65-plussers heeft moeite met digitale vaardigheden. Voor hen is de digitalisering van de "
      "dienstverlening niet alleen onhandig; zij kan ook bijdragen aan isolement. Wie niet kan videobellen, ziet de "
      "kleinkinderen minder vaak, en wie de app van de huisartsenpraktijk niet kan gebruiken, stelt een hulpvraag "
      "eerder uit."),
    P(EV5 + " Voor het zesde advies ligt dat anders. " + EV6 + " Zorgverzekeraars zijn al verplicht hun verzekerden "
      "goed en toegankelijk te informeren, en de Nederlandse Zorgautoriteit ziet daarop toe. Een aparte wettelijke "
      "regeling zou vooral nieuwe regels opleveren, zonder dat de telefoon daardoor vaker wordt opgenomen.",
      answers=(Answer("5", "agree", EV5), Answer("6", "disagree", EV6))),

    H("Advies 7 – Woonvormen voor ouderen", level=2),
    P("De Raad vraagt de minister voor VRO om een landelijk doel te stellen voor geclusterde woonvormen voor ouderen, "
      "zoals hofjes en woongemeenschappen, en daarover afspraken te maken in de woondeals. Het woonbeleid voor "
      "ouderen, waaronder de bouw van geclusterde woonvormen, valt onder de verantwoordelijkheid van de minister voor "
      "VRO. De minister voor VRO gaat hierop in in zijn brief over de voortgang van de woningbouwopgave voor "
      "ouderen, die uw Kamer voor de zomer ontvangt."),

    H("Advies 8 – Op tijd verhuizen", level=2),
    P("Een passende woning op het juiste moment kan veel eenzaamheid voorkomen. Dat geldt zeker voor ouderen die na "
      "het overlijden van hun partner alleen achterblijven in een te grote woning, ver van voorzieningen. Gemeenten "
      "kunnen op grond van de Huisvestingswet 2014 al voorrang geven aan ouderen die een eengezinswoning "
      "achterlaten, en een aantal gemeenten doet dat ook. Of een landelijke verhuisbijdrage ouderen daadwerkelijk "
      "over de streep trekt, is nog onvoldoende bekend. " + EV8 + " De uitkomsten verwachten wij begin 2026.",
      answers=(Answer("8", "partial", EV8),)),

    H("Advies 9 – De huisarts en het sociaal domein", level=2),
    P("Huisartsen en praktijkondersteuners zien eenzaamheid vaak eerder dan anderen. Welzijn op Recept, waarbij de "
      "huisarts een patiënt verwijst naar een welzijnscoach, is inmiddels in ongeveer de helft van de gemeenten "
      "beschikbaar. De bekostiging verschilt per regio: soms betaalt de gemeente, soms de zorgverzekeraar, vaak "
      "allebei en voor een beperkte periode."),
    P("Ik deel de opvatting van de Raad dat deze verwijsroute niet van projectgeld afhankelijk zou moeten zijn. "
      + EV9 + " Op basis van de evaluatie van die proef, die in 2028 gereed is, besluit ik of en hoe een landelijke "
      "regeling tot stand kan komen.",
      answers=(Answer("9", "partial", EV9),)),

    H("Advies 10 – Signaleren als gedeelde taak", level=2),
    P(EV10 + " De huisarts kan eenzaamheid niet alleen signaleren en hoeft dat ook niet: wijkverpleegkundigen, "
      "thuiszorgmedewerkers en apothekers komen vaak vaker bij ouderen thuis. Dat betekent niet dat zij er een zware "
      "nieuwe taak bij krijgen; het gaat erom dat zij eenzaamheid herkennen, bespreekbaar maken en weten waarheen zij "
      "kunnen verwijzen. Met de beroepsverenigingen en de opleidingsinstellingen heb ik afgesproken dat het herkennen "
      "en bespreken van eenzaamheid vanaf het studiejaar 2026-2027 deel uitmaakt van de opleidingen en van de "
      "geaccrediteerde nascholing. Voor de ontwikkeling van de lesmodules trek ik 800.000 euro uit.",
      answers=(Answer("10", "agree", EV10),)),

    H("Advies 12 – Mantelzorgers", level=2),
    P("De Raad vraagt aandacht voor mantelzorgers van ouderen, die door de zorg voor hun naaste zelf in een isolement "
      "kunnen raken. Dat risico zie ik ook. Gemeenten zijn op grond van de Wmo 2015 al verplicht mantelzorgers te "
      "ondersteunen, en respijtzorg is daar een vast onderdeel van. In de Mantelzorgagenda hebben Rijk, gemeenten en "
      "mantelzorgorganisaties bovendien afspraken gemaakt om respijtzorg beter vindbaar te maken. Een landelijke "
      "termijn van vier weken past niet bij de maatwerkgedachte van de Wmo 2015 en zou de wachttijden bij aanbieders "
      "niet verkorten. " + EV12,
      answers=(Answer("12", "disagree", EV12),)),

    H("Advies 14 – Zicht op eenzaamheid", level=2),
    P("Goede cijfers zijn nodig om te weten of de aanpak werkt. De Gezondheidsmonitor Volwassenen en Ouderen van de "
      "GGD'en, het CBS en het RIVM levert eens in de vier jaar betrouwbare cijfers over eenzaamheid per gemeente. "
      "Een tweejaarlijkse meting zou de belasting van respondenten en de kosten voor de GGD'en aanzienlijk "
      "verhogen. " + EV14,
      answers=(Answer("14", "partial", EV14),)),

    H("Advies 15 – Eenzaamheid bespreekbaar maken", level=2),
    P("Het taboe op eenzaamheid is kleiner geworden, maar nog niet verdwenen. Veel mensen die zich eenzaam voelen, "
      "zeggen dat niet tegen hun omgeving, en mensen rond de pensioenleeftijd herkennen de eerste signalen bij "
      "zichzelf vaak niet. " + EV15,
      answers=(Answer("15", "agree", EV15),)),

    H("4. Tot slot"),
    P("De Raad sluit zijn advies af met de constatering dat eenzaamheid zich niet laat wegorganiseren en dat een "
      "lange adem nodig is. Dat onderschrijf ik. De maatregelen in deze brief zijn bedoeld om de aanpak van "
      "eenzaamheid een vaste basis te geven, zodat gemeenten, maatschappelijke organisaties en vrijwilligers niet "
      "langer van jaar tot jaar hoeven te plannen."),
    P("Ik zal uw Kamer in het voorjaar van 2026 informeren over de voortgang van het vervolg op het actieprogramma en "
      "over de uitvoering van de toezeggingen in deze brief."),
    P("Hoogachtend,"),
    P("de minister van Volksgezondheid, Welzijn en Sport,"),
    P("J.W. van Ommeren"),
)

RESPONSE = Document(
    title="Ministerie van Volksgezondheid, Welzijn en Sport",
    subtitle=("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n"
              "Datum: 17 juni 2025\n"
              "Betreft: Beleidsreactie op het RVS-advies ‘Samen oud, niet alleen’"),
    blocks=RESPONSE_BLOCKS,
    running_header="Beleidsreactie RVS-advies ‘Samen oud, niet alleen’",
    footer="Pagina {page} van {pages}",
    title_page=False,
    font_family="sans",
    font_size=10.5,
)

PAIR = Pair(
    name="loneliness_elderly_council",
    report=REPORT,
    response=RESPONSE,
    description=("RVS-style advice on loneliness among older people (15 advices '1.'-'15.' in the final chapter, "
                 "title sentence plus explanation per item, several addressed to more than one party) and the VWS "
                 "minister's letter with 'Advies N – titel' headings; 5 and 6 answered in one paragraph with "
                 "opposite positions, 13 answered by subject under 2, 7 passed on to VRO, 11 unanswered."),
)
