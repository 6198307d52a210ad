"""Pair: a fictional Rekenkamer Vechtland audit of the provincial bus concession, and the province's answer.

Layout traits this pair tests: a sans report with a title page and NO running header.  Part 1 "Bestuurlijke nota"
holds a numbered list of seven "Conclusies" (1.-7., not recommendations) and then "Aanbevelingen" split by bold
addressee lead-in paragraphs ("Aan Provinciale Staten:", "Aan Gedeputeerde Staten:", "Aan Vechtstreek Vervoer:",
"Aan de gemeenten in het concessiegebied:"), each followed by a list with en-dash bullets; the fifteen
recommendations carry no printed number (gold ids "1".."15" in printed order).  Part 2 "Nota van bevindingen" has
numbered chapters, en-dash lists of research questions and norms (not recommendations), a table with rows rules,
and running prose in which the Rekenkamer already argues for measures.

The response is a serif letter of Gedeputeerde Staten to the Rekenkamer (letterhead, no title page, footer "Pagina
x van y"), "Bestuurlijke reactie".  It opens with thanks, context and agreement with the analysis only (no
position), then answers the recommendations in printed order under subject headings WITHOUT numbers, each paragraph
opening with a paraphrase "U beveelt aan om ‘...’".  Gold positions:
 1 (PS, goals for small villages) not_addressed: "gericht aan Provinciale Staten; wij laten het oordeel aan hen";
 2 (PS, ask GS for yearly report) agree: GS commit to a yearly concession report from June 2026 anyway;
 3 (PS, separate budget line for demand-responsive transport) not_addressed: same formula plus existing budget;
 4 (GS, hourly service guarantee) disagree, polite: shares the concern, "acht het niet opportuun";
 5 (GS, two extra fte for contract management) agree: "Deze aanbeveling nemen wij over.";
 6 (GS, apply the penalty scheme) disagree, blunt: "Deze aanbeveling nemen wij niet over.";
 7 (GS, booking time 60 -> 30 minutes) agree without cue word: date and money;
 8 (GS, Flex rides in national journey planners) partial: only "verkennen";
 9 (GS, study costs and use of Flex) agree: study commissioned with a date (shared paragraph with 10);
10 (GS, combine Wmo transport and Flex) disagree: "Wij zien geen meerwaarde in ..." (same paragraph as 9);
11 (GS, quarterly complaint analysis with the ROCOV) not_addressed: never answered (ROCOV only named in the thanks);
12 (GS, all vehicles wheelchair accessible) partial: "Wij nemen deze aanbeveling gedeeltelijk over.";
13 (bus company, driver training) agree: the company's promise with a date, as reported by GS;
14 (bus company, monthly punctuality per line) disagree: GS find quarterly figures sufficient;
15 (municipalities, accessible stops by 2030) partial: municipalities plan the busiest stops, not the 2030 deadline.
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


def dashes(*texts: str) -> ItemList:
    """An en-dash list that is not a recommendation list."""
    return ItemList(items=tuple(ListItem(text) for text in texts), style="–")


def numbered(*texts: str) -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style="1.")


def recs(start: int, *items: tuple[str, tuple[str, ...]]) -> ItemList:
    """En-dash recommendation items; the gold number is only an id, counted on across the lists."""
    return ItemList(
        items=tuple(ListItem(text, recommendation=Recommendation(str(start + i), tuple(depts)))
                    for i, (text, depts) in enumerate(items)),
        style="–",
    )


PROV = ("OTHER",)  # Provinciale Staten, Gedeputeerde Staten and the bus company are no ministry
GEM = ("GEMEENTEN",)

# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H("Voorwoord"),
    P("Wie in Ommerveen of Hardenbrug woont, heeft de bus om de tien minuten voor de deur. Wie in Oosterzand, "
      "Lemelerveld-Zuid of een van de andere kleine kernen in het oosten van de provincie woont, moet een uur van "
      "tevoren bellen of een app openen om een rit te reserveren, en hoopt dan dat er een busje komt. Het openbaar "
      "vervoer in het landelijk gebied is geen luxe: voor scholieren, ouderen zonder rijbewijs en mensen die op de "
      "zorg zijn aangewezen, is het vaak de enige manier om zelfstandig op school, bij de huisarts of op het werk te "
      "komen."),
    P("De provincie Vechtland besteedt jaarlijks ruim 38 miljoen euro aan de busconcessie Vechtland-Oost. Provinciale "
      "Staten vroegen ons in 2024 om na te gaan of de provincie met dat geld voldoende grip heeft op de kwaliteit van "
      "het busvervoer, in het bijzonder op het vraagafhankelijk vervoer en op de toegankelijkheid voor reizigers met "
      "een beperking. Dit rapport is daarvan de uitkomst."),
    P("Wij danken de medewerkers van de provincie, de directie en de chauffeurs van Vechtstreek Vervoer, de "
      "ambtenaren van de gemeenten in het concessiegebied en de leden van het ROCOV Vechtland voor hun medewerking. "
      "Bijzondere dank gaat uit naar de ruim elfhonderd reizigers die onze enquête invulden en naar de reizigers die "
      "ons vertelden wat het betekent als de bus niet komt."),
    P("Drs. M.A. Kuipers-Ten Have, directeur Rekenkamer Vechtland"),
    PageBreak(),

    H("Deel 1  Bestuurlijke nota"),
    H2("Aanleiding en onderzoeksvraag"),
    P("De provincie Vechtland is opdrachtgever voor het openbaar busvervoer in het concessiegebied Vechtland-Oost, dat "
      "veertien gemeenten omvat. Sinds december 2019 voert Vechtstreek Vervoer B.V. de concessie uit; die loopt tot "
      "december 2029, met een mogelijkheid tot verlenging van twee jaar. Onderdeel van de concessie is Vechtland Flex, "
      "het vraagafhankelijk vervoer dat in 2021 de oude buurtbussen en belbussen verving. Reizigers reserveren een rit "
      "via een app of een telefoonnummer, waarna een busje hen ophaalt bij een halte in de buurt."),
    P("De afgelopen jaren kwam het busvervoer in Vechtland regelmatig negatief in het nieuws. Door een tekort aan "
      "chauffeurs vielen in 2022 en 2023 duizenden ritten uit, reizigers klaagden over Flex-busjes die niet "
      "verschenen en belangenorganisaties wezen op haltes die voor rolstoelgebruikers onbereikbaar zijn. Provinciale "
      "Staten stelden daarover vragen, maar gaven aan dat zij moeilijk konden beoordelen hoe de concessie er werkelijk "
      "voor stond."),
    P("Onze centrale onderzoeksvraag luidde: ‘In hoeverre stuurt de provincie Vechtland doeltreffend op de kwaliteit "
      "van het openbaar busvervoer in het landelijk gebied, in het bijzonder op het vraagafhankelijk vervoer en de "
      "toegankelijkheid, en worden Provinciale Staten daarover toereikend geïnformeerd?’ Het onderzoek bestrijkt de "
      "jaren 2021 tot en met 2024. In de Nota van bevindingen (deel 2) staan de onderzoeksaanpak en de bevindingen "
      "uitgebreid beschreven."),
    H2("Conclusies"),
    P("Onze hoofdconclusie is dat de provincie Vechtland onvoldoende stuurt op de kwaliteit van het busvervoer in het "
      "landelijk gebied. De provincie heeft weinig zicht op wat reizigers in de kleine kernen aan vervoer krijgen, "
      "gebruikt de instrumenten die de concessie haar biedt nauwelijks en informeert Provinciale Staten te beperkt om "
      "hun kaderstellende en controlerende rol goed te kunnen vervullen. Deze hoofdconclusie rust op zeven "
      "deelconclusies."),
    numbered(
        "De provincie heeft bij de gunning van de concessie geen meetbare doelen vastgelegd voor de bereikbaarheid "
        "van de kleine kernen. Daardoor is niet te beoordelen of de concessie op dit punt doet wat Provinciale Staten "
        "ervan verwachtten.",
        "Provinciale Staten worden onvolledig en onregelmatig geïnformeerd over de prestaties van de concessie. De "
        "informatie gaat vooral over reizigersaantallen en nauwelijks over uitval, klachten en toegankelijkheid.",
        "Gedeputeerde Staten hebben over de jaren 2022 tot en met 2024 ruim 80 procent van de boetes die de concessie "
        "voorschrijft niet opgelegd, zonder die keuze per geval te onderbouwen.",
        "Het concessiebeheer is met 3,4 fte te klein om de vervoerder inhoudelijk te volgen; de gegevens die "
        "Vechtstreek Vervoer aanlevert, worden nauwelijks geanalyseerd.",
        "Vechtland Flex voorziet in een behoefte, maar is voor veel reizigers lastig te gebruiken: de "
        "reserveringstermijn is lang, de ritten zijn niet te vinden in de gangbare reisplanners en ongeveer één op de "
        "twaalf ritaanvragen wordt niet uitgevoerd.",
        "De kosten van Vechtland Flex zijn sinds 2021 meer dan verdubbeld, zonder dat de provincie weet hoe die kosten "
        "zich over de deelgebieden en reizigersgroepen verdelen. Klachten over Flex worden afgehandeld, maar niet "
        "geanalyseerd.",
        "Het busvervoer is voor reizigers met een beperking maar ten dele toegankelijk: 58 procent van de haltes "
        "voldoet aan de landelijke richtlijn, slechts negen van de 24 Flex-voertuigen kunnen een rolstoel vervoeren "
        "en chauffeurs zijn onvoldoende getraind in het helpen van reizigers met een beperking.",
    ),
    H2("Aanbevelingen"),
    P("Op basis van deze conclusies doen wij vijftien aanbevelingen. De meeste richten wij aan Gedeputeerde Staten, "
      "die als opdrachtgever verantwoordelijk zijn voor de uitvoering van de concessie. Drie aanbevelingen richten "
      "wij aan Provinciale Staten, omdat zij in 2027 de kaders voor de nieuwe concessie vaststellen en de uitvoering "
      "van de huidige concessie controleren."),
    P("Aan Provinciale Staten:", bold=True),
    recs(1,
         ("Stel bij de vaststelling van het programma van eisen voor de nieuwe concessie, die in december 2029 "
          "ingaat, meetbare doelen vast voor de bereikbaarheid van kernen met minder dan 2.000 inwoners, zodat u "
          "later kunt beoordelen of de concessie die doelen haalt.", PROV),
         ("Vraag Gedeputeerde Staten om u jaarlijks, gelijktijdig met de jaarstukken, te rapporteren over de "
          "prestaties van de concessie aan de hand van een vaste set indicatoren: punctualiteit, uitval, "
          "reizigersaantallen, klachten, kosten per reiziger en toegankelijkheid.", PROV),
         ("Neem het vraagafhankelijk vervoer als afzonderlijk onderdeel op in de programmabegroting, met een eigen "
          "budget en eigen prestatie-indicatoren, zodat u daarover uw budgetrecht kunt uitoefenen.", PROV)),
    P("Aan Gedeputeerde Staten:", bold=True),
    recs(4,
         ("Leg met Vechtstreek Vervoer een minimale bedieningsgarantie vast: iedere kern met meer dan 500 inwoners "
          "heeft op werkdagen tussen 7.00 en 19.00 uur ten minste eenmaal per uur een verbinding, met de lijnbus of "
          "met Vechtland Flex.", PROV),
         ("Breid de formatie voor concessiebeheer uit met ten minste twee fte, voor contractmanagement en voor de "
          "analyse van reis- en prestatiegegevens.", PROV),
         ("Pas de boeteregeling uit de concessie consequent toe bij uitgevallen ritten en bij onderschrijding van de "
          "punctualiteitsnorm, en leg iedere beslissing om een boete te matigen of kwijt te schelden schriftelijk en "
          "gemotiveerd vast.", PROV),
         ("Breng de reserveringstermijn van Vechtland Flex terug van zestig naar dertig minuten, zoals in de "
          "aangrenzende concessiegebieden al het geval is.", PROV),
         ("Zorg ervoor dat ritten van Vechtland Flex in de landelijke reisplanners als reisoptie worden getoond en "
          "daar ook kunnen worden geboekt.", PROV),
         ("Laat vóór het opstellen van het programma van eisen onderzoeken wat Vechtland Flex per rit en per "
          "deelgebied kost, wie er gebruik van maken en welke ritaanvragen niet worden uitgevoerd.", PROV),
         ("Maak met de gemeenten afspraken over het samenvoegen van het Wmo-vervoer en Vechtland Flex in één "
          "vervoersysteem met één regiecentrale, zodat voertuigen en chauffeurs doelmatiger worden ingezet.",
          ("OTHER", "GEMEENTEN")),
         ("Laat de klachten over Vechtland Flex ieder kwartaal analyseren op oorzaken en bespreek de uitkomsten met "
          "het ROCOV Vechtland.", PROV),
         ("Neem in het ontwerp-programma van eisen voor de nieuwe concessie op dat alle voertuigen, ook die van het "
          "vraagafhankelijk vervoer, toegankelijk zijn voor reizigers in een rolstoel.", PROV)),
    P("Een deel van de verbeteringen ligt buiten de directe invloed van de provincie. Onze onderzoeksbevoegdheid "
      "strekt zich niet uit tot de vervoerder en de gemeenten. Omdat de kwaliteit van het busvervoer ook van hen "
      "afhangt, doen wij hun toch enkele aanbevelingen. Wij hebben Gedeputeerde Staten gevraagd deze aanbevelingen "
      "met hen te bespreken."),
    P("Aan Vechtstreek Vervoer:", bold=True),
    recs(13,
         ("Zorg dat alle chauffeurs, ook die van onderaannemers in het vraagafhankelijk vervoer, uiterlijk in 2026 een "
          "praktijktraining volgen in het begeleiden van reizigers met een beperking, en herhaal die training iedere "
          "drie jaar.", PROV),
         ("Publiceer iedere maand per buslijn de punctualiteit en het aantal uitgevallen ritten op uw website.",
          PROV)),
    P("Aan de gemeenten in het concessiegebied:", bold=True),
    recs(15,
         ("Maak de haltes waarvan u wegbeheerder bent vóór 2030 toegankelijk, te beginnen met de haltes met de meeste "
          "in- en uitstappers, en neem die planning op in uw meerjarige investeringsprogramma.", GEM)),
    H2("Reactie en nawoord"),
    P("Gedeputeerde Staten hebben op 14 oktober 2025 bestuurlijk op dit rapport gereageerd. Hun reactie is als "
      "afzonderlijk document bij dit rapport gevoegd. Wij hebben Gedeputeerde Staten gevraagd ook de reacties van "
      "Vechtstreek Vervoer en van de gemeenten in hun brief op te nemen. Ons nawoord bieden wij Provinciale Staten "
      "aan bij de behandeling van het rapport in de Statencommissie Mobiliteit en Economie."),
    PageBreak(),

    H("Deel 2  Nota van bevindingen"),
    H("1  Het onderzoek"),
    H2("1.1  Achtergrond"),
    P("Provincies zijn op grond van de Wet personenvervoer 2000 verantwoordelijk voor het regionale openbaar vervoer "
      "buiten de grote steden. Zij verlenen daarvoor concessies: het exclusieve recht om in een gebied gedurende een "
      "bepaalde periode openbaar vervoer te verzorgen. De concessie wordt na een aanbesteding gegund aan een "
      "vervoerder. De provincie legt in een programma van eisen vast wat zij van de vervoerder verwacht en betaalt "
      "een jaarlijkse exploitatiebijdrage; de vervoerder ontvangt daarnaast de reizigersopbrengsten.",
      footnotes=("Wet personenvervoer 2000, artikelen 19 tot en met 32; het programma van eisen wordt in Vechtland "
                 "door Provinciale Staten vastgesteld.",)),
    P("In Vechtland zijn er twee busconcessies: de stadsconcessie Ommerveen en de streekconcessie Vechtland-Oost. Dit "
      "onderzoek gaat over de laatste. Het concessiegebied telt ongeveer 410.000 inwoners, van wie bijna een derde in "
      "kernen met minder dan 5.000 inwoners woont. Het lijnennet bestaat uit 31 streeklijnen, vier snelbuslijnen en "
      "het vraagafhankelijk vervoer Vechtland Flex, dat in zes deelgebieden rijdt."),
    P("De exploitatiebijdrage van de provincie bedroeg in 2024 38,4 miljoen euro. Daarvan ging 4,7 miljoen euro naar "
      "Vechtland Flex. In de jaren 2022 en 2023 verstrekte de provincie bovendien een aanvullende bijdrage van in "
      "totaal 6,1 miljoen euro om de gevolgen van de coronacrisis en de gestegen loon- en brandstofkosten op te "
      "vangen."),
    H2("1.2  Onderzoeksvragen"),
    P("Om de centrale onderzoeksvraag te beantwoorden, hebben wij de volgende deelvragen gesteld:"),
    dashes(
        "Welke doelen heeft de provincie gesteld voor het busvervoer in het landelijk gebied, en zijn die doelen "
        "meetbaar?",
        "Welke informatie over de prestaties van de concessie ontvangt de provincie, en wat doet zij daarmee?",
        "Hoe gebruikt de provincie de sturingsinstrumenten die de concessie biedt, zoals boetes en bonussen?",
        "Hoe functioneert Vechtland Flex, wat kost het en hoe ervaren reizigers het?",
        "In hoeverre is het busvervoer toegankelijk voor reizigers met een beperking?",
        "Hoe worden Provinciale Staten over dit alles geïnformeerd?",
    ),
    H2("1.3  Normenkader en aanpak"),
    P("Wij hebben de bevindingen getoetst aan een normenkader dat wij vooraf met Gedeputeerde Staten hebben gedeeld. "
      "De belangrijkste normen zijn:"),
    dashes(
        "de provincie heeft meetbare doelen geformuleerd voor de bereikbaarheid en de kwaliteit van het busvervoer;",
        "de provincie beschikt over tijdige en betrouwbare informatie over de prestaties van de vervoerder en "
        "analyseert die;",
        "de provincie zet de instrumenten uit de concessie in wanneer de vervoerder afspraken niet nakomt, en "
        "motiveert afwijkingen daarvan;",
        "het vervoer voldoet aan de landelijke afspraken over toegankelijkheid;",
        "Provinciale Staten ontvangen informatie waarmee zij hun kaderstellende en controlerende rol kunnen "
        "vervullen.",
    ),
    P("Wij hebben de concessiedocumenten, de jaarverslagen van de vervoerder, de kwartaalrapportages, de "
      "besluitenlijsten van Gedeputeerde Staten en de Statenstukken over de jaren 2021 tot en met 2024 bestudeerd. Wij "
      "spraken met 27 personen bij de provincie, de vervoerder, vijf gemeenten, het ROCOV Vechtland en twee "
      "belangenorganisaties. Daarnaast hielden wij een enquête onder 1.148 reizigers, analyseerden wij de ritgegevens "
      "van Vechtland Flex over 2023 en 2024 en maakten onze onderzoekers veertig proefritten, waarvan twaalf met een "
      "ervaringsdeskundige in een rolstoel."),
    H2("1.4  Leeswijzer"),
    P("Hoofdstuk 2 gaat over de sturing op de concessie als geheel en de informatievoorziening aan Provinciale "
      "Staten. Hoofdstuk 3 behandelt Vechtland Flex. Hoofdstuk 4 gaat over de bereikbaarheid van de kleine kernen en "
      "de toegankelijkheid van haltes, voertuigen en reisinformatie."),

    H("2  Sturing op de concessie"),
    H2("2.1  De doelen van de concessie"),
    P("Het programma van eisen dat Provinciale Staten in 2018 vaststelden, noemt als hoofddoel ‘een betrouwbaar, "
      "toegankelijk en betaalbaar openbaar vervoer dat de leefbaarheid van stad en platteland ondersteunt’. Voor de "
      "snelbuslijnen en de drukke streeklijnen zijn concrete eisen opgenomen over frequentie en bedieningstijden. "
      "Voor het landelijk gebied bevat het programma van eisen alleen de bepaling dat ‘iedere kern een passende vorm "
      "van openbaar vervoer behoudt’. Wat passend is, is niet uitgewerkt."),
    P("In de praktijk heeft die open norm ertoe geleid dat de vervoerder bij iedere dienstregelingswijziging zelf "
      "bepaalt welke kernen met een lijnbus worden bediend en welke alleen met Vechtland Flex. Sinds 2019 is het "
      "aantal kernen met een vaste busverbinding gedaald van 86 naar 71. Voor de vijftien kernen die hun lijnbus "
      "verloren, kon de provincie niet aangeven of het vervangende Flex-aanbod voldoet aan wat Provinciale Staten "
      "destijds voor ogen stond. Zonder meetbare doelen ontbreekt daarvoor ook de maatstaf."),
    P("Wij stelden vast dat in elf kernen met meer dan 500 inwoners op werkdagen meer dan twee uur achter elkaar geen "
      "enkele vorm van openbaar vervoer beschikbaar is: de lijnbus rijdt er alleen in de spits en Vechtland Flex is "
      "in die uren in het betreffende deelgebied volgeboekt of niet in dienst. Een minimale bedieningsgarantie, zoals "
      "andere provincies die in hun concessies hebben opgenomen, zou dat voorkomen."),
    H2("2.2  Informatie over de prestaties"),
    P("Vechtstreek Vervoer levert ieder kwartaal een rapportage aan de provincie met reizigersaantallen, "
      "punctualiteit, uitval en het aantal klachten per categorie. De ruwe ritgegevens zijn via de landelijke "
      "databank voor openbaarvervoergegevens beschikbaar. De kwartaalrapportages worden besproken in het "
      "concessieoverleg tussen provincie en vervoerder. Van die gesprekken worden actiepunten vastgelegd, maar een "
      "eigen analyse van de cijfers door de provincie troffen wij niet aan."),
    P("Tabel 2.1 geeft een beeld van de prestaties van de concessie in de onderzoeksperiode."),
    Table(
        header=("Indicator", "Norm", "2021", "2022", "2023", "2024"),
        rows=(
            ("Reizigersritten (mln)", "–", "8,1", "9,6", "10,2", "10,7"),
            ("Punctualiteit (vertrek 0-3 min)", "90%", "88,4%", "84,1%", "85,7%", "87,2%"),
            ("Uitgevallen ritten", "max. 0,5%", "0,4%", "3,8%", "2,1%", "0,9%"),
            ("Klachten per 100.000 reizigers", "–", "14", "31", "22", "19"),
            ("Ritaanvragen Flex niet uitgevoerd", "max. 2%", "4,9%", "10,6%", "9,1%", "8,3%"),
        ),
        widths=(3.2, 1.2, 1.0, 1.0, 1.0, 1.0),
        rules="rows",
    ),
    P("Bron: kwartaalrapportages Vechtstreek Vervoer 2021-2024, bewerking Rekenkamer Vechtland."),
    P("Provinciale Staten ontvingen in de onderzoeksperiode geen vaste rapportage over de concessie. Zij werden "
      "geïnformeerd via de paragraaf Mobiliteit in de jaarstukken, die vooral de reizigersaantallen en de financiën "
      "behandelt, en via zeven Statenbrieven die telkens naar aanleiding van een incident werden verstuurd. Over "
      "uitval, klachten en toegankelijkheid werden de Staten alleen geïnformeerd wanneer zij daar zelf om vroegen. "
      "Verschillende Statenleden vertelden ons dat zij hun informatie over het busvervoer vooral uit de regionale "
      "krant en uit gesprekken met inwoners haalden.",
      footnotes=("Statenbrieven van 8 maart 2022, 21 juni 2022, 4 oktober 2022, 17 januari 2023, 30 mei 2023, "
                 "12 december 2023 en 9 april 2024.",)),
    P("Ook de begroting biedt de Staten weinig houvast. Vechtland Flex is geen afzonderlijk onderdeel van de "
      "programmabegroting, maar valt onder de totale exploitatiebijdrage in programma 3 Mobiliteit. De Staten hebben "
      "daardoor geen zicht op de stijging van de kosten van het vraagafhankelijk vervoer en kunnen daarover bij de "
      "begrotingsbehandeling geen afzonderlijke keuze maken."),
    H2("2.3  Boetes en bonussen"),
    P("De concessie kent een bonus-malusregeling. Voor iedere uitgevallen rit boven de norm van 0,5 procent kan de "
      "provincie een boete van 250 euro opleggen, en voor ieder tiende procentpunt onder de punctualiteitsnorm een "
      "boete van 15.000 euro per kwartaal. Daar staat een bonus tegenover wanneer de reizigersaantallen of de "
      "klantwaardering boven de afgesproken waarden uitkomen."),
    P("Over de jaren 2022 tot en met 2024 had de provincie op grond van de regeling in totaal 1,62 miljoen euro aan "
      "boetes kunnen opleggen. Opgelegd is 0,29 miljoen euro. Het resterende bedrag is gematigd of kwijtgescholden. "
      "In de besluitenlijsten van Gedeputeerde Staten staat bij deze besluiten steeds dezelfde zin: ‘gelet op de "
      "bijzondere omstandigheden op de arbeidsmarkt voor buschauffeurs’. Een afweging per kwartaal of per soort "
      "tekortkoming troffen wij niet aan, ook niet voor 2024, toen het personeelstekort grotendeels was opgelost."),
    P("Wij begrijpen dat de provincie in een crisissituatie de continuïteit van het vervoer boven het opleggen van "
      "boetes plaatste. Een boeteregeling die vrijwel nooit wordt toegepast, verliest echter haar werking. De "
      "vervoerder weet dan dat tekortkomingen geen financiële gevolgen hebben, en de Staten kunnen niet nagaan waarom "
      "van de afspraken is afgeweken."),
    H2("2.4  Capaciteit voor concessiebeheer"),
    P("Het team concessiebeheer van de provincie telt 3,4 fte. Het team bereidt het concessieoverleg voor, behandelt "
      "de jaarlijkse vervoerplannen, beoordeelt subsidieaanvragen voor haltes en beantwoordt vragen van Statenleden en "
      "inwoners. Ter vergelijking: in twee provincies met een concessie van vergelijkbare omvang werken vijf tot zes "
      "fte aan concessiebeheer, inclusief een data-analist."),
    P("De medewerkers gaven aan dat zij ‘van incident naar incident’ werken. Voor een eigen analyse van de "
      "ritgegevens, bijvoorbeeld om te zien op welke lijnen de uitval zich concentreert of welke Flex-ritten worden "
      "geweigerd, ontbreken tijd en deskundigheid. De provincie is daardoor grotendeels afhankelijk van de "
      "interpretatie die de vervoerder zelf aan zijn cijfers geeft."),
    H2("2.5  Openbaarheid van prestaties"),
    P("Vechtstreek Vervoer publiceert op haar website ieder kwartaal een overzicht van de punctualiteit per "
      "deelgebied. Cijfers per lijn zijn voor reizigers niet te vinden. Reizigers en lokale volksvertegenwoordigers "
      "die willen weten hoe het met ‘hun’ lijn gaat, zijn aangewezen op de ruwe gegevens uit de landelijke databank, "
      "die zonder technische kennis niet te gebruiken zijn. Andere vervoerders publiceren maandelijks cijfers per "
      "lijn; dat vergroot volgens hen de druk om problemen snel op te lossen."),

    H("3  Vraagafhankelijk vervoer"),
    H2("3.1  Van belbus naar Vechtland Flex"),
    P("Tot 2021 reden in het oosten van Vechtland acht buurtbussen, bestuurd door vrijwilligers, en enkele belbussen "
      "met een vaste route die alleen reden als een reiziger had gebeld. Omdat het steeds moeilijker werd om "
      "vrijwilligers te vinden, besloten Gedeputeerde Staten in 2020 om deze voorzieningen te vervangen door één "
      "systeem van vraagafhankelijk vervoer: Vechtland Flex. Vechtstreek Vervoer voert Flex uit met 24 voertuigen, "
      "waarvan een deel wordt ingehuurd bij twee taxibedrijven die als onderaannemer optreden."),
    P("Reizigers kunnen een rit reserveren via de Flex-app of telefonisch, uiterlijk zestig minuten voor het "
      "gewenste vertrek. Het busje rijdt van halte naar halte binnen het deelgebied en sluit aan op de lijnbus of "
      "de trein bij een van de negen overstappunten. Reizigers betalen het reguliere bustarief met een toeslag van "
      "één euro per rit."),
    H2("3.2  Gebruik en kosten"),
    P("Het gebruik van Vechtland Flex is gegroeid van 21.000 ritten in 2021 tot 52.000 ritten in 2024. Tegelijk "
      "stegen de kosten van 2,1 miljoen euro naar 4,7 miljoen euro per jaar. Uitgedrukt per rit betaalt de provincie "
      "gemiddeld 90 euro, tegenover gemiddeld 3,60 euro per reiziger op de lijnbus. Dat verschil is op zichzelf niet "
      "vreemd: vraagafhankelijk vervoer is duur per rit, maar goedkoper dan een lege lijnbus die de hele dag rijdt."),
    P("De provincie weet echter niet hoe de kosten zich over de zes deelgebieden verdelen. Uit onze analyse van de "
      "ritgegevens blijkt dat het gebruik sterk uiteenloopt: in het deelgebied Oosterzand worden zes keer zoveel "
      "ritten per inwoner gemaakt als in het deelgebied Rheezerveen. Ruim 40 procent van de ritten wordt gemaakt door "
      "reizigers van 65 jaar en ouder, en ongeveer 15 procent door scholieren. Welke reizigers afhaken omdat hun "
      "ritaanvraag niet wordt uitgevoerd, is niet bekend: de vervoerder registreert wel de geweigerde aanvragen, maar "
      "niet de reden of het tijdstip waarop de reiziger een alternatief zocht."),
    P("Gezien de kostenstijging en de voorbereiding van de nieuwe concessie vinden wij het noodzakelijk dat de "
      "provincie eerst goed in beeld brengt wat Flex per deelgebied kost en oplevert, voordat zij keuzes maakt over "
      "het vervoer in het landelijk gebied na 2029."),
    H2("3.3  Ervaringen van reizigers"),
    P("Reizigers die Flex gebruiken, waarderen het vervoer gemiddeld met een 6,8. Zij zijn positief over de "
      "vriendelijkheid van de chauffeurs en het comfort van de busjes. De belangrijkste klachten gaan over de "
      "reserveringstermijn, over ritten die worden geweigerd of op het laatste moment worden verschoven, en over de "
      "vindbaarheid van het aanbod. In de aangrenzende concessiegebieden kunnen reizigers tot dertig minuten voor "
      "vertrek reserveren; in Vechtland is dat zestig minuten. Voor een reiziger die met de trein aankomt en de "
      "aansluiting op Flex wil maken, betekent dit dat hij al in de trein moet reserveren, vaak zonder te weten of de "
      "trein op tijd is."),
    P("Een ander knelpunt is de reisinformatie. Wie in een landelijke reisplanner een reis van Ommerveen naar een "
      "kern in het oosten van de provincie opzoekt, krijgt vaak het advies om een groot deel te lopen of helemaal "
      "geen reisadvies, omdat Flex-ritten daarin niet worden getoond. Reizigers die Flex niet kennen, weten daardoor "
      "niet dat er een verbinding bestaat."),
    P("Klachten over Flex komen binnen bij het klantcontactcentrum van Vechtstreek Vervoer en worden individueel "
      "afgehandeld. Het aantal klachten per categorie staat in de kwartaalrapportage, maar een analyse van oorzaken, "
      "bijvoorbeeld of klachten samenhangen met een bepaald deelgebied, tijdstip of onderaannemer, wordt niet "
      "gemaakt. Het ROCOV Vechtland, dat de reizigers vertegenwoordigt, heeft herhaaldelijk gevraagd om inzicht in de "
      "klachten over Flex, maar ontving alleen de totaalcijfers."),
    H2("3.4  Samenwerking met het Wmo-vervoer"),
    P("Naast Vechtland Flex rijden in het concessiegebied busjes voor het Wmo-vervoer, dat de gemeenten organiseren "
      "voor inwoners met een Wmo-indicatie, en voor het leerlingenvervoer. Deze vervoersystemen hebben elk een eigen "
      "centrale en eigen voertuigen, terwijl zij in dezelfde kernen en vaak op dezelfde tijden rijden. Uit onze "
      "analyse blijkt dat Flex-busjes buiten de spits gemiddeld 1,3 reiziger aan boord hebben."),
    P("In andere delen van het land zijn ervaringen opgedaan met het samenvoegen van vraagafhankelijk openbaar "
      "vervoer en Wmo-vervoer onder één regiecentrale. Die ervaringen zijn wisselend: de besparingen vielen soms "
      "tegen, maar de beschikbaarheid van vervoer in de daluren nam toe. De gemeenten in het concessiegebied staan "
      "volgens de gesprekken die wij voerden open voor verkenning, maar wachten op een initiatief van de provincie."),

    H("4  Bereikbaarheid en toegankelijkheid"),
    H2("4.1  Toegankelijke haltes"),
    P("Het concessiegebied telt 1.146 bushaltes. De provincie is wegbeheerder van 332 haltes langs provinciale wegen; "
      "de overige 814 liggen langs gemeentelijke wegen. Volgens de landelijke richtlijn is een halte toegankelijk "
      "wanneer het perron voldoende hoog en breed is en voorzien is van geleidelijnen voor blinden en slechtzienden."),
    P("Eind 2024 voldeed 58 procent van de haltes aan de richtlijn. Bij de provinciale haltes was dat 81 procent, bij "
      "de gemeentelijke haltes 49 procent. Tussen gemeenten zijn de verschillen groot: in twee gemeenten is meer dan "
      "negentig procent van de haltes toegankelijk, in drie andere minder dan een derde. De provincie vergoedt via de "
      "Subsidieregeling Toegankelijke Haltes Vechtland de helft van de kosten van het aanpassen van een gemeentelijke "
      "halte, maar het budget van de regeling werd in de onderzoeksperiode niet volledig benut. Gemeenten noemden als "
      "belangrijkste reden dat zij de andere helft niet in hun investeringsprogramma hadden opgenomen."),
    P("Een haltenetwerk is zo toegankelijk als de zwakste schakel: een reiziger in een rolstoel heeft weinig aan een "
      "toegankelijke halte bij vertrek als de halte bij aankomst dat niet is. Juist de drukke haltes in de kernen "
      "liggen vaak langs gemeentelijke wegen."),
    H2("4.2  Toegankelijke voertuigen en chauffeurs"),
    P("Alle lijnbussen in de concessie hebben een lage vloer en een uitklapbare oprijplaat. Van de 24 voertuigen van "
      "Vechtland Flex zijn er negen geschikt voor het vervoer van een rolstoel. Een reiziger in een rolstoel moet bij "
      "het reserveren aangeven dat hij een aangepast voertuig nodig heeft; in de praktijk betekent dat in sommige "
      "deelgebieden een wachttijd van meer dan een uur, omdat het enige aangepaste voertuig elders rijdt."),
    P("Tijdens onze proefritten met een ervaringsdeskundige in een rolstoel ging het bij vijf van de twaalf ritten mis "
      "bij het in- of uitstappen. De oprijplaat werd niet of verkeerd uitgeklapt, de rolstoel werd niet vastgezet of "
      "de chauffeur wist niet hoe de bevestigingsriemen werkten. Vechtstreek Vervoer biedt nieuwe chauffeurs een "
      "instructie over toegankelijkheid als onderdeel van de introductie, maar een praktijktraining ontbreekt, en "
      "chauffeurs van de onderaannemers van Flex krijgen ook die instructie niet."),
    H2("4.3  Conclusie"),
    P("Het busvervoer in Vechtland is voor reizigers met een beperking maar ten dele bruikbaar. De verbeteringen die "
      "daarvoor nodig zijn, liggen bij verschillende partijen: de provincie als opdrachtgever en wegbeheerder, de "
      "vervoerder als werkgever van de chauffeurs, en de gemeenten als beheerder van de meeste haltes. Juist omdat "
      "de verantwoordelijkheden verdeeld zijn, is het van belang dat ieder zijn deel oppakt en dat de provincie de "
      "regie houdt."),

    H("Bijlage  Geraadpleegde organisaties"),
    P("Voor dit onderzoek hebben wij gesproken met vertegenwoordigers van de volgende organisaties:"),
    dashes(
        "provincie Vechtland: team concessiebeheer, team wegbeheer, concerncontrol en de griffie;",
        "Vechtstreek Vervoer B.V.: directie, afdeling planning, klantcontactcentrum en twee chauffeurs;",
        "de gemeenten Hardenbrug, Oosterzand, Rheezerveen, Vechtmonde en Wijhesteen;",
        "het ROCOV Vechtland;",
        "de Cliëntenraad Toegankelijkheid Oost en de regionale afdeling van een landelijke ouderenbond.",
    ),
)

REPORT = Document(
    title="Op tijd, op maat?",
    subtitle="Onderzoek naar de sturing op de busconcessie Vechtland-Oost en het vraagafhankelijk vervoer in het "
             "landelijk gebied",
    blocks=REPORT_BLOCKS,
    footer="{page}",
    font_family="sans",
    title_page=True,
    imprint=("Rekenkamer Vechtland", "Ommerveen, september 2025", "Rapport 2025/03"),
)

# --------------------------------------------------------------------------------------------------------------
# Response: letter of Gedeputeerde Staten
# --------------------------------------------------------------------------------------------------------------

EV2 = ("Wij sturen Provinciale Staten vanaf juni 2026 jaarlijks, gelijktijdig met de jaarstukken, een "
       "concessierapportage met de indicatoren die u noemt.")
EV4 = "Wij achten het niet opportuun om de lopende concessie op dit punt open te breken."
EV5 = "Deze aanbeveling nemen wij over."
EV6 = "Deze aanbeveling nemen wij niet over."
EV7 = ("Met ingang van de dienstregeling van 14 december 2025 kunnen reizigers een rit met Vechtland Flex tot dertig "
       "minuten voor vertrek reserveren.")
EV8 = ("Wij gaan samen met Vechtstreek Vervoer en de beheerders van de reisplanners verkennen of dat technisch "
       "mogelijk is en wat het kost.")
EV9 = ("Wij laten dit onderzoek uitvoeren door een extern bureau; Provinciale Staten ontvangen de resultaten uiterlijk "
       "in september 2026, ruim voor de behandeling van het ontwerp-programma van eisen.")
EV10 = ("Wij zien geen meerwaarde in het samenvoegen van beide vervoersystemen: de gemeenten hebben hun Wmo-vervoer in "
        "2024 voor zes jaar aanbesteed, en de ervaringen elders laten zien dat de beloofde besparingen zelden worden "
        "gehaald.")
EV12 = "Wij nemen deze aanbeveling gedeeltelijk over."
EV13 = ("Vechtstreek Vervoer heeft ons toegezegd dat alle chauffeurs, ook die van de onderaannemers van Vechtland "
        "Flex, vóór 1 december 2026 de praktijktraining hebben gevolgd en dat de training daarna iedere drie jaar "
        "wordt herhaald.")
EV14 = ("Wij vinden die kwartaalcijfers voldoende en zullen de vervoerder niet vragen om daarnaast maandcijfers per "
        "lijn te publiceren.")
EV15 = ("Zij hebben afgesproken dat iedere gemeente uiterlijk medio 2026 een planning opstelt voor haar haltes met meer "
        "dan vijftig in- en uitstappers per dag; voor de overige haltes leggen zij zich nog niet vast op 2030, zolang "
        "onduidelijk is of de rijksbijdrage voor toegankelijkheid na 2027 doorloopt.")

RESPONSE_BLOCKS = (
    P("Aan de Rekenkamer Vechtland"),
    P("t.a.v. mevrouw drs. M.A. Kuipers-Ten Have, directeur"),
    P("Ommerveen, 14 oktober 2025. Kenmerk: 2025-0047812. Onderwerp: bestuurlijke reactie op het rapport ‘Op tijd, op "
      "maat?’"),
    P("Geachte mevrouw Kuipers,"),
    P("Op 2 september 2025 ontvingen wij uw conceptrapport ‘Op tijd, op maat?’ over de sturing op de busconcessie "
      "Vechtland-Oost en het vraagafhankelijk vervoer in het landelijk gebied. Wij danken u voor het zorgvuldige "
      "onderzoek en voor de gesprekken die uw onderzoekers hebben gevoerd met onze medewerkers, met Vechtstreek "
      "Vervoer, met de gemeenten en met het ROCOV Vechtland. In deze brief geven wij onze bestuurlijke reactie. Zoals "
      "u ons vroeg, hebben wij daarin ook de reacties van Vechtstreek Vervoer en van de gemeenten in het "
      "concessiegebied verwerkt."),
    H2("Algemeen"),
    P("Het openbaar vervoer in Vechtland heeft zware jaren achter de rug. Na de coronacrisis bleven de reizigers lange "
      "tijd weg, terwijl de kosten van personeel, brandstof en materieel sterk stegen. In 2022 en 2023 kwam daar een "
      "landelijk tekort aan buschauffeurs bij, waardoor Vechtstreek Vervoer maandenlang ritten moest schrappen. Met "
      "aanvullende bijdragen van in totaal 6,1 miljoen euro hebben wij in die periode voorkomen dat lijnen definitief "
      "werden opgeheven. Inmiddels groeit het aantal reizigers weer en is de uitval teruggebracht tot onder één "
      "procent."),
    P("Wij herkennen het beeld dat uw rapport schetst. Wij onderschrijven uw conclusie dat wij de afgelopen jaren te "
      "weinig zicht hadden op de prestaties van het vraagafhankelijk vervoer en dat Provinciale Staten daarover "
      "beter geïnformeerd hadden moeten worden. Tegelijk vragen wij begrip voor de omstandigheden waaronder in de "
      "onderzoeksperiode moest worden gewerkt: de continuïteit van het vervoer had voor ons college voorrang boven "
      "al het andere."),
    P("Uw rapport verschijnt op een goed moment. In 2026 en 2027 bereiden wij de aanbesteding van de nieuwe concessie "
      "voor, die in december 2029 ingaat. Uw bevindingen en aanbevelingen zijn daarvoor een waardevolle bouwsteen."),
    H2("Reactie op de aanbevelingen"),
    P("Hieronder gaan wij in op uw aanbevelingen, in de volgorde waarin zij in uw bestuurlijke nota staan. Waar een "
      "aanbeveling niet aan ons college is gericht, geven wij aan hoe wij ermee omgaan."),
    H3("Doelen en informatie voor Provinciale Staten"),
    P("U beveelt Provinciale Staten aan om ‘bij de vaststelling van het programma van eisen meetbare doelen vast te "
      "stellen voor de bereikbaarheid van kleine kernen’. Deze aanbeveling is gericht aan Provinciale Staten; wij "
      "laten het oordeel aan hen. Het ontwerp-programma van eisen voor de nieuwe concessie leggen wij in het voorjaar "
      "van 2027 aan Provinciale Staten voor, na een consultatie van de gemeenten, het ROCOV Vechtland en de "
      "vervoerders."),
    P("U beveelt Provinciale Staten ook aan om ‘Gedeputeerde Staten te vragen jaarlijks te rapporteren over de "
      "prestaties van de concessie’ aan de hand van een vaste set indicatoren. Hoewel deze aanbeveling aan "
      "Provinciale Staten is gericht, wachten wij een verzoek van de Staten niet af. " + EV2 + " De rapportage "
      "bevat naast de cijfers over de gehele concessie ook cijfers per deelgebied van Vechtland Flex.",
      answers=(Answer("2", "agree", EV2),)),
    P("Verder beveelt u Provinciale Staten aan om ‘het vraagafhankelijk vervoer als afzonderlijk onderdeel op te nemen "
      "in de programmabegroting’. Ook deze aanbeveling is gericht aan Provinciale Staten; wij laten het oordeel aan "
      "hen. De kosten van Vechtland Flex maken op dit moment deel uit van de exploitatiebijdrage aan de concessie, "
      "die in programma 3 Mobiliteit als één bedrag is opgenomen."),
    H3("Bediening en contractbeheer"),
    P("U beveelt aan om ‘met Vechtstreek Vervoer een minimale bedieningsgarantie vast te leggen’ voor iedere kern met "
      "meer dan 500 inwoners. Wij delen uw zorg over de bereikbaarheid van de kleine kernen, en wij herkennen dat in "
      "een aantal kernen gaten in de bediening zitten die voor inwoners zonder auto moeilijk te overbruggen zijn. Een "
      "uurlijkse verbinding in al deze kernen zou volgens een berekening van Vechtstreek Vervoer circa 2,9 miljoen "
      "euro per jaar extra kosten, terwijl een groot deel van die ritten vrijwel leeg zou rijden. De concessie biedt "
      "bovendien geen ruimte om een dergelijke verplichting eenzijdig op te leggen. " + EV4 + " Het bedieningsniveau "
      "van de kleine kernen is bij uitstek een keuze die Provinciale Staten maken bij het programma van eisen voor de "
      "nieuwe concessie.",
      answers=(Answer("4", "disagree", EV4),)),
    P("U beveelt aan om ‘de formatie voor concessiebeheer uit te breiden met ten minste twee fte’. " + EV5 + " In de "
      "begroting 2026 hebben wij structureel 190.000 euro opgenomen voor een contractmanager en een data-analist. De "
      "vacatures worden dit najaar opengesteld, zodat beide functies in het voorjaar van 2026 zijn vervuld.",
      answers=(Answer("5", "agree", EV5),)),
    P("U beveelt aan om ‘de boeteregeling uit de concessie consequent toe te passen’ en iedere beslissing om een boete "
      "te matigen of kwijt te schelden schriftelijk en gemotiveerd vast te leggen. " + EV6 + " De uitval in 2022 en "
      "2023 was vrijwel geheel het gevolg van het landelijke tekort aan buschauffeurs, waarop de vervoerder weinig "
      "invloed had. Het volledig opleggen van de boetes had de financiële positie van Vechtstreek Vervoer verder "
      "verzwakt en de dienstverlening aan reizigers niet verbeterd. Onze besluiten over matiging staan al in de "
      "openbare besluitenlijsten van ons college; een aanvullende motiveringsplicht per geval voegt daar naar ons "
      "oordeel weinig aan toe. Wij willen de ruimte behouden om per situatie af te wegen wat het beste is voor de "
      "reiziger.",
      answers=(Answer("6", "disagree", EV6),)),
    H3("Vechtland Flex"),
    P("U beveelt aan om ‘de reserveringstermijn van Vechtland Flex terug te brengen van zestig naar dertig "
      "minuten’. " + EV7 + " De extra kosten, 410.000 euro per jaar voor twee extra voertuigen en een aanpassing van "
      "de boekingssoftware, hebben wij in de begroting 2026 opgenomen. Vechtstreek Vervoer informeert de reizigers in "
      "november via de app, de website en de haltes.",
      answers=(Answer("7", "agree", EV7),)),
    P("U beveelt aan om ‘ervoor te zorgen dat ritten van Vechtland Flex in de landelijke reisplanners als reisoptie "
      "worden getoond en kunnen worden geboekt’. Wij zien het belang hiervan: een verbinding die reizigers niet "
      "kunnen vinden, wordt ook niet gebruikt. De landelijke reisplanners zijn echter niet op vraagafhankelijk vervoer "
      "ingericht, en in andere provincies is een koppeling tot nu toe alleen in proeven gerealiseerd. " + EV8 + " Over "
      "de uitkomst informeren wij Provinciale Staten in de eerste concessierapportage.",
      answers=(Answer("8", "partial", EV8),)),
    P("U beveelt aan om ‘vóór het opstellen van het programma van eisen te laten onderzoeken wat Vechtland Flex per rit "
      "en per deelgebied kost’, wie er gebruik van maken en welke ritaanvragen niet worden uitgevoerd, en om met de "
      "gemeenten afspraken te maken over het samenvoegen van het Wmo-vervoer en Vechtland Flex. " + EV9 + " Bij dat "
      "onderzoek betrekken wij ook de reizigers die Flex niet of niet meer gebruiken. " + EV10 + " Wel blijven wij "
      "met de gemeenten in gesprek over het gezamenlijk gebruik van overstappunten en wachtruimtes.",
      answers=(Answer("9", "agree", EV9), Answer("10", "disagree", EV10))),
    H3("Toegankelijkheid"),
    P("U beveelt aan om ‘in het ontwerp-programma van eisen op te nemen dat alle voertuigen, ook die van het "
      "vraagafhankelijk vervoer, toegankelijk zijn voor reizigers in een rolstoel’. " + EV12 + " Voor de lijnbussen "
      "is dat nu al het geval en zal het in de nieuwe concessie ook een harde eis zijn. Voor het vraagafhankelijk "
      "vervoer stellen wij Provinciale Staten voor om te eisen dat in ieder deelgebied ten minste de helft van de "
      "voertuigen een rolstoel kan vervoeren. Volledig aangepaste wagenparken maken het vraagafhankelijk vervoer "
      "aanzienlijk duurder, terwijl het aantal ritten met een rolstoel beperkt is.",
      answers=(Answer("12", "partial", EV12),)),
    H3("Vechtstreek Vervoer en de gemeenten"),
    P("U beveelt Vechtstreek Vervoer aan om ‘alle chauffeurs, ook die van onderaannemers, uiterlijk in 2026 een "
      "praktijktraining te laten volgen in het begeleiden van reizigers met een beperking’. Wij hebben uw aanbeveling "
      "op 30 september 2025 met de directie van Vechtstreek Vervoer besproken. " + EV13 + " Wij leggen die toezegging "
      "vast in de jaarlijkse uitvoeringsafspraken en vragen de vervoerder om in de concessierapportage te melden "
      "hoeveel chauffeurs de training hebben afgerond.",
      answers=(Answer("13", "agree", EV13),)),
    P("U beveelt Vechtstreek Vervoer verder aan om ‘iedere maand per buslijn de punctualiteit en het aantal "
      "uitgevallen ritten te publiceren’. Vechtstreek Vervoer publiceert de punctualiteit nu ieder kwartaal per "
      "deelgebied op haar website, en de ritgegevens zijn via de landelijke databank voor iedereen openbaar. Per lijn "
      "schommelen de maandcijfers sterk door wegwerkzaamheden en weersomstandigheden, zodat losse maandcijfers eerder "
      "een vertekend dan een helder beeld geven. " + EV14,
      answers=(Answer("14", "disagree", EV14),)),
    P("U beveelt de gemeenten aan om ‘de haltes waarvan zij wegbeheerder zijn vóór 2030 toegankelijk te maken’. De "
      "gemeenten in het concessiegebied hebben in het Bestuurlijk Overleg Mobiliteit van 25 september 2025 op deze "
      "aanbeveling gereageerd. " + EV15 + " Wij ondersteunen de gemeenten door de Subsidieregeling Toegankelijke "
      "Haltes Vechtland te verlengen tot en met 2029.",
      answers=(Answer("15", "partial", EV15),)),
    H2("Tot slot"),
    P("Uw rapport laat zien dat er nog veel te verbeteren valt aan het busvervoer in het landelijk gebied. Wij zien "
      "het als een steun in de rug bij de voorbereiding van de nieuwe concessie, waarin de bereikbaarheid van de "
      "kleine kernen en de toegankelijkheid een centrale plaats krijgen. Wij gaan graag met Provinciale Staten in "
      "gesprek over de keuzes die daarbij moeten worden gemaakt."),
    P("Een afschrift van deze brief zenden wij aan Provinciale Staten, aan Vechtstreek Vervoer en aan de colleges van "
      "burgemeester en wethouders van de gemeenten in het concessiegebied."),
    P("Met vriendelijke groet,"),
    P("Gedeputeerde Staten van Vechtland,"),
    P("de secretaris, ing. R.J. Otten-Mulder"),
    P("de voorzitter, mr. H.A. de Wilde-Brink"),
)

RESPONSE = Document(
    title="Bestuurlijke reactie",
    subtitle="Gedeputeerde Staten van Vechtland aan de Rekenkamer Vechtland over het rapport ‘Op tijd, op maat?’",
    blocks=RESPONSE_BLOCKS,
    footer="Pagina {page} van {pages}",
    font_family="serif",
    title_page=False,
)

PAIR = Pair(
    name="provincial_transit_audit",
    report=REPORT,
    response=RESPONSE,
    description="Rekenkamer Vechtland audit of a provincial bus concession (15 unnumbered en-dash recommendations "
                "under bold addressee lead-ins after a numbered list of conclusions) and the letter of Gedeputeerde "
                "Staten answering them in order without numbers; two to Provinciale Staten left to the Staten, one "
                "skipped, two answered in one paragraph.",
)
