"""Pair: a fictional Adviesraad Leefomgeving en Ruimte advice on the spatial planning of the North Sea, and the
cabinet's response (a letter with a table annex).

Report layout: serif font, title page with imprint, running header, full-width chapter headings (level 1) with the
chapter bodies set in TWO COLUMNS (section headings, paragraphs, footnotes, bulleted lists that are not
recommendations), a full-width summary in running prose without a list, a full-width table of area claims (rules
between rows only) between two column runs, and an annex with a bulleted list of consulted organisations.  Chapter
4 "Adviezen" gives every advice as a level-3 heading "Advies N" followed by the advice; a plain advice is a single
list item with a dash label ("–"), so the number lives only in the heading.  Advies 3 and 4 open with an ordinary
lead-in paragraph naming the addressee ("De raad adviseert de minister van ... om ... :") followed by a lettered
list a./b./c.; each lettered point is its own recommendation (gold numbers "3a".."4c"), and the lead-in is NOT a
recommendation because it asks nothing by itself.  Some advices are followed by an explanatory paragraph.  Fifteen
recommendations: 1, 2, 3a, 3b, 3c, 4a, 4b, 4c, 5-11.

Response layout: a sans letter (letterhead, no title page) of the minister of IenW on behalf of four ministers:
thanks, context and agreement with the analysis (no position), a section answering Advies 2 by subject only (it is
the one advice missing from the table), a legend paragraph, then an annex TABLE (grid) "Advies | Samenvatting
advies | Standpunt kabinet | Toelichting".  The gold Answer sits on the Toelichting cell; the Standpunt cell is a
one-word label that is sometimes contradicted by the Toelichting.

Gold positions:
- 1 (IenW) partial: "Deels overnemen"; integral weighing taken over, fixed ranking of functions not.
- 2 (EZ) disagree: not in the table; the letter agrees with the analysis but keeps the 50 GW target and tempo.
- 3a (EZ) agree and 3b (EZ) agree: one row "3a en 3b" "Overnemen"; each has its own committed sentence (dates).
- 3c (EZ) disagree: "Niet overnemen", blunt "neemt dit advies niet over"; existing monitoring as the reason.
- 4a (LNV) agree: row "4a en 4c" labelled "Deels overnemen"; 4a gets money and an opening date (no cue word).
- 4b (LNV) partial: labelled "Overnemen" but the Toelichting only promises to explore ("gaat ... verkennen").
- 4c (LNV) disagree: same cell as 4a, "acht de minister niet nodig, omdat ... al ..." (existing programme).
- 5 (Defensie) disagree: labelled only "Kennisnemen", but "acht het daarom niet opportuun".
- 6 (Defensie, IenW) not_addressed: labelled "Reeds ingezet"; the cell only describes existing programmes and
  patrols, nothing on the asked plan, fixed capacity or budget.
- 7 (IenW) agree: "Overnemen", "Het kabinet neemt dit advies over." plus date and money.
- 8 (IenW, Rijkswaterstaat) agree: labelled "Reeds ingezet", but a concrete committed measure with a date, no cue.
- 9 (IenW) agree: the advice asks for a study; the response commits to it (with a date).
- 10 (provinces, OTHER) not_addressed: "Kennisnemen"; passed on to the IPO, which responds itself.
- 11 (EZ) partial: money for fishing communities, but no broader area fund.
All prose is fictional and written for this test set.
"""
from __future__ import annotations

from docgen.model import (
    Answer,
    Cell,
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


def H3(text: str) -> Heading:
    return Heading(text, level=3)


def bullets(*texts: str) -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style="•")


def advice(number: str, departments: tuple[str, ...], text: str) -> ItemList:
    """A single advice printed under its "Advies N" heading as one dash item."""
    return ItemList(items=(ListItem(text, recommendation=Recommendation(number, departments)),), style="–")


def lettered(prefix: str, departments: tuple[str, ...], *texts: str) -> ItemList:
    """The lettered sub-points a., b., c. of an advice; each is its own recommendation ("3a", "3b", ...)."""
    return ItemList(
        items=tuple(ListItem(text, recommendation=Recommendation(f"{prefix}{chr(ord('a') + i)}", departments))
                    for i, text in enumerate(texts)),
        style="a.",
    )


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

SUMMARY = (
    H("Samenvatting"),
    P("De Noordzee is geen lege ruimte meer. Op het Nederlandse deel van de zee, zo groot als anderhalf keer het "
      "land, komen in de komende vijftien jaar windparken, natuurgebieden, visgronden, vaarroutes, oefengebieden "
      "van de krijgsmacht, zandwinning, kabels en leidingen samen op een manier die de zee nog niet eerder heeft "
      "gekend. Wat ooit een gedeeld maar ruim gebied was, wordt een gebied van schaarste. Iedere vierkante "
      "kilometer die aan de ene functie wordt gegeven, is voor een andere functie geheel of gedeeltelijk verloren."),
    P("De raad constateert dat de ruimtelijke sturing op de Noordzee die schaarste nog onvoldoende weerspiegelt. "
      "Besluiten over wind op zee, natuurbescherming, visserij en defensie worden genomen in afzonderlijke "
      "trajecten, met eigen tijdpaden en eigen afwegingen. Het Programma Noordzee brengt die besluiten wel bijeen, "
      "maar maakt tussen de functies geen expliciete keuzes. Daardoor worden conflicten doorgeschoven naar de "
      "uitvoering, waar ze lastiger en duurder zijn op te lossen."),
    P("Het advies rust op drie gedachten. De eerste is dat het Rijk op zee scherper moet kiezen en die keuzes moet "
      "durven vastleggen, ook als dat betekent dat een functie minder ruimte krijgt dan zij wenst. De tweede is dat "
      "ruimte op zee vaker gedeeld moet worden: windparken kunnen plaats bieden aan natuurherstel, passieve "
      "visserij en schelpdierkweek, en oefengebieden kunnen vaker worden opengesteld. De derde is dat wie de lasten "
      "van de veranderingen op zee draagt, daarin niet alleen mag worden gelaten. Dat geldt voor de visserij en de "
      "kustgemeenschappen, maar ook voor het achterland waar de stroom van zee aan land komt."),
    P("In hoofdstuk 4 werkt de raad deze gedachten uit in elf adviezen, gericht aan de ministers van "
      "Infrastructuur en Waterstaat, Klimaat en Groene Groei, Landbouw, Visserij, Voedselzekerheid en Natuur en "
      "Defensie, aan Rijkswaterstaat en aan de kustprovincies. Twee adviezen bestaan uit meerdere onderdelen. De "
      "raad is zich ervan bewust dat niet alle adviezen tegelijk kunnen worden uitgevoerd; hij heeft ze daarom "
      "gerangschikt van het meer principiële naar het meer uitvoerende niveau."),
)

