"""Pair: a fictional advice of the "Adviesraad Werk en Bestaanszekerheid" on working poverty ("Werk dat niet loont"),
answered by a "Beleidsreactie" letter of the minister of SZW whose own numbered paragraphs (3.1, 3.2, 4.1 ...) collide
with the per-chapter numbers of the recommendations but do not correspond to them.

Report layout: sans, title page with imprint, running header, page numbers at the foot.  Voorwoord, Samenvatting
(bullet list of key findings, recommendations summarised in prose only, no numbers), six chapters with numbered
level-2 sections ("3.1 Toeslagen: voorschot en terugvordering"), footnotes, a "1." list of the minister's advice
questions in chapter 1 (not recommendations), bullet lists of findings and methods, an "a." list of four causes in
chapter 2, two ruled tables (a grid table of figures, a row-ruled table of Nibud examples), a bold "Casus" lead-in.
Chapters 3, 4 and 5 end with a level-3 heading "Aanbevelingen", a bold lead-in and a "1." style list whose printed
labels are the recommendation numbers per chapter: "3.1"-"3.4", "4.1"-"4.4", "5.1"-"5.6" (fourteen in all).  The
addressee is named in the text of each item.  Bijlagen: consulted organisations and members (bullet lists).

Response layout: serif letter without title page (letterhead in the subtitle), "Geachte voorzitter," opening,
numbered sections as level-2 headings "1. Inleiding", "2. Hoofdlijnen", "3. Inkomen uit werk", "4. Zekerheid in
werk", "5. Tot slot", with numbered level-3 sub-paragraphs "3.1 Minimumloon", "3.2 Toeslagen", "3.3
Inkomensondersteuning door gemeenten", "3.4 Schulden", "4.1 Flexibele contracten", "4.2 Kinderopvang", "4.3
Arbeidsmigranten", "4.4 Werkende armoede in beeld".  Those numbers collide with the recommendation numbers but do not
match them: letter 3.1 answers recommendation 3.4, letter 3.3 answers 5.2, letter 3.4 answers 5.1/5.4/5.5, letter 4.1
answers 4.2, letter 4.2 answers 4.1, letter 4.4 answers 5.6, and letter paragraph 4.3 is about labour migrants (an
unrelated progress report) while recommendation 4.3 is not mentioned anywhere.  Section 2 holds a bullet list of
existing measures, a forward reference to "de aanbevelingen 4.1 en 4.2" without a position, and the pass-on of the
recommendation to employers and unions.  A sentence in 4.2 refers back to "paragraaf 3.2" of the letter.

Recommendations (number, addressee, gold position, why):
  3.1 t-2 income base for huurtoeslag and kindgebonden budget (FIN)   partial  - by subject, in letter 3.2: done for
                                                                        huurtoeslag, refused for kindgebonden budget
  3.2 Dienst Toeslagen warns when income deviates (FIN)               agree    - "Aanbeveling 3.2 van de raad, ...
                                                                        neemt de staatssecretaris over", monthly check
                                                                        from 1 juli 2026
  3.3 statutory cap of 60% on marginal pressure (SZW, FIN)            partial  - by subject: goal shared, statutory
                                                                        norm refused, lower huurtoeslag taper instead
  3.4 minimum wage +5% above indexation (SZW)                         disagree - in letter 3.1: "acht het kabinet
                                                                        ... niet verantwoord"
  4.1 childcare almost free per 2027 up to modal income (SZW)         partial  - in letter 4.2, "Met aanbeveling 4.1":
                                                                        not for all up to modal, only own contribution
                                                                        cut by a third for incomes up to 130% WML
  4.2 replace zero-hour contracts, fixed hours after 12 months (SZW)  agree    - in letter 4.1, by subject: bill
                                                                        submitted this autumn (forward reference in
                                                                        section 2 takes no position)
  4.3 priority right of part-timers to extra hours (SZW)              not_addressed - never mentioned; letter 4.3 is
                                                                        about labour migrants
  4.4 employers and unions: drop the lowest cao scales (OTHER)        not_addressed - passed on to the Stichting van
                                                                        de Arbeid without a position (section 2)
  5.1 beslagvrije voet with work-related costs (SZW)                  disagree - in letter 3.4, by subject: "ziet ...
                                                                        geen aanleiding"
  5.2 individuele inkomenstoeslag open to workers (SZW)               agree    - in letter 3.3: "Aanbeveling 5.2 neem
                                                                        ik over."
  5.3 municipalities: approach working households actively
      (GEMEENTEN)                                                     not_addressed - letter 3.3 only describes what
                                                                        municipalities already do: "een lokale
                                                                        afweging", no position
  5.4 municipalities: debt help outside office hours (GEMEENTEN)      partial  - in letter 3.4, by subject: pilot in
                                                                        twelve municipalities instead of everywhere
  5.5 write off benefit reclaims at start of debt scheme (FIN)        disagree - in letter 3.4, by subject: "vindt de
                                                                        staatssecretaris niet wenselijk" after the
                                                                        existing practice
  5.6 yearly CBS monitor of working poverty (SZW)                     agree    - in letter 4.4, by subject: the monitor
                                                                        is commissioned with the breakdowns asked
Totals: agree 4, partial 4, disagree 3, not_addressed 3.
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


def H3(text: str) -> Heading:
    return Heading(text, level=3)


def bullets(*texts: str, style: str = "•") -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style=style)


def recs(*items: tuple[str, str, tuple[str, ...]]) -> ItemList:
    """A "1." list whose labels are the per-chapter recommendation numbers ("3.1", "3.2" ...)."""
    return ItemList(
        items=tuple(ListItem(text, recommendation=Recommendation(number, depts)) for number, text, depts in items),
        style="1.",
    )


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H("Voorwoord"),
    P("Wie werkt, hoort rond te kunnen komen. Dat uitgangspunt is zo vanzelfsprekend dat het in ons stelsel van "
      "sociale zekerheid nauwelijks ergens is uitgeschreven. Toch leeft in Nederland ruim een kwart miljoen mensen "
      "met betaald werk in een huishouden dat onder de armoedegrens blijft. Zij maken kantoren schoon, bezorgen "
      "maaltijden, verzamelen orders in distributiecentra, helpen in de thuiszorg of werken als zelfstandige met een "
      "kleine praktijk. In het publieke debat vallen zij zelden op, omdat armoede daar vooral wordt verbonden met een "
      "uitkering."),
    P("De minister van Sociale Zaken en Werkgelegenheid vroeg de raad in oktober 2024 om te adviseren over de "
      "oorzaken van werkende armoede en over wat nodig is om die terug te dringen. Dit advies is het antwoord op die "
      "vraag. De raad heeft zich daarbij niet beperkt tot het loon. Werkende armoede ontstaat in de samenloop van een "
      "laag uurloon, te weinig of onzekere uren, toeslagen die met het inkomen op en neer gaan en vaste lasten die "
      "sneller stijgen dan de lonen aan de onderkant. Wie één van die knoppen aanpakt zonder naar de andere te kijken, "
      "verschuift het probleem alleen maar."),
    P("De raad dankt de 71 werkenden die in vijf regionale bijeenkomsten openhartig vertelden over hun werk, hun "
      "geldzorgen en hun ervaringen met instanties. Hun verhalen hebben de cijfers in dit advies een gezicht gegeven. "
      "Ook dankt de raad de vertegenwoordigers van werkgevers, vakbonden, gemeenten, uitvoeringsorganisaties en "
      "maatschappelijke organisaties die hun kennis met ons deelden, en het Nibud voor de voorbeeldberekeningen."),
    P("Het advies is vastgesteld in de vergadering van de raad van 19 juni 2025."),
    P("prof. dr. M.H. (Marjolein) Terpstra, voorzitter"),
    P("drs. K. (Karim) Ouali, algemeen secretaris"),
    PageBreak(),
    H("Samenvatting"),
    P("Werkende armoede is geen randverschijnsel. In 2023 leefden ongeveer 265.000 werkenden in een huishouden met een "
      "inkomen onder de armoedegrens; met hun partners en kinderen gaat het om ruim 540.000 mensen, onder wie zo'n "
      "180.000 kinderen. Het aandeel werkenden in armoede is in tien jaar tijd maar licht gedaald, ondanks een "
      "uitzonderlijk krappe arbeidsmarkt en de forse verhoging van het minimumloon in 2023."),
    P("De belangrijkste bevindingen van de raad zijn:"),
    bullets(
        "Werkende armoede komt vooral voor bij eenverdieners met kinderen, alleenstaande ouders, zelfstandigen zonder "
        "personeel en werknemers met een oproep-, uitzend- of nulurencontract.",
        "Niet het uurloon maar het aantal betaalde uren is voor de meeste werkende armen de belangrijkste oorzaak van "
        "hun lage inkomen; ongeveer 40 procent van hen zou graag meer uren werken.",
        "Toeslagen maken voor werkende huishoudens met een laag inkomen een groot deel van het besteedbaar inkomen uit, "
        "maar juist bij een wisselend inkomen leiden zij tot terugvorderingen, onzekerheid en niet-gebruik.",
        "Wie meer uren gaat werken, houdt daar door de afbouw van toeslagen en de kosten van kinderopvang vaak weinig "
        "van over; een alleenstaande ouder met opvang houdt in een voorbeeld van het Nibud twaalf cent over van elke "
        "extra verdiende euro.",
        "Werkenden met schulden komen laat in beeld bij de schuldhulpverlening, en gemeentelijke regelingen bereiken "
        "hen veel minder goed dan mensen met een uitkering.",
    ),
    P("De raad doet veertien aanbevelingen, verdeeld over drie thema's. Op het terrein van inkomen uit werk en "
      "toeslagen gaat het om een stabieler toeslagenstelsel, een grens aan de marginale druk en een verdere stap in "
      "het minimumloon. Op het terrein van werk en zekerheid vraagt de raad om betaalbare kinderopvang, om contracten "
      "met vaste uren en om een betere positie voor deeltijders die meer willen werken; werkgevers en vakbonden "
      "roept hij op om het loongebouw aan de onderkant te herzien. Op het terrein van schulden en lokale ondersteuning "
      "gaat het om een beslagvrije voet die rekening houdt met de kosten van werken, om regelingen die werkenden "
      "ook echt bereiken en om beter zicht op de groep."),
    P("De aanbevelingen zijn gericht aan de minister van Sociale Zaken en Werkgelegenheid, de staatssecretaris van "
      "Financiën – Toeslagen en Douane, gemeenten en sociale partners. Zij staan aan het eind van de hoofdstukken 3, 4 "
      "en 5 en zijn per hoofdstuk genummerd."),
    PageBreak(),
    H("1 Inleiding"),
    H2("1.1 Adviesaanvraag"),
    P("Op 14 oktober 2024 vroeg de minister van Sociale Zaken en Werkgelegenheid de raad om advies over werkende "
      "armoede. Aanleiding waren ramingen van het Centraal Planbureau en het Sociaal en Cultureel Planbureau waaruit "
      "bleek dat het aantal werkenden onder de armoedegrens na de verhoging van het minimumloon minder sterk daalde dan "
      "verwacht, en het rapport van de Commissie sociaal minimum uit 2023, dat werkende armoede als een afzonderlijk "
      "aandachtspunt benoemde. In de adviesaanvraag legde de minister de raad de volgende vragen voor:",
      footnotes=("Brief van de minister van SZW aan de Adviesraad Werk en Bestaanszekerheid van 14 oktober 2024, "
                 "kenmerk 2024-0000231876.",)),
    ItemList(items=(
        ListItem("Hoe groot is de groep werkenden die in armoede leeft, hoe is die groep samengesteld en hoe heeft zij "
                 "zich de afgelopen tien jaar ontwikkeld?"),
        ListItem("Welke factoren in het loon-, toeslagen- en belastingstelsel en op de arbeidsmarkt dragen bij aan "
                 "werkende armoede, en hoe werken zij op elkaar in?"),
        ListItem("Welke maatregelen kunnen het Rijk, gemeenten en sociale partners nemen om werkende armoede "
                 "structureel terug te dringen, en wat vraagt dat van de uitvoering?"),
    ), style="1."),
    P("De minister vroeg de raad nadrukkelijk om ook aandacht te besteden aan de uitvoerbaarheid van zijn voorstellen "
      "en aan de rol van gemeenten. De raad heeft daarom in een vroeg stadium gesproken met de Dienst Toeslagen, het "
      "UWV, de Vereniging van Nederlandse Gemeenten en de Nederlandse Vereniging voor Volkskrediet (NVVK)."),
    H2("1.2 Afbakening en definitie"),
    P("De raad volgt de definitie die het SCP hanteert. Iemand is een werkende arme als hij of zij in het peiljaar "
      "ten minste zes maanden betaald werk had, als werknemer of als zelfstandige, en deel uitmaakt van een "
      "huishouden waarvan het besteedbaar inkomen lager is dan het 'niet-veel-maar-toereikend'-budget. Dat budget "
      "omvat de onvermijdelijke uitgaven voor wonen, eten, kleding en verzekeringen en een bescheiden bedrag voor "
      "sociale participatie. In 2023 lag de grens voor een alleenstaande op ongeveer 1.490 euro per maand en voor een "
      "paar met twee kinderen op ongeveer 2.770 euro.",
      footnotes=("SCP, Armoede in kaart 2024, Den Haag 2024. Eurostat hanteert een relatieve grens van 60 procent van "
                 "het mediane inkomen; volgens die maatstaf is het aandeel werkende armen in Nederland ongeveer 5 "
                 "procent.",)),
    P("Werkende armoede zegt daarmee iets over het huishouden, niet over de baan. Een werknemer met een redelijk "
      "uurloon kan een werkende arme zijn als hij de enige verdiener is in een gezin met drie kinderen; een scholier "
      "met een bijbaan tegen het jeugdloon is dat meestal niet, omdat hij deel uitmaakt van het huishouden van zijn "
      "ouders. Scholieren en studenten die thuis wonen, laat de raad in dit advies buiten beschouwing."),
    H2("1.3 Werkwijze"),
    P("Voor dit advies heeft de raad:"),
    bullets(
        "het CBS een analyse laten maken van microdata over inkomen, arbeid en huishoudens in de jaren 2015 tot en "
        "met 2023;",
        "literatuur en eerdere adviezen bestudeerd, waaronder het rapport van de Commissie sociaal minimum, de "
        "evaluaties van het toeslagenstelsel en onderzoek naar het niet-gebruik van regelingen;",
        "vijf regionale bijeenkomsten georganiseerd met in totaal 71 werkenden met een laag inkomen, in Heerlen, "
        "Emmen, Rotterdam-Zuid, Zaanstad en Tiel;",
        "gesproken met vertegenwoordigers van werkgevers, vakbonden, gemeenten, de Dienst Toeslagen, het UWV, "
        "schuldhulpverleners, kinderopvangorganisaties en het Nibud;",
        "het Nibud gevraagd om voor vier typen huishoudens te berekenen wat een uitbreiding van het aantal gewerkte "
        "uren netto oplevert.",
    ),
    P("Een overzicht van de geraadpleegde organisaties staat in bijlage 1. De raad is als enige verantwoordelijk voor "
      "de inhoud van dit advies."),
    H2("1.4 Leeswijzer"),
    P("Hoofdstuk 2 schetst omvang, samenstelling en oorzaken van werkende armoede. De hoofdstukken 3 tot en met 5 "
      "behandelen achtereenvolgens inkomen uit werk en toeslagen, werk en zekerheid, en schulden en lokale "
      "ondersteuning. Elk van die hoofdstukken sluit af met de aanbevelingen van de raad. Hoofdstuk 6 bevat een "
      "slotbeschouwing over de samenhang tussen de voorstellen."),
    H("2 Werkende armoede in beeld"),
    H2("2.1 Omvang en ontwikkeling"),
    P("Tussen 2015 en 2023 schommelde het aantal werkenden in armoede tussen 245.000 en 290.000. Het hoogste aantal "
      "werd gemeten in 2015; daarna daalde het langzaam, om in 2022 onder invloed van de hoge inflatie weer op te "
      "lopen. De verhoging van het minimumloon per 1 januari 2023 en de tijdelijke energietoeslag hebben die stijging "
      "gedempt, maar niet ongedaan gemaakt. Omdat het aantal werkenden in dezelfde periode sterk groeide, daalde het "
      "aandeel werkende armen wel iets sneller dan het aantal (tabel 1)."),
    P("Tabel 1. Werkenden in een huishouden onder de armoedegrens, naar arbeidspositie (x 1.000)", bold=True),
    Table(
        header=("Jaar", "Werknemer, vast contract", "Werknemer, flexibel contract", "Zelfstandige", "Totaal",
                "Aandeel van alle werkenden"),
        rows=(
            ("2015", "98", "96", "95", "289", "3,5%"),
            ("2017", "92", "90", "99", "281", "3,3%"),
            ("2019", "81", "83", "96", "260", "2,9%"),
            ("2021", "77", "78", "92", "247", "2,7%"),
            ("2022", "86", "91", "98", "275", "2,9%"),
            ("2023", "84", "88", "93", "265", "2,7%"),
        ),
        widths=(0.8, 1.5, 1.5, 1.2, 0.9, 1.4),
        rules="grid",
    ),
    P("Bron: CBS, maatwerkanalyse in opdracht van de raad; bewerking Adviesraad Werk en Bestaanszekerheid."),
    P("Achter deze cijfers gaat meer beweging schuil dan de totalen doen vermoeden. Ieder jaar raakt een deel van de "
      "groep uit de armoede, bijvoorbeeld doordat een partner gaat werken of de kinderen het huis uit gaan, en komt "
      "een ander deel erbij. Toch is armoede voor een aanzienlijke groep geen tijdelijke fase: van de werkenden die in "
      "2019 onder de grens leefden, zat ruim 40 procent daar in 2023 nog steeds of opnieuw onder."),
    H2("2.2 Wie zijn de werkende armen?"),
    P("De groep is divers, maar enkele kenmerken springen eruit. Uit de analyse van de CBS-gegevens blijkt het "
      "volgende:"),
    bullets(
        "Ruim een derde van de werkende armen is zelfstandige. Van alle zelfstandigen zonder personeel leeft ongeveer "
        "8 procent onder de armoedegrens, tegen 2 procent van de werknemers.",
        "Eenverdieners met kinderen en alleenstaande ouders maken samen bijna de helft van de groep uit.",
        "Werknemers met een oproep-, uitzend- of nulurencontract hebben een bijna drie keer zo grote kans op armoede "
        "als werknemers met een vast contract.",
        "Arbeidsmigranten uit Midden- en Oost-Europa zijn oververtegenwoordigd, maar ontbreken door hun korte verblijf "
        "of doordat zij niet zijn ingeschreven vaak in de statistiek.",
        "Meer dan de helft van de werkende armen werkt minder dan 24 uur per week.",
        "De kans op werkende armoede is het grootst in Zuid-Limburg, Oost-Groningen en de vier grote steden.",
    ),
    P("In de regionale bijeenkomsten kwam een beeld naar voren dat in de cijfers minder zichtbaar is: dat van "
      "werkenden die net boven de armoedegrens uitkomen, maar bij iedere tegenvaller, zoals een kapotte wasmachine of "
      "een naheffing van de Belastingdienst, eronder zakken. De raad spreekt in dat verband van een 'brede "
      "onderkant' van de arbeidsmarkt, die groter is dan de groep die de statistiek als arm aanmerkt."),
    H2("2.3 Oorzaken"),
    P("De raad onderscheidt vier oorzaken van werkende armoede, die in de praktijk vaak samen voorkomen:"),
    ItemList(items=(
        ListItem("Een laag uurloon. Ongeveer 5 procent van de werknemers verdient het minimumloon of iets meer; in de "
                 "schoonmaak, de horeca, de detailhandel en de maaltijdbezorging ligt dat aandeel veel hoger."),
        ListItem("Te weinig of onzekere uren. Wie tegen het minimumloon twintig uur per week werkt, verdient ongeveer "
                 "1.220 euro bruto per maand. Bij oproepwerk wisselt dat bedrag bovendien van maand tot maand."),
        ListItem("De samenstelling van het huishouden. Eén laag inkomen is voor een alleenstaande vaak net "
                 "toereikend, maar niet voor een gezin met kinderen dat op dat ene inkomen is aangewezen."),
        ListItem("Hoge vaste lasten en schulden. Huur, energie en zorgkosten zijn de afgelopen jaren sneller "
                 "gestegen dan de lage inkomens; wie schulden heeft, houdt na aflossing of beslag soms minder over "
                 "dan het bestaansminimum."),
    ), style="a."),
    P("Daarnaast bepalen het toeslagenstelsel en de regels voor kinderopvang in sterke mate hoeveel er van een "
      "loonsverhoging of van extra uren werkelijk overblijft. Dat komt aan de orde in hoofdstuk 3."),
    H2("2.4 Gevolgen"),
    P("Armoede onder werkenden heeft gevolgen die verder reiken dan het huishoudboekje. Werkenden in armoede "
      "rapporteren twee keer zo vaak psychische klachten als andere werkenden en melden zich vaker ziek. Kinderen die "
      "opgroeien in een huishouden met werkende ouders en een laag inkomen doen minder vaak mee aan sport en andere "
      "activiteiten dan hun klasgenoten, en ervaren vaker stress over geld. Werkgevers merken de gevolgen aan verzuim "
      "en verloop: een van de deelnemers aan een bijeenkomst in Zaanstad vertelde dat zij twee banen had opgezegd "
      "omdat de reiskosten niet werden vergoed."),
    P("'Ik werk 32 uur in de thuiszorg, en toch moet ik aan het eind van de maand kiezen tussen de boodschappen en de "
      "energierekening,' vertelde een alleenstaande moeder in Emmen. 'Mijn dochter vraagt niet meer of ze op "
      "zwemles mag. Ze weet het antwoord al.'"),
    H("3 Inkomen uit werk en toeslagen"),
    H2("3.1 Toeslagen: voorschot en terugvordering"),
    P("Voor werkende huishoudens met een laag inkomen vormen de huurtoeslag, de zorgtoeslag en het kindgebonden "
      "budget samen gemiddeld 18 procent van het besteedbaar inkomen; voor alleenstaande ouders is dat bijna een "
      "kwart. Toeslagen worden als voorschot uitbetaald op basis van het inkomen dat de aanvrager voor dat jaar "
      "verwacht. Na afloop van het jaar stelt de Dienst Toeslagen de toeslag definitief vast op basis van het "
      "werkelijke inkomen. Was dat hoger dan geschat, dan volgt een terugvordering."),
    P("Voor wie een vast contract en een stabiel inkomen heeft, werkt dit systeem redelijk. Voor werkenden met "
      "wisselende uren, een tijdelijk contract of inkomsten als zelfstandige is het een bron van onzekerheid. Zij "
      "moeten aan het begin van het jaar inschatten wat zij gaan verdienen, terwijl zij dat zelf niet weten. In 2023 "
      "kreeg ongeveer 26 procent van de werkende toeslagontvangers met een flexibel contract een terugvordering, "
      "tegen 11 procent van degenen met een vast contract. Het gemiddelde bedrag was 720 euro.",
      footnotes=("Gegevens van de Dienst Toeslagen over toeslagjaar 2023, geleverd aan de raad in februari 2025.",)),
    P("Casus: Sandra, orderpicker", bold=True),
    P("Sandra (36) werkt via een uitzendbureau in een distributiecentrum en heeft twee kinderen. In het voorjaar van "
      "2023 werkte zij gemiddeld twintig uur per week; in het najaar kon zij door de drukte voor de feestdagen vaak "
      "veertig uur draaien. Over dat jaar moest zij 1.340 euro huurtoeslag en kindgebonden budget terugbetalen. 'Ik "
      "dacht dat ik er eindelijk op vooruit was gegaan,' zei zij in de bijeenkomst in Tiel. 'Nu zeg ik extra diensten "
      "af, want ik weet niet wat ik er later voor moet terugbetalen.'"),
    P("Veel werkenden zien uit angst voor een terugvordering af van een toeslag waarop zij recht hebben. Het "
      "niet-gebruik van de huurtoeslag is onder werkenden met een laag inkomen naar schatting twee keer zo hoog als "
      "onder uitkeringsgerechtigden. Anderen vragen de toeslag wel aan, maar zetten het geld opzij voor een mogelijke "
      "terugvordering, waardoor het zijn doel voorbijschiet."),
    P("Het kabinet heeft aangekondigd dat het toeslagenstelsel op termijn wordt vervangen, maar een nieuw stelsel "
      "is niet voor 2030 te verwachten. De raad vindt dat werkenden daar niet op kunnen wachten. Er zijn twee sporen "
      "die binnen het huidige stelsel kunnen worden gevolgd. Het eerste is de toeslag minder gevoelig te maken voor "
      "schommelingen in het lopende jaar, door haar te baseren op een inkomen dat al vaststaat: het inkomen van twee "
      "jaar eerder, zoals dat ook bij de eigen bijdrage voor de Wet langdurige zorg gebeurt. Het tweede is werkenden "
      "eerder te waarschuwen als hun inkomen afwijkt, zodat zij hun voorschot kunnen aanpassen voordat een grote "
      "schuld ontstaat. De loongegevens die daarvoor nodig zijn, staan maandelijks in de polisadministratie van het "
      "UWV."),
    H2("3.2 Meer werken, weinig meer inkomen"),
    P("De marginale druk geeft aan welk deel van een extra verdiende euro verloren gaat aan belasting, premies en "
      "lagere toeslagen. Voor werkenden met een laag inkomen is die druk hoog, omdat zij tegelijk de afbouw van "
      "huurtoeslag, zorgtoeslag, kindgebonden budget en soms kinderopvangtoeslag ervaren. Het Nibud berekende voor de "
      "raad wat vier typen huishoudens overhouden als een werkende van 24 naar 32 uur per week gaat (tabel 2)."),
    P("Tabel 2. Netto-effect van acht uur extra werk per week tegen het minimumloon, 2025 (euro per maand)",
      bold=True),
    Table(
        header=("Huishouden", "Bruto extra", "Netto extra", "Marginale druk"),
        rows=(
            ("Alleenstaande, huurwoning", "487", "241", "51%"),
            ("Alleenstaande ouder, één kind, twee dagen kinderopvang", "487", "58", "88%"),
            ("Eenverdiener, twee kinderen, huurwoning", "487", "112", "77%"),
            ("Paar met twee kinderen, tweede verdiener werkt meer", "487", "191", "61%"),
        ),
        widths=(3.2, 1.1, 1.1, 1.2),
        rules="rows",
    ),
    P("Bron: Nibud, berekeningen in opdracht van de raad, prijspeil 1 januari 2025."),
    P("In drie van de vier voorbeelden houdt het huishouden minder dan de helft van het extra loon over. Voor de "
      "alleenstaande ouder met kinderopvang blijft van elke extra verdiende euro twaalf cent over, nog voordat de "
      "reiskosten zijn betaald. De deelnemers aan de bijeenkomsten wisten dat vaak uit eigen ervaring. Een "
      "schoonmaker uit Rotterdam-Zuid vatte het samen: 'Meer uren betekent bij mij vooral meer moe.'"),
    P("De raad beseft dat een lagere marginale druk aan de onderkant geld kost of de druk verschuift naar hogere "
      "inkomens. Toch vindt hij dat de overheid werkenden een minimale garantie moet bieden dat meer werken loont. "
      "Zonder zo'n garantie blijft het stelsel de boodschap uitzenden dat het aantal uren er niet toe doet, terwijl "
      "juist meer uren voor de meeste werkende armen de weg uit de armoede is."),
    H2("3.3 Het minimumloon"),
    P("Het wettelijk minimumloon is per 1 januari 2023 met 10,15 procent verhoogd, bovenop de reguliere indexatie. "
      "Sinds 1 januari 2024 geldt daarnaast een wettelijk minimumuurloon, waardoor werknemers in sectoren met een "
      "werkweek van 38 of 40 uur er per uur op vooruit zijn gegaan. Dat waren belangrijke stappen. Toch ligt het "
      "minimumloon in verhouding tot het mediane loon nog altijd lager dan in het begin van de jaren tachtig, en lager "
      "dan in België, Frankrijk en Duitsland.",
      footnotes=("De verhouding tussen het minimumloon en het mediane uurloon was in 2024 ongeveer 57 procent; in "
                 "1980 was dat 67 procent.",)),
    P("Een verdere verhoging helpt vooral werkenden die veel uren maken tegen het minimumloon, en werkt via de "
      "koppeling door in de bijstand, de AOW en andere uitkeringen. Het CPB schat de budgettaire kosten van een extra "
      "verhoging met 5 procent, inclusief de doorwerking in de uitkeringen, op ongeveer 2,1 miljard euro per jaar, en "
      "het effect op de werkgelegenheid op ongeveer 0,2 procent. De raad vindt dat een aanvaardbare prijs, mits de "
      "verhoging in stappen en met een aankondigingstermijn wordt ingevoerd. Een verhoging zonder koppeling zou de "
      "afstand tussen werken en niet-werken vergroten, maar de armoede onder uitkeringsgerechtigden laten toenemen; "
      "daarvoor kiest de raad niet."),
    H2("3.4 Conclusie"),
    P("Het toeslagenstelsel, bedoeld om lage inkomens te ondersteunen, maakt het inkomen van werkenden met wisselende "
      "uren onzeker en ontmoedigt hen om meer te werken. Dat moet en kan binnen het huidige stelsel worden verbeterd. "
      "Daarnaast is een verdere stap in het minimumloon nodig om het loon aan de onderkant weer in verhouding te "
      "brengen met de rest van de loonverdeling."),
    H3("Aanbevelingen"),
    P("De raad doet op het terrein van inkomen uit werk en toeslagen de volgende aanbevelingen:", bold=True),
    recs(
        ("3.1", "Wij adviseren de staatssecretaris van Financiën – Toeslagen en Douane om de huurtoeslag en het "
                "kindgebonden budget voortaan te baseren op het vastgestelde inkomen van twee jaar eerder, zodat de "
                "hoogte van de toeslag bij toekenning vaststaat en terugvorderingen door een wisselend inkomen "
                "grotendeels verdwijnen.", ("FIN",)),
        ("3.2", "Laat de Dienst Toeslagen werkenden ten minste ieder kwartaal waarschuwen wanneer hun inkomen volgens "
                "de loongegevens in de polisadministratie sterk afwijkt van het inkomen waarop hun voorschot is "
                "gebaseerd, met een concreet voorstel voor een aangepast voorschot. Deze aanbeveling is gericht aan "
                "de staatssecretaris van Financiën – Toeslagen en Douane.", ("FIN",)),
        ("3.3", "Leg, als minister van Sociale Zaken en Werkgelegenheid en staatssecretaris van Financiën samen, "
                "wettelijk vast dat de marginale druk voor werkenden met een inkomen tot 130 procent van het "
                "minimumloon niet hoger mag zijn dan 60 procent, en richt de afbouw van toeslagen en "
                "heffingskortingen daarnaar in.", ("SZW", "FIN")),
        ("3.4", "Verhoog als minister van Sociale Zaken en Werkgelegenheid het wettelijk minimumloon in twee stappen, "
                "in 2027 en 2028, met in totaal 5 procent bovenop de halfjaarlijkse indexatie, en handhaaf daarbij de "
                "koppeling met de uitkeringen.", ("SZW",)),
    ),
    H("4 Werk, uren en zekerheid"),
    H2("4.1 Kinderopvang"),
    P("Voor werkende ouders met jonge kinderen is kinderopvang een voorwaarde om te kunnen werken, maar ook een grote "
      "kostenpost. De kinderopvangtoeslag vergoedt voor ouders met de laagste inkomens 96 procent van de maximum "
      "uurprijs. Omdat de werkelijke uurprijs van veel kinderdagverblijven boven die maximumprijs ligt, betalen ook "
      "deze ouders het verschil zelf. Voor een alleenstaande ouder met een minimumloon en twee dagen opvang voor één "
      "kind gaat het om gemiddeld 120 tot 160 euro per maand."),
    P("Het vorige kabinet kondigde aan dat kinderopvang vanaf 2027 voor werkende ouders vrijwel kosteloos zou "
      "worden, en dat de opvang voortaan rechtstreeks zou worden gefinancierd in plaats van via een toeslag. De "
      "invoering van dat nieuwe stelsel is inmiddels uitgesteld tot 2029. De kinderopvangtoeslag blijft tot die tijd "
      "bovendien een van de toeslagen met de meeste en de hoogste terugvorderingen. De raad ziet dit als een gemiste "
      "kans: juist voor werkende ouders met een laag inkomen zouden lagere kosten het verschil kunnen maken tussen "
      "twee en drie werkdagen."),
    H2("4.2 Onzekere contracten"),
    P("Ruim 1,9 miljoen werknemers hebben een flexibel contract, van wie ongeveer 300.000 een oproep- of "
      "nulurencontract. Oproepkrachten weten vaak pas een week van tevoren hoeveel zij kunnen werken, en dus hoeveel "
      "zij die maand verdienen. Dat maakt het moeilijk om vaste lasten te betalen, leidt via de toeslagen tot "
      "terugvorderingen en maakt het bijna onmogelijk om een woning te huren."),
    P("Het kabinet heeft een wetsvoorstel aangekondigd dat nulurencontracten vervangt door basiscontracten met een "
      "vast minimum aantal uren en dat werkgevers verplicht om oproepkrachten na een jaar een contract aan te bieden "
      "dat aansluit bij de uren die zij gemiddeld werkten. De raad steunt die richting. Het wetsvoorstel is echter "
      "al twee keer uitgesteld; voor werkenden met een oproepcontract telt iedere maand.",
      footnotes=("Kamerstukken II 2023/24, 29 544, nr. 1201; Kamerstukken II 2024/25, 29 544, nr. 1248.",)),
    H2("4.3 Deeltijd en de wens om meer uren te werken"),
    P("Ongeveer 40 procent van de werkende armen wil meer uren werken, tegen 10 procent van alle werkenden. In de "
      "bijeenkomsten hoorde de raad vaak dat extra uren in het bedrijf naar nieuwe medewerkers of uitzendkrachten "
      "gaan, terwijl zittende deeltijders daar graag voor in aanmerking waren gekomen. Werkgevers noemden als reden "
      "dat nieuwe krachten flexibeler inzetbaar zijn en dat zij niet weten welke medewerkers meer uren willen."),
    P("De Wet flexibel werken geeft werknemers het recht om hun werkgever te vragen om meer uren. De werkgever mag "
      "een verzoek alleen afwijzen wegens zwaarwegende bedrijfs- of dienstbelangen. In de praktijk wordt van dat "
      "recht weinig gebruikgemaakt: werknemers met een laag inkomen kennen het vaak niet of durven het niet in te "
      "roepen, en een verzoek helpt niet als er op dat moment geen extra werk is. De raad vindt dat de verhouding "
      "moet worden omgedraaid: niet de werknemer moet om uren vragen, maar de werkgever moet beschikbare uren eerst "
      "aan zijn eigen deeltijders aanbieden."),
    H2("4.4 Het loongebouw in cao's"),
    P("In veel cao's liggen de laagste loonschalen op of net boven het wettelijk minimumloon. Na de verhoging van het "
      "minimumloon in 2023 zijn in een aantal sectoren de laagste schalen 'ingeschoven': zij zijn samengevallen met "
      "het minimumloon, waardoor werknemers met enkele jaren ervaring evenveel verdienen als nieuwkomers. Sommige "
      "sectoren hebben daarop een cao-minimum van 14 euro per uur afgesproken; in andere ligt het laagste cao-loon "
      "nog steeds op het wettelijk minimum."),
    P("Loonvorming is in Nederland de verantwoordelijkheid van werkgevers en vakbonden. De overheid kan cao's "
      "algemeen verbindend verklaren, maar bemoeit zich niet met de inhoud van de loonschalen. De raad richt zich op "
      "dit punt daarom rechtstreeks tot sociale partners."),
    H2("4.5 Conclusie"),
    P("Voor veel werkende armen is niet het uurloon, maar het aantal en de zekerheid van de uren het grootste "
      "probleem. Betaalbare kinderopvang, contracten met vaste uren en voorrang voor zittende deeltijders bij extra "
      "werk kunnen hun inkomen meer verbeteren dan een loonsverhoging alleen."),
    H3("Aanbevelingen"),
    P("Op het terrein van werk en zekerheid doet de raad de volgende aanbevelingen:", bold=True),
    recs(
        ("4.1", "Maak kinderopvang voor werkende ouders met een inkomen tot modaal al per 1 januari 2027 vrijwel "
                "kosteloos, vooruitlopend op de stelselherziening, door hun eigen bijdrage te beperken tot ten hoogste "
                "5 procent van de werkelijke kosten. De raad richt deze aanbeveling aan de minister van Sociale Zaken "
                "en Werkgelegenheid.", ("SZW",)),
        ("4.2", "Vervang nulurencontracten door contracten met een vaste urenomvang, en verplicht werkgevers om "
                "oproepkrachten na twaalf maanden een contract aan te bieden dat aansluit bij de uren die zij gemiddeld "
                "werkten. De raad vraagt de minister van SZW het aangekondigde wetsvoorstel daartoe zo snel mogelijk "
                "in te dienen.", ("SZW",)),
        ("4.3", "Geef werknemers in deeltijd een wettelijk voorrangsrecht op uitbreiding van hun arbeidsduur: een "
                "werkgever die extra uren of een vacature heeft, biedt die eerst aan zittende deeltijdwerknemers in "
                "vergelijkbare functies aan, voordat hij nieuwe krachten werft. De raad vraagt de minister van SZW "
                "dit op te nemen in de Wet flexibel werken.", ("SZW",)),
        ("4.4", "Werkgevers en vakbonden: schrap in de cao's de loonschalen die niet of nauwelijks boven het "
                "wettelijk minimumloon uitkomen, en leg een laagste cao-loon vast dat ten minste 10 procent boven het "
                "minimumloon ligt.", ("OTHER",)),
    ),
    H("5 Schulden, lokale ondersteuning en zicht op de groep"),
    H2("5.1 Schulden bij werkenden"),
    P("Ongeveer een op de vijf werkende armen heeft problematische schulden. Wie loon ontvangt, krijgt bij schulden "
      "al snel te maken met loonbeslag. De beslagvrije voet, het deel van het inkomen dat bij beslag moet worden "
      "ontzien, wordt sinds 2021 berekend volgens een vereenvoudigde methode die uitgaat van het netto-inkomen, de "
      "woonsituatie en de toeslagen. In die berekening is geen ruimte voor de kosten die iemand maakt om te kunnen "
      "werken, zoals reiskosten die de werkgever niet vergoedt of de eigen bijdrage voor kinderopvang."),
    P("Het gevolg is dat een werkende met beslag soms minder overhoudt dan iemand met een uitkering en dezelfde "
      "schulden. Verschillende schuldhulpverleners vertelden de raad over cliënten die hun baan hadden opgezegd of "
      "minder waren gaan werken omdat het werk na beslag meer kostte dan het opleverde."),
    P("Werkenden zoeken bovendien laat hulp. Gemiddeld verstrijken vijf jaar tussen het ontstaan van "
      "betalingsproblemen en de eerste aanmelding bij de schuldhulpverlening. Schaamte speelt daarbij een rol, maar "
      "ook de bereikbaarheid: in 2024 had maar een op de vier gemeenten een spreekuur voor schuldhulpverlening na "
      "vijf uur 's middags. Werkgevers zien geldzorgen bij hun personeel vaak eerder dan de gemeente, maar weten niet "
      "waar zij een werknemer naartoe kunnen sturen."),
    P("Terugvorderingen van toeslagen vormen bij werkenden in de schuldhulpverlening een van de grootste posten. De "
      "Dienst Toeslagen werkt mee aan minnelijke schuldregelingen, maar blijft tot het akkoord van alle schuldeisers "
      "verrekenen met lopende toeslagen. Daardoor daalt het inkomen juist in de periode waarin een stabiele situatie "
      "nodig is om het traject te laten slagen."),
    H2("5.2 Gemeentelijke ondersteuning"),
    P("Gemeenten hebben verschillende regelingen voor inwoners met een laag inkomen: de bijzondere bijstand, de "
      "individuele inkomenstoeslag, kindpakketten, een collectieve zorgverzekering en kortingen op sport en cultuur. "
      "Werkenden maken daar veel minder gebruik van dan mensen met een bijstandsuitkering. Van de werkende "
      "huishoudens met een inkomen onder 120 procent van het sociaal minimum maakt naar schatting een op de vijf "
      "gebruik van ten minste één gemeentelijke regeling, tegen vier op de vijf bijstandshuishoudens."),
    P("Een deel van de verklaring ligt in de regels. De individuele inkomenstoeslag is bedoeld voor wie langdurig "
      "een laag inkomen heeft en geen uitzicht heeft op inkomensverbetering. Gemeenten passen die laatste voorwaarde "
      "bij werkenden vaak streng toe: wie werkt, zou immers meer uren kunnen gaan werken. Een ander deel van de "
      "verklaring is dat gemeenten niet weten wie de werkende armen zijn. Uitkeringsgerechtigden zijn in beeld, "
      "werkenden niet. Enkele gemeenten, zoals Tiel en Heerlen, benaderen werkende huishoudens met een laag inkomen "
      "inmiddels actief, met een brief of een huisbezoek; daar is het gebruik van de regelingen duidelijk hoger."),
    H2("5.3 Zicht op de groep"),
    P("Het valt de raad op hoe beperkt het zicht op werkende armoede is. Het CBS en het SCP publiceren er met enige "
      "regelmaat over, maar niet ieder jaar en niet steeds volgens dezelfde definitie. Over zelfstandigen, "
      "arbeidsmigranten en werkenden met meerdere kleine banen zijn de gegevens onvolledig. Daardoor is ook niet vast "
      "te stellen wat maatregelen als de verhoging van het minimumloon voor deze groep precies hebben opgeleverd."),
    H2("5.4 Conclusie"),
    P("Werkenden met schulden of met een laag inkomen vallen tussen de regelingen die vooral zijn ingericht op mensen "
      "met een uitkering. De beslagvrije voet houdt geen rekening met de kosten van werk, de schuldhulpverlening is "
      "voor werkenden slecht bereikbaar en gemeentelijke regelingen bereiken hen nauwelijks. Zonder betere cijfers "
      "blijft bovendien onduidelijk of het beleid werkt."),
    H3("Aanbevelingen"),
    P("Op het terrein van schulden, lokale ondersteuning en zicht op de groep doet de raad de volgende "
      "aanbevelingen:", bold=True),
    recs(
        ("5.1", "Houd bij de berekening van de beslagvrije voet voor werkenden rekening met de kosten van het werk, "
                "door een vaste opslag voor werkgerelateerde kosten van ten minste 75 euro per maand en door de "
                "feitelijke eigen bijdrage voor kinderopvang mee te tellen. Deze aanbeveling is gericht aan de "
                "minister van Sociale Zaken en Werkgelegenheid.", ("SZW",)),
        ("5.2", "Pas als minister van SZW de Participatiewet aan zodat werkenden met een langdurig laag inkomen "
                "in aanmerking komen voor de individuele inkomenstoeslag; schrap daartoe het vereiste dat er geen "
                "uitzicht op inkomensverbetering mag zijn.", ("SZW",)),
        ("5.3", "Gemeenten: benader huishoudens met een laag inkomen uit werk actief over de gemeentelijke "
                "regelingen, en gebruik daarvoor de signalen uit de vroegsignalering van betalingsachterstanden en de "
                "inkomensgegevens waarover de gemeente al beschikt.", ("GEMEENTEN",)),
        ("5.4", "Gemeenten: maak de schuldhulpverlening bereikbaar buiten kantooruren, met ten minste één "
                "avondspreekuur per week en een digitaal loket, en maak afspraken met werkgevers in de regio over het "
                "doorverwijzen van werknemers met geldzorgen.", ("GEMEENTEN",)),
        ("5.5", "Wij adviseren de staatssecretaris van Financiën – Toeslagen en Douane om openstaande "
                "terugvorderingen van toeslagen kwijt te schelden zodra een werkende een minnelijk "
                "schuldhulpverleningstraject start en aan de voorwaarden daarvan voldoet.", ("FIN",)),
        ("5.6", "Laat als minister van SZW het CBS, in samenwerking met het SCP, jaarlijks een monitor werkende "
                "armoede publiceren, met uitsplitsingen naar contractvorm, huishoudtype, herkomst en regio, zodat de "
                "effecten van beleid op deze groep kunnen worden gevolgd.", ("SZW",)),
    ),
    H("6 Slotbeschouwing"),
    P("De voorstellen in dit advies hangen met elkaar samen. Een hoger minimumloon helpt weinig als de extra "
      "inkomsten grotendeels wegvallen tegen lagere toeslagen. Meer uren werken loont pas als de kinderopvang "
      "betaalbaar is en de marginale druk begrensd. En wie met schulden kampt, heeft pas baat bij een hoger inkomen "
      "als de beslagvrije voet de kosten van werk erkent. De raad vraagt het kabinet daarom om de aanbevelingen niet "
      "los van elkaar te beoordelen."),
    P("De raad realiseert zich dat een deel van de voorstellen geld kost, en dat de uitvoeringsorganisaties, in het "
      "bijzonder de Dienst Toeslagen, al zwaar belast zijn. Hij heeft daarom bij ieder voorstel gezocht naar een "
      "uitvoerbare vorm binnen het bestaande stelsel. Tegelijk wijst de raad op de kosten van niets doen: verzuim, "
      "schulden, gezondheidsproblemen en kinderen die met een achterstand aan hun leven beginnen."),
    P("Werk moet bestaanszekerheid bieden. Dat is geen nieuwe gedachte, maar wel een belofte die voor een kwart "
      "miljoen werkenden nog niet wordt waargemaakt."),
    PageBreak(),
    H("Bijlage 1 Geraadpleegde organisaties"),
    bullets(
        "Centraal Bureau voor de Statistiek",
        "Sociaal en Cultureel Planbureau",
        "Centraal Planbureau",
        "Dienst Toeslagen",
        "Uitvoeringsinstituut Werknemersverzekeringen (UWV)",
        "Vereniging van Nederlandse Gemeenten (VNG)",
        "Nederlandse Vereniging voor Volkskrediet (NVVK)",
        "Nibud",
        "FNV, CNV en VCP",
        "VNO-NCW, MKB-Nederland en de Algemene Werkgeversvereniging Nederland",
        "Branchevereniging Maatschappelijke Kinderopvang",
        "Stichting van de Arbeid",
        "Landelijke Cliëntenraad",
        "de gemeenten Emmen, Heerlen, Rotterdam, Tiel en Zaanstad",
    ),
    H("Bijlage 2 Samenstelling van de raad"),
    bullets(
        "prof. dr. M.H. (Marjolein) Terpstra, voorzitter",
        "dr. R. (Ruben) Hendriksen, lid",
        "mr. A.E. (Aylin) Demir, lid",
        "drs. P.J. (Pieter) van der Wal, lid",
        "prof. dr. S. (Sanne) Lindeboom, lid",
        "drs. K. (Karim) Ouali, algemeen secretaris",
    ),
    P("Aan de voorbereiding van dit advies werkten vanuit het secretariaat mee: E. de Groot MSc, dr. L. Wijnberg en "
      "J. Smulders MA."),
)

REPORT = Document(
    title="Werk dat niet loont",
    subtitle="Advies over werkende armoede",
    blocks=REPORT_BLOCKS,
    running_header="Adviesraad Werk en Bestaanszekerheid  |  Werk dat niet loont",
    footer="{page}",
    font_family="sans",
    font_size=10.5,
    title_page=True,
    imprint=("Adviesraad Werk en Bestaanszekerheid", "Advies 2025/03", "Den Haag, juni 2025"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV34 = ("Een verdere verhoging van 5 procent bovenop de halfjaarlijkse indexatie, zoals de raad in aanbeveling 3.4 "
        "voorstelt, acht het kabinet in deze kabinetsperiode niet verantwoord.")
EV31 = "Het kabinet gaat dit doen voor de huurtoeslag, maar niet voor het kindgebonden budget."
EV32 = ("Aanbeveling 3.2 van de raad, om werkenden tijdig te waarschuwen als hun inkomen sterk afwijkt van het inkomen "
        "waarop hun voorschot is gebaseerd, neemt de staatssecretaris over.")
EV33 = ("In plaats van een wettelijke norm kiest het kabinet voor een lager afbouwpercentage in de huurtoeslag: per 1 "
        "januari 2027 wordt dat percentage verlaagd van 33 naar 27 procent, wat de marginale druk voor een "
        "alleenstaande werkende rond het minimumloon met ongeveer zes procentpunt verlaagt.")
EV52 = "Aanbeveling 5.2 neem ik over."
EV51 = "Het kabinet ziet daarom geen aanleiding om de beslagvrije voet voor werkenden aan te passen."
EV55 = ("Een volledige kwijtschelding bij de start van een traject, voordat vaststaat of het traject slaagt, vindt de "
        "staatssecretaris niet wenselijk.")
EV54 = ("Samen met de VNG en de NVVK start ik in 2026 een proef in twaalf gemeenten met avond- en zaterdagspreekuren, "
        "een digitaal loket en regionale afspraken met werkgevers over doorverwijzing; na de evaluatie in 2028 "
        "bespreek ik met de VNG of bredere invoering nodig is.")
EV42 = ("Dit wetsvoorstel, dat nulurencontracten vervangt door een basiscontract met een vast minimum aantal uren, dien "
        "ik nog dit najaar bij uw Kamer in.")
EV41 = ("Vrijwel kosteloze opvang per 2027 voor alle werkende ouders tot modaal is binnen de huidige toeslag "
        "financieel en uitvoeringstechnisch niet haalbaar, maar voor ouders met een inkomen tot 130 procent van het "
        "minimumloon verlaagt het kabinet per 1 januari 2027 de eigen bijdrage met ongeveer een derde.")
EV56 = ("Ik heb het CBS gevraagd om met ingang van 2026 ieder voorjaar een Monitor werkende armoede te publiceren, met "
        "de uitsplitsingen naar contractvorm, huishoudtype, herkomst en regio die de raad voorstelt.")

RESPONSE_BLOCKS = (
    P("Geachte voorzitter,"),
    P("Op 26 juni 2025 heeft de Adviesraad Werk en Bestaanszekerheid (hierna: de raad) zijn advies 'Werk dat niet "
      "loont' uitgebracht, op verzoek van mijn ambtsvoorganger. Hierbij ontvangt u, mede namens de staatssecretaris "
      "van Financiën – Toeslagen en Douane, de beleidsreactie van het kabinet op dit advies. Het advies zelf is als "
      "bijlage bij deze brief gevoegd."),
    H2("1. Inleiding"),
    P("Ik dank de raad voor zijn grondige en indringende advies. De raad laat zien dat werk in Nederland niet altijd "
      "beschermt tegen armoede: ruim een kwart miljoen werkenden leeft in een huishouden met een inkomen onder de "
      "armoedegrens, en met hen ongeveer 180.000 kinderen. Dat is een ongemakkelijke constatering in een land met "
      "een van de krapste arbeidsmarkten van Europa. Het kabinet heeft het terugdringen van armoede, en in het "
      "bijzonder van kinderarmoede, tot een van zijn prioriteiten gemaakt, en het advies van de raad komt daarom op "
      "een goed moment."),
    P("De raad doet veertien aanbevelingen, die hij per hoofdstuk van zijn advies nummert. Ik loop die aanbevelingen "
      "in deze brief niet een voor een langs, maar bespreek ze per beleidsterrein: eerst de hoofdlijnen (paragraaf 2), "
      "daarna inkomen uit werk, toeslagen en schulden (paragraaf 3) en vervolgens zekerheid in werk (paragraaf 4). "
      "Waar ik naar een aanbeveling verwijs, gebruik ik de nummering van de raad."),
    H2("2. Hoofdlijnen"),
    P("Het kabinet deelt de analyse van de raad op hoofdlijnen. Werkende armoede ontstaat zelden door één oorzaak. "
      "Een laag uurloon, weinig of onzekere uren, een gezin dat op één inkomen draait en stijgende vaste lasten "
      "versterken elkaar, en het toeslagenstelsel maakt het voor werkenden met een wisselend inkomen moeilijk om "
      "grip op hun geld te houden. De raad wijst er terecht op dat maatregelen op één van die terreinen weinig "
      "opleveren als de andere achterblijven."),
    P("De afgelopen jaren zijn al verschillende maatregelen genomen die de positie van werkenden met een laag "
      "inkomen versterken:"),
    bullets(
        "de verhoging van het wettelijk minimumloon met 10,15 procent per 1 januari 2023 en de invoering van een "
        "wettelijk minimumuurloon per 1 januari 2024;",
        "de verhoging van het kindgebonden budget voor gezinnen met een laag inkomen in 2024 en 2025;",
        "de verplichte vroegsignalering van betalingsachterstanden door gemeenten sinds 1 januari 2021;",
        "de vereenvoudiging van de beslagvrije voet, eveneens per 1 januari 2021;",
        "de Aanpak geldzorgen, armoede en schulden, die loopt tot en met 2030.",
    ),
    P("Tegelijk moet het kabinet keuzes maken. De financiële ruimte is beperkt, de Dienst Toeslagen en het UWV staan "
      "voor grote opgaven en een deel van de voorstellen van de raad vraagt om wetswijzigingen die niet op korte "
      "termijn kunnen worden ingevoerd. Bij elke aanbeveling heeft het kabinet daarom gekeken naar het effect op "
      "werkende armoede, de kosten en de uitvoerbaarheid."),
    P("Voor werkende ouders zijn de kosten van kinderopvang en de onzekerheid van oproepwerk vaak doorslaggevend. "
      "De raad doet daarover de aanbevelingen 4.1 en 4.2. Beide onderwerpen staan hoog op de agenda van het kabinet; "
      "in paragraaf 4 licht ik toe wat het kabinet ermee doet."),
    P("Niet alle aanbevelingen zijn aan het kabinet gericht. De raad roept werkgevers en vakbonden op om de laagste "
      "loonschalen in cao's te schrappen en het laagste cao-loon ruim boven het minimumloon te leggen. Loonvorming "
      "is in Nederland de verantwoordelijkheid van sociale partners. Ik heb het advies daarom toegezonden aan de "
      "Stichting van de Arbeid en zal het bespreken in het eerstvolgende bestuurlijk overleg met sociale partners. "
      "Twee aanbevelingen richten zich tot gemeenten; die heb ik onder de aandacht gebracht van de VNG."),
    H2("3. Inkomen uit werk"),
    H3("3.1 Minimumloon"),
    P("Het wettelijk minimumloon is per 1 januari 2023 met 10,15 procent verhoogd, bovenop de reguliere indexatie. "
      "Sinds 1 januari 2024 geldt bovendien een wettelijk minimumuurloon. Het CPB schat dat het aantal werkenden in "
      "armoede door deze twee maatregelen met ongeveer 40.000 is gedaald ten opzichte van een situatie zonder "
      "verhoging.", footnotes=("CPB, Armoede en verhoging van het minimumloon, achtergronddocument bij het Centraal "
                                "Economisch Plan 2025.",)),
    P("De raad wijst erop dat het minimumloon in verhouding tot het mediane loon nog altijd lager ligt dan in de jaren "
      "tachtig, en stelt voor het in 2027 en 2028 met in totaal 5 procent extra te verhogen. Een dergelijke verhoging "
      "werkt via de koppeling door in de bijstand, de AOW en andere uitkeringen en kost dan structureel ongeveer 2,1 "
      "miljard euro per jaar. Bovendien bereikt zij een groot deel van de werkende armen niet, omdat zij weinig uren "
      "werken of als zelfstandige geen minimumloon ontvangen. " + EV34 + " Het kabinet zet de beschikbare middelen "
      "liever gericht in, via de toeslagen en de kinderopvang, zoals hierna beschreven.",
      answers=(Answer("3.4", "disagree", EV34),)),
    P("In 2026 verschijnt de wettelijk voorgeschreven vierjaarlijkse evaluatie van de hoogte van het minimumloon en "
      "de daaraan gekoppelde uitkeringen. Daarin wordt ook de positie van het minimumloon ten opzichte van het mediane "
      "loon in de ons omringende landen betrokken."),
    H3("3.2 Toeslagen"),
    P("Voor werkenden met een laag inkomen maken toeslagen een groot deel uit van het besteedbaar inkomen. De raad "
      "laat zien dat het stelsel van voorschotten en terugvorderingen juist voor mensen met een wisselend inkomen "
      "slecht werkt. Het kabinet herkent dat beeld. Het toeslagenstelsel wordt op termijn vervangen, maar die "
      "herziening vraagt jaren. In de tussentijd wil de staatssecretaris de grootste problemen verminderen."),
    P("De raad stelt voor om de huurtoeslag en het kindgebonden budget te baseren op het vastgestelde inkomen van "
      "twee jaar eerder. De hoogte van de toeslag staat dan bij de toekenning vast, en een terugvordering door een "
      "hoger inkomen in het lopende jaar is niet meer aan de orde. " + EV31 + " Voor de huurtoeslag werkt de "
      "staatssecretaris een wetsvoorstel uit dat in het najaar van 2026 in consultatie gaat, met als beoogde "
      "ingangsdatum 1 januari 2029. Bij het kindgebonden budget zou een inkomensgrondslag van twee jaar eerder "
      "betekenen dat gezinnen van wie het inkomen daalt, bijvoorbeeld na een scheiding of na baanverlies, pas na twee "
      "jaar een hogere tegemoetkoming krijgen. Dat vindt het kabinet voor deze gezinnen niet aanvaardbaar.",
      answers=(Answer("3.1", "partial", EV31),)),
    P(EV32 + " De Dienst Toeslagen gebruikt daarvoor de maandelijkse loongegevens uit de polisadministratie van het "
      "UWV. Vanaf 1 juli 2026 vergelijkt de Dienst Toeslagen iedere maand het inkomen van toeslagontvangers met het "
      "inkomen waarop hun voorschot is gebaseerd. Wie over de voorgaande drie maanden meer dan 10 procent afwijkt, "
      "krijgt een bericht in Mijn toeslagen met een voorstel voor een aangepast voorschot, dat met één handeling kan "
      "worden geaccepteerd. In 2025 is dit beproefd bij 40.000 huishoudens; het aantal terugvorderingen boven 500 euro "
      "daalde in die groep met ruim een derde.",
      answers=(Answer("3.2", "agree", EV32),)),
    P("De raad vraagt daarnaast om een wettelijke grens aan de marginale druk: van een extra verdiende euro moet voor "
      "werkenden tot 130 procent van het minimumloon ten minste 40 cent overblijven. Het kabinet deelt het doel dat "
      "meer werken moet lonen, en de voorbeelden van het Nibud laten zien hoe ver de praktijk daar nu van af staat. "
      "Een wettelijke norm is echter niet voor elk huishouden te garanderen, omdat de marginale druk afhangt van de "
      "combinatie van huur, gezinssamenstelling, kinderopvang en gemeentelijke regelingen. " + EV33 + " Het kabinet "
      "betrekt de marginale druk bovendien voortaan structureel bij de koopkrachtbesluitvorming in augustus.",
      answers=(Answer("3.3", "partial", EV33),)),
    H3("3.3 Inkomensondersteuning door gemeenten"),
    P("Gemeenten kunnen huishoudens die langdurig van een laag inkomen rondkomen, ondersteunen met de individuele "
      "inkomenstoeslag. De raad constateert dat werkenden daar zelden voor in aanmerking komen, omdat gemeenten de "
      "voorwaarde dat er 'geen uitzicht op inkomensverbetering' mag zijn, bij werkenden streng toepassen. " + EV52 +
      " In het wetsvoorstel Participatiewet in balans, dat in het voorjaar van 2026 bij uw Kamer wordt ingediend, "
      "vervalt deze voorwaarde; gemeenten kijken voortaan alleen naar de duur van het lage inkomen en naar de "
      "omstandigheden van de aanvrager.",
      answers=(Answer("5.2", "agree", EV52),)),
    P("Gemeenten ontvangen sinds 2021 signalen over betalingsachterstanden bij huur, energie, water en de "
      "zorgverzekering, en veel gemeenten gebruiken die signalen om inwoners actief te benaderen. Een groeiend aantal "
      "gemeenten stuurt huishoudens met een laag inkomen daarnaast ieder jaar een overzicht van de regelingen "
      "waarvoor zij mogelijk in aanmerking komen. Hoe gemeenten hun inwoners over hun regelingen informeren, is een "
      "lokale afweging, waarover de gemeenteraad gaat."),
    H3("3.4 Schulden"),
    P("Werkenden met schulden lopen tegen eigen problemen aan. Zij hebben vaker te maken met loonbeslag, zoeken "
      "later hulp en hebben bij terugvorderingen van toeslagen meer schuldeisers tegelijk dan andere huishoudens. Het "
      "kabinet herkent het beeld dat de raad schetst."),
    P("De raad adviseert om bij werkenden een vaste opslag voor werkgerelateerde kosten en de eigen bijdrage voor "
      "kinderopvang mee te nemen in de beslagvrije voet. De beslagvrije voet is per 1 januari 2021 ingrijpend "
      "vereenvoudigd, juist omdat de oude berekening met veel individuele posten leidde tot fouten en in veel gevallen "
      "tot een te lage voet. Een opslag voor werkenden en een afzonderlijke berekening van de kosten van kinderopvang "
      "zouden die vereenvoudiging grotendeels terugdraaien en de berekening voor deurwaarders en overheidsinstanties "
      "opnieuw foutgevoelig maken. " + EV51 + " Wie door hoge woonlasten in de knel komt, kan de beslaglegger "
      "wel vragen om de voet te verhogen; die mogelijkheid blijft bestaan.",
      answers=(Answer("5.1", "disagree", EV51),)),
    P("Ook over de terugvorderingen van toeslagen doet de raad een voorstel: die zouden moeten worden kwijtgescholden "
      "zodra een werkende een minnelijk schuldhulpverleningstraject start. De Dienst Toeslagen werkt nu al mee aan "
      "minnelijke schuldregelingen tegen dezelfde voorwaarden als andere schuldeisers, en schort de invordering op "
      "zodra een schuldhulpverlener zich meldt. " + EV55 + " Zij zou de Dienst Toeslagen laten afzien van bedragen "
      "die in het traject gedeeltelijk worden afgelost, en huishoudens met dezelfde schulden maar zonder traject "
      "ongelijk behandelen.",
      answers=(Answer("5.5", "disagree", EV55),)),
    P("Dat werkenden laat hulp zoeken, heeft ook te maken met de bereikbaarheid van de schuldhulpverlening. Wie "
      "overdag werkt, kan niet naar een spreekuur om tien uur 's ochtends. " + EV54 + " Voor de proef stel ik 3,5 "
      "miljoen euro beschikbaar.",
      answers=(Answer("5.4", "partial", EV54),)),
    H2("4. Zekerheid in werk"),
    H3("4.1 Flexibele contracten"),
    P("Werkenden met een oproepcontract weten vaak pas kort van tevoren hoeveel zij de komende maand verdienen. De "
      "raad laat zien dat dit niet alleen hun inkomen drukt, maar via terugvorderingen van toeslagen ook tot schulden "
      "kan leiden."),
    P("Het wetsvoorstel Meer zekerheid flexwerkers pakt die onzekerheid aan, en de raad vraagt terecht om haast. "
      + EV42 + " Werkgevers worden daarin verplicht om een oproepkracht na twaalf maanden een contract aan te bieden "
      "met een vaste urenomvang die ten minste gelijk is aan het gemiddeld aantal gewerkte uren in dat jaar. Ik streef "
      "naar inwerkingtreding op 1 januari 2027.",
      footnotes=("De Raad van State heeft op 3 september 2025 advies uitgebracht over het wetsvoorstel.",),
      answers=(Answer("4.2", "agree", EV42),)),
    H3("4.2 Kinderopvang"),
    P("Met aanbeveling 4.1 vraagt de raad om kinderopvang voor werkende ouders met een inkomen tot modaal al per 1 "
      "januari 2027 vrijwel kosteloos te maken, vooruitlopend op de stelselherziening. Het kabinet houdt vast aan het "
      "nieuwe financieringsstelsel, waarin de opvang rechtstreeks wordt gefinancierd en de kinderopvangtoeslag "
      "verdwijnt; de invoering daarvan is voorzien op 1 januari 2029. " + EV41 + " Dat gebeurt door de maximum "
      "uurprijs voor deze groep te verhogen, zodat het verschil tussen de werkelijke en de vergoede prijs kleiner "
      "wordt. Hiervoor is in 2027 en 2028 jaarlijks 180 miljoen euro beschikbaar.",
      answers=(Answer("4.1", "partial", EV41),)),
    P("Tot 2029 blijft de kinderopvangtoeslag voor ouders met een wisselend inkomen een bron van terugvorderingen. De "
      "staatssecretaris gaat na of de maandelijkse signalering die in paragraaf 3.2 is beschreven, ook voor deze "
      "toeslag kan worden ingezet."),
    H3("4.3 Arbeidsmigranten"),
    P("Los van het advies van de raad informeer ik u in deze paragraaf, zoals toegezegd tijdens het commissiedebat "
      "Arbeidsmarktbeleid van 18 september 2025, over de voortgang van de maatregelen voor arbeidsmigranten. De Wet "
      "toelating terbeschikkingstelling arbeidskrachten treedt op 1 januari 2026 in werking. Uitzendbureaus hebben "
      "vanaf dat moment een toelating nodig om arbeidskrachten ter beschikking te stellen; de Nederlandse "
      "Arbeidsinspectie houdt daarop toezicht en kan bureaus die de regels overtreden de toelating ontnemen.",
      footnotes=("Kamerstukken II 2024/25, 29 861, nr. 142.",)),
    P("Daarnaast wordt de scheiding tussen arbeidscontract en huurcontract uitgewerkt, zodat een arbeidsmigrant die "
      "zijn baan verliest niet direct ook zijn woning kwijtraakt. Een wetsvoorstel daartoe gaat in het eerste kwartaal "
      "van 2026 in internetconsultatie. Ik stel bovendien 6 miljoen euro beschikbaar om de capaciteit van de "
      "Arbeidsinspectie voor inspecties in de uitzendsector in 2026 en 2027 uit te breiden."),
    H3("4.4 Werkende armoede in beeld"),
    P("Goed beleid vraagt om goede cijfers. De raad constateert terecht dat de bestaande statistieken over werkende "
      "armoede onregelmatig verschijnen en dat zelfstandigen en arbeidsmigranten er slecht in zichtbaar zijn. " + EV56
      + " Het SCP levert daaraan een bijdrage met verdiepend onderzoek naar zelfstandigen. De monitor wordt een vast "
      "onderdeel van de jaarlijkse voortgangsbrief over armoede en schulden.",
      answers=(Answer("5.6", "agree", EV56),)),
    H2("5. Tot slot"),
    P("De raad sluit zijn advies af met de vaststelling dat werk bestaanszekerheid moet bieden, en dat die belofte "
      "voor een aanzienlijke groep werkenden nog niet wordt waargemaakt. Die vaststelling deelt het kabinet. Niet "
      "alle voorstellen van de raad kunnen op korte termijn of in de gevraagde vorm worden uitgevoerd, maar de "
      "maatregelen in deze brief zijn samen een belangrijke stap."),
    P("Over de uitvoering van de toezeggingen in deze brief informeer ik uw Kamer in de jaarlijkse voortgangsbrief "
      "over armoede en schulden, voor het eerst in juni 2026."),
    P("De minister van Sociale Zaken en Werkgelegenheid,"),
    P("drs. H.J.M. Brouwers"),
)

RESPONSE = Document(
    title="Beleidsreactie op het advies 'Werk dat niet loont'",
    subtitle="Ministerie van Sociale Zaken en Werkgelegenheid  |  Aan de Voorzitter van de Tweede Kamer der "
             "Staten-Generaal  |  Datum 21 november 2025  |  Betreft Beleidsreactie advies Adviesraad Werk en "
             "Bestaanszekerheid over werkende armoede  |  Kenmerk 2025-0000318442",
    blocks=RESPONSE_BLOCKS,
    running_header="Beleidsreactie advies werkende armoede  |  Kenmerk 2025-0000318442",
    footer="Pagina {page} van {pages}",
    font_family="serif",
    font_size=10.5,
    title_page=False,
)

PAIR = Pair(
    name="policy_reaction_colliding_numbers",
    report=REPORT,
    response=RESPONSE,
    description="Adviesraad Werk en Bestaanszekerheid advice on working poverty with fourteen recommendations numbered "
                "per chapter (3.1-3.4, 4.1-4.4, 5.1-5.6), answered in a minister's 'Beleidsreactie' whose own "
                "numbered paragraphs (3.1 Minimumloon, 3.2 Toeslagen, ..., 4.3 Arbeidsmigranten) collide with but do "
                "not match the recommendation numbers; some answers cite the number, others only the subject; "
                "4.3 never mentioned, 4.4 passed to the Stichting van de Arbeid, 5.3 only described as a local choice.",
)
