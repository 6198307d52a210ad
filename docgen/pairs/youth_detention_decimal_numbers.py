"""Pair: a fictional Inspectie Rechtspleging en Veiligheid report on aftercare for young people leaving a justitiële
jeugdinrichting ("Na de poort"), and the staatssecretaris' beleidsreactie that answers it per chapter.

Layout traits this pair tests: a serif report with a title page and a running header, chapters and sections with
decimal numbers ("3 Voorbereiding op vertrek", "3.1 Het perspectiefplan"), a lettered list of research questions, a
bulleted list of parties and a numbered "1." list of norms (none of them recommendations), footnotes and an annex
table.  The fourteen recommendations sit in a final section "Aanbevelingen" of each findings chapter 3-6 and carry
DECIMAL chapter numbers printed as list labels "3.1", "3.2", "4.1" ... (the renderer prints the number itself as the
label; the API has no labelled paragraphs).  Those labels collide on purpose with the section numbers of the same
chapter: section "3.2 Het trajectberaad" is not recommendation 3.2 (which asks to involve parents).  Chapter 3 has
one list with the addressee at the start of each item, chapters 4 and 6 group one-item or two-item lists under bold
lead-ins per addressee ("Aan de gemeenten:"), chapter 5 has declarative items ("De jeugdinrichtingen zorgen ...").

The response is a sans letter (no title page, running header) with level-2 headings "Hoofdstuk 3: Voorbereiding op
vertrek" ... "Hoofdstuk 6: ...".  Answers cite numbers in parentheses "(3.1)", as "aanbevelingen 6.1 en 6.2", or
answer by subject only; one context paragraph refers to "paragraaf 3.2 van het rapport" (a section, no position).
Gold positions:
  3.1 (DJI, JenV) agree: "neem ik deze aanbeveling over", with a date.
  3.2 (jeugdinrichtingen, OTHER) not addressed: never mentioned.
  3.3 (staatssecretaris, JenV) disagree: "Een wettelijke plicht acht ik niet nodig." after agreeing with the analysis.
  3.4 (DJI, JenV) agree: by subject only, "onderschrijf" plus hours and a date.
  4.1 (gemeenten, GEMEENTEN) not addressed: passed on to the gemeenten via the VNG without a position.
  4.2 (staatssecretaris with VWS, JenV+VWS) partial: no national network now, only a pilot in three regions.
  4.3 (Raad voor de Kinderbescherming, JenV) agree without cue word: by subject only, a committed measure with a date.
  5.1 (jeugdinrichtingen, OTHER) partial: certificates yes, enrolment guarantee no.
  5.2 (DJI, JenV) agree without cue word: money (1,4 miljoen per jaar) and a date.
  5.3 (gemeenten, GEMEENTEN) not addressed: only a paragraph describing the existing programme "Koers en Kansen".
  6.1 (staatssecretaris and gemeenten, JenV+GEMEENTEN) disagree: "acht ik niet opportuun", in one paragraph with 6.2.
  6.2 (staatssecretaris, JenV) agree: "neem ik wel over" (same paragraph as 6.1).
  6.3 (staatssecretaris, JenV) disagree: a reporting duty "past niet bij" the decentralised system.
  6.4 (DJI and Raad, JenV) partial: no yearly monitor promised, only a WODC exploration.
The report runs to 15 pages, the letter to 4; the 6.3 paragraph (and its evidence sentence) runs across the page
break between pages 3 and 4 of the letter.  All prose is fictional and written for this test set.
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


def lead(text: str) -> Paragraph:
    return Paragraph(text, bold=True)


def bullets(*texts: str) -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style="•")


def recs(*items: tuple[str, str, tuple[str, ...]]) -> ItemList:
    """A list of recommendations; the decimal number ("3.1") is printed as the label."""
    return ItemList(
        items=tuple(ListItem(text, recommendation=Recommendation(number, tuple(depts)))
                    for number, text, depts in items),
        style="1.",
    )


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H("Voorwoord"),
    P("Wie een justitiële jeugdinrichting verlaat, staat op de dag van vertrek letterlijk buiten de poort. Voor de een "
      "wacht daar een ouder met de auto, voor de ander niemand. Wat er in de weken en maanden daarna gebeurt, bepaalt "
      "in belangrijke mate of een jongere een nieuwe start kan maken of opnieuw in aanraking komt met politie en "
      "justitie."),
    P("De Inspectie Rechtspleging en Veiligheid heeft in 2024 onderzocht hoe de nazorg voor deze jongeren is "
      "georganiseerd en of de afspraken die daarover zijn gemaakt in de praktijk worden nagekomen. Wij hebben daarvoor "
      "96 dossiers bestudeerd en gesproken met jongeren, ouders, medewerkers van inrichtingen, gemeenten, de "
      "jeugdreclassering en de Raad voor de Kinderbescherming. Ik dank allen die hun ervaringen met ons deelden, in "
      "het bijzonder de jongeren die ons vertelden hoe zij hun vertrek hebben beleefd."),
    P("Het beeld is wisselend. Binnen de muren van de inrichtingen wordt veel en goed werk verricht, vaak door "
      "medewerkers die meer doen dan hun taak. Maar de overgang naar buiten is kwetsbaar, en te vaak hangt het van "
      "toeval af of een jongere bij vertrek een dak boven het hoofd, een school en iemand heeft die helpt. Dat kan en "
      "moet beter, en daarvoor is niet in de eerste plaats meer geld nodig, maar vooral duidelijkheid over wie wat "
      "doet en wanneer."),
    P("mr. A.C. de Wilde-Brouwer, inspecteur-generaal"),
    PageBreak(),
    H("Samenvatting"),
    P("Jaarlijks verlaten ongeveer achthonderd jongeren een justitiële jeugdinrichting. Het merendeel van hen "
      "verbleef er korter dan drie maanden in voorlopige hechtenis; een kleinere groep verbleef er langer, voor de "
      "tenuitvoerlegging van jeugddetentie of een maatregel tot plaatsing in een inrichting voor jeugdigen (PIJ). "
      "Voor al deze jongeren geldt dat de periode direct na vertrek bepalend is: de kans op terugval is in de eerste "
      "maanden het grootst."),
    P("De inspectie onderzocht hoe de voorbereiding op het vertrek verloopt, waar jongeren na vertrek gaan wonen, hoe "
      "onderwijs en werk na vertrek aansluiten op wat in de inrichting is bereikt en wie de regie voert over het "
      "geheel. Het onderzoek omvatte vier jeugdinrichtingen en twaalf gemeenten van bestemming."),
    P("De voorbereiding op vertrek begint in veel dossiers te laat. Het trajectberaad, waarin de inrichting, de "
      "gemeente en de jeugdreclassering de nazorg afstemmen, vond in bijna een derde van de dossiers pas in de laatste "
      "week voor vertrek plaats, en bij een onverwacht vertrek vaak helemaal niet. Ouders worden wel geïnformeerd, "
      "maar zelden betrokken bij de plannen. Een op de vijf jongeren verliet de inrichting zonder dat vaststond waar "
      "hij of zij de eerste nacht zou slapen."),
    P("Binnen de inrichting volgen vrijwel alle jongeren onderwijs, maar behaalde certificaten en het onderwijsdossier "
      "gaan bij vertrek geregeld verloren. De overstap naar een school of werkgever buiten is zelden geregeld. Een "
      "aanzienlijk deel van de jongeren had bij vertrek geen geldig identiteitsbewijs, waardoor ook een uitkering, "
      "een bankrekening of een huurcontract uitbleef."),
    P("De belangrijkste oorzaak is dat niemand de regie over het geheel heeft. Iedere partij doet haar deel, maar de "
      "delen sluiten niet op elkaar aan, en gegevens worden uit onzekerheid over de privacyregels niet of te laat "
      "gedeeld. Niemand weet bovendien hoe het jongeren na vertrek vergaat."),
    P("De inspectie doet veertien aanbevelingen. Zij zijn gericht aan de staatssecretaris van Justitie en Veiligheid, "
      "de Dienst Justitiële Inrichtingen (DJI), de gemeenten, de Raad voor de Kinderbescherming en de "
      "jeugdinrichtingen, en staan aan het eind van de hoofdstukken 3 tot en met 6."),
    PageBreak(),
    H("1 Inleiding"),
    H2("1.1 Aanleiding"),
    P("In 2021 bracht de inspectie een rapport uit over het dagprogramma in de justitiële jeugdinrichtingen. Daarin "
      "stelde zij vast dat de inrichtingen veel investeren in onderwijs en behandeling, maar dat de opbrengst daarvan "
      "na vertrek onzeker is. Sindsdien bereikten de inspectie signalen van gemeenten en van de jeugdreclassering dat "
      "jongeren kort na vertrek 'uit beeld' raken: zij zijn niet te bereiken, komen niet op school en blijken "
      "enkele maanden later opnieuw verdachte van een strafbaar feit.",
      footnotes=("Inspectie Rechtspleging en Veiligheid, Een dag in de inrichting. Onderzoek naar het dagprogramma in "
                 "justitiële jeugdinrichtingen, Den Haag, 2021.",)),
    P("Ook in de Tweede Kamer is aandacht gevraagd voor de nazorg. Tijdens het commissiedebat over het "
      "justitiële jeugdbeleid in het voorjaar van 2023 werd gevraagd hoe vaak jongeren de inrichting verlaten zonder "
      "woonplek. Op die vraag bleek geen antwoord te geven, omdat die gegevens nergens worden bijgehouden. De "
      "inspectie heeft het onderzoek daarop opgenomen in haar werkprogramma voor 2024."),
    H2("1.2 Doel en onderzoeksvragen"),
    P("Het doel van het onderzoek is na te gaan of jongeren die een justitiële jeugdinrichting verlaten de nazorg "
      "krijgen die nodig is voor een goede terugkeer in de samenleving, en welke verbeteringen daarvoor nodig zijn. "
      "De centrale vraag luidt: in hoeverre zorgen de betrokken partijen er samen voor dat jongeren bij en na hun "
      "vertrek uit een justitiële jeugdinrichting beschikken over onderdak, onderwijs of werk, inkomen en "
      "begeleiding? Deze vraag is uitgewerkt in vier deelvragen:"),
    ItemList(items=(
        ListItem("Hoe worden jongeren in de inrichting voorbereid op hun vertrek, en wie is daarbij betrokken?"),
        ListItem("Beschikken jongeren bij vertrek over een passende verblijfplaats?"),
        ListItem("Sluiten onderwijs, werk en inkomen na vertrek aan op wat de jongere in de inrichting heeft "
                 "bereikt?"),
        ListItem("Wie voert de regie over de nazorg, welke informatie wordt daarvoor gedeeld en wat is bekend over de "
                 "resultaten?"),
    ), style="a."),
    H2("1.3 Werkwijze"),
    P("De inspectie heeft het onderzoek uitgevoerd tussen februari en oktober 2024. Zij maakte daarbij gebruik van de "
      "volgende bronnen:"),
    bullets(
        "een analyse van 96 dossiers van jongeren die in 2023 vertrokken uit een van de vier onderzochte "
        "inrichtingen, waarbij het dossier van de inrichting is vergeleken met dat van de gemeente en de "
        "jeugdreclassering;",
        "gesprekken met 27 jongeren, van wie 19 na hun vertrek, en met 14 ouders;",
        "groepsgesprekken met mentoren, trajectbegeleiders, docenten en leidinggevenden in de vier inrichtingen;",
        "interviews met medewerkers van twaalf gemeenten, vijf gecertificeerde instellingen, drie vestigingen van de "
        "Raad voor de Kinderbescherming en het hoofdkantoor van DJI;",
        "een bestudering van wet- en regelgeving, convenanten en eerdere onderzoeken.",
    ),
    P("De inrichtingen en gemeenten zijn geselecteerd op spreiding over het land en op omvang. De bevindingen zijn "
      "niet zonder meer representatief voor alle inrichtingen, maar de inspectie heeft geen aanwijzingen dat het "
      "beeld elders wezenlijk anders is. Een verantwoording van de dossieranalyse staat in de bijlage."),
    H2("1.4 Leeswijzer"),
    P("Hoofdstuk 2 beschrijft het wettelijk kader, de betrokken partijen en het toetsingskader. De hoofdstukken 3 tot "
      "en met 6 bevatten de bevindingen per thema: de voorbereiding op vertrek, het wonen, onderwijs, werk en "
      "bestaanszekerheid, en de regie en informatie-uitwisseling. Elk van die hoofdstukken sluit af met een conclusie "
      "en met aanbevelingen. De aanbevelingen zijn genummerd naar het hoofdstuk waarin zij staan: aanbeveling 4.2 is "
      "de tweede aanbeveling van hoofdstuk 4. Deze nummers vallen niet samen met de nummers van de paragrafen. "
      "Hoofdstuk 7 bevat een slotbeschouwing."),
    H("2 Kader"),
    H2("2.1 Wettelijk kader"),
    P("De tenuitvoerlegging van vrijheidsbenemende straffen en maatregelen voor jeugdigen is geregeld in de "
      "Beginselenwet justitiële jeugdinrichtingen (Bjj). Op grond van die wet stelt de inrichting voor iedere jongere "
      "een perspectiefplan op, dat mede gericht is op de terugkeer in de samenleving. De wet bepaalt dat de "
      "voorbereiding op de terugkeer zo vroeg mogelijk begint, maar regelt niet wie na vertrek verantwoordelijk is "
      "voor welk onderdeel van de nazorg."),
    P("Gemeenten zijn sinds 2015 op grond van de Jeugdwet verantwoordelijk voor jeugdhulp, jeugdbescherming en "
      "jeugdreclassering, en op grond van de Wet maatschappelijke ondersteuning 2015 voor onder meer beschermd wonen "
      "en maatschappelijke opvang. Voor jongeren van achttien jaar en ouder is daarnaast de Participatiewet van "
      "belang. Een afzonderlijke wettelijke taak voor de nazorg na detentie hebben gemeenten niet; die taak volgt uit "
      "de samenhang van deze wetten en uit afspraken."),
    P("De belangrijkste afspraken staan in het convenant Nazorg jeugd, dat DJI, de Vereniging van Nederlandse "
      "Gemeenten, de Raad voor de Kinderbescherming en de gecertificeerde instellingen in 2019 hebben gesloten. "
      "Daarin is vastgelegd dat voor iedere jongere vóór vertrek een trajectberaad plaatsvindt en dat de nazorg "
      "aandacht besteedt aan vijf leefgebieden: onderdak, onderwijs of werk, inkomen, zorg en een geldig "
      "identiteitsbewijs. Het convenant is geen wet; het bindt de partijen die het hebben ondertekend, maar kent geen "
      "sancties.",
      footnotes=("Convenant Nazorg jeugd tussen DJI, VNG, Raad voor de Kinderbescherming en de gecertificeerde "
                 "instellingen, 14 mei 2019.",)),
    H2("2.2 Betrokken partijen"),
    P("Bij de nazorg voor een jongere die een justitiële jeugdinrichting verlaat, zijn in de regel de volgende "
      "partijen betrokken:"),
    bullets(
        "de Dienst Justitiële Inrichtingen, die de rijksjeugdinrichtingen beheert, plaatsingen regelt en met de "
        "particuliere jeugdinrichtingen afspraken maakt over de uitvoering;",
        "de jeugdinrichting, waar een mentor de jongere dagelijks begeleidt en een trajectbegeleider het contact met "
        "partijen buiten de inrichting onderhoudt;",
        "de Raad voor de Kinderbescherming, die de rechter en de inrichting adviseert en het trajectberaad "
        "voorzit;",
        "de gecertificeerde instelling die de jeugdreclassering uitvoert wanneer de rechter die heeft opgelegd;",
        "de gemeente van bestemming, die verantwoordelijk is voor jeugdhulp, onderdak, onderwijsbegeleiding via "
        "de leerplichtambtenaar en het RMC, en inkomensondersteuning.",
    ),
    P("Daarnaast spelen scholen, werkgevers, woningcorporaties en zorgaanbieders een rol, maar zij zijn geen partij "
      "bij het convenant en zijn in dit onderzoek alleen zijdelings betrokken."),
    H2("2.3 Toetsingskader"),
    P("De inspectie heeft de bevindingen getoetst aan het volgende kader, dat zij heeft afgeleid uit de wet, het "
      "convenant en de richtlijnen van DJI:"),
    ItemList(items=(
        ListItem("De voorbereiding op vertrek begint bij binnenkomst en is vastgelegd in het perspectiefplan."),
        ListItem("De jongere en zijn of haar ouders of netwerk zijn betrokken bij de plannen voor na vertrek."),
        ListItem("Iedere jongere beschikt bij vertrek over een passende verblijfplaats."),
        ListItem("Onderwijs of werk na vertrek sluit aan op het traject in de inrichting."),
        ListItem("Iedere jongere beschikt bij vertrek over een identiteitsbewijs en, waar van toepassing, over "
                 "inkomen en een zorgverzekering."),
        ListItem("Er is één partij die het overzicht heeft en de regie voert, en informatie wordt tijdig gedeeld."),
    ), style="1."),
    PageBreak(),
    H("3 Voorbereiding op vertrek"),
    H2("3.1 Het perspectiefplan"),
    P("Alle 96 onderzochte dossiers bevatten een perspectiefplan. In 71 dossiers werd het plan binnen de termijn van "
      "zes weken na binnenkomst vastgesteld. De kwaliteit verschilt sterk. In de beste plannen staat per leefgebied "
      "wat de jongere wil bereiken, wat daarvoor in de inrichting gebeurt en wat er na vertrek moet zijn geregeld. In "
      "ongeveer de helft van de plannen ontbreekt dat laatste deel of bestaat het uit een algemene zin als 'nazorg "
      "via de gemeente'."),
    P("Voor jongeren in voorlopige hechtenis is de voorbereiding op vertrek het lastigst. Hun verblijfsduur is "
      "onzeker: de rechter kan de voorlopige hechtenis op korte termijn schorsen, en dan staat de jongere soms "
      "dezelfde dag buiten. Medewerkers vertelden de inspectie dat zij bij deze jongeren 'eigenlijk altijd te laat' "
      "zijn. In 23 van de 41 dossiers van jongeren in voorlopige hechtenis was bij vertrek geen enkele afspraak over "
      "de nazorg vastgelegd."),
    H2("3.2 Het trajectberaad"),
    P("Het convenant schrijft voor dat vóór vertrek een trajectberaad plaatsvindt, waarin de inrichting, de Raad, de "
      "jeugdreclassering en de gemeente de nazorg afstemmen. Een termijn noemt het convenant niet. In 31 van de 96 "
      "dossiers vond het trajectberaad pas in de laatste week voor vertrek plaats, in 9 dossiers helemaal niet. Bij "
      "een onverwacht vertrek werd het trajectberaad in geen enkel dossier achteraf alsnog gehouden."),
    P("Gemeenten gaven aan dat een trajectberaad kort voor vertrek weinig oplevert: 'Dan hoor ik op vrijdag dat een "
      "jongen maandag thuiskomt, en dan moet ik in twee dagen een woonplek, een school en een uitkering regelen. Dat "
      "lukt niet.' De jongere zelf was in 38 dossiers niet bij het trajectberaad aanwezig."),
    H2("3.3 Betrokkenheid van ouders en netwerk"),
    P("De meeste jongeren keren na vertrek terug naar hun ouders of naar een ander familielid. Toch zijn ouders in "
      "de voorbereiding op vertrek weinig in beeld. In 62 dossiers werden ouders geïnformeerd over de datum van "
      "vertrek, maar in slechts 17 dossiers waren zij betrokken bij het opstellen of bijstellen van het "
      "perspectiefplan. Ouders die de inspectie sprak, voelden zich vooral toeschouwer. Een moeder zei: 'Ze vertelden "
      "me wat er was besloten. Niemand vroeg wat ik thuis aankon.'"),
    P("Medewerkers van de inrichtingen erkennen het belang van het netwerk, maar wijzen op praktische bezwaren: "
      "ouders wonen ver weg, zijn moeilijk bereikbaar of willen geen contact. Dat laatste komt voor, maar werd in de "
      "dossiers zelden vastgelegd; in de meeste dossiers staat eenvoudigweg niets over de rol van ouders."),
    H2("3.4 Contact met de inrichting na vertrek"),
    P("Veel jongeren bouwen in de inrichting een band op met hun mentor. Na vertrek houdt dat contact abrupt op: de "
      "mentor heeft geen tijd en geen opdracht om de jongere buiten te blijven volgen. Negen van de negentien "
      "jongeren die de inspectie na vertrek sprak, noemden juist het wegvallen van dat contact als het moeilijkste "
      "van de eerste weken. In twee inrichtingen houden mentoren op eigen initiatief nog enige tijd contact, soms via "
      "hun eigen telefoon."),
    H2("3.5 Conclusie"),
    P("De voorbereiding op vertrek is in de regels goed geregeld, maar in de praktijk begint zij te laat en is zij te "
      "veel een zaak van de inrichting alleen. Het trajectberaad komt vaak te laat om nog iets te regelen, ouders "
      "worden geïnformeerd in plaats van betrokken, en bij een onverwacht vertrek valt de voorbereiding weg. Omdat de "
      "verantwoordelijkheid van de gemeente van bestemming nergens is vastgelegd, is niet afdwingbaar dat er bij "
      "vertrek een plan ligt. De inspectie toetst dit hoofdstuk aan de normen 1 en 2 van het toetsingskader en stelt "
      "vast dat aan beide onvoldoende wordt voldaan."),
    H2("3.6 Aanbevelingen"),
    P("Op grond van de bevindingen in dit hoofdstuk doet de inspectie de volgende aanbevelingen."),
    recs(
        ("3.1", "Aan de Dienst Justitiële Inrichtingen: zorg ervoor dat voor iedere jongere uiterlijk zes weken vóór "
                "de verwachte vertrekdatum een trajectberaad plaatsvindt, waaraan in elk geval de gemeente van "
                "bestemming, de jeugdreclassering en de jongere zelf deelnemen. Vindt het vertrek onverwacht "
                "plaats, zoals na schorsing van de voorlopige hechtenis, houd het trajectberaad dan binnen vijf "
                "werkdagen na vertrek.", ("JenV",)),
        ("3.2", "Aan de jeugdinrichtingen: betrek ouders of andere belangrijke personen uit het netwerk van de "
                "jongere vanaf de eerste weken van het verblijf bij het opstellen en bijstellen van het "
                "perspectiefplan, en leg vast waarom dat niet is gebeurd wanneer de jongere of de situatie dat "
                "onmogelijk maakt.", ("OTHER",)),
        ("3.3", "Aan de staatssecretaris van Justitie en Veiligheid: leg wettelijk vast dat de gemeente van "
                "bestemming uiterlijk op de dag van vertrek een nazorgplan heeft opgesteld voor iedere jongere die een "
                "justitiële jeugdinrichting verlaat, en dat dit plan ten minste onderdak, onderwijs of werk, inkomen "
                "en zorg omvat.", ("JenV",)),
        ("3.4", "Aan de Dienst Justitiële Inrichtingen: zorg ervoor dat de mentor uit de inrichting gedurende ten "
                "minste drie maanden na vertrek bereikbaar blijft voor de jongere, de ouders en de gemeente, en maak "
                "daarvoor tijd vrij in de formatie van de inrichtingen.", ("JenV",)),
    ),
    PageBreak(),
    H("4 Wonen na vertrek"),
    H2("4.1 Waar jongeren na vertrek verblijven"),
    P("Van de 96 jongeren keerden er 58 na vertrek terug naar het ouderlijk huis of naar familie. Vijftien gingen naar "
      "een jeugdhulpvoorziening met verblijf, vier naar een vorm van begeleid wonen. Bij negentien jongeren, een op de "
      "vijf, stond op de dag van vertrek niet vast waar zij zouden verblijven. Zeven van hen sliepen de eerste nacht "
      "bij vrienden, drie in een nachtopvang; van de overige negen is niet bekend waar zij terechtkwamen."),
    P("Ook waar een verblijfplaats wel vaststond, was die niet altijd passend. In elf dossiers keerde een jongere "
      "terug naar een thuissituatie die in het perspectiefplan zelf als risicovol was beschreven, omdat er geen "
      "alternatief beschikbaar was. Gemeenten wezen erop dat zij vaak pas in een laat stadium horen dat een jongere "
      "niet naar huis kan. De vraag wie in dat geval een plek zoekt, de gemeente, de jeugdreclassering of de "
      "inrichting, wordt in de praktijk per geval beantwoord."),
    H2("4.2 Begeleide woonplekken"),
    P("Voor jongeren die niet naar huis kunnen en nog niet zelfstandig kunnen wonen, is een begeleide woonplek vaak "
      "de meest passende oplossing: een kamer met begeleiding op afroep, soms in een kleine groep. Het aanbod "
      "daarvan is beperkt en ongelijk verdeeld. Van de twaalf onderzochte gemeenten hadden er vier toegang tot "
      "begeleide woonplekken voor deze doelgroep, met wachttijden van drie tot negen maanden. Aanbieders zijn "
      "terughoudend om jongeren met een justitiële achtergrond op te nemen."),
    P("De financiering vormt een bijkomend knelpunt. Een begeleide woonplek wordt gefinancierd door de gemeente "
      "waar de jongere vóór de plaatsing woonde. Wanneer een jongere juist niet naar die gemeente terug kan of wil, "
      "bijvoorbeeld vanwege een slachtoffer of een criminele omgeving, ontstaat discussie over wie betaalt. De "
      "inspectie trof drie dossiers aan waarin een beschikbare plek om die reden verloren ging.",
      footnotes=("Dit knelpunt is ook beschreven in het rapport van de Kinderombudsman over jongeren die tussen wal "
                 "en schip vallen (2022), dat hier niet verder wordt besproken.",)),
    H2("4.3 De rol van de Raad voor de Kinderbescherming"),
    P("De Raad adviseert in het trajectberaad over de terugkeer van de jongere. In de onderzochte adviezen stond de "
      "woonsituatie na vertrek zelden centraal: in 64 van de 87 adviezen werd zij niet of alleen in een enkele zin "
      "genoemd. Een huisbezoek vóór de terugkeer naar huis legde de Raad in vijf dossiers af. Raadsonderzoekers "
      "gaven aan dat zij in de vertrekfase weinig tijd hebben en dat een huisbezoek niet tot de vaste werkwijze "
      "behoort."),
    H2("4.4 Conclusie"),
    P("Een op de vijf jongeren verlaat de inrichting zonder vaste verblijfplaats, en een deel van de overige jongeren "
      "keert terug naar een situatie waarvan bekend is dat zij risicovol is. Niet vastgelegd is wie vóór vertrek "
      "moet zorgen voor een plek. Begeleide woonplekken zijn schaars, de financiering ervan hangt af van de gemeente "
      "van herkomst, en de Raad betrekt de woonsituatie nauwelijks in zijn advies. Norm 3 van het toetsingskader "
      "wordt daarmee niet gehaald."),
    H2("4.5 Aanbevelingen"),
    lead("Aan de gemeenten:"),
    recs(
        ("4.1", "Zorg ervoor dat iedere jongere uit uw gemeente die een justitiële jeugdinrichting verlaat, op de dag "
                "van vertrek beschikt over een passende verblijfplaats, en leg vóór het trajectberaad vast wie "
                "daarvoor verantwoordelijk is.", ("GEMEENTEN",)),
    ),
    lead("Aan de staatssecretaris van Justitie en Veiligheid:"),
    recs(
        ("4.2", "Realiseer, samen met de staatssecretaris van Jeugd, Preventie en Sport, binnen twee jaar in iedere "
                "jeugdregio voldoende begeleide woonplekken voor jongeren die na vertrek niet naar huis kunnen "
                "terugkeren en nog niet zelfstandig kunnen wonen, en zorg voor een financiering die niet afhankelijk "
                "is van de gemeente van herkomst.", ("JenV", "VWS")),
    ),
    lead("Aan de Raad voor de Kinderbescherming:"),
    recs(
        ("4.3", "Betrek in ieder advies over de vertrekfase de woonsituatie waarnaar de jongere terugkeert, en leg "
                "bij een terugkeer naar het ouderlijk huis vooraf een huisbezoek af.", ("JenV",)),
    ),
    PageBreak(),
    H("5 Onderwijs, werk en bestaanszekerheid"),
    H2("5.1 Onderwijs in de inrichting"),
    P("Alle vier de inrichtingen hebben een eigen school, en vrijwel alle jongeren volgen daar onderwijs. Voor "
      "jongeren die langer verblijven, is het onderwijs gericht op een diploma of op (deel)certificaten in het "
      "beroepsonderwijs, zoals een heftruckcertificaat of een certificaat basisveiligheid. In de 55 dossiers van "
      "jongeren die langer dan drie maanden verbleven, behaalden 34 jongeren ten minste één certificaat."),
    P("Bij vertrek gaat die opbrengst geregeld verloren. In 14 van die 34 dossiers was niet na te gaan of de jongere "
      "het certificaat had meegekregen, en het onderwijsdossier werd in minder dan de helft van de gevallen "
      "overgedragen aan de school waar de jongere na vertrek naartoe ging. Jongeren vertelden dat zij op hun nieuwe "
      "school 'weer van voren af aan' moesten beginnen."),
    H2("5.2 De overstap naar school of werk"),
    P("Van de 96 jongeren waren er 61 bij vertrek leerplichtig of kwalificatieplichtig. Voor 22 van hen stond bij "
      "vertrek vast op welke school of opleiding zij zouden beginnen. De leerplichtambtenaar of de RMC-functionaris "
      "van de gemeente van bestemming was in 12 dossiers vóór vertrek betrokken. Gemeenten gaven aan dat zij vaak "
      "niet weten dat een jongere terugkeert, en dat scholen terughoudend zijn om midden in het schooljaar een "
      "leerling met een justitiële achtergrond in te schrijven."),
    P("Voor oudere jongeren is werk vaak belangrijker dan school. De inrichtingen werken samen met enkele "
      "werkgevers die stageplaatsen of banen aanbieden, maar die samenwerking is kleinschalig en afhankelijk van "
      "individuele contacten. Zes jongeren hadden bij vertrek een baan of een leerwerkplek."),
    H2("5.3 Identiteitsbewijs, bankrekening en zorgverzekering"),
    P("Zonder identiteitsbewijs kan een jongere geen uitkering aanvragen, geen bankrekening openen, geen "
      "huurcontract tekenen en niet beginnen aan een baan. Van de 96 jongeren hadden er 29 bij vertrek geen geldig "
      "identiteitsbewijs. Bij 18 jongeren van achttien jaar of ouder ontbrak een zorgverzekering of was onduidelijk of "
      "die er was. Het aanvragen van deze documenten vanuit de inrichting is omslachtig: de jongere moet voor een "
      "identiteitskaart bij de gemeente verschijnen, en de kosten worden niet altijd vergoed."),
    P("Twee inrichtingen hebben afspraken gemaakt met de gemeente waarin zij staan, zodat een medewerker van die "
      "gemeente periodiek in de inrichting een aanvraag komt opnemen. Die afspraak werkt goed, maar geldt alleen "
      "voor jongeren uit die gemeente."),
    H2("5.4 Conclusie"),
    P("Het onderwijs in de inrichtingen levert jongeren iets op, maar die opbrengst wordt bij vertrek onvoldoende "
      "vastgehouden. De overstap naar school of werk is voor een minderheid geregeld, en de leerplichtambtenaar of "
      "RMC-functionaris komt meestal pas na vertrek in beeld. Te veel jongeren missen bij vertrek de basis: een "
      "identiteitsbewijs, een bankrekening en een zorgverzekering. De normen 4 en 5 van het toetsingskader worden "
      "niet gehaald."),
    H2("5.5 Aanbevelingen"),
    P("De inspectie doet naar aanleiding van dit hoofdstuk de volgende aanbevelingen."),
    recs(
        ("5.1", "De jeugdinrichtingen zorgen ervoor dat iedere jongere bij vertrek de behaalde (deel)certificaten en "
                "een overzicht van het onderwijsdossier meekrijgt en dat hij of zij bij vertrek is ingeschreven bij "
                "een school, een opleiding of een werkgever.", ("OTHER",)),
        ("5.2", "De Dienst Justitiële Inrichtingen zorgt ervoor dat iedere jongere die langer dan drie maanden in een "
                "inrichting verblijft, bij vertrek beschikt over een geldig identiteitsbewijs, een eigen "
                "betaalrekening en een zorgverzekering.", ("JenV",)),
        ("5.3", "De gemeenten zorgen ervoor dat de leerplichtambtenaar of de RMC-functionaris van de gemeente van "
                "bestemming uiterlijk twee weken vóór vertrek contact heeft met de jongere en met de school of "
                "opleiding waar hij of zij na vertrek naartoe gaat.", ("GEMEENTEN",)),
    ),
    PageBreak(),
    H("6 Regie en informatie-uitwisseling"),
    H2("6.1 Wie voert de regie?"),
    P("Op de vraag wie verantwoordelijk is voor de nazorg van een jongere, kreeg de inspectie van iedere partij een "
      "ander antwoord. De inrichting ziet haar taak eindigen bij de poort. De jeugdreclassering begeleidt de jongere "
      "wanneer de rechter dat heeft opgelegd, maar dat geldt voor ongeveer de helft van de jongeren, en richt zich op "
      "de voorwaarden van de rechter. De gemeente heeft geen vaste contactpersoon voor deze jongeren; in zeven van de "
      "twaalf gemeenten was onduidelijk welke afdeling het trajectberaad bijwoonde."),
    P("Het convenant Nazorg jeugd wijst geen partij aan die de regie voert. Een enkele gemeente heeft zelf een "
      "vaste regisseur aangesteld voor jongeren die terugkeren uit detentie. In die gemeente stond bij alle "
      "onderzochte jongeren bij vertrek een woonplek vast en waren leerplicht en inkomen geregeld. Dat is een kleine "
      "steekproef, maar het verschil met de andere gemeenten is opvallend."),
    H2("6.2 Informatie-uitwisseling"),
    P("Voor goede nazorg moeten de inrichting, de Raad, de jeugdreclassering en de gemeente informatie over de "
      "jongere met elkaar delen. In de praktijk gebeurt dat terughoudend. Medewerkers van inrichtingen en gemeenten "
      "zijn onzeker over wat zij op grond van de Algemene verordening gegevensbescherming mogen delen, en kiezen in "
      "geval van twijfel voor niet delen. De Bjj en de Jeugdwet bevatten elk een grondslag voor gegevensverwerking, "
      "maar die sluiten niet op elkaar aan. Het gevolg is dat de gemeente in 40 dossiers geen perspectiefplan had "
      "ontvangen, en dat de inrichting in de meeste gevallen niet wist of de afspraken uit het trajectberaad na "
      "vertrek waren nagekomen."),
    H2("6.3 Zicht op resultaten"),
    P("Niemand houdt bij hoe het jongeren na vertrek vergaat. DJI registreert de vertrekdatum en de bestemming voor "
      "zover die bekend is; gemeenten registreren de jeugdhulp die zij inzetten, maar niet of een jongere uit een "
      "inrichting komt. Recidivecijfers van het WODC verschijnen met een vertraging van enkele jaren en zeggen niets "
      "over onderdak, onderwijs of inkomen. Daardoor is niet bekend of de nazorg werkt, en kunnen partijen niet van "
      "elkaar leren."),
    H2("6.4 Conclusie"),
    P("De nazorg valt uiteen in afzonderlijke taken van afzonderlijke partijen, zonder dat iemand het geheel "
      "overziet. Onzekerheid over de privacyregels leidt ertoe dat informatie te laat of niet wordt gedeeld, en er "
      "is geen zicht op de resultaten. Norm 6 van het toetsingskader wordt niet gehaald. De inspectie ziet in het "
      "ontbreken van regie de belangrijkste oorzaak van de tekortkomingen die in de hoofdstukken 3 tot en met 5 zijn "
      "beschreven."),
    H2("6.5 Aanbevelingen"),
    lead("Aan de staatssecretaris van Justitie en Veiligheid en de gemeenten:"),
    recs(
        ("6.1", "Wijs voor iedere jongere één casusregisseur aan die vanaf de binnenkomst in de inrichting tot ten "
                "minste een jaar na vertrek verantwoordelijk is voor de samenhang van het nazorgtraject, en leg deze "
                "rol vast in het convenant Nazorg jeugd.", ("JenV", "GEMEENTEN")),
    ),
    lead("Aan de staatssecretaris van Justitie en Veiligheid:"),
    recs(
        ("6.2", "Creëer een uitdrukkelijke wettelijke grondslag voor de uitwisseling van persoonsgegevens over de "
                "nazorg tussen DJI, de jeugdinrichtingen, de Raad voor de Kinderbescherming, de jeugdreclassering "
                "en de gemeente van bestemming.", ("JenV",)),
        ("6.3", "Verplicht gemeenten om jaarlijks aan het Rijk te rapporteren over het aantal jongeren dat een half "
                "jaar na vertrek uit een justitiële jeugdinrichting beschikt over onderdak, onderwijs of werk, "
                "inkomen en zorg.", ("JenV",)),
    ),
    lead("Aan de Dienst Justitiële Inrichtingen en de Raad voor de Kinderbescherming:"),
    recs(
        ("6.4", "Breng gezamenlijk ieder jaar in beeld hoe het jongeren een half jaar en een jaar na vertrek vergaat "
                "op de vijf leefgebieden van het convenant Nazorg jeugd, en maak die gegevens openbaar.", ("JenV",)),
    ),
    PageBreak(),
    H("7 Slotbeschouwing"),
    P("De nazorg voor jongeren die een justitiële jeugdinrichting verlaten, is geen onbekend onderwerp. Het convenant "
      "Nazorg jeugd bestaat sinds 2019, en alle partijen die de inspectie sprak, onderschrijven het belang ervan. Toch "
      "blijkt uit dit onderzoek dat de afspraken in de praktijk te vaak niet worden nagekomen. Dat ligt zelden aan de "
      "inzet van individuele medewerkers. Het ligt aan een stelsel waarin iedereen een deel van de "
      "verantwoordelijkheid heeft en niemand het geheel."),
    P("De aanbevelingen in dit rapport zijn daarom voor een groot deel gericht op het vastleggen van wie wat doet en "
      "wanneer: een trajectberaad op tijd, een plan bij vertrek, een plek om te slapen, een regisseur en informatie "
      "die mag worden gedeeld. Een deel daarvan kan binnen de bestaande afspraken worden gerealiseerd; voor een ander "
      "deel is een wettelijke basis nodig. De inspectie realiseert zich dat de verantwoordelijkheid voor jeugdhulp en "
      "onderdak sinds 2015 bij gemeenten ligt, en dat het Rijk daarin terughoudend wil zijn. Maar juist voor deze "
      "kleine en kwetsbare groep, die vaak tussen gemeenten en tussen stelsels in valt, vraagt zij het Rijk een "
      "duidelijkere rol te nemen."),
    P("De inspectie zal over twee jaar nagaan wat er met de aanbevelingen is gedaan. Zij zal daarbij opnieuw "
      "dossiers bestuderen en met jongeren spreken, omdat uiteindelijk hun ervaring de maat is voor de kwaliteit van "
      "de nazorg."),
    H("Bijlage Verantwoording van de dossieranalyse"),
    P("Voor de dossieranalyse heeft de inspectie in elk van de vier inrichtingen een aselecte steekproef getrokken "
      "uit de jongeren die in 2023 zijn vertrokken. Per dossier zijn het dossier van de inrichting, het advies van "
      "de Raad en, waar beschikbaar, het dossier van de jeugdreclassering en de gemeente bestudeerd. De namen van de "
      "inrichtingen zijn in dit rapport niet genoemd; zij worden aangeduid met een letter."),
    Table(
        header=("Inrichting", "Dossiers", "Voorlopige hechtenis", "Jeugddetentie", "PIJ"),
        rows=(
            ("Inrichting A", "27", "12", "9", "6"),
            ("Inrichting B", "24", "11", "8", "5"),
            ("Inrichting C", "25", "10", "9", "6"),
            ("Inrichting D", "20", "8", "7", "5"),
            ("Totaal", "96", "41", "33", "22"),
        ),
        widths=(1.8, 1.1, 1.9, 1.6, 0.9),
        rules="rows",
    ),
    P("Bij de analyse is gebruikgemaakt van een vast beoordelingsformulier dat is afgeleid van het toetsingskader in "
      "paragraaf 2.3; ieder dossier is door twee inspecteurs beoordeeld. De conceptbevindingen zijn voor een feitelijke "
      "controle voorgelegd aan DJI, de vier inrichtingen, de Raad en de betrokken gemeenten."),
)

REPORT = Document(
    title="Na de poort",
    subtitle="Onderzoek naar de nazorg voor jongeren die een justitiële jeugdinrichting verlaten",
    blocks=REPORT_BLOCKS,
    running_header="Inspectie Rechtspleging en Veiligheid  |  Na de poort",
    footer="{page}",
    font_family="serif",
    title_page=True,
    imprint=("Inspectie Rechtspleging en Veiligheid", "Den Haag, maart 2025"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV31 = ("Ik neem deze aanbeveling over en heb DJI gevraagd het trajectberaad met ingang van 1 oktober 2025 voor "
        "iedere jongere uiterlijk zes weken vóór de verwachte vertrekdatum te laten plaatsvinden, en bij een "
        "onverwacht vertrek binnen vijf werkdagen daarna.")
EV33 = "Een wettelijke plicht acht ik niet nodig."
EV34 = "Ik onderschrijf daarom de aanbeveling om de mentor na vertrek bereikbaar te houden."
EV42 = ("Een landelijk dekkend netwerk van begeleide woonplekken binnen twee jaar kan ik op dit moment niet "
        "toezeggen; samen met de staatssecretaris van Jeugd, Preventie en Sport start ik in 2026 eerst een pilot in "
        "drie jeugdregio's.")
EV43 = ("Met ingang van 1 januari 2026 beschrijft de Raad in ieder advies over de vertrekfase de woonsituatie "
        "waarnaar de jongere terugkeert, en legt hij bij een terugkeer naar het ouderlijk huis vooraf een huisbezoek "
        "af.")
EV51 = ("Het eerste deel van deze aanbeveling wordt daarmee uitgevoerd, maar een inschrijving bij een school, "
        "opleiding of werkgever kan ik niet voor iedere jongere garanderen.")
EV52 = ("Vanaf 1 januari 2026 regelt DJI voor iedere jongere die langer dan drie maanden in een inrichting verblijft "
        "vóór vertrek een geldig identiteitsbewijs, een betaalrekening en een zorgverzekering; ik stel daarvoor "
        "structureel 1,4 miljoen euro per jaar beschikbaar.")
EV61 = ("Een nieuwe functie van casusregisseur naast de mentor, de trajectbegeleider en de jeugdreclasseerder acht "
        "ik niet opportuun.")
EV62 = ("De aanbeveling over de gegevensuitwisseling neem ik wel over: in het wetsvoorstel tot wijziging van de "
        "Beginselenwet justitiële jeugdinrichtingen, dat ik in het voorjaar van 2026 in consultatie geef, regel ik "
        "een uitdrukkelijke grondslag voor het delen van gegevens over de nazorg tussen DJI, de inrichtingen, de "
        "Raad, de jeugdreclassering en de gemeente van bestemming.")
EV63 = ("Een verplichting voor gemeenten om hierover jaarlijks aan het Rijk te rapporteren past niet bij de "
        "verdeling van verantwoordelijkheden in het jeugddomein.")
EV64 = ("Een jaarlijkse openbare monitor zeg ik nog niet toe, maar ik laat het WODC wel verkennen welke gegevens "
        "daarvoor nodig zijn en hoe die zonder extra registratielast kunnen worden verzameld.")

RESPONSE_BLOCKS = (
    P("Geachte voorzitter,"),
    P("Hierbij bied ik u het rapport 'Na de poort' aan van de Inspectie Rechtspleging en Veiligheid. De inspectie "
      "heeft onderzocht hoe de nazorg is georganiseerd voor jongeren die een justitiële jeugdinrichting verlaten. In "
      "deze brief geef ik mijn reactie op het rapport, mede namens de staatssecretaris van Jeugd, Preventie en Sport "
      "voor zover het de jeugdhulp betreft."),
    P("Ik ben de inspectie erkentelijk voor dit heldere en indringende rapport. Het laat zien dat binnen de "
      "inrichtingen veel goed gaat, maar dat de overgang naar buiten kwetsbaar is. Dat een op de vijf jongeren de "
      "inrichting verlaat zonder dat vaststaat waar hij of zij de eerste nacht slaapt, vind ik zorgelijk. De eerste "
      "maanden na vertrek zijn bepalend voor de kans dat een jongere opnieuw de fout in gaat; juist dan moet de basis "
      "op orde zijn."),
    P("Jaarlijks verlaten ongeveer achthonderd jongeren een justitiële jeugdinrichting. Ruim de helft van hen "
      "verbleef er korter dan drie maanden, meestal in voorlopige hechtenis. De nazorg voor deze jongeren is een "
      "gedeelde verantwoordelijkheid van DJI, de inrichtingen, de Raad voor de Kinderbescherming, de "
      "gecertificeerde instellingen en de gemeenten. Die verdeling van verantwoordelijkheden is bewust gekozen bij "
      "de decentralisatie van de jeugdhulp in 2015, en ik wil haar niet ter discussie stellen. Wel moet duidelijker "
      "worden wie wanneer aan zet is."),
    P("De inspectie doet veertien aanbevelingen, verdeeld over de hoofdstukken 3 tot en met 6 van haar rapport. "
      "Hieronder ga ik per hoofdstuk op de aanbevelingen in. Waar aanbevelingen aan de gemeenten zijn gericht, heb "
      "ik het rapport besproken met de Vereniging van Nederlandse Gemeenten (VNG)."),
    H2("Hoofdstuk 3: Voorbereiding op vertrek"),
    P("In paragraaf 3.2 van het rapport beschrijft de inspectie dat het trajectberaad in bijna een derde van de "
      "onderzochte dossiers pas in de laatste week voor vertrek plaatsvond en in negen dossiers in het geheel niet. "
      "Gemeenten hebben dan te weinig tijd om onderdak, onderwijs en inkomen te regelen. Dat beeld wordt herkend "
      "door de inrichtingen en door DJI."),
    P("Een trajectberaad in de laatste week komt te laat (3.1). " + EV31 + " Bij jongeren in voorlopige hechtenis is "
      "de vertrekdatum onzeker; voor hen wordt het trajectberaad gehouden binnen zes weken na binnenkomst, zodat ook "
      "bij een schorsing een plan beschikbaar is. DJI neemt de nieuwe termijn op in de werkinstructie voor de "
      "trajectbegeleiders en in de contracten met de particuliere jeugdinrichtingen.",
      answers=(Answer("3.1", "agree", EV31),)),
    P("Jongeren vertelden de inspectie dat zij na vertrek vooral de mentor misten die hen maanden had begeleid. " + EV34
      + " DJI maakt daarvoor met ingang van 2026 in iedere inrichting per mentor twee uur per week vrij, waarmee "
      "mentoren gedurende drie maanden na vertrek bereikbaar blijven voor de jongere, de ouders en de gemeente.",
      answers=(Answer("3.4", "agree", EV34),)),
    P("De inspectie beveelt daarnaast aan om wettelijk vast te leggen dat de gemeente van bestemming uiterlijk op de "
      "dag van vertrek een nazorgplan heeft opgesteld (3.3). Ik deel de analyse van de inspectie dat het nu te vaak "
      "van toeval afhangt of er bij vertrek een plan ligt. " + EV33 + " Gemeenten zijn op grond van de Jeugdwet en de "
      "Wet maatschappelijke ondersteuning 2015 al verantwoordelijk voor de hulp en ondersteuning die deze jongeren "
      "nodig hebben, en in het convenant Nazorg jeugd hebben zij zich verbonden aan een plan per jongere. Een nieuwe "
      "wettelijke verplichting voegt daar naar mijn oordeel weinig aan toe; het knelpunt zit in de uitvoering en in "
      "de tijdigheid van het trajectberaad, en daarop richt zich de maatregel die ik hierboven heb beschreven.",
      answers=(Answer("3.3", "disagree", EV33),)),
    H2("Hoofdstuk 4: Wonen na vertrek"),
    P("Het rapport laat zien dat negentien van de 96 jongeren de inrichting verlieten zonder vaste verblijfplaats, "
      "en dat een deel van de overige jongeren terugkeerde naar een thuissituatie die als risicovol was beschreven. "
      "Ik herken het probleem, en ook de VNG heeft aangegeven het beeld te herkennen."),
    P("Aanbeveling 4.1 is gericht aan de gemeenten. Het regelen van een passende verblijfplaats na vertrek valt onder "
      "de gemeentelijke verantwoordelijkheid voor jeugdhulp en maatschappelijke ondersteuning. Ik heb de aanbeveling "
      "onder de aandacht gebracht van de VNG, die haar met haar leden zal bespreken; het is aan de gemeenten zelf om "
      "te bepalen hoe zij haar oppakken."),
    P("Voor jongeren die niet naar huis kunnen en nog niet zelfstandig kunnen wonen, is een begeleide woonplek vaak de "
      "beste oplossing (4.2). Het aanbod is beperkt, en de financiering via de gemeente van herkomst leidt in "
      "sommige gevallen tot vertraging. " + EV42 + " In die pilot financiert het Rijk tijdelijk de plekken, zodat de "
      "discussie over de gemeente van herkomst niet aan plaatsing in de weg staat. Op basis van de evaluatie, die ik "
      "eind 2027 verwacht, besluiten wij of en hoe de voorziening verder wordt uitgebreid.",
      answers=(Answer("4.2", "partial", EV42),)),
    P("De Raad voor de Kinderbescherming heeft naar aanleiding van het rapport zijn werkwijze in de vertrekfase "
      "herzien. " + EV43 + " De Raad past daarvoor de kwaliteitskaders voor het raadsonderzoek aan en schoolt de "
      "raadsonderzoekers die bij het trajectberaad betrokken zijn dit najaar bij.",
      answers=(Answer("4.3", "agree", EV43),)),
    H2("Hoofdstuk 5: Onderwijs, werk en bestaanszekerheid"),
    P("De inspectie vraagt de jeugdinrichtingen om ervoor te zorgen dat iedere jongere bij vertrek zijn of haar "
      "certificaten en onderwijsdossier meekrijgt en is ingeschreven bij een school, opleiding of werkgever (5.1). De "
      "jeugdinrichtingen hebben mij laten weten dat zij vanaf het schooljaar 2025-2026 alle behaalde certificaten "
      "en het onderwijsdossier bij vertrek overdragen aan de jongere en, met diens toestemming, aan de nieuwe school. "
      + EV51 + " Of een school een leerling inschrijft of een werkgever een jongere aanneemt, ligt niet in de hand "
      "van de inrichting.",
      answers=(Answer("5.1", "partial", EV51),)),
    P("Zonder identiteitsbewijs, bankrekening en zorgverzekering kan een jongere geen huur betalen, geen uitkering "
      "aanvragen en niet aan een baan beginnen (5.2). " + EV52 + " DJI maakt daarvoor afspraken met de gemeenten "
      "waarin de inrichtingen staan, zodat aanvragen van identiteitsbewijzen in de inrichting zelf kunnen worden "
      "opgenomen.",
      answers=(Answer("5.2", "agree", EV52),)),
    P("Wat de aansluiting op school of werk na vertrek betreft, wijs ik op het programma Koers en Kansen. Sinds 2022 "
      "werken DJI, de jeugdinrichtingen, gemeenten en regionale mbo-instellingen in dat programma samen aan de "
      "overgang van het onderwijs in de inrichting naar onderwijs of werk daarbuiten. In zes regio's is een vast "
      "aanspreekpunt voor terugkerende jongeren ingericht, en leerplichtambtenaren en RMC-functionarissen worden "
      "daar uitgenodigd voor het trajectberaad. In 2024 namen ongeveer 310 jongeren deel aan een traject binnen het "
      "programma. Het programma loopt tot en met 2026."),
    H2("Hoofdstuk 6: Regie en informatie-uitwisseling"),
    P("De inspectie ziet in het ontbreken van regie de belangrijkste oorzaak van de tekortkomingen in de nazorg. In "
      "aanbevelingen 6.1 en 6.2 vraagt zij om één casusregisseur per jongere en om een wettelijke grondslag voor "
      "de uitwisseling van gegevens. " + EV61 + " Er zijn rond een jongere nu al veel professionals betrokken; een "
      "extra schakel maakt het geheel niet overzichtelijker. Ik verwacht meer van heldere afspraken over wie binnen de "
      "bestaande rollen het overzicht houdt, en bespreek dat met de partijen bij het convenant. " + EV62 + " Daarmee "
      "verdwijnt de onzekerheid die medewerkers nu weerhoudt van het delen van informatie.",
      answers=(Answer("6.1", "disagree", EV61), Answer("6.2", "agree", EV62))),
    P("Ik deel de constatering dat niemand weet hoe het jongeren na vertrek vergaat. " + EV63 + " Gemeenten leggen "
      "over hun jeugdbeleid verantwoording af aan de gemeenteraad, en een nieuwe rapportageplicht aan het Rijk zou de "
      "administratieve lasten verhogen zonder dat de jongeren daar iets van merken.",
      answers=(Answer("6.3", "disagree", EV63),)),
    P("Wel vind ik het van belang dat DJI en de Raad beter zicht krijgen op de resultaten van de nazorg (6.4). " + EV64
      + " Het WODC rapporteert daarover in het najaar van 2026; daarna bezie ik met DJI en de Raad welke vorm van "
      "monitoring passend is.",
      answers=(Answer("6.4", "partial", EV64),)),
    H2("Tot slot"),
    P("De inspectie laat zien dat de afspraken over nazorg er wel zijn, maar te vaak niet worden nagekomen. Met de "
      "maatregelen in deze brief wil ik bereiken dat het trajectberaad op tijd plaatsvindt, dat jongeren bij vertrek "
      "over de basisvoorzieningen beschikken en dat partijen de informatie kunnen delen die daarvoor nodig is. Ik "
      "informeer uw Kamer over de voortgang in de jaarlijkse voortgangsbrief justitiële jeugd, voor het eerst in "
      "het voorjaar van 2026."),
    P("De staatssecretaris van Justitie en Veiligheid,"),
    P("mr. J.P. Oudkerk-van Rossem"),
)

RESPONSE = Document(
    title="Beleidsreactie op het inspectierapport 'Na de poort'",
    subtitle="Brief van de staatssecretaris van Justitie en Veiligheid aan de Voorzitter van de Tweede Kamer der "
             "Staten-Generaal  -  Den Haag, 12 juni 2025  -  Kenmerk 5984213",
    blocks=RESPONSE_BLOCKS,
    running_header="Beleidsreactie 'Na de poort'  -  nazorg na verblijf in een justitiële jeugdinrichting",
    footer="Pagina {page} van {pages}",
    font_family="sans",
    title_page=False,
)

PAIR = Pair(
    name="youth_detention_decimal_numbers",
    report=REPORT,
    response=RESPONSE,
    description="Inspectie Rechtspleging en Veiligheid report on aftercare after youth detention (14 recommendations "
                "numbered per chapter 3.1-6.4, colliding with section numbers) and the staatssecretaris' letter "
                "answering per chapter; 3.2 never mentioned, 4.1 passed on to the gemeenten, 5.3 only met by a "
                "description of the Koers en Kansen programme.",
)
