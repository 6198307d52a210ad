"""Pair: a fictional Raad voor Publieke Toekomstvragen (RPT) report on AI in government, and the cabinet's response.

Report layout: a serif report with a title page and a running header, a prose-only "Samenvatting" (no list, so no
duplicates), a long analysis in numbered chapters and sections ("2 Wat de overheid met AI doet", "2.1 ...") with
footnotes, bulleted lists of applications and causes that are not recommendations, and analysis prose in which the
Raad already argues for measures ("De Raad bepleit ...").  The thirteen recommendations sit in the final chapter
"8 Aanbevelingen", grouped under level-2 theme headings (8.1-8.4).  The brief asked for a two-column grid table
"Aanbeveling | Toelichting"; the docgen model cannot mark table cells as recommendations (``Recommendation`` only
annotates list items), so instead every recommendation is a one-item numbered list ("1." .. "13.", numbered
continuously across the theme headings) followed by its explanation as a body paragraph.  The renderer has no
indented paragraphs, so the explanation paragraph is set at the left margin directly below its item.

Response layout: a sans kabinetsreactie on a letterhead (no title page) with a running header; "1 Inleiding" (thanks
and context, no positions), "2 Hoofdlijnen" (endorses the Raad's main message only as a principle, describes
existing policy such as the Algoritmeregister and the audits of the Auditdienst Rijk, and answers recommendation 8
by subject without its number), then "3 Reactie op de aanbevelingen" with numbered level-2 headings "3.1 Aanbeveling
1: ..." and prose under each; "3.7 Aanbevelingen 7 en 8" answers two in one paragraph with different positions;
recommendation 9 has no heading and is never mentioned.  In the report, the AP's budget and its designation are
recommendations 7 and 8, so "3.7 Aanbevelingen 7 en 8" is a partial and an agree in one paragraph.

Gold positions (numbers as printed, 1-13 in order across the theme headings 8.1-8.4):
- 1 (KR&D, legal duty to register high-risk AI in the Algoritmeregister): agree, "Het kabinet omarmt deze
  aanbeveling." (plus a bill and the date the Raad asked for).
- 2 (KR&D, mandatory fundamental-rights impact assessment, published in full): partial; "kiest daarom voor een
  andere route": the assessment becomes mandatory, but only a summary is published instead of the full text.
- 3 (SZW, OCW, FIN: UWV, SVB, DUO, Belastingdienst mention AI in decisions): agree without cue words (a committed
  measure with a date, plus money).
- 4 (JenV, right to explanation and burden of proof in the Awb): disagree, polite ("Het kabinet ziet hiervoor geen
  noodzaak."), with existing law given as the reason.
- 5 (KR&D, JenV: one central complaints desk with the AP): disagree ("acht het kabinet niet opportuun").
- 6 (JenV, study whether AI at police and OM needs its own legal basis): agree; the recommendation asks for a study
  and the minister has commissioned it from the WODC with a date.
- 7 (JenV, structural extra budget for the AP): partial (money for 2026 and 2027, no structural increase); answered
  in "3.7 Aanbevelingen 7 en 8" in one paragraph together with 8.
- 8 (JenV, designate the AP as market supervisor under the AI Act): agree; first answered by subject in chapter 2
  (a committed bill provision, no cue word, no number), again in 3.7 ("Aanbeveling 8 neemt het kabinet over").
- 9 (SZW, FIN: yearly independent audits at UWV, SVB, Dienst Toeslagen): not addressed; never mentioned (the
  existing audits of the Auditdienst Rijk in chapter 2 are described without any position, and no heading exists).
- 10 (BZK, AI literacy training for civil servants): agree, "werkt dit uit in de Werkagenda" with dates.
- 11 (KR&D, moratorium on generative AI for individual decisions): disagree, blunt ("neemt deze aanbeveling niet
  over") right after sharing the Raad's concern; existing rules are the reason.
- 12 (EZ, model procurement terms with PIANOo): partial, only explores ("verkent ... of ... een meerwaarde hebben").
- 13 (EZ, public compute and open language models): not addressed.  The section says "Het kabinet neemt de
  aanbeveling ter harte", then only describes existing policy and passes the money question on ("wordt betrokken
  bij de besluitvorming over de Voorjaarsnota 2026"); "ter harte nemen" commits to nothing, not even to a study,
  so per the label definitions it takes no position (no Answer annotation, evidence null).
Because 9 has no heading, the response's section numbers shift after 3.7 (3.8 answers 10 ... 3.11 answers 13).
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
)

H = Heading
P = Paragraph


def H2(text: str) -> Heading:
    return Heading(text, level=2)


def bullets(*texts: str) -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style="•")


def rec(number: int, text: str, *departments: str) -> ItemList:
    """One recommendation as a one-item numbered list, so that its explanation can follow as a paragraph."""
    return ItemList(items=(ListItem(text, recommendation=Recommendation(str(number), tuple(departments))),),
                    style="1.", start=number)


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H("Woord vooraf"),
    P("Kunstmatige intelligentie is in korte tijd van een onderwerp voor specialisten uitgegroeid tot een kwestie "
      "die het hele openbaar bestuur raakt. Ambtenaren laten teksten samenvatten door taalmodellen, "
      "uitvoeringsorganisaties gebruiken voorspellende modellen om aanvragen te sorteren, en gemeenten "
      "experimenteren met digitale assistenten aan de telefoon. Tegelijk is de herinnering aan de schade die "
      "ondoordachte risicoselectie heeft aangericht nog vers. Burgers hebben gezien hoe een systeem dat als "
      "efficiënt werd gepresenteerd, hen jarenlang ten onrechte als verdacht kon aanmerken."),
    P("De Raad voor Publieke Toekomstvragen heeft dit rapport op eigen initiatief opgesteld. Wij willen laten zien "
      "dat de vraag niet is of de overheid kunstmatige intelligentie gebruikt, maar onder welke voorwaarden zij dat "
      "verantwoord kan doen. Die voorwaarden liggen niet in de eerste plaats in de techniek. Zij liggen in wetgeving, "
      "in vakmanschap, in toezicht en in de mogelijkheid van burgers om een beslissing te begrijpen en aan te "
      "vechten."),
    P("Het rapport is voorbereid door een projectgroep onder leiding van raadslid prof. dr. M.C. Haverkamp-Dijkstra. "
      "Wij danken de ruim zeventig gesprekspartners bij ministeries, uitvoeringsorganisaties, gemeenten, "
      "toezichthouders, de rechtspraak, het bedrijfsleven en maatschappelijke organisaties voor hun tijd en hun "
      "openheid."),
    P("Prof. dr. J.W. Ruygrok, voorzitter"),
    PageBreak(),
    H("Samenvatting"),
    P("De Nederlandse overheid gebruikt kunstmatige intelligentie (AI) op meer plaatsen dan vaak wordt gedacht. Uit "
      "een uitvraag van de Raad bij 64 overheidsorganisaties blijkt dat bijna twee derde van hen ten minste één "
      "AI-toepassing in gebruik heeft en dat ruim een derde werkt met toepassingen die meewegen in besluiten over "
      "individuele burgers. Slechts een klein deel van die toepassingen is terug te vinden in het openbare "
      "Algoritmeregister."),
    P("De Raad ziet grote kansen. AI kan ambtenaren ontlasten van routinewerk, wachttijden verkorten en fouten in "
      "dossiers eerder zichtbaar maken. Maar de ervaringen van het afgelopen decennium laten zien dat de risico's "
      "even reëel zijn. Modellen die zijn getraind op historische gegevens, nemen de vooroordelen uit die gegevens "
      "over. Medewerkers gaan de uitkomst van een systeem vaak volgen, ook wanneer zij formeel het laatste woord "
      "hebben. En burgers weten doorgaans niet dat een systeem aan hun besluit heeft bijgedragen, laat staan hoe."),
    P("Het normatieve kader is de afgelopen jaren sterker geworden. De Europese AI-verordening stelt eisen aan "
      "systemen met een hoog risico, en de algemene beginselen van behoorlijk bestuur gelden onverkort. Het probleem "
      "zit volgens de Raad vooral in de uitvoering: het ontbreekt aan zicht op wat er in gebruik is, aan kennis in "
      "de organisaties, aan voldoende toezicht en aan een positie voor de burger die verder gaat dan het recht op "
      "bezwaar tegen een besluit waarvan de totstandkoming onduidelijk blijft."),
    P("De Raad doet dertien aanbevelingen. Zij zijn gericht aan de staatssecretaris van Koninkrijksrelaties en "
      "Digitalisering, de minister van Binnenlandse Zaken en Koninkrijksrelaties, de minister van Justitie en "
      "Veiligheid, de minister van Economische Zaken, de Autoriteit Persoonsgegevens en de grote "
      "uitvoeringsorganisaties. In de kern vraagt de Raad om vier dingen: breng in beeld welke AI de overheid "
      "gebruikt, versterk de positie van de burger, geef het toezicht de middelen die het nodig heeft en investeer "
      "in eigen kennis en in minder afhankelijkheid van enkele grote aanbieders. De aanbevelingen staan in "
      "hoofdstuk 8."),
    PageBreak(),
    H("1 Inleiding"),
    H2("1.1 Aanleiding"),
    P("In de afgelopen twee jaar is het gebruik van kunstmatige intelligentie in de samenleving in een stroomversnelling "
      "geraakt. Generatieve taalmodellen zijn voor iedereen beschikbaar, en softwareleveranciers bouwen "
      "AI-functies in standaardpakketten in die ook de overheid gebruikt. Daarmee verandert de aard van de vraag die "
      "het openbaar bestuur zich moet stellen. Vroeger ging het om een beperkt aantal zelfgebouwde risicomodellen "
      "bij enkele grote uitvoeringsorganisaties. Nu gaat het om AI die ongemerkt het kantoor binnenkomt, via de "
      "tekstverwerker, het zaaksysteem en de klantcontactsoftware."),
    P("Tegelijk is de maatschappelijke gevoeligheid groot. Het rapport van de parlementaire ondervragingscommissie "
      "over de kinderopvangtoeslag, de uitspraken van rechters over geautomatiseerde fraudeopsporing en de onderzoeken "
      "van toezichthouders naar risicoselectie bij verschillende uitvoeringsorganisaties hebben het vertrouwen van "
      "burgers in datagedreven werken van de overheid beschadigd. Veel ambtenaren zijn daardoor voorzichtig "
      "geworden. Sommige organisaties hebben hun modellen stopgezet zonder dat duidelijk werd wat ervoor in de plaats "
      "kwam; andere zijn doorgegaan, maar spreken er liever niet over."),
    P("Die combinatie van snelle technologische ontwikkeling en bestuurlijke terughoudendheid is volgens de Raad "
      "riskant. Wie niet expliciet kiest, laat de keuze over aan leveranciers en aan de dagelijkse praktijk van "
      "individuele afdelingen. Dit rapport wil bijdragen aan een bewuste en publiek verantwoorde keuze."),
    H2("1.2 Vraagstelling"),
    P("De centrale vraag van dit rapport luidt: onder welke voorwaarden kan de overheid kunstmatige intelligentie "
      "inzetten op een manier die de rechten van burgers beschermt en het vertrouwen in het openbaar bestuur "
      "versterkt? De Raad heeft die vraag uitgewerkt in vier deelvragen:"),
    bullets(
        "Waarvoor gebruikt de overheid AI op dit moment, en wat is er over dat gebruik bekend?",
        "Welke lessen zijn te trekken uit de ervaringen met algoritmische besluitvorming in de afgelopen tien jaar?",
        "Biedt het bestaande juridische kader, inclusief de Europese AI-verordening, voldoende waarborgen?",
        "Wat is nodig in de uitvoering, het toezicht en de rechtsbescherming om die waarborgen in de praktijk "
        "waar te maken?",
    ),
    P("De Raad richt zich op de rijksoverheid en de uitvoeringsorganisaties die onder ministeries vallen. Gemeenten, "
      "provincies en waterschappen komen aan bod waar hun ervaringen leerzaam zijn, maar de aanbevelingen zijn niet "
      "aan hen gericht. Ook het gebruik van AI in de zorg en het onderwijs valt buiten het bestek van dit rapport, "
      "behalve waar de overheid zelf als uitvoerder optreedt."),
    H2("1.3 Werkwijze en opbouw"),
    P("Het rapport is gebaseerd op een literatuurstudie, een schriftelijke uitvraag bij 64 overheidsorganisaties, "
      "ruim zeventig interviews en vier verdiepende casestudies bij uitvoeringsorganisaties op het terrein van "
      "sociale zekerheid, belastingen, studiefinanciering en vergunningverlening.", footnotes=(
        "De uitvraag is verstuurd aan alle ministeries, de twintig grootste uitvoeringsorganisaties en een "
        "steekproef van gemeenten, provincies en waterschappen; de respons bedroeg 81 procent.",)),
    P("Daarnaast organiseerde de Raad twee bijeenkomsten met burgers die zelf te maken hadden gehad met een besluit "
      "waarin een risicomodel een rol speelde. Hun ervaringen hebben de analyse in hoofdstuk 6 mede gevormd."),
    P("Hoofdstuk 2 beschrijft wat de overheid met AI doet. Hoofdstuk 3 gaat in op de lessen uit de afgelopen jaren. "
      "Hoofdstuk 4 schetst het normatieve kader. Hoofdstuk 5 behandelt de uitvoering, het vakmanschap en de "
      "afhankelijkheid van leveranciers, hoofdstuk 6 het toezicht en de rechtsbescherming. Hoofdstuk 7 bevat de "
      "conclusies en hoofdstuk 8 de aanbevelingen."),
    H("2 Wat de overheid met AI doet"),
    H2("2.1 Een verkenning van de praktijk"),
    P("Wat onder kunstmatige intelligentie valt, is niet altijd eenduidig. De Raad sluit aan bij de definitie van de "
      "AI-verordening: een machinaal systeem dat met een zekere mate van autonomie werkt en uit de ontvangen invoer "
      "afleidt hoe het uitvoer genereert, zoals voorspellingen, inhoud, aanbevelingen of beslissingen. Eenvoudige "
      "beslisregels die een ambtenaar zelf heeft opgesteld, vallen daar in de regel niet onder; modellen die uit "
      "gegevens zijn getraind wel."),
    P("In de uitvraag van de Raad meldden de organisaties samen 312 toepassingen die aan deze definitie voldoen. De "
      "meest genoemde toepassingen zijn:"),
    bullets(
        "het automatisch sorteren en doorsturen van binnenkomende post, e-mail en formulieren;",
        "het samenvatten, vertalen en herschrijven van teksten, steeds vaker met generatieve taalmodellen;",
        "digitale assistenten en chatfuncties op websites en in telefoonlijnen;",
        "voorspellende modellen die aanvragen of dossiers rangschikken naar het risico op fouten of misbruik;",
        "beeldherkenning, bijvoorbeeld bij het controleren van identiteitsdocumenten of luchtfoto's;",
        "analyse van grote hoeveelheden documenten bij toezicht, opsporing en beleidsvoorbereiding.",
    ),
    P("Ongeveer een derde van de gemelde toepassingen draagt volgens de organisaties zelf bij aan besluiten over "
      "individuele burgers of bedrijven, bijvoorbeeld doordat het systeem bepaalt welke aanvragen extra worden "
      "gecontroleerd. Van die toepassingen stond eind 2024 minder dan de helft in het Algoritmeregister. Organisaties "
      "gaven daarvoor verschillende verklaringen: de registratie is vrijwillig, het is onduidelijk welke systemen "
      "eronder vallen, er is geen capaciteit om de beschrijvingen op te stellen, of men vreest dat openbaarmaking "
      "fraudeurs in de kaart speelt."),
    P("Opvallend is ook wat de organisaties niet wisten. Een kwart van de respondenten kon niet met zekerheid zeggen "
      "of de standaardsoftware die zij gebruiken AI-functies bevat. Bij navraag bleek dat in verschillende "
      "zaaksystemen en kantoorpakketten functies voor automatische classificatie of tekstgeneratie standaard aan "
      "stonden, zonder dat daarover binnen de organisatie een besluit was genomen."),
    H2("2.2 Van regels naar modellen"),
    P("De overheid werkt al decennia met geautomatiseerde besluitvorming. De uitvoering van de sociale zekerheid en "
      "de belastingheffing zou zonder grootschalige automatisering onmogelijk zijn. Wat de afgelopen jaren is "
      "veranderd, is de aard van de systemen. Traditionele systemen voeren regels uit die uit de wet zijn afgeleid: "
      "als iemand aan voorwaarde A en B voldoet, ontstaat recht op C. Die regels zijn, hoe complex ook, in beginsel "
      "na te lopen."),
    P("Zelflerende modellen werken anders. Zij leiden patronen af uit historische gegevens en kennen op basis daarvan "
      "een score of categorie toe. Waarom een bepaalde aanvraag een hoge score krijgt, is vaak moeilijk te "
      "achterhalen, ook voor de ontwikkelaars zelf. En de patronen die het model vindt, weerspiegelen de keuzes die "
      "in het verleden zijn gemaakt: wie vroeger vaker werd gecontroleerd, komt vaker voor in de gegevens over "
      "geconstateerde fouten, en wordt daardoor door het model opnieuw als risico aangemerkt."),
    P("In de casestudies zag de Raad dat medewerkers de uitkomst van een model zelden weerspreken. In een van de "
      "onderzochte organisaties werd in minder dan drie procent van de gevallen afgeweken van het advies van het "
      "systeem. Medewerkers gaven aan dat afwijken extra werk betekent, omdat zij dan moeten motiveren waarom, terwijl "
      "volgen geen verantwoording vraagt. Het formele uitgangspunt dat een mens het besluit neemt, biedt in zo'n "
      "situatie minder bescherming dan het lijkt.", footnotes=(
        "Zie voor vergelijkbare bevindingen ook de literatuur over automation bias, samengevat in bijlage 3 van dit "
        "rapport.",)),
    H2("2.3 Generatieve AI in het ambtelijk werk"),
    P("Een nieuwe ontwikkeling is het gebruik van generatieve AI door individuele ambtenaren. Taalmodellen worden "
      "gebruikt om conceptbrieven op te stellen, dossiers samen te vatten, wetteksten te doorzoeken en "
      "beleidsnotities te redigeren. Het rijksbrede beleid schrijft voor dat ambtenaren geen vertrouwelijke of "
      "persoonsgegevens invoeren in openbare taalmodellen en dat zij een risicoanalyse uitvoeren voordat een "
      "toepassing structureel wordt ingezet. Uit de interviews blijkt dat die regels niet overal bekend zijn en dat "
      "de grens tussen experimenteren en structureel gebruik in de praktijk vervaagt."),
    P("De Raad ziet de voordelen. Een ambtenaar die een dossier van honderd pagina's in een paar minuten "
      "samengevat krijgt, kan meer tijd besteden aan het gesprek met de burger. Maar generatieve modellen maken "
      "fouten die moeilijk te herkennen zijn, omdat de tekst vloeiend en overtuigend oogt. Een samenvatting die een "
      "relevant feit weglaat, of een conceptbesluit dat een verkeerd wetsartikel noemt, kan bij een gehaaste "
      "medewerker ongemerkt doorwerken in een besluit. Bijzonder zorgelijk vindt de Raad het gebruik van generatieve "
      "AI bij de voorbereiding van besluiten over individuele burgers, zoals het opstellen van een motivering bij een "
      "afwijzing, omdat daar de gevolgen van een fout direct een persoon raken."),
    P("Daarbij speelt nog een tweede kwestie. De meest gebruikte taalmodellen worden aangeboden door een handvol "
      "grote buitenlandse bedrijven. De overheid heeft geen zicht op de gegevens waarmee deze modellen zijn getraind, "
      "en de voorwaarden waaronder zij worden geleverd, kunnen eenzijdig worden gewijzigd. Op die afhankelijkheid "
      "komt de Raad in hoofdstuk 5 terug."),
    H("3 Lessen uit de afgelopen jaren"),
    H2("3.1 Risicoselectie en de gevolgen voor burgers"),
    P("De afgelopen tien jaar zijn verschillende toepassingen van risicoselectie bij de overheid in opspraak geraakt. "
      "De bekendste is de aanpak van vermeende fraude met de kinderopvangtoeslag, maar ook bij de studiefinanciering, "
      "de bijstand en de vergunningverlening zijn modellen gebruikt die groepen burgers onevenredig troffen. De Raad "
      "herhaalt hier niet de volledige geschiedenis, die elders uitvoerig is beschreven. Wel wil hij wijzen op het "
      "menselijk leed dat achter deze zaken schuilgaat: gezinnen die in de schulden raakten, studenten die ten "
      "onrechte moesten terugbetalen en burgers die jarenlang niet begrepen waarom juist zij steeds werden "
      "gecontroleerd."),
    P("In de gesprekken die de Raad met getroffen burgers voerde, kwam één punt steeds terug: het gevoel geen grip te "
      "hebben. Burgers kregen een brief met een besluit, maar geen uitleg waarom hun aanvraag was geselecteerd. Wie "
      "belde, kreeg een medewerker die het ook niet wist. Wie bezwaar maakte, kreeg een beslissing die de oorspronkelijke "
      "motivering herhaalde. Het risicomodel bleef buiten beeld, terwijl het voor de betrokkene het begin van alle "
      "problemen was."),
    H2("3.2 Het patroon achter de incidenten"),
    P("Hoewel de incidenten verschillen in omvang en context, ziet de Raad een terugkerend patroon. Hij onderscheidt "
      "vijf oorzaken die in vrijwel alle gevallen een rol speelden:"),
    bullets(
        "een sterke politieke en bestuurlijke druk om misbruik te bestrijden, die de aandacht voor de gevolgen voor "
        "bonafide burgers naar de achtergrond drong;",
        "gebrekkige kennis bij bestuurders en leidinggevenden over de werking en de beperkingen van de gebruikte "
        "modellen;",
        "het ontbreken van een vooraf vastgestelde toets op de gevolgen voor grondrechten, in het bijzonder het "
        "verbod op discriminatie;",
        "een gebrek aan tegenspraak binnen de organisatie, waardoor signalen van medewerkers en burgers niet "
        "doordrongen tot de top;",
        "toezicht dat te laat kwam en onvoldoende middelen had om zelf onderzoek te doen.",
    ),
    P("Opvallend is dat geen van deze oorzaken in de eerste plaats technisch van aard is. De modellen zelf waren "
      "vaak niet bijzonder geavanceerd. Het probleem lag in de manier waarop zij werden ingebed in de organisatie: "
      "wie besliste over de inzet, wie controleerde de uitkomsten, en wie nam de verantwoordelijkheid als het mis "
      "ging. De Raad trekt daaruit de conclusie dat ook de oplossingen vooral in de organisatie en het bestuur moeten "
      "worden gezocht, niet in betere algoritmes alleen."),
    P("Een tweede les is dat problemen pas zichtbaar werden toen buitenstaanders ze aan het licht brachten: "
      "journalisten, advocaten, onderzoekers en Kamerleden. De organisaties zelf hadden de informatie om de "
      "problemen eerder te zien, maar keken er niet naar of deden er niets mee. Openbaarheid over welke systemen in "
      "gebruik zijn en hoe zij werken, is daarom geen luxe maar een voorwaarde voor tijdige correctie."),
    H2("3.3 Wat wel goed ging"),
    P("Het beeld is niet uitsluitend negatief. In de casestudies zag de Raad ook voorbeelden van zorgvuldig gebruik. "
      "Een uitvoeringsorganisatie die een model gebruikt om aanvragen met een hoog risico op fouten eerder te "
      "behandelen, heeft vooraf met een onafhankelijke commissie getoetst of het model bepaalde groepen benadeelt, "
      "publiceert jaarlijks de verdeling van de selecties naar leeftijd, geslacht en woonregio en laat medewerkers "
      "de burger bij een selectie altijd eerst bellen in plaats van een brief te sturen. Het aantal bezwaarschriften "
      "daalde daar na invoering van het model."),
    P("Ook bij enkele gemeenten zag de Raad goede praktijken, zoals een ethische commissie die elke nieuwe toepassing "
      "beoordeelt voordat die in gebruik gaat, en een burgerpanel dat meekijkt bij de keuze van de gegevens die "
      "worden gebruikt. Kenmerkend voor deze voorbeelden is dat zorgvuldigheid is georganiseerd en niet afhangt van "
      "de goede wil van individuele medewerkers."),
    H2("3.4 Ervaringen in andere landen"),
    P("Nederland is niet het enige land dat met deze vragen worstelt. De Raad heeft de aanpak in vier andere landen "
      "bestudeerd: Denemarken, Frankrijk, Canada en het Verenigd Koninkrijk. Die landen verschillen sterk in "
      "bestuurscultuur, maar enkele elementen keren terug.", footnotes=(
        "De landenstudies zijn uitgevoerd door een onderzoeksbureau in opdracht van de Raad en zijn als achtergrondstudie "
        "gepubliceerd op de website van de Raad.",)),
    P("In Canada geldt sinds enkele jaren een verplichte beoordeling van de gevolgen van geautomatiseerde "
      "besluitvorming voor alle federale diensten. De uitkomst van die beoordeling bepaalt welke waarborgen gelden: "
      "hoe groter de gevolgen voor burgers, hoe strenger de eisen aan menselijke tussenkomst, uitleg en onafhankelijke "
      "controle. De beoordelingen worden openbaar gemaakt. Uit evaluaties blijkt dat de verplichting heeft geleid tot "
      "meer aandacht voor de gevolgen vooraf, maar ook dat een deel van de diensten de beoordeling als formaliteit "
      "behandelt en pas invult wanneer het systeem al is gebouwd."),
    P("Frankrijk kent een wettelijke plicht voor bestuursorganen om in een individueel besluit te vermelden dat het "
      "mede op een algoritmische verwerking berust, en om de betrokkene op verzoek de belangrijkste kenmerken van die "
      "verwerking mee te delen. Volgens de gesprekspartners van de Raad wordt die plicht lang niet overal nageleefd, "
      "maar heeft zij wel een norm gezet waarop burgers en rechters zich kunnen beroepen."),
    P("Denemarken en het Verenigd Koninkrijk zetten vooral in op kennis en standaarden. In Denemarken volgt een groot "
      "deel van de ambtenaren bij de centrale overheid een verplichte basisopleiding over data en algoritmes. Het "
      "Verenigd Koninkrijk heeft een openbare standaard voor het beschrijven van algoritmische hulpmiddelen, die sinds "
      "kort verplicht is voor de centrale overheid. Ook daar bleek dat vrijwillige registratie onvoldoende opleverde: "
      "in de eerste jaren werden slechts enkele tientallen beschrijvingen gepubliceerd."),
    P("De Raad leidt uit deze vergelijking af dat verplichtingen op zichzelf niet voldoende zijn, maar dat zonder "
      "verplichtingen weinig gebeurt. Waar registratie en toetsing vrijwillig bleven, bleef ook de vulling beperkt. "
      "Waar zij verplicht werden, verschoof de discussie van de vraag of een organisatie iets moet doen naar de vraag "
      "hoe zij dat goed doet. Dat is volgens de Raad de verschuiving die ook in Nederland nodig is."),
    H("4 Het normatieve kader"),
    H2("4.1 De Europese AI-verordening"),
    P("Met de AI-verordening heeft de Europese Unie in 2024 de eerste brede wettelijke regeling voor kunstmatige "
      "intelligentie vastgesteld. De verordening volgt een risicogebaseerde benadering. Enkele toepassingen zijn "
      "verboden, zoals sociale scoring door overheden. Systemen met een hoog risico, waaronder systemen die worden "
      "gebruikt om te beoordelen of iemand recht heeft op publieke voorzieningen, moeten aan strenge eisen voldoen op "
      "het gebied van risicobeheer, datakwaliteit, documentatie, menselijk toezicht en nauwkeurigheid.", footnotes=(
        "Verordening (EU) 2024/1689 tot vaststelling van geharmoniseerde regels betreffende artificiële "
        "intelligentie. De verplichtingen treden gefaseerd in werking tussen 2025 en 2027.",)),
    P("Voor overheidsorganisaties die een hoog-risicosysteem gebruiken, bevat de verordening aanvullende plichten. "
      "Zij moeten vóór ingebruikname een beoordeling uitvoeren van de gevolgen voor de grondrechten en het systeem "
      "registreren in een Europese databank. Burgers die worden geraakt door een besluit dat mede is gebaseerd op de "
      "uitvoer van een hoog-risicosysteem, krijgen een recht op uitleg over de rol van het systeem in de "
      "besluitvorming."),
    P("De Raad verwelkomt deze eisen, maar waarschuwt voor overschatting van wat zij in de praktijk zullen "
      "opleveren. De verordening is in de eerste plaats productwetgeving: zij regelt de eisen aan systemen die op de "
      "markt worden gebracht, en minder de manier waarop een organisatie ermee werkt. Veel toepassingen die de Raad "
      "in zijn uitvraag aantrof, vallen bovendien niet onder de categorie hoog risico, terwijl zij wel invloed hebben "
      "op de manier waarop burgers worden behandeld. En de verordening laat aan de lidstaten over hoe het toezicht "
      "wordt ingericht en welke middelen daarvoor beschikbaar komen."),
    H2("4.2 Algemene beginselen van behoorlijk bestuur"),
    P("Naast de AI-verordening gelden de normen van het nationale bestuursrecht. Het zorgvuldigheidsbeginsel vraagt "
      "dat een bestuursorgaan de relevante feiten en belangen kent voordat het besluit. Het motiveringsbeginsel "
      "vraagt dat een besluit een deugdelijke motivering heeft die voor de betrokkene te volgen is. Het "
      "gelijkheidsbeginsel verbiedt ongerechtvaardigd onderscheid. In de jurisprudentie is de laatste jaren "
      "uitgemaakt dat een bestuursorgaan dat een geautomatiseerd systeem gebruikt, de gemaakte keuzes en gebruikte "
      "gegevens inzichtelijk moet maken, zodat de betrokkene en de rechter het besluit kunnen controleren."),
    P("In theorie bieden deze beginselen dus al veel bescherming. In de praktijk blijkt het voor burgers echter "
      "moeilijk er een beroep op te doen. Zij weten meestal niet dat een systeem heeft bijgedragen aan hun besluit, "
      "en als zij het wel weten, hebben zij geen toegang tot de informatie die nodig is om de werking te betwisten. "
      "De Raad meent dat het bestuursrecht op dit punt een verduidelijking verdient. Hij bepleit een uitdrukkelijk "
      "recht op uitleg in de Algemene wet bestuursrecht, dat verder gaat dan de algemene motiveringsplicht en dat "
      "ook geldt voor systemen die buiten de hoog-risicocategorie van de AI-verordening vallen. Daarbij hoort volgens "
      "de Raad dat niet de burger hoeft aan te tonen dat een systeem een fout maakte, maar dat het bestuursorgaan "
      "aannemelijk maakt dat de uitkomst juist is."),
    H2("4.3 Transparantie en het Algoritmeregister"),
    P("Sinds eind 2022 beschikt de overheid over een openbaar Algoritmeregister, waarin organisaties hun algoritmes "
      "kunnen beschrijven. Het register is een belangrijke stap, maar de vulling blijft achter. Zoals in hoofdstuk 2 "
      "bleek, staat minder dan de helft van de toepassingen die bijdragen aan besluiten over burgers erin. De "
      "beschrijvingen verschillen bovendien sterk in kwaliteit: sommige zijn uitgebreid en begrijpelijk, andere "
      "beperken zich tot een paar regels jargon."),
    P("De Raad is van mening dat vrijwilligheid hier niet langer volstaat. De ervaring leert dat juist de "
      "toepassingen met de grootste gevolgen het minst vaak worden geregistreerd, omdat organisaties vrezen voor "
      "kritiek of misbruik van de informatie. Een wettelijke plicht, met een duidelijke afbakening van de systemen "
      "die eronder vallen, schept helderheid voor iedereen. Waar openbaarmaking van bepaalde details de handhaving "
      "werkelijk zou ondermijnen, kan een uitzondering worden gemaakt, maar dan voor die details en niet voor het "
      "bestaan van het systeem zelf."),
    P("Hetzelfde geldt volgens de Raad voor de impacttoetsen op grondrechten die organisaties uitvoeren. Een toets die "
      "in een la verdwijnt, draagt weinig bij aan het vertrouwen van burgers. Pas als de toets openbaar is, kunnen "
      "journalisten, wetenschappers en maatschappelijke organisaties beoordelen of de organisatie de juiste vragen "
      "heeft gesteld."),
    H("5 Uitvoering en vakmanschap"),
    H2("5.1 Kennis in de organisatie"),
    P("Een terugkerende bevinding in de interviews is het gebrek aan kennis over AI bij bestuurders, leidinggevenden "
      "en beleidsmakers. Technische kennis is vaak geconcentreerd bij een kleine groep specialisten of bij externe "
      "adviseurs. De mensen die beslissen over de inzet van een systeem, of die de uitkomsten ervan in de dagelijkse "
      "praktijk gebruiken, hebben onvoldoende zicht op wat een model wel en niet kan. Daardoor stellen zij niet de "
      "juiste vragen: op welke gegevens is het model getraind, hoe vaak zit het ernaast, en voor wie?"),
    P("De AI-verordening verplicht organisaties die AI gebruiken sinds februari 2025 om te zorgen voor een toereikend "
      "niveau van AI-geletterdheid bij hun personeel. De Raad constateert dat de invulling daarvan per organisatie "
      "sterk verschilt. Sommige ministeries hebben verplichte opleidingen ingevoerd, andere verwijzen naar een "
      "vrijblijvend aanbod van e-learningmodules. Er is geen rijksbreed beeld van hoeveel ambtenaren een opleiding "
      "hebben gevolgd, en de kennis is geen onderdeel van de functie-eisen voor de rollen waarin zij het hardst nodig "
      "is.", footnotes=("Artikel 4 van de AI-verordening.",)),
    P("De rijksoverheid heeft bovendien moeite om specialisten aan te trekken en vast te houden. Datawetenschappers en "
      "AI-ingenieurs kunnen in het bedrijfsleven aanzienlijk meer verdienen. Verschillende organisaties lossen dat op "
      "door externe krachten in te huren, met als gevolg dat kennis na afloop van een project weer vertrekt. De Raad "
      "ziet hier een taak voor de minister van Binnenlandse Zaken en Koninkrijksrelaties als verantwoordelijke voor "
      "het personeelsbeleid van de rijksdienst."),
    H2("5.2 Inkoop en afhankelijkheid"),
    P("Een groot deel van de AI die de overheid gebruikt, wordt ingekocht. Dat is op zichzelf niet bezwaarlijk: de "
      "overheid hoeft niet alles zelf te bouwen. Maar in de casestudies zag de Raad dat organisaties bij de inkoop "
      "weinig eisen stellen aan transparantie. Contracten bevatten zelden afspraken over toegang tot documentatie over "
      "trainingsgegevens, over het recht om het systeem door een onafhankelijke partij te laten controleren, of over "
      "wat er gebeurt als de leverancier de voorwaarden wijzigt of zich terugtrekt."),
    P("Inkopers gaven aan dat zij niet weten welke eisen zij redelijkerwijs kunnen stellen, en dat leveranciers "
      "transparantie-eisen afwijzen met een beroep op bedrijfsgeheimen. Een gemeenschappelijke set modelvoorwaarden, "
      "die organisaties zonder eigen juridische uitwerking kunnen gebruiken, zou de onderhandelingspositie van de "
      "overheid volgens de Raad aanzienlijk versterken. Het Expertisecentrum Aanbesteden PIANOo heeft de kennis en "
      "het netwerk om zulke voorwaarden te ontwikkelen."),
    P("Het probleem van afhankelijkheid gaat verder dan afzonderlijke contracten. De rekencapaciteit die nodig is om "
      "grote modellen te trainen en te draaien, is geconcentreerd bij een klein aantal bedrijven buiten Europa. Als de "
      "overheid steeds meer van haar werkprocessen laat afhangen van diensten van die bedrijven, wordt zij kwetsbaar "
      "voor prijsverhogingen, wijzigingen in voorwaarden en geopolitieke spanningen. De Raad bepleit daarom dat "
      "Nederland, in Europees verband, investeert in publiek beheerde rekencapaciteit en in open taalmodellen die op "
      "Nederlandse en Europese teksten zijn getraind."),
    H2("5.3 Experimenteren met waarborgen"),
    P("De Raad wil niet de indruk wekken dat elke toepassing van AI bij de overheid een risico is dat moet worden "
      "ingeperkt. Er is ruimte nodig om te experimenteren, juist omdat de overheid anders achterblijft en de kennis "
      "mist om goede keuzes te maken. Maar experimenten met toepassingen die burgers raken, vragen om duidelijke "
      "grenzen: een afgebakende looptijd, een vooraf vastgestelde evaluatie en een onafhankelijke beoordeling "
      "voordat een experiment wordt omgezet in structureel gebruik."),
    P("Bij generatieve AI ligt dat volgens de Raad anders. De technologie ontwikkelt zich zo snel en de fouten zijn zo "
      "moeilijk te herkennen dat de Raad het onverstandig vindt om haar nu al in te zetten bij de voorbereiding van "
      "besluiten over individuele burgers. Daar zou eerst een rijksbreed kader met kwaliteitseisen moeten liggen. "
      "Voor ander gebruik, zoals het samenvatten van beleidsdocumenten of het doorzoeken van openbare bronnen, ziet "
      "de Raad minder bezwaren, mits ambtenaren weten wat de beperkingen zijn."),
    P("Ten slotte wijst de Raad op het belang van onafhankelijke controle achteraf. Een model dat bij ingebruikname "
      "goed presteert, kan in de loop van de tijd ontsporen, bijvoorbeeld doordat de samenstelling van de groep "
      "aanvragers verandert. De Auditdienst Rijk onderzoekt sinds enkele jaren steekproefsgewijs algoritmes bij "
      "ministeries, maar een periodieke audit van elk systeem dat bijdraagt aan besluiten over uitkeringen of "
      "toeslagen is geen vaste praktijk. Juist bij die besluiten zijn de gevolgen van een fout voor burgers het "
      "grootst."),
    H("6 Toezicht en rechtsbescherming"),
    H2("6.1 Versnipperd toezicht"),
    P("Het toezicht op het gebruik van AI door de overheid is verdeeld over meerdere instanties. De Autoriteit "
      "Persoonsgegevens (AP) ziet toe op de verwerking van persoonsgegevens en heeft sinds 2023 een coördinerende "
      "rol bij het toezicht op algoritmes. Daarnaast houden sectorale inspecties toezicht op de uitvoering in hun "
      "domein, beoordeelt de Nationale ombudsman klachten over behoorlijk overheidsoptreden en onderzoekt het College "
      "voor de Rechten van de Mens klachten over discriminatie."),
    P("Onder de AI-verordening moet elke lidstaat markttoezichthouders aanwijzen. Over de vraag welke toezichthouder "
      "verantwoordelijk wordt voor AI-systemen die de overheid zelf gebruikt, was ten tijde van het schrijven van dit "
      "rapport nog geen besluit genomen. De Raad vindt het van belang dat die keuze snel wordt gemaakt en dat zij "
      "aansluit bij de bestaande kennis. De AP heeft die kennis opgebouwd en ligt daarom voor de hand."),
    P("Het toezicht heeft bovendien onvoldoende capaciteit. De AP heeft de afgelopen jaren meer middelen gekregen, "
      "maar die zijn grotendeels tijdelijk en staan niet in verhouding tot de omvang van de taak. Toezichthouders "
      "gaven in de gesprekken aan dat zij zich moeten beperken tot het reageren op signalen en nauwelijks toekomen "
      "aan eigen onderzoek. De Raad heeft op basis van de gesprekken en een vergelijking met toezichthouders in "
      "andere lidstaten een grove raming gemaakt van wat nodig is om de coördinerende rol volledig uit te oefenen: "
      "ten minste twaalf miljoen euro per jaar bovenop het huidige budget.", footnotes=(
        "De raming is gebaseerd op een vergelijking met de toezichthouders in Frankrijk, Ierland en Denemarken en "
        "houdt rekening met de omvang van de Nederlandse publieke sector; zie bijlage 4.",)),
    H2("6.2 De positie van de burger"),
    P("Voor een burger die vermoedt dat een systeem hem onterecht heeft benadeeld, is het niet eenvoudig om te weten "
      "waar hij terechtkan. Hij kan bezwaar maken bij de organisatie die het besluit nam, een klacht indienen bij de "
      "Nationale ombudsman, een signaal doorgeven aan de AP of naar de rechter stappen. Elk van die wegen heeft zijn "
      "eigen procedure en termijnen, en geen ervan is specifiek ingericht op vragen over AI. Burgers die de Raad "
      "sprak, gaven aan dat zij van het kastje naar de muur werden gestuurd."),
    P("De Raad ziet daarom meerwaarde in één centraal meldpunt waar burgers met klachten en signalen over AI-gebruik "
      "door de overheid terechtkunnen, en dat hen doorverwijst naar de juiste instantie. Zo'n meldpunt levert "
      "bovendien een overzicht op van terugkerende problemen, dat voor toezichthouders en beleidsmakers waardevol "
      "is."),
    P("Het belangrijkste is volgens de Raad echter dat burgers überhaupt weten dat een systeem een rol speelde. Een "
      "besluit dat mede tot stand is gekomen met behulp van AI, moet dat in begrijpelijke taal vermelden. Dat vraagt "
      "niet om een technische verhandeling, maar om een eenvoudige uitleg: welke rol had het systeem, wat heeft de "
      "medewerker zelf beoordeeld, en bij wie kan de burger terecht met vragen. Voor de grote uitvoeringsorganisaties "
      "als UWV, de SVB, DUO en de Belastingdienst, die jaarlijks miljoenen besluiten nemen, is dat een forse "
      "operatie, maar ook een die het vertrouwen direct raakt."),
    H2("6.3 De rechter"),
    P("Bestuursrechters krijgen steeds vaker zaken waarin de werking van een algoritme ter discussie staat. In de "
      "gesprekken gaven rechters aan dat zij het lastig vinden om te beoordelen of een bestuursorgaan voldoende "
      "inzicht heeft gegeven, en dat de kennis over AI binnen de rechtspraak beperkt is. De Raad merkt op dat de "
      "rechtspraak zelf verantwoordelijk is voor haar kennisontwikkeling, maar dat de wetgever kan helpen door "
      "duidelijke normen te stellen over welke informatie een bestuursorgaan moet verstrekken."),
    P("Een bijzonder domein is de strafrechtketen. Politie en Openbaar Ministerie gebruiken AI onder meer voor het "
      "analyseren van grote hoeveelheden digitale gegevens, het herkennen van gezichten op beeldmateriaal en het "
      "voorspellen van plaatsen en tijden waarop de kans op bepaalde delicten groter is. Die toepassingen kunnen "
      "diep ingrijpen in de persoonlijke levenssfeer. Of de huidige wettelijke grondslagen in het Wetboek van "
      "Strafvordering en de Wet politiegegevens daarvoor toereikend zijn, is onder juristen omstreden. De Raad kan die "
      "vraag in het bestek van dit rapport niet beantwoorden, maar vindt dat zij grondig moet worden onderzocht."),
    H2("6.4 Tegenspraak en verantwoording"),
    P("Toezicht en rechtsbescherming komen pas in beeld als er al iets is misgegaan. De Raad vindt het minstens zo "
      "belangrijk dat organisaties zelf in staat zijn om fouten vroeg te zien. In de casestudies viel op dat "
      "medewerkers die twijfels hadden over de uitkomsten van een systeem, niet wisten waar zij die twijfels konden "
      "neerleggen. Signalen bleven hangen bij de direct leidinggevende of bij het team dat het systeem had "
      "ontwikkeld, en bereikten het bestuur niet."),
    P("Organisaties die het beter deden, hadden tegenspraak georganiseerd. Zij hadden een functionaris of commissie "
      "die niet betrokken was bij de ontwikkeling en die het mandaat had om het gebruik van een systeem op te schorten. "
      "Zij bespraken de uitkomsten van hun modellen periodiek in het bestuur, met cijfers over de verdeling van "
      "selecties over groepen burgers. En zij namen klachten en bezwaarschriften serieus als bron van informatie over "
      "de werking van hun systemen, in plaats van ze uitsluitend als juridische procedure af te handelen."),
    P("Verantwoording naar buiten vraagt bovendien dat de politiek verantwoordelijke bewindspersoon weet wat er in "
      "de organisatie gebeurt. In de gesprekken bleek dat ministeries slechts beperkt zicht hebben op de AI-systemen "
      "die hun uitvoeringsorganisaties gebruiken. Jaarverslagen en begrotingen zeggen er weinig over. De Raad vindt "
      "dat het gebruik van AI met gevolgen voor burgers een vast onderdeel moet worden van het gesprek tussen "
      "departement en uitvoeringsorganisatie, en van de verantwoording aan het parlement."),
    H("7 Conclusies"),
    P("De centrale vraag van dit rapport was onder welke voorwaarden de overheid kunstmatige intelligentie zo kan "
      "inzetten dat de rechten van burgers worden beschermd en het vertrouwen in het openbaar bestuur wordt versterkt. "
      "De Raad komt tot de volgende conclusies."),
    P("Ten eerste: de overheid heeft onvoldoende zicht op haar eigen gebruik van AI. Registratie is vrijwillig en "
      "onvolledig, en veel organisaties weten niet welke AI-functies in hun standaardsoftware zitten. Zonder dat "
      "zicht is verantwoording onmogelijk."),
    P("Ten tweede: het juridische kader is de afgelopen jaren versterkt, maar de positie van de burger blijft zwak. "
      "Burgers weten meestal niet dat een systeem aan hun besluit heeft bijgedragen en hebben weinig mogelijkheden om "
      "de werking ervan te betwisten."),
    P("Ten derde: de problemen uit het verleden hadden vooral bestuurlijke en organisatorische oorzaken. Kennis, "
      "tegenspraak en een zorgvuldige toets vooraf ontbraken. Die lessen zijn nog niet overal geleerd, en de opkomst "
      "van generatieve AI stelt nieuwe eisen."),
    P("Ten vierde: het toezicht is versnipperd en heeft te weinig capaciteit om meer te doen dan reageren op "
      "signalen. De keuze voor een markttoezichthouder onder de AI-verordening biedt een kans om dat te verbeteren."),
    P("Ten vijfde: de overheid is in toenemende mate afhankelijk van een klein aantal grote buitenlandse aanbieders, "
      "en gebruikt haar inkoopkracht nog nauwelijks om transparantie af te dwingen."),
    P("Deze conclusies leiden tot de aanbevelingen in het volgende hoofdstuk. De Raad realiseert zich dat niet alle "
      "aanbevelingen op korte termijn kunnen worden uitgevoerd. Hij vraagt het kabinet wel om bij elke aanbeveling "
      "helder te maken of en wanneer het tot uitvoering overgaat."),
    H("8 Aanbevelingen"),
    P("De Raad doet dertien aanbevelingen, geordend naar vier thema's. Bij elke aanbeveling staat aan wie zij is "
      "gericht, gevolgd door een korte toelichting. De nummering loopt door over de thema's heen."),
    H2("8.1 Zicht op het gebruik van AI"),
    rec(1, "De staatssecretaris van Koninkrijksrelaties en Digitalisering: leg wettelijk vast dat iedere "
           "overheidsorganisatie haar AI-systemen met een hoog risico vóór ingebruikname registreert in het "
           "Algoritmeregister, en laat deze plicht uiterlijk op 1 januari 2027 ingaan.", "KR&D"),
    P("De vrijwillige registratie heeft niet geleid tot een volledig register. Juist de systemen met de grootste "
      "gevolgen ontbreken vaak. Een wettelijke plicht met een heldere afbakening geeft organisaties duidelijkheid en "
      "burgers zicht op wat er in gebruik is. Uitzonderingen zijn mogelijk voor details die de handhaving werkelijk "
      "zouden ondermijnen, niet voor het bestaan van een systeem."),
    rec(2, "De staatssecretaris van Koninkrijksrelaties en Digitalisering: maak een impacttoets op grondrechten "
           "verplicht voor iedere hoog-risicotoepassing van AI bij de rijksoverheid, en maak de volledige toets "
           "openbaar voordat het systeem in gebruik wordt genomen.", "KR&D"),
    P("Een toets vooraf dwingt organisaties om de gevolgen voor burgers te doordenken voordat een systeem in gebruik "
      "gaat. Openbaarheid van de volledige toets maakt het mogelijk dat anderen meekijken en tegenspraak bieden; een "
      "samenvatting is daarvoor onvoldoende."),
    rec(3, "UWV, de SVB, DUO en de Belastingdienst: vermeld in ieder besluit waaraan een AI-systeem heeft "
           "bijgedragen, in begrijpelijke taal dat dit zo is en welke rol het systeem speelde, en noem een "
           "medewerker bij wie de burger daarover terechtkan.", "SZW", "OCW", "FIN"),
    P("Burgers kunnen hun rechten alleen benutten als zij weten dat een systeem aan hun besluit heeft bijgedragen. "
      "De Raad vraagt geen technische uitleg, maar een eenvoudige vermelding en een aanspreekpunt. De grote "
      "uitvoeringsorganisaties nemen de meeste besluiten en hebben daarom de grootste verantwoordelijkheid."),
    H2("8.2 De positie van de burger"),
    rec(4, "De minister van Justitie en Veiligheid: neem in de Algemene wet bestuursrecht een zelfstandig recht op "
           "uitleg op bij besluiten waaraan AI heeft bijgedragen, en leg de bewijslast voor de juistheid van de "
           "uitkomst bij het bestuursorgaan.", "JenV"),
    P("Het recht op uitleg in de AI-verordening geldt alleen voor hoog-risicosystemen. Veel toepassingen die burgers "
      "raken, vallen daarbuiten. Een recht in de Awb geldt voor alle besluiten en sluit aan bij de bestaande "
      "rechtsbescherming. Omdat de burger geen toegang heeft tot het systeem, hoort de bewijslast bij het "
      "bestuursorgaan te liggen."),
    rec(5, "De staatssecretaris van Koninkrijksrelaties en Digitalisering en de Autoriteit Persoonsgegevens: richt "
           "samen één centraal meldpunt in waar burgers terechtkunnen met klachten en signalen over het gebruik van "
           "AI door de overheid.", "KR&D", "JenV"),
    P("Burgers worden nu van het kastje naar de muur gestuurd. Eén meldpunt dat doorverwijst naar de juiste instantie, "
      "maakt het voor hen eenvoudiger en levert een overzicht op van terugkerende problemen."),
    rec(6, "De minister van Justitie en Veiligheid: laat onderzoeken of de inzet van AI door politie en Openbaar "
            "Ministerie, zoals gezichtsherkenning en voorspellende analyses, een eigen wettelijke grondslag nodig "
            "heeft.", "JenV"),
    P("De huidige grondslagen zijn niet geschreven met deze toepassingen in gedachten, en juristen zijn het oneens over "
      "de vraag of zij toereikend zijn. Omdat de inbreuk op de persoonlijke levenssfeer groot kan zijn, moet die vraag "
      "worden beantwoord voordat het gebruik verder toeneemt."),
    H2("8.3 Toezicht"),
    rec(7, "De minister van Justitie en Veiligheid: verhoog het budget van de Autoriteit Persoonsgegevens "
           "structureel, zodat zij haar taak als coördinerend toezichthouder op algoritmes en AI volledig kan "
           "uitoefenen; de Raad raamt de benodigde uitbreiding op ten minste twaalf miljoen euro per jaar.", "JenV"),
    P("Tijdelijke middelen maken het onmogelijk om duurzaam kennis op te bouwen en specialisten vast te houden. Het "
      "toezicht moet meer kunnen doen dan reageren op signalen."),
    rec(8, "De minister van Justitie en Veiligheid: wijs de Autoriteit Persoonsgegevens in de uitvoeringswetgeving "
           "bij de AI-verordening aan als markttoezichthouder voor AI-systemen die de overheid zelf inzet.", "JenV"),
    P("De AP heeft de afgelopen jaren kennis opgebouwd over algoritmes bij de overheid. Door haar aan te wijzen, wordt "
      "verdere versnippering voorkomen en kan het toezicht op de verordening direct voortbouwen op wat er al is."),
    rec(9, "UWV, de SVB en de Dienst Toeslagen: laat ieder AI-systeem dat bijdraagt aan besluiten over uitkeringen "
            "of toeslagen jaarlijks toetsen door een onafhankelijke auditor, en publiceer de uitkomsten.",
        "SZW", "FIN"),
    P("Modellen kunnen in de loop van de tijd ontsporen. Een jaarlijkse audit door een partij die niet bij de "
      "ontwikkeling betrokken was, brengt dat tijdig aan het licht. Publicatie van de uitkomsten draagt bij aan het "
      "vertrouwen."),
    H2("8.4 Vakmanschap en afhankelijkheid"),
    rec(10, "De minister van Binnenlandse Zaken en Koninkrijksrelaties: zorg dat iedere rijksambtenaar die "
           "AI-systemen ontwikkelt, inkoopt of in zijn werk gebruikt, uiterlijk eind 2027 een opleiding in "
           "AI-geletterdheid heeft gevolgd, en neem deze kennis op in de functie-eisen.", "BZK"),
    P("Kennis over de mogelijkheden en beperkingen van AI is geen specialisme meer, maar een basisvaardigheid voor "
      "iedereen die ermee werkt. Een vrijblijvend aanbod volstaat niet; de kennis moet deel uitmaken van wat van "
      "ambtenaren in deze rollen wordt verwacht."),
    rec(11, "De staatssecretaris van Koninkrijksrelaties en Digitalisering: stel een moratorium in op de inzet van "
            "generatieve AI bij het voorbereiden van besluiten over individuele burgers, totdat daarvoor rijksbrede "
            "kwaliteitseisen zijn vastgesteld.", "KR&D"),
    P("De fouten van generatieve modellen zijn moeilijk te herkennen en kunnen bij besluiten over burgers directe "
      "gevolgen hebben. Zolang er geen rijksbreed kader ligt, moet de overheid hier terughoudend zijn."),
    rec(12, "De minister van Economische Zaken: ontwikkel met PIANOo modelvoorwaarden voor de inkoop van AI door de "
            "overheid, waarin toegang tot documentatie over trainingsgegevens, auditrechten en een uitstapregeling "
            "standaard zijn opgenomen.", "EZ"),
    P("Inkopers weten nu niet welke eisen zij kunnen stellen. Gemeenschappelijke modelvoorwaarden versterken de "
      "positie van iedere afzonderlijke organisatie tegenover grote leveranciers."),
    rec(13, "De minister van Economische Zaken: investeer gericht in publiek beheerde rekencapaciteit en in open "
           "taalmodellen die op Nederlandse en Europese teksten zijn getraind, zodat de overheid minder afhankelijk "
           "wordt van enkele buitenlandse aanbieders.", "EZ"),
    P("Afhankelijkheid van een handvol aanbieders maakt de overheid kwetsbaar. Publieke investeringen, bij voorkeur "
      "in Europees verband, zorgen ervoor dat er een alternatief bestaat voor toepassingen waarbij zeggenschap over "
      "gegevens en modellen essentieel is."),
)

REPORT = Document(
    title="Vertrouwen vraagt voorwaarden",
    subtitle="Kunstmatige intelligentie in het openbaar bestuur",
    blocks=REPORT_BLOCKS,
    running_header="Raad voor Publieke Toekomstvragen  —  Vertrouwen vraagt voorwaarden",
    footer="{page}",
    font_family="serif",
    imprint=("Raad voor Publieke Toekomstvragen", "Rapport nr. 47", "Den Haag, juni 2025"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV1 = "Het kabinet omarmt deze aanbeveling."
EV2 = ("Het kabinet kiest daarom voor een andere route: de impacttoets wordt per 1 juli 2026 verplicht voor alle "
       "hoog-risicotoepassingen van AI bij de rijksoverheid, maar in plaats van de volledige toets wordt een "
       "samenvatting van de uitkomsten gepubliceerd.")
EV3 = ("Vanaf 1 juli 2026 vermelden UWV, de SVB, DUO en de Belastingdienst in iedere beschikking waaraan een "
       "AI-systeem heeft bijgedragen, in begrijpelijke taal welke rol dat systeem speelde en bij welke medewerker de "
       "burger daarover terechtkan.")
EV4 = "Het kabinet ziet hiervoor geen noodzaak."
EV5 = "Een afzonderlijk centraal meldpunt acht het kabinet niet opportuun."
EV6 = ("De minister van Justitie en Veiligheid heeft het WODC gevraagd dit onderzoek uit te voeren, met bijzondere "
       "aandacht voor gezichtsherkenning en voorspellende analyses; de resultaten worden eind 2026 verwacht.")
EV7 = ("Het kabinet stelt de AP in 2026 en 2027 elk jaar 4 miljoen euro extra ter beschikking voor het toezicht op "
       "algoritmes en AI, maar een structurele verhoging tot het door de Raad geraamde niveau neemt het kabinet op "
       "dit moment niet over.")
EV8_SUBJECT = ("In het wetsvoorstel Uitvoeringswet AI-verordening, dat het kabinet in het voorjaar van 2026 bij uw "
               "Kamer indient, wordt de Autoriteit Persoonsgegevens aangewezen als markttoezichthouder voor "
               "AI-systemen die door overheidsorganisaties worden ingezet.")
EV8 = ("Aanbeveling 8 neemt het kabinet over: zoals in hoofdstuk 2 is aangegeven, wijst het wetsvoorstel "
       "Uitvoeringswet AI-verordening de AP aan als markttoezichthouder voor AI-systemen van de overheid.")
EV10 = ("Het kabinet werkt dit uit in de Werkagenda Waardengedreven Digitaliseren: vanaf 1 januari 2026 is de "
        "basisopleiding AI-geletterdheid van de Rijksacademie verplicht voor rijksambtenaren die AI-systemen "
        "ontwikkelen, inkopen of gebruiken, en uiterlijk eind 2027 moeten zij deze opleiding hebben afgerond.")
EV11 = "Het kabinet neemt deze aanbeveling niet over."
EV12 = ("De minister van Economische Zaken verkent met PIANOo en de rijksinkooporganisaties of aanvullende "
        "modelvoorwaarden voor AI een meerwaarde hebben naast de bestaande rijksvoorwaarden voor IT-inkoop en de "
        "Europese modelclausules voor AI-aanbestedingen.")

RESPONSE_BLOCKS = (
    P("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal"),
    P("Datum: 14 november 2025"),
    P("Betreft: Kabinetsreactie op het rapport ‘Vertrouwen vraagt voorwaarden’ van de Raad voor Publieke "
      "Toekomstvragen"),
    H("1 Inleiding"),
    P("Op 19 juni 2025 heeft de Raad voor Publieke Toekomstvragen (hierna: de Raad) zijn rapport ‘Vertrouwen vraagt "
      "voorwaarden. Kunstmatige intelligentie in het openbaar bestuur’ gepubliceerd. Met deze brief bied ik u, mede "
      "namens de minister van Binnenlandse Zaken en Koninkrijksrelaties, de minister van Justitie en Veiligheid en de "
      "minister van Economische Zaken, de kabinetsreactie op dit rapport aan."),
    P("Het kabinet is de Raad erkentelijk voor zijn grondige en evenwichtige analyse. Het rapport verschijnt op een "
      "moment waarop het gebruik van kunstmatige intelligentie (AI) in de publieke sector snel toeneemt en de "
      "verplichtingen uit de Europese AI-verordening gefaseerd in werking treden. De Raad laat overtuigend zien dat "
      "de vraag niet is of de overheid AI gebruikt, maar onder welke voorwaarden. Het kabinet waardeert in het "
      "bijzonder dat de Raad de ervaringen van burgers die door risicoselectie zijn geraakt, een centrale plaats in "
      "zijn analyse heeft gegeven."),
    P("In hoofdstuk 2 van deze brief schetst het kabinet de hoofdlijnen van zijn reactie en de stand van zaken van "
      "het beleid. In hoofdstuk 3 gaat het kabinet in op de afzonderlijke aanbevelingen. Hoofdstuk 4 bevat een korte "
      "afsluiting."),
    H("2 Hoofdlijnen"),
    P("Het kabinet onderschrijft de hoofdboodschap van de Raad dat vertrouwen in het gebruik van AI door de overheid "
      "niet vanzelf ontstaat, maar moet worden verdiend met zichtbare waarborgen. Het kabinet herkent ook het beeld "
      "dat de oorzaken van de problemen uit het verleden vooral bestuurlijk en organisatorisch van aard waren. Dat "
      "is de reden dat het kabinet in de Werkagenda Waardengedreven Digitaliseren niet alleen inzet op regels, maar "
      "ook op kennis, cultuur en tegenspraak binnen de overheid."),
    P("Sinds december 2022 is het Algoritmeregister van de overheid openbaar. Eind september 2025 bevatte het register "
      "ruim 900 beschrijvingen van algoritmes van meer dan 200 organisaties. Daarnaast hanteert de rijksoverheid het "
      "Implementatiekader Algoritmes, dat organisaties helpt bij het verantwoord ontwikkelen en gebruiken van "
      "algoritmes, en onderzoekt de Auditdienst Rijk sinds 2023 jaarlijks een aantal algoritmes bij ministeries en "
      "uitvoeringsorganisaties. De uitkomsten van die onderzoeken worden met de betrokken organisaties besproken en "
      "in geanonimiseerde vorm aan uw Kamer gemeld."),
    P("Voor het toezicht op de AI-verordening heeft het kabinet inmiddels een keuze gemaakt. " + EV8_SUBJECT + " Voor "
      "AI-systemen die door bedrijven op de markt worden gebracht, wordt het toezicht belegd bij de bestaande "
      "sectorale markttoezichthouders, waarbij de AP en de Rijksinspectie Digitale Infrastructuur een coördinerende "
      "rol krijgen.",
      answers=(Answer("8", "agree", EV8_SUBJECT),)),
    P("Het kabinet deelt de opvatting van de Raad dat zicht op het eigen gebruik van AI de basis is voor alle andere "
      "waarborgen. Op een aantal punten kiest het kabinet een andere weg dan de Raad adviseert, omdat bestaande "
      "regelgeving al voorziet in de gevraagde bescherming of omdat de uitvoeringslasten niet in verhouding staan "
      "tot de verwachte opbrengst. Dat wordt hieronder per aanbeveling toegelicht."),
    H("3 Reactie op de aanbevelingen"),
    H2("3.1 Aanbeveling 1: Registratieplicht in het Algoritmeregister"),
    P(EV1 + " Vrijwillige registratie heeft het register een goede start gegeven, maar de Raad wijst er terecht op "
      "dat juist de systemen met de grootste gevolgen voor burgers nog te vaak ontbreken. Het kabinet bereidt een "
      "wetsvoorstel voor dat overheidsorganisaties verplicht hun hoog-risicosystemen vóór ingebruikname in het "
      "Algoritmeregister te registreren. Het wetsvoorstel gaat in het eerste kwartaal van 2026 in "
      "internetconsultatie; het kabinet streeft ernaar dat de plicht op 1 januari 2027 ingaat, zoals de Raad "
      "adviseert.",
      answers=(Answer("1", "agree", EV1),)),
    P("Bij de uitwerking wordt aangesloten bij de definitie van hoog-risicosystemen in de AI-verordening, zodat "
      "organisaties niet met twee verschillende afbakeningen te maken krijgen. Voor opsporings- en "
      "handhavingsinstanties komt er een beperkte uitzondering voor details waarvan openbaarmaking de handhaving zou "
      "ondermijnen; het bestaan en het doel van het systeem worden in alle gevallen geregistreerd."),
    H2("3.2 Aanbeveling 2: Impacttoets op grondrechten"),
    P("De Raad adviseert een impacttoets op grondrechten verplicht te stellen voor iedere hoog-risicotoepassing van "
      "AI bij de rijksoverheid en de volledige toets openbaar te maken voordat het systeem in gebruik wordt genomen."),
    P("Het kabinet hecht net als de Raad aan een zorgvuldige afweging vooraf. Tegelijk leert de ervaring met de "
      "bestaande impactassessments dat een volledige toets vaak informatie bevat over beveiliging, "
      "selectiecriteria en interne werkprocessen die niet zonder risico openbaar kan worden gemaakt. Bovendien "
      "vreest het kabinet dat openbaarmaking van de volledige toets ertoe leidt dat organisaties de toets "
      "defensiever gaan opstellen, terwijl die juist een open interne discussie moet uitlokken. " + EV2 + " De "
      "samenvatting vermeldt in ieder geval welke risico's zijn vastgesteld en welke maatregelen de organisatie "
      "heeft getroffen, en wordt opgenomen in het Algoritmeregister.",
      answers=(Answer("2", "partial", EV2),)),
    H2("3.3 Aanbeveling 3: Uitleg aan burgers in besluiten"),
    P("Burgers moeten kunnen weten dat een systeem heeft bijgedragen aan een besluit over hen. De staatssecretaris "
      "heeft hierover met de staatssecretaris van Financiën en de ministers van Sociale Zaken en Werkgelegenheid en "
      "van Onderwijs, Cultuur en Wetenschap afspraken gemaakt met de betrokken uitvoeringsorganisaties. " + EV3 + " De "
      "organisaties ontwikkelen daarvoor samen standaardteksten, die vóór invoering met burgers worden getest. Het "
      "kabinet stelt in 2026 en 2027 in totaal 9 miljoen euro beschikbaar voor de aanpassing van de systemen en de "
      "opleiding van medewerkers aan de telefoon en in de bezwaarafhandeling.",
      answers=(Answer("3", "agree", EV3),)),
    H2("3.4 Aanbeveling 4: Recht op uitleg in de Awb"),
    P("De Raad stelt voor een zelfstandig recht op uitleg in de Algemene wet bestuursrecht op te nemen en de "
      "bewijslast voor de juistheid van de uitkomst bij het bestuursorgaan te leggen. Het kabinet heeft dit voorstel "
      "zorgvuldig bezien. Op grond van het motiveringsbeginsel in de Awb moet een bestuursorgaan een besluit al "
      "deugdelijk motiveren, en volgens vaste rechtspraak houdt dat in dat het bestuursorgaan de keuzes, gegevens "
      "en aannames die aan een geautomatiseerd besluit ten grondslag liggen, inzichtelijk moet maken. Kan het "
      "bestuursorgaan dat niet, dan blijft het besluit in rechte niet in stand; in zoverre ligt de bewijslast nu al "
      "bij de overheid. Daarnaast geven de Algemene verordening gegevensbescherming en de AI-verordening burgers een "
      "recht op informatie en uitleg over geautomatiseerde besluitvorming. " + EV4 + " Het kabinet zal in de "
      "wetgevingsagenda voor de Awb wel blijven volgen of de rechtspraak op dit punt tot knelpunten leidt.",
      answers=(Answer("4", "disagree", EV4),)),
    H2("3.5 Aanbeveling 5: Centraal meldpunt voor burgers"),
    P("Het kabinet begrijpt de wens van de Raad om burgers niet van het kastje naar de muur te sturen. Burgers die "
      "vragen of klachten hebben over het gebruik van AI, kunnen echter nu al terecht bij de organisatie die het "
      "besluit nam, bij de Nationale ombudsman en bij de AP, en het Juridisch Loket verwijst hen zo nodig door. Een "
      "nieuw loket voegt daar een extra schakel aan toe en vraagt bovendien afspraken over de verhouding tot de "
      "wettelijke klachtprocedures. " + EV5 + " Wel zullen de betrokken instanties hun informatie op de websites "
      "beter op elkaar afstemmen. De AP is onafhankelijk en gaat zelf over de inrichting van haar "
      "signaleringsfunctie.",
      answers=(Answer("5", "disagree", EV5),)),
    H2("3.6 Aanbeveling 6: AI bij politie en OM"),
    P("De Raad wijst erop dat onder juristen verschillend wordt gedacht over de vraag of de huidige grondslagen in het "
      "Wetboek van Strafvordering en de Wet politiegegevens toereikend zijn voor toepassingen van AI. Het kabinet "
      "vindt het van belang dat hierover duidelijkheid ontstaat, zeker nu het nieuwe Wetboek van Strafvordering in "
      "voorbereiding is. " + EV6 + " Het kabinet zal uw Kamer daarna informeren over de conclusies die het "
      "eraan verbindt.",
      answers=(Answer("6", "agree", EV6),)),
    H2("3.7 Aanbevelingen 7 en 8: Toezicht door de AP"),
    P("Het kabinet deelt de opvatting van de Raad dat goed toezicht een voorwaarde is voor vertrouwen, en dat de AP "
      "daarin een centrale rol vervult. " + EV8 + " " + EV7 + " Eerst wil het kabinet bezien hoe de nieuwe taken "
      "onder de AI-verordening in de praktijk uitpakken; bij de evaluatie van het toezicht in 2027 wordt opnieuw "
      "bekeken welk budget structureel nodig is. Het kabinet benadrukt dat de AP onafhankelijk is en zelf bepaalt "
      "hoe zij de beschikbare middelen inzet.",
      answers=(Answer("8", "agree", EV8), Answer("7", "partial", EV7))),
    H2("3.8 Aanbeveling 10: AI-geletterdheid van rijksambtenaren"),
    P("Kennis over de mogelijkheden en beperkingen van AI is voor steeds meer ambtenaren een basisvaardigheid. De "
      "AI-verordening verplicht organisaties bovendien al om te zorgen voor voldoende AI-geletterdheid van hun "
      "personeel. " + EV10 + " In de herziene Werkagenda, die uw Kamer vóór 1 april 2026 ontvangt, wordt daarnaast "
      "uitgewerkt hoe AI-geletterdheid wordt opgenomen in de functie-eisen van het functiegebouw Rijk.",
      answers=(Answer("10", "agree", EV10),)),
    H2("3.9 Aanbeveling 11: Moratorium op generatieve AI"),
    P("Het kabinet deelt de zorg van de Raad over de risico's van generatieve AI bij besluiten over burgers. Fouten "
      "in gegenereerde teksten zijn moeilijk te herkennen, en een besluit dat op een onjuiste samenvatting berust, "
      "raakt een burger direct. " + EV11 + " Het rijksbrede standpunt over generatieve AI schrijft al voor dat "
      "organisaties vóór structureel gebruik een risicoanalyse en een gegevensbeschermingseffectbeoordeling "
      "uitvoeren, en dat een medewerker iedere gegenereerde tekst controleert voordat die deel wordt van een "
      "besluit. Een algemeen moratorium zou ook verantwoorde toepassingen stilleggen die medewerkers tijd geven voor "
      "het gesprek met de burger.",
      answers=(Answer("11", "disagree", EV11),)),
    P("Het kabinet werkt het standpunt in 2026 uit tot een handreiking met kwaliteitseisen voor het gebruik van "
      "generatieve AI in de uitvoering. Daarbij worden de bevindingen van de Raad betrokken."),
    H2("3.10 Aanbeveling 12: Inkoopvoorwaarden voor AI"),
    P("De Raad constateert dat overheidsorganisaties bij de inkoop van AI weinig eisen stellen aan transparantie en "
      "dat inkopers niet weten welke eisen zij redelijkerwijs kunnen stellen. Het kabinet herkent dit beeld. " + EV12
      + " Daarbij wordt ook bezien of toegang tot documentatie over trainingsgegevens en auditrechten in de praktijk "
      "af te dwingen zijn zonder dat het aantal inschrijvers te sterk afneemt. De minister van Economische Zaken "
      "informeert uw Kamer in het najaar van 2026 over de uitkomst.",
      answers=(Answer("12", "partial", EV12),)),
    H2("3.11 Aanbeveling 13: Rekenkracht en taalmodellen"),
    P("Het kabinet neemt de aanbeveling ter harte. De afhankelijkheid van een klein aantal buitenlandse aanbieders "
      "is een terecht punt van zorg, dat ook in de Nederlandse Digitaliseringsstrategie aan de orde komt. De minister "
      "van Economische Zaken draagt via de Nationale AI-Deltaplannen bij aan de ontwikkeling van een open Nederlands "
      "taalmodel, en Nederland neemt deel aan het Europese programma voor AI-rekenfaciliteiten, waarin onder meer een "
      "faciliteit in Groningen wordt ontwikkeld. Of en in welke omvang aanvullende investeringen nodig zijn, wordt "
      "betrokken bij de besluitvorming over de Voorjaarsnota 2026."),
    H("4 Tot slot"),
    P("Het rapport van de Raad komt op een goed moment. De komende jaren moeten de verplichtingen uit de "
      "AI-verordening worden waargemaakt, en het kabinet wil die gelegenheid benutten om het gebruik van AI door de "
      "overheid zichtbaarder, beter getoetst en beter uitlegbaar te maken. Veel van wat de Raad vraagt, vergt een "
      "inspanning van de uitvoeringsorganisaties, die al onder grote druk staan. Het kabinet zal er daarom op toezien "
      "dat nieuwe verplichtingen gepaard gaan met de middelen en de tijd die nodig zijn om ze goed uit te voeren."),
    P("Over de voortgang van de maatregelen in deze brief informeert het kabinet uw Kamer jaarlijks in de "
      "voortgangsrapportage van de Werkagenda Waardengedreven Digitaliseren, voor het eerst in het voorjaar van "
      "2026."),
    P("De staatssecretaris van Koninkrijksrelaties en Digitalisering,"),
    P("mr. drs. E.H. Bruinsma-Terpstra"),
)

RESPONSE = Document(
    title="Kabinetsreactie op het rapport ‘Vertrouwen vraagt voorwaarden’",
    subtitle="Brief van de staatssecretaris van Koninkrijksrelaties en Digitalisering, mede namens de minister van "
             "Binnenlandse Zaken en Koninkrijksrelaties, de minister van Justitie en Veiligheid en de minister van "
             "Economische Zaken",
    blocks=RESPONSE_BLOCKS,
    running_header="Kabinetsreactie ‘Vertrouwen vraagt voorwaarden’  |  Kenmerk 2025-0000648213",
    footer="Pagina {page} van {pages}",
    font_family="sans",
    title_page=False,
)

PAIR = Pair(
    name="ai_government_wrr_advice",
    report=REPORT,
    response=RESPONSE,
    description="Raad voor Publieke Toekomstvragen report on AI in government (serif, title page, 13 recommendations "
                "as one-item numbered lists with explanation paragraphs under theme headings in chapter 8) and a "
                "kabinetsreactie with '3.N Aanbeveling N: ...' headings; 7 and 8 answered in one paragraph, 8 first "
                "by subject in chapter 2, 9 never mentioned, 13 only 'ter harte' and passed on to the Voorjaarsnota.",
)
