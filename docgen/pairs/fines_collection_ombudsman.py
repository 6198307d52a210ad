"""Pair: a fictional Nationale ombudsman report on how the CJIB collects traffic fines from people who cannot pay,
and the letter of the staatssecretaris with the government's answer.

Layout traits this pair tests: a sans report without a title page; page 1 is a letterhead ("De Nationale ombudsman"
with the report title, number and date under it) and every later page carries a running header.  Findings come
first, written in the first person plural ("Wij hebben gezien dat ..."), with a grid table of the collection steps,
bulleted research questions, case stories told in running prose and a chapter "Ons oordeel" full of "Het CJIB moet ..."
sentences that are not recommendations.  The sixteen recommendations sit in chapter 5, grouped under level-2
headings per addressee ("Aan het CJIB", "Aan de staatssecretaris van Justitie en Veiligheid", "Aan de RDW", "Aan
gemeenten", "Aan de minister van Sociale Zaken en Werkgelegenheid").  Each recommendation is a line of its own of the
form "Aanbeveling 4 – Maak een betalingsregeling mogelijk vanaf de eerste aanmaning" (the renderer cannot put a
recommendation in a bold heading, so it is a one-item list whose label is "Aanbeveling N –"), followed by one or two
explanatory paragraphs with "moet" sentences that explain and add no new recommendation.

The response is a letter (serif, letterhead "Ministerie van Justitie en Veiligheid", running header with date and
reference, "Pagina N van M") of the staatssecretaris, who writes "ik" and, for one answer, "de minister van SZW en
ik".  After thanks, context on existing policy and a sentence agreeing only with the report's aim, it answers by
subject sections; each answer opens with a bold paragraph quoting a short title ("Aanbeveling 4: betalingsregeling
vanaf de eerste aanmaning"), which takes no position.  Gold positions:
1 agree (committed measure with a date and money, no cue word); 2 agree (the CJIB's own commitment quoted: "Het CJIB
laat weten dat het vanaf 1 mei 2025 ..."); 3 partial (a pilot, national roll-out decided later); 4 agree ("Ik neem
deze aanbeveling over"); 5 partial ("Ik neem deze aanbeveling gedeeltelijk over"); 6 disagree ("Dit acht ik niet
wenselijk omdat ...", after recognising the problem); 7 disagree ("Ik zie op dit moment geen mogelijkheid om ...")
and 8 agree ("onderschrijf ik"), both in one paragraph under "Aanbevelingen 7 en 8"; 9 partial (first part adopted,
statutory ban refused); 10 disagree ("Zie hiervoor mijn reactie op aanbeveling 6", same position as 6); 11 partial
(only a "verkenning" of a hardship clause); 12 agree (RDW reminder from 1 January 2026 with € 1,3 miljoen, no cue
word); 13 disagree ("Het kabinet neemt deze aanbeveling niet over", "past niet bij"); 14 not addressed (to
municipalities, existing law described and "onder de aandacht gebracht van de VNG"); 15 not addressed (never
mentioned); 16 agree (the recommendation asks for a study and the study is committed to).  All prose is fictional and
written for this test set.
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
    Table,
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


def aanbeveling(number: int, text: str, *departments: str) -> ItemList:
    """One recommendation on a line of its own: "Aanbeveling N – <short imperative>"."""
    item = ListItem(text, recommendation=Recommendation(str(number), tuple(departments)))
    return ItemList(items=(item,), style=f"Aanbeveling {number} –")


def title(text: str) -> Paragraph:
    """The bold quotation of a recommendation's short title in the response: no position."""
    return Paragraph(text, bold=True)


def A(number: int, position: str, evidence: str) -> Answer:
    return Answer(str(number), position, evidence)


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

STEPS = Table(
    header=("Stap", "Wanneer", "Wat er gebeurt", "Voorbeeld € 100"),
    rows=(
        ("Beschikking", "dag 1", "De boete wordt opgelegd; betalen binnen acht weken.",
         "€ 100 + € 9 administratiekosten = € 109"),
        ("Eerste aanmaning", "na 8 weken", "De boete wordt verhoogd met 50 procent.", "€ 159"),
        ("Tweede aanmaning", "na 16 weken", "De boete wordt verhoogd met nog eens 100 procent van de "
         "oorspronkelijke boete.", "€ 259"),
        ("Dwangbevel", "na 24 weken", "Een gerechtsdeurwaarder betekent het dwangbevel; daarvoor worden kosten "
         "in rekening gebracht.", "ongeveer € 300"),
        ("Verhaal", "daarna", "Beslag op loon, uitkering, bankrekening of goederen.", "plus beslagkosten"),
        ("Dwangmiddelen", "als verhaal niets oplevert", "Inname van het rijbewijs, buitengebruikstelling van het "
         "voertuig of gijzeling (met machtiging van de kantonrechter).", "de schuld blijft bestaan"),
    ),
    widths=(1.25, 1.1, 2.45, 1.7),
    rules="grid",
)

