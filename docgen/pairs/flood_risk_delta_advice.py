"""Pair: an advice of the fictional Commissie Waterveiligheid 2050 on flood risk and climate adaptation, and the
cabinet's response to it.

Layout traits this pair tests: a serif report with a title page; fourteen recommendations ("adviezen") numbered with
lowercase Roman numerals (i. .. xiv., the renderer's only Roman style) in one chapter, grouped under level-2 theme
headings ("4.1 ...") that themselves look like numbers, each group introduced by a bold lead-in "De commissie
adviseert ...:"; two themes switch addressee halfway through with a second lead-in (the provinces, the water boards).
The summary repeats five recommendations word for word (i, ii, v, viii, xiii) in one- and two-item lists that keep
their Roman numerals. Non-recommendation lists: research questions, findings ("De commissie stelt vast:"), committee
members; one table of water-board charges; footnotes.

The response is a kabinetsreactie letter (no title page) by the minister of IenW, mede namens VRO and FIN, under the
government's own headings in another grouping. It answers several advices only by subject and some by number
("Advies ii neemt het kabinet over", "Het kabinet neemt de adviezen vi en vii over"); one paragraph answers ii
(agree) and iii (disagree, "voegt naar mijn oordeel weinig toe"); v is refused politely by pointing to the
Deltaprogramma Ruimtelijke Adaptatie; iv is partly taken over and the rest postponed to the Deltaprogramma 2026
(partial); xii is passed on to the Unie van Waterschappen without a position (not_addressed); xiii (evacuation plans,
addressed to JenV, who does not co-sign) is only touched by a paragraph describing existing roles (not_addressed).
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


def R(number: str, *departments: str) -> Recommendation:
    return Recommendation(number, tuple(departments))


def D(number: str, *departments: str) -> Recommendation:
    """A word-for-word repeat (in the summary) of recommendation ``number``."""
    return Recommendation(number, tuple(departments), duplicate_of=number)


def B(text: str) -> Paragraph:
    return Paragraph(text, bold=True)


# --------------------------------------------------------------------------------------------------------------
# Recommendation texts (printed twice for some: in the summary and in chapter 4)
# --------------------------------------------------------------------------------------------------------------

REC = {
    "i": "Verhoog het budget van het Hoogwaterbeschermingsprogramma vanaf 2026 structureel met ten minste 250 miljoen "
         "euro per jaar, zodat het tempo van de dijkversterking kan stijgen van gemiddeld 55 naar 90 kilometer per "
         "jaar.",
    "ii": "Leg in een Versnellingswet waterveiligheid vast dat het projectbesluit en alle benodigde vergunningen voor "
          "een dijkversterking in één gecoördineerde procedure worden genomen, en dat beroep daartegen in eerste en "
          "enige aanleg wordt behandeld door de Afdeling bestuursrechtspraak van de Raad van State.",
    "iii": "Richt samen met de waterschappen een landelijke pool op van geotechnisch en waterbouwkundig specialisten, "
           "die waterschappen met een achterstand in hun versterkingsopgave tijdelijk kunnen inzetten.",
    "iv": "Herijk de normen voor de primaire waterkeringen uiterlijk in 2030 op basis van de klimaatscenario's die "
          "het KNMI in 2023 heeft gepubliceerd, en neem daarbij een zeespiegelstijging van ten minste één meter in "
          "2100 als uitgangspunt.",
    "v": "Neem in het Besluit kwaliteit leefomgeving een instructieregel op die nieuwe woonwijken van meer dan 500 "
         "woningen uitsluit in gebieden waar het water bij een overstroming meer dan twee meter hoog kan komen te "
         "staan, tenzij het plan voorziet in ophoging of compartimentering die het risico aantoonbaar wegneemt.",
    "vi": "Maak het wateradvies van het waterschap bij nieuwe ruimtelijke plannen zwaarwegend: een gemeente die ervan "
          "afwijkt, moet dat in het omgevingsplan uitdrukkelijk motiveren, en de provincie moet die afwijking kunnen "
          "toetsen.",
    "vii": "Wijs uiterlijk in 2027 in de provinciale omgevingsverordening de gebieden aan waar nieuwe bebouwing "
           "overstromingsbestendig moet worden uitgevoerd, met ten minste de vitale voorzieningen en één "
           "verblijfsruimte boven de te verwachten waterstand.",
    "viii": "Werk toe naar een publiek-private verzekering tegen overstromingsschade, waarin verzekeraars de polissen "
            "uitvoeren en het Rijk optreedt als herverzekeraar van laatste instantie voor schade door het bezwijken "
            "van een primaire waterkering, en leg de hoofdlijnen daarvan uiterlijk in 2026 vast.",
    "ix": "Zorg dat kopers van een woning vóór het sluiten van de koop en van de hypotheek worden geïnformeerd over "
          "het overstromingsrisico van die woning, bijvoorbeeld via de informatie die hypotheekadviseurs en "
          "makelaars verplicht moeten verstrekken.",
    "x": "Verlaag het aandeel van de waterschappen in de kosten van het Hoogwaterbeschermingsprogramma van 50 naar 35 "
         "procent en compenseer dat uit het Deltafonds, zodat de lasten voor huishoudens in de waterschappen met de "
         "grootste opgave niet sneller stijgen dan de inflatie.",
    "xi": "Voeg bij de begroting van het Deltafonds jaarlijks een integraal overzicht van de uitgaven aan "
          "waterveiligheid van Rijk en waterschappen samen, met de verwachte kosten voor de komende twaalf jaar.",
    "xii": "Breng de kostentoedeling in de watersysteemheffing onderling in lijn, zodat vergelijkbare huishoudens in "
           "verschillende waterschappen niet langer sterk uiteenlopende bedragen betalen voor een vergelijkbaar "
           "beschermingsniveau.",
    "xiii": "Zorg dat elke veiligheidsregio met een overstromingsrisico uiterlijk in 2027 beschikt over een "
            "uitgewerkt plan voor grootschalige evacuatie, inclusief verticale evacuatie naar hoger gelegen "
            "verdiepingen en vluchtplaatsen, en dat dit plan ten minste eens in de vier jaar wordt beoefend.",
    "xiv": "Start in 2026 een meerjarige publiekscampagne die inwoners van overstromingsgevoelige gebieden jaarlijks "
           "vertelt hoe groot hun risico is en wat zij moeten doen als een overstroming dreigt.",
}

DEPTS = {
    "i": ("IenW",), "ii": ("IenW",), "iii": ("IenW",), "iv": ("IenW",),
    "v": ("BZK",), "vi": ("BZK",), "vii": ("OTHER",),
    "viii": ("FIN",), "ix": ("FIN", "BZK"),
    "x": ("IenW",), "xi": ("IenW",), "xii": ("OTHER",),
    "xiii": ("JenV", "IenW"), "xiv": ("JenV", "IenW"),
}


def item(number: str) -> ListItem:
    return ListItem(REC[number], recommendation=R(number, *DEPTS[number]))


def repeat(number: str) -> ListItem:
    return ListItem(REC[number], recommendation=D(number, *DEPTS[number]))


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H("Voorwoord"),
    P("Nederland is een land dat zijn bestaan dankt aan waterbouw. Generaties ingenieurs, dijkgraven en bestuurders "
      "hebben ervoor gezorgd dat een groot deel van het land droog bleef, ook toen het water steeg en de bodem zakte. "
      "Die traditie is geen vanzelfsprekendheid. De zeespiegel stijgt sneller dan een decennium geleden werd "
      "aangenomen, de rivieren voeren in natte jaren meer water af en in laag Nederland worden de komende jaren "
      "honderdduizenden woningen gebouwd. Tegelijk loopt de versterking van onze dijken achter op het schema dat in "
      "2017 met de nieuwe normen werd afgesproken."),
    P("De minister van Infrastructuur en Waterstaat vroeg de Commissie Waterveiligheid 2050 in het voorjaar van 2024 "
      "om na te gaan of het huidige beleid volstaat om Nederland in 2050 en daarna veilig en leefbaar te houden. Dit "
      "advies is het antwoord van de commissie. Het is geen alarmkreet: het beschermingsniveau van Nederland is "
      "hoog en stijgt nog. Maar het is wel een oproep om tempo te maken, om bij het bouwen rekening te houden met "
      "water en bodem, en om eerlijk te zijn over de vraag wie betaalt als het toch misgaat."),
    P("De commissie dankt de vele deskundigen, bestuurders en inwoners die met ons hebben gesproken. Hun kennis en "
      "zorgen klinken door in elk hoofdstuk van dit advies."),
    P("Drs. M.E. (Marieke) Hoogendijk-Vos, voorzitter"),
    PageBreak(),

    H("Samenvatting"),
    P("Nederland is in internationaal opzicht goed beschermd tegen overstromingen, maar de opgave om dat zo te houden "
      "is groter en urgenter dan vaak wordt gedacht. Van de circa 3.700 kilometer primaire waterkering voldoet ruim "
      "1.500 kilometer nog niet aan de norm die uiterlijk in 2050 moet gelden. In het huidige tempo van gemiddeld 55 "
      "kilometer per jaar is die opgave pas rond 2055 gerealiseerd, en dan is nog geen rekening gehouden met de "
      "stijgende kosten van materiaal en personeel en met nieuwe inzichten over de zeespiegelstijging."),
    P("Tegelijk bouwt Nederland volop in gebieden die bij een dijkdoorbraak diep onder water kunnen komen te staan. "
      "Ongeveer een derde van de nieuwe woningbouwlocaties die de commissie onderzocht, ligt in een gebied waar de "
      "waterdiepte bij een overstroming meer dan twee meter kan bedragen. Wie daar woont, is tegen overstromingsschade "
      "doorgaans niet verzekerd en weet vaak niet wat te doen als het water komt."),
    P("De commissie doet veertien adviezen, verdeeld over vijf thema's. Een deel daarvan vergt extra geld; een ander "
      "deel vraagt vooral om andere keuzes in wet- en regelgeving en in de ruimtelijke ordening. De belangrijkste "
      "adviezen zijn hieronder herhaald; hoofdstuk 4 bevat alle adviezen met een toelichting."),
    P("Over het tempo van de dijkversterking adviseert de commissie onder meer:"),
    ItemList((repeat("i"), repeat("ii")), style="i."),
    P("Voor het bouwen in laaggelegen gebieden is het belangrijkste advies:"),
    ItemList((repeat("v"),), style="i.", start=5),
    P("Over de verzekerbaarheid van overstromingsschade adviseert de commissie:"),
    ItemList((repeat("viii"),), style="i.", start=8),
    P("En om beter voorbereid te zijn op een overstroming:"),
    ItemList((repeat("xiii"),), style="i.", start=13),
    P("De commissie is zich ervan bewust dat deze adviezen samen een forse inspanning vragen van Rijk, provincies, "
      "gemeenten en waterschappen. Zij is er echter van overtuigd dat uitstel duurder uitvalt dan nu ingrijpen."),
    PageBreak(),

    H("1 Aanleiding en werkwijze"),
    H("1.1 Aanleiding", 2),
    P("Sinds de inwerkingtreding van de nieuwe waterveiligheidsnormen in 2017 is de bescherming van Nederland "
      "gebaseerd op een risicobenadering: iedere inwoner achter een primaire waterkering heeft recht op een "
      "basisbeschermingsniveau, waarbij de kans om te overlijden als gevolg van een overstroming niet groter mag zijn "
      "dan één op honderdduizend per jaar. Waar de gevolgen van een overstroming groot zijn, geldt een strengere "
      "norm. Alle primaire keringen moeten uiterlijk in 2050 aan deze normen voldoen."),
    P("Drie ontwikkelingen geven aanleiding om die afspraken opnieuw te bezien. Ten eerste blijkt uit de eerste "
      "landelijke beoordeling van de keringen dat de versterkingsopgave groter is dan in 2017 werd verwacht. Ten "
      "tweede laten de klimaatscenario's van het KNMI uit 2023 een snellere zeespiegelstijging zien dan eerdere "
      "scenario's. Ten derde staat de woningbouwopgave onder grote druk, waardoor de verleiding groot is om te bouwen "
      "waar grond beschikbaar is, ook als die plek kwetsbaar is voor overstromingen."),
    H("1.2 Vraagstelling", 2),
    P("De minister vroeg de commissie om antwoord op de volgende vragen:"),
    ItemList((
        ListItem("Is het huidige tempo van de dijkversterking voldoende om de wettelijke normen in 2050 te halen, en "
                 "zo nee, wat is nodig om dat tempo te verhogen?"),
        ListItem("Hoe kan bij de ruimtelijke ordening, in het bijzonder bij nieuwe woningbouw, beter rekening worden "
                 "gehouden met het overstromingsrisico?"),
        ListItem("Hoe is de schade na een overstroming verdeeld tussen overheid, verzekeraars en gedupeerden, en is "
                 "die verdeling houdbaar?"),
        ListItem("Zijn de financiën van de waterschappen toereikend voor hun opgave?"),
        ListItem("Is Nederland voldoende voorbereid op een evacuatie bij een dreigende overstroming?"),
    ), style="•"),
    H("1.3 Werkwijze", 2),
    P("De commissie bestond uit zeven leden met achtergronden in de waterbouw, de ruimtelijke ordening, het "
      "openbaar bestuur, de verzekeringssector en de crisisbeheersing. Zij werd ondersteund door een secretariaat "
      "van vier medewerkers. Tussen april 2024 en januari 2025 kwam de commissie veertien keer bijeen."),
    P("De commissie voerde gesprekken met ruim zeventig bestuurders en deskundigen van het ministerie van "
      "Infrastructuur en Waterstaat, Rijkswaterstaat, de waterschappen, provincies, gemeenten, veiligheidsregio's, "
      "kennisinstituten en verzekeraars.", footnotes=(
        "Bijlage B bevat een overzicht van de organisaties waarmee de commissie heeft gesproken.",)),
    P("Daarnaast bezocht zij vijf dijkversterkingsprojecten in uitvoering en liet zij twee deelonderzoeken "
      "uitvoeren: een analyse van de voortgang en de kosten van het Hoogwaterbeschermingsprogramma over de periode "
      "2019-2024, en een verkenning van de woningbouwlocaties in overstromingsgevoelige gebieden. Op twee "
      "bijeenkomsten in Dordrecht en Zwolle sprak de commissie met inwoners over hun beeld van het "
      "overstromingsrisico."),
    H("1.4 Leeswijzer", 2),
    P("Hoofdstuk 2 schetst de opgave aan de hand van cijfers over de keringen, het klimaat, de woningbouw, de "
      "verzekerbaarheid, de financiën van de waterschappen en de evacuatieplanning. Hoofdstuk 3 bevat de analyse "
      "van de commissie. In hoofdstuk 4 staan de adviezen, gegroepeerd per thema en per geadresseerde. Hoofdstuk 5 "
      "sluit af met een beschouwing over de lange termijn."),

    H("2 De opgave in cijfers"),
    H("2.1 Waterkeringen en het tempo van versterking", 2),
    P("Nederland telt circa 3.700 kilometer primaire waterkeringen: dijken, dammen, duinen en kunstwerken zoals "
      "sluizen en gemalen die het land beschermen tegen water uit zee, de grote rivieren en het IJsselmeer. Het "
      "beheer ligt grotendeels bij de waterschappen; Rijkswaterstaat beheert onder meer de stormvloedkeringen en de "
      "Afsluitdijk."),
    P("Uit de landelijke beoordeling die in 2023 werd afgerond, blijkt dat ruim 1.500 kilometer kering niet voldoet "
      "aan de norm die in 2050 moet gelden. De versterking daarvan verloopt via het Hoogwaterbeschermingsprogramma "
      "(HWBP), een samenwerking tussen Rijk en waterschappen. In de periode 2019-2024 werd gemiddeld 55 kilometer "
      "per jaar opgeleverd.", footnotes=(
        "Berekening van de commissie op basis van de voortgangsrapportages van het Hoogwaterbeschermingsprogramma "
        "over 2019-2024.",)),
    P("Om de opgave in 2050 af te ronden, is een tempo van ongeveer 90 kilometer per jaar nodig. De commissie ziet "
      "drie oorzaken voor de achterstand. De kosten per kilometer zijn sinds 2019 met bijna 60 procent gestegen, "
      "onder meer door hogere bouwkosten en strengere eisen aan de ondergrond. De procedures duren lang: van de "
      "start van een verkenning tot de oplevering verstrijken gemiddeld negen jaar, waarvan bijna vier jaar aan "
      "planvorming en besluitvorming. En bij verschillende waterschappen ontbreekt het aan technisch personeel, met "
      "name aan geotechnici."),
    H("2.2 Een veranderend klimaat", 2),
    P("De klimaatscenario's die het KNMI in 2023 publiceerde, gaan bij een hoge uitstoot uit van een zeespiegelstijging "
      "langs de Nederlandse kust van 0,8 tot 1,2 meter in 2100 ten opzichte van het begin van deze eeuw. Bij een "
      "versnelde afsmelting van de ijskappen op Antarctica kan dat aanzienlijk meer zijn. De huidige normen en "
      "ontwerpen zijn gebaseerd op eerdere scenario's, die voor 2100 uitgingen van een lagere stijging."),
    P("Voor de rivieren verwacht het KNMI nattere winters en drogere zomers. De maatgevende afvoer van de Rijn bij "
      "Lobith kan daardoor in de loop van deze eeuw toenemen. De commissie constateert dat de waterveiligheidsnormen "
      "pas in 2050 worden geëvalueerd, terwijl de inzichten over de zeespiegelstijging nu al veranderen. Een dijk die "
      "vandaag wordt versterkt, moet vijftig tot honderd jaar mee."),
    H("2.3 Bouwen in laag Nederland", 2),
    P("Het kabinet heeft als doel om tot 2030 ongeveer 900.000 woningen te bouwen. Een groot deel daarvan komt in de "
      "Randstad en in andere delen van laag Nederland terecht, omdat daar de vraag het grootst is. De commissie liet "
      "onderzoeken hoe de geplande woningbouwlocaties van meer dan 500 woningen zich verhouden tot het "
      "overstromingsrisico."),
    P("Van de 312 onderzochte locaties ligt 34 procent in een gebied waar de waterdiepte bij een overstroming meer dan "
      "twee meter kan bedragen. Bij 41 locaties is dat meer dan vier meter. Slechts in een klein deel van de "
      "plannen is te zien dat het overstromingsrisico de ligging of de inrichting van de wijk heeft beïnvloed, "
      "bijvoorbeeld door de wijk op te hogen of vitale voorzieningen hoger te plaatsen."),
    P("Sinds de kamerbrief over water en bodem als sturend principe uit 2022 is het beleid dat bij ruimtelijke "
      "keuzes meer rekening moet worden gehouden met het water- en bodemsysteem. De commissie constateert dat dit "
      "principe in de praktijk nog weinig houvast biedt. Het waterschap geeft bij een nieuw plan een wateradvies, "
      "maar gemeenten kunnen daar zonder veel motivering van afwijken. Van de 58 wateradviezen die de commissie "
      "bestudeerde, werd in 23 gevallen het advies over de ligging of de ophoging van de wijk niet of slechts "
      "gedeeltelijk gevolgd."),
    H("2.4 Schade en verzekerbaarheid", 2),
    P("Schade door een overstroming vanuit een primaire waterkering is in Nederland in de regel niet verzekerd. "
      "Verzekeraars achten het risico te groot en te geconcentreerd. Na een ramp kan het kabinet de Wet "
      "tegemoetkoming schade bij rampen van toepassing verklaren, maar die wet geeft geen recht op vergoeding: "
      "het kabinet beslist per geval of en in welke mate schade wordt vergoed."),
    P("De overstromingen in Limburg in de zomer van 2021 lieten zien wat dat betekent. Een deel van de schade bleek "
      "uiteindelijk toch verzekerd, omdat het om regionale wateren ging, maar inwoners en ondernemers verkeerden "
      "maandenlang in onzekerheid. Bij een overstroming vanuit een primaire kering kan de schade oplopen tot tientallen "
      "miljarden euro's. Kopers van een woning worden bovendien nergens verplicht gewezen op het overstromingsrisico "
      "van hun nieuwe huis; in de gesprekken die de commissie voerde, gaf een meerderheid van de inwoners aan "
      "aan te nemen dat zij tegen overstromingsschade verzekerd waren."),
    H("2.5 De financiën van de waterschappen", 2),
    P("De waterschappen betalen de helft van de kosten van het HWBP. Tien procent van de projectkosten draagt het "
      "waterschap dat de versterking uitvoert zelf; de overige veertig procent wordt solidair door alle waterschappen "
      "samen opgebracht. De andere helft komt uit het Deltafonds van het Rijk. De waterschappen financieren hun "
      "bijdrage uit de waterschapsbelastingen, die de afgelopen jaren sterk zijn gestegen."),
    P("Tabel 1 laat zien hoe de gemiddelde lasten voor een huishouden met een koopwoning zich in drie waterschappen "
      "met een grote versterkingsopgave hebben ontwikkeld."),
    Table(
        header=("Waterschap (fictief voorbeeld)", "2020", "2025", "Stijging"),
        rows=(
            ("Waterschap A (rivierengebied)", "€ 382", "€ 541", "42%"),
            ("Waterschap B (kust)", "€ 344", "€ 463", "35%"),
            ("Waterschap C (veenweidegebied)", "€ 417", "€ 598", "43%"),
            ("Gemiddelde alle waterschappen", "€ 356", "€ 462", "30%"),
        ),
        widths=(3.2, 1.0, 1.0, 1.0),
    ),
    P("Tabel 1. Gemiddelde waterschapslasten voor een huishouden met een koopwoning, in lopende prijzen. Bron: "
      "bewerking door de commissie van gegevens van de waterschappen."),
    P("De verschillen tussen waterschappen worden voor een deel verklaard door de omvang van hun opgave, maar ook "
      "door de manier waarop zij de kosten toedelen aan de categorieën ingezetenen, eigenaren van gebouwen, "
      "ongebouwd en natuur. Twee vergelijkbare huishoudens aan weerszijden van een waterschapsgrens kunnen daardoor "
      "meer dan honderd euro per jaar verschillend betalen voor een vergelijkbaar beschermingsniveau."),
    P("De commissie stelde verder vast dat er geen samenhangend overzicht bestaat van wat Rijk en waterschappen "
      "samen aan waterveiligheid uitgeven en naar verwachting de komende jaren zullen uitgeven. De begroting van het "
      "Deltafonds toont alleen de rijksbijdrage; de uitgaven van de waterschappen staan in 21 afzonderlijke "
      "begrotingen."),
    H("2.6 Evacuatie en crisisbeheersing", 2),
    P("Bij een dreigende overstroming besluit de voorzitter van de veiligheidsregio over evacuatie. Bij een "
      "bovenregionale dreiging kan de minister van Justitie en Veiligheid de regie nemen. Uit onderzoek blijkt dat "
      "bij een overstroming van de grote dijkringen in het westen van het land slechts een beperkt deel van de "
      "bevolking tijdig preventief kan worden geëvacueerd, omdat de wegen daarvoor onvoldoende capaciteit hebben."),
    P("Verticale evacuatie, waarbij mensen naar hogere verdiepingen of nabijgelegen hoge gebouwen gaan, is daarom "
      "in veel gebieden de enige realistische optie. Van de twaalf veiligheidsregio's met een groot "
      "overstromingsrisico die de commissie sprak, hadden er vier een uitgewerkt plan voor verticale evacuatie. "
      "Geen van de regio's had zo'n plan in de afgelopen vijf jaar beoefend. Uit een peiling in opdracht van de "
      "commissie blijkt bovendien dat 71 procent van de inwoners van overstromingsgevoelige gebieden niet weet waar "
      "zij heen moeten als een overstroming dreigt."),

    H("3 Analyse"),
    P("De cijfers in hoofdstuk 2 schetsen een beeld van een systeem dat in de basis robuust is, maar op onderdelen "
      "achterloopt bij de ontwikkelingen. De commissie stelt vast:"),
    ItemList((
        ListItem("dat het huidige budget en de huidige procedures onvoldoende zijn om de versterkingsopgave in 2050 "
                 "te voltooien;"),
        ListItem("dat de normen niet meebewegen met nieuwe inzichten over de zeespiegelstijging, terwijl keringen "
                 "die nu worden ontworpen tot ver na 2100 moeten functioneren;"),
        ListItem("dat het principe van water en bodem als sturend bij ruimtelijke keuzes nog niet is verankerd in "
                 "bindende regels;"),
        ListItem("dat de verdeling van overstromingsschade onzeker is en dat inwoners zich daarvan onvoldoende "
                 "bewust zijn;"),
        ListItem("dat de lasten van de dijkversterking ongelijk over de waterschappen en hun inwoners zijn "
                 "verdeeld;"),
        ListItem("dat de voorbereiding op een grootschalige evacuatie in veel regio's op papier staat, maar niet is "
                 "beproefd."),
    ), style="•"),
    P("Deze bevindingen hangen met elkaar samen. Wie in een diepe polder bouwt zonder aanvullende maatregelen, "
      "vergroot het risico dat de dijken moeten dragen, en daarmee de kosten voor het HWBP en uiteindelijk voor de "
      "huishoudens die waterschapsbelasting betalen. Wie de schade na een overstroming niet regelt, laat de rekening "
      "bij de gedupeerden of bij een toekomstig kabinet. En wie de evacuatie niet oefent, vertrouwt volledig op de "
      "dijken, terwijl een restrisico altijd blijft bestaan."),
    P("De commissie benadrukt dat Nederland niet voor de keuze staat tussen investeren in dijken en anders bouwen. "
      "Beide zijn nodig. In de gesprekken met bestuurders hoorde de commissie vaak het argument dat de dijken het "
      "land beschermen en dat maatregelen in de ruimtelijke ordening daarom overbodig zijn. Die redenering gaat "
      "voorbij aan het feit dat de normen een kans op overstroming toestaan, en dat de gevolgen daarvan in diepe "
      "polders vele malen groter zijn dan elders."),
    P("Ook bij de financiering speelt een principiële vraag. De kostenverdeling in het HWBP dateert uit een tijd "
      "waarin de opgave kleiner en gelijkmatiger over het land verdeeld was. Waterveiligheid is een nationaal belang; "
      "een overstroming in het westen van het land raakt de hele economie. De commissie vindt het daarom redelijk dat "
      "het Rijk een groter deel van de kosten draagt dan nu het geval is."),
    P("Tot slot wijst de commissie op het belang van heldere communicatie. Inwoners kunnen zich alleen voorbereiden "
      "als zij weten welk risico zij lopen en wat zij kunnen doen. De website Overstroomik.nl is een goed begin, "
      "maar wordt door weinig mensen bezocht. Risicocommunicatie vraagt om herhaling en om een boodschap die "
      "aansluit bij de situatie in de eigen buurt."),

    H("4 Adviezen"),
    P("Op basis van de analyse doet de commissie veertien adviezen. Zij zijn doorlopend genummerd en per thema "
      "gegroepeerd. Bij elk thema staat aan wie de adviezen zijn gericht. Waar een advies geld vraagt, heeft de "
      "commissie een indicatie van de kosten gegeven; een uitgewerkte raming valt buiten haar opdracht."),
    H("4.1 Het tempo van de dijkversterking", 2),
    P("De commissie ziet geld, procedures en mensen als de drie knoppen waaraan gedraaid moet worden om het tempo "
      "van de versterking te verhogen. Daarnaast moet het doel zelf up-to-date blijven: een kering die nu wordt "
      "ontworpen op verouderde aannames, moet over twintig jaar opnieuw worden aangepakt."),
    B("De commissie adviseert de minister van Infrastructuur en Waterstaat:"),
    ItemList((item("i"), item("ii"), item("iii"), item("iv")), style="i."),
    P("De commissie raamt de kosten van de extra inspanning op ongeveer 250 miljoen euro per jaar, bovenop de "
      "huidige rijksbijdrage. Het is aan het kabinet om te bepalen hoe die middelen worden gedekt; een kasschuif "
      "binnen het Deltafonds acht de commissie alleen verantwoord als de latere jaren daardoor niet in de knel "
      "komen. Een Versnellingswet kan naar schatting één tot twee jaar van de doorlooptijd van een project afhalen. "
      "De pool van specialisten zou kunnen worden ondergebracht bij het programmabureau van het HWBP."),
    H("4.2 Bouwen in laaggelegen gebieden", 2),
    P("Bouwen in laag Nederland is niet te vermijden en ook niet altijd onverstandig. Maar in de diepste delen van "
      "het land moet een nieuwe wijk aantoonbaar bestand zijn tegen een overstroming, en moet het advies van het "
      "waterschap meer gewicht krijgen dan nu. Omdat de provincies de ruimtelijke ordening in hun gebied sturen, "
      "richt de commissie zich op dit thema ook tot hen."),
    B("De commissie adviseert de minister van Volkshuisvesting en Ruimtelijke Ordening:"),
    ItemList((item("v"), item("vi")), style="i.", start=5),
    B("De commissie adviseert de provincies:"),
    ItemList((item("vii"),), style="i.", start=7),
    P("Overstromingsbestendig bouwen hoeft niet duur te zijn. Uit de praktijkvoorbeelden die de commissie bekeek, "
      "blijkt dat de meerkosten van een verhoogde meterkast, een hoger gelegen verblijfsruimte en een aanpassing van "
      "de installaties bij nieuwbouw doorgaans onder de twee procent van de bouwkosten blijven."),
    H("4.3 Verzekerbaarheid van overstromingsschade", 2),
    P("De onzekerheid over de vergoeding van schade na een grote overstroming is voor inwoners en bedrijven "
      "onwenselijk. De commissie ziet in een publiek-private verzekering een manier om die onzekerheid weg te nemen, "
      "naar het voorbeeld van stelsels die in andere landen al bestaan. Daarnaast moeten mensen die een huis kopen, "
      "weten welk risico zij lopen."),
    B("De commissie adviseert de minister van Financiën, voor advies ix samen met de minister van Volkshuisvesting "
      "en Ruimtelijke Ordening:"),
    ItemList((item("viii"), item("ix")), style="i.", start=8),
    H("4.4 De financiën van de waterschappen", 2),
    P("Waterschappen moeten hun opgave kunnen betalen zonder dat de lasten voor hun inwoners onevenredig stijgen. "
      "De commissie stelt daarom een andere verdeling van de kosten voor, en vraagt om meer inzicht in wat "
      "waterveiligheid het land als geheel kost. Daarnaast ligt er een taak bij de waterschappen zelf."),
    B("De commissie adviseert de minister van Infrastructuur en Waterstaat:"),
    ItemList((item("x"), item("xi")), style="i.", start=10),
    B("De commissie adviseert de waterschappen:"),
    ItemList((item("xii"),), style="i.", start=12),
    P("Een verlaging van het aandeel van de waterschappen naar 35 procent kost het Rijk bij de huidige omvang van "
      "het programma ongeveer 120 miljoen euro per jaar. De commissie is zich ervan bewust dat dit bedrag komt "
      "bovenop haar eerste advies, maar acht een eerlijker verdeling van de lasten noodzakelijk voor het draagvlak "
      "onder inwoners."),
    H("4.5 Evacuatie en risicocommunicatie", 2),
    P("Hoe goed de dijken ook zijn, een overstroming blijft mogelijk. De commissie vindt dat de voorbereiding "
      "daarop dezelfde serieuze aandacht verdient als de preventie. Dat geldt voor de overheid, die plannen moet "
      "hebben en beoefenen, en voor inwoners, die moeten weten wat zij kunnen doen."),
    B("De commissie adviseert de minister van Justitie en Veiligheid en de minister van Infrastructuur en "
      "Waterstaat:"),
    ItemList((item("xiii"), item("xiv")), style="i.", start=13),

    H("5 Tot slot"),
    P("De Nederlandse waterveiligheid is gebouwd op een lange adem. De Deltawerken kwamen tot stand in ruim veertig "
      "jaar, de Ruimte voor de Rivier-projecten in ruim tien jaar. De opgave die nu voor ons ligt, vraagt een "
      "vergelijkbare volharding, maar met minder tijd: de zeespiegel wacht niet tot de procedures zijn doorlopen."),
    P("De commissie heeft in dit advies bewust gekozen voor concrete en toetsbare voorstellen. Zij roept het kabinet "
      "en de andere geadresseerden op om binnen een jaar te laten weten welke adviezen zij overnemen, en om in de "
      "jaarlijkse rapportage van het Deltaprogramma de voortgang zichtbaar te maken. Alleen dan kan het vertrouwen "
      "blijven bestaan dat Nederland ook in 2100 een veilig land is om te wonen en te werken."),
    PageBreak(),

    H("Bijlage A Samenstelling van de commissie"),
    ItemList((
        ListItem("drs. M.E. Hoogendijk-Vos, voorzitter, oud-dijkgraaf"),
        ListItem("prof. dr. ir. J.H. Terpstra, hoogleraar waterbouwkunde"),
        ListItem("dr. S. El Amrani, planoloog"),
        ListItem("mr. P.C. de Wilde, oud-burgemeester"),
        ListItem("drs. R. Boekhout, actuaris en voormalig bestuurder van een schadeverzekeraar"),
        ListItem("ir. L. van Heerden, adviseur crisisbeheersing"),
        ListItem("dr. F. Nijenhuis, bestuurskundige"),
    ), style="–"),
    P("Secretariaat: ir. T. Brouwers (secretaris), drs. K. Oosterveld, A. Demir MSc en J. van Loon."),
    H("Bijlage B Geraadpleegde organisaties"),
    P("De commissie sprak onder meer met vertegenwoordigers van het ministerie van Infrastructuur en Waterstaat, "
      "Rijkswaterstaat, het programmabureau van het Hoogwaterbeschermingsprogramma, de Unie van Waterschappen en "
      "negen afzonderlijke waterschappen, het Interprovinciaal Overleg en vijf provincies, de Vereniging van "
      "Nederlandse Gemeenten en acht gemeenten, het Veiligheidsberaad en zes veiligheidsregio's, het KNMI, "
      "Deltares, het Verbond van Verzekeraars, de Nederlandse Vereniging van Makelaars en het Planbureau voor de "
      "Leefomgeving. Zij dankt alle gesprekspartners voor hun openheid."),
)

REPORT = Document(
    title="Hoog water, lange adem",
    subtitle="Advies over waterveiligheid en klimaatadaptatie tot 2050",
    blocks=REPORT_BLOCKS,
    running_header="Commissie Waterveiligheid 2050 | Hoog water, lange adem",
    footer="{page}",
    imprint=("Commissie Waterveiligheid 2050", "Den Haag, februari 2025"),
    font_family="serif",
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV_I = ("Het kabinet trekt daarom vanaf 2026 structureel 150 miljoen euro per jaar extra uit voor het programma, maar "
        "een verhoging met het volledige bedrag van 250 miljoen euro past niet binnen de huidige budgettaire "
        "kaders.")
EV_II = "Advies ii neemt het kabinet over."
EV_III = ("Een aparte landelijke pool, zoals de commissie in advies iii voorstelt, voegt naar mijn oordeel weinig toe "
          "naast de uitwisseling van kennis en mensen die binnen het Hoogwaterbeschermingsprogramma al bestaat.")
EV_IV = ("Het kabinet neemt een zeespiegelstijging van één meter in 2100 vanaf nu als uitgangspunt bij het ontwerp "
         "van nieuwe versterkingen, maar besluit pas bij het Deltaprogramma 2026 of een herijking van de normen "
         "vóór 2030 nodig is.")
EV_V = ("Een aanvullende instructieregel die grote woonwijken in diepe polders uitsluit, acht het kabinet daarom niet "
        "nodig.")
EV_VI_VII = "Het kabinet neemt de adviezen vi en vii over."
EV_VIII = ("De minister van Financiën laat daarom in 2025 en 2026 samen met het Verbond van Verzekeraars onderzoeken of "
           "een publiek-private verzekering met het Rijk als herverzekeraar uitvoerbaar en betaalbaar is, zonder op "
           "de uitkomst daarvan vooruit te lopen.")
EV_IX = ("Met ingang van 1 januari 2027 zijn hypotheekadviseurs verplicht hun klant vóór het sluiten van de hypotheek "
         "te wijzen op het overstromingsrisico van de woning; de minister van Financiën legt dat vast in het Besluit "
         "Gedragstoezicht financiële ondernemingen, waarvan de wijziging deze zomer in consultatie gaat.")
EV_X = ("Ik begrijp de wens van de commissie om de lasten voor huishoudens in deze waterschappen te beperken, maar het "
        "kabinet houdt vast aan de verdeling van de kosten van het Hoogwaterbeschermingsprogramma zoals die in het "
        "Bestuursakkoord Water is afgesproken.")
EV_XI = ("Ik ben het met de commissie eens dat de totale kosten van waterveiligheid beter zichtbaar moeten zijn, en "
         "zal daarom vanaf de begroting voor 2027 een integraal overzicht van de uitgaven van Rijk en waterschappen "
         "met een doorkijk van twaalf jaar aan de begroting van het Deltafonds toevoegen.")
EV_XIV = "Het kabinet neemt het advies over om inwoners jaarlijks en gericht over hun overstromingsrisico te informeren."


def A(number: str, position: str, evidence: str) -> Answer:
    return Answer(number, position, evidence)


RESPONSE_BLOCKS = (
    P("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal"),
    P("Datum: 12 juni 2025"),
    P("Betreft: Kabinetsreactie op het advies ‘Hoog water, lange adem’ van de Commissie Waterveiligheid 2050"),
    P("Geachte voorzitter,"),
    P("Op 18 februari 2025 heeft de Commissie Waterveiligheid 2050 mij haar advies ‘Hoog water, lange adem’ "
      "aangeboden. Met deze brief ontvangt u, mede namens de minister van Volkshuisvesting en Ruimtelijke Ordening "
      "en de minister van Financiën, de reactie van het kabinet op dat advies."),
    P("Ik dank de commissie voor haar grondige en heldere advies. De commissie heeft in korte tijd met veel partijen "
      "gesproken en een advies geschreven dat de opgave scherp in beeld brengt, zonder in alarmisme te vervallen. "
      "Het kabinet deelt haar uitgangspunt dat Nederland veilig is, maar dat het werk om dat zo te houden sneller en "
      "slimmer moet."),
    H("Het advies in het kort", 2),
    P("De commissie concludeert dat het tempo van de dijkversterking te laag is om de wettelijke normen in 2050 te "
      "halen, dat bij nieuwe woningbouw nog onvoldoende rekening wordt gehouden met het overstromingsrisico, dat de "
      "schade na een grote overstroming onzeker is verdeeld, dat de lasten van de waterschappen ongelijk zijn "
      "verdeeld en dat de voorbereiding op een evacuatie nauwelijks wordt beoefend. Zij doet veertien adviezen, "
      "gericht aan het kabinet, de provincies en de waterschappen."),
    P("Het kabinet onderschrijft de urgentie die uit het advies spreekt. Niet elk advies neemt het kabinet echter "
      "over zoals de commissie het voorstelt. Hieronder ga ik per onderwerp in op de adviezen; waar het kabinet een "
      "andere keuze maakt, licht ik toe waarom. De indeling van deze brief wijkt daarbij op enkele punten af van de "
      "indeling van het advies."),

    H("Een sterk fundament: de dijken op orde", 2),
    P("Met het Hoogwaterbeschermingsprogramma werken Rijk en waterschappen sinds 2014 samen aan de versterking van "
      "de primaire keringen. Sinds de start van het programma is ruim 450 kilometer dijk versterkt. De commissie "
      "stelt terecht vast dat het tempo moet omhoog om de opgave in 2050 te voltooien; dat beeld komt overeen met "
      "de programmering die het programmabureau vorig jaar heeft opgesteld."),
    P("De commissie vraagt het budget van het programma vanaf 2026 structureel met ten minste 250 miljoen euro per "
      "jaar te verhogen. Het kabinet deelt de analyse dat meer geld nodig is om het tempo te verhogen. " + EV_I +
      " De middelen worden gevonden door een deel van de ruimte die in het Deltafonds na 2035 beschikbaar komt, naar "
      "voren te halen. Dat betekent niet dat het tempo bij dit bedrag blijft steken; het programmabureau en de "
      "waterschappen werken ook aan goedkopere en meer gestandaardiseerde ontwerpen, waarmee met hetzelfde geld meer "
      "kilometers kunnen worden versterkt.",
      answers=(A("i", "partial", EV_I),)),
    P(EV_II + " Ik werk een Versnellingswet waterveiligheid uit waarin het projectbesluit en alle benodigde "
      "vergunningen in één gecoördineerde procedure worden genomen en beroep in eerste en enige aanleg bij de "
      "Afdeling bestuursrechtspraak van de Raad van State wordt behandeld; het wetsvoorstel gaat dit najaar in "
      "internetconsultatie en wordt uiterlijk in het voorjaar van 2026 bij uw Kamer ingediend. Met advies iii ligt "
      "dat anders. " + EV_III + " Waterschappen lenen nu al geotechnici en projectbeheersers aan elkaar uit, en de "
      "opleidingsacademie van het programma leidt jaarlijks zo'n zestig nieuwe dijkenbouwers op.",
      answers=(A("ii", "agree", EV_II), A("iii", "disagree", EV_III))),
    P("Dan de normen zelf. De huidige waterveiligheidsnormen gelden sinds 2017 en worden volgens de Waterwet "
      "periodiek geëvalueerd; de eerstvolgende evaluatie is voorzien in 2050. De commissie adviseert de normen "
      "uiterlijk in 2030 te herijken op basis van de nieuwe klimaatscenario's van het KNMI. Het kabinet erkent dat "
      "die scenario's aanleiding kunnen geven om eerder naar de normen te kijken. " + EV_IV + " De kennis die het "
      "Kennisprogramma Zeespiegelstijging de komende twee jaar oplevert, is voor dat besluit onmisbaar.",
      answers=(A("iv", "partial", EV_IV),)),

    H("Water en bodem sturend bij de keuze van bouwlocaties", 2),
    P("In november 2022 heeft het kabinet het principe geïntroduceerd dat water en bodem sturend zijn bij "
      "ruimtelijke keuzes. Sindsdien zijn in de provinciale en regionale uitwerkingen van de woningbouwopgave "
      "afspraken gemaakt over de inpassing van water, en is de Klimaateffectatlas uitgebreid met kaarten van de "
      "waterdiepte bij een overstroming."),
    P("De commissie stelt voor om nieuwe woonwijken van meer dan 500 woningen in gebieden met een waterdiepte van "
      "meer dan twee meter in beginsel uit te sluiten. Ik begrijp de zorg die daaraan ten grondslag ligt. Het "
      "kabinet wijst er wel op dat een groot deel van de Randstad in zulke gebieden ligt en dat een generiek verbod de "
      "woningbouw op plekken waar de vraag het grootst is, ernstig zou beperken. Het Deltaprogramma Ruimtelijke "
      "Adaptatie biedt naar het oordeel van het kabinet al het kader dat de commissie zoekt: gemeenten, "
      "waterschappen en provincies voeren daarin stresstesten en risicodialogen uit en leggen de uitkomsten vast in "
      "hun uitvoeringsagenda's. " + EV_V,
      answers=(A("v", "disagree", EV_V),)),
    P(EV_VI_VII + " Het wateradvies van het waterschap krijgt een zwaarder gewicht: de minister van Volkshuisvesting "
      "en Ruimtelijke Ordening legt in het Besluit kwaliteit leefomgeving vast dat een gemeente die van dat advies "
      "afwijkt, dit in het omgevingsplan uitdrukkelijk motiveert, en dat de provincie zo'n afwijking in het kader van "
      "het interbestuurlijk toezicht kan toetsen. Die wijziging treedt naar verwachting op 1 januari 2027 in "
      "werking. Het Interprovinciaal Overleg heeft laten weten dat de provincies het advies om in hun "
      "omgevingsverordening gebieden voor overstromingsbestendig bouwen aan te wijzen, in de eerstvolgende "
      "herziening overnemen; het kabinet ondersteunt hen daarbij met een handreiking.",
      answers=(A("vi", "agree", EV_VI_VII), A("vii", "agree", EV_VI_VII))),

    H("Geld voor waterveiligheid", 2),
    P("De uitgaven aan waterveiligheid lopen via het Deltafonds, dat de komende jaren gemiddeld ruim 1,5 miljard "
      "euro per jaar omvat, en via de begrotingen van de 21 waterschappen. De waterschappen dragen de helft van de "
      "kosten van het Hoogwaterbeschermingsprogramma, waarvan een deel solidair en een deel door het waterschap dat "
      "de versterking uitvoert."),
    P("De commissie wijst op de sterke stijging van de waterschapsbelastingen in gebieden met een grote opgave, en "
      "stelt voor het aandeel van de waterschappen te verlagen naar 35 procent. " + EV_X + " Die verdeling is in "
      "2011 bewust gekozen om de waterschappen als beheerder een eigen financieel belang bij een doelmatige uitvoering "
      "te geven, en dat uitgangspunt is nog steeds juist. Dat betekent niet dat het kabinet de zorgen over de "
      "lastenontwikkeling niet deelt; in het jaarlijkse bestuurlijk overleg met de Unie van Waterschappen blijft de "
      "ontwikkeling van de lasten een vast agendapunt.",
      answers=(A("x", "disagree", EV_X),)),
    P(EV_XI + " Daarmee krijgt uw Kamer voor het eerst in één document zicht op wat Nederland als geheel aan "
      "waterveiligheid uitgeeft en naar verwachting zal uitgeven.",
      answers=(A("xi", "agree", EV_XI),)),
    P("Het advies over de kostentoedeling in de watersysteemheffing richt zich tot de waterschappen zelf. Zij "
      "bepalen binnen de kaders van de Waterschapswet hoe zij de kosten over de categorieën belastingplichtigen "
      "verdelen. Ik heb het advies onder de aandacht gebracht van de Unie van Waterschappen, die heeft laten weten "
      "uw Kamer daarover voor het einde van dit jaar een eigen reactie te sturen."),

    H("Schade na een overstroming", 2),
    P("Schade als gevolg van een overstroming vanuit een primaire waterkering is in Nederland doorgaans niet "
      "verzekerbaar. Na een ramp kan het kabinet de Wet tegemoetkoming schade bij rampen van toepassing verklaren. "
      "Die wet biedt een vangnet, maar geen zekerheid vooraf over de hoogte van een tegemoetkoming."),
    P("De commissie adviseert toe te werken naar een publiek-private verzekering tegen overstromingsschade, met het "
      "Rijk als herverzekeraar van laatste instantie. Het kabinet deelt de analyse dat de huidige onzekerheid voor "
      "inwoners en ondernemers onwenselijk is. Een dergelijk stelsel heeft echter grote gevolgen voor de "
      "rijksbegroting en voor de verzekeringsmarkt, en vraagt om een zorgvuldige afweging. " + EV_VIII + " Over de "
      "uitkomsten informeert zij uw Kamer in het voorjaar van 2027.",
      answers=(A("viii", "partial", EV_VIII),)),
    P("Kopers van een woning moeten weten waar zij aan toe zijn. " + EV_IX + " De minister van Volkshuisvesting en "
      "Ruimtelijke Ordening maakt met de Nederlandse Vereniging van Makelaars afspraken om de overstromingskaart van "
      "de Klimaateffectatlas standaard op te nemen in de verkoopinformatie van woningen.",
      answers=(A("ix", "agree", EV_IX),)),

    H("Voorbereid zijn op een overstroming", 2),
    P("Bij een dreigende overstroming besluiten de voorzitters van de veiligheidsregio's over het al dan niet "
      "evacueren van inwoners. De minister van Justitie en Veiligheid is verantwoordelijk voor het stelsel van "
      "crisisbeheersing. Rijkswaterstaat en de waterschappen leveren via de Landelijke Coördinatiecommissie "
      "Overstromingsdreiging de verwachtingen van waterstanden en mogelijke doorbraken. Bij een overstroming is het "
      "handelingsperspectief van inwoners zelf minstens zo belangrijk als de inzet van de hulpdiensten."),
    P(EV_XIV + " Vanaf het najaar van 2026 voert de Rijksoverheid jaarlijks een campagne in de gebieden met het "
      "grootste overstromingsrisico, waarvoor 3,5 miljoen euro per jaar beschikbaar is. Overstroomik.nl wordt "
      "vernieuwd, zodat inwoners op hun eigen adres kunnen zien hoe hoog het water kan komen en waar zij terechtkunnen. "
      "Dat wil niet zeggen dat de verantwoordelijkheid voor de veiligheid bij inwoners komt te liggen; de overheid "
      "blijft verantwoordelijk voor sterke dijken en een goede crisisorganisatie.",
      answers=(A("xiv", "agree", EV_XIV),)),

    H("Tot slot", 2),
    P("Het advies van de commissie komt op een moment waarop de opgave voor waterveiligheid en de opgave voor "
      "woningbouw elkaar steeds vaker raken. Het kabinet kiest voor meer tempo bij de dijkversterking, voor een "
      "zwaardere rol van het waterschap bij ruimtelijke plannen en voor betere informatie aan inwoners. Op andere "
      "punten maakt het kabinet een eigen afweging, of is nader onderzoek nodig voordat een besluit mogelijk is."),
    P("Ik zal uw Kamer via de jaarlijkse rapportage van het Deltaprogramma informeren over de voortgang van de "
      "maatregelen die in deze brief zijn aangekondigd."),
    P("Hoogachtend,"),
    P("de minister van Infrastructuur en Waterstaat,"),
    P("J.W. van Dalen"),
)

RESPONSE = Document(
    title="Ministerie van Infrastructuur en Waterstaat",
    subtitle="Directoraat-Generaal Water en Bodem",
    blocks=RESPONSE_BLOCKS,
    running_header="Kabinetsreactie ‘Hoog water, lange adem’ | 12 juni 2025",
    footer="Pagina {page} van {pages}",
    title_page=False,
)

PAIR = Pair(
    name="flood_risk_delta_advice",
    report=REPORT,
    response=RESPONSE,
    description="Commissie Waterveiligheid 2050-style advice on flood risk (14 adviezen numbered i.-xiv.) and the "
                "kabinetsreactie by the minister of IenW mede namens VRO and FIN",
)
