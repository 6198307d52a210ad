"""Pair: a fictional Raad voor Bestuur en Democratie advice on the position of municipal councils, and the answer of
the minister of BZK (also on behalf of the minister of Financiën).

Layout traits this pair tests: a serif report with a title page and imprint, a running header and chapters numbered
"1 Aanleiding en vraagstelling" ... "7 Slotbeschouwing".  Chapter 1 has an earlier numbered list "1." - "4." of
four developments that are NOT recommendations; chapter 3 and chapter 6 carry box-like bold paragraphs with a quote
of a council member; chapter 7.1 lists three conclusions lettered "a)" - "c)" (not recommendations).  The fifteen
recommendations sit in section 7.2 "Geef de raad weer ruimte", grouped under level-3 theme headings, labelled with
upper-case roman numbers "I." - "XV." (continuous across the themes).  Some are imperatives after a bold lead-in
naming the addressee ("Aan de minister van Binnenlandse Zaken en Koninkrijksrelaties:"), others are self-contained
"De Raad adviseert de minister van BZK om ..." items (III, IV to the VNG, V to the colleges, XI, XIII), so the
addressee must be read from the item or from the lead-in above it.  Recommendation I has lettered sub-items a. and
b.  Note that
"de Raad" (the advisory council) and "de raad" (the municipal council) are both used throughout.

The response is a sans letter with a letterhead (no title page), structured by the report's themes; some answers
cite the roman number in brackets, others only the subject.  Gold positions:
I partial ("neem ik deels over": money yes, statutory staffing minimum no); II agree ("Ik neem deze aanbeveling
over"); III partial (only studied in the Wgr evaluation); IV not addressed ("Het is aan de VNG zelf ..."); V (to
the colleges) not addressed (a paragraph only describes the existing Gemeentewet/Wgr information duties); VI (to
the councils) agree (onderschrijf, answered by subject only, before V and IV); VII disagree, blunt ("Dat doet het kabinet niet."); VIII partial (only explored) and IX agree ("neemt de
aanbeveling over") in one paragraph, IX answered first; X (to the provinces) never mentioned; XI disagree by pointing at the autonomy the
Grondwet and Gemeentewet give municipalities and XII agree, in one paragraph; XIII agree (onderschrijf, with JenV);
XIV agree without cue word (bill submitted by 1 December 2025, in force 1 July 2026); XV agree without cue word
(EUR 3 million a year for a joint training programme of the parties).  All prose is fictional and written for this
test set.
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


def lead(text: str) -> Paragraph:
    return Paragraph(text, bold=True)


def R(number: str, *departments: str) -> Recommendation:
    return Recommendation(number, tuple(departments))


def recs(*items: tuple[str, str, tuple[str, ...]] | ListItem) -> ItemList:
    """A list of recommendations labelled with their roman number ("I.", "II.", ...)."""
    built = []
    for item in items:
        if isinstance(item, ListItem):
            built.append(item)
        else:
            number, text, depts = item
            built.append(ListItem(text, recommendation=R(number, *depts)))
    return ItemList(items=tuple(built), style="1.")


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H("Voorwoord"),
    P("Wie in een willekeurige gemeente op een dinsdagavond de raadszaal binnenloopt, ziet de lokale democratie aan "
      "het werk. Negentien, zevenentwintig of vijfenveertig mensen die overdag een baan, een bedrijf of een gezin "
      "hebben, buigen zich over een bestemmingsplan, een begrotingswijziging of de jaarrekening van een "
      "afvalbedrijf dat zij met elf andere gemeenten bezitten. Zij doen dat in het openbaar, met weinig "
      "ondersteuning en steeds vaker onder het toeziend oog van inwoners die hun ongenoegen niet alleen in de "
      "raadszaal, maar ook online en soms bij de voordeur uiten."),
    P("De minister van Binnenlandse Zaken en Koninkrijksrelaties vroeg de Raad in het najaar van 2024 om te "
      "adviseren over de vraag hoe het met die gemeenteraad gaat, en wat er nodig is om de raad zijn rol als "
      "hoogste orgaan van de gemeente te laten vervullen. De Raad heeft daarvoor gesproken met raadsleden, griffiers, "
      "wethouders, burgemeesters, ambtenaren, inwoners en wetenschappers, en een enquête gehouden onder alle "
      "raadsleden in Nederland. Wij danken allen die hun tijd en ervaring met ons hebben gedeeld."),
    P("Het beeld dat uit dit advies naar voren komt, is niet somber, maar wel zorgelijk. Raadsleden zijn gemotiveerd "
      "en betrokken, maar zij lopen aan tegen de grenzen van wat een deeltijdfunctie kan dragen. Een groot deel van "
      "de gemeentelijke taken wordt uitgevoerd in regionale verbanden waar de raad weinig zicht op heeft. De "
      "financiële ruimte om eigen keuzes te maken is de afgelopen jaren kleiner geworden. En wie zich verkiesbaar "
      "stelt, moet rekening houden met intimidatie. Dit advies gaat over de vraag wat het Rijk, de gemeenten zelf en "
      "de politieke partijen daaraan kunnen doen."),
    P("Namens de Raad voor Bestuur en Democratie,"),
    P("prof. dr. A.M. van der Lingen-Boersma, voorzitter          drs. R.J. Hoekstra, secretaris"),
    PageBreak(),

    H("Samenvatting"),
    P("De gemeenteraad is volgens de Grondwet het hoofd van de gemeente. In de praktijk is die positie allerminst "
      "vanzelfsprekend. De gemeente heeft er sinds de decentralisaties in het sociaal domein veel taken bij gekregen, "
      "het aantal gemeenten is door herindelingen afgenomen en de opgaven op het gebied van wonen, energie en zorg "
      "vragen steeds vaker om regionale samenwerking. De raad moet in die veranderde omgeving kaders stellen, "
      "controleren en inwoners vertegenwoordigen, met middelen en bevoegdheden die nauwelijks zijn meegegroeid."),
    P("Raadsleden besteden gemiddeld zestien uur per week aan hun raadswerk; in kleine gemeenten, waar ambtelijke "
      "ondersteuning schaars is, ligt dat aantal eerder hoger dan lager. Eén op de drie raadsleden overweegt bij de "
      "volgende verkiezingen te stoppen. Werkdruk wordt daarbij het vaakst als reden genoemd, gevolgd door het gevoel "
      "weinig invloed te hebben en door de verharding van het publieke debat."),
    P("Gemeenten voeren een groot deel van hun begroting uit via gemeenschappelijke regelingen: veiligheidsregio's, "
      "omgevingsdiensten, GGD'en, sociale werkbedrijven en regionale samenwerkingsverbanden voor jeugdhulp. De raad "
      "heeft daar slechts indirect invloed op. De Raad constateert dat de herziening van de Wet gemeenschappelijke "
      "regelingen in 2022 de positie van raden op papier heeft versterkt, maar dat raden in de praktijk nog altijd "
      "voor voldongen feiten worden geplaatst."),
    P("De financiële positie van gemeenten staat onder druk. Het jaar 2026, in het lokaal bestuur al jaren het "
      "'ravijnjaar' genoemd, laat zien hoe kwetsbaar gemeenten zijn voor schommelingen in de rijksbijdrage. Wanneer "
      "de begroting pas laat in het jaar en met grote onzekerheid kan worden opgesteld, blijft voor de raad weinig "
      "anders over dan te bezuinigen op wat niet wettelijk verplicht is: bibliotheken, buurthuizen, sport en cultuur."),
    P("Inwoners worden steeds vaker uitgenodigd om mee te praten, maar weten lang niet altijd wat er met hun inbreng "
      "gebeurt. En raadsleden worden in toenemende mate bedreigd en geïntimideerd: bijna de helft van de "
      "respondenten in de enquête van de Raad heeft daar in de afgelopen twee jaar mee te maken gehad."),
    P("De Raad doet vijftien aanbevelingen, gericht aan het kabinet, de VNG, de provincies, gemeenteraden, colleges "
      "van burgemeester en wethouders en politieke partijen. Ze zijn uitgewerkt in paragraaf 7.2. De rode draad is "
      "dat de gemeenteraad alleen het hart van de lokale democratie kan zijn als hij beter wordt toegerust, als hij "
      "zicht houdt op wat in de regio wordt besloten, als hij over een voorspelbare begroting beschikt en als "
      "raadsleden hun werk veilig kunnen doen."),
    PageBreak(),

    H("1 Aanleiding en vraagstelling"),
    H2("1.1 De adviesaanvraag"),
    P("Op 12 november 2024 vroeg de minister van Binnenlandse Zaken en Koninkrijksrelaties de Raad om advies over de "
      "positie van de gemeenteraad. In de adviesaanvraag wijst de minister erop dat de raad het enige orgaan van de "
      "gemeente is dat rechtstreeks door de inwoners wordt gekozen, maar dat het vertrouwen in de lokale politiek "
      "onder druk staat en de opkomst bij gemeenteraadsverkiezingen al jaren rond of onder de vijftig procent ligt.",
      footnotes=("Brief van de minister van BZK aan de Raad voor Bestuur en Democratie van 12 november 2024, "
                 "kenmerk 2024-0000598812.",)),
    P("De adviesaanvraag noemt vier ontwikkelingen die de positie van de raad raken en waarop de Raad in dit advies "
      "ingaat:"),
    ItemList(items=(
        ListItem("de toename van het aantal taken van gemeenten en de complexiteit daarvan, met name sinds de "
                 "decentralisaties in het sociaal domein in 2015;"),
        ListItem("de groei van regionale samenwerking, waardoor een steeds groter deel van de gemeentelijke "
                 "begroting buiten de directe zeggenschap van de raad wordt besteed;"),
        ListItem("de onzekere financiële positie van gemeenten, die ertoe leidt dat raden hun begroting op "
                 "voorlopige cijfers moeten vaststellen;"),
        ListItem("de verharding van het maatschappelijk debat, die zich uit in bedreiging en intimidatie van "
                 "lokale politici en die het moeilijker maakt om kandidaten te vinden."),
    ), style="1."),
    P("De Raad heeft daar een vijfde thema aan toegevoegd: de wijze waarop inwoners bij de besluitvorming worden "
      "betrokken. Participatie wordt vaak gezien als aanvulling op de representatieve democratie, maar kan ook "
      "schuren met de rol van de raad, bijvoorbeeld wanneer inwoners het gevoel krijgen dat hun inbreng er niet toe "
      "doet, of wanneer raadsleden het gevoel krijgen dat het college via participatie om hen heen werkt."),
    H2("1.2 Vraagstelling"),
    P("De centrale vraag van dit advies luidt: wat is er nodig om de gemeenteraad in staat te stellen zijn rol als "
      "volksvertegenwoordiging, kadersteller en controleur waar te maken, nu en in de komende tien jaar? De Raad "
      "heeft die vraag uitgewerkt in vijf deelvragen, die overeenkomen met de hoofdstukken 2 tot en met 6."),
    H2("1.3 Werkwijze"),
    P("De Raad heeft tussen december 2024 en april 2025 gesprekken gevoerd in twaalf gemeenten, verspreid over het "
      "land en variërend in omvang van 6.000 tot ruim 350.000 inwoners. In elke gemeente sprak de Raad met raadsleden "
      "van coalitie en oppositie, met de griffier, met ten minste één wethouder en met de burgemeester. Daarnaast zijn "
      "rondetafelgesprekken gehouden met inwoners die betrokken waren bij een participatietraject, met bestuurders "
      "van gemeenschappelijke regelingen en met vertegenwoordigers van landelijke en lokale politieke partijen."),
    P("In maart 2025 heeft de Raad een enquête uitgezet onder alle ruim 8.800 raadsleden in Nederland. Daarop "
      "reageerden 2.140 raadsleden, een respons van 24 procent. De respons is representatief naar gemeentegrootte en "
      "naar de verhouding tussen lokale en landelijke partijen; vrouwen en raadsleden jonger dan 35 jaar zijn iets "
      "oververtegenwoordigd.",
      footnotes=("De enquête is uitgevoerd door een onafhankelijk onderzoeksbureau in opdracht van de Raad. De "
                 "vragenlijst en de verantwoording zijn opgenomen in de digitale bijlage bij dit advies.",)),
    P("Het advies is als volgt opgebouwd. Hoofdstuk 2 gaat over de werkdruk en de toerusting van raadsleden. "
      "Hoofdstuk 3 bespreekt de regionale samenwerking, hoofdstuk 4 de financiën van gemeenten en hoofdstuk 5 de "
      "participatie van inwoners. Hoofdstuk 6 gaat in op de veiligheid van lokale politici. In hoofdstuk 7 trekt de "
      "Raad zijn conclusies en doet hij zijn aanbevelingen."),

    H("2 Een ambt dat zwaarder is geworden"),
    H2("2.1 Meer taken, dezelfde raad"),
    P("De gemeenteraad van nu bestuurt een andere gemeente dan de raad van twintig jaar geleden. Sinds 2015 zijn "
      "gemeenten verantwoordelijk voor de jeugdhulp, de ondersteuning van mensen met een beperking en de begeleiding "
      "van mensen naar werk. Met de Omgevingswet, de energietransitie en de opgave om voldoende woningen te bouwen "
      "zijn daar de afgelopen jaren grote opgaven in het fysieke domein bij gekomen. De gemeentebegroting is in "
      "diezelfde periode gemiddeld met ruim veertig procent gegroeid."),
    P("Het aantal raadsleden is in dezelfde periode gedaald, vooral door gemeentelijke herindelingen. Waar in 2006 nog "
      "ruim 9.500 raadsleden actief waren, zijn dat er nu ongeveer 8.800. Het raadswerk is bovendien ingewikkelder "
      "geworden: raadsleden moeten zich uitspreken over jeugdhulpcontracten, warmtevisies en "
      "grondexploitaties, vaak op basis van stukken van honderden pagina's."),
    P("Uit de enquête van de Raad blijkt dat raadsleden gemiddeld zestien uur per week aan hun raadswerk besteden. "
      "In gemeenten met minder dan 25.000 inwoners is dat vijftien uur, in gemeenten met meer dan 100.000 inwoners "
      "twintig uur. Het verschil is kleiner dan de verschillen in de omvang van de gemeenten doen vermoeden: ook in "
      "een kleine gemeente moet een raadslid zich verdiepen in alle dossiers, terwijl er minder fractiegenoten zijn "
      "om het werk mee te delen.",
      footnotes=("Enquête onder raadsleden, Raad voor Bestuur en Democratie, maart 2025 (n = 2.140).",)),
    H2("2.2 Ondersteuning"),
    P("Sinds de dualisering van het gemeentebestuur in 2002 beschikt iedere raad over een eigen griffie. De omvang "
      "daarvan loopt sterk uiteen. In de gemeenten die de Raad bezocht, varieerde de formatie van de griffie van "
      "0,8 fte in een gemeente met 11.000 inwoners tot 14 fte in een grote stad. Griffiers in kleine gemeenten "
      "vertelden de Raad dat zij vrijwel al hun tijd besteden aan de organisatie van vergaderingen, en nauwelijks "
      "toekomen aan inhoudelijke ondersteuning van de raad."),
    P("Ook de fractieondersteuning verschilt sterk. Sommige gemeenten kennen een ruime vergoeding waarmee fracties een "
      "medewerker kunnen aanstellen; in andere gemeenten is er niet meer dan een bescheiden budget voor scholing. "
      "Rekenkamers, die de raad helpen bij zijn controlerende taak, beschikken in kleine gemeenten soms over een "
      "budget van minder dan 20.000 euro per jaar, genoeg voor één beperkt onderzoek."),
    P("De Raad is van oordeel dat de ongelijkheid in ondersteuning tussen raden en colleges te groot is geworden. Een "
      "college kan voor ieder dossier een beroep doen op een ambtelijke organisatie van honderden medewerkers; de raad "
      "moet het vaak doen met een griffie van een of twee personen. Dat maakt het voor de raad moeilijk om "
      "voorstellen van het college op waarde te schatten of alternatieven te formuleren."),
    H2("2.3 Vergoeding en combineerbaarheid"),
    P("Het raadslidmaatschap is een deeltijdfunctie, en de vergoeding is daarop afgestemd. In de kleinste gemeenten "
      "bedraagt de vergoeding enkele honderden euro's per maand, een bedrag dat nauwelijks in verhouding staat tot "
      "zestien uur werk per week. Raadsleden die een baan hebben, moeten hun raadswerk combineren met hun werk en "
      "gezin; zelfstandigen lopen inkomsten mis. In de gesprekken van de Raad werd dit veelvuldig genoemd als reden "
      "waarom jonge mensen, ouders met jonge kinderen en mensen met een laag inkomen zich minder snel kandidaat "
      "stellen."),
    P("De Raad wil niet dat het raadswerk een beroep wordt. Het is juist een kracht van de lokale democratie dat "
      "raadsleden midden in de samenleving staan. Maar een vergoeding die geen recht doet aan de tijd die het werk "
      "vraagt, maakt het raadslidmaatschap tot een voorrecht van wie het zich kan veroorloven."),

    H("3 Samenwerken buiten het zicht van de raad"),
    H2("3.1 Een groeiend deel van de begroting"),
    P("Gemeenten werken samen in ruim 1.100 gemeenschappelijke regelingen. De bekendste zijn de veiligheidsregio's, "
      "de GGD'en en de omgevingsdiensten, waarvan de deelname wettelijk verplicht is. Daarnaast werken gemeenten "
      "vrijwillig samen in sociale werkbedrijven, belastingsamenwerkingen, afvalbedrijven en "
      "uitvoeringsorganisaties voor het sociaal domein. Uit een analyse van de begrotingen van veertig gemeenten "
      "blijkt dat gemiddeld 38 procent van de gemeentelijke uitgaven via een of meer verbonden partijen loopt; in "
      "kleinere gemeenten ligt dat percentage hoger.",
      footnotes=("Eigen analyse van de Raad op basis van de begrotingen 2024 van veertig gemeenten, "
                 "gestratificeerd naar inwonertal.",)),
    P("Samenwerking is voor veel gemeenten onvermijdelijk: zij kunnen de taken die hun zijn opgedragen niet alleen "
      "uitvoeren. De Raad heeft er ook geen bezwaar tegen dat gemeenten samenwerken. Het probleem zit in de "
      "democratische sturing. Het algemeen bestuur van een gemeenschappelijke regeling bestaat meestal uit "
      "wethouders, die in de regio compromissen sluiten die zij daarna in hun eigen raad moeten verdedigen. De raad "
      "kan een zienswijze geven op de ontwerpbegroting, maar het algemeen bestuur is niet verplicht die zienswijze "
      "over te nemen."),
    H2("3.2 De zienswijze als ritueel"),
    P("In de gesprekken van de Raad kwam de zienswijzeprocedure telkens terug als voorbeeld van een recht dat in de "
      "praktijk weinig voorstelt. Raden ontvangen de ontwerpbegroting van een regeling in het voorjaar, moeten binnen "
      "acht weken reageren en horen vervolgens dat hun zienswijze is 'meegewogen'. Wie met twintig andere gemeenten "
      "in een regeling zit, weet dat een afwijkende zienswijze weinig kans maakt."),
    P("'We krijgen de begroting van de veiligheidsregio in april, moeten in mei een zienswijze geven en horen in "
      "juli dat die zienswijze niets heeft veranderd. Dan vraag ik me af waarvoor ik eigenlijk ben gekozen.' "
      "– raadslid in een gemeente met 28.000 inwoners", bold=True),
    P("De herziening van de Wet gemeenschappelijke regelingen, die op 1 juli 2022 in werking trad, heeft raden meer "
      "instrumenten gegeven. Raden kunnen gezamenlijk een adviescommissie instellen, de regeling moet de raden "
      "vroegtijdig informeren over de financiële en beleidsmatige kaders, en iedere vier jaar moet de regeling worden "
      "geëvalueerd. De Raad constateert dat van die instrumenten nog weinig gebruik wordt gemaakt. Van de "
      "gemeenschappelijke regelingen die de Raad onderzocht, had minder dan een vijfde een gemeenschappelijke "
      "adviescommissie van raadsleden ingesteld."),
    H2("3.3 Wat er nodig is"),
    P("De Raad ziet drie sporen. In de eerste plaats moet de wettelijke positie van raden ten opzichte van "
      "gemeenschappelijke regelingen worden versterkt, met name waar het gaat om de begroting: daar wordt over geld "
      "besloten dat de raad zelf moet opbrengen. In de tweede plaats moet de informatievoorziening beter en "
      "eenvormiger: raadsleden die in vijf regelingen zitten, krijgen nu vijf verschillende soorten stukken, op vijf "
      "verschillende momenten. In de derde plaats moeten raden en colleges zelf meer doen met de instrumenten die zij "
      "al hebben. De raad die niet weet wat er in de regio gebeurt, kan dat niet alleen de wetgever verwijten."),

    H("4 Geld zonder zeggenschap"),
    H2("4.1 Afhankelijk van het Rijk"),
    P("Gemeenten halen het grootste deel van hun inkomsten uit het gemeentefonds en uit specifieke uitkeringen van het "
      "Rijk. De eigen belastingen, waarvan de onroerendezaakbelasting de belangrijkste is, vormen gemiddeld minder dan "
      "tien procent van de inkomsten. Dat is laag in vergelijking met andere Europese landen, waar lokale overheden "
      "vaak een veel groter deel van hun inkomsten zelf innen."),
    P("De omvang van het gemeentefonds beweegt op grond van de normeringssystematiek mee met de uitgaven van het Rijk: "
      "geeft het Rijk meer uit, dan groeit het fonds; bezuinigt het Rijk, dan krimpt het fonds. Die systematiek, "
      "bekend als 'trap op, trap af', is bedoeld om Rijk en gemeenten samen de lusten en de lasten te laten dragen. "
      "In de praktijk leidt zij ertoe dat gemeenten pas laat weten hoeveel zij te besteden hebben en dat de bijdrage "
      "van jaar tot jaar sterk kan schommelen."),
    H2("4.2 Het ravijnjaar"),
    P("Voor het jaar 2026 werd al jaren een forse daling van het gemeentefonds voorzien. Het Rijk had in eerdere "
      "jaren extra middelen toegekend, onder meer voor de jeugdhulp, maar die waren tijdelijk. Tegelijk ging per 2026 "
      "een nieuwe financieringssystematiek in en liep de compensatie voor de opschalingskorting af. Het gevolg was dat "
      "veel gemeenten voor 2026 en latere jaren een structureel tekort op hun meerjarenbegroting zagen."),
    P("De Raad sprak met raadsleden die in 2024 en 2025 ingrijpende bezuinigingen moesten doorvoeren. Zij vertelden "
      "dat de keuzes die zij moesten maken, werden bepaald door wat wettelijk verplicht is en wat niet. Jeugdhulp en "
      "Wmo-voorzieningen zijn open-einderegelingen die niet zomaar kunnen worden beperkt. Wat overblijft om op te "
      "bezuinigen, zijn de voorzieningen die een gemeente leefbaar maken: de bibliotheek, het zwembad, het "
      "jongerenwerk en de subsidies voor het verenigingsleven.",
      footnotes=("Zie ook de jaarlijkse analyses van de begrotingen van gemeenten door de provinciale toezichthouders, "
                 "die de Raad voor dit advies heeft geraadpleegd.",)),
    P("Volgens de Raad is het ravijnjaar meer dan een financieel probleem. Het is ook een democratisch probleem. Een "
      "raad die niet weet hoeveel geld er volgend jaar is, kan geen kaders stellen. Een raad die alleen kan kiezen "
      "tussen de ene of de andere bezuiniging op niet-verplichte voorzieningen, heeft geen werkelijke keuze. En "
      "inwoners die zien dat hun gemeente het buurthuis sluit terwijl het Rijk nieuwe taken bij de gemeente "
      "neerlegt, verliezen het vertrouwen dat de raad ertoe doet."),
    H2("4.3 Voorspelbaarheid en eigen ruimte"),
    P("De Raad meent dat twee dingen nodig zijn. Gemeenten hebben behoefte aan voorspelbaarheid: zij moeten tijdig, "
      "en voor meer dan één jaar, weten waar zij aan toe zijn. En gemeenten hebben behoefte aan eigen ruimte: een "
      "groter eigen belastinggebied maakt de raad minder afhankelijk van het Rijk en geeft inwoners een duidelijker "
      "beeld van wie verantwoordelijk is voor de keuzes die worden gemaakt. De Raad is zich ervan bewust dat een "
      "groter eigen belastinggebied niet zonder gevolgen is voor de verschillen tussen gemeenten; daarom moet het "
      "gepaard gaan met een goede verevening via het gemeentefonds."),

    H("5 Inwoners aan tafel"),
    H2("5.1 Meer participatie, minder vertrouwen?"),
    P("Vrijwel alle gemeenten betrekken inwoners bij de voorbereiding van beleid. Dat gebeurt via inspraakavonden, "
      "digitale enquêtes, wijkbudgetten, burgerpanels en, de laatste jaren steeds vaker, via burgerberaden waarin "
      "een gelote groep inwoners zich gedurende enkele maanden over een vraagstuk buigt. De Raad ziet in die "
      "ontwikkeling veel goeds. Participatie kan de kwaliteit van besluiten verbeteren en inwoners een stem geven die "
      "anders niet wordt gehoord."),
    P("Tegelijk laat het onderzoek van de Raad zien dat participatie het vertrouwen niet vanzelf vergroot. Inwoners "
      "die hebben meegedaan aan een participatietraject, zijn niet positiever over de gemeente dan inwoners die dat "
      "niet hebben gedaan. De belangrijkste reden is dat deelnemers vaak niet weten wat er met hun inbreng is gebeurd. "
      "Wie drie avonden heeft meegepraat en daarna alleen in de krant leest dat de raad een besluit heeft genomen, "
      "voelt zich eerder gebruikt dan gehoord."),
    H2("5.2 De rol van de raad"),
    P("Participatie wordt in de meeste gemeenten georganiseerd door het college. De raad is vaak pas aan het einde "
      "betrokken, wanneer het college een voorstel voorlegt dat al met inwoners is besproken. Raadsleden vertelden de "
      "Raad dat zij zich dan klemgezet voelen: wie een voorstel wijzigt dat met inwoners is voorbereid, lijkt de "
      "inbreng van inwoners te negeren; wie het ongewijzigd aanneemt, doet zijn werk als volksvertegenwoordiger niet."),
    P("De Raad is van oordeel dat de raad zelf aan het begin van een participatietraject moet vaststellen welke "
      "ruimte er is voor inbreng van inwoners en hoe die inbreng wordt gewogen. Daarnaast ziet de Raad in het "
      "burgerberaad een instrument dat de raad kan helpen om moeilijke afwegingen te maken, mits de raad zelf de vraag "
      "formuleert en zich vooraf uitspreekt over de wijze waarop hij met de uitkomsten omgaat. Van de twaalf "
      "gemeenten die de Raad bezocht, hadden er vier ervaring met een burgerberaad; in drie daarvan was het initiatief "
      "van het college uitgegaan."),

    H("6 Onder druk gezet"),
    H2("6.1 Aard en omvang"),
    P("Bedreiging en intimidatie van lokale politici zijn geen nieuw verschijnsel, maar zij zijn de afgelopen jaren in "
      "omvang en ernst toegenomen. In de enquête van de Raad gaf 46 procent van de raadsleden aan in de afgelopen twee "
      "jaar te maken te hebben gehad met agressie, bedreiging of intimidatie. Meestal ging het om scheldpartijen en "
      "beledigingen op sociale media, maar een op de tien respondenten werd thuis of in de directe omgeving "
      "lastiggevallen. Vrouwelijke raadsleden en raadsleden met een migratieachtergrond werden vaker het doelwit van "
      "seksistische of racistische berichten."),
    P("'Na het debat over de opvanglocatie stond er 's avonds een groep mensen voor mijn huis. Mijn kinderen waren "
      "thuis. Ik ben bij de volgende vergadering gewoon gekomen, maar ik heb wel bedacht of ik dit nog vier jaar wil.' "
      "– raadslid in een gemeente met 45.000 inwoners", bold=True),
    P("De gevolgen reiken verder dan de betrokken raadsleden. Een kwart van de raadsleden die met intimidatie te maken "
      "kregen, zegt zich daarna terughoudender op te stellen in het debat. Fracties melden dat het moeilijker wordt om "
      "kandidaten te vinden, met name voor plaatsen die zichtbaar zijn. Zo tast intimidatie de lokale democratie aan "
      "de wortel aan."),
    H2("6.2 Ondersteuning en bescherming"),
    P("Er is de afgelopen jaren veel gedaan. Het Netwerk Weerbaar Bestuur, dat door het ministerie van BZK wordt "
      "gefinancierd, biedt informatie en ondersteuning; politie en Openbaar Ministerie hebben afspraken gemaakt over "
      "een snelle en zichtbare aanpak van bedreiging van ambtsdragers. Toch vertelden raadsleden de Raad dat zij "
      "niet wisten waar zij terechtkonden, dat de ondersteuning afhing van de burgemeester of griffier en dat hulp na "
      "afloop van hun raadslidmaatschap ophield. Het programma is bovendien tijdelijk van aard en moet telkens "
      "opnieuw worden gefinancierd."),
    P("Een terugkerend punt in de gesprekken was de vindbaarheid van het woonadres. Raadsleden en kandidaten moeten "
      "voor de kandidaatstelling stukken indienen waarin hun woonplaats en soms hun adres is opgenomen, en ook in "
      "raadsstukken en op gemeentelijke websites is het adres soms te vinden. De Raad vindt dat de overheid niet zelf "
      "de weg naar de voordeur van volksvertegenwoordigers moet wijzen."),
    H2("6.3 De rol van politieke partijen"),
    P("Politieke partijen zijn de poortwachters van de lokale democratie: zij werven, selecteren en begeleiden "
      "kandidaten. De Raad constateert dat veel partijen, zowel landelijke als lokale, daar weinig tijd en geld "
      "voor hebben. Kandidaten worden vaak kort voor de verkiezingen gevonden, krijgen nauwelijks voorbereiding en "
      "staan er na hun verkiezing grotendeels alleen voor. Lokale partijen, die bij de laatste verkiezingen "
      "gezamenlijk het grootste aandeel van de zetels behaalden, ontvangen bovendien geen subsidie op grond van de "
      "wet die de financiering van politieke partijen regelt."),

    H("7 Slotbeschouwing: de raad weer aan zet"),
    H2("7.1 Wat de Raad heeft gezien"),
    P("De Raad komt op grond van zijn onderzoek tot drie conclusies:"),
    ItemList(items=(
        ListItem("De gemeenteraad is onvoldoende toegerust voor de taken die hij heeft. De werkdruk is hoog, de "
                 "ondersteuning beperkt en de vergoeding staat in kleine gemeenten niet in verhouding tot de tijd die "
                 "het werk vraagt."),
        ListItem("Een groot deel van wat er in en voor de gemeente wordt besloten, valt buiten het bereik van de "
                 "raad: in regionale samenwerkingsverbanden, in de onzekere verhouding met het Rijk en in "
                 "participatietrajecten waarin de raad pas aan het eind aan bod komt."),
        ListItem("Het raadslidmaatschap is kwetsbaarder geworden. Bedreiging en intimidatie zijn voor veel raadsleden "
                 "een realiteit, en de bereidheid om zich kandidaat te stellen neemt af."),
    ), style="a)"),
    P("Geen van deze conclusies is nieuw. Ook eerdere adviezen van de Raad en zijn voorgangers wezen op de kwetsbare "
      "positie van de raad. Wat nieuw is, is dat de verschillende ontwikkelingen elkaar versterken. Een raadslid dat "
      "overbelast is, heeft geen tijd om zich te verdiepen in de begroting van de omgevingsdienst. Een raad die geen "
      "financiële ruimte heeft, kan inwoners weinig bieden wanneer zij meepraten. En wie als raadslid al het gevoel "
      "heeft weinig te kunnen veranderen, zal minder snel bereid zijn om intimidatie te verdragen."),
    H2("7.2 Geef de raad weer ruimte"),
    P("De Raad doet vijftien aanbevelingen. Zij zijn genummerd met Romeinse cijfers en geordend naar de thema's van "
      "dit advies. Bij iedere aanbeveling is aangegeven wie aan zet is. Een deel van de aanbevelingen is gericht aan "
      "het kabinet; een ander deel aan gemeenten, de provincies en de politieke partijen, die evenzeer "
      "verantwoordelijkheid dragen voor een sterke lokale democratie."),
    H3("Toerusting van de raad"),
    lead("Aan de minister van Binnenlandse Zaken en Koninkrijksrelaties:"),
    recs(
        ListItem("Geef gemeenteraden ondersteuning die past bij de zwaarte van hun taak, door:",
                 children=(
                     ListItem("in de Gemeentewet een minimale formatie voor de griffie voor te schrijven, die "
                              "meegroeit met het inwonertal van de gemeente;"),
                     ListItem("het gemeentefonds structureel te verhogen met een bedrag dat bestemd is voor griffie, "
                              "rekenkamer en fractieondersteuning."),
                 ),
                 recommendation=R("I", "BZK")),
        ("II", "Verhoog de maximale vergoeding voor raadsleden in gemeenten tot 40.000 inwoners, zodat zij recht doet "
               "aan de werkelijke tijdsbesteding, en pas de gemeenteklassen in het Besluit rechtspositie decentrale "
               "politieke ambtsdragers daarop aan.", ("BZK",)),
    ),
    H3("Regionale samenwerking"),
    recs(
        ("III", "De Raad adviseert de minister van BZK om de Wet gemeenschappelijke regelingen zo te wijzigen dat de "
                "raden van de deelnemende gemeenten gezamenlijk de ontwerpbegroting van een gemeenschappelijke "
                "regeling kunnen amenderen, in plaats van daarop alleen een zienswijze te geven.", ("BZK",)),
        ("IV", "De Raad adviseert de VNG om, samen met de beroepsverenigingen van raadsleden en griffiers, een "
               "modelregeling op te stellen voor de informatievoorziening door gemeenschappelijke regelingen aan "
               "gemeenteraden, met vaste momenten, een vaste vorm en een openbare jaarlijkse verantwoording.",
         ("GEMEENTEN",)),
    ),
    recs(
        ("V", "De Raad adviseert colleges van burgemeester en wethouders om de raad niet pas bij de "
              "zienswijzeprocedure te informeren, maar al wanneer het algemeen bestuur van een regeling de kaders "
              "voor de nieuwe begroting bespreekt, en om daarbij aan te geven welke keuzes voor de raad nog open "
              "liggen.", ("GEMEENTEN",)),
    ),
    lead("Aan de gemeenteraden:"),
    recs(
        ("VI", "Wijs als gemeenteraad voor iedere gemeenschappelijke regeling met een jaarlijkse bijdrage van meer "
               "dan één miljoen euro een raadsrapporteur aan, en bespreek jaarlijks in één vergadering alle "
               "regelingen waaraan de gemeente deelneemt.", ("GEMEENTEN",)),
    ),
    H3("Financiën"),
    lead("Aan de minister van Financiën en de minister van Binnenlandse Zaken en Koninkrijksrelaties, die samen het "
         "beheer van het gemeentefonds voeren:"),
    recs(
        ("VII", "Vervang de huidige normeringssystematiek van het gemeentefonds door een vaste groeivoet die voor een "
                "kabinetsperiode wordt vastgelegd, zodat gemeenten niet langer meebewegen met de mee- en "
                "tegenvallers in de rijksbegroting.", ("FIN", "BZK")),
        ("VIII", "Vergroot het eigen belastinggebied van gemeenten, zodat de raad zelf een reële afweging kan maken "
                 "tussen de lasten voor inwoners en het niveau van voorzieningen, en leg daarvoor uiterlijk in 2026 "
                 "een uitgewerkt voorstel voor.", ("FIN", "BZK")),
        ("IX", "Geef gemeenten bij de meicirculaire niet alleen de omvang van het gemeentefonds voor het volgende "
               "jaar, maar ook een bindende ondergrens voor de twee jaren daarna, zodat raden hun meerjarenbegroting "
               "op vaste cijfers kunnen vaststellen.", ("FIN", "BZK")),
    ),
    lead("Aan de provincies, als toezichthouder op de gemeentefinanciën:"),
    recs(
        ("X", "Beoordeel in het financieel toezicht op gemeenten niet alleen of de begroting structureel sluitend "
              "is, maar wijs gemeenteraden ook actief op de financiële risico's van deelname aan gemeenschappelijke "
              "regelingen.", ("OTHER",)),
    ),
    H3("Participatie van inwoners"),
    recs(
        ("XI", "De Raad adviseert de minister van BZK om in de Gemeentewet vast te leggen dat iedere gemeenteraad ten "
               "minste eenmaal per raadsperiode een burgerberaad organiseert over een onderwerp dat de raad zelf "
               "kiest.", ("BZK",)),
    ),
    lead("Aan de gemeenteraden:"),
    recs(
        ("XII", "Leg bij ieder participatietraject vooraf vast welke ruimte er is voor de inbreng van inwoners en wat "
                "er met de uitkomsten gebeurt, en maak na afloop openbaar wat de raad met die inbreng heeft gedaan.",
         ("GEMEENTEN",)),
    ),
    H3("Veiligheid van lokale politici"),
    recs(
        ("XIII", "De Raad adviseert de minister van BZK om, samen met de minister van Justitie en Veiligheid, het "
                 "programma voor weerbaar bestuur om te vormen tot een blijvend landelijk steunpunt dat raadsleden, "
                 "wethouders en burgemeesters bij bedreiging en intimidatie juridisch, praktisch en psychosociaal "
                 "ondersteunt, ook na afloop van hun ambtsperiode.", ("BZK", "JenV")),
    ),
    lead("Aan de minister van Binnenlandse Zaken en Koninkrijksrelaties:"),
    recs(
        ("XIV", "Maak het mogelijk dat raadsleden, wethouders en kandidaten voor de gemeenteraad hun woonadres laten "
                "afschermen in alle stukken die op grond van de Kieswet openbaar worden gemaakt en in de openbare "
                "stukken van de gemeenteraad.", ("BZK",)),
    ),
    lead("Aan de landelijke en lokale politieke partijen:"),
    recs(
        ("XV", "Neem gezamenlijk verantwoordelijkheid voor de werving, scholing en nazorg van lokale "
               "volksvertegenwoordigers, en ontwikkel met steun van het Rijk een gezamenlijk programma dat "
               "kandidaten voorbereidt op de druk die het ambt met zich meebrengt.", ("OTHER",)),
    ),
    H2("7.3 Tot slot"),
    P("De Raad beseft dat niet alle aanbevelingen op korte termijn kunnen worden uitgevoerd, en dat sommige ervan geld "
      "kosten in een tijd waarin de overheidsfinanciën krap zijn. Maar een gemeenteraad die zijn werk niet kan doen, "
      "kost uiteindelijk meer: in besluiten die slecht zijn voorbereid, in samenwerkingsverbanden die niemand "
      "controleert en in inwoners die zich van de politiek afkeren. De Raad hoopt dat dit advies bijdraagt aan een "
      "gesprek tussen Rijk, gemeenten en partijen over wat de lokale democratie hun waard is."),
)

REPORT = Document(
    title="De raad aan zet",
    subtitle="Advies over de positie van de gemeenteraad in het lokaal bestuur",
    blocks=REPORT_BLOCKS,
    running_header="Raad voor Bestuur en Democratie  |  De raad aan zet",
    footer="{page}",
    font_family="serif",
    title_page=True,
    imprint=("Raad voor Bestuur en Democratie", "Advies 2025/04", "Den Haag, juni 2025"),
)

# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV_I = "Deze aanbeveling neem ik deels over."
EV_II = "Ik neem deze aanbeveling over."
EV_III = ("De evaluatie van de gewijzigde Wgr, die in 2026 begint, gebruik ik om te onderzoeken of en hoe een "
          "dergelijk recht vorm kan krijgen.")
EV_VI = ("Dat gemeenteraden per regeling een raadsrapporteur aanwijzen en jaarlijks alle regelingen in samenhang "
        "bespreken, is een advies dat ik van harte onderschrijf.")
EV_VII = "Dat doet het kabinet niet."
EV_IX = ("Het kabinet neemt de aanbeveling over om gemeenten eerder en voor meer jaren zekerheid te geven over de "
         "omvang van het gemeentefonds.")
EV_VIII = ("De minister van Financiën laat in 2026 verkennen welke varianten daarvoor denkbaar zijn, inclusief de "
           "gevolgen voor de lastendruk van inwoners en ondernemers en voor de verschillen tussen gemeenten; een "
           "besluit daarover laat dit kabinet aan zijn opvolger.")
EV_XII = ("Het advies aan gemeenteraden om bij ieder participatietraject vooraf de ruimte voor inbreng vast te leggen "
          "en na afloop verantwoording af te leggen, onderschrijf ik.")
EV_XI = ("Een landelijke verplichting om een burgerberaad te organiseren verdraagt zich echter niet met de autonomie "
         "die de Grondwet en de Gemeentewet aan gemeenten toekennen: hoe een gemeenteraad inwoners bij zijn "
         "besluitvorming betrekt, is aan de raad zelf.")
EV_XIII = "Die aanbeveling onderschrijf ik, evenals de minister van Justitie en Veiligheid."
EV_XIV = ("Het wetsvoorstel tot wijziging van de Kieswet en de Gemeentewet waarmee raadsleden, wethouders en "
          "kandidaten hun woonadres in alle openbare verkiezings- en raadsstukken kunnen laten afschermen, dien ik "
          "uiterlijk 1 december 2025 bij uw Kamer in, met als beoogde datum van inwerkingtreding 1 juli 2026.")
EV_XV = ("Het kabinet stelt in de jaren 2026 tot en met 2029 jaarlijks € 3 miljoen beschikbaar voor een gezamenlijk "
         "opleidingsprogramma van de partijen voor lokale kandidaten en volksvertegenwoordigers.")

RESPONSE_BLOCKS = (
    P("Geachte voorzitter,"),
    P("Op 24 juni 2025 heeft de Raad voor Bestuur en Democratie (hierna: de Raad) zijn advies 'De raad aan zet' "
      "uitgebracht over de positie van de gemeenteraad in het lokaal bestuur. Het advies is opgesteld op verzoek van "
      "mijn ambtsvoorganger. Met deze brief bied ik u, mede namens de minister van Financiën, de reactie van het "
      "kabinet op het advies aan."),
    P("Ik dank de Raad voor een helder en betrokken advies. De Raad heeft gesproken met raadsleden, griffiers, "
      "wethouders en burgemeesters in twaalf gemeenten en een enquête gehouden onder ruim tweeduizend raadsleden. Dat "
      "levert een beeld op dat ik herken uit mijn eigen werkbezoeken: raadsleden die met grote inzet hun werk doen, "
      "maar die zich tegelijk afvragen hoe lang zij dat nog kunnen volhouden."),
    P("Het kabinet deelt de analyse van de Raad dat de positie van de gemeenteraad onder druk staat. De raad is het "
      "hoogste orgaan van de gemeente, maar moet zijn werk doen in een omgeving waarin steeds meer wordt besloten in "
      "regionale verbanden, waarin de financiële ruimte beperkt is en waarin raadsleden te maken krijgen met "
      "intimidatie. Een sterke lokale democratie is een gedeelde verantwoordelijkheid van het Rijk, de gemeenten "
      "en de politieke partijen."),
    P("De Raad ordent zijn vijftien aanbevelingen naar vijf thema's. Ik volg in deze brief dezelfde indeling. Een "
      "aantal aanbevelingen is niet aan het kabinet gericht, maar aan de VNG, de provincies, gemeenteraden, colleges "
      "of politieke partijen. Waar het kabinet daaraan zelf kan bijdragen, geef ik dat aan."),

    H2("Toerusting en ondersteuning van de raad"),
    P("Iedere gemeenteraad beschikt sinds de dualisering over een eigen griffie en een rekenkamer of "
      "rekenkamerfunctie. Sinds 2023 is bovendien iedere gemeente verplicht een onafhankelijke rekenkamer in te "
      "stellen. Het ministerie van BZK ondersteunt raadsleden daarnaast via het programma Versterking lokale "
      "democratie, dat onder meer trainingen voor nieuwe raadsleden en griffiers aanbiedt."),
    P("De Raad vraagt het kabinet om gemeenteraden beter te ondersteunen, met een wettelijke minimumformatie voor de "
      "griffie en extra middelen in het gemeentefonds (aanbeveling I). " + EV_I + " Vanaf 2026 wordt het "
      "gemeentefonds structureel verhoogd met € 45 miljoen per jaar, via een decentralisatie-uitkering die bestemd "
      "is voor de ondersteuning van de raad: de griffie, de rekenkamer en de fracties. Een wettelijk voorgeschreven "
      "minimumformatie voor de griffie past daarentegen niet bij de grote verschillen tussen gemeenten; hoe de "
      "griffie wordt ingericht, blijft een keuze van de raad zelf.",
      answers=(Answer("I", "partial", EV_I),)),
    P("De Raad constateert daarnaast dat de vergoeding voor raadsleden in kleinere gemeenten niet in verhouding "
      "staat tot de tijd die het raadswerk vraagt (aanbeveling II). " + EV_II + " Per 1 januari 2026 wijzig ik het "
      "Besluit rechtspositie decentrale politieke ambtsdragers, zodat de maximale vergoeding in de vijf laagste "
      "gemeenteklassen, tot 40.000 inwoners, met gemiddeld 18 procent stijgt. De kosten daarvan, € 21 miljoen per "
      "jaar, worden aan het gemeentefonds toegevoegd.",
      answers=(Answer("II", "agree", EV_II),)),

    H2("Regionale samenwerking"),
    P("Gemeenten werken samen in ruim 1.100 gemeenschappelijke regelingen. Op 1 juli 2022 is de gewijzigde Wet "
      "gemeenschappelijke regelingen (Wgr) in werking getreden, die de positie van raden heeft versterkt. Raden "
      "kunnen sindsdien gezamenlijk een adviescommissie instellen, hebben een recht van enquête gekregen en worden "
      "betrokken bij de periodieke evaluatie van een regeling. Ik deel de constatering van de Raad dat van deze "
      "instrumenten nog weinig gebruik wordt gemaakt."),
    P("De Raad adviseert de raden van de deelnemende gemeenten een gezamenlijk amendementsrecht te geven op de "
      "begroting van een gemeenschappelijke regeling. Ik begrijp de wens van raden om meer te kunnen dan een "
      "zienswijze geven. Tegelijk roept een amendementsrecht van meerdere raden lastige vragen op, bijvoorbeeld over "
      "de situatie waarin de raden verschillende amendementen aannemen, en over de verhouding tot het algemeen "
      "bestuur. " + EV_III + " Ik verwacht de uitkomsten van de evaluatie eind 2027.",
      answers=(Answer("III", "partial", EV_III),)),
    P(EV_VI + " Raadsleden die een regeling goed kennen, kunnen hun collega's gericht informeren en het algemeen "
      "bestuur beter bevragen. In het programma Versterking lokale democratie bied ik vanaf 2026 een vaste training "
      "aan voor raadsrapporteurs, en in de handreiking Wgr die dit najaar wordt geactualiseerd, wordt de werkwijze "
      "uitgewerkt.",
      answers=(Answer("VI", "agree", EV_VI),)),
    P("Over de informatievoorziening aan de raad bepaalt de Gemeentewet dat het college de raad alle inlichtingen "
      "verstrekt die de raad voor de uitoefening van zijn taak nodig heeft. De gewijzigde Wgr verplicht het dagelijks "
      "bestuur van een regeling bovendien om de algemene financiële en beleidsmatige kaders uiterlijk op 15 januari "
      "aan de raden te zenden, zodat raden daarover vroegtijdig met hun college het gesprek kunnen aangaan."),
    P("De aanbeveling over een modelregeling voor de informatievoorziening door gemeenschappelijke regelingen is "
      "gericht aan de VNG. Het is aan de VNG zelf om te bepalen of zij een dergelijke modelregeling opstelt. Ik heb "
      "het advies onder de aandacht van de VNG gebracht."),

    H2("Gemeentefinanciën"),
    P("Het kabinet is zich bewust van de financiële opgave waarvoor veel gemeenten staan. Bij de Voorjaarsnota 2025 "
      "heeft het kabinet besloten de eerder ingeboekte korting op het gemeentefonds voor 2026 te verlagen en "
      "gemeenten voor de jaren 2026 en 2027 € 650 miljoen extra ter beschikking te stellen. Daarnaast gaat per 2026 "
      "een herziene verdeling van het gemeentefonds in, die beter aansluit bij de kosten die gemeenten maken."),
    P("De Raad adviseert de normeringssystematiek te vervangen door een vaste groeivoet van het gemeentefonds voor "
      "een kabinetsperiode (aanbeveling VII). " + EV_VII + " Een vaste groeivoet legt het risico van mee- en "
      "tegenvallers in de rijksbegroting volledig bij het Rijk, terwijl de normeringssystematiek er juist voor zorgt "
      "dat Rijk en gemeenten de lusten en de lasten samen dragen.",
      answers=(Answer("VII", "disagree", EV_VII),)),
    P(EV_IX + " Vanaf de meicirculaire 2026 ontvangen gemeenten naast de omvang van het fonds voor het volgende jaar "
      "een gegarandeerde ondergrens voor de twee jaren daarna, waarop raden hun meerjarenbegroting kunnen baseren. "
      "Over een groter eigen belastinggebied, waarom de Raad eveneens vraagt, is het kabinet terughoudender. "
      + EV_VIII,
      answers=(Answer("IX", "agree", EV_IX), Answer("VIII", "partial", EV_VIII))),

    H2("Participatie van inwoners"),
    P("Sinds 1 januari 2025 is de Wet versterking participatie op decentraal niveau van kracht. Op grond daarvan "
      "stellen gemeenteraden een participatieverordening vast, waarin zij regelen hoe inwoners bij de voorbereiding, "
      "uitvoering en evaluatie van beleid worden betrokken. Veel gemeenten zijn daar nu mee bezig."),
    P("De Raad adviseert om in de Gemeentewet een verplicht burgerberaad per raadsperiode op te nemen, en adviseert "
      "gemeenteraden om bij ieder participatietraject vooraf vast te leggen wat er met de inbreng van inwoners "
      "gebeurt. " + EV_XII + " Het sluit aan bij het doel van de participatieverordening, en in de handreiking die "
      "BZK en de VNG dit najaar actualiseren, wordt het als standaardwerkwijze opgenomen. " + EV_XI,
      answers=(Answer("XII", "agree", EV_XII), Answer("XI", "disagree", EV_XI))),

    H2("Veiligheid van lokale politici"),
    P("Bedreiging en intimidatie van raadsleden, wethouders en burgemeesters zijn onaanvaardbaar. Zij raken niet "
      "alleen de betrokken personen, maar ook de democratie zelf. Uit de Monitor Integriteit en Veiligheid blijkt "
      "dat het aantal meldingen de afgelopen jaren is toegenomen, met name rond gevoelige besluiten over "
      "opvanglocaties en woningbouw."),
    P("De Raad adviseert het programma voor weerbaar bestuur om te vormen tot een blijvend landelijk steunpunt "
      "(aanbeveling XIII). " + EV_XIII + " Vanaf 1 januari 2026 wordt het Netwerk Weerbaar Bestuur een permanente "
      "voorziening met een structureel budget van € 6 miljoen per jaar. Het steunpunt biedt juridische, praktische "
      "en psychosociale hulp en staat ook open voor oud-ambtsdragers die na afloop van hun ambtsperiode nog met "
      "bedreigingen te maken hebben.",
      answers=(Answer("XIII", "agree", EV_XIII),)),
    P("Raadsleden en kandidaten die worden bedreigd, moeten niet via stukken die de overheid zelf openbaar maakt te "
      "vinden zijn. " + EV_XIV + " Gemeenten krijgen daarnaast een handreiking voor het verwijderen van adresgegevens "
      "uit raadsstukken die al op hun website staan.",
      answers=(Answer("XIV", "agree", EV_XIV),)),
    P("De Raad vraagt politieke partijen om meer werk te maken van de werving, scholing en nazorg van lokale "
      "volksvertegenwoordigers, en wijst daarbij op een ondersteunende rol van het Rijk. Ik heb daarover gesproken "
      "met de landelijke politieke partijen en met de vereniging van lokale partijen. " + EV_XV + " De partijen "
      "stellen het programma gezamenlijk op; de eerste trainingen vinden plaats voor de gemeenteraadsverkiezingen "
      "van 2026.",
      answers=(Answer("XV", "agree", EV_XV),)),

    H2("Tot slot"),
    P("De gemeenteraad is het hart van de lokale democratie. Het advies van de Raad laat zien dat dat hart onder druk "
      "staat, maar ook dat er veel mogelijk is om het te versterken. Het kabinet zet daar met de maatregelen in deze "
      "brief stappen in, samen met de gemeenten en de politieke partijen."),
    P("Ik informeer uw Kamer in het voorjaar van 2026 over de voortgang, in de jaarlijkse Staat van het Bestuur."),
    P("De minister van Binnenlandse Zaken en Koninkrijksrelaties,"),
    P("mr. J.C. Verhoef-Dijkstra"),
)

RESPONSE = Document(
    title="Ministerie van Binnenlandse Zaken en Koninkrijksrelaties",
    subtitle=("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n"
              "Datum  7 oktober 2025\n"
              "Kenmerk  2025-0000641207\n"
              "Betreft  Kabinetsreactie op het advies 'De raad aan zet' van de Raad voor Bestuur en Democratie"),
    blocks=RESPONSE_BLOCKS,
    running_header="Kabinetsreactie advies 'De raad aan zet'  |  2025-0000641207",
    footer="Pagina {page} van {pages}",
    font_family="sans",
    title_page=False,
)

PAIR = Pair(
    name="local_democracy_council",
    report=REPORT,
    response=RESPONSE,
    description="Raad voor Bestuur en Democratie advice on municipal councils (15 recommendations labelled I.-XV. "
                "under theme headings in section 7.2 'Geef de raad weer ruimte') and the BZK minister's letter by "
                "theme: 'deels' (I), blunt refusal (VII), autonomy refusal (XI), bill with date (XIV), VNG left to "
                "itself (IV), provinces never mentioned (X), existing policy only (V).",
)
