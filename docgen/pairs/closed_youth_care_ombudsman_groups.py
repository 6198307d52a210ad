"""Pair: a fictional report of the Kinderombudsman on children in closed youth care (gesloten jeugdhulp), answered by
a letter of the staatssecretaris van VWS to the Tweede Kamer that ends with a summary table "Overzicht".

Report layout: sans, title page with imprint, running header, chapters numbered in the heading text ("3 Wat kinderen
vertellen") with level-2 sections, footnotes, quotes of children as plain paragraphs with the speaker in brackets,
a "1." list of research questions (not recommendations), bullet lists of findings and of the research methods, a grid
table of figures (2020-2024) and a row-ruled table of survey answers, a "1." list of six conclusions in chapter 4.
The thirteen recommendations sit in chapter 5 "Aanbevelingen", numbered 1-13 continuously but grouped under four
level-2 headings by addressee: "Aan de staatssecretaris van VWS" (1-5), "Aan gemeenten" (6-8), "Aan
jeugdhulpaanbieders" (9-11) and "Aan de Inspectie Gezondheidszorg en Jeugd" (12-13), one "1." list per group with
``start`` continuing the numbering.  No recommendation is printed twice.

Response layout: a sans letter without title page (letterhead lines, "Geachte voorzitter,"), with its own theme
headings that do not follow the report's grouping: "Veiligheid zonder opsluiting", "Onderwijs",
"De stem van het kind", "Kleinschalig en dichtbij huis", "Toezicht", "Aanbevelingen aan gemeenten en
jeugdhulpaanbieders", then "Tot slot", the signature, and a table "Overzicht" (columns "Aanbeveling", "Standpunt")
with one short verdict per answered recommendation ("Overgenomen", "Deels overgenomen", "Niet overgenomen", "Niet aan
het Rijk"); recommendation 8 is missing from the table.  The prose answers some recommendations by number and some by
subject only; one paragraph answers 12 and 13 together.  The table cells with a verdict of the Rijk carry the Answer
as well (the prose comes first, so it decides); the "Niet aan het Rijk" cells take no position.

  nr addressee      gold           why
   1 VWS            agree          by subject, no cue word: the bill contains a ban on the separeerruimte per
                                   1 januari 2027
   2 VWS, OCW       partial        statutory two-week term refused, agreement on lessons within three weeks made
   3 VWS            disagree       "acht ik daarom niet wenselijk" after the existing AKJ confidential advisers
   4 VWS            disagree       "Ik zie geen ruimte ..." after sharing the analysis (more money refused)
   5 VWS            agree          "Aanbeveling 5 neem ik over." with CBS registration and publication per provider
   6 GEMEENTEN      not_addressed  passed on to gemeenten by subject ("Niet aan het Rijk"), no position
   7 GEMEENTEN      partial        no maximum travel time imposed, only exploring with the VNG
   8 GEMEENTEN      not_addressed  travel costs of parents: never mentioned, not in the table
   9 OTHER          not_addressed  passed on to providers ("Niet aan het Rijk")
  10 OTHER          agree          addressed to providers, but the bill regulates searches after an individual decision
  11 OTHER          not_addressed  existing labour-market policy described, then passed on ("Niet aan het Rijk")
  12 VWS (IGJ)      agree          agreed with the inspectorate: two unannounced visits a year, talks without staff
  13 VWS (IGJ)      partial        child version yes, the six-week term not (same paragraph as 12)
All prose and figures are fictional and written for this test set.
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


def bullets(*texts: str, style: str = "•") -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style=style)


def quote(text: str, who: str) -> Paragraph:
    return P(f"‘{text}’ ({who})")


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
    P("‘Het ergste is niet de deur. Het ergste is dat niemand je vertelt wanneer hij weer opengaat.’ Dat zei een "
      "jongen van vijftien tegen mij toen ik in het voorjaar een gesloten groep bezocht. Hij verbleef er al vier "
      "maanden. Hij wist niet waarom hij niet naar de open groep mocht, hij wist niet wanneer hij weer naar school "
      "zou gaan, en hij wist niet waar hij na zijn vertrek zou gaan wonen."),
    P("Ieder jaar worden in Nederland ruim anderhalfduizend kinderen op grond van een machtiging van de "
      "kinderrechter in een gesloten jeugdhulpinstelling geplaatst. Het gaat om kinderen die ernstig in de knel "
      "zitten: zij zijn weggelopen, slachtoffer geworden van uitbuiting, of zo in de war dat zij zichzelf of "
      "anderen in gevaar brengen. De gesloten plaatsing is bedoeld om hen te beschermen. Te vaak ervaren zij haar "
      "als straf."),
    P("Al jaren is iedereen het erover eens dat het anders moet. Er zijn minder gesloten plaatsen gekomen, de groepen "
      "zijn kleiner geworden en er wordt minder gesepareerd. Dat is winst. Maar wie met kinderen praat, hoort dat "
      "de vooruitgang aan de binnenkant van de deur nog niet overal is aangekomen. Met dit rapport wil ik hun stem "
      "laten horen, en duidelijk maken wie wat moet doen om hun rechten te waarborgen."),
    P("Ik dank de 64 kinderen en jongeren die met ons wilden praten, en de 146 die onze vragenlijst invulden. Ik "
      "dank ook de ouders, de medewerkers van de instellingen, de vertrouwenspersonen, de leraren en de "
      "gemeenteambtenaren die hun ervaringen deelden."),
    P("mr. drs. C.J. (Carolien) Haverkamp, Kinderombudsman"),
    PageBreak(),
    H("Samenvatting"),
    P("De Kinderombudsman heeft onderzocht hoe kinderen hun verblijf in de gesloten jeugdhulp ervaren en of hun "
      "rechten daar voldoende worden gewaarborgd. Het onderzoek richtte zich op de plaatsing, de toepassing van "
      "vrijheidsbeperkende maatregelen, het onderwijs, het contact met thuis, de begeleiding, de mogelijkheden om "
      "gehoord te worden en de voorbereiding op het vertrek. Wij spraken met 64 kinderen op elf locaties van zeven "
      "aanbieders, ontvingen 146 ingevulde vragenlijsten en analyseerden 80 dossiers."),
    P("De belangrijkste bevindingen zijn:"),
    bullets(
        "Het aantal kinderen in de gesloten jeugdhulp daalt, maar de gemiddelde verblijfsduur stijgt: van 142 dagen "
        "in 2020 naar 163 dagen in 2024.",
        "Afzondering in een separeerruimte komt minder vaak voor dan vijf jaar geleden, maar nog altijd ruim "
        "zevenhonderd keer per jaar. Op vier van de elf bezochte locaties is nog een separeerruimte in gebruik.",
        "Een op de drie kinderen krijgt in de eerste maand na plaatsing geen of nauwelijks onderwijs. Wie op "
        "havo- of vwo-niveau leert, krijgt vaak lesstof die daar niet bij past.",
        "Kinderen worden gemiddeld 71 kilometer van huis geplaatst; een op de vijf meer dan 120 kilometer. Voor "
        "ouders met een laag inkomen is regelmatig bezoek dan niet te betalen.",
        "Kinderen noemen een vaste begeleider die hen kent als het belangrijkste dat hen helpt. In de dossiers telden "
        "wij gemiddeld negen verschillende begeleiders in de eerste maand.",
        "Veel kinderen weten niet dat zij een klacht kunnen indienen of een vertrouwenspersoon kunnen spreken, of "
        "zij denken dat het toch geen zin heeft.",
        "Bij vertrek is voor bijna de helft van de kinderen nog niet geregeld waar zij gaan wonen of naar school "
        "gaan.",
    ),
    P("De Kinderombudsman concludeert dat de gesloten jeugdhulp kinderen nog onvoldoende biedt waar zij recht op "
      "hebben: bescherming zonder onnodige vrijheidsbeperking, onderwijs, contact met hun familie, een vaste "
      "begeleider en een goede voorbereiding op het leven na de gesloten plaatsing. Hij doet dertien aanbevelingen, "
      "gericht aan de staatssecretaris van Volksgezondheid, Welzijn en Sport, aan gemeenten, aan "
      "jeugdhulpaanbieders en aan de Inspectie Gezondheidszorg en Jeugd. De aanbevelingen staan in hoofdstuk 5."),
    PageBreak(),
    H("1 Inleiding"),
    H2("1.1 Aanleiding"),
    P("Gesloten jeugdhulp is de zwaarste vorm van jeugdhulp die de Jeugdwet kent. Een kind mag alleen in een "
      "gesloten accommodatie worden opgenomen als de kinderrechter daarvoor een machtiging heeft afgegeven. De "
      "rechter geeft die machtiging alleen af als de opneming noodzakelijk is om te voorkomen dat het kind zich aan "
      "de zorg die het nodig heeft onttrekt of daaraan door anderen wordt onttrokken, en als er ernstige "
      "belemmeringen zijn in de ontwikkeling naar volwassenheid.", footnotes=(
        "Artikel 6.1.2 van de Jeugdwet. In dit rapport spreken wij van kinderen; het gaat om jeugdigen tot achttien "
        "jaar en in sommige gevallen tot drieëntwintig jaar.",)),
    P("In 2019 spraken het Rijk, gemeenten en aanbieders in het Actieplan Jeugd af dat de gesloten jeugdhulp "
      "kleinschaliger moest worden en dat het aantal gesloten plaatsingen zou worden teruggebracht. In de "
      "Hervormingsagenda Jeugd van 2023 is de ambitie uitgesproken dat in 2030 geen kind meer in een gesloten "
      "groep van meer dan acht kinderen verblijft en dat separeren dan tot het verleden behoort. Het wetsvoorstel "
      "over de rechtspositie van kinderen in de gesloten jeugdhulp ligt sinds 2022 in concept klaar, maar is nog "
      "niet bij de Tweede Kamer ingediend."),
    P("De Kinderombudsman ontving de afgelopen jaren klachten en signalen van kinderen, ouders en "
      "vertrouwenspersonen over het verblijf in de gesloten jeugdhulp. Die gingen over lange periodes in een "
      "afzonderingsruimte, over onderwijs dat wekenlang uitbleef en over kinderen die niet wisten waarom zij een "
      "maatregel kregen. Omdat deze signalen zich niet tot één instelling beperkten, besloot de Kinderombudsman in "
      "2024 tot een onderzoek uit eigen beweging."),
    H2("1.2 Onderzoeksvragen"),
    P("De centrale vraag luidt: in hoeverre worden de rechten van kinderen in de gesloten jeugdhulp gewaarborgd, "
      "en wat is er nodig om dat te verbeteren? Wij hebben die vraag uitgewerkt in de volgende deelvragen:"),
    ItemList(items=(
        ListItem("Hoe ervaren kinderen hun plaatsing in de gesloten jeugdhulp en de manier waarop zij daarover worden "
                 "geïnformeerd?"),
        ListItem("Hoe vaak en op welke wijze worden vrijheidsbeperkende maatregelen toegepast, en hoe ervaren "
                 "kinderen die?"),
        ListItem("Krijgen kinderen het onderwijs waar zij recht op hebben, en kunnen zij contact houden met hun "
                 "ouders, broers en zussen?"),
        ListItem("Kunnen kinderen hun stem laten horen, over hun eigen behandeling en over wat hen niet bevalt?"),
        ListItem("Hoe wordt het vertrek uit de gesloten jeugdhulp voorbereid?"),
    ), style="1."),
    H2("1.3 Werkwijze"),
    P("Het onderzoek is uitgevoerd tussen oktober 2024 en mei 2025. Het bestond uit de volgende onderdelen:"),
    bullets(
        "gesprekken met 64 kinderen van twaalf tot negentien jaar op elf locaties van zeven aanbieders, meestal "
        "individueel en een enkele keer in een groepje, zonder dat begeleiders aanwezig waren;",
        "een vragenlijst, op papier en online, die door 146 kinderen is ingevuld;",
        "een analyse van 80 geanonimiseerde dossiers, waaronder de registraties van vrijheidsbeperkende maatregelen;",
        "gesprekken met 41 professionals: begeleiders, gedragswetenschappers, leraren, vertrouwenspersonen van "
        "het Advies- en Klachtenbureau Jeugdzorg (AKJ), medewerkers van zes gemeenten en twee jeugdrechters;",
        "een bijeenkomst met twaalf ouders en een rondetafelgesprek met ervaringsdeskundige jongeren.",
    ),
    P("De citaten in dit rapport zijn letterlijk overgenomen uit de gesprekken, soms licht ingekort. Om de kinderen "
      "niet herkenbaar te maken, noemen wij alleen hun leeftijd en of zij een jongen of een meisje zijn. De namen "
      "van de bezochte locaties zijn niet genoemd; het onderzoek gaat over het stelsel, niet over één instelling. "
      "De aanbieders en de betrokken bewindspersonen hebben het conceptrapport kunnen inzien op feitelijke "
      "onjuistheden."),
    H2("1.4 Leeswijzer"),
    P("Hoofdstuk 2 beschrijft de gesloten jeugdhulp in cijfers en het wettelijk kader. Hoofdstuk 3 geeft weer wat "
      "kinderen ons vertelden, aangevuld met wat wij in de dossiers en in de gesprekken met professionals zagen. "
      "Hoofdstuk 4 bevat de conclusies en hoofdstuk 5 de aanbevelingen."),
    PageBreak(),
    H("2 Gesloten jeugdhulp in cijfers"),
    H2("2.1 Hoeveel kinderen, en hoe lang"),
    P("Het aantal kinderen dat in de loop van een jaar in de gesloten jeugdhulp verblijft, is tussen 2020 en 2024 "
      "met ongeveer een kwart gedaald. Het aantal afzonderingen in een separeerruimte daalde sterker, met ruim 40 "
      "procent. Daar staat tegenover dat kinderen langer blijven. Professionals wijten dat vooral aan het gebrek aan "
      "vervolgplekken: een kind dat klaar is voor een open groep of een gezinshuis, wacht op een plek en blijft "
      "zolang achter de gesloten deur."),
    Table(
        header=("Jaar", "Kinderen in gesloten jeugdhulp", "Nieuwe machtigingen", "Afzonderingen in separeerruimte",
                "Gemiddelde verblijfsduur (dagen)"),
        rows=(
            ("2020", "2.140", "1.620", "1.310", "142"),
            ("2021", "2.010", "1.540", "1.190", "148"),
            ("2022", "1.880", "1.430", "1.020", "151"),
            ("2023", "1.720", "1.310", "870", "156"),
            ("2024", "1.610", "1.220", "760", "163"),
        ),
        widths=(0.8, 1.6, 1.4, 1.7, 1.7),
        rules="grid",
    ),
    P("Bron: Jeugdmonitor, registraties van aanbieders, bewerking Kinderombudsman. De cijfers over afzonderingen "
      "zijn een ondergrens: twee aanbieders registreren een afzondering op de eigen kamer niet als afzondering, en "
      "de definities verschillen per aanbieder.", footnotes=(
        "Sommige aanbieders tellen een afzondering die in een nacht wordt onderbroken en de volgende ochtend wordt "
        "voortgezet als één maatregel, andere als twee. Een landelijke definitie ontbreekt.",)),
    P("Ongeveer 55 procent van de kinderen in de gesloten jeugdhulp is een meisje. Bijna de helft heeft eerder in "
      "een open voorziening of een pleeggezin gewoond, en een op de vijf is al eerder gesloten geplaatst geweest. "
      "Bij ruim een derde van de meisjes speelt seksuele uitbuiting of het risico daarop een rol bij de "
      "plaatsing."),
    H2("2.2 Het wettelijk kader"),
    P("De Jeugdwet regelt wanneer een kind gesloten mag worden geplaatst en welke vrijheidsbeperkende maatregelen "
      "de aanbieder mag toepassen: onder meer het beperken van de bewegingsvrijheid, afzondering, fixatie, het "
      "onderzoek aan lichaam of kleding en het controleren van de kamer en van post. Iedere maatregel moet "
      "noodzakelijk, proportioneel en zo kort mogelijk zijn, en moet in het hulpverleningsplan zijn opgenomen of "
      "achteraf aan de ouders worden gemeld. Tegen een maatregel kan het kind een klacht indienen bij de "
      "klachtencommissie van de aanbieder."),
    P("Gemeenten zijn verantwoordelijk voor de inkoop van gesloten jeugdhulp. Omdat het om een kleine en dure vorm "
      "van zorg gaat, kopen zij die in regionaal of landelijk verband in. De Inspectie Gezondheidszorg en Jeugd "
      "houdt toezicht op de kwaliteit. Zij bezocht in 2024 negen van de veertien locaties; vier daarvan "
      "onaangekondigd."),
    P("Het Internationaal Verdrag inzake de rechten van het kind bepaalt dat vrijheidsbeneming van een kind alleen "
      "als uiterste maatregel en voor de kortst mogelijke duur mag worden toegepast, en dat een kind dat van zijn "
      "vrijheid is beroofd contact met zijn familie moet kunnen onderhouden. Het VN-Kinderrechtencomité heeft "
      "Nederland in 2022 opgeroepen het gebruik van afzondering van kinderen in de jeugdzorg te beëindigen."),
    H("3 Wat kinderen vertellen"),
    H2("3.1 Aankomen"),
    P("De meeste kinderen herinneren zich de dag van hun plaatsing precies. Veel van hen werden opgehaald door de "
      "politie of door een vervoersdienst, soms midden in de nacht. Een derde van de kinderen die wij spraken, "
      "wist bij aankomst niet dat het om een gesloten groep ging. Slechts een kwart zegt dat iemand in de eerste "
      "week heeft uitgelegd waarom zij daar waren en wat er moest gebeuren om weer weg te mogen."),
    quote("Ik dacht dat ik naar een logeerhuis ging. Toen ik mijn schoenen uit moest doen en ze mijn telefoon "
          "pakten, snapte ik het.", "meisje, 14 jaar"),
    quote("Mijn voogd kwam pas na drie weken. Ik had zoveel vragen, maar er was niemand die ze kon "
          "beantwoorden.", "jongen, 16 jaar"),
    P("In de dossiers zagen wij dat het hulpverleningsplan bij de helft van de kinderen na zes weken nog niet was "
      "besproken met het kind zelf. Kinderen ervaren de eerste weken daardoor als een wachtkamer, waarin zij "
      "vooral leren wat niet mag."),
    H2("3.2 Veiligheid en vrijheidsbeperking"),
    P("Kinderen begrijpen dat begeleiders soms moeten ingrijpen als iemand zichzelf of een ander pijn doet. Wat zij "
      "niet begrijpen, is dat zij soms uren of zelfs dagen in een kale ruimte moeten blijven. Van de 146 kinderen "
      "die de vragenlijst invulden, waren er 58 ten minste één keer in een separeerruimte geplaatst. Zij beschrijven "
      "dat als beangstigend en vernederend. Wie er eenmaal in heeft gezeten, is volgens hen vooral bezig de "
      "volgende keer te voorkomen, niet met de eigen behandeling."),
    quote("Je zit daar met alleen een matras. Je moet op de deur kloppen als je naar de wc moet. Ik heb daar twee "
          "dagen gezeten en niemand heeft met me gepraat over waarom.", "meisje, 15 jaar"),
    quote("Ze zeiden dat het voor mijn eigen veiligheid was. Maar ik voelde me daar het onveiligst van "
          "allemaal.", "jongen, 17 jaar"),
    P("Op vier van de elf locaties die wij bezochten, is nog een separeerruimte in gebruik. Op de andere locaties "
      "is die afgeschaft of omgebouwd tot een prikkelarme kamer die het kind zelf kan verlaten. Medewerkers van die "
      "locaties vertelden dat het aantal incidenten na de afschaffing niet is gestegen. Volgens hen was vooral een "
      "andere houding nodig: eerder in gesprek gaan, met meer begeleiders op de groep, en de-escaleren."),
    P("Een tweede punt dat kinderen veel noemen, is het fouilleren en het doorzoeken van hun kamer. Op zes locaties "
      "gebeurt dat standaard na ieder bezoek of verlof, ongeacht of er een aanleiding is. Meisjes die slachtoffer "
      "zijn geweest van seksueel geweld, ervaren een visitatie als zeer ingrijpend. In de dossiers vonden wij zelden "
      "een onderbouwing van waarom een onderzoek aan lichaam of kleding in het individuele geval nodig was."),
    quote("Iedere keer als mijn moeder op bezoek was geweest, moest ik me omkleden terwijl er iemand bij stond. "
          "Op den duur wilde ik liever geen bezoek meer.", "meisje, 16 jaar"),
    P("Het ontbreken van een landelijke registratie maakt het lastig om te zien hoe vaak welke maatregel wordt "
      "toegepast. Aanbieders houden de maatregelen bij in hun eigen systemen en met eigen definities. De inspectie "
      "vraagt de cijfers op bij haar bezoeken, maar kan ze niet vergelijken. Een landelijk beeld van fixaties, "
      "fouilleringen en kamercontroles ontbreekt volledig."),
    Table(
        header=("Stelling (n = 146)", "Eens", "Neutraal", "Oneens"),
        rows=(
            ("Ik weet waarom ik hier ben", "58%", "17%", "25%"),
            ("Ik voel me veilig op de groep", "49%", "26%", "25%"),
            ("Als ik een maatregel krijg, wordt mij uitgelegd waarom", "31%", "22%", "47%"),
            ("Ik heb een begeleider die mij goed kent", "44%", "21%", "35%"),
            ("Ik weet hoe ik een klacht kan indienen", "39%", "14%", "47%"),
            ("Ik weet waar ik ga wonen als ik hier weg ga", "36%", "19%", "45%"),
        ),
        widths=(4.0, 1.0, 1.0, 1.0),
        rules="rows",
    ),
    P("Tabel: antwoorden van kinderen op de vragenlijst van de Kinderombudsman, voorjaar 2025."),
    H2("3.3 Onderwijs en dagbesteding"),
    P("Ieder kind in Nederland heeft recht op onderwijs, ook als het gesloten is geplaatst. In de praktijk gaat een "
      "kind op het terrein van de instelling naar een school voor speciaal onderwijs die aan de instelling is "
      "verbonden. Die scholen doen hun best, maar zijn niet ingericht op leerlingen die examen moeten doen op havo- "
      "of vwo-niveau. Kinderen vertellen dat zij zinnen moesten overschrijven of de hele ochtend werkbladen kregen die "
      "zij twee jaar eerder al hadden gemaakt."),
    quote("Ik zat in 4 havo. Hier kreeg ik rekenen van groep 8. Ik heb het examenjaar gewoon gemist.",
          "jongen, 17 jaar"),
    P("Uit de dossiers blijkt dat een op de drie kinderen in de eerste maand na plaatsing geen of minder dan tien "
      "uur per week les kreeg. Scholen wachten op de gegevens van de vorige school en op een beslissing over de "
      "groep waarin het kind komt. Het contact met de eigen school wordt zelden onderhouden, waardoor een kind na "
      "vertrek vaak niet terug kan."),
    P("Buiten de schooluren is er weinig te doen. Op drie locaties konden kinderen niet iedere dag naar buiten, "
      "omdat er niet genoeg begeleiders waren om hen op de binnenplaats of het sportveld te begeleiden. Kinderen met "
      "een beperkende maatregel bleven soms dagenlang binnen."),
    quote("In de zomer zijn we een week niet buiten geweest. Er was niemand om mee te gaan.", "meisje, 13 jaar"),
    H2("3.4 Contact met thuis"),
    P("Kinderen missen hun ouders, broers en zussen, en vaak ook hun vrienden en hun huisdier. Gesloten instellingen "
      "staan niet in iedere regio. Wij berekenden dat de kinderen in onze dossiers gemiddeld 71 kilometer van hun "
      "ouderlijk huis waren geplaatst, en een op de vijf meer dan 120 kilometer. Met het openbaar vervoer betekent "
      "dat voor ouders een reis van twee tot vier uur per richting."),
    P("Ouders met een laag inkomen kunnen de reiskosten vaak niet opbrengen. Sommige gemeenten vergoeden die "
      "kosten, andere niet, en weer andere alleen als ouders dat zelf aanvragen en bonnetjes bewaren. Ouders die "
      "wij spraken, wisten meestal niet dat een vergoeding mogelijk was."),
    quote("Mijn moeder kan maar één keer per maand komen, want de trein kost veertig euro. Mijn broertje heb ik "
          "sinds de kerst niet gezien.", "jongen, 14 jaar"),
    H2("3.5 Begeleiders"),
    P("Als wij kinderen vroegen wat hen het meest helpt, was het antwoord vrijwel altijd een begeleider: iemand die "
      "hen kent, die er ook morgen is, die niet alleen zegt wat niet mag. Die vaste begeleider is er lang niet "
      "altijd. De aanbieders kampen met een hoog verloop en veel ziekteverzuim, en vullen de roosters aan met "
      "uitzendkrachten en invallers. In de dossiers telden wij gemiddeld negen verschillende begeleiders in de eerste "
      "maand van een plaatsing; bij één kind waren het er zeventien."),
    quote("Elke keer als ik iemand een beetje vertrouwde, was die weg. Dan moest ik mijn verhaal weer opnieuw "
          "vertellen.", "meisje, 16 jaar"),
    P("Begeleiders zelf vertelden dat zij het werk zwaar vinden en dat zij te weinig tijd hebben voor persoonlijk "
      "contact. Een aantal van hen gaf aan dat zij met meer collega's op de groep minder vaak zouden hoeven "
      "ingrijpen. Twee aanbieders werken inmiddels met een vast mentorsysteem, waarbij ieder kind een vaste "
      "begeleider en een vaste vervanger heeft; kinderen op die locaties waren merkbaar positiever."),
    H2("3.6 Gehoord worden"),
    P("Kinderen in de gesloten jeugdhulp hebben het recht om een klacht in te dienen en om een vertrouwenspersoon "
      "van het AKJ te spreken. Toch weet bijna de helft van de kinderen die de vragenlijst invulden niet hoe een "
      "klacht werkt. Wie het wel weet, ziet er vaak van af: uit angst dat het de relatie met de begeleiders "
      "schaadt, of omdat de klachtencommissie pas na weken uitspraak doet, als de maatregel allang voorbij is."),
    P("De vertrouwenspersonen zijn wekelijks op de meeste locaties aanwezig, maar kinderen moeten zelf om een "
      "gesprek vragen, meestal via een begeleider. Vertrouwenspersonen vertelden ons dat zij nieuwe kinderen niet "
      "altijd te zien krijgen, omdat zij niet horen wie er is geplaatst. Kinderen noemden ook dat zij bij de "
      "rechter die over de verlenging van hun machtiging beslist, weinig ruimte voelen om hun kant te vertellen."),
    quote("Een klacht? Dan ben je toch degene die moeilijk doet. Ik wacht gewoon tot ik weg mag.",
          "jongen, 15 jaar"),
    P("Het toezicht van de inspectie is voor kinderen grotendeels onzichtbaar. Van de kinderen die wij spraken, "
      "wisten er vijf dat de inspectie weleens langskwam; niemand had met een inspecteur gesproken. De rapporten "
      "van de inspectie zijn geschreven voor bestuurders en worden soms pas maanden na het bezoek gepubliceerd."),
    H2("3.7 Vertrek"),
    P("Het einde van een gesloten plaatsing is een kwetsbaar moment. Bij bijna de helft van de dossiers was bij "
      "vertrek nog niet geregeld waar het kind zou wonen, naar welke school het zou gaan of wie de begeleiding "
      "zou overnemen. Jongeren die achttien worden, vallen daarbij het vaakst tussen wal en schip. Professionals "
      "wijzen naar het tekort aan vervolgplekken en naar gemeenten die pas aan het eind van de plaatsing gaan "
      "zoeken."),
    quote("Op vrijdag hoorde ik dat ik maandag weg mocht. Naar een groep in een stad waar ik niemand ken.",
          "meisje, 17 jaar"),
    H("4 Conclusies"),
    P("Op grond van wat kinderen ons vertelden en wat wij zagen in de dossiers en de gesprekken met professionals, "
      "komt de Kinderombudsman tot de volgende conclusies."),
    ItemList(items=(
        ListItem("De gesloten jeugdhulp is de afgelopen jaren kleiner en minder repressief geworden, maar de "
                 "verbetering is ongelijk verdeeld over de locaties. Waar een kind terechtkomt, bepaalt nog te veel "
                 "hoe het wordt behandeld."),
        ListItem("Afzondering in een separeerruimte en standaard fouillering en visitatie zijn in strijd met de "
                 "eis dat vrijheidsbeperking noodzakelijk, proportioneel en zo kort mogelijk moet zijn. Locaties "
                 "die ermee zijn gestopt, laten zien dat het anders kan."),
        ListItem("Het recht op onderwijs wordt onvoldoende gewaarborgd, vooral in de eerste weken na plaatsing en "
                 "voor kinderen op een hoger niveau."),
        ListItem("Plaatsing ver van huis en het ontbreken van een vergoeding van reiskosten belemmeren het recht "
                 "van kinderen op contact met hun familie."),
        ListItem("Kinderen worden te weinig gehoord: over hun eigen behandeling, over maatregelen die hen worden "
                 "opgelegd, en door de instanties die toezicht houden."),
        ListItem("Er is geen landelijk beeld van de toepassing van vrijheidsbeperkende maatregelen, waardoor noch "
                 "de politiek noch de toezichthouder kan zien of de afbouw slaagt."),
    ), style="1."),
    P("Deze conclusies zijn niet nieuw. Eerdere rapporten van de inspectie en van onderzoeksbureaus kwamen tot "
      "vergelijkbare bevindingen. Dat maakt het des te dringender dat alle partijen nu doen wat van hen wordt "
      "gevraagd."),
    PageBreak(),
    H("5 Aanbevelingen"),
    P("De Kinderombudsman doet dertien aanbevelingen. Zij zijn doorlopend genummerd en gegroepeerd naar de partij "
      "die aan zet is. Sommige aanbevelingen vragen om samenwerking; in dat geval staat de aanbeveling bij de "
      "partij die het initiatief moet nemen."),
    H2("Aan de staatssecretaris van VWS"),
    recs(1,
         ("Verbied in de Jeugdwet met ingang van 1 januari 2027 het afzonderen van kinderen in een separeerruimte in "
          "de gesloten jeugdhulp, en zorg dat de bestaande separeerruimtes vóór die datum buiten gebruik worden "
          "gesteld.", ("VWS",)),
         ("Zorg samen met de minister van Onderwijs, Cultuur en Wetenschap dat ieder kind uiterlijk twee weken na "
          "plaatsing onderwijs volgt dat past bij zijn niveau, en leg die termijn wettelijk vast.", ("VWS", "OCW")),
         ("Stel een onafhankelijke landelijke kinderrechtenbehartiger in die ieder kind binnen een week na plaatsing "
          "uit zichzelf bezoekt, uitlegt welke rechten het heeft en het kind zo nodig bijstaat bij een klacht of "
          "bij de rechter.", ("VWS",)),
         ("Stel structureel extra middelen beschikbaar voor de ombouw naar kleinschalige gesloten voorzieningen, "
          "zodat het tempo van de afbouw niet afhangt van de financiële ruimte van individuele aanbieders en "
          "regio's.", ("VWS",)),
         ("Zorg voor een landelijke, uniforme registratie van alle vrijheidsbeperkende maatregelen in de gesloten "
          "jeugdhulp en maak de cijfers jaarlijks per aanbieder openbaar.", ("VWS",)),
         ),
    H2("Aan gemeenten"),
    recs(6,
         ("Zorg dat voor ieder kind uiterlijk vier weken na plaatsing een perspectiefplan ligt met afspraken over "
          "wonen, school en begeleiding na het vertrek uit de gesloten jeugdhulp, en begin direct met het zoeken "
          "naar een vervolgplek.", ("GEMEENTEN",)),
         ("Maak in de regionale en landelijke inkoop afspraken die ervoor zorgen dat een kind niet verder dan een "
          "uur reizen van zijn ouders wordt geplaatst, tenzij zijn veiligheid een plaatsing verder weg vereist.",
          ("GEMEENTEN",)),
         ("Vergoed de reiskosten van ouders, broers en zussen voor ten minste één bezoek per week, zonder dat zij "
          "daarvoor een aparte aanvraag hoeven te doen.", ("GEMEENTEN",)),
         ),
    H2("Aan jeugdhulpaanbieders"),
    recs(9,
         ("Zorg dat ieder kind iedere dag ten minste een uur buiten kan zijn, ook als het een beperkende maatregel "
          "heeft.", ("OTHER",)),
         ("Stop met het standaard fouilleren, visiteren en doorzoeken van kamers; doe dat alleen na een "
          "individuele afweging die wordt vastgelegd en met het kind wordt besproken.", ("OTHER",)),
         ("Geef ieder kind een vaste mentor en een vaste vervanger, en richt de roosters zo in dat een kind in de "
          "eerste maand niet meer dan vier verschillende begeleiders heeft.", ("OTHER",)),
         ),
    H2("Aan de Inspectie Gezondheidszorg en Jeugd"),
    recs(12,
         ("Bezoek iedere locatie voor gesloten jeugdhulp ten minste twee keer per jaar onaangekondigd en spreek "
          "daarbij altijd met kinderen zonder dat begeleiders aanwezig zijn.", ("VWS",)),
         ("Publiceer van ieder bezoek binnen zes weken een versie van het rapport die voor kinderen begrijpelijk "
          "is, en zorg dat die op de groep wordt besproken.", ("VWS",)),
         ),
    P("De Kinderombudsman vraagt de staatssecretaris binnen drie maanden na publicatie van dit rapport te laten "
      "weten wat met de aanbevelingen wordt gedaan, ook voor zover zij zijn gericht aan gemeenten, aanbieders en de "
      "inspectie. Over een jaar gaat de Kinderombudsman opnieuw in gesprek met kinderen op de gesloten groepen, om "
      "na te gaan of zij verschil merken."),
    PageBreak(),
    H("Bijlage 1 Verantwoording"),
    P("De gesprekken met kinderen zijn gevoerd door twee onderzoekers van de Kinderombudsman, van wie één "
      "ervaringsdeskundige. Kinderen konden zelf kiezen of zij wilden meedoen; ouders of voogd zijn vooraf "
      "geïnformeerd. Na afloop van ieder bezoek kregen de kinderen een brief met de contactgegevens van de "
      "Kinderombudsman en van het AKJ."),
    P("De vragenlijst is ontwikkeld samen met een klankbordgroep van zes jongeren die eerder gesloten geplaatst "
      "waren. De respons is niet representatief in statistische zin: kinderen met een beperkende maatregel konden de "
      "lijst niet altijd invullen, en op twee locaties was de respons laag. De uitkomsten geven wel een beeld dat "
      "aansluit bij wat wij in de gesprekken hoorden."),
    P("Voor de dossieranalyse hebben de aanbieders op verzoek van de Kinderombudsman geanonimiseerde dossiers "
      "aangeleverd van kinderen die in 2024 zijn vertrokken, in een willekeurige steekproef per locatie."),
    H("Bijlage 2 Begrippen"),
    bullets(
        "Machtiging gesloten jeugdhulp: de beslissing van de kinderrechter die een gesloten plaatsing toestaat, "
        "voor ten hoogste een jaar.",
        "Afzondering: het verblijf van een kind in een afgesloten ruimte, zoals een separeerruimte of de eigen "
        "kamer, die het niet zelf mag verlaten.",
        "Visitatie: onderzoek aan het lichaam of de kleding van het kind, waarbij het zich moet ontkleden.",
        "Perspectiefplan: het plan waarin staat waar het kind na de gesloten plaatsing gaat wonen en welke hulp "
        "het dan krijgt.",
        "AKJ: het Advies- en Klachtenbureau Jeugdzorg, dat de vertrouwenspersonen in de jeugdhulp levert.",
        style="–",
    ),
)

REPORT = Document(
    title="Achter de tweede deur",
    subtitle="Kinderen over hun verblijf in de gesloten jeugdhulp, en wat er moet veranderen",
    blocks=REPORT_BLOCKS,
    running_header="De Kinderombudsman  |  Achter de tweede deur  |  KOM014/2025",
    footer="{page}",
    font_family="sans",
    font_size=10.5,
    imprint=("De Kinderombudsman", "Rapportnummer KOM014/2025", "Den Haag, 7 oktober 2025"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV1 = ("In het wetsvoorstel rechtspositie gesloten jeugdhulp, dat ik vóór de zomer bij uw Kamer indien, neem ik een "
       "verbod op afzondering in een separeerruimte op dat op 1 januari 2027 in werking treedt.")
EV10 = ("Ik leg daarom in hetzelfde wetsvoorstel vast dat fouilleren, visiteren en het doorzoeken van de kamer alleen "
        "zijn toegestaan na een individuele beslissing van de jeugdhulpverantwoordelijke, die schriftelijk wordt "
        "vastgelegd en met de jeugdige wordt besproken.")
EV5 = "Aanbeveling 5 neem ik over."
EV2 = ("Een wettelijke termijn van twee weken neem ik niet over, maar de minister van OCW en ik spreken met de "
       "scholen en de aanbieders af dat ieder kind uiterlijk in de derde week na plaatsing weer les krijgt op het "
       "eigen niveau.")
EV3 = "Een nieuwe landelijke kinderrechtenbehartiger naast de vertrouwenspersonen van het AKJ acht ik daarom niet wenselijk."
EV4 = "Ik zie geen ruimte om daarbovenop structureel extra middelen beschikbaar te stellen."
EV7 = ("Een maximale reistijd kan ik gemeenten op dit moment niet opleggen; wel verken ik met de VNG en de regio's "
       "of de landelijke inkoopafspraken zo kunnen worden aangepast dat een plaatsing ver van huis de uitzondering "
       "wordt.")
EV12 = ("Ik heb met de inspectie afgesproken dat zij vanaf 1 april 2026 iedere locatie voor gesloten jeugdhulp ten "
        "minste twee keer per jaar onaangekondigd bezoekt, en dat inspecteurs bij ieder bezoek met jongeren spreken "
        "zonder dat begeleiders aanwezig zijn.")
EV13 = ("Ook maakt de inspectie voortaan bij ieder rapport over een gesloten locatie een korte versie in "
        "begrijpelijke taal voor de jongeren, die de aanbieder op de groep moet bespreken, maar aan een vaste termijn "
        "van zes weken verbindt zij zich niet, omdat de aanbieder eerst op het rapport moet kunnen reageren.")

RESPONSE_BLOCKS = (
    P("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal"),
    P("Postbus 20018, 2500 EA DEN HAAG"),
    P("Datum: 27 januari 2026"),
    P("Kenmerk: 4290117-1103562-J"),
    P("Betreft: Reactie op het rapport 'Achter de tweede deur' van de Kinderombudsman"),
    P("Geachte voorzitter,"),
    P("Op 7 oktober 2025 heeft de Kinderombudsman het rapport 'Achter de tweede deur' gepubliceerd. Het rapport "
      "beschrijft hoe kinderen hun verblijf in de gesloten jeugdhulp ervaren. De Kinderombudsman heeft daarvoor met "
      "64 kinderen gesproken en de ervaringen van 146 kinderen via een vragenlijst verzameld. Hij doet dertien "
      "aanbevelingen, gericht aan mij, aan gemeenten, aan jeugdhulpaanbieders en aan de Inspectie Gezondheidszorg "
      "en Jeugd. Met deze brief geef ik, voor het onderwijs mede namens de minister van Onderwijs, Cultuur en "
      "Wetenschap, mijn reactie op het rapport."),
    P("Allereerst wil ik de kinderen en jongeren bedanken die hun verhaal hebben gedeeld. Het vraagt moed om te "
      "vertellen over de dag dat je werd opgehaald, of over de uren in een kale kamer. Hun woorden maken duidelijk "
      "dat wij als overheid, gemeenten en aanbieders nog een weg te gaan hebben. Ik dank ook de Kinderombudsman, "
      "die de kinderen op een zorgvuldige manier aan het woord heeft gelaten."),
    P("De beweging die de Kinderombudsman beschrijft, herken ik. Het aantal kinderen in de gesloten jeugdhulp is "
      "sinds 2020 met een kwart gedaald, de groepen zijn kleiner en er wordt minder gesepareerd. In de "
      "Hervormingsagenda Jeugd hebben het Rijk, gemeenten, aanbieders en cliëntorganisaties afgesproken dat de "
      "gesloten jeugdhulp in 2030 volledig kleinschalig is. Tegelijk laat het rapport zien dat de beweging aan de "
      "binnenkant van de deur trager gaat dan wij wilden. Ik ga hieronder per thema in op de aanbevelingen."),
    P("Een aantal aanbevelingen raakt aan het wetsvoorstel rechtspositie gesloten jeugdhulp. Dat wetsvoorstel "
      "regelt welke vrijheidsbeperkende maatregelen een aanbieder mag toepassen, wie daarover beslist en hoe "
      "jeugdigen daartegen kunnen opkomen. Na de internetconsultatie in 2024 heb ik het voorstel op een aantal "
      "punten aangescherpt; het advies van de Afdeling advisering van de Raad van State verwacht ik in het voorjaar. "
      "Waar ik hieronder aankondig iets in het wetsvoorstel te regelen, gaat het om die aanscherpingen."),
    H2("Veiligheid zonder opsluiting"),
    P("De verhalen van kinderen over de separeerruimte hebben mij geraakt. Een kind dat in de knel zit, heeft "
      "iemand nodig die bij hem blijft, geen matras in een afgesloten ruimte. De locaties die al zonder "
      "separeerruimte werken, laten zien dat dit kan zonder dat de veiligheid op de groep afneemt. " + EV1 + " Tot "
      "die datum vraag ik de aanbieders om iedere afzondering binnen 24 uur met het kind en de ouders na te "
      "bespreken, en ondersteun ik de locaties die nog een separeerruimte gebruiken met het expertiseteam dat "
      "Jeugdzorg Nederland met mijn financiering heeft opgezet.",
      answers=(Answer("1", "agree", EV1),)),
    P("Het rapport beschrijft ook dat op een aantal locaties ieder kind na bezoek of verlof wordt gefouilleerd of "
      "gevisiteerd. Aanbeveling 10 is gericht aan de aanbieders, maar de Jeugdwet bepaalt welke maatregelen zij "
      "mogen toepassen en onder welke voorwaarden. " + EV10 + " Een standaardprotocol dat voor alle jeugdigen op "
      "een groep geldt, is dan niet langer toegestaan.",
      answers=(Answer("10", "agree", EV10),)),
    P("Om te kunnen volgen of de afbouw van vrijheidsbeperking slaagt, is een betrouwbaar landelijk beeld nodig. "
      "Dat ontbreekt nu, zoals de Kinderombudsman terecht vaststelt. " + EV5 + " Samen met Jeugdzorg Nederland, "
      "de inspectie en het CBS stel ik dit jaar één landelijke definitie vast voor iedere vrijheidsbeperkende "
      "maatregel. Vanaf 1 januari 2027 leveren aanbieders hun registraties op basis van die definities aan het CBS, "
      "en ik publiceer de cijfers vanaf 2028 ieder jaar per aanbieder. De verplichting tot aanlevering neem ik op in "
      "de Regeling Jeugdwet.",
      answers=(Answer("5", "agree", EV5),)),
    H2("Onderwijs"),
    P("Kinderen die gesloten zijn geplaatst, hebben net als ieder ander kind recht op onderwijs. Het beeld uit het "
      "rapport, van een leerling uit 4 havo die rekenen van groep 8 krijgt, is niet acceptabel. De minister van OCW "
      "en ik delen de analyse dat vooral de eerste weken na plaatsing en het onderwijs aan leerlingen op een hoger "
      "niveau tekortschieten. De belangrijkste oorzaken zijn het late overdragen van gegevens door de vorige school "
      "en het tekort aan leraren in het speciaal onderwijs."),
    P(EV2 + " Een wettelijke termijn biedt naar ons oordeel geen oplossing voor een tekort aan leraren, en kan ertoe "
      "leiden dat een kind snel in een klas wordt geplaatst die niet bij hem past. De afspraak wordt onderdeel van "
      "het convenant onderwijs en jeugdhulp dat in het voorjaar van 2026 wordt ondertekend. Daarnaast gaan de "
      "scholen bij gesloten instellingen vanaf het schooljaar 2026-2027 samenwerken met een landelijk netwerk van "
      "scholen voor afstandsonderwijs, zodat leerlingen op havo- en vwo-niveau hun eigen lesprogramma kunnen "
      "volgen.",
      answers=(Answer("2", "partial", EV2),)),
    P("De minister van OCW heeft daarnaast de volgende maatregelen in gang gezet:"),
    bullets(
        "de vorige school is vanaf 1 augustus 2026 verplicht het onderwijskundig rapport binnen vijf schooldagen na "
        "een verzoek over te dragen;",
        "scholen bij gesloten instellingen krijgen een extra bekostiging voor leerlingen die tussentijds instromen;",
        "de Inspectie van het Onderwijs betrekt het onderwijs aan gesloten geplaatste leerlingen vanaf 2026 "
        "nadrukkelijk in haar toezicht.",
    ),
    H2("De stem van het kind"),
    P("Kinderen moeten weten welke rechten zij hebben en bij wie zij terechtkunnen als zij het ergens niet mee "
      "eens zijn. Dat bijna de helft van de kinderen niet weet hoe een klacht werkt, vind ik zorgelijk. Ik deel de "
      "zorg van de Kinderombudsman op dit punt volledig."),
    P("De Jeugdwet verplicht aanbieders al om jeugdigen toegang te geven tot een vertrouwenspersoon. Die "
      "vertrouwenspersonen worden geleverd door het AKJ, dat onafhankelijk is van de aanbieders en op alle "
      "gesloten locaties ten minste wekelijks spreekuur houdt. Het AKJ kan een kind bijstaan bij een klacht en bij "
      "de voorbereiding op een zitting bij de kinderrechter. Het probleem dat de Kinderombudsman beschrijft, zit "
      "volgens mij niet in het ontbreken van een functie, maar in de bekendheid en de bereikbaarheid ervan. Een "
      "tweede, landelijke functie met een vergelijkbare taak maakt het voor kinderen eerder onduidelijker bij wie zij "
      "moeten zijn. " + EV3,
      answers=(Answer("3", "disagree", EV3),)),
    P("Het wetsvoorstel rechtspositie gesloten jeugdhulp regelt verder dat de klachtencommissie binnen twee weken "
      "uitspraak doet over een klacht tegen een vrijheidsbeperkende maatregel, in plaats van de huidige zes weken. "
      "Daarmee komt er een uitspraak terwijl de maatregel het kind nog raakt."),
    H2("Kleinschalig en dichtbij huis"),
    P("De Kinderombudsman vraagt om structureel extra geld voor de ombouw naar kleinschalige voorzieningen. Ik deel "
      "de analyse dat kleinschalige groepen per kind duurder zijn dan grote, en dat de ombouw voor aanbieders een "
      "grote investering vraagt. Het Rijk heeft daarom voor de periode 2023-2028 al 90 miljoen euro aan "
      "transformatiemiddelen beschikbaar gesteld, en gemeenten hebben in de Hervormingsagenda afgesproken de "
      "gesloten jeugdhulp landelijk in te kopen tegen tarieven die de kleinschalige zorg dekken. " + EV4 + " De "
      "afspraken in de Hervormingsagenda zijn gemaakt binnen een financieel kader dat het Rijk en de gemeenten "
      "samen hebben vastgesteld, en het is niet aan mij om dat kader eenzijdig te verruimen.",
      answers=(Answer("4", "disagree", EV4),)),
    P("Dat een kind gemiddeld 71 kilometer van huis wordt geplaatst, is een gevolg van de afbouw zelf: met minder "
      "locaties wordt de afstand voor een deel van de kinderen groter. Gemeenten kopen de gesloten jeugdhulp in, "
      "en de nieuwe kleinschalige voorzieningen worden op dit moment over het land gespreid. Een vaste norm zou er "
      "nu toe leiden dat een kind op een wachtlijst komt of in een voorziening wordt geplaatst die niet bij hem "
      "past. " + EV7 + " Ik informeer uw Kamer over de uitkomst in de voortgangsrapportage Hervormingsagenda van "
      "het najaar.",
      answers=(Answer("7", "partial", EV7),)),
    H2("Toezicht"),
    P("Twee aanbevelingen zijn gericht aan de Inspectie Gezondheidszorg en Jeugd. De inspectie is onafhankelijk in "
      "de uitvoering van haar toezicht; ik heb het rapport met haar besproken. " + EV12 + " De inspectie breidt "
      "daarvoor haar team jeugd uit met vier inspecteurs. Aanbeveling 13 vraagt om een kindversie van ieder "
      "rapport binnen zes weken. " + EV13 + " Zij streeft ernaar de kindversie binnen drie maanden na het bezoek te "
      "publiceren.",
      answers=(Answer("12", "agree", EV12), Answer("13", "partial", EV13))),
    H2("Aanbevelingen aan gemeenten en jeugdhulpaanbieders"),
    P("Een deel van de aanbevelingen is rechtstreeks gericht aan gemeenten en aan de aanbieders van gesloten "
      "jeugdhulp. Op de aanbevelingen 7 en 10 ben ik hierboven ingegaan, omdat het Rijk daar via de wet of de "
      "landelijke afspraken zelf een rol heeft. Voor de andere aanbevelingen aan gemeenten en aanbieders geldt dat "
      "zij de verantwoordelijkheid van die partijen zelf betreffen."),
    P("Dat geldt voor het tijdig opstellen van een perspectiefplan en het zoeken naar een vervolgplek, voor het "
      "dagelijks buiten kunnen zijn, en voor de inzet van vaste mentoren op de groep. Het is aan de VNG en aan "
      "Jeugdzorg Nederland om hierop te reageren. Ik heb het rapport met beide organisaties besproken en hen "
      "gevraagd de aanbevelingen met hun leden te bespreken."),
    P("Over de personele bezetting merk ik nog het volgende op. Het personeelstekort in de jeugdzorg is groot, en "
      "het verloop onder begeleiders van gesloten groepen is hoger dan gemiddeld. Via het programma 'Werken in de "
      "Zorg' financiert het Rijk regionale arbeidsmarktprojecten, waaronder zij-instroomtrajecten voor "
      "jeugdzorgwerkers. De cao Jeugdzorg die in 2025 is afgesloten, bevat een toeslag voor werken op een gesloten "
      "groep."),
    H2("Tot slot"),
    P("De Kinderombudsman laat zien hoe het voelt om achter de tweede deur te wonen. Het doel van de gesloten "
      "jeugdhulp is kinderen te beschermen; wat zij daar meemaken, mag die bescherming niet tenietdoen. Met het "
      "wetsvoorstel rechtspositie gesloten jeugdhulp, de landelijke registratie en de afspraken over onderwijs en "
      "toezicht wil ik daar een volgende stap in zetten. Ik informeer uw Kamer over de voortgang in de "
      "voortgangsrapportages over de Hervormingsagenda Jeugd."),
    P("Hieronder vindt u een overzicht van mijn standpunt per aanbeveling."),
    P("De staatssecretaris van Volksgezondheid, Welzijn en Sport,"),
    P("drs. H.W. Oosterbaan"),
    H2("Overzicht"),
    Table(
        header=("Aanbeveling", "Standpunt"),
        rows=(
            ("1. Verbod op afzondering in een separeerruimte per 2027",
             Cell("Overgenomen", answers=(Answer("1", "agree", "Overgenomen"),))),
            ("2. Onderwijs binnen twee weken, wettelijk vastgelegd",
             Cell("Deels overgenomen", answers=(Answer("2", "partial", "Deels overgenomen"),))),
            ("3. Landelijke kinderrechtenbehartiger",
             Cell("Niet overgenomen", answers=(Answer("3", "disagree", "Niet overgenomen"),))),
            ("4. Structureel extra middelen voor kleinschalige voorzieningen",
             Cell("Niet overgenomen", answers=(Answer("4", "disagree", "Niet overgenomen"),))),
            ("5. Landelijke registratie vrijheidsbeperkende maatregelen",
             Cell("Overgenomen", answers=(Answer("5", "agree", "Overgenomen"),))),
            ("6. Perspectiefplan binnen vier weken", "Niet aan het Rijk"),
            ("7. Plaatsing binnen een uur reizen van huis",
             Cell("Deels overgenomen", answers=(Answer("7", "partial", "Deels overgenomen"),))),
            ("9. Dagelijks een uur buiten", "Niet aan het Rijk"),
            ("10. Geen standaard fouillering, visitatie en kamercontrole",
             Cell("Overgenomen", answers=(Answer("10", "agree", "Overgenomen"),))),
            ("11. Vaste mentor en vaste vervanger", "Niet aan het Rijk"),
            ("12. Twee onaangekondigde inspectiebezoeken per jaar",
             Cell("Overgenomen", answers=(Answer("12", "agree", "Overgenomen"),))),
            ("13. Kindversie van inspectierapporten binnen zes weken",
             Cell("Deels overgenomen", answers=(Answer("13", "partial", "Deels overgenomen"),))),
        ),
        widths=(3.2, 1.4),
        rules="rows",
    ),
)

RESPONSE = Document(
    title="Ministerie van Volksgezondheid, Welzijn en Sport",
    subtitle="Directie Jeugd  |  Parnassusplein 5, 2511 VX Den Haag  |  www.rijksoverheid.nl",
    blocks=RESPONSE_BLOCKS,
    running_header="Reactie op het rapport 'Achter de tweede deur'  |  Kenmerk 4290117-1103562-J",
    footer="Pagina {page} van {pages}",
    font_family="sans",
    font_size=10.5,
    title_page=False,
)

PAIR = Pair(
    name="closed_youth_care_ombudsman_groups",
    report=REPORT,
    response=RESPONSE,
    description="Kinderombudsman report on closed youth care with 13 recommendations numbered continuously under "
                "addressee headings (VWS, gemeenten, jeugdhulpaanbieders, Inspectie), answered by a VWS letter with "
                "its own themes and a closing 'Overzicht' table of short verdicts; three recommendations passed on "
                "as 'Niet aan het Rijk', one never mentioned.",
)
