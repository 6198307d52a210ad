"""Pair: a fictional socio-economic council advice (SER-like, "Raad voor Arbeid en Economie") on labour migration,
with thirteen lettered recommendations in three "pijlers", answered by a letter of the minister of SZW that opens
with a short summary of the cabinet's overall view and then answers pillar by pillar.

Report layout: serif, title page with imprint, running header "RAE | Eerlijk werk, gedeelde verantwoordelijkheid |
Advies 25/04", footers with the page number, footnotes.  "Samenvatting" in prose with a bullet list naming the three
pillars (no recommendation repeated), chapters numbered in the heading text ("3 Knelpunten") with level-2
sections.  Non-recommendation lists: a "1." list of advice questions (1.1), a bullet list of research methods
(1.3), a grid table of figures per sector (2.1), a bullet list of measures taken since 2020 (2.4), a bullet list of
conclusions (3.7), an "a)" list of principles (chapter 4), bullet lists of the committee and of consulted
organisations (annexes).  Chapter 5 "Aanbevelingen" has one level-2 heading per pillar ("Pijler 1 - ..."), an
introduction, and then every recommendation as its own one-item "1." list labelled with its printed number ("1a.",
"1b.", ... "3d.") followed by a "Toelichting" paragraph.  The addressee is named inside each recommendation.

Response layout: sans letter without title page (letterhead title, "Datum / Kenmerk / Betreft" lines), a section
"Samenvatting" ("Het kabinet neemt het merendeel van de aanbevelingen over; ...") that names no single
recommendation and answers none, a section "Achtergrond" with existing policy and a bullet list of measures already
taken (no answers), then one section per pillar answering in prose, sometimes citing "(1a)" or "aanbeveling 2b",
sometimes only by subject, and a closing section with thanks and a promise to report on progress.

Recommendations (number, addressee -> departments, gold position, why):
  1a separate housing and employment contract, 4 weeks (minister SZW; SZW)     agree - "(1a)" cited, "Het kabinet
                                                           neemt deze aanbeveling over." (bill in consultation)
  1b Wtta on 1-1-2026 unchanged + capacity for its supervision (SZW)          agree - by subject, no cue word:
                                                           committed date plus structural 12 million for toezicht
  1c cao agreements on information and language lessons (sociale partners; OTHER) not_addressed - number cited but
                                                           passed on: it is up to the social partners, the Stichting
                                                           van de Arbeid will send its own reaction
  1d shorten the uitzendbeding to 26 weeks, no cao extension (SZW, OTHER)     partial - shortened to 52 weeks and no
                                                           cao deviation, the 26 weeks declined (one sentence)
  1e contract and cost overview before departure, own language (SZW)         agree - by subject, no cue: obligation
                                                           per 1 juli 2026 (same paragraph as 1b, second answer)
  2a include migrants in the woonvisie, housing targets (gemeenten, minister VRO; GEMEENTEN, BZK) not_addressed -
                                                           existing policy plus a pass-on to the minister of VRO
  2b employer reports the residential address to the gemeente (SZW)          agree - "Het kabinet volgt aanbeveling
                                                           2b ..." with a concrete measure
  2c information point in every labour market region (gemeenten; GEMEENTEN)  partial - only "bezien" with the VNG,
                                                           no commitment on funding
  2d municipal levy per migrant worker (ministers of SZW and BZK; SZW, BZK)  disagree - "acht het kabinet niet
                                                           wenselijk" (by subject)
  3a Arbeidsinspectie publishes results, risk-based focus (Arbeidsinspectie; SZW) agree - "(3a)" cited, "In overleg
                                                           met de inspecteur-generaal neem ik deze aanbeveling over."
  3b grow the inspectorate to the ILO norm (SZW)                              disagree - same paragraph as 3a;
                                                           existing growth path given as reason, "niet haalbaar"
  3c labour migration test for new establishments (ministers of SZW and EZ; SZW, EZ) partial - only "verken ik",
                                                           a mandatory test goes too far
  3d ban on temporary agency work in meat processing (SZW)                   disagree - by subject, "kiest er daarom
                                                           niet voor"
Totals: agree 5, partial 3, disagree 3, not_addressed 2.  The summary of the response ("neemt het merendeel van de
aanbevelingen over") is not a blanket acceptance and carries no answer.
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


def H3(text: str) -> Heading:
    return Heading(text, level=3)


def bullets(*texts: str, style: str = "•") -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style=style)


def rec(number: str, departments: tuple[str, ...], text: str) -> ItemList:
    """One recommendation printed as its own list item, labelled with its number ("1a.")."""
    return ItemList(items=(ListItem(text, recommendation=Recommendation(number, departments)),), style="1.")


def toelichting(text: str, footnotes: tuple[str, ...] = ()) -> Paragraph:
    return P("Toelichting. " + text, footnotes=footnotes)


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H("Samenvatting"),
    P("Nederland is voor een groot deel van zijn economie afhankelijk geworden van arbeidsmigranten. In de "
      "distributiecentra, de vleesverwerking, de land- en tuinbouw, de bouw en steeds vaker ook in de zorg en de "
      "techniek werken honderdduizenden mensen uit andere lidstaten van de Europese Unie en, in kleinere aantallen, "
      "van daarbuiten. Zij leveren een onmisbare bijdrage aan de welvaart. Tegelijk laten rapporten van de "
      "Arbeidsinspectie, het Aanjaagteam Bescherming Arbeidsmigranten en talrijke gemeenten al jaren hetzelfde "
      "beeld zien: te veel arbeidsmigranten zijn voor hun werk, hun woning, hun vervoer en hun zorgverzekering "
      "afhankelijk van één en dezelfde partij, en die afhankelijkheid wordt te vaak misbruikt."),
    P("De minister van Sociale Zaken en Werkgelegenheid heeft de Raad gevraagd te adviseren over de vraag hoe "
      "Nederland de voordelen van arbeidsmigratie kan behouden en tegelijk de misstanden kan terugdringen en de "
      "druk op wonen en voorzieningen in gemeenten kan beheersen. De Raad heeft daartoe een commissie ingesteld "
      "waarin werkgevers, werknemers en onafhankelijke leden zitting hadden. Dit advies is unaniem vastgesteld."),
    P("De Raad concludeert dat de maatregelen van de afgelopen jaren de goede richting op wijzen, maar dat zij te "
      "vrijblijvend zijn gebleven en te traag worden ingevoerd. Het stelsel rust nog te veel op de bereidheid van "
      "individuele werkgevers en uitzendbureaus om het goed te doen, terwijl de bonafide ondernemers juist worden "
      "ondergraven door partijen die de regels ontduiken. Daarbij komen de kosten van arbeidsmigratie, in de vorm "
      "van druk op de woningmarkt en op lokale voorzieningen, terecht bij gemeenten en hun inwoners, terwijl de "
      "opbrengsten vooral bij bedrijven liggen."),
    P("De Raad doet dertien aanbevelingen, verdeeld over drie pijlers:"),
    bullets(
        "Pijler 1 - Goed werkgeverschap en gelijke behandeling: de positie van de arbeidsmigrant wordt versterkt "
        "door werk en wonen van elkaar los te maken, de uitzendbranche aan strengere eisen te binden en de "
        "informatie over rechten en kosten vóór vertrek te verbeteren.",
        "Pijler 2 - Wonen, registratie en meedoen: gemeenten krijgen beter zicht op wie er in hun gemeente woont en "
        "werkt, plannen huisvesting voor arbeidsmigranten als onderdeel van hun woningbouwopgave en zorgen voor "
        "een herkenbaar informatiepunt.",
        "Pijler 3 - Toezicht, handhaving en bewuste keuzes: de pakkans moet omhoog, en bij de vestiging van "
        "arbeidsintensieve bedrijven moet vooraf worden afgewogen wat die vraag naar arbeid betekent voor wonen, "
        "zorg en leefbaarheid.",
    ),
    P("De aanbevelingen zijn gericht aan de minister van Sociale Zaken en Werkgelegenheid, aan andere betrokken "
      "bewindspersonen, aan gemeenten, aan de Nederlandse Arbeidsinspectie en aan werkgevers- en "
      "werknemersorganisaties. De Raad benadrukt dat de drie pijlers samenhangen: betere bescherming zonder "
      "handhaving blijft papier, en strengere handhaving zonder goede huisvesting verplaatst de problemen naar "
      "de straat."),
    PageBreak(),
    H("1 Inleiding"),
    H2("1.1 Adviesaanvraag"),
    P("Op 14 februari 2024 vroeg de minister van Sociale Zaken en Werkgelegenheid de Raad om advies over "
      "arbeidsmigratie. Aanleiding voor de aanvraag waren de aanhoudende signalen over slechte huisvesting en "
      "uitbuiting, de groeiende zorgen in gemeenten over de leefbaarheid in wijken en kernen waar veel "
      "arbeidsmigranten wonen, en de vraag of de Nederlandse economie niet te afhankelijk is geworden van "
      "laagbetaald werk dat vooral door arbeidsmigranten wordt gedaan.", footnotes=(
        "Brief van de minister van SZW aan de voorzitter van de Raad, 14 februari 2024, kenmerk 2024-0000031274.",)),
    P("De adviesaanvraag bevatte de volgende vragen:", bold=True),
    ItemList(items=(
        ListItem("Wat is de omvang en de samenstelling van de arbeidsmigratie naar Nederland, en hoe ontwikkelt "
                 "die zich naar verwachting tot 2035?"),
        ListItem("Welke knelpunten ervaren arbeidsmigranten zelf, werkgevers en gemeenten, en wat zijn daarvan de "
                 "belangrijkste oorzaken?"),
        ListItem("Welke maatregelen zijn nodig om de positie van arbeidsmigranten op de arbeidsmarkt en de "
                 "woningmarkt te versterken, en wie is daarvoor aan zet?"),
        ListItem("Hoe kan bij economische keuzes beter rekening worden gehouden met de maatschappelijke gevolgen "
                 "van arbeidsmigratie?"),
    ), style="1."),
    P("De Raad heeft de eerste vraag vooral beantwoord met bestaand onderzoek. Het zwaartepunt van dit advies "
      "ligt bij de vragen 2 tot en met 4."),
    H2("1.2 Afbakening"),
    P("Onder arbeidsmigranten verstaat de Raad in dit advies mensen die naar Nederland komen om hier te werken, "
      "voor korte of langere tijd. Het gaat om werknemers uit andere lidstaten van de Europese Unie, die op grond "
      "van het vrij verkeer van werknemers geen vergunning nodig hebben, en om werknemers uit landen buiten de "
      "Unie die met een tewerkstellingsvergunning of een gecombineerde vergunning voor verblijf en arbeid hier "
      "werken. Kennismigranten vallen buiten dit advies, evenals asielstatushouders, omdat voor hen een ander "
      "beleidskader geldt."),
    P("De Raad richt zich vooral op arbeidsmigranten in de laagbetaalde segmenten van de arbeidsmarkt. Daar zijn "
      "de knelpunten het grootst. Dat betekent niet dat arbeidsmigratie in de middelbare en hogere segmenten "
      "zonder vragen is; ook daar spelen huisvesting en integratie een rol. Die vragen komen in dit advies "
      "zijdelings aan bod."),
    H2("1.3 Werkwijze"),
    P("Het advies is voorbereid door de commissie Arbeidsmigratie van de Raad. De commissie kwam tussen april "
      "2024 en januari 2025 elf keer bijeen. Zij maakte gebruik van:"),
    bullets(
        "een literatuurstudie naar onderzoek over arbeidsmigratie sinds 2015, waaronder de rapporten van het "
        "Aanjaagteam Bescherming Arbeidsmigranten en de Staatscommissie Demografische Ontwikkelingen 2050;",
        "een analyse van gegevens van het CBS, het UWV en de Nederlandse Arbeidsinspectie over werkgelegenheid, "
        "inkomen en inspecties;",
        "werkbezoeken aan distributiecentra in Venlo en Tilburg, een vleesverwerkend bedrijf in Oss, een "
        "kassengebied in het Westland en huisvestingslocaties in drie gemeenten;",
        "gesprekken met 46 arbeidsmigranten in het Pools, Roemeens en Bulgaars, gevoerd met hulp van tolken;",
        "een expertbijeenkomst met gemeenten, woningcorporaties, uitzendbureaus, vakbonden en onderzoekers.",
    ),
    P("Een overzicht van de geraadpleegde organisaties staat in bijlage 2. De Raad dankt allen die hun kennis en "
      "ervaring hebben gedeeld, in het bijzonder de arbeidsmigranten die bereid waren over hun situatie te "
      "vertellen, vaak na een lange werkdag."),
    H2("1.4 Leeswijzer"),
    P("Hoofdstuk 2 schetst de feiten en het beleid van de afgelopen jaren. Hoofdstuk 3 beschrijft de knelpunten "
      "die de Raad heeft vastgesteld. In hoofdstuk 4 formuleert de Raad de uitgangspunten die hem bij zijn "
      "aanbevelingen hebben geleid. Hoofdstuk 5 bevat de aanbevelingen, geordend in drie pijlers."),
    H("2 Arbeidsmigratie in Nederland"),
    H2("2.1 Omvang en samenstelling"),
    P("Het precieze aantal arbeidsmigranten in Nederland is niet bekend, omdat een groot deel van hen kort "
      "verblijft en zich niet of niet volledig registreert. Op basis van loonaangiften schat het CBS dat in 2023 "
      "ruim 920.000 mensen met een buitenlandse nationaliteit of herkomst op enig moment in Nederland hebben "
      "gewerkt zonder hier op het moment van aankomst te wonen. Ongeveer twee derde van hen komt uit Midden- en "
      "Oost-Europa, met Polen als verreweg de grootste groep, gevolgd door Roemenië en Bulgarije. Het aandeel "
      "werknemers uit landen buiten de Europese Unie is klein maar groeit snel, vooral in het transport en de "
      "scheepsbouw.", footnotes=(
        "CBS, Arbeidsmigratie in cijfers 2024, tabel 2.3. Het gaat om personen met ten minste één baan in het "
        "betreffende jaar; iemand die in meerdere jaren werkt, telt in elk jaar mee.",)),
    P("Tabel 1 geeft een beeld van de sectoren waarin arbeidsmigranten werken. Het gaat om banen, niet om "
      "personen; een arbeidsmigrant die in één jaar in twee sectoren werkt, telt in beide mee."),
    Table(
        header=("Sector", "Banen arbeidsmigranten 2023", "Aandeel in sector", "Waarvan via uitzendbureau"),
        rows=(
            ("Logistiek en distributie", "176.000", "24%", "81%"),
            ("Land- en tuinbouw", "142.000", "38%", "72%"),
            ("Voedingsmiddelenindustrie (waarvan vleesverwerking)", "88.000 (31.000)", "27% (59%)", "64% (78%)"),
            ("Bouw en installatie", "61.000", "11%", "47%"),
            ("Metaal en techniek", "54.000", "8%", "55%"),
            ("Zorg en welzijn", "23.000", "2%", "19%"),
            ("Overige sectoren", "210.000", "4%", "58%"),
        ),
        widths=(3.2, 2.2, 1.6, 2.0),
    ),
    P("Bron: CBS, bewerking Raad. De aandelen tussen haakjes betreffen de vleesverwerking."),
    H2("2.2 Sectoren en regio's"),
    P("Arbeidsmigratie is sterk geconcentreerd. In Noord- en Midden-Limburg, West-Brabant, het Westland, de "
      "regio Rotterdam en de kop van Noord-Holland werkt een veelvoud van het landelijk gemiddelde aan "
      "arbeidsmigranten. In sommige kernen in die regio's bestaat in het hoogseizoen een kwart van de bevolking "
      "uit arbeidsmigranten. De vraag naar arbeid is daar bovendien gegroeid door de vestiging van grote "
      "distributiecentra, die in korte tijd honderden tot duizenden werknemers nodig hebben."),
    P("Opvallend is dat het aandeel arbeidsmigranten dat via een uitzendbureau werkt, in Nederland veel groter is "
      "dan in de ons omringende landen. In de logistiek en de vleesverwerking werkt ruim driekwart van de "
      "arbeidsmigranten via een uitzendbureau, vaak jarenlang bij dezelfde inlener. De Raad acht dit een van de "
      "belangrijkste verklaringen voor de afhankelijke positie waarin veel arbeidsmigranten verkeren."),
    H2("2.3 Kort en lang verblijf"),
    P("Het beeld van de arbeidsmigrant die enkele maanden komt en weer vertrekt, klopt steeds minder. Van de "
      "arbeidsmigranten die in 2015 in Nederland begonnen te werken, woont ruim een kwart er acht jaar later nog. "
      "Een deel van hen heeft een gezin laten overkomen; hun kinderen gaan hier naar school. Tegelijk is er een "
      "grote groep die telkens voor korte periodes terugkomt, soms bij verschillende werkgevers en op "
      "verschillende adressen. Voor beide groepen gelden andere behoeften aan huisvesting, taal en "
      "ondersteuning, maar het beleid maakt dat onderscheid nauwelijks."),
    P("Uit de gesprekken die de Raad met arbeidsmigranten voerde, blijkt dat de keuze om te blijven vaak pas "
      "gaandeweg wordt gemaakt. Wie als seizoenskracht komt en na twee jaar nog steeds in een gedeelde kamer op "
      "een vakantiepark woont, heeft weinig houvast om een ander bestaan op te bouwen. Omgekeerd blijven mensen "
      "soms langer dan zij wilden, omdat zij hun schulden bij het uitzendbureau of de huisvester nog moeten "
      "afbetalen."),
    H2("2.4 Beleid sinds 2020"),
    P("In 2020 bracht het Aanjaagteam Bescherming Arbeidsmigranten onder leiding van oud-minister Roemer zijn "
      "advies 'Geen tweederangsburgers' uit. Het kabinet heeft de meeste aanbevelingen van het aanjaagteam "
      "overgenomen. Sindsdien zijn onder meer de volgende maatregelen genomen of in gang gezet:"),
    bullets(
        "de invoering van een verplicht toelatingsstelsel voor uitzendbureaus (Wet toelating terbeschikkingstelling "
        "arbeidskrachten), dat volgens de huidige planning op 1 januari 2026 in werking treedt;",
        "een verbod op het inhouden van andere kosten dan huisvestingskosten op het wettelijk minimumloon, en een "
        "maximum van 25 procent voor die huisvestingskosten;",
        "de verplichting om loon- en huurafspraken in aparte overeenkomsten vast te leggen;",
        "de uitbreiding van de capaciteit van de Nederlandse Arbeidsinspectie, met ruim 300 fte in de periode "
        "2022-2026;",
        "de Wet goed verhuurderschap, die gemeenten de mogelijkheid geeft een verhuurvergunning in te voeren voor "
        "de verhuur aan arbeidsmigranten;",
        "de oprichting van regionale informatiepunten voor arbeidsmigranten in veertien gemeenten.",
    ),
    P("De Raad waardeert deze stappen. Hij constateert wel dat verschillende maatregelen vertraging hebben "
      "opgelopen en dat andere, zoals de aparte huur- en arbeidsovereenkomst, in de praktijk nog weinig "
      "veranderen aan de afhankelijkheid van arbeidsmigranten. In het volgende hoofdstuk gaat de Raad daar "
      "nader op in.", footnotes=(
        "Zie ook de vierde voortgangsrapportage over de aanbevelingen van het Aanjaagteam, Kamerstukken II "
        "2023/24, 29 861, nr. 112.",)),
    H("3 Knelpunten"),
    H2("3.1 Afhankelijkheid van één partij"),
    P("Het meest wezenlijke probleem is volgens de Raad de stapeling van afhankelijkheden. Een arbeidsmigrant die "
      "via een uitzendbureau werkt, woont vaak in huisvesting die door datzelfde uitzendbureau wordt geregeld, "
      "wordt met een busje van datzelfde bureau naar het werk gebracht en is soms ook via het bureau verzekerd. "
      "Wie zijn baan verliest, verliest daarmee in veel gevallen binnen enkele dagen ook zijn dak boven het hoofd. "
      "Dat maakt arbeidsmigranten terughoudend om misstanden te melden, over te stappen naar een andere werkgever "
      "of ziek thuis te blijven."),
    P("De gesprekken die de Raad voerde, bevestigen dat beeld. Verschillende arbeidsmigranten vertelden dat zij "
      "bij ziekte toch gingen werken omdat zij vreesden hun kamer kwijt te raken. Anderen vertelden dat een "
      "collega die had geklaagd over de hygiëne in de woning, niet meer werd ingeroosterd en binnen een week de "
      "woning moest verlaten. De verplichting om huur en arbeid in aparte overeenkomsten vast te leggen, verandert "
      "daar in de praktijk weinig aan zolang de huurovereenkomst automatisch eindigt met het werk."),
    H2("3.2 Loon en arbeidsvoorwaarden"),
    P("Arbeidsmigranten verdienen gemiddeld beduidend minder dan Nederlandse werknemers in hetzelfde beroep. "
      "Voor een deel is dat te verklaren uit leeftijd, ervaring en opleiding, maar onderzoek laat zien dat er ook "
      "na correctie voor die kenmerken een loonverschil resteert. Een belangrijke oorzaak is dat veel "
      "arbeidsmigranten vallen onder de uitzend-cao in plaats van de cao van de inlenende sector, en dat zij lang "
      "in de fasen met minder rechten blijven hangen. Het uitzendbeding, waarmee de uitzendovereenkomst van "
      "rechtswege eindigt als de inlener de opdracht beëindigt, kan bij cao worden verlengd en geldt in de "
      "praktijk voor veel arbeidsmigranten anderhalf jaar of langer."),
    P("Daarnaast ontbreekt het arbeidsmigranten vaak aan goede informatie over wat zij verdienen en wat er wordt "
      "ingehouden. Een kwart van de arbeidsmigranten die de Raad sprak, had vóór vertrek geen schriftelijk "
      "contract gezien. Meer dan de helft wist bij aankomst niet hoeveel de huisvesting en het vervoer zouden "
      "kosten. Loonstroken zijn doorgaans alleen in het Nederlands beschikbaar, en inhoudingen worden in "
      "verzamelposten weergegeven die niet te controleren zijn.", footnotes=(
        "Vergelijk de bevindingen van de Arbeidsinspectie in de Staat van Eerlijk werk 2024, hoofdstuk 4.",)),
    H2("3.3 Huisvesting"),
    P("Het tekort aan geschikte huisvesting voor arbeidsmigranten wordt geschat op 100.000 tot 120.000 plaatsen. "
      "Bij gebrek aan beter wonen arbeidsmigranten in overbewoonde eengezinswoningen, op vakantieparken, in "
      "bedrijfspanden en soms in caravans of tenten. In de gesprekken met gemeenten bleek dat huisvesting voor "
      "arbeidsmigranten zelden een plaats heeft in de woonvisie en de woningbouwprogrammering. Projecten voor "
      "short-stay- en mid-stay-huisvesting stuiten op weerstand van omwonenden en op trage procedures, en "
      "gemeenten wijzen de opgave soms af in de verwachting dat buurgemeenten haar zullen oppakken."),
    P("Tegelijk laten de werkbezoeken zien dat goede huisvesting mogelijk is. In twee gemeenten trof de Raad "
      "kleinschalige complexen aan waar arbeidsmigranten een eigen kamer hebben, waar beheer en toezicht goed "
      "geregeld zijn en waar de verhouding met de buurt goed is. Gemeenten die de opgave vroegtijdig met "
      "werkgevers en corporaties hebben opgepakt, ervaren aanzienlijk minder overlast."),
    H2("3.4 Registratie en zicht"),
    P("Gemeenten weten vaak niet hoeveel arbeidsmigranten er in hun gemeente wonen en waar. Arbeidsmigranten "
      "die korter dan vier maanden blijven, kunnen zich inschrijven in de Registratie Niet-ingezetenen (RNI), "
      "maar daarin staat geen verblijfsadres in Nederland. Wie langer blijft, moet zich in de Basisregistratie "
      "Personen laten inschrijven, maar doet dat lang niet altijd. Gemeenten schatten dat zij van een derde tot de "
      "helft van de arbeidsmigranten in hun gemeente niet in beeld hebben. Dat bemoeilijkt de handhaving van "
      "huisvestingsnormen, de planning van voorzieningen en de bereikbaarheid van mensen in nood."),
    P("Werkgevers en uitzendbureaus weten doorgaans wel waar hun werknemers verblijven, zeker als zij de "
      "huisvesting zelf regelen. Die informatie komt nu niet bij de gemeente terecht. Verschillende gemeenten "
      "hebben met uitzendbureaus convenanten gesloten over het doorgeven van adressen, maar die afspraken zijn "
      "vrijwillig en worden ongelijk nageleefd."),
    H2("3.5 Toezicht en handhaving"),
    P("De Nederlandse Arbeidsinspectie is de afgelopen jaren gegroeid, maar de pakkans voor werkgevers die de "
      "regels overtreden is nog steeds klein. In 2023 voerde de inspectie ruim 2.100 inspecties uit gericht op "
      "eerlijk werk; gelet op het aantal uitzendbureaus en inleners betekent dat dat een bedrijf gemiddeld eens "
      "in de vijftig jaar wordt bezocht. Naar de norm van de Internationale Arbeidsorganisatie (ILO), van één "
      "inspecteur per 10.000 werknemers, zou Nederland ongeveer 950 inspecteurs voor arbeidsomstandigheden en "
      "eerlijk werk nodig hebben; dat aantal wordt bij de huidige groei ook in 2026 niet gehaald.", footnotes=(
        "ILO, Strategies and Practice for Labour Inspection, GB.297/ESP/3, 2006. De norm geldt voor "
        "geïndustrialiseerde markteconomieën.",)),
    P("Bovendien zijn de resultaten van het toezicht voor arbeidsmigranten, opdrachtgevers en gemeenten "
      "nauwelijks zichtbaar. Inlenende bedrijven die zaken willen doen met een bonafide uitzendbureau, kunnen niet "
      "nagaan of dat bureau eerder is beboet. Andere toezichthouders, zoals de NVWA, werken in dezelfde sectoren "
      "maar delen hun bevindingen slechts beperkt met de Arbeidsinspectie."),
    H2("3.6 Economische structuur en maatschappelijke kosten"),
    P("De vraag naar arbeidsmigranten is geen natuurverschijnsel. Zij is voor een belangrijk deel het gevolg van "
      "keuzes: van bedrijven die kiezen voor een verdienmodel dat steunt op goedkope en flexibele arbeid, en van "
      "overheden die de vestiging van zulke bedrijven aantrekken met het oog op werkgelegenheid en "
      "grondopbrengsten. Bij die keuzes wordt zelden meegewogen wat de komst van duizenden arbeidsmigranten "
      "betekent voor wonen, onderwijs, zorg en leefbaarheid in de regio."),
    P("De vleesverwerkende industrie neemt een bijzondere plaats in. In deze sector werkt het merendeel van de "
      "werknemers via een uitzendbureau en zijn de misstanden die de Arbeidsinspectie aantreft, al jaren "
      "hardnekkig. Duitsland heeft in 2021 uitzendarbeid en werk via onderaannemers in de kern van de "
      "vleesverwerking verboden. Eerste evaluaties laten zien dat de arbeidsvoorwaarden daar sindsdien zijn "
      "verbeterd, zonder dat de sector is ingestort, al zijn er ook aanwijzingen voor verschuiving naar andere "
      "constructies.", footnotes=(
        "Arbeitsschutzkontrollgesetz, in werking sinds 1 januari 2021; zie de evaluatie van het Bundesministerium "
        "für Arbeit und Soziales van 2023.",)),
    H2("3.7 Conclusies"),
    P("Op grond van het voorgaande komt de Raad tot de volgende conclusies:"),
    bullets(
        "De stapeling van afhankelijkheden van één partij is de belangrijkste oorzaak van de kwetsbare positie "
        "van arbeidsmigranten.",
        "De eerder genomen maatregelen zijn waardevol, maar worden te traag ingevoerd en te weinig gehandhaafd.",
        "Gemeenten hebben onvoldoende zicht op arbeidsmigranten en onvoldoende middelen om de lokale gevolgen op "
        "te vangen.",
        "De pakkans voor malafide werkgevers en uitzendbureaus is te klein, en de resultaten van het toezicht zijn "
        "te weinig zichtbaar.",
        "Bij economische beslissingen worden de maatschappelijke kosten van arbeidsmigratie niet of nauwelijks "
        "meegewogen.",
    ),
    H("4 Uitgangspunten"),
    P("Bij het formuleren van zijn aanbevelingen heeft de Raad zich laten leiden door de volgende "
      "uitgangspunten:"),
    ItemList(items=(
        ListItem("Arbeidsmigranten hebben dezelfde rechten als andere werknemers, en moeten die rechten ook "
                 "daadwerkelijk kunnen uitoefenen."),
        ListItem("Wie profiteert van de inzet van arbeidsmigranten, draagt ook verantwoordelijkheid voor de "
                 "gevolgen daarvan, zowel voor de werknemer als voor de omgeving."),
        ListItem("Vrij verkeer van werknemers is een groot goed; maatregelen mogen arbeidsmigranten uit de "
                 "Europese Unie niet anders behandelen dan Nederlandse werknemers."),
        ListItem("Regels moeten eenvoudig uitvoerbaar en handhaafbaar zijn, en de bonafide werkgever mag er niet "
                 "onevenredig door worden belast."),
        ListItem("Rijk, gemeenten en sociale partners hebben elk een eigen rol, maar moeten die in samenhang "
                 "vervullen."),
    ), style="a)"),
    P("Deze uitgangspunten staan soms met elkaar op gespannen voet. Zo kan een maatregel die arbeidsmigranten "
      "beter beschermt, ook extra lasten voor werkgevers meebrengen. De Raad heeft bij elke aanbeveling gezocht "
      "naar een evenwicht, en heeft daarbij zwaar laten wegen dat de huidige situatie voor een grote groep "
      "werknemers onaanvaardbaar is."),
    PageBreak(),
    H("5 Aanbevelingen"),
    P("De Raad doet dertien aanbevelingen, geordend in drie pijlers. Bij elke aanbeveling staat aan wie zij is "
      "gericht. De aanbevelingen zijn genummerd per pijler; aanbeveling 2b is dus de tweede aanbeveling in de "
      "tweede pijler. Na elke aanbeveling licht de Raad kort toe waarom hij haar doet."),
    H2("Pijler 1 - Goed werkgeverschap en gelijke behandeling"),
    P("De eerste pijler richt zich op de positie van de arbeidsmigrant tegenover de werkgever en het "
      "uitzendbureau. Kern is dat de arbeidsmigrant minder afhankelijk wordt van één partij, en dat hij vóór "
      "vertrek weet waar hij aan toe is."),
    rec("1a", ("SZW",),
        "De Raad beveelt de minister van SZW aan om arbeid en wonen wettelijk van elkaar los te koppelen: een "
        "huurovereenkomst met de werkgever of het uitzendbureau mag niet eindigen op het moment dat de "
        "arbeidsovereenkomst eindigt, en de arbeidsmigrant moet na het einde van het werk ten minste vier weken "
        "in de woning kunnen blijven."),
    toelichting("Een aparte huurovereenkomst, zoals die nu al verplicht is, heeft weinig betekenis zolang de "
                "huur van rechtswege eindigt met het werk. Een overgangstermijn van vier weken geeft de "
                "arbeidsmigrant de tijd om ander werk of een andere woning te zoeken, en maakt het minder "
                "riskant om misstanden te melden."),
    rec("1b", ("SZW",),
        "Laat het verplichte toelatingsstelsel voor uitzendbureaus op 1 januari 2026 onverkort in werking treden "
        "en zorg dat de toezichthouder vanaf dat moment over voldoende capaciteit beschikt om de eisen van het "
        "stelsel te controleren. Deze aanbeveling is gericht aan de minister van SZW."),
    toelichting("De invoering van het stelsel is al twee keer uitgesteld. Elk verder uitstel geeft malafide "
                "bureaus de ruimte en ondermijnt het vertrouwen van de bonafide branche, die zich op de invoering "
                "heeft voorbereid. Een stelsel zonder toezicht zou bovendien slechts een papieren drempel zijn."),
    rec("1c", ("OTHER",),
        "Werkgevers- en werknemersorganisaties: neem in de cao's van sectoren waarin veel arbeidsmigranten "
        "werken afspraken op over informatie in een taal die de werknemer begrijpt en over taallessen Nederlands "
        "die ten minste voor de helft in werktijd worden gevolgd."),
    toelichting("Taal is de sleutel tot zelfstandigheid, op de werkvloer en daarbuiten. Goede voorbeelden in de "
                "bouw en de metaal laten zien dat afspraken hierover in een cao werken, mits de kosten niet "
                "volledig bij de werknemer worden gelegd."),
    rec("1d", ("SZW", "OTHER"),
        "De Raad beveelt de minister van SZW aan om de periode waarin in een uitzendovereenkomst een uitzendbeding "
        "mag gelden, wettelijk te beperken tot 26 weken, en cao-partijen in de uitzendbranche niet langer toe te "
        "staan die periode bij cao te verlengen."),
    toelichting("Het uitzendbeding is bedoeld voor werk van korte duur. Nu het in de praktijk vaak anderhalf "
                "jaar of langer geldt, draagt het bij aan de onzekerheid en afhankelijkheid die de Raad in "
                "hoofdstuk 3 beschreef. De Raad is zich ervan bewust dat het kabinet al een verkorting voorstelt, "
                "maar acht een termijn van 26 weken nodig om het beding weer tot zijn oorspronkelijke functie terug "
                "te brengen."),
    rec("1e", ("SZW",),
        "Verplicht werkgevers en uitzendbureaus om arbeidsmigranten vóór vertrek uit het land van herkomst een "
        "schriftelijke arbeidsovereenkomst te geven, met een overzicht van het loon en van alle kosten die op het "
        "loon worden ingehouden, zoals huisvesting, vervoer en zorgverzekering, in een taal die de werknemer "
        "begrijpt (minister van SZW)."),
    toelichting("Wie pas bij aankomst hoort wat het werk oplevert en wat het wonen kost, kan niet meer terug. "
                "Een helder overzicht vooraf voorkomt teleurstelling en maakt onredelijke inhoudingen "
                "zichtbaar."),
    H2("Pijler 2 - Wonen, registratie en meedoen"),
    P("De tweede pijler gaat over de gemeente als de plek waar arbeidsmigranten wonen en leven. Gemeenten moeten "
      "weten wie er woont, moeten de huisvesting van arbeidsmigranten als gewone woonopgave behandelen en moeten "
      "de middelen hebben om de lokale gevolgen op te vangen."),
    rec("2a", ("GEMEENTEN", "BZK"),
        "De Raad beveelt gemeenten aan om huisvesting voor arbeidsmigranten op te nemen in hun woonvisie en in de "
        "regionale woondeals, met concrete aantallen voor short-stay, mid-stay en long-stay, en vraagt de minister "
        "van Volkshuisvesting en Ruimtelijke Ordening om deze aantallen mee te tellen in de landelijke "
        "woningbouwopgave."),
    toelichting("Zolang huisvesting voor arbeidsmigranten buiten de reguliere planning valt, blijft zij een "
                "sluitpost die gemeenten naar elkaar doorschuiven. Door haar mee te tellen in de woningbouwopgave "
                "wordt zij een gedeelde verantwoordelijkheid van Rijk, provincies en gemeenten."),
    rec("2b", ("SZW",),
        "Verplicht werkgevers en uitzendbureaus om het verblijfsadres van een arbeidsmigrant bij aanvang van het "
        "werk aan de gemeente door te geven, ook als de arbeidsmigrant in de RNI is ingeschreven. De Raad richt "
        "deze aanbeveling aan de minister van SZW."),
    toelichting("De werkgever weet waar zijn werknemers verblijven; de gemeente heeft die informatie nodig voor "
                "handhaving en planning. Een wettelijke meldplicht vervangt de huidige vrijwillige convenanten "
                "en legt de taak neer waar de informatie al aanwezig is."),
    rec("2c", ("GEMEENTEN",),
        "Gemeenten: richt samen met de buurgemeenten in elke arbeidsmarktregio een fysiek en laagdrempelig "
        "informatiepunt in waar arbeidsmigranten in hun eigen taal terechtkunnen met vragen over werk, wonen, "
        "registratie en zorg."),
    toelichting("De veertien bestaande informatiepunten worden goed bezocht en bereiken ook arbeidsmigranten "
                "die zich elders niet melden. In regio's zonder informatiepunt weten arbeidsmigranten vaak niet "
                "waar zij met hun vragen terechtkunnen."),
    rec("2d", ("SZW", "BZK"),
        "De Raad beveelt de ministers van SZW en van Binnenlandse Zaken en Koninkrijksrelaties aan om gemeenten de "
        "bevoegdheid te geven een heffing op te leggen aan werkgevers en uitzendbureaus per arbeidsmigrant die in "
        "de gemeente verblijft, ter dekking van de kosten van huisvestingstoezicht, handhaving en voorzieningen."),
    toelichting("De kosten van arbeidsmigratie vallen nu grotendeels bij gemeenten, de opbrengsten bij bedrijven. "
                "Een heffing maakt die kosten zichtbaar en legt ze bij degenen die profiteren van de inzet van "
                "arbeidsmigranten. De Raad laat de vormgeving aan het kabinet, maar vraagt daarbij aandacht voor "
                "de verenigbaarheid met het Unierecht."),
    H2("Pijler 3 - Toezicht, handhaving en bewuste keuzes"),
    P("De derde pijler gaat over de naleving van de regels en over de keuzes die aan arbeidsmigratie voorafgaan. "
      "Regels die niet worden gehandhaafd, belonen wie ze overtreedt. En wie de problemen wil voorkomen, moet ook "
      "kijken naar de vraag naar arbeid zelf."),
    rec("3a", ("SZW",),
        "De Raad beveelt de Nederlandse Arbeidsinspectie aan om de resultaten van haar inspecties bij "
        "uitzendbureaus en huisvesters per bedrijf openbaar te maken, en haar inspecties risicogestuurd te richten "
        "op de sectoren en regio's waar de meeste misstanden voorkomen."),
    toelichting("Openbaarmaking stelt inleners in staat om bewust te kiezen voor bonafide bureaus en vergroot het "
                "preventieve effect van het toezicht. De Arbeidsinspectie heeft daarvoor sinds 2022 een wettelijke "
                "grondslag, maar maakt er nog beperkt gebruik van."),
    rec("3b", ("SZW",),
        "Breid de capaciteit van de Nederlandse Arbeidsinspectie uiterlijk in 2030 uit tot de norm van de "
        "Internationale Arbeidsorganisatie van één inspecteur per 10.000 werknemers, en maak de financiering "
        "daarvan structureel. Deze aanbeveling is gericht aan de minister van SZW."),
    toelichting("De groei van de afgelopen jaren is welkom, maar onvoldoende om de pakkans wezenlijk te vergroten. "
                "Met de invoering van het toelatingsstelsel voor uitzendbureaus komen er bovendien nieuwe taken "
                "bij."),
    rec("3c", ("SZW", "EZ"),
        "De Raad beveelt de ministers van SZW en van Economische Zaken aan om samen met provincies en gemeenten een "
        "arbeidsmigratietoets te ontwikkelen, die verplicht wordt toegepast voordat een overheid instemt met de "
        "vestiging of uitbreiding van een arbeidsintensief bedrijf, zoals een groot distributiecentrum."),
    toelichting("Een dergelijke toets brengt vooraf in beeld hoeveel arbeidsmigranten een vestiging naar "
                "verwachting vraagt, waar zij zullen wonen en wat dat betekent voor de voorzieningen in de regio. "
                "De uitkomst hoeft een vestiging niet te blokkeren, maar moet wel onderdeel zijn van de "
                "afweging en van de afspraken met het bedrijf."),
    rec("3d", ("SZW",),
        "Verbied, naar Duits voorbeeld, de inzet van uitzendkrachten en van werknemers van onderaannemers in de "
        "kernactiviteiten van de vleesverwerkende industrie: het slachten, uitsnijden en verwerken van vlees "
        "(minister van SZW)."),
    toelichting("In de vleesverwerking zijn de misstanden zo hardnekkig en is het aandeel uitzendkrachten zo hoog "
                "dat de Raad een sectorale maatregel gerechtvaardigd acht. Het Duitse voorbeeld laat zien dat een "
                "dergelijk verbod uitvoerbaar is. Een minderheid in de commissie vond dat eerst de effecten van "
                "het toelatingsstelsel moeten worden afgewacht; de Raad als geheel heeft de aanbeveling "
                "overgenomen."),
    H2("Tot slot"),
    P("De aanbevelingen in dit advies vragen inzet van veel partijen. De Raad vraagt de minister om uiterlijk "
      "zes maanden na het verschijnen van dit advies een kabinetsreactie aan de Tweede Kamer te sturen, en "
      "roept werkgevers- en werknemersorganisaties en gemeenten op om de aan hen gerichte aanbevelingen in die "
      "periode te bespreken in hun eigen gremia. De Raad is bereid om over twee jaar de voortgang te bezien."),
    PageBreak(),
    H("Bijlage 1 Samenstelling commissie Arbeidsmigratie"),
    bullets(
        "prof. dr. H.J. (Hester) van Ommeren-Lindt, voorzitter (onafhankelijk lid)",
        "drs. P. (Pieter) Zwanenburg, werkgeversorganisatie (logistiek)",
        "mr. K. (Karima) el Haddouchi, werkgeversorganisatie (land- en tuinbouw)",
        "J.A.M. (Jos) Verhoeven, werknemersorganisatie",
        "A. (Agnieszka) Nowak-de Graaf MA, werknemersorganisatie",
        "prof. dr. R. (Ruben) Steenvoorde, onafhankelijk lid",
        "dr. M.C. (Marloes) Terpstra, onafhankelijk lid",
        "secretariaat: drs. E.F. Boshuizen, mr. T. Kalkman en L. van Rhijn MSc",
    ),
    H("Bijlage 2 Geraadpleegde organisaties"),
    bullets(
        "Nederlandse Arbeidsinspectie",
        "Uitvoeringsinstituut Werknemersverzekeringen (UWV)",
        "Vereniging van Nederlandse Gemeenten en de gemeenten Venlo, Westland, Oss, Tilburg, Zeewolde en Roosendaal",
        "Aedes en drie woningcorporaties",
        "Stichting Normering Flexwonen",
        "ABU en NBBU",
        "Stichting Normering Arbeid",
        "FNV, CNV en De Unie",
        "LTO Nederland, Glastuinbouw Nederland en Centrale Organisatie voor de Vleessector",
        "Fairwork, FairWork Westland en het Expertisecentrum Arbeidsmigratie",
        "Polska Organizacja w Holandii en de Roemeense en Bulgaarse ambassades",
    ),
)

REPORT = Document(
    title="Eerlijk werk, gedeelde verantwoordelijkheid",
    subtitle="Advies over arbeidsmigratie naar Nederland",
    blocks=REPORT_BLOCKS,
    running_header="RAE  |  Eerlijk werk, gedeelde verantwoordelijkheid  |  Advies 25/04",
    footer="{page}",
    font_family="serif",
    font_size=10.5,
    imprint=("Raad voor Arbeid en Economie", "Advies 25/04", "Den Haag, 21 maart 2025"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV1A = "Het kabinet neemt deze aanbeveling over."
EV1B = ("Het kabinet houdt vast aan de inwerkingtreding van het toelatingsstelsel op 1 januari 2026 en trekt vanaf "
        "dat jaar structureel 12 miljoen euro uit voor het toezicht op de naleving ervan door de Nederlandse "
        "Arbeidsinspectie.")
EV1E = ("Per 1 juli 2026 zijn werkgevers en uitzendbureaus verplicht om de arbeidsovereenkomst, met een overzicht "
        "van het loon en van alle inhoudingen, vóór vertrek uit het land van herkomst te verstrekken in een taal "
        "die de werknemer begrijpt.")
EV1D = ("De periode met een uitzendbeding wordt daarmee wel korter, maar niet zo kort als de Raad voorstelt: het "
        "wetsvoorstel Meer zekerheid flexwerkers beperkt haar tot 52 weken, zonder ruimte om daarvan bij cao af te "
        "wijken, en een verdere verkorting tot 26 weken vindt het kabinet op dit moment niet verantwoord.")
EV2B = ("Het kabinet volgt aanbeveling 2b en regelt in de Wet registratie arbeidsmigranten dat werkgevers en "
        "uitzendbureaus het verblijfsadres van een arbeidsmigrant uiterlijk vijf werkdagen na aanvang van het werk "
        "aan de gemeente doorgeven.")
EV2C = ("Samen met de VNG ga ik bezien of het netwerk van informatiepunten de komende jaren kan worden uitgebreid "
        "tot alle arbeidsmarktregio's.")
EV2D = "Een gemeentelijke heffing per arbeidsmigrant acht het kabinet echter niet wenselijk."
EV3A = "In overleg met de inspecteur-generaal neem ik deze aanbeveling over."
EV3B = ("Een verdere uitbreiding tot de ILO-norm, zoals de Raad in aanbeveling 3b bepleit, is binnen de huidige "
        "budgettaire kaders niet haalbaar, en het kabinet zal die stap dan ook niet zetten.")
EV3C = ("Ik ga daarom samen met de minister van Economische Zaken verkennen hoe de gevolgen voor arbeidsmigratie "
        "een vaste plaats kunnen krijgen in de afweging over de vestiging van grote distributiecentra en andere "
        "arbeidsintensieve bedrijven.")
EV3D = "Het kabinet kiest er daarom niet voor om uitzendarbeid in de vleesverwerking te verbieden."

RESPONSE_BLOCKS = (
    P("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal, Postbus 20018, 2500 EA Den Haag"),
    P("Datum: 9 oktober 2025"),
    P("Kenmerk: 2025-0000187442"),
    P("Betreft: Kabinetsreactie op het advies 'Eerlijk werk, gedeelde verantwoordelijkheid' van de Raad voor "
      "Arbeid en Economie"),
    P("Geachte voorzitter,"),
    P("Op 21 maart 2025 heeft de Raad voor Arbeid en Economie (hierna: de Raad) op verzoek van mijn ambtsvoorganger "
      "het advies 'Eerlijk werk, gedeelde verantwoordelijkheid' uitgebracht. Met deze brief ontvangt u, mede namens "
      "de minister van Volkshuisvesting en Ruimtelijke Ordening, de minister van Economische Zaken en de minister "
      "van Binnenlandse Zaken en Koninkrijksrelaties, de reactie van het kabinet op dit advies. Daarmee geef ik "
      "ook invulling aan de toezegging die ik tijdens het commissiedebat Arbeidsmigratie van 4 juni jongstleden "
      "heb gedaan."),
    H2("Samenvatting"),
    P("Het kabinet neemt het merendeel van de aanbevelingen over; op enkele punten kiest het een andere weg dan "
      "de Raad voorstelt, of is eerst nader overleg nodig met gemeenten en andere betrokkenen. Het kabinet deelt "
      "de analyse van de Raad dat de stapeling van afhankelijkheden de kern van het probleem is, en ziet in het "
      "advies een steun in de rug voor de lijn die het sinds het advies van het Aanjaagteam Bescherming "
      "Arbeidsmigranten heeft ingezet. Waar het kabinet de Raad niet volgt, is dat omdat een maatregel "
      "onevenredig zou ingrijpen in het vrij verkeer van werknemers, omdat de uitvoering niet te overzien is of "
      "omdat de budgettaire ruimte ontbreekt. In de paragrafen hieronder ga ik per pijler op de aanbevelingen in."),
    H2("1. Achtergrond"),
    P("Arbeidsmigranten leveren een belangrijke bijdrage aan onze economie en samenleving. Zonder hen zouden "
      "distributiecentra stilvallen, zou de oogst blijven staan en zouden veel bouwprojecten niet van de grond "
      "komen. Het kabinet vindt het daarom vanzelfsprekend dat zij hier onder goede omstandigheden kunnen werken "
      "en wonen. De werkelijkheid is helaas nog te vaak anders. De Staat van Eerlijk werk die de Nederlandse "
      "Arbeidsinspectie dit voorjaar publiceerde, bevestigt dat arbeidsmigranten oververtegenwoordigd zijn onder "
      "de slachtoffers van onderbetaling, onveilig werk en slechte huisvesting."),
    P("Sinds 2020 zijn veel maatregelen genomen om de positie van arbeidsmigranten te verbeteren. Ik noem de "
      "belangrijkste:"),
    bullets(
        "het verbod op inhoudingen op het minimumloon, met uitzondering van ten hoogste 25 procent voor "
        "huisvesting die aan de kwaliteitseisen voldoet;",
        "de verplichting om afspraken over loon en huur in aparte overeenkomsten vast te leggen;",
        "de Wet goed verhuurderschap, met de mogelijkheid voor gemeenten om een verhuurvergunning in te voeren;",
        "de uitbreiding van de Nederlandse Arbeidsinspectie met 305 fte tussen 2022 en 2026, waarvan een groot deel "
        "voor toezicht op eerlijk werk;",
        "de financiering van veertien regionale informatiepunten voor arbeidsmigranten tot en met 2026.",
    ),
    P("Tegelijk deel ik de constatering van de Raad dat een aantal van deze maatregelen in de praktijk nog te "
      "weinig verschil maakt, en dat de vraag naar arbeidsmigranten in sommige regio's de draagkracht van "
      "gemeenten te boven gaat. Het kabinet wil de instroom van arbeidsmigranten beter beheersbaar maken en de "
      "economie minder afhankelijk maken van laagbetaald werk. Dit advies komt daarvoor op een goed moment."),
    H2("2. Pijler 1: goed werkgeverschap en gelijke behandeling"),
    P("De Raad beveelt aan om arbeid en wonen wettelijk van elkaar los te koppelen, zodat een arbeidsmigrant die "
      "zijn baan verliest niet direct ook zijn woning kwijt is (1a). " + EV1A + " Ik breng dit najaar een "
      "wetsvoorstel in internetconsultatie waarin wordt geregeld dat een huurovereenkomst met een werkgever of "
      "uitzendbureau niet van rechtswege eindigt met de arbeidsovereenkomst en dat de huurder na het einde van "
      "het werk ten minste vier weken in de woning mag blijven. Ik verwacht het wetsvoorstel in het voorjaar van "
      "2026 bij uw Kamer in te dienen.",
      answers=(Answer("1a", "agree", EV1A),)),
    P("Over het toelatingsstelsel voor uitzendbureaus zijn de afgelopen maanden vragen gesteld, mede door de "
      "inspanningen die de branche nog moet leveren om tijdig aan de eisen te voldoen. " + EV1B + " Daarnaast "
      "wil ik de afspraken over het loon en de kosten eerder in het proces duidelijk maken. " + EV1E + " De "
      "benodigde wijziging van de Wet allocatie arbeidskrachten door intermediairs wordt op dit moment "
      "voorbereid.",
      answers=(Answer("1b", "agree", EV1B), Answer("1e", "agree", EV1E))),
    P("De Raad vraagt verder aandacht voor het uitzendbeding. In het wetsvoorstel Meer zekerheid flexwerkers, "
      "dat op 2 september bij uw Kamer is ingediend, wordt al een aantal maatregelen voor uitzendkrachten "
      "geregeld. " + EV1D + " Voor een kortere termijn is het draagvlak in de uitzendbranche en bij inleners in "
      "seizoensgebonden sectoren gering, en het risico bestaat dat werk dan naar minder goed gereguleerde "
      "constructies verschuift, zoals schijnzelfstandigheid of detachering vanuit het buitenland.",
      answers=(Answer("1d", "partial", EV1D),)),
    P("Bij de evaluatie van het wetsvoorstel, vijf jaar na inwerkingtreding, zal ik nadrukkelijk bezien wat de "
      "verkorting van de periode met een uitzendbeding heeft betekend voor arbeidsmigranten. Ik betrek daarbij "
      "ook de ervaringen in sectoren waar al eerder kortere termijnen gelden.",
      answers=(Answer("1d", "partial", "Bij de evaluatie van het wetsvoorstel, vijf jaar na inwerkingtreding, zal "
                                       "ik nadrukkelijk bezien wat de verkorting van de periode met een uitzendbeding "
                                       "heeft betekend voor arbeidsmigranten."),)),
    P("Aanbeveling 1c is gericht aan werkgevers- en werknemersorganisaties. Het is aan hen om te bepalen of en "
      "hoe zij afspraken over informatie en taallessen in hun cao's opnemen. De Stichting van de Arbeid heeft mij "
      "laten weten dat zij in het najaar met een eigen reactie op het advies komt; ik zal uw Kamer daarover "
      "informeren zodra die reactie er is."),
    H2("3. Pijler 2: wonen, registratie en meedoen"),
    P("Goede huisvesting is een voorwaarde voor alles wat hierboven staat. Gemeenten hebben de afgelopen jaren "
      "in de regionale woondeals afspraken gemaakt over de bouw van woningen, en in een deel van die woondeals "
      "staan ook aantallen voor de huisvesting van arbeidsmigranten. Met de Wet versterking regie volkshuisvesting "
      "krijgen gemeenten bovendien de opdracht om in hun volkshuisvestingsprogramma aandacht te besteden aan "
      "aandachtsgroepen, waartoe ook arbeidsmigranten kunnen behoren. Op de aanbeveling om de huisvesting van "
      "arbeidsmigranten in de woonvisies en in de landelijke woningbouwopgave mee te tellen, gaat de minister van "
      "Volkshuisvesting en Ruimtelijke Ordening in haar voortgangsbrief over de woningbouwopgave in, die u voor "
      "het einde van het jaar ontvangt."),
    P("Gemeenten hebben er terecht op gewezen dat zij niet weten hoeveel arbeidsmigranten er binnen hun grenzen "
      "verblijven. " + EV2B + " Ook voor arbeidsmigranten die in de Registratie Niet-ingezetenen staan "
      "ingeschreven, krijgt de gemeente daardoor een actueel adres. De melding loopt via het bestaande "
      "werkgeversportaal van het UWV, zodat werkgevers niet met een nieuw systeem te maken krijgen; de Autoriteit "
      "Persoonsgegevens wordt over het wetsvoorstel om advies gevraagd.",
      answers=(Answer("2b", "agree", EV2B),)),
    P("De regionale informatiepunten voor arbeidsmigranten voorzien in een duidelijke behoefte. In 2024 hebben de "
      "veertien bestaande punten samen ruim 41.000 vragen beantwoord, over onderwerpen uiteenlopend van "
      "ontslag en loon tot inschrijving, zorgverzekering en huurproblemen. De Raad vraagt gemeenten om in elke "
      "arbeidsmarktregio zo'n informatiepunt in te richten. " + EV2C + " Over structurele financiering van de "
      "punten na 2026 kan ik nu nog geen toezegging doen; die vraag betrek ik bij de integrale afweging over de "
      "begroting voor 2027.",
      answers=(Answer("2c", "partial", EV2C),)),
    P("Het kabinet begrijpt de wens van gemeenten om de kosten die samenhangen met de komst van arbeidsmigranten "
      "niet alleen te hoeven dragen. " + EV2D + " Een heffing die aangrijpt bij de nationaliteit of de "
      "migratieachtergrond van een werknemer maakt onderscheid tussen werknemers uit andere lidstaten en "
      "Nederlandse werknemers, en verhoudt zich daarmee slecht tot het vrij verkeer van werknemers. Bovendien "
      "zou de heffing werkgevers en gemeenten met een nieuwe administratie belasten, terwijl de opbrengst "
      "onzeker is. De minister van Binnenlandse Zaken en Koninkrijksrelaties en ik zien meer in de lijn die met "
      "de herziening van de financiering van het gemeentefonds wordt ingezet, waarin beter rekening wordt "
      "gehouden met het aantal inwoners dat in de RNI staat ingeschreven.",
      answers=(Answer("2d", "disagree", EV2D),)),
    H2("4. Pijler 3: toezicht, handhaving en bewuste keuzes"),
    P("De Raad vraagt de Nederlandse Arbeidsinspectie om inspectieresultaten bij uitzendbureaus en huisvesters "
      "per bedrijf openbaar te maken en het toezicht risicogestuurd in te zetten (3a). " + EV3A + " Vanaf 1 "
      "januari 2026 publiceert de inspectie de uitkomsten van haar inspecties bij uitzendbureaus en huisvesters "
      "op haar website, en in het meerjarenplan 2026-2029 krijgen de logistiek, de vleesverwerking en de "
      "glastuinbouw voorrang. Voor de capaciteit van de inspectie heeft het kabinet al een forse stap gezet: zij "
      "groeit in de periode 2022-2026 met 305 fte, en met de middelen voor het toelatingsstelsel komen daar nog "
      "eens ongeveer 75 fte bij. " + EV3B,
      answers=(Answer("3a", "agree", EV3A), Answer("3b", "disagree", EV3B))),
    P("Ook zonder die verdere groei neemt de pakkans de komende jaren toe, doordat de inspectie beter gebruik "
      "maakt van gegevens van andere organisaties, zoals de Belastingdienst, het UWV en de NVWA, en doordat met "
      "het toelatingsstelsel een nieuw en krachtig instrument beschikbaar komt.",
      answers=(Answer("3b", "disagree", "Ook zonder die verdere groei neemt de pakkans de komende jaren toe, doordat "
                                        "de inspectie beter gebruik maakt van gegevens van andere organisaties, zoals "
                                        "de Belastingdienst, het UWV en de NVWA, en doordat met het toelatingsstelsel "
                                        "een nieuw en krachtig instrument beschikbaar komt."),)),
    P("Het kabinet is het met de Raad eens dat de vraag naar arbeidsmigranten niet als een gegeven moet worden "
      "beschouwd. Bij de vestiging van een groot distributiecentrum wordt nu vaak wel gekeken naar verkeer, "
      "stikstof en landschap, maar niet naar de vraag waar de duizend werknemers die zo'n centrum nodig heeft, "
      "zullen wonen. " + EV3C + " Een verplichte toets bij iedere vestiging, zoals de Raad voorstelt, gaat het "
      "kabinet op dit moment te ver: zij zou de besluitvorming vertragen en raakt aan de bevoegdheden van "
      "provincies en gemeenten. Over de uitkomsten van de verkenning informeren wij uw Kamer in de zomer van "
      "2026.",
      answers=(Answer("3c", "partial", EV3C),)),
    P("Ten slotte de vleesverwerkende industrie. Ik deel de zorgen van de Raad over de arbeidsomstandigheden in "
      "deze sector, die in inspectierapporten steeds weer naar voren komen. Het Duitse verbod op uitzendarbeid en "
      "onderaanneming in de kern van de vleesverwerking heeft in Duitsland tot verbeteringen geleid, maar ook tot "
      "verschuivingen naar andere constructies. Bovendien zijn de uitgangssituatie en het stelsel van "
      "arbeidsverhoudingen in Nederland anders: met het toelatingsstelsel, de verkorting van het uitzendbeding en "
      "de verscherpte handhaving worden hier maatregelen ingevoerd die voor alle sectoren gelden. " + EV3D + " "
      "Wel heb ik met de sociale partners in de sector afgesproken dat zij binnen een jaar met een plan komen om "
      "het aandeel vaste contracten te verhogen; ik zal de ontwikkelingen in de sector nauwgezet volgen.",
      answers=(Answer("3d", "disagree", EV3D),)),
    H2("5. Tot slot"),
    P("Ik dank de Raad voor zijn zorgvuldige en unaniem vastgestelde advies. Dat werkgevers, werknemers en "
      "onafhankelijke deskundigen tot een gezamenlijk oordeel zijn gekomen over een onderwerp dat de gemoederen zo "
      "bezighoudt, is van grote waarde. Ik waardeer ook dat de Raad arbeidsmigranten zelf aan het woord heeft "
      "gelaten."),
    P("Het kabinet zal uw Kamer jaarlijks informeren over de voortgang van de maatregelen op het terrein van "
      "arbeidsmigratie, voor het eerst in de voortgangsbrief die u in het voorjaar van 2026 ontvangt. Daarin "
      "neem ik ook de reactie van de Stichting van de Arbeid en de stand van zaken rond de wetsvoorstellen uit "
      "deze brief op. De Raad heeft aangeboden om over twee jaar de voortgang te bezien; dat aanbod neem ik graag "
      "aan."),
    P("De minister van Sociale Zaken en Werkgelegenheid,"),
    P("drs. M.A. Oudeboom-Terlouw"),
)

RESPONSE = Document(
    title="Kabinetsreactie advies Raad voor Arbeid en Economie over arbeidsmigratie",
    subtitle="Brief van de minister van Sociale Zaken en Werkgelegenheid aan de Tweede Kamer  |  Ministerie van "
             "Sociale Zaken en Werkgelegenheid, Directie Internationale Zaken en Arbeidsmigratie",
    blocks=RESPONSE_BLOCKS,
    running_header="Kabinetsreactie advies 'Eerlijk werk, gedeelde verantwoordelijkheid'  |  Kenmerk "
                   "2025-0000187442",
    footer="Pagina {page} van {pages}",
    font_family="sans",
    font_size=10.5,
    title_page=False,
)

PAIR = Pair(
    name="social_council_pillars_summary",
    report=REPORT,
    response=RESPONSE,
    description="Fictional SER-like council advice on labour migration with 13 lettered recommendations (1a-3d) in "
                "three 'pijlers', answered by a letter of the minister of SZW that opens with a general summary "
                "(no answers) and then answers per pillar, citing '(1a)' or 'aanbeveling 2b' in some places and "
                "only the subject in others; 1c and 2a are passed on (to the social partners and the minister of "
                "VRO).",
)
