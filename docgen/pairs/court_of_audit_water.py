"""Pair: an Algemene Rekenkamer-style audit of the protection of drinking-water sources, and the Kamerbrief in which
the minister of Infrastructuur en Waterstaat, also on behalf of the minister of LVVN, reacts to it.

Layout traits this pair tests: eighteen recommendations numbered on through the report (1-18) in the "Conclusies en
aanbevelingen" section that closes chapters 3 to 6, and repeated in shortened form as a numbered list in the summary
at the front (``duplicate_of``; the gold page is that of the summary); some recommendations under a bold lead-in
naming the addressee, others as a full sentence ("Wij bevelen de minister van IenW en de minister van LVVN aan om
..."); addressees are one or two ministers, an agency through its minister (Rijkswaterstaat, ILT, RIVM) and
provinces and water boards as partners; a bulleted list of research questions that is not a recommendation list;
footnotes.

The response letter follows its own themes (money first, then agriculture, discharges, water quantity, supervision),
answers 4 and 16 by number and the rest by subject, answers 14 (agree) and 15 (disagree) in one paragraph, answers 6
in two places, passes 8 on to the minister of VRO without a position, and has a paragraph on the Deltaprogramma that
touches 17 without taking a position; 8 and 17 are not addressed.

Gold rules used here (README "What the positions mean"): a committed measure that does what is asked is ``agree``
even without a cue word (3, 12); exploring or talking without a commitment is ``partial`` (6, 9); a pilot only is
``partial`` (11); "dit gebeurt al" is ``disagree`` when the response points to existing practice as the reason to do
nothing beyond what the report already found insufficient (5), and ``agree`` only when it shows or commits to the asked
measure itself; passing a recommendation on to another minister without a position is ``not_addressed`` (8).
All prose is fictional and was written for this held-out test set.
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


def rec(number: str, text: str, *departments: str) -> ListItem:
    return ListItem(text, recommendation=Recommendation(number, tuple(departments)))


def short(number: str, text: str) -> ListItem:
    """The summary's shortened repeat of recommendation ``number``."""
    return ListItem(text, recommendation=Recommendation(number, (), duplicate_of=number))


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

SUMMARY_LIST = ItemList((
    short("1", "Beoordeel binnen een jaar de toelating van gewasbeschermingsmiddelen die in bronnen boven de "
               "signaleringswaarde worden gevonden, en rapporteer daarover jaarlijks (IenW en LVVN)."),
    short("2", "Scherp de mestnormen in grondwaterbeschermingsgebieden en intrekgebieden aan (LVVN)."),
    short("3", "Laat Rijkswaterstaat lozingsvergunningen bij innamepunten toetsen en verouderde vergunningen "
               "actualiseren (IenW)."),
    short("4", "Breng met de waterschappen de lozingen van opkomende stoffen op regionale wateren in beeld (IenW)."),
    short("5", "Leg een minimale meetfrequentie voor opkomende stoffen bij innamepunten wettelijk vast (IenW)."),
    short("6", "Breng de zuiveringskosten door verontreiniging in beeld en leg ze bij de vervuiler (IenW en LVVN)."),
    short("7", "Maak bindende afspraken met provincies over aanvullende strategische voorraden (IenW)."),
    short("8", "Borg drinkwaterwinning als nationaal belang in de Nota Ruimte (VRO)."),
    short("9", "Geef drinkwater bij schaarste ook voor grondwater wettelijk voorrang (IenW)."),
    short("10", "Maak van de ambitie van 100 liter per persoon per dag een wettelijk doel met maatregelen (IenW)."),
    short("11", "Registreer alle grondwateronttrekkingen voor beregening (IenW en LVVN)."),
    short("12", "Pas de rekenregels voor de vermogenskostenvergoeding aan (IenW)."),
    short("13", "Laat de ILT risicogericht toezicht houden op bronbescherming en daarover publiceren (IenW)."),
    short("14", "Publiceer jaarlijks een landelijk beeld van de kwaliteit van alle bronnen (IenW)."),
    short("15", "Neem doelen en indicatoren voor drinkwater op in begroting en jaarverslag (IenW)."),
    short("16", "Zorg dat drinkwaterbedrijven direct worden gewaarschuwd bij ongewone lozingen (IenW)."),
    short("17", "Richt een interbestuurlijk programma bronbescherming in met doelen per provincie (IenW)."),
    short("18", "Informeer de Kamer vóór 2027 of de KRW-doelen voor drinkwaterbronnen worden gehaald (IenW en LVVN)."),
), style="1.")

