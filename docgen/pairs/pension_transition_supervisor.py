"""Pair: a fictional Autoriteit Toezicht Pensioenen (ATP) exploration of how pension funds communicate with participants
during the transition to the new pension system, and the SZW minister's letter in reply.

Layout traits this pair tests: a sans report with a title page and a running header; after a full-width foreword and
summary, chapters 1-6 are set in two columns (``Columns``) with level-2 sections inside.  There is no list of
recommendations: fifteen recommendations stand in the running text, each as an unlabelled, indented one-item list
(``style=""``), most preceded by a short bold lead-in of varying wording ("Aanbeveling aan de minister van SZW.",
"Wij bevelen pensioenfondsen aan:", "Advies aan de sector:", "Wij vragen de minister van SZW daarnaast", "Opdracht
aan onszelf.", "Tot slot vragen wij de minister van SZW"); the renderer cannot set a bold run-in inside a paragraph,
so the lead-in is its own bold line and sometimes the first half of the sentence.  R5 has no lead-in at all.  The
gold numbers 1-15 are ids in order of appearance (nothing is printed).  Findings use "moeten"/"zouden" descriptively
(what funds are obliged to do under the Wtp, planned dates, what board members say the government "zou moeten"), and
there are dash lists of findings and a table in the annex that are not recommendations.  Chapter 7 "Tot slot" repeats
six recommendations as unnumbered bullets (T1-T6, duplicate_of 2, 4, 6, 8, 11, 13).  Addressees: the SZW minister,
the ATP itself (an independent body under SZW's responsibility, stated in the report: SZW), the funds and the
Pensioenfederatie (OTHER) and the minister of Financiën (Dienst Toeslagen: FIN).

The response is a serif letter (letterhead, no title page) of the minister of SZW to the Tweede Kamer, answering by
theme under level-2 headings that do not reuse the report's wording and never cite a number; it opens with thanks and
a context section that agrees only with the ATP's general conclusion.  Gold positions:
R1 funds, plan per target group: not addressed ("Dit is aan de sector zelf.", no position).
R2 SZW, overview three months before transition: disagree, polite, pointing at the existing law ("niet opportuun").
R3 SZW, publish plan + inform within a month: partial (first part adopted, second not).
R4 sector, shared glossary: agree without cue words (€ 250.000 and a date).
R5 funds, test communication with target groups: not addressed (never mentioned).
R6 SZW, campaign aimed at groups missed: agree ("neem ... over"), same paragraph as R7.
R7 SZW, legal B1 language norm: disagree ("voer ik echter niet in"), same paragraph as R6.
R8 SZW, structural funding independent pension desk: partial (explores a pilot; "onderschrijf het belang" is a trap).
R9 sector, personal talk for near-retirees: not addressed (only existing practice described).
R10 SZW, free access to the disputes body after transition: agree ("onderschrijf het advies").
R11 SZW, before/after amounts on mijnpensioenoverzicht.nl: agree without cue words (agreement, date, money).
R12 FIN, Dienst Toeslagen informs participants: partial ("onderzoek ik", data exchange not decided).
R13 SZW, power to publish instructions: disagree, blunt, after agreeing with the analysis.
R14 ATP itself, follow-up study 2026: agree ("steun het voornemen", extra budget).
R15 SZW, independent evaluation after the first wave: agree (commits to the asked study: "Ik laat ... evalueren").
All prose is fictional and written for this test set.
"""
from __future__ import annotations

from docgen.model import (
    Answer,
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


def lead(text: str) -> Paragraph:
    """The bold run-in that announces a recommendation."""
    return Paragraph(text, bold=True)


def rec(number: str, text: str, *departments: str) -> ItemList:
    """A recommendation set apart in the running text: indented, no label."""
    return ItemList((ListItem(text, recommendation=Recommendation(number, tuple(departments))),), style="")


def dashes(*texts: str) -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style="–")


def repeat(number: str, original: str, text: str) -> ListItem:
    return ListItem(text, recommendation=Recommendation(number, (), duplicate_of=original))


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REC1 = ("Leg in het communicatieplan per doelgroep vast welke informatie deelnemers op welk moment ontvangen, en deel "
        "een bijgewerkte versie van het plan met deelnemers en het belanghebbendenorgaan zodra de transitiedatum "
        "verschuift.")
REC2 = ("Regel dat iedere deelnemer het individuele transitieoverzicht uiterlijk drie maanden vóór de transitiedatum "
        "ontvangt, zodat er tijd is om vragen te stellen en zo nodig een klacht in te dienen voordat het pensioen "
        "wordt omgezet.")
REC3 = ("Verplicht fondsen om hun communicatieplan openbaar te maken en om deelnemers binnen een maand persoonlijk te "
        "informeren wanneer de transitiedatum verschuift.")
REC4 = ("Stel onder regie van de Pensioenfederatie één begrippenlijst en een set standaardformuleringen op voor het "
        "transitieoverzicht, zodat deelnemers met pensioen bij meerdere fondsen overal dezelfde woorden tegenkomen "
        "voor dezelfde zaken.")
REC5 = ("Wij bevelen pensioenfondsen aan om alle transitiecommunicatie vooraf te testen bij een representatieve groep "
        "deelnemers, met inbegrip van laaggeletterden, deelnemers die het Nederlands niet als moedertaal hebben en "
        "gepensioneerden met weinig digitale vaardigheden, en de uitkomsten van die tests openbaar te maken.")
REC6 = ("Richt de landelijke publiekscampagne over het nieuwe pensioenstelsel tot de laatste transitiedatum "
        "nadrukkelijk op de groepen die de fondsen nu slecht bereiken, en werk daarvoor samen met gemeenten, "
        "bibliotheken en migrantenorganisaties.")
REC7 = ("om in lagere regelgeving vast te leggen dat de kerninformatie over de transitie, te weten het "
        "transitieoverzicht en de begeleidende brief, op taalniveau B1 wordt geschreven.")
REC8 = ("Maak structureel financiering vrij voor een onafhankelijk en kosteloos pensioenloket waar deelnemers met "
        "vragen over hun eigen overgang terechtkunnen, los van het fonds dat hun pensioen uitvoert.")
REC9 = ("Bied deelnemers die binnen vijf jaar met pensioen gaan actief een persoonlijk gesprek aan over de gevolgen van "
        "de transitie voor hun uitkering, en leg vast wat in dat gesprek is besproken.")
