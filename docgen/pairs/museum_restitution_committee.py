"""Pair: a fictional evaluation committee on the restitution policy for looted cultural heritage, and the OCW answer.

Layout traits this pair tests: a sans report with a title page, a one-column foreword and summary, and chapters
whose body text is set in two columns (full-width chapter headings above each two-column run).  The fifteen
recommendations are printed twice: in the summary as one numbered list "1." to "15." (the originals; a lead-in says
they are addressed to the minister of OCW "tenzij anders vermeld", so addressees other than OCW are named in the
item text), and again in chapters 3-7 as single indented dash items under a bold line "Aanbeveling N" inside the
columns (duplicate_of the summary item).  Chapter 3 has a grid table of processing times, chapter 4 a boxed claimant
quotation (a one-cell shaded table) full of "moet" that is not a recommendation, chapter 1 a bulleted list of sources.

The response is a letter of the minister of OCW (serif, letterhead, no title page) with a general part that
thanks, describes existing policy, recognises the problem of long waits (no position) and answers recommendation 3
by subject without its number; then, right after the signature, an annex table "Nr. | Aanbeveling | Reactie | Planning" (Planning holds dates or
"n.v.t.").  Gold positions:
  1 partial  - "Gedeeltelijk overgenomen": decision term of 3 months yes, 12-month advice term no.
  2 agree    - "Wordt uitgevoerd: ..." annual reporting on processing times, with a date.
  3 agree    - answered by subject in the letter (plausibility standard from 1 January 2026); table row refers back.
  4 partial  - only has the number of old rejected claims mapped first, decides later (row "4, 5" shared with 5).
  5 disagree - same cell: reimbursement of legal aid "past niet bij het karakter van de procedure".
  6 disagree - "Niet overgenomen, omdat ..." (appeal to an independent body).
  7 agree    - no cue word: structural 6 million euro a year from 1 January 2026 in the OCW budget.
  8 not_addressed - "Nader te bepalen": talks with the Museumvereniging, the minister comes back in spring 2026.
  9 not_addressed - the cell only describes existing cooperation with countries of origin, no position.
 10 agree    - "Is al uitgevoerd: ..." (the committees already publish all advice as asked; judged agree).
 11 agree    - "Overgenomen: ..."
 12 agree    - "Ik onderschrijf deze aanbeveling, ..." (addressed to museums).
 13 disagree - shares the analysis ("Ik deel de analyse") but "zie echter geen aanleiding" for one counter.
 14 not_addressed - passed on to the minister of Buitenlandse Zaken, who writes a separate letter.
 15 partial  - BZ and OCW only explore support with neighbouring countries ("verkennen eerst").
All prose is fictional and written for this test set.
"""
from __future__ import annotations

