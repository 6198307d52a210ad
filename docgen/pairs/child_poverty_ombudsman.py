"""Pair: a fictional Kinderombudsman report on children growing up in poverty, and the SZW minister's answer.

Layout traits this pair tests: a sans report with a title page, a running header and numbered chapters ("1
Inleiding" ... "6 Aanbevelingen") with numbered sections.  Chapter 2 holds quotations of children as separate
paragraphs in quotation marks with an attribution ("– Sem, 11 jaar") and a bulleted list "Wat kinderen zeggen" whose
bullets partly read as wishes in the imperative ("Maak de aanvraag zo dat ...") but are no recommendations; chapter
3 has a small grid table with reach figures.  The renderer cannot print a label "Aanbeveling 1:" (a numeric list
prints the number with its dot or bracket), so the fourteen recommendations are one "1."-numbered run 1-14 in
chapter 6, split into four lists under bold lead-in paragraphs per addressee, each item starting with the addressee
("Minister van SZW: ...", "Staatssecretaris van Financiën: ...", "Gemeenten: ...", "VNG: ...").

The response is a letter (no title page) of the minister of SZW, also on behalf of the staatssecretaris of Financiën
and the minister of OCW.  It opens with thanks and a state of affairs (no position), answers by theme under level-2
headings, only sometimes naming a number ("aanbeveling 3"), and ends with an annex table "Overzicht" (Aanbeveling |
Reactie) with one-phrase answers.  Gold positions, where prose and table differ the more specific prose decides:
 1 partial  - the halving target goes into law, the separate maximum norm not (table "Deels overgenomen").
 2 disagree - polite: a new recalibration of the social minimum "acht ik daarom niet opportuun".
 3 agree    - no cue word: the bill is tabled in March 2026 and in force 1 January 2027, with money.
 4 disagree - shares the analysis, but a national set "past niet bij" the Participatiewet; will not prescribe it.
 5 partial  - table says "Overgenomen", prose only extends school meals one year and postpones the structural choice.
 6 agree    - quoted first ("De Kinderombudsman beveelt aan om '...'"), then "Ik neem deze aanbeveling graag over."
 7 agree    - table says "Wordt onderzocht", but the recommendation asks for a count and the CBS is commissioned.
 8 partial  - Toeslagen only explores a floor for claw-backs (table "Wordt onderzocht").
 9 agree    - "onderschrijft", in one paragraph with 10.
10 disagree - blunt "neemt het kabinet daarom niet over", same paragraph as 9.
11 not_addressed - the letter only describes the existing law on the voluntary parental contribution; table
               cell "Bestaand beleid" (a phrase outside the brief's five, chosen as the realistic neutral cell).
12 not_addressed - missing from both prose and table (the table skips row 12).
13 not_addressed - passed on to the VNG ("doorgeleid"), table "Doorgeleid naar VNG".
14 agree    - table says "Doorgeleid naar VNG", but the prose commits the minister to build the model kit with the VNG
               (money and a year), in the same paragraph that passes 13 on.
Table cells that answer a recommendation are extra gold passages; they carry the prose position.  All prose is
fictional and written for this test set.
"""
from __future__ import annotations

from docgen.model import (
    Answer,
    Cell,
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
    return Paragraph(text, bold=True)


def quote(text: str, who: str) -> Paragraph:
    return Paragraph(f"“{text}” – {who}")


def bullets(*texts: str) -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style="•")