REPORT_BLOCKS = (
    H1("In het kort"),
    P("Wie een verkeersboete krijgt, moet die binnen acht weken betalen. De meeste mensen doen dat ook. Maar wie het "
      "geld niet heeft, komt terecht in een reeks van aanmaningen, verhogingen, deurwaarderskosten en soms zelfs "
      "gijzeling. Een boete van honderd euro kan zo binnen een half jaar uitgroeien tot driehonderd euro of meer. Voor "
      "mensen die al schulden hebben, is dat vaak het begin van een neerwaartse spiraal."),
    P("Wij hebben onderzocht hoe het Centraal Justitieel Incassobureau (CJIB) omgaat met mensen die hun "
      "verkeersboetes niet kunnen betalen. Wij hebben 150 dossiers bestudeerd, met 38 mensen gesproken die zelf in de "
      "problemen kwamen, meegeluisterd bij het klantcontactcentrum van het CJIB en gesproken met schuldhulpverleners, "
      "gerechtsdeurwaarders, de RDW en medewerkers van zes gemeenten."),
    P("Wij hebben gezien dat het CJIB de afgelopen jaren veel heeft verbeterd. Er is een team dat maatwerk kan "
      "leveren, en medewerkers aan de telefoon doen hun best om mensen verder te helpen. Toch loopt het voor een "
      "kwetsbare groep nog steeds mis. De brieven zijn moeilijk te begrijpen. Een betalingsregeling komt te laat in "
      "beeld. De wettelijke verhogingen treffen juist wie niet kan betalen het hardst. En bij beslag en gijzeling "
      "wordt te weinig gekeken naar wat iemand werkelijk kan missen."),
    P("Ons oordeel is dat de inning van verkeersboetes op deze punten niet voldoet aan de eisen van behoorlijk "
      "overheidsoptreden. Een boete is bedoeld als straf voor een overtreding, niet als begin van een schuld die niet "
      "meer af te lossen is. Wij doen zestien aanbevelingen, aan het CJIB, aan de staatssecretaris van Justitie en "
      "Veiligheid, aan de RDW, aan gemeenten en aan de minister van Sociale Zaken en Werkgelegenheid. U vindt ze in "
      "hoofdstuk 5."),

    H1("1 Aanleiding en aanpak"),
    H2("1.1 Waarom dit onderzoek"),
    P("Het CJIB int jaarlijks ruim acht miljoen verkeersboetes die zijn opgelegd op grond van de Wet "
      "administratiefrechtelijke handhaving verkeersvoorschriften, beter bekend als de Wet Mulder. Ongeveer negen op "
      "de tien boetes worden binnen de gestelde termijn betaald. Bij de rest volgt een traject van aanmaningen en, als "
      "dat niets oplevert, van dwanginvordering.",
      footnotes=("Jaarverslag CJIB 2023; de cijfers in dit rapport zijn afgerond.",)),
    P("In 2023 ontvingen wij 1.140 klachten over het CJIB. Ruim zevenhonderd daarvan gingen over verkeersboetes. "
      "Opvallend vaak schreven mensen dat zij wel wilden betalen, maar niet in één keer konden. Zij voelden zich niet "
      "gehoord en zagen hun schuld oplopen terwijl zij contact zochten. Ook schuldhulpverleners en "
      "beschermingsbewindvoerders lieten ons weten dat boetes van het CJIB in hun praktijk een hardnekkig probleem "
      "zijn."),
    P("Eerder onderzoek naar de overheid als schuldeiser liet al zien dat vorderingen van de overheid bij mensen met "
      "schulden snel kunnen oplopen. Wij wilden weten hoe dat specifiek bij verkeersboetes gaat, omdat de wet daar "
      "weinig ruimte laat voor maatwerk en de bedragen in korte tijd sterk stijgen."),
    H2("1.2 Onderzoeksvragen"),
    P("Wij hebben ons de volgende vragen gesteld:"),
    bullets(
        "Hoe verloopt de inning van een verkeersboete vanaf de beschikking tot en met de dwangmiddelen?",
        "Welke mogelijkheden hebben mensen die niet in één keer kunnen betalen, en hoe goed kennen zij die?",
        "Hoe houden het CJIB en de betrokken ketenpartners rekening met de financiële situatie van mensen?",
        "Wat betekent de inning van verkeersboetes voor mensen met problematische schulden?",
    ),
    H2("1.3 Hoe wij het onderzoek hebben gedaan"),
    P("Wij hebben 150 dossiers van het CJIB bestudeerd van mensen die tussen 2021 en 2023 een of meer verkeersboetes "
      "niet op tijd betaalden. De dossiers zijn aselect getrokken uit de groep bij wie ten minste een tweede aanmaning "
      "was verstuurd. Daarnaast spraken wij met 38 mensen die zich bij ons hadden gemeld of die via een "
      "schuldhulpverlener met ons in contact kwamen."),
    P("Onze onderzoekers hebben op vier dagen meegeluisterd bij het klantcontactcentrum van het CJIB in Leeuwarden. "
      "Wij spraken met medewerkers en leidinggevenden van het CJIB, met vertegenwoordigers van het ministerie van "
      "Justitie en Veiligheid, met de RDW, met twee gerechtsdeurwaarderskantoren en met schuldhulpverleners en "
      "beleidsmedewerkers van zes gemeenten van verschillende grootte. Ook hebben wij gesproken met de Vereniging van "
      "Nederlandse Gemeenten (VNG)."),
    P("Het CJIB, het ministerie van Justitie en Veiligheid en de RDW hebben een conceptversie van de feitelijke "
      "bevindingen ontvangen en daarop gereageerd. Waar dat nodig was, hebben wij hun reactie verwerkt. De "
      "conclusies en aanbevelingen zijn van ons."),
    H2("1.4 Leeswijzer"),
    P("In hoofdstuk 2 beschrijven wij hoe de inning van verkeersboetes werkt. Hoofdstuk 3 bevat onze bevindingen. In "
      "hoofdstuk 4 geven wij ons oordeel, en in hoofdstuk 5 staan onze aanbevelingen. In dit rapport zijn de namen van "
      "de mensen met wie wij spraken veranderd; hun verhalen zijn ingekort."),

    H1("2 Hoe de inning van verkeersboetes werkt"),
    H2("2.1 De Wet Mulder in het kort"),
    P("Voor lichte verkeersovertredingen, zoals te hard rijden of door rood rijden, legt de overheid geen strafzaak "
      "aan maar een administratieve sanctie op. De boete wordt opgelegd met een beschikking en de hoogte ervan staat "
      "vast in een bijlage bij de wet. Er is geen rechter bij betrokken, tenzij iemand in beroep gaat. Het CJIB stuurt "
      "de beschikking, int het bedrag en zet zo nodig dwangmiddelen in."),
    P("De boete is bij wet gekoppeld aan het kenteken. Wie kentekenhouder is, krijgt de boete, ook als iemand anders "
      "reed. Dat maakt het systeem eenvoudig en goedkoop, maar betekent ook dat mensen boetes krijgen voor een auto "
      "die zij hebben uitgeleend of waarvan zij vergeten zijn de overschrijving te regelen."),
    H2("2.2 Van beschikking tot gijzeling"),
    P("Wie niet binnen acht weken betaalt, krijgt een eerste aanmaning. De boete wordt dan automatisch verhoogd met "
      "50 procent. Na nog eens acht weken volgt een tweede aanmaning, met een verhoging van 100 procent van de "
      "oorspronkelijke boete. Het CJIB heeft geen bevoegdheid om van deze verhogingen af te zien. Daarna wordt een "
      "dwangbevel uitgevaardigd en kan een gerechtsdeurwaarder beslag leggen. Het overzicht hieronder laat zien hoe "
      "een boete van honderd euro oploopt."),
    STEPS,
    P("Levert verhaal niets op, dan kan het CJIB het rijbewijs laten innemen of de auto buiten gebruik laten stellen. "
      "Als laatste middel kan het openbaar ministerie de kantonrechter om een machtiging tot gijzeling vragen. Wie "
      "gegijzeld wordt, zit ten hoogste een week per beschikking vast. De schuld blijft daarna gewoon bestaan."),
    H2("2.3 Betalingsregelingen"),
    P("Iemand die een boete niet in één keer kan betalen, kan het CJIB om een betalingsregeling vragen. Dat kan "
      "voor bedragen vanaf € 75, zolang de betalingstermijn van de beschikking nog loopt. Is de eerste aanmaning al "
      "verstuurd, dan is een regeling pas weer mogelijk als het dwangbevel is betekend; in de tussenliggende periode "
      "moet het volledige bedrag worden betaald. Een regeling loopt ten hoogste twaalf maanden en het termijnbedrag is "
      "ten minste € 25 per maand. Voor iedere boete wordt een afzonderlijke regeling getroffen."),
    P("Sinds 2022 heeft het CJIB een team Maatwerk. Dit team kan in bijzondere situaties afwijken van de "
      "standaardregels voor betalingsregelingen, bijvoorbeeld door een langere looptijd toe te staan. Het team kan de "
      "wettelijke verhogingen niet schrappen. Mensen komen alleen bij dit team terecht als een medewerker van het "
      "klantcontactcentrum hen doorverwijst."),
    H2("2.4 Boetes die aan het kenteken hangen"),
    P("Naast boetes voor verkeersgedrag int het CJIB boetes die voortvloeien uit het kentekenregister van de RDW. "
      "Een voertuig dat op naam staat, moet verzekerd zijn en, afhankelijk van de leeftijd, een geldige APK hebben. "
      "De RDW vergelijkt het kentekenregister periodiek met de gegevens van verzekeraars en APK-keurmeesters. "
      "Ontbreekt de verzekering of is de APK verlopen, dan volgt een boete. Zolang de situatie niet is hersteld, kan "
      "die boete telkens opnieuw worden opgelegd."),
    P("Wie een voertuig tijdelijk niet gebruikt, kan het kenteken laten schorsen. De verzekerings- en APK-plicht "
      "vervallen dan. Schorsen kost geld en moet ieder jaar worden verlengd."),

    H1("3 Wat wij zagen"),
    H2("3.1 Brieven die niet worden begrepen"),
    P("Bijna iedereen met wie wij spraken, vond de brieven van het CJIB moeilijk. De beschikking bevat veel juridische "
      "termen en verwijzingen naar wetsartikelen. De aanmaning begint met het nieuwe, hogere bedrag, zonder uit te "
      "leggen waarom dat bedrag hoger is. Wij hebben gezien dat in de aanmaning niet staat dat iemand contact kan "
      "opnemen als betalen niet lukt; dat staat alleen op de website."),
    P("Mevrouw Jansen (54) kreeg drie boetes voor een auto die haar zoon op haar naam had gezet. ‘Ik las ‘dwangbevel’ "
      "en dacht dat de politie zou komen. Ik heb de brieven in een la gelegd. Pas toen de deurwaarder aan de deur "
      "stond, begreep ik dat het om ruim negenhonderd euro ging.’"),
    P("In 31 van de 150 dossiers was ten minste één brief naar een oud adres gestuurd, omdat de betrokkene niet of te "
      "laat in de Basisregistratie Personen stond ingeschreven. Het CJIB volgt de wet als het de brief naar het "
      "BRP-adres stuurt. Maar wie de brief niet ontvangt, mist ook de kans om op tijd een regeling te vragen."),
    H2("3.2 Moeilijk bereikbaar"),
    P("Het klantcontactcentrum van het CJIB is op werkdagen tussen 8.00 en 17.00 uur bereikbaar. De chat heeft "
      "dezelfde openingstijden. Wij spraken mensen die in ploegendienst, in de zorg of in de schoonmaak werken en "
      "overdag niet kunnen bellen. Een man die als postbezorger werkt, vertelde dat hij drie keer in zijn pauze "
      "belde en telkens ophing omdat de wachttijd langer was dan zijn pauze."),
    P("Volgens het CJIB was de gemiddelde wachttijd in 2023 ruim twaalf minuten, met uitschieters tot boven het half "
      "uur in de weken na de verzending van grote aantallen aanmaningen. Wij hebben gezien dat het CJIB mensen die "
      "niet reageren, niet zelf benadert. Het initiatief ligt altijd bij de burger.",
      footnotes=("Opgave van het CJIB aan de Nationale ombudsman, september 2024.",)),
    H2("3.3 Een betalingsregeling die te laat komt"),
    P("Het moment waarop iemand merkt dat hij niet kan betalen, is vaak het moment van de eerste aanmaning. Juist dan "
      "is een regeling volgens de huidige regels niet mogelijk. Medewerkers aan de telefoon moeten mensen vertellen "
      "dat zij het volledige, verhoogde bedrag moeten betalen of moeten wachten op het dwangbevel. Wij hebben "
      "gesprekken gehoord waarin medewerkers zichtbaar worstelden met die boodschap."),
    P("De heer Bakker (37) had vier boetes van samen ruim vierhonderd euro. Hij belde na de eerste aanmaning om een "
      "regeling te vragen. ‘Ze zeiden dat dat niet kon. Ik moest alles in één keer betalen. Dat had ik niet. Twee "
      "maanden later was het bijna het dubbele, en toen mocht het ineens wel in termijnen, maar dan vier keer apart, "
      "ieder minstens vijfentwintig euro.’"),
    P("Wij hebben gezien dat de vaste minimumtermijn van € 25 per boete voor mensen met meerdere boetes snel optelt "
      "tot een bedrag dat zij niet kunnen opbrengen. In 23 dossiers werd een regeling binnen drie maanden beëindigd "
      "omdat een termijn werd gemist, waarna de volledige restschuld in één keer opeisbaar werd."),
    H2("3.4 Verhogingen die de schuld laten groeien"),
    P("In 64 van de 150 dossiers waren de verhogingen samen hoger dan de oorspronkelijke boete. In die dossiers ging "
      "het bijna altijd om mensen met een laag inkomen of met andere schulden. Wie wel kan betalen, betaalt doorgaans "
      "op tijd; wie dat niet kan, betaalt het meest. De verhogingen zijn bedoeld als prikkel, maar een prikkel heeft "
      "geen effect op iemand die het geld niet heeft."),
    P("Het CJIB wijst erop dat de verhogingen in de wet staan en dat het er niet van kan afwijken. Dat klopt. Wij "
      "zagen ook dat de verhogingen blijven staan wanneer iemand later alsnog een regeling krijgt en die keurig "
      "nakomt. Wie twee jaar lang iedere maand betaalt, betaalt daarmee ook de volledige verhogingen af."),
    H2("3.5 Beslag en de beslagvrije voet"),
    P("Bij beslag op loon of uitkering moet de deurwaarder rekening houden met de beslagvrije voet: het deel van het "
      "inkomen dat iemand nodig heeft om van te leven. Bij beslag op een bankrekening is dat anders geregeld. Wij "
      "zagen in negen dossiers dat na een bankbeslag vrijwel het hele saldo werd afgeschreven, kort nadat loon of een "
      "uitkering was gestort. De betrokkenen konden die maand hun huur en boodschappen niet betalen."),
    P("Mevrouw El Idrissi (29), alleenstaande moeder van twee kinderen, vertelde ons: ‘Mijn kinderbijslag en mijn loon "
      "kwamen op dezelfde dag binnen. De volgende ochtend stond er nog zeven euro op mijn rekening.’ Pas na "
      "tussenkomst van haar schuldhulpverlener werd een deel van het bedrag teruggestort."),
    H2("3.6 Gijzeling"),
    P("In 2023 werden ruim 2.300 mensen gegijzeld vanwege onbetaalde verkeersboetes. Het CJIB controleert voor het "
      "aanvragen van een machtiging of er nog verhaalsmogelijkheden zijn, maar gaat niet na of iemand bekend is bij de "
      "schuldhulpverlening of onder bewind staat. In elf van de dossiers die wij bekeken, werd een machtiging "
      "aangevraagd voor iemand die op dat moment in een schuldhulptraject zat."),
    P("Gijzeling is bedoeld om mensen die wel kunnen maar niet willen betalen, tot betaling te bewegen. Wij spraken "
      "mensen voor wie de gijzeling vooral verlies van werk betekende. ‘Ik zat vier dagen vast en mocht daarna niet "
      "meer terugkomen bij het uitzendbureau,’ vertelde de heer De Vries (45). Zijn schuld bij het CJIB was na de "
      "gijzeling nog even hoog."),
    H2("3.7 Kentekenboetes"),
    P("Een aparte groep vormen mensen die boetes krijgen voor een voertuig dat zij niet gebruiken. Zij hebben de "
      "verzekering opgezegd omdat de auto stilstaat, maar wisten niet dat het kenteken dan geschorst moet worden. Er "
      "volgt een boete, en als de situatie niet wordt hersteld, na enige tijd nog een. Wij hebben gezien dat de RDW "
      "kentekenhouders niet vooraf waarschuwt voordat een boete volgt."),
    P("De heer Pinas (62) had een oude bestelbus die al jaren in de tuin stond. ‘Ik had de verzekering opgezegd om "
      "geld te besparen. Daarna kreeg ik binnen anderhalf jaar vier boetes. Met de verhogingen erbij was ik meer kwijt "
      "dan de bus waard was.’ Schorsen vond hij te duur: hij moest er ieder jaar opnieuw voor betalen."),
    H2("3.8 Gemeenten en de schuldhulpverlening"),
    P("Schuldhulpverleners vertelden ons dat vorderingen van het CJIB in de praktijk vaak buiten een schuldregeling "
      "blijven. Boetes hebben het karakter van een straf en het CJIB werkt daarom niet mee aan een minnelijke "
      "schuldregeling waarin schuldeisers genoegen nemen met een deel van hun vordering. Het gevolg is dat iemand na "
      "drie jaar aflossen schuldenvrij is, behalve bij het CJIB."),
    P("Wij hebben ook gezien dat gemeenten verschillend omgaan met boetes bij het CJIB. Sommige gemeenten nemen bij "
      "een aanmelding voor schuldhulp direct contact op met het CJIB en vragen een betalingsregeling aan. Andere laten "
      "die vorderingen buiten beschouwing, omdat ze toch niet in de regeling kunnen worden opgenomen. Bij de aanvraag "
      "van een bijstandsuitkering wordt zelden gevraagd naar openstaande boetes."),

    H1("4 Ons oordeel"),
    P("Wij toetsen het optreden van de overheid aan de behoorlijkheidsvereisten. Voor dit onderzoek zijn vooral de "
      "vereisten van maatwerk, goede informatieverstrekking, fatsoenlijke bejegening en evenredigheid van belang. "
      "Wij betrekken daarbij ook het uitgangspunt dat de overheid zich als schuldeiser niet strenger mag opstellen dan "
      "nodig is om haar doel te bereiken."),
    H2("4.1 Informatie en bereikbaarheid"),
    P("Wie een brief van de overheid krijgt, moet kunnen begrijpen wat er van hem wordt verwacht. Dat is nu niet "
      "het geval. Het CJIB moet zijn brieven zo schrijven dat iemand in één keer ziet hoeveel hij moet betalen, "
      "waarom en wat hij kan doen als dat niet lukt. De overheid moet ook bereikbaar zijn op momenten dat mensen die "
      "haar nodig hebben, kunnen bellen. Met openingstijden die samenvallen met de werktijden van veel mensen schiet "
      "het CJIB daarin tekort."),
    H2("4.2 Maatwerk en evenredigheid"),
    P("Een betalingsregeling is het belangrijkste middel om te voorkomen dat een boete uit de hand loopt. Dat die "
      "regeling juist op het moment van de eerste aanmaning niet beschikbaar is, vinden wij niet behoorlijk. De "
      "regeling moet er zijn op het moment dat mensen erom vragen, en het termijnbedrag moet passen bij wat zij kunnen "
      "missen."),
    P("De wettelijke verhogingen treffen in de praktijk vooral mensen die niet kunnen betalen. Dat is niet in "
      "verhouding tot het doel van de verhogingen. Wij begrijpen dat het CJIB de wet moet uitvoeren, maar de wetgever "
      "moet zich afvragen of een verhoging die geen prikkel meer is, nog gerechtvaardigd is. Hetzelfde geldt voor "
      "gijzeling van mensen van wie bekend is dat zij in de schuldhulpverlening zitten."),
    H2("4.3 Samenwerking"),
    P("Het CJIB, de RDW, gemeenten en het ministerie van Sociale Zaken en Werkgelegenheid hebben elk een eigen taak. "
      "Voor de burger is dat onderscheid niet te zien. Hij heeft één schuld en wil één oplossing. Wij vinden dat de "
      "betrokken organisaties meer moeten samenwerken, zodat boetes niet langer de sluitpost zijn van een verder "
      "geslaagde schuldregeling."),
    P("Samengevat oordelen wij dat het CJIB en de betrokken overheden op de onderzochte punten niet behoorlijk hebben "
      "gehandeld. Dit oordeel treft niet de medewerkers van het CJIB, die binnen de regels vaak veel doen. Het treft "
      "de regels en de werkwijze waarin zij moeten werken."),

    PageBreak(),
    H1("5 Aanbevelingen"),
    P("Op basis van onze bevindingen en ons oordeel doen wij zestien aanbevelingen. Wij hebben ze geordend naar "
      "degene die aan zet is. Onder iedere aanbeveling lichten wij toe wat wij bedoelen en waarom. Een aantal "
      "aanbevelingen hangt met elkaar samen: wat het CJIB kan doen, hangt vaak af van de ruimte die de wet biedt. "
      "Wij hebben de aanbevelingen daarom zo geformuleerd dat ieder van de betrokkenen ook zelfstandig een stap "
      "kan zetten."),
    H2("Aan het CJIB"),
    aanbeveling(1, "Schrijf brieven en aanmaningen in eenvoudige taal en test ze met mensen die zelf een boete niet "
                   "konden betalen", "JenV"),
    P("Een aanmaning moet in de eerste alinea laten zien hoeveel iemand moet betalen, vóór wanneer en wat hij kan doen "
      "als dat niet lukt. Juridische termen als ‘dwangbevel’ moeten worden uitgelegd. Wij vinden het belangrijk dat "
      "nieuwe brieven worden getest met mensen die zelf ervaring hebben met betalingsproblemen, en niet alleen met "
      "taaldeskundigen."),
    aanbeveling(2, "Wees ook ’s avonds en op zaterdag telefonisch en via de chat bereikbaar", "JenV"),
    P("Veel mensen met een laag inkomen werken op tijden waarop zij niet kunnen bellen. Het CJIB moet daarom ook "
      "buiten kantoortijden bereikbaar zijn, in ieder geval op enkele avonden per week en op zaterdag. Dat hoeft niet "
      "met de volledige bezetting; een beperkte bereikbaarheid maakt al een groot verschil."),
    aanbeveling(3, "Neem zelf contact op met mensen die na de eerste aanmaning niet reageren", "JenV"),
    P("Wie niet reageert op een aanmaning, doet dat lang niet altijd uit onwil. Vaak zijn de brieven niet geopend of "
      "niet begrepen. Het CJIB moet op dat moment zelf het initiatief nemen, bijvoorbeeld door te bellen of een sms te "
      "sturen. Zo ontstaat contact voordat de schuld verder oploopt."),
    aanbeveling(4, "Maak een betalingsregeling mogelijk vanaf de eerste aanmaning", "JenV"),
    P("Nu kan iemand na de eerste aanmaning geen regeling krijgen tot het dwangbevel is betekend. Dat is precies de "
      "periode waarin mensen contact zoeken. De eerste aanmaning moet daarom zelf een aanbod voor een "
      "betalingsregeling bevatten, dat eenvoudig kan worden aanvaard."),
    aanbeveling(5, "Stem de termijnen van een betalingsregeling af op wat iemand werkelijk kan betalen", "JenV"),
    P("Een vaste minimumtermijn van € 25 per boete en een looptijd van ten hoogste twaalf maanden passen niet bij "
      "mensen met meerdere boetes en een laag inkomen. Het CJIB moet meerdere boetes in één regeling kunnen "
      "samenvoegen en het termijnbedrag afleiden van de afloscapaciteit van de betrokkene, zoals die bijvoorbeeld door "
      "een schuldhulpverlener is vastgesteld."),
    H2("Aan de staatssecretaris van Justitie en Veiligheid"),
    aanbeveling(6, "Laat de wettelijke verhogingen achterwege bij mensen die aantoonbaar niet kunnen betalen", "JenV"),
    P("De verhogingen zijn bedoeld als prikkel om op tijd te betalen. Voor mensen die het geld niet hebben, werken zij "
      "niet als prikkel maar als extra straf. De wet moet het mogelijk maken de verhogingen achterwege te laten als "
      "vaststaat dat iemand niet kan betalen, bijvoorbeeld omdat hij in de schuldhulpverlening zit of onder bewind "
      "staat."),
    aanbeveling(7, "Maak het mogelijk de hoogte van een verkeersboete af te stemmen op het inkomen", "JenV"),
    P("In het strafrecht houdt de rechter bij het bepalen van een geldboete rekening met de draagkracht van de "
      "verdachte. In het systeem van de Wet Mulder gebeurt dat niet. Wij vragen de staatssecretaris een voorstel te "
      "doen waarmee mensen met een laag inkomen een lagere boete kunnen krijgen, op aanvraag of op basis van gegevens "
      "die de overheid al heeft."),
    aanbeveling(8, "Zorg dat het CJIB bij iedere vorm van verhaal de beslagvrije voet respecteert", "JenV"),
    P("Ook bij beslag op een bankrekening moet iemand genoeg overhouden om van te leven. Het CJIB en de "
      "gerechtsdeurwaarders die voor het CJIB werken, moeten vóór een bankbeslag nagaan welk deel van het saldo uit "
      "loon, uitkering of toeslagen bestaat en dat deel buiten het beslag laten."),
    aanbeveling(9, "Zet geen gijzeling in bij mensen die niet kunnen betalen en leg dat vast in de wet", "JenV"),
    P("Het CJIB moet vóór iedere aanvraag van een machtiging nagaan of iemand bekend is bij de gemeentelijke "
      "schuldhulpverlening of onder bewind staat. Is dat zo, dan moet van gijzeling worden afgezien. Om dit niet "
      "afhankelijk te laten zijn van de werkwijze van het moment, vragen wij de staatssecretaris deze uitzondering in "
      "de wet op te nemen."),
    aanbeveling(10, "Laat verhogingen vervallen wanneer iemand een betalingsregeling volledig nakomt", "JenV"),
    P("Wie een regeling treft en die volledig nakomt, laat zien dat hij wil betalen. De verhogingen hebben dan hun "
      "doel verloren. Wij vinden dat de verhogingen in dat geval moeten vervallen, zodat betalen in termijnen wordt "
      "beloond in plaats van bestraft."),
    aanbeveling(11, "Geef het CJIB ruimte om in schrijnende gevallen verhogingen en kosten kwijt te schelden", "JenV"),
    P("Het CJIB kan nu in geen enkel geval van de wettelijke verhogingen afwijken, hoe schrijnend de situatie ook is. "
      "Een beperkte hardheidsclausule, met duidelijke criteria en een verantwoording achteraf, zou het team Maatwerk "
      "in staat stellen om te doen wat in het individuele geval redelijk is. Wij denken daarbij aan situaties "
      "waarin de verhogingen in geen verhouding meer staan tot de oorspronkelijke overtreding."),
    H2("Aan de RDW"),
    aanbeveling(12, "Stuur kentekenhouders een herinnering voordat een boete volgt voor een ontbrekende verzekering of "
                    "een verlopen APK", "IenW"),
    P("Veel kentekenboetes zijn te voorkomen met één brief. De RDW weet als eerste dat een verzekering is beëindigd "
      "of een APK is verlopen. Een herinnering met een redelijke termijn om de situatie te herstellen of het kenteken "
      "te schorsen, moet voorafgaan aan iedere boete."),
    aanbeveling(13, "Maak het schorsen van een kenteken kosteloos voor mensen met een laag inkomen", "IenW"),
    P("Schorsen is voor iemand die een voertuig niet gebruikt de manier om boetes te voorkomen. Voor mensen met weinig "
      "geld is het jaarlijks terugkerende tarief een drempel. Wij vragen de RDW die drempel weg te nemen voor mensen "
      "met een inkomen rond het sociaal minimum."),
    H2("Aan gemeenten"),
    aanbeveling(14, "Neem vorderingen van het CJIB actief mee in de schuldhulpverlening", "GEMEENTEN"),
    P("Ook als een boete niet in een minnelijke regeling kan worden opgenomen, moet de schuldhulpverlener er een "
      "oplossing voor zoeken, bijvoorbeeld een betalingsregeling naast de schuldregeling. Een schuldhulptraject dat "
      "de boetes buiten beschouwing laat, eindigt te vaak met een schuld die opnieuw oploopt."),
    aanbeveling(15, "Wijs inwoners die bijstand aanvragen op de mogelijkheid van een betalingsregeling bij het CJIB",
                "GEMEENTEN"),
    P("Het moment waarop iemand bijstand aanvraagt, is vaak ook het moment waarop betalingsproblemen ontstaan. Een "
      "korte vraag naar openstaande boetes en een verwijzing naar het CJIB kunnen veel verhogingen voorkomen."),
    H2("Aan de minister van Sociale Zaken en Werkgelegenheid"),
    aanbeveling(16, "Onderzoek hoe vorderingen van het CJIB een plaats kunnen krijgen in de minnelijke "
                    "schuldregeling", "SZW"),
    P("De minister is verantwoordelijk voor het stelsel van schuldhulpverlening. Zolang boetes buiten de minnelijke "
      "regeling vallen, is een schone lei voor veel mensen niet bereikbaar. Wij vragen de minister te onderzoeken, "
      "samen met het ministerie van Justitie en Veiligheid en de VNG, hoe boetes in een regeling kunnen worden "
      "meegenomen zonder dat zij hun karakter van straf verliezen."),

    H1("Tot slot"),
    P("Wij vragen de staatssecretaris van Justitie en Veiligheid om ons binnen drie maanden te laten weten wat er "
      "met deze aanbevelingen gebeurt, ook namens de andere betrokkenen. Wij zullen over een jaar nagaan wat er van de "
      "toezeggingen terecht is gekomen."),
    P("Wij danken iedereen die aan dit onderzoek heeft meegewerkt, en in het bijzonder de mensen die ons hun verhaal "
      "hebben verteld. Zonder hun openheid had dit rapport niet geschreven kunnen worden."),

    H1("Bijlage – Verantwoording"),
    P("Dit rapport berust voor een belangrijk deel op een dossieronderzoek. Hieronder lichten wij toe hoe dat is "
      "opgezet."),
    P("De 150 dossiers zijn door het CJIB aselect getrokken uit alle zaken waarin tussen 1 januari 2021 en 31 december "
      "2023 ten minste één tweede aanmaning was verstuurd. Wij hebben per dossier vastgelegd hoeveel boetes er waren, "
      "welke brieven waren verstuurd, of er contact was geweest, of een regeling was aangevraagd en toegekend, welke "
      "dwangmiddelen waren ingezet en hoe hoog de verhogingen en kosten waren in verhouding tot de oorspronkelijke "
      "boetes."),
    P("De aantallen in dit rapport gelden voor deze steekproef en zijn niet zonder meer te vertalen naar alle zaken "
      "van het CJIB. Zij geven wel een betrouwbaar beeld van de problemen die zich voordoen bij mensen bij wie het "
      "innen van een boete niet vanzelf gaat."),
)

