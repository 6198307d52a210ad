"""Pair: an Inspectie van het Onderwijs-style thematic report on reading skills, and the minister's letter with annex.

Layout traits this pair tests: a sans report with a title page, a "Samenvatting" that names the themes but repeats
no recommendation, bulleted lists of research questions, sources and findings that are not recommendations, two
ruled data tables of figures (not recommendations), and a final chapter "Aanbevelingen" with sixteen recommendations
numbered 1 to 16 straight through three lists, each under a bold lead-in naming the addressee ("Aan de minister:",
"Aan schoolbesturen:", "Aan de lerarenopleidingen:").

The response is a letter of the minister voor Primair en Voortgezet Onderwijs (letterhead, no title page) with a
general opening and closing, themed sections that answer three recommendations only by subject (one paragraph
answers 2 and 12 with different positions; a paragraph on lectoraten only describes what exists), and an annex
table with horizontal rules only ("Nr." | "Aanbeveling" | "Reactie").  In the table three rows refer to the letter
("Zie hierboven", "Zie de brief"), one row passes recommendation 6 on to the minister of SZW without a position,
one row answers a recommendation to school boards by a talk with the PO-Raad and VO-raad about whether it is
feasible (partial), and the row of recommendation 16 is "-".  Agreement comes with and without cue words (a date,
money), refusals are polite ("Ik begrijp de wens ..., maar"; "voegt naar mijn oordeel weinig toe"; "deel de analyse
..., maar niet de conclusie"), partial answers are a pilot, one sector of two and a study.  All prose is fictional
and written for this test set.
"""
from __future__ import annotations