def recs(start: int, *items: tuple[str, tuple[str, ...]]) -> ItemList:
    return ItemList(
        items=tuple(ListItem(text, recommendation=Recommendation(str(start + i), tuple(depts)))
                    for i, (text, depts) in enumerate(items)),
        style="1.",
        start=start,
    )


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H("Voorwoord"),
    P("Ieder kind in Nederland heeft recht op een toereikende levensstandaard, op onderwijs, op spel en op vrije "
      "tijd. Zo staat het in het Internationaal Verdrag inzake de Rechten van het Kind, en zo willen we het in "
      "Nederland ook. Toch groeien nog altijd tienduizenden kinderen op in een gezin waar aan het eind van de maand "
      "geen geld meer is voor een verjaardagscadeau, een zwemles of een nieuwe winterjas."),
    P("De afgelopen jaren is er veel gedaan. Het kindgebonden budget is verhoogd, gemeenten hebben hun kindpakketten "
      "uitgebreid, en op honderden scholen krijgen kinderen een gratis lunch. Dat heeft effect gehad: het aantal "
      "kinderen in armoede is gedaald. Maar in gesprekken met kinderen hoorden wij ook iets anders. Veel kinderen "
      "weten niet dat er hulp is. Ouders durven die hulp niet te vragen, of verdwalen in formulieren. En wie de hulp "
      "wel krijgt, schaamt zich er soms voor."),
    P("In dit rapport laten wij de kinderen zelf aan het woord. Hun verhalen zijn niet altijd makkelijk om te lezen. "
      "Wij zijn hun dankbaar voor hun openheid en voor het vertrouwen dat zij ons gaven. Wij hopen dat de ministers, "
      "de staatssecretaris, de gemeenten en de scholen die dit rapport lezen, hun woorden serieus nemen."),
    P("mr. A.M. de Wit-Okafor, Kinderombudsman"),
    PageBreak(),
    H("Samenvatting"),
    P("De Kinderombudsman onderzocht hoe kinderen die opgroeien in een gezin met weinig geld hun situatie ervaren, en "
      "in hoeverre de voorzieningen die voor hen bedoeld zijn hen ook werkelijk bereiken. Wij spraken met 124 "
      "kinderen en jongeren tussen 8 en 18 jaar, met 46 ouders en met professionals van gemeenten, scholen, fondsen "
      "en Dienst Toeslagen. Daarnaast analyseerden wij de regelingen van twintig gemeenten."),
    P("Het beeld is tweeledig. Er bestaan veel regelingen, en waar zij een kind bereiken, maken zij verschil. "
      "Tegelijk loopt naar onze schatting een op de drie kinderen die recht heeft op een gemeentelijke voorziening, "
      "die voorziening mis. De oorzaken liggen vooral in de manier waarop regelingen zijn ingericht: gezinnen moeten "
      "zelf weten wat er is, zelf aanvragen en zelf bewijzen dat zij er recht op hebben, vaak ieder jaar opnieuw. "
      "Wat een kind krijgt, hangt bovendien sterk af van de gemeente waarin het woont."),
    P("Terugvorderingen van toeslagen brengen gezinnen die net rondkomen soms maandenlang in de problemen. Op school "
      "worden nog steeds kosten gevraagd waardoor kinderen niet meedoen, en kinderen zelf worden zelden gevraagd wat "
      "zij nodig hebben. In hoofdstuk 6 doen wij veertien aanbevelingen aan de minister van Sociale Zaken en "
      "Werkgelegenheid, de staatssecretaris van Financiën, de minister van Onderwijs, Cultuur en Wetenschap, de "
      "gemeenten en de VNG."),
    PageBreak(),
    H("1 Inleiding"),
    H2("1.1 Aanleiding"),
    P("Sinds 2022 ontvangt De Kinderombudsman meer signalen over kinderen die opgroeien in armoede. Ouders melden dat "
      "zij een aanvraag voor bijzondere bijstand niet rond krijgen, scholen melden kinderen die zonder ontbijt in de "
      "klas zitten, en jongeren schrijven ons dat zij zich schamen voor hun kleding of voor de stadspas waarmee zij "
      "moeten betalen. Deze signalen komen uit het hele land, uit grote steden en uit kleine dorpen."),
    P("Het aantal kinderen dat in armoede opgroeit, is de afgelopen jaren gedaald. Volgens de cijfers waar wij in dit "
      "onderzoek van uitgaan, groeide in 2024 ongeveer een op de vijftien kinderen op in een huishouden met een "
      "inkomen onder de armoedegrens. Dat is minder dan tien jaar geleden, maar het zijn nog altijd ruim 200.000 "
      "kinderen. Bovendien zegt een gemiddelde weinig over de kinderen die tussen wal en schip vallen: kinderen van "
      "ouders met schulden, van ouders die net boven een inkomensgrens verdienen, of van ouders die de weg naar het "
      "gemeentehuis niet kennen."),
    H2("1.2 Onderzoeksvraag"),
    P("De centrale vraag van dit onderzoek luidt: hoe ervaren kinderen die opgroeien in armoede hun situatie, en in "
      "hoeverre bereiken de landelijke en gemeentelijke voorzieningen die voor hen bedoeld zijn, deze kinderen ook "
      "werkelijk? Daarbij keken wij zowel naar de inkomensondersteuning van de ouders, zoals het kindgebonden budget "
      "en de toeslagen, als naar voorzieningen in natura, zoals een kindpakket, een sportbijdrage of een laptop."),
    H2("1.3 Werkwijze"),
    P("Voor dit onderzoek hebben wij verschillende bronnen gebruikt:"),
    bullets(
        "gesprekken met 124 kinderen en jongeren, individueel en in groepen, in twaalf gemeenten;",
        "gesprekken met 46 ouders, van wie een deel ook in de groepsgesprekken met kinderen aanwezig was;",
        "interviews met 38 professionals van gemeenten, scholen, wijkteams, fondsen en Dienst Toeslagen;",
        "een analyse van de armoederegelingen voor kinderen in twintig gemeenten van verschillende omvang;",
        "een analyse van ruim vierhonderd signalen die De Kinderombudsman sinds 2022 ontving.",
    ),
    P("De gesprekken met kinderen voerden wij op plekken waar zij zich thuis voelden: in buurthuizen, op school en "
      "bij sportverenigingen. Namen van kinderen in dit rapport zijn gefingeerd; leeftijden kloppen. Wij hebben de "
      "gemeenten en de betrokken ministeries in de gelegenheid gesteld om te reageren op de feitelijke bevindingen."),
    H2("1.4 Leeswijzer"),
    P("In hoofdstuk 2 vertellen kinderen zelf hoe het is om op te groeien in een gezin met weinig geld. Hoofdstuk 3 "
      "beschrijft welke voorzieningen er zijn en hoeveel kinderen zij bereiken. In hoofdstuk 4 gaan wij in op de "
      "knelpunten die wij in de uitvoering tegenkwamen. Hoofdstuk 5 bevat onze conclusies en hoofdstuk 6 onze "
      "aanbevelingen."),
    PageBreak(),
    H("2 Wat kinderen ons vertellen"),
    H2("2.1 Geld is altijd een onderwerp"),
    P("De meeste kinderen die wij spraken, weten precies hoe het thuis met geld gesteld is. Zij horen hun ouders "
      "praten, zien de brieven op tafel liggen en merken dat er in de laatste week van de maand vooral brood wordt "
      "gegeten. Veel kinderen proberen hun ouders te ontzien: zij vragen niet om dingen waarvan zij weten dat die te "
      "duur zijn, en vertellen thuis niet dat er een schoolreisje aankomt."),
    quote("Als er een brief over een schoolreisje komt, gooi ik die weg. Dan hoeft mijn moeder niet te zeggen dat het "
          "niet kan.", "Sem, 11 jaar"),
    quote("Mijn vader zegt altijd dat het goed komt. Maar ik hoor hem 's avonds bellen met mensen van de bank.",
          "Yara, 13 jaar"),
    quote("Ik spaar mijn zakgeld niet voor mezelf. Ik geef het aan mijn moeder als ze het nodig heeft.",
          "Daan, 15 jaar"),
    P("Jongere kinderen merken vooral de gevolgen: geen verjaardagsfeestje, geen uitje in de vakantie, een fiets die "
      "al jaren te klein is. Oudere kinderen maken zich vaker zorgen en voelen zich medeverantwoordelijk. Een aantal "
      "jongeren vertelde dat zij naast school werken om hun ouders te helpen, soms meer uren dan goed voor hen is."),
    H2("2.2 Niet kunnen meedoen"),
    P("Bijna alle kinderen noemden voorbeelden van dingen waaraan zij niet konden meedoen. Sport en muziekles zijn "
      "vaak te duur, niet alleen vanwege de contributie, maar ook vanwege de kleding, de spullen en het vervoer naar "
      "uitwedstrijden. Op school gaat het om schoolreisjes, excursies, het schoolkamp en steeds vaker om een laptop "
      "of tablet die kinderen zelf moeten meenemen."),
    quote("Iedereen in mijn klas heeft een laptop van school gekocht. Ik doe mijn huiswerk op de telefoon van mijn "
          "zus.", "Lina, 14 jaar"),
    quote("Ik was de enige die niet mee op kamp ging. Ik zei dat ik ziek was.", "Noah, 12 jaar"),
    quote("Voetbal mocht wel, dat betaalde de gemeente. Maar kicksen niet. Ik speelde op gympen.", "Mo, 10 jaar"),
    P("Kinderen vertellen dat niet meedoen meer is dan een gemiste activiteit. Wie niet op kamp gaat, hoort er de "
      "weken daarna niet bij als de anderen erover praten. Wie niet kan sporten, mist vrienden. Verschillende kinderen "
      "zeiden dat zij liever thuisbleven dan dat zij moesten uitleggen waarom zij iets niet konden betalen."),
    H2("2.3 Schaamte en regelingen"),
    P("Veel kinderen kennen de regelingen van hun gemeente niet. Als zij ze wel kennen, is dat vaak via een leerkracht "
      "of een buurtsportcoach. Kinderen die een voorziening krijgen, zijn daar in de regel blij mee. Tegelijk vertellen "
      "zij dat zij zich schamen als anderen zien dat zij een pas gebruiken of een voucher inleveren."),
    quote("Bij de kassa van het zwembad moest ik mijn pasje laten zien. Iedereen achter me kon zien wat voor pasje "
          "het was.", "Fleur, 13 jaar"),
    quote("Mijn moeder heeft drie keer een formulier ingevuld en het was steeds niet goed. Toen is ze gestopt.",
          "Ilias, 9 jaar"),
    P("Ouders bevestigen dit beeld. Zij vertellen dat zij niet weten waar zij recht op hebben, dat aanvragen veel "
      "papierwerk vraagt en dat zij bang zijn dat een aanvraag later gevolgen heeft voor hun toeslagen of uitkering. "
      "Ouders die eerder te maken kregen met een terugvordering van toeslagen, zijn het meest terughoudend."),
    lead("Wat kinderen zeggen"),
    P("Aan het eind van ieder groepsgesprek vroegen wij de kinderen wat zij zelf zouden veranderen. Hun antwoorden "
      "vatten wij hieronder samen, zoveel mogelijk in hun eigen woorden:"),
    bullets(
        "Vertel het ons gewoon als er hulp is, en niet alleen aan onze ouders.",
        "Maak de aanvraag zo dat wij hem zelf kunnen begrijpen en onze ouders kunnen helpen.",
        "Het moet niet opvallen dat je een pasje van de gemeente hebt.",
        "Schoolreisjes en kamp zouden gratis moeten zijn voor iedereen.",
        "Het is niet eerlijk dat mijn neef in een andere gemeente wel een laptop krijgt en ik niet.",
        "Vraag ons wat we nodig hebben, in plaats van dat grote mensen het voor ons bedenken.",
        "Zorg dat mijn moeder niet steeds bang hoeft te zijn voor een brief van de Belastingdienst.",
    ),
    PageBreak(),
    H("3 Het bereik van voorzieningen"),
    H2("3.1 Landelijke inkomensondersteuning"),
    P("Gezinnen met kinderen ontvangen kinderbijslag, ongeacht hun inkomen. Gezinnen met een laag of middeninkomen "
      "hebben daarnaast recht op het kindgebonden budget, een toeslag die Dienst Toeslagen uitbetaalt. De hoogte "
      "daarvan hangt af van het inkomen en het vermogen van de ouders en van het aantal en de leeftijd van de "
      "kinderen. Gezinnen met een laag inkomen kunnen bovendien huurtoeslag, zorgtoeslag en kinderopvangtoeslag "
      "ontvangen."),
    P("Omdat de toeslagen worden bevoorschot op basis van een geschat inkomen, worden zij achteraf definitief "
      "vastgesteld. Verdient een ouder meer dan geschat, dan volgt een terugvordering. In de gesprekken met ouders "
      "bleek dat dit systeem voor gezinnen met een wisselend inkomen, zoals ouders met een flexibel contract of "
      "een eigen bedrijf, een bron van voortdurende onzekerheid is."),
    H2("3.2 Gemeentelijke voorzieningen"),
    P("Gemeenten voeren op grond van de Participatiewet de bijstand en de bijzondere bijstand uit en mogen daarnaast "
      "eigen regelingen treffen voor inwoners met een laag inkomen. Bijna alle gemeenten die wij onderzochten, hebben "
      "een kindpakket of een vergelijkbare regeling waarmee kinderen kunnen sporten, een muziekinstrument kunnen "
      "bespelen of een fiets kunnen krijgen. Veel gemeenten werken daarbij samen met fondsen."),
    P("De verschillen tussen gemeenten zijn groot. De inkomensgrens waaronder een gezin in aanmerking komt, varieert "
      "in de twintig onderzochte gemeenten van 110 tot 150 procent van het sociaal minimum. Het bedrag dat een kind "
      "per jaar kan besteden, varieert van ongeveer 150 tot ruim 600 euro. In de helft van de gemeenten is een laptop "
      "of tablet onderdeel van het pakket, in de andere helft niet. Ook de manier van aanvragen verschilt: in sommige "
      "gemeenten volstaat een digitaal formulier, in andere moeten ouders bij iedere regeling afzonderlijk "
      "loonstroken, bankafschriften en een huurcontract aanleveren."),
    H2("3.3 Fondsen en maatschappelijke initiatieven"),
    P("Naast gemeenten spelen fondsen en vrijwilligersorganisaties een grote rol. Zij betalen contributies, "
      "verjaardagsboxen, schoolspullen en vakantieactiviteiten. Professionals noemen hen onmisbaar, juist omdat zij "
      "snel en zonder veel papierwerk kunnen helpen. Tegelijk maken zij het landschap voor ouders nog onoverzichtelijker: "
      "voor iedere voorziening is er een andere organisatie, een andere aanvraag en een andere voorwaarde."),
    H2("3.4 Hoeveel kinderen worden bereikt?"),
    P("Niemand weet precies hoeveel kinderen een voorziening mislopen waarop zij recht hebben. Landelijke cijfers over "
      "het niet-gebruik van gemeentelijke regelingen ontbreken. Wij hebben daarom op basis van de gegevens van de "
      "twintig onderzochte gemeenten een schatting gemaakt. Tabel 3.1 geeft de uitkomsten weer; de bandbreedtes zijn "
      "groot en de cijfers moeten met voorzichtigheid worden gelezen."),
    P("Tabel 3.1 Geschat bereik van voorzieningen onder kinderen met recht daarop (twintig gemeenten, 2024)"),
    Table(
        header=("Voorziening", "Geschat bereik", "Toelichting"),
        rows=(
            ("Kindgebonden budget", "circa 95%", "Wordt bij zorgtoeslag meestal vanzelf aangevraagd"),
            ("Kindpakket of kindregeling gemeente", "55 tot 75%", "Lager in gemeenten met een jaarlijkse aanvraag"),
            ("Bijzondere bijstand voor schoolkosten", "30 tot 45%", "Veel ouders kennen de regeling niet"),
            ("Sport- en cultuurbijdrage via een fonds", "50 tot 70%", "Hoger waar school of sportcoach aanvraagt"),
            ("Laptop of tablet voor school", "40 tot 60%", "Alleen in de helft van de gemeenten beschikbaar"),
        ),
        widths=(3.0, 1.6, 4.0),
    ),
    P("Het bereik is het hoogst waar een voorziening vanzelf wordt toegekend, en het laagst waar ouders ieder jaar "
      "opnieuw moeten aanvragen en daarbij bewijsstukken moeten aanleveren. Gemeenten die gezinnen actief benaderen, "
      "bijvoorbeeld op basis van gegevens uit de bijstandsadministratie, bereiken duidelijk meer kinderen. Zij doen "
      "dat echter niet altijd, omdat zij twijfelen of zij die gegevens daarvoor mogen gebruiken."),
    PageBreak(),
    H("4 Waar het misgaat"),
    H2("4.1 Aanvragen is een opgave"),
    P("Ouders die wij spraken, beschrijven het aanvragen van voorzieningen als een tweede baan. Zij moeten weten welke "
      "regelingen er zijn, bij welke organisatie zij die aanvragen en welke bewijsstukken daarbij horen. Veel "
      "regelingen moeten ieder jaar opnieuw worden aangevraagd, ook als de situatie van het gezin niet is veranderd. "
      "Voor ouders met weinig tijd, weinig digitale vaardigheden of een beperkte beheersing van het Nederlands is dat "
      "vaak te veel."),
    P("Professionals van gemeenten zien dit ook. Een medewerker van een wijkteam vertelde dat zij gezinnen kent die al "
      "jaren bijstand ontvangen, maar nooit het kindpakket hebben aangevraagd. ‘Wij weten wie die kinderen zijn,’ zei "
      "zij, ‘maar we mogen ze niet zomaar bellen.’ Juristen van gemeenten zijn terughoudend, omdat een uitdrukkelijke "
      "wettelijke grondslag voor het gebruik van gegevens voor dit doel ontbreekt."),
    H2("4.2 Terugvorderingen van toeslagen"),
    P("Een terugvordering van toeslagen kan een gezin dat net rondkomt, in ernstige problemen brengen. Dienst Toeslagen "
      "biedt een betalingsregeling aan die rekening houdt met de draagkracht, maar ouders vertelden ons dat de "
      "maandelijkse aflossing in de praktijk vaak hoger is dan zij kunnen dragen, zeker wanneer ook andere schuldeisers "
      "betaald moeten worden. Wij spraken gezinnen die na een terugvordering van het kindgebonden budget maandenlang "
      "onder het bestaansminimum leefden."),
    P("Daarnaast begrijpen veel ouders de brieven van Dienst Toeslagen niet. Zij weten niet waarom een bedrag is "
      "veranderd, wat zij moeten doen en wat de gevolgen zijn als zij niets doen. Kinderen merken dat: verschillende "
      "kinderen vertelden dat zij de brieven voor hun ouders lezen of vertalen, en dat zij de spanning thuis voelen "
      "zodra er een blauwe envelop op de mat ligt."),
    P("Het kindgebonden budget bereikt het grootste deel van de gezinnen die er recht op hebben, maar niet allemaal. "
      "Gezinnen die geen zorgtoeslag ontvangen en geen aangifte inkomstenbelasting doen, moeten de toeslag zelf "
      "aanvragen. Juist in die groep zitten gezinnen met een laag en wisselend inkomen die de toeslag het hardst nodig "
      "hebben."),
    H2("4.3 Woonplaats bepaalt wat een kind krijgt"),
    P("Zoals in hoofdstuk 3 bleek, hangt wat een kind krijgt sterk af van de gemeente waarin het woont. Kinderen "
      "ervaren dat als onrechtvaardig. Een jongen van veertien vertelde ons dat zijn neef, die twintig kilometer "
      "verderop woont, van de gemeente een laptop kreeg, terwijl hij zelf zijn huiswerk op een telefoon maakt. Het "
      "Kinderrechtenverdrag vraagt dat ieder kind gelijke toegang heeft tot wat het nodig heeft om zich te "
      "ontwikkelen."),
    P("Gemeenten wijzen erop dat zij hun beleid afstemmen op de lokale situatie en dat zij met fondsen en scholen "
      "samenwerken. Dat is waardevol. Maar de verschillen die wij aantroffen, zijn niet alleen het gevolg van lokaal "
      "maatwerk; zij hangen ook samen met de financiële ruimte van een gemeente en met de keuzes die een gemeenteraad "
      "maakt. Voor een kind maakt de oorzaak weinig uit."),
    H2("4.4 Kosten van school"),
    P("Onderwijs in Nederland is in beginsel kosteloos, maar in de praktijk vragen scholen nog steeds bijdragen voor "
      "schoolreisjes, excursies, het schoolkamp en soms voor een laptop of tablet. Sinds 2021 is de ouderbijdrage "
      "wettelijk vrijwillig en mogen kinderen niet van activiteiten worden uitgesloten als hun ouders niet betalen. "
      "Kinderen vertelden ons echter dat zij zichzelf uitsluiten, of dat de school het anders oplost: het kind mag "
      "mee, maar moet dan een dag naar een andere klas."),
    P("Scholen zijn vaak de eerste plek waar armoede zichtbaar wordt. Leerkrachten zien kinderen zonder ontbijt of "
      "zonder gymkleding. Sinds 2023 verstrekken ruim tweeduizend scholen een gratis lunch of ontbijt via een landelijk "
      "programma. Schoolleiders vertelden ons dat zij dit programma zeer waarderen, maar dat zij er niet op durven te "
      "bouwen zolang onduidelijk is of het na het lopende schooljaar wordt voortgezet. Niet iedere school heeft "
      "bovendien beleid om armoede onder leerlingen te signaleren en kinderen door te verwijzen naar de gemeente."),
    H2("4.5 Kinderen worden zelden gehoord"),
    P("In geen van de twintig gemeenten die wij onderzochten, zijn kinderen structureel betrokken bij het ontwerp of de "
      "evaluatie van het armoedebeleid. Ook landelijk ontbreekt een vaste plek waar kinderen hun ervaringen kunnen "
      "delen. Gemeenten die kinderen wel eens raadplegen, vertelden dat dit tot verrassende inzichten leidde, "
      "bijvoorbeeld over de schaamte die een herkenbare stadspas oproept."),
    P("Artikel 12 van het Kinderrechtenverdrag bepaalt dat kinderen het recht hebben om hun mening te geven over "
      "zaken die hen aangaan, en dat die mening serieus wordt genomen. Armoedebeleid voor kinderen is zo'n zaak."),
    PageBreak(),
    H("5 Conclusies"),
    P("De Kinderombudsman concludeert dat de voorzieningen voor kinderen in armoede een groot deel van de kinderen voor "
      "wie zij bedoeld zijn, niet bereiken. Dat ligt niet aan de kinderen en meestal ook niet aan hun ouders. Het ligt "
      "aan een stelsel waarin gezinnen zelf moeten weten wat er is, zelf moeten aanvragen en zelf moeten bewijzen dat "
      "zij er recht op hebben, terwijl de overheid vaak al weet wie die gezinnen zijn."),
    P("Daarnaast concludeert De Kinderombudsman dat het beleid voor kinderen in armoede leunt op doelen die niet "
      "wettelijk zijn vastgelegd en op normen die niet zijn afgestemd op wat kinderen nodig hebben om mee te doen. "
      "Het sociaal minimum is berekend voor huishoudens, niet voor kinderen: de kosten van sport, school en internet "
      "zijn er onvoldoende in verdisconteerd."),
    P("Verder concludeert De Kinderombudsman dat de toeslagen voor een deel van de gezinnen een bron van onzekerheid "
      "blijven. Terugvorderingen kunnen een gezin onder het bestaansminimum brengen, en onbegrijpelijke brieven "
      "vergroten de angst om voorzieningen aan te vragen."),
    P("Ten slotte concludeert De Kinderombudsman dat de woonplaats van een kind te veel bepaalt wat het krijgt, dat "
      "scholen kosten vragen die kinderen uitsluiten en dat kinderen zelf nauwelijks worden gehoord. Dat strookt niet "
      "met de verplichtingen die Nederland op grond van het Kinderrechtenverdrag heeft."),
    PageBreak(),
    H("6 Aanbevelingen"),
    P("Op grond van de bevindingen en conclusies van dit onderzoek doet De Kinderombudsman de volgende aanbevelingen. "
      "De aanbevelingen zijn doorlopend genummerd en geordend naar degene tot wie zij zich richten. De Kinderombudsman "
      "verzoekt de betrokken bewindspersonen binnen drie maanden te laten weten wat zij met deze aanbevelingen doen."),
    lead("Aan de minister van Sociale Zaken en Werkgelegenheid"),
    recs(
        1,
        ("Minister van SZW: leg het doel om het aantal kinderen dat in armoede opgroeit in 2030 te halveren vast in de "
         "wet, en stel daarnaast een wettelijke norm vast voor het maximale aantal kinderen dat in armoede mag "
         "opgroeien.", ("SZW",)),
        ("Minister van SZW: laat het sociaal minimum opnieuw herijken op basis van wat kinderen werkelijk nodig hebben, "
         "inclusief de kosten van sport, cultuur, school en internet, en pas de normen voor gezinnen met kinderen "
         "daarop aan.", ("SZW",)),
        ("Minister van SZW: geef gemeenten een wettelijke grondslag om gegevens te gebruiken waarmee zij gezinnen met "
         "kinderen die recht hebben op een voorziening zelf kunnen opsporen en benaderen.", ("SZW",)),
        ("Minister van SZW: stel een landelijke basisset voorzieningen voor kinderen vast die iedere gemeente ten minste "
         "moet bieden, zodat de woonplaats niet langer bepaalt of een kind kan sporten, op schoolreis kan of een "
         "laptop heeft.", ("SZW",)),
        ("Minister van SZW: maak, samen met de minister van OCW, het programma voor gratis schoolmaaltijden structureel "
         "en zorg voor financiering voor meerdere jaren, zodat scholen erop kunnen bouwen.", ("SZW", "OCW")),
        ("Minister van SZW: betrek kinderen en jongeren structureel bij het ontwerp en de evaluatie van het "
         "armoedebeleid, bijvoorbeeld via een landelijk kinderpanel dat ten minste twee keer per jaar bijeenkomt.",
         ("SZW",)),
        ("Minister van SZW: breng in kaart hoeveel kinderen een voorziening mislopen waarop zij recht hebben, en "
         "rapporteer daarover jaarlijks aan de Tweede Kamer.", ("SZW",)),
    ),
    lead("Aan de staatssecretaris van Financiën (Toeslagen)"),
    recs(
        8,
        ("Staatssecretaris van Financiën: voer een ondergrens in voor het terugvorderen van toeslagen bij gezinnen met "
         "kinderen, zodat een terugbetaling nooit tot gevolg heeft dat een gezin onder het bestaansminimum zakt.",
         ("FIN",)),
        ("Staatssecretaris van Financiën: zorg dat Dienst Toeslagen zijn brieven en beschikkingen schrijft in taal die "
         "ouders begrijpen, en test nieuwe brieven vooraf met ouders.", ("FIN",)),
        ("Staatssecretaris van Financiën: ken het kindgebonden budget ambtshalve toe aan alle ouders die kinderbijslag "
         "ontvangen en op grond van hun inkomen recht hebben, zonder dat zij daarvoor een aanvraag hoeven te doen.",
         ("FIN",)),
    ),
    lead("Aan de minister van Onderwijs, Cultuur en Wetenschap"),
    recs(
        11,
        ("Minister van OCW: zorg dat scholen geen kosten in rekening brengen voor schoolreisjes, excursies en laptops "
         "die voor het onderwijs nodig zijn, en dat geen kind wordt uitgesloten van een activiteit omdat zijn ouders "
         "niet kunnen betalen.", ("OCW",)),
        ("Minister van OCW: vraag de Inspectie van het Onderwijs om in haar toezicht na te gaan of scholen beleid hebben "
         "om armoede onder leerlingen te signaleren, en hoe zij daarbij samenwerken met de gemeente.", ("OCW",)),
    ),
    lead("Aan de gemeenten en de Vereniging van Nederlandse Gemeenten"),
    recs(
        13,
        ("Gemeenten: bundel alle lokale regelingen voor kinderen in één aanvraag bij één loket, en laat gezinnen die "
         "eenmaal recht hebben dat recht niet ieder jaar opnieuw aantonen.", ("GEMEENTEN",)),
        ("VNG: ontwikkel samen met gemeenten een model-kindpakket met de voorzieningen die ieder kind in ieder geval "
         "moet kunnen krijgen, en ondersteun gemeenten bij de invoering ervan.", ("GEMEENTEN",)),
    ),
    P("De Kinderombudsman zal over een jaar nagaan wat er met deze aanbevelingen is gedaan, en zal daarbij opnieuw met "
      "kinderen spreken."),
)

