"""Pair: a fictional Rekenkamer Rijksfinanciën audit of the supervision of the pension transition, and the response.

Layout traits this pair tests: a sans report with a title page and a running header.  A "Samenvatting" at the front
ends with a level-3 heading "Onze aanbevelingen in het kort" and a short bulleted list that repeats all thirteen
recommendations in a few words with their addressee in brackets (duplicates, gold via ``duplicate_of``).  Analysis
chapters 1-5 contain bulleted research questions and role descriptions, a rows-ruled table and opinions in running
prose ("Wij vinden ..."), none of them recommendations.  Chapter 6 "Conclusies en aanbevelingen" has level-2 themes,
each conclusion is a level-3 heading, and every recommendation is an indented, unlabelled paragraph (a one-item
``style=""`` list) that begins "Wij bevelen de minister van ... aan ..." or "Wij doen de minister de aanbeveling ..."
(the addressee then follows from the preceding recommendation); no numbers are printed, gold ids 1-13 follow the
printed order.  Addressees: the minister of SZW (most), the minister of Financiën (5), DNB and the AFM (7, FIN per
departments.csv), the pension funds and social partners (10, OTHER).

The response is the separate chapter "Reactie van de minister en nawoord" as the Rekenkamer prints it (no title page,
same running header): a short introduction by the Rekenkamer, section 7.1 with the letter of the minister of SZW
(bold subject captions, answers by subject without numbers, thanks and context paragraphs), and section 7.2
"Nawoord Rekenkamer" in which the auditor comments ("Wij zijn verheugd dat de minister onze aanbeveling ...
overneemt", "Wij betreuren ...", "gaat niet in op"): auditor's voice, no gold answers there.
Gold positions: 1 agree ("neem ik over") and 13 partial (supervisors' findings summarised in the existing report, a
separate yearly overview only considered) in one paragraph; 2 agree without cue (assignment to the monitor, money);
3 partial (legal consequences mapped now, full scenario postponed), after a context paragraph that "deelt uw
opvatting" (no position); 4 disagree ("zie ik geen meerwaarde"); 5 agree without cue, answered "Mede namens de
minister van Financiën" (money fixed at the Voorjaarsnota); 6 disagree ("dat is aan de toezichthouders, die
onafhankelijk zijn"); 7 (to DNB and the AFM) never mentioned, the nawoord notes its absence; 8 agree ("onderschrijf
ik uw aanbeveling"); 9 agree ("neem ik over", with a start date); 10 (to funds and social partners) not addressed:
the letter only describes existing information duties; 11 partial (a one-year pilot instead of the desk); 12 agree
without cue (the evaluation the recommendation asks for, with a date).  All prose is fictional and written for this
test set; the Rekenkamer Rijksfinanciën does not exist.  Report 14 pages, response 4 pages; because the summary list
comes first, the gold page of every recommendation is that of its short form (2-3), not of chapter 6 (12-14).
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

P = Paragraph


def H1(text: str) -> Heading:
    return Heading(text, level=1)


def H2(text: str) -> Heading:
    return Heading(text, level=2)


def H3(text: str) -> Heading:
    return Heading(text, level=3)


def bullets(*texts: str) -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style="•")


def rec(number: str, text: str, *departments: str) -> ItemList:
    """A recommendation printed as an indented paragraph without a label; the gold number is an id only."""
    return ItemList(items=(ListItem(text, recommendation=Recommendation(number, tuple(departments))),), style="")


def A(text: str, *answers: tuple[str, str, str]) -> Paragraph:
    """A response paragraph with its gold answers (number, position, evidence sentence)."""
    return Paragraph(text, answers=tuple(Answer(n, pos, ev) for n, pos, ev in answers))


def caption(text: str) -> Paragraph:
    return Paragraph(text, bold=True)


RUNNING_HEADER = "Rekenkamer Rijksfinanciën  |  Overgaan met zekerheid? Toezicht op de pensioentransitie"

# --------------------------------------------------------------------------------------------------------------
# The recommendations: (number, departments, full text in chapter 6, short text in the summary)
# --------------------------------------------------------------------------------------------------------------

RECS = {
    "1": (("SZW",),
          "Wij bevelen de minister van SZW aan om de halfjaarlijkse voortgangsrapportage aan de Tweede Kamer uit te "
          "breiden met indicatoren over de uitkomsten van de transitie voor deelnemers, zoals de verdeling van de "
          "compensatie over leeftijdsgroepen en de ontwikkeling van de verwachte pensioenuitkomsten, en daarin niet "
          "alleen te rapporteren over de planning van de fondsen.",
          "Rapporteer over wat de overstap deelnemers oplevert, niet alleen over de planning (minister van SZW)."),
    "2": (("SZW",),
          "Wij doen de minister de aanbeveling om in de monitor van de Wet toekomst pensioenen de gevolgen voor "
          "groepen die in de gemiddelden uit beeld raken, zoals gewezen deelnemers, nabestaanden en gepensioneerden "
          "met een klein pensioen, afzonderlijk zichtbaar te maken.",
          "Maak in de monitor de gevolgen voor kwetsbare groepen afzonderlijk zichtbaar (minister van SZW)."),
    "3": (("SZW",),
          "Wij bevelen de minister van SZW aan om een uitgewerkt scenario op te stellen voor de situatie waarin een "
          "of meer grote pensioenfondsen de uiterste transitiedatum van 1 januari 2028 niet halen, met daarin de "
          "juridische gevolgen, de instrumenten waarover de minister en DNB dan beschikken, de gevolgen voor "
          "pensioenuitvoeringsorganisaties en de communicatie met deelnemers.",
          "Bereid een scenario voor als grote fondsen de uiterste transitiedatum niet halen (minister van SZW)."),
    "4": (("SZW",),
          "Wij doen de minister de aanbeveling om uiterlijk medio 2026 een formeel beslismoment in te plannen waarop "
          "zij aan de hand van vooraf bekendgemaakte criteria beoordeelt of de uiterste transitiedatum haalbaar is, "
          "en de Tweede Kamer vooraf over die criteria te informeren.",
          "Plan medio 2026 een formeel beslismoment over de haalbaarheid van die datum (minister van SZW)."),
    "5": (("FIN",),
          "Wij bevelen de minister van Financiën aan om, in overleg met de minister van SZW, de bekostiging van de "
          "tijdelijke extra toezichtcapaciteit bij DNB en de AFM voor de jaren 2026 tot en met 2028 zeker te "
          "stellen, zodat de transitieteams van beide toezichthouders niet afhankelijk zijn van jaarlijkse "
          "besluitvorming over de heffingen.",
          "Stel de bekostiging van het extra toezicht tot en met 2028 zeker (minister van Financiën)."),
    "6": (("SZW",),
          "Wij bevelen de minister van SZW aan om als stelselverantwoordelijke met DNB en de AFM afspraken te maken "
          "over de risico's in de transitie die in het toezicht voorrang krijgen, en deze afspraken openbaar te "
          "maken, zodat fondsen en deelnemers weten waarop het toezicht zich richt.",
          "Maak openbare afspraken over de prioriteiten van het toezicht op de transitie (minister van SZW)."),
    "7": (("FIN",),
          "Wij bevelen De Nederlandsche Bank en de AFM aan om hun informatie-uitvragen aan pensioenfondsen over de "
          "transitie op elkaar af te stemmen, gegevens die een van beide al heeft niet opnieuw op te vragen en "
          "daarvoor uiterlijk in 2026 één gezamenlijk uitvraagportaal in gebruik te nemen.",
          "Bundel de informatie-uitvragen aan fondsen in één portaal (DNB en de AFM)."),
    "8": (("SZW",),
          "Wij bevelen de minister van SZW aan om in de pensioenwetgeving een expliciete grondslag op te nemen voor "
          "het delen van geanonimiseerde klachtgegevens tussen de Ombudsman Pensioenen en de toezichthouders, zodat "
          "signalen van deelnemers het toezicht sneller bereiken.",
          "Regel een wettelijke grondslag om klachtsignalen met de toezichthouders te delen (minister van SZW)."),
    "9": (("SZW",),
          "Wij bevelen de minister van SZW aan om samen met de sociale partners en de pensioensector een landelijke "
          "publiekscampagne te voeren die deelnemers uitlegt wat de overstap voor hen betekent en waar zij hun "
          "persoonlijke informatie kunnen vinden.",
          "Voer een landelijke publiekscampagne over de overstap (minister van SZW)."),
    "10": (("OTHER",),
           "Wij bevelen de pensioenfondsen en de sociale partners aan om deelnemers vóór de overstap in euro's te "
           "laten zien wat de compensatie voor hen persoonlijk inhoudt, en in begrijpelijke taal toe te lichten "
           "waarom zij voor deze verdeling van het vermogen hebben gekozen.",
           "Laat deelnemers in euro's zien wat de compensatie voor hen betekent (pensioenfondsen en sociale "
           "partners)."),
    "11": (("SZW",),
           "Wij bevelen de minister van SZW aan om te zorgen voor één herkenbaar landelijk loket waar deelnemers met "
           "vragen en klachten over de transitie terechtkunnen en dat hen zo nodig doorverwijst naar hun fonds, de "
           "Ombudsman Pensioenen of de geschilleninstantie.",
           "Zorg voor één landelijk loket voor vragen en klachten over de overstap (minister van SZW)."),
    "12": (("SZW",),
           "Wij doen de minister de aanbeveling om het functioneren van de geschilleninstanties bij het invaren na "
           "het eerste volledige jaar onafhankelijk te laten evalueren, met bijzondere aandacht voor de "
           "toegankelijkheid voor individuele deelnemers en de doorlooptijd van de procedures.",
           "Laat de geschilleninstanties na hun eerste jaar onafhankelijk evalueren (minister van SZW)."),
    "13": (("SZW",),
           "Wij bevelen de minister van SZW aan om de Tweede Kamer jaarlijks een integraal overzicht van de transitie "
           "te sturen, waarin de bevindingen van DNB en de AFM, de uitkomsten van de monitor en de signalen van de "
           "Ombudsman Pensioenen in samenhang worden gepresenteerd.",
           "Stuur de Tweede Kamer jaarlijks een samenhangend overzicht van de transitie (minister van SZW)."),
}


def R(number: str) -> ItemList:
    departments, text, _ = RECS[number]
    return rec(number, text, *departments)


SUMMARY_LIST = ItemList(
    items=tuple(ListItem(short, recommendation=Recommendation(number, departments, duplicate_of=number))
                for number, (departments, _, short) in RECS.items()),
    style="•",
)

# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H1("Samenvatting"),
    P("Nederland stapt over op een nieuw pensioenstelsel. Sinds de Wet toekomst pensioenen (Wtp) op 1 juli 2023 in "
      "werking trad, bereiden pensioenfondsen, werkgevers en vakbonden zich voor op een overstap waarbij ruim "
      "achttien miljoen pensioenaanspraken worden omgezet naar nieuwe, persoonlijkere pensioenregelingen. De "
      "meeste fondsen zetten die stap in 2026 of 2027; uiterlijk op 1 januari 2028 moet de overgang voltooid zijn."),
    P("De minister van Sociale Zaken en Werkgelegenheid (SZW) is verantwoordelijk voor het pensioenstelsel als "
      "geheel. Het toezicht op de fondsen ligt bij De Nederlandsche Bank (DNB) en de Autoriteit Financiële Markten "
      "(AFM). Wij onderzochten of de minister en de toezichthouders samen voldoende zicht hebben op de risico's van "
      "de transitie, en of zij op tijd kunnen ingrijpen als het misgaat."),
    P("Onze conclusie is dat het toezicht op de afzonderlijke fondsen grondig is, maar dat het zicht op het geheel "
      "tekortschiet. De minister volgt vooral of fondsen hun planning halen, niet wat de overstap deelnemers "
      "oplevert. Op de situatie dat grote fondsen de uiterste datum niet halen, is het stelsel niet voorbereid. De "
      "extra capaciteit die DNB en de AFM voor de transitie hebben vrijgemaakt, is na 2025 niet zeker "
      "gefinancierd. En deelnemers weten vaak niet wat de overstap voor hen betekent, noch waar zij met vragen en "
      "klachten terechtkunnen."),
    P("Wij doen dertien aanbevelingen. De meeste richten zich tot de minister van SZW; één richt zich tot de "
      "minister van Financiën, één tot DNB en de AFM samen en één tot de pensioenfondsen en de sociale partners. "
      "De volledige tekst van de aanbevelingen staat in hoofdstuk 6."),
    H3("Onze aanbevelingen in het kort"),
    SUMMARY_LIST,
    PageBreak(),
    H1("1  Inleiding"),
    H2("1.1  Aanleiding"),
    P("De overgang naar het nieuwe pensioenstelsel is een operatie zonder precedent. Er is ongeveer 1.500 miljard "
      "euro aan pensioenvermogen bij betrokken, en vrijwel iedere werkende of gepensioneerde Nederlander heeft er "
      "op enig moment mee te maken. De wetgever heeft de transitie bewust gespreid over meerdere jaren, zodat "
      "fondsen zorgvuldig kunnen werken en de toezichthouders ieder fonds afzonderlijk kunnen beoordelen."),
    P("In de parlementaire behandeling van de Wtp is veel aandacht besteed aan de risico's van de overstap: de "
      "evenwichtigheid van de verdeling van het vermogen tussen generaties, de uitvoerbaarheid voor "
      "pensioenuitvoerders en de begrijpelijkheid voor deelnemers. De minister zegde toe dat het toezicht op de "
      "transitie \"stevig en zichtbaar\" zou zijn. Wij wilden weten of die toezegging in de praktijk wordt "
      "waargemaakt, nu de eerste fondsen zijn overgestapt en het grootste deel van de sector zich op de overstap "
      "voorbereidt."),
    H2("1.2  Onderzoeksvragen"),
    P("Ons onderzoek beantwoordt de volgende vragen:"),
    bullets(
        "Hoe heeft de minister van SZW haar verantwoordelijkheid voor het stelsel tijdens de transitie ingevuld, en "
        "welke informatie gebruikt zij om bij te sturen?",
        "Hoe houden DNB en de AFM toezicht op de transitie, en beschikken zij daarvoor over voldoende capaciteit en "
        "informatie?",
        "In hoeverre worden deelnemers en het parlement in staat gesteld de gevolgen van de transitie te overzien?",
    ),
    H2("1.3  Afbakening en werkwijze"),
    P("Wij richtten ons op de periode van de inwerkingtreding van de Wtp tot en met december 2024. Wij beoordeelden "
      "niet of individuele fondsen een juiste beslissing hebben genomen over het invaren; dat is aan de fondsen "
      "zelf, en het toezicht daarop aan DNB. Evenmin oordelen wij over de inhoud van het nieuwe stelsel, waarover "
      "de wetgever heeft besloten."),
    P("Wij bestudeerden beleidsdocumenten, voortgangsrapportages en interne stukken van het ministerie van SZW, de "
      "toezichtagenda's en toezichtverslagen van DNB en de AFM en de jaarverslagen van de Ombudsman Pensioenen. Wij "
      "spraken met 46 medewerkers van het ministerie, de toezichthouders, pensioenfondsen, "
      "pensioenuitvoeringsorganisaties, werkgevers- en werknemersorganisaties en belangenorganisaties van "
      "gepensioneerden. Daarnaast analyseerden wij de transitieplannen van twaalf fondsen van verschillende "
      "omvang en een steekproef van 240 klachten die bij de Ombudsman Pensioenen binnenkwamen.",
      footnotes=("Met DNB en de AFM zijn afspraken gemaakt over de vertrouwelijkheid van toezichtinformatie. In dit "
                 "rapport noemen wij geen afzonderlijke fondsen.",)),
    P("Waar wij in dit rapport \"de minister\" schrijven, bedoelen wij de minister van SZW, tenzij anders vermeld."),
    H2("1.4  Leeswijzer"),
    P("Hoofdstuk 2 schetst de transitie en de rolverdeling. In hoofdstuk 3 bespreken wij de sturing door de "
      "minister, in hoofdstuk 4 het toezicht door DNB en de AFM en in hoofdstuk 5 de positie van deelnemers en het "
      "parlement. Hoofdstuk 6 bevat onze conclusies en aanbevelingen. De reactie van de minister en ons nawoord "
      "zijn opgenomen in hoofdstuk 7, dat als afzonderlijk document bij dit rapport is gevoegd."),
    PageBreak(),
    H1("2  De transitie in vogelvlucht"),
    H2("2.1  Wat verandert er?"),
    P("In het huidige stelsel bouwen deelnemers een toegezegde uitkering op. Fondsen moeten voldoende buffers "
      "aanhouden om die toezegging waar te maken, en als de dekkingsgraad te laag is, mogen zij de pensioenen niet "
      "verhogen of moeten zij ze zelfs verlagen. In het nieuwe stelsel staat de premie centraal. Iedere deelnemer "
      "krijgt een eigen, herkenbaar deel van het vermogen, en de uitkering hangt af van het rendement dat daarop "
      "wordt behaald."),
    P("Bij de overstap worden de bestaande aanspraken in de meeste gevallen omgezet in het nieuwe contract: het "
      "zogenoemde invaren. Daarbij moet het fonds het bestaande vermogen verdelen over alle deelnemers. Die "
      "verdeling moet evenwichtig zijn, en deelnemers die er door de overstap op achteruitgaan, bijvoorbeeld omdat "
      "zij al lang premie hebben betaald onder het oude systeem van doorsneepremie, moeten worden gecompenseerd. "
      "Over de compensatie en de verdeling beslissen de sociale partners en het fondsbestuur samen, in een "
      "transitieplan en een implementatieplan."),
    H2("2.2  Tijdpad"),
    P("Fondsen kiezen zelf hun overstapdatum, binnen de grenzen die de wet stelt. De uiterste transitiedatum is 1 "
      "januari 2028. Tabel 1 laat zien hoe de overstapmomenten over de jaren zijn verdeeld."),
    P("Tabel 1  Geplande overstapmomenten van pensioenfondsen (stand 1 oktober 2024)", bold=True),
    Table(
        header=("Overstapmoment", "Fondsen", "Deelnemers (mln)", "Vermogen (mld euro)"),
        rows=(
            ("Al overgestapt in 2024", "9", "0,4", "28"),
            ("1 januari 2025", "18", "1,9", "156"),
            ("1 januari 2026", "54", "8,1", "702"),
            ("1 januari 2027", "39", "6,7", "391"),
            ("1 januari 2028", "8", "0,9", "63"),
            ("Nog geen besluit", "6", "0,3", "17"),
            ("Totaal", "134", "18,3", "1.357"),
        ),
        widths=(2.4, 1.0, 1.4, 1.5),
        rules="rows",
    ),
    P("Bron: DNB, uitvraag transitieplanning oktober 2024; bewerking Rekenkamer Rijksfinanciën. Deelnemers omvatten "
      "actieve en gewezen deelnemers en pensioengerechtigden."),
    P("Het zwaartepunt ligt bij 1 januari 2026 en 1 januari 2027. Op die twee momenten stappen samen 93 fondsen met "
      "bijna vijftien miljoen deelnemers over. Dat legt een grote druk op de uitvoeringsorganisaties, die voor "
      "meerdere fondsen tegelijk werken, en op de toezichthouders, die ieder implementatieplan en ieder "
      "invaarbesluit moeten beoordelen."),
    H2("2.3  Wie doet wat?"),
    P("De transitie kent een groot aantal betrokken partijen. In de kern gaat het om:"),
    bullets(
        "de minister van SZW, die verantwoordelijk is voor de pensioenwetgeving en het functioneren van het stelsel "
        "als geheel;",
        "de minister van Financiën, die verantwoordelijk is voor de wettelijke kaders van het financieel toezicht "
        "en voor de bekostiging van DNB en de AFM;",
        "DNB, die toezicht houdt op de financiële soliditeit van fondsen en het implementatieplan en het "
        "invaarbesluit toetst;",
        "de AFM, die toezicht houdt op de informatie aan deelnemers en de communicatie over de overstap;",
        "de sociale partners, die het transitieplan opstellen, en de fondsbesturen, die het uitvoeren;",
        "de Ombudsman Pensioenen en de geschilleninstanties, bij wie deelnemers met klachten en geschillen "
        "terechtkunnen.",
    ),
    P("De toezichthouders zijn onafhankelijk. De minister kan hun geen aanwijzingen geven over individuele "
      "fondsen, maar is wel verantwoordelijk voor het wettelijk kader waarbinnen zij werken en legt daarover "
      "verantwoording af aan het parlement."),
    PageBreak(),
    H1("3  Sturing door de minister"),
    H2("3.1  Wat de minister volgt"),
    P("De minister informeert de Tweede Kamer sinds het najaar van 2023 twee keer per jaar met een "
      "voortgangsrapportage. Die rapportage is in de kern een planningsoverzicht: hoeveel fondsen een "
      "transitieplan hebben vastgesteld, hoeveel implementatieplannen bij DNB liggen, en hoeveel fondsen op "
      "schema liggen voor de beoogde overstapdatum. De rapportages zijn feitelijk juist en worden tijdig "
      "verstuurd."),
    P("Wat ontbreekt, is informatie over de uitkomsten. Uit de voortgangsrapportage valt niet op te maken hoe de "
      "compensatie over leeftijdsgroepen wordt verdeeld, hoe de verwachte pensioenen van deelnemers zich door de "
      "overstap ontwikkelen, of hoeveel deelnemers er per saldo op achteruitgaan. Ambtenaren van het ministerie "
      "lieten ons weten dat die informatie bij de fondsen aanwezig is, maar niet centraal wordt verzameld. Wij "
      "vinden dat een gemis. Juist de uitkomsten voor deelnemers zijn de maatstaf waarop het parlement en de "
      "samenleving de transitie zullen beoordelen."),
    P("Het ministerie laat daarnaast een monitor uitvoeren die de effecten van de Wtp volgt. Die monitor werkt met "
      "gemiddelden per leeftijdscohort. Groepen die in die gemiddelden nauwelijks gewicht hebben, zoals gewezen "
      "deelnemers met een kleine aanspraak, nabestaanden en gepensioneerden met een laag aanvullend pensioen, "
      "blijven daardoor buiten beeld. In onze steekproef van klachten bij de Ombudsman Pensioenen kwam ruim een "
      "derde van de klachten juist van deze groepen.",
      footnotes=("Van de 240 onderzochte klachten waren er 83 afkomstig van gewezen deelnemers, nabestaanden of "
                 "gepensioneerden met een aanvullend pensioen van minder dan 500 euro per maand.",)),
    H2("3.2  Voorbereiding op vertraging"),
    P("Acht fondsen hebben 1 januari 2028 als overstapdatum gekozen, zes fondsen hadden in oktober 2024 nog geen "
      "besluit genomen. Daaronder zijn twee fondsen met elk meer dan 200.000 deelnemers. Bij fondsen die op het "
      "laatste moment overstappen, is er geen ruimte meer voor uitstel: een tegenvaller in de uitvoering of een "
      "langdurig geschil over het transitieplan kan ertoe leiden dat zij de uiterste datum niet halen."),
    P("Wij hebben bij het ministerie gevraagd wat er in dat geval gebeurt. Het antwoord was dat het ministerie "
      "\"ervan uitgaat dat alle fondsen tijdig overstappen\" en dat er daarom geen scenario is uitgewerkt. Ook de "
      "vraag welke bevoegdheden DNB en de minister hebben als een fonds na 1 januari 2028 nog in het oude stelsel "
      "zit, is niet uitgezocht. De betrokken juristen van het ministerie en DNB gaven ons verschillende antwoorden."),
    P("De uiterste transitiedatum is in de afgelopen jaren al eenmaal verschoven. Er is geen vast moment waarop de "
      "minister, met het oog op die datum, de balans opmaakt. Het risico is dat een besluit over de haalbaarheid "
      "pas wordt genomen als het te laat is om nog bij te sturen, en dan onder grote tijdsdruk."),
    H2("3.3  De bekostiging van het toezicht"),
    P("DNB en de AFM hebben voor de transitie tijdelijke teams ingericht. Bij DNB werken ongeveer 70 fte aan de "
      "beoordeling van implementatieplannen en invaarbesluiten, bij de AFM ongeveer 25 fte aan het toezicht op de "
      "communicatie met deelnemers. De kosten van het toezicht worden op grond van de Wet bekostiging financieel "
      "toezicht grotendeels doorberekend aan de instellingen waarop toezicht wordt gehouden."),
    P("Voor 2024 en 2025 is een tijdelijke rijksbijdrage afgesproken om de heffingen voor fondsen te beperken. Voor "
      "de jaren daarna, waarin de meeste fondsen overstappen, is nog geen besluit genomen. Beide toezichthouders "
      "gaven aan dat zij hun transitieteams in de huidige omvang alleen kunnen handhaven als de financiering "
      "vóór medio 2025 bekend is; anders moeten zij tijdelijke contracten laten aflopen. Het is daarbij aan de "
      "minister van Financiën om, in overleg met de minister van SZW, een voorstel te doen."),
    PageBreak(),
    H1("4  Het toezicht in de praktijk"),
    H2("4.1  Het toezicht door DNB"),
    P("DNB beoordeelt van ieder fonds het implementatieplan en, vlak voor de overstap, het besluit om in te varen. "
      "Wij hebben de dossiers van twaalf fondsen bestudeerd en vinden de beoordeling grondig. DNB stelt "
      "gerichte vragen, vraagt zo nodig aanvullende berekeningen op en heeft in drie van de twaalf dossiers "
      "aanpassingen in het implementatieplan afgedwongen."),
    P("DNB maakt daarbij keuzes over waar zij de nadruk legt. In 2024 lag die op de datakwaliteit bij "
      "uitvoeringsorganisaties; voor 2025 noemt DNB de operationele risico's rond de overstapdatum als prioriteit. "
      "Die keuzes zijn verdedigbaar, maar voor fondsen en deelnemers is lang niet altijd duidelijk waarom een "
      "bepaald risico voorrang krijgt en een ander niet. De toezichtagenda's noemen de prioriteiten, maar niet hoe "
      "zij zich verhouden tot de risico's die de minister en het parlement bij de behandeling van de Wtp als "
      "belangrijkste hebben aangemerkt."),
    H2("4.2  Het toezicht door de AFM"),
    P("De AFM ziet toe op de informatie die fondsen aan deelnemers geven. Zij heeft in 2024 een leidraad "
      "gepubliceerd en een groot aantal communicatieplannen beoordeeld. Volgens de AFM is de kwaliteit van de "
      "communicatie in het algemeen voldoende, maar is de informatie over de compensatie vaak te abstract: "
      "deelnemers krijgen percentages en grafieken te zien, maar geen bedrag dat zij kunnen vergelijken met hun "
      "huidige pensioenoverzicht."),
    H2("4.3  Samenwerking en informatie-uitwisseling"),
    P("DNB en de AFM werken samen op basis van een convenant. In de praktijk overleggen de transitieteams "
      "regelmatig. Fondsen ervaren de samenwerking echter niet als één geheel. De toezichthouders vragen ieder "
      "langs eigen weg informatie uit, in verschillende formats en met verschillende peildata. In de transitieplannen "
      "die wij bestudeerden, troffen wij gegevens aan die binnen drie maanden tweemaal, in net iets andere vorm, aan "
      "een toezichthouder moesten worden aangeleverd. Uitvoeringsorganisaties schatten dat de dubbele uitvragen "
      "hen per fonds enkele weken werk kosten, in een periode waarin hun capaciteit het grootste knelpunt is."),
    P("Een tweede knelpunt is de weg van signalen van deelnemers naar het toezicht. De Ombudsman Pensioenen "
      "ontvangt veel klachten over de transitie. Omdat niet duidelijk is op welke grondslag zij gegevens uit "
      "klachten mag delen, deelt zij die alleen in geaggregeerde vorm in haar jaarverslag. Daardoor bereikt een "
      "signaal over een fonds dat systematisch onduidelijk communiceert het toezicht pas maanden later, als het al "
      "te laat is om de communicatie voor de overstap nog aan te passen."),
    PageBreak(),
    H1("5  Deelnemers en parlement"),
    H2("5.1  Weten deelnemers wat er gebeurt?"),
    P("Uit een enquête die in opdracht van het ministerie werd uitgevoerd, blijkt dat in het najaar van 2024 ruim "
      "de helft van de deelnemers niet wist dat hun pensioen in de komende jaren verandert. Van degenen die het "
      "wel wisten, kon een minderheid aangeven wat de verandering voor hen persoonlijk betekent."),
    P("Fondsen informeren hun deelnemers, maar die informatie bereikt veel mensen niet of komt niet over. Een "
      "landelijke, herkenbare boodschap ontbreekt. Na de lancering van een website in 2023 heeft het "
      "ministerie geen publiekscampagne gevoerd. In de gesprekken die wij voerden, "
      "werd vaak gewezen op de wenselijkheid van een gezamenlijke campagne van overheid, sociale partners en "
      "pensioensector."),
    P("Het lastigste onderdeel voor deelnemers is de compensatie. Sociale partners en fondsbesturen leggen in het "
      "transitieplan vast hoe het vermogen wordt verdeeld en wie hoeveel compensatie krijgt. In de plannen die wij "
      "bestudeerden, werd die keuze voor deelnemers zelden in begrijpelijke taal toegelicht, en werd de "
      "compensatie vrijwel nooit in euro's uitgedrukt.",
      footnotes=("In twee van de twaalf bestudeerde plannen kregen deelnemers een rekenvoorbeeld in euro's; in geen "
                 "van de plannen een persoonlijk bedrag.",)),
    H2("5.2  Vragen, klachten en geschillen"),
    P("Een deelnemer met een vraag of klacht over de overstap kan terecht bij zijn fonds, bij de Ombudsman "
      "Pensioenen, bij de geschilleninstantie van zijn fonds en uiteindelijk bij de rechter. Voor "
      "deelnemers is die route onoverzichtelijk. In onze steekproef van klachten bleek een kwart van de klagers "
      "eerst bij de verkeerde instantie te zijn uitgekomen."),
    P("De geschilleninstanties zijn sinds 1 januari 2025 verplicht voor alle fondsen die invaren. Zij zijn door de "
      "sector zelf ingericht, en er zijn grote verschillen in opzet, kosten en doorlooptijd. Of zij voor "
      "individuele deelnemers toegankelijk genoeg zijn, is nog niet onderzocht. De wet voorziet in een evaluatie "
      "van de Wtp als geheel, maar pas vijf jaar na inwerkingtreding."),
    H2("5.3  Informatie aan het parlement"),
    P("Het parlement ontvangt over de transitie informatie uit veel bronnen: de voortgangsrapportages van de "
      "minister, de toezichtverslagen van DNB en de AFM, de monitor van de Wtp en de jaarverslagen van de "
      "Ombudsman Pensioenen. Die stukken verschijnen op verschillende momenten, met verschillende peildata, en "
      "verwijzen nauwelijks naar elkaar. Kamerleden die wij spraken, gaven aan dat zij daardoor moeilijk kunnen "
      "beoordelen hoe de transitie als geheel verloopt. Wij vinden dat de minister, als "
      "stelselverantwoordelijke, die samenhang zou moeten bieden."),
    PageBreak(),
    H1("6  Conclusies en aanbevelingen"),
    P("In dit hoofdstuk zetten wij onze conclusies uiteen en doen wij onze aanbevelingen. Wij hebben ze geordend "
      "naar de drie thema's van ons onderzoek. Bij iedere conclusie staan de aanbevelingen die daaruit volgen."),
    H2("6.1  Sturing door de minister"),
    H3("De minister volgt de planning, niet wat de transitie deelnemers oplevert"),
    P("De voortgangsrapportages van de minister laten zien of fondsen op schema liggen, maar niet wat de overstap "
      "voor deelnemers betekent. De monitor van de Wtp werkt met gemiddelden, waardoor groepen met een kleine of "
      "bijzondere aanspraak uit beeld raken. Daarmee kan de minister haar verantwoordelijkheid voor het stelsel "
      "maar ten dele waarmaken."),
    R("1"),
    R("2"),
    H3("Op vertraging is het stelsel niet voorbereid"),
    P("Er is geen scenario voor de situatie dat grote fondsen de uiterste transitiedatum niet halen, en de "
      "juridische gevolgen daarvan zijn niet uitgezocht. Een vast moment waarop de minister de haalbaarheid van de "
      "datum beoordeelt, ontbreekt."),
    R("3"),
    R("4"),
    H3("De bekostiging van het extra toezicht is niet zeker"),
    P("De transitieteams van DNB en de AFM zijn gefinancierd tot en met 2025. Juist in de jaren daarna stapt het "
      "grootste deel van de fondsen over. Zonder tijdig besluit dreigt capaciteit weg te lopen op het moment dat "
      "die het meest nodig is."),
    R("5"),
    H2("6.2  Het toezicht door DNB en de AFM"),
    H3("De toezichthouders maken eigen keuzes die voor buitenstaanders moeilijk te volgen zijn"),
    P("Het toezicht van DNB op de afzonderlijke fondsen is grondig. De prioriteiten in het toezicht zijn echter "
      "niet herkenbaar gekoppeld aan de risico's die bij de totstandkoming van de Wtp als belangrijkste zijn "
      "aangemerkt. Fondsen en deelnemers weten daardoor niet goed waarop het toezicht zich richt."),
    R("6"),
    H3("Fondsen worden dubbel bevraagd, en signalen van deelnemers bereiken het toezicht laat"),
    P("DNB en de AFM vragen langs eigen weg informatie uit, wat uitvoeringsorganisaties in een drukke periode "
      "onnodig belast. Klachten bij de Ombudsman Pensioenen bereiken het toezicht pas maanden later, omdat een "
      "duidelijke grondslag voor het delen van klachtgegevens ontbreekt."),
    R("7"),
    R("8"),
    H2("6.3  Deelnemers en parlement"),
    H3("Deelnemers weten niet wat de overstap voor hen betekent"),
    P("Ruim de helft van de deelnemers weet niet dat hun pensioen verandert. Een landelijke boodschap ontbreekt, "
      "en de compensatie wordt vrijwel nooit in euro's uitgedrukt of in begrijpelijke taal toegelicht."),
    R("9"),
    R("10"),
    H3("De weg voor vragen, klachten en geschillen is onoverzichtelijk"),
    P("Deelnemers weten niet waar zij met hun vraag of klacht terechtkunnen, en een kwart komt eerst bij de "
      "verkeerde instantie uit. Of de geschilleninstanties voor individuele deelnemers toegankelijk zijn, is nog "
      "niet onderzocht."),
    R("11"),
    R("12"),
    H3("Het parlement ontvangt veel informatie, maar geen samenhangend beeld"),
    P("De informatie over de transitie is verspreid over stukken van verschillende afzenders, die op verschillende "
      "momenten verschijnen en nauwelijks naar elkaar verwijzen. Een samenhangend beeld ontbreekt."),
    R("13"),
    P("Wij hebben ons rapport op 1 april 2025 voorgelegd aan de minister van SZW en de minister van Financiën, en "
      "de aanbeveling aan DNB en de AFM ook aan beide toezichthouders. De reactie van de minister en ons nawoord "
      "staan in hoofdstuk 7."),
)

REPORT = Document(
    title="Overgaan met zekerheid?",
    subtitle="Het toezicht op de overgang naar het nieuwe pensioenstelsel",
    blocks=REPORT_BLOCKS,
    running_header=RUNNING_HEADER,
    footer="{page}",
    font_family="sans",
    font_size=10.5,
    title_page=True,
    imprint=("Rekenkamer Rijksfinanciën", "Lange Voorhout 18, Den Haag", "Juni 2025"),
)

# --------------------------------------------------------------------------------------------------------------
# Response: chapter 7 as the Rekenkamer prints it
# --------------------------------------------------------------------------------------------------------------

EV1 = ("Uw aanbeveling om in die rapportage voortaan ook indicatoren op te nemen over wat de overstap voor deelnemers "
       "betekent, zoals de verdeling van de compensatie over leeftijdsgroepen en de ontwikkeling van de verwachte "
       "pensioenuitkomsten, neem ik over.")
EV13 = ("De belangrijkste bevindingen van DNB en de AFM zal ik voortaan in dezelfde rapportage samenvatten; of "
        "daarnaast een afzonderlijk jaaroverzicht nodig is waarin ook de signalen van de Ombudsman Pensioenen worden "
        "meegenomen, bezie ik nadat de Tweede Kamer de eerste rapportage nieuwe stijl heeft ontvangen.")
EV2 = ("Het onderzoeksbureau dat de monitor van de Wtp uitvoert, krijgt daarom de opdracht om vanaf de meting van het "
       "najaar van 2025 de uitkomsten voor gewezen deelnemers, nabestaanden en gepensioneerden met een klein "
       "pensioen afzonderlijk te rapporteren.")
EV3 = ("De juridische gevolgen van het niet halen van de uiterste transitiedatum breng ik dit jaar in kaart, maar een "
       "volledig uitgewerkt scenario, inclusief de gevolgen voor uitvoeringsorganisaties en de communicatie met "
       "deelnemers, stel ik pas op als uit de voortgangsrapportages blijkt dat vertraging bij grote fondsen reëel "
       "wordt.")
EV4 = "In een dergelijk beslismoment zie ik geen meerwaarde."
EV5 = ("Voor de extra werkzaamheden in de transitieperiode heeft het kabinet bij de Voorjaarsnota 2025 een tijdelijke "
       "rijksbijdrage van € 6,5 miljoen per jaar voor de jaren 2026 tot en met 2028 vastgelegd, zodat DNB en de AFM "
       "hun transitieteams tot de afronding van de overstap op sterkte kunnen houden.")
EV6 = ("Het is echter niet aan mij om met DNB en de AFM afspraken te maken over de prioriteiten in hun toezicht; dat "
       "is aan de toezichthouders, die onafhankelijk zijn.")
EV8 = "Ik onderschrijf uw aanbeveling om daarvoor een expliciete wettelijke grondslag te creëren."
EV9 = ("Ik neem uw aanbeveling over om samen met de sociale partners en de pensioensector een landelijke "
       "publiekscampagne te voeren.")
EV11 = ("Ik start daarom in januari 2026 een pilot van een jaar met een centraal informatiepunt, ondergebracht bij de "
        "Ombudsman Pensioenen, en besluit op basis van de evaluatie daarvan of er een landelijk loket komt.")
EV12 = ("Het functioneren van de geschilleninstanties, die sinds 1 januari 2025 geschillen over het invaren "
        "behandelen, laat ik in het voorjaar van 2026 evalueren door een onafhankelijk onderzoeksbureau.")

RESPONSE_BLOCKS = (
    P("De minister van Sociale Zaken en Werkgelegenheid (SZW) heeft op 12 mei 2025 op ons rapport gereageerd. Zij "
      "schrijft mede namens de minister van Financiën. Wij geven de reactie hieronder integraal weer, met "
      "uitzondering van de aanhef en de ondertekening. Daarna volgt in paragraaf 7.2 ons nawoord."),
    H2("7.1  Reactie van de minister van SZW"),
    P("Met belangstelling heb ik kennisgenomen van uw rapport \"Overgaan met zekerheid?\" over het toezicht op de "
      "overgang naar het nieuwe pensioenstelsel. Ik dank u voor het zorgvuldige onderzoek en voor de open "
      "gesprekken die uw onderzoekers in de afgelopen maanden met mijn ministerie, De Nederlandsche Bank en de "
      "Autoriteit Financiële Markten hebben gevoerd."),
    P("De overgang naar het nieuwe pensioenstelsel is een van de grootste operaties in de geschiedenis van het "
      "Nederlandse pensioenbestel. Ruim achttien miljoen aanspraken van deelnemers, gewezen deelnemers en "
      "gepensioneerden worden de komende jaren omgezet. Sinds de inwerkingtreding van de Wet toekomst pensioenen op "
      "1 juli 2023 zijn de eerste fondsen overgestapt, en het grootste deel van de sector bereidt zich voor op een "
      "overstap in 2026 of 2027. Het is waardevol dat u juist in deze fase onderzoekt of het toezicht op die "
      "overgang op orde is."),
    P("Uw rapport laat zien dat het toezicht op de afzonderlijke fondsen in de kern goed is ingericht en dat DNB en "
      "de AFM hun rol serieus nemen. Tegelijk wijst u op risico's die aandacht vragen: het beperkte zicht op wat de "
      "transitie deelnemers oplevert, de voorbereiding op vertraging en de onoverzichtelijkheid van de weg voor "
      "vragen en klachten. Ik herken die risico's. Hieronder ga ik per onderwerp op uw aanbevelingen in."),
    caption("Zicht op de uitkomsten voor deelnemers"),
    A("Ik ben het met u eens dat de voortgang van de transitie niet alleen moet worden afgemeten aan de vraag of "
      "fondsen hun planning halen. De Tweede Kamer ontvangt sinds het najaar van 2023 twee keer per jaar een "
      "voortgangsrapportage. " + EV1 + " De eerste rapportage met deze indicatoren verschijnt in oktober 2025. "
      + EV13,
      ("1", "agree", EV1), ("13", "partial", EV13)),
    A("Ook voor groepen die in het algemene beeld snel uit zicht raken, wil ik de gevolgen van de overstap kunnen "
      "volgen. " + EV2 + " Ik stel hiervoor in 2025 en 2026 samen € 850.000 extra beschikbaar.",
      ("2", "agree", EV2)),
    caption("Voorbereiding op vertraging"),
    P("Het overgrote deel van de fondsen ligt op schema. Volgens de meest recente uitvraag van DNB verwachten ongeveer "
      "negen op de tien fondsen uiterlijk op 1 januari 2027 over te stappen. Ik deel echter uw opvatting dat het "
      "verstandig is om ook voorbereid te zijn op de situatie waarin een of meer grote fondsen de uiterste "
      "transitiedatum van 1 januari 2028 niet halen."),
    A(EV3 + " Daarbij betrek ik ook de vraag welke instrumenten DNB en ik in dat geval hebben. Ik informeer de "
      "Tweede Kamer over de uitkomsten in de voortgangsrapportage van oktober 2025.",
      ("3", "partial", EV3)),
    A("U beveelt daarnaast aan om medio 2026 een formeel beslismoment in te plannen over de haalbaarheid van de "
      "uiterste transitiedatum. " + EV4 + " De uiterste datum ligt in de wet vast. Een openlijk beslismoment over de "
      "haalbaarheid ervan kan bij fondsen en sociale partners de verwachting wekken dat de datum opnieuw kan "
      "schuiven, en dat zou de voorbereiding eerder vertragen dan versnellen. Via de halfjaarlijkse "
      "voortgangsrapportage blijft de Tweede Kamer volledig op de hoogte van de stand van zaken.",
      ("4", "disagree", EV4)),
    caption("Bekostiging van het toezicht"),
    A("Mede namens de minister van Financiën ga ik in op uw aanbeveling over de bekostiging van de extra "
      "toezichtcapaciteit bij DNB en de AFM. De kosten van het toezicht worden op grond van de Wet bekostiging "
      "financieel toezicht grotendeels via heffingen doorberekend aan de instellingen waarop toezicht wordt "
      "gehouden. " + EV5 + " De heffingen voor pensioenfondsen stijgen daardoor in de transitiejaren niet verder "
      "dan in 2025.",
      ("5", "agree", EV5)),
    caption("De rol van de toezichthouders"),
    A("U constateert dat DNB en de AFM in de transitie eigen keuzes maken over waarop zij hun toezicht richten, en "
      "dat die keuzes voor fondsen en deelnemers niet altijd goed te volgen zijn. Ik begrijp die constatering, en "
      "ik hecht er ook aan dat het toezicht voor de sector voorspelbaar is. " + EV6 + " Beide toezichthouders "
      "publiceren jaarlijks een toezichtagenda waarin zij hun prioriteiten toelichten, en leggen over hun keuzes "
      "verantwoording af in hun jaarverslag. Uw bevindingen breng ik wel onder hun aandacht.",
      ("6", "disagree", EV6)),
    caption("Signalen van deelnemers"),
    A("De Ombudsman Pensioenen ontvangt in de transitieperiode veel vragen en klachten van deelnemers. U stelt vast "
      "dat die signalen het toezicht nu laat en onvolledig bereiken, omdat niet duidelijk is op welke grondslag "
      "gegevens uit klachten met DNB en de AFM mogen worden gedeeld. " + EV8 + " Een voorstel daartoe neem ik op in "
      "de Verzamelwet pensioenen 2026, die ik na de zomer in internetconsultatie breng.",
      ("8", "agree", EV8)),
    caption("Communicatie met deelnemers"),
    A("Uit uw onderzoek blijkt dat veel deelnemers niet weten wat de overstap voor hen persoonlijk betekent. Dat "
      "beeld komt overeen met de signalen die ik van de Pensioenfederatie en de Ombudsman Pensioenen ontvang. "
      + EV9 + " De campagne start in september 2025 en loopt door tot en met de laatste grote overstapmomenten in "
      "2027. Het ministerie neemt de kosten voor zijn rekening; de sector zorgt ervoor dat de campagne aansluit op "
      "de informatie van de fondsen zelf.",
      ("9", "agree", EV9)),
    P("Voor de informatie die deelnemers van hun eigen fonds ontvangen, geldt al een uitgebreid wettelijk kader. "
      "Pensioenuitvoerders zijn op grond van de Pensioenwet verplicht om deelnemers uiterlijk drie maanden voor de "
      "overstap te informeren over de gevolgen ervan voor hun pensioen, waaronder de waarde van hun opgebouwde "
      "aanspraken voor en na de overstap. De AFM ziet toe op de naleving van die verplichting en heeft daarover in "
      "2024 een leidraad gepubliceerd. Het transitieplan, waarin de keuzes over de verdeling van het vermogen "
      "worden gemotiveerd, is voor iedere deelnemer openbaar."),
    caption("Vragen, klachten en geschillen"),
    A("Ik onderschrijf het belang van een laagdrempelige plek waar deelnemers met hun vragen terechtkunnen. Of één "
      "landelijk loket daarvoor de beste vorm is, weet ik nog niet: deelnemers hebben in de eerste plaats een "
      "relatie met hun eigen fonds, en een nieuw loket mag die verantwoordelijkheid niet vertroebelen. " + EV11,
      ("11", "partial", EV11)),
    A(EV12 + " De toegankelijkheid voor individuele deelnemers en de doorlooptijd van de procedures maken "
      "nadrukkelijk deel uit van de onderzoeksvragen. Ik stuur de evaluatie met mijn reactie naar de Tweede Kamer.",
      ("12", "agree", EV12)),
    caption("Tot slot"),
    P("Samen met de minister van Financiën, DNB en de AFM zet ik mij ervoor in dat de overgang naar het nieuwe "
      "stelsel zorgvuldig verloopt, en dat deelnemers erop kunnen vertrouwen dat er goed op wordt toegezien. Uw "
      "rapport helpt daarbij. Ik zal de Tweede Kamer in de eerstvolgende voortgangsrapportage informeren over de "
      "uitvoering van de toezeggingen in deze reactie."),
    H2("7.2  Nawoord Rekenkamer"),
    P("Wij danken de minister voor haar reactie. Wij zijn verheugd dat de minister onze aanbeveling overneemt om in "
      "de voortgangsrapportage voortaan ook de uitkomsten van de transitie voor deelnemers te volgen, en dat zij de "
      "monitor uitbreidt met de groepen die nu buiten beeld blijven. Ook waarderen wij dat de bekostiging van de "
      "extra toezichtcapaciteit tot en met 2028 is zekergesteld, en dat de minister een wettelijke grondslag voor "
      "het delen van klachtgegevens regelt en een publiekscampagne start."),
    P("Wij betreuren dat de minister geen formeel beslismoment over de haalbaarheid van de uiterste transitiedatum "
      "wil inplannen. Wij begrijpen haar zorg dat een dergelijk moment verwachtingen kan wekken. Juist omdat de "
      "datum in de wet vastligt en een verschuiving ingrijpende gevolgen heeft, is het naar ons oordeel beter om "
      "tijdig en op basis van vooraf bekende criteria de balans op te maken dan om onder tijdsdruk te moeten "
      "besluiten. Wij blijven de minister daarom aanbevelen een dergelijk moment in te plannen. Het in kaart "
      "brengen van de juridische gevolgen van vertraging is een goede eerste stap, maar een volledig scenario "
      "kost tijd; wij vragen de minister daarmee niet te wachten tot de vertraging zich aandient."),
    P("Ten aanzien van de afspraken met de toezichthouders merken wij op dat wij de onafhankelijkheid van DNB en de "
      "AFM niet ter discussie stellen. Onze aanbeveling vraagt de minister niet om in het toezicht op individuele "
      "fondsen te treden, maar om als stelselverantwoordelijke met de toezichthouders te bespreken welke risico's "
      "voor het stelsel als geheel het zwaarst wegen, en dat openbaar te maken. Wij betreuren dat de minister deze "
      "aanbeveling niet overneemt."),
    P("Wij stellen vast dat de minister in haar reactie niet ingaat op onze aanbeveling aan DNB en de AFM om hun "
      "informatie-uitvragen aan pensioenfondsen te bundelen in één gezamenlijk portaal. Wij hebben deze aanbeveling "
      "ook rechtstreeks aan beide toezichthouders voorgelegd en zullen nagaan wat zij ermee doen. Wij gaan ervan "
      "uit dat de minister, als verantwoordelijke voor het stelsel, daarbij eveneens een rol voor zichzelf ziet."),
    P("De minister wijst op de bestaande informatieplichten van pensioenuitvoerders. Onze aanbeveling aan de "
      "pensioenfondsen en de sociale partners gaat verder dan die plichten: deelnemers hebben er recht op te weten "
      "wat de compensatie in euro's voor hen betekent, en waarom voor deze verdeling is gekozen. Wij roepen fondsen "
      "en sociale partners op dit alsnog te doen."),
    P("Wij zien met belangstelling uit naar de resultaten van de pilot met een centraal informatiepunt, naar de "
      "evaluatie van de geschilleninstanties en naar de eerste voortgangsrapportage nieuwe stijl. Wij zullen over "
      "twee jaar nagaan wat er met onze aanbevelingen is gebeurd."),
)

RESPONSE = Document(
    title="7  Reactie van de minister en nawoord",
    subtitle="Hoofdstuk 7 bij het rapport \"Overgaan met zekerheid? Het toezicht op de overgang naar het nieuwe "
             "pensioenstelsel\" van de Rekenkamer Rijksfinanciën, juni 2025",
    blocks=RESPONSE_BLOCKS,
    running_header=RUNNING_HEADER,
    footer="{page}",
    font_family="sans",
    font_size=10.5,
    title_page=False,
)

PAIR = Pair(
    name="pension_transition_audit",
    report=REPORT,
    response=RESPONSE,
    description=__doc__ or "",
)
