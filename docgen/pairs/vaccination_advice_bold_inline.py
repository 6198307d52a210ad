"""Pair: a fictional advice of the Gezondheidsraad (Commissie Vaccinaties) on a national vaccination programme for
adults, answered in a Kamerbrief of the minister of VWS that has numbered sections of its own.

Report layout: serif, title page with imprint, running header, an "Aan de minister" cover letter, a "Samenvatting"
and six chapters numbered in the heading text ("3 Een programma voor volwassenen") with level-2 sections
("3.1 ..."), footnotes, and two annexes.  The advice has no list of recommendations and no numbers: each of the
twelve recommendations is one sentence ("De commissie adviseert ...", "Daarom adviseert de commissie ...") set on its
own between the paragraphs of the running text of chapters 3-5, without a label.  (The brief asks for the sentence
in bold inside a paragraph; docgen.model has no inline bold and only a ListItem can carry a Recommendation, so each
sentence is an unlabelled one-item list in the flow of the text, in the body weight.)  The gold numbers 1-12 are the
order of first printing and are NOT printed anywhere.  The summary restates all twelve in shorter words inside one
ordinary paragraph (not marked, so not a duplicate).  Non-recommendation lists: a "1." list of the five questions
the minister asked (1.1), a bullet list of working methods (1.2), a bullet list of the current routes for adult
vaccination (2.1), a bullet list of findings ("knelpunten", 2.3), a bullet list of assessment criteria (3.3),
bullet lists of committee members and consulted organisations in the annexes.  One grid table of vaccination
coverage figures 2019-2024 (2.2) with a bold caption and a source line.

Response layout: sans letter without title page ("Kabinetsreactie ..." letterhead, addressed to the Tweede Kamer),
"Pagina x van y" footer, seven numbered sections of its own ("1. Aanleiding" ... "7. Planning en tot slot").  It
never uses a number for a recommendation (the advice has none): every answer is by subject.  Section 6 has a cost
table (no answers in it), section 4 a bullet list of what the GGD money is for and section 7 a bullet list of the
planning; neither list decides anything that is not already decided in a paragraph.  Two paragraphs answer two
recommendations each (gordelroos + RSV; registratie + monitor), one paragraph answers financing and passes the
insurers' recommendation on.

  nr  recommendation (addressee), report section                 gold       why
   1  programme with its own legal basis in the Wpg (VWS), 3.1     partial    programme adopted, legal basis only
                                                                              to be "uitgezocht" first (2nd passage
                                                                              in section 7 repeats this)
   2  one financing stream on the VWS budget (VWS), 3.2            disagree   "kies er daarom niet voor", after the
                                                                              reasons (section 6)
   3  pneumococcal vaccination for all 60-plussers incl. 80+       agree      committed measure with a date, no cue
      (VWS), 4.1                                                              word
   4  free shingles vaccination for all 60-plussers (VWS), 4.2     disagree   "besluit ... niet ... op te nemen"
                                                                              (same paragraph as 5)
   5  RSV for 75+ and for 60-74 with medical risk (VWS), 4.3       partial    75+ adopted, 60-74 held back until the
                                                                              price negotiations are done
   6  active free catch-up vaccination for adults (VWS, GGD ->     not_addr.  never answered; the letter only
      GEMEENTEN), 4.4                                                         mentions the catch-up for children during
                                                                              the measles outbreak (existing policy)
   7  national registration of adult vaccinations (RIVM -> VWS),   agree      "onderschrijf ... opdracht gegeven"
      5.1                                                                     (same paragraph as 8)
   8  yearly RIVM monitor of adult coverage by group (RIVM ->      agree      committed yearly report from 2027
      VWS), 5.2
   9  GGD'en: low-threshold vaccination in low-coverage wards      agree      committed structural budget for exactly
      (GGD -> GEMEENTEN), 5.3                                                 this, by subject
  10  independent authority for pharmacists to vaccinate (VWS),    partial    only "verken ik ... of"
      5.4
  11  statutory publication of staff flu coverage per institution  disagree   "vind ik echter geen passend middel"
      (VWS), 5.5
  12  insurers: inform insured and reimburse indicated vaccines    not_addr.  passed on inside the financing
      without authorisation procedure (zorgverzekeraars -> OTHER),            paragraph: insurers decide themselves,
      5.6                                                                     ZN asked to discuss it (no position)
Totals: agree 4 (3, 7, 8, 9), partial 3 (1, 5, 10), disagree 3 (2, 4, 11), not_addressed 2 (6, 12).
All prose, names and figures are fictional and written for this test set.
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


def bullets(*texts: str, style: str = "•") -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style=style)


def advice(number: str, text: str, *departments: str) -> ItemList:
    """One advice sentence set off in the running text: an unlabelled one-item list (the number is not printed)."""
    return ItemList(items=(ListItem(text, recommendation=Recommendation(number, tuple(departments))),), style="")


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H("Aan de minister van Volksgezondheid, Welzijn en Sport"),
    P("Onderwerp: aanbieding advies Vaccineren van volwassenen. Uw kenmerk: 3810422-1061877-PG. Den Haag, 17 juni "
      "2025."),
    P("Geachte minister,"),
    P("Op 14 maart 2024 heeft uw ambtsvoorganger de Gezondheidsraad gevraagd te adviseren over de bescherming van "
      "volwassenen tegen infectieziekten die met vaccinatie te voorkomen zijn. Aanleiding was de vraag of de "
      "huidige losse regelingen voor griep, pneumokokken en COVID-19 nog passen bij een bevolking die snel ouder "
      "wordt, en bij de komst van nieuwe vaccins, onder meer tegen gordelroos en het respiratoir syncytieel virus "
      "(RSV). Hierbij bied ik u het advies aan dat de Commissie Vaccinaties daarover heeft opgesteld. Het is "
      "getoetst door de Beraadsgroep Infectieziekten en Immuniteit van de raad."),
    P("De commissie stelt vast dat Nederland voor kinderen een van de best georganiseerde vaccinatieprogramma's ter "
      "wereld heeft, maar dat de bescherming van volwassenen versnipperd is geregeld. Wie 60 wordt, krijgt van "
      "verschillende partijen uitnodigingen op verschillende momenten, voor vaccinaties die langs verschillende "
      "wegen worden betaald, en niemand weet precies wie beschermd is. De commissie adviseert daarom één programma "
      "voor volwassenen, met een duidelijke eigenaar, een eigen wettelijke basis en een heldere keuze voor de "
      "vaccinaties die erin horen."),
    P("Ik onderschrijf de conclusies van de commissie en beveel het advies graag bij u aan. Een afschrift van dit "
      "advies gaat naar de minister voor Medische Zorg, het RIVM en GGD GHOR Nederland."),
    P("Met vriendelijke groet, prof. dr. M.J. van Oosterhout-Dekker, voorzitter Gezondheidsraad"),
    PageBreak(),
    H("Samenvatting"),
    P("In Nederland zijn ruim 3,6 miljoen mensen 65 jaar of ouder; in 2040 zijn dat er naar verwachting bijna 4,8 "
      "miljoen. Met het ouder worden neemt de weerstand tegen infecties af. Griep, "
      "longontsteking door pneumokokken, RSV-infecties en gordelroos leiden bij ouderen elk jaar tot tienduizenden "
      "ziekenhuisopnamen en enkele duizenden sterfgevallen. Een groot deel daarvan is met vaccinatie te voorkomen."),
    P("Volwassenen worden nu langs drie wegen gevaccineerd: via het Nationaal Programma Grieppreventie en de "
      "pneumokokkenvaccinatie, die de huisarts uitvoert; via de najaarsronde tegen COVID-19, die de GGD uitvoert; "
      "en via de zorgverzekering of op eigen kosten, bijvoorbeeld voor reizigers of mensen met een bijzondere "
      "medische indicatie. Elke weg heeft een eigen financiering, eigen uitnodigingen en eigen cijfers. De "
      "vaccinatiegraad daalt sinds 2021 bij vrijwel alle vaccinaties voor volwassenen, en het sterkst in wijken "
      "waar de gezondheid van mensen toch al achterblijft."),
    P("De commissie heeft zich gebogen over de vraag welke vaccinaties volwassenen publiek aangeboden zouden moeten "
      "krijgen, hoe dat het best georganiseerd kan worden en wat nodig is om meer mensen te bereiken. Zij heeft "
      "daarbij het vaste beoordelingskader van de raad gebruikt, dat kijkt naar de ziektelast, de werkzaamheid en "
      "veiligheid van het vaccin, de aanvaardbaarheid, de doelmatigheid en de urgentie."),
    P("Kort samengevat adviseert de commissie een programma voor volwassenen met een wettelijke basis en één "
      "financieringsstroom; pneumokokkenvaccinatie voor alle 60-plussers, ook boven de 80; gordelroosvaccinatie "
      "zonder kosten voor 60-plussers; RSV-vaccinatie voor 75-plussers en voor 60- tot 75-jarigen met een medisch "
      "risico; een actief aanbod om gemiste vaccinaties uit de kindertijd in te halen; een landelijke registratie "
      "en een jaarlijkse monitor door het RIVM; extra inzet van de GGD'en in wijken met een lage vaccinatiegraad; "
      "een eigen bevoegdheid voor apothekers om te vaccineren; openbaarheid over de griepvaccinatie van "
      "zorgmedewerkers; en betere informatie en vergoeding door zorgverzekeraars van vaccinaties die buiten het "
      "programma vallen."),
    P("De commissie realiseert zich dat deze voorstellen geld kosten. Zij wijst erop dat de ziektelast die ermee "
      "kan worden voorkomen groot is, en dat een deel van de kosten terugverdiend wordt doordat minder mensen in "
      "het ziekenhuis belanden, juist in de wintermaanden waarin de zorg het zwaarst belast is."),
    PageBreak(),
    H("1 Inleiding"),
    H2("1.1 Aanleiding en adviesvraag"),
    P("Het Rijksvaccinatieprogramma beschermt sinds 1957 kinderen tegen een groeiend aantal infectieziekten. Voor "
      "volwassenen bestaat een vergelijkbaar programma niet. Wel zijn in de loop der jaren losse regelingen "
      "ontstaan: de griepprik voor ouderen en mensen met een medisch risico sinds 1997, de pneumokokkenvaccinatie "
      "voor 60- tot 80-jarigen sinds 2020 en de jaarlijkse najaarsronde tegen COVID-19 sinds 2022. Elk van die "
      "regelingen is op een eigen moment en om eigen redenen ingevoerd.",
      footnotes=("Gezondheidsraad. Vaccinatie tegen pneumokokken bij ouderen. Den Haag, 2018; publicatienr. "
                 "2018/05.",)),
    P("In haar brief van 14 maart 2024 schreef de toenmalige minister dat die stapsgewijze opbouw haar grenzen "
      "bereikt. Er komen nieuwe vaccins op de markt, de bevolking vergrijst, en de uitvoering vraagt steeds meer "
      "van huisartsen en GGD'en. De minister legde de raad de volgende vragen voor:"),
    ItemList(items=(
        ListItem("Tegen welke infectieziekten zou de overheid volwassenen een vaccinatie moeten aanbieden, en aan "
                 "welke doelgroepen?"),
        ListItem("Is het wenselijk de bestaande regelingen voor volwassenen onder te brengen in één programma, en "
                 "zo ja, hoe zou dat programma ingericht moeten worden?"),
        ListItem("Hoe kan de vaccinatiegraad onder volwassenen worden verhoogd, in het bijzonder bij groepen die nu "
                 "slecht worden bereikt?"),
        ListItem("Welke informatie is nodig om de uitvoering en de effecten van vaccinatie bij volwassenen te "
                 "kunnen volgen?"),
        ListItem("Welke rol zouden zorgprofessionals, zorginstellingen en zorgverzekeraars daarbij kunnen "
                 "spelen?"),
    ), style="1."),
    P("De eerste vraag beantwoordt de commissie in hoofdstuk 4, de tweede in hoofdstuk 3 en de overige in "
      "hoofdstuk 5. Vaccinaties voor reizigers en vaccinaties die werkgevers op grond van de arbeidsomstandigheden "
      "aanbieden, vallen buiten de vraag; de commissie gaat er alleen op in waar ze raken aan het programma."),
    H2("1.2 Commissie en werkwijze"),
    P("Het advies is voorbereid door de vaste Commissie Vaccinaties van de Gezondheidsraad, aangevuld met "
      "deskundigen op het gebied van ouderengeneeskunde, huisartsgeneeskunde en gezondheidseconomie. De "
      "samenstelling staat in bijlage A. De commissie kwam tussen mei 2024 en april 2025 acht keer bijeen. Zij "
      "baseerde zich op:"),
    bullets(
        "een literatuuronderzoek naar de ziektelast van griep, pneumokokkenziekte, gordelroos en RSV bij "
        "volwassenen en naar de werkzaamheid van de beschikbare vaccins;",
        "gegevens van het RIVM over de vaccinatiegraad, de ziekenhuisopnamen en de sterfte, aangevuld met "
        "gegevens uit huisartsenregistraties;",
        "kosteneffectiviteitsanalyses die het RIVM en twee universitaire groepen voor de commissie hebben "
        "uitgevoerd;",
        "gesprekken met vertegenwoordigers van huisartsen, apothekers, GGD'en, zorgverzekeraars, "
        "patiëntenorganisaties en ouderenbonden (bijlage B).",
    ),
    P("Het conceptadvies is op 11 maart 2025 besproken in de Beraadsgroep Infectieziekten en Immuniteit. De "
      "commissie heeft de opmerkingen van de beraadsgroep verwerkt."),
    H2("1.3 Opbouw van dit advies"),
    P("Hoofdstuk 2 beschrijft hoe volwassenen nu worden gevaccineerd en hoe het staat met de vaccinatiegraad. "
      "Hoofdstuk 3 gaat over de vraag of er één programma moet komen en hoe dat eruit zou moeten zien. Hoofdstuk 4 "
      "bespreekt per infectieziekte of vaccinatie in dat programma hoort. Hoofdstuk 5 gaat over de uitvoering: "
      "registratie, monitoring, het bereik van groepen die nu achterblijven, en de rol van apothekers, "
      "zorginstellingen en zorgverzekeraars. De adviezen van de commissie staan in de lopende tekst van de "
      "hoofdstukken 3 tot en met 5."),
    H("2 Vaccineren van volwassenen nu"),
    H2("2.1 Bestaande regelingen"),
    P("Anders dan bij kinderen is de vaccinatie van volwassenen niet in één hand. Het Nationaal Programma "
      "Grieppreventie (NPG) wordt uitgevoerd door huisartsen, die hun patiënten van 60 jaar en ouder en patiënten "
      "met een medische indicatie jaarlijks uitnodigen. Sinds 2020 nodigen zij ook 60- tot 80-jarigen uit voor een "
      "pneumokokkenvaccinatie, in vijfjaarscohorten. Het RIVM coördineert beide regelingen en koopt de vaccins in. "
      "De najaarsronde tegen COVID-19 wordt uitgevoerd door de GGD'en, met de huisarts voor wie niet naar een "
      "priklocatie kan komen."),
    P("Daarnaast zijn er vaccinaties waarvoor volwassenen zelf het initiatief moeten nemen. De routes zijn:"),
    bullets(
        "vaccinatie op grond van de Zorgverzekeringswet, voor mensen met een bijzondere medische indicatie, "
        "bijvoorbeeld hepatitis B-vaccinatie bij nierdialyse of vaccinatie na verwijdering van de milt;",
        "vaccinatie door de werkgever, als blootstelling op het werk een risico vormt, zoals hepatitis B bij "
        "medewerkers in de zorg;",
        "reizigersvaccinatie op eigen kosten, via de GGD of een reizigerskliniek;",
        "vaccinatie op eigen initiatief en voor eigen rekening, zoals nu bij gordelroos en RSV.",
    ),
    P("Voor de zwangere bestaat sinds 2019 de maternale kinkhoestvaccinatie (de 22-wekenprik), die formeel deel "
      "uitmaakt van het Rijksvaccinatieprogramma. De commissie rekent haar in dit advies niet tot het programma voor "
      "volwassenen, omdat zij bedoeld is om de pasgeborene te beschermen."),
    H2("2.2 Vaccinatiegraad"),
    P("Tabel 1 geeft de vaccinatiegraad van de belangrijkste vaccinaties voor volwassenen. De cijfers over de "
      "griepprik en de pneumokokkenvaccinatie zijn schattingen op basis van een steekproef van huisartspraktijken; "
      "er bestaat geen landelijke registratie. Alleen de cijfers over COVID-19 komen uit een volledige registratie "
      "bij het RIVM."),
    P("Tabel 1. Vaccinatiegraad onder volwassenen naar doelgroep, 2019-2024 (procent van de doelgroep)", bold=True),
    Table(
        header=("Vaccinatie en doelgroep", "2019", "2021", "2023", "2024"),
        rows=(
            ("Griep, 60 jaar en ouder", "51,3", "62,8", "49,1", "46,7"),
            ("Griep, 18-59 jaar met medische indicatie", "38,0", "44,2", "35,6", "33,9"),
            ("Griep, zorgmedewerkers in ziekenhuizen", "45", "51", "39", "36"),
            ("Griep, zorgmedewerkers in verpleeghuizen", "21", "32", "22", "19"),
            ("Pneumokokken, uitgenodigde 60-79-jarigen", "–", "53,4", "45,2", "44,0"),
            ("COVID-19 najaarsronde, 60 jaar en ouder", "–", "–", "51,9", "47,5"),
            ("Kinkhoest, zwangeren (22-wekenprik)", "–", "70,3", "74,1", "74,8"),
        ),
        widths=(3.6, 1.0, 1.0, 1.0, 1.0),
        rules="grid",
    ),
    P("Bron: RIVM, Monitor Vaccinatiegraad Nationaal Programma Grieppreventie 2019-2024; RIVM, "
      "COVID-19-vaccinatieregistratie; bewerking commissie. Een streepje betekent dat de vaccinatie in dat jaar "
      "niet werd aangeboden."),
    P("Na een piek in 2021, toen de aandacht voor infectieziekten groot was, is de vaccinatiegraad bij vrijwel "
      "alle doelgroepen gedaald. Bij de griepprik voor 60-plussers ligt zij nu ruim onder het niveau van 2019 en ver "
      "onder de streefwaarde van 75 procent die de Wereldgezondheidsorganisatie hanteert. Bij zorgmedewerkers in "
      "verpleeghuizen laat zich minder dan een op de vijf vaccineren. De gemiddelden verbergen bovendien grote "
      "verschillen: in de twintig procent armste postcodegebieden ligt de vaccinatiegraad bij 60-plussers tot "
      "twintig procentpunten lager dan in de rijkste.",
      footnotes=("Schatting van de commissie op basis van de koppeling van COVID-19-vaccinatiegegevens aan "
                 "inkomensgegevens van het CBS (2023).",)),
    H2("2.3 Knelpunten"),
    P("Uit de gesprekken en de cijfers komt een aantal knelpunten naar voren die de commissie in de volgende "
      "hoofdstukken uitwerkt:"),
    bullets(
        "Er is geen partij die verantwoordelijk is voor de bescherming van volwassenen als geheel; elke regeling "
        "heeft een eigen opdrachtgever en eigen uitvoerders.",
        "De financiering is versnipperd over de begroting van VWS, de gemeentelijke middelen voor de GGD en de "
        "Zorgverzekeringswet, wat afwegingen tussen vaccinaties bemoeilijkt.",
        "Vaccinaties van volwassenen worden niet landelijk geregistreerd; alleen voor COVID-19 bestaat een "
        "volledige registratie.",
        "Mensen in wijken met een lage sociaaleconomische status, mensen met een migratieachtergrond en "
        "thuiswonende ouderen met beperkingen worden slecht bereikt.",
        "Huisartsen ervaren de griep- en pneumokokkencampagnes als een zware belasting in een toch al drukke "
        "periode.",
        "Informatie over vaccinaties is verspreid over veel websites en brieven, en spreekt elkaar soms tegen.",
    ),
    H("3 Een programma voor volwassenen"),
    H2("3.1 Van losse regelingen naar één programma"),
    P("Het Rijksvaccinatieprogramma dankt zijn succes voor een groot deel aan zijn eenvoud. Ouders krijgen één "
      "oproep, van één uitvoerder, volgens één schema, en de overheid weet precies welke kinderen beschermd zijn. "
      "Voor volwassenen ontbreekt die eenvoud. Een 67-jarige met diabetes krijgt in het najaar een uitnodiging "
      "van de huisarts voor de griepprik, een brief van de GGD voor de COVID-19-vaccinatie en moet zelf uitzoeken "
      "of zij een pneumokokkenvaccinatie nodig heeft en wat een vaccinatie tegen gordelroos kost."),
    P("De commissie acht het niet nodig om voor volwassenen hetzelfde stelsel op te bouwen als voor kinderen. Wel "
      "moet er één programma komen met een vaste opdrachtgever, een vast beoordelingskader voor de vraag welke "
      "vaccinaties erin horen, en één herkenbaar aanbod voor de burger. Het RIVM ligt als regisseur voor de hand, "
      "zoals het dat ook voor het Rijksvaccinatieprogramma is. Omdat het programma raakt aan de taken van de "
      "GGD'en, aan gegevensverwerking en aan de bekostiging, volstaat een regeling op het niveau van een "
      "subsidieregeling of een jaarlijkse opdracht aan het RIVM niet."),
    advice("1", "De commissie adviseert de minister van VWS om een landelijk vaccinatieprogramma voor volwassenen "
                "in te stellen en dat programma, naar het voorbeeld van het Rijksvaccinatieprogramma, een eigen "
                "wettelijke grondslag in de Wet publieke gezondheid te geven.", "VWS"),
    P("Een wettelijke grondslag legt vast wie waarvoor verantwoordelijk is, biedt een basis voor de verwerking "
      "van vaccinatiegegevens en maakt het programma minder afhankelijk van jaarlijkse beslissingen. De commissie "
      "verwacht dat het enkele jaren kost voordat een wetswijziging van kracht is. Zij raadt aan de opbouw van het "
      "programma niet op de wet te laten wachten, maar in de tussentijd met de bestaande instrumenten te "
      "beginnen."),
    H2("3.2 Financiering"),
    P("De vaccinaties voor volwassenen worden nu op drie manieren betaald. De griep- en pneumokokkenvaccinatie "
      "komen ten laste van de begroting van VWS. De najaarsronde tegen COVID-19 wordt betaald uit een specifieke "
      "uitkering aan de GGD'en. Vaccinaties op medische indicatie vallen onder de Zorgverzekeringswet, waarbij het "
      "verplicht eigen risico van toepassing is. Die verdeling maakt het lastig om vaccinaties tegen elkaar af te "
      "wegen: een vaccin dat de zorgverzekering veel kosten bespaart, wordt soms niet aangeboden omdat de kosten "
      "elders op de begroting drukken."),
    P("De commissie heeft bekeken of de Zorgverzekeringswet een geschikte route is voor een programma voor "
      "volwassenen. Zij acht dat niet het geval. Vaccinatie is bij uitstek een collectieve voorziening, waarvan de "
      "opbrengst ook anderen ten goede komt, en het eigen risico vormt een drempel die juist de groepen treft die "
      "al slecht worden bereikt."),
    advice("2", "Daarom adviseert de commissie de minister om alle vaccinaties van het programma voor volwassenen te "
                "bekostigen uit één financieringsstroom op de begroting van VWS, los van de Zorgverzekeringswet en "
                "zonder eigen bijdrage van de gevaccineerde.", "VWS"),
    P("Eén financieringsstroom maakt ook duidelijk welke keuzes er worden gemaakt. Wanneer een nieuw vaccin "
      "beschikbaar komt, kan de minister dan op basis van één integraal overzicht beslissen of opname in het "
      "programma de kosten waard is."),
    H2("3.3 Beoordelingskader"),
    P("Voor de vraag welke vaccinaties in het programma thuishoren, gebruikt de commissie het beoordelingskader dat "
      "de raad sinds 2007 hanteert voor het Rijksvaccinatieprogramma. Een vaccinatie komt voor publieke aanbieding "
      "in aanmerking als:"),
    bullets(
        "de infectieziekte leidt tot een aanzienlijke ziektelast in de bevolking of in een duidelijk omschreven "
        "groep;",
        "het vaccin de ziektelast in belangrijke mate kan verminderen;",
        "eventuele bijwerkingen niet opwegen tegen de gezondheidswinst;",
        "de belasting voor de gevaccineerde in redelijke verhouding staat tot de bescherming;",
        "de verhouding tussen kosten en gezondheidswinst gunstig is;",
        "de vaccinatie een urgente ziektelast aanpakt in vergelijking met andere mogelijkheden.",
    ),
    P("De commissie heeft dit kader voor volwassenen op één punt aangescherpt. Omdat de afweer bij ouderen minder "
      "goed reageert op vaccins, heeft zij voor elke vaccinatie expliciet gekeken naar de werkzaamheid in de "
      "hoogste leeftijdsgroepen, en niet alleen naar gemiddelde effecten."),
    H("4 Welke vaccinaties"),
    H2("4.1 Pneumokokken"),
    P("Pneumokokken zijn de belangrijkste verwekker van longontsteking die buiten het ziekenhuis wordt opgelopen. "
      "Jaarlijks worden naar schatting 9.000 mensen van 60 jaar en ouder met een pneumokokkenlongontsteking "
      "opgenomen, van wie er ongeveer 900 overlijden. Het risico neemt met de leeftijd sterk toe: bij 85-plussers "
      "is het vier keer zo hoog als bij 60- tot 65-jarigen."),
    P("Het huidige programma nodigt 60- tot 80-jarigen uit, verdeeld over vijfjaarscohorten. Mensen die 80 jaar of "
      "ouder waren bij de start in 2020, vallen er buiten. Die keuze was destijds ingegeven door twijfel over de "
      "werkzaamheid van het polysacharidevaccin op hoge leeftijd. Inmiddels zijn er geconjugeerde vaccins die ook "
      "bij 80-plussers een goede afweerreactie opwekken en tegen meer serotypen beschermen.",
      footnotes=("Zie voor een overzicht van de studies de achtergronddocumenten bij dit advies op de website van "
                 "de raad.",)),
    advice("3", "De commissie adviseert de minister om de pneumokokkenvaccinatie aan te bieden aan alle "
                "60-plussers, dus ook aan mensen van 80 jaar en ouder die nu buiten de regeling vallen, en daarbij "
                "over te stappen op een geconjugeerd vaccin.", "VWS"),
    P("Volgens de analyses van het RIVM voorkomt deze uitbreiding jaarlijks ruim 1.100 ziekenhuisopnamen. De kosten "
      "per gewonnen levensjaar in goede gezondheid liggen ruim onder de grens die in Nederland gebruikelijk is."),
    H2("4.2 Gordelroos"),
    P("Gordelroos ontstaat wanneer het waterpokkenvirus, dat na een waterpokkeninfectie in het lichaam achterblijft, "
      "weer actief wordt. Het risico daarop neemt toe met de leeftijd. Ongeveer een op de vier mensen krijgt ooit "
      "gordelroos, en bij ouderen blijft de zenuwpijn soms maanden of jaren bestaan. Die langdurige pijn "
      "(postherpetische neuralgie) is moeilijk te behandelen en tast de kwaliteit van leven ernstig aan."),
    P("Het recombinante subeenheidvaccin beschermt in twee doses voor meer dan negentig procent tegen gordelroos, "
      "ook bij 70-plussers, en de bescherming houdt ten minste tien jaar aan. Het vaccin is sinds 2018 in Nederland "
      "beschikbaar, maar kost de gebruiker nu ruim 400 euro voor twee doses. Daardoor laten vooral mensen met een "
      "hoger inkomen zich vaccineren. De commissie acht dat onwenselijk."),
    advice("4", "De commissie adviseert de minister om vaccinatie tegen gordelroos op te nemen in het programma en "
                "kosteloos aan te bieden aan iedereen van 60 jaar en ouder.", "VWS"),
    P("De kosteneffectiviteit hangt sterk af van de prijs die bij een landelijke inkoop kan worden bedongen. Bij de "
      "huidige lijstprijs ligt zij boven de gebruikelijke grens; bij een korting van veertig procent, die bij "
      "landelijke aanbestedingen in andere Europese landen is bereikt, ligt zij eronder."),
    H2("4.3 Respiratoir syncytieel virus"),
    P("RSV is vooral bekend als verwekker van luchtweginfecties bij zuigelingen, maar veroorzaakt ook bij ouderen "
      "een aanzienlijke ziektelast. Het RIVM schat dat RSV jaarlijks leidt tot ongeveer 8.000 ziekenhuisopnamen van "
      "60-plussers, vooral in de winter, wanneer ook griep en COVID-19 de ziekenhuizen belasten. De sterfte is het "
      "hoogst bij 75-plussers en bij mensen met chronisch hart- of longlijden."),
    P("Sinds 2023 zijn er twee vaccins voor ouderen geregistreerd. Beide verminderen het risico op een ernstige "
      "RSV-infectie in het eerste seizoen met ongeveer tachtig procent. Over de duur van de bescherming en de "
      "noodzaak van herhaling is nog weinig bekend; de commissie gaat uit van één vaccinatie per twee tot drie "
      "jaar."),
    advice("5", "De commissie adviseert de minister om RSV-vaccinatie aan te bieden aan alle 75-plussers en aan "
                "mensen van 60 tot en met 74 jaar met een verhoogd medisch risico, zoals chronisch hart- of "
                "longlijden.", "VWS"),
    P("Voor de groep van 60 tot en met 74 jaar zonder medisch risico acht de commissie de ziektelast op dit moment "
      "te gering om publieke aanbieding te rechtvaardigen. Zij zal dat opnieuw bezien wanneer er meer bekend is "
      "over de duur van de bescherming."),
    H2("4.4 Gemiste vaccinaties inhalen"),
    P("Niet iedere volwassene is als kind volledig gevaccineerd. Dat geldt voor mensen die in Nederland opgroeiden "
      "in gezinnen die vaccinatie weigerden, maar ook voor mensen die als kind in een ander land woonden waar het "
      "vaccinatieprogramma minder uitgebreid was. De mazelenuitbraak van 2024 heeft laten zien dat juist zij een "
      "besmettingsbron kunnen zijn voor zuigelingen die nog te jong zijn om gevaccineerd te worden."),
    P("Het Rijksvaccinatieprogramma biedt kinderen en jongeren tot 18 jaar de mogelijkheid een gemiste vaccinatie "
      "in te halen. Voor volwassenen bestaat zo'n aanbod niet. Wie als volwassene een gemiste mazelenvaccinatie wil "
      "halen, moet die bij de GGD zelf betalen."),
    advice("6", "De commissie adviseert de minister van VWS en de GGD'en om volwassenen die als kind geen of "
                "onvolledige vaccinaties tegen mazelen, bof, rodehond, difterie, tetanus en polio hebben gekregen, "
                "actief een kosteloze inhaalvaccinatie aan te bieden.", "VWS", "GEMEENTEN"),
    P("Een actief aanbod kan bijvoorbeeld worden gedaan bij de intake van nieuwkomers, in het contact van de "
      "jeugdgezondheidszorg met ouders van jonge kinderen en via verloskundigen."),
    H("5 Uitvoering en bereik"),
    H2("5.1 Registratie"),
    P("Van kinderen registreert het RIVM sinds jaar en dag welke vaccinaties zij hebben gekregen. Van volwassenen "
      "is dat alleen voor COVID-19 het geval. De griep- en pneumokokkenvaccinaties worden vastgelegd in het "
      "dossier van de huisarts, maar niet landelijk verzameld. Daardoor kan niemand zeggen hoeveel mensen "
      "beschermd zijn, kan de GGD bij een uitbraak niet nagaan wie risico loopt, en kan een gevaccineerde niet "
      "eenvoudig zien welke vaccinaties zij heeft gehad."),
    P("Een registratie vraagt zorgvuldigheid. Vaccinatiegegevens zijn gezondheidsgegevens, en de commissie hecht "
      "eraan dat mensen zelf kunnen bepalen of hun gegevens landelijk worden vastgelegd. De ervaringen met de "
      "COVID-19-registratie laten zien dat ruim negen op de tien gevaccineerden daarvoor toestemming geven als het "
      "hun duidelijk wordt gevraagd."),
    advice("7", "De commissie adviseert het RIVM om een landelijke registratie van vaccinaties bij volwassenen op te "
                "zetten, gebaseerd op toestemming van de gevaccineerde, waarin huisartsen, GGD'en, apothekers en "
                "zorginstellingen de vaccinaties vastleggen die zij toedienen.", "VWS"),
    H2("5.2 Monitoring"),
    P("Een registratie is geen doel op zich. Zij is nodig om te kunnen zien of het programma de mensen bereikt voor "
      "wie het bedoeld is, en om bij te sturen waar dat niet zo is. De huidige monitor van het NPG rapporteert "
      "alleen landelijke gemiddelden, met een vertraging van anderhalf jaar."),
    advice("8", "Ook adviseert de commissie het RIVM om jaarlijks te rapporteren over de vaccinatiegraad onder "
                "volwassenen, uitgesplitst naar leeftijd, regio, medische risicogroep en sociaaleconomische "
                "positie.", "VWS"),
    P("Zo'n monitor maakt zichtbaar waar extra inspanningen nodig zijn en stelt GGD'en en gemeenten in staat hun "
      "eigen inzet te beoordelen. De commissie raadt aan de monitor ook de redenen te laten volgen waarom mensen "
      "zich niet laten vaccineren."),
    H2("5.3 Bereik in wijken"),
    P("De verschillen in vaccinatiegraad tussen wijken zijn groot en hangen samen met inkomen, opleiding en "
      "herkomst. Ze zijn niet in de eerste plaats het gevolg van principiële bezwaren. Veel mensen in deze wijken "
      "staan niet afwijzend tegenover vaccinatie, maar weten niet goed waar zij terechtkunnen, hebben praktische "
      "belemmeringen of vertrouwen de informatie niet die zij ontvangen. Tijdens de COVID-19-pandemie hebben "
      "GGD'en goede ervaringen opgedaan met prikbussen, inloopspreekuren in buurthuizen en gesprekken via "
      "sleutelpersonen uit de gemeenschap. Na de pandemie is die aanpak grotendeels gestopt, omdat de tijdelijke "
      "middelen wegvielen."),
    advice("9", "De commissie adviseert de GGD'en om in wijken waar de vaccinatiegraad achterblijft structureel "
                "laagdrempelige prikmomenten en voorlichting op maat te organiseren, samen met huisartsen en "
                "sleutelpersonen uit de wijk.", "GEMEENTEN"),
    P("Dat vraagt een vaste financiering en een vaste bezetting. Incidentele campagnes bouwen het vertrouwen niet op "
      "dat nodig is om mensen te bereiken die de overheid op afstand houden."),
    H2("5.4 Wie vaccineert"),
    P("De huisartsen voeren nu het grootste deel van de vaccinaties voor volwassenen uit. Zij kennen hun patiënten "
      "en weten wie een medisch risico heeft. Tegelijk is de druk op de huisartsenzorg groot, en komen er met dit "
      "advies vaccinaties bij. In veel Europese landen vaccineren apothekers al jaren tegen griep en COVID-19, met "
      "een hogere vaccinatiegraad tot gevolg. In Nederland mogen apothekers alleen vaccineren in opdracht van een "
      "arts; tijdens de pandemie gold tijdelijk een ruimere regeling."),
    advice("10", "De commissie adviseert de minister om apothekers een zelfstandige bevoegdheid te geven om "
                 "volwassenen te vaccineren met de vaccins uit het programma.", "VWS"),
    P("De commissie ziet daarin een aanvulling op de rol van de huisarts, niet een vervanging. Voorwaarde is dat "
      "de apotheker de vaccinatie vastlegt in de landelijke registratie en dat de huisarts daarover wordt "
      "geïnformeerd."),
    H2("5.5 Zorgmedewerkers"),
    P("Zorgmedewerkers die zich laten vaccineren tegen griep, beschermen niet alleen zichzelf, maar ook de "
      "kwetsbare patiënten en cliënten voor wie zij zorgen. De Gezondheidsraad heeft daar eerder op gewezen. Toch "
      "laat in verpleeghuizen minder dan een op de vijf medewerkers zich vaccineren (tabel 1). Instellingen die "
      "wel een hoge vaccinatiegraad bereiken, doen dat door de vaccinatie op de werkplek aan te bieden, door "
      "leidinggevenden het goede voorbeeld te laten geven en door open te zijn over de resultaten.",
      footnotes=("Gezondheidsraad. Griepvaccinatie van zorgmedewerkers. Den Haag, 2014; publicatienr. 2014/05.",)),
    advice("11", "De commissie adviseert de minister om zorginstellingen wettelijk te verplichten jaarlijks de "
                 "griepvaccinatiegraad van hun medewerkers met patiëntcontact openbaar te maken.", "VWS"),
    P("Een vaccinatieplicht voor zorgmedewerkers acht de commissie niet proportioneel. Openbaarheid geeft "
      "instellingen wel een prikkel om werk te maken van vaccinatie, en geeft cliënten en hun naasten informatie "
      "die voor hen relevant is."),
    H2("5.6 Vaccinaties buiten het programma"),
    P("Ook met een breder programma blijven er vaccinaties die buiten de publieke aanbieding vallen, omdat zij "
      "alleen voor kleine groepen met een bijzondere medische indicatie zinvol zijn. Die vaccinaties vallen onder "
      "de basisverzekering. Uit de gesprekken van de commissie blijkt dat patiënten en behandelaars die aanspraak "
      "vaak niet kennen, en dat verzekeraars er verschillend mee omgaan: sommige vragen vooraf een machtiging, "
      "andere niet."),
    advice("12", "De commissie adviseert zorgverzekeraars om verzekerden met een medische indicatie actief te "
                 "informeren over hun aanspraak op vaccinaties buiten het programma en die vaccinaties te vergoeden "
                 "zonder voorafgaande machtigingsprocedure.", "OTHER"),
    H("6 Tot slot"),
    P("De commissie beantwoordt de vragen van de minister als volgt. Het is wenselijk volwassenen een publiek "
      "vaccinatieaanbod te doen tegen griep, pneumokokken, gordelroos en RSV, met een aanbod om gemiste "
      "vaccinaties uit de kindertijd in te halen. Dat aanbod hoort in één programma, met het RIVM als regisseur, een "
      "eigen wettelijke basis en één financieringsstroom. Om meer mensen te bereiken zijn een registratie, een "
      "monitor, een vaste inzet van de GGD'en in wijken en een grotere rol voor apothekers nodig."),
    P("De commissie beseft dat de invoering van een programma voor volwassenen tijd kost, en dat niet alles "
      "tegelijk kan. Zij beveelt aan te beginnen met de onderdelen waarvan de gezondheidswinst het grootst is en "
      "de kosten het laagst: de uitbreiding van de pneumokokkenvaccinatie, de RSV-vaccinatie voor de oudste groep "
      "en de registratie. De raad is graag bereid de minister te adviseren over de volgorde van invoering en over "
      "nieuwe vaccins die de komende jaren beschikbaar komen."),
    PageBreak(),
    H("Bijlage A Samenstelling van de commissie"),
    P("Commissie Vaccinaties:"),
    bullets(
        "prof. dr. H.W. Brandsma, hoogleraar infectieziekten, Universitair Medisch Centrum Groningen, voorzitter",
        "dr. S. El Idrissi, arts maatschappij en gezondheid, GGD Haaglanden",
        "prof. dr. C.M. Verhoef-Jansen, hoogleraar ouderengeneeskunde, Amsterdam UMC",
        "dr. P.J. de Wit, huisarts, Zwolle",
        "prof. dr. R. Kalkman, hoogleraar gezondheidseconomie, Erasmus Universiteit Rotterdam",
        "dr. A. Nowak, viroloog, Leids Universitair Medisch Centrum",
        "dr. E.L. Tjon-A-Fat, epidemioloog, Universiteit Utrecht",
        "mr. dr. J.G. Scholten, gezondheidsjurist, Tilburg University",
    ),
    P("Waarnemers: drs. L. Hoogendijk (ministerie van VWS), dr. M. Prins (RIVM). Secretarissen: dr. K.A. Bos, "
      "drs. N. Vermeulen (Gezondheidsraad)."),
    H("Bijlage B Geraadpleegde organisaties"),
    bullets(
        "Landelijke Huisartsen Vereniging en Nederlands Huisartsen Genootschap",
        "Koninklijke Nederlandse Maatschappij ter bevordering der Pharmacie (KNMP)",
        "GGD GHOR Nederland",
        "Zorgverzekeraars Nederland",
        "Patiëntenfederatie Nederland en Longfonds",
        "KBO-PCOB en ANBO",
        "ActiZ en de Nederlandse Vereniging van Ziekenhuizen",
        "Zorginstituut Nederland",
    ),
)


REPORT = Document(
    title="Vaccineren van volwassenen",
    subtitle="Naar een vaccinatieprogramma voor alle leeftijden",
    blocks=REPORT_BLOCKS,
    running_header="Gezondheidsraad  |  Vaccineren van volwassenen  |  nr. 2025/14",
    footer="{page}",
    font_family="serif",
    font_size=10.5,
    imprint=("Gezondheidsraad, Commissie Vaccinaties", "Advies aan de minister van Volksgezondheid, Welzijn en Sport",
             "Nr. 2025/14, Den Haag, 17 juni 2025"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV_PROGRAMME = ("Het advies om één vaccinatieprogramma voor volwassenen in te richten neem ik over; of dat programma "
                "een eigen wettelijke grondslag in de Wet publieke gezondheid nodig heeft, laat ik eerst "
                "uitzoeken.")
EV_PROGRAMME_2 = ("Over de uitkomst van het juridische onderzoek naar een eigen wettelijke grondslag informeer ik uw "
                  "Kamer vóór de zomer van 2026; tot die tijd bouwt het RIVM het programma op binnen de bestaande "
                  "regelgeving.")
EV_PNEUMO = ("Vanaf het najaar van 2026 ontvangen daarom alle 60-plussers, ook wie 80 jaar of ouder is, een "
             "uitnodiging voor de pneumokokkenvaccinatie met een geconjugeerd vaccin.")
EV_SHINGLES = "Ik besluit daarom de vaccinatie tegen gordelroos niet in het programma op te nemen."
EV_RSV = ("Het advies om 75-plussers tegen RSV te vaccineren volg ik, maar de uitbreiding naar 60- tot en met "
          "74-jarigen met een medisch risico houd ik aan tot de prijsonderhandelingen met de fabrikanten zijn "
          "afgerond.")
EV_RSV_2 = ("Voor de groep van 60 tot en met 74 jaar met een medisch risico volgt een besluit zodra de uitkomst van "
            "de onderhandelingen bekend is.")
EV_REGISTRY = ("Ik onderschrijf daarom het advies om ook vaccinaties van volwassenen landelijk te registreren, en "
               "heb het RIVM opdracht gegeven die registratie in 2026 in te richten, met toestemming van de "
               "gevaccineerde als uitgangspunt.")
EV_MONITOR = ("Op basis daarvan publiceert het RIVM vanaf 2027 elk jaar een rapportage over de vaccinatiegraad onder "
              "volwassenen, uitgesplitst naar leeftijd, regio, medische risicogroep en sociaaleconomische positie.")
EV_GGD = ("Vanaf 2026 stel ik de GGD'en structureel 9 miljoen euro per jaar beschikbaar om in wijken waar de "
          "vaccinatiegraad achterblijft vaste prikmomenten en voorlichting op maat te organiseren, samen met "
          "huisartsen en sleutelfiguren uit de wijk.")
EV_PHARMACY = ("Samen met de KNMP, de Landelijke Huisartsen Vereniging en de Inspectie Gezondheidszorg en Jeugd "
               "verken ik de komende tijd of een zelfstandige bevoegdheid voor apothekers verantwoord en "
               "uitvoerbaar is.")
EV_STAFF = ("Een wettelijke plicht voor zorginstellingen om de vaccinatiegraad van hun medewerkers openbaar te maken, "
            "vind ik echter geen passend middel.")
EV_FINANCE = ("Ik kies er daarom niet voor om alle vaccinaties voor volwassenen in één financieringsstroom op de "
              "VWS-begroting onder te brengen.")

RESPONSE_BLOCKS = (
    P("Op 17 juni 2025 heeft de Gezondheidsraad mij het advies ‘Vaccineren van volwassenen’ aangeboden. Met deze "
      "brief stuur ik u het advies toe en geef ik mijn reactie daarop, mede namens de minister voor Medische Zorg. "
      "Ik dank de Commissie Vaccinaties voor haar zorgvuldige en heldere advies, en de huisartsen, apothekers, "
      "GGD'en en patiëntenorganisaties die aan de totstandkoming hebben bijgedragen."),
    P("Daarmee geef ik ook invulling aan de toezegging die mijn ambtsvoorganger in het commissiedebat Infectieziekten "
      "van 6 februari 2024 heeft gedaan, om uw Kamer te informeren over de toekomst van de vaccinaties voor "
      "volwassenen."),
    H2("1. Aanleiding"),
    P("Nederland vergrijst. Het aantal 65-plussers neemt de komende vijftien jaar met ongeveer een kwart toe, en "
      "daarmee groeit ook het aantal mensen dat ernstig ziek kan worden van infecties die met een vaccinatie te "
      "voorkomen zijn. Elke winter laat zien wat dat betekent: ziekenhuizen die bedden moeten sluiten, "
      "verpleeghuizen met uitbraken en huisartsen die de drukte nauwelijks aankunnen. Vaccinatie is een van de "
      "meest effectieve middelen die we hebben om dat te voorkomen."),
    P("Tegelijk zie ik, net als de Gezondheidsraad, dat de vaccinatiegraad onder volwassenen sinds 2021 daalt. Dat "
      "baart mij zorgen. De mazelenuitbraak van 2024 heeft laten zien hoe snel een infectieziekte zich kan "
      "verspreiden waar de bescherming tekortschiet. Tijdens die uitbraak hebben GGD'en kinderen en jongeren extra "
      "gelegenheid geboden om een gemiste prik uit het Rijksvaccinatieprogramma in te halen, en ik ben hun "
      "medewerkers erkentelijk voor die inzet."),
    P("De Gezondheidsraad constateert dat de vaccinaties voor volwassenen versnipperd zijn geregeld, met "
      "verschillende uitvoerders, financieringsbronnen en uitnodigingen. Die analyse deel ik. In deze brief ga ik "
      "eerst in op de vraag of er een programma voor volwassenen komt (paragraaf 2) en welke vaccinaties daarin "
      "horen (paragraaf 3). Daarna bespreek ik registratie, monitoring en bereik (paragraaf 4), de vraag wie "
      "vaccineert (paragraaf 5) en de financiering (paragraaf 6). Ik sluit af met de planning."),
    H2("2. Een vaccinatieprogramma voor volwassenen"),
    P("Volwassenen kunnen nu op verschillende manieren worden gevaccineerd. Het Nationaal Programma Grieppreventie "
      "en de pneumokokkenvaccinatie worden door huisartsen uitgevoerd onder regie van het RIVM; de najaarsronde "
      "tegen COVID-19 door de GGD'en. Voor vaccinaties op medische indicatie is de Zorgverzekeringswet van "
      "toepassing. Die regelingen werken op zichzelf goed, maar voor de burger vormen zij geen samenhangend "
      "geheel."),
    P(EV_PROGRAMME + " Het RIVM krijgt de regie over het programma, zoals het die ook heeft over het "
      "Rijksvaccinatieprogramma, en zal vanaf 2026 de bestaande regelingen voor griep, pneumokokken en COVID-19 "
      "stapsgewijs onder één noemer samenbrengen, met één uitnodiging en één informatiepunt. Een wettelijke "
      "verankering heeft voordelen, zoals de commissie terecht opmerkt, maar een wetswijziging kost tijd en raakt "
      "aan de verhouding met de gemeentelijke taken in de publieke gezondheidszorg. Daarom wil ik eerst weten of "
      "het programma ook met een opdracht aan het RIVM en een algemene maatregel van bestuur voldoende stevig kan "
      "worden verankerd.",
      answers=(Answer("1", "partial", EV_PROGRAMME),)),
    P("Bij de inrichting van het programma sluit ik aan bij het beoordelingskader dat de Gezondheidsraad voor het "
      "Rijksvaccinatieprogramma hanteert. Nieuwe vaccins voor volwassenen worden langs die weg beoordeeld, zodat "
      "besluiten over opname steeds op dezelfde manier tot stand komen."),
    H2("3. Welke vaccinaties het programma omvat"),
    P("De Gezondheidsraad heeft voor vier infectieziekten beoordeeld of een publiek aanbod voor volwassenen "
      "aangewezen is. De griepvaccinatie blijft vanzelfsprekend onderdeel van het programma. Over pneumokokken, "
      "gordelroos en RSV heb ik de volgende afwegingen gemaakt."),
    P("De ziektelast van pneumokokkenziekte is groot, juist bij de oudste ouderen, en het geconjugeerde vaccin "
      "beschermt ook op hoge leeftijd goed. De uitbreiding is bovendien doelmatig. " + EV_PNEUMO + " Het RIVM "
      "bereidt de inkoop van het vaccin en de uitnodiging via de huisartsen voor.",
      answers=(Answer("3", "agree", EV_PNEUMO),)),
    P("Bij gordelroos en RSV ligt het anders. Beide aandoeningen leiden tot veel leed, en ik begrijp de wens van "
      "de commissie om vaccinatie niet langer af te laten hangen van de portemonnee. Bij de huidige prijs is "
      "vaccinatie tegen gordelroos echter niet kosteneffectief, en de commissie zelf wijst erop dat pas bij een "
      "forse korting de gebruikelijke grens wordt gehaald. Daar komt bij dat de middelen voor preventie beperkt "
      "zijn en dat ik voorrang geef aan vaccinaties die ziekenhuisopnamen in de winter voorkomen. "
      + EV_SHINGLES + " Mocht de prijs van het vaccin aanzienlijk dalen, dan vraag ik de raad om een nieuwe "
      "beoordeling. " + EV_RSV,
      answers=(Answer("4", "disagree", EV_SHINGLES), Answer("5", "partial", EV_RSV))),
    P("Voor RSV-vaccinatie van 75-plussers werkt het RIVM een aanbod uit dat in het najaar van 2027 kan starten, "
      "gelijktijdig met de griepvaccinatie, zodat ouderen niet vaker dan nodig naar de huisarts hoeven. "
      + EV_RSV_2 + " Die onderhandelingen voert het ministerie samen met enkele andere Europese landen.",
      answers=(Answer("5", "partial", EV_RSV_2),)),
    H2("4. Registratie, monitoring en bereik"),
    P("Zonder goede registratie is er geen zicht op wie beschermd is, en kan bij een uitbraak niet snel worden "
      "nagegaan wie extra risico loopt. " + EV_REGISTRY + " Het RIVM kan daarbij voortbouwen op de ervaringen met "
      "de registratie van de COVID-19-vaccinaties. " + EV_MONITOR + " Zo kunnen GGD'en en gemeenten zien waar "
      "hun inzet het meest nodig is.",
      answers=(Answer("7", "agree", EV_REGISTRY), Answer("8", "agree", EV_MONITOR))),
    P("Voor de registratie is een grondslag voor de verwerking van gezondheidsgegevens nodig. Het RIVM werkt de "
      "registratie uit in overleg met de Autoriteit Persoonsgegevens, de huisartsen en de GGD'en, en zorgt ervoor "
      "dat mensen hun eigen vaccinatiegegevens kunnen inzien via de bestaande persoonlijke gezondheidsomgevingen."),
    P("De verschillen in vaccinatiegraad tussen wijken vind ik niet aanvaardbaar. Iedereen moet dezelfde kans "
      "hebben om zich te beschermen. De GGD'en hebben tijdens de pandemie laten zien dat zij mensen kunnen bereiken "
      "die via de gewone kanalen buiten beeld blijven. Die ervaring wil ik niet verloren laten gaan. " + EV_GGD,
      answers=(Answer("9", "agree", EV_GGD),)),
    P("Het geld is onder meer bedoeld voor:"),
    bullets(
        "inloopspreekuren en prikmomenten in buurthuizen, moskeeën, kerken en wijkcentra;",
        "de inzet van voorlichters en sleutelpersonen die de taal en de achtergrond van bewoners kennen;",
        "huisbezoeken bij thuiswonende ouderen die niet naar een priklocatie kunnen komen;",
        "samenwerking met huisartsen, wijkteams en welzijnsorganisaties.",
    ),
    P("GGD GHOR Nederland ontwikkelt met het RIVM een handreiking voor de aanpak, zodat GGD'en van elkaars "
      "ervaringen kunnen leren. Over de resultaten laat ik mij jaarlijks informeren via de monitor van het RIVM."),
    H2("5. Wie vaccineert"),
    P("De huisarts blijft ook in het nieuwe programma de spil. Huisartsen kennen hun patiënten, weten wie een "
      "medisch risico heeft en genieten veel vertrouwen. Tegelijk neemt de druk op de huisartsenzorg toe, en met de "
      "uitbreiding van het programma komen er vaccinaties bij. De commissie stelt voor apothekers zelfstandig "
      "te laten vaccineren. Dat kan de toegankelijkheid vergroten, maar roept ook vragen op over de "
      "verantwoordelijkheid bij bijwerkingen, de afstemming met de huisarts en de registratie. " + EV_PHARMACY
      + " Ik betrek daarbij de ervaringen die tijdens de COVID-19-pandemie met vaccinerende apothekers zijn "
      "opgedaan.",
      answers=(Answer("10", "partial", EV_PHARMACY),)),
    P("Zorgmedewerkers die zich laten vaccineren, beschermen hun patiënten en cliënten. Ik deel de zorg van de "
      "commissie over de lage vaccinatiegraad, in het bijzonder in de verpleeghuizen. Instellingen zijn als "
      "werkgever verantwoordelijk voor een veilige werkomgeving en voor het aanbieden van de vaccinatie aan hun "
      "medewerkers. " + EV_STAFF + " Het zou een nieuwe verantwoordingslast opleggen in een sector die al onder "
      "grote druk staat, en de vaccinatiestatus van medewerkers is een gevoelig gegeven. Wel vraag ik ActiZ en de "
      "Nederlandse Vereniging van Ziekenhuizen om met hun leden afspraken te maken over een actief "
      "vaccinatieaanbod op de werkplek.",
      answers=(Answer("11", "disagree", EV_STAFF),)),
    H2("6. Financiering en vergoeding"),
    P("De commissie pleit voor één financieringsstroom voor alle vaccinaties van het programma. Ik herken het "
      "bezwaar van versnipperde budgetten. Toch heeft de huidige verdeling ook voordelen: de najaarsronde tegen "
      "COVID-19 sluit aan bij de taken die de GGD'en toch al hebben bij de bestrijding van infectieziekten, en "
      "vaccinaties op medische indicatie horen thuis bij de overige zorg die een patiënt ontvangt. Een "
      "herschikking van middelen tussen de begroting, het gemeentefonds en de zorgverzekering vergt bovendien een "
      "ingewikkelde operatie, zonder dat er één vaccinatie meer door wordt gegeven. " + EV_FINANCE + " De "
      "afweging tussen vaccinaties kan ook zonder samenvoeging integraal worden gemaakt; het RIVM zal daarvoor "
      "jaarlijks een overzicht van alle kosten opstellen. Over de vergoeding van vaccinaties die buiten een "
      "programma vallen, beslissen de zorgverzekeraars zelf. Ik heb Zorgverzekeraars Nederland gevraagd het advies "
      "op dit punt in hun overleg met de Patiëntenfederatie te bespreken.",
      answers=(Answer("2", "disagree", EV_FINANCE),)),
    P("De maatregelen uit deze brief zijn gedekt binnen de begroting van VWS. De tabel geeft een overzicht van de "
      "geraamde kosten."),
    P("Tabel. Geraamde kosten van de maatregelen (in miljoenen euro's)", bold=True),
    Table(
        header=("Maatregel", "2026", "2027", "Structureel"),
        rows=(
            ("Uitbreiding pneumokokkenvaccinatie naar alle 60-plussers", "14,2", "18,5", "16,0"),
            ("RSV-vaccinatie 75-plussers", "–", "31,0", "24,5"),
            ("Landelijke registratie en monitor RIVM", "4,5", "3,0", "2,5"),
            ("Inzet GGD'en in wijken met een lage vaccinatiegraad", "9,0", "9,0", "9,0"),
            ("Regie en communicatie RIVM", "2,0", "2,5", "2,5"),
            ("Totaal", "29,7", "64,0", "54,5"),
        ),
        widths=(4.2, 1.0, 1.0, 1.3),
        rules="rows",
    ),
    H2("7. Planning en tot slot"),
    P("Met deze brief zet ik de eerste stappen naar een samenhangend vaccinatieaanbod voor volwassenen. "
      + EV_PROGRAMME_2,
      answers=(Answer("1", "partial", EV_PROGRAMME_2),)),
    P("De komende periode ziet er als volgt uit:"),
    bullets(
        "voorjaar 2026: start van de opbouw van de registratie door het RIVM en van de extra inzet van de GGD'en;",
        "zomer 2026: brief aan uw Kamer over de wettelijke verankering en de uitkomst van de verkenning naar "
        "vaccinerende apothekers;",
        "najaar 2026: eerste uitnodigingsronde pneumokokkenvaccinatie voor alle 60-plussers;",
        "2027: eerste jaarrapportage van het RIVM over de vaccinatiegraad onder volwassenen;",
        "najaar 2027: start RSV-vaccinatie voor 75-plussers, gelijktijdig met de griepvaccinatie.",
    ),
    P("Ik dank de Gezondheidsraad nogmaals voor het advies. Ik ben ervan overtuigd dat we met deze stappen meer "
      "volwassenen beter kunnen beschermen, en daarmee ook de zorg in de wintermaanden kunnen ontlasten."),
    P("De minister van Volksgezondheid, Welzijn en Sport,"),
    P("mr. drs. E.C. Verbeek-Lindhout"),
)


RESPONSE = Document(
    title="Kabinetsreactie op het advies ‘Vaccineren van volwassenen’ van de Gezondheidsraad",
    subtitle="Aan de Voorzitter van de Tweede Kamer der Staten-Generaal  |  Datum 4 november 2025  |  Kenmerk "
             "4201187-1093455-PG  |  Ministerie van Volksgezondheid, Welzijn en Sport, Directie Publieke "
             "Gezondheid",
    blocks=RESPONSE_BLOCKS,
    running_header="Kabinetsreactie advies Vaccineren van volwassenen  |  Kenmerk 4201187-1093455-PG",
    footer="Pagina {page} van {pages}",
    font_family="sans",
    font_size=10.5,
    title_page=False,
)

PAIR = Pair(
    name="vaccination_advice_bold_inline",
    report=REPORT,
    response=RESPONSE,
    description="Gezondheidsraad advice on a vaccination programme for adults whose twelve unnumbered "
                "recommendations are single 'De commissie adviseert ...' sentences set off in the running text of "
                "chapters 3-5 (summary restates them in one plain paragraph), answered by subject only in a VWS "
                "Kamerbrief with seven numbered sections; two paragraphs answer two recommendations each, the "
                "insurers' recommendation is passed on and the adult catch-up vaccination is never answered.",
)
