"""Pair: a fictional municipal audit office (Rekenkamer Zaanwijk) on municipal debt assistance, "Grip op
schuldhulpverlening", answered by a "Raadsvoorstel" of the college van burgemeester en wethouders of Zaanwijk.

Report layout: sans, title page with imprint, running header, a short "Voorwoord", then "Deel A Bestuurlijke nota"
and "Deel B Nota van bevindingen" (level-1 headings), each with chapters numbered in the heading text (level 2) and
sections (level 3).  The Bestuurlijke nota holds: the research questions as an "a." list under a bold central
question (not recommendations), a "Hoofdconclusie", "Conclusies" as a "1." list numbered 1-6 (NOT recommendations),
and "Aanbevelingen" with two sub-headings, "Aan de raad" (a "1." list, items 1-4) and "Aan het college" (a "1." list
starting at 5, items 5-12): twelve recommendations numbered continuously.  The Nota van bevindingen has a normenkader
table with a verdict column, tables of registrations, early-warning signals, waiting times, outcomes and costs (grid
and row rules), bullet lists of policy goals and interview findings, a bold "Casus" lead-in, bold "Deelconclusie"
paragraphs and footnotes; two annexes with bullet lists.  No recommendation is printed twice.

Response layout: serif, no title page ("RAADSVOORSTEL" letterhead), with meta lines (Raadsvergadering, Commissie,
Registratienummer, Portefeuillehouder ...) and the usual sections "Onderwerp", "Voorgesteld besluit", "Inleiding",
"Argumenten", "Kanttekeningen", "Financiën", "Vervolg", signature, and an "Ontwerpbesluit" page that repeats the
dictum.  The decision is a numbered dictum printed as separate paragraphs ("1. Kennis te nemen ...", "2. De
aanbevelingen 1 en 5 tot en met 7 ... over te nemen ...", "3. Aanbeveling 9 over te nemen met inachtneming van ...",
"4. De aanbevelingen 10 en 11 niet over te nemen;", "5. In te stemmen met de reactie van het college op de overige
aanbevelingen ...", "6. ... € 185.000 ... voor de uitvoering van de aanbevelingen 5 tot en met 7 ...").  "Argumenten"
explains per dictum number in numbered paragraphs ("2.1 ...", "4.2 ...", "5.3 ..."); recommendations 2, 8 and 12
are not in the dictum and are decided in an argument paragraph; "Kanttekeningen" explains why recommendation 9 is
only partly feasible.  The dictum lines and argument paragraphs that answer a recommendation all carry the Answer;
the first in document order (the dictum where it names the number) decides.

Departments: every recommendation is for the municipality (GEMEENTEN, for raad and college alike; departments.csv
has no separate code for a gemeenteraad); recommendation 12 asks the college to lobby the minister of SZW
(GEMEENTEN, SZW).

  nr addressee  subject                                   gold           why
   1 raad       measurable goals in beleidsplan 2027-2030 agree          dictum 2 "De aanbevelingen 1 en 5 tot en met 7
                                                                         ... over te nemen" (argument 2.1: goals in the
                                                                         concept plan, yearly report)
   2 raad       separate paragraph in begroting/jaarstukken partial      not in the dictum; argument 5.1: no separate
                                                                         paragraph, but five key figures in programma 6
                                                                         and a separate note in the jaarstukken
   3 raad       yearly agenda item in commissie Samenleving not_addressed argument 5.4: "Dit is aan uw raad." (no view)
   4 raad       informatieprotocol sociaal domein         not_addressed  never mentioned
   5 college    waiting time within 4 weeks / 3 days      agree          dictum 2, range "5 tot en met 7" (also
                                                                         argument 2.2, dictum 6 and Financiën)
   6 college    contact within 5 days on every signal     agree          dictum 2, range (argument 2.3)
   7 college    one fixed contact person                  agree          dictum 2, range (argument 2.4)
   8 college    register outcomes and relapse, report     partial        not in the dictum; argument 5.2: outcomes and
                                                                         drop-out registered and reported, relapse
                                                                         within three years not (sample study instead)
   9 college    evening hours + walk-in in two districts  partial        dictum 3 "over te nemen met inachtneming van
                                                                         de beperking ...: een wekelijkse inloop in de
                                                                         Rietvelden, maar geen avondopenstelling"
                                                                         (argument 3.1 and Kanttekening 3.1)
  10 college    youth debt fund                           disagree       dictum 4 "De aanbevelingen 10 en 11 niet over
                                                                         te nemen;" (argument 4.1, Financiën)
  11 college    drop mandatory budget management          disagree       dictum 4 (argument 4.2 "handhaven wij")
  12 college    lobby minister of SZW for structural money agree         not in the dictum; argument 5.3: joint letter
                                                                         to the minister before 1 July and VNG (also in
                                                                         Vervolg)
Totals: agree 5 (1, 5, 6, 7, 12), partial 3 (2, 8, 9), disagree 2 (10, 11), not_addressed 2 (3, 4).
The response's ontwerpbesluit repeats the dictum lines; they carry the same Answers (later in document order).
All names, figures and prose are fictional and written for this test set.
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
GEM = ("GEMEENTEN",)


def H2(text: str) -> Heading:
    return Heading(text, level=2)


def H3(text: str) -> Heading:
    return Heading(text, level=3)


def bullets(*texts: str, style: str = "•") -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style=style)


def recs(start: int, *items: tuple[str, tuple[str, ...]]) -> ItemList:
    return ItemList(
        items=tuple(ListItem(text, recommendation=Recommendation(str(start + i), tuple(depts)))
                    for i, (text, depts) in enumerate(items)),
        style="1.",
        start=start,
    )


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H("Voorwoord"),
    P("Geldzorgen komen zelden alleen. Wie schulden heeft, slaapt slechter, wordt vaker ziek, durft de post niet "
      "meer open te maken en trekt zich terug. Kinderen merken het thuis eerder dan ouders denken. Hoe eerder iemand "
      "hulp krijgt, hoe kleiner de schade en hoe lager de rekening, voor de inwoner zelf en voor de gemeente. Dat is "
      "de reden dat de Rekenkamer Zaanwijk de schuldhulpverlening in onze gemeente heeft onderzocht."),
    P("Zaanwijk heeft de afgelopen jaren veel geïnvesteerd in schuldhulpverlening. Het Geldloket is een begrip "
      "geworden, het team Vroeg Eropaf gaat bij inwoners langs voordat de deurwaarder komt, en de samenwerking met de "
      "Kredietbank Waterland-Zaan is hecht. Toch blijkt uit ons onderzoek dat veel inwoners met problematische "
      "schulden de weg naar hulp niet vinden, dat zij te lang moeten wachten en dat een groot deel onderweg afhaakt. "
      "De raad heeft bovendien onvoldoende zicht op wat de schuldhulpverlening oplevert en wat zij kost."),
    P("Wij danken de medewerkers van de gemeente, de Kredietbank, de woningcorporaties, de vrijwilligers van "
      "SchuldHulpMaatje en Humanitas en vooral de inwoners die ons over hun ervaringen vertelden. Zonder hun "
      "openheid had dit rapport niet geschreven kunnen worden."),
    P("drs. H.J. (Hanneke) Verbeek-Stam, voorzitter Rekenkamer Zaanwijk"),
    PageBreak(),
    H("Deel A  Bestuurlijke nota"),
    H2("1 Aanleiding en onderzoek"),
    P("De gemeente is op grond van de Wet gemeentelijke schuldhulpverlening (Wgs) verantwoordelijk voor de "
      "schuldhulpverlening aan haar inwoners. De raad stelt ten minste eens in de vier jaar een beleidsplan vast. Het "
      "huidige beleidsplan 'Samen uit de schulden' loopt van 2023 tot en met 2026. In 2027 moet een nieuw plan "
      "ingaan. De rekenkamer wil de raad met dit onderzoek bouwstenen geven voor de bespreking van dat plan.",
      footnotes=("Artikel 2, eerste lid, Wet gemeentelijke schuldhulpverlening.",)),
    P("Ook de maatschappelijke context maakt het onderwerp urgent. Door de gestegen kosten van energie, huur en "
      "boodschappen kwamen in 2023 en 2024 meer huishoudens in de problemen, ook huishoudens met een inkomen uit "
      "werk. Het aantal aanmeldingen bij het Geldloket steeg tussen 2022 en 2025 met een derde."),
    P("Het onderzoek beantwoordt de volgende centrale vraag: in hoeverre is de schuldhulpverlening van de gemeente "
      "Zaanwijk doeltreffend georganiseerd, en in hoeverre is de raad in staat daarop te sturen? Daarbij zijn de "
      "volgende deelvragen gesteld:", bold=True),
    ItemList(items=(
        ListItem("Welke doelen heeft de gemeente met de schuldhulpverlening, en zijn die doelen meetbaar?"),
        ListItem("In hoeverre bereikt de gemeente de inwoners met problematische schulden, en welke rol speelt "
                 "vroegsignalering daarbij?"),
        ListItem("Voldoet de uitvoering aan de wettelijke eisen en aan de eigen kwaliteitseisen van de gemeente?"),
        ListItem("Wat zijn de resultaten van de schuldhulpverlening en wat kost zij?"),
        ListItem("Hoe wordt de raad geïnformeerd, en stelt die informatie de raad in staat zijn kaderstellende en "
                 "controlerende rol te vervullen?"),
    ), style="a."),
    P("Het onderzoek is uitgevoerd tussen september 2025 en januari 2026. De rekenkamer heeft documenten en "
      "registraties geanalyseerd, 31 dossiers van inwoners bestudeerd, 24 interviews gehouden en een groepsgesprek "
      "gevoerd met ervaringsdeskundigen. De werkwijze en het normenkader staan in hoofdstuk 1 van de nota van "
      "bevindingen."),
    H2("2 Hoofdconclusie"),
    P("De gemeente Zaanwijk heeft de schuldhulpverlening op veel punten zorgvuldig ingericht, maar heeft er nog "
      "onvoldoende grip op. Het beleid kent ambities, maar geen meetbare doelen. Een groot deel van de inwoners met "
      "problematische schulden wordt niet bereikt, wie zich meldt wacht vaak langer dan de wet toestaat, en ruim "
      "vier op de tien trajecten eindigen voortijdig. De gemeente weet niet hoe het inwoners na afloop van een "
      "traject vergaat. De raad krijgt vooral productiecijfers en kan daardoor niet beoordelen of het geld dat hij "
      "beschikbaar stelt, het beoogde effect heeft."),
    H2("3 Conclusies"),
    P("De hoofdconclusie is gebaseerd op de volgende zes conclusies."),
    ItemList(items=(
        ListItem("Het beleidsplan schuldhulpverlening 2023-2026 bevat ambities, maar geen meetbare doelen. Er zijn "
                 "geen streefwaarden voor bereik, wachttijd of resultaat vastgelegd. Daardoor kan de raad niet "
                 "beoordelen of de schuldhulpverlening doeltreffend is."),
        ListItem("Het bereik van de schuldhulpverlening is laag. Naar schatting bereikt de gemeente een op de zes "
                 "huishoudens met problematische schulden. In de wijken Rietvelden en Kogerveld-Oost, waar de "
                 "problematiek het grootst is, is het bereik het laagst."),
        ListItem("Vroegsignalering is goed opgezet, maar leidt te weinig tot contact. In 2025 werd bij 34 procent "
                 "van de signalen de inwoner daadwerkelijk gesproken. Signalen uit de eigen organisatie, zoals "
                 "achterstanden bij de gemeentelijke belastingen, worden niet benut."),
        ListItem("De gemeente voldoet niet aan de wettelijke termijn voor het eerste gesprek. De gemiddelde wachttijd "
                 "was in 2025 ruim zes weken en de helft van de inwoners wachtte langer dan vier weken. Van een "
                 "deel van de aanmeldingen is de wachttijd niet vastgelegd."),
        ListItem("Inwoners krijgen in een traject met veel verschillende loketten en personen te maken, en veel van "
                 "hen haken af: 41 procent van de afgesloten trajecten eindigde in 2025 met uitval. De voorwaarde "
                 "van verplicht budgetbeheer is voor een deel van de inwoners een reden om van een schuldregeling "
                 "af te zien."),
        ListItem("De raad wordt beperkt en vooral met productiecijfers geïnformeerd. Over resultaten, terugval en de "
                 "kosten van schuldhulpverlening ontvangt de raad vrijwel geen informatie. De financiering van "
                 "vroegsignalering is na 2026 niet geborgd, omdat de extra rijksmiddelen dan aflopen."),
    ), style="1."),
    H2("4 Aanbevelingen"),
    P("Op basis van deze conclusies doet de rekenkamer twaalf aanbevelingen. Vier daarvan zijn gericht aan de raad "
      "en hebben betrekking op zijn kaderstellende en controlerende rol. De overige acht zijn gericht aan het "
      "college. De nummering loopt door, zodat in de verdere bespreking eenvoudig naar een aanbeveling kan worden "
      "verwezen."),
    H3("Aan de raad"),
    recs(
        1,
        ("Stel bij de behandeling van het beleidsplan schuldhulpverlening 2027-2030 meetbare doelen vast voor het "
         "bereik van de schuldhulpverlening, de wachttijd tot het eerste gesprek en het aandeel trajecten dat leidt "
         "tot een stabiele financiële situatie, en spreek met het college af dat het jaarlijks over die doelen "
         "rapporteert.", GEM),
        ("Vraag het college om in de programmabegroting en de jaarstukken een afzonderlijke paragraaf over "
         "schuldhulpverlening op te nemen, met daarin de uitgaven, het aantal trajecten en de belangrijkste "
         "resultaten.", GEM),
        ("Agendeer de voortgang van de schuldhulpverlening ten minste eenmaal per jaar in de commissie Samenleving "
         "en nodig daarbij ervaringsdeskundigen en de cliëntenraad Werk en Inkomen uit.", GEM),
        ("Leg in een informatieprotocol sociaal domein vast welke informatie u als raad op welk moment van het "
         "college wilt ontvangen om uw kaderstellende en controlerende rol te kunnen vervullen.", GEM),
    ),
    H3("Aan het college"),
    recs(
        5,
        ("Breng de wachttijd tussen aanmelding en eerste gesprek terug tot binnen de wettelijke termijn van vier "
         "weken, en bij dreigende huisuitzetting of afsluiting van energie of water tot drie werkdagen, en registreer "
         "de wachttijd van iedere aanmelding.", GEM),
        ("Zorg dat op ieder signaal van vroegsignalering binnen vijf werkdagen contact wordt gezocht met de inwoner, "
         "zo nodig met een huisbezoek, en betrek ook betalingsachterstanden bij de gemeentelijke belastingen en "
         "terugvorderingen van de afdeling Inkomen bij de vroegsignalering.", GEM),
        ("Geef iedere inwoner in een schuldhulptraject één vast aanspreekpunt bij de gemeente, dat ook na "
         "doorverwijzing naar de Kredietbank Waterland-Zaan of naar beschermingsbewind betrokken blijft.", GEM),
        ("Registreer per traject hoe het afloopt (schuldregeling, stabilisatie, doorverwijzing of uitval) en of "
         "inwoners binnen drie jaar na afloop opnieuw schuldhulp vragen, en rapporteer hierover jaarlijks aan de "
         "raad.", GEM),
        ("Verlaag de drempel naar het Geldloket door een avondspreekuur in te stellen en een wekelijkse inloop te "
         "organiseren in de wijken Rietvelden en Kogerveld-Oost, waar het bereik het laagst is.", GEM),
        ("Richt naar het voorbeeld van andere gemeenten een jongerenschuldenfonds op, waarmee de schulden van "
         "jongeren tot 27 jaar in één keer kunnen worden overgenomen in ruil voor een traject naar werk of "
         "opleiding.", GEM),
        ("Laat de voorwaarde vervallen dat inwoners eerst budgetbeheer bij de Kredietbank moeten accepteren voordat "
         "zij tot een schuldregeling worden toegelaten, en beoordeel per inwoner of budgetbeheer nodig is.", GEM),
        ("Vraag de minister van Sociale Zaken en Werkgelegenheid, bij voorkeur samen met andere gemeenten en via de "
         "VNG, om de middelen voor vroegsignalering en schuldhulpverlening structureel aan het gemeentefonds toe te "
         "voegen, nu de huidige extra middelen eind 2026 aflopen.", ("GEMEENTEN", "SZW")),
    ),
    H2("5 Wederhoor en vervolg"),
    P("De nota van bevindingen is op 19 januari 2026 voor ambtelijk wederhoor aan de gemeentesecretaris voorgelegd. "
      "De reactie heeft op enkele punten geleid tot feitelijke correcties, vooral in de cijfers over vroegsignalering. "
      "Het college heeft aangegeven zijn bestuurlijke reactie op de conclusies en aanbevelingen in de vorm van een "
      "raadsvoorstel aan de raad voor te leggen. De rekenkamer zal over twee jaar nagaan wat er met de door de raad "
      "overgenomen aanbevelingen is gedaan."),
    PageBreak(),
    H("Deel B  Nota van bevindingen"),
    H2("1 Inleiding"),
    H3("1.1 Schuldhulpverlening in Zaanwijk"),
    P("Zaanwijk telt ruim 86.000 inwoners in ongeveer 38.900 huishoudens. De schuldhulpverlening is belegd bij "
      "het team Geldzaken van de afdeling Werk en Inkomen. Inwoners kunnen zich melden bij het Geldloket in het "
      "stadskantoor, telefonisch of via een digitaal formulier. Na een oriënterend gesprek stelt een "
      "schuldhulpconsulent samen met de inwoner een plan van aanpak op. Voor de uitvoering van schuldregelingen, "
      "saneringskredieten en budgetbeheer is de gemeente aangesloten bij de Kredietbank Waterland-Zaan, een "
      "gemeenschappelijke regeling van vijf gemeenten."),
    P("Sinds 2021 voert het team Vroeg Eropaf de vroegsignalering uit. Woningcorporaties, energieleveranciers, het "
      "drinkwaterbedrijf en zorgverzekeraars geven betalingsachterstanden door, waarna een medewerker contact zoekt "
      "met de inwoner. Vrijwilligers van SchuldHulpMaatje en Humanitas ondersteunen inwoners bij het ordenen van "
      "hun administratie en begeleiden hen tijdens en na een traject.", footnotes=(
        "Artikel 4a Wgs en het Besluit gemeentelijke schuldhulpverlening verplichten deze partijen sinds 1 januari "
        "2021 om betalingsachterstanden te melden.",)),
    H3("1.2 Werkwijze"),
    P("De rekenkamer heeft voor dit onderzoek de volgende bronnen gebruikt:"),
    bullets(
        "beleidsdocumenten, raadsinformatiebrieven, begrotingen en jaarstukken over de periode 2022-2025;",
        "de registraties van het Geldloket, het team Vroeg Eropaf en de Kredietbank Waterland-Zaan over de jaren "
        "2022 tot en met 2025;",
        "31 willekeurig gekozen dossiers van inwoners die zich in 2024 meldden, gevolgd tot eind 2025;",
        "24 interviews met bestuurders, medewerkers, de Kredietbank, twee woningcorporaties, vrijwilligers en "
        "de cliëntenraad Werk en Inkomen;",
        "een groepsgesprek met negen ervaringsdeskundigen.",
    ),
    H3("1.3 Normenkader"),
    P("De bevindingen zijn getoetst aan het normenkader in tabel 1. De laatste kolom geeft het oordeel van de "
      "rekenkamer weer."),
    P("Tabel 1. Normenkader en oordeel", bold=True),
    Table(
        header=("Thema", "Norm", "Oordeel"),
        rows=(
            ("Beleid", "Het beleidsplan bevat meetbare doelen en beoogde resultaten.", "Niet voldaan"),
            ("Bereik", "De gemeente kent haar doelgroep en bereikt een substantieel deel ervan.", "Deels voldaan"),
            ("Vroegsignalering", "Signalen van betalingsachterstanden leiden tijdig tot contact met de inwoner.",
             "Deels voldaan"),
            ("Toegang", "Inwoners krijgen binnen de wettelijke termijnen een eerste gesprek.", "Niet voldaan"),
            ("Uitvoering", "Inwoners worden gedurende het traject begeleid door een vast aanspreekpunt.",
             "Deels voldaan"),
            ("Resultaten", "De gemeente weet welke resultaten trajecten opleveren, ook op langere termijn.",
             "Niet voldaan"),
            ("Sturing", "De raad ontvangt tijdig volledige informatie over doelen, resultaten en kosten.",
             "Niet voldaan"),
        ),
        widths=(1.3, 4.0, 1.3),
        rules="grid",
    ),
    H2("2 Beleid en doelen"),
    H3("2.1 Wettelijk kader"),
    P("De Wgs geeft de gemeente de opdracht om inwoners met schulden integrale schuldhulpverlening te bieden. De wet "
      "schrijft voor dat de gemeente binnen vier weken na de aanmelding een eerste gesprek voert. Dreigt een "
      "huisuitzetting, afsluiting van energie of water, of beëindiging van de zorgverzekering, dan moet dat gesprek "
      "binnen drie werkdagen plaatsvinden. Verder legt de wet de plicht tot vroegsignalering bij de gemeente. Hoe "
      "de gemeente de schuldhulpverlening inricht, is grotendeels aan haarzelf.", footnotes=(
        "Artikel 4, eerste en tweede lid, Wgs.",)),
    H3("2.2 Het beleidsplan 2023-2026"),
    P("Het beleidsplan 'Samen uit de schulden', in december 2022 door de raad vastgesteld, noemt vier speerpunten:"),
    bullets(
        "inwoners met geldzorgen eerder in beeld krijgen, onder meer door vroegsignalering;",
        "de toegang tot het Geldloket laagdrempelig en snel maken;",
        "maatwerk bieden, met extra aandacht voor jongeren en werkende armen;",
        "samenwerken met vrijwilligersorganisaties, woningcorporaties en de Kredietbank.",
    ),
    P("Het plan beschrijft per speerpunt welke activiteiten de gemeente onderneemt, zoals het inzetten van "
      "ervaringsdeskundigen en het uitbreiden van de openingstijden van het Geldloket met een extra ochtend. Het "
      "plan bevat echter geen meetbare doelen. Er is niet vastgelegd welk deel van de doelgroep de gemeente wil "
      "bereiken, hoe lang inwoners maximaal mogen wachten of welk resultaat een traject moet opleveren. De enige "
      "kwantitatieve ambitie, 'meer inwoners bereiken dan in 2022', is al in 2023 gehaald."),
    P("In de interviews gaven medewerkers aan dat zij zelf wel werken met interne normen, zoals een doorlooptijd van "
      "drie maanden voor de stabilisatiefase. Die normen zijn niet in het beleidsplan opgenomen en worden niet aan "
      "de raad gerapporteerd."),
    P("Deelconclusie: het beleid is breed en goed onderbouwd, maar zonder meetbare doelen kan niet worden "
      "vastgesteld of het werkt.", bold=True),
    H2("3 Bereik en vroegsignalering"),
    H3("3.1 Aanmeldingen en bereik"),
    P("Het aantal aanmeldingen bij het Geldloket is tussen 2022 en 2025 gestegen van 905 naar 1.208. Een steeds "
      "groter deel daarvan komt via vroegsignalering binnen. Tabel 2 geeft een overzicht."),
    P("Tabel 2. Aanmeldingen, trajecten en schuldregelingen, 2022-2025", bold=True),
    Table(
        header=("Jaar", "Aanmeldingen", "Waarvan via vroegsignalering", "Gestarte trajecten", "Schuldregelingen"),
        rows=(
            ("2022", "905", "96", "512", "88"),
            ("2023", "1.012", "171", "560", "94"),
            ("2024", "1.141", "248", "604", "101"),
            ("2025", "1.208", "296", "633", "97"),
        ),
        widths=(1.0, 1.4, 1.9, 1.5, 1.5),
        rules="rows",
    ),
    P("Volgens de schuldenmonitor van het CBS hadden in 2023 ruim 3.700 huishoudens in Zaanwijk geregistreerde "
      "problematische schulden. Zet men het aantal gestarte trajecten daartegen af, dan bereikt de gemeente naar "
      "schatting een op de zes van deze huishoudens. Dat is vergelijkbaar met het landelijke beeld, maar in de "
      "wijken Rietvelden en Kogerveld-Oost, waar het aandeel huishoudens met schulden twee keer zo hoog is als "
      "gemiddeld, ligt het bereik lager dan een op de tien.", footnotes=(
        "CBS, Monitor problematische schulden, peiljaar 2023. Het CBS telt alleen geregistreerde schulden; het werkelijke "
        "aantal huishoudens met problematische schulden is hoger.",)),
    H3("3.2 Vroegsignalering"),
    P("In 2025 ontving het team Vroeg Eropaf 3.140 signalen. Bij 72 procent daarvan werd een contactpoging gedaan, "
      "meestal met een brief en een telefoontje. Huisbezoeken worden alleen afgelegd als er een signaal van een "
      "woningcorporatie ligt, omdat de formatie voor meer bezoeken ontbreekt. Uiteindelijk werd bij 1.070 signalen "
      "(34 procent) de inwoner daadwerkelijk gesproken."),
    P("Tabel 3. Vroegsignalering naar bron, 2025", bold=True),
    Table(
        header=("Bron", "Signalen", "Contact gelegd", "Aangemeld voor schuldhulp"),
        rows=(
            ("Woningcorporaties", "1.020", "402", "121"),
            ("Energieleveranciers", "1.180", "351", "92"),
            ("Drinkwaterbedrijf", "410", "118", "31"),
            ("Zorgverzekeraars", "530", "199", "52"),
            ("Totaal", "3.140", "1.070", "296"),
        ),
        widths=(2.2, 1.2, 1.4, 1.9),
        rules="grid",
    ),
    P("Tussen het binnenkomen van een signaal en de eerste contactpoging zat in 2025 gemiddeld elf werkdagen. In "
      "die tijd loopt een achterstand op. Medewerkers wezen erop dat signalen van energieleveranciers en "
      "zorgverzekeraars vaak in batches binnenkomen, waardoor er pieken ontstaan die het team niet kan opvangen."),
    P("Opvallend is dat de gemeente haar eigen signalen niet gebruikt. Achterstanden bij de gemeentelijke "
      "belastingen en terugvorderingen van bijstand door de afdeling Inkomen worden door aparte afdelingen "
      "geïnd, zonder dat Vroeg Eropaf daarvan op de hoogte is. In vier van de 31 bestudeerde dossiers had de "
      "gemeente zelf beslag gelegd op het inkomen van een inwoner die op dat moment bij het Geldloket in traject "
      "was."),
    H3("3.3 Drempels"),
    P("In het groepsgesprek met ervaringsdeskundigen en in de interviews kwamen de volgende drempels naar voren:"),
    bullets(
        "schaamte en het gevoel dat schuldhulp 'voor anderen' is, vooral bij werkende inwoners;",
        "de openingstijden van het Geldloket, dat alleen op werkdagen tussen 9.00 en 16.00 uur open is;",
        "de afstand tot het stadskantoor voor inwoners van de Rietvelden en Kogerveld-Oost;",
        "de hoeveelheid formulieren en bewijsstukken die bij de aanmelding wordt gevraagd;",
        "wantrouwen jegens de gemeente, met name bij inwoners die eerder een terugvordering kregen.",
    ),
    P("Inwoners die hulp van vrijwilligers kregen, meldden zich gemiddeld eerder en met een beter geordende "
      "administratie. De vrijwilligersorganisaties houden spreekuren in twee buurthuizen, maar niet in de wijken "
      "met het laagste bereik."),
    P("Deelconclusie: de gemeente bereikt slechts een beperkt deel van de doelgroep. Vroegsignalering levert veel "
      "signalen op, maar te weinig contact, en eigen signalen blijven onbenut.", bold=True),
    H2("4 Uitvoering van trajecten"),
    H3("4.1 Wachttijden"),
    P("De gemeente registreert de datum van aanmelding en van het eerste gesprek, maar niet bij alle aanmeldingen: "
      "bij telefonische aanmeldingen ontbreekt de aanmelddatum in ongeveer een op de acht gevallen. Tabel 4 is "
      "gebaseerd op de aanmeldingen waarvan beide data bekend zijn."),
    P("Tabel 4. Wachttijd tot het eerste gesprek, 2025", bold=True),
    Table(
        header=("Kwartaal", "Gemiddelde wachttijd (weken)", "Eerste gesprek binnen vier weken",
                "Spoedgevallen binnen drie werkdagen"),
        rows=(
            ("1e kwartaal", "5,4", "58%", "81%"),
            ("2e kwartaal", "6,1", "52%", "77%"),
            ("3e kwartaal", "7,3", "41%", "70%"),
            ("4e kwartaal", "6,8", "46%", "74%"),
            ("Heel 2025", "6,4", "49%", "75%"),
        ),
        widths=(1.5, 1.8, 1.8, 1.8),
        rules="rows",
    ),
    P("De wachttijd liep in de loop van 2025 op doordat twee van de elf schuldhulpconsulenten langdurig uitvielen "
      "en de vacatures moeilijk te vervullen waren. Ook spoedgevallen worden niet altijd binnen de wettelijke termijn "
      "gezien, omdat er geen vaste spoedconsulent is en de spoedmeldingen over de consulenten worden verdeeld."),
    H3("4.2 Begeleiding en doorverwijzing"),
    P("Een inwoner die een schuldregeling krijgt, heeft in de loop van het traject gemiddeld met vijf verschillende "
      "medewerkers te maken: de medewerker van het Geldloket, een schuldhulpconsulent, een medewerker "
      "stabilisatie van de Kredietbank, een budgetbeheerder en een schuldregelaar. Bij een overstap naar "
      "beschermingsbewind komt daar een bewindvoerder bij. In zeventien van de 31 dossiers wisselde de inwoner in "
      "het traject ten minste eenmaal van consulent bij de gemeente zelf."),
    P("Casus: de verdwenen aanvraag", bold=True),
    P("Meneer D. (34) meldde zich in februari 2024 met een huurachterstand en schulden bij zijn zorgverzekeraar. "
      "Na het eerste gesprek werd hij doorverwezen naar de Kredietbank voor budgetbeheer. Toen zijn consulent bij de "
      "gemeente vertrok, was niet duidelijk wie zijn dossier overnam. De Kredietbank wachtte op een "
      "verzoek tot schuldregeling dat de gemeente nooit stuurde. Meneer D. hoorde vier maanden niets, kreeg "
      "intussen een nieuwe aanmaning en trok zich terug. In januari 2025 meldde hij zich opnieuw, nu met een hogere "
      "schuld."),
    P("Wie tot een schuldregeling wordt toegelaten, moet bij de Kredietbank Waterland-Zaan budgetbeheer "
      "accepteren: de Kredietbank ontvangt het inkomen en betaalt de vaste lasten. Medewerkers en de Kredietbank "
      "noemen dat een belangrijke voorwaarde voor het slagen van een regeling. In het groepsgesprek gaven "
      "ervaringsdeskundigen echter aan dat zij het als betuttelend ervoeren, vooral wanneer zij hun vaste lasten al "
      "jaren zelf betaalden. Van de 245 trajecten die in 2025 met uitval eindigden, was bij 38 trajecten het "
      "weigeren van budgetbeheer de vastgelegde reden. Een aantal gemeenten in het land maakt budgetbeheer alleen "
      "verplicht als een inwoner zijn vaste lasten aantoonbaar niet zelf kan betalen."),
    H3("4.3 Jongeren"),
    P("Jongeren tot 27 jaar vormen 14 procent van de aanmeldingen. Zij hebben vaak relatief lage schulden, maar bij "
      "veel schuldeisers. Een schuldregeling van drie jaar, met een leefgeld op bijstandsniveau, is voor hen zwaar "
      "en belemmert het volgen van een opleiding. Verschillende gemeenten hebben daarom een jongerenschuldenfonds "
      "opgericht, waarmee de schulden van een jongere worden overgenomen als die een traject naar werk of opleiding "
      "volgt. Zaanwijk neemt deel aan de regionale Jongeren Perspectief Aanpak, maar beschikt niet over een eigen "
      "fonds. In de regio zijn in 2025 elf Zaanwijkse jongeren via die aanpak geholpen."),
    P("Deelconclusie: de uitvoering voldoet niet aan de wettelijke termijnen. Het grote aantal overdrachten en de "
      "voorwaarde van verplicht budgetbeheer dragen bij aan de hoge uitval.", bold=True),
    H2("5 Resultaten, kosten en sturing"),
    H3("5.1 Resultaten"),
    P("De gemeente registreert hoeveel trajecten worden afgesloten, maar legt de reden van afsluiting niet "
      "eenduidig vast. Op basis van de registratie van de Kredietbank en een handmatige analyse door het team "
      "Geldzaken kon de rekenkamer voor 2025 de afloop van de trajecten reconstrueren (tabel 5)."),
    P("Tabel 5. Afloop van afgesloten trajecten, 2025", bold=True),
    Table(
        header=("Afloop", "Aantal", "Aandeel"),
        rows=(
            ("Schuldregeling of saneringskrediet gestart", "97", "16%"),
            ("Stabilisatie zonder schuldregeling (betalingsregelingen, budgetbeheer)", "171", "29%"),
            ("Doorverwijzing naar beschermingsbewind of Wsnp", "85", "14%"),
            ("Uitval (inwoner haakt af of werkt niet mee)", "245", "41%"),
            ("Totaal", "598", "100%"),
        ),
        widths=(4.2, 1.0, 1.0),
        rules="grid",
    ),
    P("Hoe het inwoners na afloop van een traject vergaat, is niet bekend. De gemeente kan niet zeggen hoeveel "
      "inwoners na een schuldregeling schuldenvrij blijven of binnen enkele jaren opnieuw aankloppen. Uit de "
      "dossiers blijkt dat zes van de 31 inwoners eerder een traject bij de gemeente hadden gevolgd."),
    H3("5.2 Kosten"),
    P("De uitgaven aan schuldhulpverlening zijn in de begroting verspreid over drie taakvelden en niet als geheel "
      "zichtbaar. De rekenkamer heeft de uitgaven voor 2025 bij elkaar gebracht in tabel 6. De grootste post, de "
      "bijzondere bijstand voor de kosten van beschermingsbewind, wordt in de begroting niet met schuldhulpverlening "
      "in verband gebracht."),
    P("Tabel 6. Uitgaven schuldhulpverlening 2025 (x € 1.000)", bold=True),
    Table(
        header=("Onderdeel", "Uitgaven"),
        rows=(
            ("Geldloket en schuldhulpconsulenten (eigen personeel)", "1.420"),
            ("Bijdrage Kredietbank Waterland-Zaan", "1.180"),
            ("Vroeg Eropaf (inclusief incidentele rijksmiddelen)", "260"),
            ("Subsidies SchuldHulpMaatje en Humanitas", "95"),
            ("Bijzondere bijstand voor kosten van beschermingsbewind", "1.640"),
            ("Totaal", "4.595"),
        ),
        widths=(4.5, 1.2),
        rules="rows",
    ),
    P("Van de 260.000 euro voor Vroeg Eropaf is 140.000 euro afkomstig uit extra rijksmiddelen die het Rijk voor de "
      "jaren 2023 tot en met 2026 via een decentralisatie-uitkering beschikbaar stelde. Na 2026 is voor dat deel "
      "geen dekking. De VNG heeft er bij het Rijk op aangedrongen de middelen structureel te maken; een besluit "
      "daarover is nog niet genomen."),
    H3("5.3 Informatie aan de raad"),
    P("De raad ontvangt jaarlijks een raadsinformatiebrief over het armoede- en schuldenbeleid. In de onderzochte "
      "periode bevatten die brieven het aantal aanmeldingen, het aantal lopende trajecten en het aantal "
      "deelnemers aan de cursus 'Grip op je geld'. Over wachttijden, uitval, resultaten en kosten werd de raad niet "
      "geïnformeerd. In de begroting en de jaarstukken is schuldhulpverlening onderdeel van programma 6 Sociaal "
      "domein, zonder eigen indicatoren."),
    P("Raadsleden die de rekenkamer sprak, gaven aan dat zij het onderwerp belangrijk vinden maar het moeilijk "
      "vinden om de juiste vragen te stellen. In de commissie Samenleving is schuldhulpverlening in de afgelopen "
      "drie jaar tweemaal besproken, beide keren naar aanleiding van een incident. Er zijn geen afspraken tussen "
      "raad en college over welke informatie de raad wanneer ontvangt."),
    P("Deelconclusie: de raad beschikt niet over de informatie die nodig is om te sturen op doelen, resultaten en "
      "kosten van de schuldhulpverlening.", bold=True),
    PageBreak(),
    H("Bijlage 1  Gesprekspartners"),
    bullets(
        "wethouder Werk, Inkomen en Armoedebeleid;",
        "afdelingshoofd Werk en Inkomen en teamleider Geldzaken;",
        "zes schuldhulpconsulenten en twee medewerkers van het Geldloket;",
        "coördinator en twee medewerkers van het team Vroeg Eropaf;",
        "medewerkers van de afdelingen Belastingen en Inkomen (terugvordering);",
        "directeur en teamleider schuldregeling van de Kredietbank Waterland-Zaan;",
        "medewerkers van woningcorporaties Zaanwonen en De Woonkring;",
        "coördinatoren van SchuldHulpMaatje Zaanwijk en Humanitas Zaanstreek;",
        "voorzitter en een lid van de cliëntenraad Werk en Inkomen;",
        "vier raadsleden uit de commissie Samenleving.",
    ),
    H("Bijlage 2  Geraadpleegde documenten"),
    bullets(
        "Gemeente Zaanwijk, Beleidsplan schuldhulpverlening 2023-2026 'Samen uit de schulden', december 2022;",
        "Gemeente Zaanwijk, Programmabegrotingen 2023-2026 en Jaarstukken 2022-2024;",
        "Gemeente Zaanwijk, Raadsinformatiebrieven armoede- en schuldenbeleid 2023, 2024 en 2025;",
        "Kredietbank Waterland-Zaan, Jaarverslagen 2023 en 2024;",
        "CBS, Monitor problematische schulden, 2023;",
        "Ministerie van Sociale Zaken en Werkgelegenheid, Evaluatie vroegsignalering schulden, 2024.",
    ),
)

REPORT = Document(
    title="Grip op schuldhulpverlening",
    subtitle="Onderzoek naar de doeltreffendheid van de schuldhulpverlening in de gemeente Zaanwijk",
    blocks=REPORT_BLOCKS,
    running_header="Rekenkamer Zaanwijk  |  Grip op schuldhulpverlening",
    footer="{page}",
    font_family="sans",
    font_size=10.5,
    title_page=True,
    imprint=("Rekenkamer Zaanwijk", "Rapport 2026-02", "Zaanwijk, maart 2026"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

D1 = ("Kennis te nemen van het rapport 'Grip op schuldhulpverlening' van de Rekenkamer Zaanwijk van maart 2026 en de "
      "conclusies daarin te onderschrijven;")
D2 = ("De aanbevelingen 1 en 5 tot en met 7 van de rekenkamer over te nemen en het college op te dragen deze uit te "
      "voeren;")
D3 = ("Aanbeveling 9 over te nemen met inachtneming van de beperking die onder Kanttekeningen is beschreven, te "
      "weten een wekelijkse inloop in de Rietvelden, maar geen avondopenstelling van het Geldloket;")
D4 = "De aanbevelingen 10 en 11 niet over te nemen;"
D5 = "In te stemmen met de reactie van het college op de overige aanbevelingen, zoals verwoord in dit voorstel;"
D6 = ("Voor de uitvoering van de aanbevelingen 5 tot en met 7 in 2026 een bedrag van € 185.000 beschikbaar te "
      "stellen ten laste van de reserve Sociaal domein en de begroting 2026 overeenkomstig te wijzigen "
      "(begrotingswijziging 2026-14).")


def dictum() -> tuple[Paragraph, ...]:
    """The six dictum lines, each a separate paragraph with its printed number."""
    return (
        P("1. " + D1),
        P("2. " + D2, answers=(Answer("1", "agree", D2), Answer("5", "agree", D2), Answer("6", "agree", D2),
                               Answer("7", "agree", D2))),
        P("3. " + D3, answers=(Answer("9", "partial", D3),)),
        P("4. " + D4, answers=(Answer("10", "disagree", D4), Answer("11", "disagree", D4))),
        P("5. " + D5),
        P("6. " + D6, answers=(Answer("5", "agree", D6), Answer("6", "agree", D6), Answer("7", "agree", D6))),
    )


A1 = ("In het concept-beleidsplan schuldhulpverlening 2027-2030, dat wij uw raad in het vierde kwartaal van 2026 "
      "voorleggen, nemen wij streefwaarden op voor het bereik, de wachttijd tot het eerste gesprek en het aandeel "
      "trajecten dat eindigt in een stabiele financiële situatie.")
A5 = ("Met twee extra schuldhulpconsulenten en een vaste spoedconsulent brengen wij de wachttijd uiterlijk eind 2026 "
      "terug tot binnen vier weken, en bij dreigende huisuitzetting of afsluiting tot drie werkdagen.")
A6 = ("Vanaf 1 september 2026 zoekt het team Vroeg Eropaf binnen vijf werkdagen na ieder signaal contact met de "
      "inwoner, zo nodig met een huisbezoek.")
A7 = ("Iedere inwoner krijgt vanaf de intake één eigen consulent, die ook na een doorverwijzing naar de "
      "Kredietbank Waterland-Zaan of naar een beschermingsbewindvoerder het aanspreekpunt blijft.")
A9 = ("Samen met SchuldHulpMaatje starten wij in september 2026 een wekelijkse inloop in buurthuis De Meerpaal in de "
      "Rietvelden, waar een consulent van het Geldloket aanschuift.")
A10 = "Wij zien daarom geen aanleiding een eigen jongerenschuldenfonds op te richten."
A11 = "Die voorwaarde handhaven wij."
A2 = ("Een afzonderlijke paragraaf over schuldhulpverlening in de begroting en de jaarstukken vinden wij niet nodig, "
      "maar vanaf de begroting 2027 nemen wij in programma 6 Sociaal domein vijf kengetallen voor "
      "schuldhulpverlening op en lichten wij de uitgaven in de jaarstukken afzonderlijk toe.")
A8 = ("Hoe trajecten aflopen, registreren wij vanaf 1 januari 2027 per traject en daarover rapporteren wij jaarlijks "
      "aan uw raad; of inwoners binnen drie jaar opnieuw schuldhulp vragen, kunnen wij echter niet per inwoner "
      "volgen.")
A12 = ("Het college stuurt vóór 1 juli 2026, samen met de andere gemeenten in de arbeidsmarktregio "
       "Zaanstreek-Waterland, een brief aan de minister van Sociale Zaken en Werkgelegenheid met het verzoek de "
       "middelen voor vroegsignalering en schuldhulpverlening structureel aan het gemeentefonds toe te voegen.")
K9 = ("Een avondopenstelling van het Geldloket en een aparte inloop in Kogerveld-Oost passen niet binnen het "
      "bestaande budget en de beschikbare formatie; daarom beperken wij de uitvoering van deze aanbeveling tot de "
      "inloop in de Rietvelden.")
F567 = ("De uitvoering van de aanbevelingen 5 tot en met 7 kost in 2026 € 185.000 en vanaf 2027 structureel "
        "€ 395.000 per jaar.")
F10 = ("Voor een jongerenschuldenfonds is geen bedrag opgenomen, omdat wij aanbeveling 10 niet overnemen.")
V12 = ("De brief aan de minister van Sociale Zaken en Werkgelegenheid over structurele middelen sturen wij u ter "
       "kennisname toe zodra die is verzonden.")

RESPONSE_BLOCKS = (
    P("Raadsvergadering: 25 juni 2026"),
    P("Commissie: Samenleving, 4 juni 2026"),
    P("Registratienummer: Z/26/184230"),
    P("Datum collegebesluit: 12 mei 2026"),
    P("Portefeuillehouder: wethouder M. (Mirjam) Oudejans-Plas, Werk, Inkomen en Armoedebeleid"),
    P("Programma: 6 Sociaal domein"),
    P("Bijlagen: 1. Rapport 'Grip op schuldhulpverlening', Rekenkamer Zaanwijk, maart 2026; 2. Begrotingswijziging "
      "2026-14"),
    H2("Onderwerp"),
    P("Reactie op het rapport 'Grip op schuldhulpverlening' van de Rekenkamer Zaanwijk"),
    H2("Voorgesteld besluit"),
    P("De raad wordt voorgesteld te besluiten:", bold=True),
    *dictum(),
    H2("Inleiding"),
    P("Op 17 maart 2026 heeft de Rekenkamer Zaanwijk haar rapport 'Grip op schuldhulpverlening' aan uw raad "
      "aangeboden. De rekenkamer heeft onderzocht of de gemeentelijke schuldhulpverlening inwoners met geldzorgen "
      "tijdig bereikt en helpt, en of uw raad voldoende informatie krijgt om daarop te sturen. Het rapport bevat zes "
      "conclusies en twaalf aanbevelingen. Vier aanbevelingen zijn gericht aan uw raad, acht aan het college."),
    P("Wij danken de rekenkamer voor het grondige en toegankelijke rapport. Het onderzoek komt op een goed moment: "
      "in 2026 werken wij aan het beleidsplan schuldhulpverlening 2027-2030, en de bevindingen van de rekenkamer "
      "geven daarvoor richting. Het rapport laat zien dat er in Zaanwijk veel goed gaat, maar ook dat te veel "
      "inwoners te lang moeten wachten en onderweg afhaken. Dat herkennen wij, en dat willen wij veranderen."),
    P("De vraag naar schuldhulp blijft hoog. In 2025 meldden zich 1.208 huishoudens bij het Geldloket, een derde meer "
      "dan in 2022. Tegelijkertijd is de arbeidsmarkt voor schuldhulpconsulenten krap en lopen de extra "
      "rijksmiddelen voor vroegsignalering eind 2026 af. Bij onze reactie op de aanbevelingen hebben wij die "
      "omstandigheden meegewogen. Wij hebben de conclusies en aanbevelingen besproken met de Kredietbank "
      "Waterland-Zaan, de vrijwilligersorganisaties en de cliëntenraad Werk en Inkomen."),
    P("In dit voorstel geven wij per onderdeel van het voorgestelde besluit aan hoe wij met de aanbevelingen willen "
      "omgaan. De nummering van de argumenten en kanttekeningen volgt die van het voorgestelde besluit."),
    H2("Argumenten"),
    P("1.1 Het rapport geeft een herkenbaar beeld van de schuldhulpverlening in Zaanwijk. De rekenkamer heeft "
      "zorgvuldig gebruikgemaakt van registraties, dossiers en gesprekken met inwoners. De conclusies sluiten aan "
      "bij wat uit onze eigen tussentijdse evaluatie van het beleidsplan naar voren kwam, vooral op het punt van de "
      "wachttijden en de uitval. Over de cijfers heeft in het ambtelijk wederhoor afstemming plaatsgevonden."),
    P("2.1 Meetbare doelen maken zichtbaar wat de schuldhulpverlening oplevert. De rekenkamer constateert terecht "
      "dat het huidige beleidsplan geen streefwaarden bevat, waardoor uw raad niet kan nagaan of het beleid werkt. "
      + A1 + " Over de realisatie van die streefwaarden rapporteren wij jaarlijks in een voortgangsbrief, voor het "
      "eerst in het voorjaar van 2028 over het jaar 2027.",
      answers=(Answer("1", "agree", A1),)),
    P("2.2 Inwoners die zich melden, moeten binnen de wettelijke termijn worden geholpen. Dat de helft van de "
      "inwoners in 2025 langer dan vier weken op een eerste gesprek wachtte, vinden wij niet aanvaardbaar. " + A5 +
      " Vanaf 1 september 2026 wordt bij iedere aanmelding, ook als die telefonisch binnenkomt, de datum van "
      "aanmelding vastgelegd in het cliëntvolgsysteem, zodat de wachttijd per aanvraag te volgen is.",
      answers=(Answer("5", "agree", A5),)),
    P("2.3 Vroegsignalering werkt alleen als er snel contact volgt. Een signaal over een betalingsachterstand is een "
      "kans om erger te voorkomen, maar die kans verdwijnt als er weken overheen gaan. " + A6 + " Daarnaast worden "
      "met ingang van diezelfde datum achterstanden bij de gemeentelijke belastingen en terugvorderingen van de "
      "afdeling Inkomen als signaal aan het team doorgegeven. De gemeentelijke invordering schort in die gevallen "
      "verdere maatregelen zes weken op, zodat het team de inwoner eerst kan spreken.",
      answers=(Answer("6", "agree", A6),)),
    P("2.4 Eén vast aanspreekpunt voorkomt dat inwoners tussen organisaties zoekraken. De casus van meneer D. in het "
      "rapport laat zien wat er mis kan gaan bij een overdracht. " + A7 + " Met de Kredietbank hebben wij "
      "afgesproken dat zij de consulent van de gemeente informeert over iedere belangrijke stap in het traject. "
      "Bij vertrek of langdurige afwezigheid van een consulent wijst de teamleider binnen vijf werkdagen een "
      "opvolger aan, die zich zelf bij de inwoner meldt.",
      answers=(Answer("7", "agree", A7),)),
    P("3.1 Een inloop dichtbij huis verlaagt de drempel om hulp te vragen. Uit het onderzoek blijkt dat het bereik "
      "in de Rietvelden en Kogerveld-Oost het laagst is en dat inwoners met begeleiding van een vrijwilliger zich "
      "eerder melden. " + A9 + " Voor de uitbreiding die de rekenkamer daarnaast voorstelt, verwijzen wij naar de "
      "kanttekeningen.",
      answers=(Answer("9", "partial", A9),)),
    P("4.1 Een eigen jongerenschuldenfonds voegt weinig toe aan de regionale aanpak. Wij delen de zorg van de "
      "rekenkamer over jongeren met schulden. Zaanwijk neemt sinds 2024 deel aan de Jongeren Perspectief Aanpak in "
      "de regio, waarin jongeren een traject naar werk of opleiding volgen terwijl de Kredietbank hun schulden "
      "saneert. Het aantal Zaanwijkse deelnemers is nog klein, maar groeit, en de aanpak wordt in 2027 regionaal "
      "geëvalueerd. Een eigen fonds zou een startkapitaal van enkele tonnen vragen en de regionale aanpak "
      "doorkruisen. " + A10,
      answers=(Answer("10", "disagree", A10),)),
    P("4.2 Budgetbeheer blijft een voorwaarde voor een schuldregeling. In een schuldregeling van drie jaar moet de "
      "inwoner rondkomen van een beperkt leefgeld, terwijl de schuldeisers erop moeten kunnen rekenen dat de "
      "afgesproken aflossing wordt betaald. Het budgetbeheer van de Kredietbank voorkomt dat tijdens de regeling "
      "nieuwe achterstanden in de vaste lasten ontstaan. Regelingen met budgetbeheer worden volgens de Kredietbank "
      "veel vaker succesvol afgerond dan regelingen zonder. " + A11 + " Wel vragen wij de Kredietbank om in haar "
      "voorlichting beter uit te leggen waarom budgetbeheer wordt gevraagd.",
      answers=(Answer("11", "disagree", A11),)),
    P("5.1 Uw raad krijgt meer zicht op de kosten en resultaten van schuldhulpverlening (aanbeveling 2). De "
      "rekenkamer heeft laten zien dat de uitgaven over drie taakvelden verspreid zijn en niet als geheel zichtbaar "
      "zijn. De programmabegroting is op verzoek van uw raad ingedeeld naar maatschappelijke effecten en niet naar "
      "afzonderlijke taken. " + A2 + " Het gaat om het aantal aanmeldingen, het bereik van vroegsignalering, de "
      "gemiddelde wachttijd, het aantal lopende trajecten en de kosten per traject.",
      answers=(Answer("2", "partial", A2),)),
    P("5.2 Inzicht in de afloop van trajecten is nodig om de uitval te kunnen terugdringen (aanbeveling 8). " + A8 +
      " Wij bewaren de gegevens van afgesloten trajecten niet langer dan noodzakelijk, en het volgen van "
      "oud-cliënten zonder hun toestemming verhoudt zich niet tot de privacyregels. Wel laten wij in 2027 en daarna "
      "eens in de twee jaar een onderzoek uitvoeren onder inwoners die eerder een traject afrondden en daarvoor "
      "toestemming gaven.",
      answers=(Answer("8", "partial", A8),)),
    P("5.3 De financiering van vroegsignalering moet structureel worden geregeld (aanbeveling 12). Zonder de extra "
      "rijksmiddelen moet het team Vroeg Eropaf vanaf 2027 met ruim de helft minder budget werken, terwijl wij het "
      "juist willen versterken. " + A12 + " Via onze vertegenwoordiger in de VNG-commissie Werk en Inkomen brengen "
      "wij het verzoek ook landelijk in.",
      answers=(Answer("12", "agree", A12),)),
    P("5.4 Aanbeveling 3 vraagt uw raad de voortgang van de schuldhulpverlening ten minste eenmaal per jaar in de "
      "commissie Samenleving te bespreken en daarbij ervaringsdeskundigen en de cliëntenraad uit te nodigen. Dit is "
      "aan uw raad. De agenda van de commissie wordt vastgesteld door de agendacommissie."),
    H2("Kanttekeningen"),
    P("2.1 Betere vroegsignalering leidt tot meer aanmeldingen. Als het team Vroeg Eropaf sneller en vaker contact "
      "legt, zullen meer inwoners zich bij het Geldloket melden. Dat is de bedoeling, maar het kan de wachttijd "
      "opnieuw onder druk zetten. Wij volgen de wachttijd daarom maandelijks. Blijkt de extra formatie niet "
      "voldoende, dan komen wij bij de kadernota 2027 bij uw raad terug."),
    P("3.1 Aanbeveling 9 is maar gedeeltelijk uitvoerbaar. Een avondspreekuur vraagt ten minste twee consulenten "
      "en beveiliging in de avonduren, met jaarlijkse kosten van ongeveer € 95.000. " + K9 + " In Kogerveld-Oost "
      "houdt het wijkteam al een spreekuur op dinsdagochtend; wij gaan na of een medewerker van het Geldloket daar "
      "incidenteel kan aansluiten. Inwoners die overdag niet kunnen, kunnen een afspraak maken voor een "
      "telefonisch of beeldgesprek na 17.00 uur.",
      answers=(Answer("9", "partial", K9),)),
    P("4.1 Zaanwijkse jongeren blijven afhankelijk van de capaciteit van de regionale aanpak. Het aantal plaatsen in "
      "de Jongeren Perspectief Aanpak is beperkt. Wij bespreken met de regiogemeenten of het aantal plaatsen in 2027 "
      "kan worden uitgebreid."),
    H2("Financiën"),
    P(F567 + " De kosten bestaan uit twee extra schuldhulpconsulenten en een spoedconsulent (samen 3,0 fte), de "
      "uitbreiding van het team Vroeg Eropaf met 1,0 fte voor huisbezoeken en een aanpassing van het "
      "cliëntvolgsysteem. Voor 2026 stellen wij voor deze kosten te dekken uit de reserve Sociaal domein, die "
      "daarvoor voldoende ruimte heeft. De structurele kosten vanaf 2027 brengen wij in bij de kadernota 2027.",
      answers=(Answer("5", "agree", F567), Answer("6", "agree", F567), Answer("7", "agree", F567))),
    P("De wekelijkse inloop in de Rietvelden wordt uitgevoerd binnen het bestaande budget van het Geldloket en de "
      "subsidie aan SchuldHulpMaatje. De kengetallen in de begroting en de registratie van de afloop van trajecten "
      "vragen geen extra middelen. " + F10,
      answers=(Answer("10", "disagree", F10),)),
    P("Het Rijk heeft voor 2023 tot en met 2026 jaarlijks € 140.000 aan extra middelen voor vroegsignalering "
      "beschikbaar gesteld. Als die middelen niet structureel worden, ontstaat vanaf 2027 een tekort van dat bedrag "
      "bovenop de hierboven genoemde structurele kosten. Dit risico nemen wij mee in de kadernota 2027."),
    H2("Vervolg"),
    P("Na besluitvorming door uw raad werkt het college de maatregelen uit in een uitvoeringsplan. De belangrijkste "
      "stappen zijn:"),
    bullets(
        "juni 2026: start werving van twee schuldhulpconsulenten en een spoedconsulent;",
        "1 september 2026: registratie van de aanmelddatum bij iedere aanmelding, contact binnen vijf werkdagen bij "
        "signalen van vroegsignalering en doorgifte van gemeentelijke signalen;",
        "september 2026: start van de wekelijkse inloop in de Rietvelden;",
        "vierde kwartaal 2026: concept-beleidsplan schuldhulpverlening 2027-2030 met streefwaarden aan de raad;",
        "1 januari 2027: registratie van de afloop van ieder traject;",
        "voorjaar 2028: eerste voortgangsbrief over de streefwaarden.",
    ),
    P(V12 + " Over de uitkomst van de gesprekken met de regiogemeenten over de Jongeren Perspectief Aanpak "
      "informeren wij u in de raadsinformatiebrief over het armoede- en schuldenbeleid van dit najaar.",
      answers=(Answer("12", "agree", V12),)),
    P("De rekenkamer heeft aangekondigd over twee jaar na te gaan wat er met de aanbevelingen is gedaan. Wij zien "
      "dat doorwerkingsonderzoek met belangstelling tegemoet."),
    P("Burgemeester en wethouders van Zaanwijk,"),
    P("de secretaris, drs. P.W. Haring"),
    P("de burgemeester, A.J. Meerman-de Wit"),
    PageBreak(),
    H2("Ontwerpbesluit"),
    P("De raad van de gemeente Zaanwijk;"),
    P("gelezen het voorstel van burgemeester en wethouders van 12 mei 2026, registratienummer Z/26/184230;"),
    P("gelet op artikel 182 van de Gemeentewet en de Verordening rekenkamer Zaanwijk 2023;"),
    P("besluit:", bold=True),
    *dictum(),
    P("Aldus besloten in de openbare vergadering van de raad van de gemeente Zaanwijk, gehouden op 25 juni 2026."),
    P("de griffier,                                        de voorzitter,"),
)

RESPONSE = Document(
    title="RAADSVOORSTEL",
    subtitle="Gemeente Zaanwijk  |  College van burgemeester en wethouders",
    blocks=RESPONSE_BLOCKS,
    running_header="Raadsvoorstel Z/26/184230  |  Reactie op 'Grip op schuldhulpverlening'",
    footer="Pagina {page} van {pages}",
    font_family="serif",
    font_size=10.5,
    title_page=False,
)

PAIR = Pair(
    name="municipal_audit_council_proposal",
    report=REPORT,
    response=RESPONSE,
    description="Rekenkamer Zaanwijk report 'Grip op schuldhulpverlening' (bestuurlijke nota with conclusions 1-6 and "
                "12 recommendations under 'Aan de raad' 1-4 and 'Aan het college' 5-12, nota van bevindingen) answered "
                "by a raadsvoorstel of the college whose numbered dictum adopts 1 and 5 tot en met 7, adopts 9 with a "
                "limitation and rejects 10 and 11; 2, 8 and 12 are decided in the arguments, 3 is left to the raad "
                "('Dit is aan uw raad') and 4 is not mentioned; the ontwerpbesluit repeats the dictum.",
)
