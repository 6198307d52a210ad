"""Pair: an Onderzoeksraad voor Veiligheid-style investigation into accidents at level crossings, and the answer.

Layout traits this pair tests: a serif report with a title page, a "Samenvatting" and a "Beschouwing" that mention
the themes but repeat no recommendation, chapters with findings (accident descriptions, figures, footnotes,
bulleted lists that are not recommendations) and a final chapter "Aanbevelingen" in which fifteen recommendations
are numbered 1..15 continuously across four lists, each list introduced by a bold addressee lead-in ("Aan de
minister van Infrastructuur en Waterstaat:", "Aan ProRail:", "Aan de provincies en gemeenten:", "Aan de minister
van Infrastructuur en Waterstaat en ProRail gezamenlijk:").  Recommendations 1, 3 and 8 carry lettered sub-points
(conditions and means) that belong to the recommendation itself.

The response is a letter of the minister of IenW to the Tweede Kamer (letterhead, no title page).  It sums up the
report, gives a general reaction, then answers recommendations 1-5 and 12-15 under bold "Aanbeveling N" lead-ins and
the ProRail and decentral recommendations (6-11) in one section by subject only.  Positions: agreement without cue
words (money, a date, a law change) and with them, "ik ben het met de Raad eens dat ... en zal daarom", a polite
refusal ("Ik begrijp de wens ..., maar"), a refusal pointing to existing supervision, partial answers (a later
date, part of the ask, a trial for some sub-points), a study without commitment, recommendation 7 passed on to
ProRail without a position, recommendation 9 touched only by a description of existing practice, and one paragraph
answering 10 and 11 with opposite positions.  Negations that do not decide a position, and an opening and closing
that answer nothing.  All prose is fictional and written for this test set.
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


def B(text: str) -> Paragraph:
    return Paragraph(text, bold=True)


def bullets(*texts: str) -> ItemList:
    return ItemList(tuple(ListItem(text) for text in texts), style="•")


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H("Samenvatting"),
    P("Op overwegen kruisen het spoor en de weg elkaar op hetzelfde niveau. Dat gaat bijna altijd goed, maar als het "
      "misgaat, zijn de gevolgen vrijwel altijd ernstig. In de periode 2014 tot en met 2023 vielen op Nederlandse "
      "overwegen 94 doden en 131 zwaargewonden, zelfdodingen niet meegerekend. Een onevenredig deel van de "
      "slachtoffers viel op overwegen zonder slagbomen, lichten of bellen: de zogeheten niet-actief beveiligde "
      "overwegen. Op zulke overwegen moet de weggebruiker zelf zien of er een trein aankomt."),
    P("De Onderzoeksraad voor Veiligheid onderzocht drie ongevallen die in 2022 en 2023 plaatsvonden. Bij een "
      "niet-actief beveiligde overweg in het buitengebied werd een vijftienjarige fietser door een sprinter "
      "aangereden en overleed. Op een particuliere overweg bij een boerderij kwam een trein in botsing met een "
      "trekker met aanhanger; de bestuurder van de trekker raakte zwaargewond en veertien reizigers liepen lichte "
      "verwondingen op. Op een actief beveiligde overweg in een dorpskern bleef een 78-jarige man met het voorwiel "
      "van zijn scootmobiel tussen de spoorstaaf en de bestrating steken, terwijl de bomen sloten. Hij overleed "
      "ter plaatse."),
    P("De drie ongevallen verschillen sterk, maar de Raad ziet een gemeenschappelijk patroon. Het overwegbeleid is "
      "van oudsher ingericht op het gemotoriseerde verkeer. Het risico voor fietsers, voetgangers, gebruikers van "
      "scootmobielen en bestuurders van landbouwvoertuigen wordt in de risicobeoordeling van overwegen nauwelijks "
      "afzonderlijk gewogen, terwijl juist deze groepen relatief vaak slachtoffer worden. Tegelijk is het opheffen "
      "van gevaarlijke overwegen de afgelopen tien jaar sterk vertraagd, omdat financiering, grondverwerving en "
      "overeenstemming met gemeenten telkens per overweg opnieuw moeten worden geregeld."),
    P("De Raad constateert verder dat de verantwoordelijkheden voor particuliere overwegen onduidelijk zijn, dat "
      "het zicht op naderende treinen bij veel niet-actief beveiligde overwegen in de zomermaanden wordt "
      "belemmerd door begroeiing en gewassen, en dat meldingen van bijna-ongevallen niet systematisch worden "
      "vastgelegd. Daardoor ontbreekt het zicht op waar het bijna misgaat, en dus op waar het straks mis kan "
      "gaan."),
    P("De Raad doet vijftien aanbevelingen. Ze zijn gericht aan de minister van Infrastructuur en Waterstaat, aan "
      "ProRail, aan de provincies en gemeenten en aan de minister en ProRail gezamenlijk. U vindt ze in hoofdstuk 6."),
    PageBreak(),

    H("Beschouwing"),
    P("Wie een overweg nadert, vertrouwt erop dat hij wordt gewaarschuwd als er een trein aankomt. Op het overgrote "
      "deel van de Nederlandse overwegen is dat vertrouwen terecht: bellen, lichten en slagbomen geven ruim op "
      "tijd aan dat de weg moet worden vrijgemaakt. Op ruim vijfhonderd overwegen is dat niet zo. Daar staat alleen "
      "een andreaskruis, soms aangevuld met een stopbord of een bord dat de weggebruiker vraagt om uit te kijken. "
      "De veiligheid hangt op die plaatsen volledig af van het oordeel van de weggebruiker zelf."),
    P("Dat oordeel schiet vaker tekort dan het beleid veronderstelt. Een trein die met honderd kilometer per uur "
      "nadert, legt in tien seconden bijna driehonderd meter af. Een fietser die een overweg oversteekt, heeft die "
      "tien seconden nodig om af te remmen, te kijken, op te trekken en het spoor over te steken. Wie een trein "
      "niet hoort door wind of oordopjes, of niet ziet door een maïsveld, heeft geen marge. Voor een oudere "
      "scootmobielgebruiker die langzaam rijdt en moeite heeft om het hoofd te draaien, is die marge er nog minder."),
    P("De Raad stelt vast dat het overwegbeleid dit risico niet verwaarloost, maar het wel stelselmatig onderschat. "
      "Sinds 2004 zijn er drie programma's geweest om niet-actief beveiligde overwegen op te heffen of te "
      "beveiligen. Elk programma boekte resultaat, maar geen enkel programma haalde zijn doel. De overwegen die "
      "overbleven, zijn vaak juist de moeilijkste: overwegen in het buitengebied waar een alternatieve route een "
      "omweg van kilometers betekent, of particuliere overwegen waarvan de eigenaar niet wil meewerken."),
    P("Wat de Raad opvalt, is dat de vertraging voor een groot deel voortkomt uit de manier waarop de aanpak is "
      "georganiseerd. Voor iedere overweg moeten ProRail, de gemeente, soms de provincie en de eigenaar van het "
      "omliggende land het eens worden over het ontwerp, de grond en vooral de kosten. Projecten met een hoog "
      "risico liggen jarenlang stil omdat een gemeente haar bijdrage niet rond krijgt. De betrokken partijen "
      "handelen daarbij ieder voor zich begrijpelijk, maar het resultaat is dat de overweg blijft zoals hij is."),
    P("De Raad realiseert zich dat het niet mogelijk is om alle overwegen op korte termijn op te heffen of te "
      "beveiligen, en dat er altijd een restrisico blijft. Juist daarom is het van belang dat de overwegen met het "
      "grootste risico voor de meest kwetsbare weggebruikers eerst aan de beurt komen, en dat tot die tijd alles "
      "wordt gedaan wat met beperkte middelen mogelijk is: vrij zicht, duidelijke informatie en een eenvoudige "
      "waarschuwing waar een volledige beveiliging nog niet haalbaar is."),
    P("Ten slotte vraagt de Raad aandacht voor het leren van wat bijna misgaat. Machinisten zien dagelijks "
      "situaties waarin een fietser of een trekker op het laatste moment voor de trein langs gaat. Die waarnemingen "
      "bereiken nu zelden de organisaties die er iets mee kunnen. Een sector die het aantal ongevallen wil "
      "terugdringen, kan het zich niet veroorloven om deze signalen te laten liggen."),
    PageBreak(),

    H("1 Inleiding"),
    H("1.1 Aanleiding", 2),
    P("Op 14 september 2022 werd een vijftienjarige scholier op de niet-actief beveiligde overweg Hessenweg in het "
      "oosten van het land aangereden door een sprinter. De jongen was op weg naar school en reed een route die "
      "hem door een fietsrouteplanner was aangeraden. Hij overleed ter plaatse. Enkele maanden later, op 3 mei "
      "2023, botste een intercity op de particuliere overweg Scheperskamp met een trekker met een volgeladen "
      "aanhanger. Op 21 november 2023 overleed een 78-jarige man op de actief beveiligde overweg Stationsweg, "
      "nadat het voorwiel van zijn scootmobiel klem was komen te zitten in de overgang tussen spoorstaaf en "
      "bestrating."),
    P("De Raad besloot na het tweede ongeval een onderzoek te starten naar de veiligheid van overwegen. Daarbij "
      "speelde mee dat de Raad eerder, in 2014 en 2018, onderzoek deed naar ongevallen op overwegen en dat een "
      "aantal van de toen gesignaleerde knelpunten nog steeds bestaat.", footnotes=(
        "Onderzoeksraad voor Veiligheid, eerdere onderzoeken naar ongevallen op overwegen (2014 en 2018). "
        "Deze verwijzing is voor dit testdocument fictief.",)),
    P("Het derde ongeval, met de scootmobiel, vond plaats terwijl het onderzoek liep. De Raad heeft het in het "
      "onderzoek betrokken omdat het laat zien dat ook actief beveiligde overwegen niet altijd zijn berekend op "
      "langzaam verkeer."),
    H("1.2 Onderzoeksvraag en afbakening", 2),
    P("De centrale vraag van dit onderzoek luidt: waarom vinden op overwegen nog steeds ernstige ongevallen plaats "
      "met fietsers, voetgangers, scootmobielgebruikers en landbouwverkeer, en wat is nodig om dat risico "
      "structureel te verkleinen? Om die vraag te beantwoorden, heeft de Raad de volgende deelvragen gesteld."),
    ItemList((
        ListItem("Hoe zijn de drie onderzochte ongevallen verlopen en welke factoren droegen eraan bij?"),
        ListItem("Hoe is het beleid voor niet-actief beveiligde overwegen sinds 2004 vormgegeven en uitgevoerd?"),
        ListItem("Hoe wordt het risico van langzaam verkeer op overwegen beoordeeld en beheerst?"),
        ListItem("Welke partijen zijn verantwoordelijk voor de veiligheid van overwegen, en hoe geven zij die "
                 "verantwoordelijkheid in de praktijk vorm?"),
    ), style="a."),
    P("Het onderzoek richt zich op overwegen in de hoofdspoorweginfrastructuur die door ProRail wordt beheerd. "
      "Overwegen op lokale spoorwegen, tramlijnen en museumlijnen vallen buiten het onderzoek. Ook zelfdodingen op "
      "het spoor zijn buiten beschouwing gelaten; de Raad erkent dat dit een groot maatschappelijk probleem is, "
      "maar het vraagt om een andere aanpak dan de ongevallen die hier centraal staan."),
    H("1.3 Werkwijze", 2),
    P("De Raad heeft voor dit onderzoek de volgende activiteiten uitgevoerd:"),
    bullets(
        "onderzoek ter plaatse bij de drie ongevallen, inclusief metingen van zichtlijnen, remwegen en de "
        "maatvoering van de overwegen;",
        "analyse van de gegevens uit de treinbeveiliging, de ritregistratie van de betrokken treinen en de "
        "camerabeelden van de treinen en van omliggende percelen;",
        "ruim vijftig interviews met betrokkenen bij ProRail, de vervoerders, het ministerie van Infrastructuur "
        "en Waterstaat, de Inspectie Leefomgeving en Transport, gemeenten, provincies, belangenorganisaties en "
        "nabestaanden;",
        "een analyse van de ongevallenregistratie van ProRail over de periode 2014 tot en met 2023;",
        "bezoeken aan 38 niet-actief beveiligde overwegen in vijf provincies, in het voorjaar en in de nazomer, "
        "om het zicht op naderende treinen te vergelijken;",
        "een literatuurstudie naar het overwegbeleid in België, Duitsland, Denemarken en het Verenigd Koninkrijk.",
    ),
    P("Het conceptrapport is voor een reactie voorgelegd aan de betrokken partijen. Hun reacties zijn waar nodig "
      "verwerkt. Een overzicht van de reacties die niet zijn overgenomen, met een toelichting, is op te vragen bij "
      "de Raad."),
    H("1.4 Leeswijzer", 2),
    P("Hoofdstuk 2 beschrijft de soorten overwegen in Nederland, de verantwoordelijkheden en het beleid van de "
      "afgelopen twintig jaar. Hoofdstuk 3 beschrijft de drie ongevallen. In hoofdstuk 4 analyseert de Raad de "
      "factoren die aan de ongevallen hebben bijgedragen en de achterliggende oorzaken. Hoofdstuk 5 bevat de "
      "conclusies en hoofdstuk 6 de aanbevelingen."),
    PageBreak(),

    H("2 Overwegen in Nederland"),
    H("2.1 Soorten overwegen", 2),
    P("Het Nederlandse hoofdspoorwegnet telt ongeveer 2.450 overwegen. Het grootste deel daarvan is actief "
      "beveiligd: de nadering van een trein wordt automatisch gedetecteerd, waarna lichten, bellen en in de "
      "meeste gevallen slagbomen de weggebruiker waarschuwen en tegenhouden. Men onderscheidt de volgende typen."),
    bullets(
        "Automatische halve overwegbomen (AHOB): bellen, rode knipperlichten en halve slagbomen die de "
        "rechterweghelft afsluiten. Dit is veruit het meest voorkomende type.",
        "Automatische overwegbomen met volledige afsluiting: bomen over de volle breedte van de weg, vooral bij "
        "drukke wegen en in de nabijheid van stations.",
        "Automatische knipperlichtinstallaties (AKI): lichten en bellen zonder slagbomen. Dit type wordt sinds "
        "enkele jaren uitgefaseerd.",
        "Niet-actief beveiligde overwegen (NABO): overwegen zonder automatische waarschuwing, alleen voorzien van "
        "verkeersborden zoals het andreaskruis, soms met hekken of klaphekken die de gebruiker zelf moet openen.",
    ),
    P("Op 1 januari 2024 waren er 547 niet-actief beveiligde overwegen op het hoofdspoorwegnet. Daarvan waren er "
      "168 openbaar: ze liggen in een weg die voor iedereen toegankelijk is. De overige 379 zijn particulier. Een "
      "particuliere overweg, ook wel erfovergang genoemd, geeft toegang tot een perceel, bijvoorbeeld een "
      "boerderij of een weiland aan de andere kant van het spoor. Het gebruik van deze overwegen is beperkt tot de "
      "eigenaar en degenen die hij toestemming geeft.", footnotes=(
        "Cijfers ontleend aan het overwegenbestand van ProRail, peildatum 1 januari 2024; bewerking door de "
        "Raad.",)),
    P("Bijna alle niet-actief beveiligde overwegen liggen op baanvakken in het landelijk gebied, vaak op enkelsporige "
      "lijnen met een relatief lage treinfrequentie. De toegestane snelheid op die baanvakken is desondanks "
      "meestal hoog: op 71 procent van de openbare niet-actief beveiligde overwegen rijden treinen sneller dan 80 "
      "kilometer per uur."),
    H("2.2 Verantwoordelijkheden", 2),
    P("De minister van Infrastructuur en Waterstaat is systeemverantwoordelijk voor de veiligheid van het spoor. "
      "De minister stelt het beleid vast, verleent de concessie aan ProRail en stelt de middelen beschikbaar voor "
      "beheer, onderhoud en aanleg. Het beleidskader voor overwegveiligheid dateert in zijn huidige vorm uit 2017 "
      "en bevat geen concrete doelstelling voor het aantal niet-actief beveiligde overwegen."),
    P("ProRail is als beheerder van de hoofdspoorweginfrastructuur verantwoordelijk voor de veiligheid van de "
      "overwegen, inclusief het ontwerp, de beveiliging, het onderhoud en het zicht op het spoor binnen haar "
      "eigen terrein. ProRail voert een risicobeoordeling uit om te bepalen welke overwegen als eerste worden "
      "aangepakt. Zij heeft daarvoor het Afwegingsmodel Overwegen ontwikkeld, dat de kans op een ongeval schat op "
      "basis van onder meer het aantal treinen, de treinsnelheid, het aantal motorvoertuigen en de zichtlengte."),
    P("Wegbeheerders, in de regel gemeenten en in mindere mate provincies en een enkel waterschap, zijn verantwoordelijk "
      "voor de weg tot aan de overweg: de bebording, de inrichting van de weg en de aansluiting van fietspaden. "
      "Bij het opheffen van een overweg is de wegbeheerder een onmisbare partij, omdat het verkeer via een andere "
      "route moet worden afgewikkeld en de gemeente daarvoor een verkeersbesluit moet nemen."),
    P("Voor particuliere overwegen ligt de situatie anders. De eigenaar van het perceel heeft met ProRail een "
      "overeenkomst waarin staat dat hij de overweg mag gebruiken en welke verplichtingen hij heeft, bijvoorbeeld "
      "het gesloten houden van hekken. Veel van deze overeenkomsten zijn tientallen jaren oud. In 112 gevallen "
      "kon ProRail tijdens het onderzoek geen getekende overeenkomst overleggen."),
    P("De Inspectie Leefomgeving en Transport (ILT) houdt toezicht op de naleving van de Spoorwegwet door "
      "ProRail en de vervoerders. De ILT kiest haar onderwerpen op basis van een eigen risicoanalyse. In de "
      "periode 2014 tot en met 2023 voerde de ILT twee inspecties uit die specifiek over overwegen gingen."),
    H("2.3 Beleid sinds 2004", 2),
    P("In 2004 telde Nederland nog ruim 1.200 niet-actief beveiligde overwegen. Het toenmalige ministerie van "
      "Verkeer en Waterstaat startte dat jaar een programma om het aantal binnen tien jaar te halveren. Dat doel "
      "werd in 2016 gehaald, twee jaar later dan gepland. Een tweede programma, gestart in 2017, had als doel om "
      "uiterlijk in 2023 alle openbare niet-actief beveiligde overwegen op te heffen of te beveiligen. Bij afloop "
      "van dat programma waren er nog 168 over. Het programma is niet verlengd; de resterende overwegen vallen "
      "sindsdien onder het reguliere beheer en de vervangingsplanning van ProRail."),
    P("Uit de interviews komt naar voren dat het tweede programma vooral vastliep op drie punten. In de eerste "
      "plaats was er een vast budget per overweg, dat voor complexe situaties ontoereikend bleek. In de tweede "
      "plaats was een financiële bijdrage van de gemeente een voorwaarde voor opheffing; in 41 gevallen kon of "
      "wilde de gemeente die bijdrage niet leveren. In de derde plaats kostten de ruimtelijke procedures voor "
      "alternatieve routes, zoals een ventweg of een fietstunnel, gemiddeld vijf jaar."),
    P("Het beleid voor actief beveiligde overwegen richtte zich de afgelopen jaren vooral op de vervanging van "
      "AKI's door AHOB's en op maatregelen tegen overstekers die onder de dichte bomen door gaan. Aandacht voor de "
      "specifieke behoeften van fietsers, voetgangers en mensen met een beperking was er in de ontwerprichtlijn "
      "wel, maar beperkt tot de breedte van het voetpad en de plaatsing van de bellen."),
    H("2.4 Ongevallen in cijfers", 2),
    P("In de periode 2014 tot en met 2023 registreerde ProRail 312 aanrijdingen op overwegen, zelfdodingen niet "
      "meegerekend. Daarbij vielen 94 doden en 131 zwaargewonden. Het aantal aanrijdingen per jaar daalde in de "
      "eerste helft van die periode, maar is sinds 2019 niet verder afgenomen."),
    P("Van de dodelijke slachtoffers was 46 procent fietser, voetganger of gebruiker van een scootmobiel of "
      "rolstoel. Nog eens 9 procent was bestuurder of passagier van een landbouwvoertuig. Het aandeel van deze "
      "groepen ligt op niet-actief beveiligde overwegen hoger dan op actief beveiligde overwegen: op de "
      "niet-actief beveiligde overwegen was 63 procent van de dodelijke slachtoffers een langzame "
      "verkeersdeelnemer.", footnotes=(
        "Analyse van de Raad op basis van de ongevallenregistratie van ProRail 2014-2023. Bij 17 aanrijdingen "
        "kon de vervoerswijze van het slachtoffer niet worden vastgesteld.",)),
    P("Per overweg gerekend is het risico op een niet-actief beveiligde overweg ongeveer vier keer zo groot als op "
      "een actief beveiligde overweg, hoewel er gemiddeld veel minder verkeer overheen gaat. Een betrouwbaar beeld "
      "van bijna-ongevallen bestaat niet. Machinisten melden een bijna-aanrijding bij hun eigen vervoerder; die "
      "meldingen worden niet op een vaste manier met ProRail gedeeld. Een steekproef van de Raad bij twee "
      "vervoerders leverde over 2023 alleen al 286 meldingen op van situaties waarin een weggebruiker vlak voor "
      "een naderende trein een overweg overstak."),
    PageBreak(),

    H("3 Drie ongevallen"),
    H("3.1 Overweg Hessenweg, 14 september 2022", 2),
    P("De overweg Hessenweg ligt in een landbouwgebied, op een enkelsporig baanvak waar reizigerstreinen met ten "
      "hoogste 100 kilometer per uur rijden. Er rijden twee treinen per uur per richting. De Hessenweg is een "
      "smalle, onverharde weg die wordt gebruikt door landbouwverkeer, bewoners van twee boerderijen en, sinds "
      "2019, door fietsers: de weg is opgenomen in een recreatief knooppuntennetwerk en wordt door "
      "fietsrouteplanners voorgesteld als kortste verbinding tussen twee dorpen."),
    P("Op de ochtend van 14 september 2022 reed een vijftienjarige scholier over de Hessenweg naar zijn school. "
      "Hij naderde de overweg van oost naar west. De sprinter naderde van links, vanuit een flauwe bocht. Aan die "
      "kant van de overweg stond een maïsperceel dat op dat moment ongeveer 2,8 meter hoog was. De afstand tussen "
      "de rand van het maïsveld en het spoor bedroeg vier meter. De Raad heeft vastgesteld dat de fietser vanaf "
      "de stopstreep de naderende trein op dat moment pas kon zien toen de trein nog ongeveer 190 meter van de "
      "overweg verwijderd was. Bij 98 kilometer per uur is dat minder dan zeven seconden."),
    P("De machinist zag de fietser toen deze de overweg opreed, gaf een geluidssignaal en zette een snelremming "
      "in. De trein kwam ruim 400 meter na de overweg tot stilstand. De fietser overleed ter plaatse. Uit de "
      "camerabeelden blijkt dat hij niet stopte voor het spoor, maar vaart minderde en naar rechts keek. Hij "
      "droeg op het moment van het ongeval draadloze oordopjes."),
    P("De overweg Hessenweg stond sinds 2017 op de lijst van overwegen die zouden worden opgeheven. Het plan was "
      "om het verkeer om te leiden via een nieuwe ventweg langs het spoor naar een actief beveiligde overweg op "
      "1,6 kilometer afstand. Het project liep vertraging op omdat een van de grondeigenaren niet wilde verkopen "
      "en omdat de gemeente en ProRail het niet eens werden over de verdeling van de kosten van de ventweg. Op het "
      "moment van het ongeval was er nog geen besluit over de uitvoering."),
    P("Het zicht op de overweg werd volgens de vaste planning van ProRail tweemaal per jaar gecontroleerd, in "
      "maart en in oktober. Bij geen van beide controles speelt het maïsgewas een rol: in maart staat het nog niet "
      "en in oktober is het meestal geoogst. ProRail heeft geen afspraken met de eigenaar van het perceel over de "
      "afstand tussen het gewas en het spoor."),
    H("3.2 Overweg Scheperskamp, 3 mei 2023", 2),
    P("De overweg Scheperskamp is een particuliere overweg die een boerderij verbindt met de weilanden aan de "
      "andere kant van een dubbelsporig baanvak. Er rijden intercity's met 140 kilometer per uur en goederentreinen. "
      "De overweg is afgesloten met twee klaphekken die de gebruiker zelf moet openen en sluiten. Aan weerszijden "
      "hangt een bord met de tekst dat de gebruiker vóór het oversteken moet kijken en luisteren."),
    P("Op 3 mei 2023 reed een loonwerker met een trekker en een volgeladen kuilwagen over de overweg. Het gespan "
      "was ruim achttien meter lang. De loonwerker had de hekken geopend en was, zo verklaarde hij later, uit "
      "de cabine gestapt om te kijken. Hij zag geen trein. Toen hij met het gespan de overweg overstak, naderde op "
      "het verste spoor een intercity. Het gespan had ongeveer 22 seconden nodig om de overweg volledig te "
      "passeren. De trein raakte de kuilwagen, die op het spoor kantelde."),
    P("De bestuurder van de trekker raakte zwaargewond. De machinist en veertien reizigers liepen lichte "
      "verwondingen op. De trein liep forse schade op, maar ontspoorde niet. Het treinverkeer lag ruim twee dagen "
      "stil."),
    P("De Raad stelde vast dat de loonwerker niet bekend was met de overweg en niet wist dat de overweg over twee "
      "sporen ging waarop treinen in beide richtingen kunnen rijden. De boer die eigenaar was van de overweg, had "
      "hem daarover niets verteld. In de overeenkomst tussen de eigenaar en ProRail, die dateert uit 1962, "
      "staat niets over instructie van derden. De overeenkomst noemt alleen dat de hekken na gebruik moeten "
      "worden gesloten."),
    P("ProRail had de overweg in 2019 als risicovol aangemerkt en de eigenaar voorgesteld om de overweg op te "
      "heffen in ruil voor een vergoeding en de aanleg van een onderdoorgang voor vee. De eigenaar weigerde, omdat "
      "de onderdoorgang niet geschikt zou zijn voor zijn machines. ProRail heeft geen wettelijke mogelijkheid om "
      "een particuliere overweg tegen de wil van de eigenaar af te sluiten, zolang de eigenaar zich aan de "
      "overeenkomst houdt."),
    H("3.3 Overweg Stationsweg, 21 november 2023", 2),
    P("De overweg Stationsweg ligt in de kern van een dorp van ongeveer 6.000 inwoners, op nog geen 200 meter "
      "van een klein station. De overweg is actief beveiligd met halve overwegbomen. Naast de rijbaan ligt aan "
      "beide zijden een vrijliggend fiets- en voetpad dat niet door een boom wordt afgesloten; daar hangen "
      "alleen lichten en bellen. Op korte afstand van de overweg liggen een verzorgingshuis en een supermarkt."),
    P("Op 21 november 2023 stak een 78-jarige man met zijn scootmobiel over het fiets- en voetpad de overweg over. "
      "Het voorwiel van de scootmobiel kwam klem te zitten in de sleuf tussen de binnenkant van de spoorstaaf en "
      "de rubberen overwegbestrating. Volgens de metingen van de Raad was die sleuf op die plek 71 millimeter "
      "breed, meer dan de 65 millimeter die het ontwerp voorschrijft. Slijtage van de bestrating had de sleuf "
      "verbreed."),
    P("Terwijl de man probeerde los te komen, begonnen de bellen te luiden en gingen de bomen dicht. Een "
      "voorbijganger probeerde hem te helpen, maar kreeg de scootmobiel niet los. De naderende stoptrein reed op "
      "dat moment ongeveer 80 kilometer per uur en remde op zicht. De trein kon niet meer op tijd stoppen. De man "
      "overleed ter plaatse; de voorbijganger kon zich nog net in veiligheid brengen."),
    P("Bewoners van het verzorgingshuis hadden in 2022 bij de gemeente gemeld dat de overgang moeilijk "
      "berijdbaar was voor rollators en scootmobielen. De gemeente heeft die melding doorgestuurd naar ProRail, "
      "die de melding registreerde als een onderhoudsverzoek met lage prioriteit. Tot het ongeval is aan de "
      "overgang geen onderhoud uitgevoerd."),
    P("Uit de gegevens van ProRail blijkt verder dat op de overweg Stationsweg in 2023 vier keer een situatie "
      "werd gemeld waarin fietsers na het passeren van een trein de overweg opreden terwijl de lichten nog "
      "brandden omdat een tweede trein naderde. De lichten en bellen geven niet aan dat er een tweede trein komt; "
      "voor de weggebruiker is het alleen zichtbaar doordat de installatie na de eerste trein niet uitgaat."),
    PageBreak(),

    H("4 Analyse"),
    H("4.1 Het risico van langzaam verkeer wordt onderschat", 2),
    P("Het Afwegingsmodel Overwegen van ProRail is de basis voor de keuze welke overwegen als eerste worden "
      "aangepakt. Het model rekent met het aantal motorvoertuigen dat de overweg passeert. Fietsers, voetgangers en "
      "scootmobielen worden in het model niet afzonderlijk geteld; zij zijn als vaste opslag verwerkt in een "
      "factor voor 'overig verkeer'. Voor veel overwegen dateren de verkeerstellingen bovendien uit 2016 of "
      "eerder, dus van vóór de sterke groei van het gebruik van elektrische fietsen en van de opname van "
      "landbouwwegen in recreatieve fietsnetwerken."),
    P("De Raad heeft voor de 38 bezochte overwegen het gebruik opnieuw laten tellen. Bij 14 van deze overwegen "
      "was het aantal fietsers ten minste twee keer zo hoog als het model aanneemt. Voor de overweg Hessenweg lag "
      "het aantal fietsers op een doordeweekse dag zelfs ruim vijf keer hoger. De Raad concludeert dat het model "
      "de volgorde van aanpak niet goed bepaalt voor overwegen die vooral door langzaam verkeer worden gebruikt."),
    P("Langzaam verkeer is op overwegen om meerdere redenen kwetsbaar. Fietsers en voetgangers hebben geen "
      "bescherming bij een aanrijding. Oudere verkeersdeelnemers en mensen met een beperking hebben meer tijd "
      "nodig om een overweg over te steken en kunnen hun hoofd minder goed draaien om naar links en rechts te "
      "kijken. Scholieren en recreatieve fietsers kennen de overweg vaak niet of vertrouwen op de routeplanner. "
      "En landbouwvoertuigen zijn lang en langzaam, waardoor zij veel langer op het spoor staan dan een "
      "personenauto."),
    H("4.2 Zicht op naderende treinen", 2),
    P("Op een niet-actief beveiligde overweg is vrij zicht de enige bescherming. De Raad heeft bij de 38 bezochte "
      "overwegen het zicht gemeten in het voorjaar en in de nazomer. In het voorjaar voldeden 33 van de 38 "
      "overwegen aan de minimale zichtlengte die ProRail hanteert. In de nazomer waren dat er nog maar 21. De "
      "belangrijkste oorzaken waren gewassen zoals maïs en koolzaad, ongesnoeide houtwallen en bosschages op "
      "percelen van derden."),
    P("ProRail controleert het zicht twee keer per jaar, maar die controles vallen buiten de periode waarin "
      "gewassen het hoogst staan. Bovendien heeft ProRail buiten haar eigen terrein geen zeggenschap over "
      "begroeiing. Afspraken met grondeigenaren ontbreken in de meeste gevallen. Waar zij wel bestaan, zijn ze "
      "vrijblijvend geformuleerd. De Raad heeft geen voorbeeld gevonden van een situatie waarin ProRail of de "
      "gemeente een grondeigenaar heeft gevraagd om gewassen op grotere afstand van het spoor te telen."),
    H("4.3 Particuliere overwegen", 2),
    P("De 379 particuliere niet-actief beveiligde overwegen vormen een aparte categorie. Het risico op een "
      "aanrijding is per gebruiker hoog, omdat de overwegen vaak worden gebruikt door zwaar en lang materieel. "
      "Tegelijk is de invloed van ProRail beperkt. De overeenkomsten met de eigenaren zijn oud, onvolledig en "
      "soms niet meer te vinden. Een verplichting om derden die de overweg gebruiken, zoals loonwerkers, te "
      "instrueren, is in geen van de overeenkomsten opgenomen die de Raad heeft ingezien."),
    P("Ook in andere landen zijn particuliere overwegen een bekend probleem. In Denemarken en het Verenigd "
      "Koninkrijk heeft de spoorbeheerder de wettelijke bevoegdheid om een particuliere overweg te laten "
      "afsluiten als de gebruiker zich niet aan de veiligheidsvoorschriften houdt, of om aanvullende maatregelen "
      "op te leggen. In Nederland ontbreekt zo'n bevoegdheid. ProRail is afhankelijk van de bereidheid van de "
      "eigenaar en kan hooguit een civiele procedure beginnen als de eigenaar de overeenkomst niet naleeft."),
    H("4.4 Het opheffen stokt", 2),
    P("De Raad stelt vast dat de afgelopen jaren weinig overwegen zijn opgeheven die bovenaan de lijst stonden. "
      "Van de twintig openbare niet-actief beveiligde overwegen met het hoogste berekende risico in 2017 waren er "
      "eind 2023 nog elf in gebruik. Bij negen daarvan was het ontbreken van overeenstemming over de kosten van een "
      "alternatieve route de belangrijkste oorzaak."),
    P("De financiering van het opheffen van overwegen berust op tijdelijke programmamiddelen en op bijdragen van "
      "gemeenten en provincies. Voor gemeenten in het landelijk gebied, die vaak meerdere overwegen binnen hun "
      "grenzen hebben, kan die bijdrage oplopen tot enkele miljoenen euro's. Enkele gemeenten gaven in de "
      "interviews aan dat zij die middelen simpelweg niet hebben. Andere gemeenten gaven aan dat de overweg voor "
      "hen geen prioriteit heeft, omdat het spoor in hun ogen een verantwoordelijkheid van ProRail en het Rijk "
      "is."),
    P("De kosten van alternatieve routes, zoals ventwegen en fietstunnels, vallen bovendien niet onder de "
      "bestaande regelingen voor spoorinfrastructuur. Daardoor moet voor een groot deel van de kosten van "
      "opheffing een aparte financiering worden gezocht. Dat vertraagt de projecten met gemiddeld drie jaar."),
    P("Tegelijk ontbreekt het aan tussenoplossingen. In het buitenland worden op lijnen met weinig treinverkeer "
      "eenvoudige waarschuwingssystemen toegepast, bijvoorbeeld knipperlichten op zonne-energie die worden "
      "aangestuurd via de bestaande treindetectie. In Nederland zijn zulke systemen niet toegelaten, omdat ze "
      "niet aan de eisen voor een volwaardige overwegbeveiliging voldoen. Er is ook geen proef mee gedaan."),
    H("4.5 Leren van incidenten en bijna-ongevallen", 2),
    P("Voor een goede risicobeoordeling is informatie nodig over situaties waarin het bijna misging. Die "
      "informatie is er wel, maar ze komt niet samen. Machinisten melden een bijna-aanrijding bij hun eigen "
      "vervoerder. Wegbeheerders ontvangen meldingen van bewoners. De politie registreert alleen incidenten "
      "waarbij zij is betrokken. ProRail ontvangt een deel van deze meldingen, maar registreert ze niet per "
      "overweg en niet naar type verkeersdeelnemer."),
    P("Het gevolg is dat signalen over gevaarlijke overwegen, zoals de meldingen van bewoners over de overweg "
      "Stationsweg en de meldingen over fietsers die bij een tweede trein de overweg opreden, niet leiden tot "
      "een hernieuwde risicobeoordeling. Er is geen partij die deze informatie bijeenbrengt en openbaar maakt, "
      "zodat ook wegbeheerders, belangenorganisaties en de ILT er gebruik van kunnen maken."),
    H("4.6 Informatie voor weggebruikers", 2),
    P("Fietsers en wandelaars kiezen hun route steeds vaker met behulp van een routeplanner of een "
      "navigatieapp. Die applicaties maken gebruik van openbare wegenbestanden en van gegevens die gebruikers zelf "
      "invoeren. De Raad heeft vastgesteld dat drie veelgebruikte routeplanners fietsers over de Hessenweg leidden, "
      "zonder te vermelden dat het om een niet-actief beveiligde overweg ging. Ook nadat een overweg is opgeheven "
      "of van beveiliging is veranderd, duurt het soms maanden voordat routeplanners dat verwerken."),
    P("Gemeenten en provincies leggen fietsroutes en recreatieve knooppuntennetwerken vast in hun "
      "mobiliteitsplannen. Bij de keuze van routes speelt de aanwezigheid van niet-actief beveiligde overwegen "
      "nu geen rol. Van de 168 openbare niet-actief beveiligde overwegen liggen er 53 in een route van een "
      "recreatief knooppuntennetwerk."),
    H("4.7 Toezicht", 2),
    P("De ILT houdt toezicht op de wijze waarop ProRail de veiligheid van de infrastructuur beheerst. Het toezicht "
      "op overwegen is de afgelopen tien jaar beperkt geweest tot twee thematische inspecties, de laatste in "
      "2019. De ILT gaf in een interview aan dat overwegen in haar risicoanalyse lager scoren dan onderwerpen als "
      "het onderhoud van wissels en de veiligheid van werkzaamheden aan het spoor, omdat het aantal ongevallen op "
      "overwegen over een lange periode is gedaald."),
    P("De Raad begrijpt die afweging, maar stelt vast dat het toezicht daardoor geen zicht heeft op de "
      "vertraging in het opheffen van overwegen en op de manier waarop het risico voor langzaam verkeer wordt "
      "beoordeeld. Juist omdat de verbetering van de veiligheid sinds 2019 stagneert, is het van belang dat het "
      "toezicht dit onderwerp niet uit het oog verliest."),
    PageBreak(),

    H("5 Conclusies"),
    P("Op basis van het onderzoek komt de Raad tot de volgende conclusies."),
    bullets(
        "Het overwegbeleid is ingericht op het gemotoriseerde verkeer. Het risico voor fietsers, voetgangers, "
        "scootmobielgebruikers en landbouwverkeer wordt in de risicobeoordeling onvoldoende gewogen.",
        "Het doel om alle openbare niet-actief beveiligde overwegen op te heffen of te beveiligen, is niet "
        "gehaald. Sinds het einde van het laatste programma ontbreekt een concrete doelstelling.",
        "Het opheffen van overwegen stokt vooral op financiering en op de kosten van alternatieve routes, die "
        "telkens per overweg opnieuw moeten worden geregeld.",
        "Bij veel niet-actief beveiligde overwegen is het zicht op naderende treinen in de zomermaanden "
        "onvoldoende. De zichtcontroles vinden plaats buiten de periode waarin het zicht het slechtst is.",
        "De verantwoordelijkheden voor particuliere overwegen zijn onduidelijk vastgelegd. ProRail heeft geen "
        "middelen om een onveilige particuliere overweg af te sluiten.",
        "Ook actief beveiligde overwegen zijn niet altijd berekend op langzaam verkeer, in het bijzonder op "
        "scootmobielen, rolstoelen en fietsers bij een tweede naderende trein.",
        "Informatie over bijna-ongevallen wordt niet samengebracht en niet gebruikt om risico's opnieuw te "
        "beoordelen.",
    ),
    P("De Raad concludeert dat de drie onderzochte ongevallen niet op zichzelf staan. Ze zijn het gevolg van "
      "knelpunten die al langer bekend zijn en die geen van de betrokken partijen alleen kan oplossen. Dat vraagt "
      "om een aanpak waarin de minister, ProRail en de decentrale overheden ieder hun verantwoordelijkheid nemen "
      "en elkaar daarop aanspreken."),
    PageBreak(),

    H("6 Aanbevelingen"),
    P("Op grond van de conclusies van dit onderzoek doet de Onderzoeksraad voor Veiligheid de volgende "
      "aanbevelingen. De aanbevelingen zijn doorlopend genummerd en gegroepeerd naar de partij aan wie ze zijn "
      "gericht."),
    B("Aan de minister van Infrastructuur en Waterstaat:"),
    ItemList((
        ListItem("Stel als landelijke doelstelling vast dat uiterlijk in 2030 op baanvakken waar treinen sneller "
                 "dan 40 kilometer per uur rijden geen openbare overweg meer ligt zonder actieve beveiliging, en "
                 "veranker die doelstelling in het beleidskader voor overwegveiligheid. Neem daarbij in elk geval "
                 "op:",
                 children=(
                     ListItem("een volgorde van aanpak op basis van risico, waarbij het gebruik door fietsers, "
                              "voetgangers en scootmobielen zwaarder weegt dan het aantal motorvoertuigen;"),
                     ListItem("een tussentijdse mijlpaal in 2027, waarop ten minste de helft van deze overwegen is "
                              "opgeheven of actief beveiligd."),
                 ),
                 recommendation=R("1", "IenW")),
        ListItem("Regel in de Spoorwegwet dat ProRail een particuliere overweg kan laten afsluiten wanneer de "
                 "eigenaar niet aan de veiligheidsvoorschriften voldoet, en verplicht eigenaren van particuliere "
                 "overwegen om iedereen die de overweg in hun opdracht gebruikt aantoonbaar te instrueren.",
                 recommendation=R("2", "IenW")),
        ListItem("Zorg voor structurele financiering van het opheffen en beveiligen van niet-actief beveiligde "
                 "overwegen, los van tijdelijke programmamiddelen, zodat ProRail en decentrale overheden meerjarig "
                 "kunnen plannen. Richt deze financiering zo in dat:",
                 children=(
                     ListItem("ook de aanleg van alternatieve routes, zoals ventwegen en fietstunnels, ervoor in "
                              "aanmerking komt;"),
                     ListItem("een bijdrage van de decentrale overheid geen voorwaarde meer is voor het opheffen "
                              "van een overweg met een hoog risico."),
                 ),
                 recommendation=R("3", "IenW")),
        ListItem("Draag de Inspectie Leefomgeving en Transport op om jaarlijks in een thematisch onderzoek te "
                 "toetsen hoe ProRail de risico's op niet-actief beveiligde overwegen beheerst, en maak de "
                 "uitkomsten daarvan openbaar.",
                 recommendation=R("4", "IenW")),
        ListItem("Zorg voor één landelijke, openbaar toegankelijke registratie van ongevallen en bijna-ongevallen "
                 "op overwegen, waarin ook de meldingen van machinisten en wegbeheerders over langzaam verkeer "
                 "worden opgenomen.",
                 recommendation=R("5", "IenW")),
    ), style="1."),
    B("Aan ProRail:"),
    ItemList((
        ListItem("Breng binnen anderhalf jaar voor elke niet-actief beveiligde overweg het actuele risico in beeld, "
                 "op basis van nieuwe tellingen waarin het gebruik door fietsers, voetgangers, scootmobielen en "
                 "landbouwvoertuigen afzonderlijk wordt gewogen.",
                 recommendation=R("6", "OTHER")),
        ListItem("Controleer ten minste jaarlijks, en in elk geval in de periode dat gewassen het hoogst staan, of "
                 "de zichtvelden bij niet-actief beveiligde overwegen vrij zijn, en maak afspraken met "
                 "grondeigenaren wanneer begroeiing of gewassen het zicht belemmeren.",
                 recommendation=R("7", "OTHER")),
        ListItem("Pas de ontwerprichtlijn voor actief beveiligde overwegen aan op het gebruik door langzaam "
                 "verkeer. Neem daarin ten minste op:",
                 children=(
                     ListItem("een afzonderlijke waarschuwing wanneer na het passeren van een trein een tweede "
                              "trein nadert;"),
                     ListItem("afsluitbomen over de volle breedte van vrijliggende fiets- en voetpaden;"),
                     ListItem("een vlakke overgang tussen bestrating en spoorstaaf, waarin de wielen van "
                              "scootmobielen, rolstoelen en fietsen niet kunnen vastlopen."),
                 ),
                 recommendation=R("8", "OTHER")),
        ListItem("Informeer gebruikers actief en tijdig wanneer een overweg wordt opgeheven of wanneer de "
                 "beveiliging ervan verandert, en betrek daarbij ook de aanbieders van routeplanners en "
                 "navigatiediensten.",
                 recommendation=R("9", "OTHER")),
    ), style="1.", start=6),
    B("Aan de provincies en gemeenten:"),
    ItemList((
        ListItem("Geef overwegen een vaste plaats in de risicogestuurde aanpak van uw verkeersveiligheidsbeleid en "
                 "neem de overwegen in uw beheergebied op in de risicoanalyses die u op grond van het Strategisch "
                 "Plan Verkeersveiligheid maakt.",
                 recommendation=R("10", "OTHER", "GEMEENTEN")),
        ListItem("Leg in uw mobiliteitsplannen vast dat fietsroutes en recreatieve knooppuntennetwerken niet over "
                 "niet-actief beveiligde overwegen worden geleid, en pas bestaande routes daarop aan.",
                 recommendation=R("11", "OTHER", "GEMEENTEN")),
    ), style="1.", start=10),
    B("Aan de minister van Infrastructuur en Waterstaat en ProRail gezamenlijk:"),
    ItemList((
        ListItem("Maak bindende afspraken met provincies, gemeenten en waterschappen over de verdeling van de "
                 "kosten bij het opheffen van overwegen, op basis van een landelijke verdeelsleutel waarvan alleen "
                 "gemotiveerd kan worden afgeweken.",
                 recommendation=R("12", "IenW", "OTHER")),
        ListItem("Ontwikkel een eenvoudige en betaalbare vorm van actieve waarschuwing voor overwegen op lijnen met "
                 "weinig treinverkeer, en beproef die binnen drie jaar op een aantal overwegen.",
                 recommendation=R("13", "IenW", "OTHER")),
        ListItem("Start een voorlichtingsprogramma dat zich richt op de groepen die op overwegen het meest "
                 "kwetsbaar zijn: ouderen, gebruikers van scootmobielen, scholieren en bestuurders van "
                 "landbouwvoertuigen.",
                 recommendation=R("14", "IenW", "OTHER")),
        ListItem("Rapporteer jaarlijks openbaar over de voortgang van het opheffen en beveiligen van niet-actief "
                 "beveiligde overwegen, uitgesplitst per provincie en per overweg.",
                 recommendation=R("15", "IenW", "OTHER")),
    ), style="1.", start=12),
    P("De Raad verzoekt de geadresseerden om binnen zes maanden na publicatie van dit rapport te laten weten hoe "
      "zij aan deze aanbevelingen opvolging geven. De minister van Infrastructuur en Waterstaat wordt gevraagd om "
      "dit rapport en de reactie daarop aan de Tweede Kamer te zenden."),
    PageBreak(),

    H("Bijlage A Verantwoording van het onderzoek"),
    P("Het onderzoek is uitgevoerd door een projectteam van de Onderzoeksraad voor Veiligheid, bijgestaan door een "
      "begeleidingscommissie van externe deskundigen op het gebied van spoorwegveiligheid, verkeerspsychologie en "
      "openbaar bestuur. De begeleidingscommissie heeft geen verantwoordelijkheid voor de inhoud van het rapport; "
      "die ligt uitsluitend bij de Raad."),
    P("De zichtmetingen zijn uitgevoerd volgens de methode die ProRail zelf hanteert, met dat verschil dat de Raad "
      "de metingen op twee momenten in het jaar heeft gedaan: in april en in de eerste helft van september. Bij "
      "elke meting is vanaf de stopstreep aan beide zijden van de overweg vastgesteld op welke afstand een "
      "naderende trein zichtbaar werd. De tellingen van het gebruik zijn uitgevoerd met camera's op een "
      "doordeweekse dag en een zaterdag, in de periode mei tot en met september 2024."),
    P("De ongevallencijfers zijn gebaseerd op de ongevallenregistratie van ProRail. De Raad heeft de indeling naar "
      "vervoerswijze gecontroleerd aan de hand van politierapporten en eigen onderzoeksgegevens. Waar de "
      "registratie en de aanvullende bronnen van elkaar afweken, is uitgegaan van de aanvullende bronnen."),
)

REPORT = Document(
    title="Overwegen zonder waarschuwing",
    subtitle="Ongevallen op niet-actief beveiligde overwegen en overwegen met veel langzaam verkeer",
    blocks=REPORT_BLOCKS,
    running_header="Onderzoeksraad voor Veiligheid – Overwegen zonder waarschuwing",
    footer="{page}",
    font_family="serif",
    font_size=10.5,
    imprint=("Onderzoeksraad voor Veiligheid", "Den Haag, februari 2025"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

A = Answer

RESPONSE_BLOCKS = (
    P("Geachte voorzitter,"),
    P("Op 13 februari 2025 publiceerde de Onderzoeksraad voor Veiligheid (hierna: de Raad) het rapport "
      "'Overwegen zonder waarschuwing'. Met deze brief bied ik u, mede namens ProRail voor zover het de "
      "gezamenlijke aanbevelingen betreft, de reactie op dit rapport aan. Ik dank de Raad voor het grondige "
      "onderzoek en voor de heldere wijze waarop het rapport laat zien wat er op overwegen misgaat. Mijn "
      "gedachten zijn bij de nabestaanden van de slachtoffers en bij de betrokkenen die met de gevolgen van deze "
      "ongevallen moeten leven, onder wie de machinisten van de betrokken treinen."),

    H("Het rapport van de Raad", 2),
    P("De Raad onderzocht drie ongevallen uit 2022 en 2023: een aanrijding van een fietser op een niet-actief "
      "beveiligde overweg in het buitengebied, een botsing tussen een intercity en een landbouwvoertuig op een "
      "particuliere overweg, en een dodelijk ongeval met een scootmobiel op een actief beveiligde overweg in een "
      "dorpskern. De Raad concludeert dat deze ongevallen niet op zichzelf staan, maar voortkomen uit knelpunten "
      "die al langer bekend zijn."),
    P("Volgens de Raad is het overwegbeleid ingericht op gemotoriseerd verkeer en wordt het risico voor fietsers, "
      "voetgangers, scootmobielgebruikers en landbouwverkeer onvoldoende gewogen. Het opheffen van gevaarlijke "
      "overwegen stokt op financiering en op de kosten van alternatieve routes. Het zicht op naderende treinen is "
      "in de zomer vaak onvoldoende, de verantwoordelijkheden voor particuliere overwegen zijn onduidelijk en "
      "informatie over bijna-ongevallen wordt niet benut. De Raad doet vijftien aanbevelingen aan mij, aan ProRail, "
      "aan provincies en gemeenten, en aan mij en ProRail gezamenlijk."),

    H("Algemene reactie", 2),
    P("Ik neem de conclusies van de Raad serieus. Overwegen zijn de plekken waar het spoor en de weg elkaar het "
      "dichtst naderen, en elk ongeval op een overweg is er een te veel. Het rapport maakt pijnlijk duidelijk dat "
      "de kwetsbaarste verkeersdeelnemers op overwegen relatief vaak het slachtoffer zijn."),
    P("De Raad stelt vast dat de verbetering van de veiligheid op overwegen sinds 2019 stagneert. Dat beeld "
      "herken ik. Dat betekent niet dat er in de afgelopen jaren niets is gebeurd; sinds 2014 zijn 214 "
      "niet-actief beveiligde overwegen opgeheven of van een actieve beveiliging voorzien. Maar de overwegen die "
      "nu nog resteren, zijn de moeilijkste, en de aanpak die in het verleden werkte, is voor deze overwegen niet "
      "meer toereikend. Ik zie het rapport van de Raad daarom als een aanleiding om die aanpak te herzien."),
    P("Hieronder ga ik eerst in op de aanbevelingen die de Raad aan mij richt. Daarna beschrijf ik wat ProRail en "
      "de decentrale overheden doen met de aanbevelingen die aan hen zijn gericht, en ten slotte behandel ik de "
      "aanbevelingen aan mij en ProRail gezamenlijk."),

    H("Reactie per aanbeveling", 2),
    H("Aanbevelingen aan de minister van Infrastructuur en Waterstaat", 3),
    B("Aanbeveling 1"),
    P("De Raad beveelt aan om als landelijke doelstelling vast te leggen dat er uiterlijk in 2030 op baanvakken "
      "met een snelheid boven 40 kilometer per uur geen openbare overweg zonder actieve beveiliging meer ligt. Ik "
      "deel de ambitie die uit deze aanbeveling spreekt. Het ontbreken van een concrete doelstelling sinds het "
      "einde van het laatste programma heeft er, zoals de Raad laat zien, aan bijgedragen dat de aanpak is "
      "vertraagd."),
    P("Ik neem het doel van deze aanbeveling over, maar niet het jaartal 2030. Voor een groot deel van de 168 "
      "resterende openbare overwegen is opheffing pas mogelijk als er eerst een alternatieve route is aangelegd, "
      "en de ruimtelijke procedures daarvoor nemen in de praktijk vier tot zes jaar in beslag. In het nieuwe "
      "Beleidskader Overwegveiligheid, dat ik dit najaar aan uw Kamer stuur, leg ik daarom vast dat deze "
      "overwegen uiterlijk in 2035 zijn opgeheven of actief beveiligd. De volgorde van aanpak wordt daarin "
      "bepaald op basis van risico, met een zwaarder gewicht voor langzaam verkeer, zoals de Raad voorstelt. Een "
      "tussentijdse mijlpaal waarop in 2027 de helft van deze overwegen is aangepakt, acht ik niet realistisch en "
      "neem ik niet op.",
      answers=(A("1", "partial", "Ik neem het doel van deze aanbeveling over, maar niet het jaartal 2030."),)),

    B("Aanbeveling 2"),
    P("Op dit moment kan ProRail een particuliere overweg alleen afsluiten als de eigenaar daarmee instemt of als "
      "hij zich niet aan de overeenkomst houdt. Dat betekent niet dat eigenaren nu vrijblijvend kunnen handelen; "
      "ook onder de huidige overeenkomsten zijn zij verplicht de overweg veilig te gebruiken. Het ongeval op de "
      "overweg Scheperskamp laat echter zien dat die overeenkomsten vaak verouderd zijn en dat zij niets regelen "
      "over derden, zoals loonwerkers, die de overweg gebruiken."),
    P("Ik ben het met de Raad eens dat de huidige regels voor particuliere overwegen niet voldoen en zal daarom "
      "de Spoorwegwet zo wijzigen dat ProRail een particuliere overweg kan laten afsluiten wanneer de eigenaar de "
      "veiligheidsvoorschriften niet naleeft. In hetzelfde wetsvoorstel neem ik een verplichting op voor "
      "eigenaren om iedereen die de overweg in hun opdracht gebruikt, aantoonbaar te instrueren. Het wetsvoorstel "
      "gaat in het eerste kwartaal van 2026 in internetconsultatie.",
      answers=(A("2", "agree", "Ik ben het met de Raad eens dat de huidige regels voor particuliere overwegen "
                               "niet voldoen en zal daarom de Spoorwegwet zo wijzigen dat ProRail een particuliere "
                               "overweg kan laten afsluiten wanneer de eigenaar de veiligheidsvoorschriften niet "
                               "naleeft."),)),

    B("Aanbeveling 3"),
    P("Het opheffen en beveiligen van overwegen werd tot nu toe grotendeels bekostigd uit tijdelijke "
      "programmamiddelen, aangevuld met bijdragen van gemeenten en provincies. Met ingang van 2026 wordt dat "
      "anders. In het Mobiliteitsfonds is vanaf 2026 een structureel budget van 32 miljoen euro per jaar "
      "opgenomen voor het opheffen en beveiligen van niet-actief beveiligde overwegen, waaruit ook ventwegen, "
      "fietstunnels en andere alternatieve routes kunnen worden betaald. Bij overwegen die in de risicoranglijst "
      "tot de hoogste categorie behoren, is een bijdrage van de gemeente of provincie voortaan geen voorwaarde "
      "meer om met de opheffing te beginnen.",
      answers=(A("3", "agree", "In het Mobiliteitsfonds is vanaf 2026 een structureel budget van 32 miljoen euro "
                               "per jaar opgenomen voor het opheffen en beveiligen van niet-actief beveiligde "
                               "overwegen, waaruit ook ventwegen, fietstunnels en andere alternatieve routes kunnen "
                               "worden betaald."),)),

    B("Aanbeveling 4"),
    P("De ILT houdt op grond van de Spoorwegwet toezicht op de manier waarop ProRail de veiligheid van de "
      "hoofdspoorweginfrastructuur beheerst, en daarmee ook op de veiligheid van overwegen. De ILT bepaalt zelf, "
      "op basis van haar risicoanalyse, aan welke onderwerpen zij in haar toezicht voorrang geeft."),
    P("Ik zie geen aanleiding om de ILT op te dragen jaarlijks een thematisch onderzoek naar niet-actief "
      "beveiligde overwegen te doen. Het bestaande risicogerichte toezicht biedt de ILT voldoende ruimte om "
      "overwegen te onderzoeken wanneer daar reden voor is, en een vaste jaarlijkse opdracht van mijn kant zou de "
      "onafhankelijke programmering van de inspectie doorkruisen. Dat wil niet zeggen dat het toezicht op "
      "overwegen stilstaat: de ILT maakt haar bevindingen over de spoorsector ieder jaar openbaar in haar "
      "Staat van het Spoor.",
      answers=(A("4", "disagree", "Ik zie geen aanleiding om de ILT op te dragen jaarlijks een thematisch "
                                  "onderzoek naar niet-actief beveiligde overwegen te doen."),)),

    B("Aanbeveling 5"),
    P("Ik herken het beeld dat de Raad schetst. Meldingen van bijna-aanrijdingen komen nu terecht bij ProRail, bij "
      "de vervoerders, bij wegbeheerders en soms bij de politie, en worden niet op één plek bijgehouden. Ik laat "
      "daarom onderzoeken of deze meldingen in één landelijke registratie kunnen worden samengebracht, en welke "
      "gegevens daaruit openbaar kunnen worden gemaakt zonder de privacy van machinisten en weggebruikers te "
      "schaden. Of zo'n registratie er komt en wie haar gaat beheren, besluit ik pas wanneer dat onderzoek is "
      "afgerond; ik verwacht de uitkomsten eind 2025.",
      answers=(A("5", "partial", "Ik laat daarom onderzoeken of deze meldingen in één landelijke registratie "
                                 "kunnen worden samengebracht, en welke gegevens daaruit openbaar kunnen worden "
                                 "gemaakt zonder de privacy van machinisten en weggebruikers te schaden."),)),

    H("Wat ProRail en de decentrale overheden doen", 3),
    P("De Raad richt vier aanbevelingen aan ProRail en twee aan de provincies en gemeenten. ProRail is als "
      "beheerder van het hoofdspoorwegnet verantwoordelijk voor de veiligheid van de overwegen zelf; de "
      "decentrale overheden zijn wegbeheerder van het overgrote deel van de wegen die het spoor kruisen. Zij "
      "beslissen zelf over de opvolging van de aanbevelingen die aan hen zijn gericht. Als "
      "systeemverantwoordelijke heb ik over een aantal van deze aanbevelingen wel een eigen opvatting, die ik "
      "hieronder weergeef."),
    P("Een actueel risicobeeld per overweg is de basis voor alle verdere keuzes. De risicobeoordeling van "
      "niet-actief beveiligde overwegen berust nu voor een groot deel op verkeerstellingen uit 2016 of eerder, "
      "waarin fietsers en voetgangers niet afzonderlijk zijn meegeteld. Ik heb met ProRail afgesproken dat zij "
      "uiterlijk 1 juli 2026 voor elke niet-actief beveiligde overweg een nieuwe risicobeoordeling gereed heeft, "
      "gebaseerd op nieuwe tellingen waarin het gebruik door fietsers, voetgangers, scootmobielen en "
      "landbouwvoertuigen afzonderlijk wordt gewogen. Die beoordeling vormt ook de basis voor de volgorde van "
      "aanpak in het nieuwe beleidskader.",
      answers=(A("6", "agree", "Ik heb met ProRail afgesproken dat zij uiterlijk 1 juli 2026 voor elke niet-actief "
                               "beveiligde overweg een nieuwe risicobeoordeling gereed heeft, gebaseerd op nieuwe "
                               "tellingen waarin het gebruik door fietsers, voetgangers, scootmobielen en "
                               "landbouwvoertuigen afzonderlijk wordt gewogen."),)),
    P("Over de controle van de zichtvelden bij overwegen en de afspraken met grondeigenaren over begroeiing en "
      "gewassen reageert ProRail zelf in haar brief aan de Raad. Het gaat hier om het dagelijkse beheer van de "
      "infrastructuur, dat bij ProRail is belegd."),
    P("Het ongeval op de overweg Stationsweg laat zien dat ook een actief beveiligde overweg niet vanzelf veilig "
      "is voor iemand die langzaam oversteekt of met een wiel kan vastlopen. ProRail herziet in 2026 de "
      "ontwerprichtlijn voor actief beveiligde overwegen. Ik steun de aanpassing van de ontwerprichtlijn voor "
      "zover het de waarschuwing voor een tweede trein betreft; de afsluitbomen over de volle breedte van "
      "fietspaden en de vlakke overgangen worden eerst op vijf overwegen beproefd voordat wordt besloten of zij "
      "in de richtlijn worden opgenomen. Afsluitbomen over een fietspad kunnen namelijk ook nieuwe risico's "
      "opleveren, bijvoorbeeld voor fietsers die tussen de bomen worden ingesloten.",
      answers=(A("8", "partial", "Ik steun de aanpassing van de ontwerprichtlijn voor zover het de waarschuwing "
                                 "voor een tweede trein betreft; de afsluitbomen over de volle breedte van fietspaden "
                                 "en de vlakke overgangen worden eerst op vijf overwegen beproefd voordat wordt "
                                 "besloten of zij in de richtlijn worden opgenomen."),)),
    P("Wanneer een overweg wordt opgeheven, neemt de wegbeheerder een verkeersbesluit dat in het Gemeenteblad of "
      "het Provinciaal Blad wordt gepubliceerd. ProRail stuurt omwonenden voorafgaand aan de werkzaamheden een "
      "brief en plaatst ter plaatse borden met de omleidingsroute. Wijzigingen in het wegennet, waaronder het "
      "verdwijnen van een overweg, worden verwerkt in het Nationaal Wegenbestand, dat openbaar beschikbaar is."),
    P("De aanbevelingen aan provincies en gemeenten raken aan het Strategisch Plan Verkeersveiligheid, dat Rijk en "
      "decentrale overheden samen uitvoeren. Ik onderschrijf de aanbeveling om overwegen een vaste plaats te geven "
      "in de risicoanalyses die wegbeheerders op grond van dat plan maken, en ik pas de handreiking voor die "
      "analyses nog dit jaar in overleg met het IPO en de VNG daarop aan. De aanbeveling om fietsroutes en "
      "knooppuntennetwerken in het geheel niet meer over niet-actief beveiligde overwegen te leiden, steun ik "
      "niet: in het landelijk gebied zou dat fietsers op veel plaatsen dwingen tot omwegen over drukke "
      "provinciale wegen, die voor hen gevaarlijker kunnen zijn dan de overweg zelf.",
      answers=(
          A("10", "agree", "Ik onderschrijf de aanbeveling om overwegen een vaste plaats te geven in de "
                           "risicoanalyses die wegbeheerders op grond van dat plan maken, en ik pas de handreiking "
                           "voor die analyses nog dit jaar in overleg met het IPO en de VNG daarop aan."),
          A("11", "disagree", "De aanbeveling om fietsroutes en knooppuntennetwerken in het geheel niet meer over "
                              "niet-actief beveiligde overwegen te leiden, steun ik niet: in het landelijk gebied "
                              "zou dat fietsers op veel plaatsen dwingen tot omwegen over drukke provinciale wegen, "
                              "die voor hen gevaarlijker kunnen zijn dan de overweg zelf."),
      )),

    H("Aanbevelingen aan de minister en ProRail gezamenlijk", 3),
    B("Aanbeveling 12"),
    P("Ik begrijp de wens van de Raad om het gesprek over de kosten van het opheffen van een overweg niet telkens "
      "opnieuw te hoeven voeren, maar een vaste landelijke verdeelsleutel doet geen recht aan de grote verschillen "
      "tussen overwegen. Soms levert opheffing een gemeente een nieuwe ontsluiting van een woonwijk op, soms "
      "alleen een omweg voor een handvol boerderijen. Met het structurele budget dat ik bij aanbeveling 3 heb "
      "beschreven, verdwijnt bovendien de belangrijkste reden waarom projecten met een hoog risico nu stranden. "
      "Ik neem deze aanbeveling daarom niet over; ProRail deelt dat standpunt.",
      answers=(A("12", "disagree", "Ik neem deze aanbeveling daarom niet over; ProRail deelt dat standpunt."),)),

    B("Aanbeveling 13"),
    P("In de ons omringende landen worden op lijnen met weinig treinverkeer eenvoudige waarschuwingssystemen "
      "gebruikt, die de Nederlandse regels tot nu toe niet toestaan. ProRail en mijn ministerie ontwikkelen samen "
      "met twee leveranciers een systeem van knipperlichten op zonne-energie die de nadering van een trein via de "
      "bestaande treindetectie ontvangt. Vanaf het voorjaar van 2026 wordt dit systeem twee jaar lang op twaalf "
      "niet-actief beveiligde overwegen beproefd; ik heb daarvoor 6 miljoen euro beschikbaar gesteld. Blijkt het "
      "systeem betrouwbaar, dan pas ik de regelgeving aan zodat het ook op andere overwegen kan worden toegepast.",
      answers=(A("13", "agree", "Vanaf het voorjaar van 2026 wordt dit systeem twee jaar lang op twaalf "
                                "niet-actief beveiligde overwegen beproefd; ik heb daarvoor 6 miljoen euro "
                                "beschikbaar gesteld."),)),

    B("Aanbeveling 14"),
    P("Ik neem deze aanbeveling over. ProRail en mijn ministerie starten in het najaar van 2025, samen met Veilig "
      "Verkeer Nederland en organisaties van ouderen en van agrarische ondernemers, een voorlichtingsprogramma "
      "over veilig oversteken. Het programma richt zich op ouderen en scootmobielgebruikers, op scholieren in de "
      "buurt van overwegen en op loonwerkers en andere bestuurders van landbouwvoertuigen, en loopt in elk geval "
      "tot en met 2028.",
      answers=(A("14", "agree", "Ik neem deze aanbeveling over."),)),

    B("Aanbeveling 15"),
    P("Uw Kamer ontvangt nu tweemaal per jaar een voortgangsrapportage over het spoor, waarin de overwegen slechts "
      "summier aan bod komen. De jaarlijkse openbare rapportage per provincie neem ik over, een openbaar overzicht "
      "per afzonderlijke overweg niet. Een dergelijk overzicht zou voor elke overweg de stand van "
      "grondverwerving en onderhandelingen met eigenaren zichtbaar maken, wat die onderhandelingen kan schaden. "
      "Vanaf 2026 neem ik in de voortgangsrapportage van het voorjaar een vast onderdeel op over het opheffen en "
      "beveiligen van niet-actief beveiligde overwegen, uitgesplitst per provincie.",
      answers=(A("15", "partial", "De jaarlijkse openbare rapportage per provincie neem ik over, een openbaar "
                                  "overzicht per afzonderlijke overweg niet."),)),

    H("Tot slot", 2),
    P("De ongevallen die de Raad onderzocht, hebben grote gevolgen gehad voor de slachtoffers, hun naasten en "
      "de betrokken machinisten. Ik ben de Raad erkentelijk voor de aandacht die het rapport vraagt voor de "
      "weggebruikers die op overwegen het kwetsbaarst zijn. Samen met ProRail en de decentrale overheden wil ik "
      "de komende jaren laten zien dat de aanpak van overwegen weer op gang komt. Ik zal uw Kamer over de "
      "voortgang informeren."),
    P("Hoogachtend,"),
    P("de minister van Infrastructuur en Waterstaat,"),
    P("J.C. Verbeek-Haanstra"),
)

RESPONSE = Document(
    title="Ministerie van Infrastructuur en Waterstaat",
    subtitle=("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n"
              "Postbus 20018, 2500 EA Den Haag\n"
              "Datum: 11 juni 2025\n"
              "Betreft: Reactie op het OVV-rapport 'Overwegen zonder waarschuwing'"),
    blocks=RESPONSE_BLOCKS,
    running_header="Reactie op het OVV-rapport 'Overwegen zonder waarschuwing'",
    footer="Pagina {page} van {pages}",
    title_page=False,
    font_family="sans",
    font_size=10.0,
)

PAIR = Pair(
    name="safety_board_level_crossings",
    report=REPORT,
    response=RESPONSE,
    description=("Onderzoeksraad voor Veiligheid-style report on accidents at level crossings (15 recommendations "
                 "under four bold addressee lead-ins, numbered 1-15 across the groups, lettered sub-points) and "
                 "the minister of IenW's letter answering per recommendation, with the ProRail and decentral "
                 "recommendations answered together by subject."),
)
