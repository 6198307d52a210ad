"""Pair: an AFM-style advisory report to the minister of Financiën on consumer credit, buy now pay later (achteraf
betalen), debts of young adults and credit registration, and the minister's answer.

Layout traits this pair tests: a serif report with a title page; a "Managementsamenvatting" that repeats all
seventeen recommendations as reworded one-line summaries in a "1." list (marked ``duplicate_of``), a numbered list of
research questions and a bulleted method list that are not recommendations, and a final chapter "Aanbevelingen" with
the full recommendations numbered "1)" .. "17)" under four theme headings, most introduced by a bold lead-in naming
the addressee ("De AFM beveelt de banken aan:"), in one theme with the addressee inside the item itself, and several
with "a)" sub-items that are conditions of the same recommendation.

The response is a short letter from the minister of Financiën (letterhead, no title page) with a general view that
answers recommendation 1 by subject only and passes recommendation 13 (vroegsignalering, SZW) on without a position,
followed after a page break by an annex "Bijlage: reactie per aanbeveling" with plain "Ad 1." paragraphs under theme
headings: "Ad 5 en 6." answers two recommendations with different positions (disagree, partial), "Ad 10 en 11." two
with the same; there is no "Ad" paragraph for 13 (mentioned only in the letter) nor for 16 (skipped).  It agrees
without cue words (a law, a date), with "onderschrijf" and with "ik ben het met de AFM eens ... en zal daarom",
refuses politely ("Ik begrijp de wens ..., maar ...", "deel de analyse maar niet de conclusie", "voegt naar mijn
oordeel weinig toe"), adopts partly (part of the ask, a one-off measurement instead of a yearly monitor) and explores
("verken ik", "laat ik onderzoeken").  All prose is fictional and written for this test set.
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


def R(number: str, *departments: str) -> Recommendation:
    return Recommendation(number, tuple(departments))


def D(number: str, *departments: str) -> Recommendation:
    """The short repeat of recommendation ``number`` in the summary."""
    return Recommendation(number, tuple(departments), duplicate_of=number)


def L(text: str, *children: str, rec: Recommendation | None = None) -> ListItem:
    return ListItem(text, tuple(ListItem(child) for child in children), rec)


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

SUMMARY = (
    H("Managementsamenvatting"),
    P("Lenen is voor veel consumenten gewoon geworden, en vaak gemakkelijk. Een nieuwe telefoon, een jas of een "
      "treinkaartje kan met één klik achteraf worden betaald; een doorlopend krediet of een roodstand op de "
      "betaalrekening is binnen enkele minuten geregeld. Voor de meeste consumenten is dat geen probleem. Voor een "
      "groeiende groep jongvolwassenen wel: zij stapelen kleine betalingsverplichtingen op, verliezen het overzicht en "
      "raken achter met betalen voordat zij of hun omgeving doorhebben dat er iets mis is."),
    P("De Autoriteit Financiële Markten (AFM) heeft op verzoek van de minister van Financiën onderzocht hoe "
      "consumptief krediet en achteraf betalen bijdragen aan betalingsproblemen onder jongvolwassenen van 18 tot 27 "
      "jaar, en of het kredietregister van Stichting BKR zijn functie als waarschuwingssysteem nog goed vervult. Wij "
      "bestudeerden 600 klantdossiers bij twaalf aanbieders, hielden een enquête onder ruim 2.400 jongvolwassenen en "
      "spraken met aanbieders, schuldhulpverleners, gemeenten en de beheerder van het kredietregister."),
    P("Onze belangrijkste bevindingen zijn de volgende. Achteraf betalen is in vijf jaar uitgegroeid tot de "
      "meestgebruikte vorm van krediet onder jongvolwassenen, maar valt grotendeels buiten het toezicht: aanbieders "
      "hoeven de kredietwaardigheid niet te toetsen en registreren betalingsachterstanden niet. Bij gewone "
      "kredieten toetsen aanbieders wel, maar bij jonge klanten leunen zij sterk op het inkomen dat de klant zelf "
      "opgeeft. Het kredietregister mist daardoor een groot deel van de kleine schulden die bij jongvolwassenen het "
      "begin van grotere problemen zijn, terwijl een achterstandscodering na aflossing nog vijf jaar zichtbaar blijft "
      "en jongeren daarna lang belemmert, bijvoorbeeld bij het huren van een woning. Schuldhulpverleners zien "
      "jongvolwassenen pas in beeld komen als de schulden al zijn opgelopen tot gemiddeld ruim € 11.000."),
    P("De AFM doet zeventien aanbevelingen. De meeste zijn gericht aan de minister van Financiën; enkele aan de "
      "minister van Sociale Zaken en Werkgelegenheid, aan banken, aan aanbieders van achteraf betalen en aan "
      "Stichting BKR. Hieronder staan zij in het kort; de volledige tekst staat in hoofdstuk 7."),
    ItemList((
        L("Breng achteraf betalen onder het kredietregime, met een kredietwaardigheidstoets, registratie en "
          "maximale aanmaankosten.", rec=D("1", "FIN")),
        L("Geen vooraf geselecteerde of extra opvallende knop voor achteraf betalen in webwinkels.",
          rec=D("2", "FIN")),
        L("Geef de AFM de bevoegdheid om onder een schuilnaam onderzoek te doen (mystery shopping).",
          rec=D("3", "FIN")),
        L("Aanbieders van achteraf betalen: één overzicht van openstaande betalingen en tijdige herinneringen.",
          rec=D("4", "OTHER")),
        L("Verlaag het rentemaximum voor consumptief krediet van 14 naar 12 procent.", rec=D("5", "FIN")),
        L("Stel extra eisen aan krediet voor consumenten jonger dan 25 jaar.", rec=D("6", "FIN")),
        L("Verbied kredietreclame via influencers en sociale media die zich op jongeren richt.", rec=D("7", "FIN")),
        L("Banken: standaard geen roodstand voor klanten van 18 tot 21 jaar.", rec=D("8", "OTHER")),
        L("Geef het centraal kredietregister een wettelijke basis.", rec=D("9", "FIN")),
        L("BKR: een achterstandscodering na aflossing nog twee in plaats van vijf jaar zichtbaar.",
          rec=D("10", "OTHER")),
        L("Kosteloze digitale inzage in het register en een snel antwoord op een verzoek om correctie.",
          rec=D("11", "FIN", "OTHER")),
        L("Laat schuldhulpverleners het kredietregister raadplegen bij de intake.", rec=D("12", "FIN", "SZW")),
        L("Minister van SZW: neem achterstanden bij krediet en achteraf betalen op in de vroegsignalering.",
          rec=D("13", "SZW")),
        L("Verplicht aanbieders klanten met een achterstand te wijzen op schuldhulp en een regeling aan te bieden.",
          rec=D("14", "FIN")),
        L("Richt een publiek meldpunt op voor misleidende kredietaanbiedingen.", rec=D("15", "FIN")),
        L("Sector: een gedragscode voor jongvolwassen klanten met betalingsachterstanden.", rec=D("16", "OTHER")),
        L("Laat jaarlijks de schulden van jongvolwassenen in beeld brengen.", rec=D("17", "FIN", "SZW")),
    ), style="1."),
    PageBreak(),
)

CHAPTER_1 = (
    H("1 Inleiding"),
    H("1.1 Aanleiding", 2),
    P("In het voorjaar van 2024 vroeg de minister van Financiën de AFM om een advies over de risico's van "
      "consumptief krediet voor jongvolwassenen. Aanleiding waren signalen van gemeenten en schuldhulpverleners dat "
      "steeds meer jongeren zich melden met een stapel kleine schulden bij webwinkels, telefoonaanbieders en "
      "aanbieders van achteraf betalen, en de Europese herziening van de richtlijn consumentenkrediet, die lidstaten "
      "verplicht om ook kortlopend en renteloos krediet onder regels te brengen.", footnotes=(
        "Richtlijn (EU) 2023/2225 van het Europees Parlement en de Raad van 18 oktober 2023 inzake "
        "kredietovereenkomsten voor consumenten. De richtlijn moet uiterlijk op 20 november 2025 zijn omgezet en "
        "is van toepassing vanaf 20 november 2026.",)),
    P("De AFM houdt toezicht op het gedrag van kredietaanbieders en ziet in haar toezicht al enkele jaren dat de "
      "markt verandert. Waar consumptief krediet tot voor kort vooral bestond uit persoonlijke leningen en "
      "doorlopende kredieten bij banken en gespecialiseerde kredietverstrekkers, is het nu vaak een onderdeel van "
      "het betaalproces in een webwinkel of een app. De consument merkt soms nauwelijks dat hij geld leent. Dat "
      "maakt het voor ons als toezichthouder urgent om na te gaan of de bestaande regels en voorzieningen nog passen "
      "bij de manier waarop jonge mensen vandaag lenen."),
    H("1.2 Onderzoeksvragen", 2),
    P("In overleg met het ministerie van Financiën hebben wij de opdracht uitgewerkt in vier onderzoeksvragen:"),
    ItemList((
        L("Hoe en in welke mate maken jongvolwassenen gebruik van consumptief krediet en achteraf betalen?"),
        L("In hoeverre toetsen aanbieders of een krediet verantwoord is, en hoe gaan zij om met klanten die achter "
          "raken met betalen?"),
        L("Vervult het centraal kredietregister zijn functie om overkreditering te voorkomen, en wat betekent een "
          "registratie voor de consument?"),
        L("Welke maatregelen zijn nodig om betalingsproblemen onder jongvolwassenen te voorkomen en eerder aan te "
          "pakken?"),
    ), style="1."),
    H("1.3 Aanpak", 2),
    P("Het onderzoek liep van mei tot en met november 2024. Wij hebben de volgende bronnen gebruikt:"),
    ItemList((
        L("een dossieronderzoek naar 600 kredietaanvragen en achterafbetaalaccounts van consumenten van 18 tot 27 "
          "jaar bij twaalf aanbieders, waaronder vier banken, vijf kredietverstrekkers en drie aanbieders van "
          "achteraf betalen;"),
        L("een representatieve online enquête onder 2.412 jongvolwassenen, uitgevoerd door een extern "
          "onderzoeksbureau;"),
        L("geanonimiseerde gegevens van Stichting BKR over registraties en achterstandscoderingen van 2019 tot en met "
          "2023;"),
        L("interviews met 31 medewerkers van aanbieders, schuldhulpverleners van zes gemeenten, de Nederlandse "
          "Vereniging van Banken, de Vereniging van Financieringsondernemingen in Nederland en Stichting BKR;"),
        L("een vergelijking met de regels voor achteraf betalen in het Verenigd Koninkrijk, Zweden en Duitsland."),
    ), style="•"),
    P("De dossiers zijn aselect getrokken uit de klantenbestanden die de aanbieders ons op verzoek ter beschikking "
      "stelden. Bij de drie aanbieders van achteraf betalen ging het om accounts met ten minste één aankoop in 2023. "
      "De uitkomsten van het dossieronderzoek zijn niet zonder meer representatief voor de hele markt, maar de "
      "patronen die wij zagen, kwamen bij alle aanbieders terug en sluiten aan bij de uitkomsten van de enquête."),
    H("1.4 Leeswijzer", 2),
    P("Hoofdstuk 2 schetst de markt voor consumptief krediet en het wettelijk kader. Hoofdstuk 3 gaat over achteraf "
      "betalen, hoofdstuk 4 over de kredietverlening aan jongvolwassenen door banken en kredietverstrekkers en "
      "hoofdstuk 5 over het centraal kredietregister. In hoofdstuk 6 beschrijven wij wat er gebeurt als het misgaat: "
      "betalingsachterstanden, incasso en schuldhulpverlening. Hoofdstuk 7 bevat onze aanbevelingen."),
)

CHAPTER_2 = (
    H("2 Consumptief krediet in Nederland"),
    H("2.1 Een veranderende markt", 2),
    P("Eind 2023 stond er in Nederland voor ruim € 14 miljard aan consumptief krediet uit, verdeeld over ongeveer "
      "3,1 miljoen lopende kredietovereenkomsten. Dat bedrag is in tien jaar nauwelijks gestegen. Onder die "
      "stabiele totalen verandert de markt wel ingrijpend. Het aantal persoonlijke leningen en doorlopende "
      "kredieten daalt, terwijl het aantal kleine, kortlopende kredieten snel groeit. Het grootste deel van die "
      "groei komt voor rekening van achteraf betalen, dat vooral bij online aankopen wordt gebruikt."),
    P("Achteraf betalen is niet nieuw: postorderbedrijven boden hun klanten al decennia de mogelijkheid om na "
      "ontvangst van de bestelling te betalen. Nieuw is de schaal en de snelheid. De drie grootste aanbieders op de "
      "Nederlandse markt verwerkten in 2023 samen naar schatting 95 miljoen transacties, met een gemiddeld bedrag "
      "van € 64. Aanbieders verdienen vooral aan de vergoeding die webwinkels betalen, en daarnaast aan kosten die "
      "consumenten betalen als zij te laat zijn."),
    P("Tegelijk zijn de grenzen tussen betalen en lenen vervaagd. Een consument die bij het afrekenen voor achteraf "
      "betalen kiest, sluit juridisch gezien een kredietovereenkomst, maar ervaart dat zelden zo. In onze enquête zag "
      "62 procent van de gebruikers achteraf betalen als 'een manier van betalen' en slechts 14 procent als 'een vorm "
      "van lenen'."),
    H("2.2 Het wettelijk kader", 2),
    P("Consumptief krediet is in Nederland geregeld in de Wet op het financieel toezicht (Wft) en in het Burgerlijk "
      "Wetboek. Een kredietaanbieder heeft een vergunning van de AFM nodig, moet de kredietwaardigheid van de "
      "consument toetsen en mag niet meer rente en kosten rekenen dan het wettelijke maximum. Dat maximale "
      "kredietvergoedingspercentage bedraagt de wettelijke rente plus twaalf procentpunt, op dit moment 14 procent. "
      "Tijdens de coronacrisis is het maximum tijdelijk verlaagd tot 10 procent.", footnotes=(
        "Besluit kredietvergoeding, artikel 2. De tijdelijke verlaging gold van 1 april 2020 tot en met 31 december "
        "2021.",)),
    P("Kredieten met een looptijd korter dan drie maanden waarvoor slechts een te verwaarlozen vergoeding wordt "
      "gevraagd, vallen op grond van de huidige richtlijn buiten deze regels. Vrijwel alle vormen van achteraf "
      "betalen maken van die uitzondering gebruik. Voor deze aanbieders gelden alleen de algemene regels van het "
      "consumentenrecht en de Wet normering buitengerechtelijke incassokosten. De herziene Europese richtlijn "
      "consumentenkrediet schaft de uitzondering grotendeels af, maar laat lidstaten ruimte bij onder meer de "
      "reikwijdte voor kleine bedragen, de zwaarte van de kredietwaardigheidstoets en de registratie."),
    P("Naast de wet gelden zelfreguleringsafspraken. Leden van de Vereniging van Financieringsondernemingen in "
      "Nederland en de Nederlandse Vereniging van Banken hebben zich verbonden aan een gedragscode die onder meer "
      "regelt welke normbedragen voor levensonderhoud zij bij de kredietwaardigheidstoets hanteren. Aanbieders van "
      "achteraf betalen hebben in 2021 een eigen, lichtere gedragscode opgesteld. Uit ons onderzoek blijkt dat de "
      "naleving daarvan niet wordt gecontroleerd."),
    H("2.3 Het toezicht van de AFM", 2),
    P("De AFM ziet toe op de naleving van de gedragsregels uit de Wft door kredietaanbieders met een vergunning. "
      "Aanbieders van achteraf betalen die gebruikmaken van de uitzondering, hebben geen vergunning nodig en vallen "
      "dus niet onder ons toezicht. Signalen over deze aanbieders kunnen wij alleen doorgeven aan de Autoriteit "
      "Consument en Markt, die toeziet op het algemene consumentenrecht. In de praktijk betekent dit dat niemand "
      "structureel toezicht houdt op de manier waarop de snelst groeiende vorm van krediet wordt aangeboden."),
    P("Ook bij aanbieders die wel onder ons toezicht vallen, zijn onze middelen beperkt. Wij kunnen dossiers "
      "opvragen en medewerkers spreken, maar wij kunnen niet als gewone consument een aanvraag doen om te zien hoe "
      "het proces in werkelijkheid verloopt. Toezichthouders in andere landen en sectoren hebben die bevoegdheid wel, "
      "en ervaren dat het aanvraagproces zoals de klant het ziet soms sterk afwijkt van wat in de interne procedures "
      "staat."),
)

CHAPTER_3 = (
    H("3 Achteraf betalen"),
    H("3.1 Hoe het werkt", 2),
    P("Bij achteraf betalen neemt de aanbieder de vordering van de webwinkel over. De webwinkel krijgt het bedrag "
      "direct, minus een vergoeding van gemiddeld 2 tot 4 procent; de consument betaalt binnen 14 of 30 dagen aan de "
      "aanbieder, of in drie of vier termijnen. Als de consument op tijd betaalt, kost het hem niets. Betaalt hij te "
      "laat, dan volgen herinneringen, aanmaningen en uiteindelijk een incassotraject met kosten."),
    P("De keuze voor achteraf betalen wordt gemaakt op het betaalscherm van de webwinkel. In 41 van de 100 "
      "webwinkels die wij onderzochten, stond achteraf betalen bovenaan of was het de vooraf geselecteerde optie. In "
      "17 webwinkels was de knop voor achteraf betalen groter of opvallender gekleurd dan die voor andere "
      "betaalmethoden. Aanbieders gaven aan dat de vormgeving van het betaalscherm de verantwoordelijkheid van de "
      "webwinkel is; webwinkels verwezen naar de standaardkoppelingen die de aanbieders leveren."),
    P("De beoordeling of een consument achteraf mag betalen, duurt meestal minder dan een seconde. Aanbieders "
      "gebruiken daarvoor hun eigen betaalgeschiedenis van de klant, het bestelbedrag en in sommige gevallen gegevens "
      "van een commercieel kredietinformatiebureau. Een toets op inkomen en vaste lasten vindt niet plaats, en het "
      "centraal kredietregister wordt niet geraadpleegd."),
    H("3.2 Wie betaalt achteraf", 2),
    P("Van de jongvolwassenen in onze enquête had 71 procent in het afgelopen jaar ten minste één keer achteraf "
      "betaald, tegen 38 procent van alle volwassenen. Een op de vijf jongvolwassen gebruikers had op het moment van "
      "de enquête vijf of meer openstaande achterafbetalingen, vaak bij verschillende aanbieders. Een kwart van hen "
      "kon niet zeggen hoeveel zij in totaal nog moesten betalen."),
    P("Jongvolwassenen met een laag of onregelmatig inkomen, zoals studenten met een bijbaan en jongeren met een "
      "uitzendcontract, gebruiken achteraf betalen vaker en voor hogere bedragen. Voor een deel van hen is het geen "
      "gemaksoptie maar een manier om de periode tot de volgende betaling van loon of studiefinanciering te "
      "overbruggen. Bijna een op de drie gebruikers met een inkomen onder € 1.500 per maand gaf aan achteraf te "
      "betalen 'omdat ik het geld op dat moment niet had'."),
    H("3.3 Waar het misgaat", 2),
    P("In het dossieronderzoek bij de drie aanbieders van achteraf betalen zagen wij de volgende patronen:"),
    ItemList((
        L("bij 23 procent van de onderzochte accounts werd ten minste één betaling te laat voldaan; bij 8 procent "
          "volgde een incassotraject;"),
        L("klanten met een openstaande achterstand konden bij dezelfde aanbieder in ruim de helft van de gevallen "
          "gewoon nieuwe aankopen achteraf betalen, soms tot een hoger bedrag;"),
        L("herinneringen werden in de regel pas na de vervaldatum verstuurd, per e-mail en niet in de app;"),
        L("de kosten van aanmaning en incasso liepen bij een oorspronkelijk bedrag van € 40 op tot gemiddeld € 52, "
          "en in uitschieters tot meer dan € 100."),
    ), style="–"),
    P("Geen van de drie aanbieders bood klanten een overzicht van alle openstaande bedragen en vervaldata op één "
      "plek. Twee aanbieders toonden in de app alleen de bestellingen per webwinkel. Jongvolwassenen die wij "
      "spraken, beschreven hoe zij het overzicht verloren doordat betalingen bij verschillende aanbieders op "
      "verschillende data vervielen, terwijl de eerste herinnering pas kwam als het al te laat was."),
    H("3.4 Conclusie", 2),
    P("Achteraf betalen is een vorm van krediet die in de praktijk buiten het toezicht valt en waarbij de "
      "waarborgen ontbreken die voor ander krediet vanzelfsprekend zijn: een toets vooraf, registratie van "
      "achterstanden en begrensde kosten. Voor de meeste consumenten gaat het goed, maar voor jongvolwassenen met een "
      "krap budget werkt het product als een opstap naar betalingsproblemen. De omzetting van de herziene Europese "
      "richtlijn biedt de gelegenheid om dat te herstellen. Het gaat er dan wel om dat de ruimte die de richtlijn "
      "laat, niet wordt gebruikt om kleine bedragen of korte termijnen opnieuw uit te zonderen."),
)

CHAPTER_4 = (
    H("4 Kredietverlening aan jongvolwassenen"),
    H("4.1 De kredietwaardigheidstoets in de praktijk", 2),
    P("Anders dan bij achteraf betalen moeten banken en kredietverstrekkers vóór het verstrekken van een krediet "
      "de kredietwaardigheid van de consument toetsen. Zij raadplegen daarvoor het centraal kredietregister en "
      "vergelijken het inkomen van de consument met zijn vaste lasten en een normbedrag voor levensonderhoud. Bij de "
      "450 dossiers van banken en kredietverstrekkers die wij onderzochten, was in alle gevallen een toets uitgevoerd. "
      "De kwaliteit ervan liep echter sterk uiteen."),
    P("Bij consumenten jonger dan 25 jaar was het inkomen in 44 procent van de dossiers uitsluitend vastgesteld op "
      "basis van de opgave van de consument, zonder loonstrook of bankafschrift. Bij oudere consumenten was dat 19 "
      "procent. Aanbieders legden uit dat jonge klanten vaak een wisselend inkomen hebben en dat het opvragen van "
      "documenten de aanvraag vertraagt. In 31 van de dossiers waarin wij het opgegeven inkomen konden vergelijken "
      "met later verstrekte gegevens, bleek het werkelijke inkomen meer dan 20 procent lager."),
    P("Het rentemaximum speelt bij jongvolwassenen een bijzondere rol. Doorlopende kredieten en kleine persoonlijke "
      "leningen aan jonge klanten worden vrijwel altijd tegen of vlak onder het maximum van 14 procent verstrekt. "
      "Aanbieders voerden aan dat een lager maximum ertoe zou leiden dat zij aan deze groep minder of geen krediet "
      "meer verstrekken. Tijdens de tijdelijke verlaging in 2020 en 2021 zagen wij dat het aantal nieuwe kredieten "
      "aan jongvolwassenen inderdaad daalde, maar wij vonden geen aanwijzingen dat zij massaal uitweken naar "
      "illegale aanbieders."),
    P("Een adviesgesprek is bij consumptief krediet niet verplicht. Bij kredieten boven € 5.000 voerden de "
      "onderzochte aanbieders in twee derde van de gevallen toch een telefonisch gesprek, vooral om gegevens te "
      "controleren. Schuldhulpverleners wezen erop dat juist in zo'n gesprek zichtbaar kan worden dat een jonge "
      "klant een lening afsluit om andere schulden af te lossen."),
    H("4.2 Rood staan", 2),
    P("Rood staan op de betaalrekening is voor jongvolwassenen de meest voorkomende vorm van krediet na achteraf "
      "betalen. Banken bieden klanten vanaf 18 jaar een roodstandfaciliteit aan, bij de meeste banken tot een "
      "limiet van € 250 tot € 1.000 zonder aanvullende toets. Bij drie van de vier onderzochte banken werd de "
      "faciliteit standaard aangeboden bij het omzetten van een jongerenrekening naar een gewone betaalrekening; de "
      "klant moest zelf actie ondernemen om de limiet op nul te zetten."),
    P("In de enquête gaf 29 procent van de jongvolwassenen aan in het afgelopen jaar rood te hebben gestaan, en een "
      "derde van hen wist niet dat daarover rente wordt betaald. Banken wezen erop dat een roodstandfaciliteit "
      "voorkomt dat automatische betalingen van vaste lasten worden gestorneerd, wat tot extra kosten en "
      "achterstanden bij bijvoorbeeld de zorgverzekeraar zou leiden."),
    H("4.3 Reclame en sociale media", 2),
    P("Reclame voor krediet moet de waarschuwing 'Let op! Geld lenen kost geld' bevatten en mag niet suggereren dat "
      "lenen eenvoudig of zonder risico is. Jongvolwassenen komen kredietreclame echter vooral tegen op sociale media, "
      "in video's van influencers en in advertenties tussen andere berichten. In een steekproef van 200 berichten "
      "over achteraf betalen en kleine leningen op drie grote platforms ontbrak de waarschuwing in 58 procent van de "
      "gevallen. In bijna de helft van de berichten werd lenen gepresenteerd als een slimme manier om 'nu al te "
      "hebben wat je wilt'."),
    H("4.4 Conclusie", 2),
    P("Banken en kredietverstrekkers toetsen, maar bij jonge klanten te vaak op basis van gegevens die niet zijn "
      "gecontroleerd. Jongvolwassenen worden bovendien verleid tot lenen via kanalen waar de bestaande reclameregels "
      "weinig effect hebben, en komen bij de overgang naar volwassenheid vaak ongemerkt in het bezit van een "
      "roodstandfaciliteit. De hoogte van het rentemaximum maakt kleine kredieten voor deze groep relatief duur."),
)

CHAPTER_5 = (
    H("5 Het centraal kredietregister"),
    H("5.1 Hoe het register werkt", 2),
    P("Stichting BKR beheert sinds 1965 het centraal kredietregister. Kredietaanbieders met een vergunning zijn "
      "verplicht het register te raadplegen en kredieten vanaf € 250 met een looptijd van meer dan drie maanden te "
      "melden. Loopt de consument een achterstand van meer dan twee maanden op, dan volgt een achterstandscodering. "
      "Die blijft na volledige aflossing nog vijf jaar zichtbaar. Eind 2023 stonden ongeveer 10,7 miljoen kredieten "
      "geregistreerd, waarvan circa 540.000 met een achterstandscodering."),
    P("De verplichting om het register te raadplegen, volgt uit de Wft. De registratie zelf berust op afspraken "
      "tussen BKR en de aangesloten aanbieders en op het algemeen reglement van de stichting. Wie moet registreren, "
      "welke termijnen gelden en hoe een consument bezwaar kan maken, is dus niet in de wet geregeld. De Autoriteit "
      "Persoonsgegevens heeft er in eerdere jaren op gewezen dat een verwerking van deze omvang en met deze gevolgen "
      "een wettelijke grondslag verdient."),
    H("5.2 Knelpunten", 2),
    P("Het register mist een groot deel van de schulden van jongvolwassenen. Achteraf betalen, telefoonabonnementen "
      "en de meeste kleine kredieten onder € 250 worden niet geregistreerd. Van de jongvolwassenen die zich in 2023 "
      "bij de zes onderzochte gemeenten meldden voor schuldhulp, had 62 procent een of meer schulden die niet in het "
      "register stonden. Een aanbieder die het register raadpleegt, ziet dus bij jonge klanten vaak een "
      "onvolledig beeld."),
    P("Tegelijk weegt een registratie voor jongvolwassenen zwaar. Een achterstandscodering die op 20-jarige leeftijd "
      "is ontstaan door een achterstand van enkele honderden euro's, is na aflossing nog vijf jaar zichtbaar. In de "
      "interviews beschreven schuldhulpverleners jongeren die hun schulden hadden afgelost maar daarna geen "
      "telefoonabonnement, geen huurwoning via een particuliere verhuurder en geen studentenkrediet bij een bank "
      "konden krijgen. Een kortere termijn zou de stimulans om af te lossen vergroten."),
    P("Consumenten kunnen hun gegevens bij BKR inzien. Digitale inzage is sinds 2022 gratis, maar alleen met DigiD "
      "of een bankapp; wie dat niet heeft, moet een papieren aanvraag doen. Een verzoek om correctie wordt door BKR "
      "doorgestuurd naar de aanbieder die de registratie heeft gedaan. In de 40 correctieverzoeken die wij "
      "onderzochten, duurde het gemiddeld elf weken voordat de consument een inhoudelijk antwoord kreeg; in negen "
      "gevallen kwam er geen antwoord."),
    P("Schuldhulpverleners hebben geen toegang tot het register. Bij de intake zijn zij aangewezen op de gegevens "
      "die de hulpvrager zelf meebrengt of opvraagt. Dat kost tijd, en schuldeisers die niet worden genoemd, blijven "
      "buiten beeld tot zij zich zelf melden, soms pas als een schuldregeling al is aangeboden."),
    H("5.3 Conclusie", 2),
    P("Het kredietregister is onmisbaar voor verantwoorde kredietverlening, maar het rust op een te smalle juridische "
      "basis, mist de kleine schulden waarmee problemen bij jongvolwassenen vaak beginnen, en houdt hen na aflossing "
      "lang vast aan een verleden waarvan zij zich hebben losgemaakt. Inzage en correctie zijn voor een deel van de "
      "consumenten nog te omslachtig."),
)

CHAPTER_6 = (
    H("6 Als het misgaat: achterstanden en schuldhulp"),
    H("6.1 Van achterstand naar schuld", 2),
    P("Bij een betalingsachterstand kiezen de meeste aanbieders voor een vast traject: een herinnering, een of twee "
      "aanmaningen, een veertiendagenbrief en daarna overdracht aan een incassobureau. In de dossiers die wij "
      "onderzochten, kreeg de klant in dat traject zelden een betalingsregeling aangeboden voordat de vordering uit "
      "handen werd gegeven. Een verwijzing naar gratis schuldhulp stond in 14 procent van de aanmaningen, meestal in "
      "kleine letters onderaan de brief."),
    P("Voor jongvolwassenen is dat moment beslissend. Uit de gegevens van de zes gemeenten blijkt dat tussen de "
      "eerste betalingsachterstand en de aanmelding bij schuldhulp gemiddeld drie jaar ligt. In die periode groeit "
      "de schuld door rente, incassokosten en nieuwe achterstanden. Jongvolwassenen die zich meldden, hadden "
      "gemiddeld € 11.300 schuld bij negen schuldeisers."),
    H("6.2 Vroegsignalering", 2),
    P("Sinds 2021 zijn gemeenten op grond van de Wet gemeentelijke schuldhulpverlening verplicht om inwoners met "
      "betalingsachterstanden actief hulp aan te bieden. Zij ontvangen daarvoor signalen van woningcorporaties, "
      "energiebedrijven, drinkwaterbedrijven en zorgverzekeraars over achterstanden in de vaste lasten. "
      "Kredietaanbieders en aanbieders van achteraf betalen behoren niet tot de partijen die signalen mogen "
      "doorgeven. Omdat jongvolwassenen vaak nog geen eigen huur- of energiecontract hebben, blijven zij in de "
      "vroegsignalering grotendeels buiten beeld: van de signalen die de zes gemeenten in 2023 ontvingen, ging 6 "
      "procent over inwoners jonger dan 27 jaar."),
    H("6.3 De rol van de sector", 2),
    P("Enkele aanbieders hebben op eigen initiatief een aanpak ontwikkeld voor klanten met betalingsproblemen, met "
      "een persoonlijk gesprek en een doorverwijzing naar schuldhulp. Deze initiatieven zijn waardevol maar "
      "versnipperd. Er zijn geen gezamenlijke afspraken over wanneer contact wordt gezocht, hoe wordt doorverwezen en "
      "of kosten worden gematigd als de klant hulp zoekt. Gemeenten gaven aan dat zij daardoor per schuldeiser "
      "andere afspraken moeten maken."),
    P("Consumenten die zich benadeeld voelen door een kredietaanbieding, weten bovendien niet goed waar zij terecht "
      "kunnen. In onze enquête noemde 9 procent het AFM Consumentenloket en 6 procent ConsuWijzer; 71 procent wist "
      "het niet. Er is geen overzicht van de klachten en meldingen die bij verschillende instanties binnenkomen."),
    H("6.4 Conclusie", 2),
    P("Betalingsproblemen van jongvolwassenen worden te laat gezien en te laat aangepakt. Aanbieders hebben het "
      "eerste signaal in handen, maar gebruiken het niet om de klant naar hulp te leiden; gemeenten zijn voor hun "
      "vroegsignalering afhankelijk van partijen waarmee jongeren nog weinig te maken hebben. Er is bovendien geen "
      "betrouwbaar beeld van de omvang en ontwikkeling van de schulden van deze groep, omdat de cijfers over kleine "
      "kredieten en achteraf betalen ontbreken."),
)

CHAPTER_7 = (
    PageBreak(),
    H("7 Aanbevelingen"),
    P("Op basis van de bevindingen in de hoofdstukken 3 tot en met 6 doet de AFM zeventien aanbevelingen. Zij zijn "
      "geordend naar de vier thema's van dit advies. Bij een aantal aanbevelingen geven wij aan welke voorwaarden "
      "daarbij naar ons oordeel ten minste moeten gelden; die voorwaarden maken deel uit van de aanbeveling."),
    H("7.1 Achteraf betalen", 2),
    P("De omzetting van de herziene richtlijn consumentenkrediet moet in 2025 haar beslag krijgen. Dat is het moment "
      "om achteraf betalen volledig onder het kredietregime te brengen."),
    P("De AFM beveelt de minister van Financiën aan:", bold=True),
    ItemList((
        L("Breng achteraf betalen zo snel mogelijk onder het kredietregime van de Wet op het financieel toezicht, "
          "ook voor kleine bedragen en betaaltermijnen korter dan drie maanden, en stel daarbij ten minste de "
          "volgende eisen:",
          "aanbieders toetsen vooraf de kredietwaardigheid van de consument, in verhouding tot het bedrag en het "
          "risico;",
          "aanbieders registreren achterafbetaalkredieten en achterstanden daarop in het centraal kredietregister;",
          "de aanmaan- en incassokosten die aanbieders en hun incassobureaus in rekening brengen, worden gemaximeerd.",
          rec=R("1", "FIN")),
        L("Verbied webwinkels om achteraf betalen als vooraf geselecteerde betaaloptie aan te bieden, en verplicht "
          "hen om achteraf betalen niet prominenter in beeld te brengen dan andere betaalmethoden.",
          rec=R("2", "FIN")),
        L("Geef de AFM de bevoegdheid om bij aanbieders van consumptief krediet en achteraf betalen onder een "
          "schuilnaam onderzoek te doen (mystery shopping), zodat het toezicht kan nagaan hoe het aanvraagproces "
          "voor de consument werkelijk verloopt.", rec=R("3", "FIN")),
    ), style="1)"),
    P("De AFM beveelt de aanbieders van achteraf betalen aan:", bold=True),
    ItemList((
        L("Bied consumenten in de app en op de website één overzicht van alle openstaande achterafbetalingen met hun "
          "vervaldata, en stuur uiterlijk drie dagen vóór elke vervaldatum een herinnering.", rec=R("4", "OTHER")),
    ), style="1)"),
    H("7.2 Verantwoorde kredietverlening", 2),
    P("Ook waar de kredietwaardigheid wel wordt getoetst, is de bescherming van jongvolwassenen onvoldoende. De "
      "volgende aanbevelingen richten zich op de prijs van krediet, de toets bij jonge klanten, de reclame en de "
      "roodstand."),
    P("De AFM beveelt de minister van Financiën aan:", bold=True),
    ItemList((
        L("Verlaag het maximale kredietvergoedingspercentage structureel van 14 naar 12 procent.", rec=R("5", "FIN")),
        L("Stel aanvullende eisen aan consumptief krediet voor consumenten jonger dan 25 jaar, namelijk:",
          "de kredietaanbieder stelt het inkomen vast aan de hand van documenten, en niet alleen op basis van de "
          "opgave van de consument;",
          "bij een kredietbedrag boven € 5.000 voert de kredietaanbieder vooraf een adviesgesprek met de consument.",
          rec=R("6", "FIN")),
        L("Verbied reclame voor consumptief krediet en achteraf betalen via influencers en andere vormen van reclame "
          "op sociale media die zich in hoofdzaak richten op consumenten jonger dan 25 jaar.", rec=R("7", "FIN")),
    ), style="1)"),
    P("De AFM beveelt de banken aan:", bold=True),
    ItemList((
        L("Zet de roodstandfaciliteit op de betaalrekening van klanten van 18 tot 21 jaar standaard op nul, en "
          "verhoog die limiet alleen op uitdrukkelijk verzoek van de klant en na een kredietwaardigheidstoets.",
          rec=R("8", "OTHER")),
    ), style="1)"),
    H("7.3 Kredietregistratie", 2),
    P("Het kredietregister verdient een steviger basis en een evenwichtiger werking. De aanbevelingen in deze "
      "paragraaf zijn gericht aan verschillende partijen; de geadresseerde staat telkens in de aanbeveling zelf."),
    ItemList((
        L("De minister van Financiën geeft het centraal kredietregister een wettelijke basis en legt daarin ten "
          "minste vast:",
          "welke kredietaanbieders, waaronder aanbieders van achteraf betalen, verplicht zijn te registreren;",
          "hoe lang registraties en achterstandscoderingen worden bewaard;",
          "hoe een consument een onjuiste registratie kan laten herstellen.", rec=R("9", "FIN")),
        L("Stichting BKR verkort de termijn waarin een achterstandscodering na volledige aflossing zichtbaar blijft, "
          "van vijf naar twee jaar.", rec=R("10", "OTHER")),
        L("De minister van Financiën en Stichting BKR zorgen ervoor dat iedere consument zijn registratie kosteloos "
          "en digitaal kan inzien, ook zonder DigiD of bankapp, en binnen vier weken een met redenen omkleed antwoord "
          "krijgt op een verzoek om correctie.", rec=R("11", "FIN", "OTHER")),
        L("De minister van Financiën en de minister van Sociale Zaken en Werkgelegenheid maken het mogelijk dat "
          "schuldhulpverleners bij de intake, met toestemming van de hulpvrager, de registraties in het "
          "kredietregister raadplegen.", rec=R("12", "FIN", "SZW")),
    ), style="1)"),
    H("7.4 Jongvolwassenen met betalingsproblemen", 2),
    P("Tot slot doet de AFM aanbevelingen om betalingsproblemen van jongvolwassenen eerder te signaleren en beter "
      "aan te pakken, en om de ontwikkeling ervan te volgen."),
    P("De AFM beveelt de minister van Sociale Zaken en Werkgelegenheid aan:", bold=True),
    ItemList((
        L("Breid de signalen voor vroegsignalering op grond van de Wet gemeentelijke schuldhulpverlening uit met "
          "betalingsachterstanden bij kredietaanbieders en aanbieders van achteraf betalen, zodat gemeenten "
          "jongvolwassenen eerder kunnen benaderen.", rec=R("13", "SZW")),
    ), style="1)"),
    P("De AFM beveelt de minister van Financiën aan:", bold=True),
    ItemList((
        L("Verplicht kredietaanbieders en aanbieders van achteraf betalen om een klant met een betalingsachterstand "
          "van twee maanden of langer:",
          "schriftelijk en in begrijpelijke taal te wijzen op gratis schuldhulp;",
          "een betalingsregeling aan te bieden voordat zij de vordering uit handen geven aan een incassobureau.",
          rec=R("14", "FIN")),
        L("Richt een publiek meldpunt in waar consumenten misleidende of agressieve kredietaanbiedingen kunnen "
          "melden.", rec=R("15", "FIN")),
    ), style="1)"),
    P("De AFM beveelt banken, kredietverstrekkers en aanbieders van achteraf betalen gezamenlijk aan:", bold=True),
    ItemList((
        L("Stel in 2025 een gezamenlijke gedragscode op voor de omgang met jongvolwassen klanten met "
          "betalingsachterstanden, waarin ten minste is opgenomen:",
          "een vast persoonlijk contactmoment voordat incassomaatregelen worden genomen;",
          "een warme overdracht naar de gemeentelijke schuldhulpverlening als de klant daarmee instemt;",
          "afspraken over het matigen van kosten zodra de klant een schuldhulptraject is gestart.",
          rec=R("16", "OTHER")),
    ), style="1)"),
    P("De AFM beveelt de minister van Financiën en de minister van Sociale Zaken en Werkgelegenheid aan:", bold=True),
    ItemList((
        L("Laat jaarlijks een openbare monitor opstellen van de kredieten, achterafbetalingen en "
          "betalingsachterstanden van jongvolwassenen van 18 tot 27 jaar, in samenwerking met het CBS en Stichting "
          "BKR.", rec=R("17", "FIN", "SZW")),
    ), style="1)"),
    H("Verantwoording"),
    P("Dit advies is opgesteld door een projectteam van de afdeling Toezicht Kredietverlening en Consumentenmarkten "
      "van de AFM. Een conceptversie van de hoofdstukken 2 tot en met 6 is voor een feitelijke controle voorgelegd "
      "aan de geïnterviewde aanbieders, Stichting BKR en de zes gemeenten. Hun reacties zijn waar nodig verwerkt. "
      "De aanbevelingen zijn voor rekening van de AFM."),
    P("De AFM dankt alle jongvolwassenen die de enquête hebben ingevuld en de medewerkers van aanbieders, gemeenten "
      "en schuldhulporganisaties die hun tijd en kennis met ons hebben gedeeld."),
)

REPORT = Document(
    title="Grip op krediet",
    subtitle="Advies over consumptief krediet, achteraf betalen en betalingsproblemen onder jongvolwassenen",
    blocks=SUMMARY + CHAPTER_1 + CHAPTER_2 + CHAPTER_3 + CHAPTER_4 + CHAPTER_5 + CHAPTER_6 + CHAPTER_7,
    running_header="AFM | Grip op krediet",
    footer="{page}",
    font_family="serif",
    imprint=("Autoriteit Financiële Markten", "Amsterdam, februari 2025"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV_1 = ("Met het wetsvoorstel ter implementatie van de herziene richtlijn consumentenkrediet, dat ik na de zomer bij "
        "uw Kamer indien, breng ik achteraf betalen per 20 november 2026 onder de Wft, ongeacht het bedrag en de "
        "betaaltermijn, met een verplichte kredietwaardigheidstoets, registratie in het kredietregister en een "
        "maximum voor aanmaan- en incassokosten.")
EV_1B = ("Daarin vervalt de huidige uitzondering voor kredieten met een looptijd van minder dan drie maanden, zodat "
         "ook achterafbetaalkrediet van enkele tientallen euro's onder het toezicht van de AFM komt.")
EV_2 = ("Ik neem het verbod op een vooraf geselecteerde optie voor achteraf betalen over, maar zie af van een "
        "verplichting om alle betaalmethoden even prominent te tonen.")
EV_3 = ("In het implementatiewetsvoorstel neem ik een bevoegdheid op waarmee de AFM bij aanbieders van consumptief "
        "krediet en achteraf betalen onder een schuilnaam onderzoek kan doen.")
EV_4 = "Ik onderschrijf deze aanbeveling."
EV_5 = ("Ik deel de analyse van de AFM dat jongvolwassenen met een klein krediet relatief veel betalen, maar niet de "
        "conclusie dat een lager rentemaximum daarvoor het juiste middel is.")
EV_6 = ("Van aanbeveling 6 neem ik het eerste deel over, de verificatie van het inkomen aan de hand van documenten; "
        "een verplicht adviesgesprek bij kredieten boven € 5.000 neem ik niet over.")
EV_7 = ("Ik laat daarom onderzoeken of een verbod op kredietreclame via sociale media die zich op jongeren richt, "
        "juridisch houdbaar en te handhaven is, en wat het zou opleveren.")
EV_8 = ("Ik begrijp de wens om jongvolwassenen te beschermen tegen ongemerkt rood staan, maar ik zie geen reden om "
        "de banken te vragen de roodstandfaciliteit standaard op nul te zetten.")
EV_9 = ("Met het wetsvoorstel Wet centraal kredietregister, dat ik in het najaar van 2025 bij uw Kamer indien, "
        "krijgt het register een wettelijke basis waarin staat welke aanbieders moeten registreren, hoe lang "
        "gegevens worden bewaard en hoe een consument een onjuiste registratie laat herstellen.")
EV_10 = ("Ik ben het met de AFM eens dat een achterstandscodering die na volledige aflossing nog vijf jaar zichtbaar "
         "blijft, jongvolwassenen onevenredig lang belemmert, en zal daarom de bewaartermijn na aflossing in het "
         "wetsvoorstel op twee jaar vastleggen.")
EV_11 = ("Ook inzage en correctie regel ik in het wetsvoorstel: iedere consument kan zijn registratie kosteloos en "
         "digitaal inzien, ook zonder DigiD, en de beheerder van het register moet binnen vier weken gemotiveerd "
         "beslissen op een verzoek om correctie.")
EV_12 = ("Samen met de minister van Sociale Zaken en Werkgelegenheid verken ik daarom of schuldhulpverleners met "
         "toestemming van de hulpvrager inzage in het register kunnen krijgen, en welke waarborgen daarvoor nodig "
         "zijn.")
EV_14 = ("Ik neem de door de AFM voorgestelde verplichting op in het implementatiewetsvoorstel: vanaf de "
         "inwerkingtreding moeten kredietaanbieders en aanbieders van achteraf betalen een klant met een "
         "betalingsachterstand van twee maanden schriftelijk en in begrijpelijke taal wijzen op gratis schuldhulp en "
         "hem een betalingsregeling aanbieden voordat zij de vordering uit handen geven.")
EV_15 = ("Een apart publiek meldpunt voor misleidende kredietaanbiedingen voegt naar mijn oordeel weinig toe en zou "
         "het voor consumenten eerder minder dan meer duidelijk maken waar zij terechtkunnen.")
EV_17 = ("Ik laat het CBS in 2026 eenmalig een meting uitvoeren naar de kredieten, achterafbetalingen en "
         "betalingsachterstanden van jongvolwassenen; of daarna een jaarlijkse monitor nodig is, bezie ik aan de "
         "hand van de uitkomsten.")

LETTER = (
    P("Op 18 februari 2025 heeft de Autoriteit Financiële Markten (AFM) mij haar advies 'Grip op krediet' "
      "aangeboden. Het advies gaat over consumptief krediet, achteraf betalen, de betalingsproblemen van "
      "jongvolwassenen en het centraal kredietregister. Met deze brief bied ik u het advies aan en geef ik mijn "
      "reactie."),
    P("Ik dank de AFM voor het zorgvuldige onderzoek en het heldere advies. Het laat zien hoe snel de manier waarop "
      "jonge mensen lenen is veranderd, en dat de regels en voorzieningen daarmee niet altijd gelijke tred hebben "
      "gehouden. Dat een op de vijf jongvolwassen gebruikers van achteraf betalen vijf of meer openstaande "
      "betalingen heeft en een kwart van hen niet weet hoeveel dat in totaal is, vind ik zorgelijk. Tegelijk wil ik "
      "benadrukken dat krediet voor veel mensen een nuttige functie heeft. Mijn uitgangspunt is dat krediet "
      "beschikbaar blijft voor wie het verantwoord kan dragen, en dat consumenten die dat niet kunnen, beter worden "
      "beschermd."),
    P("Achteraf betalen is krediet en hoort ook zo te worden behandeld. " + EV_1 + " Voor "
      "consumenten betekent dit dat achteraf betalen dezelfde waarborgen krijgt als ander krediet.",
      answers=(Answer("1", "agree", EV_1),)),
    P("Het advies gaat ook over de schuldhulpverlening aan jongvolwassenen. De AFM vraagt onder meer om "
      "betalingsachterstanden bij kredietaanbieders en aanbieders van achteraf betalen op te nemen in de "
      "vroegsignalering door gemeenten. De vroegsignalering is geregeld in de Wet gemeentelijke schuldhulpverlening en "
      "valt onder de verantwoordelijkheid van de minister van Sociale Zaken en Werkgelegenheid. Zij stuurt uw "
      "Kamer over dit onderdeel van het advies na de zomer een eigen reactie."),
    P("In de bijlage ga ik per aanbeveling in op het advies. Een groot deel van de aanbevelingen neem ik over, de "
      "meeste via het wetsvoorstel ter implementatie van de herziene richtlijn en het wetsvoorstel Wet centraal "
      "kredietregister. Bij enkele aanbevelingen kom ik tot een andere afweging dan de AFM, of wil ik eerst beter "
      "zicht hebben op de gevolgen. Ik licht dat in de bijlage toe."),
    P("Ik zal uw Kamer over de voortgang van beide wetsvoorstellen en van de overige toezeggingen in deze brief "
      "informeren in de jaarlijkse voortgangsbrief over consumptief krediet."),
    P("De minister van Financiën,"),
    P("M.C. Verheugen"),
)

ANNEX = (
    PageBreak(),
    H("Bijlage: reactie per aanbeveling"),
    P("In deze bijlage reageer ik op de aanbevelingen van de AFM in de volgorde van het advies. Aanbevelingen die "
      "ook aan andere partijen zijn gericht, heb ik waar nodig met hen besproken."),
    H("Achteraf betalen", 2),
    P("Ad 1. Zie hierover ook de brief. Het wetsvoorstel ter implementatie van de herziene richtlijn gaat in juni "
      "2025 in internetconsultatie. " + EV_1B + " Het maximum voor aanmaan- en incassokosten leg ik vast in het "
      "Besluit Gedragstoezicht financiële ondernemingen, in samenhang met de Wet normering buitengerechtelijke "
      "incassokosten.", answers=(Answer("1", "agree", EV_1B),)),
    P("Ad 2. De AFM laat zien dat de vormgeving van het betaalscherm de keuze van consumenten sterk beïnvloedt. " +
      EV_2 + " Dat een webwinkel achteraf betalen vooraf selecteert, zodat de consument actief moet kiezen voor "
      "direct betalen, vind ik niet passend bij een product dat een krediet is; dit verbod neem ik op in de lagere "
      "regelgeving bij het implementatiewetsvoorstel. Een verplichting om alle betaalmethoden even groot en even "
      "opvallend te tonen, grijpt echter diep in op de vormgeving van de websites van vele duizenden webwinkels en is "
      "in de praktijk moeilijk te handhaven. Ik verwacht bovendien dat het verbod op voorselectie al een groot deel "
      "van het beoogde effect heeft.", answers=(Answer("2", "partial", EV_2),)),
    P("Ad 3. Het toezicht van de AFM wint aan kracht als zij kan zien wat een consument werkelijk ziet. " + EV_3 +
      " De Europese verordening over samenwerking bij consumentenbescherming kent een vergelijkbare bevoegdheid al "
      "voor grensoverschrijdende inbreuken; met deze wijziging geldt zij ook voor binnenlandse aanbieders. De AFM "
      "maakt in haar toezichtsbeleid bekend onder welke voorwaarden zij de bevoegdheid inzet.",
      answers=(Answer("3", "agree", EV_3),)),
    P("Ad 4. Deze aanbeveling is gericht aan de aanbieders van achteraf betalen. " + EV_4 + " Een consument die op "
      "één plek ziet wat hij nog moet betalen en wanneer, houdt beter overzicht en voorkomt onnodige kosten. Ik heb "
      "de aanbieders en Thuiswinkel.org gevraagd het overzicht en de herinnering vóór de inwerkingtreding van het "
      "nieuwe kredietregime in te voeren. Na die datum betrekt de AFM dit bij haar toezicht op de informatie die "
      "aanbieders aan consumenten geven.", answers=(Answer("4", "agree", EV_4),)),
    H("Verantwoorde kredietverlening", 2),
    P("Ad 5 en 6. De AFM stelt voor het maximale kredietvergoedingspercentage te verlagen van 14 naar 12 procent en "
      "aanvullende eisen te stellen aan krediet voor consumenten jonger dan 25 jaar. " + EV_5 + " Een lager maximum "
      "geldt voor alle kredietnemers en kan ertoe leiden dat aanbieders consumenten met een laag of wisselend "
      "inkomen helemaal geen krediet meer verlenen. Het maximum is bovendien bij de evaluatie in 2023 nog "
      "ongewijzigd gelaten. Voor de kredietwaardigheidstoets bij jonge klanten ligt dat anders. " + EV_6 + " Met "
      "ingang van 1 januari 2026 moeten kredietaanbieders het inkomen van consumenten jonger dan 25 jaar met een "
      "loonstrook, een bankafschrift of een vergelijkbaar document vaststellen. Een verplicht adviesgesprek voegt "
      "naast die verificatie weinig toe en maakt krediet voor deze groep duurder.",
      answers=(Answer("5", "disagree", EV_5), Answer("6", "partial", EV_6))),
    P("Ad 7. Voor kredietreclame gelden al strikte regels. Iedere reclame moet de waarschuwing 'Let op! Geld lenen "
      "kost geld' bevatten, en de Reclamecode voor sociale media en influencers is ook op kredietreclame van "
      "toepassing. De bevindingen van de AFM laten zien dat deze regels op sociale media slecht worden nageleefd. "
      "Een volledig verbod op reclame die zich op een leeftijdsgroep richt, roept echter vragen op over de vrijheid "
      "van meningsuiting en over de vraag hoe zo'n verbod kan worden gehandhaafd bij berichten die vanuit het "
      "buitenland worden geplaatst. " + EV_7 + " Ik verwacht de uitkomsten eind 2025 en informeer uw Kamer daarover.",
      answers=(Answer("7", "partial", EV_7),)),
    P("Ad 8. Deze aanbeveling is gericht aan de banken. " + EV_8 + " Een roodstandfaciliteit voorkomt dat "
      "automatische betalingen van huur of zorgpremie worden gestorneerd, met extra kosten en achterstanden als "
      "gevolg; een standaardlimiet van nul verplaatst het probleem dus eerder dan dat het dit oplost. Dat betekent "
      "niet dat er niets gebeurt; de Nederlandse Vereniging van Banken heeft mij laten weten dat de banken "
      "jongvolwassenen vanaf dit najaar een bericht sturen zodra zij rood komen te staan, met informatie over de "
      "rente die zij daarover betalen.", answers=(Answer("8", "disagree", EV_8),)),
    H("Kredietregistratie", 2),
    P("Ad 9. Het kredietregister heeft nu geen eigen wettelijke basis; de registratie berust op afspraken tussen "
      "Stichting BKR en de aangesloten aanbieders. " + EV_9 + " Aanbieders van achteraf betalen vallen onder de "
      "registratieplicht zodra zij onder het kredietregime vallen.", answers=(Answer("9", "agree", EV_9),)),
    P("Ad 10 en 11. Aanbeveling 10 is gericht aan Stichting BKR, maar de bewaartermijn wordt met het wetsvoorstel "
      "een wettelijke termijn. " + EV_10 + " Stichting BKR heeft laten weten deze termijn vooruitlopend op de wet "
      "al vanaf 1 januari 2026 te hanteren. " + EV_11 + " Stichting BKR werkt daarnaast aan een manier van "
      "inloggen voor consumenten die geen DigiD hebben.",
      answers=(Answer("10", "agree", EV_10), Answer("11", "agree", EV_11))),
    P("Ad 12. Schuldhulpverleners hebben bij de intake nu geen toegang tot het kredietregister en zijn afhankelijk "
      "van de gegevens die de hulpvrager zelf aanlevert. Ik zie het belang van een volledig beeld aan het begin van "
      "een schuldhulptraject. Toegang voor gemeenten roept wel vragen op over privacy en over het doel waarvoor het "
      "register is ingericht. " + EV_12 + " Ik betrek de uitkomst bij de behandeling van het wetsvoorstel Wet "
      "centraal kredietregister.", answers=(Answer("12", "partial", EV_12),)),
    H("Jongvolwassenen met betalingsproblemen", 2),
    P("Volgens het CBS had in 2023 ongeveer een op de twaalf huishoudens met een hoofdkostwinner jonger dan 27 jaar "
      "problematische schulden. De AFM laat zien dat kleine kredieten en achteraf betalen daarbij vaak aan het begin "
      "staan. Het kabinet heeft de schuldhulpverlening aan jongeren de afgelopen jaren op verschillende manieren "
      "versterkt, onder meer met de jongerenregelingen van gemeenten en met het landelijke platform Geldfit."),
    P("Ad 14. " + EV_14 + " Dit sluit aan bij de bepalingen in de herziene richtlijn over coulance en "
      "doorverwijzing naar schuldadvies. De AFM ziet toe op de naleving.", answers=(Answer("14", "agree", EV_14),)),
    P("Ad 15. Consumenten kunnen met vragen en klachten over krediet al terecht bij het AFM Consumentenloket en bij "
      "ConsuWijzer van de Autoriteit Consument en Markt, en voor geschillen bij het Klachteninstituut Financiële "
      "Dienstverlening. " + EV_15 + " Dat wil niet zeggen dat de bevinding van de AFM geen aandacht verdient. Ik "
      "heb de AFM en de ACM gevraagd hun meldingen over kredietaanbiedingen samen te brengen in één jaarlijks "
      "overzicht, en op beide websites beter zichtbaar te maken waar consumenten met een melding terechtkunnen.",
      answers=(Answer("15", "disagree", EV_15),)),
    P("Ad 17. Ik deel het belang van betrouwbare cijfers over de schulden van jongvolwassenen. " + EV_17 + " De "
      "meting gebeurt in samenwerking met Stichting BKR en de minister van Sociale Zaken en Werkgelegenheid, en "
      "bouwt voort op de bestaande CBS-statistiek over problematische schulden.",
      answers=(Answer("17", "partial", EV_17),)),
)

RESPONSE = Document(
    title="Ministerie van Financiën",
    subtitle=("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n"
              "Datum: 27 mei 2025\n"
              "Betreft: Reactie op het AFM-advies 'Grip op krediet'"),
    blocks=LETTER + ANNEX,
    running_header="Reactie op het AFM-advies 'Grip op krediet'",
    footer="Pagina {page} van {pages}",
    title_page=False,
    font_family="sans",
)

PAIR = Pair(
    name="consumer_credit_advice",
    report=REPORT,
    response=RESPONSE,
    description=("AFM-style advice 'Grip op krediet' (17 recommendations on achteraf betalen, credit for young adults, "
                 "BKR registration and debt help; reworded one-line summary list; full list '1)' with 'a)' "
                 "conditions under theme headings) and a minister of Financiën letter with an 'Ad N.' annex."),
)
