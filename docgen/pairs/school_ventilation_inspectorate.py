"""Pair: a fictional Inspectie van het Onderwijs report on ventilation and indoor climate in school buildings, and
the answer of the minister for Primary and Secondary Education.

Layout traits this pair tests: a sans report with a title page and a running header, chapters "1 Inleiding" to
"6 Tot slot"; bulleted lists ("•") of research questions and of sources that are not recommendations; the thirteen
recommendations stand at the end of the four findings chapters (2-5) under a level-3 heading "Wat moet er
gebeuren?", each as a bulleted list without numbers (gold ids "1".."13" in printed order).  The closing chapter
"Tot slot" contains "De inspectie vraagt de minister om binnen drie maanden te reageren" (not a recommendation).

The response is a letter (no title page, sans, running header) of the minister for Primary and Secondary Education.
Two context paragraphs take no position; a third says the minister of VRO answers the Bouwbesluit recommendation in
a separate letter (trap: 4 passed on).  Then a bulleted list (paragraphs that begin with "• " and a run-in that
paraphrases the recommendation, followed by " – "), not in report order and without numbers:
  1 (annual measurement by school boards) partial: "verken ik" with the sector councils;
  2 (CO2 meters in every classroom) agree without cue word: money and a date;
  3 (GGD advice and inspection) agree: "neem ik over";
  4 (Bouwbesluit requirements, VRO) not addressed: passed on to the VRO minister before the list;
  5 (legal duty of care for school boards) disagree: analysis shared, measure "acht ik niet proportioneel";
  6 (Frisse Scholen standard mandatory for new build) agree: "neem ik over";
  7 (municipal housing plans) not addressed: "Dit is aan gemeenten";
  8 (structural investment fund) partial: current scheme extended, structural fund declined;
  9 (law change on housing responsibilities) partial: "verken ik" in the evaluation;
  10 (school boards appoint a person responsible) not addressed: never mentioned;
  11 and 12 in one bullet: monitor agree (committed RIVM monitor), knowledge centre disagree (existing centre);
  13 (check at completion by municipalities) disagree: pointing at the existing Wkb.
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


def H3(text: str) -> Heading:
    return Heading(text, level=3)


def bullets(*texts: str) -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style="•")


def recs(*items: tuple[str, str, tuple[str, ...]]) -> ItemList:
    return ItemList(
        items=tuple(ListItem(text, recommendation=Recommendation(number, depts)) for number, text, depts in items),
        style="•",
    )


WAT = "Wat moet er gebeuren?"

# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H("Voorwoord"),
    P("Leerlingen brengen een groot deel van hun jeugd door in een klaslokaal. Dat lokaal hoort een plek te zijn waar "
      "zij zich kunnen concentreren, waar zij niet hoofdpijnig worden van bedompte lucht en waar het in juni niet "
      "dertig graden is. Voor een aanzienlijk deel van de Nederlandse scholen is dat nog geen werkelijkheid. In de "
      "winter gaan ramen dicht om de warmte vast te houden, in de zomer gaan ze open en komt het verkeerslawaai "
      "binnen. Leraren weten vaak niet hoe de ventilatie in hun lokaal werkt, en soms werkt die ook niet."),
    P("De coronapandemie heeft de aandacht voor ventilatie in scholen tijdelijk vergroot. Er kwamen meetcampagnes, "
      "CO2-meters en een subsidieregeling. Nu die aandacht is weggeëbd, wilde de inspectie weten wat er is "
      "veranderd en wat er nog moet gebeuren. Dit rapport geeft daarop een antwoord. Het is geen oordeel over "
      "individuele scholen, maar een beeld van het stelsel: van de regels, de geldstromen en de verdeling van "
      "verantwoordelijkheden die samen bepalen hoe gezond de lucht in de klas is."),
    P("Wij danken de schoolbesturen, schoolleiders, leraren, leerlingen, gemeenten en GGD'en die aan dit onderzoek "
      "hebben meegewerkt. Zonder hun openheid en hun meetgegevens had dit rapport niet kunnen worden geschreven."),
    P("drs. M.A. Hoogendijk-Brand, inspecteur-generaal van het Onderwijs"),
    PageBreak(),
    H("Samenvatting"),
    P("De inspectie onderzocht in het schooljaar 2023/2024 het binnenklimaat in 212 scholen voor primair en "
      "voortgezet onderwijs. In 1.460 lokalen werden gedurende ten minste vier weken de CO2-concentratie, de "
      "temperatuur en de luchtvochtigheid gemeten. Daarnaast spraken wij met bestuurders, gemeenten, GGD'en en "
      "installateurs en analyseerden wij de integrale huisvestingsplannen van veertig gemeenten."),
    P("Het beeld is zorgelijk. In 41 procent van de gemeten lokalen lag de CO2-concentratie tijdens lesuren meer "
      "dan een kwart van de tijd boven de 1.200 ppm, de grens die het Bouwbesluit voor nieuwbouw hanteert. In 17 "
      "procent van de lokalen werd in de zomermaanden op meer dan tien lesdagen een temperatuur boven de 28 graden "
      "gemeten. Oudere schoolgebouwen, vooral die uit de jaren zestig en zeventig, scoren het slechtst. Veel "
      "scholen hebben in 2021 en 2022 CO2-meters aangeschaft, maar die zijn op een derde van de scholen niet meer "
      "in gebruik of niet gekalibreerd."),
    P("De oorzaken liggen niet alleen bij de scholen. De wettelijke eisen voor bestaande gebouwen zijn laag en "
      "worden nauwelijks gehandhaafd. De verantwoordelijkheid voor het schoolgebouw is verdeeld tussen gemeenten en "
      "schoolbesturen, en in die verdeling valt ventilatie vaak tussen wal en schip. De bekostiging schiet tekort "
      "voor ingrijpende renovaties, en tijdelijke subsidieregelingen vragen veel voorfinanciering. Ten slotte "
      "ontbreekt een landelijk beeld: niemand houdt bij hoe het binnenklimaat in scholen zich ontwikkelt."),
    P("De inspectie doet dertien aanbevelingen. Zij staan aan het eind van de hoofdstukken 2 tot en met 5, onder "
      "het kopje 'Wat moet er gebeuren?'. Zij richten zich tot de minister voor Primair en Voortgezet Onderwijs, de "
      "minister van Volkshuisvesting en Ruimtelijke Ordening, gemeenten, schoolbesturen en de GGD'en."),
    PageBreak(),
    H("1 Inleiding"),
    H2("1.1 Aanleiding"),
    P("Een goed binnenklimaat draagt bij aan de gezondheid en de leerprestaties van leerlingen. Onderzoek in binnen- "
      "en buitenland laat zien dat een hoge CO2-concentratie samengaat met concentratieverlies, vermoeidheid en meer "
      "ziekteverzuim, bij leerlingen én bij leraren. Hoge temperaturen hebben een vergelijkbaar effect. Met de "
      "opwarming van het klimaat zullen hete lesdagen vaker voorkomen."),
    P("In 2020 en 2021 stond ventilatie in scholen volop in de belangstelling. Het kabinet stelde via de Specifieke "
      "uitkering ventilatie in scholen middelen beschikbaar, gemeenten en schoolbesturen inventariseerden hun "
      "gebouwen, en vrijwel iedere school kreeg een of meer CO2-meters. Die inspanning heeft in een deel van de "
      "scholen tot blijvende verbeteringen geleid. Tegelijk bleek dat lang niet alle aangevraagde projecten zijn "
      "uitgevoerd, onder meer doordat de eigen bijdrage en de stijgende bouwkosten te hoog werden.",
      footnotes=("De inspectie gebruikt in dit rapport de naam van de regeling zoals die in het onderwijsveld "
                 "gangbaar is; de formele titel wijkt daarvan af.",)),
    P("De Tweede Kamer heeft in 2023 gevraagd om een onafhankelijk beeld van de stand van zaken. De inspectie heeft "
      "daarop besloten een themaonderzoek uit te voeren als onderdeel van haar stelseltoezicht."),
    H2("1.2 Onderzoeksvragen"),
    P("Het onderzoek richtte zich op de volgende vragen:"),
    bullets(
        "Hoe is het binnenklimaat in lokalen van scholen voor primair en voortgezet onderwijs gesteld?",
        "Aan welke regels en normen moeten schoolgebouwen voldoen, en hoe worden die nageleefd?",
        "Hoe zijn de verantwoordelijkheden en de financiering voor het binnenklimaat georganiseerd?",
        "Welke kennis en gegevens zijn beschikbaar, en hoe gebruiken scholen en gemeenten die?",
    ),
    H2("1.3 Werkwijze"),
    P("De inspectie heeft de volgende bronnen gebruikt:"),
    bullets(
        "metingen in 1.460 lokalen van 212 scholen, verspreid over alle provincies en naar bouwjaar gestratificeerd;",
        "vragenlijsten aan de besturen van deze scholen en aan 96 schoolleiders;",
        "interviews met 31 vertegenwoordigers van gemeenten, GGD'en, installatiebedrijven en adviesbureaus;",
        "een documentanalyse van de integrale huisvestingsplannen van veertig gemeenten;",
        "gegevens van de Rijksdienst voor Ondernemend Nederland over de uitvoering van de eerdere "
        "subsidieregeling.",
    ),
    P("De metingen zijn uitgevoerd met gekalibreerde sensoren die elke vijf minuten een waarde registreerden. Voor "
      "de analyse zijn alleen de lesuren meegenomen. Waar wij in dit rapport spreken over 'overschrijding', bedoelen "
      "wij dat de CO2-concentratie meer dan 25 procent van de lestijd boven de 1.200 ppm lag. Dat is een ruime "
      "maatstaf: het Programma van Eisen Frisse Scholen hanteert voor klasse B een grens van 950 ppm boven de "
      "buitenlucht."),
    H2("1.4 Leeswijzer"),
    P("De hoofdstukken 2 tot en met 5 beschrijven elk een bevinding. Aan het eind van ieder hoofdstuk staat onder "
      "'Wat moet er gebeuren?' wat de inspectie van de betrokken partijen verwacht. Hoofdstuk 6 sluit het rapport "
      "af."),
    PageBreak(),
    H("2 Bevinding 1: in veel lokalen is de lucht niet gezond"),
    H2("2.1 Wat wij hebben gemeten"),
    P("In 41 procent van de 1.460 gemeten lokalen lag de CO2-concentratie meer dan een kwart van de lestijd boven "
      "de 1.200 ppm. In 12 procent van de lokalen gold dat zelfs voor meer dan de helft van de lestijd. Pieken "
      "boven de 2.000 ppm kwamen voor in een op de vijf lokalen, vooral na de eerste pauze en in het laatste lesuur "
      "van de ochtend. In het primair onderwijs waren de waarden gemiddeld hoger dan in het voortgezet onderwijs, "
      "omdat leerlingen daar de hele dag in hetzelfde lokaal blijven."),
    P("Het bouwjaar maakt veel uit. Van de lokalen in gebouwen van voor 1985 had 58 procent een overschrijding, "
      "tegen 14 procent in gebouwen die na 2015 zijn opgeleverd. Ook in nieuwe gebouwen gaat het echter niet altijd "
      "goed. In een deel daarvan stond de mechanische ventilatie op een te lage stand, bijvoorbeeld om geluid of "
      "energie te besparen, of was het systeem na oplevering nooit goed ingeregeld."),
    P("Temperatuur is een toenemend probleem. In de zomer van 2023 werd in 17 procent van de lokalen op meer dan "
      "tien lesdagen een temperatuur boven de 28 graden gemeten. Lokalen op de bovenste verdieping en op het zuiden "
      "waren het warmst. Slechts een klein deel van de scholen beschikt over zonwering aan de buitenkant of over "
      "een vorm van koeling."),
    H2("2.2 Wat scholen zelf doen"),
    P("Vrijwel alle scholen in het onderzoek hebben CO2-meters aangeschaft, de meeste in 2021. Op een derde van de "
      "scholen zijn die meters inmiddels niet meer in gebruik: de batterijen zijn leeg, de meters zijn kapot of "
      "opgeborgen. Waar de meters wel werken, worden ze zelden gekalibreerd en weten leraren vaak niet wat zij "
      "moeten doen als het lampje op rood springt. Een leraar zei: 'Dan zet ik een raam open, maar het kan pas "
      "open als het buiten niet te koud is en de bouwvakkers aan de overkant klaar zijn.'"),
    P("Een kleine groep besturen heeft het binnenklimaat stevig verankerd. Zij laten jaarlijks meten, bespreken de "
      "uitkomsten met de medezeggenschapsraad en reserveren geld voor onderhoud en inregeling van installaties. "
      "Deze besturen hebben meestal een eigen huisvestingsdeskundige of huren die in. De meeste kleinere besturen "
      "beschikken niet over die deskundigheid."),
    H2("2.3 De rol van de GGD"),
    P("GGD'en adviseren scholen op verzoek over het binnenklimaat. Het aantal adviesvragen steeg sterk tijdens de "
      "pandemie en is daarna teruggevallen. Het periodieke bezoek van de GGD aan scholen, dat is gericht op "
      "hygiëne en veiligheid, besteedt in de meeste regio's geen of weinig aandacht aan ventilatie. GGD'en gaven "
      "aan dat zij structurele problemen wel signaleren, maar dat zij geen vervolg kunnen geven als de school of "
      "de gemeente niet in actie komt."),
    H3(WAT),
    P("De inspectie verwacht dat het binnenklimaat in ieder lokaal zichtbaar wordt en dat op signalen wordt "
      "gehandeld. Daarvoor is het volgende nodig."),
    recs(
        ("1", "Schoolbesturen meten ten minste eenmaal per jaar in elk lokaal gedurende een representatieve periode "
              "de CO2-concentratie en de temperatuur, en bespreken de uitkomsten met de medezeggenschapsraad.",
         ("OTHER",)),
        ("2", "De minister voor Primair en Voortgezet Onderwijs zorgt ervoor dat uiterlijk in 2026 in ieder "
              "lokaal een werkende, gekalibreerde CO2-meter hangt en stelt daarvoor middelen beschikbaar.",
         ("OCW",)),
        ("3", "De GGD'en bieden scholen met structurele overschrijdingen actief advies aan en nemen het "
              "binnenklimaat op in hun periodieke bezoek aan scholen.",
         ("GEMEENTEN",)),
    ),
    PageBreak(),
    H("3 Bevinding 2: de regels zijn vrijblijvend"),
    H2("3.1 Eisen aan bestaande gebouwen"),
    P("Voor nieuwe schoolgebouwen stelt het Besluit bouwwerken leefomgeving eisen aan de ventilatiecapaciteit. "
      "Voor bestaande gebouwen gelden veel lagere eisen, het zogenoemde rechtens verkregen niveau. Een gebouw uit "
      "1970 hoeft in beginsel alleen te voldoen aan wat bij de bouw gold, met een ondergrens die voor een "
      "klaslokaal vaak neerkomt op minder dan de helft van de capaciteit die voor nieuwbouw wordt geëist. Bij een "
      "renovatie hoeft het gebouw in veel gevallen niet aan de nieuwbouweisen te voldoen."),
    P("Gemeenten zijn bevoegd gezag voor de naleving van de bouwregels. In de praktijk controleren zij bestaande "
      "schoolgebouwen niet op ventilatie. Geen van de veertig onderzochte gemeenten had in de afgelopen vijf jaar "
      "handhavend opgetreden op het binnenklimaat van een school. Gemeenten wezen erop dat zij zelf de "
      "huisvesting bekostigen en dus in een dubbele rol zitten."),
    H2("3.2 Frisse Scholen: een norm zonder status"),
    P("Het Programma van Eisen Frisse Scholen beschrijft drie ambitieniveaus voor het binnenklimaat (klasse A, B "
      "en C). Het programma wordt breed gebruikt bij nieuwbouw, maar heeft geen wettelijke status. Van de "
      "nieuwbouwprojecten in de onderzochte huisvestingsplannen was bij 70 procent klasse B als ambitie "
      "vastgelegd. Bij oplevering werd in ruim de helft van die gevallen niet gecontroleerd of die klasse ook "
      "was gehaald. In aanbestedingen wordt de ambitie regelmatig naar beneden bijgesteld als het budget "
      "knelt."),
    H2("3.3 De verantwoordelijkheid van het schoolbestuur"),
    P("De onderwijswetten verplichten schoolbesturen om te zorgen voor een veilige school. Een expliciete "
      "verplichting ten aanzien van het binnenklimaat ontbreekt. De Arbeidsomstandighedenwet biedt enige "
      "bescherming voor het personeel, maar niet voor leerlingen. Besturen gaven aan dat het binnenklimaat "
      "daardoor in de praktijk een 'nice to have' is, dat wijkt voor onderwijskundige prioriteiten zodra het geld "
      "krap is."),
    H3(WAT),
    P("Zonder heldere en afdwingbare normen blijft een gezond binnenklimaat afhankelijk van de ambitie van "
      "individuele besturen en gemeenten. De inspectie verwacht daarom het volgende."),
    recs(
        ("4", "De minister van Volkshuisvesting en Ruimtelijke Ordening verhoogt in het Besluit bouwwerken "
              "leefomgeving de ventilatie-eisen voor bestaande schoolgebouwen, zodat deze bij renovatie ten minste "
              "het niveau van nieuwbouw bereiken.",
         ("BZK",)),
        ("5", "De minister voor Primair en Voortgezet Onderwijs neemt in de onderwijswetten een zorgplicht op voor "
              "schoolbesturen om te zorgen voor een gezond binnenklimaat in hun gebouwen.",
         ("OCW",)),
        ("6", "De minister voor Primair en Voortgezet Onderwijs en de minister van Volkshuisvesting en Ruimtelijke "
              "Ordening maken klasse B van het Programma van Eisen Frisse Scholen de verplichte ondergrens bij "
              "nieuwbouw en ingrijpende renovatie van schoolgebouwen.",
         ("OCW", "BZK")),
    ),
    PageBreak(),
    H("4 Bevinding 3: verantwoordelijkheid en geld zijn versnipperd"),
    H2("4.1 Wie is verantwoordelijk?"),
    P("Sinds de decentralisatie van de onderwijshuisvesting in 1997 zijn gemeenten verantwoordelijk voor "
      "nieuwbouw, uitbreiding en ingrijpende renovatie van schoolgebouwen. Schoolbesturen zijn verantwoordelijk "
      "voor onderhoud en aanpassing van het gebouw en ontvangen daarvoor een deel van de lumpsum. Ventilatie valt "
      "precies op de grens: is het vervangen van een installatie onderhoud, aanpassing of renovatie? In de "
      "interviews bleek dat gemeenten en besturen die vraag verschillend beantwoorden, en dat projecten daardoor "
      "jarenlang blijven liggen."),
    P("De integrale huisvestingsplannen (IHP's) die gemeenten samen met besturen opstellen, zouden hierin "
      "duidelijkheid moeten geven. Van de veertig onderzochte IHP's bevatten er negen een concrete planning voor "
      "de verbetering van het binnenklimaat. In de overige plannen wordt ventilatie genoemd als aandachtspunt, "
      "zonder planning of budget. Dertien gemeenten hadden geen actueel IHP."),
    H2("4.2 Tijdelijke regelingen en voorfinanciering"),
    P("De eerdere specifieke uitkering voor ventilatie vergoedde 30 procent van de kosten van een project; de rest "
      "moesten gemeenten en besturen zelf bijdragen. Uit de gegevens van de uitvoerder blijkt dat van de "
      "toegekende projecten ongeveer 40 procent niet of slechts gedeeltelijk is uitgevoerd. De belangrijkste "
      "redenen waren de eigen bijdrage, de kortlopende termijnen en de sterk gestegen bouwkosten. Besturen die "
      "meerdere gebouwen tegelijk wilden aanpakken, moesten grote bedragen voorfinancieren."),
    P("De bekostiging van onderhoud via de lumpsum is gebaseerd op normbedragen die geen rekening houden met de "
      "kosten van moderne balansventilatie en het onderhoud daarvan. Besturen met veel oude gebouwen komen "
      "daardoor structureel tekort.",
      footnotes=("Zie ook de eerdere rapporten van de inspectie over de financiële positie van schoolbesturen.",)),
    H2("4.3 De school als beheerder"),
    P("Ook waar installaties goed zijn aangelegd, gaat het mis in het beheer. Op veel scholen is niemand "
      "aangewezen als verantwoordelijke voor het binnenklimaat. Onderhoudscontracten met installateurs zijn "
      "beperkt tot storingen, filters worden niet op tijd vervangen en na een verbouwing wordt de installatie niet "
      "opnieuw ingeregeld. Conciërges en facilitair medewerkers hebben vaak geen opleiding voor de systemen die zij "
      "moeten bedienen."),
    H3(WAT),
    P("Verbetering van het binnenklimaat vraagt om duidelijke afspraken en om geld dat voorspelbaar beschikbaar "
      "is. De inspectie vraagt het volgende."),
    recs(
        ("7", "Gemeenten nemen in hun integrale huisvestingsplan een meerjarige planning met budget op voor de "
              "verbetering van het binnenklimaat van alle scholen waar structurele overschrijdingen zijn gemeten.",
         ("GEMEENTEN",)),
        ("8", "De minister voor Primair en Voortgezet Onderwijs richt een structureel investeringsfonds in voor "
              "ventilatie en verduurzaming van schoolgebouwen, zonder eigen bijdrage of voorfinanciering door "
              "gemeenten en schoolbesturen.",
         ("OCW",)),
        ("9", "De minister voor Primair en Voortgezet Onderwijs legt in de wet vast hoe de verantwoordelijkheid "
              "voor installaties voor ventilatie en koeling is verdeeld tussen gemeenten en schoolbesturen.",
         ("OCW",)),
        ("10", "Schoolbesturen wijzen per gebouw een verantwoordelijke voor het binnenklimaat aan en leggen het "
               "onderhoud en het periodiek inregelen van installaties vast in hun onderhoudscontracten.",
         ("OTHER",)),
    ),
    PageBreak(),
    H("5 Bevinding 4: niemand heeft het overzicht"),
    H2("5.1 Geen landelijk beeld"),
    P("Er is geen landelijke registratie van het binnenklimaat in scholen. De meetcampagnes van 2021 zijn niet "
      "herhaald, en de gegevens die scholen zelf verzamelen, worden nergens samengebracht. Daardoor kan niemand "
      "zeggen of de situatie verbetert of verslechtert, en kan het beleid niet worden gericht op de scholen die "
      "het er het slechtst aan toe zijn. Ouders die willen weten hoe het binnenklimaat op de school van hun kind "
      "is, kunnen dat nergens nagaan."),
    H2("5.2 Kennis is versnipperd"),
    P("Schoolbesturen en gemeenten vinden informatie over ventilatie bij uiteenlopende partijen: de sectorraden, "
      "het Kenniscentrum Onderwijshuisvesting, de GGD, installateurs en adviesbureaus. De adviezen spreken elkaar "
      "soms tegen, bijvoorbeeld over de vraag of natuurlijke ventilatie met roosters volstaat of dat mechanische "
      "ventilatie nodig is. Kleine besturen gaven aan dat zij vooral behoefte hebben aan één plek waar zij met "
      "concrete vragen terechtkunnen."),
    H2("5.3 Controle bij oplevering"),
    P("Bij nieuwbouw en renovatie wordt zelden gemeten of de beloofde luchtkwaliteit ook wordt gehaald. In de "
      "onderzochte projecten was bij minder dan een derde een prestatiemeting na oplevering uitgevoerd. Waar dat "
      "wel gebeurde, voldeed een kwart van de lokalen niet aan de afgesproken klasse. De stelselwijziging in het "
      "bouwtoezicht heeft daarin volgens gemeenten en adviseurs nog weinig veranderd, omdat de kwaliteitsborging "
      "zich vooral richt op de bouwkundige kant."),
    H3(WAT),
    P("Om gericht te kunnen verbeteren, moet duidelijk zijn waar het binnenklimaat tekortschiet, en moeten "
      "scholen weten waar zij terechtkunnen. De inspectie verwacht het volgende."),
    recs(
        ("11", "De minister voor Primair en Voortgezet Onderwijs laat jaarlijks een landelijke monitor van het "
               "binnenklimaat in scholen uitvoeren en maakt de uitkomsten openbaar.",
         ("OCW",)),
        ("12", "De minister voor Primair en Voortgezet Onderwijs richt één landelijk kennispunt binnenklimaat in "
               "waar schoolbesturen en gemeenten terechtkunnen met technische en financiële vragen.",
         ("OCW",)),
        ("13", "Gemeenten laten bij de oplevering van nieuwbouw en renovatie van schoolgebouwen meten of de "
               "afgesproken ventilatiecapaciteit en luchtkwaliteit daadwerkelijk worden gehaald.",
         ("GEMEENTEN",)),
    ),
    PageBreak(),
    H("6 Tot slot"),
    P("Een gezond binnenklimaat is geen luxe, maar een voorwaarde voor goed onderwijs. De inspectie ziet dat veel "
      "schoolbesturen en gemeenten de urgentie voelen, maar dat zij vastlopen in onduidelijke regels, "
      "versnipperde verantwoordelijkheden en geld dat te laat of te kort beschikbaar komt. De oplossing ligt "
      "daarom niet bij één partij."),
    P("De inspectie zal het binnenklimaat de komende jaren betrekken bij haar bezoeken aan besturen, in het "
      "bijzonder waar het gaat om de vraag of besturen zicht hebben op de kwaliteit van hun gebouwen. Zij zal over "
      "twee jaar rapporteren over de voortgang."),
    P("De inspectie vraagt de minister om binnen drie maanden te reageren op dit rapport en daarbij aan te geven "
      "welke aanbevelingen worden overgenomen en op welke termijn."),
)

REPORT = Document(
    title="Frisse lucht in de klas",
    subtitle="Themaonderzoek naar ventilatie en binnenklimaat in schoolgebouwen in het primair en voortgezet "
             "onderwijs",
    blocks=REPORT_BLOCKS,
    running_header="Inspectie van het Onderwijs  |  Frisse lucht in de klas",
    footer="{page}",
    font_family="sans",
    imprint=("Inspectie van het Onderwijs", "Utrecht, oktober 2024"),
)

# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV1 = ("Of een jaarlijkse meting in ieder lokaal haalbaar is zonder de scholen onevenredig te belasten, verken ik "
       "het komende jaar samen met de PO-Raad en de VO-raad.")
EV2 = ("Ik stel in 2025 en 2026 in totaal 21 miljoen euro beschikbaar waarmee iedere school voor elk lokaal een "
       "gekalibreerde CO2-meter kan aanschaffen of vervangen; de aanvraag staat open vanaf 1 maart 2025.")
EV3 = "Deze aanbeveling neem ik over."
EV5 = "Een afzonderlijke wettelijke zorgplicht acht ik echter niet proportioneel."
EV6 = "Samen met de minister van Volkshuisvesting en Ruimtelijke Ordening neem ik deze aanbeveling over."
EV8 = ("Een nieuw structureel fonds zonder eigen bijdrage kan ik binnen de huidige begroting niet realiseren, "
       "maar de lopende regeling verleng ik tot en met 2028 en het percentage dat het Rijk vergoedt, verhoog ik "
       "van 30 naar 40 procent.")
EV9 = ("Of een wettelijke verduidelijking daarnaast nodig is, verken ik bij de evaluatie van de "
       "huisvestingsbekostiging die in 2025 van start gaat.")
EV11 = ("Vanaf het schooljaar 2025/2026 voert het RIVM in mijn opdracht jaarlijks een landelijke monitor "
        "binnenklimaat uit, waarvan ik de uitkomsten telkens voor 1 juli aan uw Kamer stuur.")
EV12 = "Een nieuw landelijk kennispunt richt ik niet op."
EV13 = "Een aanvullende meetverplichting bij oplevering voeg ik daar niet aan toe."

RESPONSE_BLOCKS = (
    P("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal"),
    P("Datum: 14 januari 2025"),
    P("Betreft: Reactie op het inspectierapport 'Frisse lucht in de klas'"),
    P("Geachte voorzitter,"),
    P("Op 22 oktober 2024 heeft de Inspectie van het Onderwijs het rapport 'Frisse lucht in de klas' gepubliceerd. "
      "Het rapport beschrijft de uitkomsten van metingen in bijna 1.500 lokalen en schetst een beeld van de regels, "
      "de geldstromen en de verdeling van verantwoordelijkheden rond het binnenklimaat in schoolgebouwen. Ik dank "
      "de inspectie voor dit grondige onderzoek, en de scholen die hun deuren en hun meetgegevens ter beschikking "
      "hebben gesteld. Met deze brief geef ik, mede namens de minister van Volkshuisvesting en Ruimtelijke "
      "Ordening, mijn reactie op het rapport."),
    P("De uitkomsten zijn niet nieuw, maar wel indringend. Dat in vier op de tien lokalen de lucht een groot deel "
      "van de lesdag te veel CO2 bevat, raakt aan de gezondheid van leerlingen en leraren en aan de kwaliteit van "
      "het onderwijs. Sinds 2020 is er met de specifieke uitkering voor ventilatie ruim 360 miljoen euro in "
      "schoolgebouwen geïnvesteerd, en in het Bestuurlijk overleg onderwijshuisvesting maken Rijk, gemeenten en "
      "sectorraden sinds 2023 afspraken over de kwaliteit van het gebouwenbestand. Tegelijk laat het rapport zien "
      "dat die inspanningen onvoldoende hebben opgeleverd voor de oudste gebouwen, en dat zij te afhankelijk zijn "
      "gebleven van tijdelijke middelen."),
    P("De inspectie richt een aantal aanbevelingen tot de minister van Volkshuisvesting en Ruimtelijke Ordening. Op "
      "de aanbeveling om de eisen voor bestaande schoolgebouwen in het Besluit bouwwerken leefomgeving te "
      "verhogen, gaat zij in een afzonderlijke brief in, die uw Kamer voor het zomerreces ontvangt, samen met de "
      "uitkomsten van de lopende herijking van de bouwregels voor bestaande gebouwen. De overige aanbevelingen "
      "bespreek ik hieronder per onderwerp."),
    H2("Reactie op de aanbevelingen"),
    P("• CO2-meters in ieder lokaal – Uit het rapport blijkt dat veel meters uit 2021 niet meer werken. " + EV2
      + " Scholen die in de afgelopen drie jaar al nieuwe meters hebben gekocht, kunnen met dit geld de "
      "kalibratie laten verzorgen.",
      answers=(Answer("2", "agree", EV2),)),
    P("• Jaarlijkse meting door schoolbesturen – Ik vind het belangrijk dat schoolbesturen zicht hebben op het "
      "binnenklimaat in hun gebouwen, en de nieuwe meters maken dat eenvoudiger. " + EV1 + " Daarbij betrek ik "
      "ook de vraag hoe de uitkomsten het best met de medezeggenschapsraad kunnen worden besproken.",
      answers=(Answer("1", "partial", EV1),)),
    P("• Advies en bezoek door de GGD – " + EV3 + " Samen met GGD GHOR Nederland en de staatssecretaris van "
      "Volksgezondheid, Welzijn en Sport zorg ik ervoor dat het binnenklimaat vanaf 2026 een vast onderdeel is "
      "van het periodieke bezoek van de GGD aan scholen, en dat scholen met structurele overschrijdingen actief "
      "een adviesgesprek krijgen aangeboden.",
      answers=(Answer("3", "agree", EV3),)),
    P("• Frisse Scholen als ondergrens bij nieuwbouw – " + EV6 + " Klasse B van het Programma van Eisen Frisse "
      "Scholen wordt via een wijziging van het Besluit bouwwerken leefomgeving de minimumeis voor nieuwe "
      "schoolgebouwen en ingrijpende renovaties; het ontwerpbesluit gaat in het najaar van 2025 in consultatie.",
      answers=(Answer("6", "agree", EV6),)),
    P("• Zorgplicht voor een gezond binnenklimaat – Ik deel de analyse van de inspectie dat het binnenklimaat in "
      "de praktijk te vaak wijkt voor andere prioriteiten. " + EV5 + " Schoolbesturen zijn op grond van de "
      "onderwijswetten al verplicht om te zorgen voor een veilige en gezonde leeromgeving, en de inspectie kan "
      "daar in haar bestuursgerichte toezicht op toezien. Een nieuwe wettelijke plicht brengt vooral extra "
      "verantwoordingslast met zich mee, zonder dat er een euro meer in de gebouwen terechtkomt.",
      answers=(Answer("5", "disagree", EV5),)),
    P("• Een structureel investeringsfonds – Ik herken het beeld dat tijdelijke regelingen met een hoge eigen "
      "bijdrage voor veel besturen en gemeenten moeilijk te benutten zijn. " + EV8 + " Daarmee wordt de "
      "voorfinanciering lager, al blijft een eigen bijdrage nodig.",
      answers=(Answer("8", "partial", EV8),)),
    P("• Verdeling van verantwoordelijkheden in de wet – De grens tussen onderhoud, aanpassing en renovatie is in "
      "de praktijk inderdaad niet altijd scherp. Rijk, VNG en sectorraden hebben in 2024 een handreiking "
      "opgesteld die verduidelijkt wie voor welke installaties betaalt. " + EV9,
      answers=(Answer("9", "partial", EV9),)),
    P("• Huisvestingsplannen van gemeenten – Gemeenten zijn verantwoordelijk voor de integrale "
      "huisvestingsplannen en stellen die samen met de schoolbesturen in hun gemeente op. Dit is aan gemeenten. "
      "De VNG heeft mij laten weten dat zij het rapport met haar leden zal bespreken."),
    P("• Landelijke monitor en kennispunt – Ik ben het met de inspectie eens dat een landelijk beeld ontbreekt. "
      + EV11 + " De uitkomsten worden per regio en per bouwperiode gepubliceerd. " + EV12 + " Het Kenniscentrum "
      "Onderwijshuisvesting vervult die rol al, en ik vraag het kenniscentrum om zijn adviezen over ventilatie "
      "beter af te stemmen met die van de GGD'en.",
      answers=(Answer("11", "agree", EV11), Answer("12", "disagree", EV12))),
    P("• Metingen bij oplevering – Sinds 1 januari 2024 geldt voor nieuwbouw de Wet kwaliteitsborging voor het "
      "bouwen, waarbij een onafhankelijke kwaliteitsborger controleert of het gebouw aan de bouwregels voldoet, "
      "inclusief de ventilatie-eisen. " + EV13 + " Het staat gemeenten en schoolbesturen vrij om in hun "
      "bouwcontracten een prestatiemeting af te spreken.",
      answers=(Answer("13", "disagree", EV13),)),
    H2("Tot slot"),
    P("De inspectie zal over twee jaar rapporteren over de voortgang. Ik zal uw Kamer in de tussentijd via de "
      "jaarlijkse monitor op de hoogte houden van de ontwikkeling van het binnenklimaat in scholen. Ik vertrouw "
      "erop dat Rijk, gemeenten, schoolbesturen en GGD'en met dit rapport in de hand samen de stappen zetten die "
      "nodig zijn om iedere leerling in frisse lucht te laten leren."),
    P("De minister voor Primair en Voortgezet Onderwijs,"),
    P("drs. J.W. van Ommeren"),
)

RESPONSE = Document(
    title="Reactie op het inspectierapport 'Frisse lucht in de klas'",
    subtitle="Brief van de minister voor Primair en Voortgezet Onderwijs",
    blocks=RESPONSE_BLOCKS,
    running_header="Ministerie van Onderwijs, Cultuur en Wetenschap  |  Reactie Frisse lucht in de klas",
    footer="Pagina {page} van {pages}",
    font_family="sans",
    title_page=False,
)

PAIR = Pair(
    name="school_ventilation_inspectorate",
    report=REPORT,
    response=RESPONSE,
    description="Inspectie van het Onderwijs report on school ventilation (13 unnumbered bulleted recommendations "
                "under 'Wat moet er gebeuren?' in four findings chapters) and the PVO minister's letter answering "
                "in a bulleted list with run-ins; 4 passed on to VRO, 7 passed to municipalities, 10 not "
                "mentioned, 11 and 12 in one bullet.",
)