REC10 = ("Regel dat deelnemers die het niet eens zijn met de omzetting van hun opgebouwde pensioen, kosteloos een "
         "geschil kunnen voorleggen aan de Geschilleninstantie Pensioenfondsen, ook wanneer de transitie al heeft "
         "plaatsgevonden.")
REC11 = ("om er als verantwoordelijke voor het pensioenstelsel voor te zorgen dat mijnpensioenoverzicht.nl uiterlijk "
         "in de tweede helft van 2026 de verwachte uitkering vóór en na de overgang naast elkaar toont, voor alle "
         "fondsen in dezelfde vorm.")
REC12 = ("Zorg dat Dienst Toeslagen deelnemers van wie het inkomen door de transitie verandert, tijdig en actief wijst "
         "op mogelijke gevolgen voor hun huurtoeslag en zorgtoeslag, en maak daarvoor de nodige gegevensuitwisseling "
         "met pensioenfondsen mogelijk.")
REC13 = ("Geef de ATP de bevoegdheid om een aanwijzing aan een fonds wegens tekortschietende transitiecommunicatie "
         "openbaar te maken, zodat deelnemers en andere fondsen daarvan kennis kunnen nemen.")
REC14 = ("Wij voeren in 2026 een vervolgverkenning uit bij de fondsen die op 1 januari 2026 zijn overgegaan, en "
         "bevragen daarbij ook de deelnemers zelf over wat zij van hun overgang hebben begrepen.")
REC15 = ("om de transitiecommunicatie na de eerste grote overgangsronde onafhankelijk te laten evalueren, met "
         "deelnemers als belangrijkste bron, en de uitkomsten vóór de overgangen van 1 januari 2027 met de sector te "
         "delen.")

CHAPTER_1 = (
    H("1  Aanleiding en aanpak"),
    Columns((
        H2("1.1  Waarom deze verkenning"),
        P("Met de Wet toekomst pensioenen (Wtp) gaat het Nederlandse pensioenstelsel over op een nieuw contract. De "
          "opgebouwde aanspraken van miljoenen deelnemers worden in de meeste gevallen omgezet naar het nieuwe "
          "contract: het zogeheten invaren. Voor deelnemers is dat een ingrijpende gebeurtenis, ook al merken velen er "
          "op de dag van de overgang zelf weinig van. Hun pensioen wordt anders opgebouwd, anders belegd en kan in de "
          "toekomst sneller meebewegen met de financiële markten."),
        P("Of deelnemers de overgang vertrouwen, hangt in belangrijke mate af van wat zij ervan begrijpen. Dat begrip "
          "ontstaat niet vanzelf. Pensioen is voor de meeste mensen een onderwerp waar zij niet dagelijks mee bezig "
          "zijn, en de taal waarin het wordt uitgelegd is vaak technisch. De ATP heeft daarom in het voorjaar van 2025 "
          "een sectorbrede verkenning uitgevoerd naar de manier waarop pensioenfondsen hun deelnemers over de "
          "transitie informeren."),
        P("Deze verkenning is geen onderzoek naar individuele fondsen en leidt niet tot handhavende maatregelen. Het "
          "doel is de sector, de wetgever en onszelf een beeld te geven van wat goed gaat, waar risico's liggen en wat "
          "er nodig is in de periode tot de uiterste transitiedatum van 1 januari 2028."),
        H2("1.2  Het wettelijk kader"),
        P("De ATP is een zelfstandig bestuursorgaan dat toeziet op het gedrag van pensioenuitvoerders tegenover "
          "deelnemers. De minister van Sociale Zaken en Werkgelegenheid is verantwoordelijk voor de wet- en "
          "regelgeving waarop dat toezicht berust en voor de begroting van de ATP.",
          footnotes=("Instellingsbesluit Autoriteit Toezicht Pensioenen, artikel 2. De prudentiële aspecten van het "
                     "toezicht vallen buiten deze verkenning.",)),
        P("Op grond van de Wtp moeten fondsen vóór de transitie een implementatieplan en een communicatieplan "
          "opstellen. Het communicatieplan moet beschrijven hoe het fonds deelnemers, gewezen deelnemers en "
          "gepensioneerden informeert over de gevolgen van de overgang, en het moet worden voorgelegd aan het "
          "verantwoordingsorgaan of het belanghebbendenorgaan. Na de overgang moet het fonds iedere deelnemer binnen "
          "een wettelijke termijn van drie maanden een individueel transitieoverzicht sturen."),
        P("Daarnaast geldt de algemene norm dat informatie correct, duidelijk en evenwichtig moet zijn. Dit is een "
          "open norm: de wet schrijft niet voor hoe een fonds daaraan moet voldoen. Fondsen zouden die ruimte kunnen "
          "gebruiken om hun communicatie op de eigen deelnemers af te stemmen, en een deel van de fondsen doet dat "
          "ook."),
        H2("1.3  Aanpak"),
        P("De verkenning bestond uit vier onderdelen. Wij hebben bij 38 fondsen, samen goed voor ruim 85 procent van de "
          "deelnemers in de sector, een schriftelijke uitvraag gedaan naar hun communicatieplan en de stand van "
          "uitvoering. Bij twaalf van die fondsen hebben wij verdiepende gesprekken gevoerd met bestuurders, "
          "communicatieadviseurs en leden van het belanghebbendenorgaan."),
        P("Verder hebben wij met een panel van 2.400 deelnemers, samengesteld door een onafhankelijk onderzoeksbureau, "
          "een vragenlijst afgenomen en voorbeeldbrieven laten beoordelen. Tot slot hebben medewerkers van de ATP als "
          "zogeheten mystery shopper 64 vragen gesteld aan de klantenservice van twintig fondsen, telefonisch, per "
          "e-mail en via de chatfunctie. Bijlage 1 geeft een overzicht van de fondsen naar type en geplande "
          "transitiedatum.",
          footnotes=("Het panel is samengesteld naar leeftijd, opleidingsniveau, sector en regio. De resultaten zijn "
                     "gewogen naar de samenstelling van de deelnemerspopulatie.",)),
        P("Deze verkenning beschrijft de situatie in de periode maart tot en met juni 2025. Sindsdien hebben fondsen "
          "hun plannen soms aangepast. Waar ons dat bekend is, hebben wij dat vermeld."),
    )),
)

