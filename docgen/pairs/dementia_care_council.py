"""Pair: a fictional Adviesraad Zorg en Samenleving advice on dementia care at home, and the cabinet's answer.

Layout traits this pair tests: a serif report with a title page and a running header.  A "Samenvatting" at the front
restates all fourteen recommendations in ONE bulleted list in shorter wording, with the addressee in brackets and
no numbers (duplicates of the chapter items).  Chapter 1 has a numbered list of four "onderzoeksvragen" (labels
1.-4., not recommendations; the fourth asks which measures the Rijk, gemeenten, zorgverzekeraars and zorgkantoren
can take), a bulleted method list and a ruled table of figures.  Chapters 2 to 5 each end with a level-2 heading
"Aanbevelingen", a plain lead-in and a numbered list whose labels are the decimal numbers 2.1-2.4, 3.1-3.3,
4.1-4.4 and 5.1-5.3; the section headings inside the chapters are unnumbered.  A "Slotbeschouwing" and a bulleted
annex of consulted organisations follow chapter 5 (report 15 pages, response 4).

The response is a sans "Kabinetsreactie" letter (letterhead, no title page) of the minister of VWS, also on behalf
of the ministers of VRO and SZW.  After thanks, context and an "Ik deel de analyse" paragraph (no position) it
answers per chapter theme under level-2 headings, with paragraphs that open (in plain type: the renderer has no
inline bold) with "Aanbevelingen 2.1 tot en met 2.3." or "Aanbeveling 4.2." and continue with the answer.
Gold positions:
2.1 (SZW, carers' leave) partial: "neem ik ... deels over" (flexible blocks yes, paid part no), in the range paragraph;
2.2 (gemeenten, talk after diagnosis) agree: "onderschrijf ik", same range paragraph;
2.3 (VWS, national carer allowance) disagree: "neem ik niet over", same range paragraph;
2.4 (VWS, carer training) agree without cue word: EUR 14 million a year from 2026;
3.1 (VWS, own legal entitlement to case management) disagree: "acht ik op dit moment niet opportuun", points at Zvw/Wlz;
3.2 (zorgverzekeraars, waiting times) not addressed: "Het is aan zorgverzekeraars om ..." without a position;
3.3 (VWS, data access for case managers by 2027) partial: "ga ik ... verkennen" where action was asked;
4.1 (VRO, clustered housing target in the woondeals) agree: "neemt deze aanbeveling over";
4.2 (VRO, national moving bonus) disagree: shares the analysis, but "past ... niet bij" the regional approach;
4.3 (gemeenten, dementia in the housing programme) not addressed: the paragraph only describes existing law/policy;
4.4 (VRO and VWS, map unsuitable homes: a study) agree: the ministries commission the mapping in 2025;
5.1 (VWS, continuous funding of day care Wmo->Wlz) agree: "Deze aanbeveling neem ik over";
5.2 (gemeenten with VWS, evening/weekend day care) partial: a pilot in eight municipalities first;
5.3 (zorgkantoren, respite beds) not addressed: never mentioned.
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


def bullets(*texts: str) -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style="•")


def numbered(*texts: str) -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style="1.")


# Recommendations: number -> (departments, chapter text, summary text)
RECS: dict[str, tuple[tuple[str, ...], str, str]] = {
    "2.1": (
        ("SZW",),
        "De minister van Sociale Zaken en Werkgelegenheid verruimt het langdurend zorgverlof voor werknemers die "
        "zorgen voor een naaste met dementie. Zij moeten het verlof in blokken van enkele weken kunnen opnemen in "
        "plaats van een vast aantal uren per week, en een deel van het verlof moet worden doorbetaald.",
        "Maak het langdurend zorgverlof flexibeler en deels betaald (minister van SZW).",
    ),
    "2.2": (
        ("GEMEENTEN",),
        "Gemeenten bieden iedere naaste van iemand met dementie binnen drie maanden na de diagnose een gesprek aan "
        "over de eigen draagkracht en over de ondersteuning die beschikbaar is, en herhalen dat gesprek ten minste "
        "eenmaal per jaar.",
        "Bied iedere naaste kort na de diagnose een gesprek aan over de eigen draagkracht (gemeenten).",
    ),
    "2.3": (
        ("VWS",),
        "De minister van Volksgezondheid, Welzijn en Sport voert een landelijke, inkomensonafhankelijke "
        "mantelzorgvergoeding in voor naasten die gedurende langere tijd meer dan twintig uur per week zorgen voor "
        "iemand met dementie.",
        "Voer een landelijke mantelzorgvergoeding in voor intensieve mantelzorgers (minister van VWS).",
    ),
    "2.4": (
        ("VWS",),
        "De minister van VWS zorgt voor een landelijk dekkend aanbod van trainingen voor mantelzorgers over het "
        "omgaan met dementie, en stelt daarvoor structureel middelen beschikbaar, zodat het aanbod niet langer "
        "afhangt van tijdelijke projectsubsidies.",
        "Zorg voor een landelijk dekkend en structureel gefinancierd trainingsaanbod voor mantelzorgers (minister "
        "van VWS).",
    ),
    "3.1": (
        ("VWS",),
        "De minister van VWS maakt van casemanagement dementie een afzonderlijke wettelijke aanspraak, die vanaf de "
        "diagnose geldt en doorloopt ongeacht of iemand zorg ontvangt op grond van de Zorgverzekeringswet of de Wet "
        "langdurige zorg, zodat niemand bij de overgang tussen die wetten zijn casemanager verliest.",
        "Maak van casemanagement dementie een eigen wettelijke aanspraak die doorloopt bij de overgang naar de Wlz "
        "(minister van VWS).",
    ),
    "3.2": (
        ("OTHER",),
        "Zorgverzekeraars kopen casemanagement dementie in voldoende mate in, zodat iedereen die daarvoor wordt "
        "verwezen binnen vier weken een casemanager heeft, en maken hun wachttijden per regio openbaar.",
        "Koop voldoende casemanagement in, met een wachttijd van hoogstens vier weken (zorgverzekeraars).",
    ),
    "3.3": (
        ("VWS",),
        "De minister van VWS zorgt ervoor dat casemanagers uiterlijk in 2027, met toestemming van de cliënt, digitaal "
        "toegang hebben tot de relevante gegevens van de huisarts en de geheugenpolikliniek, en neemt dit op in de "
        "landelijke afspraken over elektronische gegevensuitwisseling in de zorg.",
        "Geef casemanagers uiterlijk in 2027 digitaal toegang tot de relevante medische gegevens (minister van VWS).",
    ),
    "4.1": (
        ("BZK",),
        "De minister van Volkshuisvesting en Ruimtelijke Ordening legt in de woondeals met de regio's een "
        "afzonderlijke opgave vast voor geclusterde woonvormen voor ouderen, met landelijk ten minste 45.000 extra "
        "geclusterde woningen in 2030, en bespreekt de voortgang daarvan jaarlijks met iedere regio.",
        "Leg in de woondeals een afzonderlijke opgave voor geclusterd wonen voor ouderen vast (minister van VRO).",
    ),
    "4.2": (
        ("BZK",),
        "De minister van VRO voert een landelijke verhuispremie in voor ouderen die vanuit een grote, niet aangepaste "
        "woning verhuizen naar een geclusterde of levensloopbestendige woning.",
        "Voer een landelijke verhuispremie in voor ouderen die naar een passende woning verhuizen (minister van VRO).",
    ),
    "4.3": (
        ("GEMEENTEN",),
        "Gemeenten nemen uiterlijk in 2026 in hun woonzorgvisie of volkshuisvestingsprogramma op hoeveel "
        "dementievriendelijke woningen en woonvormen er in hun gemeente nodig zijn, en op welke locaties die "
        "worden gerealiseerd.",
        "Neem de behoefte aan dementievriendelijke woonvormen op in de woonzorgvisie (gemeenten).",
    ),
    "4.4": (
        ("BZK", "VWS"),
        "De ministers van VRO en VWS brengen in kaart hoeveel thuiswonende mensen met dementie alleen wonen in een "
        "woning die niet geschikt is voor hun situatie, en welke aanpassingen of verhuizingen nodig zijn om dat te "
        "veranderen.",
        "Breng in kaart hoeveel mensen met dementie alleen in een ongeschikte woning wonen (ministers van VRO en "
        "VWS).",
    ),
    "5.1": (
        ("VWS",),
        "De minister van VWS zorgt voor één doorlopende bekostiging van dagbesteding voor mensen met dementie, zodat "
        "de overgang van de Wmo 2015 naar de Wet langdurige zorg niet leidt tot een andere locatie of andere "
        "begeleiders.",
        "Zorg voor doorlopende bekostiging van dagbesteding bij de overgang van Wmo naar Wlz (minister van VWS).",
    ),
    "5.2": (
        ("GEMEENTEN", "VWS"),
        "Gemeenten bieden dagbesteding voor mensen met dementie ook in de avond en in het weekend aan, zodat werkende "
        "mantelzorgers worden ontlast. De minister van VWS ondersteunt gemeenten daarbij met een "
        "stimuleringsregeling.",
        "Bied dagbesteding ook in de avond en het weekend aan (gemeenten, met steun van de minister van VWS).",
    ),
    "5.3": (
        ("OTHER",),
        "Zorgkantoren contracteren in iedere regio voldoende logeerplekken voor thuiswonende mensen met dementie, "
        "zodat hun mantelzorgers ten minste eenmaal per kwartaal enkele dagen kunnen uitrusten.",
        "Contracteer voldoende logeerplekken voor thuiswonende mensen met dementie (zorgkantoren).",
    ),
}


def chapter_recs(chapter: str) -> ItemList:
    """The numbered list at the end of a chapter: labels are the decimal recommendation numbers."""
    items = tuple(ListItem(text, recommendation=Recommendation(number, depts))
                  for number, (depts, text, _) in RECS.items() if number.startswith(chapter + "."))
    return ItemList(items=items, style="1.")


def summary_recs() -> ItemList:
    """One bulleted list in the Samenvatting with the shorter wording of every recommendation."""
    items = tuple(ListItem(short, recommendation=Recommendation(f"s{number}", depts, duplicate_of=number))
                  for number, (depts, _, short) in RECS.items())
    return ItemList(items=items, style="•")


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H("Voorwoord"),
    P("Bijna iedereen kent wel iemand met dementie. Een moeder die de weg naar de bakker niet meer vindt, een buurman "
      "die 's nachts in zijn pyjama op straat staat, een collega die steeds vaker vrij vraagt om voor haar man te "
      "zorgen. Dementie raakt niet alleen de persoon die de diagnose krijgt, maar het hele netwerk om hem of haar "
      "heen. En omdat de meeste mensen met dementie thuis wonen, wordt de zorg voor een groot deel gedragen door "
      "partners, kinderen, buren en vrienden."),
    P("De Adviesraad Zorg en Samenleving heeft dit advies op eigen initiatief opgesteld. Aanleiding was het signaal, "
      "dat wij in gesprekken met mantelzorgers, professionals en bestuurders telkens opnieuw hoorden, dat de zorg "
      "thuis op veel plaatsen tegen haar grenzen aanloopt. Het aantal mensen met dementie groeit de komende "
      "decennia sterk, terwijl het aantal mensen dat zorg kan geven, betaald of onbetaald, achterblijft. Dat vraagt "
      "om keuzes nu, en niet pas wanneer de wachtlijsten nog langer zijn geworden."),
    P("Wij danken iedereen die zijn ervaringen met ons heeft gedeeld. In het bijzonder danken wij de mantelzorgers "
      "die ons in hun huiskamer ontvingen en die met grote openheid vertelden wat het betekent om dag en nacht voor "
      "een naaste te zorgen, en de mensen met dementie die ons lieten zien hoeveel er ondanks hun ziekte nog "
      "mogelijk is."),
    P("Prof. dr. M.E. van Rijckevorsel-Dinh, voorzitter"),
    P("Drs. J.P. Oosterbeek, algemeen secretaris"),
    PageBreak(),
    H("Samenvatting"),
    P("In Nederland leven ongeveer driehonderdduizend mensen met dementie; bijna drie op de vier van hen wonen thuis. "
      "Hun zorg rust voor een belangrijk deel op naasten, die gemiddeld ruim twintig uur per week zorgen en van wie "
      "een groot deel zich zwaar of zeer zwaar belast voelt. Tegelijk lopen de professionele voorzieningen tegen "
      "hun grenzen aan: in veel regio's zijn er wachttijden voor casemanagement, geschikte woningen zijn schaars en "
      "dagbesteding sluit slecht aan op het leven van werkende mantelzorgers."),
    P("De Raad concludeert dat de zorg thuis alleen houdbaar blijft als de samenleving de mantelzorger als partner "
      "serieus neemt en de ondersteuning rond het gezin zo organiseert dat die niet stokt bij iedere overgang "
      "tussen wetten, loketten en financiers. Nu moet een gezin in de loop van de ziekte vaak met vier of vijf "
      "organisaties opnieuw beginnen, terwijl de ziekte zelf juist vraagt om rust, vaste gezichten en een "
      "voorspelbare omgeving."),
    P("De Raad werkt dit uit voor vier thema's: de positie van mantelzorgers (hoofdstuk 2), casemanagement "
      "(hoofdstuk 3), wonen (hoofdstuk 4) en dagbesteding en respijtzorg (hoofdstuk 5). Samengevat beveelt de Raad "
      "het volgende aan:"),
    summary_recs(),
    P("De aanbevelingen worden aan het eind van ieder hoofdstuk uitgebreider geformuleerd en zijn daar per hoofdstuk "
      "genummerd. Zij zijn gericht aan de minister van Volksgezondheid, Welzijn en Sport, de minister van "
      "Volkshuisvesting en Ruimtelijke Ordening, de minister van Sociale Zaken en Werkgelegenheid, gemeenten, "
      "zorgverzekeraars en zorgkantoren."),
    PageBreak(),
    H("1 Inleiding"),
    H2("Aanleiding"),
    P("Dementie is een verzamelnaam voor ziekten waarbij de hersenen geleidelijk minder goed gaan werken. Het "
      "geheugen, de oriëntatie, de taal en het vermogen om dagelijkse handelingen te plannen nemen af. De ziekte "
      "duurt gemiddeld acht tot tien jaar en verloopt in fasen: van lichte vergeetachtigheid en onzekerheid tot "
      "volledige afhankelijkheid van anderen. In iedere fase verandert wat iemand nodig heeft, en in iedere fase "
      "verandert ook de rol van de naasten."),
    P("Het aantal mensen met dementie neemt toe, vooral omdat de bevolking vergrijst. Tabel 1 geeft een raming. "
      "Omdat het aantal verpleeghuisplaatsen veel minder snel groeit, zal het aandeel mensen met dementie dat thuis "
      "woont de komende jaren nauwelijks dalen, ook niet in de latere fasen van de ziekte.",
      footnotes=("Bewerking door de Raad van bevolkingsprognoses en prevalentiecijfers uit huisartsregistraties; "
                 "afgerond op duizendtallen. De raming gaat uit van een gelijkblijvende leeftijdsspecifieke "
                 "prevalentie.",)),
    Table(
        header=("Jaar", "Mensen met dementie", "Waarvan thuiswonend", "Aandeel thuiswonend"),
        rows=(
            ("2025", "300.000", "216.000", "72%"),
            ("2030", "345.000", "245.000", "71%"),
            ("2040", "450.000", "315.000", "70%"),
            ("2050", "540.000", "373.000", "69%"),
        ),
        widths=(1.0, 1.6, 1.6, 1.6),
        rules="rows",
    ),
    P("Tabel 1. Geraamd aantal mensen met dementie in Nederland, totaal en thuiswonend."),
    P("Tegenover deze groei staat een krimpende groep mensen die zorg kan geven. Het aantal potentiële mantelzorgers "
      "per tachtigplusser halveert tussen nu en 2040, en de arbeidsmarkt in zorg en welzijn is nu al krap. Wie "
      "vandaag als wijkverpleegkundige of casemanager werkt, ziet het aantal cliënten per collega toenemen en de tijd "
      "per cliënt afnemen. De vanzelfsprekendheid waarmee beleid ervan uitgaat dat mensen met dementie thuis blijven "
      "wonen, wordt daarom steeds minder vanzelfsprekend."),
    H2("Vraagstelling"),
    P("De Raad heeft zich in dit advies de volgende onderzoeksvragen gesteld:"),
    numbered(
        "Wat hebben thuiswonende mensen met dementie en hun naasten nodig om het leven thuis zo lang als zij dat "
        "wensen vol te houden?",
        "Welke knelpunten ervaren mantelzorgers bij het combineren van zorg, werk en hun eigen leven?",
        "In hoeverre sluiten casemanagement, woonvoorzieningen en dagbesteding aan bij wat mensen nodig hebben, en "
        "waar ontstaan breuken tussen wetten en financieringsstromen?",
        "Welke maatregelen kunnen het Rijk, gemeenten, zorgverzekeraars en zorgkantoren nemen om de zorg thuis ook "
        "op langere termijn houdbaar te maken?",
    ),
    P("De eerste drie vragen zijn beschrijvend en analyserend van aard; zij worden beantwoord in de hoofdstukken 2 "
      "tot en met 5. De vierde vraag is normatief. Het antwoord daarop bestaat uit de aanbevelingen waarmee ieder "
      "hoofdstuk eindigt."),
    H2("Werkwijze"),
    P("Het advies is tot stand gekomen in de periode van april 2024 tot en met januari 2025. De Raad heeft zich "
      "gebaseerd op:"),
    bullets(
        "een studie van de wetenschappelijke literatuur en van beleidsevaluaties over dementiezorg, mantelzorg en "
        "wonen met zorg;",
        "huiskamergesprekken met 46 mantelzorgers en 11 mensen met dementie in zes regio's, in stad en platteland;",
        "rondetafelgesprekken met casemanagers, huisartsen, wijkverpleegkundigen, specialisten ouderengeneeskunde "
        "en medewerkers van dagbesteding;",
        "gesprekken met vertegenwoordigers van gemeenten, zorgverzekeraars, zorgkantoren, woningcorporaties, "
        "werkgevers en ministeries;",
        "een expertbijeenkomst over technologie in huis, met onderzoekers, leveranciers en cliëntvertegenwoordigers.",
    ),
    P("Een conceptversie van de analyse is voorgelegd aan een klankbordgroep van mantelzorgers. Hun commentaar "
      "heeft de Raad onder meer gebracht tot een scherpere formulering van de aanbevelingen over het zorgverlof en "
      "over dagbesteding buiten kantooruren."),
    H2("Afbakening en leeswijzer"),
    P("Dit advies gaat over mensen met dementie die thuis wonen, alleen of met een partner, en over hun naasten. De "
      "zorg in verpleeghuizen, de diagnostiek in ziekenhuizen en de medicamenteuze behandeling blijven buiten "
      "beschouwing, behalve waar zij de zorg thuis direct raken. Dementie op jonge leeftijd krijgt aandacht waar de "
      "situatie van deze groep wezenlijk verschilt, bijvoorbeeld bij de combinatie van zorg en werk."),
    P("Hoofdstuk 2 beschrijft de positie van mantelzorgers. Hoofdstuk 3 gaat over casemanagement, hoofdstuk 4 over "
      "wonen en hoofdstuk 5 over dagbesteding en respijtzorg. Ieder hoofdstuk sluit af met de aanbevelingen die "
      "de Raad op dat thema doet. Het advies eindigt met een korte slotbeschouwing."),
    PageBreak(),
    H("2 Mantelzorgers: onmisbaar en overbelast"),
    H2("Wie zorgt er?"),
    P("Achter vrijwel iedere thuiswonende persoon met dementie staat ten minste één naaste die een groot deel van de "
      "zorg op zich neemt. In ongeveer de helft van de gevallen is dat de partner, vaak zelf op hoge leeftijd en "
      "niet zelden met eigen gezondheidsklachten. In de andere helft zijn het vooral dochters, schoondochters en "
      "zonen, die naast de zorg een baan en een eigen gezin hebben. Gemiddeld besteedt een mantelzorger van iemand "
      "met dementie ruim twintig uur per week aan zorg, in de latere fasen van de ziekte vaak veel meer."),
    P("Wat mantelzorg bij dementie zwaar maakt, is niet alleen de hoeveelheid tijd. Het is de onvoorspelbaarheid en "
      "het permanente karakter ervan. Een partner die 's nachts gaat dwalen, maakt de nachtrust van de ander "
      "onmogelijk. Een moeder die niet meer weet dat zij al heeft gegeten, belt haar dochter vijf keer per dag. "
      "Veel mantelzorgers beschreven ons het gevoel dat zij nooit meer echt vrij zijn, ook niet als er even iemand "
      "anders is. Ongeveer de helft van de mantelzorgers van mensen met dementie voelt zich zwaar belast; een op de "
      "acht geeft aan de zorg eigenlijk niet langer te kunnen volhouden.",
      footnotes=("Uitkomsten van het mantelzorgpanel dat de Raad voor dit advies heeft laten raadplegen (n = 1.240); "
                 "zie ook de bijlage.",)),
    P("Overbelasting van de mantelzorger is een van de belangrijkste redenen waarom iemand met dementie eerder dan "
      "gewenst naar een verpleeghuis verhuist. Wie de mantelzorger ondersteunt, ondersteunt dus ook de persoon met "
      "dementie, en stelt een opname uit die voor beiden ingrijpend is en voor de samenleving kostbaar."),
    H2("Werk en zorg combineren"),
    P("Ruim een derde van de mantelzorgers van mensen met dementie heeft een betaalde baan. Velen van hen werken "
      "minder uren, nemen vakantiedagen op voor afspraken met de geheugenpolikliniek of stoppen helemaal met "
      "werken. Dat laatste heeft gevolgen voor hun inkomen en pensioenopbouw, en werkgevers verliezen ervaren "
      "medewerkers die zij juist nu hard nodig hebben."),
    P("Het langdurend zorgverlof in de Wet arbeid en zorg biedt werknemers de mogelijkheid om per jaar maximaal zes "
      "keer de wekelijkse arbeidsduur onbetaald verlof op te nemen. In de praktijk maken mantelzorgers van mensen "
      "met dementie hier weinig gebruik van. Zij noemen twee redenen. De eerste is dat het verlof onbetaald is, "
      "zodat alleen wie het zich financieel kan veroorloven er gebruik van maakt. De tweede is dat het verlof in de "
      "praktijk vaak in een vast aantal uren per week wordt opgenomen, terwijl de zorg bij dementie juist in pieken "
      "komt: na de diagnose, bij een ziekenhuisopname of in de weken voor een verhuizing naar een verpleeghuis."),
    P("Verschillende werkgevers die wij spraken, hebben zelf ruimere regelingen getroffen. Zij zien dat maatwerk "
      "loont, maar ook dat kleinere werkgevers die ruimte vaak niet hebben. Een wettelijke basis die flexibel "
      "opnemen mogelijk maakt en een deel van het inkomensverlies compenseert, zou volgens de Raad ook voor hen "
      "een verschil maken."),
    H2("Ondersteuning door de gemeente"),
    P("Gemeenten zijn op grond van de Wmo 2015 verantwoordelijk voor de ondersteuning van mantelzorgers. Het "
      "aanbod verschilt sterk per gemeente. In sommige gemeenten neemt een mantelzorgconsulent kort na de diagnose "
      "contact op, in andere moet de mantelzorger zelf de weg naar het sociaal wijkteam vinden. Veel mantelzorgers "
      "weten niet dat zij recht hebben op een eigen gesprek over hun situatie; zij melden zich pas als de zorg "
      "eigenlijk al niet meer vol te houden is."),
    P("De Raad ziet in een vroeg en terugkerend gesprek een eenvoudig en effectief middel. Een dergelijk gesprek "
      "maakt zichtbaar wat de mantelzorger aankan en waar ondersteuning nodig is, voordat de situatie ontspoort. "
      "Het vraagt geen nieuwe wetgeving, wel een vaste werkwijze en een goede verbinding tussen de geheugenpoli, de "
      "huisarts en het wijkteam."),
    P("Daarnaast is er de vraag naar financiële waardering. Gemeenten kennen een jaarlijkse mantelzorgwaardering, "
      "meestal een bescheiden bedrag of een cadeaubon. Mantelzorgers die wij spraken, waarderen het gebaar, maar "
      "wijzen er ook op dat het niet in verhouding staat tot de kosten die zij maken en het inkomen dat zij "
      "mislopen. De Raad vindt dat voor de meest intensieve mantelzorgers een landelijke tegemoetkoming op zijn "
      "plaats is, los van het inkomen en gelijk in iedere gemeente."),
    H2("Kennis en vaardigheden"),
    P("Omgaan met dementie kan worden geleerd. Mantelzorgers die een training hebben gevolgd, bijvoorbeeld over "
      "communicatie, over gedragsveranderingen of over het voorkomen van onrust, voelen zich zekerder en minder "
      "belast. Er bestaan goede programma's, maar zij worden vaak met tijdelijke projectsubsidies gefinancierd. "
      "Daardoor verdwijnt een goed lopend aanbod soms na twee of drie jaar, en is het in een groot deel van het "
      "land niet beschikbaar."),
    H2("Aanbevelingen"),
    P("Op grond van deze analyse doet de Raad over de positie van mantelzorgers de volgende aanbevelingen."),
    chapter_recs("2"),
    PageBreak(),
    H("3 Casemanagement: een vaste gids vanaf de diagnose"),
    H2("Wat casemanagement doet"),
    P("Een casemanager dementie is een vaste, deskundige contactpersoon voor de persoon met dementie en zijn "
      "naasten. De casemanager helpt bij het begrijpen van de ziekte, regelt zorg en ondersteuning, bereidt het "
      "gezin voor op wat komen gaat en is het eerste aanspreekpunt als er iets misgaat. Onderzoek laat zien dat "
      "goed casemanagement de belasting van mantelzorgers vermindert, crisissituaties voorkomt en een opname in "
      "een verpleeghuis kan uitstellen."),
    P("Sinds enkele jaren valt casemanagement dementie onder de wijkverpleging in de Zorgverzekeringswet. "
      "Zorgverzekeraars kopen het in bij thuiszorgorganisaties en bij zelfstandige netwerken van casemanagers. Bij "
      "de overgang naar de Wet langdurige zorg, als iemand blijvend toezicht in de nabijheid nodig heeft, gaat de "
      "verantwoordelijkheid over naar het zorgkantoor."),
    H2("Wachttijden en ongelijkheid"),
    P("In een aantal regio's moeten mensen na verwijzing weken en soms maanden wachten op een casemanager. De "
      "verschillen tussen regio's zijn groot. Zorgverzekeraars wijzen op het tekort aan gekwalificeerde "
      "casemanagers; aanbieders wijzen op tarieven die de kosten van de begeleiding niet dekken. Voor het gezin "
      "maakt de oorzaak weinig uit: juist in de periode na de diagnose, waarin de onzekerheid het grootst is, staat "
      "het er alleen voor."),
    P("Wachttijden voor casemanagement worden niet landelijk bijgehouden. Verzekeraars publiceren wel de "
      "wachttijden voor wijkverpleging in het algemeen, maar niet specifiek voor casemanagement. Daardoor is het "
      "probleem voor verzekerden, gemeenten en toezichthouders nauwelijks zichtbaar."),
    H2("Breuken bij de overgang naar de Wlz"),
    P("Als iemand met dementie een indicatie voor de Wet langdurige zorg krijgt, maar thuis blijft wonen, kan het "
      "casemanagement worden voortgezet. In de praktijk gaat dat lang niet altijd goed. Gezinnen vertelden ons dat "
      "zij bij de overgang een nieuwe casemanager kregen, of een tijd helemaal geen. Afspraken over de overdracht "
      "verschillen per zorgkantoor en per aanbieder, en niemand voelt zich verantwoordelijk voor de tussenperiode."),
    P("De Raad vindt dat het casemanagement het gezin gedurende de hele ziekte moet volgen, en niet de wet of de "
      "financier. Het helderst is daarvoor een eigen wettelijke aanspraak op casemanagement dementie, die geldt "
      "vanaf de diagnose en die doorloopt, wie de zorg ook betaalt."),
    H2("Informatie op de juiste plek"),
    P("Casemanagers werken zonder toegang tot de gegevens van de huisarts of van de geheugenpolikliniek. Zij zijn "
      "afhankelijk van wat het gezin zich herinnert of van brieven die soms weken op zich laten wachten. Bij "
      "medicatiewijzigingen, valincidenten of een opname in het ziekenhuis hoort de casemanager het vaak als "
      "laatste. Dat is niet alleen inefficiënt, maar ook onveilig."),
    P("Er zijn technische voorzieningen waarmee zorgverleners gegevens kunnen delen, en er lopen landelijke "
      "programma's om de gegevensuitwisseling in de zorg te verbeteren. Casemanagers dementie zijn daarin tot nu "
      "toe geen aparte doelgroep. De Raad vindt dat zij dat wel moeten worden, met een duidelijke termijn."),
    H2("Aanbevelingen"),
    P("Voor het casemanagement doet de Raad de volgende aanbevelingen."),
    chapter_recs("3"),
    PageBreak(),
    H("4 Wonen: een passende plek om ouder te worden"),
    H2("De woning als voorwaarde voor zorg thuis"),
    P("Of iemand met dementie thuis kan blijven wonen, hangt voor een belangrijk deel af van de woning. Trappen, "
      "drempels, een badkamer op de verdieping of een onoverzichtelijke indeling maken het dagelijks leven moeilijker "
      "en vergroten het risico op vallen. Een woning zonder buren in de buurt vergroot bovendien de kans dat "
      "niemand merkt dat het niet goed gaat."),
    P("Het grootste deel van de ouderen woont in een eengezinswoning die niet voor ouderdom is gebouwd. Aanpassingen "
      "zijn mogelijk, maar niet onbeperkt: een traplift lost de problemen van een persoon met dementie die "
      "gedesoriënteerd raakt niet op. Voor veel ouderen is verhuizen naar een passende woning op termijn de betere "
      "keuze, maar het aanbod daarvan is klein."),
    H2("Geclusterd wonen"),
    P("Tussen de zelfstandige woning en het verpleeghuis is in de afgelopen decennia veel verdwenen. De "
      "verzorgingshuizen zijn grotendeels gesloten, en er is weinig voor in de plaats gekomen. Geclusterde "
      "woonvormen, waarin ouderen zelfstandig wonen maar met gemeenschappelijke ruimten, een vaste "
      "aanspreekpersoon en zorg op afroep, kunnen die leemte vullen. Zij zijn bij uitstek geschikt voor mensen met "
      "beginnende dementie en hun partners."),
    P("De Raad schat dat er tot 2030 landelijk ten minste 45.000 extra geclusterde woningen voor ouderen nodig zijn "
      "om de groei van het aantal ouderen met een zorgvraag op te vangen. In de huidige woningbouwafspraken "
      "verdwijnt deze opgave in de totale aantallen. Zonder een afzonderlijke, zichtbare opgave per regio zal zij "
      "volgens de Raad niet worden gerealiseerd.",
      footnotes=("Raming van de Raad op basis van de verwachte groei van het aantal vijfenzeventigplussers met een "
                 "zorgvraag en de huidige voorraad geclusterde woningen.",)),
    H2("Doorstroming"),
    P("Veel ouderen zouden willen verhuizen, maar doen het niet. Zij noemen de kosten van de verhuizing, het verlies "
      "van een vertrouwde omgeving en het ontbreken van een passend alternatief in de eigen wijk. Sommige gemeenten "
      "en corporaties bieden een verhuisvergoeding of persoonlijke begeleiding bij het verhuizen; de resultaten "
      "daarvan zijn bemoedigend. Een landelijke verhuispremie zou de drempel voor alle ouderen verlagen, en "
      "tegelijk eengezinswoningen vrijmaken voor jonge gezinnen."),
    H2("Lokale planning"),
    P("Gemeenten stellen een woonzorgvisie of volkshuisvestingsprogramma op, waarin zij beschrijven welke woningen "
      "de komende jaren nodig zijn. In de documenten die de Raad heeft bestudeerd, komt dementie er maar beperkt "
      "in voor. De behoefte aan woonvormen voor ouderen wordt wel genoemd, maar zelden vertaald naar aantallen en "
      "locaties, en vrijwel nooit specifiek voor mensen met dementie."),
    P("Daarbij ontbreekt een landelijk beeld van het probleem. Niemand weet precies hoeveel mensen met dementie "
      "alleen wonen in een woning die voor hen ongeschikt is geworden. Zonder dat beeld blijft de opgave abstract "
      "en blijft het voor gemeenten en corporaties lastig om prioriteiten te stellen."),
    H2("Aanbevelingen"),
    P("Over wonen doet de Raad de volgende aanbevelingen."),
    chapter_recs("4"),
    PageBreak(),
    H("5 Dagbesteding en respijt: lucht voor wie zorgt"),
    H2("De waarde van dagbesteding"),
    P("Dagbesteding biedt mensen met dementie structuur, contact en activiteiten die passen bij wat zij nog kunnen. "
      "Voor hun naasten betekent het enkele dagdelen per week waarin zij de zorg uit handen kunnen geven. Veel "
      "mantelzorgers noemden dagbesteding het belangrijkste dat hen op de been houdt. Zij gebruiken die uren om te "
      "werken, boodschappen te doen of simpelweg om te slapen."),
    H2("Een breuk bij de overgang"),
    P("Dagbesteding wordt zolang iemand geen Wlz-indicatie heeft door de gemeente bekostigd, op grond van de Wmo "
      "2015. Met een Wlz-indicatie gaat de bekostiging over naar het zorgkantoor. Omdat gemeenten en zorgkantoren "
      "niet altijd dezelfde aanbieders contracteren, moet iemand met dementie bij die overgang soms naar een andere "
      "locatie, met andere begeleiders en andere medebezoekers. Voor iemand met dementie, voor wie vaste gezichten "
      "en een vaste omgeving essentieel zijn, is dat een ingrijpende verandering die vaak leidt tot onrust en "
      "achteruitgang."),
    P("Aanbieders en gemeenten proberen dit op te lossen met overgangsafspraken, maar die zijn tijdelijk en "
      "verschillen per regio. De Raad vindt dat de bekostiging de persoon moet volgen, en niet andersom."),
    H2("Openingstijden die passen bij werkende mantelzorgers"),
    P("De meeste dagbesteding is open op werkdagen tussen tien en vier uur. Voor werkende mantelzorgers is dat een "
      "beperking: zij moeten hun naaste brengen en halen op tijdstippen die slecht te combineren zijn met een "
      "werkdag. In de avond en in het weekend, wanneer de behoefte aan ontlasting voor partners vaak het grootst "
      "is, is er vrijwel geen aanbod. De Raad ziet dat enkele aanbieders experimenteren met zaterdagopenstelling en "
      "avondprogramma's, met positieve ervaringen."),
    H2("Logeren en respijt"),
    P("Naast dagbesteding hebben mantelzorgers soms langere rust nodig: een weekend weg, een eigen vakantie of "
      "herstel na een eigen ziekenhuisopname. Logeeropvang, waarbij de persoon met dementie enkele dagen op een "
      "vertrouwde plek verblijft, maakt dat mogelijk. In veel regio's is het aantal logeerplekken echter klein, "
      "moeten mantelzorgers maanden van tevoren reserveren en vervallen plekken wanneer een verpleeghuis ze nodig "
      "heeft voor reguliere opnames."),
    H2("Aanbevelingen"),
    P("Voor dagbesteding en respijtzorg doet de Raad de volgende aanbevelingen."),
    chapter_recs("5"),
    H("Slotbeschouwing"),
    P("De aanbevelingen in dit advies zijn niet revolutionair. Veel ervan zijn op kleine schaal al ergens in het "
      "land beproefd. Wat ontbreekt, is de samenhang en de zekerheid: de zekerheid dat een mantelzorger in iedere "
      "gemeente een gesprek krijgt, dat een casemanager er is wanneer de diagnose valt, dat er een passende "
      "woning is als het huis te groot wordt en dat de dagbesteding niet verandert omdat de financier wisselt."),
    P("De Raad beseft dat de middelen beperkt zijn en dat de arbeidsmarkt krap blijft. Juist daarom pleit hij voor "
      "investeringen in het netwerk rond de persoon met dementie. Iedere maand dat een mantelzorger het volhoudt, "
      "is een maand die de persoon met dementie in de eigen omgeving kan doorbrengen, en een maand waarin geen "
      "schaarse verpleeghuisplek nodig is."),
    P("De Raad is graag bereid zijn advies toe te lichten aan de bewindspersonen, aan de Tweede Kamer en aan de "
      "partijen tot wie de aanbevelingen zich richten."),
    H2("Bijlage. Geraadpleegde organisaties"),
    bullets(
        "Vereniging van Nederlandse Gemeenten en twaalf afzonderlijke gemeenten",
        "Zorgverzekeraars Nederland en vier zorgverzekeraars",
        "Drie zorgkantoren",
        "Landelijke vereniging van casemanagers dementie",
        "Twee koepels van mantelzorgorganisaties en een landelijke patiëntenvereniging voor dementie",
        "Vijf woningcorporaties en een brancheorganisatie van ouderenhuisvesting",
        "Twee werkgeversorganisaties en een vakbond",
        "De ministeries van VWS, VRO en SZW (ambtelijk)",
    ),
)

REPORT = Document(
    title="Thuis, zolang het kan",
    subtitle="Advies over de zorg en ondersteuning voor thuiswonende mensen met dementie en hun naasten",
    blocks=REPORT_BLOCKS,
    running_header="Adviesraad Zorg en Samenleving  |  Thuis, zolang het kan",
    footer="{page}",
    font_family="serif",
    title_page=True,
    imprint=("Adviesraad Zorg en Samenleving", "Advies 2025/04", "Den Haag, maart 2025"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV21 = "Aanbeveling 2.1, over het langdurend zorgverlof, neem ik mede namens de minister van SZW deels over."
EV22 = "Het gesprek met de naaste kort na de diagnose, waar aanbeveling 2.2 om vraagt, onderschrijf ik."
EV23 = "Een landelijke mantelzorgvergoeding, zoals voorgesteld in aanbeveling 2.3, neem ik niet over."
EV24 = ("Vanaf 2026 stel ik structureel € 14 miljoen per jaar beschikbaar voor trainingen voor mantelzorgers van "
        "mensen met dementie, zodat er in iedere regio een vast aanbod komt.")
EV31 = "Een afzonderlijke wettelijke aanspraak naast deze twee stelsels acht ik op dit moment niet opportuun."
EV33 = ("Ik ga daarom samen met de beroepsgroepen en de informatieberaden verkennen of casemanagers dementie kunnen "
        "worden opgenomen in de landelijke afspraken over gegevensuitwisseling.")
EV41 = "De minister van VRO neemt deze aanbeveling over."
EV42 = ("Een landelijke verhuispremie past echter niet bij de gerichte, regionale aanpak die het kabinet voor de "
        "woningmarkt voorstaat.")
EV44 = ("De ministeries van VRO en VWS laten in het najaar van 2025 in kaart brengen hoeveel thuiswonende mensen met "
        "dementie alleen wonen in een woning die niet bij hun situatie past, en welke aanpassingen of verhuizingen "
        "daarvoor nodig zijn.")
EV51 = "Deze aanbeveling neem ik over."
EV52 = ("Ik start daarom eerst met een pilot: in 2026 en 2027 financier ik in acht gemeenten dagbesteding op "
        "zaterdag en op doordeweekse avonden.")

RESPONSE_BLOCKS = (
    P("Datum: 12 juni 2025"),
    P("Betreft: Kabinetsreactie op het advies ‘Thuis, zolang het kan’"),
    P("Geachte Voorzitter,"),
    P("Op 20 maart 2025 heeft de Adviesraad Zorg en Samenleving het advies ‘Thuis, zolang het kan’ uitgebracht over "
      "de zorg en ondersteuning voor thuiswonende mensen met dementie en hun naasten. Met deze brief bied ik u, "
      "mede namens de minister van Volkshuisvesting en Ruimtelijke Ordening en de minister van Sociale Zaken en "
      "Werkgelegenheid, de reactie van het kabinet op dit advies aan."),
    P("Ik dank de Raad voor een zorgvuldig en betrokken advies. Het is bijzonder dat de Raad zo nadrukkelijk de "
      "ervaringen van mantelzorgers en van mensen met dementie zelf centraal heeft gesteld. De citaten en "
      "voorbeelden in het advies maken zichtbaar wat cijfers alleen niet kunnen laten zien: hoe zwaar de zorg voor "
      "een naaste met dementie kan zijn, en hoeveel gezinnen desondanks elke dag weer volhouden."),
    H2("Context"),
    P("Ongeveer driehonderdduizend mensen in Nederland hebben dementie, en dat aantal groeit de komende decennia "
      "naar verwachting tot ruim een half miljoen. Het kabinet zet met het programma Ouder worden in de eigen "
      "omgeving in op goede ondersteuning thuis, op voldoende passende woningen voor ouderen en op het versterken "
      "van de informele zorg. Daarnaast loopt tot en met 2026 de Nationale Dementiestrategie, waarin onder meer "
      "afspraken zijn gemaakt over vroegsignalering, casemanagement en dementievriendelijke gemeenten."),
    P("In het Integraal Zorgakkoord hebben het Rijk, zorgverzekeraars, gemeenten en zorgaanbieders bovendien "
      "afgesproken dat de zorg meer in de wijk wordt georganiseerd en dat de samenwerking tussen het sociaal domein "
      "en de eerstelijnszorg wordt versterkt. Veel van wat de Raad signaleert, raakt aan die afspraken."),
    H2("Hoofdlijnen van het advies"),
    P("Ik deel de analyse van de Raad dat de zorg thuis alleen houdbaar blijft als mantelzorgers beter worden "
      "ondersteund en als de zorg niet stokt bij de overgang tussen wetten en financiers. Ook herken ik het beeld "
      "dat gezinnen in de loop van de ziekte met te veel verschillende organisaties te maken krijgen. Tegelijk vraagt "
      "de krapte op de arbeidsmarkt en in de rijksbegroting om keuzes. Niet iedere aanbeveling kan daarom worden "
      "overgenomen, en sommige aanbevelingen vragen eerst om nader onderzoek. Hieronder ga ik per thema van het "
      "advies op de aanbevelingen in."),
    H2("Mantelzorgers"),
    P("Gemeenten zijn op grond van de Wmo 2015 verantwoordelijk voor de ondersteuning van mantelzorgers. Het Rijk "
      "ondersteunt hen daarbij onder meer met de Mantelzorgagenda, waarin afspraken zijn gemaakt over de "
      "herkenning van overbelaste mantelzorgers en over de combinatie van werk en zorg."),
    P("Aanbevelingen 2.1 tot en met 2.3. Deze drie aanbevelingen gaan over de positie van de mantelzorger zelf. "
      + EV21 + " De minister van SZW bereidt een wijziging van de Wet arbeid en zorg voor waarmee werknemers hun "
      "langdurend zorgverlof in blokken van enkele weken kunnen opnemen; een betaald deel van dat verlof past niet "
      "binnen de huidige budgettaire kaders. " + EV22 + " Ik zal met de VNG afspreken dat gemeenten dit gesprek "
      "vanaf 2026 standaard aanbieden, en ik neem het op in de handreiking mantelzorgondersteuning. " + EV23 + " "
      "Mantelzorg is en blijft zorg die voortkomt uit een persoonlijke band, en een landelijke vergoeding per uur "
      "zou die verhouding veranderen en bovendien grote uitvoeringslasten met zich meebrengen.",
      answers=(Answer("2.1", "partial", EV21), Answer("2.2", "agree", EV22), Answer("2.3", "disagree", EV23))),
    P("Aanbeveling 2.4. Veel naasten geven aan dat zij pas laat leren hoe zij met de gevolgen van dementie kunnen "
      "omgaan. " + EV24 + " De middelen worden via de regionale dementienetwerken verdeeld, en de eerste trainingen "
      "starten in het voorjaar van 2026. Het bestaande aanbod van patiënten- en mantelzorgorganisaties wordt daarbij "
      "als basis gebruikt.",
      answers=(Answer("2.4", "agree", EV24),)),
    H2("Casemanagement"),
    P("Aanbeveling 3.1. Ik herken het beeld dat de overgang naar de Wet langdurige zorg voor veel gezinnen als een "
      "breuk wordt ervaren. Casemanagement dementie maakt echter al deel uit van de aanspraak op wijkverpleging in "
      "de Zorgverzekeringswet, en wie thuis woont met een indicatie voor de Wlz, kan binnen de Wlz het "
      "casemanagement bij dezelfde aanbieder voortzetten. " + EV31 + " Een derde route naast de "
      "Zorgverzekeringswet en de Wlz zou de regels voor cliënten en aanbieders eerder ingewikkelder dan eenvoudiger "
      "maken.",
      answers=(Answer("3.1", "disagree", EV31),)),
    P("Aanbeveling 3.2. Het is aan zorgverzekeraars om casemanagement dementie in voldoende mate in te kopen en "
      "lange wachttijden te voorkomen; zij hebben daarin een zorgplicht jegens hun verzekerden. De Nederlandse "
      "Zorgautoriteit houdt toezicht op de naleving van die zorgplicht."),
    P("Aanbeveling 3.3. Goede informatie-uitwisseling tussen huisarts, geheugenpolikliniek en casemanager is een "
      "voorwaarde voor veilige zorg. Daarbij spelen vragen over toestemming, privacy en de technische "
      "infrastructuur die niet eenvoudig te beantwoorden zijn. " + EV33 + " Over de uitkomst van die verkenning "
      "informeer ik uw Kamer in 2026.",
      answers=(Answer("3.3", "partial", EV33),)),
    H2("Wonen"),
    P("Het kabinet wil dat er tot 2030 voldoende woningen bijkomen die geschikt zijn voor ouderen. In de "
      "woondeals zijn daarover met alle regio's afspraken gemaakt, en met het programma Een thuis voor later "
      "worden gemeenten en corporaties ondersteund bij het bouwen van geclusterde woonvormen."),
    P("Aanbeveling 4.1. " + EV41 + " Bij de actualisatie van de woondeals later dit jaar wordt per regio een "
      "afzonderlijke opgave voor geclusterde woonvormen voor ouderen vastgelegd, waarbij het landelijke totaal ten "
      "minste aansluit bij de 45.000 woningen die de Raad noemt. De voortgang komt jaarlijks aan de orde in de "
      "bestuurlijke overleggen met de regio's.",
      answers=(Answer("4.1", "agree", EV41),)),
    P("Aanbeveling 4.2. De minister van VRO deelt de analyse van de Raad dat de doorstroming van ouderen naar een "
      "passende woning stokt, en dat dit ook de beschikbaarheid van eengezinswoningen voor gezinnen beperkt. "
      + EV42 + " Gemeenten en corporaties kunnen nu al een eigen verhuisregeling treffen, en veel van hen doen dat "
      "ook. Belangrijker dan een premie is dat er voldoende geschikte woningen zijn om naartoe te verhuizen.",
      answers=(Answer("4.2", "disagree", EV42),)),
    P("Aanbeveling 4.3. Gemeenten stellen op grond van de Wet versterking regie volkshuisvesting een "
      "volkshuisvestingsprogramma vast, waarin zij ook de woonbehoefte van ouderen en van mensen met een zorgvraag "
      "in beeld brengen. Het programma Een thuis voor later ondersteunt gemeenten daarbij met rekenmodellen en met "
      "voorbeelden uit andere regio's."),
    P("Aanbeveling 4.4. " + EV44 + " De resultaten worden in de zomer van 2026 verwacht en worden gebruikt bij de "
      "verdere uitwerking van het programma Een thuis voor later.",
      answers=(Answer("4.4", "agree", EV44),)),
    H2("Dagbesteding"),
    P("Aanbeveling 5.1. " + EV51 + " Samen met de VNG en de zorgkantoren werk ik een regeling uit waarmee "
      "dagbesteding bij dezelfde aanbieder en op dezelfde locatie kan worden voortgezet wanneer iemand een "
      "Wlz-indicatie krijgt. De regeling treedt op 1 januari 2027 in werking.",
      answers=(Answer("5.1", "agree", EV51),)),
    P("Aanbeveling 5.2. Dagbesteding in de avond en in het weekend kan werkende mantelzorgers veel lucht geven, "
      "maar vraagt om personeel dat juist op die momenten schaars is. " + EV52 + " Op basis van de evaluatie besluit "
      "ik in 2028 of een landelijke stimuleringsregeling zinvol is.",
      answers=(Answer("5.2", "partial", EV52),)),
    H2("Tot slot"),
    P("De zorg voor mensen met dementie is een opgave voor de lange termijn, die niet in één kabinetsperiode is "
      "afgerond. Het advies van de Raad helpt om die opgave scherper te formuleren en keuzes te maken. Ik zal uw "
      "Kamer over de voortgang van de hier genoemde maatregelen informeren in de jaarlijkse voortgangsrapportage "
      "over het programma Ouder worden in de eigen omgeving, voor het eerst in het voorjaar van 2026."),
    P("De minister van Volksgezondheid, Welzijn en Sport,"),
    P("drs. E.M. Hoogendoorn-Kaya"),
)

RESPONSE = Document(
    title="Kabinetsreactie op het advies ‘Thuis, zolang het kan’ van de Adviesraad Zorg en Samenleving",
    subtitle="Brief van de minister van Volksgezondheid, Welzijn en Sport, mede namens de minister van "
             "Volkshuisvesting en Ruimtelijke Ordening en de minister van Sociale Zaken en Werkgelegenheid, aan de "
             "Voorzitter van de Tweede Kamer der Staten-Generaal",
    blocks=RESPONSE_BLOCKS,
    running_header="Kabinetsreactie advies ‘Thuis, zolang het kan’",
    footer="Pagina {page} van {pages}",
    font_family="sans",
    title_page=False,
)

PAIR = Pair(
    name="dementia_care_council",
    report=REPORT,
    response=RESPONSE,
    description="Adviesraad Zorg en Samenleving advice on dementia care at home (serif, 14 recommendations numbered "
                "2.1-5.3 per chapter, a bulleted summary repeating them, numbered onderzoeksvragen) and the VWS "
                "minister's letter answering per theme with 'Aanbeveling N.' run-ins; 2.1-2.3 in one paragraph with "
                "three positions, 3.2 left to zorgverzekeraars, 4.3 only existing policy, 5.3 not mentioned.",
)