from docgen.model import (
    Answer,
    Cell,
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
    return ItemList(items=tuple(ListItem(text) for text in texts), style="•")


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H("Voorwoord"),
    P("Lezen is de sleutel tot bijna al het andere dat een leerling op school leert. Wie een tekst niet goed kan "
      "lezen, loopt vast bij een rekenopgave met veel woorden, bij een bron in de geschiedenisles en later bij een "
      "brief van de gemeente of een bijsluiter. Dat maakt de daling van de leesvaardigheid die wij al enkele jaren "
      "zien, tot meer dan een onderwijskwestie: het gaat om de vraag of jongeren straks volwaardig kunnen meedoen."),
    P("Met dit themaonderzoek wil de inspectie laten zien wat er in de klas gebeurt, welke keuzes scholen maken en "
      "waar zij tegenaan lopen. Wij hebben veel scholen gezien waar leraren met grote inzet werken aan beter "
      "leesonderwijs. Wij zagen ook dat goede bedoelingen lang niet altijd leiden tot een samenhangende aanpak. Ik "
      "dank de leerlingen, leraren, schoolleiders en bestuurders die ons hun lessen, hun twijfels en hun gegevens "
      "hebben toevertrouwd."),
    P("De inspecteur-generaal van het Onderwijs"),
    PageBreak(),

    H("Samenvatting"),
    P("Steeds meer leerlingen verlaten de basisschool en het voortgezet onderwijs zonder dat zij goed genoeg kunnen "
      "lezen om zonder moeite mee te komen in het vervolgonderwijs en in de samenleving. Dat beeld is niet nieuw, "
      "maar het wordt wel scherper. In 2024 haalde 55 procent van de leerlingen in groep 8 het streefniveau 2F voor "
      "lezen; in 2019 was dat nog 63 procent. In het voortgezet onderwijs zien wij een vergelijkbare daling. "
      "Tegelijk lezen leerlingen minder graag: van de vijftienjarigen zegt nog maar 38 procent in de vrije tijd "
      "weleens een boek te lezen."),
    P("De Inspectie van het Onderwijs onderzocht hoe scholen hun leesonderwijs inrichten en waarom sommige scholen "
      "er beter in slagen hun leerlingen goed te leren lezen dan andere scholen met een vergelijkbare "
      "leerlingpopulatie. Tussen september 2023 en juni 2024 bezochten wij 48 basisscholen en 36 scholen voor "
      "voortgezet onderwijs. Wij observeerden 312 lessen, spraken met leraren, leescoördinatoren, schoolleiders, "
      "bestuurders en leerlingen, en legden een vragenlijst voor aan ruim 1.900 leraren."),
    H("Primair onderwijs", 2),
    P("Op vrijwel alle basisscholen staat lezen dagelijks op het rooster, maar wat er in die tijd gebeurt, "
      "verschilt sterk. Begrijpend lezen wordt meestal gegeven als een apart vak, met korte oefenteksten die los "
      "staan van wat leerlingen bij andere vakken leren. Het aanleren van leesstrategieën neemt veel tijd in beslag; "
      "het lezen van langere, inhoudelijk rijke teksten komt er weinig van. Vrij lezen is op papier overal geregeld, "
      "maar sneuvelt in de praktijk het eerst wanneer de tijd krap wordt. Op ruim een derde van de scholen is de "
      "boekencollectie verouderd of te klein om leerlingen een echte keuze te bieden."),
    H("Voortgezet onderwijs", 2),
    P("In het voortgezet onderwijs verdwijnt het leesonderwijs na de onderbouw grotendeels uit beeld. In de "
      "bovenbouw van havo en vwo wordt lezen vooral geoefend met het oog op het centraal examen, met tekstverklaring "
      "als toetsvorm. Docenten van andere vakken dan Nederlands zien het begeleiden van leerlingen bij het lezen van "
      "vakteksten zelden als hun taak en voelen zich er ook niet voor toegerust. Scholen hebben bovendien weinig "
      "zicht op hoe de leesvaardigheid van hun leerlingen zich na de basisschool ontwikkelt."),
    H("Randvoorwaarden", 2),
    P("Scholen ontvangen voor lezen middelen uit verschillende tijdelijke regelingen, elk met eigen voorwaarden, "
      "looptijden en verantwoordingseisen. Schoolleiders ervaren dat als versnipperd en zien het als een reden om "
      "niet te investeren in een aanpak voor langere termijn. Wat de middelen opleveren, is voor besturen, "
      "toezichthouders en de inspectie nauwelijks na te gaan. De lerarenopleidingen besteden wisselend aandacht "
      "aan leesdidactiek; beginnende leraren zeggen zich vaak onvoldoende voorbereid te voelen op het lesgeven in "
      "begrijpend lezen."),
    H("Wat werkt", 2),
    P("De scholen waar leerlingen beter lezen dan op grond van hun achtergrond te verwachten is, hebben een aantal "
      "dingen gemeen. Zij hebben een schoolbrede visie op lezen die door het hele team wordt gedragen, een "
      "leescoördinator die tijd en ruimte krijgt, dagelijks vrij lezen dat niet wordt overgeslagen, een goede "
      "schoolbibliotheek en vaste afspraken met de openbare bibliotheek. Geen van die elementen is op zichzelf "
      "bijzonder; het verschil zit in de volharding waarmee scholen ze volhouden."),
    P("Op basis van dit onderzoek doet de inspectie zestien aanbevelingen aan de minister voor Primair en "
      "Voortgezet Onderwijs, aan schoolbesturen en aan de lerarenopleidingen. U vindt ze in hoofdstuk 7."),
    PageBreak(),

    H("1  Inleiding"),
    H("1.1  Aanleiding", 2),
    P("Al ruim tien jaar laten nationale en internationale peilingen zien dat de leesvaardigheid van Nederlandse "
      "leerlingen terugloopt. De inspectie heeft daar in haar jaarlijkse Staat van het Onderwijs herhaaldelijk op "
      "gewezen. Het kabinet heeft de afgelopen jaren verschillende maatregelen genomen om de basisvaardigheden te "
      "versterken, waaronder extra middelen voor scholen, een herziening van de kerndoelen en subsidies voor "
      "leesbevordering. Van een kentering is in de cijfers echter nog weinig te zien."),
    P("Over de oorzaken van de daling bestaan veel opvattingen. Genoemd worden onder meer de opkomst van "
      "beeldschermen en sociale media, het lerarentekort, de vormgeving van lesmethoden en de afnemende "
      "leescultuur in gezinnen. Wat tot nu toe ontbrak, is een beeld van wat er op scholen zelf gebeurt: hoeveel "
      "tijd er aan lezen wordt besteed, hoe die tijd wordt gebruikt en welke keuzes scholen daarin maken. Dit "
      "themaonderzoek wil in die leemte voorzien."),
    H("1.2  Onderzoeksvragen", 2),
    P("De centrale vraag van het onderzoek luidde: hoe geven scholen in het primair en voortgezet onderwijs hun "
      "leesonderwijs vorm, en welke kenmerken van dat onderwijs hangen samen met betere leesresultaten? Wij hebben "
      "deze vraag uitgewerkt in vier deelvragen:"),
    bullets(
        "Hoeveel tijd besteden scholen aan lezen en leesonderwijs, en hoe wordt die tijd ingevuld?",
        "Welke didactische keuzes maken scholen bij begrijpend lezen en leesbevordering?",
        "Hoe houden scholen zicht op de leesontwikkeling van hun leerlingen, ook na de overgang naar het "
        "voortgezet onderwijs?",
        "Welke randvoorwaarden, zoals middelen, deskundigheid van leraren en samenwerking met bibliotheken, "
        "bevorderen of belemmeren goed leesonderwijs?",
    ),
    H("1.3  Opzet en methode", 2),
    P("Wij hebben de scholen zo gekozen dat zij een afspiegeling vormen van het onderwijs in Nederland naar "
      "regio, schoolgrootte, denominatie en leerlingpopulatie. Daarnaast hebben wij bewust enkele scholen "
      "opgenomen die al jaren boven de verwachting presteren, en enkele scholen die daar juist onder blijven. Het "
      "onderzoek bestond uit de volgende onderdelen:"),
    bullets(
        "schoolbezoeken aan 48 basisscholen en 36 scholen voor voortgezet onderwijs, waarvan 14 vmbo-scholen, "
        "12 scholengemeenschappen voor havo en vwo en 10 brede scholengemeenschappen;",
        "312 lesobservaties, waarvan 181 in het primair en 131 in het voortgezet onderwijs, met een "
        "observatie-instrument dat voor dit onderzoek is ontwikkeld;",
        "gesprekken met 96 leraren, 41 leescoördinatoren of taalspecialisten, 84 schoolleiders en 27 "
        "bestuurders, en groepsgesprekken met in totaal 230 leerlingen;",
        "een landelijke vragenlijst onder leraren, die door 1.927 leraren volledig is ingevuld;",
        "een analyse van de resultaten op de doorstroomtoets en op de centrale examens Nederlands van 2019 tot "
        "en met 2024;",
        "een documentanalyse van schoolplannen, jaarverslagen en leesplannen van de bezochte scholen en hun "
        "besturen.",
    ),
    P("Het onderzoek is geen beoordeling van individuele scholen. De bevindingen worden niet per school "
      "gepubliceerd. Waar wij voorbeelden geven, zijn deze geanonimiseerd. Een uitgebreide verantwoording van de "
      "steekproef en het observatie-instrument is op te vragen bij de inspectie."),
    H("1.4  Leeswijzer", 2),
    P("Hoofdstuk 2 schetst de ontwikkeling van de leesvaardigheid en de leesmotivatie van leerlingen. In de "
      "hoofdstukken 3 en 4 beschrijven wij wat wij zagen in het primair en het voortgezet onderwijs. Hoofdstuk 5 "
      "gaat over de randvoorwaarden: middelen, verantwoording, de lerarenopleidingen en de rol van het gezin. In "
      "hoofdstuk 6 trekken wij conclusies, en hoofdstuk 7 bevat onze aanbevelingen."),
    PageBreak(),

    H("2  Leesvaardigheid in cijfers"),
    H("2.1  Primair onderwijs", 2),
    P("Het referentiekader taal onderscheidt voor het einde van de basisschool twee niveaus: het fundamentele "
      "niveau 1F, dat vrijwel alle leerlingen zouden moeten halen, en het streefniveau 2F, dat is bedoeld voor "
      "leerlingen die daartoe in staat zijn. Het fundamentele niveau wordt nog steeds door bijna alle leerlingen "
      "gehaald. Het aandeel leerlingen dat het streefniveau haalt, is echter in vijf jaar met acht procentpunten "
      "gedaald (tabel 2.1)."),
    P("Tabel 2.1  Aandeel leerlingen dat het referentieniveau voor lezen haalt, 2019-2024 (in procenten)",
      bold=True),
    Table(
        header=("Groep / leerjaar en niveau", "2019", "2021", "2022", "2023", "2024"),
        rows=(
            ("Groep 8, niveau 1F", "97,8", "97,1", "96,9", "96,4", "96,2"),
            ("Groep 8, streefniveau 2F", "63,2", "60,7", "59,4", "57,0", "55,1"),
            ("Leerjaar 3 vmbo-b/k, niveau 2F", "41,5", "38,9", "37,2", "35,8", "34,6"),
            ("Leerjaar 3 vmbo-g/t, niveau 2F", "68,3", "65,1", "64,0", "62,2", "61,4"),
            ("Leerjaar 3 havo/vwo, niveau 2F", "91,4", "89,8", "88,7", "87,9", "86,5"),
        ),
        widths=(3.2, 1, 1, 1, 1, 1),
    ),
    P("Bron: doorstroomtoets en eindtoetsen primair onderwijs; peiling leesvaardigheid leerjaar 3 voortgezet "
      "onderwijs (steekproef). Voor 2020 zijn geen gegevens beschikbaar omdat de eindtoets toen niet is "
      "afgenomen."),
    P("De daling doet zich voor bij alle groepen leerlingen, maar is het sterkst bij leerlingen van wie de ouders "
      "een lager opleidingsniveau hebben en bij leerlingen die thuis ook een andere taal dan het Nederlands "
      "spreken. Het verschil tussen deze leerlingen en hun klasgenoten is in de onderzochte periode opgelopen van "
      "veertien naar negentien procentpunten. Leerlingen die het streefniveau niet halen, krijgen vaker een "
      "lager schooladvies en stromen vaker af in het voortgezet onderwijs."),
    H("2.2  Voortgezet onderwijs", 2),
    P("Voor het voortgezet onderwijs zijn minder gegevens beschikbaar. Er bestaat geen landelijke toets die de "
      "leesvaardigheid van alle leerlingen na de basisschool volgt. De steekproefpeiling in leerjaar 3 laat zien "
      "dat de daling zich in het voortgezet onderwijs voortzet, vooral in de basis- en kaderberoepsgerichte "
      "leerwegen van het vmbo. Daar haalt nog maar een derde van de leerlingen in het derde leerjaar niveau 2F."),
    P("In de bovenbouw zijn de resultaten op het centraal examen Nederlands de belangrijkste bron. Het "
      "gemiddelde cijfer voor het onderdeel leesvaardigheid is de afgelopen jaren licht gedaald, maar de "
      "normering van het examen maakt vergelijking over de jaren heen lastig. Docenten Nederlands in de bovenbouw "
      "van havo en vwo zeggen in onze gesprekken vaker dan vroeger dat leerlingen moeite hebben met langere "
      "teksten en met teksten waarin een redenering over meerdere alinea's loopt."),
    H("2.3  Leesmotivatie", 2),
    P("Naast leesvaardigheid is leesplezier een zorg. Leerlingen die graag lezen, lezen meer, en wie meer leest, "
      "wordt een betere lezer. In onze groepsgesprekken zeiden leerlingen in groep 5 en 6 nog vaak dat zij het "
      "leuk vinden om te lezen. In groep 8 en in de onderbouw van het voortgezet onderwijs was dat een minderheid. "
      "Veel leerlingen verbinden lezen op school vooral met opdrachten en toetsen, en minder met verhalen en "
      "informatie die hen interesseren. Een leerling in de tweede klas van het vmbo zei het zo: “Lezen is iets "
      "wat je doet voor een cijfer.”"),
    H("2.4  Verschillen tussen scholen", 2),
    P("De verschillen tussen scholen zijn groot, ook wanneer rekening wordt gehouden met de samenstelling van de "
      "leerlingpopulatie. Van de 48 bezochte basisscholen presteerden er elf over meerdere jaren duidelijk boven "
      "de verwachting en negen duidelijk daaronder. Dat laat zien dat de school ertoe doet. Hierna "
      "beschrijven wij wat de scholen die het goed doen, anders aanpakken dan de scholen die achterblijven."),

    H("3  Leesonderwijs in het primair onderwijs"),
    H("3.1  Tijd voor lezen", 2),
    P("Op de bezochte basisscholen is gemiddeld ruim vijf uur per week ingeroosterd voor taal, waarvan ongeveer "
      "anderhalf uur voor begrijpend lezen en een tot twee uur voor vrij lezen. In de praktijk wordt die tijd "
      "lang niet altijd zo gebruikt. Wij zagen dat het vrije lezen vaak wordt ingekort of overgeslagen wanneer er "
      "een toets, een viering of een uitloop van een andere les is. Op een derde van de scholen lazen leerlingen "
      "tijdens onze bezoeken minder dan vijftien minuten per dag in een boek naar eigen keuze."),
    P("Op de scholen die boven de verwachting presteren, is het dagelijkse lezen juist een vast en beschermd "
      "moment. Daar begint de dag bijvoorbeeld met een half uur lezen, waarin ook de leraar leest, en wordt dat "
      "moment niet opgeofferd aan andere activiteiten. Schoolleiders van deze scholen noemen dit “het laatste "
      "wat wij zouden schrappen”."),
    H("3.2  Begrijpend lezen: oefenen zonder inhoud", 2),
    P("In de lessen begrijpend lezen die wij observeerden, lag de nadruk meestal op het aanleren van "
      "leesstrategieën, zoals voorspellen, samenvatten en het stellen van vragen bij een tekst. Daarvoor gebruiken "
      "de meeste scholen een methode met korte oefenteksten over uiteenlopende onderwerpen, die los staan van wat "
      "leerlingen in andere lessen leren. In ruim twee derde van de geobserveerde lessen was de tekst niet langer "
      "dan een pagina; in bijna de helft van de lessen besteedden leerlingen meer tijd aan het invullen van "
      "opdrachten over de strategie dan aan het lezen zelf."),
    P("Onderzoek laat zien dat strategie-instructie op zichzelf weinig oplevert wanneer leerlingen niet "
      "voldoende achtergrondkennis en woordenschat hebben om een tekst te begrijpen. De scholen die het goed doen, "
      "koppelen het leesonderwijs daarom aan de zaakvakken: leerlingen lezen over een langere periode "
      "samenhangende teksten over hetzelfde onderwerp en bouwen zo kennis en woordenschat op. Leraren op deze "
      "scholen noemen het lastig om een geschikte methode te vinden. Over de kwaliteit van lesmethoden voor "
      "begrijpend lezen is weinig onafhankelijke informatie beschikbaar."),
    H("3.3  Schoolbibliotheek en openbare bibliotheek", 2),
    P("Een goede schoolbibliotheek is een voorwaarde voor vrij lezen: leerlingen moeten iets kunnen kiezen wat bij "
      "hun niveau en hun interesse past. Op ruim een derde van de bezochte basisscholen was de collectie grotendeels "
      "ouder dan tien jaar, te klein of slecht ontsloten. Scholen die wel over een actuele collectie beschikken, "
      "doen dat meestal in samenwerking met de openbare bibliotheek, via een programma als de Bibliotheek op "
      "school. De continuïteit van die samenwerking hangt echter vaak af van jaarlijkse afspraken en van "
      "tijdelijke subsidies. Op zes scholen is de samenwerking de afgelopen twee jaar beëindigd omdat de gemeente "
      "haar bijdrage aan de bibliotheek had verlaagd."),
    P("Tabel 3.1  Kenmerken van het leesonderwijs op de bezochte scholen (aandeel scholen, in procenten)",
      bold=True),
    Table(
        header=("Kenmerk", "Po (n = 48)", "Vo (n = 36)"),
        rows=(
            ("Dagelijks vrij lezen in alle groepen of leerjaren, ook in de praktijk", "58", "19"),
            ("Schoolbibliotheek met overwegend actuele collectie", "63", "44"),
            ("Meerjarige afspraken met de openbare bibliotheek", "46", "22"),
            ("Leescoördinator met vastgelegde uren", "42", "17"),
            ("Schoolbreed leesplan, vastgesteld en bekend bij het team", "52", "28"),
            ("Leesonderwijs ook in het laatste leerjaar", "100", "25"),
        ),
        widths=(3.6, 1.2, 1.2),
    ),
    P("Bron: schoolbezoeken en documentanalyse van de inspectie, 2023-2024."),
    H("3.4  Regie op het leesonderwijs", 2),
    P("Het meest opvallende verschil tussen scholen die het goed doen en scholen die achterblijven, ligt in de "
      "regie op het leesonderwijs. Op de eerste groep scholen is er een leescoördinator of taalspecialist die "
      "uren heeft om collega's te ondersteunen, lessen te bezoeken, de resultaten te volgen en de "
      "schoolbibliotheek te beheren. Deze persoon heeft een duidelijk mandaat van de schoolleiding. Op de "
      "achterblijvende scholen was zo'n functie vaak wel benoemd, maar ontbraken de uren of had de "
      "coördinator vooral een organisatorische taak, zoals het bestellen van boeken."),
    P("Ook de deskundigheid van leraren verschilt. In de vragenlijst zegt 44 procent van de leraren in het "
      "primair onderwijs dat zij zich goed toegerust voelen om begrijpend lezen te onderwijzen. Onder leraren die "
      "korter dan vijf jaar werkzaam zijn, is dat 31 procent. Veel leraren geven aan dat zij de afgelopen jaren "
      "geen scholing op dit gebied hebben gevolgd, vaak omdat er geen vervanging beschikbaar was."),

    H("4  Leesonderwijs in het voortgezet onderwijs"),
    H("4.1  De onderbouw", 2),
    P("In de onderbouw van het voortgezet onderwijs krijgt lezen nog een duidelijke plek in het vak Nederlands. "
      "Veel scholen hebben leesuren of een leesproject, en een deel van de scholen laat leerlingen aan het begin van "
      "de les tien minuten lezen. Wij zagen echter ook dat het vrije lezen in de onderbouw vaak vrijblijvend is: "
      "leerlingen hebben geen boek bij zich, lezen op hun telefoon of krijgen toestemming om huiswerk te maken. Op "
      "slechts zeven van de 36 scholen was er in alle onderbouwklassen elke dag een vast leesmoment."),
    H("4.2  De bovenbouw", 2),
    P("In de bovenbouw verdwijnt het leesonderwijs op de meeste scholen grotendeels. Op 27 van de 36 scholen is "
      "er in het laatste leerjaar geen leesonderwijs meer dat verder gaat dan het oefenen met examenteksten. "
      "Docenten Nederlands geven aan dat het programma van het vak vol is en dat het examen sturend is. Het lezen "
      "van literatuur is in havo en vwo een verplicht onderdeel, maar wordt op veel scholen beperkt tot een "
      "leeslijst met een minimumaantal boeken waarover een mondeling wordt gehouden."),
    P("Enkele scholen laten zien dat het anders kan. Een brede scholengemeenschap in het oosten van het land "
      "heeft in alle leerjaren een wekelijks leesuur ingevoerd dat wordt verzorgd door docenten van verschillende "
      "vakken. Leerlingen lezen daarin zowel fictie als lange non-fictieteksten, en bespreken die in kleine "
      "groepen. De school ziet na drie jaar een stijging van de resultaten op het examenonderdeel "
      "leesvaardigheid, en docenten van andere vakken merken dat leerlingen beter met hun lesboeken overweg "
      "kunnen."),
    H("4.3  Lezen in andere vakken", 2),
    P("Een groot deel van wat leerlingen in het voortgezet onderwijs lezen, zijn vakteksten: in de methoden voor "
      "geschiedenis, aardrijkskunde, biologie en economie, en in opgaven bij wiskunde en natuurkunde. Docenten "
      "van deze vakken merken dat leerlingen moeite hebben met die teksten, maar zien het begeleiden van het lezen "
      "zelden als hun taak. In de vragenlijst zegt 23 procent van de docenten van andere vakken dan Nederlands "
      "dat zij in hun opleiding hebben geleerd hoe zij leerlingen kunnen helpen bij het lezen van vakteksten."),
    P("Op de scholen waar dat wel gebeurt, werken docenten met vaste afspraken over het voorbespreken van "
      "moeilijke woorden, het hardop voordoen hoe een tekst wordt gelezen en het bespreken van de opbouw van een "
      "tekst. Deze aanpak, die bekendstaat als taalgericht vakonderwijs, vraagt weinig extra lestijd maar wel "
      "scholing en afstemming in het team."),
    H("4.4  Zicht op de leesontwikkeling", 2),
    P("Scholen voor voortgezet onderwijs hebben weinig zicht op de leesvaardigheid van hun leerlingen. Zij "
      "beschikken over de uitslag van de doorstroomtoets, maar volgen daarna zelden systematisch hoe de "
      "leesvaardigheid zich ontwikkelt. Ongeveer de helft van de bezochte scholen neemt in de onderbouw een "
      "genormeerde leestoets af; de andere scholen vertrouwen op de cijfers voor het vak Nederlands. Omdat er geen "
      "landelijke meting bestaat, kunnen scholen hun resultaten ook niet vergelijken met die van andere scholen, "
      "en ontbreekt op stelselniveau een betrouwbaar beeld van de ontwikkeling na de basisschool."),

    H("5  Randvoorwaarden"),
    H("5.1  Middelen en regelingen", 2),
    P("Scholen en bibliotheken kunnen voor lezen een beroep doen op verschillende regelingen. Naast de "
      "middelen voor basisvaardigheden die scholen via de lumpsum ontvangen, zijn er subsidies voor "
      "leesbevordering, voor de samenwerking tussen school en bibliotheek en voor activiteiten gericht op jonge "
      "kinderen en hun ouders. Deze regelingen hebben elk hun eigen voorwaarden, aanvraagmomenten en looptijd, "
      "die varieert van één tot vier jaar."),
    P("Schoolleiders en bibliotheekdirecteuren vertelden ons dat zij veel tijd kwijt zijn aan het aanvragen en "
      "verantwoorden van deze middelen. Belangrijker nog: het tijdelijke karakter weerhoudt hen ervan om te "
      "investeren in een aanpak voor de lange termijn, zoals het aanstellen van een leesconsulent of het "
      "opbouwen van een schoolbibliotheek. “Je bouwt iets op, en na twee jaar moet je weer afwachten of het door "
      "kan gaan,” zei een bibliotheekdirecteur."),
    H("5.2  Verantwoording", 2),
    P("In de jaarverslagen van de besturen van de bezochte scholen hebben wij nagegaan wat zij rapporteren over "
      "de inzet van middelen voor lezen en taal. In de meeste jaarverslagen worden deze middelen niet apart "
      "genoemd, of alleen in algemene termen. Slechts vier van de 27 besturen rapporteerden over de resultaten "
      "van hun aanpak. Daardoor is voor de interne toezichthouders, de medezeggenschap en de inspectie "
      "nauwelijks na te gaan of de extra middelen daadwerkelijk bijdragen aan beter leesonderwijs."),
    H("5.3  De lerarenopleidingen", 2),
    P("De pabo's besteden in hun programma aandacht aan taal en lezen, maar de omvang en inhoud verschillen. Op "
      "een deel van de opleidingen gaat het vooral om de eigen taalvaardigheid van studenten en om technisch "
      "lezen; begrijpend lezen en leesmotivatie komen minder aan bod. Een apart getoetst onderdeel "
      "leesdidactiek hebben wij in de onderzochte curricula niet aangetroffen. Beginnende leraren zeggen in onze "
      "gesprekken vaak dat zij het lesgeven in begrijpend lezen vooral in de praktijk, van collega's en uit de "
      "methode hebben geleerd."),
    P("In de tweedegraads lerarenopleidingen is aandacht voor lezen vooral te vinden bij de opleiding "
      "Nederlands. Bij de opleidingen voor andere vakken is taalgericht vakonderwijs op een beperkt aantal "
      "instellingen een keuzeonderdeel. Over de eigen leesvaardigheid van studenten maken docenten van de "
      "opleidingen zich zorgen: een deel van de studenten heeft moeite met het lezen van vakliteratuur en met "
      "het schrijven van een samenhangend betoog."),
    H("5.4  Lezen thuis", 2),
    P("Of kinderen thuis worden voorgelezen en boeken om zich heen hebben, hangt sterk samen met hun "
      "leesvaardigheid. Scholen zien dat steeds meer kinderen thuis weinig in aanraking komen met boeken. "
      "Sommige ouders hebben zelf moeite met lezen of beheersen het Nederlands onvoldoende om voor te lezen. "
      "Scholen proberen ouders te betrekken, bijvoorbeeld met voorleesochtenden of leestassen, maar bereiken "
      "daarmee vooral de ouders die al betrokken zijn. Gemeenten en bibliotheken hebben programma's voor jonge "
      "kinderen, maar die sluiten lang niet altijd aan op wat de school doet."),
    H("5.5  Kennis over leesonderwijs", 2),
    P("Er is de afgelopen jaren veel onderzoek gedaan naar effectief leesonderwijs, maar die kennis bereikt de "
      "klas nog te weinig. Leraren en schoolleiders zeggen dat zij niet goed weten welke aanpak werkt en waar zij "
      "betrouwbare informatie kunnen vinden. Op de plaatsen waar lectoraten van hogescholen, opleidingsscholen en "
      "scholen samenwerken aan vragen over lezen, zagen wij dat nieuwe kennis sneller in de praktijk terechtkomt."),

    H("6  Conclusies"),
    P("Het leesonderwijs in Nederland staat onder druk. De leesvaardigheid van leerlingen daalt, het leesplezier "
      "neemt af en de verschillen tussen groepen leerlingen worden groter. Tegelijk laat dit onderzoek zien dat "
      "scholen het verschil kunnen maken. Op basis van onze bevindingen komen wij tot de volgende conclusies:"),
    bullets(
        "Lezen krijgt op papier voldoende tijd, maar in de praktijk wordt die tijd te weinig besteed aan het "
        "daadwerkelijk lezen van langere en inhoudelijk rijke teksten.",
        "Het onderwijs in begrijpend lezen is te veel gericht op het oefenen van strategieën met losse teksten, "
        "en te weinig op het opbouwen van kennis en woordenschat.",
        "In het voortgezet onderwijs verdwijnt leesonderwijs na de onderbouw grotendeels, en docenten van andere "
        "vakken zijn onvoldoende toegerust om leerlingen bij het lezen van vakteksten te begeleiden.",
        "Scholen, besturen en de overheid hebben onvoldoende zicht op de leesontwikkeling van leerlingen na de "
        "basisschool en op wat de extra middelen voor lezen opleveren.",
        "Het tijdelijke en versnipperde karakter van de financiering belemmert een aanpak voor de lange termijn, "
        "ook voor schoolbibliotheken.",
        "De lerarenopleidingen bereiden aanstaande leraren onvoldoende voor op het onderwijzen van lezen.",
    ),
    P("Geen van deze problemen is met één maatregel op te lossen. Het vraagt inzet van de overheid, van "
      "schoolbesturen en van de lerarenopleidingen, en vooral een lange adem. De aanbevelingen in het volgende "
      "hoofdstuk zijn daarom gericht aan alle drie."),
    PageBreak(),

    H("7  Aanbevelingen"),
    P("De inspectie doet de volgende aanbevelingen. Zij zijn doorlopend genummerd en gegroepeerd naar de partij "
      "tot wie zij zich richten."),
    P("Aan de minister:", bold=True),
    ItemList(items=(
        ListItem("Leg de herziene kerndoelen Nederlands, met expliciete doelen voor begrijpend lezen, leesmotivatie "
                 "en het lezen van langere teksten, uiterlijk met ingang van het schooljaar 2026-2027 wettelijk "
                 "vast, zodat scholen weten wat zij ten minste moeten bereiken.", recommendation=R("1", "OCW")),
        ListItem("Zorg voor structurele bekostiging van schoolbibliotheken in het primair en het voortgezet "
                 "onderwijs, zodat elke school beschikt over een actuele en gevarieerde boekencollectie.",
                 recommendation=R("2", "OCW")),
        ListItem("Verplicht scholen voor voortgezet onderwijs om in alle leerjaren, ook in de bovenbouw van havo "
                 "en vwo, een minimumaantal lesuren aan leesonderwijs te besteden.", recommendation=R("3", "OCW")),
        ListItem("Ontwikkel een landelijke, onafhankelijke meting van de leesvaardigheid aan het eind van de "
                 "onderbouw van het voortgezet onderwijs, zodat scholen en het stelsel zicht krijgen op de "
                 "ontwikkeling van leerlingen na de basisschool.", recommendation=R("4", "OCW")),
        ListItem("Breng de verschillende tijdelijke subsidieregelingen voor lezen en leesbevordering onder in één "
                 "regeling met een looptijd van ten minste vijf jaar, zodat scholen en bibliotheken kunnen bouwen "
                 "aan een duurzame aanpak.", recommendation=R("5", "OCW")),
        ListItem("Ontwikkel samen met gemeenten en openbare bibliotheken een aanpak om voorlezen en lezen thuis te "
                 "stimuleren in gezinnen waar weinig wordt gelezen, met bijzondere aandacht voor ouders die zelf "
                 "moeite hebben met lezen.", recommendation=R("6", "OCW")),
        ListItem("Vraag schoolbesturen om in hun jaarverslag te verantwoorden hoe zij de middelen voor lezen en "
                 "taal hebben ingezet en wat dat heeft opgeleverd.", recommendation=R("7", "OCW")),
    ), style="1."),
    P("Aan schoolbesturen:", bold=True),
    ItemList(items=(
        ListItem("Stel op elke school een leescoördinator aan met voldoende tijd en mandaat om het leesonderwijs "
                 "schoolbreed te verbeteren en te bewaken.", recommendation=R("8", "OTHER")),
        ListItem("Zorg ervoor dat leerlingen in het primair onderwijs en in de onderbouw van het voortgezet "
                 "onderwijs elke schooldag ten minste een half uur lezen in een boek dat zij zelf hebben gekozen.",
                 recommendation=R("9", "OTHER")),
        ListItem("Investeer in de deskundigheid van leraren op het gebied van leesdidactiek, ook van vakdocenten "
                 "in het voortgezet onderwijs die leerlingen met vakteksten laten werken.",
                 recommendation=R("10", "OTHER")),
        ListItem("Kies voor begrijpend lezen lesmethoden en materialen die werken met samenhangende, inhoudelijk "
                 "rijke teksten, in plaats van losse oefenteksten waarin het aanleren van leesstrategieën centraal "
                 "staat.", recommendation=R("11", "OTHER")),
        ListItem("Maak met de openbare bibliotheek in de regio meerjarige afspraken over een bibliotheek op school "
                 "en over de inzet van een leesconsulent.", recommendation=R("12", "OTHER")),
    ), style="1.", start=8),
    P("Aan de lerarenopleidingen:", bold=True),
    ItemList(items=(
        ListItem("Neem leesdidactiek, waaronder het onderwijzen van begrijpend lezen en het bevorderen van "
                 "leesmotivatie, op als verplicht en afzonderlijk getoetst onderdeel van de pabo.",
                 recommendation=R("13", "OTHER")),
        ListItem("Besteed in alle tweedegraads lerarenopleidingen, ook in die voor andere vakken dan Nederlands, "
                 "aandacht aan taalgericht vakonderwijs en aan het lezen van vakteksten.",
                 recommendation=R("14", "OTHER")),
        ListItem("Stel hogere eisen aan de eigen leesvaardigheid van studenten bij de toelating tot de pabo en de "
                 "tweedegraads lerarenopleidingen.", recommendation=R("15", "OTHER")),
        ListItem("Werk met scholen in de regio samen aan een duurzame kennisinfrastructuur voor leesonderwijs, "
                 "bijvoorbeeld door lectoraten op het gebied van lezen te verbinden aan de opleidingsscholen.",
                 recommendation=R("16", "OTHER")),
    ), style="1.", start=13),
    P("De inspectie zal in haar reguliere toezicht en in de Staat van het Onderwijs blijven volgen hoe het "
      "leesonderwijs zich ontwikkelt. Over drie jaar gaan wij na wat er met deze aanbevelingen is gedaan."),
)

