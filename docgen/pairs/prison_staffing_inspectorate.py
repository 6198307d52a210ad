"""Pair: a fictional Inspectie Vrijheidsbeneming en Justitie (IVJ) report on staff shortages in prisons, and the
staatssecretaris van Justitie en Veiligheid's letter in reply.

Layout traits of the report: sans font, a title page with imprint, a running header, numbered chapters without
numbered sections.  Chapter 1 has a numbered list of four "Onderzoeksvragen" (1-4, not recommendations); chapter 2
has a data table.  Each findings chapter (3-6) ends with a framed, shaded "Aanbevelingen" box (a one-column ruled
table with a shaded title bar and an opening sentence) followed by bold addressee lead-ins ("Aan de
staatssecretaris van Justitie en Veiligheid", "Aan de Dienst Justitiële Inrichtingen", "Aan de directeuren van de
penitentiaire inrichtingen", once "Aan de minister van Volksgezondheid, Welzijn en Sport") and numbered lists whose
labels are the recommendation numbers "3.1" ... "6.3" (fourteen in all).  Chapter 7 "Conclusies" has five
numbered conclusions "C1" ... "C5" (bold lead paragraphs with normative wording, not recommendations).  Directors of
the prisons have no entry in departments.csv and are coded OTHER, as the brief says.  The chapter 6
box runs over a page break (6.1 on page 11, 6.2 and 6.3 on page 12).

The response is a letter (serif, letterhead, no title page) of the staatssecretaris van JenV, written also on
behalf of the minister of VWS: thanks and context without a position, a general reaction that recognises the
picture, then a four-column ruled table "Nr. | Aanbeveling | Standpunt | Toelichting" with twelve rows, then letter
text on subjects outside the table.  Gold (the Answer sits on the Toelichting cell; the Standpunt label is not
trusted on its own):
- 3.1 partial (Deels overnemen: a guiding norm per type of ward, no binding national norm with reporting duty)
- 3.2 disagree (Niet overnemen: a labour-market allowance "niet opportuun", pay is in the cao Rijk)
- 3.3 agree (Standpunt "Aan DJI", but DJI commits to max 15 percent flex by end 2026 with 22 million a year)
- 3.4 agree (Reeds ingezet, plus a mentor made compulsory from 1 January 2026: a committed measure)
- 4.1 disagree (Niet overnemen, "past niet bij" after sharing the concern; repeated in the letter text)
- 4.2 not_addressed (Reeds ingezet, but the cell only describes the existing monthly report and a programme)
- 4.3 not_addressed (Aan DJI: passed on, "informeert de inspectie" how it follows up, no position)
- 4.4 agree (missing from the table; answered by subject in the letter text after it with an instruction and date,
  in one paragraph that also restates the refusal of 4.1)
- 5.1 partial (Deels overnemen: uniform registration yes, publication per prison no)
- 5.2 partial (Standpunt "Overnemen", but the Toelichting only promises a study and to "bezien" afterwards)
- 5.3 agree (Aan DJI, "DJI neemt deze aanbeveling over" with dates)
- 6.1 disagree (Niet overnemen, blunt, after "Ik deel de zorg")
- 6.2 agree (Overnemen: the half-yearly progress letter will carry the figures per prison)
- 6.3 not_addressed (regional recruitment route with mbo schools: in neither the table nor the letter)
All prose is fictional and written for this test set.
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


def bullets(*texts: str) -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style="•")


def recs(*items: tuple[str, str, tuple[str, ...]]) -> ItemList:
    """A numbered list whose labels are the recommendation numbers ("3.1", "3.2" ...)."""
    return ItemList(items=tuple(ListItem(text, recommendation=Recommendation(number, depts))
                                for number, text, depts in items), style="1.")


def box(chapter: str) -> Table:
    """The framed, shaded head of an "Aanbevelingen" box."""
    return Table(header=("Aanbevelingen",),
                 rows=((f"Op grond van de bevindingen in hoofdstuk {chapter} doet de inspectie de volgende "
                        "aanbevelingen.",),),
                 rules="grid", font_size=10.0)


def to(addressee: str) -> Paragraph:
    return Paragraph(addressee, bold=True)


JENV = ("JenV",)
OTHER = ("OTHER",)
VWS = ("VWS",)

# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H("Samenvatting"),
    P("In de Nederlandse gevangenissen zijn te weinig mensen om het werk te doen. Dat is geen nieuw signaal, maar de "
      "Inspectie Vrijheidsbeneming en Justitie (IVJ) stelt in dit onderzoek vast dat het tekort in een aantal "
      "inrichtingen zo groot is geworden dat het de kern van de tenuitvoerlegging raakt. Gedetineerden zitten vaker "
      "en langer op cel, activiteiten en bezoek vallen uit en nieuwe medewerkers staan soms al in hun eerste weken "
      "alleen op een afdeling met dertig gedetineerden."),
    P("De inspectie bezocht tussen oktober 2024 en februari 2025 acht penitentiaire inrichtingen, sprak met ruim 160 "
      "medewerkers en 94 gedetineerden en analyseerde roosters, incidentmeldingen en registraties van het "
      "dagprogramma. In alle acht inrichtingen was sprake van onderbezetting; in vier daarvan was die onderbezetting "
      "in de onderzoeksperiode structureel. De gevolgen verschillen per inrichting, maar het patroon is hetzelfde: "
      "waar vaste medewerkers ontbreken, worden de taken die niet direct met veiligheid te maken hebben het eerst "
      "geschrapt. Dat zijn juist de taken die detentie zinvol moeten maken, zoals arbeid, onderwijs, sport en het "
      "gesprek op de afdeling."),
    P("De inspectie ziet dat de Dienst Justitiële Inrichtingen (DJI) en de directeuren veel doen om de gaten te "
      "dichten. Er wordt geworven, er wordt met uitzendbureaus gewerkt en medewerkers draaien extra diensten. Die "
      "inzet verdient waardering. Tegelijk leidt de manier waarop de tekorten nu worden opgevangen tot nieuwe "
      "risico's: een groeiend aandeel onervaren en tijdelijke krachten, een hoge werkdruk bij het vaste personeel "
      "en een dagelijkse praktijk waarin de wettelijke rechten van gedetineerden onder druk staan zonder dat iemand "
      "buiten de inrichting dat ziet."),
    P("In de hoofdstukken 3 tot en met 6 beschrijft de inspectie haar bevindingen. Elk van die hoofdstukken sluit af "
      "met aanbevelingen aan de staatssecretaris van Justitie en Veiligheid, aan DJI of aan de directeuren van de "
      "inrichtingen; één aanbeveling is gericht aan de minister van Volksgezondheid, Welzijn en Sport. Hoofdstuk 7 "
      "bevat de conclusies van de inspectie."),
    PageBreak(),

    # ---------------------------------------------------------------------------------------------- chapter 1
    H("1 Inleiding"),
    H2("Aanleiding"),
    P("Sinds 2022 ontvangt de inspectie steeds meer signalen over de gevolgen van personeelstekorten in het "
      "gevangeniswezen. Commissies van toezicht melden dat beklagzaken over uitgevallen activiteiten toenemen, "
      "advocaten klagen over geannuleerde bezoeken en medewerkers melden zich bij de inspectie met zorgen over hun "
      "eigen veiligheid. Ook in de jaarlijkse gesprekken die de inspectie met directeuren voert, is het tekort aan "
      "personeel het meest genoemde knelpunt."),
    P("Het gevangeniswezen heeft daarnaast te maken met een tekort aan plaatsen. Om meer gedetineerden te kunnen "
      "huisvesten, zijn de afgelopen jaren maatregelen genomen zoals het vaker plaatsen van twee gedetineerden op "
      "één cel en het heropenen van eerder gesloten afdelingen. Die maatregelen vragen extra personeel, terwijl dat "
      "personeel er niet is. De inspectie heeft daarom besloten een breed onderzoek te doen naar de personele "
      "bezetting in de inrichtingen en de gevolgen daarvan voor gedetineerden."),
    H2("Onderzoeksvragen"),
    P("De centrale vraag van het onderzoek luidt: in hoeverre zijn de personeelstekorten in de penitentiaire "
      "inrichtingen van invloed op de rechten, de veiligheid en het welzijn van gedetineerden, en hoe sturen DJI en "
      "de directeuren daarop? Deze vraag is uitgewerkt in vier onderzoeksvragen:"),
    ItemList(items=(
        ListItem("Hoe is de personele bezetting van de verblijfsafdelingen in de onderzochte inrichtingen en hoe "
                 "wordt onderbezetting opgevangen?"),
        ListItem("Wat zijn de gevolgen van onderbezetting voor het dagprogramma, het bezoek en de bejegening van "
                 "gedetineerden?"),
        ListItem("Wat zijn de gevolgen van onderbezetting voor de veiligheid in de inrichting en voor de zorg aan "
                 "gedetineerden?"),
        ListItem("Hoe sturen de staatssecretaris, DJI en de directeuren op de personele bezetting en hoe worden zij "
                 "daarover geïnformeerd?"),
    ), style="1."),
    H2("Werkwijze"),
    P("De inspectie heeft acht inrichtingen bezocht, verspreid over het land en gevarieerd naar regime: vier huizen "
      "van bewaring, twee gevangenissen, een inrichting met een penitentiair psychiatrisch centrum (PPC) en een "
      "inrichting voor kortverblijf. Per inrichting waren de inspecteurs twee tot drie dagen aanwezig, waaronder "
      "minstens één avond en één weekenddag. Zij spraken met de directie, afdelingshoofden, penitentiair "
      "inrichtingswerkers (PIW'ers), medewerkers van de medische dienst, uitzendkrachten en gedetineerden, en "
      "woonden overdrachten en afdelingsoverleggen bij."),
    P("Daarnaast heeft de inspectie de roosters van de verblijfsafdelingen over een periode van twaalf weken "
      "geanalyseerd, evenals de registratie van het dagprogramma, de meldingen van incidenten en de beklagzaken bij "
      "de commissies van toezicht. Op landelijk niveau sprak de inspectie met de hoofddirectie van DJI, met de "
      "directie Sanctie- en Slachtofferbeleid van het ministerie en met vertegenwoordigers van de "
      "medezeggenschap. De bevindingen zijn per inrichting teruggekoppeld; het conceptrapport is voor wederhoor "
      "voorgelegd aan DJI en het ministerie."),
    P("De inrichtingen zijn in dit rapport geanonimiseerd en aangeduid met een letter (A tot en met H). Waar de "
      "inspectie citeert uit gesprekken, zijn de citaten zodanig bewerkt dat zij niet tot personen herleidbaar "
      "zijn.", footnotes=("Een uitgebreide verantwoording van de onderzoeksopzet staat in bijlage 1.",)),
    H2("Leeswijzer"),
    P("Hoofdstuk 2 schetst de context: de capaciteit van het gevangeniswezen en de ontwikkeling van het "
      "personeelsbestand. De hoofdstukken 3 tot en met 6 bevatten de bevindingen, geordend naar de vier "
      "onderzoeksvragen: de bezetting en inzet van personeel (hoofdstuk 3), de gevolgen voor gedetineerden "
      "(hoofdstuk 4), veiligheid en zorg (hoofdstuk 5) en sturing en informatie (hoofdstuk 6). Elk van deze "
      "hoofdstukken eindigt met een kader met aanbevelingen. Hoofdstuk 7 bevat de conclusies."),

    # ---------------------------------------------------------------------------------------------- chapter 2
    H("2 Het gevangeniswezen onder druk"),
    H2("Capaciteit en bezetting"),
    P("Het gevangeniswezen telt ruim veertig locaties met samen ongeveer 12.000 plaatsen. De bezettingsgraad ligt al "
      "enkele jaren boven de 95 procent, terwijl DJI voor een goede doorstroming uitgaat van ten hoogste 92 procent. "
      "Om plaats te maken voor nieuwe gedetineerden worden mensen in voorlopige hechtenis soms langer op een "
      "politiebureau vastgehouden en worden gedetineerden aan het eind van hun straf eerder heengezonden. Het "
      "kabinet heeft aangekondigd de capaciteit de komende jaren uit te breiden met enkele honderden plaatsen."),
    P("Iedere extra plaats vraagt personeel. Volgens de rekenregels van DJI is voor een reguliere "
      "verblijfsafdeling van 24 gedetineerden in het standaardregime tijdens dagdiensten een bezetting van drie "
      "PIW'ers nodig, bij een beperkt gemeenschapsprogramma twee. Voor afdelingen met een bijzonder regime, zoals "
      "het PPC of een extra zorgvoorziening, liggen die aantallen hoger. Deze rekenregels zijn richtinggevend: zij "
      "bepalen de formatie, maar er is geen ondergrens vastgelegd waaronder een afdeling niet mag draaien."),
    H2("Personeel in cijfers"),
    P("Op 1 januari 2025 stonden in de acht onderzochte inrichtingen gemiddeld 13 procent van de formatieplaatsen "
      "voor PIW'ers open. Het verloop onder nieuwe medewerkers is hoog: van de PIW'ers die in 2023 in dienst "
      "kwamen, was na achttien maanden bijna een derde weer vertrokken. Het ziekteverzuim lag in 2024 in zes van de "
      "acht inrichtingen boven de 8 procent. Tabel 2.1 geeft een overzicht.",
      footnotes=("Bron: personeelsgegevens DJI, peildatum 1 januari 2025; bewerking IVJ.",)),
    Table(
        header=("Inrichting", "Type", "Vacatures PIW (%)", "Ziekteverzuim 2024 (%)", "Diensten door flex (%)"),
        rows=(
            ("A", "huis van bewaring", "17", "9,4", "31"),
            ("B", "huis van bewaring", "12", "8,1", "24"),
            ("C", "huis van bewaring", "19", "10,2", "38"),
            ("D", "huis van bewaring", "9", "7,3", "16"),
            ("E", "gevangenis", "11", "8,8", "22"),
            ("F", "gevangenis", "6", "6,9", "11"),
            ("G", "gevangenis met PPC", "15", "9,7", "27"),
            ("H", "kortverblijf", "14", "8,5", "29"),
        ),
        widths=(0.16, 0.26, 0.19, 0.2, 0.19),
        rules="rows",
    ),
    P("Tabel 2.1 Personele bezetting in de onderzochte inrichtingen (bron: DJI, bewerking IVJ)."),
    P("De tabel laat zien dat de inrichtingen met de meeste vacatures ook het hoogste aandeel diensten laten "
      "draaien door flexibele krachten. Dat zijn uitzendkrachten, payrollers en medewerkers die via een "
      "detacheringsbureau worden ingehuurd. In inrichting C werd in de onderzoeksperiode meer dan een derde van de "
      "diensten op de verblijfsafdelingen door flexibele krachten gedraaid."),
    H2("Eerdere signalen"),
    P("De inspectie heeft in eerdere rapporten over afzonderlijke inrichtingen al gewezen op de gevolgen van "
      "onderbezetting. Ook de Raad voor Strafrechtstoepassing en Jeugdbescherming en de commissies van toezicht "
      "hebben daarover gerapporteerd. DJI heeft in 2023 het programma Vaste Grond gestart, dat onder meer is gericht "
      "op werving, behoud van personeel en het terugdringen van de werkdruk. De inspectie heeft de eerste resultaten "
      "van dat programma in haar onderzoek betrokken."),

    # ---------------------------------------------------------------------------------------------- chapter 3
    H("3 Bezetting en inzet van personeel"),
    H2("Roosters en minimale bezetting"),
    P("In alle onderzochte inrichtingen kwam het in de twaalf geanalyseerde weken voor dat een verblijfsafdeling "
      "met minder PIW'ers draaide dan de rekenregels voorschrijven. In vier inrichtingen gebeurde dat op meer dan "
      "de helft van de dagen. Afdelingshoofden vertelden dat zij het rooster iedere ochtend opnieuw moeten "
      "'puzzelen': medewerkers worden van de ene afdeling naar de andere verschoven, vrije dagen worden ingetrokken "
      "en activiteiten worden geschrapt om medewerkers vrij te spelen voor de afdelingen."),
    P("Wat een aanvaardbare minimale bezetting is, verschilt per inrichting en soms per afdelingshoofd. In "
      "inrichting A gold de afspraak dat een afdeling van 24 gedetineerden nooit met minder dan twee medewerkers "
      "open gaat; in inrichting C kwam het voor dat één PIW'er samen met een uitzendkracht in opleiding een afdeling "
      "draaide. Er is geen landelijke norm die aangeeft wanneer de bezetting zo laag is dat de afdeling dicht moet "
      "blijven, en er is geen plicht om het onderschrijden van de rekenregels te melden. De hoofddirectie van DJI "
      "heeft daardoor geen zicht op hoe vaak afdelingen onder het minimum draaien."),
    P("Medewerkers noemen het gebrek aan een duidelijke ondergrens zelf als een van de grootste bronnen van "
      "onzekerheid. 'Je weet nooit of je morgen met z'n tweeën of alleen staat,' zei een PIW'er met twaalf jaar "
      "ervaring. 'En als je alleen staat, doe je alleen nog wat echt moet: eten uitdelen, luchten als het kan, en "
      "verder deuren dicht.'"),
    H2("Flexibele krachten"),
    P("Om de roosters rond te krijgen, zijn de inrichtingen in korte tijd sterk afhankelijk geworden van flexibele "
      "krachten. Landelijk is het aandeel diensten op verblijfsafdelingen dat door flexibele krachten wordt "
      "gedraaid, volgens DJI gestegen van 9 procent in 2021 naar 23 procent in 2024. In de onderzochte inrichtingen "
      "liep dat aandeel uiteen van 11 tot 38 procent."),
    P("Flexibele krachten volgen een verkorte opleiding van vier weken, tegen negen maanden voor PIW'ers in vaste "
      "dienst. De inspectie trof in drie inrichtingen uitzendkrachten aan die al op een afdeling werkten voordat zij "
      "die verkorte opleiding hadden afgerond. Zij kenden de huisregels en de gedetineerden niet, wisten niet altijd "
      "hoe zij alarm moesten slaan en werden door gedetineerden op de proef gesteld. Vaste medewerkers vertelden dat "
      "zij een deel van hun dienst besteden aan het begeleiden van steeds wisselende collega's, wat hun eigen "
      "werkdruk verder verhoogt."),
    P("De inspectie heeft ook gezien dat flexibele krachten met inzet en betrokkenheid werken, en dat sommigen na "
      "enige tijd in vaste dienst treden. Het probleem is niet de individuele uitzendkracht, maar de omvang van de "
      "flexibele schil en het gebrek aan continuïteit die daarvan het gevolg is. Gedetineerden merkten dat scherp "
      "op: 'Iedere dag een ander gezicht. Je kunt niks afspreken, want morgen is hij er niet.'"),
    H2("Nieuwe medewerkers"),
    P("Alle inrichtingen werken met een inwerkprogramma voor nieuwe medewerkers, maar de uitvoering daarvan staat "
      "onder druk. In vijf inrichtingen sprak de inspectie nieuwe PIW'ers die binnen hun eerste drie maanden "
      "zelfstandig een afdeling hadden gedraaid, in enkele gevallen in een nachtdienst. Een vaste begeleider "
      "hadden zij niet; zij konden terecht bij 'wie er die dag was'. Uit exitgesprekken die de inrichtingen zelf "
      "voeren, blijkt dat een tekort aan begeleiding in het eerste jaar een van de meest genoemde redenen is om te "
      "vertrekken."),
    H2("Beloning en verloop"),
    P("In de Randstad en in de regio Eindhoven concurreren de inrichtingen om personeel met de politie, de zorg en "
      "de logistiek, die volgens medewerkers en leidinggevenden vaak een hoger salaris of gunstiger werktijden "
      "bieden. Directeuren in die regio's gaven aan dat zij kandidaten verliezen op het moment dat het salaris ter "
      "sprake komt. In inrichtingen buiten de Randstad is het verloop lager, maar ook daar neemt het aantal "
      "reacties op vacatures af."),
    P("De beloning van PIW'ers is geregeld in de cao Rijk en is voor het hele land gelijk. DJI kan binnen die cao "
      "beperkt gebruikmaken van toelagen. De inspectie constateert dat die ruimte tot nu toe nauwelijks is benut "
      "voor de inrichtingen met de grootste tekorten, terwijl de kosten van de inhuur van flexibele krachten in die "
      "inrichtingen wel sterk zijn gestegen."),
    box("3"),
    to("Aan de staatssecretaris van Justitie en Veiligheid"),
    recs(
        ("3.1", "Stel een landelijke minimumnorm vast voor het aantal penitentiair inrichtingswerkers dat per dienst "
                "op een verblijfsafdeling aanwezig moet zijn, en verplicht directeuren om iedere onderschrijding van "
                "die norm te melden aan DJI.", JENV),
        ("3.2", "Maak het werk als penitentiair inrichtingswerker in de regio's met de grootste tekorten financieel "
                "aantrekkelijker, bijvoorbeeld met een arbeidsmarkttoelage, zodat de inrichtingen daar minder "
                "afhankelijk worden van flexibele krachten.", JENV),
    ),
    to("Aan de Dienst Justitiële Inrichtingen"),
    recs(
        ("3.3", "Breng het aandeel diensten op de verblijfsafdelingen dat door uitzendkrachten en payrollers wordt "
                "gedraaid binnen twee jaar terug tot ten hoogste 15 procent, en zet flexibele krachten pas op een "
                "afdeling in nadat zij hun opleiding hebben afgerond.", JENV),
    ),
    to("Aan de directeuren van de penitentiaire inrichtingen"),
    recs(
        ("3.4", "Zorg dat iedere nieuwe PIW'er gedurende de eerste zes maanden een vaste mentor heeft en in die "
                "periode niet als enige vaste medewerker op een afdeling wordt ingeroosterd.", OTHER),
    ),

    # ---------------------------------------------------------------------------------------------- chapter 4
    H("4 Gevolgen voor gedetineerden"),
    H2("Insluiting op cel"),
    P("Het meest zichtbare gevolg van onderbezetting is dat gedetineerden langer op cel zitten. Als er te weinig "
      "medewerkers zijn om een afdeling veilig open te houden, besluit het afdelingshoofd of de dienstdoende "
      "leidinggevende de afdeling geheel of gedeeltelijk 'in te sluiten'. Gedetineerden blijven dan op cel en "
      "krijgen alleen het hoognodige: eten, medicatie en zo mogelijk een uur luchten."),
    P("In de onderzochte periode van twaalf weken kwamen afdelingsbrede insluitingen wegens personeelstekort voor "
      "in zeven van de acht inrichtingen. In inrichting C was een afdeling in één week vier dagen grotendeels "
      "ingesloten; gedetineerden zaten op twee van die dagen meer dan 23 uur op cel. Insluitingen van meer dan een "
      "dagdeel worden in de meeste inrichtingen wel in het logboek van de afdeling vermeld, maar niet centraal "
      "geregistreerd. Hoe vaak en hoe lang gedetineerden wegens personeelstekort zijn ingesloten, is daardoor niet "
      "bekend bij de directie, laat staan bij DJI."),
    P("De Penitentiaire beginselenwet en de daarop gebaseerde regelgeving kennen minimumnormen voor het "
      "dagprogramma, maar geen maximumduur voor insluiting wegens personeelstekort. Gedetineerden kunnen tegen een "
      "insluiting in beklag gaan, maar de commissie van toezicht hoort er vaak pas van als het beklag binnenkomt, "
      "soms weken later. Van een tijdige, onafhankelijke blik op een maatregel die diep ingrijpt in het leven van "
      "gedetineerden is daardoor geen sprake."),
    H2("Dagprogramma"),
    P("Gedetineerden hebben recht op een minimaal dagprogramma, met onder meer arbeid, onderwijs, sport, bezoek en "
      "luchten. De inspectie stelt vast dat activiteiten bij onderbezetting het eerst worden geschrapt. In vier "
      "inrichtingen viel in de onderzoeksperiode meer dan een kwart van de geplande sportmomenten uit; in twee "
      "inrichtingen was de arbeid op een of meer afdelingen wekenlang stilgelegd omdat er geen werkmeesters "
      "beschikbaar waren."),
    P("Welke activiteiten uitvallen en waarom, wordt niet op een uniforme manier bijgehouden. DJI rapporteert "
      "maandelijks over het aantal aangeboden uren dagprogramma, maar die cijfers zijn gebaseerd op het geplande "
      "programma en niet op wat daadwerkelijk is doorgegaan. Afdelingshoofden houden wel eigen lijstjes bij, maar "
      "die worden niet bij elkaar gebracht. Zo ontstaat een beeld dat gunstiger is dan de praktijk op de "
      "afdelingen."),
    H2("Bezoek en contact met de buitenwereld"),
    P("Bezoek is voor gedetineerden een van de belangrijkste momenten van de week, en voor hun kinderen en partners "
      "niet minder. In vijf inrichtingen werd in de onderzoeksperiode bezoek geannuleerd omdat er te weinig "
      "medewerkers waren om de bezoekzaal te bemensen. Bezoekers hoorden dat soms pas bij de poort, na een reis van "
      "enkele uren. Een vervangende afspraak werd niet altijd aangeboden. Ook advocaten meldden dat zij hun cliënten "
      "niet konden spreken omdat er geen medewerker was om de gedetineerde naar de spreekkamer te begeleiden."),
    P("De mogelijkheid om te beeldbellen, die tijdens de coronapandemie in alle inrichtingen is ingevoerd, wordt "
      "wisselend benut. In drie inrichtingen was beeldbellen in de praktijk niet beschikbaar omdat er geen medewerker "
      "was om de ruimte open te stellen."),
    H2("Bejegening"),
    P("Gedetineerden zijn in de gesprekken met de inspectie overwegend positief over de vaste medewerkers op hun "
      "afdeling. Zij zien dat die medewerkers onder druk staan en hebben daar vaak begrip voor. Tegelijk zeggen zij "
      "dat er geen tijd meer is voor een gesprek, dat verzoeken blijven liggen en dat afspraken niet worden "
      "nagekomen. Voor gedetineerden die weinig contact hebben met de buitenwereld of kampen met psychische "
      "problemen, weegt dat zwaar. De inspectie vindt dat het contact tussen medewerkers en gedetineerden, dat de "
      "basis vormt van dynamische veiligheid, niet mag verschralen tot het uitdelen van maaltijden."),
    PageBreak(),  # keep the box with its list
    box("4"),
    to("Aan de staatssecretaris van Justitie en Veiligheid"),
    recs(
        ("4.1", "Leg vast dat gedetineerden wegens personeelstekort niet langer dan 24 uur aaneengesloten op cel "
                "mogen worden ingesloten, en dat na een insluiting van die duur ten minste een uur luchten en een "
                "moment van contact op de afdeling worden geboden.", JENV),
    ),
    to("Aan de Dienst Justitiële Inrichtingen"),
    recs(
        ("4.2", "Borg dat iedere gedetineerde ook bij onderbezetting ten minste het wettelijk minimum aan "
                "dagprogramma krijgt, en registreer per inrichting en per week welke activiteiten daadwerkelijk zijn "
                "uitgevallen en waarom.", JENV),
        ("4.3", "Informeer gedetineerden en hun bezoekers uiterlijk 24 uur van tevoren wanneer bezoek wegens "
                "personeelstekort niet doorgaat, en bied in dat geval binnen een week een vervangend bezoek of "
                "beeldbelmoment aan.", JENV),
    ),
    to("Aan de directeuren van de penitentiaire inrichtingen"),
    recs(
        ("4.4", "Meld iedere afdelingsbrede insluiting wegens personeelstekort binnen 24 uur aan de commissie van "
                "toezicht van de inrichting, met de duur van de insluiting en de getroffen compenserende "
                "maatregelen.", OTHER),
    ),

    # ---------------------------------------------------------------------------------------------- chapter 5
    H("5 Veiligheid en zorg"),
    H2("Geweld en incidenten"),
    P("Medewerkers en gedetineerden ervaren de inrichtingen als minder veilig dan enkele jaren geleden. In zes van "
      "de acht inrichtingen nam het aantal gemelde incidenten met geweld tegen personeel tussen 2022 en 2024 toe. "
      "Medewerkers leggen zelf een verband met de onderbezetting: als er minder collega's op de afdeling zijn, is er "
      "minder tijd om spanningen tijdig te signaleren en te de-escaleren, en duurt het langer voordat assistentie "
      "ter plaatse is."),
    P("Een betrouwbaar landelijk beeld ontbreekt echter. Inrichtingen registreren incidenten op verschillende "
      "manieren: de ene inrichting meldt iedere bedreiging, de andere alleen fysiek geweld met letsel. Geweld "
      "tussen gedetineerden wordt in een deel van de inrichtingen niet apart vastgelegd. Daardoor kunnen cijfers "
      "tussen inrichtingen niet worden vergeleken en is niet vast te stellen of de toename van incidenten een "
      "landelijke ontwikkeling is. De inspectie vindt dat openheid over deze cijfers bijdraagt aan het vertrouwen "
      "van medewerkers dat hun meldingen iets opleveren.",
      footnotes=("DJI werkt met een landelijk incidentenregistratiesysteem, maar de definities en de meldinstructie "
                 "verschillen per inrichting.",)),
    H2("Medische zorg en medicatie"),
    P("Ook de medische diensten kampen met tekorten, vooral aan verpleegkundigen. In drie inrichtingen was in het "
      "weekend geen verpleegkundige aanwezig of oproepbaar binnen het uur; de zorg werd dan geregeld via een "
      "externe huisartsenpost. In vier inrichtingen werd medicatie op de afdelingen verstrekt door PIW'ers of "
      "uitzendkrachten die daarvoor geen scholing hadden gehad. De inspectie trof in twee inrichtingen situaties "
      "aan waarin medicatie aan de verkeerde gedetineerde was verstrekt of een dosis was overgeslagen, zonder dat "
      "dit als incident was gemeld."),
    H2("Gedetineerden met ernstige psychiatrische problemen"),
    P("Een deel van de gedetineerden heeft ernstige psychiatrische problemen. Voor hen zijn er plaatsen in de "
      "penitentiair psychiatrische centra. Wanneer de zorg die zij nodig hebben de mogelijkheden van een PPC te "
      "boven gaat, kan op grond van de Wet verplichte ggz een zorgmachtiging of crisismaatregel worden afgegeven en "
      "moet de gedetineerde worden opgenomen in een ggz-instelling. In de praktijk blijkt dat moeilijk: "
      "ggz-instellingen hebben zelf wachtlijsten en personeelstekorten en zijn terughoudend in het opnemen van "
      "gedetineerden."),
    P("In inrichting G verbleven in de onderzoeksperiode vijf gedetineerden voor wie een zorgmachtiging was "
      "afgegeven, maar die na meer dan acht weken nog niet waren opgenomen. Zij werden in de tussentijd geregeld in "
      "een afzonderingscel geplaatst, omdat de afdeling onvoldoende personeel had om hen veilig te begeleiden. De "
      "inspectie acht dit een ernstige situatie, waarvoor de verantwoordelijkheid niet alleen bij het "
      "gevangeniswezen ligt. De beschikbaarheid van verplichte ggz is een verantwoordelijkheid van de minister van "
      "Volksgezondheid, Welzijn en Sport, die daarover afspraken maakt met zorgaanbieders en zorgverzekeraars."),
    box("5"),
    to("Aan de staatssecretaris van Justitie en Veiligheid"),
    recs(
        ("5.1", "Zorg voor een uniforme registratie van geweldsincidenten tegen personeel en tussen gedetineerden in "
                "alle inrichtingen, en maak de cijfers jaarlijks per inrichting openbaar.", JENV),
    ),
    to("Aan de minister van Volksgezondheid, Welzijn en Sport"),
    recs(
        ("5.2", "Zorg ervoor dat gedetineerden voor wie een zorgmachtiging of crisismaatregel is afgegeven, binnen "
                "vier weken worden opgenomen in een ggz-instelling, en maak daarover bindende afspraken met de "
                "ggz-aanbieders.", VWS),
    ),
    to("Aan de Dienst Justitiële Inrichtingen"),
    recs(
        ("5.3", "Laat medicatie alleen verstrekken door medewerkers die daarvoor zijn geschoold en bevoegd "
                "verklaard, en zorg dat op iedere locatie ook in het weekend binnen een uur een verpleegkundige "
                "beschikbaar is.", JENV),
    ),

    # ---------------------------------------------------------------------------------------------- chapter 6
    H("6 Sturing en informatievoorziening"),
    H2("Capaciteit en personeel in samenhang"),
    P("De maatregelen om het tekort aan plaatsen op te vangen en het tekort aan personeel versterken elkaar. Het "
      "vaker plaatsen van twee gedetineerden op één cel en het heropenen van afdelingen leiden tot meer werk op de "
      "afdelingen, terwijl de formatie niet evenredig meegroeit en bestaande vacatures niet worden vervuld. In twee "
      "inrichtingen die de inspectie bezocht, werd in de onderzoeksperiode een afdeling heropend terwijl op de "
      "bestaande afdelingen de rekenregels al structureel werden onderschreden. Directeuren vertelden dat zij die "
      "opdracht hadden uitgevoerd 'omdat de plaatsen nodig waren', zonder dat vooraf was beoordeeld of de inrichting "
      "de extra afdeling kon bemensen."),
    P("De inspectie begrijpt dat de staatssecretaris een afweging moet maken tussen het tekort aan plaatsen, met "
      "als gevolg dat veroordeelden hun straf niet kunnen uitzitten, en het tekort aan personeel. Die afweging "
      "wordt nu echter niet zichtbaar gemaakt. Het risico is dat de kwaliteit van de detentie in alle inrichtingen "
      "geleidelijk verder afneemt, zonder dat daarover een bewust besluit is genomen."),
    H2("Informatie aan de Tweede Kamer"),
    P("De staatssecretaris informeert de Tweede Kamer tweemaal per jaar in een voortgangsbrief over de capaciteit "
      "van het gevangeniswezen. In die brieven staat het aantal beschikbare plaatsen en het aantal vacatures "
      "landelijk, maar niet de bezetting per inrichting, het aandeel flexibele krachten of de uitval van het "
      "dagprogramma. Daarmee ontbreken precies de gegevens die laten zien wat de tekorten voor gedetineerden "
      "betekenen. De Kamer heeft in de afgelopen jaren meermaals gevraagd om meer inzicht in de situatie per "
      "inrichting."),
    H2("Werving en opleiding"),
    P("DJI werft landelijk, met campagnes en een centrale wervingsorganisatie. Directeuren zien dat de beste "
      "kandidaten vaak uit de eigen regio komen en via via binnenkomen. Samenwerking met mbo-instellingen in de "
      "regio bestaat op enkele plaatsen, maar hangt af van persoonlijke contacten. Een route waarin zij-instromers "
      "tijdens hun opleiding betaald in de inrichting werken, zoals die in de zorg en bij de politie bestaat, kent "
      "het gevangeniswezen niet structureel. Juist voor mensen die van baan willen wisselen, is een onbetaalde "
      "opleidingsperiode vaak een drempel."),
    box("6"),
    to("Aan de staatssecretaris van Justitie en Veiligheid"),
    recs(
        ("6.1", "Neem geen extra plaatsen of meerpersoonscellen in gebruik in inrichtingen waar de personele "
                "bezetting structureel onder de rekenregels ligt.", JENV),
        ("6.2", "Informeer de Tweede Kamer halfjaarlijks over de personele bezetting per inrichting, het aandeel "
                "flexibele krachten en de uitval van het dagprogramma.", JENV),
    ),
    to("Aan de Dienst Justitiële Inrichtingen"),
    recs(
        ("6.3", "Ontwikkel per regio samen met mbo-instellingen een wervings- en opleidingsroute voor "
                "zij-instromers, met een betaalde leerwerkplek in een inrichting.", JENV),
    ),

    # ---------------------------------------------------------------------------------------------- chapter 7
    H("7 Conclusies"),
    P("Op basis van haar bevindingen komt de inspectie tot vijf conclusies. Zij beantwoorden samen de centrale "
      "onderzoeksvraag."),
    P("C1  De personele bezetting van de verblijfsafdelingen is in een groot deel van de onderzochte inrichtingen "
      "structureel te laag.", bold=True),
    P("In alle acht inrichtingen draaiden afdelingen met minder medewerkers dan de rekenregels voorschrijven, in vier "
      "inrichtingen op meer dan de helft van de dagen. Een ondergrens ontbreekt, en onderschrijding wordt niet "
      "gemeld. Dat moet veranderen: zonder zicht op de werkelijke bezetting kan niemand sturen."),
    P("C2  De afhankelijkheid van flexibele krachten en onervaren medewerkers is een risico op zich geworden.",
      bold=True),
    P("Het aandeel diensten dat door flexibele krachten wordt gedraaid, is in drie jaar meer dan verdubbeld. "
      "Onvoldoende opgeleide en begeleide medewerkers staan op afdelingen waar ervaring onmisbaar is. Dat raakt de "
      "veiligheid van medewerkers en gedetineerden en drijft het verloop onder nieuwe medewerkers op."),
    P("C3  Gedetineerden betalen de prijs van de tekorten, zonder dat dit zichtbaar wordt.", bold=True),
    P("Insluitingen, uitgevallen activiteiten en geannuleerd bezoek zijn in een aantal inrichtingen aan de orde van "
      "de dag. Zij worden niet of niet uniform geregistreerd en komen niet tijdig onder de aandacht van de "
      "commissies van toezicht. De wettelijke rechten van gedetineerden horen ook bij onderbezetting gewaarborgd te "
      "zijn."),
    P("C4  De zorg aan gedetineerden met ernstige psychiatrische problemen schiet tekort.", bold=True),
    P("De combinatie van personeelstekorten in de inrichtingen en beperkte opnamemogelijkheden in de ggz leidt ertoe "
      "dat kwetsbare gedetineerden wekenlang zonder passende zorg blijven en soms in afzondering verblijven. Dat is "
      "een gedeelde verantwoordelijkheid van het gevangeniswezen en de ggz."),
    P("C5  Er ontbreekt een zichtbare afweging tussen capaciteit en personeel.", bold=True),
    P("Besluiten om plaatsen toe te voegen worden genomen zonder dat vooraf wordt vastgesteld of er personeel is om "
      "die plaatsen te bemensen, en de Tweede Kamer krijgt niet de informatie die nodig is om die afweging te "
      "beoordelen. De inspectie vindt dat die afweging expliciet en controleerbaar moet worden gemaakt."),
    P("De inspectie zal over anderhalf jaar nagaan wat er met haar aanbevelingen is gedaan en of de situatie in de "
      "onderzochte inrichtingen is verbeterd."),

    # ---------------------------------------------------------------------------------------------- annex
    PageBreak(),
    H("Bijlage 1 Onderzoeksverantwoording"),
    P("Het onderzoek is uitgevoerd door een team van zes inspecteurs en een data-analist. De inspectie heeft de "
      "volgende bronnen gebruikt:"),
    bullets(
        "bezoeken aan acht inrichtingen (A tot en met H) van twee tot drie dagen, waaronder avond- en "
        "weekenddiensten;",
        "interviews met 163 medewerkers, onder wie directeuren, afdelingshoofden, PIW'ers, uitzendkrachten en "
        "medewerkers van de medische dienst;",
        "groepsgesprekken en individuele gesprekken met 94 gedetineerden;",
        "roosters van de verblijfsafdelingen over twaalf weken per inrichting;",
        "registraties van het dagprogramma, incidentmeldingen en beklagzaken over 2022 tot en met 2024;",
        "gesprekken met de hoofddirectie van DJI, de directie Sanctie- en Slachtofferbeleid en de centrale "
        "ondernemingsraad.",
    ),
    P("De inspectie heeft de selectie van inrichtingen zo gemaakt dat verschillende regio's en regimes zijn "
      "vertegenwoordigd. De bevindingen zijn daarmee niet zonder meer representatief voor alle inrichtingen, maar "
      "de gesprekken met de hoofddirectie en de landelijke cijfers wijzen erop dat de geschetste knelpunten breed "
      "worden herkend."),
    H2("Gebruikte afkortingen"),
    bullets(
        "DJI: Dienst Justitiële Inrichtingen",
        "IVJ: Inspectie Vrijheidsbeneming en Justitie",
        "PIW'er: penitentiair inrichtingswerker",
        "PPC: penitentiair psychiatrisch centrum",
        "Wvggz: Wet verplichte geestelijke gezondheidszorg",
    ),
)

REPORT = Document(
    title="Te weinig handen op de afdeling",
    subtitle="Personeelstekorten in het gevangeniswezen en de gevolgen voor gedetineerden",
    blocks=REPORT_BLOCKS,
    running_header="Inspectie Vrijheidsbeneming en Justitie  |  Te weinig handen op de afdeling",
    footer="{page}",
    font_family="sans",
    font_size=10.0,
    title_page=True,
    imprint=("Inspectie Vrijheidsbeneming en Justitie", "Den Haag, mei 2025"),
)

# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV31 = ("Een richtinggevende bezettingsnorm per type afdeling stelt DJI in 2026 vast, maar een landelijk bindende "
        "minimumnorm met een meldplicht bij iedere onderschrijding acht ik niet werkbaar.")
EV32 = ("Een afzonderlijke arbeidsmarkttoelage voor inrichtingen in bepaalde regio's acht ik niet opportuun, omdat "
        "die leidt tot verschillen tussen collega's met dezelfde functie en tot verschuiving van personeel tussen "
        "inrichtingen.")
EV33 = ("DJI brengt het aandeel diensten dat door uitzendkrachten en payrollers wordt gedraaid uiterlijk eind 2026 "
        "terug tot ten hoogste 15 procent en zet daarvoor vanaf 2026 structureel € 22 miljoen in om flexibele "
        "krachten in vaste dienst te nemen.")
EV34 = ("Met ingang van 1 januari 2026 wordt een vaste mentor gedurende de eerste zes maanden verplicht en worden "
        "nieuwe medewerkers in die periode niet meer als enige vaste kracht op een afdeling ingeroosterd.")
EV41 = ("Een absolute maximumduur past echter niet bij de verantwoordelijkheid van de directeur om bij acute "
        "onderbezetting de veiligheid van personeel en gedetineerden te waarborgen.")
EV41B = "Een maximumduur voor zulke insluitingen leg ik, zoals in de tabel toegelicht, niet vast."
EV44 = ("Ik heb de hoofddirecteur van DJI daarom opgedragen ervoor te zorgen dat alle directeuren met ingang van "
        "1 oktober 2025 iedere afdelingsbrede insluiting wegens personeelstekort binnen 24 uur melden aan de "
        "commissie van toezicht, met de duur en de genomen compenserende maatregelen.")
EV51 = ("De registratie wordt per 1 januari 2026 in alle inrichtingen uniform, maar cijfers per inrichting maak ik "
        "niet openbaar, omdat die zicht geven op kwetsbaarheden van afzonderlijke locaties.")
EV52 = ("Het WODC brengt voor de zomer van 2026 in kaart waar de opname vastloopt, waarna de minister van VWS en "
        "ik bezien welke afspraken met de ggz-aanbieders nodig zijn.")
EV53 = "DJI neemt deze aanbeveling over."
EV61 = "Ik neem deze aanbeveling daarom niet over."
EV62 = ("Vanaf de voortgangsbrief van het voorjaar van 2026 bevat iedere halfjaarlijkse rapportage de bezetting "
        "per inrichting, het aandeel flexibele krachten en de daadwerkelijke uitval van het dagprogramma.")


def row(number: str, summary: str, stance: str, text: str, *answers: Answer) -> tuple:
    return (Cell(number), Cell(summary), Cell(stance, bold=True), Cell(text, answers=tuple(answers)))


TABLE_ROWS = (
    row("3.1", "Landelijke minimumnorm voor de bezetting per afdeling, met meldplicht bij onderschrijding",
        "Deels overnemen",
        "DJI werkt nu met rekenregels die de formatie bepalen. " + EV31 + " De inrichtingen verschillen te sterk in "
        "bouw, regime en populatie; de directeur moet per dienst kunnen beoordelen wat verantwoord is.",
        Answer("3.1", "partial", EV31)),
    row("3.2", "Arbeidsmarkttoelage voor PIW'ers in regio's met de grootste tekorten",
        "Niet overnemen",
        "De beloning van PIW'ers is onderdeel van de cao Rijk, waarin voor 2024 en 2025 al een loonsverhoging van "
        "ruim 11 procent is afgesproken. " + EV32,
        Answer("3.2", "disagree", EV32)),
    row("3.3", "Aandeel uitzendkrachten en payrollers binnen twee jaar naar ten hoogste 15 procent",
        "Aan DJI",
        EV33 + " Flexibele krachten worden vanaf 1 april 2026 pas op een afdeling ingezet nadat zij hun opleiding "
        "hebben afgerond.",
        Answer("3.3", "agree", EV33)),
    row("3.4", "Vaste mentor voor nieuwe PIW'ers in de eerste zes maanden",
        "Reeds ingezet",
        "Alle inrichtingen werken sinds 2024 met een inwerkprogramma voor nieuwe medewerkers. " + EV34,
        Answer("3.4", "agree", EV34)),
    row("4.1", "Maximaal 24 uur insluiting wegens personeelstekort, daarna luchten en contact",
        "Niet overnemen",
        "Ik deel de opvatting van de inspectie dat langdurige insluiting op cel een zware inbreuk is op het "
        "dagprogramma van gedetineerden. " + EV41,
        Answer("4.1", "disagree", EV41)),
    row("4.2", "Minimum dagprogramma borgen en uitval per week registreren",
        "Reeds ingezet",
        "DJI houdt sinds 2022 in de maandelijkse managementrapportage bij hoeveel uren dagprogramma per inrichting "
        "worden aangeboden. Het dagprogramma is een van de vijf prioriteiten van het programma Vaste Grond."),
    row("4.3", "Bezoek tijdig afzeggen en vervangend (beeld)bezoek aanbieden",
        "Aan DJI",
        "Deze aanbeveling is gericht aan DJI. De hoofddirecteur van DJI informeert de inspectie uiterlijk "
        "1 januari 2026 over de wijze waarop DJI hieraan opvolging geeft."),
    row("5.1", "Uniforme registratie van geweldsincidenten en jaarlijkse publicatie per inrichting",
        "Deels overnemen",
        "Een betrouwbaar beeld van geweld in de inrichtingen is nodig, ook voor de medewerkers die incidenten "
        "melden. " + EV51,
        Answer("5.1", "partial", EV51)),
    row("5.2", "Opname in de ggz binnen vier weken na zorgmachtiging of crisismaatregel",
        "Overnemen",
        "De minister van VWS en ik herkennen dat gedetineerden met een zorgmachtiging te lang op opname wachten. "
        + EV52,
        Answer("5.2", "partial", EV52)),
    row("5.3", "Medicatie alleen door geschoolde medewerkers; verpleegkundige binnen een uur beschikbaar",
        "Aan DJI",
        EV53 + " Vanaf 1 juli 2025 verstrekken op alle locaties alleen bevoegd verklaarde medewerkers medicatie, en "
        "per 1 januari 2026 is in iedere regio een verpleegkundige ook in het weekend binnen een uur ter plaatse.",
        Answer("5.3", "agree", EV53)),
    row("6.1", "Geen extra plaatsen of meerpersoonscellen bij structurele onderbezetting",
        "Niet overnemen",
        "Ik deel de zorg van de inspectie over de druk op het personeel in inrichtingen waar plaatsen worden "
        "toegevoegd. Het tekort aan plaatsen is echter zo groot dat veroordeelden nu hun straf niet kunnen "
        "ondergaan. " + EV61,
        Answer("6.1", "disagree", EV61)),
    row("6.2", "Halfjaarlijkse informatie aan de Kamer over bezetting, flex en uitval per inrichting",
        "Overnemen",
        EV62 + " De eerste rapportage volgens deze opzet ontvangt uw Kamer in mei 2026.",
        Answer("6.2", "agree", EV62)),
)

RESPONSE_BLOCKS = (
    P("Datum: 12 september 2025"),
    P("Onderwerp: Reactie op het rapport ‘Te weinig handen op de afdeling’ van de Inspectie Vrijheidsbeneming en "
      "Justitie"),
    P("Geachte Voorzitter,"),
    P("Hierbij bied ik u, mede namens de minister van Volksgezondheid, Welzijn en Sport, het rapport ‘Te weinig "
      "handen op de afdeling’ van de Inspectie Vrijheidsbeneming en Justitie (IVJ) aan. De inspectie heeft "
      "onderzocht hoe de personeelstekorten in het gevangeniswezen doorwerken in de rechten, de veiligheid en het "
      "welzijn van gedetineerden. Ik dank de inspectie voor dit grondige onderzoek, en ik dank ook de medewerkers "
      "en gedetineerden die openhartig met de inspecteurs hebben gesproken."),
    H2("Context"),
    P("Het gevangeniswezen staat onder grote druk. Er zijn te weinig plaatsen om alle veroordeelden hun straf te "
      "laten ondergaan, en er zijn te weinig medewerkers om de bestaande plaatsen te bemensen. Op 1 juli 2025 "
      "stonden bij DJI ruim 1.100 vacatures voor PIW'ers open. In 2024 zijn ruim 1.500 nieuwe medewerkers in dienst "
      "gekomen, maar het verloop en het ziekteverzuim zijn hoog, waardoor de netto groei beperkt blijft."),
    P("Met het programma Vaste Grond werkt DJI sinds 2023 aan werving, behoud en ontwikkeling van personeel. In "
      "mijn voortgangsbrieven over de capaciteit van het gevangeniswezen heb ik uw Kamer over dat programma "
      "geïnformeerd. Het programma heeft de uitstroom in het eerste jaar na indiensttreding licht doen dalen, maar "
      "het tekort is daarmee nog niet opgelost."),
    H2("Algemene reactie"),
    P("Ik herken het beeld dat de inspectie schetst. Het rapport laat zien dat de tekorten niet alleen een probleem "
      "van medewerkers en directeuren zijn, maar ook gedetineerden rechtstreeks raken: zij zitten langer op cel, "
      "zien activiteiten en bezoek uitvallen en ervaren minder contact met hun begeleiders. Dat is zorgelijk. Een "
      "zinvolle detentie, met aandacht voor terugkeer in de samenleving, is niet mogelijk zonder voldoende en goed "
      "opgeleid personeel."),
    P("Tegelijk vraag ik begrip voor de lastige afwegingen die in deze situatie moeten worden gemaakt. Iedere "
      "maatregel die het personeel ontlast, kan ten koste gaan van het aantal beschikbare plaatsen, en omgekeerd. "
      "Die spanning is niet op korte termijn weg te nemen. In de tabel hieronder geef ik per aanbeveling mijn "
      "standpunt en een toelichting. Waar een aanbeveling aan DJI is gericht, heb ik de reactie in overleg met de "
      "hoofddirecteur van DJI opgesteld."),
    H2("Reactie op de aanbevelingen"),
    Table(
        header=("Nr.", "Aanbeveling", "Standpunt", "Toelichting"),
        rows=TABLE_ROWS,
        widths=(0.07, 0.27, 0.15, 0.51),
        font_size=9.0,
        rules="grid",
    ),
    H2("Insluiting en de rol van de commissies van toezicht"),
    P("De inspectie constateert dat commissies van toezicht vaak pas van een insluiting wegens personeelstekort "
      "horen als een gedetineerde daarover in beklag gaat, soms weken later. Onafhankelijk toezicht is juist in "
      "deze situatie van belang. " + EV44 + " " + EV41B + " Wel vraag ik DJI om de meldingen per kwartaal te "
      "bundelen, zodat ook de hoofddirectie zicht krijgt op de omvang van de insluitingen.",
      answers=(Answer("4.4", "agree", EV44), Answer("4.1", "disagree", EV41B))),
    H2("Tot slot"),
    P("De personeelstekorten in het gevangeniswezen zijn niet in één jaar opgelost. Ik blijf met DJI, de "
      "directeuren en de medezeggenschap werken aan een gevangeniswezen waarin medewerkers veilig en met plezier "
      "hun werk kunnen doen en gedetineerden krijgen waar zij recht op hebben. De inspectie heeft aangekondigd over "
      "anderhalf jaar na te gaan wat met haar aanbevelingen is gedaan; ik zie die vervolgmeting met belangstelling "
      "tegemoet."),
    P("Hoogachtend,"),
    P("de staatssecretaris van Justitie en Veiligheid,"),
    P("mr. E.J. van der Sluijs-Brandt"),
)

RESPONSE = Document(
    title="Ministerie van Justitie en Veiligheid",
    subtitle="Directoraat-Generaal Straffen en Beschermen\n"
             "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n"
             "Postbus 20018, 2500 EA  Den Haag",
    blocks=RESPONSE_BLOCKS,
    running_header="Reactie op het IVJ-rapport ‘Te weinig handen op de afdeling’",
    footer="Pagina {page} van {pages}",
    font_family="serif",
    font_size=10.5,
    title_page=False,
)

PAIR = Pair(
    name="prison_staffing_inspectorate",
    report=REPORT,
    response=RESPONSE,
    description="IVJ inspection report on prison staff shortages (14 recommendations numbered 3.1-6.3 in shaded "
                "'Aanbevelingen' boxes per chapter, with addressee lead-ins; Onderzoeksvragen 1-4 and conclusions "
                "C1-C5 as traps) and the JenV staatssecretaris's letter with a four-column Nr./Aanbeveling/"
                "Standpunt/Toelichting table; 4.4 answered in the letter text after the table, 6.3 not answered, "
                "5.2 'Overnemen' but only a study, 4.2 'Reeds ingezet' describing existing policy only.",
)
