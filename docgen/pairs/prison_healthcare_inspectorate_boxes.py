"""Pair: a fictional joint inspection by the Inspectie Justitie en Veiligheid and the Inspectie Gezondheidszorg en
Jeugd of healthcare in prisons ("Zorg achter de deur"), answered by a letter of the minister voor Rechtsbescherming
to the Tweede Kamer.

Report layout: sans, title page with imprint, running header, voorwoord, samenvatting with a bullet list of main
findings, chapter 1 with a "1." list of research questions and a ruled table of the eight inspected institutions
(not recommendations), findings chapters 2-6 with level-2 sections, bullet lists of findings and a small table of
waiting times.  Each findings chapter ends with a framed two-column Table headed "Nr. | Verbeterpunten" whose rows
are the improvement points "V1", "V2" ... with their text (table cells carry no annotation).  The final chapter 7
"Overzicht verbeterpunten" repeats all thirteen points as "•" lists (one per addressee group) whose items start
with "V1 –"; those items carry the Recommendation annotations (number "V1" ...).  An annex lists abbreviations.

Response layout: serif letter without title page of the minister voor Rechtsbescherming, answering by theme under
level-2 headings that do not follow the report's chapter order.  Points are cited bare in parentheses after a
sentence ("(V3)", "(V5 en V6)"); one point (V9) is answered by subject only.  The letter opens with context and a
bullet list of measures already under way (not an answer), and the theme "Organisatie van de medische zorg"
carries two refusals.

  V1  triage of every care request by a nurse within 24 hours (DJI)      agree   - committed date, all institutions
  V2  nurse present at night in every institution, funded (JenV)        disagree - "acht ik niet noodzakelijk"
  V3  national medication protocol for issuing by prison officers (DJI) agree   - "DJI stelt ... vast (V3)"
  V4  medication verification within 24 hours of arrival (OTHER)        partial - not required everywhere, only a
                                                                                   trial in three institutions
  V5  digital administration record in all institutions (DJI)           agree   - one sentence answers V5 and V6
  V6  quarterly analysis of medication incidents (OTHER)                agree   - same sentence as V5
  V7  PPC capacity and maximum waiting time of two weeks (JenV)         partial - 24 extra places, no norm
  V8  psychologist screening within a week of arrival (DJI)             not_addressed - only existing screening
                                                                                   described, no position
  V9  opioid substitution continued from day one (OTHER)                agree   - by subject only, no number
  V10 medical file moves digitally on the day of transfer (DJI)         agree   - committed date 1 January 2027
  V11 seven days' medication and warm handover to GP at release (DJI, OTHER) partial - supply yes, handover no
  V12 public quality indicators per institution, yearly (JenV)          not_addressed - deferred to the
                                                                                   voortgangsbrief gevangeniswezen
  V13 medical staff outside the line of the institution director (JenV) disagree - "zie ik geen aanleiding"

Totals: agree 6, partial 3, disagree 2, not_addressed 2.  All prose is fictional and written for this test set.
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


def bullets(*texts: str, style: str = "•") -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style=style)


# --------------------------------------------------------------------------------------------------------------
# The improvement points, as printed in the boxes and in the overview
# --------------------------------------------------------------------------------------------------------------

V = {
    "V1": ("DJI zorgt ervoor dat elk zorgverzoek van een gedetineerde binnen 24 uur door een verpleegkundige wordt "
           "beoordeeld, en niet langer door een penitentiair inrichtingswerker wordt doorgezet of afgewezen.",
           ("JenV",)),
    "V2": ("De minister voor Rechtsbescherming zorgt voor structurele financiering, zodat in elke penitentiaire "
           "inrichting ook in de avond en de nacht een verpleegkundige fysiek aanwezig is.",
           ("JenV",)),
    "V3": ("DJI stelt een landelijk medicatieprotocol vast voor het klaarzetten en uitreiken van medicatie door "
           "niet-medisch personeel, met eisen aan opleiding, dubbele controle en aftekenen.",
           ("JenV",)),
    "V4": ("De medische diensten voeren bij iedere nieuw binnengekomen gedetineerde binnen 24 uur een "
           "medicatieverificatie uit bij de eigen apotheek of huisarts van betrokkene.",
           ("OTHER",)),
    "V5": ("DJI voert in alle inrichtingen een digitale toedienregistratie in, gekoppeld aan het medisch dossier, "
           "zodat uitgereikte en geweigerde medicatie direct zichtbaar is voor de medische dienst.",
           ("JenV",)),
    "V6": ("De medische diensten analyseren medicatie-incidenten ten minste eenmaal per kwartaal en bespreken de "
           "uitkomsten met het personeel van de afdelingen.",
           ("OTHER",)),
    "V7": ("De minister voor Rechtsbescherming zorgt voor voldoende capaciteit in de penitentiair psychiatrische "
           "centra, zodat een gedetineerde met een indicatie binnen twee weken wordt geplaatst.",
           ("JenV",)),
    "V8": ("DJI zorgt ervoor dat iedere gedetineerde binnen een week na binnenkomst door een psycholoog wordt "
           "gescreend op psychische problematiek en suïcidaliteit.",
           ("JenV",)),
    "V9": ("De medische diensten zetten een opiaatvervangende behandeling die een gedetineerde buiten de inrichting "
           "kreeg, vanaf de eerste dag zonder onderbreking voort en verifiëren de dosering binnen 24 uur bij de "
           "behandelaar.",
           ("OTHER",)),
    "V10": ("DJI zorgt ervoor dat het medisch dossier bij overplaatsing op dezelfde dag digitaal beschikbaar is "
            "voor de medische dienst van de ontvangende inrichting.",
            ("JenV",)),
    "V11": ("DJI en de medische diensten zorgen ervoor dat iedere gedetineerde bij ontslag een medicatievoorraad "
            "voor ten minste zeven dagen meekrijgt en dat de zorg warm wordt overgedragen aan de huisarts.",
            ("JenV", "OTHER")),
    "V12": ("De minister voor Rechtsbescherming laat DJI jaarlijks per inrichting openbare kwaliteitsindicatoren "
            "over de medische zorg publiceren, waaronder wachttijden en medicatie-incidenten.",
            ("JenV",)),
    "V13": ("De minister voor Rechtsbescherming brengt het medisch personeel hiërarchisch onder bij een "
            "landelijke medisch directeur, los van de lijn van de vestigingsdirecteur.",
            ("JenV",)),
}


def box(*numbers: str) -> Table:
    """The framed box that closes a findings chapter: no annotations, the overview carries them."""
    return Table(header=("Nr.", "Verbeterpunten"),
                 rows=tuple((n, V[n][0]) for n in numbers),
                 widths=(0.09, 0.91), rules="grid")


def overview(*numbers: str) -> ItemList:
    return ItemList(items=tuple(ListItem(f"{n} – {V[n][0]}", recommendation=Recommendation(n, V[n][1]))
                                for n in numbers), style="•")


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H("Voorwoord"),
    P("Wie gedetineerd is, kan niet zelf naar de huisarts, de apotheek of de spoedeisende hulp. Hij is voor elke "
      "pijnstiller, elk gesprek met een psycholoog en elke verwijzing naar het ziekenhuis afhankelijk van de "
      "inrichting waarin hij verblijft. De overheid die iemand zijn vrijheid ontneemt, neemt daarmee ook de plicht "
      "op zich om te zorgen voor gezondheidszorg die gelijkwaardig is aan de zorg buiten de muren. Dat beginsel is "
      "vastgelegd in de Penitentiaire beginselenwet en in de Europese gevangenisregels."),
    P("De Inspectie Justitie en Veiligheid en de Inspectie Gezondheidszorg en Jeugd houden elk vanuit hun eigen "
      "wettelijke taak toezicht op de zorg in penitentiaire inrichtingen. De eerste kijkt naar de tenuitvoerlegging "
      "van de vrijheidsbeneming, de tweede naar de kwaliteit en veiligheid van de zorg. In de praktijk raken die "
      "twee elkaar voortdurend: een medicatiefout ontstaat op de afdeling, een gemist signaal van suïcidaliteit in "
      "het contact tussen bewaarder en verpleegkundige. Daarom hebben wij dit onderzoek gezamenlijk uitgevoerd."),
    P("Wij hebben veel betrokken en vakkundige medewerkers ontmoet, die onder moeilijke omstandigheden hun best "
      "doen. Tegelijk zien wij risico's die niet langer aan de inzet van individuele medewerkers kunnen worden "
      "overgelaten. Wij danken de gedetineerden, de medewerkers van de medische diensten, de penitentiair "
      "inrichtingswerkers en de directies van de acht onderzochte inrichtingen voor hun openheid."),
    P("drs. M.E. (Marleen) Voskuijlen, Inspecteur-generaal Justitie en Veiligheid"),
    P("dr. R.J. (Rutger) Haverkamp, Inspecteur-generaal Gezondheidszorg en Jeugd"),
    PageBreak(),
    H("Samenvatting"),
    P("In Nederlandse penitentiaire inrichtingen verblijven op een gemiddelde dag ruim 11.000 gedetineerden. Een "
      "groot deel van hen heeft een slechte gezondheid: de prevalentie van psychische stoornissen, verslaving en "
      "chronische somatische aandoeningen ligt in deze groep vele malen hoger dan in de algemene bevolking. Iedere "
      "inrichting heeft een medische dienst, bestaande uit verpleegkundigen, een inrichtingsarts en een "
      "psycholoog, en werkt samen met een apotheek en met externe zorgaanbieders."),
    P("De inspecties hebben tussen oktober 2024 en april 2025 onderzocht of gedetineerden tijdig toegang hebben tot "
      "zorg, of de medicatieverstrekking veilig is, hoe de psychische zorg en de verslavingszorg zijn "
      "georganiseerd, en of de zorg bij overplaatsing en ontslag doorloopt. De belangrijkste bevindingen zijn:"),
    bullets(
        "Zorgverzoeken worden in vijf van de acht inrichtingen eerst beoordeeld door een penitentiair "
        "inrichtingswerker, die geen medische opleiding heeft; in 14 procent van de onderzochte verzoeken kwam het "
        "verzoek niet of pas na meer dan drie dagen bij de medische dienst aan.",
        "In de avond en de nacht is in zes van de acht inrichtingen geen verpleegkundige aanwezig. Het personeel "
        "belt dan de huisartsenpost, die de gedetineerde niet kent en geen toegang heeft tot zijn dossier.",
        "Medicatie wordt op de afdelingen uitgereikt door medewerkers zonder scholing in medicatieveiligheid. In "
        "drie inrichtingen troffen de inspecteurs ongelabelde medicatie en handmatige aftekenlijsten met gaten aan.",
        "Gedetineerden met een indicatie voor een penitentiair psychiatrisch centrum wachten gemiddeld 41 dagen op "
        "plaatsing, in die tijd verblijven zij vaak op een reguliere afdeling of in een isoleercel.",
        "Bij overplaatsing en ontslag gaan medische gegevens en medicatie regelmatig verloren; een kwart van de "
        "gedetineerden vertrekt zonder medicatie of recept.",
    ),
    P("De inspecties formuleren dertien verbeterpunten, gericht aan de Dienst Justitiële Inrichtingen (DJI), aan de "
      "minister voor Rechtsbescherming en aan de medische diensten van de inrichtingen. Elk hoofdstuk sluit af met "
      "de verbeterpunten die uit de bevindingen van dat hoofdstuk volgen; hoofdstuk 7 geeft een overzicht van alle "
      "verbeterpunten. De inspecties zullen over anderhalf jaar in een vervolgonderzoek nagaan wat er met de "
      "verbeterpunten is gedaan."),
    PageBreak(),
    H("1 Inleiding"),
    H2("1.1 Aanleiding"),
    P("In 2023 en 2024 ontvingen beide inspecties een toenemend aantal meldingen van calamiteiten in penitentiaire "
      "inrichtingen waarbij de zorg een rol speelde: twee overlijdens na het missen van signalen van een "
      "lichamelijke aandoening, een suïcide kort na binnenkomst, en een reeks medicatie-incidenten. Afzonderlijk "
      "onderzoek naar die meldingen leverde steeds vergelijkbare oorzaken op. Tegelijk staat het gevangeniswezen "
      "onder druk door een tekort aan celcapaciteit en aan personeel. De inspecties wilden weten of die druk "
      "doorwerkt in de zorg voor gedetineerden."),
    H2("1.2 Onderzoeksvragen"),
    P("Het onderzoek beantwoordt de volgende vragen:", bold=True),
    ItemList(items=(
        ListItem("Hebben gedetineerden tijdig toegang tot de medische dienst, ook in de avond en de nacht?"),
        ListItem("Is het voorschrijven, verstrekken en registreren van medicatie veilig ingericht?"),
        ListItem("Krijgen gedetineerden met psychische problemen of een verslaving passende zorg, en op tijd?"),
        ListItem("Loopt de zorg door bij binnenkomst, overplaatsing en ontslag?"),
        ListItem("Hoe sturen DJI en de directies van de inrichtingen op de kwaliteit van de zorg?"),
    ), style="1."),
    H2("1.3 Werkwijze"),
    P("De inspecties bezochten acht penitentiaire inrichtingen, verspreid over het land en verschillend in "
      "omvang en regime. In elke inrichting spraken zij met de vestigingsdirecteur, de inrichtingsarts, "
      "verpleegkundigen, de psycholoog, penitentiair inrichtingswerkers en gedetineerden. Daarnaast bestudeerden "
      "zij 320 medische dossiers, 1.150 zorgverzoeken en de medicatieregistratie van vier weken per inrichting."),
    Table(
        header=("Inrichting", "Type", "Capaciteit", "Bezoek"),
        rows=(
            ("PI Noord A", "huis van bewaring, gevangenis", "412", "oktober 2024"),
            ("PI Noord B", "gevangenis, extra beveiligde afdeling", "268", "november 2024"),
            ("PI Oost", "huis van bewaring, PPC", "530", "november 2024"),
            ("PI Midden", "huis van bewaring", "356", "december 2024"),
            ("PI West A", "gevangenis, beperkt beveiligde afdeling", "294", "januari 2025"),
            ("PI West B", "huis van bewaring, vrouwen", "188", "februari 2025"),
            ("PI Zuid A", "huis van bewaring, PPC", "602", "maart 2025"),
            ("PI Zuid B", "gevangenis", "340", "april 2025"),
        ),
        widths=(0.2, 0.45, 0.15, 0.2),
    ),
    P("De inrichtingen zijn in dit rapport geanonimiseerd. De bevindingen zijn op 12 juni 2025 voorgelegd aan DJI "
      "en aan de directies van de inrichtingen voor een feitelijke controle. Het normenkader is ontleend aan de "
      "Penitentiaire beginselenwet, de Wet kwaliteit, klachten en geschillen zorg, de richtlijnen van de "
      "beroepsgroepen en het Kwaliteitskader medische zorg DJI."),
    H2("1.4 Leeswijzer"),
    P("Hoofdstuk 2 beschrijft de toegang tot de medische dienst. Hoofdstuk 3 gaat over medicatieveiligheid, "
      "hoofdstuk 4 over psychische zorg en verslavingszorg en hoofdstuk 5 over de continuïteit van zorg. Hoofdstuk 6 "
      "behandelt de sturing op kwaliteit. Elk hoofdstuk sluit af met een kader met verbeterpunten. Hoofdstuk 7 "
      "bevat het overzicht van alle verbeterpunten en de adressaten."),
    PageBreak(),
    H("2 Toegang tot de medische dienst"),
    H2("2.1 Het zorgverzoek"),
    P("Een gedetineerde die een arts of verpleegkundige wil spreken, vult een zorgverzoek in, op papier of via de "
      "cel-terminal. In drie van de acht inrichtingen gaat dat verzoek rechtstreeks naar de medische dienst. In de "
      "andere vijf verzamelt de penitentiair inrichtingswerker (PIW'er) de verzoeken op de afdeling en geeft hij ze "
      "door. De inspecteurs zagen dat PIW'ers daarbij zelf een afweging maken: een verzoek om paracetamol wordt "
      "soms direct uit de afdelingsvoorraad afgehandeld, een verzoek dat volgens de PIW'er ‘kan wachten' blijft "
      "liggen tot de volgende dag of na het weekend."),
    P("Van de 1.150 onderzochte zorgverzoeken kwam 14 procent niet of pas na meer dan drie dagen bij een "
      "verpleegkundige terecht. Daaronder waren verzoeken over pijn op de borst, een gezwollen been en aanhoudend "
      "braken. Gedetineerden vertelden dat zij hun klachten liever niet aan een bewaarder voorleggen, omdat die ook "
      "over hun regime en hun verloven rapporteert."),
    H2("2.2 Avond, nacht en weekend"),
    P("Buiten kantoortijden is in zes inrichtingen geen verpleegkundige aanwezig. Het afdelingshoofd of de "
      "dienstdoende PIW'er belt dan de regionale huisartsenpost. De triagist van de huisartsenpost kent de "
      "gedetineerde niet, heeft geen toegang tot het medisch dossier en kan de gedetineerde niet zelf spreken; de "
      "informatie komt via de bewaarder. In twee van de calamiteiten die aanleiding waren voor dit onderzoek werden "
      "in de nacht signalen gemist die een verpleegkundige vermoedelijk wel had herkend."),
    Table(
        header=("", "Kantoortijd", "Avond", "Nacht", "Weekend"),
        rows=(
            ("Verpleegkundige aanwezig", "8 van 8", "3 van 8", "2 van 8", "4 van 8"),
            ("Verpleegkundige bereikbaar", "8 van 8", "5 van 8", "2 van 8", "6 van 8"),
            ("Gemiddelde wachttijd zorgverzoek (uren)", "19", "–", "–", "52"),
        ),
        widths=(0.36, 0.16, 0.16, 0.16, 0.16),
        rules="rows",
    ),
    H2("2.3 Oordeel"),
    P("De inspecties oordelen dat de toegang tot de medische dienst in de meeste inrichtingen afhangt van het "
      "inzicht van niet-medisch personeel. Dat is niet in overeenstemming met het beginsel van gelijkwaardige zorg. "
      "Dat 's nachts in de meeste inrichtingen geen verpleegkundige aanwezig is, vergroot het risico dat ernstige "
      "klachten te laat worden herkend."),
    box("V1", "V2"),
    PageBreak(),
    H("3 Medicatieveiligheid"),
    H2("3.1 Voorschrijven en klaarzetten"),
    P("De inrichtingsarts schrijft voor, de apotheek levert in baxterrollen of in originele verpakking, en de "
      "medische dienst zet de medicatie per afdeling klaar. Bij binnenkomst is vaak onbekend welke medicatie iemand "
      "buiten gebruikte. Slechts in twee inrichtingen vraagt de medische dienst structureel een medicatieoverzicht "
      "op bij de eigen apotheek van de gedetineerde; elders vertrouwt men op wat de gedetineerde zelf vertelt. In "
      "31 van de 120 onderzochte dossiers van nieuwkomers ontbrak minstens één middel dat de gedetineerde buiten wel "
      "gebruikte."),
    H2("3.2 Uitreiken op de afdeling"),
    P("Op de afdelingen reiken PIW'ers de medicatie uit. Zij hebben daarvoor een korte instructie gehad, maar geen "
      "scholing die voldoet aan de eisen die in de langdurige zorg gelden. Elke inrichting hanteert een eigen "
      "werkinstructie. De inspecteurs troffen onder meer aan:"),
    bullets(
        "ongelabelde medicatie in bekertjes, zonder naam of celnummer;",
        "handmatige aftekenlijsten waarop een kwart van de uitreikmomenten niet was afgetekend;",
        "weigeringen van medicatie die niet aan de medische dienst werden gemeld;",
        "geen dubbele controle bij risicovolle middelen, zoals antipsychotica in depotvorm en insuline.",
    ),
    H2("3.3 Registratie en leren van incidenten"),
    P("Vier inrichtingen werken met een digitale toedienregistratie, de andere vier met papieren lijsten die pas "
      "na een week bij de medische dienst terugkomen. Incidenten worden gemeld in het meldsysteem van DJI, maar "
      "worden in de meeste inrichtingen niet geanalyseerd. Medewerkers die een fout melden, horen er daarna niets "
      "meer over."),
    H2("3.4 Oordeel"),
    P("De medicatieveiligheid in de onderzochte inrichtingen schiet tekort. Er is geen landelijke norm voor het "
      "uitreiken door niet-medisch personeel, de registratie is onvolledig, en de inrichtingen leren te weinig van "
      "incidenten."),
    box("V3", "V4", "V5", "V6"),
    PageBreak(),
    H("4 Psychische zorg en verslavingszorg"),
    H2("4.1 Screening bij binnenkomst"),
    P("Bij binnenkomst voert een verpleegkundige een medische intake uit, waarin ook enkele vragen over psychische "
      "klachten en suïcidale gedachten zijn opgenomen. Een psycholoog ziet de gedetineerde alleen als de intake of "
      "het afdelingspersoneel daartoe aanleiding geeft. De inspecteurs zagen dat de intake in drukke periodes in een "
      "paar minuten wordt afgerond, soms via een tolk aan de telefoon. In 22 procent van de dossiers van "
      "gedetineerden die later in een crisis raakten, was bij binnenkomst geen psycholoog betrokken geweest, terwijl "
      "het dossier van de reclassering of een eerdere detentie wel signalen bevatte."),
    H2("4.2 Plaatsing in een penitentiair psychiatrisch centrum"),
    P("Gedetineerden met ernstige psychiatrische problematiek horen te verblijven in een penitentiair psychiatrisch "
      "centrum (PPC). De capaciteit van de PPC's is sinds 2021 niet toegenomen, terwijl het aantal aanmeldingen met "
      "ruim een derde is gestegen. Gedetineerden met een indicatie wachtten in de onderzoeksperiode gemiddeld 41 "
      "dagen op plaatsing, met uitschieters tot vier maanden. In die tijd verblijven zij op een reguliere afdeling, "
      "op een afdeling voor beperkt gemeenschapsgeschikten of, bij escalatie, in een isoleercel."),
    H2("4.3 Verslavingszorg"),
    P("Ongeveer een op de vijf gedetineerden heeft een verslaving. Gedetineerden die buiten methadon of "
      "buprenorfine kregen, moeten die behandeling in detentie kunnen voortzetten. De inspecteurs stelden vast dat "
      "de verificatie van de dosering bij de verslavingszorginstelling in het weekend en op feestdagen dagen kan "
      "duren. In die periode krijgen gedetineerden een lagere dosis of helemaal niets, met ontwenningsverschijnselen "
      "en een verhoogd risico op agressie en zelfbeschadiging tot gevolg."),
    H2("4.4 Oordeel"),
    P("De psychische zorg in de inrichtingen is te veel afhankelijk van toevallige signalen, en de wachttijd voor "
      "een PPC-plaats is onaanvaardbaar lang. Het onderbreken van een lopende opiaatvervangende behandeling is "
      "medisch niet verantwoord."),
    box("V7", "V8", "V9"),
    PageBreak(),
    H("5 Continuïteit van zorg bij overplaatsing en ontslag"),
    H2("5.1 Overplaatsing"),
    P("Gedetineerden worden gemiddeld 1,8 keer per detentie overgeplaatst, vaak op korte termijn als gevolg van het "
      "capaciteitstekort. Het medisch dossier gaat in een verzegelde envelop mee met het vervoer, of wordt later "
      "nagestuurd. In 18 van de 64 onderzochte overplaatsingen had de ontvangende medische dienst het dossier "
      "op de dag van aankomst niet; in vier gevallen ontbrak het na een week nog. Medicatie die de gedetineerde "
      "gebruikte, werd daardoor soms dagen niet verstrekt."),
    H2("5.2 Ontslag"),
    P("Bij ontslag uit detentie krijgt de gedetineerde volgens de werkinstructies een medicatieoverzicht en, zo "
      "nodig, een voorraad medicatie mee. In de praktijk gebeurt dat niet altijd: ontslagen vallen vaak onverwacht, "
      "bijvoorbeeld na een zitting, en de medische dienst hoort het pas achteraf. Uit de dossiers blijkt:"),
    bullets(
        "een kwart van de ontslagen gedetineerden vertrok zonder medicatie of recept;",
        "bij 40 procent was niet bekend of de gedetineerde buiten een huisarts had;",
        "een overdracht aan de huisarts of de ggz vond alleen plaats bij gedetineerden die al in behandeling waren "
        "bij een externe zorgaanbieder.",
    ),
    P("Gemeenten en de reclassering werken aan de re-integratie van ex-gedetineerden, maar de medische zorg valt "
      "buiten de afspraken die daarover zijn gemaakt. De medische dienst ziet de nazorg niet als haar taak, de "
      "gemeente heeft geen medische gegevens."),
    H2("5.3 Oordeel"),
    P("De continuïteit van zorg is bij overplaatsing en ontslag niet gewaarborgd. Dit raakt vooral gedetineerden "
      "met chronische aandoeningen en psychische problematiek, voor wie een onderbreking van de behandeling grote "
      "gevolgen kan hebben."),
    box("V10", "V11"),
    PageBreak(),
    H("6 Sturing op de kwaliteit van zorg"),
    H2("6.1 Informatie over kwaliteit"),
    P("DJI beschikt over een Kwaliteitskader medische zorg, maar verzamelt weinig gegevens over de uitvoering "
      "ervan. Wachttijden, medicatie-incidenten en klachten over de medische zorg worden per inrichting "
      "bijgehouden, op verschillende manieren. Een landelijk beeld ontbreekt, en er wordt niet over "
      "gepubliceerd. De Commissie van Toezicht en de medisch adviseur van de beklagcommissie krijgen daardoor geen "
      "zicht op structurele problemen."),
    H2("6.2 Positie van de medische dienst"),
    P("Het medisch personeel valt hiërarchisch onder de vestigingsdirecteur. In de interviews gaven verpleegkundigen "
      "en inrichtingsartsen aan dat medische afwegingen soms moeten wijken voor de orde en veiligheid in de "
      "inrichting of voor personele tekorten op de afdelingen: spreekuren worden geschrapt als er geen begeleiding "
      "is, en ziekenhuisbezoeken uitgesteld als er geen transport beschikbaar is. Zij ervaren weinig "
      "ruggensteun van een medisch leidinggevende op landelijk niveau."),
    H2("6.3 Oordeel"),
    P("Zonder vergelijkbare en openbare informatie over de kwaliteit van zorg kunnen DJI, de minister en de "
      "toezichthouders niet tijdig bijsturen. De professionele autonomie van het medisch personeel staat onder "
      "druk."),
    box("V12", "V13"),
    PageBreak(),
    H("7 Overzicht verbeterpunten"),
    P("Hieronder staan alle verbeterpunten uit de hoofdstukken 2 tot en met 6, geordend naar de partij die het "
      "verbeterpunt moet oppakken. De nummering volgt die van de hoofdstukken. De inspecties verzoeken de minister "
      "voor Rechtsbescherming binnen drie maanden na publicatie van dit rapport aan te geven hoe de verbeterpunten "
      "worden opgevolgd."),
    H2("Dienst Justitiële Inrichtingen"),
    overview("V1", "V3", "V5", "V8", "V10"),
    H2("Minister voor Rechtsbescherming"),
    overview("V2", "V7", "V12", "V13"),
    H2("Medische diensten van de penitentiaire inrichtingen"),
    overview("V4", "V6", "V9", "V11"),
    P("De inspecties voeren in 2027 een vervolgonderzoek uit in dezelfde inrichtingen. Zij betrekken daarbij ook "
      "de meldingen van calamiteiten die in de tussentijd binnenkomen."),
    PageBreak(),
    H("Bijlage: Afkortingen"),
    Table(
        header=("Afkorting", "Betekenis"),
        rows=(
            ("DJI", "Dienst Justitiële Inrichtingen"),
            ("IGJ", "Inspectie Gezondheidszorg en Jeugd"),
            ("PI", "penitentiaire inrichting"),
            ("PIW'er", "penitentiair inrichtingswerker"),
            ("PPC", "penitentiair psychiatrisch centrum"),
            ("Pbw", "Penitentiaire beginselenwet"),
            ("VIM", "veilig incident melden"),
            ("Wkkgz", "Wet kwaliteit, klachten en geschillen zorg"),
        ),
        widths=(0.2, 0.8),
    ),
)

REPORT = Document(
    title="Zorg achter de deur",
    subtitle="Gezamenlijk onderzoek naar de toegang tot en de kwaliteit van de gezondheidszorg in penitentiaire "
             "inrichtingen",
    blocks=REPORT_BLOCKS,
    running_header="Inspectie Justitie en Veiligheid  |  Inspectie Gezondheidszorg en Jeugd  |  Zorg achter de deur",
    footer="{page}",
    font_family="sans",
    font_size=10.5,
    imprint=("Inspectie Justitie en Veiligheid en Inspectie Gezondheidszorg en Jeugd",
             "Den Haag / Utrecht, september 2025"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV1 = ("Vanaf 1 april 2026 beoordeelt in alle inrichtingen een verpleegkundige elk zorgverzoek binnen 24 uur, en "
       "gaan verzoeken niet langer via de afdeling (V1).")
EV3 = ("DJI stelt in de eerste helft van 2026 een landelijk medicatieprotocol vast, met een verplichte scholing "
       "voor iedere medewerker die medicatie uitreikt en een dubbele controle bij risicovolle middelen (V3).")
EV4 = ("Een medicatieverificatie binnen 24 uur bij iedere nieuwe gedetineerde kan ik op dit moment niet "
       "toezeggen; DJI start wel in drie inrichtingen met een proef waarin de apotheek de verificatie overneemt, en "
       "besluit na een jaar of die werkwijze wordt uitgebreid (V4).")
EV56 = ("De digitale toedienregistratie wordt in 2026 in de overige vier inrichtingen ingevoerd, en vanaf dat moment "
        "analyseren de medische diensten alle medicatie-incidenten ieder kwartaal met de afdelingshoofden (V5 en V6).")
EV7 = ("Ik breid de capaciteit van de PPC's in 2026 uit met 24 plaatsen, maar een maximale wachttijd van twee weken "
       "kan ik niet garanderen (V7).")
EV9 = ("De medische diensten hebben met de verslavingszorginstellingen afgesproken dat een lopende behandeling met "
       "methadon of buprenorfine vanaf de dag van binnenkomst wordt voortgezet, en dat de dosering ook in het "
       "weekend binnen 24 uur wordt geverifieerd via een landelijk bereikbaarheidsnummer.")
EV10 = ("Per 1 januari 2027 is het medisch dossier bij overplaatsing op de dag zelf digitaal beschikbaar in de "
        "ontvangende inrichting (V10).")
EV11 = ("Een medicatievoorraad voor zeven dagen wordt per 1 juli 2026 standaard meegegeven, maar een warme "
        "overdracht aan de huisarts voor iedere gedetineerde is met de huidige bezetting van de medische diensten "
        "niet haalbaar (V11).")
EV2 = ("Een verpleegkundige die ook 's nachts in elke inrichting fysiek aanwezig is, acht ik niet noodzakelijk "
       "(V2).")
EV13 = ("Ik zie geen aanleiding om het medisch personeel buiten de lijn van de vestigingsdirecteur te plaatsen "
        "(V13).")

RESPONSE_BLOCKS = (
    P("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal"),
    P("Postbus 20018"),
    P("2500 EA Den Haag"),
    P("Datum: 9 december 2025"),
    P("Kenmerk: 6602418"),
    P("Onderwerp: Reactie op het inspectierapport ‘Zorg achter de deur'"),
    P("Geachte voorzitter,"),
    P("Op 23 september 2025 hebben de Inspectie Justitie en Veiligheid en de Inspectie Gezondheidszorg en Jeugd "
      "hun gezamenlijke rapport ‘Zorg achter de deur' gepubliceerd, over de gezondheidszorg in penitentiaire "
      "inrichtingen. Met deze brief bied ik u het rapport aan en geef ik mijn beleidsreactie, mede namens de "
      "Dienst Justitiële Inrichtingen (DJI). Ik heb de reactie afgestemd met de minister van Volksgezondheid, "
      "Welzijn en Sport."),
    P("Ik ben de inspecties erkentelijk voor hun grondige onderzoek. Het rapport is confronterend. Het laat zien "
      "dat medewerkers van de medische diensten zich met grote inzet voor gedetineerden inspannen, maar dat de "
      "organisatie van de zorg op een aantal punten niet op orde is. Gedetineerden zijn voor hun zorg volledig "
      "afhankelijk van ons. Dat verplicht tot zorg die gelijkwaardig is aan die buiten de muren, en dat is nu niet "
      "overal het geval."),
    H2("Context"),
    P("Het gevangeniswezen staat onder grote druk. De bezetting ligt al twee jaar boven de 95 procent, en bij de "
      "medische diensten staan ruim 80 vacatures voor verpleegkundigen open. In de voortgangsbrieven over de "
      "capaciteit van DJI heb ik u over de maatregelen geïnformeerd. Voor de medische zorg lopen op dit moment al "
      "de volgende trajecten:"),
    bullets(
        "de landelijke wervingscampagne ‘Zorg in de PI', waarmee in 2025 tot nu toe 46 verpleegkundigen zijn "
        "aangenomen;",
        "de invoering van het nieuwe elektronisch patiëntendossier, dat in juni 2025 in twaalf inrichtingen in "
        "gebruik is genomen;",
        "het programma Suïcidepreventie DJI, dat in 2024 is gestart;",
        "een verkenning met zorgverzekeraars naar de aansluiting van zorg na detentie op de reguliere "
        "zorgverzekering.",
    ),
    P("Ik ga hieronder per thema in op de verbeterpunten van de inspecties. Tussen haakjes staat telkens naar welk "
      "verbeterpunt een passage verwijst."),
    H2("Toegang tot de medische dienst"),
    P("Dat een zorgverzoek soms dagen blijft liggen omdat het eerst langs een bewaarder moet, vind ik niet "
      "aanvaardbaar. Gedetineerden moeten hun klachten rechtstreeks aan een zorgverlener kunnen voorleggen. " + EV1
      + " Waar nodig wordt de cel-terminal daarvoor aangepast, zodat de gedetineerde het verzoek zelf kan "
      "versturen. PIW'ers blijven wel een rol houden in het signaleren van gezondheidsproblemen op de afdeling; DJI "
      "neemt dit op in de basisopleiding.",
      answers=(Answer("V1", "agree", EV1),)),
    H2("Medicatieveiligheid"),
    P("De bevindingen over het uitreiken van medicatie op de afdelingen zijn ernstig. Ongelabelde medicatie en "
      "onvolledige aftekenlijsten zijn risico's die onmiddellijk moeten worden weggenomen. DJI heeft de directies "
      "direct na het verschijnen van het rapport opgedragen om in alle inrichtingen alleen nog gelabelde medicatie "
      "te laten uitreiken. " + EV3 + " Het protocol sluit aan bij de richtlijn die in de langdurige zorg wordt "
      "gebruikt.",
      answers=(Answer("V3", "agree", EV3),)),
    P("Bij binnenkomst is niet altijd bekend welke medicatie iemand buiten gebruikte. Inrichtingen hebben geen "
      "directe toegang tot het landelijk schakelpunt, en veel gedetineerden hebben geen vaste apotheek of huisarts. "
      + EV4 + " De minister van VWS onderzoekt of de inrichtingen aangesloten kunnen worden op het landelijk "
      "schakelpunt voor de uitwisseling van medicatiegegevens.",
      answers=(Answer("V4", "partial", EV4),)),
    P("De inspecties constateren terecht dat de registratie van het uitreiken onvolledig is en dat van incidenten "
      "te weinig wordt geleerd. " + EV56 + " De uitkomsten worden ook meegenomen in de jaarlijkse "
      "kwaliteitsgesprekken tussen DJI en de vestigingsdirecteuren.",
      answers=(Answer("V5", "agree", EV56), Answer("V6", "agree", EV56))),
    H2("Psychische zorg en verslavingszorg"),
    P("Iedere gedetineerde wordt bij binnenkomst gescreend door een verpleegkundige, met gebruikmaking van het "
      "screeningsinstrument dat DJI sinds 2022 hanteert. Bij signalen van psychische problemen of suïcidaliteit "
      "wordt de psycholoog ingeschakeld, die de gedetineerde in de regel binnen drie werkdagen ziet. Het programma "
      "Suïcidepreventie DJI richt zich daarnaast op de training van PIW'ers in het herkennen van signalen."),
    P("De wachttijden voor een plaats in een PPC zijn te lang, dat erken ik. " + EV7 + " De instroom hangt af van "
      "de ontwikkeling van het aantal gedetineerden met ernstige psychiatrische problematiek, waarop DJI weinig "
      "invloed heeft. Wel zorgt DJI ervoor dat gedetineerden die op plaatsing wachten, in die periode "
      "ambulante zorg krijgen van het PPC-team.",
      answers=(Answer("V7", "partial", EV7),)),
    P("Ook de onderbreking van opiaatvervangende behandelingen bij binnenkomst moet stoppen. " + EV9 + " Deze "
      "afspraak geldt sinds 1 november 2025 in alle inrichtingen.",
      answers=(Answer("V9", "agree", EV9),)),
    H2("Overplaatsing en ontslag"),
    P("Het capaciteitstekort leidt tot veel overplaatsingen, en dat maakt de overdracht van medische gegevens extra "
      "kwetsbaar. Met de invoering van het elektronisch patiëntendossier in alle inrichtingen vervalt het "
      "meesturen van papieren dossiers. " + EV10,
      answers=(Answer("V10", "agree", EV10),)),
    P("Bij ontslag zie ik twee kanten. " + EV11 + " DJI verkent wel met de Landelijke Huisartsen Vereniging en de "
      "gemeenten hoe voor gedetineerden met een chronische aandoening of psychische problematiek een overdracht "
      "kan worden geregeld.",
      answers=(Answer("V11", "partial", EV11),)),
    H2("Organisatie van de medische zorg"),
    P("De inspecties vragen om in elke inrichting ook 's nachts een verpleegkundige aanwezig te laten zijn. Ik "
      "begrijp die wens, zeker in het licht van de calamiteiten die in het rapport worden beschreven. " + EV2 + " De "
      "huisartsenpost biedt ook buiten de muren de spoedzorg in de avond en de nacht, en de inrichtingen waar "
      "verhoogde zorg nodig is, zoals de PPC's, hebben al een nachtdienst. Gezien het tekort aan verpleegkundigen "
      "zou een nachtdienst in alle inrichtingen bovendien ten koste gaan van de zorg overdag. DJI zorgt er wel voor "
      "dat de huisartsenpost voortaan inzage krijgt in een samenvatting van het medisch dossier.",
      answers=(Answer("V2", "disagree", EV2),)),
    P("De inspecties stellen verder voor om het medisch personeel onder een landelijke medisch directeur te "
      "brengen. Medische beslissingen worden nu al uitsluitend door de inrichtingsarts genomen, en de medisch "
      "adviseur van DJI ziet toe op de professionele standaard. " + EV13 + " Een aparte medische lijn zou de "
      "samenwerking tussen de medische dienst en de afdelingen, die juist voor de signalering zo belangrijk is, "
      "bemoeilijken.",
      answers=(Answer("V13", "disagree", EV13),)),
    H2("Kwaliteit en verantwoording"),
    P("Ik deel de opvatting van de inspecties dat beter zicht op de kwaliteit van de medische zorg nodig is. DJI "
      "werkt aan een landelijk dashboard waarin wachttijden, incidenten en klachten per inrichting worden "
      "bijgehouden. Of en hoe deze gegevens openbaar worden gemaakt, werk ik uit in de voortgangsbrief "
      "gevangeniswezen die u voor de zomer van 2026 ontvangt (V12)."),
    H2("Tot slot"),
    P("De inspecties voeren in 2027 een vervolgonderzoek uit. Ik zie dat met vertrouwen tegemoet en zal u in de "
      "tussentijd via de voortgangsbrieven over de capaciteit van DJI informeren over de uitvoering van de "
      "maatregelen uit deze brief."),
    P("De minister voor Rechtsbescherming,"),
    P("mr. E.H. (Esther) Bruinsma-Oudejans"),
)

RESPONSE = Document(
    title="Ministerie van Justitie en Veiligheid",
    subtitle="Directoraat-Generaal Straffen en Beschermen",
    blocks=RESPONSE_BLOCKS,
    running_header="Reactie op ‘Zorg achter de deur'  |  Kenmerk 6602418",
    footer="Pagina {page} van {pages}",
    font_family="serif",
    font_size=10.5,
    title_page=False,
)

PAIR = Pair(
    name="prison_healthcare_inspectorate_boxes",
    report=REPORT,
    response=RESPONSE,
    description="Joint Inspectie JenV / IGJ report on prison healthcare; each findings chapter ends with a framed "
                "'Nr. | Verbeterpunten' table (V1-V13, unannotated) and a final chapter repeats them as '•' lists "
                "'V1 – ...' (annotated). The minister voor Rechtsbescherming answers by theme, citing bare '(V3)', "
                "'(V5 en V6)'; V9 by subject only; a refusal theme with V2 and V13; V8 existing policy only; V12 "
                "deferred to a later letter.",
)