REPORT = Document(
    title="Tussen letters en begrip",
    subtitle="Themaonderzoek naar het leesonderwijs in het primair en voortgezet onderwijs",
    blocks=REPORT_BLOCKS,
    running_header="Inspectie van het Onderwijs  |  Tussen letters en begrip",
    footer="{page}",
    font_family="sans",
    imprint=("Inspectie van het Onderwijs", "Ministerie van Onderwijs, Cultuur en Wetenschap", "Utrecht, maart 2025"),
)


# --------------------------------------------------------------------------------------------------------------
# Response: letter of the minister with an annex table
# --------------------------------------------------------------------------------------------------------------

E2 = ("Die structurele bijdrage geldt alleen voor het primair onderwijs; voor het voortgezet onderwijs is binnen de "
      "huidige begroting geen ruimte voor een vergelijkbare bekostiging.")
E12 = ("Ik onderschrijf daarom de aanbeveling aan schoolbesturen om met de openbare bibliotheek meerjarige afspraken "
       "te maken over een bibliotheek op school en de inzet van een leesconsulent.")
E7 = ("Ik ben het met de inspectie eens dat schoolbesturen beter zichtbaar moeten maken wat de middelen voor lezen "
      "en taal opleveren, en zal daarom de Regeling jaarverslaggeving onderwijs zo aanpassen dat besturen vanaf het "
      "verslagjaar 2026 afzonderlijk rapporteren over de inzet en de resultaten van deze middelen.")