CHAPTER_1 = (
    H("1 Inleiding"),
    Columns(blocks=(
        H2("1.1 Aanleiding"),
        P("In het voorjaar van 2025 vroeg de minister van Infrastructuur en Waterstaat, mede namens de ministers van "
          "Klimaat en Groene Groei, van Landbouw, Visserij, Voedselzekerheid en Natuur en van Defensie, de "
          "Adviesraad Leefomgeving en Ruimte om advies over de ruimtelijke ontwikkeling van de Noordzee op de "
          "middellange termijn. Aanleiding was de voorbereiding van het Programma Noordzee 2028-2033, waarin het "
          "kabinet de ruimtelijke keuzes voor de zee voor de periode na 2027 wil vastleggen."),
        P("De adviesaanvraag stelde drie vragen. Hoe kan het Rijk de groeiende ruimtevraag op zee op een "
          "evenwichtige manier verdelen? Welke mogelijkheden zijn er om ruimte meervoudig te gebruiken? En hoe "
          "kunnen de gevolgen voor gebruikers van de zee en voor de kust eerlijk worden gedragen? De raad heeft "
          "deze vragen breed opgevat en ook de samenhang met de ontwikkelingen aan land betrokken.",
          footnotes=("Adviesaanvraag van de minister van Infrastructuur en Waterstaat van 14 maart 2025, kenmerk "
                     "IENW/BSK-2025/31207.",)),
        H2("1.2 Werkwijze"),
        P("De raad heeft het advies voorbereid met een raadscommissie onder voorzitterschap van raadslid "
          "prof. dr. ir. M.C. Oosterbaan. De commissie werd ondersteund door een projectteam van het secretariaat. "
          "Voor dit advies heeft de raad onder meer:"),
        bullets(
            "gesprekken gevoerd met ruim zeventig vertegenwoordigers van overheden, bedrijven, vissers, "
            "natuurorganisaties, havens en kennisinstellingen;",
            "twee werkbezoeken afgelegd, aan een windpark voor de kust van Zeeland en aan de visafslag van "
            "Den Helder;",
            "een expertsessie georganiseerd over medegebruik in windparken;",
            "ruimtelijke analyses laten uitvoeren van de verwachte ruimtevraag tot 2040.",
        ),
        P("Een overzicht van de geraadpleegde organisaties is opgenomen in de bijlage. De raad dankt allen die aan "
          "het advies hebben bijgedragen. De verantwoordelijkheid voor de inhoud ligt uitsluitend bij de raad."),
        H2("1.3 Afbakening"),
        P("Het advies gaat over het Nederlandse deel van de Noordzee, het Nederlands Continentaal Plat, met inbegrip "
          "van de territoriale zee. De Waddenzee en de Zeeuwse delta vallen buiten het advies, behalve waar het gaat "
          "om de aanlanding van kabels en leidingen. Vraagstukken van internationaal recht en van de Europese "
          "visserijpolitiek komen aan de orde voor zover zij de Nederlandse ruimte voor keuzes bepalen."),
        P("De raad richt zich op de periode tot 2040, met een doorkijk naar 2050. Die termijn past bij de "
          "doorlooptijd van windparken, die van kavelbesluit tot ingebruikname al snel acht tot tien jaar vraagt, "
          "en bij de termijn waarop natuurherstel op de zeebodem zichtbaar wordt."),
        H2("1.4 Leeswijzer"),
        P("Hoofdstuk 2 beschrijft de functies die op de Noordzee ruimte vragen en hoe die vraag zich ontwikkelt. "
          "Hoofdstuk 3 analyseert waar de huidige sturing tekortschiet. Hoofdstuk 4 bevat de adviezen van de raad, "
          "genummerd van 1 tot en met 11. Elk advies is gericht aan de partij die volgens de raad het voortouw moet "
          "nemen."),
    )),
)

