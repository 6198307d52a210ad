"""Pair: an Algemene Rekenkamer-style audit of Defence recruitment and retention (werving en behoud), and the answer.

Layout traits this pair tests: a sans report with a title page; the chapter "Conclusies en aanbevelingen" comes
first after the summary, and each of its sixteen recommendations is a one-item numbered list ("1." .. "16.") right
after its own short bold title (an imperative such as "Maak de keuringsduur korter" that is not a recommendation);
the recommendations sit under theme subheadings. Most address the minister and staatssecretaris of Defensie, one
addresses Defensie together with the minister of BZK, one the minister of BZK alone and one the minister of OCW,
named in the item itself. Elsewhere: a numbered list of research questions and bulleted lists that are not
recommendations, and ruled tables of findings. (The annex that repeats every recommendation in a grid table is left
out: docgen annotates recommendations on list items only, so a table repeat cannot be marked as a duplicate.)

The response is a letter of the staatssecretaris van Defensie (letterhead, no title page) with theme headings and,
under them, level-3 headings "Reactie op aanbeveling N" (twice "Reactie op aanbevelingen N en M"). It agrees with
and without cue words (money and dates), accepts the aim of 1 but moves its deadline by two years, accepts part of 2
and 12, passes on a BZK study for 14 (a hedge), refuses 8 in the same paragraph that accepts 7, refuses 11 politely
and 13 on the legal position of military personnel, answers 6 only by subject under the heading of 5, passes 15 on
to the minister of OCW without a position and never mentions 10. All prose is fictional and written for this test
set.
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


def R(number: str, *departments: str) -> Recommendation:
    return Recommendation(number, tuple(departments))


def rec(title: str, number: str, text: str, *departments: str) -> tuple:
    """A bold recommendation title followed by the recommendation as a one-item numbered list."""
    return (P(title, bold=True), ItemList((ListItem(text, recommendation=R(number, *departments)),)))


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

SUMMARY = (
    H("Samenvatting"),
    P("Defensie moet de komende jaren fors groeien. Het kabinet heeft de ambitie uitgesproken dat de krijgsmacht in "
      "2030 ruim 20.000 mensen meer telt dan nu. Tegelijk staan er al jaren duizenden functies open: eind 2023 was "
      "85 procent van de militaire functies gevuld en waren ruim 8.900 militaire functies onbezet. Wij hebben "
      "onderzocht hoe Defensie nieuwe medewerkers werft, keurt en opleidt, en waarom zoveel mensen de organisatie "
      "binnen enkele jaren weer verlaten."),
    P("Onze belangrijkste bevinding is dat Defensie veel mensen weet te interesseren, maar onderweg te veel van hen "
      "kwijtraakt. In 2023 toonden ruim 52.000 mensen belangstelling voor een militaire functie. Ruim 21.000 van hen "
      "begonnen aan de keuring, maar slechts 6.300 kwamen daadwerkelijk op. De keuring duurde in 2023 gemiddeld 184 "
      "dagen; in 2019 was dat nog 121 dagen. Van de kandidaten die aan de keuring begonnen, haakte 41 procent af "
      "voordat zij een aanstelling kregen, vaak omdat zij intussen elders een baan hadden gevonden."),
    P("Wie wel binnenkomt, vertrekt relatief vaak snel weer. Van de militairen die in 2022 in dienst kwamen, had 27 "
      "procent de krijgsmacht binnen een jaar alweer verlaten. Van een groot deel van hen weet Defensie niet waarom: "
      "in 2023 werd met 38 procent van de vertrekkers een exitgesprek gevoerd, en vertrekredenen worden in drie "
      "systemen op verschillende manieren vastgelegd."),
    P("Defensie heeft de afgelopen jaren veel maatregelen genomen, zoals landelijke wervingscampagnes, hogere "
      "aanvangssalarissen en arbeidsmarkttoelagen. Van de meeste maatregelen is niet bekend wat zij opleveren. Ook "
      "de cijfers waarop de leiding stuurt, zijn niet altijd betrouwbaar: in een steekproef van 600 functies vonden "
      "wij bij 14 procent een verschil tussen de personeelsadministratie en de werkelijke bezetting."),
    P("Wij doen zestien aanbevelingen. De meeste zijn gericht aan de minister en de staatssecretaris van Defensie. "
      "Twee aanbevelingen richten zich (mede) tot de minister van Binnenlandse Zaken en Koninkrijksrelaties, die "
      "verantwoordelijk is voor de rijksbrede arbeidsvoorwaarden, en één tot de minister van Onderwijs, Cultuur en "
      "Wetenschap. U vindt de aanbevelingen in paragraaf 1.3."),
    PageBreak(),
)

CONCLUSIONS = (
    H("1 Conclusies en aanbevelingen"),
    H("1.1 Hoofdconclusie", 2),
    P("De personeelsvoorziening van Defensie is een keten: werven, keuren, opleiden en behouden. Die keten is zo "
      "sterk als de zwakste schakel. Wij concluderen dat Defensie de afgelopen jaren vooral heeft geïnvesteerd in het "
      "begin van de keten, de werving, terwijl de grootste knelpunten verderop liggen. De keuring duurt te lang, het "
      "aantal opleidingsplaatsen sluit niet aan op het moment waarop kandidaten zijn goedgekeurd, en over het behoud "
      "van personeel heeft Defensie te weinig zicht. Zolang deze knelpunten blijven bestaan, levert een grotere "
      "wervingsinspanning weinig extra personeel op."),
    P("Wij stellen ook vast dat de Tweede Kamer onvolledig wordt geïnformeerd. De halfjaarlijkse "
      "personeelsrapportage vermeldt de totale vulling en de instroom, maar niet hoeveel kandidaten onderweg afhaken "
      "en hoeveel nieuwe militairen binnen een jaar vertrekken. Daardoor kan de Kamer niet goed beoordelen of de "
      "maatregelen die Defensie neemt, het beoogde effect hebben."),
    H("1.2 Deelconclusies", 2),
    H("Instroom: kandidaten haken af tijdens een lange keuring", 3),
    P("De gemiddelde doorlooptijd van keuring en selectie is tussen 2019 en 2023 met ruim de helft gestegen, van 121 "
      "naar 184 dagen. De belangrijkste oorzaak is een tekort aan keuringsartsen en psychologen bij het Keurings- en "
      "Selectiecentrum (KSC). Daarnaast gaan dossiers vaak meermaals heen en weer tussen de werving, het KSC en het "
      "krijgsmachtdeel. Kandidaten horen in die periode weinig: in ons dossieronderzoek had een kandidaat gemiddeld "
      "met vier verschillende medewerkers contact, en bij een kwart van de kandidaten verstreken meer dan zes weken "
      "zonder enig bericht. Ook de keuringseisen zelf vormen een drempel. Een op de vijf kandidaten wordt medisch "
      "afgekeurd, en bij bijna een derde van die afkeuringen ging het om een aandoening die voor de beoogde functie "
      "weinig of geen betekenis heeft."),
    H("Opleiding: geworven, maar nog niet begonnen", 3),
    P("Goedgekeurde kandidaten wachten gemiddeld 94 dagen op de start van hun opleiding. De meeste initiële "
      "opleidingen beginnen vier keer per jaar, en het aantal plaatsen wordt begrensd door het aantal instructeurs en "
      "de beschikbare legering. Ook reservisten wachten lang: tussen aanmelding en start van de opleiding lag in 2023 "
      "gemiddeld zeven maanden. Oud-militairen die willen terugkeren, moeten de volledige keuring opnieuw doorlopen, "
      "ook als zij korter dan een jaar weg zijn geweest."),
    H("Behoud: Defensie weet niet goed waarom mensen vertrekken", 3),
    P("Van de militairen die in 2022 instroomden, vertrok 27 procent binnen een jaar; bij vrouwelijke militairen was "
      "dat 35 procent. Exitgesprekken worden niet stelselmatig gevoerd en vertrekredenen worden verschillend "
      "vastgelegd. Onze enquête onder vertrekkers laat zien dat onvrede over de leidinggevende, onzekerheid over "
      "plaatsing en gebrek aan perspectief op doorgroei het vaakst worden genoemd; het salaris speelt een kleinere "
      "rol dan vaak wordt aangenomen. Arbeidsmarkttoelagen worden breed ingezet, verdeeld over meer dan 200 "
      "functiecategorieën, zonder dat Defensie weet of zij bijdragen aan werving of behoud."),
    H("Arbeidsvoorwaarden en loopbanen binnen het Rijk", 3),
    P("Militairen hebben een eigen rechtspositie en eigen arbeidsvoorwaarden, die Defensie in een afzonderlijk "
      "overleg met de militaire bonden afspreekt. In vergelijking met soortgelijke functies elders bij het Rijk blijft "
      "de beloning van vooral onderofficieren in technische en IT-functies achter. Wie van Defensie naar een andere "
      "rijksorganisatie overstapt, of andersom, verliest bovendien vaak opgebouwde rechten, zoals ervaringsjaren bij "
      "de inschaling. Dat belemmert juist de loopbanen die het Rijk als één werkgever wil bevorderen. De "
      "samenwerking met het middelbaar beroepsonderwijs is veelbelovend, maar beperkt zich tot een deel van het "
      "land."),
    H("Sturing en informatie", 3),
    P("De personeelsinformatie van Defensie is verspreid over meerdere systemen die niet goed op elkaar aansluiten. "
      "In een steekproef van 600 functies vonden wij bij 14 procent een verschil tussen de administratie en de "
      "werkelijke bezetting. Daardoor zijn vulling en vacatures niet eenduidig vast te stellen, en wordt het aantal "
      "opleidingsplaatsen gepland op basis van cijfers die niet kloppen. De Tweede Kamer ontvangt geen samenhangend "
      "beeld van werving en behoud."),
    H("1.3 Aanbevelingen", 2),
    P("Op basis van onze conclusies doen wij zestien aanbevelingen. Zij zijn gericht aan de minister en de "
      "staatssecretaris van Defensie, tenzij in de aanbeveling zelf een andere bewindspersoon wordt genoemd. Boven "
      "iedere aanbeveling staat in het kort waar zij over gaat."),
    H("Instroom en keuring", 3),
    *rec("Maak de keuringsduur korter", "1",
         "Breng de gemiddelde doorlooptijd van keuring en selectie voor beroepsmilitairen uiterlijk in 2026 terug tot "
         "ten hoogste 60 dagen, en leg in een plan vast met welke maatregelen en tussendoelen per halfjaar u dat "
         "bereikt.", "Defensie"),
    *rec("Houd kandidaten vast tijdens de procedure", "2",
         "Geef iedere kandidaat vanaf de sollicitatie één vaste contactpersoon en bied kandidaten die op hun keuring "
         "of opleiding wachten een voorlopig dienstverband aan, zodat zij in de tussentijd niet elders gaan werken.",
         "Defensie"),
    *rec("Maak de keuringseisen functiegericht", "3",
         "Herzie de medische keuringseisen zodat zij per functiegroep aansluiten bij de feitelijke fysieke en mentale "
         "belasting, en laat door een onafhankelijke partij toetsen welke afwijzingsgronden nog nodig zijn.",
         "Defensie"),
    H("Opleiding, reservisten en terugkeer", 3),
    *rec("Stem de opleidingscapaciteit af op de instroom", "4",
         "Vergroot de capaciteit van de initiële opleidingen (instructeurs, legering en oefenterreinen), zodat "
         "goedgekeurde kandidaten uiterlijk drie maanden na hun keuring met hun opleiding kunnen beginnen.",
         "Defensie"),
    *rec("Geef reservisten sneller een plek", "5",
         "Zorg dat reservisten binnen acht weken na hun aanmelding met de opleiding kunnen beginnen, en stel voor hen "
         "een eigen loopbaanbeleid op.", "Defensie"),
    *rec("Maak terugkeer eenvoudiger", "6",
         "Stel een terugkeerregeling op waarmee oud-militairen die binnen vijf jaar na hun vertrek willen terugkomen, "
         "zonder volledige herkeuring en met behoud van rang weer in dienst kunnen treden.", "Defensie"),
    H("Behoud", 3),
    *rec("Breng vertrekredenen systematisch in beeld", "7",
         "Leg voor iedere vertrekkende militair en burgermedewerker de vertrekredenen op een uniforme manier vast en "
         "voer met iedere vertrekker een exitgesprek.", "Defensie"),
    *rec("Informeer de Kamer over behoud", "8",
         "Stuur de Tweede Kamer jaarlijks een afzonderlijke rapportage over werving en behoud, met per "
         "krijgsmachtdeel de uitval tijdens de keuring, de uitstroom binnen het eerste jaar en de belangrijkste "
         "vertrekredenen.", "Defensie"),
    *rec("Maak leidinggevenden verantwoordelijk voor behoud", "9",
         "Train leidinggevenden in het voeren van loopbaan- en behoudgesprekken, en maak het behoud van personeel een "
         "onderdeel van hun eigen beoordeling.", "Defensie"),
    *rec("Zoek uit waarom vrouwen eerder vertrekken", "10",
         "Onderzoek waarom vrouwelijke militairen in de eerste drie jaar vaker vertrekken dan hun mannelijke "
         "collega's, en neem op basis van de uitkomsten gerichte maatregelen.", "Defensie"),
    *rec("Geef meer zekerheid over de standplaats", "11",
         "Geef militairen meer zeggenschap over hun plaatsing door een minimale plaatsingsduur van vier jaar op "
         "dezelfde standplaats in te voeren, tenzij de militair zelf om overplaatsing vraagt.", "Defensie"),
    *rec("Zet toelagen gerichter in", "12",
         "Concentreer de arbeidsmarkttoelagen op de functies met de grootste tekorten en evalueer jaarlijks of de "
         "toelagen bijdragen aan werving en behoud.", "Defensie"),
    H("Arbeidsvoorwaarden en samenwerking", 3),
    *rec("Breng militairen onder in de CAO Rijk", "13",
         "Breng, samen met de minister van Binnenlandse Zaken en Koninkrijksrelaties, de arbeidsvoorwaarden van "
         "militairen onder in de CAO Rijk, zodat achterstanden in beloning ten opzichte van vergelijkbare "
         "rijksfuncties verdwijnen.", "Defensie", "BZK"),
    *rec("Neem rechten mee bij een overstap binnen het Rijk", "14",
         "Wij bevelen de minister van Binnenlandse Zaken en Koninkrijksrelaties aan om rijksbreed te regelen dat "
         "medewerkers die tussen Defensie en andere rijksorganisaties overstappen, hun ervaringsjaren, verlofrechten "
         "en opleidingsbudget behouden.", "BZK"),
    *rec("Versterk de band met het mbo", "15",
         "Wij bevelen de minister van Onderwijs, Cultuur en Wetenschap aan om er samen met de mbo-instellingen voor "
         "te zorgen dat defensiegerichte mbo-opleidingen, zoals Veiligheid en Vakmanschap, in alle regio's worden "
         "aangeboden.", "OCW"),
    H("Sturing en informatie", 3),
    *rec("Zorg voor betrouwbare personeelsinformatie", "16",
         "Zorg dat de personeelsinformatie uiterlijk eind 2026 eenduidige en actuele gegevens levert over vulling, "
         "vacatures en opleidingsplaatsen, en laat de kwaliteit van die gegevens jaarlijks extern toetsen.",
         "Defensie"),
    PageBreak(),
)

ABOUT = (
    H("2 Over dit onderzoek"),
    H("2.1 Aanleiding", 2),
    P("Het tekort aan personeel is al jaren een van de grootste problemen van de krijgsmacht. In de periode "
      "2019-2023 schommelde de vulling van militaire functies tussen 84 en 88 procent, met grote verschillen tussen "
      "krijgsmachtdelen en functiegroepen. Bij technische functies, de IT en de medische dienst lag de vulling in "
      "2023 onder de 75 procent. Eenheden compenseren dat door militairen vaker te laten oefenen en uitzenden, wat "
      "de werkdruk verhoogt en op zijn beurt tot vertrek kan leiden."),
    P("De Tweede Kamer heeft de afgelopen jaren herhaaldelijk gevraagd naar de oorzaken van het tekort en naar de "
      "effecten van de maatregelen die Defensie neemt. De antwoorden bleven vaak algemeen. Met dit onderzoek willen "
      "wij de Kamer een beeld geven van de hele keten, van de eerste belangstelling tot het vertrek, en van de "
      "plaatsen waar die keten hapert."),
    H("2.2 Onderzoeksvragen", 2),
    P("Wij hebben de volgende onderzoeksvragen gesteld:"),
    ItemList((
        ListItem("Hoe verloopt de weg van een kandidaat van de eerste belangstelling tot de eerste opleidingsdag, "
                 "en waar haken kandidaten af?"),
        ListItem("In hoeverre sluiten de capaciteit van keuring en opleiding aan op het aantal kandidaten dat "
                 "Defensie werft?"),
        ListItem("Wat weet Defensie over de redenen waarom medewerkers vertrekken, en wat doet zij met die kennis?"),
        ListItem("Welk zicht hebben de minister en de staatssecretaris op de effecten van de maatregelen voor werving "
                 "en behoud, en hoe informeren zij de Tweede Kamer daarover?"),
    )),
    H("2.3 Aanpak", 2),
    P("Het onderzoek liep van november 2023 tot en met juni 2024. Wij hebben de volgende onderzoeksmethoden "
      "gebruikt:"),
    ItemList((
        ListItem("een analyse van de personeelsgegevens van Defensie over de jaren 2019 tot en met 2023;"),
        ListItem("een dossieronderzoek naar 400 willekeurig gekozen kandidaten die in 2022 of 2023 aan de keuring "
                 "begonnen;"),
        ListItem("62 interviews met medewerkers van de werving, het KSC, de opleidingscentra, de krijgsmachtdelen, de "
                 "militaire bonden en het ministerie van Binnenlandse Zaken en Koninkrijksrelaties;"),
        ListItem("een enquête onder 2.150 militairen en burgermedewerkers die Defensie in 2023 hebben verlaten, met "
                 "een respons van 31 procent;"),
        ListItem("werkbezoeken aan zes kazernes en opleidingslocaties, verspreid over het land."),
    ), style="•"),
    P("De feiten in dit rapport zijn voorgelegd aan het ministerie van Defensie. Waar nodig hebben wij de tekst "
      "daarop aangepast. De onderzoeksverantwoording staat in bijlage 1.", footnotes=(
        "De personeelsgegevens zijn ontleend aan de personeelsadministratie van Defensie, peildatum 31 december "
        "van elk jaar. Cijfers over 2023 zijn voorlopig.",)),
    H("2.4 Afbakening", 2),
    P("Ons onderzoek gaat over beroepsmilitairen, reservisten en burgermedewerkers van Defensie. De Koninklijke "
      "Marechaussee valt erbuiten, omdat zij een eigen werving en opleiding kent en haar inzet grotendeels onder het "
      "gezag van andere ministeries plaatsvindt. Wij hebben geen oordeel gegeven over de gewenste omvang van de "
      "krijgsmacht; die is een politieke keuze."),
    H("2.5 Leeswijzer", 2),
    P("Hoofdstuk 3 beschrijft de instroom, van de eerste belangstelling tot de aanstelling. Hoofdstuk 4 gaat over de "
      "opleiding en het eerste jaar. In hoofdstuk 5 staan behoud en uitstroom centraal. Hoofdstuk 6 behandelt de "
      "arbeidsvoorwaarden en de samenwerking met andere partijen, en hoofdstuk 7 de sturing en de informatie aan de "
      "Tweede Kamer."),
    PageBreak(),
)

INFLOW = (
    H("3 Instroom: van belangstelling tot opkomst"),
    H("3.1 De wervingsketen", 2),
    P("Wie bij Defensie wil werken, meldt zich via de website of op een voorlichtingsdag. Een recruiter van de "
      "Dienst Werving en Selectie neemt contact op, waarna de kandidaat een vragenlijst invult en wordt uitgenodigd "
      "voor de keuring. Die bestaat uit een medisch onderzoek, een psychologisch onderzoek, een sporttest en een "
      "veiligheidsonderzoek. Na goedkeuring wijst het krijgsmachtdeel de kandidaat een functie en een "
      "opleidingsplaats toe. Pas bij de start van de opleiding, de opkomst, volgt de aanstelling."),
    P("Iedere schakel in deze keten valt onder een andere organisatie-eenheid met een eigen planning. In de "
      "interviews noemden medewerkers dit zelf 'een estafette waarin het stokje regelmatig valt'. Een "
      "ketenregisseur die de hele procedure van een kandidaat overziet, is er niet."),
    H("3.2 Doorlooptijd van keuring en selectie", 2),
    P("De doorlooptijd van keuring en selectie is de tijd tussen de aanmelding voor de keuring en het besluit over "
      "goedkeuring. Tabel 3.1 laat zien dat deze tijd bij alle krijgsmachtdelen is opgelopen, het sterkst bij de "
      "landmacht."),
    P("Tabel 3.1 Gemiddelde doorlooptijd van keuring en selectie in dagen", bold=True),
    Table(
        header=("Krijgsmachtdeel", "2019", "2021", "2023"),
        rows=(
            ("Koninklijke Landmacht", "118", "151", "197"),
            ("Koninklijke Marine", "127", "149", "176"),
            ("Koninklijke Luchtmacht", "124", "140", "168"),
            ("Defensiebrede functies", "115", "136", "171"),
            ("Gemiddeld", "121", "146", "184"),
        ),
        widths=(2.4, 1, 1, 1),
    ),
    P("Het KSC had eind 2023 een bezetting van 71 procent bij de keuringsartsen en van 64 procent bij de "
      "psychologen. Het KSC kan daardoor minder kandidaten per week keuren dan de werving aanlevert. De wachtlijst "
      "voor het psychologisch onderzoek liep in de loop van 2023 op tot ruim 3.800 kandidaten. Defensie heeft in "
      "2023 tijdelijk externe keuringsartsen ingehuurd, maar die konden vanwege de benodigde "
      "veiligheidsmachtiging pas na enkele maanden aan de slag."),
    P("Daarnaast lopen dossiers vertraging op doordat informatie ontbreekt. In 58 van de 400 dossiers die wij "
      "bekeken, vroeg het KSC medische gegevens op bij de huisarts of specialist van de kandidaat. Gemiddeld duurde "
      "het 47 dagen voordat die gegevens binnen waren. Kandidaten werden daarover lang niet altijd geïnformeerd."),
    H("3.3 Uitval tijdens de procedure", 2),
    P("Van de ruim 21.000 kandidaten die in 2023 aan de keuring begonnen, haakte 41 procent af voordat zij werden "
      "aangesteld. Een deel van hen werd afgekeurd, maar de grootste groep trok zich zelf terug. In ons "
      "dossieronderzoek gaf bijna de helft van de kandidaten die zich terugtrokken als reden op dat zij intussen een "
      "andere baan hadden gevonden. Een kwart noemde het gebrek aan informatie over de stand van zaken."),
    P("Kandidaten hebben gedurende de procedure met verschillende medewerkers te maken. In de dossiers telden wij "
      "gemiddeld vier contactpersonen per kandidaat; bij een kwart van de kandidaten verstreken ergens in de "
      "procedure meer dan zes weken zonder enig contact. Kandidaten die wel regelmatig door een vaste recruiter "
      "werden gebeld, haakten aanzienlijk minder vaak af (28 tegen 45 procent)."),
    H("3.4 Medische keuringseisen", 2),
    P("De medische keuringseisen zijn vastgelegd in een defensiebrede regeling die voor alle militaire functies "
      "grotendeels gelijk is. Eén op de vijf kandidaten werd in 2023 medisch afgekeurd. Wij hebben met twee "
      "onafhankelijke bedrijfsartsen een steekproef van 120 afkeuringen beoordeeld. Bij 37 daarvan ging het om een "
      "aandoening die voor de beoogde functie, bijvoorbeeld een functie in de IT of de logistiek, weinig of geen "
      "betekenis heeft, zoals een goed behandelde allergie, het gebruik van ADHD-medicatie in het verleden of een "
      "herstelde sportblessure.", footnotes=(
        "De beoordeling betrof de vraag of de afwijzingsgrond in redelijkheid verband hield met de belasting in de "
        "beoogde functie; het betrof geen herkeuring van de kandidaten.",)),
    P("Defensie heeft de keuringseisen de afgelopen jaren op onderdelen versoepeld, bijvoorbeeld voor tatoeages en "
      "voor bepaalde vormen van astma. Een systematische toets van alle afwijzingsgronden aan de belasting per "
      "functie heeft echter niet plaatsgevonden. Medewerkers van het KSC gaven aan dat zij in twijfelgevallen liever "
      "afkeuren, omdat een goedgekeurde kandidaat die later uitvalt als hun verantwoordelijkheid wordt gezien."),
)

TRAINING = (
    H("4 Opleiding en eerste jaar"),
    H("4.1 Wachten op een opleidingsplaats", 2),
    P("Na goedkeuring moet een kandidaat wachten tot er een plaats vrijkomt in de algemene militaire opleiding. De "
      "meeste van deze opleidingen beginnen vier keer per jaar. In 2023 wachtten goedgekeurde kandidaten gemiddeld "
      "94 dagen op hun opkomst; bij de landmacht was dat 112 dagen. In die periode ontvangen zij geen salaris en "
      "hebben zij geen formele band met Defensie."),
    P("Ook in deze fase haken kandidaten af. Van de kandidaten die in 2023 werden goedgekeurd, kwam 9 procent niet "
      "op. Recruiters gaven aan dat zij goedgekeurde kandidaten zo veel mogelijk proberen te 'warm houden', "
      "bijvoorbeeld door ze uit te nodigen voor een kennismakingsdag, maar daarvoor zijn geen vaste afspraken of "
      "middelen."),
    H("4.2 Instructeurs, legering en oefenterreinen", 2),
    P("Het aantal opleidingsplaatsen wordt vooral bepaald door het aantal instructeurs. Instructeurs zijn zelf "
      "militairen die voor enkele jaren bij een opleidingscentrum worden geplaatst; bij een tekort aan personeel in "
      "de eenheden is het lastig hen daarvoor vrij te maken. Eind 2023 was 78 procent van de instructeursfuncties "
      "gevuld. Daarnaast kampen drie van de vijf grote opleidingslocaties met een tekort aan legering: er zijn te "
      "weinig slaapplaatsen om meer leerlingen tegelijk op te leiden. Oefenterreinen worden gedeeld met "
      "operationele eenheden, wat de planning van extra opleidingen bemoeilijkt."),
    H("4.3 Reservisten", 2),
    P("Defensie wil het aantal reservisten de komende jaren flink vergroten. Eind 2023 telde de krijgsmacht ruim "
      "6.400 reservisten. Belangstellenden doorlopen grotendeels dezelfde keuring als beroepsmilitairen, en de "
      "opleidingen voor reservisten worden in het weekend en in blokken gegeven, afhankelijk van de beschikbaarheid "
      "van instructeurs. Tussen aanmelding en start van de opleiding lag in 2023 gemiddeld zeven maanden. In de "
      "enquête gaven reservisten die afhaakten aan dat zij onvoldoende wisten wat hun loopbaanperspectief was."),
    H("4.4 Oud-militairen die willen terugkeren", 2),
    P("Jaarlijks melden zich enkele honderden oud-militairen die terug willen keren. Zij moeten de volledige keuring "
      "opnieuw doorlopen, ook als zij korter dan een jaar weg zijn geweest, en worden vaak in een lagere rang "
      "aangesteld dan die waarin zij vertrokken. In de interviews werd deze groep omschreven als 'laaghangend fruit' "
      "dat Defensie laat liggen."),
)

RETENTION = (
    H("5 Behoud en uitstroom"),
    H("5.1 Omvang van de uitstroom", 2),
    P("In 2023 verlieten ruim 7.100 militairen de krijgsmacht. Een aanzienlijk deel van hen was nog maar kort in "
      "dienst. Tabel 5.1 laat het aandeel militairen zien dat binnen een jaar na de opkomst vertrok, naar jaar van "
      "instroom."),
    P("Tabel 5.1 Uitstroom binnen een jaar na opkomst, in procenten van de instroom", bold=True),
    Table(
        header=("Instroomjaar", "Mannen", "Vrouwen", "Totaal"),
        rows=(
            ("2019", "19", "26", "20"),
            ("2020", "21", "29", "22"),
            ("2021", "24", "33", "25"),
            ("2022", "26", "35", "27"),
        ),
        widths=(1.6, 1, 1, 1),
    ),
    P("Een deel van deze uitstroom is onvermijdelijk en soms zelfs gewenst: niet iedereen blijkt geschikt of "
      "voelt zich thuis in de krijgsmacht. Maar het aandeel vroege vertrekkers is in vier jaar met een derde "
      "gestegen, en iedere vertrekker vertegenwoordigt een investering in werving, keuring en opleiding die "
      "Defensie zelf raamt op gemiddeld € 38.000."),
    H("5.2 Vertrekredenen", 2),
    P("Defensie legt vertrekredenen vast in drie verschillende systemen, met verschillende indelingen. Exitgesprekken "
      "worden per eenheid verschillend georganiseerd; in 2023 werd met 38 procent van de vertrekkers een "
      "exitgesprek gevoerd en vastgelegd. In onze enquête noemden vertrekkers het vaakst de volgende redenen:"),
    ItemList((
        ListItem("onvrede over de leidinggevende of de werksfeer (42 procent);"),
        ListItem("onzekerheid over plaatsing en overplaatsing, en de gevolgen daarvan voor het gezin (37 procent);"),
        ListItem("gebrek aan perspectief op doorgroei of opleiding (33 procent);"),
        ListItem("een betere beloning elders (21 procent)."),
    ), style="•"),
    H("5.3 De rol van de leidinggevende", 2),
    P("Leidinggevenden spelen een sleutelrol in het behoud van personeel, maar worden daar nauwelijks op "
      "voorbereid of op aangesproken. Loopbaangesprekken staan in de regels, maar worden in de praktijk vaak "
      "uitgesteld vanwege oefeningen en uitzendingen. In de beoordeling van leidinggevenden speelt het behoud van "
      "hun mensen geen rol."),
    H("5.4 Vrouwelijke militairen", 2),
    P("Het aandeel vrouwen in de krijgsmacht is de afgelopen jaren licht gestegen, tot ruim 11 procent. Vrouwelijke "
      "militairen vertrekken echter vaker in de eerste jaren dan hun mannelijke collega's. Defensie heeft de "
      "oorzaken daarvan niet onderzocht. In onze enquête noemden vrouwelijke vertrekkers vaker de werksfeer en de "
      "combinatie van werk en zorg als reden, maar de aantallen zijn te klein voor harde conclusies."),
    H("5.5 Plaatsing en overplaatsing", 2),
    P("Militairen worden gemiddeld elke 3,1 jaar in een andere functie geplaatst; bij 44 procent van die "
      "plaatsingen verandert ook de standplaats. Voor militairen met een partner en kinderen weegt dat zwaar. "
      "Militairen kunnen voorkeuren opgeven, maar ervaren weinig invloed op de uitkomst."),
    H("5.6 Arbeidsmarkttoelagen", 2),
    P("Defensie keerde in 2023 ruim € 61 miljoen uit aan arbeidsmarkttoelagen, verdeeld over 212 "
      "functiecategorieën. De toelagen zijn in de loop der jaren uitgebreid zonder dat is bekeken of de bestaande "
      "toelagen effect hadden. Een evaluatie heeft niet plaatsgevonden. Ook hier geldt dat het salaris in onze "
      "enquête minder vaak als vertrekreden werd genoemd dan andere factoren."),
)

CONDITIONS = (
    H("6 Arbeidsvoorwaarden en samenwerking"),
    H("6.1 Beloning in vergelijking met het Rijk", 2),
    P("De arbeidsvoorwaarden van militairen worden vastgesteld in het sectoroverleg Defensie, los van de CAO Rijk "
      "die voor de meeste andere rijksambtenaren geldt. Wij hebben de salarissen van 40 veelvoorkomende militaire "
      "functies vergeleken met die van functies van een vergelijkbaar niveau bij andere rijksorganisaties. Bij "
      "onderofficieren in technische en IT-functies bleef het maximum van de schaal gemiddeld 6 procent achter. Bij "
      "officieren en bij manschappen in algemene functies waren de verschillen klein."),
    H("6.2 Overstappen binnen het Rijk", 2),
    P("Het Rijk wil zich presenteren als één werkgever, waarbinnen medewerkers makkelijk van de ene naar de andere "
      "organisatie kunnen overstappen. Voor militairen werkt dat in de praktijk niet zo. Wie naar een andere "
      "rijksorganisatie overstapt, wordt daar vaak lager ingeschaald omdat militaire ervaringsjaren niet volledig "
      "worden meegeteld, en verliest opgebouwd verlof en het persoonlijk opleidingsbudget. Omgekeerd geldt "
      "hetzelfde voor burgers die van een ander ministerie naar Defensie gaan."),
    H("6.3 Samenwerking met het mbo", 2),
    P("Een groeiend aantal mbo-instellingen biedt opleidingen aan die voorbereiden op een functie bij Defensie, zoals "
      "de opleiding Veiligheid en Vakmanschap. Studenten van deze opleidingen komen relatief vaak bij Defensie in "
      "dienst en vertrekken minder vaak in het eerste jaar. In 2023 werden deze opleidingen echter in slechts acht "
      "van de twaalf provincies aangeboden, en het aanbod hangt af van de keuzes van afzonderlijke instellingen."),
)

STEERING = (
    H("7 Sturing en informatie"),
    H("7.1 Personeelsinformatie", 2),
    P("Defensie gebruikt meerdere systemen voor personeelsgegevens, die deels handmatig op elkaar worden aangesloten. "
      "Het begrip 'vulling' wordt door de krijgsmachtdelen verschillend berekend, bijvoorbeeld in de vraag of "
      "militairen in opleiding meetellen. In een steekproef van 600 functies vonden wij bij 14 procent een verschil "
      "tussen de administratie en de werkelijke bezetting. Defensie werkt al enkele jaren aan een nieuw systeem, "
      "maar de invoering is tweemaal uitgesteld."),
    H("7.2 Verantwoording aan de Tweede Kamer", 2),
    P("De Tweede Kamer ontvangt tweemaal per jaar een personeelsrapportage en in het jaarverslag een paragraaf over "
      "personeel. Daarin staan de totale vulling, de instroom en de uitstroom. Gegevens over uitval tijdens de "
      "keuring, over de uitstroom in het eerste jaar en over vertrekredenen ontbreken. Ook de effecten van de "
      "maatregelen voor werving en behoud worden niet gerapporteerd."),
    PageBreak(),
)

ANNEX = (
    H("Bijlage 1 Onderzoeksverantwoording"),
    P("Voor de analyse van de personeelsgegevens hebben wij bestanden ontvangen uit de personeelsadministratie en "
      "uit de systemen van de Dienst Werving en Selectie en het KSC. Wij hebben deze bestanden op kandidaat- en "
      "medewerkersniveau aan elkaar gekoppeld, na pseudonimisering door Defensie. Bij de koppeling kon 6 procent van "
      "de records niet eenduidig worden toegewezen; deze records hebben wij buiten de analyse gelaten."),
    P("Voor het dossieronderzoek hebben wij een aselecte steekproef getrokken van 400 kandidaten die in 2022 of 2023 "
      "aan de keuring begonnen. Per dossier hebben wij de data van alle stappen in de procedure vastgelegd, het "
      "aantal contactmomenten en, waar van toepassing, de reden van afhaken of afkeuring."),
    P("De enquête onder vertrekkers is in maart en april 2024 uitgezet onder alle 2.150 militairen en "
      "burgermedewerkers die in het vierde kwartaal van 2023 zijn vertrokken. De respons bedroeg 31 procent. De "
      "respondenten weken naar krijgsmachtdeel en leeftijd niet wezenlijk af van de totale groep vertrekkers."),
    P("Wij hebben ons gebaseerd op de normen die Defensie zelf hanteert en op algemene normen voor doelmatig "
      "personeelsbeleid, zoals ontleend aan eerder onderzoek van de Algemene Rekenkamer naar rijksbrede "
      "bedrijfsvoering. De gehanteerde normen zijn:"),
    ItemList((
        ListItem("de minister heeft zicht op de knelpunten in de keten van werving tot behoud;"),
        ListItem("de capaciteit van keuring en opleiding is afgestemd op de wervingsdoelen;"),
        ListItem("de effecten van maatregelen worden gemeten en gebruikt om beleid bij te sturen;"),
        ListItem("de Tweede Kamer wordt tijdig en volledig geïnformeerd."),
    ), style="–"),
)

REPORT = Document(
    title="Werven zonder wachten",
    subtitle="Personeelsvoorziening van de krijgsmacht: instroom, opleiding en behoud",
    blocks=SUMMARY + CONCLUSIONS + ABOUT + INFLOW + TRAINING + RETENTION + CONDITIONS + STEERING + ANNEX,
    running_header="Algemene Rekenkamer | Werven zonder wachten",
    footer="{page}",
    font_family="sans",
    imprint=("Algemene Rekenkamer", "Den Haag, oktober 2024"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

A = Answer

RESPONSE_BLOCKS = (
    P("Geachte Voorzitter,"),
    P("Hierbij bied ik u, mede namens de minister van Defensie en de minister van Binnenlandse Zaken en "
      "Koninkrijksrelaties, de reactie aan op het rapport 'Werven zonder wachten' van de Algemene Rekenkamer, dat "
      "op 16 oktober 2024 is gepubliceerd. Ik dank de Rekenkamer voor het grondige onderzoek en voor de constructieve "
      "gesprekken die mijn ministerie in de loop van het onderzoek met de onderzoekers heeft gevoerd."),
    H("Algemene reactie", 2),
    P("Defensie staat voor een grote opgave. De veiligheidssituatie in Europa vraagt om een krijgsmacht die groter "
      "en sneller inzetbaar is, en dat kan alleen met voldoende goed opgeleide mensen. Het rapport van de Rekenkamer "
      "komt daarom op een belangrijk moment. Ik deel de hoofdconclusie van de Rekenkamer dat het grootste verlies "
      "niet aan het begin van de keten zit, maar in de keuring, de wachttijd voor de opleiding en de eerste jaren "
      "van het dienstverband."),
    P("Het is niet zo dat er de afgelopen jaren niets is gebeurd. Defensie heeft in 2023 en 2024 de salarissen van "
      "beginnende militairen verhoogd, de wervingscampagnes vernieuwd en de sporttest in de keuring aangepast. Het "
      "aantal sollicitaties is daardoor gestegen. Maar ik erken dat de capaciteit verderop in de keten daar niet in "
      "is meegegroeid. Hieronder ga ik per thema in op de aanbevelingen van de Rekenkamer."),
    H("Instroom en keuring", 2),
    P("Een kandidaat die maanden niets hoort, gaat ergens anders werken. Dat is de kern van de bevindingen over de "
      "keuring, en die herken ik. De maatregelen in deze paragraaf zijn erop gericht de procedure korter en "
      "persoonlijker te maken."),
    H("Reactie op aanbeveling 1", 3),
    P("De Rekenkamer constateert terecht dat de keuring te lang duurt. Het Keurings- en Selectiecentrum heeft in "
      "2024 al achttien extra keuringsartsen en psychologen aangetrokken, en sinds juni 2024 kunnen kandidaten de "
      "medische vragenlijst thuis digitaal invullen. De gemiddelde doorlooptijd is in de eerste helft van 2024 "
      "gedaald tot 171 dagen. Dat is een begin, maar nog ver van wat nodig is."),
    P("Ik neem het doel van ten hoogste 60 dagen over, maar niet de termijn: gezien de tijd die nodig is om "
      "keuringsartsen en psychologen te werven en op te leiden, is dit doel naar mijn oordeel pas eind 2028 "
      "haalbaar. Het plan met tussendoelen per halfjaar stuur ik uw Kamer in het voorjaar van 2025. Over de "
      "voortgang rapporteer ik in de halfjaarlijkse personeelsrapportage.",
      answers=(A("1", "partial", "Ik neem het doel van ten hoogste 60 dagen over, maar niet de termijn: gezien de "
                 "tijd die nodig is om keuringsartsen en psychologen te werven en op te leiden, is dit doel naar mijn "
                 "oordeel pas eind 2028 haalbaar."),)),
    H("Reactie op aanbeveling 2", 3),
    P("De vaste contactpersoon voer ik in, maar een voorlopig dienstverband voor alle wachtende kandidaten gaat mij "
      "te ver. Vanaf 1 januari 2025 krijgt iedere kandidaat bij de eerste sollicitatie één recruiter toegewezen, die "
      "hem of haar tot de eerste opleidingsdag begeleidt. Een voorlopig dienstverband zou betekenen dat Defensie "
      "mensen aanstelt van wie nog niet vaststaat of zij geschikt zijn, met alle rechtspositionele gevolgen van dien. "
      "Wel start ik in 2025 in Noord-Nederland en Limburg een proef waarin kandidaten voor de landmacht tijdens de "
      "wachttijd tegen betaling deelnemen aan een voorbereidend sport- en kennismakingsprogramma. Na een jaar bezie "
      "ik of deze proef wordt uitgebreid.",
      answers=(A("2", "partial", "De vaste contactpersoon voer ik in, maar een voorlopig dienstverband voor alle "
                 "wachtende kandidaten gaat mij te ver."),)),
    H("Reactie op aanbeveling 3", 3),
    P("Ik ben het met de Rekenkamer eens dat de medische keuringseisen te weinig onderscheid maken tussen functies, "
      "en zal daarom de eisen per functiegroep herzien. Een onafhankelijke commissie van bedrijfsartsen en "
      "sportartsen van buiten Defensie toetst daarbij welke afwijzingsgronden nog nodig zijn. De herziene eisen "
      "gaan in op 1 januari 2026. Niet elke afwijzingsgrond zal verdwijnen; voor functies met een zware fysieke of "
      "mentale belasting blijven strenge eisen nodig, ook in het belang van de kandidaat zelf.",
      answers=(A("3", "agree", "Ik ben het met de Rekenkamer eens dat de medische keuringseisen te weinig "
                 "onderscheid maken tussen functies, en zal daarom de eisen per functiegroep herzien."),)),
    H("Opleiding, reservisten en terugkeer", 2),
    H("Reactie op aanbeveling 4", 3),
    P("Het aantal opleidingsplaatsen is de afgelopen jaren een rem op de groei geweest. Vanaf 1 september 2025 "
      "worden 140 extra instructeurs aangesteld, komen er op vier opleidingslocaties in totaal 900 extra "
      "legeringsplaatsen beschikbaar en krijgen de opleidingen voorrang op twee oefenterreinen die nu vooral door "
      "operationele eenheden worden gebruikt; daarvoor is structureel € 37 miljoen per jaar vrijgemaakt. Vanaf "
      "januari 2026 starten de algemene militaire opleidingen iedere maand in plaats van vier keer per jaar, zodat "
      "een goedgekeurde kandidaat ten hoogste drie maanden op zijn opleiding wacht.",
      answers=(A("4", "agree", "Vanaf januari 2026 starten de algemene militaire opleidingen iedere maand in plaats "
                 "van vier keer per jaar, zodat een goedgekeurde kandidaat ten hoogste drie maanden op zijn "
                 "opleiding wacht."),)),
    P("Dat betekent niet dat de kwaliteit van de opleiding minder aandacht krijgt. De extra instructeurs volgen "
      "dezelfde didactische opleiding als hun collega's, en de opleidingscentra blijven de slagingspercentages per "
      "lichting volgen."),
    H("Reactie op aanbeveling 5", 3),
    P("Ik neem deze aanbeveling over. Reservisten zijn onmisbaar voor de groei van de krijgsmacht, en wie zich "
      "aanmeldt, moet snel aan de slag kunnen. Vanaf het voorjaar van 2025 beginnen op drie locaties iedere zes weken "
      "opleidingen voor reservisten, zodat niemand langer dan acht weken na aanmelding hoeft te wachten. Het "
      "loopbaanbeleid voor reservisten, met vaste momenten voor bevordering en doorgroei, is medio 2025 gereed.",
      answers=(A("5", "agree", "Ik neem deze aanbeveling over."),)),
    P("De Rekenkamer wijst er terecht op dat oud-militairen die terug willen komen, nu de volledige keuring opnieuw "
      "moeten doorlopen. Vanaf 1 januari 2026 geldt daarom een terugkeerregeling: wie binnen vijf jaar na vertrek "
      "terug wil komen, doorloopt alleen een verkorte medische keuring en treedt weer in dienst in de rang die hij "
      "of zij bij vertrek had.",
      answers=(A("6", "agree", "Vanaf 1 januari 2026 geldt daarom een terugkeerregeling: wie binnen vijf jaar na "
                 "vertrek terug wil komen, doorloopt alleen een verkorte medische keuring en treedt weer in dienst in "
                 "de rang die hij of zij bij vertrek had."),)),
    H("Behoud", 2),
    P("Werven heeft weinig zin als nieuwe collega's binnen een jaar weer vertrekken. Het behoud van personeel krijgt "
      "daarom in de komende jaren dezelfde prioriteit als de werving."),
    H("Reactie op aanbevelingen 7 en 8", 3),
    P("Defensie legt vertrekredenen nu vast in drie systemen, en exitgesprekken worden per eenheid verschillend "
      "ingericht. Dat de Rekenkamer daardoor geen volledig beeld kon krijgen van de redenen waarom mensen "
      "vertrekken, herken ik."),
    P("Ik neem aanbeveling 7 over: vanaf 1 april 2025 legt Defensie de vertrekredenen van alle vertrekkende "
      "militairen en burgermedewerkers vast met één uniforme vragenlijst, en voert de direct leidinggevende met "
      "iedere vertrekker een exitgesprek. Een afzonderlijke jaarlijkse rapportage over werving en behoud, zoals "
      "aanbeveling 8 vraagt, voegt naar mijn oordeel weinig toe naast de halfjaarlijkse personeelsrapportage en "
      "het jaarverslag, waarin uw Kamer al over vulling, instroom en uitstroom wordt geïnformeerd. Ik wil "
      "de verantwoordingslast voor de organisatie juist beperken.",
      answers=(A("7", "agree", "Ik neem aanbeveling 7 over: vanaf 1 april 2025 legt Defensie de vertrekredenen van "
                 "alle vertrekkende militairen en burgermedewerkers vast met één uniforme vragenlijst, en voert "
                 "de direct leidinggevende met iedere vertrekker een exitgesprek."),
               A("8", "disagree", "Een afzonderlijke jaarlijkse rapportage over werving en behoud, zoals aanbeveling "
                 "8 vraagt, voegt naar mijn oordeel weinig toe naast de halfjaarlijkse personeelsrapportage en het "
                 "jaarverslag, waarin uw Kamer al over vulling, instroom en uitstroom wordt geïnformeerd."))),
    H("Reactie op aanbeveling 9", 3),
    P("Ik onderschrijf deze aanbeveling. Uit het onderzoek van de Rekenkamer en uit onze eigen "
      "medewerkerstevredenheidsonderzoeken blijkt dat de leidinggevende een belangrijke reden is om te blijven of te "
      "vertrekken. Vanaf 2025 volgen alle leidinggevenden tot en met het niveau van compagniescommandant een "
      "tweedaagse training in het voeren van loopbaan- en behoudgesprekken, en vanaf de beoordelingsronde van 2026 "
      "is het behoud van personeel een vast onderdeel van hun eigen beoordeling.",
      answers=(A("9", "agree", "Ik onderschrijf deze aanbeveling."),)),
    H("Reactie op aanbeveling 11", 3),
    P("Ik begrijp de wens van militairen om meer zekerheid te hebben over de plaats waar zij werken en wonen, maar "
      "een minimale plaatsingsduur van vier jaar voer ik niet in. De krijgsmacht moet eenheden snel kunnen aanvullen "
      "wanneer de inzet daarom vraagt, en een vaste plaatsingsduur zou bovendien de doorstroom naar hogere functies "
      "vertragen. Militairen kunnen nu al in het jaarlijkse loopbaangesprek hun voorkeur voor een standplaats "
      "opgeven; daarmee wordt bij plaatsing zoveel mogelijk rekening gehouden.",
      answers=(A("11", "disagree", "Ik begrijp de wens van militairen om meer zekerheid te hebben over de plaats "
                 "waar zij werken en wonen, maar een minimale plaatsingsduur van vier jaar voer ik niet in."),)),
    H("Reactie op aanbeveling 12", 3),
    P("Vanaf 2025 laat ik jaarlijks evalueren wat de arbeidsmarkttoelagen opleveren voor werving en behoud; de eerste "
      "evaluatie ontvangt uw Kamer in het najaar van 2025. De jaarlijkse evaluatie neem ik dus over, maar het "
      "concentreren van de toelagen op minder functies stel ik uit tot de uitkomsten van die eerste evaluatie bekend "
      "zijn. Toelagen nu schrappen voor functies waar zij wel degelijk effect kunnen hebben, zou het vertrek juist "
      "kunnen vergroten.",
      answers=(A("12", "partial", "De jaarlijkse evaluatie neem ik dus over, maar het concentreren van de toelagen op "
                 "minder functies stel ik uit tot de uitkomsten van die eerste evaluatie bekend zijn."),)),
    H("Personeelsinformatie", 2),
    H("Reactie op aanbeveling 16", 3),
    P("Goede sturing begint bij cijfers die kloppen. Het is pijnlijk dat de Rekenkamer in een op de zeven "
      "onderzochte functies een verschil vond tussen de administratie en de werkelijkheid."),
    P("Voor de vervanging van de huidige personeelsapplicaties is in de Defensiebegroting voor de jaren 2025 tot en "
      "met 2027 in totaal € 48 miljoen gereserveerd. Het nieuwe systeem levert vanaf 1 oktober 2026 eenduidige "
      "maandcijfers over vulling, vacatures en opleidingsplaatsen, en de Auditdienst Rijk toetst vanaf 2027 jaarlijks "
      "de kwaliteit daarvan. De definitie van vulling wordt daarbij voor alle krijgsmachtdelen gelijkgetrokken.",
      answers=(A("16", "agree", "Het nieuwe systeem levert vanaf 1 oktober 2026 eenduidige maandcijfers over "
                 "vulling, vacatures en opleidingsplaatsen, en de Auditdienst Rijk toetst vanaf 2027 jaarlijks de "
                 "kwaliteit daarvan."),)),
    H("Arbeidsvoorwaarden en samenwerking", 2),
    H("Reactie op aanbevelingen 13 en 14", 3),
    P("Militairen hebben een eigen rechtspositie, gebaseerd op de Militaire Ambtenarenwet 1931. Die rechtspositie "
      "hangt samen met de bijzondere aard van het militaire ambt: militairen kunnen onder gevaarlijke omstandigheden "
      "worden ingezet, kunnen zonder hun instemming worden uitgezonden, vallen onder het militair tuchtrecht en "
      "hebben geen stakingsrecht. Daarom worden hun arbeidsvoorwaarden in een eigen sectoroverleg met de militaire "
      "bonden afgesproken. Om die reden nemen de minister van Binnenlandse Zaken en Koninkrijksrelaties en ik de "
      "aanbeveling om militairen onder de CAO Rijk te brengen niet over. Dat betekent niet dat de beloning van "
      "militairen achterblijft; in het lopende arbeidsvoorwaardenakkoord is al een extra loonsverhoging voor "
      "technische en IT-functies opgenomen.",
      answers=(A("13", "disagree", "Om die reden nemen de minister van Binnenlandse Zaken en Koninkrijksrelaties en "
                 "ik de aanbeveling om militairen onder de CAO Rijk te brengen niet over."),)),
    P("De minister van Binnenlandse Zaken en Koninkrijksrelaties deelt de wens om loopbanen tussen Defensie en andere "
      "rijksorganisaties te vergemakkelijken. Zij laat onderzoeken of ervaringsjaren, verlofrechten en het "
      "opleidingsbudget bij een overstap rijksbreed kunnen worden meegenomen, en welke wijzigingen in de regelgeving "
      "daarvoor nodig zouden zijn. De uitkomsten worden eind 2025 verwacht.",
      answers=(A("14", "partial", "Zij laat onderzoeken of ervaringsjaren, verlofrechten en het opleidingsbudget bij "
                 "een overstap rijksbreed kunnen worden meegenomen, en welke wijzigingen in de regelgeving daarvoor "
                 "nodig zouden zijn."),)),
    H("Reactie op aanbeveling 15", 3),
    P("Defensie werkt op dit moment samen met 23 mbo-instellingen die de opleiding Veiligheid en Vakmanschap "
      "aanbieden. Jaarlijks stromen ongeveer 1.100 gediplomeerden van deze opleiding door naar een functie bij "
      "Defensie."),
    P("Deze aanbeveling is gericht aan de minister van Onderwijs, Cultuur en Wetenschap. Zij stuurt uw Kamer hierover "
      "een eigen reactie."),
    H("Tot slot", 2),
    P("De aanbevelingen van de Rekenkamer sluiten aan bij de koers die Defensie heeft ingezet, en helpen om die koers "
      "scherper te maken. Ik zal uw Kamer via de halfjaarlijkse personeelsrapportage over de voortgang van de "
      "maatregelen in deze brief informeren."),
    P("De staatssecretaris van Defensie,"),
    P("M.J. Verhoeven"),
)

RESPONSE = Document(
    title="Reactie op het rapport 'Werven zonder wachten' van de Algemene Rekenkamer",
    subtitle="Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n"
             "Datum 12 december 2024  |  Kenmerk BS2024/184512\n"
             "Onderwerp: kabinetsreactie op het onderzoek naar werving en behoud bij Defensie",
    blocks=RESPONSE_BLOCKS,
    running_header="Ministerie van Defensie | Reactie op 'Werven zonder wachten'",
    footer="Pagina {page} van {pages}",
    font_family="sans",
    title_page=False,
)

PAIR = Pair(
    name="defence_recruitment_audit",
    report=REPORT,
    response=RESPONSE,
    description="Algemene Rekenkamer-style audit of Defence recruitment and retention (16 recommendations, each "
                "after its own bold title, to Defensie, BZK and OCW) and the staatssecretaris van Defensie's letter "
                "with 'Reactie op aanbeveling N' headings.",
)