from docgen.model import (
    Answer,
    Cell,
    Columns,
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


# --------------------------------------------------------------------------------------------------------------
# The recommendations (printed in the summary, repeated in the chapters)
# --------------------------------------------------------------------------------------------------------------

RECS: dict[str, tuple[str, tuple[str, ...]]] = {
    "1": ("Leg in de regelingen van de Restitutiecommissie en de Adviescommissie Koloniale Collecties vast dat de "
          "commissie binnen twaalf maanden na ontvangst van een volledig verzoek advies uitbrengt en dat de minister "
          "van OCW binnen drie maanden na dat advies een besluit neemt.", ("OCW",)),
    "2": ("Laat beide commissies jaarlijks openbaar rapporteren over de doorlooptijd van ieder lopend verzoek en over "
          "de oorzaken van vertraging, en stuur deze rapportage aan de Tweede Kamer.", ("OCW",)),
    "3": ("Vervang in de beleidskaders de eis dat verzoekers hun eigendom en het onvrijwillig verlies met een hoge "
          "mate van waarschijnlijkheid aantonen door de eis dat zij dit aannemelijk maken, en leg de plicht om "
          "ontbrekende gegevens te onderzoeken bij de Staat.", ("OCW",)),
    "4": ("Geef verzoekers van wie het verzoek vóór 2021 is afgewezen op grond van de toen geldende "
          "belangenafweging het recht om hun verzoek opnieuw te laten beoordelen onder het huidige beleidskader.",
          ("OCW",)),
    "5": ("Vergoed de kosten van juridische en historische bijstand voor verzoekers tot een maximum van 15.000 euro "
          "per verzoek, en vergoed verzoekers uit landen van herkomst daarnaast hun reis- en vertaalkosten.",
          ("OCW",)),
    "6": ("Maak het mogelijk dat verzoekers tegen het besluit van de minister bezwaar maken bij een onafhankelijke "
          "instantie die zowel de procedure als de inhoudelijke afweging toetst.", ("OCW",)),
    "7": ("Stel structureel ten minste 6 miljoen euro per jaar beschikbaar voor herkomstonderzoek naar de "
          "rijkscollectie en de collecties van musea die rijkssubsidie ontvangen, in plaats van de huidige tijdelijke "
          "projectsubsidies.", ("OCW",)),
    "8": ("Musea met een rijkscollectie voeren binnen vijf jaar een systematisch herkomstonderzoek uit naar alle "
          "objecten die tussen 1933 en 1945 zijn verworven of in koloniale context zijn verkregen, en publiceren de "
          "uitkomsten per object in een openbare databank.", ("OTHER",)),
    "9": ("Musea betrekken vertegenwoordigers van herkomstgemeenschappen bij het onderzoek naar koloniale objecten "
          "en geven hun een formele adviesrol bij beslissingen over teruggave, bewaring en tentoonstelling.",
          ("OTHER",)),
    "10": ("De Restitutiecommissie en de Adviescommissie Koloniale Collecties publiceren al hun adviezen, ook de "
           "afwijzende en die over ingetrokken verzoeken, geanonimiseerd op hun website, uiterlijk vier weken na het "
           "besluit van de minister.", ("OTHER",)),
    "11": ("Motiveer een besluit dat afwijkt van het advies van een van beide commissies altijd schriftelijk en "
           "maak die motivering openbaar.", ("OCW",)),
    "12": ("Musea met een rijkscollectie wijzen een vast contactpunt aan voor verzoekers en beantwoorden een vraag "
           "over de herkomst van een object binnen zes weken.", ("OTHER",)),
    "13": ("Breng de behandeling van verzoeken over roofkunst uit de periode 1933-1945 en over koloniale collecties "
           "onder in één onafhankelijk restitutieloket met één procedure.", ("OCW",)),
    "14": ("De minister van Buitenlandse Zaken opent via de ambassades in de belangrijkste landen van herkomst een "
           "vast kanaal waarlangs staten en gemeenschappen een verzoek tot teruggave kunnen indienen en over de "
           "voortgang worden geïnformeerd.", ("BZ",)),
    "15": ("De minister van Buitenlandse Zaken en de minister van OCW nemen in Europees verband het initiatief voor "
           "gemeenschappelijke afspraken over de teruggave van koloniale collecties, waaronder een gedeelde openbare "
           "databank van objecten met een onzekere herkomst.", ("BZ", "OCW")),
}


def summary_list() -> ItemList:
    return ItemList(items=tuple(ListItem(text, recommendation=Recommendation(n, depts))
                                for n, (text, depts) in RECS.items()), style="1.")


def chapter_rec(n: str) -> tuple:
    text, depts = RECS[n]
    return (P(f"Aanbeveling {n}", bold=True),
            ItemList(items=(ListItem(text, recommendation=Recommendation(n, depts, duplicate_of=n)),), style="–"))


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

CLAIMANT_QUOTE = (
    "\u201eMijn moeder heeft veertig jaar gezocht naar het stilleven dat haar vader in 1941 moest achterlaten toen "
    "hij onderdook. Toen wij het eindelijk vonden, moesten wij bewijzen dat het van hem was, terwijl de papieren in "
    "de oorlog zijn verbrand. Het heeft vier jaar geduurd. Mijn moeder heeft de uitkomst niet meer meegemaakt. Wie "
    "iets is afgenomen, moet niet ook nog zelf het bewijs moeten leveren. Dat moet anders.\u201d "
    "(kleinzoon van een verzoeker, gesprek met de commissie, maart 2025)"
)

REPORT_BLOCKS = (
    H("Voorwoord"),
    P("Teruggeven wat iemand is afgenomen, lijkt een eenvoudige opdracht. Wie de afgelopen maanden met verzoekers, "
      "museummedewerkers, onderzoekers en leden van de adviescommissies heeft gesproken, weet dat het dat niet is. "
      "Achter ieder verzoek gaat een geschiedenis schuil van verlies, vaak van geweld, en van decennia waarin niemand "
      "luisterde. En achter iedere beslissing gaat een zoektocht schuil in archieven die onvolledig, verspreid of "
      "verloren zijn."),
    P("De minister van Onderwijs, Cultuur en Wetenschap heeft onze commissie in november 2024 gevraagd het "
      "restitutiebeleid voor cultuurgoederen te evalueren: zowel het beleid voor kunst die tussen 1933 en 1945 onder "
      "dwang verloren is gegaan als het beleid voor objecten die in koloniale context in Nederlandse collecties "
      "terecht zijn gekomen. Beide beleidsterreinen hebben een eigen ontstaansgeschiedenis en een eigen commissie, "
      "maar verzoekers stuiten op dezelfde vragen: hoe lang duurt het, wat moet ik bewijzen, wie helpt mij en waarom "
      "is er zo besloten?"),
    P("Wij danken iedereen die ons zijn verhaal heeft toevertrouwd. In het bijzonder danken wij de verzoekers en hun "
      "nabestaanden, voor wie het gesprek met een zoveelste commissie geen vanzelfsprekendheid was."),
    P("Namens de Evaluatiecommissie Restitutiebeleid Cultuurgoederen, prof. dr. M.E. van Oosterwijk-Dekker, "
      "voorzitter"),
    PageBreak(),
    H("Samenvatting"),
    P("Nederland heeft de afgelopen twintig jaar een restitutiebeleid opgebouwd waar het internationaal om wordt "
      "geprezen. Sinds 2002 beoordeelt de Restitutiecommissie verzoeken om teruggave van kunst die onder het "
      "naziregime onvrijwillig verloren is gegaan, en sinds 2022 adviseert de Adviescommissie Koloniale Collecties "
      "over verzoeken van staten om teruggave van objecten uit de koloniale periode. De commissie stelt vast dat "
      "beide commissies zorgvuldig werken en dat hun adviezen inhoudelijk zelden worden betwist."),
    P("Tegelijk is het beleid voor wie een verzoek indient traag, zwaar en ondoorzichtig. Een verzoek over roofkunst "
      "duurde in de periode 2019-2024 gemiddeld 34 maanden; bij koloniale collecties was dat 29 maanden, met "
      "uitschieters van meer dan vijf jaar. Verzoekers dragen in de praktijk een zware bewijslast, terwijl de "
      "archieven die dat bewijs zouden kunnen leveren vaak in handen zijn van de Staat of van musea. Herkomstonderzoek "
      "wordt gefinancierd uit tijdelijke projectsubsidies, waardoor kennis verdwijnt zodra een project afloopt. En "
      "wie een afwijzing ontvangt, krijgt zelden een uitleg die hij kan volgen."),
    P("De commissie doet vijftien aanbevelingen. Zij zijn, tenzij anders vermeld, gericht aan de minister van "
      "Onderwijs, Cultuur en Wetenschap:", bold=True),
    summary_list(),
    P("De aanbevelingen worden in de hoofdstukken 3 tot en met 7 toegelicht. Zij hangen met elkaar samen: een kortere "
      "doorlooptijd is alleen haalbaar als het herkomstonderzoek structureel is georganiseerd, en een lichtere "
      "bewijslast voor verzoekers vraagt om een Staat die zelf actief onderzoek doet."),
    PageBreak(),

    H("1  Inleiding"),
    Columns(blocks=(
        H2("1.1  Aanleiding en opdracht"),
        P("Bij de vaststelling van het beleidskader voor koloniale collecties in 2021 heeft de toenmalige minister "
          "toegezegd het restitutiebeleid na vier jaar te laten evalueren. Kort daarna vroeg de Tweede Kamer om in "
          "die evaluatie ook het beleid voor roofkunst uit de periode 1933-1945 te betrekken, omdat verzoekers en "
          "belangenorganisaties signaleerden dat de procedures op elkaar gaan lijken, maar in de uitvoering steeds "
          "verder uiteenlopen."),
        P("De minister heeft de commissie gevraagd te onderzoeken of het beleid zijn doel bereikt: het op een "
          "rechtvaardige en zorgvuldige manier teruggeven van cultuurgoederen aan wie daar aanspraak op heeft. De "
          "commissie kreeg daarbij vier vragen mee. Hoe lang duren de procedures en waardoor? Is de verdeling van de "
          "bewijslast tussen verzoeker en Staat redelijk? Is het herkomstonderzoek voldoende gefinancierd en "
          "georganiseerd? En zijn de besluiten voor verzoekers en het publiek navolgbaar?"),
        H2("1.2  Werkwijze"),
        P("De commissie bestond uit vijf leden met een achtergrond in het erfgoedrecht, de geschiedschrijving van "
          "de Tweede Wereldoorlog, de koloniale geschiedenis, het museumwezen en het bestuursrecht. Zij werd "
          "ondersteund door een secretariaat van drie medewerkers. Voor dit rapport heeft de commissie de volgende "
          "bronnen gebruikt:"),
        bullets(
            "de dossiers van 118 afgehandelde verzoeken uit de periode 2019-2024, waarvan 87 over roofkunst en 31 "
            "over koloniale collecties;",
            "gesprekken met 46 verzoekers, nabestaanden en hun vertegenwoordigers, in Nederland en digitaal vanuit "
            "zeven andere landen;",
            "gesprekken met medewerkers van achttien musea, het Expertisecentrum Herkomst en de secretariaten van "
            "beide adviescommissies;",
            "een vergelijking met de restitutieprocedures in Duitsland, België, Frankrijk en het Verenigd Koninkrijk;",
            "twee expertbijeenkomsten met historici en juristen over bewijsstandaarden.",
        ),
        P("De commissie heeft geen oordeel gegeven over afzonderlijke verzoeken. Waar in dit rapport voorbeelden uit "
          "dossiers worden genoemd, zijn die zo beschreven dat de verzoekers niet herkenbaar zijn."),
        H2("1.3  Leeswijzer"),
        P("Hoofdstuk 2 schetst het huidige beleid. De hoofdstukken 3 tot en met 7 behandelen achtereenvolgens de "
          "doorlooptijden, de bewijslast en de positie van verzoekers, het herkomstonderzoek, de transparantie van "
          "besluiten en de rol van musea, en de organisatie van het stelsel en de internationale verzoeken. Iedere "
          "aanbeveling staat aan het slot van de paragraaf waarin zij wordt onderbouwd."),
    )),
    H("2  Het restitutiebeleid in vogelvlucht"),
    Columns(blocks=(
        H2("2.1  Roofkunst 1933-1945"),
        P("Na de Tweede Wereldoorlog is een groot deel van de uit Nederland weggevoerde kunst teruggekeerd. Wat niet "
          "aan de eigenaren werd teruggegeven, kwam in beheer van de Staat en vormt sindsdien de zogenoemde "
          "NK-collectie. Pas eind jaren negentig werd erkend dat het naoorlogse herstel van rechten vaak bureaucratisch, "
          "kil en onrechtvaardig was verlopen. Het beleid dat sindsdien is gevormd, gaat uit van een morele en niet van "
          "een juridische verplichting: verjaring en verkrijging te goeder trouw staan aan teruggave niet in de weg."),
        P("Verzoeken over objecten uit de NK-collectie en, sinds 2018, ook over objecten in bezit van musea en "
          "particulieren worden voorgelegd aan de Restitutiecommissie. De commissie onderzoekt het verzoek, laat "
          "zo nodig aanvullend herkomstonderzoek doen en brengt advies uit. Over objecten uit de rijkscollectie "
          "besluit de minister van OCW; bij andere eigenaren is het advies bindend als beide partijen dat vooraf "
          "hebben aanvaard. Tot 2021 woog de commissie daarbij ook het belang van het museum en de band van de "
          "verzoeker met het werk af; die belangenafweging is in 2021 geschrapt."),
        H2("2.2  Koloniale collecties"),
        P("Sinds 2022 kunnen staten van herkomst een verzoek indienen om objecten terug te krijgen die tijdens de "
          "koloniale periode onvrijwillig uit hun grondgebied zijn weggevoerd en die nu deel uitmaken van de "
          "rijkscollectie. De Adviescommissie Koloniale Collecties onderzoekt zulke verzoeken en adviseert de "
          "minister. Teruggave is onvoorwaardelijk als vaststaat dat een object onvrijwillig verloren is gegaan; "
          "als dat niet vaststaat, maar wel aannemelijk is, weegt de commissie ook andere belangen mee."),
        P("Anders dan bij roofkunst kunnen alleen staten een verzoek indienen. Gemeenschappen en nabestaanden binnen "
          "die staten zijn afhankelijk van de bereidheid van hun regering om een verzoek namens hen te doen. Musea "
          "die geen rijkscollectie beheren, vallen niet onder het beleidskader, maar worden door de Museumvereniging "
          "aangemoedigd de beginselen ervan te volgen."),
        H2("2.3  Cijfers"),
        P("In de periode 2019-2024 ontving de Restitutiecommissie 96 verzoeken en bracht zij 87 adviezen uit, waarvan "
          "61 geheel of gedeeltelijk tot teruggave strekten. De Adviescommissie Koloniale Collecties ontving 14 "
          "verzoeken van zes staten, die samen ruim 1.600 objecten betroffen; zij bracht 31 deeladviezen uit over "
          "afzonderlijke objecten of groepen van objecten. Het aantal verzoeken neemt toe, vooral sinds musea hun "
          "collecties online beter toegankelijk hebben gemaakt."),
    )),
    H("3  Doorlooptijden"),
    Columns(blocks=(
        H2("3.1  Wat verzoekers ervaren"),
        P("Geen onderwerp kwam in de gesprekken met verzoekers zo vaak terug als de tijd die een procedure kost. "
          "Verzoekers over roofkunst zijn vaak op hoge leeftijd, of handelen namens een familie waarvan de oudste "
          "generatie inmiddels is overleden. Een procedure van drie jaar of langer betekent voor hen dat de persoon "
          "voor wie het verzoek eigenlijk bedoeld was, de uitkomst niet meer meemaakt. Verzoekers uit landen van "
          "herkomst beschreven een ander soort wachten: zij horen maandenlang niets en weten niet bij wie zij kunnen "
          "informeren."),
        P("De commissie heeft de doorlooptijd gemeten vanaf het moment dat een verzoek volledig was tot het besluit "
          "van de minister of, bij andere eigenaren, het bindend advies. Tabel 3.1 geeft de uitkomsten."),
    )),
    Table(
        header=("Tabel 3.1  Doorlooptijd 2019-2024", "Roofkunst", "Koloniale collecties"),
        rows=(
            ("Gemiddelde doorlooptijd (maanden)", "34", "29"),
            ("Mediaan (maanden)", "27", "25"),
            ("Aandeel binnen 12 maanden", "14%", "10%"),
            ("Langste procedure (maanden)", "81", "63"),
            ("Gemiddelde tijd advies tot besluit (maanden)", "5,5", "4,0"),
        ),
        widths=(3.2, 1.4, 1.8),
        rules="rows",
    ),
    Columns(blocks=(
        H2("3.2  Oorzaken"),
        P("De commissie ziet drie oorzaken van de lange doorlooptijden. De eerste is het herkomstonderzoek zelf. In "
          "ruim de helft van de dossiers liep het onderzoek vast op archieven in het buitenland, op eigendomsvragen "
          "binnen families of op de beperkte capaciteit van het Expertisecentrum Herkomst, dat het onderzoek voor "
          "beide commissies uitvoert. De tweede oorzaak is dat er geen termijnen gelden: niet voor de commissies en "
          "niet voor de minister. Dossiers zonder deadline schuiven onvermijdelijk naar achteren wanneer er nieuwe, "
          "urgentere verzoeken binnenkomen."),
        P("De derde oorzaak ligt na het advies. Gemiddeld verstreken tussen het advies en het besluit van de minister "
          "nog vier tot zes maanden, ook in zaken waarin het advies niet werd betwist. Het ministerie wijst erop dat "
          "een besluit over teruggave uit de rijkscollectie zorgvuldig moet worden voorbereid, onder meer met het "
          "museum dat het object beheert. De commissie begrijpt dat, maar ziet niet in waarom dat in eenvoudige zaken "
          "meer dan enkele weken zou moeten kosten."),
        H2("3.3  Termijnen"),
        P("De commissie is zich ervan bewust dat herkomstonderzoek zich niet in een vast tijdschema laat dwingen. "
          "Toch is zij van oordeel dat een termijn helpt. Een termijn dwingt tot planning, maakt zichtbaar waar een "
          "dossier vastloopt en geeft de verzoeker iets om zich aan vast te houden. Een verlenging blijft mogelijk, "
          "mits die aan de verzoeker wordt gemotiveerd."),
        *chapter_rec("1"),
        P("Daarnaast moet zichtbaar worden hoe lang procedures duren en waarom. Nu rapporteren de commissies in hun "
          "jaarverslagen alleen over het aantal uitgebrachte adviezen. Het ministerie beschikt niet over een overzicht "
          "van de lopende verzoeken en de fase waarin zij zich bevinden."),
        *chapter_rec("2"),
    )),
    H("4  Bewijslast en positie van verzoekers"),
    Columns(blocks=(
        H2("4.1  De bewijsmaatstaf"),
        P("Volgens de beleidskaders moet een verzoeker met een hoge mate van waarschijnlijkheid aantonen dat het "
          "object eigendom was van hem of zijn rechtsvoorganger, en dat het bezit onvrijwillig verloren is gegaan. De "
          "commissies passen die maatstaf in de praktijk soepel toe, maar de formulering schrikt af. Verschillende "
          "verzoekers vertelden de commissie dat zij hun verzoek jaren hebben uitgesteld omdat zij dachten dat zij "
          "zonder aankoopbewijs of foto van het object geen kans maakten."),
        P("De commissie vindt deze verdeling van de bewijslast moeilijk te rechtvaardigen. De documenten waaruit "
          "eigendom en verlies kunnen blijken, bevinden zich vaak in archieven van de Staat, van musea of van "
          "kunsthandels die na de oorlog hun administratie hebben overgedragen. De Staat heeft betere toegang tot die "
          "bronnen dan de verzoeker. Bij koloniale objecten is het verschil nog groter: de administratie van "
          "verwerving is vrijwel altijd in Nederland opgesteld en bewaard."),
    )),
    Table(header=(CLAIMANT_QUOTE,), rows=(), font_size=9.5, repeat_header=False),
    Columns(blocks=(
        P("In het buitenland ziet de commissie een verschuiving naar lichtere bewijsmaatstaven. In Duitsland en het "
          "Verenigd Koninkrijk volstaat het dat het verlies aannemelijk is gemaakt, waarna het aan de huidige bezitter "
          "is om het tegendeel te laten zien. De commissie is ervan overtuigd dat een vergelijkbare maatstaf in "
          "Nederland de procedure niet minder zorgvuldig maakt, maar wel menselijker."),
        *chapter_rec("3"),
        H2("4.2  Eerdere afwijzingen"),
        P("Tot 2021 kon de Restitutiecommissie een verzoek afwijzen als het belang van het museum bij het behoud van "
          "het werk zwaarder woog dan het belang van de verzoeker. Die belangenafweging is na veel kritiek "
          "geschrapt. Verzoekers wier verzoek op grond van die afweging is afgewezen, kunnen echter niet opnieuw een "
          "verzoek indienen, omdat het beleid herhaalde verzoeken alleen toelaat bij nieuwe feiten. De commissie "
          "heeft in de dossiers elf van zulke afwijzingen gevonden. Zij vindt het niet uit te leggen dat deze "
          "verzoekers blijvend worden gehouden aan een maatstaf die de Staat zelf onjuist heeft bevonden."),
        *chapter_rec("4"),
        H2("4.3  Ondersteuning van verzoekers"),
        P("De procedures zijn formeel kosteloos, maar in de praktijk schakelen veel verzoekers een advocaat of een "
          "particuliere herkomstonderzoeker in. In de onderzochte dossiers ging het om bedragen tot 40.000 euro. "
          "Verzoekers die dat niet kunnen betalen, zijn aangewezen op hulp van vrijwilligers of belangenorganisaties. "
          "Dat leidt tot ongelijkheid: verzoekers met middelen dienen beter onderbouwde verzoeken in en krijgen "
          "sneller duidelijkheid."),
        P("Voor vertegenwoordigers van staten en gemeenschappen uit landen van herkomst komen daar reis- en "
          "vertaalkosten bij. Zij willen het object waarover zij een verzoek doen graag zelf zien en spreken met de "
          "onderzoekers, maar moeten die reis uit eigen middelen betalen."),
        *chapter_rec("5"),
        H2("4.4  Rechtsbescherming"),
        P("Tegen een besluit van de minister over teruggave staat geen bezwaar of beroep open, omdat het beleid berust "
          "op een morele verplichting en niet op een wettelijke aanspraak. Verzoekers kunnen hooguit een klacht "
          "indienen over de behandeling. Veel verzoekers ervaren dat als een gebrek: zij hebben het gevoel dat de "
          "minister het laatste woord heeft in een zaak waarin de Staat ook partij is. De commissie deelt die zorg, "
          "juist omdat bij objecten uit de rijkscollectie de Staat tegelijk eigenaar en beslisser is."),
        *chapter_rec("6"),
    )),
    H("5  Herkomstonderzoek"),
    Columns(blocks=(
        H2("5.1  Financiering"),
        P("Herkomstonderzoek is het fundament van het restitutiebeleid. Zonder onderzoek kan een verzoek niet worden "
          "beoordeeld, en zonder onderzoek naar de eigen collectie weten musea niet welke objecten mogelijk "
          "onvrijwillig zijn verkregen. Het onderzoek wordt nu grotendeels gefinancierd uit tijdelijke "
          "projectsubsidies van twee tot vier jaar. Na afloop van een project vertrekken de onderzoekers, en met hen "
          "hun kennis van archieven, handelsnetwerken en bronnen in het buitenland."),
        P("De commissie schat dat voor een stabiele basis, waarmee zowel de verzoeken tijdig kunnen worden "
          "onderzocht als musea hun collecties stelselmatig kunnen doorlichten, ten minste 6 miljoen euro per jaar "
          "nodig is. Dat is ongeveer het dubbele van wat in de afgelopen vijf jaar gemiddeld per jaar beschikbaar "
          "was, maar minder dan Duitsland naar verhouding uitgeeft."),
        *chapter_rec("7"),
        H2("5.2  Onderzoek door musea"),
        P("De meeste grote musea hebben in de afgelopen jaren een begin gemaakt met onderzoek naar hun eigen "
          "collecties. Het tempo en de diepgang verschillen echter sterk. Sommige musea hebben hun aanwinsten uit de "
          "periode 1933-1945 volledig onderzocht en de uitkomsten per object gepubliceerd; andere hebben alleen de "
          "werken onderzocht waarover een vraag binnenkwam. Voor koloniale collecties is de situatie nog minder "
          "overzichtelijk: van de naar schatting 400.000 objecten in de rijkscollectie is van minder dan tien "
          "procent de herkomst nader onderzocht."),
        *chapter_rec("8"),
        H2("5.3  Betrokkenheid"),
        P("Herkomstonderzoek naar koloniale objecten wordt nog overwegend in Nederland en door Nederlandse "
          "onderzoekers gedaan. Vertegenwoordigers van gemeenschappen waaruit de objecten afkomstig zijn, vertelden "
          "de commissie dat zij pas bij het onderzoek worden betrokken als een verzoek al is ingediend, en dan vooral "
          "als bron van informatie. Over wat er met een object gebeurt als het niet wordt teruggegeven, zoals de wijze "
          "waarop het wordt bewaard of tentoongesteld, hebben zij geen stem. De commissie acht dat niet passend bij "
          "objecten die voor deze gemeenschappen vaak een religieuze of ceremoniële betekenis hebben."),
        *chapter_rec("9"),
    )),
    H("6  Transparantie en de rol van musea"),
    Columns(blocks=(
        H2("6.1  Openbaarheid van adviezen"),
        P("Beide commissies publiceren hun adviezen, maar niet allemaal en niet volledig. Afwijzende adviezen over "
          "objecten van particulieren worden soms niet gepubliceerd, en adviezen over verzoeken die tijdens de "
          "procedure zijn ingetrokken, blijven steeds buiten beeld. Daardoor is voor toekomstige verzoekers en voor "
          "onderzoekers niet na te gaan hoe de maatstaven in de praktijk worden toegepast. De commissie ziet in de "
          "privacy van verzoekers geen reden om adviezen niet te publiceren; zij kunnen goed worden geanonimiseerd."),
        *chapter_rec("10"),
        H2("6.2  Motivering van besluiten"),
        P("In de onderzochte periode is de minister in vier zaken afgeweken van het advies van een commissie, "
          "steeds ten nadele van de verzoeker. De motivering van die besluiten was kort en is niet openbaar gemaakt. "
          "Verzoekers begrepen niet waarom een positief advies uiteindelijk niet tot teruggave leidde. Juist een "
          "afwijking van een onafhankelijk advies vraagt om een volledige en openbare verantwoording."),
        *chapter_rec("11"),
        H2("6.3  Musea als aanspreekpunt"),
        P("Voor veel verzoekers begint een zoektocht bij een museum. Zij zien een werk in een tentoonstelling of "
          "in een online collectie en willen weten hoe het museum eraan is gekomen. De commissie hoorde wisselende "
          "ervaringen: sommige musea reageerden binnen enkele dagen en boden aan samen te zoeken, andere "
          "beantwoordden een vraag pas na maanden of verwezen zonder toelichting naar de Restitutiecommissie. Een "
          "vast aanspreekpunt en een redelijke antwoordtermijn zijn eenvoudig te organiseren en maken voor "
          "verzoekers een groot verschil."),
        *chapter_rec("12"),
    )),
    H("7  Organisatie en internationale verzoeken"),
    Columns(blocks=(
        H2("7.1  Twee procedures"),
        P("Het bestaan van twee commissies met elk een eigen beleidskader, secretariaat en procedure is historisch "
          "verklaarbaar. Voor verzoekers is het verwarrend. Bij objecten die tijdens de Tweede Wereldoorlog in "
          "voormalige koloniën zijn verloren, is niet altijd duidelijk welke commissie bevoegd is, en beide "
          "commissies doen een beroep op hetzelfde Expertisecentrum. Ook ontstaan verschillen in maatstaven die "
          "inhoudelijk niet te verklaren zijn."),
        P("De commissie heeft overwogen de commissies alleen nauwer te laten samenwerken. Zij kiest toch voor een "
          "verdergaande stap, omdat een gezamenlijk loket pas werkt als er één procedure achter zit."),
        *chapter_rec("13"),
        H2("7.2  Verzoeken van staten"),
        P("Verzoeken over koloniale collecties worden ingediend door staten, langs diplomatieke weg. In de praktijk "
          "blijkt het voor ambassades van landen van herkomst lastig te achterhalen bij wie zij terechtkunnen en hoe "
          "een verzoek moet worden ingediend. Nederlandse ambassades hebben geen vaste rol in het proces en worden "
          "soms pas achteraf geïnformeerd over een teruggave in het land waar zij gevestigd zijn. Gemeenschappen "
          "die geen steun krijgen van hun eigen regering, hebben in het geheel geen ingang."),
        *chapter_rec("14"),
        H2("7.3  Europese samenwerking"),
        P("Collecties uit dezelfde gebieden zijn verspreid over musea in heel Europa. Een gemeenschap die op zoek is "
          "naar haar erfgoed, moet nu in ieder land afzonderlijk zoeken, met telkens andere regels. Een gedeelde "
          "databank van objecten met een onzekere herkomst en gemeenschappelijke uitgangspunten voor teruggave zouden "
          "die zoektocht aanzienlijk vergemakkelijken. Nederland heeft met zijn beleidskader een voorsprong die het "
          "kan gebruiken om in Europees verband het initiatief te nemen."),
        *chapter_rec("15"),
    )),
    H("8  Tot besluit"),
    Columns(blocks=(
        P("Het restitutiebeleid is de afgelopen jaren op belangrijke punten verbeterd. Het schrappen van de "
          "belangenafweging en de opening naar koloniale collecties waren stappen die internationaal zijn opgemerkt. "
          "De commissie heeft echter ook gezien dat een goed beleidskader niet genoeg is als verzoekers jaren moeten "
          "wachten, niet weten wat van hen wordt verwacht en geen uitleg krijgen bij een afwijzing."),
        P("De aanbevelingen in dit rapport vragen om geld, om een andere houding van de Staat en om meer openheid "
          "van musea. De commissie is ervan overtuigd dat die investering in verhouding staat tot wat op het spel "
          "staat: het vertrouwen van verzoekers dat Nederland het onrecht dat hun families is aangedaan serieus "
          "neemt."),
    )),
    PageBreak(),
    H("Bijlage  Samenstelling van de commissie"),
    P("prof. dr. M.E. van Oosterwijk-Dekker (voorzitter), hoogleraar erfgoedrecht"),
    P("dr. S.R. Mangoenkoesoemo, historicus van de koloniale geschiedenis van Indonesië"),
    P("drs. A.L. Friedländer, oud-directeur van een rijksmuseum"),
    P("mr. J.K. Baptiste, advocaat bestuursrecht"),
    P("dr. E.M. de Wolff, historicus van de Tweede Wereldoorlog"),
    P("Secretariaat: mr. T.H. Gerritsen (secretaris), drs. N. El Idrissi en L.P. Hoogeveen MA."),
)

REPORT = Document(
    title="Recht doen, ook als het lang duurt",
    subtitle="Evaluatie van het restitutiebeleid voor roofkunst en koloniale collecties",
    blocks=REPORT_BLOCKS,
    running_header="Evaluatiecommissie Restitutiebeleid Cultuurgoederen  |  Recht doen, ook als het lang duurt",
    footer="{page}",
    font_size=10.0,
    font_family="sans",
    imprint=("Evaluatiecommissie Restitutiebeleid Cultuurgoederen", "Den Haag, juni 2025"),
)

# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV3_LETTER = ("In het herziene beleidskader, dat op 1 januari 2026 in werking treedt, volstaat het voortaan dat een "
              "verzoeker aannemelijk maakt dat het object aan hem of zijn familie toebehoorde en onvrijwillig verloren "
              "is gegaan, en doet de commissie zelf het aanvullende onderzoek naar ontbrekende gegevens.")

