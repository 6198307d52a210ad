"""Pair: a fictional Raad voor Bestuurskracht en Democratie advice on the gemeenteraad and local democracy ("Het hart
van de gemeente"), and the kabinetsreactie of the minister of BZK written as questions and answers.

Layout traits this pair tests: a serif report with a title page and imprint and a running header.  Before the
summary a "Kernadvies" page carries one framed paragraph (a one-cell ruled table with a grey title bar): a general
call to the cabinet, the municipalities and the parties to "bring the council back into position".  It is NOT a gold
recommendation (it asks nothing specific and the chapter "Adviezen" says it only sums the twelve up).  Chapter 2 has a
ruled turnout table and a lower-case lettered list "a." - "c." of three bottlenecks (not recommendations); the
analysis chapters argue for measures in prose ("De Raad beveelt die werkwijze aan alle colleges aan").  The twelve
recommendations sit in chapter 6 "Adviezen" under three level-2 theme headings, labelled with CAPITAL letters
"A." - "L.".  The renderer has no capital-letter list style, so they are lists in the numeric style "1." whose items
carry the recommendation numbers "A" ... "L": the renderer prints the number plus the style's dot ("A.").  Each item
names its addressee (minister of BZK, the VNG, the gemeenteraden, the colleges, the political parties together with
the minister of BZK, the minister of OCW; L also asks for arrangements with the minister of JenV).

The response is a separate sans document with a title page (no letterhead), structured by theme (level-1) and subject
(level-2 headings without letters).  Per advice a bold line "Wat adviseert de Raad?" is followed by a summary in the
minister's words that names the letter ("In advies A ...") and restates the advice, sometimes with cue words of the
Raad's own ("De Raad ziet geen aanleiding om op nieuw onderzoek te wachten", "past goed bij de lokale autonomie"),
which are not the cabinet's position; then a bold "Wat is de reactie van het kabinet?" and the answer paragraph(s),
which never repeat the letter.  The answers come in the order A, B, D, C, E, F, H, I, L, J, K.  The intro thanks the
Raad, describes existing policy and agrees with the ambition of the kernadvies only (no gold position).  Gold:
A agree without cue (EUR 32 million a year from 1 January 2027); B partial (independent study first, no change in
this council term); C (to the VNG) not addressed ("het is aan de VNG om te bepalen of en hoe zij het oppakt"); D (to
the councils) agree ("onderschrijft", after a sentence that it is up to each council); E partial ("betrekt ... bij de
evaluatie", the context paragraph before it takes no position); F disagree ("past echter niet bij de lokale
autonomie", after agreeing with the analysis); G (to the colleges) skipped entirely, no Q&A block; H partial (a pilot
in fifteen municipalities, structural scheme only after evaluation; the paragraph before it on the parties' own role
takes no position); I agree without cue (a separate core objective in the revised kerndoelen from 1 August 2027 plus a
subsidy); J disagree ("ziet geen aanleiding"); K disagree (existing Staat van het Bestuur and monitor given as the
reason, "ziet daar daarom van af"); L agree ("neemt dit advies over").  All prose is fictional and written for this
test set.
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


def H2(text: str) -> Heading:
    return Heading(text, level=2)


def bold(text: str) -> Paragraph:
    return Paragraph(text, bold=True)


def bullets(*texts: str) -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style="•")


def adviezen(*items: tuple[str, tuple[str, ...], str]) -> ItemList:
    """Recommendations labelled with capital letters: numeric style, the letter is the recommendation number."""
    return ItemList(
        items=tuple(ListItem(text, recommendation=Recommendation(letter, depts)) for letter, depts, text in items),
        style="1.",
    )


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

KERNADVIES = (
    "De gemeenteraad is het hart van de lokale democratie, maar dat hart klopt zwakker dan nodig. Raadsleden hebben "
    "te weinig tijd, ondersteuning en zicht op wat er in de regio wordt besloten, en steeds minder mensen willen of "
    "kunnen het werk doen. De Raad roept het kabinet, de gemeenten en de politieke partijen op om de gemeenteraad "
    "weer in positie te brengen: geef de raad de middelen, de bevoegdheden en de bescherming die passen bij zijn taak "
    "als hoogste orgaan van de gemeente. Versterking van de lokale democratie begint bij de raad, niet bij nieuwe "
    "structuren eromheen."
)

REC_A = (
    "De Raad adviseert de minister van Binnenlandse Zaken en Koninkrijksrelaties om gemeenten structureel extra "
    "middelen te geven voor de ondersteuning van de gemeenteraad, via een decentralisatie-uitkering in het "
    "gemeentefonds die is bestemd voor de griffie, de fractieondersteuning en onderzoek in opdracht van de raad. "
    "Volgens de Raad is daarvoor ten minste 30 miljoen euro per jaar nodig. Zorg dat de uitkering uiterlijk in 2027 "
    "beschikbaar is, zodat de raden die in 2026 worden gekozen er nog in hun eigen raadsperiode gebruik van kunnen "
    "maken."
)
REC_B = (
    "De Raad adviseert de minister van BZK om de vergoeding van raadsleden in gemeenten met minder dan 40.000 "
    "inwoners te verhogen, zodat zij beter aansluit bij de werkelijke tijdsbesteding. Raadsleden in deze gemeenten "
    "besteden vrijwel evenveel tijd aan hun werk als hun collega's in grotere gemeenten. Pas het Rechtspositiebesluit "
    "decentrale politieke ambtsdragers daartoe aan met ingang van de raadsperiode 2026-2030."
)
REC_C = (
    "De Raad adviseert de Vereniging van Nederlandse Gemeenten om, samen met de beroepsverenigingen van raadsleden en "
    "griffiers, een landelijk inwerkprogramma voor nieuwe raadsleden te ontwikkelen. Het programma behandelt ten "
    "minste de begrotingscyclus, de rol van de raad in regionale samenwerking en het omgaan met intimidatie. "
    "Gemeenten kunnen het aanvullen met een eigen lokaal deel."
)
REC_D = (
    "De Raad adviseert de gemeenteraden om aan het begin van iedere raadsperiode, naast het coalitieakkoord, een "
    "eigen raadsagenda vast te stellen met de onderwerpen waarop de raad zelf initiatief wil nemen. Evalueer "
    "halverwege en aan het einde van de periode hoe de raad zijn kaderstellende, controlerende en vertegenwoordigende "
    "rol heeft vervuld, en betrek daarbij inwoners."
)
REC_E = (
    "De Raad adviseert de minister van BZK om de Wet gemeenschappelijke regelingen zo te wijzigen dat gemeenteraden "
    "de ontwerpbegroting van een gemeenschappelijke regeling kunnen amenderen. Een amendement dat door een "
    "meerderheid van de deelnemende raden in gelijke bewoordingen is aangenomen, moet het algemeen bestuur binden. "
    "Nu kunnen raden alleen een zienswijze geven, die het algemeen bestuur naast zich neer kan leggen."
)
REC_F = (
    "De Raad adviseert de minister van BZK om in de Gemeentewet een minimumbudget voor de lokale rekenkamer vast te "
    "leggen, uitgedrukt in een bedrag per inwoner. Een wettelijke ondergrens maakt de rekenkamer minder afhankelijk "
    "van de jaarlijkse begrotingsbehandeling. De raad blijft vrij om een hoger budget vast te stellen."
)
REC_G = (
    "De Raad adviseert de colleges van burgemeester en wethouders om de raad actief en tijdig te informeren over "
    "voorgenomen besluiten in regionale samenwerkingsverbanden, ook als de raad daar niet om vraagt. Leg in een "
    "informatieprotocol met de raad vast welke stukken de raad standaard ontvangt. Leg geheimhouding alleen op als "
    "dat strikt noodzakelijk is, en motiveer dat iedere keer."
)
REC_H = (
    "De Raad adviseert de politieke partijen om hun lokale afdelingen actief te ondersteunen bij het werven, "
    "selecteren en scholen van kandidaten, ook van mensen die geen lid zijn van de partij. De Raad vraagt de minister "
    "van BZK om lokale politieke partijen en lokale afdelingen van landelijke partijen daarvoor een structurele "
    "financiële bijdrage te geven. Zo ontstaat een bredere en meer diverse groep kandidaten voor de gemeenteraad."
)
REC_I = (
    "De Raad adviseert de minister van Onderwijs, Cultuur en Wetenschap om de werking van de gemeente en de "
    "gemeenteraad uitdrukkelijk op te nemen in de kerndoelen voor burgerschap in het primair en voortgezet onderwijs. "
    "Leerlingen moeten leren welke beslissingen de gemeente neemt en hoe zij daarop invloed kunnen uitoefenen. "
    "Stimuleer daarnaast de samenwerking tussen scholen en griffies, bijvoorbeeld via een jeugdgemeenteraad."
)
REC_J = (
    "De Raad adviseert de minister van BZK om een wettelijke regeling te treffen waarmee gemeenten een bindend "
    "correctief referendum kunnen houden over besluiten van de raad. Leg in die regeling de drempels voor het "
    "aanvragen en voor de geldigheid van een referendum vast. Zo weten inwoners vooraf dat hun stem gevolgen heeft."
)
REC_K = (
    "De Raad adviseert de minister van BZK om iedere twee jaar een Lokale Democratiemonitor uit te brengen, "
    "gebaseerd op een peiling onder alle raadsleden naar hun tijdsbesteding, hun ondersteuning en hun ervaringen met "
    "intimidatie. Bied de monitor aan de Tweede Kamer en aan alle gemeenteraden aan, zodat raden hun eigen situatie "
    "kunnen vergelijken met die in andere gemeenten."
)
REC_L = (
    "De Raad adviseert de minister van BZK om te regelen dat het woonadres van raadsleden en kandidaten niet langer "
    "openbaar wordt gemaakt bij de kandidaatstelling en in gemeentelijke stukken. Maak daarnaast met de minister van "
    "Justitie en Veiligheid afspraken, zodat iedere gemeente een vast aanspreekpunt heeft bij de politie en het "
    "openbaar ministerie voor raadsleden die worden bedreigd."
)

REPORT_BLOCKS = (
    H("Kernadvies"),
    P("De Raad voor Bestuurskracht en Democratie brengt dit advies uit op verzoek van de minister van Binnenlandse "
      "Zaken en Koninkrijksrelaties. Het kernadvies hieronder vat de boodschap van het advies samen; de twaalf "
      "adviezen in hoofdstuk 6 werken die boodschap uit."),
    Table(header=("Kernadvies van de Raad",), rows=((Cell(KERNADVIES),),), widths=(1.0,), font_size=11.5),
    P("Den Haag, 18 november 2025"),
    P("Prof. dr. M.E. Hoogendoorn-Vissers, voorzitter"),
    P("drs. R.J. Lanting, secretaris"),
    PageBreak(),
    H("Samenvatting"),
    P("Gemeenten voeren steeds meer taken uit die het dagelijks leven van inwoners raken: jeugdhulp, ondersteuning "
      "bij armoede en schulden, de huisvesting van nieuwkomers, de energietransitie in de wijk. De gemeenteraad is het "
      "orgaan dat over die taken de kaders stelt en het college controleert. Uit het onderzoek van de Raad blijkt dat "
      "de raad die rol steeds moeilijker kan waarmaken."),
    P("Raadsleden besteden gemiddeld zestien uur per week aan hun werk, naast een baan of zorgtaken. Zij krijgen per "
      "jaar duizenden pagina's aan stukken, terwijl de ondersteuning door griffie en fractie in veel gemeenten beperkt "
      "is. Een steeds groter deel van de besluiten wordt bovendien genomen in regionale samenwerkingsverbanden, waar "
      "de raad alleen op afstand invloed heeft. Ongeveer een op de vijf raadsleden stopt voortijdig, en bijna de helft "
      "van de raadsleden heeft in de afgelopen raadsperiode te maken gehad met intimidatie of agressie."),
    P("Tegelijk neemt de opkomst bij gemeenteraadsverkiezingen af en vinden politieke partijen in kleinere gemeenten "
      "moeilijk genoeg kandidaten. De band tussen inwoners en de raad wordt daardoor zwakker, en dat raakt de "
      "legitimiteit van het lokaal bestuur als geheel."),
    P("De Raad kiest in dit advies bewust niet voor nieuwe bestuurlijke structuren. Het antwoord ligt volgens de Raad "
      "in een sterkere raad: beter ondersteund, beter geïnformeerd, met meer grip op de regio en beter beschermd. "
      "Daarnaast vraagt de Raad aandacht voor de basis van de lokale democratie: kandidaten die zich willen inzetten, "
      "en inwoners die weten wat de gemeenteraad doet en hoe zij hem kunnen aanspreken."),
    P("De Raad doet twaalf adviezen, gericht aan de minister van Binnenlandse Zaken en Koninkrijksrelaties, de "
      "minister van Onderwijs, Cultuur en Wetenschap, de Vereniging van Nederlandse Gemeenten, de gemeenteraden, de "
      "colleges van burgemeester en wethouders en de politieke partijen. Zij staan in hoofdstuk 6 en zijn aangeduid "
      "met de letters A tot en met L."),
    PageBreak(),
    H("1 Inleiding"),
    H2("1.1 Aanleiding"),
    P("In 2002 veranderde de Wet dualisering gemeentebestuur de rolverdeling tussen raad en college ingrijpend. De "
      "raad zou zich voortaan richten op kaderstelling, controle en volksvertegenwoordiging; het college op het "
      "besturen. Ruim twintig jaar later is die rolverdeling algemeen aanvaard, maar de omstandigheden waarin de raad "
      "zijn werk doet, zijn sterk veranderd."),
    P("Met de decentralisaties in het sociaal domein kregen gemeenten er in 2015 omvangrijke taken bij. Daarna volgden "
      "de Omgevingswet, de opvang van ontheemden en de wijkgerichte aanpak van de energietransitie. De "
      "gemeentebegroting is in een decennium met ruim veertig procent gegroeid. Het aantal raadsleden en de "
      "ondersteuning van de raad zijn in diezelfde periode nauwelijks veranderd."),
    P("Signalen over de positie van de raad komen al enige jaren uit verschillende richtingen. Griffiers melden dat "
      "raadsleden het tempo van de besluitvorming niet kunnen bijhouden. Rekenkamers stellen vast dat raden weinig "
      "doen met hun rapporten. Onderzoek naar de veiligheid van politieke ambtsdragers laat zien dat intimidatie van "
      "raadsleden toeneemt. En bij de gemeenteraadsverkiezingen van 2022 lag de opkomst in ruim 160 gemeenten onder "
      "de vijftig procent."),
    H2("1.2 Adviesvraag"),
    P("De minister van Binnenlandse Zaken en Koninkrijksrelaties heeft de Raad in januari 2025 gevraagd te adviseren "
      "over de positie van de gemeenteraad en de versterking van de lokale democratie. De adviesaanvraag bevatte drie "
      "vragen:"),
    bullets(
        "Welke ontwikkelingen beïnvloeden het vermogen van de gemeenteraad om zijn kaderstellende, controlerende en "
        "vertegenwoordigende rol te vervullen?",
        "Welke maatregelen van het Rijk, de gemeenten en andere partijen kunnen die rol versterken, ook in regionale "
        "samenwerking?",
        "Hoe kan de betrokkenheid van inwoners bij de gemeenteraad worden vergroot?",
    ),
    P("De Raad heeft de vragen breed opgevat. Waar het advies ingaat op onderwerpen die buiten de verantwoordelijkheid "
      "van de minister van BZK liggen, zoals het burgerschapsonderwijs, richt de Raad zich tot de verantwoordelijke "
      "minister of tot de betrokken partijen zelf."),
    H2("1.3 Werkwijze"),
    P("Voor dit advies heeft de Raad:"),
    bullets(
        "gesprekken gevoerd met 61 raadsleden, wethouders, burgemeesters, griffiers en rekenkamerleden uit 23 "
        "gemeenten van uiteenlopende omvang;",
        "een enquête uitgezet onder raadsleden, die door 1.412 raadsleden volledig is ingevuld;",
        "twee rondetafelgesprekken georganiseerd met vertegenwoordigers van politieke partijen, de VNG, de "
        "beroepsverenigingen van griffiers en raadsleden, en wetenschappers;",
        "literatuur en eerdere adviezen over dualisme, regionale samenwerking en lokale democratie bestudeerd.",
    ),
    P("De enquête is gehouden in maart en april 2025. De respons is representatief naar gemeentegrootte en provincie; "
      "jongere raadsleden zijn enigszins ondervertegenwoordigd.",
      footnotes=("De vragenlijst en de verantwoording van de weging zijn op te vragen bij het secretariaat van de "
                 "Raad.",)),
    H2("1.4 Leeswijzer"),
    P("Hoofdstuk 2 beschrijft de staat van de lokale democratie aan de hand van cijfers en de ervaringen van "
      "raadsleden. De hoofdstukken 3, 4 en 5 bevatten de analyse van de Raad: over de toerusting van de raad, over de "
      "raad en de regio, en over partijen, inwoners en veiligheid. In hoofdstuk 6 staan de adviezen. Het kernadvies "
      "voorin vat de boodschap van het advies samen."),
    PageBreak(),
    H("2 De staat van de lokale democratie"),
    H2("2.1 Opkomst en vertrouwen"),
    P("De opkomst bij gemeenteraadsverkiezingen is sinds de jaren tachtig gestaag gedaald. Na een lichte opleving in "
      "2018 daalde zij in 2022 tot het laagste niveau tot nu toe. De verschillen tussen gemeenten zijn groot: in "
      "sommige plattelandsgemeenten stemt nog ruim zestig procent van de kiesgerechtigden, in enkele grote steden "
      "minder dan veertig procent."),
    Table(
        header=("Verkiezingsjaar", "Opkomst landelijk", "Gemeenten met een opkomst onder 50%"),
        rows=(
            ("2006", "58,2%", "31"),
            ("2010", "54,1%", "88"),
            ("2014", "53,8%", "112"),
            ("2018", "55,0%", "94"),
            ("2022", "50,9%", "167"),
        ),
        widths=(1.0, 1.0, 1.6),
        rules="rows",
    ),
    P("Tabel 1. Opkomst bij gemeenteraadsverkiezingen. Bron: Kiesraad; bewerking Raad voor Bestuurskracht en "
      "Democratie. Gemeenten die in het betreffende jaar een herindelingsverkiezing hielden, zijn meegeteld in het jaar "
      "van die verkiezing."),
    P("Het vertrouwen in de gemeenteraad is hoger dan in de landelijke politiek, maar ook dat vertrouwen staat onder "
      "druk. In landelijke peilingen gaf de afgelopen jaren ongeveer de helft van de inwoners aan vertrouwen te hebben "
      "in de gemeenteraad. Opvallend is dat veel inwoners niet weten wat de raad doet: een kwart kan de gemeenteraad "
      "niet onderscheiden van het college van burgemeester en wethouders."),
    H2("2.2 Raadsleden onder druk"),
    P("Nederland telt ruim 8.500 raadsleden en enkele duizenden commissieleden die geen raadslid zijn. Uit de enquête "
      "van de Raad blijkt dat raadsleden gemiddeld zestien uur per week aan hun raadswerk besteden. In gemeenten met "
      "minder dan 40.000 inwoners is dat niet wezenlijk minder: vijftien uur. De vergoeding verschilt wel sterk. Een "
      "raadslid in de laagste inwonersklasse ontvangt minder dan de helft van de vergoeding van een raadslid in een "
      "gemeente met 100.000 inwoners, terwijl de taken van de gemeente grotendeels dezelfde zijn."),
    P("Raadsleden ervaren de hoeveelheid stukken als de grootste belasting. Meer dan zeventig procent van de "
      "respondenten zegt de stukken voor een vergadering niet volledig te kunnen lezen. Twee derde zegt onvoldoende "
      "tijd te hebben voor contact met inwoners, terwijl dat contact de kern is van het volksvertegenwoordigerschap."),
    P("Een op de vijf raadsleden verlaat de raad voor het einde van de raadsperiode. De meest genoemde redenen zijn de "
      "combinatie met werk en gezin, een verhuizing en onvrede over de verhoudingen in de raad. Bijna de helft van de "
      "respondenten heeft in de afgelopen raadsperiode te maken gehad met intimidatie, bedreiging of agressie, vaker "
      "online dan fysiek. Bij vrouwelijke raadsleden en raadsleden met een migratieachtergrond ligt dat aandeel "
      "hoger.",
      footnotes=("Het gaat om zelfgerapporteerde ervaringen; niet alle voorvallen zijn gemeld bij de politie of de "
                 "griffie.",)),
    H2("2.3 Kandidaten en partijen"),
    P("Lokale democratie staat of valt met mensen die zich kandidaat willen stellen. In 2022 hadden partijen in een "
      "aanzienlijk deel van de kleinere gemeenten moeite hun lijst te vullen. Landelijke partijen zijn in ruim honderd "
      "gemeenten niet meer met een eigen lijst vertegenwoordigd. Lokale partijen hebben die plaats voor een deel "
      "ingenomen: zij behaalden in 2022 samen ruim een derde van de zetels."),
    P("Lokale partijen zijn een waardevol onderdeel van de lokale democratie. Zij missen echter de ondersteuning die "
      "landelijke partijen via hun partijbureau kunnen bieden, zoals scholing, juridische hulp en een netwerk van "
      "ervaren bestuurders. Lokale partijen ontvangen geen subsidie op grond van de wetgeving over de financiering van "
      "politieke partijen. Ook lokale afdelingen van landelijke partijen zijn voor scholing grotendeels afhankelijk "
      "van vrijwilligers."),
    H2("2.4 Drie knelpunten"),
    P("Op basis van de cijfers en de gesprekken ziet de Raad drie samenhangende knelpunten:"),
    ItemList(items=(
        ListItem("de raad is onvoldoende toegerust voor de omvang en de complexiteit van de gemeentelijke taken;"),
        ListItem("de raad heeft te weinig grip op besluiten die in regionale samenwerking worden genomen;"),
        ListItem("de basis van de lokale democratie, kandidaten en betrokken inwoners, wordt smaller."),
    ), style="a."),
    P("De volgende drie hoofdstukken gaan op deze knelpunten in. Zij zijn niet los van elkaar te zien: een raad die "
      "weinig grip heeft, is minder aantrekkelijk voor nieuwe kandidaten, en een raad met weinig kandidaten kan minder "
      "tegenwicht bieden aan het college."),
    PageBreak(),
    H("3 De raad toegerust"),
    H2("3.1 Griffie en fractieondersteuning"),
    P("Sinds de dualisering heeft iedere gemeente een griffier die de raad ondersteunt. De omvang van de griffie "
      "verschilt sterk. In de helft van de gemeenten met minder dan 25.000 inwoners bestaat de griffie uit twee of "
      "minder voltijdsbanen. Zo'n griffie komt nauwelijks toe aan meer dan de organisatie van vergaderingen. "
      "Inhoudelijke ondersteuning, zoals het analyseren van een begroting of het voorbereiden van een "
      "initiatiefvoorstel, blijft dan liggen."),
    P("Ook de fractieondersteuning is beperkt. Gemeenten stellen fracties een bedrag ter beschikking op grond van een "
      "verordening, maar de hoogte daarvan loopt uiteen van enkele honderden tot vele duizenden euro's per jaar. "
      "Fracties in kleinere gemeenten kunnen daarmee geen ondersteuning inhuren. In de gesprekken werd de tegenstelling "
      "met het college treffend beschreven: ‘Het college heeft honderden ambtenaren, wij hebben een griffier en een "
      "notulist.’"),
    P("De Raad heeft begrip voor de terughoudendheid van gemeenten om geld uit te geven aan hun eigen bestuur. Toch is "
      "de ondersteuning van de raad geen luxe, maar een voorwaarde voor een werkend dualisme. Omdat gemeenten in "
      "financieel krappe tijden als eerste op dit soort uitgaven bezuinigen, vindt de Raad een bestemde bijdrage van "
      "het Rijk gerechtvaardigd. Een algemene verhoging van het gemeentefonds komt niet vanzelf bij de raad terecht."),
    H2("3.2 De vergoeding"),
    P("De vergoeding van raadsleden is vastgesteld in het Rechtspositiebesluit decentrale politieke ambtsdragers en "
      "hangt af van het aantal inwoners van de gemeente, ingedeeld in inwonersklassen. Dat uitgangspunt stamt uit een "
      "tijd waarin kleinere gemeenten ook minder taken hadden. Sinds de decentralisaties is dat niet meer zo. Een "
      "raadslid in een gemeente van 20.000 inwoners beslist over dezelfde jeugdhulp, dezelfde maatschappelijke "
      "ondersteuning en hetzelfde omgevingsplan als een raadslid in een gemeente van 80.000 inwoners."),
    P("De lage vergoeding in kleine gemeenten maakt het raadswerk voor mensen met een kleine baan of een eigen bedrijf "
      "financieel moeilijk vol te houden. Verschillende raadsleden vertelden de Raad dat zij uren bij hun werkgever "
      "moesten inleveren zonder dat de vergoeding dat compenseerde. Dat ondermijnt de diversiteit van de raad: het "
      "raadswerk wordt zo voorbehouden aan mensen die het zich kunnen veroorloven."),
    P("Over de tijdsbesteding van raadsleden is de afgelopen jaren veel onderzoek gedaan, ook door de Raad zelf. De "
      "uitkomsten zijn consistent en worden door de enquête voor dit advies bevestigd. De Raad meent daarom dat een "
      "herziening niet hoeft te wachten op nieuw onderzoek.",
      footnotes=("Zie onder meer de eerdere adviezen van de Raad over het raadslidmaatschap uit 2016 en 2021.",)),
    H2("3.3 Inwerken en scholing"),
    P("Na iedere gemeenteraadsverkiezing is ongeveer de helft van de raadsleden nieuw. Zij moeten in korte tijd leren "
      "hoe de begrotingscyclus werkt, wat de rol van de raad is in gemeenschappelijke regelingen en hoe zij omgaan met "
      "vragen van inwoners en de media. Veel gemeenten bieden een inwerkprogramma aan, maar de kwaliteit en de omvang "
      "daarvan verschillen sterk. In kleine gemeenten bestaat het soms uit één informatieavond."),
    P("Er is veel lesmateriaal beschikbaar, onder meer van de VNG en de beroepsverenigingen. Wat ontbreekt, is een "
      "gedeelde basis die iedere nieuwe raad kan gebruiken. Een landelijk programma, door de gemeenten zelf "
      "ontwikkeld, zou ervoor kunnen zorgen dat ieder nieuw raadslid dezelfde basiskennis meekrijgt. Gemeenten kunnen "
      "dat aanvullen met wat lokaal nodig is. De Raad ziet hier geen taak voor het Rijk: het gaat om de eigen "
      "organisatie van de gemeenten."),
    H2("3.4 Een eigen agenda voor de raad"),
    P("In veel gemeenten bepaalt het coalitieakkoord de agenda van de hele raadsperiode. De raad bespreekt vooral "
      "voorstellen van het college en komt weinig toe aan eigen initiatieven. Raden die wel een eigen agenda hebben "
      "opgesteld, bijvoorbeeld met een beperkt aantal onderwerpen waarop de raad zelf onderzoek doet of inwoners "
      "raadpleegt, ervaren meer grip. De Raad zag goede voorbeelden in gemeenten waar de raad aan het begin van de "
      "periode met alle fracties, ook die van de oppositie, zijn eigen prioriteiten vaststelde."),
    P("Zelfreflectie hoort daarbij. Weinig raden evalueren hoe zij hun rol hebben vervuld. Een evaluatie halverwege de "
      "periode, met hulp van de griffie en met inbreng van inwoners, helpt de raad om bij te sturen. Dit is bij "
      "uitstek iets wat raden zelf moeten doen; de wet hoeft het niet voor te schrijven."),
    PageBreak(),
    H("4 De raad en de regio"),
    H2("4.1 Regionale samenwerking groeit"),
    P("Geen gemeente voert haar taken alleen uit. Gemiddeld neemt een gemeente deel aan ruim dertig "
      "samenwerkingsverbanden, van de veiligheidsregio en de GGD tot een regionaal werkbedrijf en een samenwerking voor "
      "de inkoop van jeugdhulp. Een aanzienlijk deel van de gemeentebegroting, in sommige gemeenten meer dan de helft, "
      "gaat via deze verbanden. Voor de uitvoering is die samenwerking vaak onvermijdelijk en verstandig."),
    P("De democratische controle blijft echter achter. Het algemeen bestuur van een gemeenschappelijke regeling bestaat "
      "meestal uit wethouders of burgemeesters van de deelnemende gemeenten. De raden staan op afstand: zij kunnen de "
      "begroting niet wijzigen en hun invloed beperkt zich tot het geven van een zienswijze. Raadsleden beschrijven de "
      "begrotingen van gemeenschappelijke regelingen als ‘een gegeven’, waarover zij wel mogen praten maar niet mogen "
      "beslissen."),
    H2("4.2 Van zienswijze naar amendement"),
    P("De wijziging van de Wet gemeenschappelijke regelingen die in 2022 in werking trad, gaf raden meer "
      "mogelijkheden, zoals een gemeenschappelijke adviescommissie van raadsleden en een langere termijn voor "
      "zienswijzen. De Raad waardeert die stappen. In de praktijk worden zij echter weinig benut, en aan de kern "
      "verandert niets: een zienswijze kan door het algemeen bestuur terzijde worden gelegd."),
    P("De Raad is ervan overtuigd dat raden pas echt invloed krijgen als zij de begroting van een gemeenschappelijke "
      "regeling gezamenlijk kunnen wijzigen. Een recht van amendement dat alleen geldt als een meerderheid van de "
      "deelnemende raden hetzelfde amendement aanneemt, voorkomt dat één gemeente de samenwerking kan blokkeren. Het "
      "dwingt raden tot onderlinge afstemming, maar dat is volgens de Raad eerder een voordeel dan een nadeel."),
    H2("4.3 Informatie van het college"),
    P("Zonder informatie geen controle. De Gemeentewet verplicht het college om de raad alle inlichtingen te geven die "
      "de raad voor de uitoefening van zijn taak nodig heeft. In regionale samenwerking werkt die plicht onvoldoende. "
      "Raadsleden horen vaak pas over een besluit als het al is genomen. Stukken van het algemeen bestuur worden "
      "regelmatig onder geheimhouding gedeeld, zonder dat duidelijk is waarom."),
    P("Een aantal gemeenten heeft goede ervaringen met een informatieprotocol, waarin raad en college afspreken welke "
      "stukken de raad standaard ontvangt en op welk moment. Zo'n protocol verschuift de verantwoordelijkheid: niet de "
      "raad moet erom vragen, maar het college moet de informatie uit zichzelf aanbieden. De Raad beveelt die werkwijze "
      "aan alle colleges aan."),
    H2("4.4 De lokale rekenkamer"),
    P("Iedere gemeente is verplicht een rekenkamer of rekenkamerfunctie te hebben. De rekenkamer onderzoekt de "
      "doelmatigheid, de doeltreffendheid en de rechtmatigheid van het gemeentelijk beleid en is daarmee een belangrijk "
      "instrument van de raad. Uit een inventarisatie van de Raad blijkt dat het budget van lokale rekenkamers sterk "
      "uiteenloopt: van minder dan een euro tot meer dan vijf euro per inwoner per jaar. Een derde van de rekenkamers "
      "in kleinere gemeenten kan met het eigen budget niet meer dan één onderzoek per jaar uitvoeren.",
      footnotes=("Inventarisatie van de Raad onder 142 rekenkamers en rekenkamercommissies, peildatum 1 januari "
                 "2025.",)),
    P("De hoogte van het budget wordt bepaald door de raad, op voorstel van het college. In de praktijk is de "
      "rekenkamer daardoor kwetsbaar bij bezuinigingen. Meerdere rekenkamerleden vertelden de Raad dat zij onderzoek "
      "naar gevoelige onderwerpen hadden uitgesteld omdat de middelen ontbraken. Een wettelijke ondergrens, gekoppeld "
      "aan het aantal inwoners, zou dat voorkomen, terwijl de raad de vrijheid houdt om meer te besteden. Volgens de "
      "Raad verdraagt zo'n ondergrens zich goed met de lokale autonomie, omdat zij de positie van de raad zelf "
      "versterkt."),
    PageBreak(),
    H("5 Partijen, inwoners en veiligheid"),
    H2("5.1 Kandidaten werven en scholen"),
    P("Politieke partijen zijn de belangrijkste toegangsweg tot de gemeenteraad. Het werven, selecteren en scholen van "
      "kandidaten is primair hun taak, en de Raad respecteert hun vrijheid om dat op hun eigen manier te doen. Toch "
      "ziet de Raad dat de partijen die taak lokaal steeds moeilijker kunnen vervullen. Ledentallen zijn laag, lokale "
      "afdelingen draaien op een kleine groep vrijwilligers en kandidaten worden vaak in de eigen kring gezocht."),
    P("Een aantal partijen experimenteert met open kandidaatstelling, waarbij ook niet-leden zich kunnen aanmelden, "
      "en met talentprogramma's voor mensen die nog niet politiek actief zijn. De Raad ziet daarin een belangrijke weg "
      "om de vijver van kandidaten te vergroten. Het geld om zulke programma's lokaal aan te bieden ontbreekt echter "
      "vaak. Landelijke partijen ontvangen subsidie voor onder meer scholing en vorming; lokale partijen en lokale "
      "afdelingen hebben daar geen rechtstreeks aandeel in."),
    H2("5.2 Burgerschap begint lokaal"),
    P("Inwoners die weten wat de gemeenteraad doet, stemmen vaker en nemen vaker deel aan inspraak. Die kennis wordt "
      "voor een belangrijk deel op school opgedaan. Scholen zijn sinds 2021 verplicht om burgerschapsonderwijs te "
      "geven, maar de kerndoelen zeggen weinig over de lokale democratie. Uit gesprekken met docenten blijkt dat de "
      "lessen over politiek vooral gaan over de Tweede Kamer en het kabinet."),
    P("Waar scholen wel samenwerken met de gemeente, zijn de resultaten zichtbaar. De Raad sprak met griffiers die "
      "jaarlijks een jeugdgemeenteraad organiseren, waarin leerlingen een eigen voorstel schrijven en daarover "
      "debatteren in de raadszaal. Zulke initiatieven zijn nu afhankelijk van de inzet van individuele docenten en "
      "griffiers. De Raad vindt dat de lokale democratie een vaste plaats moet krijgen in het burgerschapsonderwijs."),
    H2("5.3 Referendum en participatie"),
    P("Veel gemeenten zoeken naar nieuwe vormen van betrokkenheid van inwoners: burgerberaden, wijkbudgetten, "
      "digitale raadplegingen en referenda. De Raad ziet die vormen als aanvulling op de representatieve democratie, "
      "niet als vervanging. Zij werken het best als vooraf duidelijk is wat er met de uitkomst gebeurt."),
    P("Dat laatste is bij het lokale referendum vaak het probleem. Gemeenten kunnen op grond van een eigen verordening "
      "een raadgevend referendum houden. Als de raad de uitslag vervolgens naast zich neerlegt, wat regelmatig "
      "gebeurt, voelen inwoners zich niet serieus genomen. De Raad is van mening dat een bindend correctief "
      "referendum, met heldere drempels, die teleurstelling kan voorkomen. Een bindende uitslag dwingt de raad om "
      "vooraf goed na te denken over de vraag die hij voorlegt, en dwingt voorstanders en tegenstanders om inwoners "
      "zorgvuldig te informeren. De Raad realiseert zich dat hiervoor een wettelijke grondslag nodig is."),
    H2("5.4 Veiligheid van raadsleden"),
    P("Intimidatie en bedreiging van raadsleden zijn geen incidenten meer. Raadsleden worden online bedreigd, thuis "
      "opgezocht of op straat aangesproken over hun stemgedrag. De gevolgen reiken verder dan het individuele "
      "raadslid: een deel van de raadsleden zegt zich bij gevoelige onderwerpen terughoudender op te stellen, en "
      "sommigen stellen zich niet opnieuw verkiesbaar."),
    P("Een terugkerende zorg in de gesprekken was de openbaarheid van het woonadres. Bij de kandidaatstelling en in "
      "sommige gemeentelijke stukken is het adres van raadsleden en kandidaten nog te vinden. Dat maakt het eenvoudig "
      "om iemand thuis op te zoeken. Daarnaast weten raadsleden vaak niet bij wie zij terechtkunnen als zij worden "
      "bedreigd. Waar een vast aanspreekpunt bij politie en openbaar ministerie bestaat, worden meldingen sneller "
      "opgepakt en voelen raadsleden zich gesteund."),
    H2("5.5 Zicht op de lokale democratie"),
    P("Het Rijk beschikt over veel gegevens over het lokaal bestuur, maar die zijn verspreid over verschillende "
      "publicaties en onderzoeken. Een samenhangend beeld van de positie van de raad, dat ook raden zelf kunnen "
      "gebruiken om hun situatie te vergelijken met die van andere gemeenten, ontbreekt. De Raad pleit voor een vaste, "
      "tweejaarlijkse meting onder alle raadsleden, zodat ontwikkelingen in tijdsbesteding, ondersteuning en "
      "veiligheid vroeg zichtbaar worden."),
    PageBreak(),
    H("6 Adviezen"),
    P("De Raad doet twaalf adviezen. Zij zijn geordend naar de drie knelpunten uit hoofdstuk 2 en aangeduid met de "
      "letters A tot en met L. Bij ieder advies staat tot wie het zich richt. Het kernadvies voorin dit rapport vat "
      "samen waartoe de twaalf adviezen gezamenlijk moeten leiden."),
    H2("6.1 Een sterkere raad"),
    adviezen(
        ("A", ("BZK",), REC_A),
        ("B", ("BZK",), REC_B),
        ("C", ("GEMEENTEN",), REC_C),
        ("D", ("GEMEENTEN",), REC_D),
    ),
    H2("6.2 Grip op de regio"),
    adviezen(
        ("E", ("BZK",), REC_E),
        ("F", ("BZK",), REC_F),
        ("G", ("GEMEENTEN",), REC_G),
    ),
    H2("6.3 Een bredere basis"),
    adviezen(
        ("H", ("OTHER", "BZK"), REC_H),
        ("I", ("OCW",), REC_I),
        ("J", ("BZK",), REC_J),
        ("K", ("BZK",), REC_K),
        ("L", ("BZK", "JenV"), REC_L),
    ),
    PageBreak(),
    H("Bijlage Samenstelling van de Raad en verantwoording"),
    P("De Raad voor Bestuurskracht en Democratie bestond bij de vaststelling van dit advies uit:"),
    bullets(
        "prof. dr. M.E. Hoogendoorn-Vissers, voorzitter",
        "mr. J.K. Oudeman",
        "drs. S. el Hamdaoui",
        "dr. W.P.M. Rietveld",
        "mr. drs. A.L. Brouwer-Tjalma",
        "H. van der Steeg",
    ),
    P("Het advies is voorbereid door een projectgroep onder leiding van mr. J.K. Oudeman en drs. S. el Hamdaoui, "
      "ondersteund door het secretariaat van de Raad. De Raad dankt alle raadsleden, griffiers, wethouders, "
      "burgemeesters, rekenkamerleden en vertegenwoordigers van partijen en organisaties die aan de gesprekken en de "
      "enquête hebben deelgenomen."),
)

REPORT = Document(
    title="Het hart van de gemeente",
    subtitle="Advies over de positie van de gemeenteraad en de versterking van de lokale democratie",
    blocks=REPORT_BLOCKS,
    running_header="Raad voor Bestuurskracht en Democratie  |  Het hart van de gemeente",
    footer="{page}",
    font_family="serif",
    font_size=10.5,
    title_page=True,
    imprint=("Raad voor Bestuurskracht en Democratie", "Den Haag, november 2025"),
)

# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

Q = "Wat adviseert de Raad?"
A = "Wat is de reactie van het kabinet?"

EV_A = ("Met ingang van 1 januari 2027 ontvangen gemeenten via een decentralisatie-uitkering in het gemeentefonds samen "
        "32 miljoen euro per jaar, bestemd voor de griffie, de fractieondersteuning en onderzoek in opdracht van de "
        "raad.")
EV_A2 = "De verdeling over de gemeenten wordt bekendgemaakt in de meicirculaire 2026 van het gemeentefonds."
EV_B = ("Daarom laat het kabinet eerst onafhankelijk onderzoek doen naar de tijdsbesteding en de vergoeding in alle "
        "inwonersklassen, voordat het besluit over een aanpassing van het Rechtspositiebesluit.")
EV_B2 = ("Een aanpassing met ingang van de huidige raadsperiode is daarmee niet mogelijk; een eventuele wijziging gaat "
         "op zijn vroegst in 2028 in.")
EV_D = ("Het kabinet onderschrijft het advies en neemt een eigen raadsagenda en een evaluatie halverwege de periode op "
        "in de handreiking ‘Beginnen als raad’, die het ministerie samen met de beroepsvereniging van griffiers "
        "uitbrengt en in april 2026 aan alle nieuwe raden toestuurt.")
EV_E = ("Het kabinet betrekt het voorstel van de Raad daarom bij de evaluatie van de Wet gemeenschappelijke "
        "regelingen en besluit pas na afronding daarvan of een wetswijziging nodig is.")
EV_F = ("Een wettelijk minimumbudget past echter niet bij de lokale autonomie: het is aan de raad zelf om te bepalen "
        "hoeveel hij wil besteden aan onderzoek naar het eigen bestuur.")
EV_H = ("Het kabinet begint in 2026 met een proef in vijftien gemeenten, waarin lokale politieke partijen en lokale "
        "afdelingen een bijdrage kunnen aanvragen voor de scholing van kandidaten; over een structurele regeling "
        "besluit het kabinet pas na de evaluatie van die proef in 2028.")
EV_I = ("In de herziene kerndoelen, die de minister van OCW voor de zomer van 2026 aan uw Kamer aanbiedt en die vanaf "
        "1 augustus 2027 voor alle scholen in het primair en voortgezet onderwijs gelden, staat een afzonderlijk "
        "kerndoel over de gemeente, de gemeenteraad en de manieren waarop inwoners lokale besluiten kunnen "
        "beïnvloeden.")
EV_L = "Het kabinet neemt dit advies over."
EV_J = "Het kabinet ziet geen aanleiding om daartoe een voorstel te doen."
EV_K = ("Een afzonderlijke Lokale Democratiemonitor voegt daar naar het oordeel van het kabinet te weinig aan toe en "
        "vraagt raadsleden opnieuw om vragenlijsten in te vullen; het kabinet ziet daar daarom van af.")

RESPONSE_BLOCKS = (
    H("Inleiding"),
    P("Op 18 november 2025 heeft de Raad voor Bestuurskracht en Democratie zijn advies ‘Het hart van de gemeente’ "
      "uitgebracht. Het advies is opgesteld op verzoek van mijn ambtsvoorganger en gaat over de positie van de "
      "gemeenteraad en de versterking van de lokale democratie. Ik dank de Raad voor zijn grondige en betrokken "
      "advies, dat mede is gebaseerd op een enquête onder ruim 1.400 raadsleden."),
    P("Het advies verschijnt op een belangrijk moment. Op 18 maart 2026 zijn de gemeenteraadsverkiezingen gehouden, "
      "en in veel gemeenten is een nieuwe raad aan het werk gegaan met een groot aantal nieuwe raadsleden. Tegelijk "
      "staan gemeenten voor grote opgaven in het sociaal domein, de woningbouw en de energietransitie, terwijl hun "
      "financiële ruimte de komende jaren kleiner wordt."),
    P("Het kabinet werkt sinds 2023 met gemeenten, provincies en beroepsverenigingen aan het programma Versterking "
      "Lokale Democratie. Binnen dat programma zijn onder meer een ondersteuningsnetwerk voor politieke ambtsdragers, "
      "een digitale leeromgeving voor raadsleden en handreikingen voor regionale samenwerking ontwikkeld. Het programma "
      "loopt tot eind 2026."),
    H2("Het kernadvies"),
    P("De Raad vat zijn advies samen in een kernadvies: breng de gemeenteraad weer in positie, met de middelen, "
      "bevoegdheden en bescherming die passen bij zijn taak als hoogste orgaan van de gemeente. Het kabinet deelt die "
      "ambitie. De gemeenteraad is het hart van de lokale democratie, en de versterking daarvan is een gezamenlijke "
      "verantwoordelijkheid van Rijk, gemeenten en politieke partijen."),
    P("Ik herken ook het beeld dat de Raad schetst. Dat raadsleden de stukken niet kunnen lezen, dat zij weinig "
      "invloed hebben op regionale samenwerking en dat bijna de helft te maken krijgt met intimidatie, is zorgelijk. "
      "Het beeld komt overeen met de uitkomsten van eerder onderzoek in opdracht van het ministerie."),
    H2("Opzet van deze reactie"),
    P("Hieronder ga ik in op de adviezen van de Raad in de vorm van vragen en antwoorden, geordend naar thema. Bij "
      "ieder onderwerp vat ik eerst samen wat de Raad adviseert; daarna volgt de reactie van het kabinet. De reactie "
      "op het burgerschapsonderwijs is afgestemd met de minister van Onderwijs, Cultuur en Wetenschap, de reactie op "
      "de veiligheid van raadsleden met de minister van Justitie en Veiligheid."),
    PageBreak(),
    H("1 Toerusting van de raad"),
    H2("Ondersteuning van raad en fracties"),
    bold(Q),
    P("In advies A vraagt de Raad het kabinet om gemeenten structureel extra geld te geven voor de griffie, de "
      "fractieondersteuning en onderzoek in opdracht van de raad. Het geld moet volgens de Raad via een "
      "decentralisatie-uitkering in het gemeentefonds lopen, zodat het niet opgaat aan andere uitgaven, en ten minste "
      "30 miljoen euro per jaar bedragen."),
    bold(A),
    P("Een raad die zijn werk goed wil doen, heeft ondersteuning nodig die in verhouding staat tot die van het college. "
      + EV_A + " Het bedrag is structureel en wordt gedekt uit de begroting van het ministerie van Binnenlandse Zaken en "
      "Koninkrijksrelaties. De verdeling houdt rekening met een vast basisbedrag per gemeente, zodat ook kleine "
      "gemeenten hun griffie kunnen versterken.",
      answers=(Answer("A", "agree", EV_A),)),
    P(EV_A2 + " Gemeenten leggen in hun jaarverslag verantwoording af over de besteding, zodat de raad zelf kan nagaan "
      "of het geld ook werkelijk bij de raad terechtkomt.",
      answers=(Answer("A", "agree", EV_A2),)),
    H2("Vergoeding van raadsleden"),
    bold(Q),
    P("Advies B gaat over de vergoeding van raadsleden in gemeenten met minder dan 40.000 inwoners. Volgens de Raad "
      "staat die vergoeding niet in verhouding tot de tijd die raadsleden aan hun werk besteden. De Raad ziet geen "
      "aanleiding om op nieuw onderzoek te wachten en wil dat het Rechtspositiebesluit decentrale politieke "
      "ambtsdragers met ingang van de raadsperiode 2026-2030 wordt aangepast."),
    bold(A),
    P("Het kabinet erkent dat de verschillen in vergoeding tussen de inwonersklassen groot zijn en dat het raadswerk "
      "in kleine gemeenten niet wezenlijk minder tijd kost. Een verhoging heeft echter gevolgen voor de begrotingen "
      "van alle betrokken gemeenten en raakt ook aan de vergoedingen van wethouders en commissieleden, die op dezelfde "
      "inwonersklassen zijn gebaseerd. " + EV_B,
      answers=(Answer("B", "partial", EV_B),)),
    P("De uitkomsten van dat onderzoek verwacht ik in het voorjaar van 2027. " + EV_B2,
      answers=(Answer("B", "partial", EV_B2),)),
    H2("Een eigen agenda voor de raad"),
    bold(Q),
    P("De Raad adviseert de gemeenteraden in advies D om aan het begin van de raadsperiode een eigen raadsagenda vast "
      "te stellen, naast het coalitieakkoord, en halverwege en aan het einde van de periode te evalueren hoe de raad "
      "zijn rollen heeft vervuld. Inwoners zouden bij die evaluatie moeten worden betrokken."),
    bold(A),
    P("Dit advies is gericht aan de gemeenteraden zelf, en het is aan iedere raad om te bepalen hoe hij zijn werk "
      "inricht. " + EV_D + " Ik hoop dat veel raden het voorbeeld volgen van de gemeenten die de Raad in zijn advies "
      "beschrijft.",
      answers=(Answer("D", "agree", EV_D),)),
    H2("Inwerken van nieuwe raadsleden"),
    bold(Q),
    P("In advies C vraagt de Raad de VNG om samen met de beroepsverenigingen van raadsleden en griffiers een landelijk "
      "inwerkprogramma voor nieuwe raadsleden te ontwikkelen, dat gemeenten kunnen aanvullen met een eigen lokaal "
      "deel."),
    bold(A),
    P("Het inwerken van nieuwe raadsleden is in de eerste plaats een taak van de gemeenten zelf. Het advies is gericht "
      "aan de VNG, en het is aan de VNG om te bepalen of en hoe zij het oppakt. De VNG heeft laten weten het advies "
      "met haar leden te bespreken en daarover zelf te berichten; het kabinet loopt daar niet op vooruit."),
    P("Nieuwe raadsleden kunnen nu al gebruikmaken van de digitale leeromgeving die binnen het programma Versterking "
      "Lokale Democratie is ontwikkeld. Die leeromgeving blijft in ieder geval tot eind 2026 beschikbaar."),
    H("2 Regionale samenwerking"),
    H2("Grip op gemeenschappelijke regelingen"),
    bold(Q),
    P("Advies E gaat over de invloed van gemeenteraden op gemeenschappelijke regelingen. De Raad vindt een zienswijze "
      "onvoldoende en wil dat raden de ontwerpbegroting van een gemeenschappelijke regeling kunnen amenderen. Een "
      "amendement dat een meerderheid van de deelnemende raden in gelijke bewoordingen aanneemt, zou het algemeen "
      "bestuur moeten binden."),
    bold(A),
    P("Het kabinet deelt de zorg van de Raad over de democratische legitimatie van regionale samenwerking. Met de "
      "wijziging van de Wet gemeenschappelijke regelingen, die op 1 juli 2022 in werking trad, hebben raden al meer "
      "instrumenten gekregen, zoals de gemeenschappelijke adviescommissie en een langere termijn voor zienswijzen. Die "
      "wijziging wordt in 2027 geëvalueerd."),
    P("Een bindend amendement van raden is een ingrijpende stap. Het roept vragen op over de verhouding tussen het "
      "algemeen bestuur en de deelnemende raden, en over de gevolgen wanneer raden verschillende amendementen "
      "aannemen. " + EV_E,
      answers=(Answer("E", "partial", EV_E),)),
    H2("Budget van de lokale rekenkamer"),
    bold(Q),
    P("In advies F adviseert de Raad om in de Gemeentewet een minimumbudget per inwoner voor de lokale rekenkamer vast "
      "te leggen. Volgens de Raad past zo'n ondergrens goed bij de lokale autonomie, omdat de raad zelf een hoger "
      "budget kan vaststellen."),
    bold(A),
    P("Het kabinet deelt de analyse van de Raad dat een aantal rekenkamers met zeer beperkte middelen werkt, en vindt "
      "dat onwenselijk. " + EV_F + " De Gemeentewet verplicht iedere gemeente al om een rekenkamer in te stellen en "
      "waarborgt de onafhankelijkheid daarvan. Raden die hun rekenkamer meer armslag willen geven, kunnen dat bij de "
      "begrotingsbehandeling doen.",
      answers=(Answer("F", "disagree", EV_F),)),
    H("3 Kandidaten, inwoners en veiligheid"),
    H2("Werving en scholing van kandidaten"),
    bold(Q),
    P("De Raad vraagt in advies H de politieke partijen om hun lokale afdelingen te ondersteunen bij het werven en "
      "scholen van kandidaten, ook van niet-leden. Het kabinet zou lokale partijen en lokale afdelingen daarvoor een "
      "structurele financiële bijdrage moeten geven."),
    bold(A),
    P("De werving en scholing van kandidaten is een verantwoordelijkheid van de politieke partijen zelf, en het kabinet "
      "treedt niet in de wijze waarop zij hun kandidaten selecteren. Ik heb het advies besproken met de landelijke "
      "partijen; zij herkennen het probleem van de smalle vijver en wisselen onderling ervaringen uit met open "
      "kandidaatstelling."),
    P("Anders dan landelijke partijen ontvangen lokale partijen en lokale afdelingen geen subsidie. " + EV_H + " Voor "
      "de proef is 1,5 miljoen euro beschikbaar.",
      answers=(Answer("H", "partial", EV_H),)),
    H2("Burgerschapsonderwijs"),
    bold(Q),
    P("In advies I vraagt de Raad de minister van Onderwijs, Cultuur en Wetenschap om de gemeente en de gemeenteraad "
      "uitdrukkelijk op te nemen in de kerndoelen voor burgerschap en de samenwerking tussen scholen en griffies te "
      "stimuleren, bijvoorbeeld via een jeugdgemeenteraad."),
    bold(A),
    P("De kerndoelen voor burgerschap worden op dit moment herzien. " + EV_I + " Daarnaast krijgt het landelijk "
      "expertisecentrum voor democratie-educatie vanaf het schooljaar 2026-2027 een extra subsidie van 600.000 euro "
      "per jaar om scholen en griffies te helpen bij het organiseren van een jeugdgemeenteraad.",
      answers=(Answer("I", "agree", EV_I),)),
    H2("Bescherming tegen intimidatie"),
    bold(Q),
    P("Advies L gaat over de veiligheid van raadsleden. De Raad wil dat het woonadres van raadsleden en kandidaten "
      "niet langer openbaar wordt bij de kandidaatstelling en in gemeentelijke stukken, en dat iedere gemeente een "
      "vast aanspreekpunt krijgt bij politie en openbaar ministerie."),
    bold(A),
    P("Intimidatie van raadsleden is onacceptabel; zij raakt niet alleen de persoon, maar ook de democratie. " + EV_L
      + " In het wetsvoorstel tot wijziging van de Kieswet dat ik dit najaar bij uw Kamer indien, wordt geregeld dat "
      "bij de kandidaatstelling alleen nog de woonplaats van kandidaten wordt vermeld, en gemeenten krijgen de "
      "opdracht het adres van raadsleden uit openbare stukken te weren. Met de minister van Justitie en Veiligheid heb "
      "ik afgesproken dat politie en openbaar ministerie voor iedere gemeente een vast aanspreekpunt voor bedreigde "
      "politieke ambtsdragers aanwijzen, dat ook voor raadsleden beschikbaar is.",
      answers=(Answer("L", "agree", EV_L),)),
    H2("Bindend lokaal referendum"),
    bold(Q),
    P("De Raad adviseert in advies J een wettelijke regeling waarmee gemeenten een bindend correctief referendum "
      "kunnen houden over raadsbesluiten, met vaste drempels. Volgens de Raad voorkomt een bindende uitslag de "
      "teleurstelling die nu ontstaat wanneer de raad de uitslag van een raadgevend referendum naast zich neerlegt."),
    bold(A),
    P("Het kabinet begrijpt de teleurstelling die de Raad beschrijft. Een bindend correctief referendum verhoudt zich "
      "echter moeilijk tot de positie van de gemeenteraad als hoogste orgaan van de gemeente, zoals de Grondwet die "
      "vastlegt, en vergt een grondwetswijziging. " + EV_J + " Gemeenten kunnen op grond van een eigen verordening "
      "een raadgevend referendum houden, en het is aan de raad om vooraf aan te geven hoe hij met de uitslag omgaat.",
      answers=(Answer("J", "disagree", EV_J),)),
    H2("Zicht op de lokale democratie"),
    bold(Q),
    P("In advies K vraagt de Raad om iedere twee jaar een Lokale Democratiemonitor uit te brengen, op basis van een "
      "peiling onder alle raadsleden, en die aan de Tweede Kamer en alle gemeenteraden aan te bieden."),
    bold(A),
    P("Het kabinet vindt goed zicht op de staat van de lokale democratie belangrijk. Het ministerie brengt daarom "
      "jaarlijks de Staat van het Bestuur uit, met gegevens over onder meer de samenstelling van raden, de "
      "ondersteuning door griffies en de opkomst bij verkiezingen, en laat iedere twee jaar een monitor uitvoeren "
      "waarin raadsleden worden bevraagd over integriteit, intimidatie en agressie. " + EV_K,
      answers=(Answer("K", "disagree", EV_K),)),
    H("Tot slot"),
    P("Een sterke gemeenteraad is geen vanzelfsprekendheid. Het advies van de Raad laat zien dat raadsleden met grote "
      "inzet werken onder omstandigheden die beter kunnen. Het kabinet zet de komende jaren stappen om hun positie te "
      "versterken, en doet dat samen met de gemeenten, de VNG en de politieke partijen."),
    P("Over de voortgang informeer ik uw Kamer in de jaarlijkse Staat van het Bestuur, voor het eerst in het najaar "
      "van 2026."),
    P("De minister van Binnenlandse Zaken en Koninkrijksrelaties,"),
    P("mr. A.C. van Dijkhuizen-Roos"),
)

RESPONSE = Document(
    title="Kabinetsreactie op het advies ‘Het hart van de gemeente’",
    subtitle="Reactie van de minister van Binnenlandse Zaken en Koninkrijksrelaties op het advies van de Raad voor "
             "Bestuurskracht en Democratie over de positie van de gemeenteraad",
    blocks=RESPONSE_BLOCKS,
    running_header="Kabinetsreactie ‘Het hart van de gemeente’",
    footer="{page}",
    font_family="sans",
    font_size=10.0,
    title_page=True,
    imprint=("Ministerie van Binnenlandse Zaken en Koninkrijksrelaties", "Den Haag, april 2026"),
)

PAIR = Pair(
    name="local_democracy_qa_council",
    report=REPORT,
    response=RESPONSE,
    description="Raad voor Bestuurskracht en Democratie advice on the gemeenteraad (framed Kernadvies that is not a "
                "recommendation; twelve advices labelled 'A.'-'L.') and the BZK minister's kabinetsreactie as "
                "questions and answers ('Wat adviseert de Raad?' / 'Wat is de reactie van het kabinet?'); C left to "
                "the VNG, G skipped entirely.",
)