REPORT = Document(
    title="De Nationale ombudsman",
    subtitle="Vast in de boete\nOnderzoek naar de inning van verkeersboetes bij mensen die niet kunnen betalen\n"
             "Rapport 2024/118 · Den Haag, 28 november 2024",
    blocks=REPORT_BLOCKS,
    running_header="Nationale ombudsman · Vast in de boete · rapport 2024/118",
    footer="{page}",
    font_size=10.0,
    title_page=False,
    font_family="sans",
)

# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

RESPONSE_BLOCKS = (
    P("Geachte heer Wijnands,"),
    P("Op 28 november 2024 ontving ik uw rapport ‘Vast in de boete’ over de inning van verkeersboetes bij mensen die "
      "niet kunnen betalen. Ik dank u voor het zorgvuldige onderzoek en voor de openheid waarmee uw medewerkers het "
      "gesprek met het CJIB en met mijn ministerie zijn aangegaan. In deze brief geef ik mijn reactie op uw "
      "aanbevelingen. De reactie op aanbeveling 16 geef ik mede namens de minister van Sociale Zaken en "
      "Werkgelegenheid."),
    P("Het overgrote deel van de ruim acht miljoen verkeersboetes per jaar wordt op tijd betaald. Voor een kleinere "
      "groep loopt het anders. Het CJIB heeft de afgelopen jaren al stappen gezet om die groep beter te helpen. Sinds "
      "2022 is er een team Maatwerk, het CJIB neemt deel aan de landelijke afspraken over vroegsignalering van "
      "schulden en schuldhulpverleners kunnen via een vast telefoonnummer contact opnemen met het CJIB."),
    P("Ik onderschrijf het uitgangspunt van uw rapport dat een boete een straf is voor een overtreding en niet het "
      "begin van een schuld die niet meer af te lossen is. Tegelijk hecht ik eraan dat het stelsel van de Wet Mulder "
      "eenvoudig, voorspelbaar en voor iedereen gelijk blijft. Een boete moet voor iedereen voelbaar zijn, en de "
      "uitvoering moet voor een organisatie die miljoenen zaken per jaar behandelt, te doen blijven. Binnen die "
      "grenzen wil ik zo ver mogelijk gaan."),
    P("Hieronder ga ik per onderwerp in op uw aanbevelingen. Voor de aanbevelingen die aan het CJIB zijn gericht, heb "
      "ik het CJIB om een reactie gevraagd; die heb ik in mijn antwoord verwerkt."),

    H2("Brieven, bereikbaarheid en betalingsregelingen"),
    title("Aanbeveling 1: brieven in eenvoudige taal"),
    P("Het CJIB is in 2024 begonnen met het herschrijven van zijn standaardbrieven. Vanaf 1 september 2025 verstuurt "
      "het CJIB alle beschikkingen en aanmaningen in een nieuwe versie op taalniveau B1, die vooraf is getest met "
      "mensen die zelf betalingsproblemen hebben gehad. Voor het herschrijven en testen is € 450.000 vrijgemaakt. In "
      "de nieuwe aanmaning staat bovenaan wat iemand moet betalen, vóór wanneer, en wat hij kan doen als dat niet "
      "lukt.",
      answers=(A(1, "agree", "Vanaf 1 september 2025 verstuurt het CJIB alle beschikkingen en aanmaningen in een "
                             "nieuwe versie op taalniveau B1, die vooraf is getest met mensen die zelf "
                             "betalingsproblemen hebben gehad."),)),
    title("Aanbeveling 2: bereikbaarheid buiten kantoortijd"),
    P("Het CJIB laat weten dat het vanaf 1 mei 2025 op dinsdag- en donderdagavond tot 20.00 uur en op zaterdagochtend "
      "telefonisch en via de chat bereikbaar is. Het CJIB heeft daarvoor twaalf medewerkers extra aangenomen. Na een "
      "jaar bekijkt het CJIB aan de hand van het aantal gesprekken of de tijden goed zijn gekozen.",
      answers=(A(2, "agree", "Het CJIB laat weten dat het vanaf 1 mei 2025 op dinsdag- en donderdagavond tot 20.00 "
                             "uur en op zaterdagochtend telefonisch en via de chat bereikbaar is."),)),
    title("Aanbeveling 3: contact na de eerste aanmaning"),
    P("Ik herken uit uw rapport dat mensen die in financiële problemen zitten, vaak niet reageren op een brief. Of "
      "actief contact opnemen daar verandering in brengt, en tegen welke kosten, weet ik nog niet. Het CJIB start in "
      "het najaar van 2025 een proef in twee regio’s waarin medewerkers mensen bellen die drie weken na de eerste "
      "aanmaning nog niet hebben betaald of gereageerd. Over landelijke invoering besluit ik na de evaluatie van de "
      "proef, die ik eind 2026 verwacht.",
      answers=(A(3, "partial", "Over landelijke invoering besluit ik na de evaluatie van de proef, die ik eind 2026 "
                               "verwacht."),)),
    title("Aanbeveling 4: betalingsregeling vanaf de eerste aanmaning"),
    P("Ik neem deze aanbeveling over. Het is niet uit te leggen dat iemand die na de eerste aanmaning om een regeling "
      "vraagt, te horen krijgt dat dit pas weer kan als het dwangbevel is betekend. Het CJIB neemt vanaf 1 januari "
      "2026 in iedere eerste aanmaning een aanbod op voor een betalingsregeling, dat online of met één telefoontje kan "
      "worden aanvaard. De daarvoor nodige wijziging van de beleidsregels zet ik dit voorjaar in gang.",
      answers=(A(4, "agree", "Ik neem deze aanbeveling over."),)),
    title("Aanbeveling 5: termijnen die passen bij wat iemand kan betalen"),
    P("Ik neem deze aanbeveling gedeeltelijk over. Het CJIB gaat meerdere boetes in één regeling samenvoegen, verlaagt "
      "het minimale termijnbedrag van € 25 naar € 10 per maand en verlengt de maximale looptijd van twaalf naar 36 "
      "maanden. Een individuele berekening van de afloscapaciteit voor iedere aanvrager neem ik niet over. Het CJIB "
      "beschikt niet over de gegevens om die berekening te maken, en ik wil voorkomen dat een eenvoudige regeling een "
      "bewerkelijke procedure wordt. Wie een afloscapaciteit heeft die door een schuldhulpverlener is vastgesteld, kan "
      "zich wel tot het team Maatwerk wenden.",
      answers=(A(5, "partial", "Ik neem deze aanbeveling gedeeltelijk over."),)),

    H2("Verhogingen, verhaal en gijzeling"),
    title("Aanbeveling 6: geen verhogingen bij wie niet kan betalen"),
    P("Uw rapport laat zien hoe snel een boete kan oplopen wanneer iemand de eerste betaaltermijn mist, en ik herken "
      "dat beeld. U beveelt aan de wettelijke verhogingen achterwege te laten bij mensen die aantoonbaar niet kunnen "
      "betalen. Dit acht ik niet wenselijk omdat de verhogingen juist bedoeld zijn om tijdige betaling te bevorderen "
      "en een uitzondering op grond van betaalvermogen die prikkel voor iedereen zou verzwakken.",
      answers=(A(6, "disagree", "Dit acht ik niet wenselijk omdat de verhogingen juist bedoeld zijn om tijdige "
                                "betaling te bevorderen en een uitzondering op grond van betaalvermogen die prikkel "
                                "voor iedereen zou verzwakken."),)),
    P("Daarbij komt dat het CJIB op het moment van de eerste aanmaning niet weet wie wel en wie niet kan betalen. Ik "
      "zet liever in op het voorkomen van verhogingen, door eerder een betalingsregeling aan te bieden, zoals ik bij "
      "aanbeveling 4 heb toegezegd.",
      answers=(A(6, "disagree", "Ik zet liever in op het voorkomen van verhogingen, door eerder een "
                                "betalingsregeling aan te bieden, zoals ik bij aanbeveling 4 heb toegezegd."),)),
    title("Aanbevelingen 7 en 8: een boete naar inkomen en de beslagvrije voet"),
    P("Ik deel uw zorg dat een boete van dezelfde hoogte iemand met een laag inkomen harder raakt dan iemand met een "
      "hoog inkomen. Ik zie op dit moment geen mogelijkheid om de hoogte van verkeersboetes af te stemmen op het "
      "inkomen: de Wet Mulder is gebouwd op vaste bedragen die zonder tussenkomst van een rechter in grote aantallen "
      "kunnen worden opgelegd, en een inkomenstoets bij ruim acht miljoen beschikkingen per jaar is niet uitvoerbaar. "
      "Anders ligt het bij de beslagvrije voet. Uw aanbeveling om die bij iedere vorm van verhaal te respecteren, ook "
      "bij beslag op een bankrekening, onderschrijf ik. Het CJIB past zijn werkwijze per 1 oktober 2025 aan: vóór "
      "ieder bankbeslag wordt nagegaan welk deel van het saldo uit loon, uitkering of toeslagen bestaat, en dat deel "
      "blijft buiten het beslag.",
      answers=(A(7, "disagree", "Ik zie op dit moment geen mogelijkheid om de hoogte van verkeersboetes af te stemmen "
                                "op het inkomen: de Wet Mulder is gebouwd op vaste bedragen die zonder tussenkomst "
                                "van een rechter in grote aantallen kunnen worden opgelegd, en een inkomenstoets bij "
                                "ruim acht miljoen beschikkingen per jaar is niet uitvoerbaar."),
               A(8, "agree", "Uw aanbeveling om die bij iedere vorm van verhaal te respecteren, ook bij beslag op een "
                             "bankrekening, onderschrijf ik."))),
    title("Aanbeveling 9: gijzeling"),
    P("Gijzeling is bedoeld voor wie niet wil betalen, niet voor wie niet kan betalen. Ik neem het eerste deel van "
      "deze aanbeveling over: het CJIB vraagt vanaf 1 juli 2025 geen machtiging tot gijzeling meer aan zonder eerst na "
      "te gaan of iemand bekend is bij de gemeentelijke schuldhulpverlening of onder bewind staat. Een wettelijke "
      "uitzondering, zoals u in het tweede deel van de aanbeveling vraagt, voeg ik daar niet aan toe. De kantonrechter "
      "toetst al in ieder afzonderlijk geval of gijzeling gerechtvaardigd is, en ik wil het CJIB de ruimte laten om "
      "bij misbruik van een schuldhulptraject toch op te treden.",
      answers=(A(9, "partial", "Ik neem het eerste deel van deze aanbeveling over: het CJIB vraagt vanaf 1 juli 2025 "
                               "geen machtiging tot gijzeling meer aan zonder eerst na te gaan of iemand bekend is "
                               "bij de gemeentelijke schuldhulpverlening of onder bewind staat."),)),
    title("Aanbeveling 10: verhogingen na een nagekomen regeling"),
    P("Zie hiervoor mijn reactie op aanbeveling 6. Ook hier geldt dat ik de hoogte van de wettelijke verhogingen niet "
      "afhankelijk wil maken van de manier waarop iemand achteraf betaalt.",
      answers=(A(10, "disagree", "Zie hiervoor mijn reactie op aanbeveling 6."),)),
    title("Aanbeveling 11: ruimte voor kwijtschelding in schrijnende gevallen"),
    P("Het CJIB heeft nu geen wettelijke ruimte om verhogingen of kosten geheel of gedeeltelijk kwijt te schelden. Ik "
      "begrijp de wens om die ruimte in uitzonderlijke situaties wel te bieden. Tegelijk raakt een hardheidsclausule "
      "aan het uitgangspunt dat een sanctie voor iedereen gelijk is, en vraagt zij om criteria die in de uitvoering "
      "hanteerbaar zijn. Ik laat daarom verkennen of een beperkte hardheidsclausule in de Wet Mulder mogelijk is en "
      "welke gevolgen die heeft voor het CJIB. Over de uitkomst informeer ik u in het najaar van 2025.",
      answers=(A(11, "partial", "Ik laat daarom verkennen of een beperkte hardheidsclausule in de Wet Mulder mogelijk "
                                "is en welke gevolgen die heeft voor het CJIB."),)),

    H2("Kentekens"),
    title("Aanbeveling 12: herinnering voordat een kentekenboete volgt"),
    P("Ik heb deze aanbeveling besproken met de minister van Infrastructuur en Waterstaat, die verantwoordelijk is "
      "voor de RDW. De RDW stuurt vanaf 1 januari 2026 iedere kentekenhouder van wie de verzekering is beëindigd of de "
      "APK is verlopen eerst een herinnering per brief en via de Berichtenbox, met een termijn van vier weken, voordat "
      "een boete wordt opgelegd. De kosten van ongeveer € 1,3 miljoen per jaar worden gedekt binnen de begroting van "
      "de RDW.",
      answers=(A(12, "agree", "De RDW stuurt vanaf 1 januari 2026 iedere kentekenhouder van wie de verzekering is "
                              "beëindigd of de APK is verlopen eerst een herinnering per brief en via de Berichtenbox, "
                              "met een termijn van vier weken, voordat een boete wordt opgelegd."),)),
    title("Aanbeveling 13: kosteloos schorsen"),
    P("Het kabinet neemt deze aanbeveling niet over. De tarieven van de RDW zijn kostendekkend en gelden voor iedere "
      "kentekenhouder; een vrijstelling naar inkomen past niet bij dat stelsel en zou een inkomenstoets vragen die de "
      "RDW niet kan uitvoeren. Wel wijs ik erop dat het schorsen van een kenteken online goedkoper is dan aan het "
      "loket, en dat de herinnering uit aanbeveling 12 ook op die mogelijkheid zal wijzen.",
      answers=(A(13, "disagree", "Het kabinet neemt deze aanbeveling niet over."),)),

    H2("Gemeenten en schuldhulpverlening"),
    title("Aanbeveling 14: vorderingen van het CJIB in de schuldhulpverlening"),
    P("Deze aanbeveling is gericht aan gemeenten. Gemeenten zijn op grond van de Wet gemeentelijke schuldhulpverlening "
      "verantwoordelijk voor de schuldhulp aan hun inwoners en bepalen zelf hoe zij die inrichten. Ik heb deze "
      "aanbeveling onder de aandacht gebracht van de VNG."),
    title("Aanbeveling 16: verkeersboetes en de minnelijke schuldregeling"),
    P("De minister van Sociale Zaken en Werkgelegenheid en ik zien, net als u, dat een schuldregeling weinig oplevert "
      "als iemand na afloop nog een schuld bij het CJIB heeft. Samen met de minister van Sociale Zaken en "
      "Werkgelegenheid laat ik onderzoeken hoe vorderingen van het CJIB een plaats kunnen krijgen in de minnelijke "
      "schuldregeling, met behoud van het karakter van de boete als straf. Het onderzoek wordt uitgevoerd in "
      "samenwerking met de VNG en de NVVK en start in het tweede kwartaal van 2025; de resultaten ontvangt u voor 1 "
      "juli 2026.",
      answers=(A(16, "agree", "Samen met de minister van Sociale Zaken en Werkgelegenheid laat ik onderzoeken hoe "
                              "vorderingen van het CJIB een plaats kunnen krijgen in de minnelijke schuldregeling, met "
                              "behoud van het karakter van de boete als straf."),)),

    H2("Tot slot"),
    P("Uw rapport laat zien dat regels die voor de meeste mensen goed werken, voor een kwetsbare groep hard kunnen "
      "uitpakken. Ik wil dat het CJIB een incassant is die streng is waar het moet en ruimte biedt waar het kan. Over "
      "de voortgang van de toezeggingen in deze brief informeer ik de Tweede Kamer in de jaarlijkse voortgangsbrief "
      "over het CJIB."),
    P("Hoogachtend,"),
    P("de staatssecretaris,"),
    P("mr. drs. H.C. van Bemmel-Ruys"),
)

RESPONSE = Document(
    title="Ministerie van Justitie en Veiligheid",
    subtitle="Directoraat-Generaal Straffen en Beschermen\n"
             "Aan de Nationale ombudsman\n"
             "Datum 3 maart 2025 · Ons kenmerk 6012874\n"
             "Betreft Reactie op het rapport ‘Vast in de boete’ (2024/118)",
    blocks=RESPONSE_BLOCKS,
    running_header="Datum 3 maart 2025 · Kenmerk 6012874 · Reactie op rapport 2024/118",
    footer="Pagina {page} van {pages}",
    font_size=10.5,
    title_page=False,
    font_family="serif",
)

PAIR = Pair(
    name="fines_collection_ombudsman",
    report=REPORT,
    response=RESPONSE,
    description="Nationale ombudsman report on traffic-fine collection by the CJIB (16 recommendations, each a line "
                "'Aanbeveling N – ...' under addressee headings) and the staatssecretaris' letter answering each "
                "after a bold short title; 7 and 8 in one paragraph, 10 refers to 6, 14 forwarded to the VNG, 15 not "
                "mentioned.",
)
