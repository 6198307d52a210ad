"""Pair: a fictional Inspectie Participatie en Arbeid report on the civic integration system in municipalities
(inburgering, Wet inburgering 2021), and the answering letter of the minister of SZW.

Layout traits this pair tests.  The report (sans, title page, running header) has NO list of recommendations.
The five findings chapters ("3 Bevindingen: ..." to "7 Bevindingen: ...") each end with a section "Conclusie" in
which every recommendation follows the conclusion paragraph that leads up to it, as one full sentence ("De
inspectie adviseert de minister om ...", "De minister zou ... moeten", "Gemeenten zouden ... moeten", "DUO zou
...", "Het COA zou ...").  The renderer cannot set one sentence of a paragraph in bold, and a bold paragraph cannot
carry a gold annotation, so each recommendation is a one-item list with the dash label "–" (never a number)
directly after its conclusion paragraph; the gold numbers 1-15 are ids only and are printed nowhere.  The summary
at the front has a table "Wat wij adviseren | Aan wie" that restates the fifteen advices in a short, paraphrased
form (table cells cannot carry a duplicate annotation, so gold stays on the chapter sentences and their pages).
Non-recommendation lists (research questions "a.", methods and the three learning routes "•") and an
abbreviations table are traps.

The response is a letter (serif, letterhead, no title page) of the minister of SZW, also on behalf of the minister
of OCW and the state secretary of JenV.  It opens with thanks and a description of existing policy (no position),
then answers by theme in an order unlike the report's.  Each advice is QUOTED in its own paragraph, in quotation
marks instead of italics (paragraphs cannot be italic): "De inspectie adviseert: ‘Gemeenten zouden ...’", or, when
the report's sentence itself opens "De inspectie adviseert X om", run into the letter's sentence ("De inspectie
adviseert de minister ‘om ...’.").  A paragraph "Reactie: ..." follows with the answer.  The two opvang advices
(11 and 12) are quoted one after the other and answered in one Reactie paragraph with different positions.

Gold positions (numbers are report order):
 1 SZW, yearly report on intake-to-PIP time: disagree, agrees with the finding but "acht ik niet opportuun".
 2 gemeenten, interpreter at the intake: not_addressed ("Dit is aan de gemeenten zelf"; "onderschrijf" of an aim).
 3 SZW, national guide for adjusting the PIP: agree without cue word (guide published in Q2 2024).
 4 SZW, recalibrate the normbedragen: partial (only an external study of whether they suffice).
 5 gemeenten, start within eight weeks in contracts: partial ("Ik ga met de VNG in gesprek over ...").
 6 SZW, onderwijsroute for 28+: disagree ("Dit past niet binnen de systematiek van de wet.").
 7 SZW, keurmerk also for the Z-route: agree ("Ik onderschrijf deze aanbeveling en stel ... per 1 juli 2024").
 8 SZW, ontzorgen twelve months: disagree ("Hiervoor zie ik geen aanleiding."), existing law as the reason.
 9 DUO (OCW), letters before a fine or recovery: agree ("neem ik ... over").
10 DUO (OCW), monthly overview to gemeenten: agree without cue word (from January 2024, monthly).
11 COA (JenV), voorinburgering right after the permit: agree, in the joint Reactie with 12.
12 staatssecretaris JenV, start the leerroute from the opvang: disagree ("nemen wij niet over"), same paragraph.
13 COA (JenV), one contact per gemeente: not_addressed (the Reactie only describes existing COA practice).
14 SZW, extend the Monitor inburgering and publish per gemeente: partial (extension yes, publication no).
15 SZW, call lagging gemeenten to account / interbestuurlijk toezicht: not_addressed (never quoted or answered).

Odd: the report is dated October 2023, when the COA fell under the state secretary of JenV (the report says so in
chapter 2); the COA recommendations are therefore coded JenV, although departments.csv maps the COA to AenM (its
note on the IND says asylum sat with JenV before July 2024).  Change 11 and 13 to AenM if dates are to be ignored.  DUO is coded OCW as in departments.csv.  All prose is fictional and written for this
test set.
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


def bullets(*texts: str) -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style="•")


def advice(number: str, text: str, *departments: str) -> ItemList:
    """One recommendation sentence, set apart under the conclusion paragraph that leads up to it."""
    return ItemList(items=(ListItem(text, recommendation=Recommendation(number, tuple(departments))),), style="–")


# --------------------------------------------------------------------------------------------------------------
# The fifteen recommendations, as printed in the chapter conclusions
# --------------------------------------------------------------------------------------------------------------

REC = {
    "1": "De inspectie adviseert de minister van SZW om gemeenten te verplichten jaarlijks te rapporteren over de "
         "doorlooptijd tussen de start van de brede intake en de vaststelling van het persoonlijk plan inburgering "
         "en participatie.",
    "2": "Gemeenten zouden de brede intake standaard met een professionele tolk moeten afnemen wanneer de "
         "inburgeraar onvoldoende Nederlands of Engels spreekt, en daarbij de partner en meerderjarige gezinsleden "
         "moeten betrekken.",
    "3": "De inspectie adviseert de minister om een landelijke handreiking op te stellen voor het tussentijds "
         "bijstellen van het PIP wanneer de leerbaarheid, de gezondheid of de gezinssituatie van de inburgeraar "
         "verandert.",
    "4": "De minister zou de normbedragen voor de onderwijsroute en de Z-route moeten herijken, zodat de middelen "
         "die gemeenten ontvangen aansluiten bij de werkelijke kosten van deze leerroutes.",
    "5": "Gemeenten zouden in hun contracten met taalaanbieders moeten vastleggen dat een inburgeraar uiterlijk "
         "acht weken na de vaststelling van het PIP met zijn leerroute kan beginnen.",
    "6": "De inspectie adviseert de minister om de onderwijsroute ook open te stellen voor inburgeraars van 28 jaar "
         "en ouder die de capaciteiten hebben om een diploma in het middelbaar beroepsonderwijs te halen.",
    "7": "De inspectie adviseert de minister om het keurmerk voor taalaanbieders ook verplicht te stellen voor "
         "aanbieders van de Z-route.",
    "8": "De inspectie adviseert de minister om de wettelijke periode waarin gemeenten inburgeraars ontzorgen te "
         "verlengen van zes naar twaalf maanden.",
    "9": "DUO zou inburgeraars vooraf, in eenvoudige taal en zo nodig in hun eigen taal, moeten informeren voordat "
         "een boete wordt opgelegd of de lening voor inburgering wordt teruggevorderd.",
    "10": "DUO zou gemeenten maandelijks een volledig overzicht moeten leveren van de examenresultaten, ontheffingen, "
          "verlengingen en termijnen van hun inburgeraars.",
    "11": "Het COA zou al in de opvang met de voorinburgering moeten beginnen zodra een asielzoeker een "
          "verblijfsvergunning heeft gekregen, en de resultaten daarvan bij de overdracht aan de gemeente van "
          "vestiging moeten meegeven.",
    "12": "De inspectie adviseert de staatssecretaris van Justitie en Veiligheid om ervoor te zorgen dat "
          "statushouders die na hun koppeling langer dan drie maanden in de opvang op een woning wachten, daar al "
          "met hun leerroute kunnen beginnen.",
    "13": "Het COA zou voor iedere gemeente één vast aanspreekpunt moeten aanwijzen dat de overdracht van "
          "statushouders naar die gemeente coördineert.",
    "14": "De minister zou de Monitor inburgering moeten uitbreiden met gegevens over werk en maatschappelijke "
          "participatie van inburgeraars, en deze gegevens jaarlijks per gemeente openbaar moeten maken.",
    "15": "De inspectie adviseert de minister om gemeenten die structureel niet binnen de wettelijke termijnen "
          "blijven daarop actief aan te spreken en zo nodig het interbestuurlijk toezicht in te zetten.",
}

DEPARTMENTS = {
    "1": ("SZW",), "2": ("GEMEENTEN",), "3": ("SZW",), "4": ("SZW",), "5": ("GEMEENTEN",), "6": ("SZW",),
    "7": ("SZW",), "8": ("SZW",), "9": ("OCW",), "10": ("OCW",), "11": ("JenV",), "12": ("JenV",),
    "13": ("JenV",), "14": ("SZW",), "15": ("SZW",),
}


def A(number: str) -> ItemList:
    return advice(number, REC[number], *DEPARTMENTS[number])


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

SUMMARY_TABLE = Table(
    header=("Wat wij adviseren", "Aan wie"),
    rows=(
        ("Laat gemeenten jaarlijks rapporteren over de tijd tussen brede intake en PIP.", "Minister van SZW"),
        ("Zet bij de brede intake een professionele tolk in en betrek het gezin.", "Gemeenten"),
        ("Stel een handreiking op voor het tussentijds bijstellen van het PIP.", "Minister van SZW"),
        ("Herijk de normbedragen voor de onderwijsroute en de Z-route.", "Minister van SZW"),
        ("Leg in inkoopcontracten vast dat de leerroute binnen acht weken start.", "Gemeenten"),
        ("Stel de onderwijsroute open voor inburgeraars van 28 jaar en ouder.", "Minister van SZW"),
        ("Maak het keurmerk ook verplicht voor aanbieders van de Z-route.", "Minister van SZW"),
        ("Verleng de wettelijke periode van ontzorgen naar twaalf maanden.", "Minister van SZW"),
        ("Informeer inburgeraars vooraf en begrijpelijk over boetes en terugvordering.", "DUO"),
        ("Lever gemeenten maandelijks volledige gegevens over hun inburgeraars.", "DUO"),
        ("Begin met de voorinburgering direct na de vergunning en draag de resultaten over.", "COA"),
        ("Laat statushouders die lang op een woning wachten hun leerroute in de opvang beginnen.",
         "Staatssecretaris van JenV"),
        ("Wijs per gemeente één vast aanspreekpunt aan voor de overdracht.", "COA"),
        ("Breid de Monitor inburgering uit en maak de cijfers per gemeente openbaar.", "Minister van SZW"),
        ("Spreek gemeenten aan die structureel buiten de termijnen blijven.", "Minister van SZW"),
    ),
    widths=(3.2, 1.3),
    rules="rows",
)

REPORT_BLOCKS = (
    H("Voorwoord"),
    P("Sinds 1 januari 2022 zijn gemeenten weer verantwoordelijk voor de inburgering van nieuwkomers. Met de Wet "
      "inburgering 2021 koos de wetgever voor een stelsel waarin de gemeente de regie voert: zij neemt een brede "
      "intake af, stelt samen met de inburgeraar een persoonlijk plan op en biedt een passende leerroute aan. Het "
      "nieuwe stelsel moest een einde maken aan de problemen van het vorige, waarin inburgeraars zelf een taalschool "
      "moesten kiezen en daarvoor een lening moesten afsluiten, met veel uitval en misstanden bij aanbieders als "
      "gevolg."),
    P("Anderhalf jaar na de start heeft de Inspectie Participatie en Arbeid onderzocht hoe gemeenten deze taak "
      "uitvoeren en of het stelsel de inburgeraar oplevert wat de wetgever voor ogen had. Wij bezochten daarvoor "
      "twintig gemeenten, bestudeerden ruim driehonderd dossiers en spraken met inburgeraars, klantmanagers, "
      "taalaanbieders, DUO en het COA."),
    P("Het beeld is gemengd. Gemeenten hebben de nieuwe taak met veel inzet opgepakt, en inburgeraars waarderen de "
      "persoonlijke aandacht die zij krijgen. Tegelijk lopen gemeenten aan tegen wachttijden, tekorten in de "
      "financiering van de zwaardere leerroutes en een moeizame aansluiting op de asielopvang. Niet iedere "
      "inburgeraar krijgt daardoor tijdig het aanbod waar hij recht op heeft. Dat is geen verwijt aan de gemeenten "
      "alleen: verschillende knelpunten vragen om een antwoord van het Rijk en van de uitvoeringsorganisaties."),
    P("Wij danken alle inburgeraars, gemeenten en organisaties die aan dit onderzoek hebben meegewerkt. Zonder hun "
      "openheid, ook over wat niet goed gaat, was dit rapport niet tot stand gekomen."),
    P("drs. M.A. Oosterbeek-Lantinga"),
    P("Inspecteur-generaal Participatie en Arbeid"),
    PageBreak(),
    H("Samenvatting"),
    H2("Waarom dit onderzoek"),
    P("Met de Wet inburgering 2021 kregen gemeenten de regie over de inburgering terug. Het doel van de wet is dat "
      "nieuwkomers snel en volwaardig meedoen in de Nederlandse samenleving, bij voorkeur via betaald werk. De "
      "inspectie wil weten of het stelsel in de praktijk werkt zoals bedoeld, en waar de uitvoering vastloopt. "
      "Daarbij kijken wij vooral naar wat de inburgeraar merkt: hoe lang hij moet wachten, of zijn plan bij hem past "
      "en of hij weet waar hij aan toe is."),
    H2("Wat wij zagen"),
    P("De brede intake wordt in alle onderzochte gemeenten afgenomen, maar de kwaliteit en de duur ervan lopen sterk "
      "uiteen. In een derde van de dossiers verstreken meer dan vier maanden tussen de start van de intake en de "
      "vaststelling van het persoonlijk plan. Gesprekken worden lang niet altijd met een tolk gevoerd, en het gezin "
      "van de inburgeraar blijft vaak buiten beeld. Plannen worden zelden bijgesteld, ook als de situatie van de "
      "inburgeraar daar duidelijk om vraagt."),
    P("De meeste gemeenten hebben het taalaanbod via regionale aanbestedingen ingekocht. Toch wacht een aanzienlijk "
      "deel van de inburgeraars maanden op de start van zijn leerroute. Voor de onderwijsroute en de Z-route zijn de "
      "kosten voor gemeenten structureel hoger dan de middelen die zij ervoor ontvangen. Voor aanbieders van de "
      "Z-route geldt bovendien geen keurmerk, waardoor gemeenten weinig houvast hebben bij de beoordeling van de "
      "kwaliteit."),
    P("Het ontzorgen in de eerste zes maanden helpt inburgeraars op weg, maar die periode is voor velen te kort om "
      "hun financiën zelf te kunnen regelen. Brieven van DUO over boetes en terugvordering worden vaak niet "
      "begrepen. Gemeenten missen bovendien actuele gegevens van DUO over examens en termijnen, waardoor zij hun "
      "inburgeraars onvoldoende kunnen volgen."),
    P("Statushouders wachten lang in de opvang, eerst op een koppeling aan een gemeente en daarna op een woning. In "
      "die tijd gebeurt weinig aan hun inburgering. De voorinburgering van het COA begint vaak laat, en wat de "
      "statushouder in de opvang heeft geleerd, komt niet altijd bij de gemeente aan. Ten slotte heeft het Rijk "
      "beperkt zicht op de resultaten van het stelsel: de monitor meet vooral deelname en examens, en niet of "
      "inburgeraars aan het werk komen."),
    H2("Wat wij adviseren"),
    P("In de hoofdstukken 3 tot en met 7 sluiten wij iedere bevinding af met een conclusie en een advies. De tabel "
      "hieronder vat die adviezen samen. De volledige tekst van elk advies staat in de conclusie van het "
      "betreffende hoofdstuk."),
    SUMMARY_TABLE,
    PageBreak(),
    H("1 Inleiding"),
    H2("1.1 Aanleiding"),
    P("Het inburgeringsstelsel dat in 2013 werd ingevoerd, ging uit van eigen verantwoordelijkheid van de "
      "inburgeraar. Hij moest zelf een cursus kiezen en betalen, zo nodig met een lening van DUO. Evaluaties lieten "
      "zien dat dit stelsel niet werkte: veel inburgeraars haalden hun examen niet op tijd, het niveau bleef laag en "
      "de markt van taalscholen kende ernstige misstanden. Met de Wet inburgering 2021 is daarom gekozen voor een "
      "stelsel waarin de gemeente de inburgeraar begeleidt en het aanbod inkoopt."),
    P("De minister van Sociale Zaken en Werkgelegenheid heeft de Tweede Kamer toegezegd dat de werking van het "
      "nieuwe stelsel nauwlettend wordt gevolgd. De inspectie heeft het onderzoek opgenomen in haar "
      "meerjarenprogramma 2022-2025, omdat een stelsel dat door 342 gemeenten wordt uitgevoerd grote verschillen "
      "tussen gemeenten kan opleveren, met gevolgen voor de rechtsgelijkheid van inburgeraars."),
    H2("1.2 Onderzoeksvragen"),
    P("De centrale vraag van het onderzoek luidt: in hoeverre voeren gemeenten het inburgeringsstelsel zo uit dat "
      "inburgeraars tijdig een passend aanbod krijgen, en welke factoren belemmeren dat? Deze vraag is uitgewerkt in "
      "vijf deelvragen:"),
    ItemList(items=(
        ListItem("Hoe verlopen de brede intake en de totstandkoming van het persoonlijk plan?"),
        ListItem("Kunnen gemeenten tijdig een passende leerroute van voldoende kwaliteit aanbieden?"),
        ListItem("Hoe werken het ontzorgen en de financiële regelingen van DUO uit voor de inburgeraar?"),
        ListItem("Hoe verloopt de overgang van de asielopvang naar de gemeente?"),
        ListItem("Heeft het Rijk voldoende zicht op de uitvoering en de resultaten van het stelsel?"),
    ), style="a."),
    H2("1.3 Aanpak"),
    P("Het onderzoek is uitgevoerd tussen november 2022 en juni 2023. De inspectie heeft de volgende "
      "onderzoeksactiviteiten verricht:"),
    bullets(
        "bezoeken aan twintig gemeenten van verschillende omvang, verspreid over alle provincies;",
        "een analyse van 312 dossiers van inburgeraars die tussen januari en september 2022 inburgeringsplichtig "
        "werden;",
        "interviews met 64 inburgeraars, in hun eigen taal of met een tolk;",
        "gesprekken met klantmanagers, beleidsmedewerkers, taalaanbieders, DUO, het COA, de VNG en Divosa;",
        "een enquête onder alle gemeenten, die door 198 gemeenten is ingevuld.",
    ),
    P("De bevindingen zijn in september 2023 voor wederhoor voorgelegd aan het ministerie van SZW, DUO, het COA en de "
      "VNG. Hun reacties zijn waar nodig in dit rapport verwerkt. Een uitgebreide verantwoording staat in bijlage A."),
    H2("1.4 Leeswijzer"),
    P("Hoofdstuk 2 beschrijft kort het inburgeringsstelsel en de rollen van de betrokken partijen. De hoofdstukken 3 "
      "tot en met 7 bevatten de bevindingen, elk afgesloten met een conclusie waarin de inspectie haar advies geeft. "
      "Bijlage B bevat een lijst van afkortingen."),
    H("2 Het inburgeringsstelsel in het kort"),
    H2("2.1 De Wet inburgering 2021"),
    P("De wet geldt voor nieuwkomers van 16 jaar tot de AOW-leeftijd die zich duurzaam in Nederland vestigen en niet "
      "uit een land van de Europese Unie komen. Het gaat om drie groepen: asielstatushouders, gezinsmigranten en "
      "overige migranten. De gemeente waar de inburgeraar woont, neemt een brede intake af. Daarin worden onder "
      "meer de leerbaarheid, de gezondheid, de opleiding, de werkervaring en de gezinssituatie in kaart gebracht. "
      "Op basis daarvan stelt de gemeente het persoonlijk plan inburgering en participatie (PIP) vast, waarin de "
      "leerroute en de overige onderdelen van de inburgering zijn vastgelegd."),
    P("Iedere inburgeraar moet binnen drie jaar aan de inburgeringsplicht voldoen. Onderdeel daarvan zijn het "
      "examen Kennis van de Nederlandse Maatschappij, de module Arbeidsmarkt en Participatie en het "
      "participatieverklaringstraject. Voor asielstatushouders die een bijstandsuitkering ontvangen, betaalt de "
      "gemeente in de eerste zes maanden de huur, de energiekosten en de zorgverzekering rechtstreeks uit de "
      "uitkering. Dit heet ontzorgen."),
    H2("2.2 Drie leerroutes"),
    P("De wet kent drie leerroutes, waaruit de gemeente na de brede intake een keuze maakt:"),
    bullets(
        "de B1-route, waarin de inburgeraar de Nederlandse taal leert op taalniveau B1, gecombineerd met werk of "
        "vrijwilligerswerk;",
        "de onderwijsroute, een intensief traject voor inburgeraars tot 28 jaar dat voorbereidt op een opleiding in "
        "het middelbaar of hoger beroepsonderwijs;",
        "de zelfredzaamheidsroute (Z-route), voor inburgeraars voor wie de andere routes niet haalbaar zijn, gericht "
        "op taal en zelfredzaamheid in het dagelijks leven.",
    ),
    P("Gemeenten ontvangen voor het taalaanbod per inburgeraar een normbedrag via een specifieke uitkering. De hoogte "
      "van het normbedrag verschilt per leerroute en is bij de invoering van de wet vastgesteld op basis van "
      "ramingen uit 2019."),
    H2("2.3 De rol van DUO en het COA"),
    P("DUO, een uitvoeringsorganisatie van het ministerie van Onderwijs, Cultuur en Wetenschap, voert voor het "
      "inburgeringsstelsel een aantal landelijke taken uit. DUO stelt vast wie inburgeringsplichtig is, neemt de "
      "examens af, beslist over ontheffingen en verlengingen en legt boetes op als een inburgeraar niet tijdig aan "
      "zijn plicht voldoet. Gezinsmigranten en overige migranten betalen hun inburgering zelf en kunnen daarvoor bij "
      "DUO een lening afsluiten."),
    P("Het Centraal Orgaan opvang asielzoekers (COA) vangt asielzoekers op en valt onder de verantwoordelijkheid van "
      "de staatssecretaris van Justitie en Veiligheid. Na vergunningverlening biedt het COA statushouders "
      "voorinburgering aan: een programma van taallessen en oriëntatie op Nederland dat de periode tot de verhuizing "
      "naar een gemeente moet overbruggen. De koppeling van statushouders aan gemeenten gebeurt op basis van de "
      "halfjaarlijkse taakstelling huisvesting."),
    H("3 Bevindingen: brede intake en persoonlijk plan"),
    H2("3.1 De brede intake"),
    P("Alle twintig onderzochte gemeenten nemen bij nieuwe inburgeraars een brede intake af. De wijze waarop "
      "verschilt sterk. In sommige gemeenten bestaat de intake uit één gesprek van een uur; in andere gemeenten "
      "spreekt de klantmanager de inburgeraar drie tot vier keer, vaak aangevuld met een huisbezoek. Ook de "
      "leerbaarheidstoets wordt op uiteenlopende momenten afgenomen, soms voor en soms na het eerste gesprek."),
    P("In 41 procent van de onderzochte dossiers was bij de intake geen tolk aanwezig, terwijl de inburgeraar volgens "
      "het dossier nauwelijks Nederlands of Engels sprak. Klantmanagers behielpen zich in die gevallen met "
      "vertaalapps, met een familielid of met een kind van de inburgeraar. Inburgeraars vertelden de inspectie dat "
      "zij daardoor niet alles hadden kunnen vertellen, bijvoorbeeld over gezondheidsklachten of over de zorg voor "
      "een ziek familielid."),
    P("De partner en andere gezinsleden worden zelden bij de intake betrokken. Gemeenten noemen daarvoor als reden "
      "dat de intake een individueel gesprek is en dat gezinsleden een eigen traject hebben. In de praktijk blijkt "
      "de gezinssituatie echter vaak bepalend voor de vraag of een leerroute haalbaar is, bijvoorbeeld bij "
      "alleenstaande ouders of bij gezinnen waarin de oudste kinderen een zorgtaak hebben."),
    H2("3.2 Het persoonlijk plan inburgering en participatie"),
    P("De wet schrijft voor dat de gemeente het PIP vaststelt binnen tien weken na de start van de brede intake. In "
      "32 procent van de dossiers werd die termijn overschreden, in een op de tien dossiers met meer dan twee "
      "maanden. Gemeenten wijten dit aan de wachttijd voor de leerbaarheidstoets, aan de beschikbaarheid van tolken "
      "en aan personeelstekorten. Geen van de onderzochte gemeenten hield systematisch bij hoe lang het duurt "
      "voordat een plan is vastgesteld; de inspectie heeft de doorlooptijden zelf uit de dossiers afgeleid."),
    P("Eenmaal vastgesteld, wordt het PIP zelden aangepast. Slechts in 23 van de 312 dossiers is het plan tussentijds "
      "gewijzigd, terwijl de inspectie in ruim zestig dossiers aanwijzingen vond dat de gekozen route niet meer "
      "paste: de inburgeraar werd ziek, kreeg een kind, vond werk of bleek de lessen niet te kunnen volgen. "
      "Klantmanagers gaven aan dat zij niet goed weten wanneer een wijziging is toegestaan en welke procedure "
      "daarvoor geldt, zeker als een andere leerroute nodig is."),
    H2("3.3 Conclusie"),
    P("De brede intake is het fundament van het nieuwe stelsel, en gemeenten nemen die taak serieus. Toch duurt het "
      "in een derde van de gevallen te lang voordat een inburgeraar weet welke route hij gaat volgen. Omdat "
      "gemeenten de doorlooptijd niet bijhouden, zien zij dit zelf niet, en het Rijk evenmin. Zonder dat zicht is "
      "verbetering moeilijk te sturen."),
    A("1"),
    P("Een intake die niet in een begrijpelijke taal wordt gevoerd, levert onvolledige informatie op. Dat leidt tot "
      "plannen die niet passen en tot trajecten die later vastlopen. Het gezin is daarbij een blinde vlek, terwijl "
      "de gezinssituatie vaak bepaalt wat haalbaar is."),
    A("2"),
    P("Ten slotte blijkt het PIP in de praktijk een statisch document, terwijl de situatie van inburgeraars in drie "
      "jaar ingrijpend kan veranderen. Klantmanagers willen plannen wel aanpassen, maar missen een duidelijk kader "
      "om dat te doen."),
    A("3"),
    H("4 Bevindingen: leerroutes en taalaanbod"),
    H2("4.1 Inkoop en wachttijden"),
    P("Zeventien van de twintig onderzochte gemeenten hebben het taalaanbod regionaal ingekocht, meestal via een "
      "centrumgemeente. De contracten bevatten afspraken over prijs en kwaliteit, maar zelden over de termijn "
      "waarbinnen een inburgeraar kan instromen. Aanbieders starten groepen pas als er voldoende deelnemers zijn. "
      "In kleinere regio's leidt dit tot lange wachttijden, vooral voor de onderwijsroute en de Z-route, waarvoor "
      "minder inburgeraars in aanmerking komen."),
    P("Uit de dossieranalyse blijkt dat de mediane wachttijd tussen de vaststelling van het PIP en de eerste les zeven "
      "weken bedraagt. Voor een kwart van de inburgeraars was dat meer dan vier maanden. Inburgeraars ervaren die "
      "wachttijd als verloren tijd; sommigen raakten in die periode hun motivatie kwijt of namen werk aan dat de "
      "combinatie met een leerroute later bemoeilijkte."),
    H2("4.2 De onderwijsroute en de Z-route"),
    P("De onderwijsroute staat alleen open voor inburgeraars tot 28 jaar. Klantmanagers troffen in de onderzochte "
      "periode geregeld oudere inburgeraars met een afgeronde opleiding of ruime werkervaring, die volgens hen goed "
      "in staat waren een mbo-diploma te halen. Zij werden in de B1-route geplaatst, waarin de voorbereiding op "
      "vervolgonderwijs ontbreekt. Een aantal van hen volgde daarna alsnog op eigen kosten een schakeltraject."),
    P("Gemeenten geven aan dat de normbedragen voor de onderwijsroute en de Z-route niet toereikend zijn. De "
      "inspectie heeft de begrotingen van negen gemeenten vergeleken met de werkelijke kosten. Voor de onderwijsroute "
      "was het tekort gemiddeld 2.300 euro per inburgeraar, voor de Z-route gemiddeld 1.700 euro. Gemeenten vullen "
      "dit aan uit eigen middelen of bezuinigen op de intensiteit van het aanbod, bijvoorbeeld door minder lesuren "
      "per week in te kopen."),
    H2("4.3 Kwaliteit van het aanbod"),
    P("Aanbieders van de B1-route en de onderwijsroute moeten beschikken over het keurmerk van de door de minister "
      "aangewezen keurmerkinstelling. Voor de Z-route geldt die verplichting niet. In de Z-route zijn daardoor ook "
      "aanbieders actief die niet aan de eisen van het keurmerk voldoen. Gemeenten beoordelen de kwaliteit zelf, "
      "maar beschikken daarvoor niet over dezelfde deskundigheid. De inspectie trof bij twee van de zes bezochte "
      "Z-route-aanbieders groepen van meer dan twintig cursisten aan, zonder differentiatie naar niveau."),
    H2("4.4 Conclusie"),
    P("Gemeenten leveren grote inspanningen om een passend aanbod te bieden, maar de middelen voor de zwaardere "
      "leerroutes schieten tekort. Het risico is dat gemeenten de intensiteit van deze routes verlagen of "
      "inburgeraars in een goedkopere route plaatsen dan voor hen passend is. Dat ondermijnt de bedoeling van de "
      "wet."),
    A("4"),
    P("Lange wachttijden na de vaststelling van het plan maken de winst van een snelle intake ongedaan. Gemeenten "
      "hebben het in hun eigen hand om daarover afspraken te maken met de aanbieders die zij contracteren."),
    A("5"),
    P("De leeftijdsgrens van de onderwijsroute sluit een groep inburgeraars uit die wel de capaciteiten heeft om "
      "via het onderwijs een goede positie op de arbeidsmarkt te verwerven. De inspectie ziet dat deze groep nu in "
      "een route terechtkomt die hen onvoldoende uitdaagt."),
    A("6"),
    P("Ten slotte ontbreekt een onafhankelijke kwaliteitstoets voor de Z-route, terwijl juist de inburgeraars in deze "
      "route kwetsbaar zijn en minder goed voor zichzelf kunnen opkomen."),
    A("7"),
    H("5 Bevindingen: ontzorgen en de rol van DUO"),
    H2("5.1 Ontzorgen"),
    P("Alle onderzochte gemeenten ontzorgen asielstatushouders in de eerste zes maanden na vestiging. Inburgeraars en "
      "klantmanagers zijn daarover overwegend positief: het voorkomt betalingsachterstanden in de eerste, vaak "
      "chaotische maanden. Tegelijk ziet de inspectie dat veel inburgeraars na zes maanden nog niet in staat zijn "
      "hun vaste lasten zelf te betalen. Zij spreken de taal nog onvoldoende, begrijpen brieven van instanties niet "
      "en hebben geen overzicht van hun inkomsten en uitgaven."),
    P("Vijf van de twintig gemeenten zetten het ontzorgen na zes maanden standaard voort, op grond van hun eigen "
      "beleid. In de overige gemeenten gebeurt dat alleen op verzoek, en in de praktijk zelden. In de dossiers vond de "
      "inspectie 27 gevallen waarin binnen drie maanden na het einde van het ontzorgen een huurachterstand of een "
      "achterstand bij de zorgverzekeraar ontstond."),
    H2("5.2 Boetes en terugvordering"),
    P("DUO legt een boete op als een inburgeraar niet binnen de termijn aan de inburgeringsplicht voldoet en dat hem "
      "te verwijten is. Gezinsmigranten die een lening hebben, moeten die terugbetalen als zij niet "
      "tijdig inburgeren. De inspectie heeft 48 brieven van DUO over boetes en terugvordering bestudeerd en met "
      "inburgeraars besproken. De brieven zijn juridisch correct, maar lang en in ambtelijke taal geschreven. Vrijwel "
      "geen van de geïnterviewde inburgeraars kon uitleggen wat de brief betekende en wat hij moest doen."),
    P("Inburgeraars ontvangen de eerste brief van DUO vaak pas als het besluit al is genomen. Een waarschuwing "
      "vooraf, waarin staat wat er dreigt en hoe de inburgeraar dat kan voorkomen, ontbreekt. Klantmanagers horen "
      "pas van de boete als de inburgeraar met de brief bij hen aan het loket staat."),
    H2("5.3 Gegevens voor gemeenten"),
    P("Gemeenten zijn voor het volgen van hun inburgeraars afhankelijk van gegevens van DUO over examenresultaten, "
      "ontheffingen, verlengingen en de resterende termijn. DUO levert deze gegevens nu per kwartaal, en niet altijd "
      "volledig: in de bestanden die de inspectie heeft ingezien, ontbraken bij ongeveer een op de acht inburgeraars "
      "een of meer gegevens. Klantmanagers vragen de informatie daarom vaak aan de inburgeraar zelf, of via een "
      "afzonderlijk verzoek aan DUO, wat weken kan duren."),
    H2("5.4 Conclusie"),
    P("Het ontzorgen werkt, maar houdt voor veel inburgeraars te vroeg op. Dat gemeenten de periode al kunnen "
      "verlengen, maakt in de praktijk weinig verschil: de meeste gemeenten doen het niet, en inburgeraars vragen er "
      "niet om. Het gevolg zijn schulden die de inburgering en de participatie belemmeren."),
    A("8"),
    P("Boetes en terugvorderingen raken inburgeraars hard, terwijl zij vaak niet begrijpen wat er van hen wordt "
      "verwacht. Een tijdige en begrijpelijke waarschuwing kan veel problemen voorkomen."),
    A("9"),
    P("Zonder volledige en actuele gegevens kunnen gemeenten hun regierol niet waarmaken. Een kwartaaloverzicht met "
      "hiaten is voor de begeleiding van individuele inburgeraars onvoldoende."),
    A("10"),
    H("6 Bevindingen: van opvang naar gemeente"),
    H2("6.1 Voorinburgering"),
    P("Het COA biedt statushouders in de opvang voorinburgering aan. De inspectie ziet dat die voorinburgering in de "
      "praktijk pas begint als de koppeling aan een gemeente bekend is, en op sommige locaties pas enkele weken "
      "daarna. Statushouders die niet lang na hun vergunning worden gekoppeld en verhuizen, volgen daardoor weinig "
      "of geen voorinburgering. Wat zij wel hebben gedaan, wordt bij de overdracht zelden aan de gemeente gemeld: in "
      "slechts elf van de 94 onderzochte overdrachtsdossiers stond iets over de resultaten van de voorinburgering."),
    H2("6.2 Wachten op huisvesting"),
    P("Door het tekort aan woningen blijven veel statushouders na hun koppeling maanden in de opvang. In de "
      "onderzochte periode was de gemiddelde wachttijd tussen koppeling en huisvesting vijf maanden. De brede intake "
      "kan volgens de wet al in die periode beginnen, maar de leerroute start pas na de verhuizing naar de gemeente. "
      "Statushouders die verder weg worden opgevangen, kunnen de lessen in hun toekomstige gemeente niet bijwonen. De "
      "inspectie sprak statushouders die na anderhalf jaar in Nederland nog geen enkele les in de eigen leerroute "
      "hadden gevolgd."),
    H2("6.3 De overdracht aan de gemeente"),
    P("Gemeenten weten vaak niet bij wie zij binnen het COA terechtkunnen. Zij hebben te maken met verschillende "
      "opvanglocaties, met wisselende contactpersonen en met informatie die per locatie anders wordt aangeleverd. "
      "Klantmanagers besteden veel tijd aan het achterhalen van gegevens die al bij het COA bekend zijn, zoals "
      "medische aandachtspunten en de samenstelling van het gezin."),
    H2("6.4 Conclusie"),
    P("De tijd in de opvang wordt onvoldoende benut voor de inburgering. De voorinburgering begint laat en de "
      "resultaten gaan verloren bij de overdracht, zodat de gemeente opnieuw moet beginnen."),
    A("11"),
    P("De lange wachttijd op huisvesting is een gegeven dat niet op korte termijn verdwijnt. Juist daarom is het "
      "onwenselijk dat de leerroute pas na de verhuizing kan beginnen. Hier ligt een verantwoordelijkheid voor het "
      "Rijk."),
    A("12"),
    P("Een goede overdracht vraagt om vaste lijnen tussen het COA en de gemeenten. Nu hangt de kwaliteit van de "
      "overdracht te veel af van toevallige contacten."),
    A("13"),
    H("7 Bevindingen: sturing en zicht op resultaten"),
    H2("7.1 De Monitor inburgering"),
    P("Het ministerie van SZW laat jaarlijks een Monitor inburgering opstellen. Die monitor brengt in beeld hoeveel "
      "inburgeraars in welke leerroute zijn gestart, hoeveel examens zijn afgelegd en hoeveel inburgeraars binnen de "
      "termijn aan hun plicht hebben voldaan. Of inburgeraars werk vinden, vrijwilligerswerk doen of een opleiding "
      "volgen, meet de monitor niet, terwijl dat volgens de wet het doel van het stelsel is."),
    P("De cijfers in de monitor worden landelijk gepresenteerd. Gemeenten kunnen hun eigen resultaten daardoor "
      "moeilijk vergelijken met die van andere gemeenten, en gemeenteraden hebben weinig zicht op de prestaties van "
      "hun gemeente. Meerdere wethouders gaven aan dat zij een vergelijking met andere gemeenten zouden "
      "verwelkomen."),
    H2("7.2 Termijnen en toezicht"),
    P("Uit de enquête blijkt dat een kleine groep gemeenten structureel achterloopt bij de wettelijke termijnen voor "
      "de intake en het plan. Het ministerie is hiervan op de hoogte via de signalen van DUO en de "
      "accountmanagers van het programma, maar spreekt de betrokken gemeenten daar niet formeel op aan. Het "
      "instrumentarium van het interbestuurlijk toezicht is voor de inburgering tot nu toe niet ingezet."),
    H2("7.3 Conclusie"),
    P("Het Rijk stuurt op een stelsel waarvan het de uitkomsten maar ten dele kent. Zonder gegevens over werk en "
      "participatie is niet vast te stellen of de wet haar doel bereikt, en zonder vergelijkbare cijfers per "
      "gemeente ontbreekt een belangrijke prikkel voor verbetering."),
    A("14"),
    P("De wettelijke termijnen beschermen de inburgeraar tegen onnodig wachten. Als een gemeente die termijnen "
      "stelselmatig overschrijdt, mag van de minister worden verwacht dat hij daarop reageert."),
    A("15"),
    PageBreak(),
    H("Bijlage A Verantwoording"),
    P("De dossiers zijn getrokken uit de administratie van de twintig onderzochte gemeenten, met een aselecte "
      "steekproef per gemeente van ten minste tien en ten hoogste twintig dossiers. De dossiers zijn door twee "
      "inspecteurs onafhankelijk van elkaar beoordeeld aan de hand van een vast toetsingskader. Bij verschillen in "
      "beoordeling is het dossier in een derde ronde besproken."),
    P("De interviews met inburgeraars zijn gehouden met tolken die door de inspectie zelf zijn ingehuurd, zodat "
      "inburgeraars vrijuit konden spreken. De inspectie heeft geen namen of andere herleidbare gegevens van "
      "inburgeraars vastgelegd. De enquête onder gemeenten is uitgezet in februari 2023; de respons bedroeg 58 "
      "procent."),
    P("De gegevens over de normbedragen zijn gebaseerd op de begrotingen en jaarrekeningen van negen gemeenten die "
      "daarvoor inzage hebben gegeven. De inspectie heeft de kosten per leerroute herberekend op basis van de "
      "gecontracteerde prijzen en het aantal lesuren."),
    H("Bijlage B Afkortingen"),
    Table(
        header=("Afkorting", "Betekenis"),
        rows=(
            ("COA", "Centraal Orgaan opvang asielzoekers"),
            ("DUO", "Dienst Uitvoering Onderwijs"),
            ("KNM", "Kennis van de Nederlandse Maatschappij"),
            ("MAP", "Module Arbeidsmarkt en Participatie"),
            ("PIP", "Persoonlijk plan inburgering en participatie"),
            ("SZW", "Sociale Zaken en Werkgelegenheid"),
            ("VNG", "Vereniging van Nederlandse Gemeenten"),
        ),
        widths=(1.0, 3.0),
        rules="rows",
    ),
)

REPORT = Document(
    title="Op weg naar meedoen",
    subtitle="Onderzoek naar de uitvoering van het inburgeringsstelsel door gemeenten",
    blocks=REPORT_BLOCKS,
    running_header="Inspectie Participatie en Arbeid  |  Op weg naar meedoen",
    footer="{page}",
    font_family="sans",
    title_page=True,
    imprint=("Inspectie Participatie en Arbeid", "Den Haag, oktober 2023", "Rapport IPA-2023/14"),
)

# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------


def quote(number: str, lead: str = "De inspectie adviseert:") -> Paragraph:
    """The advice quoted before its answer: a whole sentence after "De inspectie adviseert:", or, when the report's
    sentence itself begins "De inspectie adviseert X om ...", that opening run into the letter's own sentence."""
    text = REC[number]
    opening = "De inspectie adviseert "
    if text.startswith(opening):
        addressee, rest = text[len(opening):].split(" om ", 1)
        lead = lead.rstrip(":") if lead != "De inspectie adviseert:" else "De inspectie adviseert"
        return P(f"{lead} {addressee} ‘om {rest.rstrip('.')}’.")
    return P(f"{lead} ‘{text}’")