CHAPTER_2 = (
    H("2  Het communicatieplan en de planning"),
    Columns((
        H2("2.1  Plannen op papier"),
        P("Alle 38 fondsen in de verkenning beschikken over een communicatieplan. In de meeste gevallen is dat plan "
          "zorgvuldig opgesteld en besproken met het belanghebbendenorgaan. De plannen verschillen sterk in omvang, "
          "van enkele pagina's tot uitgebreide documenten met een communicatiekalender per maand."),
        P("Opvallend is dat ruim de helft van de plannen nauwelijks onderscheid maakt tussen groepen deelnemers. Een "
          "deelnemer van 27 jaar die net is begonnen, ontvangt dezelfde brieven als iemand die over twee jaar met "
          "pensioen gaat of iemand die al een uitkering ontvangt. De vragen van deze groepen lopen echter sterk "
          "uiteen. Jongere deelnemers willen vooral weten wat er met hun inleg gebeurt; gepensioneerden willen weten "
          "of hun uitkering omhoog of omlaag kan gaan."),
        P("In de gesprekken gaven communicatieadviseurs aan dat een indeling naar doelgroepen wel was overwogen, maar "
          "dat de tijd en het budget ontbraken om die uit te werken. Enkele fondsen hebben een aparte aanpak voor "
          "slapers, de gewezen deelnemers die elders werken of niet meer werken. Zij zijn lastig te bereiken omdat hun "
          "adresgegevens vaak verouderd zijn."),
        lead("Wij bevelen pensioenfondsen aan:"),
        rec("1", REC1, "OTHER"),
        H2("2.2  Een verschuivende planning"),
        P("Volgens de oorspronkelijke planning zouden ruim twintig van de onderzochte fondsen op 1 januari 2026 "
          "overgaan. Bij de afronding van deze verkenning was dat aantal gedaald tot veertien. De overige fondsen "
          "hebben hun transitiedatum uitgesteld, in de meeste gevallen met een jaar. Redenen die zij noemen zijn de "
          "kwaliteit van de pensioenadministratie, de afhankelijkheid van de uitvoeringsorganisatie en de tijd die "
          "nodig bleek voor het overleg met sociale partners."),
        P("Een verschuiving is op zichzelf geen probleem; een zorgvuldige overgang gaat boven een snelle. Wel blijkt "
          "uit het deelnemerspanel dat een verschuiving verwarring geeft. Van de panelleden die bij een fonds met een "
          "uitgestelde datum zijn aangesloten, wist 61 procent niet dat de datum was veranderd. Een deel van hen "
          "dacht dat de overgang al had plaatsgevonden."),
        P("Fondsen moeten hun deelnemers weliswaar informeren over de transitie, maar de wet bevat geen termijn "
          "waarbinnen een gewijzigde datum moet worden gemeld. Veel fondsen volstaan met een bericht op de website. "
          "Slechts vijf fondsen stuurden hun deelnemers een persoonlijke brief of e-mail over het uitstel."),
        H2("2.3  Het transitieoverzicht komt laat"),
        P("Het belangrijkste document voor de individuele deelnemer is het transitieoverzicht: een persoonlijk "
          "overzicht van het pensioen vóór en na de omzetting. Omdat de wet dit overzicht pas ná de transitie "
          "voorschrijft, krijgt de deelnemer zijn persoonlijke cijfers op een moment waarop de omzetting al een feit "
          "is. Vóór de overgang ontvangt hij in de regel alleen algemene informatie, soms met voorbeeldberekeningen "
          "voor fictieve deelnemers."),
        P("Fondsen wijzen erop dat de definitieve bedragen pas na de overgang vaststaan, omdat de vermogensverdeling "
          "afhangt van de dekkingsgraad op de transitiedatum. Dat is juist. Tegelijk laten de fondsen die hun "
          "deelnemers vooraf een indicatief persoonlijk overzicht stuurden, zien dat dit goed mogelijk is: zij "
          "vermelden een bandbreedte en leggen uit waarom het definitieve bedrag nog kan afwijken. Bij die fondsen "
          "was het aantal vragen na de overgang beduidend lager."),
        P("Deelnemers in ons panel waren hierover eenduidig. Van hen gaf 78 procent aan de persoonlijke gevolgen "
          "liever vóór de overgang te kennen, ook als het bedrag dan nog niet definitief is."),
        lead("Aanbeveling aan de minister van SZW."),
        rec("2", REC2, "SZW"),
        P("Voor een goed begrip van de planning is daarnaast openheid nodig. Deelnemers, werkgevers en "
          "belangenorganisaties kunnen nu vaak niet nagaan wat een fonds van plan is, omdat het communicatieplan een "
          "intern document is. Slechts zes van de 38 fondsen publiceren hun plan, geheel of in een samenvatting."),
        lead("Aanbeveling aan de minister van SZW."),
        rec("3", REC3, "SZW"),
    )),
)

