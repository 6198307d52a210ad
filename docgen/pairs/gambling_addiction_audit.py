"""Pair: an Algemene Rekenkamer-style audit of gambling-addiction prevention in online gambling, and the answer.

Layout traits this pair tests: a sans report with a running header whose recommendations are printed as bullets
("•") without numbers, in short lists that close the five "Bevindingen en conclusies" chapters, each list under a
bold lead-in "Aanbevelingen"; the addressee sits inside every item ("Wij bevelen de staatssecretaris aan ...", "De
Ksa zou ..."). The gold numbers them 1-16 in document order. The report also has bulleted lists that are not
recommendations (main conclusions in the summary, research questions, sources, signals providers use).

The response is a letter of the staatssecretaris van Justitie en Veiligheid (letterhead, no title page). After an
intro and a general reaction, the section "Reactie op de aanbevelingen" quotes every recommendation in full in a
paragraph starting "Aanbeveling:" (no position) and answers it below. It agrees without cue words (a law change, money
and a date), agrees "mede namens de minister van VWS", adopts partly (first part yes, second part no; a pilot for one
age group), only has something studied, refuses politely, by pointing to existing rules and by sharing the analysis
but not the conclusion; two recommendations (advertising and bonuses) are quoted together and answered in one
paragraph with opposite positions; the recommendation to the Ksa is passed on to the independent Ksa without a
position, and the one on measuring minors' exposure to advertising is met only by a description of an existing
monitor (not addressed). All prose is fictional and written for this held-out test set.
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


# --------------------------------------------------------------------------------------------------------------
# Recommendations (printed as bullets in the report, quoted verbatim in the response)
# --------------------------------------------------------------------------------------------------------------

REC = {
    "1": "Wij bevelen de staatssecretaris van Justitie en Veiligheid aan in lagere regelgeving vast te leggen bij "
         "welke objectieve signalen – zoals speelduur, stortingsfrequentie en de hoogte van verliezen – een "
         "vergunninghouder verplicht contact moet opnemen met een speler, in plaats van de invulling van deze "
         "signalen aan de aanbieders zelf over te laten.",
    "2": "Wij bevelen de staatssecretaris aan vergunninghouders te verplichten jaarlijks aan de Ksa te rapporteren "
         "hoeveel interventies zij bij risicovol speelgedrag hebben gepleegd en met welk resultaat, en deze gegevens "
         "per aanbieder openbaar te maken.",
    "3": "Wij bevelen de staatssecretaris aan vergunninghouders te verplichten bij elke interventie schriftelijk "
         "vast te leggen welke afspraken met de speler zijn gemaakt, en die afspraken uiterlijk drie maanden later "
         "met de speler te evalueren.",
    "4": "Wij bevelen de staatssecretaris aan voor jongvolwassenen van 18 tot en met 23 jaar een wettelijk maximum "
         "te stellen aan het bedrag dat zij per maand bij een aanbieder kunnen storten, in plaats van de huidige "
         "limieten die aanbieders zelf vaststellen.",
    "5": "Wij bevelen de staatssecretaris aan de procedure voor een onvrijwillige inschrijving in Cruks te "
         "vereenvoudigen, zodat naasten een verzoek kunnen indienen zonder zelf bewijsstukken over het speelgedrag "
         "te hoeven aanleveren en de Ksa de benodigde gegevens rechtstreeks bij de aanbieders kan opvragen.",
    "6": "Wij bevelen de staatssecretaris aan de minimale duur van een vrijwillige inschrijving in Cruks te "
         "verlengen van zes naar twaalf maanden.",
    "7": "Wij bevelen de staatssecretaris aan, in overleg met de Ksa en de Autoriteit Persoonsgegevens, een "
         "voorziening te laten ontwikkelen waarmee aanbieders kunnen zien of een speler ook bij andere aanbieders "
         "risicovol speelt, zodat signalen niet langer per aanbieder versnipperd blijven.",
    "8": "Wij bevelen de staatssecretaris aan gerichte online reclame voor kansspelen volledig te verbieden, ook "
         "wanneer spelers daarvoor toestemming hebben gegeven.",
    "9": "Wij bevelen de staatssecretaris aan het aanbieden van bonussen en gratis inzetten te verbieden aan spelers "
         "bij wie de aanbieder signalen van risicovol speelgedrag heeft vastgesteld.",
    "10": "Wij bevelen de staatssecretaris aan jaarlijks te laten meten in welke mate minderjarigen in aanraking "
          "komen met reclame voor online kansspelen, en de uitkomsten aan de Tweede Kamer te zenden.",
    "11": "De Ksa zou haar toezicht op de zorgplicht meer risicogericht moeten inrichten, met meer onaangekondigde "
          "onderzoeken bij vergunninghouders en een steekproefsgewijze beoordeling van de dossiers van spelers met "
          "hoge verliezen.",
    "12": "Wij bevelen de staatssecretaris aan de maximale boete voor overtreding van de zorgplicht te verhogen en "
          "de Ksa de bevoegdheid te geven een vergunning bij ernstige overtredingen direct tijdelijk te schorsen.",
    "13": "Wij bevelen de staatssecretaris aan de Ksa structureel voldoende middelen te geven om het illegale "
          "aanbod, waaronder websites die zich op Nederlandse spelers richten, effectief te bestrijden.",
    "14": "Wij bevelen de minister van VWS aan met zorgverzekeraars en zorgaanbieders afspraken te maken, zodat "
          "mensen met een gokstoornis in alle regio's binnen vier weken na aanmelding met een behandeling kunnen "
          "beginnen.",
    "15": "Wij bevelen de staatssecretaris en de minister van VWS aan de middelen uit het Verslavingspreventiefonds "
          "te besteden op basis van een meerjarig programma met toetsbare doelen, en de effecten van de "
          "gefinancierde activiteiten onafhankelijk te laten evalueren.",
    "16": "Wij bevelen de minister van VWS aan een landelijke, anonieme hulplijn voor naasten van mensen met "
          "gokproblemen te financieren die ook 's avonds en in het weekend bereikbaar is.",
}

DEPARTMENTS = {
    # The Ksa is an independent administrative body (zbo) under the ministry of Justitie en Veiligheid.
    "1": ("JenV",), "2": ("JenV",), "3": ("JenV",), "4": ("JenV",), "5": ("JenV",), "6": ("JenV",),
    "7": ("JenV",), "8": ("JenV",), "9": ("JenV",), "10": ("JenV",), "11": ("JenV",), "12": ("JenV",),
    "13": ("JenV",), "14": ("VWS",), "15": ("JenV", "VWS"), "16": ("VWS",),
}


def recommendations(*numbers: str) -> ItemList:
    return ItemList(items=tuple(ListItem(REC[n], recommendation=R(n, *DEPARTMENTS[n])) for n in numbers), style="•")


def bullets(*texts: str) -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style="•")


AANBEVELINGEN = P("Aanbevelingen", bold=True)


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H("Samenvatting"),
    P("Sinds 1 oktober 2021 mogen Nederlanders legaal online gokken bij aanbieders met een vergunning van de "
      "Kansspelautoriteit (Ksa). De wetgever heeft de markt geopend onder een uitdrukkelijke voorwaarde: spelers "
      "moeten worden beschermd tegen kansspelverslaving. Aanbieders hebben daarvoor een zorgplicht gekregen, er is "
      "een centraal register voor uitsluiting van kansspelen (Cruks) ingesteld en een deel van de opbrengst van de "
      "kansspelheffing gaat naar het Verslavingspreventiefonds. Vier jaar later heeft de Algemene Rekenkamer "
      "onderzocht of dit stelsel werkt zoals de wetgever het bedoelde."),
    P("Ons antwoord is dat het stelsel op papier compleet is, maar in de praktijk te veel overlaat aan de "
      "aanbieders zelf. De open norm van de zorgplicht leidt tot grote verschillen in de manier waarop aanbieders "
      "reageren op risicovol speelgedrag. Een speler die in één week € 4.000 verliest, krijgt bij de ene aanbieder "
      "binnen een dag een telefoontje en bij de andere alleen een automatisch bericht in de app. De Ksa heeft "
      "onvoldoende zicht op wat aanbieders doen en wat dat oplevert, en de hulp voor mensen die al in de problemen "
      "zijn geraakt, is niet overal even snel beschikbaar."),
    P("Onze belangrijkste conclusies zijn:", bold=True),
    bullets(
        "Aanbieders vullen de zorgplicht zeer verschillend in; de regelgeving noemt geen signalen waarbij een "
        "aanbieder in elk geval moet ingrijpen.",
        "Cruks wordt goed gebruikt door spelers die zichzelf willen beschermen, maar de procedure voor een "
        "inschrijving op verzoek van naasten is zwaar en wordt weinig gebruikt.",
        "Jongvolwassenen zijn sterk oververtegenwoordigd onder spelers met hoge verliezen, terwijl de limieten die "
        "aanbieders hun opleggen onderling sterk verschillen.",
        "De Ksa treedt op tegen overtredingen, maar haar toezicht op de zorgplicht is vooral reactief en het "
        "illegale aanbod blijft omvangrijk.",
        "De middelen van het Verslavingspreventiefonds worden besteed aan losse projecten zonder samenhangend "
        "programma, en de wachttijden voor behandeling van een gokstoornis verschillen sterk per regio.",
    ),
    P("Wij doen in totaal zestien aanbevelingen. Zij zijn gericht aan de staatssecretaris van Justitie en "
      "Veiligheid, die verantwoordelijk is voor het kansspelbeleid, aan de minister van Volksgezondheid, Welzijn en "
      "Sport (VWS), die verantwoordelijk is voor de verslavingszorg, en aan de Ksa. De aanbevelingen staan aan het "
      "slot van de hoofdstukken 2 tot en met 6, direct na de conclusies waarop zij berusten."),

    PageBreak(),
    H("1 Inleiding"),
    H("1.1 Aanleiding", 2),
    P("Met de inwerkingtreding van de Wet kansspelen op afstand (Koa) op 1 april 2021 en de opening van de online "
      "markt op 1 oktober 2021 koos de wetgever voor kanalisatie: spelers die toch al online gokten, moesten worden "
      "verleid om dat voortaan te doen bij betrouwbare aanbieders die onder toezicht staan. Kanalisatie was geen "
      "doel op zichzelf. Tijdens de parlementaire behandeling is herhaaldelijk benadrukt dat de bescherming van "
      "spelers tegen verslaving voorop moet staan en dat een legale markt alleen verantwoord is als die "
      "bescherming in de praktijk werkt."),
    P("De online markt is sindsdien snel gegroeid. In 2024 speelden naar schatting 1,1 miljoen Nederlanders ten "
      "minste één keer per maand een online kansspel bij een vergunninghouder. Het bruto spelresultaat van de "
      "legale online aanbieders – de inzetten minus de uitgekeerde prijzen – bedroeg in dat jaar ruim € 1,4 miljard. "
      "Tegelijkertijd nam het aantal meldingen bij hulplijnen en het aantal aanmeldingen bij de verslavingszorg toe. "
      "Uit bevolkingsonderzoek blijkt dat ongeveer 2,5 procent van de online spelers kenmerken van problematisch "
      "speelgedrag vertoont en dat nog eens 6 procent een verhoogd risico loopt.",
      footnotes=("De cijfers in deze paragraaf zijn ontleend aan de marktscans van de Ksa over 2023 en 2024 en aan "
                 "de meest recente meting van het bevolkingsonderzoek naar kansspelgedrag. Zie de bijlage voor een "
                 "overzicht van de gebruikte bronnen.",)),
    P("De Tweede Kamer heeft sinds de opening van de markt meermaals haar zorgen geuit over de gevolgen van online "
      "gokken, in het bijzonder voor jongvolwassenen. Verschillende moties vroegen om strengere regels voor "
      "reclame, bonussen en speellimieten. Een deel daarvan is inmiddels uitgevoerd. Zo geldt sinds juli 2023 een "
      "verbod op ongerichte reclame via televisie, radio en buitenreclame, en is sponsoring door kansspelaanbieders "
      "sinds medio 2025 aan banden gelegd. Wat ontbrak, was een samenhangend beeld van de vraag of het stelsel van "
      "verslavingspreventie als geheel doet wat het moet doen. Dat was voor ons de aanleiding voor dit onderzoek."),
    H("1.2 Onderzoeksvragen", 2),
    P("De centrale vraag van ons onderzoek luidt: in hoeverre slagen de staatssecretaris van Justitie en Veiligheid, "
      "de Ksa en de minister van VWS erin spelers van online kansspelen te beschermen tegen verslaving, zoals de "
      "wetgever bij de opening van de markt beoogde? Deze vraag hebben wij uitgewerkt in vijf deelvragen:"),
    ItemList(items=(
        ListItem("Hoe vullen vergunninghouders hun zorgplicht in, en wat weten de staatssecretaris en de Ksa over "
                 "de effecten daarvan?"),
        ListItem("Werken Cruks en de speellimieten zoals bedoeld, en voor wie schieten zij tekort?"),
        ListItem("In welke mate beperken de regels voor reclame en werving het risico op verslaving?"),
        ListItem("Hoe houdt de Ksa toezicht op de zorgplicht en op het illegale aanbod, en met welk resultaat?"),
        ListItem("Zijn preventie en hulp voor mensen met gokproblemen en hun naasten toegankelijk, en worden de "
                 "middelen van het Verslavingspreventiefonds doelmatig besteed?"),
    ), style="1."),
    H("1.3 Aanpak", 2),
    P("Wij hebben wet- en regelgeving, beleidsstukken, Kamerbrieven en de jaarverslagen en marktscans van de Ksa "
      "bestudeerd. Bij tien van de 29 vergunninghouders hebben wij de interne procedures voor de zorgplicht "
      "opgevraagd en met medewerkers gesproken. Met hun medewerking hebben wij daarnaast 240 geanonimiseerde "
      "spelersdossiers beoordeeld van spelers die in 2023 of 2024 in een periode van drie maanden meer dan € 5.000 "
      "hadden verloren. Verder hebben wij gebruikgemaakt van de volgende bronnen:"),
    bullets(
        "gesprekken met medewerkers van de ministeries van Justitie en Veiligheid en van VWS, de Ksa, het Trimbos-"
        "instituut en vijf instellingen voor verslavingszorg;",
        "gegevens van de Ksa over inschrijvingen in Cruks, onderzoeken, boetes en lasten onder dwangsom in de "
        "periode 2021-2024;",
        "wachttijdgegevens van zorgaanbieders over de behandeling van gokstoornissen per regio;",
        "de projectadministratie van het Verslavingspreventiefonds over de jaren 2022-2024;",
        "twee groepsgesprekken met in totaal veertien ervaringsdeskundigen en naasten.",
    ),
    P("Wij hebben onze bevindingen getoetst aan de normen die de wetgever zelf heeft gesteld in de Koa en de "
      "memorie van toelichting, aan de lagere regelgeving en aan de doelen die de staatssecretaris en de minister "
      "van VWS in hun beleidsbrieven hebben geformuleerd. Waar die doelen niet meetbaar waren geformuleerd, hebben "
      "wij dat als bevinding opgenomen."),
    H("1.4 Afbakening en leeswijzer", 2),
    P("Ons onderzoek gaat over online kansspelen. Speelautomatenhallen, casino's en loterijen vallen erbuiten, "
      "behalve waar gegevens over Cruks alle sectoren tegelijk betreffen. Wij hebben niet onderzocht of de Ksa "
      "in individuele handhavingszaken juist heeft gehandeld; wel hebben wij gekeken hoe zij haar toezicht heeft "
      "ingericht en welke middelen zij daarvoor heeft."),
    P("Hoofdstuk 2 gaat over de zorgplicht van aanbieders. Hoofdstuk 3 behandelt Cruks en de speellimieten, "
      "hoofdstuk 4 de regels voor reclame en werving en hoofdstuk 5 het toezicht door de Ksa. In hoofdstuk 6 "
      "bespreken wij preventie en hulp, waaronder de besteding van het Verslavingspreventiefonds. Elk hoofdstuk "
      "sluit af met onze conclusies en aanbevelingen."),

    PageBreak(),
    H("2 Bevindingen en conclusies: de zorgplicht van aanbieders"),
    H("2.1 Wat de wet vraagt", 2),
    P("De Koa verplicht vergunninghouders om het speelgedrag van hun spelers te volgen, signalen van risicovol "
      "speelgedrag tijdig te herkennen en daarop passend te reageren. De wetgever heeft daarbij bewust gekozen voor "
      "een open norm. Aanbieders zouden zelf het best in staat zijn om te bepalen welke signalen in hun spelaanbod "
      "op problemen wijzen, en een open norm zou hen dwingen verder te kijken dan een afvinklijst. Het Besluit "
      "werving, reclame en verslavingspreventie kansspelen noemt wel een aantal gegevens die aanbieders moeten "
      "volgen, zoals speelduur en stortingen, maar legt niet vast bij welke waarden een aanbieder moet ingrijpen."),
    P("Wanneer een aanbieder signalen ziet, moet hij eerst de speler informeren en daarna, als het risicovolle "
      "gedrag aanhoudt, een persoonlijk gesprek voeren. Leidt ook dat niet tot verandering, dan moet de aanbieder "
      "de speler aanraden zich in Cruks in te schrijven en kan hij zelf een onvrijwillige inschrijving bij de Ksa "
      "aanvragen. Deze stappen worden in het veld de interventieladder genoemd."),
    H("2.2 Wat aanbieders doen", 2),
    P("Alle tien onderzochte aanbieders hebben een systeem om het speelgedrag te volgen. De signalen die zij "
      "daarbij gebruiken, lopen echter sterk uiteen. Veelgebruikte signalen zijn:"),
    bullets(
        "het aantal stortingen per dag en het aantal geannuleerde opnames;",
        "de tijd die een speler achtereen speelt, en spelen in de nachtelijke uren;",
        "het verlies over een periode van een week of een maand, afgezet tegen het opgegeven inkomen;",
        "het verhogen van een eerder ingestelde limiet kort na het bereiken daarvan.",
    ),
    P("Welke waarden tot een interventie leiden, verschilt per aanbieder aanzienlijk. Bij één aanbieder leidde een "
      "verlies van € 1.000 in een week tot een persoonlijk gesprek, bij een andere pas een verlies van € 10.000 in "
      "een maand. In 71 van de 240 dossiers die wij beoordeelden, bleef een persoonlijk gesprek achterwege terwijl "
      "de speler naar ons oordeel al geruime tijd duidelijke signalen vertoonde. In 38 dossiers bestond de enige "
      "interventie uit een automatisch gegenereerde melding in de app of per e-mail."),
    P("Waar wel een gesprek werd gevoerd, was de vastlegging vaak summier. In ongeveer de helft van de dossiers "
      "stond niet welke afspraken met de speler waren gemaakt, en in bijna geen enkel dossier was na te gaan of de "
      "aanbieder later had gecontroleerd of de speler zich aan die afspraken hield. Medewerkers van aanbieders "
      "gaven aan dat de druk om spelers te behouden in de praktijk meeweegt bij de vraag hoe ver zij gaan. "
      "\"Je wilt een klant niet wegjagen naar een illegale site,\" zei een van hen."),
    P("Noch de staatssecretaris, noch de Ksa heeft een volledig beeld van het aantal interventies en de effecten "
      "daarvan. Aanbieders hoeven hierover niet periodiek te rapporteren. De Ksa vraagt deze gegevens op in "
      "individuele onderzoeken, maar kan daardoor geen vergelijking maken tussen aanbieders of ontwikkelingen in de "
      "tijd volgen. Voor de Tweede Kamer is evenmin zichtbaar hoe de zorgplicht in de praktijk uitpakt.",
      footnotes=("De Ksa heeft in 2023 een vrijwillige uitvraag onder vergunninghouders gedaan. Zeventien "
                 "aanbieders leverden gegevens aan, in zodanig uiteenlopende definities dat de Ksa de uitkomsten "
                 "niet heeft gepubliceerd.",)),
    H("2.3 Conclusie", 2),
    P("De open norm van de zorgplicht heeft niet gebracht wat de wetgever ervan verwachtte. In plaats van een "
      "zorgvuldige afweging per speler zien wij grote verschillen tussen aanbieders in het moment waarop en de "
      "manier waarop zij ingrijpen. Spelers met vergelijkbaar risicovol gedrag worden daardoor ongelijk beschermd. "
      "Omdat aanbieders niet rapporteren over hun interventies, kunnen de staatssecretaris en de Ksa niet "
      "beoordelen of de zorgplicht werkt, en kunnen zij de Tweede Kamer daarover ook niet informeren."),
    AANBEVELINGEN,
    recommendations("1", "2", "3"),

    PageBreak(),
    H("3 Bevindingen en conclusies: Cruks en speellimieten"),
    H("3.1 Het centraal register uitsluiting kansspelen", 2),
    P("Cruks is het register waarin spelers kunnen worden ingeschreven die tijdelijk niet aan risicovolle "
      "kansspelen mogen deelnemen. Aanbieders moeten iedere speler bij het inloggen of bij binnenkomst aan het "
      "register toetsen. Een speler kan zich vrijwillig inschrijven voor minimaal zes maanden. Daarnaast kunnen "
      "aanbieders en naasten de Ksa verzoeken een speler onvrijwillig in te schrijven; die inschrijving geldt dan "
      "voor zes maanden."),
    P("Het aantal inschrijvingen is sinds 2021 gestaag gegroeid tot ruim 70.000 eind 2024. Het overgrote deel "
      "daarvan, ongeveer 98 procent, betreft vrijwillige inschrijvingen. Uit de gesprekken met ervaringsdeskundigen "
      "blijkt dat spelers Cruks waarderen als een laagdrempelig middel. Wel verlengt maar een derde van de spelers "
      "de inschrijving na afloop van de eerste termijn, en een deel van hen keert binnen enkele weken na het "
      "verlopen terug naar het oude speelpatroon."),
    P("Onvrijwillige inschrijvingen op verzoek van naasten komen weinig voor: in 2024 ging het om 96 verzoeken, "
      "waarvan er 41 tot een inschrijving leidden. Naasten moeten bij hun verzoek aannemelijk maken dat de speler "
      "door zijn speelgedrag zichzelf of zijn omgeving schade berokkent. Zij hebben daarvoor vaak geen gegevens "
      "beschikbaar, omdat het speelgedrag zich online en buiten hun zicht afspeelt. Verschillende naasten vertelden "
      "ons dat zij een verzoek hadden voorbereid, maar ervan afzagen toen bleek welke stukken zij moesten aanleveren."),
    H("3.2 Speellimieten", 2),
    P("Spelers moeten bij een aanbieder limieten instellen voor het bedrag dat zij mogen storten, de tijd die zij "
      "mogen spelen en het bedrag dat zij mogen verliezen. Voor jongvolwassenen tot en met 23 jaar gelden "
      "aanvullende eisen: de aanbieder moet bij hen eerder een gesprek voeren en de limieten moeten lager liggen. "
      "Hoe laag precies, bepaalt de aanbieder. Wij troffen stortingslimieten voor jongvolwassenen aan die "
      "varieerden van € 150 tot € 1.500 per maand."),
    P("Jongvolwassenen zijn oververtegenwoordigd onder spelers met hoge verliezen. Van de spelers die in de "
      "onderzochte dossiers in drie maanden meer dan € 5.000 verloren, was 31 procent jonger dan 24 jaar, terwijl "
      "deze groep ongeveer 14 procent van alle actieve spelers uitmaakt. Hulpverleners wezen ons erop dat "
      "jongvolwassenen vaak bij meerdere aanbieders tegelijk spelen, waardoor limieten per aanbieder weinig "
      "zeggen over de totale inzet."),
    H("3.3 Versnipperde signalen", 2),
    P("Een aanbieder ziet alleen het speelgedrag op zijn eigen platform. Een speler die bij vijf aanbieders elk "
      "binnen de limiet blijft, kan in totaal een veelvoud daarvan verliezen zonder dat een van de aanbieders dat "
      "opmerkt. Uit de gegevens van de Ksa blijkt dat ongeveer een kwart van de actieve spelers een account heeft "
      "bij drie of meer aanbieders. De Autoriteit Persoonsgegevens heeft erop gewezen dat een centrale registratie "
      "van speelgedrag een zware inbreuk op de privacy kan betekenen en alleen met een stevige wettelijke grondslag "
      "mogelijk is. Een verkenning naar zo'n voorziening is na 2022 niet voortgezet."),
    H("3.4 Conclusie", 2),
    P("Cruks is een waardevol instrument voor spelers die zichzelf willen beschermen, maar de bescherming is van "
      "korte duur en de route voor naasten is in de praktijk nauwelijks begaanbaar. De speellimieten beschermen "
      "jongvolwassenen onvoldoende, doordat aanbieders de hoogte zelf bepalen en doordat niemand zicht heeft op het "
      "speelgedrag bij verschillende aanbieders samen."),
    AANBEVELINGEN,
    recommendations("4", "5", "6", "7"),

    PageBreak(),
    H("4 Bevindingen en conclusies: reclame en werving"),
    H("4.1 De regels", 2),
    P("Reclame is voor aanbieders een belangrijk middel om spelers naar het legale aanbod te trekken. Tegelijk "
      "kan reclame kwetsbare groepen tot spelen aanzetten. In de eerste jaren na de opening van de markt was het "
      "aantal reclame-uitingen zeer groot. Sinds 1 juli 2023 is ongerichte reclame via televisie, radio, "
      "buitenreclame en openbare ruimten verboden. Gerichte online reclame blijft toegestaan, mits de speler "
      "daarvoor toestemming heeft gegeven, ten minste 24 jaar oud is en niet in Cruks staat ingeschreven."),
    P("Bonussen en gratis inzetten vallen onder de regels voor werving. Aanbieders mogen zulke aanbiedingen doen, "
      "zolang zij niet misleidend zijn en niet aan minderjarigen of jongvolwassenen worden gedaan. Een expliciet "
      "verbod op bonussen voor spelers bij wie risicovol speelgedrag is gesignaleerd, bestaat niet."),
    H("4.2 Wat wij zagen", 2),
    P("In 44 van de 240 beoordeelde dossiers ontving de speler binnen een maand na een interventie wegens "
      "risicovol speelgedrag een bonus of een aanbod voor gratis inzetten. In zes gevallen gebeurde dat binnen een "
      "week na een persoonlijk gesprek waarin de speler had aangegeven minder te willen spelen. De aanbieders "
      "verklaarden dit uit het feit dat de afdelingen marketing en verslavingspreventie met verschillende systemen "
      "werken."),
    P("Gerichte online reclame bereikt in de praktijk ook mensen voor wie zij niet bedoeld is. Ervaringsdeskundigen "
      "beschreven hoe zij na het geven van toestemming, vaak bij het openen van een account, dagelijks berichten "
      "ontvingen, ook in periodes waarin zij probeerden te stoppen. Het intrekken van de toestemming bleek bij "
      "enkele aanbieders omslachtig."),
    P("Over de mate waarin minderjarigen met reclame voor online kansspelen in aanraking komen, bestaan geen "
      "recente jaarlijkse cijfers. Onderzoek uit 2022 liet zien dat ruim de helft van de jongeren van 16 en 17 jaar "
      "in de voorafgaande maand reclame voor online gokken had gezien, vooral via sociale media en "
      "sportuitzendingen. Of het verbod op ongerichte reclame en de beperking van sponsoring dit aandeel hebben "
      "verlaagd, is niet bekend."),
    H("4.3 Conclusie", 2),
    P("De beperking van ongerichte reclame is een belangrijke stap geweest, maar gerichte reclame en bonussen "
      "bereiken nog altijd spelers die juist beschermd zouden moeten worden. Dat aanbieders spelers kort na een "
      "interventie een bonus aanbieden, staat haaks op de zorgplicht. Het ontbreekt aan recente gegevens om te "
      "beoordelen of de reclameregels minderjarigen voldoende beschermen."),
    AANBEVELINGEN,
    recommendations("8", "9", "10"),

    PageBreak(),
    H("5 Bevindingen en conclusies: toezicht en handhaving"),
    H("5.1 De Ksa als toezichthouder", 2),
    P("De Ksa is een zelfstandig bestuursorgaan. Zij verleent vergunningen, houdt toezicht op de naleving van de "
      "regels en kan sancties opleggen, waaronder boetes, lasten onder dwangsom en het schorsen of intrekken van een "
      "vergunning. De staatssecretaris is verantwoordelijk voor het beleid en de regelgeving, stelt het budget van "
      "de Ksa vast en benoemt haar bestuur. De kosten van het toezicht worden grotendeels verhaald op de "
      "vergunninghouders."),
    H("5.2 Toezicht op de zorgplicht", 2),
    P("In de periode 2021-2024 heeft de Ksa 23 onderzoeken naar de naleving van de zorgplicht afgerond. Daarvan "
      "leidden er negen tot een boete, met een gezamenlijk bedrag van € 6,7 miljoen. De meeste onderzoeken werden "
      "gestart naar aanleiding van signalen van spelers, naasten of de media. Onaangekondigde onderzoeken vonden "
      "nauwelijks plaats; de Ksa kondigt een onderzoek doorgaans aan en vraagt dan gegevens op die de aanbieder zelf "
      "selecteert. Een systematische steekproef uit de dossiers van spelers met hoge verliezen maakt geen deel uit "
      "van het toezicht."),
    P("De maximale boete voor een overtreding van de zorgplicht bedraagt € 1 miljoen of, als dat meer is, 10 procent "
      "van de jaaromzet in de zin van het Wetboek van Strafrecht. Medewerkers van de Ksa gaven aan dat de hoogste "
      "categorie in de praktijk zelden haalbaar is, omdat de omzetgrondslag bij internationale concerns lastig vast "
      "te stellen is. Het schorsen van een vergunning is alleen mogelijk nadat een aanbieder een eerder opgelegde "
      "last niet heeft nageleefd. Dat betekent dat tussen het vaststellen van een ernstige overtreding en een "
      "schorsing vele maanden kunnen liggen."),
    H("5.3 Het illegale aanbod", 2),
    P("Het kanalisatiepercentage – het deel van de spelers dat bij legale aanbieders speelt – lag in 2024 volgens "
      "de Ksa rond de 80 procent. Het illegale aanbod richt zich vaak juist op spelers die in Cruks zijn ingeschreven "
      "of bij legale aanbieders een limiet hebben bereikt. De Ksa kan illegale websites laten blokkeren en "
      "betaaldienstverleners vragen geen betalingen meer te verwerken, maar beschikt daarvoor over een beperkte "
      "capaciteit: in 2024 werkten er elf fte aan de bestrijding van het illegale aanbod. Nieuwe websites verschijnen "
      "sneller dan de Ksa ze kan laten blokkeren."),
    H("5.4 Conclusie", 2),
    P("Het toezicht van de Ksa op de zorgplicht is vooral reactief en steunt op informatie die de aanbieders zelf "
      "aanleveren. Daardoor blijven tekortkomingen die wij in de dossiers aantroffen buiten beeld. De sancties "
      "schrikken onvoldoende af en komen laat. De capaciteit voor de bestrijding van het illegale aanbod is te "
      "klein voor de omvang van het probleem, terwijl juist het illegale aanbod de meest kwetsbare spelers trekt."),
    AANBEVELINGEN,
    recommendations("11", "12", "13"),

    PageBreak(),
    H("6 Bevindingen en conclusies: preventie en hulp"),
    H("6.1 Verantwoordelijkheden", 2),
    P("De minister van VWS is verantwoordelijk voor het stelsel van verslavingszorg, waaronder de behandeling van "
      "gokstoornissen. Die behandeling wordt vergoed uit de basisverzekering; zorgverzekeraars moeten zorgen voor "
      "voldoende aanbod. Het Verslavingspreventiefonds wordt gevoed uit de kansspelheffing en is bedoeld voor "
      "preventie, onderzoek en de kosten van verslavingszorg die niet uit de basisverzekering worden betaald. Over de "
      "besteding van het fonds besluiten de staatssecretaris en de minister van VWS gezamenlijk."),
    H("6.2 Toegang tot behandeling", 2),
    P("Het aantal mensen dat zich met een gokprobleem aanmeldt bij de verslavingszorg, is tussen 2021 en 2024 "
      "ruim verdubbeld. De wachttijden lopen sterk uiteen. In twee van de vijf regio's waarvan wij gegevens "
      "ontvingen, kon een behandeling binnen vier weken na aanmelding beginnen. In de andere regio's lag de "
      "wachttijd tussen zeven en veertien weken. Behandelaars wezen erop dat juist het moment van aanmelding "
      "kwetsbaar is: wie lang moet wachten, speelt in de tussentijd vaak door en haakt soms alsnog af."),
    P("Voor naasten is het aanbod beperkt. Er bestaan enkele regionale steunpunten en een algemene hulplijn voor "
      "verslavingsvragen, die op werkdagen overdag bereikbaar is. Naasten vertelden dat zij vooral 's avonds, "
      "wanneer zij geconfronteerd worden met de gevolgen van het speelgedrag, behoefte hebben aan iemand om mee te "
      "praten, en dat zij niet altijd hun naam willen noemen."),
    H("6.3 Het Verslavingspreventiefonds", 2),
    P("Tussen 2022 en 2024 is uit het Verslavingspreventiefonds in totaal € 42 miljoen besteed. Het geld ging naar "
      "een groot aantal projecten: voorlichtingscampagnes, lesmateriaal voor scholen, onderzoek en een tijdelijke "
      "financiering van behandelplekken. Voor de besteding bestond geen meerjarig programma met doelen waaraan de "
      "projecten konden worden getoetst. Projecten werden per jaar goedgekeurd, vaak op voorstel van de uitvoerders "
      "zelf. Van de 27 projecten die wij bekeken, waren er vier geëvalueerd, in alle gevallen door de uitvoerder zelf.",
      footnotes=("Het saldo van het fonds liep in dezelfde periode op, omdat de opbrengst van de kansspelheffing "
                 "hoger uitviel dan geraamd. Eind 2024 was € 18 miljoen nog niet bestemd.",)),
    H("6.4 Conclusie", 2),
    P("Wie hulp zoekt voor een gokprobleem, is afhankelijk van de regio waar hij woont. Naasten kunnen nauwelijks "
      "ergens terecht op de momenten dat zij dat het meest nodig hebben. De middelen van het Verslavingspreventiefonds "
      "worden besteed zonder samenhangend programma, en van de meeste projecten is niet bekend of zij hebben "
      "bijgedragen aan het voorkomen van verslaving."),
    AANBEVELINGEN,
    recommendations("14", "15", "16"),

    PageBreak(),
    H("Bijlage: onderzoeksverantwoording"),
    P("Het onderzoek is uitgevoerd tussen oktober 2024 en juni 2025. De selectie van de tien vergunninghouders is "
      "gemaakt op basis van marktaandeel en spelaanbod: wij hebben de zes grootste aanbieders gekozen en vier "
      "kleinere aanbieders die zich vooral richten op casinospellen. De 240 spelersdossiers zijn aselect getrokken "
      "uit de dossiers van spelers die in een periode van drie maanden meer dan € 5.000 verloren. Twee onderzoekers "
      "hebben ieder dossier onafhankelijk van elkaar beoordeeld aan de hand van een vast beoordelingskader; bij "
      "verschil van inzicht is het dossier in een overleg met een derde onderzoeker besproken."),
    P("Een conceptversie van dit rapport is voorgelegd aan de staatssecretaris van Justitie en Veiligheid, de "
      "minister van VWS en de Ksa voor een controle op feitelijke onjuistheden. Hun opmerkingen hebben wij waar "
      "nodig verwerkt. De bestuurlijke reactie van de staatssecretaris, mede namens de minister van VWS, wordt "
      "afzonderlijk aan de Tweede Kamer gezonden."),
)

REPORT = Document(
    title="Verslavingspreventie bij online kansspelen",
    subtitle="Onderzoek naar de bescherming van spelers sinds de opening van de online kansspelmarkt",
    blocks=REPORT_BLOCKS,
    running_header="Algemene Rekenkamer – Verslavingspreventie bij online kansspelen",
    footer="{page}",
    font_family="sans",
    imprint=("Algemene Rekenkamer", "Den Haag, oktober 2025"),
)


# --------------------------------------------------------------------------------------------------------------
# Response: letter of the staatssecretaris van Justitie en Veiligheid
# --------------------------------------------------------------------------------------------------------------

def quote(number: str) -> Paragraph:
    """The recommendation quoted in full as its own paragraph; it takes no position."""
    return P("Aanbeveling: " + REC[number])


E1 = ("Ik ben het met de Rekenkamer eens dat die vrijheid te groot is gebleken en zal daarom in het Besluit werving, "
      "reclame en verslavingspreventie kansspelen vastleggen welke signalen in elk geval tot een persoonlijk contact "
      "met de speler moeten leiden.")
E2 = "Het eerste deel van deze aanbeveling neem ik daarom over, het tweede deel niet."
E3 = ("Naar mijn oordeel bieden deze regels voldoende waarborgen; een vaste evaluatietermijn van drie maanden voeg ik "
      "daar niet aan toe.")
E4 = ("In het wetsvoorstel tot wijziging van de Wet op de kansspelen dat ik in het voorjaar van 2026 bij uw Kamer "
      "indien, wordt voor spelers van 18 tot en met 23 jaar een wettelijke stortingslimiet van € 150 per maand per "
      "aanbieder opgenomen.")
E5 = ("Ik laat onderzoeken of de Ksa de benodigde gegevens rechtstreeks bij aanbieders kan opvragen en welke "
      "waarborgen daarbij nodig zijn voor de rechtsbescherming van de speler.")
E6 = "Ik houd daarom vast aan de huidige minimale duur van zes maanden."
E7 = ("Ik start daarom in 2026 met een proef voor jongvolwassenen van 18 tot en met 23 jaar; of de voorziening daarna "
      "wordt uitgebreid naar alle spelers, besluit ik pas na de evaluatie van die proef.")
E8 = ("Een volledig verbod op gerichte online reclame, ook voor spelers die daar uitdrukkelijk toestemming voor hebben "
      "gegeven, acht ik echter niet proportioneel.")
E9 = ("Voor bonussen trek ik daaruit dezelfde conclusie als de Rekenkamer: vanaf 1 juli 2026 mogen aanbieders geen "
      "bonussen of gratis inzetten meer aanbieden aan spelers bij wie zij een signaal van risicovol speelgedrag hebben "
      "vastgesteld.")
E12 = "Deze aanbeveling neem ik gedeeltelijk over."
E13 = ("Vanaf 2026 stel ik de Ksa structureel € 3,8 miljoen per jaar extra beschikbaar voor de bestrijding van het "
       "illegale aanbod.")
E14 = "Mede namens de minister van VWS laat ik u weten dat zij deze aanbeveling onderschrijft."
E15 = "De minister van VWS en ik nemen deze aanbeveling over."
E16 = ("De minister van VWS stelt vanaf 1 april 2026 jaarlijks € 1,2 miljoen beschikbaar voor een landelijke hulplijn "
       "voor naasten, die anoniem te bellen en te chatten is en ook 's avonds en in het weekend bereikbaar is.")

RESPONSE_BLOCKS = (
    P("Datum: 4 december 2025"),
    P("Betreft: Reactie op het rapport 'Verslavingspreventie bij online kansspelen' van de Algemene Rekenkamer"),
    P("Op 14 oktober 2025 heeft de Algemene Rekenkamer het rapport 'Verslavingspreventie bij online kansspelen' "
      "gepubliceerd. Met deze brief geef ik, als bewindspersoon die verantwoordelijk is voor het kansspelbeleid, mijn "
      "reactie op het rapport en op de zestien aanbevelingen die de Rekenkamer doet. Waar de aanbevelingen de "
      "verslavingszorg en het Verslavingspreventiefonds betreffen, is deze reactie afgestemd met de minister van "
      "Volksgezondheid, Welzijn en Sport."),
    P("Ik dank de Algemene Rekenkamer voor het zorgvuldige en grondige onderzoek. Het rapport komt op een goed "
      "moment. Vier jaar na de opening van de online markt is het tijd om de balans op te maken, en de Rekenkamer "
      "heeft daarvoor waardevolle bouwstenen aangereikt. Ik dank ook de vergunninghouders, de hulpverleners en in het "
      "bijzonder de ervaringsdeskundigen en naasten die aan het onderzoek hebben meegewerkt."),

    H("Algemene reactie", 2),
    P("De Rekenkamer concludeert dat het stelsel van verslavingspreventie op papier compleet is, maar in de "
      "praktijk te veel overlaat aan de aanbieders zelf. Ik herken dat beeld. Bij de opening van de markt is bewust "
      "gekozen voor open normen, in de verwachting dat aanbieders hun verantwoordelijkheid zouden nemen. Die "
      "verwachting is niet overal uitgekomen. Tegelijk wil ik benadrukken dat in de afgelopen jaren al belangrijke "
      "stappen zijn gezet. Zo zijn sinds de opening van de markt onder meer de volgende maatregelen genomen:"),
    bullets(
        "sinds 1 juli 2023 geldt een verbod op ongerichte reclame voor online kansspelen via televisie, radio en "
        "buitenreclame;",
        "sinds medio 2025 is sponsoring door kansspelaanbieders van sportclubs en evenementen niet meer toegestaan;",
        "voor jongvolwassenen tot en met 23 jaar gelden aanvullende eisen aan de zorgplicht;",
        "de Ksa heeft haar handhaving op de zorgplicht geïntensiveerd en in de afgelopen jaren boetes van in totaal "
        "ruim € 6 miljoen opgelegd.",
    ),
    P("Het rapport laat zien dat deze maatregelen niet genoeg zijn. Een legale markt is alleen te verdedigen als "
      "spelers er daadwerkelijk beter beschermd zijn dan bij illegale aanbieders. Dat uitgangspunt is voor mij "
      "leidend bij de herziening van de Wet op de kansspelen, waarvan de hoofdlijnen in het voorjaar van 2026 aan uw "
      "Kamer worden voorgelegd. Hieronder ga ik per aanbeveling in op het rapport. Ik volg daarbij de indeling van de "
      "Rekenkamer en citeer elke aanbeveling eerst in haar geheel."),

    H("Reactie op de aanbevelingen", 1),
    H("De zorgplicht van aanbieders", 2),
    quote("1"),
    P("De Rekenkamer stelt vast dat de open norm van de zorgplicht ertoe leidt dat aanbieders zeer verschillend "
      "reageren op vergelijkbaar speelgedrag. " + E1 + " Het gaat dan onder meer om de speelduur per sessie, het "
      "aantal stortingen per dag en het verlies over een periode van dertig dagen. Dat betekent niet dat aanbieders "
      "alleen nog op deze signalen hoeven te letten; zij blijven verantwoordelijk voor een zorgvuldige beoordeling "
      "van het geheel. Het ontwerpbesluit gaat in het eerste kwartaal van 2026 in internetconsultatie.",
      answers=(Answer("1", "agree", E1),)),
    quote("2"),
    P("Meer inzicht in wat aanbieders doen en wat dat oplevert, is nodig, voor de Ksa en voor uw Kamer. " + E2 + " In "
      "dezelfde wijziging van het Besluit neem ik op dat vergunninghouders jaarlijks aan de Ksa rapporteren over het "
      "aantal interventies, de aard daarvan en het speelgedrag van de betrokken spelers in de drie maanden erna. "
      "Gegevens per aanbieder openbaar maken kan tot onjuiste vergelijkingen leiden, omdat aanbieders sterk "
      "verschillen in omvang en spelersbestand, en raakt bovendien aan bedrijfsvertrouwelijke informatie. De Ksa kan "
      "de geanonimiseerde en samengevoegde uitkomsten wel in haar jaarlijkse marktscan opnemen.",
      answers=(Answer("2", "partial", E2),)),
    quote("3"),
    P("Vergunninghouders zijn op grond van het Besluit nu al verplicht iedere interventie, de gemaakte afspraken en "
      "de reactie van de speler in een dossier vast te leggen. Bij een volgende interventie moet de aanbieder nagaan "
      "wat eerder is afgesproken en of de speler zich daaraan heeft gehouden. " + E3 + " Een vaste termijn past "
      "ook niet bij de verschillen tussen spelers: bij de een is na twee weken al een nieuw gesprek nodig, bij de "
      "ander pas later. De bevinding dat de vastlegging in veel dossiers tekortschiet, is vooral een kwestie van "
      "naleving van bestaande regels.",
      answers=(Answer("3", "disagree", E3),)),

    H("Cruks en speellimieten", 2),
    quote("4"),
    P("Het onderzoek laat zien dat jongvolwassenen oververtegenwoordigd zijn onder spelers met hoge verliezen en dat "
      "de limieten die aanbieders hun opleggen sterk uiteenlopen. " + E4 + " Aanbieders kunnen deze limiet niet "
      "verhogen, ook niet op verzoek van de speler. Voor spelers van 24 jaar en ouder blijft de verplichting bestaan "
      "om bij het openen van een account zelf limieten in te stellen.",
      answers=(Answer("4", "agree", E4),)),
    quote("5"),
    P("Naasten spelen een belangrijke rol bij het signaleren van gokproblemen. De Rekenkamer laat zien dat zij "
      "afhaken omdat zij zelf moeten aantonen dat de speler risicovol speelt, terwijl zij daar vaak geen zicht op "
      "hebben. Tegelijk is een onvrijwillige inschrijving een ingrijpende maatregel voor de speler, die niet op "
      "lichte gronden mag worden genomen. " + E5 + " De uitkomsten verwacht ik eind 2026; daarna bepaal ik of de "
      "procedure wordt aangepast.",
      answers=(Answer("5", "partial", E5),)),
    quote("6"),
    P("Ik begrijp de wens om spelers die zich vrijwillig inschrijven langer te beschermen, maar ik verwacht dat een "
      "langere minimale duur juist een drempel opwerpt. Uit gesprekken met hulpverleners en ervaringsdeskundigen "
      "komt naar voren dat spelers een inschrijving van zes maanden als overzichtelijk ervaren, en dat een "
      "inschrijving voor een jaar voor velen een stap te ver is op het moment dat zij hulp zoeken. " + E6 + " Spelers "
      "kunnen bij hun inschrijving wel, zoals nu ook al mogelijk is, zelf voor een langere periode kiezen, en zij "
      "ontvangen voor het einde van hun inschrijving een bericht over de mogelijkheid om te verlengen.",
      answers=(Answer("6", "disagree", E6),)),
    quote("7"),
    P("Ik deel de conclusie dat signalen van risicovol speelgedrag nu versnipperd raken over aanbieders. Een "
      "voorziening waarin het speelgedrag van alle spelers wordt samengebracht, raakt echter aan de bescherming van "
      "persoonsgegevens van een grote groep mensen bij wie geen sprake is van problemen. " + E7 + " In de proef "
      "kunnen aanbieders via een centrale voorziening zien of een speler bij een andere aanbieder zijn "
      "stortingslimiet heeft bereikt. Ik betrek de Autoriteit Persoonsgegevens bij de opzet.",
      answers=(Answer("7", "partial", E7),)),

    H("Reclame en werving", 2),
    quote("8"),
    quote("9"),
    P("Ik deel de analyse van de Rekenkamer dat gerichte reclame en bonussen spelers kunnen aanzetten tot meer en "
      "langer spelen. " + E9 + " De aanbieder mag deze spelers pas weer een bonus aanbieden als hij heeft vastgesteld "
      "dat het risicovolle gedrag is beëindigd. " + E8 + " Sinds 2023 mogen aanbieders alleen gerichte reclame tonen "
      "aan spelers van 24 jaar en ouder die daarvoor toestemming hebben gegeven en die niet in Cruks staan "
      "ingeschreven. Legale aanbieders moeten hun spelers bovendien kunnen wijzen op hun aanbod, om te voorkomen dat "
      "die uitwijken naar illegale sites die zich aan geen enkele regel houden.",
      answers=(Answer("9", "agree", E9), Answer("8", "disagree", E8))),
    quote("10"),
    P("Het WODC voert sinds 2022 in opdracht van het ministerie van Justitie en Veiligheid de monitor 'Jongeren en "
      "kansspelen' uit. In die monitor wordt aan ruim 4.000 jongeren van 12 tot en met 17 jaar gevraagd of zij aan "
      "kansspelen deelnemen en via welke kanalen zij reclame voor kansspelen zien. De resultaten van de meest "
      "recente meting heb ik uw Kamer in juni 2025 toegezonden. Daarnaast houdt de Ksa toezicht op de naleving van "
      "het verbod om reclame op minderjarigen te richten."),

    H("Toezicht en handhaving", 2),
    quote("11"),
    P("De Ksa is een zelfstandig bestuursorgaan en bepaalt zelf hoe zij haar toezicht inricht. Deze aanbeveling is "
      "aan de Ksa gericht, en de Ksa heeft laten weten dat zij daar zelf op zal reageren in haar jaarplan voor 2026. "
      "Ik laat een inhoudelijke reactie op deze aanbeveling daarom aan de Ksa."),
    quote("12"),
    P(E12 + " Ik ben het met de Rekenkamer eens dat de huidige maximale boete onvoldoende afschrikt bij grote "
      "internationale aanbieders. In het wetsvoorstel dat ik in het voorjaar van 2026 indien, verhoog ik de maximale "
      "boete voor overtreding van de zorgplicht naar € 4,5 miljoen of, als dat meer is, 4 procent van de wereldwijde "
      "jaaromzet van het concern. Een bevoegdheid om een vergunning direct te schorsen, zonder dat de vergunninghouder "
      "eerst de gelegenheid krijgt de overtreding te beëindigen, neem ik niet op. Een schorsing zonder voorafgaande "
      "last verhoudt zich slecht tot het beginsel van evenredigheid, en de Ksa kan in spoedeisende gevallen nu al "
      "een last onder dwangsom met een zeer korte begunstigingstermijn opleggen.",
      answers=(Answer("12", "partial", E12),)),
    quote("13"),
    P("De Ksa heeft in 2024 ruim 1.100 illegale websites laten blokkeren of offline laten halen, maar het illegale "
      "aanbod blijft groot en richt zich juist op kwetsbare spelers. " + E13 + " Met deze middelen kan de Ksa onder "
      "meer extra digitale rechercheurs aannemen en de samenwerking met betaaldienstverleners en hostingbedrijven "
      "uitbreiden. De middelen worden gedekt uit de opbrengst van de kansspelheffing en gaan niet ten koste van het "
      "toezicht op de legale aanbieders.",
      answers=(Answer("13", "agree", E13),)),

    H("Preventie en hulp", 2),
    quote("14"),
    P(E14 + " Zij maakt in het voorjaar van 2026 met Zorgverzekeraars Nederland en de brancheorganisatie van "
      "ggz-aanbieders afspraken over de wachttijden voor de behandeling van gokstoornissen, zodat in alle regio's "
      "binnen vier weken na aanmelding een behandeling kan beginnen. De wachttijden worden vanaf dat moment per "
      "regio openbaar gemaakt, zodat zichtbaar wordt waar de afspraken niet worden nagekomen.",
      answers=(Answer("14", "agree", E14),)),
    quote("15"),
    P(E15 + " Het Verslavingspreventiefonds wordt vanaf 2026 besteed op basis van een programma voor vier jaar, met "
      "doelen voor preventie, vroegsignalering en hulp die vooraf toetsbaar zijn geformuleerd. Projecten worden "
      "alleen nog gefinancierd als zij aan een van die doelen bijdragen. Een onafhankelijk onderzoeksbureau "
      "evalueert het programma in 2028 tussentijds en in 2030 aan het einde van de looptijd.",
      answers=(Answer("15", "agree", E15),)),
    quote("16"),
    P("Naasten van mensen met gokproblemen weten nu vaak niet waar zij terechtkunnen, en de Rekenkamer laat zien "
      "dat zij juist buiten kantoortijd behoefte hebben aan steun. " + E16 + " De hulplijn wordt ondergebracht bij "
      "een landelijke organisatie met ervaring in verslavingshulp en verwijst waar nodig door naar regionale "
      "steunpunten.",
      answers=(Answer("16", "agree", E16),)),

    H("Tot slot", 2),
    P("Het rapport van de Rekenkamer laat zien dat verslavingspreventie bij online kansspelen een kwestie van lange "
      "adem is. De maatregelen in deze brief vragen inzet van aanbieders, de Ksa, zorgverzekeraars en hulpverleners. "
      "Ik zal uw Kamer in de jaarlijkse voortgangsbrief over het kansspelbeleid informeren over de uitvoering van de "
      "toezeggingen in deze brief."),
    P("De staatssecretaris van Justitie en Veiligheid,"),
    P("M.E. van Wijngaarden"),
)

RESPONSE = Document(
    title="Reactie op het rapport 'Verslavingspreventie bij online kansspelen'",
    subtitle="Brief van de staatssecretaris van Justitie en Veiligheid aan de Voorzitter van de Tweede Kamer der "
             "Staten-Generaal",
    blocks=RESPONSE_BLOCKS,
    running_header="Reactie op het rapport Verslavingspreventie bij online kansspelen",
    footer="Pagina {page} van {pages}",
    font_family="sans",
    title_page=False,
)

PAIR = Pair(
    name="gambling_addiction_audit",
    report=REPORT,
    response=RESPONSE,
    description="Algemene Rekenkamer-style audit of gambling-addiction prevention in online gambling (16 bulleted "
                "recommendations closing five findings chapters) and the staatssecretaris JenV's letter quoting and "
                "answering each recommendation.",
)