CHAPTER_2 = (
    H("2 Een volle zee"),
    Columns(blocks=(
        H2("2.1 Wind op zee"),
        P("Wind op zee is de snelst groeiende gebruiker van de Noordzee. Eind 2024 stond er ruim 4,7 gigawatt aan "
          "vermogen; volgens de huidige plannen moet dat in 2032 ongeveer 21 gigawatt zijn en in 2040 circa 50 "
          "gigawatt. Daarmee zou wind op zee rond 2040 een oppervlak van naar schatting 7.500 tot 9.000 "
          "vierkante kilometer beslaan, meer dan het oppervlak van de provincie Gelderland en Utrecht samen."),
        P("Het doel voor 2040 is in 2022 vastgesteld in een periode waarin werd verwacht dat de vraag naar "
          "elektriciteit en groene waterstof snel zou groeien. Die verwachting is inmiddels getemperd. Verschillende "
          "grote industriële afnemers hebben hun elektrificatieplannen uitgesteld, en de productie van waterstof op "
          "zee staat nog in de kinderschoenen. Tegelijk werd de tender voor een van de kavels in 2024 niet gegund, "
          "omdat geen enkele partij een bod deed onder de gestelde voorwaarden.",
          footnotes=("De raad gebruikt voor de verwachte vraag de scenario's uit de Integrale "
                     "Infrastructuurverkenning 2030-2050 en de actualisatie daarvan uit 2025.",)),
        P("Windparken zijn op zichzelf geen lege vlekken. Tussen de turbines is ruimte voor scheepvaart met kleine "
          "schepen, voor passieve visserij met staand want of fuiken, voor de kweek van mosselen en zeewier en voor "
          "natuurherstel, bijvoorbeeld door het aanbrengen van oesterbanken. In de praktijk komt dat medegebruik nog "
          "nauwelijks van de grond. Van de windparken die nu in bedrijf zijn, staat minder dan een tiende van het "
          "oppervlak open voor enige vorm van medegebruik."),
        H2("2.2 Visserij"),
        P("De Nederlandse visserij op de Noordzee bestaat grotendeels uit kottervisserij op platvis en garnalen. "
          "De vloot is de afgelopen twintig jaar sterk gekrompen, van ruim vierhonderd naar minder dan tweehonderd "
          "schepen. Veel vissers zijn op leeftijd, opvolging ontbreekt vaak en de marges staan onder druk door hoge "
          "brandstofprijzen, de gevolgen van het vertrek van het Verenigd Koninkrijk uit de Europese Unie en "
          "strengere regels voor de bodemberoerende visserij."),
        P("De ruimte voor de visserij neemt bovendien snel af. Windparken zijn in de huidige praktijk gesloten voor "
          "bodemberoerende visserij, en ook in een deel van de natuurgebieden gelden beperkingen. Vissers schatten "
          "dat zij rond 2035 een kwart tot een derde van hun huidige visgronden kwijt zijn. Zij moeten hun "
          "inspanning daardoor concentreren op de overgebleven gronden, wat daar de druk op de bodem vergroot."),
        P("Voor de gemeenschappen waar de visserij is geworteld, zoals Urk, Den Helder, Harlingen, Scheveningen en "
          "de Zeeuwse havens, is de visserij meer dan een economische sector. Zij bepaalt de identiteit van de plaats "
          "en draagt bij aan de werkgelegenheid in toeleverende bedrijven, afslagen en verwerking."),
        H2("2.3 Natuur"),
        P("De ecologische toestand van de Noordzee is matig. De zeebodem is op veel plaatsen sterk verstoord door "
          "decennia van bodemberoerende visserij, en soorten als de zeehond, de bruinvis en diverse zeevogels staan "
          "onder druk. Nederland heeft in de Noordzee verschillende Natura 2000-gebieden aangewezen, waaronder de "
          "Doggersbank, de Klaverbank en de Noordzeekustzone, en heeft zich verplicht om uiteindelijk een substantieel "
          "deel van de zee effectief te beschermen."),
        P("In een groot deel van de aangewezen gebieden is bodemberoerende visserij echter nog steeds toegestaan. "
          "De maatregelen die zijn afgesproken, zijn beperkt tot delen van die gebieden en worden gefaseerd "
          "ingevoerd. Daardoor is de bescherming op papier ruimer dan in werkelijkheid. De raad constateert dat de "
          "doelen voor natuurherstel op zee met het huidige tempo niet worden gehaald."),
        P("Windparken kunnen een positieve bijdrage leveren aan de natuur, omdat de funderingen en de "
          "erosiebescherming rond de palen harde structuren vormen waarop zich bodemdieren vestigen. Die bijdrage "
          "is het grootst wanneer parken vanaf het ontwerp natuurinclusief worden gebouwd. Tegelijk hebben "
          "windparken ook nadelige effecten, onder meer door onderwatergeluid tijdens de bouw en door aanvaringen "
          "van vogels en vleermuizen."),
        H2("2.4 Defensie"),
        P("Defensie gebruikt delen van de Noordzee als oefen- en schietgebied voor de marine, de luchtmacht en de "
          "landmacht. Het gaat om gebieden voor artillerie- en raketoefeningen, mijnenbestrijding, laagvliegen en "
          "onderzeebootoperaties. Samen beslaan de militaire gebieden op zee een oppervlak van ruim 5.000 vierkante "
          "kilometer."),
        P("Het gebruik van die gebieden verschilt sterk. Sommige oefengebieden worden intensief gebruikt, andere "
          "slechts enkele weken per jaar. Defensie staat onder voorwaarden tijdelijk medegebruik toe, maar in de "
          "meeste gebieden is bouw van windparken uitgesloten. Sinds de Russische inval in Oekraïne heeft Defensie "
          "aangegeven dat zij eerder meer dan minder oefenruimte nodig heeft. De raad heeft begrip voor die "
          "behoefte, maar constateert ook dat openbare informatie over het feitelijke gebruik van de gebieden "
          "grotendeels ontbreekt."),
        P("Daarnaast is de bescherming van infrastructuur op zee een groeiende opgave. Kabels, pijpleidingen, "
          "platforms en windparken zijn kwetsbaar voor sabotage en spionage. Incidenten elders in Europa hebben "
          "laten zien dat onderzeese verbindingen een doelwit kunnen zijn."),
        H2("2.5 Scheepvaart en veiligheid"),
        P("De Noordzee behoort tot de drukst bevaren zeeën ter wereld. De routes naar de havens van Rotterdam, "
          "Amsterdam en Antwerpen lopen door het Nederlandse deel van de zee, en jaarlijks varen er enkele "
          "honderdduizenden schepen. Met de komst van windparken komen scheepvaart en vaste obstakels steeds dichter "
          "bij elkaar. Bij een schip dat stuurloos raakt in de buurt van een windpark is de tijd om in te grijpen "
          "kort."),
        P("Voor de opvang van schepen in nood beschikt de Kustwacht over één noodsleepboot, die in de zuidelijke "
          "Noordzee is gestationeerd. Studies van het Maritiem Onderzoeksinstituut Nederland laten zien dat de kans "
          "op een aanvaring tussen een schip en een windturbine met de verdere uitrol toeneemt, vooral in het "
          "noordelijke deel van de zee, waar de aanvaartijd van de noodsleepboot het langst is."),
        H2("2.6 Kabels, leidingen en aanlanding"),
        P("Elk windpark moet met het elektriciteitsnet aan land worden verbonden. De netbeheerder legt daarvoor "
          "platforms op zee en kabels naar de kust aan. Waar die kabels aan land komen, is een converterstation "
          "nodig, en vanaf daar moeten nieuwe hoogspanningsverbindingen het achterland in. De aanlanding vraagt dus "
          "ook ruimte aan land, in gebieden waar landbouw, natuur, woningbouw en waterveiligheid al om dezelfde "
          "ruimte concurreren."),
        P("Voor de windparken die na 2032 worden aangesloten, zijn nog niet alle aanlandingslocaties bekend. De "
          "keuze tussen aanlanding in de Eemshaven, bij de Maasvlakte, in Noord-Holland of in Zeeland hangt af van "
          "de netcapaciteit, de plannen van de industrie en de ruimte in het kustgebied. Provincies spelen bij die "
          "keuze een belangrijke rol, omdat zij de ruimtelijke inpassing aan land regelen."),
    )),
    P("Tabel 1 geeft een indicatief beeld van de ruimte die de verschillende functies nu innemen en naar verwachting "
      "in 2040 zullen vragen. De claims overlappen elkaar deels, omdat sommige functies dezelfde ruimte kunnen "
      "delen; de optelsom is daarom groter dan het beschikbare oppervlak."),
    Table(
        header=("Functie", "Oppervlak 2025 (km²)", "Verwachte claim 2040 (km²)", "Toelichting"),
        rows=(
            ("Wind op zee", "1.100", "7.500 – 9.000", "bij 50 gigawatt; inclusief veiligheidszones"),
            ("Natuurgebieden (beschermd)", "ca. 15.000", "ca. 17.000", "effectief beschermd deel nu veel kleiner"),
            ("Scheepvaartroutes en ankergebieden", "ca. 7.500", "ca. 8.000", "inclusief clearways"),
            ("Militaire oefengebieden", "ca. 5.200", "ca. 5.200", "behoefte mogelijk groter"),
            ("Zandwinning en kustsuppletie", "ca. 600", "ca. 1.000", "groei door zeespiegelstijging"),
            ("Kabels en leidingen (met zones)", "ca. 2.000", "ca. 3.500", "afhankelijk van aanlandingskeuzes"),
            ("Visserij (toegankelijk gebied)", "ca. 45.000", "ca. 33.000", "restruimte, sterk afnemend"),
        ),
        widths=(3.2, 2.0, 2.2, 4.0),
        rules="rows",
    ),
    P("Bron: bewerking door de raad van gegevens van Rijkswaterstaat, de Rijksdienst voor Ondernemend Nederland en "
      "het ministerie van Defensie. Oppervlakten zijn afgerond."),
    PageBreak(),
)

