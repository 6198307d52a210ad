"""Pair: a fictional Tijdelijke Commissie Energiearmoede advice on insulation, energy bills and debt ("Niemand in de
kou"), and the letter of the minister of Klimaat en Groene Groei, mede namens SZW and VRO, that answers it.

Layout traits this pair tests: a sans report with a title page and a running header.  No chapter or section heading
announces recommendations: the fourteen recommendations sit at the end of the last chapter "6 Wat nu?", after three
plain paragraphs, as one numbered list "1." .. "14." split into three groups by bold lead-in paragraphs that end with
a colon and name the addressees ("Aan het kabinet:", "Aan gemeenten en energieleveranciers:", "Aan de ACM:"); the
numbering runs on across the groups.  Items are mostly two sentences; items 2 and 10 carry a nested list of
conditions that is part of the item (the renderer labels nested items "a." "b." "c.", as a sub-list of a "1." list).
Earlier chapters hold numbered "1." lists that are not recommendations: the three questions of the assignment
(1.1), key figures (2.2), observations from the neighbourhoods (3.3) and five conclusions (5.2), plus a table of
roles in chapter 5.

The response is a letter (no title page, serif) of the minister of KGG written mede namens the ministers of SZW and
VRO, with thanks, context and an "analysis only" paragraph without a position, then one paragraph per answer, each
opening with a run-in "Aanbeveling N." or "Aanbeveling N en M." (the renderer has no inline bold, so the run-in is in
the body font).  Gold positions:
 1 agree (cue: "neemt deze aanbeveling over")            8 agree (commits to the asked study, date, no cue word)
 2 agree (no cue: 480 miljoen euro from 1 January 2026)  9 partial (money for 2026 only, no commitment after)
 3 agree ("Aanbeveling 3 neem ik over; ...")            10 agree ("onderschrijf ik", rule per 1 July 2026)
 4 disagree (same sentence: "aanbeveling 4 niet, omdat") 11 partial (same paragraph as 10: only "verkennen")
 5 disagree (shares the analysis; "acht ik niet uitvoerbaar")  12 not addressed (never mentioned)
 6 partial (pilot in six municipalities first)          13 not addressed (passed to the ACM as independent regulator)
 7 disagree (existing Regeling afsluitbeleid/Energiewet; "zie geen aanleiding")  14 agree ("Ik steun ...")
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


def facts(*texts: str) -> ItemList:
    """A numbered list that is not a list of recommendations."""
    return ItemList(items=tuple(ListItem(text) for text in texts), style="1.")


def bullets(*texts: str) -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style="•")


def rec(number: int, text: str, *departments: str, conditions: tuple[str, ...] = ()) -> ListItem:
    return ListItem(text, children=tuple(ListItem(c) for c in conditions),
                    recommendation=Recommendation(str(number), tuple(departments)))


def recs(start: int, *items: ListItem) -> ItemList:
    return ItemList(items=items, style="1.", start=start)


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H("Voorwoord"),
    P("In de winter van 2022 op 2023 zaten honderdduizenden huishoudens met de jas aan in de woonkamer. De prijzen van "
      "gas en elektriciteit waren in korte tijd verdrievoudigd, en wie in een tochtige woning woonde en weinig te "
      "besteden had, kon nergens meer op bezuinigen. Het prijsplafond en de energietoeslag hebben toen veel erger "
      "voorkomen. Maar de prijzen zijn niet teruggekeerd naar het oude niveau, de tijdelijke steun is verdwenen en de "
      "woningen zijn grotendeels dezelfde gebleven."),
    P("De minister van Klimaat en Groene Groei heeft de Tijdelijke Commissie Energiearmoede in februari 2025 gevraagd "
      "te adviseren over een aanpak die niet afhangt van de volgende prijsschok. De commissie heeft daarvoor "
      "gesproken met bewoners, huurdersverenigingen, energiecoaches, schuldhulpverleners, wethouders, "
      "woningcorporaties, energieleveranciers, onderzoekers en de toezichthouder. Wij zijn hen dankbaar voor hun "
      "tijd en hun openheid. Bijzonder dankbaar zijn wij de bewoners die ons binnenlieten en lieten zien hoe het is "
      "om te leven in een huis dat niet warm te krijgen is."),
    P("Onze conclusie is dat energiearmoede geen tijdelijk verschijnsel is maar een structureel probleem, dat "
      "samenhangt met de kwaliteit van woningen, de hoogte van inkomens en de manier waarop rekeningen en schulden "
      "worden afgehandeld. Wie het wil oplossen, moet op alle drie tegelijk werken. Dat kan niet één ministerie "
      "alleen, en ook niet het Rijk alleen: gemeenten, energieleveranciers en de toezichthouder hebben ieder een "
      "eigen rol."),
    P("Namens de Tijdelijke Commissie Energiearmoede,"),
    P("drs. M.E. Kuipers-Benali, voorzitter"),
    PageBreak(),
    H("Samenvatting"),
    P("Ongeveer 420.000 huishoudens in Nederland leven in energiearmoede. Zij hebben een laag inkomen en geven een "
      "groot deel daarvan uit aan energie, of zij wonen in een slecht geïsoleerde woning waarin zij de kosten alleen "
      "laag kunnen houden door de verwarming uit te laten. Het gaat vaak om ouderen, alleenstaande ouders, mensen met "
      "een uitkering en werkenden met een laag inkomen. Zij wonen opvallend vaak in dezelfde wijken: vooroorlogse en "
      "vroeg-naoorlogse buurten in de grote steden en in krimpgebieden."),
    P("De commissie ziet drie oorzaken die elkaar versterken. De eerste is de woning: een kwart van de huishoudens "
      "in energiearmoede woont in een huis met energielabel E, F of G. Eigenaar-bewoners met een laag inkomen kunnen "
      "isolatie niet betalen, ook niet met de bestaande subsidies, en huurders zijn afhankelijk van hun verhuurder. "
      "De tweede oorzaak is het inkomen: de tijdelijke energietoeslag heeft geholpen, maar was grof, kwam niet bij "
      "iedereen terecht en is inmiddels afgeschaft. De derde oorzaak is de manier waarop rekeningen en achterstanden "
      "worden afgehandeld. Te hoge voorschotten, onverwachte naheffingen bij de jaarafrekening en betalingsregelingen "
      "met een te korte looptijd duwen huishoudens dieper in de schulden."),
    P("Er gebeurt veel. Het Nationaal Isolatieprogramma, de energiefixteams in gemeenten, de vroegsignalering van "
      "schulden en het afsluitbeleid voor kleinverbruikers zijn waardevol. Maar de aanpak is versnipperd, hangt af van "
      "tijdelijk geld en bereikt de huishoudens met de grootste problemen het minst. Niemand is verantwoordelijk voor "
      "het geheel, en er is geen doel waaraan de voortgang kan worden afgemeten."),
    P("De commissie doet daarom veertien aanbevelingen. Zij vraagt het kabinet om een landelijk doel en een "
      "structurele aanpak van isolatie en inkomen, gemeenten en energieleveranciers om huishoudens met "
      "achterstanden eerder en beter te helpen, en de ACM om scherper toezicht te houden en meer openheid te "
      "geven. De aanbevelingen staan in het laatste hoofdstuk van dit advies."),
    PageBreak(),
    H("1 Inleiding"),
    H2("1.1 Aanleiding en opdracht"),
    P("De energiecrisis van 2022 maakte zichtbaar wat onderzoekers al langer signaleerden: een groeiende groep "
      "huishoudens kan de energierekening niet of nauwelijks betalen. Het kabinet reageerde met tijdelijke "
      "maatregelen, waaronder een prijsplafond, een korting op de energiebelasting en een energietoeslag voor "
      "huishoudens met een laag inkomen via de gemeenten. Daarnaast kwam er een tijdelijk noodfonds waaruit "
      "huishoudens met een hoge energierekening een bijdrage konden krijgen."),
    P("Deze maatregelen zijn inmiddels beëindigd. Tegelijk liggen de energieprijzen nog altijd duidelijk hoger dan "
      "voor de crisis, en zijn de netwerkkosten op de energierekening de afgelopen twee jaar fors gestegen. In de "
      "Tweede Kamer is daarom gevraagd om een structurele aanpak van energiearmoede, die niet steeds opnieuw met "
      "tijdelijke middelen hoeft te worden opgebouwd."),
    P("De minister van Klimaat en Groene Groei heeft de Tijdelijke Commissie Energiearmoede op 11 februari 2025 "
      "ingesteld, in overleg met de minister van Sociale Zaken en Werkgelegenheid en de minister van Volkshuisvesting "
      "en Ruimtelijke Ordening. De commissie kreeg de opdracht antwoord te geven op drie vragen:"),
    facts(
        "Hoeveel huishoudens leven in energiearmoede, en hoe verhoudt zich dat tot de kwaliteit van hun woning en de "
        "hoogte van hun inkomen?",
        "Welke knelpunten ervaren deze huishoudens bij het verlagen van hun energieverbruik en bij het betalen van "
        "hun energierekening?",
        "Welke maatregelen zijn nodig om energiearmoede structureel terug te dringen, en wie moet daarvoor aan de "
        "lat staan?",
    ),
    P("De commissie heeft de opdracht zo opgevat dat zij ook mocht adviseren aan partijen buiten het Rijk. Veel van "
      "wat huishoudens in energiearmoede meemaken, speelt zich af in het contact met hun energieleverancier en hun "
      "gemeente. Een advies dat zich alleen tot het kabinet zou richten, zou daaraan voorbijgaan."),
    H2("1.2 Werkwijze"),
    P("De commissie bestond uit vijf leden met ervaring in het openbaar bestuur, de volkshuisvesting, de "
      "schuldhulpverlening, de energiemarkt en de wetenschap. Zij werd ondersteund door een secretariaat van drie "
      "medewerkers. Tussen maart en september 2025 heeft de commissie:"),
    bullets(
        "werkbezoeken afgelegd in Rotterdam-Zuid, Heerlen, Groningen, Zaandam en Emmen, waar zij bij bewoners "
        "thuis op bezoek ging;",
        "gesproken met ruim zeventig vertegenwoordigers van gemeenten, woningcorporaties, huurdersorganisaties, "
        "energieleveranciers, schuldhulpverleners en maatschappelijke organisaties;",
        "gegevens laten analyseren over energieverbruik, inkomens en energielabels;",
        "twee rondetafelgesprekken gehouden met onderzoekers en met medewerkers van energieleveranciers die "
        "klanten met een betalingsachterstand begeleiden.",
    ),
    P("De commissie heeft haar advies onafhankelijk opgesteld. De betrokken ministeries hebben de feitelijke passages "
      "over bestaand beleid gecontroleerd, maar hebben de conclusies en aanbevelingen niet vooraf ingezien."),
    H2("1.3 Leeswijzer"),
    P("Hoofdstuk 2 beschrijft wat energiearmoede is en hoeveel huishoudens het treft. Hoofdstuk 3 gaat over de "
      "woning, hoofdstuk 4 over rekeningen, achterstanden en schulden. In hoofdstuk 5 brengt de commissie in kaart "
      "wie waarvoor verantwoordelijk is en trekt zij haar conclusies. Hoofdstuk 6 beschrijft wat er volgens de "
      "commissie nu moet gebeuren."),
    H("2 Wat is energiearmoede?"),
    H2("2.1 Een begrip met drie kanten"),
    P("Er bestaat geen wettelijke definitie van energiearmoede. De commissie sluit aan bij de maatstaf die TNO en het "
      "CBS sinds enkele jaren gebruiken in hun monitor. Volgens die maatstaf leeft een huishouden in energiearmoede "
      "als het een laag inkomen heeft en daarnaast ten minste één van twee dingen geldt: het huishouden besteedt een "
      "hoog deel van het inkomen aan energie, of het woont in een woning met een lage energetische kwaliteit.",
      footnotes=("De monitor gebruikt als grens voor een laag inkomen 130 procent van het sociaal minimum en als grens "
                 "voor een hoge energiequote tien procent van het besteedbaar inkomen.",)),
    P("Deze maatstaf heeft beperkingen. Zij meet de kosten, niet het ongemak. Huishoudens die de kosten laag houden "
      "door in een koud huis te leven, vallen soms buiten de cijfers, terwijl hun situatie niet beter is. Ook de "
      "schulden die ontstaan door onverwachte jaarafrekeningen zijn niet zichtbaar in de maatstaf. De commissie "
      "gebruikt de monitor daarom als vertrekpunt, maar heeft ook gekeken naar verborgen energiearmoede en naar "
      "betalingsachterstanden bij energieleveranciers."),
    H2("2.2 Omvang"),
    P("Het aantal huishoudens in energiearmoede is sinds de energiecrisis iets gedaald, maar ligt nog altijd hoger dan "
      "daarvoor. De commissie zet de belangrijkste cijfers op een rij:"),
    facts(
        "In 2023 leefden ongeveer 420.000 huishoudens in energiearmoede, 5,3 procent van alle huishoudens. In 2019 "
        "waren dat er ongeveer 370.000.",
        "Ruim 60 procent van deze huishoudens woont in een huurwoning; bijna 40 procent in een koopwoning, vaak een "
        "oudere eengezinswoning.",
        "Een kwart van de huishoudens in energiearmoede woont in een woning met energielabel E, F of G, tegen "
        "twaalf procent van alle huishoudens.",
        "Huishoudens in energiearmoede besteden gemiddeld veertien procent van hun besteedbaar inkomen aan "
        "energie; voor alle huishoudens is dat vier procent.",
        "Bij de grote energieleveranciers hadden eind 2024 ruim 190.000 huishoudens een betalingsachterstand van "
        "meer dan twee maanden.",
        "In 2024 zijn ruim 4.800 huishoudens afgesloten van gas of elektriciteit, tegen ongeveer 2.900 in 2021.",
    ),
    P("Achter deze cijfers gaan grote regionale verschillen schuil. In sommige wijken in Rotterdam, Heerlen en "
      "Groningen leeft meer dan een op de vijf huishoudens in energiearmoede. In nieuwbouwwijken komt het vrijwel "
      "niet voor. Die concentratie maakt een wijkgerichte aanpak mogelijk, en volgens de commissie ook noodzakelijk."),
    H2("2.3 Gevolgen"),
    P("Energiearmoede is meer dan een financieel probleem. Bewoners vertelden de commissie over schimmel op de "
      "slaapkamer, kinderen die hun huiswerk in de bibliotheek maken omdat het thuis te koud is, en ouderen die de "
      "verwarming pas aanzetten als er bezoek komt. Onderzoek laat zien dat een koude, vochtige woning samenhangt met "
      "luchtwegklachten, slechter slapen en meer stress. Dat laatste geldt ook voor de onzekerheid over de "
      "jaarafrekening: verschillende bewoners vertelden dat zij de envelop van hun leverancier niet meer durven te "
      "openen."),
    P("Energiearmoede heeft ook gevolgen voor de energietransitie. Huishoudens met een laag inkomen profiteren het "
      "minst van subsidies voor zonnepanelen, warmtepompen en isolatie, omdat zij de eigen bijdrage niet kunnen "
      "opbrengen. Tegelijk betalen zij via de energierekening mee aan de kosten van het net en de verduurzaming. Zo "
      "dreigt een tweedeling tussen huishoudens die hun energierekening kunnen verlagen en huishoudens die dat niet "
      "kunnen."),
    H("3 Wonen in een slecht geïsoleerd huis"),
    H2("3.1 Eigenaar-bewoners met een laag inkomen"),
    P("Ongeveer 160.000 huishoudens in energiearmoede wonen in een eigen huis. Het gaat vaak om oudere "
      "eengezinswoningen uit de jaren twintig tot zestig, die in de loop van de tijd weinig zijn verbeterd. De "
      "bewoners zijn geregeld ouderen met een klein pensioen of gezinnen die het huis in een goedkope regio hebben "
      "gekocht. Zij hebben weinig spaargeld en kunnen vaak geen extra lening krijgen."),
    P("Voor deze groep werkt de bestaande subsidie voor isolatie slecht. De subsidie vergoedt een deel van de kosten, "
      "maar de eigenaar moet het project zelf organiseren, een aannemer vinden, de kosten voorschieten en de "
      "subsidie achteraf aanvragen. Huishoudens met een laag inkomen lopen op elk van die stappen vast. De "
      "gemeentelijke wijkaanpak, waarin de gemeente het traject voor een hele straat organiseert, bereikt hen beter. "
      "Maar het budget daarvoor is beperkt en tijdelijk, en de eigen bijdrage die de meeste gemeenten vragen, is "
      "voor een deel van de bewoners nog te hoog.",
      footnotes=("In de gemeenten die de commissie bezocht, liep de eigen bijdrage in de wijkaanpak uiteen van nul tot "
                 "vijfendertig procent van de kosten.",)),
    P("Een wethouder in Zuid-Limburg vertelde dat haar gemeente in één wijk alle woningen tegelijk had geïsoleerd en "
      "dat de eigen bijdrage daar volledig door de gemeente was betaald. Het resultaat was een deelname van ruim "
      "negentig procent. In een vergelijkbare wijk elders in dezelfde gemeente, met een eigen bijdrage van twintig "
      "procent, deed minder dan de helft van de eigenaren mee."),
    H2("3.2 Huurders"),
    P("De meeste huishoudens in energiearmoede huren hun woning. Woningcorporaties hebben de afgelopen jaren veel "
      "woningen verbeterd, en hebben met het Rijk afgesproken dat zij uiterlijk in 2028 geen woningen met label E, F "
      "of G meer verhuren. In de particuliere huursector ligt het anders. Daar staan naar schatting nog 250.000 "
      "woningen met een slecht label, en een deel daarvan wordt verhuurd aan huishoudens met een laag inkomen die "
      "geen alternatief hebben."),
    P("Huurders kunnen hun verhuurder niet dwingen te isoleren. Sinds de invoering van de Wet betaalbare huur telt "
      "het energielabel zwaarder mee in de maximale huurprijs, wat verhuurders een financiële prikkel geeft. Maar "
      "huurders die al lang in hun woning wonen, betalen vaak een huur die onder het maximum ligt; voor hen werkt die "
      "prikkel niet. Bovendien zien huurders na isolatie soms een huurverhoging die hoger is dan de besparing op hun "
      "energierekening."),
    P("Verschillende huurdersorganisaties vertelden de commissie dat huurders om die reden afzien van een verzoek om "
      "isolatie. Een huurder in Zaandam zei: 'Ik heb liever een koud huis dan een huis dat ik niet meer kan betalen.'"),
    H2("3.3 Wat de commissie in de wijken zag"),
    P("Tijdens haar werkbezoeken heeft de commissie met eigen ogen gezien wat energiearmoede betekent. Zij noteerde "
      "de volgende bevindingen:"),
    facts(
        "In bijna alle bezochte woningen waren tocht en vocht het grootste probleem, niet het ontbreken van "
        "spouwmuurisolatie of dubbel glas alleen.",
        "Kleine maatregelen, zoals tochtstrips, radiatorfolie en het waterzijdig inregelen van de verwarming, "
        "leverden volgens de energiecoaches gemiddeld acht procent besparing op.",
        "Veel bewoners wisten niet dat zij recht hadden op ondersteuning van de gemeente, of hadden een aanvraag "
        "opgegeven omdat het formulier te ingewikkeld was.",
        "In wijken waar de gemeente, de corporatie en een vaste energiecoach samenwerkten, was het vertrouwen van "
        "bewoners aanzienlijk groter.",
        "Energiecoaches en fixteams werken bijna overal met tijdelijk geld en tijdelijke contracten; goede "
        "medewerkers vertrekken daardoor.",
    ),
    H("4 Rekeningen en schulden"),
    H2("4.1 Voorschotten en jaarafrekening"),
    P("De meeste huishoudens betalen hun energie via een maandelijks termijnbedrag, dat de leverancier vaststelt op "
      "basis van het verwachte verbruik. Eén keer per jaar volgt een jaarafrekening, waarbij het werkelijke verbruik "
      "wordt verrekend. Voor huishoudens met een krap budget is dat systeem kwetsbaar. Een te laag termijnbedrag leidt "
      "tot een naheffing die zij niet kunnen betalen; een te hoog termijnbedrag drukt maandelijks op het budget, "
      "terwijl het teveel betaalde pas maanden later terugkomt."),
    P("Tijdens de energiecrisis hebben leveranciers de termijnbedragen fors verhoogd, in een aantal gevallen meer dan "
      "op grond van het verwachte verbruik nodig was. Na de crisis zijn de termijnbedragen niet overal in hetzelfde "
      "tempo verlaagd. Schuldhulpverleners vertelden de commissie over klanten die maandenlang een hoger bedrag "
      "betaalden dan nodig en daardoor andere rekeningen lieten liggen. Een verzoek om verlaging werd volgens hen "
      "niet altijd snel of ruimhartig behandeld."),
    H2("4.2 Betalingsachterstanden en afsluiting"),
    P("Als een klant niet betaalt, volgt een vaste procedure. De leverancier stuurt herinneringen en een aanmaning, "
      "biedt een betalingsregeling aan en moet proberen persoonlijk contact te krijgen. Lukt dat niet, dan kan de "
      "leverancier na toestemming van de netbeheerder overgaan tot afsluiting. In de wintermaanden, van 1 oktober tot "
      "1 april, mag een klant volgens de Regeling afsluitbeleid voor kleinverbruikers niet worden afgesloten als de "
      "leverancier geen persoonlijk contact met hem heeft gehad of als hij een schuldhulptraject volgt.",
      footnotes=("Regeling afsluitbeleid voor kleinverbruikers van elektriciteit en gas; de regels voor warmte zijn "
                 "vergelijkbaar maar niet gelijk.",)),
    P("De betalingsregelingen die leveranciers aanbieden, verschillen sterk. Sommige leveranciers bieden een "
      "looptijd van twaalf maanden of langer, andere van drie tot zes maanden. Bij een aantal leveranciers komen er "
      "incassokosten bij zodra de vordering uit handen is gegeven. Voor een huishouden dat al moeite heeft met het "
      "gewone termijnbedrag, is een korte regeling bovenop dat bedrag vaak niet vol te houden. De regeling loopt "
      "dan stuk, en de achterstand groeit."),
    P("Het aantal afsluitingen is sinds 2021 gestegen. De leveranciers wijzen erop dat een groot deel van de "
      "afgesloten aansluitingen niet bewoond bleek te zijn of onderdeel was van fraude. Precieze cijfers daarover "
      "ontbreken echter: leveranciers rapporteren het aantal afsluitingen alleen in totaal aan de ACM, en die cijfers "
      "worden niet per leverancier openbaar gemaakt. Daardoor is niet te zien welke leveranciers het goed doen en "
      "welke niet."),
    H2("4.3 Vroegsignalering"),
    P("Sinds 2021 zijn energieleveranciers, drinkwaterbedrijven, zorgverzekeraars en woningverhuurders verplicht om "
      "betalingsachterstanden te melden bij de gemeente, zodat die hulp kan aanbieden voordat de schulden te hoog "
      "oplopen. Deze vroegsignalering is geregeld in de Wet gemeentelijke schuldhulpverlening. Gemeenten en "
      "schuldhulpverleners zijn positief over de aanpak: een deel van de huishoudens die via een melding in beeld "
      "komen, was nog niet bekend bij de gemeente."),
    P("Een knelpunt is het moment van melden. Een energieleverancier meldt pas als een betalingsachterstand na een "
      "herinnering en een aanmaning nog niet is voldaan. In de praktijk is dat zes tot acht weken na de gemiste "
      "betaling. Op dat moment heeft het huishouden vaak ook andere rekeningen laten liggen. Schuldhulpverleners "
      "pleiten voor een eerdere melding, al wijzen sommigen erop dat dit ook tot meer meldingen leidt die geen "
      "opvolging nodig hebben."),
    P("Een tweede knelpunt is de samenwerking na de melding. Schuldhulpverleners vertelden dat zij bij sommige "
      "leveranciers moeilijk iemand te spreken krijgen die een betalingsregeling kan aanpassen of een incasso kan "
      "stopzetten. Elke leverancier werkt anders, en gemeenten maken ieder afzonderlijk afspraken."),
    H2("4.4 Tegemoetkomingen in de kosten"),
    P("In 2022 en 2023 konden huishoudens met een inkomen tot 120 procent van het sociaal minimum bij hun gemeente "
      "een energietoeslag aanvragen van 800 tot 1.300 euro. De toeslag bereikte veel huishoudens, maar niet iedereen: "
      "met name werkenden met een laag inkomen en studenten vielen buiten de boot of vroegen de toeslag niet aan. "
      "Tegelijk ontvingen huishoudens met een laag inkomen in een goed geïsoleerde woning hetzelfde bedrag als "
      "huishoudens in een tochtig huis. Sinds 2024 is de toeslag niet meer verstrekt."),
    P("Gemeenten kunnen nog wel bijzondere bijstand verlenen voor hoge energiekosten, maar doen dat verschillend en "
      "vaak alleen na een aanvraag met veel bewijsstukken. Het tijdelijke noodfonds is gesloten. Huishoudens met een "
      "laag inkomen hebben daardoor geen vaste voorziening meer voor het geval hun energiekosten onevenredig hoog "
      "zijn. De commissie ziet dat als een belangrijk gat in het stelsel."),
    H("5 Wie doet wat?"),
    H2("5.1 Verantwoordelijkheden"),
    P("De verantwoordelijkheid voor de aanpak van energiearmoede is verdeeld over veel partijen. De onderstaande tabel "
      "geeft een overzicht zoals de commissie het in haar gesprekken heeft aangetroffen."),
    Table(
        header=("Partij", "Rol nu", "Wat de commissie mist"),
        rows=(
            ("Minister van KGG", "Coördinatie energiearmoedebeleid; Energiewet en afsluitbeleid",
             "Een doel en een vaste monitor"),
            ("Minister van VRO", "Nationaal Isolatieprogramma; huurregels",
             "Structureel geld voor de wijkaanpak; een prikkel voor particuliere verhuurders"),
            ("Minister van SZW", "Inkomensbeleid; vroegsignalering van schulden",
             "Een vaste voorziening voor hoge energiekosten"),
            ("Gemeenten", "Wijkaanpak isolatie; energiecoaches; schuldhulpverlening",
             "Continuïteit van mensen en middelen"),
            ("Energieleveranciers", "Termijnbedragen; betalingsregelingen; melding van achterstanden",
             "Eenduidige en ruimhartige afspraken"),
            ("ACM", "Toezicht op leveranciers en het afsluitbeleid", "Openheid over prestaties per leverancier"),
        ),
        widths=(1.0, 1.6, 1.6),
        rules="rows",
    ),
    H2("5.2 Conclusies"),
    P("Op grond van haar onderzoek komt de commissie tot vijf conclusies:"),
    facts(
        "Energiearmoede is een structureel probleem, dat niet verdwijnt wanneer de energieprijzen dalen.",
        "De slechtst geïsoleerde woningen van huishoudens met een laag inkomen worden door de huidige regelingen het "
        "minst bereikt.",
        "Sinds het einde van de energietoeslag ontbreekt een vaste voorziening voor huishoudens met onevenredig hoge "
        "energiekosten.",
        "De afhandeling van rekeningen en achterstanden hangt te veel af van de leverancier bij wie een huishouden "
        "toevallig klant is.",
        "Er is geen doel, geen vaste monitor en geen partij die verantwoordelijk is voor het geheel.",
    ),
    H("6 Wat nu?"),
    P("De commissie heeft bewust gekozen voor een beperkt aantal aanbevelingen. Zij gaan niet over alles wat beter "
      "kan, maar over wat volgens de commissie het meeste verschil maakt voor de huishoudens die zij heeft ontmoet. "
      "Waar mogelijk bouwen de aanbevelingen voort op wat er al is: het Nationaal Isolatieprogramma, de "
      "vroegsignalering, het afsluitbeleid en het werk van energiecoaches en fixteams."),
    P("De aanbevelingen hangen met elkaar samen. Een betere woning verlaagt de rekening blijvend, maar dat kost jaren. "
      "Tot die tijd is een vaste tegemoetkoming nodig voor huishoudens die de rekening niet kunnen betalen, en een "
      "afhandeling van achterstanden die niet tot nieuwe schulden leidt. Wie maar een deel van de aanbevelingen "
      "uitvoert, lost daarom maar een deel van het probleem op."),
    P("De commissie richt zich tot het kabinet, tot gemeenten en energieleveranciers en tot de ACM. Zij vraagt alle "
      "betrokkenen om binnen een jaar te laten weten wat zij met dit advies hebben gedaan."),
    P("Aan het kabinet:", bold=True),
    recs(
        1,
        rec(1, "Stel een landelijk doel vast om het aantal huishoudens in energiearmoede uiterlijk in 2030 te halveren "
               "ten opzichte van 2023. Laat de minister van Klimaat en Groene Groei jaarlijks aan de Tweede Kamer "
               "rapporteren over de voortgang, op basis van een vaste monitor van CBS en TNO.", "EZ"),
        rec(2, "Zorg dat eigenaar-bewoners met een laag inkomen hun woning kunnen isoleren zonder zelf te hoeven "
               "betalen. De minister van Volkshuisvesting en Ruimtelijke Ordening verhoogt daartoe het budget voor de "
               "wijkaanpak van het Nationaal Isolatieprogramma, onder de volgende voorwaarden:", "BZK",
            conditions=(
                "het geld gaat eerst naar wijken waar veel woningen energielabel E, F of G hebben;",
                "de gemeente neemt het hele traject over, van de opname van de woning tot de oplevering;",
                "de bijdrage dekt de volledige kosten voor huishoudens met een inkomen tot 130 procent van het "
                "sociaal minimum.",
            )),
        rec(3, "Verplicht verhuurders om huurwoningen met energielabel E, F of G uiterlijk op 1 januari 2029 ten "
               "minste op label D te brengen. Geef de minister van VRO de bevoegdheid om de huurprijs te bevriezen "
               "zolang een verhuurder niet aan deze verplichting voldoet.", "BZK"),
        rec(4, "Beperk de huurverhoging die een verhuurder na isolatie mag doorberekenen tot ten hoogste de helft van "
               "de verwachte besparing op de energierekening van de huurder.", "BZK"),
        rec(5, "Vervang de eenmalige energietoeslag door een structurele tegemoetkoming in de energiekosten voor "
               "huishoudens met een inkomen tot 120 procent van het sociaal minimum. Laat de minister van Sociale "
               "Zaken en Werkgelegenheid deze tegemoetkoming zo inrichten dat rechthebbenden haar automatisch "
               "ontvangen, zonder aanvraag.", "SZW"),
        rec(6, "Pas de regels voor vroegsignalering op grond van de Wet gemeentelijke schuldhulpverlening zo aan dat "
               "energieleveranciers een betalingsachterstand al na één gemiste termijn aan de gemeente melden. Nu "
               "gebeurt dat pas na zes tot acht weken, als de achterstand vaak al is opgelopen.", "SZW"),
        rec(7, "Verbied het afsluiten van gas, elektriciteit en warmte bij huishoudens in de periode van 1 oktober "
               "tot 1 april, ook wanneer de leverancier geen contact met de klant heeft kunnen krijgen. Leg dit "
               "verbod vast in de Energiewet.", "EZ"),
        rec(8, "Laat de staatssecretaris van Financiën onderzoeken hoe de energiebelasting zo kan worden aangepast "
               "dat huishoudens met een laag inkomen en een laag verbruik minder belasting betalen, bijvoorbeeld door "
               "een hogere belastingvermindering per aansluiting in combinatie met een hoger tarief in de hoogste "
               "verbruiksschijf.", "FIN"),
    ),
    P("Aan gemeenten en energieleveranciers:", bold=True),
    recs(
        9,
        rec(9, "Zet als gemeente een vast energieteam in dat huishoudens met een laag inkomen thuis bezoekt, kleine "
               "besparende maatregelen direct aanbrengt en zo nodig doorverwijst naar schuldhulpverlening. Richt het "
               "team eerst op de wijken waar energiearmoede zich concentreert.", "GEMEENTEN"),
        rec(10, "Bied als energieleverancier iedere klant met een betalingsachterstand een betalingsregeling aan die "
                "ten minste aan de volgende voorwaarden voldoet:", "OTHER",
            conditions=(
                "de looptijd is ten minste twaalf maanden;",
                "er worden geen rente en geen incassokosten in rekening gebracht;",
                "het termijnbedrag is afgestemd op wat de klant werkelijk kan betalen, zo nodig na overleg met de "
                "schuldhulpverlener.",
            )),
        rec(11, "Maak als gemeenten en energieleveranciers regionale afspraken over een vast aanspreekpunt bij iedere "
                "leverancier voor schuldhulpverleners. Leg in die afspraken vast dat de leverancier incasso en "
                "afsluiting opschort zodra een schuldhulptraject is gestart.", "GEMEENTEN", "OTHER"),
        rec(12, "Stel als energieleverancier het termijnbedrag niet hoger vast dan op grond van het verwachte verbruik "
                "nodig is. Verlaag het termijnbedrag binnen een maand wanneer een klant daarom vraagt en zijn verbruik "
                "dat rechtvaardigt.", "OTHER"),
    ),
    P("Aan de ACM:", bold=True),
    recs(
        13,
        rec(13, "Houd gericht toezicht op de manier waarop energieleveranciers termijnbedragen vaststellen, en treed "
                "op tegen leveranciers die structureel te hoge voorschotten vragen.", "EZ"),
        rec(14, "Publiceer jaarlijks per energieleverancier hoeveel klanten een betalingsachterstand hadden, hoeveel "
                "betalingsregelingen zijn getroffen en hoeveel huishoudens zijn afgesloten.", "EZ"),
    ),
    P("De commissie is zich ervan bewust dat een aantal aanbevelingen geld kost, in een tijd waarin de "
      "overheidsfinanciën onder druk staan. Zij wijst erop dat niets doen ook kosten heeft: voor de gezondheid van "
      "bewoners, voor de schuldhulpverlening en voor het draagvlak van de energietransitie. Een huishouden dat "
      "vandaag wordt geholpen, hoeft morgen niet te worden gered."),
)

REPORT = Document(
    title="Niemand in de kou",
    subtitle="Advies van de Tijdelijke Commissie Energiearmoede over isolatie, energierekeningen en "
             "betalingsachterstanden",
    blocks=REPORT_BLOCKS,
    running_header="Tijdelijke Commissie Energiearmoede  ·  Niemand in de kou",
    footer="{page}",
    font_family="sans",
    imprint=("Tijdelijke Commissie Energiearmoede", "Den Haag, 14 oktober 2025"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV1 = ("Het kabinet neemt deze aanbeveling over en stelt als doel dat het aantal huishoudens in energiearmoede in 2030 "
       "ten minste de helft lager ligt dan in 2023.")
EV2 = ("Voor de jaren 2026 tot en met 2030 trekt het kabinet in totaal 480 miljoen euro extra uit voor de wijkaanpak, "
       "waarmee gemeenten vanaf 1 januari 2026 de volledige kosten van isolatie kunnen vergoeden voor "
       "eigenaar-bewoners met een inkomen tot 130 procent van het sociaal minimum.")
EV3_4 = ("Aanbeveling 3 neem ik over; aanbeveling 4 niet, omdat het woningwaarderingsstelsel de huurverhoging na "
         "isolatie al aan vaste maxima per maatregel bindt en een koppeling aan de verwachte besparing per woning in "
         "de praktijk niet te controleren is.")
EV5 = ("Een structurele tegemoetkoming die rechthebbenden automatisch en zonder aanvraag ontvangen, acht ik echter "
       "niet uitvoerbaar.")
EV6 = ("Voordat de regels landelijk worden aangepast, wil ik het melden na één gemiste termijn eerst een jaar "
       "beproeven met zes gemeenten en drie energieleveranciers.")
EV7 = ("Die regels zijn sinds 1 januari 2026 in de Energiewet verankerd, en ik zie geen aanleiding om daar een "
       "algemeen winterverbod aan toe te voegen.")
EV8 = ("Het kabinet laat dit onderzoek uitvoeren onder verantwoordelijkheid van de staatssecretaris van Financiën; "
       "uw Kamer ontvangt de uitkomsten vóór Prinsjesdag 2026.")
EV9 = ("Voor 2026 stel ik daarvoor 35 miljoen euro beschikbaar aan gemeenten; of deze financiering na 2026 wordt "
       "voortgezet, kan ik nu niet toezeggen.")
EV10 = ("Aanbeveling 10 onderschrijf ik, en ik neem de drie voorwaarden die de commissie noemt per 1 juli 2026 op in "
        "de Regeling afsluitbeleid, zodat zij voor alle leveranciers gaan gelden.")
EV11 = ("Voor aanbeveling 11 ligt dat anders: ik ga eerst met de VNG en Energie-Nederland verkennen of regionale "
        "afspraken de beste weg zijn, of dat een landelijke regeling meer oplevert.")
EV14 = ("Ik steun deze aanbeveling en leg in de gewijzigde Regeling afsluitbeleid vast dat leveranciers deze gegevens "
        "ieder kwartaal aan de ACM verstrekken en dat de ACM ze per leverancier openbaar mag maken.")

RESPONSE_BLOCKS = (
    P("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal, Postbus 20018, 2500 EA Den Haag"),
    P("Datum: 3 februari 2026"),
    P("Betreft: Kabinetsreactie op het advies 'Niemand in de kou' van de Tijdelijke Commissie Energiearmoede"),
    P("Geachte voorzitter,"),
    P("Op 14 oktober 2025 heeft de Tijdelijke Commissie Energiearmoede haar advies 'Niemand in de kou' aan mij "
      "aangeboden. Ik heb het advies op 16 oktober aan uw Kamer gezonden en toegezegd dat het kabinet binnen vier "
      "maanden zou reageren. Met deze brief kom ik die toezegging na. Ik schrijf deze brief mede namens de minister "
      "van Sociale Zaken en Werkgelegenheid en de minister van Volkshuisvesting en Ruimtelijke Ordening; waar ik "
      "hieronder over hun beleidsterrein spreek, doe ik dat ook namens hen."),
    P("Allereerst wil ik de commissie en haar voorzitter, mevrouw Kuipers-Benali, hartelijk danken. Het advies is "
      "helder geschreven en dicht bij de mensen om wie het gaat. De commissie is bij bewoners thuis geweest en heeft "
      "hun verhalen serieus genomen. Dat maakt het advies overtuigend, ook waar het kabinet een andere afweging "
      "maakt."),
    H2("Energiearmoede in Nederland"),
    P("Energiearmoede is na de energiecrisis van 2022 niet verdwenen. Volgens de meest recente monitor van TNO en het "
      "CBS leefden in 2023 ruim 400.000 huishoudens in energiearmoede. Het kabinet onderschrijft de analyse van de "
      "commissie dat energiearmoede samenhangt met de kwaliteit van de woning, de hoogte van het inkomen en de "
      "manier waarop rekeningen en achterstanden worden afgehandeld. Het herkent ook het beeld dat de bestaande "
      "regelingen de huishoudens met de grootste problemen het minst bereiken."),
    P("Het kabinet heeft de afgelopen jaren al het nodige gedaan. Via het Nationaal Isolatieprogramma zijn sinds 2022 "
      "ruim 900.000 woningen geïsoleerd, waarvan een deel in de gemeentelijke wijkaanpak. Woningcorporaties hebben "
      "met het Rijk afgesproken dat zij in 2028 geen woningen met label E, F of G meer verhuren. Gemeenten hebben "
      "met rijksgeld energiefixteams opgezet, en sinds 2021 melden energieleveranciers betalingsachterstanden aan de "
      "gemeente. Het afsluitbeleid voor kleinverbruikers is in 2023 aangescherpt. Tegelijk deel ik de conclusie van de "
      "commissie dat deze maatregelen nog onvoldoende samenhangen en te veel afhangen van tijdelijk geld."),
    P("Hieronder ga ik in op de afzonderlijke aanbevelingen. Waar aanbevelingen nauw samenhangen, behandel ik ze "
      "samen. Een aantal aanbevelingen is niet aan het kabinet gericht maar aan gemeenten, energieleveranciers of de "
      "ACM; ik geef daarop een reactie voor zover het Rijk een rol heeft."),
    H2("Reactie op de aanbevelingen"),
    P("Aanbeveling 1. De commissie stelt terecht vast dat er geen doel is waaraan de voortgang van het beleid kan "
      "worden afgemeten. " + EV1 + " Ik vraag het CBS en TNO om hun monitor vanaf dit jaar jaarlijks te "
      "actualiseren en daarin ook de verborgen energiearmoede zichtbaar te maken. Over de voortgang rapporteer ik "
      "uw Kamer ieder jaar in het najaar, voor het eerst in oktober 2026.",
      answers=(Answer("1", "agree", EV1),)),
    P("Aanbeveling 2. De wijkaanpak van het Nationaal Isolatieprogramma is de afgelopen jaren de meest effectieve "
      "manier gebleken om eigenaar-bewoners met een laag inkomen te bereiken. " + EV2 + " Gemeenten zetten dit geld "
      "in de eerste plaats in in wijken met veel woningen met label E, F of G, en organiseren het traject van opname "
      "tot oplevering. De minister van VRO legt deze voorwaarden vast in de specifieke uitkering en informeert de "
      "gemeenten daarover vóór 1 april 2026.",
      answers=(Answer("2", "agree", EV2),)),
    P("Aanbeveling 3 en 4. De commissie wijst erop dat in de particuliere huursector nog veel woningen met een slecht "
      "label worden verhuurd aan huishoudens die geen alternatief hebben. " + EV3_4 + " De verplichting om "
      "huurwoningen met label E, F of G uiterlijk op 1 januari 2029 naar ten minste label D te brengen, neemt de "
      "minister van VRO op in een wetsvoorstel dat in het voorjaar van 2026 in consultatie gaat. Dat wetsvoorstel "
      "bevat ook de bevoegdheid om de huurprijs te bevriezen zolang een verhuurder niet aan de verplichting voldoet. "
      "Huurders worden bovendien al beschermd doordat een huurverhoging na isolatie hun instemming vraagt als zij "
      "niet in een complexgewijze aanpak plaatsvindt.",
      answers=(Answer("3", "agree", EV3_4), Answer("4", "disagree", EV3_4))),
    P("Aanbeveling 5. Ik deel de analyse van de commissie dat de energietoeslag een grof instrument was dat niet "
      "iedereen bereikte en geen rekening hield met de kwaliteit van de woning. Ik begrijp ook de wens om te "
      "voorkomen dat huishoudens steeds opnieuw een aanvraag moeten doen. " + EV5 + " De overheid beschikt niet over "
      "gegevens over de energiekosten van afzonderlijke huishoudens, en een landelijke regeling op basis van alleen "
      "het inkomen zou dezelfde bezwaren hebben als de energietoeslag. De minister van SZW blijft gemeenten daarom "
      "ondersteunen bij het verstrekken van bijzondere bijstand voor hoge energiekosten, en zal de Kamer dit voorjaar "
      "informeren over de manier waarop gemeenten dat doen.",
      answers=(Answer("5", "disagree", EV5),)),
    P("Aanbeveling 6. Een vroege melding kan voorkomen dat een achterstand bij de energieleverancier uitgroeit tot "
      "een problematische schuld. Tegelijk wijzen gemeenten erop dat een melding na één gemiste termijn tot veel "
      "meldingen leidt van huishoudens die gewoon een betaling zijn vergeten, wat de capaciteit voor huishoudens die "
      "wel hulp nodig hebben onder druk zet. " + EV6 + " De proef start op 1 juni 2026. Over een landelijke "
      "aanpassing van het Besluit gemeentelijke schuldhulpverlening besluit de minister van SZW na de evaluatie in "
      "2027.",
      answers=(Answer("6", "partial", EV6),)),
    P("Aanbeveling 7. Afsluiting van energie is een ingrijpende maatregel, zeker in de winter. Daarom is in de "
      "Regeling afsluitbeleid voor kleinverbruikers vastgelegd dat een huishouden in de periode van 1 oktober tot 1 "
      "april niet mag worden afgesloten zolang de leverancier geen persoonlijk contact heeft gehad, en dat "
      "afsluiting in die periode altijd is uitgesloten bij huishoudens die een schuldhulptraject volgen. " + EV7 +
      " Een verbod dat ook geldt wanneer een klant ieder contact afhoudt, zou het voor leveranciers onmogelijk maken "
      "om op te treden tegen leegstaande aansluitingen en fraude, en kan de kosten voor alle andere klanten "
      "verhogen.",
      answers=(Answer("7", "disagree", EV7),)),
    P("Aanbeveling 8. De commissie vraagt om een onderzoek naar een andere opbouw van de energiebelasting, zodat "
      "huishoudens met een laag inkomen en een laag verbruik er minder last van hebben. " + EV8 + " In het onderzoek "
      "worden ook de gevolgen voor huishoudens met een hoog verbruik door een slecht geïsoleerde woning betrokken, "
      "omdat een hoger tarief in de hoogste schijf juist hen zou kunnen raken.",
      answers=(Answer("8", "agree", EV8),)),
    P("Aanbeveling 9. Deze aanbeveling is gericht aan gemeenten, maar gemeenten zijn voor de energieteams tot nu toe "
      "afhankelijk van tijdelijke middelen van het Rijk. Ik ben het met de commissie eens dat goede energiecoaches "
      "hierdoor vertrekken en dat dit ten koste gaat van het vertrouwen van bewoners. " + EV9 + " Een besluit over "
      "structurele middelen hangt samen met de bredere afspraken over de financiering van gemeenten, die in het "
      "voorjaar worden gemaakt.",
      answers=(Answer("9", "partial", EV9),)),
    P("Aanbeveling 10 en 11. Deze aanbevelingen gaan over de manier waarop energieleveranciers omgaan met klanten die "
      "een achterstand hebben. Ik heb ze besproken met Energie-Nederland en met de VNG. " + EV10 + " " + EV11 +
      " Ik informeer uw Kamer over de uitkomst in de voortgangsrapportage van oktober 2026.",
      answers=(Answer("10", "agree", EV10), Answer("11", "partial", EV11))),
    P("Aanbeveling 13. Deze aanbeveling gaat over de wijze waarop de ACM haar toezicht op energieleveranciers "
      "inricht. De ACM is onafhankelijk; ik heb de aanbeveling aan haar doorgestuurd."),
    P("Aanbeveling 14. Ik ben het met de commissie eens dat openheid over de prestaties van leveranciers kan helpen om "
      "de afhandeling van achterstanden te verbeteren. Op dit moment biedt de regelgeving geen grondslag om de cijfers "
      "per leverancier openbaar te maken. " + EV14 + " Deze wijziging gaat in op 1 juli 2026, zodat over 2026 voor het "
      "eerst cijfers per leverancier beschikbaar kunnen komen.",
      answers=(Answer("14", "agree", EV14),)),
    H2("Tot slot"),
    P("Energiearmoede los je niet in één kabinetsperiode op. De woningen waarin de meeste huishoudens in energiearmoede "
      "wonen, worden niet in een paar jaar verbeterd, en ook met de maatregelen uit deze brief zullen sommige "
      "huishoudens de komende winters moeite hebben hun rekening te betalen. Het advies van de commissie helpt het "
      "kabinet om de aanpak samenhangender en doelgerichter te maken."),
    P("Ik informeer uw Kamer jaarlijks over de voortgang, voor het eerst in oktober 2026."),
    P("De minister van Klimaat en Groene Groei,"),
    P("ir. P.J. van Dalfsen-Ouali"),
)

RESPONSE = Document(
    title="Kabinetsreactie op het advies 'Niemand in de kou'",
    subtitle="Brief van de minister van Klimaat en Groene Groei, mede namens de minister van Sociale Zaken en "
             "Werkgelegenheid en de minister van Volkshuisvesting en Ruimtelijke Ordening",
    blocks=RESPONSE_BLOCKS,
    running_header="Kabinetsreactie advies Tijdelijke Commissie Energiearmoede",
    footer="Pagina {page} van {pages}",
    font_family="serif",
    title_page=False,
)

PAIR = Pair(
    name="energy_poverty_commission",
    report=REPORT,
    response=RESPONSE,
    description="Tijdelijke Commissie Energiearmoede advice (14 recommendations in the last chapter 'Wat nu?', one "
                "numbered list split by bold lead-ins per addressee, nested conditions in 2 and 10; numbered fact "
                "lists earlier) and the KGG minister's letter mede namens SZW and VRO with 'Aanbeveling N.' run-ins; "
                "3/4 and 10/11 answered in one paragraph, 13 passed to the ACM, 12 not mentioned.",
)