EV1 = ("Gedeeltelijk overgenomen: de termijn van drie maanden voor mijn besluit leg ik per 1 juli 2026 vast in beide "
       "regelingen, maar een vaste termijn van twaalf maanden voor het advies van de commissies neem ik niet over.")
EV2 = ("Wordt uitgevoerd: vanaf het jaarverslag over 2025 rapporteren beide commissies per lopend verzoek over de "
       "doorlooptijd en de oorzaken van vertraging, en ik stuur die jaarverslagen voortaan aan uw Kamer.")
EV3_TABLE = "Wordt uitgevoerd, zie de brief onder \u2018Een lichtere bewijslast\u2019."
EV4 = ("Ik vraag de Restitutiecommissie eerst in kaart te brengen om hoeveel verzoeken het gaat en wat een "
       "herbeoordeling betekent voor de lopende procedures, en besluit daarna of ik een nieuwe beoordeling mogelijk "
       "maak.")
EV5 = ("Een vergoeding voor juridische en historische bijstand past echter niet bij het karakter van de procedure, "
       "die kosteloos is en waarin de commissie zelf het onderzoek verricht.")
EV6 = ("Niet overgenomen, omdat een besluit over teruggave geen wettelijke aanspraak vaststelt maar een moreel "
       "oordeel is, en een inhoudelijke toetsing door een andere instantie daar niet bij past.")
