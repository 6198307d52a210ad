"""Pair: a fictional Inspectie Zorg en Jeugd report on emergency departments (SEH) and ambulance care in the rural
acute-care region Noorderveen, and the answer of the minister of VWS.

Layout traits this pair tests: a sans report with a title page, running header and footnotes; two data tables
(opening hours per hospital, response times per year) that hold no recommendations; bulleted method lists; and a
chapter "4 Conclusies en aanbevelingen" that opens with a numbered list "Wat de inspectie zag" of five findings
(labels 1.-5., not recommendations) followed by the recommendations as a grid TABLE "Partij | Aanbeveling": the
party cell is printed only on the first row of each party and left empty below it (as merged cells), and every
Aanbeveling cell starts with its number ("3. Zorg voor ...").  docgen can annotate recommendations on list items
only, so the fifteen recommendations are annotated on their first printing: the "Samenvatting", where they stand
word for word as BULLETED lists (no numbers) under bold lead-ins per party; the gold number is the table's number.
The gold page is therefore the summary page; the table is an unannotated repeat.

The response is a serif letter (no title page) of the minister of VWS: thanks and context without position, a
section "Hoofdlijnen" that agrees with the analysis and answers 1 by subject (no number), then paragraphs opening
"1) ...", "2) ...", one combined paragraph "Aanbevelingen 5 tot en met 8 zijn gericht aan de ziekenhuizen ..."
with a different position per number, and no paragraph for 11 (the numbering jumps from 10) to 12).
Gold positions:
  1  VWS    agree          - "Ik neem daarom de aanbeveling over ..." by subject in Hoofdlijnen; "1)" repeats it
  2  VWS    partial        - only reports an RIVM study that started in March 2025 (action was asked)
  3  VWS    agree          - fixed availability fee per station from 1 January 2026, 22 million a year; no cue word
  4  VWS    disagree       - "Ik zie op dit moment geen reden om ..."; shares the concern first
  5  OTHER  agree          - "Aanbeveling 5 steun ik" with a date (combined paragraph)
  6  OTHER  disagree       - "acht ik niet opportuun" with an intercom as a lesser alternative (combined paragraph)
  7  OTHER  partial        - hospitals and RAV's only explore a transfer service (combined paragraph)
  8  OTHER  disagree       - "Ik onderschrijf het doel, maar ..." (insurers; combined paragraph)
  9  OTHER  agree          - extra night ambulance from 1 October 2025 with a subsidy; no cue word
  10 OTHER  partial        - quarterly figures per municipality yes, per postcode area no
  11 OTHER  not_addressed  - solo nurse cars: never mentioned
  12 VWS    not_addressed  - NZa policy rule: "De NZa reageert zelf op deze aanbeveling"
  13 VWS    agree          - NZa adds the region and a chapter on insurers' duty of care to its yearly monitor
  14 OTHER  not_addressed  - province: "14)" only describes the present regiotaxi concession
  15 OTHER  agree          - ROAZ plan before 1 July 2026 with a contribution of 400.000 euro
All prose is fictional and written for this test set.
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


def H2(text: str) -> Heading:
    return Heading(text, level=2)


def lead(text: str) -> Paragraph:
    return Paragraph(text, bold=True)


def bullets(*texts: str) -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style="•")


def dashes(*texts: str) -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style="–")


# --------------------------------------------------------------------------------------------------------------
# The recommendations: (number, party as printed in the table, departments, text)
# --------------------------------------------------------------------------------------------------------------

PARTY_VWS = "Minister van VWS"
PARTY_HOSP = "Raden van bestuur van de ziekenhuizen"
PARTY_INS = "Zorgverzekeraars"
PARTY_RAV = "Regionale ambulancevoorzieningen (RAV's)"
PARTY_NZA = "Nederlandse Zorgautoriteit (NZa)"
PARTY_PROV = "Provincie (Gedeputeerde Staten)"
PARTY_ROAZ = "Alle partijen in het ROAZ Noorderveen"

RECS = (
    ("1", PARTY_VWS, ("VWS",),
     "Leg wettelijk vast dat een ziekenhuis zijn SEH niet geheel of gedeeltelijk (bijvoorbeeld 's nachts) sluit "
     "voordat het ROAZ een regionale effectanalyse heeft vastgesteld, waarin ook de gevolgen voor de ambulancezorg en "
     "de huisartsenposten zijn beschreven."),
    ("2", PARTY_VWS, ("VWS",),
     "Herzie de bereikbaarheidsnorm voor de SEH (45 minuten) zo dat zij ook geldt voor de nachtelijke uren en dat "
     "niet alleen de rijtijd, maar ook de tijd tot de eerste behandeling meetelt."),
    ("3", PARTY_VWS, ("VWS",),
     "Zorg voor een structurele bekostiging van ambulancestandplaatsen in dunbevolkte gebieden die niet afhangt van "
     "het aantal ritten, zodat de RAV's daar ook 's nachts voldoende ambulances beschikbaar kunnen houden."),
    ("4", PARTY_VWS, ("VWS",),
     "Leg de norm dat een ambulance bij een A1-melding binnen 15 minuten ter plaatse is wettelijk vast en laat deze "
     "gelden per postcodegebied in plaats van als gemiddelde over de hele regio."),
    ("5", PARTY_HOSP, ("OTHER",),
     "Spreek met de huisartsenposten in de regio af dat alle patiënten die zich buiten kantoortijd melden volgens "
     "één gezamenlijk triagesysteem worden beoordeeld, en wissel de triagegegevens digitaal uit."),
    ("6", PARTY_HOSP, ("OTHER",),
     "Zorg dat bij een SEH die 's nachts gesloten is een verpleegkundige aanwezig is die patiënten die toch komen "
     "opvangt, beoordeelt en zo nodig laat doorverwijzen of vervoeren."),
    ("7", PARTY_HOSP, ("OTHER",),
     "Maak met de RAV's afspraken over het vervoer van patiënten tussen de ziekenhuizen, zodat planbare "
     "overplaatsingen niet langer worden uitgevoerd met ambulances die voor spoedritten nodig zijn."),
    ("8", PARTY_INS, ("OTHER",),
     "Vergoed het vervoer naar huis van patiënten die 's nachts na behandeling op de SEH worden ontslagen en zelf "
     "geen vervoer kunnen regelen, en contracteer daarvoor voldoende vervoerders in de regio."),
    ("9", PARTY_RAV, ("OTHER",),
     "Zet zolang de SEH's van Oldeveen en Nieuw-Dalen 's nachts gesloten zijn in die uren op beide standplaatsen "
     "een extra ambulance in."),
    ("10", PARTY_RAV, ("OTHER",),
     "Publiceer ieder kwartaal de responstijden bij A1- en A2-ritten per postcodegebied, zodat inwoners, gemeenten "
     "en zorgverzekeraars kunnen zien waar de norm niet wordt gehaald."),
    ("11", PARTY_RAV, ("OTHER",),
     "Zet bij meldingen met een lage urgentie vaker een verpleegkundige in een solo-auto in, in samenwerking met de "
     "huisartsenposten, zodat ambulances beschikbaar blijven voor spoedritten."),
    ("12", PARTY_NZA, ("VWS",),
     "Pas de beleidsregel voor de beschikbaarheidbijdrage acute zorg zo aan dat ook een ziekenhuis dat zijn SEH "
     "'s nachts sluit voor een bijdrage in aanmerking komt, op voorwaarde dat het de SEH overdag volledig open "
     "houdt."),
    ("13", PARTY_NZA, ("VWS",),
     "Houd gericht toezicht op de zorgplicht van de zorgverzekeraars voor acute zorg in de regio Noorderveen en "
     "rapporteer daarover jaarlijks openbaar."),
    ("14", PARTY_PROV, ("OTHER",),
     "Neem de bereikbaarheid van acute zorg op als criterium in het provinciale mobiliteitsbeleid en zorg dat de "
     "regiotaxi ook 's nachts beschikbaar is voor vervoer van en naar het ziekenhuis."),
    ("15", PARTY_ROAZ, ("OTHER",),
     "Stel vóór 1 juli 2026 gezamenlijk een regionaal plan voor de acute zorg in Noorderveen op, met afspraken over "
     "spreiding, capaciteit en informatie aan inwoners, en leg dit plan voor aan de inspectie."),
)


def summary_list(*numbers: str) -> ItemList:
    """The first printing of the recommendations: bullets without numbers, the gold number is an id."""
    items = []
    for number, _party, departments, text in RECS:
        if number in numbers:
            items.append(ListItem(text, recommendation=Recommendation(number, departments)))
    return ItemList(items=tuple(items), style="•")


def recommendations_table() -> Table:
    """Partij | Aanbeveling; the party is printed on the first row of its group only."""
    rows = []
    previous = None
    for number, party, _departments, text in RECS:
        rows.append((Cell(party, bold=True) if party != previous else "", f"{number}. {text}"))
        previous = party
    return Table(header=("Partij", "Aanbeveling"), rows=tuple(rows), widths=(1.3, 3.0), rules="grid")


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H("Voorwoord"),
    P("Wie 's nachts in Oldeveen of Nieuw-Dalen woont en plotseling pijn op de borst krijgt, is verder van een "
      "spoedeisende hulp verwijderd dan twee jaar geleden. Sinds de ziekenhuizen in beide plaatsen hun SEH 's nachts "
      "hebben gesloten, is de afdeling van het Medisch Centrum Borgerhaven de enige in de regio die dag en nacht open "
      "is. Voor een deel van de inwoners betekent dat een rit van drie kwartier of langer."),
    P("De ziekenhuizen hadden goede redenen voor hun besluit. Zij konden de roosters van hun SEH niet meer rond "
      "krijgen en wilden geen afdeling openhouden waar 's nachts geen ervaren arts en te weinig verpleegkundigen "
      "aanwezig waren. De inspectie heeft dat besluit niet te beoordelen. Wel hoort de inspectie te beoordelen of de "
      "acute zorg in de regio als geheel na die sluiting nog verantwoord is georganiseerd. Dat is de vraag die in dit "
      "rapport centraal staat."),
    P("Het antwoord is niet eenduidig. Wij zagen hulpverleners die onder grote druk goede zorg leveren en creatieve "
      "oplossingen bedenken. Wij zagen ook dat de gevolgen van de sluiting vooral terechtkomen bij partijen die er "
      "niet over hebben beslist: de ambulancediensten, de huisartsenposten, het ziekenhuis in Borgerhaven en de "
      "patiënt zelf. Wij danken iedereen die ons de afgelopen maanden openhartig te woord heeft gestaan."),
    P("drs. M.C. Hoekstra-Verweij, inspecteur-generaal"),
    PageBreak(),
    H("Samenvatting"),
    P("De acute-zorgregio Noorderveen telt ruim 310.000 inwoners, verspreid over een groot en grotendeels landelijk "
      "gebied. In de regio liggen drie ziekenhuizen met een spoedeisende hulp (SEH), twee huisartsenposten en twee "
      "regionale ambulancevoorzieningen (RAV's). Sinds oktober 2023 is de SEH van Ziekenhuis Oldeveen 's nachts "
      "gesloten; sinds maart 2024 geldt hetzelfde voor de SEH van Dalenzorg in Nieuw-Dalen. De inspectie onderzocht "
      "tussen september 2024 en februari 2025 wat die sluitingen betekenen voor de bereikbaarheid en de kwaliteit "
      "van de acute zorg in de regio."),
    P("De inspectie constateert dat de acute zorg in Noorderveen kwetsbaar is geworden. De ambulancediensten halen "
      "de norm voor spoedritten in steeds minder gevallen, omdat ambulances 's nachts langer onderweg zijn naar "
      "Borgerhaven en daardoor langer uit hun eigen gebied weg zijn. Patiënten worden vaak twee keer getrieerd, eerst "
      "door de huisartsenpost en daarna door de SEH, zonder dat de gegevens worden uitgewisseld. Inwoners weten "
      "niet goed waar zij 's nachts terecht kunnen, en patiënten die na een nachtelijk SEH-bezoek naar huis mogen, "
      "hebben vaak geen manier om thuis te komen."),
    P("De besluiten over de nachtelijke sluiting zijn door de afzonderlijke ziekenhuizen genomen. Het Regionaal "
      "Overleg Acute Zorgketen (ROAZ) is geïnformeerd, maar heeft vooraf geen gezamenlijke analyse gemaakt van de "
      "gevolgen voor de andere partijen in de keten. Niemand in de regio voelt zich verantwoordelijk voor het geheel."),
    P("De inspectie doet vijftien aanbevelingen. Zij staan hieronder per partij; in hoofdstuk 4 zijn zij genummerd "
      "in een overzicht opgenomen."),
    lead("Aan de minister van Volksgezondheid, Welzijn en Sport"),
    summary_list("1", "2", "3", "4"),
    lead("Aan de raden van bestuur van de ziekenhuizen en aan de zorgverzekeraars"),
    summary_list("5", "6", "7", "8"),
    lead("Aan de regionale ambulancevoorzieningen"),
    summary_list("9", "10", "11"),
    lead("Aan de Nederlandse Zorgautoriteit"),
    summary_list("12", "13"),
    lead("Aan de provincie en aan alle partijen in het ROAZ"),
    summary_list("14", "15"),
    PageBreak(),
    H("1 Inleiding"),
    H2("1.1 Aanleiding"),
    P("In 2024 ontving de inspectie drie meldingen van calamiteiten in de regio Noorderveen waarbij de tijd tot de "
      "eerste behandeling een rol leek te spelen. In twee gevallen ging het om patiënten die 's nachts met een "
      "ambulance naar Borgerhaven werden vervoerd, terwijl de dichtstbijzijnde SEH gesloten was. In het derde geval "
      "meldde een patiënt zich zelf bij de gesloten SEH in Oldeveen en belde hij pas na twintig minuten met de "
      "huisartsenpost.",
      footnotes=("De calamiteiten zijn door de betrokken zorgaanbieders onderzocht. De inspectie heeft die "
                 "onderzoeken beoordeeld en in dit rapport alleen gebruikt voor zover zij iets zeggen over de "
                 "organisatie van de acute zorg in de regio.",)),
    P("Daarnaast kreeg de inspectie signalen van huisartsen, ambulanceverpleegkundigen en een cliëntenraad over de "
      "gevolgen van de nachtelijke sluitingen. Die signalen gingen onder meer over lange aanrijtijden in de "
      "buitengebieden, over patiënten die in de wachtkamer in Borgerhaven op de ochtend wachtten en over onduidelijke "
      "informatie voor inwoners. Reden voor de inspectie om de acute zorg in de regio in samenhang te onderzoeken."),
    H2("1.2 Vraagstelling"),
    P("De centrale vraag van het onderzoek luidt: is de acute zorg in de regio Noorderveen na de nachtelijke sluiting "
      "van twee SEH's zo georganiseerd dat patiënten tijdig de zorg krijgen die zij nodig hebben? De inspectie heeft "
      "die vraag uitgewerkt in vier deelvragen, over de bereikbaarheid van de SEH, de tijdigheid van de "
      "ambulancezorg, de samenwerking tussen ziekenhuizen en huisartsenposten, en het vervoer van patiënten."),
    H2("1.3 Werkwijze"),
    P("De inspectie heeft voor dit onderzoek de volgende werkzaamheden verricht:"),
    bullets(
        "bezoeken aan de SEH's in Oldeveen, Nieuw-Dalen en Borgerhaven, aan beide huisartsenposten en aan de "
        "meldkamer ambulancezorg, deels in de avond en nacht;",
        "gesprekken met 64 betrokkenen, onder wie bestuurders, SEH-artsen, verpleegkundigen, huisartsen, "
        "triagisten, ambulancepersoneel, meldkamercentralisten en vertegenwoordigers van cliëntenraden;",
        "een analyse van de ritgegevens van beide RAV's over de jaren 2022 tot en met 2024;",
        "een analyse van de registratie van patiënten die zich tussen 23.00 en 08.00 uur bij een SEH of "
        "huisartsenpost in de regio meldden;",
        "een dossieronderzoek bij 80 patiënten die 's nachts met een ambulance naar Borgerhaven werden vervoerd.",
    ),
    P("De betrokken partijen hebben een conceptversie van dit rapport ontvangen en konden reageren op de feitelijke "
      "juistheid. Hun reacties zijn waar nodig verwerkt."),
    H2("1.4 Toetsingskader"),
    P("De inspectie toetst aan de eisen die wet- en regelgeving stellen aan goede en tijdige zorg, aan de "
      "kwaliteitskaders voor de spoedzorgketen en aan de normen voor de bereikbaarheid van acute zorg. Het gaat "
      "daarbij onder meer om de eis dat 99,8 procent van de inwoners binnen 45 minuten met een ambulance een SEH kan "
      "bereiken, en om de norm dat een ambulance bij een A1-melding in 95 procent van de gevallen binnen 15 minuten "
      "ter plaatse is. Beide normen zijn bedoeld voor de planning van de zorg en worden berekend over een regio of "
      "over het hele land."),
    H("2 De regio Noorderveen"),
    H2("2.1 Een groot gebied met weinig inwoners"),
    P("Noorderveen is een landelijke regio. Naast Borgerhaven, met ongeveer 85.000 inwoners, liggen er twee "
      "middelgrote plaatsen, Oldeveen en Nieuw-Dalen, en een groot aantal dorpen en buurtschappen. De afstand tussen "
      "de noordelijkste en de zuidelijkste kern van de regio bedraagt ruim 70 kilometer. Er rijdt 's nachts geen "
      "openbaar vervoer, en de regiotaxi rijdt tot 00.30 uur."),
    P("De bevolking van de regio is ouder dan gemiddeld in Nederland: ruim een kwart van de inwoners is 65 jaar of "
      "ouder, in sommige dorpen meer dan een derde. Het aantal mensen met een chronische aandoening neemt toe, en "
      "daarmee het aantal acute zorgvragen in de avond en de nacht."),
    H2("2.2 Zorgaanbieders in de acute zorg"),
    P("De acute zorg in Noorderveen wordt geleverd door drie ziekenhuizen, twee huisartsenposten, twee RAV's en één "
      "meldkamer ambulancezorg. Tabel 1 geeft een overzicht van de SEH's en de huisartsenposten."),
    Table(
        header=("Locatie", "SEH open", "Huisartsenpost", "Rijtijd naar MC Borgerhaven"),
        rows=(
            ("Medisch Centrum Borgerhaven", "24 uur per dag", "ja, in het ziekenhuis", "–"),
            ("Ziekenhuis Oldeveen", "08.00–23.00 uur (sinds 1 oktober 2023)", "ja, in het ziekenhuis",
             "32 minuten"),
            ("Dalenzorg Nieuw-Dalen", "08.00–22.00 uur (sinds 1 maart 2024)", "ja, naast het ziekenhuis",
             "38 minuten"),
        ),
        widths=(1.5, 1.6, 1.3, 1.1),
        rules="rows",
    ),
    P("Tabel 1. SEH's en huisartsenposten in de regio Noorderveen. Rijtijd: met een ambulance met optische en "
      "geluidssignalen, 's nachts, volgens de rijtijdenmodellen van de meldkamer."),
    P("De twee RAV's, Ambulancezorg Noorderveen en RAV Midden-Veen, hebben samen negen standplaatsen. Zij worden "
      "aangestuurd vanuit de meldkamer ambulancezorg in Borgerhaven. De huisartsenposten zijn georganiseerd in "
      "Huisartsenpost Veenstreek, met locaties in Oldeveen en Nieuw-Dalen, en Huisartsenpost Borgerhaven."),
    P("De zorgaanbieders werken samen in het ROAZ Noorderveen, dat wordt voorgezeten door de bestuurder van het "
      "Medisch Centrum Borgerhaven als traumacentrum van de regio. In het ROAZ zijn ook de zorgverzekeraars, de GGD "
      "en de veiligheidsregio vertegenwoordigd."),
    H2("2.3 De nachtelijke sluitingen"),
    P("Ziekenhuis Oldeveen besloot in het voorjaar van 2023 zijn SEH vanaf 1 oktober van dat jaar tussen 23.00 en "
      "08.00 uur te sluiten. Het ziekenhuis had in het jaar daarvoor ruim veertig nachtdiensten alleen kunnen "
      "bemensen met inhuurkrachten, en op een aantal nachten was geen SEH-arts aanwezig. Dalenzorg volgde met een "
      "sluiting van 22.00 tot 08.00 uur vanaf 1 maart 2024, om vergelijkbare redenen."),
    P("Beide ziekenhuizen hebben hun besluit gemeld bij de NZa en in het ROAZ besproken. De inspectie stelt vast dat "
      "in die besprekingen vooral de vraag aan de orde kwam of de regio na de sluiting nog aan de 45-minutennorm "
      "voldeed. Dat bleek het geval. Een analyse van de gevolgen voor de ambulancezorg, de huisartsenposten en het "
      "ziekenhuis in Borgerhaven is niet gemaakt, en de RAV's en huisartsenposten zijn pas betrokken toen de "
      "besluiten al waren genomen.",
      footnotes=("De 45-minutennorm wordt berekend met rijtijdenmodellen over het hele land. Volgens die "
                 "berekening konden na de sluitingen nog steeds vrijwel alle inwoners van de regio binnen 45 minuten "
                 "een SEH bereiken, omdat ook de SEH's in de aangrenzende regio's meetellen.",)),
    PageBreak(),
    H("3 Bevindingen"),
    H2("3.1 Bereikbaarheid van de SEH"),
    P("Sinds de nachtelijke sluitingen worden 's nachts alle SEH-patiënten uit de regio opgevangen in Borgerhaven of "
      "in een ziekenhuis in een aangrenzende regio. Voor inwoners van de dorpen ten noorden van Oldeveen is de "
      "rijtijd naar de dichtstbijzijnde open SEH toegenomen van gemiddeld 14 naar 41 minuten. Voor een deel van de "
      "inwoners van het zuidelijke buitengebied ligt de rijtijd 's nachts boven de 45 minuten."),
    P("Formeel voldoet de regio aan de bereikbaarheidsnorm. De inspectie stelt echter vast dat die norm weinig zegt "
      "over de werkelijke situatie van een patiënt in de nacht. De norm telt alleen de rijtijd van de ambulance naar "
      "de SEH, niet de tijd die verstrijkt voordat de ambulance ter plaatse is, en niet de tijd tot de eerste "
      "behandeling. In het dossieronderzoek lag de mediane tijd tussen de melding en de aankomst op de SEH in "
      "Borgerhaven voor patiënten uit het noordelijke buitengebied op 71 minuten."),
    P("Op de SEH van Borgerhaven is het aantal patiënten tussen 23.00 en 08.00 uur sinds 2022 met 38 procent "
      "gestegen. De afdeling heeft haar nachtbezetting met één verpleegkundige uitgebreid, maar de wachttijden zijn "
      "toegenomen. In de drukste nachten moesten ambulances gemiddeld 24 minuten wachten voordat zij hun patiënt "
      "konden overdragen."),
    H2("3.2 Tijdigheid van de ambulancezorg"),
    P("De ambulancezorg in Noorderveen staat onder druk. Het aandeel A1-ritten waarbij de ambulance binnen 15 "
      "minuten ter plaatse was, daalde bij Ambulancezorg Noorderveen van 91,2 procent in 2022 naar 87,4 procent in "
      "2024. Bij RAV Midden-Veen was de daling kleiner, maar ook daar ligt het percentage onder de norm. Tabel 2 geeft "
      "de cijfers."),
    Table(
        header=("Jaar", "Ambulancezorg Noorderveen", "RAV Midden-Veen", "Landelijk gemiddelde"),
        rows=(
            ("2022", "91,2 %", "92,8 %", "92,1 %"),
            ("2023", "89,0 %", "92,1 %", "91,7 %"),
            ("2024", "87,4 %", "91,3 %", "91,5 %"),
        ),
        widths=(0.8, 1.6, 1.4, 1.4),
        rules="grid",
    ),
    P("Tabel 2. Aandeel A1-ritten met een responstijd van ten hoogste 15 minuten. Bron: ritregistraties van de RAV's, "
      "bewerking inspectie."),
    P("Achter die gemiddelden gaan grote verschillen schuil. In de stad Borgerhaven is de ambulance in bijna alle "
      "gevallen binnen 15 minuten ter plaatse. In een aantal postcodegebieden in het noordelijke buitengebied was dat "
      "in 2024 bij minder dan driekwart van de A1-ritten het geval, en 's nachts bij minder dan twee derde. Deze "
      "verschillen zijn voor inwoners en gemeenten niet zichtbaar, omdat de RAV's hun responstijden alleen per jaar "
      "en per regio publiceren."),
    P("De belangrijkste oorzaak is dat ambulances 's nachts langer uit hun eigen gebied weg zijn. Een rit van "
      "Oldeveen naar Borgerhaven en terug duurt, met de overdracht op de SEH, al snel anderhalf uur. In die tijd is "
      "er op de standplaats Oldeveen vaak geen ambulance beschikbaar. De meldkamer verschuift dan ambulances uit "
      "andere delen van de regio, waardoor ook daar de dekking dunner wordt."),
    P("De RAV's hebben hun nachtelijke inzet sinds de sluitingen niet uitgebreid. Zij geven aan dat hun budget is "
      "gebaseerd op het aantal ritten en op landelijke rekenmodellen, en dat een extra ambulance in een dunbevolkt "
      "gebied met weinig ritten niet uit dat budget kan worden betaald. De inspectie stelt vast dat de bekostiging "
      "zo onvoldoende meebeweegt met veranderingen in het zorgaanbod van de ziekenhuizen.",
      footnotes=("Beide RAV's hebben in 2024 bij de zorgverzekeraars om extra budget gevraagd. Dat verzoek is "
                 "voor één extra dagdienst gehonoreerd, niet voor de nacht.",)),
    P("Daarnaast voeren de ambulances een groot aantal planbare ritten uit tussen de ziekenhuizen. In 2024 ging het "
      "om ruim 1.400 overplaatsingen, bijvoorbeeld van patiënten die na een eerste opvang in Oldeveen voor een "
      "scan of een operatie naar Borgerhaven moesten. Een deel van die ritten vond plaats op momenten dat de ambulance "
      "ook nodig was voor een spoedrit. Ook ritten met een lage urgentie, waarbij een verpleegkundige zonder "
      "ambulance had kunnen volstaan, leggen beslag op de schaarse capaciteit."),
    H2("3.3 Triage en samenwerking met de huisartsenposten"),
    P("Wie buiten kantoortijd acute zorg nodig heeft, moet in principe eerst de huisartsenpost bellen. In Noorderveen "
      "werken de huisartsenposten met een ander triagesysteem dan de SEH's. Patiënten die door de huisartsenpost "
      "naar de SEH worden verwezen, worden daar opnieuw getrieerd. De triagegegevens van de huisartsenpost zijn voor "
      "de SEH niet digitaal beschikbaar; de verwijzing gaat per telefoon en wordt op de SEH handmatig overgenomen."),
    P("In de gesprekken gaven zowel triagisten als SEH-verpleegkundigen aan dat de dubbele triage tijd kost en tot "
      "verschillen in urgentie leidt. In het dossieronderzoek vond de inspectie elf patiënten bij wie de SEH een "
      "hogere urgentie vaststelde dan de huisartsenpost, in drie gevallen twee urgentieniveaus hoger. In de andere "
      "richting kwam het ook voor: patiënten die met spoed werden ingestuurd, bleken op de SEH geen spoedeisende zorg "
      "nodig te hebben."),
    P("Sinds de sluitingen melden zich 's nachts ook patiënten bij de gesloten SEH's. Bij Ziekenhuis Oldeveen ging "
      "het in 2024 om ruim 200 patiënten. Zij treffen een gesloten deur met een bord dat naar de huisartsenpost "
      "verwijst; de huisartsenpost zit in hetzelfde gebouw, maar aan de andere kant en met een eigen ingang. Niet "
      "iedere patiënt vindt die ingang. De inspectie sprak met een beveiliger die 's nachts geregeld patiënten "
      "naar de huisartsenpost begeleidt, zonder dat daarover afspraken zijn gemaakt."),
    P("De samenwerking tussen de ziekenhuizen en de huisartsenposten is op het niveau van de werkvloer goed. Op "
      "bestuurlijk niveau ontbreken afspraken over triage, over de opvang van patiënten die zich bij een gesloten SEH "
      "melden en over de inzet van verpleegkundigen bij meldingen met een lage urgentie."),
    H2("3.4 Vervoer van patiënten"),
    P("Patiënten die 's nachts met een ambulance naar Borgerhaven zijn gebracht en na behandeling naar huis mogen, "
      "moeten zelf voor hun vervoer zorgen. De inspectie zag in het dossieronderzoek dat ruim een derde van deze "
      "patiënten 75 jaar of ouder was. Er rijdt 's nachts geen openbaar vervoer, de regiotaxi rijdt niet na 00.30 uur "
      "en een taxi naar het noordelijke buitengebied kost al snel 90 euro of meer."),
    P("Het gevolg is dat patiënten, soms met een familielid, tot de ochtend in de wachtkamer van de SEH blijven. "
      "Verpleegkundigen vertelden de inspectie dat zij in enkele gevallen een patiënt langer op de afdeling hebben "
      "gehouden dan medisch nodig was, omdat zij hem niet midden in de nacht op straat wilden zetten. Dat legt beslag "
      "op bedden en personeel die 's nachts al schaars zijn."),
    P("Vervoer naar huis na een SEH-bezoek valt in de regel niet onder de basisverzekering. Enkele gemeenten in de "
      "regio hebben voor hun inwoners een regeling getroffen via de Wmo, maar die regelingen verschillen sterk en "
      "zijn bij patiënten en zorgverleners nauwelijks bekend."),
    H2("3.5 Informatie aan inwoners"),
    P("De ziekenhuizen hebben de nachtelijke sluitingen aangekondigd via persberichten, hun websites en advertenties "
      "in huis-aan-huisbladen. Anderhalf jaar na de eerste sluiting blijkt uit de gesprekken dat veel inwoners niet "
      "goed weten waar zij 's nachts terecht kunnen. Navigatie-apps verwijzen bij een zoekopdracht naar de "
      "dichtstbijzijnde spoedeisende hulp nog steeds naar de SEH in Oldeveen, zonder vermelding van de "
      "openingstijden."),
    P("Er is geen gezamenlijke informatievoorziening van de zorgaanbieders in de regio. Iedere partij informeert over "
      "haar eigen aanbod; een overzicht van waar een inwoner met welke klacht op welk moment moet zijn, ontbreekt."),
    H2("3.6 Sturing en bekostiging"),
    P("Het ROAZ Noorderveen heeft de opdracht om de acute zorg in de regio af te stemmen, maar heeft geen "
      "doorzettingsmacht. Besluiten over het openen of sluiten van een SEH liggen bij de raden van bestuur van de "
      "ziekenhuizen. Het ROAZ heeft geen regionaal plan voor de acute zorg vastgesteld waarin de gevolgen van de "
      "sluitingen voor de andere partijen zijn verwerkt."),
    P("De bekostiging werkt een gezamenlijke aanpak niet in de hand. Een ziekenhuis dat zijn SEH 's nachts sluit, "
      "verliest volgens de huidige beleidsregel van de NZa het recht op een beschikbaarheidbijdrage voor die SEH, ook "
      "als het de afdeling overdag volledig openhoudt. Bestuurders vertelden de inspectie dat dit de prikkel vergroot "
      "om bij personeelstekorten de SEH geheel te sluiten in plaats van alleen 's nachts.",
      footnotes=("De beschikbaarheidbijdrage is bedoeld voor SEH's die nodig zijn om aan de 45-minutennorm te "
                 "voldoen en die met hun eigen omzet niet rendabel kunnen worden geëxploiteerd.",)),
    P("De zorgverzekeraars hebben een zorgplicht: zij moeten ervoor zorgen dat hun verzekerden tijdig de zorg kunnen "
      "krijgen waarop zij recht hebben, ook acute zorg. De inspectie heeft de indruk dat de zorgverzekeraars in de "
      "regio de gevolgen van de nachtelijke sluitingen vooral hebben gevolgd en weinig hebben gestuurd. De NZa houdt "
      "toezicht op de zorgplicht, maar heeft de situatie in Noorderveen nog niet specifiek onderzocht."),
    P("De provincie is geen partij in de zorg, maar wel verantwoordelijk voor het regionale openbaar vervoer en voor "
      "de provinciale wegen. In het provinciale mobiliteitsbeleid speelt de bereikbaarheid van zorgvoorzieningen tot "
      "nu toe geen rol."),
    PageBreak(),
    H("4 Conclusies en aanbevelingen"),
    H2("Wat de inspectie zag"),
    P("De inspectie vat haar bevindingen samen in vijf conclusies:"),
    ItemList(items=(
        ListItem("De nachtelijke sluiting van de SEH's in Oldeveen en Nieuw-Dalen is voorbereid zonder dat de "
                 "gevolgen voor de ambulancezorg, de huisartsenposten en het ziekenhuis in Borgerhaven vooraf in "
                 "beeld zijn gebracht."),
        ListItem("De regio voldoet formeel aan de bereikbaarheidsnorm, maar patiënten uit het buitengebied zijn 's "
                 "nachts vaak meer dan een uur onderweg voordat zij op een SEH worden behandeld."),
        ListItem("De ambulancediensten halen de responstijdnorm steeds minder vaak, vooral 's nachts en in het "
                 "noordelijke buitengebied, en de bekostiging beweegt niet mee met de gewijzigde situatie."),
        ListItem("Huisartsenposten en SEH's triëren patiënten elk op hun eigen manier, wisselen geen gegevens "
                 "digitaal uit en hebben geen afspraken over patiënten die zich bij een gesloten SEH melden."),
        ListItem("Patiënten die 's nachts naar huis mogen, kunnen vaak niet thuiskomen, en inwoners weten niet goed "
                 "waar zij 's nachts terecht kunnen."),
    ), style="1."),
    P("De inspectie concludeert dat de acute zorg in Noorderveen nog niet onverantwoord is, maar dat de marges klein "
      "zijn geworden. Bij een verdere toename van de zorgvraag of een nieuwe sluiting dreigt de tijdigheid van de "
      "zorg in het buitengebied onder een aanvaardbaar niveau te zakken."),
    H2("Wat de inspectie verwacht"),
    P("Om de acute zorg in de regio weer op orde te brengen, zijn alle partijen in de keten nodig. De inspectie "
      "richt haar aanbevelingen daarom tot de minister van VWS, de ziekenhuizen, de zorgverzekeraars, de RAV's, de "
      "NZa, de provincie en het ROAZ als geheel. Het overzicht hieronder geeft de aanbevelingen per partij."),
    recommendations_table(),
    H("5 Vervolg"),
    P("De inspectie vraagt de ziekenhuizen, de RAV's en de huisartsenposten in de regio om binnen drie maanden na "
      "publicatie van dit rapport aan te geven welke maatregelen zij nemen. De inspectie bespreekt die maatregelen "
      "met de bestuurders en beoordeelt of zij voldoende zijn."),
    P("In het najaar van 2026 bezoekt de inspectie de regio opnieuw, ook in de avond en de nacht. Zij kijkt dan in "
      "het bijzonder naar de responstijden in het buitengebied, naar de afspraken tussen de SEH's en de "
      "huisartsenposten en naar de opvang van patiënten die zich 's nachts bij een gesloten SEH melden. Als de "
      "situatie daartoe aanleiding geeft, zet de inspectie haar handhavingsinstrumenten in."),
    P("De inspectie ziet de situatie in Noorderveen niet als uitzondering. Ook in andere landelijke regio's hebben "
      "ziekenhuizen hun SEH 's nachts gesloten of overwegen zij dat. De inspectie zal de lessen uit dit onderzoek "
      "daarom betrekken bij haar landelijke toezicht op de acute zorg."),
    H2("Bijlage: gebruikte afkortingen"),
    dashes(
        "A1-rit: ambulancerit met de hoogste urgentie, bij direct levensgevaar",
        "A2-rit: ambulancerit met spoed, zonder direct levensgevaar",
        "HAP: huisartsenpost",
        "NZa: Nederlandse Zorgautoriteit",
        "RAV: regionale ambulancevoorziening",
        "RIVM: Rijksinstituut voor Volksgezondheid en Milieu",
        "ROAZ: Regionaal Overleg Acute Zorgketen",
        "SEH: spoedeisende hulp",
    ),
)

REPORT = Document(
    title="Acute zorg op afstand",
    subtitle="Toezicht op de spoedeisende hulp en de ambulancezorg in de regio Noorderveen na de nachtelijke "
             "sluiting van twee SEH's",
    blocks=REPORT_BLOCKS,
    running_header="Inspectie Zorg en Jeugd  –  Acute zorg op afstand",
    footer="{page}",
    font_family="sans",
    imprint=("Inspectie Zorg en Jeugd", "Utrecht, mei 2025"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV1_SUBJECT = ("Ik neem daarom de aanbeveling over om een gehele of gedeeltelijke sluiting van een SEH pas toe te "
               "staan nadat het ROAZ een regionale effectanalyse heeft vastgesteld.")
EV1 = "Zoals hierboven beschreven neem ik deze aanbeveling over."
EV2 = ("Het RIVM is in maart 2025 in mijn opdracht begonnen met een nieuwe bereikbaarheidsanalyse die ook de "
       "nachtelijke uren en de tijd tot de eerste behandeling in beeld brengt.")
EV3 = ("Vanaf 1 januari 2026 ontvangen de RAV's in dunbevolkte gebieden een vaste beschikbaarheidsvergoeding per "
       "standplaats, waarvoor ik structureel 22 miljoen euro per jaar vrijmaak.")
EV4 = ("Ik zie op dit moment geen reden om die norm wettelijk vast te leggen of per postcodegebied te laten "
       "gelden.")
EV5 = ("Aanbeveling 5 steun ik: de drie ziekenhuizen en de twee huisartsenposten werken vanaf 1 maart 2026 met één "
       "triagesysteem en één digitaal dossier voor de avond, de nacht en het weekend.")
EV6 = ("Aanbeveling 6 acht ik niet opportuun, omdat de nachtelijke sluiting juist het gevolg is van een tekort aan "
       "verpleegkundigen en een verpleegkundige bij de deur van een gesloten SEH elders in de nachtdienst zou "
       "ontbreken.")
EV7 = ("Over aanbeveling 7 verkennen de ziekenhuizen en de RAV's dit jaar of een aparte dienst voor planbaar vervoer "
       "tussen de ziekenhuizen haalbaar is.")
EV8 = ("Ik onderschrijf het doel, maar vervoer naar huis na een bezoek aan de SEH hoort niet in het basispakket, en "
       "ik ga de zorgverzekeraars niet vragen dit vervoer te vergoeden.")
EV9 = ("Vanaf 1 oktober 2025 staat er op de standplaatsen Oldeveen en Nieuw-Dalen tussen 23.00 en 07.00 uur een "
       "extra ambulance, die tot de invoering van de vaste beschikbaarheidsvergoeding wordt bekostigd uit een "
       "tijdelijke subsidie van 3,4 miljoen euro per jaar.")
EV10 = ("Na overleg met mij publiceren de RAV's vanaf het eerste kwartaal van 2026 ieder kwartaal de "
        "responstijden per gemeente; cijfers per postcodegebied komen er niet, omdat het daar vaak om enkele "
        "ritten per kwartaal gaat en de cijfers tot individuele patiënten herleidbaar kunnen zijn.")
EV13 = ("De NZa neemt de regio Noorderveen vanaf 2026 op in haar jaarlijkse openbare monitor acute zorg, met een "
        "apart hoofdstuk over de manier waarop de zorgverzekeraars hun zorgplicht in de regio waarmaken.")
EV15 = ("Het ROAZ Noorderveen heeft op 2 juli 2025 besloten dit plan vóór 1 juli 2026 op te stellen en aan de "
        "inspectie voor te leggen, en ik draag 400.000 euro bij aan de ondersteuning van dat traject.")

RESPONSE_BLOCKS = (
    P("Datum: 9 september 2025"),
    P("Betreft: Reactie op het rapport 'Acute zorg op afstand' van de Inspectie Zorg en Jeugd"),
    P("Geachte voorzitter,"),
    P("Op 20 mei 2025 heeft de Inspectie Zorg en Jeugd het rapport 'Acute zorg op afstand' gepubliceerd over de "
      "spoedeisende hulp en de ambulancezorg in de regio Noorderveen. Ik heb het rapport op de dag van publicatie "
      "aan uw Kamer gezonden en toegezegd na de zomer met een inhoudelijke reactie te komen. Met deze brief doe ik "
      "die toezegging gestand."),
    P("Ik dank de inspectie voor haar zorgvuldige onderzoek. Het rapport laat op een indringende manier zien wat de "
      "nachtelijke sluiting van een SEH betekent voor de mensen die in een landelijk gebied wonen, en voor de "
      "zorgverleners die de gevolgen daarvan opvangen. Ik heb de afgelopen maanden met de ziekenhuizen, de RAV's, de "
      "huisartsenposten, de zorgverzekeraars, de NZa en de provincie over het rapport gesproken. Hun inbreng heb ik "
      "in deze reactie verwerkt."),
    H2("De acute zorg in landelijke gebieden"),
    P("De situatie in Noorderveen staat niet op zichzelf. In meer regio's hebben ziekenhuizen hun SEH 's nachts "
      "gesloten of de openingstijden beperkt, meestal vanwege een tekort aan SEH-artsen en gespecialiseerde "
      "verpleegkundigen. Tegelijk neemt de vraag naar acute zorg toe, vooral onder ouderen. Het kabinet heeft met de "
      "partijen in de zorg afgesproken dat de acute zorg de komende jaren regionaal wordt georganiseerd, met een "
      "sterkere rol voor het ROAZ en met meer samenwerking tussen huisartsenposten en SEH's."),
    P("Voor de bereikbaarheid van de acute zorg geldt de norm dat 99,8 procent van de inwoners binnen 45 minuten met "
      "een ambulance een SEH moet kunnen bereiken. Voor de ambulancezorg geldt daarnaast de landelijke norm dat een "
      "ambulance bij een A1-melding in 95 procent van de gevallen binnen 15 minuten ter plaatse is. Ziekenhuizen die "
      "een SEH willen sluiten of de openingstijden willen beperken, moeten dat vooraf melden en daarover overleggen "
      "met de andere partijen in het ROAZ."),
    H2("Hoofdlijnen"),
    P("Ik deel de conclusie van de inspectie dat de acute zorg in Noorderveen kwetsbaar is geworden en dat de "
      "gevolgen van de sluitingen vooral terechtkomen bij partijen die er niet over hebben beslist. De inspectie laat "
      "zien dat de nachtelijke sluiting van twee SEH's is voorbereid binnen de muren van de afzonderlijke "
      "ziekenhuizen, terwijl de gevolgen buiten die muren vallen: bij de ambulancezorg, bij de huisartsenposten en "
      "bij het ziekenhuis in Borgerhaven. Dat mag niet opnieuw gebeuren. " + EV1_SUBJECT + " Ik regel dit in een "
      "wijziging van de regels voor de melding van veranderingen in het acute zorgaanbod, die ik in het voorjaar van "
      "2026 in consultatie breng.",
      answers=(Answer("1", "agree", EV1_SUBJECT),)),
    P("Daarnaast onderstreept het rapport hoe afhankelijk de regio is van de ambulancezorg. Als de afstand tot de SEH "
      "groter wordt, moet de ambulance eerder ter plaatse zijn en langer onderweg kunnen zijn. Daar richt ik een "
      "belangrijk deel van mijn maatregelen op. Hieronder ga ik in op de afzonderlijke aanbevelingen, in de "
      "volgorde van het rapport."),
    H2("Reactie per aanbeveling"),
    P("1) " + EV1 + " In het ontwerpbesluit staat dat het ROAZ de effectanalyse vaststelt en dat de RAV's en de "
      "huisartsenposten daarbij instemmingsrecht hebben op het deel dat hen raakt. Een ziekenhuis dat een SEH "
      "sluit zonder vastgestelde effectanalyse, kan door de inspectie worden aangesproken.",
      answers=(Answer("1", "agree", EV1),)),
    P("2) De huidige bereikbaarheidsnorm gaat uit van de rijtijd met de ambulance naar de dichtstbijzijnde SEH en "
      "houdt geen rekening met de openingstijden van die SEH. De inspectie wijst erop dat de norm daardoor 's nachts "
      "een te rooskleurig beeld geeft. " + EV2 + " De uitkomsten verwacht ik in het voorjaar van 2026.",
      answers=(Answer("2", "partial", EV2),)),
    P("3) De bekostiging van de ambulancezorg hangt nu voor een belangrijk deel af van het aantal ritten. In gebieden "
      "met weinig inwoners en lange afstanden levert dat te weinig op om een standplaats ook 's nachts bemand te "
      "houden. " + EV3 + " De NZa werkt de verdeling uit in overleg met de RAV's en de zorgverzekeraars; Noorderveen "
      "is een van de eerste regio's die ervoor in aanmerking komen.",
      answers=(Answer("3", "agree", EV3),)),
    P("4) Ik deel de zorg van de inspectie over de lange aanrijtijden in het buitengebied van Noorderveen. De norm "
      "van 15 minuten is een landelijke richtlijn voor de planning van standplaatsen en geen garantie voor iedere "
      "afzonderlijke rit. " + EV4 + " Een norm per postcodegebied zou in dunbevolkte gebieden een groot aantal "
      "extra standplaatsen vragen, terwijl het personeel daarvoor ontbreekt. Met de vaste beschikbaarheidsvergoeding "
      "versterk ik juist de ambulancezorg in die gebieden.",
      answers=(Answer("4", "disagree", EV4),)),
    P("Aanbevelingen 5 tot en met 8 zijn gericht aan de ziekenhuizen en de zorgverzekeraars in de regio. Ik heb ze "
      "besproken met de raden van bestuur van de drie ziekenhuizen en met de zorgverzekeraar die in Noorderveen het "
      "grootste marktaandeel heeft. " + EV5 + " " + EV6 + " Wel komt er bij beide locaties een intercom die 's nachts "
      "rechtstreeks verbinding maakt met de huisartsenpost. " + EV7 + " Aanbeveling 8 vraagt de zorgverzekeraars om "
      "het vervoer naar huis te vergoeden van patiënten die 's nachts van de SEH worden ontslagen. " + EV8
      + " Gemeenten kunnen dit vervoer voor hun inwoners regelen, en ik vraag de VNG de goede voorbeelden uit de "
      "regio onder de aandacht van andere gemeenten te brengen.",
      answers=(Answer("5", "agree", EV5), Answer("6", "disagree", EV6), Answer("7", "partial", EV7),
               Answer("8", "disagree", EV8))),
    P("9) Ambulancezorg Noorderveen en RAV Midden-Veen hebben mij laten weten hoe zij hiermee omgaan. " + EV9
      + " Zodra de SEH's in Oldeveen en Nieuw-Dalen 's nachts weer opengaan, wordt deze inzet opnieuw bezien.",
      answers=(Answer("9", "agree", EV9),)),
    P("10) De RAV's publiceren hun responstijden op dit moment één keer per jaar, per regio en per urgentie. " + EV10
      + " Ook de gemeenten en de zorgverzekeraars krijgen zo een beter beeld van de plaatsen waar de norm niet wordt "
      "gehaald.",
      answers=(Answer("10", "partial", EV10),)),
    P("12) De beleidsregels voor de beschikbaarheidbijdrage worden vastgesteld door de NZa, die daarin onafhankelijk "
      "is. De NZa reageert zelf op deze aanbeveling; ik heb haar gevraagd haar reactie ook aan uw Kamer te "
      "zenden."),
    P("13) Ik heb de NZa gevraagd het toezicht op de zorgplicht voor acute zorg in landelijke regio's te versterken. "
      + EV13 + " De eerste monitor verschijnt in het najaar van 2026.",
      answers=(Answer("13", "agree", EV13),)),
    P("14) De provincie is verantwoordelijk voor het openbaar vervoer in de regio, waaronder de regiotaxi. In de "
      "huidige concessie, die loopt tot en met 2027, rijdt de regiotaxi dagelijks van 06.00 tot 00.30 uur. Voor "
      "ritten van en naar het ziekenhuis kunnen inwoners met een Wmo-indicatie daarnaast gebruikmaken van het "
      "vervoer dat hun gemeente regelt."),
    P("15) Een regionaal plan voor de acute zorg is wat Noorderveen nodig heeft om de samenwerking in de keten een "
      "vaste basis te geven. " + EV15 + " In het plan worden ook de afspraken over de informatie aan inwoners "
      "opgenomen, zodat iedereen weet waar hij 's nachts terecht kan.",
      answers=(Answer("15", "agree", EV15),)),
    H2("Tot slot"),
    P("De acute zorg in landelijke regio's blijft de komende jaren onder druk staan. Niet iedere SEH kan dag en nacht "
      "open blijven, en dat hoeft ook niet, zolang de zorg in de regio als geheel goed is georganiseerd. Het rapport "
      "van de inspectie laat zien wat daarvoor nodig is. Ik zal uw Kamer over de uitvoering van de maatregelen in "
      "deze brief informeren in de voortgangsbrief acute zorg, die ik in het voorjaar van 2026 verstuur."),
    P("Hoogachtend,"),
    P("de minister van Volksgezondheid, Welzijn en Sport,"),
    P("mr. J.A. Ten Velde-Brouwer"),
)

RESPONSE = Document(
    title="Reactie op het inspectierapport 'Acute zorg op afstand'",
    subtitle="Brief van de minister van Volksgezondheid, Welzijn en Sport aan de Voorzitter van de Tweede Kamer der "
             "Staten-Generaal",
    blocks=RESPONSE_BLOCKS,
    running_header="Reactie rapport Acute zorg op afstand  |  VWS",
    footer="Pagina {page} van {pages}",
    font_family="serif",
    title_page=False,
)

PAIR = Pair(
    name="emergency_care_inspectorate",
    report=REPORT,
    response=RESPONSE,
    description="Inspectie Zorg en Jeugd report on night closures of emergency departments and ambulance care in "
                "the region Noorderveen (15 recommendations, first printed as bullets per party in the summary, then "
                "as a Partij | Aanbeveling table with merged party cells and numbers inside the cells) and the VWS "
                "minister's letter with '1)' paragraphs, one combined paragraph for 5-8, 11 never mentioned.",
)