EV7 = ("Ik onderschrijf deze aanbeveling en stel het keurmerk per 1 juli 2024 ook verplicht voor aanbieders van "
       "de Z-route.")
EV5 = ("Ik ga met de VNG in gesprek over de manier waarop gemeenten bij de inkoop van het taalaanbod de wachttijd "
       "tot de start van de leerroute kunnen beperken.")
EV6 = "Dit past niet binnen de systematiek van de wet."
EV4 = ("Ik laat daarom in 2024 door een onafhankelijk bureau onderzoeken of de normbedragen voor de onderwijsroute en "
       "de Z-route toereikend zijn.")
EV10 = ("Vanaf januari 2024 stuurt DUO iedere gemeente maandelijks een volledig overzicht van de examenresultaten, "
        "ontheffingen, verlengingen en termijnen van haar inburgeraars.")
EV9 = "Deze aanbeveling neem ik, mede namens de minister van Onderwijs, Cultuur en Wetenschap, over."
EV8 = "Hiervoor zie ik geen aanleiding."
EV11 = ("Het advies over de voorinburgering neemt de staatssecretaris over: vanaf 1 april 2024 begint het COA op "
        "alle opvanglocaties in de eerste week na vergunningverlening met de voorinburgering, en gaan de resultaten "
        "mee in het overdrachtsdossier voor de gemeente.")