CHAPTER_3 = (
    H("3  Begrijpelijke taal en het bereik van kwetsbare groepen"),
    Columns((
        H2("3.1  Wat deelnemers begrijpen"),
        P("De kernvraag van deze verkenning is of deelnemers begrijpen wat de overgang voor hen betekent. Het antwoord "
          "is ontnuchterend. In ons panel kon 34 procent in eigen woorden uitleggen wat er met het pensioen verandert. "
          "Bij deelnemers met een praktische opleiding was dat 19 procent, bij deelnemers ouder dan 70 jaar 22 procent."),
        P("De panelleden beoordeelden twaalf voorbeeldbrieven van fondsen. Hun belangrijkste bevindingen waren:"),
        dashes(
            "de brieven gebruiken veel vaktermen, zoals 'solidariteitsreserve', 'projectierendement' en "
            "'vermogensdeling', die niet of pas verderop worden uitgelegd;",
            "dezelfde zaak heet bij verschillende fondsen anders: wat het ene fonds 'persoonlijk pensioenvermogen' "
            "noemt, heet bij een ander 'uw pensioenpot' of 'uw aandeel in het fonds';",
            "voorbeeldberekeningen gaan vaak uit van een deelnemer met een volledige loopbaan bij één werkgever, een "
            "situatie die voor een groot deel van de deelnemers niet geldt;",
            "de toon is meestal geruststellend, maar de risico's van het nieuwe contract worden minder duidelijk "
            "beschreven dan de voordelen.",
        ),
        P("Het verschil in begrippen weegt zwaar voor deelnemers die bij meer dan één fonds pensioen hebben opgebouwd. "
          "Dat geldt voor ongeveer twee op de drie werkenden. Zij ontvangen de komende jaren overzichten van "
          "verschillende fondsen, in verschillende bewoordingen, die zij niet met elkaar kunnen vergelijken."),
        lead("Advies aan de sector:"),
        rec("4", REC4, "OTHER"),
        P("Een deel van de fondsen laat brieven vooraf lezen door een klein aantal deelnemers, meestal leden van het "
          "belanghebbendenorgaan of medewerkers van de eigen uitvoeringsorganisatie. Dat is waardevol, maar deze "
          "lezers zijn doorgaans hoger opgeleid en beter ingevoerd in pensioen dan de gemiddelde deelnemer. De groepen "
          "die de informatie het moeilijkst vinden, zijn in die tests nauwelijks vertegenwoordigd."),
        rec("5", REC5, "OTHER"),
        H2("3.2  Wie er niet wordt bereikt"),
        P("Naar schatting zijn ruim 2,5 miljoen volwassenen in Nederland laaggeletterd. Daarnaast hebben veel "
          "deelnemers in sectoren als schoonmaak, landbouw, de vleesverwerking en de uitzendbranche een andere "
          "moedertaal dan het Nederlands. Fondsen in deze sectoren melden dat een groot deel van hun post ongeopend "
          "blijft of als reclame wordt gezien."),
        P("Verschillende bestuurders vinden dat de overheid haar publiekscampagne over het nieuwe stelsel zou moeten "
          "verlengen, omdat de fondsen het niet alleen kunnen. De ATP deelt die zorg in zoverre dat de huidige "
          "campagne vooral de groepen bereikt die toch al goed geïnformeerd zijn. Uit het deelnemerspanel blijkt dat "
          "71 procent van de hoger opgeleiden de campagne had gezien, tegen 38 procent van de deelnemers met een "
          "praktische opleiding."),
        lead("Aanbeveling aan de minister van SZW."),
        rec("6", REC6, "SZW"),
        P("Eenvoudige taal is geen luxe voor deze groepen maar een voorwaarde. Fondsen zijn vrij in de wijze waarop zij "
          "de open norm van duidelijke informatie invullen. In de praktijk schrijft een minderheid op taalniveau B1, "
          "het niveau dat ongeveer 80 procent van de bevolking zonder moeite kan lezen. Van de twaalf beoordeelde "
          "brieven haalde er één dat niveau."),
        lead("Wij vragen de minister van SZW daarnaast"),
        rec("7", REC7, "SZW"),
        H2("3.3  Waar deelnemers met vragen terechtkunnen"),
        P("Deelnemers met vragen kunnen terecht bij de klantenservice van hun fonds. Uit de mystery-shoponderzoeken "
          "blijkt dat de bereikbaarheid goed is: 57 van de 64 vragen werden binnen de gestelde termijn beantwoord. De "
          "kwaliteit van de antwoorden wisselde. Vragen over de eigen situatie werden vaak beantwoord met een "
          "verwijzing naar de algemene website, en vragen over de samenhang met een pensioen bij een ander fonds "
          "konden vrijwel nooit worden beantwoord."),
        P("Bovendien heeft een klantenservice van het fonds een dubbele rol: zij legt uit wat het fonds heeft besloten, "
          "en is daarmee niet de plek waar een deelnemer een onafhankelijk oordeel krijgt. Deelnemers die twijfelen "
          "of de overgang voor hen gunstig uitpakt, zoeken daarom elders hulp. Zij komen terecht bij "
          "vakbondsspreekuren, bij vrijwilligers van ouderenbonden of bij commerciële adviseurs, en lang niet iedereen "
          "heeft daar toegang toe."),
        lead("Aanbeveling aan de minister van SZW."),
        rec("8", REC8, "SZW"),
    )),
)

CHAPTER_4 = (
    H("4  Keuzes, vragen en geschillen"),
    Columns((
        H2("4.1  Deelnemers dicht bij hun pensioendatum"),
        P("Voor deelnemers die binnen enkele jaren met pensioen gaan, is de overgang het meest tastbaar. Zij moeten "
          "in dezelfde periode keuzes maken over de ingangsdatum, de hoogte van de uitkering en het opnemen van een "
          "bedrag ineens. Die keuzes hangen samen met de uitkomst van de transitie, die voor hen een directe invloed "
          "op de eerste uitkering kan hebben."),
        P("Van de onderzochte fondsen biedt ongeveer een derde deze groep een persoonlijk gesprek aan. Bij de overige "
          "fondsen moet de deelnemer zelf het initiatief nemen. Wie dat doet, krijgt in de regel een goed gesprek, "
          "maar het gesprek wordt zelden vastgelegd. Als er later onenigheid ontstaat over wat er is gezegd, staat de "
          "deelnemer met lege handen."),
        lead("Advies aan de sector:"),
        rec("9", REC9, "OTHER"),
        H2("4.2  Het oneens zijn met de omzetting"),
        P("Deelnemers hebben bij het invaren geen individueel bezwaarrecht. Wel kunnen zij een geschil over de "
          "uitvoering van de transitie voorleggen aan de Geschilleninstantie Pensioenfondsen. Die instantie toetst of "
          "het fonds de omzetting juist heeft uitgevoerd, bijvoorbeeld of de juiste gegevens zijn gebruikt.",
          footnotes=("De Geschilleninstantie Pensioenfondsen is ingesteld om geschillen over de transitie laagdrempelig "
                     "en buiten de rechter te beslechten.",)),
        P("In de praktijk stuiten deelnemers op twee drempels. Ten eerste vraagt de instantie een bijdrage in de "
          "kosten, die voor deelnemers met een klein pensioen niet in verhouding staat tot het belang. Ten tweede is "
          "de toegang in de huidige regeling beperkt tot geschillen die vóór of kort na de transitiedatum worden "
          "aangemeld. Omdat het transitieoverzicht pas na de overgang komt, ontdekken deelnemers een mogelijke fout "
          "soms pas wanneer die termijn al bijna is verstreken."),
        P("Bij de fondsen die wij spraken, waren tot juni 2025 nauwelijks geschillen aangemeld. Dat zegt weinig: de "
          "grote overgangen moeten nog plaatsvinden, en deelnemers die niet begrijpen wat er is veranderd, zullen ook "
          "niet snel een fout opmerken."),
        lead("Aanbeveling aan de minister van SZW."),
        rec("10", REC10, "SZW"),
    )),
)

