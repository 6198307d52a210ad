"""Pair: a fictional advice of the "Raad voor Leefomgeving en Ruimte" (an Rli-like advisory council) on speeding up
the circular economy, answered by a kabinetsreactie of the staatssecretaris of Infrastructuur en Waterstaat.

Report layout: sans, title page with imprint, running header, page numbers in the footer, chapters numbered in the
heading text ("3 Waarom het niet harder gaat") with level-2 sections, footnotes, one ruled table of material-flow
indicators.  A "Samenvatting" set in two columns (Columns) describes the four main recommendations in prose (not as
a list, so nothing is printed twice).  Lists that are not recommendations: the "1." list of advice questions in
chapter 1, bullet lists of working methods and findings, a "1." list of bottlenecks in chapter 3, an "a." list of
four assessment criteria in chapter 4 (lettered like the recommendations, but no recommendations), and "–" lists in
the annexes.  Chapter 5 "Aanbevelingen" holds four main recommendations as level-2 headings ("Aanbeveling 1:
Beprijs primaire grondstoffen" ...), each with an introductory paragraph that names the addressees and an "a." list
of lettered sub-recommendations.  The lettered items are the recommendations: printed "a.", "b." ... under the
heading of main recommendation N, numbered "Na", "Nb" ... in the gold.  The main recommendations themselves are
headings, not recommendations.

Response layout: a sans letter without title page ("Kabinetsreactie op het advies ...") of the staatssecretaris of
IenW, sent also on behalf of the ministers of Financiën, Klimaat en Groene Groei and BZK.  Opening, "Het advies in
het kort", "Algemene reactie" with a bullet list of measures already taken (not answers), then one section per main
recommendation ("Aanbeveling 1 – beprijzing" ...) and "Tot slot".  Answers come per letter ("Wat betreft 1d ..."),
at the level of a main recommendation for several letters at once ("De onderdelen a tot en met c neemt het kabinet
over"), and by subject without any number.  Main recommendation 4 is answered by one sentence only ("... zijn
onderdeel van de lopende verkenning ...") without a position.

  nr  recommendation (departments)                                   gold position / why
  1a  national levy on primary plastic (FIN, IenW)                   disagree  - agrees with the analysis, but "voert
                                                                     het kabinet ... niet in" (tax refused)
  1b  raise waste tax to 75 euro/ton by 2030 (FIN)                   partial   - by subject: raised by 6 euro in 2027,
                                                                     the growth path asked is not chosen
  1c  recycle the revenue into recycling/reuse (FIN, IenW)           agree     - by subject: extra revenue flows back
                                                                     in full into a subsidy scheme
  1d  map and phase out tax breaks for primary materials (FIN, EZ)   partial   - "Wat betreft 1d": inventory committed,
                                                                     phase-out by 2030 not
  2a  EPR for mattresses, furniture, construction products (IenW)    agree     - "De onderdelen a tot en met c neemt het
  2b  mandatory recycled content in plastics (IenW)                  agree       kabinet over." (one paragraph answers
  2c  repairability in EU ecodesign + ILT supervision (IenW)         agree       all three; details follow)
  2d  national repair bonus for consumers (IenW, EZ)                 disagree  - "voert het kabinet niet in"
  3a  mandatory circular procurement for Rijk, provinces,            partial   - adopted for central government only,
      municipalities, water boards (BZK, GEMEENTEN, OTHER)                       not imposed on decentral governments
  3b  shadow price for environmental cost in tenders (BZK, IenW)     agree     - by subject, same paragraph as 3d
  3c  room for circular hubs in spatial plans (GEMEENTEN, OTHER)     not_addressed - mentioned only as a matter for
                                                                     provinces and municipalities, no view
  3d  annual report on circular procurement per ministry (BZK)       agree     - by subject, same paragraph as 3b
  4a  transition fund circular industry (EZ, FIN)                    not_addressed - the whole of recommendation 4 is
  4b  circular goals in tailor-made deals with industry (EZ)         not_addressed   "onderdeel van de lopende
  4c  regional recycling clusters with provinces (EZ, OTHER)         not_addressed   verkenning", no position

Totals: agree 6, partial 3, disagree 2, not_addressed 4 (15 lettered recommendations).
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


def H3(text: str) -> Heading:
    return Heading(text, level=3)


def bullets(*texts: str, style: str = "•") -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style=style)


def lettered(main: int, *items: tuple[str, tuple[str, ...]]) -> ItemList:
    """The sub-recommendations a, b, ... of main recommendation ``main``: printed "a.", gold number "1a"."""
    return ItemList(
        items=tuple(ListItem(text, recommendation=Recommendation(f"{main}{chr(ord('a') + i)}", tuple(depts)))
                    for i, (text, depts) in enumerate(items)),
        style="a.",
    )


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H("Samenvatting"),
    Columns(blocks=(
        P("Nederland wil in 2050 een volledig circulaire economie hebben en in 2030 de helft minder primaire "
          "abiotische grondstoffen gebruiken dan in 2016. Die ambitie is breed gedragen, maar de uitvoering blijft "
          "ver achter. Het gebruik van primaire grondstoffen is sinds 2016 nauwelijks gedaald, het aandeel "
          "secundaire grondstoffen in de industrie stagneert rond een kwart en de hoeveelheid afval die wordt "
          "verbrand is zelfs toegenomen. Het Planbureau voor de Leefomgeving concludeerde in zijn laatste Integrale "
          "Circulaire Economie Rapportage dat het doel voor 2030 met het huidige beleid niet in zicht is."),
        P("De Raad voor Leefomgeving en Ruimte ziet daarvoor één hoofdoorzaak: lineair produceren en consumeren is "
          "goedkoper, eenvoudiger en minder riskant dan circulair werken. Nieuwe grondstoffen dragen hun "
          "milieukosten niet, producenten hebben na de verkoop geen belang bij de levensduur van hun product, de "
          "overheid koopt nog grotendeels lineair in en de industrie die gerecyclede materialen zou moeten "
          "verwerken, heeft te weinig zekerheid om te investeren. Zolang deze prikkels niet veranderen, blijven "
          "vrijwillige afspraken en subsidies voor koplopers dweilen met de kraan open."),
        P("De Raad doet vier hoofdaanbevelingen, elk uitgewerkt in concrete onderdelen."),
        P("Beprijs primaire grondstoffen.", bold=True),
        P("Het moet duurder worden om nieuwe fossiele en minerale grondstoffen te gebruiken en om afval te "
          "verbranden of te storten. De Raad adviseert een heffing op primaire kunststof, een stapsgewijze "
          "verhoging van de afvalstoffenbelasting en het afbouwen van fiscale regelingen die het lineaire gebruik "
          "bevoordelen. De opbrengst moet terugvloeien naar bedrijven die investeren in hergebruik en recycling."),
        P("Maak producenten verantwoordelijk voor de hele keten.", bold=True),
        P("Wie een product op de markt brengt, moet ook verantwoordelijk zijn voor wat ermee gebeurt aan het einde "
          "van de levensduur. De Raad adviseert de uitgebreide producentenverantwoordelijkheid uit te breiden naar "
          "nieuwe productgroepen, een verplicht minimumaandeel gerecycled materiaal in te voeren, in Europa te "
          "pleiten voor eisen aan repareerbaarheid en reparatie voor consumenten aantrekkelijker te maken."),
        P("Zet de inkoopkracht van de overheid in.", bold=True),
        P("De overheid besteedt jaarlijks ruim 85 miljard euro aan inkoop. Die koopkracht kan een markt voor "
          "circulaire producten en diensten creëren. De Raad adviseert circulair inkopen in een aantal "
          "productgroepen verplicht te stellen voor alle overheden, milieukosten zwaarder mee te wegen in "
          "aanbestedingen, ruimte te reserveren voor circulaire bedrijvigheid en jaarlijks over de resultaten te "
          "rapporteren."),
        P("Bouw aan een circulaire maakindustrie.", bold=True),
        P("Zonder bedrijven die gerecyclede grondstoffen verwerken tot nieuwe producten, blijft het materiaal in "
          "het afvalstadium steken. De Raad adviseert een transitiefonds, het opnemen van circulaire doelen in de "
          "maatwerkafspraken met de industrie en steun voor regionale clusters voor recycling en remanufacturing."),
    )),
    PageBreak(),
    H("1 Inleiding"),
    H2("1.1 Aanleiding"),
    P("In 2016 presenteerde het toenmalige kabinet het Rijksbrede programma 'Nederland circulair in 2050'. Daarin "
      "werd het doel gesteld dat Nederland in 2050 een volledig circulaire economie heeft, met als tussendoel een "
      "halvering van het gebruik van primaire abiotische grondstoffen in 2030. In 2023 volgde het Nationaal "
      "Programma Circulaire Economie 2023-2030 (NPCE), dat het doel voor 2030 verbreedde naar alle grondstoffen "
      "en dat voor het eerst concrete doelen per productgroep bevatte.", footnotes=(
        "Kamerstukken II 2022/23, 32 852, nr. 224. Het NPCE werkt de doelen uit voor onder meer kunststoffen, "
        "textiel, de bouw, consumptiegoederen en maakindustrie.",)),
    P("De Raad voor Leefomgeving en Ruimte heeft in eerdere adviezen gewezen op het belang van een zuinig gebruik "
      "van grondstoffen voor de kwaliteit van de leefomgeving. Sindsdien is de urgentie toegenomen. De "
      "geopolitieke spanningen van de afgelopen jaren hebben laten zien hoe afhankelijk de Nederlandse economie "
      "is van grondstoffen en halffabricaten uit een klein aantal landen. De Europese Unie heeft met de "
      "verordening kritieke grondstoffen doelen gesteld voor winning, verwerking en recycling binnen Europa. En "
      "de klimaatopgave maakt duidelijk dat ook de uitstoot die samenhangt met de productie van materialen moet "
      "dalen: naar schatting een vijfde van de Nederlandse broeikasgasuitstoot hangt samen met de winning en "
      "bewerking van grondstoffen."),
    P("Tegelijk laten de monitoringsrapportages zien dat de circulaire economie niet of nauwelijks vordert. De "
      "staatssecretaris van Infrastructuur en Waterstaat heeft de Raad daarom in november 2024 gevraagd om advies "
      "over de vraag hoe de transitie kan worden versneld."),
    H2("1.2 Adviesvraag"),
    P("De adviesaanvraag bevatte de volgende vragen:", bold=True),
    ItemList(items=(
        ListItem("Wat zijn de belangrijkste oorzaken van het achterblijven van de circulaire transitie ten opzichte "
                 "van de doelen voor 2030?"),
        ListItem("Welke economische, juridische en bestuurlijke instrumenten zijn het meest effectief om de "
                 "transitie te versnellen, en welke ervaringen zijn daarmee in andere landen opgedaan?"),
        ListItem("Welke rol kunnen het Rijk, de provincies en de gemeenten spelen, in het bijzonder als "
                 "opdrachtgever en als beheerder van de fysieke ruimte?"),
        ListItem("Hoe kan de overheid ervoor zorgen dat de lasten en lusten van de transitie evenwichtig worden "
                 "verdeeld over bedrijven en huishoudens?"),
    ), style="1."),
    P("De Raad heeft de vragen in samenhang beantwoord. Het advies richt zich op de materiaalstromen die in het "
      "NPCE als prioritair zijn aangemerkt: kunststoffen, textiel, bouwmaterialen, meubels en elektrische en "
      "elektronische apparaten. Biomassa en voedsel vallen buiten dit advies; daarover bracht de Raad eerder "
      "afzonderlijk advies uit."),
    H2("1.3 Werkwijze"),
    P("Het advies is voorbereid door een raadscommissie onder leiding van raadslid prof. dr. M.E. (Marleen) "
      "Vossenberg, ondersteund door een projectteam van het secretariaat. De commissie heeft:"),
    bullets(
        "literatuur en beleidsdocumenten bestudeerd, waaronder de monitoringsrapportages van het Planbureau voor de "
        "Leefomgeving en de evaluaties van de bestaande stelsels van producentenverantwoordelijkheid;",
        "gesproken met ruim zestig vertegenwoordigers van bedrijven, brancheorganisaties, milieuorganisaties, "
        "kennisinstellingen, provincies, gemeenten en ministeries (zie bijlage 1);",
        "drie werksessies georganiseerd met recyclers, producenten en inkopers van overheden;",
        "werkbezoeken afgelegd aan een sorteerinstallatie voor kunststof verpakkingen, een textielsorteerder en "
        "een bedrijf dat kantoormeubilair reviseert;",
        "een vergelijkend onderzoek laten uitvoeren naar het beleid in Vlaanderen, Frankrijk, Zweden en Duitsland.",
    ),
    P("Een conceptversie van het advies is besproken met een klankbordgroep van deskundigen. De Raad is als enige "
      "verantwoordelijk voor de inhoud van dit advies."),
    H2("1.4 Leeswijzer"),
    P("Hoofdstuk 2 schetst waar Nederland staat. Hoofdstuk 3 analyseert waarom de transitie niet harder gaat. "
      "Hoofdstuk 4 beschrijft de uitgangspunten die de Raad heeft gehanteerd bij het formuleren van zijn advies. "
      "Hoofdstuk 5 bevat de aanbevelingen. In de bijlagen staan de verantwoording en de geraadpleegde literatuur."),
    H("2 Waar staat Nederland?"),
    H2("2.1 Ambities en doelen"),
    P("De doelen van het Nederlandse beleid zijn ambitieus, ook in Europees perspectief. Naast de halvering van het "
      "grondstoffengebruik in 2030 heeft het kabinet doelen gesteld voor afzonderlijke productgroepen. Zo moet in "
      "2030 ten minste 41 procent van de kunststoffen die in Nederland worden verwerkt, gerecycled of biogebaseerd "
      "zijn, moet de hoeveelheid textiel die wordt verbrand met de helft zijn teruggebracht en moet de bouwsector "
      "in 2030 de helft minder primaire grondstoffen gebruiken. De doelen zijn echter grotendeels niet wettelijk "
      "verankerd en er zijn weinig instrumenten aan gekoppeld die bedrijven tot een andere werkwijze dwingen."),
    P("Ook op Europees niveau is de regelgeving de afgelopen jaren uitgebreid. De ecodesignverordening voor "
      "duurzame producten maakt het mogelijk om eisen te stellen aan de levensduur, repareerbaarheid en "
      "recyclebaarheid van vrijwel alle fysieke producten. De verordening verpakkingen en verpakkingsafval bevat "
      "bindende doelen voor het aandeel gerecycled materiaal in kunststof verpakkingen. De uitwerking van deze "
      "kaders vindt de komende jaren plaats in gedelegeerde handelingen per productgroep."),
    H2("2.2 Materiaalgebruik en afval"),
    P("Tabel 1 geeft een beeld van de ontwikkeling van enkele kernindicatoren. Het beeld is weinig bemoedigend. Het "
      "binnenlands materiaalgebruik schommelt rond hetzelfde niveau als in 2016. De hoeveelheid huishoudelijk "
      "restafval per inwoner is gedaald, maar de totale hoeveelheid afval die wordt verbrand is gestegen, onder "
      "meer doordat Nederlandse verbrandingsovens afval uit het buitenland importeren."),
    P("Tabel 1. Kernindicatoren circulaire economie, Nederland", bold=True),
    Table(
        header=("Indicator", "2016", "2020", "2024", "Doel 2030"),
        rows=(
            ("Binnenlands materiaalgebruik (mln ton)", "189", "182", "186", "circa 95"),
            ("Aandeel secundaire grondstoffen in de industrie (%)", "24", "25", "26", "–"),
            ("Recycling kunststoffen (% van verwerkt volume)", "12", "15", "17", "41"),
            ("Verbranding afval in AVI's (mln ton)", "7,6", "7,8", "8,1", "–"),
            ("Huishoudelijk restafval (kg per inwoner)", "230", "185", "162", "100"),
            ("Textiel hergebruikt of gerecycled (%)", "–", "28", "30", "50"),
        ),
        widths=(3.4, 1, 1, 1, 1.2),
        rules="rows",
    ),
    P("Bron: bewerking van de Raad op basis van cijfers van het CBS en het Planbureau voor de Leefomgeving. De "
      "cijfers voor 2024 zijn voorlopig."),
    H2("2.3 Voortgang per productgroep"),
    P("Uit de gesprekken en de monitoringsgegevens komt per productgroep het volgende beeld naar voren:"),
    bullets(
        "Kunststoffen: de inzameling van verpakkingen is verbeterd, maar een groot deel van het ingezamelde "
        "materiaal wordt laagwaardig gerecycled of alsnog verbrand. Gerecycled kunststof is gemiddeld 20 tot 40 "
        "procent duurder dan nieuw kunststof uit fossiele grondstoffen.",
        "Textiel: sinds 2023 geldt een stelsel van producentenverantwoordelijkheid, maar de capaciteit voor het "
        "sorteren en recyclen van textiel in Nederland is beperkt. Een groot deel van het ingezamelde textiel "
        "wordt geëxporteerd.",
        "Bouw: de bouw is de grootste gebruiker van grondstoffen. Bouw- en sloopafval wordt voor ruim 95 procent "
        "nuttig toegepast, maar overwegend als ophoog- en funderingsmateriaal. Hoogwaardig hergebruik van "
        "bouwelementen komt weinig voor.",
        "Meubels en matrassen: jaarlijks wordt naar schatting 300 miljoen kilo meubilair afgedankt, waarvan het "
        "grootste deel wordt verbrand. Voor matrassen bestaat een vrijwillig inzamelsysteem dat een deel van de "
        "markt dekt.",
        "Elektrische apparaten: de inzamelgraad blijft steken rond de helft van het wettelijke doel. Reparatie is "
        "voor consumenten vaak duurder dan vervanging.",
    ),
    P("Positieve uitzonderingen zijn er ook. In de bouw werken koplopers met materialenpaspoorten en demontabele "
      "constructies. Een aantal gemeenten zamelt grof huishoudelijk afval zo in dat meubels kunnen worden "
      "hergebruikt. En in de kunststofketen investeren enkele bedrijven in geavanceerde sorteer- en "
      "recyclingtechnieken. Deze initiatieven blijven echter klein in verhouding tot de opgave, en de Raad hoorde "
      "in vrijwel alle gesprekken hetzelfde: koplopers worden onvoldoende beloond en achterblijvers nauwelijks "
      "gecorrigeerd."),
    H("3 Waarom het niet harder gaat"),
    H2("3.1 Lineair is goedkoper"),
    P("De belangrijkste reden dat de transitie niet vordert, is economisch. De prijs van nieuwe grondstoffen "
      "weerspiegelt niet de maatschappelijke kosten van winning, transport, verwerking en afvalverwijdering. "
      "Deze kosten, zoals de uitstoot van broeikasgassen, de aantasting van ecosystemen en de gezondheidsschade "
      "door luchtvervuiling, komen voor rekening van de samenleving als geheel. Voor secundaire grondstoffen geldt "
      "het omgekeerde: inzamelen, sorteren en reinigen is arbeidsintensief, en arbeid wordt in Nederland "
      "zwaar belast.", footnotes=(
        "Volgens een verkenning van CE Delft voor de Raad bedragen de niet-geprijsde milieukosten van de productie "
        "van primair kunststof tussen 0,9 en 1,6 euro per kilo, afhankelijk van het polymeer.",)),
    P("De kunststofsector laat dit scherp zien. De prijs van nieuw kunststof volgt de olieprijs. Als die daalt, "
      "wordt gerecycled kunststof onverkoopbaar. In 2023 en 2024 gingen in Nederland en omringende landen "
      "meerdere recyclers failliet of sloten zij installaties, ondanks de toegenomen aandacht voor circulariteit. "
      "Investeerders vragen een voorspelbare markt; die ontbreekt zolang de prijs van het alternatief volatiel en "
      "laag is."),
    P("De afvalstoffenbelasting, die sinds 2019 weer wordt geheven op het verbranden van afval, heeft het "
      "verbranden nauwelijks ontmoedigd. Het tarief ligt met ruim 38 euro per ton (2025) laag in vergelijking met "
      "de buurlanden met een vergelijkbare heffing. Daarnaast bestaan fiscale regelingen die het gebruik van "
      "primaire grondstoffen indirect bevoordelen, zoals vrijstellingen in de energiebelasting voor bepaalde "
      "industriële processen en het ontbreken van een heffing op de winning van oppervlaktedelfstoffen."),
    H2("3.2 Regels remmen en ontbreken"),
    P("Bedrijven die circulair willen werken, lopen aan tegen regels die zijn geschreven voor een lineaire "
      "economie. Het afvalstoffenbegrip is daarvan het bekendste voorbeeld: wat eenmaal afval is, mag alleen "
      "onder strikte voorwaarden weer als grondstof worden gebruikt. De procedures om de afvalstatus te beëindigen "
      "zijn langdurig en de uitkomsten verschillen per bevoegd gezag. De Raad erkent dat de regels er zijn om "
      "mens en milieu te beschermen, maar constateert dat zij in de praktijk vaak ook goede initiatieven "
      "ontmoedigen."),
    P("Tegelijk ontbreken regels op plekken waar ze nodig zijn. Producenten zijn in het algemeen niet "
      "verantwoordelijk voor hun product na de verkoop. Stelsels van uitgebreide producentenverantwoordelijkheid "
      "(upv) bestaan voor verpakkingen, elektrische apparaten, batterijen, banden, autowrakken en sinds kort "
      "textiel, maar niet voor bijvoorbeeld meubels, matrassen en de meeste bouwproducten. Ook ontbreken eisen aan "
      "het aandeel gerecycled materiaal in producten, met uitzondering van de Europese eisen voor enkele soorten "
      "verpakkingen.", footnotes=(
        "Zie de Evaluatie producentenverantwoordelijkheid van de Inspectie Leefomgeving en Transport (2024), die "
        "constateert dat de bestaande stelsels vooral op inzameling zijn gericht en weinig prikkels bevatten voor "
        "ontwerp en hergebruik.",)),
    H2("3.3 Een markt voor secundaire grondstoffen ontbreekt"),
    P("Een circulaire economie vraagt niet alleen om aanbod van secundaire grondstoffen maar ook om vraag. Die "
      "vraag is nu klein en onzeker. Afnemers twijfelen aan de kwaliteit en leveringszekerheid van gerecyclede "
      "materialen, en ontwerpers en inkopers kiezen uit gewoonte voor het vertrouwde. Daardoor ontstaat een "
      "kip-en-eiprobleem: recyclers investeren niet omdat de afzet onzeker is, en afnemers kopen niet omdat het "
      "aanbod onvoldoende is."),
    P("Reparatie en hergebruik ondervinden vergelijkbare problemen. Reparateurs hebben moeite om aan onderdelen en "
      "reparatie-informatie te komen, en de arbeidskosten van reparatie zijn hoog in verhouding tot de prijs van "
      "een nieuw product. In de enquête die de Raad liet uitvoeren onder 1.500 consumenten, noemde twee derde van "
      "de respondenten de prijs de belangrijkste reden om een kapot apparaat niet te laten repareren."),
    H2("3.4 De overheid als opdrachtgever"),
    P("Het Rijk, de provincies, de gemeenten en de waterschappen kopen samen jaarlijks voor ruim 85 miljard euro "
      "aan goederen, diensten en werken in. Sinds 2021 geldt voor het Rijk een Manifest Maatschappelijk "
      "Verantwoord Inkopen, en veel decentrale overheden hebben zich daarbij aangesloten. In de praktijk wordt het "
      "manifest zeer verschillend uitgevoerd. Uit een steekproef van de Raad onder aanbestedingen van 2023 en 2024 "
      "blijkt dat circulariteit in minder dan een op de vijf aanbestedingen een rol speelde bij de gunning, en "
      "dan meestal met een laag gewicht."),
    P("Inkopers gaven in de werksessies aan dat zij circulair inkopen belangrijk vinden, maar dat zij worden "
      "afgerekend op prijs en doorlooptijd. Ook ontbreekt het hun vaak aan kennis van de markt en aan "
      "instrumenten om milieukosten in de gunning te verdisconteren. Over de resultaten van circulair inkopen "
      "wordt niet systematisch gerapporteerd, waardoor ook niet zichtbaar is welke overheden voorop lopen."),
    P("Overheden bepalen bovendien waar bedrijvigheid kan plaatsvinden. Circulaire bedrijven, zoals recyclers, "
      "sorteerders, reparatiebedrijven en opslag van herbruikbare bouwmaterialen, hebben ruimte nodig, bij "
      "voorkeur dicht bij stedelijke gebieden. In de gesprekken werd vaak genoemd dat zulke functies bij de "
      "herontwikkeling van bedrijventerreinen worden verdrongen door woningbouw en logistiek."),
    H2("3.5 Industrie en infrastructuur"),
    P("Nederland heeft een sterke chemische en maakindustrie en een goed ontwikkelde afvalsector. Dat is een "
      "uitgangspositie die weinig landen hebben. Toch wordt die positie onvoldoende benut. Investeringen in "
      "chemische recycling, textielrecycling en remanufacturing blijven achter bij die in omringende landen. "
      "Bedrijven noemen de onzekerheid over toekomstig beleid, netcongestie, lange vergunningsprocedures en het "
      "ontbreken van gerichte financiering als belangrijkste belemmeringen."),
    P("De maatwerkafspraken die het Rijk sinds 2022 maakt met de grootste industriële uitstoters zijn gericht op "
      "het verminderen van de CO2-uitstoot. Circulaire maatregelen, zoals het vervangen van fossiele grondstoffen "
      "door gerecyclede, komen daarin slechts incidenteel voor, hoewel zij voor de chemische industrie een groot "
      "reductiepotentieel hebben."),
    H2("3.6 Samenvattend"),
    P("De Raad komt tot de conclusie dat de circulaire transitie wordt geremd door vijf samenhangende knelpunten:"),
    ItemList(items=(
        ListItem("de prijs van primaire grondstoffen en van afvalverwerking weerspiegelt de maatschappelijke kosten "
                 "niet;"),
        ListItem("producenten dragen geen verantwoordelijkheid voor hun producten na de verkoop;"),
        ListItem("de vraag naar secundaire grondstoffen en gerepareerde producten is klein en onzeker;"),
        ListItem("de overheid benut haar rol als opdrachtgever en als ruimtelijk regisseur onvoldoende;"),
        ListItem("de industrie mist de zekerheid en de middelen om te investeren in circulaire productie."),
    ), style="1."),
    P("Deze knelpunten versterken elkaar. Zolang lineair goedkoper is, zal de markt voor secundaire grondstoffen "
      "niet groeien; zolang die markt klein is, zal de industrie niet investeren; en zolang er geen "
      "verwerkingscapaciteit is, levert betere inzameling weinig op."),
    H("4 Uitgangspunten voor versnelling"),
    H2("4.1 Van vrijblijvend naar verplichtend"),
    P("Het Nederlandse beleid voor de circulaire economie heeft tot nu toe vooral gesteund op vrijwillige "
      "afspraken, convenanten, kennisdeling en subsidies voor innovatieve projecten. Die aanpak heeft een "
      "beweging op gang gebracht en koplopers zichtbaar gemaakt, maar heeft niet geleid tot een trendbreuk. De "
      "Raad is van oordeel dat de volgende fase vraagt om beleid dat de spelregels voor iedereen verandert: "
      "beprijzing, normering en verplichtingen, ondersteund door gerichte investeringen."),
    P("Dat is geen pleidooi voor regels om de regels. De Raad wil juist dat bedrijven die nu al circulair werken "
      "niet langer worden benadeeld ten opzichte van concurrenten die dat niet doen. Een gelijk speelveld is "
      "daarbij essentieel, bij voorkeur in Europees verband. Waar Europese afspraken te lang op zich laten "
      "wachten, kan Nederland volgens de Raad met een kopgroep van lidstaten of nationaal vooroplopen, zoals het "
      "dat eerder deed met statiegeld en met de producentenverantwoordelijkheid voor textiel."),
    H2("4.2 Toetsingscriteria"),
    P("De Raad heeft de mogelijke maatregelen getoetst aan vier criteria:"),
    ItemList(items=(
        ListItem("Effectiviteit: draagt de maatregel aantoonbaar bij aan het verminderen van het gebruik van "
                 "primaire grondstoffen, en op welke termijn?"),
        ListItem("Uitvoerbaarheid: kunnen de Belastingdienst, de Inspectie Leefomgeving en Transport, de "
                 "omgevingsdiensten en andere uitvoerders de maatregel uitvoeren en handhaven?"),
        ListItem("Rechtvaardigheid: hoe vallen de lasten neer bij huishoudens met lage inkomens en bij het "
                 "midden- en kleinbedrijf, en hoe kunnen ongewenste effecten worden gecompenseerd?"),
        ListItem("Internationale inbedding: past de maatregel binnen het Europese recht en de interne markt, en "
                 "welk risico bestaat op verplaatsing van productie naar het buitenland?"),
    ), style="a."),
    P("Geen enkele maatregel scoort op alle criteria even goed. Een heffing op primaire grondstoffen is zeer "
      "effectief, maar vraagt om een zorgvuldige vormgeving om weglekeffecten te voorkomen. Inkoopeisen zijn goed "
      "uitvoerbaar en eerlijk verdeeld, maar hebben een beperkter bereik. De Raad kiest daarom voor een pakket "
      "waarin de maatregelen elkaar versterken."),
    H2("4.3 Lessen uit het buitenland"),
    P("Het vergelijkend onderzoek in vier landen leverde een aantal bruikbare lessen op. Frankrijk heeft sinds "
      "2021 een wettelijk verbod op de vernietiging van onverkochte non-food producten en een reparatiefonds "
      "waaruit consumenten een korting op reparatie krijgen. Zweden heeft een verlaagd btw-tarief op kleine "
      "reparaties en een fiscale aftrek voor reparatie aan huis. Vlaanderen werkt al jaren met een breed stelsel "
      "van producentenverantwoordelijkheid, onder meer voor matrassen en meubels, en met een hoge heffing op het "
      "verbranden van afval. Duitsland ten slotte stelt in de federale inkoopregels dat bij gelijke geschiktheid "
      "de voorkeur uitgaat naar producten met gerecycled materiaal."),
    P("De ervaringen laten zien dat samenhang belangrijker is dan een enkel instrument. In Vlaanderen heeft de "
      "combinatie van een hoge verbrandingsheffing, producentenverantwoordelijkheid en investeringen in "
      "sorteercapaciteit geleid tot een van de hoogste recyclingpercentages van Europa. Het Franse reparatiefonds "
      "heeft daarentegen tot nu toe een beperkt effect, omdat het kortingsbedrag laag is en weinig reparateurs "
      "zich hebben aangesloten."),
    PageBreak(),
    H("5 Aanbevelingen"),
    P("Op basis van de analyse in de vorige hoofdstukken doet de Raad vier hoofdaanbevelingen. Elke "
      "hoofdaanbeveling is uitgewerkt in een aantal onderdelen. De onderdelen vormen samen een pakket: de Raad "
      "adviseert het kabinet nadrukkelijk om niet alleen de minst ingrijpende maatregelen te kiezen, omdat de "
      "effectiviteit van het geheel afhangt van de samenhang tussen beprijzing, normering, inkoop en "
      "industriebeleid."),
    H2("Aanbeveling 1: Beprijs primaire grondstoffen"),
    P("Zolang nieuwe grondstoffen goedkoper zijn dan gerecyclede, zal de markt zelf niet voor circulariteit "
      "kiezen. De Raad adviseert daarom de milieukosten van primaire grondstoffen en van verbranden en storten in "
      "de prijs tot uitdrukking te brengen, en de opbrengst te gebruiken om circulaire alternatieven te "
      "versterken. Deze aanbeveling is gericht aan de minister van Financiën en de staatssecretaris van "
      "Infrastructuur en Waterstaat. De Raad adviseert:"),
    lettered(1,
             ("Voer uiterlijk in 2028 een nationale heffing in op het gebruik van primaire, fossiele kunststof door "
              "producenten en importeurs van kunststof producten, met een tarief dat ten minste het prijsverschil "
              "met gerecycled kunststof overbrugt.", ("FIN", "IenW")),
             ("Verhoog de afvalstoffenbelasting op het verbranden en storten van afval stapsgewijs tot ten minste "
              "75 euro per ton in 2030, en maak het groeipad vooraf bekend zodat bedrijven en gemeenten zich "
              "kunnen voorbereiden.", ("FIN",)),
             ("Gebruik de opbrengst van deze beprijzing om investeringen in hoogwaardige recycling, hergebruik en "
              "reparatie te ondersteunen, zodat de lasten per saldo niet toenemen voor bedrijven die circulair "
              "werken.", ("FIN", "IenW")),
             ("Breng in kaart welke fiscale regelingen en subsidies het gebruik van primaire grondstoffen "
              "bevoordelen, en bouw deze uiterlijk in 2030 af.", ("FIN", "EZ")),
             ),
    H2("Aanbeveling 2: Maak producenten verantwoordelijk voor de hele keten"),
    P("Producenten bepalen in de ontwerpfase grotendeels hoe lang een product meegaat, of het kan worden "
      "gerepareerd en of de materialen kunnen worden teruggewonnen. Die verantwoordelijkheid moet ook financieel "
      "bij hen komen te liggen. Deze aanbeveling is gericht aan de staatssecretaris van Infrastructuur en "
      "Waterstaat en, voor onderdeel d, ook aan de minister van Economische Zaken. De Raad adviseert:"),
    lettered(2,
             ("Voer uitgebreide producentenverantwoordelijkheid in voor meubels, matrassen en bouwproducten, met "
              "wettelijke doelen voor hergebruik en hoogwaardige recycling en met een tariefdifferentiatie die "
              "circulair ontwerp beloont.", ("IenW",)),
             ("Stel een verplicht minimumaandeel gerecycled kunststof vast voor kunststof producten in de bouw en "
              "in consumentengoederen, oplopend tot 25 procent in 2030, en zet in Europees verband in op "
              "vergelijkbare eisen voor andere sectoren.", ("IenW",)),
             ("Zet in de uitwerking van de Europese ecodesignverordening in op strenge eisen aan levensduur en "
              "repareerbaarheid voor meubels, textiel en elektronica, en zorg dat de Inspectie Leefomgeving en "
              "Transport voldoende capaciteit heeft om daarop toe te zien.", ("IenW",)),
             ("Voer een landelijke reparatiebonus in waarmee consumenten de helft van de arbeidskosten van de "
              "reparatie van elektrische apparaten en kleding vergoed krijgen, tot een maximum per reparatie.",
              ("IenW", "EZ")),
             ),
    H2("Aanbeveling 3: Zet de inkoopkracht van de overheid in"),
    P("De overheid kan met haar inkoop en met haar ruimtelijk beleid een markt voor circulaire producten en "
      "diensten helpen ontstaan. Dat vraagt om minder vrijblijvendheid en meer inzicht in de resultaten. Deze "
      "aanbeveling is gericht aan de minister van Binnenlandse Zaken en Koninkrijksrelaties, die "
      "verantwoordelijk is voor het rijksinkoopstelsel, aan de staatssecretaris van Infrastructuur en Waterstaat "
      "en aan de provincies en gemeenten. De Raad adviseert:"),
    lettered(3,
             ("Maak circulair inkopen in de productgroepen bouw en infrastructuur, ICT-hardware, kantoormeubilair, "
              "bedrijfskleding en catering verplicht voor het Rijk, de provincies, de gemeenten en de "
              "waterschappen.", ("BZK", "GEMEENTEN", "OTHER")),
             ("Hanteer bij aanbestedingen van het Rijk boven de Europese drempelwaarde een schaduwprijs voor "
              "milieukosten, en weeg de zo berekende milieukosten mee in de gunning.", ("BZK", "IenW")),
             ("Reserveer in omgevingsvisies en bij de herstructurering van bedrijventerreinen ruimte voor "
              "circulaire bedrijvigheid, zoals hubs voor de opslag van herbruikbare bouwmaterialen, sorteer- en "
              "reparatiebedrijven (provincies en gemeenten).", ("GEMEENTEN", "OTHER")),
             ("Rapporteer jaarlijks aan de Tweede Kamer over het aandeel circulaire inkoop van het Rijk, per "
              "ministerie en per productgroep.", ("BZK",)),
             ),
    H2("Aanbeveling 4: Bouw aan een circulaire maakindustrie"),
    P("Zonder verwerkingscapaciteit en afnemers in Nederland en Europa leiden betere inzameling en hogere "
      "heffingen vooral tot export van afval. De Raad adviseert daarom een actief industriebeleid gericht op de "
      "circulaire economie. Deze aanbeveling is gericht aan de minister van Klimaat en Groene Groei, die "
      "verantwoordelijk is voor het industriebeleid en de maatwerkafspraken, en voor onderdeel a mede aan de "
      "minister van Financiën. De Raad adviseert:"),
    lettered(4,
             ("Richt een transitiefonds circulaire industrie op van ten minste 1 miljard euro voor de periode tot "
              "2035, voor investeringen in recycling, remanufacturing en de verwerking van secundaire "
              "grondstoffen.", ("EZ", "FIN")),
             ("Neem in de maatwerkafspraken met de grootste industriële uitstoters bindende doelen op voor de inzet "
              "van gerecyclede en biogebaseerde grondstoffen.", ("EZ",)),
             ("Ondersteun samen met de provincies de vorming van regionale clusters voor recycling en "
              "remanufacturing, met bijzondere aandacht voor ruimte, netaansluitingen en snelle "
              "vergunningverlening.", ("EZ", "OTHER")),
             ),
    H2("Tot slot"),
    P("De Raad beseft dat de aanbevelingen veel vragen van het kabinet, van andere overheden en van bedrijven. De "
      "circulaire transitie is echter geen kwestie van alles of niets. Elk onderdeel van het pakket draagt bij, en "
      "de onderdelen versterken elkaar. De Raad adviseert het kabinet om in de reactie op dit advies per onderdeel "
      "aan te geven of en wanneer het wordt uitgevoerd, zodat bedrijven en andere overheden weten waar zij aan "
      "toe zijn."),
    P("Den Haag, oktober 2025"),
    P("prof. dr. M.E. Vossenberg, voorzitter van de raadscommissie"),
    P("drs. H.J. (Hanneke) van Lier, algemeen secretaris"),
    PageBreak(),
    H("Bijlage 1 Verantwoording"),
    H2("Samenstelling raadscommissie"),
    bullets(
        "prof. dr. M.E. Vossenberg (voorzitter), raadslid",
        "ir. P.A. Driessen-Olde, raadslid",
        "dr. K. el Amrani, raadslid",
        "mr. drs. W.F. Scholten, extern lid",
        style="–",
    ),
    H2("Geraadpleegde organisaties"),
    P("De raadscommissie heeft onder meer gesproken met vertegenwoordigers van de volgende organisaties (fictieve "
      "en geanonimiseerde aanduidingen):"),
    bullets(
        "brancheorganisaties uit de afval- en recyclingsector, de kunststofverwerkende industrie, de "
        "meubelbranche en de bouw;",
        "vier producentenorganisaties die een stelsel van producentenverantwoordelijkheid uitvoeren;",
        "twee landelijke milieuorganisaties en een consumentenorganisatie;",
        "het Planbureau voor de Leefomgeving, het CBS en twee universiteiten;",
        "drie provincies, zes gemeenten en twee afvalinzamelingsbedrijven in publieke handen;",
        "de ministeries van Infrastructuur en Waterstaat, Financiën, Klimaat en Groene Groei en Binnenlandse Zaken "
        "en Koninkrijksrelaties (ambtelijk);",
        "het inkoopcentrum van een van de uitvoeringsorganisaties van het Rijk.",
        style="–",
    ),
    H("Bijlage 2 Literatuur"),
    bullets(
        "CE Delft (2025). Niet-geprijsde milieukosten van primaire en secundaire materialen. Verkenning in "
        "opdracht van de Raad voor Leefomgeving en Ruimte.",
        "Inspectie Leefomgeving en Transport (2024). Evaluatie producentenverantwoordelijkheid. Utrecht: ILT.",
        "Ministerie van Infrastructuur en Waterstaat (2023). Nationaal Programma Circulaire Economie 2023-2030. "
        "Den Haag.",
        "Planbureau voor de Leefomgeving (2025). Integrale Circulaire Economie Rapportage 2025. Den Haag: PBL.",
        "Raad voor Leefomgeving en Ruimte (2021). Grondstoffen als basis voor de leefomgeving. Den Haag.",
        "Rijksoverheid (2021). Manifest Maatschappelijk Verantwoord Inkopen 2021-2025. Den Haag.",
        style="–",
    ),
)

REPORT = Document(
    title="Van afval naar grondstof",
    subtitle="Versnelling van de circulaire economie",
    blocks=REPORT_BLOCKS,
    running_header="Raad voor Leefomgeving en Ruimte  |  Van afval naar grondstof  |  oktober 2025",
    footer="{page}",
    font_family="sans",
    font_size=10.5,
    imprint=("Raad voor Leefomgeving en Ruimte", "Advies RLR 2025/07", "Den Haag, oktober 2025"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV1A = "Een nationale heffing op primaire kunststof voert het kabinet echter niet in."
EV1B = ("Het kabinet verhoogt het tarief van de afvalstoffenbelasting per 1 januari 2027 met 6 euro per ton, maar "
        "kiest niet voor het groeipad naar 75 euro per ton in 2030 dat de Raad voorstelt.")
EV1C = ("De extra opbrengst van deze verhoging, naar verwachting 40 miljoen euro per jaar, vloeit vanaf 2027 "
        "volledig terug naar een nieuwe subsidieregeling voor hoogwaardige recycling, hergebruik en reparatie.")
EV1D = ("Wat betreft 1d: de minister van Financiën laat in 2026 in kaart brengen welke fiscale regelingen en "
        "subsidies het gebruik van primaire grondstoffen bevoordelen; over een eventuele afbouw besluit het kabinet "
        "pas nadat die inventarisatie is afgerond.")
EV2ABC = "De onderdelen a tot en met c neemt het kabinet over."
EV2D = "Een landelijke reparatiebonus, zoals de Raad in onderdeel d voorstelt, voert het kabinet niet in."
EV3A = ("Het kabinet maakt circulair inkopen in de vijf genoemde productgroepen vanaf 1 januari 2027 verplicht voor "
        "de rijksoverheid, maar legt die verplichting niet op aan provincies, gemeenten en waterschappen.")
EV3B = ("Vanaf 1 januari 2027 weegt het Rijk bij alle aanbestedingen boven de Europese drempelwaarde de "
        "milieukosten mee in de gunning, op basis van een schaduwprijs die per productgroep wordt vastgesteld.")
EV3D = ("Daarnaast neemt de minister van BZK het aandeel circulaire inkoop, uitgesplitst per ministerie en per "
        "productgroep, vanaf het verslagjaar 2026 op in de Jaarrapportage Bedrijfsvoering Rijk die jaarlijks aan "
        "uw Kamer wordt gezonden.")

RESPONSE_BLOCKS = (
    P("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal"),
    P("Postbus 20018, 2500 EA Den Haag"),
    P("Datum: 12 februari 2026"),
    P("Betreft: Kabinetsreactie op het advies 'Van afval naar grondstof' van de Raad voor Leefomgeving en Ruimte"),
    P("Geachte voorzitter,"),
    P("Op 16 oktober 2025 heeft de Raad voor Leefomgeving en Ruimte (hierna: de Raad) het advies 'Van afval naar "
      "grondstof: versnelling van de circulaire economie' uitgebracht. De Raad heeft dit advies opgesteld op "
      "verzoek van mijn ambtsvoorganger. Met deze brief bied ik u, mede namens de minister van Financiën, de "
      "minister van Klimaat en Groene Groei en de minister van Binnenlandse Zaken en Koninkrijksrelaties, de "
      "kabinetsreactie op het advies aan."),
    P("Ik dank de Raad voor een helder en goed onderbouwd advies. De Raad heeft met veel partijen gesproken en de "
      "ervaringen in andere landen zorgvuldig in kaart gebracht. Het advies komt op een moment dat het kabinet de "
      "tussenbalans van het Nationaal Programma Circulaire Economie (NPCE) opmaakt, en het levert daarvoor een "
      "waardevolle bijdrage."),
    H2("Het advies in het kort"),
    P("De Raad stelt vast dat de circulaire transitie ver achterblijft bij de doelen voor 2030. Het gebruik van "
      "primaire grondstoffen is sinds 2016 nauwelijks gedaald en het verbranden van afval is toegenomen. Volgens de "
      "Raad is de hoofdoorzaak dat lineair produceren goedkoper en eenvoudiger is dan circulair produceren. De Raad "
      "doet vier hoofdaanbevelingen: beprijs primaire grondstoffen, maak producenten verantwoordelijk voor de hele "
      "keten, zet de inkoopkracht van de overheid in en bouw aan een circulaire maakindustrie. Elke "
      "hoofdaanbeveling is uitgewerkt in drie of vier onderdelen."),
    H2("Algemene reactie"),
    P("Het kabinet onderschrijft de urgentie die uit het advies spreekt. De circulaire economie is niet alleen "
      "nodig om de druk op het milieu te verminderen, maar ook om de leveringszekerheid van grondstoffen te "
      "vergroten en de Nederlandse economie weerbaarder te maken. De analyse van de Raad, dat vrijwillige "
      "afspraken en projectsubsidies alleen onvoldoende zijn om een trendbreuk te bereiken, sluit aan bij de "
      "conclusies van het Planbureau voor de Leefomgeving."),
    P("Sinds de start van het NPCE zijn al verschillende stappen gezet. Ik noem er enkele:"),
    bullets(
        "per 1 juli 2023 geldt een stelsel van uitgebreide producentenverantwoordelijkheid voor textiel, met "
        "oplopende doelen voor hergebruik en recycling;",
        "in 2024 is de Circulaire Impuls van start gegaan, een subsidieregeling van 30 miljoen euro voor "
        "circulaire ketenprojecten;",
        "de ILT heeft haar toezicht op de export van afvalstoffen en op de bestaande upv-stelsels geïntensiveerd;",
        "het Rijk heeft met ruim honderd bedrijven en organisaties de Green Deal circulair bouwen afgesloten.",
    ),
    P("Tegelijk realiseert het kabinet zich dat deze stappen niet volstaan. Het kabinet wil de komende jaren meer "
      "normerend werken, in Europees verband waar dat kan en nationaal waar dat nodig is. Daarbij weegt het "
      "kabinet ook de gevolgen voor de concurrentiepositie van het bedrijfsleven, de uitvoerbaarheid en de "
      "gevolgen voor huishoudens mee. Dat leidt ertoe dat het kabinet niet alle aanbevelingen van de Raad "
      "overneemt. Hieronder ga ik per hoofdaanbeveling op het advies in."),
    H2("Aanbeveling 1 – beprijzing"),
    P("De Raad wijst erop dat de prijs van primaire grondstoffen de maatschappelijke kosten niet weerspiegelt, "
      "en dat dit de belangrijkste reden is dat gerecyclede materialen de concurrentie niet aankunnen. Die "
      "constatering wordt bevestigd door de verkenning van CE Delft die de Raad heeft laten uitvoeren en door "
      "eerdere studies van het Planbureau voor de Leefomgeving."),
    P("Het kabinet deelt de analyse van de Raad dat nieuw kunststof te goedkoop is in verhouding tot gerecycled "
      "kunststof, en dat dit de markt voor recyclaat ondermijnt. " + EV1A + " Nederland is een open economie met "
      "een grote kunststofverwerkende industrie die voor een belangrijk deel exporteert. Een eenzijdige nationale "
      "heffing zou de productie en de daarmee verbonden werkgelegenheid naar het buitenland doen verschuiven, "
      "zonder dat de vraag naar primaire kunststof in Europa afneemt. Daarnaast zou de heffing op geïmporteerde "
      "halffabricaten en eindproducten voor de Belastingdienst en de Douane zeer moeilijk uitvoerbaar zijn, zo "
      "blijkt uit een eerste uitvoeringsverkenning.",
      answers=(Answer("1a", "disagree", EV1A),)),
    P("Wel ziet het kabinet ruimte om het verbranden van afval minder aantrekkelijk te maken. " + EV1B + " Een "
      "sterkere verhoging zou volgens het kabinet leiden tot hogere afvalstoffenheffingen voor huishoudens en tot "
      "meer export van afval naar verbrandingsinstallaties in het buitenland, waar de tarieven lager liggen. Het "
      "kabinet beziet in 2028, op basis van een evaluatie van de effecten van deze verhoging, of een verdere stap "
      "verantwoord is.",
      answers=(Answer("1b", "partial", EV1B),)),
    P(EV1C + " De regeling richt zich op investeringen in sorteer- en recyclingcapaciteit en op bedrijven die "
      "gebruikte producten inzamelen, opknappen en opnieuw verkopen. De Rijksdienst voor Ondernemend Nederland voert "
      "de regeling uit; de eerste openstelling is voorzien in het voorjaar van 2027.",
      answers=(Answer("1c", "agree", EV1C),)),
    P(EV1D + " De inventarisatie wordt uitgevoerd in samenhang met het lopende onderzoek naar fossiele subsidies "
      "en betreft onder meer de vrijstellingen in de energiebelasting en het ontbreken van een heffing op "
      "oppervlaktedelfstoffen. Ik zal uw Kamer over de uitkomsten informeren bij de voorjaarsbesluitvorming van "
      "2027.",
      answers=(Answer("1d", "partial", EV1D),)),
    H2("Aanbeveling 2 – producentenverantwoordelijkheid en ontwerp"),
    P("Het kabinet is het met de Raad eens dat producenten een grotere rol moeten spelen in het sluiten van "
      "kringlopen. Uitgebreide producentenverantwoordelijkheid heeft zich bij verpakkingen en elektrische "
      "apparaten bewezen als een instrument dat de inzameling en recycling sterk verbetert. De evaluatie van de "
      "ILT laat echter ook zien dat de bestaande stelsels nog te weinig prikkels bevatten voor beter ontwerp."),
    P(EV2ABC + " Ik zal in 2026 een wetsvoorstel in consultatie brengen dat een algemene grondslag biedt voor "
      "upv-stelsels met wettelijke doelen voor hergebruik en recycling, en dat voorschrijft dat de bijdrage die "
      "producenten betalen afhangt van de recyclebaarheid en levensduur van hun product. Op basis van die "
      "grondslag worden de stelsels voor matrassen en meubels per 1 januari 2028 ingevoerd; voor bouwproducten "
      "volgt een stelsel uiterlijk in 2029. Voor kunststof producten in de bouw en in consumentengoederen stel "
      "ik een verplicht minimumaandeel gerecycled kunststof vast dat oploopt tot 25 procent in 2030, en in de "
      "onderhandelingen over de gedelegeerde handelingen onder de ecodesignverordening zet Nederland in op "
      "strenge eisen aan levensduur en repareerbaarheid, te beginnen met textiel en meubels.",
      answers=(Answer("2a", "agree", EV2ABC), Answer("2b", "agree", EV2ABC), Answer("2c", "agree", EV2ABC))),
    P("Voor de uitvoering van deze onderdelen is het volgende tijdpad voorzien:"),
    bullets(
        "2026: internetconsultatie van het wetsvoorstel producentenverantwoordelijkheid en notificatie van de "
        "recyclaateis bij de Europese Commissie;",
        "2027: behandeling van het wetsvoorstel in uw Kamer; uitbreiding van de capaciteit van de ILT met twintig "
        "fte voor toezicht op productnormen;",
        "2028: inwerkingtreding van de stelsels voor matrassen en meubels; eerste stap in het minimumaandeel "
        "recyclaat (10 procent);",
        "2029-2030: stelsel voor bouwproducten en verdere verhoging van het minimumaandeel recyclaat.",
        style="–",
    ),
    P("Het kabinet waardeert het dat de Raad aandacht vraagt voor reparatie. Reparatie verlengt de levensduur van "
      "producten en levert lokale werkgelegenheid op. " + EV2D + " De Franse ervaring, die de Raad zelf ook "
      "beschrijft, laat zien dat een dergelijke regeling veel uitvoeringslasten met zich meebrengt en tot nu toe "
      "weinig effect heeft. Het kabinet verwacht meer van het Europese recht op reparatie, dat producenten "
      "verplicht reparatie tegen een redelijke prijs aan te bieden, en dat Nederland uiterlijk in 2026 in "
      "nationale wetgeving omzet.",
      answers=(Answer("2d", "disagree", EV2D),)),
    H2("Aanbeveling 3 – inkoop"),
    P("De overheid is een grote inkoper en kan daarmee een markt helpen ontwikkelen. Het kabinet erkent dat het "
      "Manifest Maatschappelijk Verantwoord Inkopen tot nu toe te vrijblijvend is uitgevoerd. De minister van BZK, "
      "die verantwoordelijk is voor het rijksinkoopstelsel, heeft daarom in overleg met de categoriemanagers "
      "van het Rijk onderzocht hoe circulaire criteria steviger kunnen worden verankerd."),
    P(EV3A + " Het Rijk heeft voor deze productgroepen al criteria en marktkennis opgebouwd en kan het goede "
      "voorbeeld geven. Decentrale overheden zijn zelf verantwoordelijk voor hun inkoopbeleid en verschillen "
      "sterk in omvang en inkoopvolume; een wettelijke verplichting zou vooral voor kleinere gemeenten tot "
      "aanzienlijke uitvoeringslasten leiden. Het kabinet stelt de rijkscriteria en de bijbehorende handreikingen "
      "wel beschikbaar aan provincies, gemeenten en waterschappen die ze willen gebruiken.",
      answers=(Answer("3a", "partial", EV3A),)),
    P("De Raad constateert terecht dat milieukosten in aanbestedingen nauwelijks een rol spelen en dat over de "
      "resultaten van circulair inkopen weinig bekend is. " + EV3B + " Voor de bouw en de infrastructuur sluit "
      "het Rijk daarbij aan bij de methode die Rijkswaterstaat al hanteert. " + EV3D + " Zo wordt zichtbaar "
      "welke ministeries vooroplopen en waar extra inspanning nodig is.",
      answers=(Answer("3b", "agree", EV3B), Answer("3d", "agree", EV3D))),
    P("De Raad vraagt verder aandacht voor ruimte voor circulaire bedrijvigheid. Het reserveren van ruimte voor "
      "hubs, sorteer- en reparatiebedrijven is een taak van provincies en gemeenten bij het opstellen van hun "
      "omgevingsvisies en bij de herstructurering van bedrijventerreinen."),
    H2("Aanbeveling 4 – circulaire industrie"),
    P("De onderdelen van aanbeveling 4 zijn onderdeel van de lopende verkenning naar een circulair "
      "industriebeleid die de minister van Klimaat en Groene Groei dit voorjaar afrondt."),
    H2("Tot slot"),
    P("Het advies van de Raad laat zien dat de circulaire economie een opgave is die verder reikt dan het "
      "afvalbeleid. Zij raakt aan het fiscale stelsel, het industriebeleid, de ruimtelijke ordening en de manier "
      "waarop de overheid zelf inkoopt. Het kabinet zet met deze reactie een aantal stappen die de transitie "
      "versnellen, en het is zich ervan bewust dat die stappen niet overal zo ver gaan als de Raad adviseert."),
    P("Ik zal uw Kamer jaarlijks bij de voortgangsrapportage van het NPCE informeren over de uitvoering van de "
      "maatregelen uit deze brief. De eerstvolgende rapportage ontvangt u in het najaar van 2026."),
    P("Hoogachtend,"),
    P("de staatssecretaris van Infrastructuur en Waterstaat,"),
    P("drs. R.T. Bosschaert-Meijling"),
)

RESPONSE = Document(
    title="Kabinetsreactie op het advies 'Van afval naar grondstof'",
    subtitle="Brief van de staatssecretaris van Infrastructuur en Waterstaat  |  Ministerie van Infrastructuur en "
             "Waterstaat, Directie Circulaire Economie  |  Kenmerk IENW/BSK-2026/31877",
    blocks=RESPONSE_BLOCKS,
    running_header="Kabinetsreactie advies RLR 'Van afval naar grondstof'  |  12 februari 2026",
    footer="Pagina {page} van {pages}",
    font_family="sans",
    font_size=10.5,
    title_page=False,
)

PAIR = Pair(
    name="circular_economy_lettered_advice",
    report=REPORT,
    response=RESPONSE,
    description="Advisory-council advice on the circular economy with a two-column summary and four main "
                "recommendations as headings, each with lettered sub-recommendations a-d (gold numbers 1a ... 4c, "
                "15 in all); answered in a kabinetsreactie of the staatssecretaris of IenW per letter, per main "
                "recommendation ('De onderdelen a tot en met c ...') and by subject; recommendation 4 is only said "
                "to be part of an ongoing exploration.",
)
