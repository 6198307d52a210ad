"""Pair: a fictional Raad voor de Digitale Infrastructuur advice on fast internet in rural areas, and the answer of
the minister of Economische Zaken.

Layout traits of the report (serif, title page, running header): a one-page "Samenvatting" whose fifteen
recommendations are a bulleted list of "Short title – text" items (the gold marks these bullets as duplicates,
numbers S1-S15 with duplicate_of, so each recommendation's page is the summary page); five chapters (2, 3, 5, 6, 7)
whose analysis ends in a level-2 heading "Onze adviezen" with a numbered list, numbered continuously across the
chapters (1-3, 4-6, then 7-9, 10-12, 13-15), each item repeating a summary bullet in longer words; in between,
chapter 4 "Dilemma's" (run on below recommendation 6) has a numbered list 1-4 of open questions that are not
recommendations (a numbering restart that looks like advice).  Other bulleted lists (questions, method, conversation
partners) are not recommendations.

The response is a letter (no title page, sans) from the minister of Economische Zaken, also on behalf of the
minister of IenW and the staatssecretaris voor Digitalisering, with sections per theme that never cite numbers and
answer out of report order (inclusion before market).  Thanks, context and "deel de ambitie"/"onderschrijf het
belang" paragraphs take no position.  Gold positions:
1 disagree (polite: "Ik kies er niet voor ..." a statutory right); 2 agree without cue words (date and money);
3 not_addressed (only existing WIBON policy described); 4 agree ("neem ik over") and 6 disagree ("neem ik niet
over") in ONE paragraph; 5 partial (IenW pilot on two routes); 7 not_addressed (passed on: "Dit is aan de
provincies"); 8 agree without cue words (EUR 120 million reserved, scheme opens 1 March 2026); 9 disagree (shares the
analysis, "acht ik ... niet opportuun"); 10 partial (open access yes, ACM-set tariffs no, in one sentence);
11 agree ("Ik volg het advies"); 12 not_addressed (never mentioned); 13 partial (only "verkent"); 14 disagree
(blunt: "Ik ga aanbieders niet verplichten"); 15 agree without cue words (structural budget from 2026).
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


def bullets(*texts: str) -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style="•")


def advice(start: int, *items: tuple[str, tuple[str, ...]]) -> ItemList:
    """A chapter's "Onze adviezen" list, numbered on from ``start``."""
    return ItemList(
        items=tuple(ListItem(text, recommendation=Recommendation(str(start + i), tuple(depts)))
                    for i, (text, depts) in enumerate(items)),
        style="1.",
        start=start,
    )


def summary(*texts: str) -> ItemList:
    """The summary bullets: repeats of recommendations 1..n, ids S1..Sn."""
    return ItemList(
        items=tuple(ListItem(text, recommendation=Recommendation(f"S{i}", (), duplicate_of=str(i)))
                    for i, text in enumerate(texts, start=1)),
        style="•",
    )


EZ = ("EZ",)

# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H("Voorwoord"),
    P("Wie in een dorp aan de rand van het land woont, merkt elke dag hoe ongelijk snel internet nog is verdeeld. "
      "De boer die zijn melkrobot op afstand wil laten uitlezen, de zzp'er die vanuit een oude boerderij "
      "videovergaderingen voert, de scholier die thuis een toets moet maken en de oudere die haar huisarts alleen "
      "nog via een app kan bereiken: zij zijn allemaal afhankelijk van een verbinding die in de stad "
      "vanzelfsprekend is, maar op het platteland niet."),
    P("De Raad voor de Digitale Infrastructuur heeft zich het afgelopen jaar gebogen over de vraag wat er nodig is "
      "om ook de laatste adressen, wegen en vaarwegen goed te verbinden, en hoe we voorkomen dat bewoners die minder "
      "digitaal vaardig zijn achterblijven. Wij spraken met bewoners, wethouders, gedeputeerden, aanbieders, "
      "coöperaties, bibliothecarissen en ouderenorganisaties. Hun verhalen hebben dit advies gevormd."),
    P("Ons advies richt zich tot het Rijk, de provincies, de gemeenten, de toezichthouder en de aanbieders. Niemand "
      "van hen kan het alleen. Wel vraagt de Raad van ieder van hen een duidelijke keuze, en liefst binnen deze "
      "kabinetsperiode."),
    P("Namens de Raad voor de Digitale Infrastructuur, prof. dr. ir. M.A. Wijnbergen-Lok, voorzitter"),
    PageBreak(),
    H("Samenvatting"),
    P("Ruim negen op de tien adressen in Nederland kunnen inmiddels glasvezel krijgen, maar in het buitengebied "
      "wachten nog ongeveer 140.000 adressen op een snelle vaste verbinding. Langs veel provinciale wegen en "
      "vaarwegen valt het mobiele signaal weg, en juist ouderen op het platteland hebben moeite om mee te komen nu "
      "steeds meer diensten alleen nog digitaal worden aangeboden. De Raad doet vijftien adviezen:"),
    summary(
        "Snel internet als recht – Leg wettelijk vast dat ieder adres uiterlijk in 2030 recht heeft op een vaste "
        "aansluiting van ten minste 100 Mbit/s.",
        "Restadressen in beeld – Breng jaarlijks per gemeente in kaart welke adressen nog geen snelle aansluiting "
        "hebben en maak dat overzicht openbaar.",
        "Meeleggen bij graafwerk – Leg bij iedere wegreconstructie in het buitengebied standaard lege buizen voor "
        "glasvezel mee.",
        "Bereik onderweg – Neem in de nieuwe vergunningen voor mobiele frequenties een dekkingseis op langs alle "
        "rijks- en provinciale wegen en hoofdvaarwegen.",
        "Rijksgrond voor masten – Stel locaties van Rijkswaterstaat langs wegen en vaarwegen tegen kostprijs "
        "beschikbaar voor antennemasten.",
        "Masten delen – Verplicht aanbieders om masten in witte vlekken voor elkaars antennes open te stellen.",
        "Eén loket – Provincies: stem de subsidieregelingen voor de laatste adressen op elkaar af en richt samen "
        "één loket in.",
        "Rijksbijdrage voor de duurste adressen – Vul vanaf 2026 provinciale subsidies aan met een rijksbijdrage "
        "voor adressen die voor de provincie alleen te duur zijn.",
        "Een hogere lat – Laat ook adressen met minder dan 100 Mbit/s, en niet alleen die onder 30 Mbit/s, in "
        "aanmerking komen voor steun.",
        "Open netten – ACM: zorg dat gesubsidieerde netten open zijn voor andere aanbieders, tegen vooraf "
        "vastgestelde tarieven.",
        "Koper pas uit als er iets beters is – Zet het kopernetwerk pas uit als ieder adres een gelijkwaardig "
        "alternatief heeft, en leg dat wettelijk vast.",
        "Eerlijke dekkingskaarten – Aanbieders: publiceer elk kwartaal gemeten dekkingskaarten, ook voor het bereik "
        "binnenshuis.",
        "Hulp in het dorp – Gemeenten: zorg in iedere kern voor een fysiek hulppunt voor digitale vragen.",
        "Sociaal tarief – Verplicht aanbieders tot een betaalbaar internetabonnement voor huishoudens met een laag "
        "inkomen.",
        "Leren in de buurt – Maak structureel geld vrij voor cursussen digitale vaardigheden voor ouderen op het "
        "platteland.",
    ),
    PageBreak(),
    H("1  Inleiding"),
    H2("Aanleiding"),
    P("Snel internet is in korte tijd een basisvoorziening geworden, vergelijkbaar met water, elektriciteit en een "
      "begaanbare weg. Overheden, banken, zorgaanbieders en scholen gaan ervan uit dat iedereen online is. Wie dat "
      "niet is, of alleen via een haperende verbinding, heeft een achterstand die groter wordt naarmate meer "
      "diensten uitsluitend digitaal beschikbaar zijn."),
    P("In de afgelopen tien jaar is de aanleg van glasvezel in Nederland in een hoog tempo verlopen. Marktpartijen "
      "hebben de steden en de meeste dorpen aangesloten; provincies en gemeenten hebben met subsidies en garanties "
      "geholpen om ook een groot deel van het buitengebied te bereiken. Toch blijft er een groep adressen over waar "
      "aanleg voor geen enkele partij rendabel is. Tegelijk constateren de Veiligheidsregio's en de "
      "binnenvaartsector dat het mobiele netwerk langs wegen en vaarwegen gaten vertoont die bij een ongeval of "
      "storing gevaarlijk kunnen zijn."),
    H2("Adviesvraag"),
    P("De Raad heeft dit advies op eigen initiatief opgesteld, na signalen uit verschillende provincies en van "
      "ouderenorganisaties. De Raad stelde zichzelf drie vragen:"),
    bullets(
        "Wat is nodig om uiterlijk in 2030 alle adressen in Nederland van een snelle vaste verbinding te voorzien?",
        "Hoe kan het mobiele bereik langs wegen en vaarwegen in het landelijk gebied worden verbeterd?",
        "Hoe voorkomen Rijk en gemeenten dat ouderen in het landelijk gebied digitaal achterblijven?",
    ),
    H2("Werkwijze"),
    P("De cijfers in dit advies betreffen de stand van zaken op 1 januari 2025, tenzij anders vermeld. Voor dit "
      "advies heeft de Raad:",
      footnotes=("Adressen zijn geteld op basis van de Basisregistratie Adressen en Gebouwen; bedrijfspanden en "
                 "woningen zijn samen genomen.",)),
    bullets(
        "gesproken met 63 vertegenwoordigers van overheden, aanbieders, coöperaties, bibliotheken en "
        "ouderenorganisaties (bijlage 1);",
        "werkbezoeken afgelegd in Oost-Groningen, de Achterhoek, Zeeuws-Vlaanderen en de Peel, en de "
        "subsidieregelingen van de twaalf provincies vergeleken;",
        "eigen metingen van het mobiele bereik laten uitvoeren langs 1.400 kilometer provinciale weg en 600 "
        "kilometer vaarweg;",
        "een enquête gehouden onder 1.100 inwoners van 70 jaar en ouder in kleine kernen.",
    ),
    H2("Leeswijzer"),
    P("Hoofdstuk 2 gaat over glasvezel in het buitengebied en hoofdstuk 3 over mobiel bereik langs wegen en "
      "vaarwegen. Hoofdstuk 4 bevat de dilemma's die de Raad tijdens zijn werk tegenkwam en waarover het gesprek "
      "nog moet worden gevoerd. De hoofdstukken 5, 6 en 7 gaan over geld en regie, over markt en toezicht en over "
      "digitale inclusie. Elk hoofdstuk sluit af met de adviezen van de Raad; zij zijn doorlopend genummerd."),
    PageBreak(),
    H("2  Glasvezel tot het laatste adres"),
    H2("Stand van de aanleg"),
    P("Begin 2025 kon 92 procent van de adressen in Nederland een glasvezelaansluiting krijgen. In de steden ligt "
      "dat percentage boven de 97 procent, in het buitengebied rond de 80 procent. Een deel van de adressen zonder "
      "glasvezel heeft wel een snelle kabelverbinding; uiteindelijk blijven er naar schatting van de Raad zo'n "
      "140.000 adressen over die niet over een vaste verbinding van ten minste 100 Mbit/s beschikken. Het gaat "
      "vooral om verspreid liggende boerderijen, woningen aan doodlopende wegen en woonboten."),
    P("Voor deze adressen is de aanleg duur. De Raad zag offertes van 8.000 tot ruim 25.000 euro per adres, "
      "vooral door de lengte van de benodigde graafsleuf. Aanbieders die elders in de regio glasvezel aanleggen, "
      "slaan deze adressen over, en bewoners kunnen de kosten zelden zelf opbrengen."),
    H2("De laatste adressen"),
    P("Het ontbreekt nu aan een betrouwbaar beeld van welke adressen het precies betreft. Aanbieders melden hun "
      "plannen niet altijd volledig, provincies houden ieder hun eigen lijsten bij en gemeenten weten vaak niet "
      "welke van hun inwoners buiten de boot vallen. Daardoor worden subsidies soms aangevraagd voor adressen die "
      "een aanbieder al had gepland, terwijl andere adressen uit beeld verdwijnen.",
      footnotes=("In twee provincies trof de Raad lijsten aan waarin meer dan tien procent van de adressen al "
                 "door een marktpartij was aangesloten.",)),
    P("De Europese Code voor elektronische communicatie laat lidstaten toe om een adequate breedbanddienst onder "
      "de universele dienst te brengen. Nederland heeft die mogelijkheid tot nu toe beperkt benut: de huidige "
      "universele dienst omvat alleen een basale internetverbinding die geschikt is voor e-mail en eenvoudige "
      "diensten. De Raad meent dat het tijd is die ondergrens te verhogen, zodat bewoners zekerheid krijgen dat "
      "ook hun adres wordt aangesloten."),
    H2("Graven en meeleggen"),
    P("Het grootste deel van de kosten zit in het graven. Gemeenten en waterschappen werken elk jaar aan honderden "
      "kilometers weg in het buitengebied. Wanneer daarbij standaard een lege buis wordt meegelegd, kan later "
      "tegen een fractie van de kosten glasvezel worden ingeblazen. Sommige gemeenten doen dit al; de meeste niet, "
      "omdat er op het moment van de werkzaamheden geen aanbieder is die de buis wil gebruiken en de gemeente de "
      "kosten niet wil voorschieten."),
    H2("Onze adviezen"),
    P("Op grond van deze analyse adviseert de Raad:"),
    advice(
        1,
        ("De minister van Economische Zaken legt in de Telecommunicatiewet vast dat ieder adres in Nederland "
         "uiterlijk in 2030 recht heeft op een vaste aansluiting van ten minste 100 Mbit/s, en wijst daarvoor zo "
         "nodig een aanbieder van de universele dienst aan.", EZ),
        ("De minister van Economische Zaken brengt samen met de provincies ieder jaar in kaart welke adressen nog "
         "geen aansluiting van ten minste 100 Mbit/s hebben, en maakt dat overzicht per gemeente openbaar.",
         ("EZ", "OTHER")),
        ("Gemeenten in het landelijk gebied leggen bij iedere reconstructie of herinrichting van een weg standaard "
         "mantelbuizen voor glasvezel mee, ook als er op dat moment nog geen aanbieder is die het tracé wil "
         "gebruiken.", ("GEMEENTEN",)),
    ),
    PageBreak(),
    H("3  Mobiel bereik onderweg"),
    H2("Witte vlekken langs wegen en water"),
    P("De landelijke dekkingskaarten van de aanbieders wekken de indruk dat vrijwel heel Nederland goed mobiel "
      "bereik heeft. De metingen die de Raad liet uitvoeren, geven een ander beeld. Langs 11 procent van de "
      "gemeten provinciale wegen was de downloadsnelheid lager dan 10 Mbit/s, en op 4 procent van de trajecten was "
      "er over een afstand van meer dan een kilometer geen bruikbaar signaal. Op de vaarwegen waren de gaten "
      "groter, vooral bij sluizen, in de uiterwaarden en op de kanalen in het noorden en oosten."),
    P("Dat is meer dan een ongemak. Binnenvaartschippers gebruiken mobiel internet voor hun navigatie en "
      "meldingen, hulpdiensten zijn afhankelijk van mobiele data om een ongeval te lokaliseren, en nieuwe "
      "toepassingen in auto's en landbouwvoertuigen veronderstellen een stabiele verbinding."),
    H2("Vergunningen en verplichtingen"),
    P("De vergunningen voor het gebruik van frequenties bevatten al dekkingseisen, maar die zijn geformuleerd als "
      "een percentage van het landoppervlak of van de gemeenten. Een aanbieder die daaraan voldoet, kan nog steeds "
      "lange stukken weg en vaarweg onbediend laten. In 2030 lopen de vergunningen in de 900 MHz-band af. Die "
      "band reikt ver en is daardoor bij uitstek geschikt voor het landelijk gebied. De nieuwe verdeling is een "
      "kans die niet vaak terugkomt."),
    H2("Antennelocaties"),
    P("Aanbieders noemen het vinden van een locatie voor een mast als grootste knelpunt. Langs snelwegen en "
      "vaarwegen is de grond vaak in handen van het Rijk, maar de procedures van Rijkswaterstaat verschillen per "
      "regio en de gevraagde vergoedingen lopen sterk uiteen. In dunbevolkte gebieden staat bovendien vaak maar "
      "één mast, van één aanbieder. Klanten van de andere aanbieders hebben daar geen bereik, terwijl de mast "
      "technisch ruimte biedt voor meer antennes. De Telecommunicatiewet kent een regeling voor medegebruik, maar "
      "die is in de praktijk zelden toegepast."),
    H2("Onze adviezen"),
    advice(
        4,
        ("De minister van Economische Zaken neemt bij de verdeling van de vergunningen in de 900 MHz-band, die in "
         "2030 aflopen, een dekkingseis op van ten minste 30 Mbit/s langs alle rijkswegen, provinciale wegen en "
         "hoofdvaarwegen.", EZ),
        ("De minister van Infrastructuur en Waterstaat zorgt ervoor dat Rijkswaterstaat geschikte locaties op "
         "rijksgrond langs snelwegen en vaarwegen en bij sluizen en bruggen tegen kostprijs beschikbaar stelt voor "
         "antennemasten, met één vaste procedure voor het hele land.", ("IenW",)),
        ("De minister van Economische Zaken verplicht mobiele aanbieders om in gebieden waar slechts één van hen een "
         "mast heeft, die mast tegen een redelijke vergoeding open te stellen voor de antennes van de andere "
         "aanbieders.", EZ),
    ),
    H("4  Dilemma's"),
    P("Tijdens zijn werk stuitte de Raad op vragen waarop geen eenduidig antwoord bestaat. De Raad doet daarover "
      "in dit advies geen aanbevelingen, maar wil ze wel expliciet benoemen, omdat de keuzes die Rijk, provincies "
      "en gemeenten de komende jaren maken er impliciet een antwoord op geven. De Raad legt ze daarom aan de "
      "betrokken overheden en aan de Tweede Kamer voor."),
    ItemList(style="1.", items=(
        ListItem("Moet de overheid ook de allerlaatste adressen op glasvezel aansluiten, ook als dat meer dan "
                 "25.000 euro per adres kost, of is een verbinding via satelliet of vast-draadloos 5G daar een "
                 "aanvaardbaar alternatief?"),
        ListItem("Hoe ver mag overheidssteun voor het buitengebied gaan voordat zij de investeringen van "
                 "aanbieders verdringt die zonder steun ook zouden zijn gedaan?"),
        ListItem("Wie is verantwoordelijk wanneer een dorp na het uitzetten van het kopernetwerk tijdelijk slechter "
                 "verbonden is dan daarvoor: de aanbieder, de toezichthouder of de overheid die het uitzetten "
                 "toestond?"),
        ListItem("Is digitale hulp voor ouderen een voorziening waarop zij moeten kunnen rekenen, of blijft zij een "
                 "taak van vrijwilligers, familie en bibliotheken?"),
    )),
    P("Het eerste dilemma raakt aan de vraag wat 'snel' is. Een satellietverbinding haalt inmiddels snelheden die "
      "vijf jaar geleden ondenkbaar waren, maar heeft een hogere vertraging en is gevoeliger voor weer en "
      "capaciteitsgebrek. Vast-draadloze verbindingen kunnen voor enkele tientallen adressen een oplossing zijn, "
      "maar vragen om masten die ook weer een plek moeten krijgen."),
    P("Het tweede dilemma is bekend uit de Europese staatssteunregels. Steun is alleen toegestaan waar de markt "
      "aantoonbaar tekortschiet. De Raad hoorde van aanbieders dat aangekondigde subsidies soms leiden tot "
      "afwachtend gedrag: waarom zelf investeren als de overheid straks meebetaalt? Provincies gaven omgekeerd "
      "aan dat de verplichte markttoetsen veel tijd kosten."),
    P("Het derde en vierde dilemma gaan over verantwoordelijkheid in een markt waarin de overheid geen aanbieder is. "
      "De Raad kiest in de volgende hoofdstukken een richting, maar erkent dat daar ook andere antwoorden op "
      "mogelijk zijn."),
    PageBreak(),
    H("5  Geld en regie"),
    H2("Provinciale regelingen"),
    P("Tien van de twaalf provincies hebben een regeling om de aanleg van glasvezel in het buitengebied te "
      "ondersteunen. De regelingen verschillen sterk. Sommige provincies verlenen een subsidie per adres, andere "
      "een lening aan een coöperatie of een garantie aan een aanbieder. De bedragen lopen uiteen van 1.500 tot "
      "7.000 euro per adres. Ook de voorwaarden verschillen: de ene provincie steunt alleen adressen met minder dan "
      "30 Mbit/s, de andere alle adressen zonder glasvezel."),
    P("Voor aanbieders die in meer provincies actief zijn, en voor bewoners die op een provinciegrens wonen, is dit "
      "lastig. De Raad sprak een bewoner in de Peel wiens buren aan de overkant van de weg, in een andere "
      "provincie, wel subsidie kregen. Zij kon zelf nergens terecht."),
    H2("De rol van het Rijk"),
    P("Het Rijk heeft zich tot nu toe beperkt tot het stellen van kaders. De financiering van de laatste adressen "
      "wordt aan de provincies en gemeenten overgelaten. Voor provincies met veel verspreide bebouwing en een "
      "beperkte begroting is dat een zware last. De Raad ziet dat juist in die provincies het aantal restadressen "
      "het hoogst is. Een bijdrage van het Rijk die provinciale steun aanvult, kan voorkomen dat de woonplaats "
      "bepaalt of iemand wordt aangesloten."),
    H2("Europese kaders"),
    P("Onder de Europese richtsnoeren voor staatssteun aan breedbandnetwerken mag steun worden gegeven in gebieden "
      "waar de markt geen netwerk van voldoende kwaliteit biedt. Nederland hanteert in zijn landelijke kader nog "
      "een grens van 30 Mbit/s. Adressen met een koperverbinding van 40 of 50 Mbit/s gelden daardoor als goed "
      "bediend, ook als die verbinding in de praktijk onvoldoende is voor thuiswerken of een videoconsult. De "
      "richtsnoeren laten sinds 2023 een hogere grens toe.",
      footnotes=("Richtsnoeren van de Europese Commissie voor staatssteun ten behoeve van breedbandnetwerken, "
                 "2023.",)),
    H2("Onze adviezen"),
    advice(
        7,
        ("De provincies stemmen hun subsidieregelingen voor de aansluiting van de laatste adressen op elkaar af, "
         "met gelijke criteria en bedragen, en richten via het Interprovinciaal Overleg één digitaal loket in voor "
         "bewoners en aanbieders.", ("OTHER",)),
        ("De minister van Economische Zaken stelt vanaf 2026 een rijksbijdrage beschikbaar die provinciale subsidies "
         "aanvult voor adressen waar de aansluitkosten zo hoog zijn dat provincies ze niet alleen kunnen dragen.",
         EZ),
        ("De minister van Economische Zaken verhoogt in het landelijke kader voor breedbandsteun de grens waaronder "
         "een adres als onvoldoende bediend geldt van 30 naar 100 Mbit/s, zodat ook adressen met een trage "
         "koperverbinding voor steun in aanmerking komen.", EZ),
    ),
    H("6  Markt en toezicht"),
    H2("Open toegang"),
    P("Waar een net met overheidsgeld is aangelegd, moet het ook voor andere aanbieders toegankelijk zijn. Dat is "
      "een voorwaarde uit de staatssteunregels, maar de Raad zag dat de invulling verschilt. In een aantal gebieden "
      "waar een coöperatie met provinciale steun een net heeft aangelegd, biedt slechts één aanbieder diensten aan. "
      "Andere aanbieders noemden de gevraagde toegangsprijzen te hoog. Bewoners hebben daardoor minder keuze en "
      "betalen meer dan in de stad."),
    P("De Autoriteit Consument en Markt (ACM) kan geschillen over toegang beslechten, maar treedt pas op na een "
      "klacht. De Raad meent dat vooraf duidelijkheid over tarieven meer oplevert dan geschilbeslechting achteraf."),
    H2("Afscheid van koper"),
    P("De grootste aanbieder heeft aangekondigd het kopernetwerk tussen 2026 en 2030 in fasen uit te schakelen. "
      "Voor de meeste adressen is dat geen probleem, omdat er glasvezel of kabel ligt. Voor een deel van de "
      "restadressen is het koperen netwerk echter de enige vaste verbinding. Zonder waarborgen dreigen juist deze "
      "bewoners er tijdelijk op achteruit te gaan. De Telecommunicatiewet bevat geen specifieke regels voor het "
      "uitfaseren van een netwerk."),
    H2("Wat de kaart belooft"),
    P("Bewoners en gemeenten gebruiken de dekkingskaarten van aanbieders om te beoordelen of een gebied goed "
      "bereikbaar is. Die kaarten zijn gebaseerd op berekeningen en geven het bereik buitenshuis weer. In "
      "boerderijen met dikke muren of in kelders is het bereik vaak veel slechter dan de kaart suggereert. De Raad "
      "vond trajecten waar de kaart een goede dekking aangaf en de meting geen signaal."),
    H2("Onze adviezen"),
    advice(
        10,
        ("De ACM ziet erop toe dat glasvezelnetten die met overheidssteun zijn aangelegd open toegang bieden aan "
         "andere aanbieders, tegen tarieven die de ACM vooraf vaststelt.", EZ),
        ("Aanbieders schakelen het kopernetwerk in een gebied pas uit als ieder aangesloten adres daar een "
         "alternatief van vergelijkbare of betere kwaliteit kan krijgen; de minister van Economische Zaken legt die "
         "voorwaarde wettelijk vast.", ("EZ", "OTHER")),
        ("Mobiele aanbieders publiceren elk kwartaal dekkingskaarten die zijn gebaseerd op metingen in plaats van "
         "berekeningen, met afzonderlijke informatie over het bereik binnenshuis en langs wegen.", ("OTHER",)),
    ),
    PageBreak(),
    H("7  Niemand digitaal achter"),
    H2("Ouderen op het platteland"),
    P("In kleine kernen is het aandeel inwoners van 75 jaar en ouder de afgelopen tien jaar sterk gestegen. Uit de "
      "enquête van de Raad blijkt dat 38 procent van hen zich onzeker voelt bij het regelen van zaken via "
      "internet, zoals bankieren, een afspraak bij de huisarts of het aanvragen van een toeslag. Een kwart heeft "
      "geen familie in de buurt die kan helpen. Het sluiten van bankfilialen, gemeentelijke balies en "
      "postkantoren in dorpen maakt het probleem groter."),
    H2("Hulp dichtbij"),
    P("Sinds 2019 bestaan in bibliotheken Informatiepunten Digitale Overheid, waar inwoners terechtkunnen met vragen "
      "over digitale overheidsdiensten. In de steden werkt dat goed. In het landelijk gebied ligt de dichtstbijzijnde "
      "bibliotheek echter vaak tien kilometer of verder weg, en het openbaar vervoer is er beperkt. De Raad zag in "
      "Zeeuws-Vlaanderen een rijdende bibliotheek die ook digitale hulp biedt; ouderen maakten er graag gebruik "
      "van."),
    H2("Betaalbaarheid"),
    P("Voor huishoudens met een laag inkomen is een internetabonnement een aanzienlijke uitgave. Sommige aanbieders "
      "bieden uit eigen beweging een goedkoper abonnement aan, maar dat is niet overal beschikbaar en vaak "
      "onbekend. In verschillende Europese landen bestaat een verplicht sociaal tarief."),
    P("Ten slotte blijkt uit de gesprekken dat cursussen digitale vaardigheden het meeste opleveren als zij dichtbij "
      "worden gegeven, in kleine groepen en door mensen die de deelnemers kennen. De financiering van zulke "
      "cursussen is nu projectmatig en loopt vaak na een of twee jaar af."),
    H2("Onze adviezen"),
    advice(
        13,
        ("Gemeenten zorgen ervoor dat inwoners in iedere kern met meer dan 500 inwoners in hun eigen dorp "
         "terechtkunnen bij een fysiek hulppunt voor vragen over internet en digitale overheidsdiensten, zo nodig "
         "met een rijdende voorziening.", ("GEMEENTEN",)),
        ("De minister van Economische Zaken verplicht aanbieders van vaste en mobiele internetdiensten om "
         "huishoudens met een laag inkomen een sociaal tarief aan te bieden.", EZ),
        ("De staatssecretaris voor Digitalisering maakt structureel budget vrij voor cursussen digitale "
         "vaardigheden voor ouderen in het landelijk gebied, uit te voeren door bibliotheken en "
         "ouderenorganisaties.", ("KR&D",)),
    ),
    PageBreak(),
    H("Bijlage 1  Gesprekspartners"),
    P("De Raad sprak onder meer met vertegenwoordigers van de volgende organisaties en groepen:"),
    bullets(
        "het Interprovinciaal Overleg en de provincies Groningen, Gelderland, Zeeland en Limburg;",
        "de Vereniging van Nederlandse Gemeenten en twaalf gemeenten in het landelijk gebied;",
        "de ministeries van Economische Zaken, van Infrastructuur en Waterstaat en van Binnenlandse Zaken en "
        "Koninkrijksrelaties;",
        "de Rijksinspectie Digitale Infrastructuur en de Autoriteit Consument en Markt;",
        "vier vaste en drie mobiele aanbieders, en vijf glasvezelcoöperaties;",
        "de Koninklijke Bibliotheek en zes lokale bibliotheken;",
        "twee ouderenbonden, een vereniging van binnenvaartschippers en een veiligheidsregio.",
    ),
)