E1 = ("De herziene kerndoelen treden op 1 augustus 2026 in werking, zodat zij vanaf het schooljaar 2026-2027 "
      "wettelijk gelden.")
E3 = ("Ik begrijp de wens om het leesonderwijs in de bovenbouw een vaste plek te geven, maar een wettelijke "
      "urennorm voor één onderdeel van het vak Nederlands past niet bij de ruimte die scholen hebben om hun "
      "onderwijs zelf in te richten.")
E4 = ("Over een landelijke invoering besluit ik pas na de evaluatie van deze pilot, die ik in het voorjaar van "
      "2027 verwacht.")
E5 = ("Eén overkoepelende regeling voegt naar mijn oordeel weinig toe en zou vooral leiden tot een nieuwe "
      "aanvraagronde voor scholen en bibliotheken.")
E8 = ("De inspectie richt deze aanbeveling aan de schoolbesturen; ik ga met de PO-Raad en de VO-raad in gesprek "
      "over de vraag of een leescoördinator met vaste uren op elke school haalbaar is en wat daarvoor nodig is.")
E9 = "Ik steun deze aanbeveling."
E10 = ("Met ingang van 1 januari 2026 stel ik daarom vier jaar lang 25 miljoen euro per jaar beschikbaar, waarmee "
       "schoolbesturen scholing in leesdidactiek kunnen bekostigen voor leraren in het primair onderwijs en voor "
       "vakdocenten in het voortgezet onderwijs.")