CHAPTER_3 = (
    H("3 Waar de sturing tekortschiet"),
    Columns(blocks=(
        H2("3.1 Versnipperde afweging"),
        P("De Noordzee kent geen eigenaar die alle functies tegen elkaar afweegt. De minister van Infrastructuur en "
          "Waterstaat coördineert het Noordzeebeleid en stelt het Programma Noordzee vast, maar de besluiten over "
          "de afzonderlijke functies liggen bij verschillende bewindspersonen. De minister van Klimaat en Groene "
          "Groei wijst windenergiegebieden aan en neemt kavelbesluiten, de minister van Landbouw, Visserij, "
          "Voedselzekerheid en Natuur gaat over visserij en natuur, en de minister van Defensie over de militaire "
          "gebieden."),
        P("In gesprekken met de raad werd het huidige programma vaak getypeerd als een optelsom. Iedere functie "
          "brengt haar claim in, en het programma tekent die claims zo goed mogelijk in. Wanneer claims botsen, wordt "
          "de afweging doorgeschoven naar een later moment of naar een specifiek besluit, zoals een kavelbesluit. "
          "Op dat moment zijn de opties vaak al beperkt, en wordt de keuze bepaald door de functie met de meeste "
          "haast."),
        P("De raad vindt dat de afweging tussen functies een ruimtelijke keuze is die op het niveau van de hele zee "
          "moet worden gemaakt. Dat vraagt om een programma dat niet alleen claims inventariseert, maar ook aangeeft "
          "welke functie voorgaat als claims niet te verenigen zijn. Op land is het gebruikelijk dat het Rijk "
          "dergelijke keuzes maakt, bijvoorbeeld bij de aanwijzing van gebieden voor woningbouw of waterberging. "
          "Op zee zou dat niet anders moeten zijn."),
        H2("3.2 Tempo en onzekerheid"),
        P("Het beleid voor wind op zee is de afgelopen jaren gestuurd door vaste doelen en een strak tenderschema. "
          "Dat heeft veel opgeleverd: Nederland behoort tot de Europese koplopers. Maar een vast tempo heeft ook "
          "nadelen als de vraag achterblijft. Windparken die worden gebouwd voordat er afnemers zijn, drukken de "
          "elektriciteitsprijs op momenten van veel wind, wat de businesscase van nieuwe parken verder verzwakt. En "
          "ruimte die voor wind wordt gereserveerd, is voor lange tijd niet beschikbaar voor andere functies."),
        P("De raad pleit niet voor een lagere ambitie. Wel vindt de raad dat het tempo van de uitrol na 2032 "
          "nadrukkelijker moet worden afgestemd op de vraag, en dat de ruimte voor windenergie pas definitief moet "
          "worden vastgelegd als duidelijk is hoeveel windenergie er in 2040 werkelijk nodig is. Een adaptieve "
          "aanpak, waarin de uitrol in stappen wordt herijkt, past beter bij de onzekerheid van dit moment."),
        H2("3.3 Medegebruik blijft uit"),
        P("Het Noordzeeakkoord uit 2020 sprak de ambitie uit dat windparken waar mogelijk worden opengesteld voor "
          "medegebruik. In de praktijk blijft die ambitie steken in pilots. De raad ziet daarvoor drie oorzaken:"),
        bullets(
            "exploitanten van windparken hebben geen belang bij medegebruik en zien het vooral als risico voor "
            "hun installaties;",
            "de kavelbesluiten en tenderregels stellen geen eisen aan medegebruik, zodat het afhangt van de "
            "goede wil van de exploitant;",
            "vissers en kwekers hebben geen zekerheid over de toegang en kunnen daardoor niet investeren.",
        ),
        P("Hetzelfde geldt voor natuurinclusief bouwen. Sinds 2021 wordt in tenders een aantal punten toegekend "
          "voor ecologische maatregelen, maar daardoor wordt natuurinclusief bouwen een keuze in plaats van een "
          "norm. De raad vindt dat het inmiddels mogelijk en nodig is om hier een vaste eis van te maken, omdat de "
          "technieken beschikbaar zijn en de kosten beperkt."),
        P("De kennis over de effecten van windparken op de natuur wordt vooral door het Rijk opgebouwd, via een "
          "monitoringsprogramma dat uit publieke middelen wordt betaald. Exploitanten beschikken daarnaast over "
          "eigen meetgegevens, die niet altijd worden gedeeld. De raad vindt het redelijk dat wie de zee gebruikt, "
          "ook bijdraagt aan de kennis over de gevolgen daarvan."),
        H2("3.4 De visserij in de knel"),
        P("De visserij is de functie die het meest ruimte verliest. De raad heeft met veel vissers gesproken. "
          "Opvallend was dat zij niet zozeer bezwaar maken tegen de windparken of de natuurgebieden zelf, maar tegen "
          "de onzekerheid: niemand kan hen vertellen welke visgronden er over tien jaar nog zijn. Investeren in een "
          "nieuw, schoner schip is onder die omstandigheden onverantwoord."),
        P("Eerdere saneringsregelingen voor de kottervloot waren vooral gericht op de gevolgen van de brexit en "
          "waren snel overtekend. Veel vissers die wilden stoppen, konden niet aan de regeling deelnemen. Tegelijk "
          "zijn er vissers die willen doorgaan en die een toekomst zien in andere vangsttechnieken. Voor hen is "
          "duidelijkheid over de beschikbare ruimte belangrijker dan een stoppersregeling."),
        P("Voor de natuur is de bodemberoerende visserij de belangrijkste drukfactor op de zeebodem. De raad "
          "constateert dat de beperkingen in de Natura 2000-gebieden op zee tot nu toe halfslachtig zijn. Dat is "
          "slecht voor de natuur en ook voor de vissers, die steeds opnieuw worden geconfronteerd met nieuwe "
          "gebiedsbeperkingen zonder zicht op het einde daarvan."),
        H2("3.5 Veiligheid en defensie"),
        P("De militaire oefengebieden zijn vastgelegd in het Programma Noordzee, maar hun omvang is in de afgelopen "
          "decennia nauwelijks herzien. Een openbare onderbouwing van de behoefte ontbreekt. De raad beseft dat "
          "Defensie niet alle informatie over haar gebruik van de zee openbaar kan maken, maar vindt dat ook "
          "militaire functies periodiek moeten worden getoetst aan de schaarste op zee."),
        P("Voor de beveiliging van infrastructuur op zee zijn verschillende partijen verantwoordelijk: de "
          "eigenaren van kabels en leidingen, de Kustwacht, Defensie en de politie. De raad heeft de indruk dat "
          "er veel overleg is, maar dat de beschikbare capaciteit voor toezicht op zee niet in verhouding staat tot "
          "de snelle groei van de infrastructuur."),
        P("De toename van windparken vergroot ook de risico's voor de scheepvaart. De huidige veiligheidszones "
          "tussen windparken en vaarroutes zijn in sommige gebieden smal, en de noodsleepcapaciteit is beperkt."),
        H2("3.6 Informatie en uitvoering"),
        P("Wie wil weten wat er op een bepaalde plek op de Noordzee is toegestaan, moet zijn informatie uit veel "
          "verschillende bronnen halen. Vergunningen voor windparken, zandwinning, kabels, visserij en onderzoek "
          "worden door verschillende diensten verleend en zijn niet op één plek te raadplegen. Ook voor de "
          "betrokken overheden zelf is het overzicht beperkt."),
        P("Het toezicht op zee is eveneens verdeeld. De Kustwacht voert taken uit voor zes ministeries, "
          "Rijkswaterstaat is beheerder van de zee, en de Nederlandse Voedsel- en Warenautoriteit houdt toezicht "
          "op de visserij. Verschillende gesprekspartners pleitten voor één autoriteit voor de Noordzee naar "
          "buitenlands voorbeeld. De raad heeft onvoldoende zicht op de voor- en nadelen om een dergelijke "
          "verandering nu te kunnen aanbevelen."),
        H2("3.7 De kust en het achterland"),
        P("De energietransitie op zee heeft ook gevolgen aan land. In de kustgemeenten komen converterstations, "
          "hoogspanningsverbindingen en havenactiviteiten bij, terwijl de visserij, die veel van deze gemeenten "
          "heeft gevormd, krimpt. Bewoners ervaren vooral de lasten, terwijl de baten elders terechtkomen."),
        P("De raad vindt dat kustgemeenschappen een eerlijk deel van de baten verdienen. In Denemarken en Schotland "
          "zijn ervaringen opgedaan met gebiedsfondsen die worden gevoed uit de opbrengsten van wind op zee. De "
          "raad ziet in zo'n fonds een manier om de gevolgen van de transitie in de kustregio's op te vangen en het "
          "draagvlak voor verdere ontwikkeling op zee te vergroten."),
    )),
    PageBreak(),
)