REPORT_BLOCKS = (
    H("Samenvatting"),
    H("Wat wij onderzochten", 2),
    P("Nederlanders drinken dagelijks water uit de kraan zonder erbij stil te staan. Dat kan, omdat tien "
      "drinkwaterbedrijven uit grondwater, rivierwater en duinwater betrouwbaar drinkwater maken. Die bronnen staan "
      "echter onder druk. Restanten van bestrijdingsmiddelen, nitraat uit mest, industriële stoffen en "
      "medicijnresten bereiken steeds vaker de plekken waar water wordt gewonnen. Tegelijk groeit de vraag naar "
      "drinkwater en worden droge zomers vaker en langer. Wij hebben onderzocht of de minister van Infrastructuur en "
      "Waterstaat, die stelselverantwoordelijk is voor de drinkwatervoorziening, en de minister van Landbouw, "
      "Visserij, Voedselzekerheid en Natuur, die over het landbouwbeleid gaat, de bronnen van ons drinkwater "
      "voldoende beschermen."),
    H("Wat wij vonden", 2),
    P("Het antwoord is: onvoldoende. Bij een op de drie winningen voor drinkwater is de kwaliteit van het ruwe water "
      "de afgelopen tien jaar verslechterd. Voor een deel van de verontreinigingen is bekend waar zij vandaan komen, "
      "maar ontbreekt het aan maatregelen om ze bij de bron te stoppen. Drinkwaterbedrijven lossen het probleem op "
      "met steeds zwaardere zuivering, waarvan de kosten via de waterrekening bij de burger terechtkomen. Voor de "
      "beschikbaarheid van water in de toekomst zijn reserves aangewezen, maar de afspraken daarover zijn "
      "vrijblijvend. En de minister heeft geen volledig beeld van de toestand van de bronnen, omdat gegevens "
      "versnipperd zijn over provincies, waterschappen, Rijkswaterstaat en de bedrijven zelf."),
    H("Onze aanbevelingen", 2),
    P("In de hoofdstukken 3 tot en met 6 doen wij in totaal achttien aanbevelingen. Hieronder staan zij kort "
      "samengevat; de volledige tekst staat aan het einde van elk hoofdstuk."),
    SUMMARY_LIST,
    PageBreak(),

    H("1 Inleiding"),
    H("1.1 Aanleiding", 2),
    P("De Drinkwaterwet bepaalt dat de zorg voor de duurzame veiligstelling van de openbare drinkwatervoorziening "
      "een dwingende reden van groot openbaar belang is. Alle bestuursorganen moeten die zorg meewegen bij de "
      "uitoefening van hun bevoegdheden. In de praktijk blijkt dat lastig. De vergunning voor een lozing, het "
      "bestemmingsplan voor een nieuw bedrijventerrein of de regels voor het uitrijden van mest worden vaak zonder "
      "zicht op de drinkwaterwinning vastgesteld.",
      footnotes=("Drinkwaterwet, artikel 2, eerste lid.",)),
    P("In 2024 waarschuwde de vereniging van drinkwaterbedrijven Vewin dat de bedrijven in de komende tien jaar "
      "ruim 12 miljard euro moeten investeren in zuivering, nieuwe winningen en leidingen. Het RIVM becijferde dat "
      "er in 2030 in delen van Gelderland, Overijssel en Flevoland onvoldoende water kan zijn om aan de vraag te "
      "voldoen. Die signalen waren voor ons aanleiding om de bescherming van drinkwaterbronnen te onderzoeken.",
      footnotes=("Vewin, Drinkwaterstatistieken 2024; RIVM, Beschikbaarheid van drinkwaterbronnen tot 2030, "
                 "rapport 2024-0098.",)),
    H("1.2 Onderzoeksvragen", 2),
    P("Wij hebben de volgende vragen gesteld:"),
    ItemList((
        ListItem("Hoe is het gesteld met de kwaliteit van de bronnen waaruit drinkwater wordt gemaakt, en welke "
                 "maatregelen nemen de ministers om verontreiniging bij de bron te voorkomen?"),
        ListItem("Is er in de toekomst genoeg water beschikbaar voor de drinkwatervoorziening, en hoe is dat "
                 "geborgd?"),
        ListItem("Kunnen drinkwaterbedrijven de noodzakelijke investeringen financieren?"),
        ListItem("Heeft de minister van IenW voldoende zicht op de toestand van de bronnen, en wordt er voldoende "
                 "toezicht gehouden?"),
    ), style="•"),
    H("1.3 Aanpak", 2),
    P("Wij analyseerden meetgegevens van 214 winningen over de periode 2013–2023, bestudeerden beleidsstukken, "
      "vergunningen en provinciale omgevingsverordeningen, en spraken met medewerkers van de ministeries van IenW en "
      "LVVN, Rijkswaterstaat, de Inspectie Leefomgeving en Transport (ILT), het RIVM, zes provincies, vijf "
      "waterschappen en vijf drinkwaterbedrijven. Onze bevindingen over de financiering zijn gebaseerd op de "
      "jaarverslagen van alle tien drinkwaterbedrijven en op de berekeningen van de vermogenskostenvoet door de "
      "minister. Wij hebben de kwaliteit van het drinkwater dat uit de kraan komt niet onderzocht; die voldoet aan de "
      "wettelijke eisen."),
    PageBreak(),

    H("2 Wie is waarvoor verantwoordelijk"),
    P("De verantwoordelijkheid voor de drinkwatervoorziening is verdeeld over veel partijen. De minister van IenW is "
      "stelselverantwoordelijk: hij stelt de regels, bepaalt de kaders voor de tarieven en ziet via de ILT toe op de "
      "naleving. De drinkwaterbedrijven hebben een zorgplicht om binnen hun gebied drinkwater te leveren. Provincies "
      "wijzen grondwaterbeschermingsgebieden aan en verlenen vergunningen voor grote grondwateronttrekkingen. "
      "Waterschappen beheren de regionale wateren en verlenen vergunningen voor lozingen daarop. Rijkswaterstaat doet "
      "hetzelfde voor de grote rivieren, het IJsselmeer en de kanalen, waar een derde van het drinkwater vandaan "
      "komt."),
    P("Voor het landbouwbeleid, waaronder de regels voor mest en de toelating van gewasbeschermingsmiddelen, is de "
      "minister van LVVN verantwoordelijk. De toelating zelf is belegd bij het College voor de toelating van "
      "gewasbeschermingsmiddelen en biociden (Ctgb), een zelfstandig bestuursorgaan. Gemeenten en provincies "
      "bepalen via hun omgevingsplannen en -verordeningen welke activiteiten in de buurt van winningen zijn "
      "toegestaan. De minister van Volkshuisvesting en Ruimtelijke Ordening geeft met de Nota Ruimte richting aan "
      "die keuzes."),
    P("Deze verdeling van taken is op zichzelf logisch, maar maakt ook dat niemand het geheel overziet. Een "
      "drinkwaterbedrijf dat te maken krijgt met een nieuwe stof in zijn bron, moet bij drie of vier overheden "
      "aankloppen om de oorzaak aan te pakken, en kan geen van hen dwingen iets te doen."),

    H("3 De kwaliteit van de bronnen"),
    H("3.1 Bestrijdingsmiddelen", 2),
    P("In 2023 werden in 68 van de 214 winningen resten van gewasbeschermingsmiddelen of de afbraakproducten daarvan "
      "aangetroffen in een concentratie boven de signaleringswaarde van 0,1 microgram per liter. Bij 19 winningen "
      "ging het om middelen die nog steeds zijn toegelaten. Drinkwaterbedrijven melden zulke overschrijdingen bij "
      "het Ctgb, maar dat leidt zelden tot een herbeoordeling van de toelating. Het Ctgb wacht meestal de periodieke "
      "herbeoordeling op Europees niveau af, die eens in de tien tot vijftien jaar plaatsvindt.",
      footnotes=("De signaleringswaarde is gelijk aan de drinkwaternorm voor een afzonderlijk bestrijdingsmiddel.",)),
    P("De minister van LVVN heeft in het Uitvoeringsprogramma Toekomstvisie gewasbescherming 2030 afgesproken dat "
      "de emissie naar grond- en oppervlaktewater met 95 procent wordt teruggebracht. Over de voortgang wordt "
      "gerapporteerd in algemene termen, niet per winning of per middel. De Tweede Kamer kan daardoor niet "
      "beoordelen of de aanpak werkt waar het voor drinkwater het meest nodig is."),
    H("3.2 Nitraat", 2),
    P("In zandgebieden in het oosten en zuiden van het land is nitraat het grootste probleem. Het grondwater dat daar "
      "wordt opgepompt, bevat bij twaalf winningen meer dan 37,5 milligram nitraat per liter, driekwart van de norm "
      "van 50 milligram. De drinkwaterbedrijven moeten daar water mengen of zuiveren. Omdat grondwater er tientallen "
      "jaren over doet om de put te bereiken, is het nitraat dat vandaag wordt gemeten, afkomstig van bemesting uit "
      "de jaren negentig en later. De concentratie zal de komende jaren dus nog stijgen, ook als er nu niets meer "
      "bij komt."),
    P("Het zevende en achtste actieprogramma Nitraatrichtlijn bevatten maatregelen voor heel Nederland, en in enkele "
      "grondwaterbeschermingsgebieden hebben provincies met boeren vrijwillige afspraken gemaakt. In de gebieden "
      "waar de situatie het ernstigst is, zijn de gebruiksnormen voor mest niet strenger dan elders."),
    H("3.3 Lozingen en opkomende stoffen", 2),
    P("Een derde van het drinkwater wordt gemaakt uit oppervlaktewater, vooral uit de Rijn en de Maas. Langs die "
      "rivieren lozen bedrijven en rioolwaterzuiveringen op grond van vergunningen van Rijkswaterstaat en de "
      "waterschappen. Van de 143 vergunningen van Rijkswaterstaat voor lozingen stroomopwaarts van een innamepunt "
      "dateert bijna de helft van vóór 2010. In die vergunningen zijn stoffen die pas later als risico werden "
      "herkend, zoals PFAS en bepaalde industriële oplosmiddelen, niet gereguleerd. Rijkswaterstaat toetst bij "
      "nieuwe vergunningen wel aan de gevolgen voor de drinkwaterbereiding, maar doet dat niet volgens een vaste "
      "methode.",
      footnotes=("Eigen analyse van het vergunningenbestand van Rijkswaterstaat, peildatum 1 januari 2024.",)),
    P("Voor de regionale wateren, die worden beheerd door de 21 waterschappen, is geen landelijk overzicht van "
      "lozingen van opkomende stoffen. Sommige waterschappen hebben hun vergunningen systematisch doorgelicht, andere "
      "niet. Drinkwaterbedrijven meten bij hun innamepunten een breed pakket stoffen, maar de frequentie verschilt "
      "sterk: van wekelijks tot enkele keren per jaar. Wanneer een ongewone lozing plaatsvindt, horen "
      "drinkwaterbedrijven daar soms pas dagen later van, wanneer zij de inname al niet meer tijdig konden stoppen."),
    H("3.4 Wie betaalt", 2),
    P("De extra zuivering die nodig is door verontreiniging, wordt betaald door de drinkwaterbedrijven en dus door "
      "hun klanten. Hoeveel dat is, weet niemand precies. Vewin schat de extra kosten op 150 tot 300 miljoen euro per "
      "jaar. De Kaderrichtlijn Water schrijft voor dat de kosten van waterdiensten worden terugverdiend volgens het "
      "beginsel dat de vervuiler betaalt. Voor de kosten van drinkwaterzuivering wordt dat beginsel in Nederland "
      "niet toegepast."),
    H("3.5 Conclusies en aanbevelingen", 2),
    P("De ministers slagen er onvoldoende in om verontreiniging van drinkwaterbronnen bij de bron te voorkomen. "
      "Signalen over bestrijdingsmiddelen leiden niet tot snelle maatregelen, de aanpak van nitraat is in de meest "
      "kwetsbare gebieden niet strenger dan elders, en lozingsvergunningen zijn voor een groot deel verouderd. De "
      "rekening ligt bij de drinkwaterklant."),
    P("Wij bevelen de minister van Infrastructuur en Waterstaat en de minister van Landbouw, Visserij, "
      "Voedselzekerheid en Natuur aan:", bold=True),
    ItemList((
        rec("1", "ervoor te zorgen dat de toelating van ieder gewasbeschermingsmiddel dat in een drinkwaterbron "
                 "boven de signaleringswaarde wordt aangetroffen, binnen een jaar opnieuw wordt beoordeeld, en de "
                 "Tweede Kamer jaarlijks per middel te rapporteren over de overschrijdingen en de genomen "
                 "maatregelen;", "IenW", "LNV"),
    ), style="1."),
    ItemList((
        rec("2", "Wij bevelen de minister van LVVN aan om in grondwaterbeschermingsgebieden en intrekgebieden van "
                 "winningen de gebruiksnormen voor stikstof uit mest zo aan te scherpen dat de nitraatconcentratie in "
                 "het opgepompte grondwater uiterlijk in 2035 onder de 25 milligram per liter ligt.", "LNV"),
    ), style="1.", start=2),
    P("Wij bevelen de minister van Infrastructuur en Waterstaat aan:", bold=True),
    ItemList((
        rec("3", "Rijkswaterstaat opdracht te geven bij het verlenen en herzien van vergunningen voor lozingen "
                 "stroomopwaarts van een innamepunt de gevolgen voor de drinkwaterbereiding volgens een vaste "
                 "methode te toetsen, en de vergunningen die dateren van vóór 2010 uiterlijk in 2027 te "
                 "actualiseren;", "IenW"),
        rec("4", "samen met de waterschappen een landelijk overzicht op te stellen van lozingen van opkomende "
                 "stoffen op regionale wateren, en te bevorderen dat alle waterschappen hun vergunningen op die "
                 "stoffen doorlichten;", "IenW", "OTHER"),
        rec("5", "in het Drinkwaterbesluit een minimale meetfrequentie voor opkomende stoffen bij innamepunten van "
                 "oppervlaktewater vast te leggen.", "IenW"),
    ), style="1.", start=3),
    ItemList((
        rec("6", "Wij bevelen de minister van IenW en de minister van LVVN aan om de kosten die drinkwaterbedrijven "
                 "maken voor de zuivering van verontreiniging uit landbouw en industrie in beeld te brengen, en een "
                 "voorstel te doen om die kosten volgens het beginsel ‘de vervuiler betaalt’ bij de veroorzakers in "
                 "rekening te brengen.", "IenW", "LNV"),
    ), style="1.", start=6),
    PageBreak(),

    H("4 Genoeg water voor morgen"),
    H("4.1 Reserves", 2),
    P("Om aan de groeiende vraag te kunnen voldoen, hebben de provincies op verzoek van het Rijk aanvullende "
      "strategische voorraden (ASV’s) grondwater aangewezen: gebieden waar in de toekomst een nieuwe winning mogelijk "
      "moet blijven. Wij constateren dat de bescherming van die gebieden sterk verschilt. In vier provincies gelden "
      "er dezelfde regels als in een grondwaterbeschermingsgebied, in andere provincies gelden er vrijwel geen "
      "regels. Het Rijk heeft met de provincies een intentieverklaring gesloten, maar daarin staan geen termijnen "
      "en geen gevolgen als een provincie achterblijft."),
    P("De ruimte voor nieuwe winningen wordt ook bedreigd door andere functies. In twee van de onderzochte ASV’s "
      "is inmiddels een zonnepark of een bedrijventerrein gepland. De Nota Ruimte noemt drinkwater als een van de "
      "belangen die ruimte vragen, maar geeft het geen voorrang boven andere belangen."),
    H("4.2 Verdeling bij droogte", 2),
    P("Bij watertekorten bepaalt de verdringingsreeks welke functies voorrang krijgen bij de verdeling van "
      "oppervlaktewater. Drinkwater staat daarin in de hoogste categorie na veiligheid. Voor grondwater bestaat "
      "zo’n reeks niet. In de droge zomers van 2018, 2020 en 2022 bleven boeren en bedrijven grondwater oppompen "
      "voor beregening en koeling, terwijl drinkwaterbedrijven in dezelfde gebieden de grens van hun vergunning "
      "bereikten."),
    H("4.3 Gebruik", 2),
    P("Een huishouden verbruikt gemiddeld 129 liter drinkwater per persoon per dag. Het kabinet heeft de ambitie "
      "uitgesproken om dat in 2035 terug te brengen naar 100 liter. Die ambitie is niet vertaald in een doel dat "
      "partijen bindt, en er is geen pakket maatregelen met een tijdpad. Wel loopt er een publiekscampagne."),
    H("4.4 Beregening", 2),
    P("Voor kleine grondwateronttrekkingen, zoals de meeste beregeningsputten in de landbouw, is geen vergunning "
      "nodig. Zij hoeven in een aantal provincies ook niet te worden gemeld. Niemand weet daardoor hoeveel grondwater "
      "er in droge perioden in totaal wordt opgepompt. Schattingen lopen uiteen van 100 tot 500 miljoen kubieke "
      "meter per jaar, een hoeveelheid die kan oplopen tot de helft van de jaarlijkse winning voor drinkwater.",
      footnotes=("Deltares, Grondwateronttrekkingen voor beregening in Nederland, 2023.",)),
    H("4.5 Conclusies en aanbevelingen", 2),
    P("De beschikbaarheid van voldoende water voor de drinkwatervoorziening is op de lange termijn niet "
      "gegarandeerd. Reserves zijn aangewezen maar niet beschermd, drinkwater heeft bij grondwater geen voorrang, "
      "het verbruik daalt niet en het gebruik door anderen is onbekend."),
    ItemList((
        rec("7", "Wij bevelen de minister van IenW aan om met de provincies bindende afspraken te maken over de "
                 "bescherming van de aanvullende strategische voorraden, met termijnen en een minimumniveau van "
                 "bescherming dat in alle provincies gelijk is.", "IenW", "OTHER"),
        rec("8", "Wij bevelen de minister van Volkshuisvesting en Ruimtelijke Ordening aan om in de Nota Ruimte de "
                 "drinkwaterwinning en de gebieden die daarvoor zijn gereserveerd als nationaal belang aan te wijzen, "
                 "dat voorgaat op andere ruimtelijke functies.", "BZK"),
        rec("9", "Wij bevelen de minister van IenW aan om in de Drinkwaterwet vast te leggen dat drinkwater bij "
                 "schaarste ook bij de verdeling van grondwater voorrang heeft.", "IenW"),
        rec("10", "Wij bevelen de minister van IenW aan om de ambitie van 100 liter per persoon per dag vast te "
                  "leggen als wettelijk doel, met een pakket maatregelen en een tijdpad.", "IenW"),
        rec("11", "Wij bevelen de minister van IenW en de minister van LVVN aan om samen met provincies en "
                  "waterschappen te zorgen dat alle grondwateronttrekkingen voor beregening, ook die onder de "
                  "vergunninggrens, worden geregistreerd.", "IenW", "LNV", "OTHER"),
    ), style="1.", start=7),
    PageBreak(),

    H("5 Investeren en toezicht houden"),
    H("5.1 Financiering van de drinkwaterbedrijven", 2),
    P("Drinkwaterbedrijven zijn naamloze vennootschappen waarvan de aandelen in handen zijn van provincies en "
      "gemeenten. Hun tarieven zijn kostendekkend en de vergoeding voor het vermogen dat zij gebruiken, wordt "
      "begrensd door een vermogenskostenvoet (WACC) die de minister van IenW vaststelt. Die voet wordt berekend "
      "op basis van rentestanden uit het verleden. In de periode van lage rente daalde hij tot 2,5 procent. Bij de "
      "huidige rente is dat te weinig om de benodigde leningen aan te trekken. Vier van de tien bedrijven gaven aan "
      "dat zij investeringen hebben uitgesteld omdat zij anders hun financiële ratio’s niet halen.",
      footnotes=("Drinkwaterregeling, hoofdstuk 5; de voet voor 2025 bedraagt 2,9 procent.",)),
    H("5.2 Toezicht door de ILT", 2),
    P("De ILT houdt toezicht op de kwaliteit van het drinkwater en op de leveringsplannen van de bedrijven. Het "
      "toezicht richt zich vooral op de kwaliteit aan de kraan. Of de bedrijven en de betrokken overheden genoeg "
      "doen om de bronnen te beschermen, valt buiten het toezicht. De ILT heeft daarvoor ook niet de capaciteit: het "
      "team drinkwater telt negen fte."),
    H("5.3 Informatie", 2),
    P("De gegevens over de kwaliteit van bronnen liggen bij de drinkwaterbedrijven, de provincies, de waterschappen "
      "en Rijkswaterstaat. Het RIVM stelt eens in de vier jaar een overzicht op, maar dat is niet volledig en komt "
      "pas twee jaar na de metingen uit. In de begroting en het jaarverslag van IenW staan voor drinkwater geen "
      "doelen of indicatoren. Het beleid wordt alleen beschreven."),
    H("5.4 Conclusies en aanbevelingen", 2),
    P("De financiering van noodzakelijke investeringen staat onder druk door verouderde rekenregels. Het toezicht "
      "is niet gericht op de bronnen, en de informatie over de bronnen is versnipperd en te laat beschikbaar."),
    P("Wij bevelen de minister van Infrastructuur en Waterstaat aan:", bold=True),
    ItemList((
        rec("12", "de rekenregels voor de vermogenskostenvoet zo aan te passen dat drinkwaterbedrijven de "
                  "investeringen die nodig zijn voor de leveringszekerheid tegen marktconforme voorwaarden kunnen "
                  "financieren;", "IenW"),
        rec("13", "de ILT opdracht te geven ook toezicht te houden op de manier waarop drinkwaterbedrijven in hun "
                  "leveringsplannen de bescherming van hun bronnen borgen, dat toezicht risicogericht in te richten en "
                  "er openbaar over te rapporteren;", "IenW"),
        rec("14", "het RIVM jaarlijks een landelijk beeld te laten publiceren van de kwaliteit van alle "
                  "drinkwaterbronnen, per winning;", "IenW"),
        rec("15", "in de begroting en het jaarverslag van IenW doelen en indicatoren op te nemen voor de kwaliteit "
                  "en de beschikbaarheid van drinkwaterbronnen.", "IenW"),
    ), style="1.", start=12),
    PageBreak(),

    H("6 Samenwerking bij incidenten en op de lange termijn"),
    H("6.1 Meldingen", 2),
    P("Wanneer een bedrijf per ongeluk een stof in de rivier loost, moet het dat melden bij de waterbeheerder. "
      "Rijkswaterstaat waarschuwt de drinkwaterbedrijven benedenstrooms, maar alleen als de melding als ‘ernstig’ is "
      "aangemerkt. In 2022 en 2023 waren er elf incidenten waarbij een drinkwaterbedrijf pas na meer dan 24 uur werd "
      "gewaarschuwd. Tweemaal moest daarna de inname dagenlang worden gestopt."),
    H("6.2 Regie", 2),
    P("Zoals wij in hoofdstuk 2 beschreven, zijn veel partijen betrokken bij de bescherming van bronnen. Er is geen "
      "partij die het overzicht heeft en doelen stelt. Het Deltaprogramma Zoetwater richt zich op de verdeling van "
      "water, niet op de kwaliteit van bronnen. De provincies hebben ieder een eigen aanpak."),
    P("De Europese Kaderrichtlijn Water verplicht Nederland om uiterlijk in 2027 de doelen voor waterkwaliteit te "
      "halen, ook voor wateren waaruit drinkwater wordt gewonnen. Volgens het Planbureau voor de Leefomgeving wordt "
      "dat doel in een groot deel van de wateren niet gehaald. De ministers hebben de Tweede Kamer daarover tot nu toe "
      "alleen in algemene zin geïnformeerd."),
    H("6.3 Conclusies en aanbevelingen", 2),
    P("Bij incidenten gaat kostbare tijd verloren. Voor de lange termijn ontbreken regie en een eerlijk beeld van de "
      "kans dat de Europese doelen worden gehaald."),
    ItemList((
        rec("16", "Wij bevelen de minister van IenW aan om te zorgen dat Rijkswaterstaat drinkwaterbedrijven "
                  "benedenstrooms binnen twee uur waarschuwt bij iedere ongewone lozing, ongeacht hoe ernstig die "
                  "eerst wordt ingeschat.", "IenW"),
        rec("17", "Wij bevelen de minister van IenW aan om met provincies, waterschappen en drinkwaterbedrijven een "
                  "interbestuurlijk programma voor bronbescherming in te richten, met doelen per provincie en een "
                  "jaarlijkse voortgangsrapportage.", "IenW", "OTHER"),
        rec("18", "Wij bevelen de minister van IenW en de minister van LVVN aan om de Tweede Kamer vóór 2027 te "
                  "informeren welke doelen van de Kaderrichtlijn Water voor drinkwaterbronnen niet worden gehaald en "
                  "welke aanvullende maatregelen zij daarom nemen.", "IenW", "LNV"),
    ), style="1.", start=16),
)

