"""Pair: a fictional advisory council (Raad voor het Regionaal Bestuur) advice on the democratic control of regional
cooperation between municipalities and provinces ("Wie stuurt de regio?"), answered by a letter of the minister of
BZK to the Tweede Kamer.

Report layout: serif, title page with imprint, running header, a foreword and a prose summary (no list), chapters
numbered in the heading text ("4 De raad aan het stuur") with level-2 sections, footnotes.  Non-recommendation lists:
the three questions of the minister's request for advice ("1." list in 1.1), bullet lists of the forms of cooperation,
the research methods, the instruments the Wgr gives the council and the regional divisions imposed by the Rijk, and a
lettered "a." list of findings in chapter 2.  Two tables: a grid table of the regulations per policy field and a
row-ruled table of survey results.  Bold "Voorbeeld: ..." lead-ins introduce example regions.
In the chapters the advice is given in running text only: each of chapters 3-7 has one or two paragraphs set apart
by a bold label "Advies" or "Wij adviseren", some stating two advices at once, none numbered.  Bijlage 1
"Overzicht van de adviezen" numbers all twelve 1-12 in a "1." list, one short line each with the addressee in
brackets; those annex items are the only list items marked as recommendations (the chapter paragraphs are prose).
Bijlage 2 is a bullet list of the committee members and the people consulted.

Response layout: a sans letter of the minister of BZK without title page (letterhead title and subtitle with date and
kenmerk), level-2 headings that follow the council's chapters in the minister's own words ("Kiezen voor
samenwerking", "De positie van de gemeenteraad", "Financiën en verantwoording", "Rijk en provincie", "Verder
kijken", "Tot slot"), two bullet lists of existing Wgr instruments and programme measures (not answers), a context
paragraph in every section that takes no position, a footnote with a (fictional) Kamerstuk.  Annex numbers appear in
only some answers ("(advies 1)", "advies 9", "(advies 12)", "De adviezen 3, 4 en 5"); the others are answered by
subject.  One paragraph answers three advices at once (3, 4 agree; 5 disagree).  Advice 7 is answered by referring
to the minister's earlier letter of 17 April 2025 and the commitment made there.

  1 afwegingskader with VNG/IPO (BZK)            agree     - "(advies 1) neem ik over", with a date
  2 merge overlapping regulations (gemeenten, provincies) partial - up to them; minister only explores in two
                                                   regions ("Wel verken ik ...")
  3 council rapporteurs (gemeenteraden)          agree     - three-at-once paragraph: "Ik onderschrijf de adviezen
                                                   aan gemeenteraden om ... raadsrapporteurs ..."
  4 joint views in regional council conference (gemeenteraden) agree - same sentence as 3
  5 mandatory joint advisory committee > 50 mln (BZK) disagree - same paragraph: "neem ik daarentegen niet over"
  6 twelve weeks for views + budget cycle (BZK)  partial   - by subject: ten weeks instead of twelve, one sentence
  7 full public register of regulations (BZK)    agree     - by subject, via the earlier letter: "In die brief heb ik
                                                   toegezegd dat het register ... per 1 januari 2026 ..."
  8 provinces weigh GR risks in supervision (provincies) not_addressed - the financial-supervision paragraph only
                                                   describes existing practice of the provinces, no position
  9 test new statutory cooperation duties against existing regions (BZK) agree - "(advies 9)", a decided measure
                                                   without a cue word
 10 statutory directing role of the province (BZK) disagree - "Ik deel de analyse ..." then "acht ik echter niet
                                                   wenselijk" (agreeing with the analysis is not agreeing)
 11 explore a directly elected regional body (BZK) not_addressed - deferred: "Ik kom op dit advies terug in die brief"
 12 structural funding of regional clerk networks (BZK, gemeenten) partial - a two-year pilot, no structural money
All prose, names, numbers and Kamerstukken are fictional and written for this test set.
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


def bullets(*texts: str, style: str = "•") -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style=style)


def label(text: str) -> Paragraph:
    """The bold label that sets an advice paragraph apart in the running text."""
    return Paragraph(text, bold=True)


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

OVERVIEW = (
    ("Ontwikkel met VNG en IPO een afwegingskader voor de keuze om een taak regionaal te beleggen. "
     "(minister van BZK)", ("BZK",)),
    ("Voeg regelingen met overlappende taken en werkgebieden samen. (gemeenten en provincies)",
     ("GEMEENTEN", "OTHER")),
    ("Wijs voor elke grotere gemeenschappelijke regeling raadsrapporteurs aan. (gemeenteraden)", ("GEMEENTEN",)),
    ("Bereid zienswijzen gezamenlijk voor in een jaarlijkse regionale raadsconferentie. (gemeenteraden)",
     ("GEMEENTEN",)),
    ("Maak een gemeenschappelijke adviescommissie verplicht bij regelingen boven 50 miljoen euro. "
     "(minister van BZK)", ("BZK",)),
    ("Verleng de zienswijzetermijn tot twaalf weken en stem de begrotingscyclus af op die van de deelnemers. "
     "(minister van BZK)", ("BZK",)),
    ("Maak van het register van gemeenschappelijke regelingen een volledig openbaar register met de jaarstukken. "
     "(minister van BZK)", ("BZK",)),
    ("Weeg in het financieel toezicht op gemeenten de risico's van hun gemeenschappelijke regelingen mee. "
     "(provincies)", ("OTHER",)),
    ("Toets nieuwe wettelijke samenwerkingsplichten vooraf op aansluiting bij bestaande regio-indelingen. "
     "(minister van BZK)", ("BZK",)),
    ("Leg de regierol van de provincie voor regionale samenwerking vast in de Provinciewet. (minister van BZK)",
     ("BZK",)),
    ("Verken een rechtstreeks gekozen regionaal bestuur en bereid een experimenteerbepaling voor. "
     "(minister van BZK)", ("BZK",)),
    ("Financier regionale griffiersnetwerken ter ondersteuning van raadsleden structureel. "
     "(minister van BZK en gemeenten)", ("BZK", "GEMEENTEN")),
)

REPORT_BLOCKS = (
    H("Voorwoord"),
    P("Bijna geen gemeente in Nederland voert haar taken nog alleen uit. De brandweer en de GGD, de inzameling van "
      "afval, de heffing van belastingen, de inkoop van jeugdhulp, de sociale werkvoorziening en de uitvoering van "
      "milieutaken: zij zijn ondergebracht in gemeenschappelijke regelingen waarin gemeenten, en soms ook provincies "
      "en waterschappen, samenwerken. Gemiddeld loopt meer dan een vijfde van de gemeentelijke uitgaven via zulke "
      "verbanden. Dat is vaak verstandig. Veel taken zijn te groot, te specialistisch of te kwetsbaar voor één "
      "gemeente."),
    P("Die samenwerking heeft echter een keerzijde. Wie een gemeenteraadslid vraagt wat er in de regio gebeurt, "
      "krijgt niet zelden te horen dat de raad er weinig over te zeggen heeft: de begroting komt laat, de "
      "stukken zijn dik, de eigen wethouder is in het regionale bestuur maar één stem van de vele, en een "
      "zienswijze verandert zelden iets. Inwoners weten vaak niet eens dat hun gemeente een taak heeft "
      "uitbesteed. Zo ontstaat een bestuurslaag die wel veel geld besteedt, maar waarop de gekozen "
      "volksvertegenwoordiging nauwelijks grip heeft."),
    P("De minister van Binnenlandse Zaken en Koninkrijksrelaties vroeg de Raad in januari 2025 om te onderzoeken "
      "hoe het drie jaar na de wijziging van de Wet gemeenschappelijke regelingen met die grip staat. Het advies is "
      "voorbereid door een commissie onder voorzitterschap van raadslid prof. dr. M.H. Verhoeven-Dijkstra. De Raad "
      "dankt de vele raadsleden, statenleden, griffiers, bestuurders en ambtenaren die hun ervaringen met ons "
      "deelden, in de enquête, in interviews en in de vier regionale bijeenkomsten."),
    P("drs. R.J. Tjalsma, voorzitter"),
    P("dr. E. Yilmaz, directeur"),
    PageBreak(),
    H("Samenvatting"),
    P("Regionale samenwerking is onmisbaar geworden voor de uitvoering van gemeentelijke taken. De Raad telde 749 "
      "gemeenschappelijke regelingen met samen een begroting van ruim tien miljard euro. Een gemiddelde gemeente "
      "neemt deel aan 27 regelingen, een kleine plattelandsgemeente soms aan meer dan veertig. Daarnaast werken "
      "gemeenten en provincies samen in een groeiend aantal informele verbanden, zoals regiodeals, woondeals en "
      "de regio's voor de energiestrategie."),
    P("De wijziging van de Wet gemeenschappelijke regelingen (Wgr) die op 1 juli 2022 in werking trad, gaf "
      "gemeenteraden meer instrumenten om die samenwerking te sturen en te controleren. De Raad stelt vast dat die "
      "instrumenten nog weinig worden gebruikt. Raadsleden ervaren de regio als ver weg en ingewikkeld. Zij krijgen "
      "de stukken laat, hebben weinig tijd en ondersteuning, en zien dat hun zienswijzen zelden tot aanpassingen "
      "leiden. Een op de drie raadsleden zegt niet te weten aan welke regelingen de eigen gemeente deelneemt."),
    P("De Raad ziet de oorzaak niet alleen bij de raden zelf. Het stelsel van regionale samenwerking is in de loop "
      "der jaren gegroeid zonder ontwerp. Het Rijk heeft gemeenten voor tal van taken tot samenwerking verplicht, "
      "steeds in een andere indeling. Regelingen worden zelden opnieuw gewogen als ze eenmaal bestaan. De "
      "begrotingscyclus van de regelingen sluit slecht aan op die van de gemeenten, en de financiële risico's "
      "worden pas zichtbaar als er een tekort moet worden aangevuld. Ook de provincie, die een verbindende rol "
      "zou kunnen spelen, staat vaak aan de zijlijn."),
    P("De Raad doet adviezen op vier sporen. Het eerste spoor is een bewustere keuze voor samenwerking en minder, "
      "beter passende regio's. Het tweede spoor is een sterkere positie van de gemeenteraad, zowel door een andere "
      "werkwijze van de raden zelf als door aanpassing van de wet. Het derde spoor betreft de financiën en de "
      "openbaarheid van de regelingen. Het vierde spoor richt zich op het Rijk en de provincie, en op de vraag hoe "
      "het regionaal bestuur zich op langere termijn zou moeten ontwikkelen."),
    P("De adviezen staan in de hoofdstukken 3 tot en met 7, telkens na de analyse waarop zij steunen. Bijlage 1 "
      "geeft een genummerd overzicht van alle twaalf adviezen en vermeldt tot wie zij zich richten: de minister "
      "van Binnenlandse Zaken en Koninkrijksrelaties, gemeenten en hun raden, en provincies."),
    PageBreak(),
    H("1 Inleiding"),
    H2("1.1 Adviesaanvraag"),
    P("Op 21 januari 2025 vroeg de minister van Binnenlandse Zaken en Koninkrijksrelaties de Raad voor het "
      "Regionaal Bestuur om advies over de democratische sturing van samenwerking tussen gemeenten en provincies. "
      "Aanleiding was de wijziging van de Wgr, die in 2022 in werking trad en die de positie van de "
      "volksvertegenwoordiging tegenover gemeenschappelijke regelingen moest versterken, en de zorgen die de Tweede "
      "Kamer bij de behandeling van de begroting van BZK uitte over de groei van regionale verbanden buiten de "
      "Wgr.", footnotes=("Wet van 7 juli 2021 tot wijziging van de Wet gemeenschappelijke regelingen in verband met "
                         "de versterking van de democratische legitimatie, in werking getreden op 1 juli 2022.",)),
    P("De minister legde de Raad de volgende vragen voor:", bold=True),
    ItemList(items=(
        ListItem("Hoe staat het, drie jaar na de wijziging van de Wgr, met de democratische sturing van en de "
                 "verantwoording over regionale samenwerkingsverbanden?"),
        ListItem("Welke knelpunten ervaren gemeenteraden, provinciale staten en colleges daarbij, en verschilt dat "
                 "tussen de vormen en beleidsterreinen van samenwerking?"),
        ListItem("Welke aanpassingen in wetgeving, beleid en praktijk zijn nodig om de democratische legitimatie van "
                 "regionale samenwerking te versterken, en welke rol past daarbij het Rijk en de provincie?"),
    ), style="1."),
    P("De Raad heeft de vragen iets breder opgevat dan gevraagd. Democratische sturing begint niet bij de "
      "instrumenten van de raad, maar bij de keuze om een taak regionaal te beleggen en bij de manier waarop het "
      "Rijk die keuze soms voor gemeenten maakt. Die onderwerpen komen daarom ook aan bod."),
    H2("1.2 Afbakening"),
    P("Dit advies gaat in de eerste plaats over samenwerking op grond van de Wgr. De wet kent vier vormen:"),
    bullets(
        "het openbaar lichaam, een zelfstandige rechtspersoon met een algemeen en een dagelijks bestuur, die taken "
        "en bevoegdheden van de deelnemers uitoefent;",
        "de bedrijfsvoeringsorganisatie, een lichtere rechtspersoon voor uitvoerende en ondersteunende taken, met "
        "alleen een bestuur;",
        "het gemeenschappelijk orgaan, zonder rechtspersoonlijkheid, vooral gebruikt voor overleg en afstemming;",
        "de centrumgemeente, waarbij één gemeente taken uitvoert voor de andere deelnemers.",
    ),
    P("Daarnaast werken gemeenten samen in privaatrechtelijke vormen, zoals stichtingen en vennootschappen, en in "
      "informele netwerken zonder eigen rechtsvorm: regiodeals met het Rijk, woondeals, de regio's voor de "
      "Regionale Energiestrategie en tal van bestuurlijke overleggen. Die informele verbanden vallen buiten de "
      "waarborgen van de Wgr. De Raad betrekt ze in zijn analyse, maar richt zijn adviezen vooral op de "
      "publiekrechtelijke samenwerking."),
    P("Provincies nemen zelf deel aan een deel van de regelingen, vooral op het terrein van natuur, recreatie en "
      "milieu, en zijn toezichthouder op de financiën van alle regelingen in hun gebied. Waterschappen blijven in "
      "dit advies buiten beschouwing, behalve waar zij deelnemen aan regelingen met gemeenten."),
    H2("1.3 Werkwijze"),
    P("Het advies is tussen februari en juli 2025 voorbereid door een commissie uit de Raad, ondersteund door het "
      "secretariaat. De commissie gebruikte de volgende bronnen:"),
    bullets(
        "een inventarisatie van alle gemeenschappelijke regelingen op basis van het register van het CBS, de "
        "begrotingen 2024 en de websites van de regelingen, en een verdiepende analyse van 120 regelingen;",
        "een enquête onder gemeenteraadsleden en statenleden, uitgezet via de Nederlandse Vereniging voor "
        "Raadsleden en de provinciale griffies (1.412 respondenten);",
        "46 interviews met raadsleden, griffiers, wethouders, gedeputeerden, secretarissen en controllers van "
        "regelingen, en medewerkers van VNG, IPO en het ministerie van BZK;",
        "vier regionale bijeenkomsten met raadsleden, in Zwolle, Eindhoven, Leeuwarden en Middelburg;",
        "een expertbijeenkomst met bestuurskundigen en juristen over de ervaringen in Denemarken, Duitsland en "
        "Frankrijk.",
    ),
    P("Het conceptadvies is in augustus 2025 besproken met vertegenwoordigers van de VNG, het IPO en de Vereniging "
      "van Griffiers. De Raad is als enige verantwoordelijk voor de inhoud."),
    H2("1.4 Leeswijzer"),
    P("Hoofdstuk 2 schetst het landschap van regionale samenwerking en de ervaringen van raadsleden. Hoofdstuk 3 "
      "gaat over de keuze voor samenwerking, hoofdstuk 4 over de positie van de gemeenteraad en hoofdstuk 5 over "
      "geld en verantwoording. Hoofdstuk 6 behandelt de rol van het Rijk en de provincie, en hoofdstuk 7 kijkt "
      "verder vooruit. De adviezen staan in de lopende tekst van de hoofdstukken, gemarkeerd met ‘Advies’ of ‘Wij "
      "adviseren’; bijlage 1 zet ze genummerd op een rij."),
    H("2 Regionale samenwerking in beeld"),
    H2("2.1 Omvang en verscheidenheid"),
    P("De Raad telde op 1 januari 2025 749 gemeenschappelijke regelingen waaraan ten minste één gemeente deelneemt. "
      "Dat aantal is sinds 2015 nauwelijks veranderd, terwijl het aantal gemeenten in die periode daalde van 393 "
      "naar 342. Gemeentelijke herindelingen hebben de regionale samenwerking dus niet overbodig gemaakt; in een "
      "aantal gevallen zijn regelingen zelfs uitgebreid met taken die de nieuwe gemeente niet zelf wilde "
      "oppakken."),
    P("Tabel 1 laat zien dat de regelingen sterk verschillen in omvang. De veiligheidsregio's, de GGD'en en de "
      "regelingen voor werk en inkomen en voor het sociaal domein besteden samen bijna tweederde van het totale "
      "budget. Daartegenover staat een groot aantal kleine regelingen voor bedrijfsvoering, recreatie en "
      "overleg, met een begroting van enkele tonnen."),
    Table(
        header=("Beleidsterrein", "Aantal regelingen", "Waarvan openbaar lichaam", "Begroting 2024 (mln euro)"),
        rows=(
            ("Veiligheid (veiligheidsregio's)", "25", "25", "2.140"),
            ("Publieke gezondheid (GGD)", "26", "25", "1.180"),
            ("Omgevingsdiensten", "29", "27", "690"),
            ("Werk, inkomen en sociale werkvoorziening", "84", "61", "2.310"),
            ("Jeugd en Wmo (inkoop en uitvoering)", "63", "22", "1.460"),
            ("Afval en reiniging", "41", "28", "830"),
            ("Belastingen en WOZ", "37", "30", "210"),
            ("Bedrijfsvoering en ICT", "118", "34", "640"),
            ("Recreatie, natuur en landschap", "96", "71", "170"),
            ("Economie, ruimte en mobiliteit", "88", "39", "390"),
            ("Overig", "142", "45", "260"),
            ("Totaal", "749", "407", "10.280"),
        ),
        widths=(3.2, 1.4, 1.6, 1.6),
    ),
    P("Bron: inventarisatie van de Raad op basis van het CBS-register en de begrotingen 2024 van de regelingen."),
    P("Opvallend is de verscheidenheid binnen één gemeente. Een gemiddelde gemeente neemt deel aan 27 regelingen, "
      "met 19 verschillende combinaties van partners. Een kleine gemeente in het oosten van het land die de Raad "
      "nader bekeek, neemt deel aan 43 regelingen, in 14 verschillende regio-indelingen. Voor haar raad, die 15 "
      "leden telt, betekent dat jaarlijks ruim tachtig begrotingen, jaarrekeningen en wijzigingsbesluiten om "
      "zienswijzen op te geven."),
    H2("2.2 Ervaringen van raadsleden"),
    P("De enquête van de Raad geeft een somber beeld van de manier waarop raadsleden hun grip op de regio ervaren. "
      "Tabel 2 vat de belangrijkste uitkomsten samen. Statenleden zijn iets positiever, maar hebben ook minder met "
      "regelingen te maken."),
    Table(
        header=("Stelling", "Eens", "Neutraal", "Oneens"),
        rows=(
            ("Ik heb voldoende zicht op de regelingen waaraan mijn gemeente deelneemt", "31%", "22%", "47%"),
            ("De stukken van regelingen komen op tijd om er zorgvuldig over te oordelen", "18%", "20%", "62%"),
            ("Zienswijzen van onze raad hebben invloed op de besluiten van regelingen", "12%", "29%", "59%"),
            ("Ik weet welke wethouder onze gemeente in welk bestuur vertegenwoordigt", "54%", "14%", "32%"),
            ("De instrumenten van de gewijzigde Wgr hebben onze positie versterkt", "21%", "43%", "36%"),
        ),
        widths=(5.2, 1.0, 1.2, 1.0),
        rules="rows",
    ),
    P("Bron: enquête van de Raad onder 1.302 gemeenteraadsleden, maart-april 2025."),
    P("In de interviews en regionale bijeenkomsten kwamen dezelfde thema's terug. Raadsleden beschreven de regio "
      "als ‘een trein die al rijdt’: als de begroting de raad bereikt, zijn de keuzes in het dagelijks bestuur al "
      "gemaakt en is er nauwelijks ruimte voor bijsturing. Griffiers wezen erop dat de ondersteuning van de raad "
      "op regionaal gebied vaak afhangt van één persoon. Bestuurders van regelingen gaven aan dat zij wel openstaan "
      "voor de raden, maar dat tientallen afzonderlijke zienswijzen met tegenstrijdige wensen moeilijk te verwerken "
      "zijn."),
    H2("2.3 Bevindingen"),
    P("Op grond van de inventarisatie, de enquête en de gesprekken komt de Raad tot de volgende bevindingen:",
      bold=True),
    ItemList(items=(
        ListItem("Het aantal regelingen is sinds 2015 vrijwel gelijk gebleven, ondanks een daling van het aantal "
                 "gemeenten met dertien procent."),
        ListItem("Bij de oprichting of uitbreiding van een regeling wordt zelden vastgelegd waarom voor samenwerking "
                 "en voor deze vorm is gekozen, en regelingen worden zelden geëvalueerd of beëindigd."),
        ListItem("De instrumenten uit de gewijzigde Wgr worden weinig benut: slechts 14 regelingen hebben een "
                 "gemeenschappelijke adviescommissie, en het enquêterecht is nog niet gebruikt."),
        ListItem("De termijn van acht weken voor een zienswijze op de ontwerpbegroting is voor veel raden te kort, "
                 "zeker wanneer zij met andere raden willen afstemmen."),
        ListItem("De stukken van regelingen zijn moeilijk vindbaar; van een derde van de regelingen is de "
                 "jaarrekening niet online te vinden."),
        ListItem("Het Rijk schrijft in sectorwetten ten minste acht verschillende regio-indelingen voor, die "
                 "onderling slecht aansluiten."),
        ListItem("Provincies spelen in de meeste regio's geen actieve rol in de ordening van de samenwerking."),
    ), style="a."),
    H("3 Kiezen voor samenwerking"),
    H2("3.1 Samenwerking is geen doel op zich"),
    P("Gemeenten kiezen om goede redenen voor samenwerking: schaalvoordelen, kwaliteit, continuïteit en de "
      "mogelijkheid om schaarse specialisten te delen. De Raad trof in de verdiepende analyse van 120 regelingen "
      "echter nauwelijks stukken aan waarin die redenen vooraf zijn gewogen tegen de nadelen. Vrijwel nergens is "
      "vastgelegd wat de samenwerking moet opleveren, hoe de raad erbij betrokken blijft en onder welke "
      "voorwaarden een gemeente kan uittreden. Het oprichtingsbesluit is doorgaans een juridische tekst over "
      "stemverhoudingen en de verdeling van kosten."),
    P("Eenmaal opgericht, wordt een regeling zelden meer ter discussie gesteld. Uittreden is kostbaar, omdat de "
      "uittredende gemeente de frictiekosten van de achterblijvers moet dragen. Samenvoegen of opheffen vraagt "
      "instemming van alle deelnemers. Zo stapelen regelingen zich op, ook als de oorspronkelijke reden voor "
      "samenwerking is vervallen.", footnotes=(
        "Sinds de wetswijziging van 2022 moet elke regeling een regeling voor uittreding bevatten. In de "
        "onderzochte regelingen is die bepaling meestal algemeen geformuleerd en verwijst zij naar een later te "
        "maken afspraak over de kosten.",)),
    P("Voorbeeld: Werkbedrijf Rivierenland-Oost", bold=True),
    P("Acht gemeenten richtten in 2016 een gezamenlijk werkbedrijf op voor de uitvoering van de Participatiewet. "
      "Toen twee van hen in 2021 fuseerden tot een grotere gemeente, wilde die de uitvoering zelf ter hand nemen. "
      "Uittreding bleek zoveel te kosten dat de nieuwe gemeente ervan afzag. De raad van de gemeente stelt sindsdien "
      "elk jaar vast dat zij ontevreden is over de prestaties van het werkbedrijf, zonder dat er iets verandert."),
    P("Advies", bold=True),
    P("De Raad adviseert de minister van BZK om samen met de VNG en het IPO een afwegingskader te ontwikkelen dat "
      "gemeenten en provincies helpt te bepalen of een taak regionaal moet worden belegd, in welke juridische vorm, "
      "en hoe de raden daarbij betrokken blijven. Zo'n kader hoort ook te beschrijven wanneer een regeling opnieuw "
      "moet worden gewogen en hoe uittreding redelijk kan worden geregeld. Het kader is geen blauwdruk, maar een "
      "hulpmiddel dat de keuze expliciet en bespreekbaar maakt in de raad."),
    H2("3.2 Een woud van regio's"),
    P("Naast de vraag óf een taak regionaal wordt uitgevoerd, speelt de vraag waar de grenzen van de regio liggen. "
      "Omdat elke regeling apart is ontstaan, heeft vrijwel elke regeling een eigen werkgebied. Een gemeente in "
      "Noord-Brabant werkt voor veiligheid en gezondheid samen met 20 gemeenten, voor werk en inkomen met 9, voor "
      "jeugdhulp met 13 en voor afval met 6, en telkens met andere partners. Voor raadsleden betekent dit dat zij "
      "met steeds andere collega's moeten afstemmen. Voor inwoners is het onmogelijk te volgen welke organisatie "
      "waarvoor verantwoordelijk is."),
    P("De Raad ziet in een aantal regio's dat gemeenten en provincies dit zelf oppakken. In Twente en in de regio "
      "Zwolle zijn de afgelopen jaren regelingen samengevoegd tot een kleiner aantal verbanden met dezelfde "
      "grenzen. Die regio's hebben gemeenschappelijke raadsbijeenkomsten, een gezamenlijke planning van "
      "zienswijzen en één regionaal griffiersoverleg. Raadsleden daar zijn merkbaar positiever over hun grip op de "
      "regio dan elders."),
    P("Advies", bold=True),
    P("De Raad adviseert gemeenten en provincies om hun samenwerkingsverbanden kritisch tegen het licht te houden en "
      "regelingen met overlappende taken en werkgebieden waar mogelijk samen te voegen. Een vaste regionale "
      "indeling, waarin zoveel mogelijk taken binnen dezelfde grenzen worden uitgevoerd, maakt de samenwerking "
      "beter te overzien en de sturing door raden eenvoudiger."),
    H("4 De raad aan het stuur"),
    H2("4.1 Wat de wet sinds 2022 biedt"),
    P("De wijziging van de Wgr heeft de positie van de raad op een aantal punten versterkt. De belangrijkste "
      "instrumenten zijn:"),
    bullets(
        "de mogelijkheid om een gemeenschappelijke adviescommissie in te stellen, bestaande uit leden van de raden "
        "van de deelnemers, die het algemeen bestuur gevraagd en ongevraagd adviseert;",
        "het recht om een zienswijze te geven op de ontwerpregeling en op wijzigingen van de regeling, naast de al "
        "bestaande zienswijze op de ontwerpbegroting;",
        "het recht van onderzoek: de raden van de deelnemers kunnen gezamenlijk een enquête instellen naar het "
        "bestuur van een openbaar lichaam;",
        "de plicht van het bestuur om de raden desgevraagd te informeren en een inspraakregeling voor inwoners vast "
        "te stellen.",
    ),
    P("Deze instrumenten zijn in de praktijk nog weinig benut. De gemeenschappelijke adviescommissie bestaat bij 14 "
      "van de 749 regelingen; de meeste daarvan zijn veiligheidsregio's en omgevingsdiensten. Het recht van "
      "onderzoek is nog nergens gebruikt. Geïnterviewde griffiers verklaren dit vooral uit onbekendheid en uit de "
      "inspanning die samenwerking tussen raden vraagt: een adviescommissie of enquête komt er alleen als alle of "
      "vrijwel alle raden meedoen."),
    H2("4.2 Hoe raden werken"),
    P("Tegelijk ziet de Raad dat raden zelf veel kunnen doen om hun positie te versterken. Raden die hun regionale "
      "dossiers verdelen over vaste raadsleden, die voor elke regeling vooraf bepalen wat zij willen bereiken en "
      "die hun zienswijzen afstemmen met de andere raden, hebben aantoonbaar meer invloed. In de enquête zeggen "
      "raadsleden uit zulke gemeenten twee keer zo vaak dat hun zienswijzen effect hebben."),
    P("Voorbeeld: raadsrapporteurs in het Noordkwartier", bold=True),
    P("De raden van de zeven gemeenten in het Noordkwartier wijzen sinds 2023 voor elke regeling met een bijdrage "
      "van meer dan een miljoen euro twee raadsleden aan als rapporteur, één uit de coalitie en één uit de oppositie. "
      "De rapporteurs volgen de vergaderingen van het algemeen bestuur, spreken halfjaarlijks met de directeur en "
      "informeren hun fracties. Eenmaal per jaar, in februari, komen alle raadsleden van de regio bijeen in een "
      "regionale raadsconferentie om de kaderbrieven van de regelingen te bespreken. De zienswijzen van de zeven "
      "raden worden daarna zoveel mogelijk gelijkluidend opgesteld."),
    P("Wij adviseren", bold=True),
    P("De Raad adviseert gemeenteraden om voor elke gemeenschappelijke regeling met een substantiële bijdrage uit de "
      "gemeentebegroting raadsleden als rapporteur aan te wijzen, die de regeling volgen en de raad tijdig "
      "informeren over wat er speelt. Daarnaast adviseert de Raad gemeenteraden om hun zienswijzen op begrotingen "
      "en wijzigingen van regelingen gezamenlijk voor te bereiden met de andere deelnemende raden, bijvoorbeeld in "
      "een jaarlijkse regionale raadsconferentie, zodat de regio één duidelijke boodschap ontvangt."),
    H2("4.3 Een steviger wettelijke basis"),
    P("De Raad acht de inzet van de raden zelf noodzakelijk, maar niet voldoende. Bij de grootste regelingen, "
      "waarin honderden miljoenen euro's omgaan en waarvan de besluiten rechtstreeks ingrijpen in het leven van "
      "inwoners, is het te vrijblijvend om de betrokkenheid van de raad over te laten aan de vraag of alle "
      "deelnemende raden daar toevallig tijd voor hebben. De wetgever heeft in 2022 gekozen voor een facultatieve "
      "adviescommissie; de praktijk laat zien dat die keuze bij grote regelingen onvoldoende oplevert."),
    P("Daarnaast sluit de begrotingscyclus van de regelingen slecht aan op die van de gemeenten. Het dagelijks "
      "bestuur van een regeling moet de ontwerpbegroting acht weken voordat het algemeen bestuur haar vaststelt, "
      "aan de raden zenden; de begroting moet vóór 1 augustus bij gedeputeerde staten zijn ingediend. In de "
      "praktijk vallen de termijnen voor zienswijzen in april en mei, precies wanneer de raden de eigen "
      "voorjaarsnota of kadernota behandelen. Raden die met andere raden willen afstemmen, redden het in acht "
      "weken niet.", footnotes=("Artikelen 34 en 35 Wgr. Een kaderbrief van het dagelijks bestuur, vóór 15 "
                                "april, is in de wet niet voorgeschreven maar is in veel regio's gebruikelijk.",)),
    P("Wij adviseren", bold=True),
    P("De Raad adviseert de minister van BZK om in de Wgr de gemeenschappelijke adviescommissie verplicht te stellen "
      "voor regelingen met een jaarbegroting van meer dan 50 miljoen euro. Tevens adviseert de Raad de minister "
      "om de termijn voor zienswijzen op de ontwerpbegroting te verlengen van acht naar twaalf weken en de wettelijke "
      "begrotingscyclus van regelingen zo aan te passen dat zij aansluit op de planning- en controlcyclus van de "
      "deelnemende gemeenten."),
    H("5 Geld en verantwoording"),
    H2("5.1 De regio als financieel risico"),
    P("Gemeenten dragen jaarlijks ruim tien miljard euro bij aan gemeenschappelijke regelingen. Die bijdragen zijn "
      "in de gemeentebegroting grotendeels een vaststaand gegeven: de raad kan de bijdrage niet eenzijdig "
      "verlagen, en een tekort bij de regeling moet door de deelnemers worden aangevuld. In de afgelopen jaren "
      "hadden met name regelingen voor de inkoop van jeugdhulp en de sociale werkvoorziening te maken met "
      "aanzienlijke tekorten. In twee van de door de Raad onderzochte regio's leidde een tekort bij een regeling "
      "ertoe dat deelnemende gemeenten moesten bezuinigen op andere taken."),
    P("Raden zien zulke risico's vaak pas als het tekort er is. De paragraaf verbonden partijen in de "
      "gemeentebegroting is in de meeste gevallen een opsomming van regelingen en bijdragen, zonder analyse van de "
      "risico's en het weerstandsvermogen van de regeling zelf. Accountants van regelingen rapporteren aan het "
      "algemeen bestuur, niet aan de raden van de deelnemers."),
    H2("5.2 Openbaarheid"),
    P("Een eerste voorwaarde voor sturing is dat raadsleden en inwoners de stukken kunnen vinden. Dat is nu niet "
      "vanzelfsprekend. Het register van gemeenschappelijke regelingen dat het CBS bijhoudt, bevat de namen en "
      "deelnemers, maar niet de regelingen zelf of de jaarstukken. Van een derde van de regelingen vond de Raad de "
      "jaarrekening van 2023 niet online; van ruim veertig regelingen was niet eens de actuele tekst te vinden. "
      "Regelingen moeten hun besluiten wel bekendmaken, maar dat gebeurt verspreid over de publicatiebladen van de "
      "deelnemers."),
    P("Advies", bold=True),
    P("De Raad adviseert de minister van BZK om het bestaande register om te vormen tot een volledig, openbaar "
      "register waarin van elke gemeenschappelijke regeling de actuele tekst, de begroting, de jaarrekening en het "
      "accountantsverslag te vinden zijn. Zo'n register maakt het voor raadsleden, journalisten en inwoners "
      "mogelijk om regelingen met elkaar te vergelijken en vragen te stellen."),
    H2("5.3 Toezicht"),
    P("Gedeputeerde staten houden financieel toezicht op gemeenten en op gemeenschappelijke regelingen. Zij "
      "beoordelen jaarlijks de begroting en kunnen een gemeente of regeling onder preventief toezicht plaatsen als "
      "de begroting niet structureel in evenwicht is. In de praktijk beoordelen provincies gemeenten en regelingen "
      "los van elkaar. Dat de financiële positie van een gemeente afhangt van de risico's van de regelingen waaraan "
      "zij deelneemt, komt in de toezichtsbrieven die de Raad bestudeerde nauwelijks aan de orde."),
    P("Advies", bold=True),
    P("De Raad adviseert provincies om in hun financieel toezicht op gemeenten voortaan ook de risico's mee te "
      "wegen die voortvloeien uit de gemeenschappelijke regelingen waaraan een gemeente deelneemt, en daarover in "
      "hun jaarlijkse toezichtsbrief aan de gemeenteraad te rapporteren. Dat geeft de raad een onafhankelijk beeld "
      "van de risico's die via de regio op de eigen begroting afkomen."),
    H("6 Rijk en provincie"),
    H2("6.1 Het Rijk als regiomaker"),
    P("Een belangrijk deel van de regionale samenwerking is niet door gemeenten zelf gekozen. Het Rijk heeft in "
      "sectorwetten voorgeschreven dat gemeenten samenwerken, en in welke regio's. De Raad telde ten minste de "
      "volgende wettelijke of door het Rijk vastgestelde indelingen:"),
    bullets(
        "25 veiligheidsregio's (Wet veiligheidsregio's);",
        "25 GGD-regio's, die sinds 2013 samenvallen met de veiligheidsregio's;",
        "35 arbeidsmarktregio's (Wet structuur uitvoeringsorganisatie werk en inkomen);",
        "42 jeugdregio's voor de inkoop van jeugdhulp (Jeugdwet en de Hervormingsagenda Jeugd);",
        "29 omgevingsdiensten (Omgevingswet);",
        "30 regio's voor de Regionale Energiestrategie;",
        "43 regio's voor beschermd wonen en maatschappelijke opvang;",
        "27 zorg- en veiligheidshuizen.",
    ),
    P("Deze indelingen sluiten onderling slecht aan. Elk departement heeft bij de invoering een indeling gekozen "
      "die voor zijn eigen beleidsterrein het meest geschikt leek, zonder te kijken naar wat al bestond. Voor "
      "gemeenten betekent iedere nieuwe indeling een nieuwe regeling, een nieuw bestuur en een nieuwe set "
      "zienswijzen. De Raad constateert dat er binnen het Rijk geen toets bestaat die zulke stapeling voorkomt."),
    P("Advies", bold=True),
    P("De Raad adviseert de minister van BZK, als coördinerend bewindspersoon voor het binnenlands bestuur, ervoor te "
      "zorgen dat elk nieuw wetsvoorstel dat gemeenten tot samenwerking verplicht, vooraf wordt getoetst op de "
      "aansluiting bij bestaande regio-indelingen, en dat een afwijkende indeling alleen mogelijk is als die in de "
      "toelichting wordt gemotiveerd."),
    H2("6.2 De provincie als verbinder"),
    P("Provincies hebben een brede taak in de ruimtelijke ontwikkeling, de regionale economie en het openbaar "
      "vervoer, en houden toezicht op gemeenten. Zij zijn daardoor in veel regio's een natuurlijke partner van "
      "gemeenten. In de praktijk verschilt de rol die provincies in regionale samenwerking spelen sterk. Sommige "
      "provincies, zoals Overijssel en Zeeland, organiseren actief het gesprek over de ordening van de "
      "samenwerking; andere beperken zich tot hun wettelijke toezichtstaak."),
    P("De Raad ziet in een sterkere rol van de provincie een kans om het woud van regio's te ordenen. Een "
      "provincie kan regio's met elkaar verbinden, gemeenten helpen om indelingen op elkaar af te stemmen en "
      "namens de regio het gesprek met het Rijk voeren. Die rol moet dan wel een basis hebben die verder gaat dan "
      "vrijblijvendheid."),
    P("Wij adviseren", bold=True),
    P("De Raad adviseert de minister van BZK om in de Provinciewet vast te leggen dat de provincie regisseur is van "
      "de regionale samenwerking in haar gebied, met de bevoegdheid om gemeenten en samenwerkingsverbanden te "
      "verplichten hun indelingen op elkaar af te stemmen als zij daar zelf niet in slagen."),
    H("7 Verder kijken"),
    H2("7.1 De grenzen van verlengd lokaal bestuur"),
    P("Gemeenschappelijke regelingen zijn verlengd lokaal bestuur. Hun legitimatie is afgeleid van de "
      "gemeenteraden, die de leden van het algemeen bestuur aanwijzen of het college daartoe machtigen. Voor een "
      "kleine regeling voor belastingheffing of ICT is dat een passende constructie. Bij de grootste regelingen, "
      "met begrotingen van honderden miljoenen en taken die diep ingrijpen in het leven van inwoners, schiet die "
      "indirecte legitimatie volgens de Raad tekort. Het bestuur van zo'n regeling is voor inwoners onzichtbaar en "
      "aan geen enkele kiezer rechtstreeks verantwoording verschuldigd."),
    P("In andere Europese landen bestaan andere oplossingen. Denemarken kent vijf rechtstreeks gekozen regio's met "
      "een eigen takenpakket. In Duitsland vervullen de Landkreise met een gekozen Kreistag veel taken die in "
      "Nederland bij regelingen liggen. Frankrijk heeft de intercommunalités versterkt, waarvan de raadsleden "
      "sinds 2014 op hetzelfde stembiljet worden gekozen als de gemeenteraad. Geen van die modellen is zonder meer "
      "over te nemen, maar zij laten zien dat er alternatieven zijn voor een steeds verdere stapeling van "
      "regelingen.", footnotes=("De expertbijeenkomst van de Raad op 12 juni 2025 is uitgewerkt in een afzonderlijke "
                                "achtergrondstudie, die op de website van de Raad beschikbaar is.",)),
    P("Advies", bold=True),
    P("De Raad adviseert de minister van BZK om te verkennen of voor de grootste samenwerkingsverbanden een "
      "rechtstreeks gekozen regionaal bestuur mogelijk is, en daarvoor een experimenteerbepaling in de Wgr voor te "
      "bereiden, zodat regio's die dat willen in een proef van enkele jaren ervaring kunnen opdoen."),
    H2("7.2 Investeren in de mensen"),
    P("Wat de vorm van de samenwerking ook is, democratische sturing valt of staat met de mensen die haar moeten "
      "uitoefenen. Gemeenteraadsleden besteden gemiddeld zestien uur per week aan hun raadswerk, naast een baan. De "
      "griffie van een gemeente met minder dan 30.000 inwoners telt vaak niet meer dan twee of drie fte. Niemand "
      "heeft daar tijd om de vele regelingen te volgen. In een aantal regio's hebben de griffies daarom een "
      "regionaal netwerk gevormd, waarin één griffier de regionale dossiers voor alle raden voorbereidt. De "
      "ervaringen daarmee zijn goed, maar de netwerken bestaan bij de gratie van tijdelijke subsidies en de inzet "
      "van enkele enthousiaste griffiers."),
    P("Wij adviseren", bold=True),
    P("De Raad adviseert de minister van BZK en de gemeenten om te investeren in de ondersteuning van raadsleden, "
      "door regionale griffiersnetwerken op te zetten en daarvoor structureel middelen beschikbaar te stellen, "
      "bijvoorbeeld via een decentralisatie-uitkering in het gemeentefonds."),
    PageBreak(),
    H("Bijlage 1 Overzicht van de adviezen"),
    P("Hieronder staan de adviezen uit de hoofdstukken 3 tot en met 7, genummerd in de volgorde waarin zij in de "
      "tekst voorkomen. De toelichting staat in het hoofdstuk; tussen haakjes staat tot wie het advies zich richt."),
    ItemList(
        items=tuple(ListItem(text, recommendation=Recommendation(str(n), depts))
                    for n, (text, depts) in enumerate(OVERVIEW, start=1)),
        style="1.",
    ),
    H("Bijlage 2 Commissie en gesprekspartners"),
    P("De commissie die dit advies voorbereidde, bestond uit:"),
    bullets(
        "prof. dr. M.H. Verhoeven-Dijkstra, raadslid, voorzitter van de commissie;",
        "mr. drs. P. Baartmans, raadslid;",
        "dr. S.A. Nieuwenhuis-Çelik, raadslid;",
        "drs. W. de Graaf, extern lid, oud-griffier van de gemeente Deventer;",
        "mr. L. Roozendaal, projectleider, en drs. F. van Esch, adviseur (secretariaat).",
    ),
    P("De commissie sprak onder meer met vertegenwoordigers van de Vereniging van Nederlandse Gemeenten, het "
      "Interprovinciaal Overleg, de Nederlandse Vereniging voor Raadsleden, de Vereniging van Griffiers, de "
      "Vereniging van Gemeentesecretarissen, het Veiligheidsberaad, GGD GHOR Nederland, de Omgevingsdienst "
      "Nederland, Divosa en de Algemene Rekenkamer, en met medewerkers van de ministeries van BZK, VWS, SZW en "
      "JenV. Daarnaast werden 22 raadsleden, 6 statenleden, 7 griffiers en 5 secretarissen van regelingen "
      "geïnterviewd."),
)

REPORT = Document(
    title="Wie stuurt de regio?",
    subtitle="Advies over de democratische sturing van samenwerking tussen gemeenten en provincies",
    blocks=REPORT_BLOCKS,
    running_header="Raad voor het Regionaal Bestuur  |  Wie stuurt de regio?",
    footer="{page}",
    font_family="serif",
    font_size=10.5,
    imprint=("Raad voor het Regionaal Bestuur", "Advies 2025/04", "Den Haag, september 2025"),
)

# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV1 = ("Het advies om zo'n kader samen met de VNG en het IPO te ontwikkelen (advies 1) neem ik over.")
EV2 = ("Wel verken ik samen met de VNG en het IPO in twee regio's hoe het aantal regelingen kan worden "
       "teruggebracht en welke belemmeringen gemeenten daarbij tegenkomen.")
EV34 = ("Ik onderschrijf de adviezen aan gemeenteraden om voor de grotere regelingen raadsrapporteurs aan te wijzen "
        "en hun zienswijzen samen met de andere deelnemende raden voor te bereiden.")
EV5 = ("Een wettelijke plicht om bij grote regelingen een gemeenschappelijke adviescommissie in te stellen, neem ik "
       "daarentegen niet over.")
EV6 = ("Ik ben daarom bereid de termijn in de Wgr te verlengen tot tien weken, maar een langere termijn en een "
       "verschuiving van de wettelijke data in de begrotingscyclus acht ik niet verantwoord.")
EV7 = ("In die brief heb ik toegezegd dat het register van gemeenschappelijke regelingen per 1 januari 2026 wordt "
       "uitgebreid tot een openbaar register waarin van elke regeling de geldende tekst, de begroting, de "
       "jaarrekening en het accountantsverslag te vinden zijn.")
EV9 = ("Naar aanleiding van advies 9 heeft het kabinet besloten dat vanaf 1 juli 2026 elk wetsvoorstel dat "
       "gemeenten tot samenwerking verplicht, vooraf wordt getoetst op de aansluiting bij bestaande "
       "regio-indelingen.")
EV10 = ("Een wettelijke regierol met de bevoegdheid om gemeenten tot afstemming te verplichten, acht ik echter niet "
        "wenselijk.")
EV12 = ("Voor een proef met regionale griffiersnetwerken in vier regio's stel ik in 2026 en 2027 in totaal 1,2 "
        "miljoen euro beschikbaar, maar structurele middelen, zoals de Raad bepleit, kan ik niet toezeggen.")

RESPONSE_BLOCKS = (
    P("Op 25 september 2025 heeft de Raad voor het Regionaal Bestuur (hierna: de Raad) mij zijn advies ‘Wie stuurt "
      "de regio?’ aangeboden. Het advies is een antwoord op mijn adviesaanvraag van 21 januari 2025 over de "
      "democratische sturing van samenwerking tussen gemeenten en provincies. Met deze brief bied ik uw Kamer het "
      "advies aan en geef ik mijn reactie erop. Ik heb deze reactie voorbereid na overleg met de Vereniging van "
      "Nederlandse Gemeenten (VNG) en het Interprovinciaal Overleg (IPO)."),
    P("Ik dank de Raad voor een zorgvuldig en prikkelend advies. De Raad heeft niet alleen de wet en de literatuur "
      "bestudeerd, maar ook ruim dertienhonderd raadsleden naar hun ervaringen gevraagd en in vier regio's met hen "
      "gesproken. Dat geeft het advies een stevige basis in de praktijk. De uitkomsten van de enquête zijn "
      "ontnuchterend: minder dan een derde van de raadsleden zegt voldoende zicht te hebben op de regelingen "
      "waaraan de eigen gemeente deelneemt."),
    H2("Context"),
    P("Met de wijziging van de Wet gemeenschappelijke regelingen (Wgr), die op 1 juli 2022 in werking trad, heeft "
      "de wetgever de positie van gemeenteraden, provinciale staten en algemene besturen van waterschappen "
      "tegenover gemeenschappelijke regelingen versterkt. Sindsdien kunnen de raden onder meer:"),
    bullets(
        "een gemeenschappelijke adviescommissie van raadsleden instellen;",
        "een zienswijze geven op de ontwerpregeling en op wijzigingen daarvan, en niet alleen op de begroting;",
        "gezamenlijk een onderzoek instellen naar het bestuur van een openbaar lichaam;",
        "rekenen op een bepaling over uittreding, die in elke regeling moet zijn opgenomen.",
    ),
    P("De wetswijziging wordt in 2026 en 2027 geëvalueerd, zoals bij de behandeling is toegezegd. Het advies van de "
      "Raad is voor die evaluatie een waardevolle eerste bouwsteen. Daarnaast werkt mijn ministerie in het "
      "programma Versterking Democratie en Bestuur samen met de VNG, het IPO, de Nederlandse Vereniging voor "
      "Raadsleden en de Vereniging van Griffiers aan de ondersteuning van volksvertegenwoordigers. Binnen dat "
      "programma zijn sinds 2023 onder meer beschikbaar gekomen:"),
    bullets(
        "de handreiking ‘Grip op regionale samenwerking’, die in 2024 is geactualiseerd;",
        "een leergang regionale samenwerking voor raadsleden, die in 2024 en 2025 door ruim negenhonderd "
        "raadsleden is gevolgd;",
        "het kennisplatform ‘Raad en Regio’, met voorbeelden van werkwijzen van raden en griffies.",
    ),
    P("Hieronder volg ik de opbouw van het advies. De Raad heeft zijn adviezen in een bijlage genummerd; waar dat "
      "de leesbaarheid dient, verwijs ik naar die nummers."),
    H2("Kiezen voor samenwerking"),
    P("De Raad stelt vast dat gemeenten vaak voor samenwerking kiezen zonder de gevolgen voor de democratische "
      "sturing goed te wegen, en dat een eenmaal opgerichte regeling zelden nog ter discussie wordt gesteld. Ik "
      "herken dat beeld. Het blijkt ook uit de Staat van het Bestuur, waarin het aantal gemeenschappelijke "
      "regelingen de afgelopen tien jaar nauwelijks is gedaald, terwijl het aantal gemeenten sterk afnam."),
    P("Een afwegingskader kan gemeenten en provincies helpen die keuze bewuster te maken. " + EV1 + " Het kader "
      "behandelt in elk geval de vraag of een taak zich leent voor regionale uitvoering, de keuze tussen de vormen "
      "die de Wgr biedt, de manier waarop de raden betrokken blijven en de voorwaarden voor uittreding. Ik streef "
      "ernaar het kader in het voorjaar van 2026 beschikbaar te stellen, zodat nieuwe colleges en raden het na de "
      "gemeenteraadsverkiezingen kunnen gebruiken bij de herziening van hun regelingen.",
      answers=(Answer("1", "agree", EV1),)),
    P("Voor het samenvoegen van regelingen met overlappende taken en werkgebieden ligt het initiatief bij gemeenten "
      "en provincies zelf; zij zijn als deelnemers verantwoordelijk voor de inrichting van hun samenwerking, en de "
      "voorbeelden uit Twente en de regio Zwolle laten zien dat dit ook kan. " + EV2 + " Op basis van die "
      "verkenning bezie ik in 2027 of aanvullende ondersteuning vanuit het Rijk nodig is.",
      answers=(Answer("2", "partial", EV2),)),
    H2("De positie van de gemeenteraad"),
    P("De kern van het advies gaat over de gemeenteraad. De Raad laat zien dat de instrumenten die de gewijzigde "
      "Wgr biedt nog maar beperkt worden gebruikt: slechts veertien regelingen hebben een gemeenschappelijke "
      "adviescommissie, en zienswijzen van raden leiden zelden tot aanpassing van een begroting. Raadsleden noemen "
      "vooral tijdgebrek en het late moment waarop zij informatie krijgen als oorzaak. Ook uit de eerste gesprekken "
      "die in het kader van de evaluatie van de Wgr zijn gevoerd, komt dat beeld naar voren."),
    P("De adviezen 3, 4 en 5 gaan over de manier waarop raden hun instrumenten benutten. " + EV34 + " In regio's "
      "waar dat al gebeurt, zoals in het Noordkwartier, kijken raadsleden er positief op terug. Ik vraag de VNG en "
      "de Vereniging van Griffiers deze werkwijzen op te nemen in de handreiking ‘Grip op regionale samenwerking’, "
      "en binnen het programma Versterking Democratie en Bestuur ondersteun ik in 2026 de organisatie van "
      "regionale raadsconferenties in ten minste tien regio's. " + EV5 + " De wetgever heeft in 2022 bewust gekozen "
      "voor een bevoegdheid en niet voor een plicht, zodat raden zelf kunnen bepalen welke vorm van sturing bij een "
      "regeling past. Een verplichte commissie die niet door de raden zelf wordt gedragen, zal volgens mij weinig "
      "toevoegen.",
      answers=(Answer("3", "agree", EV34), Answer("4", "agree", EV34), Answer("5", "disagree", EV5))),
    P("De Raad adviseert ook om de termijn voor zienswijzen op de ontwerpbegroting te verlengen van acht naar twaalf "
      "weken en de begrotingscyclus van regelingen beter te laten aansluiten op die van de deelnemers. Ik erken dat "
      "acht weken krap is, zeker als raden hun zienswijze regionaal willen afstemmen. " + EV6 + " De begroting van "
      "een regeling moet tijdig bij gedeputeerde staten liggen, zodat het toezicht zijn werk kan doen voordat de "
      "deelnemers hun eigen begroting vaststellen. Het wetsvoorstel waarin ik de langere termijn regel, breng ik "
      "in het najaar van 2026 in consultatie, samen met andere wijzigingen die uit de evaluatie voortkomen.",
      answers=(Answer("6", "partial", EV6),)),
    H2("Financiën en verantwoording"),
    P("Gemeenten brengen een aanzienlijk deel van hun begroting onder in gemeenschappelijke regelingen; volgens de "
      "inventarisatie van de Raad gaat het om ruim tien miljard euro per jaar. Tekorten bij een regeling, "
      "bijvoorbeeld in de jeugdhulp of de sociale werkvoorziening, komen via de bijdragen van de deelnemers direct "
      "ten laste van de gemeentebegroting. Het is daarom van belang dat raden tijdig zicht hebben op de financiële "
      "positie en de risico's van de regelingen waaraan hun gemeente deelneemt."),
    P("Over de openbaarheid van de stukken van gemeenschappelijke regelingen heb ik uw Kamer geïnformeerd in mijn "
      "brief van 17 april 2025 over de uitvoering van de gewijzigde Wgr. " + EV7 + " De voorbereidingen daarvoor "
      "liggen op schema; het CBS en de KOOP-dienst van mijn ministerie werken daarvoor samen. Voor mijn verdere "
      "reactie op dit punt verwijs ik naar die brief.",
      footnotes=("Kamerstukken II 2024/25, 36 118, nr. 9.",),
      answers=(Answer("7", "agree", EV7),)),
    P("Het financieel toezicht op gemeenten en gemeenschappelijke regelingen ligt bij de provincies. Gedeputeerde "
      "staten beoordelen jaarlijks de begrotingen en kunnen een gemeente of regeling onder preventief toezicht "
      "stellen als de begroting niet structureel en reëel in evenwicht is. De provincies werken daarbij met het "
      "Gemeenschappelijk financieel toezichtkader, dat zij in IPO-verband hebben opgesteld en in 2024 hebben "
      "geactualiseerd."),
    H2("Rijk en provincie"),
    P("De Raad houdt ook het Rijk een spiegel voor. Veel regionale samenwerking is niet door gemeenten zelf gekozen, "
      "maar bij of krachtens de wet voorgeschreven: in de veiligheidsregio's, de arbeidsmarktregio's, de "
      "jeugdregio's en de omgevingsdiensten. Elke sectorwet hanteert een eigen indeling, en de Raad telt er ten "
      "minste acht. Ik deel de opvatting dat het Rijk hierin een eigen verantwoordelijkheid heeft."),
    P(EV9 + " Wijkt een voorstel af van de indeling van de veiligheidsregio's, die het kabinet als uitgangspunt "
      "hanteert, dan moet de memorie van toelichting dat motiveren. De toets wordt opgenomen in het Beleidskompas, "
      "en mijn ministerie adviseert de andere departementen daarover in een vroeg stadium van de "
      "wetsvoorbereiding. Over de bestaande indelingen ga ik met de betrokken bewindspersonen in gesprek in het "
      "kader van het programma Regio's van de toekomst.",
      answers=(Answer("9", "agree", EV9),)),
    P("De Raad adviseert daarnaast om de provincie in de Provinciewet aan te wijzen als regisseur van de regionale "
      "samenwerking in haar gebied. Ik deel de analyse van de Raad dat provincies in veel regio's een verbindende "
      "rol kunnen spelen, en in een aantal provincies gebeurt dat al met succes. " + EV10 + " Gemeenten zijn "
      "zelfstandige bestuurslagen die verantwoording afleggen aan hun eigen raad; een provinciale regisseur met "
      "dwingende bevoegdheden voegt een hiërarchische laag toe en maakt de verantwoordelijkheden minder helder, "
      "terwijl het advies juist beoogt die te verduidelijken. De bestaande bevoegdheid van gedeputeerde staten om "
      "in uitzonderlijke gevallen samenwerking op te leggen, acht ik voldoende. Wel ga ik met het IPO in gesprek "
      "over de manier waarop provincies binnen hun huidige taken gemeenten kunnen ondersteunen; Overijssel en "
      "Zeeland hebben aangeboden hun ervaringen te delen.",
      answers=(Answer("10", "disagree", EV10),)),
    H2("Verder kijken"),
    P("In het laatste hoofdstuk kijkt de Raad verder vooruit. Hij stelt dat de afgeleide legitimatie van regionale "
      "samenwerking haar grenzen bereikt bij de grootste samenwerkingsverbanden, en vraagt om te verkennen of daar "
      "een rechtstreeks gekozen regionaal bestuur mogelijk is. Die vraag raakt aan de inrichting van het "
      "binnenlands bestuur als geheel, en daarover wil ik niet vooruitlopen op de brief over de toekomst van het "
      "openbaar bestuur. Ik kom op dit advies terug in die brief, die ik uw Kamer voor de zomer van 2026 stuur."),
    P("Ten slotte vraagt de Raad om te investeren in de ondersteuning van raadsleden via regionale "
      "griffiersnetwerken die structureel worden gefinancierd (advies 12). Griffies zijn in veel gemeenten klein, "
      "en een griffier die de regionale dossiers voor alle deelnemende raden volgt, kan raadsleden veel werk uit "
      "handen nemen. " + EV12 + " De ondersteuning van de raad is een taak van de gemeente zelf, en de kosten "
      "daarvan worden uit de algemene uitkering van het gemeentefonds gedragen. Na afloop van de proef bespreek ik "
      "met de VNG hoe gemeenten de netwerken kunnen voortzetten.",
      answers=(Answer("12", "partial", EV12),)),
    H2("Tot slot"),
    P("Het advies van de Raad laat zien dat regionale samenwerking onmisbaar is, maar dat de democratische sturing "
      "ervan niet vanzelf goed gaat. Veel ligt in handen van gemeenten en hun raden zelf; het Rijk kan en moet "
      "daarbij helpen, en moet voorkomen dat het zelf bijdraagt aan de versnippering. Ik zal uw Kamer over de "
      "voortgang van de toezeggingen in deze brief informeren in de Staat van het Bestuur 2026 en bij de "
      "aanbieding van de evaluatie van de Wgr."),
    P("De minister van Binnenlandse Zaken en Koninkrijksrelaties,"),
    P("drs. H.W. Dekker-Oosterhuis"),
)

RESPONSE = Document(
    title="Reactie op het advies ‘Wie stuurt de regio?’ van de Raad voor het Regionaal Bestuur",
    subtitle="Aan de Voorzitter van de Tweede Kamer der Staten-Generaal  |  Datum 11 december 2025  |  "
             "Kenmerk 2025-0000712406  |  Ministerie van Binnenlandse Zaken en Koninkrijksrelaties, "
             "DG Openbaar Bestuur en Democratische Rechtsstaat",
    blocks=RESPONSE_BLOCKS,
    running_header="Reactie advies Raad voor het Regionaal Bestuur  |  11 december 2025",
    footer="Pagina {page} van {pages}",
    font_family="sans",
    font_size=10.5,
    title_page=False,
)

PAIR = Pair(
    name="regional_governance_advice_overview",
    report=REPORT,
    response=RESPONSE,
    description="Fictional Raad voor het Regionaal Bestuur advice on democratic control of regional cooperation "
                "(gemeenschappelijke regelingen): advice given in running text under bold 'Advies'/'Wij adviseren' "
                "labels, numbered 1-12 only in the annex 'Overzicht van de adviezen'; answered by a BZK letter that "
                "follows the chapters in prose, cites annex numbers only sometimes, answers three advices in one "
                "paragraph and one via an earlier letter; 5 agree, 3 partial, 2 disagree, 2 not addressed.",
)
