"""Pair: a fictional Algemene Rekenkamer audit of child benefit and the child budget, and the minister's letter.

Layout traits this pair tests: a sans report with a title page, a running header and numbered chapters.  Chapter 2
has a ruled table of figures; the analysis chapters use bulleted lists that are not recommendations.  Chapter 7
"Conclusies en aanbevelingen" gives six conclusions, each a bold paragraph "Conclusie N - ..." with an explanatory
paragraph, followed by a numeric list whose labels are the recommendation numbers 1a, 1b, 2a, 2b, 2c, 3a, 3b, 4a,
4b, 4c, 5a, 5b, 5c, 6a (printed "1a." etc.).  Each recommendation names its addressee ("Wij bevelen de minister van
SZW aan ...").  Chapter 8 "Bestuurlijke reactie en nawoord" in the REPORT quotes the ministers' earlier reaction
(with "neemt over", "niet opportuun", "zal bezien") and the Rekenkamer's nawoord: response-like language that is not
the response.

The response is a letter (serif, letterhead, no title page) of the minister of SZW, also on behalf of the state
secretary of Financien - Herstel en Toeslagen.  After thanks and context without position (including agreement with
a general finding), it answers in its own numbered paragraphs "1." to "12." by subject, never citing the
recommendation numbers, in an order unrelated to the report.  Gold positions:
- 1a agree: no cue word, a committed quarterly BRP check from 1 July 2026 with EUR 1.4 million a year (item 7).
- 1b partial: "Ik neem deze aanbeveling ter harte." followed by "zal ik bezien" in 2027 (item 8).
- 2a partial: adopted for employees and benefit recipients, not for entrepreneurs (item 1).
- 2b disagree: a EUR 250 threshold "acht de staatssecretaris echter niet opportuun" (item 2).
- 2c agree: the recommendation asks for a study; the letter commits to an IBO and to report before summer 2026 (item 11).
- 3a agree: "De staatssecretaris neemt deze aanbeveling over." (item 4).
- 3b partial: opens "Wij zijn het eens met de Rekenkamer dat ..." (finding only); full automation by end 2026 not
  feasible, only an inventory in 2026 (item 5).
- 4a agree: "Het kabinet onderschrijft de aanbeveling ..." (item 6).
- 4b not addressed: item 9 only describes the SVB's existing checks abroad, without a position.
- 4c disagree: firm refusal, existing annual reports given as the reason (item 10).
- 5a agree and 5b disagree in one paragraph (item 3): B1 letters and phone calls committed; a joint portal "past
  echter niet bij" the separation of responsibilities.
- 5c not addressed: the single point of contact is never mentioned (the report's bestuurlijke reactie did mention it).
- 6a agree: no cue word, indicators in the SZW budget for 2027 (item 12).
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


def bullets(*texts: str) -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style="•")


def recs(*items: tuple[str, tuple[str, ...], str]) -> ItemList:
    """A numeric list whose labels are the recommendation numbers (1a., 1b., ...)."""
    return ItemList(
        items=tuple(ListItem(text, recommendation=Recommendation(number, tuple(depts)))
                    for number, depts, text in items),
        style="1.",
    )


def conclusion(text: str) -> Paragraph:
    return Paragraph(text, bold=True)


# --------------------------------------------------------------------------------------------------------------
# Report

REPORT_BLOCKS = (
    H("Samenvatting"),
    P("Ruim 1,9 miljoen gezinnen ontvangen kinderbijslag en ruim 1,1 miljoen gezinnen ontvangen daarnaast "
      "kindgebonden budget. Samen gaat het om ongeveer 7,2 miljard euro per jaar. De kinderbijslag wordt betaald door "
      "de Sociale Verzekeringsbank (SVB), het kindgebonden budget door de Dienst Toeslagen. De minister van Sociale "
      "Zaken en Werkgelegenheid (SZW) is verantwoordelijk voor het beleid van beide regelingen; de staatssecretaris "
      "van Financiën – Herstel en Toeslagen is verantwoordelijk voor de uitvoering door de Dienst Toeslagen."),
    P("Wij hebben onderzocht of de twee regelingen juist worden uitgevoerd, hoe vaak en waarom ouders geld moeten "
      "terugbetalen, in hoeverre de systemen van de uitvoerders daarbij een rol spelen, hoe fraude wordt bestreden en "
      "hoe ouders worden geïnformeerd. Ons beeld is gemengd. De kinderbijslag wordt in het overgrote deel van de "
      "gevallen juist en op tijd betaald. Bij het kindgebonden budget ligt dat anders: bijna een op de vijf ontvangers "
      "krijgt na afloop van het jaar een terugvordering, vaak van een klein bedrag en vaak zonder dat de ouder "
      "begrijpt waarom."),
    P("De oorzaken liggen voor een deel in de regelgeving, die het voorschot laat afhangen van een inkomensschatting "
      "die ouders zelf moeten maken, en voor een deel in de uitvoering. Het systeem waarmee de Dienst Toeslagen het "
      "kindgebonden budget berekent, is meer dan twintig jaar oud en moeilijk aan te passen. Gegevens over kinderen "
      "worden tussen de SVB en de Dienst Toeslagen nog deels handmatig uitgewisseld. Na de problemen met de "
      "kinderopvangtoeslag is het toezicht op fraude bij het kindgebonden budget sterk teruggeschroefd, zonder dat "
      "duidelijk is wat daarvoor in de plaats is gekomen."),
    P("Wij doen veertien aanbevelingen, gericht aan de minister van SZW, de staatssecretaris van Financiën – Herstel "
      "en Toeslagen, de SVB en de Dienst Toeslagen. Ze staan in hoofdstuk 7, telkens na de conclusie waarop ze "
      "betrekking hebben. De reactie van de minister en de staatssecretaris op ons rapport en ons nawoord staan in "
      "hoofdstuk 8."),
    PageBreak(),
    H("1 Inleiding"),
    H2("1.1 Aanleiding"),
    P("De kinderbijslag bestaat sinds 1963 en is een van de meest gebruikte regelingen van de sociale zekerheid. "
      "Vrijwel ieder gezin met kinderen ontvangt haar, ongeacht het inkomen. Het kindgebonden budget is in 2009 "
      "ingevoerd als inkomensafhankelijke aanvulling voor gezinnen met een lager of middeninkomen. Het is sindsdien "
      "meermaals verhoogd, voor het laatst in 2024 als onderdeel van de maatregelen tegen armoede onder kinderen."),
    P("Beide regelingen hebben hetzelfde doel – ouders tegemoetkomen in de kosten van hun kinderen – maar worden "
      "door verschillende organisaties uitgevoerd, volgens verschillende wetten en met verschillende systemen. In "
      "eerdere verantwoordingsonderzoeken constateerden wij onzekerheden in de rechtmatigheid van het kindgebonden "
      "budget. Ook de Nationale ombudsman en de Kinderombudsman kregen signalen van ouders die onverwacht honderden "
      "euro's moesten terugbetalen. Dat was voor ons aanleiding om de uitvoering van beide regelingen in samenhang te "
      "onderzoeken."),
    H2("1.2 Onderzoeksvragen"),
    P("Wij hebben de volgende vragen beantwoord:"),
    bullets(
        "Hoe vaak worden de kinderbijslag en het kindgebonden budget onjuist betaald, en wat zijn daarvan de "
        "oorzaken?",
        "Hoeveel ouders krijgen te maken met een terugvordering, om welke bedragen gaat het en hoe verloopt de "
        "inning?",
        "In welke mate dragen de ICT-systemen van de SVB en de Dienst Toeslagen en de gegevensuitwisseling tussen "
        "beide bij aan fouten?",
        "Hoe beheersen de uitvoerders de risico's op fraude en oneigenlijk gebruik?",
        "Hoe informeren de uitvoerders ouders over hun rechten, plichten en terugvorderingen?",
    ),
    H2("1.3 Afbakening en werkwijze"),
    P("Het onderzoek gaat over de berekeningsjaren 2021 tot en met 2023 en, waar de gegevens dat toelieten, over "
      "2024. Wij hebben ons niet gericht op de hersteloperatie voor gedupeerden van de kinderopvangtoeslag; die "
      "hebben wij in eerdere rapporten onderzocht. De kinderopvangtoeslag zelf valt ook buiten het onderzoek."),
    P("Wij hebben dossiers, beleidsstukken, interne rapportages en bestanden van de SVB, de Dienst Toeslagen en het "
      "Ministerie van SZW geanalyseerd. Uit de administratie van de Dienst Toeslagen hebben wij een aselecte "
      "steekproef van 600 toekenningen van kindgebonden budget over 2022 getrokken en die tot op het niveau van de "
      "onderliggende gegevens nagelopen. Bij de SVB deden wij hetzelfde voor 400 kinderbijslagdossiers. Daarnaast "
      "spraken wij met 46 medewerkers van de uitvoerders en de ministeries en met 31 ouders, die wij via "
      "maatschappelijke organisaties en schuldhulpverleners hebben benaderd.",
      footnotes=("De steekproeven zijn zo getrokken dat de uitkomsten met 95 % betrouwbaarheid iets zeggen over alle "
                 "toekenningen in het betreffende jaar.",)),
    H2("1.4 Leeswijzer"),
    P("Hoofdstuk 2 beschrijft de twee regelingen en de belangrijkste cijfers. In de hoofdstukken 3 tot en met 6 "
      "staan onze bevindingen over fouten en terugvorderingen, systemen en gegevensuitwisseling, fraudebeheersing "
      "en de communicatie met ouders. Hoofdstuk 7 bevat onze conclusies en aanbevelingen. In hoofdstuk 8 staan de "
      "bestuurlijke reactie van de minister van SZW en de staatssecretaris van Financiën – Herstel en Toeslagen en ons "
      "nawoord."),
    H("2 Twee regelingen, twee uitvoerders"),
    H2("2.1 Kinderbijslag"),
    P("Ouders hebben recht op kinderbijslag voor kinderen tot 18 jaar die tot hun huishouden behoren of die zij in "
      "belangrijke mate onderhouden. De kinderbijslag wordt per kwartaal betaald en hangt alleen af van de leeftijd "
      "van het kind. De SVB kent de kinderbijslag in de meeste gevallen automatisch toe na de geboorte van een kind, "
      "op basis van de gegevens in de Basisregistratie Personen (BRP)."),
    P("Voor kinderen die niet bij de ouder wonen, bijvoorbeeld omdat zij op kamers wonen of in een instelling "
      "verblijven, geldt de zogeheten onderhoudseis: de ouder moet aantonen dat hij per kwartaal een minimumbedrag aan "
      "het onderhoud van het kind bijdraagt. Bij gescheiden ouders met co-ouderschap kan slechts één ouder de "
      "kinderbijslag ontvangen; de ouders moeten onderling afspreken wie dat is."),
    H2("2.2 Kindgebonden budget"),
    P("Het kindgebonden budget is een inkomensafhankelijke toeslag op grond van de Wet op het kindgebonden budget en "
      "de Algemene wet inkomensafhankelijke regelingen (Awir). Wie kinderbijslag ontvangt en een inkomen en vermogen "
      "onder bepaalde grenzen heeft, krijgt het kindgebonden budget automatisch. De hoogte hangt af van het aantal "
      "kinderen, hun leeftijd, het gezinsinkomen en de vraag of de ouder alleenstaand is."),
    P("De Dienst Toeslagen betaalt het kindgebonden budget als maandelijks voorschot, berekend op basis van het "
      "inkomen dat de ouder voor dat jaar verwacht. Na afloop van het jaar, als het werkelijke inkomen bij de "
      "Belastingdienst bekend is, stelt de Dienst Toeslagen het definitieve bedrag vast. Is het voorschot te hoog "
      "geweest, dan moet de ouder het verschil terugbetalen; is het te laag geweest, dan volgt een nabetaling."),
    H2("2.3 Cijfers"),
    P("Tabel 1 geeft de belangrijkste cijfers over de jaren 2021 tot en met 2023."),
    Table(
        header=("", "2021", "2022", "2023"),
        rows=(
            ("Kinderbijslag: uitgaven (mln euro)", "3.710", "3.790", "4.020"),
            ("Kinderbijslag: gezinnen (x 1.000)", "1.918", "1.921", "1.927"),
            ("Kinderbijslag: foutpercentage", "0,4 %", "0,5 %", "0,6 %"),
            ("Kindgebonden budget: uitgaven (mln euro)", "2.380", "2.610", "3.150"),
            ("Kindgebonden budget: gezinnen (x 1.000)", "1.032", "1.067", "1.131"),
            ("Kindgebonden budget: gezinnen met terugvordering (x 1.000)", "176", "204", "211"),
            ("Kindgebonden budget: teruggevorderd bedrag (mln euro)", "118", "139", "152"),
        ),
        widths=(3.2, 1.0, 1.0, 1.0),
        rules="rows",
    ),
    P("Bron: jaarverslagen SVB en Dienst Toeslagen, bewerking Algemene Rekenkamer. Het foutpercentage is het deel van "
      "de uitgaven dat volgens de uitvoerder zelf onrechtmatig is betaald; voor het kindgebonden budget kon de Dienst "
      "Toeslagen geen betrouwbaar percentage geven (zie hoofdstuk 5)."),
    H2("2.4 Verantwoordelijkheden"),
    P("De minister van SZW is verantwoordelijk voor het beleid en de wetgeving van beide regelingen en voor het budget "
      "dat ervoor op de begroting van SZW staat. De SVB is een zelfstandig bestuursorgaan onder verantwoordelijkheid "
      "van de minister van SZW. De Dienst Toeslagen is onderdeel van het Ministerie van Financiën; de staatssecretaris "
      "van Financiën – Herstel en Toeslagen is verantwoordelijk voor de uitvoering. Voor het kindgebonden budget is "
      "de minister van SZW dus beleidsverantwoordelijk, terwijl een bewindspersoon van een ander ministerie over de "
      "uitvoering gaat. In de begroting van SZW staan voor het kindgebonden budget alleen de uitgaven; indicatoren over "
      "het bereik of de kwaliteit van de uitvoering ontbreken."),
    PageBreak(),
    H("3 Fouten en terugvorderingen"),
    H2("3.1 Kinderbijslag: weinig fouten, maar niet bij co-ouderschap"),
    P("In 388 van de 400 kinderbijslagdossiers die wij onderzochten, was de kinderbijslag juist betaald. De twaalf "
      "fouten die wij vonden, concentreren zich in twee groepen: kinderen van gescheiden ouders en kinderen die niet "
      "thuis wonen. Bij co-ouderschap controleert de SVB alleen bij de eerste aanvraag bij welke ouder het kind staat "
      "ingeschreven. Verhuist het kind later naar de andere ouder, dan merkt de SVB dat pas als een van de ouders het "
      "meldt. In vijf dossiers ontving de ouder bij wie het kind niet meer woonde nog meer dan een jaar kinderbijslag."),
    P("De onderhoudseis bleek voor ouders en medewerkers lastig. Ouders moeten voor ieder kwartaal aantonen dat zij "
      "een minimumbedrag hebben bijgedragen, bijvoorbeeld met bankafschriften. Medewerkers van de SVB vertelden ons "
      "dat zij veel tijd kwijt zijn aan het beoordelen van die bewijsstukken en dat de uitkomst soms afhangt van "
      "toevallige omstandigheden, zoals de vraag of een ouder contant of per bank heeft betaald. Andere landen, "
      "zoals België en Denemarken, hanteren een eenvoudiger criterium."),
    H2("3.2 Kindgebonden budget: terugvorderingen zijn eerder regel dan uitzondering"),
    P("In 2023 kregen 211.000 gezinnen een terugvordering van kindgebonden budget, samen 152 miljoen euro. Het "
      "mediane bedrag was 310 euro; bij een kwart van de gezinnen ging het om minder dan 120 euro. Tegelijk kregen "
      "ruim 140.000 gezinnen een nabetaling. Voor beide groepen geldt dat het voorschot niet aansloot bij hun "
      "werkelijke situatie."),
    P("De belangrijkste oorzaak is de inkomensschatting. Ouders moeten vooraf opgeven welk inkomen zij voor het hele "
      "jaar verwachten. Dat is lastig voor wie flexibel werkt, een wisselend aantal uren heeft of tussentijds van "
      "baan verandert. In onze steekproef was het geschatte inkomen bij 38 % van de toekenningen meer dan 10 % "
      "lager of hoger dan het werkelijke inkomen. De Dienst Toeslagen beschikt over actuelere gegevens: de "
      "polisadministratie van het UWV bevat maandelijks het loon en de uitkering van werknemers en "
      "uitkeringsgerechtigden. Voor het voorschot worden die gegevens niet gebruikt.",
      footnotes=("Voor ondernemers bevat de polisadministratie geen inkomensgegevens; hun winst is pas na de "
                 "aangifte inkomstenbelasting bekend.",)),
    H2("3.3 Kleine bedragen, grote gevolgen"),
    P("Een terugvordering van enkele tientjes lijkt weinig, maar voor gezinnen met een laag inkomen kan zij de "
      "maandbegroting ontregelen. Ouders vertelden ons dat zij de brief niet begrepen en niet wisten of zij in bezwaar "
      "konden gaan. Voor de Dienst Toeslagen zijn kleine terugvorderingen bovendien relatief duur: de kosten van "
      "beschikking, inning en bezwaar bedragen naar eigen schatting gemiddeld 85 euro per terugvordering. De Dienst "
      "Toeslagen vordert bedragen onder 63 euro niet terug. Een hogere grens is onderzocht, maar er is geen besluit "
      "over genomen."),
    P("Bij het innen van terugvorderingen houdt de Dienst Toeslagen sinds 2023 meer rekening met de draagkracht van "
      "ouders. Ouders kunnen een betalingsregeling krijgen en de Dienst Toeslagen verrekent een terugvordering niet "
      "meer volledig met lopende toeslagen. Wij zien dat als een verbetering. Wel stelden wij vast dat ouders vaak "
      "niet weten dat deze mogelijkheden bestaan."),
    H("4 Systemen en gegevensuitwisseling"),
    H2("4.1 Het toeslagensysteem"),
    P("De Dienst Toeslagen berekent het kindgebonden budget in hetzelfde systeem als de huur-, zorg- en "
      "kinderopvangtoeslag. Dat systeem is in 2005 gebouwd en sindsdien met tientallen aanpassingen uitgebreid. Het "
      "is geschreven in een programmeertaal waarvoor steeds minder ontwikkelaars beschikbaar zijn. Iedere wijziging "
      "in de regelgeving moet op meerdere plaatsen worden doorgevoerd en uitgebreid worden getest. De Dienst "
      "Toeslagen schat dat een beleidswijziging gemiddeld achttien maanden nodig heeft voordat zij in het systeem is "
      "verwerkt."),
    P("Het voornemen om het systeem te vervangen bestaat sinds 2019. Er zijn verkenningen gedaan en er is een "
      "architectuurvisie opgesteld, maar een plan met mijlpalen, een kostenraming en een analyse van de risico's "
      "ontbreekt. De Tweede Kamer is over de vervanging alleen in algemene termen geïnformeerd. Het Adviescollege "
      "ICT-toetsing heeft het project nog niet kunnen toetsen, omdat er geen projectplan was."),
    H2("4.2 De systemen van de SVB"),
    P("De SVB voert de kinderbijslag uit in een systeem dat tussen 2014 en 2018 is vernieuwd. Het is goed "
      "gedocumenteerd, wordt regelmatig getest en ondersteunt de automatische toekenning na de geboorte van een kind. "
      "Wel is het systeem ingericht op de situatie op het moment van toekenning: latere wijzigingen in de BRP worden "
      "niet automatisch gesignaleerd, zoals wij in paragraaf 3.1 beschreven."),
    H2("4.3 Uitwisseling tussen de SVB en de Dienst Toeslagen"),
    P("Omdat het recht op kindgebonden budget afhangt van het recht op kinderbijslag, heeft de Dienst Toeslagen "
      "gegevens van de SVB nodig. Die worden maandelijks in een bestand aangeleverd. Wijzigingen in de "
      "gezinssituatie, zoals een kind dat naar de andere ouder verhuist of een kind dat overlijdt, worden echter niet "
      "altijd in dat bestand opgenomen. In die gevallen stuurt de SVB een signaal dat medewerkers van de Dienst "
      "Toeslagen met de hand verwerken. In 2023 ging het om ruim 27.000 signalen. Wij vonden in onze steekproef vier "
      "gevallen waarin zo'n signaal niet of te laat was verwerkt, met een onjuiste betaling als gevolg."),
    P("Medewerkers van beide organisaties noemden de volgende knelpunten:"),
    bullets(
        "de SVB en de Dienst Toeslagen hanteren verschillende definities van het huishouden van een kind;",
        "signalen worden per e-mail of via een gedeelde map verstuurd, zonder controle op volledigheid;",
        "er is geen gezamenlijk overzicht van openstaande signalen en hun afhandeling;",
        "bij storingen in het maandelijkse bestand ontbreekt een vaste terugvalprocedure.",
    ),
    PageBreak(),
    H("5 Controle op fraude en oneigenlijk gebruik"),
    H2("5.1 Na de kinderopvangtoeslag"),
    P("Na de problemen met de kinderopvangtoeslag heeft de Dienst Toeslagen in 2020 het gebruik van risicomodellen "
      "gestopt. Sinds 2022 gebruikt zij opnieuw een beperkt aantal selectieregels om toekenningen te kiezen voor een "
      "nadere controle. Die regels zijn intern opgesteld en intern getoetst. Een onafhankelijke toets op juistheid en "
      "op mogelijk discriminerende effecten heeft niet plaatsgevonden; ook is niet openbaar welke criteria worden "
      "gebruikt. Medewerkers gaven aan dat zij uit voorzichtigheid weinig controleren, waardoor fouten langer "
      "blijven bestaan."),
    P("Wij begrijpen de terughoudendheid. Tegelijk betekent het ontbreken van controle dat onjuiste betalingen pas "
      "bij de definitieve berekening aan het licht komen, en dan tot een terugvordering leiden. Juist een zorgvuldige, "
      "transparante controle vooraf kan ouders dus beschermen."),
    H2("5.2 Kinderbijslag in het buitenland"),
    P("Ouders die in Nederland werken en van wie de kinderen in het buitenland wonen, kunnen recht hebben op "
      "kinderbijslag. Voor kinderen buiten de Europese Unie geldt dat alleen als Nederland met het woonland een "
      "verdrag heeft gesloten. De SVB betaalde in 2023 kinderbijslag voor ongeveer 24.000 kinderen in het buitenland, "
      "van wie circa 3.100 buiten de EU. De controle op deze groep steunt op schriftelijke verklaringen van "
      "buitenlandse instanties. Een steekproef waarin de woonsituatie ter plaatse wordt gecontroleerd, wordt sinds "
      "2020 niet meer systematisch uitgevoerd."),
    H2("5.3 Inzicht in de omvang"),
    P("De minister van SZW en de staatssecretaris weten niet hoe groot het probleem van misbruik en oneigenlijk "
      "gebruik bij de twee regelingen is. De SVB rapporteert in haar jaarverslag over fouten, maar maakt geen "
      "onderscheid tussen fouten van de SVB, vergissingen van ouders en opzettelijk misbruik. De Dienst Toeslagen "
      "rapporteert alleen over alle toeslagen samen. Een samenhangend beeld voor de kindregelingen ontbreekt, ook "
      "voor de Tweede Kamer."),
    H("6 Communicatie met ouders"),
    H2("6.1 Brieven"),
    P("Wij hebben 24 standaardbrieven van de Dienst Toeslagen en 15 van de SVB beoordeeld. De brieven van de SVB zijn "
      "over het algemeen kort en begrijpelijk. De brieven van de Dienst Toeslagen over het kindgebonden budget zijn "
      "lang, bevatten veel juridische termen en leggen zelden uit waarom een bedrag is gewijzigd. Een "
      "terugvorderingsbrief telt gemiddeld vier pagina's; de reden van de terugvordering staat meestal pas op de "
      "derde. Van de 31 ouders die wij spraken, zeiden er 22 dat zij een brief van de Dienst Toeslagen niet hadden "
      "begrepen."),
    H2("6.2 Persoonlijk contact"),
    P("Ouders die een vraag hebben over het kindgebonden budget, kunnen bellen met de BelastingTelefoon. De "
      "wachttijden daar liepen in 2023 op tot gemiddeld twaalf minuten. De Dienst Toeslagen neemt zelf geen contact "
      "op met ouders voordat een terugvordering wordt opgelegd, ook niet bij hoge bedragen. Ouders met vragen over "
      "de kinderbijslag kunnen bij de SVB terecht. Wie problemen heeft met beide regelingen, bijvoorbeeld na een "
      "scheiding, moet zijn verhaal twee keer doen en krijgt soms tegenstrijdige informatie."),
    H2("6.3 Digitaal"),
    P("Ouders kunnen hun kinderbijslag inzien in Mijn SVB en hun kindgebonden budget in Mijn toeslagen. Een "
      "overzicht van wat een gezin in totaal voor zijn kinderen ontvangt, bestaat niet. Ouders die wij spraken, "
      "wisten vaak niet dat de twee betalingen van elkaar afhangen, en begrepen niet waarom een wijziging bij de SVB "
      "maanden later tot een terugvordering bij de Dienst Toeslagen leidde."),
    PageBreak(),
    H("7 Conclusies en aanbevelingen"),
    P("In dit hoofdstuk zetten wij onze conclusies op een rij. Na iedere conclusie volgen de aanbevelingen die daarop "
      "betrekking hebben. De nummering van de aanbevelingen verwijst naar de conclusie."),
    conclusion("Conclusie 1 – De kinderbijslag wordt grotendeels juist betaald, maar bij co-ouderschap en bij "
               "kinderen die niet thuis wonen gaat het geregeld mis."),
    P("De SVB betaalt de kinderbijslag in het overgrote deel van de gevallen juist en op tijd. De fouten die wij "
      "vonden, hangen samen met verhuizingen van kinderen tussen gescheiden ouders, die de SVB niet tijdig opmerkt, "
      "en met de onderhoudseis, die ingewikkeld is voor ouders en moeilijk te controleren voor de SVB."),
    recs(
        ("1a", ("SZW",),
         "Wij bevelen de minister van SZW aan ervoor te zorgen dat de SVB bij ouders met co-ouderschap ieder kwartaal "
         "de adresgegevens van het kind in de BRP vergelijkt met de eigen administratie, zodat de kinderbijslag niet "
         "langer aan de verkeerde ouder wordt betaald."),
        ("1b", ("SZW",),
         "Wij bevelen de minister van SZW aan de onderhoudseis in de Algemene Kinderbijslagwet te vervangen door een "
         "eenvoudige en objectief vast te stellen toets, bijvoorbeeld op basis van de inschrijving van het kind of een "
         "vast bedrag per maand."),
    ),
    conclusion("Conclusie 2 – Terugvorderingen van kindgebonden budget zijn eerder regel dan uitzondering; zij "
               "ontstaan vooral doordat het voorschot steunt op een inkomensschatting van de ouder."),
    P("Bijna een op de vijf gezinnen met kindgebonden budget krijgt een terugvordering, vaak van een klein bedrag. "
      "Actuele inkomensgegevens die de Dienst Toeslagen kan gebruiken, blijven onbenut. Dat twee regelingen met "
      "hetzelfde doel door twee organisaties worden uitgevoerd, maakt het stelsel kwetsbaar."),
    recs(
        ("2a", ("FIN",),
         "Wij bevelen de staatssecretaris van Financiën – Herstel en Toeslagen aan het voorschot kindgebonden budget "
         "voortaan te baseren op het meest recente inkomen uit de polisadministratie, in plaats van op de "
         "inkomensschatting die ouders zelf opgeven."),
        ("2b", ("FIN",),
         "Wij bevelen de staatssecretaris aan een doelmatigheidsgrens in te voeren, waaronder de Dienst Toeslagen "
         "een terugvordering van kindgebonden budget niet meer oplegt, en die grens vast te stellen op 250 euro per "
         "berekeningsjaar."),
        ("2c", ("SZW", "FIN"),
         "Wij bevelen de minister van SZW en de staatssecretaris aan te onderzoeken of de kinderbijslag en het "
         "kindgebonden budget kunnen worden samengevoegd tot één regeling met één uitvoerder, en de Tweede Kamer "
         "vóór de zomer van 2026 over de uitkomst te informeren."),
    ),
    conclusion("Conclusie 3 – Het verouderde toeslagensysteem en de deels handmatige gegevensuitwisseling tussen "
               "de SVB en de Dienst Toeslagen veroorzaken fouten en vertraging."),
    P("Het toeslagensysteem is moeilijk aan te passen en een concreet plan voor de vervanging ontbreekt. Wijzigingen "
      "in de gezinssituatie bereiken de Dienst Toeslagen deels via handmatig verwerkte signalen, met fouten als "
      "gevolg."),
    recs(
        ("3a", ("FIN",),
         "Wij bevelen de staatssecretaris aan de Dienst Toeslagen een meerjarig vervangingsplan voor het "
         "toeslagensysteem te laten opstellen, met mijlpalen, kosten en risico's, en dat plan aan de Tweede Kamer te "
         "sturen."),
        ("3b", ("SZW", "FIN"),
         "Wij bevelen de minister van SZW en de staatssecretaris aan ervoor te zorgen dat de SVB en de Dienst "
         "Toeslagen uiterlijk eind 2026 alle gegevens over kinderen en gezinssituaties volledig geautomatiseerd "
         "uitwisselen."),
    ),
    conclusion("Conclusie 4 – De controle op fraude is na de kinderopvangtoeslagaffaire zo ver teruggeschroefd dat "
               "niemand weet hoe groot het probleem is."),
    P("De selectieregels van de Dienst Toeslagen zijn niet onafhankelijk getoetst en niet openbaar. De SVB "
      "controleert de kinderbijslag voor kinderen buiten de EU vooral op papier. Een samenhangend beeld van fouten en "
      "misbruik ontbreekt."),
    recs(
        ("4a", ("FIN",),
         "Wij bevelen de staatssecretaris aan de risicomodellen en selectieregels die de Dienst Toeslagen bij het "
         "kindgebonden budget gebruikt, vóór ingebruikname door een onafhankelijke partij te laten toetsen op "
         "juistheid en op discriminerende effecten, en de uitkomsten openbaar te maken."),
        ("4b", ("SZW",),
         "Wij bevelen de minister van SZW aan de SVB bij de export van kinderbijslag naar landen buiten de EU "
         "jaarlijks een steekproef te laten nemen waarin de woonsituatie en de schoolgang van kinderen ter plaatse "
         "worden gecontroleerd."),
        ("4c", ("SZW", "FIN"),
         "Wij bevelen de minister van SZW en de staatssecretaris aan de Tweede Kamer jaarlijks in één rapportage te "
         "informeren over de omvang van fouten, misbruik en oneigenlijk gebruik bij de kinderbijslag en het "
         "kindgebonden budget."),
    ),
    conclusion("Conclusie 5 – Ouders begrijpen vaak niet wat zij ontvangen en waarom zij moeten terugbetalen."),
    P("De brieven van de Dienst Toeslagen zijn lang en moeilijk. Ouders worden niet benaderd voordat een hoge "
      "terugvordering wordt opgelegd, zien nergens wat zij in totaal ontvangen en moeten bij problemen met beide "
      "regelingen twee loketten langs."),
    recs(
        ("5a", ("FIN",),
         "Wij bevelen de staatssecretaris aan ervoor te zorgen dat alle brieven van de Dienst Toeslagen over het "
         "kindgebonden budget op taalniveau B1 worden geschreven en dat de Dienst Toeslagen ouders telefonisch "
         "benadert voordat een terugvordering van meer dan 500 euro wordt opgelegd."),
        ("5b", ("SZW", "FIN"),
         "Wij bevelen de minister van SZW en de staatssecretaris aan één digitaal overzicht in te richten waarin "
         "ouders de kinderbijslag en het kindgebonden budget samen kunnen inzien."),
        ("5c", ("SZW", "FIN"),
         "Wij bevelen de minister van SZW en de staatssecretaris aan ervoor te zorgen dat ouders die problemen hebben "
         "met beide regelingen, terechtkunnen bij één vast aanspreekpunt dat namens de SVB en de Dienst Toeslagen "
         "optreedt."),
    ),
    conclusion("Conclusie 6 – De minister van SZW stuurt op de uitgaven aan het kindgebonden budget, niet op de "
               "uitvoering ervan."),
    P("Hoewel de minister van SZW beleidsverantwoordelijk is, bevat de begroting van SZW geen informatie over het "
      "bereik, de tijdigheid of de rechtmatigheid van het kindgebonden budget. De Tweede Kamer kan daardoor niet "
      "beoordelen of de regeling doet wat zij moet doen."),
    recs(
        ("6a", ("SZW",),
         "Wij bevelen de minister van SZW aan in de begroting en het jaarverslag van SZW indicatoren op te nemen voor "
         "het bereik, de tijdigheid en de rechtmatigheid van het kindgebonden budget."),
    ),
    PageBreak(),
    H("8 Bestuurlijke reactie en nawoord"),
    H2("8.1 Reactie van de minister van SZW en de staatssecretaris"),
    P("De minister van SZW heeft op 11 maart 2025, mede namens de staatssecretaris van Financiën – Herstel en "
      "Toeslagen, op ons conceptrapport gereageerd. Hieronder geven wij de reactie verkort weer; de volledige tekst "
      "staat op onze website."),
    P("De minister en de staatssecretaris noemen het rapport ‘een waardevolle spiegel’. Zij onderschrijven de "
      "conclusie dat de uitvoering van het kindgebonden budget voor ouders te ingewikkeld is en schrijven: ‘Wij "
      "nemen de aanbevelingen over het toeslagensysteem en over de toetsing van risicomodellen over. Over de "
      "andere aanbevelingen zullen wij uw Kamer in onze kabinetsreactie nader informeren.’"),
    P("Over de doelmatigheidsgrens schrijft de staatssecretaris dat zij een grens van 250 euro ‘niet opportuun’ "
      "acht, omdat die de prikkel om wijzigingen tijdig door te geven zou verzwakken. Over het vaste aanspreekpunt "
      "voor ouders schrijft de minister dat zij ‘samen met de SVB en de Dienst Toeslagen zal bezien hoe ouders beter "
      "kunnen worden geholpen’. De minister wijst erop dat de SVB de export van kinderbijslag al controleert via "
      "verdragspartners en dat een eigen steekproef ter plaatse veel kost."),
    H2("8.2 Nawoord Algemene Rekenkamer"),
    P("Wij zijn blij dat de minister en de staatssecretaris onze analyse delen en een deel van de aanbevelingen "
      "overnemen. Wij wachten de kabinetsreactie op de overige aanbevelingen met belangstelling af."),
    P("Wij betreuren dat de staatssecretaris geen doelmatigheidsgrens wil invoeren. De huidige grens van 63 euro is "
      "sinds 2013 niet aangepast. Een terugvordering van een klein bedrag kost de Dienst Toeslagen meer dan zij "
      "oplevert en zet ouders onder druk, terwijl de prikkel om wijzigingen door te geven vooral van belang is bij "
      "grotere bedragen."),
    P("Ten aanzien van de export van kinderbijslag merken wij op dat controles via verdragspartners de schriftelijke "
      "informatie van ouders bevestigen, maar niet aantonen dat een kind werkelijk op het opgegeven adres woont. Wij "
      "blijven van mening dat een beperkte jaarlijkse steekproef ter plaatse verantwoord en doelmatig is."),
    P("Ten slotte: wij zullen over twee jaar nagaan wat er met onze aanbevelingen is gebeurd, en daarover in ons "
      "verantwoordingsonderzoek rapporteren."),
)

REPORT = Document(
    title="Kinderbijslag en kindgebonden budget: juist betaald?",
    subtitle="Onderzoek naar de uitvoering van de kindregelingen door de SVB en de Dienst Toeslagen",
    blocks=REPORT_BLOCKS,
    running_header="Algemene Rekenkamer · Kinderbijslag en kindgebonden budget",
    footer="{page}",
    font_family="sans",
    title_page=True,
    imprint=("Algemene Rekenkamer", "Den Haag, april 2025"),
)


# --------------------------------------------------------------------------------------------------------------
# Response

EV2A = ("De staatssecretaris neemt de aanbeveling daarmee over voor ouders in loondienst en ouders met een "
        "uitkering, maar niet voor ouders met inkomen uit een onderneming.")
EV2B = "Een algemene grens van 250 euro acht de staatssecretaris echter niet opportuun."
EV5A = ("De Dienst Toeslagen herschrijft vóór 1 januari 2026 alle standaardbrieven over het kindgebonden budget op "
        "taalniveau B1 en belt vanaf die datum iedere ouder voordat een terugvordering van meer dan 500 euro wordt "
        "opgelegd.")
EV5B = ("Eén gezamenlijk digitaal overzicht past echter niet bij de wettelijke scheiding van verantwoordelijkheden "
        "tussen de SVB en de Dienst Toeslagen, en de investering die het vraagt staat niet in verhouding tot het "
        "voordeel voor ouders.")
EV3A = "De staatssecretaris neemt deze aanbeveling over."
EV3B = ("Volledige automatisering vóór eind 2026 is gezien de staat van het toeslagensysteem niet haalbaar, maar de "
        "SVB en de Dienst Toeslagen brengen in 2026 wel in kaart welke gegevensstromen als eerste kunnen worden "
        "geautomatiseerd.")
EV4A = ("Het kabinet onderschrijft de aanbeveling om risicomodellen en selectieregels vooraf onafhankelijk te laten "
        "toetsen en de uitkomsten openbaar te maken.")
EV1A = ("De SVB vergelijkt vanaf 1 juli 2026 ieder kwartaal de adressen van kinderen met co-ouderschap met de BRP; "
        "ik stel daarvoor structureel 1,4 miljoen euro per jaar beschikbaar.")
EV1B = ("Een wetswijziging op korte termijn is niet mogelijk, maar bij de beleidsdoorlichting van de kindregelingen "
        "in 2027 zal ik bezien of de onderhoudseis kan worden vervangen door een eenvoudiger toets.")
EV4C = "Wij gaan geen afzonderlijke jaarlijkse rapportage over fouten, misbruik en oneigenlijk gebruik opstellen."
EV2C = ("Wij laten de samenvoeging van beide regelingen onderzoeken in een interdepartementaal beleidsonderzoek en "
        "informeren uw Kamer vóór de zomer van 2026 over de uitkomsten.")
EV6A = ("In de begroting van SZW voor 2027 neem ik voor het kindgebonden budget indicatoren op voor het bereik, de "
        "tijdigheid en de rechtmatigheid, en in het jaarverslag over 2027 rapporteer ik daarover.")

RESPONSE_BLOCKS = (
    P("Geachte Voorzitter,"),
    P("Op 15 april 2025 heeft de Algemene Rekenkamer het rapport ‘Kinderbijslag en kindgebonden budget: juist "
      "betaald?’ aan uw Kamer aangeboden. Met deze brief geef ik, mede namens de staatssecretaris van Financiën – "
      "Herstel en Toeslagen, de reactie van het kabinet op dat rapport. Wij hebben eerder, in de bestuurlijke "
      "reactie die in het rapport is opgenomen, op hoofdlijnen gereageerd; in deze brief gaan wij op alle onderwerpen "
      "uit het rapport in."),
    P("Wij danken de Rekenkamer voor het grondige onderzoek. Het rapport laat zien hoe twee regelingen met hetzelfde "
      "doel in de praktijk uiteenlopen, en welke gevolgen dat heeft voor ouders. Wij zijn het eens met de Rekenkamer "
      "dat de kinderbijslag in het overgrote deel van de gevallen juist en op tijd wordt betaald, en dat dit voor het "
      "kindgebonden budget minder vanzelfsprekend is."),
    P("Het kabinet wil dat ouders kunnen vertrouwen op de betalingen voor hun kinderen. De afgelopen jaren is daarin "
      "al het nodige gebeurd. Sinds 2023 houdt de Dienst Toeslagen bij de inning van terugvorderingen meer rekening "
      "met de draagkracht van ouders, en het kindgebonden budget is in 2024 fors verhoogd om armoede onder kinderen "
      "te bestrijden. Tegelijk maakt juist die verhoging de gevolgen van een onjuist voorschot groter."),
    H2("Reactie op de aanbevelingen"),
    P("Hieronder gaan wij in op de aanbevelingen van de Rekenkamer. Wij hebben ze geordend naar onderwerp, te "
      "beginnen met de onderwerpen die ouders het meest raken."),
    P("1. Voorschot op basis van actueel inkomen. De Rekenkamer stelt voor het voorschot kindgebonden budget te "
      "baseren op het meest recente inkomen uit de polisadministratie. Voor ouders die in loondienst werken of een "
      "uitkering ontvangen, gaat de Dienst Toeslagen dat doen: vanaf het berekeningsjaar 2027 wordt hun voorschot elk "
      "kwartaal automatisch bijgesteld als het inkomen in de polisadministratie daartoe aanleiding geeft. " + EV2A +
      " Hun inkomen staat niet in de polisadministratie en is pas na de aangifte inkomstenbelasting bekend; voor hen "
      "blijft de eigen schatting het uitgangspunt.",
      answers=(Answer("2a", "partial", EV2A),)),
    P("2. Kleine terugvorderingen. Het kabinet begrijpt dat een terugvordering van een klein bedrag voor ouders "
      "vervelend is en dat de inning voor de Dienst Toeslagen relatief veel kost. Bedragen onder 63 euro worden nu "
      "al niet teruggevorderd. " + EV2B + " Zo'n grens zou ouders die een te laag inkomen opgeven of een wijziging "
      "niet doorgeven, bevoordelen ten opzichte van ouders die dat wel tijdig doen, en zou naar schatting 41 miljoen "
      "euro per jaar kosten.",
      answers=(Answer("2b", "disagree", EV2B),)),
    P("3. Brieven, telefonisch contact en digitaal overzicht. Wij herkennen het beeld dat ouders de brieven van de "
      "Dienst Toeslagen vaak niet begrijpen. " + EV5A + " De brieven worden met ouders getest voordat zij in gebruik "
      "worden genomen. " + EV5B + " Ouders kunnen hun gegevens bij beide organisaties inzien, en de SVB en de Dienst "
      "Toeslagen verwijzen op hun websites naar elkaar.",
      answers=(Answer("5a", "agree", EV5A), Answer("5b", "disagree", EV5B))),
    P("4. Vervanging van het toeslagensysteem. " + EV3A + " De Dienst Toeslagen stelt een vervangingsplan op met "
      "mijlpalen, een kostenraming en een analyse van de risico's. Het plan wordt voorgelegd aan het Adviescollege "
      "ICT-toetsing, en de staatssecretaris stuurt het vóór 1 december 2025 met het advies van het college naar uw "
      "Kamer. Daarna informeert zij uw Kamer halfjaarlijks over de voortgang.",
      answers=(Answer("3a", "agree", EV3A),)),
    P("5. Gegevensuitwisseling tussen de SVB en de Dienst Toeslagen. Wij zijn het eens met de Rekenkamer dat de "
      "handmatige verwerking van signalen over wijzigingen in de gezinssituatie foutgevoelig is en ouders onnodig "
      "belast. " + EV3B + " Over de verdere planning besluiten wij op basis van die inventarisatie en het "
      "vervangingsplan voor het toeslagensysteem.",
      answers=(Answer("3b", "partial", EV3B),)),
    P("6. Toetsing van risicomodellen. Na de problemen met de kinderopvangtoeslag gebruikt de Dienst Toeslagen nog "
      "maar een beperkt aantal selectieregels, en alleen om toekenningen te kiezen voor een nadere controle. " + EV4A
      + " Vanaf 1 januari 2026 worden nieuwe en gewijzigde selectieregels vóór ingebruikname getoetst door een "
      "externe auditor, en de toetsingsrapporten worden op de website van de Dienst Toeslagen gepubliceerd. De "
      "bestaande selectieregels worden in 2026 alsnog op dezelfde manier getoetst.",
      answers=(Answer("4a", "agree", EV4A),)),
    P("7. Kinderbijslag bij co-ouderschap. Dat kinderbijslag soms lange tijd naar een ouder gaat bij wie het kind "
      "niet meer woont, is onwenselijk, voor beide ouders en voor het kind. " + EV1A + " Ouders bij wie een "
      "afwijking wordt gevonden, krijgen eerst een brief met het verzoek de situatie toe te lichten, voordat de SVB "
      "de kinderbijslag aanpast.",
      answers=(Answer("1a", "agree", EV1A),)),
    P("8. De onderhoudseis. De onderhoudseis is ingewikkeld, voor ouders en voor de SVB. Zij hangt nauw samen met "
      "andere regels in de Algemene Kinderbijslagwet, zoals de regels voor kinderen in een instelling en voor "
      "pleegkinderen. Ik neem deze aanbeveling ter harte. " + EV1B,
      answers=(Answer("1b", "partial", EV1B),)),
    P("9. Kinderbijslag in het buitenland. De SVB betaalt kinderbijslag voor ongeveer 24.000 kinderen die buiten "
      "Nederland wonen, van wie ruim 3.000 buiten de Europese Unie. Voor kinderen buiten de EU is de kinderbijslag "
      "sinds 2015 afhankelijk van een verdrag met het woonland, waarin ook afspraken over controle zijn gemaakt. De "
      "SVB laat in die landen via de verdragspartners en de attachés sociale zaken de woonsituatie van kinderen "
      "controleren en vraagt jaarlijks een bewijs van schoolgang op. In 2024 zijn op die manier bij ruim 400 gezinnen "
      "gegevens geverifieerd."),
    P("10. Rapportage over fouten en misbruik. " + EV4C + " De SVB en de Dienst Toeslagen rapporteren in hun "
      "jaarverslagen al over fouten en over de uitkomsten van hun controles, en de rechtmatigheid van de uitgaven "
      "wordt jaarlijks verantwoord in de jaarverslagen van SZW en Financiën. Een extra rapportage vraagt capaciteit "
      "die wij liever inzetten voor de uitvoering zelf.",
      answers=(Answer("4c", "disagree", EV4C),)),
    P("11. Eén regeling voor kinderen. De vraag of het stelsel van kindregelingen eenvoudiger kan, speelt al langer, "
      "ook in het licht van de bredere herziening van het toeslagenstelsel. " + EV2C + " Daarbij worden ook de "
      "gevolgen voor ouders, de uitvoerbaarheid bij de SVB en de budgettaire effecten in beeld gebracht.",
      answers=(Answer("2c", "agree", EV2C),)),
    P("12. Sturing en verantwoording. Als beleidsverantwoordelijke wil ik niet alleen weten hoeveel het kindgebonden "
      "budget kost, maar ook of het de gezinnen bereikt waarvoor het bedoeld is. " + EV6A + " De Dienst Toeslagen "
      "levert de gegevens daarvoor elk kwartaal aan.",
      answers=(Answer("6a", "agree", EV6A),)),
    H2("Tot slot"),
    P("Het rapport van de Rekenkamer maakt duidelijk dat een regeling die op papier eenvoudig is, voor ouders toch "
      "ingewikkeld kan uitpakken. Het kabinet neemt dat signaal serieus. Wij zullen uw Kamer over de voortgang van de "
      "maatregelen in deze brief informeren in de jaarlijkse voortgangsrapportage over de toeslagen, voor het eerst "
      "in het najaar van 2025."),
    P("De minister van Sociale Zaken en Werkgelegenheid,"),
    P("mr. C.A. van der Heijden-Brouwer"),
    P("mede namens de staatssecretaris van Financiën – Herstel en Toeslagen"),
)

RESPONSE = Document(
    title="Ministerie van Sociale Zaken en Werkgelegenheid",
    subtitle="Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n"
             "Datum: 3 juni 2025\n"
             "Betreft: Reactie op het rapport van de Algemene Rekenkamer ‘Kinderbijslag en kindgebonden budget: juist "
             "betaald?’",
    blocks=RESPONSE_BLOCKS,
    running_header="Reactie rapport Algemene Rekenkamer kindregelingen",
    footer="Pagina {page} van {pages}",
    font_family="serif",
    title_page=False,
)

PAIR = Pair(
    name="child_benefit_audit",
    report=REPORT,
    response=RESPONSE,
    description="Algemene Rekenkamer audit of child benefit and child budget (14 recommendations 1a-6a under bold "
                "'Conclusie N' paragraphs, plus a bestuurlijke reactie and nawoord inside the report) and the SZW "
                "minister's letter answering in its own numbered items 1-12 by subject; 4b only existing policy, "
                "5c never mentioned.",
)