REPORT = Document(
    title="Verbonden tot het laatste erf",
    subtitle="Advies over snel internet in het landelijk gebied",
    blocks=REPORT_BLOCKS,
    running_header="Raad voor de Digitale Infrastructuur – Verbonden tot het laatste erf",
    footer="{page}",
    font_family="serif",
    imprint=("Raad voor de Digitale Infrastructuur", "Advies 2025/03", "Den Haag, juni 2025"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

R4 = ("Het advies om in de vergunningen voor de 900 MHz-band een dekkingseis langs wegen en vaarwegen op te nemen, "
      "neem ik over.")
R6 = ("Het voorstel om aanbieders te verplichten hun masten in witte vlekken voor elkaar open te stellen, neem ik "
      "niet over.")

RESPONSE_BLOCKS = (
    P("Datum: 14 oktober 2025"),
    P("Betreft: Reactie op het advies 'Verbonden tot het laatste erf' van de Raad voor de Digitale Infrastructuur"),
    P("Geachte Voorzitter,"),
    P("Op 17 juni 2025 heeft de Raad voor de Digitale Infrastructuur zijn advies 'Verbonden tot het laatste erf' "
      "uitgebracht over snel internet in het landelijk gebied. Met deze brief geef ik, mede namens de minister van "
      "Infrastructuur en Waterstaat en de staatssecretaris voor Digitalisering, de reactie van het kabinet op dit "
      "advies."),
    P("Ik dank de Raad voor zijn heldere en goed onderbouwde advies. De metingen langs wegen en vaarwegen en de "
      "enquête onder ouderen in kleine kernen geven een beeld dat in de landelijke cijfers niet zichtbaar is. Ik "
      "deel de ambitie van de Raad dat iedereen in Nederland, waar hij ook woont, kan beschikken over een goede "
      "verbinding en kan meedoen in een samenleving die steeds verder digitaliseert."),
    P("Nederland staat er in Europees opzicht goed voor. Eind 2024 kon 92 procent van de adressen glasvezel "
      "krijgen en had vrijwel ieder adres toegang tot een vaste of mobiele verbinding van ten minste 30 Mbit/s. "
      "Dat resultaat is grotendeels door marktpartijen bereikt, met aanvullende steun van provincies en gemeenten. "
      "Het kabinet wil die rolverdeling in stand houden en de overheid vooral laten optreden waar de markt "
      "aantoonbaar tekortschiet."),
    P("Hieronder ga ik per thema in op de adviezen van de Raad."),
    H2("Glasvezel tot het laatste adres"),
    P("De Raad adviseert om voor ieder adres een wettelijk recht op een snelle vaste aansluiting vast te leggen. Ik "
      "begrijp de wens om bewoners van afgelegen adressen zekerheid te geven. Ik kies er niet voor om een "
      "dergelijk recht in de wet op te nemen. Een wettelijk recht met een aangewezen aanbieder zou de lopende "
      "aanleg door marktpartijen en coöperaties verstoren, omdat aanbieders zouden wachten tot de overheid de "
      "duurste adressen voor haar rekening neemt. Ik zet liever in op een gerichte aanpak van de resterende "
      "adressen, zoals ik hieronder toelicht.",
      answers=(Answer("1", "disagree",
                      "Ik kies er niet voor om een dergelijk recht in de wet op te nemen."),)),
    P("Voor een gerichte aanpak is het nodig precies te weten om welke adressen het gaat. De Rijksinspectie "
      "Digitale Infrastructuur publiceert vanaf 1 april 2026 ieder jaar een landelijk overzicht van alle adressen "
      "zonder aansluiting van ten minste 100 Mbit/s, opgesteld samen met de provincies en uitgesplitst per "
      "gemeente. Voor de opbouw en het beheer van dit overzicht is structureel € 0,6 miljoen per jaar vrijgemaakt.",
      answers=(Answer("2", "agree",
                      "De Rijksinspectie Digitale Infrastructuur publiceert vanaf 1 april 2026 ieder jaar een "
                      "landelijk overzicht van alle adressen zonder aansluiting van ten minste 100 Mbit/s, "
                      "opgesteld samen met de provincies en uitgesplitst per gemeente."),)),
    P("Het meeleggen van buizen en kabels bij graafwerkzaamheden heeft al een wettelijke basis. Sinds 2018 "
      "verplicht de Wet informatie-uitwisseling bovengrondse en ondergrondse netten en netwerken netbeheerders en "
      "overheden die civiele werken uitvoeren om in te gaan op redelijke verzoeken tot coördinatie van die werken. "
      "Gemeenten kunnen daarnaast in hun verordening voor ondergrondse infrastructuur regels stellen over het "
      "gelijktijdig graven. Veel gemeenten in het buitengebied maken daar al gebruik van, bijvoorbeeld bij de "
      "reconstructie van plattelandswegen."),
    H2("Mobiel bereik onderweg"),
    P("Goed mobiel bereik langs wegen en vaarwegen is ook een kwestie van veiligheid, voor weggebruikers, "
      "schippers en hulpdiensten. " + R4 + " Bij de verdeling van deze band na 2030 zal ik een dekkingseis van ten "
      "minste 30 Mbit/s opnemen voor alle rijkswegen, provinciale wegen en hoofdvaarwegen, en de Rijksinspectie "
      "Digitale Infrastructuur zal de naleving daarvan controleren met eigen metingen. " + R6 + " Aanbieders delen "
      "nu al op vrijwillige basis een groot deel van hun opstelpunten, en de Telecommunicatiewet geeft de ACM de "
      "bevoegdheid om medegebruik af te dwingen waar partijen er samen niet uitkomen.",
      answers=(Answer("4", "agree", R4), Answer("6", "disagree", R6))),
    P("De minister van Infrastructuur en Waterstaat heeft gekeken naar de mogelijkheden om rijksgrond langs "
      "snelwegen en vaarwegen beschikbaar te stellen voor antennemasten. Rijkswaterstaat start begin 2026 een pilot "
      "op twee trajecten, langs de A7 tussen Drachten en Groningen en langs het Prinses Margrietkanaal, waarin "
      "aanbieders locaties op rijksgrond kunnen huren tegen een vergoeding die de kosten dekt. Over een landelijke "
      "regeling besluit de minister van Infrastructuur en Waterstaat na de evaluatie van de pilot, eind 2027.",
      answers=(Answer("5", "partial",
                      "Rijkswaterstaat start begin 2026 een pilot op twee trajecten, langs de A7 tussen Drachten en "
                      "Groningen en langs het Prinses Margrietkanaal, waarin aanbieders locaties op rijksgrond "
                      "kunnen huren tegen een vergoeding die de kosten dekt."),)),
    H2("Financiering en rolverdeling"),
    P("Provincies hebben de afgelopen jaren veel gedaan om de aanleg van glasvezel in het buitengebied mogelijk te "
      "maken. Ik heb waardering voor die inzet. De verschillen tussen de provinciale regelingen die de Raad "
      "beschrijft, zijn het gevolg van verschillende regionale omstandigheden en keuzes."),
    P("De Raad vraagt de provincies om hun subsidieregelingen op elkaar af te stemmen en één loket in te richten "
      "voor bewoners en aanbieders. Dit is aan de provincies. Ik heb het advies onder de aandacht gebracht van het "
      "Interprovinciaal Overleg, dat het in zijn vergadering van december zal bespreken."),
    P("Voor de duurste adressen schiet provinciale steun soms tekort, vooral in provincies met veel verspreide "
      "bebouwing. Het kabinet heeft daarom bij de Voorjaarsnota voor de jaren 2026 tot en met 2029 in totaal € 120 "
      "miljoen gereserveerd voor een rijksbijdrage die provinciale subsidies voor deze adressen aanvult. De "
      "regeling wordt op 1 maart 2026 opengesteld en door de Rijksdienst voor Ondernemend Nederland uitgevoerd.",
      answers=(Answer("8", "agree",
                      "Het kabinet heeft daarom bij de Voorjaarsnota voor de jaren 2026 tot en met 2029 in totaal "
                      "€ 120 miljoen gereserveerd voor een rijksbijdrage die provinciale subsidies voor deze "
                      "adressen aanvult."),)),
    P("Ik deel de analyse van de Raad dat adressen met een trage koperverbinding net boven de 30 Mbit/s buiten de "
      "boot dreigen te vallen. Het verhogen van de steungrens naar 100 Mbit/s acht ik op dit moment echter niet "
      "opportuun. Een hogere grens vraagt per gebied een zware markttoets en vergroot het risico dat steun "
      "investeringen verdringt die aanbieders zelf al hadden gepland. Ik verwacht dat de rijksbijdrage en de "
      "provinciale regelingen de meeste van deze adressen binnen de huidige kaders kunnen bereiken.",
      answers=(Answer("9", "disagree",
                      "Het verhogen van de steungrens naar 100 Mbit/s acht ik op dit moment echter niet "
                      "opportuun."),)),
    H2("Digitale inclusie"),
    P("Ik onderschrijf het belang dat de Raad hecht aan de positie van ouderen in het landelijk gebied. Het kabinet "
      "werkt sinds 2022 met de Werkagenda Waardengedreven Digitaliseren aan een overheid die ook bereikbaar blijft "
      "voor wie niet digitaal vaardig is. Daarbij blijft de mogelijkheid bestaan om overheidszaken per telefoon, "
      "per brief of aan een balie te regelen."),
    P("De Raad adviseert gemeenten om in iedere kern een fysiek hulppunt voor digitale vragen te organiseren. De "
      "staatssecretaris voor Digitalisering verkent met de VNG en de Koninklijke Bibliotheek of de Informatiepunten "
      "Digitale Overheid met een rijdende voorziening ook kleine kernen kunnen bedienen. Zij informeert uw Kamer "
      "daarover voor de zomer van 2026.",
      answers=(Answer("13", "partial",
                      "De staatssecretaris voor Digitalisering verkent met de VNG en de Koninklijke Bibliotheek of "
                      "de Informatiepunten Digitale Overheid met een rijdende voorziening ook kleine kernen kunnen "
                      "bedienen."),)),
    P("Voor cursussen digitale vaardigheden voor ouderen in het landelijk gebied stelt de staatssecretaris voor "
      "Digitalisering vanaf 2026 structureel € 7,5 miljoen per jaar beschikbaar. Bibliotheken en ouderenbonden "
      "kunnen daar samen een beroep op doen, zodat cursussen niet langer na een of twee jaar ophouden.",
      answers=(Answer("15", "agree",
                      "Voor cursussen digitale vaardigheden voor ouderen in het landelijk gebied stelt de "
                      "staatssecretaris voor Digitalisering vanaf 2026 structureel € 7,5 miljoen per jaar "
                      "beschikbaar."),)),
    P("Ik ga aanbieders niet verplichten tot een sociaal tarief voor internet. Huishoudens die de kosten van een "
      "abonnement niet kunnen dragen, kunnen een beroep doen op de bijzondere bijstand van hun gemeente, en "
      "verschillende aanbieders bieden al uit eigen beweging een goedkoper abonnement aan. Ik zal met de aanbieders "
      "bespreken hoe deze abonnementen beter bekend kunnen worden.",
      answers=(Answer("14", "disagree",
                      "Ik ga aanbieders niet verplichten tot een sociaal tarief voor internet."),)),
    H2("Markt en toezicht"),
    P("De ACM is een onafhankelijke toezichthouder en bepaalt zelf hoe zij haar taken uitvoert. Wel ben ik "
      "verantwoordelijk voor de regels waarbinnen zij dat doet en voor de voorwaarden die aan overheidssteun worden "
      "verbonden."),
    P("Netten die met publiek geld worden aangelegd, moeten ook voor andere aanbieders toegankelijk zijn. Open "
      "toegang maak ik een voorwaarde voor steun uit de nieuwe rijksregeling, maar voor door de ACM vooraf "
      "vastgestelde tarieven zie ik geen aanleiding. De regeling volstaat met de eis dat toegangsprijzen redelijk "
      "en niet-discriminerend zijn; bij een geschil kan de ACM ingrijpen.",
      answers=(Answer("10", "partial",
                      "Open toegang maak ik een voorwaarde voor steun uit de nieuwe rijksregeling, maar voor door de "
                      "ACM vooraf vastgestelde tarieven zie ik geen aanleiding."),)),
    P("De grootste aanbieder heeft aangekondigd het kopernetwerk tussen 2026 en 2030 in fasen uit te schakelen. "
      "Ik volg het advies van de Raad om dat in een gebied pas toe te staan als ieder aangesloten adres een "
      "alternatief van vergelijkbare kwaliteit kan krijgen. Ik neem die voorwaarde op in een wijziging van de "
      "Telecommunicatiewet, die in het voorjaar van 2026 in consultatie gaat.",
      answers=(Answer("11", "agree",
                      "Ik volg het advies van de Raad om dat in een gebied pas toe te staan als ieder aangesloten "
                      "adres een alternatief van vergelijkbare kwaliteit kan krijgen."),)),
    H2("Tot slot"),
    P("Het advies van de Raad laat zien dat de laatste stap vaak de moeilijkste is. Het kabinet zet met de "
      "rijksbijdrage, de nieuwe dekkingseisen en de waarborgen bij het uitfaseren van koper belangrijke stappen. "
      "Ik informeer uw Kamer jaarlijks, bij de publicatie van het landelijk overzicht van de restadressen, over de "
      "voortgang."),
    P("De minister van Economische Zaken,"),
    P("mr. J.C. van Oostveen-Daalder"),
)

RESPONSE = Document(
    title="Kabinetsreactie op het advies 'Verbonden tot het laatste erf'",
    subtitle="Brief van de minister van Economische Zaken aan de Voorzitter van de Tweede Kamer der Staten-Generaal",
    blocks=RESPONSE_BLOCKS,
    running_header="Kabinetsreactie advies Raad voor de Digitale Infrastructuur",
    footer="Pagina {page} van {pages}",
    font_family="sans",
    title_page=False,
)

PAIR = Pair(
    name="broadband_rural_council",
    report=REPORT,
    response=RESPONSE,
    description="Raad voor de Digitale Infrastructuur advice on rural broadband: a one-page summary of 15 'Title – "
                "text' bullets (duplicates), chapters closing with 'Onze adviezen' numbered 1-15 continuously, a "
                "chapter of numbered 'Dilemma's'; the EZ minister's letter answers by theme without numbers, 4 and "
                "6 in one paragraph, 3 only existing policy, 7 passed to the provinces, 12 not mentioned.",
)
