"""Pair: a fictional Raad voor de Verkiezingen evaluates the municipal elections of 2026; the BZK minister answers.

Layout traits this pair tests: a serif report with a title page, a foreword and a "Samenvatting" whose table
("Nr." | "Aanbeveling (verkort)" | "Gericht aan") repeats every recommendation in a shortened form (these repeats sit
in table cells, which the spec cannot annotate, so gold has no duplicate_of for them and the page of each
recommendation is its chapter page).  Chapters are numbered "1 Inleiding" ... "7 Tot slot" with unnumbered section
headings ("Bevindingen", "Aanbevelingen"); each recommendation is a bold label "Aanbeveling 2.1" on its own line
followed by an indented paragraph without a printed label.  Aanbeveling 3.2 has an indented lead-in ("... aan om:")
and sub-points a., b., c. that are three separate asks with different answers: gold numbers 3.2a, 3.2b, 3.2c.
The chapters also hold a data table and non-recommendation "Toelichting" paragraphs.

The response is a sans letter (no title page) of the BZK minister: thanks and context without position, then two
subject sections ("Centraal tellen", "Hulp in het stemhokje") that answer 3.1 and 2.3 without their numbers, then
an annex "Bijlage: reactie per aanbeveling", a table "Aanbeveling" (number + paraphrase) | "Reactie" that answers
them again briefly (the letter's sentence decides, being first).  Gold positions:
2.1 (B&W, test and publish accessibility) not addressed: the row only describes existing law.
2.2 (BZK, audio voting aid norm) agree without cue word: norm in the Kiesbesluit from 2029 plus money.
2.3 (BZK, help in the booth) disagree, politely in the letter ("acht ik het niet opportuun").
3.1 (BZK, central counting for all) partial: made possible for volunteers, no obligation (letter).
3.2a (B&W, compulsory training) agree without cue word (Kiesbesluit change); 3.2b (B&W, recount before signing)
disagree ("acht ik niet wenselijk"); 3.2c (B&W, five members) agree ("Met de Raad vind ik"); all three in one cell.
4.1 (BZ, drop-off at embassies) not addressed: passed on to the minister of BZ, who writes separately.
4.2 (BZK, postal vote abroad for municipal elections) disagree, blunt ("neem ik niet over").
4.3 (BZK, longer nomination period) partial: only a study.
5.1 (BZK, legal basis software) agree ("neem ik over").  5.2 (B&W, open data) not addressed: missing everywhere.
5.3 (Raad itself, open source code) agree ("Ik steun het voornemen ..." with money).
5.4 (BZK, structural funding) partial: management funded structurally, development not.
6.1 (BZK, accredited observers) disagree: shares the view but "zie ik geen aanleiding".
6.2 (Raad itself, reporting desk) agree ("geen bezwaar", costs covered).  6.3 (burgemeesters) agree ("neem ik over").
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


def H3(text: str) -> Heading:
    return Heading(text, level=3)


def bullets(*texts: str) -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style="•")


def rec(number: str, text: str, *departments: str) -> tuple:
    """A bold label "Aanbeveling N" on its own line and the recommendation as an indented, unlabelled paragraph."""
    return (
        P(f"Aanbeveling {number}", bold=True),
        ItemList(items=(ListItem(text, recommendation=Recommendation(number, tuple(departments))),), style=""),
    )


def indented(text: str) -> ItemList:
    return ItemList(items=(ListItem(text),), style="")


def answered(text: str, *answers: tuple[str, str, str]) -> Cell:
    return Cell(text, answers=tuple(Answer(n, pos, ev) for n, pos, ev in answers))


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

SUMMARY_ROWS = (
    ("2.1", "Toegankelijkheid van ieder stemlokaal vooraf ter plaatse toetsen en de uitkomst per stemlokaal "
            "publiceren", "Colleges van B&W"),
    ("2.2", "Minimumnorm voor stemlokalen met stemmal en audio-ondersteuning (één op de vijf) en vergoeding van de "
            "kosten", "Minister van BZK"),
    ("2.3", "Hulp in het stemhokje ook voor kiezers met een verstandelijke beperking", "Minister van BZK"),
    ("3.1", "Centraal tellen op de dag na de stemming als wettelijke standaard voor alle gemeenten",
     "Minister van BZK"),
    ("3.2 a", "Verplichte training voor alle stembureauleden en tellers", "Colleges van B&W"),
    ("3.2 b", "Opnieuw tellen bij een verschil tussen stemmen en toegelaten kiezers, vóór ondertekening van het "
              "proces-verbaal", "Colleges van B&W"),
    ("3.2 c", "Ten minste vijf stembureauleden aanwezig tijdens het tellen", "Colleges van B&W"),
    ("4.1", "Briefstemmen kunnen afgeven bij iedere ambassade en ieder consulaat-generaal; vervoer per "
            "diplomatieke koerier", "Minister van BZ"),
    ("4.2", "Briefstemmen bij gemeenteraadsverkiezingen voor kiezers die tijdelijk in het buitenland verblijven",
     "Minister van BZK"),
    ("4.3", "Termijn tussen kandidaatstelling en stemming verlengen tot ten minste 50 dagen", "Minister van BZK"),
    ("5.1", "Wettelijke basis voor de uitslagsoftware, met beveiligingseisen en een onafhankelijke audit",
     "Minister van BZK"),
    ("5.2", "Uitslagen en processen-verbaal per stembureau als open data publiceren", "Colleges van B&W"),
    ("5.3", "Broncode van de uitslagsoftware openbaar maken en de software jaarlijks laten toetsen",
     "Raad voor de Verkiezingen"),
    ("5.4", "Beheer en doorontwikkeling van de uitslagsoftware structureel financieren", "Minister van BZK"),
    ("6.1", "Wettelijke toegang voor geaccrediteerde waarnemers tot alle fasen van het verkiezingsproces",
     "Minister van BZK"),
    ("6.2", "Landelijk meldpunt op de dag van stemming en openbare rapportage over de meldingen",
     "Raad voor de Verkiezingen"),
    ("6.3", "Plaats en tijd van tellingen en zittingen uiterlijk twee weken vooraf bekendmaken", "Burgemeesters"),
)

REPORT_BLOCKS = (
    H("Voorwoord"),
    P("Op 18 maart 2026 brachten ruim 7,1 miljoen kiezers hun stem uit voor de gemeenteraad. Zij deden dat in ruim "
      "9.300 stemlokalen, bemand door ongeveer 65.000 stembureauleden en 48.000 tellers, vrijwel allemaal inwoners "
      "die zich voor één lange dag beschikbaar stelden. Dat de uitslag in iedere gemeente binnen een week "
      "betrouwbaar kon worden vastgesteld, is in de eerste plaats hun verdienste."),
    P("Betrouwbaar is echter niet hetzelfde als foutloos. De Raad voor de Verkiezingen heeft bij deze evaluatie "
      "opnieuw gezien dat het verkiezingsproces steunt op handwerk onder tijdsdruk, op software zonder wettelijke "
      "basis en op stemlokalen die niet voor iedere kiezer even goed bereikbaar zijn. Ook kiezers die tijdelijk in "
      "het buitenland verblijven, en burgers die het proces als waarnemer willen volgen, lopen tegen drempels aan "
      "die zonder veel moeite kunnen worden weggenomen."),
    P("Met dit rapport wil de Raad bijdragen aan verkiezingen die niet alleen goed verlopen, maar waarvan iedere "
      "kiezer ook kan nagaan dat zij goed verlopen. De aanbevelingen richten zich tot de minister van Binnenlandse "
      "Zaken en Koninkrijksrelaties, tot de colleges van burgemeester en wethouders, in één geval tot de minister "
      "van Buitenlandse Zaken en in twee gevallen tot de Raad zelf."),
    P("Namens de Raad voor de Verkiezingen, prof. dr. M.E. Hoogstraten-Vos, voorzitter"),
    PageBreak(),
    H("Samenvatting"),
    P("De gemeenteraadsverkiezingen van 18 maart 2026 zijn ordelijk verlopen en de uitslagen zijn in alle 342 "
      "gemeenten tijdig en op de voorgeschreven wijze vastgesteld. Nergens heeft de Raad aanwijzingen gevonden dat "
      "fouten of onregelmatigheden de zetelverdeling in een gemeenteraad hebben bepaald. Wel heeft het gemeentelijk "
      "stembureau in 31 gemeenten een of meer stembureaus opnieuw laten tellen, en in twee gemeenten veranderde de "
      "zetelverdeling na zo'n hertelling."),
    P("De Raad ziet vier kwetsbaarheden. Ten eerste is een op de vier bezochte stemlokalen niet volledig toegankelijk "
      "voor kiezers met een lichamelijke beperking, en kunnen kiezers met een visuele beperking in de meeste "
      "gemeenten niet zelfstandig stemmen. Ten tweede maken stembureaus aan het eind van een lange dag nog steeds te "
      "veel telfouten. Ten derde steunt de vaststelling van de uitslag in de praktijk op software die geen "
      "wettelijke basis heeft en waarvan de financiering van jaar tot jaar onzeker is. Ten vierde hebben kiezers "
      "buiten Nederland en waarnemers minder mogelijkheden dan nodig is om aan het proces deel te nemen of het te "
      "volgen."),
    P("De aanbevelingen van de Raad zijn hieronder verkort weergegeven. De volledige tekst en de onderbouwing staan "
      "in de hoofdstukken 2 tot en met 6; bij verschil is de tekst in die hoofdstukken bepalend."),
    Table(
        header=("Nr.", "Aanbeveling (verkort)", "Gericht aan"),
        rows=SUMMARY_ROWS,
        widths=(0.75, 4.2, 1.6),
        rules="grid",
    ),
    PageBreak(),
    H("1 Inleiding"),
    H2("Taak en opdracht"),
    P("De Raad voor de Verkiezingen is het centraal stembureau voor de verkiezing van de leden van de Tweede Kamer en "
      "van het Europees Parlement en adviseert de regering en het parlement over de uitvoering van de kieswetgeving. "
      "Na iedere verkiezing brengt de Raad een evaluatie uit, waarin hij nagaat of de verkiezing volgens de regels "
      "is verlopen en waar de uitvoering beter kan.",
      footnotes=("Wet op de Raad voor de Verkiezingen, artikel 4, eerste lid, onder c.",)),
    P("Bij gemeenteraadsverkiezingen is de Raad geen centraal stembureau: de uitslag wordt in iedere gemeente "
      "vastgesteld door het gemeentelijk stembureau, dat daarbij gebruikmaakt van de software die de Raad beschikbaar "
      "stelt. Deze evaluatie berust daarom grotendeels op informatie van gemeenten, aangevuld met eigen "
      "waarnemingen van de Raad en met onderzoek dat de Raad heeft laten uitvoeren."),
    H2("Werkwijze"),
    P("De Raad heeft alle gemeenten in april 2026 een vragenlijst gestuurd, die door 318 van de 342 gemeenten is "
      "ingevuld. Daarnaast heeft een onderzoeksbureau in opdracht van de Raad op de dag van stemming 412 stemlokalen "
      "in 38 gemeenten bezocht en aan de hand van een vaste lijst criteria beoordeeld op toegankelijkheid. "
      "Medewerkers van de Raad hebben in negen gemeenten de telling in het stemlokaal en de zitting van het "
      "gemeentelijk stembureau bijgewoond."),
    P("De Raad heeft voorts de processen-verbaal van alle 9.317 stembureaus geanalyseerd op onverklaarde verschillen "
      "en rekenfouten, en gesprekken gevoerd met verkiezingsambtenaren, belangenorganisaties van mensen met een "
      "beperking, de organisatie van burgerwaarnemers die in 112 gemeenten actief was, en deskundigen op het gebied "
      "van informatiebeveiliging. Een overzicht van de gesprekspartners is opgenomen in de bijlage."),
    H2("Leeswijzer"),
    P("Hoofdstuk 2 gaat over de toegankelijkheid van de stemming. Hoofdstuk 3 behandelt het tellen van de stemmen en "
      "hoofdstuk 4 de mogelijkheden om vanuit het buitenland te stemmen. In hoofdstuk 5 bespreekt de Raad de "
      "digitale hulpmiddelen die bij de vaststelling van de uitslag worden gebruikt, en in hoofdstuk 6 de "
      "waarneming van verkiezingen. Ieder hoofdstuk eindigt met de aanbevelingen van de Raad. Hoofdstuk 7 sluit het "
      "rapport af met een vooruitblik op de verkiezingen van 2027 en 2029."),
    H("2 Toegankelijkheid van de stemming"),
    H2("Bevindingen"),
    P("De Kieswet schrijft voor dat ieder stemlokaal toegankelijk is voor kiezers met een lichamelijke beperking. "
      "Een burgemeester die daarvan in een uitzonderlijk geval afwijkt, moet dat na de verkiezing motiveren in een "
      "verslag aan de gemeenteraad. In de vragenlijst gaven gemeenten aan dat 98 procent van hun stemlokalen aan de "
      "eisen voldeed. De bezoeken van het onderzoeksbureau geven een ander beeld.",
      footnotes=("Kieswet, artikel J 4a, en het Kiesbesluit, artikel J 1a.",)),
    Table(
        header=("Criterium (tabel 2.1)", "Voldoet", "Voldoet niet"),
        rows=(
            ("Route van de openbare weg naar de ingang zonder obstakels", "88%", "12%"),
            ("Ingang drempelvrij of met een vaste of losse oprijplaat", "84%", "16%"),
            ("Stemhokje met verlaagd schrijfblad, bereikbaar met een rolstoel", "91%", "9%"),
            ("Stembus op een hoogte die vanuit een rolstoel bereikbaar is", "95%", "5%"),
            ("Voldoende verlichting bij stemhokje en stembus", "93%", "7%"),
            ("Voldoet aan alle criteria", "74%", "26%"),
        ),
        widths=(4.0, 1.0, 1.2),
        rules="rows",
    ),
    P("Van de 412 bezochte stemlokalen voldeed 26 procent op een of meer punten niet aan de criteria, terwijl de "
      "gemeente de meeste van deze lokalen vooraf als toegankelijk had aangemerkt. In veel gevallen ging het om een "
      "losse oprijplaat die niet was neergelegd, of om een route die op de dag zelf werd geblokkeerd door fietsen of "
      "reclameborden. Gemeenten toetsen hun stemlokalen doorgaans op papier, aan de hand van gegevens over het "
      "gebouw, en zelden ter plaatse in de opstelling waarin op de dag van stemming wordt gestemd."),
    P("Voor kiezers met een visuele beperking is zelfstandig stemmen in de meeste gemeenten niet mogelijk. Een "
      "stemmal, een mal die over het stembiljet wordt gelegd en waarmee de kiezer met behulp van een audiobestand "
      "het vakje van zijn keuze kan vinden, was in 2026 beschikbaar in 79 gemeenten, meestal in één stemlokaal. "
      "Audio-ondersteuning in het stemlokaal zelf bood slechts een handvol gemeenten aan. Gemeenten die hiermee "
      "ervaring hebben, noemen de kosten beperkt, maar wijzen erop dat een voorziening alleen werkt als "
      "stembureauleden weten hoe zij die moeten aanbieden."),
    P("De Kieswet staat toe dat een kiezer die vanwege een lichamelijke beperking hulp nodig heeft, zich in het "
      "stemhokje laat bijstaan. Kiezers met een verstandelijke beperking zijn van die mogelijkheid uitgesloten. "
      "Belangenorganisaties meldden de Raad tientallen gevallen waarin een begeleider het stemlokaal moest verlaten "
      "en de kiezer zonder te stemmen naar huis ging, maar ook gevallen waarin stembureauleden de regel ruimer "
      "uitlegden dan de wet toestaat. Het VN-verdrag inzake de rechten van personen met een handicap verplicht de "
      "verdragsstaten om personen met een handicap waar nodig toe te staan zich bij het stemmen door een persoon "
      "naar keuze te laten bijstaan.",
      footnotes=("Kieswet, artikel J 28; VN-verdrag inzake de rechten van personen met een handicap, artikel 29, "
                 "onder a, iii.",)),
    H2("Aanbevelingen"),
    *rec("2.1",
         "De Raad beveelt de colleges van burgemeester en wethouders aan om ieder stemlokaal vóór iedere verkiezing "
         "ter plaatse te laten toetsen aan de toegankelijkheidscriteria, in de opstelling waarin op de dag van "
         "stemming wordt gestemd, en de uitkomst van die toets per stemlokaal uiterlijk vier weken voor de dag van "
         "stemming te publiceren, met een beschrijving van de voorzieningen die ontbreken.",
         "GEMEENTEN"),
    *rec("2.2",
         "De Raad beveelt de minister van Binnenlandse Zaken en Koninkrijksrelaties aan om in de kiesregelgeving vast "
         "te leggen dat in iedere gemeente ten minste één op de vijf stemlokalen beschikt over een stemmal met "
         "audio-ondersteuning, en gemeenten de kosten van deze voorzieningen te vergoeden.",
         "BZK"),
    *rec("2.3",
         "De Raad beveelt de minister van Binnenlandse Zaken en Koninkrijksrelaties aan om de Kieswet zo te wijzigen "
         "dat ook kiezers met een verstandelijke beperking zich in het stemhokje kunnen laten bijstaan door een "
         "persoon naar hun keuze, met uitzondering van kandidaten en leden van het stembureau.",
         "BZK"),
    P("Toelichting. De Raad is zich ervan bewust dat een helper in het stemhokje de keuze van de kiezer kan "
      "beïnvloeden. Dat risico bestaat echter ook bij de bestaande hulp aan kiezers met een lichamelijke beperking, "
      "en het uitsluiten van een hele groep kiezers is naar het oordeel van de Raad een te zwaar middel om het te "
      "beperken. De Raad stelt voor dat de helper een verklaring tekent waarin hij belooft de keuze van de kiezer te "
      "volgen, zoals in enkele andere Europese landen gebruikelijk is."),
    H("3 Het tellen van de stemmen"),
    H2("Bevindingen"),
    P("Na sluiting van de stemming om 21.00 uur tellen de stembureaus de stemmen, eerst per lijst en daarna per "
      "kandidaat. De uitkomsten worden vastgelegd in een proces-verbaal, dat het stembureau ondertekent en aan de "
      "gemeente overdraagt. Het gemeentelijk stembureau telt de uitkomsten van alle stembureaus op in een openbare "
      "zitting en kan daarbij besluiten een stembureau opnieuw te laten tellen."),
    P("In 1.204 van de 9.317 processen-verbaal, bijna 13 procent, vond de Raad een verschil tussen het aantal "
      "toegelaten kiezers en het aantal getelde stembiljetten waarvoor geen verklaring was gegeven. In de meeste "
      "gevallen ging het om één of twee stemmen, wat kan worden verklaard doordat kiezers een stembiljet meenemen. "
      "In 186 processen-verbaal was het verschil tien stemmen of meer. Daarnaast bevatten 412 processen-verbaal een "
      "rekenfout of waren stemmen bij een verkeerde lijst of kandidaat ingevuld."),
    P("Het gemeentelijk stembureau heeft in 31 gemeenten in totaal 97 stembureaus opnieuw laten tellen. In twee "
      "gemeenten verschoof daardoor een zetel van de ene naar de andere partij. Beide gevallen werden ontdekt "
      "doordat een kiezer of partij bezwaar maakte, en niet door de controles die de gemeente zelf uitvoerde."),
    P("Stembureauleden zijn op de dag van stemming vaak al vanaf 7.00 uur in het stemlokaal. Het tellen begint dus "
      "na een werkdag van ruim veertien uur, en in kleine stembureaus met drie leden is er niemand die de telling "
      "kan controleren terwijl de anderen tellen. In de proef met centraal tellen die in 2023 in twaalf gemeenten "
      "werd gehouden, waarbij de stemmen op de dag na de stemming door tellers die niet al een volle dag achter "
      "de rug hadden op een centrale locatie werden geteld, lag het aantal onverklaarde verschillen ruim de helft "
      "lager dan in vergelijkbare gemeenten.",
      footnotes=("Raad voor de Verkiezingen, Evaluatie van de proef met centrale stemopneming 2023, Den Haag 2024.",)),
    P("Gemeenten hebben steeds meer moeite om voldoende stembureauleden te vinden. Een derde van de gemeenten "
      "meldde dat zij op de dag van stemming nog tekorten moest aanvullen met leden die geen training hadden "
      "gevolgd. De e-learning die de Raad aanbiedt, werd door 58 procent van de stembureauleden afgerond; in "
      "gemeenten die de training verplicht stelden, lag dat percentage boven de negentig."),
    H2("Aanbevelingen"),
    *rec("3.1",
         "De Raad beveelt de minister van Binnenlandse Zaken en Koninkrijksrelaties aan om het centraal tellen van "
         "de stemmen op de dag na de stemming, op een of meer centrale tellocaties per gemeente, wettelijk als "
         "standaard voor te schrijven voor alle gemeenten, met ingang van de gemeenteraadsverkiezingen van 2030.",
         "BZK"),
    P("Aanbeveling 3.2", bold=True),
    indented("De Raad beveelt de colleges van burgemeester en wethouders aan om:"),
    ItemList(
        items=(
            ListItem("alle stembureauleden en tellers vóór iedere verkiezing een training te laten volgen waarin het "
                     "tellen en het invullen van het proces-verbaal worden geoefend, en leden die de training niet "
                     "hebben gevolgd niet te benoemen;",
                     recommendation=Recommendation("3.2a", ("GEMEENTEN",))),
            ListItem("het stembureau opnieuw te laten tellen wanneer het aantal getelde stembiljetten afwijkt van het "
                     "aantal toegelaten kiezers, voordat het proces-verbaal wordt ondertekend;",
                     recommendation=Recommendation("3.2b", ("GEMEENTEN",))),
            ListItem("ervoor te zorgen dat tijdens het tellen in ieder stembureau ten minste vijf leden aanwezig zijn.",
                     recommendation=Recommendation("3.2c", ("GEMEENTEN",))),
        ),
        style="a.",
    ),
    P("Zolang centraal tellen niet overal is ingevoerd, blijft het tellen in het stemlokaal de zwakke plek van het "
      "proces. De onderdelen van aanbeveling 3.2 kunnen gemeenten al bij de eerstvolgende verkiezing uitvoeren, "
      "zonder wetswijziging."),
    H("4 Kiezers buiten Nederland"),
    H2("Bevindingen"),
    P("Bij gemeenteraadsverkiezingen kan alleen stemmen wie in de gemeente woont. Kiezers die op de dag van stemming "
      "tijdelijk in het buitenland verblijven, bijvoorbeeld voor studie, werk of een lange reis, kunnen alleen een "
      "andere kiezer machtigen om voor hen te stemmen. De Raad ontving na 18 maart 2026 ruim 400 klachten van "
      "kiezers die dat niet wisten of niemand konden vinden om te machtigen."),
    P("Kiezers die in het buitenland wonen, stemmen alleen mee bij de verkiezingen voor de Tweede Kamer en het "
      "Europees Parlement. Omdat de ervaringen met het stemmen per brief bij de Tweede Kamerverkiezing van 29 oktober "
      "2025 pas na de evaluatie van die verkiezing volledig bekend werden, en omdat de knelpunten vóór de volgende "
      "landelijke verkiezing moeten zijn opgelost, betrekt de Raad ze in dit rapport."),
    P("In oktober 2025 hebben ruim 101.000 kiezers buiten Nederland een briefstem uitgebracht. Ongeveer 4.800 "
      "briefstemmen kwamen na de sluiting van de stemming binnen en konden niet worden meegeteld, vooral uit landen "
      "waar de post langzaam of onbetrouwbaar is. Kiezers konden hun briefstem afgeven bij 54 ambassades en "
      "consulaten-generaal, maar niet bij alle; en niet iedere post die briefstemmen innam, zorgde ervoor dat deze "
      "per koerier tijdig in Den Haag waren. Tegelijk bereikten de briefstembescheiden een deel van de kiezers zo "
      "laat dat zij hun stem niet meer op tijd konden terugsturen. Dat komt doordat tussen de kandidaatstelling en "
      "de dag van stemming 44 dagen liggen, waarvan er na beroepsprocedures en het drukken van de stembiljetten "
      "soms minder dan twintig overblijven voor verzending en terugzending."),
    H2("Aanbevelingen"),
    *rec("4.1",
         "De Raad beveelt de minister van Buitenlandse Zaken aan ervoor te zorgen dat kiezers buiten Nederland hun "
         "briefstem bij iedere ambassade en ieder consulaat-generaal kunnen afgeven, en dat deze briefstemmen per "
         "diplomatieke koerier tijdig in Den Haag aankomen.",
         "BZ"),
    *rec("4.2",
         "De Raad beveelt de minister van Binnenlandse Zaken en Koninkrijksrelaties aan om het mogelijk te maken dat "
         "kiezers die op de dag van stemming tijdelijk in het buitenland verblijven, bij gemeenteraadsverkiezingen "
         "per brief kunnen stemmen.",
         "BZK"),
    *rec("4.3",
         "De Raad beveelt de minister van Binnenlandse Zaken en Koninkrijksrelaties aan om bij de verkiezingen voor "
         "de Tweede Kamer en het Europees Parlement de termijn tussen de dag van de kandidaatstelling en de dag van "
         "stemming te verlengen van 44 naar ten minste 50 dagen, zodat de briefstembescheiden kiezers buiten "
         "Nederland tijdig bereiken.",
         "BZK"),
    H("5 Digitale hulpmiddelen bij de uitslagvaststelling"),
    H2("Bevindingen"),
    P("De uitslag van een verkiezing wordt in Nederland met de hand vastgesteld: de processen-verbaal op papier "
      "zijn leidend. In de praktijk gebruiken alle gemeenten en hoofdstembureaus de Uitslagsoftware Verkiezingen "
      "(USV) die de Raad ontwikkelt en beheert, om de uitkomsten van de stembureaus in te voeren, op te tellen en "
      "in een proces-verbaal te verwerken. Iedere uitkomst wordt twee keer ingevoerd, door verschillende "
      "medewerkers, en de software vergelijkt beide invoeren."),
    P("Voor het gebruik van de software bestaat geen wettelijke basis. Eisen aan de beveiliging zijn vastgelegd in "
      "een handleiding van de Raad, en een onafhankelijke toets van de software vindt alleen plaats wanneer de "
      "Raad daarvoor in een bepaald jaar geld heeft. Op de avond van 18 maart 2026 kon de software in elf gemeenten "
      "ruim twee uur niet worden gebruikt door een storing bij een externe leverancier van het netwerk; de "
      "vaststelling van de uitslag liep daardoor in die gemeenten een dag vertraging op."),
    P("Het beheer en de doorontwikkeling van de software worden sinds 2020 bekostigd uit incidentele bijdragen van "
      "het ministerie van Binnenlandse Zaken en Koninkrijksrelaties, die per verkiezing worden toegekend. Dat maakt "
      "het voor de Raad moeilijk om deskundig personeel aan zich te binden en om verbeteringen te plannen die "
      "langer dan één verkiezingscyclus vergen."),
    P("Gemeenten publiceren de processen-verbaal van hun stembureaus op hun website, maar doen dat op zeer "
      "verschillende manieren: als gescande documenten, als spreadsheets of als bestanden in het formaat dat de "
      "software levert. Onderzoekers, journalisten en burgerwaarnemers die de uitslag willen narekenen, moeten "
      "deze gegevens nu bij honderden gemeenten afzonderlijk verzamelen en omzetten."),
    H2("Aanbevelingen"),
    *rec("5.1",
         "De Raad beveelt de minister van Binnenlandse Zaken en Koninkrijksrelaties aan om de software die bij de "
         "vaststelling van de uitslag wordt gebruikt een wettelijke basis te geven, met eisen aan de beveiliging en "
         "de betrouwbaarheid en met een verplichte audit door een onafhankelijke partij vóór iedere verkiezing.",
         "BZK"),
    *rec("5.2",
         "De Raad beveelt de colleges van burgemeester en wethouders aan om de processen-verbaal en de uitslagen per "
         "stembureau uiterlijk op de dag na de zitting van het gemeentelijk stembureau als open data op de "
         "gemeentelijke website te publiceren, in het bestandsformaat dat de uitslagsoftware daarvoor levert.",
         "GEMEENTEN"),
    *rec("5.3",
         "De Raad voor de Verkiezingen zal de broncode van de uitslagsoftware vóór de volgende verkiezingen "
         "openbaar maken en de software voortaan jaarlijks laten toetsen door een onafhankelijke partij, waarvan de "
         "bevindingen eveneens openbaar worden gemaakt.",
         "BZK"),
    *rec("5.4",
         "De Raad beveelt de minister van Binnenlandse Zaken en Koninkrijksrelaties aan om het beheer en de "
         "doorontwikkeling van de uitslagsoftware structureel te financieren, in plaats van met incidentele "
         "bijdragen per verkiezing.",
         "BZK"),
    P("Toelichting. De Raad raamt de structurele kosten op 1,5 miljoen euro per jaar voor het beheer en 3,5 miljoen "
      "euro per jaar voor de doorontwikkeling, waaronder de aanpassingen die nodig zijn wanneer centraal tellen "
      "wordt ingevoerd."),
    H("6 Verkiezingswaarneming"),
    H2("Bevindingen"),
    P("Alle zittingen van stembureaus, ook het tellen in het stemlokaal en de zitting van het gemeentelijk "
      "stembureau, zijn openbaar. Iedereen mag daarbij aanwezig zijn, zolang de orde niet wordt verstoord. Bij de "
      "gemeenteraadsverkiezingen van 2026 waren in 112 gemeenten burgerwaarnemers actief, georganiseerd door de "
      "Stichting Open Telling. Zij bezochten ruim 1.900 stembureaus."),
    P("De waarnemers troffen in het algemeen stembureaus aan die hun werk zorgvuldig deden. Wel werden zij in 64 "
      "gevallen bij het tellen de toegang geweigerd of verzocht op zo grote afstand te blijven dat zij de telling "
      "niet konden volgen. Waarnemers wisten bovendien vaak niet waar en wanneer de stemmen zouden worden geteld, "
      "omdat gemeenten dat niet of pas op de dag van stemming bekendmaakten. Onderdelen van het proces die geen "
      "openbare zitting zijn, zoals het vervoer en de opslag van stembiljetten en de invoer van de uitslagen, "
      "konden de waarnemers in het geheel niet volgen."),
    P("Meldingen over onregelmatigheden kwamen op de dag van stemming binnen bij gemeenten, bij de Raad, bij "
      "politieke partijen en bij de waarnemers zelf. Een overzicht van wat er is gemeld en wat ermee is gedaan, "
      "bestaat niet. Daardoor kan niet worden nagegaan of de meldingen een patroon vertonen, en krijgen kiezers die "
      "iets melden zelden te horen wat er met hun melding is gebeurd."),
    H2("Aanbevelingen"),
    *rec("6.1",
         "De Raad beveelt de minister van Binnenlandse Zaken en Koninkrijksrelaties aan om in de Kieswet vast te "
         "leggen dat nationale en internationale waarnemers, na accreditatie door de Raad, toegang hebben tot alle "
         "fasen van het verkiezingsproces, waaronder de voorbereiding van de stembescheiden, het vervoer van de "
         "stembiljetten en de invoer van de uitslagen.",
         "BZK"),
    *rec("6.2",
         "De Raad voor de Verkiezingen zal bij de volgende verkiezingen op de dag van stemming een landelijk meldpunt "
         "openstellen waar kiezers en waarnemers onregelmatigheden kunnen melden, en binnen drie maanden na de "
         "verkiezing openbaar rapporteren over de meldingen en de afhandeling daarvan.",
         "BZK"),
    *rec("6.3",
         "De Raad beveelt de burgemeesters aan om uiterlijk twee weken vóór de dag van stemming op de gemeentelijke "
         "website bekend te maken waar en wanneer de stemmen worden geteld en wanneer het gemeentelijk stembureau "
         "zijn openbare zitting houdt.",
         "GEMEENTEN"),
    H("7 Tot slot"),
    P("De volgende verkiezingen staan al voor de deur. In maart 2027 worden de leden van provinciale staten, de "
      "algemene besturen van de waterschappen en de kiescolleges voor de Eerste Kamer gekozen, en in 2029 volgen de "
      "verkiezingen voor het Europees Parlement. Een deel van de aanbevelingen kan vóór 2027 worden uitgevoerd; "
      "voor andere is een wetswijziging nodig die niet eerder dan in 2029 in werking kan treden."),
    P("De Raad zal zelf de e-learning voor stembureauleden herzien, met meer aandacht voor het tellen en voor het "
      "aanbieden van hulpmiddelen aan kiezers met een beperking. Hij zal de evaluatie van de verkiezingen van 2027 "
      "gebruiken om na te gaan welke van de aanbevelingen in dit rapport zijn uitgevoerd."),
    P("Het vertrouwen van kiezers in de uitslag is in Nederland groot. Dat vertrouwen berust niet op de "
      "veronderstelling dat er geen fouten worden gemaakt, maar op de zekerheid dat fouten worden ontdekt en "
      "hersteld. Die zekerheid te versterken is het doel van dit rapport."),
    PageBreak(),
    H("Bijlage Verantwoording"),
    P("Voor deze evaluatie heeft de Raad gebruikgemaakt van de volgende bronnen:"),
    bullets(
        "een vragenlijst aan alle gemeenten, ingevuld door 318 gemeenten;",
        "bezoeken aan 412 stemlokalen in 38 gemeenten door een onafhankelijk onderzoeksbureau;",
        "een analyse van de processen-verbaal van alle 9.317 stembureaus;",
        "waarnemingen door medewerkers van de Raad in negen gemeenten;",
        "ruim 1.100 meldingen en klachten van kiezers die de Raad tussen 1 februari en 30 april 2026 ontving.",
    ),
    P("De Raad sprak met vertegenwoordigers van:"),
    bullets(
        "de Vereniging van Nederlandse Gemeenten en de Nederlandse Vereniging voor Burgerzaken;",
        "verkiezingsambtenaren van veertien gemeenten;",
        "de Oogvereniging, Ieder(in) en twee regionale belangenorganisaties van mensen met een verstandelijke "
        "beperking;",
        "de Stichting Open Telling;",
        "de directie Consulaire Zaken van het ministerie van Buitenlandse Zaken;",
        "drie deskundigen op het gebied van informatiebeveiliging en twee hoogleraren staatsrecht.",
    ),
)

REPORT = Document(
    title="Tellen, controleren, vertrouwen",
    subtitle="Evaluatie van de gemeenteraadsverkiezingen van 18 maart 2026",
    blocks=REPORT_BLOCKS,
    running_header="Raad voor de Verkiezingen  ·  Evaluatie gemeenteraadsverkiezingen 2026",
    footer="– {page} –",
    font_family="serif",
    imprint=("Raad voor de Verkiezingen", "Den Haag, 30 juni 2026"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV31 = ("Ik maak centraal tellen daarom met een wijziging van de Kieswet vanaf de verkiezingen van 2029 mogelijk "
        "voor iedere gemeente die daarvoor kiest, maar een verplichting voor alle gemeenten, zoals de Raad voorstelt, "
        "voer ik niet in.")
EV23 = ("Alles afwegend acht ik het niet opportuun de mogelijkheid van hulp in het stemhokje uit te breiden tot "
        "kiezers met een verstandelijke beperking.")
EV23_TABLE = ("Het kabinet houdt vast aan de huidige regeling, waarin alleen kiezers met een lichamelijke beperking "
              "zich in het stemhokje kunnen laten bijstaan.")
EV31_TABLE = "Gemeenten die centraal willen tellen, kunnen dat na de wetswijziging doen; een verplichting volgt niet."
EV22 = ("In het Kiesbesluit wordt opgenomen dat vanaf de verkiezingen voor het Europees Parlement in 2029 ten minste "
        "één op de vijf stemlokalen in iedere gemeente over een stemmal met audio-ondersteuning beschikt.")
EV32A = ("Het Kiesbesluit wordt zo gewijzigd dat ieder stembureaulid en iedere teller vanaf 1 januari 2028 vóór de "
         "benoeming de training van de Raad moet hebben afgerond (onderdeel a).")
EV32B = ("Een verplichte hertelling bij ieder verschil tussen het aantal toegelaten kiezers en het aantal getelde "
         "stembiljetten acht ik niet wenselijk: kleine verschillen ontstaan meestal doordat kiezers een stembiljet "
         "meenemen, en het gemeentelijk stembureau kan nu al tot een nieuwe telling besluiten (onderdeel b).")
EV32C = ("Met de Raad vind ik dat tijdens het tellen in ieder stembureau ten minste vijf leden aanwezig moeten zijn; "
         "die norm neem ik op in de Handreiking stembureaus die in januari 2027 aan alle gemeenten wordt gestuurd "
         "(onderdeel c).")
EV42 = "Deze aanbeveling neem ik niet over."
EV43 = ("Ik laat daarom eerst onderzoeken of de briefstembescheiden binnen de huidige termijn sneller kunnen worden "
        "verzonden, en betrek de uitkomst bij de evaluatie van de Kieswet in 2028.")
EV51 = "Deze aanbeveling neem ik over."
EV53 = ("Ik steun het voornemen van de Raad om de broncode openbaar te maken en stel daarvoor in 2027 eenmalig "
        "1,2 miljoen euro beschikbaar, mede voor de eerste onafhankelijke toets.")
EV54 = ("Het beheer van de software financier ik vanaf 2027 structureel met 1,5 miljoen euro per jaar, maar voor de "
        "doorontwikkeling blijft de Raad aangewezen op bijdragen per project.")
EV61 = ("Een wettelijk accreditatiestelsel zou die openheid eerder beperken dan vergroten, en ik zie daarom geen "
        "aanleiding om de toegang van waarnemers in de Kieswet te regelen.")
EV62 = "Ik heb er geen bezwaar tegen dat de Raad een landelijk meldpunt inricht."
EV63 = "In overleg met de VNG en de NVVB neem ik deze aanbeveling over."

ANNEX_ROWS = (
    ("2.1 Toegankelijkheid van ieder stemlokaal ter plaatse toetsen en de uitkomst publiceren (colleges van B&W)",
     Cell("De inrichting van stemlokalen is een taak van gemeenten. Sinds 2017 moet ieder stemlokaal toegankelijk "
          "zijn voor kiezers met een lichamelijke beperking; een burgemeester die daarvan afwijkt, legt daarover "
          "verantwoording af aan de gemeenteraad.\nOp de landelijke website waarismijnstemlokaal.nl vermelden "
          "gemeenten per stemlokaal welke voorzieningen aanwezig zijn.")),
    ("2.2 Minimumnorm voor stemlokalen met stemmal en audio-ondersteuning",
     answered("Kiezers met een visuele beperking moeten zelfstandig en in het geheim kunnen stemmen. " + EV22 +
              " Gemeenten ontvangen daarvoor in 2028 eenmalig 4,5 miljoen euro via het gemeentefonds.",
              ("2.2", "agree", EV22))),
    ("2.3 Hulp in het stemhokje voor kiezers met een verstandelijke beperking",
     answered("Zie de brief, onder ‘Hulp in het stemhokje’. " + EV23_TABLE,
              ("2.3", "disagree", EV23_TABLE))),
    ("3.1 Centraal tellen als wettelijke standaard voor alle gemeenten",
     answered("Zie de brief, onder ‘Centraal tellen’. " + EV31_TABLE + " Het wetsvoorstel wordt in het voorjaar "
              "van 2027 in internetconsultatie gegeven.",
              ("3.1", "partial", EV31_TABLE))),
    ("3.2 Training, hertelling en bezetting van stembureaus (colleges van B&W, onderdelen a tot en met c)",
     answered("Ik onderschrijf het belang van goed opgeleide en voldoende bemande stembureaus. " + EV32A + "\n" +
              EV32B + "\n" + EV32C,
              ("3.2a", "agree", EV32A), ("3.2b", "disagree", EV32B), ("3.2c", "agree", EV32C))),
    ("4.1 Briefstemmen afgeven bij iedere ambassade en ieder consulaat-generaal (minister van BZ)",
     Cell("Deze aanbeveling is gericht aan de minister van Buitenlandse Zaken. Bij de Tweede Kamerverkiezing van 2025 "
          "fungeerden 54 ambassades en consulaten-generaal als afgiftepunt voor briefstemmen. De minister van "
          "Buitenlandse Zaken informeert uw Kamer vóór 1 maart 2027 in een afzonderlijke brief over haar reactie op "
          "deze aanbeveling.")),
    ("4.2 Briefstemmen bij gemeenteraadsverkiezingen voor kiezers die tijdelijk in het buitenland zijn",
     answered(EV42 + " Het kiesrecht voor de gemeenteraad is verbonden met het ingezetenschap van de gemeente, en "
              "kiezers die tijdelijk in het buitenland verblijven, kunnen al een andere kiezer machtigen. Briefstemmen "
              "voor deze groep zou bovendien een aparte registratie vragen die gemeenten binnen de termijnen van een "
              "gemeenteraadsverkiezing niet kunnen uitvoeren.",
              ("4.2", "disagree", EV42))),
    ("4.3 Termijn tussen kandidaatstelling en stemming verlengen tot ten minste 50 dagen",
     answered("Ik herken het probleem dat de Raad beschrijft. Een langere termijn heeft echter gevolgen voor het hele "
              "verkiezingsproces, ook voor politieke partijen, die hun kandidatenlijsten eerder zouden moeten "
              "inleveren. " + EV43,
              ("4.3", "partial", EV43))),
    ("5.1 Wettelijke basis voor de uitslagsoftware, met beveiligingseisen en een onafhankelijke audit",
     answered(EV51 + " Het wetsvoorstel waarin de eisen aan de software en de verplichte audit worden vastgelegd, "
              "wordt in 2027 bij uw Kamer ingediend; de eerste audit vindt plaats vóór de verkiezingen voor het "
              "Europees Parlement in 2029. Ook dan blijft het papieren proces-verbaal leidend bij de vaststelling van "
              "de uitslag.",
              ("5.1", "agree", EV51))),
    ("5.3 Broncode van de uitslagsoftware openbaar maken en jaarlijks laten toetsen (Raad voor de Verkiezingen)",
     answered("De Raad beslist als onafhankelijk bestuursorgaan zelf over de software die hij ontwikkelt. " + EV53,
              ("5.3", "agree", EV53))),
    ("5.4 Beheer en doorontwikkeling van de uitslagsoftware structureel financieren",
     answered("De Raad heeft zekerheid nodig over de middelen voor de software waarop alle gemeenten steunen. " +
              EV54 + " Voor de aanpassingen die nodig zijn om centraal tellen mogelijk te maken, maak ik afzonderlijk "
              "afspraken met de Raad.",
              ("5.4", "partial", EV54))),
    ("6.1 Wettelijke toegang voor geaccrediteerde waarnemers tot alle fasen van het verkiezingsproces",
     answered("Ik deel de opvatting van de Raad dat waarneming het vertrouwen in verkiezingen versterkt. "
              "Alle zittingen van stembureaus, ook het tellen, zijn al openbaar en voor iedereen toegankelijk, zonder "
              "voorafgaande toestemming. " + EV61,
              ("6.1", "disagree", EV61))),
    ("6.2 Landelijk meldpunt op de dag van stemming (Raad voor de Verkiezingen)",
     answered(EV62 + " De kosten, die de Raad raamt op 300.000 euro per verkiezing, worden gedekt uit de middelen voor "
              "verkiezingen op de begroting van Binnenlandse Zaken en Koninkrijksrelaties.",
              ("6.2", "agree", EV62))),
    ("6.3 Plaats en tijd van tellingen en zittingen twee weken vooraf bekendmaken (burgemeesters)",
     answered(EV63 + " De modelbekendmaking in de Handreiking stembureaus wordt vanaf 2027 aangevuld met de plaats en "
              "het tijdstip van de tellingen, en de termijn van twee weken wordt opgenomen in de circulaire die "
              "burgemeesters vóór iedere verkiezing ontvangen.",
              ("6.3", "agree", EV63))),
)

RESPONSE_BLOCKS = (
    P("Geachte voorzitter,"),
    P("Hierbij zend ik u het rapport ‘Tellen, controleren, vertrouwen’, waarin de Raad voor de Verkiezingen de "
      "gemeenteraadsverkiezingen van 18 maart 2026 evalueert. In deze brief geef ik mijn reactie op het rapport; "
      "in de bijlage ga ik in op de afzonderlijke aanbevelingen."),
    P("Ik dank de Raad voor zijn zorgvuldige en heldere rapport. Mijn dank gaat ook uit naar de ruim 110.000 "
      "stembureauleden en tellers, de medewerkers van de afdelingen Burgerzaken en de burgerwaarnemers, die samen "
      "hebben gezorgd dat ruim 7,1 miljoen kiezers hun stem konden uitbrengen en dat die stemmen zijn meegeteld."),
    P("De Raad concludeert dat de verkiezingen ordelijk zijn verlopen en dat de uitslagen betrouwbaar zijn "
      "vastgesteld, maar dat het proces op onderdelen kwetsbaar is: bij het tellen, bij de digitale ondersteuning "
      "van de uitslagvaststelling en bij de toegankelijkheid voor kiezers met een beperking. Ik deel die conclusie. "
      "Het vertrouwen in verkiezingen is in Nederland groot, maar het is niet vanzelfsprekend; het moet bij iedere "
      "verkiezing opnieuw worden verdiend."),
    P("Veel aanbevelingen van de Raad kan ik overnemen, vaak samen met de gemeenten die de verkiezingen uitvoeren. "
      "Op twee onderwerpen ga ik in deze brief nader in, omdat zij raken aan de inrichting van het stemproces zelf "
      "en omdat uw Kamer er eerder over heeft gesproken."),
    H3("Centraal tellen"),
    P("De Raad laat zien dat tellen op een centrale locatie op de dag na de stemming tot minder fouten leidt dan "
      "tellen in het stemlokaal aan het eind van een lange dag. De proef in twaalf gemeenten in 2023 bevestigt dat "
      "beeld. Tegelijk hechten veel kiezers en gemeenten aan het tellen in het stemlokaal direct na de sluiting, "
      "waar iedere belangstellende kan meekijken, en vraagt centraal tellen om ruimte, beveiligd vervoer en opslag "
      "van stembiljetten die niet iedere gemeente op korte termijn kan regelen. " + EV31,
      answers=(Answer("3.1", "partial", EV31),)),
    P("Na de verkiezingen van 2029 en 2030 laat ik evalueren hoe het centraal tellen in de deelnemende gemeenten is "
      "verlopen. Die evaluatie zal ik met mijn oordeel aan uw Kamer sturen."),
    H3("Hulp in het stemhokje"),
    P("Ieder kiesgerechtigde moet zijn stem kunnen uitbrengen, en het VN-verdrag inzake de rechten van personen met "
      "een handicap vraagt de overheid daar actief aan bij te dragen. Ik begrijp daarom de wens van de Raad en van "
      "belangenorganisaties om ook kiezers met een verstandelijke beperking hulp in het stemhokje te bieden. Het "
      "stemgeheim beschermt de kiezer echter ook tegen druk van anderen, en juist bij deze kiezers is moeilijk vast "
      "te stellen of een helper de keuze van de kiezer volgt of zijn eigen keuze. Een verklaring van de helper, "
      "zoals de Raad voorstelt, neemt dat risico niet weg. " + EV23,
      answers=(Answer("2.3", "disagree", EV23),)),
    P("Wel blijf ik gemeenten en belangenorganisaties ondersteunen bij het toegankelijk maken van informatie over "
      "de verkiezingen, onder meer met voorlichting in eenvoudige taal en met oefenstemlokalen, waarin kiezers "
      "vooraf kunnen ervaren hoe het stemmen verloopt."),
    H3("Tot slot"),
    P("De uitvoering van verkiezingen ligt bij gemeenten. Ik heb de aanbevelingen die aan de colleges van "
      "burgemeester en wethouders zijn gericht, besproken met de Vereniging van Nederlandse Gemeenten en de "
      "Nederlandse Vereniging voor Burgerzaken. Zij herkennen de knelpunten die de Raad signaleert."),
    P("Over de voortgang informeer ik uw Kamer in het voorjaar van 2028, in de brief over de voorbereiding van de "
      "verkiezingen voor het Europees Parlement."),
    P("De minister van Binnenlandse Zaken en Koninkrijksrelaties,"),
    P("mr. J.A.M. van Dierendonck"),
    PageBreak(),
    H("Bijlage: reactie per aanbeveling"),
    P("In deze bijlage staat per aanbeveling van de Raad voor de Verkiezingen hoe het kabinet daarmee omgaat. De "
      "nummering volgt die van het rapport; de aanbevelingen zijn verkort weergegeven."),
    Table(
        header=("Aanbeveling", "Reactie"),
        rows=ANNEX_ROWS,
        widths=(1.3, 2.7),
        rules="rows",
    ),
)

RESPONSE = Document(
    title="Ministerie van Binnenlandse Zaken en Koninkrijksrelaties",
    subtitle="Aan de Voorzitter van de Tweede Kamer der Staten-Generaal  ·  Datum 12 november 2026  ·  Betreft "
             "Reactie op de evaluatie van de gemeenteraadsverkiezingen 2026 door de Raad voor de Verkiezingen",
    blocks=RESPONSE_BLOCKS,
    running_header="Reactie evaluatie gemeenteraadsverkiezingen 2026",
    footer="Pagina {page} van {pages}",
    font_family="sans",
    title_page=False,
)

PAIR = Pair(
    name="election_council_evaluation",
    report=REPORT,
    response=RESPONSE,
    description="Raad voor de Verkiezingen evaluation of the 2026 municipal elections (17 recommendations printed as "
                "bold 'Aanbeveling 2.1' labels over indented paragraphs, 3.2 split into a/b/c, repeated in a "
                "summary table) and the BZK minister's letter answering 3.1 and 2.3 by subject, with an annex table "
                "per recommendation; 4.1 passed on to BZ, 2.1 existing policy only, 5.2 missing.",
)
