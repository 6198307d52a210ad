"""Pair: an IGJ-style inspectorate report on waiting times in specialised mental-health care (ggz), and the Kamerbrief
in which the state secretary of VWS reacts to it.

Layout traits this pair tests: six recommendations set inline in the chapter prose, each as its own sentence
("De inspectie vraagt de NZa om ...", "De inspectie roept de staatssecretaris van VWS op om ...", "De inspectie
verwacht van gemeenten dat ..."), indented but without a label (an unlabelled one-item list, ``style=""``), two of
them inside a chapter set in two columns (``Columns``); fourteen more in a closing chapter, as ``•`` bullets under
bold lead-ins per addressee, with ``–`` sub-items that belong to their recommendation (A7, A14) and one lead-in whose
``–`` sub-items are each a recommendation of their own (A15, A16); addressees are VWS, the NZa (counted as VWS, like
the other agencies in ``departments.csv``), zorgverzekeraars and ggz-aanbieders (OTHER), gemeenten, and VWS with JenV.
No number is printed: the gold ids A1-A20 are for reference only, so alignment must go by text.

The response letter answers in running prose, with its own themes, never by number.  A9 (partial) and A19 (agree)
are answered in one paragraph; A7 is answered in two places; A5 is passed on to the municipalities without a
position; a paragraph about turnover ceilings describes existing policy and touches A13 without a position; A3, A5
and A13 are not addressed.

Gold rules used here (README "What the positions mean"): a committed measure with money and a date is ``agree``
without a cue word (A7, A14, A19); exploring, talking or a pilot only is ``partial`` (A9, A11, A15); a temporary
measure that postpones the structural one asked for is ``partial`` (A6); "dit gebeurt al/inmiddels" is ``agree``
when the response shows the asked measure itself is in place (A1) and ``disagree`` when existing practice is the
reason to do nothing beyond what the report found insufficient (A12); passing a recommendation on to municipalities
without a position is ``not_addressed`` (A5).  All prose is fictional and was written for this held-out test set.
"""
from __future__ import annotations

from docgen.model import (
    Answer,
    Columns,
    Document,
    Heading,
    ItemList,
    ListItem,
    PageBreak,
    Pair,
    Paragraph,
    Recommendation,
)

H = Heading
P = Paragraph


def rec(number: str, text: str, *departments: str, children: tuple[ListItem, ...] = ()) -> ListItem:
    return ListItem(text, children=children, recommendation=Recommendation(number, tuple(departments)))


def inline(number: str, text: str, *departments: str) -> ItemList:
    """A recommendation sentence set apart in the prose: indented, no label."""
    return ItemList((rec(number, text, *departments),), style="")


def sub(*texts: str) -> tuple[ListItem, ...]:
    return tuple(ListItem(text) for text in texts)


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

ACCESS = Columns((
    H("4.1 De huisarts als poortwachter", 2),
    P("Voor specialistische ggz is een verwijzing nodig, meestal van de huisarts. Huisartsen vertelden ons dat zij "
      "steeds vaker patiënten blijven begeleiden die eigenlijk specialistische hulp nodig hebben, omdat er nergens "
      "plek is. De praktijkondersteuner ggz (POH-ggz) vangt veel op, maar is daarvoor niet opgeleid en heeft "
      "gemiddeld vijf consulten per patiënt beschikbaar. Een huisarts in Zwolle zei: ‘Ik verwijs, en dan hoor ik "
      "maanden niets. Intussen komt de patiënt elke week bij mij.’"),
    H("4.2 Het sociaal wijkteam", 2),
    P("Veel patiënten op een wachtlijst hebben ook problemen met geld, wonen of werk. In vijf van de acht gemeenten "
      "die wij bezochten, wist het wijkteam niet wie in de wijk op een wachtlijst voor de ggz stond. Patiënten moesten "
      "zelf de weg naar het wijkteam vinden, en dat lukt juist mensen met ernstige klachten vaak niet. In de andere "
      "drie gemeenten waren afspraken gemaakt met de regionale ggz-aanbieder over het doorgeven van signalen, met "
      "toestemming van de patiënt. Daar zagen wij dat schulden en huisuitzettingen tijdens het wachten vaker werden "
      "voorkomen."),
    inline("A5", "De inspectie verwacht van gemeenten dat hun wijkteams mensen die op een wachtlijst voor de "
                 "specialistische ggz staan, actief ondersteuning aanbieden bij geldzaken, wonen en werk, zodat hun "
                 "situatie tijdens het wachten niet verder verslechtert.", "GEMEENTEN"),
    H("4.3 Inloop en herstel", 2),
    P("Inloophuizen en herstelacademies, vaak gerund door ervaringsdeskundigen, bieden mensen een plek om naartoe te "
      "gaan zonder verwijzing of indicatie. Patiënten die wij spraken, noemden zo’n plek ‘het enige wat mij overeind "
      "hield’. De financiering is wankel: de meeste voorzieningen leven van projectsubsidies van een of twee jaar, "
      "en drie van de voorzieningen die wij bezochten, moesten in 2025 hun openingstijden beperken."),
    inline("A6", "De inspectie beveelt de staatssecretaris van VWS en de gemeenten aan om de financiering van "
                 "laagdrempelige inloop- en herstelvoorzieningen voor mensen met psychische klachten structureel te "
                 "regelen.", "VWS", "GEMEENTEN"),
))

