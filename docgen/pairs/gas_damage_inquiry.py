"""Pair: a fictional parliamentary inquiry into earthquake damage from gas extraction, and the cabinet's answer.

Layout traits this pair tests: a serif report with a title page (Kamerstuk imprint) and a running header, analysis
chapters with bullet lists that are not recommendations and prose in which the commissie already argues for measures,
and a long chapter "6 Conclusies en aanbevelingen" without section headings: each conclusion is a bold paragraph that
begins "Conclusie N." as plain text, sometimes followed by a plain explanatory paragraph or a bold lead-in, and then
by one or more recommendations in a numbered list whose numbers continue across the chapter (1-15 in one series).  The
final chapter "7 Overzicht van de aanbevelingen" repeats all fifteen word for word as one bullet list (duplicates).
The recommendations name their addressee in their own first words: het kabinet, the minister of KGG, the
staatssecretaris Herstel (BZK), the claims institute ISB and the reinforcement agency UVN (both under BZK), the Tweede
Kamer, and the province with the municipalities.

The response is a sans letter of the staatssecretaris Herstel (letterhead, no title page), also on behalf of the
ministers of BZK and KGG.  An opening general part thanks the commissie, describes existing policy and answers
recommendation 1 by subject only; then level-2 bold headings "Aanbeveling N (onderwerp)" or "Aanbevelingen N en M"
each followed by the answer.  Gold positions:
 1 agree: only in the opening, "Het kabinet erkent dat de Staat ... en neemt daarvoor de verantwoordelijkheid" (the
   recommendation asks exactly for this acknowledgment, so the statement is the position, not mere context)
 2 agree ("neemt deze aanbeveling over")
 3 disagree (shares the principle "de vervuiler betaalt" but "ziet geen aanleiding" for the statutory levy)
 4 partial (one paragraph with 5: the six-month term is adopted, the automatic € 500 per month is not)
 5 agree (same paragraph; committed measure with a date, no cue word)
 6 disagree (refusal citing rechtsgelijkheid)
 7 partial (aim shared, plan and reporting given, but "niet in 2026 maar in 2028")
 8 agree without any cue word (budget per house, € 950 miljoen, from 1 april 2026)
 9 partial (pilot in two villages, decision after evaluation)
10 agree ("onderschrijft")
11 disagree, polite ("acht het niet opportuun")
12 partial ("gaat in gesprek met ... over de mogelijkheden" where structural funding was asked)
13 agree (ISB and UVN adopt it)
14 not addressed: addressed to the Tweede Kamer, the letter says "Aanbeveling 14 is aan uw Kamer" without a position
15 not addressed: to the province and municipalities, never answered; the opening only describes the existing
   programme Toekomst Hunzeland that the recommendation refers to.
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
)

H = Heading
P = Paragraph


def H2(text: str) -> Heading:
    return Heading(text, level=2)


def bullets(*texts: str) -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style="•")


def conclusion(n: int, text: str) -> Paragraph:
    return Paragraph(f"Conclusie {n}. {text}", bold=True)


# --------------------------------------------------------------------------------------------------------------
# The recommendations, printed twice (chapter 6 and the overview in chapter 7)
# --------------------------------------------------------------------------------------------------------------

RECS: dict[int, tuple[str, tuple[str, ...]]] = {
    1: ("Het kabinet erkent namens de Staat dat de veiligheid en de belangen van de inwoners van Hunzeland "
        "decennialang ondergeschikt zijn gemaakt aan de opbrengsten van de gaswinning, en neemt daarvoor "
        "ondubbelzinnig de verantwoordelijkheid. Deze erkenning is het vertrekpunt van alle verdere besluiten van de "
        "rijksoverheid over het gebied.", ("KABINET",)),
    2: ("De minister van Klimaat en Groene Groei zorgt ervoor dat de gasmaatschappij ENG uiterlijk op 1 juli 2026 "
        "geen enkele rol meer heeft in de schadeafhandeling en de versterking, ook niet als adviseur, "
        "als partij in overleg over normen en werkwijzen of via toegang tot de dossiers van bewoners.", ("EZ",)),
    3: ("De minister van Klimaat en Groene Groei legt de Exploitatiemaatschappij Noordelijk Gas en haar aandeelhouders "
        "bij wet een heffing op waaruit alle toekomstige kosten van schadeherstel en versterking worden betaald, in "
        "plaats van de uitkomst van de lopende arbitrage af te wachten. De Staat mag de rekening niet langer "
        "voorschieten zonder zicht op terugbetaling.", ("EZ",)),
    4: ("Het ISB neemt op iedere schademelding binnen zes maanden een besluit. Overschrijdt het ISB die termijn, dan "
        "ontvangt de bewoner zonder dat hij daarom hoeft te vragen een vergoeding van € 500 voor iedere maand "
        "vertraging. De staatssecretaris Herstel legt de beslistermijn en de vergoeding vast in de Tijdelijke wet "
        "schadeafhandeling bodembeweging.", ("BZK",)),
    5: ("Het ISB wijst iedere bewoner vanaf de eerste schademelding één vaste contactpersoon toe en vergoedt de "
        "volledige kosten van een deskundige die de bewoner zelf kiest, ongeacht de uitkomst van het besluit.",
        ("BZK",)),
    6: ("De staatssecretaris Herstel kent alle huishoudens in de kernzone rond het Marnerveld, zoals afgebakend in "
        "bijlage 4, een vaste tegemoetkoming van € 15.000 per huishouden toe, los van de vergoeding van aangetoonde schade. Deze "
        "tegemoetkoming erkent de jarenlange onzekerheid en overlast, die juist in deze dorpen het grootst zijn "
        "geweest.", ("BZK",)),
    7: ("De staatssecretaris Herstel zorgt ervoor dat de versterking van alle nog resterende adressen uiterlijk eind "
        "2026 is afgerond. Daartoe stelt de staatssecretaris een openbaar afrondingsplan op met een planning per dorp "
        "en rapporteert ieder half jaar aan de Tweede Kamer over de voortgang. Bij vertraging wordt per dorp "
        "aangegeven wat de oorzaak is en welke maatregelen worden genomen. Adressen waar de opname nog niet is "
        "begonnen, krijgen voorrang.", ("BZK",)),
    8: ("De staatssecretaris Herstel biedt iedere eigenaar van wie de woning moet worden versterkt de keuze tussen "
        "versterking en sloop-nieuwbouw, met een vast en toereikend bouwbudget per woning. Deze keuzemogelijkheid gaat "
        "uiterlijk in 2026 in en geldt ook voor eigenaren van wie het versterkingsadvies al is vastgesteld.",
        ("BZK",)),
    9: ("De Uitvoeringsorganisatie Versterking Noord richt voor boerderijen, monumenten en andere bijzondere gebouwen "
        "een eigen werkwijze in, met één vaste bouwbegeleider per eigenaar, een planning die rekening houdt met de "
        "bedrijfsvoering en een vergoeding van de bedrijfsschade tijdens de werkzaamheden. Deze werkwijze geldt voor "
        "alle bijzondere gebouwen in het versterkingsprogramma.", ("BZK",)),
    10: ("De staatssecretaris Herstel regelt bij wet de instelling van een onafhankelijke Bewonersraad Hunzeland, met "
         "een eigen budget en het recht om gevraagd en ongevraagd te adviseren over alle regelingen voor schadeherstel "
         "en versterking. Wijkt het kabinet af van een advies van de Bewonersraad, dan motiveert het dat schriftelijk.",
         ("BZK",)),
    11: ("De staatssecretaris Herstel brengt de schadeafhandeling en de versterking onder in één uitvoeringsorganisatie "
         "met één bestuur en één loket, zodat bewoners voor schade en versterking nog maar met één organisatie te maken "
         "hebben.", ("BZK",)),
    12: ("Het kabinet en de gemeenten in het aardbevingsgebied financieren samen een structureel en laagdrempelig "
         "netwerk van psychosociale ondersteuning voor bewoners, met ten minste € 12 miljoen per jaar gedurende tien "
         "jaar. Dit netwerk omvat outreachende hulpverleners in ieder dorp, snelle toegang tot de ggz zonder wachtlijst "
         "en bijzondere aandacht voor kinderen en jongeren. De financiering mag niet afhangen van jaarlijkse "
         "subsidierondes.", ("KABINET", "GEMEENTEN")),
    13: ("Het ISB en de Uitvoeringsorganisatie Versterking Noord leren al hun medewerkers met bewonerscontact stress en "
         "psychische klachten te herkennen en bewoners actief naar hulp te verwijzen. Zij maken de mentale belasting "
         "van bewoners tot een vast onderdeel van hun kwaliteitsmeting.", ("BZK",)),
    14: ("De Tweede Kamer stelt een tijdelijke commissie Herstel Hunzeland in die de uitvoering van de aanbevelingen "
         "uit dit rapport ten minste tot 2030 volgt, en houdt jaarlijks een plenair debat over de voortgang.",
         ("OTHER",)),
    15: ("De provincie Hunzeland en de gemeenten in het aardbevingsgebied stellen samen met de bewoners voor ieder dorp "
         "in het versterkingsgebied een dorpsplan op, waarin versterking, verduurzaming en leefbaarheid in samenhang "
         "worden aangepakt. Zij zorgen ervoor dat bewoners zelf meebeslissen over de besteding van de middelen uit het "
         "programma Toekomst Hunzeland.", ("OTHER", "GEMEENTEN")),
}


def recs(*numbers: int) -> ItemList:
    """Recommendations of chapter 6 as a numbered list; the series continues across the chapter."""
    return ItemList(
        items=tuple(ListItem(RECS[n][0], recommendation=Recommendation(str(n), RECS[n][1])) for n in numbers),
        style="1.",
        start=numbers[0],
    )


def overview() -> ItemList:
    """Chapter 7: every recommendation again, word for word, as bullets."""
    return ItemList(
        items=tuple(ListItem(text, recommendation=Recommendation(f"o{n}", depts, duplicate_of=str(n)))
                    for n, (text, depts) in RECS.items()),
        style="•",
    )


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H("Voorwoord"),
    P("Tussen januari en juni 2025 heeft de Parlementaire enquêtecommissie Bodemdaling en Schadeherstel 62 getuigen "
      "onder ede gehoord. Onder hen waren ministers en oud-ministers, topambtenaren, bestuurders van de "
      "Exploitatiemaatschappij Noordelijk Gas, burgemeesters, deskundigen en, niet in de laatste plaats, bewoners van "
      "Hunzeland. De verhoren vonden plaats in Den Haag en, voor het eerst in de geschiedenis van het parlementaire "
      "enquêterecht, voor een deel in het gebied zelf, in het dorpshuis van Oosterwierum."),
    P("Wat de commissie daar hoorde, laat zich moeilijk samenvatten in cijfers. Een boer die vier keer een nieuwe "
      "deskundige over de vloer kreeg voor dezelfde scheur in dezelfde stal. Een moeder die haar kinderen uitlegde "
      "waarom het huis van de buren wel werd versterkt en dat van hen niet. Een gepensioneerde onderwijzer die zei dat "
      "hij de gaswinning had leren accepteren, maar de behandeling door de overheid niet. Zulke verhalen zijn geen "
      "uitzondering. Zij vormen het patroon."),
    P("De commissie heeft zich de vraag gesteld hoe het zo ver heeft kunnen komen en wat er nodig is om het vertrouwen "
      "van de bewoners te herstellen. Het antwoord op de eerste vraag is ongemakkelijk voor de Staat, en ook voor de "
      "Tweede Kamer, die de gaswinning jarenlang heeft laten voortgaan zonder de signalen uit het gebied serieus te "
      "nemen. Het antwoord op de tweede vraag vraagt veel van alle betrokkenen: de rijksoverheid, de uitvoerders, de "
      "provincie, de gemeenten en ons parlement zelf."),
    P("De commissie dankt alle getuigen voor hun medewerking. Zij dankt in het bijzonder de bewoners die bereid waren "
      "in het openbaar te vertellen over wat hun is overkomen. Dat vroeg moed. Dit rapport is aan hen opgedragen."),
    P("Namens de commissie, J.W. Hoekstra-Dijkhuis, voorzitter"),
    PageBreak(),
    H("Samenvatting"),
    P("Uit het Marnerveld in de provincie Hunzeland is tussen 1968 en 2024 ruim 410 miljard kubieke meter aardgas "
      "gewonnen. De opbrengsten voor de Staat bedroegen naar schatting 290 miljard euro. Vanaf het begin van de jaren "
      "negentig leidde de winning tot bodembeweging en aardbevingen, met als zwaarste de beving bij Oosterwierum in "
      "oktober 2019, met een kracht van 3,4 op de schaal van Richter. Sindsdien zijn ruim 118.000 schademeldingen "
      "gedaan en zijn ruim 24.000 adressen beoordeeld op hun veiligheid."),
    P("De commissie concludeert dat de Staat de veiligheid en de belangen van de bewoners lange tijd ondergeschikt heeft "
      "gemaakt aan de opbrengsten van de gaswinning. De Staat was tegelijk aandeelhouder, vergunningverlener en "
      "toezichthouder, en heeft die rollen onvoldoende gescheiden. Signalen van bewoners en van het Staatstoezicht op de "
      "Mijnen zijn stelselmatig gebagatelliseerd. Toen de schade niet meer te ontkennen viel, is de afhandeling ervan "
      "eerst aan het gasbedrijf zelf overgelaten en daarna ondergebracht in publieke instituties die te traag, te "
      "juridisch en te wantrouwend werkten."),
    P("Het Instituut Schadeafhandeling Bodembeweging (ISB) heeft sinds 2020 veel schade vergoed, maar bewoners wachten "
      "gemiddeld nog altijd veertien maanden op een besluit. De versterking van woningen verloopt nog trager: van de "
      "ruim 9.800 woningen die versterkt moeten worden, is eind 2024 een derde gereed. Verschillen in behandeling "
      "tussen buren hebben tot diepe onvrede en tot spanningen in dorpen geleid. Een groot deel van de bewoners "
      "ervaart stress, slaapproblemen en somberheid; bij bewoners met meervoudige schade is dat aandeel twee keer zo "
      "hoog als elders in de provincie."),
    P("De commissie trekt zeven conclusies en doet vijftien aanbevelingen, gericht aan het kabinet, de minister van "
      "Klimaat en Groene Groei, de staatssecretaris Herstel, het ISB, de Uitvoeringsorganisatie Versterking Noord, de "
      "Tweede Kamer en de provincie en gemeenten. Zij staan in hoofdstuk 6 en zijn in hoofdstuk 7 nog eens op een rij "
      "gezet. De kern: de Staat erkent zijn verantwoordelijkheid, het gasbedrijf verdwijnt uit de uitvoering en "
      "betaalt, schade wordt snel en ruimhartig afgehandeld, de versterking wordt afgerond, bewoners krijgen een "
      "stem en hun gezondheid krijgt blijvende aandacht."),
    PageBreak(),
    H("1 Inleiding"),
    H2("1.1 Aanleiding"),
    P("Op 14 november 2024 nam de Tweede Kamer zonder stemming het voorstel aan om een parlementaire enquête te houden "
      "naar de gaswinning uit het Marnerveld en de afhandeling van de gevolgen daarvan. De aanleiding was een reeks "
      "publicaties over dossiers die jarenlang stillagen, en een rapport van de Nationale ombudsman waarin werd "
      "vastgesteld dat bewoners van het kastje naar de muur werden gestuurd tussen instanties die elk naar elkaar "
      "verwezen.",
      footnotes=("Nationale ombudsman, Tussen wal en schip in Hunzeland, rapport 2024/061.",)),
    P("Het voorstel werd breed gesteund. Verschillende fracties wezen erop dat eerdere onderzoeken, waaronder dat van "
      "de Onderzoeksraad voor Veiligheid uit 2016 en de evaluatie van de schadeafhandeling in 2022, wel tot "
      "verbeteringen op papier hadden geleid, maar niet tot een wezenlijk andere ervaring van bewoners."),
    H2("1.2 Onderzoeksvragen"),
    P("De Tweede Kamer gaf de commissie de opdracht om te onderzoeken:"),
    bullets(
        "hoe de besluitvorming over de gaswinning uit het Marnerveld tussen 1968 en 2024 is verlopen en welke rol de "
        "Staat, de gasmaatschappij en de toezichthouders daarin hebben gespeeld;",
        "hoe de afhandeling van schade door bodembeweging is georganiseerd en hoe die door bewoners is ervaren;",
        "hoe de versterking van gebouwen is aangepakt en waarom die zoveel tijd kost;",
        "welke gevolgen de gaswinning en de afhandeling daarvan hebben voor de gezondheid en het welzijn van bewoners;",
        "wat nodig is om het vertrouwen van de bewoners in de overheid te herstellen.",
    ),
    H2("1.3 Werkwijze"),
    P("De commissie heeft haar onderzoek in twee fasen uitgevoerd. In de eerste fase, tussen december 2024 en april "
      "2025, zijn ruim 60.000 documenten bestudeerd, afkomstig van ministeries, de gasmaatschappij, het ISB, de "
      "Uitvoeringsorganisatie Versterking Noord (UVN), de provincie en de gemeenten. Daarnaast zijn 148 besloten "
      "voorgesprekken gevoerd. In de tweede fase, van april tot en met juni 2025, zijn 62 getuigen in het openbaar "
      "verhoord."),
    P("De commissie liet daarnaast drie deelonderzoeken uitvoeren: een reconstructie van de besluitvorming over het "
      "winningsniveau, een analyse van 1.200 schadedossiers en een representatieve enquête onder 3.400 bewoners van het "
      "aardbevingsgebied naar hun gezondheid, hun woonsituatie en hun vertrouwen in instanties. De resultaten zijn "
      "als afzonderlijke bijlagen bij dit rapport gepubliceerd.",
      footnotes=("De enquête is uitgevoerd door een onafhankelijk onderzoeksbureau; de respons was 61 procent.",)),
    H2("1.4 Leeswijzer"),
    P("Hoofdstuk 2 beschrijft de gaswinning en de rol van de Staat en de gasmaatschappij. Hoofdstuk 3 gaat over de "
      "afhandeling van schade, hoofdstuk 4 over de versterking en hoofdstuk 5 over de positie en de gezondheid van "
      "bewoners. In hoofdstuk 6 trekt de commissie haar conclusies en doet zij haar aanbevelingen. Hoofdstuk 7 bevat "
      "een overzicht van alle aanbevelingen."),
    H("2 Gaswinning en de rol van de Staat"),
    H2("2.1 Een zegen voor de schatkist"),
    P("Het Marnerveld werd in 1964 ontdekt en vier jaar later in productie genomen. De winning werd opgedragen aan de "
      "Exploitatiemaatschappij Noordelijk Gas (ENG), een onderneming waarin twee oliemaatschappijen elk 30 procent en "
      "de Staat via een staatsdeelneming 40 procent van de aandelen hielden. Over de hoogte van de winning werd "
      "besloten in een overleg waarin de Staat, als aandeelhouder en als vergunningverlener, een beslissende stem had."),
    P("De opbrengsten waren voor de schatkist van grote betekenis. In de jaren tachtig droegen de aardgasbaten in "
      "sommige jaren meer dan tien procent bij aan de rijksinkomsten. Uit de stukken blijkt dat het winningsniveau "
      "jarenlang mede werd bepaald door de begrotingsbehoefte van het Rijk. Het belang van de bewoners boven het veld "
      "speelde in die afweging geen zichtbare rol."),
    H2("2.2 Signalen die niet werden gehoord"),
    P("De eerste voelbare bevingen werden in 1991 gemeld. ENG en het ministerie stelden toen dat de bevingen licht "
      "waren en geen schade van betekenis konden veroorzaken. Die lijn werd ruim twintig jaar volgehouden, ook toen "
      "het Staatstoezicht op de Mijnen in 2009 en in 2013 waarschuwde dat zwaardere bevingen niet konden worden "
      "uitgesloten en dat de winning omlaag moest."),
    P("Getuigen van het ministerie verklaarden dat deze waarschuwingen destijds als onzeker werden beschouwd en dat "
      "de financiële gevolgen van een lagere winning groot waren. Een oud-directeur-generaal verklaarde: \"We hebben "
      "de onzekerheid steeds uitgelegd in het voordeel van de winning, nooit in het voordeel van de bewoners.\" De "
      "commissie acht die uitspraak kenmerkend voor de periode tot 2019.",
      footnotes=("Openbaar verhoor van 13 mei 2025, verslag p. 22.",)),
    H2("2.3 Na de beving bij Oosterwierum"),
    P("De beving van oktober 2019 betekende een kentering. Het kabinet besloot de winning zo snel mogelijk af te bouwen "
      "en het veld in 2024 definitief te sluiten. Die sluiting is in april 2024 bij wet vastgelegd. De afbouw kwam "
      "volgens de commissie echter minstens tien jaar te laat, en de gevolgen van de winning zullen nog jaren "
      "voelbaar blijven: het veld blijft in beweging en nieuwe schade is niet uitgesloten."),
    H2("2.4 De rol van de gasmaatschappij"),
    P("ENG heeft lang een centrale rol gehad in de afhandeling van schade. Tot 2020 beoordeelde de maatschappij zelf, "
      "via ingehuurde bureaus, of schade door de winning was veroorzaakt. Ook na de overgang naar een publiek instituut "
      "bleef ENG betrokken: zij nam deel aan overleg over normen voor de versterking, had tot 2023 inzage in een deel "
      "van de dossiers en voerde in honderden zaken juridische procedures over de vraag wie de kosten moest dragen."),
    P("De Staat schiet de kosten van schadeherstel en versterking sinds 2020 voor en verhaalt die vervolgens op ENG. "
      "Over ruim 4,2 miljard euro aan voorgeschoten kosten loopt sinds 2023 een arbitrage. De commissie stelt vast "
      "dat de afhankelijkheid van ENG de uitvoering heeft vertraagd en het vertrouwen van bewoners verder heeft "
      "ondermijnd. Bewoners begrijpen niet waarom de partij die de schade veroorzaakte, nog altijd aan tafel zit."),
    H("3 De afhandeling van schade"),
    H2("3.1 Van gasmaatschappij naar instituut"),
    P("Sinds 1 juli 2020 worden schademeldingen afgehandeld door het Instituut Schadeafhandeling Bodembeweging (ISB), "
      "een zelfstandig bestuursorgaan dat sinds 2024 onder verantwoordelijkheid valt van de staatssecretaris Herstel "
      "bij het ministerie van Binnenlandse Zaken en Koninkrijksrelaties. Het ISB werkt op basis van de Tijdelijke wet "
      "schadeafhandeling bodembeweging, die een wettelijk bewijsvermoeden kent: schade die naar haar aard door "
      "bodembeweging kan zijn veroorzaakt, wordt geacht daardoor te zijn veroorzaakt."),
    P("Het ISB heeft sinds de oprichting ruim 96.000 meldingen afgehandeld en ruim 1,9 miljard euro aan vergoedingen "
      "uitgekeerd. Het bewijsvermoeden heeft het aantal afwijzingen sterk doen dalen. Toch is de ervaring van veel "
      "bewoners negatief. Uit de dossieranalyse blijkt waarom."),
    H2("3.2 Lange doorlooptijden"),
    P("De gemiddelde tijd tussen melding en besluit bedroeg eind 2024 veertien maanden. Bij een op de vijf meldingen "
      "duurde het langer dan twee jaar. De oorzaken liggen volgens de analyse vooral in het tekort aan deskundigen, in "
      "herhaalde opnames en in de behandeling van meervoudige schade, waarbij iedere nieuwe melding opnieuw een "
      "volledige procedure doorloopt. Een wettelijke beslistermijn ontbreekt; de wet spreekt alleen van een besluit "
      "\"binnen een redelijke termijn\"."),
    P("De commissie is van oordeel dat een harde termijn bewoners duidelijkheid geeft en het ISB dwingt om zijn "
      "werkwijze daarop in te richten. In andere herstelregelingen heeft een vergoeding bij overschrijding van de "
      "termijn bijgedragen aan een snellere afhandeling."),
    H2("3.3 Bewoners tegenover deskundigen"),
    P("In de dossiers trof de commissie een opvallend verschil aan tussen bewoners die zich lieten bijstaan en bewoners "
      "die dat niet deden. Bewoners met een eigen deskundige kregen gemiddeld een 40 procent hogere vergoeding. De "
      "kosten van zo'n deskundige worden nu alleen vergoed als het ISB het advies overneemt, en dan tot een maximum. "
      "Bewoners met weinig geld of weinig vertrouwen zien daarom van bijstand af."),
    P("Bewoners kregen daarnaast vaak met steeds andere medewerkers te maken. De commissie sprak bewoners die in twee "
      "jaar tijd met elf verschillende medewerkers van het ISB hadden gesproken en bij ieder gesprek hun verhaal opnieuw "
      "moesten vertellen. Het instituut erkende in de verhoren dat een vaste contactpersoon wenselijk is, maar zei dat "
      "de capaciteit daarvoor ontbrak."),
    H2("3.4 De kernzone"),
    P("Binnen het aardbevingsgebied onderscheidt de commissie een kernzone: de elf dorpen rond het Marnerveld waar de "
      "bodembeweging het grootst is geweest en waar vrijwel ieder huis meervoudige schade heeft. Bewoners van deze "
      "dorpen leven al ruim dertig jaar met bevingen, schademeldingen, opnames en bouwwerkzaamheden. De vergoeding van "
      "aangetoonde schade doet volgens de commissie geen recht aan wat zij hebben doorgemaakt."),
    H("4 De versterking"),
    H2("4.1 Een programma zonder einde"),
    P("Na de beving bij Oosterwierum werd besloten om alle gebouwen in het aardbevingsgebied te beoordelen op hun "
      "veiligheid. Van de ruim 24.000 beoordeelde adressen bleken er ruim 9.800 niet aan de veiligheidsnorm te "
      "voldoen. De versterking van die adressen is opgedragen aan de Uitvoeringsorganisatie Versterking Noord, die "
      "net als het ISB onder de staatssecretaris Herstel valt."),
    P("Eind 2024 was een derde van de te versterken woningen gereed. Bij ruim 2.000 adressen was de opname nog niet "
      "begonnen. Het kabinet heeft verschillende keren een einddatum genoemd, achtereenvolgens 2023, 2025 en 2028, "
      "zonder dat die werd gehaald of van een onderbouwing voorzien. De commissie stelt vast dat bewoners daardoor "
      "geen enkele datum meer geloven."),
    H2("4.2 Buren die verschillend worden behandeld"),
    P("De versterking verloopt in fasen, met normen die in de loop der jaren zijn veranderd. Daardoor werd het ene huis "
      "in een straat gesloopt en herbouwd, terwijl het huis ernaast met dezelfde bouwwijze werd versterkt of zelfs veilig "
      "werd verklaard. In veel dorpen heeft dat tot wrijving geleid tussen buren en familieleden. Getuigen spraken van "
      "een \"loterij\"."),
    P("Eigenaren hebben in de meeste gevallen geen keuze tussen versterking en nieuwbouw. Waar sloop-nieuwbouw wel werd "
      "aangeboden, verschilden de budgetten per fase en per dorp. De commissie is van oordeel dat eigenaren een eigen "
      "keuze moeten kunnen maken, met een vast budget dat voor iedereen gelijk is."),
    H2("4.3 Boerderijen en monumenten"),
    P("Voor agrarische bedrijven en monumentale panden is versterken bijzonder ingewikkeld. Een boerderij is woning, "
      "bedrijfsruimte en vaak ook erfgoed tegelijk. Agrariërs vertelden de commissie dat werkzaamheden werden gepland "
      "midden in het oogstseizoen of terwijl het vee op stal stond, en dat zij de bedrijfsschade zelf moesten "
      "aantonen. Eigenaren van monumenten kregen te maken met drie of vier partijen die elk een deel van de opgave "
      "beoordeelden:"),
    bullets(
        "de UVN voor de constructieve veiligheid;",
        "het ISB voor de schade die aan de versterking voorafging;",
        "de gemeente en de Rijksdienst voor het Cultureel Erfgoed voor de monumentale waarde;",
        "in een aantal gevallen ook de provincie, als het om beeldbepalende panden of dorpsgezichten ging.",
    ),
    P("Bij de bijzondere gebouwen liep de doorlooptijd op tot gemiddeld zes jaar. Dat is anderhalf keer zo lang als bij "
      "gewone woningen."),
    H2("4.4 Twee organisaties, één bewoner"),
    P("Bewoners met zowel schade als een versterkingsopgave hebben te maken met twee organisaties, ISB en UVN, met "
      "ieder hun eigen procedures, deskundigen en contactpersonen. Schade die tijdens de versterking wordt hersteld, "
      "moet soms eerst bij het ISB worden gemeld. Verschillende getuigen pleitten voor één organisatie. Anderen "
      "waarschuwden dat een nieuwe reorganisatie de uitvoering opnieuw zou kunnen vertragen, zoals bij de oprichting "
      "van het ISB in 2020 gebeurde."),
    H("5 De bewoners"),
    H2("5.1 Een positie zonder stem"),
    P("In de jaren van de gaswinning was de positie van bewoners zwak. Zij waren geen partij bij de besluitvorming over "
      "het winningsniveau en hadden in de schadeafhandeling te maken met een maatschappij die zowel veroorzaker als "
      "beoordelaar was. Ook na de oprichting van ISB en UVN bleven bewoners vooral object van beleid. Er bestaat een "
      "bewonersplatform, maar dat heeft geen wettelijke basis, geen eigen budget en wordt volgens zijn leden vaak pas "
      "geraadpleegd wanneer besluiten al zijn genomen."),
    P("De commissie hoorde van bewoners dat zij in hun contact met instanties steeds opnieuw moesten bewijzen dat zij "
      "te goeder trouw waren. Een bewoner verwoordde het zo: \"Ik ben niet alleen mijn huis kwijtgeraakt, maar ook het "
      "idee dat de overheid aan mijn kant staat.\""),
    H2("5.2 Gezondheid en welzijn"),
    P("Uit de enquête van de commissie blijkt dat 38 procent van de bewoners van het aardbevingsgebied klachten heeft "
      "die passen bij langdurige stress. Bij bewoners met meervoudige schade of een lopend versterkingstraject is dat "
      "55 procent, tegenover 19 procent elders in de provincie. Een op de vijf bewoners met meervoudige schade zegt "
      "regelmatig aan verhuizen te denken, maar dat niet te kunnen omdat het huis onverkoopbaar is."),
    P("Kinderen en jongeren worden ook geraakt. Leerkrachten in de kernzone vertelden over kinderen die bang zijn om "
      "te gaan slapen en over leerlingen die jarenlang in tijdelijke woningen of wisselwoningen wonen. De GGD in "
      "Hunzeland heeft een steunpunt ingericht, maar dat wordt gefinancierd met tijdelijke middelen die eind 2026 "
      "aflopen. Huisartsen en praktijkondersteuners in het gebied gaven aan dat de wachttijd voor de ggz voor deze "
      "groep gemiddeld zestien weken is."),
    P("Uit de verhoren blijkt dat medewerkers van ISB en UVN niet zijn opgeleid om signalen van psychische nood te "
      "herkennen. Sommige medewerkers deden dat op eigen initiatief. Dat verdient waardering, maar het is geen beleid."),
    H2("5.3 Een gebied met toekomst?"),
    P("Het aardbevingsgebied is meer dan een verzameling beschadigde huizen. Het zijn dorpen met eigen gemeenschappen, "
      "voorzieningen en geschiedenis. De provincie en de gemeenten werken sinds 2023 aan het programma Toekomst "
      "Hunzeland, waarvoor het Rijk 1,1 miljard euro beschikbaar stelde voor de periode tot 2033. De commissie stelt "
      "vast dat bewoners weinig zicht hebben op de besteding van die middelen, en dat versterking, verduurzaming en "
      "leefbaarheid per dorp los van elkaar worden aangepakt."),
    PageBreak(),
    H("6 Conclusies en aanbevelingen"),
    P("In dit hoofdstuk trekt de commissie haar conclusies. Iedere conclusie wordt gevolgd door de aanbevelingen die "
      "daaruit voortvloeien. De aanbevelingen zijn doorlopend genummerd. Zij richten zich tot degene die volgens de "
      "commissie moet handelen; waar een zelfstandig bestuursorgaan wordt aangesproken, is de staatssecretaris Herstel "
      "er verantwoordelijk voor dat de aanbeveling wordt uitgevoerd."),
    conclusion(1, "De Staat heeft de veiligheid en de belangen van de bewoners van Hunzeland decennialang ondergeschikt "
                  "gemaakt aan de opbrengsten van de gaswinning. Hij heeft zijn rollen als aandeelhouder, "
                  "vergunningverlener en toezichthouder niet gescheiden en waarschuwingen stelselmatig in het voordeel "
                  "van de winning uitgelegd. Daarmee heeft de Staat een ereschuld aan de bewoners."),
    P("De commissie heeft in de verhoren geen bewindspersoon gehoord die deze conclusie in deze woorden onderschreef. "
      "Wel erkenden verschillende getuigen afzonderlijke fouten. De commissie acht een ondubbelzinnige erkenning door "
      "het kabinet als geheel noodzakelijk om het vertrouwen te kunnen herstellen."),
    recs(1),
    conclusion(2, "De gasmaatschappij heeft als veroorzaker van de schade te lang een rol gehad in de beoordeling en "
                  "afhandeling daarvan. Haar blijvende betrokkenheid ondermijnt het vertrouwen van bewoners. De "
                  "kosten worden door de Staat voorgeschoten zonder dat vaststaat dat zij worden terugbetaald."),
    recs(2, 3),
    conclusion(3, "De schadeafhandeling door het ISB is beter dan die door de gasmaatschappij, maar nog altijd te "
                  "traag en te weinig op de bewoner gericht. Bewoners wachten gemiddeld veertien maanden op een "
                  "besluit, hebben met steeds andere medewerkers te maken en zien vanwege de kosten af van eigen "
                  "deskundige bijstand. Voor de bewoners van de kernzone doet de vergoeding van aangetoonde schade "
                  "geen recht aan wat zij hebben doorgemaakt."),
    P("De commissie doet daarom de volgende aanbevelingen.", bold=True),
    recs(4, 5, 6),
    conclusion(4, "De versterking verloopt veel te traag en is onvoorspelbaar. Steeds nieuwe einddata zijn niet "
                  "gehaald. Verschillen in behandeling tussen buren hebben dorpen verdeeld. Voor boerderijen en "
                  "monumenten ontbreekt een werkwijze die past bij hun bijzondere karakter."),
    P("Een nieuwe einddatum heeft alleen zin als zij haalbaar is en als het kabinet er ook op kan worden aangesproken. "
      "De commissie heeft zich op basis van de gegevens van de UVN en de gesprekken met aannemers een oordeel gevormd "
      "over de haalbaarheid. Zij acht afronding in 2026 haalbaar, mits de versterking de hoogste prioriteit krijgt en "
      "de keuze tussen versterken en nieuwbouw aan de eigenaar wordt gelaten, zodat slepende discussies over de "
      "juiste maatregel vervallen."),
    recs(7, 8, 9),
    conclusion(5, "Bewoners hebben geen stem in de regelingen die hun leven bepalen. Zij hebben te maken met twee "
                  "organisaties met elk hun eigen procedures, wat de afhandeling voor hen onnodig ingewikkeld maakt."),
    recs(10, 11),
    conclusion(6, "De gaswinning en vooral de jarenlange afhandeling van de gevolgen hebben de geestelijke gezondheid "
                  "van veel bewoners ernstig aangetast. De ondersteuning die er is, is tijdelijk gefinancierd en "
                  "onvoldoende bereikbaar. Medewerkers van de uitvoeringsorganisaties zijn niet toegerust om "
                  "signalen van psychische nood te herkennen."),
    recs(12, 13),
    conclusion(7, "Ook de Tweede Kamer heeft tekortgeschoten: zij heeft signalen uit het gebied lange tijd niet "
                  "serieus genomen en de uitvoering van eerdere toezeggingen onvoldoende gevolgd. Het herstel van het "
                  "gebied vraagt bovendien meer dan schadeherstel en versterking alleen; het vraagt om dorpen waar "
                  "bewoners weer een toekomst zien."),
    recs(14, 15),
    P("De commissie beseft dat haar aanbevelingen veel vragen van de rijksoverheid en de uitvoering, en dat een aantal "
      "ervan geld kost. Zij wijst erop dat de kosten van het uitblijven van herstel, in vertrouwen, in gezondheid en in "
      "de leefbaarheid van het gebied, nog veel hoger zijn."),
    PageBreak(),
    H("7 Overzicht van de aanbevelingen"),
    P("Hieronder zijn alle aanbevelingen uit hoofdstuk 6 nog eens op een rij gezet, in de volgorde waarin zij daar "
      "zijn gedaan."),
    overview(),
)

REPORT = Document(
    title="Een vertrouwen dat scheurde",
    subtitle="Eindrapport van de Parlementaire enquêtecommissie Bodemdaling en Schadeherstel over de gaswinning uit "
             "het Marnerveld en de afhandeling van de gevolgen in Hunzeland",
    blocks=REPORT_BLOCKS,
    running_header="Parlementaire enquêtecommissie Bodemdaling en Schadeherstel  —  Een vertrouwen dat scheurde",
    footer="{page}",
    font_family="serif",
    imprint=("Tweede Kamer der Staten-Generaal", "Vergaderjaar 2025–2026, 36 812, nr. 2",
             "Den Haag, september 2025"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV1 = ("Het kabinet erkent dat de Staat de veiligheid en de belangen van de inwoners van Hunzeland decennialang "
       "ondergeschikt heeft gemaakt aan de opbrengsten van de gaswinning, en neemt daarvoor de verantwoordelijkheid.")
EV2 = "De minister van Klimaat en Groene Groei neemt deze aanbeveling over."
EV3 = "Het kabinet ziet daarom geen aanleiding om een wettelijke heffing in te voeren."
EV4 = ("De beslistermijn van zes maanden wordt per 1 januari 2027 in de wet vastgelegd, maar een automatische "
       "vergoeding van € 500 voor iedere maand vertraging voert het kabinet niet in.")
EV5 = ("Vanaf 1 maart 2026 krijgt iedere bewoner bij de eerste schademelding één vaste contactpersoon bij het ISB, en "
       "vergoedt het ISB de volledige kosten van een zelfgekozen deskundige, ongeacht de uitkomst van het besluit.")
EV6 = ("Omdat een vaste tegemoetkoming die alleen van het adres afhangt zich niet verdraagt met de rechtsgelijkheid "
       "tussen bewoners met vergelijkbare schade binnen en buiten de kernzone, kent het kabinet deze tegemoetkoming "
       "niet toe.")
EV7 = ("De versterking wordt daarom niet in 2026 maar in 2028 afgerond; het openbare afrondingsplan met een planning "
       "per dorp ontvangt uw Kamer vóór 1 april 2026, en daarna rapporteer ik ieder half jaar over de voortgang per "
       "dorp.")
EV8 = ("Vanaf 1 april 2026 kan iedere eigenaar van een te versterken woning kiezen voor sloop-nieuwbouw met een vast "
       "bouwbudget van € 360.000 per woning; het kabinet reserveert daarvoor tot en met 2030 in totaal € 950 miljoen.")
EV9 = ("Op basis van de evaluatie van deze proef, eind 2027, besluit het kabinet of de werkwijze voor alle bijzondere "
       "gebouwen in het programma gaat gelden.")
EV10 = "Het kabinet onderschrijft deze aanbeveling."
EV11 = "Het kabinet acht het niet opportuun om het ISB en de UVN op dit moment samen te voegen."
EV12 = ("Het kabinet gaat in gesprek met de gemeenten in het aardbevingsgebied, de GGD Hunzeland en de zorgverzekeraars "
        "over de mogelijkheden om de psychosociale ondersteuning na 2026 te verstevigen.")
EV13 = "Beide organisaties nemen deze aanbeveling over."

RESPONSE_BLOCKS = (
    P("Geachte Voorzitter,"),
    P("Op 18 september 2025 heeft de Parlementaire enquêtecommissie Bodemdaling en Schadeherstel haar eindrapport "
      "\"Een vertrouwen dat scheurde\" aan uw Kamer aangeboden. Met deze brief ontvangt u, mede namens de minister van "
      "Binnenlandse Zaken en Koninkrijksrelaties en de minister van Klimaat en Groene Groei, de reactie van het "
      "kabinet op dit rapport."),
    P("Het kabinet dankt de commissie voor haar grondige en indringende onderzoek. Het dankt vooral de bewoners van "
      "Hunzeland die in de verhoren hebben verteld wat hun is overkomen. Hun verhalen hebben ook binnen het kabinet "
      "veel indruk gemaakt. Voordat het kabinet deze reactie opstelde, heb ik in november en december 2025 in zes "
      "dorpen met bewoners gesproken over het rapport en over wat zij van het kabinet verwachten."),
    H2("De verantwoordelijkheid van de Staat"),
    P("De commissie komt tot een hard oordeel over het handelen van de Staat. Het kabinet herkent het beeld dat de "
      "commissie schetst van bewoners die zich niet gehoord voelden en die steeds opnieuw moesten bewijzen dat zij te "
      "goeder trouw waren. Dat beeld wordt bevestigd door de Nationale ombudsman en door eerdere evaluaties."),
    P(EV1 + " Dat is voor het kabinet geen formule. Het is het vertrekpunt van alle besluiten die in deze brief worden "
      "genomen, en van de besluiten die nog zullen volgen. Het kabinet zal deze erkenning op 14 februari 2026 in "
      "Oosterwierum ook rechtstreeks aan de bewoners uitspreken.",
      answers=(Answer("1", "agree", EV1),)),
    P("Het kabinet zet daarbij voort wat al in gang is gezet. Het Marnerveld is sinds april 2024 bij wet gesloten. "
      "Voor de toekomst van het gebied stelt het Rijk tot 2033 via het programma Toekomst Hunzeland 1,1 miljard euro "
      "beschikbaar; de provincie en de gemeenten voeren dat programma uit en leggen daarover jaarlijks verantwoording "
      "af aan Provinciale Staten en de gemeenteraden. De staatssecretaris Herstel is sinds 2024 als enige "
      "bewindspersoon verantwoordelijk voor zowel het ISB als de UVN."),
    P("Hieronder gaat het kabinet in op de afzonderlijke aanbevelingen van de commissie. Waar aanbevelingen nauw "
      "samenhangen, worden zij samen besproken."),
    H2("Aanbeveling 2 (rol van ENG)"),
    P("De commissie vraagt de Exploitatiemaatschappij Noordelijk Gas uiterlijk 1 juli 2026 iedere rol in de "
      "schadeafhandeling en de versterking te ontnemen. " + EV2 + " ENG neemt sinds 2023 al niet meer deel aan het "
      "overleg over de versterkingsnorm, maar heeft via de overeenkomst over de uitvoering nog een adviesrol bij "
      "kostenbeoordelingen en beperkt inzage in dossiers. Die overeenkomst wordt per 1 juli 2026 aangepast, zodat "
      "ENG geen toegang meer heeft tot dossiers van bewoners en niet langer adviseert over schade of versterking.",
      answers=(Answer("2", "agree", EV2),)),
    H2("Aanbeveling 3 (wettelijke heffing)"),
    P("Het kabinet deelt het uitgangspunt van de commissie dat de vervuiler betaalt. De Staat heeft sinds 2020 ruim "
      "4,2 miljard euro aan kosten voorgeschoten en vordert die in de lopende arbitrage volledig terug van ENG. Het "
      "arbitragecollege heeft aangekondigd in de zomer van 2026 uitspraak te doen."),
    P("Een heffing die naast of in plaats van de arbitrage wordt ingevoerd, zou volgens de landsadvocaat op gespannen "
      "voet staan met het eigendomsrecht en de afspraken die de Staat zelf met ENG en haar aandeelhouders heeft "
      "gemaakt. Zij zou de positie van de Staat in de arbitrage verzwakken en kan leiden tot jarenlange nieuwe "
      "procedures, terwijl de uitkomst van de arbitrage binnen afzienbare tijd bekend is. " + EV3 + " Bewoners merken "
      "van dit geschil niets: de Staat blijft de kosten voorschieten, ongeacht de uitkomst.",
      answers=(Answer("3", "disagree", EV3),)),
    H2("Aanbevelingen 4 en 5 (schadeafhandeling)"),
    P("De gemiddelde doorlooptijd bij het ISB is in 2025 gedaald tot elf maanden, maar dat is nog altijd veel te lang. "
      "Het ISB heeft inmiddels 140 extra deskundigen aangetrokken en behandelt meervoudige schade sinds oktober 2025 "
      "in één dossier."),
    P(EV4 + " Een vaste vergoeding per maand zou ertoe leiden dat het ISB in complexe dossiers onder tijdsdruk beslist, "
      "terwijl een zorgvuldig besluit voor die bewoners juist het belangrijkst is; bij overschrijding van de termijn "
      "blijft de bestaande wettelijke dwangsom van toepassing. " + EV5 + " Het ISB breidt daarvoor zijn formatie met "
      "ruim tachtig casemanagers uit; de kosten daarvan, circa € 9 miljoen per jaar, zijn in de begroting van het "
      "ISB voor 2026 en volgende jaren opgenomen.",
      answers=(Answer("4", "partial", EV4), Answer("5", "agree", EV5))),
    H2("Aanbeveling 6 (tegemoetkoming kernzone)"),
    P("Het kabinet begrijpt dat de commissie wil erkennen wat de bewoners van de elf dorpen in de kernzone hebben "
      "doorgemaakt. Voor veel van hen is de gaswinning al dertig jaar deel van het dagelijks leven. Tegelijk is de "
      "grens van een zone altijd een lijn op de kaart: bewoners aan de andere kant van die lijn hebben vaak net zo "
      "veel schade en net zo lang in onzekerheid geleefd."),
    P(EV6 + " Bewoners in de kernzone kunnen, net als alle andere bewoners in het aardbevingsgebied, een beroep doen "
      "op de bestaande vergoeding voor immateriële schade, die sinds 2022 ook rekening houdt met de duur van de "
      "afhandeling en het aantal schademeldingen.",
      answers=(Answer("6", "disagree", EV6),)),
    H2("Aanbeveling 7 (versterking)"),
    P("Het kabinet deelt het doel van de commissie om de versterking zo snel mogelijk af te ronden, en het deelt haar "
      "oordeel dat eerdere einddata onvoldoende waren onderbouwd. Op 1 januari 2026 resteren nog ruim 6.100 adressen, "
      "waarvan bij ruim 1.500 de opname nog niet is begonnen. De UVN en de aannemers in het gebied hebben op mijn "
      "verzoek per dorp doorgerekend wat haalbaar is. Daaruit blijkt dat afronding in 2026 alleen mogelijk zou zijn "
      "met een bouwcapaciteit die in de regio niet beschikbaar is."),
    P(EV7 + " Adressen waar de opname nog niet is begonnen, krijgen voorrang, zoals de commissie vraagt. Ik realiseer "
      "me dat een nieuwe einddatum bij veel bewoners scepsis zal oproepen. Daarom wordt de planning per dorp openbaar "
      "en ben ik er, ook als die niet wordt gehaald, op aan te spreken.",
      answers=(Answer("7", "partial", EV7),)),
    H2("Aanbevelingen 8 en 9"),
    P(EV8 + " Ook eigenaren van wie het versterkingsadvies al is vastgesteld, krijgen deze keuze schriftelijk "
      "voorgelegd. Het bouwbudget is gebaseerd op de gemiddelde kosten van vervangende nieuwbouw in het gebied en wordt "
      "jaarlijks geïndexeerd.",
      answers=(Answer("8", "agree", EV8),)),
    P("Voor boerderijen en monumenten start de UVN in het voorjaar van 2026 een proef in Kloostermeer en "
      "Hornsterhuizen. Eigenaren krijgen daarin één vaste bouwbegeleider, de planning wordt afgestemd op de "
      "bedrijfsvoering en de bedrijfsschade wordt op basis van een forfaitaire regeling vergoed. " + EV9,
      answers=(Answer("9", "partial", EV9),)),
    H2("Aanbeveling 10 (Bewonersraad)"),
    P(EV10 + " Bewoners moeten niet alleen worden gehoord als de besluiten al zijn genomen. In het najaar van 2026 "
      "wordt een wetsvoorstel in consultatie gegeven dat de Bewonersraad Hunzeland een wettelijke basis, een eigen "
      "budget en een gevraagd en ongevraagd adviesrecht geeft. Het kabinet zal in zijn besluiten schriftelijk "
      "motiveren waarom het van een advies afwijkt. Het huidige bewonersplatform wordt bij de uitwerking betrokken.",
      answers=(Answer("10", "agree", EV10),)),
    H2("Aanbeveling 11 (één uitvoeringsorganisatie)"),
    P("Het kabinet begrijpt de wens van bewoners om met één organisatie te maken te hebben. " + EV11 + " Zowel de "
      "oprichting van het ISB in 2020 als de overgang van de versterking naar de UVN in 2022 leidde tot een periode "
      "van maanden waarin de uitvoering grotendeels stillag. De commissie beschrijft dat zelf in paragraaf 4.4. Een "
      "nieuwe fusie zou, juist nu beide organisaties aan snelheid winnen, opnieuw tot zo'n periode leiden.",
      answers=(Answer("11", "disagree", EV11),)),
    H2("Aanbeveling 12 (psychosociale ondersteuning)"),
    P("Sinds 2022 financiert het Rijk samen met de gemeenten het Steunpunt Welzijn Hunzeland van de GGD, met € 4 "
      "miljoen per jaar. Die financiering loopt tot eind 2026. Het steunpunt bereikt jaarlijks ongeveer 2.500 "
      "bewoners."),
    P("Het kabinet is het met de commissie eens dat de gevolgen van de gaswinning voor de geestelijke gezondheid van "
      "bewoners ernstig zijn en nog lang zullen doorwerken. " + EV12 + " Daarbij wordt ook bezien hoe de toegang tot "
      "de ggz voor kinderen en jongeren in het gebied kan worden verbeterd. Ik informeer uw Kamer voor de zomer over "
      "de uitkomst van deze gesprekken.",
      answers=(Answer("12", "partial", EV12),)),
    H2("Aanbeveling 13 (medewerkers)"),
    P("Het ISB en de UVN hebben de aanbeveling met mij besproken. " + EV13 + " In 2026 volgen alle medewerkers met "
      "bewonerscontact een training die samen met de GGD Hunzeland is ontwikkeld, en beide organisaties nemen vanaf de "
      "kwaliteitsmeting over 2026 vragen op over de mentale belasting van bewoners. Medewerkers kunnen bewoners "
      "rechtstreeks aanmelden bij het steunpunt van de GGD.",
      answers=(Answer("13", "agree", EV13),)),
    H2("Aanbeveling 14 (parlementaire controle)"),
    P("Aanbeveling 14 is aan uw Kamer. Het is aan uw Kamer om te bepalen op welke wijze zij de uitvoering van de "
      "aanbevelingen van de commissie wil volgen."),
    H2("Tot slot"),
    P("Het rapport van de commissie laat zien hoe groot de afstand is geworden tussen de overheid en de mensen in "
      "Hunzeland. Die afstand is niet met één brief te overbruggen. Het kabinet wil laten zien dat het de commissie en "
      "de bewoners serieus neemt: niet alleen in woorden, maar in de snelheid en de zorgvuldigheid waarmee het de "
      "komende jaren handelt."),
    P("De voortgang van de maatregelen in deze brief wordt opgenomen in de halfjaarlijkse voortgangsrapportage "
      "Herstel Hunzeland, die uw Kamer voor het eerst in juni 2026 ontvangt."),
    P("De staatssecretaris Herstel,"),
    P("mr. A.C. Zandstra-Nijboer"),
)

RESPONSE = Document(
    title="Ministerie van Binnenlandse Zaken en Koninkrijksrelaties",
    subtitle="Staatssecretaris Herstel Hunzeland\n"
             "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal, Postbus 20018, 2500 EA Den Haag\n"
             "Datum: 27 januari 2026\n"
             "Betreft: Kabinetsreactie op het eindrapport van de Parlementaire enquêtecommissie Bodemdaling en "
             "Schadeherstel",
    blocks=RESPONSE_BLOCKS,
    running_header="Kabinetsreactie eindrapport enquêtecommissie Bodemdaling en Schadeherstel",
    footer="Pagina {page} van {pages}",
    font_family="sans",
    title_page=False,
)

PAIR = Pair(
    name="gas_damage_inquiry",
    report=REPORT,
    response=RESPONSE,
    description="Parliamentary inquiry into gas-extraction damage in fictional Hunzeland: bold 'Conclusie N.' "
                "paragraphs each followed by numbered recommendations continuing 1-15, repeated as bullets in a final "
                "overview; the staatssecretaris Herstel answers under 'Aanbeveling N (onderwerp)' headings, 1 only "
                "in the opening by subject, 14 'aan uw Kamer', 15 never mentioned.",
)
