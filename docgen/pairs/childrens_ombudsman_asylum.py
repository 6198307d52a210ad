"""Pair: a Kinderombudsman-style report on children in asylum reception, and the government's letter in reply.

Layout traits this pair tests: the sixteen recommendations sit in the summary at the front ("Samenvatting en
aanbevelingen") as one list numbered "1)" and are repeated word for word at the end of the report in a chapter
"Aanbevelingen", there split into short lists under theme headings (the repeats carry ``duplicate_of``). The
addressee is inside each item ("Het COA moet ...", "Zorg als staatssecretaris van Asiel en Migratie dat ...",
"Gemeenten: ...", "De staatssecretaris en de VNG: ..."), a few items have two addressees. The findings contain
a lettered list of research questions, bulleted lists that are not recommendations, quotes of children and a
two-column section comparing two crisis emergency locations. Sans font, title page, footnotes.

The response is a letter from the staatssecretaris van Asiel en Migratie, co-signed by the minister of OCW (who
speaks as "wij" in the schooling section), with a short introduction and a section per theme. Recommendations are
referred to as "Aanbeveling 3", "de vijfde aanbeveling" or only by subject; several paragraphs paraphrase the
Kinderombudsman before answering. It agrees without cue words (a law change with a date, money with a date),
with "neem ik over", "onderschrijf" and "Ik ben het met de Kinderombudsman eens dat ... en zal daarom";
"dit gebeurt al, en wij breiden dit uit naar alle locaties" (4, agree) next to "omdat deze overdracht al geregeld
is, zie ik geen aanleiding" (6, disagree); refuses politely ("Ik begrijp de wens ..., maar") and bluntly ("kan ik
niet toezeggen"); adopts part (3, 8), explores (2) and has something investigated (15); answers 15 and 16 in one
paragraph with different positions; describes at length what the COA already does about play space without taking
a position (13, not addressed) and passes the mental health recommendation on to the minister of VWS (12, not
addressed). All prose is fictional and written for this test set.
"""
from __future__ import annotations

from docgen.model import (
    Answer,
    Columns,
    Document,
    Heading,
    ItemList,
    ListItem,
    PageBreak,
    Pair,
    Paragraph,
    Recommendation,
)

H = Heading
P = Paragraph


def R(number: str, *departments: str) -> Recommendation:
    return Recommendation(number, tuple(departments))


# --------------------------------------------------------------------------------------------------------------
# The recommendations: number -> (text, departments); printed in the summary and repeated in chapter 10
# --------------------------------------------------------------------------------------------------------------

RECOMMENDATIONS = {
    "1": ("Zorg als minister van Onderwijs, Cultuur en Wetenschap dat ieder kind in de opvang uiterlijk vier weken "
          "na aankomst op een locatie onderwijs krijgt, ook op een crisisnoodopvanglocatie, en leg die termijn "
          "wettelijk vast.", ("OCW",)),
    "2": ("Gemeenten: zorg, samen met de schoolbesturen in de regio, dat er bij iedere opvanglocatie in uw gemeente "
          "genoeg plaatsen in het nieuwkomersonderwijs zijn, en maak daarover schriftelijke afspraken voordat een "
          "locatie opengaat.", ("GEMEENTEN",)),
    "3": ("De minister van OCW en de staatssecretaris van Asiel en Migratie: zorg dat een kind na een verhuizing op "
          "zijn eigen school kan blijven als de nieuwe locatie binnen een uur reizen ligt, en vergoed het vervoer "
          "daarnaartoe.", ("OCW", "AenM")),
    "4": ("Het COA moet ouders en kinderen ten minste twee weken van tevoren laten weten dat zij gaan verhuizen en "
          "naar welke locatie, behalve bij een acute noodsituatie.", ("AenM",)),
    "5": ("Zorg als staatssecretaris van Asiel en Migratie dat een gezin met schoolgaande kinderen tijdens het "
          "verblijf in de opvang ten hoogste één keer hoeft te verhuizen, en leg die norm vast in de Regeling "
          "verstrekkingen asielzoekers en andere categorieën vreemdelingen 2005 (Rva 2005).", ("AenM",)),
    "6": ("Het COA moet bij iedere verhuizing van een schoolgaand kind, vóór de verhuisdatum, een overdrachtsgesprek "
          "organiseren tussen de oude en de nieuwe school.", ("AenM",)),
    "7": ("Zorg als staatssecretaris van Asiel en Migratie dat gezinnen met kinderen niet langer dan twee weken in "
          "een crisisnoodopvanglocatie verblijven.", ("AenM",)),
    "8": ("De staatssecretaris en de VNG: leg minimumnormen vast voor crisisnoodopvanglocaties waar kinderen "
          "verblijven, in ieder geval voor een afsluitbare ruimte per gezin, sanitair dat niet met grote groepen "
          "wordt gedeeld en toegang tot onderwijs, en zorg voor onafhankelijk toezicht op die normen.",
          ("AenM", "GEMEENTEN")),
    "9": ("Het COA moet ervoor zorgen dat ieder gezin een eigen, afsluitbare woonruimte heeft, met eigen sanitair of "
          "sanitair dat alleen met één ander gezin wordt gedeeld.", ("AenM",)),
    "10": ("Het COA moet duidelijke regels opstellen over wanneer medewerkers de woonruimte van een gezin mogen "
           "betreden, die regels in begrijpelijke taal aan ouders en kinderen uitleggen en zich er zelf aan "
           "houden.", ("AenM",)),
    "11": ("Zorg als staatssecretaris, samen met de minister van Volksgezondheid, Welzijn en Sport, dat ieder kind "
           "binnen twee weken na aankomst in de opvang een intake krijgt van de jeugdgezondheidszorg, ook als het "
           "kind in crisisnoodopvang verblijft.", ("AenM", "VWS")),
    "12": ("Zorg als minister van Volksgezondheid, Welzijn en Sport dat kinderen in de opvang met psychische klachten "
           "binnen zes weken passende hulp krijgen en dat die hulp doorloopt als het kind verhuist.", ("VWS",)),
    "13": ("Het COA en gemeenten: zorg op iedere opvanglocatie, ook op noodopvang- en crisisnoodopvanglocaties, voor "
           "een veilige buitenspeelplek en een binnenruimte waar kinderen kunnen spelen en huiswerk maken.",
           ("AenM", "GEMEENTEN")),
    "14": ("Het COA moet kinderen in staat stellen lid te worden van een sportvereniging en zwemles te volgen, en de "
           "kosten daarvan vergoeden.", ("AenM",)),
    "15": ("Zorg als staatssecretaris van Asiel en Migratie dat bij ieder besluit over het openen, sluiten of "
           "samenvoegen van opvanglocaties vooraf wordt getoetst wat het besluit betekent voor de kinderen op die "
           "locaties, en maak de uitkomst openbaar.", ("AenM",)),
    "16": ("Het COA moet op iedere locatie waar kinderen wonen een kinderraad instellen en kinderen aantoonbaar "
           "betrekken bij de inrichting van en de huisregels op hun locatie.", ("AenM",)),
}


def rec_item(number: str) -> ListItem:
    """The first printing of a recommendation (in the summary)."""
    text, departments = RECOMMENDATIONS[number]
    return ListItem(text, recommendation=Recommendation(number, departments))


def repeat_item(number: str) -> ListItem:
    """The repeat of a recommendation in chapter 10: same number, same text."""
    text, departments = RECOMMENDATIONS[number]
    return ListItem(text, recommendation=Recommendation(number, departments, duplicate_of=number))


