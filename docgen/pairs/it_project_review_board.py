"""Pair: a fictional College Toetsing Digitale Vernieuwing reviews UWV's failing benefits-system renewal, and the
minister of SZW answers in a short letter.

Layout traits this pair tests: a serif report with a title page and a running header.  Its "Samenvatting" first
gives a numbered list of seven "risico's" (findings, not recommendations: a trap), then a section "Kernadvies" with a
bold lead-in and the eleven recommendations as an unnumbered bulleted list ("•"); the gold numbers "1".."11" are only
ids in bullet order.  Chapters 4-7 elaborate every advice again in prose paragraphs ("Ons eerste advies is ...",
"Ten tweede adviseren wij ...") that are not list items and so carry no annotation.  The report also holds a grid
table of estimates and a bulleted list of interviewees in an annex (not recommendations).

The response is a short letter (letterhead, no title page, sans) of the minister of SZW to the Tweede Kamer.  It
refers to the advice only by ordinal words, never digits, and answers one advice by subject only.  Thanks and
context paragraphs take no position; one paragraph agrees with the analysis of the steering problem only.
Gold positions:
  1 bevriezen WIA-bouw (SZW) - agree, "Het eerste advies neem ik over."
  2 releases van zes maanden (SZW) - agree, in one paragraph with 3 ("Het tweede en derde advies ...")
  3 wetgevingspauze WW en WIA (SZW) - partial: only the WIA, only till 2027, in the same paragraph as 2
  4 vooraf vastgelegde stopgrens (SZW) - not addressed: never mentioned
  5 kwartaalrapportage met ADR-toets (SZW) - agree without cue word, by subject only (date and money)
  6 structurele middelen oude systemen (SZW, FIN) - disagree, "zie ik geen aanleiding"
  7 onafhankelijke programmatoezichthouder (SZW) - disagree polite ("acht ik niet opportuun", Wet SUWI), after
    agreeing with the analysis only
  8 kennis in eigen huis, inhuur max 30% (SZW: UWV) - agree, "UWV laat weten dat het ..." with a date
  9 uitkeringsgerechtigden bij ontwerp en tests (SZW: UWV) - partial: only explored in one release
  10 ambtshalve compensatie binnen zes maanden (SZW) - partial, "neem ik gedeeltelijk over"
  11 rijksbrede toetsregels (KR&D, the staatssecretaris for Digitalisering at BZK) - not addressed: "Wat betreft het
    laatste advies ...; mijn collega van BZK reageert hier in een aparte brief op."
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


def R(number: str, *departments: str) -> Recommendation:
    return Recommendation(number, tuple(departments))


def bullets(*texts: str) -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style="•")


def numbered(*texts: str) -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style="1.")


KERNADVIES = (
    ("De minister van SZW en de raad van bestuur van UWV bevriezen de verdere bouw van de nieuwe WIA-voorziening "
     "totdat er een herijkt programmaplan ligt met een realistische planning en een onafhankelijk getoetste "
     "kostenraming.", ("SZW",)),
    ("UWV knipt het resterende werk op in afzonderlijke releases van hoogstens zes maanden, die elk zelfstandig in "
     "gebruik worden genomen en merkbare waarde opleveren voor uitkeringsgerechtigden.", ("SZW",)),
    ("De minister van SZW kondigt voor de WW en de WIA een wetgevingspauze van drie jaar af: in die periode treden "
     "alleen wijzigingen in werking die voortvloeien uit rechterlijke uitspraken of Europese verplichtingen.",
     ("SZW",)),
    ("De minister van SZW en de raad van bestuur van UWV leggen vooraf vast bij welke overschrijding van budget of "
     "planning het programma wordt gestopt of fundamenteel heroverwogen, en maken die grens openbaar.", ("SZW",)),
    ("De minister van SZW informeert de Tweede Kamer elk kwartaal over de voortgang, de kosten en de risico's van "
     "het programma, in een rapportage waarvan de Auditdienst Rijk de betrouwbaarheid toetst.", ("SZW",)),
    ("De minister van SZW en de minister van Financiën maken structureel middelen vrij voor het beheer en de "
     "uitfasering van de oude uitkeringssystemen, los van het programmabudget.", ("SZW", "FIN")),
    ("De minister van SZW stelt een onafhankelijke programmatoezichthouder aan die rechtstreeks aan de minister "
     "rapporteert en de bevoegdheid heeft het programma stil te leggen.", ("SZW",)),
    ("UWV brengt de kennis van architectuur, testen en de bestaande systemen terug in eigen huis en verlaagt het "
     "aandeel externe inhuur in het programma tot ten hoogste 30 procent.", ("SZW",)),
    ("UWV betrekt uitkeringsgerechtigden en eigen uitvoeringsprofessionals structureel bij het ontwerp en bij de "
     "acceptatietests van iedere release.", ("SZW",)),
    ("UWV compenseert mensen die door fouten in de nieuwe systemen een te lage uitkering ontvingen ambtshalve en "
     "binnen zes maanden na ontdekking van de fout; de minister van SZW stelt daarvoor de benodigde middelen "
     "beschikbaar.", ("SZW",)),
    ("De staatssecretaris van Koninkrijksrelaties en Digitalisering past de rijksbrede regels voor grote "
     "ICT-projecten aan, zodat ook projecten van zelfstandige bestuursorganen na iedere herijking van meer dan 20 "
     "procent opnieuw verplicht worden getoetst.", ("KR&D",)),
)


def kernadvies() -> ItemList:
    return ItemList(
        items=tuple(ListItem(text, recommendation=R(str(i), *depts))
                    for i, (text, depts) in enumerate(KERNADVIES, start=1)),
        style="•",
    )


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H("Samenvatting"),
    P("Het College Toetsing Digitale Vernieuwing (hierna: het College) heeft op verzoek van de minister van Sociale "
      "Zaken en Werkgelegenheid het programma Nieuwe Uitkeringsketen (NUK) van UWV getoetst. Het programma moet de "
      "verouderde systemen waarmee UWV de WW- en WIA-uitkeringen berekent en betaalt, vervangen door een modern en "
      "onderhoudbaar geheel. NUK startte in 2019 met een raming van € 287 miljoen en een beoogde afronding in 2023. "
      "Inmiddels is alleen het WW-deel in gebruik, is de raming opgelopen tot € 612 miljoen en verwacht UWV de "
      "WIA-voorziening niet vóór 2027 op te leveren."),
    P("Het College constateert dat het programma in zijn huidige vorm niet haalbaar is. Wij zien de volgende "
      "risico's:"),
    numbered(
        "De planning voor de WIA-voorziening rust op aannames over productiviteit die het programma in de afgelopen "
        "vijf jaar nooit heeft gehaald.",
        "De kostenraming bevat geen post voor het parallel in de lucht houden van de oude systemen na 2026, terwijl "
        "die kosten jaarlijks rond € 38 miljoen bedragen.",
        "Het programma wordt als één geheel gebouwd en pas aan het eind in gebruik genomen, waardoor problemen laat "
        "zichtbaar worden.",
        "Sinds 2019 zijn 23 wijzigingen van wet- en regelgeving in het programma verwerkt; iedere wijziging "
        "verschuift de planning opnieuw.",
        "Ruim 60 procent van de programmamedewerkers wordt extern ingehuurd; cruciale kennis van architectuur en "
        "testen zit niet bij UWV zelf.",
        "Bij de ingebruikname van het WW-deel ontvingen ruim 4.100 mensen tijdelijk een te lage uitkering; het "
        "herstel verliep traag en alleen op verzoek.",
        "Opdrachtgeverschap en verantwoording zijn diffuus: het ministerie, UWV en de programmaorganisatie sturen "
        "elk op onderdelen, en niemand overziet het geheel.",
    ),
    P("Het College ziet desondanks een begaanbare weg. Die vraagt om een pas op de plaats, om een kleinere en beter "
      "bestuurbare aanpak en om een eerlijker beeld richting de Tweede Kamer. Onze adviezen zijn hieronder "
      "samengevat en worden in de hoofdstukken 4 tot en met 7 uitgewerkt."),
    H("Kernadvies"),
    P("Het College geeft de minister van Sociale Zaken en Werkgelegenheid, de raad van bestuur van UWV en de "
      "staatssecretaris van Koninkrijksrelaties en Digitalisering de volgende adviezen:", bold=True),
    kernadvies(),
    PageBreak(),
    H("1 Inleiding"),
    H2("1.1 Aanleiding"),
    P("UWV verstrekt jaarlijks aan ruim een miljoen mensen een uitkering op grond van de Werkloosheidswet (WW) of de "
      "Wet werk en inkomen naar arbeidsvermogen (WIA). De systemen waarmee die uitkeringen worden berekend, stammen "
      "deels uit de jaren negentig. Zij zijn in de loop der jaren met talloze koppelingen en aanpassingen uitgebreid, "
      "draaien op een platform waarvoor nauwelijks nog ontwikkelaars te vinden zijn en laten zich slechts met grote "
      "moeite aanpassen aan nieuwe wetgeving. Dat de vervanging nodig is, staat voor het College niet ter discussie."),
    P("In het najaar van 2024 meldde UWV de minister dat de oplevering van de WIA-voorziening opnieuw zou "
      "vertragen en dat de kosten verder zouden stijgen. Het was de derde herijking in vier jaar. De minister vroeg "
      "het College daarop om een onafhankelijke toets van de haalbaarheid van het programma en om advies over de "
      "voortzetting ervan. Tegelijk vroeg de vaste commissie voor Sociale Zaken en Werkgelegenheid van de Tweede "
      "Kamer om een eerlijk beeld van de stand van zaken."),
    H2("1.2 Toetsingskader en werkwijze"),
    P("Het College toetst grote ICT-projecten van de rijksoverheid op haalbaarheid en op de kans op succes. Wij kijken "
      "daarbij niet alleen naar techniek, maar vooral naar de vraag of doel, aanpak, organisatie en middelen met "
      "elkaar in evenwicht zijn. Het College beoordeelt geen individuele leveranciers en doet geen uitspraken over "
      "aanbestedingen die nog lopen."),
    P("Voor deze toets bestudeerde het College de programmaplannen, voortgangsrapportages, risicologboeken en "
      "besluitvormingsstukken van 2019 tot en met 2024. Daarnaast voerden wij tussen november 2024 en januari 2025 "
      "ruim veertig gesprekken met medewerkers van UWV, het ministerie van SZW, leveranciers, cliëntenraden en "
      "deskundigen. Twee leden van het College woonden een sprintdemonstratie en een acceptatietest bij. Een "
      "overzicht van de gesprekspartners staat in de bijlage."),
    P("Een conceptversie van dit advies is voor een feitelijke controle voorgelegd aan UWV en het ministerie van "
      "SZW. Hun opmerkingen hebben wij waar nodig verwerkt; de oordelen en adviezen zijn uitsluitend die van het "
      "College."),
    H2("1.3 Leeswijzer"),
    P("Hoofdstuk 2 beschrijft het programma en zijn verloop. Hoofdstuk 3 bevat onze bevindingen. In de hoofdstukken 4 "
      "tot en met 7 werken wij onze adviezen uit: eerst over de herijking van het programma zelf, dan over sturing en "
      "verantwoording, vervolgens over UWV als uitvoerder en ten slotte over de lessen voor het Rijk als geheel."),
    H("2 Het programma Nieuwe Uitkeringsketen"),
    H2("2.1 Doel en opzet"),
    P("NUK moet de berekening, vaststelling en betaling van WW- en WIA-uitkeringen onderbrengen in één samenhangende "
      "voorziening. De gedachte was dat UWV daarmee sneller wetswijzigingen kan doorvoeren, minder handmatig werk "
      "hoeft te verrichten en burgers beter kan informeren over hun uitkering. Het programma werd opgezet als één "
      "groot traject met een gezamenlijke architectuur, waarin het WW-deel als eerste en het WIA-deel als tweede zou "
      "worden gebouwd. De oude systemen zouden in 2024 worden uitgezet."),
    P("Het ministerie van SZW is opdrachtgever en financier; UWV is eigenaar en uitvoerder. Voor de bouw werkt UWV met "
      "drie leveranciers en een wisselend aantal ingehuurde specialisten. Het programma kent een eigen directie die "
      "rapporteert aan een lid van de raad van bestuur."),
    H2("2.2 Verloop"),
    P("Het WW-deel ging na een jaar vertraging in oktober 2022 in gebruik. De overgang verliep moeizaam: in de eerste "
      "maanden ontvingen ruim 4.100 mensen tijdelijk een te lage uitkering, omdat gegevens uit de oude systemen "
      "onvolledig waren overgezet. Het WIA-deel bleek aanzienlijk complexer dan verwacht. De WIA kent meer "
      "uitzonderingen, overgangsrecht en samenloop met andere regelingen dan in 2019 was voorzien. Tabel 1 laat zien "
      "hoe de raming en de planning zich sindsdien hebben ontwikkeld."),
    Table(
        header=("Moment", "Raming totaal", "Oplevering WIA", "Oude systemen uit"),
        rows=(
            ("Start programma (2019)", "€ 287 mln", "2023", "2024"),
            ("Eerste herijking (2021)", "€ 356 mln", "2024", "2025"),
            ("Tweede herijking (2023)", "€ 471 mln", "2025", "2026"),
            ("Derde herijking (2024)", "€ 612 mln", "2027", "niet bepaald"),
        ),
        widths=(3.0, 2.0, 2.0, 2.0),
    ),
    P("Tabel 1. Ontwikkeling van raming en planning van NUK (bron: programmarapportages UWV, bewerking College)."),
    H2("2.3 Huidige stand"),
    P("Eind 2024 was naar schatting een derde van de WIA-functionaliteit gebouwd, maar nog niets daarvan in gebruik. "
      "Het programma telt ruim 420 medewerkers, van wie ongeveer 260 extern worden ingehuurd. De oude systemen moeten "
      "ten minste tot 2028 in de lucht blijven. Tegelijk liggen er voor de komende jaren nieuwe wetswijzigingen in "
      "het verschiet, onder meer over herbeoordelingen in de WIA en over de duur van de WW."),
    H("3 Bevindingen"),
    H2("3.1 Planning en kosten"),
    P("De planning van de WIA-voorziening gaat uit van een productiviteit van de bouwteams die ruim 40 procent hoger "
      "ligt dan wat de teams in de afgelopen drie jaar gemiddeld haalden. Het College heeft geen onderbouwing "
      "gevonden voor die verwachte verbetering. Een planning die op zulke aannames rust, leidt vrijwel zeker tot een "
      "vierde herijking."),
    P("De raming van € 612 miljoen omvat de bouw, maar niet de kosten van het parallel in de lucht houden van de oude "
      "systemen na 2026. Die kosten bedragen nu ongeveer € 38 miljoen per jaar en komen ten laste van het reguliere "
      "uitvoeringsbudget van UWV. Daarmee geeft de raming geen volledig beeld van wat de vernieuwing werkelijk kost, "
      "en staat het reguliere budget onder druk van een programma waarvoor het niet bedoeld is."),
    H2("3.2 Omvang en fasering"),
    P("NUK is opgezet als één samenhangend bouwwerk dat pas in zijn geheel waarde oplevert. Voor het WIA-deel betekent "
      "dit dat er jaren wordt gebouwd zonder dat een medewerker of burger er iets van merkt. Fouten in het ontwerp "
      "worden daardoor laat ontdekt, en de organisatie leert weinig van het gebruik. Ervaringen elders binnen het Rijk "
      "laten zien dat kleinere stappen die steeds in gebruik worden genomen, de kans op succes aanzienlijk vergroten."),
    H2("3.3 Wetgeving en uitvoerbaarheid"),
    P("Sinds 2019 zijn 23 wijzigingen van wet- en regelgeving in het programma verwerkt, variërend van de aanpassing "
      "van een berekeningsregel tot een nieuwe regeling voor gedeeltelijk arbeidsgeschikten. Elke wijziging moest "
      "zowel in de oude als in de nieuwe systemen worden doorgevoerd. De uitvoeringstoetsen van UWV wezen telkens "
      "op de gevolgen voor NUK, maar die signalen werden bij de besluitvorming over de wijzigingen zelden "
      "doorslaggevend."),
    H2("3.4 Kennis en capaciteit"),
    P("Ruim 60 procent van de programmamedewerkers is extern ingehuurd, onder wie de meeste architecten en "
      "testcoördinatoren. Het verloop onder hen is hoog: de gemiddelde inzetduur is veertien maanden. Kennis van de "
      "oude systemen, die onmisbaar is voor de conversie van gegevens, berust bij een kleine groep vaste medewerkers "
      "die de komende jaren met pensioen gaat. Het College acht dit een van de grootste risico's voor het programma."),
    H2("3.5 Gevolgen voor burgers"),
    P("Bij de ingebruikname van het WW-deel werd zichtbaar wat er op het spel staat. De fouten in de conversie "
      "leidden tot te lage uitkeringen, die pas na klachten van betrokkenen werden hersteld. Gemiddeld duurde het "
      "ruim negen maanden voordat een betrokkene het te weinig betaalde bedrag ontving. Mensen die geen klacht "
      "indienden, zijn voor een deel nog altijd niet gecompenseerd. Uitkeringsgerechtigden zelf zijn bij het ontwerp "
      "en het testen van het WW-deel nauwelijks betrokken geweest."),
    H2("3.6 Sturing"),
    P("Het ministerie van SZW stuurt als opdrachtgever vooral op budget en op de tijdige invoering van nieuwe "
      "wetgeving. UWV stuurt op de continuïteit van de uitvoering. De programmadirectie stuurt op de voortgang van de "
      "bouw. Deze drie perspectieven komen nergens samen. De Tweede Kamer werd in de jaarlijkse voortgangsbrief "
      "geïnformeerd, waarin tegenvallers telkens pas achteraf en zonder onderbouwing zichtbaar werden."),
    H("4 Het programma herijken"),
    P("Ons eerste advies is om de verdere bouw van de WIA-voorziening nu te bevriezen. Doorbouwen op een planning "
      "waarvan vaststaat dat zij niet wordt gehaald, vergroot de schade. Het College adviseert de minister en de raad "
      "van bestuur van UWV om de bouw stil te leggen totdat er een herijkt programmaplan ligt met een realistische "
      "planning, gebaseerd op de werkelijk behaalde productiviteit, en met een kostenraming die door een "
      "onafhankelijke partij is getoetst. Het bevriezen betekent niet dat het team uiteenvalt: de tijd kan worden "
      "benut voor het opknippen van het werk, het vastleggen van kennis en het verbeteren van de testomgeving."),
    P("Ten tweede adviseren wij UWV om het resterende werk op te knippen in afzonderlijke releases van hoogstens zes "
      "maanden. Iedere release moet zelfstandig in gebruik kunnen worden genomen en iets opleveren waar "
      "uitkeringsgerechtigden of medewerkers merkbaar profijt van hebben, bijvoorbeeld eerst de berekening van de "
      "loongerelateerde WIA-uitkering en pas later de samenloop met andere regelingen. Zo wordt het programma "
      "bestuurbaar en worden fouten ontdekt wanneer ze nog klein zijn."),
    P("Ten derde adviseren wij de minister om voor de WW en de WIA een wetgevingspauze van drie jaar af te kondigen. "
      "In die periode zouden alleen wijzigingen in werking moeten treden die voortvloeien uit rechterlijke uitspraken "
      "of Europese verplichtingen. Het College is zich ervan bewust dat dit politiek een zware vraag is. Zonder rust in "
      "de regelgeving blijft het programma echter bouwen aan een bewegend doel."),
    P("Ons vierde advies betreft het moment waarop het genoeg is. Wij adviseren de minister en de raad van bestuur "
      "van UWV om vooraf vast te leggen bij welke overschrijding van budget of planning het programma wordt gestopt "
      "of fundamenteel wordt heroverwogen, bijvoorbeeld bij een kostenstijging van meer dan 20 procent of een "
      "vertraging van meer dan een jaar ten opzichte van het herijkte plan. Door die grens openbaar te maken, "
      "voorkomen zij dat elke tegenvaller opnieuw als onvermijdelijk wordt aanvaard."),
    H("5 Sturing en verantwoording"),
    P("Ons vijfde advies gaat over de informatie aan de Tweede Kamer. Een jaarlijkse voortgangsbrief is voor een "
      "programma van deze omvang en met deze risico's te weinig. Wij adviseren de minister de Kamer elk kwartaal te "
      "informeren over voortgang, kosten en risico's, in een vaste opzet die de ontwikkeling in de tijd zichtbaar "
      "maakt. De Auditdienst Rijk zou de betrouwbaarheid van die rapportages moeten toetsen, zodat de Kamer niet "
      "afhankelijk is van het beeld dat het programma van zichzelf schetst."),
    P("Ten zesde adviseren wij de minister van SZW en de minister van Financiën om structureel middelen vrij te maken "
      "voor het beheer en de uitfasering van de oude uitkeringssystemen, los van het programmabudget. Zolang die "
      "kosten op het reguliere uitvoeringsbudget van UWV drukken, ontstaat een prikkel om de oude systemen te vroeg "
      "uit te zetten of om op het onderhoud ervan te bezuinigen. Beide vergroten het risico voor burgers."),
    P("Ons zevende advies is om een onafhankelijke programmatoezichthouder aan te stellen. Deze rapporteert "
      "rechtstreeks aan de minister, heeft toegang tot alle programma-informatie en krijgt de bevoegdheid om het "
      "programma stil te leggen wanneer de vooraf vastgelegde grenzen worden overschreden. Het College ziet dit als "
      "een tijdelijke voorziening zolang het opdrachtgeverschap tussen ministerie en UWV nog niet op orde is."),
    H("6 UWV als uitvoerder"),
    P("Ten achtste adviseren wij UWV om de kennis van architectuur, testen en de bestaande systemen terug te brengen "
      "in eigen huis. Concreet betekent dit dat UWV sleutelrollen met vaste medewerkers bezet, de overdracht van "
      "kennis van vertrekkende specialisten organiseert en het aandeel externe inhuur in het programma verlaagt tot "
      "ten hoogste 30 procent. Externe inhuur blijft nuttig voor piekbelasting en specialistische vragen, maar de "
      "regie en de kennis van het geheel horen bij UWV zelf te liggen."),
    P("Ons negende advies is dat UWV uitkeringsgerechtigden en eigen uitvoeringsprofessionals structureel betrekt bij "
      "het ontwerp en de acceptatietests van iedere release. Zij zien fouten en onduidelijkheden die in een "
      "testomgeving onopgemerkt blijven. Cliëntenraden en klantmanagers gaven in onze gesprekken aan daartoe graag "
      "bereid te zijn, mits hun inbreng ook zichtbaar iets oplevert."),
    P("Ten tiende adviseren wij UWV om mensen die door fouten in de nieuwe systemen een te lage uitkering ontvingen, "
      "ambtshalve te compenseren, dus zonder dat zij daar zelf om hoeven te vragen, en dat binnen zes maanden na de "
      "ontdekking van de fout te doen. De minister zou daarvoor de benodigde middelen beschikbaar moeten stellen. "
      "Bij de overgang van het WIA-deel, die een kwetsbaardere groep betreft, is dit des te belangrijker."),
    H("7 Lessen voor het Rijk"),
    P("De problemen van NUK staan niet op zichzelf. Ook elders binnen het Rijk groeien grote vernieuwingsprogramma's "
      "na de start in omvang en kosten, zonder dat zij opnieuw onafhankelijk worden beoordeeld. De huidige regels "
      "schrijven een toets voor bij de start van een project, maar niet bij latere herijkingen. Bovendien vallen "
      "projecten van zelfstandige bestuursorganen er maar ten dele onder."),
    P("Ons elfde en laatste advies is daarom gericht aan de staatssecretaris van Koninkrijksrelaties en "
      "Digitalisering. Wij adviseren de rijksbrede regels voor grote ICT-projecten zo aan te passen dat ook projecten "
      "van zelfstandige bestuursorganen na iedere herijking van meer dan 20 procent opnieuw verplicht worden getoetst. "
      "Zo wordt voorkomen dat een project dat bij de start verantwoord leek, jarenlang doorloopt op een basis die "
      "allang is verdwenen."),
    H2("Tot slot"),
    P("Het College beseft dat zijn adviezen op korte termijn ongemak veroorzaken: een stilstand in de bouw, een "
      "bescheidener ambitie en lastige keuzes over wetgeving. Wij zijn er echter van overtuigd dat alleen zo een "
      "voorziening ontstaat waarop een miljoen mensen elke maand kunnen vertrouwen."),
    PageBreak(),
    H("Bijlage Verantwoording"),
    P("Het College sprak voor dit advies met vertegenwoordigers van de volgende organisaties en gremia:"),
    bullets(
        "de raad van bestuur en de programmadirectie NUK van UWV;",
        "de divisies Uitkeren en Sociaal Medische Zaken van UWV;",
        "de directie Uitvoering Sociale Zekerheid en de CIO-office van het ministerie van SZW;",
        "de drie leveranciers die bij de bouw van NUK betrokken zijn;",
        "de centrale cliëntenraad en de ondernemingsraad van UWV;",
        "de Auditdienst Rijk;",
        "twee hoogleraren informatiekunde en een voormalig programmadirecteur van een vergelijkbaar programma.",
    ),
    P("Het College Toetsing Digitale Vernieuwing bestaat uit vijf leden met ervaring in het openbaar bestuur, de "
      "uitvoering en de informatietechnologie. Het College is onafhankelijk in zijn oordeel en brengt zijn adviezen "
      "openbaar uit."),
)

REPORT = Document(
    title="Tussen ambitie en uitvoerbaarheid",
    subtitle="Advies over het programma Nieuwe Uitkeringsketen van UWV",
    blocks=REPORT_BLOCKS,
    running_header="College Toetsing Digitale Vernieuwing  |  Advies 2025/03  |  Programma Nieuwe Uitkeringsketen",
    footer="{page}",
    font_family="serif",
    title_page=True,
    imprint=("College Toetsing Digitale Vernieuwing", "Advies 2025/03", "Den Haag, 20 februari 2025"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV1 = "Het eerste advies neem ik over."
EV2 = ("UWV gaat de resterende WIA-functionaliteit opleveren in releases van hoogstens zes maanden die elk "
       "afzonderlijk in gebruik worden genomen, en ik onderschrijf die aanpak.")
EV3 = ("Een algehele wetgevingspauze van drie jaar voor de WW en de WIA gaat mij te ver; wel laat ik tot 1 januari "
       "2027 geen nieuwe wijzigingen van de WIA ingaan, behalve wanneer een rechterlijke uitspraak of Europese "
       "verplichting daartoe dwingt.")
EV5 = ("Vanaf het tweede kwartaal van 2025 ontvangt uw Kamer ieder kwartaal een voortgangsrapportage over planning, "
       "kosten en risico's van het programma, waarvan de Auditdienst Rijk de betrouwbaarheid toetst.")
EV6 = "Voor een structurele verhoging van het budget van UWV daarbovenop zie ik geen aanleiding."
EV7 = ("Het zevende advies, een onafhankelijke programmatoezichthouder met de bevoegdheid het programma stil te "
       "leggen, acht ik echter niet opportuun.")
EV8 = ("UWV laat weten dat het de kennis van architectuur en testen in eigen huis brengt en het aandeel externe "
       "inhuur in het programma uiterlijk eind 2026 terugbrengt tot ten hoogste 30 procent.")
EV9 = ("UWV gaat bij de eerstvolgende release met een klankbordgroep van uitkeringsgerechtigden en klantmanagers "
       "verkennen hoe zij het best bij ontwerp en tests kunnen worden betrokken; of die werkwijze voor het hele "
       "programma gaat gelden, bezien UWV en ik na afloop van die release.")
EV10 = "Het tiende advies neem ik gedeeltelijk over."

RESPONSE_BLOCKS = (
    P("Hierbij ontvangt uw Kamer het advies ‘Tussen ambitie en uitvoerbaarheid’ van het College Toetsing Digitale "
      "Vernieuwing over het programma Nieuwe Uitkeringsketen (NUK) van UWV. Ik heb het College om dit advies gevraagd "
      "nadat UWV mij in oktober 2024 had gemeld dat de oplevering van de WIA-voorziening opnieuw vertraagt. In deze "
      "brief geef ik mijn reactie, mede namens de raad van bestuur van UWV voor zover het adviezen aan UWV betreft."),
    P("Ik dank het College voor zijn grondige en heldere advies. Het College schetst een ongemakkelijk beeld: een "
      "programma dat te groot is opgezet, te lang heeft doorgebouwd op een te optimistische planning en waarvan de "
      "kosten meer dan verdubbeld zijn. Ik herken dat beeld. Het programma raakt ruim een miljoen mensen die elke "
      "maand op een juiste en tijdige uitkering rekenen; hun belang staat voor mij voorop."),
    P("De vervanging van de oude systemen blijft noodzakelijk. UWV betaalt de uitkeringen op dit moment correct en "
      "tijdig uit met de bestaande systemen, die tot en met 2028 worden onderhouden. Het WW-deel van NUK is sinds "
      "oktober 2022 in gebruik en functioneert inmiddels stabiel."),
    H2("Reactie op de adviezen"),
    P("Het eerste advies neem ik over. Samen met de raad van bestuur van UWV heb ik besloten de bouw van de "
      "WIA-voorziening per 1 maart 2025 te bevriezen. UWV stelt vóór 1 oktober 2025 een herijkt programmaplan op, "
      "waarvan de kostenraming door een externe partij wordt getoetst. Tot die tijd zet het programmateam zich in "
      "voor het vastleggen van kennis en het verbeteren van de testomgeving.",
      answers=(Answer("1", "agree", EV1),)),
    P("Het tweede en derde advies hangen nauw samen, omdat beide het programma beter bestuurbaar moeten maken. " + EV2 +
      " De eerste release, de berekening van de loongerelateerde WIA-uitkering, is voorzien in het voorjaar van 2026. "
      + EV3 + " Wijzigingen van de WW die al aan uw Kamer zijn voorgelegd, gaan wel door; UWV heeft aangegeven die "
      "met de bestaande systemen te kunnen uitvoeren.",
      answers=(Answer("2", "agree", EV2), Answer("3", "partial", EV3))),
    P("Het College vraagt terecht om een vollediger en regelmatiger beeld voor uw Kamer. " + EV5 + " Voor de toetsing "
      "door de Auditdienst Rijk is op de begroting van SZW jaarlijks € 0,4 miljoen gereserveerd. De jaarlijkse "
      "voortgangsbrief komt daarmee te vervallen.",
      answers=(Answer("5", "agree", EV5),)),
    P("Het zesde advies vraagt om structurele middelen voor het beheer en de uitfasering van de oude systemen. UWV "
      "heeft voor 2025 en 2026 al een incidentele bijdrage van in totaal € 45 miljoen ontvangen om de oude systemen "
      "in de lucht te houden, en de kosten daarna worden meegenomen in het herijkte programmaplan. " + EV6 + " De "
      "minister van Financiën deelt dit standpunt.",
      answers=(Answer("6", "disagree", EV6),)),
    P("Ik deel de analyse van het College dat de sturing op het programma lange tijd versnipperd was en dat "
      "ministerie en UWV hun rollen scherper moeten invullen. " + EV7 + " Zo’n functie past niet bij de verdeling "
      "van verantwoordelijkheden in de Wet SUWI, waarin de raad van bestuur van UWV verantwoordelijk is voor de "
      "uitvoering en ik voor het stelsel en het toezicht daarop. Ik versterk in plaats daarvan het opdrachtgeverschap "
      "binnen mijn ministerie.",
      answers=(Answer("7", "disagree", EV7),)),
    P("Het achtste advies is gericht aan UWV. " + EV8 + " Daartoe werft UWV dit jaar zestig vaste medewerkers, onder "
      "wie architecten en testcoördinatoren, en legt het de kennis van de oude systemen vast voordat de huidige "
      "specialisten met pensioen gaan.",
      answers=(Answer("8", "agree", EV8),)),
    P("Het negende advies spreekt mij aan, want de ervaringen van uitkeringsgerechtigden horen bij het ontwerp van "
      "een uitkeringssysteem. " + EV9,
      answers=(Answer("9", "partial", EV9),)),
    P(EV10 + " Mensen die door een fout in de nieuwe systemen een te lage uitkering hebben ontvangen, krijgen het "
      "verschil voortaan ambtshalve uitbetaald, zonder dat zij daarvoor een verzoek hoeven in te dienen; dat geldt "
      "ook voor de mensen uit 2022 die nog niet zijn gecompenseerd. Een vaste termijn van zes maanden kan UWV niet "
      "in alle gevallen garanderen, omdat het herstel soms afhangt van gegevens van werkgevers of andere instanties.",
      answers=(Answer("10", "partial", EV10),)),
    P("Wat betreft het laatste advies, over de rijksbrede regels voor de toetsing van grote ICT-projecten: dit advies "
      "is gericht aan de staatssecretaris die verantwoordelijk is voor digitalisering; mijn collega van BZK reageert "
      "hier in een aparte brief op."),
    H2("Tot slot"),
    P("Het advies van het College markeert een kantelpunt voor het programma. Ik kies liever nu voor een pas op de "
      "plaats dan later voor een nieuwe tegenvaller. Ik zal uw Kamer in de eerste kwartaalrapportage, die ik vóór 1 "
      "juli 2025 verstuur, informeren over de stand van zaken."),
    P("De minister van Sociale Zaken en Werkgelegenheid,"),
    P("mr. E.C. van Dalsum-Hoekstra"),
)

RESPONSE = Document(
    title="Ministerie van Sociale Zaken en Werkgelegenheid",
    subtitle="Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n"
             "Datum: 8 april 2025   Kenmerk: 2025-0000184317\n"
             "Betreft: Reactie op het advies van het College Toetsing Digitale Vernieuwing over het programma Nieuwe "
             "Uitkeringsketen",
    blocks=RESPONSE_BLOCKS,
    running_header="Kenmerk 2025-0000184317",
    footer="Pagina {page} van {pages}",
    font_family="sans",
    title_page=False,
)

PAIR = Pair(
    name="it_project_review_board",
    report=REPORT,
    response=RESPONSE,
    description="College Toetsing Digitale Vernieuwing advice on UWV's failing benefits-system renewal (11 "
                "recommendations as an unnumbered 'Kernadvies' bullet list after a numbered list of risks, restated "
                "in prose chapters) and the SZW minister's short letter answering by ordinal words ('Het eerste "
                "advies', 'Het tweede en derde advies', 'het laatste advies') and once by subject only; 4 never "
                "mentioned, 11 passed on to BZK.",
)
