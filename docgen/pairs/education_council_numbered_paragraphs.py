"""Pair: a fictional advice of the "Raad voor het Onderwijs" on equal opportunities at the transition from primary
to secondary school ("Kansengelijkheid in de overgang naar het voortgezet onderwijs"), answered by a letter of the
minister voor Primair en Voortgezet Onderwijs.

Report layout: serif, title page with imprint, running header.  Chapters "1 Inleiding" .. "5 Adviezen"; the
paragraphs of chapters 1-4 are numbered continuously per chapter as level-2 headings ("2.1 Het schooladvies als
scharniermoment", "2.2 ..."), so the report prints many "1.1"/"2.3"-style numbers that are NOT recommendations.
Non-recommendation lists: a "1." list of advice questions (1.2), bullet lists of findings and of existing measures,
a "1." list of conclusions in chapter 4, and a grid table of transition figures.  The summary names the three main
advices in a bullet list (not recommendations; the sub-points are not repeated there).  Chapter 5 "Adviezen" holds
three main advices as level-2 headings "Advies 1 ...", "Advies 2 ...", "Advies 3 ...", each with an introduction and
a "1." list whose items print their decimal number ("1.1", "1.2", ...).  Twelve sub-points are the recommendations.
Addressees: the minister voor Primair en Voortgezet Onderwijs (OCW), schoolbesturen (OTHER), gemeenten (GEMEENTEN).

Response layout: serif letter without title page (letterhead lines, "Onderwerp", kenmerk), an introduction with
context and thanks, then one section per main advice: an introductory general paragraph, then answers sub-point by
sub-point ("Ten aanzien van advies 1.4 ...", "Advies 2.3 ...", sometimes by subject only), once all of an advice's
first sub-points together in one sentence ("De adviezen 1.1 tot en met 1.3 neem ik over."), plus a closing section
with unrelated context (Staat van het Onderwijs, NPO-afbouw) that answers nothing.

  1.1 double school advice when in doubt (OCW)         agree     - grouped sentence "De adviezen 1.1 tot en met 1.3
                                                                   neem ik over." (first answer in document order)
  1.2 written motivation of every advice (OCW)         agree     - same grouped sentence; later elaborated
  1.3 training teachers group 8 on bias (schoolbesturen) agree   - same grouped sentence
  1.4 publish adjustment rates per school (OCW)        disagree  - "Ten aanzien van advies 1.4 ... neem ik niet over"
  2.1 statutory duty: broad two-year bridge class per region (OCW) partial - subsidy yes, statutory duty no (by
                                                                   decision: "een wettelijke plicht ... ga ik niet")
  2.2 regional agreements on moving up (schoolbesturen) not_addressed - passed on: VO-raad responds itself
  2.3 no funding for new categorial schools (OCW)      disagree  - "zie ik geen aanleiding"
  2.4 extend doorstroomrecht to havo-vwo (OCW)         partial   - only "laat ik onderzoeken ... betrek ik bij"
  3.1 free homework support / exam training (OCW)      partial   - primary school yes, secondary school not
  3.2 municipal information for parents in several languages (gemeenten) not_addressed - only existing practice
                                                                   described, no position
  3.3 ban extra admission tests and intake talks (OCW) disagree  - "Een verbod acht ik niet wenselijk"
  3.4 yearly monitor and report to the Kamer (OCW)     agree     - concrete committed monitor, no cue word
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


def bullets(*texts: str, style: str = "•") -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style=style)


def advice(main: int, *items: tuple[str, tuple[str, ...]]) -> ItemList:
    return ItemList(
        items=tuple(ListItem(text, recommendation=Recommendation(f"{main}.{i + 1}", tuple(depts)))
                    for i, (text, depts) in enumerate(items)),
        style="1.",
    )


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H("Voorwoord"),
    P("Op een dinsdagochtend in februari krijgen ruim 180.000 kinderen in groep 8 een schooladvies. Voor de meesten "
      "is dat een feestelijk moment; voor een aanzienlijk deel is het ook een moment waarop een route wordt "
      "uitgezet die later moeilijk te verleggen blijkt. Dat die route nog steeds vaker samenhangt met het "
      "opleidingsniveau en het inkomen van de ouders dan met wat een kind kan, vindt de Raad voor het Onderwijs "
      "niet aanvaardbaar."),
    P("De Raad heeft zich in eerdere adviezen uitgesproken over vroege selectie. Sindsdien is er veel veranderd: "
      "de eindtoets is een doorstroomtoets geworden die eerder in het jaar wordt afgenomen, het schooladvies "
      "wordt vaker bijgesteld en er is een doorstroomrecht van vmbo naar havo. Toch laten de cijfers zien dat de "
      "kloof tussen groepen leerlingen nauwelijks kleiner is geworden. In dit advies onderzoeken wij waarom, en wat "
      "daaraan te doen is."),
    P("Het advies is voorbereid door een commissie onder leiding van raadslid prof. dr. H.A. (Hanneke) "
      "Verbrugge-Sahin. Wij danken de leraren, schoolleiders, ouders en leerlingen die hun ervaringen met ons "
      "deelden, en de onderzoekers die ons hun gegevens ter beschikking stelden."),
    P("prof. dr. M.J. (Maarten) Oosterhuis, voorzitter Raad voor het Onderwijs"),
    PageBreak(),
    H("Samenvatting"),
    P("De overgang van het primair naar het voortgezet onderwijs is in Nederland vroeg en bepalend. Op twaalfjarige "
      "leeftijd worden leerlingen verdeeld over schoolsoorten die sterk verschillen in vervolgmogelijkheden. Het "
      "schooladvies van de basisschool is daarbij leidend. Onderzoek laat zien dat kinderen van ouders met een "
      "lage opleiding of een laag inkomen bij gelijke prestaties een lager advies krijgen, minder vaak een "
      "bijgesteld advies krijgen en na de brugklas vaker afstromen dan opstromen."),
    P("De Raad ziet drie oorzaken die elkaar versterken. Ten eerste weegt het oordeel van de basisschool over "
      "werkhouding en thuissituatie zwaar, zonder dat dat oordeel goed wordt onderbouwd. Ten tweede is het aanbod "
      "aan brede en uitgestelde brugklassen de afgelopen tien jaar sterk gekrompen, waardoor het advies in de "
      "praktijk direct de plaatsing bepaalt. Ten derde hebben ouders met meer geld en kennis van het stelsel "
      "middelen om de uitkomst te beïnvloeden, van bijles en examentraining tot het kiezen van een school met een "
      "gunstig toelatingsbeleid."),
    P("De Raad geeft daarom drie adviezen, elk uitgewerkt in concrete aanbevelingen in hoofdstuk 5:"),
    bullets(
        "Advies 1: maak het schooladvies zorgvuldiger en controleerbaar;",
        "Advies 2: houd de onderbouw van het voortgezet onderwijs breed en doorlaatbaar;",
        "Advies 3: compenseer ongelijke hulpbronnen van leerlingen en ouders.",
    ),
    P("De adviezen zijn gericht aan de minister voor Primair en Voortgezet Onderwijs, aan de schoolbesturen in het "
      "primair en voortgezet onderwijs en aan de gemeenten, die een eigen verantwoordelijkheid hebben voor het "
      "onderwijsachterstandenbeleid."),
    PageBreak(),
    H("1 Inleiding"),
    H2("1.1 Aanleiding"),
    P("Kansengelijkheid in het onderwijs staat al jaren hoog op de politieke agenda. Na de Staat van het Onderwijs "
      "2016, waarin de Inspectie van het Onderwijs constateerde dat de verschillen tussen leerlingen met "
      "hoogopgeleide en laagopgeleide ouders toenamen, zijn vele maatregelen genomen. Het Gelijke Kansen "
      "Alliantieprogramma, de wijziging van de eindtoets, de verplichte heroverweging van het schooladvies en het "
      "doorstroomrecht zijn daarvan de bekendste."),
    P("In 2024 vroeg de minister voor Primair en Voortgezet Onderwijs de Raad om een advies over de vraag of deze "
      "maatregelen voldoende zijn om de ongelijkheid in de overgang naar het voortgezet onderwijs terug te dringen, "
      "en zo niet, welke aanvullende stappen nodig zijn. Het verzoek sloot aan bij het voornemen van het kabinet om "
      "in 2026 een nieuwe beleidsagenda voor het funderend onderwijs uit te brengen."),
    H2("1.2 Adviesvragen"),
    P("De adviesaanvraag bevatte de volgende vragen:", bold=True),
    ItemList(items=(
        ListItem("In hoeverre hangen het schooladvies en de plaatsing in het voortgezet onderwijs samen met "
                 "achtergrondkenmerken van leerlingen, en is die samenhang sinds 2015 veranderd?"),
        ListItem("Welke rol spelen de inrichting van de brugklas en het aanbod van scholen in de regio?"),
        ListItem("Welke maatregelen van de afgelopen jaren hebben bijgedragen aan meer kansengelijkheid, en welke "
                 "niet of nauwelijks?"),
        ListItem("Welke aanvullende maatregelen zijn nodig, en wie is daarvoor aan zet?"),
    ), style="1."),
    H2("1.3 Werkwijze"),
    P("De Raad heeft voor dit advies literatuuronderzoek gedaan en gegevens van het Centraal Bureau voor de "
      "Statistiek en de Dienst Uitvoering Onderwijs laten analyseren over de cohorten die tussen 2015 en 2023 "
      "naar het voortgezet onderwijs gingen. Daarnaast voerde de commissie gesprekken met ruim zestig betrokkenen, "
      "onder wie leraren van groep 8, brugklasmentoren, schoolleiders, bestuurders, ambtenaren van gemeenten, "
      "ouders en leerlingen. In drie regio's, in het noorden, in de Randstad en in het zuiden van het land, zijn "
      "werkbezoeken afgelegd."),
    P("Een conceptversie van de analyse is besproken in een expertbijeenkomst met onderzoekers en "
      "vertegenwoordigers van de PO-Raad, de VO-raad, de Vereniging van Nederlandse Gemeenten en ouderorganisaties. "
      "De Raad is als enige verantwoordelijk voor de inhoud van dit advies."),
    H2("1.4 Leeswijzer"),
    P("Hoofdstuk 2 beschrijft de totstandkoming van het schooladvies en de rol van de doorstroomtoets. Hoofdstuk 3 "
      "gaat over de brugklas en het regionale aanbod. Hoofdstuk 4 behandelt de hulpbronnen van ouders en trekt "
      "conclusies. In hoofdstuk 5 staan de adviezen van de Raad."),
    PageBreak(),
    H("2 Het schooladvies"),
    H2("2.1 Het schooladvies als scharniermoment"),
    P("Sinds 2014 is het schooladvies van de basisschool leidend voor de toelating tot het voortgezet onderwijs. "
      "De basisschool baseert het advies op de ontwikkeling van de leerling over meerdere jaren, op de resultaten "
      "van het leerlingvolgsysteem en op het oordeel van de leraren over onder meer werkhouding, motivatie en "
      "zelfstandigheid. Een school voor voortgezet onderwijs mag een leerling niet weigeren op grond van een "
      "lager toetsresultaat dan het advies aangeeft, maar mag een leerling wel weigeren die een hoger niveau wil "
      "volgen dan het advies.", footnotes=(
        "Artikel 42 Wet op het primair onderwijs en het Toelatingsbesluit voortgezet onderwijs.",)),
    P("Het advies is daarmee het scharniermoment in de schoolloopbaan. In de gesprekken die de Raad voerde, "
      "beschreven leraren van groep 8 het als een van de zwaarste taken van het jaar. Zij voelen zich "
      "verantwoordelijk om een kind niet te overvragen, en kiezen bij twijfel vaak voor het lagere niveau. "
      "Een leraar in het noorden van het land zei: 'Liever dat een kind daarna opstroomt dan dat het vastloopt.' "
      "Uit de cijfers blijkt echter dat opstromen veel minder vaak voorkomt dan afstromen."),
    H2("2.2 De doorstroomtoets en de heroverweging"),
    P("Sinds het schooljaar 2023-2024 maken leerlingen in groep 8 in februari een doorstroomtoets. Valt de "
      "uitslag hoger uit dan het voorlopige schooladvies, dan moet de basisschool het advies heroverwegen en zo "
      "nodig bijstellen. Het definitieve advies volgt uiterlijk eind maart. Het doel van deze wijziging was dat "
      "een objectief toetsgegeven een tweede kans biedt aan leerlingen die door de school zijn onderschat."),
    P("Het aantal bijstellingen is sinds de invoering van de doorstroomtoets gestegen. Tegelijk verschilt het "
      "sterk tussen scholen: waar de ene school bij ruim de helft van de leerlingen met een hogere toetsuitslag het "
      "advies bijstelt, doet de andere school dat vrijwel nooit. De Raad vond geen aanwijzingen dat die verschillen "
      "te verklaren zijn door de samenstelling van de leerlingpopulatie."),
    P("Tabel 1. Bijstelling van het schooladvies naar opleidingsniveau ouders, leerlingen met een hogere "
      "toetsuitslag dan het advies (cohort 2024)", bold=True),
    Table(
        header=("Opleidingsniveau ouders", "Leerlingen met hogere toetsuitslag", "Advies bijgesteld",
                "Plaatsing op hoger niveau na drie jaar"),
        rows=(
            ("laag (hoogstens mbo-2)", "14.200", "38%", "29%"),
            ("midden (mbo-3 tot en met havo/vwo)", "21.900", "46%", "37%"),
            ("hoog (hbo of wo)", "17.600", "61%", "52%"),
            ("Totaal", "53.700", "49%", "41%"),
        ),
        widths=(2.6, 1.8, 1.4, 1.8),
        rules="grid",
    ),
    P("Bron: bewerking van gegevens van DUO en CBS door de Raad. De percentages zijn afgerond."),
    H2("2.3 Onderbouwing en dubbele adviezen"),
    P("Het advies mag enkelvoudig zijn (bijvoorbeeld havo) of dubbel (bijvoorbeeld havo/vwo). Een dubbel advies "
      "geeft de school voor voortgezet onderwijs de mogelijkheid om een leerling in een gemengde brugklas te "
      "plaatsen. Het aandeel dubbele adviezen is sinds 2015 gedaald van ruim een derde naar minder dan een kwart. "
      "Leraren noemden als reden dat scholen in hun regio dubbele brugklassen hebben afgebouwd, zodat een dubbel "
      "advies in de praktijk toch op het lagere niveau uitkomt."),
    P("Een tweede bevinding betreft de onderbouwing. In de dossiers die de Raad inzag, was het advies vaak "
      "onderbouwd met algemene termen als 'heeft moeite met plannen' of 'weinig ondersteuning thuis'. Dergelijke "
      "formuleringen zijn lastig te toetsen en kunnen onbedoeld de achtergrond van het kind laten meewegen. Ouders "
      "met weinig kennis van het onderwijsstelsel vragen bovendien minder vaak om een toelichting."),
    H2("2.4 Bevindingen over het schooladvies"),
    P("Samengevat komt de Raad tot de volgende bevindingen:"),
    bullets(
        "Bij gelijke toetsprestaties krijgen kinderen van laagopgeleide ouders gemiddeld een lager schooladvies; dit "
        "verschil is sinds 2015 niet wezenlijk kleiner geworden.",
        "De heroverweging na de doorstroomtoets leidt vaker tot bijstelling bij kinderen van hoogopgeleide ouders, "
        "ook als de toetsuitslag even ver boven het advies ligt.",
        "De onderbouwing van het advies is vaak summier en verwijst regelmatig naar de thuissituatie.",
        "Dubbele adviezen worden minder vaak gegeven, mede omdat het aanbod aan gemengde brugklassen afneemt.",
        "Leraren van groep 8 krijgen weinig ondersteuning of scholing bij het opstellen van adviezen.",
    ),
    PageBreak(),
    H("3 De brugklas en het regionale aanbod"),
    H2("3.1 Het verdwijnen van de brede brugklas"),
    P("Tot ongeveer 2010 begonnen de meeste leerlingen in een brede of gemengde brugklas, waarin de definitieve "
      "keuze voor een schoolsoort een of twee jaar werd uitgesteld. Sindsdien is het aandeel leerlingen in "
      "homogene brugklassen sterk gestegen. In 2024 zat ongeveer de helft van de brugklassers in een klas met "
      "één schoolsoort. Vooral in de grote steden zijn categorale scholen, zoals zelfstandige gymnasia en "
      "vwo-scholen met een eigen profiel, in aantal toegenomen."),
    P("Schoolleiders noemen verschillende redenen voor deze ontwikkeling. Ouders kiezen vaker voor een school met "
      "een homogene brugklas, omdat zij verwachten dat hun kind daar beter wordt uitgedaagd. Scholen die "
      "concurreren om leerlingen passen hun aanbod daarop aan. Ook de verantwoording over rendementen in de "
      "onderbouw, waarbij een school wordt afgerekend op leerlingen die afstromen, maakt scholen voorzichtig met "
      "het plaatsen van leerlingen op een hoger niveau."),
    H2("3.2 Op- en afstroom"),
    P("Na de brugklas verandert een aanzienlijk deel van de leerlingen van niveau. In het derde leerjaar zit ruim "
      "een vijfde van de leerlingen op een ander niveau dan het advies aangaf. Afstroom komt echter vaker voor dan "
      "opstroom, en opstroom hangt sterker samen met de achtergrond van de leerling. Een leerling in een homogene "
      "vmbo-brugklas die beter presteert dan verwacht, moet voor opstroom vaak van school wisselen. Voor veel "
      "ouders en leerlingen is dat een te hoge drempel."),
    P("Het doorstroomrecht, dat sinds 2020 geldt, geeft een leerling met een diploma vmbo gemengde of theoretische "
      "leerweg het recht om in te stromen in havo 4. Een vergelijkbaar recht voor leerlingen met een havodiploma "
      "die naar vwo 5 willen, bestaat niet; scholen hanteren daarvoor eigen eisen, die sterk uiteenlopen."),
    H2("3.3 Regionale verschillen"),
    P("De mogelijkheden voor een leerling hangen sterk af van de regio waarin hij woont. In sommige regio's maken "
      "scholen onderling afspraken over brede brugklassen, over het opvangen van opstromende leerlingen en over "
      "een gezamenlijke aanmeldprocedure. In andere regio's ontbreken zulke afspraken en concurreren scholen "
      "vooral om de leerlingen met een hoog advies. Gemeenten hebben weinig formele invloed op dit aanbod, maar "
      "spelen via de lokale educatieve agenda en het onderwijsachterstandenbeleid wel een rol."),
    P("Bestaande maatregelen die in de gesprekken werden genoemd, zijn onder meer:"),
    bullets(
        "de subsidieregeling voor verlengde brugperiodes, die in 2022 afliep;",
        "regionale plaatsingswijzers en gezamenlijke aanmeldweken in een aantal steden;",
        "het doorstroomrecht van vmbo naar havo;",
        "de middelen voor onderwijsachterstanden die gemeenten en scholen ontvangen.",
    ),
    H2("3.4 Bevindingen over de brugklas"),
    P("De Raad stelt vast dat de afname van brede brugklassen het belang van het schooladvies heeft vergroot. "
      "Waar leerlingen in een gemengde klas terechtkomen, is de kans op opstroom groter en verdwijnt een deel van "
      "de ongelijkheid die bij het advies is ontstaan. Waar het aanbod homogeen is, werkt een te laag advies door "
      "in de hele schoolloopbaan."),
    PageBreak(),
    H("4 Hulpbronnen en conclusies"),
    H2("4.1 Schaduwonderwijs"),
    P("Ouders met meer geld maken vaker gebruik van bijles, huiswerkbegeleiding en training voor de "
      "doorstroomtoets. Uit onderzoek blijkt dat ruim een derde van de leerlingen in groep 8 met hoogopgeleide "
      "ouders in het laatste jaar enige vorm van betaalde begeleiding kreeg, tegen minder dan een op de tien "
      "leerlingen met laagopgeleide ouders. In het voortgezet onderwijs loopt dit verschil verder op, vooral rond "
      "het eindexamen."),
    P("Een deel van de scholen biedt zelf gratis huiswerkbegeleiding aan, vaak betaald uit tijdelijke middelen "
      "van het Nationaal Programma Onderwijs. Nu die middelen aflopen, verwachten schoolleiders dat dit aanbod "
      "verdwijnt of alleen nog tegen betaling beschikbaar blijft."),
    H2("4.2 Informatie en keuzeproces"),
    P("Het keuzeproces voor een school voor voortgezet onderwijs is ingewikkeld. Ouders moeten open dagen "
      "bezoeken, de aanmeldprocedures en eventuele lotingen in hun regio kennen en de verschillen tussen "
      "schoolsoorten en profielen begrijpen. Ouders die de Nederlandse taal niet goed beheersen of die zelf niet in "
      "Nederland naar school zijn gegaan, lopen daarbij achter. Voorlichting wordt in veel gemeenten alleen in het "
      "Nederlands en via de scholen gegeven."),
    P("Een deel van de scholen voor voortgezet onderwijs neemt bij de aanmelding aanvullende toetsen af of voert "
      "intakegesprekken, ook als de leerling een passend advies heeft. Scholen noemen dit een kennismaking; in de "
      "praktijk ervaren ouders het als een selectie. Uit de gesprekken blijkt dat ouders met minder kennis van het "
      "stelsel deze scholen vaker mijden."),
    H2("4.3 Conclusies"),
    P("Op grond van de hoofdstukken 2 tot en met 4 trekt de Raad de volgende conclusies:"),
    ItemList(items=(
        ListItem("Het schooladvies weegt zwaar en is onvoldoende controleerbaar; de achtergrond van de leerling "
                 "speelt onbedoeld een rol."),
        ListItem("De doorstroomtoets en de heroverweging hebben de ongelijkheid niet wezenlijk verkleind, omdat "
                 "scholen de heroverweging zeer verschillend uitvoeren."),
        ListItem("Het verdwijnen van brede brugklassen maakt de gevolgen van een te laag advies groter en "
                 "duurzamer."),
        ListItem("Verschillen in hulpbronnen van ouders, zoals geld voor bijles en kennis van het stelsel, "
                 "versterken de ongelijkheid bij de overgang en in de eerste jaren van het voortgezet onderwijs."),
        ListItem("Er is geen samenhangend zicht op de ontwikkeling van kansengelijkheid in de overgang; gegevens "
                 "zijn versnipperd over DUO, CBS en de Inspectie."),
    ), style="1."),
    P("De Raad benadrukt dat geen van de betrokken partijen dit probleem alleen kan oplossen. Het Rijk stelt de "
      "kaders, de schoolbesturen bepalen het aanbod en de werkwijze in de school, en de gemeenten hebben een rol in "
      "het achterstandenbeleid en de voorlichting aan ouders. De adviezen in hoofdstuk 5 zijn daarom aan alle drie "
      "gericht."),
    PageBreak(),
    H("5 Adviezen"),
    P("De Raad geeft drie adviezen. Elk advies is uitgewerkt in aanbevelingen, met steeds de partij die aan zet "
      "is. De aanbevelingen zijn genummerd per advies."),
    H2("Advies 1 Maak het schooladvies zorgvuldiger en controleerbaar"),
    P("Het schooladvies blijft volgens de Raad een waardevol instrument, omdat het een breder beeld geeft dan een "
      "toets alleen. Het moet dan wel zorgvuldig tot stand komen en voor ouders en leerlingen navolgbaar zijn. "
      "Twijfel moet in het voordeel van de leerling uitvallen. De Raad beveelt aan:"),
    advice(
        1,
        ("De minister legt wettelijk vast dat de basisschool bij twijfel tussen twee niveaus een dubbel advies "
         "geeft, en dat scholen voor voortgezet onderwijs een leerling met een dubbel advies op het hoogste van "
         "beide niveaus toelaten als de leerling dat wil.", ("OCW",)),
        ("De minister verplicht basisscholen om elk schooladvies schriftelijk te onderbouwen met de gegevens uit "
         "het leerlingvolgsysteem en om daarbij niet te verwijzen naar de thuissituatie van de leerling.",
         ("OCW",)),
        ("Schoolbesturen in het primair onderwijs zorgen ervoor dat leraren van groep 8 en intern begeleiders "
         "jaarlijks worden geschoold in het opstellen van adviezen en in het herkennen van onbewuste "
         "vooroordelen.", ("OTHER",)),
        ("De minister laat de Inspectie van het Onderwijs jaarlijks per basisschool publiceren hoe vaak het "
         "schooladvies na de doorstroomtoets is bijgesteld, uitgesplitst naar de achtergrond van leerlingen.",
         ("OCW",)),
    ),
    H2("Advies 2 Houd de onderbouw breed en doorlaatbaar"),
    P("Hoe beter het voortgezet onderwijs in staat is om vergissingen bij de overgang te herstellen, hoe minder "
      "zwaar het schooladvies hoeft te wegen. De Raad pleit daarom voor een onderbouw waarin leerlingen langer "
      "samen leren en gemakkelijker van niveau kunnen wisselen. De Raad beveelt aan:"),
    advice(
        2,
        ("De minister neemt in de wet op dat in elke regio ten minste één school een brede brugklas van twee jaar "
         "aanbiedt, en stelt daarvoor een structurele bekostiging beschikbaar.", ("OCW",)),
        ("Schoolbesturen in het voortgezet onderwijs maken binnen het regionaal overleg bindende afspraken over "
         "het opvangen van leerlingen die na de brugklas willen opstromen, zodat opstroom niet afhangt van een "
         "plaats op de eigen school.", ("OTHER",)),
        ("De minister beëindigt de mogelijkheid om nieuwe categorale scholen en nieuwe homogene vwo-afdelingen "
         "met een eigen brin-nummer te bekostigen.", ("OCW",)),
        ("De minister breidt het doorstroomrecht uit naar leerlingen met een havodiploma die willen doorstromen "
         "naar vwo 5.", ("OCW",)),
    ),
    H2("Advies 3 Compenseer ongelijke hulpbronnen"),
    P("Zolang ouders met meer geld en kennis de uitkomst van de overgang kunnen beïnvloeden, blijft "
      "kansengelijkheid buiten bereik. De Raad vraagt het Rijk, de schoolbesturen en de gemeenten om dat "
      "voordeel zo veel mogelijk te compenseren, en om beter zicht te krijgen op de ontwikkeling. De Raad beveelt "
      "aan:"),
    advice(
        3,
        ("De minister stelt structureel middelen beschikbaar waarmee scholen in het primair en voortgezet "
         "onderwijs gratis huiswerkbegeleiding, bijles en examentraining aanbieden aan leerlingen van wie de "
         "ouders dat niet kunnen betalen.", ("OCW",)),
        ("Gemeenten organiseren, samen met de scholen in hun gemeente, voorlichting over de overgang naar het "
         "voortgezet onderwijs in de talen die in de gemeente worden gesproken, en zetten daarbij "
         "sleutelfiguren uit de gemeenschappen in.", ("GEMEENTEN",)),
        ("De minister verbiedt scholen voor voortgezet onderwijs om bij de aanmelding aanvullende toetsen af te "
         "nemen of intakegesprekken te voeren die meewegen in het besluit over de toelating.", ("OCW",)),
        ("De minister brengt jaarlijks in een monitor de ontwikkeling van kansengelijkheid in de overgang naar het "
         "voortgezet onderwijs in kaart, met gegevens over advies, bijstelling, plaatsing en op- en afstroom, en "
         "informeert de Tweede Kamer daarover.", ("OCW",)),
    ),
    P("De Raad is graag bereid om zijn adviezen toe te lichten en om over twee jaar te bezien welke vooruitgang is "
      "geboekt."),
    H2("Verantwoording"),
    P("Dit advies is vastgesteld in de vergadering van de Raad voor het Onderwijs van 11 september 2025. De "
      "voorbereidende commissie bestond uit prof. dr. H.A. Verbrugge-Sahin (voorzitter), drs. P. de Keijzer, "
      "dr. L.M. Amrani en mr. W.F. Tuinstra. De commissie werd ondersteund door dr. S. Hoekstra (projectleider) en "
      "drs. E. van Luijk (onderzoeker)."),
)

REPORT = Document(
    title="Kansengelijkheid in de overgang naar het voortgezet onderwijs",
    subtitle="Advies van de Raad voor het Onderwijs",
    blocks=REPORT_BLOCKS,
    running_header="Raad voor het Onderwijs  |  Kansengelijkheid in de overgang naar het voortgezet onderwijs",
    footer="{page}",
    font_family="serif",
    font_size=11,
    title_page=True,
    imprint=("Raad voor het Onderwijs", "Den Haag, september 2025", "Advies 2025/07"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

A11 = "De adviezen 1.1 tot en met 1.3 neem ik over."
A14 = "Ten aanzien van advies 1.4 merk ik op dat ik dit advies niet overneem."
A21 = ("Een wettelijke plicht om in elke regio een brede brugklas aan te bieden, zoals de Raad in advies 2.1 "
       "voorstelt, ga ik echter niet invoeren.")
A23 = "Ik zie geen aanleiding om de bekostiging van nieuwe categorale scholen te beëindigen."
A24 = ("Ik laat onderzoeken wat een doorstroomrecht van havo naar vwo betekent voor leerlingen en scholen, en betrek "
       "de uitkomsten bij de evaluatie van het doorstroomrecht in 2027.")
A31 = ("Voor het voortgezet onderwijs kan ik die toezegging niet doen: daar blijft het aan scholen om "
       "huiswerkbegeleiding en examentraining uit de reguliere lumpsum te bekostigen.")
A33 = "Een verbod acht ik niet wenselijk."
A34 = ("Vanaf 2026 verschijnt elk jaar in juni een Monitor Overgang po-vo, die ik met een beleidsreactie aan uw "
       "Kamer stuur.")

RESPONSE_BLOCKS = (
    P("Ministerie van Onderwijs, Cultuur en Wetenschap  |  Directie Voortgezet Onderwijs"),
    P("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal, Postbus 20018, 2500 EA Den Haag"),
    P("Datum: 12 december 2025  |  Betreft: Beleidsreactie op het advies 'Kansengelijkheid in de overgang naar "
      "het voortgezet onderwijs'  |  Ons kenmerk: 51188204"),
    P("Geachte voorzitter,"),
    P("Op 18 september 2025 heeft de Raad voor het Onderwijs zijn advies 'Kansengelijkheid in de overgang naar het "
      "voortgezet onderwijs' uitgebracht. Het advies is opgesteld op mijn verzoek. Met deze brief bied ik u mijn "
      "reactie aan. Ik dank de Raad voor een grondig en helder advies, dat de ervaringen van leraren, ouders en "
      "leerlingen op indringende wijze zichtbaar maakt."),
    P("De analyse van de Raad is ontnuchterend. Ondanks de maatregelen van de afgelopen tien jaar krijgen kinderen "
      "van laagopgeleide ouders bij gelijke prestaties nog altijd een lager schooladvies, en wordt dat advies bij "
      "hen minder vaak bijgesteld. Ik deel de conclusie van de Raad dat de overgang naar het voortgezet onderwijs "
      "daarmee een van de momenten is waarop ongelijkheid in ons stelsel het sterkst wordt vastgelegd. Een kind "
      "moet de school kunnen volgen die bij zijn talent past, ongeacht wat zijn ouders verdienen of weten."),
    P("De Raad ordent zijn aanbevelingen in drie adviezen. Ik volg die indeling. Per advies geef ik eerst mijn "
      "algemene reactie en ga ik daarna in op de afzonderlijke aanbevelingen. Waar de aanbevelingen aan de "
      "schoolbesturen of de gemeenten zijn gericht, heb ik die partijen om hun reactie gevraagd of geef ik aan "
      "wat ik vanuit mijn rol kan doen."),
    H("Advies 1: het schooladvies", level=2),
    P("De Raad vraagt om een schooladvies dat zorgvuldiger tot stand komt en voor ouders beter te volgen is. Ik "
      "steun die richting van harte. Het schooladvies is en blijft het belangrijkste instrument bij de overgang, "
      "juist omdat de leraar een kind jaren heeft zien ontwikkelen. Dat vertrouwen in de leraar gaat samen met de "
      "verplichting om het advies goed uit te leggen. " + A11 + " Hieronder licht ik toe hoe ik dat doe.",
      answers=(Answer("1.1", "agree", A11), Answer("1.2", "agree", A11), Answer("1.3", "agree", A11))),
    P("Het dubbele advies bij twijfel wordt in de Wet op het primair onderwijs vastgelegd. In het voorjaar van 2026 "
      "gaat een wetsvoorstel in consultatie waarin ook is geregeld dat een school voor voortgezet onderwijs een "
      "leerling met een dubbel advies op het hoogste niveau toelaat als de leerling en zijn ouders dat wensen. Ik "
      "streef ernaar dat deze regels gelden voor de adviezen van het schooljaar 2027-2028.",
      answers=(Answer("1.1", "agree",
                      "Het dubbele advies bij twijfel wordt in de Wet op het primair onderwijs vastgelegd."),)),
    P("Voor de onderbouwing van het advies ontwikkel ik met de PO-Raad een landelijk format, dat scholen verplicht "
      "gaan gebruiken. Het format vraagt om een onderbouwing met gegevens uit het leerlingvolgsysteem en over de "
      "ontwikkeling van het kind. Verwijzingen naar de thuissituatie horen daar niet in thuis; dat wordt in de "
      "toelichting bij het format uitdrukkelijk vermeld.",
      answers=(Answer("1.2", "agree",
                      "Voor de onderbouwing van het advies ontwikkel ik met de PO-Raad een landelijk format, dat "
                      "scholen verplicht gaan gebruiken."),)),
    P("De scholing van leraren in groep 8 is in de eerste plaats een zaak van de schoolbesturen. Ik heb met de "
      "PO-Raad afgesproken dat de besturen in de sectorafspraken voor 2026-2029 opnemen dat elke leraar van groep 8 "
      "jaarlijks een scholing volgt over het opstellen van adviezen, waaronder het herkennen van onbewuste "
      "vooroordelen. Het ministerie bekostigt de ontwikkeling van het scholingsaanbod.",
      answers=(Answer("1.3", "agree",
                      "Ik heb met de PO-Raad afgesproken dat de besturen in de sectorafspraken voor 2026-2029 "
                      "opnemen dat elke leraar van groep 8 jaarlijks een scholing volgt over het opstellen van "
                      "adviezen, waaronder het herkennen van onbewuste vooroordelen."),)),
    P(A14 + " De Inspectie van het Onderwijs betrekt de kwaliteit van de heroverweging al bij haar toezicht op "
      "scholen en spreekt scholen aan waar het aantal bijstellingen opvallend laag is. Publicatie van "
      "bijstellingspercentages per school, uitgesplitst naar de achtergrond van leerlingen, zou bij kleine scholen "
      "al snel tot herleidbare gegevens leiden en nodigt uit tot een ranglijst die weinig zegt over de "
      "zorgvuldigheid van individuele adviezen. Op landelijk niveau worden deze gegevens wel openbaar, zoals ik "
      "hieronder bij advies 3 toelicht.",
      answers=(Answer("1.4", "disagree", A14),)),
    H("Advies 2: een brede en doorlaatbare onderbouw", level=2),
    P("Ik herken het beeld dat de Raad schetst. Het aandeel brede brugklassen is de afgelopen vijftien jaar sterk "
      "afgenomen, en daarmee is het gewicht van het schooladvies toegenomen. Tegelijk kent ons stelsel een grote "
      "vrijheid van scholen om hun onderwijs in te richten, en die vrijheid wil ik niet zonder noodzaak inperken. "
      "Ouders hebben uiteenlopende wensen, en een homogene brugklas kan voor sommige leerlingen de beste plek zijn. "
      "Mijn inzet is daarom om brede en uitgestelde brugperiodes aantrekkelijker te maken, niet om ze op te "
      "leggen."),
    P("Daarom stel ik vanaf het schooljaar 2026-2027 jaarlijks 40 miljoen euro beschikbaar voor een "
      "stimuleringsregeling brede brugperiode, waarmee scholen die een gemengde brugklas van twee jaar aanbieden, "
      "een extra bedrag per leerling ontvangen. " + A21 + " Een regionale plicht vraagt om een verdeling van "
      "leerlingen en scholen die zich slecht verhoudt tot de vrijheid van onderwijs en de keuzevrijheid van "
      "ouders.",
      answers=(Answer("2.1", "partial", A21),)),
    P("Advies 2.2 richt zich tot de schoolbesturen in het voortgezet onderwijs. De VO-raad heeft laten weten dat "
      "zij het advies met haar leden bespreekt in de ledenvergadering van februari 2026 en daarna zelf op het "
      "advies zal reageren."),
    P("De Raad adviseert daarnaast om geen nieuwe categorale scholen meer te bekostigen. " + A23 + " Het aantal "
      "categorale scholen is de afgelopen jaren licht gestegen, maar zij vormen nog altijd een klein deel van het "
      "aanbod. Bovendien zijn er categorale scholen die juist veel leerlingen met laagopgeleide ouders opleiden tot "
      "een vwo-diploma. Een algemene stop zou ook die scholen treffen. Wel vraag ik bij de toetsing van aanvragen "
      "voor nieuwe scholen voortaan expliciet aandacht voor de gevolgen voor het regionale aanbod aan brede "
      "brugklassen.",
      answers=(Answer("2.3", "disagree", A23),)),
    P("Het doorstroomrecht van vmbo naar havo werkt: sinds 2020 is het aantal leerlingen dat na het vmbo naar de "
      "havo gaat, gestegen. De vraag van de Raad om een vergelijkbaar recht voor de overstap van havo naar vwo "
      "neem ik serieus. Die overstap is echter complexer, omdat het verschil in vakken en examenprogramma's groter "
      "is. " + A24,
      answers=(Answer("2.4", "partial", A24),)),
    H("Advies 3: ongelijke hulpbronnen", level=2),
    P("De Raad wijst er terecht op dat niet alleen de school, maar ook de hulpbronnen van ouders de uitkomst van de "
      "overgang bepalen. De overheid kan die verschillen niet wegnemen, maar wel verkleinen. Ik kijk daarbij naar "
      "wat in de afgelopen jaren met de middelen van het Nationaal Programma Onderwijs is opgebouwd en wat daarvan "
      "behouden moet blijven."),
    P("In het primair onderwijs maak ik de middelen voor de verlengde leertijd structureel. Vanaf 2026 kunnen "
      "basisscholen met veel leerlingen met een risico op een onderwijsachterstand daaruit gratis "
      "huiswerkbegeleiding en bijles in groep 7 en 8 aanbieden. " + A31,
      answers=(Answer("3.1", "partial", A31),)),
    P("Over de voorlichting aan ouders merk ik het volgende op. Veel gemeenten organiseren al, samen met de scholen "
      "en in het kader van de lokale educatieve agenda, voorlichtingsbijeenkomsten over de keuze voor het "
      "voortgezet onderwijs. In een aantal gemeenten gebeurt dat in meerdere talen en met inzet van "
      "brugfunctionarissen. Gemeenten ontvangen hiervoor middelen uit de specifieke uitkering "
      "onderwijsachterstandenbeleid."),
    P("Dat sommige scholen bij de aanmelding aanvullende toetsen afnemen of intakegesprekken voeren, vind ik "
      "onwenselijk als die gesprekken in feite dienen om leerlingen te selecteren. De wet staat dat nu ook al niet "
      "toe: een school mag een leerling met een passend advies niet weigeren op grond van een aanvullende toets. "
      + A33 + " Een kennismakingsgesprek kan voor leerling en school waardevol zijn, bijvoorbeeld om de "
      "ondersteuningsbehoefte in beeld te brengen. Ik vraag de Inspectie wel om bij het toezicht op de "
      "toelatingsprocedures hier aandacht aan te besteden.",
      answers=(Answer("3.3", "disagree", A33),)),
    P("Tot slot vraagt de Raad om beter zicht op de ontwikkeling van kansengelijkheid. " + A34 + " De monitor wordt "
      "opgesteld door DUO en het CBS, met medewerking van de Inspectie, en bevat landelijke en regionale gegevens "
      "over het schooladvies, de bijstelling na de doorstroomtoets, de plaatsing en de op- en afstroom in de "
      "eerste drie leerjaren, uitgesplitst naar de achtergrond van leerlingen.",
      answers=(Answer("3.4", "agree", A34),)),
    H("Samenhang met ander beleid", level=2),
    P("De adviezen van de Raad raken aan verschillende trajecten die al lopen. Ik noem er drie:"),
    bullets(
        "de evaluatie van de doorstroomtoets, waarvan de resultaten in het najaar van 2026 verschijnen;",
        "de herziening van de bekostiging van het voortgezet onderwijs, waarin ik de stimuleringsregeling brede "
        "brugperiode een structurele plaats geef;",
        "de afbouw van de middelen van het Nationaal Programma Onderwijs en de keuzes over wat daarvan structureel "
        "wordt behouden.",
    ),
    P("In de Staat van het Onderwijs 2026 zal de Inspectie bovendien een apart hoofdstuk wijden aan de overgang "
      "van het primair naar het voortgezet onderwijs. Ik zal uw Kamer in het voorjaar van 2026 informeren over de "
      "voortgang van de wetgeving over het schooladvies."),
    P("Ik dank de Raad nogmaals voor zijn advies en ga graag met uw Kamer in gesprek over de uitwerking."),
    P("De minister voor Primair en Voortgezet Onderwijs,"),
    P("drs. A.E. (Anouk) Terpstra-Demir"),
)

RESPONSE = Document(
    title="Beleidsreactie advies Kansengelijkheid in de overgang naar het voortgezet onderwijs",
    subtitle="Brief van de minister voor Primair en Voortgezet Onderwijs aan de Tweede Kamer",
    blocks=RESPONSE_BLOCKS,
    running_header="Beleidsreactie Kansengelijkheid overgang po-vo  |  Kenmerk 51188204",
    footer="Pagina {page} van {pages}",
    font_family="serif",
    font_size=10.5,
    title_page=False,
)

PAIR = Pair(
    name="education_council_numbered_paragraphs",
    report=REPORT,
    response=RESPONSE,
    description="Raad voor het Onderwijs advice on equal opportunities at the po-vo transition: chapters with "
                "numbered paragraph headings (2.1, 2.2 ...) and three main advices in chapter 5 with decimal "
                "sub-points 1.1-3.4 (12 recommendations); answered by the minister voor PVO per advice with a "
                "grouped acceptance 'De adviezen 1.1 tot en met 1.3 neem ik over', a pass-on to the VO-raad and an "
                "existing-policy-only paragraph.",
)