CHAPTER_4 = (
    H("4 Adviezen"),
    P("Op basis van de analyse in de voorgaande hoofdstukken doet de raad elf adviezen. Twee daarvan, de adviezen 3 "
      "en 4, bestaan uit meerdere onderdelen die afzonderlijk kunnen worden uitgevoerd. Per advies is aangegeven tot "
      "wie het is gericht."),
    Columns(blocks=(
        H2("4.1 Kiezen op zee"),
        H3("Advies 1"),
        advice("1", ("IenW",),
               "De raad adviseert de minister van Infrastructuur en Waterstaat om in het Programma Noordzee "
               "2028-2033 één integrale ruimtelijke afweging te maken voor alle functies op zee, en daarin een vaste "
               "rangorde vast te leggen die bepaalt welke functie voorgaat wanneer claims op dezelfde ruimte niet "
               "te verenigen zijn."),
        P("Een rangorde hoeft niet voor de hele zee gelijk te zijn. Zij kan per gebied verschillen, bijvoorbeeld "
          "met voorrang voor natuur op de Doggersbank en voor scheepvaart rond de hoofdvaarroutes. Waar het om gaat, "
          "is dat de keuze vooraf en openbaar wordt gemaakt."),
        H3("Advies 2"),
        advice("2", ("EZ",),
               "De raad adviseert de minister van Klimaat en Groene Groei om het tempo van de uitrol van wind op zee "
               "na 2032 opnieuw te bepalen op basis van de verwachte vraag naar elektriciteit en waterstof, en het "
               "doel van 50 gigawatt in 2040 pas vast te leggen wanneer die afweging is gemaakt."),
        H2("4.2 Windparken als gedeelde ruimte"),
        H3("Advies 3"),
        P("De raad adviseert de minister van Klimaat en Groene Groei om in de kavelbesluiten en tenderregelingen "
          "voor nieuwe windparken op zee:"),
        lettered(
            "3", ("EZ",),
            "medegebruik door passieve visserij en maricultuur als voorwaarde op te nemen, met een reservering van "
            "ten minste tien procent van het parkoppervlak;",
            "natuurinclusief bouwen verplicht te stellen, met funderingen en erosiebescherming die als leefgebied "
            "voor bodemdieren en vissen kunnen dienen;",
            "de kosten van ecologische monitoring bij de exploitant te leggen en te eisen dat alle "
            "monitoringsgegevens binnen een jaar openbaar worden gemaakt.",
        ),
        P("De raad realiseert zich dat deze eisen de kosten van windparken enigszins verhogen. Hij verwacht echter "
          "dat de meerkosten beperkt blijven wanneer de eisen tijdig bekend zijn en voor alle partijen gelijk "
          "gelden."),
        H2("4.3 Visserij en natuur"),
        H3("Advies 4"),
        P("De raad adviseert de minister van Landbouw, Visserij, Voedselzekerheid en Natuur om:"),
        lettered(
            "4", ("LNV",),
            "vóór 2027 een saneringsregeling open te stellen voor kottervissers die door windparken en "
            "natuurgebieden structureel visgronden verliezen, met een budget dat toereikend is voor ten minste een "
            "derde van de vloot;",
            "bodemberoerende visserij vóór 2030 te verbieden in alle Natura 2000-gebieden en andere aangewezen "
            "natuurgebieden op het Nederlandse deel van de Noordzee;",
            "een ruimtelijk visserijplan op te stellen waarin staat welke visgronden tot 2050 duurzaam beschikbaar "
            "blijven voor de Nederlandse vloot.",
        ),
        P("Deze drie onderdelen hangen met elkaar samen. Een verbod op bodemberoerende visserij in beschermde "
          "gebieden is voor de sector alleen te dragen als vissers die willen stoppen dat op een fatsoenlijke manier "
          "kunnen doen, en als vissers die doorgaan weten waar zij terechtkunnen."),
        H2("4.4 Defensie en veiligheid op zee"),
        H3("Advies 5"),
        advice("5", ("Defensie",),
               "De raad adviseert de minister van Defensie om vóór 2027 de omvang en ligging van de militaire oefen- "
               "en schietgebieden op de Noordzee te herzien, en gebieden die minder dan dertig dagen per jaar worden "
               "gebruikt open te stellen voor windenergie of medegebruik."),
        H3("Advies 6"),
        advice("6", ("Defensie", "IenW"),
               "De raad adviseert de minister van Defensie om samen met de minister van Infrastructuur en Waterstaat "
               "vóór 2026 een beveiligingsplan op te stellen voor kabels, leidingen, platforms en windparken op zee, "
               "met een vaste capaciteit aan patrouillevaartuigen en onderwatersensoren en een structureel budget "
               "daarvoor."),
        H3("Advies 7"),
        advice("7", ("IenW",),
               "De raad adviseert de minister van Infrastructuur en Waterstaat om vóór 2027 een tweede noodsleepboot "
               "permanent te stationeren in het noordelijke deel van de Noordzee en de veiligheidszones tussen "
               "windparken en de drukste scheepvaartroutes te verbreden tot ten minste twee zeemijl."),
        H2("4.5 Informatie en uitvoering"),
        H3("Advies 8"),
        advice("8", ("IenW",),
               "De raad adviseert Rijkswaterstaat om een openbaar digitaal register bij te houden van alle vergunde "
               "en geplande activiteiten op de Noordzee, met hun ligging, looptijd en voorwaarden, en dit register "
               "ten minste elk kwartaal bij te werken."),
        H3("Advies 9"),
        advice("9", ("IenW",),
               "De raad adviseert de minister van Infrastructuur en Waterstaat om te laten onderzoeken of een "
               "Noordzeeautoriteit, die vergunningverlening, toezicht en handhaving op zee bundelt, de samenwerking "
               "tussen de betrokken diensten kan verbeteren, en de uitkomsten vóór 2027 aan de Tweede Kamer te "
               "sturen."),
        P("Bij dat onderzoek kunnen de ervaringen in het Verenigd Koninkrijk en Denemarken worden betrokken, waar "
          "het beheer van de zee in sterkere mate is gebundeld."),
        H2("4.6 De kust"),
        H3("Advies 10"),
        advice("10", ("OTHER",),
               "De raad adviseert de provincies Groningen, Fryslân, Noord-Holland, Zuid-Holland en Zeeland om vóór "
               "2028 in hun omgevingsverordeningen de aanlandingslocaties en kabeltracés aan te wijzen voor de "
               "windparken die na 2032 worden aangesloten, en daarbij de gevolgen voor natuur en landbouw in het "
               "achterland mee te wegen."),
        H3("Advies 11"),
        advice("11", ("EZ",),
               "De raad adviseert de minister van Klimaat en Groene Groei om een gebiedsfonds in te stellen voor "
               "kustgemeenten en visserijgemeenschappen die de lasten van de energietransitie op zee dragen, met een "
               "looptijd van ten minste tien jaar en een jaarlijks budget van 25 miljoen euro."),
        P("Het fonds kan worden gevoed uit de opbrengsten van de tenders voor wind op zee. Over de besteding zou "
          "in de regio zelf moeten worden besloten, door gemeenten en provincies samen met de betrokken sectoren."),
    )),
)

