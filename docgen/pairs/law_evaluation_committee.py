"""Pair: a fictional Evaluatiecommissie Wet toegankelijke publieke dienstverlening and the kabinetsstandpunt on it.

Layout traits this pair tests: a sans report with a title page, a running header and "Pagina n" footers.  The
analysis chapters each end in a ruled "Bevindingen" box (a two-column table "Nr. | Bevindingen") with findings
numbered B1-B9: numbered, imperative-sounding, but not recommendations.  The chapter "Conclusies en aanbevelingen"
has unnumbered chapter headings, level-2 theme headings "1 ...", "2 ...", "3 ...", a short conclusion in prose per
theme and then one numbered list per theme whose labels are the two-level numbers "1.1" ... "3.4".  Every item
opens with its addressee ("Aan de minister van BZK: ..."); several items carry a second block of explanation that is
printed as continuation text of the same item (the renderer has no multi-paragraph items, so it runs on in the same
item).  The response is a letter (no title page, serif) of the minister of BZK, also on behalf of the
staatssecretaris for Digitalisering and the minister of VWS: thanks and context without position, a section
"Hoofdlijnen" that answers 1.2 by subject without its number, then "Reactie per aanbeveling" with paragraphs that
start "1.1 –" followed by a paraphrase and a separate sentence "Standpunt: ...".

Gold positions (14 recommendations):
1.1 (sanction on accessibility duty, KR&D) partial: "Standpunt: deels overnemen." (duty to publish yes, fine no).
1.2 (legal right to a non-digital channel, KR&D) agree: first answered by subject in "Hoofdlijnen", then numbered.
1.3 (structural money for Informatiepunten, BZK) agree without cue: no Standpunt line, € 14 miljoen from 2026.
1.4 (municipal coordinator, GEMEENTEN) not addressed: passed on to the VNG and the colleges without a position.
1.5 (call-back guarantee UWV/SVB/Belastingdienst, SZW FIN) agree: "Standpunt: geen; dit is aan de
    uitvoeringsorganisaties." but the explanation commits the three organisations to it by 1 July 2026 with money;
    decided on the committed measure, evidence is that sentence.
2.1 (distance norm for physical counters in the law, BZK) disagree, blunt "Standpunt: niet overnemen.".
2.2 (20 extra Rijksservicepunten, BZK) partial: "Standpunt: het kabinet neemt deze aanbeveling over." followed only
    by a study of where a point is needed before any decision; decided partial, evidence is the study sentence.
2.3 (cliëntondersteuning for contacts with agencies, VWS) disagree, pointing at the existing Wmo 2015 duty.
2.4 (B1 letters tested with users, SZW FIN) not addressed: "Standpunt: geen; ..." and only existing practice.
2.5 (physical accessibility audit of municipal counters, GEMEENTEN) not addressed: never mentioned.
3.1 (independent supervisor, BZK) partial: "Standpunt: deels overnemen." (digital part to an existing inspectorate).
3.2 (central complaints desk, BZK) disagree: shares the analysis, not the measure ("past niet bij").
3.3 (yearly monitor to parliament, BZK) agree, answered in one paragraph together with 3.4.
3.4 (study extending scope to semi-public bodies, BZK) disagree in that same paragraph ("niet opportuun").
Odd: the brief asks for a bold "1.2 –" lead; a paragraph is bold as a whole or not at all, so the numbers are plain.
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
    Table,
)

H = Heading
P = Paragraph


def H2(text: str) -> Heading:
    return Heading(text, level=2)


def H3(text: str) -> Heading:
    return Heading(text, level=3)


def bullets(*texts: str) -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style="•")


def recs(*items: tuple[str, tuple[str, ...], str]) -> ItemList:
    """A theme's recommendations: (number, departments, text); the number is printed as the label."""
    return ItemList(
        items=tuple(ListItem(text, recommendation=Recommendation(number, tuple(depts)))
                    for number, depts, text in items),
        style="1.",
    )


def findings(*rows: tuple[str, str]) -> Table:
    """A ruled "Bevindingen" box with numbered findings B1, B2 ... (not recommendations)."""
    return Table(header=("Nr.", "Bevindingen"), rows=tuple(rows), widths=(1.0, 9.0), rules="grid")


