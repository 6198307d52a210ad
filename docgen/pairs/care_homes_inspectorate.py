"""Pair: an Inspectie Gezondheidszorg en Jeugd-style report on quality of care in nursing homes, and the answer.

Layout traits this pair tests: a sans report with a title page, a summary that names the themes and the addressees but
repeats no recommendation, unnumbered section headings inside numbered chapters, bulleted lists of research questions,
methods and findings that are not recommendations, two ruled tables of figures, and sixteen recommendations numbered
per chapter ("2.1" ... "5.4") at the end of chapters 2-5, each short list after a bold lead-in that names the
addressee (the minister of VWS, zorgaanbieders, zorgkantoren).  In chapter 3 the provider list is introduced by
"De inspectie verwacht van zorgaanbieders dat zij:" with items that continue that sentence.  Chapter 6 lists what the
inspectorate itself will do ("De inspectie zal:"), which is not a recommendation.

The response is a letter from the minister of VWS (no title page) with theme headings and a bold "Aanbeveling 2.1"
line before each answer.  It agrees without cue words (money and a date), agrees with "Ik ben het met de inspectie
eens dat ... en zal daarom", refuses politely ("voegt naar mijn oordeel weinig toe", "gaat mij te ver") and by
pointing to what already exists, adopts partly (one part yes and one no, money but no legal duty, a pilot in three
regions), explores without committing, answers 3.1 and 3.2 in one paragraph with opposite positions, answers 5.1
only by subject under a bold subject line, passes 5.2 on to ActiZ and Zorgthuisnl after describing the law without
a position, and leaves 4.2 unmentioned.  Several provider recommendations open with "Dit is aan de zorgaanbieders
zelf; ik vraag ActiZ ..." but then take different positions.  All prose is fictional and written for this test set.
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


def B(text: str) -> Paragraph:
    return Paragraph(text, bold=True)


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H("Samenvatting"),
    P("Bewoners van verpleeghuizen behoren tot de kwetsbaarste mensen in onze samenleving. De meesten hebben dementie "
      "of meerdere chronische aandoeningen tegelijk, en zij zijn voor bijna alles afhankelijk van de mensen die hen "
      "verzorgen. Goede zorg betekent voor hen dat er iemand is die hen kent, dat zij de juiste medicijnen op het "
      "juiste moment krijgen, dat hun vrijheid niet zonder goede reden wordt beperkt en dat er ook 's nachts snel "
      "hulp komt als het misgaat."),
    P("In 2024 en 2025 bezocht de Inspectie Gezondheidszorg en Jeugd (IGJ) 48 verpleeghuislocaties van 31 "
      "zorgaanbieders, verspreid over het hele land. Wij keken naar vijf onderwerpen die in eerdere toezichtbezoeken "
      "en in meldingen steeds terugkwamen: de samenstelling en deskundigheid van het personeel, de veiligheid van "
      "medicatie, het gebruik van onvrijwillige zorg, de zorg in de nacht en de manier waarop klachten van bewoners "
      "en naasten worden behandeld."),
    P("Het beeld is wisselend. Op de meeste locaties troffen wij betrokken medewerkers die hun bewoners goed kennen "
      "en zich tot het uiterste inspannen. Tegelijk neemt de druk op de teams zichtbaar toe. Op een op de drie "
      "bezochte afdelingen psychogeriatrie werkte tijdens ons bezoek ten minste één medewerker die de bewoners niet "
      "kende. Op 14 van de 48 locaties was de medicatieoverdracht na een ziekenhuisopname niet binnen twee dagen "
      "verwerkt. Minder zichtbare vormen van onvrijwillige zorg, zoals bewegingssensoren en afgesloten "
      "afdelingsdeuren, werden vaak niet als zodanig herkend en dus ook niet afgewogen. En op zes locaties was 's "
      "nachts niet geregeld dat een verpleegkundige binnen een redelijke tijd bij een bewoner kon zijn."),
    P("Bewoners en naasten die een klacht hebben, weten vaak niet bij wie zij terechtkunnen. Mondelinge klachten "
      "worden zelden vastgelegd, waardoor zorgaanbieders er niet van leren. Naasten vertelden ons dat zij soms "
      "aarzelen om een klacht in te dienen, uit angst dat hun vader of moeder er last van krijgt."),
    P("De inspectie doet in dit rapport zestien aanbevelingen. Zij richten zich tot de minister van Volksgezondheid, "
      "Welzijn en Sport (VWS), tot zorgaanbieders en tot zorgkantoren. U vindt ze aan het eind van de hoofdstukken 2 "
      "tot en met 5, genummerd per hoofdstuk. Wat de inspectie zelf met de uitkomsten van dit onderzoek doet, "
      "beschrijven wij in hoofdstuk 6."),
    PageBreak(),

    H("1 Inleiding"),
    H("Aanleiding", 2),
    P("Ruim 125.000 mensen wonen in een verpleeghuis. Hun gemiddelde leeftijd ligt boven de 84 jaar en ongeveer "
      "zeven op de tien van hen hebben dementie. De zorgvraag is de afgelopen tien jaar zwaarder geworden: mensen "
      "wonen langer thuis en verhuizen pas naar een verpleeghuis als het thuis echt niet meer gaat. De gemiddelde "
      "verblijfsduur is daardoor korter geworden, en een groter deel van de bewoners heeft complexe zorg nodig, "
      "zoals wondzorg, palliatieve zorg of begeleiding bij ernstig onbegrepen gedrag."),
    P("Tegelijk wordt het moeilijker om voldoende goed opgeleide medewerkers te vinden en vast te houden. Het "
      "ziekteverzuim in de verpleeghuiszorg behoort tot het hoogste van alle sectoren en veel zorgaanbieders "
      "vullen gaten in het rooster met uitzendkrachten en zelfstandigen zonder personeel (zzp'ers). De inspectie "
      "ontving in 2023 en 2024 samen 1.946 meldingen over verpleeghuiszorg, een stijging van 18 procent ten opzichte "
      "van de twee jaren daarvoor. Een groot deel van die meldingen ging over valincidenten, fouten met medicatie, "
      "gebrekkige communicatie met naasten en onvoldoende toezicht in de avond en de nacht."),
    P("Deze signalen waren voor de inspectie aanleiding om de kwaliteit van zorg in verpleeghuizen breder te "
      "onderzoeken dan in het reguliere toezicht, waarin wij meestal één locatie naar aanleiding van een melding "
      "bezoeken. Met dit onderzoek willen wij laten zien hoe het er op een doorsnee werkdag en in een doorsnee nacht "
      "aan toegaat, en waar de risico's voor bewoners het grootst zijn."),
    H("Onderzoeksvragen", 2),
    P("Wij zochten in dit onderzoek een antwoord op de volgende vragen:"),
    ItemList((
        ListItem("Is op de afdelingen voldoende deskundig personeel aanwezig, dat de bewoners en hun zorgplan kent?"),
        ListItem("Krijgen bewoners de juiste medicatie op het juiste moment, en leren zorgaanbieders van fouten?"),
        ListItem("Wordt onvrijwillige zorg zorgvuldig afgewogen, vastgelegd en geëvalueerd, zoals de Wet zorg en "
                 "dwang (Wzd) vraagt?"),
        ListItem("Is 's nachts tijdig deskundige hulp beschikbaar?"),
        ListItem("Kunnen bewoners en naasten met hun klachten terecht, en doen zorgaanbieders daar iets mee?"),
    ), style="•"),
    H("Werkwijze", 2),
    P("Wij selecteerden de locaties zo dat grote en kleine zorgaanbieders, stedelijke en landelijke gebieden en "
      "alle zorgkantoorregio's vertegenwoordigd waren.", footnotes=(
        "De selectie en de kenmerken van de bezochte locaties staan in bijlage 1. De namen van de zorgaanbieders "
        "en locaties worden in dit rapport niet genoemd; de inspectie heeft haar bevindingen per locatie in een "
        "afzonderlijke brief aan de betrokken zorgaanbieder gestuurd.",)),
    P("Het onderzoek bestond uit de volgende onderdelen:"),
    ItemList((
        ListItem("48 onaangekondigde bezoeken van een dag, waarvan 9 met een deel van de avond en de nacht;"),
        ListItem("gesprekken met 212 medewerkers, 61 bewoners en 97 naasten of vertegenwoordigers;"),
        ListItem("onderzoek van 384 zorgdossiers, met nadruk op medicatie en onvrijwillige zorg;"),
        ListItem("een vragenlijst aan de bestuurders van alle 31 zorgaanbieders, met een respons van 100 procent;"),
        ListItem("een analyse van de meldingen die de inspectie in 2023 en 2024 over verpleeghuiszorg ontving."),
    ), style="•"),
    P("Tijdens elk bezoek liepen twee inspecteurs een dienst mee op een afdeling psychogeriatrie of somatiek. Zij "
      "observeerden de zorg, keken mee bij de medicatieronde en spraken met de medewerkers die op dat moment "
      "dienst hadden, met de teamleider en met de specialist ouderengeneeskunde. Bij de nachtbezoeken waren de "
      "inspecteurs aanwezig vanaf de overdracht van de avond- naar de nachtdienst tot ongeveer twee uur 's nachts."),
    P("Wij toetsten aan de wet- en regelgeving, aan het Kwaliteitskader Verpleeghuiszorg en aan de landelijke "
      "richtlijnen en handreikingen die binnen de sector zijn afgesproken. Waar in dit rapport staat dat wij iets "
      "verwachten, gaat het om een norm uit een van deze bronnen. De bevindingen zijn voorgelegd aan de betrokken "
      "zorgaanbieders en aan de brancheorganisaties; hun reacties hebben wij waar nodig verwerkt."),
    H("Leeswijzer", 2),
    P("In de hoofdstukken 2 tot en met 5 beschrijven wij per onderwerp wat wij verwachtten, wat wij zagen en wat dat "
      "betekent voor bewoners. Elk hoofdstuk eindigt met de aanbevelingen die uit de bevindingen volgen. In "
      "hoofdstuk 6 staat hoe de inspectie haar toezicht op de verpleeghuiszorg de komende jaren inricht. Bijlage 1 "
      "bevat een overzicht van de bezochte locaties."),
    PageBreak(),

    H("2 Personeel en deskundigheid"),
    H("Wat wij verwachtten", 2),
    P("Het Kwaliteitskader Verpleeghuiszorg vraagt zorgaanbieders om de samenstelling van het personeel af te "
      "stemmen op de zorgvraag van de bewoners. Op een afdeling met bewoners met dementie betekent dat volgens het "
      "kader dat er overdag ten minste één medewerker in de huiskamer aanwezig is die toezicht houdt, en dat er "
      "voldoende medewerkers zijn met de deskundigheid om in te spelen op onbegrepen gedrag. Het kader schrijft "
      "geen vaste verhouding tussen medewerkers en bewoners voor; het laat aan de zorgaanbieder om te bepalen "
      "welke inzet nodig is en vraagt die keuze te verantwoorden in het kwaliteitsplan."),
    P("De inspectie verwacht daarnaast dat nieuwe en tijdelijke medewerkers worden ingewerkt voordat zij "
      "zelfstandig zorg verlenen, dat zij toegang hebben tot het zorgplan van de bewoners en dat zij weten bij wie "
      "zij terechtkunnen als zij twijfelen. Voor voorbehouden en risicovolle handelingen moeten zij aantoonbaar "
      "bekwaam zijn."),
    H("Wat wij zagen", 2),
    P("Op de meeste bezochte locaties was de bezetting tijdens ons bezoek volgens het rooster op orde. Achter dat "
      "beeld gaat echter een grote variatie schuil. Tabel 2.1 laat zien hoe sterk de samenstelling van het "
      "personeel tussen locaties verschilt."),
    P("Tabel 2.1 – Kenmerken van het personeel op de bezochte locaties (peildatum: dag van het bezoek)", bold=True),
    Table(
        header=("Kenmerk", "Gemiddeld", "Laagste locatie", "Hoogste locatie"),
        rows=(
            ("Aandeel diensten met ten minste één medewerker niveau 3 of hoger (%)", "88", "52", "100"),
            ("Aandeel gewerkte uren door uitzendkrachten en zzp'ers (%)", "14", "2", "38"),
            ("Ziekteverzuim over 2024 (%)", "8,7", "4,1", "13,9"),
            ("Openstaande vacatures per 100 fte", "6,2", "0", "17,0"),
            ("Medewerkers die in hun eerste jaar vertrokken (%)", "21", "6", "44"),
        ),
        widths=(3.2, 1.0, 1.0, 1.0),
    ),
    P("Op 16 van de 48 locaties werkte tijdens ons bezoek ten minste één medewerker op de afdeling die de bewoners "
      "niet kende. In de meeste gevallen ging het om een uitzendkracht of zzp'er die voor het eerst of voor de "
      "tweede keer op deze afdeling werkte. Op vijf locaties had deze medewerker geen toegang tot het elektronisch "
      "cliëntdossier, zodat hij niet kon lezen welke afspraken er met een bewoner waren gemaakt. Een medewerker "
      "vertelde ons: 'Ik hoor bij de overdracht wie er valgevaarlijk is en wie niet mag slikken, en dan moet ik "
      "het verder onthouden.'"),
    P("Het inwerken van nieuwe medewerkers schoot op een derde van de locaties tekort. Vaak was er wel een "
      "inwerkprogramma op papier, maar werd dat door onderbezetting niet gevolgd. Leerlingen en pas gediplomeerde "
      "medewerkers stonden dan na een of twee meeloopdiensten zelfstandig op de afdeling. Teamleiders gaven aan "
      "dat zij liever anders zouden willen, maar dat het rooster hun geen keuze liet."),
    P("Bestuurders wezen in de vragenlijst vooral op de krappe arbeidsmarkt. Bijna alle zorgaanbieders investeren "
      "in opleiden, maar zij zijn daarbij sterk afhankelijk van tijdelijke subsidies. Meer dan de helft van de "
      "bestuurders noemde de Stimuleringsregeling Opleiden in de Langdurige Zorg, die eind 2026 afloopt, "
      "onmisbaar voor het opleiden van zij-instromers en voor het bijscholen van helpenden tot verzorgende.",
      footnotes=("De regeling vergoedt een deel van de loonkosten en opleidingskosten van medewerkers die een "
                 "beroepsopleiding in de zorg volgen. Van de 31 bestuurders gaven er 17 aan dat zij zonder deze "
                 "regeling minder medewerkers zouden opleiden.",)),
    P("Uit de gesprekken en de dossiers blijkt dat de volgende risico's het vaakst voorkwamen:"),
    ItemList((
        ListItem("afspraken uit het zorgplan, zoals over eten en drinken of over valpreventie, werden niet "
                 "uitgevoerd doordat de medewerker ze niet kende;"),
        ListItem("signalen van pijn, onrust of achteruitgang werden laat opgemerkt, omdat niemand de bewoner "
                 "lang genoeg kende om een verandering te zien;"),
        ListItem("medewerkers voerden handelingen uit, zoals het geven van insuline, waarvoor hun bekwaamheid niet "
                 "was vastgesteld."),
    ), style="•"),
    H("Wat dit betekent voor bewoners", 2),
    P("Voor bewoners met dementie is een vertrouwd gezicht geen luxe. Wie niet meer kan vertellen wat hij nodig "
      "heeft, is aangewezen op medewerkers die zijn gewoonten en zijn gedrag kennen. Op een van de bezochte "
      "afdelingen zagen wij hoe een bewoonster steeds onrustiger werd tijdens de lunch. De uitzendkracht die haar "
      "hielp, wist niet dat zij alleen at als ze aan het raam zat; de vaste medewerker die dat wel wist, was die "
      "dag ziek. De bewoonster at niets. Het voorval is klein, maar het laat zien hoe kwetsbaar de zorg wordt "
      "wanneer kennis over de bewoner bij één of twee mensen ligt."),
    H("Conclusie", 2),
    P("Het personeel in verpleeghuizen zet zich in onder moeilijke omstandigheden. De inspectie ziet echter dat de "
      "continuïteit van zorg op een deel van de locaties onder druk staat, doordat te veel wisselende medewerkers "
      "zonder voldoende inwerktijd op afdelingen werken en doordat het opleiden van nieuwe medewerkers afhangt van "
      "tijdelijke middelen. De verschillen tussen locaties zijn groot en worden maar ten dele verklaard door de "
      "regio of de omvang van de zorgaanbieder."),
    H("Aanbevelingen", 2),
    B("De inspectie beveelt de minister van VWS aan:"),
    ItemList((
        ListItem("Stel samen met de branche- en beroepsorganisaties een landelijke minimumnorm vast voor de inzet "
                 "van medewerkers van niveau 3 en hoger op afdelingen psychogeriatrie, zowel overdag als 's nachts.",
                 recommendation=R("2.1", "VWS")),
        ListItem("Zorg dat de middelen voor het opleiden en bijscholen van medewerkers in de langdurige zorg ook na "
                 "afloop van de huidige regeling in 2026 beschikbaar blijven, met bijzondere aandacht voor "
                 "zij-instromers en voor helpenden die willen doorgroeien.",
                 recommendation=R("2.2", "VWS")),
    )),
    B("De inspectie beveelt zorgaanbieders aan:"),
    ItemList((
        ListItem("Zorg dat op iedere afdeling psychogeriatrie in elke dienst ten minste één vaste medewerker "
                 "aanwezig is die de bewoners en hun zorgplan kent, en beperk de inzet van uitzendkrachten en "
                 "zzp'ers op deze afdelingen tot wat voor de continuïteit van zorg onvermijdelijk is.",
                 recommendation=R("2.3", "OTHER")),
    )),
    B("De inspectie beveelt zorgkantoren aan:"),
    ItemList((
        ListItem("Sluit met zorgaanbieders meerjarige overeenkomsten, zodat zij kunnen investeren in vaste teams, "
                 "en neem in die overeenkomsten een bovengrens op voor het aandeel uren dat door uitzendkrachten "
                 "en zzp'ers wordt gewerkt.",
                 recommendation=R("2.4", "OTHER")),
    )),
    PageBreak(),

    H("3 Medicatieveiligheid"),
    H("Wat wij verwachtten", 2),
    P("Verpleeghuisbewoners gebruiken gemiddeld negen verschillende geneesmiddelen. Veel van die middelen, zoals "
      "bloedverdunners, insuline, opiaten en middelen tegen onrust, kunnen bij een verkeerde dosering ernstige "
      "schade veroorzaken. De landelijke afspraken over veilige medicatie in de langdurige zorg vragen dat de "
      "zorgaanbieder op elk moment weet welke medicatie een bewoner gebruikt, dat risicovolle medicatie dubbel "
      "wordt gecontroleerd en dat iedere toediening wordt afgetekend."),
    P("Bij een overgang tussen zorgverleners, bijvoorbeeld na een ziekenhuisopname, moet de actuele medicatie "
      "volgens de richtlijn over de overdracht van medicatiegegevens zo snel mogelijk worden overgedragen en "
      "verwerkt. De richtlijn Polyfarmacie bij ouderen vraagt om een periodieke medicatiebeoordeling bij "
      "bewoners met een verhoogd risico, door de arts en de apotheker samen, waarbij ook de verpleegkundige en "
      "zo mogelijk de bewoner of diens naaste worden betrokken."),
    H("Wat wij zagen", 2),
    P("De medicatieronde verliep op de meeste locaties ordelijk. Medewerkers gebruikten een digitaal "
      "toedienregistratiesysteem en tekenden de toedieningen af. Op elf locaties zagen wij echter dat risicovolle "
      "medicatie niet dubbel werd gecontroleerd, meestal omdat er op dat moment geen tweede bevoegde collega op de "
      "afdeling was. In de avond en de nacht kwam dat vaker voor dan overdag."),
    P("De grootste risico's zagen wij bij de overdracht. Op 14 van de 48 locaties was de medicatieoverdracht na "
      "een ziekenhuisopname niet binnen twee dagen in het eigen medicatiedossier verwerkt. In de tussentijd kreeg "
      "de bewoner soms nog de medicatie van vóór de opname, terwijl het ziekenhuis die had gewijzigd. In drie "
      "dossiers leidde dat tot een dubbele dosering van een bloedverdunner. Slechts 19 van de 48 locaties "
      "ontvingen de medicatiegegevens van het ziekenhuis digitaal; de andere locaties kregen een uitdraai mee met "
      "de bewoner of moesten de gegevens telefonisch opvragen.", footnotes=(
        "Bij de locaties die de gegevens digitaal ontvingen, was de overdracht in 44 van de 46 onderzochte "
        "dossiers binnen 24 uur verwerkt.",)),
    P("Bij 38 procent van de onderzochte bewoners was in het afgelopen jaar geen medicatiebeoordeling gedaan. Bij "
      "bewoners die vijf of meer middelen chronisch gebruikten, lag dat aandeel op 29 procent. Waar wel een "
      "beoordeling was gedaan, was die niet altijd gestructureerd: de verpleegkundige en de naasten waren er "
      "zelden bij betrokken, en afspraken over het afbouwen van middelen werden niet altijd nagekomen."),
    P("Medewerkers meldden medicatie-incidenten wel, maar de meldingen leidden op weinig locaties tot "
      "verbeteringen. De commissies die de meldingen moeten analyseren, kwamen op een derde van de locaties minder "
      "dan twee keer per jaar bij elkaar. Teams kregen zelden terug wat er met hun meldingen was gedaan. Een "
      "verzorgende zei: 'Je vult het formulier in en daarna hoor je er nooit meer iets over.'"),
    H("Wat dit betekent voor bewoners", 2),
    P("Fouten met medicatie zijn een van de meest voorkomende oorzaken van vermijdbare schade bij ouderen. Een "
      "bewoner met dementie kan vaak niet zelf aangeven dat hij een tablet al heeft gehad of dat hij zich na een "
      "nieuw middel duizelig voelt. Hij is volledig afhankelijk van de zorgvuldigheid van de medewerkers en van "
      "de informatie die hen bereikt. Juist bij de overgang van ziekenhuis naar verpleeghuis gaat die informatie "
      "nu te vaak verloren."),
    H("Conclusie", 2),
    P("De dagelijkse medicatieveiligheid is op de meeste locaties redelijk op orde, maar de inspectie ziet drie "
      "zwakke plekken: de overdracht na een ziekenhuisopname, het ontbreken van een periodieke medicatiebeoordeling "
      "bij een groot deel van de bewoners en het geringe leereffect van incidentmeldingen. De digitale uitwisseling "
      "van medicatiegegevens komt in de verpleeghuiszorg langzaam op gang, terwijl de locaties die al zijn "
      "aangesloten laten zien dat de overdracht dan veel sneller en betrouwbaarder verloopt."),
    H("Aanbevelingen", 2),
    B("De inspectie verwacht van zorgaanbieders dat zij:"),
    ItemList((
        ListItem("een medicatieoverdracht na opname, ontslag of overplaatsing binnen 24 uur verwerken in het eigen "
                 "medicatiedossier en laten controleren door een tweede bevoegde medewerker;",
                 recommendation=R("3.1", "OTHER")),
        ListItem("voor iedere bewoner ten minste eenmaal per jaar een gestructureerde medicatiebeoordeling laten "
                 "uitvoeren door de specialist ouderengeneeskunde, de apotheker en de verantwoordelijke "
                 "verpleegkundige samen;",
                 recommendation=R("3.2", "OTHER")),
        ListItem("medicatie-incidenten stelselmatig melden en analyseren, en de uitkomsten ten minste eenmaal per "
                 "kwartaal met het team en de apotheker bespreken.",
                 recommendation=R("3.3", "OTHER")),
    )),
    B("De inspectie beveelt de minister van VWS aan:"),
    ItemList((
        ListItem("Zorg dat alle verpleeghuizen uiterlijk in 2027 zijn aangesloten op de landelijke digitale "
                 "uitwisseling van medicatiegegevens, en maak die aansluiting zo nodig wettelijk verplicht.",
                 recommendation=R("3.4", "VWS")),
    )),
    PageBreak(),

    H("4 Onvrijwillige zorg"),
    H("Wat wij verwachtten", 2),
    P("Sinds 1 januari 2020 regelt de Wet zorg en dwang (Wzd) wanneer zorg tegen de wil van een bewoner met "
      "dementie mag worden gegeven. Het uitgangspunt is 'nee, tenzij': onvrijwillige zorg is alleen toegestaan "
      "als laatste middel om ernstig nadeel te voorkomen, als er geen minder ingrijpend alternatief is en als de "
      "zorg in verhouding staat tot het doel. De wet schrijft een stappenplan voor waarin de zorgverantwoordelijke, "
      "een deskundige van een andere discipline en bij langere toepassing ook een externe deskundige de "
      "onvrijwillige zorg afwegen en periodiek evalueren."),
    P("Onvrijwillige zorg is meer dan fixatie of opsluiting. Ook een bewegingssensor in de kamer, camerabewaking, "
      "een afgesloten afdelingsdeur of een middel tegen onrustig gedrag kan onvrijwillige zorg zijn, wanneer de "
      "bewoner of zijn vertegenwoordiger zich ertegen verzet of wanneer de maatregel de bewoner beperkt in zijn "
      "bewegingsvrijheid. Iedere zorgaanbieder moet een Wzd-functionaris hebben die toeziet op de toepassing van de "
      "wet, en bewoners en hun naasten moeten een beroep kunnen doen op een onafhankelijke "
      "cliëntenvertrouwenspersoon."),
    H("Wat wij zagen", 2),
    P("Zorgaanbieders hebben de afgelopen jaren veel gedaan om fixatie terug te dringen. Onrustbanden en "
      "vastgezette tafelbladen zagen wij op de bezochte locaties vrijwel niet meer. Medewerkers waren zich goed "
      "bewust van de ingrijpendheid van deze maatregelen en zochten actief naar alternatieven."),
    P("Minder zichtbare vormen van onvrijwillige zorg werden echter op veel locaties niet herkend. Op 29 van de "
      "48 locaties werden bewegingssensoren of akoestische bewaking ingezet zonder dat was nagegaan of de bewoner "
      "of zijn vertegenwoordiger daarmee instemde. Op 22 locaties was de deur van de afdeling standaard gesloten "
      "voor alle bewoners, ook voor bewoners die geen dwaalgedrag vertoonden. Bij 17 procent van de bewoners die "
      "een antipsychoticum gebruikten, was niet vastgelegd waarom dat middel was voorgeschreven en wanneer het zou "
      "worden geëvalueerd."),
    P("Waar het stappenplan wel werd gevolgd, kostte dat veel tijd. Zorgverantwoordelijken schatten dat zij "
      "gemiddeld drie tot vier uur per week kwijt zijn aan het vastleggen van afwegingen, evaluaties en "
      "registraties die de wet vraagt. Meerdere specialisten ouderengeneeskunde noemden de registratie 'een "
      "papieren werkelijkheid' die weinig zegt over de zorg zelf. Ook de halfjaarlijkse aanlevering van gegevens "
      "aan de inspectie wordt als zwaar ervaren. De inspectie stelt vast dat die gegevens in hun huidige vorm "
      "beperkt bruikbaar zijn: zij zijn moeilijk vergelijkbaar tussen aanbieders en geven weinig inzicht in de "
      "duur en de zwaarte van de maatregelen.", footnotes=(
        "In 2024 leverde 91 procent van de zorgaanbieders de halfjaarlijkse gegevens over onvrijwillige zorg tijdig "
        "aan. De gegevens worden niet openbaar gemaakt.",)),
    P("Naasten en vertegenwoordigers werden lang niet altijd bij de afweging betrokken. Van de 97 naasten die wij "
      "spraken, wist minder dan een derde dat zij een cliëntenvertrouwenspersoon konden inschakelen. Meerdere "
      "naasten hoorden pas bij toeval dat er een sensor in de kamer van hun vader of moeder hing."),
    H("Conclusie", 2),
    P("De sector heeft belangrijke stappen gezet in het terugdringen van fixatie. De inspectie ziet wel dat het "
      "begrip onvrijwillige zorg in de praktijk te smal wordt opgevat, dat naasten onvoldoende worden betrokken en "
      "dat de administratieve last van de wet zo groot is dat zij het doel ervan soms in de weg zit. Ook is er "
      "weinig openbaar inzicht in hoe vaak en hoe lang zorgaanbieders onvrijwillige zorg toepassen."),
    H("Aanbevelingen", 2),
    B("De inspectie beveelt zorgaanbieders aan:"),
    ItemList((
        ListItem("Zorg dat ook minder zichtbare vormen van onvrijwillige zorg, zoals bewegingssensoren, "
                 "camerabewaking, een afgesloten afdelingsdeur en psychofarmaca tegen onrustig gedrag, volgens het "
                 "stappenplan van de Wzd worden afgewogen, vastgelegd en periodiek geëvalueerd.",
                 recommendation=R("4.1", "OTHER")),
        ListItem("Betrek de vertegenwoordiger of naaste van de bewoner bij iedere evaluatie van onvrijwillige zorg "
                 "en wijs hem of haar actief op de mogelijkheid om de cliëntenvertrouwenspersoon in te schakelen.",
                 recommendation=R("4.2", "OTHER")),
    )),
    B("De inspectie beveelt de minister van VWS aan:"),
    ItemList((
        ListItem("Vereenvoudig de registratie- en rapportageverplichtingen van de Wzd, zodat zorgverleners minder "
                 "tijd kwijt zijn aan administratie, zonder dat het zicht op de toepassing van onvrijwillige zorg "
                 "verloren gaat.",
                 recommendation=R("4.3", "VWS")),
        ListItem("Maak de gegevens over de toepassing van onvrijwillige zorg per zorgaanbieder openbaar, zodat "
                 "bewoners, naasten en zorgkantoren zorgaanbieders met elkaar kunnen vergelijken.",
                 recommendation=R("4.4", "VWS")),
    )),
    PageBreak(),

    H("5 Zorg in de nacht en klachten"),
    H("Wat wij verwachtten", 2),
    P("Ook 's nachts moeten bewoners kunnen rekenen op tijdige en deskundige hulp. Het Kwaliteitskader "
      "Verpleeghuiszorg vraagt dat zorgaanbieders vastleggen hoe zij in de nacht toezicht houden en hoe snel een "
      "medewerker bij een bewoner is wanneer die hulp nodig heeft. Voor situaties waarin een verpleegkundige "
      "handeling of een verpleegkundige beoordeling nodig is, zoals na een val, bij benauwdheid of bij een "
      "stervende bewoner, moet een verpleegkundige beschikbaar zijn. Het kader noemt daarvoor geen termijn."),
    P("De Wet kwaliteit, klachten en geschillen zorg (Wkkgz) verplicht iedere zorgaanbieder om een "
      "klachtenfunctionaris kosteloos beschikbaar te stellen, een klachtenregeling te hebben en aangesloten te zijn "
      "bij een erkende geschilleninstantie. De inspectie verwacht daarnaast dat zorgaanbieders klachten gebruiken "
      "om de zorg te verbeteren."),
    H("Wat wij zagen in de nacht", 2),
    P("Op de negen locaties die wij 's nachts bezochten, waren per afdeling gemiddeld één of twee medewerkers "
      "aanwezig voor 24 tot 32 bewoners. Zij werden ondersteund door technologie: bewegingssensoren, "
      "akoestische bewaking en een alarmsysteem op de telefoon. Waar die technologie goed was ingesteld, konden "
      "medewerkers gericht naar bewoners gaan die hulp nodig hadden. Op drie locaties gaf het systeem echter zoveel "
      "meldingen dat medewerkers een deel ervan negeerden."),
    P("Uit de roosters en gesprekken op alle 48 locaties blijkt dat op zes locaties 's nachts geen verpleegkundige "
      "binnen dertig minuten beschikbaar was. De dichtstbijzijnde verpleegkundige had daar meerdere locaties of "
      "ook thuiszorgcliënten onder haar hoede. In een van de dossiers lazen wij dat een bewoner na een val ruim "
      "vijftig minuten op de grond had gelegen voordat een verpleegkundige kon beoordelen of zij mocht worden "
      "opgetild. De nachtmedewerkers durfden dat zelf niet te doen, en terecht."),
    P("Zorgaanbieders gaven aan dat zij de nachtbezetting graag zouden verbeteren, maar dat de tarieven en de "
      "afspraken met het zorgkantoor daarvoor weinig ruimte bieden. Slechts vier van de 31 zorgaanbieders hadden "
      "met hun zorgkantoor afspraken gemaakt over de inzet in de nacht of over zorgtechnologie."),
    H("Wat wij zagen bij klachten", 2),
    P("Alle zorgaanbieders hadden een klachtenregeling en een klachtenfunctionaris, zoals de wet vraagt. In de "
      "praktijk waren die voor bewoners en naasten vaak onzichtbaar. Twee derde van de naasten die wij spraken, wist "
      "niet wie de klachtenfunctionaris was. Mondelinge klachten, die volgens de medewerkers het grootste deel van "
      "alle klachten vormen, werden op geen van de locaties stelselmatig vastgelegd. Slechts twee zorgaanbieders "
      "analyseerden hun klachten op patronen en bespraken die met de cliëntenraad."),
    P("Naasten vertelden ons dat zij soms aarzelen om te klagen. Zij zijn bang dat hun familielid er de gevolgen "
      "van ondervindt, of zij willen de medewerkers, die al zo hard werken, niet nog meer belasten. Wie er met de "
      "zorgaanbieder niet uitkwam, wist meestal niet dat de geschilleninstantie een bindende uitspraak kan doen."),
    H("Conclusie", 2),
    P("De inzet van technologie maakt de nachtzorg veiliger, maar vervangt niet de verpleegkundige die snel ter "
      "plaatse moet kunnen zijn. Op een deel van de locaties is die beschikbaarheid onvoldoende geregeld. Bij "
      "klachten voldoen zorgaanbieders aan de formele eisen, maar de klachtbehandeling is voor bewoners en naasten "
      "niet laagdrempelig genoeg en draagt nog weinig bij aan het verbeteren van de zorg."),
    H("Aanbevelingen", 2),
    B("De inspectie beveelt zorgaanbieders aan:"),
    ItemList((
        ListItem("Zorg dat op iedere locatie 's nachts binnen vijftien minuten een verpleegkundige van ten minste "
                 "niveau 4 bij een bewoner kan zijn, en leg vast hoe dat is geregeld.",
                 recommendation=R("5.1", "OTHER")),
        ListItem("Maak het indienen van een klacht laagdrempelig: registreer ook mondelinge klachten, maak de "
                 "klachtenfunctionaris bekend bij bewoners en naasten en bespreek de klachten ten minste eenmaal "
                 "per jaar met de cliëntenraad.",
                 recommendation=R("5.2", "OTHER")),
    )),
    B("De inspectie beveelt zorgkantoren aan:"),
    ItemList((
        ListItem("Maak in de zorginkoop afspraken met zorgaanbieders over de minimale bezetting in de nacht en over "
                 "de inzet van zorgtechnologie, zoals akoestische bewaking en slimme sensoren, die de nachtzorg "
                 "ondersteunt.",
                 recommendation=R("5.3", "OTHER")),
    )),
    B("De inspectie beveelt de minister van VWS aan:"),
    ItemList((
        ListItem("Richt een landelijk, onafhankelijk klachtenloket voor de langdurige zorg in, waar bewoners en "
                 "naasten terechtkunnen als zij er met de zorgaanbieder niet uitkomen.",
                 recommendation=R("5.4", "VWS")),
    )),
    PageBreak(),

    H("6 Hoe verder"),
    P("De inspectie heeft haar bevindingen per locatie met de betrokken zorgaanbieders besproken. Op veertien "
      "locaties zagen wij tekortkomingen die direct verbetering vragen; deze zorgaanbieders hebben een "
      "verbeterplan bij de inspectie ingediend. Op twee locaties heeft de inspectie een aanwijzing gegeven."),
    P("De inspectie zal:"),
    ItemList((
        ListItem("in 2026 de veertien locaties met ernstige tekortkomingen opnieuw onaangekondigd bezoeken;"),
        ListItem("bij haar reguliere bezoeken aan verpleeghuizen voortaan ook nagaan hoe de beschikbaarheid van een "
                 "verpleegkundige in de nacht is geregeld;"),
        ListItem("in haar toezicht op de Wzd meer aandacht geven aan minder zichtbare vormen van onvrijwillige zorg;"),
        ListItem("in 2027 opnieuw een landelijk beeld geven van de kwaliteit van zorg in verpleeghuizen."),
    ), style="•"),
    P("De inspectie realiseert zich dat de verpleeghuiszorg voor een grote opgave staat. Het aantal ouderen met "
      "dementie zal de komende twintig jaar naar verwachting bijna verdubbelen, terwijl het aantal mensen dat in de "
      "zorg kan werken nauwelijks groeit. Dat vraagt keuzes van zorgaanbieders, zorgkantoren en de overheid. De "
      "aanbevelingen in dit rapport zijn bedoeld om die keuzes zo te maken dat de veiligheid en de kwaliteit van "
      "leven van bewoners voorop blijven staan."),
    P("De inspectie dankt de bewoners, naasten, medewerkers en bestuurders die aan dit onderzoek hebben "
      "meegewerkt voor hun openheid en hun tijd."),
    PageBreak(),

    H("Bijlage 1 – Bezochte locaties"),
    P("De inspectie bezocht 48 locaties van 31 zorgaanbieders. Tabel B.1 geeft de verdeling naar regio en omvang. "
      "Onder 'klein' verstaan wij locaties met minder dan 60 bewoners, onder 'groot' locaties met 120 bewoners of "
      "meer."),
    P("Tabel B.1 – Bezochte locaties naar landsdeel en omvang", bold=True),
    Table(
        header=("Landsdeel", "Klein", "Middelgroot", "Groot", "Totaal", "Waarvan nachtbezoek"),
        rows=(
            ("Noord", "3", "4", "2", "9", "2"),
            ("Oost", "4", "5", "3", "12", "2"),
            ("West", "3", "6", "5", "14", "3"),
            ("Zuid", "4", "6", "3", "13", "2"),
            ("Totaal", "14", "21", "13", "48", "9"),
        ),
        widths=(1.4, 1.0, 1.5, 1.0, 1.0, 1.9),
    ),
    P("Van de 48 locaties hadden er 31 uitsluitend afdelingen psychogeriatrie, 4 uitsluitend afdelingen somatiek "
      "en 13 beide. Op 11 locaties woonden ook bewoners met een indicatie voor geriatrische revalidatiezorg of "
      "kortdurend verblijf; deze bewoners vielen buiten het dossieronderzoek."),
)

REPORT = Document(
    title="Zorg die past, ook in de nacht",
    subtitle="Onderzoek naar de kwaliteit van zorg in verpleeghuizen, 2024-2025",
    blocks=REPORT_BLOCKS,
    running_header="IGJ | Kwaliteit van zorg in verpleeghuizen",
    footer="{page}",
    font_family="sans",
    imprint=("Inspectie Gezondheidszorg en Jeugd", "Ministerie van Volksgezondheid, Welzijn en Sport",
             "Utrecht, september 2025"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV_2_1 = "Ik begrijp de wens van de inspectie om een ondergrens te stellen, maar een landelijke minimumnorm voegt " \
         "naar mijn oordeel weinig toe."
EV_2_2 = "Ik verleng de regeling daarom tot en met 2029 en trek daarvoor € 45 miljoen per jaar uit, gedekt uit de " \
         "middelen voor het arbeidsmarktbeleid in de zorg."
EV_2_3 = "Ik onderschrijf de aanbeveling van harte."
EV_2_4 = "Ik steun daarmee het eerste deel van de aanbeveling, maar niet het tweede."
EV_3_1 = "Een termijn van 24 uur voor het verwerken en controleren van de overdracht vind ik daarom terecht, en ik " \
         "vraag ActiZ en Zorgthuisnl die termijn als norm aan hun leden mee te geven."
EV_3_2 = "Een jaarlijkse medicatiebeoordeling voor iedere bewoner gaat mij echter te ver."
EV_3_3 = "Ik deel de conclusie van de inspectie dat verpleeghuizen wel medicatie-incidenten melden maar er te weinig " \
         "van leren, en ik steun deze aanbeveling."
EV_3_4 = "Voor de aansluiting zelf stel ik in 2026 en 2027 in totaal € 18 miljoen beschikbaar, maar een wettelijke " \
         "verplichting tot aansluiting voer ik voorlopig niet in."
EV_4_1 = "Ik neem de aanbeveling over en vraag ActiZ en Zorgthuisnl haar actief onder hun leden te verspreiden."
EV_4_3 = "Ik ben het met de inspectie eens dat registratie geen doel op zich mag zijn, en zal daarom in het " \
         "voorjaar van 2026 een wetsvoorstel in consultatie geven dat de halfjaarlijkse aanlevering aan de " \
         "inspectie vervangt door een eenvoudiger jaarlijkse aanlevering en het aantal verplichte " \
         "registratiemomenten in het stappenplan terugbrengt."
EV_4_4 = "Ik laat daarom eerst onderzoeken of en in welke vorm de gegevens per zorgaanbieder openbaar kunnen worden " \
         "gemaakt; op basis van dat onderzoek besluit ik eind 2026 of ik deze stap zet."
EV_5_1 = "Op mijn verzoek hebben de partijen achter het Kwaliteitskader Verpleeghuiszorg afgesproken dat vanaf " \
         "1 juli 2026 op iedere locatie 's nachts binnen vijftien minuten een verpleegkundige van ten minste " \
         "niveau 4 bij een bewoner moet kunnen zijn, en dat zorgaanbieders in hun kwaliteitsplan vastleggen hoe zij " \
         "dat regelen."
EV_5_3 = "Ik heb met Zorgverzekeraars Nederland afgesproken dat de zorgkantoren in drie regio's, Twente, " \
         "Zuid-Limburg en Zeeland, vanaf de inkoop voor 2027 bij wijze van proef afspraken maken over de minimale " \
         "bezetting in de nacht en de inzet van zorgtechnologie; over een landelijke invoering besluiten wij na de " \
         "evaluatie van die proef in 2028."
EV_5_4 = "Ik zie daarom geen aanleiding om zo'n loket in te richten."

RESPONSE_BLOCKS = (
    P("Geachte voorzitter,"),
    P("Hierbij bied ik u het rapport 'Zorg die past, ook in de nacht' van de Inspectie Gezondheidszorg en Jeugd "
      "(IGJ) aan. De inspectie bezocht in 2024 en 2025 48 locaties van verpleeghuizen en onderzocht de kwaliteit van zorg "
      "op vijf onderwerpen: personeel, medicatieveiligheid, onvrijwillige zorg, zorg in de nacht en klachten. In "
      "deze brief geef ik mijn reactie op het rapport en op de zestien aanbevelingen die de inspectie doet."),
    P("Ik dank de inspectie voor dit zorgvuldige en indringende rapport. Het laat zien dat in verpleeghuizen elke "
      "dag met grote toewijding wordt gewerkt, en tegelijk dat die toewijding niet altijd genoeg is om de zorg "
      "veilig en persoonlijk te houden. Ik wil ook de medewerkers, bewoners en naasten bedanken die de inspecteurs "
      "hebben ontvangen en hun ervaringen hebben gedeeld."),
    P("De bevindingen staan niet op zichzelf. Het aantal ouderen met een zware zorgvraag groeit, en het aantal "
      "mensen dat in de zorg wil en kan werken groeit niet mee. In de Werkagenda Langdurige Zorg, die ik uw Kamer "
      "in het voorjaar heb gestuurd, heb ik beschreven hoe het kabinet de zorg voor ouderen toekomstbestendig wil "
      "maken. Dat betekent niet dat er niets gebeurt; op veel plaatsen werken zorgaanbieders al aan vaste teams, "
      "slimme inzet van technologie en minder administratie. Het rapport van de inspectie helpt om scherper te zien "
      "waar de risico's voor bewoners het grootst zijn."),
    P("Een deel van de aanbevelingen is gericht aan zorgaanbieders en zorgkantoren. Zij zijn in de eerste plaats "
      "zelf verantwoordelijk voor de kwaliteit van de zorg die zij leveren en inkopen. Ik heb het rapport met de "
      "brancheorganisaties ActiZ en Zorgthuisnl en met Zorgverzekeraars Nederland besproken. Waar ik over deze "
      "aanbevelingen zelf een opvatting heb of zelf een rol heb, geef ik die hieronder. Ik volg bij mijn reactie in grote "
      "lijnen de volgorde van het rapport."),

    H("Personeel en deskundigheid", 2),
    P("De inspectie constateert dat de continuïteit van zorg op een deel van de locaties onder druk staat, doordat "
      "wisselende medewerkers zonder voldoende inwerktijd op de afdelingen werken. Ik herken dat beeld. Het aandeel "
      "gewerkte uren door uitzendkrachten en zzp'ers in de verpleeghuiszorg is sinds 2019 ruim verdubbeld, en het "
      "verloop onder nieuwe medewerkers is hoog."),
    B("Aanbeveling 2.1"),
    P("De inspectie beveelt aan om samen met de branche- en beroepsorganisaties een landelijke minimumnorm vast te "
      "stellen voor de inzet van medewerkers van niveau 3 en hoger op afdelingen psychogeriatrie. " + EV_2_1 + " Het "
      "Kwaliteitskader Verpleeghuiszorg vraagt zorgaanbieders al om de personele samenstelling af te stemmen op de "
      "zorgvraag van de bewoners, en die zorgvraag verschilt sterk per afdeling. Een vaste ondergrens zou in de "
      "huidige arbeidsmarkt bovendien tot opnamestops kunnen leiden, zonder dat de bewoners die al in het "
      "verpleeghuis wonen daar beter van worden. Ik blijf de personele inzet wel volgen via de kwaliteitsverslagen "
      "die zorgaanbieders jaarlijks openbaar maken.",
      answers=(Answer("2.1", "disagree", EV_2_1),)),
    B("Aanbeveling 2.2"),
    P("De Stimuleringsregeling Opleiden in de Langdurige Zorg loopt af op 31 december 2026. Uit de tussentijdse "
      "evaluatie blijkt dat de regeling vooral zij-instromers en helpenden helpt om een beroepsopleiding te volgen. "
      + EV_2_2 + " Vanaf 2027 reserveer ik een derde van het budget voor zij-instromers en voor helpenden die de "
      "opleiding tot verzorgende IG volgen. Verlengen betekent niet dat de regeling ongewijzigd blijft: op basis van "
      "de evaluatie vereenvoudig ik de aanvraagprocedure, zodat ook kleinere zorgaanbieders er gebruik van kunnen "
      "maken.",
      answers=(Answer("2.2", "agree", EV_2_2),)),
    B("Aanbeveling 2.3"),
    P("Dit is aan de zorgaanbieders zelf; ik vraag ActiZ en Zorgthuisnl om deze aanbeveling met hun leden te "
      "bespreken en de uitkomst op te nemen in de sectorafspraken over de inzet van flexibele arbeid. " + EV_2_3 +
      " Bewoners met dementie hebben baat bij vertrouwde gezichten, en de voorbeelden in het rapport laten zien hoe "
      "het misgaat wanneer niemand op de afdeling de bewoners kent. Zorgaanbieders die het aandeel flexibele "
      "krachten willen terugdringen, kunnen ook in 2026 en 2027 een beroep doen op het ondersteuningsprogramma "
      "Vaste teams in de ouderenzorg.",
      answers=(Answer("2.3", "agree", EV_2_3),)),
    B("Aanbeveling 2.4"),
    P("Binnen de Wet langdurige zorg kopen de zorgkantoren de zorg in en gaan zij zelf over de inhoud van hun "
      "overeenkomsten met zorgaanbieders. Ik stel wel de kaders vast waarbinnen zij dat doen. Meerjarige "
      "overeenkomsten zijn nu al mogelijk, maar in 2024 had slechts een kwart van de verpleeghuisaanbieders een "
      "overeenkomst met een looptijd van meer dan een jaar."),
    P("Ik ben het met de inspectie eens dat meerjarige zekerheid zorgaanbieders helpt om in vaste teams te "
      "investeren. Ik heb met Zorgverzekeraars Nederland afgesproken dat de zorgkantoren vanaf de inkoop voor 2027 "
      "iedere verpleeghuisaanbieder met een voldoende kwaliteitsbeeld een overeenkomst van ten minste drie jaar "
      "aanbieden. Een bovengrens voor de inzet van uitzendkrachten en zzp'ers in de overeenkomsten acht ik niet "
      "verstandig: zorgaanbieders in krappe regio's zouden dan zorg moeten weigeren die zij nu nog met inhuur "
      "kunnen leveren. " + EV_2_4,
      answers=(Answer("2.4", "partial", EV_2_4),)),

    H("Medicatieveiligheid", 2),
    P("De inspectie ziet dat de dagelijkse medicatieveiligheid op de meeste locaties redelijk op orde is, maar "
      "wijst op drie zwakke plekken: de overdracht na een ziekenhuisopname, de medicatiebeoordeling en het leren "
      "van incidenten. De inspectie richt drie van de vier aanbevelingen op dit terrein tot de zorgaanbieders."),
    B("Aanbevelingen 3.1 en 3.2"),
    P("Dit is in de eerste plaats aan de zorgaanbieders zelf. Ik deel de zorg van de inspectie over de "
      "medicatieoverdracht: een bewoner die na een ziekenhuisopname dagenlang de medicatie van vóór de opname "
      "krijgt, loopt een onnodig en vermijdbaar risico. " + EV_3_1 + " " + EV_3_2 + " De richtlijn Polyfarmacie bij "
      "ouderen schrijft een medicatiebeoordeling voor bij bewoners met een verhoogd risico, zoals bewoners die vijf "
      "of meer middelen chronisch gebruiken. Een beoordeling ook voor bewoners zonder dat risico legt beslag op de "
      "schaarse tijd van specialisten ouderengeneeskunde en apothekers, zonder dat het de veiligheid vergroot. Ik "
      "zie dan ook geen reden om zorgaanbieders te vragen verder te gaan dan de richtlijn; wel moeten zij de "
      "richtlijn zelf beter naleven dan de inspectie nu aantrof.",
      answers=(Answer("3.1", "agree", EV_3_1), Answer("3.2", "disagree", EV_3_2))),
    B("Aanbeveling 3.3"),
    P(EV_3_3 + " Het melden en analyseren van incidenten is een taak van de zorgaanbieders zelf. Om hen daarbij te "
      "helpen, financier ik vanaf 2026 voor drie jaar het leernetwerk Veilige medicatie in de ouderenzorg, waarin "
      "teams samen met hun apotheker leren om incidenten te analyseren en verbeteringen door te voeren. Ook vraag "
      "ik ActiZ en Zorgthuisnl om goede voorbeelden van locaties die incidenten wel stelselmatig bespreken onder "
      "hun leden te verspreiden.",
      answers=(Answer("3.3", "agree", EV_3_3),)),
    B("Aanbeveling 3.4"),
    P("De Wet elektronische gegevensuitwisseling in de zorg (Wegiz) wijst de overdracht van medicatiegegevens aan "
      "als een uitwisseling die elektronisch moet verlopen. De aansluiting van verpleeghuizen op de landelijke digitale "
      "uitwisseling blijft echter achter, zoals ook de inspectie constateert. Voor veel zorgaanbieders, zeker de "
      "kleinere, is die aansluiting een forse investering. " + EV_3_4 + " Ik wil eerst zien hoeveel verpleeghuizen "
      "met deze steun aansluiten; op basis daarvan beoordeel ik na 2027 of een verplichting alsnog nodig is.",
      answers=(Answer("3.4", "partial", EV_3_4),)),

    H("Onvrijwillige zorg", 2),
    P("De Wet zorg en dwang gaat uit van het principe 'nee, tenzij'. Onvrijwillige zorg is alleen toegestaan als "
      "laatste middel, als er geen minder ingrijpend alternatief is en als de zorg in verhouding staat tot het doel. "
      "Het is goed om te lezen dat fixatie in de bezochte verpleeghuizen vrijwel niet meer voorkomt. Dat is een "
      "verdienste van de medewerkers en de zorgaanbieders, die de afgelopen jaren hard hebben gewerkt aan "
      "alternatieven."),
    B("Aanbeveling 4.1"),
    P("Dit is aan de zorgaanbieders zelf, en de wet laat hierover geen twijfel bestaan: ook een bewegingssensor, "
      "camerabewaking of een afgesloten deur is onvrijwillige zorg wanneer de bewoner of zijn vertegenwoordiger "
      "zich ertegen verzet. Dat de inspectie op zoveel locaties zag dat deze vormen niet als onvrijwillige zorg "
      "werden herkend, vind ik zorgelijk. " + EV_4_1 + " Daarnaast pas ik de Handreiking Wzd voor de "
      "verpleeghuiszorg voor 1 juli 2026 aan, zodat daarin met voorbeelden staat beschreven wanneer technologie of "
      "een gesloten deur onder het stappenplan valt.",
      answers=(Answer("4.1", "agree", EV_4_1),)),
    B("Aanbeveling 4.3"),
    P("Zorgverleners melden al langer dat de Wzd veel administratie met zich meebrengt, en de tweede evaluatie van "
      "de wet bevestigde dat beeld. " + EV_4_3 + " Minder administratie betekent niet minder zicht: de inspectie "
      "krijgt de gegevens die zij voor haar toezicht nodig heeft, maar in een vorm die zorgverleners minder tijd "
      "kost en die voor de inspectie beter bruikbaar is. Ik betrek de inspectie, de beroepsverenigingen en de "
      "cliëntenorganisaties bij de uitwerking.",
      answers=(Answer("4.3", "agree", EV_4_3),)),
    B("Aanbeveling 4.4"),
    P("Openbaarheid kan bewoners en naasten helpen bij het kiezen van een verpleeghuis, en kan zorgaanbieders "
      "prikkelen om onvrijwillige zorg verder terug te dringen. Tegelijk zijn de cijfers niet zonder meer "
      "vergelijkbaar. Een zorgaanbieder met veel bewoners met ernstig onbegrepen gedrag past vaker onvrijwillige "
      "zorg toe, zonder dat dit op slechte zorg wijst, en bij kleine locaties kunnen bewoners herkenbaar worden. "
      + EV_4_4,
      answers=(Answer("4.4", "partial", EV_4_4),)),

    H("Zorg in de nacht en klachten", 2),
    P("Technologie maakt de zorg in de nacht veiliger en ontlast medewerkers, mits zij goed is ingesteld en "
      "medewerkers er goed mee hebben leren werken. Het rapport laat echter ook zien dat technologie de "
      "verpleegkundige die snel ter plaatse moet zijn niet kan vervangen."),
    B("Een verpleegkundige in de nacht"),
    P("De inspectie trof zes locaties aan waar 's nachts niet was geregeld dat een verpleegkundige binnen "
      "redelijke tijd bij een bewoner kon zijn. Dat vind ik niet aanvaardbaar. Een bewoner die valt of benauwd "
      "wordt, moet erop kunnen rekenen dat er snel deskundige hulp komt. " + EV_5_1 + " De inspectie neemt deze "
      "norm vanaf dat moment mee in haar toezicht.",
      answers=(Answer("5.1", "agree", EV_5_1),)),
    B("Aanbeveling 5.3"),
    P("Slechts een klein deel van de zorgaanbieders heeft met het zorgkantoor afspraken gemaakt over de nachtzorg "
      "of over zorgtechnologie. Voordat dergelijke afspraken overal worden gemaakt, wil ik weten welke vorm in de "
      "praktijk werkt en wat die kost. " + EV_5_3,
      answers=(Answer("5.3", "partial", EV_5_3),)),
    B("Aanbeveling 5.2"),
    P("Op grond van de Wet kwaliteit, klachten en geschillen zorg moet iedere zorgaanbieder een "
      "klachtenfunctionaris kosteloos beschikbaar stellen, een klachtenregeling hebben en zijn aangesloten bij een "
      "erkende geschilleninstantie. De inspectie houdt toezicht op de naleving van deze verplichtingen. Hoe een "
      "zorgaanbieder de klachtbehandeling verder inricht, is aan de zorgaanbieders zelf; ik vraag ActiZ en "
      "Zorgthuisnl om de inspectie rechtstreeks te laten weten hoe hun leden met deze aanbeveling omgaan."),
    B("Aanbeveling 5.4"),
    P("Ik begrijp de wens van de inspectie om bewoners en naasten een plek te bieden waar zij terechtkunnen als zij "
      "er met hun zorgaanbieder niet uitkomen. Die plekken bestaan echter al. Iedere zorgaanbieder is aangesloten "
      "bij een onafhankelijke geschilleninstantie die een bindende uitspraak kan doen, het Landelijk Meldpunt Zorg "
      "helpt mensen op weg met hun klacht, en in elke regio kunnen bewoners en naasten kosteloos gebruikmaken van "
      "onafhankelijke cliëntondersteuning. Een apart landelijk klachtenloket voor de langdurige zorg zou daar een "
      "loket naast zetten en het voor mensen eerder onduidelijker dan eenvoudiger maken. " + EV_5_4,
      answers=(Answer("5.4", "disagree", EV_5_4),)),

    H("Tot slot", 2),
    P("De inspectie laat zien dat goede verpleeghuiszorg staat of valt met mensen die de bewoners kennen, die de "
      "tijd hebben om op te letten en die weten wat zij moeten doen als het misgaat. De maatregelen in deze brief "
      "zijn erop gericht om hen daarin te steunen. Ik zal uw Kamer in het najaar van 2026, in de voortgangsbrief "
      "over de Werkagenda Langdurige Zorg, informeren over de uitvoering van de toezeggingen in deze brief."),
    P("Hoogachtend,"),
    P("de minister van Volksgezondheid, Welzijn en Sport,"),
    P("drs. H.C. Verbruggen-Altena"),
)

RESPONSE = Document(
    title="Reactie op het IGJ-rapport over de kwaliteit van zorg in verpleeghuizen",
    subtitle="Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n"
             "Datum 7 november 2025\nKenmerk 4187325-1087654-LZ",
    blocks=RESPONSE_BLOCKS,
    running_header="Kenmerk 4187325-1087654-LZ",
    footer="Pagina {page} van {pages}",
    title_page=False,
    font_family="sans",
)

PAIR = Pair(
    name="care_homes_inspectorate",
    report=REPORT,
    response=RESPONSE,
    description="IGJ-style report on quality of care in nursing homes (16 recs '2.1'-'5.4' to VWS, providers and "
                "zorgkantoren) and the VWS minister's letter with bold 'Aanbeveling N' lines.",
)