EV12 = "Het advies om statushouders al vanuit de opvang met hun leerroute te laten beginnen, nemen wij niet over."
EV3 = ("In het tweede kwartaal van 2024 publiceer ik een handreiking over het tussentijds bijstellen van het PIP, "
       "die mijn ministerie samen met de VNG en Divosa opstelt.")
EV1 = "Een aanvullende rapportageplicht voor gemeenten acht ik daarom niet opportuun."
EV14 = ("De uitbreiding van de monitor met gegevens over werk en participatie neem ik over; het openbaar maken van "
        "deze gegevens per gemeente acht ik niet wenselijk.")

RESPONSE_BLOCKS = (
    P("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal, Postbus 20018, 2500 EA Den Haag"),
    P("Datum: 14 december 2023"),
    P("Betreft: Reactie op het inspectierapport ‘Op weg naar meedoen’"),
    P("Geachte voorzitter,"),
    P("Hierbij ontvangt u, mede namens de minister van Onderwijs, Cultuur en Wetenschap en de staatssecretaris van "
      "Justitie en Veiligheid, mijn reactie op het rapport ‘Op weg naar meedoen’ van de Inspectie Participatie en "
      "Arbeid. De inspectie heeft onderzocht hoe gemeenten het inburgeringsstelsel uitvoeren dat op 1 januari 2022 "
      "in werking is getreden. Ik dank de inspectie voor dit grondige onderzoek, en ik dank in het bijzonder de "
      "inburgeraars die bereid waren hun ervaringen te delen."),
    H2("Algemeen beeld"),
    P("Ik herken het beeld dat de inspectie schetst. Gemeenten hebben in korte tijd een nieuwe taak opgebouwd, in een "
      "periode waarin zij ook te maken kregen met de opvang van ontheemden uit Oekraïne en met een groot tekort aan "
      "woningen voor statushouders. Dat het stelsel anderhalf jaar na de start nog niet overal werkt zoals bedoeld, "
      "is daarom niet verrassend. Het is wel een reden om de uitvoering scherp te blijven volgen."),
    P("Mijn ministerie ondersteunt gemeenten via het programma Inburgering in uitvoering, dat loopt tot en met 2025. "
      "Binnen dat programma werken accountmanagers met gemeenten aan praktische knelpunten, worden goede voorbeelden "
      "gedeeld en is er een helpdesk voor klantmanagers. Ook is de specifieke uitkering voor de inburgering in 2023 "
      "verhoogd met 35 miljoen euro voor de uitvoeringskosten van gemeenten. In 2026 wordt de wet geëvalueerd."),
    P("Hieronder ga ik in op de adviezen van de inspectie. Ik heb ze naar onderwerp geordend; waar een advies niet aan "
      "mij maar aan een andere partij is gericht, geef ik aan hoe ik daar tegenaan kijk."),
    H2("Leerroutes en taalaanbod"),
    quote("7"),
    P("Reactie: Juist in de Z-route zitten inburgeraars die kwetsbaar zijn en minder goed voor zichzelf kunnen "
      "opkomen. " + EV7 + " De wijziging van het Besluit inburgering 2021 die daarvoor nodig is, leg ik in januari "
      "voor aan de Raad van State. Aanbieders die nu in de Z-route actief zijn, krijgen een overgangstermijn van "
      "zes maanden om het keurmerk te behalen.",
      answers=(Answer("7", "agree", EV7),)),
    quote("5"),
    P("Reactie: Wachttijden tussen het plan en de eerste les zijn voor inburgeraars verloren tijd. Gemeenten zijn "
      "verantwoordelijk voor de inkoop van het aanbod en maken daarover zelf afspraken met aanbieders. " + EV5 + " "
      "Daarbij betrek ik ook de ervaringen van regio's die al met instroomgaranties werken.",
      answers=(Answer("5", "partial", EV5),)),
    quote("6"),
    P("Reactie: Bij de totstandkoming van de wet is bewust gekozen voor een onderwijsroute voor jongeren tot 28 jaar, "
      "omdat het rendement van een volledige opleiding voor hen het grootst is. Een onderwijsroute voor inburgeraars "
      "van alle leeftijden zou die keuze terugdraaien. " + EV6 + " Oudere inburgeraars met een opleiding of "
      "werkervaring kunnen in de B1-route een taalschakeltraject volgen dat hen voorbereidt op het "
      "beroepsonderwijs.",
      answers=(Answer("6", "disagree", EV6),)),
    quote("4"),
    P("Reactie: Gemeenten hebben mij ook zelf gewezen op de kosten van de zwaardere leerroutes, en de cijfers van de "
      "inspectie bevestigen dat beeld. Tegelijk zijn de normbedragen gebaseerd op ramingen die ik niet zonder nader "
      "onderzoek wil loslaten. " + EV4 + " Over een eventuele aanpassing van de bedragen besluit ik in het licht van "
      "de uitkomsten en van de budgettaire ruimte.",
      answers=(Answer("4", "partial", EV4),)),
    H2("DUO en financiële zelfredzaamheid"),
    quote("10", "De inspectie adviseert DUO:"),
    P("Reactie: Goede gegevens zijn een voorwaarde voor de regierol van gemeenten. " + EV10 + " DUO heeft daarnaast "
      "de controles op de volledigheid van de bestanden aangescherpt, zodat ontbrekende gegevens vóór de levering "
      "worden aangevuld.",
      answers=(Answer("10", "agree", EV10),)),
    quote("9", "Ook adviseert de inspectie:"),
    P("Reactie: DUO herkent dat de huidige brieven voor veel inburgeraars moeilijk te begrijpen zijn. " + EV9 + " "
      "Vanaf 1 april 2024 krijgt iedere inburgeraar die een boete of terugvordering dreigt te krijgen, eerst een "
      "vooraankondiging op taalniveau A2, met een samenvatting in de meest gesproken talen en een telefoonnummer "
      "van een vaste medewerker van DUO.",
      answers=(Answer("9", "agree", EV9),)),
    quote("8"),
    P("Reactie: Ik deel de zorg van de inspectie over schulden bij inburgeraars in de periode na het ontzorgen. De "
      "inspectie vraagt mij de wettelijke periode te verlengen naar twaalf maanden. " + EV8 + " De wet bepaalt dat "
      "gemeenten in elk geval de eerste zes maanden ontzorgen, en geeft hun de ruimte om dat daarna voort te zetten "
      "wanneer een inburgeraar daar baat bij heeft; een aantal gemeenten doet dat al. Een langere verplichte periode "
      "voor alle inburgeraars zou de financiële zelfredzaamheid die de wet juist wil bevorderen, uitstellen.",
      answers=(Answer("8", "disagree", EV8),)),
    H2("Van opvang naar gemeente"),
    quote("11"),
    quote("12", "Daarnaast adviseert de inspectie:"),
    P("Reactie: Beide adviezen gaan over de tijd die statushouders in de opvang doorbrengen voordat zij in hun "
      "gemeente kunnen beginnen. " + EV11 + " " + EV12 + " De leerroute is een taak van de gemeente van vestiging, "
      "en een start op een opvanglocatie elders in het land leidt tot een breuk in het traject zodra de "
      "statushouder verhuist. Wel kunnen gemeenten nu al de brede intake afnemen terwijl de statushouder nog in de "
      "opvang verblijft.",
      answers=(Answer("11", "agree", EV11), Answer("12", "disagree", EV12))),
    quote("13", "Tot slot adviseert de inspectie het COA:"),
    P("Reactie: Het COA werkt sinds 2022 met regionale relatiebeheerders, die de gemeenten in hun regio "
      "ondersteunen bij de overdracht van statushouders en bij vragen over de voorinburgering. Daarnaast bespreken "
      "het COA, de provincies en de gemeenten elk kwartaal aan de regionale regietafels de voortgang van de "
      "huisvesting en de overdracht."),
    H2("Intake en persoonlijk plan"),
    quote("3"),
    P("Reactie: Gemeenten vragen hier zelf ook om, zo bleek in de gesprekken binnen het programma Inburgering in "
      "uitvoering. " + EV3 + " De handreiking beschrijft wanneer een plan moet worden herzien, hoe de inburgeraar "
      "daarbij wordt betrokken en wat een wisseling van leerroute betekent voor de termijn.",
      answers=(Answer("3", "agree", EV3),)),
    quote("1"),
    P("Reactie: Ik deel de constatering van de inspectie dat de doorlooptijd tot het PIP in veel gemeenten te lang "
      "is. Een nieuwe verplichting om daarover te rapporteren vergroot echter de administratieve lasten van "
      "gemeenten, terwijl de doorlooptijden ook uit de gegevens van DUO kunnen worden afgeleid. " + EV1,
      answers=(Answer("1", "disagree", EV1),)),
    quote("2"),
    P("Reactie: Het belang van een zorgvuldige intake onderschrijf ik volledig. De wet legt de brede intake bij de "
      "gemeente, die het beste zicht heeft op de situatie van de inburgeraar. Of een gemeente een tolk inzet en welke "
      "gezinsleden zij bij het gesprek betrekt, hangt af van de situatie. Dit is aan de gemeenten zelf. Ik heb het "
      "rapport van de inspectie onder de aandacht gebracht van de VNG."),
    H2("Zicht op resultaten"),
    quote("14"),
    P("Reactie: Of inburgeraars aan het werk komen en meedoen in de samenleving, is de maatstaf waaraan het stelsel "
      "uiteindelijk moet worden gemeten. " + EV14 + " In veel gemeenten gaat het om kleine aantallen inburgeraars, "
      "waardoor cijfers per gemeente sterk schommelen en snel tot onterechte conclusies leiden. De eerste uitgebreide "
      "monitor verschijnt in het najaar van 2024.",
      answers=(Answer("14", "partial", EV14),)),
    H2("Tot slot"),
    P("Het nieuwe inburgeringsstelsel is nog jong. Het rapport van de inspectie laat zien dat de uitgangspunten van "
      "de wet worden gedragen door gemeenten en inburgeraars, en dat er tegelijk nog veel moet gebeuren voordat "
      "iedere inburgeraar tijdig het aanbod krijgt dat bij hem past. Ik blijf daarover met gemeenten, DUO en het COA "
      "in gesprek, en informeer uw Kamer in de jaarlijkse voortgangsbrief over de inburgering, voor het eerst in "
      "juni 2024."),
    P("De minister van Sociale Zaken en Werkgelegenheid,"),
    P("mr. J.H. (Jorien) van Dalsum-Kroeze"),
)

RESPONSE = Document(
    title="Ministerie van Sociale Zaken en Werkgelegenheid",
    subtitle="Directie Samenleving en Integratie",
    blocks=RESPONSE_BLOCKS,
    running_header="Reactie op ‘Op weg naar meedoen’  |  14 december 2023",
    footer="Pagina {page} van {pages}",
    font_family="serif",
    title_page=False,
)

PAIR = Pair(
    name="civic_integration_inspectorate",
    report=REPORT,
    response=RESPONSE,
    description="Inspectie Participatie en Arbeid report on inburgering (15 advices, each a single dash item after "
                "the conclusion paragraph of a findings chapter, no printed numbers, paraphrased in a summary "
                "table) and the SZW minister's letter quoting each advice before a 'Reactie:' paragraph, by "
                "theme; 11 and 12 answered in one Reactie, 2 left to gemeenten, 13 only existing policy, 15 absent.",
)
