"""Pair: a fictional market study of the Autoriteit Consument en Markt (ACM) on renting from private landlords
(service costs, deposits, temporary contracts), answered by a letter of the minister of Volkshuisvesting en
Ruimtelijke Ordening (VRO) that takes the recommendations point by point in "Ad 1", "Ad 2 en 3" paragraphs.

Report layout: sans, title page with imprint, running header, chapters numbered in the heading text ("3 Klachten en
signalen") with level-2 sections, a few footnotes.  The summary has a bullet list of key findings and names the
thirteen recommendations only in prose (no repeat of the items).  Chapter 1 has an "a." list of research questions
and a bullet list of sources; chapter 2 a dash list of the laws in force; chapter 3 two grid tables (complaint
signals at ConsuWijzer 2022-2024, service-cost cases at the Huurcommissie); chapters 4-6 each close with a bullet
list of findings and have a bold "Voorbeeld" lead-in; chapter 7 has the conclusions as bullets.  Chapter 8
"Aanbevelingen" holds the thirteen recommendations as one numbered sequence split over four addressee sections
(8.1 minister van VRO: 1-7, 8.2 Huurcommissie: 8-9, 8.3 gemeenten: 10-11, 8.4 verhuurdersorganisaties: 12-13; each
section a "1." list continuing the numbering), followed by a bullet list of what the ACM itself will do (not
recommendations).  A short annex describes the survey with a small table.

Response layout: sans letter without title page (letterhead of the ministry), Rijksoverheid-style letter lines,
an introduction, section "1. Wat er al is gebeurd" with a bullet list of measures already taken (no answers),
section "2. Reactie op de aanbevelingen aan mij" answering point by point in paragraphs opening "Ad 1", "Ad 2 en 3",
"Ad 4", "Ad 5", "Ad 6", "Ad 7", section "3. Aanbevelingen aan de Huurcommissie, gemeenten en verhuurders" answering
by subject only (no numbers, no "Ad"), and "4. Tot slot".

  nr  addressee            gold           why
   1  VRO (BZK)            agree          Ad 1: AMvB with a mandatory model for the annual settlement (committed
                                          measure, no cue word); a second paragraph extends it to all contracts
   2  VRO (BZK)            disagree       Ad 2 en 3: "Ik kies er daarom niet voor om een borgdepot verplicht te
                                          stellen." after the reasons
   3  VRO (BZK)            partial        paragraph after Ad 2 en 3: statutory interest yes, the flat penalty of ten
                                          percent declined, in one sentence
   4  VRO (BZK)            agree          Ad 4: the recommendation asks for a study; the study is commissioned with
                                          a date (committing to the study = agree)
   5  VRO (BZK)            partial        Ad 5: only "verkennen" with the Huurcommissie, no commitment
   6  VRO (BZK)            disagree       Ad 6: "Een wettelijke begrenzing van het voorschot neem ik om die redenen
                                          niet over."
   7  VRO + gemeenten      partial        Ad 7: more money for 2026-2027, structural funding refused, one sentence
   8  Huurcommissie        not_addressed  passed on: the Huurcommissie decides itself and comes back in its
      (OTHER)                             jaarplan (no Answer)
   9  Huurcommissie        agree          by subject in section 3: agreement on four months plus extra budget
      (OTHER)
  10  gemeenten            not_addressed  section 3 only describes the existing powers and the monitor figures of
                                          the Wet goed verhuurderschap, without a position (no Answer)
  11  gemeenten            agree          by subject: uniform registration agreed with the VNG, yearly reporting
  12  verhuurders (OTHER)  disagree       by subject: a separate code of conduct next to the statutory model "acht
                                          ik niet wenselijk"
  13  verhuurders (OTHER)  not_addressed  the model tenancy contract is never mentioned

Totals: agree 4 (1, 4, 9, 11), partial 3 (3, 5, 7), disagree 3 (2, 6, 12), not_addressed 3 (8, 10, 13).
All prose, figures and names of people are fictional and written for this test set.
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


def recs(start: int, *items: tuple[str, tuple[str, ...]]) -> ItemList:
    return ItemList(
        items=tuple(ListItem(text, recommendation=Recommendation(str(start + i), tuple(depts)))
                    for i, (text, depts) in enumerate(items)),
        style="1.",
        start=start,
    )


VRO = ("BZK",)
HC = ("OTHER",)
GEM = ("GEMEENTEN",)
VERHUURDERS = ("OTHER",)

# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H("Samenvatting"),
    P("Ongeveer 1,1 miljoen huishoudens in Nederland huren hun woning van een particuliere verhuurder: een belegger, "
      "een vastgoedfonds of een particulier die één of enkele woningen verhuurt. Het gaat voor een groot deel om "
      "jonge huishoudens, starters op de woningmarkt, arbeidsmigranten en mensen die na een scheiding of verhuizing "
      "snel woonruimte nodig hebben. Zij hebben weinig keus en staan tegenover een verhuurder die de markt en de "
      "regels meestal beter kent dan zij."),
    P("Sinds 2023 zijn drie wetten in werking getreden die de positie van deze huurders versterken: de Wet goed "
      "verhuurderschap, de Wet vaste huurcontracten en de Wet betaalbare huur. De ACM heeft in deze marktstudie "
      "onderzocht hoe het huurders van particuliere verhuurders in de praktijk vergaat op de drie onderwerpen "
      "waarover bij ConsuWijzer de meeste en de snelst groeiende signalen binnenkomen: servicekosten, "
      "waarborgsommen en tijdelijke huurcontracten."),
    P("De belangrijkste bevindingen zijn:"),
    bullets(
        "Het aantal signalen over servicekosten bij ConsuWijzer is tussen 2022 en 2024 bijna verdubbeld. Vier op de "
        "tien ondervraagde huurders met servicekosten ontvingen over 2023 geen of een onvolledige jaarafrekening.",
        "Huurders die een afrekening ontvangen, kunnen die meestal niet controleren: de indeling verschilt per "
        "verhuurder en onderliggende facturen worden zelden meegestuurd.",
        "Ruim een derde van de huurders die in 2023 of 2024 verhuisden, kreeg de waarborgsom niet binnen de "
        "wettelijke termijn terug; bij een op de acht duurde het langer dan drie maanden.",
        "Huurders die hun waarborgsom willen terugvorderen, moeten daarvoor naar de kantonrechter. Slechts weinigen "
        "doen dat.",
        "Tijdelijke huurcontracten worden sinds 1 juli 2024 minder vaak gesloten, maar in ongeveer een op de vijf "
        "onderzochte advertenties voor een tijdelijk contract lijkt de gebruikte uitzondering niet op te gaan.",
        "Huurders kennen hun rechten slecht en weten niet waar zij terechtkunnen. Waar een huurteam actief is, "
        "dienen huurders twee tot drie keer zo vaak een verzoek in bij de Huurcommissie.",
    ),
    P("De ACM concludeert dat de regels de afgelopen jaren zijn aangescherpt, maar dat de naleving achterblijft en "
      "huurders hun recht te weinig halen. Dat komt niet alleen door verhuurders die de regels bewust ontduiken. "
      "Ook welwillende verhuurders maken fouten, omdat de regels voor servicekosten ingewikkeld zijn en er geen "
      "vast format is om ze toe te passen."),
    P("De ACM doet dertien aanbevelingen, die in hoofdstuk 8 staan. Zeven daarvan richten zich tot de minister van "
      "Volkshuisvesting en Ruimtelijke Ordening, twee tot de Huurcommissie, twee tot gemeenten en twee tot de "
      "organisaties van verhuurders. De ACM gaat daarnaast zelf strenger toezien op de naleving van het "
      "consumentenrecht door grote verhuurders en verhuurbemiddelaars."),
    PageBreak(),
    H("1 Inleiding"),
    H2("1.1 Aanleiding"),
    P("De ACM ziet erop toe dat ondernemers zich aan de regels van het consumentenrecht houden. Verhuurders die "
      "beroeps- of bedrijfsmatig woningen verhuren, zijn ondernemers in de zin van dat recht. Oneerlijke bedingen "
      "in huurcontracten, misleidende informatie in advertenties en agressieve handelspraktijken vallen daarmee "
      "binnen het toezicht van de ACM. Via ConsuWijzer, het informatieloket van de ACM voor consumenten, komen "
      "jaarlijks duizenden vragen en meldingen binnen over huren."),
    P("Het aantal signalen over huren bij particuliere verhuurders is de afgelopen drie jaar sterk gestegen. Die "
      "stijging doet zich vooral voor bij de servicekosten en de waarborgsom, twee onderwerpen waarover de "
      "wetgever in 2023 nieuwe regels heeft vastgesteld. Daarnaast bereiken de ACM signalen dat verhuurders na de "
      "invoering van de Wet vaste huurcontracten de uitzonderingen op het vaste contract ruim toepassen. Reden "
      "genoeg om de markt nader te onderzoeken."),
    P("Een marktstudie is geen handhavingsonderzoek. De ACM stelt in deze studie niet vast of individuele "
      "verhuurders de regels hebben overtreden, maar brengt in kaart hoe de markt werkt, waar huurders tegenaan "
      "lopen en welke oorzaken daaraan ten grondslag liggen. Waar de studie aanwijzingen voor overtredingen "
      "oplevert, kan de ACM die in een afzonderlijk onderzoek oppakken."),
    H2("1.2 Onderzoeksvragen"),
    P("De marktstudie beantwoordt de volgende vragen:", bold=True),
    ItemList(items=(
        ListItem("Hoe vaak en waarover klagen huurders van particuliere verhuurders, en hoe heeft dat zich sinds "
                 "2022 ontwikkeld?"),
        ListItem("In hoeverre ontvangen huurders een juiste en controleerbare afrekening van de servicekosten, en "
                 "wat doen zij als die afrekening niet klopt?"),
        ListItem("Krijgen huurders hun waarborgsom op tijd en volledig terug, en welke mogelijkheden hebben zij als "
                 "dat niet gebeurt?"),
        ListItem("Hoe vaak sluiten verhuurders nog tijdelijke huurcontracten, en gebeurt dat op grond van een "
                 "uitzondering die in de situatie van de huurder van toepassing is?"),
        ListItem("Welke belemmeringen ervaren huurders bij het halen van hun recht?"),
    ), style="a."),
    H2("1.3 Afbakening en werkwijze"),
    P("De studie richt zich op zelfstandige en onzelfstandige woonruimte die wordt verhuurd door particuliere "
      "verhuurders, ongeacht de hoogte van de huur. Woningcorporaties vallen buiten het onderzoek; voor hen gelden "
      "aanvullende regels en een eigen toezichthouder. De onderzoeksperiode loopt van januari 2022 tot en met juni "
      "2025. De ACM heeft gebruikgemaakt van de volgende bronnen:"),
    bullets(
        "ruim 21.000 signalen over huren die tussen 2022 en 2024 bij ConsuWijzer zijn binnengekomen;",
        "gegevens van de Huurcommissie over verzoeken en uitspraken over servicekosten;",
        "een enquête onder 2.412 huurders van particuliere verhuurders, uitgevoerd door een extern onderzoeksbureau "
        "in februari en maart 2025 (zie de bijlage);",
        "een analyse van 1.350 advertenties voor huurwoningen op vijf grote verhuurplatforms in april 2025;",
        "gesprekken met 31 partijen, onder wie verhuurders, brancheorganisaties, huurteams, "
        "huurdersorganisaties, gemeenten, de Huurcommissie en advocaten.",
    ),
    H2("1.4 Leeswijzer"),
    P("Hoofdstuk 2 beschrijft de particuliere huurmarkt en de regels die daarvoor gelden. Hoofdstuk 3 geeft een "
      "overzicht van de klachten en signalen. De hoofdstukken 4, 5 en 6 gaan achtereenvolgens in op servicekosten, "
      "waarborgsommen en tijdelijke huurcontracten. Hoofdstuk 7 bevat de conclusies, hoofdstuk 8 de aanbevelingen "
      "van de ACM en de stappen die de ACM zelf zet."),
    H("2 De particuliere huurmarkt"),
    H2("2.1 Omvang en kenmerken"),
    P("Van de ruim 8 miljoen woningen in Nederland wordt ongeveer 13 procent verhuurd door een particuliere "
      "verhuurder.", footnotes=("CBS, Woningvoorraad naar eigendom, peildatum 1 januari 2025.",)),
    P("Het gaat om een zeer gevarieerde groep. Institutionele beleggers zoals pensioenfondsen en vastgoedfondsen "
      "bezitten samen ongeveer 300.000 woningen, meestal in grotere complexen. Daarnaast zijn er enkele honderden "
      "middelgrote vastgoedondernemingen en naar schatting 130.000 particulieren die één of meer woningen verhuren. "
      "Vooral die laatste groep is sinds 2010 sterk gegroeid, onder meer doordat woningen werden gekocht om te "
      "verhuren aan studenten, starters en arbeidsmigranten."),
    P("Huurders van particuliere verhuurders zijn gemiddeld jonger en verhuizen vaker dan huurders van "
      "woningcorporaties. Bijna de helft van hen woont korter dan drie jaar in de huidige woning. Dat betekent dat "
      "zij relatief vaak te maken hebben met het begin en het einde van een huurovereenkomst, en dus met de "
      "waarborgsom en met de vraag of hun contract tijdelijk of vast is. Het betekent ook dat zij minder tijd "
      "hebben om hun rechten te leren kennen."),
    P("De verhoudingen op de markt zijn ongelijk. Het woningtekort is groot, en een woningzoekende die een woning "
      "kan krijgen, stelt zelden kritische vragen over een beding in het contract of een post in de "
      "servicekosten. Verschillende huurders vertelden de ACM dat zij geen bezwaar durfden te maken uit angst dat "
      "hun contract niet zou worden verlengd of dat de verhuurder hen als lastig zou zien."),
    H2("2.2 Regels die gelden"),
    P("Het huurrecht staat in boek 7 van het Burgerlijk Wetboek en in de Uitvoeringswet huurprijzen woonruimte. In "
      "de afgelopen jaren zijn daar de volgende wetten bij gekomen:"),
    bullets(
        "de Wet goed verhuurderschap (1 juli 2023), met algemene regels voor alle verhuurders, onder meer over "
        "schriftelijke informatie aan de huurder, de hoogte en de terugbetaling van de waarborgsom en de "
        "onderbouwing van de servicekosten, en met een verplicht meldpunt en handhavingsbevoegdheden voor gemeenten;",
        "de Wet vaste huurcontracten (1 juli 2024), die het vaste huurcontract weer de norm maakt en tijdelijke "
        "contracten alleen toestaat voor bepaalde groepen, zoals studenten, jongeren en promovendi, en op grond "
        "van de Leegstandwet;",
        "de Wet betaalbare huur (1 juli 2024), die het woningwaarderingsstelsel uitbreidt tot de middenhuur en de "
        "Huurcommissie bevoegd maakt voor huurprijsgeschillen in dat segment.",
        style="–"),
    P("Voor de servicekosten geldt dat de verhuurder jaarlijks, uiterlijk zes maanden na afloop van het "
      "kalenderjaar, een overzicht verstrekt van de in rekening gebrachte kosten, met de wijze van berekening. De "
      "huurder kan de Huurcommissie vragen over de afrekening te oordelen. Voor de waarborgsom geldt dat zij sinds "
      "1 juli 2023 niet hoger mag zijn dan twee maanden kale huur en binnen veertien dagen na het einde van de huur "
      "moet worden terugbetaald, of binnen dertig dagen als de verhuurder kosten voor schade inhoudt."),
    H2("2.3 Wie houdt toezicht"),
    P("Het toezicht op de particuliere huurmarkt is verdeeld. De Huurcommissie beslecht geschillen over de "
      "huurprijs en de servicekosten, maar alleen op verzoek van de huurder of de verhuurder. Gemeenten houden "
      "toezicht op de Wet goed verhuurderschap en kunnen een waarschuwing geven, een bestuurlijke boete opleggen of "
      "in het uiterste geval het beheer van een woning overnemen. Over de terugbetaling van de waarborgsom en over "
      "de rechtsgeldigheid van een tijdelijk contract beslist de kantonrechter. De ACM ten slotte treedt op tegen "
      "verhuurders die als ondernemer het consumentenrecht overtreden, maar behandelt geen individuele geschillen."),
    P("Voor de huurder betekent die verdeling dat het niet vanzelf spreekt bij wie hij moet aankloppen. In de "
      "enquête wist 62 procent van de huurders niet dat de Huurcommissie ook over servicekosten oordeelt; 71 "
      "procent had nooit gehoord van het meldpunt goed verhuurderschap van de eigen gemeente."),
    H("3 Klachten en signalen"),
    H2("3.1 Signalen bij ConsuWijzer"),
    P("Tabel 3.1 toont het aantal signalen over huren bij particuliere verhuurders dat ConsuWijzer in de jaren 2022 "
      "tot en met 2024 ontving, naar onderwerp. Een signaal is een vraag of melding van een consument; één "
      "huurder kan meer signalen indienen."),
    P("Tabel 3.1  Signalen bij ConsuWijzer over huren bij particuliere verhuurders, naar onderwerp", bold=True),
    Table(
        header=("Onderwerp", "2022", "2023", "2024", "Verschil 2023-2024"),
        rows=(
            ("Servicekosten", "1.240", "1.615", "2.108", "+31%"),
            ("Waarborgsom", "980", "1.322", "1.694", "+28%"),
            ("Tijdelijk contract en opzegging", "615", "874", "1.031", "+18%"),
            ("Huurprijs en huurverhoging", "1.510", "1.702", "1.466", "-14%"),
            ("Bemiddelings- en contractkosten", "402", "318", "254", "-20%"),
            ("Onderhoud en gebreken", "733", "810", "902", "+11%"),
            ("Overig", "520", "561", "590", "+5%"),
            ("Totaal", "6.000", "7.202", "8.045", "+12%"),
        ),
        widths=(3.2, 1.0, 1.0, 1.0, 1.6),
    ),
    P("Servicekosten en de waarborgsom zijn samen goed voor ruim 45 procent van alle signalen in 2024, tegen 37 "
      "procent in 2022. Het aantal signalen over de huurprijs is in 2024 gedaald, waarschijnlijk doordat de "
      "maximale huurverhoging in de vrije sector sinds 2023 wettelijk is begrensd. Ook de signalen over "
      "bemiddelingskosten nemen af; het verbod op dubbele bemiddelingskosten lijkt steeds beter te worden "
      "nageleefd."),
    P("De signalen over servicekosten gaan vooral over het ontbreken van een jaarafrekening (38 procent), over "
      "posten die de huurder niet begrijpt of niet herkent (29 procent) en over een voorschot dat veel hoger is "
      "dan de werkelijke kosten (21 procent). Bij de waarborgsom gaat het in twee derde van de signalen om een te "
      "late terugbetaling en in een derde om inhoudingen voor schade of schoonmaak die de huurder betwist."),
    H2("3.2 Zaken bij de Huurcommissie"),
    P("Tabel 3.2 geeft het aantal verzoeken over servicekosten van huurders van particuliere verhuurders dat de "
      "Huurcommissie ontving en afhandelde, met de gemiddelde doorlooptijd."),
    P("Tabel 3.2  Servicekostenzaken van huurders van particuliere verhuurders bij de Huurcommissie", bold=True),
    Table(
        header=("Jaar", "Ingekomen verzoeken", "Afgehandeld", "Gemiddelde doorlooptijd (maanden)",
                "Huurder geheel of deels in het gelijk"),
        rows=(
            ("2022", "3.910", "3.420", "7,8", "71%"),
            ("2023", "4.480", "3.960", "8,9", "74%"),
            ("2024", "5.230", "4.310", "10,2", "76%"),
        ),
        widths=(0.8, 1.3, 1.2, 1.6, 1.6),
    ),
    P("De instroom is sneller gestegen dan de Huurcommissie kon bijhouden, zodat de voorraad openstaande zaken "
      "groeit en de doorlooptijd oploopt. In drie van de vier zaken krijgt de huurder geheel of gedeeltelijk "
      "gelijk. Dat bevestigt het beeld uit de signalen bij ConsuWijzer dat veel afrekeningen niet kloppen. Het "
      "bevestigt ook dat het voor huurders loont om een afrekening te laten toetsen, al wachten zij daar inmiddels "
      "gemiddeld langer dan tien maanden op."),
    H2("3.3 Wat huurders vertellen"),
    P("In de enquête gaf 44 procent van de huurders aan in de afgelopen twee jaar een probleem met de verhuurder te "
      "hebben gehad over geld: servicekosten, de waarborgsom of bijkomende kosten. Van hen heeft 57 procent daar "
      "niets mee gedaan. De meest genoemde redenen zijn dat het om een te klein bedrag ging, dat de huurder niet "
      "wist hoe hij het moest aanpakken en dat hij de relatie met de verhuurder niet op het spel wilde zetten."),
    P("Huurders die wel actie ondernamen, deden dat meestal door de verhuurder te mailen of te bellen. Een op de "
      "tien schakelde een huurteam, het Juridisch Loket of een huurdersvereniging in. Opvallend is dat huurders "
      "in gemeenten met een actief huurteam twee tot drie keer zo vaak een verzoek bij de Huurcommissie "
      "indienden als huurders elders. Huurteams zijn er echter niet overal: in april 2025 waren zij actief in 54 "
      "gemeenten, vooral in de grote steden.", footnotes=(
        "Opgave van de Landelijke Vereniging van Huurteams, april 2025.",)),
    H("4 Servicekosten"),
    H2("4.1 Wat zijn servicekosten"),
    P("Servicekosten zijn de kosten voor leveringen en diensten die met het huren van de woning samenhangen, naast "
      "de kale huur. Voorbeelden zijn de schoonmaak van gemeenschappelijke ruimten, het onderhoud van de lift en de "
      "tuin, een huismeester, en in veel complexen ook de levering van energie en water via een collectieve "
      "installatie. De huurder betaalt maandelijks een voorschot; eenmaal per jaar moet de verhuurder de werkelijke "
      "kosten afrekenen. Alleen kosten die redelijk zijn en die daadwerkelijk zijn gemaakt, mogen aan de huurder "
      "worden doorberekend."),
    H2("4.2 Bevindingen"),
    P("Van de ondervraagde huurders die servicekosten betalen, ontving 23 procent over het jaar 2023 helemaal geen "
      "afrekening en 17 procent een afrekening waarin alleen totaalbedragen stonden. Bij particulieren die één of "
      "enkele woningen verhuren, lag het aandeel zonder afrekening het hoogst. Bij grote beleggers was een "
      "afrekening bijna altijd aanwezig, maar verschilden de indeling en het detailniveau sterk."),
    P("De ACM heeft 140 afrekeningen bekeken die huurders voor dit onderzoek beschikbaar stelden. Geen twee "
      "verhuurders gebruikten dezelfde indeling. In ruim de helft van de afrekeningen ontbrak een vergelijking met "
      "het voorschot of met het voorgaande jaar, en in bijna drie kwart werd niet vermeld dat de huurder de "
      "Huurcommissie om een oordeel kan vragen. Posten als 'beheer' of 'administratie' kwamen in veel afrekeningen "
      "voor zonder toelichting, terwijl de Huurcommissie zulke kosten slechts beperkt toestaat."),
    P("Voorbeeld", bold=True),
    P("Een huurder in een nieuwbouwcomplex in Utrecht betaalde in 2023 een voorschot van 215 euro per maand voor "
      "energie, water en schoonmaak. De afrekening, die pas in oktober 2024 kwam, vermeldde per post alleen een "
      "totaalbedrag en een verdeelsleutel zonder uitleg. Op verzoek van de huurder stuurde de verhuurder de "
      "facturen van de energieleverancier, waaruit bleek dat het complex een bijdrage van de energieleverancier "
      "had ontvangen die niet was verrekend. De huurder kreeg uiteindelijk 640 euro terug, na tussenkomst van een "
      "huurteam."),
    P("Verhuurders die de ACM sprak, erkenden dat afrekenen lastig is. Zij wezen op de complexiteit van de "
      "regels, de verschillende verdeelsleutels en de tijd die het kost om facturen van leveranciers en "
      "onderaannemers te verzamelen. Verschillende verhuurders gaven aan dat zij een vast model zouden "
      "verwelkomen, omdat dat discussie met huurders voorkomt. Anderen vonden dat een model vooral extra "
      "administratieve lasten zou opleveren voor kleine verhuurders."),
    P("Een apart probleem vormt het voorschot. In een kwart van de onderzochte afrekeningen lag het voorschot meer "
      "dan twintig procent boven de werkelijke kosten. Voor de verhuurder is een hoog voorschot een buffer tegen "
      "prijsstijgingen, vooral bij energie. Voor de huurder betekent het dat hij een deel van zijn inkomen "
      "maandenlang aan de verhuurder voorschiet, soms zonder het ooit terug te zien omdat er geen afrekening "
      "komt."),
    P("Samengevat stelt de ACM over de servicekosten het volgende vast:"),
    bullets(
        "Een aanzienlijk deel van de huurders ontvangt geen of een onvolledige jaarafrekening.",
        "Afrekeningen zijn onderling niet vergelijkbaar en voor huurders moeilijk te controleren.",
        "Voorschotten liggen regelmatig ver boven de werkelijke kosten.",
        "Huurders die een afrekening laten toetsen, krijgen meestal gelijk, maar wachten lang op een uitspraak.",
    ),
    H("5 Waarborgsommen"),
    H2("5.1 Hoogte van de waarborgsom"),
    P("Voor huurcontracten die na 1 juli 2023 zijn gesloten, mag de waarborgsom ten hoogste twee maanden kale huur "
      "bedragen. Uit de advertentieanalyse blijkt dat deze regel breed wordt nageleefd: in 94 procent van de "
      "advertenties die een waarborgsom noemden, bleef die binnen de grens. De overschrijdingen deden zich vooral "
      "voor bij gemeubileerde woningen, waar verhuurders de waarborgsom berekenden over de huur inclusief "
      "meubilair of servicekosten."),
    H2("5.2 Terugbetaling"),
    P("Meer problemen ziet de ACM bij de terugbetaling. Van de huurders die in 2023 of 2024 uit een woning van een "
      "particuliere verhuurder vertrokken, kreeg 36 procent de waarborgsom niet binnen de wettelijke termijn "
      "terug. Bij twaalf procent duurde het langer dan drie maanden, en vier procent had de waarborgsom op het "
      "moment van de enquête nog helemaal niet ontvangen. Bij 27 procent van de huurders hield de verhuurder een "
      "deel in, meestal voor schoonmaak of kleine reparaties, vaak zonder onderbouwing."),
    P("De wet bepaalt wanneer de waarborgsom moet worden terugbetaald, maar verbindt geen bijzondere gevolgen aan "
      "een te late terugbetaling. De huurder kan de wettelijke rente vorderen, maar moet dat zelf doen en in het "
      "uiterste geval naar de kantonrechter. Bij een gemiddelde waarborgsom van ongeveer 2.300 euro weegt de "
      "moeite daarvan voor veel huurders niet op tegen de opbrengst. Voor de verhuurder ontbreekt zo een prikkel om "
      "op tijd te betalen."),
    P("Voorbeeld", bold=True),
    P("Een student in Groningen zegde in juni 2024 de huur van haar kamer op. De verhuurder, die ongeveer veertig "
      "kamers verhuurt, reageerde pas na vier maanden en twee herinneringen op haar verzoek om terugbetaling. Van de "
      "waarborgsom van 900 euro hield hij 350 euro in voor 'eindschoonmaak en herstel', zonder foto's of facturen. "
      "De student besloot geen procedure te beginnen, omdat zij de kosten van de griffie en de tijd die het zou "
      "kosten niet in verhouding vond."),
    H2("5.3 Hoe andere landen het regelen"),
    P("In Engeland en Wales zijn verhuurders sinds 2007 verplicht de waarborgsom onder te brengen in een door de "
      "overheid erkend depositostelsel. Geschillen over inhoudingen worden daar kosteloos beslecht door een "
      "onafhankelijke geschilbeslechter. In België moet de waarborgsom op een geblokkeerde rekening op naam van de "
      "huurder worden gezet. Beide systemen voorkomen dat de waarborgsom met het vermogen van de verhuurder "
      "vermengd raakt, maar brengen ook beheerkosten met zich mee.", footnotes=(
        "Zie voor een vergelijking van depositostelsels in Europa het achtergrondrapport bij deze studie, "
        "paragraaf 4.",)),
    P("Samengevat stelt de ACM over de waarborgsom het volgende vast:"),
    bullets(
        "De maximale hoogte van de waarborgsom wordt grotendeels nageleefd.",
        "Ruim een derde van de huurders krijgt de waarborgsom te laat terug, en inhoudingen worden vaak niet "
        "onderbouwd.",
        "Een te late terugbetaling heeft voor de verhuurder in de praktijk geen gevolgen.",
        "De drempel om naar de kantonrechter te stappen is voor huurders te hoog.",
    ),
    H("6 Tijdelijke huurcontracten"),
    P("Met de Wet vaste huurcontracten is het vaste contract sinds 1 juli 2024 weer de norm. Een verhuurder mag "
      "alleen nog een tijdelijk contract sluiten in de gevallen die de wet noemt, onder meer met studenten, met "
      "jongeren tot 28 jaar in een jongerenwoning, met promovendi en gastdocenten, en op grond van een "
      "vergunning onder de Leegstandwet. Een tijdelijk contract dat buiten die gevallen wordt gesloten, geldt als "
      "een contract voor onbepaalde tijd."),
    P("Uit de advertentieanalyse blijkt dat het aandeel advertenties voor een tijdelijk contract is gedaald van 47 "
      "procent in 2023 naar 18 procent in april 2025. De wet heeft dus effect. In ongeveer een op de vijf "
      "advertenties voor een tijdelijk contract lijkt de gebruikte uitzondering echter niet op te gaan. Zo werden "
      "jongerencontracten aangeboden voor woningen die niet als jongerenwoning zijn aangewezen, en "
      "studentencontracten zonder dat werd gevraagd naar een bewijs van inschrijving bij een onderwijsinstelling."),
    P("Huurders weten vaak niet dat een onterecht tijdelijk contract van rechtswege een vast contract is. Van de "
      "ondervraagde huurders met een tijdelijk contract dat na 1 juli 2024 was gesloten, wist slechts 14 procent "
      "dat. Verhuurders die een tijdelijk contract willen beëindigen, lopen daardoor weinig risico: de huurder "
      "vertrekt meestal zonder tegenspraak. De ACM heeft geen zicht op het aantal gevallen waarin dat gebeurt; "
      "daarvoor zijn gegevens nodig die alleen via gericht onderzoek beschikbaar komen."),
    P("Samengevat stelt de ACM over tijdelijke huurcontracten het volgende vast:"),
    bullets(
        "Tijdelijke contracten komen sinds de wetswijziging veel minder vaak voor.",
        "Een deel van de verhuurders past de uitzonderingen ruim of onjuist toe.",
        "Huurders kennen de gevolgen van een onterecht tijdelijk contract nauwelijks.",
    ),
    H("7 Conclusies"),
    P("De positie van huurders van particuliere verhuurders is op papier de afgelopen jaren duidelijk versterkt. In "
      "de praktijk merken veel huurders daar nog weinig van. De ACM trekt de volgende conclusies:"),
    bullets(
        "De regels voor servicekosten zijn voor verhuurders ingewikkeld en voor huurders ondoorzichtig. Zonder "
        "vaste indeling van de afrekening blijft controle afhankelijk van de inzet van de individuele huurder.",
        "De termijnen voor de terugbetaling van de waarborgsom worden vaak overschreden, omdat een overschrijding "
        "geen gevolgen heeft en de weg naar de rechter voor huurders te zwaar is.",
        "De Wet vaste huurcontracten heeft het aandeel tijdelijke contracten sterk teruggedrongen, maar er is "
        "onvoldoende zicht op misbruik van de uitzonderingen.",
        "Het toezicht is verdeeld over de Huurcommissie, gemeenten, de kantonrechter en de ACM. Die verdeling is "
        "voor huurders niet te overzien.",
        "Waar huurders ondersteuning krijgen, halen zij hun recht vaker. Die ondersteuning is ongelijk over het "
        "land verdeeld en afhankelijk van tijdelijke financiering.",
    ),
    P("De ACM ziet verantwoordelijkheden voor de wetgever, voor de Huurcommissie en gemeenten als "
      "uitvoerders van de regels, en voor verhuurders zelf. Hoofdstuk 8 werkt dat uit in aanbevelingen."),
    H("8 Aanbevelingen"),
    P("De aanbevelingen van de ACM zijn gericht op drie doelen: huurders moeten kunnen nagaan of zij te veel "
      "betalen, overtredingen moeten voor verhuurders gevolgen hebben, en huurders moeten hun recht kunnen halen "
      "zonder onevenredige moeite. De aanbevelingen zijn genummerd en per geadresseerde gegroepeerd."),
    H2("8.1 Aan de minister van Volkshuisvesting en Ruimtelijke Ordening"),
    recs(1,
         ("Schrijf een verplicht model voor de jaarlijkse afrekening van de servicekosten voor, met een vaste "
          "indeling per kostenpost, een vergelijking met het voorschot en met het voorgaande jaar, en een "
          "verwijzing naar de Huurcommissie, en laat dat model gelden voor alle huurovereenkomsten met een "
          "particuliere verhuurder.", VRO),
         ("Verplicht verhuurders om de waarborgsom onder te brengen bij een onafhankelijke derde, zoals een "
          "notaris of een landelijk borgdepot, zodat de waarborgsom niet vermengd raakt met het vermogen van de "
          "verhuurder.", VRO),
         ("Leg wettelijk vast dat een verhuurder die de waarborgsom niet binnen de wettelijke termijn terugbetaalt, "
          "van rechtswege de wettelijke rente en daarnaast een forfaitaire vergoeding van tien procent van de "
          "waarborgsom per begonnen maand vertraging verschuldigd is.", VRO),
         ("Breng in kaart in hoeverre verhuurders sinds 1 juli 2024 tijdelijke huurcontracten sluiten op grond "
          "van een uitzondering die in de situatie van de huurder niet van toepassing is, en betrek de uitkomsten "
          "bij de evaluatie van de Wet vaste huurcontracten.", VRO),
         ("Maak de Huurcommissie bevoegd om uitspraak te doen in geschillen over de terugbetaling van de "
          "waarborgsom en over inhoudingen daarop, zodat huurders daarvoor niet langer naar de kantonrechter "
          "hoeven.", VRO),
         ("Beperk het voorschot op de servicekosten wettelijk tot de werkelijke kosten over het voorgaande jaar, "
          "vermeerderd met ten hoogste tien procent.", VRO),
         ("Zorg er samen met gemeenten voor dat huurders in elke regio terechtkunnen bij een onafhankelijk "
          "huurteam of een andere vorm van huurdersondersteuning, en financier die ondersteuning structureel.",
          ("BZK", "GEMEENTEN")),
         ),
    H2("8.2 Aan de Huurcommissie"),
    recs(8,
         ("Publiceer alle uitspraken over servicekosten geanonimiseerd en doorzoekbaar, en breid de rekenhulp "
          "servicekosten uit met de kostenposten die in die zaken het vaakst ter discussie staan.", HC),
         ("Breng de gemiddelde doorlooptijd van zaken over servicekosten terug tot ten hoogste vier maanden.", HC),
         ),
    H2("8.3 Aan gemeenten"),
    recs(10,
         ("Stel een handhavingsprogramma vast voor de Wet goed verhuurderschap waarin ook de regels over de "
          "waarborgsom en de servicekosten een plaats hebben, en voer daarop actief controles uit, niet alleen naar "
          "aanleiding van meldingen.", GEM),
         ("Registreer meldingen bij het meldpunt goed verhuurderschap volgens een uniforme indeling en deel de "
          "cijfers jaarlijks met de minister van Volkshuisvesting en Ruimtelijke Ordening, zodat een landelijk "
          "beeld ontstaat.", GEM),
         ),
    H2("8.4 Aan Vastgoed Belang, IVBN en andere organisaties van verhuurders"),
    recs(12,
         ("Stel een gedragscode op voor de afrekening van de servicekosten en maak naleving daarvan een voorwaarde "
          "voor het lidmaatschap.", VERHUURDERS),
         ("Ontwikkel samen met huurdersorganisaties een modelhuurcontract waarin in begrijpelijke taal staat op "
          "welke uitzondering een tijdelijk huurcontract is gebaseerd en wat de huurder kan doen als die "
          "uitzondering niet opgaat.", VERHUURDERS),
         ),
    H2("8.5 Wat de ACM zelf doet"),
    P("De ACM blijft niet afwachten tot de aanbevelingen zijn uitgevoerd. Binnen haar eigen bevoegdheden neemt zij "
      "de volgende stappen:"),
    bullets(
        "De ACM start in het eerste kwartaal van 2026 een onderzoek naar de afrekenpraktijk van de tien grootste "
        "particuliere verhuurders en beheerders, en treedt op waar zij overtredingen van het consumentenrecht "
        "vaststelt.",
        "De ACM spreekt verhuurplatforms aan op advertenties voor tijdelijke contracten waarin de uitzondering "
        "niet wordt vermeld of kennelijk niet opgaat.",
        "ConsuWijzer publiceert een stappenplan voor huurders die hun waarborgsom niet op tijd terugkrijgen, met "
        "een voorbeeldbrief.",
        "De ACM deelt signalen over individuele verhuurders voortaan structureel met de betrokken gemeente en, "
        "waar het servicekosten betreft, met de Huurcommissie.",
    ),
    P("De ACM zal over twee jaar nagaan wat er met de aanbevelingen is gedaan en of de positie van huurders in de "
      "praktijk is verbeterd."),
    H("Bijlage: verantwoording van de enquête"),
    P("De enquête is in februari en maart 2025 online afgenomen onder een steekproef uit een landelijk panel. "
      "Respondenten kwamen in aanmerking als zij op dat moment een woning van een particuliere verhuurder huurden "
      "of in de twee jaar daarvoor hadden gehuurd. De resultaten zijn gewogen naar leeftijd, regio en "
      "huishoudsamenstelling. De samenstelling van de respons staat in tabel B.1."),
    P("Tabel B.1  Respons naar type verhuurder", bold=True),
    Table(
        header=("Type verhuurder", "Aantal respondenten", "Aandeel"),
        rows=(
            ("Institutionele belegger of fonds", "682", "28%"),
            ("Middelgrote vastgoedonderneming", "731", "30%"),
            ("Particulier met één tot tien woningen", "814", "34%"),
            ("Onbekend", "185", "8%"),
            ("Totaal", "2.412", "100%"),
        ),
        widths=(3.0, 1.5, 1.0),
    ),
    P("De foutmarge voor uitkomsten over de hele groep bedraagt ten hoogste twee procentpunten bij een "
      "betrouwbaarheid van 95 procent. Voor uitkomsten over deelgroepen, zoals huurders met een tijdelijk "
      "contract, is de foutmarge groter; de ACM heeft zulke uitkomsten alleen gerapporteerd als de deelgroep ten "
      "minste 200 respondenten telde."),
)

REPORT = Document(
    title="Huren bij een particuliere verhuurder",
    subtitle="Marktstudie naar servicekosten, waarborgsommen en tijdelijke huurcontracten",
    blocks=REPORT_BLOCKS,
    running_header="ACM  |  Marktstudie Huren bij een particuliere verhuurder  |  september 2025",
    footer="{page}",
    font_family="sans",
    font_size=10.5,
    imprint=("Autoriteit Consument en Markt", "Zaaknummer ACM/25/041187", "Den Haag, september 2025"),
)

# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV1 = ("Ik stel daarom bij algemene maatregel van bestuur een verplicht model vast voor de jaarlijkse "
       "servicekostenafrekening, dat verhuurders vanaf de afrekening over 2027 moeten gebruiken.")
EV1B = ("Het model gaat gelden voor alle huurovereenkomsten, dus ook in de vrije sector, waar de afrekening nu het "
        "vaakst tot vragen leidt.")
EV2 = "Ik kies er daarom niet voor om een borgdepot verplicht te stellen."
EV3 = ("Ik regel daarom dat de verhuurder over een te laat terugbetaalde waarborgsom van rechtswege de wettelijke "
       "rente verschuldigd is, maar een forfaitaire vergoeding daarbovenop neem ik niet over.")
EV4 = ("Ik laat een onafhankelijk onderzoeksbureau nagaan hoe vaak sinds de inwerkingtreding van de wet tijdelijke "
       "contracten worden gesloten en op welke uitzondering zij steunen, met een eerste rapportage voor de zomer "
       "van 2026.")
EV5 = ("Ik ga daarom eerst met de Huurcommissie verkennen of zij zulke geschillen zou kunnen behandelen zonder dat "
       "de afhandeling van haar andere zaken verder vertraagt.")
EV6 = "Een wettelijke begrenzing van het voorschot neem ik om die redenen niet over."
EV7 = ("Voor 2026 en 2027 verhoog ik die bijdrage tot 6 miljoen euro per jaar, zodat ook regio's zonder huurteam "
       "er een kunnen opzetten, maar structurele financiering kan ik niet toezeggen.")
EV9 = ("Met de Huurcommissie heb ik afgesproken dat zij servicekostenzaken vanaf 1 januari 2027 binnen vier "
       "maanden afhandelt, en daarvoor stel ik binnen mijn begroting vanaf 2026 jaarlijks 2,4 miljoen euro extra "
       "beschikbaar.")
EV11 = ("Samen met de VNG stel ik een uniforme indeling op voor de registratie van meldingen, die gemeenten vanaf "
        "1 juli 2026 gebruiken en waarover zij jaarlijks aan mij rapporteren via de monitor goed "
        "verhuurderschap.")
EV12 = ("Een aparte gedragscode voor de afrekening van servicekosten naast het wettelijke model acht ik niet "
        "wenselijk, omdat twee regelingen voor dezelfde afrekening huurders eerder in verwarring brengen dan "
        "helpen.")

RESPONSE_BLOCKS = (
    P("> Retouradres Postbus 20011 2500 EA Den Haag"),
    P("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal, Postbus 20018, 2500 EA Den Haag"),
    P("Datum: 11 december 2025"),
    P("Kenmerk: 2025-0000681442"),
    P("Betreft: Reactie op de marktstudie 'Huren bij een particuliere verhuurder' van de ACM"),
    P("Geachte voorzitter,"),
    P("Op 23 september 2025 heeft de Autoriteit Consument en Markt (ACM) de marktstudie 'Huren bij een "
      "particuliere verhuurder' gepubliceerd. De ACM heeft onderzocht hoe het huurders van particuliere "
      "verhuurders vergaat op het gebied van servicekosten, waarborgsommen en tijdelijke huurcontracten, en doet "
      "dertien aanbevelingen aan mij, aan de Huurcommissie, aan gemeenten en aan de organisaties van verhuurders. "
      "Tijdens het commissiedebat Huurbeleid van 8 oktober jl. heb ik toegezegd uw Kamer voor het kerstreces mijn "
      "reactie op de studie te sturen. Met deze brief doe ik die toezegging gestand."),
    P("Ik ben de ACM erkentelijk voor deze grondige studie. Voor het eerst worden de signalen die bij ConsuWijzer "
      "binnenkomen, gecombineerd met de zaken van de Huurcommissie, een grote enquête onder huurders en een "
      "analyse van advertenties. Dat levert een beeld op dat scherper is dan wat uit de afzonderlijke bronnen naar "
      "voren komt. Ik heb de studie besproken met de ACM, de Huurcommissie, de VNG, de Woonbond, Vastgoed Belang "
      "en IVBN. Hun reacties heb ik in deze brief betrokken."),
    P("Het beeld dat de ACM schetst, is zorgelijk. Veel huurders ontvangen geen of een onbegrijpelijke afrekening "
      "van de servicekosten, ruim een derde krijgt de waarborgsom te laat terug en een deel van de tijdelijke "
      "contracten is gebaseerd op een uitzondering die niet opgaat. Tegelijk laat de studie zien dat de wetten "
      "van de afgelopen jaren effect hebben. Het aandeel tijdelijke contracten is sterk gedaald, de maximale "
      "waarborgsom wordt grotendeels nageleefd en de signalen over bemiddelingskosten nemen af. De opgave is nu "
      "vooral om de regels die er zijn, in de praktijk te laten werken."),
    P("Hieronder schets ik eerst kort wat er de afgelopen jaren al is gebeurd (paragraaf 1). Daarna ga ik "
      "puntsgewijs in op de zeven aanbevelingen die aan mij zijn gericht (paragraaf 2) en, in samenhang, op de "
      "aanbevelingen aan de andere partijen (paragraaf 3). Een aantal aanbevelingen neem ik over; bij andere maak "
      "ik een andere afweging dan de ACM."),
    H2("1. Wat er al is gebeurd"),
    P("De positie van huurders is de afgelopen jaren op een aantal punten versterkt. De belangrijkste maatregelen "
      "zijn:"),
    bullets(
        "de Wet goed verhuurderschap, die sinds 1 juli 2023 basisregels stelt voor alle verhuurders, de "
        "waarborgsom begrenst tot twee maanden kale huur en termijnen stelt voor de terugbetaling;",
        "de Wet vaste huurcontracten, die het vaste huurcontract per 1 juli 2024 weer de norm heeft gemaakt;",
        "de Wet betaalbare huur, die de huurprijsbescherming per dezelfde datum heeft uitgebreid tot de "
        "middenhuur;",
        "de wettelijke begrenzing van de jaarlijkse huurverhoging in de vrije sector;",
        "de specifieke uitkering huurteams, waarmee ik in 2024 en 2025 gemeenten heb ondersteund bij het "
        "opzetten of uitbreiden van een huurteam;",
        "de campagne 'Check je huur', die huurders sinds het voorjaar van 2024 wijst op hun rechten.",
    ),
    P("Deze wetten zijn nog jong. De Wet goed verhuurderschap wordt in 2028 geëvalueerd; voor de Wet vaste "
      "huurcontracten heb ik uw Kamer een evaluatie binnen drie jaar na de inwerkingtreding toegezegd. Ik wil "
      "verhuurders, gemeenten en de Huurcommissie de ruimte geven om de nieuwe regels te laten landen, zonder dat "
      "voortdurend nieuwe wijzigingen volgen. Waar de studie van de ACM laat zien dat een gerichte aanvulling "
      "nodig is, aarzel ik echter niet om die te doen."),
    H2("2. Reactie op de aanbevelingen aan mij"),
    P("De ACM richt zeven van haar dertien aanbevelingen aan mij. Ik loop ze hieronder langs in de volgorde van de "
      "studie. Aanbeveling 7 is mede gericht aan gemeenten; mijn reactie daarop heb ik met de VNG afgestemd."),
    P("Ad 1. De ACM constateert dat huurders de afrekening van de servicekosten vaak niet kunnen controleren, "
      "omdat iedere verhuurder een eigen indeling hanteert en facturen of contracten ontbreken. Dat sluit aan bij "
      "wat de Huurcommissie mij al langer meldt: een groot deel van haar servicekostenzaken gaat niet over de "
      "vraag of kosten redelijk zijn, maar over de vraag welke kosten er eigenlijk in rekening zijn gebracht. "
      + EV1 + " Het model krijgt een vaste indeling per kostenpost, zet elke post af tegen het voorschot en tegen "
      "het voorgaande jaar en wijst de huurder op de mogelijkheid om de Huurcommissie in te schakelen. Het "
      "ontwerpbesluit leg ik in het voorjaar van 2026 aan uw Kamer voor.",
      answers=(Answer("1", "agree", EV1),)),
    P(EV1B + " Kleine verhuurders met één of enkele woningen krijgen een invulhulp op rijksoverheid.nl, zodat het "
      "model voor hen geen onnodige lasten meebrengt. Vastgoed Belang heeft aangeboden die invulhulp samen met "
      "mijn ministerie te testen bij een aantal leden.",
      answers=(Answer("1", "agree", EV1B),)),
    P("Ad 2 en 3. Dat ruim een derde van de huurders de waarborgsom te laat terugkrijgt, vind ik niet "
      "aanvaardbaar. De waarborgsom is voor veel huurders een aanzienlijk bedrag, dat zij vaak nodig hebben om de "
      "waarborgsom voor hun volgende woning te betalen. De ACM doet twee voorstellen: een verplicht onafhankelijk "
      "borgdepot en een automatische sanctie bij te late terugbetaling. Een borgdepot zou betekenen dat alle "
      "verhuurders, ook de grote meerderheid die de waarborgsom wel op tijd terugbetaalt, hun waarborgsommen bij "
      "een derde moeten onderbrengen, en dat een nieuwe uitvoeringsorganisatie of een wettelijke taak voor het "
      "notariaat moet worden ingericht. Het Engelse stelsel laat zien dat daarmee jaarlijks aanzienlijke "
      "beheerkosten zijn gemoeid, die uiteindelijk via de huur bij de huurder terechtkomen. " + EV2 + " Het "
      "probleem dat de ACM signaleert, is niet zozeer dat waarborgsommen verdwijnen, maar dat zij te laat worden "
      "terugbetaald. Daar richt ik mij op.",
      answers=(Answer("2", "disagree", EV2),)),
    P("Nu moet een huurder die te lang op zijn geld wacht, zelf de rente vorderen, en dat gebeurt vrijwel nooit. "
      + EV3 + " Een vergoeding van tien procent per maand, zoals de ACM voorstelt, staat naar mijn oordeel niet in "
      "verhouding tot het nadeel dat de huurder lijdt, en zou de verhuurder bij een gerechtvaardigd geschil over "
      "een inhouding onevenredig onder druk zetten. De wijziging van het Burgerlijk Wetboek neem ik op in de "
      "verzamelwet huurrecht die ik in het najaar van 2026 in internetconsultatie breng.",
      answers=(Answer("3", "partial", EV3),)),
    P("Ad 4. Sinds 1 juli 2024 is het vaste huurcontract weer de norm. De ACM vindt aanwijzingen dat een deel van "
      "de verhuurders de uitzonderingen voor studenten, jongeren en tijdelijke verhuur onder de Leegstandwet ruim "
      "toepast, bijvoorbeeld door een jongerencontract te sluiten voor een woning die niet als jongerenwoning is "
      "aangewezen. Zulke contracten gelden van rechtswege als contract voor onbepaalde tijd, maar huurders weten "
      "dat vaak niet. Ook ik wil weten hoe groot dit probleem is. " + EV4 + " Het onderzoek maakt deel uit van de "
      "evaluatie van de wet die ik uw Kamer heb toegezegd. In de tussentijd vraag ik de ACM en de gemeenten om "
      "signalen over onterechte tijdelijke contracten met mij te delen.",
      answers=(Answer("4", "agree", EV4),)),
    P("Ad 5. De Huurcommissie is voor huurders laagdrempelig en goedkoop, en het is begrijpelijk dat de ACM haar "
      "ook voor geschillen over de waarborgsom wil inzetten. Tegelijk kampt de Huurcommissie, zoals de ACM zelf "
      "vaststelt, met oplopende doorlooptijden, en behandelt zij sinds 1 juli 2024 ook zaken over de middenhuur. "
      "Een geschil over de waarborgsom gaat bovendien vaak over de vraag of schade aan de woning aan de huurder is "
      "toe te rekenen; dat vraagt een andere deskundigheid dan het toetsen van een huurprijs of een afrekening. "
      + EV5 + " Ik betrek daarbij ook de mogelijkheid om zulke geschillen onder te brengen bij een erkende "
      "geschillencommissie. Over de uitkomst informeer ik uw Kamer in de voortgangsbrief huurbeleid van het "
      "najaar van 2026.",
      answers=(Answer("5", "partial", EV5),)),
    P("Ad 6. Een voorschot dat ver boven de werkelijke kosten ligt, drukt op het budget van huurders, en het is "
      "terecht dat de ACM daar aandacht voor vraagt. Een wettelijk plafond werkt echter in twee richtingen. Juist "
      "nu de energieprijzen sterk schommelen, kan een voorschot dat aan de kosten van het vorige jaar is "
      "gekoppeld te laag uitvallen, met een hoge naheffing aan het einde van het jaar als gevolg. Dat is voor "
      "huurders met een krap budget minstens zo bezwaarlijk als een te hoog voorschot. Met het verplichte model "
      "voor de afrekening wordt bovendien voor iedere huurder zichtbaar hoe voorschot en werkelijke kosten zich tot "
      "elkaar verhouden, en kan hij de verhuurder of de Huurcommissie vragen het voorschot aan te passen. " + EV6,
      answers=(Answer("6", "disagree", EV6),)),
    P("Ad 7. De studie bevestigt wat ik ook uit de evaluatie van de eerste huurteams weet: waar huurders "
      "ondersteuning krijgen, halen zij vaker hun recht. In 2024 en 2025 heb ik 38 gemeenten met in totaal 9 "
      "miljoen euro ondersteund bij het opzetten of uitbreiden van een huurteam. " + EV7 + " Het is aan een "
      "volgend kabinet om over de financiering na 2027 te besluiten, mede op basis van de evaluatie van de "
      "huurteams die ik eind 2026 laat uitvoeren. De VNG heeft aangegeven dat gemeenten in de tussentijd zelf "
      "bekijken hoe zij huurteams duurzaam kunnen inbedden in hun wijkaanpak en schuldhulpverlening.",
      answers=(Answer("7", "partial", EV7),)),
    H2("3. Aanbevelingen aan de Huurcommissie, gemeenten en verhuurders"),
    P("De overige zes aanbevelingen zijn niet aan mij gericht. Omdat zij nauw samenhangen met mijn "
      "verantwoordelijkheid voor het huurstelsel, ga ik er hieronder in samenhang op in."),
    P("De Huurcommissie is een zelfstandig bestuursorgaan en besluit zelf over de publicatie van haar uitspraken "
      "en over de hulpmiddelen die zij huurders en verhuurders aanbiedt. Zij heeft mij laten weten dat zij in "
      "haar jaarplan voor 2026 op het voorstel van de ACM terugkomt."),
    P("Voor de doorlooptijden ben ik wel medeverantwoordelijk, omdat die nauw samenhangen met de middelen en het "
      "personeel waarover de Huurcommissie beschikt. De gemiddelde doorlooptijd van servicekostenzaken is "
      "opgelopen tot ruim tien maanden; dat is te lang voor een huurder die wil weten of hij geld terugkrijgt. "
      + EV9 + " De Huurcommissie zet dat bedrag in voor extra zittingsvoorzitters en voor een vereenvoudigde "
      "procedure voor zaken waarin de verhuurder in het geheel geen afrekening heeft verstrekt.",
      answers=(Answer("9", "agree", EV9),)),
    P("Sinds 1 juli 2023 zijn alle gemeenten verplicht een meldpunt te hebben waar huurders en anderen ongewenst "
      "verhuurgedrag kunnen melden. Op grond van de Wet goed verhuurderschap kunnen gemeenten een waarschuwing "
      "geven, een bestuurlijke boete opleggen en in het uiterste geval het beheer van een woning overnemen. In "
      "gebieden die zij daarvoor aanwijzen, kunnen zij bovendien een verhuurvergunning verplicht stellen. Volgens "
      "de monitor goed verhuurderschap hebben in 2024 61 gemeenten ten minste één boete opgelegd, vooral voor "
      "discriminatie bij het selecteren van huurders en voor het ontbreken van schriftelijke informatie. Een "
      "aantal grote gemeenten heeft in 2025 een verhuurvergunning ingevoerd voor wijken met veel klachten."),
    P("Een landelijk beeld van de meldingen ontbreekt nog, omdat gemeenten meldingen op verschillende manieren "
      "vastleggen. Het ene meldpunt registreert per woning, het andere per verhuurder of per melder. " + EV11 + " "
      "Zo kan ik vanaf de Staat van de Volkshuisvesting 2027 rapporteren over het aantal en de "
      "aard van de meldingen.",
      answers=(Answer("11", "agree", EV11),)),
    P("Vastgoed Belang en IVBN hebben in reactie op de studie laten weten dat zij de bevindingen over "
      "servicekosten serieus nemen en hun leden willen helpen de afrekening op orde te brengen. Dat waardeer ik. "
      "Met het verplichte model dat ik hierboven heb aangekondigd, komt er echter een wettelijke standaard voor "
      "alle verhuurders, leden of geen leden. " + EV12 + " Ik vraag beide organisaties wel om hun leden actief op "
      "het nieuwe model te wijzen en mee te denken over de invulhulp.",
      answers=(Answer("12", "disagree", EV12),)),
    H2("4. Tot slot"),
    P("De ACM heeft aangekondigd zelf onderzoek te doen naar de afrekenpraktijk van de grootste particuliere "
      "verhuurders en verhuurplatforms aan te spreken op misleidende advertenties voor tijdelijke contracten. Ik "
      "vind het goed dat de ACM haar bevoegdheden op de huurmarkt zo gericht inzet. Samen met de maatregelen in "
      "deze brief draagt dat eraan bij dat de regels die er zijn, ook werkelijk het verschil maken voor "
      "huurders."),
    P("Ik informeer uw Kamer in de voortgangsbrief huurbeleid van het najaar van 2026 over de uitvoering van de "
      "toezeggingen in deze brief."),
    P("Hoogachtend,"),
    P("de minister van Volkshuisvesting en Ruimtelijke Ordening,"),
    P("drs. E.H. van Lienden-Martens"),
)

RESPONSE = Document(
    title="Ministerie van Volkshuisvesting en Ruimtelijke Ordening",
    subtitle="Directoraat-generaal Volkshuisvesting en Bouwen  |  Directie Huurbeleid",
    blocks=RESPONSE_BLOCKS,
    running_header="Datum 11 december 2025  |  Kenmerk 2025-0000681442",
    footer="Pagina {page} van {pages}",
    font_family="sans",
    font_size=10.5,
    title_page=False,
)

PAIR = Pair(
    name="market_study_ad_answers",
    report=REPORT,
    response=RESPONSE,
    description="ACM market study on renting from private landlords (13 recommendations in an 'Aanbevelingen' "
                "chapter grouped by addressee: minister of VRO, Huurcommissie, gemeenten, landlords' associations) "
                "answered by a letter of the minister of VRO in 'Ad 1', 'Ad 2 en 3', ... paragraphs for the seven "
                "recommendations to the minister and by subject in a closing section for the rest; one passed on "
                "to the Huurcommissie, one only met with a description of existing powers, one never mentioned.",
)
