"""Pair: a fictional Ombudsman Fiscale Dienstverlening report on how the Belastingdienst and the Dienst Toeslagen
collect debts from people in financial trouble, told through six case stories, and the state secretary's answer.

Layout traits this pair tests: a serif report with a title page, a running header and unnumbered chapters.  There is
NO numbered or bulleted list of recommendations: every body paragraph of the report is an unlabelled list
(``style=""``, text set with a hanging indent under headings that stand out to the left), so recommendation sentences
look exactly like the prose around them.  Each of the six case chapters ("Mevrouw Dekker: ...", "De heer Yilmaz:
...") has level-2 sections "Wat er gebeurde", "Wat de Belastingdienst zegt" and "Wat de ombudsman vindt"; the last
one ends with running-text recommendations ("De ombudsman beveelt de Belastingdienst aan om ...", "Hij beveelt de
staatssecretaris daarnaast aan om ...", "De minister van Sociale Zaken en Werkgelegenheid beveelt hij aan om ...",
"Gemeenten beveelt de ombudsman aan om ..."), often two in one paragraph.  "De staatssecretaris" without "van
Financiën" is defined once in the introduction.  A steps-and-costs table (rows rules), a cross-cutting chapter, a
section on the reactions to the draft ("De ombudsman vraagt de staatssecretaris binnen drie maanden ..." is not a
recommendation) and a closing chapter "Samenvatting van de aanbevelingen" that repeats all fourteen in shorter
wording, again without numbers (duplicates).  Gold ids "1".."14" in printed order.

The response is a letter (sans, letterhead, no title page) of the staatssecretaris van Financiën - Fiscaliteit en
Belastingdienst to the ombudsman, mede namens the minister of SZW: two context paragraphs (figures, existing policy),
one paragraph admitting the six cases went wrong (no position on measures), then paragraphs that begin with "• " and
refer to recommendations by ordinal word ("Uw eerste aanbeveling", "De derde aanbeveling"), by subject or by case:
  1 (contact before rejecting a payment plan; Belastingdienst) agree: "neem ik over";
  2 (24 instead of 12 months; staatssecretaris) agree without cue word: date of a changed rule;
  3 (check beslagvrije voet before bank attachment, and avoid it) partial: first part taken over, second not;
  4 (remission for former entrepreneurs; Belastingdienst) disagree: "de wet biedt daarvoor geen ruimte";
  5 (protected amount on bank accounts; minister of SZW) partial: no bill, only a study ("laat eerst onderzoeken");
  6 (no offsetting below beslagvrije voet; Dienst Toeslagen) agree without cue word: date and money;
  7 (no collection of claims up to 500 euro; staatssecretaris) disagree: finding shared, "acht ik niet wenselijk";
  8 and 9 in one bullet: single contact point agree ("neem ik over" + date), suspension partial ("Ik laat onderzoeken
    of");
  10 (intake by gemeenten) not addressed: forwarded to the VNG, "het is aan hen";
  11 and 12 in one bullet: letters by post agree ("neem ik over"), no collection costs disagree ("neem ik niet over");
  13 (warn first-time young applicants; Dienst Toeslagen) agree without cue word: date and money;
  14 (one joint payment plan for tax and allowance debts; staatssecretaris) not addressed: never mentioned.
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


def H2(text: str) -> Heading:
    return Heading(text, level=2)


def P(text: str) -> ItemList:
    """A report paragraph: an unlabelled one-item list, so that it lines up with the recommendation paragraphs."""
    return ItemList(items=(ListItem(text),), style="")


def RP(*parts) -> ItemList:
    """A report paragraph split at sentence boundaries; a part is plain text or (text, number, departments[, dup])."""
    items = []
    for part in parts:
        if isinstance(part, str):
            items.append(ListItem(part))
            continue
        text, number, departments, *dup = part
        items.append(ListItem(text, recommendation=Recommendation(number, tuple(departments),
                                                                 duplicate_of=dup[0] if dup else None)))
    return ItemList(items=tuple(items), style="")


def S(*parts) -> ItemList:
    """A summary paragraph: every part (text, number) repeats recommendation ``number``."""
    return RP(*((text, number, DEPTS[number], number) for text, number in parts))


def L(text: str, *answers: tuple[str, str, str]) -> Paragraph:
    """A letter paragraph with its gold answers (number, position, evidence)."""
    return Paragraph(text, answers=tuple(Answer(n, pos, ev) for n, pos, ev in answers))


# --------------------------------------------------------------------------------------------------------------
# Recommendations as printed in the case chapters
# --------------------------------------------------------------------------------------------------------------

DEPTS = {
    "1": ("FIN",), "2": ("FIN",), "3": ("FIN",), "4": ("FIN",), "5": ("SZW",), "6": ("FIN",), "7": ("FIN",),
    "8": ("FIN",), "9": ("FIN",), "10": ("GEMEENTEN",), "11": ("FIN",), "12": ("FIN",), "13": ("FIN",),
    "14": ("FIN",),
}

REC = {
    "1": "De ombudsman beveelt de Belastingdienst aan om een verzoek om een betalingsregeling niet af te wijzen "
         "voordat een medewerker contact heeft gehad met de aanvrager en diens werkelijke vaste lasten, zoals kosten "
         "van kinderopvang en lopende aflossingen, heeft meegewogen.",
    "2": "Hij beveelt de staatssecretaris daarnaast aan om de maximale looptijd van de standaardbetalingsregeling "
         "voor burgers met een laag inkomen te verlengen van twaalf naar vierentwintig maanden.",
    "3": "De ombudsman beveelt de Belastingdienst aan om vóór elk beslag op een bankrekening na te gaan of het saldo "
         "afkomstig is van loon of uitkering en of de beslagvrije voet wordt gerespecteerd, en om van bankbeslag af "
         "te zien zolang beslag op het inkomen mogelijk is.",
    "4": "Hij beveelt de Belastingdienst daarnaast aan om voormalige ondernemers die aantoonbaar niet kunnen betalen, "
         "kwijtschelding van inkomstenbelasting te verlenen op dezelfde voet als andere burgers.",
    "5": "De minister van Sociale Zaken en Werkgelegenheid beveelt hij aan om wettelijk te regelen dat bij beslag op "
         "een bankrekening altijd een bedrag ter hoogte van de beslagvrije voet op de rekening beschikbaar blijft.",
    "6": "De ombudsman beveelt de Dienst Toeslagen aan om een terugvordering niet langer te verrekenen met lopende "
         "toeslagen wanneer het huishouden daardoor minder overhoudt dan de beslagvrije voet.",
    "7": "Hij beveelt de staatssecretaris daarnaast aan om te regelen dat terugvorderingen van toeslagen tot € 500 "
         "niet worden ingevorderd bij huishoudens met een inkomen rond het sociaal minimum.",
    "8": "De ombudsman beveelt de Belastingdienst aan om voor schuldhulpverleners één vast aanspreekpunt in te "
         "richten dat binnen vijf werkdagen een volledig overzicht geeft van alle openstaande belasting- en "
         "toeslagschulden van een burger.",
    "9": "Hij beveelt de Belastingdienst daarnaast aan om de invordering, met uitzondering van verrekening, ten "
         "hoogste zes maanden op te schorten zodra een gemeente meldt dat een burger is toegelaten tot de "
         "schuldhulpverlening.",
    "10": "Gemeenten beveelt de ombudsman aan om bij de intake voor schuldhulpverlening, met toestemming van de "
          "burger, altijd zowel bij de Belastingdienst als bij de Dienst Toeslagen na te gaan welke schulden "
          "openstaan.",
    "11": "De ombudsman beveelt de Belastingdienst aan om een aanmaning of dwangbevel dat niet binnen veertien dagen "
          "in de Berichtenbox is geopend, alsnog per post te versturen en vóór een beslag telefonisch contact te "
          "zoeken met de burger.",
    "12": "Hij beveelt de staatssecretaris daarnaast aan om bij burgers met een inkomen onder de kwijtscheldingsnorm "
          "geen kosten voor aanmaning en dwangbevel meer in rekening te brengen.",
    "13": "De ombudsman beveelt de Dienst Toeslagen aan om jongeren die voor het eerst een toeslag aanvragen, bij de "
          "aanvraag en halverwege het jaar actief te vragen hun inkomensschatting te controleren en hen te wijzen op "
          "het risico van een terugvordering.",
    "14": "Hij beveelt de staatssecretaris daarnaast aan om ervoor te zorgen dat burgers met zowel een belastingschuld "
          "als een toeslagschuld één betalingsregeling kunnen krijgen, met één maandbedrag en één aanspreekpunt.",
}


def rec(number: str) -> tuple[str, str, tuple[str, ...]]:
    return REC[number], number, DEPTS[number]


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H("Ten geleide"),
    P("Wie een belastingaanslag of een terugvordering van toeslag niet op tijd betaalt, krijgt te maken met een van "
      "de meest doeltreffende incassomachines van het land. Binnen enkele weken volgen een aanmaning, een dwangbevel "
      "en, als het moet, beslag op loon, uitkering of bankrekening. Voor de meeste burgers is dat geen probleem: zij "
      "betalen alsnog, of zij vragen een betalingsregeling aan en krijgen die. Voor een kleinere groep pakt het anders "
      "uit. Het zijn mensen die al schulden hebben, die hun post niet meer openen of die net een tegenslag te "
      "verwerken kregen. Bij hen loopt de invordering vaak vast, en stapelen de kosten zich op."),
    P("In dit rapport vertel ik zes van hun verhalen. Ik heb ze gekozen uit de ruim vierhonderd klachten over "
      "invordering die mijn bureau in 2023 en 2024 ontving, omdat ze laten zien waar het systeem schuurt. De namen "
      "zijn gefingeerd; de feiten zijn dat niet. Ik ben de burgers die hun verhaal met ons wilden delen zeer "
      "erkentelijk. Het vraagt moed om je geldzorgen met een buitenstaander te bespreken, en nog meer moed om dat "
      "te doen terwijl de zorgen nog niet voorbij zijn."),
    P("Ik wil ook benadrukken dat mijn medewerkers bij de Belastingdienst en de Dienst Toeslagen veel mensen hebben "
      "gesproken die hun werk met grote betrokkenheid doen. Zij zien zelf ook dat de regels en de systemen soms in de "
      "weg zitten. Mijn aanbevelingen zijn bedoeld om hun de ruimte te geven die zij nodig hebben om te doen wat "
      "burgers van de overheid mogen verwachten: kijken naar de mens achter de schuld."),
    P("mr. A.W. Kooistra, Ombudsman Fiscale Dienstverlening"),
    PageBreak(),

    H("Over dit onderzoek"),
    P("De Ombudsman Fiscale Dienstverlening behandelt klachten van burgers over de Belastingdienst, de Dienst "
      "Toeslagen en de Douane, nadat de organisatie zelf de klacht heeft behandeld. Daarnaast kan de ombudsman uit "
      "eigen beweging onderzoek doen als klachten wijzen op een probleem dat verder reikt dan één geval. Dat is hier "
      "aan de orde."),
    P("In 2024 ging bijna een derde van alle klachten die de ombudsman ontving over invordering: over "
      "betalingsregelingen die werden afgewezen, over beslag dat mensen zonder geld voor boodschappen liet zitten, "
      "over verrekening van toeslagen en over brieven die niet aankwamen of niet werden begrepen. Het aantal "
      "klachten over invordering is in twee jaar tijd met ruim veertig procent gestegen. Tegelijkertijd neemt het "
      "aantal huishoudens met problematische schulden niet af, en zijn de vaste lasten voor veel huishoudens fors "
      "hoger dan enkele jaren geleden."),
    P("Voor dit onderzoek zijn zes klachten gekozen die samen een breed beeld geven: een alleenstaande moeder met een "
      "baan in deeltijd, een voormalige zelfstandige, een gezin met een toeslagschuld, een man in de "
      "schuldhulpverlening, een oudere vrouw die haar digitale post niet las en een jongere die met een schuld aan "
      "zijn volwassen leven begon. Van elk verhaal zijn het klachtdossier en het invorderingsdossier van de "
      "Belastingdienst of de Dienst Toeslagen bestudeerd. De onderzoekers spraken met de burgers zelf, met hun "
      "schuldhulpverleners of bewindvoerders en met medewerkers van de betrokken organisaties."),
    P("De ombudsman toetst aan de behoorlijkheidsvereisten. Is de overheid open en duidelijk geweest? Heeft zij de "
      "burger betrokken en maatwerk geleverd? Heeft zij haar bevoegdheden evenredig gebruikt? Elk verhaal wordt "
      "afgesloten met het oordeel van de ombudsman en met de aanbevelingen die hij daaraan verbindt. In het laatste "
      "hoofdstuk zijn alle aanbevelingen nog eens kort samengevat."),
    P("De aanbevelingen zijn gericht aan de Belastingdienst, de Dienst Toeslagen, de staatssecretaris van Financiën – "
      "Fiscaliteit en Belastingdienst, de gemeenten en, op één punt, de minister van Sociale Zaken en "
      "Werkgelegenheid. Waar in dit rapport ‘de staatssecretaris’ staat, is de staatssecretaris van Financiën – "
      "Fiscaliteit en Belastingdienst bedoeld."),

    H("Hoe invordering werkt"),
    P("Belastingschulden worden door de Belastingdienst ingevorderd op grond van de Invorderingswet 1990 en de "
      "Leidraad Invordering 2008. De Dienst Toeslagen vordert terugvorderingen van toeslagen in met dezelfde "
      "wettelijke middelen, maar heeft daarvoor een eigen afdeling en eigen systemen."),
    P("Wie niet op tijd betaalt, ontvangt eerst een aanmaning. Volgt er dan nog geen betaling, dan krijgt de burger "
      "een dwangbevel, dat door een belastingdeurwaarder wordt betekend. Na het dwangbevel kan beslag worden gelegd, "
      "bijvoorbeeld op het loon of de uitkering, op een bankrekening of op een teruggave van belasting. Bij elke stap "
      "komen er kosten bij, en over de schuld wordt invorderingsrente berekend. De tabel hieronder geeft een "
      "overzicht."),
    Table(
        header=("Stap", "Wanneer", "Kosten voor de burger (indicatief, 2025)"),
        rows=(
            ("Aanmaning", "Na het verstrijken van de betaaltermijn", "€ 8 of € 17, afhankelijk van de hoogte van de "
                                                                   "schuld"),
            ("Dwangbevel", "Ongeveer twee weken na de aanmaning", "Vanaf € 46, oplopend met de hoogte van de schuld"),
            ("Beslag", "Na betekening van het dwangbevel", "Kosten van betekening en beslag, vaak € 100 tot € 200"),
            ("Verrekening", "Bij een teruggave of een lopende toeslag", "Geen kosten; het bedrag wordt ingehouden"),
        ),
        widths=(1.0, 1.7, 2.0),
        rules="rows",
    ),
    P("Wie niet in één keer kan betalen, kan een betalingsregeling aanvragen. De standaardregeling heeft een looptijd "
      "van ten hoogste twaalf maanden. Een langere regeling is alleen mogelijk als de aanvrager zijn "
      "betalingscapaciteit aantoont met een uitgebreid formulier en bewijsstukken; de Belastingdienst rekent dan met "
      "normbedragen voor de kosten van levensonderhoud. Bij toeslagschulden geldt een standaardregeling van "
      "vierentwintig maanden, waarbij het maandbedrag afhangt van het inkomen."),
    P("Wie structureel onvoldoende inkomen en vermogen heeft, kan kwijtschelding aanvragen. Voor belastingschulden die "
      "samenhangen met een onderneming is kwijtschelding uitgesloten. Bij beslag op loon of uitkering moet de "
      "beslagvrije voet in acht worden genomen: het deel van het inkomen dat nodig is voor de noodzakelijke kosten "
      "van levensonderhoud. Bij beslag op een bankrekening bestaat alleen een beperkte bescherming voor loon of "
      "uitkering dat kort voor het beslag is gestort, en die bescherming werkt alleen als de beslaglegger weet waar "
      "het saldo vandaan komt."),
    P("Verrekening neemt een bijzondere plaats in. De Belastingdienst kan een schuld verrekenen met een teruggave, en "
      "de Dienst Toeslagen kan een terugvordering verrekenen met een toeslag die nog loopt. Verrekening vraagt geen "
      "dwangbevel en kost de burger niets extra, maar het inkomen van het huishouden daalt er wel direct door. Omdat "
      "verrekening juridisch geen beslag is, geldt de beslagvrije voet daarbij niet."),
    PageBreak(),

    H("Mevrouw Dekker: een regeling die niet paste"),
    H2("Wat er gebeurde"),
    P("Mevrouw Dekker (38) woont met haar twee kinderen van zes en negen jaar in een huurwoning. Zij werkt "
      "vierentwintig uur per week als doktersassistente. Na haar scheiding werkte zij een jaar lang voor twee "
      "huisartsenpraktijken tegelijk. Beide werkgevers pasten de loonheffingskorting toe, zodat er te weinig "
      "loonheffing werd ingehouden. Bij de aangifte inkomstenbelasting bleek dat zij € 2.860 moest bijbetalen."),
    P("Mevrouw Dekker kon dat bedrag niet in één keer betalen. Zij vroeg via de website een betalingsregeling aan en "
      "gaf aan dat zij € 120 per maand kon missen. De Belastingdienst wees het verzoek binnen een week af: met dat "
      "maandbedrag zou de schuld niet binnen twaalf maanden zijn afgelost. In de afwijzingsbrief stond dat zij een "
      "uitgebreide regeling kon aanvragen met het formulier ‘Verzoek betalingsregeling met bewijsstukken’. Zij kon "
      "dat formulier op de website niet vinden en moest uiteindelijk telefonisch een papieren versie aanvragen."),
    P("Ondertussen liep de invordering door. Mevrouw Dekker ontving een aanmaning en drie weken later een "
      "dwangbevel; de kosten liepen op tot ruim € 150. Toen zij het uitgebreide formulier eenmaal had ingevuld, "
      "rekende de Belastingdienst met de normbedragen uit de Leidraad en kwam uit op een betalingscapaciteit van "
      "€ 310 per maand. De kosten van de buitenschoolse opvang, de aflossing van een lening die zij na de scheiding "
      "had moeten afsluiten en de hogere energierekening waren daarin niet meegenomen, omdat het formulier daar geen "
      "ruimte voor bood."),
    P("Mevrouw Dekker betaalde drie maanden € 310 en kwam daarna in de problemen. De regeling werd beëindigd en er "
      "werd beslag gelegd op haar loon. Pas toen haar werkgever haar doorverwees naar de schuldhulpverlening van de "
      "gemeente, kwam er een regeling tot stand die zij kon volhouden: € 135 per maand, verspreid over ruim twee "
      "jaar."),
    H2("Wat de Belastingdienst zegt"),
    P("De Belastingdienst wijst erop dat de standaardregeling bewust eenvoudig is gehouden, zodat de meeste verzoeken "
      "snel en automatisch kunnen worden afgehandeld. Volgens de Belastingdienst had mevrouw Dekker haar vaste lasten "
      "in een bezwaar tegen de berekening kunnen toelichten. De Belastingdienst erkent dat het formulier voor een "
      "uitgebreide regeling moeilijk te vinden is en dat de afwijzingsbrief niet uitnodigt tot contact."),
    H2("Wat de ombudsman vindt"),
    P("De ombudsman vindt dat de Belastingdienst in deze zaak niet behoorlijk heeft gehandeld. Mevrouw Dekker deed "
      "precies wat van haar werd verwacht: zij meldde zich op tijd en deed een voorstel dat zij kon waarmaken. Het "
      "antwoord was een afwijzing, gevolgd door kosten die haar schuld groter maakten. Een telefoongesprek had dat "
      "kunnen voorkomen. Dat de Belastingdienst daarna rekende met normbedragen die haar werkelijke lasten niet "
      "dekten, maakte de regeling bij voorbaat onhaalbaar."),
    P("De ombudsman ziet ook dat een termijn van twaalf maanden voor mensen met een laag inkomen vaak te kort is. "
      "Wie een schuld van enkele duizenden euro’s heeft en maandelijks maar een klein bedrag kan missen, valt "
      "automatisch buiten de standaardregeling en belandt in een procedure die voor hem of haar nauwelijks te "
      "doorgronden is."),
    RP(rec("1")),
    RP(rec("2")),
    PageBreak(),

    H("De heer Yilmaz: beslag op de laatste euro’s"),
    H2("Wat er gebeurde"),
    P("De heer Yilmaz (51) werkte ruim tien jaar als zelfstandig tegelzetter. In 2022 moest hij zijn bedrijf stoppen "
      "na een rugoperatie. Over zijn laatste jaar als ondernemer kreeg hij een aanslag inkomstenbelasting van "
      "€ 4.120, die hij niet kon betalen: zijn buffer was opgegaan aan de maanden zonder inkomen. Hij vond werk als "
      "magazijnmedewerker via een uitzendbureau, met een wisselend aantal uren per week."),
    P("Omdat het inkomen van de heer Yilmaz per week verschilde, koos de Belastingdienst niet voor beslag op zijn "
      "loon maar voor beslag op zijn bankrekening. Op de dag dat het beslag werd gelegd, stond er € 1.040 op de "
      "rekening: zijn loon van die maand, bestemd voor huur, energie en boodschappen. De bank maakte het volledige "
      "saldo over aan de Belastingdienst. De heer Yilmaz merkte het pas toen de automatische betaling van zijn huur "
      "werd gestorneerd."),
    P("Na een klacht hief een medewerker van de Belastingdienst het beslag voor een deel op, omdat het saldo afkomstig "
      "was van loon en de beslagvrije voet niet in acht was genomen. Dat duurde echter drie weken. In de tussentijd "
      "kreeg de heer Yilmaz een betalingsachterstand bij zijn verhuurder en leende hij geld van zijn zus om "
      "boodschappen te kunnen doen."),
    P("Op advies van een vrijwilliger van een schuldhulporganisatie vroeg de heer Yilmaz vervolgens kwijtschelding "
      "aan. Die werd afgewezen: voor inkomstenbelasting over winst uit onderneming is kwijtschelding niet mogelijk, "
      "ook niet als de onderneming niet meer bestaat en de burger inmiddels van een inkomen rond het sociaal minimum "
      "leeft."),
    H2("Wat de Belastingdienst zegt"),
    P("De Belastingdienst erkent dat bij het bankbeslag de beslagvrije voet niet goed is toegepast. De medewerker die "
      "het beslag voorbereidde, ging uit van het laatst bekende inkomen uit onderneming en wist niet dat de heer "
      "Yilmaz inmiddels in loondienst werkte. De Belastingdienst wijst erop dat bankbeslag een wettelijk toegestaan "
      "middel is en dat beslag op loon bij wisselende inkomens lastig uitvoerbaar is. Over de kwijtschelding stelt de "
      "Belastingdienst dat de regelgeving geen uitzondering toelaat."),
    H2("Wat de ombudsman vindt"),
    P("Het beslag op de rekening van de heer Yilmaz nam hem in één keer het geld af dat hij nodig had om van te "
      "leven. De ombudsman vindt dat onbehoorlijk. De Belastingdienst had kunnen en moeten weten dat het saldo "
      "bestond uit loon, en had dan de beslagvrije voet moeten respecteren. Dat het drie weken duurde voordat het "
      "beslag werd gecorrigeerd, maakte de schade groter."),
    P("De ombudsman begrijpt dat de regels voor kwijtschelding ondernemers bewust anders behandelen dan andere "
      "burgers. Die keuze is echter gemaakt met het oog op ondernemers die hun bedrijf voortzetten en daarmee "
      "inkomsten kunnen verwerven. Voor iemand die gedwongen is gestopt en inmiddels van een minimuminkomen leeft, "
      "pakt zij onredelijk uit. De ombudsman ziet bovendien dat de bescherming bij bankbeslag afhangt van wat de "
      "beslaglegger toevallig weet, en dat is voor het bestaansminimum een te smalle basis."),
    RP(rec("3")),
    RP(rec("4"), rec("5")),

    H("Mevrouw Ouali: terugbetalen wat al op was"),
    H2("Wat er gebeurde"),
    P("Mevrouw Ouali (44) en haar man hebben drie kinderen. Haar man werkt als buschauffeur; zij werkt enkele uren per "
      "week in een schoolkantine. Het gezin ontvangt huurtoeslag, zorgtoeslag en kindgebonden budget. In 2023 maakte "
      "haar man veel overuren, omdat zijn werkgever kampte met een tekort aan chauffeurs. Het gezinsinkomen kwam "
      "daardoor ruim € 6.000 hoger uit dan het geschatte inkomen waarop de toeslagen waren gebaseerd."),
    P("Bij de definitieve berekening in het voorjaar van 2025 vorderde de Dienst Toeslagen € 1.870 huurtoeslag en "
      "€ 640 zorgtoeslag terug. Mevrouw Ouali had het hogere inkomen niet doorgegeven; zij wist niet dat overwerk "
      "meetelde en ging ervan uit dat de werkgever dat zou regelen. Het geld van de overuren was inmiddels opgegaan "
      "aan een nieuwe wasmachine en de hogere energierekening."),
    P("De Dienst Toeslagen begon direct met verrekenen. Van de lopende huurtoeslag en het kindgebonden budget werd "
      "elke maand € 290 ingehouden. Omdat het gezin de overuren in 2025 niet meer had, daalde het besteedbare inkomen "
      "daardoor onder het bedrag dat bij beslag vrij had moeten blijven. Mevrouw Ouali vroeg om een lagere "
      "inhouding, maar kreeg te horen dat verrekening geen beslag is en dat de beslagvrije voet daarom niet geldt."),
    P("Na tussenkomst van een maatschappelijk werker werd de inhouding na vier maanden verlaagd naar € 95 per maand. "
      "Het gezin had toen al een betalingsachterstand bij de zorgverzekeraar en had twee keer een voedselpakket "
      "aangevraagd."),
    H2("Wat de Dienst Toeslagen zegt"),
    P("De Dienst Toeslagen stelt dat verrekening voor de meeste burgers de eenvoudigste manier is om een "
      "terugvordering af te lossen, omdat er geen kosten bij komen en er geen aparte betalingsregeling nodig is. De "
      "Dienst erkent dat de systemen bij verrekening niet nagaan wat het huishouden overhoudt, en dat een verzoek om "
      "een lagere inhouding met de hand moet worden beoordeeld. Dat kost tijd, zeker in de drukke maanden na de "
      "definitieve berekeningen."),
    H2("Wat de ombudsman vindt"),
    P("Het gezin Ouali kreeg een terugvordering voor geld dat al was uitgegeven aan gewone levensbehoeften. Dat een "
      "toeslag wordt teruggevorderd als het inkomen hoger uitvalt, is de kern van het stelsel; daarover oordeelt de "
      "ombudsman niet. Wel vindt hij het onbehoorlijk dat de Dienst Toeslagen vervolgens zo verrekende dat het gezin "
      "minder overhield dan bij een beslag. Dat verrekening juridisch geen beslag is, maakt voor het huishouden "
      "niets uit: het geld is er niet."),
    P("De ombudsman ziet in de klachten die hij ontvangt bovendien dat het vaak om kleine bedragen gaat, die voor "
      "huishoudens met een laag inkomen toch maandenlang doorwerken. De kosten die de overheid maakt om zulke "
      "bedragen in te vorderen, staan volgens de ombudsman niet altijd in verhouding tot wat zij opleveren."),
    RP(rec("6"), rec("7")),
    PageBreak(),

    H("De heer Van Dam: twee loketten, geen overzicht"),
    H2("Wat er gebeurde"),
    P("De heer Van Dam (57) raakte in 2023 zijn baan als vrachtwagenchauffeur kwijt na een reorganisatie. Met een "
      "WW-uitkering en later een bijstandsuitkering kon hij zijn vaste lasten niet meer betalen. Hij had schulden bij "
      "zijn energieleverancier, zijn zorgverzekeraar, een postorderbedrijf en de Belastingdienst, bij wie een aanslag "
      "motorrijtuigenbelasting en een aanslag inkomstenbelasting over zijn laatste jaar in loondienst openstonden."),
    P("In januari 2024 meldde de heer Van Dam zich bij de schuldhulpverlening van zijn gemeente. De "
      "schuldhulpverlener bracht de schulden in kaart en nam contact op met alle schuldeisers. Bij de Belastingdienst "
      "bleek dat lastig. Via het algemene telefoonnummer hoorde de schuldhulpverlener dat informatie over de schulden "
      "alleen schriftelijk kon worden opgevraagd, en het overzicht dat zes weken later kwam, vermeldde de "
      "motorrijtuigenbelasting niet. Een terugvordering van zorgtoeslag bij de Dienst Toeslagen bleef helemaal buiten "
      "beeld."),
    P("Intussen liep de invordering gewoon door. In maart 2024 werd een dwangbevel betekend en in april volgde beslag "
      "op de uitkering, terwijl de gemeente juist een schuldregeling probeerde te treffen. De schuldhulpverlener "
      "moest het voorstel aan de schuldeisers twee keer opnieuw berekenen, omdat de schuld bij de Belastingdienst "
      "bleef oplopen. De minnelijke regeling kwam pas in september 2024 tot stand."),
    P("Ook bij de gemeente ging niet alles goed. Bij de intake werd de heer Van Dam wel gevraagd naar schulden bij de "
      "Belastingdienst, maar niet naar schulden bij de Dienst Toeslagen. Hij wist zelf niet dat het om twee "
      "verschillende schuldeisers ging."),
    H2("Wat de Belastingdienst zegt"),
    P("De Belastingdienst erkent dat het overzicht onvolledig was. Volgens de Belastingdienst bestaat er sinds 2024 "
      "een apart telefoonnummer voor schuldhulpverleners, maar dat nummer was bij deze schuldhulpverlener niet "
      "bekend. Over het doorlopen van de invordering zegt de Belastingdienst dat zij pas stopt als de "
      "schuldhulpverlener een verzoek om een minnelijke regeling heeft ingediend. Een melding dat iemand zich bij de "
      "schuldhulpverlening heeft aangemeld, is daarvoor niet genoeg, omdat anders ook de invordering wordt "
      "stilgelegd bij burgers bij wie het traject nooit van de grond komt."),
    H2("Wat de ombudsman vindt"),
    P("De ombudsman vindt dat de Belastingdienst de heer Van Dam en zijn schuldhulpverlener onvoldoende heeft "
      "geholpen. Een schuldregeling staat of valt met een volledig en actueel overzicht van de schulden. Dat "
      "overzicht kreeg de gemeente niet, en doordat de invordering doorliep, veranderde het beeld voortdurend. De "
      "kosten van het dwangbevel en het beslag kwamen bovenop een schuld die de heer Van Dam toch al niet kon "
      "betalen."),
    P("De ombudsman ziet ook een taak voor gemeenten. Veel burgers kennen het verschil tussen de Belastingdienst en "
      "de Dienst Toeslagen niet. Wie bij de intake niet uitdrukkelijk naar beide vraagt, mist al snel een deel van "
      "de schulden."),
    RP(rec("8"), rec("9")),
    RP(rec("10")),

    H("Mevrouw Jansen: brieven die niemand las"),
    H2("Wat er gebeurde"),
    P("Mevrouw Jansen (71) woont alleen en leeft van haar AOW en een klein pensioen. Toen haar man in 2021 overleed, "
      "nam haar zoon de belastingzaken over en activeerde hij voor haar de Berichtenbox van MijnOverheid. Sindsdien "
      "ontvangt zij de post van de Belastingdienst digitaal. Haar zoon verhuisde in 2023 naar het buitenland; "
      "mevrouw Jansen heeft geen computer en gebruikt haar telefoon alleen om te bellen."),
    P("In 2023 kreeg zij een aanslag inkomstenbelasting van € 780, omdat over haar pensioen te weinig loonheffing "
      "was ingehouden. De aanslag, de aanmaning en het dwangbevel kwamen alle drie in de Berichtenbox terecht. "
      "Mevrouw Jansen zag ze niet. Zij kreeg pas een brief op papier toen de belastingdeurwaarder aankondigde beslag "
      "te leggen op haar pensioen. Haar schuld was toen opgelopen tot € 1.012, inclusief kosten en "
      "invorderingsrente."),
    P("Met hulp van een ouderenadviseur van de gemeente vroeg mevrouw Jansen kwijtschelding aan. Die werd toegekend, "
      "maar de ouderenadviseur ontdekte daarbij dat ook een naheffing en een aanslag voor de gemeentelijke "
      "belastingen onopgemerkt waren gebleven. Het duurde uiteindelijk vijf maanden voordat alles was geregeld. "
      "Mevrouw Jansen vertelde de onderzoekers dat zij in die maanden nauwelijks had geslapen."),
    H2("Wat de Belastingdienst zegt"),
    P("De Belastingdienst wijst erop dat burgers zelf kiezen voor digitale post en dat zij die keuze altijd kunnen "
      "terugdraaien. De Belastingdienst kan zien of een bericht in de Berichtenbox is geopend, maar gebruikt die "
      "informatie niet bij de invordering. Volgens de Belastingdienst zijn de kosten van aanmaning en dwangbevel "
      "wettelijk bepaald en kunnen zij alleen via kwijtschelding vervallen."),
    H2("Wat de ombudsman vindt"),
    P("De ombudsman vindt het niet behoorlijk dat de Belastingdienst invorderingsmaatregelen nam terwijl zij kon zien "
      "dat mevrouw Jansen geen enkel bericht had geopend. Een overheid die weet dat haar post niet wordt gelezen, kan "
      "niet volhouden dat de burger is gewaarschuwd. Een brief op papier of een telefoontje had mevrouw Jansen veel "
      "zorgen en kosten bespaard."),
    P("Het is bovendien wrang dat juist mensen met een inkomen waarbij zij voor kwijtschelding in aanmerking komen, "
      "eerst met aanmanings- en dwangbevelkosten worden geconfronteerd. Die kosten zijn bedoeld als prikkel om te "
      "betalen, maar wie niet kan betalen, wordt door zo’n prikkel niet geholpen."),
    RP(rec("11"), rec("12")),
    PageBreak(),

    H("Jeroen: een schuld bij de start"),
    H2("Wat er gebeurde"),
    P("Jeroen (20) vroeg op zijn achttiende zorgtoeslag aan, op aanraden van zijn moeder. Hij volgde een opleiding "
      "aan het mbo en had een bijbaan in de horeca. Bij de aanvraag schatte hij zijn jaarinkomen op € 6.000. Omdat "
      "hij in de zomer en rond de feestdagen veel extra diensten draaide, verdiende hij dat jaar uiteindelijk ruim "
      "€ 16.000. Hij wist niet dat hij zijn inkomensschatting moest aanpassen; de beschikking had hij nooit goed "
      "gelezen."),
    P("Anderhalf jaar later vorderde de Dienst Toeslagen € 1.380 zorgtoeslag terug. Jeroen kreeg een "
      "betalingsregeling van € 58 per maand voor vierentwintig maanden. Tegelijk kreeg hij van de Belastingdienst "
      "een aanslag inkomstenbelasting over zijn tweede werkjaar, omdat twee werkgevers allebei de "
      "loonheffingskorting hadden toegepast. Voor die aanslag moest hij een aparte betalingsregeling aanvragen, met "
      "een andere looptijd en een ander maandbedrag."),
    P("Jeroen hield twee regelingen bij twee organisaties bij, met twee soorten brieven, twee telefoonnummers en twee "
      "data waarop werd afgeschreven. Toen hij een maand te laat betaalde aan de Belastingdienst, verviel die "
      "regeling en werd de volledige schuld ineens opeisbaar. ‘Ik dacht dat het één schuld was bij één overheid’, "
      "zei hij tegen de onderzoekers."),
    H2("Wat de Dienst Toeslagen zegt"),
    P("De Dienst Toeslagen wijst erop dat iedere toeslagontvanger bij de toekenning een bericht krijgt met de oproep "
      "wijzigingen door te geven, en dat jongeren via voorlichtingscampagnes en scholen worden bereikt. Dat de "
      "Belastingdienst en de Dienst Toeslagen elk een eigen betalingsregeling aanbieden, komt volgens de Dienst "
      "doordat het twee organisaties zijn met elk hun eigen systemen en wettelijke grondslagen."),
    H2("Wat de ombudsman vindt"),
    P("Jeroen begon zijn volwassen leven met een schuld die hij niet had zien aankomen. De ombudsman vindt dat de "
      "Dienst Toeslagen meer had kunnen doen om dat te voorkomen. Een jongere die voor het eerst een toeslag "
      "aanvraagt en een wisselend inkomen heeft, loopt een bekend risico. Een algemene oproep in een beschikking is "
      "dan niet genoeg."),
    P("Voor de burger is de overheid één geheel. Dat Jeroen twee regelingen moest bijhouden bij twee organisaties "
      "die voor hem niet van elkaar te onderscheiden waren, vindt de ombudsman niet uit te leggen."),
    RP(rec("13")),
    RP(rec("14")),

    H("Wat de verhalen gemeen hebben"),
    P("Hoe verschillend de zes verhalen ook zijn, er lopen drie rode draden doorheen. De eerste is dat de "
      "invordering doorloopt terwijl de burger of zijn hulpverlener al naar een oplossing zoekt. Mevrouw Dekker had "
      "een regeling aangevraagd, de heer Van Dam zat in de schuldhulpverlening, en toch volgden aanmaningen, "
      "dwangbevelen en beslag. Het proces is ingericht op de burger die niet wil betalen, niet op de burger die het "
      "niet kan."),
    P("De tweede rode draad is dat de systemen niet kijken naar wat mensen overhouden. De beslagvrije voet beschermt "
      "het inkomen bij beslag op loon of uitkering, maar niet bij verrekening en in de praktijk ook niet altijd bij "
      "beslag op een bankrekening. De normbedragen voor een betalingsregeling gaan uit van lasten die in "
      "werkelijkheid hoger zijn."),
    P("De derde rode draad is dat contact ontbreekt. In geen van de zes zaken belde een medewerker van de "
      "Belastingdienst of de Dienst Toeslagen uit eigen beweging met de burger voordat een ingrijpende maatregel werd "
      "genomen. Waar wel contact was, kwam er vrijwel steeds snel een oplossing."),
    P("De ombudsman is zich ervan bewust dat de Belastingdienst jaarlijks miljoenen aanmaningen verstuurt en dat "
      "persoonlijk contact met iedere burger onmogelijk is. Zijn aanbevelingen richten zich daarom op de momenten "
      "waarop een verkeerde stap de grootste gevolgen heeft: de afwijzing van een regeling, het beslag, de "
      "verrekening en het begin van de schuldhulpverlening."),

    H("Reacties op het conceptrapport"),
    P("De ombudsman heeft het conceptrapport voorgelegd aan de Belastingdienst, de Dienst Toeslagen en de Vereniging "
      "van Nederlandse Gemeenten. De Belastingdienst en de Dienst Toeslagen hebben enkele feitelijke onjuistheden "
      "gemeld, die in dit rapport zijn verwerkt. Beide organisaties schrijven dat zij zich herkennen in de verhalen. "
      "De Vereniging van Nederlandse Gemeenten heeft laten weten dat de intake bij de schuldhulpverlening per gemeente "
      "verschilt en dat zij het rapport onder de aandacht van haar leden zal brengen."),
    P("De ombudsman vraagt de staatssecretaris om binnen drie maanden na publicatie van dit rapport te laten weten "
      "wat hij met de aanbevelingen doet."),
    PageBreak(),

    H("Samenvatting van de aanbevelingen"),
    P("Hieronder staan de aanbevelingen uit de zes verhalen in het kort bij elkaar, in de volgorde van het rapport. "
      "De volledige tekst en de toelichting staan aan het eind van elk verhaal, onder ‘Wat de ombudsman vindt’."),
    S(("De Belastingdienst wijst een verzoek om een betalingsregeling pas af na contact met de aanvrager en na "
       "weging van diens werkelijke vaste lasten.", "1"),
      ("De staatssecretaris verlengt de maximale looptijd van de standaardregeling voor burgers met een laag inkomen "
       "tot vierentwintig maanden.", "2")),
    S(("De Belastingdienst gaat vóór een bankbeslag na of de beslagvrije voet wordt gerespecteerd, en ziet van "
       "bankbeslag af zolang beslag op het inkomen mogelijk is.", "3"),
      ("Voormalige ondernemers die niet kunnen betalen, krijgen kwijtschelding van inkomstenbelasting op dezelfde "
       "voet als andere burgers.", "4"),
      ("De minister van Sociale Zaken en Werkgelegenheid regelt dat bij bankbeslag altijd een bedrag ter hoogte van "
       "de beslagvrije voet beschikbaar blijft.", "5")),
    S(("De Dienst Toeslagen verrekent niet meer met lopende toeslagen als het huishouden daardoor onder de "
       "beslagvrije voet komt.", "6"),
      ("Terugvorderingen van toeslagen tot € 500 worden bij huishoudens rond het sociaal minimum niet ingevorderd.",
       "7")),
    S(("De Belastingdienst richt voor schuldhulpverleners één aanspreekpunt in dat binnen vijf werkdagen een "
       "volledig schuldenoverzicht geeft.", "8"),
      ("Zodra een burger tot de schuldhulpverlening is toegelaten, schort de Belastingdienst de invordering ten "
       "hoogste zes maanden op.", "9"),
      ("Gemeenten gaan bij de intake zowel bij de Belastingdienst als bij de Dienst Toeslagen na welke schulden "
       "openstaan.", "10")),
    S(("Een aanmaning of dwangbevel dat na veertien dagen niet in de Berichtenbox is geopend, gaat alsnog per post; "
       "vóór een beslag wordt de burger gebeld.", "11"),
      ("Burgers met een inkomen onder de kwijtscheldingsnorm betalen geen kosten voor aanmaning en dwangbevel meer.",
       "12")),
    S(("De Dienst Toeslagen vraagt jongeren die voor het eerst een toeslag aanvragen, bij de aanvraag en halverwege "
       "het jaar hun inkomensschatting te controleren.", "13"),
      ("Burgers met zowel een belastingschuld als een toeslagschuld kunnen één betalingsregeling krijgen.", "14")),
)

REPORT = Document(
    title="Als de aanmaning de deur uit is",
    subtitle="Zes verhalen over de invordering van belasting- en toeslagschulden bij mensen met geldzorgen",
    blocks=REPORT_BLOCKS,
    running_header="Ombudsman Fiscale Dienstverlening  ·  Als de aanmaning de deur uit is",
    footer="{page}",
    font_family="serif",
    font_size=10.5,
    imprint=("Ombudsman Fiscale Dienstverlening", "Rapport 2025/014", "Den Haag, 12 maart 2025"),
)


# --------------------------------------------------------------------------------------------------------------
# Response: letter of the staatssecretaris van Financiën - Fiscaliteit en Belastingdienst
# --------------------------------------------------------------------------------------------------------------

EV1 = "Uw eerste aanbeveling, over de betalingsregeling, neem ik over."
EV2 = ("Met ingang van 1 januari 2026 geldt voor burgers met een inkomen tot 130 procent van het sociaal minimum een "
       "maximale looptijd van vierentwintig maanden.")
EV3 = "Het eerste deel neem ik over, het tweede niet."
EV4 = ("Kwijtschelding is uitgesloten voor belastingschulden die samenhangen met een onderneming, ook als die "
       "onderneming inmiddels is beëindigd, en de wet biedt daarvoor geen ruimte.")
EV8 = ("Een vast aanspreekpunt voor schuldhulpverleners, dat binnen vijf werkdagen een volledig overzicht geeft van de "
       "belasting- en toeslagschulden, neem ik over; de Belastingdienst en de Dienst Toeslagen richten dit "
       "aanspreekpunt gezamenlijk in vóór 1 januari 2026.")
EV9 = ("Ik laat onderzoeken of een opschorting van ten hoogste zes maanden mogelijk is zonder die nadelen, en betrek "
       "daarbij de NVVK en de VNG.")
EV11 = ("De aanbeveling om een aanmaning of dwangbevel dat na veertien dagen niet is geopend alsnog per post te "
        "versturen, en om vóór een beslag te bellen, neem ik over.")
EV12 = ("De aanbeveling om bij burgers met een inkomen onder de kwijtscheldingsnorm geen aanmanings- en "
        "dwangbevelkosten meer in rekening te brengen, neem ik niet over.")
EV6 = ("Vanaf 1 oktober 2025 verrekent de Dienst Toeslagen een terugvordering niet meer met lopende toeslagen wanneer "
       "het huishouden daardoor onder de beslagvrije voet zou komen.")
EV7 = "Een vaste grens waaronder niet wordt ingevorderd, acht ik echter niet wenselijk."
EV13 = ("Jongeren die voor het eerst zorgtoeslag of huurtoeslag aanvragen, zoals Jeroen, ontvangen vanaf 1 november "
        "2025 bij hun aanvraag en in de zevende maand van het jaar een persoonlijk bericht van de Dienst Toeslagen met "
        "het verzoek hun geschatte inkomen te controleren, met een rekenvoorbeeld van de gevolgen van extra "
        "inkomsten.")
EV5 = ("Zij gaat nog niet over tot een wetswijziging, maar laat eerst onderzoeken of een wettelijk beschermd bedrag op "
       "betaalrekeningen uitvoerbaar is voor banken en beslagleggers.")

RESPONSE_BLOCKS = (
    Paragraph("Datum: 3 juni 2025", bold=True),
    Paragraph("Betreft: reactie op het rapport ‘Als de aanmaning de deur uit is’", bold=True),
    Paragraph("Geachte heer Kooistra,"),
    Paragraph("Op 12 maart 2025 heeft u uw rapport ‘Als de aanmaning de deur uit is’ gepubliceerd. Daarin beschrijft u "
              "aan de hand van zes verhalen hoe de Belastingdienst en de Dienst Toeslagen belasting- en "
              "toeslagschulden invorderen bij burgers die in financiële problemen verkeren. Met deze brief geef ik, "
              "mede namens de minister van Sociale Zaken en Werkgelegenheid, mijn reactie op uw rapport. De brief is "
              "afgestemd met de staatssecretaris van Financiën – Herstel en Toeslagen, die verantwoordelijk is voor de "
              "Dienst Toeslagen. Een afschrift stuur ik aan de Tweede Kamer."),
    Paragraph("De invordering raakt veel mensen. In 2024 verstuurde de Belastingdienst ruim 4,3 miljoen aanmaningen en "
              "1,1 miljoen dwangbevelen, en werden bijna 700.000 betalingsregelingen getroffen. De Dienst Toeslagen "
              "vorderde in hetzelfde jaar bij ruim 900.000 huishoudens een toeslag terug. Het overgrote deel van deze "
              "burgers betaalt zonder problemen. Voor een kleinere groep, die al met schulden kampt, kan een "
              "aanmaning echter het begin zijn van een neerwaartse spiraal. Het kabinet heeft de afgelopen jaren al "
              "verschillende maatregelen genomen om die groep beter te beschermen, zoals de vereenvoudigde "
              "berekening van de beslagvrije voet en de digitale uitwisseling van schuldgegevens met "
              "schuldhulpverleners."),
    Paragraph("Ik wil vooropstellen dat het in de zes zaken die u beschrijft niet goed is gegaan. Mevrouw Dekker, de "
              "heer Yilmaz, mevrouw Ouali, de heer Van Dam, mevrouw Jansen en Jeroen hebben te maken gekregen met een "
              "overheid die te weinig naar hun situatie keek en te snel naar het volgende invorderingsmiddel greep. "
              "Dat had anders gemoeten. De Belastingdienst en de Dienst Toeslagen hebben contact met hen opgenomen en "
              "hun excuses aangeboden; waar kosten ten onrechte in rekening zijn gebracht, zijn die terugbetaald."),
    Paragraph("Hieronder ga ik in op uw aanbevelingen. Ik begin met de aanbevelingen die de Belastingdienst betreffen "
              "en behandel daarna die over de toeslagen, de bankrekening en de gemeentelijke schuldhulpverlening."),
    L("• " + EV1 + " Vanaf 1 september 2025 neemt een medewerker van de Belastingdienst contact op met iedere "
      "aanvrager van wie het verzoek om een betalingsregeling dreigt te worden afgewezen. In dat gesprek wordt "
      "gevraagd naar vaste lasten die in de normbedragen niet zijn verwerkt, zoals kosten van kinderopvang en "
      "aflossingen op lopende leningen. De Belastingdienst breidt het team betalingsregelingen daarvoor uit met "
      "veertig medewerkers.",
      ("1", "agree", EV1)),
    L("• De tweede aanbeveling betreft de looptijd van de standaardbetalingsregeling. Twaalf maanden is voor iemand met "
      "een minimuminkomen vaak te kort om een schuld van enkele duizenden euro’s af te lossen; het verhaal van "
      "mevrouw Dekker laat dat zien. " + EV2 + " De Leidraad Invordering 2008 wordt daarop aangepast; de wijziging "
      "wordt dit najaar in de Staatscourant gepubliceerd.",
      ("2", "agree", EV2)),
    L("• De derde aanbeveling, over beslag op een bankrekening, bestaat uit twee delen. " + EV3 + " Voordat de "
      "Belastingdienst beslag legt op een bankrekening, gaat een medewerker voortaan na of het saldo afkomstig is van "
      "loon of uitkering en of de beslagvrije voet in acht wordt genomen; de Belastingdienst gebruikt daarvoor vanaf "
      "het derde kwartaal van 2025 de gegevens uit de polisadministratie. Van bankbeslag afzien zolang beslag op het "
      "inkomen mogelijk is, acht ik geen goede regel. Bij burgers met een wisselend inkomen, zoals de heer Yilmaz, is "
      "loonbeslag vaak juist slecht uitvoerbaar, en met de nieuwe controle vormt bankbeslag geen bedreiging meer voor "
      "het bestaansminimum.",
      ("3", "partial", EV3)),
    L("• Wat de aanbeveling over kwijtschelding voor voormalige ondernemers betreft: ik begrijp dat de uitkomst voor "
      "de heer Yilmaz hard is. " + EV4 + " Voormalige ondernemers kunnen wel een akkoord aanbieden aan al hun "
      "schuldeisers, waaraan de Belastingdienst meewerkt als de andere schuldeisers dat ook doen. Ook een minnelijke "
      "schuldregeling via de gemeente staat voor hen open.",
      ("4", "disagree", EV4)),
    L("• De twee aanbevelingen aan de Belastingdienst uit het verhaal van de heer Van Dam gaan over de samenwerking "
      "met de schuldhulpverlening. " + EV8 + " Het opschorten van de invordering zodra een gemeente meldt dat iemand "
      "tot de schuldhulpverlening is toegelaten, ligt ingewikkelder. Een opschorting raakt de positie van de "
      "Belastingdienst tegenover andere schuldeisers, en bij trajecten die niet van de grond komen loopt de schuld "
      "intussen verder op. " + EV9,
      ("8", "agree", EV8), ("9", "partial", EV9)),
    L("• Uit het verhaal van mevrouw Jansen leidt u twee aanbevelingen af. " + EV11 + " De Belastingdienst past de "
      "verzending vanaf 1 november 2025 aan. " + EV12 + " De kosten zijn wettelijk vastgelegd en gelden voor iedereen "
      "die niet op tijd betaalt; wie kwijtschelding krijgt, hoeft die kosten nu al niet te betalen. Een aparte "
      "regeling zou vooraf een inkomenstoets vergen die de Belastingdienst bij het versturen van een aanmaning niet "
      "kan uitvoeren.",
      ("11", "agree", EV11), ("12", "disagree", EV12)),
    L("• In het verhaal van mevrouw Ouali verrekende de Dienst Toeslagen een terugvordering zo dat het gezin minder "
      "overhield dan bij een beslag. " + EV6 + " De aanpassing van de systemen kost eenmalig 3,2 miljoen euro, die "
      "binnen de begroting van Financiën is gevonden.",
      ("6", "agree", EV6)),
    L("• U vraagt ook om terugvorderingen tot € 500 niet in te vorderen bij huishoudens met een inkomen rond het "
      "sociaal minimum. Ik deel uw constatering dat ook een kleine terugvordering voor deze huishoudens zwaar kan "
      "wegen. " + EV7 + " Zo’n grens zou burgers die een inkomenswijziging wel op tijd doorgaven, achterstellen bij "
      "burgers die dat niet deden, en zij zou uitnodigen tot het te laag schatten van het inkomen. Huishoudens met "
      "een laag inkomen kunnen voor een terugvordering een persoonlijke betalingsregeling krijgen, waarbij het "
      "maandbedrag wordt afgestemd op wat zij kunnen missen.",
      ("7", "disagree", EV7)),
    L("• " + EV13 + " Voor deze berichten en de telefonische ondersteuning die daarbij hoort, is jaarlijks 1,4 miljoen "
      "euro beschikbaar.",
      ("13", "agree", EV13)),
    L("• De aanbeveling over een beschermd bedrag op de bankrekening is gericht aan de minister van Sociale Zaken en "
      "Werkgelegenheid. De minister ziet, net als u, dat het bestaansminimum bij beslag op een bankrekening "
      "onvoldoende is beschermd. " + EV5 + " De Nederlandse Vereniging van Banken en de Koninklijke "
      "Beroepsorganisatie van Gerechtsdeurwaarders worden daarbij betrokken; de uitkomsten volgen voor het einde van "
      "2025.",
      ("5", "partial", EV5)),
    Paragraph("• De aanbeveling aan de gemeenten, over de intake bij de schuldhulpverlening, heb ik doorgestuurd aan "
              "de Vereniging van Nederlandse Gemeenten. Gemeenten zijn zelf verantwoordelijk voor de inrichting van "
              "hun schuldhulpverlening, en het is aan hen om te bepalen hoe zij met deze aanbeveling omgaan."),
    Paragraph("Uw rapport laat zien dat achter elk invorderingsdossier een huishouden schuilgaat, met een eigen "
              "geschiedenis en eigen zorgen. De Belastingdienst en de Dienst Toeslagen zullen de zes verhalen "
              "gebruiken in de opleiding van hun invorderingsmedewerkers. Over de stand van de maatregelen uit deze "
              "brief informeer ik de Tweede Kamer in de voortgangsrapportage Belastingdienst van het najaar van "
              "2025."),
    Paragraph("Ik dank u en uw medewerkers voor het zorgvuldige onderzoek, en de burgers die hun verhaal met u deelden "
              "voor hun openheid."),
    Paragraph("Hoogachtend,"),
    Paragraph("de staatssecretaris van Financiën – Fiscaliteit en Belastingdienst,"),
    Paragraph("mr. drs. E.J. Hoogendoorn"),
)

RESPONSE = Document(
    title="Ministerie van Financiën",
    subtitle="Aan de Ombudsman Fiscale Dienstverlening\nt.a.v. mr. A.W. Kooistra\nPostbus 10910\n2501 HX Den Haag",
    blocks=RESPONSE_BLOCKS,
    running_header="Ministerie van Financiën  ·  Kenmerk 2025-0000147392",
    footer="Pagina {page} van {pages}",
    title_page=False,
    font_family="sans",
    font_size=10.0,
)

PAIR = Pair(
    name="tax_debt_ombudsman_cases",
    report=REPORT,
    response=RESPONSE,
    description="Ombudsman Fiscale Dienstverlening: invordering bij mensen met geldzorgen (six case stories, "
                "running-text recommendations) and the staatssecretaris van Financiën's bulleted letter.",
)