EV7 = ("Vanaf 1 januari 2026 is op de begroting van OCW structureel 6 miljoen euro per jaar beschikbaar voor "
       "herkomstonderzoek naar de rijkscollectie en de collecties van door het Rijk gesubsidieerde musea.")
EV10 = ("Is al uitgevoerd: sinds 1 januari 2025 publiceren beide commissies al hun adviezen, ook de afwijzende en die "
        "over ingetrokken verzoeken, geanonimiseerd op hun website, uiterlijk vier weken na mijn besluit.")
EV11 = ("Overgenomen: als ik afwijk van het advies van een commissie, motiveer ik dat schriftelijk en publiceer ik die "
        "motivering samen met het advies.")
EV12 = ("Ik onderschrijf deze aanbeveling, en de Museumvereniging heeft toegezegd dat alle musea met een "
        "rijkscollectie uiterlijk 1 juli 2026 een vast contactpunt hebben dat vragen binnen zes weken beantwoordt.")
EV13 = "Ik zie echter geen aanleiding om beide procedures in één loket onder te brengen."
EV15 = ("De minister van Buitenlandse Zaken en ik verkennen eerst met Duitsland, België en Frankrijk of er voldoende "
        "draagvlak is voor gemeenschappelijke afspraken.")


def row(nr: str, summary: str, reactie: str, planning: str, *answers: tuple[str, str, str]) -> tuple:
    return (nr, summary, Cell(reactie, answers=tuple(Answer(n, pos, ev) for n, pos, ev in answers)), planning)