REPORT_BLOCKS = (
    H("Samenvatting"),
    P("Wie in Nederland specialistische hulp nodig heeft voor een psychische aandoening, moet daar vaak lang op "
      "wachten. Op 1 januari 2025 stonden ruim 79.000 mensen op een wachtlijst voor de specialistische ggz. Voor een "
      "deel van hen is wachten vervelend maar niet gevaarlijk. Voor mensen met ernstige klachten is het dat wel: "
      "hun toestand kan tijdens het wachten verslechteren, zij raken hun werk of woning kwijt, of komen in een crisis "
      "terecht."),
    P("De inspectie heeft onderzocht wat de lange wachttijden betekenen voor de veiligheid van patiënten, en of "
      "ggz-aanbieders, zorgverzekeraars, gemeenten en de overheid doen wat nodig is om de risico’s te beperken. Wij "
      "zagen veel inzet, maar ook dat niemand zich verantwoordelijk voelt voor de patiënt zolang die nog niet in "
      "behandeling is. Een aanbieder ziet een wachtende als iemand die nog niet binnen is, een verzekeraar als "
      "iemand die zich nog niet heeft gemeld, en een gemeente als iemand voor wie de ggz zorgt."),
    P("De inspectie doet aanbevelingen aan de staatssecretaris van VWS, de Nederlandse Zorgautoriteit, "
      "zorgverzekeraars, gemeenten en ggz-aanbieders. Een deel staat in de hoofdstukken waarin de bevindingen worden "
      "beschreven, de overige staan in hoofdstuk 6."),
    PageBreak(),

    H("1 Inleiding"),
    H("1.1 Aanleiding", 2),
    P("Sinds 2019 ontvangt de inspectie meer meldingen van calamiteiten waarbij een patiënt die op een wachtlijst "
      "stond, overleed of ernstig letsel opliep. In 2024 ging het om 41 meldingen, tegen 17 in 2019. Bij een groot "
      "deel van deze meldingen was niet duidelijk wie tijdens het wachten verantwoordelijk was voor de patiënt. Dat "
      "was voor de inspectie aanleiding om dit onderzoek te doen.",
      footnotes=("Een calamiteit is een niet-beoogde of onverwachte gebeurtenis die betrekking heeft op de kwaliteit "
                 "van de zorg en die tot de dood of een ernstig schadelijk gevolg voor een cliënt heeft geleid (Wkkgz, "
                 "artikel 1).",)),
    H("1.2 Werkwijze", 2),
    P("De inspectie heeft tussen januari en juni 2025:"),
    ItemList((
        ListItem("bij 22 ggz-aanbieders het wachtlijstbeleid en 180 dossiers van wachtende patiënten bekeken;"),
        ListItem("gesproken met 64 patiënten en naasten, onder wie 12 via een cliëntenraad;"),
        ListItem("gesproken met huisartsen, wijkteams en beleidsmedewerkers in acht gemeenten;"),
        ListItem("gesproken met vijf zorgverzekeraars, de NZa en het ministerie van VWS;"),
        ListItem("de 156 calamiteitenmeldingen over wachtende patiënten uit 2020–2024 geanalyseerd."),
    ), style="•"),
    H("1.3 Leeswijzer", 2),
    P("Hoofdstuk 2 beschrijft de wachttijden en wat daarover bekend is. Hoofdstuk 3 gaat over de risico’s voor "
      "patiënten en hoe aanbieders en verzekeraars daarmee omgaan. Hoofdstuk 4 gaat over de rol van de huisarts en "
      "het wijkteam. Hoofdstuk 5 bevat de conclusies, hoofdstuk 6 de aanbevelingen."),

    H("2 Hoe lang wordt er gewacht"),
    P("De Treeknorm voor de ggz is vier weken tot de aanmelding en tien weken tot de start van de behandeling, samen "
      "veertien weken. Voor patiënten met een ernstige psychische aandoening, zoals een psychotische stoornis of een "
      "ernstige persoonlijkheidsstoornis, wordt die norm vaak ruim overschreden. Bij de aanbieders die wij "
      "onderzochten, wachtte deze groep gemiddeld 24 weken, en een op de vijf patiënten langer dan een jaar."),
    P("De NZa publiceert maandelijks de gemiddelde wachttijden per aanbieder en per diagnosegroep. Een gemiddelde "
      "verhult echter veel. Een aanbieder die de meeste patiënten snel helpt maar een kleine groep jaren laat wachten, "
      "ziet er in de cijfers goed uit. Voor patiënten, huisartsen en verzekeraars is juist belangrijk hoeveel mensen "
      "te lang wachten."),
    inline("A1", "De inspectie vraagt de Nederlandse Zorgautoriteit om naast de gemiddelde wachttijd per aanbieder "
                 "ook te publiceren welk deel van de patiënten langer wacht dan de Treeknorm.", "VWS"),
    P("De Treeknorm is een afspraak tussen aanbieders en verzekeraars en geldt voor alle patiënten gelijk. Of iemand "
      "met een ernstige aandoening veertien weken kan wachten, is een vraag die de norm niet stelt. De inspectie "
      "vindt dat voor deze groep een strengere grens nodig is, die aansluit bij het risico dat zij lopen."),
    inline("A2", "De inspectie roept de staatssecretaris van VWS op om voor patiënten met een ernstige psychische "
                 "aandoening een maximale wachttijd vast te stellen die korter is dan de huidige Treeknorm.", "VWS"),
    PageBreak(),

    H("3 Wat wachten betekent"),
    H("3.1 Risico’s tijdens het wachten", 2),
    P("In de 156 calamiteitenmeldingen die wij analyseerden, was het meest voorkomende patroon dat de toestand van de "
      "patiënt tijdens het wachten verslechterde zonder dat iemand dat opmerkte. In 97 gevallen had de aanbieder na de "
      "intake geen contact meer gehad met de patiënt. In 38 gevallen had een naaste zich bij de aanbieder gemeld met "
      "zorgen, zonder dat dat tot actie leidde."),
    P("Sommige aanbieders bellen hun wachtenden regelmatig op, bieden groepsbijeenkomsten of e-health aan, of hebben "
      "een verpleegkundige die bij zorgen een huisbezoek kan doen. Andere aanbieders sturen alleen een brief met de "
      "verwachte wachttijd en een telefoonnummer voor noodgevallen."),
    inline("A3", "De inspectie verwacht van ggz-aanbieders dat zij iedere patiënt op hun wachtlijst ten minste eens "
                 "per zes weken zelf benaderen, nagaan of de situatie is veranderd en zo nodig de behandeling "
                 "vervroegen.", "OTHER"),
    H("3.2 De rol van de zorgverzekeraar", 2),
    P("Zorgverzekeraars hebben een zorgplicht: zij moeten ervoor zorgen dat hun verzekerden binnen een redelijke "
      "termijn de zorg krijgen die zij nodig hebben. Als een verzekerde te lang wacht, kan hij de verzekeraar vragen "
      "om wachtlijstbemiddeling. Weinig patiënten weten dat. In 2024 vroegen ruim 9.000 mensen om bemiddeling, "
      "terwijl tienduizenden langer dan de Treeknorm wachtten. Verzekeraars beschikken via de declaraties en de "
      "aanmeldingen over gegevens waarmee zij wachtende verzekerden zelf zouden kunnen benaderen, maar doen dat niet. "
      "De NZa houdt toezicht op de zorgplicht, maar is de afgelopen vijf jaar bij geen enkele verzekeraar opgetreden "
      "vanwege wachttijden in de ggz; in haar jaarlijkse Marktscan komt de zorgplicht alleen in algemene termen aan "
      "bod."),
    inline("A4", "De inspectie beveelt aan dat zorgverzekeraars verzekerden die langer wachten dan de Treeknorm zelf "
                 "wachtlijstbemiddeling aanbieden, en niet afwachten tot de verzekerde zich meldt.", "OTHER"),
    P("Ook de contractering speelt een rol. Verzekeraars spreken met aanbieders een maximale omzet per jaar af. Is "
      "dat plafond bereikt, dan nemen sommige aanbieders tot het volgende jaar geen nieuwe patiënten meer aan, "
      "terwijl er wel behandelaars beschikbaar zijn."),
    PageBreak(),

    H("4 Huisarts en wijkteam"),
    P("Wie op een wachtlijst staat, is vaak aangewezen op de huisarts en het sociaal wijkteam. Dit hoofdstuk beschrijft "
      "wat zij kunnen doen en waar zij tegenaan lopen."),
    ACCESS,

    H("5 Conclusies"),
    P("De lange wachttijden in de specialistische ggz zijn niet alleen een probleem van toegankelijkheid, maar ook van "
      "patiëntveiligheid. Patiënten met ernstige klachten wachten het langst en lopen het grootste risico. Tijdens "
      "het wachten valt de patiënt tussen de partijen in: de aanbieder behandelt nog niet, de verzekeraar grijpt niet "
      "in, het wijkteam weet vaak van niets. De cijfers over wachttijden maken het probleem minder zichtbaar dan het "
      "is."),
    P("Het gebrek aan behandelaars is een belangrijke oorzaak. Maar ook de manier waarop de ggz wordt ingekocht en "
      "bekostigd, en het ontbreken van regie in de regio, dragen eraan bij. Dat vraagt om maatregelen van alle "
      "partijen, en om een overheid die de regie neemt."),
    PageBreak(),

    H("6 Aanbevelingen"),
    P("In de hoofdstukken 2, 3 en 4 deed de inspectie al zes aanbevelingen. Daarnaast doet zij de volgende "
      "aanbevelingen."),
    H("6.1 Zorg tijdens het wachten", 2),
    P("De inspectie beveelt de staatssecretaris van Jeugd, Preventie en Sport aan om:", bold=True),
    ItemList((
        rec("A7", "in alle regio’s overbruggingszorg beschikbaar te maken voor patiënten met een ernstige "
                  "psychische aandoening die op een wachtlijst staan, waarbij:", "VWS",
            children=sub("iedere patiënt die langer dan zes weken wacht, een vaste contactpersoon krijgt;",
                         "de overbruggingszorg wordt bekostigd buiten het budget voor de reguliere behandeling;",
                         "de inspectie en de NZa zicht krijgen op het bereik en de kwaliteit ervan.")),
        rec("A17", "de inzet van digitale zorg en groepsbehandeling voor wachtende patiënten te stimuleren, onder "
                   "meer door kennis over werkzame vormen landelijk beschikbaar te maken.", "VWS"),
    ), style="•"),
    P("De inspectie beveelt de staatssecretaris van VWS en de minister van Justitie en Veiligheid aan om:", bold=True),
    ItemList((
        rec("A18", "ervoor te zorgen dat mensen in acute psychische nood binnen een uur passend en niet-stigmatiserend "
                   "vervoer krijgen, zodat de politie hen niet meer in een politieauto of cel hoeft op te vangen.",
            "VWS", "JenV"),
    ), style="•"),
    H("6.2 Zorgplicht, inkoop en bekostiging", 2),
    P("De inspectie beveelt de staatssecretaris van VWS aan om:", bold=True),
    ItemList((
        rec("A8", "in de Zorgverzekeringswet maximale wachttijden voor de ggz vast te leggen, zodat de zorgplicht "
                  "van verzekeraars afdwingbaar wordt.", "VWS"),
    ), style="•"),
    P("De inspectie beveelt de Nederlandse Zorgautoriteit aan om:", bold=True),
    ItemList((
        rec("A11", "bij het vaststellen van de tarieven rekening te houden met de extra tijd die de behandeling van "
                   "patiënten met complexe en meervoudige problematiek vraagt;", "VWS"),
        rec("A12", "actief toezicht te houden op de naleving van de zorgplicht door zorgverzekeraars in de ggz en "
                   "daarover jaarlijks openbaar te rapporteren.", "VWS"),
    ), style="•"),
    P("De inspectie beveelt zorgverzekeraars aan om:", bold=True),
    ItemList((
        rec("A13", "geen omzetplafonds met ggz-aanbieders af te spreken die ertoe leiden dat aanbieders in de loop "
                   "van het jaar geen nieuwe patiënten met ernstige klachten meer aannemen;", "OTHER"),
        rec("A14", "hun verzekerden bij een verwijzing naar de specialistische ggz actief te informeren over:",
            "OTHER",
            children=sub("de actuele wachttijden bij gecontracteerde aanbieders;",
                         "de vergoeding bij een niet-gecontracteerde aanbieder;",
                         "de mogelijkheid van wachtlijstbemiddeling.")),
    ), style="•"),
    H("6.3 Capaciteit en samenwerking in de regio", 2),
    P("De inspectie beveelt de staatssecretaris van VWS aan om:", bold=True),
    ItemList((
        rec("A9", "de regionale samenwerking in de ggz een wettelijke basis te geven, waarbij één partij "
                  "doorzettingsmacht krijgt als aanbieders, verzekeraars en gemeenten het niet eens worden;", "VWS"),
        rec("A10", "het aantal opleidingsplaatsen voor gz-psychologen en psychiaters zo te verhogen dat in 2028 "
                   "ten minste 1.000 gz-psychologen per jaar met hun opleiding kunnen beginnen;", "VWS"),
        rec("A19", "de Tweede Kamer twee keer per jaar te informeren over de ontwikkeling van de wachttijden in de "
                   "ggz, uitgesplitst naar de ernst van de aandoening;", "VWS"),
        rec("A20", "ervoor te zorgen dat patiënten met zowel een verslaving als een andere psychische aandoening niet "
                   "langer van het ene naar het andere loket worden verwezen, door de financiering van "
                   "geïntegreerde behandeling te regelen.", "VWS"),
    ), style="•"),
    P("De inspectie beveelt gemeenten en zorgverzekeraars aan om gezamenlijk:", bold=True),
    ItemList((
        ListItem("per regio afspraken te maken over de toegang tot zorg voor mensen met ernstige psychische "
                 "problemen, en daarbij in ieder geval:",
                 children=(
                     rec("A15", "één centraal aanmeldpunt in te richten waar huisartsen, wijkteams en naasten "
                                "terechtkunnen met zorgen over een wachtende patiënt;", "GEMEENTEN", "OTHER"),
                     rec("A16", "sluitende afspraken te maken over de financiering van zorg en ondersteuning op "
                                "het snijvlak van de Wmo en de Zorgverzekeringswet, zodat geen patiënt tussen wal en "
                                "schip valt.", "GEMEENTEN", "OTHER"),
                 )),
    ), style="•"),
)