ANNEX = (
    H("Bijlage Geraadpleegde organisaties"),
    P("De raadscommissie en het projectteam spraken voor dit advies met vertegenwoordigers van onder meer de "
      "volgende organisaties:"),
    Columns(blocks=(
        bullets(
            "ministerie van Infrastructuur en Waterstaat",
            "ministerie van Klimaat en Groene Groei",
            "ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur",
            "ministerie van Defensie",
            "Rijkswaterstaat Zee en Delta",
            "Kustwacht Nederland",
            "Rijksdienst voor Ondernemend Nederland",
            "Interprovinciaal Overleg",
            "provincies Noord-Holland en Zeeland",
            "gemeenten Urk, Den Helder en Vlissingen",
            "netbeheerder van het hoogspanningsnet",
            "NedZee Energie, branchevereniging voor wind op zee",
            "Coöperatie Kottervisserij Nederland",
            "Stichting Noordzee Natuur",
            "Havenbedrijf Rotterdam",
            "Koninklijke Vereniging van Nederlandse Reders",
            "Wageningen Marine Research",
            "Maritiem Onderzoeksinstituut Nederland",
            "Koninklijk Nederlands Instituut voor Zeeonderzoek",
        ),
    )),
    H2("Samenstelling raadscommissie"),
    P("prof. dr. ir. M.C. Oosterbaan (voorzitter), drs. A.E. Hofstede-Brink, dr. R. van der Meulen, ir. S.J. Kamp, "
      "mr. L.B. Tjalma. Projectleider: dr. J.H. de Vries. Projectmedewerkers: drs. E.M. Koning en ir. P.A. Dekker."),
)

