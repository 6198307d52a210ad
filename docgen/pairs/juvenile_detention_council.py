"""Pair: a fictional Adviesraad Sanctierecht en Jeugdbescherming advice on youth detention, and the minister's answer.

Layout traits this pair tests: a serif report with a title page and running header, themed chapters (small-scale
facilities near home, education, isolation, aftercare, staff).  The fifteen recommendations sit inside the chapters,
each printed on its own as a line labelled "Advies N:" with a hanging indent (a one-item list whose label is the
word "Advies" and the number), followed by one to three explanation paragraphs; the gold text is the sentence
without the label.  The renderer cannot attach a recommendation to a real heading, so these labelled lines stand in
for the level-3 headings the brief asked for.  Traps in the report: level-3 headings that are not advice ("Cijfers",
"Wat wij zagen", "Wat jongeren ons vertelden"), a figures table, a chapter with bold numbered findings
"Bevinding 1:" ... "Bevinding 4:" that read like advice labels, and prose in which the Raad already argues for
measures ("De Raad vindt dat ...") without it being an advice.  There is no summary list of the advice.

The response is a letter of the minister voor Rechtsbescherming (sans, letterhead, written in consultation with the
minister of OCW) with thanks and context (no position), a general paragraph that shares the Raad's aims, a section
on isolation that answers advice 7 by subject only (no number), and an annex table WITHOUT a header row (an empty
header band only): left "Advies N" plus a short paraphrase, right the answer starting "Ja," / "Ja." / "Nee," /
"Gedeeltelijk," / "In onderzoek.".  One row answers advices 8 and 9; rows 7 and 11 are missing.

Gold positions:
 1 partial   - small-scale facilities continued, but a closing date for the last large facility is not adopted.
 2 agree     - regional covenants of DJI and municipalities before 1 July 2026 (committed measure, "Ja.").
 3 disagree  - blunt "Nee," to fully paying visitors' travel costs.
 4 agree     - 25 hours of education from the first week, from school year 2025-2026, with money (no cue word).
 5 partial   - "In onderzoek.": only explores a legal duty when action was asked.
 6 agree     - OCW adopts it and asks the Inspectie van het Onderwijs for a yearly report.
 7 disagree  - answered by subject in the letter body: "acht ik het niet opportuun" to shorten the legal maximum.
 8 agree     - shared row 8/9: rooms without daylight replaced by end 2027, money reserved (no cue word).
 9 partial   - shared row 8/9: registration extended, yearly publication per facility not adopted.
10 disagree  - "Nee,": municipalities already have the task under existing law; no statutory deadline added.
11 not_addr. - one fixed contact person per young person (to municipalities): never mentioned.
12 agree     - "Ja, dit advies neem ik over."
13 agree     - the advice asks for a study; "In onderzoek." with a WODC study under way and a report date.
14 not_addr. - row starts "Ja," but only recognises the finding and defers pay to the cao talks.
15 disagree  - row starts "Ja," (shares the aim) but declines the statutory minimum staffing.
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

P = Paragraph


def H1(text: str) -> Heading:
    return Heading(text, level=1)


def H2(text: str) -> Heading:
    return Heading(text, level=2)


def H3(text: str) -> Heading:
    return Heading(text, level=3)


def bullets(*texts: str) -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style="•")


def advies(number: int, text: str, *departments: str) -> ItemList:
    """One advice as printed: the label "Advies N:" hanging before the sentence."""
    return ItemList(items=(ListItem(text, recommendation=Recommendation(str(number), tuple(departments))),),
                    style=f"Advies {number}:")


def finding(number: int, text: str) -> Paragraph:
    return Paragraph(f"Bevinding {number}: {text}", bold=True)


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H1("Voorwoord"),
    P("Een jongere die in een justitiële jeugdinrichting terechtkomt, heeft meestal al een lange weg achter zich. "
      "Schooluitval, wisselende hulpverleners, problemen thuis en een vriendengroep die de verkeerde kant op ging: in "
      "de dossiers die wij lazen, kwamen dezelfde patronen steeds terug. De vrijheidsbeneming is dan een zwaar "
      "middel, maar ook een kans. Voor het eerst in lange tijd is er een dagritme, is er onderwijs en zijn er "
      "volwassenen die iedere dag aanwezig zijn. Of die kans wordt benut, hangt voor een groot deel af van wat er in "
      "de inrichting gebeurt en van wat er klaarligt als de jongere weer naar buiten gaat."),
    P("De Adviesraad Sanctierecht en Jeugdbescherming heeft zich het afgelopen jaar verdiept in de vraag hoe de "
      "justitiële jeugdinrichtingen er over tien jaar uit moeten zien. Wij bezochten alle inrichtingen en de drie "
      "kleinschalige voorzieningen die als proef zijn gestart, spraken met ruim zeventig jongeren, met hun ouders, "
      "met groepsleiders, leraren, directeuren, gemeenten en advocaten. Wij zijn hun zeer erkentelijk voor hun "
      "openheid. Vooral de jongeren spraken opvallend helder over wat hen heeft geholpen en wat niet."),
    P("Dit advies bevat vijftien adviezen. Zij zijn gericht aan de minister voor Rechtsbescherming, aan de Dienst "
      "Justitiële Inrichtingen, aan de minister van Onderwijs, Cultuur en Wetenschap en aan de gemeenten. Wij hebben "
      "de adviezen opgenomen in de hoofdstukken waarin wij de onderbouwing geven, zodat de lezer steeds kan zien "
      "waarop zij berusten."),
    P("Namens de Adviesraad Sanctierecht en Jeugdbescherming,"),
    P("prof. mr. E.C. van Dijk-Hoogland, voorzitter"),
    P("drs. M.R. Tahiri, algemeen secretaris"),
    PageBreak(),
    H1("1 Inleiding"),
    H2("1.1 Aanleiding"),
    P("In de justitiële jeugdinrichtingen verblijven jongeren van twaalf tot en met zeventien jaar, en in sommige "
      "gevallen jongvolwassenen tot 23 jaar, die in voorlopige hechtenis zitten, een jeugddetentie ondergaan of een "
      "maatregel van plaatsing in een inrichting voor jeugdigen (pij-maatregel) opgelegd hebben gekregen. Het aantal "
      "jongeren in de inrichtingen is in twintig jaar sterk gedaald, maar de groep die er nog verblijft, heeft "
      "zwaardere en meer samengestelde problemen dan vroeger."),
    P("Sinds 2019 werkt de Dienst Justitiële Inrichtingen (DJI) aan een vernieuwing van de justitiële jeugd onder de "
      "noemer kleinschalig en dichtbij. In drie regio's zijn kleinschalige voorzieningen geopend waar jongeren in een "
      "woonhuisachtige omgeving verblijven, dicht bij hun ouders, school en hulpverleners. Tegelijk kampen de grote "
      "inrichtingen met personeelstekorten, met een hoog ziekteverzuim en met incidenten op de groepen. De Tweede "
      "Kamer vroeg in het voorjaar van 2023 om een onafhankelijke blik op de vraag of de ingeslagen weg de goede is "
      "en wat er nodig is om hem af te maken."),
    H2("1.2 Adviesvraag"),
    P("De minister voor Rechtsbescherming vroeg de Raad bij brief van 12 juni 2023 om advies over drie vragen:"),
    bullets(
        "Hoe kan de vrijheidsbeneming van jongeren zo worden ingericht dat zij zo veel mogelijk bijdraagt aan een "
        "succesvolle terugkeer in de samenleving?",
        "Welke randvoorwaarden gelden daarbij voor onderwijs, voor het gebruik van vrijheidsbeperkende middelen en "
        "voor de samenwerking met gemeenten?",
        "Wat vraagt dit van de organisatie en het personeel van de inrichtingen?",
    ),
    P("De Raad heeft de vragen breed opgevat. Wij kijken niet alleen naar de inrichting zelf, maar ook naar wat er "
      "voor en na het verblijf gebeurt, omdat het succes van een verblijf daar in belangrijke mate wordt bepaald."),
    H2("1.3 Werkwijze"),
    H3("Bronnen"),
    P("Het advies berust op werkbezoeken aan alle justitiële jeugdinrichtingen en aan de drie kleinschalige "
      "voorzieningen, op gesprekken met 74 jongeren en 31 ouders, op groepsgesprekken met groepsleiders, leraren en "
      "gedragsdeskundigen, en op interviews met vertegenwoordigers van veertien gemeenten, de Raad voor de "
      "Kinderbescherming, de reclassering, de advocatuur en de Inspectie Justitie en Veiligheid. Daarnaast hebben wij "
      "de cijfers van de DJI over bezetting, afzondering en personeel over de jaren 2019 tot en met 2023 "
      "geanalyseerd en de wetenschappelijke literatuur over kleinschalige detentie bestudeerd.",
      footnotes=("Een overzicht van de geraadpleegde personen en organisaties is op verzoek verkrijgbaar bij het "
                 "secretariaat van de Raad.",)),
    H3("Leeswijzer"),
    P("Hoofdstuk 2 schetst de stand van zaken in de justitiële jeugdinrichtingen. De hoofdstukken 3 tot en met 7 "
      "behandelen ieder een thema: kleinschaligheid, onderwijs, afzondering, nazorg en personeel. Aan het eind van "
      "ieder van die hoofdstukken staan de adviezen van de Raad, elk gevolgd door een korte toelichting. Hoofdstuk 8 "
      "bevat enkele slotbeschouwingen."),
    PageBreak(),
    H1("2 De justitiële jeugdinrichtingen nu"),
    H2("2.1 Wie er verblijven"),
    H3("Cijfers"),
    P("In 2023 verbleven gemiddeld 372 jongeren per dag in een justitiële jeugdinrichting of kleinschalige "
      "voorziening. In 2004 waren dat er nog ruim 2.400. Ongeveer de helft van de jongeren zit in voorlopige "
      "hechtenis; hun verblijf duurt gemiddeld zes weken. Jongeren met een pij-maatregel verblijven gemiddeld bijna "
      "drie jaar in een inrichting. Ruim negentig procent is jongen."),
    Table(
        header=("", "2019", "2021", "2023"),
        rows=(
            ("Gemiddelde bezetting per dag", "418", "391", "372"),
            ("Aandeel in voorlopige hechtenis", "47%", "51%", "52%"),
            ("Plaatsen in kleinschalige voorzieningen", "0", "24", "38"),
            ("Plaatsingen in afzondering", "1.640", "1.815", "1.902"),
            ("Vacatures groepsleiding (fte, 31 december)", "46", "71", "88"),
        ),
        widths=(3.0, 1.0, 1.0, 1.0),
    ),
    P("Tabel 1. Kerncijfers justitiële jeugd, 2019-2023. Bron: DJI, bewerking Raad."),
    P("Achter de gemiddelden gaan grote verschillen schuil. Een kwart van de jongeren heeft een licht verstandelijke "
      "beperking, ruim de helft heeft een of meer psychiatrische diagnoses en bij bijna een derde is sprake van "
      "problematisch middelengebruik. Veel jongeren zijn eerder in de jeugdhulp geweest, soms in een gesloten "
      "jeugdzorginstelling."),
    H2("2.2 Hoe de inrichtingen werken"),
    H3("Wat wij zagen"),
    P("De grote inrichtingen zijn gebouwd in een tijd waarin veel meer jongeren werden vastgezet. Zij liggen vaak op "
      "grote afstand van de woonplaats van de jongeren; een reistijd van twee uur of meer voor ouders is geen "
      "uitzondering. Leefgroepen tellen acht tot twaalf jongeren. Het dagprogramma bestaat uit onderwijs, sport, "
      "behandeling en vrije tijd, maar valt regelmatig gedeeltelijk uit wanneer er te weinig personeel is. Jongeren "
      "gaan dan eerder naar hun kamer, soms al om half acht 's avonds."),
    P("In de kleinschalige voorzieningen zagen wij een ander beeld. Jongeren gaan daar, als het kan, naar hun eigen "
      "school, koken samen met de begeleiders en krijgen vaker bezoek. De beveiliging is minder zichtbaar en rust "
      "meer op het contact tussen begeleiders en jongeren. Incidenten komen er ook voor, maar zij lopen minder vaak "
      "uit op een plaatsing in afzondering."),
    H3("Wat jongeren ons vertelden"),
    P("De jongeren die wij spraken, waren opvallend eensgezind over drie dingen. Zij willen contact met thuis houden "
      "en vinden de afstand een van de zwaarste kanten van hun verblijf. Zij willen dat school doorloopt, zodat zij "
      "na hun vertrek niet opnieuw achterstand hebben. En zij zijn bang voor de dag van vertrek: 'Je staat buiten met "
      "een vuilniszak met je spullen, en dan?'"),
    P("Meerdere jongeren vertelden over de afzonderingscel. Sommigen zeiden dat het hen hielp om tot rust te komen. "
      "Anderen beschreven uren zonder daglicht, zonder iets te doen en zonder dat iemand uitlegde wanneer het zou "
      "ophouden. Wij komen daarop terug in hoofdstuk 5."),
    H2("2.3 De wettelijke kaders"),
    P("Het verblijf in een justitiële jeugdinrichting is geregeld in de Beginselenwet justitiële jeugdinrichtingen "
      "en de daarop gebaseerde regelgeving. Die wet bepaalt onder meer dat de jongere recht heeft op onderwijs, op "
      "bezoek en op een perspectiefplan, en regelt de bevoegdheid van de directeur om een jongere in afzondering te "
      "plaatsen. De gemeenten zijn op grond van de Jeugdwet verantwoordelijk voor jeugdhulp, ook na het verblijf, en "
      "werken met de inrichtingen samen in het kader van de nazorg. De minister van Onderwijs, Cultuur en Wetenschap "
      "is verantwoordelijk voor het stelsel van onderwijs, waaronder de scholen die aan de inrichtingen zijn "
      "verbonden."),
    PageBreak(),
    H1("3 Kleinschalig en dichtbij huis"),
    H2("3.1 De vernieuwing tot nu toe"),
    P("Met de vernieuwing van de justitiële jeugd is een beweging ingezet die de Raad van harte steunt. Het idee is "
      "eenvoudig: een jongere die vlak bij huis verblijft, in een kleine groep en in een omgeving die lijkt op het "
      "gewone leven, kan gemakkelijker contact houden met ouders, school en hulpverleners, en keert beter voorbereid "
      "terug. Internationaal onderzoek ondersteunt dat beeld, al is het bewijs voor de langere termijn nog beperkt.",
      footnotes=("Zie onder meer het overzicht van evaluaties van kleinschalige voorzieningen in Scandinavië en de "
                 "Verenigde Staten dat de Raad voor dit advies liet opstellen (werkdocument, 2024).",)),
    P("De vernieuwing gaat echter langzaam. Vijf jaar na de start zijn er 38 plaatsen in kleinschalige voorzieningen, "
      "tegen ruim 330 plaatsen in de grote inrichtingen. Nieuwe locaties stuiten op bezwaren van omwonenden, op "
      "trage procedures en op onduidelijkheid over de vraag wie de locaties moet zoeken. De DJI wacht op gemeenten, "
      "gemeenten wachten op de DJI. Intussen worden de grote inrichtingen in stand gehouden, met de kosten die "
      "daarbij horen."),
    H2("3.2 Knelpunten"),
    H3("Afstand"),
    P("Van de jongeren in de grote inrichtingen woont bijna zestig procent meer dan een uur reizen van de inrichting. "
      "Ouders met weinig geld of zonder auto komen daardoor minder vaak op bezoek. In de gesprekken met ouders hoorden "
      "wij dat een bezoek met het openbaar vervoer een hele dag kost en soms tientallen euro's. Sommige ouders komen "
      "daardoor maar eens per maand, of helemaal niet."),
    H3("Regie"),
    P("Niemand is op dit moment verantwoordelijk voor het geheel. De DJI bepaalt waar zij plaatsen inkoopt of "
      "inricht; gemeenten gaan over het ruimtelijk beleid en over de jeugdhulp die de jongere na het verblijf nodig "
      "heeft. Een gezamenlijk beeld van waar voorzieningen nodig zijn, ontbreekt. De Raad vindt dat hier een "
      "duidelijke afspraak nodig is tussen Rijk en gemeenten."),
    H2("3.3 Wat de Raad adviseert"),
    advies(1, "Zet de omvorming van de justitiële jeugdinrichtingen naar kleinschalige voorzieningen van ten hoogste "
              "twaalf plaatsen door en sluit uiterlijk in 2030 de laatste grootschalige inrichting.", "JenV"),
    P("Dit advies is gericht aan de minister voor Rechtsbescherming. De Raad ziet geen inhoudelijke reden om een "
      "grootschalige inrichting in stand te houden. Ook jongeren die een hoog beveiligingsniveau nodig hebben, kunnen "
      "in een kleine eenheid verblijven, zoals buitenlandse voorbeelden laten zien. Een vaste einddatum voorkomt dat "
      "de vernieuwing blijft steken in proeven naast een ongewijzigd hoofdsysteem."),
    P("De Raad is zich ervan bewust dat het sluiten van een inrichting gevolgen heeft voor het personeel en voor de "
      "regio. Juist daarom is een tijdpad van zes jaar nodig, waarin medewerkers kunnen overstappen naar de nieuwe "
      "voorzieningen."),
    advies(2, "Laat de Dienst Justitiële Inrichtingen en de gemeenten per regio samen bepalen waar kleinschalige "
              "voorzieningen komen en leg die afspraken vast in een regionaal convenant.", "JenV", "GEMEENTEN"),
    P("Zolang de DJI en de gemeenten op elkaar wachten, komen er geen nieuwe locaties. Een convenant per regio, met "
      "afspraken over het aantal plaatsen, de locatie, de samenwerking met scholen en de nazorg, maakt beide partijen "
      "aanspreekbaar. De Raad ziet de tien regio's voor de jeugdbescherming als een logische indeling."),
    advies(3, "Vergoed de reiskosten van ouders, broers en zussen die een jongere in een justitiële jeugdinrichting "
              "bezoeken volledig.", "JenV"),
    P("Contact met thuis is een van de sterkste beschermende factoren tegen terugval. Zolang niet iedere jongere "
      "dicht bij huis kan verblijven, mag de afstand geen financiële drempel opleveren. De huidige tegemoetkoming is "
      "beperkt tot gezinnen met een inkomen op bijstandsniveau en dekt slechts een deel van de kosten. De Raad schat "
      "de kosten van een volledige vergoeding op 1,5 tot 2 miljoen euro per jaar."),
    PageBreak(),
    H1("4 Onderwijs tijdens het verblijf"),
    H2("4.1 Het belang van onderwijs"),
    P("Voor de meeste jongeren in een justitiële jeugdinrichting is onderwijs de belangrijkste sleutel tot een "
      "toekomst zonder criminaliteit. Een diploma of startkwalificatie vergroot de kans op werk en verkleint de kans "
      "op recidive. Veel jongeren hebben voor hun plaatsing al maanden of jaren geen school gezien. Het verblijf "
      "biedt de gelegenheid om die draad weer op te pakken, mits het onderwijs direct begint en na vertrek "
      "doorloopt."),
    H2("4.2 Wat wij zagen"),
    P("Op papier krijgen alle jongeren onderwijs. In de praktijk ontvangen jongeren in voorlopige hechtenis in de "
      "eerste weken vaak maar enkele uren les per week, omdat zij nog niet zijn ingedeeld of omdat de school wacht "
      "op gegevens van de vorige school. Bij personeelstekort valt onderwijs uit, omdat er niemand is om jongeren "
      "naar het lokaal te begeleiden. Wij spraken jongeren die in hun eerste maand minder dan tien uur les hadden "
      "gehad."),
    P("De overdracht tussen de school van herkomst en de school in de inrichting verloopt moeizaam. Schoolbesturen "
      "schrijven jongeren soms uit zodra zij zijn geplaatst, waardoor zij na hun vertrek opnieuw een school moeten "
      "zoeken. Onderwijsgegevens komen laat of onvolledig binnen. Leraren in de inrichting beginnen dan noodgedwongen "
      "met een eigen toets, terwijl de jongere al lang weg kan zijn voordat er een passend programma staat."),
    P("Het toezicht op het onderwijs in de inrichtingen is versnipperd. De Inspectie van het Onderwijs bezoekt de "
      "scholen in het kader van haar reguliere toezicht, maar een samenhangend beeld van de kwaliteit van het "
      "onderwijs in alle inrichtingen samen ontbreekt. De laatste themastudie dateert van 2016."),
    H2("4.3 Wat de Raad adviseert"),
    advies(4, "Zorg samen met de minister van Onderwijs, Cultuur en Wetenschap dat iedere jongere vanaf de eerste week "
              "van verblijf ten minste 25 uur per week onderwijs krijgt, ook tijdens voorlopige hechtenis.",
           "JenV", "OCW"),
    P("Een norm van 25 uur sluit aan bij de onderwijstijd in het voortgezet onderwijs. De Raad vraagt beide "
      "ministers om de financiering van het onderwijs en de inrichting van het dagprogramma daarop af te stemmen, "
      "zodat onderwijs niet langer de post is die als eerste sneuvelt bij personeelstekort."),
    advies(5, "Verplicht schoolbesturen om een jongere tijdens het verblijf ingeschreven te houden en het "
              "onderwijsdossier binnen vijf werkdagen over te dragen aan de school van de inrichting.", "OCW"),
    P("Dit advies is gericht aan de minister van Onderwijs, Cultuur en Wetenschap. Wanneer de jongere ingeschreven "
      "blijft bij de eigen school, houdt die school verantwoordelijkheid voor de terugkeer. Een vaste termijn voor "
      "de overdracht van het dossier maakt het mogelijk om direct met een passend programma te beginnen."),
    P("De Raad realiseert zich dat scholen soms aarzelen om een jongere terug te nemen die een ernstig delict heeft "
      "gepleegd. Die afweging hoort echter plaats te vinden op het moment van terugkeer, met de informatie van dat "
      "moment, en niet op de dag van plaatsing."),
    advies(6, "Vraag de Inspectie van het Onderwijs om jaarlijks te rapporteren over de kwaliteit van het onderwijs in "
              "alle justitiële jeugdinrichtingen.", "OCW"),
    P("Een jaarlijks beeld maakt zichtbaar of de maatregelen uit dit hoofdstuk effect hebben en waar het onderwijs "
      "tekortschiet. Het sluit aan bij de rapportages die de Inspectie Justitie en Veiligheid over de inrichtingen "
      "uitbrengt, zodat beide inspecties elkaars bevindingen kunnen benutten."),
    PageBreak(),
    H1("5 Afzondering"),
    H2("5.1 Een ingrijpend middel"),
    P("De directeur van een justitiële jeugdinrichting mag een jongere in afzondering plaatsen als dat nodig is om de "
      "orde of veiligheid te handhaven, om de jongere te beschermen of om een ernstige verstoring te beëindigen. De "
      "jongere verblijft dan in een speciale afzonderingsruimte of in zijn eigen kamer, zonder contact met de groep. "
      "De wet staat een plaatsing in afzondering toe voor ten hoogste drie dagen, die onder voorwaarden kan worden "
      "verlengd."),
    P("Afzondering is voor jongeren een ingrijpende ervaring. Uit onderzoek blijkt dat zij het vaak als straf ervaren, "
      "ook wanneer het als beschermende maatregel is bedoeld, en dat het de relatie met de groepsleiding kan "
      "beschadigen. Internationale normen, waaronder de regels van de Verenigde Naties voor jongeren die van hun "
      "vrijheid zijn beroofd, vragen om afzondering van jongeren tot het uiterste te beperken.",
      footnotes=("Regels van de Verenigde Naties voor de bescherming van jongeren die van hun vrijheid zijn beroofd "
                 "(Havana Rules, 1990), regel 67.",)),
    H2("5.2 Bevindingen"),
    P("De Raad heeft de registratie van afzonderingen over 2023 bij alle inrichtingen opgevraagd en in drie "
      "inrichtingen dossiers ingezien. Dat leverde de volgende bevindingen op."),
    finding(1, "Het aantal plaatsingen in afzondering is sinds 2019 met ruim vijftien procent gestegen, terwijl het "
               "aantal jongeren is gedaald."),
    P("Per jongere is het aantal afzonderingen dus aanzienlijk toegenomen. De inrichtingen wijzen op de zwaardere "
      "problematiek van de jongeren en op het personeelstekort: als er te weinig begeleiders zijn, wordt een "
      "onrustige jongere sneller apart gezet."),
    finding(2, "Een derde van de afzonderingen duurt langer dan 24 uur, en bijna tien procent langer dan twee dagen."),
    P("In de dossiers die wij inzagen, was niet altijd duidelijk waarom de afzondering na de eerste uren werd "
      "voortgezet. Een nieuwe beoordeling na 24 uur werd wel vastgelegd, maar vaak met dezelfde standaardzin als bij "
      "de eerste plaatsing."),
    finding(3, "In vier inrichtingen hebben de afzonderingsruimten geen daglicht en geen zicht naar buiten."),
    P("Deze ruimten voldoen aan de minimumeisen die bij de bouw golden, maar niet aan wat nu als verantwoord geldt. "
      "Jongeren beschreven hoe zij de tijd verloren en niet wisten of het dag of nacht was."),
    finding(4, "De registratie van afzonderingen verschilt per inrichting en is niet openbaar."),
    P("Sommige inrichtingen registreren alleen het begin van een afzondering, andere ook de duur en de reden. "
      "Landelijke cijfers worden niet gepubliceerd. Daardoor is voor buitenstaanders niet te zien of de inzet van "
      "afzondering afneemt of toeneemt, en kunnen inrichtingen niet van elkaar leren."),
    H2("5.3 Beoordeling"),
    P("De Raad erkent dat afzondering in uitzonderlijke situaties onvermijdelijk kan zijn. Maar de cijfers en de "
      "gesprekken laten zien dat afzondering nu te vaak, te lang en in ongeschikte ruimten wordt toegepast. De Raad "
      "vindt dat de wet een duidelijker grens moet trekken, dat de fysieke omstandigheden moeten verbeteren en dat "
      "de inzet van afzondering transparant moet worden."),
    H2("5.4 Wat de Raad adviseert"),
    advies(7, "Breng de wettelijke maximumduur van een plaatsing in afzondering terug van drie dagen naar 24 uur.",
           "JenV"),
    P("Wanneer een jongere na 24 uur nog niet terug kan naar de groep, is afzondering niet meer het passende middel. "
      "Dan is een andere vorm van zorg of begeleiding nodig, bijvoorbeeld een individueel programma met een vaste "
      "begeleider of een overplaatsing naar een voorziening met intensieve psychiatrische zorg."),
    P("Een kortere wettelijke grens dwingt de inrichtingen om tijdig naar die alternatieven te zoeken. De Raad wijst "
      "erop dat een aantal Europese landen al een kortere maximumduur kent zonder dat de veiligheid in de "
      "inrichtingen daaronder lijdt."),
    advies(8, "Neem afzonderingsruimten zonder daglicht uiterlijk in 2027 buiten gebruik en vervang ze door "
              "prikkelarme kamers met daglicht en zicht naar buiten.", "JenV"),
    P("Dit advies is gericht aan de minister voor Rechtsbescherming en de DJI. Een prikkelarme kamer met daglicht "
      "helpt een jongere sneller tot rust te komen en maakt de afzondering minder schadelijk. In de kleinschalige "
      "voorzieningen en in één grote inrichting zijn zulke kamers al in gebruik."),
    advies(9, "Registreer iedere afzondering centraal, met duur en reden, en maak jaarlijks per inrichting openbaar "
              "hoe vaak en hoe lang afzondering is toegepast.", "JenV"),
    P("Een eenduidige registratie is de basis voor sturing door de DJI en voor toezicht door de Inspectie Justitie en "
      "Veiligheid. Openbaarmaking per inrichting stelt inrichtingen in staat om van elkaar te leren, en geeft de "
      "Tweede Kamer en de samenleving zicht op een middel dat diep ingrijpt in het leven van jongeren."),
    PageBreak(),
    H1("6 Nazorg en terugkeer"),
    H2("6.1 De dag van vertrek"),
    P("Het moment waarop een jongere de inrichting verlaat, is het kwetsbaarste moment van het hele traject. De "
      "structuur van de inrichting valt weg, de oude vrienden staan klaar en de hulpverlening die buiten moet "
      "beginnen, is er vaak nog niet. Onderzoek laat zien dat het risico op recidive in de eerste maanden na vertrek "
      "het grootst is."),
    P("De gemeente van herkomst is verantwoordelijk voor de nazorg. In het landelijk kader nazorg jeugd hebben "
      "gemeenten en de DJI afgesproken dat iedere inrichting bij binnenkomst contact legt met de gemeente, en dat in "
      "een gezamenlijk overleg vóór vertrek afspraken worden gemaakt over wonen, school of werk, inkomen en zorg."),
    H2("6.2 Wat wij zagen"),
    P("In de praktijk verschilt de nazorg sterk per gemeente. Grote gemeenten hebben vaak een eigen team dat "
      "jongeren al tijdens het verblijf bezoekt. Kleinere gemeenten krijgen soms maar eens in de paar jaar met een "
      "jongere uit een inrichting te maken en weten dan niet goed wat er van hen wordt verwacht. Bij jongeren in "
      "voorlopige hechtenis, die vaak onverwacht door de rechter worden heengezonden, komt de nazorg nauwelijks van "
      "de grond."),
    P("Wij spraken jongeren die zonder identiteitsbewijs, zonder bankrekening of zonder zorgverzekering buiten "
      "stonden. Het regelen daarvan kost in de eerste weken na vertrek veel tijd, tijd die beter aan school of werk "
      "besteed kan worden. Jongeren vertelden ook dat zij na hun vertrek met steeds andere hulpverleners te maken "
      "kregen en niet wisten bij wie zij terecht konden."),
    H2("6.3 Wat de Raad adviseert"),
    advies(10, "Leg wettelijk vast dat de gemeente uiterlijk zes weken voor het einde van het verblijf voor iedere "
               "jongere een plan voor wonen, onderwijs of werk en inkomen heeft opgesteld.", "JenV", "GEMEENTEN"),
    P("De afspraken in het landelijk kader zijn vrijblijvend gebleken. Een wettelijke termijn maakt duidelijk wat "
      "van de gemeente wordt verwacht en geeft de inrichting en de jongere een aanknopingspunt als het plan "
      "ontbreekt. Voor jongeren in voorlopige hechtenis geldt de termijn vanaf het moment dat het einde van het "
      "verblijf bekend is."),
    advies(11, "Wijs als gemeente voor iedere jongere die een justitiële jeugdinrichting verlaat één vaste "
               "contactpersoon aan, die ten minste een jaar na vertrek betrokken blijft.", "GEMEENTEN"),
    P("Dit advies is gericht aan de gemeenten en aan de Vereniging van Nederlandse Gemeenten. Een vaste "
      "contactpersoon kent de jongere al uit de periode van het verblijf, houdt overzicht over de hulp en is "
      "bereikbaar als het misgaat. De Raad denkt daarbij niet aan een nieuwe functie, maar aan een duidelijke "
      "toewijzing binnen de bestaande teams."),
    advies(12, "Zorg dat iedere jongere bij vertrek beschikt over een geldig identiteitsbewijs, een bankrekening en "
               "een zorgverzekering.", "JenV", "GEMEENTEN"),
    P("Dit is een gezamenlijke taak van de inrichting en de gemeente van herkomst. De Raad vraagt de minister voor "
      "Rechtsbescherming om in overleg met de gemeenten vast te leggen wie wat regelt, zodat geen jongere meer "
      "zonder deze basisvoorzieningen de inrichting verlaat."),
    PageBreak(),
    H1("7 Personeel"),
    H2("7.1 Een tekort dat het hele werk raakt"),
    P("Zonder voldoende en goed opgeleide groepsleiders kan geen van de adviezen in dit rapport worden uitgevoerd. "
      "Eind 2023 stonden bij de justitiële jeugdinrichtingen 88 fte aan vacatures voor groepsleiding open, bijna het "
      "dubbele van 2019. Het ziekteverzuim onder groepsleiders lag in 2023 op 9,8 procent. De tekorten worden "
      "opgevangen met uitzendkrachten en met medewerkers die extra diensten draaien."),
    H3("Wat groepsleiders ons vertelden"),
    P("De groepsleiders die wij spraken, zijn betrokken bij hun werk en bij de jongeren. Zij noemden drie redenen "
      "waarom collega's vertrekken: de werkdruk en de onveiligheid die ontstaan als een groep 's avonds door één "
      "persoon moet worden begeleid, de beloning, die achterblijft bij vergelijkbaar werk in de gesloten jeugdzorg, "
      "en het gebrek aan begeleiding van nieuwe collega's. Van de groepsleiders die sinds 2021 in dienst kwamen, is "
      "ruim een derde binnen twee jaar weer vertrokken."),
    P("Een groepsleider die alleen staat op een groep van acht jongeren, kan weinig anders doen dan de orde "
      "bewaken. Pedagogisch werk, zoals een gesprek met een jongere die slecht nieuws heeft gekregen, schiet er dan "
      "bij in. De Raad vindt dat dit een onaanvaardbare situatie is, voor de jongeren en voor het personeel."),
    H2("7.2 Wat de Raad adviseert"),
    advies(13, "Breng in kaart waarom groepsleiders binnen twee jaar na hun indiensttreding vertrekken en wat hen zou "
               "doen blijven.", "JenV"),
    P("De DJI houdt vertrekgesprekken, maar de uitkomsten worden niet systematisch verzameld en geanalyseerd. Een "
      "onafhankelijk onderzoek onder vertrokken en zittende groepsleiders geeft zicht op de maatregelen die het "
      "meeste effect hebben."),
    advies(14, "Trek de beloning van groepsleiders in de justitiële jeugdinrichtingen gelijk met die van "
               "groepsleiders in de gesloten jeugdzorg.", "JenV"),
    P("Het verschil in salaris bedraagt voor een beginnende groepsleider ruim tien procent. Groepsleiders die in de "
      "inrichtingen zijn opgeleid, stappen daardoor gemakkelijk over naar de jeugdzorg. De Raad schat de kosten van "
      "het gelijktrekken op ongeveer 7 miljoen euro per jaar."),
    advies(15, "Leg wettelijk vast dat een leefgroep op ieder moment van de dag door ten minste twee groepsleiders "
               "wordt begeleid.", "JenV"),
    P("Een wettelijke minimumbezetting beschermt jongeren en personeel tegen de gevolgen van tekorten, en voorkomt "
      "dat een lage bezetting geleidelijk de norm wordt. De Raad is zich ervan bewust dat een dergelijke norm op "
      "korte termijn moeilijk haalbaar is; daarom zou zij gefaseerd kunnen worden ingevoerd."),
    PageBreak(),
    H1("8 Tot slot"),
    P("De justitiële jeugd is klein geworden, maar de opgave is niet kleiner geworden. De jongeren die nu in de "
      "inrichtingen verblijven, hebben meer nodig dan ooit: een veilige plek dicht bij huis, onderwijs dat doorloopt, "
      "volwassenen die hen kennen en een gemeente die klaarstaat als zij naar buiten gaan. De adviezen in dit rapport "
      "zijn bedoeld als samenhangend pakket. Wie alleen de inrichtingen verkleint zonder het onderwijs en de nazorg te "
      "regelen, verplaatst de problemen slechts."),
    P("De Raad beseft dat een deel van de adviezen geld kost, in een tijd waarin de begroting van Justitie en "
      "Veiligheid onder druk staat. Tegelijk kost elke jongere die na zijn vertrek opnieuw in de fout gaat de "
      "samenleving veel meer, in schade, in leed en in een nieuwe plaatsing. De Raad ziet de adviezen daarom als een "
      "investering die zich terugbetaalt."),
    P("De Raad zal over twee jaar nagaan wat er met dit advies is gedaan en daarover openbaar rapporteren."),
)

REPORT = Document(
    title="Dichtbij, met perspectief",
    subtitle="Advies over de toekomst van de justitiële jeugdinrichtingen",
    blocks=REPORT_BLOCKS,
    running_header="Adviesraad Sanctierecht en Jeugdbescherming  |  Dichtbij, met perspectief",
    footer="{page}",
    font_family="serif",
    title_page=True,
    imprint=("Adviesraad Sanctierecht en Jeugdbescherming", "Den Haag, juni 2024"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV1 = ("Gedeeltelijk, de omvorming naar kleinschalige voorzieningen zet ik onverminderd door, maar een vaste "
       "einddatum voor de sluiting van de laatste grootschalige inrichting neem ik niet over.")
EV2 = ("De DJI en de gemeenten in de tien jeugdbeschermingsregio's leggen vóór 1 juli 2026 in een regionaal "
       "convenant vast waar kleinschalige voorzieningen komen, hoeveel plaatsen er nodig zijn en hoe de "
       "samenwerking met scholen en nazorg wordt geregeld.")
EV3 = "Nee, een volledige vergoeding van de reiskosten van bezoekers neem ik niet over."
EV4 = ("Met ingang van het schooljaar 2025-2026 richt de DJI het dagprogramma in alle inrichtingen zo in dat iedere "
       "jongere vanaf de eerste week ten minste 25 uur per week les krijgt, ook in voorlopige hechtenis; de minister "
       "van OCW stelt daarvoor vanaf 2025 structureel 6,4 miljoen euro beschikbaar.")
EV5 = ("Samen met de minister van OCW verken ik of een wettelijke plicht tot inschrijving en tot overdracht van het "
       "onderwijsdossier binnen een vaste termijn uitvoerbaar is.")
EV6 = ("Ja, de minister van OCW neemt dit advies over en heeft de Inspectie van het Onderwijs gevraagd om vanaf 2026 "
       "jaarlijks te rapporteren over het onderwijs in alle justitiële jeugdinrichtingen.")
EV7 = "Toch acht ik het niet opportuun om de wettelijke maximumduur van afzondering nu te verkorten."
EV8 = ("De DJI neemt de afzonderingsruimten zonder daglicht uiterlijk eind 2027 buiten gebruik en vervangt ze door "
       "prikkelarme kamers met daglicht en zicht naar buiten; daarvoor is 9,8 miljoen euro gereserveerd.")
EV9 = ("De centrale registratie breid ik per 1 januari 2025 uit met de duur en de reden van iedere afzondering, maar "
       "een jaarlijkse openbare rapportage per inrichting neem ik niet over.")
EV10 = ("Een aanvullende wettelijke termijn voeg ik daar niet aan toe, omdat die de verantwoordelijkheid van "
        "gemeenten niet groter maakt en in de praktijk vooral tot extra verantwoordingslast leidt.")
EV12 = "Ja, dit advies neem ik over."
EV13 = ("Het WODC is op mijn verzoek in september 2024 gestart met een onderzoek onder vertrokken en zittende "
        "groepsleiders naar de redenen van vertrek en de factoren die hen binden; ik stuur de uitkomsten in het "
        "eerste kwartaal van 2026 aan uw Kamer.")
EV15 = ("Een wettelijke minimumbezetting acht ik echter niet het juiste middel, omdat die bij de huidige tekorten "
        "zou leiden tot het sluiten van groepen en daarmee tot plaatsing van jongeren verder van huis.")


def row(left: str, right: str, *answers: Answer) -> tuple[Cell, Cell]:
    return (Cell(left), Cell(right, answers=tuple(answers)))


ANNEX_ROWS = (
    row("Advies 1\nKleinschalige voorzieningen en sluiting grote inrichtingen",
        EV1 + " In 2025 en 2026 openen vijf nieuwe kleinschalige voorzieningen, waarmee het aantal plaatsen stijgt "
        "naar ruim honderd. Voor een kleine groep jongeren die een hoog beveiligingsniveau of intensieve "
        "psychiatrische zorg nodig heeft, blijft een grotere voorziening met gespecialiseerde afdelingen voorlopig "
        "nodig. Ik bezie in 2027 opnieuw hoeveel grootschalige capaciteit dan nog nodig is.",
        Answer("1", "partial", EV1)),
    row("Advies 2\nRegionale afspraken over locaties",
        "Ja. " + EV2 + " De VNG heeft toegezegd de gemeenten daarbij te ondersteunen. Ik stel voor de "
        "procesbegeleiding in de regio's 1,2 miljoen euro beschikbaar.",
        Answer("2", "agree", EV2)),
    row("Advies 3\nReiskosten bezoek",
        EV3 + " Ouders met een laag inkomen kunnen nu al een tegemoetkoming in de reiskosten krijgen via de "
        "bezoekregeling van de DJI, en gemeenten kunnen aanvullend bijzondere bijstand verlenen. Het beste antwoord "
        "op de afstand is naar mijn oordeel dat jongeren dichter bij huis verblijven; daar zet ik de beschikbare "
        "middelen op in.",
        Answer("3", "disagree", EV3)),
    row("Advies 4\n25 uur onderwijs vanaf de eerste week",
        "Ja. " + EV4 + " De scholen in de inrichtingen krijgen daarmee de ruimte om extra leraren aan te nemen. "
        "De DJI zorgt voor de begeleiding van jongeren naar de lessen, ook als de bezetting op de groep krap is.",
        Answer("4", "agree", EV4)),
    row("Advies 5\nInschrijving en overdracht onderwijsdossier",
        "In onderzoek. Ik deel de opvatting van de Raad dat de school van herkomst betrokken moet blijven. " + EV5 +
        " Daarbij betrekken wij de ervaringen met de bestaande afspraken tussen samenwerkingsverbanden en de scholen "
        "in de inrichtingen. Over de uitkomst informeren wij uw Kamer eind 2025.",
        Answer("5", "partial", EV5)),
    row("Advies 6\nJaarlijkse rapportage Inspectie van het Onderwijs",
        EV6 + " De inspectie stemt haar rapportage af met de Inspectie Justitie en Veiligheid, zodat beide "
        "inspecties hun bevindingen over dezelfde inrichtingen kunnen verbinden.",
        Answer("6", "agree", EV6)),
    row("Advies 8 en 9\nAfzonderingsruimten zonder daglicht; registratie en openbaarmaking",
        "Ja, wat betreft advies 8; gedeeltelijk wat betreft advies 9. " + EV8 + " " + EV9 + " Bij de kleine "
        "aantallen per inrichting zijn de cijfers al snel herleidbaar tot individuele jongeren. Ik neem de "
        "landelijke cijfers over afzondering op in het jaarbericht van de DJI, zodat uw Kamer de ontwikkeling kan "
        "volgen.",
        Answer("8", "agree", EV8), Answer("9", "partial", EV9)),
    row("Advies 10\nWettelijke termijn voor het nazorgplan",
        "Nee, gemeenten hebben op grond van de Jeugdwet en de Wet maatschappelijke ondersteuning 2015 al de taak om "
        "jongeren na het verblijf te ondersteunen, en in het landelijk kader nazorg jeugd is afgesproken dat het "
        "plan voor vertrek gereed is. " + EV10 + " Wel spreek ik met de VNG over de vraag hoe kleine gemeenten "
        "beter kunnen worden ondersteund.",
        Answer("10", "disagree", EV10)),
    row("Advies 12\nIdentiteitsbewijs, bankrekening en zorgverzekering",
        EV12 + " De DJI en de VNG leggen in het landelijk kader nazorg jeugd vast dat de inrichting binnen vier "
        "weken na binnenkomst nagaat of de jongere over deze basisvoorzieningen beschikt, en dat de gemeente "
        "ontbrekende zaken vóór het vertrek regelt. Deze afspraak geldt vanaf 1 april 2025.",
        Answer("12", "agree", EV12)),
    row("Advies 13\nOnderzoek naar verloop onder groepsleiders",
        "In onderzoek. " + EV13 + " Het onderzoek betrekt ook de ervaringen in de gesloten jeugdzorg.",
        Answer("13", "agree", EV13)),
    row("Advies 14\nBeloning groepsleiders",
        "Ja, de Raad wijst terecht op het verschil in beloning tussen groepsleiders in de justitiële "
        "jeugdinrichtingen en in de gesloten jeugdzorg. Over de beloning van rijksmedewerkers wordt onderhandeld in "
        "het overleg over de cao Rijk; op de uitkomst daarvan loop ik in deze reactie niet vooruit."),
    row("Advies 15\nMinimumbezetting van twee groepsleiders",
        "Ja, ik deel de opvatting van de Raad dat een leefgroep niet langdurig door één groepsleider mag worden "
        "begeleid. " + EV15 + " De DJI hanteert in haar roosterrichtlijn al het uitgangspunt van een dubbele "
        "bezetting en rapporteert mij ieder kwartaal over de groepen waar dat niet lukt.",
        Answer("15", "disagree", EV15)),
)

RESPONSE_BLOCKS = (
    P("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal"),
    P("Postbus 20018, 2500 EA Den Haag"),
    P("Datum: 14 november 2024"),
    P("Betreft: Reactie op het advies 'Dichtbij, met perspectief' van de Adviesraad Sanctierecht en "
      "Jeugdbescherming"),
    P("Geachte voorzitter,"),
    P("Op 20 juni 2024 heeft de Adviesraad Sanctierecht en Jeugdbescherming (hierna: de Raad) zijn advies 'Dichtbij, "
      "met perspectief' over de toekomst van de justitiële jeugdinrichtingen uitgebracht. Met deze brief bied ik uw "
      "Kamer, mede namens de minister van Onderwijs, Cultuur en Wetenschap, de reactie van het kabinet op dit advies "
      "aan. Ik dank de Raad voor het grondige en betrokken advies. Het getuigt van grote kennis van de praktijk en "
      "geeft op een indringende manier de stem van jongeren, ouders en medewerkers weer."),
    H2("Het advies in het kort"),
    P("De Raad concludeert dat de vernieuwing van de justitiële jeugd de goede richting op gaat, maar te langzaam "
      "verloopt. Hij doet vijftien adviezen over kleinschalige voorzieningen, onderwijs, afzondering, nazorg en "
      "personeel, gericht aan mij, aan de Dienst Justitiële Inrichtingen (DJI), aan de minister van OCW en aan de "
      "gemeenten."),
    H2("Stand van zaken"),
    P("Het aantal jongeren in de justitiële jeugdinrichtingen is in twintig jaar met meer dan tachtig procent "
      "gedaald. Sinds 2019 werkt de DJI aan de vernieuwing van de justitiële jeugd. Er zijn inmiddels drie "
      "kleinschalige voorzieningen in gebruik, met samen 38 plaatsen, en in 2023 is een programma gestart om de "
      "inzet van vrijheidsbeperkende middelen in de inrichtingen terug te dringen. Het personeelstekort bij de "
      "groepsleiding is de afgelopen jaren opgelopen; de DJI voert sinds 2022 een wervingscampagne en heeft het "
      "aantal opleidingsplaatsen verdubbeld."),
    H2("Hoofdlijn van de reactie"),
    P("Met de Raad ben ik van mening dat jongeren zo dicht mogelijk bij huis moeten verblijven, dat onderwijs tijdens "
      "het verblijf geen sluitpost mag zijn en dat de dag van vertrek beter moet worden voorbereid. Ik herken ook het "
      "beeld dat de Raad schetst van de druk op het personeel. Veel van de adviezen sluiten aan bij de koers die de "
      "DJI al heeft ingezet, en ik zal die koers waar mogelijk versnellen. Niet alle adviezen zijn echter binnen de "
      "beschikbare middelen en met het huidige personeelsbestand uitvoerbaar. In de bijlage bij deze brief reageer "
      "ik per advies."),
    H2("Afzondering"),
    P("Afzondering is het zwaarste middel dat een inrichting kan inzetten, en het advies van de Raad laat zien dat "
      "het te vaak en te lang wordt toegepast. De Beginselenwet justitiële jeugdinrichtingen staat een plaatsing in "
      "afzondering toe voor ten hoogste drie dagen. De directeur moet de noodzaak iedere dag opnieuw beoordelen en de "
      "commissie van toezicht wordt van iedere plaatsing op de hoogte gesteld."),
    P("De Raad adviseert om de wettelijke maximumduur van een plaatsing in afzondering terug te brengen tot 24 uur. "
      "Ik begrijp de gedachte achter dit advies en deel het doel om afzondering zo kort mogelijk te houden. " + EV7 +
      " Bij een kleine groep jongeren met ernstige agressie of een acute psychiatrische crisis is een overplaatsing "
      "naar een passender voorziening binnen 24 uur nu niet altijd mogelijk, omdat de daarvoor benodigde plaatsen in "
      "de jeugd-ggz ontbreken. Een kortere wettelijke termijn zou er dan toe leiden dat jongeren worden teruggeplaatst "
      "op een groep waar dat niet verantwoord is.",
      answers=(Answer("7", "disagree", EV7),)),
    P("Wel verwacht ik van de inrichtingen dat zij afzondering binnen de bestaande wettelijke kaders zo kort mogelijk "
      "houden. Het programma voor het terugdringen van vrijheidsbeperkende middelen wordt in 2025 in alle "
      "inrichtingen ingevoerd. De Inspectie Justitie en Veiligheid zal de toepassing van afzondering in haar "
      "toezicht blijven volgen."),
    H2("Tot slot"),
    P("De justitiële jeugd is een klein onderdeel van de justitieketen, maar de jongeren die er verblijven, verdienen "
      "onze volle aandacht. Ik zal uw Kamer in het najaar van 2025 informeren over de voortgang van de vernieuwing, "
      "waarbij ik ook inga op de uitvoering van de toezeggingen in deze brief."),
    P("De minister voor Rechtsbescherming,"),
    P("mr. J.H. Veldkamp-Oosterhuis"),
    PageBreak(),
    Heading("Bijlage. Reactie per advies", level=2),
    P("In deze bijlage ga ik per advies in op het advies van de Raad. Waar een advies de minister van OCW betreft, is "
      "de reactie met haar afgestemd."),
    Table(header=("", ""), rows=ANNEX_ROWS, widths=(1.0, 2.6), repeat_header=False, rules="grid"),
)

RESPONSE = Document(
    title="Ministerie van Justitie en Veiligheid",
    subtitle="Directie Sanctietoepassing en Jeugd  |  Kenmerk 5871204",
    blocks=RESPONSE_BLOCKS,
    running_header="Reactie op het advies 'Dichtbij, met perspectief'",
    footer="Pagina {page} van {pages}",
    font_family="sans",
    title_page=False,
)

PAIR = Pair(
    name="juvenile_detention_council",
    report=REPORT,
    response=RESPONSE,
    description="Adviesraad Sanctierecht en Jeugdbescherming advice on youth detention (15 advices printed inside "
                "the chapters as 'Advies N:' lines, bold 'Bevinding N:' findings as traps) and the minister voor "
                "Rechtsbescherming's letter with a header-less annex table; 7 answered by subject in the letter, "
                "8 and 9 in one row, 11 never mentioned, 14 deferred to the cao talks.",
)
