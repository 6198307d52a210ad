"""Pair: the final report of a fictional parliamentary enquiry committee ("Parlementaire enquêtecommissie Toeslagen
en Vertrouwen") on a mass catch-up of definitive allowance assessments ("de Inhaalslag"), answered in a
kabinetsreactie whose answers sit in a wide status table.

Report layout: serif Kamerstuk with title page and imprint, running header, voorwoord and samenvatting (a bullet list
of main findings), chapter 1 with a "1." list of research questions and a bullet list of working methods (neither are
recommendations), chapter 2 "Conclusies" with a "1." list of nine numbered conclusions (not recommendations) and
footnotes, chapters 3-6 with numbered sections ("3.2 ..."), footnotes, two grid tables of figures, a bold "Casus"
lead-in and bullet lists of findings.  Each chapter 3-6 closes with a section "Aanbevelingen" in which every
recommendation is a level-3 heading "Aanbeveling 4.2" followed by a one-item "–" list holding the recommendation text
(the item carries the number "4.2") and a "Toelichting" paragraph.  The section numbers ("3.1 Het stelsel van
voorschotten") and the recommendation numbers ("Aanbeveling 3.1") share the same form.  Every recommendation names its
addressee in its text.  No recommendation is printed twice; a bijlage lists the witnesses in a table.

Response layout: a sans letter without title page (letterhead title, subtitle with addressee, date and reference),
from the minister of Financiën also on behalf of the staatssecretaris Herstel en Toeslagen and the minister of SZW.
Section "1. Inleiding" (thanks, acknowledgement, a bullet list of steps already taken that answer no
recommendation), a short general section "2. Menselijke maat in wet en uitvoering" that answers recommendation 3.1 by
subject only (no number), section "3. Reactie op de aanbevelingen" with a wide grid table "Nr. | Aanbeveling
(samengevat) | Reactie kabinet | Stand van zaken" (one row per recommendation; the Answer annotations are on the
"Reactie kabinet" cell; the status column holds "Loopt", "Afgerond", "In voorbereiding", "n.v.t."), and "4. Tot slot".

  3.1 hardheidsclausule in all allowance and social security laws (KABINET)   agree  - answered by subject in section
      2 ("Het kabinet neemt in ... een algemene hardheidsclausule op"); the table row only says "Zie paragraaf 2."
      and carries no annotation: the prose decides.
  3.2 no offsetting against benefits unless subsistence minimum is kept (SZW) partial - done for the bijstand only;
      for the other benefits the existing beslagvrije voet is kept (some of the groups asked).
  3.3 Kamer holds a separate uitvoeringsdebat (OTHER)                         not_addressed - "Dit is aan uw Kamer."
  4.1 personal contact before a terugvordering above 500 euro (FIN)           agree  - already done since 1 January
      2026 as asked, continued.
  4.2 publish all risk models and selection rules (FIN, minister)              disagree - "Het kabinet kiest ervoor om
      de risicomodellen en selectieregels niet openbaar te maken."; only existing practice is named after it.
  4.3 a fixed contact person at the Belastingdienst for everyone with a toeslagschuld (FIN) partial - the cabinet has
      the "ambitie" but no budget yet; that alone would be no commitment (not_addressed), but the cell also commits
      to a contact person for the debts above 5.000 euro from 1 July 2026 within existing staff: a weaker form of
      what was asked, hence partial; the evidence is that commitment sentence.
  4.4 publish yearly figures on terugvorderingen per toeslag (FIN)             agree  - from the jaarverslag 2025 on.
  5.1 waive all Inhaalslag debts up to 150% social minimum (FIN, stas Herstel) partial - waived up to 120% and up to
      3.000 euro per household.
  5.2 statutory deadline for decisions plus 1.500 euro if exceeded (FIN)     disagree - "neemt de staatssecretaris
      niet over".
  5.3 one national debt settlement for victims (FIN, SZW)                     not_addressed - only "betrekt ... bij de
      brief over de herziening van het stelsel van schuldhulpverlening" (passed on without a position).
  6.1 publish minutes of the ministerraad after five years (KABINET)          disagree - "ziet geen aanleiding".
  6.2 Kamer expands its own research capacity (OTHER)                         not_addressed - "Dit is aan uw Kamer."
  6.3 yearly Staat van de uitvoering written by the agencies themselves (KABINET) agree - existing report continued,
      from 2026 without departmental editing.
  6.4 a new statutory advisory body that tests bills on low-income effects (KABINET, FIN) partial - no new statutory
      body, but a chamber within the existing Adviescollege toetsing regeldruk (goal agreed, other concrete means).

Totals: agree 4, partial 4, disagree 3, not_addressed 3.  All prose is fictional and written for this test set.
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


def bullets(*texts: str, style: str = "•") -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style=style)


def numbered(*texts: str) -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style="1.")


def rec(number: str, text: str, *departments: str) -> tuple:
    """The heading "Aanbeveling 4.2" and the one-item list that holds the recommendation itself."""
    return (
        H3(f"Aanbeveling {number}"),
        ItemList(items=(ListItem(text, recommendation=Recommendation(number, tuple(departments))),), style="–"),
    )


def toelichting(text: str, footnotes: tuple[str, ...] = ()) -> Paragraph:
    return P("Toelichting. " + text, footnotes=footnotes)


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REC = {
    "3.1": "De commissie beveelt het kabinet aan om in alle wetten op het terrein van de toeslagen en de sociale "
           "zekerheid een algemene hardheidsclausule op te nemen, die de uitvoering verplicht om van de wet af te "
           "wijken wanneer toepassing daarvan voor een burger tot onevenredige gevolgen leidt, en om de toepassing "
           "van die clausule jaarlijks aan de Kamer te verantwoorden.",
    "3.2": "De commissie beveelt de minister van Sociale Zaken en Werkgelegenheid aan om wettelijk te regelen dat "
           "een terugvordering van toeslagen niet mag worden verrekend met een bijstandsuitkering of een andere "
           "uitkering, zolang niet is vastgesteld dat het huishouden na de verrekening ten minste het "
           "bestaansminimum overhoudt.",
    "3.3": "De commissie beveelt de Tweede Kamer aan om over ieder wetsvoorstel dat gevolgen heeft voor de "
           "uitvoering door de Belastingdienst of Dienst Toeslagen een afzonderlijk uitvoeringsdebat te voeren "
           "voordat het wetsvoorstel in stemming komt, en daarbij de uitvoeringsorganisatie zelf in een openbare "
           "hoorzitting te horen.",
    "4.1": "De commissie beveelt Dienst Toeslagen aan om bij iedere dreigende terugvordering van meer dan 500 euro "
           "eerst persoonlijk contact op te nemen met de burger, telefonisch of aan de balie, voordat de definitieve "
           "toekenning wordt vastgesteld.",
    "4.2": "De commissie beveelt de minister van Financiën aan om alle risicomodellen en selectieregels die de "
           "Belastingdienst en Dienst Toeslagen gebruiken om dossiers te selecteren voor handmatige behandeling, "
           "openbaar te maken, met inbegrip van de gebruikte indicatoren en het gewicht dat zij in het model "
           "krijgen.",
    "4.3": "De commissie beveelt de Belastingdienst aan om iedere burger die een toeslagschuld afbetaalt of een "
           "betalingsregeling heeft, een vaste contactpersoon te geven die rechtstreeks bereikbaar is en die "
           "bevoegd is om de betalingsregeling aan te passen.",
    "4.4": "De commissie beveelt de minister van Financiën aan om jaarlijks per toeslag openbaar te maken hoeveel "
           "terugvorderingen er zijn vastgesteld, hoe hoog die waren, bij welke inkomensgroepen zij terechtkwamen en "
           "hoeveel ervan na bezwaar zijn verlaagd of vervallen.",
    "5.1": "De commissie beveelt de staatssecretaris van Financiën – Herstel en Toeslagen aan om alle openstaande "
           "terugvorderingen uit de Inhaalslag kwijt te schelden voor huishoudens met een inkomen tot 150 procent "
           "van het sociaal minimum, ongeacht de hoogte van het bedrag.",
    "5.2": "De commissie beveelt de staatssecretaris van Financiën – Herstel en Toeslagen aan om in de wet een "
           "uiterste termijn op te nemen waarbinnen iedere gedupeerde van de Inhaalslag een definitieve beslissing "
           "op zijn verzoek om een tegemoetkoming moet hebben ontvangen, en om bij overschrijding van die termijn "
           "een forfaitaire vergoeding van 1.500 euro toe te kennen.",
    "5.3": "De commissie beveelt de staatssecretaris van Financiën – Herstel en Toeslagen en de minister van "
           "Sociale Zaken en Werkgelegenheid aan om voor gedupeerden met problematische schulden één landelijke "
           "schuldenregeling in te richten, waarin publieke en private schulden in één keer worden opgelost, naar "
           "het voorbeeld van de aanpak voor gedupeerden van de kinderopvangtoeslag.",
    "6.1": "De commissie beveelt het kabinet aan om de notulen van de ministerraad en de onderliggende stukken over "
           "besluiten met grote gevolgen voor burgers na vijf jaar openbaar te maken, in plaats van na twintig jaar.",
    "6.2": "De commissie beveelt de Tweede Kamer aan om haar eigen onderzoekscapaciteit uit te breiden met een vast "
           "team dat signalen van burgers, ombudsmannen en uitvoeringsorganisaties over de uitvoering bundelt, "
           "analyseert en ten minste tweemaal per jaar aan de vaste commissies rapporteert.",
    "6.3": "De commissie beveelt het kabinet aan om de Kamer jaarlijks, bij de verantwoording in mei, een Staat van "
           "de uitvoering te sturen waarin de uitvoeringsorganisaties zelf en zonder redactie door de ministeries "
           "de knelpunten benoemen die zij in wet- en regelgeving ervaren.",
    "6.4": "De commissie beveelt het kabinet en de minister van Financiën aan om een onafhankelijk, wettelijk "
           "verankerd adviescollege in te stellen dat ieder wetsvoorstel op het terrein van toeslagen en "
           "fiscaliteit vooraf toetst op de gevolgen voor huishoudens met een laag inkomen en op hun doenvermogen.",
}

REPORT_BLOCKS = (
    H("Voorwoord"),
    P("Tussen het voorjaar van 2021 en de zomer van 2023 ontvingen ruim 640.000 huishoudens een brief van Dienst "
      "Toeslagen waarin stond dat zij een deel van hun huurtoeslag, zorgtoeslag of kindgebonden budget moesten "
      "terugbetalen. Voor veel van hen ging het om toeslagen uit jaren die zij al lang als afgesloten beschouwden. "
      "De bedragen liepen uiteen van enkele tientjes tot meer dan tienduizend euro. De brieven kwamen in golven, "
      "soms meerdere in één week, en de telefoonlijn die in de brieven werd genoemd, was wekenlang nauwelijks "
      "bereikbaar."),
    P("Dit gebeurde kort nadat het kabinet en de Kamer hadden uitgesproken dat de fouten van de "
      "kinderopvangtoeslagaffaire nooit meer mochten voorkomen. Dat maakt de vraag die deze commissie moest "
      "beantwoorden extra pijnlijk: hoe kon een overheid die net had beloofd de burger weer centraal te stellen, "
      "binnen enkele maanden opnieuw honderdduizenden mensen in de problemen brengen?"),
    P("De commissie heeft in de openbare verhoren gesproken met burgers, uitvoerders, ambtenaren, bewindspersonen "
      "en Kamerleden. Zij dankt iedereen die heeft meegewerkt, en in het bijzonder de burgers die bereid waren om "
      "in het openbaar te vertellen wat de Inhaalslag met hun leven heeft gedaan. Hun verhalen hebben ons "
      "onderzoek richting gegeven."),
    P("De commissie richt zich in dit verslag niet alleen tot het kabinet en de uitvoering. Ook de Kamer zelf heeft "
      "steken laten vallen. Wij hebben daarom ook aanbevelingen aan onze eigen Kamer gedaan."),
    P("H.J. (Hester) Veltman, voorzitter van de parlementaire enquêtecommissie Toeslagen en Vertrouwen"),
    PageBreak(),
    H("Samenvatting"),
    P("Op 1 januari 2021 werd Dienst Toeslagen een afzonderlijk onderdeel van het ministerie van Financiën. De "
      "nieuwe dienst erfde een achterstand van bijna 1,9 miljoen toeslagjaren die nog niet definitief waren "
      "vastgesteld, vooral over 2018 en 2019. De achterstand was ontstaan doordat medewerkers jarenlang waren "
      "ingezet voor het herstel in de kinderopvangtoeslag. In maart 2021 besloot de toenmalige staatssecretaris "
      "om de achterstand binnen twee jaar weg te werken. Deze operatie, intern de Inhaalslag genoemd, leidde tot "
      "ruim 640.000 terugvorderingen met een totaalbedrag van 1,14 miljard euro."),
    P("De commissie onderzocht hoe dat besluit tot stand kwam, hoe het werd uitgevoerd, wat de gevolgen voor burgers "
      "waren en hoe de Kamer werd geïnformeerd. De belangrijkste bevindingen zijn:"),
    bullets(
        "Het besluit tot de Inhaalslag is genomen op grond van een capaciteitsplanning; een analyse van de gevolgen "
        "voor burgers ontbrak.",
        "De definitieve toekenningen zijn voor 83 procent volledig geautomatiseerd vastgesteld. Welke dossiers "
        "handmatig werden bekeken, werd bepaald door een prioriteringsmodel waarvan de werking ook binnen de dienst "
        "slechts bij enkelen bekend was.",
        "Huishoudens met een inkomen tot 130 procent van het sociaal minimum kregen 58 procent van het totale "
        "teruggevorderde bedrag opgelegd, terwijl zij een derde van de toeslagontvangers vormen.",
        "Terugvorderingen werden verrekend met lopende toeslagen en, via gemeenten, met de bijstand, zonder dat "
        "iemand naging wat een huishouden daarna overhield.",
        "De Tegemoetkomingsregeling Inhaalslag, in 2023 ingesteld, had eind 2025 pas 41 procent van de verzoeken "
        "definitief afgehandeld.",
        "De Kamer werd over de omvang van de terugvorderingen pas geïnformeerd toen die in de media kwam, en stelde "
        "zelf weinig vragen over de uitvoerbaarheid van de operatie.",
    ),
    P("De commissie doet veertien aanbevelingen. Zij zijn gericht aan het kabinet, aan de minister van Financiën, "
      "aan de staatssecretaris van Financiën – Herstel en Toeslagen, aan de minister van Sociale Zaken en "
      "Werkgelegenheid, aan de Belastingdienst en Dienst Toeslagen, en in twee gevallen aan de Tweede Kamer zelf. "
      "De aanbevelingen staan aan het eind van de hoofdstukken 3 tot en met 6, steeds met een toelichting. De "
      "commissie verzoekt het kabinet om binnen drie maanden na het verschijnen van dit verslag te reageren."),
    PageBreak(),
    H("1 Inleiding"),
    H2("1.1 Aanleiding"),
    P("In het najaar van 2023 verschenen de eerste berichten over huishoudens die een terugvordering van "
      "duizenden euro's hadden ontvangen over een toeslagjaar van vijf jaar eerder. Ombudsmannen, "
      "schuldhulpverleners en gemeenten meldden dat zij een sterke toename zagen van mensen met een toeslagschuld. "
      "Uit schriftelijke vragen bleek dat het niet om incidenten ging, maar om de gevolgen van een bewust gekozen "
      "aanpak. De Nationale ombudsman publiceerde in april 2024 een rapport met de titel 'Te laat, te veel, te "
      "hard', waarin hij de Inhaalslag onbehoorlijk noemde.", footnotes=(
        "Nationale ombudsman, Te laat, te veel, te hard. Onderzoek naar de definitieve toekenning van toeslagen "
        "over 2018 en 2019, rapport 2024/031.",)),
    P("Op 7 november 2024 nam de Tweede Kamer een motie aan waarin werd verzocht om een parlementaire enquête naar "
      "de Inhaalslag en naar de vraag waarom lessen uit de kinderopvangtoeslagaffaire niet tot een andere aanpak "
      "hadden geleid. De commissie werd op 28 januari 2025 ingesteld.", footnotes=(
        "Motie van het lid Brouwer-Oosting c.s., Kamerstukken II 2024/25, 31 066, nr. 1482.",)),
    H2("1.2 Enquêteopdracht en onderzoeksvragen"),
    P("De enquêteopdracht luidde: 'Onderzoek hoe het besluit tot versneld vaststellen van toeslagen over de jaren "
      "2018 en 2019 tot stand kwam en is uitgevoerd, welke gevolgen dat had voor burgers, en welke rol het kabinet, "
      "de uitvoering en de Kamer daarbij hebben gespeeld.' De commissie heeft die opdracht uitgewerkt in de "
      "volgende onderzoeksvragen:"),
    numbered(
        "Hoe en op grond van welke overwegingen is in 2021 besloten tot de Inhaalslag?",
        "Hoe is de Inhaalslag uitgevoerd, en welke rol speelden automatisering en risicoselectie daarbij?",
        "Wat waren de gevolgen voor burgers, in het bijzonder voor huishoudens met een laag inkomen, en hoe werkten "
        "terugvordering, verrekening en inning op elkaar in?",
        "Hoe is het herstel van de gevolgen ingericht, en in hoeverre helpt het de gedupeerden?",
        "Hoe is de Kamer geïnformeerd, en hoe heeft zij haar controlerende taak ingevuld?",
    ),
    H2("1.3 Werkwijze"),
    P("De commissie heeft haar onderzoek in twee fasen uitgevoerd. In het vooronderzoek, van februari tot en met "
      "juni 2025, zijn documenten verzameld en besloten gesprekken gevoerd. In de openbare fase zijn verhoren "
      "onder ede afgenomen. Concreet bestond het onderzoek uit:"),
    bullets(
        "de analyse van ruim 21.000 documenten van de ministeries van Financiën, Sociale Zaken en Werkgelegenheid "
        "en Algemene Zaken, van Dienst Toeslagen en van de Belastingdienst;",
        "82 besloten voorgesprekken met burgers, medewerkers, deskundigen en betrokkenen bij gemeenten en "
        "schuldhulpverlening;",
        "een analyse van geanonimiseerde gegevens over alle definitieve toekenningen in de Inhaalslag, uitgevoerd "
        "in samenwerking met het CBS;",
        "36 openbare verhoren in september en oktober 2025 (zie bijlage 1).",
    ),
    P("De commissie heeft de feitelijke teksten van dit verslag ter controle voorgelegd aan de betrokken "
      "ministeries en diensten. Zij is als enige verantwoordelijk voor de conclusies en aanbevelingen."),
    H2("1.4 Leeswijzer"),
    P("Hoofdstuk 2 bevat de conclusies van de commissie. De hoofdstukken 3 tot en met 6 beschrijven de "
      "bevindingen over de wetgeving (hoofdstuk 3), de uitvoering (hoofdstuk 4), het herstel en de schulden "
      "(hoofdstuk 5) en de informatievoorziening en de rol van de Kamer (hoofdstuk 6). Elk van die hoofdstukken "
      "sluit af met de aanbevelingen die de commissie op dat terrein doet."),
    H("2 Conclusies"),
    H2("2.1 Hoofdconclusie"),
    P("De Inhaalslag heeft het vertrouwen van honderdduizenden burgers in de overheid opnieuw beschadigd, kort "
      "nadat diezelfde overheid had beloofd dat de burger voortaan voorop zou staan. De operatie was niet "
      "onrechtmatig in de zin dat zij in strijd was met de wet; zij was het gevolg van een wet die geen ruimte liet, "
      "een uitvoering die onder grote druk stond en een politieke keuze om achterstanden snel weg te werken. Dat "
      "maakt de Inhaalslag niet minder ernstig. Integendeel: juist omdat alle betrokkenen volgens de regels "
      "handelden, kon niemand het stoppen.", footnotes=(
        "Zie ook de Raad van State, Ongekend onrecht en daarna, ongevraagd advies over de lessen uit de "
        "kinderopvangtoeslagaffaire, 2022, p. 14-17.",)),
    H2("2.2 Deelconclusies"),
    P("De commissie komt tot de volgende deelconclusies:", bold=True),
    numbered(
        "Het besluit tot de Inhaalslag is genomen als een capaciteitsvraagstuk. De vraag wat een terugvordering "
        "over een jaar van vijf jaar eerder betekent voor een huishouden met een laag inkomen, is niet gesteld.",
        "De Algemene wet inkomensafhankelijke regelingen bood de uitvoering geen ruimte om in schrijnende gevallen "
        "af te wijken. De wetgever had dat kunnen weten, omdat de kinderopvangtoeslagaffaire hetzelfde had laten "
        "zien.",
        "De verrekening van terugvorderingen met lopende toeslagen en de bijstand heeft de schulden van veel "
        "huishoudens vergroot in plaats van verkleind.",
        "Dienst Toeslagen was niet voorbereid op de stroom van vragen en bezwaren. Burgers konden de dienst "
        "wekenlang niet bereiken.",
        "Het prioriteringsmodel bepaalde in feite welke burgers een mens te spreken kregen en welke niet. De werking "
        "ervan was niet gedocumenteerd en niet getoetst.",
        "Het herstel is traag, ingewikkeld en voor gedupeerden nauwelijks te volgen.",
        "Gemeenten en schuldhulpverleners zijn laat betrokken en droegen een groot deel van de gevolgen.",
        "De Kamer is onvolledig en te laat geïnformeerd. De informatie over de omvang van de terugvorderingen was "
        "vanaf het najaar van 2021 op het ministerie bekend.",
        "De Kamer heeft haar controlerende taak onvoldoende ingevuld. Zij nam de planning van de Inhaalslag voor "
        "kennisgeving aan en vroeg niet naar de gevolgen voor burgers.",
    ),
    H2("2.3 Verantwoordelijkheid"),
    P("De commissie stelt vast dat de verantwoordelijkheid voor de Inhaalslag bij meerdere bewindspersonen lag. De "
      "staatssecretaris van Financiën die het besluit in maart 2021 nam, deed dat op advies van de leiding van "
      "Dienst Toeslagen en na overleg met de minister van Financiën. In de ministerraad is het besluit niet "
      "afzonderlijk besproken; het maakte deel uit van een voortgangsbrief over de nieuwe dienst.", footnotes=(
        "Openbaar verhoor van mevrouw drs. C.A. van Beusekom, voormalig staatssecretaris van Financiën, "
        "30 september 2025.",
        "Nota van de directeur-generaal Toeslagen aan de staatssecretaris, 4 maart 2021, kenmerk 2021-0000042187.",
    )),
    P("De minister van Sociale Zaken en Werkgelegenheid was verantwoordelijk voor de regels over de verrekening met "
      "de bijstand, maar werd pas in het voorjaar van 2023 betrokken. Tussen de twee ministeries bestond geen "
      "overleg over de samenloop van terugvorderingen en uitkeringen, terwijl signalen daarover al in 2022 via de "
      "VNG binnenkwamen.", footnotes=(
        "Brief van de VNG aan de ministers van Financiën en van SZW, 19 juli 2022, 'Samenloop terugvorderingen "
        "toeslagen en bijstand'.",)),
    H("3 Wetgeving zonder ruimte"),
    H2("3.1 Het stelsel van voorschotten"),
    P("Toeslagen worden in Nederland als voorschot uitbetaald. De burger geeft vooraf een schatting van zijn "
      "inkomen en zijn omstandigheden op, en ontvangt op basis daarvan maandelijks een bedrag. Pas als het inkomen "
      "over het jaar vaststaat, meestal na de aanslag inkomstenbelasting, stelt Dienst Toeslagen de toeslag "
      "definitief vast. Valt het werkelijke inkomen hoger uit, dan moet de burger het teveel ontvangen bedrag "
      "terugbetalen. Dat systeem werkt redelijk zolang de definitieve vaststelling kort na afloop van het jaar "
      "volgt. Het werkt slecht als zij jaren later komt."),
    P("De Algemene wet inkomensafhankelijke regelingen (Awir) schrijft voor dat de toeslag uiterlijk vijf jaar na "
      "afloop van het berekeningsjaar definitief wordt vastgesteld. Binnen die termijn heeft de dienst geen "
      "ruimte om van een terugvordering af te zien. Een algemene hardheidsclausule ontbreekt. De wet kent alleen "
      "een beperkte mogelijkheid om bij bijzondere omstandigheden een betalingsregeling te treffen of, onder "
      "strikte voorwaarden, kwijt te schelden.", footnotes=(
        "Artikel 21 Awir. De in 2023 ingevoerde bevoegdheid om in 'evident onbillijke' gevallen af te wijken is "
        "beperkt tot de hoogte van de toeslag en geldt niet voor de termijn van vaststelling.",)),
    H2("3.2 De keuze voor de Inhaalslag"),
    P("Eind 2020 waren bijna 1,9 miljoen toeslagjaren nog niet definitief vastgesteld. De planning van de nieuwe "
      "dienst ging uit van het wegwerken van die voorraad in vier jaar. In een nota van maart 2021 stelde de "
      "directie voor dat te versnellen tot twee jaar, omdat de termijn van vijf jaar voor het jaar 2018 eind 2023 "
      "zou verlopen en de dienst anders 'aanzienlijke bedragen' zou mislopen. De staatssecretaris stemde daarmee "
      "in. In de nota werd de mogelijkheid genoemd om de oudste jaren niet meer terug te vorderen; die variant werd "
      "zonder verdere uitwerking afgewezen omdat zij 'niet in lijn met de wet' zou zijn.", footnotes=(
        "Verhoor van de heer mr. R.J. Meulenbelt, voormalig directeur-generaal Toeslagen, 16 september 2025.",)),
    P("Tabel 1. Definitieve toekenningen in de Inhaalslag naar toeslag, 2021-2023", bold=True),
    Table(
        header=("Toeslag", "Toeslagjaren vastgesteld", "Met terugvordering", "Bedrag",
                "Gemiddeld bedrag"),
        rows=(
            ("Huurtoeslag", "812.000", "291.000", "€ 524 mln", "€ 1.801"),
            ("Zorgtoeslag", "704.000", "263.000", "€ 301 mln", "€ 1.144"),
            ("Kindgebonden budget", "351.000", "88.000", "€ 315 mln", "€ 3.580"),
            ("Totaal", "1.867.000", "642.000", "€ 1.140 mln", "€ 1.776"),
        ),
        widths=(2.0, 1.7, 1.9, 1.7, 1.7),
    ),
    P("De terugvorderingen troffen vooral huishoudens met een wisselend inkomen: zzp'ers, flexwerkers, mensen die "
      "in het betreffende jaar een baan kregen of verloren, en huishoudens waarvan de samenstelling was veranderd. "
      "Voor hen was een juiste schatting van het inkomen vooraf het moeilijkst. Volgens het CBS-onderzoek voor de "
      "commissie had 44 procent van de huishoudens met een terugvordering in het jaar van de terugvordering een "
      "inkomen onder 130 procent van het sociaal minimum."),
    H2("3.3 Verrekening en stapeling"),
    P("Een terugvordering wordt eerst verrekend met de lopende toeslagen van de burger. Daarnaast konden gemeenten "
      "op grond van de Participatiewet toeslagschulden betrekken bij de vaststelling van de bijstand, en werden "
      "toeslagschulden door de Belastingdienst ingevorderd met loonbeslag of beslag op een uitkering. Die "
      "instrumenten werkten los van elkaar. Niemand was verantwoordelijk voor de vraag wat een huishouden na al "
      "die verrekeningen overhield."),
    P("Casus: drie brieven in één week", bold=True),
    P("Mevrouw A. (44), alleenstaande moeder van twee kinderen, ontving in mei 2022 drie beschikkingen over 2018: "
      "een terugvordering van de huurtoeslag van 2.310 euro, van het kindgebonden budget van 3.960 euro en van de "
      "zorgtoeslag van 640 euro. Zij had in 2018 een half jaar gewerkt en daarna weer bijstand ontvangen. De "
      "terugvorderingen werden direct verrekend met haar lopende toeslagen, waardoor haar inkomen per maand met "
      "ruim 400 euro daalde. Haar gemeente wees een verzoek om bijzondere bijstand af omdat het om een schuld bij "
      "de overheid ging. Mevrouw A. liep een huurachterstand op en kwam in de schuldhulpverlening terecht. In haar "
      "verhoor zei zij: 'Ik heb toen alles goed ingevuld. Vijf jaar later kreeg ik de rekening voor een baan die "
      "ik allang niet meer had.'", footnotes=("Openbaar verhoor van mevrouw A., 9 september 2025.",)),
    H2("3.4 De Kamer als wetgever"),
    P("De Kamer heeft de Awir in de afgelopen tien jaar elf keer gewijzigd. Bij geen van die wijzigingen is "
      "gesproken over een algemene hardheidsclausule, ook niet nadat de Raad van State in 2022 had geadviseerd die "
      "in alle wetten met inkomensafhankelijke regelingen op te nemen. Uitvoeringstoetsen van Dienst Toeslagen "
      "werden bij de behandeling van wetsvoorstellen nauwelijks besproken. Meerdere oud-Kamerleden verklaarden in de "
      "verhoren dat zij die toetsen zelden lazen, en dat de uitvoerbaarheid in de plenaire behandeling 'een "
      "bijzaak' was."),
    H2("3.5 Aanbevelingen"),
    P("Op grond van de bevindingen in dit hoofdstuk doet de commissie de volgende aanbevelingen."),
    *rec("3.1", REC["3.1"], "KABINET"),
    toelichting("De Inhaalslag laat zien dat een uitvoeringsorganisatie die geen ruimte heeft om af te wijken, de wet "
                "zal toepassen, ook als de gevolgen voor een burger buiten elke verhouding zijn. Een hardheidsclausule "
                "is geen vrijbrief: de commissie vraagt uitdrukkelijk om verantwoording over de toepassing, zodat "
                "de Kamer kan zien wanneer de wet zelf moet worden aangepast."),
    *rec("3.2", REC["3.2"], "SZW"),
    toelichting("Verrekening is efficiënt voor de overheid, maar kan een huishouden onder het bestaansminimum "
                "brengen. De beslagvrije voet beschermt tegen beslag, maar niet in alle gevallen tegen verrekening. "
                "De commissie wil dat die bescherming voor alle uitkeringen gelijk is."),
    *rec("3.3", REC["3.3"], "OTHER"),
    toelichting("De commissie is zich ervan bewust dat zij hier haar eigen Kamer aanspreekt. Zij meent dat de "
                "Kamer de uitvoerbaarheid niet langer als een technisch onderwerp mag behandelen dat aan het "
                "kabinet kan worden overgelaten."),
    H("4 De uitvoering"),
    H2("4.1 Automatisering en het prioriteringsmodel"),
    P("Om de achterstand in twee jaar weg te werken, stelde Dienst Toeslagen de meeste toeslagjaren automatisch "
      "vast. Alleen dossiers die het prioriteringsmodel als 'complex' of 'risicovol' aanmerkte, werden door een "
      "medewerker bekeken. Het model woog onder meer de hoogte van de verwachte terugvordering, het aantal "
      "wijzigingen in het toeslagjaar en eerdere bezwaren. De commissie stelt vast dat het model nooit is "
      "getoetst op ongewenste effecten en dat de documentatie ervan onvolledig was. Een interne audit uit 2022 "
      "constateerde dat 'niet meer te reconstrueren is waarom bepaalde indicatoren zijn gekozen'.", footnotes=(
        "Auditdienst Rijk, Onderzoek prioriteringsmodel definitieve toekenning, september 2022 (niet openbaar; "
        "door de commissie gevorderd).",)),
    P("Het gevolg was dat juist burgers met een eenvoudig maar groot probleem, zoals één inkomenswijziging die tot "
      "een hoge terugvordering leidde, geen menselijke blik kregen. Burgers met veel wijzigingen werden wel "
      "handmatig bekeken, maar vaker ook strenger beoordeeld."),
    H2("4.2 Bereikbaarheid"),
    P("De BelastingTelefoon en de telefoonlijn van Dienst Toeslagen konden de stroom van vragen niet aan. Uit de "
      "gegevens die de commissie ontving, blijkt onder meer:"),
    bullets(
        "In de weken na een grote verzending werd minder dan de helft van de oproepen beantwoord.",
        "De gemiddelde wachttijd liep in juni 2022 op tot 38 minuten.",
        "Het aantal bezwaarschriften verdrievoudigde, en de afhandeling duurde gemiddeld vijf maanden.",
        "Balies waren alleen op afspraak beschikbaar, en de eerste beschikbare afspraak lag vaak weken later.",
    ),
    P("Medewerkers van de telefoonlijn konden weinig anders doen dan uitleggen hoe de terugvordering tot stand "
      "was gekomen. Een betalingsregeling aanpassen of een dossier terugleggen voor handmatige beoordeling konden "
      "zij niet. Burgers moesten daarvoor opnieuw bellen, en kregen dan vaak een andere medewerker."),
    H2("4.3 Inning"),
    P("De inning van toeslagschulden ligt bij de Belastingdienst. Burgers met een toeslagschuld kregen een "
      "standaardbetalingsregeling van 24 maanden aangeboden. Wie dat bedrag niet kon opbrengen, moest een "
      "verzoek om een persoonlijke betalingsregeling indienen, met bewijsstukken over inkomen en uitgaven. In 2022 "
      "werden ruim 70.000 van die verzoeken ingediend, waarvan een derde werd afgewezen wegens ontbrekende "
      "stukken. In de verhoren werd beschreven hoe burgers bij iedere wijziging van hun inkomen opnieuw moesten "
      "beginnen, bij een andere medewerker en met een nieuw dossier."),
    P("De commissie constateert dat de Belastingdienst gegevens over terugvorderingen, verrekening en inning "
      "wel intern bijhield, maar niet openbaar maakte. Het jaarverslag van Dienst Toeslagen noemde het totale "
      "teruggevorderde bedrag, maar niet de verdeling over inkomensgroepen en niet de uitkomsten van bezwaar."),
    H2("4.4 Aanbevelingen"),
    *rec("4.1", REC["4.1"], "FIN"),
    toelichting("Een telefoongesprek vooraf kan fouten voorkomen, uitleg geven en een betalingsregeling "
                "voorbereiden voordat de brief op de mat valt. Uit de pilot 'Bellen voor bescheid' van Dienst "
                "Toeslagen in 2024 blijkt dat een kwart van de dreigende terugvorderingen na een gesprek lager "
                "uitviel.", footnotes=("Dienst Toeslagen, Evaluatie pilot Bellen voor bescheid, maart 2025.",)),
    *rec("4.2", REC["4.2"], "FIN"),
    toelichting("Zolang niet bekend is hoe een model burgers selecteert, kan niemand van buiten beoordelen of het "
                "eerlijk is. De commissie erkent dat openbaarmaking misbruik kan uitlokken, maar acht dat risico "
                "kleiner dan het risico van een model dat niemand controleert."),
    *rec("4.3", REC["4.3"], "FIN"),
    toelichting("Burgers met een toeslagschuld moeten nu bij iedere wijziging opnieuw hun verhaal doen. Een vaste "
                "contactpersoon kost capaciteit, maar voorkomt herhaalde verzoeken, bezwaren en escalatie naar "
                "beslag."),
    *rec("4.4", REC["4.4"], "FIN"),
    toelichting("Openbare cijfers maken het mogelijk om tijdig te zien wanneer terugvorderingen zich bij een groep "
                "opstapelen. De commissie wijst erop dat de cijfers over de Inhaalslag pas door haar eigen "
                "onderzoek beschikbaar kwamen."),
    H("5 Herstel en schulden"),
    H2("5.1 De Tegemoetkomingsregeling Inhaalslag"),
    P("In juni 2023 stelde de staatssecretaris van Financiën – Herstel en Toeslagen de Tegemoetkomingsregeling "
      "Inhaalslag in. Burgers die door een terugvordering over 2018 of 2019 in financiële problemen waren gekomen, "
      "konden een verzoek indienen om een tegemoetkoming. De regeling kent drie onderdelen: een kwijtschelding "
      "van de resterende toeslagschuld tot 1.000 euro, een vergoeding van aantoonbare gevolgschade en een "
      "bijdrage in de kosten van schuldhulpverlening."),
    P("De regeling is ingewikkeld. Burgers moeten aantonen dat hun problemen door de terugvordering zijn "
      "veroorzaakt, en niet door iets anders. Voor mensen die al schulden hadden, is dat vrijwel onmogelijk. De "
      "uitvoering is belegd bij een afzonderlijk team van Dienst Toeslagen, dat met dezelfde personeelstekorten "
      "kampt als de rest van de dienst."),
    H2("5.2 Doorlooptijden"),
    P("Tabel 2. Verzoeken om een tegemoetkoming, stand 31 december 2025", bold=True),
    Table(
        header=("Status", "Aantal verzoeken", "Aandeel"),
        rows=(
            ("Ontvangen", "118.400", "100%"),
            ("Definitief afgehandeld", "48.500", "41%"),
            ("waarvan (deels) toegekend", "31.200", "26%"),
            ("In behandeling, langer dan een jaar", "42.900", "36%"),
            ("In behandeling, korter dan een jaar", "27.000", "23%"),
        ),
        widths=(3.2, 1.6, 1.2),
    ),
    P("De staatssecretaris heeft de Kamer meermaals een versnelling toegezegd. De doelstelling om alle verzoeken "
      "eind 2025 af te handelen, is ruim gemist. Een termijn waarbinnen een gedupeerde een beslissing moet hebben, "
      "bestaat niet; de Algemene wet bestuursrecht geldt niet, omdat de regeling als een 'gunstbetoon' is "
      "vormgegeven waartegen geen bezwaar openstaat.", footnotes=(
        "Beleidsregel Tegemoetkoming Inhaalslag, Stcrt. 2023, 17122, artikel 9.",)),
    H2("5.3 Schulden"),
    P("Een groot deel van de gedupeerden heeft naast de toeslagschuld andere schulden: bij de zorgverzekeraar, "
      "de woningcorporatie, energieleveranciers en incassobureaus. Uit het CBS-onderzoek blijkt dat een op de vijf "
      "huishoudens met een terugvordering van meer dan 2.000 euro binnen twee jaar in de schuldhulpverlening "
      "terechtkwam. Schuldhulpverleners vertelden de commissie dat een regeling voor alleen de toeslagschuld "
      "weinig helpt zolang de andere schuldeisers doorgaan met incasseren. Bij het herstel in de "
      "kinderopvangtoeslag werden de private schulden van gedupeerden wél overgenomen. Voor de Inhaalslag is dat "
      "nooit overwogen."),
    H2("5.4 Aanbevelingen"),
    *rec("5.1", REC["5.1"], "FIN"),
    toelichting("De commissie acht het niet redelijk dat huishoudens met een laag inkomen een schuld afbetalen die "
                "vooral door de vertraging van de overheid zo hoog is geworden. De grens van 150 procent sluit aan "
                "bij de grens die veel gemeenten hanteren voor bijzondere bijstand."),
    *rec("5.2", REC["5.2"], "FIN"),
    toelichting("Zonder termijn heeft de gedupeerde geen enkele zekerheid. Een forfaitaire vergoeding bij "
                "overschrijding geeft de uitvoering een prikkel en de burger een erkenning."),
    *rec("5.3", REC["5.3"], "FIN", "SZW"),
    toelichting("De commissie realiseert zich dat een regeling voor private schulden kostbaar is. Zij wijst erop "
                "dat de maatschappelijke kosten van langdurige schulden, in zorg, huisvesting en uitkeringen, "
                "aanzienlijk hoger zijn."),
    H("6 Informatievoorziening en de rol van de Kamer"),
    H2("6.1 Informatie aan de Kamer"),
    P("De Kamer werd over de Inhaalslag geïnformeerd in de halfjaarlijkse voortgangsrapportages over Dienst "
      "Toeslagen. De commissie heeft die rapportages naast de interne stukken gelegd. Zij stelt de volgende "
      "tijdlijn vast:"),
    bullets(
        "april 2021: de Kamer wordt gemeld dat de voorraad 'versneld wordt weggewerkt'; over terugvorderingen wordt "
        "niets gezegd;",
        "november 2021: intern wordt het verwachte aantal terugvorderingen geraamd op 600.000 tot 700.000;",
        "december 2021: de voortgangsrapportage noemt de voortgang in procenten, zonder aantallen terugvorderingen;",
        "juli 2022: de VNG waarschuwt beide ministeries voor de samenloop met de bijstand;",
        "oktober 2023: na berichten in de media stuurt de staatssecretaris een brief met de aantallen.",
    ),
    P("De commissie concludeert dat de Kamer de informatie die nodig was om de gevolgen te overzien, bijna twee "
      "jaar later kreeg dan het ministerie. Ambtenaren verklaarden dat de aantallen 'niet waren gevraagd'. Dat is "
      "geen excuus. Artikel 68 van de Grondwet verplicht bewindspersonen de Kamer te informeren over wat zij "
      "nodig heeft om haar taak uit te oefenen, ook als zij er niet om vraagt.", footnotes=(
        "Zie over de reikwijdte van artikel 68 Grondwet ook Kamerstukken II 2021/22, 28 362, nr. 30.",)),
    H2("6.2 Besluitvorming in de ministerraad"),
    P("In de ministerraad is de Inhaalslag één keer genoemd, als onderdeel van een bespreking over de voortgang "
      "van het herstel in de kinderopvangtoeslag. Uit de notulen, die de commissie heeft ingezien, blijkt dat "
      "één minister vroeg naar de gevolgen voor mensen met een laag inkomen. Die vraag werd niet beantwoord en "
      "kwam niet terug. De commissie heeft de notulen alleen kunnen inzien omdat zij als enquêtecommissie "
      "bijzondere bevoegdheden heeft; voor anderen blijven zij twintig jaar geheim."),
    H2("6.3 De Kamer zelf"),
    P("De Kamer kreeg in de periode 2021-2023 signalen van burgers, ombudsmannen en gemeenten over "
      "terugvorderingen. Die signalen kwamen binnen bij afzonderlijke Kamerleden en commissies en werden niet "
      "gebundeld. De vaste commissie voor Financiën heeft in die periode geen rondetafelgesprek of hoorzitting "
      "over de uitvoering van de toeslagen georganiseerd. Kamerleden verklaarden dat zij de capaciteit misten om "
      "signalen te analyseren en dat de ondersteuning van de Kamer vooral op wetgeving en begroting is gericht."),
    H2("6.4 Aanbevelingen"),
    *rec("6.1", REC["6.1"], "KABINET"),
    toelichting("De commissie erkent het belang van vertrouwelijk beraad in de ministerraad. Na vijf jaar weegt het "
                "belang van openbaarheid over besluiten met grote gevolgen voor burgers naar haar oordeel zwaarder."),
    *rec("6.2", REC["6.2"], "OTHER"),
    toelichting("Signalen uit de uitvoering bereiken de Kamer nu verspreid en toevallig. Een vast team maakt het "
                "mogelijk patronen te zien voordat zij in de media komen."),
    *rec("6.3", REC["6.3"], "KABINET"),
    toelichting("De Staat van de uitvoering bestaat sinds 2022, maar de teksten van de uitvoeringsorganisaties "
                "worden voor verzending met de departementen afgestemd. De commissie wil dat de Kamer de stem van de "
                "uitvoering ongefilterd hoort."),
    *rec("6.4", REC["6.4"], "KABINET", "FIN"),
    toelichting("Bestaande toetsen kijken vooral naar regeldruk en uitvoerbaarheid. Een toets die uitgaat van wat "
                "een huishouden met een laag inkomen kan opbrengen en begrijpen, ontbreekt."),
    PageBreak(),
    H("Bijlage 1 Openbare verhoren"),
    P("De commissie hoorde in de openbare fase onder meer de volgende personen (in volgorde van verhoor)."),
    Table(
        header=("Datum", "Naam", "Functie ten tijde van de Inhaalslag"),
        rows=(
            ("9 september 2025", "mevrouw A.", "burger, gedupeerde"),
            ("9 september 2025", "de heer K. van Dam", "schuldhulpverlener, gemeente Lelystad"),
            ("11 september 2025", "mevrouw mr. I. Hoekstra", "medewerker bezwaar, Dienst Toeslagen"),
            ("16 september 2025", "de heer mr. R.J. Meulenbelt", "directeur-generaal Toeslagen"),
            ("18 september 2025", "mevrouw dr. S. Baykal", "data-analist, Dienst Toeslagen"),
            ("23 september 2025", "de heer drs. P. Wijnands", "directeur Inning, Belastingdienst"),
            ("25 september 2025", "mevrouw E. Roelofs", "beleidsadviseur sociaal domein, VNG"),
            ("30 september 2025", "mevrouw drs. C.A. van Beusekom", "staatssecretaris van Financiën"),
            ("2 oktober 2025", "de heer M. Terpstra", "lid Tweede Kamer, vaste commissie voor Financiën"),
            ("7 oktober 2025", "de heer drs. L.F. Oudkerk", "minister van Sociale Zaken en Werkgelegenheid"),
            ("9 oktober 2025", "mevrouw mr. J. Smit-Kortenhorst", "minister van Financiën"),
        ),
        widths=(1.9, 2.6, 3.2),
    ),
)

REPORT = Document(
    title="Vertrouwen op afbetaling",
    subtitle="Eindverslag van de parlementaire enquêtecommissie Toeslagen en Vertrouwen",
    blocks=REPORT_BLOCKS,
    running_header="Parlementaire enquêtecommissie Toeslagen en Vertrouwen  |  Eindverslag",
    footer="{page}",
    font_family="serif",
    font_size=10.5,
    imprint=("Tweede Kamer der Staten-Generaal", "Vergaderjaar 2025–2026, 36 812, nr. 3",
             "Den Haag, 12 februari 2026"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV31 = ("In het wetsvoorstel Wet versterking menselijke maat, dat het kabinet in het najaar van 2026 bij uw Kamer "
        "indient, wordt in de Awir en in de socialezekerheidswetten een algemene hardheidsclausule opgenomen die de "
        "uitvoering verplicht om af te wijken wanneer toepassing van de wet tot onevenredige gevolgen leidt.")
EV32 = ("De minister van SZW regelt in de Participatiewet dat gemeenten toeslagschulden alleen nog met de bijstand "
        "verrekenen als vaststaat dat het huishouden daarna het bestaansminimum overhoudt; voor de uitkeringen van "
        "UWV en SVB blijft de bestaande bescherming van de beslagvrije voet gelden.")
EV41 = ("Sinds 1 januari 2026 belt Dienst Toeslagen iedere burger bij wie een terugvordering van meer dan 500 euro "
        "dreigt, voordat de definitieve toekenning wordt verstuurd.")
EV42 = "Het kabinet kiest ervoor om de risicomodellen en selectieregels niet openbaar te maken."
EV43 = ("Vanaf 1 juli 2026 krijgen burgers met een toeslagschuld van meer dan 5.000 euro wel een vaste "
        "contactpersoon, binnen de bestaande formatie van de Belastingdienst.")
EV44 = ("Vanaf het jaarverslag over 2025, dat eind mei verschijnt, publiceert Dienst Toeslagen deze cijfers per "
        "toeslag en per inkomensgroep.")
EV51 = ("De staatssecretaris scheldt de openstaande terugvorderingen uit de Inhaalslag kwijt voor huishoudens met "
        "een inkomen tot 120 procent van het sociaal minimum, tot een bedrag van 3.000 euro per huishouden.")
EV52 = "Een wettelijke uiterste termijn met een forfaitaire vergoeding neemt de staatssecretaris niet over."
EV61 = ("Het kabinet ziet geen aanleiding om de termijn voor openbaarmaking van de notulen van de ministerraad te "
        "verkorten.")
EV63 = ("Vanaf de editie van 2026 schrijven de uitvoeringsorganisaties hun eigen hoofdstukken, zonder redactie door "
        "de ministeries.")
EV64 = ("Het kabinet richt per 1 januari 2027 binnen het Adviescollege toetsing regeldruk een afzonderlijke kamer "
        "in die wetsvoorstellen op dit terrein vooraf toetst op de gevolgen voor huishoudens met een laag inkomen "
        "en op doenvermogen; een nieuw, wettelijk verankerd college acht het kabinet niet nodig.")


def reaction(text: str, *answers: Answer) -> Cell:
    return Cell(text, answers=answers)


TABLE_ROWS = (
    ("3.1", "Algemene hardheidsclausule in alle wetten over toeslagen en sociale zekerheid; jaarlijkse "
            "verantwoording over de toepassing.",
     Cell("Zie paragraaf 2."), "In voorbereiding"),
    ("3.2", "Geen verrekening van toeslagschulden met bijstand of andere uitkeringen zonder toets op het "
            "bestaansminimum (SZW).",
     reaction(EV32 + " Het wetsvoorstel gaat in de zomer van 2026 in internetconsultatie.",
              Answer("3.2", "partial", EV32)),
     "In voorbereiding"),
    ("3.3", "Afzonderlijk uitvoeringsdebat in de Kamer over wetsvoorstellen met gevolgen voor de uitvoering.",
     Cell("Dit is aan uw Kamer."), "n.v.t."),
    ("4.1", "Persoonlijk contact vóór iedere terugvordering boven 500 euro.",
     reaction(EV41 + " Lukt dat niet, dan ontvangt de burger een brief met een rechtstreeks telefoonnummer van "
                     "een medewerker. Deze werkwijze blijft ook na 2026 van kracht.",
              Answer("4.1", "agree", EV41)),
     "Afgerond"),
    ("4.2", "Openbaarmaking van alle risicomodellen en selectieregels, met indicatoren en gewichten.",
     reaction(EV42 + " Als bekend is welke indicatoren welk gewicht hebben, kunnen aanvragers hun gegevens daarop "
                     "afstemmen en verliest het toezicht zijn werking. De modellen worden, zoals nu al het geval "
                     "is, jaarlijks door de Auditdienst Rijk getoetst.",
              Answer("4.2", "disagree", EV42)),
     "n.v.t."),
    ("4.3", "Vaste contactpersoon bij de Belastingdienst voor iedere burger met een toeslagschuld of "
            "betalingsregeling.",
     reaction("Het kabinet heeft de ambitie om iedere burger met een toeslagschuld een vaste contactpersoon te "
              "bieden, maar voor de ruim 900 extra medewerkers die daarvoor nodig zijn, is nog geen budget "
              "gevonden. " + EV43,
              Answer("4.3", "partial", EV43)),
     "In voorbereiding"),
    ("4.4", "Jaarlijkse cijfers per toeslag over terugvorderingen, inkomensgroepen en uitkomsten van bezwaar.",
     reaction(EV44 + " De eerste publicatie bevat ook de cijfers over 2023 en 2024.",
              Answer("4.4", "agree", EV44)),
     "Loopt"),
    ("5.1", "Kwijtschelding van alle terugvorderingen uit de Inhaalslag tot 150% van het sociaal minimum.",
     reaction(EV51 + " Een volledige kwijtschelding tot 150 procent zou naar schatting 410 miljoen euro kosten; "
                     "daarvoor is binnen de begroting geen dekking. Huishoudens met een hogere schuld kunnen een "
                     "beroep doen op de Tegemoetkomingsregeling.",
              Answer("5.1", "partial", EV51)),
     "Loopt"),
    ("5.2", "Wettelijke uiterste termijn voor beslissingen op verzoeken om een tegemoetkoming, met 1.500 euro bij "
            "overschrijding.",
     reaction(EV52 + " De ervaring in het herstel van de kinderopvangtoeslag leert dat vaste termijnen leiden tot "
                     "snelle maar onzorgvuldige beslissingen en tot meer bezwaren.",
              Answer("5.2", "disagree", EV52)),
     "n.v.t."),
    ("5.3", "Eén landelijke schuldenregeling voor gedupeerden, voor publieke en private schulden (FIN en SZW).",
     Cell("Het kabinet betrekt deze aanbeveling bij de brief over de herziening van het stelsel van "
          "schuldhulpverlening, die de minister van SZW voor de zomer van 2026 aan uw Kamer stuurt."),
     "In voorbereiding"),
    ("6.1", "Openbaarmaking van notulen en stukken van de ministerraad na vijf jaar.",
     reaction(EV61 + " Vertrouwelijk beraad is een voorwaarde voor de eenheid van kabinetsbeleid, en uw Kamer wordt "
                     "over de besluiten zelf volledig geïnformeerd.",
              Answer("6.1", "disagree", EV61)),
     "n.v.t."),
    ("6.2", "Vast onderzoeksteam van de Kamer voor signalen uit de uitvoering.",
     Cell("Dit is aan uw Kamer."), "n.v.t."),
    ("6.3", "Jaarlijkse Staat van de uitvoering, geschreven door de uitvoeringsorganisaties zelf.",
     reaction("De Staat van de uitvoering verschijnt sinds 2022 en wordt voortgezet. " + EV63,
              Answer("6.3", "agree", EV63)),
     "Loopt"),
    ("6.4", "Onafhankelijk, wettelijk verankerd adviescollege dat wetsvoorstellen toetst op gevolgen voor lage "
            "inkomens.",
     reaction(EV64, Answer("6.4", "partial", EV64)),
     "In voorbereiding"),
)

RESPONSE_BLOCKS = (
    P("Geachte voorzitter,"),
    P("Op 12 februari 2026 heeft de parlementaire enquêtecommissie Toeslagen en Vertrouwen haar eindverslag "
      "'Vertrouwen op afbetaling' aan uw Kamer aangeboden. Met deze brief bied ik u, mede namens de "
      "staatssecretaris van Financiën – Herstel en Toeslagen en de minister van Sociale Zaken en Werkgelegenheid, "
      "de reactie van het kabinet aan."),
    H2("1. Inleiding"),
    P("Het kabinet dankt de commissie voor haar grondige en indringende onderzoek. De openbare verhoren hebben "
      "pijnlijk duidelijk gemaakt wat de Inhaalslag heeft betekend voor honderdduizenden huishoudens. Mensen die "
      "te goeder trouw een toeslag hadden aangevraagd, kregen jaren later een rekening die zij niet konden "
      "betalen, en vonden bij de overheid geen gehoor. Het kabinet biedt hun daarvoor opnieuw excuses aan."),
    P("Het kabinet onderschrijft de conclusies van de commissie. Het was een fout om een achterstand van deze "
      "omvang weg te werken zonder te vragen wat dat voor burgers zou betekenen, en het was een fout om uw Kamer "
      "daarover pas zo laat te informeren. Dat dit gebeurde kort na de kinderopvangtoeslagaffaire, maakt het des "
      "te ernstiger."),
    P("Sinds het verschijnen van het eindverslag heeft het kabinet de volgende stappen gezet:"),
    bullets(
        "op 3 maart 2026 heeft de minister-president namens het kabinet in uw Kamer excuses aangeboden aan de "
        "gedupeerden;",
        "Dienst Toeslagen heeft alle lopende verrekeningen uit de Inhaalslag met ingang van 1 april 2026 "
        "opgeschort, in afwachting van de maatregelen in deze brief;",
        "in Zwolle, Rotterdam en Heerlen is een regionaal hersteloket geopend waar gedupeerden zonder afspraak "
        "terechtkunnen;",
        "de ministeries van Financiën en SZW hebben een gezamenlijke programmadirectie ingesteld die de opvolging "
        "van de aanbevelingen coördineert.",
    ),
    P("In paragraaf 2 gaat het kabinet in op wat het als de kern van het verslag ziet: de vraag hoe wetgeving en "
      "uitvoering ruimte kunnen bieden voor de menselijke maat. In paragraaf 3 reageert het kabinet per "
      "aanbeveling, met de stand van zaken. Paragraaf 4 beschrijft hoe het kabinet uw Kamer over de voortgang "
      "informeert."),
    H2("2. Menselijke maat in wet en uitvoering"),
    P("De commissie laat zien dat de Inhaalslag niet het werk was van medewerkers die fouten maakten, maar van een "
      "systeem dat geen fouten toeliet en daardoor ook geen uitzonderingen. De Awir schrijft voor dat een toeslag "
      "definitief wordt vastgesteld en dat een te hoog voorschot wordt teruggevorderd. Dienst Toeslagen kon daar "
      "niet van afwijken, ook niet als duidelijk was dat een huishouden de terugvordering nooit zou kunnen "
      "dragen."),
    P("Het kabinet trekt daaruit de conclusie dat de wet zelf ruimte moet bieden. " + EV31 + " De uitvoerings"
      "organisaties leggen in hun jaarverslag verantwoording af over het aantal gevallen waarin zij de clausule "
      "hebben toegepast en de situaties waarin dat gebeurde, zodat uw Kamer kan beoordelen of de wet op onderdelen "
      "moet worden aangepast.",
      answers=(Answer("3.1", "agree", EV31),)),
    P("Een hardheidsclausule alleen is niet genoeg. Zij werkt pas als medewerkers de ruimte ook voelen en gebruiken. "
      "Dienst Toeslagen, de Belastingdienst, UWV en de SVB werken daarom samen aan een gezamenlijk kader voor "
      "maatwerk, met voorbeelden uit de praktijk, en aan opleidingen voor medewerkers die met burgers in "
      "gesprek gaan. Het kabinet verwacht daarnaast veel van de vereenvoudiging van het toeslagenstelsel. Zolang "
      "het voorschotstelsel bestaat, blijven terugvorderingen onvermijdelijk; de hervorming die het kabinet in de "
      "Miljoenennota 2026 heeft aangekondigd, moet het aantal en de omvang ervan sterk verminderen."),
    P("De Raad van State wees al in 2022 op het belang van een hardheidsclausule. Het kabinet erkent dat het te lang "
      "heeft geduurd voordat daaraan gevolg werd gegeven."),
    H2("3. Reactie op de aanbevelingen"),
    P("In de tabel hieronder reageert het kabinet op de veertien aanbevelingen van de commissie. De nummering volgt "
      "het eindverslag. In de laatste kolom staat de stand van zaken op de datum van deze brief: 'Afgerond' "
      "betekent dat de maatregel is ingevoerd, 'Loopt' dat de uitvoering is begonnen, 'In voorbereiding' dat "
      "regelgeving of een plan wordt voorbereid."),
    Table(
        header=("Nr.", "Aanbeveling (samengevat)", "Reactie kabinet", "Stand van zaken"),
        rows=TABLE_ROWS,
        widths=(0.55, 2.5, 4.3, 1.35),
        font_size=8.5,
        rules="grid",
    ),
    H2("4. Tot slot"),
    P("De commissie vraagt niet alleen om maatregelen, maar ook om een andere houding: een overheid die eerst "
      "vraagt wat een besluit voor mensen betekent, en pas daarna hoe het kan worden uitgevoerd. Het kabinet neemt "
      "die oproep ter harte. De maatregelen in deze brief zijn daarvoor een begin, geen eindpunt."),
    P("Het kabinet informeert uw Kamer voortaan halfjaarlijks over de voortgang van de opvolging van de "
      "aanbevelingen, voor het eerst in november 2026, in de voortgangsrapportage Toeslagen. Daarin wordt ook de "
      "kolom 'Stand van zaken' uit de tabel in deze brief bijgewerkt. Het kabinet ziet uit naar het debat met uw "
      "Kamer over het eindverslag."),
    P("De minister van Financiën,"),
    P("mr. J.W. Hazelhoff"),
)

RESPONSE = Document(
    title="Kabinetsreactie op het eindverslag van de parlementaire enquêtecommissie Toeslagen en Vertrouwen",
    subtitle="Ministerie van Financiën  |  Aan de Voorzitter van de Tweede Kamer der Staten-Generaal  |  "
             "Datum 12 mei 2026  |  Kenmerk 2026-0000137708",
    blocks=RESPONSE_BLOCKS,
    running_header="Kabinetsreactie eindverslag parlementaire enquête Toeslagen en Vertrouwen  |  12 mei 2026",
    footer="Pagina {page} van {pages}",
    font_family="sans",
    font_size=10,
    title_page=False,
)

PAIR = Pair(
    name="enquiry_status_table",
    report=REPORT,
    response=RESPONSE,
    description="Parliamentary enquiry report on a mass catch-up of allowance assessments, 14 recommendations "
                "numbered per chapter ('Aanbeveling 4.2' headings over one-item lists, chapters 3-6, numbered "
                "conclusions in chapter 2), answered in a sans kabinetsreactie with a short general part (3.1 "
                "answered there by subject, 'Zie paragraaf 2' in the table) and a four-column status table; two "
                "recommendations to the Kamer itself ('Dit is aan uw Kamer.').",
)
