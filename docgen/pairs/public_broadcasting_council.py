"""Pair: a fictional Raad voor Cultuur en Media advice on regional public broadcasting, and the OCW minister's letter.

Layout traits this pair tests: a sans report with a title page, a running header and a footer "– N –"; the body
chapters are set in TWO columns (full-width chapter headings, sections and lists inside the columns).  The report
prints no recommendation numbers at all: the fourteen recommendations are dash ("–") items under bold lead-in
paragraphs per addressee ("Aan de minister van Onderwijs, Cultuur en Wetenschap, over ...:", "Aan de regionale
omroepen en de RPO:", "Aan het Commissariaat voor de Media:", "Aan de provincies:", "Aan het kabinet:") in the
closing chapter "5 Advies".  The gold ids "1".."14" come from the full-width summary on page 2, which names them
"advies 1" to "advies 14" in running prose.  Findings chapters hold dash lists of trends and of guiding principles
that are not recommendations, and the council already argues for measures in prose.

The response is a serif letter of the minister of OCW to the Tweede Kamer (letterhead, no title page).  Thanks and
context paragraphs come first (agreeing with the analysis, describing current funding: no position).  Each answer
is one paragraph that opens with a run-in label "Advies N – short title." (the renderer has no inline bold, so the
label is set in the paragraph's own weight), one paragraph covers "Advies 5 en 6".  Gold positions:
 1 agree: committed measure (five-year indexed budget in the Mediawet from 1 January 2027), no cue word.
 2 partial: a two-year pilot of € 3 million instead of a structural € 12 million fund.
 3 disagree: "Dit verhoudt zich niet tot de onafhankelijkheid van de omroepen."
 4 agree: "Ik neem dit advies over."
 5 agree: committed legal change, no cue word (shares a paragraph with 6; "onderschrijf de zorg" is only the aim).
 6 disagree: polite, "acht ik daarentegen niet opportuun", with existing law as the reason.
 7 partial: "Ik volg de raad hierin gedeeltelijk" (local broadcasters yes, commercial dailies no).
 8 not addressed: "Dit advies is aan de omroepen zelf" (to the broadcasters; no position taken).
 9 agree: "Ik onderschrijf dit advies en stel ... € 1,5 miljoen beschikbaar" (advice to the broadcasters).
10 partial: only "ga ik ... bezien" after a description of existing accountability rules.
11 agree: answered only in the closing paragraph, by subject (the Commissariaat's yearly monitor, with money).
12 not addressed: never mentioned (provinces, co-financing).
13 not addressed: labelled paragraph that only describes existing law and practice (Woo, live streams).
14 disagree: "Het kabinet acht het niet opportuun ..." (to the cabinet, after consulting JenV).
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
)

H = Heading
P = Paragraph


def H2(text: str) -> Heading:
    return Heading(text, level=2)


def lead(text: str) -> Paragraph:
    return Paragraph(text, bold=True)


def dashes(*texts: str) -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style="–")


def advice(*items: tuple[str, str, tuple[str, ...]]) -> ItemList:
    """A dash list of recommendations: (gold number, printed text, department codes)."""
    return ItemList(items=tuple(ListItem(text, recommendation=Recommendation(number, departments))
                                for number, text, departments in items), style="–")


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REC = {
    "1": "Leg het budget voor de regionale publieke omroep vanaf 2027 in de Mediawet 2008 vast voor een periode van "
         "vijf jaar, met een jaarlijkse indexering, zodat de omroepen niet langer afhankelijk zijn van de jaarlijkse "
         "begrotingsbesluiten.",
    "2": "Stel een fonds voor regionale onderzoeksjournalistiek in van € 12 miljoen per jaar, waaruit regionale en "
         "lokale redacties gezamenlijk meerjarige onderzoeksprojecten kunnen bekostigen.",
    "3": "Neem in de prestatieafspraken met de regionale omroepen een ondergrens op voor het aandeel eigen regionaal "
         "nieuws en actualiteiten in het totale aanbod, op televisie, op de radio en online.",
    "4": "Zorg er via de Mediawet 2008 voor dat het aanbod van de regionale omroepen op smart-tv's, in de apps van "
         "distributeurs en op andere platforms prominent vindbaar is, en niet alleen via een kanaalnummer in de "
         "elektronische programmagids.",
    "5": "Maak het wettelijk mogelijk dat een regionale omroep in gemeenten zonder functionerende lokale omroep "
         "tijdelijk de lokale nieuwsvoorziening verzorgt, met een aparte bekostiging.",
    "6": "Breng de bekostiging van de lokale publieke omroepen over van de gemeenten naar het Rijk en voeg haar samen "
         "met het budget voor de regionale omroep tot één budget voor de publieke omroep in de regio.",
    "7": "Verruim de Mediawet 2008 zo dat regionale omroepen structureel nieuws en beeldmateriaal kunnen delen met "
         "lokale omroepen en met regionale dagbladen, onder voorwaarden die de redactionele onafhankelijkheid van "
         "alle partijen borgen.",
    "8": "Breng uiterlijk in 2028 de techniek, de ICT en de distributie van de dertien regionale omroepen onder in "
         "één gezamenlijke dienstverleningsorganisatie, en zet de middelen die dat oplevert in voor journalistiek.",
    "9": "Richt onder regie van de RPO één landelijke redactie voor regionale onderzoeksjournalistiek op, waarin "
         "journalisten van alle omroepen samenwerken aan onderzoeken die de provinciegrenzen overstijgen.",
    "10": "Verantwoord jaarlijks openbaar en volgens één gezamenlijk format hoe het publieke geld is besteed aan "
          "nieuws, programma's, techniek en overhead, zodat de bestedingen van de omroepen onderling vergelijkbaar "
          "worden.",
    "11": "Breng jaarlijks per provincie de staat van de regionale en lokale nieuwsvoorziening in beeld, met aandacht "
          "voor gemeenten waar geen eigen journalistieke dekking meer is, en maak deze monitor openbaar.",
    "12": "Stel middelen beschikbaar voor de cofinanciering van journalistieke projecten van de regionale omroep en "
          "lokale media in uw provincie, op afstand en via een onafhankelijke beoordelingscommissie.",
    "13": "Stel de vergaderingen van Provinciale Staten en van de statencommissies integraal en rechtenvrij "
          "beschikbaar als videobeeld voor de regionale omroep en voor lokale media.",
    "14": "Merk de regionale publieke omroep aan als aanbieder van een vitaal proces in de nationale crisisstructuur "
          "en bekostig vanuit het Rijk de voorzieningen die daarvoor nodig zijn, zoals noodstroom en "
          "uitwijkstudio's.",
}

DEPARTMENTS = {
    "1": ("OCW",), "2": ("OCW",), "3": ("OCW",), "4": ("OCW",), "5": ("OCW",), "6": ("OCW",), "7": ("OCW",),
    "8": ("OTHER",), "9": ("OTHER",), "10": ("OTHER",),
    "11": ("OCW",),  # the Commissariaat voor de Media: independent supervisor under OCW
    "12": ("OTHER",), "13": ("OTHER",),
    "14": ("KABINET",),
}


def recs(*numbers: str) -> ItemList:
    return advice(*((n, REC[n], DEPARTMENTS[n]) for n in numbers))


SUMMARY = (
    H("Samenvatting"),
    P("De regionale publieke omroep is voor miljoenen Nederlanders de belangrijkste bron van nieuws over hun eigen "
      "provincie, hun gemeente en hun straat. Tegelijk staat het fundament onder die functie onder druk. Het bereik "
      "van lineaire radio en televisie daalt, de advertentiemarkt voor regionale dagbladen krimpt, lokale omroepen "
      "draaien grotendeels op vrijwilligers en het budget van de dertien regionale omroepen wordt van jaar tot jaar "
      "vastgesteld, zonder zekerheid op langere termijn. De Raad voor Cultuur en Media concludeert dat de regionale "
      "journalistiek de komende tien jaar niet zonder gerichte keuzes doorkomt."),
    P("De raad richt zich met veertien adviezen tot de minister van Onderwijs, Cultuur en Wetenschap, tot de "
      "regionale omroepen en hun koepel, de RPO, tot het Commissariaat voor de Media, tot de provincies en tot het "
      "kabinet. De adviezen staan in hoofdstuk 5. Hieronder vatten wij ze samen in de volgorde waarin ze daar "
      "staan; in het vervolg verwijzen wij naar deze nummers."),
    P("Zekerheid en zichtbaarheid. In advies 1 vraagt de raad de minister om het budget van de regionale omroepen "
      "meerjarig en geïndexeerd in de Mediawet 2008 vast te leggen, zodat omroepen verder kunnen kijken dan het "
      "lopende begrotingsjaar. Advies 2 betreft een fonds voor regionale onderzoeksjournalistiek waaruit ook lokale "
      "redacties kunnen putten. In advies 3 beveelt de raad aan om in de prestatieafspraken een ondergrens voor eigen "
      "regionaal nieuws op te nemen, omdat nieuws onder financiële druk vaak als eerste inlevert. Advies 4 gaat over "
      "de vindbaarheid van het regionale aanbod op smart-tv's, in apps en op de platforms van distributeurs."),
    P("Lokaal en regionaal als één keten. In een groeiend aantal gemeenten is geen functionerende lokale omroep meer. "
      "Advies 5 maakt het mogelijk dat de regionale omroep daar tijdelijk de lokale nieuwsvoorziening verzorgt; met "
      "advies 6 beveelt de raad aan de bekostiging van lokale omroepen van de gemeenten naar het Rijk over te "
      "brengen. Met advies 7 wil de raad de wettelijke ruimte vergroten om nieuws en beeldmateriaal te delen met "
      "lokale omroepen en regionale dagbladen."),
    P("Wat de omroepen zelf kunnen doen. De raad verwacht ook veel van de omroepen. Advies 8 vraagt hun techniek, "
      "ICT en distributie onder te brengen in één gezamenlijke dienstverleningsorganisatie. In advies 9 stelt de raad "
      "voor één landelijke redactie voor regionale onderzoeksjournalistiek op te zetten, en advies 10 vraagt om een "
      "openbare en vergelijkbare verantwoording van de besteding van publiek geld."),
    P("Toezicht, provincies en kabinet. Advies 11 vraagt het Commissariaat voor de Media om jaarlijks per provincie "
      "de staat van de nieuwsvoorziening in beeld te brengen. De adviezen 12 en 13 zijn gericht aan de provincies: "
      "de raad vraagt hun om cofinanciering van regionale journalistieke projecten en om de vergaderingen van "
      "Provinciale Staten rechtenvrij beschikbaar te stellen. In advies 14 ten slotte vraagt de raad het kabinet de "
      "regionale omroep aan te merken als aanbieder van een vitaal proces in de nationale crisisstructuur."),
    PageBreak(),
)

CHAPTER_1 = (
    H("1 Inleiding"),
    Columns((
        H2("1.1 Aanleiding en adviesvraag"),
        P("In januari 2025 vroeg de minister van Onderwijs, Cultuur en Wetenschap de Raad voor Cultuur en Media om "
          "advies over de toekomst van de regionale publieke omroep. De minister wilde weten hoe de regionale "
          "omroepen hun publieke taak ook over tien jaar kunnen vervullen, nu het mediagebruik snel verandert en de "
          "financiële ruimte beperkt is. Daarbij vroeg zij uitdrukkelijk ook aandacht voor de verhouding tussen de "
          "regionale en de lokale publieke omroep, en voor de rol van de regionale omroep bij rampen en crises."),
        P("De adviesvraag komt niet uit de lucht vallen. Sinds de bekostiging van de regionale omroepen in 2014 van "
          "de provincies naar het Rijk is overgegaan, is hun budget een paar keer verlaagd en daarna gedeeltelijk "
          "weer aangevuld. De omroepen hebben daarop gereageerd met bezuinigingen op overhead, maar ook met het "
          "schrappen van programma's en het inkrimpen van redacties in de kleinere kernen.",
          footnotes=("De bekostiging van de regionale omroepen liep tot en met 2013 via de provincies. Sinds 2014 "
                     "ontvangen de omroepen hun budget rechtstreeks uit de mediabegroting van het Rijk.",)),
        P("De minister heeft de raad drie vragen voorgelegd. Welke functie moet de regionale publieke omroep in 2035 "
          "vervullen? Wat is daarvoor nodig aan bekostiging, samenwerking en wetgeving? En hoe kan de regionale omroep "
          "bijdragen aan een sterke lokale journalistiek, zonder dat de eigenheid van lokale omroepen verloren gaat?"),
        H2("1.2 Werkwijze"),
        P("De raad heeft voor dit advies een commissie ingesteld met leden uit de journalistiek, de wetenschap, het "
          "openbaar bestuur en de omroeppraktijk. De commissie sprak tussen maart en juli 2025 met ruim zeventig "
          "mensen: hoofdredacteuren en directeuren van regionale omroepen, vrijwilligers en bestuurders van lokale "
          "omroepen, journalisten van regionale dagbladen, gedeputeerden, burgemeesters, medewerkers van "
          "veiligheidsregio's en onderzoekers. Zij bezocht vijf regionale omroepen en drie lokale omroepen en hield "
          "twee rondetafelgesprekken met jongeren over hun nieuwsgebruik."),
        P("Daarnaast liet de raad een verkennend onderzoek uitvoeren naar de nieuwsvoorziening in 48 gemeenten van "
          "verschillende omvang, verspreid over alle provincies. Voor elke gemeente is gedurende vier weken "
          "bijgehouden welke media over het gemeentebestuur, de rechtspraak, het onderwijs en de zorg berichtten. "
          "De uitkomsten van dat onderzoek gebruiken wij in hoofdstuk 3."),
        H2("1.3 Leeswijzer"),
        P("Hoofdstuk 2 schetst het regionale medialandschap: wie maakt er nieuws, voor wie, en met welk geld. "
          "Hoofdstuk 3 beschrijft de knelpunten die de raad ziet. In hoofdstuk 4 formuleert de raad de uitgangspunten "
          "waarop zijn advies rust, en hoofdstuk 5 bevat het advies zelf, geordend naar degene aan wie het is gericht. "
          "In de bijlage staan de samenstelling van de commissie en de lijst van gesprekspartners."),
    )),
)

CHAPTER_2 = (
    H("2 Het regionale medialandschap"),
    Columns((
        H2("2.1 Dertien omroepen, één stelsel"),
        P("Nederland telt dertien regionale publieke omroepen. Elf daarvan bedienen één provincie; Zuid-Holland en "
          "Noord-Holland kennen elk twee omroepen met een eigen verzorgingsgebied. De omroepen zijn zelfstandige "
          "stichtingen met een eigen bestuur, een eigen hoofdredactie en een eigen programmaraad waarin "
          "maatschappelijke stromingen uit de provincie vertegenwoordigd zijn. Samen vormen zij de RPO, de "
          "koepelorganisatie die de gezamenlijke belangen behartigt en namens de omroepen overlegt met de minister "
          "en met het Commissariaat voor de Media."),
        P("De omroepen maken radio, televisie en in toenemende mate online nieuws. Bij de meeste omroepen werkt "
          "inmiddels meer dan de helft van de redactie in de eerste plaats voor de website, de app en sociale media. "
          "Het televisieaanbod bestaat in de kern uit een dagelijks regionaal journaal, aangevuld met actualiteiten, "
          "sport en documentaires; de radio is in veel provincies nog altijd de best beluisterde zender onder "
          "vijftigplussers."),
        H2("2.2 Bereik en gebruik"),
        P("Het bereik van de regionale omroep is groot, maar verschuift. Wekelijks komen ruim acht miljoen "
          "Nederlanders in aanraking met regionaal nieuws van de publieke omroep, via welk kanaal dan ook. Achter dat "
          "totaal gaan uiteenlopende bewegingen schuil. De raad ziet in de cijfers en in de gesprekken de volgende "
          "ontwikkelingen:",
          footnotes=("Eigen analyse van de raad op basis van kijk-, luister- en bezoekcijfers die de RPO over de "
                     "jaren 2020 tot en met 2024 beschikbaar stelde.",)),
        dashes(
            "het kijken naar het regionale journaal op het moment van uitzenden daalt met gemiddeld vier procent per "
            "jaar, terwijl het uitgesteld en online kijken stijgt;",
            "jongeren onder de 25 jaar bereikt de regionale omroep vrijwel alleen nog via sociale media, waar het "
            "aanbod concurreert met dat van influencers en landelijke media;",
            "regionale dagbladen hebben sinds 2015 ruim een derde van hun lokale correspondenten verloren, waardoor "
            "de regionale omroep in delen van het land de enige professionele nieuwsbron is;",
            "tijdens noodweer, grote branden en andere calamiteiten stijgt het gebruik van de regionale omroep "
            "sterk, ook onder mensen die er normaal niet naar kijken of luisteren;",
            "het vertrouwen in regionaal nieuws is hoger dan in landelijk nieuws en blijft, anders dan bij "
            "landelijke media, de afgelopen jaren stabiel.",
        ),
        P("Het beeld is daarmee tweeslachtig. De regionale omroep is onmisbaar en wordt vertrouwd, maar bereikt een "
          "steeds kleiner deel van de bevolking via de kanalen waarvoor zijn organisatie ooit is ingericht."),
        H2("2.3 Bekostiging"),
        P("De regionale omroepen ontvangen hun budget uit de mediabegroting van het ministerie van Onderwijs, "
          "Cultuur en Wetenschap. In 2025 ging het om ongeveer € 156 miljoen, verdeeld over de dertien omroepen op "
          "basis van een verdeelsleutel die rekening houdt met het inwonertal en de oppervlakte van het "
          "verzorgingsgebied. Daarnaast verwerven de omroepen beperkte eigen inkomsten uit reclame en sponsoring; "
          "die maken gemiddeld minder dan vijf procent van hun begroting uit."),
        P("Het budget wordt jaarlijks vastgesteld. Voor de omroepen betekent dit dat zij pas in het najaar weten "
          "waar zij het volgende jaar aan toe zijn. Loon- en prijsstijgingen worden niet vanzelf gecompenseerd. "
          "Meerjarige investeringen, bijvoorbeeld in nieuwe studio's of in een gezamenlijk technisch platform, zijn "
          "daardoor moeilijk te verantwoorden."),
        H2("2.4 De lokale laag"),
        P("Onder de regionale omroepen ligt een laag van ruim tweehonderd lokale publieke omroepen. Gemeenten "
          "zijn wettelijk verplicht hen te bekostigen, maar de hoogte van die bijdrage verschilt sterk: van enkele "
          "duizenden euro's tot ruim een half miljoen per jaar. Een groot deel van de lokale omroepen draait op "
          "vrijwilligers. In de afgelopen jaren hebben lokale omroepen zich samengevoegd tot streekomroepen die "
          "meerdere gemeenten bedienen en met een kleine betaalde kern werken."),
        P("De raad constateert dat de samenwerking tussen lokale en regionale omroepen sterk afhangt van personen. "
          "In sommige provincies leveren lokale omroepen dagelijks beelden aan de regionale omroep en nemen zij "
          "regionaal nieuws over; elders is er nauwelijks contact, of zien lokale omroepen de regionale omroep "
          "vooral als concurrent om dezelfde adverteerders en dezelfde vrijwilligers."),
    )),
)

CHAPTER_3 = (
    H("3 Knelpunten"),
    Columns((
        H2("3.1 Een budget zonder horizon"),
        P("Het eerste knelpunt is financieel, maar niet alleen een kwestie van hoogte. Vrijwel alle directeuren die "
          "de raad sprak, noemden de onzekerheid over het budget een groter probleem dan het bedrag zelf. Een omroep "
          "die niet weet of hij volgend jaar dezelfde middelen heeft, houdt vacatures open, sluit tijdelijke "
          "contracten en stelt investeringen uit. Dat gaat ten koste van juist die journalistiek die tijd vraagt."),
        P("De raad ziet dat de jaarlijkse vaststelling van het budget ook de verhouding tussen de omroepen en het "
          "ministerie belast. Elk voorjaar begint een gesprek over tekorten dat weinig ruimte laat voor een gesprek "
          "over de inhoud. Een meerjarige vastlegging in de wet, zoals die voor de landelijke publieke omroep al "
          "bestaat voor de concessieperiode, zou die verhouding volgens de raad sterk verbeteren."),
        H2("3.2 Nieuwsvoorziening onder druk"),
        P("Uit het onderzoek in 48 gemeenten blijkt dat in elf gemeenten in de onderzochte periode geen enkel "
          "journalistiek verslag verscheen van een vergadering van de gemeenteraad. In zeven daarvan was geen "
          "actieve lokale omroep en had het regionale dagblad zijn lokale correspondent wegbezuinigd. De raad spreekt "
          "in die gevallen van een nieuwsleegte: er gebeurt wel iets, maar niemand die het controleert of vertelt."),
        P("Die nieuwsleegte treft vooral kleinere gemeenten buiten de Randstad, maar ook wijken in grote steden. De "
          "regionale omroep kan haar niet alleen opvullen; daarvoor is zijn verzorgingsgebied te groot en zijn "
          "redactie te klein. Wel kan de regionale omroep volgens de raad een rol spelen als vangnet, zolang er geen "
          "lokale omroep is die de taak kan oppakken."),
        P("In de gesprekken noemden journalisten en bestuurders steeds dezelfde verschijnselen:"),
        dashes(
            "raadsvergaderingen, rechtszaken en inspraakavonden worden steeds minder vaak door een journalist "
            "bijgewoond;",
            "persberichten van gemeenten, bedrijven en politie worden vaker ongewijzigd overgenomen;",
            "lokale omroepen hebben moeite om vrijwilligers te vinden die nieuws maken in plaats van muziek;",
            "onderzoeksjournalistiek op regionaal niveau is teruggebracht tot enkele projecten per jaar, die vaak "
            "afhankelijk zijn van tijdelijke subsidies.",
        ),
        H2("3.3 Onzichtbaar op het scherm"),
        P("Een tweede knelpunt is vindbaarheid. Wie een smart-tv aanzet, ziet eerst de apps van internationale "
          "streamingdiensten en de aanbevelingen van de fabrikant. Het regionale journaal staat op een kanaalnummer "
          "in de programmagids, maar is in de menu's van veel apparaten en distributeurs niet of pas na vele klikken "
          "te vinden. Dat geldt nog sterker voor het on-demandaanbod van de regionale omroepen."),
        P("De Mediawet 2008 regelt dat distributeurs een minimumpakket van publieke zenders doorgeven, waaronder de "
          "regionale zender. Die verplichting is geschreven voor een tijd waarin de afstandsbediening en het "
          "kanaalnummer de toegang tot televisie bepaalden. Een regel die ook de prominente plaats van publiek aanbod "
          "in menu's en apps waarborgt, ontbreekt. Andere Europese landen hebben zulke regels inmiddels wel ingevoerd."),
        H2("3.4 Versnipperde samenwerking"),
        P("Regionale omroepen werken samen, maar vooral op projectbasis. Elke omroep heeft een eigen technisch "
          "systeem voor uitzenden, een eigen website, een eigen app en eigen contracten met leveranciers. De raad "
          "schat, op basis van gegevens die de omroepen verstrekten, dat de dertien omroepen samen jaarlijks ruim "
          "€ 20 miljoen besteden aan techniek en ICT die grotendeels hetzelfde doet. Een deel daarvan zou bij "
          "bundeling kunnen vrijvallen voor journalistiek."),
        P("Ook de samenwerking met lokale omroepen en regionale dagbladen loopt tegen grenzen aan. Omroepen zijn "
          "onzeker over de vraag of zij hun beelden structureel mogen delen met een commerciële krant, en lokale "
          "omroepen weten niet altijd of zij materiaal van de regionale omroep zonder vergoeding mogen gebruiken. "
          "Die onduidelijkheid leidt ertoe dat veelbelovende samenwerkingen niet van de grond komen."),
        H2("3.5 Onderzoeksjournalistiek"),
        P("Onderzoeksjournalistiek kost tijd, geld en juridische ondersteuning. Voor een individuele regionale "
          "omroep is het moeilijk om die middelen vrij te maken, zeker wanneer een onderzoek maanden duurt en de "
          "uitkomst onzeker is. Onderwerpen die provinciegrenzen overstijgen, zoals de zorg in de regio, de "
          "gevolgen van mijnbouw of de handel in drugsafval, blijven daardoor vaak onderbelicht. Het ontbreekt aan "
          "een plek waar de omroepen hun capaciteit kunnen bundelen."),
        H2("3.6 De omroep in tijden van crisis"),
        P("Bij rampen en crises vervullen de regionale omroepen een bijzondere rol. Zij zijn aangewezen als "
          "calamiteitenzender en maken daarover afspraken met de veiligheidsregio's in hun verzorgingsgebied. De "
          "raad hoorde van omroepen dat zij die rol serieus nemen, maar dat de voorzieningen daarvoor zoals "
          "noodstroom, reserveverbindingen en uitwijklocaties uit het gewone budget moeten worden betaald en "
          "daardoor niet overal op orde zijn."),
        P("De raad is van oordeel dat deze situatie niet past bij het belang dat de overheid zelf aan de "
          "calamiteitenfunctie hecht. Een omroep die bij een langdurige stroomstoring na enkele uren van de lucht "
          "gaat, kan zijn taak niet vervullen, hoe goed de afspraken op papier ook zijn."),
    )),
)

CHAPTER_4 = (
    H("4 Uitgangspunten voor 2035"),
    Columns((
        P("Voordat de raad zijn advies geeft, legt hij vast van welke uitgangspunten hij uitgaat. Die uitgangspunten "
          "volgen uit de analyse in de voorgaande hoofdstukken en uit de gesprekken met de sector. Zij vormen "
          "tegelijk de maatstaf waaraan de raad de maatregelen in hoofdstuk 5 heeft getoetst."),
        dashes(
            "De regionale omroep is er voor alle inwoners van zijn gebied, ook voor wie geen lineaire radio of "
            "televisie meer gebruikt.",
            "Journalistiek gaat voor techniek: elke euro die bij de ondersteuning kan worden bespaard, hoort in de "
            "redactie terecht te komen.",
            "Lokale en regionale journalistiek vormen één keten, waarin ieder zijn eigen rol heeft en de schakels "
            "elkaar versterken.",
            "De onafhankelijkheid van de omroepen is het vertrekpunt: de overheid zorgt voor voorwaarden, niet voor "
            "de inhoud.",
            "Publiek geld vraagt om openheid over de besteding ervan.",
        ),
        P("De raad is zich ervan bewust dat deze uitgangspunten soms met elkaar botsen. Zo kan de wens om het "
          "aandeel nieuws in het aanbod te beschermen op gespannen voet staan met de onafhankelijkheid van de "
          "omroepen. De raad heeft die spanning bij zijn afwegingen steeds expliciet gemaakt. Waar hij de overheid "
          "toch vraagt om voorwaarden aan het aanbod te stellen, gaat het om ondergrenzen op hoofdlijnen en nooit om "
          "de keuze van onderwerpen of de wijze van berichtgeving."),
        P("Ten slotte hecht de raad eraan dat de omroepen zelf het voortouw nemen waar dat kan. Veel van wat nodig "
          "is, vraagt geen nieuwe wetgeving of extra geld, maar de bereidheid om taken te delen en de eigen "
          "organisatie ondergeschikt te maken aan het gezamenlijke doel: goede journalistiek in elke regio."),
    )),
)

CHAPTER_5 = (
    H("5 Advies"),
    Columns((
        P("De raad komt op basis van zijn analyse tot veertien adviezen. Zij zijn geordend naar degene die aan zet "
          "is. De meeste adviezen richten zich tot de minister van Onderwijs, Cultuur en Wetenschap, die "
          "verantwoordelijk is voor het mediabeleid en de bekostiging van de regionale omroep. Een aantal adviezen "
          "richt zich tot de omroepen zelf, tot het Commissariaat voor de Media en tot de provincies. Het laatste "
          "advies is gericht aan het kabinet als geheel."),
        P("De raad benadrukt dat de adviezen in samenhang moeten worden bezien. Een meerjarig budget zonder "
          "bundeling van de ondersteuning levert minder op dan mogelijk is; bundeling zonder zekerheid over het "
          "budget zal bij de omroepen op weinig draagvlak kunnen rekenen."),
        lead("Aan de minister van Onderwijs, Cultuur en Wetenschap, over bekostiging en aanbod:"),
        recs("1", "2", "3", "4"),
        lead("Aan de minister van Onderwijs, Cultuur en Wetenschap, over de lokale en regionale keten:"),
        recs("5", "6", "7"),
        lead("Aan de regionale omroepen en de RPO:"),
        recs("8", "9", "10"),
        lead("Aan het Commissariaat voor de Media:"),
        recs("11"),
        lead("Aan de provincies:"),
        recs("12", "13"),
        lead("Aan het kabinet:"),
        recs("14"),
        P("De raad is bereid zijn advies nader toe te lichten aan de minister, aan de Tweede Kamer en aan de "
          "betrokken organisaties. Hij zal over twee jaar nagaan wat er met de adviezen is gedaan."),
    )),
)

ANNEX = (
    H("Bijlage Samenstelling en gesprekspartners"),
    Columns((
        H2("Samenstelling van de commissie"),
        P("prof. dr. M.A. Voskuilen, voorzitter (lid van de raad); drs. J.R. Tamminga (lid van de raad); "
          "mr. S. El Idrissi; dr. H.P.M. Oosterbeek; L. van den Hombergh MA. Secretaris: drs. C.F. Wijnbergen; "
          "adviseur: R. Stoop MSc."),
        H2("Gesprekspartners"),
        P("De commissie sprak onder meer met vertegenwoordigers van de volgende organisaties en instellingen:"),
        dashes(
            "de RPO en de directies en hoofdredacties van vijf regionale omroepen;",
            "het Commissariaat voor de Media;",
            "de Nederlandse Lokale Publieke Omroepen en acht lokale en streekomroepen;",
            "twee uitgevers van regionale dagbladen en de Nederlandse Vereniging van Journalisten;",
            "gedeputeerden en ambtenaren van zes provincies en het Interprovinciaal Overleg;",
            "burgemeesters en griffiers van negen gemeenten;",
            "drie veiligheidsregio's;",
            "onderzoekers van vier universiteiten en hogescholen;",
            "het ministerie van Onderwijs, Cultuur en Wetenschap (als toehoorder).",
        ),
        P("De raad dankt alle gesprekspartners voor hun tijd en openheid. De verantwoordelijkheid voor de inhoud van "
          "dit advies ligt uitsluitend bij de raad."),
    )),
)

REPORT = Document(
    title="Dichtbij en onafhankelijk",
    subtitle="Advies over de toekomst van de regionale publieke omroep",
    blocks=SUMMARY + CHAPTER_1 + (PageBreak(),) + CHAPTER_2 + (PageBreak(),) + CHAPTER_3 + (PageBreak(),)
    + CHAPTER_4 + (PageBreak(),) + CHAPTER_5 + ANNEX,
    running_header="Raad voor Cultuur en Media  |  Dichtbij en onafhankelijk",
    footer="– {page} –",
    font_size=10.0,
    title_page=True,
    font_family="sans",
    imprint=("Raad voor Cultuur en Media", "Den Haag, oktober 2025", "Advies RCM 2025/07"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV1 = ("Ik regel daarom in een wijziging van de Mediawet 2008 dat het budget voor de regionale publieke omroep met "
       "ingang van 1 januari 2027 telkens voor vijf jaar wordt vastgesteld en jaarlijks wordt geïndexeerd.")
EV2 = ("Wel start ik in 2026 een proef van twee jaar, waarvoor ik via het Stimuleringsfonds voor de "
       "Journalistiek € 3 miljoen per jaar beschikbaar stel.")
EV3 = "Dit verhoudt zich niet tot de onafhankelijkheid van de omroepen."
EV4 = "Ik neem dit advies over."
EV5 = ("Ik maak het in de Mediawet 2008 mogelijk dat een regionale omroep in zo'n gemeente, op verzoek van de "
       "gemeenteraad, voor ten hoogste vijf jaar de lokale nieuwsvoorziening verzorgt, met een eigen vergoeding die "
       "losstaat van het regionale budget.")
EV6 = ("De overheveling van de bekostiging van lokale omroepen naar het Rijk, waar advies 6 om vraagt, acht ik "
       "daarentegen niet opportuun.")
EV7 = "Ik volg de raad hierin gedeeltelijk."
EV9 = ("Ik onderschrijf dit advies en stel de RPO voor de opbouw van een gezamenlijke onderzoeksredactie in 2026 en "
       "2027 eenmalig € 1,5 miljoen beschikbaar, naast het reguliere budget.")
EV10 = ("Of een gezamenlijk en openbaar format met vergelijkbare cijfers per omroep daaraan iets toevoegt, ga ik "
        "samen met de RPO en het Commissariaat bezien.")
EV11 = ("Het Commissariaat voor de Media gaat daarom vanaf 2026 jaarlijks per provincie de staat van de regionale en "
        "lokale nieuwsvoorziening in kaart brengen en die monitor openbaar maken.")
EV14 = ("Het kabinet acht het niet opportuun om de regionale omroepen daarnaast aan te merken als aanbieder van een "
        "vitaal proces.")

RESPONSE_BLOCKS = (
    P("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal, Postbus 20018, 2500 EA Den Haag"),
    P("Datum: 12 maart 2026"),
    P("Betreft: reactie op het advies 'Dichtbij en onafhankelijk' over de toekomst van de regionale publieke omroep"),
    P("Ons kenmerk: 51284903"),
    P("Geachte Voorzitter,"),
    P("Op 14 oktober 2025 heeft de Raad voor Cultuur en Media mij zijn advies 'Dichtbij en onafhankelijk' "
      "aangeboden. Ik had de raad in januari 2025 gevraagd om te adviseren over de vraag hoe de regionale publieke "
      "omroep zijn taak ook over tien jaar kan vervullen. Met deze brief bied ik u mijn reactie op het advies aan. "
      "Voor het advies dat aan het kabinet als geheel is gericht, heb ik mij verstaan met de minister van Justitie "
      "en Veiligheid."),
    P("Ik dank de raad en in het bijzonder de commissie onder leiding van professor Voskuilen voor een zorgvuldig en "
      "prikkelend advies. De commissie heeft met veel mensen in het land gesproken, van hoofdredacteuren tot "
      "vrijwilligers van lokale omroepen, en dat is in het advies terug te lezen. Mijn dank gaat ook uit naar de "
      "omroepen en de andere organisaties die hun tijd en kennis ter beschikking hebben gesteld."),
    H("Het belang van regionale journalistiek", level=2),
    P("De raad laat overtuigend zien hoe belangrijk de regionale omroep is voor de informatievoorziening in ons land. "
      "Waar regionale dagbladen hun correspondenten hebben teruggetrokken en lokale omroepen met te weinig mensen en "
      "middelen werken, is de regionale omroep vaak de enige professionele nieuwsbron die het doen en laten van "
      "gemeenten, provincies, bedrijven en instellingen volgt. Ik deel de analyse van de raad dat die functie onder "
      "druk staat en dat er zonder gerichte keuzes plekken ontstaan waar niemand meer verslag doet."),
    P("Op dit moment ontvangen de dertien regionale omroepen samen jaarlijks ongeveer € 156 miljoen uit de "
      "mediabegroting. Sinds 2023 is daar een tijdelijke impuls voor de samenwerking tussen regionale en lokale "
      "omroepen bijgekomen, die in 2026 afloopt. De Mediawet 2008 waarborgt de redactionele onafhankelijkheid van "
      "de omroepen: de overheid zorgt voor de randvoorwaarden, de omroepen bepalen zelf wat zij maken en hoe zij dat "
      "doen. Dat uitgangspunt, dat de raad zelf ook benoemt, is voor mij leidend geweest bij de beoordeling van de "
      "adviezen."),
    P("Niet alle adviezen zijn aan mij gericht. Waar de raad zich tot de omroepen, het Commissariaat voor de Media "
      "of de provincies richt, geef ik aan hoe ik daartegen aankijk voor zover ik er een rol in heb. Het advies zelf "
      "nummert de adviezen niet; ik volg hieronder de nummering uit de samenvatting van de raad."),
    H("Reactie per advies", level=2),
    P("Advies 1 – Een meerjarig en geïndexeerd budget. De raad wijst er terecht op dat een omroep die elk jaar "
      "opnieuw moet afwachten wat hij ontvangt, moeilijk meerjarige keuzes kan maken. " + EV1 + " Het wetsvoorstel "
      "gaat in mei 2026 in internetconsultatie. Voor de eerste periode bedraagt het budget € 162 miljoen per jaar, "
      "prijspeil 2026; daarin is de impuls voor de samenwerking met lokale omroepen opgenomen.",
      answers=(Answer("1", "agree", EV1),)),
    P("Advies 2 – Een fonds voor regionale onderzoeksjournalistiek. Ik ben het met de raad eens dat "
      "onderzoeksjournalistiek op regionaal niveau kwetsbaar is, omdat zij veel tijd kost en de opbrengst onzeker "
      "is. Een structureel fonds van € 12 miljoen per jaar kan ik binnen de huidige mediabegroting niet dekken. "
      + EV2 + " Regionale en lokale redacties kunnen daar gezamenlijk projecten indienen. Op basis van de evaluatie "
      "in 2028 besluit ik of een structurele voorziening nodig is en hoe die kan worden bekostigd.",
      answers=(Answer("2", "partial", EV2),)),
    P("Advies 3 – Een ondergrens voor eigen regionaal nieuws. De raad stelt voor in de prestatieafspraken met de "
      "regionale omroepen vast te leggen welk deel van het aanbod ten minste uit eigen regionaal nieuws en "
      "actualiteiten moet bestaan. Ik begrijp de zorg die achter dit voorstel zit. " + EV3 + " Een door de "
      "minister vastgestelde ondergrens voor een bepaald soort aanbod raakt aan de programmatische keuzes die de "
      "Mediawet 2008 uitdrukkelijk aan de omroepen zelf laat. Ik ga er bovendien van uit dat het meerjarige budget "
      "uit advies 1 de omroepen de ruimte geeft om hun nieuwsredacties op peil te houden.",
      answers=(Answer("3", "disagree", EV3),)),
    P("Advies 4 – Vindbaarheid op alle schermen. " + EV4 + " Het is niet uit te leggen dat publiek bekostigd "
      "regionaal nieuws op veel apparaten moeilijker te vinden is dan het aanbod van buitenlandse streamingdiensten. "
      "Ik werk een regeling voor passende vindbaarheid van publiek media-aanbod uit, die geldt voor fabrikanten van "
      "smart-tv's en voor distributeurs, en die het aanbod van de landelijke en de regionale publieke omroep omvat. "
      "Ik verwacht het wetsvoorstel in het eerste kwartaal van 2027 aan uw Kamer te kunnen sturen.",
      answers=(Answer("4", "agree", EV4),)),
    P("Advies 5 en 6 – Lokale nieuwsvoorziening en de bekostiging van lokale omroepen. Ik onderschrijf de zorg van "
      "de raad over gemeenten waar geen lokale omroep meer actief is en waar niemand meer verslag doet van de "
      "gemeenteraad. " + EV5 + " Zodra een lokale omroep de taak weer kan oppakken, vervalt die mogelijkheid. "
      + EV6 + " Gemeenten zijn op grond van de Mediawet 2008 verantwoordelijk voor de bekostiging van hun lokale "
      "omroep, en die band tussen gemeente en omroep acht ik waardevol. Sinds 2023 ontvangen gemeenten daarvoor "
      "extra middelen via het Gemeentefonds; de evaluatie daarvan wacht ik af.",
      answers=(Answer("5", "agree", EV5), Answer("6", "disagree", EV6))),
    P("Advies 7 – Delen van nieuws en beeldmateriaal. " + EV7 + " Regionale en lokale publieke omroepen mogen "
      "vanaf 2027 nieuws en beeldmateriaal structureel en zonder onderlinge vergoeding met elkaar delen; ik neem dat "
      "op in de wijziging van de Mediawet die ik bij advies 1 noemde. Het structureel delen van publiek bekostigd "
      "materiaal met commerciële regionale dagbladen sta ik niet toe, omdat dat zou neerkomen op een verkapte "
      "ondersteuning van private ondernemingen en de concurrentieverhoudingen op de regionale nieuwsmarkt verstoort. "
      "Incidentele samenwerking bij afzonderlijke producties blijft uiteraard mogelijk.",
      answers=(Answer("7", "partial", EV7),)),
    P("Advies 8 – Eén dienstverleningsorganisatie. De raad verwacht veel van het bundelen van techniek, ICT en "
      "distributie, en de cijfers in het advies maken duidelijk waarom. Dit advies is aan de omroepen zelf. De RPO "
      "heeft mij laten weten dat zij in de loop van 2026 in kaart brengt welke taken de omroepen gezamenlijk willen "
      "onderbrengen en in welk tempo."),
    P("Advies 9 – Eén landelijke redactie voor onderzoeksjournalistiek. Ook dit advies is tot de omroepen gericht, "
      "maar hier wil ik graag bijdragen aan een snelle start. " + EV9 + " De redactie valt onder de "
      "verantwoordelijkheid van de RPO en de gezamenlijke hoofdredacteuren; ik heb over de inhoud van haar werk "
      "geen zeggenschap.",
      answers=(Answer("9", "agree", EV9),)),
    P("Advies 10 – Openbare verantwoording. Transparantie over de besteding van publiek geld vind ik belangrijk. De "
      "regionale omroepen leggen nu al jaarlijks verantwoording af aan het Commissariaat voor de Media, volgens de "
      "regels van het handboek financiële verantwoording, en publiceren hun jaarverslagen. " + EV10 + " Daarbij "
      "let ik ook op de administratieve lasten voor de omroepen.",
      answers=(Answer("10", "partial", EV10),)),
    P("Advies 13 – Vergaderingen van Provinciale Staten. Sinds de inwerkingtreding van de Wet open overheid zijn "
      "provincies verplicht om informatie over hun besluitvorming actief openbaar te maken. Alle provincies zenden "
      "de vergaderingen van Provinciale Staten inmiddels live uit via hun eigen website, en in een groot deel van de "
      "provincies kunnen de regionale omroep en lokale media die beelden kosteloos gebruiken."),
    P("Advies 14 – De regionale omroep als vitale aanbieder. De regionale omroepen vervullen als calamiteitenzender "
      "een belangrijke rol bij de informatievoorziening tijdens rampen en crises, op basis van afspraken met de "
      "veiligheidsregio's. " + EV14 + " Die aanmerking is voorbehouden aan processen waarvan uitval op zichzelf tot "
      "maatschappelijke ontwrichting leidt, en de publieksvoorlichting bij een crisis kan langs meerdere kanalen "
      "lopen, waaronder NL-Alert en de landelijke publieke omroep. De minister van Justitie en Veiligheid bespreekt "
      "met de veiligheidsregio's hoe de bestaande afspraken over noodstroom kunnen worden aangescherpt.",
      answers=(Answer("14", "disagree", EV14),)),
    H("Tot slot", level=2),
    P("Een sterke regionale journalistiek vraagt ook om zicht op hoe het ervoor staat, juist in de gemeenten waar de "
      "raad een nieuwsleegte signaleert. " + EV11 + " Ik stel het Commissariaat daarvoor vanaf 2026 jaarlijks "
      "€ 350.000 beschikbaar, zodat de eerste monitor in het voorjaar van 2027 kan verschijnen. Die monitor geeft "
      "mij, de omroepen en uw Kamer een gedeeld beeld van de nieuwsvoorziening en maakt het mogelijk de maatregelen "
      "uit deze brief te volgen.",
      answers=(Answer("11", "agree", EV11),)),
    P("Met deze reactie kiest het kabinet voor zekerheid en samenwerking, met behoud van de onafhankelijkheid die de "
      "regionale omroep zijn gezag geeft. Ik zal uw Kamer in het voorjaar van 2027 informeren over de voortgang, "
      "gelijktijdig met de eerste monitor."),
    P("De minister van Onderwijs, Cultuur en Wetenschap,"),
    P("drs. E.J. Haverkamp-Lute"),
)

RESPONSE = Document(
    title="Reactie op het advies 'Dichtbij en onafhankelijk' van de Raad voor Cultuur en Media",
    subtitle="Brief van de minister van Onderwijs, Cultuur en Wetenschap",
    blocks=RESPONSE_BLOCKS,
    running_header="Ministerie van Onderwijs, Cultuur en Wetenschap  ·  Reactie advies regionale publieke omroep",
    footer="Pagina {page} van {pages}",
    font_size=10.5,
    title_page=False,
    font_family="serif",
)

PAIR = Pair(
    name="public_broadcasting_council",
    report=REPORT,
    response=RESPONSE,
    description="Raad voor Cultuur en Media advice on regional public broadcasting (two-column body, 14 unnumbered "
                "dash recommendations under bold addressee lead-ins, numbered 1-14 only in the summary prose) and "
                "the OCW minister's letter answering in 'Advies N – title.' run-in paragraphs; 11 answered only in "
                "the closing paragraph by subject, 12 never mentioned, 13 only existing law, 8 left to the "
                "broadcasters.",
)
