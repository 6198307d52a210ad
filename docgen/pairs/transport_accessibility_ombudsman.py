"""Pair: a Nationale ombudsman report on the accessibility of public transport for travellers with a disability.

Layout traits this pair tests: a sans report whose conclusions and recommendations come at the END, in one list
"1." - "16." after the bold lead-in "De Nationale ombudsman doet de volgende aanbevelingen:"; every item names its
own addressee in its first words (the staatssecretaris van IenW, the vervoerders, provinces and gemeenten as
concessieverleners, or two of them together).  Before that list the report has a numbered list of research
questions ("1." - "4."), bulleted method and norm lists and a small table of complaints, none of them
recommendations.

The response is a letter from the staatssecretaris van IenW (no title page) whose answers are paragraphs that start
with the printed number ("1. ...", "2. ..."), in report order.  Answer 1 opens with a paragraph that only describes
the current rules and decides (partly) in the unnumbered paragraph after it; 5 and 6 are answered in one paragraph
("5. en 6.") with different positions; "7. en 8." says the carriers will answer themselves (7 passed on, no
position) but takes a position on 8 (a refusal pointing to the European rules); 9 is agreed with "Ik ben het met de
ombudsman eens dat ... en zal daarom ..."; 10 is a hedge; 11 is not mentioned at all; 12 is refused ("voegt
weinig toe") in a paragraph that also agrees to 13 by subject only, without its number; 2 and 14 are agreed by
committed measures without cue words; 3 is a polite refusal on cost grounds; 4 is a pilot on four lines.  All
prose is fictional and written for this test set.
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


def R(number: str, *departments: str) -> Recommendation:
    return Recommendation(number, tuple(departments))


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H("Voorwoord"),
    P("Wie in Nederland de trein, de bus of de tram neemt, staat er zelden bij stil hoeveel er goed moet gaan om van "
      "de voordeur bij de plaats van bestemming te komen. Voor reizigers met een beperking is dat anders. Zij plannen "
      "hun reis vaak dagen vooruit, bellen van tevoren om te vragen of de lift het doet en houden er rekening mee "
      "dat zij ergens onderweg kunnen stranden. Een reis die voor de meeste mensen vanzelf gaat, is voor hen een "
      "onderneming."),
    P("In de afgelopen twee jaar kreeg de Nationale ombudsman steeds meer klachten en signalen van reizigers die "
      "vastliepen: op een perron zonder werkende lift, bij een bushalte waar de bus niet kon aansluiten op de "
      "stoeprand, of aan de telefoon met een klantenservice die hen doorverwees naar een andere organisatie. Veel "
      "van die reizigers hadden al eerder geklaagd, soms meerdere keren, zonder dat er iets veranderde. Dat was "
      "voor mij aanleiding om de toegankelijkheid van het openbaar vervoer breder te onderzoeken."),
    P("Dit rapport laat zien dat er de afgelopen jaren veel is verbeterd. Er rijden meer toegankelijke treinen en "
      "bussen dan ooit, en veel stations zijn aangepast. Maar het laat ook zien dat de verantwoordelijkheid voor een "
      "toegankelijke reis over zoveel partijen is verdeeld dat niemand haar als geheel draagt. De reiziger is de "
      "enige die de hele keten doorloopt, en daarmee ook de enige die de gevolgen ondervindt als één schakel "
      "ontbreekt. Ik hoop dat dit rapport eraan bijdraagt dat overheden en vervoerders de reis voortaan vanuit die "
      "reiziger bekijken."),
    P("Ik dank de reizigers die hun ervaringen met ons deelden, en de medewerkers van vervoerders, ProRail, "
      "provincies, gemeenten en het ministerie die ons te woord stonden."),
    P("De Nationale ombudsman"),
    PageBreak(),
    H("Samenvatting"),
    P("Nederland heeft met de ratificatie van het VN-verdrag inzake de rechten van personen met een handicap in "
      "2016 toegezegd dat mensen met een beperking zelfstandig en op voet van gelijkheid gebruik kunnen maken van "
      "het openbaar vervoer. De Nationale ombudsman onderzocht in hoeverre die belofte in de praktijk wordt "
      "waargemaakt. Hij keek daarbij naar vier onderdelen van de reis: de stations en haltes, de voertuigen, de "
      "reisassistentie en de behandeling van klachten."),
    P("Op de treinstations is de vooruitgang zichtbaar. Van de 402 stations is volgens ProRail 86 procent zelfstandig "
      "toegankelijk voor een rolstoelgebruiker. Tegelijk blijkt uit ons onderzoek dat een toegankelijk station niet "
      "altijd een bruikbaar station is: liften vallen geregeld uit, soms wekenlang, en reizigers horen dat vaak pas "
      "als zij al op het perron staan. Bij de bus- en tramhaltes is het beeld veel wisselender. Of een halte is "
      "aangepast, hangt in de praktijk sterk af van de gemeente waarin zij ligt."),
    P("Reisassistentie op het spoor is in de afgelopen jaren sterk verbeterd, maar de reiziger moet haar nog steeds "
      "vooraf boeken, en voor een reis met meer vervoerders moet hij dat meerdere keren doen, bij verschillende "
      "organisaties en volgens verschillende regels. Als de assistentie niet komt, heeft dat voor de reiziger grote "
      "gevolgen, terwijl hij er weinig tegenover ziet staan."),
    P("Reizigers die willen klagen, weten vaak niet bij wie. Een klacht over een kapotte lift, een te hoge halte en "
      "een onvriendelijke chauffeur komt bij drie verschillende organisaties terecht. Klachten over toegankelijkheid "
      "worden nergens apart bijgehouden, en op het naleven van de toegankelijkheidseisen in bus, tram en metro "
      "houdt geen enkele instantie toezicht."),
    P("De Nationale ombudsman doet zestien aanbevelingen. Ze zijn gericht aan de staatssecretaris van Infrastructuur "
      "en Waterstaat, aan de vervoerders en aan de provincies en gemeenten in hun rol van concessieverlener. U vindt "
      "ze in hoofdstuk 7."),
    PageBreak(),
    H("1  Inleiding"),
    H("1.1  Aanleiding", 2),
    P("In 2023 en 2024 ontving de Nationale ombudsman samen 212 klachten en signalen over de toegankelijkheid van het "
      "openbaar vervoer, tegen 74 in de twee jaren daarvoor. Ze kwamen van reizigers in een rolstoel of met een "
      "rollator, van blinde en slechtziende reizigers, van doven en slechthorenden en van mensen met een "
      "verstandelijke beperking of een chronische ziekte. Een deel van die klachten ging over één voorval; een groter "
      "deel beschreef een patroon dat de reiziger al jaren kende en waarover hij al eerder bij de vervoerder of de "
      "gemeente had geklaagd.", footnotes=(
          "Een signaal is een melding die niet aan de eisen van een klacht voldoet, bijvoorbeeld omdat de reiziger "
          "zich nog niet eerst tot de organisatie zelf had gewend. Signalen registreert de ombudsman apart.",)),
    P("De Nationale ombudsman kan klachten over de overheid behandelen, maar niet over vervoerders als private "
      "ondernemingen. Een groot deel van de klachten viel daardoor formeel buiten zijn bevoegdheid, terwijl de "
      "problemen waar zij over gingen wel degelijk raakten aan keuzes van de overheid: in het Besluit toegankelijkheid "
      "van het openbaar vervoer, in de concessies die het Rijk, de provincies en de vervoerregio's verlenen, en in het "
      "beheer van haltes door gemeenten. De ombudsman heeft daarom besloten een onderzoek uit eigen beweging in te "
      "stellen naar de toegankelijkheid van het openbaar vervoer als geheel."),
    H("1.2  Onderzoeksvragen", 2),
    P("Het onderzoek had tot doel vast te stellen of reizigers met een beperking in de praktijk zelfstandig en "
      "zonder onnodige obstakels met het openbaar vervoer kunnen reizen, en zo niet, welke overheidspartijen daaraan "
      "iets kunnen veranderen. De ombudsman heeft daarvoor de volgende vragen gesteld:"),
    ItemList(items=(
        ListItem("Hoe ervaren reizigers met een beperking de toegankelijkheid van stations, haltes en voertuigen?"),
        ListItem("In hoeverre kunnen zij rekenen op reisassistentie, en hoe verloopt het boeken daarvan?"),
        ListItem("Hoe worden klachten over de toegankelijkheid behandeld, en leren overheden en vervoerders daarvan?"),
        ListItem("Welke rol spelen de staatssecretaris, de concessieverleners en de vervoerders, en sluiten hun "
                 "verantwoordelijkheden op elkaar aan?"),
    ), style="1."),
    H("1.3  Werkwijze", 2),
    P("Het onderzoek liep van maart 2024 tot februari 2025. De ombudsman heeft daarbij verschillende bronnen "
      "gebruikt:"),
    ItemList(items=(
        ListItem("een vragenlijst die 1.146 reizigers met een beperking volledig hebben ingevuld, verspreid via "
                 "belangenorganisaties, patiëntenverenigingen en de eigen website;"),
        ListItem("38 diepte-interviews met reizigers, van wie 11 in een rolstoel reizen, 9 blind of slechtziend zijn, "
                 "6 doof of slechthorend zijn en 12 een andere beperking hebben;"),
        ListItem("veertien meereisdagen, waarop medewerkers van de ombudsman een reiziger een hele dag vergezelden, "
                 "van voordeur tot voordeur;"),
        ListItem("een analyse van de programma's van eisen en de concessiebesluiten van negen regionale "
                 "concessies en van de vervoer- en beheerconcessie voor het hoofdrailnet;"),
        ListItem("gesprekken met NS, ProRail, vijf regionale vervoerders, drie provincies, twee vervoerregio's, zes "
                 "gemeenten, het Interprovinciaal Overleg, de Vereniging van Nederlandse Gemeenten en het ministerie "
                 "van Infrastructuur en Waterstaat."),
    ), style="•"),
    P("De reizigers die meededen aan de vragenlijst, vormen geen aselecte steekproef. Wie ontevreden is, is eerder "
      "geneigd mee te doen dan wie tevreden is. De percentages in dit rapport zijn daarom geen landelijke cijfers, "
      "maar geven wel een beeld van de knelpunten die reizigers tegenkomen en van de verhoudingen daartussen. Waar "
      "mogelijk heeft de ombudsman de uitkomsten naast gegevens van ProRail, vervoerders en concessieverleners "
      "gelegd."),
    P("Een conceptversie van dit rapport is in januari 2025 voorgelegd aan het ministerie van Infrastructuur en "
      "Waterstaat, NS, ProRail, OV-NL, het IPO en de VNG. Hun reacties zijn verwerkt waar zij feitelijke "
      "onjuistheden betroffen; de belangrijkste inhoudelijke reacties staan in de bijlage."),
    H("1.4  Leeswijzer", 2),
    P("Hoofdstuk 2 beschrijft de regels en de verdeling van verantwoordelijkheden. De hoofdstukken 3 tot en met 6 "
      "bevatten de bevindingen over stations en haltes, voertuigen, reisassistentie en klachtbehandeling. Elk van die "
      "hoofdstukken sluit af met een korte beschouwing. In hoofdstuk 7 staan de conclusies en de aanbevelingen van "
      "de Nationale ombudsman."),
    PageBreak(),
    H("2  Regels en verantwoordelijkheden"),
    H("2.1  Het VN-verdrag en de Wet gelijke behandeling", 2),
    P("Artikel 9 van het VN-verdrag inzake de rechten van personen met een handicap verplicht de staat om passende "
      "maatregelen te nemen om mensen met een beperking op voet van gelijkheid met anderen toegang te geven tot "
      "vervoer. Artikel 20 vraagt de staat de persoonlijke mobiliteit van mensen met een beperking te bevorderen, "
      "op de wijze en het tijdstip van hun keuze en tegen een betaalbare prijs. Het verdrag laat ruimte voor een "
      "geleidelijke verwezenlijking, maar verwacht wel dat de staat daar actief en aantoonbaar aan werkt."),
    P("In het Nederlandse recht is het verbod op onderscheid op grond van een handicap in het openbaar vervoer "
      "uitgewerkt in de Wet gelijke behandeling op grond van handicap of chronische ziekte. Die wet verplicht "
      "vervoerders en overheden om doeltreffende aanpassingen te verrichten, tenzij dat een onevenredige last is. "
      "Op grond van die wet is het Besluit toegankelijkheid van het openbaar vervoer vastgesteld. Het Besluit "
      "bevat eisen aan voertuigen, stations en haltes en termijnen waarbinnen daaraan moet worden voldaan."),
    P("Voor voertuigen zijn die termijnen hard: sinds 2020 moeten alle bussen in het stads- en streekvervoer "
      "toegankelijk zijn voor rolstoelgebruikers. Voor stations en haltes bevat het Besluit geen einddatum, maar "
      "streefwaarden. Zo moet een in het Besluit genoemd percentage van de haltes met veel reizigers toegankelijk "
      "zijn, zonder dat daar een gevolg aan is verbonden als dat percentage niet wordt gehaald.", footnotes=(
          "De streefwaarden zijn sinds de vaststelling van het Besluit twee keer verlaagd of naar achteren "
          "geschoven, omdat de aanpassing van haltes achterbleef bij de planning.",)),
    H("2.2  Europese passagiersrechten", 2),
    P("Voor treinreizigers gelden daarnaast de Europese regels over de rechten en verplichtingen van "
      "treinreizigers. Die regels verplichten spoorwegondernemingen en stationsbeheerders om reizigers met een "
      "beperking kosteloos assistentie te verlenen, als de reiziger die ten minste 24 uur van tevoren heeft "
      "aangevraagd; lidstaten kunnen die termijn verkorten. Ook bevatten ze regels over compensatie bij vertraging "
      "en over vergoeding van beschadigde of verloren mobiliteitshulpmiddelen. De Inspectie Leefomgeving en "
      "Transport (ILT) houdt in Nederland toezicht op de naleving van deze regels. Voor bus, tram en metro gelden "
      "vergelijkbare Europese regels alleen voor lange afstanden, en daarmee in Nederland nauwelijks."),
    H("2.3  Wie is waarvoor verantwoordelijk?", 2),
    P("De verantwoordelijkheid voor de toegankelijkheid van het openbaar vervoer is over veel partijen verdeeld. De "
      "staatssecretaris van Infrastructuur en Waterstaat is verantwoordelijk voor het Besluit toegankelijkheid en "
      "verleent de vervoerconcessie voor het hoofdrailnet aan NS en de beheerconcessie aan ProRail. ProRail beheert "
      "de perrons, liften en hellingbanen op de stations; NS en de regionale spoorvervoerders verzorgen de "
      "reisassistentie in hun treinen."),
    P("Het regionale openbaar vervoer valt onder de provincies en de twee vervoerregio's. Zij verlenen de "
      "concessies en stellen daarin eisen aan voertuigen, dienstregeling en klantenservice. De haltes zelf zijn "
      "echter in de meeste gevallen eigendom van de wegbeheerder, en dat is vaak de gemeente. Een provincie kan dus "
      "eisen dat de bus toegankelijk is, maar niet dat de gemeente haar halte aanpast. Omgekeerd kan een gemeente "
      "een halte ophogen zonder dat de vervoerder daar zijn dienstregeling op afstemt."),
    P("In 2022 hebben het Rijk, de provincies, de vervoerregio's en de gemeenten het Bestuursakkoord Toegankelijk "
      "Reizen 2022-2032 gesloten. Daarin staan gezamenlijke doelen voor stations en haltes, en afspraken over "
      "samenwerking en monitoring. Het Rijk heeft voor de looptijd van het akkoord een specifieke uitkering "
      "beschikbaar gesteld waaruit gemeenten een deel van de kosten van de aanpassing van haltes kunnen betalen. "
      "Die uitkering loopt tot en met 2027."),
    H("2.4  Het toetsingskader van de ombudsman", 2),
    P("De Nationale ombudsman beoordeelt of de overheid zich behoorlijk gedraagt. Hij gebruikt daarvoor de "
      "behoorlijkheidsvereisten, waarvan in dit onderzoek vooral de volgende van belang zijn:"),
    ItemList(items=(
        ListItem("Respecteren van grondrechten: de overheid eerbiedigt de grondrechten van burgers en beschermt die, "
                 "ook als zij de uitvoering aan anderen heeft overgelaten."),
        ListItem("Goede informatieverstrekking: de overheid zorgt ervoor dat burgers de informatie krijgen die zij "
                 "nodig hebben, tijdig en in een vorm die zij kunnen gebruiken."),
        ListItem("Betrokkenheid en oplossingsgerichtheid: de overheid stelt zich op in de positie van de burger en "
                 "zoekt naar een oplossing die recht doet aan zijn situatie."),
        ListItem("Goede organisatie: de overheid richt haar organisatie zo in dat zij haar taken goed kan uitvoeren, "
                 "ook waar die taken over meer organisaties zijn verdeeld."),
    ), style="•"),
    PageBreak(),
    H("3  Stations en haltes"),
    H("3.1  Treinstations", 2),
    P("ProRail heeft sinds 2011 op vrijwel alle stations de perrons verhoogd tot 76 centimeter boven het spoor, de "
      "hoogte waarop de instap van de meeste treinen is afgestemd. Op 346 van de 402 stations kan een reiziger in een "
      "rolstoel volgens ProRail zelfstandig van de ingang tot het perron komen. Voor de overige stations heeft ProRail "
      "een planning, die volgens de laatste opgave in 2030 is afgerond. Reizigers die wij spraken, erkennen die "
      "vooruitgang. 'Tien jaar geleden kon ik op de helft van de stations in mijn regio niet eens uitstappen,' "
      "vertelde een rolstoelgebruiker uit Zeeland. 'Nu kan ik dat bijna overal.'"),
    P("Een station dat op papier toegankelijk is, is dat in de praktijk niet altijd. Op stations met meer dan één "
      "perron is de lift vaak de enige verbinding voor wie geen trap kan lopen. ProRail beheert ruim duizend liften. "
      "Uit de gegevens die ProRail ons verstrekte, blijkt dat een lift in 2024 gemiddeld 97,6 procent van de tijd "
      "beschikbaar was. Dat gemiddelde verbergt grote verschillen: 61 liften waren in dat jaar in totaal meer dan "
      "drie weken buiten gebruik, en bij 14 liften duurde één enkele storing langer dan een maand."),
    P("De oorzaken lopen uiteen. Vandalisme en weersinvloeden spelen een rol, maar de langste storingen ontstaan "
      "doordat onderdelen van oudere liften niet op voorraad zijn. ProRail werkt met onderhoudsaannemers die per "
      "regio afspraken hebben over reactietijden, maar die afspraken gaan over de tijd tot de monteur ter plaatse is, "
      "niet over de tijd tot de lift weer werkt. Een vaste termijn waarbinnen een storing verholpen moet zijn, is "
      "nergens vastgelegd. Over de beschikbaarheid van afzonderlijke liften legt ProRail geen openbare verantwoording "
      "af; het jaarverslag vermeldt alleen het landelijke gemiddelde."),
    P("Voor de reiziger komt het er vooral op aan dat hij vooraf weet of de lift werkt. De reisplanner van NS toont "
      "storingen aan liften sinds 2023, maar alleen voor storingen die ProRail als langdurig heeft aangemerkt. In de "
      "reisplanners van andere aanbieders ontbreekt die informatie meestal geheel. Van de reizigers die de "
      "vragenlijst invulden en afhankelijk zijn van een lift, zegt 58 procent het afgelopen jaar minstens één keer "
      "op een station te zijn gestrand door een liftstoring waarvan zij vooraf niet op de hoogte waren."),
    P("Mevrouw De Wit reist in een elektrische rolstoel van haar woonplaats naar haar werk in Utrecht. Op een "
      "ochtend in oktober stapte zij op een tussenstation over, waar de lift naar het andere perron buiten gebruik "
      "bleek. De conducteur kon haar niet helpen, de informatiezuil verwees naar de klantenservice en die verwees "
      "haar naar ProRail. Na ruim een uur werd een taxi geregeld die haar naar het volgende station bracht. Ze kwam "
      "twee uur te laat op haar werk. 'Het ergste is niet de vertraging,' zei ze. 'Het ergste is dat niemand zich "
      "verantwoordelijk voelt.'"),
    H("3.2  Bus- en tramhaltes", 2),
    P("In Nederland zijn ongeveer 33.000 bus- en tramhaltes in gebruik. Volgens de landelijke haltedatabank voldoet "
      "60 procent daarvan aan de eisen voor de hoogte van de instap en de breedte van het perron. Bij haltes met veel "
      "reizigers ligt dat percentage hoger, bij haltes in kleine kernen en buitengebieden veel lager. De verschillen "
      "tussen gemeenten zijn groot: in de concessies die wij onderzochten, liep het aandeel aangepaste haltes per "
      "gemeente uiteen van 18 tot 97 procent."),
    P("Gemeenten noemen de kosten als belangrijkste reden voor de achterstand. Het aanpassen van een halte kost "
      "gemiddeld 25.000 tot 40.000 euro, en meer als ook de stoep, de oversteek of de afwatering moeten worden "
      "aangepakt. De specifieke uitkering uit het Bestuursakkoord dekt volgens de gemeenten die wij spraken ten "
      "hoogste de helft van die kosten. Kleinere gemeenten met veel haltes in het buitengebied kunnen het restant "
      "niet opbrengen zonder andere projecten uit te stellen. Een wethouder zei ons: 'Ik moet kiezen tussen een "
      "halte waar twee keer per uur een bus stopt en een fietspad waar de kinderen elke dag over naar school gaan.'"),
    P("Wat ontbreekt, is een gezamenlijke planning. Concessieverleners weten welke lijnen zij de komende jaren "
      "willen laten rijden; gemeenten weten welke wegen zij willen herinrichten. Maar in geen van de negen "
      "concessiegebieden die wij onderzochten, was een plan waarin beide waren samengebracht, met een budget en een "
      "datum waarop de haltes op een bepaalde lijn klaar zouden zijn. Er zijn voorbeelden van haltes die kort na hun "
      "aanpassing werden opgeheven omdat de lijn werd omgelegd, en van lijnen met toegankelijke bussen die stoppen "
      "bij haltes waar een rolstoelgebruiker niet kan uitstappen."),
    P("Voor de reiziger is de situatie onoverzichtelijk. Hij kan niet zien welke haltes op zijn route toegankelijk "
      "zijn, tenzij hij de haltedatabank weet te vinden en de technische gegevens daarin weet te lezen. Een openbaar "
      "overzicht van de voortgang per station en per halte bestaat niet. Ook gemeenteraden en Provinciale Staten "
      "hebben daardoor weinig zicht op de vraag of de afspraken uit het Bestuursakkoord worden gehaald."),
    H("3.3  Beschouwing", 2),
    P("De ombudsman stelt vast dat de toegankelijkheid van stations en haltes de afgelopen jaren is verbeterd, maar "
      "dat de vooruitgang ongelijk is verdeeld. De treinstations liggen op koers; bij de bus- en tramhaltes hangt "
      "het tempo af van de financiële ruimte en de prioriteiten van de individuele gemeente. Zolang het Besluit voor "
      "stations en haltes alleen streefwaarden kent, ontbreekt een gemeenschappelijk ijkpunt waaraan alle partijen "
      "zich gebonden weten. Ook het gebrek aan openbare informatie over de voortgang maakt dat reizigers en "
      "volksvertegenwoordigers niet kunnen volgen of de beloften worden waargemaakt."),
    PageBreak(),
    H("4  In de bus, de tram en de trein"),
    H("4.1  Voertuigen", 2),
    P("Sinds 2020 zijn alle bussen in het regionale openbaar vervoer voorzien van een lage vloer en een "
      "uitklapbare oprijplaat. Nieuwe treinen en trams hebben een instap die aansluit op de hoogte van het perron. "
      "Op dit punt is de toegankelijkheid van het materieel de afgelopen tien jaar sterk verbeterd, en de reizigers "
      "die wij spraken, zien dat ook zo."),
    P("Er blijven knelpunten. In bussen is de rolstoelplaats vaak ook de plaats voor kinderwagens, rollators en "
      "grote bagage. Van de rolstoelgebruikers in ons onderzoek zegt 44 procent het afgelopen jaar minstens één keer "
      "niet te zijn meegenomen omdat de plaats bezet was. Bij de concessies die wij onderzochten, was in twee "
      "gevallen geëist dat de rolstoelplaats herkenbaar is gemarkeerd en dat rolstoelgebruikers voorrang hebben; in "
      "de overige gevallen was dat aan de vervoerder overgelaten."),
    P("Voor blinde en slechtziende reizigers is de halte-informatie in het voertuig essentieel. In treinen en in de "
      "meeste trams wordt de volgende halte zowel getoond als omgeroepen. In bussen is dat niet overal zo: in drie "
      "van de negen concessies reed nog een aanzienlijk deel van de bussen zonder automatische omroep, zodat de "
      "reiziger afhankelijk is van de chauffeur. Voor dove en slechthorende reizigers geldt het omgekeerde: "
      "informatie over omleidingen en vertragingen wordt vaak alleen omgeroepen en niet getoond."),
    H("4.2  Personeel", 2),
    P("Reizigers zijn over het algemeen positief over de houding van chauffeurs en conducteurs. Tegelijk beschrijven "
      "zij een grote afhankelijkheid van de individuele medewerker. De ene chauffeur klapt de oprijplaat zonder "
      "vragen uit, de andere zegt dat de halte 'niet geschikt' is en rijdt door. Een blinde reiziger vertelde dat "
      "zij op dezelfde lijn de ene dag keurig werd gewaarschuwd bij haar halte en de andere dag tot de eindhalte "
      "bleef zitten."),
    P("Alle vervoerders die wij spraken, besteden in hun opleiding aandacht aan reizigers met een beperking. De "
      "omvang daarvan loopt uiteen van een dagdeel in de basisopleiding tot een jaarlijkse training met "
      "ervaringsdeskundigen. In geen van de onderzochte concessies stelde de concessieverlener eisen aan de inhoud "
      "of de herhaling van die opleiding."),
    H("4.3  Betrokkenheid van reizigers", 2),
    P("Concessieverleners moeten de consumentenorganisaties in hun gebied om advies vragen over de concessie. In de "
      "praktijk zijn dat de regionale reizigersoverleggen, waarin reizigers met een beperking niet altijd "
      "vertegenwoordigd zijn. Enkele concessieverleners werken met een vast panel van ervaringsdeskundigen dat "
      "nieuwe voertuigen en haltes beoordeelt voordat ze in gebruik worden genomen. Waar dat gebeurt, worden "
      "problemen eerder ontdekt en goedkoper opgelost, zo vertelden ons zowel de concessieverleners als de "
      "vervoerders. In de meeste gebieden gebeurt het niet, of alleen op initiatief van een vervoerder."),
    H("4.4  Beschouwing", 2),
    P("De voertuigen zijn grotendeels op orde, maar de toegankelijkheid van een reis hangt nog te veel af van "
      "toeval: van de vraag of de rolstoelplaats vrij is, of de omroep werkt en welke chauffeur er rijdt. De "
      "concessieverleners hebben het in hun macht om daar eisen aan te stellen, maar doen dat wisselend. Het "
      "structureel betrekken van reizigers met een beperking bij het opstellen van die eisen blijft in de meeste "
      "gebieden achter."),
    PageBreak(),
    H("5  Reisassistentie"),
    H("5.1  Assistentie op het spoor", 2),
    P("Reizigers die hulp nodig hebben bij het in- of uitstappen, kunnen bij NS reisassistentie aanvragen. Sinds "
      "2023 kan dat tot een uur voor vertrek, via de app, de website of de telefoon. Op 120 stations is de "
      "assistentie beschikbaar van de eerste tot de laatste trein; op de overige stations op vaste tijden. NS "
      "verleende in 2024 ruim 190.000 keer assistentie. Volgens NS werd 96 procent daarvan op tijd verleend."),
    P("Reizigers zijn over de assistentie zelf overwegend positief. Hun bezwaren richten zich op het boeken. Wie "
      "spontaan wil reizen, kan dat niet: ook op grote stations met de hele dag personeel moet de reiziger een uur "
      "van tevoren boeken. Een reiziger die zijn trein mist, moet opnieuw boeken en nog eens een uur wachten. 'Ik "
      "kan nooit even de stad in,' zei een van de geïnterviewden. 'Mijn buurvrouw stapt op de trein; ik pak eerst "
      "mijn telefoon.' Op een aantal stations in het buitenland, en bij enkele regionale vervoerders in Nederland, "
      "kan een reiziger zich zonder boeking melden bij het personeel."),
    P("In de vervoerconcessie voor het hoofdrailnet is de tijdigheid van reisassistentie opgenomen als "
      "informatie-indicator: NS rapporteert erover, maar er is geen norm en geen gevolg als de prestatie "
      "achteruitgaat. De 4 procent assistentieverzoeken die niet op tijd werden verleend, komt neer op bijna 8.000 "
      "reizen per jaar waarbij een reiziger niet kon instappen, een overstap miste of in de trein moest blijven "
      "zitten tot na zijn station."),
    H("5.2  Reizen met meer vervoerders", 2),
    P("Wie met meer vervoerders reist, moet per vervoerder assistentie boeken. Regionale spoorvervoerders hebben elk "
      "een eigen boekingssysteem, met eigen termijnen die uiteenlopen van een uur tot een dag. Voor een reis die "
      "met de bus begint en met de trein verdergaat, moet de reiziger soms drie aanvragen doen. De systemen wisselen "
      "geen gegevens uit, zodat de assistentie bij de overstap niet weet dat de voorgaande trein vertraging heeft."),
    P("De heer Bakker is slechtziend en reisde voor een familiebezoek van Enschede naar Leeuwarden, met een overstap "
      "in Zwolle en een deel van de reis per streekbus. Hij boekte drie keer assistentie, bij drie vervoerders. Door "
      "een vertraging van zijn eerste trein miste hij de aansluiting. De assistentie in Zwolle was volgens de "
      "vervoerder 'op de geboekte tijd aanwezig geweest' en vertrokken. Meneer Bakker stond twintig minuten alleen "
      "op een onbekend perron voordat een medewerker van een ander bedrijf hem hielp."),
    P("Vervoerders en het ministerie kennen dit probleem. In het kader van het Bestuursakkoord is in 2023 een "
      "werkgroep ingesteld die de mogelijkheden van een gezamenlijk boekingsloket onderzoekt. Die werkgroep heeft "
      "een verkenning opgeleverd, maar er is nog geen besluit genomen over de invoering."),
    H("5.3  Als de assistentie niet komt", 2),
    P("Als geboekte assistentie niet wordt verleend, is de reiziger daar vaak veel langer door gedupeerd dan "
      "andere reizigers door een vertraging. Hij moet wachten op een volgende trein met assistentie, soms op een "
      "taxi, en soms wordt hij gedwongen zijn reis af te breken. De Europese regels geven recht op compensatie bij "
      "vertraging van de reis, maar die compensatie is een percentage van de prijs van het kaartje en is voor "
      "reizigers met een beperking, die vaak met korting reizen, zeer beperkt. Een vaste tegemoetkoming voor het "
      "niet verlenen van assistentie kent geen van de vervoerders."),
    P("Wel zetten NS en ProRail bij een liftstoring of een niet verleende assistentie in veel gevallen kosteloos "
      "een taxi in. Die regeling is niet vastgelegd en is bij reizigers nauwelijks bekend. Van de reizigers in ons "
      "onderzoek die met zo'n situatie te maken hadden gehad, wist een kwart dat zij om een taxi konden vragen. In "
      "het regionale vervoer hangt de beschikbaarheid van vervangend vervoer af van de afspraken in de concessie; "
      "voor reizigers die niet met het openbaar vervoer kunnen reizen, bestaat daarnaast Valys, het "
      "bovenregionale vervoer voor mensen met een beperking, dat valt onder het ministerie van Volksgezondheid, "
      "Welzijn en Sport."),
    H("5.4  Beschouwing", 2),
    P("Reisassistentie maakt het voor veel reizigers mogelijk om met de trein te reizen, en NS verleent haar in "
      "de overgrote meerderheid van de gevallen op tijd. De ombudsman ziet echter drie problemen. De verplichting "
      "om vooraf te boeken maakt spontaan reizen onmogelijk, ook waar het personeel er de hele dag is. Voor een reis "
      "met meer vervoerders moet de reiziger zelf de keten aan elkaar knopen. En als het misgaat, heeft de "
      "reiziger daar weinig tegenover staan, terwijl de concessie geen norm kent waarop de vervoerder kan worden "
      "aangesproken."),
    PageBreak(),
    H("6  Klachtbehandeling en toezicht"),
    H("6.1  Waar kan de reiziger terecht?", 2),
    P("Een reiziger die tegen een probleem aanloopt, moet eerst uitzoeken wie daarvoor verantwoordelijk is. Een "
      "kapotte lift is een zaak voor ProRail, een te lage halte voor de gemeente, een onvriendelijke chauffeur voor "
      "de vervoerder en een bus zonder omroep voor de vervoerder én de concessieverlener. Uit onze vragenlijst blijkt "
      "dat 37 procent van de reizigers die een klacht indienden, minstens één keer is doorverwezen. Een op de vijf "
      "reizigers gaf aan helemaal niet meer te klagen, omdat 'het toch niets uitmaakt'."),
    Table(
        header=("Onderwerp van de klacht of het signaal", "Aantal", "Waarvan eerder doorverwezen"),
        rows=(
            ("Liften en roltrappen op stations", "58", "31"),
            ("Haltes in bus- en tramvervoer", "47", "29"),
            ("Reisassistentie (boeken en verlenen)", "44", "12"),
            ("Houding en hulp van personeel", "27", "6"),
            ("Informatie in voertuigen en reisplanners", "21", "9"),
            ("Overig", "15", "4"),
            ("Totaal", "212", "91"),
        ),
        widths=(3.0, 1.0, 1.6),
    ),
    P("Tabel 1. Klachten en signalen over de toegankelijkheid van het openbaar vervoer bij de Nationale ombudsman, "
      "2023-2024, naar onderwerp."),
    H("6.2  Hoe worden klachten behandeld?", 2),
    P("Vervoerders en ProRail hebben elk een klachtenprocedure. De termijnen waarbinnen zij reageren, verschillen: "
      "van vijf werkdagen tot zes weken. Reizigers beschrijven antwoorden die vriendelijk zijn, maar weinig "
      "inhoudelijk: 'Wij betreuren het dat u hinder hebt ondervonden en hebben uw melding doorgezet naar de "
      "betrokken afdeling.' Wat er met de melding gebeurt, horen zij zelden."),
    P("Geen van de vervoerders die wij spraken, registreert klachten over toegankelijkheid als aparte categorie. "
      "Ze vallen onder rubrieken als 'service', 'materieel' of 'stations'. Vervoerders en concessieverleners "
      "kunnen daardoor niet zien of problemen zich herhalen, en ook het ministerie heeft geen overzicht. De "
      "ombudsman heeft de aantallen in tabel 1 daarom zelf moeten samenstellen op basis van zijn eigen dossiers. "
      "Reizigers die er met de vervoerder niet uitkomen, kunnen zich wenden tot de Geschillencommissie Openbaar "
      "Vervoer, maar die kan alleen een vergoeding toekennen en doet geen uitspraak over structurele problemen."),
    H("6.3  Toezicht", 2),
    P("De ILT houdt toezicht op de naleving van de Europese passagiersrechten op het spoor, waaronder het recht op "
      "assistentie. Voor bus, tram en metro bestaat geen vergelijkbaar toezicht. Of de eisen uit het Besluit "
      "toegankelijkheid worden nageleefd, wordt alleen gecontroleerd door de concessieverlener, voor zover die "
      "daarover afspraken in de concessie heeft gemaakt. Het College voor de Rechten van de Mens kan oordelen over "
      "individuele gevallen van onderscheid, maar die oordelen zijn niet bindend en het College houdt geen toezicht."),
    H("6.4  Beschouwing", 2),
    P("De verdeling van verantwoordelijkheden over veel partijen werkt door in de klachtbehandeling. Voor de "
      "reiziger is er geen duidelijk aanspreekpunt, en omdat klachten over toegankelijkheid nergens apart worden "
      "bijgehouden, ontbreekt ook een beeld van de problemen als geheel. Dat het naleven van de toegankelijkheidseisen "
      "in bus, tram en metro aan geen enkele toezichthouder is opgedragen, vindt de ombudsman een leemte."),
    PageBreak(),
    H("7  Conclusies en aanbevelingen"),
    H("7.1  Conclusies", 2),
    P("De Nationale ombudsman concludeert dat het openbaar vervoer in Nederland de afgelopen tien jaar veel "
      "toegankelijker is geworden. Voertuigen voldoen grotendeels aan de eisen, de meeste treinstations zijn "
      "aangepast en reisassistentie op het spoor wordt op grote schaal en meestal op tijd verleend. Dat is het "
      "resultaat van de inzet van veel partijen, en de ombudsman wil die inzet niet kleiner maken dan zij is."),
    P("Tegelijk kan een reiziger met een beperking nog altijd niet zelfstandig en met vertrouwen op reis. Dat komt "
      "niet in de eerste plaats door één groot tekort, maar door een opeenstapeling van kleinere: een lift die "
      "het niet doet, een halte die niet is aangepast, een assistentie die niet komt, een klacht die wordt "
      "doorgestuurd. Voor elke schakel is iemand anders verantwoordelijk, en geen van de partijen kijkt naar de "
      "reis als geheel. Daarmee schiet de overheid tekort in de vereisten van betrokkenheid en goede organisatie."),
    P("De ombudsman is van oordeel dat de staatssecretaris van Infrastructuur en Waterstaat als verantwoordelijke "
      "voor het Besluit toegankelijkheid en als concessieverlener voor het spoor een bijzondere rol heeft. Zij kan "
      "de doelen harder maken, de voortgang zichtbaar maken en de samenwerking tussen de andere partijen afdwingen "
      "waar die niet vanzelf tot stand komt. Tegelijk kunnen vervoerders en decentrale concessieverleners binnen hun "
      "eigen verantwoordelijkheid veel doen zonder op het Rijk te wachten."),
    H("7.2  Aanbevelingen", 2),
    P("De Nationale ombudsman doet de volgende aanbevelingen:", bold=True),
    ItemList(items=(
        ListItem("De staatssecretaris van IenW legt in het Besluit toegankelijkheid van het openbaar vervoer een "
                 "uiterste datum vast waarop alle treinstations en alle bus- en tramhaltes toegankelijk moeten zijn, "
                 "in plaats van de huidige streefwaarden.", recommendation=R("1", "IenW")),
        ListItem("De staatssecretaris van IenW maakt jaarlijks openbaar hoe het staat met de toegankelijkheid van "
                 "ieder station en iedere halte, zodat reizigers, belangenorganisaties en volksvertegenwoordigers de "
                 "voortgang kunnen volgen.", recommendation=R("2", "IenW")),
        ListItem("De staatssecretaris van IenW stelt een landelijk haltefonds in waaruit gemeenten de aanpassing "
                 "van bus- en tramhaltes kunnen betalen, zodat de toegankelijkheid van een halte niet langer afhangt "
                 "van de financiële ruimte van de gemeente waarin zij ligt.", recommendation=R("3", "IenW")),
        ListItem("De staatssecretaris van IenW zorgt voor één landelijk loket waar reizigers met één aanvraag "
                 "reisassistentie kunnen boeken voor een hele reis, ook als die reis met meer vervoerders of "
                 "vervoerwijzen wordt gemaakt.", recommendation=R("4", "IenW")),
        ListItem("De staatssecretaris van IenW neemt in de vervoerconcessie voor het hoofdrailnet een bindende norm "
                 "op voor het tijdig verlenen van reisassistentie, met een financiële sanctie als de vervoerder die "
                 "norm niet haalt.", recommendation=R("5", "IenW")),
        ListItem("De staatssecretaris van IenW legt in de beheerconcessie van ProRail een maximale hersteltermijn "
                 "voor defecte liften vast en verplicht ProRail om de beschikbaarheid van iedere lift jaarlijks "
                 "openbaar te maken.", recommendation=R("6", "IenW")),
        ListItem("Vervoerders bieden op alle stations waar personeel aanwezig is reisassistentie zonder "
                 "voorafgaande boeking, en verkorten de boekingstermijn op de overige stations en in het streekvervoer "
                 "tot ten hoogste een half uur.", recommendation=R("7", "OTHER")),
        ListItem("Vervoerders kennen reizigers bij wie geboekte reisassistentie niet of te laat is verleend een vaste "
                 "tegemoetkoming toe, los van de bestaande regeling voor compensatie bij vertraging.",
                 recommendation=R("8", "OTHER")),
        ListItem("Provincies en gemeenten als concessieverleners eisen in iedere nieuwe concessie dat alle "
                 "ingezette voertuigen beschikken over audiovisuele halte-informatie en over een duidelijk "
                 "gemarkeerde rolstoelplaats waarop rolstoelgebruikers voorrang hebben.",
                 recommendation=R("9", "OTHER", "GEMEENTEN")),
        ListItem("Provincies en gemeenten als concessieverleners stellen per concessiegebied, samen met de "
                 "wegbeheerders, een uitvoeringsplan voor de aanpassing van haltes op, met een budget en een "
                 "einddatum.", recommendation=R("10", "OTHER", "GEMEENTEN")),
        ListItem("Provincies en gemeenten als concessieverleners betrekken reizigers met een beperking structureel "
                 "bij het opstellen van programma's van eisen en bij de keuring van nieuwe voertuigen en haltes.",
                 recommendation=R("11", "OTHER", "GEMEENTEN")),
        ListItem("De staatssecretaris van IenW richt één landelijk meldpunt in voor klachten over de "
                 "toegankelijkheid van het openbaar vervoer, dat de klacht doorzet naar de verantwoordelijke partij "
                 "en de reiziger op de hoogte houdt.", recommendation=R("12", "IenW")),
        ListItem("De staatssecretaris van IenW en de vervoerders zorgen ervoor dat klachten over toegankelijkheid "
                 "apart worden geregistreerd en dat het aantal klachten en de afhandeltermijnen jaarlijks per "
                 "vervoerder openbaar worden gemaakt.", recommendation=R("13", "IenW", "OTHER")),
        ListItem("De staatssecretaris van IenW geeft de Inspectie Leefomgeving en Transport de taak en de "
                 "bevoegdheden om toezicht te houden op de naleving van de toegankelijkheidseisen in het hele "
                 "openbaar vervoer, dus ook in bus, tram en metro.", recommendation=R("14", "IenW")),
        ListItem("De staatssecretaris van IenW laat het Bestuursakkoord Toegankelijk Reizen binnen twee jaar "
                 "onafhankelijk evalueren, met een actieve rol voor ervaringsdeskundigen, en stuurt de uitkomsten "
                 "naar de Tweede Kamer.", recommendation=R("15", "IenW")),
        ListItem("De staatssecretaris van IenW en de minister van VWS zorgen voor een wettelijke garantie op "
                 "kosteloos vervangend vervoer voor reizigers die door een defecte lift of niet verleende "
                 "reisassistentie hun reis niet kunnen voortzetten.", recommendation=R("16", "IenW", "VWS")),
    ), style="1."),
    P("De Nationale ombudsman verzoekt de staatssecretaris van Infrastructuur en Waterstaat hem binnen drie maanden "
      "te laten weten wat zij met deze aanbevelingen doet. Hij stuurt dit rapport tevens aan NS, ProRail, OV-NL, het "
      "Interprovinciaal Overleg en de Vereniging van Nederlandse Gemeenten, met het verzoek hem eveneens te laten "
      "weten hoe zij de aanbevelingen die hen aangaan, zullen opvolgen. De ombudsman zal over een jaar nagaan wat er "
      "met de aanbevelingen is gebeurd."),
    PageBreak(),
    H("Bijlage  Reacties in het kader van het wederhoor"),
    P("Het ministerie van Infrastructuur en Waterstaat heeft in zijn reactie op het concept aangegeven dat het de "
      "bevindingen in grote lijnen herkent. Het wees erop dat de treinstations volgens planning in 2030 toegankelijk "
      "zijn en dat in het Bestuursakkoord afspraken zijn gemaakt over de monitoring van de voortgang bij haltes. Het "
      "ministerie vroeg de ombudsman om in het rapport meer nadruk te leggen op de rol van de decentrale overheden. "
      "De ombudsman heeft de beschrijving van de verantwoordelijkheden in hoofdstuk 2 op dit punt aangevuld."),
    P("NS heeft gereageerd dat de tijdigheid van de assistentie de afgelopen jaren is gestegen en dat NS werkt aan "
      "een verdere verkorting van de boekingstermijn. ProRail heeft toegelicht dat het een vervangingsprogramma "
      "voor oudere liften heeft opgezet, waardoor het aantal langdurige storingen naar verwachting zal dalen. OV-NL "
      "heeft namens de regionale vervoerders aangegeven open te staan voor een gezamenlijk boekingsloket, mits de "
      "kosten daarvan niet eenzijdig bij de vervoerders komen te liggen."),
    P("Het IPO en de VNG onderschrijven het beeld dat de aanpassing van haltes in een deel van de gemeenten "
      "achterblijft. De VNG wees erop dat gemeenten de aanpassing van haltes niet kunnen versnellen zonder extra "
      "middelen van het Rijk, en dat de specifieke uitkering na 2027 afloopt. Het IPO gaf aan dat provincies in "
      "nieuwe concessies steeds vaker eisen stellen aan halte-informatie in voertuigen."),
)

REPORT = Document(
    title="Instappen zonder drempels",
    subtitle="Onderzoek naar de toegankelijkheid van het openbaar vervoer voor reizigers met een beperking",
    blocks=REPORT_BLOCKS,
    running_header="Nationale ombudsman  |  Instappen zonder drempels",
    footer="{page}",
    font_family="sans",
    font_size=10.5,
    imprint=("De Nationale ombudsman", "Rapport 2025/041", "Den Haag, 12 juni 2025"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV1 = "Ik neem deze aanbeveling daarom over voor de treinstations, maar niet voor de bus- en tramhaltes."
EV2 = ("Vanaf 2026 publiceert mijn ministerie ieder voorjaar de Monitor Toegankelijk Reizen, met per station en per "
       "halte de stand van zaken en de geplande aanpassingen.")
EV3 = "Ik ga daarom geen apart haltefonds instellen."
EV4 = ("Ik begin daarom met een proef van een jaar op vier buslijnen en neem pas na de evaluatie daarvan een besluit "
       "over een landelijk loket.")
EV5 = ("Ik neem aanbeveling 5 over: vanaf 1 januari 2026 geldt in de vervoerconcessie een bodemwaarde van 97 procent "
       "tijdig verleende assistentie, met een boete voor NS als die waarde in een jaar niet wordt gehaald.")
EV6 = ("Aanbeveling 6 neem ik daarom gedeeltelijk over: de beschikbaarheid van iedere lift wordt openbaar, maar een "
       "vaste hersteltermijn neem ik niet op in de beheerconcessie.")
EV8 = ("Een aparte tegemoetkoming bovenop de Europese regels acht ik niet wenselijk, en ik zal de vervoerders daar "
       "ook niet via de concessie toe verplichten.")
EV9 = ("Ik ben het met de ombudsman eens dat een reiziger met een visuele of auditieve beperking niet afhankelijk "
       "mag zijn van de oplettendheid van de chauffeur om te weten waar hij is, en zal daarom het Besluit "
       "toegankelijkheid zo wijzigen dat audiovisuele halte-informatie en een gemarkeerde rolstoelplaats met voorrang "
       "voor rolstoelgebruikers verplicht zijn in alle voertuigen die vanaf 1 januari 2027 in een nieuwe concessie "
       "worden ingezet.")
EV10 = ("Of zo'n plan een vaste plaats in de concessie kan krijgen, is nog niet uitgemaakt; ik laat onderzoeken wat "
        "daarvoor nodig is binnen de bestaande bevoegdheden van concessieverleners en wat het vraagt van kleinere "
        "gemeenten.")
EV12 = ("Toch kies ik niet voor een nieuw meldpunt: een landelijk meldpunt dat klachten alleen doorstuurt naar de "
        "vervoerder, ProRail of de gemeente die ze moet oplossen, voegt naar mijn oordeel weinig toe en maakt de weg "
        "voor de reiziger eerder langer dan korter.")
EV13 = ("Ik heb daarom met NS, ProRail en de regionale vervoerders afgesproken dat zij klachten over toegankelijkheid "
        "vanaf 1 januari 2026 apart registreren volgens één gezamenlijke indeling, en dat het aantal klachten en de "
        "afhandeltermijnen per vervoerder jaarlijks in de Monitor Toegankelijk Reizen worden opgenomen.")
EV14 = ("Ik wijs de ILT daarom aan als toezichthouder op de naleving van de toegankelijkheidseisen in het hele "
        "openbaar vervoer, met de bevoegdheid om een last onder dwangsom of een bestuurlijke boete op te leggen.")
EV15 = ("Ik neem de aanbeveling over om het Bestuursakkoord Toegankelijk Reizen tussentijds en onafhankelijk te laten "
        "evalueren, met een actieve rol voor ervaringsdeskundigen.")
EV16 = "Een wettelijke garantie daarbovenop acht ik, mede namens de minister van VWS, niet nodig."

RESPONSE_BLOCKS = (
    P("Geachte voorzitter,"),
    P("Op 12 juni 2025 heeft de Nationale ombudsman het rapport 'Instappen zonder drempels' gepubliceerd, over de "
      "toegankelijkheid van het openbaar vervoer voor reizigers met een beperking. De ombudsman heeft mij gevraagd "
      "binnen drie maanden te reageren. Met deze brief geef ik die reactie, en informeer ik tegelijk uw Kamer. Het "
      "rapport is als bijlage bij deze brief gevoegd."),
    P("Ik dank de Nationale ombudsman voor dit zorgvuldige en betrokken rapport. Het is geschreven vanuit de "
      "reiziger, en dat maakt het waardevol. De verhalen van mevrouw De Wit en de heer Bakker laten zien wat het "
      "betekent als een schakel in de reis ontbreekt, en dat reizigers met een beperking zich daar vaak alleen "
      "tegenover voelen staan. Ik neem die boodschap ter harte."),
    H("Algemeen", 2),
    P("Het openbaar vervoer moet voor iedereen bruikbaar zijn. Dat is de afspraak uit het VN-verdrag, en het is "
      "ook de ambitie van dit kabinet. De ombudsman stelt terecht vast dat er de afgelopen jaren veel is bereikt. "
      "Alle bussen in het regionale vervoer zijn toegankelijk voor rolstoelgebruikers, 346 van de 402 treinstations "
      "zijn zelfstandig toegankelijk en NS verleent jaarlijks bijna 200.000 keer reisassistentie. Dat neemt niet weg "
      "dat de reis als geheel voor veel reizigers nog onzeker is, en dat herken ik."),
    P("Met het Bestuursakkoord Toegankelijk Reizen 2022-2032 hebben het Rijk, de provincies, de vervoerregio's en "
      "de gemeenten gezamenlijke doelen afgesproken. Het Rijk draagt via een specifieke uitkering van in totaal 95 "
      "miljoen euro bij aan de aanpassing van haltes, en ProRail heeft voor de aanpassing van de resterende "
      "stations een programma met een eigen budget. De partijen van het akkoord komen twee keer per jaar bijeen in "
      "een bestuurlijk overleg, waarin ook de belangenorganisaties van reizigers met een beperking zijn "
      "vertegenwoordigd."),
    P("Een deel van de aanbevelingen richt zich niet tot mij, maar tot de vervoerders en tot de provincies en "
      "gemeenten als concessieverleners. Ik heb het rapport met hen besproken in het bestuurlijk overleg van juli "
      "2025. Hieronder ga ik in op de aanbevelingen in de volgorde van het rapport, waar nodig met een toelichting op "
      "wat andere partijen doen."),
    H("Reactie op de aanbevelingen", 2),
    H("Stations en haltes", 3),
    P("1. De ombudsman beveelt aan om in het Besluit toegankelijkheid van het openbaar vervoer een uiterste datum "
      "vast te leggen waarop alle treinstations en alle bus- en tramhaltes toegankelijk moeten zijn. Het Besluit "
      "kent voor voertuigen harde termijnen, maar voor stations en haltes alleen streefwaarden. In het "
      "Bestuursakkoord is afgesproken dat alle treinstations in 2030 zelfstandig toegankelijk zijn en dat in 2032 "
      "ten minste 90 procent van de haltes met veel reizigers is aangepast."),
    P("Ik deel de opvatting van de ombudsman dat een streefwaarde reizigers te weinig zekerheid biedt. Voor de "
      "treinstations is een harde datum ook haalbaar: ProRail heeft de aanpassing van de laatste 56 stations "
      "ingepland en gefinancierd. Voor de bus- en tramhaltes ligt dat anders. Daar gaan de gemeenten en provincies "
      "als wegbeheerders over, en een wettelijke einddatum zonder de middelen om die te halen, zou hun een "
      "verplichting opleggen die veel gemeenten niet kunnen nakomen. " + EV1 + " Een ontwerpwijziging van het Besluit "
      "met 1 januari 2031 als uiterste datum voor de treinstations leg ik in het voorjaar van 2026 aan uw Kamer voor.",
      answers=(Answer("1", "partial", EV1),)),
    P("2. De ombudsman vraagt om jaarlijks openbaar te maken hoe het staat met de toegankelijkheid van ieder "
      "station en iedere halte. Reizigers en belangenorganisaties moeten die informatie nu bij elkaar zoeken uit de "
      "haltedatabank, de stationsinformatie van ProRail en de jaarverslagen van vervoerders. " + EV2 + " De eerste "
      "editie ontvangt uw Kamer uiterlijk 1 april 2026. De onderliggende gegevens komen als open data beschikbaar, "
      "zodat ook reisplanners ze kunnen gebruiken.",
      answers=(Answer("2", "agree", EV2),)),
    P("3. De ombudsman beveelt aan een landelijk haltefonds in te stellen waaruit gemeenten de aanpassing van "
      "haltes kunnen betalen. Ik begrijp de wens van de ombudsman, en ik herken het beeld dat vooral kleinere "
      "gemeenten met veel haltes in het buitengebied moeite hebben de kosten op te brengen. Het aanpassen van haltes "
      "is echter een taak van de wegbeheerder, en binnen de begroting van mijn ministerie is geen ruimte voor een "
      "structureel fonds naast de bestaande middelen. " + EV3 + " Dat betekent niet dat gemeenten er alleen voor "
      "staan: de specifieke uitkering uit het Bestuursakkoord loopt door tot en met 2027, en provincies en "
      "vervoerregio's kunnen de aanpassing van haltes meefinancieren uit de brede doeluitkering verkeer en vervoer.",
      answers=(Answer("3", "disagree", EV3),)),
    H("Reisassistentie", 3),
    P("4. De ombudsman vraagt om één landelijk loket waar een reiziger met één aanvraag assistentie kan boeken "
      "voor een hele reis, ook als hij met meer vervoerders reist. Ik zie, net als de ombudsman, dat reizigers nu "
      "vastlopen op de overgang van de ene vervoerder naar de andere. Eén landelijk loket vraagt echter om "
      "koppelingen tussen de planningssystemen van ruim twintig vervoerders, en ik wil eerst weten of dat in de "
      "praktijk werkt voordat ik vervoerders en concessieverleners daartoe verplicht. " + EV4 + " De proef start in "
      "het voorjaar van 2026 op lijnen in Twente, de Achterhoek en Zuid-Limburg waar streekbus en trein op elkaar "
      "aansluiten; reizigers kunnen daar met één aanvraag assistentie boeken voor de bus én voor de trein. Het "
      "ministerie betaalt de kosten van de proef.",
      answers=(Answer("4", "partial", EV4),)),
    P("5. en 6. NS voert het vervoer op het hoofdrailnet uit onder een vervoerconcessie, ProRail beheert het spoor "
      "en de stations onder een beheerconcessie. Beide concessies verleen ik, en ze bieden dus een directe ingang "
      "voor deze twee aanbevelingen. De tijdigheid van reisassistentie is in de vervoerconcessie nu een "
      "informatie-indicator zonder norm. " + EV5 + " Voor de liften ligt het anders. Een vaste termijn waarbinnen "
      "iedere storing moet zijn verholpen, is niet in alle gevallen uitvoerbaar: bij oudere liften zijn onderdelen "
      "soms pas na weken leverbaar, en ProRail vervangt deze liften de komende vijf jaar. " + EV6 + " ProRail maakt "
      "de beschikbaarheid per lift vanaf het jaarverslag over 2026 bekend.",
      answers=(Answer("5", "agree", EV5), Answer("6", "partial", EV6))),
    P("7. en 8. Deze aanbevelingen zijn gericht aan de vervoerders. NS en de regionale vervoerders, verenigd in "
      "OV-NL, hebben mij laten weten dat zij de ombudsman hierover zelf zullen antwoorden, en ik laat het aan hen "
      "om dat te doen. Over aanbeveling 8 wil ik wel mijn eigen standpunt geven, omdat het daarin gaat om een regel "
      "die verder gaat dan de Europese afspraken. Voor reizigers bij wie assistentie niet of te laat wordt verleend, "
      "voorzien de Europese regels al in compensatie bij vertraging en in vergoeding van beschadigde hulpmiddelen, "
      "en de regionale vervoerders hebben vergelijkbare bepalingen in hun algemene voorwaarden. " + EV8,
      answers=(Answer("8", "disagree", EV8),)),
    H("Concessies in het regionale openbaar vervoer", 3),
    P("9. De ombudsman vraagt de provincies en gemeenten om in nieuwe concessies eisen te stellen aan de "
      "halte-informatie in voertuigen en aan de rolstoelplaats. Formeel is deze aanbeveling tot de "
      "concessieverleners gericht, maar de eisen aan voertuigen staan in het Besluit toegankelijkheid, waarvoor ik "
      "verantwoordelijk ben. " + EV9 + " Het IPO heeft mij laten weten deze wijziging te steunen; een aantal "
      "provincies stelt deze eisen nu al.",
      answers=(Answer("9", "agree", EV9),)),
    P("10. Over de aanbeveling om per concessiegebied een uitvoeringsplan voor de aanpassing van haltes op te "
      "stellen, heb ik gesproken met het IPO en de VNG. Beide herkennen dat de planning van wegbeheerders en die "
      "van concessieverleners beter op elkaar moet aansluiten. " + EV10 + " De uitkomsten bespreek ik in het "
      "bestuurlijk overleg van het voorjaar van 2026.",
      answers=(Answer("10", "partial", EV10),)),
    H("Klachten en toezicht", 3),
    P("12. De ombudsman beveelt aan één landelijk meldpunt in te richten voor klachten over de toegankelijkheid van "
      "het openbaar vervoer. Ik begrijp dat reizigers door het aantal loketten niet weten waar zij terecht kunnen. "
      + EV12 + " Wel vind ik, net als de ombudsman, dat klachten over toegankelijkheid zichtbaar moeten worden. "
      + EV13 + " Zo krijgen vervoerders, concessieverleners en mijn ministerie zicht op problemen die zich "
      "herhalen.",
      answers=(Answer("12", "disagree", EV12), Answer("13", "agree", EV13))),
    P("14. De ILT houdt nu toezicht op de naleving van de Europese passagiersrechten op het spoor, maar heeft voor "
      "bus, tram en metro geen vergelijkbare taak. De ombudsman wijst er terecht op dat de naleving van de eisen uit "
      "het Besluit daar alleen afhangt van de controle door de concessieverlener. " + EV14 + " Het wetsvoorstel dat "
      "daarvoor nodig is, gaat in het najaar van 2026 in internetconsultatie. Tot de inwerkingtreding daarvan "
      "bereidt de ILT zich voor door een eerste beeld op te stellen van de naleving in drie concessies.",
      answers=(Answer("14", "agree", EV14),)),
    P("15. " + EV15 + " Ik wacht daarvoor niet tot het einde van de looptijd van het akkoord in 2032. De "
      "evaluatie start begin 2026 en wordt uitgevoerd door een onafhankelijk onderzoeksbureau, met een "
      "begeleidingscommissie waarin de belangenorganisaties van reizigers met een beperking zitting hebben. Het "
      "rapport stuur ik in het eerste kwartaal van 2027 aan uw Kamer.",
      answers=(Answer("15", "agree", EV15),)),
    P("16. De ombudsman vraagt om een wettelijke garantie op kosteloos vervangend vervoer voor reizigers die door "
      "een defecte lift of een niet verleende assistentie hun reis niet kunnen voortzetten. Ik heb deze aanbeveling "
      "besproken met de minister van Volksgezondheid, Welzijn en Sport, die verantwoordelijk is voor Valys. Op het "
      "spoor zetten NS en ProRail in deze situaties al kosteloos een taxi in naar het dichtstbijzijnde toegankelijke "
      "station, en in de meeste regionale concessies is vervangend vervoer bij een ontoegankelijke halte geregeld. "
      + EV16 + " De knelpunten die de ombudsman beschrijft, gaan vooral over de bekendheid van de taxiregeling; NS "
      "en ProRail zullen die dit najaar beter onder de aandacht brengen op stations en in de reisplanner.",
      answers=(Answer("16", "disagree", EV16),)),
    H("Tot slot", 2),
    P("De ombudsman laat zien dat een toegankelijke reis pas ontstaat als alle schakels op elkaar aansluiten. Geen "
      "van de betrokken partijen kan dat alleen, en ik zie het als mijn taak om de samenwerking tussen hen te "
      "versterken waar dat nodig is. Ik zal uw Kamer over de voortgang van de toezeggingen in deze brief "
      "informeren in de jaarlijkse voortgangsbrief over het Bestuursakkoord, voor het eerst na de zomer van 2026."),
    P("Hoogachtend,"),
    P("de staatssecretaris van Infrastructuur en Waterstaat,"),
    P("J.M. van Dalen-Hoekstra"),
)

RESPONSE = Document(
    title="Reactie op het rapport 'Instappen zonder drempels' van de Nationale ombudsman",
    subtitle=("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n"
              "Datum: 9 september 2025\n"
              "Kenmerk: IENW/BSK-2025/214377\n"
              "Betreft: Reactie op het rapport van de Nationale ombudsman over de toegankelijkheid van het openbaar "
              "vervoer"),
    blocks=RESPONSE_BLOCKS,
    running_header="Ministerie van Infrastructuur en Waterstaat  |  IENW/BSK-2025/214377",
    footer="Pagina {page} van {pages}",
    font_family="sans",
    font_size=10.5,
    title_page=False,
)

PAIR = Pair(
    name="transport_accessibility_ombudsman",
    report=REPORT,
    response=RESPONSE,
    description=("Nationale ombudsman report on the accessibility of public transport for travellers with a "
                 "disability (16 recommendations '1.'-'16.' at the end, each naming its addressee) and the "
                 "staatssecretaris van IenW's letter answering in numbered paragraphs, with '5. en 6.' together, "
                 "'7. en 8.' passed on to the carriers with a position on 8, 13 answered by subject in the paragraph "
                 "on 12, and 11 not mentioned."),
)
