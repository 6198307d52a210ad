"""Pair: a fictional advisory report of the "Raad voor Volksgezondheid en Preventie" (a Gezondheidsraad-like body)
on preventing falls among older people living at home, answered by a letter of the minister of VWS.

Report layout: serif, title page with imprint, running header, a one-page "aanbiedingsbrief" to the minister, then
"Kern van het advies" with a bullet list that sums up all twelve adviezen in a line each (repeats, marked
duplicate_of; they are the first printing, so the gold page of each advice is the page of this summary).  Chapter 1
holds the four questions of the adviesaanvraag as a "1." list (not recommendations), chapter 2 a table of figures and
bullet lists of risk factors and conclusions (not recommendations).  Chapters 3-5 hold the twelve adviezen: each one
is a level-2 heading "Advies N <short imperative title>", followed by the advice stated in full in one sentence,
printed as a one-item "•" list (that item is the recommendation; the number is the one in the heading), and a
level-3 heading "Toelichting" with explanatory paragraphs.  Chapter 4 also has a bullet list of effective
interventions (not recommendations).  Annex A lists the committee members.

Response layout: sans letter with letterhead (no title page), running header with the kenmerk, page "x van y".
After an opening with thanks and a bullet list of current policy (not answers), it answers in prose under the
theme headings "Signaleren", "Interventies" and "Woningaanpassing": mostly by subject, twice with "het advies van de
raad om ..." and only twice by number ("advies 7", "advies 11").  One paragraph answers 5 and 6 together.  After
the signature, "Bijlage: overzicht reactie per advies" is a table "Advies | Reactie | Planning" with one-word or
short positions ("Overgenomen", "Deels overgenomen; zie brief", "Niet overgenomen", "Aan gemeenten", "Wordt
betrokken bij evaluatie WZO").  Where a cell gives a position, it carries the same Answer as the prose paragraph,
which comes first and decides the evidence.

Recommendations (departments; gold position; why):
  1 yearly fall-risk test for all 75+ in GP practice, paid as own tariff (OTHER huisartsen, VWS)   partial
      - no yearly test for all; a targeted assessment after a fall or with gait problems, with its own NZa tariff
  2 GP informed within two working days after an ED/ambulance visit without admission (VWS)         agree
      - no cue word: laid down in the Kwaliteitskader Spoedzorgketen from 1 July 2026
  3 medication review for older people at risk, outside the deductible (OTHER huisartsen, verzekeraars) agree
      - "Ook het advies van de raad om ... volg ik." plus ZN commitment
  4 national fall registry combining GP, ambulance and hospital data (VWS)                          disagree
      - "acht ik niet opportuun", points to existing sources, offers nothing new
  5 proven fall-prevention programmes in the basic package (VWS)                                     partial
      - refuses the basic package but offers 18 million a year via a specific grant to municipalities
  6 regional agreements insurers + municipalities on referral and funding (OTHER, GEMEENTEN)         agree
      - same paragraph as 5: agreement with ZN and VNG, every region before 1 January 2027
  7 a multidisciplinary fall clinic in every region (OTHER zorgverzekeraars, VWS)                    disagree
      - "Advies 7 neem ik daarom niet over."
  8 continuous low-threshold exercise offer in every neighbourhood (GEMEENTEN)                       not_addressed
      - prose only says it is the municipalities' responsibility; table says "Aan gemeenten" (no Answer)
  9 free home check for every 75+, structurally funded (GEMEENTEN, VWS)                              partial
      - no structural funding, a two-year trial in thirty municipalities
 10 small home adaptations without Wmo assessment or own contribution (VWS, GEMEENTEN)                agree
      - "Het advies van de raad om ... neem ik over." plus bill and date
 11 fall-safety requirements for new homes in the Bbl (BZK: minister for VRO)                        disagree
      - "... zien daarom geen aanleiding om advies 11 over te nemen."
 12 fall prevention in the municipal woonzorgvisie, national knowledge point (GEMEENTEN, VWS)         not_addressed
      - only "betrek ik bij de evaluatie van het programma Wonen en Zorg voor Ouderen"; table row without position
Positions: agree 4 (2, 3, 6, 10), partial 3 (1, 5, 9), disagree 3 (4, 7, 11), not_addressed 2 (8, 12).

Brief deviation: the full advice sentence under each heading is set as a one-item bullet list (so that it can carry
the Recommendation); list items render in regular weight, so it is not bold in the PDF.
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

H = Heading
P = Paragraph


def H2(text: str) -> Heading:
    return Heading(text, level=2)


def H3(text: str) -> Heading:
    return Heading(text, level=3)


def bullets(*texts: str, style: str = "•") -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style=style)


# The twelve adviezen: number -> (heading title, full advice sentence, departments, short summary line).
ADVIEZEN = {
    "1": (
        "Zorg voor een valrisicotest in de huisartsenpraktijk",
        "De raad adviseert huisartsen om alle thuiswonende 75-plussers in hun praktijk eenmaal per jaar met een "
        "korte, gevalideerde valrisicotest te beoordelen, en adviseert de minister van VWS om deze jaarlijkse test als "
        "aparte prestatie in de bekostiging van de huisartsenzorg op te nemen.",
        ("OTHER", "VWS"),
        "Laat huisartsen alle thuiswonende 75-plussers jaarlijks testen op valrisico, met een eigen vergoeding.",
    ),
    "2": (
        "Laat geen oudere na een val ongezien naar huis gaan",
        "De raad adviseert de minister van VWS om in de afspraken over de acute zorg vast te leggen dat de huisarts "
        "binnen twee werkdagen wordt geïnformeerd over iedere patiënt van 65 jaar of ouder die na een val op de "
        "spoedeisende hulp of door de ambulancezorg is behandeld zonder te worden opgenomen.",
        ("VWS",),
        "Zorg dat de huisarts binnen twee werkdagen hoort van een oudere die na een val op de spoedeisende hulp is "
        "geweest.",
    ),
    "3": (
        "Beoordeel de medicatie van ouderen met een verhoogd valrisico",
        "De raad adviseert huisartsen en apothekers om bij iedere oudere met een verhoogd valrisico een "
        "medicatiebeoordeling uit te voeren die gericht is op het afbouwen van valrisicoverhogende geneesmiddelen, en "
        "adviseert zorgverzekeraars om deze beoordeling buiten het eigen risico te vergoeden.",
        ("OTHER",),
        "Beoordeel bij ouderen met een verhoogd valrisico de medicatie, zonder eigen risico.",
    ),
    "4": (
        "Breng valincidenten landelijk en regionaal in beeld",
        "De raad adviseert de minister van VWS om een landelijke valregistratie in te richten waarin valincidenten "
        "bij ouderen uit de huisartsenzorg, de ambulancezorg en de ziekenhuizen worden samengebracht, zodat gemeenten "
        "en regio's de effecten van hun beleid kunnen volgen.",
        ("VWS",),
        "Richt een landelijke valregistratie in die gegevens uit de hele zorgketen samenbrengt.",
    ),
    "5": (
        "Neem bewezen effectieve valpreventieprogramma's op in het basispakket",
        "De raad adviseert de minister van VWS om valpreventieve beweegprogramma's waarvan de effectiviteit is "
        "aangetoond, zoals In Balans en het Otago-programma, voor ouderen met een verhoogd valrisico op te nemen in "
        "het basispakket van de Zorgverzekeringswet.",
        ("VWS",),
        "Neem bewezen effectieve valpreventieve beweegprogramma's op in het basispakket.",
    ),
    "6": (
        "Maak regionale afspraken over verwijzing en financiering",
        "De raad adviseert zorgverzekeraars en gemeenten om in iedere regio gezamenlijk vast te leggen hoe ouderen "
        "met een verhoogd valrisico van signalering naar een passende interventie worden geleid en wie welk deel "
        "daarvan betaalt.",
        ("OTHER", "GEMEENTEN"),
        "Laat zorgverzekeraars en gemeenten per regio afspreken hoe verwezen wordt en wie wat betaalt.",
    ),
    "7": (
        "Zorg voor een valpoli in iedere regio",
        "De raad adviseert zorgverzekeraars om in iedere regio ten minste één multidisciplinaire valpoli in te kopen, "
        "waar ouderen met herhaalde of onverklaarde valincidenten binnen zes weken terechtkunnen voor een uitgebreide "
        "valanalyse, en adviseert de minister van VWS erop toe te zien dat dit aanbod landelijk dekkend wordt.",
        ("OTHER", "VWS"),
        "Koop in iedere regio ten minste één multidisciplinaire valpoli in.",
    ),
    "8": (
        "Zorg voor doorlopend beweegaanbod in de wijk",
        "De raad adviseert gemeenten om in iedere wijk of kern een laagdrempelig en doorlopend beweegaanbod voor "
        "ouderen beschikbaar te hebben, waar deelnemers na afloop van een valpreventieprogramma kunnen blijven "
        "oefenen, en dat aanbod bekend te maken bij huisartsen, fysiotherapeuten en wijkverpleegkundigen.",
        ("GEMEENTEN",),
        "Zorg in iedere wijk voor doorlopend beweegaanbod voor ouderen.",
    ),
    "9": (
        "Bied iedere 75-plusser een woningcheck aan",
        "De raad adviseert gemeenten om iedere thuiswonende 75-plusser een kosteloze woningcheck op valgevaar aan te "
        "bieden, en adviseert de minister van VWS om gemeenten daarvoor structureel te financieren.",
        ("GEMEENTEN", "VWS"),
        "Bied iedere thuiswonende 75-plusser een kosteloze woningcheck aan, structureel gefinancierd.",
    ),
    "10": (
        "Maak kleine woningaanpassingen zonder indicatie beschikbaar",
        "De raad adviseert de minister van VWS om de Wmo 2015 zo aan te passen dat gemeenten kleine "
        "woningaanpassingen, zoals wandbeugels, drempelhulpen en een tweede trapleuning, zonder voorafgaand onderzoek "
        "en zonder eigen bijdrage kunnen verstrekken, en adviseert gemeenten om die mogelijkheid te benutten.",
        ("VWS", "GEMEENTEN"),
        "Maak kleine woningaanpassingen beschikbaar zonder Wmo-onderzoek en zonder eigen bijdrage.",
    ),
    "11": (
        "Stel eisen aan de valveiligheid van nieuwe woningen",
        "De raad adviseert de minister van Volkshuisvesting en Ruimtelijke Ordening om in het Besluit bouwwerken "
        "leefomgeving eisen op te nemen voor de valveiligheid van nieuwe woningen, waaronder een drempelloze toegang, "
        "een tweede trapleuning en een voorbereiding op het plaatsen van wandbeugels in badkamer en toilet.",
        ("BZK",),
        "Neem eisen voor valveiligheid van nieuwe woningen op in de bouwregelgeving.",
    ),
    "12": (
        "Geef valpreventie een plaats in de woonzorgvisie",
        "De raad adviseert gemeenten om valpreventie als vast onderdeel op te nemen in hun woonzorgvisie en in de "
        "prestatieafspraken met woningcorporaties, en adviseert de minister van VWS om gemeenten daarbij te "
        "ondersteunen met een landelijk kennispunt.",
        ("GEMEENTEN", "VWS"),
        "Neem valpreventie op in de woonzorgvisie, met steun van een landelijk kennispunt.",
    ),
}


def advies(number: str) -> tuple:
    """The heading of an advice and its full statement as a one-item bullet list carrying the recommendation."""
    title, text, departments, _ = ADVIEZEN[number]
    return (
        H2(f"Advies {number} {title}"),
        ItemList(items=(ListItem(text, recommendation=Recommendation(number, departments)),), style="•"),
        H3("Toelichting"),
    )


def kern() -> ItemList:
    """The summary bullets of 'Kern van het advies': repeats of all twelve adviezen."""
    return ItemList(
        items=tuple(ListItem(short, recommendation=Recommendation("", departments, duplicate_of=number))
                    for number, (_, _, departments, short) in ADVIEZEN.items()),
        style="•",
    )


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H("Aanbiedingsbrief"),
    P("Aan de minister van Volksgezondheid, Welzijn en Sport"),
    P("Onderwerp: aanbieding advies Preventie van valincidenten bij ouderen  |  Uw kenmerk: 3812044-1066102-PG  |  "
      "Ons kenmerk: RVP-2025/14  |  Den Haag, 17 juni 2025"),
    P("Geachte minister,"),
    P("Op 14 maart 2024 vroeg uw ambtsvoorganger de raad om te adviseren over de vraag hoe het groeiende aantal "
      "valincidenten bij thuiswonende ouderen kan worden teruggedrongen. Hierbij bied ik u het advies 'Preventie van "
      "valincidenten bij ouderen' aan. Het is opgesteld door een daartoe ingestelde commissie en getoetst door de "
      "vaste Beraadsgroep Preventie en Gezondheidsbescherming van de raad."),
    P("Vallen is de belangrijkste oorzaak van letsel bij ouderen, en het aantal ouderen dat na een val overlijdt, "
      "is in tien jaar met meer dan de helft gestegen. Die stijging is maar voor een deel te verklaren uit de "
      "vergrijzing. De commissie stelt vast dat er voldoende kennis is over wat werkt, maar dat die kennis in de "
      "praktijk te weinig wordt toegepast: ouderen met een verhoogd risico worden niet tijdig herkend, effectieve "
      "programma's bereiken maar een klein deel van hen, en de woning waarin zij oud worden, is daar vaak niet op "
      "ingericht."),
    P("De raad doet twaalf adviezen, gericht aan u, aan de minister van Volkshuisvesting en Ruimtelijke Ordening, aan "
      "zorgverzekeraars, aan gemeenten en aan huisartsen en apothekers. De adviezen hangen samen: signalering heeft "
      "alleen zin als er passende interventies beschikbaar zijn, en interventies bereiken ouderen alleen als de "
      "verwijzing en de financiering op orde zijn. De raad vraagt u daarom om de adviezen in samenhang te bezien."),
    P("Met vriendelijke groet,"),
    P("prof. dr. H.J. (Hanneke) Verbeek-Ooms, voorzitter Raad voor Volksgezondheid en Preventie"),
    PageBreak(),
    H("Kern van het advies"),
    P("Elk jaar komen in Nederland ruim 125.000 mensen van 65 jaar en ouder na een val op de spoedeisende hulp "
      "terecht, en bijna 6.000 ouderen overlijden aan de gevolgen van een val. Een val leidt vaak tot een "
      "heupfractuur of hoofdletsel, tot verlies van zelfstandigheid en tot angst om opnieuw te vallen. De medische "
      "kosten van valincidenten bij ouderen bedragen naar schatting 1,3 miljard euro per jaar, en zonder "
      "aanvullend beleid lopen die kosten tot 2040 verder op."),
    P("Een groot deel van deze valincidenten is te voorkomen. Bewezen effectieve programma's kunnen het aantal "
      "valincidenten bij ouderen met een verhoogd risico met ongeveer een kwart verminderen. Toch volgt minder dan "
      "vijf procent van de ouderen die daarvoor in aanmerking komen, zo'n programma. De raad ziet drie knelpunten: "
      "ouderen met een verhoogd valrisico worden te laat herkend, het aanbod van interventies is versnipperd en "
      "slecht gefinancierd, en de woning en de omgeving van ouderen zijn onvoldoende valveilig."),
    P("De raad adviseert kort samengevat:", bold=True),
    kern(),
    P("De adviezen zijn in de hoofdstukken 3 tot en met 5 uitgewerkt en toegelicht. Ieder advies noemt de partij tot "
      "wie het zich richt."),
    PageBreak(),
    H("1 Inleiding"),
    H2("1.1 Adviesaanvraag"),
    P("De minister van Volksgezondheid, Welzijn en Sport heeft de raad in maart 2024 om advies gevraagd over de "
      "preventie van valincidenten bij thuiswonende ouderen. Aanleiding was de sterke stijging van het aantal "
      "ouderen dat na een val op de spoedeisende hulp terechtkomt of overlijdt, en de vraag of het bestaande beleid "
      "daar voldoende op is toegerust. De adviesaanvraag bevat de volgende vragen:"),
    ItemList(items=(
        ListItem("Wat is bekend over de omvang, de oorzaken en de gevolgen van valincidenten bij thuiswonende ouderen, "
                 "en welke ontwikkeling is de komende twintig jaar te verwachten?"),
        ListItem("Welke interventies zijn effectief om valincidenten bij ouderen te voorkomen, en voor welke groepen "
                 "ouderen?"),
        ListItem("Welke belemmeringen staan een brede toepassing van effectieve interventies in de weg, in de zorg, "
                 "in het sociaal domein en in de woonomgeving?"),
        ListItem("Welke rol kunnen de verschillende partijen, waaronder de rijksoverheid, gemeenten, "
                 "zorgverzekeraars en zorgverleners, spelen om die belemmeringen weg te nemen?"),
    ), style="1."),
    P("De volledige adviesaanvraag is op te vragen bij het secretariaat van de raad."),
    H2("1.2 Werkwijze"),
    P("Voor dit advies heeft de raad een commissie ingesteld met deskundigen op het gebied van geriatrie, "
      "huisartsgeneeskunde, fysiotherapie, farmacie, epidemiologie, gezondheidseconomie, volkshuisvesting en het "
      "gemeentelijk sociaal domein. De samenstelling van de commissie staat in bijlage A. De commissie kwam tussen "
      "juni 2024 en april 2025 negen keer bijeen."),
    P("De commissie heeft de wetenschappelijke literatuur over valpreventie bij ouderen beoordeeld, met nadruk op "
      "systematische reviews en gerandomiseerde studies die sinds het verschijnen van de multidisciplinaire "
      "richtlijn in 2017 zijn gepubliceerd. Daarnaast heeft zij gesproken met ouderen en mantelzorgers, met "
      "huisartsen, praktijkondersteuners, wijkverpleegkundigen, fysiotherapeuten, ergotherapeuten en apothekers, en "
      "met vertegenwoordigers van gemeenten, zorgverzekeraars en woningcorporaties. VeiligheidNL en het RIVM hebben "
      "op verzoek van de commissie aanvullende analyses gemaakt.", footnotes=(
        "De literatuurstudie en de aanvullende analyses zijn gepubliceerd als achtergronddocument bij dit advies.",)),
    H2("1.3 Afbakening"),
    P("Dit advies gaat over ouderen van 65 jaar en ouder die zelfstandig thuis wonen, al dan niet met ondersteuning "
      "van mantelzorgers, thuiszorg of wijkverpleging. Valpreventie in verpleeghuizen en ziekenhuizen valt buiten "
      "het advies; daarvoor bestaan afzonderlijke kwaliteitskaders. Ook de behandeling van letsel na een val, zoals "
      "de operatie en revalidatie na een heupfractuur, komt alleen aan de orde voor zover zij van belang is voor het "
      "voorkomen van een volgende val."),
    H2("1.4 Leeswijzer"),
    P("Hoofdstuk 2 beschrijft de omvang, de oorzaken en de gevolgen van valincidenten. De hoofdstukken 3, 4 en 5 "
      "bevatten de analyse en de adviezen van de raad over respectievelijk het signaleren van een verhoogd "
      "valrisico, effectieve interventies, en de woning en woonomgeving. Hoofdstuk 6 sluit af met een beschouwing "
      "over de samenhang tussen de adviezen."),
    H("2 Vallen bij ouderen: omvang, oorzaken en gevolgen"),
    H2("2.1 Omvang"),
    P("Van de thuiswonende 65-plussers valt ongeveer een op de drie minstens eens per jaar; bij 80-plussers is dat "
      "bijna de helft. De meeste valincidenten lopen goed af, maar een op de tien leidt tot letsel waarvoor medische "
      "hulp nodig is. In 2024 werden op de spoedeisende hulp ruim 125.000 ouderen behandeld na een val. Tabel 2.1 "
      "geeft de verdeling naar leeftijd."),
    P("Tabel 2.1 Ouderen na een val op de spoedeisende hulp, ziekenhuisopnamen en sterfte, 2024 (afgeronde aantallen)",
      bold=True),
    Table(
        header=("Leeftijd", "SEH-behandelingen", "Waarvan opgenomen", "Overleden na val"),
        rows=(
            ("65-74 jaar", "31.000", "9.500", "420"),
            ("75-84 jaar", "47.500", "19.000", "1.650"),
            ("85 jaar en ouder", "47.000", "24.500", "3.880"),
            ("Totaal", "125.500", "53.000", "5.950"),
        ),
        widths=(0.3, 0.25, 0.25, 0.2),
        rules="rows",
    ),
    P("Bron: Letsel Informatie Systeem, bewerking door de commissie; sterfte volgens de doodsoorzakenstatistiek.",
      footnotes=("De aantallen zijn afgerond op vijfhonderd, de sterfte op tien.",)),
    P("Het aantal ouderen dat na een val overlijdt, is tussen 2014 en 2024 met ruim vijftig procent gestegen. De "
      "commissie schat dat ongeveer twee derde van die stijging samenhangt met de groei van het aantal 80-plussers. "
      "De rest wijst erop dat ook het risico per oudere is toegenomen, onder meer door het toegenomen gebruik van "
      "geneesmiddelen en doordat ouderen langer zelfstandig wonen met meer beperkingen."),
    H2("2.2 Oorzaken"),
    P("Een val heeft zelden één oorzaak. Meestal gaat het om een samenspel van factoren bij de oudere zelf en in "
      "diens omgeving. De belangrijkste risicofactoren die uit de literatuur naar voren komen, zijn:"),
    bullets(
        "een eerdere val in het afgelopen jaar, de sterkste voorspeller van een volgende val;",
        "problemen met lopen, evenwicht en spierkracht;",
        "het gebruik van valrisicoverhogende geneesmiddelen, zoals slaap- en kalmeringsmiddelen, antidepressiva en "
        "bepaalde middelen tegen hoge bloeddruk, en het gebruik van vier of meer geneesmiddelen tegelijk;",
        "duizeligheid en een plotselinge bloeddrukdaling bij het opstaan;",
        "slechtziendheid en cognitieve achteruitgang;",
        "angst om te vallen, die leidt tot minder bewegen en daardoor tot verder verlies van kracht;",
        "gevaren in en om de woning, zoals losse kleden, drempels, steile trappen zonder tweede leuning, slechte "
        "verlichting en gladde vloeren in badkamer en toilet.",
    ),
    P("Veel van deze factoren zijn te beïnvloeden. Dat geldt in het bijzonder voor spierkracht en evenwicht, voor "
      "het geneesmiddelengebruik en voor de inrichting van de woning."),
    H2("2.3 Gevolgen"),
    P("De gevolgen van een val reiken verder dan het letsel zelf. Van de ouderen die een heupfractuur oplopen, "
      "overlijdt ongeveer een op de vijf binnen een jaar, en een groot deel van de overlevenden bereikt het niveau "
      "van zelfstandigheid van vóór de val niet meer. Een val is een veelvoorkomende aanleiding voor een opname in "
      "een verpleeghuis. Ook zonder letsel kan een val ingrijpende gevolgen hebben: wie eenmaal is gevallen, wordt "
      "vaak angstig, gaat minder de deur uit en raakt geïsoleerd."),
    P("De directe medische kosten van valincidenten bij 65-plussers bedroegen in 2024 naar schatting 1,3 miljard "
      "euro. Daarbij zijn de kosten van langdurige zorg na een val, van mantelzorg en van verlies aan kwaliteit van "
      "leven niet meegerekend. Bij ongewijzigd beleid verwacht de commissie dat de medische kosten tot 2040 met "
      "ongeveer zestig procent stijgen."),
    H2("2.4 Conclusies"),
    P("Op basis van de analyse in dit hoofdstuk concludeert de commissie:"),
    bullets(
        "Valincidenten zijn bij ouderen de belangrijkste oorzaak van letsel en een belangrijke oorzaak van verlies "
        "van zelfstandigheid.",
        "Het aantal valincidenten en de sterfte daaraan nemen sneller toe dan op grond van de vergrijzing alleen te "
        "verwachten is.",
        "De belangrijkste risicofactoren zijn bekend en grotendeels te beïnvloeden.",
        "Een eerdere val is het belangrijkste signaal dat een oudere hulp nodig heeft; dat signaal wordt in de "
        "praktijk vaak gemist.",
    ),
    H("3 Signaleren van een verhoogd valrisico"),
    P("Effectieve valpreventie begint bij het herkennen van ouderen met een verhoogd valrisico. In de praktijk "
      "gebeurt dat weinig systematisch. Huisartsen vragen lang niet altijd naar valincidenten, en ouderen melden "
      "een val zelf zelden, omdat zij die als een ongelukje of als een onvermijdelijk gevolg van het ouder worden "
      "zien. De multidisciplinaire richtlijn adviseert om ouderen jaarlijks te vragen of zij in het afgelopen jaar "
      "zijn gevallen, maar uit de interviews van de commissie blijkt dat slechts een minderheid van de praktijken "
      "dat doet."),
    P("Ook na een val die tot een bezoek aan de spoedeisende hulp leidt, blijft een vervolg vaak uit. De spoedeisende "
      "hulp behandelt het letsel en stuurt de patiënt naar huis; de vraag waarom de oudere viel, wordt daar "
      "meestal niet gesteld. Of de huisarts van het bezoek hoort, hangt af van regionale afspraken en van de "
      "oplettendheid van de behandelaar."),
    *advies("1"),
    P("Een korte valrisicotest, zoals de combinatie van drie vragen over eerdere valincidenten, valangst en "
      "problemen met lopen of evenwicht, gevolgd door een eenvoudige looptest, neemt enkele minuten in beslag en "
      "kan worden uitgevoerd door een praktijkondersteuner. Studies laten zien dat zo'n test ouderen met een "
      "verhoogd risico redelijk betrouwbaar onderscheidt van ouderen met een laag risico."),
    P("De commissie kiest voor een jaarlijkse test bij alle thuiswonende 75-plussers, omdat het risico boven die "
      "leeftijd zo hoog is dat een gerichte aanpak, alleen bij ouderen die zelf klachten melden, te veel ouderen "
      "mist. Om te voorkomen dat de test als extra last op een overbelaste huisartsenzorg terechtkomt, moet de tijd "
      "die hij vraagt, afzonderlijk worden vergoed. Praktijken die al met een jaarlijkse uitnodiging voor kwetsbare "
      "ouderen werken, kunnen de test daarin opnemen."),
    *advies("2"),
    P("Een bezoek aan de spoedeisende hulp na een val is een sterk signaal: bijna de helft van deze ouderen valt "
      "binnen een jaar opnieuw. Toch ontvangt de huisarts volgens de analyse van de commissie in minder dan de helft "
      "van de gevallen een bericht, en vaak pas na weken. Ambulancezorg die een gevallen oudere ter plaatse "
      "behandelt zonder naar het ziekenhuis te vervoeren, informeert de huisarts nog minder vaak."),
    P("De commissie adviseert daarom om de informatie-overdracht aan de huisarts na een val vast te leggen in de "
      "landelijke afspraken over de acute zorg. Daarmee wordt het niet langer afhankelijk van regionale gewoonten of "
      "van individuele behandelaars of een oudere na een val in beeld komt."),
    *advies("3"),
    P("Geneesmiddelen zijn een van de best te beïnvloeden risicofactoren. Het afbouwen of vervangen van "
      "valrisicoverhogende geneesmiddelen verlaagt het valrisico aantoonbaar, zeker bij ouderen die meerdere "
      "middelen gebruiken. Een medicatiebeoordeling door huisarts en apotheker samen, met de oudere zelf, is "
      "daarvoor het aangewezen instrument."),
    P("Uit de gesprekken van de commissie blijkt dat ouderen een medicatiebeoordeling soms afzeggen omdat zij "
      "onzeker zijn over de kosten. Dat is een onnodige drempel voor een interventie die zichzelf ruimschoots "
      "terugverdient. De commissie adviseert zorgverzekeraars daarom de beoordeling bij deze groep buiten het "
      "eigen risico te vergoeden, zoals zij dat ook voor andere preventieve zorg doen."),
    *advies("4"),
    P("Het ontbreekt gemeenten en zorgregio's aan bruikbare gegevens over valincidenten bij hun inwoners. De "
      "bestaande registraties zijn gericht op de spoedeisende hulp en geven geen beeld van valincidenten die bij de "
      "huisarts of de ambulance eindigen. Daardoor kan een gemeente niet nagaan of haar beleid effect heeft, en "
      "blijven regionale verschillen onopgemerkt."),
    P("Een landelijke valregistratie die gegevens uit de hele keten samenbrengt en per gemeente en regio "
      "beschikbaar stelt, maakt het mogelijk om beleid te richten en te evalueren. De commissie realiseert zich dat "
      "daarvoor een wettelijke grondslag en afspraken over de registratie in de huisartsenzorg nodig zijn, maar "
      "acht die investering gerechtvaardigd gezien de omvang van het probleem."),
    H("4 Effectieve interventies"),
    H2("4.1 Wat werkt"),
    P("De wetenschappelijke literatuur over valpreventie is omvangrijk. De commissie heeft de sterkste bewijskracht "
      "gevonden voor de volgende interventies:"),
    bullets(
        "beweegprogramma's gericht op evenwicht en spierkracht, zoals In Balans en het Otago-programma, die het "
        "aantal valincidenten met twintig tot dertig procent verminderen als zij minstens drie maanden worden "
        "gevolgd;",
        "het afbouwen van valrisicoverhogende geneesmiddelen na een medicatiebeoordeling;",
        "een valanalyse met een behandelplan op maat bij ouderen die herhaaldelijk vallen;",
        "een aanpassing van de woning na beoordeling door een ergotherapeut, vooral bij ouderen die al eerder "
        "zijn gevallen;",
        "een staaroperatie bij ouderen met ernstige staar.",
    ),
    P("Voor vitamine D-suppletie als afzonderlijke maatregel tegen valincidenten vond de commissie geen overtuigend "
      "bewijs; het advies van de raad over vitamine D bij ouderen uit 2022 blijft onverminderd van kracht.", footnotes=(
        "Raad voor Volksgezondheid en Preventie, Voedingsnormen voor vitamine D bij ouderen, Den Haag 2022.",)),
    H2("4.2 Het bereik van de interventies"),
    P("Hoewel bekend is wat werkt, bereiken de interventies maar een klein deel van de ouderen die er baat bij "
      "hebben. Valpreventieve beweegprogramma's worden aangeboden door fysiotherapeuten, oefentherapeuten en "
      "welzijnsorganisaties, maar zij worden niet uit het basispakket vergoed. Sommige zorgverzekeraars vergoeden "
      "ze uit de aanvullende verzekering, sommige gemeenten financieren ze uit hun preventiebudget, en in veel "
      "regio's betaalt de oudere zelf. Ouderen met een laag inkomen haken daardoor vaker af."),
    P("Daarnaast kennen verwijzers het aanbod vaak niet. Huisartsen en wijkverpleegkundigen weten niet altijd welk "
      "programma in hun wijk wordt aangeboden en of het voor hun patiënt wordt vergoed. Ouderen die een programma "
      "hebben afgerond, vinden vaak geen aanbod om daarna te blijven oefenen, waardoor het effect na een jaar "
      "grotendeels verdwenen is."),
    *advies("5"),
    P("Valpreventieve beweegprogramma's voldoen aan de criteria die voor verzekerde zorg gelden: zij zijn effectief, "
      "noodzakelijk voor een afgebakende groep met een aantoonbaar verhoogd risico, en kosteneffectief. De commissie "
      "berekende dat iedere euro die aan deze programma's wordt besteed, binnen drie jaar ongeveer twee euro aan "
      "medische kosten bespaart."),
    P("Opname in het basispakket maakt een einde aan de huidige lappendeken van vergoedingen en zorgt ervoor dat "
      "iedere oudere met een verhoogd valrisico ongeacht woonplaats of inkomen toegang heeft tot een programma. De "
      "commissie beseft dat het Zorginstituut eerder oordeelde dat groepsgewijze preventieve programma's deels "
      "buiten de verzekerde zorg vallen, maar meent dat de afbakening tot ouderen met een vastgesteld verhoogd "
      "risico dat bezwaar wegneemt."),
    *advies("6"),
    P("Ook als de financiering van de programma's zelf geregeld is, blijft samenwerking tussen zorg en sociaal "
      "domein nodig. Signalering gebeurt vaak in de zorg, maar het beweegaanbod en de ondersteuning thuis vallen "
      "onder de gemeente. Zonder afspraken over wie verwijst, wie uitvoert en wie betaalt, blijven ouderen tussen "
      "beide werelden hangen."),
    P("In een aantal regio's hebben zorgverzekeraars en gemeenten zulke afspraken al gemaakt, bijvoorbeeld in het "
      "kader van de regiobeelden en regioplannen uit het Integraal Zorgakkoord. De commissie adviseert die aanpak in "
      "alle regio's te volgen, en de afspraken schriftelijk vast te leggen zodat zij niet afhangen van de inzet van "
      "individuele bestuurders."),
    *advies("7"),
    P("Een deel van de ouderen valt herhaaldelijk zonder duidelijke oorzaak, of heeft zoveel aandoeningen dat een "
      "eenvoudige aanpak in de eerste lijn niet volstaat. Voor hen is een uitgebreide valanalyse door een "
      "multidisciplinair team van een klinisch geriater, een fysiotherapeut en een ergotherapeut aangewezen. Zulke "
      "valpoli's bestaan in een deel van de ziekenhuizen, maar de wachttijden lopen op tot vier maanden en in "
      "sommige regio's ontbreken zij geheel."),
    P("De commissie adviseert zorgverzekeraars om in iedere regio ten minste één valpoli in te kopen, en de "
      "minister om te bewaken dat dit landelijk dekkend gebeurt. Een valpoli kan ook een rol spelen als "
      "kenniscentrum voor huisartsen en fysiotherapeuten in de regio."),
    *advies("8"),
    P("Het effect van een beweegprogramma verdwijnt grotendeels als de deelnemer daarna stopt met oefenen. Een "
      "doorlopend aanbod in de buurt, zoals een beweeggroep in het buurthuis of een wandelgroep onder begeleiding, "
      "helpt ouderen om actief te blijven. Veel gemeenten hebben zulk aanbod, maar het is niet overal "
      "beschikbaar en het is bij verwijzers weinig bekend."),
    P("Gemeenten zijn op grond van de Wet publieke gezondheid verantwoordelijk voor de lokale gezondheidsbevordering "
      "en kunnen het beweegaanbod verbinden met hun sport- en welzijnsbeleid. De commissie adviseert gemeenten om "
      "het aanbod in iedere wijk of kern beschikbaar te hebben en het actief onder de aandacht te brengen van de "
      "professionals die ouderen verwijzen."),
    H("5 Een valveilige woning en woonomgeving"),
    P("Ongeveer twee derde van de valincidenten bij thuiswonende ouderen vindt plaats in of rond de eigen woning. "
      "Drempels, trappen, losse kleden, slechte verlichting en gladde vloeren spelen daarbij een grote rol. Het "
      "beleid is erop gericht dat ouderen langer zelfstandig thuis blijven wonen; daarmee neemt het belang van een "
      "valveilige woning toe. Slechts een klein deel van de woningvoorraad is op dit moment geschikt voor ouderen "
      "met beperkingen in hun mobiliteit."),
    P("Ouderen passen hun woning zelden uit eigen beweging aan. Vaak gebeurt dat pas na een val, als het letsel er "
      "al is. Woningaanpassingen via de Wmo vragen een aanvraag, een onderzoek en een besluit, en ook voor een "
      "eenvoudige beugel kan dat weken duren. Een deel van de ouderen ziet daarom van een aanvraag af."),
    *advies("9"),
    P("Een woningcheck door een ergotherapeut of een daartoe opgeleide vrijwilliger brengt de gevaren in en om de "
      "woning in kaart en geeft de bewoner concrete adviezen. Uit evaluaties van lokale projecten blijkt dat ouderen "
      "een groot deel van die adviezen opvolgen, vooral als zij ook praktische hulp krijgen bij de uitvoering."),
    P("De commissie adviseert gemeenten om iedere thuiswonende 75-plusser een kosteloze woningcheck aan te bieden, "
      "bij voorkeur in combinatie met een preventief huisbezoek. Omdat gemeenten daarvoor nu geen middelen hebben, "
      "is structurele financiering door het Rijk een voorwaarde."),
    *advies("10"),
    P("Kleine aanpassingen, zoals een wandbeugel bij toilet en douche, een drempelhulp of een tweede trapleuning, "
      "kosten meestal enkele tientallen tot enkele honderden euro's en verminderen het valrisico direct. De "
      "procedure van de Wmo, met een onderzoek, een aanvraag en een beschikking, staat in geen verhouding tot die "
      "kosten. Een aantal gemeenten verstrekt kleine aanpassingen daarom al als algemene voorziening, maar twijfelt "
      "of de wet daar ruimte voor biedt en vraagt dan toch een eigen bijdrage."),
    P("De commissie adviseert de wet zo aan te passen dat die ruimte buiten twijfel staat, en gemeenten om er "
      "gebruik van te maken."),
    *advies("11"),
    P("Iedere woning die nu wordt gebouwd, zal in de loop van haar bestaan door ouderen worden bewoond. Het is "
      "veel goedkoper om een woning bij de bouw valveilig te maken dan om haar achteraf aan te passen. Het Besluit "
      "bouwwerken leefomgeving stelt eisen aan trappen en aan de toegankelijkheid van gebouwen, maar niet aan "
      "een drempelloze toegang tot iedere woning of aan voorzieningen voor het plaatsen van beugels."),
    P("De commissie heeft laten berekenen dat de meerkosten van de voorgestelde eisen bij nieuwbouw minder dan een "
      "half procent van de bouwkosten bedragen. Daar staat een grote besparing op latere aanpassingen en "
      "valincidenten tegenover."),
    *advies("12"),
    P("Gemeenten stellen een woonzorgvisie op waarin zij beschrijven hoe zij de woningvoorraad en de zorg en "
      "ondersteuning afstemmen op de behoeften van ouderen. Valpreventie komt in die visies nauwelijks voor. Toch "
      "bepalen juist de keuzes in de woonzorgvisie en in de prestatieafspraken met corporaties hoe valveilig ouderen "
      "over tien jaar wonen."),
    P("Gemeenten geven aan behoefte te hebben aan kennis en voorbeelden. De commissie adviseert daarom een landelijk "
      "kennispunt dat gemeenten helpt valpreventie in hun woonzorgvisie en prestatieafspraken op te nemen."),
    H("6 Tot slot: samenhang"),
    P("De twaalf adviezen in dit rapport versterken elkaar. Een valrisicotest in de huisartsenpraktijk heeft weinig "
      "zin als de oudere daarna niet naar een programma kan worden verwezen; een programma heeft blijvend effect als "
      "de oudere daarna kan blijven oefenen en in een veilige woning woont. De raad vraagt de betrokken partijen "
      "daarom om de adviezen niet afzonderlijk te beoordelen, maar als samenhangend pakket."),
    P("De raad beseft dat een deel van de adviezen extra middelen vraagt. Tegenover die middelen staat een "
      "aanzienlijke besparing op medische kosten en langdurige zorg, en bovenal een betere kwaliteit van leven voor "
      "een groeiende groep ouderen. De raad is graag bereid zijn adviezen nader toe te lichten."),
    PageBreak(),
    H("Bijlage A Samenstelling van de commissie"),
    bullets(
        "prof. dr. M.A. (Marieke) Terpstra, hoogleraar geriatrie, voorzitter",
        "dr. R. (Ruud) Hoogendijk, huisarts en kaderarts ouderengeneeskunde",
        "dr. S.E. (Saskia) van Lier, fysiotherapeut en onderzoeker",
        "drs. J.W. (Jan-Willem) Brandsma, openbaar apotheker",
        "prof. dr. L. (Lotte) Mensink, hoogleraar epidemiologie",
        "dr. K. (Karim) El Hamdaoui, gezondheidseconoom",
        "ir. A.M. (Annelies) Rutgers, adviseur volkshuisvesting",
        "drs. P.C. (Pieter) Oosterveld, beleidsadviseur sociaal domein van een middelgrote gemeente",
        "drs. E. (Eline) de Groot, secretaris",
    ),
    P("Als waarnemers namen deel: een vertegenwoordiger van het ministerie van Volksgezondheid, Welzijn en Sport en "
      "een vertegenwoordiger van het RIVM. Waarnemers dragen geen verantwoordelijkheid voor de inhoud van het "
      "advies."),
)

REPORT = Document(
    title="Preventie van valincidenten bij ouderen",
    subtitle="Advies van de Raad voor Volksgezondheid en Preventie aan de minister van Volksgezondheid, Welzijn en "
             "Sport",
    blocks=REPORT_BLOCKS,
    running_header="Raad voor Volksgezondheid en Preventie  |  Preventie van valincidenten bij ouderen  |  "
                   "Nr. 2025/14",
    footer="{page}",
    font_family="serif",
    font_size=10.5,
    imprint=("Raad voor Volksgezondheid en Preventie", "Nr. 2025/14, Den Haag, 17 juni 2025",
             "ISBN 978-94-6281-412-7"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV1 = ("Ik kies daarom niet voor een jaarlijkse test bij alle 75-plussers, maar wel voor een gerichte "
       "valrisicobeoordeling bij ouderen die zich na een val of met loop- of evenwichtsklachten bij de huisarts "
       "melden; de NZa neemt daarvoor op mijn verzoek per 1 januari 2027 een aparte prestatie op in de bekostiging "
       "van de huisartsenzorg.")
EV3 = ("Ook het advies van de raad om de medicatie van ouderen met een verhoogd valrisico gericht te laten "
       "beoordelen, volg ik.")
EV2 = ("Op mijn verzoek leggen de partijen in de acute zorg in het Kwaliteitskader Spoedzorgketen vast dat de huisarts "
       "vanaf 1 juli 2026 binnen twee werkdagen bericht krijgt over iedere patiënt van 65 jaar of ouder die na een "
       "val op de spoedeisende hulp of door de ambulance is behandeld en niet is opgenomen.")
EV4 = "Een afzonderlijke landelijke valregistratie acht ik niet opportuun."
EV5 = ("Voor opname in het basispakket kies ik daarom niet; wel stel ik gemeenten in de jaren 2026 tot en met 2028 "
       "jaarlijks 18 miljoen euro beschikbaar via een specifieke uitkering, waarmee zij deze programma's voor ouderen "
       "met een verhoogd valrisico kosteloos kunnen aanbieden.")
EV6 = ("Om ervoor te zorgen dat ouderen met een verhoogd risico ook werkelijk bij zo'n programma terechtkomen, hebben "
       "Zorgverzekeraars Nederland en de VNG met mij afgesproken dat in iedere regio vóór 1 januari 2027 schriftelijk "
       "is vastgelegd hoe de verwijzing verloopt en welk deel de zorgverzekeraar en welk deel de gemeente betaalt.")
EV7 = "Advies 7 neem ik daarom niet over."
EV10 = ("Het advies van de raad om kleine woningaanpassingen zonder voorafgaand onderzoek en zonder eigen bijdrage "
        "beschikbaar te maken, neem ik over.")
EV9 = ("Structurele financiering van een woningcheck voor alle 75-plussers kan ik niet toezeggen, maar in 2026 en "
       "2027 financier ik wel een proef in dertig gemeenten waarin een woningcheck op valgevaar wordt gecombineerd met "
       "het preventief huisbezoek.")
EV11 = ("De minister van Volkshuisvesting en Ruimtelijke Ordening en ik zien daarom geen aanleiding om advies 11 over "
        "te nemen.")

OVERGENOMEN = "Overgenomen"
DEELS = "Deels overgenomen; zie brief"
NIET = "Niet overgenomen"


def reactie(number: str, text: str, position: str | None) -> Cell:
    """A Reactie cell of the annex table; it carries an Answer when it states a position."""
    if position is None:
        return Cell(text)
    return Cell(text, answers=(Answer(number, position, text),))


RESPONSE_BLOCKS = (
    P("De Voorzitter van de Tweede Kamer der Staten-Generaal, Postbus 20018, 2500 EA Den Haag"),
    P("Datum: 30 oktober 2025"),
    P("Betreft: Reactie op het advies 'Preventie van valincidenten bij ouderen' van de Raad voor Volksgezondheid en "
      "Preventie"),
    P("Ons kenmerk: 4210388-1081566-PG"),
    P("Geachte voorzitter,"),
    P("Op 17 juni 2025 heeft de Raad voor Volksgezondheid en Preventie (hierna: de raad) mij het advies 'Preventie van "
      "valincidenten bij ouderen' aangeboden. De raad heeft dit advies opgesteld op verzoek van mijn ambtsvoorganger. "
      "Met deze brief bied ik uw Kamer het advies aan en geef ik, mede namens de minister van Volkshuisvesting en "
      "Ruimtelijke Ordening, mijn reactie. Daarmee doe ik ook de toezegging gestand die ik tijdens het commissiedebat "
      "over preventie van 11 september jongstleden aan het lid Verhoeven heb gedaan."),
    P("Ik dank de raad en de commissie die het advies heeft voorbereid voor een helder en goed onderbouwd advies. De "
      "cijfers die de raad presenteert, zijn indringend. Bijna 6.000 ouderen overleden in 2024 aan de gevolgen van "
      "een val; dat zijn er meer dan in het verkeer, door verdrinking en door branden samen. Achter die cijfers gaan "
      "ouderen schuil die na een heupfractuur niet meer zelfstandig kunnen wonen, en ouderen die uit angst om te "
      "vallen hun huis nauwelijks nog verlaten."),
    P("Vallen is geen onvermijdelijk onderdeel van ouder worden. De raad laat zien dat een groot deel van de "
      "valincidenten te voorkomen is, en dat vooral het bereik van wat werkt tekortschiet. Die conclusie deel ik. "
      "Het advies sluit aan bij maatregelen die al in gang zijn gezet. Ik noem:"),
    bullets(
        "de afspraken over valpreventie in het Gezond en Actief Leven Akkoord (GALA), waarvoor gemeenten sinds 2023 "
        "een specifieke uitkering ontvangen voor onder meer het lokale preventieakkoord;",
        "het programma Wonen en Zorg voor Ouderen (WOZO), dat inzet op meer geschikte woningen en op ondersteuning "
        "die ouderen helpt langer thuis te wonen;",
        "de regiobeelden en regioplannen uit het Integraal Zorgakkoord, waarin zorgverzekeraars en gemeenten samen "
        "beschrijven hoe zij de zorg in hun regio toegankelijk houden;",
        "de jaarlijkse Week van de Valpreventie van VeiligheidNL, die ik sinds 2019 financier.",
    ),
    P("Hieronder ga ik in op de adviezen van de raad, aan de hand van de drie thema's van het advies. In de bijlage "
      "bij deze brief vindt u een overzicht van mijn reactie per advies."),
    H2("Signaleren"),
    P("De raad stelt vast dat een verhoogd valrisico in de praktijk te laat wordt herkend, en dat zelfs een bezoek aan "
      "de spoedeisende hulp na een val vaak geen vervolg krijgt. Ik herken dat beeld. Ongeveer de helft van de "
      "ouderen die na een val op de spoedeisende hulp komen, valt binnen een jaar opnieuw, terwijl een deel van die "
      "valincidenten met eenvoudige maatregelen te voorkomen is."),
    P("De raad adviseert huisartsen om alle thuiswonende 75-plussers jaarlijks met een valrisicotest te beoordelen, "
      "en mij om die test in de bekostiging op te nemen. Ik heb daarover gesproken met de Landelijke Huisartsen "
      "Vereniging en het Nederlands Huisartsen Genootschap. Zij onderschrijven het belang van vroege signalering, "
      "maar wijzen erop dat een jaarlijkse test bij ruim 1,4 miljoen 75-plussers veel tijd vraagt van een "
      "huisartsenzorg die al onder druk staat, terwijl een groot deel van deze ouderen geen verhoogd risico heeft. "
      + EV1 + " Het NHG werkt de beoordeling uit in een praktijkhandreiking die in het najaar van 2026 verschijnt.",
      answers=(Answer("1", "partial", EV1),)),
    P("Een val die op de spoedeisende hulp eindigt, is vaak de voorbode van een volgende. Nu hoort de huisarts daar "
      "lang niet altijd van, en als dat wel gebeurt, is het soms pas weken later. " + EV2 + " De huisarts of de "
      "praktijkondersteuner kan dan contact opnemen met de patiënt en zo nodig de valrisicobeoordeling starten die ik "
      "hierboven beschreef. De NZa ziet erop toe dat de afspraak in de contracten tussen zorgverzekeraars en "
      "ziekenhuizen wordt overgenomen.",
      answers=(Answer("2", "agree", EV2),)),
    P(EV3 + " Geneesmiddelen behoren tot de best te beïnvloeden risicofactoren, en een medicatiebeoordeling is een "
      "relatief eenvoudige interventie. Zorgverzekeraars Nederland heeft mij laten weten dat alle zorgverzekeraars "
      "een medicatiebeoordeling bij ouderen met een verhoogd valrisico vanaf 1 januari 2026 buiten het eigen risico "
      "vergoeden. Het NHG en de KNMP actualiseren samen de lijst van valrisicoverhogende geneesmiddelen en het "
      "stappenplan voor het afbouwen ervan, zodat huisartsen en apothekers de beoordeling op dezelfde manier "
      "uitvoeren.",
      answers=(Answer("3", "agree", EV3),)),
    P("De raad pleit daarnaast voor een landelijke valregistratie waarin gegevens uit de huisartsenzorg, de "
      "ambulancezorg en de ziekenhuizen worden samengebracht. Ik begrijp de wens van gemeenten en regio's om beter "
      "zicht te krijgen op de effecten van hun beleid. Het Letsel Informatie Systeem van VeiligheidNL geeft echter al "
      "jaarlijks een betrouwbaar beeld van het aantal ouderen dat na een val op de spoedeisende hulp komt, en de "
      "Gezondheidsmonitor Volwassenen en Ouderen van de GGD'en en het RIVM bevat vragen over vallen en valangst die "
      "tot op gemeenteniveau kunnen worden uitgesplitst. " + EV4 + " Het koppelen van gegevens uit drie sectoren "
      "vraagt een nieuwe wettelijke grondslag en een registratie-inspanning van zorgverleners die niet in verhouding "
      "staat tot de extra inzichten die het oplevert.",
      answers=(Answer("4", "disagree", EV4),)),
    H2("Interventies"),
    P("De raad laat zien dat valpreventieve beweegprogramma's het aantal valincidenten bij ouderen met een verhoogd "
      "risico met ongeveer een kwart verminderen, maar dat minder dan vijf procent van deze ouderen zo'n programma "
      "volgt. Volgens de raad komt dat vooral doordat de financiering versnipperd is en verwijzers het aanbod niet "
      "kennen. Die analyse deel ik."),
    P("De raad adviseert om bewezen effectieve programma's zoals In Balans en Otago op te nemen in het basispakket. "
      "Het Zorginstituut heeft in 2023 geoordeeld dat deze programma's vanwege hun groepsgewijze en preventieve "
      "karakter grotendeels buiten de verzekerde zorg vallen, en een pakketuitbreiding zou bovendien tot een hogere "
      "zorgpremie leiden. Gemeenten zijn, met hun verantwoordelijkheid voor preventie en hun netwerk van "
      "beweegaanbieders, beter in staat het aanbod dicht bij ouderen te organiseren. " + EV5 + " " + EV6 + " Ik volg "
      "de uitvoering via de jaarlijkse voortgangsrapportage van het GALA.",
      answers=(Answer("5", "partial", EV5), Answer("6", "agree", EV6))),
    P("De raad adviseert verder om in iedere regio ten minste één multidisciplinaire valpoli beschikbaar te hebben. "
      "Valpoli's leveren voor ouderen met complexe, herhaalde valincidenten waardevolle zorg, maar zij vragen de inzet "
      "van klinisch geriaters, van wie er nu al te weinig zijn. De meeste ouderen met een verhoogd valrisico kunnen "
      "goed worden geholpen door de huisarts, de apotheker en de fysiotherapeut, zeker als de verwijsroutes die ik "
      "hierboven beschreef op orde zijn. " + EV7 + " Zorgverzekeraars blijven uiteraard vrij om valpoli's in te kopen "
      "waar zij dat voor hun verzekerden nodig vinden.",
      answers=(Answer("7", "disagree", EV7),)),
    P("Ook het doorlopende beweegaanbod in de wijk, waar ouderen na afloop van een programma kunnen blijven oefenen, "
      "speelt volgens de raad een belangrijke rol. Het lokale sport- en beweegaanbod voor ouderen is een "
      "verantwoordelijkheid van gemeenten."),
    P("Naast de maatregelen die de raad voorstelt, start ik in het voorjaar van 2026 samen met VeiligheidNL en de "
      "ouderenorganisaties een publiekscampagne die ouderen en hun naasten wijst op de eerste signalen van een "
      "verhoogd valrisico en op wat zij zelf kunnen doen. De campagne loopt twee jaar en wordt na afloop "
      "geëvalueerd."),
    H2("Woningaanpassing"),
    P("Twee derde van de valincidenten bij thuiswonende ouderen gebeurt in of rond de eigen woning. Nu ouderen langer "
      "zelfstandig wonen, neemt het belang van een valveilige woning toe. De raad wijst er terecht op dat ouderen hun "
      "woning zelden uit zichzelf aanpassen, en dat dit vaak pas gebeurt nadat zij zijn gevallen."),
    P("Voor een eenvoudige wandbeugel of een tweede trapleuning moeten ouderen nu soms weken wachten op een "
      "Wmo-onderzoek, terwijl de kosten van zo'n aanpassing laag zijn. " + EV10 + " Ik bereid een wijziging van de "
      "Wmo 2015 voor die gemeenten uitdrukkelijk de ruimte geeft om kleine woningaanpassingen tot een bedrag van 750 "
      "euro als algemene voorziening zonder eigen bijdrage te verstrekken. Het wetsvoorstel gaat in het voorjaar van "
      "2026 in internetconsultatie en kan per 1 januari 2027 in werking treden. Samen met de VNG stel ik een "
      "voorbeeldregeling op, zodat gemeenten de nieuwe mogelijkheid direct kunnen benutten.",
      answers=(Answer("10", "agree", EV10),)),
    P("Een woningcheck, waarbij een ergotherapeut of een opgeleide vrijwilliger samen met de oudere de gevaren in de "
      "woning in kaart brengt, kan veel valincidenten voorkomen. Een aantal gemeenten biedt zo'n check al aan, vaak "
      "als onderdeel van een preventief huisbezoek. Over de effecten op het aantal valincidenten en over de kosten is "
      "echter nog weinig bekend. " + EV9 + " Het Trimbos-instituut onderzoekt de proef; op basis van de uitkomsten "
      "besluit ik in 2028 over een eventuele landelijke invoering.",
      answers=(Answer("9", "partial", EV9),)),
    P("De raad adviseert ook om in het Besluit bouwwerken leefomgeving eisen te stellen aan de valveiligheid van "
      "nieuwe woningen. Het Besluit bevat al eisen aan trappen, hellingen en de toegankelijkheid van woongebouwen, en "
      "in de Nationale Woon- en Bouwagenda is afgesproken dat een groot deel van de nieuwbouw geschikt wordt voor "
      "ouderen. " + EV11 + " Aanvullende landelijke bouweisen verhogen de bouwkosten op een moment dat de "
      "woningbouw al onder druk staat, terwijl gemeenten en woningcorporaties in hun prestatieafspraken nu al kunnen "
      "vastleggen dat nieuwe huurwoningen levensloopbestendig worden gebouwd.",
      answers=(Answer("11", "disagree", EV11),)),
    P("Ten slotte vraagt de raad om valpreventie een vaste plaats te geven in de woonzorgvisies van gemeenten, met "
      "ondersteuning van een landelijk kennispunt. Dit advies betrek ik bij de evaluatie van het programma Wonen en "
      "Zorg voor Ouderen, waarover ik uw Kamer in het najaar van 2026 informeer."),
    H2("Tot slot"),
    P("Valpreventie vraagt inzet van velen: van huisartsen, apothekers, fysiotherapeuten en wijkverpleegkundigen, van "
      "zorgverzekeraars en gemeenten, en niet in de laatste plaats van ouderen zelf en hun naasten. Met de "
      "maatregelen in deze brief wil ik bereiken dat meer ouderen met een verhoogd valrisico tijdig worden herkend en "
      "de hulp krijgen die werkt. Over de voortgang informeer ik uw Kamer jaarlijks in de voortgangsrapportage van "
      "het Gezond en Actief Leven Akkoord, voor het eerst in het voorjaar van 2026."),
    P("Hoogachtend,"),
    P("de minister van Volksgezondheid, Welzijn en Sport,"),
    P("drs. M.L. (Marloes) Veenstra-Dijkman"),
    PageBreak(),
    H("Bijlage: overzicht reactie per advies"),
    P("Het overzicht hieronder vat de reactie op de twaalf adviezen samen. Voor de toelichting verwijs ik naar de "
      "brief."),
    Table(
        header=("Advies", "Reactie", "Planning"),
        rows=(
            ("1 Valrisicotest in de huisartsenpraktijk", reactie("1", DEELS, "partial"),
             "Prestatie NZa per 1 januari 2027"),
            ("2 Bericht aan huisarts na val op SEH", reactie("2", OVERGENOMEN, "agree"), "1 juli 2026"),
            ("3 Medicatiebeoordeling bij verhoogd valrisico", reactie("3", OVERGENOMEN, "agree"),
             "1 januari 2026"),
            ("4 Landelijke valregistratie", reactie("4", NIET, "disagree"), "–"),
            ("5 Valpreventieprogramma's in het basispakket", reactie("5", DEELS, "partial"),
             "Specifieke uitkering 2026-2028"),
            ("6 Regionale afspraken verwijzing en financiering", reactie("6", OVERGENOMEN, "agree"),
             "Vóór 1 januari 2027"),
            ("7 Valpoli in iedere regio", reactie("7", NIET, "disagree"), "–"),
            ("8 Doorlopend beweegaanbod in de wijk", reactie("8", "Aan gemeenten", None), "–"),
            ("9 Woningcheck voor 75-plussers", reactie("9", DEELS, "partial"), "Proef 2026-2027"),
            ("10 Kleine woningaanpassingen zonder indicatie", reactie("10", OVERGENOMEN, "agree"),
             "Wetswijziging per 1 januari 2027"),
            ("11 Valveiligheid nieuwe woningen in het Bbl", reactie("11", NIET, "disagree"), "–"),
            ("12 Valpreventie in de woonzorgvisie", reactie("12", "Wordt betrokken bij evaluatie WZO", None),
             "Najaar 2026"),
        ),
        widths=(0.46, 0.28, 0.26),
        rules="rows",
    ),
)

RESPONSE = Document(
    title="Ministerie van Volksgezondheid, Welzijn en Sport",
    subtitle="Directie Publieke Gezondheid  |  Parnassusplein 5, 2511 VX Den Haag  |  www.rijksoverheid.nl",
    blocks=RESPONSE_BLOCKS,
    running_header="Reactie op het advies Preventie van valincidenten bij ouderen  |  Kenmerk 4210388-1081566-PG",
    footer="Pagina {page} van {pages}",
    font_family="sans",
    font_size=10,
    title_page=False,
)

PAIR = Pair(
    name="health_council_advice_headings",
    report=REPORT,
    response=RESPONSE,
    description="Health-council-style advice on preventing falls among older people: twelve adviezen, each a level-2 "
                "heading 'Advies N titel' followed by the full advice as a one-item bullet and a 'Toelichting', "
                "summed up first in a 'Kern van het advies' bullet list (duplicates); answered by a VWS letter by "
                "theme, mostly by subject and twice by number, with an annex table 'Advies | Reactie | Planning' "
                "whose short positions repeat the prose; 8 left 'Aan gemeenten', 12 deferred to an evaluation.",
)