ANNEX = Table(
    header=("Nr.", "Aanbeveling", "Reactie", "Planning"),
    widths=(0.7, 2.6, 4.6, 1.5),
    font_size=8.5,
    rows=(
        row("1", "Wettelijke termijnen: advies binnen twaalf maanden, besluit binnen drie maanden.",
            EV1 + "\nDe duur van het herkomstonderzoek hangt sterk af van archieven in het buitenland en van de "
            "medewerking van derden. Wel vraag ik de commissies om verzoekers bij de start van het onderzoek een "
            "indicatieve termijn te noemen.",
            "1 juli 2026", ("1", "partial", EV1)),
        row("2", "Jaarlijkse openbare rapportage over doorlooptijden en oorzaken van vertraging.",
            EV2, "juni 2026", ("2", "agree", EV2)),
        row("3", "Lichtere bewijslast: aannemelijk maken in plaats van aantonen.",
            EV3_TABLE, "1 januari 2026", ("3", "agree", EV3_TABLE)),
        row("4, 5", "Herbeoordeling van vóór 2021 afgewezen verzoeken; vergoeding van bijstand, reis- en "
                    "vertaalkosten.",
            "Ik begrijp dat verzoekers wier verzoek is afgewezen op grond van de oude belangenafweging, zich "
            "tekortgedaan voelen. " + EV4 + "\n" + "Verzoekers moeten zich goed kunnen laten bijstaan. " + EV5
            + " Vertalingen en reizen van vertegenwoordigers van staten van herkomst worden in overleg met de "
            "betrokken commissie nu al per geval geregeld.",
            "4: eind 2026\n5: n.v.t.", ("4", "partial", EV4), ("5", "disagree", EV5)),
        row("6", "Bezwaar bij een onafhankelijke instantie tegen het besluit van de minister.",
            EV6 + " Verzoekers die vinden dat hun verzoek onzorgvuldig is behandeld, kunnen zich tot de Nationale "
            "ombudsman wenden.", "n.v.t.", ("6", "disagree", EV6)),
        row("7", "Structureel ten minste 6 miljoen euro per jaar voor herkomstonderzoek.",
            EV7 + " De tijdelijke projectsubsidieregeling loopt op die datum af. Het Expertisecentrum Herkomst krijgt "
            "hierdoor een vaste formatie van twaalf onderzoekers.", "1 januari 2026", ("7", "agree", EV7)),
        row("8", "Systematisch herkomstonderzoek door musea binnen vijf jaar, met publicatie per object.",
            "Nader te bepalen. Musea zijn zelf verantwoordelijk voor het beheer van de collecties die zij onder zich "
            "hebben. Ik bespreek deze aanbeveling dit najaar met de Museumvereniging en kom daar in het voorjaar van "
            "2026 bij uw Kamer op terug.", "voorjaar 2026"),
        row("9", "Formele adviesrol voor herkomstgemeenschappen.",
            "Musea werken bij het onderzoek naar koloniale collecties al samen met onderzoekers en erfgoedinstellingen "
            "uit de landen van herkomst, onder meer in het programma Gedeeld Erfgoed dat sinds 2022 loopt. Bij een "
            "verzoek om teruggave uit de rijkscollectie is overleg met de staat van herkomst een vast onderdeel van "
            "de procedure.", "n.v.t."),
        row("10", "Volledige en geanonimiseerde publicatie van alle adviezen.",
            EV10, "n.v.t.", ("10", "agree", EV10)),
        row("11", "Openbare motivering van een besluit dat afwijkt van het advies.",
            EV11, "per direct", ("11", "agree", EV11)),
        row("12", "Vast contactpunt bij musea; antwoord binnen zes weken.",
            EV12, "1 juli 2026", ("12", "agree", EV12)),
        row("13", "Eén onafhankelijk restitutieloket met één procedure.",
            "Ik deel de analyse van de commissie dat het bestaan van twee procedures voor verzoekers verwarrend kan "
            "zijn. " + EV13 + " Beide beleidskaders hebben een eigen grondslag en een eigen kring van verzoekers, en "
            "een samenvoeging zou de lopende procedures jaren vertragen.", "n.v.t.", ("13", "disagree", EV13)),
        row("14", "Vast kanaal via de ambassades voor verzoeken uit landen van herkomst.",
            "Deze aanbeveling is gericht aan de minister van Buitenlandse Zaken, die uw Kamer daarover voor 1 "
            "december 2025 in een afzonderlijke brief informeert.", "n.v.t."),
        row("15", "Europees initiatief voor gemeenschappelijke afspraken en een gedeelde databank.",
            "Ook in andere Europese landen wordt gewerkt aan beleid voor koloniale collecties. " + EV15
            + " Over de uitkomst daarvan informeren wij uw Kamer in 2026.", "2026", ("15", "partial", EV15)),
    ),
)