CHAPTER_5 = (
    H("5  Digitale overzichten en de samenhang met toeslagen"),
    Columns((
        H2("5.1  Eén plek voor het hele pensioen"),
        P("Voor deelnemers met pensioen bij meerdere fondsen is mijnpensioenoverzicht.nl de enige plek waar zij hun "
          "totale pensioen kunnen zien. De website wordt beheerd door de Stichting Pensioenregister, die door de "
          "uitvoerders wordt gefinancierd. Tijdens de transitie toont de website per fonds het pensioen zoals het "
          "fonds dat aanlevert, in de ene periode volgens het oude contract en in de andere periode volgens het "
          "nieuwe."),
        P("Het gevolg is dat een deelnemer op de website op een zeker moment een bedrag ziet dat hij niet kan plaatsen. "
          "Hij kan niet zien of een verschil voortkomt uit de overgang, uit een andere rekenmethode of uit een wijziging "
          "in zijn eigen situatie. In het panel gaf een op de vijf deelnemers aan de website de afgelopen maanden te "
          "hebben bezocht; van hen zei de helft de bedragen niet te begrijpen."),
        P("Het Pensioenregister heeft plannen om de vóór- en na-situatie naast elkaar te tonen, maar daarvoor moeten "
          "alle fondsen gegevens in dezelfde vorm aanleveren, en de financiering is niet rond. Zonder regie vanuit het "
          "Rijk zou het nog jaren kunnen duren voordat alle fondsen zijn aangesloten."),
        lead("Wij bevelen de minister van SZW aan"),
        rec("11", REC11, "SZW"),
        H2("5.2  Gevolgen voor toeslagen"),
        P("De transitie kan de hoogte van een pensioenuitkering veranderen. Voor gepensioneerden met een laag inkomen "
          "kan ook een kleine verhoging gevolgen hebben voor hun huurtoeslag of zorgtoeslag. Zij moeten een wijziging "
          "van hun inkomen zelf doorgeven aan Dienst Toeslagen, anders volgt later een terugvordering."),
        P("Geen van de onderzochte fondsen wijst gepensioneerden hier actief op. Fondsen geven aan dat zij niet weten "
          "welke deelnemers toeslagen ontvangen, en dat zij daarover ook geen gegevens mogen ontvangen. Dienst "
          "Toeslagen beschikt wel over die gegevens, maar weet niet wanneer en hoe een uitkering door de transitie "
          "verandert. Het risico is het grootst bij gepensioneerden die in januari een verhoging krijgen en pas "
          "anderhalf jaar later een terugvordering ontvangen."),
        lead("Aanbeveling aan de minister van Financiën."),
        rec("12", REC12, "FIN"),
    )),
)

CHAPTER_6 = (
    H("6  Het toezicht"),
    Columns((
        H2("6.1  Instrumenten van de ATP"),
        P("De ATP ziet toe op de naleving van de informatieverplichtingen. Daarvoor beschikt zij over de gebruikelijke "
          "instrumenten: een normoverdragend gesprek, een aanwijzing, een last onder dwangsom en een bestuurlijke "
          "boete. Een boete wordt in de regel openbaar gemaakt; een aanwijzing niet. Fondsen hoeven een aanwijzing ook "
          "niet zelf aan hun deelnemers te melden."),
        P("Bij tekortschietende communicatie is de aanwijzing het meest passende middel, omdat zij een fonds dwingt de "
          "communicatie te verbeteren zonder het fonds te beboeten voor een tekortkoming waar deelnemers uiteindelijk "
          "zelf voor betalen. Juist bij dit middel weten deelnemers en andere fondsen echter niet wat er is "
          "misgegaan. Daarmee gaat een belangrijke leer- en preventieve werking verloren."),
        lead("Aanbeveling aan de minister van SZW."),
        rec("13", REC13, "SZW"),
        H2("6.2  Wat wij zelf gaan doen"),
        P("Deze verkenning is een momentopname vóór de grote overgangen. Of de communicatie deelnemers werkelijk helpt, "
          "blijkt pas na de overgang. De ATP wil daarom vinger aan de pols houden, en dat nadrukkelijk niet alleen "
          "door de fondsen te bevragen."),
        lead("Opdracht aan onszelf."),
        rec("14", REC14, "SZW"),
        P("De ATP zal daarnaast de bevindingen van deze verkenning bespreken in de reguliere toezichtgesprekken met de "
          "fondsen die in 2027 overgaan. Dat gebeurt binnen het bestaande toezicht en vraagt geen nieuwe afspraken."),
        H2("6.3  Leren van de eerste overgangen"),
        P("De fondsen die op 1 januari 2026 overgaan, zijn de eerste grote groep. Wat zij goed en minder goed doen, is "
          "van direct belang voor de fondsen die later volgen, waaronder enkele van de grootste fondsen van "
          "Nederland. Die lessen moeten dan wel op tijd beschikbaar zijn, en ze moeten gebaseerd zijn op de ervaring "
          "van deelnemers en niet alleen op de ervaring van bestuurders."),
        lead("Tot slot vragen wij de minister van SZW"),
        rec("15", REC15, "SZW"),
    )),
)