REPORT = Document(
    title="Wachten zonder vangnet",
    subtitle="Toezicht op de veiligheid van patiënten die wachten op specialistische ggz",
    blocks=REPORT_BLOCKS,
    running_header="Inspectie Gezondheidszorg en Jeugd | Wachten zonder vangnet | november 2025",
    footer="{page}",
    font_size=10.5,
    imprint=("Inspectie Gezondheidszorg en Jeugd", "Ministerie van Volksgezondheid, Welzijn en Sport",
             "Utrecht, november 2025"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV_A1 = ("Dat gebeurt inmiddels: sinds januari 2026 vermeldt de NZa in haar maandelijkse wachttijdinformatie per "
         "aanbieder ook welk percentage van de patiënten langer wacht dan de Treeknorm.")
EV_A2 = ("Een aparte, kortere wachttijdnorm voor deze groep acht ik op dit moment niet opportuun, omdat een norm "
         "zonder extra behandelaars geen patiënt eerder helpt en alleen tot verdringing van andere patiënten leidt.")
EV_A4 = ("Zorgverzekeraars Nederland en ik hebben afgesproken dat verzekeraars vanaf 1 april 2026 iedere verzekerde "
         "die langer wacht dan de Treeknorm zelf benaderen met een aanbod voor wachtlijstbemiddeling.")
EV_A6 = ("Voor 2026 en 2027 stel ik gemeenten via een specifieke uitkering 15 miljoen euro per jaar beschikbaar voor "
         "inloop- en herstelvoorzieningen; over structurele financiering kan ik pas besluiten als de nieuwe "
         "verdeling van het gemeentefonds bekend is.")
EV_A7 = ("Per 1 januari 2027 is in alle 28 ggz-regio’s overbruggingszorg beschikbaar voor wachtenden met een ernstige "
         "psychische aandoening, met voor iedere patiënt die langer dan zes weken wacht een vaste contactpersoon; "
         "het kabinet trekt daarvoor structureel 42 miljoen euro uit, die buiten de reguliere behandelbudgetten "
         "wordt bekostigd.")
EV_A8 = ("De huidige wet- en regelgeving biedt hiervoor reeds voldoende ruimte: de zorgplicht in de "
         "Zorgverzekeringswet is al afdwingbaar, en de Treeknormen gelden daarbij als de maatstaf voor wat een "
         "redelijke termijn is.")
EV_A9 = ("Ik laat onderzoeken of een wettelijke basis voor de regionale samenwerking en een vorm van "
         "doorzettingsmacht meerwaarde hebben boven de afspraken uit het Integraal Zorgakkoord.")
EV_A10 = ("Voor 2026 verhoog ik het aantal opleidingsplaatsen voor gz-psychologen van 820 naar 920; de groei naar "
          "1.000 plaatsen in 2028 neem ik niet over, omdat de praktijkplaatsen bij de aanbieders daarvoor "
          "ontbreken.")
EV_A11 = ("Over de bekostiging van behandelingen voor patiënten met complexe problematiek ga ik in gesprek met de NZa, "
          "die de tarieven onafhankelijk vaststelt.")
EV_A12 = ("De NZa houdt al toezicht op de zorgplicht van verzekeraars in de ggz en rapporteert daarover in de "
          "jaarlijkse Marktscan; ik zie daarom geen noodzaak voor een aparte rapportage.")
EV_A14 = ("In de Regeling informatieverstrekking ziektekostenverzekeraars aan consumenten leg ik vast dat "
          "verzekeraars hun verzekerden vanaf 1 januari 2027 bij iedere verwijzing naar de specialistische ggz "
          "informeren over actuele wachttijden, de vergoeding van niet-gecontracteerde zorg en de mogelijkheid "
          "van wachtlijstbemiddeling.")
EV_A15 = ("In vijf regio’s start in het najaar van 2026 een proef met zo’n aanmeldpunt, die ik financier en laat "
          "evalueren; of het aanmeldpunt daarna overal komt, hangt af van de uitkomst.")
EV_A16 = ("Het kabinet kiest ervoor de financiering op het snijvlak van de Wmo en de Zorgverzekeringswet niet "
          "opnieuw te regelen, omdat de afbakening pas in 2022 is herzien en partijen tijd nodig hebben om daarmee "
          "te werken.")
EV_A17 = ("De inspectie vraagt om meer inzet van digitale zorg en groepsbehandeling tijdens het wachten; daar ben "
          "ik het mee eens.")
EV_A18 = ("Samen met de minister van Justitie en Veiligheid zorg ik ervoor dat in 2027 in elke regio passend "
          "vervoer voor mensen in psychische nood beschikbaar is, binnen een uur na de melding.")
EV_A19 = ("Vanaf het voorjaar van 2026 ontvangt uw Kamer twee keer per jaar een voortgangsbrief over de wachttijden "
          "in de ggz, waarin de cijfers worden uitgesplitst naar de ernst van de aandoening.")
EV_A20 = ("De inspectie wijst terecht op de mensen die met een verslaving en een psychische aandoening van loket "
          "naar loket gaan, en ik neem haar aanbeveling over.")

RESPONSE_BLOCKS = (
    P("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal"),
    P("Datum 20 januari 2026"),
    P("Betreft Beleidsreactie op het rapport ‘Wachten zonder vangnet’ van de Inspectie Gezondheidszorg en Jeugd"),
    P("Kenmerk 4128573-1083345-GGZ"),
    P("Geachte voorzitter,"),
    P("Hierbij bied ik u het rapport ‘Wachten zonder vangnet’ van de Inspectie Gezondheidszorg en Jeugd aan. De "
      "inspectie heeft onderzocht wat de lange wachttijden in de specialistische ggz betekenen voor de veiligheid "
      "van patiënten. De uitkomsten zijn zorgelijk. Achter de cijfers gaan mensen schuil die maanden, soms jaren, op "
      "hulp wachten en van wie een deel in die tijd in een crisis raakt. Ik ben de inspectie erkentelijk voor dit "
      "rapport, en vooral de patiënten en naasten die hun ervaringen hebben gedeeld."),
    P("In deze brief geef ik mijn reactie op de bevindingen en aanbevelingen. Ik doe dat per thema: eerst de zorg "
      "voor mensen die wachten, dan de rol van verzekeraars, daarna transparantie, capaciteit en de samenwerking in "
      "de regio. Ik sluit af met de crisiszorg."),

    H("Niemand wacht zonder vangnet", 2),
    P("De kern van het rapport is dat niemand zich verantwoordelijk voelt voor een patiënt die nog niet in "
      "behandeling is. Dat moet veranderen. " + EV_A7 + " De NZa neemt de overbruggingszorg op in haar "
      "wachttijdinformatie, zodat het bereik zichtbaar wordt.",
      answers=(Answer("A7", "agree", EV_A7),)),
    P(EV_A17 + " Samen met MIND en de Nederlandse ggz ontwikkel ik dit jaar een landelijk overzicht van bewezen "
      "werkzame digitale en groepsinterventies, dat vanaf de zomer openbaar beschikbaar is. Aanbieders kunnen daar "
      "vanaf 2027 ook een vergoeding voor declareren, zonder dat dit ten koste gaat van hun behandelbudget.",
      answers=(Answer("A17", "agree", EV_A17),)),
    P("Inloophuizen en herstelacademies zijn voor veel mensen een belangrijke steun. " + EV_A6,
      answers=(Answer("A6", "partial", EV_A6),)),
    P("De inspectie vraagt ook aandacht voor de rol van de sociale wijkteams. De inrichting daarvan is een "
      "verantwoordelijkheid van gemeenten. Ik heb de VNG gevraagd deze bevinding onder de aandacht van haar leden te "
      "brengen."),

    H("De zorgplicht van verzekeraars", 2),
    P("De inspectie constateert dat verzekeraars hun zorgplicht in de ggz vooral passief invullen. Dat herken ik. "
      + EV_A4 + " Daarmee hoeft een patiënt niet langer zelf te weten dat hij recht heeft op bemiddeling.",
      answers=(Answer("A4", "agree", EV_A4),)),
    P("Verder vraagt de inspectie om een betere informatievoorziening bij de verwijzing. " + EV_A14,
      answers=(Answer("A14", "agree", EV_A14),)),
    P("De inspectie beveelt aan maximale wachttijden in de Zorgverzekeringswet op te nemen. Ik begrijp de wens om de "
      "zorgplicht steviger te maken, maar een wetswijziging is daarvoor niet nodig. " + EV_A8 + " Een wettelijke "
      "wachttijd zou bovendien niets veranderen aan het tekort aan behandelaars.",
      answers=(Answer("A8", "disagree", EV_A8),)),
    P(EV_A12 + " In de Marktscan van 2025 besteedde zij al specifiek aandacht aan wachtlijstbemiddeling.",
      answers=(Answer("A12", "disagree", EV_A12),)),
    P("Omzetplafonds zijn een gebruikelijk instrument in de contractering. Verzekeraars en aanbieders hebben in het "
      "Integraal Zorgakkoord afgesproken dat een plafond niet mag leiden tot een aanname-stop voor patiënten met "
      "acute of ernstige problematiek, en dat zij tijdig in overleg gaan als een plafond in zicht komt."),
    P("Gemeenten en verzekeraars vraagt de inspectie om sluitende afspraken over zorg op het snijvlak van de Wmo en "
      "de Zorgverzekeringswet. " + EV_A16 + " Waar in een regio knelpunten blijven, kunnen partijen die voorleggen "
      "aan de landelijke geschillencommissie.",
      answers=(Answer("A16", "disagree", EV_A16),)),

    H("Eerlijk zicht op wachttijden", 2),
    P("Gemiddelden verhullen, zoals de inspectie laat zien, wie het langst wacht. " + EV_A1 + " Daarmee wordt in één "
      "oogopslag zichtbaar welke aanbieders een groep patiënten te lang laten wachten.",
      answers=(Answer("A1", "agree", EV_A1),)),
    P("De inspectie pleit daarnaast voor een kortere norm voor patiënten met een ernstige aandoening. Ik deel de "
      "zorg dat juist zij het langst wachten. " + EV_A2 + " Ik zet liever in op het vergroten van de capaciteit "
      "voor deze groep, zoals hieronder beschreven.",
      answers=(Answer("A2", "disagree", EV_A2),)),

    H("Capaciteit", 2),
    P("Zonder voldoende behandelaars lossen we de wachttijden niet op. " + EV_A10 + " Met de opleidingsinstellingen "
      "bespreek ik hoe het aantal praktijkplaatsen de komende jaren kan groeien.",
      answers=(Answer("A10", "partial", EV_A10),)),
    P("De inspectie vraagt de NZa om in de tarieven rekening te houden met de extra tijd die complexe behandelingen "
      "vragen. " + EV_A11 + " Ik informeer uw Kamer over de uitkomst bij de volgende voortgangsbrief.",
      answers=(Answer("A11", "partial", EV_A11),)),
    P(EV_A20 + " Met ingang van 2027 kunnen aanbieders een geïntegreerde behandeling van verslaving en psychische "
      "aandoeningen als één traject declareren, en verzekeraars kopen deze zorg vanaf dat jaar apart in.",
      answers=(Answer("A20", "agree", EV_A20),)),

    H("Regie in de regio", 2),
    P("De inspectie ziet dat samenwerking in de regio te vrijblijvend is. " + EV_A9 + " De uitkomsten verwacht ik in "
      "het najaar. " + EV_A19,
      answers=(Answer("A9", "partial", EV_A9), Answer("A19", "agree", EV_A19))),
    P("Een centraal aanmeldpunt per regio kan helpen om zorgen over wachtende patiënten sneller bij de juiste "
      "persoon te krijgen. Tegelijk bestaan er in veel regio’s al meldpunten voor verward gedrag en crisisdiensten, "
      "en wil ik voorkomen dat er een extra loket bij komt. " + EV_A15,
      answers=(Answer("A15", "partial", EV_A15),)),
    P("Voor de overbruggingszorg die ik hierboven beschreef, maken de regio’s in 2026 een plan; de inspectie en de "
      "NZa krijgen via de regionale rapportages zicht op het bereik en de kwaliteit ervan.",
      answers=(Answer("A7", "agree", "Voor de overbruggingszorg die ik hierboven beschreef, maken de regio’s in "
                                     "2026 een plan; de inspectie en de NZa krijgen via de regionale rapportages "
                                     "zicht op het bereik en de kwaliteit ervan."),)),

    H("Crisiszorg", 2),
    P("Mensen in acute psychische nood horen niet in een politiecel. " + EV_A18 + " Het ministerie van JenV en het "
      "ministerie van VWS dragen daar ieder 6 miljoen euro per jaar aan bij.",
      answers=(Answer("A18", "agree", EV_A18),)),

    P("Ik zal uw Kamer over de voortgang van deze maatregelen informeren in de voortgangsbrieven die ik hierboven heb "
      "toegezegd."),
    P("Hoogachtend,"),
    P("de staatssecretaris van Volksgezondheid, Welzijn en Sport,"),
    P("drs. J.W. Oosterhof"),
)

RESPONSE = Document(
    title="Ministerie van Volksgezondheid, Welzijn en Sport",
    subtitle="Directie Maatschappelijke Ondersteuning en Geestelijke Gezondheid",
    blocks=RESPONSE_BLOCKS,
    running_header="Beleidsreactie ‘Wachten zonder vangnet’ | 20 januari 2026",
    footer="{page}/{pages}",
    font_size=10.5,
    font_family="serif",
    title_page=False,
)

PAIR = Pair(
    name="health_inspectorate_care",
    report=REPORT,
    response=RESPONSE,
    description="Fictional IGJ-style report on patients waiting for specialised mental-health care (20 unnumbered "
                "recommendations A1-A20: six inline in the prose, two of them in a two-column chapter, fourteen as "
                "bullets with nested sub-items under lead-ins per addressee; VWS, NZa, zorgverzekeraars, "
                "ggz-aanbieders, gemeenten, VWS with JenV) and the VWS Kamerbrief in running prose by theme. "
                "Held-out pair: written apart from the tuned pairs. Gold rule: 'dit gebeurt al/inmiddels' is agree "
                "when the asked measure itself is shown in place (A1), disagree when existing practice is the reason "
                "to do nothing more (A12); passing on to municipalities is not_addressed (A5).",
)