RESPONSE_BLOCKS = (
    P("Geachte Voorzitter,"),
    P("Hierbij bied ik u het rapport \u2018Recht doen, ook als het lang duurt\u2019 aan van de Evaluatiecommissie "
      "Restitutiebeleid Cultuurgoederen, met daarbij mijn reactie. Ik dank de commissie, en in het bijzonder de "
      "verzoekers en nabestaanden die met haar hebben gesproken, voor dit zorgvuldige en indringende rapport. De "
      "commissie laat zien dat achter iedere procedure een familiegeschiedenis of de geschiedenis van een "
      "gemeenschap schuilgaat."),
    H2("Het restitutiebeleid"),
    P("Nederland erkent dat het onrecht dat eigenaren van cultuurgoederen tijdens de Tweede Wereldoorlog en in de "
      "koloniale periode is aangedaan, ook een verantwoordelijkheid van de Staat is. De Restitutiecommissie adviseert "
      "sinds 2002 over verzoeken om teruggave van roofkunst, en de Adviescommissie Koloniale Collecties sinds 2022 "
      "over verzoeken van staten van herkomst. Sinds 2021 speelt het belang van het museum bij het behoud van een "
      "object geen rol meer bij de beoordeling van verzoeken over roofkunst. In de afgelopen vijf jaar zijn op advies "
      "van beide commissies ruim 1.100 objecten teruggegeven."),
    H2("Doorlooptijden"),
    P("De commissie stelt vast dat verzoekers gemiddeld bijna drie jaar op een besluit wachten. Ik herken dat beeld, "
      "en ik vind het pijnlijk dat verzoekers de uitkomst van hun verzoek soms niet meer meemaken. Het "
      "herkomstonderzoek vraagt tijd, maar dat mag geen reden zijn om niet alles te doen wat de procedure sneller en "
      "voorspelbaarder maakt. In de bijlage ga ik in op de maatregelen die ik daarvoor neem."),
    H2("Een lichtere bewijslast"),
    P("Een belangrijke bevinding van de commissie is dat de formulering van de bewijsmaatstaf verzoekers afschrikt, "
      "terwijl de Staat vaak beter toegang heeft tot de bronnen dan de verzoeker zelf. " + EV3_LETTER + " Ik "
      "verwacht dat meer verzoekers daardoor de stap zetten om een verzoek in te dienen, en ik houd daar bij de "
      "financiering van het herkomstonderzoek rekening mee.",
      answers=(Answer("3", "agree", EV3_LETTER),)),
    H2("Reactie per aanbeveling"),
    P("In de bijlage bij deze brief reageer ik op elk van de vijftien aanbevelingen van de commissie, met de planning "
      "van de maatregelen. Waar een aanbeveling zich richt tot musea, heb ik die met de Museumvereniging besproken. "
      "Over de voortgang informeer ik uw Kamer in de jaarlijkse erfgoedbrief, voor het eerst in het voorjaar van "
      "2026."),
    P("De minister van Onderwijs, Cultuur en Wetenschap,"),
    P("drs. H.C. Verhoeven-Lammers"),
    H("Bijlage  Reactie op de aanbevelingen van de Evaluatiecommissie Restitutiebeleid Cultuurgoederen", level=2),
    ANNEX,
)

RESPONSE = Document(
    title="Ministerie van Onderwijs, Cultuur en Wetenschap",
    subtitle="Aan de Voorzitter van de Tweede Kamer der Staten-Generaal  |  Datum 14 oktober 2025  |  Betreft "
             "Reactie op het rapport van de Evaluatiecommissie Restitutiebeleid Cultuurgoederen",
    blocks=RESPONSE_BLOCKS,
    running_header="Reactie op het rapport \u2018Recht doen, ook als het lang duurt\u2019",
    footer="Pagina {page} van {pages}",
    font_size=10.5,
    font_family="serif",
    title_page=False,
)

PAIR = Pair(
    name="museum_restitution_committee",
    report=REPORT,
    response=RESPONSE,
    description="Evaluation committee on restitution of looted art and colonial collections (15 recommendations, "
                "numbered in the one-column summary and repeated under bold 'Aanbeveling N' lines in two-column "
                "chapters, a boxed claimant quote) and the OCW minister's letter with an annex table 'Nr. | "
                "Aanbeveling | Reactie | Planning'; row '4, 5' mixes partial and disagree, 8, 9 and 14 not addressed.",
)
