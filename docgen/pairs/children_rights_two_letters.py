"""Pair: a fictional Kinderrechtencommissaris report on children in poverty and school costs, answered in two letters.

Layout traits this pair tests: a serif report with a title page and a running header, full of short quotes of
children in quotation marks, some set as paragraphs of their own and one bulleted list of children's wishes ("Dat
de school gewoon laptops uitdeelt") that reads like recommendations but is not; a ruled cost table; bulleted
methods and an annex list of places; 15 pages.  The fourteen recommendations sit in the closing chapter "Wat moet er
gebeuren?" as bulleted paragraphs ("•", no numbers; gold ids 1-14 in printed order) under bold lead-ins per
addressee: the minister of SZW (1-3), the staatssecretaris of Financiën for the toeslagen (4-5), the gemeenten
(6-8), the minister of OCW (9-12) and the schoolbesturen (13-14).  The chapter opens with a child's quote ("Doe er
nou eens echt iets aan").

The response is ONE PDF with TWO letters: first the "Brief van de minister van Sociale Zaken en Werkgelegenheid"
(letterhead of the document, written also on behalf of the staatssecretaris of Financiën) on the SZW, Financiën
and gemeenten recommendations, then, after a page break, the "Brief van de minister van Onderwijs, Cultuur en
Wetenschap" with its own letterhead block (heading, address, date, subject, reference) and signature, on the OCW and
schoolbesturen recommendations (5 pages, sans, one running header over both letters).  Answers are by subject
under bold subheadings, never by number.  Gold positions:
 1 partial  (Nibud calculation every two years yes, linking it to the level of income support no; one sentence)
 2 agree    (no cue: structural decentralisation grant from 1 January 2026, 85 -> 115 million)
 3 disagree (polite: shares the analysis, "acht ik daarom niet opportuun")
 4 agree    ("De staatssecretaris van Financiën neemt de aanbeveling over"), same paragraph as 5
 5 disagree (blunt: "Een aparte schoolstarttoeslag komt er niet.")
 6 partial  (pilot with five gemeenten, decision after evaluation in 2028)
 7 not addressed (only existing policy on income limits described, no position)
 8 not addressed (children's participation is never mentioned)
 9 partial  (ban on compulsory purchase into law, no extra funding for loan devices; one sentence)
10 disagree (polite: "acht ik echter niet wenselijk", with the 2021 law as reason)
11 agree    ("neem ik over", inspectorate sample from 2026-2027)
12 agree    (answered in both letters: SZW commits structural funding, 165 million a year (deciding, first); OCW
            adds an organisation allowance and says extension to all schools "is niet aan de orde", which the
            recommendation never asked)
13 not addressed (passed on: "daar ga ik niet over; dat is aan de schoolbesturen"), same paragraph as 14
14 agree    (no cue: 25 million a year from 1 January 2026 for school funds)
Other traps: thanks and context paragraphs, a quote of a child in the SZW letter, a pass-on sentence saying the
OCW minister answers separately.  All prose is fictional and written for this test set.
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


def B(text: str) -> Paragraph:
    return Paragraph(text, bold=True)


def bullets(*texts: str) -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style="•")


def recs(*items: tuple[str, str, tuple[str, ...]]) -> ItemList:
    """A bulleted list of recommendations; each item is (gold id, text, departments)."""
    return ItemList(
        items=tuple(ListItem(text, recommendation=Recommendation(number, tuple(depts)))
                    for number, text, depts in items),
        style="•",
    )


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REC1 = ("Laat het Nibud elke twee jaar berekenen wat een schooljaar gezinnen werkelijk kost, van groep 1 van de "
        "basisschool tot en met het laatste jaar van het mbo, en pas de inkomensondersteuning voor gezinnen met "
        "kinderen aan wanneer blijkt dat die de schoolkosten niet dekt.")
REC2 = ("Maak de extra middelen die gemeenten sinds 2017 ontvangen voor voorzieningen in natura voor kinderen in "
        "armoede structureel, en verhoog ze zodat zij de gestegen schoolkosten dekken. Nu worden deze middelen steeds "
        "voor enkele jaren toegekend en weten gemeenten niet waar zij na 2025 aan toe zijn.")
REC3 = ("Verhoog de kinderbijslag voor kinderen van 12 tot en met 17 jaar, zodat de hogere kosten van het voortgezet "
        "onderwijs beter worden opgevangen.")
REC4 = ("Zorg dat Dienst Toeslagen in augustus en september geen terugvorderingen verrekent met het kindgebonden "
        "budget, zodat gezinnen in de duurste maanden van het schooljaar niet minder geld ontvangen.")
REC5 = ("Keer gezinnen die recht hebben op het maximale kindgebonden budget eind juli een eenmalige "
        "schoolstarttoeslag per schoolgaand kind uit. Zo hebben zij het geld op het moment dat de rekeningen komen.")
REC6 = ("Ken vergoedingen voor schoolkosten zoveel mogelijk automatisch toe aan gezinnen van wie u al weet dat zij "
        "een laag inkomen hebben, zonder dat zij daarvoor een aanvraag hoeven te doen.")
REC7 = ("Hanteer voor alle regelingen voor kinderen een inkomensgrens van ten minste 130 procent van het sociaal "
        "minimum, zodat ook kinderen van werkende ouders met een laag inkomen worden bereikt.")
REC8 = ("Laat kinderen zelf meepraten over de armoederegelingen in uw gemeente, bijvoorbeeld via een kinderraad of "
        "een jaarlijks gesprek met de wethouder, en laat hun zien wat er met hun inbreng is gedaan.")
REC9 = ("Leg in de wet vast dat scholen ouders niet mogen verplichten een laptop of tablet aan te schaffen, en "
        "bekostig scholen zo dat zij iedere leerling die een apparaat nodig heeft er een in bruikleen kunnen geven.")
REC10 = ("Stel een landelijk maximumbedrag vast voor wat scholen ouders per schooljaar mogen vragen voor "
         "schoolreizen, excursies en werkweken.")
REC11 = ("Laat de Inspectie van het Onderwijs jaarlijks steekproefsgewijs nagaan of scholen zich houden aan de regels "
         "voor de vrijwillige ouderbijdrage, en maak de uitkomsten per school openbaar.")
REC12 = ("Zorg samen met de minister van SZW dat alle scholen met veel leerlingen uit gezinnen met een laag inkomen "
         "elke schooldag een gratis lunch kunnen aanbieden, en maak de financiering daarvan structureel. Het huidige "
         "programma is tijdelijk, en scholen durven er daardoor niet op te bouwen.")
REC13 = ("Maak vóór het begin van het schooljaar voor ouders inzichtelijk wat het hele schooljaar kost, inclusief "
         "boeken, materialen, reizen en activiteiten, en vermeld daarbij waar ouders financiële hulp kunnen krijgen.")
REC14 = ("Richt een schoolfonds of een vergelijkbare voorziening in waaruit de kosten van activiteiten worden betaald "
         "voor leerlingen van wie de ouders die kosten niet kunnen dragen, zonder dat het kind daar zelf om hoeft te "
         "vragen.")

REPORT_BLOCKS = (
    H("Voorwoord"),
    P("“Als er een brief komt over de schoolreis, gooi ik hem meteen weg. Dan hoeft mama niet verdrietig te worden.” "
      "Dat vertelde Jayden, elf jaar oud, mij in een buurthuis in Zwolle. Hij zei het zonder drama, alsof het de "
      "gewoonste zaak van de wereld was. Voor hem is het dat ook. Jayden weet precies wat er wel en niet kan, en hij "
      "heeft geleerd om zijn moeder te beschermen tegen nog een rekening die zij niet kan betalen."),
    P("In het afgelopen jaar hebben mijn medewerkers en ik met ruim honderd kinderen en jongeren gesproken die "
      "opgroeien in een gezin met weinig geld. We vroegen hun wat school kost, en wat het met hen doet als dat geld "
      "er niet is. Hun antwoorden waren openhartig, soms grappig en vaak pijnlijk. Kinderen vertelden over smoesjes "
      "om niet mee te hoeven op excursie, over huiswerk op een gebarsten telefoonscherm en over de lunchpauze waarin "
      "ze doen alsof ze al gegeten hebben."),
    P("Onderwijs is in Nederland gratis, zo leren we allemaal. Dit rapport laat zien dat die zin maar half waar is. "
      "Een schooljaar in het voortgezet onderwijs kost een gezin gemiddeld bijna duizend euro, en in het eerste jaar "
      "nog veel meer. Voor gezinnen die elke maand moeten rondkomen van een minimuminkomen, is dat geen detail maar "
      "een bron van zorg die het hele jaar doorloopt."),
    P("Het Internationaal Verdrag inzake de rechten van het kind is helder: ieder kind heeft recht op onderwijs, op "
      "een behoorlijke levensstandaard en op deelname aan het culturele en sociale leven. Dat recht geldt niet alleen "
      "voor kinderen van wie de ouders de schoolreis kunnen betalen. Ik hoop dat dit rapport de bewindspersonen, de "
      "gemeenten en de scholen helpt om te doen wat nodig is, zodat geen kind meer hoeft te zeggen dat het ziek is "
      "als het eigenlijk gewoon geen geld heeft."),
    P("Marieke Oosterbeek-Lanting, Kinderrechtencommissaris"),
    PageBreak(),
    H("Samenvatting"),
    P("Naar schatting groeien in Nederland ruim honderdduizend kinderen op in een gezin met een inkomen onder de "
      "armoedegrens, en nog eens tienduizenden in een gezin dat daar net boven zit. Voor deze kinderen is school "
      "vaak de plek waar het gebrek aan geld het meest zichtbaar wordt. Daar merken zij dat anderen wel een laptop "
      "hebben, wel mee kunnen op werkweek en wel een lunchtrommel bij zich hebben."),
    P("De Kinderrechtencommissaris heeft onderzocht welke kosten gezinnen voor school maken en hoe kinderen die "
      "kosten ervaren. Een schooljaar kost een gezin in het basisonderwijs gemiddeld 390 euro en in het voortgezet "
      "onderwijs gemiddeld 940 euro. Die bedragen zijn sinds 2019 met ongeveer 31 procent gestegen, sneller dan de "
      "kinderbijslag en het kindgebonden budget. Vooral digitale leermiddelen, werkweken en reiskosten zijn duurder "
      "geworden."),
    P("Kinderen vertellen dat zij zich schamen, dat zij kosten verzwijgen voor hun ouders en dat zij activiteiten "
      "missen. Een op de vijf kinderen die wij spraken, bleef het afgelopen schooljaar minstens één keer thuis "
      "tijdens een schoolreis of excursie. Veel kinderen zeggen dat zij niet om hulp durven te vragen, omdat de hele "
      "klas dan weet dat er thuis geen geld is."),
    P("Er bestaan regelingen die de kosten moeten opvangen: de kinderbijslag, het kindgebonden budget, gemeentelijke "
      "vergoedingen en fondsen. Toch bereikt de hulp veel kinderen niet of te laat. De regelingen zijn versnipperd, "
      "de aanvraag is ingewikkeld en de hulp komt vaak pas maanden nadat de rekening is betaald. Bovendien worden "
      "juist aan het begin van het schooljaar terugvorderingen van toeslagen verrekend."),
    P("Sinds 2021 is de ouderbijdrage wettelijk vrijwillig en mogen scholen geen leerling uitsluiten van "
      "activiteiten. In de praktijk voelen veel ouders de bijdrage nog steeds als verplicht, en in bijna een derde van "
      "de schoolgidsen die wij bekeken, staat niet duidelijk dat zij vrijwillig is. Daarnaast zijn er kosten die "
      "buiten de regels vallen, zoals de laptop die in het voortgezet onderwijs vrijwel overal wordt verwacht."),
    P("De Kinderrechtencommissaris doet veertien aanbevelingen, gericht aan de minister van Sociale Zaken en "
      "Werkgelegenheid, de staatssecretaris van Financiën, de gemeenten, de minister van Onderwijs, Cultuur en "
      "Wetenschap en de schoolbesturen. Zij staan in hoofdstuk 7. In de kern vraagt de Kinderrechtencommissaris om "
      "inkomensondersteuning die de werkelijke kosten dekt, om hulp die kinderen vanzelf bereikt, en om scholen "
      "waar meedoen niet afhangt van de portemonnee van de ouders."),
    PageBreak(),
    H("1 Waarom dit onderzoek"),
    H2("Aanleiding"),
    P("Bij het Kinderrechtenloket van de Kinderrechtencommissaris komen ieder jaar vragen en klachten binnen over de "
      "kosten van school. In het schooljaar 2023-2024 ging het om 412 meldingen, bijna twee keer zoveel als drie "
      "jaar eerder. Ouders schreven over rekeningen voor werkweken die zij niet konden betalen; kinderen belden zelf "
      "omdat zij als enige van de klas niet mee mochten naar een pretpark, nadat hun ouders de bijdrage niet hadden "
      "voldaan."),
    P("Ook in andere onderzoeken kwam het onderwerp terug. Het Nibud, de Inspectie van het Onderwijs en "
      "verschillende fondsen wezen erop dat de kosten van school stijgen en dat de bestaande regelingen niet goed "
      "aansluiten bij wat gezinnen nodig hebben. Wat ontbrak, was het perspectief van de kinderen zelf. Dat wilde de "
      "Kinderrechtencommissaris met dit onderzoek zichtbaar maken."),
    H2("Onderzoeksvraag"),
    P("De centrale vraag van dit onderzoek luidt: welke kosten brengt school met zich mee voor kinderen die "
      "opgroeien in een gezin met een laag inkomen, hoe ervaren zij die kosten, en in hoeverre zorgen de overheid en "
      "de scholen ervoor dat hun rechten op onderwijs en op deelname worden gewaarborgd?"),
    H2("Hoe we het deden"),
    P("Het onderzoek liep van september 2024 tot en met april 2025. We gebruikten verschillende bronnen:"),
    bullets(
        "gesprekken met 112 kinderen en jongeren van 8 tot en met 18 jaar in veertien gemeenten, individueel en in "
        "kleine groepen, in buurthuizen, op scholen en bij kinderwerkers thuis;",
        "een vragenlijst die 1.640 ouders met een laag inkomen invulden, verspreid via gemeenten, voedselbanken en "
        "maatschappelijke organisaties;",
        "gesprekken met 38 schoolleiders en leraren, 21 beleidsmedewerkers van gemeenten en medewerkers van Dienst "
        "Toeslagen en de Sociale Verzekeringsbank;",
        "een analyse van de schoolgidsen en kostenoverzichten van 200 scholen voor primair en voortgezet onderwijs;",
        "een eigen berekening van de schoolkosten, gebaseerd op de gegevens van de ouders en de scholen.",
    ),
    P("Kinderen die meededen, kregen vooraf uitleg over het onderzoek in een taal die bij hun leeftijd past. Zij "
      "mochten op ieder moment stoppen. Ouders gaven toestemming voor deelname van kinderen jonger dan zestien jaar."),
    H2("Over de citaten"),
    P("In dit rapport staan veel uitspraken van kinderen. Wij hebben ze zo letterlijk mogelijk opgeschreven, omdat "
      "kinderen zelf het best kunnen vertellen wat armoede op school betekent. De namen van de kinderen zijn "
      "veranderd en details die tot herkenning kunnen leiden, zijn weggelaten. De leeftijd is de leeftijd op het "
      "moment van het gesprek.",
      footnotes=("Alle kinderen kregen na afloop van het gesprek een cadeaubon van vijftien euro. Een aantal "
                 "kinderen vroeg of die bon ook voor schoolspullen mocht worden gebruikt.",)),
    H("2 Wat school kost"),
    H2("De rekening van een schooljaar"),
    P("Op basis van de vragenlijst onder ouders en de kostenoverzichten van scholen heeft de Kinderrechtencommissaris "
      "berekend wat een schooljaar een gezin gemiddeld kost. Het gaat daarbij om kosten die ouders zelf betalen en "
      "die niet door de school of de overheid worden vergoed. Tabel 1 geeft een overzicht."),
    Table(
        header=("Kostenpost (bedragen per kind per jaar)", "Basisonderwijs", "Voortgezet onderwijs"),
        rows=(
            ("Vrijwillige ouderbijdrage", "€ 45", "€ 80"),
            ("Schoolreis, excursies en werkweek", "€ 70", "€ 260"),
            ("Laptop of tablet (aanschaf verdeeld over vier jaar)", "€ 25", "€ 180"),
            ("Schoolspullen, rekenmachine, atlas", "€ 60", "€ 120"),
            ("Sportkleding en gymschoenen", "€ 55", "€ 70"),
            ("Fiets, onderhoud en reiskosten", "€ 75", "€ 165"),
            ("Overig (schoolfoto, traktaties, themadagen)", "€ 60", "€ 65"),
            ("Totaal", "€ 390", "€ 940"),
        ),
        widths=(3.0, 1.4, 1.7),
        rules="rows",
    ),
    P("Bron: berekening Kinderrechtencommissaris op basis van de vragenlijst onder 1.640 ouders en de "
      "kostenoverzichten van 200 scholen, schooljaar 2024-2025.",
      footnotes=("De bedragen zijn gemiddelden. De spreiding is groot: in het voortgezet onderwijs varieerden de "
                 "kosten die scholen zelf noemden van ongeveer 350 euro tot ruim 2.100 euro per jaar.",)),
    P("De verschillen tussen het basisonderwijs en het voortgezet onderwijs zijn groot. De overstap naar de "
      "middelbare school is voor veel gezinnen een financiële schok. In het eerste jaar komen de aanschaf van een "
      "laptop, een nieuwe fiets en vaak een introductiekamp samen. Ouders die wij spraken, noemden voor het eerste "
      "jaar bedragen tussen 1.100 en 1.600 euro."),
    P("“In groep 8 zei de juf dat ik naar het vwo kon. Mijn moeder was heel blij. Maar toen kwam de lijst met wat je "
      "allemaal moest kopen, en toen werd ze stil.” — Amira, 13 jaar"),
    H2("Duurder dan vijf jaar geleden"),
    P("Sinds 2019 zijn de schoolkosten volgens onze berekening met ongeveer 31 procent gestegen. De kinderbijslag en "
      "het kindgebonden budget stegen in dezelfde periode met ongeveer 18 procent. Het verschil komt vooral door "
      "digitale leermiddelen, die steeds vaker door ouders moeten worden aangeschaft, en door werkweken en excursies "
      "naar het buitenland, die sinds de coronaperiode duurder zijn geworden."),
    P("Ook de manier waarop scholen kosten in rekening brengen, is veranderd. Waar vroeger één bedrag aan het begin "
      "van het jaar werd gevraagd, komen nu door het jaar heen losse verzoeken binnen via de schoolapp: vijf euro voor "
      "een museumbezoek, twaalf euro voor een sportdag, vijfendertig euro voor een theatervoorstelling. Voor ouders "
      "is het daardoor moeilijk om vooraf te weten wat het jaar zal kosten."),
    P("“Elke week piept de app van school. Mijn vader zegt dan: kijk jij maar, ik durf niet meer.” — Bram, 12 jaar"),
    H2("Augustus, de duurste maand"),
    P("Bijna alle kosten komen aan het begin van het schooljaar samen. In augustus en september moeten ouders "
      "schoolspullen kopen, de ouderbijdrage betalen, de fiets laten maken en vaak al een aanbetaling doen voor de "
      "werkweek. Van de ouders die de vragenlijst invulden, zei 58 procent dat zij in die maanden geld moesten lenen "
      "of rekeningen moesten laten liggen. Een op de zes gaf aan in die periode vaker naar de voedselbank te gaan."),
    P("Juist in deze maanden worden bij een deel van de gezinnen ook terugvorderingen van toeslagen verrekend. Dat "
      "komt doordat Dienst Toeslagen de definitieve berekening over het voorgaande jaar vaak in de zomer afrondt. "
      "Een moeder vertelde dat zij in augustus 2024 140 euro minder kindgebonden budget ontving, in dezelfde maand "
      "waarin zij de laptop voor haar zoon moest betalen."),
    PageBreak(),
    H("3 Wat kinderen vertellen"),
    P("In de gesprekken met kinderen kwamen steeds dezelfde thema's terug: schaamte, verzwijgen, missen en "
      "improviseren. Kinderen zijn vindingrijk. Zij verzinnen smoesjes, lenen spullen, werken zelf of stoppen met "
      "vragen. Maar die vindingrijkheid heeft een prijs: kinderen dragen zorgen die niet bij hun leeftijd horen."),
    H2("Schamen en verzwijgen"),
    P("Bijna alle kinderen vertelden dat zij liever niet hebben dat klasgenoten weten dat er thuis weinig geld is. "
      "Zij doen veel moeite om dat te verbergen. Jongere kinderen merken het vooral aan kleine dingen, zoals de "
      "traktatie op hun verjaardag of het ontbreken van een eigen gymtas. Oudere kinderen zijn zich scherper bewust "
      "van de verschillen."),
    P("“Ik zeg gewoon dat ik ziek ben. Dan vraagt niemand waarom ik niet mee ga.” — Lotte, 13 jaar"),
    P("“Mijn beste vriendin weet het niet. Ik wil ook niet dat ze het weet, want dan gaat ze me zielig vinden.” — "
      "Yara, 11 jaar"),
    P("Veel kinderen vertellen hun ouders niet over kosten die op school worden gevraagd. Zij gooien brieven weg, "
      "zeggen dat een excursie niet verplicht is of betalen kleine bedragen van hun eigen zakgeld of bijbaan. Van de "
      "kinderen van twaalf jaar en ouder die wij spraken, zei bijna de helft dat zij weleens een rekening van school "
      "voor hun ouders hadden verzwegen."),
    P("“Ik weet toch al wat ze gaat zeggen. Dan zegt ze sorry en gaat ze huilen. Dat wil ik niet.” — Jayden, 11 jaar"),
    H2("De schoolreis en de werkweek"),
    P("Schoolreizen, excursies en werkweken zijn voor kinderen belangrijke momenten. Zij praten er weken van tevoren "
      "over en nog maanden daarna. Wie niet meegaat, mist niet alleen de reis zelf, maar ook de verhalen en de "
      "foto's, en daarmee een stukje van de groep. Kinderen die thuisbleven, beschreven de dagen na de reis als de "
      "moeilijkste."),
    P("“Iedereen had het over Berlijn en ik zat er gewoon bij. Ik wist niet wat ik moest zeggen.” — Noah, 15 jaar"),
    P("Sinds 2021 mogen scholen geen leerling uitsluiten van activiteiten omdat de ouders de bijdrage niet betalen. "
      "Kinderen vertellen echter dat zij zichzelf uitsluiten. Zij melden zich ziek, zeggen dat zij op die dag naar "
      "familie moeten of vragen hun ouders om hen af te melden. Op sommige scholen moeten kinderen bij de mentor "
      "aangeven dat hun ouders niet kunnen betalen; voor veel kinderen is dat een drempel die zij niet over durven."),
    P("“De mentor zei: als het niet kan, moet je het gewoon even zeggen. Maar dan staat iedereen erbij.” — Sara, 14 "
      "jaar"),
    H2("De laptop"),
    P("In het voortgezet onderwijs is een eigen laptop vrijwel overal de norm geworden. Van de 120 scholen voor "
      "voortgezet onderwijs in onze analyse vroegen er 97 ouders om een laptop aan te schaffen, meestal via een "
      "webwinkel waarmee de school afspraken heeft gemaakt. Veel scholen bieden een bruikleenregeling aan, maar die "
      "is niet altijd bekend en kinderen met een leenlaptop vallen op."),
    P("“Die van school heeft een grote sticker erop. Dan weet iedereen het meteen.” — Daan, 14 jaar"),
    P("“Ik maak mijn huiswerk op de telefoon van mijn zus. Het scherm is kapot, dus ik moet heel goed kijken.” — "
      "Mohamed, 15 jaar"),
    P("Kinderen zonder goed apparaat lopen achter. Zij kunnen hun huiswerk niet goed maken, missen berichten van "
      "docenten en moeten werkstukken op school afmaken, waar de computers vaak bezet zijn. Een leraar vertelde dat "
      "hij het verschil tussen kinderen met en zonder laptop in de cijfers terugziet."),
    H2("Eten op school"),
    P("Een deel van de kinderen gaat zonder ontbijt naar school of heeft geen lunch bij zich. Leraren in het "
      "basisonderwijs vertelden dat zij uit eigen zak boterhammen kopen voor kinderen met honger. Op scholen die "
      "meedoen aan het programma Schoolmaaltijden is dat beeld anders: daar eten kinderen samen, en niemand weet wie "
      "er thuis geen brood heeft."),
    P("“Bij ons op school krijgt iedereen eten. Dat is fijn, want dan is het niet raar.” — Fenna, 9 jaar"),
    P("“Ik zeg dat ik al gegeten heb. Dan ga ik naar buiten tot de pauze voorbij is.” — Kevin, 14 jaar"),
    P("Het programma Schoolmaaltijden is in 2023 gestart als tijdelijke maatregel. Schoolleiders die wij spraken, "
      "waren er zeer positief over, maar durven er nauwelijks op te bouwen: zij weten niet of het na het lopende "
      "schooljaar doorgaat en hebben vrijwilligers en leveranciers voor korte periodes vastgelegd."),
    H2("Wat kinderen zelf zouden veranderen"),
    P("Aan het eind van ieder gesprek vroegen wij kinderen wat zij zouden veranderen als zij de baas waren. Hun "
      "antwoorden waren vaak heel concreet:"),
    bullets(
        "“Dat de school gewoon laptops uitdeelt, net als boeken.” (Noah, 15)",
        "“Geen werkweek naar Berlijn, maar iets in Nederland waar iedereen mee kan.” (Sara, 14)",
        "“Dat je het niet steeds aan de juf hoeft te zeggen als je iets niet kan betalen.” (Mila, 10)",
        "“Dat mijn moeder niet elke keer een formulier hoeft in te vullen bij de gemeente.” (Daan, 14)",
        "“Eten op alle scholen, niet alleen op die van ons.” (Fenna, 9)",
        "“Dat ze het geld gewoon eerder geven, en niet pas als alles al gekocht is.” (Ilias, 16)",
    ),
    P("De Kinderrechtencommissaris neemt deze antwoorden serieus. Veel ervan komen terug in de aanbevelingen in "
      "hoofdstuk 7."),
    H("4 Ouders, toeslagen en inkomen"),
    H2("Wat ouders vertellen"),
    P("Ouders die de vragenlijst invulden, beschrijven een voortdurend schuiven met geld. Zij stellen rekeningen "
      "uit, lenen bij familie of kiezen tussen een nieuwe winterjas en de bijdrage voor de werkweek. Van de ouders "
      "zei 72 procent dat zij zich zorgen maken over de kosten van school, en 41 procent dat zij hun kind weleens "
      "hebben laten thuisblijven bij een activiteit omdat zij die niet konden betalen."),
    P("Ouders voelen zich vaak schuldig tegenover hun kinderen. Zij merken dat hun kinderen dingen voor hen "
      "verzwijgen, en weten niet goed hoe zij daarover moeten praten. Meerdere ouders gaven aan dat zij hulp van de "
      "gemeente of een fonds niet aanvragen omdat zij bang zijn dat de school of de buren het merken."),
    H2("Kinderbijslag en kindgebonden budget"),
    P("De kinderbijslag is bedoeld als tegemoetkoming in de kosten van kinderen en wordt uitgekeerd door de Sociale "
      "Verzekeringsbank, ongeacht het inkomen. Het bedrag stijgt met de leeftijd van het kind, maar die stijging is "
      "bescheiden in vergelijking met het verschil in schoolkosten tussen het basisonderwijs en het voortgezet "
      "onderwijs. Het kindgebonden budget is een inkomensafhankelijke toeslag die door Dienst Toeslagen wordt "
      "uitbetaald. Gezinnen met een laag inkomen ontvangen het volledige bedrag."),
    P("Beide regelingen worden jaarlijks geïndexeerd, maar zij houden geen rekening met de werkelijke ontwikkeling "
      "van de schoolkosten. Er is geen vast moment waarop wordt nagegaan of de bedragen nog aansluiten bij wat "
      "kinderen kosten. De laatste berekening van het Nibud die specifiek op schoolkosten betrekking had, dateert van "
      "2019.",
      footnotes=("Het Nibud publiceert wel jaarlijks referentiebedragen voor de kosten van kinderen, maar daarin "
                 "zijn schoolkosten niet afzonderlijk uitgewerkt.",)),
    H2("Terugvorderingen aan het begin van het schooljaar"),
    P("Toeslagen worden als voorschot uitbetaald. Als het inkomen van een gezin hoger blijkt dan geschat, vraagt "
      "Dienst Toeslagen een deel van het voorschot terug. Die terugvordering wordt verrekend met de toeslagen die "
      "het gezin op dat moment ontvangt. Voor gezinnen met een wisselend inkomen, zoals ouders met flexwerk of een "
      "eigen bedrijfje, komt dat vaak voor."),
    P("Uit de gegevens die Dienst Toeslagen op ons verzoek beschikbaar stelde, blijkt dat in augustus en september "
      "2024 bij ruim 46.000 huishoudens een terugvordering werd verrekend met het kindgebonden budget. Voor deze "
      "gezinnen daalt het inkomen precies in de maanden waarin de schoolkosten het hoogst zijn. Medewerkers van "
      "Dienst Toeslagen gaven aan dat het moment van verrekening vooral door de planning van de jaarlijkse "
      "definitieve berekeningen wordt bepaald, niet door een bewuste keuze."),
    P("“In september krijg ik altijd minder. Dan weet ik al: deze maand geen vlees.” — moeder van twee kinderen, "
      "Almere"),
    H("5 Wat gemeenten en scholen doen"),
    H2("Gemeentelijke regelingen"),
    P("Gemeenten hebben een belangrijke rol bij het opvangen van schoolkosten. Vrijwel alle gemeenten kennen een "
      "regeling voor kinderen uit gezinnen met een laag inkomen, zoals een kindpakket, een meedoenregeling of een "
      "vergoeding voor schoolkosten. Sinds 2017 ontvangen gemeenten daarvoor extra middelen van het Rijk, bedoeld "
      "voor voorzieningen in natura voor kinderen. Het gaat om 85 miljoen euro per jaar, dat via het gemeentefonds "
      "wordt verdeeld. Deze middelen zijn steeds voor enkele jaren toegekend; de huidige toekenning loopt eind 2025 "
      "af."),
    P("De regelingen verschillen sterk per gemeente. In de ene gemeente krijgen gezinnen een vast bedrag per kind "
      "op een pas, in de andere moeten zij per aankoop een bon aanvragen. Ook de inkomensgrens verschilt: sommige "
      "gemeenten hanteren 110 procent van het sociaal minimum, andere 130 procent of meer. Kinderen van werkende "
      "ouders met een laag inkomen vallen daardoor in een deel van de gemeenten buiten de boot."),
    H2("Niet-gebruik"),
    P("Een groot deel van de gezinnen die recht hebben op een gemeentelijke regeling, maakt er geen gebruik van. "
      "De gemeenten die wij spraken, schatten het bereik op 40 tot 70 procent. De oorzaken zijn bekend: ouders weten "
      "niet dat de regeling bestaat, vinden de aanvraag ingewikkeld of schamen zich. Een aantal gemeenten kent de "
      "vergoeding inmiddels automatisch toe aan gezinnen in de bijstand. Zij bereiken daarmee bijna iedereen in die "
      "groep, maar voor werkende gezinnen met een laag inkomen hebben zij de gegevens vaak niet."),
    P("“Ik moest drie keer langs met papieren. De derde keer heb ik het maar laten zitten.” — vader van drie "
      "kinderen, Heerlen"),
    H2("Kinderen worden zelden gehoord"),
    P("Geen van de 21 gemeenten die wij spraken, had kinderen betrokken bij het ontwerp of de evaluatie van hun "
      "regelingen voor kinderen. Een aantal gemeenten had wel ouders geraadpleegd. Kinderen die wij spraken, hadden "
      "duidelijke ideeën over wat zou helpen, bijvoorbeeld dat een pas er hetzelfde uitziet als een gewone bankpas, "
      "of dat de hulp al vóór de zomervakantie komt."),
    H2("Scholen en de vrijwillige ouderbijdrage"),
    P("Sinds 1 augustus 2021 is de ouderbijdrage in het primair en voortgezet onderwijs bij wet vrijwillig. Scholen "
      "mogen geen leerling uitsluiten van activiteiten omdat de ouders niet betalen, en moeten in de schoolgids "
      "vermelden dat de bijdrage vrijwillig is. Van de 200 schoolgidsen die wij bekeken, vermeldden er 61 dat niet "
      "of niet duidelijk. In 23 gidsen stond een formulering die ouders de indruk kan geven dat betalen verplicht "
      "is, zoals ‘wij rekenen op uw bijdrage’ of ‘de bijdrage dient voor 1 oktober te zijn voldaan’."),
    P("De Inspectie van het Onderwijs onderzoekt de naleving van deze regels alleen naar aanleiding van signalen. "
      "Er is daardoor geen landelijk beeld van de mate waarin scholen zich aan de regels houden. Schoolleiders die wij "
      "spraken, gaven aan dat zij de regels kennen, maar dat zij zonder ouderbijdrage veel activiteiten niet meer "
      "kunnen organiseren."),
    P("Voor andere kosten, zoals de laptop en de werkweek, gelden geen vergelijkbare regels. Er is geen maximum aan "
      "wat een school voor een werkweek mag vragen, en het is niet geregeld of een school ouders mag verplichten "
      "een laptop aan te schaffen. Sommige scholen hebben zelf een schoolfonds waaruit zij activiteiten voor "
      "leerlingen betalen van wie de ouders dat niet kunnen; andere scholen verwijzen naar de gemeente of naar "
      "landelijke fondsen. Ouders krijgen zelden vooraf een overzicht van alle kosten van het jaar."),
    H("6 Wat het Kinderrechtenverdrag vraagt"),
    P("Nederland heeft het Internationaal Verdrag inzake de rechten van het kind in 1995 geratificeerd. Het verdrag "
      "verplicht de overheid om de rechten van ieder kind te waarborgen, zonder onderscheid naar de financiële "
      "situatie van de ouders (artikel 2). Voor dit onderzoek zijn vooral de volgende rechten van belang:"),
    bullets(
        "het recht op een levensstandaard die toereikend is voor de lichamelijke, geestelijke en sociale "
        "ontwikkeling van het kind (artikel 27);",
        "het recht op onderwijs, op basis van gelijke kansen (artikel 28);",
        "het recht om deel te nemen aan het culturele en recreatieve leven (artikel 31);",
        "het recht van het kind om zijn mening te geven over zaken die hem aangaan (artikel 12).",
    ),
    P("Het VN-Kinderrechtencomité heeft Nederland in 2022 gevraagd om meer te doen tegen kinderarmoede en om ervoor "
      "te zorgen dat alle kinderen toegang hebben tot voorzieningen, ongeacht waar zij wonen. Het Comité uitte zijn "
      "zorg over de verschillen tussen gemeenten en over het niet-gebruik van regelingen."),
    H2("Conclusies"),
    P("De Kinderrechtencommissaris concludeert dat het recht op onderwijs op basis van gelijke kansen voor kinderen "
      "in armoede niet volledig wordt gewaarborgd. Onderwijs is formeel gratis, maar de kosten die ouders in de "
      "praktijk maken, zijn voor gezinnen met een laag inkomen te hoog. De bestaande inkomensondersteuning houdt geen "
      "gelijke tred met die kosten, en de aanvullende hulp bereikt een groot deel van de kinderen niet of niet op "
      "tijd."),
    P("Kinderen nemen zelf de gevolgen op zich. Zij verzwijgen kosten, melden zich ziek en missen activiteiten die "
      "voor hun ontwikkeling en hun plek in de groep van belang zijn. Dat een kind zichzelf uitsluit om zijn ouders "
      "te sparen, is niet in overeenstemming met het verdrag. De verantwoordelijkheid daarvoor ligt niet bij het "
      "kind, maar bij de volwassenen en de instanties om hem heen."),
    P("Tot slot stelt de Kinderrechtencommissaris vast dat kinderen nauwelijks worden gehoord over de regelingen die "
      "voor hen bedoeld zijn. Terwijl zij, zo blijkt uit dit onderzoek, heel precies weten wat zou helpen."),
    PageBreak(),
    H("7 Wat moet er gebeuren?"),
    P("Kinderen gaven ons een duidelijke opdracht mee. “Jullie moeten het niet alleen opschrijven,” zei Sem (14) aan "
      "het eind van een gesprek in Rotterdam. “Doe er nou eens echt iets aan.” De Kinderrechtencommissaris doet "
      "daarom de volgende aanbevelingen. Zij zijn geordend naar de partij die aan zet is; veel ervan vragen wel om "
      "samenwerking tussen het Rijk, de gemeenten en de scholen."),
    B("Aan de minister van Sociale Zaken en Werkgelegenheid"),
    recs(
        ("1", REC1, ("SZW",)),
        ("2", REC2, ("SZW",)),
        ("3", REC3, ("SZW",)),
    ),
    B("Aan de staatssecretaris van Financiën (Toeslagen)"),
    recs(
        ("4", REC4, ("FIN",)),
        ("5", REC5, ("FIN",)),
    ),
    B("Aan de gemeenten"),
    recs(
        ("6", REC6, ("GEMEENTEN",)),
        ("7", REC7, ("GEMEENTEN",)),
        ("8", REC8, ("GEMEENTEN",)),
    ),
    B("Aan de minister van Onderwijs, Cultuur en Wetenschap"),
    recs(
        ("9", REC9, ("OCW",)),
        ("10", REC10, ("OCW",)),
        ("11", REC11, ("OCW",)),
        ("12", REC12, ("OCW", "SZW")),
    ),
    B("Aan de schoolbesturen"),
    recs(
        ("13", REC13, ("OTHER",)),
        ("14", REC14, ("OTHER",)),
    ),
    P("De Kinderrechtencommissaris vraagt de betrokken bewindspersonen om binnen vier maanden na publicatie van dit "
      "rapport te reageren. Zij zal over een jaar opnieuw met kinderen in gesprek gaan om na te gaan wat er in hun "
      "dagelijks leven is veranderd."),
    PageBreak(),
    H("Bijlage Met wie wij spraken"),
    P("De gesprekken met kinderen vonden plaats in de volgende gemeenten:"),
    bullets(
        "Almere, Amsterdam, Arnhem en Den Helder;",
        "Emmen, Groningen, Heerlen en Leeuwarden;",
        "Rotterdam, Schiedam, Tilburg en Vlissingen;",
        "Zwolle en de gemeente Westerkwartier.",
    ),
    P("Daarnaast spraken wij met vertegenwoordigers van 21 gemeenten, van Dienst Toeslagen, van de Sociale "
      "Verzekeringsbank, van de Inspectie van het Onderwijs en van vier landelijke fondsen die kinderen in armoede "
      "ondersteunen. De Kinderrechtencommissaris dankt alle kinderen, ouders, leraren en professionals die hun tijd "
      "en ervaringen met ons hebben gedeeld."),
)

REPORT = Document(
    title="“Ik zeg gewoon dat ik ziek ben”",
    subtitle="Kinderen in armoede over wat school kost. Een rapport van de Kinderrechtencommissaris",
    blocks=REPORT_BLOCKS,
    running_header="De Kinderrechtencommissaris  ·  “Ik zeg gewoon dat ik ziek ben”  ·  juni 2025",
    footer="— {page} —",
    font_family="serif",
    font_size=10.5,
    imprint=("De Kinderrechtencommissaris", "Den Haag, juni 2025", "Rapport KRC/2025/03"),
)


# --------------------------------------------------------------------------------------------------------------
# Response: one PDF, two letters
# --------------------------------------------------------------------------------------------------------------

EV1 = ("Ik laat het Nibud daarom vanaf 2026 elke twee jaar de schoolkosten van het basisonderwijs tot en met het mbo "
       "berekenen, maar een vaste koppeling tussen die berekening en de hoogte van de inkomensondersteuning neem ik "
       "niet over.")
EV3 = "Een verhoging van de kinderbijslag voor deze leeftijdsgroep acht ik daarom niet opportuun."
EV4 = ("De staatssecretaris van Financiën neemt de aanbeveling over om in augustus en september geen "
       "terugvorderingen te verrekenen met het kindgebonden budget.")
EV5 = "Een aparte schoolstarttoeslag komt er niet."
EV2 = ("Vanaf 1 januari 2026 worden deze middelen structureel als decentralisatie-uitkering Kindvoorzieningen aan "
       "gemeenten verstrekt, en stijgt het bedrag van 85 miljoen euro naar 115 miljoen euro per jaar.")
EV6 = ("Ik start daarom in 2026 met vijf gemeenten een proef waarin zij met gegevens van Dienst Toeslagen over het "
       "kindgebonden budget een schoolkostenvergoeding automatisch toekennen; of automatische toekenning voor alle "
       "gemeenten mogelijk wordt, besluit ik na de evaluatie van die proef in 2028.")
EV12 = ("Het kabinet heeft besloten het programma Schoolmaaltijden vanaf het schooljaar 2026-2027 structureel te "
        "financieren met 165 miljoen euro per jaar, zodat alle scholen die aan de criteria voldoen hun leerlingen "
        "elke schooldag een gratis lunch kunnen aanbieden.")

EV11 = ("De aanbeveling om de Inspectie van het Onderwijs hierop jaarlijks steekproefsgewijs te laten toezien, neem "
        "ik over.")
EV9 = ("Het verbod op een verplichte aanschaf leg ik vast in de wet, maar extra bekostiging om iedere leerling een "
       "apparaat in bruikleen te geven komt er niet.")
EV10 = "Een landelijk maximumbedrag acht ik echter niet wenselijk."
EV12B = ("Scholen die meedoen, krijgen daarom vanaf dat schooljaar naast de maaltijden zelf een vaste vergoeding van "
         "9.000 euro per jaar voor de organisatie, bijvoorbeeld voor het inhuren van een overblijfkracht.")
EV14 = ("Voor een schoolfonds waaruit de activiteiten van leerlingen uit gezinnen met weinig geld worden betaald, "
        "stel ik vanaf 1 januari 2026 jaarlijks 25 miljoen euro beschikbaar aan scholen met veel van deze "
        "leerlingen, zodat geen kind thuis hoeft te blijven.")

SZW_LETTER = (
    P("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal, Postbus 20018, 2500 EA Den Haag"),
    P("Datum: 9 oktober 2025"),
    P("Betreft: Reactie op het rapport “Ik zeg gewoon dat ik ziek ben” van de Kinderrechtencommissaris"),
    P("Ons kenmerk: 2025-0000418862"),
    P("Geachte voorzitter,"),
    P("Op 24 juni 2025 publiceerde de Kinderrechtencommissaris het rapport “Ik zeg gewoon dat ik ziek ben”. Kinderen "
      "in armoede over wat school kost. In het rapport vertellen ruim honderd kinderen en jongeren wat het betekent "
      "om op te groeien in een gezin waar geen geld is voor de schoolreis, de laptop of de lunch. Met deze brief "
      "reageer ik, mede namens de staatssecretaris van Financiën, op de aanbevelingen die de Kinderrechtencommissaris "
      "doet aan de minister van Sociale Zaken en Werkgelegenheid, aan de staatssecretaris van Financiën en aan de "
      "gemeenten. De minister van Onderwijs, Cultuur en Wetenschap reageert in een eigen brief, die u gelijktijdig "
      "ontvangt, op de aanbevelingen over het onderwijs en de scholen."),
    P("Ik wil de Kinderrechtencommissaris en vooral de kinderen die hun verhaal hebben gedeeld, hartelijk bedanken. "
      "Het rapport is geen gemakkelijke lectuur. “Ik zeg gewoon dat ik ziek ben”, vertelt een meisje van dertien dat "
      "niet mee kan op excursie; een jongen van vijftien maakt zijn huiswerk op de telefoon van zijn zus. Zulke "
      "verhalen laten zien dat armoede niet alleen over inkomen gaat, maar ook over meedoen, over schaamte en over de "
      "vraag of je erbij hoort."),
    P("Het kabinet wil dat minder kinderen in armoede opgroeien. Volgens de meest recente raming groeiden in 2024 "
      "ongeveer 112.000 kinderen op in een gezin met een inkomen onder de armoedegrens. Dat zijn er minder dan enkele "
      "jaren geleden, maar nog altijd te veel. De kosten van school zijn daarbij een terugkerende zorg: voor veel "
      "gezinnen is de start van het schooljaar de duurste periode van het jaar."),
    P("Hieronder ga ik achtereenvolgens in op de inkomensondersteuning van gezinnen met kinderen, de toeslagen, de "
      "gemeentelijke regelingen en de schoolmaaltijden."),
    H3("Inkomen van gezinnen met kinderen"),
    P("De Kinderrechtencommissaris constateert dat de kosten van een schooljaar sinds 2019 sneller zijn gestegen dan "
      "de kinderbijslag en het kindgebonden budget. Ik herken dat beeld, en ik vind het van belang dat het kabinet "
      "beter zicht krijgt op wat school gezinnen werkelijk kost. " + EV1 + " De hoogte van de kinderregelingen is een "
      "afweging die het kabinet ieder jaar maakt bij de koopkrachtbesluitvorming, in samenhang met andere uitgaven en "
      "met de inkomenspositie van andere groepen. De uitkomsten van het Nibud zullen daarbij een belangrijke bron "
      "zijn.",
      answers=(Answer("1", "partial", EV1),)),
    P("De Kinderrechtencommissaris vraagt ook om een hogere kinderbijslag voor kinderen van 12 tot en met 17 jaar. "
      "Ik deel de analyse dat de kosten bij de overstap naar het voortgezet onderwijs fors stijgen. De kinderbijslag "
      "is echter een inkomensonafhankelijke regeling: een verhoging komt voor het grootste deel terecht bij gezinnen "
      "die de extra kosten goed zelf kunnen dragen, en een verhoging van tien procent voor deze leeftijdsgroep kost "
      "ruim 250 miljoen euro per jaar. Bovendien is de kinderbijslag al naar leeftijd gedifferentieerd. Gezinnen met "
      "een laag inkomen bereik ik gerichter via het kindgebonden budget en via de gemeentelijke regelingen. " + EV3,
      answers=(Answer("3", "disagree", EV3),)),
    H3("Toeslagen"),
    P("Voor veel gezinnen is het kindgebonden budget de belangrijkste aanvulling op het inkomen. De "
      "Kinderrechtencommissaris beschrijft hoe gezinnen juist aan het begin van het schooljaar met een terugvordering "
      "worden geconfronteerd, omdat Dienst Toeslagen na de definitieve berekening over het voorgaande jaar een deel "
      "van het voorschot terugvraagt en dat verrekent met de lopende betalingen. In augustus en september 2024 ging "
      "het om ruim 46.000 huishoudens."),
    P(EV4 + " Dienst Toeslagen past zijn werkwijze daarvoor vanaf augustus 2026 aan: verrekeningen die in die maanden "
      "zouden plaatsvinden, worden verschoven naar oktober en over meer maanden gespreid. Anders ligt het bij de "
      "schoolstarttoeslag die de Kinderrechtencommissaris voorstelt. " + EV5 + " Het kabinet werkt aan een "
      "eenvoudiger toeslagenstelsel, en een nieuwe toeslag met een eigen peildatum en eigen voorwaarden zou het "
      "stelsel ingewikkelder maken en de kans op nieuwe terugvorderingen vergroten. Gezinnen die het maximale "
      "kindgebonden budget ontvangen, kunnen voor een bijdrage in de schoolkosten terecht bij hun gemeente, die "
      "daarvoor vanaf 2026 meer middelen krijgt.",
      answers=(Answer("4", "agree", EV4), Answer("5", "disagree", EV5))),
    H3("Gemeentelijke regelingen"),
    P("Gemeenten zijn het eerste aanspreekpunt voor gezinnen die de kosten van school niet kunnen dragen. Sinds 2017 "
      "ontvangen zij daarvoor extra middelen, die via het gemeentefonds worden verstrekt. De Kinderrechtencommissaris "
      "wijst erop dat die middelen nooit zijn aangepast aan de gestegen kosten en dat gemeenten niet weten waar zij "
      "na 2025 aan toe zijn. " + EV2 + " Met die verhoging worden de kostenstijgingen sinds 2017 gecompenseerd. "
      "Omdat het om een decentralisatie-uitkering gaat, kunnen gemeenteraden en uw Kamer zien waaraan het geld wordt "
      "besteed.",
      answers=(Answer("2", "agree", EV2),)),
    P("Veel gezinnen maken geen gebruik van de regelingen waar zij recht op hebben. De Kinderrechtencommissaris noemt "
      "de schaamte en de ingewikkelde aanvraagprocedures, en ik herken dat. Een aantal gemeenten kent vergoedingen al "
      "automatisch toe aan huishoudens in de bijstand. Voor werkende gezinnen met een laag inkomen ontbreken "
      "gemeenten daarvoor vaak de gegevens. " + EV6 + " Voor het delen van die gegevens is een wettelijke grondslag "
      "nodig; over de vormgeving daarvan vraag ik advies aan de Autoriteit Persoonsgegevens.",
      answers=(Answer("6", "partial", EV6),)),
    P("Over de inkomensgrens die gemeenten hanteren, merk ik het volgende op. Gemeenten bepalen zelf tot welk "
      "inkomen een gezin in aanmerking komt voor hun regelingen voor kinderen. De Participatiewet staat toe dat "
      "gemeenten daarbij een grens tot 130 procent van het sociaal minimum hanteren, en uit de monitor van Divosa "
      "over 2024 blijkt dat ruim 70 procent van de gemeenten een grens van 120 procent of hoger hanteert. Gemeenten "
      "kunnen in bijzondere situaties ook boven die grens maatwerk bieden via de bijzondere bijstand."),
    H3("Schoolmaaltijden"),
    P("Een kind dat met honger in de klas zit, kan niet leren. Sinds 2023 ontvangen scholen met veel leerlingen uit "
      "gezinnen met een laag inkomen een bijdrage uit het tijdelijke programma Schoolmaaltijden, dat ik samen met de "
      "minister van Onderwijs, Cultuur en Wetenschap uitvoer. Het programma bereikte in het schooljaar 2024-2025 "
      "ongeveer 1.900 scholen. " + EV12 + " De minister van Onderwijs, Cultuur en Wetenschap gaat in haar brief in "
      "op wat dit voor de scholen betekent.",
      answers=(Answer("12", "agree", EV12),)),
    H3("Tot slot"),
    P("De Kinderrechtencommissaris sluit haar rapport af met de woorden van een jongen van veertien: “Doe er nou eens "
      "echt iets aan.” Dat vraagt inzet van het Rijk, de gemeenten en de scholen samen. Ik zal uw Kamer over de "
      "uitvoering van de maatregelen in deze brief informeren in de jaarlijkse voortgangsbrief over armoede en "
      "schulden, voor het eerst in het voorjaar van 2026."),
    P("De minister van Sociale Zaken en Werkgelegenheid,"),
    P("mr. J.P. Zandvliet"),
)

OCW_LETTER = (
    PageBreak(),
    H2("Brief van de minister van Onderwijs, Cultuur en Wetenschap"),
    P("Ministerie van Onderwijs, Cultuur en Wetenschap  ·  Postbus 16375  ·  2500 BJ Den Haag"),
    P("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal, Postbus 20018, 2500 EA Den Haag"),
    P("Datum: 9 oktober 2025"),
    P("Betreft: Rapport “Ik zeg gewoon dat ik ziek ben” van de Kinderrechtencommissaris; onderwijs en scholen"),
    P("Ons kenmerk: 51 208 774"),
    P("Geachte voorzitter,"),
    P("Hierbij reageer ik op de aanbevelingen die de Kinderrechtencommissaris in haar rapport “Ik zeg gewoon dat ik "
      "ziek ben” doet aan de minister van Onderwijs, Cultuur en Wetenschap en aan de schoolbesturen. De minister van "
      "Sociale Zaken en Werkgelegenheid reageert in een afzonderlijke brief op de aanbevelingen over inkomen, "
      "toeslagen en gemeentelijke regelingen."),
    P("Het onderwijs hoort voor ieder kind toegankelijk te zijn, ongeacht de portemonnee van de ouders. Het rapport "
      "laat zien dat die belofte in de praktijk niet altijd wordt waargemaakt. Een leerling die niet mee kan op "
      "werkweek, mist meer dan een paar dagen in een andere stad: hij mist de verhalen, de foto's en de vriendschappen "
      "die daar ontstaan. Ik dank de Kinderrechtencommissaris voor haar heldere rapport en de kinderen voor hun "
      "openhartigheid."),
    P("Sinds 1 augustus 2021 is de ouderbijdrage in het primair en voortgezet onderwijs wettelijk vrijwillig en "
      "mogen scholen geen leerling uitsluiten van activiteiten omdat de ouders de bijdrage niet betalen. Scholen "
      "moeten in de schoolgids vermelden dat de bijdrage vrijwillig is. Uit het rapport blijkt dat die regels niet "
      "overal worden nageleefd, en dat ouders en leerlingen de vrijwilligheid niet altijd zo ervaren."),
    H3("Toezicht op de vrijwillige ouderbijdrage"),
    P("De Kinderrechtencommissaris stelt vast dat er weinig zicht is op de naleving van deze regels. Dat klopt: de "
      "inspectie onderzoekt de ouderbijdrage nu alleen naar aanleiding van signalen. " + EV11 + " Vanaf het "
      "schooljaar 2026-2027 betrekt de inspectie in een jaarlijkse steekproef van 150 scholen de schoolgids, de "
      "brieven aan ouders en de toelating tot activiteiten bij haar onderzoek. Zij publiceert de bevindingen per "
      "school op haar website en vat ze samen in De Staat van het Onderwijs.",
      answers=(Answer("11", "agree", EV11),)),
    H3("Laptops en andere digitale leermiddelen"),
    P("In het voortgezet onderwijs is het gebruikelijk geworden dat leerlingen een eigen laptop meenemen. Het is nu "
      "niet uitdrukkelijk geregeld of een school ouders mag verplichten een apparaat aan te schaffen, en in de "
      "praktijk voelen veel ouders zich daartoe gedwongen. " + EV9 + " Ik neem de bepaling op in het wetsvoorstel "
      "over leermiddelen dat ik in het voorjaar van 2026 in internetconsultatie breng. Scholen ontvangen in de "
      "lumpsum al middelen voor leermiddelen, en veel scholen zetten die in voor een bruikleenregeling; de budgettaire "
      "ruimte voor een aanvullende vergoeding ontbreekt.",
      answers=(Answer("9", "partial", EV9),)),
    H3("Schoolreizen, excursies en werkweken"),
    P("De Kinderrechtencommissaris vraagt om een landelijk maximumbedrag voor schoolreizen, excursies en werkweken. "
      "Ik begrijp die wens: een werkweek van vierhonderd euro is voor veel gezinnen onbetaalbaar. " + EV10 + " "
      "Scholen verschillen sterk in wat zij organiseren en hoe zij dat betalen, en een maximum dreigt in de praktijk "
      "een norm te worden waar scholen die nu goedkoper uit zijn naartoe groeien. Belangrijker is dat geen leerling "
      "wordt uitgesloten. Dat is sinds 2021 wettelijk geregeld, en met het toezicht dat ik hierboven heb beschreven "
      "zie ik erop toe dat scholen zich daaraan houden.",
      answers=(Answer("10", "disagree", EV10),)),
    H3("Schoolmaaltijden"),
    P("Zoals de minister van Sociale Zaken en Werkgelegenheid in zijn brief schrijft, wordt het programma "
      "Schoolmaaltijden vanaf het schooljaar 2026-2027 structureel gefinancierd. Voor mij staat voorop dat de lunch "
      "niet ten koste gaat van de onderwijstijd of van leraren, die al een hoge werkdruk ervaren. " + EV12B + " Een "
      "uitbreiding naar alle scholen in Nederland, ongeacht de samenstelling van de leerlingen, is niet aan de orde; "
      "het geld gaat naar de scholen waar de nood het hoogst is.",
      answers=(Answer("12", "agree", EV12B),)),
    H3("Wat scholen zelf kunnen doen"),
    P("Twee aanbevelingen richt de Kinderrechtencommissaris rechtstreeks aan de schoolbesturen. Of een school ouders "
      "vooraf een overzicht geeft van alle kosten van het schooljaar, daar ga ik niet over; dat is aan de "
      "schoolbesturen. Ik heb de PO-Raad en de VO-raad gevraagd het rapport met hun leden te bespreken. " + EV14 +
      " Scholen bepalen zelf hoe zij dat fonds inrichten, zolang kinderen er niet zelf om hoeven te vragen.",
      answers=(Answer("14", "agree", EV14),)),
    H3("Tot slot"),
    P("Kinderen zouden op school niet bezig moeten zijn met de vraag of hun ouders de schoolreis kunnen betalen. Met "
      "de maatregelen in deze brief en in de brief van de minister van Sociale Zaken en Werkgelegenheid wil het "
      "kabinet de drempels verlagen. Over de uitkomsten van het toezicht van de inspectie informeer ik uw Kamer via "
      "De Staat van het Onderwijs 2027."),
    P("De minister van Onderwijs, Cultuur en Wetenschap,"),
    P("drs. E.C. Verschuur-Amrani"),
)

RESPONSE = Document(
    title="Brief van de minister van Sociale Zaken en Werkgelegenheid",
    subtitle="Ministerie van Sociale Zaken en Werkgelegenheid  ·  Postbus 90801  ·  2509 LV Den Haag",
    blocks=SZW_LETTER + OCW_LETTER,
    running_header="Reacties op het rapport van de Kinderrechtencommissaris over de kosten van school",
    footer="{page}",
    font_family="sans",
    font_size=10.0,
    title_page=False,
)

PAIR = Pair(
    name="children_rights_two_letters",
    report=REPORT,
    response=RESPONSE,
    description="Kinderrechtencommissaris report on school costs for children in poverty (serif, children's quotes, "
                "14 unnumbered bulleted recommendations under bold addressee lead-ins) answered by two letters in "
                "one PDF (SZW, then OCW), by subject only; 12 answered in both letters, 7 only existing policy, 8 "
                "never mentioned, 13 passed on to the schoolbesturen.",
)
