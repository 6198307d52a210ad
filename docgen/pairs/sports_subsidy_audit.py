"""Pair: a fictional Centrale Rekenkamer audit of a sports-facility subsidy scheme, and the state secretary's answer.

Layout traits this pair tests: a sans report with a title page, a running header and numbered chapters, a bulleted
list of research questions and a small rows-ruled table of figures (neither holds recommendations).  The
recommendations sit in chapter 5 "Conclusies en aanbevelingen" as ONE two-level list: main items "1." - "4." are
short themes ("Maak de regeling voorspelbaar") and are NOT recommendations; their lettered sub-items "a.", "b.", ...
are, with gold numbers "1a" ... "4c" (14 in all).  Most go to the staatssecretaris Jeugd, Preventie en Sport (VWS,
partly via DUS-I, coded VWS); 1d to the minister of Financien (FIN), 2c to NOC*NSF (OTHER), 2d to municipalities
(GEMEENTEN).  The report closes with chapter 6 "Reactie van de minister en nawoord", which summarises the
response and in which the Rekenkamer's nawoord says "Wij zijn verheugd dat de staatssecretaris ... overneemt" and
repeats some recommendations in prose (a trap in the report, not recommendations).

The response is a letter (letterhead, no title page) of the staatssecretaris to the president of the Rekenkamer:
two context paragraphs without a position, a paragraph saying the report was sent to the VNG and NOC*NSF, then a
grid table "Nr. | Aanbeveling | Standpunt | Toelichting", the answer annotated on the Toelichting cell, and a
closing paragraph on the scheme's duration by subject only.  Gold positions:
1a agree (Akkoord; committed tranches from 1 January 2026, no cue word); 1b agree ("Ik neem deze aanbeveling
over"); 1c disagree (Niet akkoord, "acht het niet verantwoord", repeated by subject after the table); 1d partial
(Deels akkoord, for the FIN minister: a one-off carry-over, no reserve); 2a disagree ("past niet bij dat
karakter"); 2b partial ("Akkoord, met kanttekening" but only a pilot); 2c not addressed (absent from the table;
the report was only forwarded to NOC*NSF); 2d not addressed (EMPTY Standpunt, "aan gemeenten zelf", brought to the
VNG's attention); 3a agree (Akkoord, extra staff with money and a date, no cue word); 3b partial and 3c agree share
one row "3b, 3c" with Standpunt "Akkoord" (3b only "ga ik onderzoeken", 3c a dated portal extension); 4a disagree
(Standpunt "Deels akkoord" but only the analysis is shared: "neem de aanbeveling ... niet over"); 4b agree (the
recommendation asks for a study, which is commissioned); 4c agree ("Akkoord, met kanttekening" on form only:
"Ik neem deze aanbeveling over").  All prose is fictional and written for this test set.
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


def bullets(*texts: str) -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style="•")


def sub(number: str, text: str, *departments: str) -> ListItem:
    """A lettered sub-item that is a recommendation with gold number ``number`` (e.g. "2b")."""
    return ListItem(text, recommendation=Recommendation(number, tuple(departments)))


def theme(text: str, *children: ListItem) -> ListItem:
    """A numbered main item: a theme heading, not a recommendation itself."""
    return ListItem(text, children=children)


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

RECOMMENDATIONS = ItemList(style="1.", items=(
    theme(
        "Maak de regeling voorspelbaar",
        sub("1a", "Vervang de verdeling op volgorde van binnenkomst door vaste aanvraagtijdvakken, met een vooraf "
                  "bekendgemaakte verdeelsleutel voor het geval dat het budget in een tijdvak wordt overvraagd.",
            "VWS"),
        sub("1b", "Maak het subsidieplafond voor elk aanvraagjaar uiterlijk drie maanden voor de opening van het "
                  "eerste aanvraagtijdvak bekend.", "VWS"),
        sub("1c", "Leg in de regeling een looptijd van ten minste vijf jaar vast, zodat verenigingen en gemeenten "
                  "hun investeringen in sportaccommodaties meerjarig kunnen plannen.", "VWS"),
        sub("1d", "Wij bevelen de minister van Financiën aan toe te staan dat middelen van de regeling die in een "
                  "jaar niet tot besteding komen, via een begrotingsreserve beschikbaar blijven voor "
                  "investeringen in sportaccommodaties.", "FIN"),
    ),
    theme(
        "Zorg dat ook kleine verenigingen de regeling bereiken",
        sub("2a", "Reserveer jaarlijks ten minste een kwart van het budget voor aanvragen van verenigingen en "
                  "stichtingen met een investering van minder dan € 100.000.", "VWS"),
        sub("2b", "Laat DUS-I een vereenvoudigde aanvraag- en verantwoordingsprocedure inrichten voor aanvragen "
                  "tot € 25.000, waarbij de subsidie zonder nadere verantwoording wordt vastgesteld.", "VWS"),
        sub("2c", "Wij bevelen NOC*NSF aan om via de sportbonden verenigingen zonder betaalde staf actief te "
                  "ondersteunen bij het voorbereiden en indienen van een aanvraag.", "OTHER"),
        sub("2d", "Wij bevelen gemeenten aan om het voordeel van een bijdrage uit de regeling voor een gemeentelijke "
                  "sportaccommodatie zichtbaar door te geven aan de verenigingen die haar gebruiken, bijvoorbeeld "
                  "in de huurtarieven.", "GEMEENTEN"),
    ),
    theme(
        "Versterk de uitvoering door DUS-I",
        sub("3a", "Zorg dat DUS-I aanvragen tot vaststelling binnen dertien weken afhandelt en maak de feitelijke "
                  "behandelduur ieder kwartaal openbaar.", "VWS"),
        sub("3b", "Laat DUS-I jaarlijks bij een risicogerichte steekproef van projecten ter plaatse nagaan of de "
                  "gesubsidieerde investering is uitgevoerd zoals aangevraagd.", "VWS"),
        sub("3c", "Geef aanvragers via één digitaal loket inzicht in de status van hun aanvraag en in het budget dat "
                  "in het lopende tijdvak nog beschikbaar is.", "VWS"),
    ),
    theme(
        "Maak zichtbaar wat de regeling oplevert",
        sub("4a", "Neem in de regeling meetbare doelen op voor het bereik van de regeling en voor de verduurzaming "
                  "en de toegankelijkheid van sportaccommodaties.", "VWS"),
        sub("4b", "Breng in kaart welke accommodaties met een bijdrage uit de regeling zijn verduurzaamd en welke "
                  "energiebesparing dat heeft opgeleverd.", "VWS"),
        sub("4c", "Informeer de Tweede Kamer jaarlijks over het bereik en de resultaten van de regeling, "
                  "uitgesplitst naar type aanvrager en omvang van de investering.", "VWS"),
    ),
))

FIGURES = Table(
    header=("Jaar", "Budget (mln €)", "Aangevraagd (mln €)", "Werkdagen tot uitputting", "Afgewezen aanvragen"),
    rows=(
        ("2020", "98", "131", "23", "412"),
        ("2021", "104", "167", "14", "706"),
        ("2022", "110", "188", "11", "893"),
        ("2023", "110", "214", "9", "1.127"),
    ),
    widths=(0.8, 1.2, 1.4, 1.6, 1.5),
    rules="rows",
)

REPORT_BLOCKS = (
    H("Samenvatting"),
    P("Sinds 2019 kunnen sportverenigingen, sportstichtingen en gemeenten een bijdrage aanvragen uit de Regeling "
      "investeringsbijdrage sportaccommodaties (RISA) als zij investeren in de bouw, renovatie of verduurzaming van "
      "een sportaccommodatie. De regeling compenseert het nadeel dat zij ondervinden sinds de verruiming van de "
      "btw-sportvrijstelling: zij kunnen de btw op hun investeringen niet langer aftrekken. De staatssecretaris van "
      "Jeugd, Preventie en Sport is verantwoordelijk voor de regeling; de Dienst Uitvoering Subsidies aan "
      "Instellingen (DUS-I) voert haar uit. Per jaar is ruim € 100 miljoen beschikbaar."),
    P("Wij hebben onderzocht of het geld van de regeling terechtkomt bij de sportaanbieders voor wie het bedoeld is, "
      "of DUS-I de regeling rechtmatig en doelmatig uitvoert en of de staatssecretaris weet wat de regeling "
      "oplevert. Ons beeld is gemengd. De regeling is populair en het geld wordt volledig besteed. Maar de manier "
      "waarop het budget wordt verdeeld, maakt de regeling onvoorspelbaar: het budget is ieder jaar binnen enkele "
      "weken uitgeput en wie als eerste een volledige aanvraag indient, krijgt de bijdrage. Gemeenten en grote "
      "verenigingen met een eigen projectorganisatie zijn daarin beter toegerust dan kleine verenigingen die op "
      "vrijwilligers draaien."),
    P("De uitvoering door DUS-I is in de kern op orde, maar de afhandeling van vaststellingsaanvragen duurt lang en "
      "de controle op de feitelijke uitvoering van projecten is beperkt tot papier. Wat de regeling oplevert voor "
      "de sport, is onbekend: de regeling kent geen meetbare doelen en er worden geen gegevens verzameld over de "
      "verduurzaming of de toegankelijkheid van de gesubsidieerde accommodaties."),
    P("Onze aanbevelingen hebben vier thema's: maak de regeling voorspelbaar, zorg dat ook kleine verenigingen de "
      "regeling bereiken, versterk de uitvoering door DUS-I en maak zichtbaar wat de regeling oplevert. Binnen "
      "die thema's doen wij veertien concrete aanbevelingen, vooral aan de staatssecretaris, maar ook aan de "
      "minister van Financiën, aan gemeenten en aan NOC*NSF. Ze staan in hoofdstuk 5. De reactie van de "
      "staatssecretaris en ons nawoord zijn opgenomen in hoofdstuk 6."),
    PageBreak(),

    H("1 Inleiding"),
    H2("1.1 Aanleiding"),
    P("Nederland telt ongeveer 24.000 sportverenigingen. Een groot deel van hen is eigenaar van een clubhuis, een "
      "kleedaccommodatie of een sporthal, of huurt die van de gemeente. Veel van deze accommodaties zijn gebouwd in "
      "de jaren zeventig en tachtig van de vorige eeuw en zijn toe aan groot onderhoud of vervanging. Daarnaast "
      "staan verenigingen en gemeenten voor de opgave hun accommodaties te verduurzamen: te isoleren, zonnepanelen "
      "te plaatsen en over te stappen op ledverlichting op de velden."),
    P("Tot 2019 konden verenigingen en gemeenten de btw op investeringen in sportaccommodaties in veel gevallen "
      "aftrekken. Door een uitspraak van het Europese Hof van Justitie moest de btw-sportvrijstelling worden "
      "verruimd, waardoor die aftrek verviel. Om sportaanbieders voor dat nadeel te compenseren, is de RISA "
      "ingesteld. De regeling is sindsdien een van de grootste uitgavenposten op het sportdeel van de begroting "
      "van het ministerie van Volksgezondheid, Welzijn en Sport (VWS).",
      footnotes=("De regeling is gebaseerd op artikel 4 van de Kaderwet VWS-subsidies. De bijdrage is een "
                 "subsidie en geen fiscale teruggave; zij valt daarom onder de begroting van VWS.",)),
    P("In de afgelopen jaren bereikten ons signalen van verenigingen, sportbonden en gemeenteraadsleden dat de "
      "regeling moeilijk toegankelijk is en dat het budget steeds sneller op is. Ook in de Tweede Kamer is daarover "
      "vragen gesteld. Dat was voor ons aanleiding om de regeling te onderzoeken."),
    H2("1.2 De regeling in het kort"),
    P("Een sportaanbieder die investeert in een sportaccommodatie, kan bij DUS-I een bijdrage aanvragen van 20% van "
      "de subsidiabele kosten; voor maatregelen die de accommodatie toegankelijk maken voor mensen met een "
      "beperking, is dat 30%. De aanvraag moet zijn ingediend voordat met de investering wordt begonnen. Na "
      "afloop van het project vraagt de aanvrager de vaststelling van de subsidie aan. Bij bedragen boven "
      "€ 125.000 moet daarbij een accountantsverklaring worden overgelegd."),
    P("Het budget wordt verdeeld op volgorde van binnenkomst van volledige aanvragen. Is het subsidieplafond "
      "bereikt, dan wijst DUS-I de resterende aanvragen af, ook als die inhoudelijk aan alle voorwaarden voldoen. "
      "Een afgewezen aanvrager kan het volgende jaar opnieuw een aanvraag indienen, maar mag dan nog niet met "
      "het project zijn begonnen."),
    H2("1.3 Onderzoeksvragen en aanpak"),
    P("Wij hebben de volgende vragen beantwoord:"),
    bullets(
        "Bij welke sportaanbieders komt het geld van de regeling terecht, en welke aanvragers vallen buiten de boot?",
        "Voert DUS-I de regeling rechtmatig en doelmatig uit, en hoe lang duurt de afhandeling van aanvragen?",
        "Weet de staatssecretaris wat de regeling oplevert voor de sport en voor de verduurzaming van "
        "accommodaties?",
    ),
    P("Wij hebben de gegevens van DUS-I over alle 9.842 aanvragen uit de jaren 2020 tot en met 2023 geanalyseerd. "
      "Van 60 projecten hebben wij het dossier bestudeerd en de accommodatie bezocht. Daarnaast hebben wij "
      "gesproken met medewerkers van VWS en DUS-I, met vertegenwoordigers van zes sportbonden, NOC*NSF en de "
      "Vereniging van Nederlandse Gemeenten, en met bestuurders van 22 verenigingen en ambtenaren van 9 "
      "gemeenten. Ons onderzoek liep van maart tot en met november 2024."),

    H("2 Wie krijgt het geld?"),
    H2("2.1 Het budget is ieder jaar sneller op"),
    P("De vraag naar een bijdrage is sinds de start van de regeling sterk gegroeid. In 2020 werd voor € 131 miljoen "
      "aangevraagd bij een budget van € 98 miljoen; in 2023 was dat € 214 miljoen bij een budget van € 110 "
      "miljoen. Het budget was in 2023 na negen werkdagen uitgeput. Tabel 1 laat zien hoe de verhouding tussen "
      "budget en aanvragen zich heeft ontwikkeld."),
    P("Tabel 1 Budget, aangevraagde bedragen en afgewezen aanvragen wegens uitputting van het budget", bold=True),
    FIGURES,
    P("Bron: gegevens DUS-I, bewerking Centrale Rekenkamer. Afgewezen aanvragen zijn aanvragen die aan de "
      "voorwaarden voldeden, maar zijn afgewezen omdat het plafond was bereikt."),
    P("Dat het budget snel op is, heeft gevolgen voor de manier waarop aanvragers zich gedragen. Verschillende "
      "bestuurders vertelden ons dat zij hun aanvraag al maanden van tevoren klaarzetten en in de nacht van de "
      "opening indienen. Adviesbureaus bieden inmiddels aan om de aanvraag op het juiste moment in te dienen. Een "
      "penningmeester van een hockeyclub zei het zo: 'Het gaat er niet om of je project goed is, het gaat erom of "
      "je om één minuut over twaalf op de knop drukt.'"),
    P("Het subsidieplafond voor een jaar wordt bovendien laat bekendgemaakt. In 2022 en 2023 werd het plafond pas "
      "in de week voor de opening van de regeling gepubliceerd. Aanvragers wisten daardoor tot het laatste moment "
      "niet hoeveel geld beschikbaar was en hoe groot de kans was dat hun aanvraag zou worden gehonoreerd."),
    H2("2.2 Gemeenten en grote verenigingen zijn in het voordeel"),
    P("De verdeling op volgorde van binnenkomst is op papier neutraal, maar pakt in de praktijk ongelijk uit. "
      "Gemeenten dienden in de onderzochte jaren 38% van de aanvragen in, maar ontvingen 61% van het toegekende "
      "bedrag. Verenigingen met een investering van minder dan € 100.000 dienden 44% van de aanvragen in; van "
      "hun aanvragen werd 27% afgewezen omdat het budget op was, tegen 12% van de aanvragen van gemeenten."),
    P("Dat verschil is goed te verklaren. Gemeenten en grote verenigingen hebben medewerkers of ingehuurde "
      "adviseurs die de aanvraag voorbereiden en op tijd indienen. Kleine verenigingen zijn afhankelijk van "
      "vrijwilligers die het aanvraagproces vaak één keer meemaken. Zij dienen vaker een onvolledige aanvraag in, "
      "die pas op de datum van aanvulling als volledig geldt, en komen daardoor achteraan in de rij.",
      footnotes=("Van de aanvragen van verenigingen met een investering onder € 100.000 was 31% bij eerste indiening "
                 "onvolledig; bij gemeenten was dat 9%.",)),
    P("Sportbonden ondersteunen hun verenigingen in wisselende mate. Sommige bonden hebben een "
      "accommodatieadviseur die verenigingen helpt bij de aanvraag; andere verwijzen naar de website van DUS-I. "
      "NOC*NSF heeft een handreiking gepubliceerd, maar biedt geen persoonlijke ondersteuning."),
    H2("2.3 Het voordeel voor gemeentelijke accommodaties is niet zichtbaar"),
    P("Een groot deel van de verenigingen huurt zijn accommodatie van de gemeente. Als de gemeente voor die "
      "accommodatie een bijdrage uit de regeling ontvangt, is niet zichtbaar of dat voordeel ten goede komt aan de "
      "verenigingen die er sporten. In zeven van de negen gemeenten die wij spraken, vloeide de bijdrage in de "
      "algemene middelen en werden de huurtarieven na de investering verhoogd om de kapitaallasten te dekken, "
      "zonder rekening te houden met de ontvangen bijdrage."),

    H("3 De uitvoering door DUS-I"),
    H2("3.1 De beoordeling van aanvragen is op orde"),
    P("DUS-I beoordeelt aanvragen aan de hand van vaste checklists en legt de beoordeling vast in een "
      "zaaksysteem. In de dossiers die wij hebben bestudeerd, was de beoordeling van de aanvraag navolgbaar en in "
      "overeenstemming met de regeling. De beslistermijn van acht weken voor de verlening werd in 2023 in 94% van "
      "de gevallen gehaald."),
    H2("3.2 De vaststelling duurt lang"),
    P("Dat geldt niet voor de vaststelling. De regeling schrijft geen termijn voor de vaststelling voor; DUS-I "
      "hanteert intern een norm van dertien weken. In 2023 duurde de afhandeling van een aanvraag tot vaststelling "
      "gemiddeld 31 weken; bij 14% van de aanvragen duurde het langer dan een jaar. Voor verenigingen heeft dat "
      "gevolgen: zij ontvangen het laatste deel van de bijdrage pas na de vaststelling en moeten dat bedrag "
      "tijdelijk voorfinancieren, soms met een lening."),
    P("DUS-I wijt de achterstand aan een piek in het aantal afgeronde projecten en aan een tekort aan "
      "medewerkers. Het ministerie heeft in 2024 extra capaciteit toegezegd, maar op het moment van ons onderzoek "
      "was die nog niet ingezet. DUS-I maakt de behandelduur niet openbaar, ook niet in het jaarverslag."),
    H2("3.3 De controle blijft op papier"),
    P("Bij de vaststelling controleert DUS-I of de ingediende facturen overeenkomen met de begroting in de "
      "aanvraag. Bij bedragen boven € 125.000 steunt DUS-I daarnaast op de accountantsverklaring. DUS-I gaat niet "
      "ter plaatse na of de investering is uitgevoerd. Bij 4 van de 60 projecten die wij bezochten, was de "
      "investering anders uitgevoerd dan in de aanvraag stond: zo was in twee gevallen een deel van de "
      "zonnepanelen niet geplaatst, terwijl de volledige bijdrage was vastgesteld. Het gaat om kleine bedragen, "
      "maar het laat zien dat een controle op papier niet alle risico's afdekt."),
    H2("3.4 Aanvragers tasten in het duister"),
    P("Aanvragers kunnen hun aanvraag sinds 2023 digitaal indienen, maar zien daarna niet in welke fase de "
      "behandeling is. Ook is tijdens de openstelling niet zichtbaar hoeveel budget nog beschikbaar is. DUS-I "
      "ontvangt daardoor veel telefonische vragen: in de eerste maand na de opening in 2023 ruim 3.400. "
      "Medewerkers die die vragen beantwoorden, kunnen intussen geen aanvragen behandelen."),

    H("4 Wat levert de regeling op?"),
    H2("4.1 De regeling kent geen meetbare doelen"),
    P("Volgens de toelichting is de regeling bedoeld om 'de sportinfrastructuur in Nederland op peil te houden en "
      "te verduurzamen, zodat sporten toegankelijk en betaalbaar blijft'. Die doelen zijn niet uitgewerkt in "
      "meetbare termen. Er is niet bepaald welk deel van de sportaanbieders de regeling zou moeten bereiken, "
      "welke energiebesparing met de regeling wordt beoogd of hoe de toegankelijkheid van accommodaties zou moeten "
      "verbeteren."),
    P("Het ministerie stelt dat de regeling in de eerste plaats een compensatie is voor het vervallen van de "
      "btw-aftrek, en dat het succes ervan blijkt uit de volledige besteding van het budget. Dat vinden wij "
      "onvoldoende. Een volledig besteed budget zegt iets over de vraag naar de regeling, niet over de vraag of "
      "het geld terechtkomt waar het het meeste verschil maakt."),
    H2("4.2 Gegevens over verduurzaming ontbreken"),
    P("Bij de aanvraag geeft de aanvrager aan of de investering (mede) een verduurzamingsmaatregel betreft. Volgens "
      "die opgave ging in 2023 ongeveer 46% van het toegekende bedrag naar projecten met een verduurzamingsdoel. Of "
      "die maatregelen zijn uitgevoerd en wat zij hebben opgeleverd, wordt niet geregistreerd. Bij de vaststelling "
      "wordt alleen gevraagd naar de kosten, niet naar de energiebesparing."),
    H2("4.3 De Tweede Kamer krijgt weinig informatie"),
    P("De staatssecretaris informeert de Tweede Kamer over de regeling in het jaarverslag van VWS en incidenteel in "
      "brieven over het sportbeleid. Daarin worden het budget en het aantal toekenningen vermeld. Over de "
      "verdeling over typen aanvragers, de afwijzingen wegens uitputting van het budget en de resultaten van de "
      "regeling ontvangt de Kamer geen informatie. De regeling is sinds de start niet geëvalueerd; een evaluatie is "
      "voorzien voor 2026."),

    PageBreak(),
    H("5 Conclusies en aanbevelingen"),
    H2("5.1 Conclusies"),
    P("De RISA voorziet in een duidelijke behoefte. Het budget wordt volledig besteed en de beoordeling van "
      "aanvragen door DUS-I is zorgvuldig. Toch komt de regeling niet goed tot haar recht. De verdeling op volgorde "
      "van binnenkomst maakt de regeling onvoorspelbaar en bevoordeelt aanvragers met een professionele "
      "organisatie. Kleine verenigingen, die de compensatie relatief het hardst nodig hebben, vallen vaker buiten "
      "de boot. Voor gemeentelijke accommodaties is niet zichtbaar of het voordeel bij de gebruikers terechtkomt."),
    P("De uitvoering door DUS-I kent twee zwakke plekken: de lange duur van de vaststelling, die verenigingen "
      "dwingt tot voorfinanciering, en een controle die niet verder gaat dan de administratie. Ten slotte weet de "
      "staatssecretaris niet wat de regeling oplevert. Er zijn geen meetbare doelen en geen gegevens over "
      "verduurzaming, en de Tweede Kamer krijgt nauwelijks informatie over bereik en resultaten."),
    P("Een bijzonder punt is de begroting. Doordat aanvragen worden afgewezen of projecten goedkoper uitvallen, "
      "blijft er aan het eind van het jaar soms geld over. In 2021 en 2022 ging het om in totaal € 9,4 miljoen dat "
      "terugvloeide naar de algemene middelen, terwijl in dezelfde jaren honderden aanvragen wegens uitputting "
      "van het budget werden afgewezen.",
      footnotes=("Het gaat om middelen die na de vaststelling van lager uitgevallen projecten vrijvielen en niet "
                 "meer binnen hetzelfde begrotingsjaar konden worden toegekend.",)),
    H2("5.2 Aanbevelingen"),
    P("Wij doen de staatssecretaris van Jeugd, Preventie en Sport de volgende aanbevelingen. Waar een aanbeveling "
      "zich tot een ander richt, vermelden wij dat. De aanbevelingen zijn geordend naar vier thema's; onder elk "
      "thema staan de concrete aanbevelingen.", bold=True),
    RECOMMENDATIONS,
    P("Een aantal van deze aanbevelingen hangt met elkaar samen. Vaste aanvraagtijdvakken (1a) verkleinen het "
      "voordeel van snelheid, waardoor ook kleine verenigingen meer kans maken. Een vereenvoudigde procedure (2b) "
      "en ondersteuning door de sportbonden (2c) versterken dat effect. Gegevens over verduurzaming (4b) zijn "
      "nodig om de Tweede Kamer zinvol te kunnen informeren (4c)."),

    H("6 Reactie van de minister en nawoord"),
    H2("6.1 Reactie van de staatssecretaris"),
    P("De staatssecretaris van Jeugd, Preventie en Sport heeft op 14 maart 2025, mede namens de minister van "
      "Volksgezondheid, Welzijn en Sport en de minister van Financiën, op ons rapport gereageerd. Hieronder geven "
      "wij de reactie in het kort weer. De volledige reactie is als bijlage bij dit rapport gepubliceerd."),
    P("De staatssecretaris herkent het beeld dat de verdeling op volgorde van binnenkomst tot een ongelijk "
      "speelveld leidt. Hij kondigt aan dat de regeling vanaf 2026 met twee aanvraagtijdvakken per jaar gaat "
      "werken en dat het subsidieplafond voortaan uiterlijk op 1 november van het voorafgaande jaar bekend wordt "
      "gemaakt. DUS-I heeft extra medewerkers ingezet om de achterstand bij de vaststelling weg te werken en gaat "
      "het digitale portaal uitbreiden. De staatssecretaris laat onderzoeken wat de regeling heeft opgeleverd voor "
      "de verduurzaming van accommodaties en zal de Kamer jaarlijks informeren."),
    P("Een looptijd van vijf jaar wil de staatssecretaris niet vastleggen, omdat de middelen na 2027 nog niet op "
      "de begroting staan. Een vast deel van het budget reserveren voor kleine aanvragen past volgens hem niet "
      "bij het karakter van de regeling, en meetbare doelen wil hij niet in de regeling opnemen. Voor een "
      "vereenvoudigde procedure voor kleine aanvragen start hij eerst een pilot."),
    H2("6.2 Nawoord Centrale Rekenkamer"),
    P("Wij zijn verheugd dat de staatssecretaris onze aanbevelingen over de verdeling van het budget en de "
      "uitvoering door DUS-I overneemt en daar concrete maatregelen en data aan verbindt. Dat zal de "
      "voorspelbaarheid van de regeling voor verenigingen en gemeenten aanzienlijk vergroten. Wij zullen de "
      "uitvoering van deze toezeggingen volgen."),
    P("Wij betreuren dat de staatssecretaris geen deel van het budget wil reserveren voor kleine verenigingen. Hij "
      "verwacht dat de aanvraagtijdvakken hun kansen vergroten. Dat kan zo zijn, maar dan moet dat ook blijken. Wij "
      "vragen de staatssecretaris daarom om in de jaarlijkse informatie aan de Kamer expliciet te laten zien welk "
      "deel van het budget naar kleine aanvragers gaat, en de reservering opnieuw te overwegen als dat aandeel "
      "niet toeneemt."),
    P("Ook over de meetbare doelen blijven wij van mening verschillen. Een regeling van ruim € 100 miljoen per jaar "
      "die is bedoeld om accommodaties op peil te houden en te verduurzamen, verdient doelen waaraan het resultaat "
      "kan worden afgemeten, ook als zij mede een compensatie is. Wij wijzen erop dat de evaluatie in 2026 zonder "
      "zulke doelen weinig houvast zal bieden."),
    P("Ten slotte merken wij op dat de staatssecretaris niet ingaat op onze aanbeveling aan NOC*NSF en dat hij de "
      "aanbeveling aan gemeenten overlaat aan de VNG. Wij zullen beide organisaties zelf benaderen over de "
      "opvolging van deze aanbevelingen."),
)

REPORT = Document(
    title="Op volgorde van binnenkomst",
    subtitle="Doelmatigheid en uitvoering van de Regeling investeringsbijdrage sportaccommodaties (RISA)",
    running_header="Centrale Rekenkamer  |  Op volgorde van binnenkomst  |  RISA",
    footer="{page}",
    font_family="sans",
    font_size=10.5,
    title_page=True,
    imprint=("Centrale Rekenkamer", "Koningskade 40, Den Haag", "April 2025"),
    blocks=REPORT_BLOCKS,
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

T_1A = ("Ik herken het beeld dat de huidige verdeling op volgorde van binnenkomst tot een ongelijk speelveld leidt: "
        "wie het snelst indient, maakt de meeste kans, los van de kwaliteit of de urgentie van het project. Met "
        "ingang van 1 januari 2026 kent de regeling twee aanvraagtijdvakken per jaar, in februari en in september; "
        "wordt het budget in een tijdvak overvraagd, dan verdeelt DUS-I het naar rato van de aangevraagde bedragen.\n"
        "Het ontwerp van de gewijzigde regeling wordt in juni 2025 voor internetconsultatie gepubliceerd.")
E_1A = ("Met ingang van 1 januari 2026 kent de regeling twee aanvraagtijdvakken per jaar, in februari en in "
        "september; wordt het budget in een tijdvak overvraagd, dan verdeelt DUS-I het naar rato van de "
        "aangevraagde bedragen.")

T_1B = ("Ik neem deze aanbeveling over. Vanaf het aanvraagjaar 2026 maak ik het subsidieplafond uiterlijk op "
        "1 november van het voorafgaande jaar bekend in de Staatscourant, ruim drie maanden voor de opening van het "
        "eerste tijdvak.")
E_1B = "Ik neem deze aanbeveling over."

T_1C = ("Ik begrijp de wens van verenigingen en gemeenten om op de regeling te kunnen rekenen. De middelen voor de "
        "regeling staan echter tot en met 2027 op de begroting; over de periode daarna besluit een volgend kabinet. "
        "Ik acht het niet verantwoord om in de regeling een looptijd vast te leggen die verder reikt dan de middelen "
        "die daarvoor beschikbaar zijn.\nZie ook mijn opmerking aan het slot van deze brief.")
E_1C = ("Ik acht het niet verantwoord om in de regeling een looptijd vast te leggen die verder reikt dan de middelen "
        "die daarvoor beschikbaar zijn.")

T_1D = ("Deze reactie geef ik mede namens de minister van Financiën. De minister van Financiën stemt ermee in dat de "
        "middelen die in 2025 niet tot besteding komen, eenmalig via de eindejaarsmarge aan het budget van de "
        "regeling voor 2026 worden toegevoegd. Een afzonderlijke begrotingsreserve voor de regeling acht hij niet "
        "nodig: de bestaande begrotingsregels bieden voldoende ruimte om onderuitputting op te vangen.")
E_1D = ("De minister van Financiën stemt ermee in dat de middelen die in 2025 niet tot besteding komen, eenmalig via "
        "de eindejaarsmarge aan het budget van de regeling voor 2026 worden toegevoegd.")

T_2A = ("De regeling is bedoeld als generieke tegemoetkoming voor alle sportaanbieders die door de verruiming van de "
        "btw-sportvrijstelling geen btw meer kunnen aftrekken, groot of klein. Een vast deel van het budget "
        "reserveren voor een bepaalde groep aanvragers past niet bij dat karakter. Ik verwacht bovendien dat de "
        "nieuwe aanvraagtijdvakken (zie 1a) de kansen van kleine verenigingen vergroten, omdat de snelheid van "
        "indienen dan geen rol meer speelt.")
E_2A = "Een vast deel van het budget reserveren voor een bepaalde groep aanvragers past niet bij dat karakter."

T_2B = ("Ik zie de meerwaarde van een eenvoudiger procedure voor kleine aanvragen. Voordat ik de regeling daarop "
        "aanpas, wil ik weten of een vaststelling zonder nadere verantwoording geen onaanvaardbare risico's voor de "
        "rechtmatigheid meebrengt. DUS-I voert daarom in 2026 een pilot uit met een verkort aanvraag- en "
        "verantwoordingsformulier voor aanvragen tot € 25.000 van verenigingen die zijn aangesloten bij drie "
        "sportbonden.\nNa de evaluatie van de pilot besluit ik in 2027 of de vereenvoudigde procedure voor alle "
        "aanvragers gaat gelden.")
E_2B = ("DUS-I voert daarom in 2026 een pilot uit met een verkort aanvraag- en verantwoordingsformulier voor "
        "aanvragen tot € 25.000 van verenigingen die zijn aangesloten bij drie sportbonden.")

T_2D = ("Deze aanbeveling richt zich tot gemeenten. Het is aan gemeenten zelf om te bepalen hoe zij de huurtarieven "
        "van hun sportaccommodaties vaststellen en hoe zij daarover met verenigingen in gesprek gaan. Ik heb uw "
        "rapport onder de aandacht gebracht van de Vereniging van Nederlandse Gemeenten.")

T_3A = ("De achterstand bij de vaststelling is in de tweede helft van 2024 opgelopen doordat veel projecten "
        "tegelijk werden afgerond. DUS-I heeft per 1 februari 2025 tien extra medewerkers voor de regeling "
        "ingezet; daarvoor heb ik € 1,2 miljoen vrijgemaakt. Vanaf 1 juli 2025 handelt DUS-I aanvragen tot "
        "vaststelling binnen dertien weken af en publiceert het ieder kwartaal de feitelijke behandelduur op zijn "
        "website.")
E_3A = ("Vanaf 1 juli 2025 handelt DUS-I aanvragen tot vaststelling binnen dertien weken af en publiceert het ieder "
        "kwartaal de feitelijke behandelduur op zijn website.")

T_3BC = ("DUS-I toetst de rechtmatigheid nu op basis van facturen en, boven € 125.000, een "
         "accountantsverklaring. Samen met DUS-I ga ik onderzoeken of aanvullende controles ter plaatse in "
         "verhouding staan tot de kosten en tot de lasten voor verenigingen; ik betrek daarbij de uitkomsten van de "
         "pilot (zie 2b).\nAanvragers kunnen sinds 2023 hun aanvraag via het portaal van DUS-I indienen. In het "
         "voorjaar van 2026 breidt DUS-I dit portaal uit met een actuele statusweergave per aanvraag en met een "
         "overzicht van het budget dat in het lopende tijdvak nog beschikbaar is.")
E_3B = ("Samen met DUS-I ga ik onderzoeken of aanvullende controles ter plaatse in verhouding staan tot de kosten en "
        "tot de lasten voor verenigingen; ik betrek daarbij de uitkomsten van de pilot (zie 2b).")
E_3C = ("In het voorjaar van 2026 breidt DUS-I dit portaal uit met een actuele statusweergave per aanvraag en met "
        "een overzicht van het budget dat in het lopende tijdvak nog beschikbaar is.")

T_4A = ("Ik deel uw analyse dat uit de regeling nu onvoldoende blijkt wat zij voor de sport moet opleveren. De "
        "regeling is echter in de eerste plaats een compensatie voor het vervallen van de btw-aftrek en geen "
        "instrument om bezetting, verduurzaming of toegankelijkheid te sturen; daarvoor dienen de afspraken die ik "
        "in het sportakkoord met gemeenten en sportbonden heb gemaakt. Ik neem de aanbeveling om meetbare doelen in "
        "de regeling op te nemen daarom niet over.")
E_4A = "Ik neem de aanbeveling om meetbare doelen in de regeling op te nemen daarom niet over."

T_4B = ("Ik laat een onafhankelijk onderzoeksbureau in kaart brengen welke verduurzamingsmaatregelen met een "
        "bijdrage uit de regeling zijn uitgevoerd en welke energiebesparing die hebben opgeleverd. Het onderzoek "
        "start in mei 2025 en maakt deel uit van de evaluatie van de regeling; de resultaten stuur ik in het "
        "voorjaar van 2026 aan de Tweede Kamer.")
E_4B = ("Ik laat een onafhankelijk onderzoeksbureau in kaart brengen welke verduurzamingsmaatregelen met een "
        "bijdrage uit de regeling zijn uitgevoerd en welke energiebesparing die hebben opgeleverd.")

T_4C = ("Ik neem deze aanbeveling over, met één kanttekening: ik maak geen afzonderlijke monitor, maar neem de "
        "gegevens over bereik en resultaten op in de jaarlijkse voortgangsbrief sport aan de Tweede Kamer, voor het "
        "eerst in het najaar van 2025.\nDe uitsplitsing naar type aanvrager en omvang van de investering is "
        "mogelijk vanaf 2026, wanneer DUS-I deze gegevens in het uitgebreide portaal registreert.")
E_4C = ("Ik neem deze aanbeveling over, met één kanttekening: ik maak geen afzonderlijke monitor, maar neem de "
        "gegevens over bereik en resultaten op in de jaarlijkse voortgangsbrief sport aan de Tweede Kamer, voor het "
        "eerst in het najaar van 2025.")


def row(nr: str, summary: str, verdict: str, text: str, *answers: Answer) -> tuple:
    return (nr, summary, verdict, Cell(text, answers=answers))


RESPONSE_TABLE = Table(
    header=("Nr.", "Aanbeveling", "Standpunt", "Toelichting"),
    rows=(
        row("1a", "Vaste aanvraagtijdvakken met verdeelsleutel", "Akkoord", T_1A, Answer("1a", "agree", E_1A)),
        row("1b", "Subsidieplafond drie maanden vooraf bekend", "Akkoord", T_1B, Answer("1b", "agree", E_1B)),
        row("1c", "Looptijd van ten minste vijf jaar", "Niet akkoord", T_1C, Answer("1c", "disagree", E_1C)),
        row("1d", "Begrotingsreserve voor niet-bestede middelen (minister van Financiën)", "Deels akkoord", T_1D,
            Answer("1d", "partial", E_1D)),
        row("2a", "Kwart van het budget voor investeringen onder € 100.000", "Niet akkoord", T_2A,
            Answer("2a", "disagree", E_2A)),
        row("2b", "Vereenvoudigde procedure tot € 25.000", "Akkoord, met kanttekening", T_2B,
            Answer("2b", "partial", E_2B)),
        row("2d", "Voordeel doorgeven aan verenigingen (gemeenten)", "", T_2D),
        row("3a", "Vaststelling binnen dertien weken", "Akkoord", T_3A, Answer("3a", "agree", E_3A)),
        row("3b, 3c", "Controle ter plaatse; één digitaal loket", "Akkoord", T_3BC,
            Answer("3b", "partial", E_3B), Answer("3c", "agree", E_3C)),
        row("4a", "Meetbare doelen in de regeling", "Deels akkoord", T_4A, Answer("4a", "disagree", E_4A)),
        row("4b", "In kaart brengen van verduurzaming", "Akkoord", T_4B, Answer("4b", "agree", E_4B)),
        row("4c", "Jaarlijks informeren van de Tweede Kamer", "Akkoord, met kanttekening", T_4C,
            Answer("4c", "agree", E_4C)),
    ),
    widths=(0.9, 2.2, 1.75, 5.3),
    font_size=9.0,
    rules="grid",
)

CLOSING_1C = ("Tot slot sta ik stil bij de looptijd van de regeling. Ik begrijp goed dat een vereniging die een nieuw "
              "clubhuis wil bouwen, jaren vooruit moet kunnen kijken. Een toezegging over de periode na 2027 kan ik "
              "op dit moment echter niet doen. Ik zal de Tweede Kamer bij de begroting voor 2027 informeren over de "
              "toekomst van de regeling, mede op basis van de evaluatie die in 2026 wordt afgerond.")
E_CLOSING_1C = "Een toezegging over de periode na 2027 kan ik op dit moment echter niet doen."

RESPONSE_BLOCKS = (
    P("Geachte mevrouw Hoogendijk-Bos,"),
    P("Op 6 februari 2025 ontving ik het conceptrapport 'Op volgorde van binnenkomst' over de Regeling "
      "investeringsbijdrage sportaccommodaties. Ik dank de Centrale Rekenkamer voor het grondige onderzoek en voor "
      "de gesprekken die uw medewerkers in de afgelopen maanden met mijn ministerie en met DUS-I hebben gevoerd. "
      "Deze reactie geef ik mede namens de minister van Volksgezondheid, Welzijn en Sport en, voor zover het de "
      "begroting betreft, namens de minister van Financiën."),
    P("Goede en betaalbare sportaccommodaties zijn de basis van de georganiseerde sport in Nederland. Sinds de start "
      "in 2019 heeft de regeling bijgedragen aan ruim 7.000 projecten, van nieuwe kleedkamers tot zonnepanelen op "
      "clubhuizen. Het budget van de regeling is sindsdien gestegen van € 98 miljoen naar € 110 miljoen per jaar. "
      "DUS-I voert de regeling uit onder mijn verantwoordelijkheid; in 2023 zijn ruim 2.400 aanvragen verleend en "
      "ruim 1.900 vastgesteld. Die cijfers laten zien hoe groot de behoefte is en hoe zwaar de regeling op de "
      "uitvoering drukt."),
    P("In de tabel hieronder geef ik per aanbeveling mijn standpunt en een toelichting. Uw rapport bevat ook "
      "aanbevelingen aan gemeenten en aan NOC*NSF. Ik heb het rapport aan de Vereniging van Nederlandse Gemeenten en "
      "aan NOC*NSF toegezonden; zij bepalen zelf hoe zij met die aanbevelingen omgaan."),
    RESPONSE_TABLE,
    P(CLOSING_1C, answers=(Answer("1c", "disagree", E_CLOSING_1C),)),
    P("Ik zie uw rapport als een waardevolle bijdrage aan de evaluatie van de regeling in 2026 en aan de "
      "besluitvorming over de toekomst ervan. Een afschrift van deze brief stuur ik aan de Tweede Kamer."),
    P("Hoogachtend,"),
    P("de staatssecretaris van Jeugd, Preventie en Sport,"),
    P("M.C. Brouwer-Oosting"),
)

RESPONSE = Document(
    title="Ministerie van Volksgezondheid, Welzijn en Sport",
    subtitle=("Aan de president van de Centrale Rekenkamer\n"
              "Postbus 20015, 2500 EA Den Haag\n\n"
              "Datum     14 maart 2025\n"
              "Kenmerk   4087112-1073390-SPORT\n"
              "Betreft   Reactie op het conceptrapport 'Op volgorde van binnenkomst' (RISA)"),
    running_header="VWS  |  Reactie op rapport Centrale Rekenkamer over de RISA",
    footer="Pagina {page} van {pages}",
    font_family="sans",
    font_size=10.0,
    title_page=False,
    blocks=RESPONSE_BLOCKS,
)

PAIR = Pair(
    name="sports_subsidy_audit",
    report=REPORT,
    response=RESPONSE,
    description="Centrale Rekenkamer audit of a sports-facility subsidy scheme (14 recommendations as lettered "
                "sub-items 1a-4c under four numbered themes that are not recommendations, a nawoord chapter) and "
                "the VWS state secretary's letter with a 'Nr. | Aanbeveling | Standpunt | Toelichting' grid "
                "table: one empty Standpunt (2d), one combined row (3b, 3c), 2c absent, verdicts that differ from "
                "the Toelichting (2b, 3b, 4a, 4c).",
)
