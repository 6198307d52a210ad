"""Pair: an Algemene Rekenkamer-style audit of energy and climate subsidies, and the administrative response
(bestuurlijke reactie) of the minister of Klimaat en Groene Groei, also on behalf of the state secretary of Finance.

Layout traits this pair tests: unnumbered ``•`` recommendations in a closing chapter "Aanbevelingen", grouped under
bold lead-ins naming different ministers (the gold ids A1-A12 are never printed, so alignment must go by text); a
numbered list of research questions in chapter 1 that is not a recommendation list; a two-column overview of the
subsidy schemes (``Columns``); footnotes.

The response letter starts with the fiscal questions, then RVO's implementation, then goals and monitoring, and ends
with the provinces.  One paragraph answers A1 (agree) and A8 (disagree); A6 is answered in two places; a paragraph
about the Klimaatfonds and one that passes the IenW recommendations on describe without taking a position; A5, A10
and A11 stay unanswered.  All prose is fictional and was written for this held-out test set.
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


def rec(number: str, text: str, *departments: str) -> ListItem:
    return ListItem(text, recommendation=Recommendation(number, tuple(departments)))


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

OVERVIEW = Columns((
    H("SDE++", 3),
    P("De Stimulering Duurzame Energieproductie en Klimaattransitie is verreweg de grootste regeling. Bedrijven en "
      "instellingen die hernieuwbare energie opwekken of CO2 vermijden, krijgen gedurende twaalf of vijftien jaar "
      "het verschil vergoed tussen de kostprijs van hun techniek en de marktprijs van de energie die zij leveren. "
      "Hoe hoger de energieprijs, hoe minder subsidie er wordt uitbetaald. Sinds 2020 is voor ruim 40 miljard euro "
      "aan beschikkingen afgegeven."),
    H("ISDE", 3),
    P("De Investeringssubsidie duurzame energie en energiebesparing is bedoeld voor woningeigenaren en kleine "
      "zakelijke gebruikers. Zij krijgen een vast bedrag bij de aanschaf van een warmtepomp, een zonneboiler of "
      "isolatiemaatregelen. De aanvraag verloopt grotendeels digitaal en wordt steekproefsgewijs gecontroleerd."),
    H("DEI+ en VEKI", 3),
    P("Met de Demonstratie Energie- en Klimaatinnovatie en de Versnelde Klimaatinvesteringen in de Industrie "
      "ondersteunt het ministerie pilots en investeringen in bedrijven die nog niet in aanmerking komen voor de "
      "SDE++. Het gaat om kleinere bedragen, maar om een groot aantal projecten."),
    H("EIA en MIA", 3),
    P("De Energie-investeringsaftrek en de Milieu-investeringsaftrek zijn geen subsidies maar fiscale regelingen. "
      "Een ondernemer mag een deel van de investering in een energiezuinig of milieuvriendelijk bedrijfsmiddel "
      "aftrekken van de fiscale winst. De Belastingdienst voert de regelingen uit, RVO beoordeelt de melding."),
    H("SEBA en binnenvaart", 3),
    P("Het ministerie van Infrastructuur en Waterstaat subsidieert de aanschaf van emissieloze bedrijfsauto’s "
      "(SEBA) en de verduurzaming van binnenvaartschepen. Ook deze regelingen voert RVO uit."),
    H("Provinciale regelingen", 3),
    P("Alle twaalf provincies hebben eigen subsidies voor energiebesparing, opwek en innovatie, vaak gericht op het "
      "mkb, coöperaties of maatschappelijke organisaties. Zij worden uitgevoerd door de provincie zelf of door een "
      "regionale uitvoeringsdienst."),
))

REPORT_BLOCKS = (
    H("Samenvatting"),
    P("Het Rijk geeft steeds meer geld uit om de uitstoot van broeikasgassen te verminderen. Een groot deel daarvan "
      "gaat via subsidies die de Rijksdienst voor Ondernemend Nederland (RVO) namens de ministeries uitvoert. In dit "
      "onderzoek zijn wij nagegaan of de ministers weten wat die subsidies opleveren, of de uitvoering zo is "
      "ingericht dat het geld terechtkomt waar het voor bedoeld is, en of de subsidies goed samenhangen met fiscale "
      "regelingen en met wat provincies doen."),
    P("Ons antwoord is niet geruststellend. Voor de meeste regelingen die wij onderzochten, is niet vooraf "
      "vastgelegd hoeveel zij moeten bijdragen aan de klimaatdoelen. Achteraf wordt vooral gerapporteerd hoeveel geld "
      "er is verplicht en uitbetaald, niet hoeveel uitstoot er is vermeden. Bij de ISDE krijgt een aanzienlijk deel "
      "van de aanvragers subsidie voor een investering die zij ook zonder subsidie hadden gedaan. Bij de SDE++ blijft "
      "veel geld jarenlang gereserveerd voor projecten die nooit worden gebouwd. En niemand heeft overzicht over de "
      "stapeling van rijkssubsidies, fiscale voordelen en provinciale bijdragen op een en hetzelfde project."),
    P("Wij doen aanbevelingen aan de minister van Klimaat en Groene Groei, de staatssecretaris van Financiën en de "
      "minister van Infrastructuur en Waterstaat. Die staan in hoofdstuk 7."),
    PageBreak(),

    H("1 Inleiding"),
    H("1.1 Aanleiding", 2),
    P("Nederland heeft zich wettelijk verplicht de uitstoot van broeikasgassen in 2030 met ten minste 55 procent te "
      "verminderen ten opzichte van 1990, en in 2050 klimaatneutraal te zijn. Om dat doel te halen heeft het kabinet "
      "een Klimaatfonds ingesteld van ruim 35 miljard euro, dat tot 2030 wordt uitgegeven. Daarnaast lopen er "
      "bestaande regelingen door, waarvan de SDE++ de grootste is. Opgeteld gaat het om de grootste "
      "subsidiestroom die de rijksoverheid ooit voor één beleidsdoel heeft ingezet.",
      footnotes=("Klimaatwet, artikel 2. Het doel van 55 procent is in 2023 in de wet opgenomen.",
                 "Wet Klimaatfonds, Staatsblad 2023, nr. 498.")),
    P("Bij zulke bedragen is het des te belangrijker dat de minister kan laten zien wat het geld oplevert. Artikel "
      "3.1 van de Comptabiliteitswet 2016 vraagt bij ieder voorstel met financiële gevolgen een toelichting op de "
      "doelstellingen, de doeltreffendheid en de doelmatigheid. In eerdere onderzoeken constateerden wij dat die "
      "toelichting bij klimaatregelingen vaak summier is. Dat was voor ons reden om de subsidies voor de "
      "energietransitie als geheel te onderzoeken.",
      footnotes=("Zie onder meer ons Verantwoordingsonderzoek 2023 bij het ministerie van Economische Zaken en "
                 "Klimaat, paragraaf 3.2.",)),
    H("1.2 Onderzoeksvragen", 2),
    P("Wij hebben ons onderzoek opgezet aan de hand van de volgende vragen:"),
    ItemList((
        ListItem("Welke doelen hebben de ministers voor de subsidieregelingen gesteld, en weten zij in hoeverre die "
                 "doelen worden bereikt?"),
        ListItem("Is de uitvoering door RVO zo ingericht dat subsidies terechtkomen bij projecten die zonder "
                 "subsidie niet van de grond waren gekomen, en dat niet-gebruikt budget tijdig vrijvalt?"),
        ListItem("Hoe verhouden de subsidies zich tot fiscale regelingen en tot subsidies van provincies?"),
    ), style="1."),
    H("1.3 Afbakening en aanpak", 2),
    P("Wij hebben acht regelingen onderzocht die samen meer dan 90 procent van de rijksuitgaven aan subsidies voor "
      "energie en klimaat vertegenwoordigen, over de periode 2019 tot en met 2024. Wij bestudeerden "
      "regelingsteksten, toelichtingen, evaluaties en begrotingsstukken, analyseerden de subsidiebestanden van RVO "
      "en spraken met medewerkers van de ministeries van KGG, Financiën en IenW, van RVO, van het Planbureau voor de "
      "Leefomgeving en van vier provincies. Van vijf provincies ontvingen wij gegevens over hun eigen regelingen. "
      "Wij hebben niet onderzocht of het klimaatbeleid als geheel toereikend is om de doelen te halen; dat is het "
      "terrein van de Klimaat- en Energieverkenning van het PBL."),
    H("1.4 Leeswijzer", 2),
    P("Hoofdstuk 2 geeft een overzicht van de onderzochte regelingen. In de hoofdstukken 3, 4 en 5 beantwoorden wij "
      "de onderzoeksvragen. Hoofdstuk 6 bevat onze conclusies en hoofdstuk 7 onze aanbevelingen. De minister van "
      "Klimaat en Groene Groei heeft, mede namens de staatssecretaris van Financiën, op ons rapport gereageerd; die "
      "reactie is afzonderlijk gepubliceerd."),
    PageBreak(),

    H("2 Het subsidielandschap"),
    P("De rijksoverheid beschikt over een brede gereedschapskist om de energietransitie te ondersteunen. Naast "
      "normering en beprijzing, zoals de CO2-heffing voor de industrie en het Europese emissiehandelssysteem, zijn "
      "dat subsidies en fiscale regelingen. In 2024 werd ruim 7,8 miljard euro aan energie- en klimaatsubsidies "
      "uitbetaald, tegen 2,9 miljard euro in 2019. Daar komt ongeveer 1 miljard euro aan belastinguitgaven via de "
      "EIA en de MIA bij.",
      footnotes=("Bron: RVO, subsidiebestanden 2019–2024; Miljoenennota 2025, bijlage Belastinguitgaven.",)),
    P("Het beeld is versnipperd. Het ministerie van KGG is verantwoordelijk voor het grootste deel van het geld, maar "
      "ook het ministerie van IenW en, via de belastinguitgaven, het ministerie van Financiën spelen een rol. "
      "Daarnaast hebben provincies en sommige gemeenten eigen regelingen. Hieronder zetten wij de belangrijkste "
      "regelingen naast elkaar."),
    OVERVIEW,
    P("Opvallend is dat vrijwel alle rijksregelingen door één organisatie worden uitgevoerd. RVO kent de aanvragers, "
      "beoordeelt de aanvragen, stelt de subsidie vast en houdt toezicht. Dat biedt kansen: RVO beschikt over "
      "gegevens waarmee samenloop en stapeling zichtbaar kunnen worden gemaakt. Zoals wij in de volgende "
      "hoofdstukken laten zien, worden die kansen nog nauwelijks benut."),

    H("3 Weten de ministers wat de subsidies opleveren?"),
    H("3.1 Doelen", 2),
    P("Een regeling kan pas worden geëvalueerd als duidelijk is wat zij moet bereiken. Van de acht onderzochte "
      "regelingen heeft alleen de SDE++ een gekwantificeerd doel, uitgedrukt in megatonnen CO2-reductie in 2030. "
      "Voor de ISDE, de DEI+, de VEKI en de SEBA staat in de toelichting alleen dat de regeling ‘bijdraagt aan’ de "
      "klimaatdoelen of ‘de markt helpt ontwikkelen’. Zulke formuleringen maken het onmogelijk om achteraf vast te "
      "stellen of de regeling geslaagd is."),
    P("Bij het openstellen van een nieuwe regeling of het verlengen van een bestaande wordt een "
      "evaluatieparagraaf opgenomen, maar die beperkt zich meestal tot de mededeling dat de regeling binnen vijf jaar "
      "wordt geëvalueerd. Welke gegevens daarvoor nodig zijn, wie die verzamelt en welke methode wordt gebruikt, "
      "wordt niet vooraf bepaald. In drie gevallen bleek bij de evaluatie dat de benodigde gegevens niet beschikbaar "
      "waren, zodat de evaluator alleen de uitvoering kon beoordelen.",
      footnotes=("Het gaat om de evaluaties van de ISDE (2022), de DEI+ (2023) en de SEBA (2023).",)),
    H("3.2 Rapportage", 2),
    P("In de jaarverslagen van de ministeries wordt over de regelingen vooral gerapporteerd in geld: hoeveel is er "
      "begroot, verplicht en uitbetaald. Over de effecten wordt niet of alleen op hoofdlijnen gerapporteerd, meestal "
      "met verwijzing naar de Klimaat- en Energieverkenning. Die verkenning schat het effect van het beleid als "
      "geheel, maar zegt weinig over de bijdrage van individuele regelingen. RVO beschikt wel over gegevens over "
      "bijvoorbeeld de opgewekte hoeveelheid energie van SDE++-installaties, maar die worden niet vertaald naar een "
      "vermeden uitstoot per regeling."),
    P("Daardoor is het voor de Tweede Kamer niet mogelijk om regelingen onderling te vergelijken. Een euro die via de "
      "SDE++ naar een windpark gaat, levert mogelijk veel meer CO2-reductie op dan een euro die via de ISDE naar een "
      "hybride warmtepomp gaat, of juist minder. Wie het budgetrecht serieus wil uitoefenen, heeft die informatie "
      "nodig."),
    H("3.3 Horizonbepaling", 2),
    P("Veel regelingen hebben geen einddatum. Zij worden jaarlijks opnieuw opengesteld, vaak met een hoger budget, "
      "zonder dat expliciet wordt afgewogen of de regeling nog nodig is. Het kabinet heeft in 2020 in het "
      "Toetsingskader risicoregelingen en subsidies afgesproken dat nieuwe regelingen een horizonbepaling krijgen, "
      "maar die afspraak wordt niet consequent toegepast. Wij zijn van mening dat een vaste looptijd helpt om het "
      "gesprek over nut en noodzaak periodiek te voeren."),
    H("3.4 Innovatieregelingen", 2),
    P("Voor regelingen die innovatie ondersteunen, zoals de DEI+, is het lastiger om een doel in CO2-reductie uit "
      "te drukken. Een pilot met een nieuwe elektrolyser vermijdt zelf weinig uitstoot; de waarde zit in wat er "
      "daarna gebeurt als de techniek op grote schaal wordt toegepast. Wij erkennen dat. Toch kan ook voor zulke "
      "regelingen vooraf worden bepaald waaraan succes wordt afgemeten, bijvoorbeeld het aantal projecten dat na "
      "afloop van de subsidie opschaalt, of de kostendaling van een techniek. Bij de DEI+ gebeurt dat niet. Het "
      "ministerie houdt wel bij hoeveel projecten zijn afgerond, maar niet wat er daarna met de resultaten is "
      "gedaan.",
      footnotes=("Volgens opgave van RVO waren van de 214 DEI+-projecten die tussen 2018 en 2022 zijn afgerond, "
                 "van 61 projecten gegevens over vervolginvesteringen bekend.",)),
    P("Een vergelijkbaar beeld zien wij bij de VEKI. Die regeling moest volgens de toelichting ‘de "
      "verduurzaming van het mkb-deel van de industrie versnellen’. Hoeveel bedrijven de regeling zou moeten "
      "bereiken en welke emissiereductie daarbij hoort, is niet vastgelegd. RVO kon ons wel per project de door de "
      "aanvrager opgegeven verwachte CO2-reductie leveren. Die opgave wordt na realisatie echter niet gecontroleerd, "
      "zodat onbekend is of de verwachting uitkomt."),
    PageBreak(),

    H("4 De uitvoering door RVO"),
    H("4.1 Meeliften", 2),
    P("Een subsidie is pas doelmatig als zij een investering uitlokt die anders niet was gedaan. Ontvangers die de "
      "investering ook zonder subsidie hadden gedaan, heten meelifters of ‘free riders’. Bij de ISDE is het aandeel "
      "meelifters groot. Uit de evaluatie van 2022 bleek dat ruim de helft van de ontvangers van een "
      "warmtepompsubsidie aangaf de warmtepomp ook zonder subsidie te hebben aangeschaft. Voor zonneboilers lag "
      "dat aandeel lager, voor isolatie hoger. De regeling is sindsdien ongewijzigd voortgezet; alleen de bedragen "
      "zijn verhoogd.",
      footnotes=("Ecorys, Evaluatie ISDE 2016–2021, in opdracht van het ministerie van EZK, 2022, tabel 4.3.",)),
    P("Wij begrijpen dat de minister de drempel voor huishoudens laag wil houden. Een regeling die eenvoudig is voor "
      "aanvragers, is ook moeilijk te richten. Maar naarmate technieken goedkoper worden, neemt de noodzaak van "
      "subsidie af. In een aantal buurlanden worden de subsidiebedragen automatisch verlaagd zodra de prijs van een "
      "techniek onder een bepaalde grens daalt."),
    H("4.2 Projecten die niet worden gebouwd", 2),
    P("Bij de SDE++ verleent RVO een subsidie voordat het project is gebouwd. De aanvrager heeft daarna vier jaar, "
      "en voor wind op land vijf jaar, om het project te realiseren. Een aanzienlijk deel van de beschikte projecten "
      "wordt echter nooit gebouwd. Van de beschikkingen uit de rondes 2016 tot en met 2019 is ongeveer een kwart "
      "niet gerealiseerd. Het budget voor die projecten blijft op de begroting staan totdat RVO de beschikking "
      "intrekt. Dat gebeurde in de onderzochte periode gemiddeld pas twee jaar na het verstrijken van de "
      "realisatietermijn."),
    P("Dit heeft gevolgen voor de begroting. Omdat de verplichtingen lang op de boeken staan, lijkt het "
      "alsof er minder ruimte is voor nieuwe projecten dan in werkelijkheid het geval is. Wanneer het geld ten "
      "slotte vrijvalt, gebeurt dat vaak aan het eind van een begrotingsjaar, waardoor het niet meer in hetzelfde "
      "jaar kan worden ingezet. Het vloeit dan terug naar de algemene middelen."),
    H("4.3 Openbaarheid", 2),
    P("RVO publiceert per regeling een lijst van projecten, maar die lijsten zijn onvolledig en moeilijk "
      "doorzoekbaar. Voor de ISDE worden geen gegevens over individuele ontvangers gepubliceerd, wat met het oog op "
      "de privacy van huishoudens begrijpelijk is. Voor zakelijke ontvangers van grote bedragen geldt dat argument "
      "niet. In de Europese staatssteunregels is openbaarmaking van steun boven 100.000 euro zelfs verplicht, maar "
      "die informatie is verspreid over verschillende registers."),
    H("4.4 Controle achteraf", 2),
    P("RVO controleert aanvragen vooraf op volledigheid en op de voorwaarden van de regeling. Na de verlening "
      "verschuift de aandacht naar de vaststelling. Bij de ISDE wordt een steekproef van aanvragers gevraagd om "
      "foto’s en facturen; bij de SDE++ worden de meetgegevens van de installatie via netbeheerders en "
      "certificerende instanties aangeleverd. Wij hebben geen aanwijzingen gevonden voor grootschalig misbruik. Wel "
      "constateren wij dat de steekproef bij de ISDE sinds 2021 kleiner is geworden, terwijl het aantal aanvragen "
      "verdrievoudigde. RVO geeft aan dat de capaciteit van de afdeling die controles uitvoert, niet is meegegroeid "
      "met het aantal regelingen dat zij moet uitvoeren.",
      footnotes=("In 2021 werd 3,1 procent van de ISDE-aanvragen achteraf gecontroleerd, in 2024 1,4 procent.",)),
    P("Een kleinere steekproef maakt de kans op ontdekking van fouten en misbruik kleiner, en daarmee ook de "
      "preventieve werking van de controle. Wij vragen de minister ervoor te zorgen dat de uitvoeringscapaciteit van "
      "RVO gelijke tred houdt met de groei van de regelingen. Wij doen daarover geen afzonderlijke aanbeveling, "
      "omdat de minister en RVO hierover al afspraken maken in het kader van het meerjarige opdrachtgeverschap."),
    PageBreak(),

    H("5 Samenloop en stapeling"),
    H("5.1 Subsidies en fiscale regelingen", 2),
    P("Een bedrijf dat investeert in een elektrische boiler of een warmtepomp voor een industrieel proces, kan "
      "daarvoor soms zowel VEKI-subsidie aanvragen als de EIA toepassen. De regelingen sluiten elkaar niet in alle "
      "gevallen uit. RVO beoordeelt de EIA-meldingen en de VEKI-aanvragen in verschillende afdelingen, en de "
      "gegevens worden niet systematisch gekoppeld. In onze steekproef van 120 VEKI-projecten vonden wij 23 "
      "projecten waarvoor voor dezelfde investering ook een EIA-melding was gedaan. In 9 gevallen overschreed de "
      "gecombineerde steun de maximale steunintensiteit die de regeling zelf noemt.",
      footnotes=("De steekproef is getrokken uit de VEKI-beschikkingen van 2021 tot en met 2023. De toetsing aan "
                 "de steunintensiteit is een indicatie; een definitief oordeel vraagt om dossieronderzoek door "
                 "RVO.",)),
    P("Daarnaast kent de energiebelasting vrijstellingen en verlaagde tarieven die het gebruik van fossiele "
      "brandstoffen goedkoper maken, bijvoorbeeld voor grootverbruikers in de hoogste verbruiksschijven en voor "
      "bepaalde industriële processen. Deze belastinguitgaven werken het doel van de klimaatsubsidies deels tegen. "
      "Het kabinet heeft in 2023 een aantal van deze regelingen in kaart gebracht, maar een besluit over afbouw "
      "ontbreekt voor het merendeel."),
    P("De Miljoenennota bevat een bijlage over belastinguitgaven en een overzicht van klimaatuitgaven in het "
      "kader van het Klimaatfonds. Een samenhangend overzicht van alle uitgaven en belastinguitgaven voor klimaat en "
      "energie, met per regeling het beoogde effect, ontbreekt echter. Wie wil weten hoeveel het Rijk in totaal "
      "uitgeeft aan de verduurzaming van de industrie, moet gegevens uit ten minste vier documenten combineren."),
    H("5.2 Rijk en provincies", 2),
    P("Provincies geven ieder jaar enkele honderden miljoenen euro’s uit aan subsidies voor energie. Zij richten "
      "zich vaak op dezelfde doelgroepen als het Rijk: het mkb, energiecoöperaties en maatschappelijk vastgoed. In "
      "twee van de vier provincies die wij bezochten, kwam het voor dat een project naast een rijkssubsidie ook een "
      "provinciale bijdrage ontving, zonder dat de verstrekkers dat van elkaar wisten. Provincies registreren hun "
      "subsidies op een eigen manier, zodat gegevens niet zonder meer met die van RVO te vergelijken zijn. Er is "
      "geen landelijk overzicht van wat provincies uitgeven en met welk resultaat."),

    PageBreak(),
    H("6 Conclusies"),
    P("Het Rijk besteedt een snel groeiend bedrag aan subsidies voor de energietransitie. Wij concluderen dat de "
      "ministers onvoldoende zicht hebben op wat die subsidies opleveren. Doelen ontbreken of zijn niet meetbaar, "
      "de rapportage richt zich op geld en niet op effect, en evaluaties stuiten op het ontbreken van gegevens."),
    P("Wij concluderen verder dat de uitvoering op twee punten tekortschiet. Bij de ISDE gaat een groot deel van "
      "het geld naar huishoudens die ook zonder subsidie hadden geïnvesteerd. Bij de SDE++ blijft budget te lang "
      "vastzitten in projecten die niet doorgaan. Beide problemen zijn al jaren bekend en zijn niet opgelost."),
    P("Ten slotte concluderen wij dat er geen overzicht bestaat van de samenloop tussen subsidies, fiscale "
      "regelingen en provinciale bijdragen. Daardoor is niet uit te sluiten dat sommige projecten meer steun "
      "ontvangen dan nodig of toegestaan is, terwijl tegelijk fiscale regelingen bestaan die fossiel gebruik "
      "bevoordelen."),

    H("7 Aanbevelingen"),
    P("Op basis van onze conclusies doen wij de volgende aanbevelingen."),
    P("Aan de minister van Klimaat en Groene Groei bevelen wij aan:", bold=True),
    ItemList((
        rec("A1", "voor iedere nieuwe of te verlengen subsidieregeling vooraf vast te leggen welke bijdrage in "
                  "CO2-reductie of hernieuwbare energie de regeling moet leveren, en hoe, met welke gegevens en "
                  "wanneer dat wordt geëvalueerd;", "EZ"),
        rec("A2", "RVO per regeling jaarlijks te laten rapporteren over de gerealiseerde CO2-reductie, naast de "
                  "verplichte en uitbetaalde bedragen, en deze informatie in het jaarverslag op te nemen;", "EZ"),
        rec("A3", "het aandeel meelifters in de ISDE opnieuw vast te stellen en de subsidiebedragen af te bouwen "
                  "voor technieken die zonder subsidie rendabel zijn geworden;", "EZ"),
        rec("A4", "RVO opdracht te geven SDE++-beschikkingen van projecten die na de realisatietermijn niet zijn "
                  "gebouwd binnen zes maanden in te trekken, en het daardoor vrijvallende budget in hetzelfde jaar "
                  "opnieuw beschikbaar te stellen voor de regeling;", "EZ"),
        rec("A5", "een openbaar en doorzoekbaar overzicht te publiceren van alle zakelijke ontvangers van energie- en "
                  "klimaatsubsidies die meer dan 100.000 euro ontvangen.", "EZ"),
    ), style="•"),
    P("Aan de minister van Klimaat en Groene Groei en de staatssecretaris van Financiën bevelen wij aan:",
      bold=True),
    ItemList((
        rec("A6", "in kaart te brengen bij welke investeringen subsidies en de EIA of MIA samenvallen, en de "
                  "regelingen zo aan te passen dat dezelfde investering niet dubbel wordt gestimuleerd;", "EZ", "FIN"),
        rec("A7", "in de Miljoenennota een integraal overzicht op te nemen van alle uitgaven en belastinguitgaven "
                  "voor klimaat en energie, met per regeling het beoogde en het gerealiseerde effect;", "FIN", "EZ"),
        rec("A8", "iedere subsidieregeling voor energie en klimaat een looptijd van ten hoogste vijf jaar te geven, "
                  "waarna verlenging alleen mogelijk is na een positieve evaluatie.", "EZ", "FIN"),
    ), style="•"),
    P("Aan de staatssecretaris van Financiën bevelen wij aan:", bold=True),
    ItemList((
        rec("A9", "een afbouwpad op te stellen voor de vrijstellingen en verlaagde tarieven in de energiebelasting "
                  "die het gebruik van fossiele brandstoffen bevoordelen, en dat pad aan de Tweede Kamer voor te "
                  "leggen.", "FIN"),
    ), style="•"),
    P("Aan de minister van Infrastructuur en Waterstaat bevelen wij aan:", bold=True),
    ItemList((
        rec("A10", "de subsidie voor emissieloze bedrijfsauto’s te beëindigen voor voertuigcategorieën waarin het "
                   "aandeel emissieloze verkopen boven de 30 procent ligt;", "IenW"),
        rec("A11", "subsidies voor de verduurzaming van binnenvaartschepen pas uit te betalen nadat de "
                   "emissiereductie met metingen aan boord is aangetoond.", "IenW"),
    ), style="•"),
    P("Aan de minister van Klimaat en Groene Groei bevelen wij ten slotte aan:", bold=True),
    ItemList((
        rec("A12", "samen met de provincies afspraken te maken over een gemeenschappelijke registratie van "
                   "rijks- en provinciale energiesubsidies, zodat stapeling zichtbaar wordt en regelingen op elkaar "
                   "kunnen worden afgestemd.", "EZ", "OTHER"),
    ), style="•"),
)

REPORT = Document(
    title="Subsidiëren zonder meetlat",
    subtitle="Onderzoek naar de doeltreffendheid en doelmatigheid van subsidies voor de energietransitie",
    blocks=REPORT_BLOCKS,
    running_header="Algemene Rekenkamer — Subsidiëren zonder meetlat",
    footer="{page}",
    font_size=10.5,
    imprint=("Algemene Rekenkamer", "Lange Voorhout 8, Den Haag", "3 april 2025"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

RESPONSE_BLOCKS = (
    P("Aan de President van de Algemene Rekenkamer"),
    P("Postbus 20015"),
    P("2500 EA Den Haag"),
    P("Datum 6 maart 2025"),
    P("Onderwerp Bestuurlijke reactie op het conceptrapport ‘Subsidiëren zonder meetlat’"),
    P("Kenmerk DGKE-KGG / 25104417"),
    P("Geachte heer Van der Meulen,"),
    P("Op 5 februari 2025 ontving ik uw conceptrapport ‘Subsidiëren zonder meetlat’, waarin u de subsidies voor de "
      "energietransitie onderzoekt. Graag geef ik, mede namens de staatssecretaris van Financiën – Fiscaliteit en "
      "Belastingdienst, mijn bestuurlijke reactie. Ik waardeer het dat de Rekenkamer de regelingen in samenhang "
      "bekijkt; dat gebeurt in het beleid zelf nog te weinig."),
    P("De komende jaren neemt het bedrag dat via subsidies naar de verduurzaming van Nederland gaat verder toe. "
      "Juist daarom moeten wij scherp zijn op wat die subsidies opleveren. Tegelijk vraag ik begrip voor het "
      "spanningsveld waarin wij werken: bedrijven en huishoudens vragen om regelingen die eenvoudig, voorspelbaar "
      "en langjarig zijn, terwijl sturen op effect soms vraagt om snellere aanpassingen en meer gegevens. Ik loop "
      "hieronder de aanbevelingen langs, te beginnen bij de fiscale kant."),

    H("Fiscale regelingen en de begroting", 2),
    P("De staatssecretaris van Financiën en ik zullen samen met RVO en de Belastingdienst nagaan bij welke "
      "investeringen de EIA of MIA samenvalt met een subsidie, en de regelingen waar nodig aanpassen zodat "
      "dubbele steun wordt uitgesloten. Wij beginnen met de VEKI, waar u de meeste gevallen aantrof. De uitkomsten "
      "worden verwerkt in de regelingen voor 2026.",
      answers=(Answer("A6", "agree",
                      "De staatssecretaris van Financiën en ik zullen samen met RVO en de Belastingdienst nagaan bij "
                      "welke investeringen de EIA of MIA samenvalt met een subsidie, en de regelingen waar nodig "
                      "aanpassen zodat dubbele steun wordt uitgesloten."),)),
    P("U beveelt aan om in de Miljoenennota een integraal overzicht op te nemen van klimaatuitgaven en "
      "belastinguitgaven. De Miljoenennota kent al een bijlage met alle belastinguitgaven, en de jaarlijkse "
      "Klimaat- en Energienota geeft een overzicht van de inzet van het Klimaatfonds en de SDE++ met de geraamde "
      "effecten, gebaseerd op de Klimaat- en Energieverkenning. Wij menen dat deze stukken samen het gevraagde "
      "inzicht al in voldoende mate bieden, en zien geen meerwaarde in een afzonderlijk overzicht.",
      answers=(Answer("A7", "disagree",
                      "Wij menen dat deze stukken samen het gevraagde inzicht al in voldoende mate bieden, en zien "
                      "geen meerwaarde in een afzonderlijk overzicht."),)),
    P("Het kabinet neemt de aanbeveling over een afbouwpad voor de fossiele vrijstellingen in de energiebelasting "
      "niet over. Over de energiebelasting wordt besloten in de integrale afweging van de koopkracht- en "
      "lastenontwikkeling bij de augustusbesluitvorming, en het kabinet wil daar niet op vooruitlopen met een "
      "vooraf vastgelegd pad. Een abrupte wijziging zou bovendien de concurrentiepositie van de industrie onder druk "
      "zetten.",
      answers=(Answer("A9", "disagree",
                      "Het kabinet neemt de aanbeveling over een afbouwpad voor de fossiele vrijstellingen in de "
                      "energiebelasting niet over."),)),

    H("Uitvoering door RVO", 2),
    P("Het Klimaatfonds financiert tot 2030 een groot aantal nieuwe regelingen, en het budget van de SDE++ voor de "
      "openstellingsronde 2025 bedraagt 8 miljard euro. Het ministerie en RVO werken met een jaarlijks "
      "uitvoeringsplan waarin per regeling de verwachte aantallen aanvragen en de benodigde capaciteit worden "
      "vastgelegd."),
    P("Uw analyse van de SDE++-projecten die niet worden gerealiseerd, deel ik. RVO gaat beschikkingen van "
      "projecten die na het verstrijken van de realisatietermijn niet zijn gebouwd, voortaan binnen zes maanden "
      "intrekken; daarvoor wordt in 2025 extra capaciteit ingezet. Het vrijgevallen budget in hetzelfde jaar "
      "opnieuw openstellen is echter niet goed mogelijk, omdat een openstellingsronde maanden voorbereiding vraagt "
      "en de begrotingsregels voorschrijven dat vrijval terugvloeit naar de algemene middelen.",
      answers=(Answer("A4", "partial",
                      "Het vrijgevallen budget in hetzelfde jaar opnieuw openstellen is echter niet goed mogelijk, "
                      "omdat een openstellingsronde maanden voorbereiding vraagt en de begrotingsregels voorschrijven "
                      "dat vrijval terugvloeit naar de algemene middelen."),)),
    P("Wat de ISDE betreft herken ik het beeld dat een deel van de aanvragers ook zonder subsidie zou investeren. "
      "Tegelijk is de subsidie voor veel huishoudens het laatste zetje, en speelt zij een rol in het vertrouwen in "
      "nieuwe technieken. Ik zal bij de evaluatie van de regeling in 2026 laten bezien hoe het aandeel meelifters "
      "zich heeft ontwikkeld, en of een geleidelijke verlaging van de bedragen voor warmtepompen verantwoord is.",
      answers=(Answer("A3", "partial",
                      "Ik zal bij de evaluatie van de regeling in 2026 laten bezien hoe het aandeel meelifters zich "
                      "heeft ontwikkeld, en of een geleidelijke verlaging van de bedragen voor warmtepompen "
                      "verantwoord is."),)),

    H("Doelen, rapportage en looptijd", 2),
    P("Ik onderschrijf uw aanbeveling om voor iedere regeling vooraf een meetbaar doel en een evaluatieopzet vast te "
      "leggen, en zal dat vanaf 2026 bij elke nieuwe en te verlengen regeling doen. Een vaste looptijd van vijf jaar "
      "voor alle regelingen, met verlenging alleen na een evaluatie, vind ik daarentegen te zwaar: voor regelingen "
      "met langlopende verplichtingen, zoals de SDE++, zou dat investeerders onzekerheid geven, en de kosten van een "
      "volledige evaluatie elke vijf jaar staan voor kleinere regelingen niet in verhouding tot het budget dat "
      "ermee is gemoeid.",
      answers=(
          Answer("A1", "agree",
                 "Ik onderschrijf uw aanbeveling om voor iedere regeling vooraf een meetbaar doel en een "
                 "evaluatieopzet vast te leggen, en zal dat vanaf 2026 bij elke nieuwe en te verlengen regeling "
                 "doen."),
          Answer("A8", "disagree",
                 "Een vaste looptijd van vijf jaar voor alle regelingen, met verlenging alleen na een evaluatie, vind "
                 "ik daarentegen te zwaar: voor regelingen met langlopende verplichtingen, zoals de SDE++, zou dat "
                 "investeerders onzekerheid geven, en de kosten van een volledige evaluatie elke vijf jaar staan "
                 "voor kleinere regelingen niet in verhouding tot het budget dat ermee is gemoeid."),
      )),
    P("In het jaarverslag over 2025 wordt voor de SDE++, de ISDE en de VEKI per regeling de vermeden uitstoot "
      "opgenomen, op basis van de productie- en installatiegegevens waarover RVO beschikt. Vanaf het jaarverslag "
      "over 2026 geldt dat voor alle regelingen met een budget van meer dan 50 miljoen euro per jaar.",
      answers=(Answer("A2", "agree",
                      "In het jaarverslag over 2025 wordt voor de SDE++, de ISDE en de VEKI per regeling de vermeden "
                      "uitstoot opgenomen, op basis van de productie- en installatiegegevens waarover RVO "
                      "beschikt."),)),
    P("Het overzicht van samenloop met de fiscale regelingen, dat ik hierboven aankondigde, zal ik ook gebruiken om "
      "in de evaluaties na te gaan of de gecombineerde steun binnen de staatssteunkaders blijft.",
      answers=(Answer("A6", "agree",
                      "Het overzicht van samenloop met de fiscale regelingen, dat ik hierboven aankondigde, zal ik "
                      "ook gebruiken om in de evaluaties na te gaan of de gecombineerde steun binnen de "
                      "staatssteunkaders blijft."),)),

    H("Provincies en andere ministeries", 2),
    P("Het is waardevol om beter zicht te krijgen op de stapeling van rijks- en provinciale subsidies. Provincies "
      "voeren hun eigen beleid en hebben eigen systemen, en een gemeenschappelijke registratie vergt hun "
      "instemming. Ik ga daarom met het Interprovinciaal Overleg verkennen of en hoe de gegevens kunnen worden "
      "uitgewisseld, en bezie daarna welke afspraken passend zijn.",
      answers=(Answer("A12", "partial",
                      "Ik ga daarom met het Interprovinciaal Overleg verkennen of en hoe de gegevens kunnen worden "
                      "uitgewisseld, en bezie daarna welke afspraken passend zijn."),)),
    P("Uw rapport bevat ook aanbevelingen aan de minister van Infrastructuur en Waterstaat over de subsidies voor "
      "emissieloze bedrijfsauto’s en voor de binnenvaart. De minister van IenW stuurt u daarover een eigen "
      "reactie."),
    P("Ik dank u voor het zorgvuldige onderzoek en zie uit naar uw nawoord."),
    P("Hoogachtend,"),
    P("de minister van Klimaat en Groene Groei,"),
    P("drs. K.L. Ouwehand"),
)

RESPONSE = Document(
    title="Ministerie van Klimaat en Groene Groei",
    subtitle="Directoraat-generaal Klimaat en Energie",
    blocks=RESPONSE_BLOCKS,
    running_header="Bestuurlijke reactie ‘Subsidiëren zonder meetlat’ — 6 maart 2025",
    footer="Pagina {page} van {pages}",
    font_size=10.5,
    title_page=False,
)

PAIR = Pair(
    name="climate_subsidies",
    report=REPORT,
    response=RESPONSE,
    description="Fictional Algemene Rekenkamer-style audit of energy and climate subsidies (12 unnumbered '•' "
                "recommendations A1-A12 under bold lead-ins per minister, a two-column scheme overview, footnotes) "
                "and the KGG/FIN bestuurlijke reactie. Held-out pair: written apart from the tuned pairs.",
)