CHAPTER_7 = (
    PageBreak(),
    H("7  Tot slot"),
    P("De overgang naar het nieuwe pensioenstelsel is de grootste operatie in de geschiedenis van de Nederlandse "
      "pensioensector. Fondsen steken er veel tijd en geld in, en de communicatie krijgt bij de meeste fondsen "
      "terecht aandacht op bestuursniveau. Toch bereikt die communicatie een groot deel van de deelnemers niet of "
      "nauwelijks. Dat is geen kwestie van onwil, maar van een aanpak die te weinig vertrekt vanuit de deelnemer."),
    P("In de voorgaande hoofdstukken doen wij aanbevelingen aan de fondsen, aan de sector als geheel, aan de "
      "minister van SZW, aan de minister van Financiën en aan onszelf. De belangrijkste daarvan zijn:"),
    ItemList(style="•", items=(
        repeat("T1", "2", "geef deelnemers hun persoonlijke transitieoverzicht vóór de overgang, en niet pas daarna;"),
        repeat("T2", "4", "gebruik in de hele sector dezelfde begrippen voor dezelfde zaken;"),
        repeat("T3", "6", "richt de publiekscampagne op de groepen die de fondsen nu niet bereiken;"),
        repeat("T4", "8", "zorg voor een onafhankelijk en kosteloos pensioenloket;"),
        repeat("T5", "11", "laat mijnpensioenoverzicht.nl de situatie vóór en na de overgang naast elkaar tonen;"),
        repeat("T6", "13", "maak aanwijzingen over tekortschietende transitiecommunicatie openbaar."),
    )),
    P("De tijd dringt. Voor de fondsen die op 1 januari 2026 overgaan, komen veel van deze aanbevelingen te laat. Voor "
      "de fondsen die in 2027 volgen, en voor hun deelnemers, is er nog ruimte om het beter te doen. De ATP zal de "
      "uitvoering van deze aanbevelingen volgen en er in haar vervolgverkenning op terugkomen."),
    PageBreak(),
    H("Bijlage 1  Fondsen in de verkenning"),
    P("De tabel geeft de 38 fondsen in de verkenning weer naar type fonds en naar de transitiedatum die zij bij de "
      "uitvraag in april 2025 hadden gepland. Bij de afronding van de verkenning hadden zes fondsen hun datum "
      "inmiddels verschoven; die wijzigingen zijn in de tabel niet verwerkt."),
    Table(
        header=("Type fonds", "1 januari 2026", "1 januari 2027", "1 januari 2028", "Totaal"),
        rows=(
            ("Bedrijfstakpensioenfonds", "11", "9", "3", "23"),
            ("Ondernemingspensioenfonds", "6", "3", "2", "11"),
            ("Beroepspensioenfonds", "1", "2", "1", "4"),
            ("Totaal", "18", "14", "6", "38"),
        ),
        widths=(2.6, 1.3, 1.3, 1.3, 1.0),
        rules="rows",
    ),
    P("Van de twaalf fondsen waar verdiepende gesprekken zijn gevoerd, zijn er zeven bedrijfstakpensioenfondsen, "
      "vier ondernemingspensioenfondsen en één beroepspensioenfonds. De ATP maakt de namen van de fondsen niet "
      "bekend, omdat de verkenning niet is bedoeld om individuele fondsen te beoordelen."),
)

REPORT_BLOCKS = (
    H("Voorwoord"),
    P("Pensioen gaat over later, maar de keuzes die nu worden gemaakt, raken miljoenen mensen. De overgang naar het "
      "nieuwe pensioenstelsel verandert voor vrijwel iedere werkende en gepensioneerde in Nederland hoe het pensioen "
      "wordt opgebouwd en uitgekeerd. Of die mensen de overgang vertrouwen, hangt voor een groot deel af van hoe hun "
      "fonds hen daarover informeert."),
    P("Met deze verkenning wil de Autoriteit Toezicht Pensioenen bijdragen aan die informatie. Wij hebben gekeken naar "
      "wat fondsen doen, maar vooral naar wat deelnemers ervan begrijpen. Wij danken de fondsen, de "
      "belanghebbendenorganen en de deelnemers in ons panel voor hun medewerking, en de Pensioenfederatie voor het "
      "meedenken over de opzet."),
    P("Namens het bestuur van de Autoriteit Toezicht Pensioenen, drs. M.E. Hofstede-Ruys, voorzitter"),
    H("Samenvatting"),
    P("Alle onderzochte fondsen hebben een communicatieplan, en de meeste fondsen besteden veel aandacht aan de "
      "transitie. Toch kon in ons panel maar een derde van de deelnemers uitleggen wat er met het pensioen verandert. "
      "Bij deelnemers met een praktische opleiding en bij ouderen lag dat aandeel nog lager."),
    P("Wij zien vier oorzaken. De communicatie is weinig toegesneden op groepen deelnemers. De persoonlijke cijfers "
      "komen pas na de overgang. De taal is technisch en verschilt van fonds tot fonds. En de groepen die het meest "
      "kwetsbaar zijn, worden het minst bereikt. Daarnaast signaleren wij risico's rond de samenhang met toeslagen en "
      "rond de toegang tot geschilbeslechting."),
    P("Wij doen in dit rapport aanbevelingen aan de pensioenfondsen, aan de sector als geheel, aan de minister van "
      "Sociale Zaken en Werkgelegenheid, aan de minister van Financiën en aan onszelf. De aanbevelingen staan in de "
      "hoofdstukken waar de bevindingen worden besproken; hoofdstuk 7 vat de belangrijkste samen."),
    PageBreak(),
) + CHAPTER_1 + CHAPTER_2 + CHAPTER_3 + CHAPTER_4 + CHAPTER_5 + CHAPTER_6 + CHAPTER_7