E11 = ("Ik laat onderzoeken of een onafhankelijke beoordeling van lesmethoden scholen kan helpen bij de keuze voor "
       "methoden met samenhangende, inhoudelijk rijke teksten; de uitkomsten verwacht ik eind 2026.")
E13 = "Ik neem deze aanbeveling over."
E14 = ("Alle tweedegraads lerarenopleidingen nemen deze module vanaf het studiejaar 2027-2028 op in hun verplichte "
       "programma, ook de opleidingen voor andere vakken dan Nederlands; dat heb ik in het bestuurlijk overleg met de "
       "Vereniging Hogescholen afgesproken.")
E15 = ("Ik deel de analyse van de inspectie dat de eigen leesvaardigheid van aankomende leraren aandacht verdient, "
       "maar niet de conclusie dat de toelatingseisen daarvoor moeten worden aangescherpt.")


def C(text: str, *answers: Answer) -> Cell:
    return Cell(text, answers=answers)


ANNEX_ROWS = (
    ("1", "Herziene kerndoelen Nederlands, met doelen voor begrijpend lezen en leesmotivatie, uiterlijk per "
          "schooljaar 2026-2027 wettelijk vastleggen",
     C("Het ontwerpbesluit met de herziene kerndoelen Nederlands ligt sinds februari voor advies bij de Afdeling "
       "advisering van de Raad van State. Begrijpend lezen, leesmotivatie en het lezen van langere teksten zijn "
       "daarin afzonderlijke doelen.\n" + E1 + " Scholen krijgen daarna twee schooljaren om hun onderwijs en hun "
       "lesmateriaal erop af te stemmen.", Answer("1", "agree", E1))),
    ("2", "Structurele bekostiging van schoolbibliotheken in po en vo",
     "Zie hierboven, onder ‘Schoolbibliotheken’."),
    ("3", "Minimumaantal lesuren leesonderwijs in alle leerjaren van het vo verplichten",
     C(E3 + "\nHet examenprogramma Nederlands voor havo en vwo wordt op dit moment herzien. Daarin krijgt het lezen "
       "van langere en complexe teksten meer gewicht. Dat stuurt het onderwijs in de bovenbouw naar mijn oordeel "
       "effectiever dan een voorgeschreven aantal uren.", Answer("3", "disagree", E3))),
    ("4", "Landelijke meting van leesvaardigheid aan het eind van de onderbouw vo",
     C("Ik wil eerst weten of zo’n meting scholen werkelijk helpt, zonder dat de toetsdruk voor leerlingen en "
       "docenten toeneemt. In het schooljaar 2025-2026 start daarom een pilot op 45 scholen met een "
       "leesvaardigheidstoets in het tweede leerjaar.\n" + E4, Answer("4", "partial", E4))),
    ("5", "Subsidieregelingen voor lezen bundelen in één regeling van ten minste vijf jaar",
     C("De huidige regelingen hebben elk een eigen doel en doelgroep: de ene richt zich op jonge kinderen en hun "
       "ouders, een andere op scholen en weer een andere op bibliotheken. Ze zijn vorig jaar verlengd tot en met "
       "2028. " + E5, Answer("5", "disagree", E5))),
    ("6", "Aanpak voor voorlezen en lezen thuis, samen met gemeenten en bibliotheken",
     "Het stimuleren van lezen in gezinnen maakt deel uit van het actieprogramma Tel mee met Taal, dat wordt "
     "gecoördineerd door de minister van Sociale Zaken en Werkgelegenheid. Zij stuurt uw Kamer voor de zomer een "
     "eigen reactie op deze aanbeveling."),
    ("7", "Verantwoording in het jaarverslag over de inzet en opbrengst van middelen voor lezen",
     "Zie de brief, onder ‘Verantwoording over de middelen’."),
    ("8", "Leescoördinator met tijd en mandaat op elke school",
     C(E8 + "\nIk betrek daarbij de ervaringen van scholen die al met een leescoördinator werken.",
       Answer("8", "partial", E8))),
    ("9", "Elke schooldag ten minste een half uur vrij lezen in po en onderbouw vo",
     C(E9 + " Elke dag lezen in een zelfgekozen boek is een van de eenvoudigste en best onderbouwde manieren om "
       "leesplezier en woordenschat te vergroten. In de handreiking bij de nieuwe kerndoelen neem ik dagelijks vrij "
       "lezen op als uitgangspunt voor alle scholen.", Answer("9", "agree", E9))),
    ("10", "Investeren in de deskundigheid van leraren en vakdocenten in leesdidactiek",
     C("Leraren en vakdocenten moeten weten hoe zij leerlingen door een moeilijke tekst heen helpen. " + E10 +
       "\nDat betekent niet dat scholen tot 2026 hoeven te wachten: de bestaande middelen voor professionalisering "
       "mogen hier nu al voor worden gebruikt.", Answer("10", "agree", E10))),
    ("11", "Lesmethoden met samenhangende, inhoudelijk rijke teksten",
     C("Scholen hebben op dit moment weinig zicht op de kwaliteit van lesmethoden voor begrijpend lezen. " + E11,
       Answer("11", "partial", E11))),
    ("12", "Meerjarige afspraken met de openbare bibliotheek over een bibliotheek op school",
     "Zie hierboven, onder ‘Schoolbibliotheken’."),
    ("13", "Leesdidactiek als verplicht en afzonderlijk getoetst onderdeel van de pabo",
     C(E13 + " Vanaf het studiejaar 2026-2027 wordt leesdidactiek een afzonderlijk onderdeel van de landelijke "
       "kennistoets Nederlands op de pabo. De pabo’s werken samen met de Vereniging Hogescholen de toetsmatrijs uit.",
       Answer("13", "agree", E13))),
    ("14", "Taalgericht vakonderwijs in alle tweedegraads lerarenopleidingen",
     C("Voor 2026 en 2027 stel ik in totaal 4 miljoen euro beschikbaar voor de ontwikkeling van een gezamenlijke "
       "module taalgericht vakonderwijs.\n" + E14, Answer("14", "agree", E14))),
    ("15", "Hogere eisen aan de eigen leesvaardigheid bij toelating tot de lerarenopleidingen",
     C(E15 + " Studenten moeten in hun eerste jaar al een landelijke toets Nederlandse taal halen, en een "
       "strengere drempel aan de poort zou de instroom in de lerarenopleidingen verder onder druk zetten.",
       Answer("15", "disagree", E15))),
    ("16", "Kennisinfrastructuur voor leesonderwijs met lectoraten en opleidingsscholen", "-"),
)

