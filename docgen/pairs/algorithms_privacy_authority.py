"""Pair: a fictional supervisor's report on risk-scoring algorithms in benefits, allowances and student finance, and
the cabinet's letter in reply.

Report: "Rekenen op vertrouwen" of the (fictional) Toezichthouder Algoritmen en Persoonsgegevens (TAP), set in serif
with a title page and imprint, a running header and plain page numbers.  There is no chapter of recommendations:
each findings chapter 3-8 ends with a level-2 section "N.x Onze verwachting" holding a short lead-in and a numbered
list of recommendations coded continuously R1-R17 (printed labels "R1." ... "R17.").  Lists that are NOT
recommendations: a numbered list of research questions ("1." labels) in chapter 1, lettered norms ("a.") in chapter
2, bulleted and dashed findings lists in chapters 3, 4, 5 and 7, a "1)" list of process steps in chapter 6, and a
dashed glossary in the annex.  R17 has three lettered sub-items that belong to its text.  The front "Samenvatting"
repeats nine recommendations (R1, R4, R5, R7, R8, R11, R13, R14, R16) word for word as a bulleted list
(duplicate_of), so their gold page is the summary page.

Response: a letter (letterhead, no title page, sans, "Pagina x van y" footer) of the staatssecretaris of BZK written
also on behalf of the minister of SZW and the staatssecretaris of Financiën.  Thanks and context paragraphs without a
position, then six numbered theme sections ("1. Zicht op algoritmen" ... "6. Sturing en toezicht") in prose, some
naming the recommendation code, most answering by subject only; then after a page break the annex "Bijlage:
overzicht van de reactie per aanbeveling" as a rows-ruled table "Nr. | Aanbeveling (verkort) | Reactie kabinet" with
short cells.  A recommendation answered in prose and table is annotated in both places with the same position (the
prose comes first and is the gold evidence).

Gold positions:
R1 agree (no cue word: publication in the register by 1 July 2026; cell "Overgenomen").
R2 partial (register link in the AI-Act implementation law committed, national duty only explored; cell
"Gedeeltelijk overgenomen").
R3 agree, answered only in the table ("Overgenomen. ...").
R4 agree ("onderschrijft de aanbeveling" + no model without DPIA from 2026).
R5 disagree, polite ("niet opportuun"), after agreeing with the analysis.
R6 not addressed: the prose only describes the Inlichtingenbureau's legal framework; the cell says "Zie toelichting".
R7 partial (nationality, birth country, language dropped; postcode kept).
R8 agree without cue word (external bias tests from 1 January 2026, 4.5 million a year) and R10 disagree ("past
echter niet bij") in the same paragraph.
R9 agree (toetsingskader with the College, Q3 2026).
R11 partial (mention of a risk model yes, reasons per person no).
R12 not addressed: passed on to the minister of JenV, who "zal uw Kamer daarover afzonderlijk informeren".
R13 disagree, blunt ("richt ik niet in").
R14 agree ("onderschrijft" + procurement clause with the VNG).
R15 partial: an expertise centre only explored with the VNG; the cell says "Zie toelichting".
R16 not addressed: budget "betrokken bij de besluitvorming over de Voorjaarsnota 2026".
R17 agree ("neemt de aanbeveling over").
All prose, names and figures are fictional and written for this test set.
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

P = Paragraph


def H1(text: str) -> Heading:
    return Heading(text, level=1)


def H2(text: str) -> Heading:
    return Heading(text, level=2)


def plain_list(style: str, *texts: str) -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style=style)


# --------------------------------------------------------------------------------------------------------------
# Recommendations: number -> (text, departments)
# --------------------------------------------------------------------------------------------------------------

RECS: dict[str, tuple[str, tuple[str, ...]]] = {
    "R1": ("UWV, SVB, DUO en Dienst Toeslagen nemen uiterlijk 1 juli 2026 al hun risicomodellen op in het "
           "Algoritmeregister, met een beschrijving van de gebruikte indicatoren en hun relatieve gewicht.",
           ("SZW", "OCW", "FIN")),
    "R2": ("De minister van Binnenlandse Zaken en Koninkrijksrelaties maakt registratie in het Algoritmeregister "
           "wettelijk verplicht voor alle overheidsorganisaties die algoritmen met een hoog risico gebruiken, en legt "
           "daarbij vast welke gegevens ten minste openbaar worden gemaakt.",
           ("BZK",)),
    "R3": ("De ministers van Sociale Zaken en Werkgelegenheid, van Onderwijs, Cultuur en Wetenschap en van Financiën "
           "sturen de Tweede Kamer jaarlijks, bij het jaarverslag, per uitvoeringsorganisatie een overzicht van alle "
           "actieve risicomodellen, met hun doel, de eigenaar en de datum van de laatste toetsing.",
           ("SZW", "OCW", "FIN")),
    "R4": ("UWV, SVB, DUO, Dienst Toeslagen en gemeenten voeren voor ieder risicomodel vóór ingebruikname een "
           "volledige gegevensbeschermingseffectbeoordeling (DPIA) uit, en herhalen die ten minste eens in de twee "
           "jaar en bij iedere wezenlijke wijziging van het model.",
           ("SZW", "OCW", "FIN", "GEMEENTEN")),
    "R5": ("De minister van Sociale Zaken en Werkgelegenheid en de staatssecretaris van Financiën nemen in de "
           "Participatiewet en de Algemene wet inkomensafhankelijke regelingen een uitdrukkelijke grondslag op voor "
           "risicoprofilering, waarin limitatief is bepaald welke categorieën gegevens daarvoor mogen worden "
           "gebruikt.",
           ("SZW", "FIN")),
    "R6": ("De minister van Sociale Zaken en Werkgelegenheid zorgt ervoor dat gemeenten gegevens die zij via het "
           "Inlichtingenbureau ontvangen, alleen gebruiken voor het doel waarvoor die zijn verstrekt en niet als "
           "invoer voor gemeentelijke risicomodellen.",
           ("SZW",)),
    "R7": ("UWV, SVB, DUO en Dienst Toeslagen gebruiken nationaliteit, geboorteland, postcode en taalvaardigheid niet "
           "langer als indicator in risicomodellen, ook niet via variabelen die daar sterk mee samenhangen.",
           ("SZW", "OCW", "FIN")),
    "R8": ("De ministers van Sociale Zaken en Werkgelegenheid, van Onderwijs, Cultuur en Wetenschap en van Financiën "
           "zorgen ervoor dat ieder risicomodel van de uitvoeringsorganisaties vóór ingebruikname en daarna jaarlijks "
           "door een onafhankelijke partij wordt getoetst op direct en indirect discriminerende effecten, en dat de "
           "uitkomsten openbaar worden gemaakt.",
           ("SZW", "OCW", "FIN")),
    "R9": ("De minister van Binnenlandse Zaken en Koninkrijksrelaties stelt samen met het College voor de Rechten van "
           "de Mens een landelijk toetsingskader voor bias-toetsing op, dat ook voor kleinere gemeenten bruikbaar is.",
           ("BZK",)),
    "R10": ("UWV, SVB en DUO trekken naast de selectie op risicoscore altijd ook een aselecte steekproef van ten "
            "minste tien procent van de controles, zodat de werking van het model kan worden geijkt.",
            ("SZW", "OCW")),
    "R11": ("UWV, SVB, DUO, Dienst Toeslagen en gemeenten vermelden in de brief waarmee een controle wordt "
            "aangekondigd dat de burger mede op basis van een risicoscore is geselecteerd, en noemen daarbij de "
            "belangrijkste redenen voor die selectie.",
            ("SZW", "OCW", "FIN", "GEMEENTEN")),
    "R12": ("De minister van Justitie en Veiligheid regelt in de Algemene wet bestuursrecht dat een burger die na "
            "selectie door een risicomodel nadelig wordt geraakt, inzage krijgt in de indicatoren die tot zijn "
            "selectie hebben geleid en de selectie zelf door de rechter kan laten toetsen.",
            ("JenV",)),
    "R13": ("De minister van Binnenlandse Zaken en Koninkrijksrelaties richt een landelijk, laagdrempelig meldpunt in "
            "voor burgers die vermoeden dat zij door een algoritme van de overheid onterecht zijn geselecteerd.",
            ("BZK",)),
    "R14": ("Gemeenten kopen geen risicomodellen meer in van leveranciers die de werking, de indicatoren en de "
            "trainingsgegevens van hun model niet volledig aan de gemeente openbaar maken.",
            ("GEMEENTEN",)),
    "R15": ("De minister van Binnenlandse Zaken en Koninkrijksrelaties en de VNG richten uiterlijk eind 2026 een "
            "gezamenlijk expertisecentrum in waar gemeenten hun risicomodellen vóór ingebruikname kunnen laten "
            "toetsen.",
            ("BZK", "GEMEENTEN")),
    "R16": ("Het kabinet verhoogt vanaf 2027 het structurele budget voor het algoritmetoezicht van de TAP tot ten "
            "minste 12 miljoen euro per jaar.",
            ("KABINET",)),
    "R17": ("De raden van bestuur van UWV, SVB en DUO en de directeur-generaal Toeslagen wijzen ieder één bestuurder "
            "aan die eindverantwoordelijk is voor het gebruik van risicomodellen, en deze bestuurder legt jaarlijks "
            "openbaar verantwoording af over:",
            ("SZW", "OCW", "FIN")),
}

R17_CHILDREN = (
    ListItem("het aantal burgers dat mede op basis van een risicoscore voor controle is geselecteerd;"),
    ListItem("de uitkomsten van de bias-toetsen die in dat jaar zijn uitgevoerd;"),
    ListItem("de modellen die in dat jaar zijn aangepast of stopgezet, en de reden daarvan."),
)


def recs(*numbers: str) -> ItemList:
    """The recommendations of one 'Onze verwachting' section, labelled by their own code ("R4." ...)."""
    items = []
    for number in numbers:
        text, departments = RECS[number]
        children = R17_CHILDREN if number == "R17" else ()
        items.append(ListItem(text, children=children, recommendation=Recommendation(number, departments)))
    return ItemList(items=tuple(items), style="1.")


def summary_repeats(*numbers: str) -> ItemList:
    """A bulleted repeat of some recommendations, word for word, in the summary."""
    return ItemList(
        items=tuple(ListItem(RECS[n][0], recommendation=Recommendation(n, RECS[n][1], duplicate_of=n))
                    for n in numbers),
        style="•",
    )


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H1("Samenvatting"),
    P("Uitvoeringsorganisaties en gemeenten gebruiken steeds vaker algoritmen die aan burgers een risicoscore "
      "toekennen. Die score bepaalt mede wie een extra controle krijgt op een uitkering, een toeslag of "
      "studiefinanciering. Voor de meeste burgers blijft dat onzichtbaar: zij ontvangen een brief met een verzoek om "
      "stukken of krijgen een huisbezoek, zonder te weten dat een model hen heeft aangewezen."),
    P("De Toezichthouder Algoritmen en Persoonsgegevens (TAP) heeft tussen maart 2024 en februari 2025 onderzocht "
      "hoe UWV, de Sociale Verzekeringsbank (SVB), de Dienst Uitvoering Onderwijs (DUO), Dienst Toeslagen en zestien "
      "gemeenten risicomodellen inzetten. Wij hebben 41 modellen in kaart gebracht, met ruim honderd medewerkers en "
      "bestuurders gesproken en van negen modellen de technische documentatie en de programmatuur beoordeeld."),
    P("Het beeld is gemengd. Een aantal organisaties heeft de afgelopen jaren zichtbaar geïnvesteerd in "
      "zorgvuldigheid: modellen zijn stopgezet, indicatoren zijn geschrapt en er zijn ethische commissies ingesteld. "
      "Tegelijk stelt de TAP vast dat niemand, ook de organisaties zelf niet, een volledig overzicht heeft van de "
      "modellen die in gebruik zijn; dat de wettelijke grondslag voor risicoprofilering vaak dun is; dat toetsing op "
      "discriminatie eerder uitzondering dan regel is; en dat burgers vrijwel nooit weten dat een algoritme een rol "
      "speelde bij hun selectie. Bij gemeenten komt daarbij dat modellen vaak worden ingekocht bij leveranciers die "
      "de werking ervan niet prijsgeven, ook niet aan de gemeente zelf."),
    P("Aan het eind van de hoofdstukken 3 tot en met 8 geeft de TAP aan wat zij van de betrokken partijen verwacht. "
      "Die verwachtingen zijn doorlopend genummerd, R1 tot en met R17. Een deel richt zich tot de "
      "uitvoeringsorganisaties en gemeenten zelf, een deel tot de verantwoordelijke ministers en staatssecretarissen. "
      "De belangrijkste zijn:"),
    summary_repeats("R1", "R4", "R5", "R7", "R8", "R11", "R13", "R14", "R16"),
    P("De TAP gaat in de loop van 2026 na in hoeverre aan deze verwachtingen is voldaan en publiceert daarover een "
      "vervolgrapportage."),
    PageBreak(),

    H1("1 Inleiding"),
    H2("1.1 Aanleiding"),
    P("Het gebruik van algoritmen in de sociale zekerheid en bij de toeslagen ligt sinds de toeslagenaffaire onder "
      "een vergrootglas. Het kabinet, de Tweede Kamer en de uitvoeringsorganisaties hebben sindsdien herhaaldelijk "
      "uitgesproken dat selectie op basis van risicoscores zorgvuldig, transparant en zonder onderscheid naar "
      "herkomst moet plaatsvinden. Publicaties over risicomodellen bij gemeenten en bij de controle op de "
      "uitwonendenbeurs hebben de maatschappelijke aandacht daarna verder versterkt."),
    P("De TAP houdt sinds 1 januari 2024 toezicht op algoritmen waarmee persoonsgegevens worden verwerkt. In ons "
      "jaarplan voor 2024 hebben wij een sectorbreed onderzoek aangekondigd naar risicoselectie in de sociale "
      "zekerheid, het onderwijs en de toeslagen. Dit rapport is daarvan het resultaat. Het is geen "
      "handhavingsonderzoek naar één organisatie: wij schetsen de praktijk en geven aan wat wij van de betrokken "
      "partijen verwachten. Waar wij in de loop van het onderzoek op mogelijke overtredingen stuitten, zijn die in "
      "afzonderlijke trajecten opgepakt.",
      footnotes=("Deze trajecten lopen nog. Over de uitkomst ervan publiceert de TAP afzonderlijk.",)),
    H2("1.2 Onderzoeksvragen"),
    P("Het onderzoek beantwoordt vier vragen:"),
    plain_list(
        "1.",
        "Welke risicomodellen gebruiken de onderzochte organisaties om burgers te selecteren voor controle, en met "
        "welk doel?",
        "Op welke wettelijke grondslag berust dat gebruik, en is vooraf nagegaan welke risico’s het meebrengt voor "
        "de betrokken burgers?",
        "In hoeverre is getoetst of de modellen leiden tot direct of indirect onderscheid?",
        "Wat weten burgers over hun selectie, en hoe kunnen zij zich daartegen verweren?",
    ),
    P("Daarnaast is steeds de vraag gesteld hoe de sturing en het toezicht op het gebruik van risicomodellen zijn "
      "ingericht, binnen de organisaties en daarbuiten."),
    H2("1.3 Aanpak"),
    P("Wij hebben alle onderzochte organisaties gevraagd om een opgave van hun risicomodellen en de bijbehorende "
      "documentatie: beschrijvingen van het model, DPIA’s, validatierapporten, verslagen van ethische commissies en "
      "werkinstructies voor medewerkers. Vervolgens hebben wij gesproken met bestuurders, privacyfunctionarissen, "
      "data scientists, handhavers en klantmedewerkers. Van negen modellen, verspreid over de vier "
      "uitvoeringsorganisaties en vier gemeenten, hebben wij ook de programmatuur en de trainingsgegevens bekeken. "
      "Ten slotte hebben wij zestig brieven bestudeerd waarmee burgers over een controle werden geïnformeerd."),
    P("De zestien gemeenten zijn gekozen naar inwonertal en regio: vier grote steden, zes middelgrote en zes kleinere "
      "gemeenten. Zij worden in dit rapport niet bij naam genoemd. Het gaat ons om het beeld van de praktijk, niet om "
      "een oordeel over afzonderlijke gemeenten."),
    P("Een conceptversie van dit rapport is in april 2025 voorgelegd aan de onderzochte organisaties en aan de "
      "ministeries van Sociale Zaken en Werkgelegenheid, van Onderwijs, Cultuur en Wetenschap, van Financiën en van "
      "Binnenlandse Zaken en Koninkrijksrelaties. Hun reacties zijn verwerkt voor zover zij feitelijke onjuistheden "
      "betroffen."),
    H2("1.4 Leeswijzer"),
    P("Hoofdstuk 2 beschrijft het toetsingskader. De hoofdstukken 3 tot en met 8 bevatten de bevindingen, telkens "
      "afgesloten met een paragraaf waarin wij aangeven wat wij verwachten. Achter in het rapport is een lijst van "
      "gebruikte begrippen opgenomen."),

    H1("2 Toetsingskader"),
    P("De TAP toetst het gebruik van risicomodellen aan de Algemene verordening gegevensbescherming (AVG), de "
      "Algemene wet gelijke behandeling en de algemene beginselen van behoorlijk bestuur. Sinds februari 2025 gelden "
      "daarnaast de eerste bepalingen van de Europese AI-verordening; de verplichtingen voor AI-systemen met een "
      "hoog risico gaan in augustus 2026 in. Systemen die overheden gebruiken om te beoordelen of iemand recht heeft "
      "op een uitkering of voorziening, vallen daar in veel gevallen onder.",
      footnotes=("Of een regelgebaseerd model onder de definitie van een AI-systeem valt, hangt af van de manier "
                 "waarop het model is ontwikkeld. De TAP hanteert in dit rapport een ruimer begrip; zie de "
                 "begrippenlijst.",)),
    P("Uit deze kaders leidt de TAP vijf normen af waaraan het gebruik van een risicomodel moet voldoen:"),
    plain_list(
        "a.",
        "Rechtmatigheid: er is een duidelijke wettelijke grondslag voor de verwerking, en de gebruikte gegevens zijn "
        "noodzakelijk voor het doel.",
        "Zorgvuldigheid vooraf: vóór ingebruikname zijn de risico’s voor betrokkenen in kaart gebracht en afgewogen, "
        "in ieder geval in een DPIA.",
        "Gelijke behandeling: het model maakt geen direct onderscheid naar verboden gronden, en indirect onderscheid "
        "is getoetst en zo nodig objectief gerechtvaardigd.",
        "Transparantie: burgers en volksvertegenwoordigers kunnen weten dat het model bestaat, hoe het werkt en "
        "welke gevolgen het heeft.",
        "Verantwoording: binnen de organisatie is duidelijk wie eigenaar is van het model, en er wordt periodiek "
        "nagegaan of het nog doet wat het moet doen.",
    ),
    P("Deze normen zijn niet nieuw. Zij volgen rechtstreeks uit wet- en regelgeving of zijn in de afgelopen jaren "
      "door rechters, toezichthouders en het kabinet zelf uitgewerkt. Wat dit onderzoek toevoegt, is een beeld van de "
      "mate waarin de praktijk eraan voldoet."),
    P("Onder een risicomodel verstaan wij in dit rapport ieder algoritme, regelgebaseerd of zelflerend, dat aan "
      "burgers of dossiers een score of rangorde toekent met als doel te bepalen wie nader wordt gecontroleerd. "
      "Ook eenvoudige beslisregels in een spreadsheet vallen daaronder, als zij systematisch worden gebruikt."),

    H1("3 Zicht op het gebruik van risicomodellen"),
    H2("3.1 Niemand heeft het volledige overzicht"),
    P("Bij de start van het onderzoek hebben wij alle organisaties gevraagd een overzicht te geven van de "
      "risicomodellen die zij gebruiken. Dat bleek lastiger dan verwacht. Drie van de vier uitvoeringsorganisaties "
      "moesten hun eerste opgave later aanvullen, in één geval met zes modellen die bij de centrale afdeling niet "
      "bekend waren. Bij de gemeenten troffen wij regelmatig modellen aan die een leverancier als onderdeel van een "
      "breder softwarepakket had geleverd en die intern niet als algoritme werden herkend."),
    P("De inventarisatie leverde de volgende bevindingen op:"),
    plain_list(
        "•",
        "de vier uitvoeringsorganisaties gebruiken samen 23 risicomodellen, de zestien gemeenten samen 18;",
        "van de 41 modellen waren er bij de start van het onderzoek 14 opgenomen in het Algoritmeregister;",
        "van die 14 registraties bevatten er 5 een beschrijving van de gebruikte indicatoren, en geen enkele een "
        "aanduiding van hun gewicht;",
        "bij 11 modellen kon de organisatie niet aangeven wie binnen de organisatie eigenaar van het model was.",
    ),
    H2("3.2 Het Algoritmeregister"),
    P("Het Algoritmeregister van de overheid is in december 2022 opengesteld. Registratie is vrijwillig. De "
      "ministeries hebben afgesproken dat zij hun algoritmen met een grote impact op burgers uiterlijk eind 2025 "
      "registreren; voor gemeenten en zelfstandige bestuursorganen geldt geen termijn. De kwaliteit van de "
      "registraties loopt sterk uiteen: naast uitgebreide beschrijvingen troffen wij registraties aan van twee "
      "regels, waarin niet meer stond dan dat het model ‘helpt bij het bepalen van de controlecapaciteit’."),
    P("Organisaties noemen twee redenen om terughoudend te zijn. De eerste is de vrees dat burgers hun gedrag "
      "aanpassen als bekend wordt welke indicatoren worden gebruikt. De TAP acht die vrees voor de meeste modellen "
      "overtrokken: het gaat vaak om kenmerken die burgers niet of nauwelijks kunnen beïnvloeden, zoals de "
      "samenstelling van het huishouden of de duur van een uitkering. De tweede reden is dat registratie tijd kost en "
      "dat er geen verplichting is. Zolang registratie vrijwillig blijft, zal het register naar het oordeel van de "
      "TAP onvolledig blijven, en juist voor de modellen waar burgers het meeste belang bij hebben."),
    H2("3.3 Verantwoording aan de volksvertegenwoordiging"),
    P("Ook de Tweede Kamer en de gemeenteraden hebben weinig zicht. In de jaarverslagen over 2023 van de vier "
      "uitvoeringsorganisaties vermeldde alleen de SVB hoeveel risicomodellen zij gebruikte; geen van de "
      "jaarverslagen ging in op de uitkomsten van toetsing. In twee van de zestien gemeenten was de gemeenteraad "
      "geïnformeerd over het gebruik van een risicomodel in de bijstand, in beide gevallen naar aanleiding van "
      "vragen van raadsleden."),
    H2("3.4 Onze verwachting"),
    P("Het gebruik van risicomodellen moet volledig zichtbaar zijn, voor de burger en voor wie de uitvoering "
      "controleert. De TAP verwacht daarom het volgende."),
    recs("R1", "R2", "R3"),

    H1("4 Grondslag, doelbinding en zorgvuldigheid vooraf"),
    H2("4.1 Een grondslag die meebeweegt"),
    P("Alle onderzochte organisaties baseren het gebruik van risicomodellen op hun wettelijke taak om de "
      "rechtmatigheid van uitkeringen, toeslagen en studiefinanciering te controleren. Die taak staat op zichzelf "
      "niet ter discussie. De wet zegt echter weinig over de vraag welke gegevens voor een risicoselectie mogen "
      "worden gecombineerd, en hoe ver een organisatie daarbij mag gaan."),
    P("Het gevolg is dat de grenzen worden bepaald door beleidsregels en interne werkinstructies, die bovendien in "
      "de tijd verschuiven. Bij twee uitvoeringsorganisaties troffen wij modellen aan waarvan het aantal indicatoren "
      "in vijf jaar was verdubbeld, zonder dat daarover buiten de afdeling die het model beheert een afweging was "
      "gemaakt. Voor een burger is zo niet te voorzien welke gegevens de overheid over hem combineert, en met welk "
      "doel. Dat verhoudt zich slecht tot het vereiste dat een inbreuk op de persoonlijke levenssfeer voorzienbaar "
      "moet zijn."),
    H2("4.2 Gegevens van het Inlichtingenbureau"),
    P("Gemeenten ontvangen via het Inlichtingenbureau signalen over bijstandsgerechtigden, bijvoorbeeld wanneer "
      "iemand inkomsten uit werk blijkt te hebben of een auto op zijn naam heeft staan. Die signalen zijn bedoeld "
      "om een concrete mogelijke onrechtmatigheid te onderzoeken. In zes van de zestien gemeenten troffen wij aan "
      "dat zij ook worden gebruikt als invoer voor een gemeentelijk risicomodel dat alle bijstandsgerechtigden een "
      "score geeft. Daarmee worden gegevens gebruikt voor een ander doel dan waarvoor zij zijn verstrekt, en krijgen "
      "burgers over wie nooit een signaal is afgegeven toch een hogere score omdat zij op anderen lijken over wie dat "
      "wel is gebeurd."),
    H2("4.3 De DPIA als sluitstuk"),
    P("Een gegevensbeschermingseffectbeoordeling (DPIA) is verplicht wanneer een verwerking waarschijnlijk een hoog "
      "risico inhoudt voor de rechten en vrijheden van betrokkenen. Voor risicomodellen die bepalen wie wordt "
      "gecontroleerd, is dat vrijwel altijd het geval. De praktijk is een andere:"),
    plain_list(
        "–",
        "voor 9 van de 41 modellen was geen DPIA uitgevoerd;",
        "bij 12 modellen was de DPIA pas opgesteld nadat het model al in gebruik was genomen;",
        "bij geen van de modellen die sinds 2022 wezenlijk waren gewijzigd, was de DPIA na die wijziging herzien.",
    ),
    P("Een DPIA die achteraf wordt opgesteld, is geen afweging meer maar een verantwoording van een besluit dat al "
      "is genomen. Verschillende gesprekspartners noemden de DPIA dan ook ‘een formaliteit’ of ‘iets voor de "
      "privacyjurist’. De TAP ziet de DPIA juist als het moment waarop een organisatie zich de vraag moet stellen of "
      "een model nodig is, en of het doel niet met minder ingrijpende middelen kan worden bereikt."),
    H2("4.4 Onze verwachting"),
    P("De TAP verwacht dat de grenzen van risicoprofilering vooraf en in de wet worden getrokken, en niet achteraf "
      "in de uitvoering."),
    recs("R4", "R5", "R6"),

    H1("5 Risico op discriminatie"),
    H2("5.1 Indicatoren die naar herkomst verwijzen"),
    P("Geen van de onderzochte modellen gebruikt etniciteit als indicator. Wel troffen wij indicatoren aan die sterk "
      "samenhangen met herkomst:"),
    plain_list(
        "•",
        "nationaliteit of het hebben van een tweede nationaliteit (2 modellen, beide inmiddels aangepast);",
        "geboorteland of het land van de vorige woonplaats (3 modellen);",
        "de vier cijfers van de postcode (11 modellen);",
        "een aanduiding van taalvaardigheid, zoals de inzet van een tolk of de taal van eerdere correspondentie "
        "(4 modellen).",
    ),
    P("De postcode is de meest gebruikte van deze indicatoren. Organisaties gebruiken haar vooral om adresfraude op "
      "het spoor te komen. In de steden waar wij dat konden nagaan, hing de postcode echter sterk samen met het "
      "aandeel inwoners met een migratieachtergrond. Een model dat op postcode selecteert, selecteert dus indirect "
      "ook op herkomst, tenzij is aangetoond dat dat niet zo is."),
    H2("5.2 Toetsing op discriminatie blijft uitzondering"),
    P("Van de 41 modellen zijn er zeven door een onafhankelijke partij getoetst op discriminerende effecten. Bij "
      "vijftien modellen is een interne analyse gedaan, waarvan de kwaliteit sterk wisselt; bij de overige negentien "
      "is niets gedaan. Van de zeven externe toetsen zijn er twee gepubliceerd."),
    P("Organisaties gaven aan dat een goede toets lastig is, omdat zij zelf geen gegevens over herkomst mogen of "
      "willen verwerken. Dat probleem is reëel, maar niet onoplosbaar: toetsing kan plaatsvinden in een beveiligde "
      "omgeving bij een onafhankelijke partij die wel over die gegevens beschikt. Twee organisaties hebben dat ook "
      "gedaan. Wat vooral ontbreekt, is een gedeelde aanpak: iedere organisatie vindt het wiel opnieuw uit, en "
      "kleinere gemeenten komen er niet aan toe."),
    H2("5.3 Een model dat zichzelf bevestigt"),
    P("De meeste zelflerende modellen worden getraind op de uitkomsten van eerdere controles. Die controles waren "
      "zelf echter al geselecteerd, deels door een eerdere versie van hetzelfde model. Groepen die vaker werden "
      "gecontroleerd, komen zo vaker voor in de gegevens waarin onrechtmatigheid is vastgesteld, en krijgen in de "
      "volgende versie een hogere score. Zonder een aselecte vergelijkingsgroep is niet vast te stellen of een model "
      "werkelijk beter selecteert dan het toeval. Slechts één van de vier uitvoeringsorganisaties trekt naast de "
      "risicoselectie een aselecte steekproef; bij de gemeenten geen enkele."),
    H2("5.4 Onze verwachting"),
    P("Voor de TAP is het uitgangspunt dat een model dat niet aantoonbaar vrij is van onderscheid naar herkomst, "
      "niet wordt gebruikt. Daaruit volgen vier verwachtingen."),
    recs("R7", "R8", "R9", "R10"),

    H1("6 De burger in het selectieproces"),
    H2("6.1 Van score tot controle"),
    P("Hoe een risicoscore uitmondt in een controle, verschilt per organisatie. Het proces kent in hoofdzaak vijf "
      "stappen:"),
    plain_list(
        "1)",
        "het model berekent periodiek voor alle lopende uitkeringen of toekenningen een score;",
        "de dossiers met de hoogste scores komen op een lijst voor nader onderzoek;",
        "een medewerker beoordeelt per dossier of een controle zinvol is;",
        "de burger ontvangt een brief waarin om informatie wordt gevraagd of een gesprek wordt aangekondigd;",
        "na afloop volgt zo nodig een besluit tot herziening, intrekking of terugvordering.",
    ),
    P("In de derde stap is de medewerker formeel vrij om van de lijst af te wijken. In de praktijk gebeurt dat "
      "zelden: bij de organisaties die dat konden nagaan, werd meer dan negen op de tien geselecteerde dossiers ook "
      "daadwerkelijk gecontroleerd. De menselijke tussenkomst die de AVG vraagt, is daarmee vaak meer vorm dan inhoud."),
    H2("6.2 Wat de burger te weten krijgt"),
    P("In geen van de zestig aankondigingsbrieven die wij bestudeerden, stond dat de burger mede op basis van een "
      "risicoscore was geselecteerd. De meeste brieven spraken van ‘een periodieke controle’ of ‘een steekproef’, "
      "wat in een aantal gevallen feitelijk onjuist was. Burgers die wij spraken, gaven aan dat zij zich daardoor "
      "verdacht voelden zonder te weten waarom, en dat zij niet wisten welke informatie relevant was."),
    H2("6.3 Rechtsbescherming"),
    P("De selectie voor een controle is geen besluit in de zin van de Algemene wet bestuursrecht. Een burger kan "
      "pas opkomen tegen het besluit dat op de controle volgt, zoals een terugvordering. In die procedure staat de "
      "vraag centraal of de uitkering terecht is herzien, niet hoe de burger in beeld is gekomen. De rechter toetst "
      "de selectie daardoor zelden, en de burger heeft geen gelegenheid om aan te voeren dat hij op onjuiste of "
      "discriminerende gronden is geselecteerd."),
    P("Burgers die vermoeden dat zij onterecht door een algoritme zijn geselecteerd, weten bovendien niet waar zij "
      "terecht kunnen. Klachten komen verspreid binnen bij klantcontactcentra, bij de Nationale ombudsman, bij "
      "antidiscriminatievoorzieningen en bij de TAP, en worden nergens in samenhang bekeken."),
    H2("6.4 Onze verwachting"),
    P("De TAP verwacht dat burgers weten wanneer een algoritme een rol speelt, en dat zij zich daartegen kunnen "
      "verweren."),
    recs("R11", "R12", "R13"),

    H1("7 Gemeenten en hun leveranciers"),
    H2("7.1 Ingekochte modellen"),
    P("Elf van de achttien gemeentelijke risicomodellen zijn ingekocht bij een commerciële leverancier, vaak als "
      "module van het pakket waarmee de gemeente haar uitkeringsadministratie voert. De contracten die wij inzagen, "
      "gaven de gemeente weinig zeggenschap:"),
    plain_list(
        "–",
        "in 7 contracten mocht de gemeente de indicatoren niet openbaar maken;",
        "in 4 contracten had de gemeente zelf geen inzage in de indicatoren;",
        "geen enkel contract gaf de gemeente het recht de trainingsgegevens in te zien.",
    ),
    P("Een gemeente die niet weet hoe een model werkt, kan niet beoordelen of het rechtmatig is, kan geen "
      "deugdelijke DPIA opstellen en kan aan de burger en de raad geen verantwoording afleggen. De verantwoordelijkheid "
      "blijft niettemin volledig bij het college."),
    H2("7.2 Kennis en capaciteit"),
    P("De grote steden beschikken over eigen data-analisten en hebben in een aantal gevallen een ethische commissie "
      "ingesteld. In de middelgrote en kleinere gemeenten die wij bezochten, was die kennis er niet. Een "
      "beleidsmedewerker handhaving met een privacyjurist op afroep moest daar beoordelen of een aangeboden model "
      "voldeed. Meerdere gemeenten gaven aan behoefte te hebben aan een plek waar zij een model kunnen laten "
      "beoordelen voordat zij het in gebruik nemen."),
    H2("7.3 Onze verwachting"),
    P("Gemeenten hoeven het niet alleen te doen, maar zij moeten wel zelf kunnen overzien wat zij inkopen."),
    recs("R14", "R15"),

    H1("8 Sturing en toezicht"),
    H2("8.1 Wie is verantwoordelijk?"),
    P("Binnen de uitvoeringsorganisaties is de verantwoordelijkheid voor risicomodellen verdeeld over de afdeling "
      "handhaving, de datateams, de privacyfunctionaris en, waar die bestaat, een ethische commissie. Op bestuurlijk "
      "niveau is zelden één persoon aanspreekbaar. In de gesprekken verwezen bestuurders voor de werking van de "
      "modellen naar de datateams, en de datateams voor de keuzes naar de handhavers. Daardoor is het voor de "
      "verantwoordelijke bewindspersoon en voor de Tweede Kamer moeilijk om te weten bij wie zij moeten zijn."),
    H2("8.2 Toezicht op algoritmen"),
    P("De TAP beschikt in 2025 over 3,8 miljoen euro voor het toezicht op algoritmen. Daarmee kunnen wij per jaar "
      "één sectorbreed onderzoek als dit doen en een beperkt aantal klachten behandelen. Met de inwerkingtreding van "
      "de verplichtingen uit de AI-verordening voor systemen met een hoog risico neemt de omvang van het toezicht "
      "vanaf 2026 aanzienlijk toe. Naar onze raming is daarvoor structureel ten minste 12 miljoen euro per jaar "
      "nodig.",
      footnotes=("De raming is gebaseerd op het aantal organisaties dat naar verwachting hoog-risicosystemen "
                 "gebruikt en op de ervaring met dit onderzoek.",)),
    H2("8.3 Onze verwachting"),
    P("Goed gebruik van algoritmen vraagt om een bestuurder die aanspreekbaar is, en om een toezichthouder die het "
      "kan bijhouden."),
    recs("R16", "R17"),

    H1("Bijlage: begrippen"),
    plain_list(
        "–",
        "Algoritme: een reeks regels of instructies waarmee een computer uit invoergegevens een uitkomst afleidt.",
        "Bias-toetsing: een analyse van de vraag of een model bepaalde groepen vaker of minder vaak selecteert dan "
        "op grond van hun werkelijke risico te verwachten is.",
        "DPIA: gegevensbeschermingseffectbeoordeling als bedoeld in artikel 35 AVG.",
        "Indicator: een kenmerk van een burger of dossier dat als invoer voor een model dient.",
        "Risicomodel: zie paragraaf 2; ieder algoritme dat aan burgers of dossiers een score of rangorde toekent "
        "om te bepalen wie nader wordt gecontroleerd.",
        "Uitvoeringsorganisatie: in dit rapport UWV, de SVB, DUO en Dienst Toeslagen.",
    ),
)

REPORT = Document(
    title="Rekenen op vertrouwen",
    subtitle="Onderzoek naar het gebruik van risicoscores door gemeenten en uitvoeringsorganisaties in de sociale "
             "zekerheid, het onderwijs en de toeslagen",
    blocks=REPORT_BLOCKS,
    running_header="TAP  |  Rekenen op vertrouwen  |  juni 2025",
    footer="{page}",
    font_family="serif",
    font_size=10.0,
    title_page=True,
    imprint=(
        "Toezichthouder Algoritmen en Persoonsgegevens",
        "Directie Algoritmetoezicht",
        "Den Haag, juni 2025",
        "Kenmerk TAP/AT/2025-0412",
    ),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV1 = ("UWV, SVB, DUO en Dienst Toeslagen publiceren uiterlijk 1 juli 2026 al hun risicomodellen in het "
       "Algoritmeregister, met een beschrijving van de gebruikte indicatoren en hun relatieve gewicht.")
EV2 = ("Of daarnaast een nationale registratieplicht nodig is voor algoritmen die niet onder de AI-verordening "
       "vallen maar wel grote gevolgen voor burgers hebben, ga ik met de koepels van de decentrale overheden "
       "verkennen; ik informeer uw Kamer over de uitkomst in het voorjaar van 2026.")
EV4 = ("Het kabinet onderschrijft de aanbeveling om voor ieder risicomodel vooraf een volledige DPIA uit te voeren "
       "en die periodiek te herhalen.")
EV5 = ("De minister van SZW en de staatssecretaris van Financiën achten het echter niet opportuun om in de "
       "Participatiewet en de Awir een limitatieve lijst van gegevenscategorieën op te nemen.")
EV7 = ("Het kabinet neemt deze aanbeveling daarom over voor nationaliteit, geboorteland en taalvaardigheid, maar "
       "niet voor de postcode.")
EV8 = ("Vanaf 1 januari 2026 laten UWV, SVB, DUO en Dienst Toeslagen ieder risicomodel vóór ingebruikname en "
       "daarna jaarlijks toetsen door een externe, onafhankelijke partij, en publiceren zij de uitkomsten op hun "
       "website; het kabinet stelt daarvoor structureel 4,5 miljoen euro per jaar beschikbaar.")
EV10 = ("Een verplichte aselecte steekproef van ten minste tien procent naast iedere risicoselectie past echter niet "
        "bij de beperkte controlecapaciteit van de uitvoeringsorganisaties: iedere aselect getrokken controle gaat "
        "ten koste van een controle waarbij een concreet vermoeden van onrechtmatigheid bestaat.")
EV9 = ("Ik werk die leidraad, zoals de TAP vraagt, samen met het College uit tot een landelijk toetsingskader voor "
       "bias-toetsing, met een eenvoudige variant voor kleinere gemeenten.")
EV11 = "Het kabinet neemt deze aanbeveling daarmee gedeeltelijk over."
EV13 = ("Een afzonderlijk landelijk meldpunt voor burgers die vermoeden dat een algoritme hen onterecht heeft "
        "geselecteerd, richt ik niet in.")
EV14 = ("Het kabinet onderschrijft de aanbeveling dat gemeenten geen risicomodellen meer inkopen waarvan de "
        "leverancier de werking niet volledig aan de gemeente openbaar maakt.")
EV15 = ("Of daarvoor een nieuw expertisecentrum nodig is, of dat de toetsing beter kan worden belegd bij een "
        "organisatie die gemeenten nu al ondersteunt, onderzoek ik samen met de VNG; de uitkomst verwacht ik eind "
        "2026.")
EV17 = ("Het kabinet neemt de aanbeveling over om bij iedere uitvoeringsorganisatie één bestuurder "
        "eindverantwoordelijk te maken voor het gebruik van risicomodellen.")


def reply(text: str, *answers: tuple[str, str, str]) -> Cell:
    return Cell(text, answers=tuple(Answer(n, pos, ev) for n, pos, ev in answers))


ANNEX_ROWS = (
    ("R1", "Alle risicomodellen van UWV, SVB, DUO en Toeslagen uiterlijk 1 juli 2026 in het Algoritmeregister, met "
           "indicatoren en gewicht",
     reply("Overgenomen; zie paragraaf 1.", ("R1", "agree", "Overgenomen; zie paragraaf 1."))),
    ("R2", "Wettelijke plicht tot registratie van hoog-risico-algoritmen in het Algoritmeregister",
     reply("Gedeeltelijk overgenomen; zie paragraaf 1.",
           ("R2", "partial", "Gedeeltelijk overgenomen; zie paragraaf 1."))),
    ("R3", "Jaarlijks overzicht van actieve risicomodellen per uitvoeringsorganisatie bij het jaarverslag",
     reply("Overgenomen.\nHet overzicht wordt vanaf het jaarverslag over 2025 meegezonden.",
           ("R3", "agree", "Overgenomen."))),
    ("R4", "DPIA vóór ingebruikname, herhaald elke twee jaar en bij wezenlijke wijziging",
     reply("Overgenomen; zie paragraaf 2.", ("R4", "agree", "Overgenomen; zie paragraaf 2."))),
    ("R5", "Uitdrukkelijke grondslag voor risicoprofilering met limitatieve lijst van gegevens in Participatiewet "
           "en Awir",
     reply("Niet overgenomen; zie paragraaf 2.", ("R5", "disagree", "Niet overgenomen; zie paragraaf 2."))),
    ("R6", "Gegevens van het Inlichtingenbureau niet gebruiken als invoer voor gemeentelijke risicomodellen",
     Cell("Zie toelichting in paragraaf 2.")),
    ("R7", "Geen nationaliteit, geboorteland, postcode en taalvaardigheid als indicator",
     reply("Gedeeltelijk overgenomen; zie paragraaf 3.",
           ("R7", "partial", "Gedeeltelijk overgenomen; zie paragraaf 3."))),
    ("R8", "Onafhankelijke toets op discriminerende effecten vooraf en jaarlijks; uitkomsten openbaar",
     reply("Overgenomen; zie paragraaf 3.", ("R8", "agree", "Overgenomen; zie paragraaf 3."))),
    ("R9", "Landelijk toetsingskader voor bias-toetsing, samen met het College voor de Rechten van de Mens",
     reply("Overgenomen; zie paragraaf 3.", ("R9", "agree", "Overgenomen; zie paragraaf 3."))),
    ("R10", "Aselecte steekproef van ten minste tien procent naast iedere risicoselectie",
     reply("Niet overgenomen; zie paragraaf 3.", ("R10", "disagree", "Niet overgenomen; zie paragraaf 3."))),
    ("R11", "In de aankondigingsbrief vermelden dat een risicoscore is gebruikt, met de belangrijkste redenen",
     reply("Gedeeltelijk overgenomen; zie paragraaf 4.",
           ("R11", "partial", "Gedeeltelijk overgenomen; zie paragraaf 4."))),
    ("R12", "Inzage in indicatoren en rechterlijke toetsing van de selectie regelen in de Awb",
     Cell("Gericht aan de minister van JenV, die afzonderlijk reageert; zie paragraaf 4.")),
    ("R13", "Landelijk meldpunt voor burgers die onterecht door een algoritme zijn geselecteerd",
     reply("Niet overgenomen; zie paragraaf 4.", ("R13", "disagree", "Niet overgenomen; zie paragraaf 4."))),
    ("R14", "Gemeenten kopen geen risicomodellen in van leveranciers die de werking niet openbaar maken",
     reply("Overgenomen; zie paragraaf 5.", ("R14", "agree", "Overgenomen; zie paragraaf 5."))),
    ("R15", "Gezamenlijk expertisecentrum van Rijk en VNG voor toetsing van gemeentelijke modellen, eind 2026",
     Cell("Zie toelichting in paragraaf 5.")),
    ("R16", "Structureel budget algoritmetoezicht TAP naar ten minste 12 miljoen euro vanaf 2027",
     Cell("Wordt betrokken bij de Voorjaarsnota 2026; zie paragraaf 6.")),
    ("R17", "Eén eindverantwoordelijke bestuurder per uitvoeringsorganisatie; jaarlijkse openbare verantwoording",
     reply("Overgenomen; zie paragraaf 6.", ("R17", "agree", "Overgenomen; zie paragraaf 6."))),
)

RESPONSE_BLOCKS = (
    P("Datum: 9 oktober 2025"),
    P("Betreft: kabinetsreactie op het rapport ‘Rekenen op vertrouwen’ van de Toezichthouder Algoritmen en "
      "Persoonsgegevens"),
    P("Geachte voorzitter,"),
    P("Op 12 juni 2025 heeft de Toezichthouder Algoritmen en Persoonsgegevens (TAP) het rapport ‘Rekenen op "
      "vertrouwen’ gepubliceerd, over het gebruik van risicoscores door gemeenten en uitvoeringsorganisaties. Met "
      "deze brief ontvangt u, mede namens de minister van Sociale Zaken en Werkgelegenheid en de staatssecretaris "
      "van Financiën, de reactie van het kabinet op dat rapport. Over de onderdelen die DUO betreffen, is afgestemd "
      "met de minister van Onderwijs, Cultuur en Wetenschap."),
    P("Ik dank de TAP voor het grondige onderzoek, en de organisaties die eraan hebben meegewerkt voor de openheid "
      "waarmee zij hun modellen en documentatie ter beschikking stelden."),
    P("De toeslagenaffaire heeft pijnlijk duidelijk gemaakt wat er gebeurt wanneer een overheid burgers met een "
      "risicomodel selecteert zonder te weten wat dat model doet, en zonder dat de burger zich kan verweren. Het "
      "kabinet herkent het beeld dat de TAP schetst: er is sindsdien veel verbeterd, maar het overzicht ontbreekt, "
      "toetsing op discriminatie is nog geen vaste praktijk en burgers weten te weinig. Tegelijk is het gebruik van "
      "risicomodellen niet op zichzelf verkeerd. Een goed ontworpen en goed gecontroleerd model kan ervoor zorgen dat "
      "schaarse controlecapaciteit terechtkomt waar zij het meest nodig is, en dat de meeste burgers met rust worden "
      "gelaten."),
    P("Hieronder ga ik per thema in op het rapport. In de bijlage bij deze brief vindt u een overzicht van de "
      "reactie op elk van de zeventien aanbevelingen."),

    H2("1. Zicht op algoritmen"),
    P("Het Algoritmeregister bestaat sinds december 2022. Eind augustus 2025 stonden er ruim 1.100 algoritmen in, "
      "afkomstig van ruim 300 organisaties. Registratie is vrijwillig; de ministeries hebben afgesproken hun "
      "algoritmen met een grote impact uiterlijk eind 2025 te registreren."),
    P("De TAP constateert terecht dat juist de risicomodellen van de uitvoeringsorganisaties in het register nog "
      "grotendeels ontbreken, of zo summier zijn beschreven dat een burger er weinig aan heeft. " + EV1 + " De "
      "minister van SZW en de staatssecretaris van Financiën bespreken de voortgang in de reguliere "
      "sturingsgesprekken met de organisaties.",
      answers=(Answer("R1", "agree", EV1),)),
    P("Over een wettelijke registratieplicht (aanbeveling R2) merk ik het volgende op. De AI-verordening verplicht "
      "overheidsorganisaties vanaf augustus 2026 om AI-systemen met een hoog risico te registreren in een Europese "
      "databank. In de uitvoeringswet bij de AI-verordening regel ik dat organisaties die een systeem in die "
      "databank registreren, het ook opnemen in het Algoritmeregister. " + EV2,
      answers=(Answer("R2", "partial", EV2),)),

    H2("2. Grondslag, doelbinding en zorgvuldigheid vooraf"),
    P(EV4 + " De AVG vraagt al om een DPIA bij verwerkingen met een hoog risico, maar de TAP laat zien dat die in "
      "de praktijk vaak pas na ingebruikname wordt opgesteld en bij wijzigingen niet wordt bijgewerkt. UWV, SVB, DUO "
      "en Dienst Toeslagen nemen daarom vanaf 1 januari 2026 geen risicomodel meer in gebruik zonder afgeronde DPIA, "
      "en herzien de DPIA ten minste eens in de twee jaar en bij iedere wezenlijke wijziging van het model. Via de "
      "VNG vraag ik gemeenten dezelfde werkwijze te volgen.",
      answers=(Answer("R4", "agree", EV4),)),
    P("Ik deel de analyse van de TAP dat de grondslag voor risicoprofilering nu verspreid is over wetten, "
      "beleidsregels en werkinstructies, en daardoor voor burgers moeilijk te doorgronden is. " + EV5 + " Een "
      "dergelijke lijst zou bij iedere nieuwe vorm van misbruik een wetswijziging vergen, terwijl de AVG en de "
      "Algemene wet gelijke behandeling al duidelijke grenzen stellen aan wat is toegestaan. Het kabinet kiest er "
      "daarom voor de bestaande grondslagen in openbare beleidsregels nader uit te werken.",
      answers=(Answer("R5", "disagree", EV5),)),
    P("Gemeenten ontvangen via het Inlichtingenbureau gegevens van onder meer UWV, de Belastingdienst en de RDW, zodat "
      "zij de rechtmatigheid van bijstandsuitkeringen kunnen controleren. De Participatiewet en de daarop gebaseerde "
      "regelgeving bepalen welke gegevens worden verstrekt en met welk doel. Het Inlichtingenbureau levert signalen "
      "op persoonsniveau en voert zelf geen risicoselectie uit; hoe een gemeente de signalen verder gebruikt, valt "
      "onder de verantwoordelijkheid van het college van burgemeester en wethouders, dat daarbij aan de AVG is "
      "gebonden."),

    H2("3. Discriminatierisico’s"),
    P("Het kabinet wil onder geen beding terug naar een situatie waarin burgers vanwege hun herkomst vaker worden "
      "gecontroleerd. De bevindingen van de TAP over indicatoren die samenhangen met herkomst, en over het "
      "ontbreken van systematische toetsing, nemen wij daarom zeer serieus."),
    P("De TAP vraagt de uitvoeringsorganisaties om nationaliteit, geboorteland, postcode en taalvaardigheid niet "
      "langer als indicator te gebruiken. Nationaliteit en geboorteland worden in geen van de risicomodellen van UWV, "
      "SVB, DUO en Dienst Toeslagen meer gebruikt; indicatoren die verwijzen naar taalvaardigheid verdwijnen uiterlijk "
      "1 april 2026. De postcode blijft voor enkele modellen wel nodig, bijvoorbeeld om adresfraude op te sporen "
      "wanneer op één adres ongebruikelijk veel aanvragers staan ingeschreven. " + EV7 + " De modellen die de "
      "postcode blijven gebruiken, worden wel jaarlijks getoetst op indirect onderscheid naar herkomst.",
      answers=(Answer("R7", "partial", EV7),)),
    P("Onafhankelijke toetsing op discriminerende effecten is naar het oordeel van het kabinet de kern van "
      "zorgvuldig gebruik van risicomodellen. " + EV8 + " " + EV10 + " De externe toetsing geeft naar mijn oordeel "
      "voldoende zicht op de werking van de modellen.",
      answers=(Answer("R8", "agree", EV8), Answer("R10", "disagree", EV10))),
    P("Mijn ministerie werkt sinds 2024 met het College voor de Rechten van de Mens aan een leidraad voor gelijke "
      "behandeling bij het gebruik van algoritmen. " + EV9 + " Het kader verschijnt uiterlijk in het derde kwartaal "
      "van 2026 en wordt via de VNG onder de aandacht van alle gemeenten gebracht.",
      answers=(Answer("R9", "agree", EV9),)),

    H2("4. De positie van de burger"),
    P("Burgers moeten kunnen weten waarom de overheid hen controleert. Vanaf 1 juli 2026 vermelden UWV, SVB, DUO en "
      "Dienst Toeslagen in iedere aankondiging van een controle of een risicomodel bij de selectie een rol heeft "
      "gespeeld. De redenen waarom een individuele burger is geselecteerd, noemen zij in die brief niet: dat zou het "
      "mogelijk maken de modellen te omzeilen, en een deel van die redenen wordt pas tijdens het onderzoek zelf "
      "duidelijk. Wie daarom vraagt, krijgt die informatie na afloop van de controle. " + EV11,
      answers=(Answer("R11", "partial", EV11),)),
    P("De aanbeveling om in de Algemene wet bestuursrecht inzage in de indicatoren en toetsing van de selectie door "
      "de rechter te regelen, is gericht aan de minister van Justitie en Veiligheid. Hij betrekt haar bij de "
      "voorbereiding van de wijziging van de Awb over geautomatiseerde besluitvorming en zal uw Kamer daarover "
      "afzonderlijk informeren."),
    P(EV13 + " Burgers kunnen met klachten terecht bij de organisatie die hen heeft geselecteerd, bij de Nationale "
      "ombudsman en bij de TAP zelf. Een extra loket maakt het voor burgers eerder onoverzichtelijker dan "
      "eenvoudiger.",
      answers=(Answer("R13", "disagree", EV13),)),

    H2("5. Gemeenten"),
    P("Gemeenten zijn zelf verantwoordelijk voor de handhaving in het sociaal domein en voor de keuzes die zij daarbij "
      "maken. Het kabinet respecteert die verantwoordelijkheid, maar ziet ook dat met name kleinere gemeenten de "
      "kennis missen om een risicomodel goed te beoordelen."),
    P(EV14 + " Samen met de VNG neem ik vóór 1 januari 2026 in de modelinkoopvoorwaarden voor ICT die de VNG aan "
      "gemeenten aanbiedt een bepaling op die leveranciers verplicht de werking, de indicatoren en de "
      "trainingsgegevens van hun modellen aan de gemeente te verstrekken en openbaarmaking toe te staan.",
      answers=(Answer("R14", "agree", EV14),)),
    P("De TAP stelt verder voor dat Rijk en VNG een gezamenlijk expertisecentrum inrichten waar gemeenten hun "
      "modellen kunnen laten toetsen. Ik zie de meerwaarde van gedeelde expertise, zeker voor kleinere gemeenten. "
      + EV15,
      answers=(Answer("R15", "partial", EV15),)),

    H2("6. Sturing en toezicht"),
    P(EV17 + " De raden van bestuur van UWV, SVB en DUO en de directeur-generaal Toeslagen wijzen deze bestuurder "
      "vóór 1 maart 2026 aan. Vanaf het jaarverslag over 2026 leggen zij openbaar verantwoording af over het aantal "
      "geselecteerde burgers, de uitkomsten van de bias-toetsen en de modellen die zijn aangepast of stopgezet.",
      answers=(Answer("R17", "agree", EV17),)),
    P("De TAP vraagt ten slotte om een structurele verhoging van het budget voor algoritmetoezicht. Het kabinet "
      "erkent dat het toezicht op algoritmen de komende jaren in omvang toeneemt, onder meer door de AI-verordening. "
      "Het verzoek van de TAP wordt betrokken bij de besluitvorming over de Voorjaarsnota 2026."),

    H2("Tot slot"),
    P("Risicomodellen kunnen de uitvoering helpen, maar alleen als burgers erop kunnen vertrouwen dat zij eerlijk "
      "worden behandeld. Het rapport van de TAP laat zien dat daarvoor nog werk te doen is, bij het Rijk en bij "
      "gemeenten. Ik zal uw Kamer in de voortgangsrapportage over de werkagenda digitale overheid, voor het eerst in "
      "het voorjaar van 2026, informeren over de uitvoering van de maatregelen in deze brief."),
    P("De staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties,"),
    P("mr. E.A. van Dorsten-Kuipers"),

    PageBreak(),
    H1("Bijlage: overzicht van de reactie per aanbeveling"),
    P("In deze bijlage is per aanbeveling de reactie van het kabinet samengevat. De aanbevelingen zijn verkort "
      "weergegeven; voor de volledige tekst verwijs ik naar het rapport van de TAP. De paragraafnummers verwijzen "
      "naar deze brief."),
    Table(
        header=("Nr.", "Aanbeveling (verkort)", "Reactie kabinet"),
        rows=ANNEX_ROWS,
        widths=(0.6, 3.9, 3.1),
        rules="rows",
    ),
)

RESPONSE = Document(
    title="Kabinetsreactie op het rapport ‘Rekenen op vertrouwen’ van de Toezichthouder Algoritmen en "
          "Persoonsgegevens",
    subtitle="Brief van de staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties (Digitalisering) aan de "
             "Voorzitter van de Tweede Kamer der Staten-Generaal",
    blocks=RESPONSE_BLOCKS,
    running_header="Kabinetsreactie TAP-rapport ‘Rekenen op vertrouwen’",
    footer="Pagina {page} van {pages}",
    font_family="sans",
    title_page=False,
)

PAIR = Pair(
    name="algorithms_privacy_authority",
    report=REPORT,
    response=RESPONSE,
    description="TAP supervisor report on risk-scoring algorithms (17 recommendations R1-R17 at the end of each "
                "findings chapter under 'Onze verwachting', nine repeated in the summary) and the BZK state "
                "secretary's letter answering by theme, with an annex table per recommendation; R3 answered only "
                "in the table, R6/R12/R16 not addressed.",
)