REPORT = Document(
    title="Schaarse zee",
    subtitle="Advies over de ruimtelijke keuzes op de Noordzee tot 2040",
    blocks=SUMMARY + (PageBreak(),) + CHAPTER_1 + CHAPTER_2 + CHAPTER_3 + CHAPTER_4 + ANNEX,
    running_header="Adviesraad Leefomgeving en Ruimte  |  Schaarse zee",
    footer="{page}",
    font_family="serif",
    font_size=10.0,
    title_page=True,
    imprint=("Adviesraad Leefomgeving en Ruimte", "Den Haag, oktober 2025", "ALR-advies 2025/04"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV2 = ("Het kabinet houdt daarom vast aan het doel van 50 gigawatt in 2040 en ziet geen aanleiding om het tempo van "
       "de uitrol nu te herzien.")
EV1 = ("Het kabinet neemt de integrale afweging over, maar legt daarin geen vaste rangorde van functies vast, omdat "
       "de afweging per gebied en per periode verschilt.")
EV3B = ("Vanaf de tender voor kavel Doggersrand-Zuid in 2026 bevat elk kavelbesluit een voorschrift voor "
        "natuurinclusieve funderingen en erosiebescherming.")
EV3A = ("Ook wordt in elk nieuw windpark ten minste tien procent van het oppervlak gereserveerd voor passieve visserij "
        "en maricultuur, met vaste doorvaarcorridors voor kleine vissersschepen.")
EV3C = "Het kabinet neemt dit advies niet over."
EV4A = ("Voor de sanering van de kottervloot stelt de minister van LVVN 180 miljoen euro beschikbaar; de regeling "
        "wordt op 1 september 2026 opengesteld en is gericht op ongeveer een derde van de vloot.")
EV4C = ("Een afzonderlijk ruimtelijk visserijplan acht de minister niet nodig, omdat de visgronden al in het Programma "
        "Noordzee worden meegewogen en een apart plan tot dubbele procedures zou leiden.")
EV4B = ("De minister van LVVN gaat in overleg met de visserijsector, natuurorganisaties en de buurlanden verkennen in "
        "welke Natura 2000-gebieden aanvullende beperkingen voor bodemberoerende visserij haalbaar zijn.")
EV5 = ("De minister van Defensie acht het daarom niet opportuun om de oefen- en schietgebieden nu te herzien of "
       "gebieden vrij te geven.")
EV7 = "Het kabinet neemt dit advies over."
EV8 = ("Het bestaande Noordzeeloket wordt uitgebreid tot een register van alle vergunde en geplande activiteiten, met "
       "ligging, looptijd en voorwaarden; de eerste versie gaat op 1 juli 2026 online en wordt daarna elk kwartaal "
       "bijgewerkt.")
EV9 = ("De minister van IenW laat in 2026 een onafhankelijk onderzoek uitvoeren naar de voor- en nadelen van een "
       "Noordzeeautoriteit, waarbij ook de ervaringen in het Verenigd Koninkrijk en Denemarken worden betrokken.")
EV11 = ("Het kabinet stelt voor de periode 2026-2030 in totaal 40 miljoen euro beschikbaar voor de "
        "visserijgemeenschappen van Urk, Den Helder, Harlingen en Scheveningen, maar richt geen breder gebiedsfonds "
        "voor alle kustgemeenten op.")


def answer_cell(text: str, *answers: tuple[str, str, str]) -> Cell:
    return Cell(text, answers=tuple(Answer(n, pos, ev) for n, pos, ev in answers))


def stance(text: str) -> Cell:
    return Cell(text, bold=True)


TABLE_ROWS = (
    ("1",
     "Eén integrale ruimtelijke afweging in het Programma Noordzee 2028-2033, met een vaste rangorde van functies.",
     stance("Deels overnemen"),
     answer_cell(
         "Het Programma Noordzee 2028-2033 wordt opgezet als één integrale afweging voor windenergie, visserij, "
         "natuur, defensie, scheepvaart en zandwinning. " + EV1 + " Wel komt er een afwegingskader met criteria die "
         "bij elke ruimtelijke keuze op zee openbaar worden toegepast.",
         ("1", "partial", EV1))),
    ("3a en 3b",
     "Medegebruik en natuurinclusief bouwen als voorwaarde in kavelbesluiten en tenders.",
     stance("Overnemen"),
     answer_cell(
         EV3B + " " + EV3A + "\nDe minister van KGG past de tenderregeling daartoe in de loop van 2026 aan.",
         ("3a", "agree", EV3A), ("3b", "agree", EV3B))),
    ("3c",
     "Kosten van ecologische monitoring bij de exploitant; monitoringsgegevens binnen een jaar openbaar.",
     stance("Niet overnemen"),
     answer_cell(
         EV3C + " De ecologische monitoring bij windparken wordt sinds 2016 door het Rijk gefinancierd via het "
         "Monitoringsprogramma Natuur op Zee, en de gegevens uit dat programma zijn openbaar. Het doorbelasten van "
         "deze kosten aan exploitanten zou de tenders duurder maken zonder dat de kwaliteit van de monitoring "
         "verbetert.",
         ("3c", "disagree", EV3C))),
    ("4a en 4c",
     "Saneringsregeling voor kottervissers vóór 2027; ruimtelijk visserijplan tot 2050.",
     stance("Deels overnemen"),
     answer_cell(
         EV4A + " " + EV4C,
         ("4a", "agree", EV4A), ("4c", "disagree", EV4C))),
    ("4b",
     "Verbod op bodemberoerende visserij in alle beschermde natuurgebieden op zee vóór 2030.",
     stance("Overnemen"),
     answer_cell(
         "Het kabinet onderschrijft het belang van een betere bescherming van de zeebodem. " + EV4B + " Over de "
         "uitkomsten wordt uw Kamer in 2027 geïnformeerd.",
         ("4b", "partial", EV4B))),
    ("5",
     "Herziening van de militaire oefen- en schietgebieden; weinig gebruikte gebieden openstellen.",
     stance("Kennisnemen"),
     answer_cell(
         "De veiligheidssituatie in Europa is de afgelopen jaren ingrijpend veranderd, en de krijgsmacht zal de "
         "komende jaren eerder meer dan minder oefenruimte op zee nodig hebben. " + EV5 + " Waar het oefenen dat "
         "toelaat, blijft Defensie verzoeken om tijdelijk medegebruik per geval beoordelen.",
         ("5", "disagree", EV5))),
    ("6",
     "Beveiligingsplan voor infrastructuur op zee met vaste patrouillecapaciteit en structureel budget.",
     stance("Reeds ingezet"),
     Cell("Sinds 2023 werken Defensie, de Kustwacht, Rijkswaterstaat en de netbeheerder samen in het Programma "
          "Bescherming Noordzee-infrastructuur. In dat kader voeren de Kustwacht en de marine extra patrouilles uit, "
          "en is in 2024 een gezamenlijk meldpunt voor verdachte vaartuigen ingericht. Ook wisselen de landen rond de "
          "Noordzee via de NAVO informatie uit over dreigingen tegen onderzeese infrastructuur.")),
    ("7",
     "Tweede noodsleepboot in het noorden; veiligheidszones van ten minste twee zeemijl.",
     stance("Overnemen"),
     answer_cell(
         EV7 + " Vanaf 1 januari 2027 is bij Den Helder een tweede noodsleepboot permanent gestationeerd; de kosten "
         "van circa 9 miljoen euro per jaar zijn in de begroting van IenW opgenomen. In het Programma Noordzee "
         "2028-2033 wordt de veiligheidszone tussen windparken en de hoofdvaarroutes op ten minste twee zeemijl "
         "gesteld.",
         ("7", "agree", EV7))),
    ("8",
     "Openbaar digitaal register van alle activiteiten op de Noordzee (Rijkswaterstaat).",
     stance("Reeds ingezet"),
     answer_cell(
         "Rijkswaterstaat werkt al aan een beter overzicht van het ruimtegebruik op zee. " + EV8,
         ("8", "agree", EV8))),
    ("9",
     "Onderzoek naar een Noordzeeautoriteit; uitkomsten vóór 2027 naar de Tweede Kamer.",
     stance("Overnemen"),
     answer_cell(
         EV9 + " De uitkomsten worden vóór 1 december 2026 aan uw Kamer gestuurd.",
         ("9", "agree", EV9))),
    ("10",
     "Aanlandingslocaties en kabeltracés in de provinciale omgevingsverordeningen vóór 2028.",
     stance("Kennisnemen"),
     Cell("Dit advies is gericht aan de provincies. Het Interprovinciaal Overleg reageert namens de kustprovincies "
          "zelf op dit advies. Het Rijk blijft via het Programma Aansluiting Wind op Zee betrokken bij de keuze van "
          "de aanlandingslocaties.")),
    ("11",
     "Gebiedsfonds voor kustgemeenten en visserijgemeenschappen, 25 miljoen euro per jaar gedurende tien jaar.",
     stance("Deels overnemen"),
     answer_cell(
         EV11 + " Voor de bredere gevolgen aan de kust verwijst het kabinet naar de bestaande regionale "
         "investeringsprogramma's.",
         ("11", "partial", EV11))),
)

RESPONSE_BLOCKS = (
    P("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal"),
    P("Geachte voorzitter,"),
    P("Op 9 oktober 2025 heeft de Adviesraad Leefomgeving en Ruimte zijn advies ‘Schaarse zee’ uitgebracht over de "
      "ruimtelijke keuzes op de Noordzee tot 2040. Met deze brief bied ik u, mede namens de minister van Klimaat en "
      "Groene Groei, de minister van Landbouw, Visserij, Voedselzekerheid en Natuur en de minister van Defensie, de "
      "kabinetsreactie op dat advies aan. Het kabinet dankt de raad voor het zorgvuldige en heldere advies, dat op "
      "een goed moment komt: de voorbereiding van het Programma Noordzee 2028-2033 is in volle gang."),
    H2("De Noordzee in beweging"),
    P("De Noordzee verandert snel. Waar tien jaar geleden nog enkele windparken voor de kust stonden, wordt de zee nu "
      "in hoog tempo ingericht voor de productie van duurzame energie. Tegelijk staan de natuur en de visserij onder "
      "druk, en vraagt de veranderde veiligheidssituatie in Europa om meer aandacht voor de bescherming van kabels, "
      "leidingen en windparken."),
    P("Het kabinet deelt de analyse van de raad dat de ruimte op de Noordzee schaars wordt en dat keuzes tussen "
      "functies niet langer kunnen worden uitgesteld. Het kabinet herkent ook het beeld dat de afweging tussen "
      "functies nu te vaak in afzonderlijke besluiten plaatsvindt. De raad legt terecht de nadruk op de mensen die "
      "van de zee leven, en op de kustgemeenschappen die de gevolgen van de veranderingen het eerst merken."),
    H2("Het tempo van wind op zee"),
    P("De raad vraagt om het tempo van de uitrol van wind op zee na 2032 opnieuw te bepalen en het doel voor 2040 "
      "pas vast te leggen als duidelijk is hoeveel elektriciteit en waterstof van zee nodig is. Het kabinet herkent "
      "de onzekerheden die de raad beschrijft. De vraag van de industrie naar elektriciteit groeit langzamer dan "
      "eerder verwacht, en de markt voor groene waterstof komt moeizaam op gang."),
    P("Tegelijk vraagt de bouw van windparken, netverbindingen en havencapaciteit een voorbereiding van vele jaren. "
      "Leveranciers, installatiebedrijven en de netbeheerder hebben zekerheid nodig om in fabrieken, schepen en "
      "personeel te investeren; een doel dat telkens ter discussie staat, ondermijnt die zekerheid. " + EV2 + " De "
      "minister van Klimaat en Groene Groei informeert uw Kamer jaarlijks over de voortgang van de uitrol.",
      answers=(Answer("2", "disagree", EV2),)),
    H2("Reactie per advies"),
    P("In de bijlage bij deze brief geeft het kabinet per advies zijn reactie. De kolom ‘Standpunt kabinet’ vat "
      "die reactie samen; ‘Reeds ingezet’ betekent dat er al beleid loopt dat aansluit bij het onderwerp van het "
      "advies, ‘Kennisnemen’ dat het kabinet het advies voor kennisgeving aanneemt. Het advies over het tempo van "
      "de uitrol van wind op zee is niet in de tabel opgenomen; daarop ben ik hierboven ingegaan. De adviezen 3 en "
      "4 bestaan uit meerdere onderdelen, die in de tabel deels samen en deels afzonderlijk worden behandeld."),
    P("Het kabinet zal de adviezen van de raad betrekken bij het ontwerp van het Programma Noordzee 2028-2033, dat "
      "naar verwachting in het voorjaar van 2027 ter inzage wordt gelegd."),
    P("De minister van Infrastructuur en Waterstaat,"),
    P("ir. J.W. Holtrop-Verweij"),
    PageBreak(),
    H("Bijlage  Reactie per advies"),
    Table(
        header=("Advies", "Samenvatting advies", "Standpunt kabinet", "Toelichting"),
        rows=TABLE_ROWS,
        widths=(1.5, 3.3, 2.5, 6.0),
        font_size=9.0,
        rules="grid",
    ),
)

RESPONSE = Document(
    title="Kabinetsreactie op het advies ‘Schaarse zee’ van de Adviesraad Leefomgeving en Ruimte",
    subtitle="Ministerie van Infrastructuur en Waterstaat  |  Den Haag, 12 maart 2026  |  "
             "Kenmerk IENW/BSK-2026/48213",
    blocks=RESPONSE_BLOCKS,
    running_header="Kabinetsreactie ‘Schaarse zee’",
    footer="Pagina {page} van {pages}",
    font_family="sans",
    title_page=False,
)

PAIR = Pair(
    name="offshore_wind_spatial_council",
    report=REPORT,
    response=RESPONSE,
    description="Adviesraad Leefomgeving en Ruimte advice on North Sea spatial planning (serif, two columns, "
                "'Advies N' level-3 headings with dash items, lettered sub-points 3a-3c and 4a-4c; 15 "
                "recommendations) and the cabinet's letter with a grid table 'Advies | Samenvatting | Standpunt | "
                "Toelichting'; Advies 2 answered only in the letter, 6 and 10 not addressed.",
)
