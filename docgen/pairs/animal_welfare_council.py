"""Pair: a fictional Raad voor Dierwelzijn advice on long-distance livestock transport, and the LVVN minister's answer.

Layout traits this pair tests.  The report is sans with a title page and a running header; chapter 1 (introduction)
is full width and holds a lettered list "a./b./c." of the questions asked (not recommendations).  The analysis
chapters 2-6 are set in TWO columns; each ends in a level-2 heading "Aanbevelingen" with a LETTERED list whose gold
numbers are chapter-prefixed ids ("2a", "2b", ... "6b") while the printed label is only the letter.  Several items
are "lead sentence + explanatory sentence" (the brief asks for a bold lead, but the renderer cannot bold part of a
list item, so the lead is plain text; the gold text is the whole item).  A closing one-page "Overzicht van
aanbevelingen" repeats all fifteen in a grid table (Nr. | Aanbeveling, shortened); table rows cannot carry a
duplicate_of annotation, so they are plain table text and gold lists every recommendation once, at its chapter page.
In the rendered report (15 pages) item 3a breaks across the two columns, and in chapter 5 the lead-in "De Raad
beveelt aan:" ends the left column while the list starts the right one; list items are hyphenated inside columns.

The response is a letter of the minister of LVVN (letterhead, no title page) with an appendix after a page break,
"Bijlage: reactie per aanbeveling", a grid table Nr. | Aanbeveling (paraphrase) | Reactie.  The letter opens with
thanks and existing EU/NVWA policy (no position) and discusses three recommendations by subject under headings
"Transportduur", "Hitte", "Europese inzet"; for those the letter sentence decides (it is the more explicit one; the
table cell repeats the position briefly and is the second passage).  Seven cells open with a verdict, eight are prose.
The response is 5 pages; the appendix table runs over three pages with the header repeated.

Gold positions:
- 2a (4-hour domestic maximum, LNV): partial - letter: a legal maximum, but six hours instead of four.
- 2b (sector: fixed unloading slots): not addressed - "Dit is primair aan de sector." and passed on to branch bodies.
- 2c (ban on transporting calves < 4 weeks, LNV): disagree, polite - "acht ik niet opportuun" pending EU rules.
- 3a (national temperature limit, LNV): agree without cue word - letter: rule in force from 1 June 2026.
- 3b (mandatory real-time temperature sensors, LNV): partial - only "Ik verken ..." plus a pilot.
- 3c (slaughterhouses: shade and cooling at unloading): not addressed - cell only describes existing rules.
- 4a (double NVWA checks, LNV): agree without cue word - EUR 3.4 million, 18 inspectors, from 2026.
- 4b (NVWA uses GNSS data, LNV): agree - "Overgenomen."
- 4c (higher fines, LNV): disagree, blunt - "Niet overgenomen." with the 2024 fine revision as reason.
- 4d (IenW: ILT-NVWA data sharing): not addressed - passed on, the IenW minister writes her own letter.
- 5a (EU: eight-hour maximum, KABINET): agree - letter: Nederland pleit ... acht uur zonder uitzonderingen.
- 5b (stop export certificates for breeding cattle to third countries, LNV): disagree although the cell opens with
  "Overgenomen." - that verdict covers only the analysis; the cell then says the stop will not be introduced.  Per
  the label definitions (agreeing with the analysis is not agreeing with the measure) this is disagree.
- 5c (NVWA checks route plans for feasibility, LNV): agree - "Overgenomen."
- 6a (mandatory yearly training for drivers, LNV + sector): partial - "Gedeeltelijk overgenomen." (module yes,
  obligation no).
- 6b (slaughterhouses register dead/injured animals, report to NVWA, LNV): agree - "Overgenomen."
Odd: verdict-only evidence sentences ("Overgenomen.") are one word long.  All prose is fictional and written for
this test set.
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


def rec(number: str, text: str, *departments: str) -> ListItem:
    return ListItem(text, recommendation=Recommendation(number, tuple(departments)))


def lettered(*items: ListItem) -> ItemList:
    return ItemList(items=tuple(items), style="a.")


def bullets(*texts: str) -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style="•")


def reply(text: str, *answers: tuple[str, str, str]) -> Cell:
    return Cell(text, answers=tuple(Answer(n, pos, ev) for n, pos, ev in answers))


# --------------------------------------------------------------------------------------------------------------
# Recommendation texts (as printed in the chapters)
# --------------------------------------------------------------------------------------------------------------

REC = {
    "2a": "Beperk de transportduur van slachtdieren binnen Nederland tot ten hoogste vier uur. De Raad vraagt de "
          "minister van LVVN dit maximum vast te leggen in het Besluit houders van dieren; vrijwel alle slachthuizen "
          "liggen binnen vier uur rijden van de bedrijven die hen beleveren.",
    "2b": "Transporteurs en slachthuizen: werk met vaste aanvoertijden, zodat dieren na aankomst bij het slachthuis "
          "niet langer dan een uur in de wagen wachten voordat zij worden uitgeladen.",
    "2c": "Verbied het vervoer van kalveren jonger dan vier weken over een afstand van meer dan honderd kilometer. De "
          "minister van LVVN kan dit verbod nationaal regelen voor alle transporten die in Nederland beginnen, "
          "vooruitlopend op Europese regels.",
    "3a": "Stel een landelijke temperatuurgrens vast voor transport over lange afstand. Transporten van meer dan acht "
          "uur vertrekken niet als de verwachte temperatuur op de route boven 30 °C uitkomt; bij een verwachte "
          "temperatuur tussen 25 en 30 °C wordt alleen 's nachts gereden.",
    "3b": "Verplicht het gebruik van temperatuursensoren in de laadruimte van veewagens die hun meetgegevens tijdens "
          "de rit direct doorgeven aan de NVWA.",
    "3c": "Slachthuizen: richt de losplaats en de wachtstallen zo in dat dieren bij warm weer in de schaduw staan en "
          "worden gekoeld met ventilatie of vernevelingsinstallaties.",
    "4a": "Verdubbel het aantal controles op transporten over lange afstand. De NVWA controleert nu vooral bij "
          "vertrek; de Raad vraagt de minister van LVVN ervoor te zorgen dat de extra controles vooral onderweg en "
          "bij aankomst plaatsvinden.",
    "4b": "NVWA: gebruik de navigatiegegevens (GNSS) van veewagens om na afloop van een transport te controleren of "
          "de rij-, rust- en drinktijden zijn nageleefd.",
    "4c": "Verhoog de boetes voor overtredingen van de regels voor dierentransport en laat de hoogte sterker afhangen "
          "van de ernst van de overtreding en van herhaling.",
    "4d": "Minister van Infrastructuur en Waterstaat: zorg dat de ILT gegevens over de rij- en rusttijden van "
          "chauffeurs van veewagens structureel kan delen met de NVWA, en regel daarvoor zo nodig een wettelijke "
          "grondslag.",
    "5a": "Zet als Nederlandse regering in Brussel in op een maximale reisduur van acht uur. In de onderhandelingen "
          "over de herziening van de Europese transportverordening moet die grens gelden voor alle "
          "landbouwhuisdieren, zonder uitzonderingen voor 'verbeterde' voertuigen of voor transport per schip.",
    "5b": "Geef geen exportcertificaten meer af voor transporten van fokvee naar landen buiten de Europese Unie "
          "waarvan de reis langer dan acht uur duurt of waarvan het deel van de route buiten de Unie niet te "
          "controleren is.",
    "5c": "NVWA: toets ieder routeplan voor transport naar een derde land vooraf op haalbaarheid, met actuele "
          "reistijden, wachttijden aan de grens en beschikbare rustplaatsen, en keur onrealistische planningen af.",
    "6a": "Maak bijscholing in dierwelzijn verplicht voor chauffeurs van veewagens. De minister van LVVN en de "
          "sector ontwikkelen samen een jaarlijkse, praktijkgerichte module; het volgen ervan wordt een voorwaarde "
          "voor verlenging van het getuigschrift van vakbekwaamheid.",
    "6b": "Verplicht slachthuizen om dieren die dood, gewond of uitgeput aankomen per transport te registreren en "
          "deze gegevens maandelijks aan de NVWA te leveren.",
}

DEPARTMENTS = {
    "2a": ("LNV",), "2b": ("OTHER",), "2c": ("LNV",),
    "3a": ("LNV",), "3b": ("LNV",), "3c": ("OTHER",),
    "4a": ("LNV",), "4b": ("LNV",), "4c": ("LNV",), "4d": ("IenW",),
    "5a": ("KABINET",), "5b": ("LNV",), "5c": ("LNV",),
    "6a": ("LNV", "OTHER"), "6b": ("LNV",),
}


def recs(*numbers: str) -> ItemList:
    return lettered(*(rec(n, REC[n], *DEPARTMENTS[n]) for n in numbers))


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H("Voorwoord"),
    P("Ieder jaar worden in Nederland miljoenen landbouwhuisdieren over de weg vervoerd: biggen naar "
      "vleesvarkenshouderijen in Duitsland, Spanje en Polen, jonge kalveren uit Ierland en de Baltische staten naar "
      "Nederlandse vleeskalverhouderijen, uitgestoten melkkoeien naar het slachthuis en fokvee naar bestemmingen ver "
      "buiten Europa. Voor de meeste dieren is de reis kort en verloopt zij zonder problemen. Voor een kleiner, maar "
      "niet verwaarloosbaar deel duurt de reis een dag of langer, staan dieren uren stil aan een grens of in de zon op "
      "een parkeerplaats, en komen zij uitgeput, uitgedroogd of gewond aan."),
    P("De minister van Landbouw, Visserij, Voedselzekerheid en Natuur vroeg de Raad in januari 2025 om te adviseren "
      "over de vraag hoe het welzijn van dieren tijdens transport over lange afstand beter kan worden beschermd, en "
      "welke ruimte Nederland daarvoor heeft naast de Europese regels. De Raad sprak met transporteurs, chauffeurs, "
      "veehouders, slachthuizen, dierenartsen, toezichthouders van de NVWA en de Inspectie Leefomgeving en Transport, "
      "wetenschappers en dierenbeschermingsorganisaties. Twee leden van de Raad reisden bovendien mee met een "
      "veewagen: een keer met vleesvarkens naar Noord-Italië en een keer met drachtige vaarzen naar de "
      "Bulgaars-Turkse grens."),
    P("De titel van dit advies vat onze boodschap samen. Voor een dier in een veewagen telt ieder uur: ieder uur "
      "zonder voldoende water, ieder uur in een laadruimte van boven de dertig graden, ieder uur wachten op een "
      "losplaats. De regels gaan uit van maxima die in de praktijk zelden knellen, terwijl het leed juist zit in de "
      "uren die niemand registreert. Wij hopen dat dit advies helpt om die uren zichtbaar te maken en terug te "
      "dringen."),
    P("Wij danken iedereen die zijn kennis en ervaring met ons heeft gedeeld, in het bijzonder de chauffeurs die ons "
      "toelieten in hun cabine en ons lieten zien hoe zwaar en verantwoordelijk hun werk is."),
    P("Prof. dr. M.E. Haverkamp, voorzitter van de Raad voor Dierwelzijn"),
    P("Drs. T.A. Bouwmeester, secretaris"),
    PageBreak(),
    H("Samenvatting"),
    P("Transport is voor landbouwhuisdieren een van de meest belastende momenten in hun leven. Dieren worden "
      "gevangen, geladen, gemengd met onbekende soortgenoten en blootgesteld aan trillingen, lawaai, hitte of kou. "
      "Hoe langer de reis, hoe groter de kans op uitdroging, uitputting, verwondingen en sterfte. De Europese "
      "transportverordening uit 2005 stelt grenzen, maar die grenzen zijn ruim en de naleving ervan is moeilijk te "
      "controleren, zeker wanneer een reis de grenzen van de Unie overschrijdt."),
    P("De Raad concludeert dat Nederland meer kan doen dan het nu doet. Binnen Nederland zijn de afstanden zo klein "
      "dat een strengere nationale grens voor slachtdieren weinig kost. Bij hitte ontbreekt een heldere norm: de "
      "beslissing om te vertrekken ligt nu geheel bij de transporteur. Het toezicht van de NVWA richt zich vooral op "
      "het moment van vertrek, terwijl de problemen zich onderweg en bij aankomst voordoen. Voor export naar landen "
      "buiten de Unie worden routeplannen goedgekeurd die op papier kloppen maar in de praktijk niet haalbaar zijn. "
      "En de kennis van chauffeurs en de verantwoordelijkheid van slachthuizen worden onvoldoende benut."),
    P("De Raad doet vijftien aanbevelingen. Zij staan aan het eind van de hoofdstukken 2 tot en met 6 en zijn "
      "achterin dit advies samengevat. Ze zijn gericht aan de minister van LVVN, de NVWA, de minister van "
      "Infrastructuur en Waterstaat, transporteurs en slachthuizen, en aan de Nederlandse regering in haar Europese "
      "rol. De belangrijkste: een maximale transportduur van vier uur voor slachtdieren binnen Nederland, een "
      "landelijke temperatuurgrens, een verdubbeling van het toezicht met het zwaartepunt onderweg, en een Nederlandse "
      "inzet in Brussel voor een Europese grens van acht uur."),
    PageBreak(),
    H("1 Inleiding"),
    H2("Aanleiding en adviesvraag"),
    P("Beelden van uitgedroogde runderen in veewagens aan de Turkse grens, van biggen die bij 35 graden uren stilstaan "
      "in een file, en van kalveren die na een reis van dertig uur nauwelijks kunnen staan, hebben de afgelopen jaren "
      "herhaaldelijk tot maatschappelijke verontwaardiging en Kamervragen geleid. Tegelijk heeft de Europese "
      "Commissie in december 2023 een voorstel gedaan voor een nieuwe transportverordening, waarover de "
      "onderhandelingen in de Raad en het Europees Parlement nog lopen."),
    P("Tegen die achtergrond vroeg de minister van LVVN de Raad om advies over drie vragen:"),
    ItemList(style="a.", items=(
        ListItem("Waar ontstaan bij het transport van landbouwhuisdieren over lange afstand de grootste risico's voor "
                 "het dierwelzijn?"),
        ListItem("Welke ruimte heeft Nederland om binnen de Europese kaders aanvullende nationale maatregelen te "
                 "nemen, en welke maatregelen zijn doeltreffend en uitvoerbaar?"),
        ListItem("Waarop zou Nederland zich in de Europese onderhandelingen over de nieuwe transportverordening "
                 "moeten richten?"),
    )),
    H2("Afbakening"),
    P("Dit advies gaat over het vervoer van runderen, varkens, schapen, geiten en pluimvee voor commerciële "
      "doeleinden. Onder 'lange afstand' verstaat de Raad, in navolging van de verordening, een reis van meer dan "
      "acht uur; waar het gaat om transport binnen Nederland kijkt de Raad ook naar kortere reizen, omdat daar de "
      "ruimte voor nationale regels het grootst is."),
    H2("Werkwijze"),
    P("De Raad analyseerde de inspectiegegevens van de NVWA over de jaren 2020 tot en met 2024, de jaarverslagen van "
      "de ILT over rij- en rusttijden en de wetenschappelijke literatuur, waaronder het advies van de Europese "
      "Autoriteit voor Voedselveiligheid over het welzijn van dieren tijdens transport. Daarnaast voerde de Raad "
      "ruim veertig gesprekken en twee meereizen uit, en organiseerde hij een expertbijeenkomst met vertegenwoordigers "
      "van de sector, de toezichthouders en de wetenschap.",
      footnotes=("Een lijst van geraadpleegde organisaties is opgenomen in de verantwoording achter in dit advies.",)),
    H2("Leeswijzer"),
    P("De hoofdstukken 2 tot en met 6 bevatten de analyse, telkens per thema: transportduur en rusttijden (hoofdstuk "
      "2), hitte en klimaat in de laadruimte (hoofdstuk 3), toezicht en handhaving (hoofdstuk 4), export naar landen "
      "buiten de Unie en de Europese herziening (hoofdstuk 5), en vakmanschap en verantwoordelijkheid in de keten "
      "(hoofdstuk 6). Elk van deze hoofdstukken sluit af met aanbevelingen. Zij zijn per hoofdstuk met een letter "
      "aangeduid; in het overzicht achterin dragen zij het hoofdstuknummer en de letter, bijvoorbeeld 3b. Hoofdstuk 7 "
      "bevat enkele slotopmerkingen."),

    # ---------------------------------------------------------------------------------------------- chapter 2
    PageBreak(),
    H("2 Transportduur en rusttijden"),
    Columns(blocks=(
        H2("Het wettelijk kader"),
        P("De Europese transportverordening staat toe dat varkens tot 24 uur onafgebroken worden vervoerd, mits zij "
          "permanent toegang hebben tot drinkwater. Voor runderen, schapen en geiten geldt een schema van veertien "
          "uur rijden, een uur rust in de wagen en opnieuw veertien uur rijden, waarna de dieren ten minste 24 uur "
          "moeten worden uitgeladen in een erkende controlepost. Voor niet-gespeende kalveren geldt een schema van "
          "negen uur, een uur rust en opnieuw negen uur. Na de rustperiode in de controlepost kan het schema worden "
          "herhaald, zodat een reis in theorie dagen kan duren.",
          footnotes=("Verordening (EG) nr. 1/2005 van de Raad van 22 december 2004 inzake de bescherming van dieren "
                     "tijdens het vervoer, bijlage I, hoofdstuk V.",)),
        P("Deze schema's gelden alleen voor voertuigen die voldoen aan de aanvullende eisen voor lang transport, zoals "
          "mechanische ventilatie, een drinkwatersysteem, verplaatsbare tussenschotten en een systeem voor "
          "temperatuurregistratie. Voor andere veewagens geldt een maximum van acht uur. Vrijwel alle wagens die "
          "Nederland verlaten voor een buitenlandse bestemming hebben zo'n goedkeuring."),
        P("Lidstaten mogen voor transporten die geheel op hun eigen grondgebied plaatsvinden een kortere maximale "
          "duur vaststellen. Enkele lidstaten hebben dat gedaan. Nederland heeft van die mogelijkheid tot nu toe geen "
          "gebruikgemaakt: binnenlandse transporten van slachtdieren vallen onder dezelfde ruime Europese termijnen "
          "als een rit naar Zuid-Europa."),
        H2("Wat de Raad aantrof"),
        P("Binnen Nederland zijn de afstanden klein. Uit de inspectiegegevens van de NVWA blijkt dat ruim negen op de "
          "tien transporten van slachtdieren binnen twee uur zijn afgerond. Toch trof de Raad een staart van langere "
          "transporten aan, vooral bij uitgestoten melkkoeien en zeugen die via verzamelcentra en handelaren soms een "
          "halve dag onderweg zijn voordat zij een slachthuis bereiken. Juist deze dieren zijn vaak kwetsbaar: een "
          "koe aan het einde van haar productieve leven heeft regelmatig klauwproblemen, een lage conditie of een "
          "ontstoken uier."),
        P("Een tweede punt is de tijd die dieren doorbrengen op het terrein van het slachthuis. De transportduur "
          "eindigt volgens de verordening pas als het laatste dier is uitgeladen, maar in de administratie wordt "
          "meestal het tijdstip van aankomst genoteerd. Chauffeurs vertelden de Raad dat wachttijden van twee tot drie "
          "uur bij grote slachthuizen op drukke dagen geen uitzondering zijn. In die tijd staat de wagen stil, valt "
          "de ventilatie door de rijwind weg en loopt bij warm weer de temperatuur in de laadruimte snel op. De NVWA "
          "registreert deze wachttijden niet systematisch."),
        P("Voor kalveren is de situatie anders. Nederland voert jaarlijks enkele honderdduizenden jonge kalveren in, "
          "vooral uit Ierland, Duitsland en de Baltische staten, en vervoert daarnaast kalveren van Nederlandse "
          "melkveebedrijven naar verzamelcentra en vleeskalverhouderijen. Kalveren van twee tot vier weken oud hebben "
          "een onvolgroeid afweersysteem, kunnen hun lichaamstemperatuur slecht regelen en zijn afhankelijk van melk, "
          "die onderweg in de praktijk niet wordt gegeven. De wetenschappers die de Raad raadpleegde, zijn het erover "
          "eens dat vervoer van zulke jonge dieren over lange afstand niet te verenigen is met hun fysiologische "
          "behoeften."),
        H2("Beoordeling"),
        P("De Raad is van oordeel dat de Europese maxima voor transport binnen Nederland geen betekenisvolle "
          "bescherming bieden. Zij liggen zo ver boven de feitelijke reistijden dat zij nooit knellen, ook niet voor "
          "de transporten die onnodig lang duren omdat dieren via meerdere tussenstations worden verhandeld. Een "
          "nationaal maximum van vier uur sluit aan bij de bestaande praktijk van de meeste bedrijven en dwingt alleen "
          "de ketens met lange omwegen tot aanpassing. De Raad heeft nagegaan of het aantal slachthuizen voor runderen "
          "en varkens toereikend is om zo'n grens overal in het land haalbaar te maken; dat is het geval, al moeten "
          "enkele bedrijven in het noorden van het land hun afzet anders organiseren."),
        P("Wachttijden bij het slachthuis zijn in de eerste plaats een kwestie van planning tussen transporteur en "
          "slachthuis. De Raad ziet hier een verantwoordelijkheid voor de sector zelf. Enkele slachthuizen werken al "
          "met tijdvakken waarin een transporteur mag aankomen, en laten zien dat wachttijden dan tot enkele minuten "
          "kunnen worden teruggebracht. Regelgeving is in de ogen van de Raad niet nodig als de sector zulke "
          "afspraken algemeen maakt en nakomt."),
        P("Voor jonge kalveren vindt de Raad dat Nederland niet hoeft te wachten op Brussel. Het voorstel van de "
          "Europese Commissie legt de minimumleeftijd voor transport op vijf weken, maar het is onzeker of en wanneer "
          "die grens wordt aangenomen. Een nationaal verbod op transport van kalveren jonger dan vier weken over meer "
          "dan honderd kilometer is juridisch mogelijk voor transporten die in Nederland beginnen en raakt vooral de "
          "handel via verzamelcentra, waar de meeste risico's zich voordoen."),
        H2("Aanbevelingen"),
        P("De Raad beveelt aan:"),
        recs("2a", "2b", "2c"),
    )),

    # ---------------------------------------------------------------------------------------------- chapter 3
    PageBreak(),
    H("3 Hitte en klimaat in de laadruimte"),
    Columns(blocks=(
        H2("Het probleem"),
        P("Landbouwhuisdieren kunnen hun warmte slecht kwijt. Varkens hebben vrijwel geen zweetklieren, en runderen en "
          "schapen zijn door hun grote lichaamsmassa en hun vacht op kou beter toegerust dan op hitte. In een volle "
          "laadruimte produceren de dieren zelf veel warmte en vocht. Bij een buitentemperatuur van 30 °C kan de "
          "temperatuur in een stilstaande wagen binnen een half uur oplopen tot boven de 35 °C. Hittestress leidt tot "
          "hijgen, uitdroging, verlies van bewustzijn en in het ergste geval tot sterfte."),
        P("De verordening schrijft voor dat de ventilatiesystemen van wagens voor lang transport een temperatuur "
          "tussen 5 en 30 °C in de laadruimte moeten kunnen handhaven, met een marge van 5 °C. In de praktijk is die "
          "norm bij hoge buitentemperaturen niet haalbaar: geen enkel ventilatiesysteem kan de binnentemperatuur "
          "onder de buitentemperatuur brengen. De norm zegt dus vooral iets over de uitrusting van de wagen, niet over "
          "de omstandigheden waaronder mag worden gereden."),
        H2("Wat de Raad aantrof"),
        P("De NVWA hanteert sinds 2019 een hitteprotocol. Bij een verwachte temperatuur boven 27 °C vraagt de NVWA "
          "transporteurs om extra ruimte per dier, en bij temperaturen boven 30 °C wordt bij vertrek strenger "
          "gecontroleerd. Het protocol is echter geen verbod: of een transport doorgaat, beslist de transporteur. "
          "Gesprekspartners uit de sector gaven aan dat zij bij hitte liever 's nachts rijden, maar dat dit niet "
          "altijd "
          "past in de planning van slachthuizen en afnemers in het buitenland.",
          footnotes=("NVWA, Werkinstructie transport bij hoge temperaturen (hitteprotocol), laatst gewijzigd in "
                     "2023.",)),
        P("Van de overtredingen die de NVWA tussen 2020 en 2024 bij langeafstandstransporten vaststelde, hing ruim een "
          "kwart samen met temperatuur: te weinig ruimte bij warm weer, defecte ventilatie of ontbrekende "
          "temperatuurgegevens. De temperatuurregistratie die de verordening voorschrijft, wordt alleen achteraf en "
          "steekproefsgewijs gecontroleerd, vaak weken na het transport. Voor de dieren in die wagen komt het toezicht "
          "dan te laat."),
        P("Ook bij aankomst gaat het mis. Op warme dagen staan wagens bij sommige slachthuizen in de volle zon te "
          "wachten, en niet alle wachtstallen zijn voorzien van ventilatie of verneveling. Andere slachthuizen hebben "
          "hun losplaats overkapt en laten zien dat het ook anders kan."),
        H2("Beoordeling"),
        P("De Raad acht het niet verantwoord dat de beslissing om bij hitte te vertrekken uitsluitend bij de "
          "transporteur ligt, die onder commerciële druk staat. Een heldere, vooraf bekende temperatuurgrens biedt "
          "duidelijkheid aan transporteurs, afnemers en toezichthouders. Zo'n grens is voor transporten die in "
          "Nederland beginnen mogelijk, omdat zij invulling geeft aan de algemene verplichting uit de verordening om "
          "dieren niet te vervoeren onder omstandigheden die hun letsel of onnodig lijden kunnen berokkenen."),
        P("Daarnaast moet het toezicht op temperatuur verschuiven van achteraf naar tijdens de rit. De techniek "
          "daarvoor bestaat: veel wagens zijn al uitgerust met sensoren die gegevens via het mobiele netwerk "
          "doorsturen naar de planner van de transporteur. Als die gegevens ook beschikbaar komen voor de NVWA, kan "
          "de toezichthouder ingrijpen zolang de dieren nog onderweg zijn."),
        H2("Aanbevelingen"),
        P("De Raad beveelt aan:"),
        recs("3a", "3b", "3c"),
    )),

    # ---------------------------------------------------------------------------------------------- chapter 4
    PageBreak(),
    H("4 Toezicht en handhaving"),
    Columns(blocks=(
        H2("Hoe het toezicht is ingericht"),
        P("De NVWA is in Nederland verantwoordelijk voor het toezicht op het welzijn van dieren tijdens transport. Zij "
          "keurt voertuigen en routeplannen goed, controleert bij het laden op het bedrijf van herkomst en "
          "verzamelcentra, en houdt toezicht bij slachthuizen. Voor transporten naar andere lidstaten en derde landen "
          "geeft de NVWA de vereiste certificaten af. De ILT houdt toezicht op de rij- en rusttijden van chauffeurs "
          "en op de technische staat van voertuigen, ook van veewagens."),
        P("Het toezicht op dierentransport concentreert zich bij vertrek. In 2024 voerde de NVWA ongeveer vijfhonderd "
          "controles uit op langeafstandstransporten; ruim acht op de tien daarvan vonden plaats tijdens het laden. "
          "Controles onderweg, samen met de politie of de ILT, zijn schaars: de Raad telde er in 2024 minder dan "
          "vijftig. Controles bij aankomst van transporten uit het buitenland vinden vrijwel alleen plaats bij "
          "slachthuizen."),
        H2("Wat de Raad aantrof"),
        P("Uit de inspectiegegevens blijkt dat de overtredingen die bij vertrek worden vastgesteld vooral "
          "administratief van aard zijn: een onvolledig routeplan of een ontbrekend document. De overtredingen die het "
          "dierwelzijn het meest raken, zoals te lange rijtijden, overslaan van drinkmomenten en te weinig ruimte na "
          "bijladen onderweg, zijn bij vertrek niet te zien. Zij komen alleen aan het licht als er onderweg of bij "
          "aankomst wordt gecontroleerd, of als achteraf de gegevens van het voertuig worden uitgelezen."),
        P("Moderne veewagens registreren hun positie continu via satellietnavigatie. De verordening verplicht wagens "
          "voor lang transport tot zo'n navigatiesysteem, maar de NVWA gebruikt de gegevens nauwelijks: zij worden "
          "alleen opgevraagd bij een concreet vermoeden van een overtreding. Inspecteurs gaven aan dat het uitlezen en "
          "vergelijken van de gegevens met het routeplan veel handwerk vraagt, waarvoor geen capaciteit is."),
        P("De ILT beschikt via de tachograaf over gedetailleerde gegevens over de rij- en rusttijden van chauffeurs. "
          "Omdat rusttijden van chauffeurs en rusttijden van dieren in de praktijk vaak samenvallen, zijn deze "
          "gegevens ook voor het toezicht op dierwelzijn van grote waarde. De ILT en de NVWA wisselen ze echter niet "
          "structureel uit; volgens beide diensten ontbreekt daarvoor een duidelijke wettelijke grondslag."),
        P("Wanneer de NVWA een overtreding vaststelt, volgt meestal een waarschuwing of een bestuurlijke boete. De "
          "boetes voor de meest voorkomende overtredingen liggen tussen de 500 en 1.500 euro. Verschillende "
          "gesprekspartners, ook uit de sector zelf, noemden deze bedragen laag in verhouding tot de opbrengst van een "
          "transport en tot de kosten van naleving, zoals een extra chauffeur of een extra rustperiode."),
        H2("Beoordeling"),
        P("De Raad concludeert dat het toezicht op de verkeerde plek staat. Door het zwaartepunt bij vertrek te "
          "leggen, "
          "ziet de NVWA vooral wat op papier misgaat en veel minder wat onderweg met de dieren gebeurt. Meer controles "
          "zijn nodig, maar vooral controles op andere momenten. Digitale gegevens van voertuigen en tachografen "
          "kunnen het toezicht bovendien veel effectiever maken zonder dat iedere controle fysiek hoeft plaats te "
          "vinden."),
        P("Een hogere pakkans moet gepaard gaan met sancties die werkelijk afschrikken. De Raad vindt dat de hoogte "
          "van de boetes in verhouding moet staan tot het economisch voordeel van de overtreding en tot het leed dat "
          "dieren wordt aangedaan, en dat herhaling zwaarder moet worden bestraft dan nu het geval is."),
        H2("Aanbevelingen"),
        P("De Raad beveelt aan:"),
        recs("4a", "4b", "4c", "4d"),
    )),

    # ---------------------------------------------------------------------------------------------- chapter 5
    PageBreak(),
    H("5 Export buiten de Unie en de Europese herziening"),
    Columns(blocks=(
        H2("Transport naar derde landen"),
        P("Nederland exporteert jaarlijks enkele duizenden stuks fokvee, vooral drachtige vaarzen, naar landen buiten "
          "de Europese Unie, onder meer in Noord-Afrika, het Midden-Oosten en Centraal-Azië. Het gaat om een klein "
          "deel "
          "van de totale veehandel, maar om de langste en meest risicovolle reizen: een rit naar een bestemming "
          "voorbij de Turkse grens duurt al snel vier tot zes dagen."),
        P("Voor deze transporten geeft de NVWA een exportcertificaat af nadat zij het routeplan heeft goedgekeurd. Het "
          "Europese Hof van Justitie heeft in 2015 bepaald dat de verordening van toepassing blijft op het deel van de "
          "reis buiten de Unie, en dat de bevoegde autoriteit van vertrek moet nagaan of het routeplan realistisch is "
          "en naleving van de regels ook na de buitengrens aannemelijk is.",
          footnotes=("HvJ EU 23 april 2015, zaak C-424/13 (Zuchtvieh-Export).",)),
        H2("Wat de Raad aantrof"),
        P("De meereis van de Raad naar de Bulgaars-Turkse grens illustreert het probleem. Het routeplan ging uit van "
          "een wachttijd van vier uur aan de grens; in werkelijkheid stond de wagen ruim 26 uur stil, in een rij met "
          "tientallen andere veewagens, zonder mogelijkheid om de dieren uit te laden. Volgens chauffeurs en "
          "dierenartsen in het grensgebied zijn zulke wachttijden in de zomer eerder regel dan uitzondering."),
        P("Routeplannen worden door de NVWA beoordeeld op volledigheid en op de vraag of de geplande tijden binnen de "
          "wettelijke maxima blijven. Of de geplande rij- en wachttijden realistisch zijn, wordt niet getoetst. Ook is "
          "voor veel routes onduidelijk of de opgegeven rustplaatsen buiten de Unie bestaan en geschikt zijn voor het "
          "uitladen van runderen. De NVWA kan na afloop van de reis nauwelijks nagaan hoe het de dieren is vergaan: "
          "terugmeldingen van de bestemming ontbreken vaak of zijn onvolledig."),
        P("Enkele lidstaten hebben de export van levende dieren naar derde landen over lange afstand beperkt of "
          "stopgezet. "
          "Andere lidstaten hebben aangegeven dat zij zo'n stap in strijd achten met het vrije verkeer van goederen of "
          "met internationale handelsafspraken. Het juridische beeld is niet eenduidig; de Raad heeft laten "
          "onderzoeken of een nationale stop op de afgifte van certificaten mogelijk is en concludeert dat daarvoor "
          "een goed onderbouwde dierwelzijnsgrond nodig is, die voor deze transporten naar zijn oordeel aanwezig is."),
        H2("De Europese herziening"),
        P("In december 2023 presenteerde de Europese Commissie een voorstel voor een nieuwe transportverordening. Het "
          "voorstel beperkt de reisduur voor slachtdieren tot negen uur, stelt voor andere dieren maxima van 21 uur "
          "met verplichte rustperiodes, verhoogt de minimumleeftijd voor het vervoer van kalveren en introduceert "
          "temperatuurgrenzen en digitale registratie. Tegelijk bevat het voorstel uitzonderingen, onder meer voor "
          "transport per schip en voor voertuigen die aan verhoogde eisen voldoen."),
        P("Naar het oordeel van de Raad is het voorstel een belangrijke stap, maar gaan de uitzonderingen te ver. "
          "Zij maken het mogelijk dat dieren in de praktijk nog steeds dagen onderweg zijn. De wetenschappelijke "
          "literatuur wijst erop dat het risico op welzijnsproblemen na ongeveer acht uur transport sterk toeneemt, "
          "ongeacht de kwaliteit van het voertuig."),
        H2("Beoordeling"),
        P("De Raad vindt dat Nederland in Europa een duidelijke en ambitieuze inzet moet kiezen. Nederland is een van "
          "de grootste exporteurs van levende dieren binnen de Unie en heeft daarmee zowel een bijzondere "
          "verantwoordelijkheid als invloed. Voor de export naar derde landen kan Nederland niet wachten op de "
          "uitkomst van de onderhandelingen: de risico's zijn nu al bekend en de Raad ziet geen mogelijkheid om ze met "
          "het huidige toezicht voldoende te beheersen."),
        H2("Aanbevelingen"),
        P("De Raad beveelt aan:"),
        recs("5a", "5b", "5c"),
    )),

    # ---------------------------------------------------------------------------------------------- chapter 6
    PageBreak(),
    H("6 Vakmanschap en verantwoordelijkheid in de keten"),
    Columns(blocks=(
        H2("De chauffeur"),
        P("De chauffeur is de enige persoon die de dieren tijdens de hele reis ziet. Hij of zij ziet als eerste of een "
          "dier ziek wordt en moet ingrijpen als het misgaat. De verordening vereist dat chauffeurs van veewagens "
          "een getuigschrift "
          "van vakbekwaamheid hebben, dat zij verkrijgen na een cursus en een examen. Een verplichting tot "
          "bijscholing bestaat niet: wie eenmaal het getuigschrift heeft, hoeft daarna geen kennis meer bij te "
          "houden."),
        P("In de gesprekken van de Raad viel op hoeveel praktijkkennis chauffeurs hebben, en hoe verschillend die "
          "kennis is. Ervaren chauffeurs vertelden hoe zij aan het gedrag van varkens zien dat het in de laadruimte "
          "te warm wordt. Anderen, vaak met een korter dienstverband en soms uit andere lidstaten, kenden de "
          "basisregels "
          "over drinkmomenten en ruimte per dier maar half."),
        H2("Het slachthuis"),
        P("Het slachthuis is voor de meeste dieren het eindpunt van de reis, en daarmee de plek waar de gevolgen van "
          "het transport het best zichtbaar zijn. De officiële dierenarts beoordeelt de dieren bij aankomst en meldt "
          "ernstige misstanden aan de NVWA. Maar dieren die dood aankomen, kreupel zijn of uitgeput, worden niet "
          "systematisch per transport geregistreerd. Daardoor kan niemand nagaan welke transporteurs, routes of "
          "herkomstbedrijven structureel slechter presteren dan andere."),
        P("Enkele grote slachthuizen houden zulke gegevens wel bij voor hun eigen kwaliteitssystemen en gebruiken ze "
          "in "
          "gesprekken met leveranciers. Zij lieten de Raad zien dat een klein aantal transporten verantwoordelijk is "
          "voor een groot deel van de sterfte en het letsel."),
        H2("Beoordeling"),
        P("De Raad ziet vakmanschap als de basis van goed dierentransport. Geen regel of controle kan een chauffeur "
          "vervangen die weet wat dieren nodig hebben en die de ruimte krijgt om daarnaar te handelen. Regelmatige "
          "bijscholing hoort daarom even vanzelfsprekend te zijn als de vakbekwaamheidseisen voor chauffeurs in het "
          "personen- en goederenvervoer. De sector kan zo'n module het best zelf vormgeven, maar alleen een "
          "verplichting zorgt ervoor dat zij iedereen bereikt."),
        P("Slachthuizen kunnen een veel grotere rol spelen in het toezicht dan nu. Een systematische registratie van "
          "dieren die dood, gewond of uitgeput aankomen, gekoppeld aan het transport, geeft de NVWA een scherp beeld "
          "van waar de risico's liggen en maakt risicogericht toezicht mogelijk."),
        H2("Aanbevelingen"),
        P("De Raad beveelt aan:"),
        recs("6a", "6b"),
    )),

    # ---------------------------------------------------------------------------------------------- chapter 7
    PageBreak(),
    H("7 Tot slot"),
    P("De aanbevelingen in dit advies versterken elkaar. Een kortere maximale duur binnen Nederland en een "
      "temperatuurgrens maken de regels duidelijker; meer en beter gericht toezicht maakt de naleving ervan "
      "controleerbaar; betere opleiding en registratie in de keten zorgen ervoor dat de verantwoordelijkheid niet "
      "alleen bij de overheid ligt. Geen van de maatregelen is op zichzelf voldoende."),
    P("De Raad is zich ervan bewust dat een deel van de aanbevelingen kosten meebrengt voor transporteurs, "
      "veehouders en slachthuizen, en dat sommige bedrijven hun werkwijze ingrijpend moeten aanpassen. Hij "
      "beveelt aan deze partijen tijdig te betrekken bij de uitwerking en redelijke overgangstermijnen te hanteren. "
      "Tegelijk wijst de Raad erop dat de huidige situatie niet alleen ten koste gaat van de dieren, maar ook van het "
      "vertrouwen van de samenleving in de veehouderij."),
    P("De Raad volgt de uitvoering van dit advies en is bereid om over twee jaar, in overleg met de minister, de "
      "voortgang te beoordelen."),
    H2("Verantwoording"),
    P("Bij de voorbereiding van dit advies heeft de Raad onder meer gesproken met vertegenwoordigers van:"),
    bullets("de Nederlandse Voedsel- en Warenautoriteit (NVWA) en de Inspectie Leefomgeving en Transport (ILT);",
            "brancheorganisaties van veetransporteurs, slachthuizen en de veehandel;",
            "organisaties van varkens-, rundvee- en kalverhouders;",
            "de Koninklijke Nederlandse Maatschappij ter bevordering der Diergeneeskunde;",
            "dierenbeschermingsorganisaties;",
            "onderzoekers van twee Nederlandse universiteiten en een Duits onderzoeksinstituut."),
    P("De Raad dankt de chauffeurs en transportbedrijven die hem in de gelegenheid stelden mee te reizen."),

    # ---------------------------------------------------------------------------------------------- overview
    PageBreak(),
    H("Overzicht van aanbevelingen"),
    P("In onderstaand overzicht zijn de aanbevelingen verkort weergegeven. De volledige tekst staat aan het einde van "
      "het betreffende hoofdstuk."),
    Table(
        header=("Nr.", "Aanbeveling"),
        widths=(1.0, 9.0),
        rows=(
            ("2a", "Maximaal vier uur transport voor slachtdieren binnen Nederland, vast te leggen in het Besluit "
                   "houders van dieren (minister van LVVN)."),
            ("2b", "Vaste aanvoertijden; dieren wachten na aankomst niet langer dan een uur op lossen (transporteurs "
                   "en slachthuizen)."),
            ("2c", "Nationaal verbod op vervoer van kalveren jonger dan vier weken over meer dan 100 km (minister van "
                   "LVVN)."),
            ("3a", "Landelijke temperatuurgrens: geen lang transport boven 30 °C, tussen 25 en 30 °C alleen "
                   "'s nachts (minister van LVVN)."),
            ("3b", "Verplichte temperatuursensoren met directe doorgifte aan de NVWA (minister van LVVN)."),
            ("3c", "Schaduw en koeling op losplaatsen en in wachtstallen (slachthuizen)."),
            ("4a", "Verdubbeling van de controles, vooral onderweg en bij aankomst (minister van LVVN, NVWA)."),
            ("4b", "Navigatiegegevens van veewagens gebruiken voor controle achteraf (NVWA)."),
            ("4c", "Hogere en sterker gedifferentieerde boetes (minister van LVVN)."),
            ("4d", "Structurele gegevensdeling tussen ILT en NVWA over rij- en rusttijden (minister van IenW)."),
            ("5a", "Europese inzet op een maximale reisduur van acht uur zonder uitzonderingen (Nederlandse "
                   "regering)."),
            ("5b", "Geen exportcertificaten meer voor lange transporten van fokvee naar derde landen (minister van "
                   "LVVN)."),
            ("5c", "Routeplannen voor derde landen vooraf toetsen op haalbaarheid (NVWA)."),
            ("6a", "Verplichte jaarlijkse bijscholing dierwelzijn voor chauffeurs (minister van LVVN en sector)."),
            ("6b", "Registratie door slachthuizen van dode, gewonde en uitgeputte dieren per transport, met "
                   "maandelijkse melding aan de NVWA (minister van LVVN)."),
        ),
    ),
)

REPORT = Document(
    title="Elk uur telt",
    subtitle="Advies over het transport van landbouwhuisdieren over lange afstand",
    blocks=REPORT_BLOCKS,
    running_header="Raad voor Dierwelzijn  |  Elk uur telt – advies over langeafstandstransport van dieren",
    footer="{page}",
    font_family="sans",
    font_size=10.0,
    title_page=True,
    imprint=("Raad voor Dierwelzijn", "Den Haag, oktober 2025", "Advies RvD 2025/03"),
)

# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV_2A = ("Ik ga de transportduur van slachtdieren binnen Nederland wettelijk begrenzen, maar niet tot vier uur: ik "
         "kies voor een maximum van zes uur.")
EV_3A = ("Met ingang van 1 juni 2026 mogen transporten van meer dan acht uur die in Nederland beginnen niet "
         "vertrekken wanneer het KNMI voor een deel van de route een temperatuur boven 30 °C verwacht, en mag bij een "
         "verwachte temperatuur tussen 25 en 30 °C alleen tussen 22.00 en 8.00 uur worden gereden.")
EV_5A = ("Nederland zal in de Landbouw- en Visserijraad pleiten voor een maximale reisduur van acht uur voor alle "
         "landbouwhuisdieren, zonder de uitzonderingen voor transport per schip en voor voertuigen met verhoogde "
         "eisen die het voorstel nu nog bevat.")

CELL_2A = ("Gedeeltelijk overgenomen. Zie de brief, onder 'Transportduur': een wettelijk maximum van zes uur met "
           "ingang van 1 januari 2027.")
CELL_2B = ("Dit is primair aan de sector. Ik heb het advies doorgestuurd aan de brancheorganisaties van "
           "veetransporteurs en slachthuizen en hen gevraagd mij te laten weten hoe zij met de aanbeveling omgaan.")
EV_2C = ("Een nationaal verbod acht ik niet opportuun zolang de Europese onderhandelingen over een minimumleeftijd "
         "voor het vervoer van kalveren lopen.")
CELL_2C = ("Het vervoer van jonge kalveren heeft mijn aandacht. Het voorstel van de Europese Commissie voorziet in een "
           "minimumleeftijd van vijf weken en gaat daarmee verder dan de Raad vraagt. " + EV_2C + " Een eenzijdige "
           "Nederlandse regel zou bovendien vooral leiden tot verschuiving van de handel naar verzamelcentra net over "
           "de grens, zonder dat het welzijn van de kalveren verbetert.")
CELL_3A = ("Zie de brief, onder 'Hitte'. De temperatuurgrens wordt vastgelegd in de Regeling houders van dieren en "
           "gaat in op 1 juni 2026.")
EV_3B = ("Ik verken samen met de NVWA en de sector of directe doorgifte van temperatuurgegevens aan de NVWA "
         "technisch en juridisch haalbaar is.")
CELL_3B = (EV_3B + " In de zomer van 2026 loopt daartoe een proef met tien transportbedrijven die vrijwillig "
           "meedoen. Over een eventuele verplichting neem ik pas een besluit na de evaluatie van die proef.")
CELL_3C = ("Slachthuizen moeten op grond van de Europese regels voor het slachten al beschikken over wachtstallen die "
           "de dieren beschermen tegen ongunstige weersomstandigheden, met voldoende ventilatie. De NVWA controleert "
           "dit bij de periodieke audits van slachthuizen; in de zomermaanden geldt daarbij het hitteprotocol.")
EV_4A = ("De NVWA krijgt vanaf 2026 structureel € 3,4 miljoen extra voor achttien toezichthouders dierentransport, "
         "waarmee het aantal controles op transporten over lange afstand stijgt van ongeveer vijfhonderd in 2024 naar "
         "duizend per jaar vanaf 2027.")
CELL_4A = (EV_4A + " Ten minste de helft van die controles vindt plaats onderweg of bij aankomst, onder meer in "
           "gezamenlijke acties met de politie en de ILT.")
CELL_4B = ("Overgenomen. De NVWA gaat de navigatiegegevens van veewagens vanaf het derde kwartaal van 2026 "
           "standaard opvragen bij transporten over lange afstand en vergelijken met het goedgekeurde routeplan. "
           "Daarvoor wordt een hulpmiddel ontwikkeld dat de vergelijking grotendeels automatisch uitvoert.")
CELL_4C = ("Niet overgenomen. De boetes voor overtredingen bij dierentransport zijn per 1 januari 2024 verhoogd en "
           "zijn in de boetebeleidsregels al gedifferentieerd naar de ernst van de overtreding; bij herhaling binnen "
           "vijf jaar wordt de boete verdubbeld. Ik wil eerst de effecten van deze herziening zien voordat ik de "
           "bedragen opnieuw aanpas.")
CELL_4D = ("Deze aanbeveling is gericht aan de minister van Infrastructuur en Waterstaat. Zij informeert uw Kamer "
           "voor 1 juli 2026 in een eigen brief over de mogelijkheden om gegevens tussen de ILT en de NVWA uit te "
           "wisselen.")
CELL_5A = ("Zie de brief, onder 'Europese inzet'. Nederland bepleit in Brussel een maximale reisduur van acht uur "
           "zonder uitzonderingen.")
EV_5B = "Een algemene stop op de afgifte van exportcertificaten voor deze transporten voer ik daarom niet in."
CELL_5B = ("Overgenomen. Ik deel de analyse van de Raad dat lange transporten van fokvee naar landen buiten de Unie "
           "grote risico's voor het dierwelzijn meebrengen en dat naleving van de regels buiten de Unie moeilijk te "
           "controleren is.\nTegelijk is een nationale weigering van certificaten juridisch kwetsbaar: de Europese "
           "regels bepalen onder welke voorwaarden een certificaat moet worden afgegeven, en een weigering die niet "
           "per transport is onderbouwd, houdt bij de rechter naar verwachting geen stand. " + EV_5B + " De strengere "
           "toetsing van routeplannen (aanbeveling 5c) en de Nederlandse inzet in Brussel zijn naar mijn oordeel de "
           "betere weg.")
CELL_5C = ("Overgenomen. Vanaf 1 januari 2026 toetst de NVWA ieder routeplan voor transport naar een derde land aan "
           "actuele gegevens over reistijden, wachttijden aan de grens en beschikbare rustplaatsen. Een routeplan dat "
           "daar niet mee strookt, wordt afgekeurd.")
CELL_6A = ("Gedeeltelijk overgenomen. Samen met de brancheorganisaties laat ik een praktijkgerichte "
           "bijscholingsmodule dierwelzijn ontwikkelen, die vanaf 2027 kosteloos beschikbaar is voor alle chauffeurs. "
           "Een verplichting om de module jaarlijks te volgen als voorwaarde voor verlenging van het getuigschrift "
           "voer ik niet in, omdat de duur en de eisen van het getuigschrift Europees zijn geregeld.")
CELL_6B = ("Overgenomen. Ik leg de registratie- en meldplicht vast in de Regeling houders van dieren, met ingang van "
           "1 januari 2027. De NVWA gebruikt de gegevens voor risicogericht toezicht op transporteurs en "
           "herkomstbedrijven.")

RESPONSE_BLOCKS = (
    P("Datum: 12 maart 2026"),
    P("Betreft: Beleidsreactie op het advies 'Elk uur telt' van de Raad voor Dierwelzijn"),
    P("Geachte Voorzitter,"),
    P("Op 21 oktober 2025 heeft de Raad voor Dierwelzijn mij zijn advies 'Elk uur telt' aangeboden over het transport "
      "van landbouwhuisdieren over lange afstand. Het advies is op mijn verzoek opgesteld, naar aanleiding van de "
      "motie-Van der Linde c.s. en de voortdurende maatschappelijke zorg over het welzijn van dieren tijdens lange "
      "transporten. Met deze brief stuur ik u, mede namens de staatssecretaris van LVVN, mijn reactie. In de "
      "bijlage reageer ik op elk van de vijftien aanbevelingen; in deze brief ga ik in op drie onderwerpen die "
      "volgens mij de kern van het advies vormen."),
    P("Ik dank de Raad voor het grondige en goed leesbare advies. De Raad heeft niet alleen de regels en de "
      "inspectiegegevens bestudeerd, maar ook met chauffeurs meegereden en met alle betrokken partijen gesproken. "
      "Dat is aan het advies te merken: het is concreet, het is gericht op de praktijk en het benoemt ook de "
      "verantwoordelijkheid van de sector zelf."),
    H2("Huidig beleid"),
    P("Het transport van levende dieren is in de eerste plaats Europees geregeld, in Verordening (EG) nr. 1/2005. "
      "Die verordening bepaalt onder meer de maximale reisduur, de rustperiodes, de ruimte per dier en de eisen aan "
      "voertuigen en chauffeurs. Lidstaten kunnen alleen voor transporten op hun eigen grondgebied strengere regels "
      "stellen. De NVWA houdt in Nederland toezicht op de naleving; de ILT ziet toe op de rij- en rusttijden van "
      "chauffeurs. Sinds 2019 hanteert de NVWA een hitteprotocol met extra eisen bij hoge temperaturen."),
    P("In december 2023 heeft de Europese Commissie een voorstel gedaan voor een nieuwe transportverordening. Uw "
      "Kamer is over dat voorstel geïnformeerd met een BNC-fiche. De onderhandelingen in de Raad verlopen moeizaam; "
      "een akkoord wordt op zijn vroegst in 2027 verwacht."),
    H2("Transportduur"),
    P("De Raad constateert dat de Europese maxima voor transport binnen Nederland te ruim zijn om betekenis te hebben, "
      "en adviseert een nationaal maximum van vier uur voor slachtdieren. Ik deel de analyse dat voor binnenlands "
      "transport een strengere grens mogelijk en wenselijk is."),
    P(EV_2A + " Uit de gegevens die de sector en de NVWA mij hebben aangeleverd, blijkt dat een grens van vier uur "
      "voor een aantal bedrijven in het noorden en zuidwesten van het land, die voor de afzet van uitgestoten koeien "
      "afhankelijk zijn van één of twee slachthuizen, op dit moment niet haalbaar is zonder extra tussenstops die "
      "het welzijn van de dieren juist niet ten goede komen. Met zes uur worden de lange omwegen via handelaren en "
      "verzamelcentra die de Raad beschrijft wel uitgesloten. Ik leg het maximum vast in het Besluit houders van "
      "dieren, met ingang van 1 januari 2027.",
      answers=(Answer("2a", "partial", EV_2A),)),
    H2("Hitte"),
    P("De Raad wijst erop dat de beslissing om bij hoge temperaturen te vertrekken nu geheel bij de transporteur ligt. "
      "Ik vind dat, net als de Raad, niet langer aanvaardbaar. " + EV_3A + " De NVWA ziet toe op naleving en kan een "
      "transport dat toch vertrekt ter plaatse laten stoppen. Ik heb deze regels besproken met de sector, die heeft "
      "aangegeven zich erop voor te bereiden.",
      answers=(Answer("3a", "agree", EV_3A),)),
    H2("Europese inzet"),
    P("De Raad vraagt het kabinet om in de onderhandelingen over de nieuwe transportverordening in te zetten op een "
      "maximale reisduur van acht uur. Het voorstel van de Commissie is een belangrijke stap vooruit, maar ik deel "
      "de zorg van de Raad dat de uitzonderingen het effect ervan grotendeels teniet kunnen doen. " + EV_5A
      + " Ik zoek daarvoor actief steun bij gelijkgezinde lidstaten, zoals Duitsland, Denemarken en Zweden, die "
      "eerder een gezamenlijke verklaring over dierentransport hebben ondertekend.",
      answers=(Answer("5a", "agree", EV_5A),)),
    H2("Tot slot"),
    P("Op de overige aanbevelingen ga ik in de bijlage bij deze brief in. Een aantal daarvan vraagt om extra "
      "middelen; die zijn gedekt binnen de begroting van LVVN voor 2026. Over de voortgang van de maatregelen "
      "informeer ik uw Kamer in de jaarlijkse voortgangsbrief dierwelzijn, voor het eerst in het najaar van 2026."),
    P("De minister van Landbouw, Visserij, Voedselzekerheid en Natuur,"),
    P("J.A. van Rossum-Dekker"),
    PageBreak(),
    H("Bijlage: reactie per aanbeveling"),
    P("In deze bijlage zijn de aanbevelingen van de Raad verkort weergegeven. Voor de volledige tekst verwijs ik naar "
      "het advies."),
    Table(
        header=("Nr.", "Aanbeveling", "Reactie"),
        widths=(0.8, 3.2, 6.0),
        rows=(
            ("2a", "Binnenlands transport van slachtdieren beperken tot vier uur.",
             reply(CELL_2A, ("2a", "partial", "Gedeeltelijk overgenomen."))),
            ("2b", "Sector: vaste aanvoertijden bij slachthuizen, maximaal een uur wachten.", Cell(CELL_2B)),
            ("2c", "Geen transport van kalveren jonger dan vier weken over meer dan 100 km.",
             reply(CELL_2C, ("2c", "disagree", EV_2C))),
            ("3a", "Temperatuurgrens voor lange transporten.",
             reply(CELL_3A, ("3a", "agree", "De temperatuurgrens wordt vastgelegd in de Regeling houders van dieren "
                                            "en gaat in op 1 juni 2026."))),
            ("3b", "Temperatuurgegevens tijdens de rit direct naar de NVWA.",
             reply(CELL_3B, ("3b", "partial", EV_3B))),
            ("3c", "Slachthuizen: schaduw en koeling bij lossen en wachten.", Cell(CELL_3C)),
            ("4a", "Meer controles op transporten, vooral onderweg en bij aankomst.",
             reply(CELL_4A, ("4a", "agree", EV_4A))),
            ("4b", "NVWA gebruikt navigatiegegevens van veewagens voor controle achteraf.",
             reply(CELL_4B, ("4b", "agree", "Overgenomen."))),
            ("4c", "Hogere boetes, afhankelijk van ernst en herhaling.",
             reply(CELL_4C, ("4c", "disagree", "Niet overgenomen."))),
            ("4d", "Gegevensdeling tussen ILT en NVWA over rij- en rusttijden.", Cell(CELL_4D)),
            ("5a", "Europese inzet: maximaal acht uur reisduur.",
             reply(CELL_5A, ("5a", "agree", "Nederland bepleit in Brussel een maximale reisduur van acht uur zonder "
                                            "uitzonderingen."))),
            ("5b", "Geen exportcertificaten meer voor lange transporten van fokvee buiten de EU.",
             reply(CELL_5B, ("5b", "disagree", EV_5B))),
            ("5c", "Routeplannen voor derde landen vooraf op haalbaarheid toetsen.",
             reply(CELL_5C, ("5c", "agree", "Overgenomen."))),
            ("6a", "Verplichte bijscholing dierwelzijn voor chauffeurs.",
             reply(CELL_6A, ("6a", "partial", "Gedeeltelijk overgenomen."))),
            ("6b", "Slachthuizen registreren en melden dode, gewonde en uitgeputte dieren.",
             reply(CELL_6B, ("6b", "agree", "Overgenomen."))),
        ),
    ),
)

RESPONSE = Document(
    title="Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur",
    subtitle="Aan de Voorzitter van de Tweede Kamer der Staten-Generaal, Postbus 20018, 2500 EA Den Haag",
    blocks=RESPONSE_BLOCKS,
    running_header="Beleidsreactie advies Raad voor Dierwelzijn 'Elk uur telt'",
    footer="Pagina {page} van {pages}",
    font_family="sans",
    font_size=10.0,
    title_page=False,
)

PAIR = Pair(
    name="animal_welfare_council",
    report=REPORT,
    response=RESPONSE,
    description="Raad voor Dierwelzijn advice on long-distance livestock transport (15 recommendations in lettered "
                "lists at the end of two-column chapters, gold ids 2a-6b, repeated in an overview table) and the LVVN "
                "minister's letter: three answered by subject in the letter, all fifteen in an appendix table, "
                "about half the cells opening with a verdict; 5b 'Overgenomen.' for the analysis only (disagree), "
                "2b/3c/4d not addressed.",
)
