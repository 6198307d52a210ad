"""Pair: a fictional advisory council ("Adviesraad Jeugd en Samenleving") advice on the mental health of young people
(school pressure, waiting lists, social media), answered in a joint letter of the ministers of VWS and OCW whose
core is a three-column planning table.

Report layout: sans, title page with imprint, running header, "Pagina N" footer.  Samenvatting (prose only, no
reprint of the recommendations), chapters "1 Inleiding" .. "7 Aanbevelingen" with level-2 sections and footnotes.
Non-recommendation lists: a "1." list of advice questions in 1.2, a bullet list of the research activities in 1.3, a
bullet list of "Bevindingen" in chapter 2, a grid table "Tabel 2.1" of survey figures (2019-2025), a row-ruled table
of waiting times in chapter 4, a dash list of school measures in chapter 3, and a "1." numbered list of five
conclusions in chapter 6 (not recommendations).  Chapter 7 holds the fourteen recommendations under three theme
headings; each is a one-item list labelled "Aanbeveling N" with the one-sentence ask, followed by a short
explanation paragraph ("Toelichting").  Addressees are named in the ask or the theme intro: the minister of OCW, the
minister of VWS, gemeenten, schoolbesturen (OTHER) and zorgverzekeraars (OTHER).

Response layout: a sans letter without title page ("Kabinetsreactie op het advies 'Ruimte om te groeien'"), signed by
the ministers of VWS and OCW.  Section 1 gives context and existing policy (a bullet list of running measures that
answer nothing).  Section 2 is a three-column table "Aanbeveling | Reactie kabinet | Planning" (row rules) with rows
for recommendations 1-13 (5 and 6 share one row; 14 is left out without a word); the Planning column holds dates,
"lopend" and "n.v.t.".  Two cells say only "Zie paragraaf 3" / "Zie paragraaf 4"; those sections answer by subject.
Section 5 ("Financiering en vervolg") repeats the funding for recommendation 7.

  1 legal maximum of counted tests (OCW)         disagree      - table: "acht het kabinet niet wenselijk"
  2 wellbeing in school plan + monitor (OTHER)   not_addressed - table: passed on to the school boards / sector
                                                                 councils, no position
  3 study selection moments and pressure (OCW)   agree         - table "Zie paragraaf 3"; section 3 commissions the
                                                                 asked-for study (by subject, no number)
  4 structural money for care in school (OCW,VWS) partial      - extended two years, structural funding deferred to
                                                                 the Voorjaarsnota 2027
  5 continue treatment at 18 (VWS)               partial       - shared cell with 6: no new intake or waiting time,
                                                                 but the eigen risico stays
  6 waiting-list mediation (OTHER insurers)      agree         - shared cell: agreement with ZN from 1 July 2026
  7 walk-in facility per region (GEMEENTEN)      agree         - table: funding for all 42 regions; repeated in
                                                                 section 5 (also agree)
  8 one joint access point per region (VWS, GEM) not_addressed - table: deferred to the progress report of the
                                                                 Hervormingsagenda Jeugd (planning column has a date)
  9 more training places (VWS)                   partial       - extra places for gz-psychologen, not for the others
 10 phone ban in law + mbo (OCW)                 partial       - in law for po/vo, no ban in mbo
 11 national age advice social media (VWS, OCW)  agree         - one-word cell "Overgenomen."
 12 national age verification by law (VWS)       disagree      - table "Zie paragraaf 4"; section 4 refuses a national
                                                                 obligation (EU route as existing policy)
 13 separate subject media literacy (OCW)        disagree      - "voeren wij niet in", new core objectives suffice
 14 youth panels in every municipality (GEM)     not_addressed - never mentioned (not in the table)

Counts: agree 4 (3, 6, 7, 11), partial 4 (4, 5, 9, 10), disagree 3 (1, 12, 13), not_addressed 3 (2, 8, 14).
All prose and all figures are fictional and written for this test set.
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


def rec(number: int, ask: str, departments: tuple[str, ...], explanation: str) -> tuple:
    """One recommendation as the council prints it: the label "Aanbeveling N", the ask, then a short explanation."""
    item = ListItem(ask, recommendation=Recommendation(str(number), departments))
    return (ItemList(items=(item,), style=f"Aanbeveling {number}"), P(explanation))


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

SURVEY_TABLE = Table(
    header=("Jongeren van 12 tot en met 25 jaar die ...", "2019", "2021", "2023", "2025"),
    rows=(
        ("zich vaak of altijd onder druk gezet voelen door school of studie", "34%", "41%", "45%", "47%"),
        ("hun psychische gezondheid als (zeer) goed beoordelen", "79%", "68%", "71%", "70%"),
        ("in de afgelopen maand vaak somber of neerslachtig waren", "14%", "22%", "19%", "20%"),
        ("in het afgelopen jaar hulp zochten voor psychische klachten", "17%", "23%", "26%", "27%"),
        ("van die hulpzoekers langer dan drie maanden op hulp wachtten", "–", "38%", "44%", "41%"),
        ("dagelijks meer dan vier uur op sociale media doorbrengen", "18%", "29%", "31%", "33%"),
        ("zich na gebruik van sociale media vaak slechter voelen over zichzelf", "–", "21%", "24%", "26%"),
        ("zich vaak eenzaam voelen", "11%", "19%", "15%", "16%"),
    ),
    widths=(0.56, 0.11, 0.11, 0.11, 0.11),
    rules="grid",
)

WAITING_TABLE = Table(
    header=("Zorgvorm", "Mediane wachttijd tot intake", "Mediane wachttijd intake tot behandeling", "Treeknorm"),
    rows=(
        ("Basis-ggz (18+)", "6 weken", "5 weken", "4 + 10 weken"),
        ("Gespecialiseerde ggz, angst en depressie (18+)", "11 weken", "9 weken", "4 + 10 weken"),
        ("Gespecialiseerde ggz, eetstoornissen (18+)", "14 weken", "12 weken", "4 + 10 weken"),
        ("Jeugd-ggz, specialistisch (tot 18)", "13 weken", "10 weken", "geen landelijke norm"),
        ("Jeugd-ggz, generalistisch (tot 18)", "7 weken", "4 weken", "geen landelijke norm"),
    ),
    widths=(0.40, 0.20, 0.22, 0.18),
    rules="rows",
)

RECOMMENDATION_BLOCKS = (
    H("7 Aanbevelingen"),
    P("De raad richt zijn aanbevelingen tot degenen die het verschil kunnen maken: de minister van Onderwijs, "
      "Cultuur en Wetenschap, de minister van Volksgezondheid, Welzijn en Sport, de gemeenten, de schoolbesturen en "
      "de zorgverzekeraars. Bij iedere aanbeveling staat eerst wat de raad vraagt en daarna waarom. Waar een "
      "aanbeveling niet aan het Rijk is gericht, staat de geadresseerde aan het begin van de aanbeveling."),
    P("De raad realiseert zich dat niet alles tegelijk kan. De aanbevelingen zijn daarom per thema gerangschikt naar "
      "urgentie. Zij vormen samen wel één geheel: minder druk op school en een gezondere online omgeving verminderen "
      "de vraag naar zorg, maar zonder tijdige zorg voor jongeren die haar nodig hebben, schiet preventie tekort."),
    H2("7.1 Minder druk op school"),
    *rec(1, "Stel als minister van OCW een wettelijk maximum aan het aantal toetsen dat in het voortgezet onderwijs "
            "per leerjaar meetelt voor het schoolexamen of voor de overgang naar het volgende leerjaar.", ("OCW",),
         "Toelichting. Leerlingen in de bovenbouw van havo en vwo maken op de onderzochte scholen gemiddeld 38 "
         "cijfermatige toetsen per jaar die meetellen; op sommige scholen zijn dat er meer dan zestig. Leerlingen "
         "noemen de opeenstapeling van toetsweken de belangrijkste bron van stress. Scholen zeggen zelf dat zij het "
         "aantal toetsen willen verminderen, maar dat onderlinge vergelijking, verwachtingen van ouders en de "
         "angst om tekort te schieten bij de inspectie hen daarvan weerhouden. Een wettelijk maximum geeft scholen "
         "houvast en leerlingen rust."),
    *rec(2, "Schoolbesturen: neem het mentaal welzijn van leerlingen op als vast onderdeel van het schoolplan en "
            "meet het jaarlijks met een gevalideerde leerlingmonitor.", ("OTHER",),
         "Toelichting. Veel scholen doen al veel voor het welzijn van hun leerlingen, maar vaak hangt dat af van "
         "een enthousiaste mentor of zorgcoördinator. Als het welzijn van leerlingen een vaste plek krijgt in het "
         "schoolplan, wordt het onderdeel van de kwaliteitscyclus van de school en van het gesprek tussen bestuur, "
         "medezeggenschapsraad en inspectie. Een jaarlijkse monitor maakt zichtbaar of de aanpak werkt."),
    *rec(3, "Laat als minister van OCW onafhankelijk onderzoeken hoe selectiemomenten in het onderwijs, van het "
            "schooladvies in groep 8 tot de selectie aan de poort van het hoger onderwijs, bijdragen aan de "
            "prestatiedruk die jongeren ervaren.", ("OCW",),
         "Toelichting. Jongeren beschrijven hun schoolloopbaan als een reeks 'poortjes' waar zij doorheen moeten: het "
         "schooladvies, de doorstroomtoets, de profielkeuze, het eindexamen en bij gewilde opleidingen de "
         "decentrale selectie. Elk poortje afzonderlijk is te verdedigen, maar over het gezamenlijke effect op het "
         "welzijn van jongeren is weinig bekend. De raad vraagt om een onderzoek dat het stelsel als geheel bekijkt "
         "en dat uitmondt in concrete opties."),
    *rec(4, "Maak als ministers van OCW en VWS de middelen voor zorg in en om de school, zoals schoolmaatschappelijk "
            "werk en de praktijkondersteuner jeugd op school, structureel in plaats van tijdelijk.", ("OCW", "VWS"),
         "Toelichting. De ondersteuning van leerlingen op school wordt nu grotendeels betaald uit tijdelijke "
         "regelingen en projectsubsidies. Scholen en gemeenten kunnen daardoor geen vaste mensen aannemen; "
         "schoolmaatschappelijk werkers vertrekken zodra een regeling afloopt. Juist bij jongeren die moeilijk "
         "vertrouwen geven, is een vast gezicht in de school van groot belang."),
    H2("7.2 Sneller de juiste hulp"),
    *rec(5, "Zorg als minister van VWS ervoor dat jongeren die achttien worden hun behandeling in de ggz kunnen "
            "voortzetten zonder nieuwe intake, nieuwe wachttijd of eigen risico.", ("VWS",),
         "Toelichting. Op de achttiende verjaardag gaat de financiering van de jeugd-ggz over van de Jeugdwet naar "
         "de Zorgverzekeringswet. Voor de jongere betekent dat vaak een nieuwe intake bij een andere aanbieder, "
         "soms een nieuwe wachtlijst en voor het eerst een eigen risico. In de gesprekken die de raad voerde, was "
         "dit de meest genoemde reden om een behandeling te staken."),
    *rec(6, "Zorgverzekeraars: bied iedere jongere tot 25 jaar die langer dan vier weken op een ggz-behandeling "
            "wacht actief wachttijdbemiddeling en passende overbruggingshulp aan.", ("OTHER",),
         "Toelichting. Zorgverzekeraars hebben een zorgplicht en bieden wachttijdbemiddeling aan, maar slechts een "
         "klein deel van de jongeren weet dat die mogelijkheid bestaat. Wie er zelf om moet vragen, doet dat "
         "zelden. De raad vraagt zorgverzekeraars om jongeren op een wachtlijst zelf te benaderen en hun in de "
         "tussentijd begeleiding aan te bieden, bijvoorbeeld via een praktijkondersteuner of een e-health-programma."),
    *rec(7, "Gemeenten: zorg in iedere jeugdregio voor ten minste één laagdrempelige, anonieme inloopvoorziening "
            "waar jongeren zonder verwijzing terechtkunnen met psychische vragen.", ("GEMEENTEN",),
         "Toelichting. Inloopvoorzieningen waar jongeren zonder afspraak en zonder verwijzing met een getrainde "
         "vrijwilliger of professional kunnen praten, blijken in de praktijk een belangrijke eerste stap. Een deel "
         "van de jongeren heeft daarna geen verdere hulp meer nodig; anderen worden sneller naar de juiste zorg "
         "geleid. Op dit moment is er in ruim de helft van de jeugdregio's geen enkele voorziening van dit type."),
    *rec(8, "Richt als minister van VWS samen met de gemeenten in iedere jeugdregio één gezamenlijke toegang in, waar "
            "jeugd-ggz en volwassenen-ggz samen beoordelen welke hulp een jongere van 16 tot 25 jaar nodig heeft.",
         ("VWS", "GEMEENTEN"),
         "Toelichting. Jongeren en hun ouders weten vaak niet waar zij moeten beginnen. De huisarts, het wijkteam, "
         "de school en de jeugd-ggz hanteren elk eigen routes en eigen criteria. Een gezamenlijke toegang voor de "
         "leeftijdsgroep waarin de meeste psychische aandoeningen voor het eerst optreden, voorkomt dat jongeren "
         "van loket naar loket gaan."),
    *rec(9, "Breid als minister van VWS het aantal opleidingsplaatsen voor gz-psychologen, psychotherapeuten en "
            "kinder- en jeugdpsychiaters uit tot het niveau dat het Capaciteitsorgaan adviseert.", ("VWS",),
         "Toelichting. Het Capaciteitsorgaan adviseert al jaren meer opleidingsplaatsen dan er worden gefinancierd. "
         "Het tekort aan behandelaars is de belangrijkste oorzaak van de wachttijden in de gespecialiseerde ggz en "
         "zal zonder extra opleidingsplaatsen de komende tien jaar verder oplopen."),
    H2("7.3 Een gezondere online omgeving"),
    *rec(10, "Leg als minister van OCW het verbod op mobiele telefoons in de klas wettelijk vast en breid het uit "
             "naar het middelbaar beroepsonderwijs.", ("OCW",),
         "Toelichting. De landelijke afspraak om mobiele telefoons uit de klas te weren, heeft volgens leraren en "
         "leerlingen tot meer rust en concentratie geleid. Omdat het gaat om een afspraak, verschilt de naleving per "
         "school. In het mbo, waar de leerlingen even oud zijn als in de bovenbouw van het voortgezet onderwijs, "
         "geldt geen afspraak."),
    *rec(11, "Geef als ministers van VWS en OCW ouders, scholen en jongeren een eenduidig landelijk advies over de "
             "leeftijd vanaf wanneer het gebruik van sociale media verantwoord is, en over schermtijd per "
             "leeftijdsgroep.", ("VWS", "OCW"),
         "Toelichting. Ouders krijgen tegenstrijdige adviezen van scholen, consultatiebureaus, influencers en de "
         "platforms zelf. Een helder landelijk advies, opgesteld met deskundigen en jongeren, helpt ouders om "
         "grenzen te stellen en maakt het voor kinderen makkelijker om 'nee' te zeggen, omdat hun klasgenoten "
         "hetzelfde advies krijgen."),
    *rec(12, "Verplicht als minister van VWS aanbieders van sociale media bij wet om de leeftijd van Nederlandse "
             "gebruikers betrouwbaar te verifiëren.", ("VWS",),
         "Toelichting. Vrijwel alle platforms hanteren een minimumleeftijd van dertien jaar, maar controleren die "
         "nauwelijks. Uit de enquête van de raad blijkt dat twee op de drie kinderen van tien en elf jaar een "
         "account hebben op ten minste één platform. Zolang leeftijdsgrenzen niet worden gehandhaafd, hebben zij "
         "weinig betekenis."),
    *rec(13, "Maak als minister van OCW mediawijsheid een afzonderlijk, verplicht vak in de onderbouw van het "
             "voortgezet onderwijs.", ("OCW",),
         "Toelichting. Mediawijsheid wordt nu verspreid over vakken als Nederlands, maatschappijleer en "
         "informatica behandeld, en daardoor op veel scholen nauwelijks. Een eigen vak met een eigen docent "
         "garandeert dat iedere leerling leert hoe algoritmes werken, hoe beelden worden bewerkt en hoe je je "
         "eigen gebruik in de hand houdt."),
    *rec(14, "Gemeenten: richt een jongerenpanel in dat structureel meepraat over het lokale beleid voor mentale "
             "gezondheid, en laat het panel weten wat met zijn inbreng is gedaan.", ("GEMEENTEN",),
         "Toelichting. Beleid voor jongeren wordt nog te vaak zonder jongeren gemaakt. Gemeenten die jongeren vast "
         "betrekken, bijvoorbeeld via een jongerenraad of een panel van ervaringsdeskundigen, komen tot "
         "voorzieningen die beter aansluiten en beter worden gebruikt."),
    P("De raad zal over twee jaar in een korte signalering nagaan wat er met dit advies is gedaan."),
)

REPORT_BLOCKS = (
    H("Samenvatting"),
    P("Het gaat met de meeste jongeren in Nederland goed. Tegelijk is het aandeel jongeren dat zich vaak onder druk "
      "gezet voelt, somber is of hulp zoekt voor psychische klachten, sinds 2019 duidelijk gestegen en na de "
      "coronapandemie niet meer teruggekeerd naar het oude niveau. Bijna de helft van de jongeren tussen 12 en 25 "
      "jaar voelt zich vaak of altijd onder druk gezet door school of studie. Ruim een kwart zocht het afgelopen "
      "jaar hulp, en van hen wachtte vier op de tien langer dan drie maanden."),
    P("De Adviesraad Jeugd en Samenleving heeft op verzoek van de ministers van Volksgezondheid, Welzijn en Sport en "
      "van Onderwijs, Cultuur en Wetenschap onderzocht wat hieraan ten grondslag ligt en wat er nodig is. De raad "
      "sprak met meer dan tweehonderd jongeren, met ouders, leraren, huisartsen, behandelaars, wethouders en "
      "zorgverzekeraars, en liet een enquête uitvoeren onder ruim 4.200 jongeren."),
    P("De raad ziet drie samenhangende oorzaken. De eerste is de prestatiedruk in het onderwijs, die wordt "
      "versterkt door een opeenstapeling van toetsen en selectiemomenten. De tweede is dat jongeren die hulp nodig "
      "hebben, te lang moeten wachten en te vaak tussen wal en schip vallen, in het bijzonder rond hun achttiende "
      "verjaardag. De derde is een online omgeving die is ontworpen om de aandacht van jongeren zo lang mogelijk vast "
      "te houden, zonder dat de leeftijdsgrenzen die platforms zelf stellen worden nageleefd."),
    P("Geen van deze oorzaken is nieuw, en op alle drie de terreinen loopt beleid. Wat volgens de raad ontbreekt, is "
      "samenhang en bestendigheid: veel maatregelen zijn tijdelijk, vrijblijvend of liggen bij partijen die niet "
      "van elkaar weten wat zij doen. Preventie in en om de school, snelle en doorlopende zorg en een veiliger "
      "online omgeving horen bij elkaar."),
    P("De raad doet veertien aanbevelingen, verdeeld over drie thema's: minder druk op school, sneller de juiste "
      "hulp, en een gezondere online omgeving. Zij zijn gericht aan de ministers van OCW en VWS, aan gemeenten, aan "
      "schoolbesturen en aan zorgverzekeraars, en staan in hoofdstuk 7. De raad vraagt de ministers nadrukkelijk "
      "om bij de aanbevelingen die niet tot het Rijk zijn gericht, hun regierol te nemen."),
    PageBreak(),
    H("1 Inleiding"),
    H2("1.1 Aanleiding"),
    P("In het voorjaar van 2024 vroegen de ministers van VWS en OCW de Adviesraad Jeugd en Samenleving om advies "
      "over de mentale gezondheid van jongeren. Aanleiding waren de signalen uit onderzoek, uit de praktijk en van "
      "jongeren zelf dat steeds meer jongeren psychische klachten ervaren, terwijl de hulp voor wie die nodig heeft, "
      "moeilijk bereikbaar is. Ook in de Tweede Kamer is het onderwerp de afgelopen jaren herhaaldelijk aan de orde "
      "geweest, onder meer in debatten over de wachtlijsten in de ggz, over het telefoonverbod in de klas en over "
      "de invloed van sociale media.", footnotes=(
        "Adviesaanvraag van de ministers van VWS en OCW van 18 april 2024, kenmerk 3827114-1066271-PG.",)),
    P("Het kabinet heeft in 2022 de aanpak 'Mentale gezondheid: van ons allemaal' gepresenteerd, met maatregelen "
      "voor de hele samenleving. Het advies van de raad bouwt daarop voort, maar richt zich specifiek op jongeren "
      "tussen 12 en 25 jaar en op de plekken waar zij het grootste deel van hun tijd doorbrengen: de school, de "
      "zorg en de online wereld."),
    H2("1.2 Adviesvragen"),
    P("De adviesaanvraag bevatte de volgende vragen:", bold=True),
    ItemList(items=(
        ListItem("Hoe heeft de mentale gezondheid van jongeren tussen 12 en 25 jaar zich de afgelopen jaren "
                 "ontwikkeld, en welke groepen springen eruit?"),
        ListItem("Welke factoren in het onderwijs, in de zorg en in de online leefwereld dragen bij aan psychische "
                 "klachten bij jongeren, en welke beschermen hen?"),
        ListItem("Waar schiet de huidige hulp aan jongeren met psychische klachten tekort?"),
        ListItem("Welke maatregelen kunnen Rijk, gemeenten, scholen en andere partijen nemen om de mentale "
                 "gezondheid van jongeren te versterken?"),
    ), style="1."),
    H2("1.3 Werkwijze"),
    P("De raad heeft voor dit advies een commissie ingesteld onder voorzitterschap van raadslid prof. dr. M.E. "
      "(Marloes) van Hengel. De commissie werd ondersteund door een projectteam van het secretariaat. Het advies is "
      "gebaseerd op:"),
    bullets(
        "een literatuurstudie naar de ontwikkeling van psychische klachten bij jongeren en naar de werkzaamheid van "
        "preventieve interventies;",
        "een enquête onder 4.216 jongeren van 12 tot en met 25 jaar, uitgevoerd door een onderzoeksbureau in "
        "februari en maart 2025, met vergelijkbare vragen als in de eerdere metingen van 2019, 2021 en 2023;",
        "gesprekken met ruim tweehonderd jongeren op scholen, in jongerencentra, bij inloopvoorzieningen en in "
        "behandelsettings, en drie werksessies met een klankbordgroep van jonge ervaringsdeskundigen;",
        "interviews met 57 deskundigen, onder wie leraren, zorgcoördinatoren, huisartsen, praktijkondersteuners, "
        "behandelaars, wethouders, beleidsmedewerkers van gemeenten en zorgverzekeraars;",
        "werkbezoeken aan vier regio's: een grote stad, een middelgrote stad en twee plattelandsregio's.",
    ),
    P("Een conceptversie van het advies is besproken met de klankbordgroep van jongeren en met deskundigen van de "
      "betrokken ministeries, de VNG, de sectorraden in het onderwijs en Zorgverzekeraars Nederland. De raad is als "
      "enige verantwoordelijk voor de inhoud."),
    H2("1.4 Opbouw van het advies"),
    P("Hoofdstuk 2 schetst hoe het met jongeren gaat. De hoofdstukken 3, 4 en 5 gaan achtereenvolgens over de "
      "school, de zorg en de online leefwereld. Hoofdstuk 6 bevat de conclusies van de raad en hoofdstuk 7 de "
      "aanbevelingen. In de bijlage staan de geraadpleegde organisaties en een verantwoording van de enquête."),
    PageBreak(),
    H("2 Hoe gaat het met jongeren?"),
    H2("2.1 Het algemene beeld"),
    P("Het overgrote deel van de jongeren in Nederland is tevreden met zijn leven. In internationale vergelijkingen "
      "scoren Nederlandse jongeren al jaren hoog op geluk en welbevinden. Dat beeld is de afgelopen jaren echter "
      "minder vanzelfsprekend geworden. De enquête die de raad liet uitvoeren, laat op vrijwel alle indicatoren een "
      "verslechtering zien tussen 2019 en 2021, gevolgd door een licht herstel in 2023 dat in 2025 niet heeft "
      "doorgezet."),
    P("Tabel 2.1 Uitkomsten van de enquête onder jongeren, 2019-2025 (percentage van alle respondenten, tenzij "
      "anders vermeld)", bold=True),
    SURVEY_TABLE,
    P("Bron: enquête Adviesraad Jeugd en Samenleving, 2019-2025. De cijfers over 2019 komen uit een kleinere "
      "steekproef (n = 2.108) en zijn daardoor minder nauwkeurig. Een streepje betekent dat de vraag in dat jaar "
      "niet is gesteld."),
    P("Achter de gemiddelden gaan grote verschillen schuil. Meisjes en jonge vrouwen rapporteren aanzienlijk vaker "
      "prestatiedruk en somberheid dan jongens en jonge mannen. Jongeren uit gezinnen met geldzorgen, lhbtiq+-"
      "jongeren en jongeren met een chronische ziekte of beperking zijn oververtegenwoordigd in de groep met de "
      "meeste klachten. Studenten in het hoger onderwijs voelen de meeste druk door hun studie; in het mbo spelen "
      "geldzorgen en de combinatie van school en werk een grotere rol."),
    H2("2.2 Bevindingen"),
    P("Uit de enquête, de gesprekken en de literatuur komt de raad tot de volgende bevindingen:"),
    bullets(
        "Prestatiedruk is de meest genoemde bron van stress; jongeren verbinden die vooral met toetsen en cijfers, "
        "minder met de leerstof zelf.",
        "Jongeren die psychische klachten hebben, zoeken eerst hulp bij vrienden en familie en pas daarna bij een "
        "professional; de drempel naar de huisarts is voor velen hoog.",
        "Wie hulp zoekt, wacht vaak lang: 41 procent van de hulpzoekers wachtte in 2025 langer dan drie maanden op "
        "hulp.",
        "Rond de achttiende verjaardag haakt een aanzienlijk deel van de jongeren in behandeling af, vaak door "
        "de overgang naar een andere aanbieder en door het eigen risico.",
        "Jongeren zijn zich bewust van de nadelen van sociale media, maar vinden het moeilijk hun gebruik te "
        "beperken; een derde besteedt er dagelijks meer dan vier uur aan.",
        "Ouders voelen zich onzeker over de vraag welke grenzen zij hun kinderen moeten stellen, en zeggen "
        "behoefte te hebben aan een duidelijke norm.",
    ),
    H2("2.3 Oorzaken en samenhang"),
    P("Er is niet één oorzaak voor de toename van psychische klachten bij jongeren. Onderzoekers wijzen op een "
      "samenspel van factoren: de sterkere nadruk op individuele prestaties, onzekerheid over de toekomst "
      "(wonen, klimaat, bestaanszekerheid), de nasleep van de schoolsluitingen tijdens de coronapandemie, en "
      "veranderingen in de manier waarop jongeren contact met elkaar hebben. Ook is de bereidheid om over "
      "psychische klachten te praten toegenomen, wat een deel van de stijging in de cijfers kan verklaren.",
      footnotes=("Een deel van de stijging in hulpvraag weerspiegelt dus een gewenste ontwikkeling: minder taboe. "
                 "Dat maakt lange wachttijden niet minder problematisch.",)),
    P("De raad benadrukt dat psychische klachten bij het leven horen en dat niet iedere somberheid een stoornis is. "
      "Medicalisering van normale gevoelens van onzekerheid en verdriet is niet in het belang van jongeren. "
      "Tegelijk mag het relativeren van klachten er niet toe leiden dat jongeren die ernstige problemen hebben, te "
      "laat of geen hulp krijgen."),
    PageBreak(),
    H("3 Druk op school"),
    H2("3.1 Toetsen, cijfers en selectie"),
    P("De school is voor jongeren de belangrijkste plek buiten het gezin. Zij leren er, maar ontmoeten er ook "
      "vrienden en vinden er hun weg. Uit de gesprekken blijkt dat veel jongeren de school tegelijk als een plek "
      "van voortdurende beoordeling ervaren. Het gaat dan minder om de hoeveelheid leerstof dan om het gevoel dat "
      "ieder cijfer telt."),
    P("De raad analyseerde de programma's van toetsing en afsluiting (PTA's) van twintig scholen voor voortgezet "
      "onderwijs. Het aantal meetellende toetsen in de bovenbouw van havo en vwo varieert van 24 tot 63 per jaar. "
      "Scholen voegen in de praktijk makkelijker toetsen toe dan dat zij ze schrappen. Waar scholen het aantal "
      "toetsen bewust hebben verminderd en meer ruimte hebben gemaakt voor formatief evalueren, rapporteren "
      "leerlingen minder stress, zonder dat de examenresultaten zijn gedaald."),
    P("Daarnaast ervaren jongeren hun schoolloopbaan als een aaneenschakeling van selectiemomenten. Het "
      "schooladvies in groep 8 is voor veel kinderen het eerste moment waarop zij zich met anderen vergelijken. "
      "In het voortgezet onderwijs volgen de profielkeuze en het eindexamen, en voor wie een opleiding met een "
      "beperkt aantal plaatsen wil volgen, de decentrale selectie. Jongeren vertellen dat zij al in de derde klas "
      "cijfers proberen te 'sparen' voor een selectieprocedure die jaren later plaatsvindt."),
    H2("3.2 Zorg in en om de school"),
    P("Scholen zijn geen zorginstellingen, maar zij zien vaak als eerste dat het niet goed gaat met een leerling. "
      "De meeste scholen hebben een zorgcoördinator en werken samen met het wijkteam of de jeugdgezondheidszorg. "
      "In een deel van de regio's is een praktijkondersteuner jeugd op school aanwezig, die korte trajecten kan "
      "bieden en zo nodig kan doorverwijzen. Scholen noemen onder meer de volgende voorzieningen als waardevol:"),
    bullets(
        "een vaste schoolmaatschappelijk werker die wekelijks op school aanwezig is;",
        "een praktijkondersteuner jeugd die zonder verwijzing gesprekken kan voeren;",
        "een mentoraat met voldoende tijd voor individuele gesprekken;",
        "trainingen voor leraren in het herkennen van psychische klachten;",
        "korte lijnen met de huisarts en de jeugd-ggz in de regio.",
        style="–",
    ),
    P("Het knelpunt is de financiering. De meeste van deze voorzieningen worden betaald uit tijdelijke "
      "regelingen, zoals de middelen uit het Nationaal Programma Onderwijs en de regeling zorg in en om de school, "
      "of uit projectbudgetten van gemeenten. Schoolleiders vertellen dat zij elk jaar opnieuw onzeker zijn of de "
      "schoolmaatschappelijk werker kan blijven.", footnotes=(
        "De regeling voor zorg in en om de school loopt in de huidige vorm tot en met het schooljaar 2025/2026.",)),
    H2("3.3 Welzijn als onderdeel van de schoolkwaliteit"),
    P("Scholen hebben een wettelijke zorgplicht voor de sociale veiligheid van hun leerlingen en moeten die "
      "jaarlijks monitoren. Het bredere mentale welzijn van leerlingen is geen vast onderdeel van de "
      "kwaliteitszorg. Enkele schoolbesturen werken met een eigen welzijnsmonitor en bespreken de uitkomsten met "
      "leerlingen en ouders. Zij zeggen daardoor eerder te zien waar het schuurt, bijvoorbeeld in een bepaald "
      "leerjaar of rond de toetsweken."),
    H("4 Wachten op hulp"),
    H2("4.1 Wachttijden"),
    P("Jongeren die gespecialiseerde hulp nodig hebben, wachten daar vaak lang op. De wachttijden verschillen sterk "
      "per regio, per aanbieder en per aandoening. Voor de volwassenen-ggz gelden de zogeheten Treeknormen: vier "
      "weken tot de intake en tien weken van de intake tot de start van de behandeling. Voor de jeugd-ggz bestaat "
      "geen landelijke norm. Tabel 4.1 geeft een beeld op basis van de wachttijdgegevens die aanbieders openbaar "
      "maken."),
    P("Tabel 4.1 Mediane wachttijden in de ggz voor jongeren, peildatum 1 maart 2025", bold=True),
    WAITING_TABLE,
    P("Bron: bewerking door de raad van openbare wachttijdgegevens van aanbieders; alleen aanbieders met meer dan "
      "vijftig aanmeldingen van jongeren per jaar."),
    P("Lange wachttijden hebben gevolgen. Klachten kunnen verergeren, jongeren vallen uit op school of in hun werk, "
      "en een deel van hen haakt af voordat de behandeling is begonnen. Huisartsen en praktijkondersteuners vangen "
      "jongeren in de tussentijd zo goed mogelijk op, maar hebben daar volgens eigen zeggen niet altijd de tijd en "
      "de deskundigheid voor. Zorgverzekeraars bieden wachttijdbemiddeling, maar weinig jongeren weten dat."),
    H2("4.2 De breuk bij achttien jaar"),
    P("Tot achttien jaar valt de jeugd-ggz onder de Jeugdwet en zijn gemeenten verantwoordelijk. Daarna valt de "
      "ggz onder de Zorgverzekeringswet. In theorie kan een behandeling doorlopen; in de praktijk betekent de "
      "overgang vaak een overdracht naar een andere aanbieder, een nieuwe intake en voor het eerst een eigen "
      "risico. Behandelaars vertellen dat zij behandelingen soms vervroegd afronden of juist rekken tot na de "
      "achttiende verjaardag om de overgang te vermijden."),
    P("Jongeren zelf noemen de overgang 'een klif'. Een jonge vrouw die sinds haar vijftiende in behandeling was "
      "voor een eetstoornis, vertelde de raad dat zij na haar verjaardag drie maanden moest wachten op een intake "
      "bij een nieuwe behandelaar, en in die tijd opnieuw werd opgenomen."),
    H2("4.3 Toegang en capaciteit"),
    P("Naast het wachten zelf is het zoeken naar de juiste ingang een probleem. Jongeren en ouders komen terecht "
      "bij de huisarts, het wijkteam, de jeugdarts of de school, die elk eigen routes hanteren. Laagdrempelige "
      "inloopvoorzieningen, waar jongeren zonder afspraak en zonder verwijzing terechtkunnen, worden door jongeren "
      "zeer gewaardeerd. Zij zijn er echter lang niet overal: de raad telde in 19 van de 42 jeugdregio's ten minste "
      "één zo'n voorziening."),
    P("De belangrijkste oorzaak van de wachttijden is een tekort aan behandelaars. Het Capaciteitsorgaan, dat "
      "adviseert over het aantal op te leiden zorgprofessionals, raadt al jaren meer opleidingsplaatsen aan voor "
      "gz-psychologen, psychotherapeuten en kinder- en jeugdpsychiaters dan er worden gefinancierd. Het verschil "
      "tussen advies en financiering bedroeg in 2025 ruim 250 plaatsen per jaar."),
    PageBreak(),
    H("5 Opgroeien online"),
    H2("5.1 Sociale media in het dagelijks leven"),
    P("Voor jongeren is de online wereld geen aparte wereld. Zij onderhouden er vriendschappen, volgen het nieuws, "
      "zoeken informatie en drukken zich uit. Sociale media bieden ook steun: jongeren met een zeldzame aandoening "
      "of lhbtiq+-jongeren in een kleine gemeenschap vinden er lotgenoten. De raad wil de online wereld daarom niet "
      "als bedreiging neerzetten."),
    P("Tegelijk laten onderzoek en de gesprekken van de raad zien dat intensief gebruik samenhangt met slaaptekort, "
      "concentratieproblemen en een negatiever zelfbeeld, vooral bij meisjes. De platforms zijn ontworpen om de "
      "aandacht zo lang mogelijk vast te houden, met eindeloos scrollen, automatisch afspelen en meldingen die "
      "steeds terugroepen. Jongeren zeggen zelf dat zij meer tijd online doorbrengen dan zij zouden willen."),
    H2("5.2 Leeftijdsgrenzen en handhaving"),
    P("Vrijwel alle grote platforms stellen een minimumleeftijd van dertien jaar. Op grond van de Europese "
      "privacyregels is voor de verwerking van persoonsgegevens van kinderen onder de zestien jaar in Nederland "
      "bovendien toestemming van de ouders nodig. In de praktijk wordt de leeftijd nauwelijks gecontroleerd: een "
      "kind vult een geboortedatum in en is binnen. De Europese digitaledienstenverordening verplicht grote "
      "platforms om risico's voor minderjarigen te beperken, maar laat de keuze van de middelen grotendeels aan de "
      "platforms.", footnotes=(
        "Verordening (EU) 2022/2065 (Digital Services Act), in het bijzonder artikel 28 en de artikelen 34 en 35.",)),
    H2("5.3 Telefoons op school en mediawijsheid"),
    P("Sinds 1 januari 2024 geldt in het voortgezet onderwijs de landelijke afspraak dat mobiele telefoons niet in "
      "de klas worden gebruikt, tenzij de les het vraagt; het primair onderwijs volgde in het schooljaar "
      "2024/2025. De eerste evaluatie laat positieve resultaten zien. Het mbo is buiten de afspraak gebleven. "
      "Mediawijsheid is in het curriculum verspreid over meerdere vakken en krijgt op veel scholen weinig "
      "aandacht; de nieuwe kerndoelen digitale geletterdheid zijn nog niet op alle scholen ingevoerd."),
    P("Ouders zoeken houvast. In de enquête geeft 72 procent van de ouders van kinderen tussen 8 en 14 jaar aan "
      "behoefte te hebben aan een landelijk advies over de leeftijd waarop kinderen een eigen telefoon en eigen "
      "sociale-media-accounts kunnen krijgen."),
    H("6 Conclusies"),
    P("Op basis van het voorgaande komt de raad tot de volgende conclusies:"),
    ItemList(items=(
        ListItem("De mentale gezondheid van jongeren is na 2019 verslechterd en nog niet hersteld; de verschillen "
                 "tussen groepen jongeren zijn groot."),
        ListItem("Prestatiedruk in het onderwijs wordt versterkt door het grote aantal meetellende toetsen en door "
                 "selectiemomenten waarvan het gezamenlijke effect niet bekend is."),
        ListItem("Zorg in en om de school werkt, maar staat op losse schroeven doordat zij afhangt van tijdelijke "
                 "middelen."),
        ListItem("Jongeren die gespecialiseerde hulp nodig hebben, wachten te lang, zoeken te lang naar de juiste "
                 "ingang en lopen vast bij de overgang van de Jeugdwet naar de Zorgverzekeringswet."),
        ListItem("De leeftijdsgrenzen van sociale media worden niet gehandhaafd en ouders missen een duidelijke "
                 "norm; de bestaande afspraken over telefoons op school zijn vrijblijvend en onvolledig."),
    ), style="1."),
    P("Deze conclusies hangen met elkaar samen. De raad pleit daarom voor een aanpak waarin Rijk, gemeenten, "
      "scholen en zorgverzekeraars ieder hun deel doen, en waarin het Rijk de regie neemt."),
    PageBreak(),
    *RECOMMENDATION_BLOCKS,
    H("Bijlage 1 Geraadpleegde organisaties"),
    P("De raad sprak voor dit advies onder meer met vertegenwoordigers van de volgende organisaties (fictieve "
      "selectie):"),
    bullets(
        "de landelijke sectorraden voor het primair, voortgezet en middelbaar beroepsonderwijs;",
        "de Vereniging van Nederlandse Gemeenten en zes gemeenten in vier jeugdregio's;",
        "Zorgverzekeraars Nederland en twee zorgverzekeraars;",
        "een landelijke vereniging van huisartsen en een netwerk van praktijkondersteuners jeugd;",
        "drie aanbieders van jeugd-ggz en twee aanbieders van volwassenen-ggz;",
        "twee organisaties van jongeren en een landelijke ouderorganisatie;",
        "het Capaciteitsorgaan en twee universitaire onderzoeksgroepen.",
        style="–",
    ),
    H("Bijlage 2 Verantwoording enquête"),
    P("De enquête is online afgenomen onder een panel van jongeren van 12 tot en met 25 jaar, aangevuld met "
      "respondenten die via scholen en jongerenorganisaties zijn geworven. De uitkomsten zijn gewogen naar leeftijd, "
      "geslacht, opleidingsniveau en regio. Voor jongeren onder de zestien jaar is toestemming van een ouder "
      "gevraagd. De vragenlijst bevatte 46 vragen, waarvan 31 identiek waren aan die van de eerdere metingen. De "
      "marge van de percentages in tabel 2.1 bedraagt voor 2021 tot en met 2025 ten hoogste twee procentpunten."),
)

REPORT = Document(
    title="Ruimte om te groeien",
    subtitle="Advies over de mentale gezondheid van jongeren",
    blocks=REPORT_BLOCKS,
    running_header="Adviesraad Jeugd en Samenleving  |  Ruimte om te groeien",
    footer="Pagina {page}",
    font_family="sans",
    font_size=10.5,
    imprint=("Adviesraad Jeugd en Samenleving", "Advies 2025/06", "Den Haag, oktober 2025"),
)

# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV1 = "Een wettelijk maximum aan het aantal toetsen acht het kabinet niet wenselijk."
EV3 = ("De minister van OCW geeft daarom in het eerste kwartaal van 2026 opdracht voor een onafhankelijk onderzoek "
       "naar het gezamenlijke effect van de selectiemomenten in het onderwijs op de prestatiedruk die leerlingen en "
       "studenten ervaren.")
EV4 = ("Wij verlengen de regeling met twee schooljaren, tot en met het schooljaar 2027/2028; over structurele "
       "financiering besluit het kabinet na de evaluatie, bij de Voorjaarsnota 2027.")
EV5 = ("Het kabinet regelt dat een behandeling na het achttiende jaar zonder nieuwe intake en zonder nieuwe "
       "wachttijd kan doorlopen, maar het eigen risico blijft ook voor deze jongeren van toepassing.")
EV6 = ("Met Zorgverzekeraars Nederland is afgesproken dat verzekeraars vanaf 1 juli 2026 iedere jongere tot 25 jaar "
       "die langer dan vier weken op een ggz-behandeling wacht, actief benaderen met een aanbod voor "
       "wachttijdbemiddeling en overbruggingshulp.")
EV7 = ("Het kabinet ondersteunt deze aanbeveling en stelt gemeenten vanaf 2026 structureel 18 miljoen euro per jaar "
       "beschikbaar, zodat in alle 42 jeugdregio's ten minste één inloopvoorziening voor jongeren komt.")
EV7B = ("Voor de inloopvoorzieningen voor jongeren komt vanaf 2026 structureel 18 miljoen euro per jaar "
        "beschikbaar via een specifieke uitkering aan de centrumgemeenten van de jeugdregio's.")
EV9 = ("Het kabinet financiert vanaf 2026 jaarlijks 150 extra opleidingsplaatsen voor gz-psychologen, maar kan het "
       "advies van het Capaciteitsorgaan voor psychotherapeuten en kinder- en jeugdpsychiaters binnen de huidige "
       "budgettaire kaders niet volgen.")
EV10 = "Een wettelijke verankering voor het primair en voortgezet onderwijs komt er; een verbod in het mbo niet."
EV11 = "Overgenomen."
EV12 = "Een nationale wettelijke verplichting tot leeftijdsverificatie voeren wij daarom niet in."
EV13 = "Een afzonderlijk vak mediawijsheid voeren wij niet in."

PLANNING_TABLE = Table(
    header=("Aanbeveling", "Reactie kabinet", "Planning"),
    rows=(
        ("1. Wettelijk maximum aantal toetsen",
         Cell("Het kabinet deelt de zorg van de raad over de toetsdruk in het voortgezet onderwijs. Scholen hebben "
              "nu al alle ruimte om het aantal toetsen in hun PTA te beperken, en een groeiend aantal scholen doet "
              "dat ook. " + EV1 + " Een maximum zou geen recht doen aan de verschillen tussen vakken, profielen en "
              "scholen, en het gesprek over de kwaliteit van toetsing verengen tot een telling.",
              answers=(Answer("1", "disagree", EV1),)),
         "n.v.t."),
        ("2. Welzijn in het schoolplan en jaarlijkse monitor",
         Cell("Deze aanbeveling is gericht aan de schoolbesturen. De minister van OCW brengt haar onder de aandacht "
              "van de PO-Raad en de VO-raad in het eerstvolgende bestuurlijk overleg."),
         "n.v.t."),
        ("3. Onderzoek naar selectiemomenten",
         Cell("Zie paragraaf 3."),
         "opdracht Q1 2026; rapport begin 2027"),
        ("4. Structurele middelen zorg in en om de school",
         Cell("De huidige regeling voor zorg in en om de school loopt af aan het einde van het schooljaar "
              "2025/2026. Wij zien, net als de raad, dat scholen en gemeenten met tijdelijk geld geen vaste mensen "
              "kunnen aannemen. " + EV4 + " De evaluatie wordt in het voorjaar van 2027 aan uw Kamer gezonden.",
              answers=(Answer("4", "partial", EV4),)),
         "verlenging per 1 augustus 2026; evaluatie voorjaar 2027"),
        ("5. Doorlopende behandeling na 18 jaar\n6. Wachttijdbemiddeling door zorgverzekeraars",
         Cell("De overgang van de Jeugdwet naar de Zorgverzekeringswet is voor veel jongeren een breuk in hun "
              "behandeling. Dat is onwenselijk. " + EV5 + " Een uitzondering op het eigen risico voor één "
              "leeftijdsgroep zou de Zorgverzekeringswet doorbreken en elders vergelijkbare verzoeken uitlokken. Om "
              "jongeren en ouders wel te ontzien, worden gemeenten en zorgverzekeraars verplicht een jongere vanaf "
              "zijn zeventiende samen voor te bereiden op de overgang.\n"
              "Ook wachttijdbemiddeling moet jongeren beter bereiken. " + EV6 + " Zorgverzekeraars Nederland rapporteert "
              "per kwartaal over het aantal jongeren dat op deze manier is bemiddeld.",
              answers=(Answer("5", "partial", EV5), Answer("6", "agree", EV6))),
         "5: wetsvoorstel in consultatie Q2 2026, inwerkingtreding beoogd 1 januari 2028\n"
         "6: 1 juli 2026"),
        ("7. Inloopvoorziening in iedere jeugdregio",
         Cell(EV7 + " Gemeenten bepalen zelf in welke vorm zij dat doen, bijvoorbeeld door aan te sluiten bij "
              "een bestaand jongerencentrum of een bestaand inloopconcept.",
              answers=(Answer("7", "agree", EV7),)),
         "vanaf 1 januari 2026; alle regio's uiterlijk eind 2027"),
        ("8. Gezamenlijke toegang 16-25 jaar",
         Cell("De toegang tot de jeugdhulp en de aansluiting op de volwassenen-ggz zijn onderwerp van de "
              "Hervormingsagenda Jeugd, die het Rijk uitvoert met gemeenten, aanbieders en cliëntorganisaties. "
              "Over de regionale inrichting van de toegang informeert de staatssecretaris van VWS uw Kamer in de "
              "voortgangsrapportage van de Hervormingsagenda Jeugd."),
         "juni 2026"),
        ("9. Meer opleidingsplaatsen",
         Cell(EV9 + " Het kabinet blijft met de beroepsgroepen en de opleidingsinstellingen zoeken naar "
              "mogelijkheden om de opleidingen efficiënter in te richten.",
              answers=(Answer("9", "partial", EV9),)),
         "lopend"),
        ("10. Telefoonverbod in de wet en in het mbo",
         Cell("De afspraken over mobiele telefoons in de klas werken: leraren en leerlingen ervaren meer rust en "
              "aandacht. De minister van OCW legt die afspraken voor het primair en voortgezet onderwijs vast in de "
              "wet, zodat de naleving niet langer afhangt van de individuele school. " + EV10 + " Mbo-studenten "
              "zijn voor een groot deel meerderjarig en gebruiken hun telefoon in de beroepspraktijk; mbo-"
              "instellingen maken hierover in overleg met de MBO Raad eigen afspraken.",
              answers=(Answer("10", "partial", EV10),)),
         "wetsvoorstel naar de Kamer eind 2026"),
        ("11. Landelijk advies sociale media en schermtijd",
         Cell(EV11, answers=(Answer("11", "agree", EV11),)),
         "advies gepubliceerd voorjaar 2026"),
        ("12. Wettelijke leeftijdsverificatie",
         Cell("Zie paragraaf 4."),
         "n.v.t."),
        ("13. Verplicht vak mediawijsheid",
         Cell(EV13 + " De nieuwe kerndoelen digitale geletterdheid en burgerschap, die vanaf het schooljaar "
              "2027/2028 verplicht zijn, besteden uitdrukkelijk aandacht aan het kritisch en gezond gebruik van "
              "sociale media. Scholen bepalen zelf in welke vakken zij die kerndoelen onderbrengen; een extra vak "
              "zou ten koste gaan van andere onderdelen van het rooster.",
              answers=(Answer("13", "disagree", EV13),)),
         "n.v.t.; kerndoelen lopend"),
    ),
    widths=(0.24, 0.56, 0.20),
    rules="rows",
)

RESPONSE_BLOCKS = (
    P("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal, Postbus 20018, 2500 EA Den Haag"),
    P("Datum: 12 februari 2026"),
    P("Betreft: Kabinetsreactie op het advies 'Ruimte om te groeien' van de Adviesraad Jeugd en Samenleving"),
    P("Geachte Voorzitter,"),
    P("Op 14 oktober 2025 heeft de Adviesraad Jeugd en Samenleving ons het advies 'Ruimte om te groeien' "
      "aangeboden. Het advies beantwoordt de vragen die wij de raad in april 2024 stelden over de mentale "
      "gezondheid van jongeren tussen 12 en 25 jaar. Met deze brief bieden wij u, mede namens de staatssecretaris "
      "van Volksgezondheid, Welzijn en Sport, de reactie van het kabinet aan."),
    P("Wij danken de raad voor dit heldere en goed onderbouwde advies. In het bijzonder waarderen wij dat de raad "
      "jongeren zelf een grote stem heeft gegeven: in de enquête, in de gesprekken en in de klankbordgroep van "
      "jonge ervaringsdeskundigen. Ook bij de voorbereiding van deze reactie hebben wij met een groep jongeren "
      "gesproken; hun inbreng heeft ons geholpen scherpe keuzes te maken."),
    H2("1. Het beeld van de raad"),
    P("De raad laat zien dat het met de meeste jongeren goed gaat, maar dat een groeiende groep worstelt met "
      "prestatiedruk, somberheid en eenzaamheid, en dat jongeren die hulp nodig hebben te lang wachten. Dit beeld "
      "herkennen wij. Het sluit aan bij de uitkomsten van de landelijke gezondheidsmonitors en bij wat wij horen "
      "van scholen, huisartsen en gemeenten. Ook de drie oorzaken die de raad onderscheidt, zien wij terug: de "
      "druk in het onderwijs, de problemen in de toegang tot zorg en de invloed van de online omgeving."),
    P("Het kabinet werkt al langer aan deze onderwerpen. Wij noemen hier de belangrijkste maatregelen die op dit "
      "moment lopen:"),
    bullets(
        "de aanpak 'Mentale gezondheid: van ons allemaal', met onder meer de landelijke campagne om psychische "
        "klachten bespreekbaar te maken en het programma voor mentale weerbaarheid in het mbo en hoger onderwijs;",
        "de Hervormingsagenda Jeugd, waarin Rijk, gemeenten, aanbieders en cliëntorganisaties afspraken hebben "
        "gemaakt over de toegang, de inkoop en de kwaliteit van de jeugdhulp;",
        "het Integraal Zorgakkoord, met afspraken over de ggz-wachttijden, de mentale-gezondheidsnetwerken in de "
        "regio en de inzet van e-health;",
        "de landelijke afspraken over mobiele telefoons in de klas in het primair en voortgezet onderwijs;",
        "de herziening van de kerndoelen, waaronder nieuwe kerndoelen voor digitale geletterdheid en burgerschap.",
    ),
    P("De raad constateert terecht dat veel van deze maatregelen tijdelijk of vrijblijvend zijn en dat zij nog "
      "onvoldoende op elkaar aansluiten. Die kritiek nemen wij ter harte. Tegelijk benadrukken wij, net als de "
      "raad, dat niet iedere vorm van somberheid of stress om professionele hulp vraagt. Het kabinet wil de "
      "veerkracht van jongeren versterken en medicalisering voorkomen, en de gespecialiseerde zorg beschikbaar "
      "houden voor wie die echt nodig heeft."),
    H2("2. Reactie op de aanbevelingen"),
    P("In de onderstaande tabel reageren wij op de aanbevelingen waarbij het Rijk een rol heeft, als "
      "opdrachtgever, wetgever of financier. De kolom 'Planning' geeft aan wanneer uw Kamer een maatregel kan "
      "verwachten of wanneer deze ingaat. Waar een reactie meer toelichting vraagt dan in een tabel past, verwijzen "
      "wij naar de paragrafen 3 en 4 van deze brief."),
    PLANNING_TABLE,
    H2("3. Prestatiedruk en selectie in het onderwijs"),
    P("Veel jongeren ervaren hun schoolloopbaan als een opeenvolging van beslismomenten. Het kabinet heeft de "
      "afgelopen jaren al stappen gezet om de druk van afzonderlijke momenten te verminderen. Zo is de "
      "doorstroomtoets in groep 8 zo vormgegeven dat een hogere toetsscore tot een hoger schooladvies kan leiden, "
      "maar nooit tot een lager, en is de mogelijkheid om in het voortgezet onderwijs een vak te herkansen "
      "verruimd. Ook zijn er minder opleidingen in het hoger onderwijs die hun studenten aan de poort selecteren."),
    P("De raad wijst er terecht op dat over het gezamenlijke effect van al deze momenten weinig bekend is. Dat "
      "geldt ook voor de vraag hoe leerlingen al jaren vooruit anticiperen op een selectie aan het einde van hun "
      "schooltijd. " + EV3 + " Het onderzoek wordt uitgevoerd door een onafhankelijk onderzoeksinstituut, in "
      "samenwerking met leerlingen en studenten, en mondt uit in beleidsopties voor het stelsel als geheel. De "
      "minister van OCW stuurt de resultaten begin 2027 met een beleidsreactie aan uw Kamer.",
      answers=(Answer("3", "agree", EV3),)),
    P("Vooruitlopend daarop vraagt de minister van OCW de Inspectie van het Onderwijs om in haar jaarlijkse Staat "
      "van het Onderwijs aandacht te besteden aan het welzijn van leerlingen rond examens en selectie."),
    H2("4. Leeftijdsverificatie en de Europese aanpak"),
    P("Het kabinet deelt de analyse van de raad dat leeftijdsgrenzen op sociale media weinig betekenis hebben "
      "zolang zij niet worden gecontroleerd. De raad stelt voor aanbieders van sociale media bij wet te verplichten "
      "de leeftijd van Nederlandse gebruikers te verifiëren. Wij hebben dit voorstel zorgvuldig bezien. De "
      "digitaledienstenverordening regelt de verplichtingen van onlineplatforms op dit terrein uitputtend op "
      "Europees niveau; een aanvullende nationale verplichting voor platforms die in een andere lidstaat zijn "
      "gevestigd, is daarmee niet verenigbaar. Zij zou bovendien eenvoudig te omzeilen zijn. " + EV12,
      answers=(Answer("12", "disagree", EV12),)),
    P("Nederland zet zich, zoals uw Kamer bekend is, in Europees verband al langer in voor betrouwbare en "
      "privacyvriendelijke leeftijdsverificatie. De Europese Commissie heeft in 2025 richtsnoeren voor de "
      "bescherming van minderjarigen gepubliceerd en werkt aan een Europese toepassing voor leeftijdsverificatie, "
      "waarvan Nederland een van de proeflanden is. Over de uitkomsten van die proef informeert de "
      "staatssecretaris van VWS uw Kamer in de jaarlijkse brief over de online bescherming van kinderen."),
    H2("5. Financiering en vervolg"),
    P("De maatregelen in deze brief worden gedekt binnen de begrotingen van VWS en OCW. " + EV7B + " De verlenging "
      "van de regeling voor zorg in en om de school wordt gefinancierd uit de middelen die voor het Nationaal "
      "Programma Onderwijs waren gereserveerd maar niet tot besteding zijn gekomen. De extra opleidingsplaatsen "
      "voor gz-psychologen worden bekostigd via de beschikbaarheidbijdrage medische vervolgopleidingen.",
      answers=(Answer("7", "agree", EV7B),)),
    P("Een deel van de aanbevelingen van de raad is gericht aan gemeenten, schoolbesturen en zorgverzekeraars. Wij "
      "zijn met hen in gesprek over de manier waarop zij die oppakken, en betrekken de uitkomsten bij de "
      "voortgangsrapportages over de aanpak mentale gezondheid."),
    P("Het kabinet informeert uw Kamer eind 2026 over de voortgang van de maatregelen in deze brief. Wij zullen "
      "daarbij ook de jongeren betrekken die aan deze reactie hebben meegedacht."),
    P("De minister van Volksgezondheid, Welzijn en Sport,"),
    P("drs. H.J. Overmeer-Lantinga"),
    P("De minister van Onderwijs, Cultuur en Wetenschap,"),
    P("mr. dr. R.F. Bakkenes"),
)

RESPONSE = Document(
    title="Kabinetsreactie op het advies 'Ruimte om te groeien'",
    subtitle="Brief van de minister van Volksgezondheid, Welzijn en Sport en de minister van Onderwijs, Cultuur en "
             "Wetenschap aan de Tweede Kamer",
    blocks=RESPONSE_BLOCKS,
    running_header="Kabinetsreactie 'Ruimte om te groeien'  |  Kenmerk 4410287-1093856-PG",
    footer="Pagina {page} van {pages}",
    font_family="sans",
    font_size=10.0,
    title_page=False,
)

PAIR = Pair(
    name="youth_mental_health_planning_table",
    report=REPORT,
    response=RESPONSE,
    description="Adviesraad Jeugd en Samenleving advice on youth mental health (14 'Aanbeveling N' items with an "
                "explanation each, addressed to OCW, VWS, gemeenten, schoolbesturen and zorgverzekeraars) answered "
                "by a joint VWS/OCW letter whose core is a three-column 'Aanbeveling | Reactie kabinet | Planning' "
                "table; two cells only say 'Zie paragraaf 3/4', one cell answers 5 and 6, one cell is a single word, "
                "and recommendation 14 is left out of the table without comment.",
)
