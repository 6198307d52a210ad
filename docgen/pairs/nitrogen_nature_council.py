"""Pair: a Rli-style advice on nitrogen and nature recovery, and the cabinet's response to it.

Layout traits this pair tests: a serif report with a running header and a title page; a summary at the front that
repeats a shorter, reworded version of some recommendations in running prose (not as a list); bulleted lists of
research questions, method and findings, and a lettered list of principles, none of them recommendations; the
sixteen recommendations only at the very end, in a two-column section, numbered "1)" .. "16)" in five short lists
under bold theme lead-ins that name the addressee (the cabinet, the minister of LVVN, the minister of VRO, the
provinces, the cabinet and the provinces together).

The response is a kabinetsreactie set as a letter (no title page). It opens with an overview table (horizontal
rules only) "Aanbeveling | Standpunt kabinet" whose second column says only "Overgenomen", "Deels overgenomen",
"Niet overgenomen" or "Wordt bezien"; those cells decide the gold positions. Prose per theme follows and explains
each standpoint (annotated with the same positions): one paragraph answers 5 and 6 with opposite positions, some
recommendations are answered only by subject, the two recommendations to the provinces are left out of the table
(13 is answered in the prose only, 12 is passed on to the provinces without a position) and 16 is not answered at
all. All prose is fictional and written for this test set.
"""
from __future__ import annotations