def A(number: str, position: str, evidence: str) -> Answer:
    return Answer(number, position, evidence)


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H("Voorwoord"),
    P("Op 1 januari 2020 trad de Wet toegankelijke publieke dienstverlening in werking. De wet beloofde iets wat "
      "eenvoudig klinkt: iedereen moet de overheid kunnen bereiken, ongeacht leeftijd, beperking, taalvaardigheid of "
      "digitale vaardigheden. Vijf jaar later heeft de commissie onderzocht of die belofte is ingelost. Het antwoord "
      "is genuanceerd. Er is veel verbeterd, vooral aan websites en formulieren. Tegelijk hebben wij mensen "
      "gesproken die de overheid nog steeds niet bereiken, of alleen met hulp van een buurvrouw, een kind of een "
      "vrijwilliger in de bibliotheek."),
    P("De wet schrijft in artikel 14 voor dat de minister van Binnenlandse Zaken en Koninkrijksrelaties binnen vijf "
      "jaar na inwerkingtreding aan de Staten-Generaal een verslag zendt over de doeltreffendheid en de effecten "
      "van de wet in de praktijk. De minister heeft daartoe in maart 2024 deze onafhankelijke commissie ingesteld. "
      "De commissie heeft haar werk in volledige onafhankelijkheid kunnen doen en dankt de ambtelijke secretaris, "
      "de onderzoekers van het bureau dat het veldwerk uitvoerde, en vooral de ruim tweehonderd burgers die hun "
      "ervaringen met ons deelden."),
    P("Wij hopen dat dit rapport bijdraagt aan een overheid die niet alleen bereikbaar is voor wie de weg al kent."),
    P("Drs. M.A. Hoekstra-Delmonte, voorzitter"),
    PageBreak(),
    H("Samenvatting"),
    P("De Wet toegankelijke publieke dienstverlening (hierna: Wtpd of de wet) verplicht bestuursorganen van het "
      "Rijk, gemeenten, provincies en waterschappen, en de grote uitvoeringsorganisaties, om hun dienstverlening zo "
      "in te richten dat burgers haar langs verschillende kanalen kunnen bereiken. De wet bevat drie kernplichten: "
      "digitale dienstverlening voldoet aan de geldende toegankelijkheidsstandaard, er is voor iedere dienst een "
      "niet-digitale weg, en burgers die daarom vragen krijgen passende ondersteuning."),
    P("De commissie concludeert dat de wet haar eerste doel grotendeels heeft bereikt. Het aandeel overheidswebsites "
      "dat volledig of grotendeels aan de standaard voldoet, steeg van 31 procent in 2020 naar 68 procent in 2024. "
      "De tweede en derde kernplicht zijn veel minder goed van de grond gekomen. De niet-digitale weg is in de "
      "praktijk vaak een telefoonnummer met lange wachttijden, en ondersteuning hangt sterk af van de gemeente "
      "waar iemand woont. Het toezicht op de naleving is versnipperd en burgers weten niet waar zij met klachten "
      "terechtkunnen."),
    P("De commissie doet veertien aanbevelingen, verdeeld over drie thema's: de digitale dienstverlening en de "
      "ondersteuning daarbij, de fysieke en persoonlijke bereikbaarheid, en het toezicht, de klachtbehandeling en "
      "de wet zelf. De aanbevelingen zijn gericht aan de minister van BZK, de staatssecretaris van BZK belast met "
      "Digitalisering, de minister van VWS, de gemeenten en de uitvoeringsorganisaties. Zij staan in het laatste "
      "hoofdstuk van dit rapport."),
    PageBreak(),
    H("Inleiding"),
    H2("Aanleiding en opdracht"),
    P("De Wtpd is in 2018 door de Tweede Kamer aangenomen na een initiatief dat breed werd gesteund. Aanleiding was "
      "de snelle digitalisering van de overheid in het voorgaande decennium en de zorg dat groepen burgers daardoor "
      "buiten de boot vielen. De wetgever koos bewust voor een kaderwet: de wet stelt doelen en kernplichten, maar "
      "laat de inrichting van de dienstverlening grotendeels over aan de afzonderlijke bestuursorganen."),
    P("In de instellingsbeschikking vroeg de minister de commissie om drie vragen te beantwoorden:"),
    bullets(
        "In hoeverre zijn de doelen van de wet bereikt, en welke verklaringen zijn daarvoor te geven?",
        "Hoe hebben bestuursorganen en uitvoeringsorganisaties de kernplichten uit de wet in de praktijk ingevuld?",
        "Welke aanpassingen van de wet, van het beleid of van de uitvoering zijn wenselijk?",
    ),
    H2("Werkwijze"),
    P("De commissie heeft haar oordeel gebaseerd op verschillende bronnen. Zij liet een representatieve enquête "
      "uitvoeren onder 3.100 burgers, met een aanvullende steekproef onder mensen met een beperking en laaggeletterde "
      "volwassenen. Daarnaast zijn 212 burgers diepgaand geïnterviewd, vaak in hun eigen omgeving of bij een "
      "informatiepunt in de bibliotheek. De commissie sprak verder met vertegenwoordigers van tweeëntwintig "
      "gemeenten, van UWV, de Sociale Verzekeringsbank en de Belastingdienst, met belangenorganisaties en met "
      "ambtenaren van de betrokken ministeries."),
    P("Ook liet de commissie een technische toets uitvoeren op 400 willekeurig gekozen overheidswebsites en 60 "
      "veelgebruikte digitale formulieren, en analyseerde zij de klachten die tussen 2020 en 2024 bij de Nationale "
      "ombudsman en bij een selectie van gemeentelijke ombudsvoorzieningen binnenkwamen.",
      footnotes=("De toets is uitgevoerd volgens de toetsingsmethode die ook voor de jaarlijkse "
                 "toegankelijkheidsmonitor wordt gebruikt, zodat de uitkomsten vergelijkbaar zijn.",)),
    H2("Leeswijzer"),
    P("Het volgende hoofdstuk beschrijft de wet en haar doelen. Daarna volgen drie hoofdstukken met de bevindingen "
      "van de commissie over de digitale dienstverlening, de fysieke en persoonlijke bereikbaarheid, en de "
      "uitvoering, het toezicht en de klachtbehandeling. Elk van die hoofdstukken sluit af met een kader waarin de "
      "belangrijkste bevindingen genummerd zijn samengevat. Het laatste hoofdstuk bevat de conclusies en "
      "aanbevelingen van de commissie."),
    H("De wet en haar doelen"),
    P("De Wtpd bestaat uit vijf hoofdstukken. Het eerste bevat begripsbepalingen en de reikwijdte. De wet is van "
      "toepassing op bestuursorganen in de zin van de Algemene wet bestuursrecht, met uitzondering van "
      "zelfstandige bestuursorganen met een overwegend privaatrechtelijk karakter. Organisaties met een publieke "
      "taak die geen bestuursorgaan zijn, zoals woningcorporaties, zorgverzekeraars en energieleveranciers, vallen "
      "er niet onder."),
    P("Het tweede hoofdstuk bevat de drie kernplichten. Artikel 4 verplicht bestuursorganen hun websites, apps en "
      "digitale formulieren te laten voldoen aan de toegankelijkheidsstandaard die bij algemene maatregel van bestuur "
      "is aangewezen, en een toegankelijkheidsverklaring te publiceren. Artikel 6 bepaalt dat voor iedere dienst "
      "een niet-digitale weg beschikbaar is, zonder dat de wet voorschrijft welke. Artikel 7 geeft burgers die "
      "daarom vragen recht op passende ondersteuning bij het gebruik van de dienst."),
    P("Het derde hoofdstuk regelt de monitoring. Bestuursorganen houden bij in hoeverre zij aan de kernplichten "
      "voldoen; de minister laat jaarlijks een landelijke toegankelijkheidsmonitor opstellen, maar alleen voor het "
      "digitale deel. Het vierde hoofdstuk bevat geen eigen toezichts- of sanctiebepalingen. De wetgever ging ervan "
      "uit dat de politieke en bestuurlijke verantwoording binnen ieder bestuursorgaan zou volstaan, aangevuld met "
      "de klachtregeling van de Algemene wet bestuursrecht. Het vijfde hoofdstuk bevat de evaluatiebepaling en de "
      "inwerkingtreding."),
    P("In de memorie van toelichting formuleerde de regering drie doelen: de digitale dienstverlening van de "
      "overheid is toegankelijk voor iedereen; niemand is voor het contact met de overheid afhankelijk van één "
      "kanaal; en burgers die het zelf niet redden, krijgen hulp die bij hen past. Een meetbaar doel werd alleen "
      "voor het eerste onderdeel gesteld: in 2025 zou ten minste 75 procent van de overheidswebsites volledig aan de "
      "standaard voldoen."),
    PageBreak(),
    H("Digitale toegankelijkheid"),
    H2("Websites en formulieren"),
    P("De vooruitgang op het digitale vlak is onmiskenbaar. Bij de start van de wet voldeed nog geen derde van de "
      "overheidswebsites aan de standaard; in 2024 was dat ruim twee derde. Rijksorganisaties scoren gemiddeld "
      "beter dan gemeenten, en grote gemeenten beter dan kleine. De commissie ziet dat organisaties die bij de "
      "aanbesteding van nieuwe systemen toegankelijkheid als harde eis opnemen, daar duidelijk van profiteren."),
    P("Achter de gemiddelden gaan wel verschillen schuil. Digitale formulieren blijven achter bij de websites "
      "waarop zij staan: van de zestig getoetste formulieren voldeden er negentien volledig aan de standaard. Vooral "
      "formulieren die met een schermlezer moeten worden ingevuld, en formulieren met een tijdslimiet, leveren "
      "problemen op. Burgers met een visuele beperking vertelden de commissie dat zij een aanvraag soms drie of vier "
      "keer moesten beginnen."),
    P("De toegankelijkheidsverklaring, die bedoeld was om burgers te laten zien hoe het met een website staat, "
      "werkt niet zoals gehoopt. Ruim een kwart van de bestuursorganen heeft geen actuele verklaring, en waar die er "
      "wel is, wordt zij door burgers nauwelijks gelezen. Omdat de wet geen gevolgen verbindt aan het ontbreken van "
      "een verklaring, ervaren organisaties weinig druk om haar op orde te houden."),
    H2("Ondersteuning bij digitale dienstverlening"),
    P("De Informatiepunten Digitale Overheid in openbare bibliotheken zijn in de afgelopen jaren uitgegroeid tot een "
      "belangrijke plek voor burgers die hulp nodig hebben bij digitaal contact met de overheid. In 2024 waren er "
      "ruim vijfhonderd, en zij hielpen naar schatting 170.000 mensen. De financiering is echter telkens voor één of "
      "twee jaar toegekend, wat bibliotheken belemmert om deskundig personeel vast aan te nemen."),
    P("Binnen gemeenten is de ondersteuning zeer wisselend georganiseerd. In sommige gemeenten is er een vaste "
      "medewerker die het overzicht heeft en burgers doorverwijst; in andere gemeenten is niemand daarvoor "
      "verantwoordelijk en ligt de taak verspreid over het klantcontactcentrum, het sociaal domein en de "
      "bibliotheek. Burgers worden dan van loket naar loket gestuurd."),
    P("Kader 1. Bevindingen over de digitale toegankelijkheid", bold=True),
    findings(
        ("B1", "Het aandeel overheidswebsites dat aan de toegankelijkheidsstandaard voldoet, is gestegen van 31 "
               "procent (2020) naar 68 procent (2024); het doel van 75 procent in 2025 wordt naar verwachting niet "
               "gehaald."),
        ("B2", "Digitale formulieren blijven achter: 19 van de 60 getoetste formulieren voldoen volledig. Zorg voor "
               "toegankelijke formulieren is het knelpunt dat burgers het vaakst noemen."),
        ("B3", "Ruim een kwart van de bestuursorganen heeft geen actuele toegankelijkheidsverklaring; de wet "
               "verbindt daaraan geen gevolgen."),
        ("B4", "De Informatiepunten Digitale Overheid worden veel gebruikt, maar hebben geen structurele "
               "financiering. Binnen gemeenten ontbreekt vaak een vast aanspreekpunt voor ondersteuning."),
    ),
    H("Fysieke en persoonlijke bereikbaarheid"),
    H2("De niet-digitale weg"),
    P("Artikel 6 van de wet bepaalt dat voor iedere dienst een niet-digitale weg beschikbaar is. De wet laat open "
      "welke weg dat moet zijn. In de praktijk hebben bijna alle bestuursorganen die plicht ingevuld met een "
      "telefoonnummer. Een papieren formulier is bij minder dan de helft van de diensten beschikbaar, en een "
      "persoonlijk gesprek aan een balie is bij de uitvoeringsorganisaties van het Rijk alleen op afspraak mogelijk, "
      "en dan vaak op grote afstand."),
    P("De commissie sprak burgers die al maanden een papieren aanvraag wilden doen en te horen kregen dat dat niet "
      "kon. Ook hoorde zij van mensen die na een uur wachten aan de telefoon werden doorverwezen naar de website. "
      "Het ontbreken van een afdwingbaar recht op een niet-digitale weg maakt dat burgers in zulke gevallen weinig "
      "kunnen beginnen. De uitvoeringsorganisaties erkennen het probleem, maar wijzen op hun beperkte capaciteit."),
    P("De telefonische bereikbaarheid verschilt sterk per organisatie en per periode. In de drukke maanden rond de "
      "aangifte inkomstenbelasting en de jaarlijkse herberekening van uitkeringen lopen wachttijden op tot ruim "
      "veertig minuten. Een terugbelafspraak is bij sommige organisaties mogelijk, maar niet overal, en de termijn "
      "waarbinnen wordt teruggebeld is niet vastgelegd."),
    H2("Balies en servicepunten"),
    P("Het aantal fysieke balies van de overheid is in het afgelopen decennium sterk afgenomen. Sinds 2021 zijn er "
      "wel Rijksservicepunten ingericht, waar burgers voor vragen aan verschillende uitvoeringsorganisaties op één "
      "plek terechtkunnen. In 2024 waren er vijftien, vooral in middelgrote steden. Voor inwoners van het platteland "
      "in het noorden, oosten en zuidwesten van het land is de reistijd naar het dichtstbijzijnde servicepunt vaak "
      "meer dan een uur met het openbaar vervoer."),
    P("Ook de fysieke toegankelijkheid van gemeentelijke loketten laat te wensen over. Van de tweeëntwintig "
      "gemeenten die de commissie bezocht, hadden er negen een publiekshal die niet zonder hulp bereikbaar was voor "
      "iemand in een rolstoel, of een balie zonder ringleiding voor slechthorenden. Geen van die gemeenten had "
      "de fysieke toegankelijkheid van haar loketten ooit laten onderzoeken."),
    H2("Persoonlijke ondersteuning"),
    P("Mensen met een licht verstandelijke beperking, laaggeletterden en ouderen met beginnende dementie hebben vaak "
      "hulp nodig die verder gaat dan uitleg bij een website. Zij hebben iemand nodig die met hen een brief leest, "
      "meebelt of meegaat naar een afspraak. Gemeenten bieden op grond van de Wmo 2015 cliëntondersteuning, maar "
      "die wordt in veel gemeenten beperkt tot vragen over zorg en ondersteuning. Voor contact met UWV, de SVB of "
      "de Belastingdienst worden mensen doorverwezen naar vrijwilligers of naar de schuldhulpverlening."),
    P("Brieven van de overheid zijn voor deze groep een bijzondere drempel. De commissie liet 120 standaardbrieven "
      "van de drie grote uitvoeringsorganisaties beoordelen op taalniveau. Ruim de helft was geschreven op een "
      "niveau hoger dan B1, het niveau dat ongeveer zes op de tien Nederlanders zonder moeite begrijpen.",
      footnotes=("Het taalniveau is bepaald met een gevalideerd leesbaarheidsinstrument en steekproefsgewijs "
                 "gecontroleerd door twee taalkundigen.",)),
    P("Kader 2. Bevindingen over de fysieke en persoonlijke bereikbaarheid", bold=True),
    findings(
        ("B5", "De niet-digitale weg bestaat in de praktijk vooral uit de telefoon; een papieren aanvraag of een "
               "persoonlijk gesprek is vaak niet mogelijk. Er is geen afdwingbaar recht op een niet-digitale weg."),
        ("B6", "Wachttijden aan de telefoon lopen in drukke perioden op tot ruim veertig minuten; een "
               "terugbelafspraak is niet overal mogelijk en niet aan een termijn gebonden."),
        ("B7", "Er zijn vijftien Rijksservicepunten; voor grote delen van het platteland zijn zij slecht "
               "bereikbaar. Negen van de tweeëntwintig bezochte gemeenten hebben loketten met fysieke drempels."),
        ("B8", "Cliëntondersteuning uit de Wmo 2015 is in veel gemeenten beperkt tot zorgvragen; ruim de helft van "
               "de onderzochte brieven van uitvoeringsorganisaties is moeilijker dan taalniveau B1."),
    ),
    PageBreak(),
    H("Uitvoering, toezicht en klachten"),
    H2("Sturing en verantwoording"),
    P("De wet legt de verantwoordelijkheid voor de naleving bij ieder afzonderlijk bestuursorgaan. Binnen het Rijk "
      "coördineert de minister van BZK het beleid; voor het digitale deel is sinds 2022 de staatssecretaris van "
      "BZK belast met Digitalisering verantwoordelijk. Die verdeling is voor buitenstaanders niet altijd helder. "
      "Gemeenten en uitvoeringsorganisaties gaven aan dat zij voor vragen over de niet-digitale weg niet goed weten "
      "bij wie zij moeten zijn."),
    P("De landelijke monitor beperkt zich tot de digitale toegankelijkheid. Over de beschikbaarheid van de "
      "niet-digitale weg en de ondersteuning van burgers zijn geen landelijke gegevens. Het parlement is sinds de "
      "inwerkingtreding twee keer over de wet geïnformeerd, beide keren in een bijlage bij een bredere brief over "
      "digitalisering."),
    H2("Toezicht"),
    P("De Wtpd kent geen toezichthouder. In de parlementaire behandeling werd dat verdedigd met het argument dat de "
      "wet zich richt op overheidsorganisaties die democratisch verantwoording afleggen. De commissie stelt vast dat "
      "die verantwoording in de praktijk nauwelijks plaatsvindt. Gemeenteraden hebben de naleving van de wet in "
      "vijf jaar zelden geagendeerd, en in de jaarverslagen van de uitvoeringsorganisaties komt de wet niet of "
      "nauwelijks voor."),
    P("In andere landen van de Europese Unie is het toezicht op de digitale toegankelijkheid van overheidswebsites "
      "vaak bij een bestaande inspectie of toezichthouder belegd, die ook een bindende aanwijzing kan geven. De "
      "commissie heeft geen voorbeelden gevonden van een toezichthouder die ook de fysieke bereikbaarheid van "
      "overheidsloketten bewaakt."),
    H2("Klachten"),
    P("Burgers die vastlopen, kunnen een klacht indienen bij het bestuursorgaan zelf en daarna bij de Nationale "
      "ombudsman of een gemeentelijke ombudsvoorziening. De commissie trof in de periode 2020-2024 ruim 2.400 "
      "klachten aan die over de toegankelijkheid van dienstverlening gingen, maar het werkelijke aantal is "
      "vermoedelijk veel hoger. Veel burgers wisten niet dat zij konden klagen, of gaven op omdat zij niet wisten "
      "bij welke van de betrokken organisaties hun klacht thuishoorde."),
    H2("De reikwijdte van de wet"),
    P("Tot slot heeft de commissie gekeken naar de reikwijdte van de wet. Een groeiend deel van de dienstverlening "
      "waarop burgers zijn aangewezen, wordt verleend door organisaties die niet onder de wet vallen, zoals "
      "woningcorporaties, zorgverzekeraars en energieleveranciers. Burgers maken in hun ervaring geen onderscheid "
      "tussen deze organisaties en de overheid. De commissie heeft niet kunnen onderzoeken wat een uitbreiding van "
      "de reikwijdte zou betekenen voor de betrokken sectoren."),
    P("Kader 3. Bevindingen over uitvoering, toezicht en klachten", bold=True),
    findings(
        ("B9", "Er is geen toezichthouder, de democratische verantwoording over de wet komt weinig van de grond en "
               "de monitor meet alleen het digitale deel. Klachten komen versnipperd binnen; veel burgers weten "
               "niet waar zij terechtkunnen. De reikwijdte van de wet sluit organisaties met een publieke taak uit "
               "waarop burgers steeds meer zijn aangewezen."),
    ),
    PageBreak(),
    H("Conclusies en aanbevelingen"),
    P("De Wtpd heeft de digitale toegankelijkheid van de overheid aantoonbaar verbeterd. Op de andere twee doelen, "
      "keuzevrijheid in het kanaal en passende hulp voor wie het zelf niet redt, is de wet tekortgeschoten. De "
      "belangrijkste oorzaken zijn dat de kernplichten vaag zijn geformuleerd, dat er geen toezicht is en dat de "
      "ondersteuning afhangt van tijdelijke middelen en van de keuzes van afzonderlijke organisaties."),
    P("De commissie heeft haar aanbevelingen geordend in drie thema's. Per aanbeveling is aangegeven aan wie zij is "
      "gericht. Waar de commissie een aanbeveling nader wil toelichten, is die toelichting bij de aanbeveling zelf "
      "opgenomen."),
    H2("1 Digitale dienstverlening en ondersteuning"),
    P("De verbetering van websites moet worden vastgehouden, en de achterstand bij formulieren ingelopen. Dat vraagt "
      "om meer druk op organisaties die achterblijven. Tegelijk moet de digitale weg nooit de enige zijn, en moeten "
      "burgers die hulp nodig hebben die hulp dicht bij huis kunnen vinden."),
    recs(
        ("1.1", ("KR&D",),
         "Aan de staatssecretaris van BZK belast met Digitalisering: verbind gevolgen aan het niet naleven van "
         "de toegankelijkheidsplicht uit artikel 4, door bestuursorganen te verplichten hun "
         "toegankelijkheidsverklaring jaarlijks te actualiseren en door een bestuurlijke boete mogelijk te maken "
         "voor organisaties die na een aanwijzing in gebreke blijven. De commissie denkt daarbij niet aan een "
         "boete als eerste middel. Zij verwacht dat de mogelijkheid ervan, samen met openbaarheid over wie "
         "achterblijft, voldoende prikkel geeft om de achterstand bij formulieren in te lopen."),
        ("1.2", ("KR&D",),
         "Aan de staatssecretaris van BZK belast met Digitalisering: leg in de wet een afdwingbaar recht van "
         "burgers vast op een niet-digitale weg naar keuze, ten minste bestaande uit een papieren aanvraag en een "
         "persoonlijk gesprek."),
        ("1.3", ("BZK",),
         "Aan de minister van BZK: zorg voor structurele financiering van de Informatiepunten Digitale Overheid, "
         "zodat bibliotheken vast en deskundig personeel kunnen aannemen."),
        ("1.4", ("GEMEENTEN",),
         "Aan de gemeenten: wijs binnen iedere gemeente een vast aanspreekpunt aan dat verantwoordelijk is voor "
         "de ondersteuning van inwoners bij het contact met de overheid en dat inwoners zo nodig warm overdraagt. "
         "Kleinere gemeenten kunnen deze functie gezamenlijk beleggen, bijvoorbeeld in een gemeenschappelijke "
         "regeling of bij de bibliotheek in de regio."),
        ("1.5", ("SZW", "FIN"),
         "Aan UWV, de SVB en de Belastingdienst: bied iedere beller die niet binnen tien minuten wordt geholpen "
         "een terugbelafspraak aan, met de garantie dat binnen twee werkdagen wordt teruggebeld."),
    ),
    H2("2 Fysieke en persoonlijke bereikbaarheid"),
    P("Een niet-digitale weg die alleen uit een telefoonnummer bestaat, is voor veel burgers geen echte keuze. De "
      "overheid moet ook fysiek bereikbaar blijven, in de eigen regio en in een gebouw dat voor iedereen "
      "toegankelijk is, en wie hulp nodig heeft, moet die hulp ook krijgen bij contact met uitvoeringsorganisaties."),
    recs(
        ("2.1", ("BZK",),
         "Aan de minister van BZK: neem in de wet een norm op voor de maximale reistijd naar een fysiek "
         "overheidsloket waar burgers met vragen aan de uitvoeringsorganisaties van het Rijk terechtkunnen."),
        ("2.2", ("BZK",),
         "Aan de minister van BZK: breid het aantal Rijksservicepunten vóór 2028 met ten minste twintig uit, met "
         "voorrang voor regio's waar de reistijd naar het dichtstbijzijnde servicepunt nu meer dan een uur is. "
         "De commissie beveelt aan daarbij zoveel mogelijk aan te sluiten bij bestaande gemeentehuizen en "
         "bibliotheken, zodat geen nieuwe gebouwen nodig zijn."),
        ("2.3", ("VWS",),
         "Aan de minister van VWS: zorg ervoor dat de cliëntondersteuning op grond van de Wmo 2015 ook "
         "beschikbaar is voor contacten met uitvoeringsorganisaties over inkomen, toeslagen en belastingen."),
        ("2.4", ("SZW", "FIN"),
         "Aan UWV, de SVB en de Belastingdienst: schrijf alle standaardbrieven op taalniveau B1 en test nieuwe "
         "brieven vooraf met burgers uit de doelgroep. Het gaat de commissie niet alleen om eenvoudiger taal, maar "
         "ook om een duidelijke vermelding van wat de burger moet doen en bij wie hij terechtkan met vragen."),
        ("2.5", ("GEMEENTEN",),
         "Aan de gemeenten: laat binnen twee jaar de fysieke toegankelijkheid van alle publiekslocaties "
         "onderzoeken en herstel de gevonden gebreken."),
    ),
    H2("3 Toezicht, klachten en de wet zelf"),
    P("Een wet zonder toezicht en zonder zicht op de naleving krijgt te weinig aandacht. De commissie acht het "
      "nodig dat er een onafhankelijke partij is die de naleving bewaakt, dat burgers weten waar zij met klachten "
      "terechtkunnen en dat het parlement regelmatig wordt geïnformeerd."),
    recs(
        ("3.1", ("BZK",),
         "Aan de minister van BZK: wijs een onafhankelijke toezichthouder aan die toeziet op de naleving van alle "
         "drie de kernplichten van de wet en die bindende aanwijzingen kan geven."),
        ("3.2", ("BZK",),
         "Aan de minister van BZK: richt één landelijk meldpunt in waar burgers terechtkunnen met klachten over de "
         "toegankelijkheid van overheidsdienstverlening, dat de klacht doorzet naar de juiste organisatie en de "
         "afhandeling bewaakt."),
        ("3.3", ("BZK",),
         "Aan de minister van BZK: stuur de Tweede Kamer jaarlijks een rapportage over de naleving van de wet, die "
         "naast de digitale toegankelijkheid ook de niet-digitale weg en de ondersteuning van burgers omvat."),
        ("3.4", ("BZK",),
         "Aan de minister van BZK: laat onderzoeken of en hoe de reikwijdte van de wet kan worden uitgebreid tot "
         "organisaties met een publieke taak die geen bestuursorgaan zijn, zoals woningcorporaties, "
         "zorgverzekeraars en energieleveranciers. De commissie vraagt daarbij nadrukkelijk aandacht voor de "
         "uitvoerbaarheid en de kosten voor de betrokken sectoren."),
    ),
    PageBreak(),
    H("Bijlage. Samenstelling van de commissie"),
    P("Drs. M.A. Hoekstra-Delmonte (voorzitter), oud-directeur van een grote uitvoeringsorganisatie."),
    P("Prof. dr. R.K. Wijnbergen, hoogleraar bestuurskunde."),
    P("Mr. S. El Idrissi, advocaat bestuursrecht en lid van een gemeentelijke ombudscommissie."),
    P("Ir. J.P. Vos, deskundige digitale toegankelijkheid."),
    P("H. de Lange, ervaringsdeskundige en voorzitter van een regionale belangenorganisatie van mensen met een "
      "beperking."),
    P("Ambtelijk secretaris: drs. L.M. Terpstra."),
)

