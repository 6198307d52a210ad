"""Pair: a fictional Inspectie Zorg en Ondersteuning Thuis report on home care for people with dementia who live
alone, and the letter of the minister of VWS answering it point by point.

Layout traits this pair tests: a serif report with a title page and a running header.  The summary lists the
fourteen recommendations as a numbered list 1-14 with the addressee in brackets at the end ("(gemeenten)",
"(zorgkantoren)", "(NZa)", "(minister van VWS)"); these are the originals in the gold.  The findings chapters 3-6
each end with a paragraph "De inspectie verwacht van de gemeenten dat zij:" / "De inspectie vraagt de Nederlandse
Zorgautoriteit om:" and a dash list ("–") of the same recommendations, worded as continuations of the lead-in and
without numbers (duplicates in the gold).  Traps in the report: research questions as an "a." list, a table of
research numbers, a dash list of norms from the toetsingskader in chapter 2 that reads like expectations, and a
closing chapter that says what the inspectorate itself will do.

The response is a sans letter of the minister of VWS (no title page, letterhead, "- n -" footer) with thanks,
context and existing policy, a paragraph agreeing with the analysis only, and then one paragraph per recommendation
that begins "Ad N." (plain text: the renderer cannot bold a run inside a paragraph).  Gold positions:
 1 (gemeenten, house visit within two weeks) partial: "Ik zal dit verkennen" with the VNG;
 2 (gemeenten, one fixed contact person) agree without cue words: 18 million a year from 1 April 2026;
 3 (zorgaanbieders, half-yearly risk inventory) agree: "Ik onderschrijf dit.";
 4 (zorgaanbieders, at most six carers) disagree: shares the aim, then "Dit acht ik niet haalbaar.";
 5 (zorgaanbieders, medication sign-off) agree: "Deze aanbeveling steun ik volledig.";
 6 and 7 answered in one paragraph "Ad 6 en 7.": 6 (technology in the care plan) agree, 7 (zorgkantoren, night
   response within thirty minutes) partial (only a pilot in two regions);
 8 (zorgkantoren, bridging-care talk) not addressed: "Dit is aan de zorgkantoren; ik heb hen gevraagd hierop te
   reageren.";
 9 (NZa, separate tariff for coordination) agree without cue words: an instruction (aanwijzing) to the NZa as of
   1 January 2027;
 10 (NZa, supervision of the zorgplicht) not addressed: no "Ad 10." at all, never mentioned;
 11 (minister, remove legal barriers to data sharing) disagree: "de wet biedt al voldoende ruimte";
 12 (minister, crisis beds in every region) disagree: "... zie ik geen rol voor mij.";
 13 (minister, statutory priority for a nursing-home place) partial: takes over the urgency part, refuses priority;
 14 (minister, yearly monitoring) agree: "Ik neem deze aanbeveling over.".
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


GEM = ("GEMEENTEN",)
AANB = ("OTHER",)
ZK = ("OTHER",)
NZA = ("VWS",)
VWS = ("VWS",)

# number -> (summary text with addressee in brackets, chapter text after the lead-in, departments)
RECS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "1": ("Zorg dat na iedere melding over een alleenwonende inwoner met (vermoedelijke) dementie binnen twee weken "
          "een deskundige van het wijkteam op huisbezoek gaat (gemeenten).",
          "na iedere melding over een alleenwonende inwoner met (vermoedelijke) dementie binnen twee weken een "
          "deskundige van het wijkteam op huisbezoek laten gaan;",
          GEM),
    "2": ("Maak met huisartsen, wijkverpleging en casemanagers dementie sluitende afspraken over één vast "
          "aanspreekpunt voor iedere alleenwonende met dementie die geen mantelzorger heeft (gemeenten).",
          "met huisartsen, wijkverpleging en casemanagers dementie sluitende afspraken maken over één vast "
          "aanspreekpunt voor iedere alleenwonende met dementie die geen mantelzorger heeft.",
          GEM),
    "3": ("Breng bij de start van de zorg en daarna ten minste elk half jaar de risico's van het alleen wonen in kaart "
          "(vallen, medicatie, voeding, dwalen en brand) en leg de afspraken daarover vast in het zorgplan "
          "(zorgaanbieders).",
          "bij de start van de zorg en daarna ten minste elk half jaar de risico's van het alleen wonen in kaart "
          "brengen (vallen, medicatie, voeding, dwalen en brand) en de afspraken daarover vastleggen in het "
          "zorgplan.",
          AANB),
    "4": ("Beperk het aantal verschillende zorgverleners bij een alleenwonende cliënt met dementie tot een vast team "
          "van ten hoogste zes medewerkers (zorgaanbieders).",
          "het aantal verschillende zorgverleners bij een alleenwonende cliënt met dementie beperken tot een vast "
          "team van ten hoogste zes medewerkers;",
          AANB),
    "5": ("Zorg dat iedere medicatiegift bij deze cliënten wordt afgetekend en dat een gemiste gift nog dezelfde dag "
          "wordt opgevolgd (zorgaanbieders).",
          "ervoor zorgen dat iedere medicatiegift bij deze cliënten wordt afgetekend en dat een gemiste gift nog "
          "dezelfde dag wordt opgevolgd;",
          AANB),
    "6": ("Leg de inzet van toezichthoudende technologie, zoals leefstijlmonitoring en gps-trackers, vast in het "
          "zorgplan, met instemming van de cliënt of diens vertegenwoordiger en met een periodieke evaluatie "
          "(zorgaanbieders).",
          "de inzet van toezichthoudende technologie, zoals leefstijlmonitoring en gps-trackers, vastleggen in het "
          "zorgplan, met instemming van de cliënt of diens vertegenwoordiger en met een periodieke evaluatie.",
          AANB),
    "7": ("Stel bij de inkoop van het volledig en het modulair pakket thuis de eis dat aanbieders 's nachts binnen "
          "dertig minuten bij een alleenwonende cliënt met dementie ter plaatse kunnen zijn (zorgkantoren).",
          "bij de inkoop van het volledig en het modulair pakket thuis de eis stellen dat aanbieders 's nachts "
          "binnen dertig minuten bij een alleenwonende cliënt met dementie ter plaatse kunnen zijn;",
          ZK),
    "8": ("Nodig iedere thuiswonende cliënt met dementie die op de wachtlijst voor een verpleeghuis staat binnen zes "
          "weken uit voor een gesprek over overbruggingszorg en leg de uitkomst vast (zorgkantoren).",
          "iedere thuiswonende cliënt met dementie die op de wachtlijst voor een verpleeghuis staat binnen zes weken "
          "uitnodigen voor een gesprek over overbruggingszorg en de uitkomst vastleggen.",
          ZK),
    "9": ("Maak de tijd die wijkverpleegkundigen en casemanagers besteden aan afstemming met huisarts, gemeente en "
          "zorgkantoor declarabel via een afzonderlijke prestatie (NZa).",
          "de tijd die wijkverpleegkundigen en casemanagers besteden aan afstemming met huisarts, gemeente en "
          "zorgkantoor declarabel te maken via een afzonderlijke prestatie;",
          NZA),
    "10": ("Betrek in het toezicht op de zorgplicht van de zorgkantoren uitdrukkelijk de wachttijd en de "
           "overbruggingszorg voor alleenwonenden met dementie, en rapporteer daar jaarlijks over (NZa).",
           "in het toezicht op de zorgplicht van de zorgkantoren uitdrukkelijk de wachttijd en de overbruggingszorg "
           "voor alleenwonenden met dementie te betrekken en daar jaarlijks over te rapporteren.",
           NZA),
    "11": ("Neem de wettelijke belemmeringen weg voor het delen van gegevens tussen wijkteam, wijkverpleging en "
           "zorgkantoor over alleenwonenden met dementie van wie de veiligheid in het geding is (minister van VWS).",
           "de wettelijke belemmeringen weg te nemen voor het delen van gegevens tussen wijkteam, wijkverpleging en "
           "zorgkantoor over alleenwonenden met dementie van wie de veiligheid in het geding is;",
           VWS),
    "12": ("Zorg dat in iedere regio voldoende crisis- en logeerbedden beschikbaar zijn voor alleenwonenden met "
           "dementie, zodat een acute opname niet afhangt van toevallig vrije plaatsen (minister van VWS).",
           "ervoor te zorgen dat in iedere regio voldoende crisis- en logeerbedden beschikbaar zijn voor "
           "alleenwonenden met dementie, zodat een acute opname niet afhangt van toevallig vrije plaatsen;",
           VWS),
    "13": ("Geef alleenwonenden met dementie bij wie de veiligheid thuis niet langer te waarborgen is wettelijk "
           "voorrang bij de toewijzing van een verpleeghuisplaats (minister van VWS).",
           "alleenwonenden met dementie bij wie de veiligheid thuis niet langer te waarborgen is wettelijk voorrang "
           "te geven bij de toewijzing van een verpleeghuisplaats;",
           VWS),
    "14": ("Laat jaarlijks in beeld brengen hoeveel mensen met dementie alleen wonen, welke zorg zij ontvangen en hoe "
           "vaak zich bij hen incidenten voordoen, en informeer de Tweede Kamer daarover (minister van VWS).",
           "jaarlijks in beeld te laten brengen hoeveel mensen met dementie alleen wonen, welke zorg zij ontvangen en "
           "hoe vaak zich bij hen incidenten voordoen, en de Tweede Kamer daarover te informeren.",
           VWS),
}


def summary_list() -> ItemList:
    return ItemList(
        items=tuple(ListItem(summary, recommendation=Recommendation(number, depts))
                    for number, (summary, _, depts) in RECS.items()),
        style="1.",
    )


def expectations(*numbers: str) -> ItemList:
    """The dash list that closes a findings chapter: the same recommendations, unnumbered."""
    return ItemList(
        items=tuple(ListItem(RECS[n][1], recommendation=Recommendation(f"h{n}", RECS[n][2], duplicate_of=n))
                    for n in numbers),
        style="–",
    )


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H("Samenvatting"),
    P("Steeds meer mensen met dementie wonen alleen. Naar schatting gaat het om ruim 95.000 mensen: bijna een derde "
      "van alle thuiswonende mensen met dementie. Zij zijn voor hun dagelijkse veiligheid afhankelijk van de "
      "wijkverpleging, de huishoudelijke hulp, de casemanager dementie en, als die er is, een mantelzorger die vaak "
      "op afstand woont. De Inspectie Zorg en Ondersteuning Thuis (IZOT) onderzocht tussen november 2024 en mei 2025 "
      "hoe veilig en passend de zorg en ondersteuning voor deze groep is."),
    P("De inspectie zag veel betrokken zorgverleners die meer doen dan waarvoor zij tijd krijgen. Wijkverpleegkundigen "
      "die na hun dienst nog even langsgaan, huishoudelijk medewerkers die de koelkast controleren hoewel dat niet "
      "in hun opdracht staat, casemanagers die op zondag de telefoon opnemen. Die inzet verdient waardering. Zij "
      "maakt ook zichtbaar hoe kwetsbaar de zorg is: veel van wat goed gaat, hangt af van de persoon die toevallig "
      "dienst heeft."),
    P("De inspectie komt tot drie hoofdconclusies. Ten eerste worden zorgen over alleenwonenden met dementie laat "
      "opgemerkt en nog later opgepakt. Signalen van buren, de huisarts of de bezorger van de maaltijden komen bij "
      "verschillende loketten binnen, en niemand voelt zich eigenaar. Ten tweede is de zorg thuis voor deze groep "
      "onvoldoende ingericht op de risico's die alleen wonen met zich meebrengt. Cliënten zien veel wisselende "
      "gezichten, medicatie wordt niet altijd gegeven en 's nachts is er vaak niemand die snel kan komen. Ten derde "
      "werken gemeenten, zorgaanbieders, zorgkantoren en de Nederlandse Zorgautoriteit (NZa) ieder binnen hun eigen "
      "wet en budget, waardoor de cliënt tussen de domeinen in valt op het moment dat het thuis niet meer gaat."),
    H2("Aanbevelingen"),
    P("Op basis van deze bevindingen doet de inspectie veertien aanbevelingen. Zij staan hieronder in de volgorde "
      "waarin zij in het rapport worden toegelicht. Tussen haakjes staat tot wie de aanbeveling zich richt."),
    summary_list(),
    P("De inspectie gaat ervan uit dat de betrokken partijen de aanbevelingen gezamenlijk oppakken. Veel ervan "
      "raken aan elkaar: een vast aanspreekpunt helpt pas als er ook iemand is die 's nachts kan komen, en een "
      "goede risico-inventarisatie heeft pas zin als de uitkomst met de huisarts en het wijkteam kan worden gedeeld."),
    PageBreak(),

    H("1  Inleiding"),
    H2("1.1  Aanleiding"),
    P("Het beleid van opeenvolgende kabinetten is erop gericht dat mensen zo lang mogelijk thuis kunnen blijven "
      "wonen, ook als zij dementie hebben. De meeste mensen met dementie willen dat zelf ook. Tegelijk neemt het "
      "aantal plaatsen in verpleeghuizen minder snel toe dan het aantal ouderen, en wachten steeds meer mensen thuis "
      "op een plaats. Voor wie samenwoont met een partner of een kind in de buurt heeft, is dat zwaar. Voor wie "
      "alleen woont, kan het gevaarlijk zijn."),
    P("In 2023 en 2024 ontving de inspectie 47 meldingen van calamiteiten bij thuiswonende cliënten met dementie die "
      "alleen woonden. Het ging onder meer om een vrouw van 84 die na een val twee dagen op de vloer van haar "
      "badkamer lag voordat de wijkverpleging haar vond, om een man die in de winter 's nachts de deur uit liep en "
      "onderkoeld werd aangetroffen, en om verschillende cliënten die dagenlang hun medicatie niet innamen zonder dat "
      "iemand dat opmerkte. In bijna alle gevallen waren er vooraf signalen, en in bijna alle gevallen waren meerdere "
      "organisaties bij de cliënt betrokken.",
      footnotes=("De inspectie heeft deze meldingen geanonimiseerd. Details zijn gewijzigd voor zover zij tot "
                 "herkenning van personen zouden kunnen leiden.",)),
    P("Deze meldingen waren voor de inspectie aanleiding om breder te kijken dan de afzonderlijke calamiteit. Zij "
      "wilde weten of de incidenten op zichzelf stonden of iets zeggen over de manier waarop de zorg voor deze groep "
      "is georganiseerd."),
    H2("1.2  Doel en onderzoeksvragen"),
    P("Het doel van het onderzoek is zicht te krijgen op de kwaliteit en veiligheid van de zorg en ondersteuning "
      "voor alleenwonende mensen met dementie, en op de factoren die daarop van invloed zijn. De inspectie stelde "
      "zich daarbij de volgende vragen:"),
    ItemList(items=(
        ListItem("Hoe worden zorgen over de veiligheid van alleenwonenden met dementie gesignaleerd en opgevolgd?"),
        ListItem("In hoeverre is de zorg thuis afgestemd op de risico's van het alleen wonen?"),
        ListItem("Hoe is de zorg in de avond, de nacht en het weekend geregeld?"),
        ListItem("Welke rol spelen inkoop, bekostiging en toezicht bij de kwaliteit van de zorg voor deze groep?"),
        ListItem("Hoe verloopt de overgang naar een verpleeghuis wanneer het thuis niet meer gaat?"),
    ), style="a."),
    H2("1.3  Afbakening"),
    P("Het onderzoek gaat over mensen met de diagnose dementie, of bij wie de huisarts of de casemanager dementie "
      "vermoedt, die alleen wonen en zorg of ondersteuning ontvangen op grond van de Wet maatschappelijke "
      "ondersteuning 2015 (Wmo 2015), de Zorgverzekeringswet (Zvw) of de Wet langdurige zorg (Wlz). Mensen met "
      "dementie die samenwonen, of die in een kleinschalige woonvorm of een verpleeghuis wonen, vallen buiten het "
      "onderzoek. De inspectie heeft de huisartsenzorg alleen bekeken voor zover die raakt aan de samenwerking met "
      "de wijkverpleging en het wijkteam."),
    P("Het rapport is geen oordeel over afzonderlijke zorgaanbieders, gemeenten of zorgkantoren. Waar de inspectie "
      "bij een bezoek tekortkomingen zag die direct gevaar opleverden, heeft zij de betrokken aanbieder daarop "
      "aangesproken en is zij in de reguliere toezichtlijn verder gegaan."),
    H2("1.4  Leeswijzer"),
    P("Hoofdstuk 2 beschrijft hoe de inspectie het onderzoek heeft uitgevoerd en welk toetsingskader zij heeft "
      "gebruikt. De hoofdstukken 3 tot en met 6 bevatten de bevindingen: over signalering en toegang, over de "
      "veiligheid en continuïteit van de zorg thuis, over inkoop, bekostiging en toezicht, en over de regie in het "
      "stelsel. Elk van die hoofdstukken sluit af met wat de inspectie van de betrokken partijen verwacht. Hoofdstuk "
      "7 bevat enkele slotopmerkingen en beschrijft hoe de inspectie de opvolging zal volgen."),
    PageBreak(),

    H("2  Werkwijze"),
    H2("2.1  Selectie van regio's en aanbieders"),
    P("De inspectie heeft het onderzoek uitgevoerd in vijf zorgkantoorregio's, die zij zo koos dat stedelijke en "
      "landelijke gebieden en verschillende delen van het land vertegenwoordigd waren. In elke regio selecteerde zij "
      "twee of drie aanbieders van wijkverpleging die ook zorg leveren in de vorm van een volledig of modulair pakket "
      "thuis, en de gemeenten waar de bezochte cliënten woonden."),
    P("Binnen de bezochte aanbieders koos de inspectie aselect dossiers van cliënten die aan de criteria van het "
      "onderzoek voldeden. Met toestemming van de cliënt of diens vertegenwoordiger legde zij daarnaast huisbezoeken "
      "af, waarbij een inspecteur meeliep met een zorgverlener tijdens een reguliere dienst."),
    H2("2.2  Onderzoeksmethoden"),
    P("Tabel 1 geeft een overzicht van de onderdelen van het onderzoek."),
    Table(
        header=("Onderdeel", "Aantal", "Toelichting"),
        rows=(
            ("Bezochte zorgaanbieders", "12", "wijkverpleging, vaak met Wlz-zorg thuis"),
            ("Bestudeerde cliëntdossiers", "96", "aselect gekozen, peildatum 1 november 2024"),
            ("Huisbezoeken met een zorgverlener", "38", "waarvan 9 in de avond of de nacht"),
            ("Interviews met zorgverleners", "74", "wijkverpleegkundigen, verzorgenden, casemanagers"),
            ("Gesprekken met gemeenten", "11", "beleidsmedewerkers en wijkteams"),
            ("Gesprekken met zorgkantoren", "5", "inkoop en zorgbemiddeling"),
            ("Gesprekken met mantelzorgers", "23", "meestal kinderen die op afstand wonen"),
        ),
        widths=(3.2, 1.0, 4.2),
        rules="rows",
    ),
    P("Daarnaast heeft de inspectie gesproken met de NZa, met vertegenwoordigers van huisartsen en met "
      "belangenorganisaties van mensen met dementie en hun naasten. De bevindingen zijn voorgelegd aan de bezochte "
      "aanbieders en gemeenten, die op feitelijke onjuistheden konden reageren."),
    H2("2.3  Toetsingskader"),
    P("De inspectie heeft de zorg getoetst aan de wet- en regelgeving en aan de veldnormen die voor de wijkverpleging "
      "en de dementiezorg gelden. Samengevat hanteerde zij de volgende normen:"),
    bullets(
        "de cliënt heeft een actueel zorgplan dat is opgesteld samen met de cliënt of diens vertegenwoordiger;",
        "in het zorgplan zijn de risico's van de thuissituatie beschreven, met de afspraken die daaruit volgen;",
        "de medicatieverstrekking is veilig en wordt vastgelegd;",
        "vrijheidsbeperkende maatregelen, ook in de vorm van technologie, worden alleen toegepast met inachtneming "
        "van de Wet zorg en dwang;",
        "de zorg is continu: ook buiten kantoortijd is duidelijk wie de cliënt kan helpen en hoe snel;",
        "zorgverleners delen informatie met andere betrokkenen voor zover dat voor goede zorg nodig is en de wet "
        "dat toelaat.",
        style="–",
    ),
    P("Deze normen zijn niet nieuw. Zij gelden voor iedere cliënt in de wijkverpleging. De inspectie heeft "
      "onderzocht in hoeverre zij in de praktijk worden waargemaakt voor een groep bij wie de gevolgen van een "
      "tekortkoming groter zijn dan gemiddeld, omdat er niemand in huis is die het opvangt."),
    PageBreak(),

    H("3  Signalering en toegang"),
    H2("3.1  Signalen komen laat binnen"),
    P("In ruim de helft van de bestudeerde dossiers bleek dat de eerste signalen dat het thuis niet goed ging, "
      "maanden eerder waren opgemerkt dan het moment waarop de zorg werd aangepast. Die signalen kwamen van buren, "
      "van de kapper, van de bezorger van de warme maaltijd, van de bank die ongebruikelijke opnames zag. Zij werden "
      "doorgegeven aan de gemeente, aan de huisarts of aan de wijkverpleging, maar kwamen zelden bij elkaar."),
    P("Gemeenten reageren op meldingen heel verschillend. In een van de bezochte gemeenten gaat een medewerker van "
      "het wijkteam bij een zorgelijke melding altijd binnen een week langs. In een andere gemeente kwam een melding "
      "terecht in de reguliere wachtrij voor een Wmo-onderzoek, waardoor het eerste gesprek pas na zeven weken "
      "plaatsvond. In die tussentijd was de cliënt twee keer gevallen en één keer door de politie thuisgebracht."),
    P("De wet schrijft voor dat een gemeente na een melding binnen zes weken een onderzoek afrondt. Voor de meeste "
      "hulpvragen is dat een redelijke termijn. Voor een alleenwonende met dementie, die zelf vaak niet om hulp vraagt "
      "en bij wie de situatie snel kan verslechteren, is zes weken te lang. Wijkteams gaven aan dat zij het verschil "
      "wel zien, maar geen ruimte hebben om meldingen over deze groep voorrang te geven."),
    H2("3.2  Niemand houdt het overzicht"),
    P("Bij een alleenwonende met dementie zijn gemiddeld vier tot zes organisaties betrokken: de huisarts, de "
      "wijkverpleging, de casemanager dementie, de huishoudelijke hulp vanuit de Wmo, soms dagbesteding en soms een "
      "bewindvoerder. Zolang een mantelzorger in beeld is, houdt die vaak het overzicht. Bij een derde van de "
      "cliënten in het onderzoek was er geen mantelzorger, of woonde die zo ver weg dat hij of zij hooguit eens per "
      "maand langskwam."),
    P("Voor die cliënten was in veel gevallen niet duidelijk wie het aanspreekpunt was. De wijkverpleging verwees "
      "naar de casemanager, de casemanager naar de huisarts, en de huisarts ging ervan uit dat de wijkverpleging "
      "zou bellen als er iets was. Een huishoudelijk medewerker vertelde de inspectie dat zij al weken zag dat "
      "mevrouw haar post niet meer opende, maar niet wist bij wie zij dat kwijt kon."),
    P("In twee van de bezochte gemeenten zijn afspraken gemaakt over een vaste contactpersoon voor alleenwonenden "
      "zonder netwerk. Daar zag de inspectie dat signalen sneller werden opgepakt, en dat zorgverleners elkaar beter "
      "wisten te vinden. De afspraken waren wel afhankelijk van tijdelijke projectgelden."),
    H2("3.3  Risico's alleen bij de start in beeld"),
    P("Zorgaanbieders brengen bij de start van de zorg de risico's van de cliënt in kaart, meestal met een "
      "standaardlijst die voor alle cliënten in de wijkverpleging wordt gebruikt. Specifieke risico's van het alleen "
      "wonen met dementie, zoals dwalen, brandgevaar bij het koken, het niet meer herkennen van bedorven voedsel of "
      "het openen van de deur voor onbekenden, kwamen in minder dan de helft van de dossiers aan bod."),
    P("Meer nog dan de inhoud viel de inspectie op dat de risico-inventarisatie zelden werd herhaald. In 61 van de "
      "96 dossiers was de inventarisatie ouder dan een jaar, terwijl de situatie van de cliënt in die periode "
      "aantoonbaar was veranderd. Zorgverleners wisten vaak wel wat er speelde, maar dat stond niet in het zorgplan, "
      "zodat een invaller of een collega van een andere organisatie het niet kon weten."),
    H2("3.4  Conclusie"),
    P("Zorgen over alleenwonenden met dementie worden laat opgemerkt en komen niet op één plek samen. Niemand is "
      "verantwoordelijk voor het geheel, en de risico's van het alleen wonen zijn na de start van de zorg niet meer "
      "actueel in beeld. Daardoor wordt te vaak pas ingegrepen na een incident."),
    P("De inspectie verwacht van de gemeenten dat zij:"),
    expectations("1", "2"),
    P("De inspectie verwacht van de zorgaanbieders dat zij:"),
    expectations("3"),
    PageBreak(),

    H("4  Veiligheid en continuïteit van de zorg thuis"),
    H2("4.1  Veel wisselende gezichten"),
    P("Cliënten in het onderzoek kregen in een periode van vier weken gemiddeld bezoek van veertien verschillende "
      "zorgverleners. Bij een enkele cliënt liep dat op tot meer dan twintig. Voor mensen met dementie is dat "
      "verwarrend en soms beangstigend: zij herkennen de zorgverlener niet, weigeren de deur open te doen of laten "
      "de zorg toe zonder te begrijpen wat er gebeurt."),
    P("Voor de veiligheid is vooral van belang dat wisselende zorgverleners veranderingen minder goed opmerken. Een "
      "vaste verzorgende ziet dat de cliënt afvalt, dat de woning rommeliger wordt of dat de cliënt haar naam niet "
      "meer weet. Een invaller die de cliënt voor het eerst ziet, kan dat niet vergelijken met hoe het vorige maand "
      "was. Aanbieders die met kleine, vaste teams werken, lieten in het onderzoek duidelijk betere resultaten zien."),
    P("Aanbieders wezen de inspectie op de krapte op de arbeidsmarkt, op het grote aandeel deeltijdwerk en op de "
      "noodzaak om ook avonden en weekenden te bemensen. De inspectie erkent die beperkingen. Zij zag echter ook "
      "aanbieders in dezelfde regio die erin slaagden het aantal gezichten per cliënt te beperken door de planning "
      "rond de cliënt in plaats van rond de route te organiseren."),
    H2("4.2  Medicatie"),
    P("Medicatie is voor alleenwonenden met dementie een bijzonder risico. Zij vergeten hun medicijnen in te nemen, "
      "nemen ze twee keer in of bewaren ze op plekken waar ze niet meer te vinden zijn. In de bestudeerde dossiers "
      "was de medicatie bij 71 cliënten geheel of gedeeltelijk overgenomen door de wijkverpleging."),
    P("Bij een derde van die cliënten ontbrak op een of meer dagen in de onderzochte maand een aftekening, zonder "
      "dat bleek of de medicatie wel of niet was gegeven. Als een zorgverlener de cliënt niet thuis trof of de deur "
      "niet open kreeg, werd dat meestal wel genoteerd, maar in de helft van die gevallen volgde er die dag geen "
      "tweede bezoek en werd de huisarts niet geïnformeerd. Bij cliënten die bloedverdunners of middelen tegen "
      "epilepsie gebruiken, kan dat ernstige gevolgen hebben.",
      footnotes=("De inspectie heeft in drie gevallen de betrokken aanbieder direct om een verbeterplan gevraagd.",)),
    H2("4.3  Toezichthoudende technologie"),
    P("Veel aanbieders zetten technologie in om alleenwonenden met dementie langer thuis te laten wonen: sensoren "
      "die melden als de cliënt 's nachts langer dan normaal uit bed is, deursensoren, gps-trackers, slimme "
      "medicijndispensers en camera's. De inspectie zag daarvan goede voorbeelden. Een cliënt die voorheen "
      "meermaals per week 's nachts op straat werd aangetroffen, kon dankzij een deursensor en een snelle opvolging "
      "nog een jaar thuis blijven wonen."),
    P("Tegelijk bleek de inzet van deze technologie zelden goed vastgelegd. In 27 van de 41 dossiers waarin "
      "technologie werd gebruikt, stond niet in het zorgplan waarom, met welke afspraken over de opvolging van "
      "meldingen en met wiens instemming. Toezichthoudende technologie kan een vorm van onvrijwillige zorg zijn in "
      "de zin van de Wet zorg en dwang. Dat vraagt om een zorgvuldige afweging en om periodieke evaluatie, die de "
      "inspectie in de meeste gevallen niet terugzag."),
    H2("4.4  Avond, nacht en weekend"),
    P("Overdag is de zorg voor de meeste cliënten redelijk geregeld. In de avond, de nacht en het weekend is dat "
      "anders. Bij zeven van de twaalf bezochte aanbieders was 's nachts één team beschikbaar voor een gebied waarin "
      "het rijden van de ene naar de andere kant meer dan drie kwartier kon duren. Een alarmering via een sensor of "
      "een personenalarm leidde dan tot een lange wachttijd, of tot een telefoontje naar een buurman die als "
      "contactpersoon stond genoteerd maar daar nooit mee had ingestemd."),
    P("Zorgkantoren stellen bij de inkoop van zorg thuis in de Wlz wel eisen aan de bereikbaarheid van de aanbieder, "
      "maar niet aan de tijd waarbinnen een zorgverlener ter plaatse moet zijn. Daarop gaat hoofdstuk 5 verder in."),
    H2("4.5  Conclusie"),
    P("De zorg thuis is voor alleenwonenden met dementie onvoldoende ingericht op de risico's van het alleen wonen. "
      "Wisselende zorgverleners, gemiste medicatie en technologie zonder duidelijke afspraken vergroten de kans op "
      "incidenten bij een groep die die gevolgen niet zelf kan opvangen."),
    P("De inspectie verwacht van de zorgaanbieders die zorg leveren aan alleenwonenden met dementie dat zij:"),
    expectations("4", "5", "6"),
    PageBreak(),

    H("5  Inkoop, bekostiging en toezicht"),
    H2("5.1  Inkoop van zorg thuis in de Wlz"),
    P("Een deel van de alleenwonenden met dementie heeft een indicatie voor de Wlz en ontvangt de zorg thuis in de "
      "vorm van een volledig pakket thuis (vpt) of een modulair pakket thuis (mpt). De zorgkantoren kopen deze zorg "
      "in. In hun inkoopbeleid stellen zij eisen aan onder meer de deskundigheid van het personeel en de "
      "beschikbaarheid van een zorgplan, en zij vragen aanbieders hoe zij de zorg in de nacht organiseren."),
    P("Geen van de vijf zorgkantoren in het onderzoek stelde een eis aan de tijd waarbinnen een zorgverlener bij een "
      "alarmering ter plaatse moet zijn. Twee zorgkantoren gaven aan dat zij een dergelijke eis hadden overwogen, "
      "maar hadden afgezien omdat zij vreesden dat aanbieders in landelijke gebieden zich dan niet meer zouden "
      "inschrijven. De inspectie begrijpt die zorg, maar stelt vast dat het ontbreken van een eis betekent dat de "
      "cliënt het risico draagt."),
    H2("5.2  Wachten op een verpleeghuisplaats"),
    P("Op het moment van het onderzoek stonden in de vijf regio's samen ruim 2.300 mensen met dementie op een "
      "wachtlijst voor een verpleeghuis. Van hen woonde naar schatting een kwart alleen. Zorgkantoren bieden "
      "wachtenden bemiddeling aan, maar in de praktijk bestond die voor thuiswonende cliënten vaak uit een brief "
      "met informatie en een telefoonnummer."),
    P("In slechts een klein deel van de dossiers vond de inspectie een verslag van een gesprek tussen het zorgkantoor "
      "en de cliënt of diens vertegenwoordiger over de zorg in de tussentijd. Cliënten die een voorkeur voor één "
      "verpleeghuis hadden opgegeven, wachtten gemiddeld ruim vijf maanden. Over aanvullende zorg thuis in die "
      "periode, zoals extra nachtzorg, logeeropvang of dagbesteding, waren zelden afspraken gemaakt."),
    H2("5.3  Bekostiging van afstemming"),
    P("Wijkverpleegkundigen en casemanagers dementie besteden veel tijd aan afstemming: met de huisarts over "
      "medicatie, met het wijkteam over huishoudelijke hulp en schulden, met het zorgkantoor over een aanvraag of de "
      "wachtlijst. Bij alleenwonenden zonder mantelzorger is die tijd groter, omdat er niemand is die een deel "
      "ervan overneemt."),
    P("Deze tijd is in de huidige bekostiging niet goed zichtbaar. Een deel kan worden geschreven als indirecte tijd, "
      "een deel valt onder de prestatie casemanagement, maar een groot deel wordt niet vastgelegd. Zorgverleners "
      "vertelden de inspectie dat zij overleg uitstellen of in hun eigen tijd doen. Aanbieders gaven aan dat zij "
      "de kosten niet kunnen terugzien in hun tarieven en daardoor minder ruimte voor overleg inplannen.",
      footnotes=("De NZa stelt voor de wijkverpleging en de Wlz prestaties en maximumtarieven vast op grond van de "
                 "Wet marktordening gezondheidszorg.",)),
    H2("5.4  Toezicht op de zorgplicht"),
    P("De NZa ziet toe op de uitvoering van de zorgplicht door de zorgkantoren. Zij publiceert daarover jaarlijks een "
      "rapportage, die vooral gaat over de wachtlijsten in het algemeen en over de inkoop. De positie van "
      "thuiswonende wachtenden, en in het bijzonder van wie alleen woont, komt daarin niet afzonderlijk aan bod."),
    P("De inspectie ziet toe op de kwaliteit van de zorg die aanbieders leveren, de NZa op de manier waarop "
      "zorgkantoren hun zorgplicht vervullen. Waar het misgaat bij de overgang van thuis naar het verpleeghuis, "
      "raken beide vormen van toezicht elkaar. De inspectie en de NZa hebben afgesproken hun bevindingen op dit punt "
      "vaker uit te wisselen."),
    H2("5.5  Conclusie"),
    P("Inkoop, bekostiging en toezicht zijn onvoldoende afgestemd op de situatie van alleenwonenden met dementie. "
      "Er zijn geen eisen aan de snelheid van de zorg in de nacht, wachtenden krijgen weinig actieve bemiddeling, "
      "afstemming tussen zorgverleners wordt niet bekostigd en de positie van thuiswonende wachtenden is in het "
      "toezicht op de zorgplicht niet zichtbaar."),
    P("De inspectie verwacht van de zorgkantoren dat zij:"),
    expectations("7", "8"),
    P("De inspectie vraagt de Nederlandse Zorgautoriteit om:"),
    expectations("9", "10"),
    PageBreak(),

    H("6  Regie in het stelsel"),
    H2("6.1  Drie wetten, geen gedeeld beeld"),
    P("De zorg en ondersteuning voor een alleenwonende met dementie wordt bekostigd uit drie wetten, die elk hun eigen "
      "uitvoerders hebben. De gemeente is verantwoordelijk voor de ondersteuning op grond van de Wmo 2015, de "
      "zorgverzekeraar voor de wijkverpleging en het casemanagement op grond van de Zvw, en het zorgkantoor voor de "
      "langdurige zorg op grond van de Wlz. Zolang de cliënt in één domein zit, gaat dat meestal goed. Bij een cliënt "
      "die achteruitgaat en van het ene domein naar het andere overgaat, ontstaan gaten."),
    P("Zorgverleners gaven in het onderzoek aan dat zij twijfelen wat zij met elkaar mogen delen. Een medewerker van "
      "een wijkteam wist dat een cliënt schulden had en de gas- en elektriciteitsrekening niet meer betaalde, maar "
      "durfde dat niet aan de wijkverpleegkundige te vertellen. Een zorgkantoor kon een wachtende cliënt niet "
      "bereiken, maar wist niet dat de gemeente al maanden contact had met een buurvrouw die een sleutel had. "
      "De inspectie ziet dat deze terughoudendheid deels voortkomt uit onduidelijkheid over de regels, en deels uit "
      "regels die voor deze situatie niet goed passen."),
    H2("6.2  Crisisopvang"),
    P("Als het thuis plotseling niet meer gaat, bijvoorbeeld na een val of als de cliënt verward op straat wordt "
      "aangetroffen, is een tijdelijke opname nodig. In drie van de vijf regio's bleek het vinden van een crisisbed "
      "afhankelijk van telefoontjes van de huisarts langs verschillende verpleeghuizen. Cliënten werden soms in het "
      "ziekenhuis opgenomen zonder medische noodzaak, omdat er geen andere plek was, of bleven thuis met een "
      "dagelijkse controle waarvan iedereen wist dat die onvoldoende was."),
    P("Het aantal crisis- en logeerbedden per regio loopt sterk uiteen en is niet gekoppeld aan het aantal "
      "alleenwonenden met dementie. Regio's met veel ouderen en weinig verpleeghuizen hebben naar verhouding het "
      "minste crisiscapaciteit."),
    H2("6.3  Toegang tot het verpleeghuis"),
    P("Wie een Wlz-indicatie heeft en op een verpleeghuisplaats wacht, wordt in de regel geplaatst in de volgorde "
      "van aanmelding, rekening houdend met de voorkeur van de cliënt. Zorgkantoren kunnen bij urgentie afwijken, "
      "maar doen dat volgens de inspectie terughoudend en niet op een voorspelbare manier. Een alleenwonende man in "
      "het onderzoek, die in drie maanden vier keer door de politie was thuisgebracht, stond even lang op de "
      "wachtlijst als cliënten die met een partner samenwoonden en thuis stabiel waren."),
    P("De inspectie realiseert zich dat voorrang voor de ene groep betekent dat een andere groep langer wacht. Zij "
      "is echter van oordeel dat de veiligheid van een cliënt die alleen woont en zichzelf niet meer kan redden, "
      "zwaarder moet wegen dan nu het geval is, en dat dit niet aan de afweging per zorgkantoor moet worden "
      "overgelaten."),
    H2("6.4  Zicht op de doelgroep"),
    P("Tot slot stelt de inspectie vast dat niemand weet hoeveel mensen met dementie precies alleen wonen, welke zorg "
      "zij krijgen en hoe vaak het misgaat. De schatting van ruim 95.000 mensen is gebaseerd op een steekproef uit "
      "2019. Gemeenten, zorgverzekeraars en zorgkantoren registreren ieder hun eigen cliënten, met eigen definities. "
      "Zonder zicht op de omvang van de groep en de aard van de incidenten is het niet mogelijk te beoordelen of "
      "het beleid werkt."),
    H2("6.5  Conclusie"),
    P("Het stelsel is niet ingericht op cliënten die tussen de domeinen in vallen. Gegevens worden niet gedeeld, "
      "crisisopvang is toevallig, bij de toegang tot het verpleeghuis weegt de veiligheid thuis onvoldoende mee en "
      "er is geen zicht op de groep als geheel. Dat zijn vraagstukken die de afzonderlijke partijen niet alleen "
      "kunnen oplossen."),
    P("De inspectie vraagt de minister van Volksgezondheid, Welzijn en Sport om:"),
    expectations("11", "12", "13", "14"),
    PageBreak(),

    H("7  Tot slot"),
    P("Alleen wonen met dementie hoeft niet onveilig te zijn. De inspectie zag cliënten die, met goede afspraken, "
      "een vaste verzorgende en een buurvrouw met een sleutel, nog jaren in hun eigen huis konden blijven. Zij zag "
      "ook cliënten voor wie het thuis al lang niet meer verantwoord was, en bij wie iedereen dat wist zonder dat "
      "iemand het kon veranderen."),
    P("De aanbevelingen in dit rapport vragen iets van alle partijen. De inspectie is zich ervan bewust dat de "
      "arbeidsmarkt krap is en dat gemeenten, aanbieders en zorgkantoren met beperkte middelen werken. Veel van wat "
      "zij vraagt, kost echter vooral afstemming en duidelijkheid, en minder geld."),
    P("De inspectie zal de betrokken partijen over een half jaar vragen hoe zij de aanbevelingen hebben opgevolgd. "
      "In 2027 zal zij in een deel van de bezochte regio's opnieuw dossiers bestuderen en huisbezoeken afleggen, om "
      "na te gaan of de zorg voor alleenwonenden met dementie veiliger is geworden. Zij betrekt de uitkomsten bij "
      "haar reguliere toezicht op de wijkverpleging."),
    H2("Bijlage  Gebruikte afkortingen"),
    bullets(
        "IZOT: Inspectie Zorg en Ondersteuning Thuis",
        "mpt: modulair pakket thuis",
        "NZa: Nederlandse Zorgautoriteit",
        "VNG: Vereniging van Nederlandse Gemeenten",
        "vpt: volledig pakket thuis",
        "Wlz: Wet langdurige zorg",
        "Wmo 2015: Wet maatschappelijke ondersteuning 2015",
        "Wzd: Wet zorg en dwang psychogeriatrische en verstandelijk gehandicapte cliënten",
        "Zvw: Zorgverzekeringswet",
    ),
)

REPORT = Document(
    title="Alleen thuis met dementie",
    subtitle="Toezicht op de zorg en ondersteuning voor mensen met dementie die alleen wonen",
    blocks=REPORT_BLOCKS,
    running_header="Inspectie Zorg en Ondersteuning Thuis — Alleen thuis met dementie",
    footer="{page}",
    font_family="serif",
    imprint=("Inspectie Zorg en Ondersteuning Thuis", "Utrecht, september 2025"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV1 = ("Ik zal dit verkennen: samen met de VNG ga ik na of een landelijke richttermijn voor een eerste huisbezoek bij "
       "deze groep uitvoerbaar is en wat gemeenten daarvoor nodig hebben.")
EV2 = ("Vanaf 1 april 2026 ontvangen gemeenten via een decentralisatie-uitkering jaarlijks 18 miljoen euro om, samen "
       "met huisartsen, wijkverpleging en casemanagers dementie, voor iedere alleenwonende inwoner met dementie "
       "zonder mantelzorger één vaste contactpersoon aan te wijzen.")
EV3 = "Ik onderschrijf dit."
EV4 = "Dit acht ik niet haalbaar."
EV5 = "Deze aanbeveling steun ik volledig."
EV6 = ("Ik onderschrijf de aanbeveling om de inzet van leefstijlmonitoring, gps-trackers en vergelijkbare hulpmiddelen "
       "steeds in het zorgplan vast te leggen, met instemming van de cliënt of diens vertegenwoordiger en met een "
       "periodieke evaluatie.")
EV7 = ("Ik start daarom in 2026 samen met twee zorgkantoren een pilot met zo'n aanrijnorm, in een stedelijke en in een "
       "landelijke regio, en besluit op basis van de uitkomsten of een bredere invoering verantwoord is.")
EV9 = ("Ik geef de NZa een aanwijzing om met ingang van 1 januari 2027 een afzonderlijke prestatie in te voeren voor "
       "de afstemming rond thuiswonende cliënten met dementie; het ontwerp van die aanwijzing ontvangt uw Kamer in "
       "het voorjaar van 2026.")
EV11 = ("Die belemmeringen zie ik niet: de wet biedt al voldoende ruimte om gegevens te delen wanneer de veiligheid "
        "van een cliënt in het geding is.")
EV12 = ("Voor het vaststellen of bekostigen van een aantal crisis- en logeerbedden per regio zie ik geen rol voor "
        "mij.")
EV13 = ("Ik neem het deel van deze aanbeveling over dat ziet op urgentie, maar een wettelijke voorrang voor "
        "alleenwonenden met dementie boven andere wachtenden voer ik niet in.")
EV14 = "Ik neem deze aanbeveling over."

RESPONSE_BLOCKS = (
    P("Geachte voorzitter,"),
    P("Op 30 september 2025 heeft de Inspectie Zorg en Ondersteuning Thuis (IZOT) het rapport 'Alleen thuis met "
      "dementie' gepubliceerd. Met deze brief bied ik u, mede namens de staatssecretaris van Volksgezondheid, "
      "Welzijn en Sport, mijn reactie op dat rapport aan. Ik dank de inspectie voor het zorgvuldige onderzoek. Mijn "
      "dank gaat in het bijzonder uit naar de cliënten en hun naasten, die de inspecteurs in hun huis hebben "
      "ontvangen, en naar de zorgverleners die hen tijdens hun diensten lieten meekijken."),
    H2("Aanleiding en context"),
    P("Ruim 290.000 mensen in Nederland hebben dementie, en de meesten van hen wonen thuis. Naar schatting een derde "
      "woont alleen. Dat aantal zal de komende jaren stijgen, omdat het aantal ouderen toeneemt en steeds meer ouderen "
      "geen partner meer hebben. Het kabinet wil dat mensen met dementie zo lang als dat verantwoord is in hun eigen "
      "omgeving kunnen blijven wonen, met de zorg en ondersteuning die daarvoor nodig is."),
    P("Via het programma Thuis met Aandacht investeert het kabinet tot en met 2028 jaarlijks 45 miljoen euro in de "
      "ondersteuning van thuiswonende ouderen, waaronder de versterking van het casemanagement dementie en de "
      "ondersteuning van mantelzorgers. Daarnaast werken gemeenten, zorgverzekeraars en zorgkantoren in de regio's "
      "samen aan plannen voor de ouderenzorg, waarin de zorg voor mensen met dementie een vast onderdeel is. Over de "
      "voortgang van het programma heb ik uw Kamer in juni van dit jaar geïnformeerd."),
    P("Ik deel de conclusie van de inspectie dat de zorg voor alleenwonenden met dementie nog te veel afhangt van "
      "toeval en van de inzet van individuele zorgverleners. De voorbeelden in het rapport zijn pijnlijk, juist omdat "
      "de signalen er bijna altijd waren. Het rapport laat ook zien dat de oplossing niet bij één partij ligt: "
      "gemeenten, zorgaanbieders, zorgkantoren, de NZa en het Rijk hebben elk een deel in handen."),
    P("Ik heb het rapport besproken met de Vereniging van Nederlandse Gemeenten (VNG), met de brancheorganisaties van "
      "aanbieders van wijkverpleging en langdurige zorg, met Zorgverzekeraars Nederland en met de NZa. Hieronder ga "
      "ik in op de aanbevelingen. Ik volg daarbij de nummering uit de samenvatting van het rapport. Ook waar een "
      "aanbeveling niet aan mij is gericht, geef ik aan hoe ik ertegenaan kijk."),
    H2("Reactie op de aanbevelingen"),
    P("Ad 1. De inspectie beveelt gemeenten aan om na iedere melding over een alleenwonende inwoner met "
      "(vermoedelijke) dementie binnen twee weken een deskundige op huisbezoek te laten gaan. Gemeenten moeten op "
      "grond van de Wmo 2015 na een melding al zorgvuldig onderzoek doen, en in veel gemeenten gaat het wijkteam bij "
      "zorgelijke signalen dezelfde week nog langs. Het rapport laat echter zien dat dit niet overal zo is. " + EV1
      + " Ik betrek daarbij de ervaringen van gemeenten die al met een vaste termijn werken, en informeer uw Kamer "
      "over de uitkomst in de volgende voortgangsbrief over het programma Thuis met Aandacht.",
      answers=(Answer("1", "partial", EV1),)),
    P("Ad 2. Alleenwonenden met dementie zonder mantelzorger hebben vaak niemand die het overzicht houdt; de "
      "inspectie beschrijft treffend hoe zorgverleners dan naar elkaar verwijzen. " + EV2 + " De VNG en ik leggen in "
      "een bestuurlijke afspraak vast dat deze contactpersoon uiterlijk eind 2026 in alle gemeenten beschikbaar is. "
      "De gemeenten die nu al met een vaste contactpersoon werken, delen hun aanpak via de VNG.",
      answers=(Answer("2", "agree", EV2),)),
    P("Ad 3. " + EV3 + " Een risico-inventarisatie die alleen bij de start van de zorg wordt gemaakt, veroudert snel, "
      "zeker bij een ziekte die voortschrijdt. De brancheorganisaties hebben mij laten weten dat zij een halfjaarlijkse "
      "herbeoordeling van de thuissituatie opnemen in hun gezamenlijke handreiking voor de wijkverpleging bij "
      "dementie, die in de loop van 2026 verschijnt. Ik ondersteun de ontwikkeling van een eenvoudig instrument voor "
      "deze herbeoordeling met een subsidie.",
      answers=(Answer("3", "agree", EV3),)),
    P("Ad 4. Ik deel de wens van de inspectie dat alleenwonende cliënten met dementie zo veel mogelijk vertrouwde "
      "gezichten zien. Wisselende zorgverleners vergroten de onrust bij de cliënt en de kans dat signalen worden "
      "gemist. De inspectie stelt voor het aantal zorgverleners per cliënt te beperken tot een vast team van ten "
      "hoogste zes medewerkers. " + EV4 + " Door de krapte op de arbeidsmarkt, het grote aandeel deeltijdwerk en de "
      "noodzaak om avonden, nachten en weekenden te bemensen, zouden veel aanbieders zo'n grens structureel "
      "overschrijden, met het risico dat zij deze cliënten niet meer in zorg nemen. Aanbieders die met kleine, vaste "
      "teams werken, laten zien dat het aantal gezichten ook zonder harde grens omlaag kan.",
      answers=(Answer("4", "disagree", EV4),)),
    P("Ad 5. " + EV5 + " Een gemiste medicatiegift is bij mensen die alleen wonen niet alleen een medisch risico, "
      "maar vaak ook het eerste teken dat het thuis niet meer gaat. Ik heb de brancheorganisaties gevraagd het "
      "aftekenen van iedere gift en het opvolgen van een gemiste gift op dezelfde dag als norm op te nemen in de "
      "handreiking die ik bij aanbeveling 3 noemde, en zij hebben dat toegezegd. Waar nodig wordt de huisarts of de "
      "apotheker dezelfde dag geïnformeerd.",
      answers=(Answer("5", "agree", EV5),)),
    P("Ad 6 en 7. Toezichthoudende technologie kan alleenwonenden met dementie helpen langer veilig thuis te wonen, "
      "maar alleen als er ook iemand is die op een melding kan reageren. " + EV6 + " In de handreiking over de Wet "
      "zorg en dwang in de thuissituatie, die in het voorjaar van 2026 verschijnt, wordt dit als norm opgenomen. "
      "Over een eis dat aanbieders 's nachts binnen dertig minuten ter plaatse zijn, ben ik terughoudender: in "
      "dunbevolkte gebieden kan zo'n eis ertoe leiden dat aanbieders zich niet meer inschrijven. " + EV7,
      answers=(Answer("6", "agree", EV6), Answer("7", "partial", EV7))),
    P("Ad 8. Zorgkantoren zijn op grond van de Wlz verantwoordelijk voor de bemiddeling van cliënten die op een "
      "plaats in een verpleeghuis wachten, en bieden daarbij ook zorg in de tussentijd aan. Dit is aan de "
      "zorgkantoren; ik heb hen gevraagd hierop te reageren. Zorgverzekeraars Nederland zal uw Kamer namens de "
      "zorgkantoren voor 1 maart 2026 over hun reactie informeren."),
    P("Ad 9. De inspectie laat zien dat wijkverpleegkundigen en casemanagers veel tijd kwijt zijn aan overleg met de "
      "huisarts, het wijkteam en het zorgkantoor, en dat die tijd nu grotendeels onzichtbaar blijft. De NZa stelt de "
      "prestaties en tarieven vast, maar ik kan haar op grond van de Wet marktordening gezondheidszorg een aanwijzing "
      "geven. " + EV9 + " De NZa heeft aangegeven dat zij de invoering voorbereidt in overleg met zorgverzekeraars en "
      "aanbieders.",
      answers=(Answer("9", "agree", EV9),)),
    H3("Aanbevelingen aan de minister van VWS"),
    P("Ad 11. Ik begrijp dat medewerkers van het wijkteam, de wijkverpleging en het zorgkantoor aarzelen om gegevens "
      "met elkaar te delen. De inspectie ziet daarin wettelijke belemmeringen. " + EV11 + " De Wmo 2015, de Wet op "
      "de geneeskundige behandelingsovereenkomst en de Algemene verordening gegevensbescherming staan toe dat "
      "gegevens worden gedeeld als dat nodig is om ernstig nadeel voor de cliënt te voorkomen, en bij acuut gevaar "
      "kan een zorgverlener zich beroepen op een conflict van plichten. De bestaande handreiking over "
      "gegevensdeling in het sociaal domein bevat hiervan voorbeelden; ik breng die opnieuw onder de aandacht van "
      "gemeenten en aanbieders.",
      answers=(Answer("11", "disagree", EV11),)),
    P("Ad 12. Een acute opname van een alleenwonende met dementie mag niet afhangen van toeval, en ik deel de zorg van "
      "de inspectie over de verschillen tussen regio's. Zorgkantoren moeten op grond van hun zorgplicht voldoende "
      "crisiszorg inkopen, en in de meeste regio's zijn daarover afspraken gemaakt met ziekenhuizen, "
      "huisartsenposten en verpleeghuizen. " + EV12 + " Het is aan de zorgkantoren en de aanbieders om het aanbod af "
      "te stemmen op de vraag in hun regio, en de NZa ziet erop toe dat zij dat doen.",
      answers=(Answer("12", "disagree", EV12),)),
    P("Ad 13. De inspectie beschrijft cliënten die maandenlang alleen thuis wachten terwijl iedereen om hen heen weet "
      "dat het niet meer gaat. " + EV13 + " Ik zal de Wlz zo aanpassen dat zorgkantoren bij de bemiddeling naar een "
      "verpleeghuisplaats verplicht rekening houden met de veiligheid van de cliënt in de thuissituatie; het "
      "wetsvoorstel daarvoor gaat in 2026 in consultatie. Een voorrangsregel voor één groep zou ten koste gaan van "
      "andere cliënten met een even urgente zorgvraag, zoals mensen die thuis worden verzorgd door een partner die "
      "het niet meer aankan.",
      answers=(Answer("13", "partial", EV13),)),
    P("Ad 14. " + EV14 + " Vanaf 2026 worden in de jaarlijkse monitor langdurige zorg afzonderlijke cijfers "
      "opgenomen over het aantal mensen met dementie dat alleen woont, de zorg die zij ontvangen uit de Wmo 2015, de "
      "Zvw en de Wlz, en de meldingen van incidenten en calamiteiten. Ik stuur uw Kamer de eerste uitkomsten in het "
      "najaar van 2026.",
      answers=(Answer("14", "agree", EV14),)),
    H2("Tot slot"),
    P("Het rapport van de inspectie maakt duidelijk dat veilig alleen wonen met dementie mogelijk is, maar niet "
      "vanzelf gaat. Het vraagt om zorgverleners die de cliënt kennen, om afspraken die ook 's nachts en in het "
      "weekend werken, en om partijen die over de grenzen van hun eigen wet heen kijken. Ik zal uw Kamer in de "
      "voortgangsbrief over het programma Thuis met Aandacht, die u voor de zomer van 2026 ontvangt, informeren over "
      "de uitvoering van de maatregelen uit deze brief."),
    P("Hoogachtend,"),
    P("de minister van Volksgezondheid, Welzijn en Sport,"),
    P("drs. M.A. Verhoeven-Lindeboom"),
)

RESPONSE = Document(
    title="Reactie op het inspectierapport 'Alleen thuis met dementie'",
    subtitle="Brief van de minister van Volksgezondheid, Welzijn en Sport aan de Voorzitter van de Tweede Kamer der "
             "Staten-Generaal, Den Haag, 4 december 2025",
    blocks=RESPONSE_BLOCKS,
    running_header="Kenmerk 4127093-1088512-LZ  |  Reactie op 'Alleen thuis met dementie'",
    footer="- {page} -",
    font_family="sans",
    title_page=False,
)

PAIR = Pair(
    name="dementia_home_care_inspectorate",
    report=REPORT,
    response=RESPONSE,
    description="Fictional IZOT inspection report on home care for people with dementia living alone (14 "
                "recommendations numbered in the summary with the addressee in brackets, repeated unnumbered in "
                "dash lists after 'De inspectie verwacht van ...' lead-ins) and the VWS minister's letter answering "
                "'Ad 1.' .. 'Ad 14.' ('Ad 6 en 7.' together); 8 passed on to the zorgkantoren, 10 never answered.",
)