from docgen.model import (
    Answer,
    Cell,
    Columns,
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


def R(number: str, *departments: str) -> Recommendation:
    return Recommendation(number, tuple(departments))


def LEAD(text: str) -> Paragraph:
    return Paragraph(text, bold=True)


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

SUMMARY = (
    H("Samenvatting"),
    P("Nederland werkt sinds 2019 aan een uitweg uit de stikstofcrisis, maar de natuur herstelt nauwelijks en de "
      "vergunningverlening zit op veel plaatsen nog altijd op slot. Boeren weten niet waar zij over tien jaar staan, "
      "woningbouwprojecten wachten op stikstofruimte die er niet is, en provincies lopen vast in de uitvoering van "
      "hun gebiedsprogramma's. De Raad voor de leefomgeving en infrastructuur (Rli) heeft onderzocht waarom de aanpak "
      "zo moeizaam verloopt en wat er nodig is om natuurherstel en een toekomstbestendige landbouw wel dichterbij te "
      "brengen."),
    P("De kern van het probleem is volgens de raad dat de aanpak vooral stuurt op een rekengetal en te weinig op de "
      "natuur zelf. De landelijke doelen zijn uitgedrukt in mol stikstof per hectare per jaar, berekend met een "
      "model dat op gebiedsniveau grote onzekerheden kent. Of een heideveld of een hoogveen er werkelijk op vooruit "
      "gaat, blijft in die systematiek buiten beeld. Tegelijk leidt elke nieuwe rechterlijke uitspraak tot nieuwe "
      "onzekerheid, omdat het fundament van de aanpak juridisch smal is."),
    P("Een tweede les is dat beleid zonder lange adem geen vertrouwen wekt. Regelingen voor boeren zijn de afgelopen "
      "jaren in hoog tempo opengesteld, aangepast en weer gesloten. Wie wilde investeren in een extensiever "
      "bedrijf, kon nergens op rekenen. Stalsystemen die op papier de uitstoot halveerden, bleken in de praktijk veel "
      "minder op te leveren, met als gevolg dat vergunningen achteraf op losse schroeven kwamen te staan."),
    P("De raad pleit er in de eerste plaats voor om per Natura 2000-gebied vast te leggen welke natuur er over tien "
      "jaar moet zijn, en de voortgang daaraan af te meten in plaats van aan een landelijk gemiddelde. Daarnaast "
      "moet voor iedereen zichtbaar worden hoeveel stikstofruimte er in een gebied vrijkomt en waar die naartoe "
      "gaat. Dat maakt keuzes controleerbaar en voorkomt het wantrouwen dat nu rond elke toedeling ontstaat."),
    P("Voor boeren is zekerheid op de lange termijn het belangrijkst. Wie rond kwetsbare natuur extensiever gaat "
      "boeren, moet daarvoor vijftien jaar of langer op een vergoeding kunnen rekenen. Technische maatregelen "
      "mogen volgens de raad pas meetellen als in de praktijk is aangetoond dat zij werken. En ondernemers die al "
      "jaren met een melding onder het oude Programma Aanpak Stikstof werken, verdienen op korte termijn een "
      "definitieve oplossing."),
    P("Ten slotte vraagt de uitvoering om meer slagkracht in de regio. De provincies moeten hun gebiedsprogramma's "
      "snel vaststellen en hun vergunningverleners en handhavers versterken. Rijk en provincies zouden hun "
      "onderlinge afspraken moeten vastleggen in een akkoord dat beide partijen bindt, en de voortgang moet op gezette "
      "tijden onafhankelijk worden beoordeeld."),
    P("De raad doet in dit advies zestien aanbevelingen. Zij staan, geordend naar thema en naar adressant, in "
      "hoofdstuk 5."),
    PageBreak(),
)

CHAPTER_1 = (
    H("1 Inleiding"),
    H("1.1 Aanleiding", 2),
    P("Op 29 mei 2019 oordeelde de Afdeling bestuursrechtspraak van de Raad van State dat het Programma Aanpak "
      "Stikstof (PAS) niet als basis voor toestemmingsverlening mocht worden gebruikt. Sindsdien is de "
      "stikstofproblematiek een van de meest omstreden dossiers in de Nederlandse politiek. Er kwamen een wet met "
      "omgevingswaarden voor stikstofdepositie, een reeks opkoopregelingen voor veehouderijen, provinciale "
      "gebiedsprocessen en een groot aantal rechterlijke uitspraken over de manier waarop stikstofruimte mag worden "
      "verleend. De vraag hoe het verder moet met de natuur en met het landelijk gebied is daarmee niet beantwoord."),
    P("In het najaar van 2024 vroegen de minister van Landbouw, Visserij, Voedselzekerheid en Natuur en de minister "
      "van Volkshuisvesting en Ruimtelijke Ordening de raad om een advies over de lange termijn. Zij wilden weten "
      "hoe de aanpak van stikstof en natuurherstel robuuster kan worden, zodat zij minder afhankelijk wordt van "
      "politieke wisselingen en juridische procedures, en hoe het landelijk gebied tegelijkertijd ruimte houdt voor "
      "landbouw, wonen en infrastructuur."),
    H("1.2 Adviesvraag", 2),
    P("De adviesvraag luidde: welke veranderingen in doelen, instrumenten en rolverdeling zijn nodig om de "
      "natuur in Nederland duurzaam te herstellen en tegelijk perspectief te bieden aan boeren en aan andere "
      "gebruikers van het landelijk gebied? De raad heeft deze vraag uitgewerkt in vier deelvragen:"),
    ItemList((
        ListItem("Hoe staat de stikstofgevoelige natuur in Nederland ervoor, en wat heeft het beleid sinds 2019 "
                 "opgeleverd?"),
        ListItem("Welke knelpunten staan een voorspoedige uitvoering in de weg, in het bijzonder voor boeren en voor "
                 "de vergunningverlening?"),
        ListItem("Aan welke uitgangspunten moet een aanpak voldoen die de komende vijftien jaar overeind blijft?"),
        ListItem("Wat vraagt dit van het Rijk, van de provincies en van hun onderlinge samenwerking?"),
    ), style="•"),
    H("1.3 Werkwijze", 2),
    P("Het advies is voorbereid door een commissie uit de raad, ondersteund door een projectteam van het secretariaat. "
      "De commissie heeft zich op verschillende manieren laten informeren:"),
    ItemList((
        ListItem("een analyse van beleidsdocumenten, evaluaties, wetenschappelijke literatuur en jurisprudentie over "
                 "stikstof en natuurherstel sinds 2015;"),
        ListItem("46 gesprekken met boeren, natuurbeheerders, ecologen, juristen, bestuurders en ambtenaren van Rijk, "
                 "provincies, gemeenten en omgevingsdiensten;"),
        ListItem("werkbezoeken aan drie gebieden met een uiteenlopend karakter: de Peel, de Veluwe en het "
                 "Drents-Friese Wold;"),
        ListItem("twee expertbijeenkomsten, één over ecologische indicatoren en één over financiering en "
                 "grondbeleid;"),
        ListItem("een reflectie op het conceptadvies door drie externe deskundigen, die op persoonlijke titel "
                 "hebben meegelezen."),
    ), style="•"),
    P("De raad dankt allen die hun tijd en kennis beschikbaar hebben gesteld. De verantwoordelijkheid voor de "
      "analyse en de aanbevelingen ligt uitsluitend bij de raad."),
    H("1.4 Afbakening en leeswijzer", 2),
    P("Dit advies gaat over de stikstofdepositie op Natura 2000-gebieden en over het herstel van de natuur in en rond "
      "die gebieden. Andere milieuopgaven in het landelijk gebied, zoals de waterkwaliteit en de klimaatdoelen voor "
      "de landbouw, komen aan de orde voor zover zij de stikstofaanpak raken; de raad heeft daarover eerder "
      "afzonderlijk geadviseerd. Het advies gaat niet in op de stikstofuitstoot van het verkeer en de industrie in "
      "detail, hoewel de raad onderkent dat ook die sectoren een bijdrage moeten leveren."),
    P("Hoofdstuk 2 schetst de staat van de natuur en de ontwikkeling van het beleid. Hoofdstuk 3 beschrijft de "
      "knelpunten die de raad in de uitvoering heeft aangetroffen. In hoofdstuk 4 formuleert de raad de "
      "uitgangspunten voor een robuuste aanpak, en hoofdstuk 5 bevat de aanbevelingen."),
)

CHAPTER_2 = (
    H("2 Stikstof en de staat van de natuur"),
    H("2.1 Hoe stikstof de natuur aantast", 2),
    P("Stikstof is een voedingsstof die van nature in beperkte mate beschikbaar is. Veel van de zeldzame planten en "
      "dieren die in Natura 2000-gebieden worden beschermd, zijn juist aangepast aan een arme bodem. Komt er jaar in "
      "jaar uit meer stikstof bij, dan raken zij hun concurrentievoordeel kwijt. Grassen en brandnetels verdringen "
      "heidekruiden en veenmossen, de bodem verzuurt en belangrijke mineralen spoelen uit. Insecten vinden minder "
      "voedsel, en de vogels die van die insecten leven, krijgen minder jongen groot."),
    P("Deze processen verlopen langzaam en zijn maar ten dele omkeerbaar. Ook als de depositie daalt, blijft de "
      "opgehoopte stikstof nog jaren in de bodem aanwezig. Herstel vraagt daarom om twee dingen tegelijk: een "
      "blijvend lagere depositie en actief beheer, zoals het afvoeren van voedselrijke grond, het vernatten van "
      "verdroogde veengebieden en het bekalken van verzuurde bossen. Het een werkt niet zonder het ander."),
    P("De gevoeligheid verschilt sterk per type natuur. Voor elk habitattype is een kritische depositiewaarde (KDW) "
      "bepaald: de depositie waarboven het risico bestaat dat de kwaliteit van het habitat significant wordt "
      "aangetast. Voor hoogvenen en vochtige heiden ligt die grens rond de 500 tot 800 mol per hectare per jaar, "
      "voor sommige bostypen boven de 1.500 mol. De KDW is een wetenschappelijk onderbouwde risicogrens, maar geen "
      "maat voor de feitelijke toestand van de natuur: een gebied kan boven de KDW zitten en toch in redelijke "
      "staat verkeren, of eronder zitten en door verdroging toch achteruitgaan.",
      footnotes=("De KDW-waarden zijn ontleend aan de meest recente herziening van de lijst van habitattypen; de "
                 "precieze waarden verschillen per subtype.",)),
    H("2.2 De ontwikkeling van het beleid sinds 2019", 2),
    P("Na de uitspraak over het PAS heeft het Rijk in korte tijd een groot aantal maatregelen genomen. Er kwam een "
      "wettelijke verplichting om de depositie op een groot deel van de stikstofgevoelige natuur onder de KDW te "
      "brengen, aanvankelijk met 2035 als einddatum. Voor de veehouderij werden verschillende regelingen "
      "opengesteld om bedrijven vrijwillig te laten stoppen of verplaatsen. Provincies kregen de opdracht om "
      "gebiedsprogramma's op te stellen waarin zij de opgaven voor natuur, water en klimaat per gebied zouden "
      "uitwerken."),
    P("De uitvoering verliep grillig. Regelingen werden opengesteld en na korte tijd weer aangepast. Het budget "
      "voor het landelijk gebied werd in opeenvolgende kabinetsperiodes herzien. De gebiedsprogramma's zijn in de "
      "meeste provincies nog niet vastgesteld, onder meer omdat onduidelijk bleef hoeveel geld het Rijk "
      "beschikbaar zou stellen. Intussen bleef de rechter kritisch: in december 2024 oordeelde de Raad van State "
      "dat ook voor het zogenoemde intern salderen in veel gevallen een natuurvergunning nodig is, waardoor "
      "opnieuw een groot aantal projecten stil kwam te liggen."),
    P("Het beeld is niet alleen somber. De ammoniakuitstoot van de landbouw is sinds 1990 meer dan gehalveerd, en "
      "in een aantal gebieden zijn herstelmaatregelen met zichtbaar succes uitgevoerd. In het Dwingelderveld en in "
      "delen van de Peel zijn hoogveenkernen weer gaan groeien nadat sloten werden gedempt en de waterstand werd "
      "verhoogd. Die voorbeelden laten zien dat herstel mogelijk is, maar ook dat het tijd en volharding kost."),
    H("2.3 De cijfers", 2),
    P("Volgens de meest recente berekeningen ontvangt ongeveer 68 procent van het areaal stikstofgevoelige natuur "
      "binnen Natura 2000-gebieden een depositie boven de KDW. In 2015 was dat nog 79 procent. De daling is vooral "
      "het gevolg van schonere motoren en emissiearme technieken in de industrie; de bijdrage van de landbouw is "
      "in dezelfde periode minder sterk afgenomen. In de Gelderse Vallei, de Peel en de Achterhoek ligt de "
      "depositie op veel plaatsen nog twee tot drie keer boven de KDW.",
      footnotes=("Rli-bewerking van modelresultaten over de periode 2015-2024. De cijfers voor de afzonderlijke "
                 "gebieden kennen een onzekerheidsmarge van 30 procent of meer.",)),
    P("Over de feitelijke staat van de natuur is minder bekend. Van de 51 habitattypen die in Nederland voorkomen, "
      "verkeert volgens de laatste rapportage aan de Europese Commissie ruim driekwart in een ongunstige staat van "
      "instandhouding. Voor veel gebieden ontbreken recente veldgegevens; de monitoring is versnipperd over "
      "terreinbeheerders, provincies en onderzoeksinstellingen en volgt geen gemeenschappelijke methode. De raad "
      "constateert dat het beleid daardoor in hoge mate vaart op modeluitkomsten, terwijl de vraag waar het om "
      "draait, namelijk of de natuur herstelt, niet goed kan worden beantwoord."),
    P("Ook de financiële cijfers zijn lastig te duiden. Sinds 2020 is voor natuurherstel en voor de transitie van "
      "het landelijk gebied in totaal ruim 8 miljard euro toegezegd, maar een groot deel daarvan is later weer "
      "geschrapt of naar andere doelen overgeheveld. Uit gesprekken met provincies blijkt dat zij voor hun "
      "gebiedsprogramma's niet weten op welk bedrag zij na 2027 kunnen rekenen."),
)

CHAPTER_3 = (
    H("3 Knelpunten in de uitvoering"),
    P("In de gesprekken en werkbezoeken kwam een aantal knelpunten steeds terug. De raad bespreekt ze hieronder. "
      "Zij hangen nauw met elkaar samen: onzekerheid over doelen werkt door in de financiering, en onzekerheid over "
      "financiering ondermijnt het vertrouwen van boeren en provincies."),
    H("3.1 Sturen op een getal", 2),
    P("De wettelijke doelen voor stikstof zijn geformuleerd als een percentage van het areaal dat onder de KDW moet "
      "komen. Dat getal wordt berekend met een landelijk rekenmodel. Voor de beleidsvorming heeft dat voordelen: "
      "het is eenduidig, het laat zich over jaren vergelijken en het maakt de opgave voor sectoren uitrekenbaar. "
      "Maar het heeft ook nadelen die in de uitvoering steeds zwaarder wegen."),
    P("In de eerste plaats kent het model op het niveau van een afzonderlijk gebied grote onzekerheden. Een "
      "verschil van enkele mollen kan bepalen of een project wel of geen vergunning krijgt, terwijl de "
      "onzekerheid in de berekening veel groter is dan dat verschil. In de tweede plaats zegt het getal niets "
      "over de vraag of de natuur herstelt. Een gebied waar de depositie daalt maar de verdroging voortduurt, "
      "gaat er niet op vooruit. Omgekeerd kan een gebied waar actief wordt vernat en geplagd, herstel laten zien "
      "terwijl de depositie nog boven de KDW ligt."),
    P("Verschillende gesprekspartners wezen erop dat het landelijke doel daardoor een eigen leven is gaan leiden. "
      "Het debat gaat over het jaartal waarin een percentage moet zijn bereikt, en niet over de vraag welke natuur "
      "Nederland wil behouden en wat daarvoor in een bepaald gebied nodig is. Dat maakt het voor boeren en "
      "bewoners moeilijk om zich bij de opgave iets voor te stellen, en het voedt het gevoel dat er wordt gestuurd "
      "op een abstractie."),
    H("3.2 Geen lange adem voor boeren", 2),
    P("De boeren die de raad sprak, zijn niet per definitie tegen verandering. Velen van hen zijn bereid om hun "
      "bedrijf aan te passen, extensiever te gaan werken of een deel van hun grond in te zetten voor natuur. Wat "
      "hen tegenhoudt, is het gebrek aan zekerheid. Een melkveehouder die overschakelt op een extensief systeem, "
      "investeert voor twintig jaar. Subsidieregelingen voor natuurbeheer lopen doorgaans zes jaar en kunnen "
      "tussentijds worden gewijzigd. Een bank financiert op die basis geen omschakeling."),
    P("Daarnaast ervaren boeren het aanbod van de overheid als versnipperd. Er zijn regelingen voor beëindiging, "
      "voor verplaatsing, voor extensivering en voor innovatie, elk met eigen voorwaarden, eigen loketten en eigen "
      "termijnen. Een ondernemer die wil weten wat de mogelijkheden zijn, moet vaak bij drie of vier instanties "
      "langs. In de Peel vertelde een boer de raad dat hij in twee jaar tijd met elf verschillende adviseurs had "
      "gesproken, zonder dat iemand hem kon zeggen welke route voor zijn bedrijf de beste was."),
    P("De beëindigingsregelingen zelf hebben veel belangstelling getrokken, maar de spreiding van de deelnemers "
      "sluit maar ten dele aan bij de plekken waar de natuur het meest onder druk staat. Ongeveer 40 procent van "
      "de stikstofruimte die via de regelingen vrijkwam, ligt op meer dan tien kilometer van de zwaarst "
      "overbelaste gebieden. Voor de natuur in die gebieden levert zij dus relatief weinig op."),
    H("3.3 Innovaties die op papier werken", 2),
    P("Een belangrijk deel van de verwachte emissiereductie in de veehouderij zou volgens eerdere plannen komen "
      "van emissiearme stalsystemen. Vergunningen werden verleend op basis van de reductiepercentages die voor "
      "deze systemen waren vastgesteld. Metingen op praktijkbedrijven lieten echter zien dat een aantal systemen "
      "in de praktijk veel minder reductie haalt dan op papier. In enkele gevallen was de uitstoot zelfs "
      "vergelijkbaar met die van een traditionele stal."),
    P("De gevolgen zijn ingrijpend. Vergunningen die op deze systemen steunen, zijn juridisch kwetsbaar geworden. "
      "Veehouders die te goeder trouw hebben geïnvesteerd, zitten met een stal die niet doet wat is beloofd. En "
      "de rekensom van het beleid klopt niet meer: de reductie die op papier is ingeboekt, is in werkelijkheid "
      "maar gedeeltelijk gerealiseerd. De raad acht het van groot belang dat deze fout zich niet herhaalt."),
    H("3.4 Vergunningverlening op slot", 2),
    P("Door de uitspraken van de rechter is het verlenen van natuurvergunningen in veel gebieden vrijwel "
      "onmogelijk geworden. Dat treft niet alleen de landbouw, maar ook de woningbouw, de aanleg en het onderhoud "
      "van wegen en dijken en de energietransitie. Projecten van groot maatschappelijk belang concurreren om "
      "dezelfde schaarse stikstofruimte als uitbreidingen van individuele bedrijven, zonder dat er een openbare "
      "afweging wordt gemaakt over wie voorrang krijgt."),
    P("Een bijzondere groep vormen de PAS-melders: ondernemers die onder het oude programma met een melding konden "
      "volstaan en na 2019 zonder geldige vergunning kwamen te zitten. Het Rijk heeft toegezegd deze groep te "
      "legaliseren, maar na zes jaar is dat voor het merendeel nog niet gelukt. Een aantal van hen is "
      "geconfronteerd met verzoeken om handhaving. De raad sprak ondernemers die al jaren in onzekerheid verkeren "
      "en die het vertrouwen in de overheid grotendeels kwijt zijn."),
    P("Ten slotte is het voor buitenstaanders vrijwel onmogelijk om te volgen hoeveel stikstofruimte er in een "
      "gebied beschikbaar komt en aan wie die wordt toegekend. Gegevens zijn verspreid over verschillende "
      "instanties en niet openbaar. Dat voedt het wantrouwen, zowel bij boeren die vrezen dat hun ruimte naar "
      "andere sectoren gaat als bij natuurorganisaties die vrezen dat de ruimte niet aan de natuur ten goede komt."),
    H("3.5 Uitvoeringskracht en samenwerking", 2),
    P("De provincies zijn verantwoordelijk voor de gebiedsgerichte aanpak en voor het grootste deel van de "
      "vergunningverlening. In de praktijk wordt veel van dat werk gedaan door de omgevingsdiensten. Die kampen met "
      "een tekort aan ecologen en juristen met kennis van het natuurbeschermingsrecht. Vacatures blijven lang "
      "open, en ervaren medewerkers vertrekken naar adviesbureaus die beter betalen. De behandeling van "
      "aanvragen duurt daardoor lang, en het toezicht op de naleving van vergunningen komt er vaak bij in."),
    P("De samenwerking tussen Rijk en provincies is de afgelopen jaren onder druk komen te staan. Provincies "
      "voelen zich afhankelijk van een Rijk dat zijn koers en zijn budgetten meermalen heeft gewijzigd. Het Rijk "
      "wijst erop dat de provincies hun gebiedsprogramma's nog niet hebben afgerond. Afspraken worden gemaakt in "
      "bestuurlijk overleg, maar zijn niet afdwingbaar, en er is geen voorziening voor het geval Rijk en provincie "
      "het niet eens worden. Ook voor grondverwerving werkt iedere provincie met een eigen grondbedrijf, zodat "
      "ruilgrond die in de ene provincie beschikbaar is, niet eenvoudig kan worden ingezet voor een boer die net "
      "over de provinciegrens wil verplaatsen."),
    H("3.6 Samenvattend", 2),
    P("Samengevat constateert de raad het volgende:"),
    ItemList((
        ListItem("de aanpak stuurt op een landelijk rekengetal dat weinig zegt over de werkelijke toestand van de "
                 "natuur in een gebied;"),
        ListItem("boeren missen de zekerheid op lange termijn die nodig is om hun bedrijf om te vormen;"),
        ListItem("technische maatregelen zijn ingeboekt voordat hun werking was aangetoond;"),
        ListItem("de toedeling van stikstofruimte is ondoorzichtig, en de PAS-melders wachten nog steeds op een "
                 "oplossing;"),
        ListItem("provincies en omgevingsdiensten hebben onvoldoende capaciteit, en de afspraken tussen Rijk en "
                 "provincies zijn vrijblijvend."),
    ), style="–"),
)

CHAPTER_4 = (
    H("4 Uitgangspunten voor een robuuste aanpak"),
    P("Een aanpak die de komende vijftien jaar overeind moet blijven, kan niet steeds opnieuw worden ontworpen. "
      "Hij moet bestand zijn tegen politieke wisselingen, tegen nieuwe rechterlijke uitspraken en tegen "
      "tegenvallende resultaten. De raad heeft daarvoor vier uitgangspunten geformuleerd. Zij vormen de basis voor "
      "de aanbevelingen in het volgende hoofdstuk."),
    ItemList((
        ListItem("De natuur is de maatstaf. Doelen en voortgang worden uitgedrukt in de kwaliteit van habitats en "
                 "soorten, gemeten in het veld, en niet alleen in een berekende depositie."),
        ListItem("Zekerheid gaat voor snelheid. Boeren, bedrijven en overheden moeten kunnen rekenen op afspraken "
                 "die langer meegaan dan een kabinetsperiode, ook als dat betekent dat het tempo in het begin "
                 "lager ligt."),
        ListItem("Alleen wat werkt, telt mee. Maatregelen worden pas in de rekensom opgenomen als hun effect "
                 "aantoonbaar is."),
        ListItem("Openheid schept vertrouwen. Gegevens over depositie, ruimte en toedeling zijn voor iedereen "
                 "toegankelijk."),
    ), style="a."),
    P("Deze uitgangspunten hebben consequenties voor alle betrokken overheden. Voor het Rijk betekent het vooral dat "
      "de wettelijke basis moet worden verbreed en dat de financiering een langere horizon moet krijgen. Voor de "
      "provincies betekent het dat zij de regie in de gebieden daadwerkelijk moeten oppakken. En voor de "
      "samenwerking tussen beide betekent het dat vrijblijvendheid plaats moet maken voor afspraken waarop partijen "
      "elkaar kunnen aanspreken."),
    P("De raad realiseert zich dat een verschuiving van rekengetallen naar ecologische doelen niet zonder risico "
      "is. Ecologische maatstaven zijn minder eenvoudig te meten en vragen om een goed ingerichte monitoring. Ook "
      "moet worden bezien hoe zo'n verschuiving zich verhoudt tot de Europese Habitatrichtlijn en tot de "
      "rechtspraak daarover. Volgens de raad weegt dat risico echter niet op tegen de nadelen van de huidige "
      "systematiek, die de discussie over natuur heeft gereduceerd tot een discussie over modeluitkomsten."),
    P("Dat betekent niet dat depositie er niet meer toe doet. Zonder een forse en blijvende daling van de "
      "stikstofdepositie is duurzaam herstel in de meeste gebieden onmogelijk. Depositie blijft daarom een "
      "belangrijke indicator; zij is alleen niet langer het enige doel waarop wordt gestuurd."),
    PageBreak(),
)

RECOMMENDATIONS = (
    H("5 Aanbevelingen"),
    P("Op basis van de analyse in de voorgaande hoofdstukken doet de raad zestien aanbevelingen. Zij zijn geordend in "
      "vijf thema's en per thema gericht aan de partij die in de eerste plaats aan zet is. Sommige aanbevelingen "
      "vragen een wetswijziging en zullen pas na enkele jaren effect hebben; andere kunnen op korte termijn worden "
      "uitgevoerd. De raad vraagt alle betrokkenen om de aanbevelingen in samenhang te bezien."),
    Columns((
        LEAD("Thema A – Sturen op de natuur. De raad adviseert het kabinet:"),
        ItemList((
            ListItem("Leg per Natura 2000-gebied in de wet vast welke natuurkwaliteit uiterlijk in 2035 bereikt moet "
                     "zijn, met een bindend tussendoel voor 2030, en laat deze gebiedsdoelen in de plaats komen van "
                     "de landelijke omgevingswaarden voor stikstofdepositie.", recommendation=R("1", "KABINET")),
            ListItem("Maak de ecologische staat van de habitats, vastgesteld met metingen in het veld, leidend bij de "
                     "toestemmingsverlening en bij het meten van de voortgang, en geef de kritische depositiewaarde "
                     "daarin niet langer een beslissende rol.", recommendation=R("2", "KABINET")),
            ListItem("Richt een openbaar stikstofregister in dat per gebied bijhoudt hoeveel depositieruimte "
                     "vrijkomt, aan wie die wordt toegedeeld en met welk doel.", recommendation=R("3", "KABINET")),
            ListItem("Breng de middelen voor natuurherstel en voor de omschakeling van de landbouw onder in een "
                     "begrotingsfonds met een looptijd tot ten minste 2040, zodat de financiering niet elk jaar "
                     "opnieuw ter discussie staat.", recommendation=R("4", "KABINET")),
        ), style="1)"),
        LEAD("Thema B – Perspectief voor boeren. Aan de minister van Landbouw, Visserij, Voedselzekerheid en "
             "Natuur:"),
        ItemList((
            ListItem("Bied boeren in en rond de overbelaste Natura 2000-gebieden contracten voor groenblauwe diensten "
                     "aan met een looptijd van ten minste vijftien jaar en een vaste, jaarlijks geïndexeerde "
                     "vergoeding.", recommendation=R("5", "LNV")),
            ListItem("Richt de beëindigingsregelingen voor veehouderijen voortaan uitsluitend op bedrijven in en "
                     "rond de zwaarst overbelaste gebieden, in plaats van ze landelijk open te stellen.",
                     recommendation=R("6", "LNV")),
            ListItem("Erken emissiearme stalsystemen en andere technische maatregelen alleen nog als metingen op "
                     "praktijkbedrijven de beoogde reductie hebben aangetoond, en trek de erkenning in van systemen "
                     "waarbij dat niet het geval is.", recommendation=R("7", "LNV")),
            ListItem("Zorg dat elke ondernemer die wil omschakelen of extensiveren één vast aanspreekpunt krijgt, en "
                     "voeg de verschillende adviesloketten van Rijk en provincies samen tot één loket.",
                     recommendation=R("8", "LNV")),
            ListItem("Los de situatie van de PAS-melders binnen twee jaar op en leg die termijn wettelijk vast, zodat "
                     "deze ondernemers niet langer onder de dreiging van handhaving werken.",
                     recommendation=R("9", "LNV")),
        ), style="1)", start=5),
        LEAD("Thema C – Ruimte en vergunningverlening. Aan de minister van Volkshuisvesting en Ruimtelijke "
             "Ordening:"),
        ItemList((
            ListItem("Leg in de Nota Ruimte overgangszones vast rond de meest kwetsbare Natura 2000-gebieden en "
                     "verbind daaraan instructieregels over het toegestane grondgebruik.",
                     recommendation=R("10", "BZK")),
            ListItem("Reserveer samen met de minister van Landbouw, Visserij, Voedselzekerheid en Natuur een vast "
                     "deel van de vrijkomende stikstofruimte voor woningbouw en voor infrastructuur van nationaal "
                     "belang, en maak het kader voor die verdeling openbaar.", recommendation=R("11", "BZK", "LNV")),
        ), style="1)", start=10),
        LEAD("Thema D – Uitvoering in de regio. Aan de provincies:"),
        ItemList((
            ListItem("Versterk de omgevingsdiensten, zodat zij beschikken over voldoende ecologische en juridische "
                     "deskundigheid voor de vergunningverlening en het toezicht op natuurvergunningen.",
                     recommendation=R("12", "OTHER")),
            ListItem("Stel de provinciale gebiedsprogramma's uiterlijk op 1 juli 2026 vast, met per gebied concrete "
                     "maatregelen, middelen en termijnen.", recommendation=R("13", "OTHER")),
        ), style="1)", start=12),
        LEAD("Thema E – Samen verantwoordelijk. Aan het kabinet en de provincies gezamenlijk:"),
        ItemList((
            ListItem("Richt een gezamenlijke grondbank van Rijk en provincies op die grond kan aankopen, tijdelijk "
                     "kan beheren en kan ruilen, zodat boeren rond natuurgebieden over provinciegrenzen heen kunnen "
                     "verplaatsen of extensiveren.", recommendation=R("14", "KABINET", "OTHER")),
            ListItem("Leg de afspraken over natuurherstel, met de bijbehorende taken, middelen en termijnen, vast in "
                     "een bindend bestuursakkoord met een onafhankelijke geschillenregeling.",
                     recommendation=R("15", "KABINET", "OTHER")),
            ListItem("Laat de voortgang van het natuurherstel elke twee jaar beoordelen door een onafhankelijke "
                     "wetenschappelijke commissie en maak de oordelen van die commissie openbaar.",
                     recommendation=R("16", "KABINET", "OTHER")),
        ), style="1)", start=14),
    )),
)

REPORT = Document(
    title="Grond onder de voeten",
    subtitle="Advies over stikstof, natuurherstel en het perspectief voor het landelijk gebied",
    running_header="Rli-advies  |  Grond onder de voeten",
    font_family="serif",
    imprint=("Raad voor de leefomgeving en infrastructuur", "Den Haag, oktober 2025"),
    blocks=SUMMARY + CHAPTER_1 + CHAPTER_2 + CHAPTER_3 + CHAPTER_4 + RECOMMENDATIONS,
)

# --------------------------------------------------------------------------------------------------------------
# Response: a kabinetsreactie with an overview table first, then prose per theme
# --------------------------------------------------------------------------------------------------------------

STANDPUNT = {
    "agree": "Overgenomen",
    "partial_part": "Deels overgenomen",
    "partial_study": "Wordt bezien",
    "disagree": "Niet overgenomen",
}


def row(number: str, summary: str, kind: str) -> tuple[str, Cell]:
    """A table row: the recommendation in brief, and the standpoint cell that carries the gold answer."""
    text = STANDPUNT[kind]
    position = kind.split("_")[0]
    return (f"{number}. {summary}", Cell(text, answers=(Answer(number, position, text),)))


OVERVIEW = Table(
    header=("Aanbeveling", "Standpunt kabinet"),
    rows=(
        row("1", "Bindende natuurdoelen per Natura 2000-gebied in plaats van landelijke omgevingswaarden",
            "partial_part"),
        row("2", "Ecologische staat van habitats leidend bij toestemmingsverlening, niet langer de KDW",
            "partial_study"),
        row("3", "Openbaar stikstofregister per gebied", "agree"),
        row("4", "Begrotingsfonds voor natuurherstel en omschakeling tot ten minste 2040", "disagree"),
        row("5", "Contracten voor groenblauwe diensten van ten minste vijftien jaar", "agree"),
        row("6", "Beëindigingsregelingen alleen rond de zwaarst overbelaste gebieden", "disagree"),
        row("7", "Erkenning van stalsystemen alleen op basis van praktijkmetingen", "agree"),
        row("8", "Eén aanspreekpunt per ondernemer en één loket van Rijk en provincies", "partial_part"),
        row("9", "Wettelijke termijn van twee jaar voor de legalisering van PAS-melders", "agree"),
        row("10", "Overgangszones met instructieregels in de Nota Ruimte", "disagree"),
        row("11", "Vast deel van de stikstofruimte voor woningbouw en infrastructuur", "agree"),
        row("14", "Gezamenlijke grondbank van Rijk en provincies", "partial_study"),
        row("15", "Bindend bestuursakkoord met onafhankelijke geschillenregeling", "agree"),
    ),
    widths=(3.2, 1.3),
    rules="rows",
)

# Prose answers (the table above comes first and decides the gold position; these carry the same positions).

A1_EVIDENCE = ("Het landelijke doel voor de stikstofdepositie laat het kabinet echter niet los: zonder dat doel "
               "ontbreekt de prikkel voor sectoren waarvan de uitstoot ver buiten het eigen gebied neerslaat.")
A1 = P("De raad adviseert om per Natura 2000-gebied een bindend natuurdoel met een tussendoel voor 2030 in de wet "
       "vast te leggen, in plaats van te sturen op landelijke omgevingswaarden voor depositie. Het kabinet ziet, net "
       "als de raad, dat een landelijk percentage weinig zegt over de toestand van de natuur in een bepaald gebied. "
       "In het wetsvoorstel versterking natuurherstel, dat in het voorjaar van 2026 in internetconsultatie gaat, "
       "neemt het kabinet daarom voor elk Natura 2000-gebied een resultaatsverplichting op voor de kwaliteit van de "
       "habitats in 2030 en 2035. " + A1_EVIDENCE + " De gebiedsdoelen komen dus naast de omgevingswaarden te staan, "
       "niet in de plaats daarvan.",
       answers=(Answer("1", "partial", A1_EVIDENCE),))

A2_EVIDENCE = ("Het kabinet laat daarom eerst onderzoeken of een ecologische maatstaf de rol van de KDW bij de "
               "toestemmingsverlening juridisch houdbaar kan overnemen, en onder welke voorwaarden.")
A2 = P("Verder vraagt de raad om de ecologische staat van de habitats leidend te maken bij de "
       "toestemmingsverlening en bij het meten van de voortgang. Deze aanbeveling raakt aan de kern van het "
       "natuurbeschermingsrecht en aan de manier waarop de Raad van State en het Hof van Justitie van de Europese "
       "Unie de Habitatrichtlijn uitleggen. " + A2_EVIDENCE + " De uitkomsten verwacht het kabinet eind 2026; pas "
       "daarna kan een besluit worden genomen. Wel wordt de monitoring in het veld nu al uitgebreid, zodat er dan "
       "betrouwbare gegevens beschikbaar zijn.",
       answers=(Answer("2", "partial", A2_EVIDENCE),))

A3_EVIDENCE = ("Vanaf 1 juli 2026 is voor ieder Natura 2000-gebied openbaar in te zien hoeveel depositieruimte er is "
               "vrijgekomen, aan welke projecten die is toegedeeld en met welk doel.")
A3 = P("Het gebrek aan inzicht in de stikstofruimte, waar de raad terecht op wijst, ondermijnt het vertrouwen in de "
       "aanpak. " + A3_EVIDENCE + " Het register wordt beheerd door BIJ12 in opdracht van het Rijk en de "
       "provincies; het kabinet stelt hiervoor structureel 3,8 miljoen euro per jaar beschikbaar.",
       answers=(Answer("3", "agree", A3_EVIDENCE),))

A4_EVIDENCE = ("Ik begrijp de wens van de raad om de financiering voor langere tijd zeker te stellen, maar een "
               "afzonderlijk begrotingsfonds voegt naar het oordeel van het kabinet weinig toe.")
A4 = P(A4_EVIDENCE + " De middelen voor het landelijk gebied staan meerjarig op de begroting van het ministerie van "
       "Landbouw, Visserij, Voedselzekerheid en Natuur en worden jaarlijks door uw Kamer geautoriseerd. Een fonds "
       "met een looptijd tot 2040 zou dat budgetrecht beperken, zonder dat er meer geld beschikbaar komt. Dat "
       "betekent niet dat boeren en provincies geen zekerheid krijgen: middelen die in een contract of een "
       "bestuurlijke afspraak zijn vastgelegd, blijven gedurende de hele looptijd beschikbaar.",
       answers=(Answer("4", "disagree", A4_EVIDENCE),))

A5_EVIDENCE = ("Het kabinet is het met de raad eens dat boeren rond kwetsbare natuur moeten kunnen rekenen op een "
               "vergoeding die langer meegaat dan één subsidieperiode, en zal daarom vanaf 1 januari 2026 in alle "
               "overbelaste Natura 2000-gebieden contracten voor groenblauwe diensten aanbieden met een looptijd van "
               "vijftien jaar en een vaste vergoeding die jaarlijks wordt geïndexeerd.")
A6_EVIDENCE = ("Het kabinet ziet echter geen aanleiding om de beëindigingsregelingen te beperken tot de zwaarst "
               "overbelaste gebieden.")
A5_A6 = P("De raad doet twee aanbevelingen over de manier waarop de middelen voor boeren worden ingezet. "
          + A5_EVIDENCE + " Voor deze contracten is tot 2040 in totaal 1,2 miljard euro gereserveerd. "
          + A6_EVIDENCE + " Ook buiten die gebieden zijn er veehouders die willen stoppen, en elke beëindiging levert "
          "ruimte op die voor natuurherstel, woningbouw of de PAS-melders kan worden ingezet. De regelingen blijven "
          "daarom landelijk opengesteld, met een hogere vergoeding voor bedrijven die dicht bij overbelaste natuur "
          "liggen.",
          answers=(Answer("5", "agree", A5_EVIDENCE), Answer("6", "disagree", A6_EVIDENCE)))

A7_EVIDENCE = "Het kabinet neemt aanbeveling 7 over."
A7 = P(A7_EVIDENCE + " Vanaf 2026 wordt een stalsysteem alleen nog erkend als metingen op ten minste vier "
       "praktijkbedrijven de beoogde reductie hebben aangetoond. Systemen waarvan uit de lopende meetprogramma's "
       "blijkt dat zij onvoldoende presteren, verliezen hun erkenning. Voor veehouders die zo'n systeem te goeder "
       "trouw hebben gebouwd, komt er een overgangsregeling met ondersteuning bij het aanpassen van de stal.",
       answers=(Answer("7", "agree", A7_EVIDENCE),))

A8_EVIDENCE = ("Het kabinet begint in 2026 met een proef met één vast aanspreekpunt in Gelderland, Overijssel "
               "en Noord-Brabant, maar neemt het samenvoegen van de loketten van Rijk en provincies niet over.")
A8 = P("Het beeld van de ondernemer die van loket naar loket wordt gestuurd, herkent het kabinet. De raad stelt voor "
       "om iedere ondernemer die wil omschakelen één vast aanspreekpunt te geven en de loketten samen te voegen. "
       + A8_EVIDENCE + " De loketten hebben verschillende taken, van subsidieverlening tot vergunningverlening, die "
       "bij verschillende bestuurslagen belegd zijn. Betere onderlinge doorverwijzing ligt daarom meer voor de hand "
       "dan een nieuwe organisatie.",
       answers=(Answer("8", "partial", A8_EVIDENCE),))

A9_EVIDENCE = ("In het wetsvoorstel versterking natuurherstel neemt het kabinet een wettelijke termijn op: uiterlijk "
               "op 31 december 2027 moet voor iedere PAS-melding een vergunning zijn verleend of een andere "
               "oplossing zijn gevonden.")
A9 = P("De ondernemers die onder het oude programma met een melding konden volstaan, wachten al veel te lang op "
       "duidelijkheid. " + A9_EVIDENCE + " Om dat mogelijk te maken, wordt 250 miljoen euro extra vrijgemaakt voor "
       "het verwerven van stikstofruimte voor deze groep, en krijgen de provincies extra capaciteit om de "
       "aanvragen te behandelen.",
       answers=(Answer("9", "agree", A9_EVIDENCE),))

A10_EVIDENCE = ("Het kabinet acht het niet wenselijk om vanuit het Rijk overgangszones te begrenzen en daaraan "
                "instructieregels te verbinden.")
A10 = P("De raad adviseert de minister van Volkshuisvesting en Ruimtelijke Ordening om in de Nota Ruimte "
        "overgangszones rond de meest kwetsbare Natura 2000-gebieden vast te leggen. " + A10_EVIDENCE + " De "
        "provincies kennen de gebieden en zijn het best in staat om in hun gebiedsprogramma's en omgevingsverordeningen "
        "te bepalen welk grondgebruik rond een natuurgebied passend is. De Nota Ruimte bevat daarvoor al de "
        "nodige kaders, waaronder het principe dat water en bodem sturend zijn voor de inrichting van het "
        "landelijk gebied.",
        answers=(Answer("10", "disagree", A10_EVIDENCE),))

A11_EVIDENCE = ("De minister van Volkshuisvesting en Ruimtelijke Ordening en ik onderschrijven de aanbeveling om een "
                "vast deel van de vrijkomende stikstofruimte te reserveren voor woningbouw en voor infrastructuur van "
                "nationaal belang.")
A11 = P(A11_EVIDENCE + " Van de ruimte die vrijkomt via de beëindigingsregelingen wordt 30 procent voor dat doel "
        "bestemd; de overige ruimte gaat naar natuurherstel en naar de PAS-melders. Het kader voor deze verdeling "
        "wordt vóór 1 april 2026 gepubliceerd en in het openbare register verwerkt.",
        answers=(Answer("11", "agree", A11_EVIDENCE),))

A13_EVIDENCE = ("Het kabinet steunt de oproep van de raad aan de provincies om hun gebiedsprogramma's uiterlijk op "
                "1 juli 2026 vast te stellen, en zal de rijksbijdrage voor de gebiedsprogramma's vanaf die datum "
                "alleen nog toekennen aan vastgestelde programma's met concrete maatregelen, middelen en termijnen.")
A13 = P(A13_EVIDENCE + " Zo krijgen provincies die snel handelen ook als eerste zekerheid over de financiering.",
        answers=(Answer("13", "agree", A13_EVIDENCE),))

A12 = P("Aanbeveling 12, over de deskundigheid en capaciteit van de omgevingsdiensten, is gericht aan de "
        "provincies. De omgevingsdiensten worden aangestuurd door provincies en gemeenten. Het Rijk ondersteunt hen sinds "
        "2023 met een landelijk opleidingsprogramma voor vergunningverleners en toezichthouders op het gebied van "
        "natuur. Het Interprovinciaal "
        "Overleg heeft laten weten dat de provincies op deze aanbeveling in een eigen reactie ingaan.")

A14_EVIDENCE = ("Het kabinet gaat samen met het Interprovinciaal Overleg verkennen of een gezamenlijke grondbank "
                "meerwaarde heeft naast de bestaande provinciale grondbedrijven.")
A14 = P("Grond is in veel gebieden de sleutel tot een oplossing, en de raad wijst er terecht op dat provinciegrenzen "
        "daarbij soms in de weg zitten. " + A14_EVIDENCE + " Daarbij worden ook de kosten en de juridische vorm "
        "betrokken. Over de uitkomst wordt uw Kamer na de zomer van 2026 geïnformeerd.",
        answers=(Answer("14", "partial", A14_EVIDENCE),))

A15_EVIDENCE = ("Het Rijk en de provincies leggen hun afspraken over natuurherstel vast in een bestuursakkoord, dat in "
                "het eerste kwartaal van 2026 wordt ondertekend en dat voor beide partijen bindend is.")
A15 = P(A15_EVIDENCE + " Het akkoord bevat per provincie de taken, het budget en de termijnen. Komen Rijk en "
        "provincie er samen niet uit, dan doet een onafhankelijke geschillencommissie een uitspraak die beide "
        "partijen vooraf als bindend aanvaarden.",
        answers=(Answer("15", "agree", A15_EVIDENCE),))

RESPONSE_BLOCKS = (
    P("Geachte voorzitter,"),
    P("Op 14 oktober 2025 heeft de Raad voor de leefomgeving en infrastructuur (Rli) het advies ‘Grond onder de "
      "voeten’ uitgebracht over stikstof, natuurherstel en het perspectief voor het landelijk gebied. Het advies "
      "is opgesteld op verzoek van de minister van Volkshuisvesting en Ruimtelijke Ordening en mij. Met deze brief "
      "ontvangt u, mede namens de minister van Volkshuisvesting en Ruimtelijke Ordening, de reactie van het kabinet "
      "op het advies."),
    P("Het kabinet dankt de raad voor een zorgvuldig en prikkelend advies. De raad legt de vinger op een pijnlijke "
      "plek: na zes jaar beleid herstelt de natuur nog nauwelijks, zit de vergunningverlening op veel plaatsen "
      "op slot en hebben veel boeren het vertrouwen in de overheid verloren. Het kabinet deelt de analyse dat de "
      "aanpak te veel heeft gestuurd op rekengetallen en te weinig op de toestand van de natuur zelf, en dat "
      "zekerheid op lange termijn voor boeren en provincies onmisbaar is."),
    P("Niet alle aanbevelingen neemt het kabinet over. Sommige vragen een ingrijpende wijziging van het juridisch "
      "kader waarvan de gevolgen eerst zorgvuldig moeten worden onderzocht; bij andere kiest het kabinet voor een "
      "andere route dan de raad voorstelt. Hieronder vindt u eerst een overzicht van de standpunten, daarna een "
      "toelichting per thema."),
    H("1. Overzicht van de standpunten", 2),
    P("De tabel geeft per aanbeveling het standpunt van het kabinet weer. De aanbevelingen die uitsluitend aan de "
      "provincies zijn gericht, zijn niet in de tabel opgenomen; op de rol van het Rijk daarbij wordt in paragraaf 5 "
      "ingegaan."),
    OVERVIEW,
    H("2. Sturen op de natuur", 2),
    A1,
    A2,
    A3,
    H("3. Financiering", 2),
    A4,
    H("4. Perspectief voor boeren", 2),
    P("Voor boeren is de afgelopen jaren veel veranderd, en vaak in korte tijd. Het kabinet wil hun de rust en de "
      "zekerheid bieden die nodig zijn om keuzes voor de lange termijn te maken. De raad doet daarover vijf "
      "aanbevelingen aan de minister van Landbouw, Visserij, Voedselzekerheid en Natuur."),
    A5_A6,
    A7,
    A8,
    A9,
    H("5. Ruimte, vergunningverlening en de regio", 2),
    A10,
    A11,
    P("Twee aanbevelingen richt de raad aan de provincies. Het kabinet respecteert de eigen verantwoordelijkheid "
      "van de provincies, maar heeft als medefinancier wel een opvatting over de gebiedsprogramma's."),
    A13,
    A12,
    H("6. Samenwerking tussen Rijk en provincies", 2),
    A14,
    A15,
    H("7. Tot slot", 2),
    P("Het advies van de raad komt op een moment waarop het kabinet de koers voor het landelijk gebied voor de "
      "komende jaren vastlegt. Veel van wat de raad bepleit, vindt zijn weg naar het wetsvoorstel versterking "
      "natuurherstel en naar het bestuursakkoord met de provincies. Het kabinet zal uw Kamer in de jaarlijkse "
      "voortgangsbrief natuur en stikstof informeren over de uitvoering van de toezeggingen in deze brief."),
    P("De minister van Landbouw, Visserij, Voedselzekerheid en Natuur,"),
)

RESPONSE = Document(
    title="Kabinetsreactie op het Rli-advies ‘Grond onder de voeten’",
    subtitle=("Brief van de minister van Landbouw, Visserij, Voedselzekerheid en Natuur, mede namens de minister "
              "van Volkshuisvesting en Ruimtelijke Ordening, aan de Voorzitter van de Tweede Kamer der "
              "Staten-Generaal  |  Den Haag, 9 december 2025"),
    running_header="Kabinetsreactie Rli-advies stikstof en natuurherstel",
    title_page=False,
    blocks=RESPONSE_BLOCKS,
)

PAIR = Pair(
    name="nitrogen_nature_council",
    report=REPORT,
    response=RESPONSE,
    description=("Rli-style advice on nitrogen and nature recovery (16 recs '1)'-'16)' in a two-column closing section "
                 "under five addressee lead-ins); kabinetsreactie with a 'rows' overview table of standpoints that "
                 "decides, prose per theme, 13 answered in prose only, 12 passed on to the provinces, 16 unanswered"),
)