REPORT = Document(
    title="Bronnen onder druk",
    subtitle="De bescherming van de bronnen van ons drinkwater",
    blocks=REPORT_BLOCKS,
    running_header="Algemene Rekenkamer · Bronnen onder druk",
    footer="— {page} —",
    font_size=10.0,
    font_family="serif",
    imprint=("Algemene Rekenkamer", "Den Haag, 18 september 2025"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV_1 = ("De jaarlijkse rapportage per middel zeg ik graag toe; een termijn van een jaar voor een nieuwe beoordeling "
        "kunnen wij het Ctgb als onafhankelijk college echter niet opleggen.")
EV_2 = ("Het kabinet kiest ervoor om de nitraatbelasting in de kwetsbare gebieden via de gebiedsprocessen en "
        "vrijwillige afspraken met agrariërs terug te dringen, en niet door de gebruiksnormen voor deze gebieden "
        "aanvullend te verlagen.")
EV_3 = ("Rijkswaterstaat gaat de 68 lozingsvergunningen van vóór 2010 die stroomopwaarts van een innamepunt liggen in "
        "2026 en 2027 herzien; hiervoor is 6,2 miljoen euro gereserveerd.")
EV_4 = "Aanbeveling 4 neem ik over."
EV_5 = ("Een minimale meetfrequentie in het Drinkwaterbesluit voegt daar naar mijn oordeel niets aan toe: wat u "
        "vraagt, gebeurt in de praktijk al.")
EV_6 = ("Ik laat daarom eerst onderzoeken of het mogelijk is om de kosten van zuivering toe te rekenen aan "
        "individuele veroorzakers, en welke instrumenten daarvoor in aanmerking komen.")
EV_7 = ("In het Bestuurlijk Overleg Water van november sluit ik met de provincies een bestuursovereenkomst waarin "
        "voor alle voorraden hetzelfde minimumniveau van bescherming wordt vastgelegd, met als uiterste datum voor "
        "opname in de omgevingsverordeningen 1 januari 2028.")
EV_9 = ("Over een wettelijke voorrang voor drinkwater bij de verdeling van grondwater ga ik in gesprek met het IPO "
        "en de Unie van Waterschappen, omdat provincies en waterschappen daarvoor als eersten aan zet zijn.")
EV_10 = ("Een wettelijk doel voor het huishoudelijk verbruik vind ik geen goed instrument, omdat de overheid het "
         "gedrag achter de voordeur niet kan afdwingen; wel stel ik in 2026 samen met Vewin een Actieprogramma "
         "Waterbesparing op, met maatregelen en een tijdpad tot 2035.")
EV_11 = ("Ik begin daarom met een proef: in Gelderland en Noord-Brabant worden vanaf het beregeningsseizoen 2026 "
         "alle putten geregistreerd, ook die onder de vergunninggrens.")
EV_12 = ("Met ingang van de tariefperiode 2026 wordt de vermogenskostenvoet berekend op basis van de actuele "
         "marktrente in plaats van een tienjarig gemiddelde, waardoor de voet naar verwachting stijgt tot ruim 4 "
         "procent.")
EV_13 = ("Vanaf 2026 neemt de ILT de bronbescherming risicogericht mee in haar toezicht op de leveringsplannen; zij "
         "krijgt daarvoor vier fte extra en publiceert haar bevindingen jaarlijks in een openbare Staat van de "
         "drinkwaterbronnen.")
EV_14 = ("Het RIVM zal vanaf 2026 ieder jaar een landelijk overzicht van de kwaliteit van alle bronnen publiceren, "
         "per winning en binnen een half jaar na de laatste meting.")
EV_15 = ("Doelen en indicatoren voor drinkwater in de begroting en het jaarverslag voeg ik daar niet aan toe: de "
         "begroting leent zich slecht voor zulke technische informatie, en het overzicht van het RIVM geeft uw Kamer "
         "het gevraagde inzicht al.")
EV_16 = ("Aanbeveling 16 onderschrijf ik; Rijkswaterstaat past het meldprotocol per 1 maart 2026 zo aan dat iedere "
         "ongewone lozing binnen twee uur aan de drinkwaterbedrijven benedenstrooms wordt doorgegeven.")
EV_18 = ("Samen met de minister van LVVN stuur ik uw Kamer in het voorjaar van 2026 een overzicht van de "
         "waterlichamen met een drinkwaterfunctie waar de doelen van de Kaderrichtlijn Water niet worden gehaald, "
         "met de aanvullende maatregelen die wij daar nemen.")

RESPONSE_BLOCKS = (
    P("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal"),
    P("Postbus 20018, 2500 EA Den Haag"),
    P("Datum 4 november 2025"),
    P("Betreft Reactie op het rapport ‘Bronnen onder druk’ van de Algemene Rekenkamer"),
    P("Ons kenmerk IENW/BSK-2025/281406"),
    P("Geachte voorzitter,"),
    P("Op 18 september 2025 publiceerde de Algemene Rekenkamer het rapport ‘Bronnen onder druk’ over de bescherming "
      "van de bronnen van ons drinkwater. Met deze brief reageer ik, mede namens de minister van Landbouw, Visserij, "
      "Voedselzekerheid en Natuur (LVVN), op het rapport en de achttien aanbevelingen. Ik dank de Rekenkamer voor "
      "het grondige onderzoek. Het rapport bevestigt het beeld dat ook de drinkwatersector en het RIVM de afgelopen "
      "jaren schetsten: de kwaliteit van het water aan de kraan is uitstekend, maar de bronnen waaruit dat water "
      "wordt gemaakt, gaan achteruit."),
    P("Ik bespreek de aanbevelingen niet in de volgorde van het rapport, maar per onderwerp. Ik begin met de "
      "financiering van de drinkwaterbedrijven, omdat daar de meeste haast bij is. Daarna ga ik in op de landbouw, "
      "op lozingen, op de beschikbaarheid van water en ten slotte op toezicht en informatie."),

    H("1. Investeringsruimte voor de drinkwaterbedrijven", 2),
    P("De Rekenkamer wijst erop dat de rekenregels voor de vermogenskostenvoet achterlopen bij de rentestand. Die "
      "constatering deel ik; de bedrijven hebben mij hierover het afgelopen jaar ook zelf benaderd. Met ingang van "
      "de tariefperiode 2026 wordt de vermogenskostenvoet berekend op basis van de actuele marktrente in plaats van "
      "een tienjarig gemiddelde, waardoor de voet naar verwachting stijgt tot ruim 4 procent. De wijziging van de "
      "Drinkwaterregeling is op 12 oktober in consultatie gegaan. De gevolgen voor het tarief zijn beperkt: naar "
      "schatting gaat een gemiddeld huishouden er 9 euro per jaar meer voor betalen.",
      answers=(Answer("12", "agree", EV_12),)),

    H("2. Landbouw en drinkwater", 2),
    P("Gewasbeschermingsmiddelen horen niet in drinkwaterbronnen thuis. De minister van LVVN en ik willen dat "
      "overschrijdingen van de signaleringswaarde sneller gevolgen hebben. Vanaf 2026 ontvangt uw Kamer jaarlijks "
      "een overzicht van de middelen die in bronnen boven die waarde zijn aangetroffen, met de maatregelen die "
      "daarop zijn genomen. " + EV_1 + " Het Ctgb is wel bereid om bij herhaalde overschrijding zelf een "
      "herbeoordeling te starten, en doet dat al in twee gevallen.",
      answers=(Answer("1", "partial", EV_1),)),
    P("Nitraat in grondwater is een hardnekkig probleem, dat, zoals de Rekenkamer terecht opmerkt, nog jaren zal "
      "doorwerken. In de grondwaterbeschermingsgebieden lopen gebiedsprocessen waarin provincies, "
      "drinkwaterbedrijven en agrariërs afspraken maken over extensivering, omschakeling naar natuur of biologische "
      "teelt, en de aankoop van grond. " + EV_2 + " Generiek strengere normen in deze gebieden treffen ook bedrijven "
      "die al veel hebben gedaan, en zouden het draagvlak voor de lopende processen ondermijnen.",
      answers=(Answer("2", "disagree", EV_2),)),
    P("De Rekenkamer vraagt ook om een voorstel om de kosten van extra zuivering bij de vervuiler te leggen. Dat "
      "beginsel spreekt mij aan, maar de uitwerking is ingewikkeld: verontreiniging heeft vaak veel bronnen, in "
      "Nederland en stroomopwaarts in het buitenland, en is niet zelden decennia oud. " + EV_6 + " De resultaten "
      "verwacht ik eind 2026.",
      answers=(Answer("6", "partial", EV_6),)),

    H("3. Lozingen en incidenten", 2),
    P("Bij het verlenen van nieuwe vergunningen houdt Rijkswaterstaat al rekening met de drinkwaterfunctie, maar de "
      "Rekenkamer laat zien dat oude vergunningen een risico vormen. " + EV_3 + " Daarbij wordt de Handreiking "
      "drinkwatertoets die Rijkswaterstaat met de drinkwaterbedrijven heeft ontwikkeld, voortaan voor alle "
      "vergunningen verplicht toegepast.",
      answers=(Answer("3", "agree", EV_3),)),
    P(EV_4 + " Met de Unie van Waterschappen heb ik afgesproken dat alle waterschappen hun lozingsvergunningen voor "
      "eind 2026 op PFAS en andere opkomende stoffen doorlichten. De resultaten worden gebundeld in een landelijk "
      "overzicht, dat ik uw Kamer in 2027 toestuur.",
      answers=(Answer("4", "agree", EV_4),)),
    P("Drinkwaterbedrijven die water uit de Rijn en de Maas innemen, meten al dagelijks en soms continu een breed "
      "pakket stoffen in meetstations als Lobith en Eijsden, en wisselen die gegevens uit via de RIWA. " + EV_5,
      answers=(Answer("5", "disagree", EV_5),)),
    P("Over de snelheid van waarschuwingen bij incidenten is de Rekenkamer kritisch, en terecht. " + EV_16 + " Ook "
      "lozingen die later minder ernstig blijken, worden dus gemeld: liever een keer te vaak dan te laat.",
      answers=(Answer("16", "agree", EV_16),)),
    P("Verontreiniging uit landbouw en industrie heeft niet alleen gevolgen voor de zuiveringskosten, maar ook voor "
      "de verdeling van die kosten over drinkwaterklanten in verschillende regio’s. Ook dat aspect neem ik mee in "
      "het onderzoek naar de toerekening van kosten dat ik hierboven noemde.",
      answers=(Answer("6", "partial", "Ook dat aspect neem ik mee in het onderzoek naar de toerekening van kosten "
                                      "dat ik hierboven noemde."),)),

    H("4. Voldoende water, ook in droge jaren", 2),
    P("De aanvullende strategische voorraden zijn onmisbaar voor de drinkwatervoorziening na 2040. Het verschil in "
      "bescherming tussen provincies vind ik niet uit te leggen. " + EV_7,
      answers=(Answer("7", "agree", EV_7),)),
    P("Het ruimtelijk beleid voor drinkwater valt onder de minister van Volkshuisvesting en Ruimtelijke Ordening. "
      "Zij betrekt het rapport van de Rekenkamer bij de uitwerking van de Nota Ruimte, waarvan het ontwerp begin "
      "2026 aan uw Kamer wordt aangeboden."),
    P("In tijden van droogte moet drinkwater voorgaan. De Drinkwaterwet bepaalt al dat alle overheden de "
      "drinkwatervoorziening als dwingende reden van groot openbaar belang moeten meewegen, maar voor de "
      "onttrekking van grondwater zijn provincies en waterschappen bevoegd. " + EV_9 + " Ik informeer uw Kamer voor "
      "de zomer van 2026 over de uitkomst.",
      answers=(Answer("9", "partial", EV_9),)),
    P("Zuinig omgaan met drinkwater is nodig, en ik houd vast aan de ambitie om het gebruik in 2035 terug te "
      "brengen naar 100 liter per persoon per dag. " + EV_10 + " Daarin komen onder meer "
      "waterbesparende installaties in nieuwbouw, een gedifferentieerd tarief voor grootverbruikers en gerichte "
      "voorlichting.",
      answers=(Answer("10", "partial", EV_10),)),
    P("Ook ik wil weten hoeveel grondwater er voor beregening wordt opgepompt. Een landelijke registratieplicht "
      "voor alle putten is echter een forse administratieve last voor agrariërs en provincies, en het is niet "
      "zeker dat de gegevens betrouwbaar genoeg worden. " + EV_11 + " Op basis van de ervaringen besluiten de "
      "minister van LVVN en ik in 2027 over een landelijke aanpak.",
      answers=(Answer("11", "partial", EV_11),)),
    P("Voor de lange termijn werkt het Deltaprogramma Zoetwater aan de verdeling van zoet water over de regio’s. "
      "Provincies, waterschappen, drinkwaterbedrijven en het Rijk werken daarin samen in zes zoetwaterregio’s, elk "
      "met een eigen uitvoeringsprogramma."),

    H("5. Toezicht en informatie", 2),
    P("De Rekenkamer constateert dat het toezicht van de ILT zich vooral richt op de kraan en niet op de bron. "
      + EV_13,
      answers=(Answer("13", "agree", EV_13),)),
    P("Een goed beeld van de toestand van de bronnen is de basis voor ieder beleid. " + EV_14 + " " + EV_15,
      answers=(Answer("14", "agree", EV_14), Answer("15", "disagree", EV_15))),
    P("Wat de Europese doelen betreft, zijn de minister van LVVN en ik eerlijk: in een groot deel van de "
      "oppervlaktewateren zullen de doelen van de Kaderrichtlijn Water in 2027 niet volledig worden gehaald. "
      + EV_18,
      answers=(Answer("18", "agree", EV_18),)),

    H("Tot slot", 2),
    P("Het rapport van de Rekenkamer laat zien dat de bescherming van drinkwaterbronnen een gezamenlijke opgave is "
      "van Rijk, provincies, waterschappen en drinkwaterbedrijven. Ik zal uw Kamer jaarlijks, bij de "
      "voortgangsbrief drinkwater, informeren over de uitvoering van de toezeggingen in deze brief."),
    P("Hoogachtend,"),
    P("De minister van Infrastructuur en Waterstaat,"),
    P("ir. M.C. Dijkgraaf"),
)

RESPONSE = Document(
    title="Ministerie van Infrastructuur en Waterstaat",
    subtitle="Directoraat-Generaal Water en Bodem",
    blocks=RESPONSE_BLOCKS,
    running_header="Reactie op ‘Bronnen onder druk’ · IENW/BSK-2025/281406",
    footer="Pagina {page} van {pages}",
    font_size=10.0,
    title_page=False,
)

PAIR = Pair(
    name="court_of_audit_water",
    report=REPORT,
    response=RESPONSE,
    description="Fictional Algemene Rekenkamer-style audit of drinking-water source protection (18 recommendations "
                "numbered 1-18 in chapter conclusions, repeated shortened in a numbered summary list; addressed to "
                "IenW, LVVN, VRO and agencies, with provinces and water boards) and the IenW Kamerbrief that "
                "follows its own themes. Held-out pair: written apart from the tuned pairs. Gold rule: 'dit gebeurt "
                "al' is disagree when existing practice is the reason to do nothing more, agree only when the asked "
                "measure itself is shown or promised; passing on to another minister is not_addressed.",
)
