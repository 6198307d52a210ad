"""Pair: a fictional Rekenkamer Oostermark audit of the province's subsidies and loans to its regional airport, and
the bestuurlijke reactie of Gedeputeerde Staten (GS).

Layout traits of the report: sans font, title page, running header, footer "Rekenkamer Oostermark | blz. N".  The
"Samenvatting" lists six conclusions as plain paragraphs that begin "Conclusie 1." .. "Conclusie 6." (numbered, but
not recommendations; the renderer cannot print "Conclusie N." as list labels).  It is followed, still before
chapter 1, by "Aanbevelingen": an intro paragraph, a bold lead-in "Aan Gedeputeerde Staten:" with a "1." list 1-11,
and a bold lead-in "Aan Provinciale Staten:" with a list 12-14.  Recommendation 11 is addressed to the directie of
the airport company but printed in the GS group (the intro explains why).  The recommendations are printed once
only; the chapters refer to them by number in prose ("zie aanbeveling 3").  Chapters 1-5 hold findings, bulleted
research questions and ruled tables of amounts (contributions per year, passenger numbers, routes of the route fund,
information to PS).

Departments: pipeline/data/departments.csv has no code for a province, Gedeputeerde Staten or Provinciale Staten
("provincie" maps to OTHER), and the airport is a private company (OTHER), so every recommendation is ("OTHER",).

The response is a letter on provincial letterhead (serif, no title page) from GS ("wij", "ons college") to the
Rekenkamer, signed by the secretaris and the voorzitter (Commissaris van de Koning).  It opens with thanks and
context (no position), then a summary table "Aanbeveling | Overnemen?" (Ja / Deels / Nee / n.v.t. (gericht aan PS)
/ "Voorgelegd aan de directie"), then prose sections per theme, mostly without recommendation numbers.  The table
cells carry NO gold answers: the prose is more specific and decides position, passage and evidence (the gold takes
the first answer in document order, so annotating the table would let its one-word verdicts decide).  Where the
table and the prose differ, the prose is followed: 6 is "Ja" in the table but the prose only commits to a study of
the phase-out (partial); 12 is "n.v.t. (gericht aan PS)" in the table but GS commit to the half-yearly report the
recommendation asks PS to request (agree).

Gold positions:
  1 agree     - measurable goals + yearly reporting: "Wij nemen deze aanbeveling over", first report in 2026.
  2 disagree  - split shareholder / subsidy roles over two gedeputeerden: "achten wij niet opportuun".
  3 partial   - route fund: independent evaluation yes, but the 2026 deposit is not made conditional on it.
  4 agree     - state-aid check per contribution: no cue word, a date (1 januari 2026) and money (EUR 45.000).
  5 disagree  - renegotiate the subordinated loan: blunt "gaan wij niet heronderhandelen".
  6 partial   - phase-out path to zero subsidy by 2031: table says "Ja", prose only "laten onderzoeken".
  7 agree     - scenario analysis incl. sale/closure (a study asked, study committed); same paragraph as 6.
  8 agree     - quantified risk overview in paragraaf verbonden partijen: "..., volgen wij op", from 2027.
  9 disagree  - earmarked reserve: shares the analysis, "achten wij echter niet nodig".
  10 partial  - performance agreements yes, linking part of the subsidy to them no (one sentence).
  11 not addressed - to the airport: "Wij hebben de aanbeveling aan de directie van de luchthaven voorgelegd",
                 the directie answers itself.
  12 agree    - to PS, but GS commit to the half-yearly report from 2026 (table: n.v.t.).
  13 not addressed - to PS: "nemen wij geen standpunt in: het stellen van kaders is aan Provinciale Staten", a
                 sentence inside the paragraph that answers 12.
  14 not addressed - to PS: never mentioned in the prose (only its table row "n.v.t. (gericht aan PS)").
Other traps: a paragraph describing the existing provincial state-aid desk and handbook (no position); general
agreement with the analysis ("Wij herkennen het beeld"); 6 and 7 answered in one paragraph with different positions.
All names, figures and prose are fictional and written for this test set.
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


def H3(text: str) -> Heading:
    return Heading(text, level=3)


def bullets(*texts: str) -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style="•")


def recs(start: int, *texts: str) -> ItemList:
    return ItemList(
        items=tuple(ListItem(text, recommendation=Recommendation(str(start + i), ("OTHER",)))
                    for i, text in enumerate(texts)),
        style="1.",
        start=start,
    )


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REC_1 = ("Formuleer voor de provinciale bijdragen aan de luchthaven meetbare doelen voor bereikbaarheid, "
         "werkgelegenheid en passagiersaantallen, en rapporteer jaarlijks in de jaarstukken in hoeverre deze doelen "
         "zijn bereikt.")
REC_2 = ("Beleg de rol van aandeelhouder en de rol van subsidieverlener bij verschillende gedeputeerden en "
         "verschillende afdelingen, zodat de provincie als subsidieverlener onafhankelijk kan oordelen over de "
         "prestaties van de luchthaven.")
REC_3 = ("Laat het Routeontwikkelfonds onafhankelijk evalueren voordat het fonds opnieuw wordt aangevuld, en maak "
         "verdere stortingen in het fonds afhankelijk van de uitkomst van die evaluatie.")
REC_4 = ("Leg bij iedere financiële bijdrage aan de luchthaven in het dossier vast op welke grond deze verenigbaar "
         "is met de staatssteunregels, en laat die toets vooraf beoordelen door een onafhankelijke "
         "staatssteundeskundige.")
REC_5 = ("Heronderhandel de voorwaarden van de achtergestelde lening van € 15 miljoen, zodat rente en aflossing "
         "aansluiten bij wat een particuliere geldgever onder vergelijkbare omstandigheden zou vragen.")
REC_6 = ("Stel een afbouwpad vast voor de jaarlijkse exploitatiesubsidie, met als doel dat de luchthaven uiterlijk "
         "in 2031 zonder exploitatiesteun kan functioneren.")
REC_7 = ("Laat een scenarioanalyse opstellen voor de toekomst van de luchthaven, waarin naast voortzetting van de "
         "huidige koers ook verkoop van de aandelen en sluiting als scenario's zijn uitgewerkt, met de financiële "
         "gevolgen voor de provincie per scenario.")
REC_8 = ("Neem in de paragraaf verbonden partijen van begroting en jaarrekening een gekwantificeerd overzicht op van "
         "de financiële risico's die de provincie op de luchthaven loopt, inclusief de lening en de garantstelling.")
REC_9 = ("Vorm een bestemmingsreserve voor de risico's van de lening en de garantstelling, ten minste ter hoogte "
         "van het bedrag dat bij een faillissement van de luchthaven naar verwachting verloren gaat.")
REC_10 = ("Leg in de subsidiebeschikking concrete prestatieafspraken met de luchthaven vast en koppel een deel van "
          "de exploitatiesubsidie aan het behalen van die afspraken.")
REC_11 = ("Aan de directie van Luchthaven Oostermark B.V.: stel een meerjarig plan op om de exploitatiekosten te "
          "verlagen en de inkomsten uit activiteiten buiten de luchtvaart, zoals parkeren, vastgoed en zakelijke "
          "dienstverlening, te vergroten.")
REC_12 = ("Vraag Gedeputeerde Staten om u ten minste halfjaarlijks te informeren over de financiële positie van de "
          "luchthaven, de besteding van het Routeontwikkelfonds en de ontwikkeling van de passagiersaantallen.")
REC_13 = ("Stel kaders vast voor de provinciale steun aan de luchthaven, waaronder een financieel plafond voor de "
          "totale bijdrage in de periode 2027-2031 en de voorwaarden waaronder u bereid bent die bijdrage te "
          "verhogen.")
REC_14 = ("Neem het besluit over de meerjarenbijdrage 2027-2031 pas nadat de evaluatie van het "
          "Routeontwikkelfonds en de scenarioanalyse beschikbaar zijn.")

CONTRIBUTIONS = Table(
    header=("Bijdrage (× € 1.000)", "2018", "2019", "2020", "2021", "2022", "2023", "2024", "Totaal"),
    rows=(
        ("Exploitatiesubsidie", "3.100", "3.250", "4.800", "4.100", "3.600", "3.700", "3.900", "26.450"),
        ("Routeontwikkelfonds (stortingen)", "–", "2.000", "2.000", "–", "2.000", "2.000", "2.000", "10.000"),
        ("Investeringssubsidie baanrenovatie", "–", "–", "–", "7.500", "9.000", "3.500", "–", "20.000"),
        ("Achtergestelde lening", "–", "–", "15.000", "–", "–", "–", "–", "15.000"),
        (Cell("Totaal", bold=True), Cell("3.100", bold=True), Cell("5.250", bold=True), Cell("21.800", bold=True),
         Cell("11.600", bold=True), Cell("14.600", bold=True), Cell("9.200", bold=True), Cell("5.900", bold=True),
         Cell("71.450", bold=True)),
    ),
    widths=(2.4, 1.1, 1.1, 1.1, 1.1, 1.1, 1.1, 1.1, 1.2),
    font_size=8.0,
    rules="rows",
)

PASSENGERS = Table(
    header=("Jaar", "Passagiers", "Lijn- en chartervluchten (vertrek)", "Exploitatiesubsidie per passagier"),
    rows=(
        ("2018", "198.000", "1.420", "€ 15,66"),
        ("2019", "212.000", "1.510", "€ 15,33"),
        ("2020", "61.000", "560", "€ 78,69"),
        ("2021", "88.000", "790", "€ 46,59"),
        ("2022", "174.000", "1.290", "€ 20,69"),
        ("2023", "198.000", "1.380", "€ 18,69"),
        ("2024", "206.000", "1.410", "€ 18,93"),
        (Cell("Ambitie 2025 (Statenvoorstel 2018)", bold=True), Cell("450.000", bold=True), Cell("–"), Cell("–")),
    ),
    widths=(2.4, 1.4, 2.2, 2.2),
    rules="rows",
)

ROUTES = Table(
    header=("Route", "Maatschappij", "Start", "Einde", "Bijdrage fonds (× € 1.000)", "Stand eind 2024"),
    rows=(
        ("Oostermark – Kopenhagen", "NordAir Connect", "2019", "2020", "1.450", "beëindigd"),
        ("Oostermark – München", "Alpina Regional", "2019", "2020", "1.200", "beëindigd"),
        ("Oostermark – Londen Southend", "Skyline Regional", "2022", "2023", "1.650", "beëindigd"),
        ("Oostermark – Málaga", "Zonvlucht", "2022", "–", "1.100", "in bedrijf (alleen zomer)"),
        ("Oostermark – Gdańsk", "Baltavia", "2022", "2024", "950", "beëindigd"),
        ("Oostermark – Split", "Zonvlucht", "2023", "2024", "800", "beëindigd"),
        ("Oostermark – Kopenhagen", "Baltavia", "2024", "–", "1.250", "in bedrijf"),
        (Cell("Totaal besteed", bold=True), "", "", "", Cell("8.400", bold=True), "saldo fonds: 1.600"),
    ),
    widths=(2.4, 1.9, 0.9, 1.0, 1.5, 1.9),
    rules="grid",
)

INFORMATION = Table(
    header=("Document", "Wat Provinciale Staten te lezen kregen", "Wat ontbrak"),
    rows=(
        ("Begroting (paragraaf verbonden partijen)",
         "Naam, vestigingsplaats en belang van de provincie (100 %); eigen vermogen en resultaat van het laatste "
         "bekende jaar.",
         "De omvang van de lening en de garantstelling; een inschatting van de kans dat deze worden aangesproken."),
        ("Jaarrekening",
         "De verstrekte subsidies als onderdeel van het programma Bereikbaarheid; de lening onder de financiële "
         "vaste activa.",
         "Een verband tussen de bijdragen en de resultaten van de luchthaven; de stand van het Routeontwikkelfonds."),
        ("Statenbrieven (2019-2024, zeven stuks)",
         "Nieuwe routes bij de start; de coronasteun in 2020; de voortgang van de baanrenovatie.",
         "Het beëindigen van routes; de overschrijding van de passagiersgrens van de AGVV."),
        ("Vertrouwelijke sessies (2020 en 2023)",
         "Liquiditeitsprognoses van de luchthaven en de noodzaak van de lening.",
         "Een schriftelijk verslag waarop Staten later konden terugvallen."),
    ),
    widths=(2.2, 3.4, 3.4),
    rules="rows",
)

REPORT_BLOCKS = (
    H("Samenvatting"),
    P("Luchthaven Oostermark is een kleine regionale luchthaven op acht kilometer van Marksum. De luchthaven wordt "
      "geëxploiteerd door Luchthaven Oostermark B.V., waarvan de provincie sinds 2016 alle aandelen houdt. De "
      "provincie is daarnaast subsidieverlener, kredietverstrekker en garantsteller van de luchthaven. Tussen 2018 en "
      "2024 heeft de provincie in totaal € 71,5 miljoen aan de luchthaven bijgedragen en staat zij daarnaast garant "
      "voor een bankkrediet van € 10 miljoen. In 2026 willen Gedeputeerde Staten Provinciale Staten een voorstel "
      "voorleggen voor een nieuwe meerjarenbijdrage voor de periode 2027-2031."),
    P("De Rekenkamer Oostermark heeft onderzocht of de provincie met deze bijdragen bereikt wat zij wil bereiken, of "
      "de bijdragen rechtmatig zijn verstrekt en of Provinciale Staten voldoende zijn geïnformeerd om hun "
      "kaderstellende en controlerende rol te vervullen. Ons onderzoek leidt tot de volgende conclusies."),
    P("Conclusie 1. De provincie heeft sinds 2018 ruim € 71 miljoen aan de luchthaven bijgedragen zonder dat vooraf "
      "meetbaar is vastgelegd wat die bijdragen moesten opleveren. De doelen in de statenstukken zijn algemeen "
      "geformuleerd ('de bereikbaarheid van Oostermark versterken') en niet vertaald in indicatoren of "
      "streefwaarden."),
    P("Conclusie 2. Voor zover er wel doelen zijn genoemd, worden die niet gehaald. In 2024 reisden 206.000 "
      "passagiers via de luchthaven, tegen een ambitie van 450.000 in 2025. De exploitatiesubsidie per passagier "
      "is met € 18,93 hoger dan vóór de coronacrisis."),
    P("Conclusie 3. Het Routeontwikkelfonds heeft vooral kortlopende routes opgeleverd. Van de zeven routes die met "
      "steun uit het fonds zijn gestart, waren er eind 2024 nog twee in bedrijf. Een evaluatie van het fonds heeft "
      "nooit plaatsgevonden."),
    P("Conclusie 4. Voor een deel van de bijdragen is niet aantoonbaar getoetst of zij passen binnen de "
      "staatssteunregels. De achtergestelde lening en de garantstelling zijn verstrekt tegen voorwaarden die "
      "gunstiger zijn dan een particuliere geldgever zou bieden."),
    P("Conclusie 5. De provincie vervult vier rollen tegelijk: aandeelhouder, subsidieverlener, kredietverstrekker en "
      "garantsteller. Al die rollen zijn belegd bij één gedeputeerde en één afdeling, waardoor tegenspraak binnen de "
      "provincie nauwelijks georganiseerd is."),
    P("Conclusie 6. Provinciale Staten zijn onvolledig en versnipperd geïnformeerd over de resultaten en de financiële "
      "risico's. Voor het besluit over de meerjarenbijdrage 2027-2031 ligt geen uitgewerkt alternatief klaar."),
    H("Aanbevelingen"),
    P("Op basis van deze conclusies doen wij veertien aanbevelingen. De meeste richten zich tot Gedeputeerde Staten, "
      "die de provincie als aandeelhouder en subsidieverlener vertegenwoordigen. Aanbeveling 11 is bedoeld voor de "
      "directie van de luchthaven zelf; wij hebben haar bij de aanbevelingen aan Gedeputeerde Staten opgenomen, omdat "
      "het college als aandeelhouder het gesprek met de directie voert. Drie aanbevelingen richten zich tot "
      "Provinciale Staten."),
    P("Aan Gedeputeerde Staten:", bold=True),
    recs(1, REC_1, REC_2, REC_3, REC_4, REC_5, REC_6, REC_7, REC_8, REC_9, REC_10, REC_11),
    P("Aan Provinciale Staten:", bold=True),
    recs(12, REC_12, REC_13, REC_14),
    PageBreak(),

    H("1 Inleiding"),
    H2("1.1 Aanleiding"),
    P("Regionale luchthavens staan in heel Europa onder druk. Zij zijn te klein om de vaste kosten van "
      "luchtverkeersleiding, brandweer en beveiliging uit eigen inkomsten te dragen, terwijl luchtvaartmaatschappijen "
      "hun toestellen steeds vaker inzetten op grotere luchthavens met een groter verzorgingsgebied. Veel regionale "
      "luchthavens draaien daardoor alleen met steun van de overheid die er eigenaar van is."),
    P("Ook Luchthaven Oostermark is sinds jaren afhankelijk van provinciale steun. In de Statenvergaderingen van "
      "2023 en 2024 is meermaals gevraagd wat de provincie voor haar bijdragen terugkrijgt. Tegelijk bereiden "
      "Gedeputeerde Staten een voorstel voor een nieuwe meerjarenbijdrage voor, omdat de lopende subsidieafspraken "
      "eind 2026 aflopen. Dat was voor ons aanleiding om de provinciale bijdragen aan de luchthaven te onderzoeken, "
      "zodat Provinciale Staten dat besluit goed geïnformeerd kunnen nemen."),
    H2("1.2 Onderzoeksvragen"),
    P("De centrale vraag van ons onderzoek luidt: in hoeverre zijn de subsidies, leningen en garanties van de "
      "provincie aan Luchthaven Oostermark doeltreffend, doelmatig en rechtmatig verstrekt, en zijn Provinciale "
      "Staten daarover toereikend geïnformeerd? Wij hebben die vraag uitgewerkt in vijf deelvragen:"),
    bullets(
        "Welke financiële bijdragen heeft de provincie sinds 2018 aan de luchthaven verstrekt en in welke rollen?",
        "Welke doelen heeft de provincie met deze bijdragen nagestreefd en in hoeverre zijn die bereikt?",
        "Zijn de bijdragen verstrekt in overeenstemming met de staatssteunregels en de provinciale "
        "subsidieverordening?",
        "Hoe heeft de provincie haar verschillende rollen ingericht en hoe beheerst zij de financiële risico's?",
        "Hebben Provinciale Staten tijdig en volledig de informatie ontvangen die zij nodig hebben?",
    ),
    H2("1.3 Afbakening en werkwijze"),
    P("Het onderzoek beslaat de periode 2018 tot en met 2024. Wij hebben de statenvoorstellen, subsidiebeschikkingen, "
      "leen- en garantieovereenkomsten, jaarverslagen van de luchthaven en de verslagen van de algemene vergadering "
      "van aandeelhouders bestudeerd. Daarnaast spraken wij met de verantwoordelijke gedeputeerde, met twaalf "
      "ambtenaren van de provincie, met de directie en de raad van commissarissen van de luchthaven en met "
      "vertegenwoordigers van twee luchtvaartmaatschappijen en van de regionale ondernemersvereniging."),
    P("Wij hebben ons niet uitgesproken over de vraag of de provincie een luchthaven moet willen hebben. Dat is een "
      "politieke afweging die aan Provinciale Staten is. Ons onderzoek gaat over de vraag of de provincie haar "
      "keuzes zo heeft ingericht dat zij kan nagaan of de luchthaven bijdraagt aan de doelen die de provincie "
      "daarmee wil bereiken, en of de risico's beheerst zijn.",
      footnotes=("De milieu- en geluidseffecten van de luchthaven vallen buiten dit onderzoek; zij worden "
                 "beoordeeld in de procedure voor het luchthavenbesluit.",)),
    P("Gedeputeerde Staten en de directie van de luchthaven hebben de feitelijke bevindingen van dit rapport in "
      "juli 2025 gecontroleerd op juistheid. De bestuurlijke reactie van Gedeputeerde Staten op de conclusies en "
      "aanbevelingen is als afzonderlijk document bij dit rapport gevoegd."),
    H2("1.4 Leeswijzer"),
    P("Hoofdstuk 2 beschrijft de luchthaven, de rollen van de provincie en de bijdragen sinds 2018. Hoofdstuk 3 gaat "
      "in op de doelen en de resultaten, waaronder die van het Routeontwikkelfonds. Hoofdstuk 4 behandelt de "
      "rechtmatigheid van de bijdragen, met bijzondere aandacht voor de staatssteunregels. Hoofdstuk 5 gaat over de "
      "sturing, de risico's en de informatievoorziening aan Provinciale Staten."),
    PageBreak(),

    H("2 De luchthaven en de provincie"),
    H2("2.1 Luchthaven Oostermark"),
    P("Luchthaven Oostermark heeft één start- en landingsbaan van 2.100 meter en een terminal met een capaciteit van "
      "ongeveer 600.000 passagiers per jaar. Vanaf de luchthaven worden lijnvluchten naar enkele Europese steden en "
      "in de zomer vakantievluchten naar het Middellandse Zeegebied uitgevoerd. Daarnaast vinden er lesvluchten, "
      "zakenvluchten en ambulancevluchten plaats. De luchthaven biedt werk aan 142 mensen in eigen dienst; volgens "
      "een studie uit 2019 zijn er in de regio ongeveer 640 banen direct of indirect met de luchthaven verbonden."),
    P("Luchthaven Oostermark B.V. is sinds 2016 volledig in handen van de provincie. Daarvoor waren ook twee "
      "gemeenten en een particuliere investeerder aandeelhouder. Toen de investeerder zich terugtrok, heeft de "
      "provincie diens aandelen voor € 1 overgenomen en de gemeenten uitgekocht. Sindsdien is de provincie de enige "
      "partij die de continuïteit van de luchthaven kan waarborgen."),
    P("De luchthaven lijdt structureel verlies op haar exploitatie. Vóór de coronacrisis bedroeg het operationele "
      "tekort ongeveer € 3 miljoen per jaar; in 2024 was dat € 3,9 miljoen. De inkomsten uit luchthavengelden dekken "
      "ongeveer de helft van de kosten. De rest komt uit parkeren, horeca en verhuur, en uit de exploitatiesubsidie "
      "van de provincie."),
    H2("2.2 De rollen van de provincie"),
    P("De provincie staat in vier rollen tegenover de luchthaven:"),
    bullets(
        "als aandeelhouder benoemt zij de commissarissen, stelt zij de jaarrekening vast en keurt zij het bedrijfsplan "
        "goed;",
        "als subsidieverlener verstrekt zij een jaarlijkse exploitatiesubsidie, stortingen in het Routeontwikkelfonds "
        "en een investeringssubsidie voor de renovatie van de baan;",
        "als kredietverstrekker heeft zij in 2020 een achtergestelde lening van € 15 miljoen verstrekt;",
        "als garantsteller staat zij sinds 2021 garant voor een bankkrediet van € 10 miljoen.",
    ),
    P("Die rollen kunnen met elkaar botsen. Als aandeelhouder heeft de provincie belang bij een financieel gezonde "
      "onderneming en bij een zo hoog mogelijke waarde van haar aandelen. Als subsidieverlener moet zij juist kritisch "
      "beoordelen of de subsidie doelmatig wordt besteed en of de afgesproken prestaties zijn geleverd. Als "
      "kredietverstrekker en garantsteller heeft zij er belang bij dat de luchthaven blijft bestaan, ook als de "
      "maatschappelijke opbrengst tegenvalt. Hoe de provincie deze rollen heeft ingericht, beschrijven wij in "
      "hoofdstuk 5."),
    H2("2.3 De bijdragen sinds 2018"),
    P("Tabel 1 geeft een overzicht van de bijdragen die de provincie tussen 2018 en 2024 aan de luchthaven heeft "
      "verstrekt. De garantstelling is niet in de tabel opgenomen, omdat daarmee (nog) geen betaling gemoeid is."),
    P("Tabel 1. Provinciale bijdragen aan Luchthaven Oostermark, 2018-2024", bold=True),
    CONTRIBUTIONS,
    P("De exploitatiesubsidie is de grootste en meest structurele post. In 2020 is zij eenmalig met € 1,5 miljoen "
      "verhoogd om de gevolgen van de coronacrisis op te vangen. Het Routeontwikkelfonds is in 2019 ingesteld en wordt "
      "sindsdien, met uitzondering van 2021, jaarlijks met € 2 miljoen aangevuld. De investeringssubsidie voor de "
      "baanrenovatie is verstrekt op grond van een afzonderlijk statenbesluit uit 2020.",
      footnotes=("Bedragen zijn de werkelijk betaalde bedragen volgens de jaarrekeningen van de provincie; "
                 "voorschotten zijn toegerekend aan het jaar waarop de subsidie betrekking heeft.",)),
    P("Opgeteld bij de eerdere bijdragen uit de periode 2010-2017, die buiten ons onderzoek vallen, heeft de provincie "
      "sinds 2010 ruim € 100 miljoen in de luchthaven geïnvesteerd. Ter vergelijking: het totale provinciale budget "
      "voor het regionale openbaar vervoer bedroeg in 2024 € 38 miljoen."),
    PageBreak(),

    H("3 Doelen en resultaten"),
    H2("3.1 Algemene doelen zonder streefwaarden"),
    P("Het Statenvoorstel 'Koers op Oostermark' uit 2018 is het belangrijkste document waarin de provincie haar doelen "
      "met de luchthaven heeft vastgelegd. Volgens dat voorstel moet de luchthaven 'de bereikbaarheid en de "
      "internationale concurrentiepositie van Oostermark versterken' en 'bijdragen aan de werkgelegenheid in de "
      "regio'. Het voorstel noemt een ambitie van 450.000 passagiers in 2025 en een sluitende exploitatie 'op "
      "middellange termijn'."),
    P("Deze doelen zijn niet uitgewerkt in indicatoren, streefwaarden of een tijdpad. Zo is niet bepaald welke "
      "bestemmingen voor de bereikbaarheid van belang zijn, hoeveel banen de luchthaven moet opleveren of wanneer de "
      "exploitatie sluitend moet zijn. De latere subsidiebeschikkingen verwijzen naar het statenvoorstel, maar "
      "bevatten geen eigen prestatieafspraken. De subsidie wordt verstrekt 'voor de exploitatie van de luchthaven' en "
      "vastgesteld op basis van de jaarrekening van de luchthaven."),
    P("Gedeputeerde Staten rapporteren in de jaarstukken over de luchthaven in het programma Bereikbaarheid. Die "
      "rapportage beperkt zich tot de verstrekte bedragen en een korte beschrijving van de activiteiten, zoals nieuwe "
      "routes. Een oordeel over de mate waarin de luchthaven bijdraagt aan de provinciale doelen ontbreekt. Dat "
      "beperkt de mogelijkheden van Provinciale Staten om de bijdragen te beoordelen (zie aanbeveling 1 en 10)."),
    H2("3.2 Passagiers en vluchten"),
    P("Het aantal passagiers is sinds 2018 niet wezenlijk gegroeid. Na een dip tijdens de coronacrisis ligt het "
      "aantal in 2024 met 206.000 passagiers weer op het niveau van 2019, maar nog niet de helft van de ambitie van "
      "450.000. Omdat de exploitatiesubsidie is gestegen, is de subsidie per passagier hoger dan vóór de crisis "
      "(tabel 2)."),
    P("Tabel 2. Passagiers, vluchten en exploitatiesubsidie per passagier", bold=True),
    PASSENGERS,
    P("De directie van de luchthaven wijst erop dat de groei is vertraagd door factoren waarop zij weinig invloed "
      "heeft: de coronacrisis, de verhoging van de vliegbelasting in 2021 en de terughoudendheid van "
      "luchtvaartmaatschappijen om toestellen op kleine luchthavens te stationeren. Die factoren zijn reëel. Zij "
      "maken echter ook duidelijk dat de ambitie uit 2018 sterk afhankelijk was van ontwikkelingen buiten de invloed "
      "van de provincie, zonder dat in het statenvoorstel werd aangegeven wat de provincie zou doen als de groei "
      "uitbleef."),
    H2("3.3 Werkgelegenheid en economische effecten"),
    P("Over de economische effecten van de luchthaven is weinig actuele informatie beschikbaar. De meest recente "
      "studie dateert uit 2019 en is uitgevoerd in opdracht van de luchthaven zelf. Volgens die studie zijn ongeveer "
      "640 banen direct of indirect met de luchthaven verbonden. De studie maakt geen onderscheid tussen banen die "
      "zonder de luchthaven elders in de regio zouden zijn ontstaan en banen die echt van de luchthaven afhangen. "
      "Ook de betekenis van de luchthaven voor het vestigingsklimaat, een argument dat in statendebatten vaak wordt "
      "gebruikt, is niet onderzocht."),
    P("Wij hebben de regionale ondernemersvereniging gevraagd naar het belang van de luchthaven voor haar leden. "
      "Zij noemt vooral de zakenvluchten en de lijnverbinding met Kopenhagen, die aansluiting biedt op het "
      "intercontinentale netwerk. De vakantievluchten zijn volgens de vereniging voor het bedrijfsleven van "
      "ondergeschikt belang."),
    H2("3.4 Het Routeontwikkelfonds"),
    P("Met het Routeontwikkelfonds wil de provincie luchtvaartmaatschappijen helpen om nieuwe routes vanaf Oostermark "
      "te starten. Een maatschappij kan gedurende maximaal drie jaar een bijdrage per vertrekkende passagier "
      "ontvangen, die jaarlijks afloopt. Het fonds wordt beheerd door de luchthaven; de provincie stort het geld in "
      "het fonds en ontvangt jaarlijks een overzicht van de bestedingen."),
    P("Tot en met 2024 is € 8,4 miljoen uit het fonds besteed aan zeven routes (tabel 3). Vijf daarvan zijn "
      "inmiddels beëindigd, in alle gevallen binnen een jaar nadat de bijdrage uit het fonds afliep of lager werd. "
      "Twee routes waren eind 2024 nog in bedrijf, waarvan één alleen in het zomerseizoen."),
    P("Tabel 3. Routes die met steun uit het Routeontwikkelfonds zijn gestart", bold=True),
    ROUTES,
    P("Het fonds is sinds de instelling niet geëvalueerd, hoewel het statenbesluit uit 2019 een evaluatie na drie jaar "
      "voorschreef. De stortingen in het fonds zijn jaarlijks doorgegaan zonder dat Gedeputeerde Staten hebben "
      "beoordeeld of het fonds bijdraagt aan duurzame routes. Het patroon in tabel 3 wijst erop dat maatschappijen "
      "vooral vliegen zolang de bijdrage loopt. Een onafhankelijke evaluatie moet uitwijzen of het fonds in deze vorm "
      "zinvol is (zie aanbeveling 3).",
      footnotes=("Statenbesluit Routeontwikkelfonds Luchthaven Oostermark, 2019, artikel 7.",)),
    PageBreak(),

    H("4 Rechtmatigheid en staatssteun"),
    H2("4.1 Het kader"),
    P("Steun van een overheid aan een luchthaven of aan luchtvaartmaatschappijen is staatssteun wanneer zij een "
      "onderneming een voordeel geeft dat zij onder normale marktomstandigheden niet zou krijgen. Staatssteun is in "
      "beginsel verboden, tenzij zij vooraf bij de Europese Commissie is aangemeld en goedgekeurd, of valt onder een "
      "vrijstelling. Voor kleine luchthavens is de belangrijkste vrijstelling opgenomen in de Algemene "
      "groepsvrijstellingsverordening (AGVV)."),
    P("Volgens de AGVV mag exploitatiesteun worden gegeven aan luchthavens met gemiddeld niet meer dan 200.000 "
      "passagiers per jaar in de twee boekjaren voorafgaand aan de steun, mits aan een reeks voorwaarden is voldaan. "
      "Investeringssteun is onder voorwaarden vrijgesteld voor luchthavens tot drie miljoen passagiers. Steun aan "
      "luchtvaartmaatschappijen voor het starten van nieuwe routes kent eigen voorwaarden: de steun moet tijdelijk "
      "zijn, voor alle maatschappijen openstaan en vooraf bekendgemaakt zijn."),
    H2("4.2 De toetsing in de dossiers"),
    P("Wij hebben de dossiers van alle bijdragen uit tabel 1 onderzocht. Voor de investeringssubsidie voor de "
      "baanrenovatie is een zorgvuldige staatssteuntoets uitgevoerd, met een extern juridisch advies en een "
      "kennisgeving aan de Europese Commissie op grond van de AGVV. Voor de andere bijdragen is de toetsing minder "
      "goed vastgelegd:"),
    bullets(
        "bij de exploitatiesubsidie verwijzen de beschikkingen sinds 2018 standaard naar de AGVV, zonder dat in het "
        "dossier is nagegaan of de luchthaven aan de passagiersgrens voldoet;",
        "bij het Routeontwikkelfonds is de regeling in 2019 getoetst, maar niet de afzonderlijke afspraken met "
        "maatschappijen, waarvan er twee afwijken van de gepubliceerde regeling;",
        "bij de lening en de garantstelling ontbreekt een onderbouwing waarom de voorwaarden marktconform zouden zijn.",
    ),
    P("De passagiersgrens verdient bijzondere aandacht. Het gemiddelde over 2023 en 2024 bedraagt 202.000 passagiers "
      "en ligt daarmee boven de grens van 200.000. Voor de exploitatiesubsidie over 2025 kan de provincie zich "
      "daardoor niet zonder meer op de AGVV beroepen. In het dossier van de beschikking 2025 is dat niet onderkend. "
      "Bij verdere groei van de luchthaven wordt dit probleem groter, wat betekent dat het succes van de luchthaven "
      "juist de huidige vorm van steun onmogelijk maakt (zie aanbeveling 4 en 6)."),
    H2("4.3 De achtergestelde lening"),
    P("In mei 2020 verstrekte de provincie de luchthaven een achtergestelde lening van € 15 miljoen om de "
      "liquiditeit tijdens de coronacrisis op peil te houden. De lening heeft een rente van 1,0 % per jaar, is "
      "aflossingsvrij tot 2030 en wordt daarna in tien jaar afgelost. Zij is achtergesteld bij het bankkrediet."),
    P("Volgens de berekening die wij door een onafhankelijk adviesbureau hebben laten maken, zou een particuliere "
      "geldgever voor een vergelijkbare achtergestelde lening aan een verlieslijdende onderneming een rente van 6 tot "
      "8 % vragen, en zeer waarschijnlijk ook zekerheden en een aflossingsschema. Het renteverschil met de huidige "
      "lening bedraagt jaarlijks € 0,75 tot € 1,05 miljoen. Bij het verstrekken van de lening is in een ambtelijke "
      "notitie verwezen naar het Tijdelijk steunkader COVID-19 van de Europese Commissie, maar niet onderbouwd dat de "
      "lening aan de voorwaarden van dat kader voldeed. Die voorwaarden begrensden onder meer de looptijd en de "
      "minimale rente.",
      footnotes=("Het adviesbureau heeft gewerkt met rentes voor achtergestelde leningen aan niet-beursgenoteerde "
                 "ondernemingen met een vergelijkbaar risicoprofiel in de periode 2020-2024.",)),
    P("Wij merken op dat heronderhandeling van de lening de liquiditeit van de luchthaven onder druk kan zetten. Dat "
      "risico moet worden gewogen tegen het risico dat de lening later als ongeoorloofde staatssteun wordt "
      "aangemerkt en moet worden teruggevorderd, wat de luchthaven nog zwaarder zou treffen (zie aanbeveling 5)."),
    H2("4.4 De garantstelling"),
    P("Sinds 2021 staat de provincie garant voor een bankkrediet van € 10 miljoen dat de luchthaven heeft afgesloten "
      "om haar aandeel in de baanrenovatie te financieren. De provincie brengt voor de garantie geen vergoeding in "
      "rekening. Volgens de eigen Nota Verbonden Partijen van de provincie moet bij een garantie aan een verbonden "
      "partij een marktconforme garantieprovisie worden gevraagd, tenzij Provinciale Staten anders besluiten. Een "
      "dergelijk besluit is niet genomen."),
    PageBreak(),

    H("5 Sturing, risico's en informatie"),
    H2("5.1 Eén gedeputeerde, vier rollen"),
    P("Binnen het college van Gedeputeerde Staten is één gedeputeerde verantwoordelijk voor alle rollen van de "
      "provincie tegenover de luchthaven. Ambtelijk worden alle rollen ondersteund door de afdeling Economie en "
      "Bereikbaarheid. Het is gebruikelijk dat provincies de aandeelhoudersrol beleggen bij de gedeputeerde voor "
      "financiën en de beleidsmatige rol bij de vakgedeputeerde, juist om tegenspraak te organiseren. De eigen Nota "
      "Verbonden Partijen van de provincie beveelt dat ook aan."),
    P("In de gesprekken die wij voerden, gaven ambtenaren aan dat de subsidieaanvragen van de luchthaven in de "
      "praktijk worden beoordeeld in het licht van de continuïteit van de onderneming. Een kritische beoordeling van "
      "de prestaties komt daardoor nauwelijks van de grond: als de subsidie lager uitvalt, moet de provincie als "
      "aandeelhouder of garantsteller het verschil toch opvangen. Ook de raad van commissarissen is vooral gericht op "
      "de continuïteit van de luchthaven (zie aanbeveling 2)."),
    H2("5.2 Financiële risico's"),
    P("Het grootste financiële risico voor de provincie is een faillissement van de luchthaven. In dat geval gaat "
      "vermoedelijk het grootste deel van de achtergestelde lening verloren en wordt de garantstelling aangesproken. "
      "Wij schatten het verlies in dat scenario op € 20 tot € 25 miljoen, exclusief de kosten van het afwikkelen of "
      "overnemen van de exploitatie."),
    P("In de risicoparagraaf van de provinciale begroting 2025 is voor de luchthaven een risico van € 4 miljoen "
      "opgenomen, met een kans van 10 %. Hoe dat bedrag tot stand is gekomen, kon de provincie ons niet laten zien. "
      "Er is geen bestemmingsreserve gevormd voor de lening en de garantstelling; de risico's worden gedekt door de "
      "algemene reserve, die eind 2024 € 118 miljoen bedroeg (zie aanbeveling 8 en 9)."),
    H2("5.3 Informatie aan Provinciale Staten"),
    P("Provinciale Staten hebben in de onderzochte periode op verschillende momenten informatie over de luchthaven "
      "ontvangen. Die informatie was echter versnipperd over begrotingsstukken, statenbrieven en twee vertrouwelijke "
      "sessies, en bevatte op belangrijke punten geen volledig beeld (tabel 4)."),
    P("Tabel 4. Informatie aan Provinciale Staten over de luchthaven, 2018-2024", bold=True),
    INFORMATION,
    P("Statenleden die wij spraken, gaven aan dat zij vooral uit de regionale pers over het beëindigen van routes "
      "hoorden. Ook de verschillende bedragen in de stukken waren voor hen lastig met elkaar te verbinden. Een "
      "regelmatig overzicht van de financiële positie van de luchthaven, het fonds en de passagiersaantallen zou "
      "Provinciale Staten helpen om hun controlerende rol waar te maken (zie aanbeveling 12)."),
    H2("5.4 Op weg naar een nieuwe meerjarenbijdrage"),
    P("De huidige subsidieafspraken lopen eind 2026 af. Volgens de planning van Gedeputeerde Staten wordt in het "
      "najaar van 2026 een voorstel voor een meerjarenbijdrage 2027-2031 aan Provinciale Staten voorgelegd. In de "
      "voorbereidende stukken die wij hebben ingezien, gaat het vooral om de hoogte van de bijdrage, die wordt "
      "geraamd op € 4,5 tot € 5,5 miljoen per jaar. Alternatieven voor voortzetting van de huidige koers, zoals "
      "verkoop van de aandelen aan een particuliere exploitant, een beperkte luchthaven zonder lijnvluchten of "
      "sluiting, worden in die stukken niet uitgewerkt."),
    P("Wij menen dat Provinciale Staten een besluit van deze omvang alleen zorgvuldig kunnen nemen als zij de "
      "financiële en maatschappelijke gevolgen van meerdere scenario's kunnen vergelijken, en als zij weten wat het "
      "Routeontwikkelfonds tot nu toe heeft opgeleverd. Ook is het aan Provinciale Staten om vooraf de kaders te "
      "stellen waarbinnen Gedeputeerde Staten het voorstel voorbereiden (zie aanbeveling 7, 13 en 14)."),
    H2("Bijlage – Geraadpleegde bronnen"),
    bullets(
        "Statenvoorstel 'Koers op Oostermark' (2018) en de bijbehorende statenbesluiten;",
        "Statenbesluit Routeontwikkelfonds Luchthaven Oostermark (2019) en de jaarlijkse bestedingsoverzichten;",
        "subsidiebeschikkingen exploitatiesubsidie 2018-2025 en investeringssubsidie baanrenovatie (2020);",
        "overeenkomst achtergestelde lening (2020) en garantieovereenkomst (2021);",
        "jaarverslagen van Luchthaven Oostermark B.V. 2018-2024 en verslagen van de algemene vergadering van "
        "aandeelhouders;",
        "begrotingen en jaarrekeningen van de provincie 2018-2025 en de Nota Verbonden Partijen (2019).",
    ),
)

REPORT = Document(
    title="Landen of doorstarten?",
    subtitle="Onderzoek naar de subsidies, leningen en garanties van de provincie Oostermark aan Luchthaven "
             "Oostermark",
    blocks=REPORT_BLOCKS,
    running_header="Rekenkamer Oostermark  |  Landen of doorstarten?  |  Rapport 2025-04",
    footer="Rekenkamer Oostermark  |  blz. {page}",
    font_family="sans",
    font_size=10.0,
    title_page=True,
    imprint=("Rekenkamer Oostermark", "Rapport 2025-04", "Marksum, oktober 2025"),
)

# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV1 = "Wij nemen deze aanbeveling over."
EV10 = ("Vanaf de beschikking voor 2026 leggen wij concrete prestatieafspraken vast over het aantal bestemmingen, de "
        "openingstijden en de kostenontwikkeling, maar een deel van de subsidie afhankelijk maken van die prestaties "
        "doen wij niet.")
EV4 = ("Vanaf 1 januari 2026 voegen wij bij ieder besluit over een bijdrage aan de luchthaven een schriftelijke "
       "staatssteuntoets, die vooraf wordt beoordeeld door een externe staatssteunjurist; in de begroting 2026 is "
       "daarvoor € 45.000 per jaar opgenomen.")
EV5 = "De voorwaarden van de lening gaan wij niet heronderhandelen."
EV9 = ("Een afzonderlijke bestemmingsreserve achten wij echter niet nodig, omdat deze risico's al zijn meegewogen in "
       "het weerstandsvermogen en de algemene reserve ruim voldoende is om ze op te vangen.")
EV3 = ("Wij laten het fonds in de eerste helft van 2026 door een onafhankelijk bureau evalueren, maar de storting van "
       "€ 2 miljoen voor 2026 maken wij niet afhankelijk van de uitkomst, omdat daar lopende afspraken met twee "
       "luchtvaartmaatschappijen aan vastzitten.")
EV6 = ("Wij laten daarom onderzoeken welke afbouw van de exploitatiesubsidie mogelijk is zonder de continuïteit van "
       "de luchthaven in gevaar te brengen, en betrekken de uitkomst bij de voorbereiding van de meerjarenbijdrage.")
EV7 = ("Wij laten een extern bureau een scenarioanalyse opstellen waarin voortzetting, verkoop van de aandelen en "
       "sluiting van de luchthaven met hun financiële gevolgen voor de provincie zijn uitgewerkt, en bieden die in "
       "april 2026 aan Provinciale Staten aan.")
EV2 = ("Een verdere scheiding, over verschillende gedeputeerden en verschillende afdelingen, achten wij niet "
       "opportuun.")
EV8 = ("De aanbeveling om de financiële risico's in de paragraaf verbonden partijen te kwantificeren, volgen "
       "wij op.")
EV12 = ("Vooruitlopend daarop sturen wij Provinciale Staten vanaf 2026 elk halfjaar een rapportage over de "
        "financiële positie van de luchthaven, de besteding van het Routeontwikkelfonds en de passagiersaantallen.")

SUMMARY = Table(
    header=("Aanbeveling", "Overnemen?"),
    rows=(
        ("1. Meetbare doelen en jaarlijkse rapportage", "Ja"),
        ("2. Rollen aandeelhouder en subsidieverlener scheiden", "Nee"),
        ("3. Evaluatie Routeontwikkelfonds vóór nieuwe storting", "Deels"),
        ("4. Staatssteuntoets per bijdrage", "Ja"),
        ("5. Heronderhandelen achtergestelde lening", "Nee"),
        ("6. Afbouwpad exploitatiesubsidie", "Ja"),
        ("7. Scenarioanalyse toekomst luchthaven", "Ja"),
        ("8. Risico-overzicht paragraaf verbonden partijen", "Ja"),
        ("9. Bestemmingsreserve lening en garantie", "Nee"),
        ("10. Prestatieafspraken in subsidiebeschikking", "Deels"),
        ("11. Kostenplan directie luchthaven", "Voorgelegd aan de directie"),
        ("12. Halfjaarlijkse informatie aan PS", "n.v.t. (gericht aan PS)"),
        ("13. Kaders en financieel plafond 2027-2031", "n.v.t. (gericht aan PS)"),
        ("14. Besluit meerjarenbijdrage na evaluatie", "n.v.t. (gericht aan PS)"),
    ),
    widths=(3.2, 1.6),
    rules="rows",
)

RESPONSE_BLOCKS = (
    P("Rekenkamer Oostermark, t.a.v. de directeur, dr. R.J. Koopmans, Postbus 1180, 8400 BD Marksum"),
    P("Datum: 14 oktober 2025  ·  Ons kenmerk: GS/2025/118734  ·  Uw kenmerk: RKO/2025/0412"),
    P("Onderwerp: bestuurlijke reactie op het rapport 'Landen of doorstarten?'", bold=True),
    P("Geachte heer Koopmans,"),
    P("Op 2 september 2025 ontvingen wij het conceptrapport 'Landen of doorstarten?', waarin uw rekenkamer de "
      "subsidies, leningen en garanties van de provincie aan Luchthaven Oostermark heeft onderzocht. Met deze brief "
      "geven wij, in het kader van het bestuurlijk wederhoor, onze reactie op de conclusies en aanbevelingen. Wij "
      "danken u en uw onderzoekers voor het grondige onderzoek en voor de constructieve gesprekken die in de loop van "
      "het onderzoek met onze ambtenaren en met de directie van de luchthaven zijn gevoerd."),
    P("Het rapport verschijnt op een belangrijk moment. In het najaar van 2026 leggen wij Provinciale Staten een "
      "voorstel voor over de provinciale bijdrage aan de luchthaven in de periode 2027-2031. Uw bevindingen helpen "
      "ons om dat voorstel beter te onderbouwen en de keuzes die daarbij horen scherper aan Provinciale Staten voor te "
      "leggen."),
    P("De luchthaven is voor Oostermark meer dan een plek waar vliegtuigen opstijgen en landen. Zij verbindt onze "
      "provincie met het Europese netwerk, biedt werk aan ruim 140 mensen in eigen dienst en is de thuisbasis van de "
      "traumahelikopter en van een opleidingsinstituut voor piloten. Tegelijk is de luchthaven, zoals de meeste "
      "regionale luchthavens in Europa, niet in staat om zonder overheidssteun te functioneren. De coronacrisis heeft "
      "die kwetsbaarheid pijnlijk zichtbaar gemaakt."),
    P("Wij herkennen in grote lijnen het beeld dat de rekenkamer schetst. Het klopt dat de doelen uit 2018 algemeen "
      "zijn geformuleerd, dat de groei van het aantal passagiers achterblijft bij de ambitie en dat Provinciale "
      "Staten de informatie over de luchthaven uit verschillende stukken bij elkaar moesten zoeken. Op een aantal "
      "punten komen wij tot een andere afweging dan de rekenkamer. Hieronder geven wij eerst in een overzicht aan hoe "
      "wij met de aanbevelingen omgaan; daarna lichten wij onze reactie per thema toe."),
    H2("Overzicht"),
    SUMMARY,
    H2("Doelen en prestaties"),
    P("De rekenkamer constateert dat de provinciale doelen voor de luchthaven niet meetbaar zijn gemaakt, waardoor "
      "niet kan worden vastgesteld of de bijdragen iets opleveren. Wij delen die conclusie. " + EV1 + " In het "
      "voorstel voor de meerjarenbijdrage 2027-2031 nemen wij indicatoren en streefwaarden op voor de "
      "bereikbaarheid, het aantal passagiers en de werkgelegenheid, en wij rapporteren daarover voor het eerst in de "
      "jaarstukken over 2026. De economische betekenis van de luchthaven laten wij daarvoor in 2026 opnieuw "
      "onderzoeken, nu door een onafhankelijk onderzoeksbureau.",
      answers=(Answer("1", "agree", EV1),)),
    P("Meetbare doelen krijgen pas betekenis als zij ook doorwerken in de afspraken met de luchthaven. " + EV10 + " "
      "De luchthaven heeft in grote mate vaste kosten, zoals de luchtverkeersleiding, de brandweer en de beveiliging, "
      "die niet dalen als een doel niet wordt gehaald. Een lagere subsidie zou in dat geval vooral leiden tot een "
      "tekort dat de provincie als aandeelhouder vervolgens toch moet aanvullen.",
      answers=(Answer("10", "partial", EV10),)),
    H2("Staatssteun en financiële voorwaarden"),
    P("Binnen onze organisatie is het team Staatssteun van de afdeling Juridische Zaken het aanspreekpunt voor "
      "vragen over staatssteun. Sinds 2022 geldt voor alle provinciale subsidies de Handreiking staatssteun "
      "Oostermark, die voorschrijft dat de steunverlenende afdeling bij iedere nieuwe regeling het team Staatssteun "
      "raadpleegt. Het team neemt deel aan het landelijke netwerk van provinciale staatssteundeskundigen."),
    P("Uw bevinding dat de passagiersgrens van de AGVV in 2025 is overschreden, nemen wij zeer serieus. Wij hebben "
      "inmiddels een externe jurist gevraagd te beoordelen welke gevolgen dit heeft voor de beschikking over 2025 en "
      "op welke grond de exploitatiesubsidie in de komende jaren kan worden verstrekt. " + EV4 + " Van iedere toets "
      "wordt in het subsidiedossier een afzonderlijke notitie opgenomen.",
      answers=(Answer("4", "agree", EV4),)),
    P("De achtergestelde lening is in 2020 verstrekt in een uitzonderlijke situatie, toen het vliegverkeer vrijwel "
      "stillag en de luchthaven zonder extra liquiditeit binnen enkele maanden failliet zou zijn gegaan. " + EV5 + " "
      "Een hogere rente of een eerdere aflossing zou het verlies van de luchthaven vergroten en daarmee de behoefte "
      "aan exploitatiesteun, zodat de provincie het geld met de ene hand ontvangt en met de andere weer uitgeeft. Wel "
      "laten wij, zoals hiervoor aangegeven, de staatssteunrechtelijke onderbouwing van de lening alsnog vastleggen.",
      answers=(Answer("5", "disagree", EV5),)),
    P("Wij delen uw analyse dat de provincie met de lening en de garantstelling een reëel financieel risico loopt. "
      + EV9 + " Eind 2024 bedroeg de algemene reserve € 118 miljoen, tegenover een totaal van de gekwantificeerde "
      "risico's van € 41 miljoen. Het apart zetten van middelen in een bestemmingsreserve zou de ruimte voor andere "
      "provinciale opgaven verkleinen, zonder dat het risico daardoor kleiner wordt.",
      answers=(Answer("9", "disagree", EV9),)),
    H2("Routeontwikkelfonds"),
    P("De rekenkamer stelt vast dat het Routeontwikkelfonds niet is geëvalueerd, hoewel het statenbesluit daarom "
      "vroeg. Dat is terecht en had niet mogen gebeuren. " + EV3 + " Als de evaluatie daartoe aanleiding geeft, "
      "passen wij de regeling aan of stellen wij Provinciale Staten voor het fonds te beëindigen. Daarbij merken wij "
      "op dat routeontwikkeling naar haar aard een lange adem vraagt: ook op grotere regionale luchthavens in "
      "Nederland en daarbuiten houdt een deel van de nieuwe routes het niet.",
      answers=(Answer("3", "partial", EV3),)),
    H2("De toekomst van de provinciale bijdrage"),
    P("Wij delen uw opvatting dat de luchthaven op termijn minder afhankelijk moet worden van exploitatiesteun, ook "
      "omdat de staatssteunregels daartoe dwingen. Of een afbouw tot nul in 2031 haalbaar is, kunnen wij op dit "
      "moment niet overzien. " + EV6 + " Die vraag hangt nauw samen met de scenario's die de rekenkamer "
      "voorstelt. " + EV7 + " Zo kunnen Provinciale Staten de uitkomsten betrekken bij de behandeling van de "
      "voorjaarsnota 2026.",
      answers=(Answer("6", "partial", EV6), Answer("7", "agree", EV7))),
    H2("Rolverdeling en informatievoorziening"),
    P("De rekenkamer beveelt aan de rol van aandeelhouder en de rol van subsidieverlener bij verschillende "
      "gedeputeerden en afdelingen te beleggen. Ambtelijk worden beide rollen al door verschillende medewerkers "
      "ondersteund, die ieder een eigen advies aan ons college uitbrengen. " + EV2 + " De luchthaven is de enige "
      "deelneming van de provincie van deze omvang, en een splitsing over twee portefeuilles zou in de praktijk "
      "vooral tot extra afstemming leiden. Het college als geheel is verantwoordelijk voor de besluiten over de "
      "luchthaven; tegenspraak organiseren wij door ieder voorstel over de luchthaven vooraf in de "
      "portefeuillehoudersoverleggen van financiën en economie te bespreken.",
      answers=(Answer("2", "disagree", EV2),)),
    P("Over de informatie aan Provinciale Staten zijn wij het met de rekenkamer eens dat die versnipperd was. "
      + EV8 + " Vanaf de begroting 2027 nemen wij in de paragraaf verbonden partijen een "
      "gekwantificeerd overzicht op van de risico's op de luchthaven, waarin de lening, de garantstelling en de "
      "exploitatierisico's afzonderlijk zijn uitgewerkt en de kans op het intreden van die risico's wordt "
      "onderbouwd.",
      answers=(Answer("8", "agree", EV8),)),
    P("Enkele aanbevelingen zijn aan Provinciale Staten gericht. De rekenkamer stelt Provinciale Staten voor ons te "
      "vragen hen ten minste halfjaarlijks over de luchthaven te informeren. " + EV12 + " Over de aanbeveling om een "
      "financieel plafond en andere kaders voor de periode 2027-2031 vast te stellen nemen wij geen standpunt in: het "
      "stellen van kaders is aan Provinciale Staten.",
      answers=(Answer("12", "agree", EV12),)),
    H2("Aanbeveling aan de luchthaven"),
    P("Aanbeveling 11 is gericht aan de directie van Luchthaven Oostermark B.V. Wij hebben de aanbeveling aan de "
      "directie van de luchthaven voorgelegd. De directie is als bestuur van een zelfstandige vennootschap zelf "
      "verantwoordelijk voor de bedrijfsvoering en stuurt haar reactie rechtstreeks aan uw rekenkamer."),
    H2("Tot slot"),
    P("Regionale luchthavens bevinden zich in een lastig speelveld van Europese regels, marktontwikkelingen en "
      "maatschappelijke discussie over de luchtvaart. Uw rapport helpt ons om de keuzes over de toekomst van "
      "Luchthaven Oostermark zorgvuldig voor te bereiden. Wij zien uit naar de bespreking van het rapport in de "
      "Statencommissie Economie en Bereikbaarheid."),
    P("Hoogachtend,"),
    P("Gedeputeerde Staten van Oostermark,"),
    P("de secretaris, mr. A.J. Hofstra"),
    P("de voorzitter, drs. E.M. van Dalsum-Reijnders, Commissaris van de Koning"),
)

RESPONSE = Document(
    title="Provincie Oostermark",
    subtitle="Gedeputeerde Staten  ·  Provinciehuis, Statenplein 1, 8401 AB Marksum  ·  "
             "Postbus 3001, 8400 CA Marksum",
    blocks=RESPONSE_BLOCKS,
    running_header="Provincie Oostermark  ·  GS/2025/118734  ·  Bestuurlijke reactie 'Landen of doorstarten?'",
    footer="{page}/{pages}",
    font_family="serif",
    font_size=10.5,
    title_page=False,
)

PAIR = Pair(
    name="regional_airport_audit",
    report=REPORT,
    response=RESPONSE,
    description="Rekenkamer Oostermark audit of provincial subsidies and loans to a regional airport (14 "
                "recommendations: 1-11 to GS incl. one to the airport company, 12-14 to PS) and the GS letter: a "
                "summary table 'Aanbeveling | Overnemen?' (unannotated), then thematic prose that decides; 6 'Ja' in "
                "the table but only studied, 12 'n.v.t.' but committed, 11 passed to the airport, 13-14 not "
                "addressed.",
)