REPORT = Document(
    title="Meedoen mag geen geluk zijn",
    subtitle="Een onderzoek van De Kinderombudsman naar kinderen die opgroeien in armoede en het bereik van de "
             "voorzieningen die voor hen bedoeld zijn",
    blocks=REPORT_BLOCKS,
    running_header="De Kinderombudsman  |  Meedoen mag geen geluk zijn  |  KOM 2025/031",
    footer="{page}",
    font_family="sans",
    font_size=10.5,
    title_page=True,
    imprint=("De Kinderombudsman", "Rapportnummer KOM 2025/031", "Den Haag, 18 september 2025"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV1 = ("Het eerste deel van deze aanbeveling neem ik daarmee over, het tweede deel niet: een afzonderlijke wettelijke "
       "norm voor het maximale aantal kinderen in armoede voegt naar mijn oordeel weinig toe aan een wettelijk "
       "verankerd halveringsdoel.")
EV2 = "Een nieuwe herijking zo kort na dat onderzoek acht ik daarom niet opportuun."
EV3 = ("Het wetsvoorstel dat gemeenten die grondslag geeft, wordt in maart 2026 bij uw Kamer ingediend, zodat het op "
       "1 januari 2027 in werking kan treden.")
EV7 = ("Ik heb het CBS opdracht gegeven om vanaf 2026 jaarlijks het niet-gebruik van de belangrijkste landelijke en "
       "gemeentelijke regelingen voor gezinnen met kinderen in kaart te brengen.")
EV4 = "Ik ga daarom geen landelijke basisset voorzieningen voorschrijven."
EV14 = ("Samen met de VNG stel ik in 2026 een model-kindpakket op, waarvoor ik € 1,5 miljoen beschikbaar stel; "
        "gemeenten kunnen dat model vanaf 1 januari 2027 gebruiken.")
EV8 = ("De staatssecretaris van Financiën laat verkennen of een vaste ondergrens voor terugvorderingen bij gezinnen met "
       "kinderen uitvoerbaar is en wat die zou kosten.")
EV9 = ("De staatssecretaris onderschrijft de aanbeveling om brieven en beschikkingen begrijpelijker te maken en nieuwe "
       "brieven vooraf met ouders te testen.")
EV10 = "Deze aanbeveling neemt het kabinet daarom niet over."
EV5 = ("De minister van OCW en ik hebben besloten het programma in ieder geval tot en met het schooljaar 2026-2027 voort "
       "te zetten; over structurele financiering na dat schooljaar besluit het kabinet bij de Voorjaarsnota 2026.")
EV6 = "Ik neem deze aanbeveling graag over."


def row(number: str, summary: str, reaction: str, position: str | None = None) -> tuple:
    """A row of the annex table; the reaction cell answers ``number`` when a position is given."""
    answers = (Answer(number, position, reaction),) if position else ()
    return (f"{number}. {summary}", Cell(reaction, answers=answers))


RESPONSE_BLOCKS = (
    P("Datum: 11 december 2025"),
    P("Betreft: Reactie op het rapport ‘Meedoen mag geen geluk zijn’ van De Kinderombudsman"),
    P("Geachte voorzitter,"),
    P("Op 18 september 2025 heeft De Kinderombudsman het rapport ‘Meedoen mag geen geluk zijn’ gepubliceerd. Het rapport "
      "beschrijft hoe kinderen die opgroeien in een gezin met weinig geld hun situatie ervaren, en in hoeverre de "
      "regelingen die voor hen bedoeld zijn hen ook werkelijk bereiken. Met deze brief reageer ik, mede namens de "
      "staatssecretaris van Financiën en de minister van Onderwijs, Cultuur en Wetenschap, op het rapport en op de "
      "aanbevelingen die De Kinderombudsman daarin doet."),
    P("Allereerst wil ik De Kinderombudsman bedanken voor dit zorgvuldige onderzoek, en vooral de 124 kinderen en "
      "jongeren die hun verhaal hebben gedaan. Hun woorden maken zichtbaar wat cijfers niet laten zien: de schaamte bij "
      "de kassa van het zwembad, de brief over het schoolreisje die in de prullenbak verdwijnt, het zakgeld dat aan "
      "moeder wordt gegeven. Het kabinet neemt die ervaringen serieus."),
    P("Ik ga hieronder eerst in op de stand van zaken. Daarna bespreek ik de aanbevelingen per thema. In de bijlage bij "
      "deze brief is een overzicht opgenomen van de reactie op de aanbevelingen."),
    H2("Stand van zaken"),
    P("Het aantal kinderen dat in armoede opgroeit, is de afgelopen tien jaar fors gedaald. Het kabinet heeft zich ten "
      "doel gesteld dat aantal in 2030 te halveren ten opzichte van 2015, en rapporteert daarover jaarlijks in de "
      "Monitor bestaanszekerheid. Het kindgebonden budget is in 2023 en 2024 verhoogd, en gemeenten ontvangen "
      "structureel extra middelen voor het bestrijden van armoede en schulden. Dit beleid zet het kabinet voort."),
    P("Tegelijk laat het rapport zien dat geld alleen niet genoeg is. Een regeling die een kind niet bereikt, helpt dat "
      "kind niet. Die boodschap van De Kinderombudsman loopt als een rode draad door deze brief."),
    H2("Doelen en normen"),
    P("De Kinderombudsman beveelt aan het doel om kinderarmoede te halveren in de wet vast te leggen, en daarnaast een "
      "wettelijke norm te stellen voor het maximale aantal kinderen dat in armoede opgroeit. Ik deel de opvatting dat "
      "een doel dat alleen in een beleidsbrief staat, te gemakkelijk uit beeld raakt. Ik neem daarom in het wetsvoorstel "
      "over bestaanszekerheid dat ik in 2026 in consultatie breng, een bepaling op die het doel voor 2030 en de "
      "jaarlijkse rapportage daarover wettelijk vastlegt. " + EV1 + " Waar het om gaat, is dat het doel wordt "
      "gehaald en dat uw Kamer het kabinet daarop kan aanspreken.",
      answers=(Answer("1", "partial", EV1),)),
    P("De Kinderombudsman vraagt ook om het sociaal minimum opnieuw te laten herijken, met nadrukkelijk oog voor de "
      "kosten die kinderen maken om mee te doen. Ik herken het beeld dat die kosten de afgelopen jaren zijn gestegen, "
      "zeker waar het gaat om een laptop en internet. Het sociaal minimum is echter in 2023 uitvoerig onderzocht door "
      "de Commissie sociaal minimum, die ook de kosten van kinderen in haar berekeningen heeft betrokken. Het kabinet "
      "heeft mede op basis van dat advies het kindgebonden budget verhoogd. " + EV2 + " Ik volg de ontwikkeling van "
      "de kosten voor gezinnen met kinderen wel nauwgezet via de jaarlijkse Monitor bestaanszekerheid.",
      answers=(Answer("2", "disagree", EV2),)),
    H2("Regelingen die kinderen werkelijk bereiken"),
    P("Het rapport laat zien dat naar schatting een op de drie kinderen met recht op een gemeentelijke voorziening die "
      "voorziening misloopt. Dat is een ongemakkelijke bevinding. Het bereik is het hoogst waar een voorziening vanzelf "
      "wordt toegekend en het laagst waar ouders ieder jaar opnieuw moeten aanvragen."),
    P("Een belangrijke oorzaak is dat gezinnen zelf moeten aanvragen wat zij nodig hebben. Gemeenten willen gezinnen "
      "actief benaderen, maar zijn terughoudend omdat een uitdrukkelijke grondslag ontbreekt om daarvoor gegevens te "
      "gebruiken (aanbeveling 3). " + EV3 + " Gemeenten ontvangen vanaf 2027 jaarlijks € 12 miljoen om gezinnen "
      "met kinderen actief te benaderen.",
      answers=(Answer("3", "agree", EV3),)),
    P("De Kinderombudsman wijst er terecht op dat niemand precies weet hoeveel kinderen een voorziening mislopen waar "
      "zij recht op hebben (aanbeveling 7). " + EV7 + " De eerste rapportage verschijnt in het najaar van 2026; ik "
      "stuur die met een beleidsreactie aan uw Kamer.",
      answers=(Answer("7", "agree", EV7),)),
    P("De Kinderombudsman constateert verder dat de woonplaats van een kind in belangrijke mate bepaalt welke steun het "
      "krijgt, en beveelt een landelijke basisset voorzieningen aan die iedere gemeente ten minste moet bieden. Ik deel "
      "de analyse dat die verschillen voor kinderen moeilijk te begrijpen zijn. Toch past een landelijk voorgeschreven "
      "pakket niet bij de opzet van de Participatiewet, waarin gemeenten de ruimte hebben om maatwerk te leveren en aan "
      "te sluiten bij wat fondsen, scholen en sportverenigingen lokaal al doen. " + EV4,
      answers=(Answer("4", "disagree", EV4),)),
    P("De aanbevelingen 13 en 14 zijn gericht aan de gemeenten en de VNG. Ik heb beide aanbevelingen doorgeleid naar de "
      "VNG, die erover met haar leden in gesprek gaat. Wel wil ik gemeenten helpen om de verschillen tussen hun "
      "kindpakketten te verkleinen. " + EV14 + " Het gebruik van het model is vrijwillig.",
      answers=(Answer("14", "agree", EV14),)),
    H2("Toeslagen"),
    P("Namens de staatssecretaris van Financiën ga ik in op de aanbevelingen die betrekking hebben op de toeslagen."),
    P("De Kinderombudsman beschrijft gezinnen die na een terugvordering van huurtoeslag of kindgebonden budget "
      "maandenlang onder het bestaansminimum leven. Dat is ongewenst. Dienst Toeslagen houdt bij het vaststellen van "
      "een betalingsregeling al rekening met de draagkracht van het huishouden, maar het rapport laat zien dat die "
      "regeling niet altijd voldoende bescherming biedt. " + EV8 + " Uw Kamer wordt over de uitkomst voor de zomer "
      "van 2026 geïnformeerd.",
      answers=(Answer("8", "partial", EV8),)),
    P("Ouders vertelden De Kinderombudsman dat zij de brieven van Dienst Toeslagen vaak niet begrijpen, en dat kinderen "
      "die brieven soms voor hen lezen of vertalen. " + EV9 + " Dienst Toeslagen herschrijft in 2026 de twintig meest "
      "verstuurde brieven op taalniveau B1, samen met een vast panel van ouders. Het ambtshalve toekennen van het "
      "kindgebonden budget aan alle gezinnen die er recht op hebben, lijkt een eenvoudige oplossing voor het "
      "niet-gebruik. Het recht op de toeslag hangt echter af van het inkomen in het lopende jaar, dat pas achteraf "
      "bekend is; toekennen op basis van oudere gegevens leidt juist tot meer terugvorderingen, en daarmee tot de "
      "onzekerheid die De Kinderombudsman wil voorkomen. " + EV10,
      answers=(Answer("9", "agree", EV9), Answer("10", "disagree", EV10))),
    H2("Kosten van school en meedoen"),
    P("Sinds 2023 krijgen leerlingen op scholen met veel kinderen uit gezinnen met een laag inkomen een gratis lunch of "
      "ontbijt. Scholen, ouders en kinderen zijn daar zeer positief over, en ik begrijp goed dat schoolleiders er "
      "zekerheid over willen hebben. " + EV5 + " Scholen weten daarmee in ieder geval tot de zomer van 2027 waar zij "
      "aan toe zijn.",
      answers=(Answer("5", "partial", EV5),)),
    P("Over de kosten van school merkt de minister van OCW het volgende op. Sinds 1 augustus 2021 is de ouderbijdrage in "
      "het primair en voortgezet onderwijs wettelijk vrijwillig en mogen scholen leerlingen niet uitsluiten van "
      "activiteiten als hun ouders de bijdrage niet betalen. Scholen moeten dat in hun schoolgids vermelden, en de "
      "Inspectie van het Onderwijs houdt daar toezicht op. Leermiddelen die nodig zijn voor het onderwijs, worden "
      "bekostigd uit de lumpsum van de school. Ouders die kosten niet kunnen dragen, kunnen daarnaast een beroep doen op "
      "de bijzondere bijstand van hun gemeente of op een fonds."),
    H2("De stem van kinderen"),
    P("De Kinderombudsman beveelt aan om ‘kinderen en jongeren structureel te betrekken bij het ontwerp en de evaluatie "
      "van het armoedebeleid, bijvoorbeeld via een landelijk kinderpanel’. " + EV6 + " Het eerste landelijke "
      "kinderpanel armoede komt in het voorjaar van 2026 bijeen en daarna twee keer per jaar. Ik zal de uitkomsten "
      "van het panel vermelden in de Monitor bestaanszekerheid, en ik zal gemeenten aanmoedigen ook lokaal kinderen te "
      "raadplegen.",
      answers=(Answer("6", "agree", EV6),)),
    H2("Tot slot"),
    P("Het rapport van De Kinderombudsman laat zien dat er veel is bereikt, maar ook dat te veel kinderen nog buiten "
      "de boot vallen. Het kabinet wil dat ieder kind kan meedoen, ongeacht het inkomen van de ouders of de gemeente "
      "waarin het woont. Ik informeer uw Kamer over de voortgang in de jaarlijkse voortgangsbrief over "
      "bestaanszekerheid, voor het eerst in juni 2026."),
    P("De minister van Sociale Zaken en Werkgelegenheid,"),
    P("drs. M.J.A. Verhoef-Dijkstra"),
    PageBreak(),
    H("Bijlage: Overzicht"),
    P("Het overzicht hieronder vat de reactie van het kabinet per aanbeveling samen. Voor de toelichting wordt verwezen "
      "naar de brief."),
    Table(
        header=("Aanbeveling", "Reactie"),
        rows=(
            row("1", "Halveringsdoel en norm voor kinderarmoede in de wet vastleggen", "Deels overgenomen", "partial"),
            row("2", "Sociaal minimum herijken op wat kinderen nodig hebben", "Niet overgenomen", "disagree"),
            row("3", "Grondslag voor gemeenten om gezinnen actief te benaderen", "Overgenomen", "agree"),
            row("4", "Landelijke basisset voorzieningen voor kinderen", "Niet overgenomen", "disagree"),
            row("5", "Schoolmaaltijden structureel financieren", "Overgenomen", "partial"),
            row("6", "Kinderen betrekken via een landelijk kinderpanel", "Overgenomen", "agree"),
            row("7", "Niet-gebruik van voorzieningen jaarlijks in kaart brengen", "Wordt onderzocht", "agree"),
            row("8", "Ondergrens bij terugvorderen van toeslagen", "Wordt onderzocht", "partial"),
            row("9", "Begrijpelijke brieven van Dienst Toeslagen", "Overgenomen", "agree"),
            row("10", "Kindgebonden budget ambtshalve toekennen", "Niet overgenomen", "disagree"),
            row("11", "Geen schoolkosten en geen uitsluiting van activiteiten", "Bestaand beleid"),
            row("13", "Eén aanvraag en één loket voor lokale regelingen", "Doorgeleid naar VNG"),
            row("14", "Model-kindpakket van de VNG", "Doorgeleid naar VNG", "agree"),
        ),
        widths=(3.2, 1.4),
        rules="rows",
    ),
)

RESPONSE = Document(
    title="Reactie op het rapport ‘Meedoen mag geen geluk zijn’ van De Kinderombudsman",
    subtitle="Brief van de minister van Sociale Zaken en Werkgelegenheid, mede namens de staatssecretaris van "
             "Financiën en de minister van Onderwijs, Cultuur en Wetenschap, aan de Voorzitter van de Tweede Kamer "
             "der Staten-Generaal",
    blocks=RESPONSE_BLOCKS,
    running_header="Reactie op rapport De Kinderombudsman KOM 2025/031",
    footer="Pagina {page} van {pages}",
    font_family="sans",
    title_page=False,
)

PAIR = Pair(
    name="child_poverty_ombudsman",
    report=REPORT,
    response=RESPONSE,
    description="Kinderombudsman report on children in poverty (14 recommendations numbered 1-14 in one run under "
                "bold addressee lead-ins, items starting with the addressee; child quotes and a 'Wat kinderen "
                "zeggen' bullet list earlier) and the SZW minister's letter answering by theme, with an annex table "
                "'Overzicht' whose one-phrase reactions the prose overrides for 5, 7 and 14; 11 only existing "
                "policy, 12 missing from prose and table, 13 passed on to the VNG.",
)