def repeat_list(*numbers: str) -> ItemList:
    return ItemList(tuple(repeat_item(n) for n in numbers), style="1)", start=int(numbers[0]))


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H("Voorwoord"),
    P("Kinderen die met hun ouders in Nederland asiel aanvragen, hebben vaak een lange en onzekere reis achter de "
      "rug. Je zou verwachten dat zij hier eindelijk tot rust kunnen komen. Dat is niet wat wij zagen. De kinderen "
      "die wij spraken, wonen soms al jaren in de opvang en zijn in die tijd vaak verhuisd. Ze delen een kamer met "
      "hun hele gezin, een douche met tientallen anderen en soms een slaapzaal in een sporthal met mensen die ze "
      "niet kennen. Sommigen gingen maanden niet naar school."),
    P("Dit rapport gaat over hen. Wij hebben geluisterd naar 112 kinderen op veertien locaties, van Groningen tot "
      "Limburg. Wat zij vertellen, is niet altijd makkelijk om te lezen. Het is ook een opdracht: het "
      "Kinderrechtenverdrag geldt voor ieder kind in Nederland, ongeacht zijn verblijfsstatus, en dus ook voor een "
      "kind dat in een sporthal slaapt in afwachting van een plek in een azc."),
    P("Ik ben de kinderen en ouders die hun verhaal met ons deelden veel dank verschuldigd. Ook dank ik de "
      "medewerkers van het COA, de scholen, de GGD's en de gemeenten die ons de deur openden en openhartig vertelden "
      "over wat goed gaat en wat niet. Ik hoop dat dit rapport bijdraagt aan een opvang waarin kinderen weer kind "
      "kunnen zijn."),
    P("De Kinderombudsman"),
    PageBreak(),

    H("Samenvatting en aanbevelingen"),
    P("Op 1 juli 2025 verbleven ruim 13.500 minderjarigen met hun ouders in de asielopvang. De Kinderombudsman "
      "onderzocht hoe het met hen gaat. Wij bezochten veertien opvanglocaties, waaronder vier "
      "crisisnoodopvanglocaties, en spraken met 112 kinderen tussen 6 en 17 jaar, met 64 ouders en met medewerkers "
      "van het COA, scholen, gemeenten en de jeugdgezondheidszorg."),
    H("Wat wij zagen", 2),
    P("Veel kinderen gaan te laat naar school. Op de crisisnoodopvanglocaties die wij bezochten, duurde het "
      "gemiddeld negen weken voordat een kind onderwijs kreeg, in een enkel geval ruim vijf maanden. Op reguliere "
      "locaties ging het beter, maar ook daar wachten kinderen soms weken op een plek in het nieuwkomersonderwijs. "
      "Na iedere verhuizing begint dat wachten opnieuw."),
    P("Kinderen verhuizen vaak. Van de kinderen die wij spraken, was een derde in het afgelopen jaar drie keer of "
      "vaker verhuisd. Een verhuizing wordt meestal pas een paar dagen van tevoren aangekondigd. Met iedere "
      "verhuizing verliezen kinderen hun school, hun vrienden en hun hulpverleners."),
    P("In de crisisnoodopvang is het leven van kinderen het zwaarst. Gezinnen slapen in sporthallen, "
      "evenementenhallen of kantoorpanden, soms alleen gescheiden door een bouwhek met doek. Een verblijf dat "
      "bedoeld was voor enkele dagen, duurde voor de gezinnen die wij spraken gemiddeld elf weken."),
    P("Kinderen hebben weinig privacy. Zij delen sanitair met veel anderen, en medewerkers komen de woonruimte "
      "binnen zonder dat duidelijk is wanneer dat mag. De zorg voor de gezondheid van kinderen is op papier goed "
      "geregeld, maar de jeugdgezondheidszorg bereikt kinderen in de noodopvang laat of niet, en psychische hulp "
      "stopt vaak bij een verhuizing. Op veel locaties is er weinig plek om te spelen."),
    H("Wat er moet gebeuren", 2),
    P("De Kinderombudsman vindt dat de rechten van kinderen in de opvang op meerdere punten niet worden "
      "gewaarborgd. Het gaat om het recht op onderwijs (artikel 28 van het Kinderrechtenverdrag), het recht op "
      "privacy (artikel 16), het recht op gezondheid (artikel 24) en het recht op spel en vrije tijd (artikel 31). "
      "Bij ieder besluit over de opvang moet het belang van het kind een eerste overweging zijn (artikel 3). Dat is "
      "nu te vaak niet zo."),
    P("De Kinderombudsman doet daarom zestien aanbevelingen. Zij richten zich tot de staatssecretaris van Asiel en "
      "Migratie, de minister van Onderwijs, Cultuur en Wetenschap, de minister van Volksgezondheid, Welzijn en "
      "Sport, het COA, de VNG en gemeenten. In hoofdstuk 10 worden de aanbevelingen herhaald, geordend per thema."),
    P("De Kinderombudsman beveelt aan:", bold=True),
    ItemList(tuple(rec_item(str(n)) for n in range(1, 17)), style="1)"),
    PageBreak(),

    H("1 Inleiding"),
    H("1.1 Aanleiding", 2),
    P("De Kinderombudsman ontvangt sinds 2022 steeds meer signalen over kinderen in de asielopvang. In 2024 gingen "
      "187 van de klachten en vragen die bij ons binnenkwamen over kinderen in de opvang, ruim twee keer zoveel als "
      "in 2022. Ze kwamen van ouders, van scholen, van voogden, van jeugdartsen en van kinderen zelf.",
      footnotes=("Het gaat om klachten, vragen en signalen die via de website, de telefoon of de kindertelefoonlijn "
                 "van de Kinderombudsman binnenkwamen. Een overzicht staat in bijlage 1.",)),
    P("Door het tekort aan opvangplekken heeft het COA sinds 2022 veel tijdelijke locaties moeten openen, en "
      "gemeenten hebben crisisnoodopvang ingericht om te voorkomen dat mensen buiten moesten slapen. Die "
      "noodoplossingen zijn voor volwassenen al zwaar. Voor kinderen, die in een periode van hun leven zitten "
      "waarin stabiliteit, school en spel onmisbaar zijn, wegen ze nog zwaarder. Wat tijdelijk bedoeld was, is "
      "voor veel kinderen het gewone leven geworden."),
    H("1.2 Onderzoeksvragen", 2),
    P("Het onderzoek beantwoordt de volgende vragen:"),
    ItemList((
        ListItem("Hoe ervaren kinderen het leven in de opvang, in het bijzonder op het gebied van onderwijs, "
                 "verhuizingen, privacy, gezondheid en spelen?"),
        ListItem("In hoeverre worden hun rechten op deze gebieden gewaarborgd?"),
        ListItem("Welke verschillen zijn er tussen reguliere opvang, noodopvang en crisisnoodopvang?"),
        ListItem("Wat is er nodig om de rechten van kinderen in de opvang beter te waarborgen?"),
    ), style="a."),
    H("1.3 Werkwijze", 2),
    P("Wij hebben het onderzoek uitgevoerd tussen november 2024 en juni 2025. Wij gebruikten de volgende bronnen:"),
    ItemList((
        ListItem("bezoeken aan veertien opvanglocaties: zes reguliere azc's, vier noodopvanglocaties en vier "
                 "crisisnoodopvanglocaties, verspreid over negen provincies;"),
        ListItem("gesprekken met 112 kinderen tussen 6 en 17 jaar, in groepen en individueel, waar nodig met een "
                 "tolk;"),
        ListItem("gesprekken met 64 ouders;"),
        ListItem("interviews met 41 professionals: medewerkers van het COA, leerkrachten en schoolleiders, jeugdartsen "
                 "en jeugdverpleegkundigen, leerplichtambtenaren en beleidsmedewerkers van gemeenten;"),
        ListItem("een analyse van de klachten en signalen die de Kinderombudsman in 2023 en 2024 ontving;"),
        ListItem("een analyse van wet- en regelgeving, beleidsdocumenten en cijfers van het COA over "
                 "verhuizingen."),
    ), style="•"),
    P("De gesprekken met kinderen vonden plaats op de locatie, in een ruimte waar geen medewerkers van het COA "
      "aanwezig waren. Wij hebben de kinderen vooraf uitgelegd wat wij met hun verhaal doen en dat zij op iedere "
      "vraag mochten zeggen dat zij die niet wilden beantwoorden. De citaten in dit rapport zijn anoniem; namen "
      "zijn gefingeerd en leeftijden soms afgerond."),
    P("Het onderzoek geeft geen representatief beeld van alle locaties in Nederland. De locaties zijn zo gekozen dat "
      "verschillende soorten opvang en verschillende regio's vertegenwoordigd zijn. De bevindingen komen overeen "
      "met de signalen die wij de afgelopen jaren uit het hele land ontvingen. Wij hebben de bevindingen voor "
      "publicatie voorgelegd aan het COA, de VNG en de betrokken ministeries; hun reacties hebben wij waar nodig "
      "verwerkt."),
    H("1.4 Leeswijzer", 2),
    P("Hoofdstuk 2 schetst hoe de opvang van kinderen is georganiseerd en welke rechten het Kinderrechtenverdrag "
      "hun geeft. De hoofdstukken 3 tot en met 8 beschrijven per thema wat wij zagen en hoorden. Hoofdstuk 9 bevat "
      "de conclusies. Hoofdstuk 10 herhaalt de aanbevelingen uit de samenvatting, geordend per thema."),

    H("2 Kinderen in de opvang"),
    H("2.1 Soorten opvang", 2),
    P("Asielzoekers hebben recht op opvang zolang hun aanvraag wordt behandeld, en in sommige gevallen ook daarna. "
      "Het COA is verantwoordelijk voor die opvang. Naast de reguliere asielzoekerscentra (azc's) heeft het COA "
      "sinds 2022 een groot aantal noodopvanglocaties geopend: tijdelijke locaties in bijvoorbeeld kantoren, hotels, "
      "schepen of paviljoens, die vaak voor een periode van zes maanden tot twee jaar worden gebruikt."),
    P("Daarnaast bestaat de crisisnoodopvang. Dit zijn locaties die gemeenten en veiligheidsregio's op verzoek van "
      "het Rijk openen wanneer het COA geen plek meer heeft. Crisisnoodopvang is bedoeld voor zeer korte duur, soms "
      "enkele dagen. De locaties vallen niet onder de normen die voor de opvang door het COA gelden; de gemeente "
      "bepaalt in overleg met het COA hoe de locatie wordt ingericht. In de zomer van 2025 verbleven ruim 1.100 "
      "kinderen in crisisnoodopvang."),
    P("Van alle bewoners van de opvang is ongeveer een op de vijf minderjarig. De meeste kinderen wonen met een of "
      "beide ouders in de opvang. Alleenstaande minderjarige vreemdelingen vallen buiten dit onderzoek; voor hen "
      "gelden andere opvangvoorzieningen en een eigen voogdijregeling."),
    H("2.2 Het Kinderrechtenverdrag", 2),
    P("Nederland is partij bij het Internationaal Verdrag inzake de rechten van het kind (IVRK). Het verdrag geldt "
      "voor ieder kind dat in Nederland verblijft, ongeacht zijn verblijfsstatus. Voor dit onderzoek zijn vooral de "
      "volgende rechten van belang:",
      footnotes=("Artikel 2 IVRK. Het VN-Kinderrechtencomité heeft Nederland in zijn slotopmerkingen meermaals "
                 "gevraagd bijzondere aandacht te besteden aan kinderen in de asielopvang.",)),
    ItemList((
        ListItem("het belang van het kind als eerste overweging bij alle maatregelen die kinderen betreffen "
                 "(artikel 3);"),
        ListItem("het recht op privacy en op bescherming van het gezinsleven (artikel 16);"),
        ListItem("het recht op de best mogelijke gezondheid en op toegang tot gezondheidszorg (artikel 24);"),
        ListItem("het recht op een levensstandaard die toereikend is voor de ontwikkeling van het kind "
                 "(artikel 27);"),
        ListItem("het recht op onderwijs (artikel 28);"),
        ListItem("het recht op rust, vrije tijd en spel (artikel 31)."),
    ), style="•"),
    P("Kinderen hebben daarnaast het recht om gehoord te worden over zaken die hen aangaan (artikel 12). Dat geldt "
      "ook voor besluiten over de plek waar zij wonen en de regels die daar gelden. De Kinderombudsman toetst in dit "
      "rapport de praktijk aan deze rechten. Waar het verdrag ruimte laat voor een afweging, kijken wij of het "
      "belang van het kind in die afweging zichtbaar is meegewogen."),

    H("3 Onderwijs"),
    H("3.1 Wat geregeld is", 2),
    P("Kinderen in de opvang zijn leerplichtig zodra zij vijf jaar zijn, net als ieder ander kind in Nederland. Zij "
      "gaan meestal eerst naar het nieuwkomersonderwijs: een taalklas, een aparte school of een internationale "
      "schakelklas, waar zij in een tot twee jaar Nederlands leren voordat zij doorstromen naar het reguliere "
      "onderwijs. Scholen ontvangen voor nieuwkomers een aanvullende bekostiging. De gemeente waar de "
      "opvanglocatie ligt, houdt toezicht op de naleving van de leerplicht."),
    P("Er is geen wettelijke termijn waarbinnen een kind na aankomst in de opvang naar school moet. In de praktijk "
      "hanteren COA en scholen een streeftermijn van drie maanden na aankomst in Nederland, maar die termijn is "
      "nergens vastgelegd en geldt niet per locatie: na iedere verhuizing begint het zoeken naar een schoolplek "
      "opnieuw."),
    H("3.2 Wat wij zagen", 2),
    P("Op de reguliere locaties die wij bezochten, gingen de meeste kinderen binnen vier tot zes weken na aankomst "
      "naar school. Op de noodopvanglocaties duurde dat langer, gemiddeld zeven weken. In de crisisnoodopvang "
      "kregen kinderen gemiddeld pas na negen weken onderwijs, en op twee van de vier locaties kregen kinderen "
      "alleen enkele uren per week les van vrijwilligers in een zaaltje op de locatie zelf."),
    P("‘Ik zat elke dag op mijn bed. Mijn broertje ook. We wachtten tot iemand zei dat we naar school mochten.’ "
      "(Samira, 11 jaar, crisisnoodopvang)"),
    P("De belangrijkste oorzaak is het gebrek aan plaatsen in het nieuwkomersonderwijs. Wanneer op korte termijn een "
      "locatie opengaat, heeft de school in de buurt vaak geen ruimte en geen leraren om een extra klas te starten. "
      "Schoolbesturen vertelden ons dat zij soms pas via de lokale krant hoorden dat er een locatie zou komen. "
      "Afspraken tussen gemeente, COA en schoolbesturen worden in veel gevallen pas gemaakt als de kinderen er al "
      "zijn."),
    P("Een tweede oorzaak is het vervoer. Veel noodopvanglocaties liggen buiten de bebouwde kom. Als de "
      "dichtstbijzijnde school met een nieuwkomersklas twintig kilometer verderop ligt, moet er vervoer worden "
      "geregeld. Daarover ontstaat regelmatig discussie tussen gemeente en COA over de vraag wie dat betaalt. In "
      "de tussentijd blijven kinderen thuis."),
    H("3.3 Na een verhuizing", 2),
    P("Voor kinderen die verhuizen, begint het proces opnieuw. Van de kinderen die wij spraken en die in het "
      "afgelopen jaar waren verhuisd, ging ruim de helft na de verhuizing een maand of langer niet naar school. "
      "Leerkrachten zagen kinderen vertrekken op het moment dat zij net begonnen te lezen of vrienden hadden "
      "gemaakt. Een leerkracht in Overijssel: ‘Wij hebben dit jaar elf kinderen zien gaan. Van geen enkel kind weten "
      "wij waar het nu op school zit.’"),
    P("Sommige gemeenten en scholen zorgen ervoor dat een kind na een verhuizing naar een locatie in de buurt op de "
      "eigen school kan blijven. Dat maakt voor het kind een groot verschil: de school is dan het enige dat gelijk "
      "blijft. Of dat lukt, hangt af van de reisafstand en van de vraag of iemand het vervoer wil betalen. Er is "
      "geen regeling die dit landelijk mogelijk maakt."),
    P("De Kinderombudsman vindt dat kinderen in de opvang te lang zonder onderwijs zitten. Dat is in strijd met "
      "artikel 28 van het Kinderrechtenverdrag en met de leerplicht. Een duidelijke termijn die per locatie geldt, "
      "en afspraken over schoolplaatsen voordat een locatie opengaat, zijn nodig om dit te veranderen."),

    H("4 Verhuizingen"),
    H("4.1 Hoe vaak verhuizen kinderen?", 2),
    P("Uit cijfers van het COA blijkt dat een kind in de opvang in 2024 gemiddeld 1,8 keer verhuisde. Dat "
      "gemiddelde verhult grote verschillen. Een derde van de kinderen die wij spraken, was in de twaalf maanden "
      "voor het gesprek drie keer of vaker verhuisd. Het meest extreme geval was een meisje van negen dat in "
      "anderhalf jaar op zeven locaties had gewoond."),
    P("Verhuizingen hebben verschillende oorzaken. Een deel hangt samen met de asielprocedure: na aankomst in Ter "
      "Apel gaat een gezin naar een procesopvanglocatie, en na de eerste fase van de procedure naar een andere "
      "locatie. Maar de meeste verhuizingen die wij zagen, hadden te maken met het sluiten van tijdelijke locaties "
      "en met het vrijmaken van plekken elders. Gezinnen worden dan verplaatst omdat het bestuurlijk of logistiek "
      "nodig is, niet omdat hun procedure dat vraagt."),
    H("4.2 Hoe een verhuizing verloopt", 2),
    P("Een verhuizing wordt meestal kort van tevoren aangekondigd. De helft van de ouders die wij spraken, hoorde "
      "het minder dan een week van tevoren; sommigen dezelfde dag. Op enkele locaties in het noorden en oosten van "
      "het land werkt het COA wel met een vaste termijn van veertien dagen. Ouders en medewerkers daar waren daar "
      "positief over: kinderen konden afscheid nemen van hun klas, en de school kon een overdracht voorbereiden."),
    P("Kinderen vertelden ons wat een verhuizing voor hen betekent. Dit zijn de punten die het vaakst terugkwamen:"),
    ItemList((
        ListItem("afscheid nemen van vrienden lukt niet als je het een dag van tevoren hoort;"),
        ListItem("op de nieuwe school moet je weer helemaal opnieuw beginnen;"),
        ListItem("je weet niet hoe lang je op de nieuwe plek blijft, dus je maakt er liever geen vrienden;"),
        ListItem("spullen raken kwijt, zoals schoolboeken, speelgoed en medicijnen."),
    ), style="•"),
    P("‘Ik pak mijn tas niet meer uit. Dan hoef ik hem ook niet opnieuw in te pakken.’ (Daniel, 13 jaar)"),
    P("De overdracht tussen scholen verloopt wisselend. De oude school stelt een onderwijskundig rapport op, dat in "
      "principe meegaat naar de nieuwe school. Leerkrachten vertelden ons dat dat rapport vaak pas weken na de "
      "verhuizing aankomt of helemaal niet, omdat niet duidelijk is naar welke school het kind gaat. Een gesprek "
      "tussen de oude en de nieuwe leerkracht vindt zelden plaats, terwijl juist dat gesprek volgens leerkrachten "
      "het verschil maakt voor een kind met leer- of gedragsproblemen."),
    H("4.3 Oordeel", 2),
    P("De Kinderombudsman begrijpt dat het COA locaties moet sluiten en gezinnen soms moet verplaatsen. Maar bij de "
      "beslissing wie er verhuist en wanneer, speelt het belang van het kind nu nauwelijks een rol. Iedere "
      "verhuizing onderbreekt het onderwijs, de zorg en de sociale contacten van een kind. Dat vraagt om een grens "
      "aan het aantal verhuizingen, om een tijdige aankondiging en om een goede overdracht."),

    H("5 Crisisnoodopvang"),
    H("5.1 Bedoeld als kort verblijf", 2),
    P("Crisisnoodopvang is ontstaan als noodmaatregel. Toen in de zomer van 2022 asielzoekers buiten moesten slapen "
      "bij het aanmeldcentrum in Ter Apel, vroeg het Rijk gemeenten en veiligheidsregio's om binnen enkele dagen "
      "opvang te regelen. Sindsdien is crisisnoodopvang een vast onderdeel van het opvanglandschap geworden. "
      "Locaties die voor enkele weken waren bedoeld, bestaan soms al meer dan een jaar."),
    P("Voor crisisnoodopvang gelden geen landelijke normen. Het COA heeft in 2023 een handreiking opgesteld met "
      "aandachtspunten voor gemeenten, maar die is niet bindend. Er is ook geen toezichthouder die de kwaliteit van "
      "crisisnoodopvang beoordeelt. Wat kinderen aantreffen, hangt daardoor sterk af van de gemeente en van de "
      "vrijwilligers die zich inzetten.",
      footnotes=("De Inspectie Justitie en Veiligheid houdt toezicht op de opvang door het COA, maar niet op "
                 "locaties die door gemeenten of veiligheidsregio's worden beheerd.",)),
    H("5.2 Twee locaties naast elkaar", 2),
    P("Om te laten zien hoe groot de verschillen zijn, beschrijven wij hieronder twee van de vier "
      "crisisnoodopvanglocaties die wij bezochten. Beide locaties vingen ten tijde van ons bezoek ongeveer tachtig "
      "gezinnen op, en beide gemeenten ontvingen dezelfde vergoeding per opvangplek."),
    Columns((
        H("Locatie A: een sporthal", 3),
        P("In de sporthal slapen de gezinnen in vakken van ongeveer drie bij vier meter, afgeschermd met bouwhekken "
          "met zwart doek. Er is geen plafond boven de vakken: ’s nachts brandt er licht en hoor je iedereen. Er "
          "zijn twaalf douches voor ruim driehonderd mensen, in een kleedkamer die ook door volwassen mannen wordt "
          "gebruikt."),
        P("Kinderen spelen in de gang of buiten op het parkeerterrein. Er is een kleine speelhoek met een kist "
          "speelgoed van vrijwilligers. Onderwijs kregen de kinderen ten tijde van ons bezoek twee ochtenden per "
          "week in de kantine, van een gepensioneerde leerkracht. Het gemiddelde verblijf was twaalf weken."),
        H("Locatie B: een voormalig kantoorpand", 3),
        P("In het kantoorpand heeft ieder gezin een eigen kamer met een deur die op slot kan. Op iedere verdieping "
          "zijn douches en toiletten, die door drie of vier gezinnen worden gedeeld. In de voormalige kantine is een "
          "speelruimte ingericht, en achter het gebouw staat een klimtoestel dat de gemeente heeft geplaatst."),
        P("Alle kinderen van vijf jaar en ouder gingen binnen drie weken naar een school in de buurt, met een bus "
          "die de gemeente betaalt. De gemeente had hierover vóór de opening afspraken gemaakt met twee "
          "schoolbesturen. Het gemiddelde verblijf was negen weken."),
    )),
    P("De verschillen zijn dus niet terug te voeren op het geld dat beschikbaar was. Het verschil zat in de keuze van "
      "het gebouw en in de afspraken die de gemeente vooraf had gemaakt. Ook in de andere twee locaties die wij "
      "bezochten, bepaalden die twee factoren in hoge mate hoe het de kinderen verging."),
    H("5.3 Oordeel", 2),
    P("Een sporthal of evenementenhal is geen plek waar een kind weken of maanden kan wonen. De Kinderombudsman "
      "vindt dat kinderen zo kort mogelijk in crisisnoodopvang moeten verblijven, en dat er voor de tijd dat zij er "
      "zijn, minimumnormen moeten gelden waarop onafhankelijk wordt toegezien. Locatie B laat zien dat dat ook in "
      "een noodsituatie mogelijk is."),

    H("6 Privacy"),
    P("Privacy is voor kinderen in de opvang schaars. Op de meeste reguliere locaties heeft een gezin een eigen "
      "kamer of unit, maar de keuken en het sanitair worden vaak gedeeld met andere gezinnen of met alleenstaande "
      "volwassenen. Op noodopvanglocaties delen gezinnen soms een kamer met een ander gezin. Op twee van de "
      "noodopvanglocaties die wij bezochten, deelden meer dan twintig mensen één badkamer."),
    P("Vooral oudere meisjes vertelden ons dat zij zich onveilig voelen bij het gebruik van gedeelde douches. "
      "Sommigen douchen alleen ’s nachts, of dagenlang niet. Ouders maakten zich zorgen over hun kinderen in gedeelde "
      "ruimtes waar ook onbekende volwassenen komen."),
    P("‘Ik wil gewoon een deur die op slot kan. Meer niet.’ (Amira, 15 jaar)"),
    P("Een tweede punt is het binnenkomen van medewerkers. Het COA voert periodiek kamercontroles uit, bijvoorbeeld "
      "op brandveiligheid en hygiëne. Kinderen en ouders vertelden dat medewerkers daarbij soms binnenkomen zonder "
      "te kloppen of zonder op antwoord te wachten, ook wanneer een kind zich aan het omkleden is. Op de locaties "
      "die wij bezochten, waren de regels hierover niet op schrift gesteld of alleen in het Nederlands beschikbaar. "
      "Het COA liet ons weten dat er een landelijke werkinstructie bestaat, maar medewerkers op de locaties kenden "
      "die niet altijd."),
    P("De Kinderombudsman vindt dat ieder gezin recht heeft op een eigen afsluitbare ruimte en op sanitair dat niet "
      "met grote groepen hoeft te worden gedeeld. Het recht op privacy (artikel 16 IVRK) betekent ook dat kinderen "
      "moeten weten wanneer anderen hun kamer binnen mogen komen, en dat zij erop kunnen vertrouwen dat die regels "
      "worden nageleefd."),

    H("7 Gezondheid"),
    P("Asielzoekers hebben recht op medische zorg via de Regeling Medische zorg Asielzoekers (RMA). De "
      "huisartsenzorg wordt geleverd via de Gezondheidszorg Asielzoekers (GZA). De jeugdgezondheidszorg (JGZ) voor "
      "kinderen in de opvang wordt uitgevoerd door de GGD's, op basis van een landelijk contract. Ieder kind hoort "
      "kort na aankomst een intake te krijgen, waarin onder meer de vaccinatiestatus, de groei en de "
      "psychosociale ontwikkeling worden bekeken.",
      footnotes=("De RMA wordt uitgevoerd in opdracht van het COA. De JGZ voor kinderen in de opvang is landelijk "
                 "ingekocht en wordt regionaal uitgevoerd door de GGD's.",)),
    P("In de praktijk bereikt de JGZ kinderen in de noodopvang en crisisnoodopvang laat. Jeugdartsen vertelden ons "
      "dat zij vaak niet weten dat er kinderen op een nieuwe locatie zijn aangekomen, of dat kinderen alweer "
      "verhuisd zijn voordat zij aan de beurt waren. Van de kinderen in de crisisnoodopvang die wij spraken, had "
      "minder dan de helft binnen twee maanden een intake gehad."),
    P("Veel kinderen hebben last van psychische klachten. Ouders beschreven slaapproblemen, nachtmerries, boosheid "
      "en teruggetrokken gedrag. Leerkrachten zagen kinderen die zich niet konden concentreren. Voor kinderen met "
      "ernstige klachten is de wachttijd voor de jeugd-ggz lang, en een behandeling stopt vaak als het kind "
      "verhuist, omdat de zorgaanbieder regionaal werkt. Een jeugdarts: ‘Ik heb kinderen aangemeld die drie keer op "
      "een wachtlijst hebben gestaan, telkens in een andere regio.’"),
    P("De Kinderombudsman vindt dat ieder kind snel na aankomst in beeld moet zijn bij de jeugdgezondheidszorg, waar "
      "het ook verblijft. Kinderen met psychische klachten moeten tijdig hulp krijgen, en die hulp mag niet afhangen "
      "van de vraag of zij toevallig lang genoeg op één plek blijven."),

    H("8 Spelen en vrije tijd"),
    P("Spelen is voor kinderen geen luxe. Het helpt hen om ervaringen te verwerken, om vrienden te maken en om te "
      "ontspannen. Artikel 31 van het Kinderrechtenverdrag erkent het recht van ieder kind op spel en vrije tijd."),
    P("Op de reguliere locaties die wij bezochten, was er in de regel een speeltuin en een ruimte voor activiteiten. "
      "Op de noodopvang- en crisisnoodopvanglocaties ontbrak het daar vaak aan. Kinderen speelden op de gang, in de "
      "kantine of op het parkeerterrein. Op een van de locaties was het kinderen verboden om buiten te spelen, omdat "
      "het terrein grensde aan een drukke weg en er geen hek stond. Een rustige plek om huiswerk te maken, vonden "
      "wij op geen enkele noodopvanglocatie."),
    P("Ook buiten de locatie zijn de mogelijkheden beperkt. Kinderen die lid willen worden van een sportvereniging "
      "of op zwemles willen, lopen aan tegen de kosten. Het leefgeld van een gezin is daar niet op berekend, en de "
      "regelingen die gemeenten hebben om kinderen uit gezinnen met een laag inkomen te laten sporten, zijn niet "
      "altijd toegankelijk voor kinderen in de opvang. Veel kinderen die wij spraken, konden niet zwemmen, terwijl "
      "een aantal locaties vlak bij open water ligt."),
    P("‘Op mijn vorige school zat ik op voetbal. Hier weet ik niet eens waar het veld is.’ (Yonas, 10 jaar)"),
    P("Kinderen zeiden ook dat zij graag meer te zeggen zouden hebben over hun locatie: over de inrichting van de "
      "speelruimte, over de huisregels en over de activiteiten. Op één locatie die wij bezochten, was een kinderraad "
      "actief die maandelijks met de locatiemanager overlegde. De kinderen daar wisten precies wat er met hun "
      "voorstellen was gebeurd."),

    H("9 Conclusies"),
    P("Kinderen in de asielopvang groeien op in onzekerheid. Die onzekerheid komt voor een deel voort uit de "
      "asielprocedure zelf, maar voor een groot deel ook uit de manier waarop de opvang is georganiseerd. De "
      "aanhoudende druk op de opvang heeft geleid tot een systeem waarin noodoplossingen de norm zijn geworden en "
      "het belang van het kind zelden de doorslag geeft."),
    P("De Kinderombudsman concludeert dat de rechten van kinderen in de opvang op de volgende punten onvoldoende "
      "worden gewaarborgd:"),
    ItemList((
        ListItem("kinderen zitten te lang zonder onderwijs, vooral na aankomst op een nieuwe locatie en in de "
                 "crisisnoodopvang;"),
        ListItem("kinderen verhuizen te vaak, met te weinig aankondiging en een gebrekkige overdracht;"),
        ListItem("in de crisisnoodopvang verblijven kinderen te lang, zonder minimumnormen en zonder toezicht;"),
        ListItem("kinderen hebben onvoldoende privacy, zowel in hun woonruimte als in het sanitair;"),
        ListItem("de jeugdgezondheidszorg en de jeugd-ggz bereiken kinderen te laat, en zorg stopt bij een "
                 "verhuizing;"),
        ListItem("op veel locaties is er te weinig ruimte om te spelen, en kinderen kunnen moeilijk meedoen aan "
                 "sport en activiteiten buiten de locatie."),
    ), style="•"),
    P("Bij besluiten over het openen en sluiten van locaties wordt nu nauwelijks gekeken naar de gevolgen voor "
      "kinderen, en kinderen zelf worden er zelden bij betrokken. Dat moet anders. De aanbevelingen in het volgende "
      "hoofdstuk geven aan hoe."),

    H("10 Aanbevelingen"),
    P("In dit hoofdstuk herhalen wij de aanbevelingen uit de samenvatting, geordend per thema. De nummering is "
      "gelijk aan die in de samenvatting. De Kinderombudsman vraagt de betrokken bewindspersonen, het COA en de VNG "
      "om binnen zes maanden op de aanbevelingen te reageren, en zal over een jaar nagaan wat ermee is gedaan."),
    H("Onderwijs", 2),
    repeat_list("1", "2", "3"),
    H("Verhuizingen", 2),
    repeat_list("4", "5", "6"),
    H("Crisisnoodopvang", 2),
    repeat_list("7", "8"),
    H("Privacy", 2),
    repeat_list("9", "10"),
    H("Gezondheid", 2),
    repeat_list("11", "12"),
    H("Spelen en vrije tijd", 2),
    repeat_list("13", "14"),
    H("Kinderen centraal bij besluiten", 2),
    repeat_list("15", "16"),

    H("Bijlage 1 Verantwoording"),
    P("De Kinderombudsman heeft dit onderzoek uit eigen beweging ingesteld, op grond van de Wet Nationale "
      "ombudsman. Het onderzoek is uitgevoerd door een team van vijf onderzoekers, van wie twee ervaring hebben met "
      "het voeren van gesprekken met kinderen met een vluchtachtergrond. Bij de gesprekken met kinderen waren waar "
      "nodig tolken aanwezig, die vooraf zijn geïnstrueerd over het werken met kinderen."),
    P("De bezochte locaties lagen in de provincies Groningen, Drenthe, Overijssel, Gelderland, Utrecht, "
      "Noord-Holland, Zuid-Holland, Noord-Brabant en Limburg. Om de bewoners en medewerkers te beschermen, noemen wij "
      "de locaties in dit rapport niet bij naam. De klachten en signalen die wij analyseerden, zijn geanonimiseerd. "
      "Een conceptversie van dit rapport is voor wederhoor voorgelegd aan het COA, de VNG, het ministerie van Asiel "
      "en Migratie, het ministerie van Onderwijs, Cultuur en Wetenschap en het ministerie van Volksgezondheid, "
      "Welzijn en Sport."),
)