REPORT = Document(
    title="Duidelijk op weg?",
    subtitle="Een sectorbrede verkenning naar de communicatie van pensioenfondsen met hun deelnemers tijdens de "
             "overgang naar het nieuwe pensioenstelsel",
    blocks=REPORT_BLOCKS,
    running_header="Autoriteit Toezicht Pensioenen  ·  Verkenning transitiecommunicatie  ·  september 2025",
    footer="{page}",
    font_size=9.5,
    font_family="sans",
    imprint=("Autoriteit Toezicht Pensioenen", "Den Haag, september 2025", "Kenmerk ATP/V/2025-14"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV2 = ("Een extra wettelijke termijn vóór de transitiedatum acht ik in deze fase van de transitie niet opportuun.")
EV3 = "Van dit advies neem ik het eerste deel over, het tweede deel niet."
EV4 = ("Mijn ministerie draagt € 250.000 bij aan de ontwikkeling van deze begrippenlijst, die de Pensioenfederatie "
       "uiterlijk in maart 2026 met de standaardformuleringen publiceert.")
EV6 = ("Ik neem de aanbeveling over om de publiekscampagne tot en met 2027 gerichter in te zetten op deelnemers die de "
       "fondsen nu slecht bereiken.")
EV7 = "Een wettelijke norm voor het taalniveau van het transitieoverzicht en de begeleidende brief voer ik echter niet in."
EV8 = ("Daarom verken ik met de Pensioenfederatie, het Nibud en enkele gemeenten of in 2026 een proef met een "
       "onafhankelijk pensioenspreekuur in bibliotheken kan starten.")
EV10 = ("Ik onderschrijf het advies om deelnemers ook na de overgang kosteloos toegang te geven tot de "
        "Geschilleninstantie Pensioenfondsen.")
EV11 = ("Met de Stichting Pensioenregister heb ik afgesproken dat mijnpensioenoverzicht.nl vanaf 1 juli 2026 voor alle "
        "deelnemers de verwachte uitkering vóór en na de overgang naast elkaar toont, in één vaste opmaak.")
EV12 = ("Samen met de staatssecretaris van Financiën onderzoek ik of Dienst Toeslagen gepensioneerden van wie de "
        "uitkering door de transitie verandert, gericht kan attenderen op de mogelijke gevolgen voor hun toeslagen.")
EV13 = "Deze aanbeveling neem ik niet over."
EV14 = ("Ik steun het voornemen van de ATP om in 2026 een vervolgverkenning uit te voeren en maak daarvoor € 400.000 "
        "extra vrij op haar begroting.")
EV15 = ("Ik laat de communicatie rond de overgangen van 1 januari 2026 daarom onafhankelijk evalueren, met deelnemers "
        "zelf als belangrijkste bron.")

RESPONSE_BLOCKS = (
    P("Datum  14 november 2025"),
    P("Betreft  Reactie op de verkenning 'Duidelijk op weg?' van de Autoriteit Toezicht Pensioenen"),
    P("Geachte voorzitter,"),
    P("Op 30 september 2025 heeft de Autoriteit Toezicht Pensioenen (ATP) haar verkenning 'Duidelijk op weg?' "
      "gepubliceerd. De ATP heeft daarin onderzocht hoe pensioenfondsen hun deelnemers informeren over de overgang "
      "naar het nieuwe pensioenstelsel. Met deze brief bied ik u de verkenning aan en geef ik mijn reactie, mede "
      "namens de staatssecretaris van Financiën voor zover het de samenhang met toeslagen betreft."),
    P("Ik dank de ATP voor deze verkenning. Zij komt op een goed moment: de eerste grote groep fondsen is op 1 januari "
      "2026 overgegaan of staat op het punt dat te doen, en de fondsen die later volgen, kunnen de lessen nog "
      "gebruiken. Ik waardeer in het bijzonder dat de ATP niet alleen de fondsen heeft bevraagd, maar ook een groot "
      "panel van deelnemers."),
    H2("Algemeen beeld"),
    P("De verkenning laat zien dat fondsen veel werk maken van hun communicatie, maar dat een groot deel van de "
      "deelnemers nog niet begrijpt wat de overgang voor hen betekent. Ik herken dat beeld. Het sluit aan bij de "
      "uitkomsten van de monitor die mijn ministerie tweemaal per jaar laat uitvoeren, waarin het kennisniveau over "
      "het nieuwe stelsel de afgelopen jaren slechts langzaam is gestegen."),
    P("Ik onderschrijf de conclusie van de ATP dat begrijpelijke informatie een voorwaarde is voor vertrouwen in de "
      "overgang. Tegelijk wil ik benadrukken dat de verantwoordelijkheid voor die informatie in de eerste plaats bij "
      "de fondsen ligt. De wet geeft hun bewust ruimte om hun communicatie af te stemmen op de eigen deelnemers. In "
      "het vervolg van deze brief ga ik per onderwerp in op de aanbevelingen die aan mij en aan de staatssecretaris "
      "van Financiën zijn gericht, en op enkele aanbevelingen aan de sector."),
    H2("Persoonlijke cijfers en het moment van informeren"),
    P("De ATP stelt voor dat deelnemers hun individuele transitieoverzicht al vóór de overgang ontvangen. Ik begrijp "
      "de wens van deelnemers om vooraf te weten waar zij aan toe zijn. Fondsen zijn op grond van de Wtp nu al "
      "verplicht deelnemers vóór de transitie te informeren over de gevolgen van de overgang, en veel fondsen geven "
      "daarbij een indicatie van het persoonlijke pensioen. Het transitieoverzicht zelf volgt na de overgang, omdat "
      "pas dan de definitieve bedragen bekend zijn. " + EV2 + " Fondsen zouden deelnemers dan binnen korte tijd twee "
      "overzichten met verschillende bedragen moeten sturen, en dat komt de duidelijkheid niet ten goede.",
      answers=(Answer("2", "disagree", EV2),)),
    P("De ATP vraagt ook om meer openheid over de planning. " + EV3 + " Ik zal fondsen verplichten hun "
      "communicatieplan, of een samenvatting daarvan, op hun website te publiceren; ik neem die verplichting op in de "
      "wijziging van het Besluit uitvoering Pensioenwet die ik in het voorjaar van 2026 in consultatie breng. Een vaste "
      "termijn van een maand om deelnemers persoonlijk over een gewijzigde transitiedatum te informeren, leg ik niet "
      "vast. Fondsen verschuiven hun datum om zeer uiteenlopende redenen en op uiteenlopende momenten; een uniforme "
      "termijn doet daar geen recht aan.",
      answers=(Answer("3", "partial", EV3),)),
    H2("Eén taal voor het pensioen"),
    P("Het is voor deelnemers verwarrend dat dezelfde zaak bij verschillende fondsen verschillend wordt genoemd. De "
      "Pensioenfederatie heeft mij laten weten dat zij, samen met het Verbond van Verzekeraars en de "
      "pensioenuitvoerders, werkt aan een gemeenschappelijke begrippenlijst voor het nieuwe stelsel. " + EV4 + " Ik "
      "vraag de ATP om in haar toezicht na te gaan of de fondsen de lijst ook gebruiken.",
      answers=(Answer("4", "agree", EV4),)),
    H2("Deelnemers die moeilijk worden bereikt"),
    P("De verkenning laat pijnlijk duidelijk zien dat vooral deelnemers met een praktische opleiding, ouderen en "
      "deelnemers met een andere moedertaal de informatie missen. " + EV6 + " Het ministerie zet daarvoor vanaf "
      "februari 2026 voorlichters in die samen met gemeenten, bibliotheken en migrantenorganisaties bijeenkomsten "
      "organiseren, en de campagne wordt beschikbaar in zeven talen. " + EV7 + " De open norm dat informatie correct, "
      "duidelijk en evenwichtig moet zijn, biedt de ATP voldoende houvast om onbegrijpelijke brieven aan te pakken, "
      "en een vast taalniveau zou bij technische onderwerpen eerder tot onvolledige informatie leiden dan tot "
      "betere.",
      answers=(Answer("6", "agree", EV6), Answer("7", "disagree", EV7))),
    P("De ATP wijst er ook op dat deelnemers met vragen behoefte hebben aan een onafhankelijk aanspreekpunt, los van "
      "hun eigen fonds. Ik onderschrijf het belang van onafhankelijke hulp, juist voor deelnemers die geen toegang "
      "hebben tot een vakbondsspreekuur of een adviseur. " + EV8 + " Structurele financiering van een landelijk "
      "loket kan ik op dit moment niet toezeggen; ik wil eerst weten of deelnemers van een dergelijke voorziening "
      "gebruikmaken en welke vragen zij stellen.",
      answers=(Answer("8", "partial", EV8),)),
    H2("Begeleiding rond de pensioendatum en geschillen"),
    P("Veel fondsen bieden deelnemers die binnen enkele jaren met pensioen gaan al een persoonlijk gesprek aan, "
      "telefonisch, via een videoverbinding of op een spreekuur in de regio. Deelnemers die zelf om een gesprek "
      "vragen, kunnen daarvoor bij vrijwel ieder fonds terecht. Daarnaast bieden de fondsen via hun website "
      "planners waarmee deelnemers de gevolgen van hun keuzes rond de pensioendatum kunnen doorrekenen."),
    P("Deelnemers hebben bij het invaren geen individueel bezwaarrecht. Des te belangrijker is dat zij een geschil "
      "over de uitvoering laagdrempelig kunnen laten beoordelen. " + EV10 + " Ik regel in de Verzamelwet pensioenen "
      "2026 dat de eigen bijdrage voor geschillen over de transitie vervalt en dat de termijn voor het aanmelden van "
      "een geschil pas begint te lopen nadat de deelnemer zijn transitieoverzicht heeft ontvangen. De extra kosten "
      "voor de Geschilleninstantie worden gedragen door de gezamenlijke fondsen, zoals bij de instelling is "
      "afgesproken.",
      answers=(Answer("10", "agree", EV10),)),
    H2("Het totaaloverzicht van het pensioen"),
    P("Voor deelnemers met pensioen bij meerdere fondsen is een totaaloverzicht onmisbaar. " + EV11 + " Het ministerie "
      "draagt eenmalig € 1,2 miljoen bij aan de aanpassing van de website; de fondsen leveren hun gegevens vanaf "
      "dat moment aan volgens een gezamenlijke standaard. Over de voortgang informeer ik uw Kamer in de "
      "voortgangsbrief over de pensioentransitie.",
      answers=(Answer("11", "agree", EV11),)),
    H2("Samenhang met toeslagen"),
    P("Een wijziging van de pensioenuitkering kan gevolgen hebben voor de huurtoeslag en de zorgtoeslag. Toeslagen "
      "worden bevoorschot op basis van het inkomen dat de aanvrager zelf opgeeft, en wijzigingen moeten door de "
      "aanvrager worden doorgegeven. Dienst Toeslagen stuurt aanvragers daarnaast jaarlijks een bericht met het "
      "verzoek het geschatte inkomen te controleren."),
    P(EV12 + " Een structurele uitwisseling van gegevens tussen fondsen en Dienst Toeslagen vraagt om een wettelijke "
      "grondslag en om een zorgvuldige afweging van de privacybelangen van deelnemers. Daarover neem ik op dit "
      "moment geen besluit. De staatssecretaris van Financiën en ik informeren uw Kamer voor de zomer van 2026 over "
      "de uitkomst van dit onderzoek.",
      answers=(Answer("12", "partial", EV12),)),
    H2("De rol van de toezichthouder"),
    P("De ATP stelt voor dat zij een aanwijzing over tekortschietende transitiecommunicatie openbaar mag maken. Ik "
      "deel de analyse van de ATP dat openbaarheid een preventieve werking kan hebben en dat andere fondsen van de "
      "fouten van een fonds kunnen leren. " + EV13 + " Een aanwijzing is bedoeld om een fonds tot verbetering te "
      "bewegen, en openbaarmaking zou in deze fase vooral onrust bij deelnemers veroorzaken over een fonds dat de "
      "fout juist herstelt. De ATP kan de lessen uit haar toezicht al geanonimiseerd met de sector delen, en doet "
      "dat ook.",
      answers=(Answer("13", "disagree", EV13),)),
    P(EV14 + " Ik vind het waardevol dat de ATP daarbij deelnemers zelf bevraagt over wat zij van hun overgang hebben "
      "begrepen.",
      answers=(Answer("14", "agree", EV14),)),
    H2("Lessen uit de eerste overgangen"),
    P("Het is van groot belang dat de fondsen die in 2027 en 2028 overgaan, kunnen leren van de ervaringen in 2026. "
      + EV15 + " Het onderzoeksbureau dat ik daarvoor selecteer, rapporteert vóór 1 oktober 2026, zodat de fondsen "
      "die op 1 januari 2027 overgaan de uitkomsten nog kunnen gebruiken. Ik deel de uitkomsten met de "
      "Pensioenfederatie en met uw Kamer.",
      answers=(Answer("15", "agree", EV15),)),
    H2("Verantwoordelijkheid van de fondsen"),
    P("De aanbeveling om het communicatieplan per doelgroep uit te werken en het plan opnieuw te delen zodra de "
      "transitiedatum verschuift, richt de ATP tot de pensioenfondsen. Dit is aan de sector zelf. De "
      "Pensioenfederatie heeft mij laten weten dat zij de verkenning in december met haar leden bespreekt."),
    H2("Tot slot"),
    P("De overgang naar het nieuwe pensioenstelsel vraagt de komende jaren veel van fondsen, van toezichthouders en "
      "van deelnemers zelf. De verkenning van de ATP maakt duidelijk dat goede bedoelingen niet genoeg zijn: "
      "informatie moet aankomen bij de mensen voor wie zij bedoeld is. Ik blijf daar met de sector en de ATP "
      "scherp op letten en informeer uw Kamer over de voortgang in de halfjaarlijkse voortgangsbrief over de "
      "pensioentransitie."),
    P("De minister van Sociale Zaken en Werkgelegenheid,"),
    P("mr. J.H. van Leeuwaarden"),
)

RESPONSE = Document(
    title="Ministerie van Sociale Zaken en Werkgelegenheid",
    subtitle="Aan de Voorzitter van de Tweede Kamer der Staten-Generaal, Postbus 20018, 2500 EA Den Haag",
    blocks=RESPONSE_BLOCKS,
    running_header="Reactie op de ATP-verkenning transitiecommunicatie  |  kenmerk 2025-0000318752",
    footer="Pagina {page} van {pages}",
    font_family="serif",
    title_page=False,
)

PAIR = Pair(
    name="pension_transition_supervisor",
    report=REPORT,
    response=RESPONSE,
    description="ATP (fictional pension supervisor) exploration of transition communication: fifteen recommendations "
                "inline in two-column chapters after bold lead-ins, six repeated as bullets in 'Tot slot'; the SZW "
                "minister's letter answers by theme without numbers, one paragraph agrees and refuses, one "
                "recommendation to the funds is left to the sector, one only meets a description of practice.",
)
