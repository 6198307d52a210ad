"""Pair: a fictional Inspectie van het Onderwijs thematic report on social safety in vo and mbo, and the answer of the
minister voor Primair en Voortgezet Onderwijs.

Layout traits this pair tests: a sans report with a title page, a running header and chapters numbered "1." ...
"7.".  The fourteen recommendations have no chapter of their own: they are printed once, in the front "Samenvatting",
after a short paragraph ending "Op grond hiervan doen wij de volgende aanbevelingen:", as one numbered run 1-14 split
by level-3 addressee sub-headings ("Aan de schoolbesturen", "Aan de minister voor Primair en Voortgezet Onderwijs en
de minister van OCW", "Aan de minister voor Primair en Voortgezet Onderwijs", "Aan de mbo-instellingen", "Aan de
gemeenten", "Aan de politie").  The rest of the report holds findings with a table, prose in which the inspectorate
"verwacht" things of boards, a bulleted list of what schools already do well, a numbered list "1."-"5." of research
questions in chapter 1 and a numbered "1)" list of sub-questions in the annex: none of these are recommendations.

The response is a serif letter (letterhead, no title page) of the minister voor Primair en Voortgezet Onderwijs, also
on behalf of the minister van OCW.  Opening, context and "what already happens" paragraphs take no position.  Each
recommendation is then quoted in a bold paragraph "Aanbeveling N: ..." followed by one or two plain answer paragraphs
(no "Reactie" heading); 10 and 11 are quoted one after the other and answered in one shared paragraph.
Gold positions:
  1 agree - planned policy with a date ("Vanaf 1 augustus 2026 geldt ... een landelijke kernset").
  2 agree - "Ik onderschrijf deze aanbeveling" plus a legal duty.
  3 not_addressed - only the existing duty for a complaints procedure is described.
  4 agree - "Deze aanbeveling neem ik over" (Regeling jaarverslaggeving).
  5 partial - accepted for vo, not yet for mbo (waits for an evaluation).
  6 partial - a measure (landelijk expertisepunt) was asked, only a study is promised.
  7 agree - a study was asked and the study is commissioned.
  8 disagree - polite: "Ik acht het niet wenselijk ...".
  9 disagree - shares the analysis, "zie ik geen aanleiding" for the measure.
  10 agree - no cue word: 9 million a year from school year 2026-2027 (shared paragraph with 11).
  11 disagree - "Aanbeveling 11 neem ik daarom niet over." (same paragraph as 10).
  12 partial - a pilot in four regions, national roll-out only considered afterwards.
  13 agree - supports the municipal recommendation with a funded support programme.
  14 not_addressed - passed on to the minister van Justitie en Veiligheid for the police, no position.
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


def numbered(*texts: str, style: str = "1.") -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style=style)


# The recommendations: number -> (text, departments).  Printed once, in the Samenvatting.
RECS = {
    "1": ("Monitor jaarlijks de sociale veiligheid op iedere schoollocatie met een instrument dat ook online pesten, "
          "het verspreiden van beelden en discriminatie meet, en bespreek de uitkomsten met leerlingen, ouders en de "
          "medezeggenschapsraad.", ("OTHER",)),
    "2": ("Zorg dat iedere school ten minste één interne vertrouwenspersoon heeft die voor leerlingen zichtbaar en "
          "bereikbaar is en die een erkende opleiding voor deze taak heeft gevolgd.", ("OTHER",)),
    "3": ("Maak de klachtenregeling begrijpelijk voor leerlingen en hun ouders, en leg vast binnen welke termijn een "
          "klacht over sociale onveiligheid wordt behandeld.", ("OTHER",)),
    "4": ("Verantwoord in het jaarverslag hoe het bestuur zicht houdt op de sociale veiligheid op zijn scholen, "
          "welke ernstige incidenten zich hebben voorgedaan en wat het bestuur daarop heeft ondernomen.", ("OTHER",)),
    "5": ("Verplicht scholen voor voortgezet onderwijs en mbo-instellingen om ernstige incidenten van geweld, "
          "seksueel grensoverschrijdend gedrag en discriminatie te registreren en deze jaarlijks geanonimiseerd aan "
          "de inspectie te melden.", ("OCW",)),
    "6": ("Richt een landelijk expertisepunt online veiligheid in dat scholen en mbo-instellingen direct kan "
          "ondersteunen bij sexting, shaming, het verspreiden van beelden en online bedreiging.", ("OCW",)),
    "7": ("Laat onderzoeken hoe de veiligheid van lhbti+-leerlingen in het voortgezet onderwijs en het mbo zich "
          "ontwikkelt en welke aanpakken op school aantoonbaar bijdragen aan hun veiligheid.", ("OCW",)),
    "8": ("Maak het mogelijk dat leerlingen en ouders een klacht over sociale onveiligheid voorleggen aan één "
          "onafhankelijke landelijke klachtencommissie waarvan de uitspraken bindend zijn voor het schoolbestuur.",
          ("OCW",)),
    "9": ("Geef leerlingen die langdurig worden gepest en daardoor van school willen wisselen, voorrang bij plaatsing "
          "op een andere school in de regio.", ("OCW",)),
    "10": ("Stel structureel middelen beschikbaar voor de scholing van mentoren en docenten in het herkennen van en "
           "optreden bij pesten en online intimidatie.", ("OCW",)),
    "11": ("Geef de inspectie de bevoegdheid om een schoolbestuur een bestuurlijke boete op te leggen wanneer het "
           "tekortkomingen in de sociale veiligheid niet binnen de termijn van een herstelopdracht wegneemt.",
           ("OCW",)),
    "12": ("Maak met leerbedrijven afspraken over een vast aanspreekpunt voor studenten die op hun stageplek worden "
           "geïntimideerd of gediscrimineerd, en zorg dat studenten dat aanspreekpunt kennen.", ("OTHER",)),
    "13": ("Spreek met de scholen in uw gemeente een vast aanspreekpunt in het sociaal domein af, zodat leerlingen "
           "bij wie pesten of gepest worden samenhangt met problemen thuis zonder wachttijd jeugdhulp krijgen.",
           ("GEMEENTEN",)),
    "14": ("Wijs in ieder basisteam een vaste contactpersoon voor scholen en mbo-instellingen aan, en maak met hen "
           "afspraken over het snel delen van informatie bij online bedreiging en het verspreiden van beelden.",
           ("JenV",)),
}


def recs(*numbers: str) -> ItemList:
    return ItemList(
        items=tuple(ListItem(RECS[n][0], recommendation=Recommendation(n, RECS[n][1])) for n in numbers),
        style="1.",
        start=int(numbers[0]),
    )


def quote(number: str) -> Paragraph:
    return P(f"Aanbeveling {number}: {RECS[number][0]}", bold=True)


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H("Samenvatting"),
    P("De meeste leerlingen en studenten voelen zich veilig op school. Dat is een groot goed, en het is voor een "
      "belangrijk deel de verdienste van leraren, mentoren en schoolleiders die dagelijks werken aan een goed "
      "klimaat in de klas. Toch laat dit themaonderzoek ook een ander beeld zien. Eén op de zeven leerlingen in het "
      "voortgezet onderwijs is in het afgelopen schooljaar gepest, en een groeiend deel daarvan speelt zich online "
      "af, buiten het zicht van de school maar met gevolgen die tot in de klas doorwerken."),
    P("Scholen meten de sociale veiligheid van hun leerlingen, zoals de wet vraagt. Maar de instrumenten die zij "
      "gebruiken, meten online pesten en discriminatie vaak niet of nauwelijks, en de uitkomsten leiden lang niet "
      "altijd tot maatregelen. Leerlingen weten vaak niet wie de vertrouwenspersoon is en vinden de klachtenregeling "
      "onbegrijpelijk. Lhbti+-leerlingen voelen zich duidelijk minder veilig dan hun klasgenoten. In het mbo krijgen "
      "studenten op hun stageplek te maken met intimidatie en discriminatie, zonder dat zij weten waar zij terecht "
      "kunnen."),
    P("Schoolbesturen hebben weinig zicht op wat er op hun scholen gebeurt. Ernstige incidenten worden niet "
      "eenduidig geregistreerd, en in de meeste jaarverslagen ontbreekt een verantwoording over sociale veiligheid. "
      "Waar het misgaat, schiet ook de samenwerking met gemeenten, jeugdhulp en politie tekort: scholen weten niet "
      "wie zij moeten bellen, en leerlingen wachten maanden op hulp."),
    P("Sociale veiligheid is geen taak van de school alleen. Wij richten ons daarom niet alleen tot de besturen, "
      "maar ook tot de bewindspersonen die voor het onderwijs verantwoordelijk zijn, tot de gemeenten en tot de "
      "politie. Op grond hiervan doen wij de volgende aanbevelingen:"),
    H3("Aan de schoolbesturen in het voortgezet onderwijs en het mbo"),
    recs("1", "2", "3", "4"),
    H3("Aan de minister voor Primair en Voortgezet Onderwijs en de minister van OCW"),
    recs("5", "6", "7", "8"),
    H3("Aan de minister voor Primair en Voortgezet Onderwijs"),
    recs("9", "10", "11"),
    H3("Aan de mbo-instellingen"),
    recs("12"),
    H3("Aan de gemeenten"),
    recs("13"),
    H3("Aan de politie"),
    recs("14"),
    P("De inspectie zal de opvolging van deze aanbevelingen volgen in haar reguliere toezicht op besturen en "
      "rapporteert daarover in De Staat van het Onderwijs 2027."),
    PageBreak(),

    H("1. Inleiding"),
    H2("1.1 Aanleiding"),
    P("Ouders sturen hun kinderen naar school in de verwachting dat zij daar veilig zijn. De wet vertaalt die "
      "verwachting in een zorgplicht: sinds 2015 moeten scholen in het primair en voortgezet onderwijs een beleid "
      "voeren dat gericht is op de sociale veiligheid van leerlingen, moeten zij die veiligheid jaarlijks monitoren "
      "en moeten zij een aanspreekpunt voor pesten en een coördinator van het anti-pestbeleid hebben. Voor het mbo "
      "geldt een vergelijkbare, maar minder uitgewerkte plicht om te zorgen voor een veilige leeromgeving.",
      footnotes=("Wet van 1 augustus 2015 tot wijziging van onder meer de Wet op het voortgezet onderwijs in verband "
                 "met de zorgplicht voor sociale veiligheid op school; voor het mbo artikel 1.3.6 van de Wet "
                 "educatie en beroepsonderwijs.",)),
    P("In de afgelopen jaren kreeg de inspectie meer signalen over ernstige incidenten op scholen: bedreigingen "
      "via sociale media, het rondsturen van naaktbeelden van leerlingen, fysiek geweld dat werd gefilmd en "
      "gedeeld, en discriminatie van leerlingen vanwege hun afkomst, geloof of seksuele oriëntatie. Het aantal "
      "meldingen bij de vertrouwensinspecteurs over psychisch en fysiek geweld en over discriminatie steeg tussen "
      "2021 en 2024 met ruim veertig procent."),
    P("Die signalen waren voor ons aanleiding om in het schooljaar 2024-2025 een themaonderzoek te doen naar de "
      "sociale veiligheid in het voortgezet onderwijs en het mbo. Wij wilden weten hoe veilig leerlingen en "
      "studenten zich voelen, wat scholen doen om die veiligheid te bevorderen, en of schoolbesturen voldoende zicht "
      "hebben op wat er op hun scholen gebeurt."),
    H2("1.2 Onderzoeksvragen"),
    P("Het onderzoek was gericht op vijf hoofdvragen:"),
    numbered(
        "Hoe veilig voelen leerlingen en studenten zich op school en online, en welke groepen voelen zich minder "
        "veilig?",
        "Op welke manier monitoren scholen de sociale veiligheid, en wat doen zij met de uitkomsten?",
        "Hoe toegankelijk zijn de vertrouwenspersoon en de klachtenregeling voor leerlingen en hun ouders?",
        "Welk zicht hebben schoolbesturen op de sociale veiligheid, en hoe sturen zij daarop?",
        "Hoe werken scholen samen met gemeenten, jeugdhulp en politie wanneer de veiligheid van een leerling in het "
        "geding is?",
    ),
    P("Bij elke hoofdvraag hebben wij deelvragen geformuleerd. Een overzicht daarvan is opgenomen in de bijlage."),
    H2("1.3 Werkwijze"),
    P("Wij hebben 48 scholen voor voortgezet onderwijs en 16 mbo-instellingen bezocht, verspreid over het land en "
      "over de verschillende schoolsoorten. Op iedere school spraken wij met leerlingen of studenten, mentoren, "
      "de vertrouwenspersoon, de anti-pestcoördinator en de schoolleiding. Met 31 schoolbesturen voerden wij een "
      "bestuursgesprek. Daarnaast hielden wij een vragenlijst onder ruim 6.200 leerlingen en studenten, waarvan de "
      "uitkomsten zijn gewogen naar schoolsoort en regio."),
    P("Wij spraken verder met medewerkers van elf gemeenten, vijf wijkteams, zes politiebasisteams en twee "
      "regionale jeugdhulpaanbieders. Ook analyseerden wij de jaarverslagen over 2023 van de 31 besturen en de "
      "meldingen die in de periode 2021-2024 bij de vertrouwensinspecteurs binnenkwamen."),
    H2("1.4 Leeswijzer"),
    P("Hoofdstuk 2 beschrijft hoe veilig leerlingen zich voelen. Hoofdstuk 3 gaat over wat scholen doen en over "
      "hun monitoring. In hoofdstuk 4 staan de vertrouwenspersoon en de klachtenregeling centraal, in hoofdstuk 5 "
      "de rol van het schoolbestuur. Hoofdstuk 6 behandelt de samenwerking met gemeenten, jeugdhulp en politie, en "
      "hoofdstuk 7 de bijzondere positie van het mbo. Onze aanbevelingen staan in de samenvatting voorin dit "
      "rapport."),
    PageBreak(),

    H("2. Hoe veilig voelen leerlingen zich?"),
    H2("2.1 Het algemene beeld"),
    P("Ruim negen op de tien leerlingen in het voortgezet onderwijs zeggen zich op school veilig of zeer veilig te "
      "voelen. In het mbo ligt dat aandeel iets hoger. Dat beeld is de afgelopen jaren stabiel. Leerlingen noemen "
      "vooral de mentor en vaste docenten als reden om zich veilig te voelen: iemand die je kent, die merkt dat er "
      "iets is en die je durft aan te spreken."),
    P("Achter het gunstige gemiddelde gaan grote verschillen schuil. Tabel 2.1 laat zien hoe vaak leerlingen in het "
      "afgelopen schooljaar te maken kregen met pesten, online pesten, het verspreiden van beelden en "
      "discriminatie."),
    P("Tabel 2.1 Ervaringen van leerlingen en studenten in het schooljaar 2024-2025 (in procenten)"),
    Table(
        header=("Ervaring", "vo", "mbo"),
        rows=(
            ("Voelt zich op school (zeer) veilig", "91", "93"),
            ("Is op school gepest", "14", "9"),
            ("Is online gepest door medeleerlingen", "11", "8"),
            ("Beelden van zichzelf zonder toestemming gedeeld", "6", "5"),
            ("Heeft zich gediscrimineerd gevoeld", "8", "10"),
            ("Lhbti+-leerlingen die zich (zeer) veilig voelen", "74", "79"),
        ),
        widths=(4.0, 1.0, 1.0),
        rules="rows",
    ),
    P("Bron: vragenlijst themaonderzoek sociale veiligheid, n = 6.214, gewogen naar schoolsoort en regio."),
    H2("2.2 Online pesten"),
    P("Online pesten is geen apart verschijnsel naast pesten op school; het is er meestal een voortzetting van. "
      "Leerlingen beschreven hoe een ruzie in de pauze 's avonds verder ging in een groepsapp, hoe foto's werden "
      "bewerkt en gedeeld, en hoe zij werden buitengesloten uit de klassenchat. Voor het slachtoffer houdt het "
      "pesten daardoor niet op bij het schoolhek: het gaat door tot in de slaapkamer."),
    P("Scholen voelen zich handelingsverlegen. Veel mentoren zeggen niet te weten wat zij mogen doen wanneer "
      "beelden buiten schooltijd worden gedeeld, en of zij de telefoon van een leerling mogen bekijken. Op een "
      "derde van de bezochte scholen is in het veiligheidsbeleid niets over online gedrag opgenomen. Waar wel iets "
      "is vastgelegd, gaat het vooral over het gebruik van telefoons in de klas, niet over wat de school doet "
      "wanneer een leerling online wordt bedreigd of belaagd."),
    P("Het verspreiden van seksueel getinte beelden verdient bijzondere aandacht. Zes procent van de leerlingen in "
      "het voortgezet onderwijs geeft aan dat beelden van hen zonder toestemming zijn gedeeld; bij meisjes in de "
      "bovenbouw is dat bijna tien procent. Scholen reageren daarop zeer verschillend. Sommige schakelen direct de "
      "politie in, andere beperken zich tot een gesprek met de betrokken leerlingen. Slachtoffers voelen zich in "
      "beide gevallen niet altijd gesteund.",
      footnotes=("Het gaat hier om beelden met een seksuele lading. Het verspreiden daarvan kan strafbaar zijn, ook "
                 "als de verspreider minderjarig is.",)),
    H2("2.3 Lhbti+-leerlingen"),
    P("Leerlingen die zich als lesbisch, homo, biseksueel, transgender of intersekse identificeren, voelen zich "
      "duidelijk minder veilig dan hun klasgenoten. In het voortgezet onderwijs zegt driekwart van hen zich veilig "
      "te voelen, tegen ruim negen op de tien van alle leerlingen. Zij worden vaker uitgescholden, vaker online "
      "lastiggevallen en zijn minder vaak open over hun identiteit op school."),
    P("Op scholen met een actieve gender-sexuality alliance of een andere zichtbare groep voor lhbti+-leerlingen "
      "voelen deze leerlingen zich vaker veilig. Of dat verband oorzakelijk is, kunnen wij met onze gegevens niet "
      "vaststellen. Er is in Nederland weinig onderzoek gedaan naar de effectiviteit van aanpakken die zich op de "
      "veiligheid van lhbti+-leerlingen richten, en landelijke cijfers over de ontwikkeling in de tijd ontbreken."),
    H2("2.4 Discriminatie"),
    P("Acht procent van de leerlingen in het voortgezet onderwijs en tien procent van de studenten in het mbo "
      "voelde zich in het afgelopen schooljaar gediscrimineerd. Leerlingen noemen vooral afkomst, huidskleur en "
      "geloof. Opvallend is dat een deel van de genoemde voorvallen betrekking heeft op opmerkingen van docenten of "
      "ander personeel. Leerlingen melden die voorvallen zelden, omdat zij verwachten dat het niets oplevert of "
      "bang zijn voor gevolgen voor hun beoordeling."),
    PageBreak(),

    H("3. Wat scholen doen"),
    H2("3.1 Wat goed gaat"),
    P("Op de meeste bezochte scholen zagen wij een serieuze inzet voor een veilig klimaat. Wij troffen veel "
      "voorbeelden aan die navolging verdienen. Scholen die het goed doen, hebben vaak een aantal kenmerken gemeen:"),
    bullets(
        "de mentor heeft wekelijks tijd voor een individueel gesprek met iedere leerling, ook in de bovenbouw;",
        "de school heeft met leerlingen afspraken gemaakt over gedrag in klassenchats en hanteert die afspraken ook "
        "als er buiten schooltijd iets gebeurt;",
        "de anti-pestcoördinator is een bekend gezicht, heeft daarvoor uren in de taakverdeling en rapporteert twee "
        "keer per jaar aan de schoolleiding;",
        "de uitkomsten van de monitor worden per klas besproken, en leerlingen denken mee over maatregelen;",
        "de school werkt met een vaste contactpersoon bij het wijkteam en de wijkagent, die ook zonder aanleiding "
        "op school komt;",
        "ernstige incidenten worden centraal geregistreerd en met het bestuur besproken.",
    ),
    P("Deze kenmerken zijn niet nieuw en vragen geen grote investeringen. Zij vragen wel om tijd, om vaste "
      "afspraken en om een schoolleiding die sociale veiligheid als een kerntaak beschouwt en niet als een "
      "bijkomende verplichting."),
    H2("3.2 Monitoring"),
    P("Alle bezochte scholen voor voortgezet onderwijs monitoren jaarlijks de sociale veiligheid, zoals de wet "
      "voorschrijft. Zij gebruiken daarvoor een van de instrumenten die de inspectie heeft goedgekeurd. Die "
      "instrumenten verschillen sterk. Slechts de helft bevat vragen over online pesten, en minder dan een derde "
      "vraagt naar discriminatie of naar de veiligheid van specifieke groepen. Scholen kunnen daardoor niet zien "
      "wat voor een deel van hun leerlingen het grootste probleem is."),
    P("Een monitor heeft alleen zin als er iets met de uitkomsten gebeurt. Op ruim de helft van de scholen werden "
      "de uitkomsten besproken in het managementteam, maar slechts op een kwart van de scholen met leerlingen of "
      "met de medezeggenschapsraad. Wij verwachten dat scholen de uitkomsten gebruiken om hun beleid bij te stellen "
      "en dat zij laten zien welke maatregelen zij daarop hebben genomen."),
    P("In het mbo is de monitoring minder ontwikkeld. Instellingen gebruiken de landelijke studentenenquête, maar "
      "die bevat slechts een beperkt aantal vragen over veiligheid. Enkele instellingen hebben een eigen aanvullende "
      "vragenlijst; de meeste niet."),
    H2("3.3 Handelen bij incidenten"),
    P("Bij ernstige incidenten handelen scholen meestal snel en betrokken. Zij praten met de betrokken leerlingen, "
      "informeren de ouders en nemen zo nodig maatregelen tegen de dader. Wat vaak ontbreekt, is een vastgelegde "
      "werkwijze: wie doet wat, wanneer wordt de politie ingeschakeld, en hoe wordt het slachtoffer nadien gevolgd. "
      "Daardoor hangt de aanpak sterk af van de persoon die het incident toevallig behandelt."),
    P("Slechts op een minderheid van de scholen worden incidenten op een vaste manier geregistreerd. Er is geen "
      "landelijke afspraak over wat een ernstig incident is, en scholen maken daarin eigen keuzes. Het gevolg is dat "
      "niet bekend is hoeveel ernstige incidenten er in het voortgezet onderwijs en het mbo plaatsvinden, en of dat "
      "aantal toe- of afneemt.",
      footnotes=("Een uitzondering vormen incidenten die leiden tot een verwijdering; die zijn wel landelijk bekend, "
                 "maar vormen slechts een klein deel van het geheel.",)),
    P("Mentoren en docenten gaven aan behoefte te hebben aan scholing. Slechts een kwart van de mentoren die wij "
      "spraken, had in de afgelopen vijf jaar een training gevolgd over pesten; over online pesten en het "
      "verspreiden van beelden was dat minder dan tien procent. In de lerarenopleidingen komt het onderwerp "
      "wisselend aan bod."),
    PageBreak(),

    H("4. Vertrouwenspersoon en klachtenregeling"),
    H2("4.1 De vertrouwenspersoon"),
    P("De vertrouwenspersoon is voor een leerling die zich onveilig voelt een belangrijk aanspreekpunt: iemand die "
      "luistert, meedenkt en de weg wijst, zonder dat de leerling meteen een formele klacht hoeft in te dienen. "
      "Alle bezochte scholen hebben een interne of externe vertrouwenspersoon aangewezen. Maar de bekendheid is "
      "laag. Minder dan de helft van de leerlingen wist wie de vertrouwenspersoon van de school is, en in het mbo "
      "was dat nog geen derde."),
    P("De vertrouwenspersonen die wij spraken, zijn betrokken en deskundig in hun gewone werk, maar niet altijd "
      "toegerust op deze taak. Ruim de helft had geen opleiding gevolgd die specifiek op het werk als "
      "vertrouwenspersoon is gericht. Op sommige scholen combineert de vertrouwenspersoon die rol met die van "
      "teamleider of zorgcoördinator, waardoor leerlingen twijfelen of een gesprek vertrouwelijk blijft."),
    H2("4.2 De klachtenregeling"),
    P("Iedere school heeft een klachtenregeling en is aangesloten bij een klachtencommissie. Het aantal klachten "
      "over sociale onveiligheid dat bij die commissies binnenkomt, is echter klein. Dat komt niet doordat er weinig "
      "te klagen valt. Leerlingen en ouders vertelden ons dat zij de regeling niet konden vinden, dat zij de tekst "
      "niet begrepen, of dat zij niet wisten dat zij ook met een klacht over pesten bij de commissie terecht konden."),
    P("De regelingen die wij bekeken, zijn vaak in juridische taal gesteld en op leerlingen niet afgestemd. In de "
      "meeste regelingen staat geen termijn waarbinnen de school een klacht behandelt. Ouders beschreven hoe zij "
      "maanden op een reactie wachtten, terwijl hun kind thuis zat."),
    P("De uitspraken van de klachtencommissies zijn adviezen aan het bevoegd gezag. Het bestuur moet laten weten "
      "of en welke maatregelen het neemt, maar is niet gebonden aan het oordeel van de commissie. In een aantal "
      "zaken die wij bestudeerden, legde het bestuur het advies naast zich neer zonder dat dit voor de klager "
      "gevolgen had. Dat ondermijnt het vertrouwen van ouders en leerlingen in de klachtenprocedure. Wij verwachten "
      "van besturen dat zij een afwijking van een advies zorgvuldig motiveren."),
    H2("4.3 Wisselen van school"),
    P("Voor een deel van de leerlingen die langdurig zijn gepest, is een overstap naar een andere school de enige "
      "uitweg. Die overstap verloopt niet altijd soepel. Ouders beschreven hoe scholen in de regio vol zaten of "
      "terughoudend waren met het plaatsen van een leerling die midden in het schooljaar wilde instromen. De "
      "leerling zat in de tussentijd soms weken thuis."),
    PageBreak(),

    H("5. De rol van het schoolbestuur"),
    H2("5.1 Zicht op sociale veiligheid"),
    P("Het schoolbestuur is verantwoordelijk voor de kwaliteit van het onderwijs en voor de sociale veiligheid op "
      "zijn scholen. Om die verantwoordelijkheid waar te maken, moet het bestuur weten wat er op zijn scholen "
      "gebeurt. In onze bestuursgesprekken bleek dat lang niet altijd het geval. Slechts elf van de 31 besturen "
      "kregen de uitkomsten van de monitoring per school te zien; de andere besturen kregen een samenvatting op "
      "bestuursniveau of helemaal niets."),
    P("Ook over ernstige incidenten waren besturen vaak niet geïnformeerd. Een aantal bestuurders hoorde pas van een "
      "ernstig incident toen dit in de regionale media verscheen. Besturen die wel goed zicht hadden, hadden met hun "
      "schoolleiders vaste afspraken over het melden van incidenten en bespraken sociale veiligheid ieder kwartaal "
      "in hun reguliere overleg."),
    H2("5.2 Verantwoording"),
    P("Wij hebben de jaarverslagen over 2023 van de 31 besturen bestudeerd. In negentien daarvan kwam sociale "
      "veiligheid niet of alleen in algemene termen aan de orde. Geen enkel bestuur rapporteerde over het aantal "
      "en de aard van ernstige incidenten. De intern toezichthouders die wij spraken, erkenden dat sociale "
      "veiligheid in hun toezicht een ondergeschoven onderwerp is."),
    P("Transparante verantwoording dwingt een bestuur om zich een oordeel te vormen, en geeft ouders, leerlingen en "
      "de medezeggenschap de gelegenheid om het bestuur aan te spreken. Wij vinden daarom dat sociale veiligheid een "
      "vaste plaats in de verantwoording van besturen verdient."),
    H2("5.3 Het toezicht van de inspectie"),
    P("Wanneer de inspectie tekortkomingen in de sociale veiligheid vaststelt, geeft zij het bestuur een "
      "herstelopdracht met een termijn. In de meeste gevallen wordt die opdracht tijdig uitgevoerd. In een klein "
      "aantal gevallen bleven tekortkomingen ook na herhaalde herstelopdrachten bestaan. Het instrumentarium van de "
      "inspectie voor die gevallen is beperkt: zij kan de minister adviseren om een aanwijzing te geven of de "
      "bekostiging op te schorten, maar die zware middelen passen slecht bij tekortkomingen die de kwaliteit van het "
      "onderwijs als geheel niet raken."),
    PageBreak(),

    H("6. Samenwerking met gemeenten, jeugdhulp en politie"),
    H2("6.1 Gemeenten en jeugdhulp"),
    P("Pesten staat zelden op zichzelf. Bij een deel van de leerlingen die pesten of worden gepest, spelen ook "
      "problemen thuis: spanningen tussen ouders, financiële zorgen, psychische problemen. De school kan die "
      "problemen niet oplossen en is daarvoor aangewezen op het wijkteam en op jeugdhulp, die door de gemeente "
      "worden georganiseerd."),
    P("Die samenwerking verloopt wisselend. In vier van de elf gemeenten die wij spraken, was er een vaste "
      "contactpersoon voor de scholen die binnen enkele dagen kon schakelen. Elders moesten scholen via een algemeen "
      "loket of via de huisarts verwijzen, met wachttijden van drie tot zes maanden. Mentoren beschreven hoe zij in "
      "die tijd zelf probeerden de leerling te steunen, zonder daarvoor te zijn toegerust."),
    H2("6.2 Politie"),
    P("Bij bedreiging, geweld en het verspreiden van seksueel getinte beelden is ook de politie betrokken. Scholen "
      "waarderen de wijkagent, maar vinden hem of haar lastig te bereiken. Door de wisselende bezetting van de "
      "basisteams kennen veel scholen hun wijkagent niet of nauwelijks. Bij online bedreiging weten scholen vaak niet "
      "of zij aangifte moeten laten doen, en ouders krijgen soms van de politie te horen dat de school het eerst "
      "zelf moet oplossen."),
    P("Een terugkerend knelpunt is het delen van informatie. Scholen horen van de politie niet of een zaak is "
      "opgepakt, en de politie hoort van de school niet dat een incident een voorgeschiedenis heeft. Regionale "
      "convenanten tussen scholen, gemeente en politie bestaan, maar zijn vaak verouderd en bij de meeste "
      "betrokkenen onbekend."),
    H2("6.3 Landelijke ondersteuning"),
    P("Voor de aanpak van online incidenten kunnen scholen nu terecht bij verschillende organisaties: een helpdesk "
      "voor ouders en jongeren, een meldpunt voor online seksueel misbruik, de vertrouwensinspecteurs en een aantal "
      "regionale initiatieven. Schoolleiders zien door de bomen het bos niet meer. Geen van deze organisaties kan een "
      "school op de dag van een incident concreet helpen bij de vraag wat zij moet doen."),
    PageBreak(),

    H("7. Het mbo"),
    H2("7.1 Een andere situatie"),
    P("Het mbo verschilt op belangrijke punten van het voortgezet onderwijs. De meeste studenten zijn meerderjarig, "
      "de instellingen zijn groot en studenten brengen een groot deel van hun opleiding door buiten de school, in de "
      "beroepspraktijkvorming. De wettelijke eisen aan sociale veiligheid zijn in het mbo minder uitgewerkt dan in "
      "het voortgezet onderwijs: er is geen verplichte monitor met door de inspectie goedgekeurde instrumenten en "
      "geen plicht tot een aanspreekpunt voor pesten."),
    P("Studenten voelen zich op de instelling over het algemeen veilig. Zij noemen de anonimiteit van grote "
      "gebouwen wel als reden dat zij niet weten bij wie zij terecht kunnen. Instellingen met vaste "
      "studentbegeleiders per opleiding scoren op dit punt duidelijk beter."),
    H2("7.2 Veiligheid tijdens de stage"),
    P("Een kwart van de studenten die wij spraken, had tijdens de stage te maken gehad met ongewenst gedrag: "
      "seksistische opmerkingen, discriminerende grappen, of een praktijkopleider die de student onder druk zette. "
      "Slechts een klein deel had dat gemeld. Studenten wisten niet bij wie zij terecht konden: bij de "
      "praktijkopleider, bij de stagebegeleider van school of bij een landelijk meldpunt."),
    P("De afspraken tussen instellingen en leerbedrijven gaan vooral over de inhoud van de stage en de beoordeling, "
      "nauwelijks over veiligheid. Slechts twee van de zestien instellingen hadden in hun stageovereenkomst "
      "vastgelegd wie op de stageplek het aanspreekpunt is bij ongewenst gedrag. Wij verwachten dat instellingen "
      "hier meer verantwoordelijkheid nemen, omdat de stage een onderdeel is van de opleiding waarvoor zij "
      "verantwoordelijk zijn."),
    H2("7.3 Registratie van incidenten"),
    P("Ook in het mbo worden ernstige incidenten niet eenduidig geregistreerd. Enkele instellingen hebben een "
      "centraal registratiesysteem; bij de meeste hangt de registratie af van de locatie of de opleiding. De "
      "instellingen wezen erop dat een landelijke registratieplicht in het mbo moet aansluiten bij de registratie "
      "die zij voor de arbeidsomstandigheden van hun personeel al voeren."),
    PageBreak(),

    H("Bijlage. Deelvragen en verantwoording"),
    P("Bij de vijf hoofdvragen uit paragraaf 1.2 hebben wij de volgende deelvragen onderzocht:"),
    numbered(
        "Welk deel van de leerlingen en studenten heeft in het afgelopen schooljaar te maken gehad met pesten, "
        "online pesten, het verspreiden van beelden en discriminatie?",
        "Welke instrumenten gebruiken scholen voor de monitoring, en welke onderwerpen ontbreken daarin?",
        "Wie bespreekt de uitkomsten van de monitoring, en tot welke maatregelen leiden zij?",
        "Weten leerlingen wie de vertrouwenspersoon is, en is die persoon voor deze taak opgeleid?",
        "Hoe vaak wordt een klacht over sociale onveiligheid ingediend, en hoe lang duurt de behandeling?",
        "Welke informatie over sociale veiligheid bereikt het bestuur en de intern toezichthouder?",
        "Welke afspraken bestaan er tussen scholen, gemeenten, jeugdhulp en politie?",
        style="1)",
    ),
    P("De vragenlijst is afgenomen tussen februari en april 2025. De uitkomsten voor het voortgezet onderwijs zijn "
      "representatief voor alle leerlingen in het voortgezet onderwijs; de uitkomsten voor het mbo zijn indicatief, "
      "omdat de respons onder studenten niveau 1 en 2 laag was. De selectie van scholen was gestratificeerd naar "
      "schoolsoort, denominatie, grootte en regio. Scholen waarover de inspectie in het jaar voorafgaand aan het "
      "onderzoek signalen had ontvangen, zijn niet oververtegenwoordigd."),
    P("De conceptbevindingen zijn in juni 2025 besproken in een klankbordgroep met vertegenwoordigers van de "
      "sectorraden, een organisatie van ouders, een landelijke organisatie van scholieren, de studentenorganisatie "
      "in het mbo, de Vereniging van Nederlandse Gemeenten en de politie. Hun reacties zijn in dit rapport "
      "verwerkt, maar de inspectie is als enige verantwoordelijk voor de inhoud."),
)

REPORT = Document(
    title="Veilig leren, ook online",
    subtitle="Themaonderzoek naar sociale veiligheid in het voortgezet onderwijs en het mbo",
    blocks=REPORT_BLOCKS,
    running_header="Inspectie van het Onderwijs  ·  Veilig leren, ook online",
    footer="{page}",
    font_family="sans",
    imprint=("Inspectie van het Onderwijs", "Utrecht, oktober 2025"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV1 = ("Vanaf 1 augustus 2026 geldt voor alle scholen voor voortgezet onderwijs en alle mbo-instellingen een "
       "landelijke kernset van vragen voor de monitor, waarin online pesten, het verspreiden van beelden en "
       "discriminatie een vaste plaats hebben.")
EV2 = "Ik onderschrijf deze aanbeveling."
EV4 = "Deze aanbeveling neem ik over."
EV5 = ("Voor het voortgezet onderwijs neem ik deze aanbeveling over; voor het mbo zetten wij die stap nu nog "
       "niet.")
EV5B = ("Voor het mbo wil de minister van OCW eerst de evaluatie afwachten van de afspraken over een veilige "
        "leeromgeving die de instellingen in 2024 met elkaar hebben gemaakt.")
EV6 = ("Ik laat daarom eerst onderzoeken welke vorm van landelijke ondersteuning bij online incidenten scholen "
       "werkelijk helpt, en of een apart expertisepunt daarvoor de juiste vorm is.")
EV7 = ("Ik heb inmiddels opdracht gegeven voor een meerjarig onderzoek naar de veiligheid van lhbti+-leerlingen in "
       "het voortgezet onderwijs en het mbo.")
EV8 = ("Ik acht het niet wenselijk om één landelijke klachtencommissie in te stellen waarvan de uitspraken het "
       "schoolbestuur binden.")
EV9 = "Toch zie ik geen aanleiding om een voorrangsregel bij plaatsing in te voeren."
EV10 = ("Vanaf het schooljaar 2026-2027 stel ik jaarlijks 9 miljoen euro beschikbaar, waarmee schoolbesturen "
        "mentoren en docenten kunnen laten scholen in het herkennen van en optreden bij pesten en online "
        "intimidatie.")
EV11 = "Aanbeveling 11 neem ik daarom niet over."
EV12 = ("Met de MBO Raad en de Samenwerkingsorganisatie Beroepsonderwijs Bedrijfsleven start de minister van OCW in "
        "het studiejaar 2026-2027 een pilot in vier regio's, waarin instellingen en leerbedrijven zo'n aanspreekpunt "
        "afspreken.")
EV13 = "Ik steun deze aanbeveling."

RESPONSE_BLOCKS = (
    P("Geachte voorzitter,"),
    P("Hierbij ontvangt u, mede namens de minister van Onderwijs, Cultuur en Wetenschap, mijn reactie op het "
      "themaonderzoek ‘Veilig leren, ook online’ dat de Inspectie van het Onderwijs op 14 oktober 2025 heeft "
      "gepubliceerd. De inspectie onderzocht in het schooljaar 2024-2025 hoe veilig leerlingen in het voortgezet "
      "onderwijs en studenten in het mbo zich voelen, wat scholen doen om hun veiligheid te bevorderen en welk zicht "
      "schoolbesturen daarop hebben."),
    P("Ik dank de inspectie voor dit zorgvuldige onderzoek. Ik dank ook de leerlingen, studenten, ouders, "
      "mentoren, vertrouwenspersonen en bestuurders die hun ervaringen met de inspecteurs hebben gedeeld. Hun "
      "verhalen maken duidelijk wat er op het spel staat."),
    H2("Het beeld van de inspectie"),
    P("Het goede nieuws is dat de overgrote meerderheid van de leerlingen zich op school veilig voelt. Dat is de "
      "verdienste van de mensen die in onze scholen werken. Tegelijk laat de inspectie zien dat één op de zeven "
      "leerlingen in het voortgezet onderwijs wordt gepest, dat pesten zich steeds vaker online voortzet en dat "
      "lhbti+-leerlingen zich duidelijk minder veilig voelen dan hun klasgenoten. Dat vind ik onacceptabel. Iedere "
      "leerling moet zich op school veilig kunnen voelen, ongeacht wie hij of zij is."),
    P("Ik herken ook het beeld dat de inspectie schetst van de schoolbesturen. Sociale veiligheid is een kerntaak "
      "van het bestuur, niet iets wat het aan de schoolleiding kan overlaten. Dat veel besturen niet weten hoeveel "
      "ernstige incidenten er op hun scholen plaatsvinden, en daarover in hun jaarverslag niets zeggen, past niet "
      "bij die verantwoordelijkheid."),
    H2("Wat er al gebeurt"),
    P("Sinds 2015 geldt voor scholen in het primair en voortgezet onderwijs een wettelijke zorgplicht voor de "
      "sociale veiligheid van leerlingen. Scholen moeten een veiligheidsbeleid voeren, de veiligheid jaarlijks "
      "monitoren en een aanspreekpunt en coördinator voor het anti-pestbeleid hebben. De inspectie houdt daarop "
      "toezicht. Daarnaast ondersteunt het ministerie scholen via een landelijk steunpunt dat informatie en "
      "voorbeelden verzamelt en via de vertrouwensinspecteurs, bij wie leerlingen, ouders en personeel met "
      "signalen over ernstige incidenten terecht kunnen."),
    P("In het mbo zijn instellingen verantwoordelijk voor een veilige leeromgeving. In het Stagepact mbo hebben "
      "onderwijs, bedrijfsleven en overheid afspraken gemaakt over gelijke kansen op een stage en over de aanpak van "
      "stagediscriminatie. Studenten die op hun stage worden gediscrimineerd, kunnen dat melden bij een landelijk "
      "meldpunt dat onder het pact is ingericht."),
    H2("De aanbevelingen"),
    P("De inspectie doet veertien aanbevelingen. Een deel daarvan richt zich tot de schoolbesturen, de "
      "mbo-instellingen, de gemeenten en de politie. Ook bij die aanbevelingen geef ik aan hoe ik ertegenover sta, "
      "voor zover zij mijn verantwoordelijkheid of die van de minister van OCW raken. Ik volg hieronder de volgorde "
      "van het rapport."),
    H3("Aanbevelingen aan de schoolbesturen"),
    quote("1"),
    P("Scholen voor voortgezet onderwijs zijn al verplicht de sociale veiligheid jaarlijks te monitoren. De "
      "inspectie laat echter zien dat de gebruikte instrumenten onderling sterk verschillen en dat online pesten en "
      "discriminatie daarin vaak ontbreken. " + EV1 + " De uitkomsten moeten dan ook worden besproken met de "
      "medezeggenschapsraad en, in het mbo, met de studentenraad. Het besluit waarin dit is geregeld, is op 3 "
      "november 2025 in het Staatsblad gepubliceerd.",
      answers=(Answer("1", "agree", EV1),)),
    quote("2"),
    P(EV2 + " Een vertrouwenspersoon die leerlingen niet kennen, kan hen niet helpen. In het wetsvoorstel "
      "versterking sociale veiligheid, dat ik in het voorjaar van 2026 bij uw Kamer indien, leggen de minister van "
      "OCW en ik vast dat iedere school voor voortgezet onderwijs en iedere mbo-instelling een interne "
      "vertrouwenspersoon voor leerlingen en studenten heeft, die de taak niet "
      "combineert met een leidinggevende functie. Samen met de beroepsvereniging van vertrouwenspersonen werk ik aan "
      "een erkende basisopleiding, die vanaf 2026 kosteloos toegankelijk is voor vertrouwenspersonen in het "
      "onderwijs.",
      answers=(Answer("2", "agree", EV2),)),
    quote("3"),
    P("Iedere school is wettelijk verplicht een klachtenregeling vast te stellen en zich aan te sluiten bij een "
      "onafhankelijke klachtencommissie. De regeling moet in de schoolgids worden vermeld en voor leerlingen en "
      "ouders vindbaar zijn. De landelijke klachtencommissies hanteren voor de behandeling van klachten hun eigen "
      "reglementen, waarin ook termijnen zijn opgenomen. Op de rol van de klachtencommissies ga ik hieronder bij "
      "aanbeveling 8 verder in."),
    quote("4"),
    P(EV4 + " Goede verantwoording begint bij goed zicht, en dat zicht ontbreekt nu te vaak. Ik pas de Regeling "
      "jaarverslaggeving onderwijs zo aan dat schoolbesturen vanaf het verslagjaar 2026 in hun jaarverslag een "
      "paragraaf opnemen over de sociale veiligheid, met daarin het aantal en de aard van de ernstige incidenten en "
      "de maatregelen die het bestuur heeft genomen. Ik bespreek de uitwerking met de sectorraden, zodat de "
      "administratieve last beperkt blijft.",
      answers=(Answer("4", "agree", EV4),)),
    H3("Aanbevelingen aan de minister van OCW en mij"),
    quote("5"),
    P("De inspectie constateert terecht dat niemand weet hoeveel ernstige incidenten er op scholen plaatsvinden. "
      + EV5 + " In het wetsvoorstel dat ik hierboven noemde, neem ik een plicht op voor scholen voor voortgezet "
      "onderwijs om ernstige incidenten van geweld, seksueel grensoverschrijdend gedrag en discriminatie volgens "
      "landelijke definities te registreren en jaarlijks geanonimiseerd aan de inspectie te melden.",
      answers=(Answer("5", "partial", EV5),)),
    P(EV5B + " De instellingen hebben er bovendien op "
      "gewezen dat een registratie moet aansluiten bij wat zij al voor hun personeel bijhouden. De evaluatie wordt "
      "in 2027 verwacht; de minister van OCW betrekt de aanbeveling van de inspectie daarbij.",
      answers=(Answer("5", "partial", EV5B),)),
    quote("6"),
    P("Ik deel de zorg van de inspectie dat scholen bij online incidenten niet weten waar zij terecht kunnen, en dat "
      "het aanbod versnipperd is. Een nieuw landelijk expertisepunt zou echter een extra loket toevoegen aan de "
      "organisaties die er al zijn. " + EV6 + " Ik betrek daarbij de bestaande helpdesk, het meldpunt voor online "
      "seksueel misbruik en de sectorraden. Over de uitkomsten informeer ik uw Kamer voor de zomer van 2026.",
      answers=(Answer("6", "partial", EV6),)),
    quote("7"),
    P("De inspectie wijst erop dat er in Nederland weinig bekend is over wat werkt voor de veiligheid van "
      "lhbti+-leerlingen. " + EV7 + " Het onderzoek brengt de ontwikkeling van hun veiligheid tot en met 2029 in "
      "beeld en gaat na welke aanpakken op school aantoonbaar effect hebben, waaronder de rol van groepen als een "
      "gender-sexuality alliance. De eerste resultaten verwacht ik eind 2027; ik zal uw Kamer daarover informeren.",
      answers=(Answer("7", "agree", EV7),)),
    quote("8"),
    P("Ik begrijp dat ouders en leerlingen gefrustreerd raken wanneer een bestuur een advies van de "
      "klachtencommissie naast zich neerlegt. " + EV8 + " De klachtenprocedure is bedoeld om het gesprek tussen "
      "ouders, leerlingen en school te herstellen; een bindende uitspraak van een landelijke instantie maakt daar een "
      "juridische procedure van, met het risico van meer afstand en langere doorlooptijden. Bovendien kan een "
      "klager die het niet eens is met de afhandeling nu al terecht bij de rechter, en houdt de inspectie toezicht op "
      "de wijze waarop besturen met klachten omgaan.",
      answers=(Answer("8", "disagree", EV8),)),
    quote("9"),
    P("Ik deel de analyse van de inspectie dat een leerling die langdurig is gepest, niet weken thuis mag zitten "
      "omdat een overstap naar een andere school niet lukt. " + EV9 + " Scholen hebben al een zorgplicht en zijn "
      "binnen het samenwerkingsverband gehouden om een passende plek te vinden. Een wettelijke voorrang voor één "
      "groep leerlingen zou ten koste gaan van andere leerlingen die om goede redenen van school wisselen, en zou "
      "in de uitvoering leiden tot discussie over de vraag wie voor voorrang in aanmerking komt.",
      answers=(Answer("9", "disagree", EV9),)),
    H3("Aanbevelingen aan mij"),
    quote("10"),
    quote("11"),
    P("Scholing van mentoren en docenten is een van de meest effectieve manieren om pesten vroeg te signaleren en "
      "te stoppen. " + EV10 + " De middelen worden via de prestatiebox aan de besturen verstrekt en zijn "
      "geoormerkt. Een bestuurlijke boete voor schoolbesturen vind ik daarentegen geen passend middel. Een boete "
      "onttrekt geld aan het onderwijs aan dezelfde leerlingen die de inspectie wil beschermen, en het huidige "
      "instrumentarium, met herstelopdrachten, een aanwijzing en in het uiterste geval het opschorten van de "
      "bekostiging, biedt voldoende mogelijkheden om een bestuur tot actie te dwingen. " + EV11,
      answers=(Answer("10", "agree", EV10), Answer("11", "disagree", EV11))),
    H3("Aanbeveling aan de mbo-instellingen"),
    quote("12"),
    P("De minister van OCW vindt het onaanvaardbaar dat een kwart van de studenten tijdens de stage te maken krijgt "
      "met ongewenst gedrag en dat zij niet weten waar zij terecht kunnen. " + EV12 + " Op basis van de evaluatie, "
      "die in 2028 beschikbaar komt, bezien wij of het aanspreekpunt in alle stageovereenkomsten wordt opgenomen.",
      answers=(Answer("12", "partial", EV12),)),
    H3("Aanbeveling aan de gemeenten"),
    quote("13"),
    P(EV13 + " Wanneer pesten samenhangt met problemen thuis, kan de school het niet alleen. Samen met de "
      "staatssecretaris van Jeugd, Preventie en Sport en de Vereniging van Nederlandse Gemeenten stel ik in 2026 en "
      "2027 een ondersteuningsprogramma beschikbaar waarmee gemeenten en scholen een vast aanspreekpunt in het "
      "sociaal domein inrichten. Voor dat programma is 4 miljoen euro gereserveerd.",
      answers=(Answer("13", "agree", EV13),)),
    H3("Aanbeveling aan de politie"),
    quote("14"),
    P("Een goede samenwerking tussen school en politie is van groot belang, zeker nu bedreiging en het verspreiden "
      "van beelden zich steeds vaker online afspelen. De politie valt onder de verantwoordelijkheid van de minister "
      "van Justitie en Veiligheid. Ik heb deze aanbeveling daarom aan hem doorgeleid; hij zal uw Kamer afzonderlijk "
      "over zijn reactie informeren."),
    H2("Tot slot"),
    P("Sociale veiligheid vraagt om volharding van iedereen die met leerlingen werkt: leraren en mentoren, "
      "schoolleiders en besturen, maar ook gemeenten, jeugdhulp en politie. Het rapport van de inspectie helpt om "
      "scherp te krijgen waar het nog tekortschiet. Ik zal uw Kamer in het najaar van 2026 in een voortgangsbrief "
      "informeren over de uitvoering van de maatregelen in deze brief."),
    P("De minister voor Primair en Voortgezet Onderwijs,"),
    P("mr. A.C. Veldhuizen-Brandsma"),
)

RESPONSE = Document(
    title="Ministerie van Onderwijs, Cultuur en Wetenschap",
    subtitle="De minister voor Primair en Voortgezet Onderwijs\n"
             "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal, Postbus 20018, 2500 EA Den Haag\n"
             "Datum 11 december 2025\n"
             "Betreft Beleidsreactie op het themaonderzoek ‘Veilig leren, ook online’ van de Inspectie van het "
             "Onderwijs",
    blocks=RESPONSE_BLOCKS,
    running_header="Beleidsreactie themaonderzoek sociale veiligheid  ·  11 december 2025",
    footer="Pagina {page} van {pages}",
    font_family="serif",
    font_size=10.5,
    title_page=False,
)

PAIR = Pair(
    name="school_safety_inspectorate",
    report=REPORT,
    response=RESPONSE,
    description="Inspectie van het Onderwijs themaonderzoek on social safety in vo/mbo: 14 recommendations only in "
                "the Samenvatting under addressee sub-headings; serif letter of the PVO minister quoting each as "
                "bold 'Aanbeveling N:' with plain answers; 3 existing policy only, 14 passed on to JenV.",
)
