"""Pair: a SER-style advice on youth unemployment and school leavers without a diploma, and the cabinet's answer.

Layout traits this pair tests: a sans report with a title page whose fifteen recommendations are unnumbered bullets
("•") in short "Adviezen bij hoofdstuk N" sections closing chapters 3 to 7, each under a bold lead-in "De raad
adviseert:" and each opening with its addressee ("Het kabinet ...", "De minister van OCW ...", "Gemeenten ...",
"Werkgevers ...", "UWV ..."); the gold numbers them 1-15 in reading order.  Distractors: a numbered list of the three
advice questions in chapter 1, and bulleted lists in the same "•" style that are not recommendations (regions
visited, key findings, organisations consulted).

The response is a letter from the minister of SZW (mede namens OCW), set as a letterhead without a title page: a
general part (thanks, context and existing policy, the main lines, a negation that decides nothing), a prose section
that answers the minimum-youth-wage advice (7) with a polite refusal, then a grid table "Advies | Reactie kabinet"
whose left column paraphrases the advice.  Two rows cover two advices each with different positions (1 agree + 3
partial; 9 disagree + 10 partial); the row on the sector agreements for employers (6) passes it on to the social
partners without a position; the advice on a national CBS monitor (15) is answered nowhere.  Positions: 6 agree,
4 partial, 3 disagree, 2 not addressed.  All prose is fictional and written for this test set.
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


def R(number: str, *departments: str) -> Recommendation:
    return Recommendation(number, tuple(departments))


def B(text: str, recommendation: Recommendation | None = None) -> ListItem:
    return ListItem(text, recommendation=recommendation)


LEAD_IN = P("De raad adviseert:", bold=True)

# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H("Samenvatting"),
    P("Nederland kent al enkele jaren een krappe arbeidsmarkt. Werkgevers in vrijwel alle sectoren zoeken mensen, en "
      "de jeugdwerkloosheid is lager dan in de meeste andere Europese landen. Toch profiteert niet iedere jongere "
      "daarvan. Ongeveer 62.000 jongeren van 16 tot 27 jaar hebben geen startkwalificatie, volgen geen onderwijs en "
      "hebben geen betaald werk van meer dan twaalf uur per week. Een deel van hen is bij geen enkele instantie in "
      "beeld."),
    P("Wie zonder diploma de school verlaat, begint met een achterstand die zelden wordt ingehaald. Jongeren zonder "
      "startkwalificatie zijn twee keer zo vaak werkloos als leeftijdgenoten met een diploma op mbo-niveau 2, werken "
      "vaker op tijdelijke contracten en verdienen tien jaar na hun schoolverlaten gemiddeld een kwart minder. Zij "
      "zijn bovendien vaker afhankelijk van een uitkering en hebben vaker schulden. Dat is niet alleen een probleem "
      "voor de jongeren zelf: in een vergrijzende samenleving kan Nederland het zich niet veroorloven dat een op de "
      "twintig jongeren aan de zijlijn staat."),
    P("De minister van Sociale Zaken en Werkgelegenheid en de minister van Onderwijs, Cultuur en Wetenschap hebben "
      "de Sociaal-Economische Raad gevraagd te adviseren over de manier waarop meer van deze jongeren een duurzame "
      "plek op de arbeidsmarkt kunnen vinden. De raad heeft daarvoor gesproken met jongeren, docenten, "
      "trajectbegeleiders, werkgevers, gemeenten en UWV, en heeft gegevens van het CBS en DUO geanalyseerd."),
    P("De raad ziet drie knelpunten. In de eerste plaats raken jongeren na uitval te gemakkelijk uit beeld. De "
      "regionale aanpak van voortijdig schoolverlaten werkt, maar rust voor een groot deel op tijdelijk geld en houdt "
      "op bij de leeftijd van 23 jaar. In de tweede plaats is de combinatie van leren en werken, die voor veel van "
      "deze jongeren de beste route naar een diploma is, te weinig toegankelijk: leerbanen op niveau 1 en 2 zijn "
      "schaars, en een jongere die in november uitvalt, moet vaak tot februari of september wachten voordat hij kan "
      "beginnen. In de derde plaats zijn de financiële prikkels en de begeleiding versnipperd. Werkgevers weten de "
      "weg in de regelingen niet te vinden, en jongeren vallen tussen UWV, gemeente en school in."),
    P("De raad doet in totaal vijftien adviezen. Zij staan aan het eind van de hoofdstukken 3 tot en met 7 en zijn "
      "gericht aan het kabinet, aan gemeenten, aan UWV en aan werkgevers. De raad pleit niet voor een nieuwe "
      "stelselwijziging. Het gaat erom wat werkt duurzaam te maken, de toegang tot leren en werken te verbreden en "
      "de begeleiding van jongeren dichter bij hen te organiseren."),
    PageBreak(),

    H("1 Inleiding"),
    H("1.1 Aanleiding", 2),
    P("In het voorjaar van 2024 vroegen de minister van Sociale Zaken en Werkgelegenheid en de minister van "
      "Onderwijs, Cultuur en Wetenschap de raad om advies over de arbeidsmarktpositie van jongeren zonder "
      "startkwalificatie. Aanleiding was de constatering dat het aantal voortijdig schoolverlaters na jaren van "
      "daling weer licht toeneemt, terwijl de groep jongeren die niet werkt en niet leert ondanks de krappe "
      "arbeidsmarkt nauwelijks kleiner wordt. Beide ministers wilden weten welke maatregelen op de korte en "
      "middellange termijn het meeste verschil maken."),
    P("De adviesaanvraag bevat drie vragen:"),
    ItemList((
        B("Welke jongeren verlaten het onderwijs zonder startkwalificatie, en hoe ontwikkelt hun positie op de "
          "arbeidsmarkt zich in de eerste jaren daarna?"),
        B("Welke belemmeringen ervaren deze jongeren en hun (potentiële) werkgevers bij de overgang van school naar "
          "werk?"),
        B("Welke aanpassingen in beleid, uitvoering en financiering zijn nodig om meer van deze jongeren naar een "
          "diploma of duurzaam werk te begeleiden?"),
    ), style="1."),
    P("Onder een startkwalificatie verstaat de raad, in lijn met de wet, een diploma op havo-, vwo- of mbo-niveau 2 "
      "of hoger. Jongeren met alleen een diploma van de entreeopleiding of van het praktijkonderwijs hebben dus geen "
      "startkwalificatie. De raad is zich ervan bewust dat een deel van deze jongeren een startkwalificatie niet kan "
      "halen, en dat voor hen duurzaam werk het doel is en niet een diploma."),
    H("1.2 Werkwijze", 2),
    P("De raad heeft voor de voorbereiding van dit advies de commissie Jongeren en Werk ingesteld, bestaande uit "
      "vertegenwoordigers van werkgevers- en werknemersorganisaties en onafhankelijke kroonleden. De commissie kwam "
      "tussen september 2024 en april 2025 elf keer bijeen. Zij liet zich voeden door een literatuurstudie, een "
      "analyse van microdata van het CBS en gesprekken met ruim honderd betrokkenen uit het onderwijs, de gemeenten, "
      "de uitvoering en het bedrijfsleven."),
    P("De commissie bracht werkbezoeken aan vier regio's, die zij koos op grond van hun uiteenlopende arbeidsmarkt "
      "en hun verschillende aanpak:"),
    ItemList((
        B("Twente, waar gemeenten, scholen en werkgevers sinds 2019 samenwerken in een regionaal leerbanenplatform;"),
        B("Rotterdam-Rijnmond, met een groot aantal jongeren zonder startkwalificatie en een stedelijke "
          "jongerenaanpak;"),
        B("Zuid-Limburg, waar de krimp van de beroepsbevolking het zoeken naar personeel al jaren bepaalt;"),
        B("Noordoost-Friesland, een landelijke regio met lange reisafstanden naar de mbo-instellingen."),
    ), style="•"),
    P("Daarnaast sprak de commissie in drie groepsgesprekken met in totaal 34 jongeren die zonder diploma van school "
      "zijn gegaan. Hun ervaringen zijn in dit advies verwerkt; waar de raad hen citeert, gebeurt dat met hun "
      "toestemming en zonder naam. Een conceptversie van het advies is besproken met vertegenwoordigers van de VNG, "
      "de MBO Raad, UWV, SBB en de Stichting van de Arbeid. De raad is hen erkentelijk voor hun bijdrage. De "
      "verantwoordelijkheid voor de inhoud ligt uitsluitend bij de raad."),
    H("1.3 Leeswijzer", 2),
    P("Hoofdstuk 2 schetst de omvang en samenstelling van de groep en de positie van deze jongeren op de "
      "arbeidsmarkt. De hoofdstukken 3 tot en met 7 behandelen elk een schakel in de route van school naar werk: het "
      "voorkomen en opvangen van uitval (hoofdstuk 3), de combinatie van leren en werken (hoofdstuk 4), loon en "
      "financiële prikkels voor werkgevers (hoofdstuk 5), de begeleiding door UWV en gemeenten (hoofdstuk 6) en de "
      "rol van werkgevers en het zicht op de groep (hoofdstuk 7). Elk van deze hoofdstukken sluit af met de adviezen "
      "van de raad."),

    H("2 Jongeren zonder startkwalificatie: feiten en ontwikkelingen"),
    H("2.1 Omvang en ontwikkeling", 2),
    P("Het aantal nieuwe voortijdig schoolverlaters daalde tussen 2002 en 2020 van ruim 70.000 naar minder dan "
      "23.000 per jaar. Die daling is grotendeels toe te schrijven aan de regionale aanpak, de kwalificatieplicht "
      "tot 18 jaar en een sterkere begeleiding in het mbo. Sinds het schooljaar 2021-2022 neemt het aantal weer toe. "
      "In het schooljaar 2023-2024 verlieten 27.400 jongeren het onderwijs zonder startkwalificatie, een stijging van "
      "bijna een vijfde ten opzichte van drie jaar eerder.",
      footnotes=("DUO, Voortijdig schoolverlaten, landelijke cijfers schooljaar 2023-2024; bewerking SER.",)),
    P("De raad ziet twee verklaringen voor deze stijging. De eerste is de krappe arbeidsmarkt zelf: jongeren die op "
      "school weinig perspectief zien, kunnen gemakkelijk een baan vinden in de logistiek, de horeca of de "
      "detailhandel en laten hun opleiding voor wat zij is. Op korte termijn lijkt dat een verstandige keuze. Op "
      "langere termijn blijkt het vaak een valkuil, omdat juist deze banen bij economische tegenwind als eerste "
      "verdwijnen. De tweede verklaring is de toename van psychische klachten onder jongeren sinds de "
      "coronaperiode, die volgens mbo-instellingen een steeds belangrijkere reden voor uitval is."),
    P("Het aantal voortijdig schoolverlaters per jaar zegt nog weinig over de omvang van de groep die zonder diploma "
      "aan de zijlijn staat. Veel jongeren vinden na hun uitval alsnog hun weg, naar werk of terug naar school. "
      "Anderen blijven hangen. Volgens de analyse van de raad waren er eind 2024 ongeveer 62.000 jongeren van 16 tot "
      "27 jaar zonder startkwalificatie die geen onderwijs volgden en niet of minder dan twaalf uur per week werkten. "
      "Ongeveer 21.000 van hen ontvingen een uitkering, vooral bijstand; de overige 41.000 hadden geen uitkering en "
      "waren daardoor voor gemeente en UWV grotendeels onzichtbaar."),
    H("2.2 Een gevarieerde groep", 2),
    P("Jongeren zonder startkwalificatie vormen geen homogene groep. De raad onderscheidt op basis van de gesprekken "
      "en de data ruwweg vier groepen, die elk een andere aanpak vragen. De grenzen tussen deze groepen zijn niet "
      "scherp, en een jongere kan in de loop van de tijd van de ene naar de andere groep verschuiven."),
    P("De eerste en grootste groep bestaat uit jongeren die in principe een mbo-diploma kunnen halen, maar die zijn "
      "uitgevallen omdat de opleiding niet paste, omdat zij liever geld wilden verdienen of omdat er thuis iets "
      "misging. Voor hen is een tweede kans in de vorm van een leerbaan vaak de beste route. De tweede groep bestaat "
      "uit jongeren die het praktijkonderwijs of het voortgezet speciaal onderwijs hebben afgerond. Zij hebben geen "
      "startkwalificatie en zullen die in veel gevallen ook niet halen; voor hen is de overstap naar duurzaam werk "
      "met goede begeleiding het doel."),
    P("De derde groep zijn jongeren met psychische of sociale problemen, zoals schulden, verslaving of een "
      "onstabiele woonsituatie. Voor hen komt werk of school pas in beeld als die problemen zijn aangepakt, en zij "
      "hebben baat bij een begeleider die beide werelden kent. De vierde groep zijn jonge nieuwkomers die op latere "
      "leeftijd naar Nederland zijn gekomen, vaak met weinig vooropleiding en een taalachterstand. Zij vallen "
      "relatief vaak uit in de entreeopleiding."),
    P("Jongens zijn in alle vier groepen oververtegenwoordigd. Ook zijn er grote regionale verschillen: in de grote "
      "steden en in enkele krimpregio's ligt het aandeel jongeren zonder startkwalificatie bijna twee keer zo hoog "
      "als in de rest van het land."),
    H("2.3 Positie op de arbeidsmarkt", 2),
    P("Jongeren zonder startkwalificatie vinden op de huidige arbeidsmarkt relatief gemakkelijk een eerste baan. Het "
      "probleem zit in de kwaliteit en de duurzaamheid van dat werk. Van de jongeren die in 2019 zonder diploma de "
      "school verlieten, had vijf jaar later 54 procent werk. Van hen had ruim twee derde een tijdelijk contract of "
      "werkte als uitzendkracht of oproepkracht. Bij leeftijdgenoten met een mbo-2-diploma was dat ruim een derde.",
      footnotes=("CBS, microdata Stelsel van Sociaal-statistische Bestanden; bewerking SER. Het gaat om jongeren die "
                 "in het schooljaar 2018-2019 voortijdig de school verlieten.",)),
    P("Deze jongeren werken bovendien vaak voor het minimumjeugdloon. Het wettelijk minimumloon geldt sinds 2019 "
      "volledig vanaf 21 jaar; voor jongere werknemers geldt een percentage dat oploopt van 30 procent voor een "
      "15-jarige tot 80 procent voor een 20-jarige. Voor een werkende jongere van 18 jaar komt het minimumloon "
      "daarmee neer op de helft van het volwassen minimumloon. Voor jongeren die op zichzelf wonen of een kind "
      "hebben, is dat nauwelijks genoeg om van rond te komen."),
    P("Opvallend is dat de inkomensachterstand van jongeren zonder startkwalificatie met de jaren groter wordt. "
      "Jongeren met een diploma stromen door naar beter betaalde functies; jongeren zonder diploma blijven vaker "
      "hangen in werk op of net boven het minimumloon. Wie eenmaal werkloos raakt, vindt bovendien minder snel "
      "opnieuw werk: de gemiddelde werkloosheidsduur van deze groep is bijna twee keer zo lang als die van jongeren "
      "met een diploma."),
    P("De belangrijkste bevindingen uit dit hoofdstuk zijn:"),
    ItemList((
        B("Het aantal voortijdig schoolverlaters stijgt sinds 2021 weer, tot 27.400 in het schooljaar 2023-2024."),
        B("Ongeveer 62.000 jongeren zonder startkwalificatie werken niet en leren niet; twee derde van hen heeft geen "
          "uitkering."),
        B("De groep is divers en vraagt om maatwerk: een tweede kans op school, begeleiding naar werk, of eerst hulp "
          "bij problemen thuis."),
        B("Jongeren zonder startkwalificatie vinden snel een eerste baan, maar werken veel vaker op tijdelijke "
          "contracten en blijven vaker hangen op het minimumloon."),
        B("Wie werkloos raakt, blijft dat gemiddeld twee keer zo lang als een leeftijdgenoot met een diploma."),
    ), style="•"),

    H("3 Uitval voorkomen en opvangen: de regionale aanpak"),
    H("3.1 Hoe de regionale aanpak werkt", 2),
    P("Nederland is verdeeld in 39 RMC-regio's. In elke regio is een contactgemeente verantwoordelijk voor de "
      "Regionale Meld- en Coördinatiefunctie (RMC): het registreren van jongeren tot 23 jaar die zonder "
      "startkwalificatie de school verlaten, en het zorgen dat zij zo snel mogelijk terugkeren naar school of een "
      "andere passende plek vinden. Voor jongeren tot 18 jaar houdt de leerplichtambtenaar toezicht op de "
      "kwalificatieplicht. Scholen zijn verplicht ongeoorloofd verzuim en uitschrijving zonder diploma te melden."),
    P("Gemeenten, scholen en partners in de regio maken elke vier jaar een regionaal plan voor de aanpak van "
      "voortijdig schoolverlaten. Het Rijk financiert deze aanpak met een vast budget via de RMC-regeling en, "
      "daarbovenop, met aanvullende programmamiddelen voor de begeleiding van jongeren in een kwetsbare positie. "
      "Deze programmamiddelen, in 2024 ongeveer 35 miljoen euro, zijn tijdelijk en lopen volgens de huidige "
      "begroting eind 2026 af."),
    P("In de regio's die de raad bezocht, worden met deze middelen vooral trajectbegeleiders betaald: professionals "
      "die een jongere na uitval opzoeken, samen met hem een plan maken en hem begeleiden tot hij weer op school zit "
      "of werk heeft. Jongeren die de raad sprak, waren vrijwel zonder uitzondering positief over hun "
      "trajectbegeleider. 'Zij was de eerste die vroeg wat ik zelf wilde,' vertelde een jongen van negentien uit "
      "Rotterdam."),
    H("3.2 Wat goed gaat en wat beter moet", 2),
    P("De regionale aanpak heeft veel opgeleverd. Toch ziet de raad drie zwakke plekken. De eerste is de "
      "financiering. Omdat een groot deel van het geld tijdelijk is, nemen gemeenten trajectbegeleiders vaak op "
      "projectbasis aan. Ervaren begeleiders vertrekken naar vaste banen elders, en de relatie met de jongere, die "
      "juist het verschil maakt, gaat verloren. Meerdere RMC-coördinatoren vertelden de raad dat zij hun "
      "begeleiders nu al niet kunnen toezeggen dat hun contract na 2026 wordt verlengd."),
    P("De tweede zwakke plek is de overdracht tussen school en regio. De wet verplicht scholen uitval te melden, "
      "maar niet om de jongere actief over te dragen. In de praktijk verschilt het sterk per regio hoe snel een "
      "trajectbegeleider na een melding contact zoekt. In de ene regio gebeurt dat binnen een week, in de andere "
      "duurt het twee tot drie maanden. In die periode is de jongere vaak al uit beeld, heeft hij een uitzendbaan "
      "gevonden of is hij thuis komen te zitten."),
    P("De derde zwakke plek is de leeftijdsgrens. De RMC-taak houdt op bij 23 jaar. Daarna is er voor jongeren "
      "zonder uitkering geen instantie meer die verantwoordelijk is voor hun terugkeer naar school of werk, terwijl "
      "de Participatiewet jongeren tot 27 jaar als een aparte groep behandelt. Juist jongvolwassenen die na een paar "
      "jaar flexwerk hun baan verliezen, vallen zo tussen wal en schip. Van de 62.000 jongeren zonder "
      "startkwalificatie die niet werken en niet leren, is bijna de helft 23 jaar of ouder."),
    H("Adviezen bij hoofdstuk 3", 3),
    LEAD_IN,
    ItemList((
        B("Het kabinet maakt de middelen voor de regionale aanpak van voortijdig schoolverlaten structureel, zodat "
          "RMC-regio's hun trajectbegeleiders in vaste dienst kunnen nemen in plaats van op projectbasis.",
          R("1", "OCW")),
        B("Gemeenten en mbo-instellingen spreken in iedere RMC-regio een sluitende warme overdracht af: iedere "
          "jongere die zonder startkwalificatie de school verlaat, krijgt binnen vier weken na de melding een "
          "persoonlijk gesprek met een trajectbegeleider.",
          R("2", "GEMEENTEN", "OTHER")),
        B("De minister van OCW verhoogt de leeftijdsgrens van de RMC-taak van 23 naar 27 jaar, zodat ook "
          "jongvolwassenen zonder uitkering een vaste instantie hebben die hen helpt terug te keren naar school of "
          "werk.",
          R("3", "OCW")),
    ), style="•"),

    H("4 Leren en werken: de beroepsbegeleidende leerweg"),
    H("4.1 De BBL als tweede kans", 2),
    P("In de beroepsbegeleidende leerweg (BBL) werkt een student ten minste 24 uur per week bij een erkend "
      "leerbedrijf en gaat hij een dag per week naar school. Hij heeft een arbeidscontract en verdient een salaris. "
      "Voor jongeren die op school zijn vastgelopen, is de BBL vaak een aantrekkelijke route: zij leren in de "
      "praktijk, verdienen geld en halen tegelijkertijd een diploma. Uit de gesprekken van de raad blijkt dat juist "
      "het verdienen voor veel jongeren de doorslag geeft. 'Ik kon het me niet veroorloven om nog drie jaar op "
      "school te zitten,' zei een jonge vrouw uit Enschede."),
    P("Het aantal BBL-studenten op niveau 1 en 2 is de afgelopen tien jaar echter met ruim een derde gedaald, van "
      "ongeveer 38.000 in 2014 tot 24.500 in 2024. Het aantal BBL-studenten op niveau 3 en 4 is in dezelfde periode "
      "gestegen. Werkgevers bieden leerbanen vooral aan voor opleidingen waar zij direct vakkrachten uit halen, en "
      "minder voor de lagere niveaus, waar de begeleiding intensiever is en de student minder snel productief.",
      footnotes=("DUO, Studenten in het mbo naar leerweg en niveau, 2014-2024; bewerking SER.",)),
    H("4.2 Knelpunten", 2),
    P("De raad ziet drie knelpunten die de toegang tot de BBL voor jongeren zonder startkwalificatie beperken. Het "
      "eerste is het ritme van het onderwijs. De meeste mbo-instellingen kennen twee instroommomenten per jaar, in "
      "september en februari. Een jongere die in november uitvalt en in december een werkgever vindt die hem wil "
      "opleiden, moet dus soms maanden wachten voordat hij kan beginnen. In de tussentijd gaat de werkgever vaak met "
      "iemand anders in zee, of haakt de jongere af."),
    P("Het tweede knelpunt is de financiële prikkel voor werkgevers. Werkgevers die een BBL-student begeleiden, "
      "kunnen een tegemoetkoming krijgen via de subsidieregeling praktijkleren. Die bedraagt ten hoogste € 2.700 per "
      "leerbaan per jaar, maar wordt in de praktijk vaak lager vastgesteld omdat het budget over alle aanvragen "
      "wordt verdeeld. Voor leerbanen op niveau 1 en 2, waar de begeleiding intensiever is, dekt het bedrag slechts "
      "een klein deel van de kosten. Bovendien wordt de hoogte van de regeling elk jaar opnieuw bepaald, zodat "
      "werkgevers er niet op kunnen rekenen."),
    P("Het derde knelpunt is het aanbod van leerbanen zelf. In sectoren met een actief opleidingsfonds, zoals de "
      "bouw en de installatietechniek, zijn leerbanen op niveau 2 goed georganiseerd. In andere sectoren, zoals de "
      "detailhandel, de logistiek en de schoonmaak, waar veel jongeren zonder startkwalificatie werken, is dat veel "
      "minder het geval. Daar werken jongeren wel, maar zelden in een leerbaan."),
    P("De raad heeft ook gekeken naar de vraag of de BBL voor deze jongeren altijd de juiste route is. Dat is niet "
      "zo. Voor jongeren met ernstige problemen thuis of met een grote taalachterstand is een leerbaan vaak te hoog "
      "gegrepen. Voor hen is eerst een entreeopleiding of een traject bij de gemeente nodig. Maar voor de grootste "
      "groep, de jongeren die in principe een diploma kunnen halen, is de BBL de meest kansrijke weg."),
    P("Werkgevers en scholen die de raad sprak, wezen ten slotte op het belang van de begeleiding vanuit school. "
      "Een BBL-student ziet zijn docent vaak maar een dag per week, en problemen op de werkplek komen pas laat aan "
      "het licht. In Twente heeft de regionale mbo-instelling daarom loopbaanbegeleiders aangesteld die de "
      "leerbedrijven elke maand bezoeken. Het aantal BBL-studenten op niveau 2 dat voortijdig stopt, is daar in "
      "twee jaar tijd met ongeveer een kwart gedaald."),
    H("Adviezen bij hoofdstuk 4", 3),
    LEAD_IN,
    ItemList((
        B("De minister van OCW maakt het mogelijk dat mbo-instellingen jongeren op niveau 1 en 2 op elk moment van "
          "het jaar laten instromen in een BBL-opleiding, en niet alleen in september en februari.",
          R("4", "OCW")),
        B("De minister van OCW verhoogt de subsidie praktijkleren voor leerbanen op niveau 1 en 2 naar € 3.500 per "
          "leerbaan per jaar en legt dit bedrag voor ten minste vijf jaar vast, zodat werkgevers erop kunnen bouwen.",
          R("5", "OCW")),
        B("Werkgeversorganisaties maken per sector, samen met de opleidings- en ontwikkelingsfondsen, afspraken over "
          "het aantal leerbanen op niveau 1 en 2 dat zij de komende vijf jaar beschikbaar stellen, en rapporteren "
          "daar jaarlijks over.",
          R("6", "OTHER")),
    ), style="•"),

    H("5 Loon en financiële prikkels voor werkgevers"),
    H("5.1 Het minimumjeugdloon", 2),
    P("Het minimumjeugdloon is in Nederland al decennia onderwerp van debat. Voorstanders wijzen erop dat een lager "
      "loon de drempel voor werkgevers verlaagt om jongeren zonder ervaring in dienst te nemen, en dat het jongeren "
      "stimuleert om door te leren in plaats van te gaan werken. Tegenstanders wijzen erop dat jongeren vaak "
      "hetzelfde werk doen als volwassenen, en dat veel jongeren van hun loon moeten rondkomen. In 2017 is de "
      "leeftijd waarop het volledige minimumloon geldt, verlaagd van 23 naar 22 jaar, en in 2019 naar 21 jaar. "
      "Tegelijk zijn de percentages voor 18- tot en met 20-jarigen verhoogd."),
    P("Uit de evaluatie van die verhoging bleek dat de werkgelegenheid van jongeren nauwelijks is afgenomen. De raad "
      "tekent daarbij aan dat de evaluatie plaatsvond in een periode van sterke economische groei, en dat de "
      "effecten op jongeren zonder startkwalificatie niet afzonderlijk zijn onderzocht. Juist zij werken vaker in "
      "functies waar loonkosten zwaar wegen, en juist zij zijn vaker al op jonge leeftijd financieel zelfstandig.",
      footnotes=("Evaluatie van de verhoging van het wettelijk minimumjeugdloon, aangeboden aan de Tweede Kamer in "
                 "2021.",)),
    P("In de raad is over dit onderwerp uitvoerig gesproken. De raad is van oordeel dat jongeren die volwaardig werk "
      "verrichten, daarvoor ook een volwaardig loon horen te ontvangen, en dat de huidige staffel voor 18- tot en "
      "met 20-jarigen daar onvoldoende recht aan doet. Een verdere verhoging moet wel zorgvuldig en geleidelijk "
      "gebeuren, zodat werkgevers zich kunnen aanpassen en eventuele effecten op de werkgelegenheid tijdig "
      "zichtbaar worden. De werkgeversleden hebben daarbij aangetekend dat zij een verhoging pas verantwoord achten "
      "als de effecten van de vorige stap voor de kwetsbaarste jongeren bekend zijn."),
    H("5.2 Loonkostenvoordelen en subsidies", 2),
    P("Werkgevers die mensen met een afstand tot de arbeidsmarkt in dienst nemen, kunnen gebruikmaken van "
      "verschillende regelingen. Er zijn loonkostenvoordelen voor het in dienst nemen van oudere "
      "uitkeringsgerechtigden, arbeidsgehandicapten en mensen uit de doelgroep banenafspraak. Er is het "
      "lage-inkomensvoordeel, met een aparte variant voor jongeren, het jeugd-LIV, voor werknemers met een loon op "
      "of net boven het minimumjeugdloon. Gemeenten kunnen loonkostensubsidie verstrekken aan werkgevers van mensen "
      "die niet het volledige minimumloon kunnen verdienen. En daarnaast zijn er de subsidie praktijkleren, "
      "sectorale regelingen en regionale fondsen."),
    P("Voor jongeren zonder startkwalificatie bestaat geen gericht loonkostenvoordeel. Het jeugd-LIV geldt voor alle "
      "jongeren met een laag loon en is per werknemer klein. De loonkostensubsidie van gemeenten is bedoeld voor "
      "mensen met een verminderde loonwaarde, wat bij de meeste jongeren zonder startkwalificatie niet aan de orde "
      "is. De raad heeft werkgevers gevraagd wat hen zou helpen om vaker een jongere zonder diploma aan te nemen. "
      "Naast begeleiding noemden zij vooral een tijdelijke compensatie voor de extra inwerktijd en voor het risico "
      "dat de jongere na een paar maanden weer vertrekt."),
    P("Tegelijk klagen werkgevers, vooral kleine werkgevers, over de veelheid aan regelingen. Voor elke regeling "
      "gelden andere voorwaarden, een ander loket en een andere aanvraagtermijn. Uit een peiling onder "
      "mkb-werkgevers in de vier bezochte regio's blijkt dat ruim de helft van de werkgevers die recht hadden op een "
      "loonkostenvoordeel, daar geen gebruik van maakte, meestal omdat zij de regeling niet kenden of de aanvraag te "
      "ingewikkeld vonden. Een loonkostenvoordeel moet bijvoorbeeld worden aangevraagd via de loonaangifte, terwijl "
      "de werknemer eerst bij UWV of de gemeente een doelgroepverklaring moet hebben opgevraagd."),
    H("Adviezen bij hoofdstuk 5", 3),
    LEAD_IN,
    ItemList((
        B("Het kabinet verhoogt de percentages van het minimumjeugdloon voor 18- tot en met 20-jarigen in drie "
          "jaarlijkse stappen, zodat jongeren vanaf hun twintigste recht hebben op het volledige wettelijk "
          "minimumloon.",
          R("7", "SZW")),
        B("De minister van SZW laat de effecten van het minimumjeugdloon op de werkgelegenheid en de "
          "inkomenspositie van jongeren zonder startkwalificatie onafhankelijk evalueren en stuurt de uitkomsten "
          "uiterlijk in 2027 naar de Tweede Kamer.",
          R("8", "SZW")),
        B("Het kabinet voert een loonkostenvoordeel in voor werkgevers die een jongere zonder startkwalificatie voor "
          "ten minste een jaar in dienst nemen, naar het voorbeeld van de bestaande loonkostenvoordelen voor oudere "
          "uitkeringsgerechtigden.",
          R("9", "SZW")),
        B("Het kabinet brengt de loonkostenvoordelen, het jeugd-LIV en de loonkostensubsidie samen in één "
          "aanvraagloket bij UWV, zodat een werkgever met één aanvraag weet op welke tegemoetkomingen hij recht "
          "heeft.",
          R("10", "SZW")),
    ), style="•"),

    H("6 Begeleiding door UWV en gemeenten"),
    H("6.1 Verdeelde verantwoordelijkheid", 2),
    P("Welke instantie een jongere zonder startkwalificatie begeleidt, hangt af van zijn leeftijd en zijn inkomen. "
      "Jongeren die na een baan werkloos worden en recht hebben op een WW-uitkering, vallen onder UWV. Jongeren in "
      "de bijstand vallen onder de gemeente. Jongeren met een arbeidsbeperking kunnen onder de Wajong vallen, die "
      "UWV uitvoert. Jongeren tot 23 jaar zonder uitkering vallen onder de RMC-functie, en jongeren van 23 jaar en "
      "ouder zonder uitkering vallen onder niemand, al kunnen zij zich als niet-uitkeringsgerechtigde bij de "
      "gemeente melden."),
    P("Het aantal jongeren zonder startkwalificatie met een WW-uitkering is beperkt, maar groeit. Door hun vaak korte "
      "arbeidsverleden hebben zij doorgaans maar enkele maanden recht op WW. UWV begeleidt WW-gerechtigden in de "
      "eerste maanden overwegend digitaal, via een online werkmap en webinars. Voor jongeren zonder diploma werkt "
      "dat slecht. Uit gegevens van UWV blijkt dat deze jongeren de digitale begeleiding vaker niet afronden en "
      "gemiddeld langer in de WW blijven dan andere jongeren. Wanneer de WW afloopt, hebben velen van hen nog geen "
      "werk en komen zij, als zij al ergens terechtkomen, in de bijstand."),
    H("6.2 De zoektermijn en de toegang tot hulp", 2),
    P("Jongeren onder de 27 jaar die bijstand aanvragen, moeten op grond van de Participatiewet eerst vier weken "
      "zelf naar werk of een opleiding zoeken voordat de gemeente op hun aanvraag beslist. Het doel van deze "
      "zoektermijn is dat jongeren zelf verantwoordelijkheid nemen en niet te snel een uitkering krijgen. Voor "
      "jongeren met een startkwalificatie en een netwerk is dat een redelijke eis. Voor jongeren zonder diploma, "
      "zonder ervaring met solliciteren en soms met problemen thuis, werkt het volgens de gemeenten die de raad "
      "sprak vaak averechts: zij haken af en komen pas maanden later, met grotere problemen, opnieuw in beeld."),
    P("Daarnaast zien jongeren door de bomen het bos niet meer. Een jongere die uitvalt, heeft te maken met de "
      "school, de leerplichtambtenaar of trajectbegeleider, de gemeente, UWV en soms ook de schuldhulpverlening en "
      "de jeugdhulp. Elk heeft een eigen loket en een eigen regime. In enkele regio's, zoals Twente en "
      "Rotterdam-Rijnmond, hebben gemeenten, UWV en de RMC-functie daarom samen een jongerenloket ingericht, fysiek "
      "en online, waar een jongere met elke vraag terechtkan. De eerste resultaten zijn bemoedigend: meer jongeren "
      "melden zich, en zij melden zich eerder."),
    P("Ook werkgevers hebben baat bij één aanspreekpunt. Nu krijgen zij in sommige regio's te maken met het "
      "werkgeversservicepunt, met de scholen en met losse gemeentelijke projecten, die elk jongeren voor hen hebben. "
      "Dat leidt tot dubbele contacten en tot frustratie aan beide kanten."),
    H("Adviezen bij hoofdstuk 6", 3),
    LEAD_IN,
    ItemList((
        B("UWV nodigt iedere jongere zonder startkwalificatie die een WW-uitkering aanvraagt binnen zes weken uit "
          "voor een persoonlijk gesprek met een werkcoach, in plaats van hem alleen digitaal te begeleiden.",
          R("11", "SZW")),
        B("Het kabinet schrapt in de Participatiewet de zoektermijn van vier weken voor jongeren zonder "
          "startkwalificatie, zodat gemeenten hen direct kunnen begeleiden naar school of werk.",
          R("12", "SZW")),
        B("Gemeenten en UWV richten in iedere arbeidsmarktregio, samen met de RMC-functie, één jongerenloket in waar "
          "een jongere terechtkan ongeacht of hij een uitkering heeft, en waar werkgevers één aanspreekpunt vinden.",
          R("13", "GEMEENTEN", "SZW")),
    ), style="•"),

    H("7 Werkgevers en zicht op de groep"),
    H("7.1 De rol van werkgevers", 2),
    P("Werkgevers spelen een sleutelrol. Zij bieden de leerbanen en de eerste banen, en zij bepalen in hoge mate of "
      "een jongere zich op de werkvloer welkom voelt. Uit de gesprekken van de raad blijkt dat de kwaliteit van de "
      "begeleiding in de eerste maanden het verschil maakt. Jongeren die een vaste begeleider op de werkvloer "
      "hadden, bleven veel vaker bij hun werkgever dan jongeren die 'gewoon meedraaiden'."),
    P("Veel werkgevers, vooral in het mkb, hebben echter geen ervaring met het begeleiden van jongeren met een "
      "rugzak. De praktijkopleider is vaak een ervaren collega die naast zijn eigen werk de begeleiding op zich "
      "neemt, zonder daarvoor te zijn opgeleid. Als het misgaat, weet hij niet waar hij hulp kan halen. In sectoren "
      "met een actief opleidingsfonds bestaan goede trainingen voor praktijkopleiders, maar kleine werkgevers in "
      "andere sectoren vinden die niet of kunnen de kosten niet dragen."),
    P("De raad wil benadrukken dat dit advies niet alleen een vraag aan de overheid is. Werkgevers hebben er zelf "
      "belang bij dat jongeren die zij aannemen, blijven en groeien. Op de huidige arbeidsmarkt is het opleiden van "
      "eigen mensen geen liefdadigheid, maar een investering in de continuïteit van het bedrijf."),
    H("7.2 Zicht op de groep", 2),
    P("Bij de voorbereiding van dit advies stuitte de raad op een opvallend gebrek aan samenhangende gegevens. DUO "
      "registreert voortijdig schoolverlaters, gemeenten registreren bijstandsgerechtigden, UWV registreert "
      "WW-gerechtigden en werkzoekenden, en het CBS kan deze bestanden achteraf koppelen. Er is echter geen vaste "
      "rapportage die per regio laat zien hoeveel jongeren zonder startkwalificatie werken, leren, een uitkering "
      "hebben of nergens in beeld zijn. De cijfers in hoofdstuk 2 zijn door de raad voor dit advies speciaal "
      "samengesteld."),
    P("Zonder zulke gegevens kunnen regio's niet zien of hun aanpak werkt, en kan het Rijk niet beoordelen of het "
      "geld goed terechtkomt. Ook blijft zo onzichtbaar dat de groep jongeren die nergens in beeld is, in sommige "
      "regio's groeit."),
    H("Adviezen bij hoofdstuk 7", 3),
    LEAD_IN,
    ItemList((
        B("Werkgevers wijzen bij iedere leerbaan en iedere eerste baan van een jongere zonder startkwalificatie een "
          "geschoolde praktijkopleider of mentor aan; het kabinet ondersteunt de scholing van deze mentoren in het "
          "mkb financieel.",
          R("14", "OTHER", "SZW")),
        B("Het kabinet laat het CBS jaarlijks een landelijke monitor opstellen die per regio laat zien hoeveel "
          "jongeren zonder startkwalificatie werken, leren, een uitkering hebben of nergens in beeld zijn.",
          R("15", "SZW", "OCW")),
    ), style="•"),

    H("Bijlage: geraadpleegde organisaties"),
    P("Bij de voorbereiding van dit advies heeft de commissie onder meer gesproken met vertegenwoordigers van de "
      "volgende organisaties:"),
    ItemList((
        B("Vereniging van Nederlandse Gemeenten (VNG)"),
        B("MBO Raad"),
        B("Samenwerkingsorganisatie Beroepsonderwijs Bedrijfsleven (SBB)"),
        B("UWV, divisie Werkbedrijf"),
        B("Ingrado, vereniging voor leerplicht en RMC"),
        B("Stichting van de Arbeid"),
        B("Nationale Jeugdraad"),
        B("de RMC-regio's Twente, Rijnmond, Zuid-Limburg en Friesland-Noord"),
    ), style="•"),
)

REPORT = Document(
    title="Geen jongere aan de zijlijn",
    subtitle="Advies over de arbeidsmarktkansen van jongeren zonder startkwalificatie",
    blocks=REPORT_BLOCKS,
    running_header="SER  |  Geen jongere aan de zijlijn",
    footer="{page}",
    font_family="sans",
    font_size=10.5,
    imprint=("Sociaal-Economische Raad", "Advies 25/06  |  juni 2025"),
)

# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV = {
    "1": "Het kabinet voegt met ingang van 2026 structureel € 38 miljoen per jaar toe aan de begroting van OCW voor "
         "de regionale aanpak van voortijdig schoolverlaten, zodat RMC-regio's hun trajectbegeleiders in vaste "
         "dienst kunnen nemen.",
    "3": "Een verhoging van de leeftijdsgrens naar 27 jaar in het hele land gaat het kabinet op dit moment te ver; "
         "wel krijgen vijf RMC-regio's vanaf 2026 de ruimte om bij wijze van pilot ook jongeren tot 27 jaar te "
         "begeleiden.",
    "2": "Ik ben het met de Raad eens dat geen jongere na het verlaten van school uit beeld mag raken, en zal daarom "
         "met de VNG en de MBO Raad vastleggen dat iedere voortijdig schoolverlater binnen vier weken een gesprek "
         "met een trajectbegeleider krijgt.",
    "4": "Het kabinet neemt dit advies over.",
    "5": "De minister van OCW verhoogt de subsidie praktijkleren voor leerbanen op niveau 1 en 2 in het studiejaar "
         "2026-2027 naar € 3.500, maar legt dat bedrag nog niet voor vijf jaar vast: of de verhoging daarna wordt "
         "voortgezet, bezien wij bij de Voorjaarsnota 2027.",
    "7": "Ik begrijp de wens van de Raad om jongeren die volwaardig werk doen ook een volwaardig loon te geven, maar "
         "ik neem dit advies niet over.",
    "7b": "Een verdere verhoging zou juist nu de drempel voor werkgevers kunnen verhogen om een jongere zonder "
          "diploma en zonder werkervaring een kans te geven.",
    "8": "Ik laat het Centraal Planbureau deze evaluatie uitvoeren en stuur de uitkomsten in het voorjaar van 2027 "
         "naar uw Kamer.",
    "9": "Een apart loonkostenvoordeel voor deze groep voegt naar het oordeel van het kabinet weinig toe naast het "
         "jeugd-LIV en de loonkostensubsidie, en het kabinet neemt dit advies daarom niet over.",
    "10": "Ik laat UWV onderzoeken of werkgevers de bestaande regelingen in de toekomst via één aanvraagloket kunnen "
          "aanvragen.",
    "11": "Vanaf 1 juli 2026 voert UWV met iedere jongere zonder startkwalificatie die een WW-uitkering aanvraagt "
          "binnen zes weken een persoonlijk gesprek met een werkcoach; het kabinet stelt daarvoor structureel € 7 "
          "miljoen per jaar beschikbaar.",
    "12": "Het kabinet ziet geen aanleiding de zoektermijn te schrappen.",
    "13": "UWV sluit aan bij een gezamenlijk jongerenloket in de arbeidsmarktregio's waar gemeenten dat willen "
          "inrichten, maar een loket in alle 35 regio's schrijft het kabinet niet voor.",
    "14": "Het kabinet onderschrijft dit advies en maakt de scholing van praktijkopleiders en mentoren in het mkb "
          "vanaf 2026 subsidiabel via de regeling SLIM, waarvoor € 10 miljoen extra beschikbaar komt.",
}


def A(number: str, position: str, key: str | None = None) -> Answer:
    return Answer(number, position, EV[key or number])


TABLE_ROWS = (
    ("Maak de middelen voor de regionale aanpak van voortijdig schoolverlaten structureel.\n"
     "Verhoog de leeftijdsgrens van de RMC-taak van 23 naar 27 jaar.",
     Cell(EV["1"] + " " + EV["3"],
          answers=(A("1", "agree"), A("3", "partial")))),
    ("Spreek per RMC-regio een sluitende warme overdracht af, met een persoonlijk gesprek binnen vier weken na de "
     "melding van uitval.",
     Cell(EV["2"] + " Deze afspraak wordt onderdeel van de regionale plannen voor de periode 2026-2029.",
          answers=(A("2", "agree"),))),
    ("Maak instroom in een BBL-opleiding op niveau 1 en 2 het hele jaar door mogelijk.",
     Cell(EV["4"] + " Vanaf het studiejaar 2026-2027 mogen mbo-instellingen jongeren op niveau 1 en 2 op ieder "
          "moment van het jaar in een BBL-opleiding laten instromen; de minister van OCW past daarvoor de "
          "bekostigingsregels aan.",
          answers=(A("4", "agree"),))),
    ("Verhoog de subsidie praktijkleren voor niveau 1 en 2 naar € 3.500 per leerbaan en leg dit bedrag voor vijf "
     "jaar vast.",
     Cell(EV["5"] + " Daarbij betrekken wij de uitkomsten van de evaluatie van de regeling, die in 2026 verschijnt.",
          answers=(A("5", "partial"),))),
    ("Werkgeversorganisaties: maak per sector afspraken over het aantal leerbanen op niveau 1 en 2 en rapporteer "
     "daar jaarlijks over.",
     Cell("Dit advies is gericht aan werkgevers en aan de sectorale opleidings- en ontwikkelingsfondsen. Het is aan "
          "de sociale partners om hierop te reageren; de Stichting van de Arbeid bespreekt het advies in het "
          "voorjaar van 2026 in haar eigen overleg.")),
    ("Laat de effecten van het minimumjeugdloon op werk en inkomen van jongeren zonder startkwalificatie "
     "onafhankelijk evalueren.",
     Cell(EV["8"] + " Daarbij vraag ik het CPB nadrukkelijk ook te kijken naar jongeren die in een BBL-opleiding "
          "werken en naar jongeren die op zichzelf wonen.",
          answers=(A("8", "agree"),))),
    ("Voer een loonkostenvoordeel in voor werkgevers die een jongere zonder startkwalificatie voor ten minste een "
     "jaar in dienst nemen.\n"
     "Breng de loonkostenvoordelen, het jeugd-LIV en de loonkostensubsidie samen in één aanvraagloket bij UWV.",
     Cell(EV["9"] + " Wel deel ik de constatering van de Raad dat vooral kleine werkgevers door de veelheid aan "
          "regelingen het overzicht kwijtraken. " + EV["10"],
          answers=(A("9", "disagree"), A("10", "partial")))),
    ("UWV: nodig iedere jongere zonder startkwalificatie die WW aanvraagt binnen zes weken uit voor een persoonlijk "
     "gesprek.",
     Cell(EV["11"] + " Dat betekent niet dat de digitale dienstverlening verdwijnt; zij blijft beschikbaar voor "
          "jongeren die daar zelf de voorkeur aan geven.",
          answers=(A("11", "agree"),))),
    ("Schrap de zoektermijn van vier weken in de Participatiewet voor jongeren zonder startkwalificatie.",
     Cell(EV["12"] + " Gemeenten kunnen de termijn nu al buiten toepassing laten voor jongeren die door hun situatie "
          "niet zelf naar werk of school kunnen zoeken, en zij hebben de ruimte om hen in die weken al te begeleiden.",
          answers=(A("12", "disagree"),))),
    ("Richt in iedere arbeidsmarktregio één jongerenloket in van gemeenten, UWV en de RMC-functie.",
     Cell(EV["13"] + " De regio's verschillen sterk in de manier waarop zij hun dienstverlening aan jongeren hebben "
          "georganiseerd, en een landelijk voorgeschreven model past daar niet bij.",
          answers=(A("13", "partial"),))),
    ("Werkgevers: wijs bij iedere leerbaan een geschoolde praktijkopleider of mentor aan; kabinet: ondersteun de "
     "scholing van mentoren in het mkb.",
     Cell(EV["14"] + " Werkgevers kunnen de subsidie aanvragen in het aanvraagtijdvak van maart 2026.",
          answers=(A("14", "agree"),))),
)

RESPONSE_BLOCKS = (
    P("Op 24 juni 2025 bracht de Sociaal-Economische Raad (SER) het advies 'Geen jongere aan de zijlijn' uit over de "
      "arbeidsmarktkansen van jongeren zonder startkwalificatie. Het advies is opgesteld op verzoek van mijn "
      "ambtsvoorganger en de minister van Onderwijs, Cultuur en Wetenschap. Met deze brief bied ik uw Kamer, mede "
      "namens de minister van Onderwijs, Cultuur en Wetenschap, de reactie van het kabinet op dit advies aan."),
    P("Ik dank de Raad voor dit grondige en breed gedragen advies. Het feit dat werkgevers, werknemers en kroonleden "
      "tot een gezamenlijke analyse zijn gekomen, geeft het advies extra gewicht. Bijzondere waardering heb ik voor "
      "de manier waarop de Raad jongeren zelf aan het woord heeft gelaten."),
    H("Aanleiding en context", 2),
    P("Het gaat in veel opzichten goed met jongeren op de Nederlandse arbeidsmarkt. De jeugdwerkloosheid lag in het "
      "derde kwartaal van 2025 op 8,4 procent en behoort daarmee tot de laagste van de Europese Unie. Tegelijk laat "
      "het advies zien dat een aanzienlijke groep jongeren niet van de krappe arbeidsmarkt profiteert. Volgens de "
      "Raad hebben ruim 60.000 jongeren zonder startkwalificatie geen werk en volgen zij geen onderwijs. Het kabinet "
      "herkent dit beeld, dat ook wordt bevestigd door signalen van gemeenten en mbo-instellingen dat het aantal "
      "voortijdig schoolverlaters weer stijgt."),
    P("Het kabinet zet al langer in op deze groep. Sinds 2023 werken gemeenten, mbo-instellingen, UWV en werkgevers "
      "in de arbeidsmarktregio's samen in regionale mobiliteitsteams, die ook jongeren begeleiden. De regionale "
      "aanpak van voortijdig schoolverlaten wordt sinds 2020 ondersteund met aanvullende programmamiddelen voor "
      "jongeren in een kwetsbare positie. In het programma Perspectief op Werk hebben gemeenten en UWV afspraken "
      "gemaakt over een gezamenlijke dienstverlening aan werkgevers. En de minister van OCW werkt met de mbo-sector "
      "aan de versterking van de entreeopleiding, die voor veel van deze jongeren de eerste stap is."),
    P("Dat betekent niet dat het beleid af is. Het advies van de Raad laat zien dat de verschillende onderdelen "
      "onvoldoende op elkaar aansluiten, en dat jongeren op de overgangsmomenten, van school naar werk en van de ene "
      "instantie naar de andere, nog te vaak uit beeld raken. Het kabinet deelt die analyse."),
    H("Hoofdlijnen van de kabinetsreactie", 2),
    P("Het kabinet herkent zich in de drie lijnen van het advies: uitval voorkomen en snel opvangen, de combinatie "
      "van leren en werken toegankelijker maken, en de begeleiding en de financiële ondersteuning overzichtelijker "
      "organiseren. De financiële gevolgen van deze reactie zijn verwerkt in de begrotingen van SZW en OCW voor 2026 "
      "en de jaren daarna."),
    P("Niet alle adviezen neemt het kabinet over. Waar de Raad vraagt om nieuwe regelingen of om wettelijke "
      "verplichtingen voor gemeenten, kiest het kabinet liever voor het beter benutten van wat er al is. Het stelsel "
      "van regelingen voor werkgevers en jongeren is al ingewikkeld genoeg, en elke nieuwe regeling vergroot die "
      "complexiteit. Ook hecht het kabinet aan de ruimte die gemeenten hebben om hun dienstverlening te laten "
      "aansluiten bij de situatie in hun regio."),
    P("Het kabinet wil bovendien voorkomen dat de aandacht voor jongeren zonder startkwalificatie ten koste gaat van "
      "de jongeren die net wel een diploma hebben gehaald, maar op de arbeidsmarkt met vergelijkbare problemen "
      "kampen. Waar dat mogelijk is, richten de maatregelen in deze brief zich daarom op alle jongeren die extra "
      "steun nodig hebben om hun plek te vinden."),
    H("Samenhang met ander beleid", 2),
    P("Deze reactie staat niet op zichzelf. Het wetsvoorstel Participatiewet in balans, dat op dit moment bij uw "
      "Kamer ligt, geeft gemeenten meer ruimte om bij de toepassing van de bijstand rekening te houden met de "
      "persoonlijke omstandigheden van mensen, ook van jongeren. Het wetsvoorstel vervangt een aantal strikte "
      "verplichtingen door een vertrouwensvolle benadering, waarin de gemeente de ruimte krijgt om per persoon te "
      "bepalen welke ondersteuning nodig is. Die beweging sluit aan bij de nadruk die de Raad legt op maatwerk."),
    P("In het onderwijs werkt de minister van OCW met de mbo-instellingen, het bedrijfsleven en de regio's aan de "
      "uitvoering van de werkagenda mbo. Onderdeel daarvan zijn afspraken over de begeleiding van studenten die "
      "dreigen uit te vallen, over de inzet van studentenwelzijnsmiddelen en over een betere aansluiting tussen de "
      "entreeopleiding en de opleidingen op niveau 2. Ook loopt de aanpak geldzorgen, armoede en schulden, waarin "
      "jongeren met financiële problemen een van de doelgroepen zijn. Veel jongeren zonder startkwalificatie hebben "
      "met meer dan een van deze trajecten te maken; het kabinet let er daarom op dat de afspraken uit deze "
      "trajecten op elkaar aansluiten."),
    P("Ten slotte wijs ik op de rol van de regionale mobiliteitsteams, waarvan de financiering in 2024 is verlengd. "
      "In deze teams werken gemeenten, UWV, scholen en sociale partners samen aan de begeleiding van werkzoekenden, "
      "onder wie jongeren. De ervaringen van de teams worden benut bij de uitwerking van de maatregelen in deze "
      "brief."),
    H("Minimumjeugdloon", 2),
    P("De Raad adviseert de percentages van het minimumjeugdloon voor 18- tot en met 20-jarigen in drie stappen te "
      "verhogen, zodat het volledige minimumloon vanaf 20 jaar geldt. " + EV["7"] + " De verhogingen van 2017 en "
      "2019 hebben de loonkosten voor jongeren al aanzienlijk doen stijgen, en de werkgeversleden van de Raad wijzen "
      "er zelf op dat de effecten daarvan voor de kwetsbaarste jongeren nog niet bekend zijn.",
      answers=(A("7", "disagree"),)),
    P(EV["7b"] + " Dat betekent niet dat het kabinet blind is voor de inkomenspositie van jongeren die op zichzelf "
      "wonen; zij kunnen aanspraak maken op toeslagen en, waar nodig, op aanvullende bijstand van hun gemeente.",
      answers=(A("7", "disagree", "7b"),)),
    H("Reactie op de afzonderlijke adviezen", 2),
    P("In de tabel hieronder reageert het kabinet op de overige adviezen van de Raad. De linkerkolom geeft het advies "
      "verkort weer; voor de volledige tekst verwijs ik naar het advies zelf. Het advies over de hoogte van het "
      "minimumjeugdloon is hierboven besproken."),
    Table(
        header=("Advies", "Reactie kabinet"),
        rows=TABLE_ROWS,
        widths=(0.36, 0.64),
        rules="grid",
    ),
    H("Tot slot", 2),
    P("Jongeren zonder startkwalificatie verdienen een eerlijke kans op werk dat bij hen past. Het kabinet zet met "
      "deze reactie een aantal concrete stappen, maar realiseert zich dat het succes vooral afhangt van de "
      "samenwerking in de regio tussen scholen, gemeenten, UWV en werkgevers. Ik zal uw Kamer in het najaar van 2026 "
      "over de voortgang van de maatregelen uit deze brief informeren."),
    P("De minister van Sociale Zaken en Werkgelegenheid,"),
    P("M.J. Verhoeven-Kramer"),
)

RESPONSE = Document(
    title="Ministerie van Sociale Zaken en Werkgelegenheid",
    subtitle=("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n"
              "Datum: 18 november 2025\n"
              "Betreft: Kabinetsreactie op het SER-advies 'Geen jongere aan de zijlijn'"),
    blocks=RESPONSE_BLOCKS,
    running_header="Kabinetsreactie SER-advies 'Geen jongere aan de zijlijn'",
    footer="Pagina {page} van {pages}",
    title_page=False,
    font_family="sans",
    font_size=10.5,
)

PAIR = Pair(
    name="youth_unemployment_council",
    report=REPORT,
    response=RESPONSE,
    description="SER-style advice on youth unemployment and early school leavers (15 unnumbered bullet "
                "recommendations closing chapters 3-7) and the SZW minister's letter with a grid table "
                "'Advies | Reactie kabinet'.",
)
