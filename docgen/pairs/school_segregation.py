"""Pair: an Onderwijsraad-style advisory report on school segregation and unequal chances, and the answer of the
minister of OCW (also on behalf of the ministers of BZK and SZW).

Layout traits this pair tests: the advice is printed twice -- first as a short numbered list in the summary
(``duplicate_of``), then in full at the end of chapters 3 to 6 under a level-2 heading "Adviezen", each list opened
by a bold lead-in naming the addressee ("De raad adviseert de minister van OCW:") and numbered on through the report
(1-15); a bulleted list in the method section that is not advice; footnotes.

The response letter starts with early childhood (advice 9 and 10), then the school advice (5-7), then admission
(1, 2, 4), housing (11, 12) and money and supervision (13, 14, 6 again), and ends with coordination (15).  One
paragraph answers advice 2 (agree) and 4 (disagree); advice 6 is answered in two places; one paragraph describes the
local education agenda without taking a position on advice 3; advice 3 and 8 stay unanswered.  All prose is
fictional and was written for this held-out test set.
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


def advice(number: str, text: str, *departments: str) -> ListItem:
    return ListItem(text, recommendation=Recommendation(number, tuple(departments)))


def recap(number: str, text: str, *departments: str) -> ListItem:
    return ListItem(text, recommendation=Recommendation(number, tuple(departments), duplicate_of=number))


def lead(text: str) -> Paragraph:
    return Paragraph(text, bold=True)


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

SUMMARY = (
    H("Samenvatting"),
    P("Nederlandse kinderen gaan steeds vaker naar school met kinderen die op hen lijken. Een kind van hoogopgeleide "
      "ouders zit in een klas met vooral andere kinderen van hoogopgeleide ouders; een kind met een "
      "migratieachtergrond in een wijk met lage inkomens zit op een school waar bijna iedereen dezelfde "
      "achtergrond heeft. Die scheiding begint al op het kinderdagverblijf, wordt zichtbaar in de basisschool en "
      "verscherpt zich bij de overstap naar het voortgezet onderwijs, waar kinderen op twaalfjarige leeftijd over "
      "verschillende schoolsoorten en vaak ook over verschillende gebouwen worden verdeeld."),
    P("De raad vindt dat zorgelijk. Onderwijs is de plek waar kinderen leren samenleven met mensen die anders zijn "
      "dan zijzelf, en waar talent zich moet kunnen ontwikkelen los van de portemonnee of de postcode van de "
      "ouders. Scholen met een grote concentratie van leerlingen met een onderwijsachterstand hebben bovendien meer "
      "moeite om goede leraren te vinden en te houden. Zo versterken segregatie en ongelijke kansen elkaar."),
    P("Segregatie is niet het werk van één partij. Ouders kiezen, scholen laten toe, gemeenten bouwen en plannen, en "
      "het Rijk stelt de regels en verdeelt het geld. Elk van die partijen handelt meestal redelijk vanuit de eigen "
      "positie; opgeteld leidt dat tot een stelsel dat kinderen uit elkaar drijft. De raad richt zich daarom niet "
      "alleen tot de minister van Onderwijs, Cultuur en Wetenschap, maar ook tot de minister van Sociale Zaken en "
      "Werkgelegenheid, de minister van Binnenlandse Zaken en Koninkrijksrelaties, gemeenten en schoolbesturen."),
    P("De raad geeft in dit advies vijftien adviezen. In het kort komen zij op het volgende neer:", bold=True),
    ItemList((
        recap("1", "Voer in grotere gemeenten een verplicht centraal aanmeldsysteem voor het basisonderwijs in.",
              "OCW"),
        recap("2", "Leg één aanmeldleeftijd vast en beperk voorrangsregels.", "OCW"),
        recap("3", "Gemeenten en schoolbesturen: maak bindende afspraken over de spreiding van leerlingen met een "
                   "achterstand.", "GEMEENTEN", "OTHER"),
        recap("4", "Maak toelating tot bekostigde scholen de regel, ook in het bijzonder onderwijs.", "OCW"),
        recap("5", "Stimuleer brede brugklassen van ten minste twee jaar.", "OCW"),
        recap("6", "Laat de inspectie jaarlijks per school zichtbaar maken hoe schooladviezen uitvallen.", "OCW"),
        recap("7", "Verplicht schoolbesturen tot een plan voor gelijke kansen.", "OCW"),
        recap("8", "Schoolbesturen: train leraren in het opstellen van schooladviezen.", "OTHER"),
        recap("9", "Maak kinderopvang een voorziening voor alle kinderen, ook als ouders niet werken.", "SZW"),
        recap("10", "Zorg voor gemengde groepen in de voorschoolse educatie.", "OCW", "GEMEENTEN"),
        recap("11", "Stuur in de woningbouw op gemengde wijken.", "BZK"),
        recap("12", "Financier gedeelde schoolgebouwen in wijken waar scholen sterk gescheiden zijn.", "BZK", "OCW"),
        recap("13", "Verdeel het achterstandsgeld gerichter en vraag verantwoording over de besteding.", "OCW"),
        recap("14", "Laat de inspectie toezien op segregatie op het niveau van het bestuur.", "OCW"),
        recap("15", "Het kabinet: beleg de regie op segregatie bij één bewindspersoon.", "KABINET"),
    ), style="1."),
    PageBreak(),
)

CHAPTER_1 = (
    H("1 Inleiding"),
    H("1.1 Aanleiding", 2),
    P("In 2021 schreef de raad al dat de verschillen tussen scholen in Nederland groter worden dan nodig en "
      "wenselijk is. Sindsdien is er veel gebeurd. Er kwam een wet die de vrijwillige ouderbijdrage niet langer "
      "als voorwaarde voor deelname aan activiteiten laat gelden, er kwamen extra middelen via het Nationaal "
      "Programma Onderwijs, en een aantal grote gemeenten heeft het aanmelden voor de basisschool centraal "
      "geregeld. Toch laten de cijfers geen kentering zien. In de grote steden is de scheiding tussen scholen "
      "ongeveer gelijk gebleven; in een aantal middelgrote gemeenten is zij toegenomen.",
      footnotes=("Onderwijsraad, ‘Steeds meer verschil. Over onderwijs en ongelijkheid’, Den Haag 2021.",)),
    P("De minister van Onderwijs, Cultuur en Wetenschap heeft de raad in het voorjaar van 2024 gevraagd te "
      "adviseren over de vraag wat het Rijk, gemeenten en schoolbesturen kunnen doen om segregatie in het "
      "funderend onderwijs tegen te gaan, en hoe dat samenhangt met de kansen die kinderen krijgen. De minister "
      "vroeg daarbij nadrukkelijk om ook te kijken naar terreinen buiten het onderwijs, zoals de kinderopvang en "
      "de woningmarkt."),
    H("1.2 Wat verstaat de raad onder segregatie?", 2),
    P("Met segregatie bedoelt de raad dat leerlingen met verschillende achtergronden ongelijk over scholen zijn "
      "verdeeld, in een mate die niet alleen uit de samenstelling van de buurt te verklaren is. De raad kijkt "
      "daarbij naar drie kenmerken: het opleidingsniveau van de ouders, het inkomen van het huishouden en de "
      "migratieachtergrond. Die kenmerken hangen samen, maar vallen niet samen. Zo kan een school met veel "
      "kinderen met een migratieachtergrond sociaaleconomisch gemengd zijn, en kan een dorpsschool met alleen "
      "kinderen zonder migratieachtergrond grote verschillen in opleiding van de ouders kennen."),
    P("Segregatie is op zichzelf niet hetzelfde als kansenongelijkheid. Een school met veel leerlingen uit een "
      "kwetsbare omgeving kan uitstekend onderwijs geven, en doet dat ook vaak. Maar de raad ziet dat zulke scholen "
      "het structureel zwaarder hebben: er is meer verloop onder leraren, er zijn meer vacatures, en leerlingen "
      "missen de stimulans van klasgenoten die thuis andere dingen meekrijgen. Omgekeerd missen kinderen op "
      "homogene ‘witte’ of ‘elitaire’ scholen de ervaring om met anderen op te trekken."),
    H("1.3 Werkwijze", 2),
    P("Voor dit advies heeft de raad de volgende bronnen gebruikt:"),
    ItemList((
        ListItem("een literatuurstudie naar de oorzaken en gevolgen van schoolsegregatie in Nederland en in "
                 "vergelijkbare landen;"),
        ListItem("nieuwe analyses van microdata van het CBS over de schoolloopbanen van alle leerlingen die tussen "
                 "2015 en 2023 in groep 8 zaten;"),
        ListItem("gesprekken met 28 schoolleiders en bestuurders in het primair en voortgezet onderwijs;"),
        ListItem("werkbezoeken aan zes gemeenten, waaronder twee met en vier zonder centraal aanmeldsysteem;"),
        ListItem("een expertbijeenkomst met onderzoekers, ouderorganisaties en de sectorraden."),
    ), style="•"),
    P("De raad heeft het advies vastgesteld in zijn vergadering van 12 december 2024. Hoofdstuk 2 beschrijft hoe "
      "gescheiden het onderwijs op dit moment is. De hoofdstukken 3 tot en met 6 gaan achtereenvolgens over "
      "toelating en schoolkeuze, over het schooladvies en de overstap naar het voortgezet onderwijs, over wat "
      "buiten de school gebeurt, en over sturing, geld en toezicht. Aan het eind van elk van die hoofdstukken staan "
      "de adviezen van de raad."),
)

CHAPTER_2 = (
    H("2 Hoe gescheiden is het onderwijs?"),
    H("2.1 Basisonderwijs", 2),
    P("Ongeveer een op de vijf basisscholen in de vier grote steden is volgens de gangbare definitie een "
      "‘zwarte’ of ‘witte’ school: meer dan 80 procent van de leerlingen heeft respectievelijk wel of geen "
      "migratieachtergrond. Wie naar het opleidingsniveau van de ouders kijkt, ziet een vergelijkbaar patroon. "
      "In Amsterdam gaat ruim 40 procent van de kinderen van hoogopgeleide ouders naar een school waar meer dan "
      "driekwart van de ouders hoogopgeleid is, terwijl de buurt waarin zij wonen veel gemengder is.",
      footnotes=("Eigen bewerking van CBS-microdata, schooljaar 2022/23. De indeling naar migratieachtergrond "
                 "volgt de definitie die het CBS tot 2022 hanteerde.",)),
    P("De scheiding is niet alleen een stedelijk verschijnsel. In middelgrote gemeenten met een of twee wijken met "
      "veel sociale huur zien we dat de scholen in die wijken vooral leerlingen uit die wijken trekken, terwijl "
      "ouders uit de rest van de gemeente hun kinderen elders aanmelden. Ook op het platteland komt het voor dat "
      "ouders een of twee dorpen verder rijden, naar een school ‘met een goede naam’. Dat is hun goed recht. Maar "
      "als veel ouders dezelfde keuze maken, blijft de school in het eigen dorp achter met de kinderen van ouders "
      "die die keuze niet hebben of niet maken."),
    P("Ouders kiezen een school zelden op grond van de samenstelling van de leerlingenpopulatie alleen. Zij letten "
      "op afstand, op de reputatie, op de sfeer tijdens een open dag en op wat vrienden en buren doen. Uit "
      "onderzoek blijkt wel dat de reputatie van een school sterk samenhangt met wie er op zit, meer dan met de "
      "kwaliteit van het onderwijs zelf. Een school die eenmaal bekend staat als ‘achterstandsschool’ raakt dat "
      "etiket moeilijk kwijt, ook als de inspectie het onderwijs als goed beoordeelt."),
    H("2.2 Voortgezet onderwijs", 2),
    P("In het voortgezet onderwijs is de scheiding groter. Dat heeft een voor de hand liggende oorzaak: het "
      "Nederlandse stelsel deelt leerlingen vroeg in naar niveau, en het niveau hangt samen met de achtergrond. "
      "Maar ook binnen hetzelfde niveau zijn scholen gescheiden. Categorale gymnasia trekken een veel eenzijdiger "
      "publiek dan brede scholengemeenschappen, ook als men alleen naar leerlingen met een vwo-advies kijkt. "
      "Omgekeerd zijn er vmbo-scholen waar vrijwel alle leerlingen uit één of twee wijken komen."),
    P("De overgang van basis- naar voortgezet onderwijs is het moment waarop kleine verschillen in het "
      "schooladvies grote gevolgen krijgen. Kinderen van laagopgeleide ouders krijgen bij dezelfde toetsscore "
      "gemiddeld een lager advies dan kinderen van hoogopgeleide ouders. Sinds de invoering van de doorstroomtoets "
      "in 2024 wordt het advies vaker naar boven bijgesteld, maar het verschil is niet verdwenen.",
      footnotes=("Zie de Staat van het Onderwijs 2024 van de Inspectie van het Onderwijs, hoofdstuk 3.",)),
    H("2.3 Gevolgen", 2),
    P("De gevolgen van segregatie zijn moeilijk precies te meten, omdat ouders die een bepaalde school kiezen ook "
      "op andere punten van elkaar verschillen. De raad baseert zich daarom op meerdere soorten onderzoek. Samen "
      "laten die zien dat een sterke concentratie van leerlingen met een achterstand een klein maar blijvend "
      "negatief effect heeft op hun leerresultaten, vooral via het personeel: op zulke scholen zijn meer "
      "onbevoegde leraren en is het verloop hoger. Daarnaast zijn er gevolgen die verder reiken dan cijfers. "
      "Jongeren die tot hun achttiende vooral met leeftijdgenoten met dezelfde achtergrond zijn opgetrokken, hebben "
      "minder vertrouwen in mensen met een andere achtergrond en een kleiner netwerk buiten hun eigen groep."),
    P("De raad wil niet de indruk wekken dat segregatie de belangrijkste oorzaak van kansenongelijkheid is. "
      "Verschillen in wat kinderen thuis meekrijgen wegen zwaarder. Maar juist daarom is het van belang dat de "
      "school geen verschillen toevoegt, en dat zij een plek blijft waar kinderen uit verschillende milieus elkaar "
      "ontmoeten."),
)

CHAPTER_3 = (
    H("3 Toelating en schoolkeuze"),
    H("3.1 Hoe komt een kind op een school?", 2),
    P("Ouders in Nederland zijn vrij in de keuze van een school, en schoolbesturen zijn binnen grenzen vrij in de "
      "toelating. Openbare scholen moeten in beginsel iedere leerling toelaten. Bijzondere scholen mogen een "
      "leerling weigeren als de ouders de grondslag van de school niet onderschrijven, mits de school dat "
      "consequent doet. In de praktijk weigeren weinig scholen een leerling op grond van de richting. De toelating "
      "wordt veel meer bepaald door iets anders: de volgorde van aanmelden, en de voorrang die scholen aan "
      "bepaalde groepen geven."),
    P("Zonder afspraken geldt in veel gemeenten: wie het eerst komt, het eerst maalt. Ouders die goed zijn "
      "ingevoerd, melden hun kind aan zodra het mag, en soms al eerder, bijvoorbeeld met een ‘vooraanmelding’ kort "
      "na de geboorte. Ouders die later in het land zijn gekomen, die verhuizen of die de gewoonten niet kennen, "
      "komen achteraan. Populaire scholen zitten dan vol voordat zij zich hebben gemeld. Broertjes en zusjes van "
      "huidige leerlingen krijgen vrijwel overal voorrang, en op sommige scholen ook kinderen van personeel of van "
      "oud-leerlingen. Elk van die regels is te begrijpen. Samen maken zij de toegang tot een gewilde school "
      "afhankelijk van wie je ouders zijn."),
    H("3.2 Centraal aanmelden", 2),
    P("In Amsterdam, Utrecht, Nijmegen en een handvol andere gemeenten melden ouders hun kind aan via één centraal "
      "systeem. Zij geven een voorkeursvolgorde op, en een loting of een vaste regel bepaalt bij overaanmelding wie "
      "een plek krijgt. Alle ouders melden zich op hetzelfde moment aan, en vooraanmelding heeft geen zin meer. Uit "
      "de evaluaties blijkt dat de systemen eerlijker zijn in de zin dat ieder gezin dezelfde kans heeft op een "
      "plek op een populaire school. Het effect op de samenstelling van de scholen is bescheiden, omdat ouders "
      "nog altijd zelf kiezen. Maar er zijn aanwijzingen dat het effect groter is wanneer gemeenten het systeem "
      "combineren met actieve voorlichting aan ouders die anders buiten beeld blijven.",
      footnotes=("Zie onder meer de evaluatie van het stelsel in Nijmegen door het Kohnstamm Instituut (2023).",)),
    P("Buiten de grote steden bestaat zo’n systeem vrijwel nergens. Schoolbesturen zien het als ingewikkeld en "
      "kostbaar, en gemeenten hebben er geen bevoegdheid voor; zij zijn afhankelijk van de bereidheid van de "
      "besturen. Waar een bestuur niet meedoet, valt een systeem al snel uit elkaar."),
    H("3.3 Ruimte voor het bijzonder onderwijs", 2),
    P("De raad heeft zich ook gebogen over de vraag of de toelatingsruimte van het bijzonder onderwijs moet worden "
      "ingeperkt. Die ruimte is in de Grondwet verankerd en is een wezenlijk onderdeel van de vrijheid van "
      "onderwijs. Tegelijk zien we dat sommige scholen de richting gebruiken om een bepaald publiek te trekken, "
      "zonder dat de grondslag in het onderwijs nog een grote rol speelt. Een meerderheid van de raad vindt dat "
      "het recht om leerlingen te weigeren moet wijken wanneer het leidt tot uitsluiting van kinderen die in de "
      "buurt van de school wonen."),
    H("Adviezen", 2),
    lead("De raad adviseert de minister van OCW:"),
    ItemList((
        advice("1", "gemeenten met meer dan 50.000 inwoners wettelijk te verplichten om, samen met de "
                    "schoolbesturen, een centraal aanmeld- en plaatsingssysteem voor het basisonderwijs in te "
                    "richten, en kleinere gemeenten daartoe de bevoegdheid te geven;", "OCW"),
        advice("2", "in de wet één landelijke leeftijd vast te leggen vanaf welke ouders hun kind bij een "
                    "basisschool kunnen aanmelden, en voorrang bij toelating te beperken tot broertjes en zusjes "
                    "van huidige leerlingen.", "OCW"),
    ), style="1."),
    lead("De raad adviseert gemeenten en schoolbesturen:"),
    ItemList((
        advice("3", "in het lokaal onderwijsbeleid bindende afspraken te maken over een evenwichtige verdeling van "
                    "leerlingen met een risico op een onderwijsachterstand over de scholen in de gemeente, en "
                    "jaarlijks te rapporteren of die afspraken worden nagekomen.", "GEMEENTEN", "OTHER"),
    ), style="1."),
    lead("De raad adviseert de minister van OCW voorts:"),
    ItemList((
        advice("4", "een acceptatieplicht in te voeren voor alle bekostigde scholen, inclusief het bijzonder "
                    "onderwijs, voor leerlingen die binnen een redelijke afstand van de school wonen, zolang er "
                    "plaats is.", "OCW"),
    ), style="1."),
    PageBreak(),
)

CHAPTER_4 = (
    H("4 Het schooladvies en de overstap"),
    H("4.1 Eén moment, grote gevolgen", 2),
    P("Nergens in Europa worden kinderen zo jong over schoolsoorten verdeeld als in Nederland en Duitsland. Het "
      "schooladvies dat een kind in groep 8 krijgt, bepaalt in hoge mate op welke school en in welke klas het "
      "terechtkomt. Wie in een homogene havo/vwo-klas begint, stroomt vaker door naar het hoger onderwijs dan wie "
      "met dezelfde capaciteiten in een brede brugklas of in het vmbo begint. Latere correcties zijn mogelijk, "
      "maar komen in de praktijk vooral naar beneden voor: afstromen gebeurt vaker dan opstromen."),
    P("Het advies is een inschatting van de leraar, en leraren doen hun werk serieus. Toch blijkt uit onderzoek dat "
      "de inschatting gekleurd is door verwachtingen. Een kind dat thuis Nederlands spreekt, wiens ouders "
      "actief meedenken en dat zelfverzekerd overkomt, krijgt bij gelijke prestaties vaker het voordeel van de "
      "twijfel. Leraren zijn zich daarvan lang niet altijd bewust. Sommige scholen werken met een vaste procedure "
      "waarin meerdere leraren meekijken en de gegevens uit het leerlingvolgsysteem expliciet worden gewogen; "
      "andere laten het oordeel aan de leerkracht van groep 8."),
    H("4.2 De brugklas", 2),
    P("Brede brugklassen, waarin leerlingen met verschillende adviezen een of twee jaar samen les krijgen, geven "
      "kinderen meer tijd om te laten zien wat zij kunnen. Het aandeel brede brugklassen is in tien jaar tijd sterk "
      "gedaald. Scholen geven daarvoor verschillende redenen: ouders willen het niet, de bekostiging is er niet op "
      "ingericht, en de concurrentie met categorale scholen dwingt tot een helder profiel. De raad begrijpt die "
      "redenen, maar ziet dat de verdwijning van brede brugklassen vooral ten koste gaat van kinderen die laat "
      "bloeien, en dat zijn vaker kinderen van ouders zonder diploma in het hoger onderwijs.",
      footnotes=("Volgens opgave van de VO-raad bood in 2014 ruim 40 procent van de scholengemeenschappen een "
                 "brede brugklas aan; in 2023 was dat minder dan 20 procent.",)),
    H("4.3 Zicht op verschillen tussen scholen", 2),
    P("Of een school structureel lagere of hogere adviezen geeft dan de toetsresultaten rechtvaardigen, is nu "
      "nauwelijks te zien. De inspectie heeft die gegevens wel, maar gebruikt ze vooral in het eigen risicomodel. "
      "Schoolbesturen krijgen de gegevens over hun eigen scholen niet standaard onder ogen, en een vergelijking met "
      "scholen met een soortgelijke leerlingenpopulatie ontbreekt. De raad denkt dat openheid hier zelf al een "
      "deel van de oplossing is: scholen die zien dat zij afwijken, gaan het gesprek daarover aan."),
    P("Ook vindt de raad dat schoolbesturen een grotere verantwoordelijkheid moeten nemen voor gelijke kansen. Nu "
      "is het aan de individuele school of zij daar beleid op voert. Een aantal besturen heeft een duidelijke "
      "visie, meet de uitkomsten en stuurt bij; bij andere besturen ontbreekt het onderwerp in het strategisch "
      "beleidsplan."),
    H("Adviezen", 2),
    lead("De raad adviseert de minister van OCW:"),
    ItemList((
        advice("5", "schoolbesturen in het voortgezet onderwijs met een financiële prikkel te stimuleren om brede "
                    "brugklassen van ten minste twee jaar aan te bieden;", "OCW"),
        advice("6", "de Inspectie van het Onderwijs te vragen jaarlijks per basisschool openbaar te maken hoe de "
                    "schooladviezen zich verhouden tot de uitslag van de doorstroomtoets, uitgesplitst naar "
                    "achtergrondkenmerken van de leerlingen;", "OCW"),
        advice("7", "schoolbesturen wettelijk te verplichten een kansengelijkheidsplan op te stellen, met "
                    "meetbare doelen, en daarover in het jaarverslag verantwoording af te leggen.", "OCW"),
    ), style="1."),
    lead("De raad adviseert schoolbesturen in het primair onderwijs:"),
    ItemList((
        advice("8", "alle leraren die schooladviezen opstellen te scholen in het herkennen van de invloed van "
                    "verwachtingen op hun oordeel, en een adviesprocedure in te voeren waarin ten minste twee "
                    "leraren het advies vaststellen.", "OTHER"),
    ), style="1."),
)

CHAPTER_5 = (
    H("5 Buiten de school: opvang, wijk en gebouw"),
    H("5.1 Het begint voor de basisschool", 2),
    P("Lang voordat een kind naar de basisschool gaat, zijn de verschillen al zichtbaar. Kinderen van werkende "
      "ouders met een goed inkomen gaan naar de kinderopvang, waar zij spelenderwijs taal en sociale vaardigheden "
      "opdoen. Kinderen van ouders zonder werk of met een laag inkomen blijven vaker thuis of gaan een paar "
      "dagdelen naar een peuteropvang. Voor kinderen met een risico op een taalachterstand is er voorschoolse "
      "educatie, die gemeenten organiseren en bekostigen met rijksmiddelen. Die voorschoolse educatie is "
      "waardevol, maar de groepen bestaan in veel gemeenten vrijwel alleen uit kinderen met een indicatie. Daarmee "
      "begint de scheiding al op tweeënhalfjarige leeftijd."),
    P("De toegang tot de kinderopvang hangt in Nederland af van de arbeid van de ouders. Alleen werkende ouders "
      "hebben recht op kinderopvangtoeslag. Dat past bij het doel waarmee de toeslag ooit werd ingevoerd: de "
      "combinatie van arbeid en zorg mogelijk maken. Voor de ontwikkeling van kinderen is het een toevallige "
      "grens. De raad ziet de kinderopvang liever als een basisvoorziening voor alle kinderen, zoals dat in de "
      "Scandinavische landen het geval is.",
      footnotes=("Zie ook het advies van de Sociaal-Economische Raad over de toekomst van de kinderopvang "
                 "(2024).",)),
    H("5.2 De wijk en het gebouw", 2),
    P("Schoolsegregatie volgt voor een deel de segregatie in het wonen. Wijken met veel sociale huur hebben scholen "
      "met veel kinderen uit gezinnen met een laag inkomen; in nieuwe koopwijken aan de rand van de stad is het "
      "omgekeerd. Waar gemeenten en woningcorporaties bij nieuwbouw en herstructurering werken aan gemengde "
      "wijken, kan dat op termijn ook de scholen helpen. Daarvoor is het wel nodig dat onderwijs vroeg in de "
      "planvorming meedoet. De raad stuitte op meerdere nieuwbouwwijken waar de school pas werd gepland toen de "
      "eerste bewoners er al woonden, met als gevolg dat kinderen jarenlang over verschillende scholen elders in "
      "de stad uitwaaierden."),
    P("Ook het schoolgebouw zelf speelt een rol. In sommige wijken staan twee of drie kleine scholen van "
      "verschillende besturen op een paar honderd meter van elkaar, elk met een eigen, eenzijdige populatie. Een "
      "gedeeld gebouw, waarin scholen hun eigen identiteit houden maar speelplein, gymzaal en naschoolse "
      "activiteiten delen, kan kinderen met elkaar in contact brengen. Gemeenten zijn verantwoordelijk voor de "
      "onderwijshuisvesting, maar missen vaak het geld voor zo’n ingreep. De bestaande middelen zijn toereikend "
      "voor onderhoud en de meest noodzakelijke vervanging, niet voor vernieuwing met een maatschappelijk doel."),
    H("Adviezen", 2),
    lead("De raad adviseert de minister van SZW:"),
    ItemList((
        advice("9", "de kinderopvang om te vormen tot een basisvoorziening voor alle kinderen van nul tot vier "
                    "jaar, waarbij het recht op een aantal dagen opvang per week niet langer afhangt van de vraag "
                    "of de ouders werken.", "SZW"),
    ), style="1."),
    lead("De raad adviseert de minister van OCW en gemeenten:"),
    ItemList((
        advice("10", "de voorschoolse educatie zo te organiseren dat kinderen met en zonder indicatie in dezelfde "
                     "groepen zitten, en de bekostiging daarop aan te passen.", "OCW", "GEMEENTEN"),
    ), style="1."),
    lead("De raad adviseert de minister van BZK:"),
    ItemList((
        advice("11", "in de woningbouwafspraken met gemeenten en provincies een gemengde opbouw van nieuwe en "
                     "te herstructureren wijken als voorwaarde op te nemen, en daarbij tijdig voorzieningen voor "
                     "onderwijs in te plannen;", "BZK"),
        advice("12", "samen met de minister van OCW een fonds in te stellen waaruit gemeenten gedeelde "
                     "schoolgebouwen kunnen bekostigen in wijken waar scholen sterk gescheiden zijn.", "BZK", "OCW"),
    ), style="1."),
    PageBreak(),
)

CHAPTER_6 = (
    H("6 Sturing, geld en toezicht"),
    H("6.1 Het achterstandsgeld", 2),
    P("Scholen met veel leerlingen met een risico op een onderwijsachterstand krijgen extra geld. Sinds 2019 wordt "
      "dat bedrag berekend met een indicator van het CBS, die rekening houdt met het opleidingsniveau van beide "
      "ouders, de herkomst, de verblijfsduur in Nederland en eventuele schuldsanering. De raad vindt die indicator "
      "een verbetering ten opzichte van de oude gewichtenregeling. Er blijven wel twee problemen. In de eerste plaats "
      "wordt een deel van het geld over alle scholen uitgesmeerd, omdat een drempel ontbreekt die voorkomt dat "
      "scholen met enkele leerlingen met een hoog risico een klein bedrag krijgen dat weinig uitmaakt. In de tweede "
      "plaats weet niemand precies waar het geld aan wordt besteed. Schoolbesturen hoeven daarover geen aparte "
      "verantwoording af te leggen.",
      footnotes=("Regeling bekostiging personeel PO, bijlage onderwijsachterstandenmiddelen.",)),
    H("6.2 Toezicht", 2),
    P("De Inspectie van het Onderwijs houdt toezicht op de kwaliteit van het onderwijs en op het financieel beheer "
      "van de besturen. Segregatie is daarbij geen zelfstandig onderwerp. Dat is ook niet vreemd: er bestaat geen "
      "wettelijke norm voor de samenstelling van een school, en een enkele school kan de samenstelling maar "
      "beperkt beïnvloeden. Maar een schoolbestuur met tien of twintig scholen in één gemeente heeft die invloed "
      "wel, bijvoorbeeld via de toelating, de spreiding van het aanbod en de keuze welke school wordt uitgebreid "
      "en welke wordt gesloten. De raad vindt dat de inspectie daar in het bestuursgerichte toezicht naar moet "
      "kijken."),
    H("6.3 Regie", 2),
    P("In de gesprekken die de raad voerde, klonk steeds dezelfde klacht door: niemand gaat over segregatie. De "
      "minister van OCW gaat over het onderwijs, de minister van SZW over de kinderopvang, de minister van BZK over "
      "het wonen, en gemeenten en besturen wijzen naar elkaar. Interdepartementale overleggen leveren notities op, "
      "maar geen besluiten. De raad meent dat een vraagstuk dat zo duidelijk over de grenzen van departementen heen "
      "gaat, een eigenaar nodig heeft die verantwoordelijk is voor samenhang en voortgang, en die de Tweede Kamer "
      "daar periodiek over informeert."),
    H("Adviezen", 2),
    lead("De raad adviseert de minister van OCW:"),
    ItemList((
        advice("13", "de onderwijsachterstandenmiddelen gerichter te verdelen, met een ondergrens waaronder een "
                     "school geen middelen ontvangt, en schoolbesturen te verplichten in hun jaarverslag te "
                     "verantwoorden waaraan zij de middelen hebben besteed;", "OCW"),
        advice("14", "de Inspectie van het Onderwijs te vragen in het toezicht op besturen te beoordelen of het "
                     "bestuur bijdraagt aan een evenwichtige samenstelling van zijn scholen, en daarvoor een norm "
                     "te ontwikkelen.", "OCW"),
    ), style="1."),
    lead("De raad adviseert het kabinet:"),
    ItemList((
        advice("15", "de regie op het tegengaan van segregatie in onderwijs, opvang en wonen bij één "
                     "bewindspersoon te beleggen, die jaarlijks aan de Tweede Kamer rapporteert over de voortgang.",
               "KABINET"),
    ), style="1."),
    H("Tot slot", 2),
    P("Segregatie is geen natuurverschijnsel. Het ontstaat uit de optelsom van regels en keuzes die te veranderen "
      "zijn. Geen van de adviezen in dit rapport zal op zichzelf de scheiding tussen scholen opheffen. Samen kunnen "
      "zij er wel voor zorgen dat het stelsel kinderen niet verder uit elkaar drijft dan hun ouders en hun buurt al "
      "doen. De raad roept alle betrokkenen op daar werk van te maken."),
)

REPORT_BLOCKS = (
    H("Voorwoord"),
    P("Dit advies gaat over een vraag die veel mensen raakt: met wie gaat mijn kind naar school? Het antwoord op die "
      "vraag bepaalt mede hoe een kind leert, welke vrienden het maakt en hoe het later naar de samenleving kijkt. "
      "De raad ziet dat dat antwoord voor een groeiende groep kinderen ‘met kinderen zoals ik’ luidt, en dat de "
      "kansen die kinderen krijgen daardoor ongelijker worden verdeeld."),
    P("Het advies is tot stand gekomen in gesprek met velen. De raad dankt de schoolleiders, leraren, ouders, "
      "ambtenaren en onderzoekers die hun tijd en ervaring met ons deelden. Zonder hen was dit advies een stuk "
      "armer geweest."),
    P("prof. dr. A.M. Groeneveld, voorzitter"),
    P("drs. R.S. Baptiste, secretaris"),
    PageBreak(),
) + SUMMARY + CHAPTER_1 + CHAPTER_2 + CHAPTER_3 + CHAPTER_4 + CHAPTER_5 + CHAPTER_6

REPORT = Document(
    title="Samen leren, apart opgroeien?",
    subtitle="Advies over segregatie en ongelijke kansen in het funderend onderwijs",
    blocks=REPORT_BLOCKS,
    running_header="Onderwijsraad · Samen leren, apart opgroeien? · januari 2025",
    footer="Pagina {page}",
    font_size=10.5,
    imprint=("Onderwijsraad", "Advies 2025/01", "Den Haag, januari 2025"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

RESPONSE_BLOCKS = (
    P("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal"),
    P("Postbus 20018"),
    P("2500 EA Den Haag"),
    P("Datum 22 mei 2025"),
    P("Betreft Reactie op het advies ‘Samen leren, apart opgroeien?’ van de Onderwijsraad"),
    P("Ons kenmerk 51882036"),
    P("Geachte voorzitter,"),
    P("Op 23 januari 2025 heeft de Onderwijsraad mij het advies ‘Samen leren, apart opgroeien?’ aangeboden. In deze "
      "brief geef ik, mede namens de minister van Sociale Zaken en Werkgelegenheid en de minister van "
      "Binnenlandse Zaken en Koninkrijksrelaties, onze reactie op dat advies. Ik dank de raad voor zijn heldere "
      "analyse. Die bevestigt een beeld dat ook uit de Staat van het Onderwijs naar voren komt: de verschillen "
      "tussen scholen lopen op, en kinderen met verschillende achtergronden ontmoeten elkaar minder vaak in de "
      "klas."),
    P("Het kabinet deelt de zorg van de raad. Tegelijk hechten wij aan de vrijheid van ouders om een school te "
      "kiezen en aan de vrijheid van onderwijs zoals die in artikel 23 van de Grondwet is vastgelegd. Veel van de "
      "keuzes die in deze brief worden gemaakt, zijn een afweging tussen die waarden. Ik volg in deze brief niet de "
      "volgorde van het advies, maar begin bij de jongste kinderen."),

    H("1. Kinderopvang en voorschoolse educatie", 2),
    P("Het kabinet werkt aan een nieuw financieringsstelsel voor de kinderopvang, waarin ouders de toeslag niet "
      "langer achteraf hoeven terug te betalen en de eigen bijdrage sterk daalt. Het wetsvoorstel daarvoor ligt "
      "inmiddels bij uw Kamer. Met dit stelsel wordt kinderopvang voor vrijwel alle werkende ouders betaalbaar."),
    P("De raad gaat verder en adviseert de kinderopvang los te koppelen van arbeid. De minister van SZW ziet net als "
      "de raad dat kinderen van niet-werkende ouders veel baat kunnen hebben bij opvang. Zij zal daarom met ingang "
      "van 2027 de kinderopvangtoeslag ook openstellen voor ouders die een inburgeringstraject of een traject naar "
      "werk volgen. Een volledig arbeidsonafhankelijk recht op opvang neemt zij niet over; dat zou structureel meer "
      "dan een miljard euro per jaar kosten en vraagt om een groter aantal pedagogisch medewerkers dan de "
      "arbeidsmarkt op dit moment kan leveren.",
      answers=(Answer("9", "partial",
                      "Een volledig arbeidsonafhankelijk recht op opvang neemt zij niet over; dat zou structureel "
                      "meer dan een miljard euro per jaar kosten en vraagt om een groter aantal pedagogisch "
                      "medewerkers dan de arbeidsmarkt op dit moment kan leveren."),)),
    P("Over de voorschoolse educatie ben ik het met de raad eens: kinderen leren het meest van elkaar wanneer zij "
      "niet al op de peutergroep in aparte groepen zitten. Vanaf 1 januari 2026 mogen gemeenten de specifieke "
      "uitkering voor onderwijsachterstanden ook inzetten voor plaatsen van peuters zonder indicatie in een groep "
      "met voorschoolse educatie. Samen met de VNG stel ik een handreiking op voor gemeenten die hun aanbod willen "
      "mengen.",
      answers=(Answer("10", "agree",
                      "Over de voorschoolse educatie ben ik het met de raad eens: kinderen leren het meest van "
                      "elkaar wanneer zij niet al op de peutergroep in aparte groepen zitten."),)),

    H("2. Het schooladvies en de overstap naar het voortgezet onderwijs", 2),
    P("Met de invoering van de doorstroomtoets in het schooljaar 2023/24 is een eerste stap gezet. Scholen moeten "
      "het advies naar boven bijstellen als de toets daar aanleiding toe geeft, en dat gebeurt vaker dan voorheen."),
    P("De Inspectie van het Onderwijs zal vanaf het najaar van 2025 op haar website per basisschool laten zien hoe "
      "het definitieve schooladvies zich verhoudt tot de uitslag van de doorstroomtoets. Zij splitst die gegevens "
      "uit naar het opleidingsniveau van de ouders, voor zover de aantallen dat toelaten zonder dat leerlingen "
      "herkenbaar worden. Besturen ontvangen daarnaast een vergelijking met scholen met een vergelijkbare "
      "leerlingenpopulatie.",
      answers=(Answer("6", "agree",
                      "De Inspectie van het Onderwijs zal vanaf het najaar van 2025 op haar website per basisschool "
                      "laten zien hoe het definitieve schooladvies zich verhoudt tot de uitslag van de "
                      "doorstroomtoets."),)),
    P("De raad pleit voor een financiële prikkel voor brede brugklassen. Ik herken het belang van een uitgestelde "
      "keuze voor laatbloeiers. Of een financiële prikkel het juiste middel is, weet ik nog niet: er zijn "
      "aanwijzingen dat scholen vooral om andere redenen afzien van brede brugklassen, zoals de wensen van ouders. "
      "Ik laat daarom eerst onderzoeken welke factoren de keuze van scholen bepalen, en beslis daarna over een "
      "eventuele stimuleringsregeling. Het onderzoek is naar verwachting begin 2026 afgerond.",
      answers=(Answer("5", "partial",
                      "Ik laat daarom eerst onderzoeken welke factoren de keuze van scholen bepalen, en beslis "
                      "daarna over een eventuele stimuleringsregeling."),)),
    P("Voor het voorstel om schoolbesturen te verplichten tot een apart kansengelijkheidsplan zie ik minder "
      "aanleiding. Besturen moeten in hun strategisch beleidsplan al aangeven hoe zij de kwaliteit van het onderwijs "
      "voor alle leerlingen borgen, en de inspectie spreekt hen daar in het vierjaarlijks onderzoek op aan. Een "
      "extra wettelijk document zou vooral de administratieve last verhogen, terwijl de werkdrukafspraken juist "
      "vragen om minder plannen op papier. Naar mijn oordeel bieden de huidige verplichtingen voldoende "
      "aanknopingspunten.",
      answers=(Answer("7", "disagree",
                      "Naar mijn oordeel bieden de huidige verplichtingen voldoende aanknopingspunten."),)),

    H("3. Toelating en schoolkeuze", 2),
    P("Op een aantal plaatsen werken gemeenten en schoolbesturen al met een centraal aanmeldsysteem, en de "
      "ervaringen zijn overwegend positief. Ik wil die lijn doortrekken. Ik bereid een wetswijziging voor waarmee "
      "gemeenten met meer dan 100.000 inwoners een centraal aanmeldsysteem moeten invoeren, in overleg met de "
      "schoolbesturen. Voor de overige gemeenten kies ik niet voor een verplichting of een nieuwe bevoegdheid; daar "
      "is de druk op populaire scholen meestal kleiner en kunnen besturen vrijwillig afspraken maken.",
      answers=(Answer("1", "partial",
                      "Voor de overige gemeenten kies ik niet voor een verplichting of een nieuwe bevoegdheid; daar "
                      "is de druk op populaire scholen meestal kleiner en kunnen besturen vrijwillig afspraken "
                      "maken."),)),
    P("Ouders moeten overal op hetzelfde moment en onder dezelfde voorwaarden kunnen aanmelden. In hetzelfde "
      "wetsvoorstel wordt daarom de leeftijd van drie jaar als landelijk aanmeldmoment vastgelegd, en wordt "
      "voorrang alleen nog toegestaan voor broertjes en zusjes van leerlingen die al op de school zitten. Een "
      "acceptatieplicht voor het bijzonder onderwijs voer ik niet in. Het recht van bijzondere scholen om "
      "leerlingen te weigeren die de grondslag niet onderschrijven, is grondwettelijk beschermd, en in de praktijk "
      "wordt het zelden gebruikt; het probleem dat de raad beschrijft, zit vooral in de volgorde van aanmelding, die "
      "ik met deze wetswijziging aanpak.",
      answers=(
          Answer("2", "agree",
                 "In hetzelfde wetsvoorstel wordt daarom de leeftijd van drie jaar als landelijk aanmeldmoment "
                 "vastgelegd, en wordt voorrang alleen nog toegestaan voor broertjes en zusjes van leerlingen die al "
                 "op de school zitten."),
          Answer("4", "disagree", "Een acceptatieplicht voor het bijzonder onderwijs voer ik niet in."),
      )),
    P("Gemeenten en schoolbesturen zijn op grond van de Wet op het primair onderwijs verplicht ten minste eenmaal per "
      "jaar overleg te voeren over het bestrijden van segregatie en het bevorderen van integratie. Dat overleg "
      "krijgt vorm in de lokale educatieve agenda. In de helft van de gemeenten zijn daarin afspraken gemaakt over "
      "de spreiding van leerlingen; de inhoud en de mate van verplichting lopen sterk uiteen."),

    H("4. Wonen en schoolgebouwen", 2),
    P("De minister van BZK onderschrijft dat gemengde wijken bijdragen aan ontmoeting, ook op school. Via de "
      "Nationale prestatieafspraken en de woondeals stuurt het Rijk al op een mix van sociale huur, middenhuur en "
      "koop in nieuwe wijken. Hoe een wijk precies wordt opgebouwd, is echter aan gemeenten, corporaties en "
      "ontwikkelaars, die de lokale situatie kennen. De minister ziet het daarom niet als haar taak om daar "
      "aanvullende voorwaarden aan te verbinden.",
      answers=(Answer("11", "disagree",
                      "De minister ziet het daarom niet als haar taak om daar aanvullende voorwaarden aan te "
                      "verbinden."),)),
    P("Gemeenten zijn verantwoordelijk voor onderwijshuisvesting en ontvangen daarvoor middelen via het "
      "gemeentefonds. Een apart rijksfonds voor gedeelde schoolgebouwen zou een forse investering vergen, terwijl "
      "het effect op de samenstelling van de leerlingenpopulatie onzeker is; een gedeeld gebouw betekent nog geen "
      "gedeelde klas. Wij vinden de kosten van zo’n fonds daarom niet in verhouding staan tot de te verwachten "
      "opbrengst. Gemeenten die een gedeeld gebouw willen realiseren, kunnen gebruikmaken van de bestaande "
      "middelen en van de mogelijkheid om samen met besturen een integraal huisvestingsplan op te stellen.",
      answers=(Answer("12", "disagree",
                      "Wij vinden de kosten van zo’n fonds daarom niet in verhouding staan tot de te verwachten "
                      "opbrengst."),)),

    H("5. Middelen en toezicht", 2),
    P("Met ingang van 1 januari 2027 gaat voor de onderwijsachterstandenmiddelen een drempel gelden: scholen met een "
      "achterstandsscore onder de landelijke drempelwaarde ontvangen geen middelen meer, zodat het geld terechtkomt "
      "waar de opgave het grootst is. Tegelijk wordt in de Regeling jaarverslaggeving onderwijs opgenomen dat "
      "besturen afzonderlijk rapporteren over de besteding van deze middelen.",
      answers=(Answer("13", "agree",
                      "Met ingang van 1 januari 2027 gaat voor de onderwijsachterstandenmiddelen een drempel "
                      "gelden: scholen met een achterstandsscore onder de landelijke drempelwaarde ontvangen geen "
                      "middelen meer, zodat het geld terechtkomt waar de opgave het grootst is."),)),
    P("De inspectie zal in het vierjaarlijks onderzoek bij besturen voortaan ook bespreken hoe het bestuur met zijn "
      "toelatingsbeleid, zijn spreiding van het aanbod en zijn besluiten over uitbreiding en sluiting bijdraagt aan "
      "de samenstelling van zijn scholen. Een norm voor een ‘evenwichtige’ samenstelling ontwikkelt zij niet, omdat "
      "daarvoor een wettelijke grondslag ontbreekt en een bestuur de keuzes van ouders maar beperkt kan sturen.",
      answers=(Answer("14", "partial",
                      "Een norm voor een ‘evenwichtige’ samenstelling ontwikkelt zij niet, omdat daarvoor een "
                      "wettelijke grondslag ontbreekt en een bestuur de keuzes van ouders maar beperkt kan "
                      "sturen."),)),
    P("De openbare vergelijking van schooladviezen waarover ik hierboven schreef, wordt onderdeel van de jaarlijkse "
      "Staat van het Onderwijs. Zo krijgen niet alleen besturen, maar ook ouders en uw Kamer zicht op de "
      "verschillen tussen scholen.",
      answers=(Answer("6", "agree",
                      "De openbare vergelijking van schooladviezen waarover ik hierboven schreef, wordt onderdeel "
                      "van de jaarlijkse Staat van het Onderwijs."),)),

    H("6. Regie", 2),
    P("De raad constateert terecht dat niemand zich eigenaar voelt van dit vraagstuk. Het kabinet neemt het advies "
      "over om de regie bij één bewindspersoon te leggen. Ik zal die rol als minister van OCW op mij nemen, en uw "
      "Kamer voortaan elk voorjaar een voortgangsbrief sturen over segregatie in onderwijs, opvang en wonen, "
      "opgesteld samen met de ministers van SZW en BZK.",
      answers=(Answer("15", "agree",
                      "Het kabinet neemt het advies over om de regie bij één bewindspersoon te leggen."),)),
    P("Ik zie uit naar het gesprek met uw Kamer over deze brief."),
    P("De minister van Onderwijs, Cultuur en Wetenschap,"),
    P("dr. E.J. Wiersma-Holt"),
)

RESPONSE = Document(
    title="Ministerie van Onderwijs, Cultuur en Wetenschap",
    subtitle="Directie Primair en Voortgezet Onderwijs",
    blocks=RESPONSE_BLOCKS,
    running_header="Datum 22 mei 2025 · Ons kenmerk 51882036",
    footer="Pagina {page} van {pages}",
    font_family="serif",
    font_size=10.5,
    title_page=False,
)

PAIR = Pair(
    name="school_segregation",
    report=REPORT,
    response=RESPONSE,
    description="Fictional Onderwijsraad-style advice on school segregation (15 advices, repeated in a short "
                "summary list and printed in full at the end of chapters 3-6 under bold addressee lead-ins) and "
                "the OCW/SZW/BZK response letter. Held-out pair: written apart from the tuned pairs.",
)
