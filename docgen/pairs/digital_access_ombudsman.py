"""Pair: a Nationale ombudsman report on citizens who cannot use digital government services, and the answer.

Layout traits this pair tests: a sans report with a title page, a foreword and a summary that names the themes but
repeats no recommendation; a bulleted method list and a dash list of groups that are not recommendations;
fourteen recommendations lettered "a." to "n." at the end of chapters 3, 4 and 5, the letters running on across
chapters (ItemList start=...); chapter 3 and the first list of chapter 5 have a bold lead-in naming the
staatssecretaris, chapter 4 and the second list of chapter 5 put the addressee inside the item ("UWV: ...").

The response is a letter of the staatssecretaris van BZK (letterhead, no title page) "mede namens" the ministers of
SZW and Financiën. A general part thanks the ombudsman, describes existing policy, says that not all
recommendations can be adopted, and answers recommendation d only by subject. The answer paragraphs then start
with the letter in parentheses, in another order than the report: (j) (k) (l) (m) (f) (e) (g) (h) (a) (c)
"(b) en (i)" (n). Positions: agree without cue words (money, dates), an agency's reported commitment ("UWV biedt
vanaf 1 maart 2026 ..."), "dit gebeurt al en wordt uitgebreid" (agree), "dit gebeurt al" as the reason to do no
more (disagree), a polite refusal ("Ik begrijp de wens ..., maar ..."), "acht het niet wenselijk", a hedge ("Ik laat
onderzoeken of ..."), a pilot in some regions (partial), part of the ask (partial); h is answered only by a
description of a running DUO pilot without a position and m is passed on to the VNG (both not_addressed); b and i
share one paragraph with different positions. All prose is fictional and written for this test set.
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

REPORT_BLOCKS = (
    H("Voorwoord"),
    P("De overheid heeft in vijftien jaar een groot deel van haar dienstverlening naar internet verplaatst. Voor veel "
      "mensen is dat een vooruitgang: een uitkering aanvragen, een toeslag wijzigen of een studieschuld aflossen kan "
      "op elk moment van de dag, vanaf de bank of de keukentafel. Maar bij de Nationale ombudsman melden zich elk "
      "jaar meer mensen voor wie die digitale deur dicht blijft. Zij hebben geen smartphone, lezen niet goed, hebben "
      "een beperking of raken de weg kwijt tussen inlogcodes, sms-berichten en persoonlijke omgevingen."),
    P("Soms gaat het om een ergernis die na een telefoontje is opgelost. Vaak gaat het om meer: om geld waar mensen "
      "recht op hebben en dat zij niet krijgen, om een boete omdat een bericht ongelezen in een digitale berichtenbox "
      "bleef staan, of om een dochter die het wachtwoord van haar moeder gebruikt omdat er geen andere manier is om "
      "haar te helpen. Mensen schamen zich, stellen het uit en komen pas bij ons als de gevolgen al groot zijn."),
    P("Wie een dienst digitaal aanbiedt, moet ook zorgen voor de mensen die dat niet kunnen. Dat is geen gunst, maar "
      "een voorwaarde voor een overheid die er voor iedereen is. In dit rapport beschrijf ik wat burgers tegenkomen, "
      "wat de overheid al doet en wat er volgens mij moet veranderen. Ik dank iedereen die zijn ervaringen met ons "
      "heeft gedeeld, en de medewerkers van uitvoeringsorganisaties, gemeenten en bibliotheken die ons openhartig "
      "inzicht gaven in hun werk."),
    P("Mr. A.M. Verhoef, Nationale ombudsman"),
    H("Samenvatting"),
    P("Steeds meer contact met de overheid verloopt digitaal. Wie een uitkering, toeslag, pensioen of studieschuld "
      "heeft, moet inloggen met DigiD, berichten lezen in MijnOverheid en formulieren invullen in de persoonlijke "
      "omgeving van een uitvoeringsorganisatie. De Nationale ombudsman onderzocht wat dit betekent voor mensen die "
      "dat niet of niet zelfstandig kunnen, en wat de overheid doet om ook hen goed te bedienen."),
    P("Het onderzoek laat zien dat de digitale weg voor een aanzienlijke groep burgers geen keuze is maar een "
      "drempel. Het aantal klachten en signalen over digitale toegang steeg van 412 in 2022 naar 938 in 2024. Mensen "
      "lopen vast bij het aanvragen en activeren van DigiD, bij het machtigen van een familielid, bij het vinden van "
      "een papieren formulier en bij het krijgen van een afspraak aan een loket. Wie bij meer dan één instantie "
      "tegelijk vastloopt, wordt vaak van het kastje naar de muur gestuurd."),
    P("Tegelijk ziet de ombudsman veel goede wil. Medewerkers van de Informatiepunten Digitale Overheid in "
      "bibliotheken helpen jaarlijks tienduizenden mensen. Uitvoeringsorganisaties experimenteren met terugbelservices "
      "en huisbezoeken. Maar die hulp is versnipperd, hangt af van tijdelijk geld en stopt vaak precies op het punt "
      "waar een burger haar het meest nodig heeft: als er in een systeem iets moet gebeuren dat de burger zelf niet "
      "kan."),
    P("De ombudsman doet veertien aanbevelingen. Ze gaan over de toegang tot DigiD en machtigen (hoofdstuk 3), over "
      "de dienstverlening van UWV, de SVB, de Belastingdienst en DUO (hoofdstuk 4) en over hulp dichtbij, bij "
      "Informatiepunten en gemeenten (hoofdstuk 5). De aanbevelingen staan aan het slot van die hoofdstukken en zijn "
      "doorlopend geletterd."),
    PageBreak(),

    # ---------------------------------------------------------------------------------------------- chapter 1
    H("1 Inleiding"),
    H("1.1 Aanleiding", 2),
    P("De Nationale ombudsman ontvangt al jaren klachten van burgers die moeite hebben met de digitale dienstverlening "
      "van de overheid. Sinds 2022 neemt dat aantal snel toe. In 2022 registreerden wij 412 klachten en signalen waarin "
      "digitale toegang de kern van het probleem was, in 2023 waren dat er 655 en in 2024 938. Daarnaast kregen wij "
      "signalen van ouderenbonden, cliëntenraden, schuldhulpverleners en bibliotheken.",
      footnotes=("Een klacht of signaal is hier meegeteld als de burger zelf aangaf niet of niet zelfstandig digitaal "
                 "met de overheid te kunnen communiceren. Klachten over storingen zijn niet meegeteld.",)),
    P("De aanleiding om een onderzoek uit eigen beweging te starten, was de wisseling van het inlogmiddel in 2024. "
      "Voor een groeiend aantal diensten is sindsdien een DigiD op betrouwbaarheidsniveau substantieel of hoog nodig. "
      "Dat niveau is in de praktijk alleen bereikbaar met de DigiD-app op een smartphone, of met een identiteitskaart "
      "met chip en een kaartlezer. Burgers zonder smartphone meldden ons dat zij opeens niet meer bij hun eigen "
      "gegevens konden."),
    H("1.2 Onderzoeksvraag", 2),
    P("De onderzoeksvraag luidt: wat ervaren burgers die de digitale dienstverlening van de overheid niet of niet "
      "zelfstandig kunnen gebruiken, en in hoeverre zorgen de overheid en de uitvoeringsorganisaties ervoor dat deze "
      "burgers gelijkwaardig worden bediend? Wij hebben ons daarbij gericht op de voorzieningen die de rijksoverheid "
      "daarvoor heeft getroffen (DigiD, machtigen, MijnOverheid en de Informatiepunten Digitale Overheid), op de "
      "dienstverlening van vier grote uitvoeringsorganisaties en op de rol van gemeenten."),
    H("1.3 Aanpak", 2),
    P("Het onderzoek liep van januari tot en met juni 2025. Wij hebben:"),
    ItemList((
        ListItem("1.240 klachten en signalen uit 2023 en 2024 geanalyseerd op het soort probleem, de betrokken "
                 "instantie en de gevolgen voor de burger;"),
        ListItem("gesprekken gevoerd met 64 burgers, onder wie 21 mantelzorgers en 9 mensen die dakloos waren of "
                 "kort daarvoor dakloos waren geweest;"),
        ListItem("een vragenlijst uitgezet onder medewerkers van Informatiepunten Digitale Overheid, die door 312 "
                 "medewerkers in 187 bibliotheekvestigingen is ingevuld;"),
        ListItem("gesproken met medewerkers en leidinggevenden van UWV, de SVB, de Belastingdienst, DUO en Logius en "
                 "van zes gemeenten van verschillende omvang;"),
        ListItem("120 keer anoniem gebeld met de telefonische helpdesks van deze organisaties, met vooraf vastgestelde "
                 "vragen over inloggen, machtigen en papieren formulieren."),
    ), style="•"),
    P("De betrokken organisaties hebben een conceptversie van de feitelijke bevindingen ontvangen en daarop "
      "gereageerd. Hun reacties zijn waar nodig verwerkt. De verhalen van burgers in dit rapport zijn geanonimiseerd; "
      "namen zijn gefingeerd."),
    H("1.4 Toetsingskader", 2),
    P("De ombudsman beoordeelt het handelen van de overheid aan de hand van de behoorlijkheidsvereisten. In dit "
      "onderzoek zijn vooral de vereisten toegankelijkheid, maatwerk en samenwerking van belang. Een toegankelijke "
      "overheid is bereikbaar via verschillende kanalen en zorgt dat burgers hun zaken kunnen regelen, ook als zij "
      "niet digitaal vaardig zijn. Maatwerk betekent dat de overheid oog heeft voor de persoonlijke omstandigheden "
      "van de burger. Samenwerking betekent dat organisaties de burger niet doorsturen, maar met elkaar zorgen dat "
      "de vraag wordt opgelost."),
    P("Daarnaast heeft de ombudsman gekeken naar de Wet digitale overheid en naar de afspraken die het kabinet in "
      "de afgelopen jaren heeft gemaakt over digitale inclusie. Die afspraken gaan ervan uit dat digitaal de "
      "standaard is, maar dat niemand mag achterblijven. Dit onderzoek laat zien in hoeverre die belofte in de "
      "praktijk wordt waargemaakt."),
    H("1.5 Leeswijzer", 2),
    P("Hoofdstuk 2 beschrijft wie er vastlopen en waarom. Hoofdstuk 3 gaat over DigiD en machtigen, hoofdstuk 4 over "
      "de dienstverlening van de uitvoeringsorganisaties en hoofdstuk 5 over de hulp die burgers dichtbij kunnen "
      "krijgen. Elk van deze drie hoofdstukken sluit af met conclusies en aanbevelingen. Hoofdstuk 6 beschrijft hoe "
      "de ombudsman de opvolging van dit rapport volgt."),
    PageBreak(),

    # ---------------------------------------------------------------------------------------------- chapter 2
    H("2 Wie vastloopt, en waarom"),
    H("2.1 Omvang van de groep", 2),
    P("Hoeveel mensen niet zelfstandig digitaal met de overheid kunnen communiceren, is niet precies bekend. "
      "Schattingen lopen uiteen van ruim twee tot ruim vier miljoen Nederlanders van zestien jaar en ouder, afhankelijk "
      "van de vraag of het gaat om mensen die helemaal geen internet gebruiken of om mensen die wel internet "
      "gebruiken maar een formulier van de overheid niet zonder hulp kunnen invullen. Duidelijk is dat het geen "
      "kleine restgroep is die vanzelf verdwijnt als de huidige ouderen er niet meer zijn."),
    P("Uit onze analyse van klachten en signalen blijkt dat de problemen zich concentreren bij een aantal groepen. "
      "Het gaat niet om vaste categorieën: veel mensen die bij ons aanklopten, hoorden bij meer dan één groep."),
    ItemList((
        ListItem("Ouderen, vooral boven de 75 jaar, die geen smartphone hebben of die niet durven te gebruiken voor "
                 "bankzaken en overheidszaken."),
        ListItem("Mensen die moeite hebben met lezen en schrijven, in het Nederlands of in het algemeen."),
        ListItem("Mensen met een lichamelijke, verstandelijke of psychische beperking, onder wie mensen met dementie."),
        ListItem("Mensen in een crisissituatie: na een scheiding, bij dakloosheid, bij ernstige schulden of na "
                 "detentie, vaak zonder vast adres en soms zonder geldig identiteitsbewijs."),
        ListItem("Nederlanders die in het buitenland wonen en geen Nederlands telefoonnummer meer hebben."),
    ), style="–"),
    H("2.2 Wat burgers ons vertelden", 2),
    P("Mevrouw Jansen (83) woont zelfstandig in een dorp in Zeeland. Zij heeft een mobiele telefoon met knoppen en "
      "een computer die haar zoon ooit heeft ingericht. Toen de SVB haar vroeg een wijziging in haar woonsituatie "
      "door te geven, lukte het haar niet om in te loggen: de sms-code kwam niet aan en de DigiD-app kon zij niet "
      "installeren. Een papieren formulier stond niet op de website. Pas na drie telefoontjes kreeg zij er een "
      "toegestuurd. ‘Ik voelde me dom,’ zei ze, ‘terwijl ik veertig jaar de boekhouding van ons bedrijf heb gedaan.’"),
    P("De heer Bakker (58) verloor zijn baan en moest een WW-uitkering aanvragen. Hij kan slecht lezen. De aanvraag "
      "kon alleen digitaal. Een buurman hielp hem, maar vulde een verkeerde datum in. Het duurde twee maanden voordat "
      "de fout was hersteld, en in die tijd had de heer Bakker geen inkomen. Een afspraak op het UWV-kantoor kon hij "
      "pas na vier weken krijgen, in een stad veertig kilometer verderop."),
    P("Mevrouw El Amrani (46) zorgt voor haar vader, die dementie heeft. Hij heeft nooit een DigiD gehad. Om hem te "
      "kunnen machtigen, moet hij eerst zelf een DigiD aanvragen en activeren, wat hij niet kan. De Belastingdienst "
      "accepteerde een ondertekende verklaring van haar vader niet. Zij gebruikt nu, zo vertelde zij ons, haar eigen "
      "gegevens om hem te helpen waar dat kan en belt voor de rest, ‘elke keer opnieuw mijn hele verhaal vertellend’."),
    P("De heer Visser (31) sliep een half jaar bij vrienden en in de nachtopvang. Zijn telefoon werd gestolen, "
      "en daarmee ook zijn DigiD-app. Om een nieuwe DigiD te activeren, moest een brief naar zijn briefadres worden "
      "gestuurd. Die brief kwam niet aan. In de tussentijd kon hij zijn uitkering niet inzien, zijn zorgtoeslag niet "
      "wijzigen en zijn studieschuld niet pauzeren. ‘Alles ging via dat ene ding dat ik niet meer had.’"),
    H("2.3 Wat de overheid al doet", 2),
    P("De overheid heeft de afgelopen jaren verschillende maatregelen genomen om burgers te helpen die de digitale "
      "weg niet zelfstandig kunnen gaan. In ongeveer 800 bibliotheekvestigingen en andere locaties is een "
      "Informatiepunt Digitale Overheid ingericht, waar burgers zonder afspraak terechtkunnen met vragen over "
      "overheidszaken. Er is een landelijke DigiD-helpdesk. Met DigiD Machtigen kan een burger een ander toestemming "
      "geven om namens hem zaken te regelen. Veel uitvoeringsorganisaties bieden op verzoek papieren formulieren aan "
      "en hebben terugbelservices ingericht.",
      footnotes=("Het aantal locaties is ontleend aan opgave van de Koninklijke Bibliotheek over het voorjaar van "
                 "2025; het aantal wisselt door openingen en sluitingen van vestigingen.",)),
    P("Deze voorzieningen zijn waardevol en worden veel gebruikt. Het onderzoek laat echter zien dat zij niet goed op "
      "elkaar aansluiten, dat zij vaak onbekend zijn bij de mensen die ze het meest nodig hebben en dat zij op "
      "belangrijke punten tekortschieten. In de volgende hoofdstukken werken wij dat uit."),
    PageBreak(),

    # ---------------------------------------------------------------------------------------------- chapter 3
    H("3 Toegang tot DigiD en machtigen"),
    H("3.1 DigiD aanvragen en activeren zonder smartphone", 2),
    P("DigiD is de sleutel tot vrijwel alle digitale diensten van de overheid. Sinds de verhoging van de vereiste "
      "betrouwbaarheidsniveaus is voor het inzien en wijzigen van gegevens bij UWV, de SVB en de Belastingdienst in "
      "veel gevallen het niveau substantieel nodig. Dat niveau wordt bereikt met de DigiD-app, gekoppeld aan een "
      "identiteitsbewijs, of met een identiteitskaart met chip en een kaartlezer. De inlogmethode met gebruikersnaam, "
      "wachtwoord en sms-code volstaat daarvoor niet meer."),
    P("Voor burgers zonder smartphone is de kaartlezer in theorie een alternatief. In de praktijk hebben wij niemand "
      "gesproken die deze route met succes had gevolgd. De kaartlezer moet zelf worden aangeschaft, de installatie "
      "vraagt computerkennis en niet elke identiteitskaart is geschikt. Bibliotheekmedewerkers gaven aan dat zij de "
      "kaartlezer zelden adviseren. Een gemeente in ons onderzoek bood burgers aan om aan de balie een DigiD te "
      "activeren met hulp van een medewerker; elders in het land bestaat die mogelijkheid niet."),
    P("In 17 procent van de klachten en signalen die wij analyseerden, was het aanvragen of activeren van DigiD het "
      "eerste probleem waarop de burger vastliep. Bij burgers boven de 75 jaar was dat 31 procent."),
    H("3.2 Machtigen", 2),
    P("Met DigiD Machtigen kan een burger een familielid, mantelzorger of hulpverlener machtigen om namens hem "
      "zaken te regelen bij een overheidsorganisatie. Beide partijen hebben daarvoor een eigen DigiD nodig. Juist "
      "mensen die het hardst hulp nodig hebben, hebben vaak geen DigiD en kunnen die ook niet meer zelf aanvragen. "
      "Voor hen rest alleen een bewind, curatele of mentorschap via de rechter, of een wettelijke vertegenwoordiging "
      "die niet voor alle diensten geldt."),
    P("De mantelzorgers die wij spraken, zochten zelf naar oplossingen. Een groot deel gebruikte de inloggegevens van "
      "de persoon voor wie zij zorgden. Zij wisten vaak dat dit niet mag, maar zagen geen andere mogelijkheid. Zo "
      "ontstaat een situatie waarin de overheid haar eigen regels onhoudbaar maakt: zij vraagt om een veilige "
      "machtiging, maar biedt die niet aan de mensen die er het meest op aangewezen zijn."),
    P("Het wetsvoorstel over digitale machtigingen dat in voorbereiding is, biedt volgens de betrokken ministeries "
      "een oplossing voor een deel van deze groep. Uit de gesprekken bleek dat het voorstel zich in eerste instantie "
      "richt op een beperkt aantal organisaties en dat onduidelijk is wanneer het voor de hele overheid gaat gelden.",
      footnotes=("Gesprekken met het ministerie van Binnenlandse Zaken en Koninkrijksrelaties en met Logius, maart "
                 "en april 2025.",)),
    H("3.3 Hulp bij problemen met DigiD", 2),
    P("De DigiD-helpdesk is op werkdagen bereikbaar van 8.00 tot 17.00 uur. Bij onze 40 proefgesprekken met de "
      "helpdesk bedroeg de wachttijd gemiddeld 14 minuten; in 6 gevallen werd de verbinding verbroken voordat wij een "
      "medewerker spraken. Medewerkers waren vriendelijk en deskundig over DigiD zelf, maar konden niet helpen bij "
      "vragen over machtigen bij een specifieke organisatie. Zij verwezen dan naar die organisatie, die op haar beurt "
      "terugverwees naar de helpdesk."),
    P("Mantelzorgers en werkende burgers gaven aan dat zij de helpdesk overdag moeilijk kunnen bereiken. Een aantal "
      "van hen belde vanuit het werk, in de pauze, en moest ophangen voordat zij aan de beurt waren."),
    H("3.4 Zicht op uitval", 2),
    P("Logius houdt bij hoeveel DigiD-aanvragen worden gedaan en hoeveel daarvan worden geactiveerd. Het verschil "
      "is aanzienlijk: in 2024 werd ruim een op de acht aanvragen niet binnen de geldigheidstermijn van de "
      "activeringscode afgerond. Waarom dat zo is, en wie deze burgers zijn, wordt niet onderzocht. Ook over het "
      "aantal mislukte pogingen om een machtiging te regelen, bestaan geen cijfers. Daardoor weet niemand hoeveel "
      "burgers vastlopen en of maatregelen helpen."),
    H("3.5 Conclusie en aanbevelingen", 2),
    P("De ombudsman concludeert dat de toegang tot DigiD en machtigen voor een deel van de burgers feitelijk "
      "geblokkeerd is. De eisen aan de betrouwbaarheid van het inloggen zijn begrijpelijk, maar er is onvoldoende "
      "gezorgd voor burgers die aan die eisen niet zelfstandig kunnen voldoen. Mantelzorgers worden in een positie "
      "gebracht waarin zij regels moeten overtreden om te kunnen helpen."),
    P("De Nationale ombudsman beveelt de staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties aan:",
      bold=True),
    ItemList((
        ListItem("Zorg dat burgers zonder smartphone een DigiD op betrouwbaarheidsniveau substantieel kunnen krijgen "
                 "en activeren zonder app en zonder eigen kaartlezer, met persoonlijke hulp aan de balie van hun "
                 "gemeente.", recommendation=R("a", "BZK")),
        ListItem("Regel wettelijk dat iedere burger een familielid, mantelzorger of hulpverlener digitaal kan "
                 "machtigen voor alle overheidsdiensten, ook als de burger zelf geen DigiD heeft of kan krijgen.",
                 recommendation=R("b", "BZK")),
        ListItem("Zorg dat de DigiD-helpdesk ook ’s avonds en op zaterdag bereikbaar is en dat burgers daar ook "
                 "geholpen worden met vragen over machtigen, zodat zij niet worden doorverwezen.",
                 recommendation=R("c", "BZK")),
        ListItem("Breng jaarlijks in kaart hoeveel burgers vastlopen bij het aanvragen, activeren en herstellen van "
                 "DigiD en bij het machtigen, en waarom, en rapporteer daarover aan de Tweede Kamer.",
                 recommendation=R("d", "BZK")),
    ), style="a."),
    PageBreak(),

    # ---------------------------------------------------------------------------------------------- chapter 4
    H("4 De dienstverlening van de uitvoeringsorganisaties"),
    H("4.1 Digitaal als standaard", 2),
    P("UWV, de SVB, de Belastingdienst en DUO handelen samen vele miljoenen aanvragen, wijzigingen en aangiften per "
      "jaar af. Alle vier hebben de afgelopen jaren het digitale kanaal tot standaard gemaakt. Een WW-uitkering "
      "aanvragen kan bij UWV alleen digitaal; wie dat niet kan, moet een afspraak maken. Bij de SVB kan de AOW op "
      "papier worden aangevraagd, maar het formulier staat niet op de website en moet telefonisch worden "
      "opgevraagd. De Belastingdienst verstuurt de uitnodiging voor de aangifte inkomstenbelasting standaard "
      "digitaal, via de Berichtenbox van MijnOverheid. DUO regelt vrijwel alle contacten met oud-studenten via de "
      "persoonlijke omgeving Mijn DUO."),
    P("De organisaties wezen erop dat het digitale kanaal voor de grote meerderheid van hun klanten goed werkt en "
      "dat het hun de ruimte geeft om meer tijd te besteden aan mensen die hulp nodig hebben. De ombudsman herkent "
      "dat. Het onderzoek laat echter zien dat die ruimte niet altijd wordt benut en dat de weg naar persoonlijke "
      "hulp voor burgers vaak moeilijk te vinden is."),
    H("4.2 Het papieren alternatief", 2),
    P("Alle vier organisaties gaven aan dat burgers op verzoek een papieren formulier kunnen krijgen. In de praktijk "
      "bleek dat lastig. Bij onze proefgesprekken kregen wij in 23 van de 40 gevallen direct toezegging dat een "
      "formulier zou worden toegestuurd; in de overige gevallen werden wij eerst gewezen op de digitale route of "
      "doorverbonden. Op de websites van UWV en de Belastingdienst vonden wij voor de meeste diensten geen "
      "verwijzing naar een papieren mogelijkheid. In de brieven die burgers ontvangen, wordt meestal alleen de "
      "digitale route genoemd."),
    P("Voor sommige diensten bestaat helemaal geen papieren formulier. Medewerkers moeten dan zelf een oplossing "
      "bedenken, bijvoorbeeld door de gegevens telefonisch op te nemen. Of dat gebeurt, hangt af van de medewerker "
      "die de burger treft."),
    H("4.3 Persoonlijk contact bij UWV", 2),
    P("UWV heeft het aantal kantoren waar burgers zonder uitnodiging terechtkunnen de afgelopen tien jaar sterk "
      "verminderd. Burgers die hulp nodig hebben bij een aanvraag, kunnen een afspraak maken. In onze proefgesprekken "
      "was de eerste beschikbare afspraak gemiddeld 17 werkdagen na het telefoontje. In drie van de elf "
      "arbeidsmarktregio's die wij onderzochten, lag het dichtstbijzijnde kantoor met beschikbare afspraken meer dan "
      "dertig kilometer van de woonplaats van de beller. Voor iemand die net zijn baan heeft verloren en een "
      "aanvraag binnen een week moet doen, is dat te laat en te ver."),
    H("4.4 Brieven van de Belastingdienst", 2),
    P("De Belastingdienst verstuurt steeds meer berichten uitsluitend digitaal. Burgers die een DigiD hebben, "
      "ontvangen de uitnodiging voor de aangifte en de aanslag in hun Berichtenbox, tenzij zij zelf hebben gevraagd "
      "om post op papier. Uit de klachten blijkt dat vooral ouderen niet weten dat zij dat kunnen vragen, of niet "
      "weten dat zij een Berichtenbox hebben. Zij hebben ooit een DigiD aangevraagd, bijvoorbeeld met hulp van een "
      "kleinkind, en loggen daarna nooit meer in. De gevolgen kunnen groot zijn: een gemiste aangifte leidt tot een "
      "ambtshalve aanslag en soms een boete."),
    P("De Belastingdienst heeft in 2024 een aantal groepen burgers automatisch weer op papier gezet. De criteria "
      "daarvoor zijn beperkt. Burgers die de afgelopen jaren niet hebben ingelogd, vallen er niet zonder meer onder."),
    H("4.5 Terugbetalen van studieschuld bij DUO", 2),
    P("Oud-studenten die hun studieschuld terugbetalen, kunnen hun betalingsregeling, een draagkrachtmeting of een "
      "pauze in de aflossing alleen regelen via Mijn DUO. Wie geen DigiD heeft, bijvoorbeeld omdat hij in het "
      "buitenland woont of zijn telefoon kwijt is, kan dat niet. DUO biedt in uitzonderlijke gevallen een "
      "telefonische oplossing, maar die is niet bekend en wordt niet actief aangeboden. De klachten die wij "
      "ontvingen, gingen vaak over oplopende achterstanden die hadden kunnen worden voorkomen."),
    H("4.6 Mantelzorgers en papieren machtigingen", 2),
    P("Zolang digitaal machtigen niet voor iedereen mogelijk is, vragen mantelzorgers om een andere manier om voor "
      "een ander op te treden. Een ondertekende machtiging op papier, met een kopie van het identiteitsbewijs van "
      "de betrokkene, wordt door de organisaties verschillend behandeld. De SVB accepteert haar in sommige gevallen; "
      "UWV, de Belastingdienst en DUO doen dat in de regel niet, met een beroep op fraudegevoeligheid en de "
      "bescherming van persoonsgegevens. De ombudsman begrijpt die zorg, maar stelt vast dat burgers daardoor geen "
      "enkele toegestane route hebben."),
    H("4.7 Conclusie en aanbevelingen", 2),
    P("De ombudsman concludeert dat de uitvoeringsorganisaties een niet-digitaal alternatief formeel aanbieden, maar "
      "dat het in de praktijk moeilijk te vinden is en afhangt van de medewerker. Persoonlijk contact is voor veel "
      "burgers te ver weg of te laat beschikbaar. Mantelzorgers hebben geen begaanbare weg om voor hun naaste op te "
      "treden."),
    P("De Nationale ombudsman beveelt de uitvoeringsorganisaties het volgende aan:", bold=True),
    ItemList((
        ListItem("UWV, SVB en de Belastingdienst: bied voor elk digitaal formulier een gelijkwaardig papieren "
                 "alternatief aan en vermeld dat alternatief duidelijk op de website en in iedere brief waarin de "
                 "burger om een handeling wordt gevraagd.", recommendation=R("e", "SZW", "FIN")),
        ListItem("UWV: zorg dat iedere burger die hulp nodig heeft bij een aanvraag, binnen vijf werkdagen een "
                 "afspraak kan krijgen op een kantoor in de eigen arbeidsmarktregio.",
                 recommendation=R("f", "SZW")),
        ListItem("Belastingdienst: stuur de uitnodiging voor de aangifte inkomstenbelasting automatisch op papier aan "
                 "burgers van 75 jaar en ouder die in de twee voorgaande jaren niet hebben ingelogd in de "
                 "Berichtenbox of Mijn Belastingdienst.", recommendation=R("g", "FIN")),
        ListItem("DUO: maak het mogelijk dat oud-studenten hun betalingsregeling, draagkrachtmeting en aflosvrije "
                 "periode ook telefonisch of per brief regelen, zonder DigiD.", recommendation=R("h", "OCW")),
        ListItem("UWV, SVB, de Belastingdienst en DUO: accepteer een ondertekende schriftelijke machtiging van een "
                 "familielid of mantelzorger, zolang digitaal machtigen niet voor iedere burger mogelijk is.",
                 recommendation=R("i", "SZW", "FIN", "OCW")),
    ), style="a.", start=5),
    PageBreak(),

    # ---------------------------------------------------------------------------------------------- chapter 5
    H("5 Hulp dichtbij"),
    H("5.1 De Informatiepunten Digitale Overheid", 2),
    P("De Informatiepunten Digitale Overheid zijn voor veel burgers de eerste plek waar zij hulp zoeken. Het gaat om "
      "een samenwerking van bibliotheken met UWV, de SVB, de Belastingdienst, DUO, het CAK en andere organisaties. "
      "Medewerkers en vrijwilligers helpen burgers met het vinden van informatie, het invullen van formulieren en het "
      "aanvragen van DigiD. In 2024 telden de Informatiepunten samen ruim 190.000 bezoeken."),
    P("Uit de vragenlijst blijkt dat medewerkers hun werk belangrijk vinden en dat burgers tevreden zijn over de "
      "hulp. Tegelijk maken de medewerkers zich zorgen over de toekomst. De financiering van de Informatiepunten "
      "loopt via tijdelijke regelingen die eind 2026 aflopen. Ruim twee derde van de bibliotheken gaf aan dat zij "
      "zonder zekerheid over de financiering na 2026 geen nieuwe medewerkers kunnen aannemen of opleiden. Een aantal "
      "kleinere bibliotheken heeft het Informatiepunt al beperkt tot één dagdeel per week."),
    H("5.2 Grenzen aan de hulp", 2),
    P("Medewerkers van de Informatiepunten mogen niet namens de burger inloggen en kunnen niet meekijken in de "
      "persoonlijke omgeving van een uitvoeringsorganisatie. Zij helpen de burger terwijl die zelf inlogt, of zij "
      "bellen samen met de burger de organisatie. Als het inloggen zelf het probleem is, staan zij met lege handen. "
      "Meer dan de helft van de medewerkers gaf aan dat zij burgers wekelijks moeten doorverwijzen zonder dat het "
      "probleem is opgelost."),
    P("Een aantal medewerkers pleitte ervoor dat zij, met toestemming van de burger, kunnen meekijken in de "
      "systemen van de uitvoeringsorganisaties. Zij wezen erop dat medewerkers van gemeenten en schuldhulpverleners "
      "in sommige situaties wel zo’n mogelijkheid hebben. De uitvoeringsorganisaties waren terughoudend en wezen op "
      "de bescherming van persoonsgegevens en op de verantwoordelijkheid voor de juistheid van de gegevens."),
    H("5.3 Een recht op een niet-digitaal kanaal", 2),
    P("De Wet digitale overheid regelt hoe burgers veilig kunnen inloggen bij de overheid. Zij regelt niet dat "
      "burgers die dat niet kunnen, recht hebben op een andere weg. De Algemene wet bestuursrecht bepaalt dat een "
      "bestuursorgaan een bericht digitaal mag versturen als de burger kenbaar heeft gemaakt langs die weg "
      "voldoende bereikbaar te zijn, maar schrijft niet voor dat er altijd een niet-digitaal kanaal is voor "
      "aanvragen en wijzigingen. Of een burger een papieren formulier of persoonlijk contact krijgt, is daardoor een "
      "keuze van de organisatie en geen recht van de burger.",
      footnotes=("Zie artikel 2:14 van de Algemene wet bestuursrecht en de toelichting daarop.",)),
    P("In de gesprekken met de ministeries werd erop gewezen dat een wettelijk recht op een niet-digitaal kanaal "
      "gevolgen heeft voor de uitvoering en voor de kosten. De ombudsman erkent dat. Hij stelt daar tegenover dat de "
      "huidige praktijk, waarin elke organisatie zelf bepaalt wat zij aanbiedt, voor burgers ondoorzichtig is en tot "
      "ongelijke behandeling leidt."),
    H("5.4 De rol van gemeenten", 2),
    P("Gemeenten zijn voor burgers de meest nabije overheid. Veel burgers gaan met hun vragen over DigiD, toeslagen "
      "of uitkeringen eerst naar het gemeentehuis. Wat zij daar aantreffen, verschilt sterk. Van de zes gemeenten in "
      "ons onderzoek hadden er twee een vaste balie waar burgers hulp kregen bij digitale zaken van andere "
      "overheden. Twee andere verwezen naar de bibliotheek. In de overige twee gemeenten was het antwoord afhankelijk "
      "van de medewerker aan de balie."),
    P("Gemeenten gaven aan dat zij zich verantwoordelijk voelen voor hun inwoners, maar dat hulp bij zaken van "
      "andere overheden niet tot hun taken behoort en niet wordt vergoed. Sommige gemeenten hebben hun "
      "openingstijden de afgelopen jaren beperkt, waardoor burgers die overdag werken of zorgen er moeilijk "
      "terechtkunnen."),
    H("5.5 Vastlopen bij meerdere instanties", 2),
    P("Een op de vijf burgers die wij spraken, liep bij meer dan één organisatie tegelijk vast. Dat gebeurt vooral "
      "bij ingrijpende gebeurtenissen: het verlies van een baan, een scheiding of het overlijden van een partner. De "
      "burger moet dan bij UWV, de Belastingdienst, de SVB en de gemeente afzonderlijk zijn verhaal doen, elk met een "
      "eigen inlog, eigen formulieren en eigen termijnen. Medewerkers van de organisaties kunnen elkaar zelden "
      "rechtstreeks bereiken. Het resultaat is dat de burger zelf de coördinatie moet doen, terwijl hij daar juist op "
      "dat moment het minst toe in staat is."),
    H("5.6 Conclusie en aanbevelingen", 2),
    P("De ombudsman concludeert dat de hulp dichtbij waardevol is, maar kwetsbaar. De Informatiepunten hangen af van "
      "tijdelijk geld, hun medewerkers kunnen de burger niet helpen op het punt waar het vastloopt, en of een "
      "burger een niet-digitale weg krijgt, is geen recht maar geluk. Gemeenten vangen veel op zonder dat dit "
      "geregeld is, en burgers die bij meerdere organisaties tegelijk vastlopen, moeten de coördinatie zelf doen."),
    P("De Nationale ombudsman beveelt de staatssecretaris aan:", bold=True),
    ItemList((
        ListItem("Zorg voor structurele financiering van de Informatiepunten Digitale Overheid vanaf 2027, zodat "
                 "bibliotheken de hulp kunnen voortzetten en medewerkers kunnen aannemen en opleiden.",
                 recommendation=R("j", "BZK")),
        ListItem("Geef medewerkers van de Informatiepunten Digitale Overheid de mogelijkheid om, met toestemming van "
                 "de burger, mee te kijken in de persoonlijke omgeving van UWV, de SVB en de Belastingdienst.",
                 recommendation=R("k", "BZK")),
        ListItem("Leg wettelijk vast dat burgers bij iedere overheidsorganisatie recht hebben op een niet-digitale "
                 "manier om een aanvraag te doen, een wijziging door te geven en bezwaar te maken.",
                 recommendation=R("l", "BZK")),
    ), style="a.", start=10),
    P("Daarnaast beveelt de Nationale ombudsman aan:", bold=True),
    ItemList((
        ListItem("Gemeenten: zorg dat er in iedere gemeente ten minste één fysiek loket is waar burgers hulp krijgen "
                 "bij digitale zaken van alle overheden, ook op een avond of zaterdag.",
                 recommendation=R("m", "GEMEENTEN")),
        ListItem("Gemeenten, UWV, SVB en de Belastingdienst: wijs in iedere arbeidsmarktregio één gezamenlijk "
                 "aanspreekpunt aan voor burgers die bij meerdere instanties tegelijk vastlopen, dat de zaak met alle "
                 "betrokken organisaties regelt.", recommendation=R("n", "GEMEENTEN", "SZW", "FIN")),
    ), style="a.", start=13),
    PageBreak(),

    # ---------------------------------------------------------------------------------------------- chapter 6
    H("6 Tot slot"),
    P("De digitale overheid is er om te blijven, en dat is goed. Maar een overheid die haar dienstverlening "
      "digitaliseert, neemt daarmee ook de verantwoordelijkheid op zich voor de mensen die die stap niet kunnen "
      "zetten. Dit rapport laat zien dat die verantwoordelijkheid nu vooral wordt gedragen door welwillende "
      "medewerkers, vrijwilligers en familieleden, en te weinig door het stelsel zelf."),
    P("De Nationale ombudsman verzoekt de staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties om binnen "
      "drie maanden na publicatie van dit rapport te laten weten wat er met de aanbevelingen wordt gedaan, mede "
      "namens de andere betrokken bewindspersonen. De ombudsman zal de opvolging van de aanbevelingen volgen en "
      "verwacht in 2027 een vervolgonderzoek te doen naar de ervaringen van burgers."),
    P("Burgers die vastlopen in de digitale dienstverlening van de overheid, kunnen zich ook in de tussentijd bij de "
      "Nationale ombudsman melden. Wij blijven hun signalen verzamelen en bespreken die in het periodieke overleg "
      "met de betrokken organisaties."),
    H("Bijlage: Verantwoording van de cijfers", 2),
    P("De cijfers over klachten en signalen zijn ontleend aan het registratiesysteem van de Nationale ombudsman. "
      "Een dossier kan meer dan één probleem bevatten; in de analyse is het eerste probleem gecodeerd waarop de "
      "burger volgens zijn eigen beschrijving vastliep. De proefgesprekken zijn in de periode februari tot en met "
      "april 2025 op wisselende dagen en tijdstippen gevoerd. De vragenlijst onder medewerkers van de Informatiepunten "
      "had een respons van 312 medewerkers; omdat het totale aantal medewerkers en vrijwilligers niet bekend is, kan "
      "geen responspercentage worden berekend."),
)

REPORT = Document(
    title="Buiten de digitale deur",
    subtitle="Onderzoek naar burgers die vastlopen in de digitale dienstverlening van de overheid",
    blocks=REPORT_BLOCKS,
    running_header="Nationale ombudsman | Buiten de digitale deur",
    footer="{page}",
    imprint=("Nationale ombudsman", "Rapport 2025/087", "Den Haag, 14 oktober 2025"),
    font_family="sans",
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV_D = ("Ik ben het met de ombudsman eens dat dit zicht ontbreekt en zal daarom vanaf 2026 jaarlijks in de Staat van "
        "de Digitale Overheid aan uw Kamer rapporteren hoeveel burgers een aanvraag, activering of herstel van DigiD of een "
        "machtiging niet afronden, en waar en waarom zij afhaken.")
EV_J = ("Het kabinet heeft daarom besloten de Informatiepunten vanaf 2027 structureel te financieren: op de begroting "
        "van Binnenlandse Zaken en Koninkrijksrelaties is vanaf dat jaar € 9,5 miljoen per jaar beschikbaar voor de "
        "bibliotheken die een Informatiepunt hebben.")
EV_K = ("Ik acht het niet wenselijk dat medewerkers van bibliotheken toegang krijgen tot de persoonlijke omgeving van "
        "burgers bij UWV, de SVB en de Belastingdienst, ook niet met toestemming van de burger.")
EV_L = ("Ik laat daarom onderzoeken of een algemeen recht op een niet-digitaal kanaal in de Algemene wet "
        "bestuursrecht of in de Wet digitale overheid kan worden vastgelegd, en wat dat zou vragen van de "
        "uitvoeringsorganisaties.")
EV_F = ("UWV biedt vanaf 1 maart 2026 iedere burger die hulp nodig heeft bij een aanvraag, binnen vijf werkdagen een "
        "afspraak aan op een UWV-kantoor in de eigen arbeidsmarktregio.")
EV_E = ("Een papieren versie van elk formulier komt er echter niet: UWV, de SVB en de Belastingdienst maken papieren "
        "formulieren voor de twintig meest gebruikte diensten, en voor de overige diensten blijft telefonische hulp "
        "de route.")
EV_G = ("Vanaf de aangifte over het belastingjaar 2025 stuurt de Belastingdienst de uitnodiging bovendien "
        "automatisch op papier aan iedere burger van 75 jaar of ouder die in de twee voorgaande jaren niet heeft "
        "ingelogd in de Berichtenbox of in Mijn Belastingdienst.")
EV_A = ("Vanaf 1 april 2026 kunnen burgers zonder smartphone bij iedere gemeentebalie met hulp van een medewerker "
        "een DigiD op niveau substantieel aanvragen en activeren met hun identiteitskaart of paspoort; Logius "
        "ontvangt daarvoor in 2026 € 3,8 miljoen en vanaf 2027 € 1,2 miljoen per jaar.")
EV_C = "Ik zie daarom geen aanleiding om de openingstijden van de helpdesk te verruimen of haar taak uit te breiden."
EV_B = ("Het wetsvoorstel digitale machtigingen, dat ik in het voorjaar van 2026 bij uw Kamer indien, regelt dat ook "
        "een burger zonder eigen DigiD een ander kan machtigen, maar alleen voor de diensten van UWV, de SVB en de "
        "Belastingdienst; voor gemeenten en de overige overheidsorganisaties volgt dat op een later moment, waarvoor "
        "ik nog geen datum kan noemen.")
EV_I = ("Ik begrijp de wens van mantelzorgers om op deze manier te kunnen helpen, maar de uitvoeringsorganisaties "
        "gaan geen schriftelijke machtigingen met een kopie van het identiteitsbewijs accepteren, omdat zij de "
        "echtheid daarvan niet kunnen vaststellen.")
EV_N = ("UWV, de SVB en de Belastingdienst gaan daarom in 2026 samen met de gemeenten in vier arbeidsmarktregio’s "
        "een gezamenlijk aanspreekpunt inrichten; over invoering in de overige regio’s besluiten wij pas na de "
        "evaluatie in 2027.")

RESPONSE_BLOCKS = (
    P("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal"),
    P("Datum: 20 januari 2026    Betreft: Reactie op het rapport ‘Buiten de digitale deur’ van de Nationale "
      "ombudsman"),
    P("Geachte Voorzitter,"),
    P("Op 14 oktober 2025 publiceerde de Nationale ombudsman het rapport ‘Buiten de digitale deur’ over burgers die "
      "vastlopen in de digitale dienstverlening van de overheid. Met deze brief bied ik u, mede namens de minister "
      "van Sociale Zaken en Werkgelegenheid en de minister van Financiën, de reactie van het kabinet op dit rapport "
      "aan. De reactie is tot stand gekomen in overleg met UWV, de SVB, de Belastingdienst, DUO, Logius en de "
      "Vereniging van Nederlandse Gemeenten."),
    P("Ik dank de Nationale ombudsman voor dit heldere en betrokken rapport. De verhalen van mevrouw Jansen, de heer "
      "Bakker, mevrouw El Amrani en de heer Visser maken duidelijk wat er op het spel staat: het gaat niet om "
      "gebruiksgemak, maar om de vraag of mensen krijgen waar zij recht op hebben. Ik dank ook de burgers, "
      "mantelzorgers en medewerkers die hun ervaringen met de ombudsman hebben gedeeld."),
    H("1. Algemeen", 2),
    P("Het kabinet wil een overheid die digitaal is waar dat kan en menselijk waar dat nodig is. De digitale "
      "dienstverlening is voor de meeste burgers sneller en eenvoudiger geworden. Tegelijk heeft het kabinet altijd "
      "gezegd dat niemand mag achterblijven. De werkagenda voor een waardengedreven digitale overheid bevat daarom "
      "een aparte lijn voor digitale inclusie, waarin onder meer de Informatiepunten Digitale Overheid, de "
      "programma’s voor basisvaardigheden en de toegankelijkheid van websites en apps zijn ondergebracht."),
    P("Sinds 2021 zijn Informatiepunten Digitale Overheid ingericht in het grootste deel van de bibliotheken. In "
      "2024 is de inlogmethode met sms-controle voor een aantal diensten vervangen door hogere "
      "betrouwbaarheidsniveaus, omdat de risico’s op misbruik van DigiD toenamen. Tegelijk is de DigiD-app "
      "eenvoudiger gemaakt en is een voorleesfunctie toegevoegd. De uitvoeringsorganisaties hebben elk een "
      "programma voor dienstverlening aan burgers die extra hulp nodig hebben, met terugbelservices, huisbezoeken "
      "en spreekuren op locatie."),
    P("Het rapport van de ombudsman laat zien dat deze maatregelen niet genoeg zijn. Voorzieningen bestaan, maar "
      "burgers vinden ze niet, ze sluiten niet op elkaar aan en ze houden op waar de burger ze het hardst nodig "
      "heeft. Dat beeld herken ik. Het komt overeen met signalen die mij ook via de uitvoeringsorganisaties, de "
      "bibliotheken en de Kamer hebben bereikt."),
    P("De ombudsman wijst er terecht op dat niemand goed weet hoeveel mensen bij de digitale overheid vastlopen. "
      "Logius registreert hoeveel DigiD-aanvragen niet worden geactiveerd, maar die cijfers worden niet "
      f"geanalyseerd en over mislukte machtigingen bestaan geen gegevens. {EV_D} Daarbij betrek ik ook de signalen "
      "van de Informatiepunten en van de uitvoeringsorganisaties.",
      answers=(Answer("d", "agree", EV_D),)),
    P("Niet alle aanbevelingen kan ik overnemen. Een aantal aanbevelingen vraagt om maatregelen die de veiligheid "
      "van persoonsgegevens in gevaar brengen of die de uitvoeringsorganisaties niet op korte termijn kunnen "
      "waarmaken. Waar ik een aanbeveling niet of niet volledig overneem, licht ik dat hieronder toe."),
    H("2. Reactie op de aanbevelingen", 2),
    P("Hieronder reageer ik op de aanbevelingen van de ombudsman. Ik volg daarbij niet de volgorde van het rapport, "
      "maar begin bij de hulp die burgers dichtbij kunnen krijgen. Daarna ga ik in op de dienstverlening van de "
      "uitvoeringsorganisaties en op DigiD en machtigen. De letters tussen haakjes verwijzen naar de aanbevelingen "
      "in het rapport."),
    H("Hulp dichtbij", 3),
    P("(j) De Informatiepunten Digitale Overheid zijn in korte tijd uitgegroeid tot een herkenbare plek waar burgers "
      "met hun vragen terechtkunnen. De ombudsman stelt vast dat de tijdelijke financiering de bibliotheken belemmert "
      f"om medewerkers aan te nemen en op te leiden. {EV_J} Met de Koninklijke Bibliotheek en de Vereniging van "
      "Openbare Bibliotheken maak ik in 2026 afspraken over de verdeling van dit bedrag en over een minimale "
      "openstelling per Informatiepunt.",
      answers=(Answer("j", "agree", EV_J),)),
    P("(k) De ombudsman vraagt de medewerkers van de Informatiepunten de mogelijkheid te geven om met toestemming van "
      "de burger mee te kijken in de systemen van de uitvoeringsorganisaties. Ik begrijp dat medewerkers zich "
      f"machteloos voelen als het probleem juist in die systemen zit. {EV_K} De Informatiepunten zijn een laagdrempelige "
      "voorziening waar ook vrijwilligers werken, en de burger moet erop kunnen vertrouwen dat zijn gegevens alleen "
      "worden gezien door de organisatie die er verantwoordelijk voor is. Dat betekent niet dat de medewerkers niets "
      "kunnen doen; zij kunnen de burger via een vaste contactlijn rechtstreeks aan een medewerker van de "
      "uitvoeringsorganisatie overdragen, die dan in de systemen kijkt.",
      answers=(Answer("k", "disagree", EV_K),)),
    P("(l) Een wettelijk recht op een niet-digitaal kanaal bij iedere overheidsorganisatie zou burgers zekerheid "
      "geven. Het zou ook gevolgen hebben voor alle organisaties die nu geheel of grotendeels digitaal werken, "
      "waaronder provincies, waterschappen en zelfstandige bestuursorganen, en die gevolgen zijn nog niet in beeld. "
      f"{EV_L} De uitkomsten verwacht ik eind 2026; ik informeer uw Kamer daarna over mijn conclusies.",
      answers=(Answer("l", "partial", EV_L),)),
    P("(m) Deze aanbeveling is gericht aan de gemeenten. Ik heb het rapport besproken met de Vereniging van "
      "Nederlandse Gemeenten. De VNG brengt de aanbeveling onder de aandacht van haar leden en zal uw Kamer "
      "zelf over haar standpunt berichten."),
    H("Dienstverlening door de uitvoeringsorganisaties", 3),
    P("UWV, de SVB, de Belastingdienst en DUO hebben in 2025 gezamenlijke uitgangspunten vastgesteld voor "
      "dienstverlening aan burgers die niet zelfstandig digitaal zaken kunnen doen. Daarin staat onder meer dat een "
      "burger die belt, niet wordt teruggestuurd naar de website als hij aangeeft dat die weg voor hem niet werkt. "
      "De minister van Sociale Zaken en Werkgelegenheid en de minister van Financiën bespreken de uitvoering van "
      "deze uitgangspunten twee keer per jaar met de organisaties."),
    P("(f) De ombudsman constateert dat burgers bij UWV vaak weken moeten wachten op een afspraak en daarvoor ver "
      f"moeten reizen. {EV_F} Daartoe zet UWV in elke regio vaste afspraakmomenten in, ook op twee avonden per week. "
      "De minister van Sociale Zaken en Werkgelegenheid volgt de wachttijden via de reguliere rapportages van UWV.",
      answers=(Answer("f", "agree", EV_F),)),
    P("(e) UWV, de SVB en de Belastingdienst vermelden vanaf 1 juli 2026 in hun brieven en op hun websites hoe "
      "burgers een papieren formulier kunnen aanvragen. Zo wordt het papieren alternatief zichtbaar voor wie het "
      f"nodig heeft. {EV_E} Voor een groot aantal weinig gebruikte formulieren zou een papieren versie hoge kosten "
      "meebrengen, terwijl de burger met een telefoontje beter geholpen is.",
      answers=(Answer("e", "partial", EV_E),)),
    P("(g) Dit gebeurt al en wordt uitgebreid. Sinds 2024 ontvangen burgers die daarom hebben gevraagd, en een aantal "
      "groepen die de Belastingdienst zelf heeft aangewezen, hun uitnodiging voor de aangifte op papier. "
      f"{EV_G} Het gaat naar verwachting om ongeveer 180.000 burgers.",
      answers=(Answer("g", "agree", EV_G),)),
    P("(h) DUO is in september 2025 een proef gestart in de provincies Groningen, Friesland en Drenthe. Oud-studenten "
      "kunnen daar hun betalingsregeling en een draagkrachtmeting telefonisch regelen, zonder in te loggen in Mijn "
      "DUO. Een medewerker stelt daarbij aan de hand van vaste controlevragen de identiteit van de beller vast. Aan "
      "de proef nemen tot nu toe ongeveer 1.400 oud-studenten deel. De proef loopt tot en met juni 2026."),
    H("DigiD en machtigen", 3),
    P("De hogere betrouwbaarheidsniveaus voor inloggen zijn ingevoerd om burgers te beschermen tegen misbruik van "
      "hun gegevens. Het aantal gevallen van identiteitsfraude met DigiD is sindsdien sterk gedaald. Die "
      "bescherming mag er echter niet toe leiden dat burgers de toegang tot hun eigen zaken verliezen."),
    P("(a) Niet iedere burger heeft een smartphone, en dat hoort ook geen voorwaarde te zijn om zaken met de overheid "
      f"te kunnen regelen. {EV_A} De gemeenten ontvangen een vergoeding per activering. Logius ontwikkelt samen "
      "met de VNG een instructie voor baliemedewerkers.",
      answers=(Answer("a", "agree", EV_A),)),
    P("(c) De DigiD-helpdesk is gratis bereikbaar via één nummer en helpt burgers bij het aanvragen, activeren en "
      "herstellen van DigiD en bij het regelen van een machtiging via DigiD Machtigen. Dit gebeurt dus al. Vragen "
      "over een machtiging bij een specifieke organisatie horen bij die organisatie, die de gegevens en de "
      f"regels van de dienst kent. {EV_C} Wel is de helpdesk in 2025 uitgebreid met extra medewerkers in de "
      "drukste weken, waardoor de wachttijd is gedaald.",
      answers=(Answer("c", "disagree", EV_C),)),
    P("(b) en (i) Machtigen is voor mantelzorgers vaak de enige manier om hun naaste te helpen. De ombudsman laat "
      f"zien dat juist de mensen die het meest afhankelijk zijn van een ander, nu geen machtiging kunnen geven. {EV_B} "
      f"In de tussentijd vraagt de ombudsman om schriftelijke machtigingen te accepteren. {EV_I} Mantelzorgers kunnen "
      "wel terecht bij de telefonische dienstverlening van de organisaties, die hen na controle van de gegevens "
      "zoveel mogelijk helpt.",
      answers=(Answer("b", "partial", EV_B), Answer("i", "disagree", EV_I))),
    H("Samenwerking in de regio", 3),
    P("(n) Het kabinet deelt de analyse dat burgers die bij meerdere organisaties tegelijk vastlopen, zelf de "
      "coördinatie moeten doen, terwijl zij dat op dat moment het minst kunnen. Een gezamenlijk aanspreekpunt vraagt "
      "afspraken over de uitwisseling van gegevens en over de verdeling van verantwoordelijkheden. "
      f"{EV_N} De evaluatie wordt uitgevoerd door een onafhankelijk bureau.",
      answers=(Answer("n", "partial", EV_N),)),
    H("3. Tot slot", 2),
    P("De ombudsman laat zien dat de digitale overheid pas een overheid voor iedereen is als ook de mensen die de "
      "digitale weg niet kunnen gaan, goed worden geholpen. Het kabinet neemt die opdracht serieus. Ik zal uw Kamer "
      "over de voortgang van de maatregelen in deze brief informeren in de voortgangsbrief digitale inclusie, die ik "
      "in het najaar van 2026 aan uw Kamer zend."),
    P("Hoogachtend,"),
    P("De staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties,"),
    P("E.J. Brouwershaven"),
)

RESPONSE = Document(
    title="Ministerie van Binnenlandse Zaken en Koninkrijksrelaties",
    subtitle="Directie Digitale Samenleving",
    blocks=RESPONSE_BLOCKS,
    running_header="Reactie op ‘Buiten de digitale deur’ | 20 januari 2026",
    footer="Pagina {page} van {pages}",
    title_page=False,
    font_family="sans",
)

PAIR = Pair(
    name="digital_access_ombudsman",
    report=REPORT,
    response=RESPONSE,
    description="Fictional Nationale ombudsman report on citizens who cannot use digital government services (14 "
                "recommendations lettered a-n across chapters 3-5, to the staatssecretaris van BZK, UWV, SVB, "
                "Belastingdienst, DUO and gemeenten) and the staatssecretaris' letter mede namens SZW and Financiën.",
)
