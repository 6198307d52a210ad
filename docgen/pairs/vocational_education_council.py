"""Pair: a fictional Adviesraad voor het Beroepsonderwijs advice on the future of mbo, and the OCW minister's answer.

Layout traits of the report (sans, title page, running header): a "Kern van het advies" page up front with five
bold paragraphs "Aanbeveling N – Zorg voor ..." (label and text in one paragraph, joined by an en dash).  These are
summaries of the five groups, printed as paragraphs and not as list items; in the gold they are NOT recommendations
of their own (and not duplicates either, since none of them repeats one sub-recommendation).  Chapters 2-6 each
work out one main recommendation and end with a level-2 heading "Aanbeveling N: ...", a lead-in and a "1)"-style
list whose items carry the numbers "1a", "1b", ... so they print as "1a)", "1b)"; these sixteen sub-recommendations
are the gold recommendations.  Bulleted lists of findings and a bulleted annex of interlocutors are no
recommendations.

The response is a letter of the minister of OCW (letterhead, no title page): thanks, a summary of the advice and
general paragraphs without a position (agreeing with the aim of stages without discrimination, describing the
existing Stagepact), one paragraph that answers 5a by subject (a committed structural amount and date, no cue
word), then an annex table "Aanbeveling | Standpunt | Toelichting" with bold group rows per main recommendation,
horizontal rules only; the Aanbeveling cell holds the number and a short paraphrase on two lines, and the
combined row "2a en 2b" breaks across a page (header repeated).  Report 11 pages, response 5.  The gold passage
of a table answer is its Toelichting cell; the Standpunt cell is one or two words and sometimes disagrees with
the Toelichting; the gold follows the Toelichting.  Gold positions:
  1a  agree         "Overnemen"; wetswijziging WEB, "Ik neem deze aanbeveling over."
  1b  not_addressed "Aan de sector"; the Stichting will come back to it in its jaarplan (passed on, no position)
  1c  agree         Standpunt "Aan de sector" but the minister lays it down in the bestuursafspraken (no cue word)
  1d  disagree      (SZW) existing Arbowet duty given as reason, "ziet daarom geen aanleiding"
  2a  disagree      combined row "2a en 2b" with Standpunt "Deels overnemen": "urennorm past niet bij ..."
  2b  agree         same cell: 22 miljoen euro per year from 2026-2027 for intake screening (no cue word)
  2c  partial       Standpunt "Overnemen" but the Toelichting only inventories first ("laat eerst in kaart brengen")
  3a  agree         DUO builds the overview, online 1 October 2026 (no cue word in the Toelichting)
  3b  not_addressed "Aan gemeenten"; the Toelichting only describes existing regional cooperation
  3c  disagree      "acht het echter niet opportuun" (polite), after sharing the concern
  4a  agree         the recommendation asks for a monitor; the minister commits to a biennial monitor
  4b  partial       pilot in eight regions; an obligation is "nu te vroeg"
  4c  disagree      blunt "Ik neem deze aanbeveling niet over." (lesgeld)
  5a  agree         answered first in the letter body by subject (vaste voet from 1 January 2027, 40 miljoen), then
                    again in the table ("Zie paragraaf 3"); first answer decides
  5b  partial       "Verkennen": "Ik verken ... of en onder welke voorwaarden"
  5c  not_addressed "Aan de sector"; MBO Raad and employers will react themselves
Department codes: OCW for the minister, OTHER for the MBO Raad / mbo-instellingen, the fictional Stichting
Praktijkleren en Beroep and employers, GEMEENTEN for municipalities, SZW for 1d.  All prose is fictional and written
for this test set.
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


def bullets(*texts: str) -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style="•")


def subrecs(*items: tuple[str, tuple[str, ...], str]) -> ItemList:
    """A "1)"-style list whose labels are the sub-recommendation numbers ("1a)", "1b)", ...)."""
    return ItemList(
        items=tuple(ListItem(text, recommendation=Recommendation(number, tuple(depts)))
                    for number, depts, text in items),
        style="1)",
    )


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H("Kern van het advies"),
    P("Het middelbaar beroepsonderwijs leidt ruim de helft van de Nederlandse beroepsbevolking op. Verpleegkundigen, "
      "installateurs, onderwijsassistenten, koks en laboranten beginnen hun loopbaan in het mbo. Toch krijgt het mbo "
      "in het publieke debat en in het beleid minder aandacht dan zijn betekenis rechtvaardigt. De Adviesraad voor "
      "het Beroepsonderwijs ziet vijf opgaven die de komende tien jaar bepalen of het mbo zijn belofte kan "
      "waarmaken: iedere student een eerlijke kans op een goede opleiding en een goede start op de arbeidsmarkt."),
    P("De raad vat zijn advies samen in vijf aanbevelingen. Elke aanbeveling wordt in de hoofdstukken 2 tot en met 6 "
      "verder uitgewerkt in concrete deelaanbevelingen, gericht aan de minister van Onderwijs, Cultuur en "
      "Wetenschap, de "
      "minister van Sociale Zaken en Werkgelegenheid, de mbo-instellingen, het bedrijfsleven en de gemeenten."),
    P("Aanbeveling 1 – Zorg voor stages zonder discriminatie. Iedere student moet een stageplaats kunnen vinden op "
      "grond van wat hij kan, niet op grond van zijn naam, afkomst of woonplaats. Leerbedrijven die discrimineren, "
      "horen daar consequenties van te ondervinden.", bold=True),
    P("Aanbeveling 2 – Maak taal weer de basis van het beroepsonderwijs. Een groeiende groep studenten stroomt in "
      "met "
      "een taalachterstand die hen in de opleiding, in de stage en later in het beroep hindert.", bold=True),
    P("Aanbeveling 3 – Stem het opleidingsaanbod beter af op de regionale arbeidsmarkt. Studenten moeten weten waar "
      "zij aan toe zijn, en de regio moet kunnen rekenen op vakmensen in de beroepen die zij nodig heeft.",
      bold=True),
    P("Aanbeveling 4 – Geef het welzijn van mbo-studenten een vaste plek. Stress, geldzorgen en psychische klachten "
      "leiden vaker dan vroeger tot uitval; hulp moet dichtbij en zonder drempels beschikbaar zijn.", bold=True),
    P("Aanbeveling 5 – Bescherm kleine opleidingen met grote maatschappelijke waarde. De huidige bekostiging duwt "
      "instellingen ertoe kleine maar onmisbare opleidingen te sluiten.", bold=True),
    P("De raad beseft dat niet alle aanbevelingen tegelijk kunnen worden uitgevoerd. Hij vraagt de minister de "
      "eerste drie aanbevelingen met voorrang op te pakken, omdat daar de kansen van studenten het meest direct in "
      "het geding zijn."),
    PageBreak(),
    H("Voorwoord"),
    P("In het voorjaar van 2024 vroeg de minister van Onderwijs, Cultuur en Wetenschap de Adviesraad voor het "
      "Beroepsonderwijs om een verkenning van de toekomst van het mbo. De aanleiding was een optelsom van signalen: "
      "berichten over stagediscriminatie, zorgen van docenten over de taalvaardigheid van hun studenten, tekorten "
      "op de arbeidsmarkt die niet overal met het opleidingsaanbod overeenkomen en een stijgend aantal studenten "
      "dat met psychische klachten kampt."),
    P("De raad heeft voor dit advies gesproken met studenten, docenten, bestuurders, praktijkopleiders, "
      "werkgevers, wethouders en onderzoekers. Hij bezocht twaalf instellingen in alle delen van het land. Wij zijn "
      "allen die hun tijd en ervaring met ons deelden zeer erkentelijk. In het bijzonder danken wij de studenten van "
      "de klankbordgroep, die de raad meer dan eens op het verschil tussen beleid en praktijk wezen."),
    P("Namens de Adviesraad voor het Beroepsonderwijs,"),
    P("dr. A.C. van Rijswijk-Demir, voorzitter          drs. J.P. Oudeman, secretaris"),
    H("1 Inleiding"),
    H2("Aanleiding en adviesvraag"),
    P("Het mbo telt ongeveer 500.000 studenten, verdeeld over ruim zestig bekostigde instellingen en een groot "
      "aantal niet-bekostigde opleiders. Ongeveer twee derde van hen volgt de beroepsopleidende leerweg (bol), "
      "waarin de student vooral op school leert en daarnaast stage loopt; een derde volgt de beroepsbegeleidende "
      "leerweg (bbl), waarin de student werkt bij een leerbedrijf en een of twee dagen per week naar school gaat."),
    P("De minister vroeg de raad om antwoord op de volgende vragen:"),
    bullets(
        "Welke belemmeringen ervaren mbo-studenten bij het vinden van een stage of leerbaan, en wat is nodig om "
        "discriminatie daarbij tegen te gaan?",
        "Hoe kan het mbo de taal- en rekenvaardigheid van studenten versterken zonder de beroepsgerichte kern van "
        "de opleidingen aan te tasten?",
        "Hoe kan de afstemming tussen het opleidingsaanbod en de regionale arbeidsmarkt worden verbeterd?",
        "Wat is nodig om het welzijn van mbo-studenten te bevorderen en uitval door psychische en financiële "
        "problemen te voorkomen?",
        "Hoe kan de bekostiging bijdragen aan het behoud van kleine opleidingen die voor de regio of voor een "
        "sector van groot belang zijn?",
    ),
    H2("Werkwijze"),
    P("De raad heeft gebruikgemaakt van bestaand onderzoek, van cijfers van DUO, de Inspectie van het Onderwijs en "
      "het CBS, en van een eigen enquête onder 2.140 mbo-studenten en 610 docenten. Daarnaast voerde de raad "
      "gesprekken met ruim honderd betrokkenen, van wie de meesten in de bijlage worden genoemd. Een "
      "klankbordgroep van acht studenten las de conceptteksten mee.",
      footnotes=("De enquête werd in november en december 2024 afgenomen door een onafhankelijk onderzoeksbureau; "
                 "de respons is gewogen naar niveau, leerweg en sector.",)),
    H2("Leeswijzer"),
    P("Ieder van de hoofdstukken 2 tot en met 6 behandelt een van de vijf opgaven. Elk hoofdstuk begint met een "
      "schets van de situatie en de knelpunten en eindigt met de aanbeveling van de raad, uitgewerkt in "
      "deelaanbevelingen. Voor de leesbaarheid zijn de deelaanbevelingen genummerd naar de hoofdaanbeveling waar "
      "zij bij horen (1a, 1b, enzovoort). Hoofdstuk 7 bevat enkele slotopmerkingen."),
    PageBreak(),
    # ---------------------------------------------------------------------------------------------- chapter 2
    H("2 Stages zonder uitsluiting"),
    H2("Het belang van de stage"),
    P("De stage is het hart van het beroepsonderwijs. In de beroepspraktijkvorming leert de student wat geen "
      "lokaal hem kan leren: het werk zelf, de omgang met collega's en klanten, de ongeschreven regels van het vak. "
      "Voor veel studenten is de stage ook de eerste stap naar een baan: ruim een derde van de gediplomeerden gaat "
      "na het diploma aan de slag bij een bedrijf waar hij eerder stage liep."),
    P("Leerbedrijven worden erkend door de Stichting Praktijkleren en Beroep, waarin onderwijs en bedrijfsleven "
      "samenwerken. Er zijn ruim 250.000 erkende leerbedrijven. De erkenning is een voorwaarde om stagiairs en "
      "bbl-studenten te mogen begeleiden. Aan de erkenning zijn eisen verbonden over begeleiding, werkomstandigheden "
      "en de inhoud van het werk, maar niet over de wijze waarop het leerbedrijf stagiairs selecteert."),
    H2("Stagediscriminatie"),
    P("Uit onderzoek blijkt al jaren dat studenten met een migratieachtergrond vaker en langer naar een stage zoeken "
      "dan hun medestudenten. In de enquête van de raad gaf 23 procent van de studenten met een niet-westerse "
      "migratieachtergrond aan bij het zoeken naar een stage te zijn afgewezen om redenen die volgens hen met hun "
      "afkomst, naam of geloof te maken hadden. Onder de overige studenten was dat 4 procent. Ook studenten met een "
      "beperking en studenten uit bepaalde wijken rapporteren vaker afwijzingen zonder duidelijke reden."),
    P("Het gaat daarbij niet alleen om openlijke uitsluiting. Vaker gaat het om een stilzwijgende voorkeur voor de "
      "student die 'beter in het team past', om een reactie die uitblijft of om een stagebegeleider op school die "
      "een student aanraadt om te solliciteren bij een bedrijf 'waar het makkelijker gaat'. Zulke mechanismen zijn "
      "moeilijk te bewijzen, maar hun effect is goed meetbaar: studenten lopen vertraging op, verlagen hun ambities "
      "of stoppen met de opleiding.",
      footnotes=("Zie onder meer de jaarlijkse studentenmonitor en recent veldonderzoek met fictieve sollicitaties "
                 "bij leerbedrijven in drie sectoren.",)),
    P("De raad heeft gezien dat veel instellingen en leerbedrijven zich tegen stagediscriminatie inzetten. Sinds "
      "2022 bestaat een landelijk Stagepact waarin onderwijs, bedrijfsleven en overheid afspraken hebben gemaakt. "
      "Er zijn voorlichtingscampagnes, trainingen voor praktijkopleiders en meldpunten op scholen. Deze inzet is "
      "waardevol, maar de resultaten blijven achter. De raad constateert drie knelpunten:"),
    bullets(
        "een leerbedrijf dat aantoonbaar discrimineert, behoudt in de praktijk zijn erkenning, omdat de regels "
        "geen grondslag bieden om die in te trekken;",
        "de student zoekt zijn stage grotendeels zelf, waardoor hij het eerste en meest kwetsbare contact met het "
        "leerbedrijf alleen aangaat;",
        "meldingen worden per instelling anders en vaak helemaal niet geregistreerd, waardoor niemand weet hoe "
        "groot het probleem is en waar het zich voordoet.",
    ),
    P("Daarnaast wijst de raad op een juridische lacune. Werkgevers moeten bij de werving en selectie van "
      "werknemers zorgen voor een werkwijze die discriminatie voorkomt. Voor stagiairs, die geen werknemer zijn, "
      "geldt die plicht niet uitdrukkelijk. Dat is moeilijk uit te leggen, omdat de selectie van een stagiair voor "
      "veel jongeren de eerste ervaring met een sollicitatie is."),
    H2("Aanbeveling 1: stages zonder discriminatie"),
    P("Om stagediscriminatie tegen te gaan, adviseert de raad het volgende:", bold=True),
    subrecs(
        ("1a", ("OCW",),
         "Minister van OCW: leg in de Wet educatie en beroepsonderwijs vast dat de erkenning van een leerbedrijf "
         "kan worden ingetrokken wanneer is vastgesteld dat het bedrijf bij de selectie van stagiairs "
         "discrimineert."),
        ("1b", ("OTHER",),
         "Stichting Praktijkleren en Beroep en werkgevers: voer in alle sectoren een werkwijze in waarbij de school "
         "en niet de student de kandidaat bij het leerbedrijf voordraagt, zodat de eerste selectie zonder naam en "
         "foto plaatsvindt."),
        ("1c", ("OTHER",),
         "Mbo-instellingen en de MBO Raad: registreer iedere melding van stagediscriminatie op een uniforme manier "
         "en rapporteer daarover jaarlijks in het jaarverslag."),
        ("1d", ("SZW",),
         "Minister van SZW: breid de wettelijke plicht van werkgevers om te zorgen voor een werkwijze die "
         "discriminatie bij werving en selectie voorkomt, uitdrukkelijk uit tot de werving en selectie van "
         "stagiairs."),
    ),
    # ---------------------------------------------------------------------------------------------- chapter 3
    H("3 Taal als basis"),
    H2("Een groeiende achterstand"),
    P("Docenten die de raad sprak, waren opvallend eensgezind: steeds meer studenten hebben moeite met lezen en "
      "schrijven. Zij begrijpen een werkinstructie niet goed, schrijven een rapportage die voor een collega "
      "onleesbaar is of haken af bij een theorietoets, terwijl zij het vak in de praktijk goed beheersen. De cijfers "
      "bevestigen dat beeld. Bij de instroom in niveau 2 beheerst ongeveer een derde van de studenten het "
      "taalniveau niet dat bij het einde van het funderend onderwijs wordt verwacht."),
    P("Voor het beroep is dat geen detail. Een verzorgende moet een zorgplan kunnen lezen en bijhouden; een monteur "
      "moet een veiligheidsvoorschrift begrijpen; een medewerker in de kinderopvang moet met ouders kunnen "
      "communiceren. In de enquête gaf 41 procent van de praktijkopleiders aan dat de taalvaardigheid van "
      "stagiairs het leren op de werkplek belemmert."),
    H2("Wat er nu gebeurt"),
    P("Nederlands is een verplicht onderdeel van iedere mbo-opleiding en wordt centraal geëxamineerd op niveau 3 "
      "en 4. Instellingen bepalen zelf hoeveel onderwijstijd zij aan taal besteden en hoe zij dat organiseren. De "
      "raad zag grote verschillen: de ene instelling screent iedere nieuwe student en biedt taalondersteuning op "
      "maat, de andere biedt een uur Nederlands per week in een groep die naar niveau niet is ingedeeld. Uit de "
      "enquête blijkt verder dat de onderwijstijd voor Nederlands in de entreeopleiding en op niveau 2 tussen "
      "instellingen uiteenloopt van minder dan veertig tot meer dan tweehonderd uur per jaar."),
    P("Taal leer je niet alleen in de les Nederlands. Onderzoek laat zien dat studenten het meest vooruitgaan "
      "wanneer ook in de beroepsgerichte vakken aandacht is voor taal: het leren van vaktaal, het lezen van "
      "vakteksten, het schrijven van verslagen. Deze aanpak, taalgericht vakonderwijs, vraagt wel iets van "
      "docenten. Slechts een minderheid van de docenten in de beroepsgerichte vakken heeft er scholing in gehad."),
    P("De raad heeft overwogen of de taaleisen in het examen moeten worden verzwaard. Hij ziet daar geen heil in: "
      "een zwaarder examen zonder beter onderwijs leidt vooral tot meer uitval. De raad kiest daarom voor "
      "maatregelen in het onderwijs zelf: voldoende onderwijstijd, vroegtijdige signalering en docenten die taal in "
      "hun vak kunnen onderwijzen."),
    H2("Aanbeveling 2: taal als basis"),
    P("Om de taalvaardigheid van mbo-studenten te versterken, adviseert de raad:", bold=True),
    subrecs(
        ("2a", ("OCW",),
         "Minister van OCW: stel voor de entreeopleiding en de opleidingen op niveau 2 een landelijke minimale "
         "onderwijstijd vast van 120 uur per studiejaar voor Nederlandse taal."),
        ("2b", ("OTHER",),
         "Mbo-instellingen: screen iedere nieuwe student bij de intake op taalvaardigheid en stel voor studenten met "
         "een achterstand een persoonlijk taalplan op dat in de opleiding wordt gevolgd."),
        ("2c", ("OCW",),
         "Minister van OCW: bied alle docenten van beroepsgerichte vakken binnen vier jaar een door het Rijk "
         "bekostigde scholing in taalgericht vakonderwijs aan."),
    ),
    # ---------------------------------------------------------------------------------------------- chapter 4
    H("4 Opleiden voor de regio"),
    H2("Tekorten en overschotten naast elkaar"),
    P("De arbeidsmarkt is krap, maar niet voor ieder beroep en niet in iedere regio. In de techniek, de zorg, het "
      "onderwijs en de bouw zijn de tekorten groot en blijven zij volgens de prognoses de komende jaren groot. "
      "Tegelijk zijn er opleidingen waarvan een groot deel van de gediplomeerden een jaar na het diploma geen werk "
      "op het eigen niveau heeft gevonden. In sommige regio's volgen meer studenten een opleiding in de "
      "mediavormgeving of de sport dan de regionale arbeidsmarkt kan opnemen, terwijl de opleiding tot "
      "elektrotechnicus of doktersassistent er onvoldoende studenten trekt."),
    P("Studenten kiezen hun opleiding vaak op jonge leeftijd en op basis van interesse, wat goed is. Maar zij doen "
      "dat dikwijls zonder te weten hoe hun kansen op werk zijn. De informatie daarover bestaat wel, maar is "
      "verspreid over verschillende websites en bronnen en is moeilijk te vergelijken. Loopbaanbegeleiders in het "
      "vmbo gaven aan dat zij zelf ook geen goed overzicht hebben.",
      footnotes=("Gegevens over de positie van gediplomeerden op de arbeidsmarkt zijn beschikbaar bij DUO, het CBS "
                 "en UWV, maar worden niet per opleiding en per regio gecombineerd gepubliceerd.",)),
    H2("De regio als schaal"),
    P("De raad ziet de regio als de schaal waarop onderwijs en arbeidsmarkt elkaar moeten vinden. Mbo-instellingen "
      "werken daar al samen met werkgevers, bijvoorbeeld in publiek-private samenwerkingen rond techniek en zorg. "
      "Gemeenten zijn in die samenwerking minder zichtbaar, terwijl zij als uitvoerder van de Participatiewet een "
      "belangrijke rol hebben bij jongeren zonder startkwalificatie en jongeren die na hun opleiding niet aan het "
      "werk komen. De raad trof regio's aan waarin gemeenten re-integratietrajecten inkopen bij private "
      "opleiders, terwijl de mbo-instelling in dezelfde stad een vergelijkbare opleiding met lege plaatsen "
      "aanbiedt."),
    P("Ook over de omvang van het opleidingsaanbod heeft de raad zich gebogen. Instellingen zijn nu verplicht te "
      "zorgen voor een doelmatig aanbod, en bij de start van een nieuwe opleiding wordt getoetst of daar op de "
      "arbeidsmarkt behoefte aan is. Voor bestaande opleidingen gebeurt dat nauwelijks. Een opleiding met een "
      "structureel zwak arbeidsmarktperspectief kan jarenlang blijven bestaan, omdat zij studenten trekt en dus "
      "bekostiging oplevert. De raad vindt dat onwenselijk, zowel voor de studenten als voor de samenleving."),
    H2("Aanbeveling 3: opleiden voor de regio"),
    P("Voor een betere afstemming op de regionale arbeidsmarkt adviseert de raad:", bold=True),
    subrecs(
        ("3a", ("OCW",),
         "Minister van OCW: bundel de informatie over het arbeidsmarktperspectief per opleiding en per regio in één "
         "openbaar overzicht dat aankomende studenten, ouders en loopbaanbegeleiders eenvoudig kunnen raadplegen."),
        ("3b", ("GEMEENTEN",),
         "Gemeenten: maak mbo-instellingen vaste partner in de regionale aanpak van werk en inkomen en stem de "
         "inzet van re-integratiemiddelen voor jongeren af op het opleidingsaanbod in de regio."),
        ("3c", ("OCW",),
         "Minister van OCW: verplicht instellingen opleidingen met een structureel zwak arbeidsmarktperspectief in "
         "overleg met de regio af te bouwen, en maak een toets op regionale doelmatigheid daartoe bindend."),
    ),
    # ---------------------------------------------------------------------------------------------- chapter 5
    PageBreak(),
    H("5 Welzijn van studenten"),
    H2("Meer zorgen, meer uitval"),
    P("Het gaat met veel mbo-studenten goed. Zij zijn tevreden over hun opleiding en kijken met vertrouwen naar de "
      "toekomst. Maar een groeiende groep worstelt. In de enquête van de raad gaf 38 procent van de studenten aan "
      "zich vaak gestrest te voelen, en 17 procent meldde psychische klachten waarvoor zij hulp zochten of hadden "
      "willen zoeken. Studenten op niveau 1 en 2 en studenten in de bol rapporteren meer klachten dan studenten in "
      "de bbl."),
    P("Geldzorgen spelen daarbij een grote rol. Veel mbo-studenten hebben naast hun opleiding een bijbaan, soms "
      "van meer dan twintig uur per week. Studenten van 18 jaar en ouder in de bol betalen lesgeld, dat voor "
      "studenten uit gezinnen met een laag inkomen een drempel vormt. Stages zijn vaak onbetaald of laag betaald, "
      "terwijl studenten in de stageperiode minder tijd hebben voor hun bijbaan."),
    H2("Hulp op afstand"),
    P("Wie hulp zoekt, stuit vaak op lange wachtlijsten of weet niet waar hij terecht kan. Instellingen hebben "
      "studentendecanen en vertrouwenspersonen, maar hun aantal is beperkt en zij zijn geen hulpverleners. De "
      "jeugdhulp en de ggz zijn georganiseerd door gemeenten, en de overgang van jeugdhulp naar volwassenenzorg "
      "bij het achttiende jaar valt voor veel mbo-studenten midden in hun opleiding. De raad sprak met studenten "
      "die na hun achttiende verjaardag opnieuw op een wachtlijst belandden."),
    P("Enkele instellingen werken met een praktijkondersteuner of jeugdhulpverlener die op vaste dagen op de "
      "schoollocatie aanwezig is. De ervaringen zijn positief: studenten vinden sneller de weg naar hulp, en "
      "docenten weten bij wie zij terechtkunnen met hun zorgen over een student. Deze voorzieningen bestaan echter "
      "alleen waar een gemeente en een instelling daar samen geld voor vrijmaken, en zijn vaak tijdelijk."),
    P("Ten slotte merkt de raad op dat er geen goed landelijk beeld is van het welzijn van mbo-studenten. "
      "Onderzoeken zijn incidenteel, gebruiken verschillende definities en splitsen zelden uit naar niveau of "
      "leerweg. Daardoor is niet te volgen of de situatie verbetert of verslechtert, en of maatregelen effect "
      "hebben."),
    H2("Aanbeveling 4: welzijn als vaste opgave"),
    P("Om het welzijn van mbo-studenten te bevorderen, adviseert de raad:", bold=True),
    subrecs(
        ("4a", ("OCW",),
         "Minister van OCW: breng het welzijn van mbo-studenten voortaan iedere twee jaar in beeld met een "
         "landelijke monitor die uitsplitst naar niveau, leerweg en achtergrond."),
        ("4b", ("GEMEENTEN", "OTHER"),
         "Gemeenten en mbo-instellingen: zorg dat op iedere mbo-locatie een vaste, laagdrempelige contactpersoon "
         "voor jeugdhulp en geestelijke gezondheid aanwezig is."),
        ("4c", ("OCW",),
         "Minister van OCW: schaf het lesgeld af voor studenten van 18 jaar en ouder in de beroepsopleidende "
         "leerweg."),
    ),
    # ---------------------------------------------------------------------------------------------- chapter 6
    H("6 Kleine opleidingen, grote waarde"),
    H2("Onder druk door de bekostiging"),
    P("Een deel van het opleidingsaanbod in het mbo bestaat uit kleine opleidingen: opleidingen met minder dan "
      "vijftig studenten per jaar in het hele land, of met slechts een handvol studenten per locatie. Voorbeelden "
      "zijn de opleidingen tot orgelbouwer, scheepsbouwer, edelsmid, rijwielhersteller en medewerker in de "
      "binnenvaart. Maar ook in grotere sectoren zijn er kleine opleidingen die voor een regio onmisbaar zijn, "
      "zoals de opleiding tot monteur van windturbines in het noorden van het land of de opleiding tot "
      "medewerker agrarische loonwerken in landelijke gebieden."),
    P("De bekostiging van het mbo hangt grotendeels af van het aantal studenten en diploma's. Voor een kleine "
      "opleiding dekt die bekostiging de kosten niet: de groepen zijn klein, de praktijkvoorzieningen zijn duur en "
      "er zijn gespecialiseerde docenten nodig. Instellingen houden zulke opleidingen in stand door ze uit andere "
      "middelen te betalen, maar bij financiële tegenvallers zijn zij de eerste die worden gesloten. Sinds 2015 "
      "zijn volgens de gegevens die de raad verzamelde ten minste 34 kleine opleidingen op een of meer locaties "
      "beëindigd.",
      footnotes=("Het gaat om beëindigingen die bij DUO zijn geregistreerd; opleidingen die op een locatie zijn "
                 "samengevoegd met een andere opleiding, zijn niet meegeteld.",)),
    H2("Bestaande regelingen schieten tekort"),
    P("Er bestaat een tijdelijke regeling waarmee instellingen een aanvullende bijdrage kunnen krijgen voor "
      "opleidingen die als uniek of kleinschalig zijn erkend. De raad hoorde van instellingen dat de regeling "
      "waardevol is, maar dat de tijdelijkheid ervan investeringen in docenten en voorzieningen ontmoedigt. Wie "
      "niet weet of de bijdrage er over drie jaar nog is, neemt geen docent in vaste dienst."),
    P("Samenwerking tussen instellingen kan helpen om kleine opleidingen in stand te houden. Twee instellingen die "
      "elk een halve klas hebben, kunnen samen een volle klas vormen. In de praktijk stuit zulke samenwerking op de "
      "regels: een student kan maar bij één instelling ingeschreven zijn, en die instelling ontvangt de volledige "
      "bekostiging en draagt de volledige verantwoordelijkheid voor het diploma. Ook het delen van dure "
      "praktijkvoorzieningen met het bedrijfsleven komt maar langzaam van de grond, omdat afspraken over "
      "eigendom, onderhoud en gebruik per geval moeten worden gemaakt."),
    H2("Aanbeveling 5: kleine opleidingen beschermen"),
    P("Om kleine opleidingen met grote maatschappelijke waarde te beschermen, adviseert de raad:", bold=True),
    subrecs(
        ("5a", ("OCW",),
         "Minister van OCW: geef kleine opleidingen die voor de regio of voor een vitale sector onmisbaar zijn een "
         "vaste voet in de bekostiging, los van het aantal studenten."),
        ("5b", ("OCW",),
         "Minister van OCW: maak het voor instellingen financieel aantrekkelijk om kleine opleidingen samen aan te "
         "bieden, door een gezamenlijke inschrijving van studenten bij twee of meer instellingen in de bekostiging "
         "mogelijk te maken."),
        ("5c", ("OTHER",),
         "Mbo-instellingen en werkgevers: breng dure praktijkvoorzieningen voor kleine technische opleidingen onder "
         "in gezamenlijke regionale praktijkcentra."),
    ),
    # ---------------------------------------------------------------------------------------------- chapter 7
    H("7 Tot slot"),
    P("Het mbo is geen tussenstation en geen vangnet, maar een volwaardige route naar vakmanschap. De vijf opgaven "
      "in dit advies hangen met elkaar samen. Een student die geen stage vindt, loopt vertraging op en raakt "
      "gedemotiveerd; een student die de taal van zijn vak niet beheerst, vindt moeilijker een stage; een student "
      "met geldzorgen en psychische klachten haakt eerder af. En een regio die haar kleine opleidingen verliest, "
      "verliest ook de vakmensen die zij over tien jaar nodig heeft."),
    P("De raad vraagt niet alleen om nieuw beleid. Een deel van zijn aanbevelingen vraagt vooral om het "
      "consequent uitvoeren van wat al is afgesproken, en om een betere samenwerking tussen partijen die elkaar "
      "nu te weinig vinden. Daarvoor is het nodig dat de minister, de instellingen, het bedrijfsleven en de "
      "gemeenten hun verantwoordelijkheid nemen, ieder voor het eigen deel."),
    P("De raad zal over twee jaar nagaan wat er met zijn aanbevelingen is gedaan, en daarover een korte notitie "
      "uitbrengen."),
    H("Bijlage Gesprekspartners"),
    P("De raad sprak voor dit advies onder meer met vertegenwoordigers van de volgende organisaties en groepen:"),
    bullets(
        "twaalf mbo-instellingen, waaronder bestuurders, teamleiders, docenten, studentendecanen en "
        "stagecoördinatoren;",
        "de MBO Raad, de studentenorganisatie voor het beroepsonderwijs en de Stichting Praktijkleren en Beroep;",
        "werkgeversorganisaties en brancheorganisaties in de techniek, de zorg, de horeca en de logistiek;",
        "praktijkopleiders van 26 leerbedrijven;",
        "wethouders en beleidsmedewerkers van negen gemeenten en van de Vereniging van Nederlandse Gemeenten;",
        "de Inspectie van het Onderwijs, DUO en UWV;",
        "onderzoekers van vijf universiteiten en hogescholen.",
    ),
)

REPORT = Document(
    title="Vakkracht voor morgen",
    subtitle="Advies over de toekomst van het middelbaar beroepsonderwijs",
    blocks=REPORT_BLOCKS,
    running_header="Adviesraad voor het Beroepsonderwijs  |  Vakkracht voor morgen",
    footer="{page}",
    font_family="sans",
    font_size=10.5,
    title_page=True,
    imprint=("Adviesraad voor het Beroepsonderwijs", "Advies 2025/04", "Den Haag, juni 2025"),
)

# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV1A = "Ik neem deze aanbeveling over."
EV1C = ("In de bestuursafspraken met de MBO Raad leg ik vast dat alle instellingen meldingen van stagediscriminatie "
        "vanaf het studiejaar 2026-2027 op dezelfde manier registreren en daarover jaarlijks rapporteren in hun "
        "jaarverslag.")
EV1D = ("De minister van SZW ziet daarom geen aanleiding om een afzonderlijke wettelijke plicht voor de werving en "
        "selectie van stagiairs in te voeren.")
EV2A = ("Een landelijke urennorm past echter niet bij de ruimte die instellingen nodig hebben om hun onderwijs af te "
        "stemmen op hun studenten.")
EV2B = ("Vanaf het studiejaar 2026-2027 ontvangen de instellingen samen jaarlijks 22 miljoen euro om iedere nieuwe "
        "student op niveau 1 tot en met 3 bij de intake te screenen op taalvaardigheid en zo nodig met hem een "
        "taalplan op te stellen.")
EV2C = ("Ik laat eerst in kaart brengen hoeveel docenten al zijn geschoold en wat een landelijk scholingsaanbod zou "
        "kosten.")
EV3A = ("DUO bouwt in mijn opdracht het overzicht 'Kansen per opleiding', dat vanaf 1 oktober 2026 voor iedere "
        "mbo-opleiding per regio het arbeidsmarktperspectief toont.")
EV3C = ("Het kabinet acht het echter niet opportuun om instellingen met een bindende toets tot afbouw te "
        "verplichten, omdat arbeidsmarktprognoses per regio te onzeker zijn om zulke ingrijpende besluiten op te "
        "baseren.")
EV4A = ("Vanaf 2026 laat ik iedere twee jaar een landelijke welzijnsmonitor onder mbo-studenten uitvoeren, "
        "uitgesplitst naar niveau, leerweg en achtergrond.")
EV4B = ("Samen met de minister van VWS en de VNG start ik in 2026 een pilot in acht regio's waarin gemeenten een "
        "praktijkondersteuner jeugd op mbo-locaties inzetten.")
EV4C = "Ik neem deze aanbeveling niet over."
EV5A_LETTER = ("Daarom wordt de tijdelijke regeling voor kleinschalige opleidingen per 1 januari 2027 omgezet in een "
               "vaste voet in de bekostiging van 40 miljoen euro per jaar, die instellingen ontvangen voor iedere "
               "erkende kleine opleiding met een regionale of sectorale functie, ongeacht het aantal ingeschreven "
               "studenten.")
EV5A_TABLE = "De vaste voet wordt geregeld in het Uitvoeringsbesluit WEB en geldt vanaf de bekostiging 2027."
EV5B = ("Ik verken de komende maanden met de MBO Raad en DUO of en onder welke voorwaarden een gedeelde inschrijving "
        "mogelijk is.")


def group_row(text: str) -> tuple[Cell, str, str]:
    return (Cell(text, bold=True), "", "")


ANNEX = Table(
    header=("Aanbeveling", "Standpunt", "Toelichting"),
    widths=(0.27, 0.19, 0.54),
    rules="rows",
    rows=(
        group_row("Aanbeveling 1 – Stages zonder discriminatie"),
        ("1a\nErkenning leerbedrijf intrekken bij stagediscriminatie",
         "Overnemen",
         Cell(EV1A + " Een leerbedrijf dat aantoonbaar discrimineert bij de selectie van stagiairs, hoort geen "
              "erkenning te hebben. Ik bereid een wijziging van de Wet educatie en beroepsonderwijs voor die de "
              "Stichting Praktijkleren en Beroep de bevoegdheid geeft de erkenning in dat geval in te trekken; het "
              "wetsvoorstel gaat in het voorjaar van 2026 in internetconsultatie.",
              answers=(Answer("1a", "agree", EV1A),))),
        ("1b\nVoordracht van kandidaten door de school",
         "Aan de sector",
         Cell("Deze aanbeveling is gericht aan de Stichting Praktijkleren en Beroep en aan werkgevers. Het bestuur "
              "van de Stichting heeft mij laten weten de aanbeveling met de sectorkamers te bespreken en er in het "
              "jaarplan 2026 op terug te komen.")),
        ("1c\nUniforme registratie van meldingen",
         "Aan de sector",
         Cell("De registratie van meldingen is in de eerste plaats een taak van de instellingen zelf. Omdat een "
              "landelijk beeld nu ontbreekt, wil ik daar wel aan bijdragen.\n" + EV1C,
              answers=(Answer("1c", "agree", EV1C),))),
        ("1d\nWervingsplicht ook voor stagiairs",
         "Niet overnemen",
         Cell("Deze reactie is mede namens de minister van Sociale Zaken en Werkgelegenheid opgesteld. Werkgevers "
              "zijn op grond van de Arbeidsomstandighedenwet al verplicht beleid te voeren dat discriminatie op het "
              "werk voorkomt, en stagiairs vallen daaronder. " + EV1D,
              answers=(Answer("1d", "disagree", EV1D),))),
        group_row("Aanbeveling 2 – Taal als basis"),
        ("2a en 2b\nMinimale onderwijstijd Nederlands; taalscreening bij de intake",
         "Deels overnemen",
         Cell("Een goede beheersing van het Nederlands is voor iedere mbo-student onmisbaar. " + EV2A + "\n"
              + EV2B,
              answers=(Answer("2a", "disagree", EV2A), Answer("2b", "agree", EV2B)))),
        ("2c\nScholing in taalgericht vakonderwijs",
         "Overnemen",
         Cell("Taalgericht vakonderwijs is een beproefde aanpak, en ik wil dat meer docenten die beheersen. " + EV2C
              + " Op basis van die inventarisatie besluit ik in het najaar van 2026 over een eventueel landelijk "
              "aanbod.",
              answers=(Answer("2c", "partial", EV2C),))),
        group_row("Aanbeveling 3 – Opleiden voor de regio"),
        ("3a\nOpenbaar overzicht arbeidsmarktperspectief",
         "Overnemen",
         Cell("Aankomende studenten kiezen nu vaak zonder goed zicht op hun kansen op werk. " + EV3A + " Het "
              "overzicht wordt ook opgenomen in de voorlichting die vmbo-scholen aan hun leerlingen geven.",
              answers=(Answer("3a", "agree", EV3A),))),
        ("3b\nMbo-instellingen als partner van gemeenten",
         "Aan gemeenten",
         Cell("Gemeenten werken in de 35 arbeidsmarktregio's samen met UWV, werkgevers en onderwijsinstellingen in "
              "de regionale werkcentra. In een groot deel van die regio's nemen mbo-instellingen al deel aan het "
              "regionale overleg over de aanpak van jeugdwerkloosheid.")),
        ("3c\nBindende toets op regionale doelmatigheid",
         "Niet overnemen",
         Cell("Ik deel de zorg van de raad over opleidingen die jaar na jaar studenten opleiden voor beroepen "
              "waarin weinig werk is. " + EV3C + " Ik spreek instellingen wel aan op hun verantwoordelijkheid voor "
              "een doelmatig aanbod.",
              answers=(Answer("3c", "disagree", EV3C),))),
        group_row("Aanbeveling 4 – Welzijn van studenten"),
        ("4a\nLandelijke monitor welzijn",
         "Overnemen",
         Cell(EV4A + " De eerste resultaten stuur ik in het najaar van 2026 aan uw Kamer.",
              answers=(Answer("4a", "agree", EV4A),))),
        ("4b\nContactpersoon jeugdhulp en ggz op iedere locatie",
         "Deels overnemen",
         Cell(EV4B + " Een verplichting voor alle gemeenten en instellingen acht ik nu te vroeg; eerst moet blijken "
              "wat de pilot oplevert.",
              answers=(Answer("4b", "partial", EV4B),))),
        ("4c\nAfschaffen lesgeld bol 18+",
         "Niet overnemen",
         Cell(EV4C + " Afschaffing van het lesgeld kost structureel ruim 250 miljoen euro, waarvoor binnen de "
              "onderwijsbegroting geen dekking is. Studenten uit gezinnen met een laag inkomen kunnen al een "
              "aanvullende beurs krijgen.",
              answers=(Answer("4c", "disagree", EV4C),))),
        group_row("Aanbeveling 5 – Kleine opleidingen"),
        ("5a\nVaste voet voor kleine opleidingen",
         "Overnemen",
         Cell("Zie paragraaf 3 van de brief. " + EV5A_TABLE,
              answers=(Answer("5a", "agree", EV5A_TABLE),))),
        ("5b\nGezamenlijke inschrijving",
         "Verkennen",
         Cell("Een gezamenlijke inschrijving raakt aan de manier waarop studenten in de bekostiging worden geteld "
              "en aan de verantwoordelijkheid voor de diplomering. " + EV5B,
              answers=(Answer("5b", "partial", EV5B),))),
        ("5c\nRegionale praktijkcentra",
         "Aan de sector",
         Cell("Deze aanbeveling richt zich tot de instellingen en het regionale bedrijfsleven. De MBO Raad en de "
              "werkgeversorganisaties hebben aangekondigd hier gezamenlijk op te reageren.")),
    ),
)

RESPONSE_BLOCKS = (
    P("Datum 14 oktober 2025"),
    P("Betreft Reactie op het advies 'Vakkracht voor morgen' van de Adviesraad voor het Beroepsonderwijs"),
    P("Geachte voorzitter,"),
    P("Op 19 juni 2025 heeft de Adviesraad voor het Beroepsonderwijs zijn advies 'Vakkracht voor morgen' "
      "uitgebracht. De raad heeft het advies opgesteld op verzoek van mijn ambtsvoorganger. Met deze brief bied ik "
      "u mijn reactie aan. Deze brief is mede namens de minister van Sociale Zaken en Werkgelegenheid opgesteld, "
      "voor zover het de aanbeveling over de werving en selectie van stagiairs betreft."),
    P("Ik dank de raad voor een helder en betrokken advies. Het advies laat zien hoe breed de opgaven in het mbo "
      "zijn, en het doet dat vanuit het perspectief van de student. Dat perspectief deel ik. In deze brief ga ik "
      "eerst in op de hoofdlijnen van het advies. In de bijlage vindt u per deelaanbeveling mijn standpunt en een "
      "korte toelichting."),
    H2("1. Het advies in het kort"),
    P("De raad onderscheidt vijf opgaven: stages zonder discriminatie, taal als basis, opleiden voor de regio, het "
      "welzijn van studenten en het behoud van kleine opleidingen. Per opgave doet de raad een hoofdaanbeveling, "
      "uitgewerkt in zestien deelaanbevelingen. Die deelaanbevelingen zijn gericht aan mij, aan de minister van "
      "Sociale Zaken en Werkgelegenheid, aan de mbo-instellingen en de MBO Raad, aan het bedrijfsleven en aan de "
      "gemeenten."),
    P("Ik herken de analyse van de raad. Het mbo staat voor grote opgaven, en de raad legt terecht de nadruk op "
      "de samenhang ertussen. Een deel van de aanbevelingen sluit aan bij beleid dat al in gang is gezet; andere "
      "gaan verder. Waar de aanbevelingen aan andere partijen zijn gericht, heb ik die partijen om hun reactie "
      "gevraagd."),
    H2("2. Stages zonder discriminatie"),
    P("Stagediscriminatie is onacceptabel. Ik deel de ambitie van de raad om ervoor te zorgen dat iedere student "
      "een stage kan vinden op grond van wat hij kan. De cijfers in het advies zijn pijnlijk, en zij komen overeen "
      "met wat studenten mij vertellen wanneer ik instellingen bezoek."),
    P("Sinds 2022 werken onderwijs, bedrijfsleven en overheid samen in het Stagepact. Daarin is onder meer "
      "afgesproken dat instellingen een meldpunt voor stagediscriminatie hebben, dat praktijkopleiders training "
      "krijgen en dat de Stichting Praktijkleren en Beroep bij signalen van discriminatie in gesprek gaat met het "
      "leerbedrijf. In 2024 zijn ruim 1.800 praktijkopleiders getraind. Het Stagepact loopt tot eind 2026 en wordt "
      "in 2026 geëvalueerd."),
    P("De raad vraagt om een stap verder te gaan, met een wettelijke sanctie, een andere werkwijze bij de "
      "voordracht van kandidaten en een betere registratie. Mijn standpunt per onderdeel staat in de bijlage."),
    H2("3. Kleine opleidingen met grote waarde"),
    P("De raad wijst erop dat kleine opleidingen die voor een regio of een vitale sector onmisbaar zijn, door de "
      "huidige bekostiging onder druk staan. Instellingen die zulke opleidingen in stand houden, betalen daar in "
      "feite voor uit middelen die voor andere opleidingen bedoeld zijn. Dat kan niet de bedoeling zijn. "
      + EV5A_LETTER + " Welke opleidingen daarvoor in aanmerking komen, wordt bepaald aan de hand van criteria die "
      "ik in overleg met de MBO Raad en de Stichting Praktijkleren en Beroep opstel.",
      answers=(Answer("5a", "agree", EV5A_LETTER),)),
    P("Over de andere voorstellen van de raad op dit terrein, de gezamenlijke inschrijving en het delen van "
      "praktijkvoorzieningen, ga ik in de bijlage in."),
    H2("4. Tot slot"),
    P("Het advies van de raad komt op een moment waarop het mbo meer aandacht krijgt dan in lange tijd het geval "
      "was. Ik wil die aandacht gebruiken om verbeteringen te realiseren die studenten direct merken. Over de "
      "uitvoering van de maatregelen in deze brief informeer ik uw Kamer in de jaarlijkse voortgangsrapportage "
      "mbo, voor het eerst in het voorjaar van 2026."),
    P("De minister van Onderwijs, Cultuur en Wetenschap,"),
    P("mr. E.H. Kooistra-Benali"),
    PageBreak(),
    H("Bijlage Reactie per aanbeveling"),
    P("In deze bijlage staat per deelaanbeveling van de Adviesraad voor het Beroepsonderwijs mijn standpunt, met "
      "een korte toelichting. De nummering volgt die van het advies. In de kolom 'Standpunt' betekent 'Aan de "
      "sector' dat de aanbeveling is gericht aan partijen buiten het Rijk."),
    ANNEX,
)

RESPONSE = Document(
    title="Reactie op het advies 'Vakkracht voor morgen'",
    subtitle="Brief van de minister van Onderwijs, Cultuur en Wetenschap aan de Voorzitter van de Tweede Kamer der "
             "Staten-Generaal",
    blocks=RESPONSE_BLOCKS,
    running_header="Reactie advies Vakkracht voor morgen",
    footer="Pagina {page} van {pages}",
    font_family="sans",
    font_size=10.0,
    title_page=False,
)

PAIR = Pair(
    name="vocational_education_council",
    report=REPORT,
    response=RESPONSE,
    description="Adviesraad voor het Beroepsonderwijs advice on mbo (five 'Aanbeveling N – ...' summary paragraphs, "
                "sixteen sub-recommendations 1a-5c in '1)'-style lists) and the OCW minister's letter with an annex "
                "table 'Aanbeveling | Standpunt | Toelichting'; Standpunt and Toelichting disagree in places, 2a/2b "
                "share one row, 5a answered first in the letter body.",
)
