"""Pair: a Raad voor het Openbaar Bestuur-style advice on regional cooperation and the relation between the Rijk and
the provinces and municipalities, and the cabinet's response: a short Kamerbrief plus an annex table.

Layout traits this pair tests: the response answers per recommendation in a ruled TABLE in an annex ("Bijlage:
reactie per aanbeveling", columns "Nr. | Aanbeveling (samengevat) | Reactie kabinet"), one row per recommendation,
cells of several lines and sometimes two paragraphs, the header row repeated on every page and rows that break across
a page.  The gold passage of a recommendation answered in the table is the text of its "Reactie kabinet" cell.  The
report numbers its fourteen recommendations 1-14 in a closing chapter, grouped under bold lead-ins by addressee (one
minister, two ministers, the cabinet, the provinces, the municipalities), and repeats three of them as bullets in the
summary (``duplicate_of``; the gold page is that of the summary).

The letter before the annex answers the main line in prose and answers recommendation 7 explicitly (so 7 has two
passages and the letter decides); its paragraph on the councils and its paragraph on money take no position on a
numbered recommendation.  In the table, 4 is answered only by a reference to another minister's letter and 6 only by
"wordt betrokken bij de Voorjaarsnota": both are not addressed.  Spread: agree 1, 2, 7, 12, 13, 14; partial 5, 10,
11; disagree 3, 8, 9; not addressed 4, 6.

Gold rules as in the README ("What the positions mean"): exploring or a pilot only is ``partial`` (5, 11); taking one
part and declining the core of the rest is ``partial`` (10); declining the asked measure while promising something
smaller and different is ``disagree`` (8, 9).  All prose is fictional and was written for this held-out test set.
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


def _rec(number: str, text: str, departments: tuple[str, ...]) -> ListItem:
    return ListItem(text, recommendation=Recommendation(number, departments))


def _repeat(of: str, text: str, departments: tuple[str, ...]) -> ListItem:
    return ListItem(text, recommendation=Recommendation("", departments, duplicate_of=of))


# --------------------------------------------------------------------------------------------------------------------
# The report
# --------------------------------------------------------------------------------------------------------------------

SUMMARY = (
    H("Samenvatting"),
    P("Gemeenten werken steeds vaker samen. Voor de jeugdzorg, de arbeidsmarkt, de energietransitie, de woningbouw, "
      "de veiligheid en de afvalinzameling zijn in de afgelopen twintig jaar tientallen regionale verbanden ontstaan. "
      "Een gemiddelde gemeente neemt inmiddels deel aan ruim dertig samenwerkingsverbanden, en in die verbanden wordt "
      "een groot deel van de gemeentelijke begroting besteed. Dat is op zichzelf niet verkeerd: veel opgaven houden "
      "niet op bij de gemeentegrens. Maar de democratische sturing is niet meegegroeid met de schaal waarop het werk "
      "wordt gedaan.",
      footnotes=("Berekening van de Raad op basis van de registratie van gemeenschappelijke regelingen en "
                 "openbare jaarverslagen over 2023.",)),
    P("Gemeenteraden zeggen in gesprekken met de Raad dat zij regionale besluiten vaak pas zien als er weinig meer te "
      "kiezen valt. Zij krijgen stukken laat, in grote hoeveelheden en zonder duidelijke keuzes. Tegelijk leggen "
      "ministeries steeds meer taken bij gemeenten en provincies neer, vaak met een eigen regionale indeling, een "
      "eigen geldstroom en een eigen verantwoordingslijn. Voor inwoners is nauwelijks nog te zien wie waarvoor "
      "aanspreekbaar is."),
    P("De Raad pleit daarom voor een verhouding tussen Rijk en medeoverheden waarin de gemeenteraad en Provinciale "
      "Staten weer aan het stuur zitten, en waarin het Rijk nieuwe taken pas neerlegt als vaststaat dat ze uitvoerbaar "
      "en bekostigd zijn. De Raad doet veertien aanbevelingen. De belangrijkste zijn:", bold=True),
    ItemList(style="•", items=(
        _repeat("7", "Maak een uitvoeringstoets door medeoverheden verplicht bij elk voorstel dat taken bij gemeenten "
                     "of provincies neerlegt.", ("KABINET",)),
        _repeat("1", "Geef gemeenteraden bij elke regionale samenwerking zeggenschap over de begroting én over de "
                     "strategische koers.", ("BZK",)),
        _repeat("8", "Breng de regionale indelingen van het Rijk terug tot één samenhangende indeling.",
                ("KABINET",)),
    )),
    PageBreak(),
)

CHAPTER_1 = (
    H("1. Inleiding"),
    P("In de zomer van 2023 vroeg de minister van Binnenlandse Zaken en Koninkrijksrelaties de Raad voor het Openbaar "
      "Bestuur om te adviseren over de vraag hoe de democratische legitimiteit van regionale samenwerking kan worden "
      "versterkt, en wat dat vraagt van de verhouding tussen het Rijk, de provincies en de gemeenten. Aanleiding "
      "waren signalen uit gemeenteraden, van de Nederlandse Vereniging voor Raadsleden en uit eerdere evaluaties "
      "dat raadsleden weinig grip hebben op wat in regionaal verband wordt besloten.",
      footnotes=("Adviesaanvraag van de minister van BZK aan de Raad voor het Openbaar Bestuur, 4 juli 2023.",)),
    P("De Raad heeft voor dit advies gesproken met raadsleden, griffiers, wethouders, gedeputeerden, secretarissen "
      "van samenwerkingsverbanden en medewerkers van zes ministeries. Daarnaast organiseerde de Raad vier regionale "
      "bijeenkomsten, in Zwolle, Tilburg, Leeuwarden en Den Haag, en liet hij een literatuurstudie uitvoeren naar "
      "regionale samenwerking in Duitsland, Denemarken en Vlaanderen."),
    P("Het advies is als volgt opgebouwd. Hoofdstuk 2 beschrijft hoe regionale samenwerking in Nederland is gegroeid. "
      "Hoofdstuk 3 gaat over de democratische sturing van die samenwerking door gemeenteraden en Provinciale Staten. "
      "Hoofdstuk 4 gaat over de verhouding tussen het Rijk en de medeoverheden, waaronder de financiële verhouding. "
      "Hoofdstuk 5 bevat de aanbevelingen van de Raad."),
)

CHAPTER_2 = (
    H("2. Een lappendeken van samenwerking"),
    P("Regionale samenwerking is in Nederland geen nieuw verschijnsel. Gemeenten werken al sinds het begin van de "
      "twintigste eeuw samen, bijvoorbeeld bij de drinkwatervoorziening en de gezondheidszorg. Wat wel nieuw is, is de "
      "omvang. Door de decentralisaties in het sociaal domein in 2015 en de invoering van de Omgevingswet kregen "
      "gemeenten taken die zij alleen in samenwerking met andere gemeenten goed kunnen uitvoeren. Het Rijk moedigde "
      "die samenwerking aan, en schreef haar soms voor."),
    P("Het resultaat is een lappendeken. Voor vrijwel elk beleidsterrein hanteert het Rijk een eigen regionale "
      "indeling: 25 veiligheidsregio’s, 35 arbeidsmarktregio’s, 42 jeugdregio’s, 30 regionale energiestrategieën, "
      "25 GGD-regio’s en een groeiend aantal woondeals en regiodeals. De grenzen van die regio’s vallen zelden samen. "
      "Een gemeente in het midden van het land kan zo met telkens andere buurgemeenten in telkens andere verbanden "
      "zitten, elk met een eigen bestuur, een eigen begroting en een eigen vergadercyclus.",
      footnotes=("Overzicht ontleend aan de Staat van het Bestuur 2024 en aan opgaven van de betrokken "
                 "ministeries.",)),
    P("Die verscheidenheid heeft voordelen. Samenwerking kan worden afgestemd op de aard van de opgave, en gemeenten "
      "kunnen zelf kiezen met wie zij samenwerken. Maar de nadelen zijn groot. Bestuurders besteden veel tijd aan "
      "overleg, ambtelijke capaciteit wordt over tientallen tafels verdeeld en niemand overziet nog het geheel. "
      "Vooral kleinere gemeenten ervaren dat zij de ambtelijke kennis missen om in al die verbanden een volwaardige "
      "partner te zijn. Zij zijn voor specialistische taken als ruimtelijke ordening, inkoop en digitalisering "
      "afhankelijk van een enkele medewerker, of van externe inhuur."),
    P("De provincies spelen in dit landschap een wisselende rol. Sommige provincies nemen actief de regie bij "
      "regionale opgaven en brengen gemeenten, waterschappen en rijkspartijen bij elkaar. Andere provincies houden "
      "zich op afstand en beperken zich tot hun wettelijke taken. De Raad ziet dat regio’s waar de provincie een "
      "verbindende rol speelt, er beter in slagen om afspraken ook na te komen."),
)

CHAPTER_3 = (
    H("3. Democratische sturing"),
    P("In een gemeenschappelijke regeling nemen niet de gemeenteraden de besluiten, maar een algemeen en dagelijks "
      "bestuur waarin wethouders of burgemeesters zitting hebben. De gemeenteraad stuurt op afstand: hij kan een "
      "zienswijze geven op de begroting en hij kan zijn wethouder ter verantwoording roepen. Met de wijziging van de "
      "Wet gemeenschappelijke regelingen, die op 1 juli 2022 in werking trad, zijn de instrumenten van raden "
      "uitgebreid, onder meer met een zienswijze bij toetreding en met de mogelijkheid van een "
      "adviescommissie van raadsleden.",
      footnotes=("Wet van 13 oktober 2021 tot wijziging van de Wet gemeenschappelijke regelingen in verband met de "
                 "versterking van de democratische legitimatie (Stb. 2021, 520).",)),
    P("Toch ervaren raadsleden dat zij te laat komen. Een zienswijze op de begroting gaat over de cijfers van het "
      "komende jaar, niet over de richting van de samenwerking voor de langere termijn. Bovendien gaan steeds meer "
      "besluiten buiten de gemeenschappelijke regelingen om: in convenanten, in regiodeals en in bestuurlijke "
      "overleggen zonder formele status. Daarover heeft de raad in het geheel geen zeggenschap."),
    P("Raadsleden missen ook de middelen om hun rol waar te maken. Een raadslid in een gemeente van twintigduizend "
      "inwoners is gemiddeld zestien uur per week met zijn raadswerk bezig en krijgt per jaar honderden pagina’s aan "
      "regionale stukken toegestuurd, vaak via verschillende portalen en laat in de besluitvorming. Griffies zijn "
      "klein, en voor onafhankelijk onderzoek naar het functioneren van een samenwerkingsverband ontbreekt vrijwel "
      "altijd het geld. Rekenkamers van gemeenten doen dat soort onderzoek zelden, omdat zij per gemeente "
      "georganiseerd zijn en een samenwerkingsverband meerdere gemeenten omvat."),
    P("De Raad ziet goede voorbeelden. In enkele regio’s stellen de deelnemende gemeenteraden aan het begin van de "
      "raadsperiode samen een regionale agenda vast, waarin zij aangeven welke doelen zij in regionaal verband willen "
      "bereiken. De colleges leggen er vervolgens elk jaar verantwoording over af. Raadsleden in die regio’s zeggen "
      "dat zij daardoor eerder en gerichter kunnen sturen."),
)

CHAPTER_4 = (
    H("4. Rijk en medeoverheden"),
    P("De verhouding tussen het Rijk en de medeoverheden is formeel gebaseerd op gelijkwaardigheid. In de Code "
      "interbestuurlijke verhoudingen hebben Rijk, provincies, gemeenten en waterschappen afgesproken dat zij elkaar "
      "tijdig betrekken bij nieuw beleid, en dat nieuwe taken gepaard gaan met voldoende middelen. In de praktijk "
      "zijn die afspraken vrijblijvend. Medeoverheden worden vaak pas betrokken als een wetsvoorstel al in "
      "consultatie is, en de gevolgen voor de uitvoering worden dan nauwelijks meer meegewogen.",
      footnotes=("Code interbestuurlijke verhoudingen, vastgesteld door Rijk, IPO, VNG en UvW, 2013.",)),
    P("Bij meningsverschillen over de uitvoerbaarheid of de bekostiging van nieuwe taken ontbreekt een onafhankelijke "
      "instantie die knopen doorhakt. Geschillen worden in bestuurlijk overleg beslecht, waarbij het Rijk uiteindelijk "
      "het laatste woord heeft. De jarenlange discussie over de tekorten in de jeugdzorg laat zien hoe dat uitpakt: "
      "gemeenten voelden zich niet gehoord en het onderlinge vertrouwen nam af."),
    P("Ook de financiële verhouding staat onder druk. Gemeenten zijn voor het overgrote deel van hun inkomsten "
      "afhankelijk van het Rijk, via het gemeentefonds en een groot aantal specifieke uitkeringen. Het eigen "
      "belastinggebied is in internationaal perspectief klein. De omvang van het gemeentefonds wisselt van jaar tot "
      "jaar mee met de rijksuitgaven, en na 2026 dreigt een forse daling. Gemeenten kunnen daardoor moeilijk "
      "meerjarig plannen. Voor provincies geldt een vergelijkbaar beeld."),
    P("Tot slot wordt het geld voor regionale opgaven versnipperd verdeeld. Een regio die wil investeren in "
      "woningbouw, bereikbaarheid en werkgelegenheid, krijgt te maken met regiodeals, specifieke uitkeringen, "
      "programmageld en subsidieregelingen, elk met eigen voorwaarden en een eigen loket bij een ander ministerie. "
      "Bij de grote opgaven voor woningbouw en bereikbaarheid werken Rijk en regio wel samen in programma’s, maar het "
      "geld blijft gescheiden: ieder beheert zijn eigen budget en legt daarover langs eigen lijnen verantwoording af."),
)

CHAPTER_5 = (
    H("5. Aanbevelingen"),
    P("Op grond van zijn analyse doet de Raad de volgende aanbevelingen. Zij zijn geordend naar degene tot wie zij "
      "zich richten."),
    P("Aan de minister van Binnenlandse Zaken en Koninkrijksrelaties beveelt de Raad aan:", bold=True),
    ItemList(items=(
        _rec("1", "Evalueer de gewijzigde Wet gemeenschappelijke regelingen uiterlijk in 2026 en leg daarbij in de "
                  "wet vast dat gemeenteraden bij elke regionale samenwerking een zienswijze kunnen geven op de "
                  "begroting én op de strategische koers van het samenwerkingsverband.", ("BZK",)),
        _rec("2", "Richt een landelijk ondersteuningsprogramma in voor raadsleden en griffies, met een vast budget "
                  "waarmee gemeenteraden gezamenlijk onafhankelijk onderzoek kunnen laten doen naar de regionale "
                  "samenwerkingsverbanden waaraan hun gemeente deelneemt.", ("BZK",)),
        _rec("3", "Stel een onafhankelijke geschillencommissie in die bindend kan oordelen wanneer het Rijk en de "
                  "medeoverheden het oneens zijn over de uitvoerbaarheid of de bekostiging van nieuwe taken.",
             ("BZK",)),
        _rec("4", "Zorg dat de informatie van regionale samenwerkingsverbanden voor gemeenteraden digitaal, tijdig "
                  "en op één plek beschikbaar is, en stel daarvoor een landelijke standaard op.", ("BZK",)),
    )),
    P("Aan de minister van Binnenlandse Zaken en Koninkrijksrelaties en de minister van Financiën beveelt de Raad aan:",
      bold=True),
    ItemList(start=5, items=(
        _rec("5", "Verruim het eigen belastinggebied van gemeenten stapsgewijs, zodat zij minder afhankelijk worden "
                  "van de uitkering uit het gemeentefonds.", ("BZK", "FIN")),
        _rec("6", "Geef gemeenten en provincies meerjarige financiële zekerheid door de omvang van het gemeentefonds "
                  "en het provinciefonds voor ten minste vier jaar vast te leggen, en schrap de opschalingskorting "
                  "definitief.", ("BZK", "FIN")),
    )),
    P("Aan het kabinet beveelt de Raad aan:", bold=True),
    ItemList(start=7, items=(
        _rec("7", "Maak een toets op de uitvoerbaarheid door medeoverheden verplicht bij elk wetsvoorstel en elke "
                  "beleidsmaatregel die taken bij gemeenten of provincies neerlegt, en betrek de medeoverheden daar "
                  "al in de ontwerpfase bij.", ("KABINET",)),
        _rec("8", "Breng de vele regionale indelingen die het Rijk hanteert terug tot één samenhangende "
                  "regio-indeling, waarop rijksdiensten, veiligheidsregio’s, arbeidsmarktregio’s en zorgregio’s "
                  "aansluiten.", ("KABINET",)),
        _rec("9", "Leg de Code interbestuurlijke verhoudingen vast in de wet, zodat afspraken tussen het Rijk en de "
                  "medeoverheden afdwingbaar worden.", ("KABINET",)),
        _rec("10", "Bundel de rijksbijdragen voor regionale opgaven, zoals regiodeals, specifieke uitkeringen en "
                   "programmageld, in één regionaal investeringsbudget met één aanspreekpunt bij het Rijk.",
             ("KABINET",)),
    )),
    P("Aan de minister van Infrastructuur en Waterstaat en de minister van Volkshuisvesting en Ruimtelijke Ordening "
      "beveelt de Raad aan:", bold=True),
    ItemList(start=11, items=(
        _rec("11", "Werk bij de grote opgaven voor woningbouw en bereikbaarheid met gezamenlijke, meerjarige "
                   "programmabudgetten die het Rijk, de provincies en de gemeenten samen beheren.", ("IenW", "BZK")),
    )),
    P("Aan de provincies beveelt de Raad aan:", bold=True),
    ItemList(start=12, items=(
        _rec("12", "Neem een actieve rol als regisseur van regionale samenwerking, en spreek gemeenten en "
                   "rijkspartijen erop aan wanneer regionale afspraken niet worden nagekomen.", ("OTHER",)),
    )),
    P("Aan de gemeenten beveelt de Raad aan:", bold=True),
    ItemList(start=13, items=(
        _rec("13", "Laat de gemeenteraad aan het begin van de raadsperiode een regionale agenda vaststellen waarin "
                   "staat welke doelen de gemeente in regionaal verband wil bereiken, en laat het college daarover "
                   "jaarlijks verantwoording afleggen.", ("GEMEENTEN",)),
        _rec("14", "Bundel samen met buurgemeenten en de provincie schaarse ambtelijke expertise, bijvoorbeeld op "
                   "het gebied van ruimtelijke ordening, inkoop en digitalisering, in gezamenlijke expertisepools.",
             ("GEMEENTEN", "OTHER")),
    )),
    P("De Raad is zich ervan bewust dat niet al deze aanbevelingen op korte termijn kunnen worden uitgevoerd. Hij "
      "vraagt het kabinet en de medeoverheden om er samen een agenda van te maken, en hem over twee jaar te laten "
      "weten wat ervan terecht is gekomen."),
)

REPORT = Document(
    title="Samen aan zet",
    subtitle="Over democratische sturing van regionale samenwerking en de verhouding tussen Rijk en medeoverheden",
    blocks=SUMMARY + CHAPTER_1 + CHAPTER_2 + CHAPTER_3 + CHAPTER_4 + CHAPTER_5,
    running_header="Raad voor het Openbaar Bestuur · Samen aan zet",
    footer="{page}",
    font_size=10.5,
    imprint=("Raad voor het Openbaar Bestuur", "Den Haag, oktober 2024"),
)

# --------------------------------------------------------------------------------------------------------------------
# The response: a letter, then the annex table
# --------------------------------------------------------------------------------------------------------------------

LETTER = (
    P("Op 17 oktober 2024 heeft de Raad voor het Openbaar Bestuur (hierna: de Raad) het advies ‘Samen aan zet’ "
      "uitgebracht over de democratische sturing van regionale samenwerking en de verhouding tussen het Rijk en de "
      "medeoverheden. Met deze brief bied ik u, mede namens de minister van Financiën, de minister van "
      "Infrastructuur en Waterstaat en de minister van Volkshuisvesting en Ruimtelijke Ordening, de reactie van het "
      "kabinet op dit advies aan. In de bijlage bij deze brief gaat het kabinet op elk van de veertien aanbevelingen "
      "afzonderlijk in."),
    H("De kern van het advies", level=2),
    P("De Raad stelt vast dat een groot en groeiend deel van het gemeentelijk beleid in regionale verbanden tot stand "
      "komt, en dat gemeenteraden en Provinciale Staten daar onvoldoende zicht en invloed op hebben. Daarnaast "
      "constateert de Raad dat het Rijk taken bij gemeenten en provincies neerlegt zonder vooraf goed te toetsen of "
      "die uitvoerbaar zijn, en dat de financiële verhouding gemeenten weinig zekerheid biedt. De Raad pleit voor een "
      "verhouding waarin de volksvertegenwoordiging weer aan het stuur zit en het Rijk zich als partner opstelt."),
    P("Het kabinet herkent het beeld dat de Raad schetst. Ook uit de Staat van het Bestuur en uit de gesprekken die "
      "het kabinet met de VNG, het IPO en de Nederlandse Vereniging voor Raadsleden voert, blijkt dat raadsleden "
      "regionale samenwerking vaak als een ver-van-mijn-bedshow ervaren. Dat is zorgelijk, omdat juist in die "
      "samenwerking beslissingen vallen die het dagelijks leven van inwoners raken, van de inkoop van jeugdhulp tot "
      "de plaats van nieuwe woonwijken."),
    P("Rijk en medeoverheden werken al enkele jaren samen aan een betere onderlinge verhouding. In het "
      "Interbestuurlijk Programma maken zij afspraken over gezamenlijke opgaven, en in de Staat van het Bestuur "
      "volgt het ministerie van BZK elke twee jaar hoe het openbaar bestuur functioneert. In 2024 is de Nationale "
      "Regiomonitor gestart, die per regio laat zien in welke samenwerkingsverbanden gemeenten deelnemen en welk deel "
      "van hun begroting daarin omgaat. Het advies van de Raad laat zien dat die inspanningen nog niet hebben geleid "
      "tot het gevoel van grip dat raadsleden nodig hebben."),
    H("Samenwerken vanaf het begin", level=2),
    P("Een goede verhouding tussen overheden begint bij het ontwerp van nieuw beleid. De Raad beveelt aan om een toets "
      "op de uitvoerbaarheid door medeoverheden verplicht te stellen bij elk voorstel dat taken bij gemeenten of "
      "provincies neerlegt. Het kabinet neemt deze aanbeveling over en heeft de toets per 1 januari 2025 als vast "
      "onderdeel in het Beleidskompas opgenomen. Ministeries voeren de toets voortaan in de ontwerpfase uit, samen "
      "met de VNG, het IPO en de Unie van Waterschappen, en de uitkomst gaat mee met het voorstel naar de "
      "ministerraad.",
      answers=(Answer("7", "agree", "Het kabinet neemt deze aanbeveling over en heeft de toets per 1 januari 2025 "
                                    "als vast onderdeel in het Beleidskompas opgenomen."),)),
    H("Grip van gemeenteraden", level=2),
    P("Het kabinet deelt de opvatting van de Raad dat de gemeenteraad het hart van de lokale democratie is, ook "
      "wanneer taken in regionaal verband worden uitgevoerd. Een aantal voorstellen van de Raad sluit aan bij wat het "
      "kabinet al in gang heeft gezet in het programma Versterking lokale democratie; andere voorstellen vragen om "
      "een afweging tussen de wens tot meer sturing en de werkbaarheid van samenwerking. In de bijlage licht het "
      "kabinet per aanbeveling toe welke keuze het maakt."),
    H("Financiële verhoudingen", level=2),
    P("De Raad vraagt ook aandacht voor de financiële positie van gemeenten en provincies. Het kabinet is zich ervan "
      "bewust dat de ontwikkeling van het gemeentefonds na 2026 bij veel gemeenten tot grote zorgen leidt. Die "
      "zorgen neemt het kabinet serieus. Tegelijk hangen de voorstellen van de Raad samen met de houdbaarheid van de "
      "overheidsfinanciën als geheel en met afspraken die in het coalitieakkoord zijn gemaakt. Het kabinet bespreekt "
      "de financiële verhoudingen daarom in samenhang in het Bestuurlijk Overleg Financiële verhoudingen van dit "
      "voorjaar."),
    H("Tot slot", level=2),
    P("Het kabinet dankt de Raad voor een helder en goed onderbouwd advies. Het advies komt op een moment waarop "
      "Rijk en medeoverheden samen voor grote opgaven staan, van de woningbouw tot de energietransitie. Die opgaven "
      "vragen om overheden die elkaar serieus nemen en die samen aanspreekbaar zijn voor de inwoners. Het kabinet "
      "zal de Raad, zoals deze vraagt, over twee jaar informeren over de voortgang."),
    P("De minister van Binnenlandse Zaken en Koninkrijksrelaties,"),
    P("M.A. de Vries-Koster"),
)

REACTIE = (
    Cell("De gewijzigde Wet gemeenschappelijke regelingen is op 1 juli 2022 in werking getreden en voorziet in een "
         "evaluatie binnen vijf jaar. Het kabinet haalt deze evaluatie naar voren, zodat zij in 2026 is afgerond. "
         "Het kabinet neemt daarbij het voorstel van de Raad over om de zienswijze van de gemeenteraad uit te "
         "breiden tot de strategische koers van een samenwerkingsverband, en bereidt daartoe een wetswijziging voor."
         "\nDe VNG en de Nederlandse Vereniging voor Raadsleden worden bij de uitwerking betrokken.",
         answers=(Answer("1", "agree", "Het kabinet neemt daarbij het voorstel van de Raad over om de zienswijze van "
                                       "de gemeenteraad uit te breiden tot de strategische koers van een "
                                       "samenwerkingsverband, en bereidt daartoe een wetswijziging voor."),)),
    Cell("Raadsleden moeten hun controlerende taak ook in regionaal verband kunnen waarmaken. Het programma "
         "Versterking lokale democratie wordt daarom met ingang van 2025 uitgebreid met een regeling waaruit "
         "gemeenteraden gezamenlijk onafhankelijk onderzoek naar hun samenwerkingsverbanden kunnen bekostigen. "
         "Daarvoor is structureel € 3 miljoen per jaar beschikbaar. Daarnaast ondersteunt BZK de "
         "griffiersvereniging bij een leergang regionale samenwerking voor griffies.",
         answers=(Answer("2", "agree", "Het programma Versterking lokale democratie wordt daarom met ingang van 2025 "
                                       "uitgebreid met een regeling waaruit gemeenteraden gezamenlijk onafhankelijk "
                                       "onderzoek naar hun samenwerkingsverbanden kunnen bekostigen."),)),
    Cell("Het kabinet begrijpt de wens van de Raad om meningsverschillen over de bekostiging van nieuwe taken "
         "onafhankelijk te laten beoordelen. Een commissie die bindend oordeelt over de verdeling van middelen "
         "verhoudt zich echter niet tot het budgetrecht van de Staten-Generaal. Het kabinet ziet daarom geen ruimte "
         "om een dergelijke commissie in te stellen. Rijk en medeoverheden kunnen de Raad voor het Openbaar Bestuur "
         "wel, zoals nu ook gebeurt, om advies vragen wanneer zij het over de kosten van een nieuwe taak niet eens "
         "worden.",
         answers=(Answer("3", "disagree", "Het kabinet ziet daarom geen ruimte om een dergelijke commissie in te "
                                          "stellen."),)),
    Cell("Zie de brief van de staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties (Digitalisering en "
         "Koninkrijksrelaties) van 12 december 2024 over de digitale informatievoorziening aan volksvertegenwoordigers "
         "(Kamerstuk 35 896, nr. 11)."),
    Cell("Het kabinet deelt de analyse van de Raad dat het eigen belastinggebied van gemeenten in internationaal "
         "perspectief klein is, en dat dit de band tussen de keuzes van de gemeenteraad en de lasten voor inwoners "
         "verzwakt. Het kabinet laat de komende periode uitwerken welke varianten voor een ruimer belastinggebied "
         "mogelijk zijn en wat die betekenen voor de lastendruk van burgers en bedrijven, maar legt zich nu nog niet "
         "vast op een verruiming.\nOver de uitkomsten van deze verkenning wordt de Kamer in het najaar van 2025 "
         "geïnformeerd.",
         answers=(Answer("5", "partial", "Het kabinet laat de komende periode uitwerken welke varianten voor een "
                                         "ruimer belastinggebied mogelijk zijn en wat die betekenen voor de lastendruk "
                                         "van burgers en bedrijven, maar legt zich nu nog niet vast op een "
                                         "verruiming."),)),
    Cell("De omvang van het gemeentefonds en het provinciefonds na 2026, waaronder de opschalingskorting, wordt "
         "betrokken bij de integrale besluitvorming over de Voorjaarsnota 2025. Het kabinet informeert uw Kamer "
         "daarover bij de Voorjaarsnota."),
    Cell("Het kabinet neemt deze aanbeveling over. Met ingang van 1 januari 2025 is de uitvoeringstoets "
         "decentrale overheden een verplicht onderdeel van het Beleidskompas. Bij elk wetsvoorstel en elke maatregel "
         "met gevolgen voor de taken van gemeenten, provincies of waterschappen voert het verantwoordelijke "
         "ministerie de toets in de ontwerpfase uit, samen met de koepels. De uitkomst wordt meegezonden met het "
         "voorstel aan de ministerraad en verwerkt in de memorie van toelichting.\nDe werking van de toets wordt in "
         "2026 geëvalueerd.",
         answers=(Answer("7", "agree", "Het kabinet neemt deze aanbeveling over."),)),
    Cell("Het kabinet herkent dat het grote aantal regionale indelingen tot bestuurlijke drukte leidt, vooral bij "
         "kleinere gemeenten. De indelingen zijn echter afgestemd op de aard van de taak: een arbeidsmarktregio "
         "volgt andere verbanden dan een veiligheidsregio of een zorgregio. Eén uniforme indeling voor alle "
         "rijksdiensten en samenwerkingsverbanden acht het kabinet niet wenselijk, omdat dit de aansluiting bij de "
         "praktijk van de uitvoering zou verzwakken. Bij het vaststellen van nieuwe indelingen wordt wel bezien of "
         "aansluiting bij bestaande grenzen mogelijk is.",
         answers=(Answer("8", "disagree", "Eén uniforme indeling voor alle rijksdiensten en samenwerkingsverbanden "
                                          "acht het kabinet niet wenselijk, omdat dit de aansluiting bij de praktijk "
                                          "van de uitvoering zou verzwakken."),)),
    Cell("De Code interbestuurlijke verhoudingen is in 2013 door Rijk, IPO, VNG en Unie van Waterschappen samen "
         "opgesteld en heeft bewust het karakter van een gedragscode. Het kabinet is niet voornemens de Code in de "
         "wet op te nemen. Afspraken tussen overheden zijn werkbaar omdat zij berusten op wederzijds vertrouwen; een "
         "juridisch afdwingbare code zou het overleg naar verwachting eerder verharden dan verbeteren. Het kabinet "
         "is wel bereid de Code samen met de koepels te actualiseren.",
         answers=(Answer("9", "disagree", "Het kabinet is niet voornemens de Code in de wet op te nemen."),)),
    Cell("Het kabinet deelt het doel om de versnippering van rijksbijdragen tegen te gaan; het aantal specifieke "
         "uitkeringen is de afgelopen jaren al teruggebracht en die lijn wordt voortgezet. Een volledige bundeling in "
         "één regionaal investeringsbudget gaat het kabinet te ver, maar het voorstel voor één aanspreekpunt bij het "
         "Rijk neemt het wel over: per landsdeel komt er een rijksaccounthouder voor regionale opgaven.\nDe "
         "verantwoording over de besteding van rijksmiddelen blijft per begroting plaatsvinden, zodat uw Kamer haar "
         "budgetrecht kan blijven uitoefenen.",
         answers=(Answer("10", "partial", "Een volledige bundeling in één regionaal investeringsbudget gaat het "
                                          "kabinet te ver, maar het voorstel voor één aanspreekpunt bij het Rijk "
                                          "neemt het wel over: per landsdeel komt er een rijksaccounthouder voor "
                                          "regionale opgaven."),)),
    Cell("Het kabinet onderschrijft dat de opgaven voor woningbouw en bereikbaarheid om langjarige samenwerking "
         "tussen Rijk en regio vragen. In de verstedelijkingsstrategieën en de bestuurlijke overleggen MIRT werken "
         "Rijk en regio al met gezamenlijke programma’s, maar met gescheiden budgetten. Het kabinet gaat in twee "
         "gebieden, de Zuidelijke Randstad en de regio Groningen-Assen, verkennen of een gezamenlijk beheerd "
         "programmabudget meerwaarde heeft. Over een bredere toepassing besluit het kabinet na afloop van die "
         "verkenning.",
         answers=(Answer("11", "partial", "Het kabinet gaat in twee gebieden, de Zuidelijke Randstad en de regio "
                                          "Groningen-Assen, verkennen of een gezamenlijk beheerd programmabudget "
                                          "meerwaarde heeft."),)),
    Cell("Deze aanbeveling is gericht aan de provincies. Het kabinet steunt haar: provincies zijn goed in staat om "
         "regionale samenwerking te verbinden met de ruimtelijke en economische opgaven in hun gebied. De minister "
         "van BZK maakt in het voorjaar van 2025 in het bestuurlijk overleg met het IPO afspraken over de invulling "
         "van deze regierol en over de manier waarop het Rijk die ondersteunt.",
         answers=(Answer("12", "agree", "Het kabinet steunt haar: provincies zijn goed in staat om regionale "
                                        "samenwerking te verbinden met de ruimtelijke en economische opgaven in hun "
                                        "gebied."),)),
    Cell("De aanbeveling richt zich tot de gemeenteraden. Het kabinet vindt een regionale agenda die de raad aan het "
         "begin van de raadsperiode vaststelt een goed middel om de grip van raden op samenwerking te vergroten. BZK "
         "neemt het voorbeeld op in de handreiking regionale samenwerking die samen met de VNG in 2025 verschijnt.",
         answers=(Answer("13", "agree", "Het kabinet vindt een regionale agenda die de raad aan het begin van de "
                                        "raadsperiode vaststelt een goed middel om de grip van raden op "
                                        "samenwerking te vergroten."),)),
    Cell("Het kabinet onderschrijft deze aanbeveling van harte. Vooral kleinere gemeenten hebben baat bij het delen "
         "van schaarse kennis. Via het programma Versterking uitvoeringskracht ondersteunt BZK in 2025 en 2026 tien "
         "regio’s bij het opzetten van een gezamenlijke expertisepool; de VNG en het IPO stellen samen de criteria "
         "voor deelname op.",
         answers=(Answer("14", "agree", "Het kabinet onderschrijft deze aanbeveling van harte."),)),
)

SUMMARIES = (
    "Evalueer de gewijzigde Wgr uiterlijk in 2026; geef de raad een zienswijze op begroting én strategische koers.",
    "Landelijk ondersteuningsprogramma voor raadsleden en griffies, met budget voor onafhankelijk onderzoek naar "
    "samenwerkingsverbanden.",
    "Onafhankelijke geschillencommissie die bindend oordeelt over uitvoerbaarheid en bekostiging van nieuwe taken.",
    "Informatie van samenwerkingsverbanden digitaal, tijdig en op één plek; landelijke standaard.",
    "Eigen belastinggebied van gemeenten stapsgewijs verruimen.",
    "Meerjarige financiële zekerheid: gemeente- en provinciefonds vier jaar vastleggen; opschalingskorting schrappen.",
    "Verplichte uitvoeringstoets door medeoverheden bij elk voorstel dat taken bij hen neerlegt.",
    "Eén samenhangende regio-indeling voor het Rijk.",
    "Code interbestuurlijke verhoudingen wettelijk vastleggen.",
    "Rijksbijdragen voor regionale opgaven bundelen in één investeringsbudget met één aanspreekpunt.",
    "Gezamenlijke, meerjarige programmabudgetten voor woningbouw en bereikbaarheid.",
    "Provincies: actieve regie op regionale samenwerking.",
    "Gemeenten: regionale agenda van de raad, jaarlijkse verantwoording door het college.",
    "Gemeenten en provincies: gezamenlijke expertisepools.",
)

ANNEX = (
    PageBreak(),
    H("Bijlage: reactie per aanbeveling"),
    P("In deze bijlage reageert het kabinet op elk van de aanbevelingen uit het advies ‘Samen aan zet’. De "
      "aanbevelingen zijn samengevat; voor de volledige tekst wordt verwezen naar hoofdstuk 5 van het advies."),
    Table(header=("Nr.", "Aanbeveling (samengevat)", "Reactie kabinet"),
          rows=tuple((str(n), summary, reactie)
                     for n, (summary, reactie) in enumerate(zip(SUMMARIES, REACTIE), start=1)),
          widths=(0.08, 0.32, 0.60)),
)

RESPONSE = Document(
    title="Ministerie van Binnenlandse Zaken en Koninkrijksrelaties",
    subtitle="Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nDatum 4 februari 2025\nBetreft "
             "Kabinetsreactie op het advies ‘Samen aan zet’ van de Raad voor het Openbaar Bestuur",
    blocks=LETTER + ANNEX,
    running_header="Kabinetsreactie ROB-advies ‘Samen aan zet’ · 2025-0000067412",
    footer="Pagina {page} van {pages}",
    font_size=10.0,
    title_page=False,
    font_family="serif",
)

PAIR = Pair(
    name="rob_table_response",
    report=REPORT,
    response=RESPONSE,
    description="Fictional Raad voor het Openbaar Bestuur-style advice on regional cooperation and Rijk-medeoverheden "
                "relations (14 recommendations numbered 1-14 in a closing chapter, grouped by addressee: BZK, "
                "BZK+FIN, the cabinet, IenW+VRO, provinces, municipalities; three repeated as summary bullets) and "
                "the cabinet's response: a two-page Kamerbrief plus an annex table 'Nr. | Aanbeveling (samengevat) "
                "| Reactie kabinet' with one row per recommendation, a header repeated on every page and rows that "
                "break across pages.",
)
