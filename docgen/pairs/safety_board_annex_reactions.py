"""Pair: a fictional safety board ("Raad voor Veiligheidsonderzoek") investigation into fourteen incidents with
e-steps, fatbikes and other light electric vehicles, "Licht, snel en kwetsbaar", answered by a letter of the minister
of Infrastructuur en Waterstaat with an annex "reactie per aanbeveling" that also reports the reactions of the other
addressees (RDW, VNG, RAI Vereniging) in reported speech.

Report layout: serif, title page with imprint, running header, page numbers at the foot.  A page "De Raad voor
Veiligheidsonderzoek" with bold lead-ins, a summary with a bullet list of findings (the recommendations are only
mentioned in prose there, not repeated), chapters "1 Inleiding" (a "1." list of four research questions, a bullet
list of methods), "2 Feitelijke informatie" (a grid table of the fourteen incidents, bold "Voorval N" lead-ins, a
table of emergency-department figures with row rules, a grid table of vehicle categories, a bullet list of the
parties involved), "3 Analyse" with footnotes, "4 Conclusies" (a "1." list of eight numbered conclusions: NOT
recommendations) and "5 Aanbevelingen".  In chapter 5 the twelve recommendations are numbered 1-12 continuously but
printed as four "1." lists (start 1, 6, 9, 11), each after a bold lead-in naming the addressee: "Aan de minister van
Infrastructuur en Waterstaat:", "Aan de Rijksdienst voor het Wegverkeer (RDW):", "Aan de Vereniging van Nederlandse
Gemeenten (VNG):", "Aan de fabrikanten en importeurs, verenigd in RAI Vereniging:".  Two short annexes (method,
reactions to the draft) close the report.  No recommendation is printed twice.

Response layout: sans letter with letterhead (no title page), "Pagina x van y" footer, running header.  A covering
part ("Met deze brief bied ik u ... de reactie aan ...") with context, thanks, a bullet list of measures already
taken (not answers) and one paragraph that announces the minimum age and driving licence (answers 2 by subject,
before the annex does); then, after a page break, "Bijlage: reactie per aanbeveling" with one level-2 heading per
addressee.  For each recommendation a plain paragraph "Aanbeveling N: <text as printed>" quotes it, followed by a
separate paragraph "Reactie: ..." that answers it.  Reactions of the RDW, the VNG and RAI Vereniging are given in
reported speech; their gold position is the position of the addressed body as the minister reports it.

   nr addressee (codes)        gold           why
    1 IenW: helmet LEVs + e-bike riders < 16   partial   helmet duty for all LEVs per 2027, not for children on
                                                         e-bikes (only some of the groups asked), one sentence
    2 IenW: minimum age 16 + licence AM        agree     covering letter: "Ik heb daarom besloten ..." (first in
                                                         document order); the annex repeats it with the bill date
    3 IenW: registration/plate for e-bikes     disagree  "Toch kies ik niet voor een registratie- en kentekenplicht
                                                         ...", reasons only, no other means offered
    4 IenW (+JenV): police means and powers    agree     "... geven hier gezamenlijk gevolg aan", rollenbanken and
                                                         seizure power; a second paragraph also carries the answer
    5 IenW: link police/hospital/insurer data  not_addressed  only "part of a broader trajectory", reported on in a
                                                         later letter, no view on linking or an annual analysis
    6 RDW (IenW): tamper-proof speed limiter   agree     "De RDW heeft laten weten dat zij ... zal opnemen."
    7 RDW (IenW): spot checks incl. non-EU     partial   RDW tests approved vehicles yearly, but cannot check
                                                         vehicles sold without approval from outside the EU
    8 RDW (IenW): public register with photos  disagree  "De RDW ziet geen aanleiding ..." (existing plate check)
    9 VNG (GEMEENTEN): model permit shared     partial   model permit with zones and parking, without the helmet
      vehicles                                           requirement asked
   10 VNG (GEMEENTEN): LEVs in local plans     not_addressed  "De VNG heeft nog niet gereageerd."
   11 RAI Vereniging (OTHER): battery info +   agree     members will supply information and take back batteries
      take-back                                          from 1 July 2026
   12 RAI Vereniging (OTHER): no offroad mode  disagree  "RAI Vereniging geeft aan de aanbeveling niet over te nemen,
      or tuning kits                                     omdat ..."; the minister only regrets it
Positions: agree 4, partial 3, disagree 3, not_addressed 2.
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


def bullets(*texts: str, style: str = "•") -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style=style)


def numbered(*texts: str) -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style="1.")


# The recommendations, as printed in the report and quoted in the annex of the response.
REC = {
    "1": "Voer een helmplicht in voor bestuurders van alle lichte elektrische voertuigen, waaronder e-steps, en voor "
         "kinderen jonger dan 16 jaar die een elektrische fiets besturen.",
    "2": "Stel voor het besturen van een licht elektrisch voertuig een minimumleeftijd van 16 jaar en het bezit van "
         "een rijbewijs AM verplicht, zoals dat ook voor bromfietsen geldt.",
    "3": "Maak het mogelijk om elektrische fietsen, waaronder fatbikes, en hun eigenaren te identificeren door een "
         "registratie- en kentekenplicht in te voeren, zodat bestuurders na een overtreding of ongeval kunnen "
         "worden achterhaald.",
    "4": "Zorg er samen met de minister van Justitie en Veiligheid voor dat de politie over de middelen en "
         "bevoegdheden beschikt om opgevoerde voertuigen langs de weg vast te stellen en direct uit het verkeer te "
         "halen.",
    "5": "Breng de ongevallen met lichte elektrische voertuigen en elektrische fietsen betrouwbaar in beeld door de "
         "gegevens van politie, ziekenhuizen en verzekeraars te koppelen, en publiceer hierover jaarlijks een "
         "analyse.",
    "6": "Neem in het toelatingskader voor lichte elektrische voertuigen de eis op dat de snelheidsbegrenzing niet "
         "door de gebruiker kan worden aangepast of uitgeschakeld, en laat fabrikanten dat met een rapport van een "
         "onafhankelijke testorganisatie aantonen.",
    "7": "Controleer steekproefsgewijs of lichte elektrische voertuigen die in Nederland te koop worden aangeboden, "
         "voldoen aan de eisen van het toelatingskader, en betrek daarbij ook voertuigen die via webwinkels van "
         "buiten de Europese Unie worden verkocht.",
    "8": "Publiceer een openbaar en doorzoekbaar overzicht van alle toegelaten typen lichte elektrische voertuigen, "
         "met afbeeldingen en de belangrijkste technische gegevens, zodat kopers en handhavers eenvoudig kunnen "
         "nagaan of een voertuig op de openbare weg mag rijden.",
    "9": "Stel samen met de gemeenten een modelvergunning op voor aanbieders van deelvoertuigen, met voorschriften "
         "over het dragen van een helm, snelheidsbeperkende zones in drukke gebieden en het parkeren van de "
         "voertuigen.",
    "10": "Ondersteun gemeenten bij het opnemen van lichte elektrische voertuigen en snelle elektrische fietsen in "
          "hun risicoanalyses en verkeersveiligheidsplannen, onder meer door kennis over de breedte en inrichting "
          "van fietspaden te bundelen en te delen.",
    "11": "Lever bij ieder verkocht licht elektrisch voertuig en iedere elektrische fiets duidelijke informatie over "
          "het veilig laden en opslaan van de accu mee, en neem beschadigde of afgedankte accu's kosteloos terug.",
    "12": "Spreek binnen de branche af dat geen voertuigen met een zogeheten offroad-stand en geen opvoersets meer "
          "worden verkocht, en verbind aan het overtreden van die afspraak sancties.",
}

DEPTS = {
    "1": ("IenW",), "2": ("IenW",), "3": ("IenW",), "4": ("IenW", "JenV"), "5": ("IenW",),
    "6": ("IenW",), "7": ("IenW",), "8": ("IenW",),
    "9": ("GEMEENTEN",), "10": ("GEMEENTEN",),
    "11": ("OTHER",), "12": ("OTHER",),
}


def recs(*numbers: str) -> ItemList:
    return ItemList(
        items=tuple(ListItem(REC[n], recommendation=Recommendation(n, DEPTS[n])) for n in numbers),
        style="1.",
        start=int(numbers[0]),
    )


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H("De Raad voor Veiligheidsonderzoek"),
    P("De Raad voor Veiligheidsonderzoek onderzoekt ongevallen, rampen en incidenten met als doel de veiligheid in "
      "Nederland te verbeteren. De Raad is onafhankelijk en bepaalt zelf welke voorvallen hij onderzoekt. Hij "
      "richt zich vooral op situaties waarin burgers voor hun veiligheid afhankelijk zijn van de overheid, "
      "bedrijven of organisaties. De Raad stelt niet vast wie schuld heeft of aansprakelijk is; zijn onderzoeken "
      "zijn erop gericht lessen te trekken die herhaling kunnen voorkomen."),
    P("Raad", bold=True),
    P("drs. H.W. (Hester) Oudeman-Kraaij, voorzitter; prof. dr. ir. R.J. (Ruud) Bakkenes; mr. dr. S. (Samira) "
      "el Idrissi"),
    P("Projectteam", bold=True),
    P("ir. T.A. (Tjeerd) Hoekstra, projectleider; drs. L. (Lotte) van der Wiel; M.E. (Maarten) Scholte MSc; "
      "ing. P.J. (Pieter) Roodenburg; dr. N. (Nadia) Kuipers-Yilmaz"),
    P("Dit rapport is in het Nederlands verschenen. Bij verschil in interpretatie tussen de Nederlandse versie en een "
      "eventuele vertaling is de Nederlandse tekst leidend. Het rapport is openbaar en kan worden gedownload via de "
      "website van de Raad."),
    PageBreak(),
    H("Samenvatting"),
    P("Op de Nederlandse fietspaden rijden steeds meer en steeds snellere elektrische voertuigen: e-steps, "
      "elektrische fietsen met brede banden, de zogeheten fatbikes, speed pedelecs, elektrische skateboards en "
      "monowielen. Ze zijn licht, wendbaar en goedkoop in gebruik, en voor veel mensen een aantrekkelijk "
      "alternatief voor de auto of het openbaar vervoer. Tegelijk nemen de ongevallen toe. Op de spoedeisende hulp "
      "van de ziekenhuizen werden in 2024 ruim 11.000 mensen behandeld na een ongeval met een elektrische fiets of "
      "een licht elektrisch voertuig, bijna twee keer zoveel als in 2020."),
    P("De Raad voor Veiligheidsonderzoek heeft veertien voorvallen uit 2023 en 2024 onderzocht. Elf daarvan waren "
      "verkeersongevallen, drie waren branden die ontstonden bij het laden van een accu in of bij een woning. Vijf "
      "mensen kwamen om het leven en negen raakten ernstig gewond. De Raad stelde zich de vraag waarom deze "
      "voorvallen konden gebeuren en wat zij zeggen over de manier waarop de veiligheid van nieuwe voertuigen in "
      "het verkeer is geregeld. De belangrijkste bevindingen zijn:"),
    bullets(
        "Bij zes van de elf verkeersongevallen reed het voertuig sneller dan de snelheid waarvoor het is ontworpen "
        "of toegelaten; bij vier ongevallen was het voertuig aantoonbaar opgevoerd.",
        "Zeven van de elf bestuurders waren jonger dan achttien jaar; drie waren jonger dan veertien. Geen van de "
        "jonge bestuurders had een verkeersexamen of rijopleiding voor een gemotoriseerd voertuig gevolgd.",
        "Bij drie van de vier dodelijke verkeersongevallen was hoofdletsel de doodsoorzaak. Geen van de "
        "verongelukte bestuurders droeg een helm.",
        "Opvoeren is eenvoudig: bij veel fatbikes kan de snelheidsbegrenzing met een app of een verborgen "
        "instelling worden uitgeschakeld, en opvoersets zijn vrij te koop.",
        "De politie kan ter plaatse nauwelijks vaststellen of een voertuig is opgevoerd; daarvoor is een rollenbank "
        "nodig die de meeste eenheden niet of alleen op het bureau hebben.",
        "De drie branden ontstonden bij het laden van een accu die eerder was beschadigd of met een niet-originele "
        "lader werd geladen. De eigenaren wisten niet dat dit gevaarlijk was.",
        "Een betrouwbaar beeld van het aantal ongevallen ontbreekt, omdat de politie ongevallen zonder motorvoertuig "
        "onvolledig registreert en gegevens van ziekenhuizen en verzekeraars niet worden gekoppeld.",
    ),
    P("De Raad concludeert dat de regels en het toezicht niet zijn meegegroeid met de snelle opkomst van lichte "
      "elektrische voertuigen en snelle elektrische fietsen. Nieuwe voertuigen worden toegelaten of als fiets "
      "verkocht zonder dat vooraf is nagedacht over wie ze gaat gebruiken, hoe snel ze in de praktijk rijden en "
      "waar ze dat doen. De risico's komen daardoor vooral terecht bij de meest kwetsbare groep: jonge, onervaren "
      "bestuurders, en de voetgangers en fietsers met wie zij het fietspad delen."),
    P("De Raad doet twaalf aanbevelingen. Hij richt zich daarbij tot de minister van Infrastructuur en Waterstaat, "
      "die verantwoordelijk is voor de verkeersveiligheid als geheel, tot de Rijksdienst voor het Wegverkeer, de "
      "Vereniging van Nederlandse Gemeenten en de fabrikanten en importeurs die in RAI Vereniging zijn verenigd. "
      "De aanbevelingen gaan onder meer over een helmplicht, een minimumleeftijd, het voorkomen en opsporen van "
      "opvoeren en het veilig laden van accu's. Zij staan in hoofdstuk 5."),
    PageBreak(),
    H("1 Inleiding"),
    H2("1.1 Aanleiding"),
    P("Op een zaterdagmiddag in mei 2024 botste een veertienjarige jongen op een fatbike in een woonwijk op een "
      "bestelauto die een uitrit verliet. De jongen overleed twee dagen later aan zijn verwondingen. Uit onderzoek "
      "van de politie bleek dat zijn fatbike was opgevoerd en ten tijde van de aanrijding ongeveer 38 kilometer per "
      "uur reed. Enkele weken eerder was in een portiekflat een brand ontstaan in een berging waar een e-step aan "
      "de lader stond; een bewoonster van de bovenwoning overleed aan de gevolgen van rookinhalatie."),
    P("Deze twee voorvallen stonden niet op zichzelf. Bij de Raad kwamen in 2023 en 2024 meldingen binnen van "
      "ernstige ongevallen met e-steps, fatbikes en andere elektrische voertuigen, en van branden die verband "
      "hielden met het laden van accu's. Ook de brandweer, de politie en verschillende ziekenhuizen wezen op een "
      "toename. De Raad heeft daarom besloten een onderzoek in te stellen naar een reeks voorvallen, om na te gaan "
      "welke gemeenschappelijke factoren daaraan ten grondslag liggen."),
    H2("1.2 Onderzoeksvragen"),
    P("De centrale vraag van het onderzoek luidt: welke factoren dragen bij aan ongevallen en incidenten met lichte "
      "elektrische voertuigen en snelle elektrische fietsen, en wat is nodig om de veiligheid van de bestuurders en "
      "van andere weggebruikers te vergroten? Deze vraag is uitgewerkt in vier deelvragen:"),
    numbered(
        "Wat is er gebeurd bij de onderzochte voorvallen, en welke rol speelden het voertuig, de bestuurder, de "
        "omgeving en het laden van de accu daarbij?",
        "Hoe is de toelating van lichte elektrische voertuigen en de verkoop van elektrische fietsen geregeld, en "
        "in hoeverre houden de regels rekening met het feitelijke gebruik?",
        "Hoe wordt toezicht gehouden op de naleving van de regels, door wie, en met welke middelen?",
        "Welk zicht hebben de betrokken partijen op het aantal en de aard van de ongevallen, en wat doen zij met "
        "die kennis?",
    ),
    H2("1.3 Afbakening"),
    P("Het onderzoek gaat over voertuigen die met elektrische ondersteuning of aandrijving op het fietspad of de "
      "rijbaan rijden en die geen auto of motorfiets zijn. De Raad gebruikt in dit rapport de term 'lichte "
      "elektrische voertuigen' (LEV's) voor voertuigen die via het toelatingskader van de RDW op de weg zijn "
      "toegelaten, zoals e-steps en elektrische skateboards. Elektrische fietsen met trapondersteuning tot 25 "
      "kilometer per uur, waaronder fatbikes, zijn juridisch gewone fietsen; waar het rapport over beide groepen "
      "gaat, spreekt het van 'lichte elektrische voertuigen en elektrische fietsen'. De speed pedelec, die tot 45 "
      "kilometer per uur ondersteunt en als bromfiets geldt, komt alleen zijdelings aan de orde."),
    P("Het onderzoek gaat niet over de aansprakelijkheid of de strafrechtelijke afwikkeling van de onderzochte "
      "ongevallen. Waar een strafzaak liep, heeft de Raad het openbaar ministerie geïnformeerd over zijn onderzoek; "
      "hij heeft geen gegevens uit het strafdossier gebruikt zonder toestemming van de betrokkenen."),
    H2("1.4 Werkwijze"),
    P("Het onderzoek is uitgevoerd tussen juni 2024 en juni 2025. Het projectteam heeft:"),
    bullets(
        "de veertien voorvallen gereconstrueerd op basis van politierapporten, verklaringen van betrokkenen en "
        "getuigen, camerabeelden en technisch onderzoek aan de voertuigen en accu's;",
        "25 voertuigen van de meest verkochte typen e-steps en fatbikes aangeschaft en op een rollenbank "
        "onderzocht op hun werkelijke topsnelheid en op de mogelijkheid de snelheidsbegrenzing te omzeilen;",
        "gesproken met 58 personen, onder wie betrokkenen en nabestaanden, politiemensen, brandweerofficieren, "
        "traumachirurgen, medewerkers van de RDW, het ministerie van Infrastructuur en Waterstaat, gemeenten, "
        "de SWOV, fabrikanten, importeurs en fietsenwinkeliers;",
        "de cijfers over ongevallen van de politie, de spoedeisende hulp van de ziekenhuizen en de verzekeraars "
        "vergeleken en geanalyseerd;",
        "de regelgeving in België, Duitsland, Frankrijk en Denemarken vergeleken met die in Nederland.",
    ),
    P("De Raad heeft een conceptversie van dit rapport voorgelegd aan de betrokken partijen. Hun reacties zijn "
      "beschreven in bijlage B."),
    H2("1.5 Leeswijzer"),
    P("Hoofdstuk 2 beschrijft de onderzochte voorvallen, de ongevalscijfers, de regelgeving en de betrokken "
      "partijen. In hoofdstuk 3 analyseert de Raad de factoren die aan de voorvallen hebben bijgedragen. Hoofdstuk "
      "4 bevat de conclusies en hoofdstuk 5 de aanbevelingen."),
    H("2 Feitelijke informatie"),
    H2("2.1 De onderzochte voorvallen"),
    P("De Raad heeft veertien voorvallen uit 2023 en 2024 geselecteerd die samen een beeld geven van de "
      "verschillende voertuigen, bestuurders en situaties. De voorvallen zijn geanonimiseerd; plaatsen zijn "
      "aangeduid naar provincie en type omgeving. Tabel 1 geeft een overzicht."),
    P("Tabel 1. Onderzochte voorvallen", bold=True),
    Table(
        header=("Nr.", "Datum", "Omgeving", "Voertuig", "Toedracht", "Gevolg"),
        rows=(
            ("1", "feb. 2023", "Utrecht, stad", "e-step", "eenzijdig, val over verkeersdrempel", "ernstig gewond"),
            ("2", "mei 2024", "Gelderland, woonwijk", "fatbike (opgevoerd)", "botsing met bestelauto uit uitrit",
             "overleden (14 jaar)"),
            ("3", "jun. 2023", "Noord-Holland, stad", "fatbike", "botsing met fietser bij inhalen",
             "fietser ernstig gewond"),
            ("4", "aug. 2023", "Zuid-Holland, dorp", "elektrisch skateboard", "val bij hoge snelheid",
             "overleden (19 jaar)"),
            ("5", "sep. 2023", "Overijssel, buitengebied", "fatbike (opgevoerd)", "botsing met personenauto op "
             "kruispunt", "ernstig gewond (15 jaar)"),
            ("6", "okt. 2023", "Noord-Brabant, stad", "deel-e-step", "aanrijding door bestelauto bij afslaan",
             "overleden (23 jaar)"),
            ("7", "nov. 2023", "Zuid-Holland, stad", "e-step", "aanrijding van voetganger op fietspad",
             "voetganger ernstig gewond (67 jaar)"),
            ("8", "jan. 2024", "Limburg, stad", "brand", "accu e-step in woonkamer", "bewoner ernstig gewond"),
            ("9", "mrt. 2024", "Groningen, stad", "monowiel", "val na verlies van grip", "ernstig gewond"),
            ("10", "apr. 2024", "Noord-Holland, dorp", "fatbike (opgevoerd)", "eenzijdig, bocht te snel",
             "ernstig gewond (13 jaar)"),
            ("11", "apr. 2024", "Flevoland, woonwijk", "brand", "accu fatbike in schuur", "materiële schade"),
            ("12", "apr. 2024", "Zuid-Holland, portiekflat", "brand", "accu e-step in berging",
             "overleden (71 jaar)"),
            ("13", "jul. 2024", "Friesland, buitengebied", "fatbike", "botsing met tractor",
             "ernstig gewond (16 jaar)"),
            ("14", "sep. 2024", "Utrecht, stad", "fatbike (opgevoerd)", "botsing met e-step op fietspad",
             "overleden (e-stepper, 31 jaar); bestuurder fatbike ernstig gewond"),
        ),
        widths=(0.8, 1.6, 2.3, 1.9, 2.4, 2.2),
        rules="grid",
    ),
    H2("2.2 Drie voorvallen nader beschreven"),
    P("Voorval 2: fatbike tegen bestelauto", bold=True),
    P("De veertienjarige bestuurder reed met twee vrienden door een woonwijk met een maximumsnelheid van 30 "
      "kilometer per uur. Het fietspad ligt daar op de rijbaan, gemarkeerd als fietsstrook. Een bestelauto verliet "
      "achteruit een uitrit. De bestuurder van de bestelauto verklaarde dat hij de straat had ingekeken en geen "
      "verkeer had gezien. Op basis van camerabeelden van een deurbel stelde de politie vast dat de fatbike met "
      "ongeveer 38 kilometer per uur reed. De jongen remde, maar kon de bestelauto niet meer ontwijken en kwam met "
      "zijn hoofd tegen de achterdeur. Hij droeg geen helm."),
    P("De fatbike was een jaar eerder gekocht bij een webwinkel. Volgens zijn ouders wisten zij niet dat de fiets "
      "sneller kon dan 25 kilometer per uur. Uit technisch onderzoek bleek dat de begrenzing was uitgeschakeld via "
      "een instelling in de bijbehorende app, die met een viercijferige code kon worden ontgrendeld. De code stond "
      "op een forum op internet."),
    P("Voorval 7: e-step op het fietspad", bold=True),
    P("Een vrouw van 67 stak bij een bushalte het vrijliggende fietspad over om bij de halte te komen. Zij werd "
      "geschept door een e-stepper die uit de bocht kwam. De e-stepper, een man van 28, verklaarde dat hij 'normaal' "
      "reed en de vrouw pas op het laatste moment zag. Zijn e-step was toegelaten voor 25 kilometer per uur. De "
      "remweg van een e-step met kleine wielen is bij die snelheid aanzienlijk langer dan van een gewone fiets. De "
      "vrouw brak haar heup en een arm en heeft maanden moeten revalideren."),
    P("Voorval 12: brand in een portiekflat", bold=True),
    P("In een portiekflat met drie woonlagen stond een e-step 's nachts aan de lader in een gezamenlijke berging op "
      "de begane grond. De accu raakte oververhit en vloog in brand. De rook verspreidde zich via het trappenhuis, "
      "dat de enige vluchtweg was. Een bewoonster van 71 op de bovenste verdieping overleed aan de gevolgen van "
      "rookinhalatie. Uit onderzoek van de brandweer bleek dat de accu enkele weken eerder bij een val was "
      "beschadigd, en dat de eigenaar een goedkopere lader gebruikte die niet bij de e-step was geleverd."),
    H2("2.3 Ongevalscijfers"),
    P("Er bestaat geen bron die alle ongevallen met lichte elektrische voertuigen en elektrische fietsen "
      "registreert. De Raad heeft drie bronnen naast elkaar gelegd: de registratie van verkeersongevallen door de "
      "politie, de registratie van spoedeisendehulpbezoeken in een steekproef van ziekenhuizen, en de schademeldingen "
      "bij verzekeraars. Tabel 2 laat de ontwikkeling zien op basis van de ziekenhuisgegevens.", footnotes=(
        "De spoedeisendehulpgegevens zijn een landelijke schatting op basis van een steekproef van ziekenhuizen; "
        "bewerking door de Raad.",)),
    P("Tabel 2. Spoedeisendehulpbezoeken na een ongeval (schatting)", bold=True),
    Table(
        header=("Voertuig", "2020", "2022", "2024", "Waarvan jonger dan 18 (2024)"),
        rows=(
            ("Elektrische fiets (tot 25 km/u), exclusief fatbike", "5.100", "6.600", "7.400", "9%"),
            ("Fatbike", "200", "900", "2.300", "58%"),
            ("E-step en ander licht elektrisch voertuig", "600", "1.000", "1.400", "31%"),
            ("Speed pedelec", "100", "150", "200", "2%"),
            ("Totaal", "6.000", "8.650", "11.300", "21%"),
        ),
        widths=(3.6, 1.0, 1.0, 1.0, 2.2),
        rules="rows",
    ),
    P("De politie registreerde in dezelfde jaren een veel kleiner aantal ongevallen. Van de ongevallen met een "
      "fatbike of e-step waarbij het slachtoffer op de spoedeisende hulp werd behandeld, komt naar schatting "
      "minder dan een op de tien in de politieregistratie terecht. Dat komt vooral doordat bij eenzijdige "
      "ongevallen en ongevallen tussen fietsers onderling meestal geen politie ter plaatse komt. Verzekeraars "
      "hebben weer andere gegevens: zij registreren schade aan derden en aan het voertuig, maar niet altijd om welk "
      "type voertuig het ging."),
    P("Het aantal verkeersdoden onder bestuurders van elektrische fietsen en lichte elektrische voertuigen is "
      "gestegen van 79 in 2020 tot 112 in 2024. Het grootste deel daarvan zijn ouderen op een gewone elektrische "
      "fiets. Het aandeel jongeren neemt echter snel toe, en bij fatbikes en e-steps vormen jongeren en jongvolwassenen "
      "de grootste groep slachtoffers."),
    H2("2.4 Voertuigen en regelgeving"),
    P("Voor de verschillende typen voertuigen gelden uiteenlopende regels. Tabel 3 vat de situatie samen zoals die "
      "gold tijdens het onderzoek."),
    P("Tabel 3. Regels per type voertuig (peildatum 1 juni 2025)", bold=True),
    Table(
        header=("Voertuig", "Maximale ondersteuning of snelheid", "Toelating", "Kenteken", "Minimumleeftijd",
                "Helm"),
        rows=(
            ("Elektrische fiets, ook fatbike", "25 km/u, alleen bij trappen", "geen (Europese productnorm)",
             "nee", "geen", "nee"),
            ("E-step, elektrisch skateboard", "25 km/u", "toelatingskader LEV (RDW)", "ja", "geen", "nee"),
            ("Monowiel, hoverboard", "n.v.t.", "niet toegelaten op de openbare weg", "n.v.t.", "n.v.t.", "n.v.t."),
            ("Snorfiets", "25 km/u", "Europese typegoedkeuring", "ja", "16 jaar, rijbewijs AM", "ja (sinds 2023)"),
            ("Speed pedelec", "45 km/u", "Europese typegoedkeuring", "ja", "16 jaar, rijbewijs AM", "ja"),
        ),
        widths=(2.2, 2.1, 2.1, 1.5, 1.6, 1.3),
        rules="grid",
    ),
    P("Lichte elektrische voertuigen zoals e-steps vallen niet onder de Europese typegoedkeuring. Nederland heeft "
      "daarom een nationaal toelatingskader ingevoerd, waarin de RDW per type beoordeelt of een voertuig veilig "
      "genoeg is om op de weg te rijden. Daarbij kijkt de RDW onder meer naar remmen, verlichting, stuurgedrag en "
      "de maximale snelheid. Of de snelheidsbegrenzing door de gebruiker kan worden omzeild, is geen onderdeel van "
      "de toets. Een toegelaten LEV krijgt een kenteken en moet verzekerd zijn.", footnotes=(
        "Regeling voertuigen, hoofdstuk 4a, en de beleidsregel toelatingskader lichte elektrische voertuigen.",)),
    P("Een elektrische fiets met trapondersteuning die stopt bij 25 kilometer per uur, is juridisch een fiets. "
      "Daarvoor gelden geen toelating, geen kenteken, geen leeftijdsgrens en geen helmplicht. Of een fiets aan de "
      "Europese productnorm voldoet, controleert de fabrikant zelf. Een elektrische fiets die ook zonder trappen "
      "rijdt of die ondersteuning geeft boven 25 kilometer per uur, is juridisch een bromfiets. Wie daarop rijdt "
      "zonder kenteken, verzekering en rijbewijs, begaat een overtreding. Een opgevoerde fatbike is dus in feite "
      "een bromfiets zonder kenteken."),
    H2("2.5 Betrokken partijen"),
    P("Bij de veiligheid van lichte elektrische voertuigen en elektrische fietsen zijn veel partijen betrokken. De "
      "belangrijkste zijn:"),
    bullets(
        "de minister van Infrastructuur en Waterstaat, die verantwoordelijk is voor het verkeersveiligheidsbeleid "
        "en de regels over voertuigen, bestuurders en gedrag in het verkeer;",
        "de minister van Justitie en Veiligheid, die verantwoordelijk is voor de politie en de strafrechtelijke "
        "handhaving van de verkeersregels;",
        "de RDW, die lichte elektrische voertuigen toelaat, kentekens afgeeft en het kentekenregister beheert;",
        "gemeenten, die verantwoordelijk zijn voor de inrichting van de meeste fietspaden en voor vergunningen "
        "aan aanbieders van deelvoertuigen, en hun vereniging, de VNG;",
        "de politie en de buitengewoon opsporingsambtenaren van gemeenten, die toezicht houden in het verkeer;",
        "fabrikanten, importeurs en verkopers van voertuigen, van wie een deel is verenigd in RAI Vereniging;",
        "de veiligheidsregio's en de brandweer, die branden bestrijden en voorlichting geven over brandveiligheid.",
    ),
    H("3 Analyse"),
    H2("3.1 Snelheid en opvoeren"),
    P("Snelheid speelde bij de meeste onderzochte verkeersongevallen een rol. Bij zes van de elf ongevallen reed het "
      "voertuig sneller dan 25 kilometer per uur, in één geval bijna 45. Een hogere snelheid verlengt de remweg en "
      "maakt de gevolgen van een botsing ernstiger. Andere weggebruikers schatten de snelheid van een fatbike of "
      "e-step bovendien vaak te laag in, omdat zij die associëren met een gewone fiets. Dat speelde zichtbaar bij "
      "voorval 2 en voorval 5, waarin een automobilist de naderende fatbike te laat zag."),
    P("De Raad heeft 25 veelverkochte voertuigen op een rollenbank getest. Bij 14 van de 18 fatbikes kon de "
      "snelheidsbegrenzing zonder gereedschap worden omzeild: via een app, een verborgen menu op het display of "
      "een zogeheten offroad-stand die de verkoper op verzoek ontgrendelde. Bij vier fatbikes was daarvoor een "
      "opvoerset nodig, die voor twintig tot zestig euro online te koop was. Van de zeven e-steps konden er twee "
      "via de app sneller worden ingesteld dan 25 kilometer per uur. Fabrikanten en verkopers wezen erop dat de "
      "offroad-stand alleen bedoeld is voor gebruik op eigen terrein. In de praktijk wordt hij vrijwel uitsluitend "
      "op de openbare weg gebruikt."),
    P("Het toelatingskader van de RDW toetst of een e-step bij aflevering niet harder gaat dan 25 kilometer per "
      "uur, maar niet of die begrenzing achteraf eenvoudig kan worden gewijzigd. Voor elektrische fietsen bestaat "
      "geen voorafgaande toets: de fabrikant verklaart zelf dat de fiets aan de norm voldoet. Niemand controleert "
      "daarna of dat ook zo is."),
    H2("3.2 De bestuurder: leeftijd en ervaring"),
    P("Zeven van de elf bestuurders bij de verkeersongevallen waren minderjarig. Jongeren schatten risico's anders in "
      "dan volwassenen en hebben minder ervaring met het inschatten van verkeerssituaties. Bij een gewone fiets "
      "compenseert de lage snelheid dat gebrek aan ervaring grotendeels. Op een fatbike of e-step die 25 kilometer "
      "per uur of harder gaat, is dat niet meer zo. De Raad constateert dat voor een snorfiets, die niet sneller "
      "mag dan 25 kilometer per uur, een minimumleeftijd van zestien jaar en een rijbewijs gelden, terwijl een "
      "twaalfjarige zonder enige opleiding een even snelle fatbike of e-step mag besturen."),
    P("Ouders spelen een grote rol bij de aanschaf. Veel ouders die de Raad sprak, zagen de fatbike als een veilig en "
      "duurzaam alternatief voor de scooter, en wisten niet dat het voertuig kon worden opgevoerd. Enkele ouders "
      "wisten dat wel, maar voelden zich machteloos omdat 'alle vrienden' een opgevoerde fatbike hadden."),
    H2("3.3 Beschermingsmiddelen"),
    P("Bij drie van de vier dodelijke verkeersongevallen overleed het slachtoffer aan hoofdletsel. Geen van de "
      "slachtoffers droeg een helm. Traumachirurgen die de Raad sprak, zien op de spoedeisende hulp een toename van "
      "ernstig hoofd- en gezichtsletsel bij jonge bestuurders van fatbikes en e-steps. Uit internationaal onderzoek "
      "blijkt dat een helm de kans op ernstig hersenletsel bij een val of botsing met ongeveer twee derde "
      "vermindert.", footnotes=(
        "Zie onder meer de overzichtsstudies naar helmgebruik bij fietsers en bestuurders van e-steps die de SWOV "
        "in 2023 en 2024 heeft samengevat.",)),
    P("Het vrijwillige helmgebruik onder bestuurders van e-steps en fatbikes is laag: bij tellingen die de Raad liet "
      "uitvoeren in vier steden droeg minder dan vijf procent een helm. Bij bestuurders van speed pedelecs, voor "
      "wie een helmplicht geldt, was dat vrijwel honderd procent. In landen die een helmplicht voor e-steps kennen, "
      "zoals Frankrijk voor minderjarigen, ligt het helmgebruik in de betrokken groep aanzienlijk hoger."),
    H2("3.4 Het fietspad als gedeelde ruimte"),
    P("Het Nederlandse fietspad is ontworpen voor fietsers die met een snelheid van vijftien tot twintig kilometer "
      "per uur rijden. Door de opkomst van elektrische voertuigen lopen de snelheden op het fietspad steeds verder "
      "uiteen: van een kind op een gewone fiets tot een opgevoerde fatbike. Veel fietspaden zijn te smal om veilig "
      "in te halen, en bochten, bushaltes en kruispunten bieden weinig zicht. Bij voorval 7 kwam de e-stepper uit "
      "een bocht met een beperkt zicht op de oversteekplaats naar de bushalte."),
    P("Gemeenten zijn verantwoordelijk voor het grootste deel van de fietspaden. Zij hebben in hun risicoanalyses "
      "voor de verkeersveiligheid vaak geen aandacht voor de nieuwe voertuigen. Van de twaalf gemeenten die de Raad "
      "sprak, had er één de gevolgen van de snelheidsverschillen op het fietspad systematisch in kaart gebracht. "
      "Gemeenten die deelvoertuigen toestaan, stellen in hun vergunningen zeer verschillende eisen aan de "
      "aanbieders; sommige verplichten een lagere maximumsnelheid in het centrum, andere stellen geen eisen."),
    H2("3.5 Accu's en brandveiligheid"),
    P("De drie branden ontstonden bij het laden van een lithium-ionaccu. Bij twee daarvan was de accu eerder "
      "beschadigd, bij alle drie werd geladen met een lader die niet bij het voertuig was geleverd. Een brandende "
      "lithium-ionaccu ontwikkelt in korte tijd veel hitte en giftige rook, en is moeilijk te blussen. Als het "
      "voertuig in een trappenhuis, gang of berging staat die ook de vluchtweg is, kan een brand fatale gevolgen "
      "hebben, zoals bij voorval 12."),
    P("Geen van de eigenaren wist dat een beschadigde accu of een niet-originele lader een brandrisico vormt. De "
      "gebruiksaanwijzingen die bij de voertuigen werden geleverd, vermeldden dat risico niet of alleen in kleine "
      "letters. Afgedankte of beschadigde accu's worden volgens de brandweer regelmatig thuis bewaard, omdat "
      "eigenaren niet weten waar zij ze kunnen inleveren."),
    H2("3.6 Toezicht en handhaving"),
    P("Om vast te stellen dat een voertuig sneller rijdt dan toegestaan, moet de politie de snelheid meten of het "
      "voertuig op een rollenbank testen. Een gewone snelheidsmeting zegt niet of het voertuig is opgevoerd: een "
      "fatbike kan bergaf ook zonder ondersteuning harder dan 25 kilometer per uur. De meeste politie-eenheden "
      "beschikken niet over een mobiele rollenbank. Agenten moeten het voertuig dan naar het bureau brengen of "
      "laten ophalen, wat in de praktijk zelden gebeurt."),
    P("Ook als de politie vaststelt dat een fatbike is opgevoerd, kan zij het voertuig niet altijd direct uit het "
      "verkeer halen. Inbeslagname is alleen mogelijk als er een verdenking van een strafbaar feit is en de "
      "officier van justitie daarmee instemt. Bestuurders krijgen meestal een boete en rijden daarna verder. "
      "Politiemensen die de Raad sprak, noemden de handhaving op opgevoerde voertuigen 'dweilen met de kraan "
      "open'."),
    P("Op de verkoop van voertuigen houdt niemand structureel toezicht. De RDW controleert toegelaten LEV's alleen "
      "bij de toelating, niet in de winkel. Voertuigen die via webwinkels van buiten de Europese Unie worden "
      "aangeboden, zijn vaak niet toegelaten of voldoen niet aan de norm, maar worden toch verkocht met de "
      "vermelding 'alleen voor eigen terrein'."),
    H2("3.7 Zicht op ongevallen"),
    P("Beleid en toezicht zijn alleen effectief als bekend is waar en waarom ongevallen gebeuren. De Raad constateert "
      "dat een samenhangend beeld ontbreekt. De politieregistratie is onvolledig, de ziekenhuisregistratie is een "
      "steekproef, en de gegevens van verzekeraars worden niet gedeeld. Het type voertuig wordt in geen van de "
      "bronnen eenduidig vastgelegd: een fatbike wordt soms als fiets, soms als bromfiets en soms als 'overig' "
      "geregistreerd. Daardoor kan niemand met zekerheid zeggen hoeveel ongevallen er met fatbikes gebeuren, en "
      "of maatregelen effect hebben."),
    H("4 Conclusies"),
    P("Op basis van de analyse komt de Raad tot de volgende conclusies."),
    numbered(
        "Het aantal ernstige ongevallen met lichte elektrische voertuigen en snelle elektrische fietsen is sinds "
        "2020 sterk gestegen. Jongeren zijn onder de slachtoffers en de betrokken bestuurders sterk "
        "oververtegenwoordigd.",
        "Te hoge snelheid was bij de meeste onderzochte verkeersongevallen een bepalende factor. Opvoeren is "
        "eenvoudig en wordt door de manier waarop voertuigen worden ontworpen en verkocht in de hand gewerkt.",
        "De regels voor bestuurders zijn niet afgestemd op de snelheid van de voertuigen: voor even snelle "
        "voertuigen gelden zeer verschillende eisen aan leeftijd, opleiding en bescherming.",
        "Een helm had bij een deel van de onderzochte ongevallen de ernst van het letsel waarschijnlijk beperkt. Het "
        "vrijwillige helmgebruik is te laag om dat effect te bereiken.",
        "Het toelatingskader voor lichte elektrische voertuigen houdt geen rekening met de mogelijkheid dat de "
        "gebruiker de snelheidsbegrenzing omzeilt. Voor elektrische fietsen ontbreekt elke onafhankelijke toets.",
        "De politie mist de middelen en bevoegdheden om opgevoerde voertuigen effectief op te sporen en uit het "
        "verkeer te halen, en op de verkoop van voertuigen wordt geen structureel toezicht gehouden.",
        "Gebruikers zijn onvoldoende op de hoogte van de brandrisico's van beschadigde accu's en niet-originele "
        "laders. Fabrikanten en verkopers informeren hen daar niet of nauwelijks over.",
        "Een betrouwbaar beeld van ongevallen met lichte elektrische voertuigen en elektrische fietsen ontbreekt, "
        "waardoor beleid en toezicht niet op feiten kunnen worden gebaseerd en de effecten van maatregelen niet "
        "kunnen worden gevolgd.",
    ),
    P("De Raad stelt vast dat de verantwoordelijkheid voor de veiligheid van deze voertuigen verspreid is over veel "
      "partijen, die elk een deel van het probleem zien. Niemand overziet het geheel. Daarbij blijft het voertuig "
      "zelf, en de manier waarop het wordt verkocht en gebruikt, buiten beeld."),
    H("5 Aanbevelingen"),
    P("De onderzochte voorvallen laten zien dat de veiligheid van bestuurders van lichte elektrische voertuigen en "
      "elektrische fietsen, en van de mensen met wie zij de weg delen, niet vanzelf meegroeit met hun aantal. Er is "
      "een samenhangende aanpak nodig, die begint bij het voertuig en de bestuurder en doorloopt tot in het toezicht "
      "en de registratie van ongevallen. Op grond van zijn conclusies doet de Raad de volgende aanbevelingen."),
    P("Aan de minister van Infrastructuur en Waterstaat:", bold=True),
    recs("1", "2", "3", "4", "5"),
    P("Aan de Rijksdienst voor het Wegverkeer (RDW):", bold=True),
    recs("6", "7", "8"),
    P("Aan de Vereniging van Nederlandse Gemeenten (VNG):", bold=True),
    recs("9", "10"),
    P("Aan de fabrikanten en importeurs, verenigd in RAI Vereniging:", bold=True),
    recs("11", "12"),
    P("De Raad vraagt de minister van Infrastructuur en Waterstaat, als eerstverantwoordelijke voor de "
      "verkeersveiligheid, om de reacties van de andere geadresseerden te bundelen en uiterlijk zes maanden na "
      "publicatie van dit rapport aan de Raad en de Tweede Kamer te zenden."),
    P("drs. H.W. Oudeman-Kraaij, voorzitter van de Raad voor Veiligheidsonderzoek"),
    P("mr. J.C. Verbrugge, algemeen secretaris"),
    PageBreak(),
    H("Bijlage A Onderzoeksverantwoording"),
    P("Het onderzoek is uitgevoerd door een projectteam van de Raad, ondersteund door een externe begeleidingsgroep "
      "met deskundigen op het gebied van verkeersveiligheid, voertuigtechniek en brandveiligheid. De leden van de "
      "begeleidingsgroep namen op persoonlijke titel deel en zijn niet verantwoordelijk voor de inhoud van het "
      "rapport."),
    P("Voor de technische tests heeft de Raad een geaccrediteerd testlaboratorium ingeschakeld. De voertuigen zijn "
      "in de winkel of online aangeschaft zoals een particuliere koper dat zou doen. De tests zijn uitgevoerd "
      "volgens een protocol dat vooraf met de RDW is besproken. De uitkomsten per voertuigtype zijn gedeeld met de "
      "betrokken fabrikanten en importeurs."),
    P("De gesprekken met betrokkenen en nabestaanden zijn gevoerd met hun toestemming. De Raad heeft hen vooraf "
      "geïnformeerd over het doel van het onderzoek en over de manier waarop hun informatie zou worden gebruikt. "
      "Citaten zijn ter controle aan hen voorgelegd."),
    H("Bijlage B Reacties op het conceptrapport"),
    P("Een conceptversie van dit rapport is in juli 2025 ter inzage gegeven aan de ministeries van Infrastructuur en "
      "Waterstaat en van Justitie en Veiligheid, de RDW, de VNG, de politie, RAI Vereniging, de SWOV, de "
      "betrokken veiligheidsregio's en de direct betrokkenen bij de voorvallen. De Raad heeft de reacties als volgt "
      "verwerkt:"),
    bullets(
        "Feitelijke onjuistheden en onvolledigheden zijn gecorrigeerd, voor zover de Raad ze met documenten of "
        "verklaringen kon onderbouwen.",
        "Waar een partij een andere zienswijze gaf die de Raad niet overnam, is dat in de tekst of in een voetnoot "
        "vermeld.",
        "Reacties die geen verband hielden met de feiten of de analyse, maar met de aanbevelingen, zijn niet "
        "verwerkt; daarop kunnen de partijen in hun reactie op het rapport ingaan.",
    ),
    P("RAI Vereniging merkte in haar reactie op dat haar leden slechts een deel van de markt voor elektrische fietsen "
      "en lichte elektrische voertuigen vertegenwoordigen. De RDW wees erop dat het toelatingskader bij de invoering "
      "bewust is beperkt tot de technische staat van het voertuig bij aflevering. De Raad heeft beide opmerkingen in "
      "het rapport verwerkt."),
)

REPORT = Document(
    title="Licht, snel en kwetsbaar",
    subtitle="Ongevallen met e-steps en andere lichte elektrische voertuigen",
    blocks=REPORT_BLOCKS,
    running_header="Raad voor Veiligheidsonderzoek  |  Licht, snel en kwetsbaar",
    footer="{page}",
    font_family="serif",
    font_size=10.5,
    title_page=True,
    imprint=("Raad voor Veiligheidsonderzoek", "Den Haag, oktober 2025"),
)

# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV2_LETTER = ("Ik heb daarom besloten om voor het besturen van alle lichte elektrische voertuigen een minimumleeftijd "
              "van zestien jaar en een rijbewijs AM verplicht te stellen.")
EV1 = ("Ik voer per 1 januari 2027 een helmplicht in voor bestuurders van alle lichte elektrische voertuigen, maar "
       "niet voor kinderen jonger dan 16 jaar op een elektrische fiets.")
EV2 = ("In het wetsvoorstel dat ik in 2026 in consultatie breng, worden de minimumleeftijd van zestien jaar en het "
       "rijbewijs AM voor lichte elektrische voertuigen geregeld, met 1 juli 2027 als beoogde datum van "
       "inwerkingtreding.")
EV3 = "Toch kies ik niet voor een registratie- en kentekenplicht voor elektrische fietsen."
EV4 = "De minister van Justitie en Veiligheid en ik geven hier gezamenlijk gevolg aan."
EV4B = "Ik ondersteun dat met een bijdrage aan de opleiding van handhavers in het gebruik van de nieuwe rollenbanken."
EV6 = ("De RDW heeft laten weten dat zij de eis van een niet-manipuleerbare snelheidsbegrenzing per 1 januari 2027 "
       "in het toelatingskader voor lichte elektrische voertuigen zal opnemen.")
EV7 = ("De RDW geeft aan dat zij vanaf 2026 jaarlijks een steekproef van toegelaten lichte elektrische voertuigen "
       "in winkels en bij webwinkels zal aanschaffen en testen, maar dat zij voertuigen die zonder toelating via "
       "webwinkels van buiten de Europese Unie worden aangeboden, niet kan controleren.")
EV8 = ("De RDW ziet geen aanleiding om een afzonderlijk overzicht van toegelaten typen met afbeeldingen te "
       "publiceren.")
EV9 = ("Volgens de VNG zal zij vóór de zomer van 2026 een modelvergunning voor aanbieders van deelvoertuigen "
       "publiceren met voorschriften over snelheidsbeperkende zones en parkeren, maar zonder een voorschrift over "
       "het dragen van een helm.")
EV11 = ("RAI Vereniging heeft mij laten weten dat haar leden vanaf 1 juli 2026 bij ieder verkocht voertuig "
        "informatie over veilig laden en opslaan zullen meeleveren en beschadigde of afgedankte accu's kosteloos "
        "zullen terugnemen.")
EV12 = ("RAI Vereniging geeft aan de aanbeveling niet over te nemen, omdat zij als brancheorganisatie haar leden "
        "geen verkoopverbod kan opleggen en daar ook geen sancties aan kan verbinden.")


def quote(number: str) -> Paragraph:
    return P(f"Aanbeveling {number}: {REC[number]}")


RESPONSE_BLOCKS = (
    P("Geachte voorzitter,"),
    P("Met deze brief bied ik u, mede namens de minister van Justitie en Veiligheid, de reactie aan op het rapport "
      "'Licht, snel en kwetsbaar. Ongevallen met e-steps en andere lichte elektrische voertuigen' van de Raad voor "
      "Veiligheidsonderzoek (hierna: de Raad). De Raad publiceerde het rapport op 9 oktober 2025. Hij onderzocht "
      "veertien ongevallen en incidenten uit 2023 en 2024, waarbij vijf mensen om het leven kwamen en negen mensen "
      "ernstig gewond raakten. Drie van de voorvallen waren branden die ontstonden bij het laden van een accu."),
    P("Achter deze cijfers gaan mensen schuil: een jongen van veertien die met een opgevoerde fatbike tegen een "
      "bestelauto reed, een vrouw van 67 die bij een bushalte werd geschept door een e-step, een bewoonster van een "
      "portiekflat die de rook van een brandende accu niet kon ontvluchten. Ik wil de nabestaanden en de "
      "betrokkenen die met de Raad spraken, mijn medeleven betuigen. Ik dank de Raad voor een grondig rapport, dat "
      "ons dwingt kritisch te kijken naar het tempo waarin nieuwe voertuigen het fietspad op komen en naar de "
      "regels die daarbij achterblijven."),
    P("De Raad concludeert dat de regels en het toezicht niet zijn meegegroeid met de opkomst van lichte "
      "elektrische voertuigen en snelle elektrische fietsen, dat opvoeren eenvoudig is en nauwelijks wordt "
      "opgemerkt, en dat vooral jonge, onervaren bestuurders daarvan de gevolgen dragen. Ik deel die conclusies. "
      "Het kabinet heeft de afgelopen jaren al een aantal stappen gezet:"),
    bullets(
        "sinds 1 januari 2025 geldt voor het rijden op een opgevoerde elektrische fiets een eigen feitcode met een "
        "hogere boete, zodat de politie deze overtreding ook afzonderlijk kan registreren;",
        "in het Strategisch Plan Verkeersveiligheid 2030 is de veiligheid van fietsers en bestuurders van lichte "
        "elektrische voertuigen als prioriteit benoemd, met een jaarlijkse rijksbijdrage aan gemeenten voor "
        "infrastructurele maatregelen;",
        "de campagne 'Rustig aan op het fietspad' richt zich sinds het voorjaar van 2025 op jongeren en hun ouders;",
        "de SWOV onderzoekt in mijn opdracht het gedrag en de ongevalsbetrokkenheid van bestuurders van fatbikes; "
        "de resultaten verwacht ik in de zomer van 2026.",
    ),
    P("Deze stappen zijn niet voldoende. Het rapport laat zien dat kinderen van twaalf of dertien jaar zonder enige "
      "opleiding voertuigen besturen die even snel of sneller zijn dan een snorfiets. " + EV2_LETTER + " Een "
      "bromfiets mag pas vanaf zestien jaar en met een rijbewijs worden bestuurd; voor een voertuig dat even snel "
      "kan rijden, moet hetzelfde gelden. In de bijlage licht ik de uitwerking en de planning toe.",
      answers=(Answer("2", "agree", EV2_LETTER),)),
    P("De Raad richt twaalf aanbevelingen tot vier partijen: vijf aan mij, drie aan de Rijksdienst voor het "
      "Wegverkeer (RDW), twee aan de Vereniging van Nederlandse Gemeenten (VNG) en twee aan de fabrikanten en "
      "importeurs die zijn verenigd in RAI Vereniging. Ik heb de RDW, de VNG en RAI Vereniging gevraagd mij te "
      "laten weten wat zij met de aan hen gerichte aanbevelingen doen, zodat ik u, zoals de Raad vraagt, een "
      "gebundeld beeld kan geven. In de bijlage bij deze brief vindt u per aanbeveling de tekst van de Raad en de "
      "reactie daarop. Voor de aanbevelingen aan andere partijen geef ik hun reactie weer zoals zij die aan mij "
      "hebben gestuurd."),
    P("Over de uitvoering van de maatregelen uit deze reactie informeer ik u in de voortgangsbrief "
      "verkeersveiligheid die ik u jaarlijks in het najaar stuur. De Raad heeft gevraagd om binnen een jaar na "
      "publicatie te laten weten hoe de aanbevelingen zijn opgevolgd; ook dat doe ik in die brief."),
    P("Hoogachtend,"),
    P("de minister van Infrastructuur en Waterstaat,"),
    P("ir. M.J. Verhoef-Lindeman"),
    PageBreak(),
    H("Bijlage: reactie per aanbeveling"),
    P("In deze bijlage is iedere aanbeveling van de Raad letterlijk overgenomen, gevolgd door de reactie daarop. De "
      "aanbevelingen zijn gegroepeerd naar de partij aan wie zij zijn gericht, in de volgorde van het rapport."),
    H2("Aanbevelingen aan de minister van Infrastructuur en Waterstaat"),
    quote("1"),
    P("Reactie: Bij drie van de vier dodelijke verkeersongevallen die de Raad onderzocht, was hoofdletsel de "
      "doodsoorzaak, en geen van de verongelukte bestuurders droeg een helm. Een helm verkleint de kans op ernstig "
      "hersenletsel aanzienlijk. " + EV1 + " Dat sluit aan bij de helmplicht die sinds 2023 voor snorfietsers "
      "geldt. Voor kinderen op een elektrische fiets ligt het anders: een aparte helmplicht voor één leeftijdsgroep "
      "op één type fiets is moeilijk te handhaven en kan ertoe leiden dat kinderen minder gaan fietsen. Voor deze "
      "groep zet ik in op voorlichting via scholen en de campagne 'Rustig aan op het fietspad', en ik vraag de SWOV "
      "het helmgebruik onder jongeren op elektrische fietsen jaarlijks te meten.",
      answers=(Answer("1", "partial", EV1),)),
    quote("2"),
    P("Reactie: Zoals ik in de brief heb aangegeven, volg ik de Raad hierin. " + EV2 + " Houders van een licht "
      "elektrisch voertuig van zestien jaar of ouder die nog geen rijbewijs hebben, krijgen na de "
      "inwerkingtreding een jaar de tijd om dat te halen. Met het CBR verken ik of het theorie-examen voor het "
      "rijbewijs AM kan worden aangevuld met vragen die specifiek over het fietspad gaan.",
      answers=(Answer("2", "agree", EV2),)),
    quote("3"),
    P("Reactie: Ik begrijp de wens van de Raad om bestuurders van elektrische fietsen beter te kunnen "
      "identificeren, in het bijzonder na een ongeval waarbij de bestuurder doorrijdt. " + EV3 + " Nederland telt "
      "naar schatting ruim vijf miljoen elektrische fietsen. Een registratie- en kentekenplicht voor al die fietsen "
      "zou een grote uitvoeringslast voor de RDW en een lastenverzwaring voor miljoenen fietsers betekenen, terwijl "
      "het overgrote deel van hen zich aan de regels houdt. Bovendien valt een elektrische fiets met "
      "trapondersteuning tot 25 kilometer per uur op grond van Europese regelgeving niet onder de typegoedkeuring "
      "voor motorvoertuigen, zodat een nationale kentekenplicht op gespannen voet staat met het vrij verkeer van "
      "goederen. Ik wijs er wel op dat een fatbike die sneller rijdt dan 25 kilometer per uur, juridisch een "
      "bromfiets is, waarvoor nu al een kenteken verplicht is.",
      answers=(Answer("3", "disagree", EV3),)),
    quote("4"),
    P("Reactie: " + EV4 + " De politie kan nu in de regel alleen op het bureau, met een vaste rollenbank, "
      "vaststellen of een voertuig is opgevoerd. Met ingang van 2026 stelt de minister van Justitie en Veiligheid "
      "middelen beschikbaar voor de aanschaf van dertig mobiele rollenbanken, zodat iedere politie-eenheid ten "
      "minste twee rollenbanken langs de weg kan inzetten. Daarnaast regel ik in de Wegenverkeerswet 1994 dat een "
      "voertuig waarvan is vastgesteld dat het is opgevoerd, ter plaatse in beslag kan worden genomen en pas wordt "
      "teruggegeven als de oorspronkelijke snelheidsbegrenzing is hersteld.",
      answers=(Answer("4", "agree", EV4),)),
    P("De politie ontwikkelt daarnaast, samen met het Openbaar Ministerie, een handhavingsaanpak voor opgevoerde "
      "voertuigen, met controles rond scholen, sportparken en uitgaansgebieden. " + EV4B,
      answers=(Answer("4", "agree", EV4B),)),
    quote("5"),
    P("Reactie: De registratie van verkeersongevallen door de politie is onvolledig, vooral bij ongevallen waarbij "
      "geen motorvoertuig betrokken is. Dat probleem geldt niet alleen voor lichte elektrische voertuigen. De "
      "verbetering van de ongevallenregistratie is daarom onderdeel van een breder traject met de politie, "
      "VeiligheidNL, het Verbond van Verzekeraars en de SWOV, waarin ook het koppelen van bestanden en de "
      "privacyvragen die daarbij spelen aan de orde komen. Over de uitkomsten van dat traject informeer ik uw Kamer "
      "in de voortgangsbrief verkeersveiligheid van het najaar van 2026."),
    H2("Aanbevelingen aan de Rijksdienst voor het Wegverkeer (RDW)"),
    quote("6"),
    P("Reactie: " + EV6 + " Bij nieuwe aanvragen moet de fabrikant dan met een rapport van een onafhankelijke "
      "testorganisatie aantonen dat de begrenzing niet via een app, een verborgen menu of een eenvoudige ingreep aan "
      "de bedrading kan worden omzeild. Voor typen die al zijn toegelaten, gaat de RDW na of een aanvullende toets "
      "nodig is. Ik ben de RDW erkentelijk voor deze snelle toezegging.",
      answers=(Answer("6", "agree", EV6),)),
    quote("7"),
    P("Reactie: " + EV7 + " Zij wijst erop dat zij alleen bevoegd is ten aanzien van voertuigen waarvoor een "
      "toelating is aangevraagd of verleend. Voertuigen die zonder toelating, bijvoorbeeld als speelgoed of 'voor "
      "gebruik op eigen terrein', via buitenlandse webwinkels worden verkocht, vallen onder het algemene "
      "markttoezicht op productveiligheid. Ik ga met de minister van Economische Zaken na hoe dat toezicht beter kan "
      "aansluiten op het werk van de RDW.",
      answers=(Answer("7", "partial", EV7),)),
    quote("8"),
    P("Reactie: " + EV8 + " Alle toegelaten voertuigen staan in het kentekenregister, en via de openbare "
      "kentekencheck op de website van de RDW kan iedereen met het kenteken nagaan om welk merk en type het gaat "
      "en of het voertuig een geldige toelating heeft. De politie kan die gegevens op straat raadplegen. "
      "Afbeeldingen maken geen deel uit van de toelating; de RDW vreest dat een overzicht met foto's ten onrechte "
      "de indruk wekt dat een voertuig dat er hetzelfde uitziet, ook is toegelaten.",
      answers=(Answer("8", "disagree", EV8),)),
    H2("Aanbevelingen aan de Vereniging van Nederlandse Gemeenten (VNG)"),
    quote("9"),
    P("Reactie: " + EV9 + " De helmplicht die ik per 1 januari 2027 invoer, geldt ook voor gebruikers van "
      "deelsteps. De VNG acht een aanvullend voorschrift in de vergunning daarom niet nodig, en wijst erop dat "
      "gemeenten het dragen van een helm door individuele gebruikers via een vergunning aan de aanbieder ook niet "
      "kunnen afdwingen.",
      answers=(Answer("9", "partial", EV9),)),
    quote("10"),
    P("Reactie: De VNG heeft nog niet gereageerd."),
    H2("Aanbevelingen aan de fabrikanten en importeurs, verenigd in RAI Vereniging"),
    quote("11"),
    P("Reactie: " + EV11 + " De vereniging ontwikkelt daarvoor, samen met de brandweer, een uniforme folder en een "
      "waarschuwingssticker voor op de lader. Voor de inzameling sluiten de leden aan bij het bestaande "
      "inzamelsysteem voor batterijen; aangesloten fietsenwinkels nemen beschadigde accu's in ontvangst en zorgen "
      "voor een brandveilige opslag tot de ophaling.",
      answers=(Answer("11", "agree", EV11),)),
    quote("12"),
    P("Reactie: " + EV12 + " Volgens de vereniging wordt bovendien een groot deel van deze voertuigen en "
      "opvoersets verkocht door webwinkels die geen lid zijn, zodat een afspraak tussen de leden vooral de "
      "bonafide handel zou raken. Ik betreur dit standpunt. Het rapport van de Raad laat zien hoe eenvoudig een "
      "fatbike met een offroad-stand sneller kan rijden dan is toegestaan. Ik blijf hierover met de branche in "
      "gesprek in het bestuurlijk overleg fietsveiligheid.",
      answers=(Answer("12", "disagree", EV12),)),
)

RESPONSE = Document(
    title="Ministerie van Infrastructuur en Waterstaat",
    subtitle="Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n"
             "Datum: 10 februari 2026\n"
             "Onderwerp: Reactie op het rapport 'Licht, snel en kwetsbaar' van de Raad voor Veiligheidsonderzoek\n"
             "Ons kenmerk: IENW/BSK-2026/31457",
    blocks=RESPONSE_BLOCKS,
    running_header="Reactie op 'Licht, snel en kwetsbaar'  |  IENW/BSK-2026/31457",
    footer="Pagina {page} van {pages}",
    font_family="sans",
    font_size=10,
    title_page=False,
)

PAIR = Pair(
    name="safety_board_annex_reactions",
    report=REPORT,
    response=RESPONSE,
    description="Safety board report on e-steps and light electric vehicles with twelve recommendations numbered "
                "continuously under four bold addressee lead-ins (IenW, RDW, VNG, RAI Vereniging), answered by a "
                "letter of the minister of IenW with an annex that quotes each recommendation ('Aanbeveling N:') "
                "and answers it in a separate 'Reactie:' paragraph, reporting the other bodies' reactions in "
                "reported speech; one VNG recommendation only 'nog niet gereageerd'.",
)
