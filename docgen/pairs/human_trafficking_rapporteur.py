"""Pair: a fictional Nationaal Rapporteur Mensenhandel en Uitbuiting monitor on labour exploitation, and the answer of
the minister of Justitie en Veiligheid (also on behalf of the minister of SZW).

Layout traits this pair tests: a serif report with a title page and a running header with the report title; chapters
with numbered level-1 headings ("1 Inleiding" ... "7 Aanbevelingen") and level-2 headings "2.1 ..."; a "Samenvatting"
in running prose that repeats five recommendations (3, 6, 8, 13, 15) in shortened wording ("De rapporteur beveelt
onder meer aan om ...") inside its paragraphs, not as a list; findings chapters full of "moet" / "zou moeten"
sentences that state legal duties or quote interviewees; a captioned data grid table (registered victims per sector),
a bullet list of sources and a dash list of indicators, none of them recommendations. The fifteen recommendations are
printed in full in chapter "7 Aanbevelingen" as a grid TABLE "Nr. | Aanbeveling | Gericht aan" (addressees written as
in prose, e.g. "Arbeidsinspectie, politie, gemeenten"). docgen can annotate recommendations on list items only, so the
same fifteen texts, word for word, also stand as a numbered list on the page "De aanbevelingen op een rij" right after
the Samenvatting (pages 4-5): that list is the gold's first printing and page; the table (pages 15-16) is an
unannotated repeat, and the five shortened summary sentences cannot be annotated as duplicates (they are plain
paragraph text). Report: 16 pages with the title page; response: 5 pages.

The response is a sans letter (letterhead, no title page) of the minister of JenV, also on behalf of the minister
of SZW, to the Tweede Kamer: thanks and context (existing policy, "herken het beeld", "neemt het merendeel ...
over") without position, then level-2 theme headings ("Regie en kennis", "Toezicht en signalering", "Opsporing en
vervolging", "Slachtoffers", "Preventie en voorlichting", "Internationale samenwerking") whose paragraphs open
"Aanbeveling 1", "Aanbeveling 3 en 4" (two positions in one paragraph), "Ten aanzien van aanbeveling 9" ...; 2, 13
and 14 are answered by subject only.  It closes with "Ik vertrouw erop u hiermee voldoende te hebben geïnformeerd."
Gold positions:
  1  JenV, SZW                agree          - "Het kabinet neemt deze aanbeveling over."
  2  JenV                     agree          - by subject: WODC estimation study in 2026, repeated every four years
  3  SZW                      partial        - +40 fte, but 150 fte "past niet binnen de huidige begroting" ("3 en 4")
  4  SZW                      agree          - four weeks and feedback from 1 January 2026 with 2,1 million; no cue
  5  SZW, JenV, GEMEENTEN     partial        - only explored in two regions within existing law
  6  SZW                      disagree       - shares the analysis; chain liability "acht hij ... niet opportuun"
  7  JenV, SZW, GEMEENTEN     not_addressed  - joint controls: never mentioned
  8  JenV                     agree          - OM: specialised prosecutor per district from 1 April 2026; no cue
  9  JenV                     disagree       - "De huidige wet biedt hiervoor al voldoende ruimte."
  10 JenV                     partial        - training of basic teams yes, a separate team per unit no
  11 JenV                     disagree       - blunt: "Deze aanbeveling neem ik niet over."
  12 GEMEENTEN                not_addressed  - passed on: "aan de gemeenten ... VNG", no position
  13 SZW                      agree          - by subject: "neemt ... de aanbeveling van de rapporteur over"
  14 SZW, GEMEENTEN           agree          - by subject: personal intake from 1 March 2026, 6 million a year; no cue
  15 BZ                       partial        - BZ only explores agreements; no role for embassies
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

P = Paragraph


def H1(text: str) -> Heading:
    return Heading(text, level=1)


def H2(text: str) -> Heading:
    return Heading(text, level=2)


def bullets(*texts: str) -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style="•")


def dashes(*texts: str) -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style="–")


# number, text as printed, addressee as printed in the table, department codes
RECS = (
    ("1", "Stel een gezamenlijk meerjarenprogramma tegen arbeidsuitbuiting op met meetbare doelen voor signalering, "
          "opsporing en slachtofferhulp, en rapporteer jaarlijks aan de Tweede Kamer over de voortgang daarvan.",
     "Minister van JenV, minister van SZW", ("JenV", "SZW")),
    ("2", "Laat eens in de vier jaar een onafhankelijk schattingsonderzoek uitvoeren naar het werkelijke aantal "
          "slachtoffers van arbeidsuitbuiting, zodat zichtbaar wordt welk deel van de slachtoffers buiten beeld "
          "blijft.",
     "Minister van JenV", ("JenV",)),
    ("3", "Breid de capaciteit van de Nederlandse Arbeidsinspectie voor de aanpak van arbeidsuitbuiting vóór 2028 uit "
          "tot ten minste 150 fte inspecteurs en rechercheurs. Leg deze capaciteit structureel vast in de begroting, "
          "zodat zij niet afhangt van tijdelijke middelen.",
     "Minister van SZW", ("SZW",)),
    ("4", "Neem iedere melding van mogelijke arbeidsuitbuiting binnen vier weken in behandeling en laat de melder "
          "weten wat er met zijn melding is gebeurd.",
     "Nederlandse Arbeidsinspectie", ("SZW",)),
    ("5", "Breng signalen van arbeidsuitbuiting onder in één gezamenlijk registratiesysteem, zodat een signaal dat bij "
          "de ene organisatie binnenkomt ook voor de andere zichtbaar is.",
     "Arbeidsinspectie, politie, gemeenten", ("SZW", "JenV", "GEMEENTEN")),
    ("6", "Maak opdrachtgevers wettelijk medeverantwoordelijk voor arbeidsuitbuiting bij hun onderaannemers en "
          "uitzendbureaus, naar het voorbeeld van de ketenaansprakelijkheid voor het loon. Verbind daaraan een "
          "zorgplicht om risico's in de keten actief na te gaan.",
     "Minister van SZW", ("SZW",)),
    ("7", "Voer in iedere regio ten minste twee keer per jaar gezamenlijke controles uit bij bedrijven en "
          "huisvestingslocaties in sectoren met een verhoogd risico op arbeidsuitbuiting.",
     "Politie, Arbeidsinspectie, gemeenten", ("JenV", "SZW", "GEMEENTEN")),
    ("8", "Wijs in ieder arrondissement een officier van justitie aan die gespecialiseerd is in arbeidsuitbuiting, en "
          "neem in zaken die de Arbeidsinspectie aanbrengt binnen zes maanden een vervolgingsbeslissing.",
     "Openbaar Ministerie", ("JenV",)),
    ("9", "Verduidelijk in artikel 273f van het Wetboek van Strafrecht dat ook uitbuiting waarbij geen fysieke dwang "
          "is gebruikt strafbaar is, wanneer de werkgever misbruik maakt van de afhankelijke positie van de "
          "werknemer.",
     "Minister van JenV", ("JenV",)),
    ("10", "Richt in iedere politie-eenheid een team op dat zich uitsluitend met arbeidsuitbuiting bezighoudt, en "
           "train alle medewerkers van de basisteams in het herkennen van signalen.",
     "Politie (minister van JenV)", ("JenV",)),
    ("11", "Laat de Staat de volledige schadevergoeding die de rechter aan een slachtoffer van arbeidsuitbuiting "
           "toekent binnen acht maanden voorschieten, ook wanneer de dader niet betaalt of onvindbaar is.",
     "Minister van JenV", ("JenV",)),
    ("12", "Neem arbeidsuitbuiting uitdrukkelijk op in het lokale of regionale beleid tegen mensenhandel en zorg in "
           "iedere regio voor een zorgcoördinator die ook slachtoffers van arbeidsuitbuiting opvangt en begeleidt.",
     "Gemeenten", ("GEMEENTEN",)),
    ("13", "Ontkoppel de huisvesting van arbeidsmigranten van hun arbeidscontract, zodat wie zijn baan verliest of een "
           "misstand meldt niet tegelijk zijn woonruimte kwijtraakt.",
     "Minister van SZW", ("SZW",)),
    ("14", "Zorg dat iedere arbeidsmigrant bij aankomst in Nederland persoonlijk en in een taal die hij begrijpt wordt "
           "geïnformeerd over zijn rechten en over de plekken waar hij met misstanden terecht kan.",
     "Minister van SZW, gemeenten", ("SZW", "GEMEENTEN")),
    ("15", "Maak met de belangrijkste herkomstlanden afspraken over eerlijke werving en zet de Nederlandse ambassades "
           "in om aspirant-arbeidsmigranten vóór vertrek te informeren en malafide wervingsbureaus te signaleren.",
     "Minister van Buitenlandse Zaken", ("BZ",)),
)


def overview_list() -> ItemList:
    """The annotated first printing: a numbered list with the full texts (docgen marks recommendations on lists)."""
    return ItemList(style="1.", items=tuple(
        ListItem(text, recommendation=Recommendation(number, departments))
        for number, text, _, departments in RECS))


def recommendations_table() -> Table:
    """Chapter 7: the recommendations as printed in the report body, Nr. | Aanbeveling | Gericht aan."""
    return Table(
        header=("Nr.", "Aanbeveling", "Gericht aan"),
        rows=tuple((number, text, addressee) for number, text, addressee, _ in RECS),
        widths=(0.07, 0.63, 0.30),
        rules="grid",
    )


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H1("Voorwoord"),
    P("Wie in Nederland een pakketje laat bezorgen, een krop sla koopt of een nieuwe badkamer laat plaatsen, maakt "
      "zonder het te weten soms gebruik van werk dat onder onaanvaardbare omstandigheden is verricht. Dat is geen "
      "verwijt aan de consument. Het is wel een vaststelling die ons als samenleving iets zou moeten zeggen: "
      "arbeidsuitbuiting speelt zich niet af in een verborgen onderwereld, maar midden in de gewone economie, in "
      "distributiecentra, op akkers, in kassen, op bouwplaatsen en in keukens."),
    P("Deze monitor is de derde die ik als Nationaal Rapporteur Mensenhandel en Uitbuiting over arbeidsuitbuiting "
      "uitbreng. In de vorige twee monitors stelde ik vast dat de aandacht voor arbeidsuitbuiting groeide, maar dat de "
      "aanpak achterbleef bij die voor seksuele uitbuiting. Dat beeld is helaas nog niet wezenlijk veranderd. Er "
      "worden meer signalen gemeld, maar het aantal zaken dat de rechter bereikt, blijft klein. Slachtoffers weten "
      "vaak niet dat zij slachtoffer zijn, en als zij het wel weten, hebben zij veel te verliezen: hun inkomen, hun "
      "bed en soms hun verblijfsrecht."),
    P("Ik dank de vele mensen die aan deze monitor hebben bijgedragen: inspecteurs, rechercheurs, officieren van "
      "justitie, zorgcoördinatoren, advocaten, vakbondsmedewerkers en vooral de arbeidsmigranten die ons hun verhaal "
      "vertelden. Hun namen noemen wij niet, maar hun ervaringen vormen de kern van dit rapport."),
    P("mr. dr. L.J. Hofstede-Amrani, Nationaal Rapporteur Mensenhandel en Uitbuiting"),
    PageBreak(),
    H1("Samenvatting"),
    P("Arbeidsuitbuiting is de ernstigste vorm van misstanden op de arbeidsmarkt. Het gaat om situaties waarin een "
      "werkgever of tussenpersoon de kwetsbare positie van een werknemer misbruikt om zich te verrijken: extreem lange "
      "werkdagen, loon ver onder het minimum, ingehouden paspoorten, schulden die nooit kleiner worden en huisvesting "
      "die als drukmiddel wordt gebruikt. In 2024 werden 1.137 mogelijke slachtoffers van arbeidsuitbuiting "
      "geregistreerd, ruim een derde meer dan in 2021. De rapporteur schat dat het werkelijke aantal een veelvoud "
      "daarvan is."),
    P("Het toezicht schiet tekort. De Nederlandse Arbeidsinspectie ontving in 2024 bijna 1.900 meldingen die op "
      "arbeidsuitbuiting konden duiden, maar had voor de aanpak daarvan ongeveer 70 fte beschikbaar. Meldingen bleven "
      "gemiddeld zeventien weken liggen voordat zij werden opgepakt. De rapporteur beveelt onder meer aan om de "
      "capaciteit van de Arbeidsinspectie voor deze taak ruim te verdubbelen en die uitbreiding structureel te "
      "financieren. Signalen komen daarnaast bij verschillende organisaties binnen zonder dat zij bij elkaar worden "
      "gebracht."),
    P("Verantwoordelijkheid in de keten ontbreekt. Arbeidsuitbuiting vindt vaak plaats aan het einde van een lange "
      "keten van opdrachtgevers, onderaannemers en uitzendbureaus. Bedrijven aan het begin van die keten profiteren "
      "van lage prijzen zonder dat zij iets hoeven te doen om misstanden te voorkomen. Daarom beveelt de rapporteur "
      "aan om opdrachtgevers mede aansprakelijk te maken voor uitbuiting verderop in hun keten."),
    P("Opsporing en vervolging komen moeizaam op gang. In 2024 werden 61 zaken van arbeidsuitbuiting bij het "
      "Openbaar Ministerie ingeschreven, en deed de rechter in 23 zaken uitspraak, waarvan 14 met een veroordeling. "
      "Zaken liggen lang op de plank; in een op de drie door de Arbeidsinspectie aangebrachte zaken was na een jaar "
      "nog geen vervolgingsbeslissing genomen. De rapporteur wil dat in elk arrondissement een gespecialiseerde "
      "officier van justitie deze zaken behandelt en dat binnen een halfjaar wordt besloten of een zaak wordt "
      "vervolgd."),
    P("Slachtoffers staan er vaak alleen voor. Zorgcoördinatie is in veel regio's ingericht op slachtoffers van "
      "seksuele uitbuiting. Slachtoffers van arbeidsuitbuiting verliezen bij een melding dikwijls zowel hun werk als "
      "hun woning, omdat beide bij dezelfde werkgever zijn ondergebracht. De rapporteur beveelt onder meer aan om de "
      "huisvesting van arbeidsmigranten los te maken van hun arbeidscontract. Schadevergoedingen die de rechter "
      "toekent, worden in de meeste zaken niet of slechts voor een klein deel betaald."),
    P("Uitbuiting begint vaak al in het land van herkomst. Wervingsbureaus beloven goed betaald werk en brengen hoge "
      "kosten in rekening, waardoor werknemers met een schuld aan hun baan beginnen. De rapporteur beveelt aan om met "
      "de belangrijkste herkomstlanden afspraken te maken over eerlijke werving en daarbij ook de ambassades in te "
      "zetten."),
    P("In totaal doet de rapporteur vijftien aanbevelingen. Zij zijn gericht aan de minister van Justitie en "
      "Veiligheid, de minister van Sociale Zaken en Werkgelegenheid, de Nederlandse Arbeidsinspectie, het Openbaar "
      "Ministerie, de politie, de gemeenten en de minister van Buitenlandse Zaken. Hoofdstuk 7 geeft een overzicht met "
      "de adressaat van iedere aanbeveling."),
    H1("De aanbevelingen op een rij"),
    P("De rapporteur doet in deze monitor de volgende aanbevelingen. Aan wie iedere aanbeveling is gericht, staat in "
      "de tabel in hoofdstuk 7."),
    overview_list(),
    PageBreak(),
    H1("1 Inleiding"),
    H2("1.1 Aanleiding"),
    P("De Nationaal Rapporteur Mensenhandel en Uitbuiting is een onafhankelijke instantie die de aard en omvang van "
      "mensenhandel en uitbuiting in Nederland in kaart brengt en de effecten van het beleid daartegen volgt. De "
      "rapporteur brengt daarover verslag uit aan de regering, die de rapportages met een reactie aan de Staten-"
      "Generaal zendt. Iedere twee jaar verschijnt een monitor die zich op een afzonderlijke vorm van uitbuiting "
      "richt. Deze monitor gaat over arbeidsuitbuiting: uitbuiting buiten de seksindustrie, in de gewone "
      "economie."),
    P("Sinds de vorige monitor, die in 2023 verscheen, is er veel gebeurd. Het kabinet presenteerde het actieplan "
      "‘Werk zonder uitbuiting 2023-2026’, het toelatingsstelsel voor uitzendbureaus werd door het parlement "
      "aangenomen en de Arbeidsinspectie kreeg tijdelijk extra middelen. Tegelijk bleef het aantal arbeidsmigranten in "
      "Nederland stijgen, tot naar schatting ruim 900.000 in 2024, en namen de signalen van misstanden toe. Deze "
      "monitor gaat na wat het beleid tot nu toe heeft opgeleverd."),
    H2("1.2 Wat is arbeidsuitbuiting?"),
    P("Arbeidsuitbuiting is strafbaar als mensenhandel op grond van artikel 273f van het Wetboek van Strafrecht. Van "
      "uitbuiting is sprake wanneer iemand door middel van dwang, geweld, misleiding of misbruik van een kwetsbare "
      "positie wordt gebracht tot het verrichten van arbeid of diensten, met het oogmerk van uitbuiting. Volgens de "
      "rechtspraak moet bij de beoordeling worden gekeken naar de aard en duur van de tewerkstelling, de beperkingen "
      "die de werknemer ondervindt en het economisch voordeel dat de werkgever behaalt."),
    P("Tussen arbeidsuitbuiting en ‘gewone’ overtredingen van de arbeidswetgeving ligt een grijs gebied. Een werkgever "
      "die te weinig loon betaalt, overtreedt de Wet minimumloon en minimumvakantiebijslag; dat is een zaak voor de "
      "Arbeidsinspectie en in beginsel niet voor het strafrecht. Pas als er sprake is van misbruik van een kwetsbare "
      "positie en van een ernstige inbreuk op de lichamelijke en geestelijke integriteit van de werknemer, spreekt "
      "de rechter van uitbuiting. In de praktijk blijkt die grens lastig te trekken, wat ertoe leidt dat veel zaken "
      "tussen wal en schip vallen: te ernstig voor een boete, te weinig bewijs voor een strafzaak.",
      footnotes=("De rapporteur gebruikt in deze monitor de term ‘mogelijk slachtoffer’ voor iedere persoon die bij "
                 "het coördinatiecentrum is gemeld, ongeacht de uitkomst van een eventuele strafzaak.",)),
    H2("1.3 Bronnen en werkwijze"),
    P("Voor deze monitor heeft de rapporteur de volgende bronnen gebruikt:"),
    bullets(
        "registratiegegevens van het Coördinatiecentrum Slachtoffers Mensenhandel over mogelijke slachtoffers in de "
        "jaren 2021 tot en met 2024;",
        "gegevens van de Nederlandse Arbeidsinspectie over meldingen, inspecties en strafrechtelijke onderzoeken;",
        "gegevens van het Openbaar Ministerie en de Raad voor de rechtspraak over ingeschreven zaken, "
        "vervolgingsbeslissingen en uitspraken;",
        "een analyse van 48 vonnissen in zaken van arbeidsuitbuiting uit de periode 2021-2024;",
        "interviews met 57 professionals en 22 (mogelijke) slachtoffers, afgenomen tussen september 2024 en februari "
        "2025.",
    ),
    P("De interviews met slachtoffers zijn gehouden met hulp van tolken en in samenwerking met "
      "hulpverleningsorganisaties. De citaten in dit rapport zijn geanonimiseerd. Waar de rapporteur een uitspraak "
      "van een geïnterviewde weergeeft, gaat het om diens ervaring, niet om een vaststelling van de rapporteur."),
    H2("1.4 Leeswijzer"),
    P("Hoofdstuk 2 beschrijft de omvang en de aard van arbeidsuitbuiting zoals die uit de registraties naar voren "
      "komen. Hoofdstuk 3 gaat over signalering en toezicht, hoofdstuk 4 over opsporing en vervolging en hoofdstuk 5 "
      "over de positie van slachtoffers. Hoofdstuk 6 behandelt preventie en de internationale dimensie. In hoofdstuk 7 "
      "staan de aanbevelingen van de rapporteur, met per aanbeveling de partij tot wie zij zich richt."),
    H1("2 Omvang en aard van arbeidsuitbuiting"),
    H2("2.1 Geregistreerde mogelijke slachtoffers"),
    P("Het aantal geregistreerde mogelijke slachtoffers van arbeidsuitbuiting is in vier jaar met 37 procent "
      "gestegen. Die stijging zegt niet zonder meer dat er meer uitbuiting is. Een deel ervan komt door de toegenomen "
      "aandacht bij de Arbeidsinspectie en de politie, die vaker melden. Tabel 2.1 laat zien in welke sectoren de "
      "mogelijke slachtoffers werkzaam waren."),
    P("Tabel 2.1  Mogelijke slachtoffers van arbeidsuitbuiting naar sector, 2021-2024", bold=True),
    Table(
        header=("Sector", "2021", "2022", "2023", "2024"),
        rows=(
            ("Land- en tuinbouw", "171", "184", "203", "228"),
            ("Logistiek en distributie", "139", "166", "198", "241"),
            ("Bouw en techniek", "118", "127", "142", "163"),
            ("Horeca en maaltijdbezorging", "146", "139", "157", "172"),
            ("Schoonmaak", "68", "74", "81", "95"),
            ("Huishoudelijk werk", "57", "52", "63", "71"),
            ("Overig of onbekend", "131", "149", "158", "167"),
            ("Totaal", "830", "891", "1.002", "1.137"),
        ),
        widths=(2.6, 1.0, 1.0, 1.0, 1.0),
        rules="grid",
    ),
    P("Bron: Coördinatiecentrum Slachtoffers Mensenhandel, bewerking Nationaal Rapporteur. Een mogelijk slachtoffer "
      "wordt eenmaal geteld, in het jaar van de eerste melding."),
    P("Opvallend is de groei in de logistiek. Distributiecentra werken met grote aantallen uitzendkrachten, vaak in "
      "ploegendiensten en vaak via meerdere schakels. Ook de maaltijdbezorging, die in de tabel onder horeca valt, "
      "kent een groeiend aantal signalen, vooral over bezorgers die onder het account van een ander werken en een deel "
      "van hun verdienste moeten afstaan."),
    H2("2.2 Wie zijn de slachtoffers?"),
    P("Ruim driekwart van de mogelijke slachtoffers heeft niet de Nederlandse nationaliteit. De grootste groepen "
      "komen uit Roemenië, Polen, Oekraïne en Bulgarije, gevolgd door de Filipijnen, India en Vietnam. Het aandeel "
      "slachtoffers van buiten de Europese Unie is sinds 2021 gestegen van 24 naar 35 procent. Zij zijn in het "
      "bijzonder kwetsbaar, omdat hun verblijfsrecht vaak aan hun werkgever is gekoppeld."),
    P("De meeste slachtoffers zijn man en tussen de 25 en 45 jaar oud. In het huishoudelijk werk en de schoonmaak "
      "gaat het vaker om vrouwen. Een kleine maar groeiende groep bestaat uit minderjarigen, vooral in de "
      "maaltijdbezorging en in familiebedrijven in de horeca."),
    P("Uit de interviews komt een terugkerend patroon naar voren. Slachtoffers komen via een wervingsbureau of een "
      "kennis naar Nederland met de belofte van goed betaald werk. Bij aankomst blijken het loon lager en de kosten "
      "hoger dan beloofd. Voor huisvesting, vervoer en ‘bemiddeling’ wordt geld ingehouden. Een Roemeense vrouw die in "
      "een kas werkte, vertelde: ‘Ze zeiden dat ik eerst mijn schuld moest afbetalen. Na vier maanden was de schuld "
      "nog net zo hoog. Ik wist niet dat dat niet mocht.’"),
    H2("2.3 Wat buiten beeld blijft"),
    P("De registratiecijfers geven slechts een deel van het beeld. Slachtoffers melden zich zelden zelf. Zij zijn "
      "afhankelijk van hun werkgever, spreken de taal niet, vertrouwen de overheid niet of zien zichzelf niet als "
      "slachtoffer. Een medewerker van een vakbond zei daarover: ‘Mensen zouden eigenlijk moeten weten dat ze hier "
      "rechten hebben, maar niemand vertelt het ze.’"),
    P("In 2019 schatte een internationaal onderzoeksteam op basis van een statistische methode dat het werkelijke "
      "aantal slachtoffers van mensenhandel in Nederland vier tot vijf keer zo hoog lag als het aantal registraties. "
      "Voor arbeidsuitbuiting afzonderlijk is zo'n schatting nooit gemaakt. Zonder betrouwbare schatting is niet vast "
      "te stellen of het beleid de omvang van het probleem verkleint of alleen meer ervan zichtbaar maakt.",
      footnotes=("De schatting maakte gebruik van de zogeheten multiple systems estimation, waarbij de overlap tussen "
                 "verschillende registraties wordt gebruikt om het aantal niet-geregistreerde gevallen te schatten.",)),
    P("Ook het beleid zelf is moeilijk te volgen. Het actieplan ‘Werk zonder uitbuiting’ bevat 46 acties, maar geen "
      "doelen die meetbaar zijn. De voortgangsrapportages beschrijven vooral welke acties zijn gestart, niet wat zij "
      "hebben opgeleverd. Verantwoordelijkheden zijn verdeeld over de ministeries van Justitie en Veiligheid en van "
      "Sociale Zaken en Werkgelegenheid, zonder dat duidelijk is wie de regie voert."),
    H1("3 Signalering en toezicht"),
    H2("3.1 De Nederlandse Arbeidsinspectie"),
    P("De Nederlandse Arbeidsinspectie is de belangrijkste toezichthouder op arbeidsomstandigheden en eerlijk werk. "
      "Zij heeft een dubbele rol: zij houdt bestuursrechtelijk toezicht op de naleving van onder meer de Wet "
      "minimumloon en minimumvakantiebijslag en de Wet arbeid vreemdelingen, en zij beschikt over een eigen "
      "opsporingsdienst die strafrechtelijk onderzoek doet naar arbeidsuitbuiting. Werkgevers moeten op grond van die "
      "wetten hun werknemers ten minste het minimumloon betalen en mogen slechts beperkt kosten inhouden."),
    P("In 2024 had de Arbeidsinspectie voor de aanpak van arbeidsuitbuiting ongeveer 70 fte beschikbaar, verdeeld "
      "over inspecteurs die meldingen onderzoeken en rechercheurs van de opsporingsdienst. Een deel daarvan werd "
      "betaald uit tijdelijke middelen die in 2026 aflopen. Ter vergelijking: de politie had in hetzelfde jaar ruim "
      "400 fte beschikbaar voor de aanpak van mensenhandel, waarvan het grootste deel voor seksuele uitbuiting."),
    P("Inspecteurs beschreven een werkvoorraad die sneller groeit dan zij kunnen verwerken. ‘We moeten steeds kiezen "
      "welke melding we laten liggen,’ zei een van hen. ‘Dat zou niet aan ons moeten zijn.’ Volgens de "
      "Arbeidsinspectie zelf is voor een adequate aanpak een verdubbeling van de capaciteit nodig. De rapporteur "
      "sluit zich daarbij aan en ziet het ontbreken van structurele financiering als het grootste risico."),
    H2("3.2 Meldingen"),
    P("Het aantal meldingen bij de Arbeidsinspectie dat op arbeidsuitbuiting kon duiden, steeg van 1.240 in 2021 naar "
      "1.892 in 2024. Meldingen komen van werknemers zelf, collega's, vakbonden, gemeenten, zorgverleners en "
      "buurtbewoners. In 2024 duurde het gemiddeld zeventien weken voordat een melding in behandeling werd genomen. "
      "Bij een op de vijf meldingen was dat langer dan een halfjaar."),
    P("Melders horen doorgaans niets meer nadat zij een melding hebben gedaan. De Arbeidsinspectie geeft aan dat zij "
      "vanwege het vertrouwelijke karakter van onderzoeken weinig mag delen. Dat is begrijpelijk, maar melders die "
      "niets terug horen, melden de volgende keer niet meer. Een zorgcoördinator zei: ‘Ik heb drie keer gemeld over "
      "hetzelfde bedrijf. Ik weet tot op de dag van vandaag niet of er iemand is geweest.’ Verschillende "
      "geïnterviewden gaven aan dat de Arbeidsinspectie de melder in ieder geval zou moeten laten weten of de "
      "melding is opgepakt."),
    P("De rapporteur heeft ook gekeken naar wat een melding oplevert. Van de meldingen die in 2023 in behandeling "
      "werden genomen, leidde ruim de helft tot een inspectie. Bij 38 procent van die inspecties werd een overtreding "
      "vastgesteld, meestal van de Wet minimumloon. Slechts een klein deel, 4 procent, leidde tot een "
      "strafrechtelijk onderzoek naar arbeidsuitbuiting."),
    H2("3.3 Samenwerking en informatie"),
    P("Signalen van arbeidsuitbuiting komen niet alleen bij de Arbeidsinspectie binnen. De politie krijgt ze via "
      "aangiften en bij controles, gemeenten via klachten over huisvesting, wijkteams en de inschrijving in de "
      "Basisregistratie Personen. Iedere organisatie registreert die signalen in een eigen systeem. Daardoor blijft "
      "het geregeld onopgemerkt dat drie organisaties afzonderlijk signalen hebben over dezelfde werkgever of "
      "hetzelfde pand."),
    P("Er zijn goede voorbeelden van samenwerking. In de Regionale Informatie- en Expertisecentra worden zaken "
      "besproken waarbij meerdere partijen betrokken zijn. Maar die samenwerking hangt sterk af van personen en van "
      "de regio. Medewerkers noemen de regels voor gegevensdeling vaak als belemmering, al stelt de rapporteur vast "
      "dat die regels in een aantal gevallen strenger worden uitgelegd dan nodig is. Een rechercheur zei: ‘We moeten "
      "eerst een convenant hebben voordat we elkaar iets mogen vertellen, en dat convenant duurt een jaar.’"),
    P("Ook in de uitvoering wordt niet altijd samengewerkt. Sommige regio's houden geregeld gezamenlijke acties van "
      "politie, Arbeidsinspectie en gemeente bij bedrijven en woningen waar veel arbeidsmigranten werken of wonen. "
      "Zulke acties leveren volgens de betrokkenen veel signalen op, juist omdat iedere partij vanuit haar eigen "
      "bevoegdheid kijkt. In andere regio's gebeurt dat zelden of nooit."),
    H2("3.4 Verantwoordelijkheid in de keten"),
    P("In bijna twee derde van de onderzochte vonnissen werkte het slachtoffer niet rechtstreeks voor het bedrijf "
      "waar het werk werd verricht, maar via een of meer tussenschakels: een uitzendbureau, een onderaannemer of een "
      "‘bemiddelaar’ zonder inschrijving. Het bedrijf aan het begin van de keten werd in geen van die zaken vervolgd "
      "of aansprakelijk gesteld."),
    P("Voor het loon bestaat al een regeling: op grond van de ketenaansprakelijkheid kan een werknemer die te weinig "
      "loon ontvangt, ook de opdrachtgever van zijn werkgever aanspreken. Voor de bredere risico's van uitbuiting "
      "geldt zo'n regeling niet. Het toelatingsstelsel voor uitzendbureaus, dat in 2026 in werking treedt, moet "
      "malafide uitzendbureaus van de markt weren, maar het legt geen verantwoordelijkheid bij de inlener. Bedrijven "
      "die de rapporteur sprak, gaven aan dat zij vooral op prijs selecteren en weinig zicht hebben op wat verderop in "
      "de keten gebeurt."),
    P("In andere landen wordt die verantwoordelijkheid wel verlegd. Zo kent een aantal Europese landen voor de "
      "bouw en de vleessector een wettelijke zorgplicht voor opdrachtgevers, en geldt in één land een verbod op "
      "onderaanneming in de kernprocessen van slachterijen. De rapporteur ziet in deze voorbeelden aanleiding om de "
      "verantwoordelijkheid van opdrachtgevers ook in Nederland wettelijk te verankeren."),
    H1("4 Opsporing en vervolging"),
    H2("4.1 De politie"),
    P("Binnen de politie zijn de afdelingen Vreemdelingen, Identificatie en Mensenhandel (AVIM) verantwoordelijk "
      "voor de opsporing van mensenhandel. Zij richten zich overwegend op seksuele uitbuiting. Van de "
      "strafrechtelijke onderzoeken naar mensenhandel die de politie in 2024 startte, ging 19 procent over "
      "arbeidsuitbuiting. Rechercheurs gaven aan dat arbeidsuitbuiting minder prioriteit krijgt omdat de zaken "
      "bewerkelijk zijn en vaak veel financieel onderzoek vergen."),
    P("De basisteams van de politie komen in hun dagelijks werk geregeld in aanraking met mogelijke slachtoffers, "
      "bijvoorbeeld bij verkeerscontroles van busjes met werknemers, bij meldingen van overlast rond woningen of bij "
      "aangiften van diefstal. Slechts een klein deel van de agenten heeft een opleiding gevolgd in het herkennen "
      "van signalen. Indicatoren die in de opleiding aan bod komen, zijn onder meer:"),
    dashes(
        "de werknemer beschikt niet zelf over zijn identiteitsbewijs of bankpas;",
        "de werknemer woont op een adres dat door de werkgever wordt beheerd en met veel anderen wordt gedeeld;",
        "de werknemer werkt structureel meer dan zestig uur per week;",
        "de werknemer heeft een schuld bij de werkgever of bemiddelaar die niet afneemt;",
        "de werknemer weet niet waar hij werkt of wie zijn werkgever is.",
    ),
    P("Een wijkagent vertelde: ‘Je ziet een bus met twaalf man erin om vijf uur 's ochtends. Je weet dat er iets niet "
      "klopt, maar wat moet je ermee?’ De rapporteur stelt vast dat signalen in zulke gevallen zelden worden "
      "doorgegeven aan de AVIM of de Arbeidsinspectie."),
    H2("4.2 Het Openbaar Ministerie en de rechtspraak"),
    P("Het Openbaar Ministerie heeft voor mensenhandel een landelijk coördinerend officier van justitie en in een "
      "aantal arrondissementen gespecialiseerde officieren. Niet in alle arrondissementen is specifieke kennis van "
      "arbeidsuitbuiting aanwezig. Advocaten en rechercheurs beschreven grote verschillen tussen parketten: waar het "
      "ene parket een zaak met voorrang oppakt, ligt een vergelijkbare zaak elders maandenlang stil."),
    P("In 2024 werden 61 zaken van arbeidsuitbuiting bij het OM ingeschreven. In 23 zaken deed de rechter uitspraak; "
      "in 14 daarvan volgde een veroordeling voor mensenhandel, in vijf een veroordeling voor een ander feit en in "
      "vier een vrijspraak. Van de zaken die de opsporingsdienst van de Arbeidsinspectie in 2022 en 2023 aanbracht, "
      "was in een op de drie gevallen na twaalf maanden nog geen vervolgingsbeslissing genomen."),
    P("Lange doorlooptijden hebben gevolgen voor slachtoffers. Zij moeten soms jaren beschikbaar blijven als getuige, "
      "zonder zekerheid over de afloop. Een slachtoffer zei: ‘Ze zeiden dat ik moest blijven voor de rechtszaak. Ik "
      "ben gebleven. Na twee jaar had ik nog steeds niets gehoord.’"),
    H2("4.3 Het wettelijk kader"),
    P("In de vonnisanalyse valt op dat rechters verschillend oordelen over de vraag wanneer een situatie van slechte "
      "arbeidsomstandigheden overgaat in uitbuiting. In zaken waarin geen fysiek geweld of bedreiging was gebruikt, "
      "kwam het vaker tot vrijspraak, ook wanneer de werknemers voor een fractie van het minimumloon zeven dagen per "
      "week werkten en volledig van de werkgever afhankelijk waren voor hun woonruimte."),
    P("Artikel 273f van het Wetboek van Strafrecht noemt als dwangmiddelen onder meer ‘misbruik van uit feitelijke "
      "omstandigheden voortvloeiend overwicht’ en ‘misbruik van een kwetsbare positie’. Volgens een deel van de "
      "geïnterviewde officieren en advocaten geeft de wettekst onvoldoende houvast om economische afhankelijkheid als "
      "dwangmiddel te bewijzen. De rapporteur is van oordeel dat de wetgever duidelijker zou moeten maken dat ook "
      "uitbuiting zonder fysieke dwang onder het artikel valt."),
    H1("5 Slachtoffers"),
    H2("5.1 Opvang en zorgcoördinatie"),
    P("Gemeenten zijn verantwoordelijk voor de opvang en begeleiding van slachtoffers van mensenhandel. In de meeste "
      "regio's is daarvoor een zorgcoördinator aangesteld, die slachtoffers helpt bij het vinden van onderdak, "
      "medische zorg en juridische bijstand. Die functie is historisch ingericht voor slachtoffers van seksuele "
      "uitbuiting. In zeven van de vijfentwintig regio's konden slachtoffers van arbeidsuitbuiting in 2024 niet of "
      "slechts bij uitzondering bij de zorgcoördinator terecht."),
    P("Het lokale beleid tegen mensenhandel besteedt doorgaans weinig aandacht aan arbeidsuitbuiting. Van de 40 "
      "regionale beleidsplannen die de rapporteur bestudeerde, noemden er 16 arbeidsuitbuiting als afzonderlijk "
      "aandachtspunt. Slachtoffers van arbeidsuitbuiting hebben andere behoeften dan slachtoffers van seksuele "
      "uitbuiting: zij zijn vaker in groepen tegelijk ontdekt, hebben behoefte aan snelle hulp bij het vinden van "
      "ander werk en hebben vaak familie in het land van herkomst die van hun inkomen afhankelijk is."),
    H2("5.2 Schadevergoeding"),
    P("Slachtoffers van arbeidsuitbuiting hebben recht op vergoeding van de schade die zij hebben geleden, waaronder "
      "het loon dat hun is onthouden. In 2023 en 2024 kende de rechter in 31 zaken een schadevergoeding toe. In "
      "vrijwel al die zaken legde de rechter de schadevergoedingsmaatregel op, zodat de Staat de inning op zich neemt. "
      "Als de veroordeelde niet binnen acht maanden betaalt, schiet de Staat een deel van het bedrag voor. Voor "
      "misdrijven zonder geweld is dat voorschot begrensd op 5.000 euro."),
    P("In de praktijk ontvingen slachtoffers van arbeidsuitbuiting gemiddeld 23 procent van het toegekende bedrag. "
      "Veroordeelden blijken vaak geen verhaalbaar vermogen te hebben of zijn naar het buitenland vertrokken. Een "
      "advocaat zei: ‘Mijn cliënt kreeg 38.000 euro toegekend. Hij heeft er 5.000 van gezien. De rest moet hij maar "
      "vergeten.’"),
    H2("5.3 Wonen en werk"),
    P("Een groot deel van de arbeidsmigranten woont in huisvesting die door de werkgever of het uitzendbureau wordt "
      "geregeld. Dat is vaak praktisch, maar het maakt de werknemer dubbel afhankelijk. Wie zijn baan verliest, moet "
      "in veel gevallen binnen enkele dagen zijn woning verlaten. De rapporteur sprak met werknemers die een misstand "
      "niet durfden te melden, omdat zij vreesden op straat te komen staan."),
    P("Sinds 2024 moeten uitzendbureaus de huur en het loon op de loonstrook gescheiden vermelden en mogen zij de "
      "kosten van huisvesting slechts tot een maximum inhouden. Dat heeft de financiële afhankelijkheid verkleind, "
      "maar niet de afhankelijkheid als zodanig: het huurcontract eindigt in de meeste gevallen nog steeds met het "
      "arbeidscontract. Een Poolse logistiek medewerker zei: ‘Ik klaagde over mijn uren. Een week later stond mijn "
      "koffer buiten.’"),
    H1("6 Preventie en internationale dimensie"),
    H2("6.1 Voorlichting"),
    P("Veel arbeidsmigranten kennen hun rechten in Nederland niet. Zij weten niet wat het minimumloon is, welke "
      "kosten mogen worden ingehouden en waar zij een misstand kunnen melden. Informatie is er wel: de overheid "
      "biedt een website in meerdere talen en er zijn in een aantal gemeenten informatiepunten voor "
      "arbeidsmigranten. Maar slechts een klein deel van de arbeidsmigranten weet die informatie te vinden."),
    P("Uit de interviews blijkt dat persoonlijk contact het meeste verschil maakt. Werknemers die bij aankomst een "
      "gesprek hadden gehad met een medewerker van een informatiepunt, wisten vaker waar zij terecht konden. Een "
      "Bulgaarse bezorger zei: ‘Ik had een folder gekregen, maar die lag onder in mijn tas. Pas toen iemand het mij "
      "uitlegde, begreep ik dat het niet normaal was wat er gebeurde.’"),
    H2("6.2 Werving in herkomstlanden"),
    P("Uitbuiting begint vaak al in het land van herkomst. Wervingsbureaus en tussenpersonen rekenen hoge kosten voor "
      "bemiddeling, vervoer en een eerste maand huisvesting, waardoor werknemers met een schuld in Nederland "
      "aankomen. In de vonnissen die de rapporteur onderzocht, varieerden die kosten van 400 tot ruim 6.000 euro. "
      "Volgens de internationale normen van de Internationale Arbeidsorganisatie zou een werknemer nooit zelf de "
      "kosten van zijn werving moeten betalen."),
    P("Nederland heeft met een aantal landen afspraken over arbeidsmigratie, maar daarin komt eerlijke werving "
      "nauwelijks aan bod. De Nederlandse ambassades in de belangrijkste herkomstlanden hebben geen taak op dit "
      "terrein. Enkele ambassades organiseren wel informatiebijeenkomsten, maar dat gebeurt op eigen initiatief en "
      "zonder vast budget. Andere landen, zoals Canada en Zweden, zetten hun vertegenwoordigingen nadrukkelijker in "
      "om aspirant-migranten te informeren en malafide bureaus te signaleren."),
    P("De rapporteur stelt vast dat het tegengaan van arbeidsuitbuiting niet alleen een zaak is van toezicht en "
      "strafrecht in Nederland. Zolang werknemers met schulden en valse verwachtingen aankomen, blijft hun positie "
      "kwetsbaar, hoe goed het toezicht hier ook is georganiseerd."),
    PageBreak(),
    H1("7 Aanbevelingen"),
    P("Op basis van de bevindingen in de voorgaande hoofdstukken doet de rapporteur vijftien aanbevelingen. Zij "
      "volgen de volgorde van het rapport: eerst de regie en het zicht op het probleem, dan toezicht en signalering, "
      "opsporing en vervolging, de positie van slachtoffers en ten slotte preventie en de internationale aanpak. De "
      "tabel vermeldt bij iedere aanbeveling de partij of partijen tot wie zij zich richt."),
    P("De rapporteur verzoekt de regering, overeenkomstig haar taak, binnen zes maanden gemotiveerd op de "
      "aanbevelingen te reageren en daarbij per aanbeveling aan te geven of en hoe zij wordt uitgevoerd."),
    recommendations_table(),
    P("De rapporteur zal in de volgende monitor, die in 2027 verschijnt, nagaan wat met deze aanbevelingen is gedaan."),
)

REPORT = Document(
    title="Zicht op uitbuiting",
    subtitle="Monitor Arbeidsuitbuiting 2025 van de Nationaal Rapporteur Mensenhandel en Uitbuiting",
    blocks=REPORT_BLOCKS,
    running_header="Zicht op uitbuiting  –  Monitor Arbeidsuitbuiting 2025",
    footer="{page}",
    font_family="serif",
    font_size=10.5,
    imprint=("Nationaal Rapporteur Mensenhandel en Uitbuiting", "Den Haag, juni 2025"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV1 = "Het kabinet neemt deze aanbeveling over."
EV2 = ("Ik heb het WODC daarom gevraagd in 2026 een schattingsonderzoek naar het aantal slachtoffers van "
       "arbeidsuitbuiting uit te voeren en dat onderzoek vanaf dan iedere vier jaar te herhalen.")
EV3 = ("De capaciteit van de Arbeidsinspectie voor deze taak wordt vanaf 2026 structureel met 40 fte uitgebreid, "
       "maar een groei naar 150 fte past niet binnen de huidige begroting en is op korte termijn ook niet te werven.")
EV4 = ("Vanaf 1 januari 2026 neemt de Arbeidsinspectie iedere melding over mogelijke arbeidsuitbuiting binnen vier "
       "weken in behandeling en ontvangt de melder, als die bekend is, binnen die termijn bericht over de verdere "
       "afhandeling; daarvoor is 2,1 miljoen euro per jaar beschikbaar.")
EV5 = ("De Arbeidsinspectie, de politie en de VNG verkennen daarom in 2026 in twee regio's of een gezamenlijk "
       "overzicht van signalen binnen de bestaande wettelijke kaders mogelijk is.")
EV6 = ("Een wettelijke medeverantwoordelijkheid van opdrachtgevers voor arbeidsuitbuiting in de keten acht hij op "
       "dit moment echter niet opportuun.")
EV8 = ("Het College van procureurs-generaal heeft mij laten weten dat met ingang van 1 april 2026 in alle tien "
       "arrondissementsparketten een officier van justitie voor arbeidsuitbuiting is aangewezen, en dat het OM met de "
       "Arbeidsinspectie heeft afgesproken dat in de zaken die zij aanbrengt binnen zes maanden een "
       "vervolgingsbeslissing wordt genomen.")
EV9 = "De huidige wet biedt hiervoor al voldoende ruimte."
EV10 = ("De training van de basisteams neem ik over, maar voor een afzonderlijk team arbeidsuitbuiting in iedere "
        "eenheid kies ik niet.")
EV11 = "Deze aanbeveling neem ik niet over."
EV13 = ("Het kabinet neemt de aanbeveling van de rapporteur over om de huisvesting van arbeidsmigranten los te maken "
        "van hun arbeidscontract.")
EV14 = ("Vanaf 1 maart 2026 krijgt iedere arbeidsmigrant die zich bij een gemeente inschrijft in de Basisregistratie "
        "Personen een persoonlijk gesprek in een taal die hij begrijpt over zijn rechten en over de plekken waar hij "
        "met vragen en klachten terecht kan; het kabinet stelt de gemeenten hiervoor 6 miljoen euro per jaar "
        "beschikbaar.")
EV15 = ("De minister van Buitenlandse Zaken verkent in 2026 met Polen, Roemenië en de Filipijnen of afspraken over "
        "eerlijke werving mogelijk zijn, maar ziet voor de ambassades geen taak in het signaleren van malafide "
        "wervingsbureaus.")

RESPONSE_BLOCKS = (
    P("Datum  14 november 2025"),
    P("Onderwerp  Reactie op de Monitor Arbeidsuitbuiting 2025 van de Nationaal Rapporteur Mensenhandel en "
      "Uitbuiting"),
    P("Ons kenmerk  6184023"),
    P("Geachte voorzitter,"),
    P("Op 24 juni 2025 heeft de Nationaal Rapporteur Mensenhandel en Uitbuiting haar monitor ‘Zicht op uitbuiting’ "
      "gepubliceerd. Hierbij ontvangt u, mede namens de minister van Sociale Zaken en Werkgelegenheid, de reactie van "
      "het kabinet op deze monitor en op de vijftien aanbevelingen die de rapporteur daarin doet."),
    P("Allereerst dank ik de rapporteur en haar medewerkers voor het grondige onderzoek. De monitor geeft een "
      "indringend beeld van de situatie waarin slachtoffers van arbeidsuitbuiting zich bevinden. Dat de rapporteur "
      "niet alleen met professionals, maar ook met tweeëntwintig slachtoffers heeft gesproken, maakt het rapport "
      "bijzonder waardevol. Hun ervaringen maken duidelijk wat er op het spel staat."),
    P("Het beeld dat de rapporteur schetst, herken ik. Arbeidsuitbuiting komt voor in sectoren die voor onze economie "
      "van groot belang zijn, en slachtoffers zijn vaak arbeidsmigranten die in meerdere opzichten afhankelijk zijn "
      "van hun werkgever. Het kabinet deelt de conclusie van de rapporteur dat de aanpak van arbeidsuitbuiting moet "
      "worden versterkt."),
    P("Het kabinet heeft de afgelopen jaren al een aantal stappen gezet. Het actieplan ‘Werk zonder uitbuiting "
      "2023-2026’ bevat 46 acties van de ministeries, de Arbeidsinspectie, de politie, het OM en de gemeenten. Op 1 "
      "januari 2026 treedt het toelatingsstelsel voor uitzendbureaus in werking, waardoor alleen uitzendbureaus met "
      "een toelating nog arbeidskrachten ter beschikking mogen stellen. De Arbeidsinspectie heeft sinds 2023 "
      "tijdelijke middelen ontvangen voor extra inspecties in risicosectoren. Over de voortgang van het actieplan "
      "informeren wij uw Kamer jaarlijks."),
    P("Het kabinet neemt het merendeel van de aanbevelingen van de rapporteur over of werkt ze verder uit. Hieronder "
      "ga ik per thema op de aanbevelingen in. De rapporteur heeft haar aanbevelingen gericht aan verschillende "
      "partijen; waar een aanbeveling is gericht aan de Arbeidsinspectie, de politie of het OM, heb ik die met de "
      "betrokken organisatie besproken."),
    H2("Regie en kennis"),
    P("Aanbeveling 1. De rapporteur constateert dat het huidige actieplan vooral acties beschrijft en weinig zegt over "
      "wat die acties opleveren, en dat onduidelijk is wie de regie voert. " + EV1 + " Het actieplan loopt eind 2026 "
      "af. De minister van Sociale Zaken en Werkgelegenheid en ik stellen in 2026 gezamenlijk een meerjarenprogramma "
      "op voor de periode 2027-2030, met meetbare doelen voor signalering, opsporing en slachtofferhulp. Ik voer "
      "daarover de regie. Over de voortgang rapporteren wij jaarlijks aan uw Kamer, voor het eerst in het voorjaar "
      "van 2028.",
      answers=(Answer("1", "agree", EV1),)),
    P("De rapporteur wijst er terecht op dat de registratiecijfers slechts een deel van het probleem laten zien. "
      "Zonder betrouwbare schatting van het werkelijke aantal slachtoffers is moeilijk te beoordelen of het beleid "
      "werkt. " + EV2 + " Het onderzoek wordt uitgevoerd door onafhankelijke onderzoekers en maakt gebruik van de "
      "methode die eerder voor mensenhandel in brede zin is toegepast. De resultaten zend ik uw Kamer toe.",
      answers=(Answer("2", "agree", EV2),)),
    H2("Toezicht en signalering"),
    P("Aanbeveling 3 en 4. De rapporteur vraagt om een forse uitbreiding van de capaciteit van de Nederlandse "
      "Arbeidsinspectie en om een snellere afhandeling van meldingen. De minister van Sociale Zaken en "
      "Werkgelegenheid deelt de analyse dat de huidige capaciteit tekortschiet en dat de tijdelijke middelen een "
      "risico vormen. " + EV3 + " De minister zal de benodigde capaciteit opnieuw bezien bij de evaluatie van het "
      "toelatingsstelsel in 2028. Over de afhandeling van meldingen zijn concrete afspraken gemaakt. " + EV4 + " De "
      "Arbeidsinspectie publiceert vanaf dat moment ieder halfjaar haar doorlooptijden.",
      answers=(Answer("3", "partial", EV3), Answer("4", "agree", EV4))),
    P("Ten aanzien van aanbeveling 5 merk ik het volgende op. Ik onderken dat signalen van arbeidsuitbuiting nu "
      "verspreid raken over verschillende organisaties en dat daardoor kansen worden gemist. Tegelijk gaat het om "
      "gevoelige persoonsgegevens, waarvoor de Algemene verordening gegevensbescherming strikte eisen stelt. Een "
      "landelijk registratiesysteem voor alle partijen vraagt om een wettelijke grondslag en een zorgvuldige "
      "afweging. " + EV5 + " Op basis van de uitkomsten besluit ik samen met de minister van Sociale Zaken en "
      "Werkgelegenheid over een eventuele bredere invoering.",
      answers=(Answer("5", "partial", EV5),)),
    P("Aanbeveling 6. De minister van Sociale Zaken en Werkgelegenheid deelt de analyse van de rapporteur dat "
      "bedrijven aan het begin van de keten profiteren van lage prijzen en te weinig zicht hebben op wat er verderop "
      "in die keten gebeurt. " + EV6 + " De Europese richtlijn over gepaste zorgvuldigheid in het bedrijfsleven "
      "verplicht grote ondernemingen binnenkort al om risico's op uitbuiting in hun keten in kaart te brengen en aan "
      "te pakken. Een afzonderlijke nationale regeling daarnaast zou leiden tot dubbele verplichtingen voor "
      "bedrijven. Met het toelatingsstelsel voor uitzendbureaus wordt bovendien een belangrijke schakel in de keten "
      "aan strengere eisen gebonden.",
      answers=(Answer("6", "disagree", EV6),)),
    H2("Opsporing en vervolging"),
    P("Aanbeveling 8 richt zich tot het Openbaar Ministerie. Ik heb deze aanbeveling met het OM besproken. "
      + EV8 + " Deze officieren vormen samen een landelijk netwerk onder leiding van de landelijk coördinerend "
      "officier voor mensenhandel. Het OM rapporteert jaarlijks over de doorlooptijden in deze zaken.",
      answers=(Answer("8", "agree", EV8),)),
    P("Ten aanzien van aanbeveling 9 wil ik vooropstellen dat ik de zorg van de rapporteur over de verschillen in "
      "rechterlijke oordelen serieus neem. Artikel 273f van het Wetboek van Strafrecht noemt uitdrukkelijk het "
      "misbruik van uit feitelijke omstandigheden voortvloeiend overwicht en het misbruik van een kwetsbare positie "
      "als middelen waarmee uitbuiting kan worden gepleegd. Uitbuiting zonder fysieke dwang valt daarmee nu al onder "
      "het artikel, en de Hoge Raad heeft in zijn rechtspraak bevestigd dat economische afhankelijkheid een "
      "kwetsbare positie kan opleveren. " + EV9 + " Waar het in de praktijk knelt, is de bewijsvoering. Het OM "
      "past daarom zijn aanwijzing mensenhandel aan met handvatten voor het bewijs van economische afhankelijkheid.",
      answers=(Answer("9", "disagree", EV9),)),
    P("Aanbeveling 10. Ik onderschrijf het belang van goede signalering door de basisteams, die als eersten in "
      "contact komen met mogelijke slachtoffers. " + EV10 + " Alle medewerkers van de basisteams volgen vanaf 2026 een "
      "verplichte module over het herkennen van signalen van arbeidsuitbuiting. De opsporing zelf blijft belegd bij "
      "de AVIM-afdelingen, die al over de benodigde expertise beschikken; een afzonderlijk team per eenheid zou die "
      "expertise versnipperen en gaat ten koste van andere prioriteiten binnen de politie.",
      answers=(Answer("10", "partial", EV10),)),
    H2("Slachtoffers"),
    P("Aanbeveling 11 vraagt de Staat om de volledige schadevergoeding voor slachtoffers van arbeidsuitbuiting voor "
      "te schieten. Ik begrijp de wens van de rapporteur, want het is pijnlijk dat slachtoffers slechts een deel van "
      "hun schadevergoeding ontvangen. " + EV11 + " De voorschotregeling is bewust ingericht voor slachtoffers van "
      "gewelds- en zedenmisdrijven. Een uitbreiding voor alle slachtoffers van arbeidsuitbuiting zou een grote en "
      "onvoorspelbare structurele uitgave betekenen, en zou de gelijke behandeling van slachtoffers van andere "
      "vermogensdelicten onder druk zetten. Wel zet het CJIB zich in om daders beter op te sporen en hun vermogen "
      "eerder in beslag te nemen.",
      answers=(Answer("11", "disagree", EV11),)),
    P("Aanbeveling 12 richt zich tot de gemeenten. Gemeenten zijn verantwoordelijk voor de opvang en begeleiding van "
      "slachtoffers van mensenhandel, en daarmee ook voor de inrichting van de zorgcoördinatie in hun regio. Het is "
      "aan de gemeenten zelf om te bepalen hoe zij met deze aanbeveling omgaan. Ik heb de monitor onder de aandacht "
      "gebracht van de Vereniging van Nederlandse Gemeenten, die de aanbeveling met haar leden zal bespreken."),
    H2("Preventie en voorlichting"),
    P("Arbeidsmigranten die zowel voor hun werk als voor hun woning van dezelfde werkgever afhankelijk zijn, durven "
      "misstanden vaak niet te melden. " + EV13 + " De minister van Sociale Zaken en Werkgelegenheid regelt in het "
      "wetsvoorstel over goed verhuurderschap voor arbeidsmigranten dat een huurovereenkomst met een werkgever of "
      "uitzendbureau niet langer automatisch eindigt met het arbeidscontract, en dat een werknemer na het einde van "
      "zijn contract ten minste vier weken in zijn woning mag blijven. Het wetsvoorstel wordt in het voorjaar van "
      "2026 bij uw Kamer ingediend.",
      answers=(Answer("13", "agree", EV13),)),
    P("Goede informatie is de eerste verdediging tegen uitbuiting. De rapporteur laat zien dat een folder of website "
      "weinig uithaalt en dat een persoonlijk gesprek het verschil maakt. " + EV14 + " De gesprekken worden gevoerd "
      "door de informatiepunten voor arbeidsmigranten, die daarvoor samenwerken met de Arbeidsinspectie en "
      "vakbonden.",
      answers=(Answer("14", "agree", EV14),)),
    H2("Internationale samenwerking"),
    P("Ten aanzien van aanbeveling 15 heb ik contact gehad met de minister van Buitenlandse Zaken. Hij onderschrijft "
      "het belang van eerlijke werving, en deelt de vaststelling dat uitbuiting vaak al in het land van herkomst "
      "begint. " + EV15 + " De ambassades hebben daarvoor niet de bevoegdheden en de capaciteit; het toezicht op "
      "wervingsbureaus is een taak van de autoriteiten in het herkomstland zelf. Wel zal Nederland in Europees "
      "verband blijven pleiten voor strengere regels voor grensoverschrijdende arbeidsbemiddeling.",
      answers=(Answer("15", "partial", EV15),)),
    H2("Tot slot"),
    P("De monitor van de rapporteur laat zien dat de aanpak van arbeidsuitbuiting de komende jaren onverminderd "
      "aandacht vraagt. Het kabinet zet met de hierboven beschreven maatregelen belangrijke stappen, en zal de "
      "rapporteur blijven betrekken bij de uitwerking daarvan, in het bijzonder bij het nieuwe meerjarenprogramma."),
    P("Ik vertrouw erop u hiermee voldoende te hebben geïnformeerd."),
    P("De minister van Justitie en Veiligheid,"),
    P("mr. A.C. Brandsma-Oudejans"),
)

RESPONSE = Document(
    title="Ministerie van Justitie en Veiligheid",
    subtitle="Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nPostbus 20018\n2500 EA  Den Haag",
    blocks=RESPONSE_BLOCKS,
    running_header="Reactie op de Monitor Arbeidsuitbuiting 2025",
    footer="Pagina {page} van {pages}",
    font_family="sans",
    title_page=False,
)

PAIR = Pair(
    name="human_trafficking_rapporteur",
    report=REPORT,
    response=RESPONSE,
    description="Nationaal Rapporteur Mensenhandel en Uitbuiting monitor on labour exploitation (15 recommendations "
                "in a grid table 'Nr. | Aanbeveling | Gericht aan', annotated on a numbered overview list after a "
                "prose summary with five shortened repeats) and the JenV minister's letter answering by theme; "
                "2, 13 and 14 answered by subject, 12 passed on to the municipalities/VNG, 7 never mentioned.",
)