RESPONSE_BLOCKS = (
    P("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal, Postbus 20018, 2500 EA Den Haag"),
    P("Datum: 16 juni 2025"),
    P("Betreft: Beleidsreactie op het themaonderzoek ‘Tussen letters en begrip’ van de Inspectie van het Onderwijs"),
    P("Geachte voorzitter,"),
    P("Hierbij zend ik u het themaonderzoek ‘Tussen letters en begrip’ van de Inspectie van het Onderwijs. De "
      "inspectie onderzocht hoe scholen in het primair en voortgezet onderwijs hun leesonderwijs vormgeven en welke "
      "kenmerken van dat onderwijs samenhangen met betere leesresultaten. In deze brief geef ik mijn reactie op de "
      "belangrijkste bevindingen. In de bijlage bij deze brief ga ik per aanbeveling in op wat ik ermee doe."),
    P("Ik dank de inspectie voor dit zorgvuldige onderzoek, en de leerlingen, leraren, schoolleiders en "
      "bestuurders die daaraan hebben meegewerkt voor hun openheid."),
    H("Een zorgelijk beeld", 2),
    P("De uitkomsten van het onderzoek zijn zorgelijk. Steeds minder leerlingen halen aan het eind van de "
      "basisschool het streefniveau voor lezen, en het leesplezier neemt af. De verschillen tussen leerlingen met "
      "een verschillende achtergrond worden groter. Dat raakt niet alleen hun kansen in het onderwijs, maar ook hun "
      "mogelijkheden om later zelfstandig mee te doen in de samenleving."),
    P("Dat betekent niet dat er op scholen niets gebeurt; integendeel. De inspectie beschrijft scholen die met "
      "een heldere visie, een leescoördinator en dagelijks vrij lezen laten zien dat hun leerlingen beter lezen "
      "dan op grond van hun achtergrond te verwachten is. Tegelijk maakt het rapport duidelijk dat die aanpak nog "
      "lang niet overal vanzelfsprekend is, en dat goede bedoelingen in de drukte van de schooldag snel onder druk "
      "komen te staan."),
    P("Het kabinet heeft de versterking van de basisvaardigheden de afgelopen jaren tot speerpunt gemaakt. Scholen "
      "ontvangen daarvoor extra middelen, de kerndoelen voor Nederlands worden herzien en er lopen verschillende "
      "programma’s voor leesbevordering. Het onderzoek van de inspectie laat zien waar die inzet nog tekortschiet: "
      "in de continuïteit, in het voortgezet onderwijs en in de toerusting van leraren."),
    H("Schoolbibliotheken", 2),
    P("Een goede schoolbibliotheek is een eenvoudige maar onmisbare voorwaarde voor vrij lezen. De inspectie laat "
      "zien dat de collectie op ruim een derde van de basisscholen verouderd of te klein is, en dat samenwerking "
      "met de openbare bibliotheek vaak afhangt van tijdelijke middelen. Vanaf 2026 stel ik structureel 38 miljoen "
      "euro per jaar beschikbaar voor schoolbibliotheken in het primair onderwijs. " + E2 + " Een schoolbibliotheek "
      "werkt het best wanneer school en openbare bibliotheek daar voor langere tijd afspraken over maken. " + E12,
      answers=(Answer("2", "partial", E2), Answer("12", "agree", E12))),
    H("Verantwoording over de middelen", 2),
    P("De inspectie constateert dat in de meeste jaarverslagen van schoolbesturen niet terug te vinden is hoe de "
      "middelen voor lezen en taal zijn ingezet, en nog minder wat zij hebben opgeleverd. " + E7 + " Ik bespreek de "
      "uitwerking met de PO-Raad, de VO-raad en de Vereniging van Toezichthouders in Onderwijsinstellingen, zodat de "
      "extra verantwoording zo weinig mogelijk administratieve last oplevert.",
      answers=(Answer("7", "agree", E7),)),
    H("Kennis over goed leesonderwijs", 2),
    P("De inspectie wijst erop dat kennis over effectief leesonderwijs de klas nog te weinig bereikt. Op dit moment "
      "hebben acht hogescholen een lectoraat dat zich richt op taal en lezen. In vijf regio’s werken scholen, "
      "hogescholen en universiteiten samen in een werkplaats onderwijsonderzoek waarin lezen een van de thema’s is. "
      "Het Nationaal Regieorgaan Onderwijsonderzoek financiert deze werkplaatsen tot en met 2027."),
    H("Tot slot", 2),
    P("Beter leesonderwijs vraagt een lange adem en de inzet van velen: van de overheid, van schoolbesturen, "
      "van leraren en van de lerarenopleidingen. Ik zal uw Kamer over de voortgang informeren in de jaarlijkse "
      "voortgangsrapportage basisvaardigheden, voor het eerst in het voorjaar van 2026."),
    P("De minister voor Primair en Voortgezet Onderwijs"),
    PageBreak(),
    H("Bijlage  Reactie op de aanbevelingen van de inspectie"),
    P("In deze bijlage geef ik per aanbeveling mijn reactie. De nummers volgen die van het rapport. De kolom "
      "‘Aanbeveling’ geeft de aanbeveling verkort weer."),
    Table(
        header=("Nr.", "Aanbeveling", "Reactie"),
        rows=ANNEX_ROWS,
        widths=(0.7, 3.0, 6.3),
        rules="rows",
    ),
)

RESPONSE = Document(
    title="Beleidsreactie op het themaonderzoek ‘Tussen letters en begrip’",
    subtitle="Brief van de minister voor Primair en Voortgezet Onderwijs",
    blocks=RESPONSE_BLOCKS,
    running_header="Beleidsreactie ‘Tussen letters en begrip’",
    footer="Pagina {page} van {pages}",
    title_page=False,
    font_family="sans",
)

PAIR = Pair(
    name="education_inspectorate_reading",
    report=REPORT,
    response=RESPONSE,
    description="Inspectie van het Onderwijs-style themaonderzoek on declining reading skills (16 recommendations to "
                "the minister, school boards and teacher training) and the minister's letter with an annex table "
                "(horizontal rules) that refers back to the letter for three recommendations.",
)
