"""Pair: a Nederlandse Arbeidsinspectie-style report on the exploitation of labour migrants, and the cabinet's answer.

Layout traits this pair tests: a serif report whose sixteen recommendations are printed twice, word for word: as a
numbered list "1)" .. "16)" at the end of the summary (marked ``duplicate_of``) and again in the last chapter, split
over six theme subheadings with a short introduction each.  Every item opens with its addressee ("De minister van
Sociale Zaken en Werkgelegenheid: ...", "Gemeenten: ...", "De uitzendbranche: ...").  The report also holds bulleted
findings and research questions, quotes of labour migrants, two small tables and footnotes, none of them
recommendations.

The response is a kabinetsreactie letter (no title page) by the minister of SZW "mede namens" BZK and JenV: an
introduction on the Inspectorate's findings and on existing policy, then a table with horizontal rules only,
"Aanbeveling | Kabinetsreactie", whose first column paraphrases each recommendation after its number.  Rows 2 and 16
say only "Wordt overgenomen."; rows 5 and 6 say "Wordt deels overgenomen, zie toelichting." and are explained by
subject in paragraphs after the table; row 3 is "Niet overgenomen." with a reason; one row answers 14 and 15 with
opposite positions; row 8 (addressed to the uitzendbranche) is passed on without a position; recommendation 4 is
missing from the table and answered nowhere.  All prose is fictional and written for this test set.
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

# --------------------------------------------------------------------------------------------------------------
# The recommendations, printed word for word in the summary and in chapter 8
# --------------------------------------------------------------------------------------------------------------

SZW_MIN = "De minister van Sociale Zaken en Werkgelegenheid"
BZK_MIN = "De minister van Binnenlandse Zaken en Koninkrijksrelaties"
JENV_MIN = "De minister van Justitie en Veiligheid"

RECOMMENDATIONS = (
    ("1", ("SZW",),
     f"{SZW_MIN}: zorg ervoor dat het verplichte toelatingsstelsel voor uitzendbureaus uiterlijk op 1 januari 2026 in "
     "werking treedt en dat de toelatingsautoriteit voldoende capaciteit krijgt om aanvragen inhoudelijk te toetsen, "
     "ook op de kwaliteit van de huisvesting die het uitzendbureau aanbiedt."),
    ("2", ("SZW",),
     f"{SZW_MIN}: verplicht inleners om uitsluitend met toegelaten uitzendbureaus te werken en maak hen hoofdelijk "
     "aansprakelijk voor het loon dat het uitzendbureau aan de arbeidsmigrant verschuldigd is."),
    ("3", ("SZW",),
     f"{SZW_MIN}: verbied inhoudingen op het wettelijk minimumloon volledig, ook de inhouding voor huisvesting, zodat "
     "de arbeidsmigrant ten minste het minimumloon ontvangt en de huur apart betaalt."),
    ("4", ("SZW", "OTHER"),
     "De uitzendbranche en de minister van Sociale Zaken en Werkgelegenheid: zorg ervoor dat iedere arbeidsmigrant "
     "een loonstrook ontvangt in een taal die hij begrijpt, waarop alle inhoudingen afzonderlijk en met hun grondslag "
     "zijn vermeld."),
    ("5", ("SZW",),
     f"{SZW_MIN}: zorg ervoor dat iedere arbeidsmigrant binnen twee weken na aankomst in Nederland een "
     "kennismakingsgesprek krijgt met een onafhankelijke instantie, waarin hij in zijn eigen taal wordt geïnformeerd "
     "over zijn rechten als werknemer en als huurder."),
    ("6", ("SZW", "BZK"),
     "De minister van Sociale Zaken en Werkgelegenheid en de minister van Binnenlandse Zaken en "
     "Koninkrijksrelaties: regel wettelijk dat de huurovereenkomst van een arbeidsmigrant losstaat van zijn "
     "arbeidsovereenkomst en dat een arbeidsmigrant na het einde van zijn dienstverband ten minste vier weken in "
     "zijn woning mag blijven."),
    ("7", ("GEMEENTEN",),
     "Gemeenten: gebruik de mogelijkheden van de Wet goed verhuurderschap om een vergunningplicht in te voeren voor "
     "verhuurders van woonruimte aan arbeidsmigranten, en controleer ten minste eenmaal per jaar of deze verhuurders "
     "zich aan de vergunningsvoorwaarden houden."),
    ("8", ("OTHER",),
     "De uitzendbranche: sluit uitzendbureaus die bij herhaling de normen voor huisvesting overtreden uit van het "
     "keurmerk, en maak de uitkomsten van de huisvestingskeuringen per uitzendbureau openbaar."),
    ("9", ("BZK",),
     f"{BZK_MIN}: zorg ervoor dat arbeidsmigranten die in de Registratie Niet-ingezetenen (RNI) zijn ingeschreven, "
     "ook hun actuele verblijfsadres in Nederland laten registreren, zodat gemeenten weten waar zij verblijven."),
    ("10", ("BZK",),
     f"{BZK_MIN}: breid het aantal RNI-loketten uit, zodat in iedere regio met veel arbeidsmigranten een loket op "
     "korte afstand beschikbaar is dat ook buiten kantoortijden open is."),
    ("11", ("GEMEENTEN",),
     "Gemeenten: voer ten minste eenmaal per jaar een adresonderzoek uit op adressen waar meer personen ingeschreven "
     "staan dan op grond van de omvang van de woning aannemelijk is, en deel signalen van overbewoning met de "
     "Arbeidsinspectie."),
    ("12", ("SZW", "JenV"),
     "De minister van Sociale Zaken en Werkgelegenheid en de minister van Justitie en Veiligheid: zorg voor een "
     "wettelijke grondslag waarmee de Arbeidsinspectie, gemeenten, de politie en het UWV gegevens over malafide "
     "uitzendbureaus en huisvesters gericht met elkaar kunnen delen."),
    ("13", ("JenV",),
     f"{JENV_MIN}: dien het wetsvoorstel dat ernstige benadeling van werknemers strafbaar stelt, vóór de zomer van "
     "2025 bij de Tweede Kamer in."),
    ("14", ("JenV",),
     f"{JENV_MIN}: richt binnen iedere politie-eenheid een vast team in dat gespecialiseerd is in de opsporing van "
     "arbeidsuitbuiting en dat niet voor andere taken wordt ingezet."),
    ("15", ("JenV",),
     f"{JENV_MIN}: zorg voor voldoende opvangplaatsen voor slachtoffers van arbeidsuitbuiting, ook voor slachtoffers "
     "uit andere EU-lidstaten, en financier deze plaatsen structureel."),
    ("16", ("SZW",),
     f"{SZW_MIN}: publiceer jaarlijks een openbare monitor van de arbeids- en woonomstandigheden van "
     "arbeidsmigranten, zodat zichtbaar wordt of de genomen maatregelen effect hebben."),
)
_BY_NUMBER = {number: (departments, text) for number, departments, text in RECOMMENDATIONS}


def rec_list(first: int, last: int, *, summary: bool = False) -> ItemList:
    """Recommendations ``first`` .. ``last`` as a "1)" list; in the summary they are repeats of chapter 8."""
    items = []
    for n in range(first, last + 1):
        departments, text = _BY_NUMBER[str(n)]
        rec = Recommendation(str(n), departments, duplicate_of=str(n) if summary else None)
        items.append(ListItem(text, recommendation=rec))
    return ItemList(tuple(items), style="1)", start=first)


def bullets(*texts: str) -> ItemList:
    return ItemList(tuple(ListItem(text) for text in texts), style="•")


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H("Voorwoord"),
    P("Wie in Nederland aardbeien koopt, een pakket laat bezorgen of een nieuwbouwwoning betrekt, heeft grote kans dat "
      "een arbeidsmigrant daaraan heeft meegewerkt. Naar schatting werken er op enig moment in het jaar ruim 780.000 "
      "mensen uit andere EU-lidstaten in ons land, het merendeel via een uitzendbureau. Voor veel van hen is dat werk "
      "een stap vooruit. Voor een aanzienlijke groep is het dat niet: zij wonen in een overvolle woning die van hun "
      "werkgever is, zien een groot deel van hun loon verdwijnen aan inhoudingen die zij niet begrijpen, en durven "
      "geen vragen te stellen omdat zij bij ontslag ook hun bed kwijt zijn."),
    P("Dit rapport beschrijft wat de Nederlandse Arbeidsinspectie in 2023 en 2024 aantrof bij uitzendbureaus, "
      "inleners en huisvesters. Het is geen verhaal over enkele rotte appels. De misstanden die wij zagen, komen voort "
      "uit een stelsel waarin werk, woning en registratie in dezelfde hand liggen en waarin de arbeidsmigrant "
      "daardoor van één partij afhankelijk is. Dat stelsel veranderen vraagt meer dan strenger toezicht alleen. Het "
      "vraagt ook keuzes van de wetgever, van gemeenten en van de uitzendbranche zelf."),
    P("Ik dank de arbeidsmigranten die ons, soms met risico voor hun baan, hun verhaal hebben verteld. Zonder hen had "
      "dit onderzoek niet kunnen plaatsvinden. Ook dank ik de gemeenten, de politie en de uitzendbureaus die hun "
      "medewerking hebben verleend."),
    P("De inspecteur-generaal van de Nederlandse Arbeidsinspectie"),
    PageBreak(),

    H("Samenvatting"),
    P("Arbeidsmigranten vervullen een belangrijke rol op de Nederlandse arbeidsmarkt, maar zij lopen meer dan andere "
      "werknemers het risico te worden benadeeld of uitgebuit. De Nederlandse Arbeidsinspectie onderzocht hoe dat "
      "risico ontstaat en wat ervoor nodig is om het te verkleinen. Zij richtte zich daarbij op vier terreinen die in "
      "de praktijk nauw met elkaar verweven zijn: de werving en terbeschikkingstelling door uitzendbureaus, de "
      "betaling van loon en de inhoudingen daarop, de huisvesting en de registratie in de Basisregistratie Personen "
      "(BRP)."),
    H("Wat wij onderzochten", 2),
    P("Tussen maart 2023 en juni 2024 voerde de Inspectie 214 inspecties uit bij 152 uitzendbureaus en 61 inleners in "
      "de sectoren logistiek, voedselverwerking, glastuinbouw en bouw. Daarnaast bezochten wij 87 "
      "huisvestingslocaties, van vakantieparken tot rijtjeshuizen in woonwijken. Wij spraken met 318 "
      "arbeidsmigranten, in hun eigen taal en zonder dat hun werkgever daarbij aanwezig was, en met medewerkers van "
      "elf gemeenten, de politie, het UWV en de uitzendbranche."),
    H("Wat wij zagen", 2),
    P("Het beeld dat uit het onderzoek naar voren komt, is zorgelijk. Bij 43 procent van de geïnspecteerde "
      "uitzendbureaus stelde de Inspectie ten minste één overtreding vast. Het ging daarbij vaak om meer dan "
      "administratieve slordigheid. De belangrijkste bevindingen zijn:"),
    bullets(
        "Een op de drie onderzochte loonstroken bevatte inhoudingen waarvan de grondslag niet was te achterhalen, "
        "zoals boetes voor te laat komen, kosten voor werkkleding of een vaste ‘administratievergoeding’.",
        "In 29 procent van de bezochte huisvestingslocaties woonden meer mensen dan de norm toestaat; in een kwart "
        "daarvan deelden onbekenden een slaapkamer.",
        "Bijna zes op de tien geïnterviewde arbeidsmigranten stonden niet of niet op hun werkelijke verblijfsadres in "
        "de BRP ingeschreven.",
        "Van de arbeidsmigranten die in het afgelopen jaar hun baan verloren, moest twee derde binnen een week de "
        "woning verlaten; een op de acht had daarna geen vaste slaapplaats.",
        "Signalen van mogelijke arbeidsuitbuiting kwamen bij de Inspectie, gemeenten en politie binnen, maar werden "
        "zelden gedeeld, waardoor patronen over meerdere locaties onopgemerkt bleven.",
    ),
    P("Dat de meeste arbeidsmigranten zich niet melden, verbaast ons niet. Wie afhankelijk is van één partij voor werk, "
      "woning en adres, kan zich een conflict met die partij nauwelijks veroorloven. Informatie over rechten bereikt "
      "arbeidsmigranten laat of niet, en vaak in een taal die zij niet goed beheersen."),
    H("Conclusie", 2),
    P("De Inspectie concludeert dat de bescherming van arbeidsmigranten niet zozeer tekortschiet door een gebrek aan "
      "regels, als wel door de stapeling van afhankelijkheden en de versnippering van het toezicht. Maatregelen die "
      "sinds 2020 zijn genomen, zoals de aangescherpte regels voor inhoudingen op het minimumloon en de Wet goed "
      "verhuurderschap, hebben de situatie van een deel van de arbeidsmigranten verbeterd, maar hebben het "
      "verdienmodel van malafide partijen niet doorbroken."),
    H("Aanbevelingen", 2),
    P("De Inspectie doet zestien aanbevelingen. Zij richt zich tot de minister van Sociale Zaken en Werkgelegenheid, "
      "de minister van Binnenlandse Zaken en Koninkrijksrelaties, de minister van Justitie en Veiligheid, gemeenten en "
      "de uitzendbranche. In hoofdstuk 8 worden de aanbevelingen toegelicht en in dezelfde bewoordingen herhaald."),
    rec_list(1, 16, summary=True),
    PageBreak(),

    H("1 Inleiding"),
    H("1.1 Aanleiding", 2),
    P("Sinds het advies van het Aanjaagteam Bescherming Arbeidsmigranten in 2020 staat de positie van "
      "arbeidsmigranten hoog op de politieke agenda. Het kabinet nam een groot deel van de aanbevelingen van het "
      "Aanjaagteam over, en sindsdien is wetgeving in voorbereiding genomen of in werking getreden op het gebied van "
      "uitzendarbeid, huisvesting en inhoudingen op het loon. Tegelijk bleef de Inspectie signalen ontvangen van "
      "ernstige misstanden. In 2022 kwamen bij het meldpunt van de Inspectie 1.240 meldingen binnen die betrekking "
      "hadden op arbeidsmigranten; in 2023 waren dat er 1.610.",
      footnotes=("Aanjaagteam Bescherming Arbeidsmigranten, eindadvies aan de minister van Sociale Zaken en "
                 "Werkgelegenheid, oktober 2020.",)),
    P("Die toename kan deels worden verklaard door een grotere bekendheid van het meldpunt. De aard van de meldingen "
      "wijst er echter op dat het niet alleen om meer melden gaat. Steeds vaker betreft een melding een combinatie van "
      "problemen: een arbeidsmigrant die te weinig loon krijgt, met vijf anderen een kamer deelt en bij een klacht te "
      "horen krijgt dat hij ‘morgen kan vertrekken’. Deze samenloop was voor de Inspectie de aanleiding voor dit "
      "onderzoek."),
    H("1.2 Doel en onderzoeksvragen", 2),
    P("Het doel van het onderzoek is inzicht te geven in de wijze waarop afhankelijkheid van arbeidsmigranten ontstaat "
      "en blijft bestaan, en in de mogelijkheden om die afhankelijkheid te doorbreken. De Inspectie heeft daartoe de "
      "volgende vragen gesteld:"),
    bullets(
        "Hoe verloopt de werving en terbeschikkingstelling van arbeidsmigranten via uitzendbureaus, en welke rol "
        "spelen inleners daarbij?",
        "In hoeverre ontvangen arbeidsmigranten het loon waarop zij recht hebben, en welke inhoudingen worden daarop "
        "gedaan?",
        "Onder welke omstandigheden wonen arbeidsmigranten, en hoe hangt hun huisvesting samen met hun "
        "arbeidsovereenkomst?",
        "In hoeverre staan arbeidsmigranten op de juiste wijze in de BRP ingeschreven, en wat zijn de gevolgen als dat "
        "niet zo is?",
        "Hoe werken toezichthouders, gemeenten en opsporingsdiensten samen bij signalen van benadeling en uitbuiting?",
    ),
    H("1.3 Aanpak", 2),
    P("Het onderzoek combineert inspecties, interviews en dossieronderzoek. De inspecties waren deels onaangekondigd "
      "en vonden plaats op de werkvloer, op het kantoor van het uitzendbureau en op de woonlocatie. Bij een deel van "
      "de inspecties trokken wij op met gemeentelijke handhavers en met de politie."),
    P("De interviews met arbeidsmigranten werden afgenomen door inspecteurs die de taal van de geïnterviewde spraken, "
      "of met een onafhankelijke tolk. Wij spraken met mensen uit Polen, Roemenië, Bulgarije, Hongarije, Litouwen en "
      "Portugal. De gesprekken vonden plaats buiten werktijd en buiten de aanwezigheid van werkgever of huisbaas. Wij "
      "hebben de geïnterviewden toegezegd dat hun verhaal niet tot hen herleidbaar zou zijn; citaten in dit rapport "
      "zijn daarom geanonimiseerd."),
    P("Voor het dossieronderzoek analyseerden wij 640 loonstroken van 212 arbeidsmigranten en de huurovereenkomsten "
      "die bij deze loonstroken hoorden. Bijlage 1 bevat een overzicht van de inspecties per sector."),
    H("1.4 Leeswijzer", 2),
    P("Hoofdstuk 2 schetst de omvang van de groep arbeidsmigranten en de regels die op hen van toepassing zijn. De "
      "hoofdstukken 3 tot en met 7 beschrijven de bevindingen per thema: uitzendbureaus en inleners, loon en "
      "inhoudingen, huisvesting, registratie en ten slotte toezicht, opsporing en de positie van slachtoffers. "
      "Hoofdstuk 8 bevat de conclusies en de aanbevelingen."),

    H("2 Arbeidsmigranten in Nederland"),
    H("2.1 Omvang en sectoren", 2),
    P("Er bestaat geen registratie die precies bijhoudt hoeveel arbeidsmigranten in Nederland werken. Op basis van "
      "gegevens van het CBS en het UWV schat de Inspectie dat in 2023 op enig moment ruim 780.000 werknemers met de "
      "nationaliteit van een andere EU-lidstaat in Nederland werkzaam waren. Ongeveer twee derde van hen werkte via "
      "een uitzendbureau. Het aandeel arbeidsmigranten dat korter dan een jaar in Nederland verblijft, is de afgelopen "
      "jaren gedaald, maar ligt in de sectoren die wij onderzochten nog altijd boven de 40 procent."),
    P("Arbeidsmigranten werken vooral in sectoren met een sterke seizoensgebondenheid of een grote vraag naar "
      "flexibele arbeid. Tabel 2.1 geeft een overzicht van de sectoren waarin de Inspectie haar onderzoek uitvoerde."),
    Table(header=("Sector", "Aandeel arbeidsmigranten in de sector", "Aandeel daarvan via een uitzendbureau"),
          rows=(("Logistiek en distributie", "31%", "78%"),
                ("Vlees- en voedselverwerking", "46%", "84%"),
                ("Glastuinbouw", "38%", "69%"),
                ("Bouw en installatie", "14%", "41%")),
          widths=(1.4, 1.0, 1.0)),
    P("Tabel 2.1 Arbeidsmigranten per onderzochte sector, 2023. Bron: bewerking door de Nederlandse Arbeidsinspectie "
      "van gegevens van het CBS en het UWV."),
    H("2.2 Regels die van toepassing zijn", 2),
    P("Arbeidsmigranten uit andere EU-lidstaten hebben in Nederland dezelfde rechten als Nederlandse werknemers. Zij "
      "hebben recht op ten minste het wettelijk minimumloon, op vakantiegeld en op een veilige en gezonde werkplek. "
      "Voor uitzendkrachten geldt daarnaast de cao die op het uitzendbureau van toepassing is. Sinds 1 januari 2024 "
      "mag een werkgever op het minimumloon alleen nog inhoudingen doen voor huisvesting, tot ten hoogste 25 procent, "
      "en uitsluitend als de woning aan de geldende kwaliteitsnormen voldoet."),
    P("Uitzendbureaus zijn sinds 2012 verplicht zich in het Handelsregister in te schrijven met de aantekening dat zij "
      "arbeidskrachten ter beschikking stellen. Die registratie stelt weinig voor: er vindt geen toets vooraf plaats. "
      "Met de Wet toelating terbeschikkingstelling arbeidskrachten komt er een verplicht toelatingsstelsel, waarbij "
      "uitzendbureaus vooraf moeten aantonen dat zij aan de regels voldoen. De invoering van dat stelsel is meermaals "
      "uitgesteld."),
    P("Voor de huisvesting is de Wet goed verhuurderschap van belang, die sinds 1 juli 2023 geldt. De wet stelt "
      "algemene regels aan verhuurders en biedt gemeenten de mogelijkheid om in aangewezen gebieden een "
      "vergunningplicht in te voeren, onder meer voor verhuur aan arbeidsmigranten. Tot slot zijn arbeidsmigranten "
      "die korter dan vier maanden in Nederland verblijven, verplicht zich in te schrijven in de Registratie "
      "Niet-ingezetenen (RNI). Wie langer blijft, moet zich bij de gemeente als ingezetene laten inschrijven op zijn "
      "woonadres."),
    H("2.3 Eerdere signalen", 2),
    P("De Inspectie en haar voorgangers hebben eerder gewezen op de kwetsbare positie van arbeidsmigranten. In 2019 "
      "signaleerde de toenmalige Inspectie SZW dat arbeidsmigranten in de vleesverwerking structureel werden "
      "onderbetaald via constructies met buitenlandse uitzendbureaus. Het Aanjaagteam stelde in 2020 vast dat de "
      "afhankelijkheid van de werkgever voor werk, huisvesting, vervoer en zorgverzekering de kern van het probleem "
      "vormde. Dit rapport bouwt op die eerdere bevindingen voort, maar kijkt nadrukkelijker naar de samenhang tussen "
      "de verschillende vormen van afhankelijkheid.",
      footnotes=("Inspectie SZW, signaalrapportage over arbeidsomstandigheden in de vleesverwerkende industrie, 2019.",)),

    H("3 Uitzendbureaus en inleners"),
    P("Het uitzendbureau is voor de meeste arbeidsmigranten de toegangspoort tot de Nederlandse arbeidsmarkt. Wervers "
      "in het land van herkomst, vaak verbonden aan het Nederlandse uitzendbureau, beloven werk, een woning en "
      "vervoer. Vrijwel alle arbeidsmigranten die wij spraken, hadden hun eerste baan in Nederland op deze manier "
      "gevonden."),
    H("3.1 Bevindingen bij uitzendbureaus", 2),
    P("Bij 65 van de 152 geïnspecteerde uitzendbureaus stelde de Inspectie een of meer overtredingen vast. Het ging "
      "het vaakst om onderbetaling (38 uitzendbureaus), het niet of onjuist registreren van gewerkte uren (29) en het "
      "doen van inhoudingen zonder grondslag (27). Bij 11 uitzendbureaus vonden wij aanwijzingen voor ernstige "
      "benadeling of arbeidsuitbuiting; deze zaken zijn overgedragen aan de opsporingsdienst van de Inspectie."),
    P("Opvallend is dat een groot deel van de overtredingen werd vastgesteld bij uitzendbureaus die al eerder door de "
      "Inspectie waren beboet. Twaalf uitzendbureaus bleken na een boete onder een andere naam en met een andere "
      "bestuurder verder te zijn gegaan, met dezelfde medewerkers en op hetzelfde adres. Zonder toets vooraf kan een "
      "uitzendbureau binnen enkele dagen opnieuw van start gaan."),
    P("‘Toen het oude bureau failliet ging, kregen wij een nieuw contract met een andere naam erop. Verder veranderde "
      "er niets, ook de man die de huur kwam ophalen was dezelfde.’ (arbeidsmigrant, logistiek, Noord-Brabant)"),
    H("3.2 De rol van inleners", 2),
    P("Inleners, de bedrijven waar de arbeidsmigrant feitelijk werkt, hebben grote invloed op de "
      "arbeidsomstandigheden. Zij bepalen het werktempo, de roosters en vaak ook het aantal uren dat een uitzendkracht "
      "per week kan werken. Toch zien veel inleners de zorg voor loon en huisvesting als een zaak van het "
      "uitzendbureau. Van de 61 inleners die wij bezochten, had minder dan de helft nagegaan of het uitzendbureau "
      "waarmee zij werkten over een keurmerk beschikte."),
    P("De huidige ketenaansprakelijkheid biedt de arbeidsmigrant in theorie een vangnet: als het uitzendbureau het "
      "loon niet betaalt, kan hij de inlener aanspreken. In de praktijk gebeurt dat zelden. Geen van de "
      "arbeidsmigranten die wij spraken, kende deze mogelijkheid, en een procedure tegen een inlener vraagt tijd en "
      "geld die een arbeidsmigrant die zijn baan kwijt is, niet heeft. Wel zien wij dat inleners die hun "
      "verantwoordelijkheid serieus nemen, via hun inkoopvoorwaarden veel kunnen bereiken. Enkele grote "
      "distributiecentra werken alleen nog met uitzendbureaus die hun huisvesting laten keuren en die periodiek "
      "loonstroken laten controleren."),

    H("4 Loon en inhoudingen"),
    P("Voor arbeidsmigranten is het niet eenvoudig om na te gaan of zij het loon krijgen waarop zij recht hebben. De "
      "loonstrook is meestal in het Nederlands opgesteld, vermeldt tientallen posten en verandert van week tot week "
      "doordat het aantal gewerkte uren wisselt."),
    H("4.1 Inhoudingen", 2),
    P("Van de 640 loonstroken die wij analyseerden, bevatte 34 procent een of meer inhoudingen waarvan de grondslag "
      "niet uit de arbeidsovereenkomst of de huurovereenkomst bleek. Het ging om boetes voor te laat komen of het "
      "missen van een dienst, om kosten voor werkkleding en veiligheidsschoenen, om vervoerskosten, om een vaste "
      "administratievergoeding en om een ‘borg’ die niet werd terugbetaald. Tabel 4.1 geeft een voorbeeld van een "
      "loonstrook zoals wij die aantroffen."),
    Table(header=("Post", "Bedrag per week"),
          rows=(("Brutoloon (38 uur)", "€ 516,80"),
                ("Loonheffingen", "– € 52,10"),
                ("Huisvesting", "– € 127,50"),
                ("Vervoer", "– € 35,00"),
                ("Zorgverzekering", "– € 32,40"),
                ("Administratiekosten", "– € 7,50"),
                ("Boete (te laat gekomen)", "– € 25,00"),
                ("Netto uitbetaald", "€ 237,30")),
          widths=(1.6, 1.0)),
    P("Tabel 4.1 Voorbeeld van een weekloonstrook van een arbeidsmigrant in de voedselverwerking (geanonimiseerd)."),
    P("De inhouding voor huisvesting bedroeg in dit voorbeeld ongeveer een kwart van het brutoloon en bleef daarmee "
      "binnen de wettelijke grens. De andere inhoudingen zijn sinds 2024 niet meer toegestaan op het minimumloon, maar "
      "werden in de praktijk nog regelmatig toegepast, soms verpakt als ‘vrijwillige’ afspraak die de arbeidsmigrant "
      "bij aankomst had ondertekend."),
    P("Ook waar inhoudingen op zichzelf zijn toegestaan, ontstaat afhankelijkheid. Een arbeidsmigrant die in een week "
      "weinig uren maakt, betaalt dezelfde huur en houdt dan nauwelijks iets over. Enkele geïnterviewden vertelden dat "
      "zij na een week met weinig werk geld moesten lenen van hun ploegleider, dat vervolgens op de volgende "
      "loonstrook werd ingehouden."),
    H("4.2 Informatie over rechten", 2),
    P("De meeste arbeidsmigranten die wij spraken, wisten niet welke inhoudingen wel en niet zijn toegestaan. De "
      "overheid biedt informatie aan via een website en via regionale informatiepunten, maar deze informatie bereikt "
      "arbeidsmigranten pas als zij er zelf naar zoeken. Wie kort in Nederland is, lange dagen maakt en afhankelijk is "
      "van het uitzendbureau voor vervoer, komt daar zelden aan toe. Arbeidsmigranten die bij aankomst een persoonlijk "
      "gesprek hadden gehad met een medewerker van een vakbond of een gemeentelijk informatiepunt, waren beter op de "
      "hoogte en maakten vaker bezwaar tegen onjuiste inhoudingen."),
    P("Daarnaast is de loonstrook zelf een obstakel. Slechts 14 procent van de loonstroken die wij zagen, was ook in "
      "een andere taal dan het Nederlands beschikbaar. Waar een vertaling bestond, ging het vaak om een algemene "
      "toelichting en niet om de loonstrook zelf."),

    H("5 Huisvesting"),
    P("Ongeveer de helft van de arbeidsmigranten in Nederland woont in huisvesting die door of via de werkgever wordt "
      "geregeld. Voor wie net in Nederland aankomt, is dat vaak de enige mogelijkheid: op de reguliere woningmarkt is "
      "een betaalbare woning voor een kort verblijf nauwelijks te vinden."),
    H("5.1 Kwaliteit en overbewoning", 2),
    P("De Inspectie bezocht 87 huisvestingslocaties, samen met gemeentelijke handhavers. In 25 locaties woonden meer "
      "mensen dan de geldende norm toestaat. In een rijtjeshuis in een middelgrote gemeente in Zuid-Holland troffen "
      "wij veertien mensen aan, die elk € 115 per week betaalden. Bij 19 locaties was de brandveiligheid onvoldoende, "
      "en in een kwart van de overbewoonde locaties moesten arbeidsmigranten een slaapkamer delen met mensen die zij "
      "niet kenden."),
    P("Huisvesting met het keurmerk van de Stichting Normering Flexwonen (SNF) was gemiddeld van betere kwaliteit. "
      "Toch voldeden ook 7 van de 38 gekeurde locaties die wij bezochten, op het moment van ons bezoek niet aan de "
      "norm. De keuring vindt eenmaal per jaar plaats en wordt vooraf aangekondigd. De uitkomsten zijn niet openbaar, "
      "en uitzendbureaus die bij herhaling tekortschieten, behouden in de praktijk hun keurmerk zolang zij de gebreken "
      "na de keuring herstellen."),
    H("5.2 Wonen en werken in één hand", 2),
    P("De kern van het probleem is dat de huurovereenkomst in veel gevallen aan de arbeidsovereenkomst is gekoppeld. "
      "In 71 procent van de huurovereenkomsten die wij bestudeerden, stond dat de huur eindigt zodra de "
      "arbeidsovereenkomst eindigt. Van de arbeidsmigranten die in het jaar voor het interview hun baan verloren, "
      "moest twee derde de woning binnen een week verlaten. Een op de acht had daarna geen vaste slaapplaats en "
      "verbleef in een auto, bij kennissen of in de nachtopvang."),
    P("‘Op vrijdag zei de ploegleider dat er geen werk meer was. Zaterdag stond het busje voor de deur om ons naar het "
      "station te brengen. Waar we heen moesten, vroeg niemand.’ (arbeidsmigrant, voedselverwerking, Gelderland)"),
    P("De koppeling werkt ook door in de verhoudingen op de werkvloer. Arbeidsmigranten vertelden ons dat zij geen "
      "klachten indienen over onbetaalde uren of onveilige situaties, omdat zij vrezen dan niet alleen hun baan maar "
      "ook hun woning te verliezen. De Wet goed verhuurderschap schrijft voor dat de huurovereenkomst en de "
      "arbeidsovereenkomst in afzonderlijke documenten worden vastgelegd. Dat is een verbetering, maar het voorkomt "
      "niet dat de huur bij ontslag direct eindigt."),
    H("5.3 De rol van gemeenten", 2),
    P("Gemeenten kunnen met de Wet goed verhuurderschap een vergunningplicht invoeren voor verhuurders van woonruimte "
      "aan arbeidsmigranten. Van de elf gemeenten die wij spraken, hadden er drie dat gedaan. De andere gemeenten "
      "noemden als reden het gebrek aan handhavingscapaciteit en de onzekerheid over de juridische houdbaarheid van "
      "vergunningsvoorwaarden. In de drie gemeenten met een vergunningplicht troffen wij minder overbewoning aan, "
      "maar daar werden vergunde panden na de verlening nauwelijks opnieuw gecontroleerd."),

    H("6 Registratie in de Basisregistratie Personen"),
    P("Een juiste inschrijving in de BRP is voor arbeidsmigranten van groot belang. Zonder inschrijving kunnen zij "
      "geen burgerservicenummer krijgen, geen zorgtoeslag aanvragen en zijn zij voor de gemeente onzichtbaar. Voor de "
      "overheid is de registratie nodig om te weten hoeveel mensen er op een adres verblijven, om de handhaving te "
      "kunnen richten en om te kunnen plannen voor woningbouw en voorzieningen."),
    H("6.1 Inschrijving in de RNI", 2),
    P("De meeste arbeidsmigranten worden bij aankomst ingeschreven in de Registratie Niet-ingezetenen. Die "
      "inschrijving regelt in de praktijk vaak het uitzendbureau, dat een groep nieuwe medewerkers naar een RNI-loket "
      "brengt. In de RNI wordt het adres in het land van herkomst geregistreerd; waar de arbeidsmigrant in Nederland "
      "verblijft, staat er niet in. Van de 318 arbeidsmigranten die wij spraken, waren er 121 langer dan vier maanden "
      "in Nederland maar nog altijd alleen in de RNI ingeschreven."),
    P("Gemeenten weten daardoor niet hoeveel mensen er werkelijk op hun grondgebied verblijven. Een medewerker van een "
      "gemeente in het Westland schatte dat er in zijn gemeente twee keer zoveel arbeidsmigranten woonden als er als "
      "ingezetene stonden ingeschreven. Voor het toezicht op overbewoning en brandveiligheid is dat een groot "
      "probleem."),
    H("6.2 Toegang tot de loketten", 2),
    P("Er zijn negentien gemeenten met een RNI-loket. Arbeidsmigranten die niet in de buurt van een loket wonen en "
      "niet door hun uitzendbureau worden gebracht, moeten soms een dag vrij nemen om zich in te schrijven. "
      "Verschillende arbeidsmigranten vertelden ons dat zij de inschrijving daarom overlieten aan het uitzendbureau, "
      "en niet wisten welk adres was opgegeven."),
    H("6.3 Adresonderzoek", 2),
    P("Gemeenten zijn verantwoordelijk voor de juistheid van de adressen in de BRP en kunnen een adresonderzoek "
      "instellen als er twijfel bestaat. Uit de gesprekken met gemeenten blijkt dat adresonderzoeken naar panden met "
      "veel inschrijvingen weinig prioriteit krijgen. Van de elf gemeenten die wij spraken, deden er vier structureel "
      "onderzoek naar adressen met een opvallend hoog aantal inschrijvingen. Signalen van overbewoning die uit zo'n "
      "onderzoek naar voren kwamen, werden in geen van de gemeenten stelselmatig met de Inspectie gedeeld."),

    H("7 Toezicht, opsporing en slachtoffers"),
    H("7.1 Samenwerking tussen toezichthouders", 2),
    P("Bij de bescherming van arbeidsmigranten zijn veel partijen betrokken: de Nederlandse Arbeidsinspectie, "
      "gemeenten, de politie, het Openbaar Ministerie, het UWV en de Belastingdienst. Ieder van hen beschikt over een "
      "deel van het beeld. De Inspectie ziet loonstroken en arbeidsomstandigheden, de gemeente weet welke panden "
      "overbewoond zijn, en de politie krijgt meldingen van geweld of intimidatie."),
    P("Die informatie wordt nu nauwelijks gedeeld. Betrokkenen wezen ons op juridische belemmeringen: zonder duidelijke "
      "wettelijke grondslag mogen persoonsgegevens niet zomaar worden uitgewisseld. In de regionale "
      "samenwerkingsverbanden die wij bestudeerden, werden signalen daarom vaak pas gedeeld als er al een "
      "strafrechtelijk onderzoek liep. Patronen die zich over meerdere locaties of gemeenten uitstrekten, bleven "
      "daardoor onopgemerkt. In twee zaken bleek achteraf dat drie verschillende instanties hetzelfde uitzendbureau "
      "onafhankelijk van elkaar in beeld hadden."),
    H("7.2 Opsporing en vervolging", 2),
    P("Arbeidsuitbuiting is strafbaar als mensenhandel op grond van artikel 273f van het Wetboek van Strafrecht. De "
      "drempel voor een veroordeling is hoog: er moet sprake zijn van dwang of misbruik van een kwetsbare positie en "
      "van een uitbuitingsoogmerk. Veel zaken die de Inspectie aantreft, vallen tussen een arbeidsrechtelijke "
      "overtreding en mensenhandel in. Om dat gat te dichten, is een wetsvoorstel in voorbereiding dat ernstige "
      "benadeling van werknemers zelfstandig strafbaar stelt. Dat voorstel is nog niet bij de Tweede Kamer "
      "ingediend."),
    P("Bij de politie is de opsporing van arbeidsuitbuiting belegd bij de afdelingen die ook vreemdelingenzaken en "
      "mensenhandel in het algemeen behandelen. Politiemensen die wij spraken, gaven aan dat arbeidsuitbuiting in de "
      "prioritering vaak het onderspit delft tegen seksuele uitbuiting en andere spoedeisende zaken. In 2023 werden "
      "landelijk 47 zaken van arbeidsuitbuiting door het Openbaar Ministerie voor de rechter gebracht."),
    H("7.3 Slachtoffers", 2),
    P("Slachtoffers van arbeidsuitbuiting hebben recht op opvang en begeleiding. In de praktijk is de opvang vooral "
      "ingericht op slachtoffers van seksuele uitbuiting en op slachtoffers van buiten de EU. Arbeidsmigranten uit "
      "andere EU-lidstaten vallen vaak tussen wal en schip: zij hebben geen verblijfsvergunning nodig en komen daarom "
      "niet in aanmerking voor de voorzieningen die aan de verblijfsregeling voor slachtoffers zijn gekoppeld. "
      "Zorgcoördinatoren meldden ons dat zij in 2023 voor meer dan zestig slachtoffers van arbeidsuitbuiting niet "
      "binnen een week een opvangplaats konden vinden."),
    P("De financiering van de opvangplaatsen die er wel zijn, is grotendeels tijdelijk. Opvangorganisaties vertelden "
      "ons dat zij daardoor moeilijk personeel kunnen aannemen en geen plaatsen durven toe te voegen."),

    H("8 Conclusies en aanbevelingen"),
    H("8.1 Conclusies", 2),
    P("Het onderzoek laat zien dat de kwetsbare positie van arbeidsmigranten niet het gevolg is van één tekortkoming, "
      "maar van een stapeling. Een arbeidsmigrant die zijn werk, zijn woning, zijn vervoer en zijn inschrijving in de "
      "BRP via hetzelfde uitzendbureau regelt, is in al die opzichten afhankelijk van dat bureau. Malafide partijen "
      "maken daar gebruik van. Bonafide uitzendbureaus hebben last van de concurrentie van bureaus die zich niet aan "
      "de regels houden en na een boete eenvoudig opnieuw beginnen."),
    P("De Inspectie concludeert dat de maatregelen die sinds 2020 zijn genomen, in de goede richting wijzen maar nog "
      "onvoldoende effect hebben. Dat komt vooral doordat cruciale onderdelen, zoals het toelatingsstelsel voor "
      "uitzendbureaus en de strafbaarstelling van ernstige benadeling, nog niet in werking zijn, doordat werk en "
      "woning nog altijd aan elkaar gekoppeld zijn en doordat de betrokken instanties hun informatie niet met elkaar "
      "delen."),
    P("Om de afhankelijkheid te doorbreken, is het nodig dat op alle vier de terreinen tegelijk wordt gehandeld. "
      "Maatregelen op één terrein verschuiven het probleem anders naar een ander terrein, zoals wij zagen bij "
      "uitzendbureaus die na het verbod op bepaalde inhoudingen de huur verhoogden."),
    H("8.2 Aanbevelingen", 2),
    P("De Inspectie doet de volgende aanbevelingen. Zij zijn per thema gerangschikt en noemen steeds de partij tot wie "
      "de aanbeveling zich richt."),
    H("Uitzendbureaus en inleners", 3),
    P("Zolang een uitzendbureau zonder toets vooraf kan beginnen en na een boete onder een andere naam kan doorgaan, "
      "blijft toezicht achteraf dweilen met de kraan open. Inleners hebben bovendien een eigen verantwoordelijkheid "
      "voor de mensen die in hun bedrijf werken."),
    rec_list(1, 2),
    H("Loon en inhoudingen", 3),
    P("Arbeidsmigranten moeten het loon ontvangen waarop zij recht hebben, en zij moeten kunnen nagaan of dat zo is."),
    rec_list(3, 5),
    H("Huisvesting", 3),
    P("Werk en woning moeten los van elkaar komen te staan, zodat een arbeidsmigrant bij het verlies van zijn baan "
      "niet ook direct zijn woning kwijtraakt. Daarnaast is meer toezicht op de kwaliteit van de huisvesting nodig."),
    rec_list(6, 8),
    H("Registratie", 3),
    P("Gemeenten moeten weten wie er op hun grondgebied verblijft en waar."),
    rec_list(9, 11),
    H("Toezicht, opsporing en slachtoffers", 3),
    P("De instanties die arbeidsmigranten moeten beschermen, moeten informatie kunnen delen, en ernstige gevallen van "
      "benadeling moeten strafrechtelijk kunnen worden aangepakt. Slachtoffers verdienen passende opvang."),
    rec_list(12, 15),
    H("Monitoring", 3),
    P("Tot slot is het van belang dat zichtbaar wordt of de maatregelen het beoogde effect hebben."),
    rec_list(16, 16),
    PageBreak(),

    H("Bijlage 1 Verantwoording van de inspecties"),
    P("Tabel B.1 geeft een overzicht van de inspecties die de Inspectie in het kader van dit onderzoek uitvoerde, naar "
      "sector. Bij één uitzendbureau in de logistiek vond na een eerste inspectie een herinspectie plaats."),
    Table(header=("Sector", "Inspecties", "Uitzendbureaus", "Inleners", "Uitzendbureaus met overtreding"),
          rows=(("Logistiek", "73", "51", "21", "26"),
                ("Voedselverwerking", "58", "42", "16", "21"),
                ("Glastuinbouw", "49", "37", "12", "12"),
                ("Bouw", "34", "22", "12", "6"),
                (Cell("Totaal", bold=True), Cell("214", bold=True), Cell("152", bold=True), Cell("61", bold=True),
                 Cell("65", bold=True))),
          widths=(1.4, 1.0, 1.1, 0.9, 1.3)),
    P("De huisvestingslocaties zijn geselecteerd op basis van meldingen, signalen van gemeenten en een aselecte "
      "trekking uit de adressen die uitzendbureaus bij de Inspectie hadden opgegeven. De interviews met "
      "arbeidsmigranten vonden plaats op of nabij deze locaties. De selectie is niet representatief voor alle "
      "arbeidsmigranten in Nederland: het onderzoek was gericht op locaties en uitzendbureaus waar de Inspectie een "
      "verhoogd risico zag. De percentages in dit rapport moeten in dat licht worden gelezen."),
    H("Bijlage 2 Afkortingen"),
    bullets(
        "ABU – Algemene Bond Uitzendondernemingen",
        "BRP – Basisregistratie Personen",
        "NBBU – Nederlandse Bond van Bemiddelings- en Uitzendondernemingen",
        "RNI – Registratie Niet-ingezetenen",
        "SNF – Stichting Normering Flexwonen",
        "UWV – Uitvoeringsinstituut Werknemersverzekeringen",
        "WML – wettelijk minimumloon",
    ),
)

REPORT = Document(
    title="Werk, woning en afhankelijkheid",
    subtitle="Onderzoek naar de benadeling en uitbuiting van arbeidsmigranten bij uitzendbureaus en huisvesters",
    blocks=REPORT_BLOCKS,
    running_header="Nederlandse Arbeidsinspectie | Werk, woning en afhankelijkheid",
    footer="{page}",
    font_family="serif",
    imprint=("Nederlandse Arbeidsinspectie", "Ministerie van Sociale Zaken en Werkgelegenheid",
             "Den Haag, november 2024"),
)

# --------------------------------------------------------------------------------------------------------------
# Response: kabinetsreactie letter with an "Aanbeveling | Kabinetsreactie" table
# --------------------------------------------------------------------------------------------------------------

ADOPTED = "Wordt overgenomen."
PARTLY = "Wordt deels overgenomen, zie toelichting."

ROW_1 = ("Het toelatingsstelsel treedt op 1 januari 2026 in werking. Het kabinet trekt vanaf 2025 structureel € 14 "
         "miljoen uit voor de toelatingsautoriteit, waarmee zij onder meer 45 extra toetsers aanneemt die ook de "
         "aangeboden huisvesting beoordelen.")
ROW_3 = ("Niet overgenomen. Sinds 1 januari 2024 mag een werkgever voor huisvesting ten hoogste 25 procent van het "
         "minimumloon inhouden, en alleen als de woning aan de geldende kwaliteitsnormen voldoet. Een volledig verbod "
         "maakt het voor werkgevers onaantrekkelijk om zelf huisvesting aan te bieden, terwijl arbeidsmigranten door "
         "het woningtekort juist op die huisvesting zijn aangewezen.")
ROW_7 = ("Het kabinet onderschrijft deze aanbeveling aan gemeenten. Het stelt in de zomer van 2025 een "
         "modelverordening beschikbaar en trekt in 2025 en 2026 in totaal € 6 miljoen uit voor gemeenten die de "
         "controles op vergunde panden willen intensiveren.")
ROW_8 = ("Deze aanbeveling is gericht aan de uitzendbranche. Het kabinet heeft het rapport onder de aandacht gebracht "
         "van de ABU en de NBBU; het is aan de brancheorganisaties om de Inspectie te laten weten wat zij met de "
         "aanbeveling doen.")
ROW_9 = ("De minister van BZK laat onderzoeken of het verblijfsadres van RNI-ingeschrevenen kan worden geregistreerd "
         "zonder dat dit leidt tot een dubbele registratie naast het woonadres. De uitkomsten van dat onderzoek worden "
         "in het najaar van 2025 verwacht; een besluit over de registratie volgt daarna.")
ROW_10 = ("Er zijn nu negentien RNI-loketten, en de gemiddelde wachttijd voor een afspraak is minder dan een week. "
          "Een verdere uitbreiding van het aantal loketten of van de openingstijden voegt naar het oordeel van de "
          "minister van BZK weinig toe. Het knelpunt dat de Inspectie beschrijft, ligt vooral bij de registratie van "
          "het verblijfsadres; zie aanbeveling 9.")
ROW_11 = ("Het kabinet vindt met de Inspectie dat gemeenten adressen met opvallend veel inschrijvingen jaarlijks "
          "moeten onderzoeken en signalen van overbewoning met de Arbeidsinspectie moeten delen. De minister van BZK "
          "verhoogt daarom in 2025 de bijdrage aan gemeenten voor adresonderzoeken binnen de Landelijke Aanpak "
          "Adreskwaliteit met € 3 miljoen.")
ROW_12 = ("Het kabinet is het met de Inspectie eens dat toezichthouders nu te vaak langs elkaar heen werken, en zal "
          "daarom een wettelijke grondslag voor het delen van gegevens over malafide uitzendbureaus en huisvesters "
          "opnemen in de Wet toezicht arbeidsmigratie. Dat wetsvoorstel gaat begin 2026 in internetconsultatie.")
ROW_13 = ("Het wetsvoorstel ligt sinds september 2024 voor advies bij de Raad van State. De minister van Justitie en "
          "Veiligheid dient het in het tweede kwartaal van 2025 bij uw Kamer in.")
ROW_14_15 = ("Het kabinet ziet geen aanleiding om binnen iedere politie-eenheid een apart team voor arbeidsuitbuiting "
             "in te richten, omdat de afdelingen Vreemdelingen, Identificatie en Mensenhandel (AVIM) deze expertise al "
             "in alle eenheden bundelen. Voor de opvang van slachtoffers stelt het kabinet in 2025 en 2026 € 2,4 "
             "miljoen beschikbaar voor 40 extra plaatsen, ook voor slachtoffers uit andere EU-lidstaten; over "
             "structurele financiering besluit het kabinet bij de Voorjaarsnota 2026.")

TABLE_ROWS = (
    ("1. Toelatingsstelsel uitzendbureaus tijdig invoeren, met voldoende toetsingscapaciteit",
     Cell(ROW_1, answers=(Answer("1", "agree",
                                 "Het kabinet trekt vanaf 2025 structureel € 14 miljoen uit voor de "
                                 "toelatingsautoriteit, waarmee zij onder meer 45 extra toetsers aanneemt die ook de "
                                 "aangeboden huisvesting beoordelen."),))),
    ("2. Inleners alleen laten werken met toegelaten uitzendbureaus; hoofdelijke aansprakelijkheid voor het loon",
     Cell(ADOPTED, answers=(Answer("2", "agree", ADOPTED),))),
    ("3. Geen inhoudingen meer op het minimumloon, ook niet voor huisvesting",
     Cell(ROW_3, answers=(Answer("3", "disagree", "Niet overgenomen."),))),
    ("5. Kennismakingsgesprek binnen twee weken na aankomst",
     Cell(PARTLY, answers=(Answer("5", "partial", PARTLY),))),
    ("6. Huurovereenkomst los van arbeidsovereenkomst; vier weken woonrecht na ontslag",
     Cell(PARTLY, answers=(Answer("6", "partial", PARTLY),))),
    ("7. Vergunningplicht voor verhuurders en jaarlijkse controle (gemeenten)",
     Cell(ROW_7, answers=(Answer("7", "agree", "Het kabinet onderschrijft deze aanbeveling aan gemeenten."),))),
    ("8. Uitsluiting van het keurmerk en openbaarheid van keuringen (uitzendbranche)",
     Cell(ROW_8)),
    ("9. Registratie van het verblijfsadres van RNI-ingeschrevenen",
     Cell(ROW_9, answers=(Answer("9", "partial",
                                 "De minister van BZK laat onderzoeken of het verblijfsadres van RNI-ingeschrevenen "
                                 "kan worden geregistreerd zonder dat dit leidt tot een dubbele registratie naast het "
                                 "woonadres."),))),
    ("10. Meer RNI-loketten, ook buiten kantoortijden",
     Cell(ROW_10, answers=(Answer("10", "disagree",
                                  "Een verdere uitbreiding van het aantal loketten of van de openingstijden voegt naar "
                                  "het oordeel van de minister van BZK weinig toe."),))),
    ("11. Jaarlijks adresonderzoek en delen van signalen (gemeenten)",
     Cell(ROW_11, answers=(Answer("11", "agree",
                                  "Het kabinet vindt met de Inspectie dat gemeenten adressen met opvallend veel "
                                  "inschrijvingen jaarlijks moeten onderzoeken en signalen van overbewoning met de "
                                  "Arbeidsinspectie moeten delen."),))),
    ("12. Wettelijke grondslag voor gegevensdeling",
     Cell(ROW_12, answers=(Answer("12", "agree",
                                  "Het kabinet is het met de Inspectie eens dat toezichthouders nu te vaak langs elkaar "
                                  "heen werken, en zal daarom een wettelijke grondslag voor het delen van gegevens over "
                                  "malafide uitzendbureaus en huisvesters opnemen in de Wet toezicht "
                                  "arbeidsmigratie."),))),
    ("13. Indiening van het wetsvoorstel strafbaarstelling ernstige benadeling",
     Cell(ROW_13, answers=(Answer("13", "agree",
                                  "De minister van Justitie en Veiligheid dient het in het tweede kwartaal van 2025 bij "
                                  "uw Kamer in."),))),
    ("14. en 15. Gespecialiseerde politieteams; opvang voor slachtoffers",
     Cell(ROW_14_15, answers=(
         Answer("14", "disagree",
                "Het kabinet ziet geen aanleiding om binnen iedere politie-eenheid een apart team voor "
                "arbeidsuitbuiting in te richten, omdat de afdelingen Vreemdelingen, Identificatie en Mensenhandel "
                "(AVIM) deze expertise al in alle eenheden bundelen."),
         Answer("15", "partial",
                "Voor de opvang van slachtoffers stelt het kabinet in 2025 en 2026 € 2,4 miljoen beschikbaar voor 40 "
                "extra plaatsen, ook voor slachtoffers uit andere EU-lidstaten; over structurele financiering besluit "
                "het kabinet bij de Voorjaarsnota 2026."),
     ))),
    ("16. Jaarlijkse monitor van arbeids- en woonomstandigheden",
     Cell(ADOPTED, answers=(Answer("16", "agree", ADOPTED),))),
)

INFO_DECISION = ("Het kabinet neemt de verplichting daarom nu niet over, maar start in 2025 in de regio's Westland, "
                 "Noord-Limburg en Midden-Brabant een proef waarin arbeidsmigranten binnen twee weken na aankomst een "
                 "kennismakingsgesprek wordt aangeboden.")
HOUSING_DECISION = ("Het kabinet neemt de aanbeveling daarmee over voor zover zij de ontkoppeling van huur en arbeid "
                    "betreft, maar niet voor de vaste termijn van vier weken.")

RESPONSE_BLOCKS = (
    P("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal"),
    P("Datum: 11 februari 2025"),
    P("Betreft: Kabinetsreactie op het rapport ‘Werk, woning en afhankelijkheid’ van de Nederlandse Arbeidsinspectie"),
    P("Geachte voorzitter,"),
    P("Op 14 november 2024 heeft de Nederlandse Arbeidsinspectie haar rapport ‘Werk, woning en afhankelijkheid’ "
      "gepubliceerd over de positie van arbeidsmigranten die via uitzendbureaus in Nederland werken. Met deze brief "
      "bied ik u, mede namens de minister van Binnenlandse Zaken en Koninkrijksrelaties en de minister van Justitie en "
      "Veiligheid, de kabinetsreactie op dit rapport aan."),
    P("Ik dank de Inspectie voor dit zorgvuldige en indringende onderzoek. Het rapport geeft een stem aan mensen die in "
      "het publieke debat zelden aan het woord komen. Mijn dank gaat ook uit naar de arbeidsmigranten die, soms met "
      "risico voor hun baan of hun woning, hun ervaringen met de Inspectie hebben gedeeld."),
    H("Het beeld van de Inspectie", 2),
    P("De Inspectie schetst een zorgelijk beeld. Bij ruim vier op de tien geïnspecteerde uitzendbureaus trof zij ten "
      "minste één overtreding aan. Een derde van de onderzochte loonstroken bevatte inhoudingen zonder herkenbare "
      "grondslag, in bijna drie op de tien woonlocaties was sprake van overbewoning en een groot deel van de "
      "arbeidsmigranten stond niet op het juiste adres ingeschreven. Wie zijn baan verliest, verliest vaak binnen een "
      "week ook zijn woning."),
    P("Het kabinet herkent dit beeld. Het sluit aan bij de signalen die het de afgelopen jaren van gemeenten, vakbonden "
      "en maatschappelijke organisaties heeft ontvangen. De Inspectie laat bovendien overtuigend zien dat de problemen "
      "niet op zichzelf staan: het is juist de combinatie van afhankelijkheden van één partij die arbeidsmigranten "
      "kwetsbaar maakt. Het kabinet deelt de conclusie van de Inspectie dat daarom op meerdere terreinen tegelijk moet "
      "worden gehandeld."),
    H("Wat er al gebeurt", 2),
    P("Het rapport laat zien dat de problemen hardnekkig zijn. Dat betekent niet dat er de afgelopen jaren niets is "
      "gebeurd; sinds het advies van het Aanjaagteam Bescherming Arbeidsmigranten in 2020 is een reeks maatregelen in "
      "gang gezet. Zo zijn de regels voor inhoudingen op het minimumloon per 1 januari 2024 aangescherpt, geldt sinds "
      "1 juli 2023 de Wet goed verhuurderschap en is de Wet toelating terbeschikkingstelling arbeidskrachten door "
      "beide Kamers aangenomen. Ook zijn in veertien regio's informatiepunten voor arbeidsmigranten ingericht, waar "
      "zij in hun eigen taal terechtkunnen met vragen over werk, wonen en zorg."),
    P("Gemeenten hebben met de Wet goed verhuurderschap instrumenten gekregen om op te treden tegen malafide "
      "verhuurders, waaronder de mogelijkheid om een vergunningplicht in te voeren. Verschillende gemeenten hebben "
      "daar inmiddels gebruik van gemaakt. De wet wordt in 2026 geëvalueerd."),
    P("Tegelijk is het kabinet zich ervan bewust dat wetgeving alleen niet volstaat. Regels hebben pas effect als zij "
      "worden nageleefd en als overtreding ervan wordt opgemerkt en bestraft. Het kabinet heeft daarom de afgelopen "
      "jaren ook geïnvesteerd in de capaciteit van de Nederlandse Arbeidsinspectie, die tussen 2022 en 2025 met ruim "
      "300 fte is gegroeid. Geen enkele inspectie kan echter elk uitzendbureau en elke woning controleren; "
      "naleving moet ook uit de keten zelf komen."),
    H("Reactie op de aanbevelingen", 2),
    P("De Inspectie doet zestien aanbevelingen, gericht aan het kabinet, aan gemeenten en aan de uitzendbranche. In de "
      "tabel hieronder geeft het kabinet per aanbeveling zijn reactie. Waar een korte reactie geen recht doet aan de "
      "afweging die het kabinet heeft gemaakt, volgt na de tabel een toelichting. Ook bij aanbevelingen die niet aan "
      "het kabinet zijn gericht, geeft het kabinet waar dat past zijn opvatting."),
    Table(header=("Aanbeveling", "Kabinetsreactie"), rows=TABLE_ROWS, widths=(0.36, 0.64), rules="rows"),
    H("Toelichting", 2),
    H("Informatie en kennismaking bij aankomst", 3),
    P("Het kabinet deelt de constatering van de Inspectie dat informatie over rechten arbeidsmigranten te laat "
      "bereikt. De informatie op de website Work in NL en bij de regionale informatiepunten is beschikbaar in elf "
      "talen, maar arbeidsmigranten vinden die informatie vaak pas als zij al in de problemen zitten. Een persoonlijk "
      "gesprek kort na aankomst, buiten de invloed van het uitzendbureau, kan dat veranderen. "
      "Een landelijke verplichting vraagt echter veel van de uitvoering. Het gaat jaarlijks om honderdduizenden nieuwe "
      "arbeidsmigranten, van wie een deel slechts enkele weken in Nederland blijft, en er is op dit moment geen "
      "instantie die deze gesprekken overal zou kunnen voeren. " + INFO_DECISION + " Over landelijke invoering besluit "
      "het kabinet na de evaluatie van de proef, die eind 2026 gereed is.",
      answers=(Answer("5", "partial", INFO_DECISION),)),
    H("Wonen los van werk", 3),
    P("Het kabinet is het met de Inspectie eens dat de koppeling tussen werk en woning de kern vormt van de "
      "afhankelijkheid die zij beschrijft. Wie bij ontslag op dezelfde dag zijn bed verliest, zal zich wel twee keer "
      "bedenken voordat hij een klacht indient over onbetaalde uren. "
      "De minister van BZK legt daarom in de Wet goed verhuurderschap vast dat een huurovereenkomst voor woonruimte aan "
      "arbeidsmigranten niet meer kan bepalen dat de huur eindigt wanneer de arbeidsovereenkomst eindigt. Het "
      "wetsvoorstel gaat in het voorjaar van 2025 in internetconsultatie. " + HOUSING_DECISION + " Zodra de huur niet "
      "meer van rechtswege eindigt bij ontslag, geniet de arbeidsmigrant dezelfde huurbescherming als andere huurders. "
      "Een aparte termijn voor één groep huurders voegt daar weinig aan toe en zou bovendien de indruk kunnen wekken "
      "dat de huur na vier weken wel mag worden beëindigd.",
      answers=(Answer("6", "partial", HOUSING_DECISION),)),
    H("Tot slot", 2),
    P("Het rapport van de Inspectie maakt duidelijk dat de bescherming van arbeidsmigranten een zaak is van rijk, "
      "gemeenten, uitzendbranche en inleners samen. Het kabinet zet de komende jaren in op het doorbreken van de "
      "afhankelijkheid die de Inspectie beschrijft, en zal daarover met alle betrokken partijen in gesprek blijven. "
      "Ik zal uw Kamer in het najaar van 2025 informeren over de voortgang van de maatregelen die in deze brief zijn "
      "aangekondigd."),
    P("De minister van Sociale Zaken en Werkgelegenheid,"),
    P("A. P. van Leeuwen"),
)

RESPONSE = Document(
    title="Kabinetsreactie op het rapport ‘Werk, woning en afhankelijkheid’",
    subtitle="Brief van de minister van Sociale Zaken en Werkgelegenheid aan de Tweede Kamer der Staten-Generaal",
    blocks=RESPONSE_BLOCKS,
    running_header="Kabinetsreactie rapport Nederlandse Arbeidsinspectie over arbeidsmigranten",
    footer="Pagina {page} van {pages}",
    title_page=False,
)

PAIR = Pair(
    name="labour_migrants_inspectorate",
    report=REPORT,
    response=RESPONSE,
    description="Arbeidsinspectie-style report on labour migrants (uitzendbureaus, housing, wage deductions, BRP); "
                "SZW kabinetsreactie mede namens BZK and JenV with an 'Aanbeveling | Kabinetsreactie' table.",
)