REPORT = Document(
    title="Vijf jaar Wet toegankelijke publieke dienstverlening",
    subtitle="Eindrapport van de Evaluatiecommissie Wet toegankelijke publieke dienstverlening",
    blocks=REPORT_BLOCKS,
    running_header="Evaluatiecommissie Wtpd – Vijf jaar Wet toegankelijke publieke dienstverlening",
    footer="Pagina {page}",
    font_family="sans",
    title_page=True,
    imprint=("Evaluatiecommissie Wet toegankelijke publieke dienstverlening", "Den Haag, juni 2025"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV_11 = "Standpunt: deels overnemen."
EV_12_SUBJECT = ("Het kabinet neemt het belangrijkste voorstel van de commissie over: het recht op een "
                 "niet-digitale weg wordt in de wet verankerd.")
EV_12 = "Standpunt: het kabinet neemt deze aanbeveling over."
EV_13 = ("Vanaf 2026 stel ik jaarlijks € 14 miljoen structureel beschikbaar voor de Informatiepunten Digitale "
         "Overheid; dit bedrag is opgenomen in de ontwerpbegroting van BZK voor 2026.")
EV_15 = ("Wel heb ik met de minister van SZW en de staatssecretaris van Financiën afgesproken dat UWV, de SVB en "
         "de Belastingdienst uiterlijk 1 juli 2026 een terugbelgarantie van twee werkdagen invoeren; de kosten, "
         "€ 6 miljoen per jaar, worden binnen de begrotingen van SZW en Financiën gedekt.")
EV_21 = "Standpunt: niet overnemen."
EV_22 = ("In 2026 laat ik eerst onderzoeken in welke regio's behoefte is aan een extra servicepunt en wat de "
         "kosten daarvan zijn; op basis van dat onderzoek besluit ik over een eventuele uitbreiding.")
EV_23 = "Standpunt: niet overnemen."
EV_31 = "Standpunt: deels overnemen."
EV_32 = "Standpunt: niet overnemen."
EV_33 = "Standpunt ten aanzien van 3.3: het kabinet neemt deze aanbeveling over."
EV_34 = ("Een onderzoek naar verbreding van de reikwijdte acht het kabinet in deze fase echter niet opportuun.")

RESPONSE_BLOCKS = (
    P("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal"),
    P("Datum: 14 november 2025. Onderwerp: kabinetsstandpunt evaluatie Wet toegankelijke publieke dienstverlening."),
    P("Op 26 juni 2025 heeft de Evaluatiecommissie Wet toegankelijke publieke dienstverlening haar eindrapport "
      "'Vijf jaar Wet toegankelijke publieke dienstverlening' aangeboden. Ik heb het rapport op 3 juli 2025 aan uw "
      "Kamer gezonden en toegezegd u na de zomer het kabinetsstandpunt te doen toekomen. Met deze brief, die ik "
      "mede namens de staatssecretaris van BZK belast met Digitalisering en de minister van Volksgezondheid, "
      "Welzijn en Sport verstuur, kom ik die toezegging na."),
    H("Inleiding"),
    P("Allereerst dank ik de commissie, en in het bijzonder haar voorzitter, voor het zorgvuldige en leesbare "
      "rapport. De commissie heeft niet alleen met organisaties gesproken, maar vooral met burgers zelf. Hun "
      "ervaringen geven het rapport een zeggingskracht die cijfers alleen niet hebben."),
    P("De evaluatie laat zien dat de wet op het digitale vlak heeft gedaan waarvoor zij bedoeld was. Het aandeel "
      "toegankelijke overheidswebsites is in vijf jaar meer dan verdubbeld. Tegelijk constateert de commissie dat "
      "de belofte dat niemand voor het contact met de overheid van één kanaal afhankelijk is, nog niet is "
      "waargemaakt. Het kabinet herkent dat beeld. Ook uit de signalen van de Nationale ombudsman en uit de "
      "gesprekken die de staatssecretaris in 2024 en 2025 voerde met belangenorganisaties, komt naar voren dat de "
      "telefoon voor veel mensen de enige niet-digitale weg is."),
    P("Het kabinet werkt al langer aan een overheid die voor iedereen bereikbaar is. Sinds 2021 zijn vijftien "
      "Rijksservicepunten geopend, de Informatiepunten Digitale Overheid worden sinds 2019 uit incidentele middelen "
      "gefinancierd en de Werkagenda Waardengedreven Digitaliseren bevat een actielijn 'Iedereen kan meedoen'. De "
      "aanbevelingen van de commissie komen daarom op een goed moment."),
    H("Hoofdlijnen van het kabinetsstandpunt"),
    P("Het kabinet deelt de hoofdconclusie van de commissie dat de wet op twee van haar drie doelen tekort is "
      "geschoten. " + EV_12_SUBJECT + " Daarmee krijgen burgers een aanspraak waarop zij zich tegenover iedere "
      "overheidsorganisatie kunnen beroepen.",
      answers=(A("1.2", "agree", EV_12_SUBJECT),)),
    P("Niet alle aanbevelingen neemt het kabinet over. Een aantal vraagt om wettelijke normen of nieuwe "
      "voorzieningen waarvan het kabinet betwijfelt of zij burgers echt verder helpen, of die een belasting "
      "leggen op organisaties die nu al onder druk staan. Andere aanbevelingen zijn gericht aan gemeenten of "
      "uitvoeringsorganisaties, die daarover zelf beslissen. Hieronder ga ik per aanbeveling in op het standpunt "
      "van het kabinet. Bij elke aanbeveling geef ik eerst kort weer wat de commissie vraagt."),
    H("Reactie per aanbeveling"),
    H2("Thema 1: digitale dienstverlening en ondersteuning"),
    P("1.1 – Gevolgen verbinden aan het niet naleven van de toegankelijkheidsplicht. De commissie vraagt om een "
      "jaarlijkse actualisering van de toegankelijkheidsverklaring en om de mogelijkheid van een bestuurlijke "
      "boete. " + EV_11 + " De staatssecretaris zal in het wetsvoorstel tot wijziging van de Wtpd opnemen dat "
      "bestuursorganen hun toegankelijkheidsverklaring jaarlijks actualiseren, en zal vanaf 2026 jaarlijks "
      "openbaar maken welke organisaties dat niet hebben gedaan. Een bestuurlijke boete voor overheidsorganisaties "
      "voert het kabinet niet in: een boete die de ene overheid aan de andere oplegt, verschuift alleen geld "
      "tussen overheden en gaat ten koste van de dienstverlening zelf.",
      answers=(A("1.1", "partial", EV_11),)),
    P("1.2 – Een afdwingbaar recht op een niet-digitale weg naar keuze. " + EV_12 + " Zoals hierboven aangegeven, "
      "wordt dit recht opgenomen in het wetsvoorstel tot wijziging van de Wtpd, dat de staatssecretaris in het "
      "voorjaar van 2026 in consultatie brengt. Het wetsvoorstel regelt dat burgers ten minste een papieren "
      "aanvraag kunnen doen en een persoonlijk gesprek kunnen krijgen; bij algemene maatregel van bestuur kunnen "
      "voor bepaalde diensten uitzonderingen worden gemaakt.",
      answers=(A("1.2", "agree", EV_12),)),
    P("1.3 – Structurele financiering van de Informatiepunten Digitale Overheid. De informatiepunten voorzien "
      "in een duidelijke behoefte; de commissie wijst er terecht op dat de jaarlijkse onzekerheid over de "
      "financiering bibliotheken belemmert. " + EV_13 + " Met de Koninklijke Bibliotheek maak ik afspraken over "
      "de verdeling over de bibliotheken en over de verantwoording.",
      answers=(A("1.3", "agree", EV_13),)),
    P("1.4 – Een vast aanspreekpunt binnen iedere gemeente. Deze aanbeveling is gericht aan de gemeenten. Ik heb "
      "haar onder de aandacht gebracht van de Vereniging van Nederlandse Gemeenten, die heeft laten weten de "
      "aanbeveling met haar leden te bespreken. Het is aan de colleges van burgemeester en wethouders om te "
      "besluiten hoe zij de ondersteuning van hun inwoners organiseren."),
    P("1.5 – Een terugbelgarantie bij UWV, de SVB en de Belastingdienst. Standpunt: geen; dit is aan de "
      "uitvoeringsorganisaties. Zij zijn zelf verantwoordelijk voor de inrichting van hun klantcontact, onder "
      "verantwoordelijkheid van de minister van SZW en de staatssecretaris van Financiën. " + EV_15 + " De "
      "uitvoeringsorganisaties rapporteren over de naleving van de garantie in hun jaarverslag.",
      answers=(A("1.5", "agree", EV_15),)),
    H2("Thema 2: fysieke en persoonlijke bereikbaarheid"),
    P("2.1 – Een wettelijke norm voor de maximale reistijd naar een fysiek loket. " + EV_21 + " Een landelijke "
      "reistijdnorm in de wet zou de regionale verschillen in bevolkingsdichtheid en openbaar vervoer "
      "onvoldoende recht doen en zou het Rijk verplichten tot voorzieningen die op sommige plaatsen nauwelijks "
      "worden gebruikt. Het kabinet kiest voor een flexibele aanpak, waarin ook mobiele servicepunten en "
      "videobellen een plaats hebben.",
      answers=(A("2.1", "disagree", EV_21),)),
    P("2.2 – Ten minste twintig extra Rijksservicepunten vóór 2028. Standpunt: het kabinet neemt deze "
      "aanbeveling over. De Rijksservicepunten worden goed gewaardeerd door de bezoekers, en de commissie laat "
      "overtuigend zien dat de spreiding over het land ongelijk is. " + EV_22 + " Ik informeer uw Kamer over de "
      "uitkomsten bij de begroting voor 2027.",
      answers=(A("2.2", "partial", EV_22),)),
    P("2.3 – Cliëntondersteuning ook bij contacten met uitvoeringsorganisaties. De minister van VWS onderschrijft "
      "het belang van goede ondersteuning voor mensen die het contact met de overheid niet zelfstandig aankunnen. "
      + EV_23 + " Gemeenten zijn op grond van de Wmo 2015 nu al verplicht cliëntondersteuning te bieden bij "
      "vragen over zorg, maar ook over inkomen en andere levensgebieden; de wet biedt daarvoor voldoende "
      "grondslag. De minister van VWS wijst gemeenten in de handreiking cliëntondersteuning die in 2026 "
      "verschijnt nogmaals op deze bestaande verplichting.",
      answers=(A("2.3", "disagree", EV_23),)),
    P("2.4 – Standaardbrieven op taalniveau B1, vooraf getest met burgers. Standpunt: geen; dit is aan de "
      "uitvoeringsorganisaties. Het kabinet onderschrijft het belang van begrijpelijke brieven. UWV en de SVB "
      "werken sinds 2023 met een schrijfwijzer en een vast panel van burgers, en de Belastingdienst herschrijft "
      "in het kader van het programma Begrijpelijke Brieven jaarlijks een deel van zijn standaardbrieven."),
    H2("Thema 3: toezicht, klachten en de wet zelf"),
    P("3.1 – Een onafhankelijke toezichthouder op de drie kernplichten. " + EV_31 + " Het toezicht op de "
      "digitale toegankelijkheid, de eerste kernplicht, wordt met het wetsvoorstel belegd bij de Rijksinspectie "
      "Digitale Infrastructuur, die de bevoegdheid krijgt een bindende aanwijzing te geven. Voor de niet-digitale "
      "weg en de ondersteuning van burgers richt het kabinet geen toezicht in. Deze kernplichten laten zich "
      "moeilijk objectief toetsen, en de verantwoording daarover hoort thuis bij de volksvertegenwoordiging van "
      "het betrokken bestuursorgaan.",
      answers=(A("3.1", "partial", EV_31),)),
    P("3.2 – Eén landelijk meldpunt voor klachten over toegankelijkheid. Ik deel de analyse van de commissie dat "
      "burgers met een klacht over de toegankelijkheid van de dienstverlening niet altijd weten waar zij "
      "terechtkunnen. " + EV_32 + " Een apart landelijk meldpunt past niet bij het uitgangspunt van de Algemene "
      "wet bestuursrecht dat de organisatie die een klacht veroorzaakt, die klacht ook zelf behandelt, met de "
      "Nationale ombudsman en de gemeentelijke ombudsvoorzieningen als tweede lijn. Wel vraag ik de "
      "uitvoeringsorganisaties op hun websites duidelijker aan te geven hoe burgers een klacht kunnen indienen.",
      answers=(A("3.2", "disagree", EV_32),)),
    P("3.3 en 3.4 – Een jaarlijkse rapportage aan de Kamer en een onderzoek naar verbreding van de reikwijdte. "
      + EV_33 + " Vanaf 2026 ontvangt uw Kamer elk voorjaar een rapportage over de naleving van de wet, waarin ook "
      "de beschikbaarheid van de niet-digitale weg en de ondersteuning van burgers aan bod komen. " + EV_34 + " "
      "Eerst moeten de wijzigingen van de wet hun beslag krijgen; organisaties als woningcorporaties en "
      "zorgverzekeraars vallen bovendien onder eigen sectorwetgeving met eigen eisen aan de dienstverlening.",
      answers=(A("3.3", "agree", EV_33), A("3.4", "disagree", EV_34))),
    H("Tot slot"),
    P("De commissie heeft de overheid een spiegel voorgehouden. Het kabinet neemt de boodschap ter harte dat "
      "digitalisering niemand mag uitsluiten. De staatssecretaris en ik zullen uw Kamer via de jaarlijkse "
      "rapportage op de hoogte houden van de voortgang. Ik dank opnieuw de leden van de commissie en allen die aan "
      "de evaluatie hebben bijgedragen."),
    P("De minister van Binnenlandse Zaken en Koninkrijksrelaties,"),
    P("drs. A.C. van Wijngaarden-Ruys"),
)

RESPONSE = Document(
    title="Kabinetsstandpunt evaluatie Wet toegankelijke publieke dienstverlening",
    subtitle="Brief van de minister van Binnenlandse Zaken en Koninkrijksrelaties – Kenmerk 2025-0000687142",
    blocks=RESPONSE_BLOCKS,
    running_header="Kabinetsstandpunt evaluatie Wtpd",
    footer="{page}/{pages}",
    font_family="serif",
    title_page=False,
)

PAIR = Pair(
    name="law_evaluation_committee",
    report=REPORT,
    response=RESPONSE,
    description="Evaluatiecommissie Wtpd: five-year evaluation of a fictional accessibility law (14 recommendations "
                "numbered 1.1-3.4 under theme headings, findings boxes B1-B9 as a trap) and the BZK minister's "
                "kabinetsstandpunt letter with '1.1 –' paragraphs and 'Standpunt: ...' sentences; 1.5 says "
                "'Standpunt: geen' but commits, 2.2 says 'overnemen' but only studies, 1.4/2.4/2.5 not addressed.",
)