REPORT = Document(
    title="Nergens echt thuis",
    subtitle="Een onderzoek van de Kinderombudsman naar kinderen in de asielopvang: school, verhuizen, privacy, "
             "gezondheid en spelen",
    blocks=REPORT_BLOCKS,
    running_header="De Kinderombudsman | Nergens echt thuis",
    footer="{page}",
    font_family="sans",
    font_size=10.5,
    imprint=("De Kinderombudsman, Den Haag", "Rapport KOM/2025/041", "18 november 2025"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV1 = ("De minister van OCW neemt in het wetsvoorstel onderwijs aan nieuwkomers, dat in het voorjaar van 2026 in "
       "internetconsultatie gaat, de verplichting op dat een kind uiterlijk vier weken na aankomst op een "
       "opvanglocatie onderwijs krijgt, ook op een crisisnoodopvanglocatie.")
EV2 = ("De minister van OCW verkent daarom samen met de VNG, de PO-Raad en de VO-raad of schriftelijke afspraken over "
       "schoolplaatsen een vast onderdeel kunnen worden van de besluitvorming over een nieuwe opvanglocatie.")
EV3 = "Het eerste deel van deze aanbeveling nemen wij over, het tweede deel niet."
EV4 = ("Dit gebeurt al, en wij breiden dit uit naar alle locaties: vanaf 1 mei 2026 geldt landelijk een "
       "aankondigingstermijn van ten minste veertien dagen, waarbij ook de nieuwe locatie wordt genoemd, behalve bij "
       "een acute noodsituatie.")
EV5 = "Ik neem deze aanbeveling daarom niet over."
EV6 = ("Omdat deze overdracht al geregeld is, zie ik geen aanleiding om het COA daarnaast bij iedere verhuizing een "
       "overdrachtsgesprek te laten organiseren.")
EV7 = "Een harde termijn van twee weken kan ik daarom niet toezeggen."
EV8 = "De normen zelf neem ik over; of en hoe er onafhankelijk toezicht op komt, laat ik eerst onderzoeken."
EV9 = ("Het kabinet stelt in 2026 en 2027 in totaal € 38 miljoen beschikbaar om locaties aan te passen, zodat "
       "uiterlijk 1 januari 2028 ieder gezin op een locatie van het COA een eigen afsluitbare woonruimte heeft, met "
       "eigen sanitair of sanitair dat met ten hoogste één ander gezin wordt gedeeld.")
EV10 = "Deze aanbeveling neem ik over."
EV11 = ("Ik ben het met de Kinderombudsman eens dat een vroege intake van groot belang is, en zal daarom samen met de "
        "minister van VWS met GGD GHOR Nederland afspreken dat de intake voortaan binnen twee weken na aankomst "
        "plaatsvindt, op iedere locatie en ook in de crisisnoodopvang.")
EV14 = "Die aanbeveling onderschrijf ik."
EV15 = ("Of bij ieder besluit over het openen, sluiten of samenvoegen van locaties vooraf kan worden getoetst wat het "
        "besluit betekent voor de kinderen die er wonen, laat ik in 2026 onderzoeken, samen met het COA en de VNG.")
EV16 = ("Een kinderraad op iedere locatie vind ik een goede aanvulling: het COA stelt in de loop van 2026 op alle "
        "locaties waar kinderen wonen een kinderraad in en betrekt kinderen voortaan aantoonbaar bij de inrichting "
        "van en de huisregels op hun locatie.")

RESPONSE_BLOCKS = (
    P("Geachte voorzitter,"),
    P("Op 18 november 2025 publiceerde de Kinderombudsman het rapport ‘Nergens echt thuis’ over kinderen in de "
      "asielopvang. Met deze brief ontvangt u, mede namens de minister van Onderwijs, Cultuur en Wetenschap, de "
      "reactie van het kabinet op dit rapport. Waar deze brief over onderwijs gaat, spreken de minister van OCW en "
      "ik samen en schrijven wij ‘wij’."),
    P("Ik dank de Kinderombudsman voor het zorgvuldige onderzoek, en vooral de kinderen en ouders die hun ervaringen "
      "hebben gedeeld. Hun verhalen maken duidelijk wat de aanhoudende druk op de opvang betekent voor de jongste "
      "bewoners. Het rapport bevestigt beelden die ook het COA, de inspecties en gemeenten de afgelopen jaren "
      "hebben geschetst, en het is goed dat de kinderen zelf nu zo duidelijk aan het woord komen."),
    H("Context", 2),
    P("Op 1 januari 2026 verbleven ruim 14.200 minderjarigen met hun ouders in de opvang van het COA, en ongeveer "
      "900 in crisisnoodopvang. De instroom is in 2025 iets gedaald, maar de uitstroom van statushouders naar "
      "woningen in gemeenten blijft achter. Daardoor blijft de bezetting van de opvang hoog en is het COA nog steeds "
      "aangewezen op tijdelijke locaties.",
      footnotes=("Bron: COA, bezettingscijfers per 1 januari 2026. De cijfers over crisisnoodopvang zijn afkomstig "
                 "van het Landelijk Operationeel Team Spreiding en hebben betrekking op dezelfde peildatum.",)),
    P("Met de uitvoering van de Wet gemeentelijke taak mogelijk maken asielopvangvoorzieningen werken Rijk en "
      "gemeenten aan een stabieler opvanglandschap, met meer vaste locaties en minder noodoplossingen. Dat is ook "
      "voor kinderen de belangrijkste verbetering: minder tijdelijke locaties betekent minder verhuizingen en minder "
      "crisisnoodopvang. Die verbetering kost echter tijd, omdat nieuwe vaste locaties pas na enkele jaren "
      "beschikbaar komen."),
    P("Dat neemt niet weg dat er nu al meer kan en moet gebeuren. Hieronder gaan wij per thema in op de zestien "
      "aanbevelingen, in de volgorde van het rapport. De aanbevelingen aan het COA zijn besproken met de raad van "
      "bestuur van het COA; waar deze brief een maatregel van het COA noemt, is die met het COA afgesproken."),

    H("Onderwijs", 2),
    P("Onderwijs is voor kinderen in de opvang van grote waarde: het biedt structuur, een plek om Nederlands te leren "
      "en contact met leeftijdgenoten. Wij delen de zorg van de Kinderombudsman dat kinderen daar te lang op moeten "
      "wachten, vooral na een verhuizing en in de crisisnoodopvang. Het voorbeeld van de gemeente die vóór de "
      "opening van een crisisnoodopvanglocatie afspraken maakte met twee schoolbesturen, laat zien dat het anders "
      "kan."),
    P("De Kinderombudsman vraagt de minister van OCW om een termijn vast te leggen waarbinnen ieder kind na aankomst "
      "op een locatie onderwijs krijgt. " + EV1 + " Dat betekent niet dat kinderen tot die tijd moeten wachten: "
      "scholen en gemeenten kunnen nu al sneller handelen, en veel van hen doen dat ook. In de tussentijd helpt het "
      "Landelijk Steunpunt Onderwijs aan Nieuwkomers scholen die op korte termijn een nieuwkomersklas willen "
      "starten.",
      answers=(Answer("1", "agree", EV1),)),
    P("De tweede aanbeveling richt zich tot gemeenten: zorg dat er bij iedere opvanglocatie genoeg plaatsen in het "
      "nieuwkomersonderwijs zijn, en maak daarover afspraken voordat een locatie opengaat. Gemeenten hebben hierin "
      "een eigen verantwoordelijkheid, samen met de schoolbesturen. Wel herkennen wij het beeld dat afspraken over "
      "onderwijs nu vaak pas worden gemaakt als de kinderen er al zijn. " + EV2 + " Over de uitkomst daarvan "
      "informeren wij uw Kamer in het najaar van 2026.",
      answers=(Answer("2", "partial", EV2),)),
    P("Aanbeveling 3 vraagt ons te zorgen dat een kind na een verhuizing op zijn eigen school kan blijven als de "
      "nieuwe locatie binnen een uur reizen ligt, en het vervoer daarnaartoe te vergoeden. " + EV3 + " Het COA weegt "
      "vanaf 1 september 2026 bij iedere verhuizing van een gezin met schoolgaande kinderen mee of de kinderen hun "
      "school kunnen behouden, en kiest dan een locatie binnen een uur reizen van die school. Voor de kosten van het "
      "vervoer bestaat de gemeentelijke regeling voor leerlingenvervoer, die ook voor kinderen in de opvang geldt; "
      "een aparte vergoeding van het Rijk daarnaast achten wij niet nodig.",
      answers=(Answer("3", "partial", EV3),)),

    H("Verhuizingen", 2),
    P("Het rapport laat zien hoe ingrijpend verhuizingen zijn voor kinderen. Iedere verhuizing betekent een nieuwe "
      "school, nieuwe buren en vaak een nieuwe huisarts. Het COA probeert verhuizingen van gezinnen met kinderen te "
      "beperken, maar zolang er tijdelijke locaties moeten sluiten, zijn ze niet altijd te voorkomen. In 2025 sloot "
      "het COA 41 locaties; voor 2026 staat de sluiting van ongeveer 25 locaties gepland."),
    P("De Kinderombudsman vraagt het COA om gezinnen ten minste twee weken van tevoren te laten weten dat zij gaan "
      "verhuizen en naar welke locatie. In de regio's Noord-Nederland en Oost-Nederland werkt het COA sinds 2024 met "
      "een vaste aankondigingstermijn van veertien dagen, zoals de Kinderombudsman zelf ook beschrijft. Het COA en "
      "ik willen dat het overal zo gaat. " + EV4,
      answers=(Answer("4", "agree", EV4),)),
    P("De vijfde aanbeveling vraagt om een norm van ten hoogste één verhuizing voor gezinnen met schoolgaande "
      "kinderen, vastgelegd in de Rva 2005. Ik begrijp de wens van de Kinderombudsman om kinderen meer stabiliteit "
      "te geven, en die wens deel ik. Een harde norm kan ik echter niet waarmaken zolang het COA afhankelijk is van "
      "tijdelijke locaties die na afloop van een bestuursovereenkomst met een gemeente moeten sluiten; een "
      "wettelijke norm zou in de praktijk al snel worden overschreden. " + EV5 + " Dat betekent niet dat er niets "
      "gebeurt; het COA laat gezinnen met schoolgaande kinderen nu al zo min mogelijk verhuizen en plant "
      "verhuizingen waar het kan in de schoolvakanties.",
      answers=(Answer("5", "disagree", EV5),)),
    P("Over het overdrachtsgesprek tussen de oude en de nieuwe school merk ik het volgende op. Bij iedere verhuizing "
      "van een schoolgaand kind meldt het COA het kind af bij de oude school en aan bij de leerplichtambtenaar van "
      "de nieuwe gemeente, en de oude school stelt een onderwijskundig rapport op dat naar de nieuwe school gaat. "
      "Dit gebeurt al, op alle locaties. Scholen kunnen daarnaast altijd contact met elkaar opnemen als zij dat "
      "nodig vinden. " + EV6,
      answers=(Answer("6", "disagree", EV6),)),

    H("Crisisnoodopvang", 2),
    P("Crisisnoodopvang is nooit bedoeld geweest als plek waar kinderen weken of maanden verblijven. Het kabinet wil "
      "de crisisnoodopvang zo snel mogelijk afbouwen. Het aantal plekken in crisisnoodopvang daalde in 2025 van ruim "
      "6.000 naar ongeveer 3.500. Gezinnen met kinderen krijgen voorrang wanneer er bij het COA een plek vrijkomt."),
    P("De Kinderombudsman vraagt mij ervoor te zorgen dat gezinnen met kinderen niet langer dan twee weken in "
      "crisisnoodopvang verblijven. Ik deel de analyse dat een langer verblijf schadelijk is voor kinderen. Of een "
      "gezin snel kan doorstromen, hangt echter af van het aantal vrije plekken bij het COA, en dat aantal kan ik "
      "niet van week tot week sturen. " + EV7 + " De voorrang voor gezinnen met kinderen bij doorplaatsing blijft "
      "bestaan.",
      answers=(Answer("7", "disagree", EV7),)),
    P("Aanbeveling 8 vraagt de VNG en mij om minimumnormen vast te leggen voor crisisnoodopvanglocaties waar "
      "kinderen verblijven, en om onafhankelijk toezicht op die normen. " + EV8 + " Samen met de VNG en het "
      "Veiligheidsberaad stel ik vóór 1 juli 2026 bindende minimumnormen vast, in ieder geval voor een afsluitbare "
      "ruimte per gezin, voor het delen van sanitair en voor toegang tot onderwijs. Over het toezicht neem ik een "
      "besluit nadat de betrokken inspecties hebben aangegeven of en hoe dat kan worden ingericht.",
      answers=(Answer("8", "partial", EV8),)),

    H("Privacy", 2),
    P("De Kinderombudsman beschrijft dat kinderen, vooral oudere meisjes, zich onveilig voelen in gedeeld sanitair "
      "en dat veel gezinnen geen eigen afsluitbare ruimte hebben. Dat vind ik niet acceptabel. " + EV9 + " Nieuwe "
      "locaties richt het COA vanaf nu alleen nog op die manier in.",
      answers=(Answer("9", "agree", EV9),)),
    P("De tiende aanbeveling gaat over het betreden van woonruimtes door medewerkers. Het COA heeft hiervoor een "
      "landelijke werkinstructie, maar de Kinderombudsman laat zien dat die op de locaties niet altijd bekend is en "
      "dat bewoners de regels niet kennen. " + EV10 + " Het COA herziet de werkinstructie vóór 1 juni 2026, laat "
      "deze vertalen in de tien meest gesproken talen op de locaties en maakt er een versie van voor kinderen; de "
      "naleving wordt onderdeel van de interne audits van het COA.",
      answers=(Answer("10", "agree", EV10),)),

    H("Gezondheid", 2),
    P("De medische zorg voor asielzoekers is geregeld via de Regeling Medische zorg Asielzoekers. Kinderen in de "
      "opvang hebben toegang tot de huisarts via de Gezondheidszorg Asielzoekers en tot de jeugdgezondheidszorg van "
      "de GGD's. Voor kinderen in crisisnoodopvang maakt de gemeente afspraken met de regionale GGD."),
    P("De Kinderombudsman vraagt ervoor te zorgen dat ieder kind binnen twee weken na aankomst een intake van de "
      "jeugdgezondheidszorg krijgt, ook in crisisnoodopvang. " + EV11 + " Het COA meldt nieuwe kinderen daarvoor "
      "vanaf 1 april 2026 op de dag van aankomst aan bij de GGD; voor de crisisnoodopvang doen gemeenten dat.",
      answers=(Answer("11", "agree", EV11),)),
    P("De twaalfde aanbeveling, over tijdige psychische hulp die doorloopt bij een verhuizing, is gericht aan de "
      "minister van Volksgezondheid, Welzijn en Sport. De toegang tot de jeugd-ggz maakt deel uit van de bredere "
      "aanpak van de wachttijden in de jeugdzorg. De minister van VWS stuurt uw Kamer hierover voor de zomer een "
      "eigen reactie."),

    H("Spelen en vrije tijd", 2),
    P("De Kinderombudsman beveelt het COA en gemeenten aan om op iedere locatie te zorgen voor een veilige "
      "buitenspeelplek en een binnenruimte om te spelen en huiswerk te maken. Het COA werkt bij het inrichten van "
      "locaties met een programma van eisen waarin een speelvoorziening is opgenomen. Op de reguliere azc's is een "
      "buitenspeelplek aanwezig, en op de meeste locaties ook een ruimte voor activiteiten met kinderen en een "
      "stilteruimte die kinderen voor hun huiswerk kunnen gebruiken."),
    P("Op noodopvanglocaties kijkt het COA per locatie wat het gebouw en het terrein mogelijk maken. Het COA werkt "
      "daarbij samen met stichtingen en vrijwilligersorganisaties die op veel locaties creatieve activiteiten met "
      "kinderen organiseren en spelmateriaal en begeleiding leveren. Op de crisisnoodopvanglocaties is de gemeente "
      "verantwoordelijk voor de inrichting; het COA adviseert gemeenten daarover via de handreiking "
      "crisisnoodopvang, waarin een hoofdstuk over kinderen is opgenomen."),
    P("De Kinderombudsman vraagt het COA ook om kinderen lid te laten worden van een sportvereniging en zwemles te "
      "laten volgen, en de kosten daarvan te vergoeden. " + EV14 + " Vanaf 1 september 2026 vergoedt het COA voor "
      "ieder kind in de opvang de contributie van één sportvereniging en zwemlessen tot en met het zwemdiploma B; "
      "ik stel daarvoor jaarlijks € 6,5 miljoen beschikbaar.",
      answers=(Answer("14", "agree", EV14),)),

    H("Kinderen betrekken bij besluiten", 2),
    P("De laatste twee aanbevelingen gaan over de stem van kinderen in de opvang. " + EV16 + " " + EV15 + " Over "
      "het openbaar maken van zo'n toets beslis ik als dat onderzoek is afgerond.",
      answers=(Answer("16", "agree", EV16), Answer("15", "partial", EV15))),

    H("Tot slot", 2),
    P("Het rapport van de Kinderombudsman maakt duidelijk dat het belang van het kind bij besluiten over de opvang "
      "beter zichtbaar moet worden. Het kabinet neemt dat ter harte. De minister van OCW en ik zullen uw Kamer over "
      "de voortgang van de toegezegde maatregelen informeren in de halfjaarlijkse voortgangsbrief over de "
      "asielopvang, voor het eerst in oktober 2026."),
    P("De staatssecretaris van Asiel en Migratie,"),
    P("M.A. de Ruiter"),
    P("De minister van Onderwijs, Cultuur en Wetenschap,"),
    P("J.H. Verbeek"),
)

RESPONSE = Document(
    title="Ministerie van Asiel en Migratie",
    subtitle="Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n"
             "Datum 3 maart 2026\n"
             "Kenmerk 6482917\n"
             "Betreft Reactie op het rapport ‘Nergens echt thuis’ van de Kinderombudsman",
    blocks=RESPONSE_BLOCKS,
    running_header="Reactie op het rapport ‘Nergens echt thuis’ van de Kinderombudsman",
    footer="Pagina {page} van {pages}",
    title_page=False,
    font_family="sans",
    font_size=10.5,
)

PAIR = Pair(
    name="childrens_ombudsman_asylum",
    report=REPORT,
    response=RESPONSE,
    description="Kinderombudsman-style report on children in asylum reception (16 recommendations in the summary, "
                "repeated per theme in a closing chapter) and the staatssecretaris' letter, co-signed by OCW.",
)
