"""Pair: a fictional independent commission on the system of subsidised legal aid ("gesubsidieerde rechtsbijstand")
and the letter in which the Minister voor Rechtsbescherming answers it by theme.

Report layout: serif, title page with imprint, running header, a foreword, a "Samenvatting" that ends with a "1."
list of the fourteen recommendations in one short line each (annotated duplicate_of the full ones), then chapters
numbered in the heading text ("3 Vergoeding en aanbod van sociaal advocaten") with level-2 sections.  Chapter 1
holds an "a." list of research questions (not recommendations) and a bullet list of research methods; chapter 2 a
grid table of figures and a bullet list of the main findings.  Chapters 3 to 6 each end in a section "Aanbevelingen"
where every recommendation is one sentence set as a hanging item labelled "Aanbeveling N" (the renderer cannot set
a list item in bold, so the sentence is in the regular face; it stands out by its label), followed by one or two
plain explanation paragraphs.  Chapter 7 "Tot slot" has a bullet list of what the commission asks of each addressee
(not recommendations), and two annexes list the members and the people consulted.

Response layout: serif letter of the Minister voor Rechtsbescherming without title page, with date and subject lines,
an introduction and six themed level-2 headings of its own ("Een toekomstbestendig aanbod van sociaal advocaten",
"Maatregelen", "Hulp aan de voorkant", "Kwaliteit en de vernieuwing van het stelsel", "Draagkracht en eigen
bijdrage", "Financiën en vervolg").  Only recommendations 1, 7 and 12 are named by number; the others are answered by
subject.  The section "Maatregelen" starts with "Ik neem de volgende maatregelen:" followed by five bullets (printed
as paragraphs that begin with "•"), three of which answer a recommendation and two of which are unrelated measures.
The recommendations to the Raad voor Rechtsbijstand and the Nederlandse orde van advocaten are answered by reporting
what those bodies told the minister (3, 4, 9), or passed on to the Raad's own plan (8).  One paragraph answers 3 and
4 at once, with opposite positions.

Departments: the minister and the Raad voor Rechtsbijstand (a zbo funded by and accountable to JenV) are JenV; the
Nederlandse orde van advocaten (independent professional body) is OTHER; gemeenten are GEMEENTEN.

Gold positions:
 1 (JenV: raise fees by the full re-calibration, about 17 %, and index fully and automatically) partial: fees go up
   9 % structurally, the automatic indexation is refused, in one sentence; named "aanbeveling 1".
 2 (JenV: time-use study every five years, adjust the points) agree: committed measure bullet with start year.
 3 (Raad: starters' scheme for young legal aid lawyers) agree: the minister reports that the Raad "de aanbeveling
   overneemt" and opens the scheme on 1 July 2026; same paragraph as 4.
 4 (orde: compulsory module on legal aid practice in the bar training) disagree: the orde told the minister it does
   not introduce it; the existing electives are given as the reason.
 5 (JenV: structural money for Juridisch Loket consultation hours on location) agree: measure bullet, 6 million a year.
 6 (gemeenten: working agreements with the Juridisch Loket and warm referral) not_addressed: the only paragraph on
   gemeenten describes existing pilots and a model covenant, without a position.
 7 (JenV: compulsory intake at the Juridisch Loket before a toevoeging) disagree: "voer ik niet in"; named.
 8 (Raad: decide on applications within four weeks and pay within thirty days) not_addressed: passed on, "De Raad
   gaat hier in zijn jaarplan 2026 zelf op in".
 9 (orde and Raad: joint peer review instead of ever more registration conditions) agree: reported joint adoption with
   a start date.
10 (JenV: do not introduce contracting/tendering of legal aid providers) disagree: shares the concerns, "zie geen reden
   om van contractering af te zien".
11 (JenV: yearly independent monitor of the supply per field and district, with signal values) agree: measure bullet.
12 (JenV: abolish the own contribution below 110 % of the social minimum) partial: lowered from 166 to 100 euro, not
   abolished; named "aanbeveling 12".
13 (JenV: use current income instead of the income of two years earlier) partial: only an exploration with the Raad
   and UWV, result end of 2026.
14 (gemeenten: reimburse the own contribution of minima through bijzondere bijstand) not_addressed: never mentioned.
Totals: agree 5, partial 3, disagree 3, not_addressed 3.
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

JENV = ("JenV",)
GEM = ("GEMEENTEN",)
ORDE = ("OTHER",)


def H2(text: str) -> Heading:
    return Heading(text, level=2)


def bullets(*texts: str) -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style="•")


# The full recommendations: number -> (one-sentence text, departments, short line for the summary)
REC = {
    1: ("De minister voor Rechtsbescherming verhoogt de vergoedingen in de gesubsidieerde rechtsbijstand per 1 januari "
        "2027 structureel tot het niveau dat volgt uit de herijking van de puntentoekenning, gemiddeld 17 procent "
        "boven het huidige niveau, en koppelt ze voortaan automatisch aan de volledige loon- en prijsontwikkeling.",
        JENV, "Verhoog de vergoedingen per 2027 met gemiddeld 17 procent en indexeer ze automatisch en volledig."),
    2: ("De minister voor Rechtsbescherming laat eens in de vijf jaar onafhankelijk onderzoeken hoeveel tijd "
        "rechtsbijstandverleners aan de verschillende soorten zaken besteden, en past de puntentoekenning op de "
        "uitkomsten daarvan aan.",
        JENV, "Laat eens in de vijf jaar de tijdsbesteding onderzoeken en pas de punten daarop aan."),
    3: ("De Raad voor Rechtsbijstand stelt een startersregeling in die advocaten in hun eerste drie jaar een "
        "aanvullende vergoeding en begeleiding biedt wanneer zij ten minste de helft van hun zaken op "
        "toevoegingsbasis behandelen.",
        JENV, "Stel een startersregeling in voor jonge sociaal advocaten (Raad voor Rechtsbijstand)."),
    4: ("De Nederlandse orde van advocaten neemt in de beroepsopleiding een verplichte module sociale advocatuur op, "
        "waarin iedere advocaat-stagiair kennismaakt met de gesubsidieerde rechtsbijstand en de rechtsgebieden "
        "waarin zij het meest voorkomt.",
        ORDE, "Neem een verplichte module sociale advocatuur op in de beroepsopleiding (NOvA)."),
    5: ("De minister voor Rechtsbescherming geeft Het Juridisch Loket structureel budget om spreekuren te houden op "
        "plaatsen waar mensen met juridische problemen al komen, zoals bibliotheken, wijkcentra, "
        "schuldhulplocaties en rechtbanken.",
        JENV, "Geef Het Juridisch Loket structureel budget voor spreekuren op locatie."),
    6: ("Gemeenten maken werkafspraken met Het Juridisch Loket en met sociaal advocaten in hun regio, zodat "
        "schuldhulpverleners, wijkteams en Wmo-consulenten inwoners met een juridisch probleem direct en met een "
        "warme overdracht kunnen doorverwijzen.",
        GEM, "Maak als gemeente werkafspraken met Het Juridisch Loket over doorverwijzing."),
    7: ("De minister voor Rechtsbescherming maakt een intake bij Het Juridisch Loket verplicht voordat een "
        "toevoeging kan worden aangevraagd, met uitzondering van spoedeisende zaken en zaken waarin de "
        "rechtzoekende van zijn vrijheid is beroofd.",
        JENV, "Maak een intake bij Het Juridisch Loket verplicht vóór een toevoeging."),
    8: ("De Raad voor Rechtsbijstand beslist binnen vier weken op een aanvraag om een toevoeging en betaalt de "
        "vergoeding binnen dertig dagen na ontvangst van de declaratie uit.",
        JENV, "Beslis binnen vier weken op aanvragen en betaal binnen dertig dagen uit (Raad voor Rechtsbijstand)."),
    9: ("De Nederlandse orde van advocaten en de Raad voor Rechtsbijstand vervangen de stapeling van "
        "inschrijvingsvoorwaarden door één gezamenlijk stelsel van intercollegiale toetsing voor alle advocaten die "
        "toevoegingen behandelen.",
        ORDE + JENV, "Vervang de stapeling van inschrijvingsvoorwaarden door intercollegiale toetsing (NOvA en Raad)."),
    10: ("De minister voor Rechtsbescherming ziet af van contractering van rechtsbijstandverleners via aanbesteding "
         "en houdt vast aan een open stelsel waarin iedere advocaat die aan de kwaliteitseisen voldoet, toevoegingen "
         "kan behandelen.",
         JENV, "Zie af van contractering via aanbesteding en houd het stelsel open."),
    11: ("De minister voor Rechtsbescherming laat jaarlijks een onafhankelijke monitor uitvoeren naar de "
         "beschikbaarheid van rechtsbijstandverleners per rechtsgebied en per arrondissement, en legt vooraf vast bij "
         "welke signaalwaarden hij ingrijpt.",
         JENV, "Laat jaarlijks de beschikbaarheid van advocaten onafhankelijk monitoren, met vooraf vastgelegde "
               "signaalwaarden."),
    12: ("De minister voor Rechtsbescherming schaft de eigen bijdrage af voor rechtzoekenden met een inkomen tot 110 "
         "procent van het sociaal minimum.",
         JENV, "Schaf de eigen bijdrage af voor inkomens tot 110 procent van het sociaal minimum."),
    13: ("De minister voor Rechtsbescherming regelt dat de Raad voor Rechtsbijstand bij de draagkrachttoets uitgaat "
         "van het actuele inkomen van de rechtzoekende in plaats van het inkomen van twee jaar eerder.",
         JENV, "Ga bij de draagkrachttoets uit van het actuele inkomen."),
    14: ("Gemeenten vergoeden via de bijzondere bijstand de eigen bijdrage van inwoners met een inkomen tot 130 "
         "procent van het sociaal minimum en maken die mogelijkheid actief bekend bij de toevoeging.",
         GEM, "Vergoed als gemeente de eigen bijdrage van minima via de bijzondere bijstand."),
}


def aanbeveling(number: int) -> ItemList:
    """One recommendation, a single sentence hanging after its label "Aanbeveling N"."""
    text, departments, _ = REC[number]
    item = ListItem(text, recommendation=Recommendation(str(number), tuple(departments)))
    return ItemList(items=(item,), style=f"Aanbeveling {number}")


SUMMARY_RECS = ItemList(
    items=tuple(ListItem(REC[n][2], recommendation=Recommendation(str(n), tuple(REC[n][1]), duplicate_of=str(n)))
                for n in sorted(REC)),
    style="1.",
)

# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H("Voorwoord"),
    P("Wie een conflict heeft met zijn verhuurder, zijn werkgever of de overheid, of wie na een scheiding het contact "
      "met zijn kinderen dreigt te verliezen, heeft vaak een advocaat nodig. Voor mensen met een laag of middeninkomen "
      "betaalt de overheid daarvan het grootste deel. Dat is geen gunst, maar een voorwaarde voor een rechtsstaat "
      "waarin ieder zijn recht kan halen, zoals artikel 18 van de Grondwet vooropstelt."),
    P("Het stelsel van gesubsidieerde rechtsbijstand staat al jaren onder druk. Eerdere commissies hebben daarover "
      "geadviseerd en een deel van hun adviezen is opgevolgd. Toch hoorden wij in het land hetzelfde verhaal als "
      "tien jaar geleden: sociaal advocaten die stoppen omdat zij het werk niet langer kunnen betalen, jonge "
      "advocaten die er niet aan beginnen, en rechtzoekenden die te laat of helemaal geen hulp vinden."),
    P("De commissie heeft in anderhalf jaar gesproken met ruim honderdvijftig advocaten, mediators, medewerkers van "
      "Het Juridisch Loket en de Raad voor Rechtsbijstand, rechters, gemeenteambtenaren, schuldhulpverleners en, niet "
      "in de laatste plaats, rechtzoekenden zelf. Wij danken hen voor hun openheid. Wij hopen dat dit rapport "
      "bijdraagt aan een stelsel dat ook over tien jaar nog doet wat het moet doen: recht binnen bereik brengen van "
      "wie het zelf niet kan betalen."),
    P("prof. mr. M.A. Verhulst-Obbink, voorzitter van de Commissie evaluatie gesubsidieerde rechtsbijstand"),
    PageBreak(),
    H("Samenvatting"),
    P("De minister voor Rechtsbescherming heeft de commissie in maart 2024 gevraagd te beoordelen of het stelsel van "
      "gesubsidieerde rechtsbijstand toekomstbestendig is, en zo niet, wat daarvoor nodig is. De commissie heeft "
      "gekeken naar het aanbod van advocaten en mediators, naar de toegang tot hulp voor rechtzoekenden, naar de "
      "kwaliteit van de rechtsbijstand en naar de financiële drempels die rechtzoekenden ervaren."),
    P("De hoofdconclusie van de commissie is dat het stelsel nog werkt, maar dat het fundament verzwakt. Het aantal "
      "advocaten dat toevoegingen behandelt, is sinds 2015 met bijna een vijfde gedaald, en in het asielrecht, het "
      "personen- en familierecht en het sociaal zekerheidsrecht is in een aantal arrondissementen nauwelijks nog een "
      "advocaat te vinden die een nieuwe zaak aanneemt. De vergoedingen liggen nog altijd onder het niveau dat nodig "
      "is om het werk zorgvuldig te doen. Tegelijk vinden veel rechtzoekenden de weg naar hulp te laat, wanneer een "
      "probleem al is uitgegroeid tot een procedure."),
    P("De commissie doet veertien aanbevelingen, gericht aan de minister voor Rechtsbescherming, de Raad voor "
      "Rechtsbijstand, de Nederlandse orde van advocaten en gemeenten. Zij staan uitgewerkt in de hoofdstukken 3 tot "
      "en met 6. In het kort:"),
    SUMMARY_RECS,
    P("De aanbevelingen hangen met elkaar samen. Hogere vergoedingen zonder beter zicht op het aanbod lossen de "
      "tekorten niet gericht op, en een sterkere eerste lijn heeft weinig zin als er daarna geen advocaat te vinden "
      "is. De commissie schat de structurele kosten van het pakket op ongeveer 105 miljoen euro per jaar. Zij vraagt "
      "de minister om binnen zes maanden te laten weten wat hij met de aanbevelingen doet, en de andere "
      "geadresseerden om hun reactie met hem te delen."),
    PageBreak(),
    H("1 Inleiding"),
    H2("1.1 Aanleiding en opdracht"),
    P("De Wet op de rechtsbijstand (Wrb) regelt sinds 1994 dat rechtzoekenden met een beperkt inkomen en vermogen "
      "een door de overheid gesubsidieerde advocaat of mediator kunnen krijgen. Het stelsel is sindsdien meermaals "
      "geëvalueerd. Steeds kwamen daarbij dezelfde vragen terug: zijn de vergoedingen toereikend, is er voldoende "
      "aanbod, en komen rechtzoekenden op tijd bij de juiste hulp terecht?"),
    P("Sinds 2020 werkt het ministerie van Justitie en Veiligheid aan een vernieuwing van het stelsel, met als "
      "doel dat rechtzoekenden eerder en beter worden geholpen en dat minder problemen bij de rechter eindigen. "
      "Onderdeel daarvan zijn proeftuinen waarin wordt geëxperimenteerd met nieuwe vormen van eerstelijnshulp en "
      "met het contracteren van rechtsbijstandverleners. In de tussentijd zijn de vergoedingen in drie stappen "
      "verhoogd, en is het budget voor de rechtsbijstand gegroeid tot ruim 640 miljoen euro in 2024."),
    P("Bij de behandeling van de begroting voor 2024 heeft de Tweede Kamer de regering gevraagd het stelsel "
      "onafhankelijk te laten evalueren voordat verdere stappen in de vernieuwing worden gezet. De minister voor "
      "Rechtsbescherming heeft de commissie daarop bij besluit van 12 maart 2024 ingesteld.", footnotes=(
        "Besluit van de minister voor Rechtsbescherming van 12 maart 2024, houdende instelling van de Commissie "
        "evaluatie gesubsidieerde rechtsbijstand, Staatscourant 2024, nr. 8841.",)),
    H2("1.2 Onderzoeksvragen"),
    P("De commissie heeft haar opdracht uitgewerkt in de volgende onderzoeksvragen:"),
    ItemList(items=(
        ListItem("Hoe hebben het aanbod van rechtsbijstandverleners en de vraag naar gesubsidieerde rechtsbijstand "
                 "zich sinds 2015 ontwikkeld, per rechtsgebied en per regio?"),
        ListItem("Zijn de vergoedingen toereikend om het werk met voldoende kwaliteit te doen, en wat betekenen zij "
                 "voor de instroom en het behoud van advocaten?"),
        ListItem("In hoeverre vinden rechtzoekenden tijdig de weg naar passende hulp, en welke rol spelen Het "
                 "Juridisch Loket en gemeenten daarbij?"),
        ListItem("Hoe wordt de kwaliteit van de gesubsidieerde rechtsbijstand bewaakt, en wat zijn de verwachte "
                 "effecten van de voorgenomen stelselvernieuwing?"),
        ListItem("Vormen de eigen bijdrage en de draagkrachttoets een drempel voor rechtzoekenden die hulp nodig "
                 "hebben?"),
    ), style="a."),
    H2("1.3 Werkwijze"),
    P("De commissie heeft tussen april 2024 en juli 2025 de volgende onderzoeksactiviteiten uitgevoerd of laten "
      "uitvoeren:"),
    bullets(
        "een analyse van de registraties van de Raad voor Rechtsbijstand over de jaren 2015 tot en met 2024, "
        "waaronder alle afgegeven toevoegingen en de ingeschreven rechtsbijstandverleners;",
        "een enquête onder advocaten en mediators die in de afgelopen vijf jaar toevoegingen behandelden, waaraan "
        "1.912 van hen deelnamen, onder wie 287 die inmiddels zijn gestopt;",
        "een vragenlijst onder 1.400 rechtzoekenden die in 2024 een toevoeging kregen of contact hadden met Het "
        "Juridisch Loket;",
        "regiobijeenkomsten in de arrondissementen Noord-Nederland, Oost-Brabant, Zeeland-West-Brabant, Limburg en "
        "Amsterdam;",
        "gesprekken met de betrokken organisaties, van wie de lijst is opgenomen in bijlage 2.",
    ),
    P("Het onderzoeksbureau dat de enquêtes uitvoerde, heeft de uitkomsten gewogen naar rechtsgebied en regio. "
      "Waar de commissie in dit rapport percentages noemt, gaat het om gewogen uitkomsten. De conceptbevindingen "
      "zijn in mei 2025 besproken met het ministerie, de Raad voor Rechtsbijstand, Het Juridisch Loket, de "
      "Nederlandse orde van advocaten en de Vereniging van Nederlandse Gemeenten. De commissie is als enige "
      "verantwoordelijk voor de inhoud van dit rapport."),
    H2("1.4 Leeswijzer"),
    P("Hoofdstuk 2 beschrijft hoe het stelsel werkt en vat de belangrijkste bevindingen samen. De hoofdstukken 3 "
      "tot en met 6 behandelen de vier thema's van het onderzoek: het aanbod en de vergoedingen, de toegang en de "
      "eerste lijn, kwaliteit en stelselvernieuwing, en de eigen bijdrage. Elk van die hoofdstukken sluit af met de "
      "aanbevelingen van de commissie over dat thema. Hoofdstuk 7 bevat de slotbeschouwing."),
    H("2 Het stelsel in vogelvlucht"),
    H2("2.1 Hoe het stelsel werkt"),
    P("Het stelsel kent twee lijnen. In de eerste lijn kan iedereen gratis terecht bij Het Juridisch Loket voor "
      "informatie, advies en zo nodig een verwijzing. Het Loket is telefonisch en online bereikbaar en houdt op een "
      "beperkt aantal plaatsen inloopspreekuren. In de tweede lijn verlenen advocaten en mediators rechtsbijstand op "
      "basis van een toevoeging: een beslissing van de Raad voor Rechtsbijstand dat de rechtzoekende in aanmerking "
      "komt voor gesubsidieerde hulp."),
    P("Een advocaat die een toevoeging aanvraagt, ontvangt na afloop van de zaak een vaste vergoeding. Die is "
      "gebaseerd op een aantal punten per type zaak, vermenigvuldigd met een puntwaarde die jaarlijks wordt "
      "vastgesteld. Bij zaken die aanzienlijk meer tijd vragen, kan de advocaat extra uren aanvragen. De rechtzoekende "
      "betaalt een eigen bijdrage, afhankelijk van zijn inkomen en vermogen in het peiljaar, dat is het jaar twee "
      "jaar vóór de aanvraag. Is het inkomen sindsdien sterk gedaald, dan kan de rechtzoekende om verlegging van het "
      "peiljaar vragen."),
    P("Om toevoegingen te mogen behandelen, moet een advocaat zich bij de Raad inschrijven en aan "
      "inschrijvingsvoorwaarden voldoen, zoals een minimum aantal zaken per jaar en extra opleidingspunten in het "
      "rechtsgebied. Daarnaast gelden de algemene beroepsregels en de opleidingsverplichtingen van de Nederlandse "
      "orde van advocaten. Het toezicht op de naleving van de beroepsregels ligt bij de dekens van de orde."),
    H2("2.2 Ontwikkelingen in cijfers"),
    P("Tabel 1 geeft een beeld van de ontwikkeling van het stelsel in de afgelopen tien jaar. Het aantal toevoegingen "
      "schommelt, vooral als gevolg van de instroom van asielzoekers, maar het aantal advocaten dat ze behandelt, "
      "daalt gestaag."),
    P("Tabel 1. Kerncijfers gesubsidieerde rechtsbijstand, 2015-2024", bold=True),
    Table(
        header=("Jaar", "Afgegeven toevoegingen", "Ingeschreven advocaten", "Ingeschreven mediators",
                "Uitgaven (mln euro)"),
        rows=(
            ("2015", "412.600", "7.640", "1.120", "418"),
            ("2018", "376.900", "7.210", "1.040", "436"),
            ("2021", "351.300", "6.780", "980", "512"),
            ("2023", "368.400", "6.390", "910", "598"),
            ("2024", "372.100", "6.220", "890", "643"),
        ),
        widths=(0.8, 1.5, 1.5, 1.5, 1.3),
        rules="grid",
    ),
    P("De stijging van de uitgaven sinds 2021 komt grotendeels voort uit de verhoging van de vergoedingen en uit de "
      "indexering van de puntwaarde. Per toevoeging is de vergoeding in die periode met gemiddeld 14 procent "
      "gestegen. De commissie merkt op dat dit het achterstallige niveau slechts gedeeltelijk heeft ingelopen.",
      footnotes=("Bron: Raad voor Rechtsbijstand, Monitor Gesubsidieerde Rechtsbijstand 2024, bewerking commissie.",)),
    H2("2.3 Belangrijkste bevindingen"),
    P("Uit het onderzoek komen de volgende bevindingen naar voren:"),
    bullets(
        "Het aantal advocaten dat toevoegingen behandelt, is tussen 2015 en 2024 met 19 procent gedaald; 41 procent "
        "van hen is ouder dan 55 jaar.",
        "In vier van de elf arrondissementen konden rechtzoekenden in het asielrecht of het sociaal zekerheidsrecht in "
        "2024 regelmatig niet binnen een week een advocaat vinden.",
        "Van de advocaten die tussen 2019 en 2024 met toevoegingen begonnen, was na drie jaar een derde weer gestopt; "
        "de hoogte van de vergoeding is de meest genoemde reden.",
        "Advocaten besteden volgens hun eigen registratie gemiddeld 30 procent meer tijd aan een toevoegingszaak dan "
        "waarvoor de puntentoekenning hen vergoedt; in het personen- en familierecht is dat bijna 45 procent.",
        "Ruim de helft van de rechtzoekenden die een toevoeging kregen, had eerder geen contact gehad met Het "
        "Juridisch Loket of een andere hulpverlener over hetzelfde probleem.",
        "Een op de vijf ondervraagde rechtzoekenden met een inkomen rond het sociaal minimum zag af van hulp of stelde "
        "die uit vanwege de eigen bijdrage.",
        "De Raad voor Rechtsbijstand beslist op negen van de tien aanvragen binnen acht weken, maar de doorlooptijd "
        "van de uitbetaling varieert sterk en loopt in complexe zaken op tot meer dan vier maanden.",
    ),
    H("3 Vergoeding en aanbod van sociaal advocaten"),
    H2("3.1 Een krimpend en vergrijzend aanbod"),
    P("De gesubsidieerde rechtsbijstand rust op een betrekkelijk kleine groep advocaten. Ongeveer 6.200 advocaten "
      "staan ingeschreven bij de Raad, maar de helft van alle toevoegingen wordt behandeld door ruim 1.500 van hen. "
      "Voor die kern is de gesubsidieerde rechtsbijstand geen bijzaak maar de kern van de praktijk. Juist in die "
      "groep is de vergrijzing het sterkst: bijna de helft is ouder dan 55 jaar, en in de komende tien jaar gaat naar "
      "verwachting een op de drie met pensioen."),
    P("De instroom houdt daar geen gelijke tred mee. Jonge advocaten beginnen vaak met toevoegingen als onderdeel "
      "van een gemengde praktijk, maar bouwen die zelden uit. In de enquête noemen starters vooral de combinatie van "
      "een lage vergoeding, hoge kosten van de beroepsopleiding en een grote administratieve last. Een advocaat uit "
      "het arrondissement Noord-Nederland verwoordde het zo: ‘Ik kan dit werk alleen volhouden omdat mijn partner "
      "een vast inkomen heeft.’"),
    P("De tekorten zijn niet overal even groot. In de Randstad is voor de meeste rechtsgebieden nog voldoende aanbod, "
      "al zijn de wachttijden langer geworden. In delen van Zeeland, Limburg en het noorden van het land moeten "
      "rechtzoekenden voor een zaak in het vreemdelingenrecht of het sociaal zekerheidsrecht steeds vaker een "
      "advocaat uit een ander arrondissement zoeken. Voor mensen die in detentie zitten of in een opvanglocatie "
      "verblijven, is dat een extra belemmering."),
    H2("3.2 De vergoedingen"),
    P("De puntentoekenning gaat terug op een tijdsbestedingsonderzoek uit het begin van deze eeuw. Sindsdien zijn de "
      "wetgeving, de procedures en de verwachtingen van rechters en cliënten sterk veranderd. In 2017 constateerde "
      "een eerdere commissie al dat de vergoedingen niet meer aansloten bij de werkelijke tijdsbesteding. De "
      "verhogingen die daarna volgden, zijn een belangrijke stap geweest, maar de commissie stelt vast dat de "
      "achterstand niet is ingelopen. Uit de herijking die de commissie heeft laten uitvoeren, volgt dat de "
      "vergoedingen gemiddeld 17 procent hoger zouden moeten liggen."),
    P("Daarbij komt dat de puntwaarde elk jaar opnieuw afhankelijk is van de begrotingsruimte. In sommige jaren is "
      "de indexering volledig toegepast, in andere jaren gedeeltelijk of niet. Voor advocaten die hun praktijk "
      "moeten plannen, is die onzekerheid op zichzelf al een reden om hun aandeel in toevoegingen te beperken."),
    H2("3.3 Aanbevelingen"),
    aanbeveling(1),
    P("De commissie ziet geen andere weg om het aanbod op peil te houden dan een vergoeding die het werk dekt. Een "
      "verhoging in één stap geeft advocaten het vertrouwen dat investeren in een praktijk met toevoegingen loont. "
      "De structurele kosten schat de commissie op 70 tot 75 miljoen euro per jaar."),
    P("Een automatische koppeling aan de loon- en prijsontwikkeling voorkomt dat de vergoedingen opnieuw "
      "achteropraken. De commissie realiseert zich dat dit de budgettaire flexibiliteit van de minister beperkt, "
      "maar acht de zekerheid voor de beroepsgroep zwaarder wegen."),
    aanbeveling(2),
    P("Een vaste cyclus voorkomt dat het verschil tussen vergoeding en werkelijke tijdsbesteding opnieuw ongemerkt "
      "groeit. Het onderzoek kan worden uitgevoerd door een onafhankelijk bureau onder regie van de Raad, met "
      "een klankbordgroep waarin de orde en de specialisatieverenigingen zitting hebben."),
    aanbeveling(3),
    P("Vergelijkbare regelingen in het verleden, zoals de tijdelijke stimuleringsregeling voor het "
      "jeugdstrafrecht, hebben laten zien dat een beperkte extra vergoeding in de eerste jaren veel verschil kan "
      "maken. Een startersregeling moet gepaard gaan met begeleiding door een ervaren sociaal advocaat, bij voorkeur "
      "uit een ander kantoor."),
    P("De commissie schat de kosten op ongeveer 5 miljoen euro per jaar bij 400 deelnemers."),
    aanbeveling(4),
    P("Veel advocaten-stagiairs komen tijdens hun opleiding niet in aanraking met de sociale advocatuur, omdat hun "
      "kantoor geen toevoegingen doet. Wie het vak niet kent, kiest er ook niet voor. Een verplichte module van "
      "enkele dagdelen, met praktijkdocenten uit de sociale advocatuur, kan daar verandering in brengen."),
    H("4 Toegang en de eerste lijn"),
    H2("4.1 Rechtzoekenden en hun problemen"),
    P("Juridische problemen komen zelden alleen. Wie zijn baan verliest, krijgt vaak ook te maken met "
      "betalingsachterstanden, een dreigende huisuitzetting of een conflict met een uitkeringsinstantie. De "
      "vragenlijst onder rechtzoekenden bevestigt dat beeld: twee derde van hen had op het moment van de toevoeging "
      "met twee of meer samenhangende problemen te maken."),
    P("Veel van die mensen zoeken pas hulp als het probleem escaleert. Ruim de helft van de rechtzoekenden met een "
      "toevoeging had over hetzelfde probleem niet eerder contact gehad met Het Juridisch Loket of een andere "
      "hulpverlener. Zij kwamen bij een advocaat terecht op het moment dat er al een dagvaarding of een besluit lag, "
      "en de ruimte voor een oplossing buiten de rechter grotendeels verdwenen was."),
    H2("4.2 Het Juridisch Loket"),
    P("Het Juridisch Loket voert jaarlijks ongeveer 700.000 klantcontacten. Het overgrote deel daarvan verloopt "
      "telefonisch of online. Het aantal fysieke vestigingen is sinds 2012 sterk teruggebracht, en inloopspreekuren "
      "zijn er nog maar in enkele tientallen gemeenten. Medewerkers van het Loket vertelden de commissie dat juist de "
      "mensen met de meest complexe problemen niet bellen, maar wel binnenlopen als het Loket zich op een plek "
      "bevindt waar zij al komen."),
    P("Waar het Loket op locatie spreekuren houdt, bijvoorbeeld in een bibliotheek, een wijkcentrum of in het "
      "gebouw van de rechtbank, worden volgens de eigen registratie van het Loket meer problemen in een vroeg "
      "stadium opgelost. Die spreekuren worden nu echter uit tijdelijke projectgelden betaald."),
    H2("4.3 Samenwerking met gemeenten"),
    P("Gemeenten hebben geen wettelijke taak in de rechtsbijstand, maar zij zijn wel de eerste overheid waarmee "
      "veel rechtzoekenden te maken krijgen. Schuldhulpverleners, wijkteams en Wmo-consulenten zien dagelijks "
      "mensen met juridische problemen. In de regio's die de commissie bezocht, verschilt de samenwerking met het "
      "Loket sterk: in sommige gemeenten zit een medewerker van het Loket wekelijks in het wijkteam, in andere weten "
      "hulpverleners niet eens dat het Loket bestaat."),
    P("Een aantal gemeenten financiert daarnaast sociaal raadslieden, die mensen helpen met formulieren, "
      "bezwaarschriften en contacten met instanties. Waar sociaal raadslieden en het Loket goed samenwerken, worden "
      "rechtzoekenden gerichter doorverwezen en komen er minder zaken onnodig bij een advocaat terecht."),
    H2("4.4 Aanvraag en afhandeling van toevoegingen"),
    P("De aanvraag van een toevoeging verloopt digitaal via de advocaat. De Raad beslist op de meeste aanvragen "
      "binnen enkele weken, maar bij aanvragen waarvoor aanvullende gegevens nodig zijn, loopt de beslistermijn "
      "soms op tot twee maanden of meer. Voor advocaten betekent dat werk waarvan zij niet zeker weten of het wordt "
      "vergoed."),
    P("Ook de uitbetaling na afloop van een zaak duurt vaak lang. Advocaten met een kleine praktijk voelen dat "
      "direct in hun liquiditeit. In de enquête noemt 38 procent van de advocaten de afhandeling door de Raad een "
      "reden om minder toevoegingen aan te nemen."),
    H2("4.5 Aanbevelingen"),
    aanbeveling(5),
    P("Spreekuren op locatie bereiken mensen die anders buiten beeld blijven. Door ze structureel te financieren, "
      "kan het Loket er vaste afspraken over maken met de partners ter plaatse. De commissie schat de kosten op 5 "
      "tot 7 miljoen euro per jaar."),
    aanbeveling(6),
    P("Doorverwijzen werkt het best als de hulpverlener de rechtzoekende persoonlijk overdraagt en weet wie hij "
      "aan de andere kant kan bellen. Werkafspraken kunnen aansluiten bij bestaande overleggen in het sociaal domein "
      "en vragen weinig extra middelen."),
    aanbeveling(7),
    P("Een intake vooraf zorgt ervoor dat rechtzoekenden eerst een breed advies krijgen en dat problemen die zonder "
      "procedure kunnen worden opgelost, niet direct bij een advocaat terechtkomen. Dat ontlast de schaarse "
      "advocatuur en vergroot de kans op een passende oplossing."),
    P("De commissie is zich ervan bewust dat een verplichte intake een extra stap is. Zij stelt daarom voor dat de "
      "intake binnen vijf werkdagen plaatsvindt en dat spoedeisende zaken en vrijheidsbenemingen zijn uitgezonderd."),
    aanbeveling(8),
    P("Heldere en korte termijnen geven advocaten de zekerheid die zij nodig hebben om hun praktijk te plannen. De "
      "commissie ziet in de digitalisering van het aanvraagproces voldoende mogelijkheden om deze termijnen te halen."),
    H("5 Kwaliteit en de vernieuwing van het stelsel"),
    H2("5.1 Kwaliteitseisen"),
    P("De kwaliteit van de gesubsidieerde rechtsbijstand wordt langs twee wegen bewaakt. De orde stelt algemene "
      "eisen aan alle advocaten, zoals de beroepsopleiding, de jaarlijkse opleidingspunten en de gedragsregels. De "
      "Raad stelt daarbovenop inschrijvingsvoorwaarden per rechtsgebied. Die voorwaarden zijn in de loop der jaren "
      "steeds verder uitgebreid: meer opleidingspunten, een minimum aantal zaken, aanvullende cursussen."),
    P("Advocaten ervaren die stapeling als een last die weinig zegt over de werkelijke kwaliteit van hun werk. "
      "Intercollegiale toetsing, waarbij advocaten elkaars dossiers bespreken en beoordelen, wordt door een aantal "
      "specialisatieverenigingen al toegepast en wordt door de deelnemers als zinvol ervaren. De Raad heeft in "
      "2023 een pilot met intercollegiale toetsing in het personen- en familierecht positief geëvalueerd."),
    H2("5.2 De stelselvernieuwing"),
    P("Het programma voor de vernieuwing van het stelsel beoogt dat rechtzoekenden eerder passende hulp krijgen. "
      "Een onderdeel daarvan is het voornemen om op termijn rechtsbijstandverleners te contracteren: de Raad zou "
      "dan via een aanbesteding met een beperkt aantal aanbieders per regio afspraken maken over de prijs, de "
      "kwaliteit en het volume van de te leveren rechtsbijstand. In twee proeftuinen wordt daarmee ervaring "
      "opgedaan."),
    P("De commissie is kritisch over dat voornemen. Ervaringen in andere landen, met name in Engeland en Wales, "
      "laten zien dat aanbesteding van rechtsbijstand kan leiden tot concentratie bij grote aanbieders, tot "
      "prijsdruk die ten koste gaat van de kwaliteit, en tot het verdwijnen van kleine kantoren die juist in de "
      "regio het aanbod dragen. Ook staat de vrije keuze van de rechtzoekende voor een advocaat onder druk. De "
      "eerste ervaringen in de proeftuinen zijn nog te beperkt om die risico’s weg te nemen."),
    H2("5.3 Zicht op het aanbod"),
    P("Er bestaat op dit moment geen systematisch beeld van de beschikbaarheid van advocaten per rechtsgebied en per "
      "regio. Signalen over tekorten komen via de advocatuur, de rechtspraak of de media binnen, vaak pas als het "
      "probleem al groot is. De Raad publiceert jaarlijks een monitor, maar die beschrijft vooral de aantallen "
      "toevoegingen en uitgaven, niet of een rechtzoekende binnen redelijke tijd een advocaat vindt."),
    H2("5.4 Aanbevelingen"),
    aanbeveling(9),
    P("Intercollegiale toetsing zegt meer over de kwaliteit van het werk dan het aantal gevolgde cursussen. Wanneer "
      "orde en Raad één stelsel hanteren, verdwijnt bovendien de dubbeling tussen beide kaders. De voorwaarden die "
      "dan overbodig worden, kunnen vervallen."),
    aanbeveling(10),
    P("Een open stelsel is volgens de commissie de beste waarborg voor een gespreid aanbod en voor de vrije keuze "
      "van advocaat. De kwaliteit kan beter worden geborgd met de eisen uit aanbeveling 9 dan met aanbesteding."),
    aanbeveling(11),
    P("Een monitor die de beschikbaarheid meet, bijvoorbeeld aan de hand van het aantal dagen dat een rechtzoekende "
      "nodig heeft om een advocaat te vinden, maakt tekorten vroeg zichtbaar. Met vooraf vastgelegde signaalwaarden "
      "is ook duidelijk wanneer maatregelen nodig zijn, zoals een tijdelijke toeslag in een bepaald rechtsgebied of "
      "arrondissement."),
    H("6 Eigen bijdrage en draagkracht"),
    H2("6.1 De eigen bijdrage als drempel"),
    P("De eigen bijdrage moet rechtzoekenden ervan weerhouden om lichtvaardig een procedure te beginnen. Zij loopt "
      "in 2025 uiteen van 166 euro voor de laagste inkomens tot ruim 1.000 euro voor de hoogste inkomensgroep die "
      "nog voor een toevoeging in aanmerking komt. Wie binnen korte tijd meerdere toevoegingen nodig heeft, krijgt "
      "onder voorwaarden een korting."),
    P("Voor mensen met een inkomen rond het sociaal minimum is 166 euro echter een aanzienlijk bedrag, zeker "
      "wanneer zij al schulden hebben. Een op de vijf ondervraagden in deze groep zag af van hulp of stelde die uit "
      "vanwege de eigen bijdrage. Advocaten gaven aan dat zij de bijdrage in een deel van de zaken niet of niet "
      "volledig kunnen innen, waardoor het risico in de praktijk bij hen komt te liggen."),
    H2("6.2 Het peiljaar"),
    P("De Raad bepaalt de draagkracht aan de hand van het inkomen in het peiljaar, twee jaar vóór de aanvraag. Voor "
      "de meeste rechtzoekenden maakt dat weinig uit, maar voor mensen van wie het inkomen recent sterk is gedaald, "
      "bijvoorbeeld door ontslag, ziekte of een scheiding, kan het tot een te hoge eigen bijdrage of zelfs tot "
      "afwijzing leiden. Verlegging van het peiljaar is mogelijk, maar alleen bij een daling van ten minste 15 "
      "procent, en de regeling is bij rechtzoekenden weinig bekend."),
    H2("6.3 De rol van gemeenten"),
    P("Een deel van de gemeenten vergoedt de eigen bijdrage via de bijzondere bijstand. In de gemeenten die de "
      "commissie heeft bevraagd, gebeurt dat echter op uiteenlopende voorwaarden, en veel rechtzoekenden weten niet "
      "dat de mogelijkheid bestaat. In de vragenlijst gaf minder dan 10 procent van de rechtzoekenden met een "
      "minimuminkomen aan dat zij de bijdrage bij de gemeente hadden teruggevraagd."),
    H2("6.4 Aanbevelingen"),
    aanbeveling(12),
    P("Voor deze groep weegt de drempel van de eigen bijdrage zwaarder dan haar functie om lichtvaardig procederen "
      "tegen te gaan. De commissie schat de kosten op ongeveer 15 miljoen euro per jaar."),
    aanbeveling(13),
    P("De gegevens die daarvoor nodig zijn, zijn via de polisadministratie van het UWV in principe actueel "
      "beschikbaar. Zo worden rechtzoekenden van wie het inkomen kort geleden is gedaald, niet langer op een te "
      "hoog inkomen beoordeeld."),
    aanbeveling(14),
    P("Zolang de eigen bijdrage voor inkomens boven 110 procent van het sociaal minimum blijft bestaan, kan de "
      "bijzondere bijstand voorkomen dat zij een drempel vormt. Door de mogelijkheid in de toevoegingsbeslissing te "
      "vermelden, bereikt de informatie de rechtzoekende op het juiste moment."),
    H("7 Tot slot"),
    P("De commissie heeft in dit rapport een stelsel beschreven dat op de toewijding van een krimpende groep "
      "professionals draait. Die toewijding is groot, maar niet onuitputtelijk. De aanbevelingen zijn bedoeld om "
      "het stelsel op korte termijn te stabiliseren en het op langere termijn beter te laten aansluiten bij wat "
      "rechtzoekenden nodig hebben."),
    P("De aanbevelingen vragen van iedere betrokkene een eigen inzet:"),
    bullets(
        "van de minister: de financiële basis van het stelsel op orde brengen en de keuzes in de stelselvernieuwing "
        "heroverwegen;",
        "van de Raad voor Rechtsbijstand: een snellere afhandeling en steun aan startende advocaten;",
        "van de Nederlandse orde van advocaten: de sociale advocatuur zichtbaar maken in de opleiding en samen met de "
        "Raad werken aan een eenvoudiger kwaliteitsstelsel;",
        "van gemeenten: de verbinding tussen het sociaal domein en de rechtshulp versterken.",
    ),
    P("De commissie schat de structurele kosten van het volledige pakket op ongeveer 105 miljoen euro per jaar, "
      "bovenop de huidige uitgaven. Zij is zich ervan bewust dat dit een aanzienlijk bedrag is. Daar staat tegenover "
      "dat problemen die tijdig worden opgelost, elders in de samenleving kosten besparen: bij de rechtspraak, bij "
      "gemeenten en bij rechtzoekenden zelf."),
    P("De commissie is graag bereid haar bevindingen toe te lichten aan de Tweede Kamer en aan de betrokken "
      "organisaties."),
    PageBreak(),
    H("Bijlage 1 Samenstelling van de commissie"),
    bullets(
        "prof. mr. M.A. Verhulst-Obbink, voorzitter, hoogleraar procesrecht",
        "mr. drs. H.J. Bouwmeester, oud-president van een rechtbank",
        "mr. S. el Idrissi, advocaat personen- en familierecht",
        "drs. P.C. Terpstra, oud-wethouder sociaal domein",
        "dr. L. van Gennep, econoom",
        "mr. R.K. Sterkenburg, secretaris",
    ),
    H("Bijlage 2 Gesprekspartners"),
    P("De commissie sprak onder meer met vertegenwoordigers van de volgende organisaties:"),
    bullets(
        "Raad voor Rechtsbijstand",
        "Het Juridisch Loket",
        "Nederlandse orde van advocaten en de lokale ordes in vijf arrondissementen",
        "Vereniging Sociale Advocatuur Nederland en specialisatieverenigingen in het asielrecht, het personen- en "
        "familierecht en het sociaal zekerheidsrecht",
        "Mediatorsfederatie Nederland",
        "de Raad voor de rechtspraak en vijf rechtbanken",
        "Vereniging van Nederlandse Gemeenten en zeven gemeenten",
        "Landelijke Vereniging van Sociaal Raadslieden",
        "Nederlandse Vereniging voor Volkskrediet",
        "rechtzoekenden, via twee groepsgesprekken met ervaringsdeskundigen",
    ),
)

REPORT = Document(
    title="Recht binnen bereik",
    subtitle="Eindrapport van de Commissie evaluatie gesubsidieerde rechtsbijstand",
    blocks=REPORT_BLOCKS,
    running_header="Commissie evaluatie gesubsidieerde rechtsbijstand  |  Recht binnen bereik",
    footer="{page}",
    font_family="serif",
    font_size=10.5,
    title_page=True,
    imprint=("Commissie evaluatie gesubsidieerde rechtsbijstand",
             "ingesteld door de minister voor Rechtsbescherming",
             "Den Haag, september 2025"),
)

# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV1 = ("Ik verhoog de vergoedingen daarom per 1 januari 2027 structureel met 9 procent, maar een automatische "
       "koppeling aan de volledige loon- en prijsontwikkeling leg ik niet vast.")
EV2 = ("Eens in de vijf jaar laat ik onafhankelijk onderzoeken hoeveel tijd advocaten en mediators aan de "
       "verschillende soorten zaken besteden, en op basis daarvan pas ik de puntentoekenning aan; het eerste "
       "onderzoek start in 2027.")
EV3 = ("Het bestuur van de Raad heeft mij laten weten dat het de aanbeveling overneemt en per 1 juli 2026 een "
       "startersregeling openstelt voor advocaten die in hun eerste drie jaar ten minste de helft van hun zaken op "
       "toevoegingsbasis behandelen.")
EV4 = ("De algemene raad van de orde heeft mij daarentegen bericht dat hij geen verplichte module sociale advocatuur "
       "in de beroepsopleiding invoert.")
EV5 = ("Het Juridisch Loket krijgt vanaf 2026 structureel 6 miljoen euro extra om spreekuren te houden op plaatsen "
       "waar mensen al komen, zoals bibliotheken, wijkcentra, schuldhulplocaties en rechtbanken.")
EV7 = ("Een verplichte intake bij Het Juridisch Loket voordat een toevoeging kan worden aangevraagd, zoals de "
       "commissie in aanbeveling 7 voorstelt, voer ik niet in.")
EV9 = ("De orde en de Raad hebben mij gezamenlijk laten weten dat zij deze aanbeveling overnemen en een stelsel van "
       "intercollegiale toetsing uitwerken dat vanaf 1 januari 2028 geldt voor alle advocaten die toevoegingen "
       "behandelen.")
EV10 = ("Ik deel de zorgen van de commissie over de keuzevrijheid en de prijsdruk, maar ik zie geen reden om van "
        "contractering af te zien.")
EV11 = ("Vanaf dit jaar brengt het WODC jaarlijks een onafhankelijke monitor uit over de beschikbaarheid van "
        "advocaten per rechtsgebied en per arrondissement, en samen met de Raad en de orde leg ik vooraf vast bij "
        "welke signaalwaarden ik ingrijp.")
EV12 = ("De eigen bijdrage voor de laagste inkomensgroep verlaag ik per 1 januari 2027 van 166 naar 100 euro; haar "
        "volledig afschaffen, zoals aanbeveling 12 vraagt, doe ik niet.")
EV13 = ("Samen met de Raad en het UWV verken ik daarom of de Raad bij de draagkrachttoets het actuele inkomen uit de "
        "polisadministratie kan gebruiken.")

RESPONSE_BLOCKS = (
    P("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal"),
    P("Datum  17 februari 2026"),
    P("Betreft  Reactie op het eindrapport van de Commissie evaluatie gesubsidieerde rechtsbijstand"),
    P("Geachte voorzitter,"),
    P("Op 25 september 2025 heeft de Commissie evaluatie gesubsidieerde rechtsbijstand haar eindrapport ‘Recht "
      "binnen bereik’ aan mij aangeboden. Ik heb het rapport op 2 oktober 2025 aan uw Kamer gezonden en daarbij "
      "toegezegd u binnen zes maanden een inhoudelijke reactie te sturen. Met deze brief doe ik die toezegging "
      "gestand."),
    P("Ik dank de commissie, en in het bijzonder haar voorzitter, voor het grondige en betrokken werk. De commissie "
      "heeft niet alleen de cijfers van het stelsel geanalyseerd, maar ook gesproken met de mensen die het dagelijks "
      "dragen en met de rechtzoekenden voor wie het bestaat. Dat maakt het rapport tot een waardevolle bron voor de "
      "keuzes die de komende jaren voorliggen."),
    P("De kernboodschap van de commissie herken ik. Het stelsel van gesubsidieerde rechtsbijstand functioneert, "
      "maar het rust op een krimpende en vergrijzende groep advocaten, en te veel rechtzoekenden vinden pas hulp "
      "wanneer hun probleem al is uitgegroeid tot een procedure. Ik deel de ambitie van de commissie om het stelsel "
      "zo in te richten dat het ook over tien jaar recht binnen bereik brengt van wie het zelf niet kan betalen."),
    P("Bij de voorbereiding van deze reactie heb ik gesproken met de Raad voor Rechtsbijstand, Het Juridisch Loket, "
      "de Nederlandse orde van advocaten en de Vereniging van Nederlandse Gemeenten. Waar de commissie zich met een "
      "aanbeveling tot de Raad of de orde richt, geef ik hieronder weer wat zij mij hebben laten weten. Ik bespreek "
      "de aanbevelingen niet in de volgorde van het rapport, maar aan de hand van de thema’s waarop ik de komende "
      "jaren wil inzetten."),
    H2("Een toekomstbestendig aanbod van sociaal advocaten"),
    P("De cijfers in het rapport zijn zorgelijk. Sinds 2015 is het aantal advocaten dat toevoegingen behandelt met "
      "bijna een vijfde afgenomen, en in een aantal arrondissementen is het voor rechtzoekenden in het asielrecht en "
      "het sociaal zekerheidsrecht moeilijk geworden om binnen redelijke tijd een advocaat te vinden. Ook de Raad "
      "voor Rechtsbijstand signaleert in zijn monitor over 2025 dat het aantal aanvragen dat niet direct een "
      "advocaat vindt, is gestegen."),
    P("Met de verhogingen van de afgelopen jaren is al een belangrijk deel van het verschil tussen vergoeding en "
      "tijdsbesteding ingelopen, maar ik ben het met de commissie eens dat dit niet genoeg is geweest. Aanbeveling "
      "1 vraagt om een verhoging van gemiddeld 17 procent en om een automatische, volledige indexering. " + EV1
      + " De verhoging kost structureel 38 miljoen euro en is gedekt binnen de begroting van Justitie en "
      "Veiligheid. Voor de indexering blijft de gebruikelijke systematiek gelden, waarbij het kabinet jaarlijks de "
      "loon- en prijsbijstelling toekent; ik streef ernaar die bijstelling ook de komende jaren volledig aan de "
      "puntwaarde toe te voegen.",
      answers=(Answer("1", "partial", EV1),)),
    P("Over de aanbevelingen die de commissie aan de Raad voor Rechtsbijstand en de Nederlandse orde van advocaten "
      "richt om meer jonge advocaten voor de sociale advocatuur te winnen, heb ik met beide organisaties gesproken. "
      + EV3 + " Deelnemers ontvangen een aanvullende vergoeding per toevoeging en worden begeleid door een ervaren "
      "sociaal advocaat; ik stel de Raad daarvoor jaarlijks 4,5 miljoen euro ter beschikking. " + EV4 + " Volgens "
      "de orde moet de beroepsopleiding alle advocaten-stagiairs een brede basis bieden, en kent zij met de "
      "keuzevakken personen- en familierecht, vreemdelingenrecht en sociaal zekerheidsrecht al voldoende ruimte "
      "voor wie zich in de sociale advocatuur wil verdiepen. Ik respecteer die afweging van de orde.",
      answers=(Answer("3", "agree", EV3), Answer("4", "disagree", EV4))),
    H2("Maatregelen"),
    P("Ik neem de volgende maatregelen:"),
    P("• " + EV2, answers=(Answer("2", "agree", EV2),)),
    P("• " + EV5 + " Het Loket maakt daarover afspraken met de gemeenten en organisaties ter plaatse.",
      answers=(Answer("5", "agree", EV5),)),
    P("• " + EV11 + " De eerste monitor verschijnt in het najaar van 2026.",
      answers=(Answer("11", "agree", EV11),)),
    P("• De vergoeding voor piketdiensten in het strafrecht gaat per 1 juli 2026 omhoog, zodat ook in de nachtelijke "
      "uren en in het weekend een advocaat beschikbaar is voor verdachten die zijn aangehouden."),
    P("• Advocaten die een toevoeging behandelen voor een cliënt in een detentiecentrum of een opvanglocatie buiten "
      "hun eigen arrondissement, krijgen vanaf 2026 een vaste reistijdvergoeding."),
    P("De maatregelen in deze paragraaf kosten samen ongeveer 14 miljoen euro per jaar. Zij worden gedekt uit de "
      "middelen die het kabinet bij de Voorjaarsnota 2025 voor de versterking van de rechtsstaat heeft "
      "vrijgemaakt."),
    H2("Hulp aan de voorkant"),
    P("Het stelsel moet ervoor zorgen dat mensen met een juridisch probleem zo vroeg mogelijk passende hulp krijgen. "
      "Dat is ook het uitgangspunt van de stelselvernieuwing. Een sterke eerste lijn voorkomt dat problemen "
      "escaleren en dat rechtzoekenden onnodig bij de rechter terechtkomen."),
    P("Op veel plaatsen werken Het Juridisch Loket en gemeenten al samen. In 2025 hadden 64 gemeenten een "
      "samenwerkingsovereenkomst met het Loket, en in 23 gemeenten liep het project ‘Rechtshulp in de wijk’, waarin "
      "medewerkers van het Loket deelnemen aan het overleg van wijkteams en schuldhulpverleners. De VNG en het Loket "
      "hebben in 2024 een modelconvenant opgesteld dat gemeenten kunnen gebruiken voor afspraken over doorverwijzing "
      "en gegevensuitwisseling."),
    P(EV7 + " Ik begrijp de gedachte erachter: een breed advies vooraf kan voorkomen dat een probleem onnodig "
      "juridisch wordt gemaakt. Een verplichte extra stap vertraagt echter juist de hulp aan rechtzoekenden die al "
      "een advocaat hebben gevonden, en legt een groot beslag op de capaciteit van het Loket, dat daarvoor jaarlijks "
      "ruim 200.000 extra gesprekken zou moeten voeren. Ik kies er daarom voor het Loket vooral daar te versterken "
      "waar mensen nu nog geen hulp zoeken.",
      answers=(Answer("7", "disagree", EV7),)),
    P("De commissie vraagt de Raad voor Rechtsbijstand ook om sneller te beslissen op aanvragen en de vergoedingen "
      "sneller uit te betalen. De Raad gaat hier in zijn jaarplan 2026 zelf op in. Ik stuur u dat jaarplan na "
      "ontvangst toe."),
    H2("Kwaliteit en de vernieuwing van het stelsel"),
    P("De commissie stelt vast dat de inschrijvingsvoorwaarden van de Raad en de eisen van de orde in de loop der "
      "jaren zijn gaan stapelen, zonder dat duidelijk is wat zij bijdragen aan de kwaliteit. Zij beveelt aan die "
      "stapeling te vervangen door intercollegiale toetsing. " + EV9 + " Voorwaarden die daarmee overbodig worden, "
      "laat de Raad vervallen. Ik ondersteun die aanpak en zal de Wrb en de daarop gebaseerde regelingen waar nodig "
      "aanpassen.",
      answers=(Answer("9", "agree", EV9),)),
    P("Over de contractering van rechtsbijstandverleners is de commissie kritisch. Zij wijst op ervaringen in "
      "Engeland en Wales, waar aanbesteding heeft geleid tot concentratie van het aanbod en het verdwijnen van "
      "kleine kantoren. " + EV10 + " Contractering biedt de mogelijkheid om met aanbieders afspraken te maken over "
      "de beschikbaarheid in een regio en over de kwaliteit van de hulp, iets wat het huidige open stelsel niet "
      "kan garanderen. In de proeftuinen in Den Bosch en Groningen wordt daarmee ervaring opgedaan, waarbij de "
      "keuzevrijheid van de rechtzoekende uitdrukkelijk is geborgd.",
      answers=(Answer("10", "disagree", EV10),)),
    P("Voor de zomer informeer ik uw Kamer over de tussentijdse resultaten van de proeftuinen en over het "
      "vervolg van de stelselvernieuwing. Daarbij betrek ik de analyse van de commissie over de risico’s van "
      "concentratie en prijsdruk."),
    H2("Draagkracht en eigen bijdrage"),
    P("De eigen bijdrage heeft een functie: zij zorgt ervoor dat rechtzoekenden een afweging maken voordat zij een "
      "procedure beginnen. Zij mag echter niet tot gevolg hebben dat mensen die hulp hard nodig hebben, daarvan "
      "afzien. De bevinding van de commissie dat een op de vijf rechtzoekenden met een minimuminkomen hulp uitstelt "
      "of afziet vanwege de eigen bijdrage, neem ik serieus."),
    P(EV12 + " Volledige afschaffing zou niet alleen 15 miljoen euro per jaar kosten, maar ook de drempel wegnemen "
      "die voorkomt dat geschillen die zich goed voor een andere oplossing lenen, direct bij een advocaat "
      "terechtkomen. Met de verlaging wordt de bijdrage voor deze groep wel beter draagbaar.",
      answers=(Answer("12", "partial", EV12),)),
    P("Ook de constatering dat de draagkrachttoets uitgaat van een inkomen van twee jaar geleden, herken ik. De "
      "huidige regeling voor verlegging van het peiljaar biedt een uitweg, maar zij is weinig bekend en vraagt een "
      "aparte aanvraag. " + EV13 + " Daarbij moeten de gevolgen voor de uitvoering en de privacy zorgvuldig worden "
      "gewogen. Ik verwacht de uitkomsten van die verkenning eind 2026.",
      answers=(Answer("13", "partial", EV13),)),
    H2("Financiën en vervolg"),
    P("De commissie schat de kosten van haar volledige pakket op ongeveer 105 miljoen euro per jaar. De maatregelen "
      "die ik in deze brief aankondig, kosten samen structureel ongeveer 70 miljoen euro. Ik ben mij ervan bewust "
      "dat dit minder is dan de commissie heeft gevraagd. Ik meen echter dat het pakket het stelsel op de korte "
      "termijn stabiliseert en tegelijk ruimte laat voor de keuzes die de stelselvernieuwing vraagt."),
    P("Over de uitvoering van de maatregelen in deze brief informeer ik uw Kamer in de jaarlijkse voortgangsbrief "
      "over de stelselvernieuwing, voor het eerst in het najaar van 2026."),
    P("De minister voor Rechtsbescherming,"),
    P("mr. A.W. Schuttevaer-Lindhout"),
)

RESPONSE = Document(
    title="Reactie op het eindrapport ‘Recht binnen bereik’",
    subtitle="Brief van de minister voor Rechtsbescherming  |  Ministerie van Justitie en Veiligheid, Directie "
             "Rechtsbestel",
    blocks=RESPONSE_BLOCKS,
    running_header="Ministerie van Justitie en Veiligheid  |  Datum 17 februari 2026  |  Kenmerk 5873120",
    footer="Pagina {page} van {pages}",
    font_family="serif",
    font_size=11,
    title_page=False,
)

PAIR = Pair(
    name="legal_aid_commission_themes",
    report=REPORT,
    response=RESPONSE,
    description="Commissie evaluatie gesubsidieerde rechtsbijstand report (14 recommendations labelled 'Aanbeveling "
                "N' at the end of chapters 3-6, repeated briefly in the summary) answered by the Minister voor "
                "Rechtsbescherming in a letter with its own themed headings; a 'Ik neem de volgende maatregelen:' "
                "bullet section answers three; the Raad and the orde are reported; 6 and 14 (gemeenten) and 8 "
                "(passed to the Raad) are not addressed.",
)
